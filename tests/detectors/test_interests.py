"""interests.declared-interest (postcheck/detectors/interests.py): posts about a matter the author has a registered
interest in (the tests' council registers them).

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's DI posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.interests import InterestsDetector, interest_names

from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     labelled, post_of, words_of)

RULE = "interests.declared-interest"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("DI")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_interest_held_by_another_councillor_is_not_the_authors(phrase_checker):
    text = "The council grant to Vale Rowing Club goes to cabinet on Tuesday and I'll back it."
    assert "interests.declared-interest" in phrase_checker.check({"text": text, "author": "@CllrJaneJones"}).rules
    assert "interests.declared-interest" not in phrase_checker.check({"text": text, "author": "@AmirKhanCllr"}).rules


def test_interest_names_drop_legal_suffixes():
    assert interest_names("Acme Homes Ltd", {"ltd", "limited"})[:2] == ["Acme Homes Ltd", "Acme Homes"]


def test_interest_names_are_the_ways_people_shorten_a_body():
    names = interest_names("Leddon Valley Rowing Club Ltd", {"ltd"}, {"club"})
    for form in ("Leddon Valley", "Leddon's", "Leddon Valley RC", "LVRC", "the rowing club", "our club"):
        assert form in names
    assert "the club" in names and "Leddon" not in names  # one bare word is too often a place
    assert interest_names("Brockhurst Farm, Stoke Ferrers", set())[:2] == ["Brockhurst Farm, Stoke Ferrers", "Brockhurst Farm"]
    assert "our homes" not in interest_names("Acme Homes Ltd", {"ltd"}, {"club"})  # homes is not a kind of body


def test_interest_names_without_the_place_they_start_with():
    names = interest_names("Fendyke Internal Drainage Board", set(), {"board"})
    assert "Internal Drainage Board" in names and "IDB" in names
    assert "Chamber of Trade" in interest_names("Brackenford Chamber of Trade", set())
    # what is left must still be a name: two words or more, capitalised at both ends
    assert "Homes" not in interest_names("Acme Homes Ltd", {"ltd"})
    assert "East Lindmarsh branch" not in interest_names("Unison East Lindmarsh branch", set())


@pytest.mark.parametrize("text, raised", [
    ("Proud to back the Vale Rowing boathouse grant at cabinet next week.", True),
    ("Vale's new boathouse deserves the council grant, and I'll say so at cabinet.", True),
    ("The council grant for our rowing club goes to cabinet on Tuesday, fingers crossed!", True),
    ("The council grant for the Vale Rowing Association goes to cabinet on Tuesday.", False),  # another body
    ("I'm on the committee of our rowing club, so I'm declaring my interest and won't be voting on the grant.", False),
])
def test_a_shortened_name_of_the_authors_own_interest(fixture_context, text, raised):
    detector = InterestsDetector(fixture_context)
    assert bool(facts(detector, text, author="@CllrJaneJones")) is raised


@pytest.mark.parametrize("text, found", [
    ("Our leaflets go through letterboxes in Hawthorn Tump this week.", []),  # the village
    ("Hawthorn Tump's grazing grant goes to cabinet.", ["Hawthorn Tump"]),  # the association's
    ("The Hawthorn Tump Commoners' Association grant goes to cabinet.", ["Hawthorn Tump Commoners' Association"]),
])
def test_the_place_an_interest_is_named_after_is_only_the_place(fixture_context, text, found):
    """The leading words of "Hawthorn Tump Commoners' Association" are the village it is named after:
    "in Hawthorn Tump" is the village, not the association."""
    from postcheck.detectors.interests import InterestIndex

    index = InterestIndex(fixture_context.nlp, ["Hawthorn Tump Commoners' Association"], {"ltd"}, {"association"})
    assert [span.text for _, span in index.find(fixture_context.nlp(text))] == found


@pytest.mark.parametrize("text, found", [
    ("Hawthorn's grazing grant goes to cabinet.", ["Hawthorn's"]),  # the association's grant
    ("Not Hawthorn's. The cabinet cut the grant.", []),  # the village's, with nothing after it
    ("As Hawthorn's ward member I'll speak at committee.", []),  # the village's member
    ("Hawthorn's Blue Vinny is the best cheese the council's market sells.", []),  # some other name of the village
])
def test_a_place_possessive_is_the_bodys_only_where_something_of_the_bodys_follows(fixture_context, text, found):
    from postcheck.detectors.interests import InterestIndex

    index = InterestIndex(fixture_context.nlp, ["Hawthorn Commoners' Association"], {"ltd"}, {"association"},
                          frozenset({"ward", "member"}))
    assert [span.text for _, span in index.find(fixture_context.nlp(text))] == found


def test_a_post_that_says_it_is_no_council_matter_is_none(checker):
    post = {"text": "Lovely morning on the water at Vale Rowing Club. Nothing to do with the council, just a new boat.",
            "author": "@CllrJaneJones"}
    assert "interests.declared-interest" not in checker.check(post).rules
    post["text"] = "Vale Rowing Club needs the council's boathouse grant, and I'll be voting for it."
    assert "interests.declared-interest" in checker.check(post).rules


@pytest.mark.parametrize("text", [
    "Interest declared - I row at Vale Rowing Club - so I'll sit out the boathouse grant item.",
    "Full disclosure: I'm a member of Vale Rowing Club, so I've had nothing to do with the council's boathouse grant.",
    "Vale Rowing Club's boathouse grant is on Thursday's agenda. I'm a member, so I've recused myself.",
    "Vale Rowing Club has put in for the council's boathouse grant. (As my register says, I row there.)",
])
def test_a_declared_interest_and_staying_out_said_other_ways_pass(checker, text):
    assert "interests.declared-interest" not in checker.check({"text": text, "author": "@CllrJaneJones"}).rules


def test_an_interest_named_with_a_pending_application_is_a_council_matter(checker):
    post = {"text": "Delighted that Acme Homes' plans for Quarry Lane are moving forward", "author": "@CllrJaneJones"}
    assert "interests.declared-interest" in checker.check(post).rules
    post["text"] = "Delighted that Acme Homes have opened a new office in town"
    assert "interests.declared-interest" not in checker.check(post).rules


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain interests.declared-interest` shows raise and pass it (with the tests' register of interests)."""
    assert_examples_true(phrase_checker, RULE)


