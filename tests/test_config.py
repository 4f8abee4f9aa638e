import json

import pytest

from autocapture.config import ConfigError, load_config

from conftest import cli


def test_profiles_and_layering(tmp_path):
    cfg = load_config(env={})
    assert (
        cfg["runtime.budget.cpu_pct"] == 50.0 and cfg.sources["runtime.budget.cpu_pct"] == "profile default"
    )
    assert cfg["processing.vlm.required"] is False

    mode_b = load_config("mode_b", env={})
    assert mode_b["processing.vlm.required"] is True and mode_b["processing.state_layer.enabled"] is True
    assert mode_b.sources["processing.vlm.required"] == "profile mode_b"

    f = tmp_path / "my.toml"
    f.write_text("[runtime.budget]\ncpu_pct = 30\nram_pct = 20\n")
    cfg = load_config(
        "mode_b",
        f,
        ["runtime.budget.ram_pct=10"],
        env={"AUTOCAPTURE_RUNTIME__BUDGET__CPU_PCT": "25", "AUTOCAPTURE_RUNTIME__BUDGET__RAM_PCT": "15"},
        dataroot=tmp_path,
    )
    assert cfg["runtime.budget.cpu_pct"] == 25.0 and cfg.sources["runtime.budget.cpu_pct"] == "environment"
    assert cfg["runtime.budget.ram_pct"] == 10.0 and cfg.sources["runtime.budget.ram_pct"] == "--set"
    assert cfg.data_dir == tmp_path and cfg.derived_dir == tmp_path / "derived"


def test_profile_from_environment():
    assert load_config(env={"AUTOCAPTURE_PROFILE": "mode_b"}).profile == "mode_b"


@pytest.mark.parametrize(
    "override, words",
    [
        ("runtime.budget.cpu_pct=150", ["runtime.budget.cpu_pct", "above the maximum"]),
        ("runtime.budget.cpu_pct=lots", ["runtime.budget.cpu_pct", "expected a number"]),
        ("storage.metadata_backend=mongo", ["storage.metadata_backend", "not one of"]),
        ("runtime.activity.fail_closed=maybe", ["runtime.activity.fail_closed", "true or false"]),
        ("runtime.budget.cpu_pc=40", ["unknown setting", "runtime.budget.cpu_pct"]),
        ("no-equals-sign", ["expected key=value"]),
    ],
)
def test_bad_values_name_the_key(override, words):
    with pytest.raises(ConfigError) as err:
        load_config(overrides=[override], env={})
    for w in words:
        assert w in str(err.value)


def test_bad_config_file(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("[runtime.budget\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(config_file=f, env={})


def test_config_show_cli():
    result = cli("config", "show", "--profile", "mode_b", "--set", "runtime.budget.cpu_pct=40", "--json")
    assert result.exit_code == 0
    settings = json.loads(result.output)["settings"]
    assert settings["runtime.budget.cpu_pct"] == {
        "value": 40.0,
        "source": "--set",
        "help": settings["runtime.budget.cpu_pct"]["help"],
    }
    assert settings["processing.vlm.required"]["source"] == "profile mode_b"
    text = cli("config", "show").output
    assert "runtime.activity.max_signal_age_s" in text and "profile default" in text
    bad = cli("config", "show", "--set", "runtime.budget.cpu_pct=900")
    assert bad.exit_code == 1 and "runtime.budget.cpu_pct" in bad.output
