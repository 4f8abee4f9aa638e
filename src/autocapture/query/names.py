"""Given names, to tell a person's name from a capitalised UI phrase standing alone on its line.

Why: a mail list's sender, a calendar invitee or a form value is a name alone on its line ("Noor Haddad"), and
so are a tab strip ("Posts Files Notes"), a side bar entry ("Activity Teams") and a meeting's link text
("Microsoft Teams Meeting"). Nothing in the layout tells them apart; the first word does: people's names start
with a given name. The lexicon is Faker's per-locale first-name lists (MIT, ~30k names from every locale it
ships: Spanish, Polish, Hindi, Yoruba, Vietnamese...), read once per process (~0.1 s, only when a lone phrase
has to be judged). A name whose first word is missing from every list is still a person where its context
says so (a label such as "From:", a message time after it, a verb of saying): this lexicon only decides the
context-free case.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from autocapture.query import values

_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# (the Latin spellings of the Japanese and Chinese locales' names, "Akemi", "Mei-Ling": each part of a
# hyphenated given name is one, as it is written alone too, "Mei Tanaka")
_ROMANIZED = ("first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")


def fold(word: str) -> str:
    """Lower case without accents: "Lucía" and OCR's "Lucia" are one name."""
    return values.fold(word.lower())


@cache
def given_names() -> frozenset[str]:
    """Every first name of every Faker locale, folded. Empty (never an error) if Faker cannot be imported."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker is a dependency; without it lone phrases are not persons
        return frozenset()
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in _LISTS + _ROMANIZED:
            value = provider.__dict__.get(attr)  # class attributes only: some locales define properties
            if isinstance(value, list | tuple | dict | set | frozenset):
                parts = (p for n in value if isinstance(n, str) for p in n.split("-"))
                names.update(fold(p) for p in parts if p.isalpha() and len(p) > 1)
    return frozenset(names)


def starts_with_given_name(phrase: str) -> bool:
    """Does the phrase start with a given name ("Noor Haddad", "Lucía Ferrer"; not "Posts Files Notes")?"""
    words = phrase.split()
    return bool(words) and fold(words[0].strip(".,:;")) in given_names()