@pytest.mark.slow
def test_dev_corpus_precision_and_recall(phrase_corpus):
    assert_scores(phrase_corpus.result, RULE, 0.85)
    assert_ok_posts_get_advice_at_most(phrase_corpus.items, phrase_corpus.reports, RULE)

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_an_interest_names_the_register_entry_and_the_council_matter(fixture_context):
    detector = InterestsDetector(fixture_context)
    text = "Delighted the council has awarded a grant to Vale Rowing Club for its new boathouse."
    [signal] = facts(detector, text)
    assert signal.name == "interests.registered-interest"
    assert words_of(text, signal) == ["Vale Rowing Club", "council"]
    assert signal.evidence == {"register": "interests", "entries": ["Vale Rowing Club"]}
    declared = "Delighted the council has awarded a grant to Vale Rowing Club; I declared my interest and left the room."
    assert facts(detector, declared) == []


def test_a_short_name_maps_to_its_entry_and_only_its_holder_must_declare_it(fixture_context):
    detector = InterestsDetector(fixture_context)
    text = "Acme Homes have done a great job on the new estate, and the planning committee should back them."
    [signal] = facts(detector, text, author="@CllrJaneJones")
    assert words_of(text, signal) == ["Acme Homes", "planning"]
    assert signal.evidence["entries"] == ["Acme Homes Ltd"]  # the register's spelling
    assert facts(detector, text, author="@AmirKhanCllr") == []  # Jane Jones's interest, not his


