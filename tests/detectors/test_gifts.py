"""gifts.hospitality (postcheck/detectors/gifts.py): gifts and hospitality, above all from someone with business before the council.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's GH posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.gifts import GiftsDetector
from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     finding, labelled, post_of, words_of)

RULE = "gifts.hospitality"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("GH")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_gift_from_applicant_is_review_until_the_decision(phrase_checker):
    text = "Thanks to the Red Lion for the free drinks last night!"
    before = phrase_checker.check({"text": text, "created_at": "2026-12-01T12:00:00+00:00"})
    after = phrase_checker.check({"text": text, "created_at": "2027-03-01T12:00:00+00:00"})
    assert finding(before, RULE).severity == "review"
    assert finding(after, RULE) is None or finding(after, RULE).severity == "advice"


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain gifts.hospitality` shows raise and pass it."""
    assert_examples_true(phrase_checker, RULE)


def test_examples_need_no_register(plain_phrase_checker):
    rule = plain_phrase_checker.rule_pack.rules[RULE]
    assert all(RULE in plain_phrase_checker.check(e).rules for e in rule.examples_raise)
    assert not any(RULE in plain_phrase_checker.check(e).rules for e in rule.examples_pass)


@pytest.mark.slow
def test_dev_corpus_precision_and_recall(phrase_corpus):
    assert_scores(phrase_corpus.result, RULE, 0.85)
    assert_ok_posts_get_advice_at_most(phrase_corpus.items, phrase_corpus.reports, RULE)

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_gift_from_a_pending_applicant_names_the_matter_until_it_is_decided(fixture_context):
    detector = GiftsDetector(fixture_context)
    text = "Thanks to the Red Lion for the free drinks last night!"
    [signal] = facts(detector, text, created_at="2026-12-01T12:00:00+00:00")
    assert signal.name == "gifts.accepted.decision-pending"
    assert signal.evidence == {"gift": "free drinks", "giver": "the Red Lion", "decision": "Red Lion",
                               "register": "pending_matters"}
    assert set(words_of(text, signal)) == {"the Red Lion", "Red Lion", "free drinks"}
    [after] = facts(detector, text, created_at="2027-03-01T12:00:00+00:00")  # LIC/25/204 decided 2027-01-12
    assert after.name == "gifts.accepted" and after.evidence == {"gift": "free drinks", "giver": "the Red Lion"}


def test_a_business_gift_names_the_giver_and_a_declined_one_reports_nothing(fixture_context):
    detector = GiftsDetector(fixture_context)
    text = "Thanks to Hawthorn Homes for a lovely dinner at the golf club."
    [signal] = facts(detector, text)
    assert signal.name == "gifts.accepted" and words_of(text, signal) == ["Hawthorn Homes", "dinner"]
    assert signal.evidence == {"gift": "dinner", "giver": "Hawthorn Homes"}
    assert facts(detector, "Hawthorn Homes offered me tickets to the match; I declined.") == []


def test_hospitality_from_a_firm_in_other_words_is_a_reminder_to_register_it(checker):
    report = checker.check("Harbour Logistics very kindly laid on a box at the match last night. Great evening.")
    assert "gifts.hospitality" in report.rules
    assert "gifts.hospitality" not in checker.check("Thank you to everyone who gave to the food bank hamper appeal!").rules


def test_an_honorary_membership_or_a_treat_names_the_giver_before_or_after(fixture_context):
    """An honour with a value ("honorary life membership of ... Golf Club") is a gift from the club;
    "X treated me to ..." names its giver before the words, not the gift after them."""
    detector = GiftsDetector(fixture_context)
    [signal] = facts(detector, "Honorary life membership of Brookvale Golf Club, what an honour!")
    assert signal.evidence == {"gift": "Honorary life membership", "giver": "Brookvale Golf Club"}
    [signal] = facts(detector, "Cutside Marinas treated me to a narrowboat trip this morning.")
    assert signal.evidence == {"gift": "narrowboat trip", "giver": "Cutside Marinas"}
    assert facts(detector, "Signed up for life membership of the RSPB today, best £500 I've spent.") == []


@pytest.mark.parametrize("text", [
    "VIP wristbands for the club's relaunch night - thanks, Spire Nightlife!",
    "A local businessman has lent us his holiday cottage for the week of half term. Can't wait to get away.",
])
def test_wristbands_and_a_holiday_cottage_from_a_business_are_hospitality(phrase_checker, text):
    assert "gifts.hospitality" in phrase_checker.check(text).rules


def test_tickets_on_sale_from_the_organisers_are_no_gift(phrase_checker):
    assert "gifts.hospitality" not in phrase_checker.check("Festival tickets go on sale Friday from the organisers' website.").rules
