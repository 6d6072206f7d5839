"""The validation report runs on a small corpus and reports figures that can fail."""
from __future__ import annotations

import json
import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
pytest.importorskip("sklearn")
import validation_report as V  # noqa: E402

MODEL = ROOT / "postcheck" / "data" / "models" / "embedded"


def test_product_figures_count_a_raised_insult_and_a_passed_policy_post(tmp_path):
    # texts whose hash puts them in the validation split (train_heads.py's seeded 20 %)
    texts = [t for t in (f"Cllr Khan is an idiot and a buffoon, number {i}." for i in range(200))
             if V.TH._split(t) == "val"][:3]
    policy = [t for t in (f"The bin policy, version {i}, is a disgrace." for i in range(200))
              if V.TH._split(t) == "val"][:3]
    rows = [{"text": t, "rules": ["respect.personal-attack"], "labels": ["insult"], "target": "named_person"}
            for t in texts] + [{"text": t, "rules": [], "labels": [], "target": "policy"} for t in policy]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    figures = V.product_figures(MODEL, tmp_path)
    assert figures["respect.personal-attack"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 3, "n": 6}
    assert 0.0 <= figures["mean_f1"] <= 1.0


def test_rows_written_for_the_identity_head_count_for_discrimination_only(tmp_path):
    attack = next(t for t in (f"Gypsies are all thieves, the lot of them, case {i}." for i in range(200))
                  if V.TH._split(t) == "val")
    support = next(t for t in (f"Happy Diwali to our Hindu and Sikh neighbours, year {i}." for i in range(200))
                   if V.TH._split(t) == "val")
    rows = [{"text": attack, "labels": ["identity_attack"], "heads": ["identity_attack"],
             "rules": ["equality.discrimination"]},
            {"text": support, "labels": [], "heads": ["identity_attack"], "rules": []}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    figures = V.product_figures(MODEL, tmp_path)
    assert figures["equality.discrimination on the identity-head rows"] == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1, "n": 2}
    assert figures["equality.discrimination"]["n"] == 0  # not among the rows that label every rule


def test_a_folder_without_heads_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as err:
        V.main(["--corpus", str(tmp_path), "--model-dir", str(tmp_path)])
    assert "no heads.json" in str(err.value)


def test_the_olid_holdout_figure_scores_the_product_on_held_out_tweets(tmp_path):
    # a tiny OLID training file: ten tweets of each kind, so the seeded 10 % hold-out keeps one of each
    lines = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c"]
    for i in range(10):
        lines.append(f"{i}\t@USER you are a useless idiot and a buffoon, number {i}\tOFF\tTIN\tIND")
        lines.append(f"{100 + i}\tLovely weather for the fete today, stall {i}\tNOT\tNULL\tNULL")
    (tmp_path / "olid").mkdir()
    (tmp_path / "olid" / "olid-training-v1.0.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    figure = V.olid_holdout_figure(MODEL, tmp_path)
    assert figure == {"n": 2, "macro_f1": 1.0}


def test_rows_written_for_a_cue_head_count_for_its_rule_at_any_severity(tmp_path):
    leak = next(t for t in (f"Between you and me, the Part 2 papers show the depot sale is going to Acme for half "
                            f"its value, lot {i}." for i in range(300)) if V.TH._split(t) == "val")
    thanks = next(t for t in (f"Thank you to the volunteers who cleared the canal path, group {i}."
                              for i in range(300)) if V.TH._split(t) == "val")
    rows = [{"text": leak, "labels": ["confidentiality.disclosure"], "heads": ["cue.confidentiality.disclosure"],
             "rules": ["confidentiality.disclosure"]},
            {"text": thanks, "labels": [], "heads": ["cue.confidentiality.disclosure"], "rules": []},
            {"text": thanks + " Again.", "labels": [], "heads": ["cue.gifts.hospitality"], "rules": []}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    figures = V.product_figures(MODEL, tmp_path, ("confidentiality.disclosure",))
    # the leak is raised and the thanks is not; the gifts row says nothing about disclosure
    assert figures["confidentiality.disclosure"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1, "n": 2}


def test_other_heads_are_reported_alone_and_an_unknown_one_is_an_error(tmp_path):
    text = next(t for t in (f"Cllr Khan is an idiot, number {i}." for i in range(200)) if V.TH._split(t) == "val")
    (tmp_path / "rows.jsonl").write_text(json.dumps(
        {"text": text, "rules": ["respect.personal-attack"], "labels": ["insult"], "target": "named_person"}) + "\n",
        encoding="utf-8")
    rows = [r for r in V.TH.councillor_rows(tmp_path, V.TH.corpus_rules(tmp_path)) if r.split == "val"]
    figures = V.head_figures(MODEL, rows, ("fact.mockery",))
    assert figures["fact.mockery"]["support"] == 1  # an insult at a named person is mockery
    with pytest.raises(SystemExit) as err:
        V.head_figures(MODEL, rows, ("cue.no-such-rule",))
    assert "no head named cue.no-such-rule" in str(err.value)
