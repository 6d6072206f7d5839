"""Bars chosen through the product on development sets: best F1 above a precision floor, no guard raised."""
from __future__ import annotations

import json
import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import choose_bars as C  # noqa: E402

RULE, HEAD = "gifts.hospitality", "cue.gifts.hospitality"


def _counts(per_bar: dict, ok_raised: dict | None = None) -> dict:
    return {str(bar): {RULE: {"tp": tp, "fp": fp, "fn": fn, "ok_raised": (ok_raised or {}).get(bar, 0)}}
            for bar, (tp, fp, fn) in per_bar.items()}


BARS = {"base": (5, 0, 5), 0.3: (9, 3, 1), 0.4: (8, 0, 2), 0.5: (6, 0, 4)}


def test_the_best_f1_over_the_precision_floor_wins():
    chosen = C.choose({"dev": _counts(BARS)}, ["dev"], [], {RULE: HEAD}, 0.9)
    assert chosen[HEAD]["bar"] == 0.4  # 0.3 has the recall but a precision of 0.75
    assert chosen[HEAD]["figures"]["recall"] == 0.8 and chosen[HEAD]["own"]["recall"] == 0.5


def test_a_bar_that_raises_more_ok_posts_of_a_guard_than_the_own_bar_is_never_chosen():
    guard = _counts({b: (0, 0, 0) for b in BARS}, {"base": 1, 0.3: 2, 0.4: 2, 0.5: 1})
    chosen = C.choose({"dev": _counts(BARS), "guard": guard}, ["dev"], ["guard"], {RULE: HEAD}, 0.9)
    assert chosen[HEAD]["bar"] == 0.5


def test_a_strict_guard_allows_no_ok_post_and_overrides_the_own_bar():
    strict = _counts({b: (0, 0, 0) for b in BARS}, {"base": 1, 0.3: 1, 0.4: 1, 0.5: 0})
    chosen = C.choose({"dev": _counts(BARS), "dev corpus": strict}, ["dev"], [], {RULE: HEAD}, 0.9, ["dev corpus"])
    assert chosen[HEAD]["bar"] == 0.5  # a lower F1 than the own bar's, but the own bar raises an ok post
    strict = _counts({b: (0, 0, 0) for b in BARS}, {b: 1 for b in BARS})
    chosen = C.choose({"dev": _counts(BARS), "dev corpus": strict}, ["dev"], [], {RULE: HEAD}, 0.9, ["dev corpus"])
    assert chosen[HEAD]["bar"] is None and chosen[HEAD]["kept"].startswith("unfit")


def test_no_better_bar_keeps_the_models_own():
    dev = _counts({"base": (8, 0, 2), 0.3: (9, 4, 1), 0.5: (7, 0, 3)})
    chosen = C.choose({"dev": dev}, ["dev"], [], {RULE: HEAD}, 0.9)
    assert chosen[HEAD]["bar"] is None and chosen[HEAD]["kept"] == "the model's own bar"


def test_a_real_sweep_counts_the_posts_through_the_checker(tmp_path):
    posts = [
        {"id": "g1", "text": "Lovely of Brackley Homes to treat me to a box at the cup final while their bid is with us.",
         "expect": {"rules": [RULE], "allowed": [], "verdict": "review"}},
        {"id": "g2", "text": "Bin collections are on Tuesday this week because of the bank holiday.",
         "expect": {"rules": [], "allowed": [], "verdict": "ok"}},
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in posts) + "\n", encoding="utf-8")
    counts = C.sweep([str(path)], {RULE: HEAD}, grid=(0.3, 0.99))
    by_bar = counts[str(path)]
    assert set(by_bar) == {"base", "0.3", "0.99"}
    # the plain notice is never raised; at a bar no score reaches, the gift is found only by the listed words
    assert all(by_bar[bar][RULE]["fp"] == 0 and by_bar[bar][RULE].get("ok_raised", 0) == 0 for bar in by_bar)
    assert by_bar["0.3"][RULE]["tp"] >= by_bar["0.99"][RULE]["tp"]
    assert sum(by_bar["base"][RULE].values()) == 1  # one post expects the rule: a hit or a miss


