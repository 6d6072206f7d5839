"""A protected group affirmed is not attacked: the parse, and the whole checker on short posts."""
from __future__ import annotations

import pytest

from postcheck.detectors._affirmation import affirmed, protects
from postcheck.detectors.toxicity import Hit


def _at(doc, words: str) -> Hit:
    start = doc.text.index(words)
    return Hit("group", words.lower(), start, start + len(words))


@pytest.fixture(scope="module")
def parse(fixture_context):
    return fixture_context.nlp


@pytest.mark.parametrize("text, group", [
    ("I love Muslims.", "Muslims"),
    ("We need more disabled people on this council, not fewer.", "disabled"),
    ("Trans women are women.", "Trans women"),
    ("Travellers have the same right to a safe site as anyone else.", "Travellers"),
    ("Gay couples should be able to adopt.", "Gay"),
    ("We stand with our Jewish neighbours.", "Jewish"),
    ("Many of my constituents are Gypsies, and they deserve a decent site.", "Gypsies"),
    ("Eid Mubarak to all our Muslim residents!", "Muslim"),
])
def test_a_group_welcomed_wanted_or_given_a_right_is_affirmed(parse, text, group):
    doc = parse(text)
    assert affirmed(doc, _at(doc, group))


@pytest.mark.parametrize("text, group", [
    ("I love Muslims, especially when they stay in their own country.", "Muslims"),  # a condition
    ("We need fewer disabled people on this council.", "disabled"),
    ("Gay couples should not be able to adopt.", "Gay"),  # denied
    ("Travellers deserve to be moved on, every last one of them.", "Travellers"),
    ("Do Travellers really have the same right to a site?", "Travellers"),  # a question
    ("Muslims are all thieves.", "Muslims"),
])
def test_conditions_denials_questions_and_attacks_are_not(parse, text, group):
    doc = parse(text)
    assert not affirmed(doc, _at(doc, group))


@pytest.mark.parametrize("text, words, expected", [
    ("Nobody should be judged on their religion on this council.", "religion", True),
    ("Jewish families should never have to hide who they are.", "Jewish", True),
    ("Nobody wants Travellers on the playing field.", "Travellers", False),
    ("Women should be judged on their looks.", "Women", False),
])
def test_a_norm_that_protects_everyone(parse, text, words, expected):
    doc = parse(text)
    assert protects(doc, _at(doc, words)) is expected


@pytest.mark.parametrize("text", [
    "I love Muslims.",
    "We need more disabled people on this council.",
    "Trans women are women.",
    "Nobody should be judged on their religion on this council.",
    "Many of my constituents are Gypsies and Travellers, and they deserve a decent site.",
])
def test_short_supportive_posts_are_not_discrimination(checker, text):
    """Each of these was blocked as discrimination before the parse was asked what it does with the group."""
    assert "equality.discrimination" not in {f.rule for f in checker.check(text).findings}


@pytest.mark.parametrize("text", [
    "Muslims are all thieves.",
    "I love Muslims, especially when they stay in their own country.",
    "Marguerite Ollerenshaw is a shrill, hysterical woman and this borough deserves better than her.",
])
def test_attacks_beside_affirming_words_still_are(checker, text):
    raised = {f.rule for f in checker.check(text).findings if f.severity in ("review", "block")}
    assert raised & {"equality.discrimination", "respect.personal-attack", "respect.abusive-language"}
