"""What a checked post tells the account stage: hostility the heads read, and whom it is aimed at."""
from __future__ import annotations

import pytest

from helpers import FIXTURES
from postcheck.account.facts import model_hostility, post_account_facts
from postcheck.config import load_config
from postcheck.people import People
from postcheck.post import Post

THRESHOLDS = {"account.hostile": 0.6, "account.person": 0.5}
AT_PERSON = {"target.named_person": 0.7, "target.addressed_person": 0.1}
AT_POLICY = {"target.policy": 0.9, "target.named_person": 0.05}


@pytest.fixture(scope="module")
def people():
    return People(load_config(FIXTURES / "audit_council.toml"))


def test_hostility_is_mockery_or_an_attack_the_target_head_aims_at_a_person():
    assert model_hostility({"insult": 0.9, **AT_PERSON}, THRESHOLDS) == 0.9
    assert model_hostility({"insult": 0.9, **AT_POLICY}, THRESHOLDS) == 0.0  # a hostile word about a policy
    assert model_hostility({"fact.mockery": 0.8, **AT_POLICY}, THRESHOLDS) == 0.8  # learned on people: not gated
    assert model_hostility(None, THRESHOLDS) == 0.0


def test_a_post_the_heads_read_as_mockery_names_its_target_for_the_account(people):
    post = Post(text="Tattersall again. Is he even reading these?", author="@RosaDelgadoLD")
    quiet = post_account_facts(post, [], {}, people, {"fact.mockery": 0.3}, THRESHOLDS)
    mocking = post_account_facts(post, [], {}, people, {"fact.mockery": 0.8}, THRESHOLDS)
    assert "targets" not in quiet and "hostility" not in quiet
    assert mocking["hostility"] == 0.8


def test_a_lone_surname_is_a_target_only_when_one_person_on_the_roster_has_it(people):
    by_surname = people._by_surname()
    name = next(iter(by_surname.values())).name
    surname = name.split()[-1]
    post = Post(text=f"{surname} again. Clueless as ever.", author="@someone")
    facts = post_account_facts(post, [], {}, people, {"fact.mockery": 0.9}, THRESHOLDS)
    assert facts["targets"] == [name]
    assert [m.person.name for m in people.find(f"{surname} again", bare_surnames=True)] == [name]
    assert people.find(f"{surname} again") == []  # the detectors' default stays strict
    assert people.find("Again, nothing.", bare_surnames=True) == []


def test_a_lone_first_name_is_a_target_only_when_one_person_on_the_roster_has_it():
    """ "Chin up Nadine": the account stage reads a bare first name as the one roster person who has it,
    never one two people share, one that is also a surname, and never for the detectors' default."""
    from postcheck.config import config_from_dict

    roster = People(config_from_dict({"council": {}, "people": {
        "councillors": ["Nadine Overton", "Tom Fairweather", "Tom Ashby", "Jo Marsh", "Craig Nadine"]}}))
    post = Post(text="Only another 18 months of opposition to go. Chin up Tom and Nadine.", author="@someone")
    assert roster.first_name("Nadine") is None  # also Craig Nadine's surname
    roster = People(config_from_dict({"council": {}, "people": {
        "councillors": ["Nadine Overton", "Tom Fairweather", "Tom Ashby", "Jo Marsh"]}}))
    assert roster.first_name("nadine").name == "Nadine Overton"
    assert roster.first_name("Tom") is None and roster.first_name("Jo") is None  # shared; too short
    facts = post_account_facts(post, [], {}, roster, {"fact.mockery": 0.9}, THRESHOLDS)
    assert facts["targets"] == ["Nadine Overton"]
    assert roster.find(post.text, bare_surnames=True) == []


def test_someone_elses_comment_is_never_counted_as_the_page_owners_hostility(people):
    post = Post(text="Clueless as ever.", author="@resident", kind="comment")
    assert "hostility" not in post_account_facts(post, [], {}, people, {"fact.mockery": 0.95}, THRESHOLDS)


def test_council_business_is_the_listed_words_or_the_heads_reading(people):
    post = Post(text="Lovely to meet the Friends of Holly Park this morning.", author="@someone")
    thresholds = {**THRESHOLDS, "fact.council_business": 0.58}
    assert "council" not in post_account_facts(post, [], {}, people, {"fact.council_business": 0.2}, thresholds)
    assert post_account_facts(post, [], {}, people, {"fact.council_business": 0.9}, thresholds)["council"] is True



def _attack_at(target: str):
    """A personal-attack finding whose detector named ``target``."""
    from postcheck.report import Finding

    return Finding(rule="respect.personal-attack", title="", severity="review", spans=[], clauses=[],
                   golden_rules=[], explanation="", suggestion="",
                   evidence={"signals": [{"name": "toxicity.personal-attack", "target": target,
                                          "target_kind": "person"}]})


