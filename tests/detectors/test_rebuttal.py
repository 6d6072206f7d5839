"""A prejudice argued against is not discrimination; a hedge, a question or an exclusion still is.

The sentences here are written for the test (none comes from a blind set): the
reader that decides is ``postcheck.detectors._framing.rebutted`` on the real
spaCy parse, and the whole checker for the verdicts.
"""
from __future__ import annotations

import pytest

from postcheck.detectors._framing import rebutted
from postcheck.lexicons import load_lexicon
from postcheck.targets import KindMatcher

DISCRIMINATION = "equality.discrimination"


class _Span:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _at(nlp, text: str, words: str) -> bool:
    """Whether ``words`` of ``text`` stand in a rebuttal, the pejoratives found as the detector finds them."""
    doc = nlp(text)
    terms = KindMatcher(nlp, {"pejorative": load_lexicon("protected_characteristics")["rebuttal"]["pejoratives"]})
    pejoratives = [doc[s:e] for _, s, e in terms(doc).get("pejorative", [])]
    start = text.index(words)
    return rebutted(doc, _Span(start, start + len(words)), [_Span(p.start_char, p.end_char) for p in pejoratives])


@pytest.mark.parametrize("text, words", [
    ("Refugees are not a danger to anyone on the Fairfield estate.", "Refugees"),
    ("Being deaf doesn't make you a burden on the service.", "deaf"),
    ("The notion that older residents can't use the app is rubbish.", "older residents"),
    ("It's a myth that Travellers leave every site in a mess.", "Travellers"),
])
def test_a_denied_pejorative_or_a_dismissed_claim_rebuts(fixture_context, text, words):
    assert _at(fixture_context.nlp, text, words)


@pytest.mark.parametrize("text, words", [
    ("Travellers don't belong in this village.", "Travellers"),  # denies a good: an exclusion
    ("Muslims can't be trusted with the keys.", "Muslims"),
    ("Aren't asylum seekers all criminals?", "asylum seekers"),  # a question
    ("Not all migrants are criminals, but plenty are.", "migrants"),  # the negation before the subject
    ("Autistic people aren't stupid exactly, but they shouldn't teach.", "Autistic people"),  # a hedge
    ("Those lads on the boats are not our problem, send them back.", "lads"),  # whose problem, not what kind
    ("Women can't read a map without a satnav and a tantrum.", "Women"),  # two negations assert
    ("It's wrong that refugees get flats first.", "refugees"),  # no claim named, only a complaint
])
def test_exclusions_questions_hedges_and_double_negatives_do_not(fixture_context, text, words):
    assert not _at(fixture_context.nlp, text, words)


def test_the_checker_passes_a_rebuttal_and_still_blocks_the_prejudice(default_checker):
    def rules(text):
        return {f.rule for f in default_checker.check({"text": text}).findings}

    assert DISCRIMINATION not in rules("Being gay doesn't make you a danger to children. The rainbow crossing stays.")
    assert DISCRIMINATION in rules("Being gay makes you a danger to children. The rainbow crossing should go.")


def test_a_denial_rebuts_only_through_a_listed_pejorative(fixture_context):
    """The same denial with no pejorative found (the detector's lists) is not a rebuttal."""
    nlp = fixture_context.nlp
    text = "Refugees are not a danger to anyone on the Fairfield estate."
    doc = nlp(text)
    assert not rebutted(doc, _Span(0, len("Refugees")), [])
    assert _at(nlp, text, "Refugees")
