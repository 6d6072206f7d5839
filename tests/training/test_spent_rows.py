"""A spent blind set's posts label the heads their rule ids settle, and nothing else."""
from __future__ import annotations

import json
import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import train_heads as TH  # noqa: E402

RULES = ["bullying.intimidation", "defamation.allegation", "gifts.hospitality", "respect.personal-attack"]


def _post(pid, text, rules=(), allowed=(), **extra):
    return {"id": pid, "text": text, "expect": {"rules": list(rules), "allowed": list(allowed)}, **extra}


def _rows(tmp_path, posts):
    folder = tmp_path / "b99"
    folder.mkdir()
    (folder / "posts.jsonl").write_text("\n".join(json.dumps(p) for p in posts) + "\n", encoding="utf-8")
    found = TH.spent_rows([folder], RULES)
    TH.mirror_labels(found)
    return {r.text: r for r in found}


def test_rule_ids_become_cue_and_family_labels(tmp_path):
    rows = _rows(tmp_path, [
        _post("1", "Cllr Ames is a prize berk.", ["respect.personal-attack"]),
        _post("2", "The parking policy is a disaster.", []),
        _post("3", "Keep your mouth shut, Ames, or else.", ["bullying.intimidation"], ["respect.personal-attack"]),
        _post("4", "Lovely lunch from Harcourt Homes today.", ["gifts.hospitality"]),
    ])
    insult = rows["Cllr Ames is a prize berk."]
    assert insult.labels["insult"] == 1 and insult.labels["cue.respect.personal-attack"] == 1
    assert insult.labels["attack.mockery"] == 1 and insult.labels["cue.bullying.intimidation"] == 0
    assert "identity_attack" not in insult.labels and "threat" not in insult.labels
    policy = rows["The parking policy is a disaster."]
    assert {policy.labels[h] for h in ("insult", "identity_attack", "allegation", "fact.mockery")} == {0}
    assert {policy.labels[f"cue.{r}"] for r in RULES} == {0}
    assert policy.source == "spent/b99"
    threat = rows["Keep your mouth shut, Ames, or else."]
    # an allowed rule says nothing either way; a post with an abuse rule is no family's negative
    assert "cue.respect.personal-attack" not in threat.labels and "insult" not in threat.labels
    assert threat.labels["cue.bullying.intimidation"] == 1 and threat.labels["attack.intimidation"] == 1
    assert "allegation" not in threat.labels
    gift = rows["Lovely lunch from Harcourt Homes today."]
    assert gift.labels["cue.gifts.hospitality"] == 1 and gift.labels["insult"] == 0


def test_a_variant_falls_on_its_originals_side_of_the_hold_out(tmp_path):
    original = "Cllr Ames is a lying crook."
    posts = [_post("1", original, ["defamation.allegation"])]
    posts += [_post(f"v{i}", original.replace("crook", "cr" + "*" * i + "ok"), ["defamation.allegation"], variant_of="1")
              for i in range(1, 30)]
    rows = _rows(tmp_path, posts)
    assert len({r.split for r in rows.values()}) == 1
    assert rows[original].split == TH._split(original)


def test_train_heads_learns_a_head_from_spent_sets(tmp_path):
    """``--spent`` puts the sets' posts among the rows a head is fitted on (and records them)."""
    import shutil

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rows.jsonl").write_text(json.dumps(
        {"text": "Thanks to the Mayor's charity ball for the free tickets.", "labels": [],
         "rules": ["gifts.hospitality"]}) + "\n", encoding="utf-8")
    givers = ["Harcourt Homes", "Vale Builders", "the Quarry Lane developer", "Brook Catering", "Ames Motors"]
    gifts = ["a case of wine", "two rugby tickets", "a hamper", "dinner at the Grange", "a weekend away",
             "a season ticket", "a spa day", "a box at the races"]
    posts = [_post(f"g{i}", f"Lovely of {g} to send me {x} this week.", ["gifts.hospitality"])
             for i, (g, x) in enumerate((g, x) for g in givers for x in gifts)]
    topics = ["bin collections", "the library hours", "the bus timetable", "potholes on Mill Road", "the park cafe",
              "the school crossing", "the Local Plan", "street lights"]
    days = ("Monday", "Tuesday", "Wednesday", "Friday", "ward")
    posts += [_post(f"n{i}", f"Update on {t}: the {w} meeting is open to everyone.", [])
              for i, (t, w) in enumerate((t, w) for t in topics for w in days)]
    sets = tmp_path / "b99"
    sets.mkdir()
    (sets / "posts.jsonl").write_text("\n".join(json.dumps(p) for p in posts) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    model.mkdir()
    for name in ("heads.json", "heads.npz"):
        shutil.copy(ROOT / "postcheck" / "data" / "models" / "embedded" / name, model / name)
    TH.main(["--datasets", str(tmp_path), "--corpus", str(corpus), "--model-dir", str(model), "--cache",
             str(tmp_path / "cache"), "--public-weight", "0", "--no-toxigen", "--spent", str(sets),
             "--only", "cue.gifts.hospitality"])
    report = json.loads((model / "heads.json").read_text(encoding="utf-8"))["report"]["cue.gifts.hospitality"]
    assert report["sources"] == ["councillor/rows", "spent/b99"]
    assert report["train_positives"] > 20 and report["validation"]["support"] >= 3


def test_tagged_intimidation_notes_label_the_threat_head(tmp_path):
    rows = _rows(tmp_path, [
        _post("1", "Walk home carefully tonight, Ames.", ["bullying.intimidation"], note="[veiled] menace"),
        _post("2", "I will break your legs, Ames.", ["bullying.intimidation"], note="[explicit] harm"),
        _post("3", "Vote for the scheme or lose your committee seat.", ["bullying.intimidation"],
              note="[pressure] coercion"),
        _post("4", "Back off, Ames, you know what happens.", ["bullying.intimidation"]),
        _post("5", "The bin strike is a shambles.", []),
    ])
    assert rows["Walk home carefully tonight, Ames."].labels["threat"] == 1
    assert rows["I will break your legs, Ames."].labels["threat"] == 1
    # coercion without menace, and an untagged note, say nothing of the threat head
    assert "threat" not in rows["Vote for the scheme or lose your committee seat."].labels
    assert "threat" not in rows["Back off, Ames, you know what happens."].labels
    assert rows["The bin strike is a shambles."].labels["threat"] == 0


def test_only_into_a_folder_with_no_heads_stops_before_training(tmp_path):
    """Adding heads needs the model's heads already there; the check comes first, not after minutes of fitting."""
    import pytest

    with pytest.raises(SystemExit, match="has no heads.json"):
        TH.main(["--datasets", str(tmp_path), "--corpus", str(tmp_path), "--model-dir", str(tmp_path / "empty"),
                 "--only", "cue.gifts.hospitality"])
