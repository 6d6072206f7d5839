"""security.credentials (postcheck/detectors/credentials.py): passwords, codes, keys and tokens in a post.

The labelled posts are fixtures/detector_posts_b.jsonl's S posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.
"""
from __future__ import annotations

import json

import pytest

from postcheck.severity import RANK
from postcheck.detectors.credentials import CredentialsDetector
from postcheck.post import Post
from helpers import CONTEXT_RULES, assert_context_post, facts, finding, labelled, words_of

RULE = "security.credentials"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("S")]


def test_the_rule_has_five_positives_and_five_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if not set(i["expect"]["rules"]) & set(CONTEXT_RULES)]
    assert len(positives) >= 5 and len(negatives) >= 5


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_fixture_post(item, context_reports):
    """Each positive raises its rule; no post raises one of the six rules it is not allowed."""
    assert_context_post(context_reports[item["id"]], item)


def test_severities(context_reports):
    """Its findings block; and no more than advice on a post whose verdict is ok."""
    items = {i["id"]: i for i in ALL}
    for post_id, report in context_reports.items():
        for found in report.findings:
            if found.rule != RULE:
                continue
            assert found.severity == "block"
            if items[post_id]["expect"]["verdict"] == "ok":
                assert RANK[found.severity] <= RANK["advice"], post_id


def test_secret_span_and_masking(checker):
    text = "The ward office wifi password is Elmbridge#2026 if anyone needs it tonight."
    found = finding(checker.check(text), "security.credentials")
    assert [text[s:e] for s, e in found.spans] == ["Elmbridge#2026"]
    assert "Elmbridge#2026" not in found.explanation


@pytest.mark.parametrize("text", [
    "OTP 552901 - IT, can you see why this won't let me in?",
    "My bank PIN is 4417, note to self, delete this later",
    "Someone asked for the bot key: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "Ward forms sync key Q7vX2mLp9RtY4wZk8NbH3cJd for the volunteers' spreadsheet.",
    "Need a lift to surgery? Peter's personal mobile is 07700 900123, ring him.",
    "Council tax refund due! Claim here: https://elmbridgevale-gov-refund.co/claim",
])
def test_other_secrets(checker, text):
    assert "security.credentials" in checker.check(text).rules


def test_a_code_with_a_leading_letter_or_key_is_a_code_and_a_road_number_is_not(fixture_context):
    """"C159", "*3914" after a code word are codes; "the A358" leads with a road's letter."""
    from postcheck.detectors.credentials import CredentialsDetector

    detector = CredentialsDetector(fixture_context)
    assert [s.name for s in facts(detector, "Defib at the chapel: the cabinet code is C159. Ring 999 first.")] == ["credentials.code"]
    assert [s.name for s in facts(detector, "Hub door code for after-hours groups: *3914.")] == ["credentials.code"]
    assert facts(detector, "The gate code? Take the A358 and ask at the farm.") == []


@pytest.mark.parametrize("text", [
    "Call my surgery line on 020 8000 0000 if you need help.",   # the councillor's own number
    "Details are on https://www.elmbridgevale.gov.uk/council-tax and in the leaflet.",
    "The password reset page is on the council website; choose a strong one.",
])
def test_not_secrets(checker, text):
    assert "security.credentials" not in checker.check(text).rules


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text", [
    "Planning powers come from section 70 of the Act (see Code § 3021 for the US equivalent).",
    "Campaign for fair funding #FairFundingForElmbridgeVale2026 sign the petition",
])
def test_ordinary_posts_pass(checker, text):
    assert RULE not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "Code of Conduct complaint 204518 was dismissed by the Monitoring Officer.",
    "Pin badges: 2500 made for the centenary, on sale at the library.",
    "Our PIN number campaign has 1200 signatures so far.",
    "© 2026 Borough of Elmbridge Vale: the new recycling calendar is attached.",
    "Bus 229 now runs every 12 minutes, route code 4229 on the timetable.",
])
def test_codes_in_other_senses(checker, text):
    assert RULE not in checker.check(text).rules

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_password_points_at_the_secret_and_names_the_cue(fixture_context):
    detector = CredentialsDetector(fixture_context)
    text = "The ward office wifi password is Elmbridge#2026 if anyone needs it tonight."
    [signal] = facts(detector, text)
    assert signal.name == "credentials.password" and words_of(text, signal) == ["Elmbridge#2026"]
    assert signal.evidence == {"cue": "password"} and "Elmbridge#2026" not in signal.why  # masked
    assert facts(detector, "The password reset page is on the council website; choose a strong one.") == []


def test_a_private_number_is_someone_elses_not_the_councillors_own(fixture_context):
    detector = CredentialsDetector(fixture_context)
    text = "Peter's personal mobile is 07700 900123, ring him."
    [signal] = facts(detector, text)
    assert signal.name == "credentials.private-number" and words_of(text, signal) == ["07700 900123"]
    assert signal.evidence == {"cue": "personal mobile"}
    assert facts(detector, "My personal mobile is 020 8000 0000 if you need me.") == []  # the [self] phone


# -- links that look malicious: features of the URL, not a list of bad domains -----------------

@pytest.mark.parametrize("text, host", [
    ("Log in at cray-valley-counci1.com/verify with your password to confirm your refund.", "cray-valley-counci1.com"),
    ("Check g0v-refunds.co.uk for your energy refund!", "g0v-refunds.co.uk"),
    ("Claim it at https://hmrc-rebate.xn--80ak6aa92e.com now", "hmrc-rebate.xn--80ak6aa92e.com"),
])
def test_a_bare_domain_with_digits_for_letters_or_punycode_imitates_an_official_site(fixture_context, text, host):
    detector = CredentialsDetector(fixture_context)
    found = [s for s in detector.detect(fixture_context.nlp(text), Post(text=text)) if s.name == "credentials.lookalike-link"]
    assert [s.evidence["domain"] for s in found] == [host]


