"""Finding personal data and secrets in text, and replacing each with a typed placeholder that stays the
same within one export (`<EMAIL_1>`). Detectors are well-kept libraries where they exist:
detect-secrets (API keys, tokens, private keys, basic-auth credentials), phonenumbers (phone numbers),
python-stdnum (IBAN and Luhn checks); e-mail and IP addresses are matched here and validated (ipaddress).
People's names have no reliable detector; the ones an export can know are those its e-mail addresses spell
(maria.gonzalez@ -> "Maria Gonzalez", "Gonzalez, Maria"), learned before anything is written."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

import phonenumbers
from detect_secrets.core.scan import scan_line
from detect_secrets.settings import transient_settings
from stdnum import iban, luhn

# Pattern plugins only: the entropy plugins flag ordinary words when scanning single lines.
SECRET_PLUGINS = [
    "AWSKeyDetector",
    "AzureStorageKeyDetector",
    "BasicAuthDetector",
    "CloudantDetector",
    "DiscordBotTokenDetector",
    "GitHubTokenDetector",
    "GitLabTokenDetector",
    "IbmCloudIamDetector",
    "IbmCosHmacDetector",
    "JwtTokenDetector",
    "KeywordDetector",
    "MailchimpDetector",
    "NpmDetector",
    "OpenAIDetector",
    "PrivateKeyDetector",
    "PypiTokenDetector",
    "SendGridDetector",
    "SlackDetector",
    "SoftlayerDetector",
    "SquareOAuthDetector",
    "StripeDetector",
    "TelegramBotTokenDetector",
    "TwilioKeyDetector",
]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6 = re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}\b")
CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
URL_CRED = re.compile(r"\b[a-z][a-z0-9+.-]*://([^\s:/@]+):([^\s@/]+)@", re.I)
CONN_PASSWORD = re.compile(r"(?i)\b(?:password|passwd|pwd)\s*[=:]\s*([^\s;,'\"]+)")
PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")  # what redaction leaves: never a finding itself
PRIORITY = {
    "PASSWORD": 0,
    "PRIVATE_KEY": 0,
    "CARD": 1,
    "IBAN": 1,
    "EMAIL": 2,
    "IP": 2,
    "PHONE": 3,
    "NAME": 3,
    "SECRET": 4,
}


@dataclass(frozen=True)
class Finding:
    kind: str  # EMAIL, PHONE, CARD, IBAN, IP, SECRET, PASSWORD, PRIVATE_KEY, NAME
    start: int
    end: int
    value: str


def _token_around(text: str, value: str) -> tuple[int, int] | None:
    """The whitespace-delimited token holding `value` (detectors sometimes return part of a key)."""
    i = text.find(value)
    if i < 0:
        return None
    start = i
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = i + len(value)
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and text[end - 1] in ".,;:)]}\"'":
        end -= 1
    if "=" in text[start:i]:  # api_key=XYZ: keep the name, hide the value
        start = text.index("=", start) + 1
    return start, end


def name_of(address: str) -> tuple[str, ...] | None:
    """The name an address's local part spells ("maria.gonzalez", "maria_gonzalez"): two or three alphabetic
    parts; a single word ("info", "jdoe") names nobody we could find elsewhere without false hits."""
    parts = [p for p in re.split(r"[._-]", address.split("@", 1)[0].lower()) if p]
    if 2 <= len(parts) <= 3 and all(p.isalpha() and len(p) >= 2 for p in parts):
        return tuple(parts)
    return None


def name_patterns(names) -> list[re.Pattern]:
    """First Last (any whitespace between the words, so a name split over OCR words or lines is found too)
    and Last, First; case-insensitive."""
    out = []
    for parts in sorted(names):
        words = [re.escape(p) for p in parts]
        out.append(re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I))
        out.append(re.compile(r"(?<!\w)" + words[-1] + r",\s*" + r"\s+".join(words[:-1]) + r"(?!\w)", re.I))
    return out


def find(text: str, region: str = "US", names: list[re.Pattern] = ()) -> list[Finding]:
    found: list[Finding] = []
    for rx in names:
        for m in rx.finditer(text):
            found.append(Finding("NAME", m.start(), m.end(), m.group(0)))
    for m in EMAIL.finditer(text):
        found.append(Finding("EMAIL", m.start(), m.end(), m.group(0)))
    for m in URL_CRED.finditer(text):
        found.append(Finding("PASSWORD", m.start(2), m.end(2), m.group(2)))
    for m in CONN_PASSWORD.finditer(text):
        found.append(Finding("PASSWORD", m.start(1), m.end(1), m.group(1)))
    for m in PEM.finditer(text):
        found.append(Finding("PRIVATE_KEY", m.start(), len(text), text[m.start() :]))
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            found.append(Finding("CARD", m.start(), m.end(), m.group(0)))
    for m in IBAN.finditer(text):
        if iban.is_valid(m.group(0).replace(" ", "")):
            found.append(Finding("IBAN", m.start(), m.end(), m.group(0)))
    for rx in (IPV4, IPV6):
        for m in rx.finditer(text):
            try:
                ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            found.append(Finding("IP", m.start(), m.end(), m.group(0)))
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        found.append(Finding("PHONE", m.start, m.end, m.raw_string))
    with transient_settings({"plugins_used": [{"name": n} for n in SECRET_PLUGINS]}):
        for secret in scan_line(text):
            if secret.secret_value and (span := _token_around(text, secret.secret_value)):
                found.append(Finding("SECRET", span[0], span[1], text[span[0] : span[1]]))
    # overlaps: the more specific kind wins (a URL's password over the "e-mail" it looks like, a card over
    # a phone number, anything over a generic secret), then the longer finding
    found.sort(key=lambda f: (PRIORITY.get(f.kind, 9), -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for f in found:
        if PLACEHOLDER.fullmatch(f.value):
            continue
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


@dataclass
class Redactor:
    """Placeholders stable within one export; counts per type for the manifest."""

    placeholders: dict[tuple[str, str], str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    names: set[tuple[str, ...]] = field(default_factory=set)
    _name_patterns: list[re.Pattern] = field(default_factory=list)

    def learn(self, text: str) -> None:
        """Remember the names that e-mail addresses in `text` spell, to redact them wherever they appear."""
        new = {n for m in EMAIL.finditer(text) if (n := name_of(m.group(0))) and n not in self.names}
        if new:
            self.names |= new
            self._name_patterns = name_patterns(self.names)

    def find(self, text: str) -> list[Finding]:
        return find(text, names=self._name_patterns)

    def apply(self, text: str, findings: list[Finding], offset: int = 0, count: bool = True) -> str:
        """`text` (which starts at `offset` of the string the findings were made in) with each finding inside
        it replaced by its placeholder."""
        for f in reversed(findings):
            if count:
                self.counts[f.kind] = self.counts.get(f.kind, 0) + 1
            start, end = max(f.start - offset, 0), min(f.end - offset, len(text))
            if start < end:
                # one person, one placeholder: "Maria Gonzalez", "GONZALEZ, Maria" and a name split over lines
                value = " ".join(sorted(re.findall(r"\w+", f.value.lower()))) if f.kind == "NAME" else f.value
                text = text[:start] + self.placeholder(f.kind, value) + text[end:]
        return text

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, value)
        if key not in self.placeholders:
            n = sum(1 for k in self.placeholders if k[0] == kind) + 1
            self.placeholders[key] = f"<{kind}_{n}>"
        return self.placeholders[key]

    def text(self, text: str) -> str:
        return self.apply(text, self.find(text))

    def value(self, obj):
        """Every string inside a JSON-like value, redacted; keys and structure kept. Text laid out as words
        with boxes is redacted line by line and the findings applied to the words they cover."""
        from autocapture.export.layout import redact

        return redact(self, obj)
