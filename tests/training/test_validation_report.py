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
    assert figures["respect.personal-attack"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert 0.0 <= figures["mean_f1"] <= 1.0


def test_a_folder_without_heads_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as err:
        V.main(["--corpus", str(tmp_path), "--model-dir", str(tmp_path)])
    assert "no heads.json" in str(err.value)