@pytest.mark.parametrize("text", [
    "Pay your council tax online at www.bexley.gov.uk/counciltax",
    "Email me at jane@council-mail.com or see bbc.co.uk/news for the story.",
    "Great article on theguardian.com about local government finance, e.g. on reserves.",
])
def test_official_sites_ordinary_links_and_email_addresses_pass(fixture_context, text):
    detector = CredentialsDetector(fixture_context)
    assert [s.name for s in detector.detect(fixture_context.nlp(text), Post(text=text))] == []


@pytest.mark.parametrize("text", [
    "The hall wifi password is SundayLunch! if anyone needs it tonight.",  # a value the tagger calls a verb
    "Lost my phone: the backup code for the ward page is 4KD9-7QXM if another admin can use it.",
    "The key safe at the pavilion is now 2-7-1-4, please lock up after you.",
    "Tried the verification code 418 302 twice and it still says expired.",
    "Shared drive for helpers: user greenteam, pass Marsh2024 - please don't change it.",
    "Everyone on the ward team please log in with your council email and password at ward-team-portal.net/login today.",
    "Need a lift to the clinic? Ring him on 07700 900123, he is happy to help.",
])
def test_secrets_in_other_shapes_are_found(checker, text):
    assert "security.credentials" in checker.check(text).rules


@pytest.mark.parametrize("text, value", [
    ("Combination for the beach hut store is 0-7-3-9. Lifeguards please note!", "0-7-3-9"),
    ("Residents tell me the bin store keypad is 1 9 8 4 (yes, really). Housing, please change it!", "1 9 8 4"),
    ("Defib cabinet at the chapel: the code's 1234C. Worth knowing, it could save a life.", "1234C"),
    ("Padlock on the slipway is 3-3-7. Rowers, help yourselves.", "3-3-7"),
    ("Voicemail PIN for the group office phone is still 0000. A known issue, apparently.", "0000"),
])
def test_codes_for_locks_and_keypads_in_the_ways_people_write_them(fixture_context, text, value):
    [signal] = facts(CredentialsDetector(fixture_context), text)
    assert signal.name == "credentials.code" and words_of(text, signal) == [value]


@pytest.mark.parametrize("text", [
    "Keypad on the new bus shelter screen shows 3 4 5 routes.",
    "The combination of 1 2 3 bins a week is a nightmare.",
    "The new keypad at the library is a great improvement.",
    "Our team played 4-4-2 on Saturday.",
])
def test_numbers_near_lock_words_that_are_no_code_pass(fixture_context, text):
    assert facts(CredentialsDetector(fixture_context), text) == []


@pytest.mark.parametrize("text", [
    "Scam warning: a fake site, ward-team-portal.net, asks for your council password. Never use it.",
    "Reset your password only at the council's own site, example.gov.uk/account.",
    "The council tax page has moved: see www.example.gov.uk/counciltax for the new forms.",
    "My password is strong and I change it every month, like everyone should.",
])
def test_warnings_official_links_and_advice_pass(checker, text):
    assert "security.credentials" not in checker.check(text).rules


def test_a_login_no_pattern_holds_is_the_cue_heads_reading_and_never_quoted(checker):
    """The head reads a shared login the patterns miss; the finding is review (no span is known to be the
    secret) and neither its reason nor its spans carry the address or the password."""
    text = "Dropbox for the ward team: user wardteam@gmail.com / Bluebell2026"
    found = finding(checker.check(text), "security.credentials")
    assert found.severity == "review"
    assert found.evidence["signals"][0]["signal"] == "credentials.learned-cue"
    assert not any(secret in text[s:e] for s, e in found.spans for secret in ("Bluebell2026", "wardteam"))
    assert "Bluebell2026" not in found.explanation and "wardteam" not in found.explanation
    assert "security.credentials" not in checker.check("Remember to use strong passwords and change them regularly.").rules


@pytest.mark.parametrize("text", [
    "Ring me on 07700 900123 any time, happy to help.",
    "My mobile is 07700 900555 if you need me about the bin round.",
    "New number for casework: my council mobile is 07700 900318, so save it!",
])
def test_a_councillors_own_number_is_no_secret(checker, text):
    """The cue head can read a phone number as a code; a reading that rests on the writer's own number
    (offered with "me" or "my") is not a finding."""
    assert "security.credentials" not in checker.check(text).rules


def test_someone_elses_number_is_still_the_heads_to_read(checker):
    """Others' private numbers are the rule's (RULES.md): the head's reading of one stands."""
    text = "Ring Sheila on 07700 900562 if you can help with the lunch club, she runs it."
    assert "security.credentials" in checker.check(text).rules


def test_a_code_the_head_reads_beside_a_phone_number_still_counts(checker):
    """Only a reading that rests on the number is set aside: a login shared beside one still raises."""
    text = "Dropbox for the ward team: user wardteam@gmail.com / Bluebell2026. Any problems ring 07700 900123."
    assert "security.credentials" in checker.check(text).rules


def test_padlocks_set_to_a_number_share_a_code(fixture_context):
    text = "Grit bin padlocks on Hagworth Hill are all set to 2704 now, so any resident can help themselves."
    assert [s.name for s in facts(CredentialsDetector(fixture_context), text)] == ["credentials.code"]


def test_padlocks_fitted_on_a_date_share_no_code(fixture_context):
    assert facts(CredentialsDetector(fixture_context), "New padlocks fitted to the grit bins on 4 December.") == []
