"""Countries a question names by their people or language ("the Swedish supplier", "the Czech offer") or by name
("the offer from Sweden"), and cities by their English name ("the weather in Warsaw"), and the ways a screen
writes them: the country's name, its ISO code in a table's country column ("SE"), its web domain (".se" in an
address), the adjective itself, and all of these in the screen's own language ("Japonia", "japoński",
"Warszawa", "Almanya").

The names come from the Unicode CLDR through babel (display names of territories and languages, each
language's most likely territory: Swedish -> SE, Spanish -> ES, and the exemplar cities of the time zones),
not from a list of our own: an adjective of a country is the name of its language for most countries, which
is what CLDR gives, and CLDR names them in every language a screen here is written in."""

from __future__ import annotations

import functools
import re

from autocapture.query.values import LATIN_LOCALES, fold


@functools.cache
def place_forms() -> dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """Lowercase country, language or city name -> its English forms (the country's name, the language's name,
    the ISO code, the web domain) and what to look its names up by in the screens' languages ((kind, code) pairs).
    Cost: English only (about 10 ms); the other languages' data (about 0.3 s for all of them) is read only for a
    question that names a place (`forms_of`)."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.languages import get_official_languages
    except ImportError:  # without babel a country adjective is a name like any other
        return {}
    en = Locale("en")
    likely = get_global("likely_subtags")
    out: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
    for code, country in en.territories.items():
        if len(code) == 2 and code.isalpha():
            out[country.lower()] = ((country, code, f".{code.lower()}"), (("territories", code),))
    for lang, name in en.languages.items():
        tag = likely.get(lang, "")
        territory = tag.split("_")[-1] if tag.count("_") >= 1 else ""
        if (
            len(territory) == 2
            and territory.isalpha()
            and territory in en.territories
            and " " not in name
            # (a country's own language only: "Swedish" is Sweden's, a regional language names no country)
            and lang in get_official_languages(territory)
        ):
            country = en.territories[territory]
            refs = (("territories", territory), ("languages", lang))
            out.setdefault(name.lower(), ((name, country, territory, f".{territory.lower()}"), refs))
    for zone in get_global("zone_territories"):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        city = _city(en, zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        out.setdefault(city.lower(), ((city,), (("zone", zone),)))
    return out


@functools.cache
def _locales() -> tuple:
    from babel import Locale

    return tuple(Locale(loc) for loc in LATIN_LOCALES)


@functools.cache
def _localized(refs: tuple[tuple[str, str], ...], english: str) -> tuple[str, ...]:
    """A place's names in the screens' languages, as written and without accents."""
    names = []
    for kind, code in refs:
        for loc in _locales():
            names.append(_city(loc, code) if kind == "zone" else getattr(loc, kind).get(code))
    return _forms(n for n in names if n != english)


def _city(locale, zone: str) -> str | None:
    """A time zone's exemplar city as the locale writes it, where CLDR gives one ("Warszawa" for Europe/Warsaw)."""
    return (locale.time_zones.get(zone) or {}).get("city")


def _forms(names) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for name in names:
        # (one word or two: "Korea Południowa" is a form, a long official name is never how a screen writes it;
        # four letters or more: "Wien" is Vienna, a three-letter "Beč" is a word's part in other languages)
        if name and len(name.split()) <= 2 and not re.search(r"[\d()]", name) and len(name) >= 4:
            out[name] = None
            out[fold(name)] = None
    return tuple(out)


def forms_of(word: str) -> tuple[str, ...] | None:
    """How a screen may write the place a question's word names, or None when it names none."""
    hit = place_forms().get(word.strip().lower())
    if hit is None:
        return None
    english, refs = hit
    return english + tuple(f for f in _localized(refs, english[0]) if f not in english)


def shown(forms: tuple[str, ...], text: str) -> bool:
    """Is one of a place's forms on the screen: a name in any case, the ISO code as a capitalised word of its own
    ("SE" in a country column, not "se" inside a word), the domain at the end of an address (".se")?"""
    low = text.lower()
    for form in forms:
        if form.startswith("."):
            if re.search(rf"\w{re.escape(form)}(?![\w.-])", low):
                return True
        elif len(form) == 2 and form.isupper():
            if re.search(rf"(?<![\w-]){form}(?![\w-])", text):
                return True
        elif re.search(rf"(?<!\w){re.escape(form.lower())}(?!\w)", low):
            return True
    return False
