"""Grounding and claim verification: what keeps an answer from being a guess.

- Grounding: every salient entity of the question (a proper name, quoted text, an identifier) must be on the
  cited screen or in its window's title or app; otherwise the screen is about something else and the answer
  is `no_evidence` however well the rest matches ("the total on the Globex invoice" is not the Northwind total).
- Verification per box: a citation's quote must be in the text read inside the cited box itself (not merely
  somewhere on the frame), and a citation with no quote does not support a claim about screen text."""

from __future__ import annotations

import json
import re

from autocapture.query import glossary
from autocapture.query.claims import Result
from autocapture.query.evidence import Evidence
from autocapture.query.intent import month_pattern
from autocapture.query.places import forms_of, shown
from autocapture.query.values import currency_shown, fold, month_of


def norm(s: str | None) -> str:
    from autocapture.query.evidence import fold

    return re.sub(r"\s+", " ", fold((s or "").replace("\u2019", "'"))).strip().lower()


def _loose(s: str) -> str:
    """Letters and digits only, with the shapes OCR confuses made one ("Q1" read as "Qi", "0" as "o"): OCR and
    typing differ in punctuation, spacing and these glyphs ("INV 2026-0412")."""
    s = re.sub(r"[!|](?=[\w.])", "1", (s or "").lower())  # "!" or "|" for "l" starting a word: "<!.vogt@..."
    return re.sub(r"[\W_]", "", s).translate(OCR_SAME)  # "Hotel_Am_Stephansplatz" too


def _loose_keep(s: str) -> str:
    """Like _loose, but spaces stay, so a short code ("Q1") must start a word."""
    return re.sub(r"[^\w ]", "", re.sub(r"\s+", " ", (s or "").lower())).translate(OCR_SAME)


OCR_SAME = str.maketrans({"i": "1", "l": "1", "|": "1", "o": "0"})


def accented(entity: str, hay: str) -> bool:
    """Is a name with accented letters on screen as OCR read them, each accented letter as its plain letter, as
    another accented one or as a digit ("Göteborg" as "Géteborg" or "G6teborg", "Bożonarodzeniowy" as
    "Bozonarodzeniowy"), never as another plain letter ("Müller" is not "Miller")? Only names of six letters or
    more, the plain letters all in place. `hay` is the screen's text as OCR gave it, accents and all."""
    if len(entity) < 6 or entity.isascii():
        return False
    parts = [
        rf"(?:{re.escape(fold(c))}e?|[^\x00-\x7f]|\d)" if not c.isascii() and c.isalpha() else re.escape(c)
        for c in entity
    ]
    return re.search(rf"(?<![^\W\d_]){''.join(parts)}(?![^\W\d_])", hay) is not None


# the small words a company's name holds that its initials leave out ("Grupo Alimentario del Bajío" is GAB)
NAME_JOINERS = r"(?:&|and|und|et|y|e|of|de|del|der|la|le|da|do|du|van|von)"


def initials_of(entity: str, text: str) -> bool:
    """Is a short capitals name ("H&C", "GAB", "H&P") on screen as the words it abbreviates ("Hollis & Crane",
    "Grupo Alimentario del Bajío", "Harbor & Pine Apparel")? Users shorten the companies they deal with daily;
    the screens spell them out."""
    letters = entity.replace("&", "")
    if not re.fullmatch(r"[A-Z](?:&?[A-Z]){1,3}", entity) or (len(letters) == 2 and "&" not in entity):
        return False  # (two capitals alone are too many screens' two words: "SJ" is no "Stockholm Journal")
    rest = r"[^\W\d_'’.-]*"  # (the rest of a word whose capital is given)
    seq = rf"\s+(?:{NAME_JOINERS}\s+)?".join(c + rest for c in letters)
    return re.search(rf"(?<![^\W\d_]){seq}", text) is not None


def numeric_month(name: str, hay: str) -> bool:
    """Is a month on screen in figures ("October" in "Energia elektryczna 10/2026", "19.10.2026",
    "2026-10-05")? A month and a four-digit year, or a whole date in that month."""
    m = month_of(name)
    if m is None:
        return False
    return (
        re.search(rf"(?<![\d.,/-])(?:\d{{1,2}}[./])?0?{m}[./-]20\d\d(?!\d)|(?<!\d)20\d\d-{m:02d}(?!\d)", hay)
        is not None
    )


