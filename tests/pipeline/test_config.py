"""The config contract: strict keys, registers read relative to the file, one-line errors."""
from __future__ import annotations

import pytest

from postcheck.config import ConfigError, load_config


def write(tmp_path, body: str):
    path = tmp_path / "postcheck.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_fixture_config_loads_everything(fixture_config):
    cfg = load_config(fixture_config)
    assert cfg.council_name == "Borough of Elmbridge Vale"
    assert cfg.late_night[0].hour == 23
    assert "Sarah Brown" in cfg.officers
    assert cfg.pending_matters[0].reference == "25/04410/FUL"
    assert cfg.meetings[0].title == "Planning Committee" and cfg.meetings[0].start.tzinfo is not None
    assert cfg.self_settings["phone"] == "020 8000 0000"
    assert cfg.interest_holders["Acme Homes Ltd"] == "Jane Jones"


def test_shared_corpus_config_loads(shared_dir):
    cfg = load_config(shared_dir / "corpora" / "council.toml")
    assert len(cfg.pending_matters) == 10 and len(cfg.meetings) == 14


@pytest.mark.parametrize("body, message", [
    ("[council]\nname = 'X'\ncode_of_conduct = 'y'\n", "unknown key 'code_of_conduct' in [council]"),
    ("[council]\nname = 'X'\n[peoples]\n", "unknown table [peoples]"),
    ("[people]\ncouncillors = ['A']\n", "[council] table is required"),
    ("[council]\nname = 3\n", "council.name must be a string"),
    ("[council]\ntimezone = 'Mars/Olympus'\n", "not a known time zone"),
    ("[council]\nlate_night = ['25:00', '05:00']\n", "not a HH:MM time"),
    ("[council]\n[registers]\npending_matters = 'missing.csv'\n", "register file not found"),
    ("[council]\nname = \n", "invalid TOML"),
])
def test_bad_configs_give_one_line_errors(tmp_path, body, message):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, body))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unreadable_register_is_a_clear_error(tmp_path):
    (tmp_path / "pending.csv").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match="cannot read register"):
        load_config(write(tmp_path, "[council]\n[registers]\npending_matters = 'pending.csv'\n"))


def test_missing_config_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config(None)
    assert cfg.code == "bexley" and cfg.councillors == []


def test_model_thresholds_are_defaults_then_the_models_then_the_councils():
    from postcheck.config import MODEL_THRESHOLDS, config_from_dict, model_thresholds

    model = {"insult": 0.62, "offensive": 0.41, "_comment": "not a score"}
    cfg = config_from_dict({"council": {}, "toxicity": {"thresholds": {"insult": 0.7}}})
    merged = model_thresholds(cfg, model)
    assert merged["model_attack"] == MODEL_THRESHOLDS["model_attack"]  # the default
    assert merged["offensive"] == 0.41 and merged["insult"] == 0.7  # the model's, then the council's
    assert "_comment" not in merged


def test_a_threshold_for_a_score_the_model_lacks_is_a_one_line_error():
    from postcheck.config import config_from_dict, model_thresholds

    cfg = config_from_dict({"council": {}, "toxicity": {"thresholds": {"insullt": 0.7}}})
    with pytest.raises(ConfigError, match=r"toxicity\.thresholds\.insullt: the model has no such score"):
        model_thresholds(cfg, {"insult": 0.6})
    with pytest.raises(ConfigError, match="between 0 and 1"):
        config_from_dict({"council": {}, "toxicity": {"thresholds": {"insult": 1.5}}})
