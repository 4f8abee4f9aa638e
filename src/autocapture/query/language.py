"""The language a question is written in when it is not English, and which of its words are that language's
ordinary wording rather than names to find.

Why: the reader takes a word that is neither ordinary English nor on any screen for a rare name the answer's
screen must show ("Nothing on screen mentions ..."), which is how a question about something never seen is
refused. A question asked in Portuguese ("pra quando ficou o ETA do contêiner da Hengli?") is then refused for
"quando". Word frequencies per language (wordfreq, already used for English) tell the question's language by
the words that are common in it and rare in English, and its ordinary words by their frequency there; names
("Hengli", "Trishul") are rare in every language and stay names. Only the small word lists are read (about
20 ms a language, once per process), and only for a question with two or more lowercase words English does not
know, so an English question loads none."""

from __future__ import annotations

import re
from functools import lru_cache

# Latin-script languages wordfreq has a small list for (a question in another script has no English-looking
# words to mistake for names)
LANGUAGES = ("pt", "es", "fr", "de", "it", "nl", "pl", "sv", "da", "nb", "tr", "cs", "ro", "id", "fi", "hu")
# A word this common in a language (Zipf: 4.5 = about 30 per million words: "quando", "qual", "wann")...
MARK_ZIPF = 4.5
# ...and this rare in English marks the question as written in that language; two such words decide
ENGLISH_RARE = 3.5
MARKS_NEEDED = 2
# A word as common as this (Zipf 5: 100 per million, "qual", "hangi") is the language's grammar: it marks twice
WORD_ZIPF = 5.0
# A word this common in the question's language is its wording, not a name (Zipf 3.5: about 3 per million)
COMMON_ZIPF = 3.5
# ...and a longer lowercase word this common in the language's large list too: its inflected verbs and nouns
# ("economizei", "negociei") that the small list lacks; made-up names score near 0 there as well
INFLECTED_ZIPF = 1.8
# Words of letters, as a question writes them (accents included)
WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str, wordlist: str = "small") -> float:
    try:
        from wordfreq import available_languages, zipf_frequency
    except ImportError:  # an install without it: every question is taken for English
        return 0.0
    if wordlist != "small" and lang not in available_languages(wordlist):
        return 0.0  # (no large list for this language: its small list has decided)
    return zipf_frequency(word, lang, wordlist=wordlist)


def question_language(question: str, unknown) -> str | None:
    """The language of a question, or None for English (or none told). `unknown(word)`: is a lowercase word one
    English does not know? Only questions with MARKS_NEEDED such words (in lowercase, or first) are looked at."""
    found = WORD.findall(question)
    words = {w.lower() for w in found}
    unknown_words = {w.lower() for i, w in enumerate(found) if (w.islower() or i == 0) and unknown(w.lower())}
    if len(unknown_words) < MARKS_NEEDED:
        return None
    best, marks = None, MARKS_NEEDED - 1
    for lang in LANGUAGES:  # (in a fixed order: a tie goes to the first)
        # (a word as common as a language's question words, "qual", "cuánto", "hangi", counts twice: one is
        # enough in a terse question, "fornecedor com maior lead time?")
        n = sum(
            1 + (zipf(w, lang) >= WORD_ZIPF)
            for w in words
            if zipf(w, lang) >= MARK_ZIPF and zipf(w, "en") < ENGLISH_RARE
        )
        if n > marks:
            best, marks = lang, n
    return best


def common_in(word: str, lang: str) -> bool:
    """Is `word` ordinary wording in `lang`?"""
    w = word.lower()
    return zipf(w, lang) >= COMMON_ZIPF or (
        word.islower() and len(w) >= 5 and zipf(w, lang, "large") >= INFLECTED_ZIPF
    )
