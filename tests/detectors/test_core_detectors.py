"""Confidentiality and predetermination: positives, hard negatives, registers, and scores."""
from __future__ import annotations

import pytest

from checker import Checker
from checker.detectors.confidentiality import ConfidentialityDetector
from checker.detectors.predetermination import PredeterminationDetector
from checker.evaluation import evaluate, read_labelled

from helpers import FIXTURES

CONF, PRED = "confidentiality.disclosure", "predetermination.closed-mind"


@pytest.fixture(scope="module")
def core(fixture_config):
    """A checker with just these two detectors, so their figures are their own."""
    return Checker(fixture_config, detectors=[ConfidentialityDetector, PredeterminationDetector])


def finding(report, rule):
    return next((f for f in report.findings if f.rule == rule), None)


@pytest.mark.parametrize("text, severity, span_text", [
    ("Between you and me, the depot sale is done.", "review", "Between you and me"),
    ("Leaked papers show the cabinet will close two libraries.", "review", "Leaked"),
    ("Off the record: the Part 2 item went badly.", "review", "Off the record"),
    ("Project Falcon is about to be signed, exciting!", "block", "Project Falcon"),
    ("project falcon is about to be signed", "block", "project falcon"),
    ("Told in CONFIDENCE by a neighbour: the family at number 4 are being evicted.", "review", "in CONFIDENCE"),
])
def test_confidentiality_positives(core, text, severity, span_text):
    hit = finding(core.check(text), CONF)
    assert hit is not None and hit.severity == severity
    assert any(span_text in text[s:e] for s, e in hit.spans)


@pytest.mark.parametrize("text", [
    "Residents can contact me in confidence about any problem.",
    "My surgery is confidential.",
    "Please get in touch – in confidence – if you are living with damp.",
    "Confidential waste collection day at the community centre on Saturday.",
    "This council keeps far too much in Part 2; I'm moving a motion to publish every exempt report.",
    "Water leak on Mill Street reported to Thames Water.",
])
def test_confidentiality_innocent_uses_pass(core, text):
    assert finding(core.check(text), CONF) is None


def test_schedule_12a_category_needs_a_disclosure_cue(core):
    assert finding(core.check("The council has offered £90k to the former head of parks to go quietly."), CONF)
    assert finding(core.check("Legal advice matters: the council should always take it before a big decision."), CONF) is None


@pytest.mark.parametrize("text, severity", [
    ("I will vote against 25/04410/FUL whatever the officers say.", "block"),
    ("The Quarry Lane scheme will never be approved on my watch.", "block"),
    ("My mind is made up: the Red Lion licence must be refused.", "block"),
    ("Any planning application for flats on the green gets a no from me, full stop.", "review"),
    ("I'll be voting to refuse the new casino licence.", "review"),
])
def test_closed_mind_on_quasi_judicial_matters(core, text, severity):
    hit = finding(core.check(text), PRED)
    assert hit is not None and hit.severity == severity


def test_register_match_names_the_pending_matter(core):
    hit = finding(core.check("I will vote against 25/04410/FUL, it will never be approved."), PRED)
    assert hit.evidence["signals"][0]["entry"] == "25/04410/FUL"
    assert "25/04410/FUL" in hit.explanation and "2027-02-10" in hit.explanation


@pytest.mark.parametrize("text", [
    "I have concerns about the Quarry Lane application and will listen to all the evidence.",
    "I will vote against closing the library every time.",
    "I will vote against this budget because it cuts adult social care.",
    "I'm not on the planning committee, so I'll be objecting to the Old Tannery HMO.",
    "I sit on licensing, so I can't give a view on the Red Lion before the hearing.",
    "The Quarry Lane application is out for consultation: whatever your view, have your say.",
])
def test_predisposition_and_politics_pass(core, text):
    assert finding(core.check(text), PRED) is None


def test_a_decided_matter_is_no_longer_pending(core):
    post = {"text": "I will vote against 25/04410/FUL, it must be refused.", "created_at": "2027-03-01T10:00:00+00:00"}
    hit = finding(core.check(post), PRED)
    assert hit is not None and hit.severity == "review"


def test_held_out_posts_of_our_own(core):
    """Posts written for the tests, not used to write the lexicons."""
    result = evaluate(core, read_labelled(FIXTURES / "core_rules_posts.jsonl"))
    for rule in (CONF, PRED):
        score = result.per_rule[rule]
        assert score.precision >= 0.9 and score.recall >= 0.9, (rule, score.to_dict())
    assert result.confusion["ok"]["block"] == 0


def test_development_corpus(shared_dir):
    core = Checker(shared_dir / "corpora" / "council.toml", detectors=[ConfidentialityDetector, PredeterminationDetector])
    result = evaluate(core, read_labelled(shared_dir / "corpora" / "posts.jsonl"))
    for rule in (CONF, PRED):
        score = result.per_rule[rule]
        assert score.precision >= 0.9 and score.recall >= 0.9, (rule, score.to_dict())
    assert result.confusion["ok"]["block"] == 0


def test_a_settled_view_in_favour_is_predetermination_too(checker):
    report = checker.check("I fully support the Quarry Lane application and will be voting for it at committee.")
    assert "predetermination.closed-mind" in report.rules
    assert report.verdict == "block"  # Quarry Lane is on the register of pending matters


def test_an_interest_named_with_a_pending_application_is_a_council_matter(checker):
    post = {"text": "Delighted that Acme Homes' plans for Quarry Lane are moving forward", "author": "@CllrJaneJones"}
    assert "interests.declared-interest" in checker.check(post).rules
    post["text"] = "Delighted that Acme Homes have opened a new office in town"
    assert "interests.declared-interest" not in checker.check(post).rules
