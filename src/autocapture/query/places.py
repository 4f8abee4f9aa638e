"""Countries a question names by their people or language ("the Swedish supplier", "the Czech offer") or by name
("the offer from Sweden"), and the ways a screen writes them: the country's name, its ISO code in a table's
country column ("SE"), its web domain (".se" in an address), or the adjective itself.

The names come from the Unicode CLDR through babel (English display names of territories and languages, and
each language's most likely territory: Swedish -> SE, Spanish -> ES), not from a list of our own: an adjective
of a country is the name of its language for most countries, which is what CLDR gives."""

from __future__ import annotations

import functools
import re


@functools.cache
def place_forms() -> dict[str, tuple[str, ...]]:
    """Lowercase country or language name -> how a screen may write that place: the country's name, the
    language's name, the ISO code, the web domain."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.languages import get_official_languages
    except ImportError:  # without babel a country adjective is a name like any other
        return {}
    en = Locale("en")
    likely = get_global("likely_subtags")
    out: dict[str, tuple[str, ...]] = {}
    for code, country in en.territories.items():
        if len(code) == 2 and code.isalpha():
            out[country.lower()] = (country, code, f".{code.lower()}")
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
            out.setdefault(name.lower(), (name, country, territory, f".{territory.lower()}"))
    return out


def forms_of(word: str) -> tuple[str, ...] | None:
    """How a screen may write the place a question's word names, or None when it names none."""
    return place_forms().get(word.strip().lower())


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
