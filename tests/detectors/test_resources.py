"""resources.political-use (postcheck/detectors/resources.py): council resources put to party-political use.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's RP posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.resources import ResourcesDetector
from helpers import (COUNCIL_VOICE_LIMITS, assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post,
                     assert_scores, facts, labelled, labelled_param, post_of, words_of)

RULE = "resources.political-use"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("RP")]


@pytest.mark.parametrize("item", [labelled_param(item, COUNCIL_VOICE_LIMITS) for item in POSTS])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_council_crest_in_alt_text_counts_as_a_council_resource(phrase_checker):
    text = "Our leaflet for the Elmwood by-election is out!"
    plain = phrase_checker.check({"text": text})
    crest = phrase_checker.check({"text": text, "media": [{"alt": "Party leaflet with the council crest at the top"}]})
    assert "resources.political-use" not in plain.rules
    assert "resources.political-use" in crest.rules


def test_own_council_email_counts_only_with_campaigning(phrase_checker):
    assert "resources.political-use" in phrase_checker.check(
        "Help us canvass for the Greens: email cllr.jones@elmbridgevale.gov.uk").rules
    assert "resources.political-use" not in phrase_checker.check(
        "Problems with your bins? Email cllr.jones@elmbridgevale.gov.uk").rules


def test_a_ward_budget_is_council_money_only_with_campaigning(phrase_checker):
    assert "resources.political-use" in phrase_checker.check(
        "Ward budget paid for the new banners on the bridge, with the Greens' logo on them too.").rules
    assert "resources.political-use" not in phrase_checker.check(
        "Ward budget paid for the new benches on the green. Thanks to the parks team for fitting them.").rules


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain resources.political-use` shows raise and pass it."""
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

def test_campaigning_with_a_council_address_names_both(fixture_context):
    detector = ResourcesDetector(fixture_context)
    text = "Help us canvass for the Greens: email cllr.jones@elmbridgevale.gov.uk"
    [signal] = facts(detector, text)
    assert signal.name == "resources.campaign-with-council-resource"
    assert words_of(text, signal) == ["canvass", "the Greens", "cllr.jones@elmbridgevale.gov.uk"]
    assert signal.evidence == {"campaigning": ["canvass", "the Greens"], "resources": ["council email"]}
    assert facts(detector, "Problems with your bins? Email cllr.jones@elmbridgevale.gov.uk") == []  # casework


def test_council_branding_in_an_image_has_no_span_of_its_own(fixture_context):
    detector = ResourcesDetector(fixture_context)
    text = "Our leaflet for the Elmwood by-election is out!"
    [signal] = facts(detector, text, media=[{"alt": "Party leaflet with the council crest at the top"}])
    assert words_of(text, signal) == ["by-election"]  # the campaigning; the crest is in the picture
    assert signal.evidence == {"campaigning": ["by-election"], "resources": ["council branding in an image"]}
    assert facts(detector, text, media=[{"alt": "Party leaflet with a photo of the high street"}]) == []


def test_council_resources_no_list_names_are_the_cue_heads_reading_beside_campaigning(checker):
    report = checker.check("Great turnout at our Labour campaign evening in the council chamber last night, thanks all for coming.")
    (finding,) = [f for f in report.findings if f.rule == "resources.political-use"]
    assert finding.evidence["signals"][0]["signal"] == "resources.learned-cue"
    assert "resources.political-use" not in checker.check("Our Labour campaign evening is at the Red Lion on Friday, all welcome.").rules


def test_campaigning_no_list_names_counts_where_something_of_the_councils_is_named(checker):
    """The head reads the campaigning itself; what it needs beside it is a council thing named."""
    report = checker.check("Huge thanks to the council's design team for knocking up our Independents' "
                           "campaign poster for the May elections!")
    (finding,) = [f for f in report.findings if f.rule == "resources.political-use"]
    assert finding.evidence["signals"][0]["signal"] == "resources.learned-cue"
    # the same campaigning with nothing of the council's, and council premises with no campaigning,
    # pass: fixtures/hard_negatives.jsonl


def test_a_party_hashtag_is_campaigning(fixture_context):
    detector = ResourcesDetector(fixture_context)
    text = "Council printer working overtime on the leaflets tonight #LibDemFightback"
    [signal] = facts(detector, text)
    assert signal.evidence["campaigning"] == ["LibDemFightback"]
    assert facts(detector, "Council printer working overtime on the bin calendars tonight #Reformed") == []


def test_a_party_name_no_list_holds_is_campaigning(fixture_context):
    detector = ResourcesDetector(fixture_context)
    text = "Anyone wanting a Marches Workers' Party sticker for their window, ring the council switchboard."
    [signal] = facts(detector, text)
    assert signal.evidence == {"campaigning": ["Marches Workers' Party"], "resources": ["council equipment"]}
    assert facts(detector, "Anyone wanting a bin calendar, ring the council switchboard.") == []


