"""Redacting text that is laid out as words with boxes (OCR readings, SST lines, entity lists). A card number
read as four words is only a card number in its line, so each line is searched whole and every finding is
applied to the words it covers: they become one word holding the placeholder, with the union of their boxes.
Strings anywhere else are redacted one by one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autocapture.export.sanitize import Redactor


def redact(redactor: Redactor, obj):
    """Every string inside a JSON-like value, redacted; keys and structure kept."""
    if isinstance(obj, str):
        return redactor.text(obj)
    if isinstance(obj, list):
        if len(obj) > 1 and all(isinstance(v, str) for v in obj):
            # a list of strings (entities, titles) is read in order too: a number may be split over items
            _, words, _ = redact_words(redactor, " ".join(obj), [{"text": v} for v in obj])
            return [w["text"] for w in words]
        return [redact(redactor, v) for v in obj]
    if isinstance(obj, dict):
        if _is_ocr(obj):
            return _ocr(redactor, obj)
        if _is_line(obj):
            return _line(redactor, obj)
        if isinstance(obj.get("blocks"), list) and isinstance(obj.get("lines"), list):
            return _sst(redactor, obj)
        return {k: redact(redactor, v) for k, v in obj.items()}
    return obj


def redact_words(redactor: Redactor, text: str, words: list[dict]) -> tuple[str, list[dict], list[int]]:
    """A line's text and its words (dicts with "text", maybe "box"), redacted together.

    Returns the new text, the new words and, for each old word, the index of the new word now holding it.
    Words a finding covers merge into one; words nothing covers are redacted on their own as well."""
    findings = redactor.find(text)
    spans, pos = [], 0
    for w in words:
        t = w.get("text") if isinstance(w.get("text"), str) else ""
        start = text.find(t, pos) if t else -1
        spans.append((start, start + len(t)) if start >= 0 else None)
        if start >= 0:
            pos = start + len(t)
    groups: list[list] = []  # [first word, last word, findings]
    for f in findings:
        covered = [i for i, sp in enumerate(spans) if sp and sp[0] < f.end and f.start < sp[1]]
        if not covered:
            continue
        if groups and covered[0] <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], covered[-1])
            groups[-1][2].append(f)
        else:
            groups.append([covered[0], covered[-1], [f]])
    new_text = redactor.apply(text, findings)
    new_words: list[dict] = []
    where: list[int] = []
    group_at = {g[0]: g for g in groups}
    i = 0
    while i < len(words):
        if i in group_at:
            first, last, found = group_at[i]
            located = [spans[j] for j in range(first, last + 1) if spans[j]]
            start = min([located[0][0]] + [f.start for f in found])
            end = max([located[-1][1]] + [f.end for f in found])
            merged = {
                **words[first],
                "text": redactor.apply(text[start:end], found, offset=start, count=False),
            }
            boxes = [words[j]["box"] for j in range(first, last + 1) if _is_box(words[j].get("box"))]
            if boxes:
                merged["box"] = [
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                ]
            new_words.append(
                {k: (v if k in ("text", "box") else redact(redactor, v)) for k, v in merged.items()}
            )
            where += [len(new_words) - 1] * (last - first + 1)
            i = last + 1
        else:
            new_words.append(redact(redactor, words[i]))
            where.append(len(new_words) - 1)
            i += 1
    return new_text, new_words, where


def _is_box(box) -> bool:
    return isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)


def _is_line(obj: dict) -> bool:
    return (
        isinstance(obj.get("text"), str)
        and isinstance(obj.get("words"), list)
        and all(isinstance(w, dict) for w in obj["words"])
    )


def _is_ocr(obj: dict) -> bool:
    return (
        isinstance(obj.get("words"), list)
        and isinstance(obj.get("lines"), list)
        and all(isinstance(w, dict) for w in obj["words"])
        and all(isinstance(line, dict) and isinstance(line.get("word_ids"), list) for line in obj["lines"])
    )


def _line(redactor: Redactor, line: dict) -> dict:
    """An SST line: its words inline."""
    text, words, _ = redact_words(redactor, line["text"], line["words"])
    rest = {k: redact(redactor, v) for k, v in line.items() if k not in ("text", "words")}
    return {**rest, "text": text, "words": words}


def _ocr(redactor: Redactor, out: dict) -> dict:
    """An OCR reading: one list of words, lines pointing into it by index (word_ids)."""
    words = out["words"]
    held: dict[int, dict | None] = {}  # old word index -> its new word, or None when merged into another
    lines = []
    for line in out["lines"]:
        ids = [i for i in line["word_ids"] if isinstance(i, int) and 0 <= i < len(words) and i not in held]
        text = line["text"] if isinstance(line.get("text"), str) else ""
        text, new_words, where = redact_words(redactor, text, [words[i] for i in ids])
        seen = set()
        for i, n in zip(ids, where):
            held[i] = None if n in seen else new_words[n]
            seen.add(n)
        lines.append((line, text, ids, where))
    new_words, index = [], {}
    for i, w in enumerate(words):
        if i not in held:
            new_words.append(redact(redactor, w))
        elif held[i] is not None:
            new_words.append(held[i])
        else:
            continue
        index[i] = len(new_words) - 1
    new_lines = []
    for line, text, ids, where in lines:
        # a merged word's other members point to where the group's first word went
        first_of = {}
        for i, n in zip(ids, where):
            first_of.setdefault(n, i)
        word_ids = list(dict.fromkeys(index[first_of[n]] for n in where))
        rest = {k: redact(redactor, v) for k, v in line.items() if k not in ("text", "word_ids")}
        new_lines.append({**rest, "text": text, "word_ids": word_ids})
    rest = {k: redact(redactor, v) for k, v in out.items() if k not in ("words", "lines")}
    return {**rest, "words": new_words, "lines": new_lines}


def _sst(redactor: Redactor, sst: dict) -> dict:
    """Screen structure: lines with their words; a block's text is its lines' (redacted) text again, and
    searched whole too, for what runs over a line break."""
    out = {k: redact(redactor, v) for k, v in sst.items() if k != "blocks"}
    text_of = {line.get("id"): line.get("text") for line in out["lines"] if isinstance(line, dict)}
    blocks = []
    for block in sst["blocks"]:
        if not isinstance(block, dict):
            blocks.append(redact(redactor, block))
            continue
        new = {k: redact(redactor, v) for k, v in block.items() if k != "text"}
        if "text" in block:
            ids = block.get("lines") if isinstance(block.get("lines"), list) else []
            texts = [text_of.get(i) for i in ids if isinstance(i, str)]
            joined = (
                "\n".join(texts) if texts and all(isinstance(t, str) for t in texts) else str(block["text"])
            )
            new["text"] = redactor.text(joined)
        blocks.append(new)
    out["blocks"] = blocks
    return out
