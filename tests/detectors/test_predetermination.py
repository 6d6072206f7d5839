"""predetermination.closed-mind (postcheck/detectors/predetermination.py): positives, hard negatives, registers, and scores.

Checked with only the confidentiality and predetermination detectors, so that
their figures are their own (the last test uses the whole checker).
"""
from __future__ import annotations

import re

import pytest

from postcheck.detectors.predetermination import PredeterminationDetector
from helpers import assert_scores, facts, finding, words_of

PRED = "predetermination.closed-mind"


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


@pytest.mark.parametrize("text", [
    "Taxi licence fees up 12%? I'll be voting against. Drivers can't keep swallowing it.",
    "Our planning department is under-resourced, full stop.",
    "The Government's planning reforms take decisions away from local committees. I'm against that, full stop.",
])
def test_a_licence_fee_or_a_planning_department_is_a_policy_not_a_case(core, text):
    assert finding(core.check(text), PRED) is None


@pytest.mark.parametrize("text", [
    "The taxi licence for the Station Road firm comes up next week. I'll be voting against.",
    "Rumour is a scrapyard's going to put in for the old depot. Save yourselves the application fee, lads, it's a no.",
])
def test_a_case_still_is_whatever_word_it_qualifies(core, text):
    assert finding(core.check(text), PRED) is not None


def test_a_decided_matter_is_no_longer_pending(core):
    post = {"text": "I will vote against 25/04410/FUL, it must be refused.", "created_at": "2027-03-01T10:00:00+00:00"}
    hit = finding(core.check(post), PRED)
    assert hit is not None and hit.severity == "review"


def test_held_out_posts_of_our_own(core_held_out):
    """Posts written for the tests (fixtures/core_rules_posts.jsonl), not used to write the lexicons."""
    assert_scores(core_held_out, PRED, 0.9)
    assert core_held_out.confusion["ok"]["block"] == 0


@pytest.mark.slow
def test_development_corpus(core_corpus):
    assert_scores(core_corpus, PRED, 0.9)
    assert core_corpus.confusion["ok"]["block"] == 0


def test_a_settled_view_in_favour_is_predetermination_too(checker):
    report = checker.check("I fully support the Quarry Lane application and will be voting for it at committee.")
    assert "predetermination.closed-mind" in report.rules
    assert report.verdict == "block"  # Quarry Lane is on the register of pending matters

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_settled_view_names_the_pending_matter_or_the_quasi_judicial_word(fixture_context):
    detector = PredeterminationDetector(fixture_context)
    text = "I will vote against 25/04410/FUL whatever the officers say."
    [signal] = facts(detector, text)
    assert signal.name == "predetermination.settled-view.register"
    assert words_of(text, signal) == ["I will vote against", "whatever the officers say", "25/04410/FUL"]
    assert signal.evidence == {"phrases": ["i will vote against", "whatever the officers say"],
                               "register": "pending_matters", "entry": "25/04410/FUL"}
    plain = "Any planning application for flats on the green gets a no from me, full stop."
    [signal] = facts(detector, plain)
    assert signal.name == "predetermination.settled-view"
    assert words_of(plain, signal) == ["gets a no from me", "full stop"]
    assert signal.evidence == {"phrases": ["gets a no from me", "full stop"], "context": "planning"}
    assert facts(detector, "I will vote against this budget because it cuts adult social care.") == []  # politics


def test_the_stance_head_finds_a_settled_view_no_phrase_list_holds(fixture_context, scored_context):
    text = "I fully support the Quarry Lane application and will be voting for it at committee."
    assert facts(PredeterminationDetector(fixture_context), text) == []  # no phrase of the lists
    detector = PredeterminationDetector(scored_context)
    [signal] = facts(detector, text)
    assert signal.name == "predetermination.settled-view.register" and signal.evidence["entry"] == "25/04410/FUL"
    *drivers, register = words_of(text, signal)
    assert register == "Quarry Lane" and 1 <= len(drivers) == len(signal.evidence["phrases"]) <= 3
    for (start, end), phrase in zip(signal.spans, signal.evidence["phrases"]):
        # each phrase is the words that drove the head, with its score
        assert re.fullmatch(rf"{re.escape(text[start:end].lower())} \(model (?:0\.\d\d|1\.00)\)", phrase), phrase
    comment = "The Red Lion licence variation goes to the licensing sub-committee in January; residents can still comment."
    assert facts(detector, comment) == []


@pytest.mark.parametrize("address, said", [
    ("Land north of Pentre Lane, Orleton Cross", "Pentre Lane"),
    ("Land to the rear of 4 Mill Street, Leddon", "Mill Street"),
    ("Land off Brook Road, Leddon", "Brook Road"),
])
def test_a_register_site_is_named_without_its_land_by_words(core, address, said):
    from postcheck.config import PendingMatter
    from postcheck.post import Post
    from postcheck.registers import PendingMatters

    pending = PendingMatters(core.nlp, [PendingMatter("26/00001/FUL", address, "Erection of 40 dwellings", "2026-06-01")])
    text = f"{said}: it's a no from me and nothing the applicant says will change that."
    matter, span = pending.match(core.nlp(text), Post(text=text))
    assert matter is not None and text[span[0]:span[1]] == said


@pytest.mark.parametrize("text", [
    "The Food Hall licence: I've read enough, it's a yes from me and the objectors are wasting their breath.",
    "The hackney licence review on Friday is a formality as far as I'm concerned.",
])
def test_more_ways_of_a_settled_view(core, text):
    assert "predetermination.closed-mind" in core.check(text).rules


@pytest.mark.parametrize("text", [
    "Street trading consent for the burger van on the square: it's a no from me, whatever anyone says.",
    "My vote's decided on the Brook Road supermarket, and no officer's report will change that.",
])
def test_what_a_quasi_judicial_decision_is_made_on_shows_it_is_one(core, text):
    """A consent, an officer's report, a hearing: words of a planning or licensing decision beside a settled view."""
    assert "predetermination.closed-mind" in core.check(text).rules


def test_hearing_a_debate_is_no_hearing(core):
    text = "Whatever the officers recommend, the decision belongs to the committee, and I'll only decide after hearing the debate."
    assert "predetermination.closed-mind" not in core.check(text).rules


@pytest.mark.parametrize("text", [
    "Declaring it here too: my daughter runs a café on Castlegate, so I'll take no part in the street café "
    "licence review and I'll leave the room when it comes up.",
    "My brother's pub is up for its licence review next week, so I won't be voting on it and I'll leave the room.",
])
def test_a_writer_who_stays_out_of_the_decision_has_no_closed_mind_to_raise(checker, text):
    assert "predetermination.closed-mind" not in checker.check(text).rules


def test_a_settled_vote_said_as_not_voting_for_it_is_still_a_closed_mind(checker):
    """"I won't vote for it" is no way of staying out: it says how the vote will go."""
    assert "predetermination.closed-mind" in checker.check(
        "I won't vote for the Quarry Lane application whatever the officers say. It's a disgrace.").rules
