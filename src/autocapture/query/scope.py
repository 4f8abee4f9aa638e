"""Names of apps and windows in a question, resolved against what the store has actually seen: "in Outlook"
is every window whose executable is outlook*; "the terminal" or "my browser" are the apps of that kind.

The kinds are general knowledge about desktop software (which programs are browsers, terminals, mail or chat
clients, editors, spreadsheets), not one machine's list: a name is only used when some window in the store
matches it, and a named app that no window matches stays in the question as an entity that must be
grounded (so "in Photoshop" on a machine that never ran it is `no_evidence`, not an answer from elsewhere)."""

from __future__ import annotations

import re

from autocapture.query import glossary
from autocapture.query.values import fold

KINDS = {
    "browser": (
        "chrome",
        "msedge",
        "edge",
        "firefox",
        "brave",
        "opera",
        "vivaldi",
        "safari",
        "arc",
        "chromium",
    ),
    "terminal": (
        "terminal",
        "windowsterminal",
        "powershell",
        "pwsh",
        "cmd",
        "wt",
        "conhost",
        "bash",
        "wsl",
        "alacritty",
        "wezterm",
        "kitty",
        "mintty",
        "iterm",
        "console",
    ),
    "shell": ("terminal", "windowsterminal", "powershell", "pwsh", "cmd", "bash", "wsl"),
    "command line": ("terminal", "windowsterminal", "powershell", "pwsh", "cmd", "wt", "conhost"),
    "mail": ("outlook", "thunderbird", "mail", "hxoutlook", "olk", "mailspring", "evolution"),
    "email": ("outlook", "thunderbird", "mail", "hxoutlook", "olk", "mailspring", "evolution"),
    "e-mail": ("outlook", "thunderbird", "mail", "hxoutlook", "olk", "mailspring", "evolution"),
    "inbox": ("outlook", "thunderbird", "mail", "hxoutlook", "olk"),
    "chat": (
        "teams",
        "ms-teams",
        "slack",
        "discord",
        "zoom",
        "signal",
        "telegram",
        "whatsapp",
        "element",
        "mattermost",
    ),
    "editor": (
        "code",
        "notepad",
        "notepad++",
        "sublime_text",
        "vim",
        "gvim",
        "emacs",
        "idea64",
        "pycharm64",
        "rider64",
        "devenv",
        "cursor",
        "zed",
    ),
    "ide": ("code", "idea64", "pycharm64", "rider64", "devenv", "cursor", "webstorm64", "clion64"),
    "spreadsheet": ("excel", "scalc", "soffice", "numbers"),
    "word processor": ("winword", "swriter", "soffice", "pages"),
    "pdf": ("acrord32", "acrobat", "sumatrapdf", "foxitreader"),
    "presentation": ("powerpnt", "simpress", "keynote"),
}
ALIASES = {
    "vs code": "code",
    "vscode": "code",
    "visual studio code": "code",
    "word": "winword",
    "teams": "teams",
    "edge": "msedge",
    "powerpoint": "powerpnt",
    "windows terminal": "windowsterminal",
}


def stem_of(app: str | None) -> str:
    return re.sub(r"\.(exe|app)$", "", (app or "").lower())


# Words of a question's grammar that start some app's name ("what" -> WhatsApp, "when", "this"): never a name
NOT_APP_WORDS = {
    "what", "when", "which", "where", "whom", "whose", "while", "this", "that", "these", "those", "then", "than",
    "there", "here", "once", "with", "from", "into", "onto", "about", "some", "each", "every", "last", "first",
}  # fmt: skip


def resolve_apps(name: str, apps: list[str]) -> tuple[str, ...]:
    """The store's apps that `name` refers to (empty when none)."""
    n = name.lower().strip()
    n = re.sub(r"^(?:the|my|a|an)\s+", "", n)
    n = re.sub(r"\s+(?:app|application|window|program|client)s?$", "", n)
    if not n or n.split()[0] in NOT_APP_WORDS:
        return ()  # "at what rate": no "WhatsApp"
    wanted = {ALIASES.get(n, n).replace(" ", "")}
    for kind, members in KINDS.items():
        if n == kind or n == kind + "s":
            wanted.update(members)
    out = []
    for app in apps:
        s = stem_of(app)
        if s in wanted or any(len(w) >= 4 and (s.startswith(w) or w in s) for w in wanted):
            out.append(app)
    return tuple(sorted(set(out)))