def grounded(entity: str, screen_text: str, title: str | None, app: str | None) -> bool:
    hay = norm(screen_text) + "\n" + norm(title) + "\n" + norm(app)
    e = norm(entity)
    if e in hay:
        return True
    if month := month_pattern(e):  # "October" is on screen as "Oct 2026"
        return re.search(month, hay) is not None or numeric_month(e, hay)
    from autocapture.query.evidence import letter_reads, letters_rx

    if letter_reads(entity) and re.search(rf"(?<![a-z0-9]){letters_rx(entity)}", hay):
        return True  # "Verfügbar" read by OCR as "Verfiigbar"
    if initials_of(entity, f"{screen_text}\n{title or ''}"):
        return True
    if currency_shown(entity, screen_text):  # "lira" is "TL" on a Turkish bank's screen
        return True
    if accented(entity.lower(), f"{screen_text}\n{title or ''}".lower()):
        return True
    loose = _loose(entity)
    if (len(loose) >= 3 or re.search(r"\d", loose)) and re.search(
        rf"(?<![a-z0-9]){re.escape(loose)}", _loose_keep(hay)
    ):
        return True
    # ...split by OCR ("Nord hafen"), but starting a word: letters run together across words ("Fagerlund hinted"
    # holds "dhi") name nothing
    if len(loose) >= 3 and re.search(
        r"(?<![a-z0-9])" + r" ?".join(map(re.escape, loose)), _loose_keep(hay).translate(OCR_SAME)
    ):
        return True
    if re.fullmatch(r"[a-z]{4,}", e):  # a rare word in another form: "kegs" is on screen as "50 l keg"
        from autocapture.query.intent import stem

        forms = {stem(e), e[:-1] if e.endswith("s") else e, e[:-2] if e.endswith("es") else e}
        if any(re.search(rf"(?<![a-z]){re.escape(f)}(?:s|es)?(?![a-z])", hay) for f in forms if len(f) >= 3):
            return True
    # a word of bills and forms in the screen's language ("Christmas" is "julbord" on a Swedish calendar)
    if (other := glossary.pattern(e)) and re.search(other, fold(hay)):
        return True
    # a country by its people or language ("the Swedish supplier"): its name, code or domain on screen
    if (forms := forms_of(entity)) and shown(forms, f"{screen_text}\n{title or ''}"):
        return True
    if m := re.fullmatch(r"([^\W\d_]{3,})\s+(\d{1,4})", e):
        # a thing named by its number ("Notaría 45", "Sala 4"): the number right after the word, a word or two
        # between at most ("Notaría Pública No. 45"), never anywhere on the screen ("10:45" beside "Notaría 312")
        # (or its initial, as plans and boards shorten it: "Level 4" is "L4", "Lvl 4")
        word, number = re.escape(m[1][:4]), m[2]
        near = (
            rf"(?<![a-z]){word}[a-z]*\.?(?:\s+[^\s\d]{{1,12}}){{0,2}}\s*(?:#|n[o°º]\.?)?\s*0*{number}(?![\d])"
        )
        short = rf"(?<![a-z]){re.escape(m[1][0])}[a-z]{{0,2}}\.?\s?0*{number}(?![\d])"
        return re.search(f"{near}|{short}", hay) is not None
    # a multi-word name counts when each of its words is there ("Dana Whitfield" as "Whitfield, Dana")
    # ...or each word of a row-and-column name ("Sales Q1": the row "Sales", the column "Q1", read as "Qi")
    if re.search(r"\d", e) and not re.search(r"\s", e):
        return False  # a code is one token ("AW-70" is not "AW-40" beside a postcode "70191")
    parts = [p for p in re.findall(r"\w+", e) if len(p) > 1]
    keep = _loose_keep(hay)
    return len(parts) > 1 and all(
        re.search(month_pattern(p) or rf"(?<!\w){re.escape(p)}", hay)
        or re.search(rf"(?<!\w){re.escape(_loose(p))}", keep)
        for p in parts
    )


def missing_entities(entities, screen_text: str, title: str | None, app: str | None) -> list[str]:
    return [e for e in entities if not grounded(e, screen_text, title, app)]


def text_in_box(lines: list[dict], box: list[int]) -> str:
    """The words whose centre lies inside `box`, in reading order (line by line)."""
    l, t, r, b = box
    out = []
    for line in lines:
        ws = [
            w["text"]
            for w in line.get("words") or []
            if l - 2 <= (w["box"][0] + w["box"][2]) / 2 <= r + 2
            and t - 2 <= (w["box"][1] + w["box"][3]) / 2 <= b + 2
        ]
        if not ws and not line.get("words"):
            lb = line["box"]
            if lb[0] >= l - 2 and lb[2] <= r + 2 and lb[1] >= t - 2 and lb[3] <= b + 2:
                ws = [line["text"]]
        if ws:
            out.append(" ".join(ws))
    return "\n".join(out)


def supports(ev: Evidence, citation: dict) -> bool:
    """Does the cited record hold the quote where the citation says: in the box, the title, or the VLM output?"""
    quote = norm(citation.get("quote"))
    frame = ev.frame(citation["frame_record_id"])
    if frame is None:
        return False
    rid = citation["record_id"]
    if "#" not in rid:  # a claim about the window: its app or title
        return bool(quote) and (quote in norm(frame.title) or quote in norm(frame.app))
    if not quote:
        return False
    if rid.endswith("#vlm"):
        vlm = ev.vlm(frame.record_id)
        return bool(vlm) and quote in norm(json.dumps(vlm, ensure_ascii=False))
    lines = ev.lines(frame.record_id)
    if citation.get("bbox"):
        inside = norm(text_in_box(lines, citation["bbox"]))
        return quote in inside or _loose(quote) in _loose(inside)
    return quote in norm("\n".join(ln["text"] for ln in lines))


def verify(ev: Evidence, result: Result) -> Result:
    """Drop citations that do not hold up, and claims left without any; an answer with none left is not shown."""
    kept = []
    for claim in result.claims:
        claim.citations = [c for c in claim.citations if supports(ev, c)]
        if claim.citations:
            kept.append(claim)
    if result.claims and not kept:
        return Result(
            "no_evidence",
            "I found candidate text, but none of it held up against the frames it came "
            "from, so I will not guess.",
            {k: v for k, v in result.fields.items() if k == "intent"},
        )
    result.claims = kept
    return result
