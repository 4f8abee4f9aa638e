"""PolicyGate: engines whose declared permissions exceed the profile's policy are refused by name."""

import pytest

from autocapture.config import load_config
from autocapture.runtime.policy import Permissions, PolicyError, check
from autocapture.stages.engine import StageUnavailable, load_engine


def test_network_beyond_localhost_is_refused_under_every_shipped_profile(tmp_path):
    for profile in ("default", "mode_b"):
        cfg = load_config(profile, env={}, dataroot=tmp_path)
        with pytest.raises(PolicyError) as err:
            check("vlm.cloud", Permissions(network="any"), cfg)
        assert err.value.engine == "vlm.cloud" and err.value.permission == "network=any"
        assert profile in str(err.value)
        check("vlm.local-server", Permissions(network="loopback"), cfg)  # localhost servers are fine


def test_loopback_gpu_and_filesystem_follow_the_policy(tmp_path):
    cfg = load_config(
        overrides=["policy.allow_loopback=false", "policy.allow_gpu=false"], env={}, dataroot=tmp_path
    )
    with pytest.raises(PolicyError, match="network=loopback"):
        check("vlm.server", Permissions(network="loopback"), cfg)
    with pytest.raises(PolicyError, match="gpu"):
        check("vlm.qwen", Permissions(gpu=True), cfg)
    with pytest.raises(PolicyError, match="filesystem=/etc"):
        check("ocr.nosy", Permissions(filesystem=("/etc",)), cfg)
    check("ocr.ok", Permissions(filesystem=(str(tmp_path / "derived"),)), cfg)


def test_builtin_tesseract_engine_passes_and_unknown_engines_are_named(tmp_path):
    cfg = load_config(env={}, dataroot=tmp_path)
    engine = load_engine("ocr.tesseract", cfg)
    assert engine.permissions.network == "none" and engine.version.startswith("tesserocr")
    engine.close()
    with pytest.raises(StageUnavailable, match="no engine named 'ocr.magic'"):
        load_engine("ocr.magic", cfg)
