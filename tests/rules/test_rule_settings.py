"""A council's rule settings: select/ignore like Ruff's, severity overrides, per-rule options."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import time

import pytest

from helpers import ROOT
from postcheck.config import ConfigError, config_from_dict, load_config
from postcheck.evaluation import LabelledPost, evaluate
from postcheck.rules import judge, load_council_pack
from postcheck.rules.settings import RuleSettings, selected_rules
from postcheck.signals import Signal

IDS = ["respect.personal-attack", "respect.abusive-language", "haste.pause-before-posting", "tone.irony-risk"]


def table(**rules):
    return RuleSettings.from_table(rules, "postcheck.toml")


@pytest.mark.parametrize("rules, expected", [
    ({}, set(IDS)),
    ({"select": ["respect"]}, {"respect.personal-attack", "respect.abusive-language"}),
    ({"select": ["respect.*"]}, {"respect.personal-attack", "respect.abusive-language"}),
    ({"select": ["ALL"], "ignore": ["respect"]}, {"haste.pause-before-posting", "tone.irony-risk"}),
    # the more specific selector wins, whichever list it is in
    ({"select": ["respect"], "ignore": ["respect.abusive-language"]}, {"respect.personal-attack"}),
    ({"select": ["respect.abusive-language"], "ignore": ["respect"]}, {"respect.abusive-language"}),
    # a tie goes to ignore
    ({"select": ["tone"], "ignore": ["tone.*"]}, set()),
    ({"ignore": ["tone"]}, set(IDS) - {"tone.irony-risk"}),
    ({"severity": {"tone.irony-risk": "off"}}, set(IDS) - {"tone.irony-risk"}),
])
def test_selection(rules, expected):
    assert selected_rules(IDS, table(**rules)) == expected


def test_flags_select_afresh_and_ignore_on_top():
    config = table(select=["respect"], ignore=["respect.abusive-language"])
    assert selected_rules(IDS, config.with_flags(select="haste,tone")) == {"haste.pause-before-posting", "tone.irony-risk"}
    assert selected_rules(IDS, config.with_flags(ignore="respect.personal-attack")) == set()
    assert selected_rules(IDS, config.with_flags(select=None, ignore=None)) == {"respect.personal-attack"}


@pytest.mark.parametrize("settings, message", [
    (table(select=["respct"]), "postcheck.toml: rules: select 'respct' is not a rule id or prefix"),
    (table(ignore=["respect.personal"]), "ignore 'respect.personal' is not a rule id or prefix"),
    (RuleSettings().with_flags(select="haste,nope"), "--select/--ignore: select 'nope'"),
    (table(severity={"haste.pause": "off"}), "rules.severity: unknown rule 'haste.pause'"),
])
def test_unknown_rules_name_the_key(settings, message):
    with pytest.raises(ConfigError) as err:
        selected_rules(IDS, settings)
    assert message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("rules, message", [
    ({"severity": {"haste.pause-before-posting": "quiet"}}, 'rules.severity."haste.pause-before-posting" must be one of off'),
    ({"selct": ["respect"]}, "unknown key 'selct' in [rules]"),
    ({"select": "respect"}, "rules.select must be a list of rule ids or prefixes"),
    ({"options": {"haste.pause": {"late_night": ["00:00", "05:00"]}}}, "no options for rule 'haste.pause'"),
    ({"options": {"haste.pause-before-posting": {"late": ["00:00", "05:00"]}}},
     "unknown option 'late' in [rules.options.\"haste.pause-before-posting\"]"),
    ({"options": {"haste.pause-before-posting": {"late_night": ["25:00", "05:00"]}}}, "not a HH:MM time"),
    ({"options": {"respect.personal-attack": {"model_attack": 3}}}, "model_attack must be a number between 0 and 1"),
])
def test_bad_rules_tables_are_one_line_errors(rules, message):
    with pytest.raises(ConfigError) as err:
        config_from_dict({"council": {}, "rules": rules})
    assert message in str(err.value) and "\n" not in str(err.value)


def test_options_set_the_settings_they_name():
    cfg = config_from_dict({"council": {"late_night": ["23:00", "05:00"]}, "toxicity": {"thresholds": {"hate": 0.6}},
                            "rules": {"options": {"haste.pause-before-posting": {"late_night": ["00:30", "05:00"]},
                                                  "respect.personal-attack": {"model_attack": 0.9}}}})
    assert cfg.late_night == (time(0, 30), time(5, 0))
    assert cfg.toxicity["thresholds"] == {"hate": 0.6, "model_attack": 0.9}


def pack_with(**rules):
    from postcheck.assembly import load_pack

    return load_pack(config_from_dict({"council": {}, "rules": rules}))


def test_the_engine_applies_overrides_and_drops_rules_that_are_off():
    late = Signal("haste.alcohol", ((0, 5),), "mentions drinking")
    assert [f.severity for f in judge(pack_with(), [late])] == ["advice"]
    assert [f.severity for f in judge(pack_with(severity={"haste.pause-before-posting": "review"}), [late])] == ["review"]
    assert judge(pack_with(severity={"haste.pause-before-posting": "off"}), [late]) == []
    assert judge(pack_with(ignore=["haste"]), [late]) == []
    pack = pack_with(ignore=["haste"])
    assert not pack.rules["haste.pause-before-posting"].enabled and pack.rules["tone.irony-risk"].enabled


COUNCIL = {
    "council": {"name": "Borough of Elmbridge Vale", "timezone": "Europe/London"},
    "rules": {"ignore": ["respect.abusive-language"], "severity": {"confidentiality.disclosure": "advice"},
              "options": {"haste.pause-before-posting": {"late_night": ["00:00", "05:00"]}}},
}
ABUSE = "You are a fucking disgrace, Cllr Smith."
LEAK = "Between you and me, the Part 2 papers say the depot sale is done."


@pytest.fixture(scope="module")
def tuned():
    from postcheck import Checker

    return Checker(config_from_dict(COUNCIL))


@pytest.mark.slow
def test_a_council_tunes_its_checker(tuned, default_checker):
    assert "respect.abusive-language" in default_checker.check(ABUSE).rules
    assert "respect.abusive-language" not in tuned.check(ABUSE).rules
    assert "respect.personal-attack" in tuned.check(ABUSE).rules
    assert default_checker.check(LEAK).verdict == "review"
    report = tuned.check(LEAK)
    assert report.verdict == "advice" and report.findings[0].rule == "confidentiality.disclosure"
    evening = {"text": "Lovely evening at the fair.", "created_at": "2025-12-01T23:30:00+00:00"}
    assert "haste.pause-before-posting" in default_checker.check(evening).rules
    assert "haste.pause-before-posting" not in tuned.check(evening).rules
    assert "haste.pause-before-posting" in tuned.check({**evening, "created_at": "2025-12-02T00:30:00+00:00"}).rules


@pytest.mark.slow
def test_eval_scores_only_the_rules_that_run(tuned):
    items = [LabelledPost({"id": "a", "text": ABUSE}, {"respect.abusive-language", "respect.personal-attack"}, set(), "review")]
    result = evaluate(tuned, items)
    assert "respect.abusive-language" not in result.per_rule
    assert result.per_rule["respect.personal-attack"].tp == 1


def run_cli(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "postcheck.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


@pytest.mark.slow
def test_rules_command_shows_the_effective_settings(tmp_path):
    (tmp_path / "postcheck.toml").write_text(
        "[council]\nname = 'Vale'\n[rules]\nignore = ['tone']\n[rules.severity]\n'respect.personal-attack' = 'advice'\n")
    out = run_cli("rules", "--format", "json", "--ignore", "haste", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    rules = {r["id"]: r for r in json.loads(out.stdout)}
    assert rules["respect.personal-attack"]["severity"] == "advice" and rules["respect.personal-attack"]["selected"]
    assert rules["respect.personal-attack"]["pack_severity"] == "review"
    assert not rules["tone.irony-risk"]["selected"] and not rules["haste.pause-before-posting"]["selected"]
    assert rules["bullying.intimidation"]["selected"]
    text = run_cli("rules", cwd=tmp_path)
    assert "Vale · config" in text.stdout and "advice (pack: review)" in text.stdout
    bad = run_cli("rules", "--select", "respct", cwd=tmp_path)
    assert bad.returncode == 2 and "'respct' is not a rule id or prefix" in bad.stderr
    assert bad.stderr.strip().count("\n") == 0


@pytest.mark.slow
def test_check_and_eval_take_select_and_ignore(tmp_path):
    (tmp_path / "postcheck.toml").write_text("[council]\nname = 'Vale'\n")
    plain = json.loads(run_cli("check", "--format", "json", LEAK, cwd=tmp_path).stdout)
    assert [f["rule"] for f in plain["findings"]] == ["confidentiality.disclosure"]
    assert plain["meta"]["council"] == "Vale"
    ignored = run_cli("check", "--format", "json", "--ignore", "confidentiality", LEAK, cwd=tmp_path)
    assert ignored.returncode == 0 and json.loads(ignored.stdout)["findings"] == []
    labelled = tmp_path / "posts.jsonl"
    labelled.write_text(json.dumps({"id": "a", "text": LEAK, "expect": {"rules": ["confidentiality.disclosure"],
                                                                         "verdict": "review"}}) + "\n")
    scored = run_cli("eval", "--format", "json", "--select", "haste", str(labelled), cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert "haste.pause-before-posting" in result["rules"]
    assert "confidentiality.disclosure" not in result["rules"]
    assert result["meta"]["council"] == "Vale"


@pytest.mark.slow
def test_explain_does_not_check_examples_of_a_rule_that_is_off(tmp_path):
    (tmp_path / "postcheck.toml").write_text("[council]\nname = 'Vale'\n[rules]\nignore = ['haste']\n")
    out = run_cli("explain", "haste.pause-before-posting", "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["selected"] is False and data["examples_checked"] == {}
