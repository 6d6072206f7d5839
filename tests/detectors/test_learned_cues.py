"""Learned cues: a rule's head raises its rule where no phrase list matches, and only above its threshold."""
import pytest

from postcheck.detectors.learned_cues import CUES


@pytest.mark.parametrize("text, rule", [
    ("If you need a builder, my brother-in-law's firm is the best in town and I can put a word in at the council.",
     "position.improper-advantage"),
    ("Heads up to anyone thinking of selling on Station Road: hold off a few months, big news coming "
     "from the town hall that I can't say yet.", "confidentiality.insider-advantage"),
])
def test_a_cue_in_new_words_raises_its_rule(checker, text, rule):
    report = checker.check(text)
    finding = next((f for f in report.findings if f.rule == rule), None)
    assert finding is not None, report.rules
    assert any(s["signal"] == f"learned.{rule}" for s in finding.evidence["signals"])


def test_every_learned_cue_has_a_head_and_a_rule(checker):
    labels = set(checker.scorer.labels)
    assert CUES
    for name in CUES:
        assert f"cue.{name}" in labels
        assert f"learned.{name}" in checker.rule_pack.by_signal


@pytest.mark.parametrize("text", [
    "The consultation on the Station Road plans is open until 3 March: have your say on the council website.",
    "Thanks to the planning team for explaining the process so clearly at last night's ward forum.",
    "Our leaflets this year are printed and paid for by the local party, as always.",
])
def test_near_misses_pass(checker, text):
    assert checker.check(text).verdict in ("ok", "advice")
