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


def test_a_real_sweep_reads_the_accounts_through_the_checker_and_writes_the_choice(tmp_path):
    """The audit fixture's accounts: a higher start bar can only find fewer courses of conduct."""
    spec = f"{FIXTURES / 'audit_accounts.jsonl'}:{FIXTURES / 'audit_council.toml'}"
    rows = A.sweep([spec], [{"account.hostile": 0.3, "account.hostile_again": 0.05},
                            {"account.hostile": 1.01, "account.hostile_again": 1.01}])
    assert rows[0]["thresholds"] == "base" and len(rows) == 3
    low, high = rows[1][RULE], rows[2][RULE]
    assert high[0] <= low[0] and sum(high[::2]) == sum(low[::2])  # TP + FN is the labelled count either way
    model = tmp_path / "model"
    model.mkdir()
    (model / "heads.json").write_text(json.dumps({"thresholds": {"account.hostile": 0.45}}), encoding="utf-8")
    A.write(model, [{"rule": RULE, "thresholds": {"account.hostile": 0.3}, "figures": {"tp": 1},
                     "own": {"tp": 0}}], [spec])
    meta = json.loads((model / "heads.json").read_text(encoding="utf-8"))
    assert meta["thresholds"]["account.hostile"] == 0.3
    assert meta["report"]["account.hostile"]["chosen_on_account_sets"]["rule"] == RULE


def test_a_missing_set_is_one_line_and_exit_code_2(tmp_path, capsys):
    assert A.main(["--set", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.json")]) == 2
    assert capsys.readouterr().err.strip().startswith("account_bars: error: no such file")