def test_the_grid_runs_from_030_to_its_top_in_steps_of_005():
    assert C.grid() == C.GRID and C.grid()[-1] == 0.8
    assert C.grid(0.95)[-3:] == (0.85, 0.9, 0.95) and len(C.grid(0.95)) == 14


def test_families_sweep_the_abuse_heads_through_the_checker(tmp_path):
    """--families maps each abuse rule to its family head, and the sweep moves that head's bar: a veiled
    threat no phrase list holds is raised with the threat head's bar at 0.30 and missed at 0.99."""
    post = {"id": "t1", "text": "Cllr Khan will get what's coming to her.",
            "expect": {"rules": ["bullying.intimidation"], "allowed": [], "verdict": "block"}}
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps(post) + "\n", encoding="utf-8")
    heads = {"bullying.intimidation": C.FAMILY_HEADS["bullying.intimidation"]}
    assert heads == {"bullying.intimidation": "threat"}
    counts = C.sweep([str(path)], heads, grid=(0.3, 0.99))[str(path)]
    assert counts["0.3"]["bullying.intimidation"] == {"tp": 1, "fp": 0, "fn": 0}
    assert counts["0.99"]["bullying.intimidation"] == {"tp": 0, "fp": 0, "fn": 1}


def test_a_top_out_of_range_is_a_one_line_error(tmp_path, capsys):
    path = tmp_path / "posts.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as err:
        C.main(["--set", str(path), "--families", "--top", "1.5", "--out", str(tmp_path / "o.json")])
    assert "--top must be between" in str(err.value)


def test_a_rule_the_labels_allow_still_counts_when_it_raises_an_ok_post(tmp_path, monkeypatch):
    """An allowed rule is no false positive, but a post labelled ok that it raises to review breaks a
    strict guard all the same; one it leaves at advice does not."""
    import postcheck.evaluation as evaluation

    posts = [{"id": "a1", "text": "Asked the Head of Planning why the report was deferred.",
              "expect": {"rules": [], "allowed": [RULE], "verdict": "ok"}},
             {"id": "a2", "text": "Thanks to Brackley Homes for the tea and biscuits at the consultation.",
              "expect": {"rules": [], "allowed": [RULE], "verdict": "ok"}}]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in posts) + "\n", encoding="utf-8")

    class Result:
        def __init__(self, mistakes):
            self.mistakes = mistakes

        def to_dict(self):
            return {"rules": {RULE: {"tp": 0, "fp": 0, "fn": 0}}, "mistakes": self.mistakes}

    mistakes = [{"id": "a1", "expected": "ok", "predicted": "review", "false_positives": [], "false_negatives": []},
                {"id": "a2", "expected": "ok", "predicted": "advice", "false_positives": [], "false_negatives": []}]
    monkeypatch.setattr(evaluation, "evaluate", lambda checker, items: Result(mistakes))
    counts = C.sweep([str(path)], {RULE: HEAD}, grid=(0.5,))[str(path)]
    assert counts["0.5"][RULE]["ok_raised"] == 1 and counts["base"][RULE]["ok_raised"] == 1



def test_the_rule_pack_examples_that_pass_become_a_strict_guard(tmp_path):
    """What `postcheck explain` shows passing, and the tests check, is ok: a bar that raises one is never chosen."""
    from postcheck import Checker
    from postcheck.evaluation import read_labelled

    path = C.examples_guard(tmp_path)
    items = read_labelled(path)
    pack = Checker().rule_pack
    assert len(items) == sum(len(rule.examples_pass) for rule in pack.rules.values()) > 20
    assert all(item.verdict == "ok" and not item.rules for item in items)
    assert all(item.post["guards"] == [item.post["id"].split("#")[0]] for item in items)
    texts = {item.post["text"] for item in items}
    assert "Vote Labour on Thursday! Posters from our campaign office on the High Street." in texts
    counts = C.sweep([path], {"resources.political-use": "cue.resources.political-use"}, grid=(0.3,))
    assert counts[path]["base"]["resources.political-use"].get("ok_raised", 0) == 0  # the shipped bar keeps them


