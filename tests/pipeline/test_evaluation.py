"""``postcheck eval`` arithmetic on a small hand-made file, numbers worked out by hand."""
from __future__ import annotations

import json

import pytest

from postcheck.evaluation import EvalDataError, read_labelled, score

# Five posts; rules A and B. Predictions and the expected counts:
#   p1 gold {A}        allowed {}    predicted {A}      -> A: tp
#   p2 gold {A, B}     allowed {}    predicted {A}      -> A: tp, B: fn
#   p3 gold {}         allowed {B}   predicted {B}      -> B allowed: neither tp nor fp
#   p4 gold {}         allowed {}    predicted {A, B}   -> A: fp, B: fp
#   p5 gold {B}        allowed {}    predicted {}       -> B: fn
# A: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8
# B: tp 0, fp 1, fn 2 -> P 0, R 0, F1 0
# micro: tp 2, fp 2, fn 2 -> P 0.5, R 0.5, F1 0.5; macro F1 (0.8 + 0) / 2 = 0.4
LABELLED = [
    ("p1", ["A"], [], "review"),
    ("p2", ["A", "B"], [], "block"),
    ("p3", [], ["B"], "ok"),
    ("p4", [], [], "ok"),
    ("p5", ["B"], [], "advice"),
]
PREDICTED_RULES = [{"A"}, {"A"}, {"B"}, {"A", "B"}, set()]
PREDICTED_VERDICTS = ["review", "review", "advice", "block", "ok"]


@pytest.fixture
def items(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": "x", "expect": {"rules": r, "allowed": a, "verdict": v}})
                              for i, r, a, v in LABELLED) + "\n", encoding="utf-8")
    return read_labelled(path)


def test_per_rule_counts_and_scores(items):
    result = score(items, PREDICTED_RULES, PREDICTED_VERDICTS)
    a, b = result.per_rule["A"], result.per_rule["B"]
    assert (a.tp, a.fp, a.fn) == (2, 1, 0)
    assert a.precision == pytest.approx(2 / 3) and a.recall == 1.0 and a.f1 == pytest.approx(0.8)
    assert (b.tp, b.fp, b.fn) == (0, 1, 2)
    assert b.precision == 0.0 and b.recall == 0.0 and b.f1 == 0.0


def test_micro_and_macro_averages(items):
    result = score(items, PREDICTED_RULES, PREDICTED_VERDICTS)
    micro = result.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 2)
    assert micro.precision == 0.5 and micro.recall == 0.5 and micro.f1 == 0.5
    assert result.macro()["f1"] == pytest.approx(0.4)


def test_verdict_confusion_matrix(items):
    result = score(items, PREDICTED_RULES, PREDICTED_VERDICTS)
    c = result.confusion
    assert c["review"]["review"] == 1 and c["block"]["review"] == 1
    assert c["ok"]["advice"] == 1 and c["ok"]["block"] == 1 and c["advice"]["ok"] == 1
    assert sum(sum(row.values()) for row in c.values()) == 5
    summary = result.verdict_summary()
    assert summary["exact"] == 1
    assert summary["ok_over_flagged"] == 2 and summary["ok_over_flagged_share"] == 1.0
    assert summary["ok_blocked"] == 1
    # review/block posts given a lower verdict: p2 (block -> review) of 2
    assert summary["serious_under_called"] == 1 and summary["serious_under_called_share"] == 0.5


def test_bad_labelled_file_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "x", "expect": {"rules": []}}\n{"id": "2", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"bad\.jsonl:2"):
        read_labelled(path)


def test_a_post_outside_the_contract_names_its_line_and_its_id(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text('{"id": "a1", "text": "x", "expect": {"rules": []}}\n'
                    '{"id": "x1", "text": "y", "account": "council", "expect": {"rules": []}}\n', encoding="utf-8")
    with pytest.raises(EvalDataError) as caught:
        read_labelled(path)
    assert str(caught.value) == f"{path}:2: post 'x1': 'account' must be one of personal, councillor, official"