PREP = re.compile(
    r"\b(?:in|on|from|using|inside|within|via|through|at)\s+(?:the\s+|my\s+)?"
    r"([A-Za-z][\w+.-]*(?:\s[A-Za-z][\w+.-]*){0,2})",
    re.I,
)


def app_phrases(question: str, apps: list[str]) -> tuple[tuple[str, ...], list[str], list[str]]:
    """(resolved apps, phrases that resolved, capitalised app-like phrases that did not)."""
    found: set[str] = set()
    said, unresolved = [], []
    for m in PREP.finditer(question):
        ws = m.group(1).split()
        hit = False
        for n in range(len(ws), 0, -1):  # the longest name first: "visual studio code" before "visual"
            phrase = " ".join(ws[:n])
            got = resolve_apps(phrase, apps)
            if got:
                found.update(got)
                said.append(m.group(0)[: m.group(0).find(ws[0])] + phrase)
                hit = True
                break
        if not hit and ws[0][:1].isupper() and ws[0].lower() not in ("the", "my"):
            unresolved.append(ws[0])
    return tuple(sorted(found)), said, unresolved


# Nouns for a kind of document: satisfied by a window of the app kind that edits it or a title with its file
# extension or web app ("the budget spreadsheet" is "Budget 2027.xlsx - Excel" or "... - Google Sheets").
_SHEET = r"\.(xlsx?|xlsm|csv|ods)\b|\bsheets?\b"
_SLIDES = r"\.(pptx?|odp|key)\b|\bslides\b"
DOC_NOUNS = {
    "spreadsheet": ("spreadsheet", _SHEET),
    "sheet": ("spreadsheet", _SHEET),
    "workbook": ("spreadsheet", r"\.(xlsx?|xlsm|ods)\b"),
    "document": ("word processor", r"\.(docx?|odt|rtf|pdf|md|txt)\b|\bdocs\b"),
    "doc": ("word processor", r"\.(docx?|odt|rtf|md)\b|\bdocs\b"),
    "pdf": ("pdf", r"\.pdf\b"),
    "presentation": ("presentation", _SLIDES),
    "slides": ("presentation", _SLIDES),
    "deck": ("presentation", _SLIDES),
    # a paper-like document is mostly a PDF, whatever its file is called in the user's language
    "receipt": ("pdf", r"\.pdf\b|\b(receipt|invoice|bill)\b"),
    "invoice": ("pdf", r"\.pdf\b|\binvoice\b"),
    "file": ("", r"\.[a-z0-9]{2,5}\b"),
}


# What a window is, in the words a question uses for it, from its executable or, for a web app, its title: a
# mail client in a browser ("... - Mail - Google Chrome", "Inbox (3) - Gmail") is read as e-mail, a Sheets
# tab as a spreadsheet. General knowledge about kinds of software, like KINDS.
KIND_WORDS = {
    "mail": "email e-mail mail message inbox",
    "chat": "chat message channel",
    "terminal": "terminal shell console command",
    "spreadsheet": "spreadsheet sheet table workbook",
    "pdf": "pdf document",
    "word processor": "document doc",
    "presentation": "presentation slides deck",
    "browser": "browser web page site",
}
_WEB_KINDS = {
    "mail": r"\b(?:g?mail|inbox|outlook|thunderbird|proton ?mail)\b",
    "chat": r"\b(?:slack|teams|chat|zoom|discord|mattermost|whatsapp)\b",
    "spreadsheet": _SHEET + r"|\bexcel\b",
    "pdf": r"\.pdf\b",
    "presentation": _SLIDES,
}


