"""A cue head over its stricter ``.alone`` bar stands without its detector's usual condition.

The officers, resources, predetermination and confidentiality detectors hold
their cue head behind a condition (an officer named, something of the
council's named, a planning or licensing word, a confidentiality marker or
aside). ``<head>.alone`` in the thresholds lets a head
read as very sure stand without it; absent, the condition holds as before. Checked with the shipped
model's real readings: the bar is put just under and just over the reading.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from postcheck.detectors._cues import ALONE
from postcheck.detectors.confidentiality import ConfidentialityDetector
from postcheck.detectors.officers import OfficersDetector
from postcheck.detectors.predetermination import PredeterminationDetector
from postcheck.detectors.resources import ResourcesDetector
from helpers import facts

CASES = [
    # no listed council resource named: the photocopier in the members' room is in no list
    (ResourcesDetector, "cue.resources.political-use", "resources.learned-cue",
     "Used the members' room photocopier to knock out 500 Labour flyers for Saturday's canvass."),
    # no officer named by role or roster: "someone in legal"
    (OfficersDetector, "cue.officers.impartiality", "officers.learned-cue",
     "Someone in legal needs to rewrite that advice before Thursday or I'll be asking why."),
    # a settled view on a planning matter with no planning or licensing word the lists hold
    (PredeterminationDetector, "cue.predetermination.closed-mind", "predetermination.settled-view",
     "Whatever the officers say, that wind farm is not getting through committee while I'm on it."),
    # a confidence passed on with no marker or aside: "the closed item" is in no list
    (ConfidentialityDetector, "cue.confidentiality.disclosure", "confidentiality.learned-cue",
     "Sat through the closed item on the depot this morning. The valuation came in at half what the cabinet "
     "told us in public."),
]


def _reading(context, text: str, head: str) -> float:
    return context.scorer.score([text])[0][head]


@pytest.mark.parametrize("detector, head, signal, text", CASES, ids=[c[2] for c in CASES])
def test_a_head_sure_enough_stands_without_the_condition(scored_context, detector, head, signal, text):
    score = _reading(scored_context, text, head)
    assert score >= scored_context.thresholds[head]  # the head reads it, and yet ...
    plain = replace(scored_context)
    plain.thresholds.pop(head + ALONE, None)
    assert facts(detector(plain), text) == []  # ... the condition keeps it back without an alone bar

    under = replace(scored_context)
    under.thresholds[head + ALONE] = score - 0.005
    [found] = facts(detector(under), text)
    assert found.name == signal and "sure enough on its own" in found.why

    over = replace(scored_context)
    over.thresholds[head + ALONE] = score + 0.005
    assert facts(detector(over), text) == []


def test_someone_elses_words_stay_out_even_when_sure(scored_context):
    detector, head, _, text = CASES[0]
    sure = replace(scored_context)
    sure.thresholds[head + ALONE] = 0.0
    assert facts(detector(sure), text, kind="comment") == []


def test_a_settled_view_on_a_policy_passes_with_the_shipped_bar(checker):
    """Politics, not predetermination: the stance head reads a budget vote under its second bar."""
    text = "Nothing anyone says will change my mind: I'm voting for the new bus lanes budget."
    assert "predetermination.closed-mind" not in checker.check(text).rules