def test_a_long_registered_name_is_also_found_by_its_initials():
    from postcheck.detectors.interests import interest_names

    assert "Wethercote CLT" in interest_names("Wethercote Community Land Trust", {"ltd"})
    assert not any(n.isupper() or n.endswith(" H") for n in interest_names("Acme Homes Ltd", {"ltd"}))  # too short for initials


# --- an interest spoken for without its name: the rule's own head -----------------------------

def _unnamed_reading(monkeypatch, words):
    import postcheck.detectors.interests as module

    def reading(doc, context, label):
        assert label == module.LEARNED_HEAD
        start = doc.text.index(words)
        return 0.88, [(start, start + len(words))]

    monkeypatch.setattr(module, "learned_cue", reading)


def test_the_heads_reading_raises_an_interest_the_post_does_not_name(checker, monkeypatch):
    _unnamed_reading(monkeypatch, "clubs like ours")
    text = "The cut to the sports grant will finish off clubs like ours. I'll be voting against it at cabinet."
    result = checker.check({"text": text, "author": "@CllrJaneJones"})
    [found] = [f for f in result.findings if f.rule == RULE]
    assert found.severity == "review"
    [signal] = found.evidence["signals"]
    assert signal["signal"] == "interests.learned-interest"
    why = found.explanation
    assert "model 0.88" in why and "“clubs like ours”" in why and "“Vale Rowing Club”" in why
    assert signal["entries"] == ["Acme Homes Ltd", "Vale Rowing Club"]  # hers on the register, both quoted


def test_the_heads_reading_needs_an_interest_of_the_authors_and_no_declaration(checker, monkeypatch):
    _unnamed_reading(monkeypatch, "clubs like ours")
    text = "The cut to the sports grant will finish off clubs like ours. I'll be voting against it at cabinet."
    assert RULE not in checker.check({"text": text, "author": "@AmirKhanCllr"}).rules  # no interest of his own
    declared = text + " I declare an interest as a member."
    assert RULE not in checker.check({"text": declared, "author": "@CllrJaneJones"}).rules


def _no_reading(monkeypatch):
    """The rule's head reading every post under its bar, as it does many that speak for a business."""
    import postcheck.detectors.interests as module

    monkeypatch.setattr(module, "learned_cue", lambda doc, context, label, **kw: None)


@pytest.mark.parametrize("text", [
    "Come on council, get on with the new slipway. It's embarrassing for businesses like mine when customers "
    "slide down the mud.",
    "I'll be asking cabinet to keep the riverside car park open till 9pm. My canoe customers need it.",
    "The council's rate relief review has to keep community shops at 100%. I know that from the inside.",
])
def test_the_writers_own_stake_on_a_council_matter_raises_it_under_the_heads_bar(checker, monkeypatch, text):
    _no_reading(monkeypatch)
    result = checker.check({"text": text, "author": "@CllrJaneJones"})
    [found] = [f for f in result.findings if f.rule == RULE]
    assert found.severity == "review"
    assert found.evidence["signals"][0]["signal"] == "interests.own-stake"


@pytest.mark.parametrize("text, author", [
    # no council matter in the post: the writer's business news
    ("Busy weekend at the café, my customers cleared us out of scones by noon.", "@CllrJaneJones"),
    # no interest of the author's on the register
    ("Come on council, get on with the new slipway. It's embarrassing for businesses like mine.", "@AmirKhanCllr"),
    # the stake declared, and the writer staying out
    ("The slipway is up at cabinet on Tuesday. Businesses like mine would gain, so I declare an interest and "
     "will leave the room.", "@CllrJaneJones"),
])
def test_a_stake_with_no_council_matter_no_interest_or_a_declaration_passes(checker, monkeypatch, text, author):
    _no_reading(monkeypatch)
    assert RULE not in checker.check({"text": text, "author": author}).rules