def test_a_roster_name_in_the_text_wins_over_a_target_the_roster_does_not_know(people):
    name = next(iter(people._by_surname().values())).name
    surname = name.split()[-1]
    for detected in ("you", "Skelton Clough"):  # a vague pronoun; a place the parser took for a name
        post = Post(text=f"{surname}'s at it again, and if you can't take it, go. Skelton Clough deserves better.",
                    author="@someone")
        facts = post_account_facts(post, [_attack_at(detected)], {}, people, {}, THRESHOLDS)
        assert facts["targets"] == [name]


def test_a_target_the_roster_knows_is_kept_as_the_detector_named_it(people):
    name = next(iter(people._by_surname().values())).name
    post = Post(text=f"{name} is a clown.", author="@someone")
    assert post_account_facts(post, [_attack_at(name)], {}, people, {}, THRESHOLDS)["targets"] == [name]


def test_a_lone_surname_with_s_is_still_the_roster_person(people):
    name = next(iter(people._by_surname().values())).name
    surname = name.split()[-1]
    found = people.find(f"{surname}'s in the paper again.", bare_surnames=True)
    assert [(m.person.name, m.text) for m in found] == [(name, surname)]


def test_the_personal_life_head_makes_a_post_personal_at_the_account_stages_own_bar(people):
    post = Post(text="Forty-one candles this year.", author="@someone")
    thresholds = {**THRESHOLDS, "account.personal": 0.43}
    assert "personal" not in post_account_facts(post, [], {}, people, {"fact.personal_life": 0.3}, thresholds)
    assert post_account_facts(post, [], {}, people, {"fact.personal_life": 0.5}, thresholds)["personal"] == [
        "personal or family life"]


@pytest.mark.parametrize("text", [
    "Beach clean on the Shingle Sunday 10am. Bring gloves, children welcome with a grown-up.",
    "Family fun day in Marine Gardens, Sunday 12-4. Free, with face painting and the silver band.",
    "Half term activities for kids at the Strand hub. No booking, just turn up.",
])
def test_an_invitation_to_the_public_is_community_business_not_personal_life(people, text):
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    facts = post_account_facts(Post(text=text, author="@someone"), [], {}, people, {"fact.personal_life": 0.9}, thresholds)
    assert "personal" not in facts


@pytest.mark.parametrize("text", [
    "Beach clean with my two this morning, then a lie-in for me. Bring on the weekend.",  # the writer's own day
    "Playing with the band at the Black Bull Friday, my first gig in years. Bring earplugs.",
])
def test_an_invitation_from_the_writers_own_life_is_still_personal(people, text):
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    facts = post_account_facts(Post(text=text, author="@someone"), [], {}, people, {"fact.personal_life": 0.9}, thresholds)
    assert facts["personal"]


def test_family_words_only_in_quotation_marks_are_someone_elses_even_to_the_head(people):
    """A resident quoted at surgery: neither the listed words nor the head reading them make it the writer's family."""
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    quoted = Post(text="A young mum at my housing surgery said 'my little girl has never had her own bedroom'. "
                       "That's why we're building the Eastbeach homes.", author="@someone")
    own = Post(text="My little girl starts school on Monday. Where did the time go?", author="@someone")
    assert "personal" not in post_account_facts(quoted, [], {}, people, {"fact.personal_life": 0.9}, thresholds)
    assert post_account_facts(own, [], {}, people, {"fact.personal_life": 0.9}, thresholds)["personal"] == ["my little girl"]


def test_a_street_the_parser_took_for_a_name_is_nobody_to_target(people):
    post = Post(text="Dear whoever keeps dumping mattresses on Quarry Road: you are a filthy little so-and-so.",
                author="@someone")
    hostile = {"insult": 0.9, **AT_PERSON}
    facts = post_account_facts(post, [], {}, people, hostile, THRESHOLDS, names=["Quarry Road"])
    assert "targets" not in facts
    named = post_account_facts(post, [], {}, people, hostile, THRESHOLDS, names=["Quarry Road", "Barry Nuttall"])
    assert named["targets"] == ["Barry Nuttall"]


