"""The drafts the judgement issue quotes: raised with the right rule; robust criticism of policy passes.

These are regression tests through the product with the shipped model, not a
measurement: the headline figures come from the blind sets (README, model card).
"""
import pytest

RAISED = [
    ("Someone should burn Cllr Khan's house down", "bullying.intimidation"),
    ("Cllr Khan deserves a good kicking", "bullying.intimidation"),
    ("Cllr Delgado had better watch her back. People round here know where she lives", "bullying.intimidation"),
    ("Cllr Khan is a buffoon", "respect.personal-attack"),
    ("Cllr Khan is a prat", "respect.personal-attack"),
    ("Cllr Khan is a total wally", "respect.personal-attack"),
    ("Cllr Khan is a berk", "respect.personal-attack"),
    ("Cllr Khan is a charlatan", "respect.personal-attack"),
    ("Cllr Khan hasn't got two brain cells", "respect.personal-attack"),
    ("Cllr Khan is a gormless waste of space", "respect.personal-attack"),
    ("Gypsies and travellers are all thieves", "equality.discrimination"),
    ("Cllr Delgado only got selected because she is a woman", "equality.discrimination"),
    ("Men in dresses should stay out of our toilets", "equality.discrimination"),
    ("Cllr Khan has been bought", "defamation.allegation"),
    ("Cllr Khan is cooking the books", "defamation.allegation"),
    ("Cllr Delgado is lining her pockets", "defamation.allegation"),
    ("Cllr Khan is a b*ffoon", "respect.personal-attack"),
    ("CLLR KHAN IS A BUFFOON", "respect.personal-attack"),
]

PASSES = [
    "The cabinet should be ashamed of this decision",
    "This budget is a disgrace and the consultation was a sham",
    "That new app is a killer app",
    "She murdered that song at the karaoke",
    "Cllr Khan is wrong about the bins, and here is why",
    "Calling immigrants vermin is disgusting, whoever says it.",
    "Happy Diwali to all our Hindu and Sikh neighbours",
    "Proud to march at Pride today with our LGBT+ community",
]


@pytest.mark.parametrize("text, rule", RAISED)
def test_quoted_drafts_are_raised(checker, text, rule):
    assert rule in checker.check(text).rules


@pytest.mark.parametrize("text", PASSES)
def test_criticism_idiom_and_neutral_mentions_pass(checker, text):
    report = checker.check(text)
    assert report.verdict in ("ok", "advice"), report.rules


#: hostility whose target no word names: a role with words before it, a person only the reader
#: knows, a place of worship the target head reads as a policy, abuse followed by "won't say it"
TARGETS_WITHOUT_A_NAME = [
    ("The deputy mayor looks like a sack of spuds and talks about as much sense.", "respect.personal-attack"),
    ("Pathetic. Absolutely pathetic little man.", "respect.personal-attack"),
    ("All Muslim men are groomers. The council knows it and won't say it because they're scared.",
     "equality.discrimination"),
]


@pytest.mark.parametrize("text, rule", TARGETS_WITHOUT_A_NAME)
def test_hostility_is_raised_when_no_word_names_its_target(checker, text, rule):
    assert rule in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "Fuck the lot of you. Useless, the whole council.",  # abusive, but not at one person
    "Pathetic decision by the cabinet. Absolutely pathetic.",
    "They called him a liar and a thief, which is disgraceful and untrue.",
])
def test_no_person_is_implied_where_the_post_names_something_else_or_reports_words(checker, text):
    assert "respect.personal-attack" not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "@CllrJaneJones you absolute plank, read the papers first.",
    "Cllr Khan is a freeloader and a chancer.",
    "Cllr Delgado, what a pillock.",
])
def test_everyday_british_insults_at_a_person_are_raised(checker, text):
    assert "respect.personal-attack" in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "This budget is a plank of the cabinet's whole strategy and it is rotten.",
    "The plan to close the library is a chancer's gamble with our children's future.",
])
def test_the_same_words_about_a_policy_pass(checker, text):
    assert "respect.personal-attack" not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "The door of St Anne's synagogue was daubed with hateful graffiti last night. Hate has no home here.",
    "A Muslim family in Bank Street were verbally abused on the bus on Monday. Please report hate incidents to the police.",
])
def test_reports_of_hate_crime_pass(checker, text):
    assert "equality.discrimination" not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "As a gay man who grew up on the Beacon estate, I never thought I'd wear the mayoral chain. Things change.",
    "I'm disabled and I use the Station Road lift every day: it has been broken for three weeks.",
])
def test_a_councillors_own_identity_is_not_an_attack(checker, text):
    assert "equality.discrimination" not in checker.check(text).rules


def test_describing_yourself_does_not_excuse_an_attack_on_another_group(checker):
    # only the learned path raises this one, which is where a self-description is weighed
    text = "As a mum, I'd keep my kids well away from the Muslims at that mosque. Everyone knows what they're like."
    assert "equality.discrimination" in checker.check(text).rules


