"""A mirror head learns every label of the head it mirrors, and only those (plus its public negatives)."""
from __future__ import annotations

import json
import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import train_heads as TH  # noqa: E402


def test_the_attack_mockery_head_learns_every_mockery_label(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [
        {"text": "Cllr Ames couldn't run a bath.", "heads": ["fact.mockery"], "labels": ["mockery"], "rules": []},
        {"text": "Cllr Ames has failed on housing.", "heads": ["fact.mockery"], "labels": [], "rules": []},
        {"text": "Cllr Ames is a buffoon.", "labels": ["insult"], "rules": ["respect.personal-attack"],
         "target": "named_person"},
        {"text": "The bins are late again.", "heads": ["fact.personal_life"], "labels": [], "rules": []},
        {"text": "Drop the complaint, Sandra, or else.", "heads": ["threat", "cue.bullying.intimidation"],
         "labels": ["threat", "bullying.intimidation"], "rules": ["bullying.intimidation"]},
    ]
    (corpus / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    found = TH.councillor_rows(corpus, TH.corpus_rules(corpus))
    TH.mirror_labels(found)
    mirrored = {r.text: r.labels.get("attack.mockery") for r in found}
    assert mirrored == {"Cllr Ames couldn't run a bath.": 1, "Cllr Ames has failed on housing.": 0,
                        "Cllr Ames is a buffoon.": 1, "The bins are late again.": None,
                        "Drop the complaint, Sandra, or else.": None}
    for mirror, head in TH.MIRRORS.items():
        assert all(r.labels.get(mirror) == r.labels.get(head) for r in found)
    threat = {r.text: r.labels.get("attack.intimidation") for r in found if "attack.intimidation" in r.labels}
    assert threat["Drop the complaint, Sandra, or else."] == 1 and threat["Cllr Ames is a buffoon."] == 0