def test_an_insult_at_each_member_of_a_body_names_no_one_person_for_the_account(people):
    """"Wankers, every single one of the cabinet": no course of conduct can be aimed at the phrase."""
    from postcheck.report import Finding

    members = Finding(rule="respect.personal-attack", title="", severity="review", spans=[], clauses=[],
                      golden_rules=[], explanation="", suggestion="",
                      evidence={"signals": [{"name": "toxicity.personal-attack", "target": "every single one of the cabinet",
                                             "target_kind": "person", "target_role": "members"}]})
    post = Post(text="Wankers. Every single one of the cabinet.", author="@someone")
    facts = post_account_facts(post, [members], {}, people, {}, THRESHOLDS)
    assert "every single one of the cabinet" not in facts.get("targets", [])
    assert "every single one of the cabinet" in post_account_facts(post, [_attack_at("every single one of the cabinet")],
                                                                  {}, people, {}, THRESHOLDS).get("targets", [])


@pytest.mark.parametrize("text", [
    "Well done to the Oakenclough under-11s, league champions!",
    "Happy birthday to Gorsley Quay Sailing Club, 100 years old this week!",
    "Great turnout for the beach clean this morning. 14 bags and one very sad lilo. Thank you all.",
])
def test_a_club_congratulated_or_helpers_thanked_is_community_news_not_personal_life(people, text):
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    facts = post_account_facts(Post(text=text, author="@someone"), [], {}, people, {"fact.personal_life": 0.9}, thresholds)
    assert "personal" not in facts


@pytest.mark.parametrize("text", [
    "Mum's 70th today. Three generations round the table. Happy birthday Ammi ❤️",  # a name, not a club
    "Beach clean this morning with the grandkids. Bring on the summer.",
])
def test_a_greeting_or_an_outing_with_family_is_still_personal(people, text):
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    assert post_account_facts(Post(text=text, author="@someone"), [], {}, people, {"fact.personal_life": 0.9},
                              thresholds)["personal"]


def test_happy_birthday_to_the_writers_own_family_is_still_personal(people):
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    post = Post(text="Happy birthday to the best husband in the world. Forty and still daft.", author="@someone")
    assert post_account_facts(post, [], {}, people, {"fact.personal_life": 0.9}, thresholds)["personal"]


def test_a_post_mocking_someone_else_is_about_them_not_the_writers_personal_life(people):
    """The personal-life head reads mockery of someone's home life ("sat on his throne ...") as personal life."""
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    post = Post(text="King Callum has decided the sea can have Marram Gap. Sat on his throne ordering the tide back.",
                author="@someone")
    from postcheck.report import Finding

    irony = Finding(rule="tone.irony-risk", title="", severity="advice", spans=[], clauses=[], golden_rules=[],
                    explanation="", suggestion="", evidence={"signals": [{"name": "irony.mock-praise", "target": "Callum"}]})
    assert "personal" not in post_account_facts(post, [irony], {}, people, {"fact.personal_life": 0.9}, thresholds)
    assert post_account_facts(post, [], {}, people, {"fact.personal_life": 0.9}, thresholds)["personal"]
    # the heads' mockery alone does not count: they read warm teasing of family and pets the same way
    teasing = Post(text="Pickle the dachshund has had her spa day and now refuses to walk on wet sand. Diva.", author="@someone")
    mocking = {"fact.personal_life": 0.9, "fact.mockery": 0.8, **AT_PERSON}
    assert post_account_facts(teasing, [], {}, people, mocking, thresholds)["personal"]


def test_mockery_of_someone_on_the_roster_is_about_them_not_the_writers_life(people):
    """The personal-life head reads teasing as personal; aimed at a councillor the roster knows, it is
    about them. The same teasing of the writer's own family (on no roster) stays personal life."""
    name = next(iter(people._by_surname().values())).name
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    scores = {"fact.mockery": 0.9, "fact.personal_life": 0.9}
    aimed = post_account_facts(Post(text=f"King {name} sat on his throne today ordering the tide back. The tide said no.",
                                    author="@someone"), [], {}, people, scores, thresholds)
    assert aimed["targets"] == [name] and "personal" not in aimed
    family = post_account_facts(Post(text="King Barry sat on his throne today ordering the dog about. Never changes.",
                                     author="@someone"), [], {}, people, scores, thresholds)
    assert family["personal"] == ["personal or family life"]


def test_a_roster_surname_under_another_first_name_is_someone_else(people):
    """ "Meet our new grandson, Ianto Rhys": the surname of a councillor does not make the baby one."""
    name = next(iter(people._by_surname().values())).name
    first, surname = name.split()[0], name.split()[-1]
    thresholds = {**THRESHOLDS, "account.personal": 0.25}
    scores = {"fact.mockery": 0.9, "fact.personal_life": 0.9}
    other = "Ianto" if first != "Ianto" else "Bryn"
    baby = post_account_facts(Post(text=f"Meet our grandson {other} {surname}, arrived in a hurry like his mam.",
                                   author="@someone"), [], {}, people, scores, thresholds)
    assert baby.get("personal")