@pytest.mark.parametrize("text", [  # both raised discrimination before the party rule
    "The Conservatives in the chamber are gutless, soulless weasels.",
    "The Greens are smug, sanctimonious leeches, the lot of them.",
])
def test_an_insult_at_a_party_is_not_discrimination(checker, text):
    assert "equality.discrimination" not in checker.check(text).rules


@pytest.mark.parametrize("text, rule", [
    ("I don't think women are inferior at all.", "equality.discrimination"),
    ("There is nothing wrong with being trans.", "equality.discrimination"),
    ("There's nothing shameful about being disabled.", "equality.discrimination"),
    ("Nobody believes immigrants are the problem here.", "equality.discrimination"),
    ("I don't think Cllr Khan is corrupt.", "defamation.allegation"),
    # a hostile attitude denied, a saying negated or condemned, a listed insult denied
    ("I absolutely do not hate Jews.", "equality.discrimination"),
    ("Nobody should say that disabled people are useless.", "equality.discrimination"),
    ("It is wrong to call gay people disgusting.", "equality.discrimination"),
    ("Refugees are not vermin, they are human beings.", "equality.discrimination"),
])
def test_a_view_the_writer_denies_is_not_raised(checker, text, rule):
    assert rule not in checker.check(text).rules


def test_an_insulting_subject_is_not_said_of_a_group_named_elsewhere(checker):
    """'the trolls' are those who say it, not the men the sentence mentions."""
    assert "equality.discrimination" not in checker.check("Women are not inferior to men, whatever the trolls say.").rules
    assert "equality.discrimination" in checker.check("Those Muslim scroungers take everything.").rules


def test_nothing_worse_than_a_group_is_not_a_denial(checker):
    assert "equality.discrimination" in checker.check("There is nothing worse than a Muslim landlord.").rules


@pytest.mark.parametrize("text, rule", [
    ("I think women are inferior.", "equality.discrimination"),
    ("Gypsies don't belong here.", "equality.discrimination"),  # the negation is part of the attack
    ("Cllr Khan is corrupt.", "defamation.allegation"),
    ("I hate Jews.", "equality.discrimination"),
    ("Refugees are vermin.", "equality.discrimination"),
    ("I'd say disabled people are useless.", "equality.discrimination"),
])
def test_the_same_view_held_or_negated_inside_the_attack_is_raised(checker, text, rule):
    assert rule in checker.check(text).rules


# -- mockery of a person that the insult head reads low --------------------------------

def test_sustained_mockery_of_a_named_person_is_a_personal_attack(checker):
    text = "Watching Cllr Hollis chair planning is like watching a toddler try to fly a kite indoors."
    found = [f for f in checker.check(text).findings if f.rule == "respect.personal-attack"]
    assert [f.severity for f in found] == ["review"]
    # read by the model (the mockery head, or the insult head with the n-grams' opinion), aimed at Hollis
    assert "(model" in found[0].explanation and "Hollis" in found[0].explanation


def test_civil_criticism_of_the_same_person_passes(checker):
    text = "Cllr Hollis has failed on housing and should resign; the figures speak for themselves."
    assert "respect.personal-attack" not in checker.check(text).rules


# -- coercion and veiled menace that the threat head reads low --------------------------

@pytest.mark.xfail(strict=True, reason="known limit: the n-gram opinion averaged into attack.intimidation pulls this "
                                      "menace, which has no menacing word, below the head's bar (README, Known limits)")
def test_coercion_read_by_the_attack_intimidation_head_blocks(checker):
    found = [f for f in checker.check(COERCION).findings if f.rule == "bullying.intimidation"]
    assert [f.severity for f in found] == ["block"]
    assert found[0].evidence["signals"][0]["scores"]["threat"] < checker.context.thresholds["threat"]  # the new head's find


def test_a_lawful_warning_in_the_same_setting_passes(checker):
    text = "Sandra, I chair the grants panel and applications open on Monday: do apply."
    assert "bullying.intimidation" not in checker.check(text).rules


COERCION = ("Lovely new conservatory, Pauline. I do hope planning enforcement never has cause to look at it, "
            "now you have dropped that complaint.")


@pytest.mark.parametrize("text", [
    "Cllr Okafor only got the seat because the party needed a Black face on its leaflets.",
    "Time the over-seventies on this council were put out to grass. Half of them can't work a laptop.",
])
def test_the_rules_own_head_settles_an_identity_attack_the_target_head_reads_as_policy(checker, text):
    assert "equality.discrimination" in checker.check(text).rules


@pytest.mark.parametrize("text, rule", [
    ("If Graham Niven says that about my ward again I'll knock his teeth down his throat.",  # the writer's own threat
     "bullying.intimidation"),
    ("Someone should tell @OllyPennantLD that being a gormless wet lettuce isn't a political philosophy.",
     "respect.personal-attack"),
])
def test_a_saying_supposed_or_asked_for_does_not_hide_the_writers_own_words(checker, text, rule):
    assert rule in checker.check(text).rules


def test_a_quotation_the_post_opens_with_and_then_attributes_is_reported(checker):
    text = "'Sheep-shagging scum.' That's what somebody yelled at the male voice choir at the festival. Embarrassing."
    assert "respect.abusive-language" not in checker.check(text).rules
