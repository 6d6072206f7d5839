"""Account thresholds chosen through the product on labelled accounts: best recall at a precision floor."""
from __future__ import annotations

import json
import sys

from helpers import ROOT, FIXTURES

sys.path.insert(0, str(ROOT / "training"))
import account_bars as A  # noqa: E402

RULE = A.REPEATED


def _rows(points: list[tuple[dict | str, tuple[int, int, int]]]) -> list[dict]:
    return [{"thresholds": t, RULE: list(counts)} for t, counts in points]


def test_the_best_recall_over_the_precision_floor_wins_without_new_false_findings():
    rows = _rows([("base", (10, 1, 10)),
                  ({"account.hostile": 0.3, "account.hostile_again": 0.05}, (18, 4, 2)),  # precision 0.82
                  ({"account.hostile": 0.35, "account.hostile_again": 0.05}, (16, 1, 4)),
                  ({"account.hostile": 0.40, "account.hostile_again": 0.05}, (16, 1, 4)),
                  ({"account.hostile": 0.45, "account.hostile_again": 0.05}, (12, 0, 8))])
    chosen = A.choose(rows, RULE, 0.9)
    assert chosen["thresholds"] == {"account.hostile": 0.40, "account.hostile_again": 0.05}  # the higher of equals
    assert chosen["figures"]["recall"] == 0.8 and chosen["own"]["recall"] == 0.5


def test_a_point_with_more_false_findings_than_the_own_thresholds_is_never_chosen():
    rows = _rows([("base", (10, 0, 10)), ({"account.hostile": 0.3}, (19, 1, 1))])  # precision 0.95, but a new FP
    assert A.choose(rows, RULE, 0.9)["thresholds"] is None


def test_no_better_point_keeps_the_models_own():
    rows = _rows([("base", (10, 0, 10)), ({"account.hostile": 0.5}, (9, 0, 11))])
    chosen = A.choose(rows, RULE, 0.9)
    assert chosen["thresholds"] is None and chosen["own"]["tp"] == 10


def test_own_thresholds_below_the_floor_give_way_to_the_best_point_above_it_even_at_a_recall_cost():
    rows = _rows([("base", (327, 41, 48)),                       # precision 0.889, under the floor
                  ({"account.personal": 0.15}, (338, 54, 37)),   # more recall, more false findings
                  ({"account.personal": 0.25}, (324, 29, 51)),   # precision 0.918
                  ({"account.personal": 0.3}, (322, 25, 53))])
    chosen = A.choose(rows, RULE, 0.9)
    assert chosen["thresholds"] == {"account.personal": 0.25}
    assert chosen["figures"]["precision"] == 0.918 and chosen["own"]["precision"] == 0.889


def test_own_thresholds_below_the_floor_are_kept_when_no_point_reaches_it():
    rows = _rows([("base", (10, 5, 10)), ({"account.hostile": 0.5}, (9, 3, 11))])  # 0.667 and 0.75
    assert A.choose(rows, RULE, 0.9)["thresholds"] is None


def _account(tmp_path) -> str:
    """Two friendly posts by one councillor naming the same colleague, and the audit fixture's council
    with the shipped model on (its own settings turn the model off)."""
    posts = [{"id": f"K{n}", "text": text, "author": "@CllrJaneJones", "created_at": f"2025-03-{day}T10:00:00+00:00",
              "platform": "x", "account": "councillor", "kind": "post",
              "expect": {"rules": [], "allowed": [], "verdict": "ok"}}
             for n, (day, text) in enumerate([
                 ("03", "Thank you to Cllr Amir Khan for joining our litter pick in Hollin Park this morning."),
                 ("10", "Good to work with Amir Khan on the new bus shelter for Mill Lane.")], start=1)]
    path = tmp_path / "accounts.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in posts), encoding="utf-8")
    council = (FIXTURES / "audit_council.toml").read_text(encoding="utf-8").split("[toxicity]")[0]
    (tmp_path / "council.toml").write_text(council, encoding="utf-8")
    return f"{path}:{tmp_path / 'council.toml'}"


def test_a_real_sweep_applies_each_point_through_the_checker(tmp_path):
    """At the shipped thresholds two friendly posts are no course of conduct; with every post counted
    hostile (0.0) they are, two false findings."""
    spec = _account(tmp_path)
    rows = A.sweep([spec], [{"account.hostile": 0.0, "account.hostile_again": 0.0}])
    assert rows[0]["thresholds"] == "base" and rows[0][RULE] == [0, 0, 0]
    assert rows[1][RULE] == [0, 2, 0]
    assert A.choose(rows, RULE, 0.9)["thresholds"] is None  # more false findings: never chosen


def test_the_choice_is_written_beside_the_model_with_its_figures(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "heads.json").write_text(json.dumps({"thresholds": {"account.hostile": 0.45}}), encoding="utf-8")
    A.write(model, [{"rule": RULE, "thresholds": {"account.hostile": 0.3}, "figures": {"tp": 1},
                     "own": {"tp": 0}}], ["corpora/blind/b1/accounts.jsonl:corpora/blind/b1/council.toml"])
    meta = json.loads((model / "heads.json").read_text(encoding="utf-8"))
    assert meta["thresholds"]["account.hostile"] == 0.3
    chosen = meta["report"]["account.hostile"]["chosen_on_account_sets"]
    assert chosen["rule"] == RULE and chosen["sets"] == ["b1"]


def test_a_missing_set_is_one_line_and_exit_code_2(tmp_path, capsys):
    assert A.main(["--set", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.json")]) == 2
    assert capsys.readouterr().err.strip().startswith("account_bars: error: no such file")
