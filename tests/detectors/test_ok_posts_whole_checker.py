"""The `ok` posts of fixtures/detector_posts_a.jsonl get advice at most from the whole checker.

The seven phrase rules' own tests check these posts with their seven detectors
alone, so what the learned cues (and the n-grams blended into them) make of
them was never read there. Here every detector and the embedded model run, as
a user's draft runs. The seven posts it is known to raise (six for council
voice, one for improper advantage, README's Known limits) are strict xfails, so the test says so as soon as one of them passes.
"""
from __future__ import annotations

import pytest

from helpers import labelled, post_of

COUNCIL_VOICE = "known limit: the council-voice cue (its n-grams) reads 'the council' as the subject as the council's voice (README, Known limits)"
KNOWN = {
    "A-CV10": COUNCIL_VOICE, "B-CV5": COUNCIL_VOICE, "B-RP4": COUNCIL_VOICE,
    "C-CV4": COUNCIL_VOICE, "N-04": COUNCIL_VOICE, "N-26": COUNCIL_VOICE,
    "N-19": "known limit: 'message me and I'll point you to the right team' reads as an offer of the office's help",
}
OK_POSTS = [item for item in labelled("detector_posts_a.jsonl") if item["expect"]["verdict"] == "ok"]


def _param(item: dict):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[item["id"]])] if item["id"] in KNOWN else []
    return pytest.param(item, id=item["id"], marks=marks)


def test_the_known_false_alarms_are_posts_of_the_fixture():
    assert set(KNOWN) <= {item["id"] for item in OK_POSTS} and len(OK_POSTS) >= 100


@pytest.mark.parametrize("item", [_param(item) for item in OK_POSTS])
def test_an_ok_post_gets_advice_at_most(checker, item):
    report = checker.check(post_of(item))
    raised = sorted(f.rule for f in report.findings if f.severity in ("review", "block"))
    assert report.verdict in ("ok", "advice"), f"{item['id']} raised {raised}: {item['text']}"
