"""Learned cues: a rule's head raises its rule where no phrase list matches, and only above its threshold."""
import pytest

from postcheck.detectors.learned_cues import CUES, LearnedCuesDetector

from helpers import facts, words_of


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

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_head_over_its_threshold_reports_its_score_and_the_words_that_drove_it(scored_context):
    detector = LearnedCuesDetector(scored_context)
    text = ("Heads up to anyone thinking of selling on Station Road: hold off a few months, big news coming "
            "from the town hall that I can't say yet.")
    [signal] = facts(detector, text)
    assert signal.name == "learned.confidentiality.insider-advantage"
    assert signal.score >= detector.context.thresholds["cue.confidentiality.insider-advantage"]
    assert signal.evidence == {"model": round(signal.score, 3)}
    words = words_of(text, signal)
    stop = scored_context.nlp.Defaults.stop_words
    assert 1 <= len(words) <= 3 and all(w.strip() and w.lower() not in stop for w in words) and text not in words
    assert facts(detector, text, kind="comment") == []  # someone else's words


def test_a_near_miss_or_an_unscored_post_reports_nothing(scored_context, fixture_context):
    detector = LearnedCuesDetector(scored_context)
    assert facts(detector, "The consultation on the Station Road plans is open until 3 March: have your say "
                           "on the council website.") == []
    text = "If you need a builder, my brother-in-law's firm is the best in town and I can put a word in at the council."
    assert [s.name for s in facts(detector, text)] == ["learned.position.improper-advantage"]
    assert facts(LearnedCuesDetector(fixture_context), text) == []  # no scores on the doc: no model, no cue