def test_the_councils_own_name_before_a_branding_word_is_council_branding(fixture_context):
    """The fixture council is "Borough of Elmbridge Vale": "the Elmbridge Vale logo" is its logo."""
    detector = ResourcesDetector(fixture_context)
    text = "Our canvassers will be out in hi-vis vests with the Elmbridge Vale logo on, so folk know we're legit."
    [signal] = facts(detector, text)
    assert signal.evidence == {"campaigning": ["canvassers"], "resources": ["council branding"]}
    assert facts(detector, "Our litter pickers will be out in hi-vis vests with the Elmbridge Vale logo on.") == []


@pytest.mark.parametrize("text", [
    "Vote Labour on Thursday to kick the Tories out of the town hall!",
    "Time to get the Lib Dems into the town hall and sort this mess out.",
])
def test_the_town_hall_as_the_seat_of_power_is_not_a_council_resource(fixture_context, text):
    """Premises count for the cue head only as the place where something happens ("in the chamber")."""
    detector = ResourcesDetector(fixture_context)
    assert not detector._council_named(fixture_context.nlp(text))
    assert detector._council_named(fixture_context.nlp("Our Labour campaign evening is in the council chamber."))


@pytest.mark.parametrize("text", [
    "Canvass sheets for Saturday went out from cllr.okafor@cray.gov.uk, so check your inbox, comrades.",
    "I'll send our party survey from my @cray.gov.uk address so it lands in people's inboxes.",
])
def test_a_council_email_address_is_something_of_the_councils(fixture_context, text):
    """An address on a council domain, or that domain written as an address, is the council's email,
    whether or not a listed campaigning word sits beside it; a handle or another domain is not."""
    detector = ResourcesDetector(fixture_context)
    assert detector._council_named(fixture_context.nlp(text))
    assert not detector._council_named(fixture_context.nlp("Canvass sheets went out from jo.okafor@example.com."))
    assert not detector._council_named(fixture_context.nlp("Canvass sheets went out, thanks @CrayLabour."))


def test_a_council_domain_without_an_address_needs_the_cue_head(fixture_context):
    """"@cray.gov.uk" alone may be a Bluesky handle on the council's domain: it names something of the
    council's for the head, but only a whole address is a council resource without it."""
    detector = ResourcesDetector(fixture_context)
    assert facts(detector, "Vote Labour on Thursday! Thanks @cray.gov.uk for the new bins.") == []
    [signal] = facts(detector, "Vote Labour on Thursday! Questions to cllr.okafor@cray.gov.uk please.")
    assert signal.evidence["resources"] == ["council email"]


@pytest.mark.parametrize("text", [
    "Booked the meeting room at Elmbridge Vale House for our branch AGM and candidate selection on Friday.",
    "Party canvass sheets printed on the big plotter in the planning office. Out tonight with the team!",
    "Cheers to the comms team for turning round our party press release so quick.",
])
def test_the_councils_own_building_equipment_and_staff_put_to_campaigning(fixture_context, text):
    assert facts(ResourcesDetector(fixture_context), text)


def test_the_councils_own_building_for_council_business_is_not(fixture_context):
    assert facts(ResourcesDetector(fixture_context), "Booked the meeting room at Elmbridge Vale House for the flood forum.") == []


def test_a_district_logo_and_member_support_are_council_resources_only_with_campaigning(phrase_checker):
    assert "resources.political-use" in phrase_checker.check(
        "Yes, we've put the Elmbridge DC logo on our Labour budget leaflet.").rules
    assert "resources.political-use" not in phrase_checker.check(
        "The Elmbridge DC logo is on the new bin lorries from Monday.").rules
    assert "resources.political-use" in phrase_checker.check(
        "Thanks to Dawn in member support who proofread our Labour leaflet.").rules
    assert "resources.political-use" not in phrase_checker.check(
        "Thanks to Dawn in member support for sorting out my casework inbox.").rules


@pytest.mark.parametrize("text", [
    "Using my members' print allowance to get our Labour leaflets out across the ward this weekend.",
    "Out canvassing in the villages this afternoon. The pool car from the depot got us round in no time!",
    "Phone-banking for our Green supporters from the members' room phones, 6-8pm weekdays. Let's get the vote out!",
])
def test_a_pool_car_a_print_allowance_and_the_members_room_phones_are_council_resources(phrase_checker, text):
    assert "resources.political-use" in phrase_checker.check(text).rules


@pytest.mark.parametrize("text", [
    "The pool car from the depot is off the road until Monday, so site visits move to Tuesday.",
    "Members' print allowance is being cut next year: I'll be printing fewer ward newsletters.",
])
def test_the_same_resources_without_campaigning_are_not_political_use(phrase_checker, text):
    assert "resources.political-use" not in phrase_checker.check(text).rules
