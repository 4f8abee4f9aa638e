"""The question's embedding without torch: the numpy MiniLM gives the torch embedder's vectors, a cold
`autocapture query` never imports torch or the other heavy packages, and a model folder the numpy
encoder does not understand falls back to torch."""

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from autocapture.config import load_config
from autocapture.hashing import sha256_hex
from autocapture.stages.embed import Embedder, bundled_model_path
from autocapture.stages.embed_numpy import NumpyMiniLM, question_embedder
from autocapture.stages.engine import StageUnavailable

from conftest import process_sample

TEXTS = [
    "what was the total on the invoice I read yesterday?",
    "Total: $1,284.50",
    "x",
    "Ünïcode façade 東京 naïve — 49,99 € at 10:12 AM",
    "pytest tests/test_api.py::test_login FAILED",
    "word " * 400,
]  # longer than max_seq_length: both truncate the same way
HEAVY = ("torch", "transformers", "sentence_transformers", "ray", "starlette", "uvicorn", "sklearn")


def test_numpy_vectors_equal_torch_vectors():
    path = bundled_model_path()
    fast, slow = NumpyMiniLM(path).run(TEXTS), Embedder(path).run(TEXTS)
    assert fast.shape == slow.shape == (len(TEXTS), 384) and fast.dtype == np.float32
    cosine = (fast * slow).sum(1) / np.linalg.norm(fast, axis=1) / np.linalg.norm(slow, axis=1)
    assert np.all(cosine > 1 - 1e-5), cosine
    assert np.abs(fast - slow).max() < 1e-4
    assert NumpyMiniLM(path).run([]).shape == (0, 384)
    # different texts stay different: the check above could not pass with a constant vector
    assert float(fast[0] @ fast[1]) < 0.9


def test_a_batch_gives_each_text_its_vector_alone_bit_for_bit():
    """The worker embeds a frame's new texts in one pass; a text's stored vector must not depend on the
    frame (and the neighbours) that embedded it first, or replays would differ with the worker count."""
    from autocapture.stages.embed import embed_each, make_embedder

    model = NumpyMiniLM(bundled_model_path())
    alone = {t: model.run([t])[0] for t in TEXTS}
    for batch in (TEXTS, TEXTS[::-1], TEXTS[1:4], [TEXTS[2], TEXTS[0]]):
        out = model.run(batch)
        for text, vec in zip(batch, out):
            assert np.array_equal(vec, alone[text]), text[:30]
    engine = make_embedder(load_config(env={}))  # what the worker loads: the numpy encoder, no torch
    assert isinstance(engine, NumpyMiniLM) and engine.name == "embed.minilm"
    got = embed_each(engine, ["Total:  $1,284.50", "x"])
    assert np.array_equal(got["Total: $1,284.50"], alone["Total: $1,284.50"])


def test_a_folder_numpy_does_not_understand_falls_back_to_torch(tmp_path):
    src, dst = bundled_model_path(), tmp_path / "cls-pooling"
    shutil.copytree(src, dst, ignore=lambda d, names: [n for n in names if n.endswith(".safetensors")])
    (dst / "model.safetensors").symlink_to(src / "model.safetensors")
    pooling = json.loads((src / "1_Pooling" / "config.json").read_text())
    pooling.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    (dst / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    with pytest.raises(
        StageUnavailable, match="does not match"
    ):  # no longer the bundled model's pinned files
        question_embedder(load_config(None, None, [f"models.embed_path={dst}"], dataroot=str(tmp_path)))
    files = sorted(p for p in dst.rglob("*") if p.is_file() and not p.name.startswith("."))
    (dst / "SHA256SUMS").write_text(
        "".join(f"{sha256_hex(p.read_bytes())}  {p.relative_to(dst)}\n" for p in files)
    )
    dst = dst.rename(tmp_path / "cls-pooling-pinned")  # a new models.embed_path: nothing cached for it
    config = load_config(None, None, [f"models.embed_path={dst}"], dataroot=str(tmp_path))
    engine = question_embedder(config)
    assert isinstance(engine, Embedder)
    assert question_embedder(config) is engine  # loaded once per process
    default = question_embedder(load_config(None, None, [], dataroot=str(tmp_path)))
    assert isinstance(default, NumpyMiniLM)


def test_cold_cli_question_imports_no_torch(tmp_path):
    root, _ = process_sample(tmp_path / "dr")
    probe = (
        "import json, sys\n"
        "from autocapture.cli import main\n"
        "try:\n"
        # a question read off the screens (a family computed from window sessions embeds nothing)
        f"    main(['query', 'what was the total due on the invoice', '--dataroot', {str(root)!r}, '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
        "assert 'autocapture.stages.embed_numpy' in sys.modules  # the question was embedded\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    answer, loaded = out.stdout.strip().rsplit("\n", 1)
    assert json.loads(loaded) == []
    assert json.loads(answer)["question"] == "what was the total due on the invoice"


@pytest.mark.parametrize("text", ["", "   "])
def test_blank_text_still_embeds(text):
    v = NumpyMiniLM(bundled_model_path()).run([text])
    assert v.shape == (1, 384) and abs(float(np.linalg.norm(v)) - 1) < 1e-5


def test_a_text_stores_the_same_bytes_alone_and_among_a_run_of_frames_texts():
    """A run of frames embeds all its new lines in one pass (pipeline/pool.py): the bytes stored for a text
    must be those it gets alone, whatever the pass's size and the text's place in it."""
    from autocapture.stages.embed import EXACT_CHUNK, embed_each, normalise

    model = NumpyMiniLM(bundled_model_path())
    assert model.exact_batches  # measured on this machine's BLAS, not assumed
    run = [f"Note {i}: invoice {i * 37 % 1000} approved by Dana Whitfield" for i in range(EXACT_CHUNK + 40)]
    run += TEXTS  # several passes, texts of 3 to 128 tokens
    together = embed_each(model, run)
    for text in (run[0], run[7], run[EXACT_CHUNK + 3], *TEXTS):
        alone = embed_each(model, [text])[normalise(text)]
        assert alone.astype("<f4").tobytes() == together[normalise(text)].astype("<f4").tobytes(), text[:30]
    # the bytes differ from text to text: the comparison above could not pass with a constant vector
    assert len({v.astype("<f4").tobytes() for v in together.values()}) == len(together)
