"""Account patterns fed by the judgement heads: hostility and personal life with no listed word."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from postcheck import Checker



@pytest.fixture(scope="module")
def audit_checker():
    return Checker(FIXTURES / "council.toml")


def run(checker, author, texts):
    posts = [{"id": f"p{i}", "author": author, "text": t, "created_at": f"2025-03-{i + 1:02d}T10:00:00+00:00"}
             for i, t in enumerate(texts)]
    _, findings = checker.check_account(posts)
    return {(f.finding.rule, tuple(f.finding.posts)) for f in findings}


def test_mocking_one_councillor_in_plain_words_is_repeated_targeting(audit_checker):
    found = run(audit_checker, "@CllrJaneJones", [
        "Cllr Khan is a total buffoon.",  # no word of the phrase lists: the insult head's reading
        "Bin collections in Vale Green are back to normal on Monday.",
        "Amir Khan, what a charlatan. Not fit to represent anyone.",
    ])
    assert ("harassment.repeated-target", ("p0", "p2")) in found


def test_personal_posts_without_listed_words_make_a_mixed_account(audit_checker):
    found = run(audit_checker, "@CllrJaneJones", [
        "Our new puppy Biscuit has chewed through the surgery notes. Send help and treats.",
        "Bin collections in Vale Green are back to normal on Monday.",
        "Planning committee meets on Thursday to decide the Mill Street application; papers are online.",
        "Lovely week in Cornwall with the grandchildren, back in the ward on Monday.",
    ])
    rules = {rule for rule, _ in found}
    assert "capacity.mixed-account" in rules


COUNCIL_POSTS = [
    "Bin collections in Vale Green are back to normal on Monday.",
    "Planning committee meets on Thursday to decide the Mill Street application; papers are online.",
]


def test_a_residents_family_quoted_at_surgery_is_not_the_councillors(audit_checker):
    found = run(audit_checker, "@CllrJaneJones", COUNCIL_POSTS + [
        "'My son's been waiting since September for his assessment.' A resident told me that at surgery. "
        "I've raised the backlog at scrutiny.",
    ])
    assert "capacity.mixed-account" not in {rule for rule, _ in found}


def test_the_same_words_in_the_councillors_own_voice_are_personal(audit_checker):
    found = run(audit_checker, "@CllrJaneJones", COUNCIL_POSTS + [
        "My son's been waiting since September for his first tooth to come out. Big day at ours tonight.",
    ])
    assert ("capacity.mixed-account", ("p2",)) in found


@pytest.mark.parametrize("text", [
    "As a dad who does the school run past the Mill Street footbridge every morning, I know how bad the litter "
    "has got there. New bins go in next week and the council's street cleaning crew will empty them daily.",
    "Congratulations to the Vale Green Silver Band on their centenary concert. My wife and I were delighted to "
    "attend on behalf of the council.",
])
def test_council_business_told_with_a_family_touch_is_not_personal(audit_checker, text):
    """A family word in a post the heads read as council business, and not as the writer's life."""
    found = run(audit_checker, "@CllrJaneJones", COUNCIL_POSTS + [text])
    assert "capacity.mixed-account" not in {rule for rule, _ in found}


def test_an_event_of_the_writers_own_life_stays_personal_beside_ward_business(audit_checker):
    """A holiday told with a ward notice is still the writer's life, whatever the heads make of it."""
    found = run(audit_checker, "@CllrJaneJones", COUNCIL_POSTS + [
        "Family holiday in Devon this week. Back Monday, and for urgent ward issues please contact Cllr Amir Khan.",
    ])
    assert "capacity.mixed-account" in {rule for rule, _ in found}