def kind_words(app: str | None, title: str | None) -> str:
    """The words naming the kinds of a window ("email message inbox" for Gmail in Chrome), so a question that
    says "in her e-mail" finds a web mail screen whose text never says "e-mail"."""
    s = stem_of(app)
    kinds = {k for k, members in KINDS.items() if s in members and k in KIND_WORDS}
    kinds |= {k for k, rx in _WEB_KINDS.items() if re.search(rx, title or "", re.I)}
    return " ".join(KIND_WORDS[k] for k in sorted(kinds))


# Kinds of business documents, each with the words screens use for it in English and a few European languages:
# "the invoice" is on screen as an invoice, a bill, a receipt or a "Rechnung".
DOCUMENT_KINDS = (
    ("quote", "quotation", "offer", "estimate", "proposal", "angebot", "presupuesto"),
    ("invoice", "bill", "receipt", "rechnung", "factura", "facture"),
    ("order", "basket", "cart", "delivery note", "bestellung", "pedido"),
)


def document_kind(question: str) -> tuple[str, ...] | None:
    """The kind of document a question is about ("the total on the invoice"), or None."""
    for kind in DOCUMENT_KINDS:
        if re.search(rf"\b(?:{'|'.join(kind)})s?\b", question, re.I):
            return kind
    return None


def _kind_fits(noun: str, app: str | None, title: str | None) -> bool:
    kind, rx = DOC_NOUNS[noun]
    return bool(re.search(rx, title or "", re.I)) or stem_of(app) in KINDS.get(kind, ())


def _in_title(word: str, title: str | None) -> bool:
    """A word starts a word of the title (an underscore separates too: "..._Hotel_Am_Stephansplatz.pdf"), or one
    of the glossary's words for it does, the title being in the screen's language ("weather" in "Pogoda –
    Warszawa", "invoice" in "Faktura 2026-117")."""
    if re.search(rf"(?<![^\W_]){re.escape(word)}", (title or "").lower()) is not None:
        return True
    other = glossary.pattern(word) if word.isalpha() else None
    return bool(other) and re.search(other, fold((title or "").lower()).replace("_", " ")) is not None


def _word_root(word: str) -> str:
    """A long word's root, its suffix off ("procurement" -> "procure", in "ProcureZH"): a window's title may
    name the thing by another form of the word. Short words stay whole (a prefix of them matches too much)."""
    return word[: max(6, len(word) - 4)] if len(word) >= 8 and word.isalpha() else word


# words that name any window, not one: "Jira pages", "the docs site" ask for every matching title
GENERIC_WINDOW_WORDS = {
    "page",
    "window",
    "tab",
    "app",
    "application",
    "program",
    "site",
    "website",
    "screen",
    "view",
    # how people name the browser or desktop version of an app ("WhatsApp Web", "the Outlook client")
    "web",
    "online",
    "desktop",
    "client",
    # ...and of any web application ("the procurement portal", "the booking tool")
    "portal",
    "tool",
    "platform",
}


# Kinds of business software that run in a browser tab, by the names their windows' titles carry: "the CRM" is a
# HubSpot or Salesforce tab, "the ERP" an SAP (Fiori) or NetSuite one. General knowledge, like KINDS; a kind
# resolves only to windows the store has seen.
WEB_APP_KINDS = {
    "crm": r"\b(?:hubspot|salesforce|pipedrive|zoho crm|freshsales|dynamics 365 sales|copper|close\.com)\b",
    "erp": r"\b(?:sap|fiori|s/4hana|netsuite|odoo|dynamics 365|oracle erp|sage)\b",
    "wiki": r"\b(?:confluence|notion|wiki|wikipedia)\b",
    "helpdesk": r"\b(?:zendesk|freshdesk|servicenow|jira service|help ?desk)\b",
    "ticketing system": r"\b(?:zendesk|freshdesk|servicenow|jira|help ?desk)\b",
    "ats": r"\b(?:greenhouse|lever|workable|recruitee|smartrecruiters|teamtailor)\b",
    "hris": r"\b(?:workday|bamboohr|personio|hibob|factorial)\b",
    "intranet": r"\b(?:intranet|sharepoint)\b",
}