def test_a_guard_post_counts_only_for_the_rules_it_guards(tmp_path):
    """A personal attack passes the allegation rule in its example, yet rightly raises personal attack:
    as an allegation example it breaks no guard of the personal-attack bar."""
    text = "Cllr Pike has never done an honest day's work in his life."
    path = tmp_path / "posts.jsonl"
    rows = [{"id": "a", "text": text, "expect": {"rules": [], "allowed": [], "verdict": "ok"}},
            {"id": "b", "text": text, "guards": ["defamation.allegation"],
             "expect": {"rules": [], "allowed": [], "verdict": "ok"}}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    heads = {"respect.personal-attack": "insult"}
    counts = C.sweep([str(path)], heads, grid=(0.3,))[str(path)]
    assert counts["base"]["respect.personal-attack"]["ok_raised"] == 1  # the unguarded copy only


def test_alone_sweeps_the_second_bar_and_one_no_score_reaches_keeps_the_condition(tmp_path):
    """--alone moves ``<head>.alone``: a low second bar lets the head stand where no officer is named,
    and one no score reaches (1.01, what an absent bar means) keeps the condition."""
    post = {"id": "o1", "text": "Someone in legal needs to rewrite that advice before Thursday or I'll be asking why.",
            "expect": {"rules": ["officers.impartiality"], "allowed": [], "verdict": "review"}}
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps(post) + "\n", encoding="utf-8")
    heads = {"officers.impartiality": C.ALONE_HEADS["officers.impartiality"]}
    assert heads["officers.impartiality"] == "cue.officers.impartiality.alone"
    counts = C.sweep([str(path)], heads, grid=(0.5, 1.01))[str(path)]
    assert counts["0.5"]["officers.impartiality"] == {"tp": 1, "fp": 0, "fn": 0}
    assert counts["1.01"]["officers.impartiality"] == {"tp": 0, "fp": 0, "fn": 1}


def test_alone_and_families_together_are_a_one_line_error(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as err:
        C.main(["--set", str(path), "--families", "--alone", "--out", str(tmp_path / "o.json")])
    assert "give one" in str(err.value)


def test_a_remembered_parse_gives_the_figures_of_a_fresh_one_at_every_bar(tmp_path):
    from postcheck import Checker
    from postcheck.evaluation import evaluate, read_labelled

    posts = [
        {"id": "d1", "text": "Between you and me, the Part 2 papers say the depot is going to Acme for half its value.",
         "expect": {"rules": ["confidentiality.disclosure"], "allowed": [], "verdict": "review"}},
        {"id": "d2", "text": "Between you and me, the chippy on Mill Lane does the best scraps in the borough.",
         "expect": {"rules": [], "allowed": [], "verdict": "ok"}},
        {"id": "d3", "text": "Lovely of Brackley Homes to treat me to a box at the cup final while their bid is with us.",
         "expect": {"rules": [RULE], "allowed": [], "verdict": "review"}},
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in posts) + "\n", encoding="utf-8")
    items = read_labelled(str(path))
    remembered, fresh = Checker(), Checker()
    parses = []
    inner = remembered._parse
    remembered._parse = lambda started: parses.append(len(started.posts)) or inner(started)
    C.remember_parses(remembered)
    parsed_by_bar, figures = [], []
    for bar in (0.3, 1.01):  # 1.01: over any reading, so the second bar raises nothing
        for checker in (remembered, fresh):
            checker.thresholds[HEAD] = checker.thresholds["cue.confidentiality.disclosure"] = bar
        figures.append(evaluate(remembered, items).to_dict())
        assert figures[-1] == evaluate(fresh, items).to_dict()
        parsed_by_bar.append(list(parses))
    assert parsed_by_bar[0] and parsed_by_bar[1] == parsed_by_bar[0]  # parsed at the first bar only
    assert figures[0]["rules"] != figures[1]["rules"]  # and yet the bar, read after the parse, still counts
