"""Pressure without an order: a hold over someone then a caution, and someone's distress offered round."""
from __future__ import annotations

import pytest

from postcheck.config import load_config
from postcheck.detectors.base import Context
from postcheck.detectors.toxicity import ToxicityDetector
from postcheck.nlp import load_pipeline
from postcheck.people import People
from postcheck.post import Post


@pytest.fixture(scope="module")
def coercion(fixture_config):
    """What the toxicity detector (phrase lists and parse, no model) gives a post as coercion: the
    ``why`` of each ``toxicity.coercion`` signal."""
    config = load_config(fixture_config)
    detector = ToxicityDetector(Context(config=config, nlp=load_pipeline(config.spacy_model),
                                        people=People(config), scorer=None))
    return lambda text: [s.why for s in detector.detect(detector.context.nlp(text), Post(text=text))
                         if s.name == "toxicity.coercion"]


@pytest.fixture(scope="module")
def leverage(coercion):
    return lambda text: [why for why in coercion(text) if why.startswith("a hold over someone")]


@pytest.fixture(scope="module")
def humiliation(coercion):
    return lambda text: [why for why in coercion(text) if why.startswith("someone's distress")]


@pytest.mark.parametrize("text", [
    "@DaleCrouchIP's brother is on the waiting list. I sit on the allocations panel. He might want to be nicer to me.",
    "Your nan's bungalow transfer comes up next month, Kieran. Think on before the vote.",
    "I chair the grants panel, Moira. Your hall's grant is up for renewal. Something to think about before Tuesday.",
    "I sit on the licensing committee. Anyone on Quay Street who signed that petition might want to remember that.",
    "Funny how Holme ward's budget might come up short next year if you don't back us, @CllrAsh. Think on.",
])
def test_a_hold_then_a_caution_is_read(leverage, text):
    assert len(leverage(text)) == 1


@pytest.mark.parametrize("text", [
    "I sit on the allocations panel, so I declare an interest: my cousin's transfer comes up next month.",
    "Your grant for the youth club comes up for renewal next month. Drop me a line if you want help with the form.",
    "Think on before you vote, everyone: the precept goes up again.",  # a caution with no hold
    "I sit on the licensing committee, so I won't comment on the review. Keep that in mind if you message me.",
    "I sit on the planning committee. Anyone who wants to object might want to remember that the deadline is Friday.",
])
def test_declarations_offers_of_help_and_cautions_alone_are_not(leverage, text):
    assert leverage(text) == []


def test_a_hold_needs_someone_named_or_addressed(leverage):
    assert leverage("@DaleCrouchIP: I sit on the allocations panel. He might want to be nicer to me.")
    assert leverage("I sit on the allocations panel. It might be nicer to me if the minutes came out on time.") == []


@pytest.mark.parametrize("text", [
    "Got a clip of Dana Ruddock in tears after scrutiny. Anyone want it? DM me.",
    "Anybody who wants a copy of the voicemail @PiersNokesLD left me sobbing down the phone, message me.",
])
def test_distress_offered_round_is_read(humiliation, text):
    assert humiliation(text)


@pytest.mark.parametrize("text", [
    "Someone filmed Cllr Hart in tears after the abuse last night. Please don't share it. She deserves better.",
    "Lovely video of the choir at the Christmas lights. DM me if you want a copy for your group.",  # no distress
    "Got a video of the flooding on Mill Lane. Anyone want it for the Environment Agency? DM me.",
])
def test_counter_speech_and_plain_offers_are_not(humiliation, text):
    assert humiliation(text) == []


def test_they_raise_intimidation_at_review_through_the_checker(checker):
    report = checker.check("I'm on the licensing panel, @GailTrussLD. Your son's pub licence is up for review in May. "
                           "Keep that in mind before Thursday's vote.")
    found = [f for f in report.findings if f.rule == "bullying.intimidation"]
    assert found and found[0].severity == "review"
    assert found[0].evidence["signals"][0]["signal"] == "toxicity.coercion"