def kind_words_in(text: str) -> bool:
    """Does the text name a kind of app or document ("mail", "invoice", "chat")? Then it says which window."""
    return any(w in DOC_NOUNS or w in KINDS for w in re.findall(r"[a-z-]+", text.lower()))


def window_matches(phrase: str, windows: list[tuple]) -> list[tuple]:
    """Windows (app, title, ...) that a phrase names: its app (or kind of app), or every word of it in the title
    (a kind-of-document noun by the window's app or file type). A looser match (most words, or a word that starts
    a title part) is used only when no window matches fully."""
    apps = sorted({w[0] for w in windows if w[0]})
    by_app = set(resolve_apps(phrase, apps))
    if by_app:
        return [w for w in windows if w[0] in by_app]
    kind = re.sub(r"^(?:the|my|our)\s+|\s+(?:app|tool|system|page|tab)s?$", "", phrase.strip().lower())
    if kind in WEB_APP_KINDS:  # "in the CRM": the windows of a CRM, by their titles
        return [w for w in windows if re.search(WEB_APP_KINDS[kind], w[1] or "", re.I)]
    # free-standing nouns only ("the hotel pdf"), not a file's extension ("..._Stephansplatz.pdf")
    tokens = re.findall(r"[\w.+#'-]+", phrase)
    nouns = [x.lower() for x in tokens if x.lower() in DOC_NOUNS]
    if nouns:
        rest = " ".join(x for x in tokens if x.lower() not in DOC_NOUNS)
        fitting = [w for w in windows if all(_kind_fits(n, w[0], w[1]) for n in nouns)]
        if fitting and rest.strip():
            hit = window_matches(rest, fitting)
            if hit:
                return hit
            if (
                len({w[1] for w in fitting}) == 1
                and tokens[-1].lower()
                in DOC_NOUNS  # (the kind is what the phrase names: "the ... spreadsheet")
                and not re.search(r"[\d#]", rest)
                and not resolve_apps(rest, apps)
                and not kind_words_in(rest)
            ):
                # "the works tracking spreadsheet" when one spreadsheet was open ("Suivi_travaux_2026.ods"): the
                # kind says which, the user's own words for it need not be its file name's
                return fitting
    words = [
        w
        for w in re.findall(r"[\w.+#]+(?:-[\w.+#]+)*", phrase.lower().replace("'s", ""))
        if len(w) > 1
        and (w[:-1] if w.endswith("s") and w[:-1] in GENERIC_WINDOW_WORDS else w) not in GENERIC_WINDOW_WORDS
        and w
        not in (
            "the",
            "my",
            "a",
            "an",
            "of",
            "for",
            "page",
            "window",
            "tab",
            "app",
            "docs",
            "documentation",
            "site",
        )
    ]
    if not words:
        return []
    full = [w for w in windows if all(_in_title(x, w[1]) for x in words)]
    if full:
        return full
    best, out = 0, []
    codes = [x for x in words if re.search(r"\d", x)]  # a code is its digits: "LC-999999" is not "LC-558201"
    for w in windows:
        if not all(_in_title(x, w[1]) for x in codes):
            continue
        n = sum(_in_title(x, w[1]) or _in_title(_word_root(x), w[1]) for x in words)
        if n > best:
            best, out = n, [w]
        elif n == best and n:
            out.append(w)
    if best * 2 > len(words):
        return out
    # "the cluster terminal", "the lab chats": a phrase whose last word names a kind of app, its other words
    # what the user did there (no title says "cluster"): that kind's windows
    head = re.sub(r"\s+(?:app|application|window|program|client)s?$", "", phrase.strip().lower()).split()
    # (a kind of document, "the works tracking spreadsheet", is told by the words before it, above)
    if (
        len(head) >= 2
        and head[-1].rstrip("s") not in DOC_NOUNS
        and (by_kind := set(resolve_apps(head[-1], apps)))
    ):
        return [w for w in windows if w[0] in by_kind]
    return []
