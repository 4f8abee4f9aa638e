"""The learned answer-type guess (query/answer_types.py) with the bundled MiniLM and the shipped weights: it
decides only what the grammar rules leave open, and never with another embedding model than its own."""

import functools
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from autocapture.query import answer_types as T
from autocapture.query.intent import UNDECIDED, analyse, answer_type
from autocapture.query.timefilter import parse


@functools.lru_cache(maxsize=1)
def _model():
    from autocapture.stages.embed import bundled_model_path
    from autocapture.stages.embed_numpy import NumpyMiniLM

    return NumpyMiniLM(bundled_model_path())


def embed(text: str):
    return _model().run([text])[0]


def intent(q: str, guess):
    filters, rest = parse(q, datetime(2026, 11, 25, 12, tzinfo=timezone.utc), ZoneInfo("Europe/Paris"), [])
    return analyse(q, filters, rest, guess_type=guess)


@pytest.mark.parametrize(
    "question, kind",
    [
        # money named by words no rule lists (a bill, a charge, a saving)
        ("What was the final bill for the new boiler in the flat, VAT included?", "amount"),
        ("What are we billing the client for support each year?", "amount"),
        ("What was the garage bill for the van?", "amount"),
    ],
)
def test_the_guess_gives_the_type_no_rule_decides(question, kind):
    assert answer_type(question)[1] == UNDECIDED  # (no grammar rule says it...)
    guess = T.guesser(embed)
    assert guess(question) == kind
    assert intent(question, guess).answer_type == kind  # (...and analyse takes the guess)


def test_the_guess_never_overrides_a_rule_nor_a_which_question():
    guess = T.guesser(embed)
    # a rule decided: the guess is not asked
    assert intent("Which room is the review in?", lambda q: "amount").answer_type == "text"
    assert intent("How much did the taxi cost?", lambda q: "person").answer_type == "amount"
    # "which company": a thing, though the rest of the question is about payment terms
    assert guess("Most generous payment terms in the price comparison: which company?") is None


def test_a_store_with_another_embedder_gets_no_guesses():
    """The weights belong to one model: a store whose embedder gives other vectors for the probe sentence (here a
    fixed random projection, as a hash embedder or another model would) gets the rules' answer alone."""
    rng = np.random.default_rng(7)
    proj = rng.standard_normal((384, 384))
    other = lambda text: proj @ embed(text)  # noqa: E731
    assert T.guesser(other)("What was the final bill for the boiler?") is None
    assert T.guesser(lambda text: (_ for _ in ()).throw(OSError("no model")))("What was the bill?") is None


def test_training_is_deterministic_and_learns_the_labels():
    texts = [
        "how much was the invoice",
        "what did the taxi cost",
        "who sent the mail",
        "who wrote the report",
    ]
    labels = ["amount", "amount", "person", "person"]
    vectors = [embed(t) for t in texts]
    a, b = T.train(vectors, labels), T.train(vectors, labels)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    p = a.probabilities(embed("what was the price of the hotel"))
    assert max(p, key=p.get) == "amount"


def test_the_shipped_weights_load_and_name_their_probe():
    model = T.load()
    assert model is not None and set(T.GUESSED) <= set(model.labels)
    probe = embed(T.PROBE)
    assert float(probe @ model.probe) / float(np.linalg.norm(probe)) >= T.SAME_MODEL
