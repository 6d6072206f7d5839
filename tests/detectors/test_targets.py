"""The target resolver on the real spaCy parse: who or what a hostile word is aimed at."""
from __future__ import annotations

import pytest

from postcheck.config import load_config
from postcheck.nlp import load_pipeline
from postcheck.people import People
from postcheck.targets import (
    GROUP, PERSON, POLICY, TargetResolver, model_target_hint, term_pattern,
)


@pytest.fixture(scope="module")
def resolver(fixture_config):
    config = load_config(fixture_config)
    return TargetResolver(load_pipeline(config.spacy_model), People(config))


def aimed_at(resolver, text: str, word: str, hint: str | None = None):
    doc = resolver.nlp(text)
    mentions = resolver.mentions(doc)
    start = text.index(word)
    return resolver.target_of(doc, start, start + len(word), mentions, hint)


def test_titled_surname_resolves_to_the_roster_name(resolver):
    target = aimed_at(resolver, "Cllr Khan is a lying idiot.", "idiot")
    assert (target.kind, target.name, target.role) == (PERSON, "Amir Khan", "councillor")


def test_unknown_titled_name_keeps_a_canonical_title(resolver):
    target = aimed_at(resolver, "Councillor Smith's speech was embarrassing and he is a buffoon.", "buffoon")
    assert target.kind == PERSON
    assert target.name == "Cllr Smith"


def test_handle_resolves_to_the_person_behind_it(resolver):
    target = aimed_at(resolver, "@AmirKhanCllr is a clown.", "clown")
    assert (target.kind, target.name) == (PERSON, "Amir Khan")


def test_second_person_is_the_handle_the_post_opens_with(resolver):
    target = aimed_at(resolver, "@AmirKhanCllr you absolute idiot, read the report.", "idiot")
    assert (target.kind, target.source, target.name) == (PERSON, "second_person", "Amir Khan")


def test_generic_you_is_not_an_addressee(resolver):
    doc = resolver.nlp("Thank you to everyone who came. If you see fly-tipping, report it.")
    assert not [m for m in resolver.mentions(doc) if m.source == "second_person"]


def test_role_noun_is_an_identifiable_person(resolver):
    target = aimed_at(resolver, "The planning officer who wrote this clearly can't read a map.", "can't read a map")
    assert (target.kind, target.source, target.name) == (PERSON, "role", "the planning officer")


def test_an_office_held_by_one_person_is_an_identifiable_person(resolver):
    target = aimed_at(resolver, "The harbour master is on the take from the yacht club.", "on the take")
    assert (target.kind, target.source, target.name) == (PERSON, "role", "the harbour master")


def test_policy_subject_wins_over_the_person_who_owns_it(resolver):
    target = aimed_at(resolver, "Cllr Khan's transport plan is pathetic.", "pathetic")
    assert target.kind == POLICY


def test_party_and_council_are_not_people(resolver):
    assert aimed_at(resolver, "The Tories are useless and they know it.", "useless").kind == "party"
    assert aimed_at(resolver, "The council is useless at emptying bins.", "useless").kind == "council"


def test_a_party_name_no_list_holds_is_a_party(resolver):
    mentions = resolver.mentions(resolver.nlp("Big thanks to the Workers' Party for their helpful suggestion."))
    assert [(m.kind, m.text) for m in mentions if m.kind == "party"] == [("party", "Workers' Party")]


def test_a_party_name_the_parser_takes_for_an_organisation_stays_one(resolver):
    """An allegation about it is about the people in it, as about any organisation."""
    text = "The Villages Independents are a front for the golf club."
    doc = resolver.nlp(text)
    if not any(e.label_ == "ORG" and "Independents" in e.text for e in doc.ents):
        pytest.skip("this pipeline does not tag the name as an organisation")
    assert [m.kind for m in resolver.mentions(doc) if "Independents" in m.text] == ["organisation"]


def test_a_lower_case_party_is_a_celebration(resolver):
    assert not [m for m in resolver.mentions(resolver.nlp("The party is over for the leisure centre.")) if m.kind == "party"]


def test_adjective_aims_at_the_noun_it_modifies(resolver):
    target = aimed_at(resolver, "Sarah Brown signed it off. Typical lazy council staff.", "lazy")
    assert target.kind != PERSON


def test_verbless_fragment_falls_back_to_the_earlier_person(resolver):
    target = aimed_at(resolver, "Sarah Brown should be sacked. Useless.", "Useless")
    assert (target.kind, target.name, target.role) == (PERSON, "Sarah Brown", "officer")


def test_fragment_follows_the_model_when_it_says_group(resolver):
    text = "Sarah Brown met the Muslims from the new mosque. Disgusting."
    assert aimed_at(resolver, text, "Disgusting", hint="group").kind == GROUP


def test_pronoun_subject_resolves_to_the_last_person(resolver):
    target = aimed_at(resolver, "I asked Peter Okoye for the figures. He is a hopeless liar.", "liar")
    assert (target.name, target.role) == ("Peter Okoye", "officer")


def test_group_mentions_carry_their_protected_characteristic(resolver):
    doc = resolver.nlp("Disabled people and Muslims live in every ward.")
    groups = {m.text: m.characteristic for m in resolver.mentions(doc) if m.kind == GROUP}
    assert groups["Disabled people"] == "disability"
    assert groups["Muslims"] == "religion or belief"


def test_ward_name_after_a_preposition_is_not_a_person(resolver):
    doc = resolver.nlp("Everyone in Ashmead knows the bins are late.")
    assert not [m for m in resolver.mentions(doc) if m.kind == PERSON and m.text == "Ashmead"]


def test_evidence_names_target_and_kind(resolver):
    target = aimed_at(resolver, "Cllr Delgado is a liar.", "liar")
    evidence = target.to_evidence()
    assert evidence["target"] == "Rosa Delgado"
    assert evidence["target_kind"] == "person"


def test_model_hint_reads_the_target_head():
    assert model_target_hint({"target_individual": 0.7, "target_group": 0.2, "target_other": 0.1}) == "individual"
    assert model_target_hint({"target_individual": 0.1, "target_group": 0.8, "target_other": 0.1}) == "group"
    assert model_target_hint({"toxicity": 0.9}) is None


def test_short_wildcards_are_taken_literally(resolver):
    pattern = term_pattern(resolver.nlp, "no*")
    assert pattern == [{"NORM": "no"}]


@pytest.mark.parametrize("text, phrase", [
    ("The deputy mayor looks like a sack of spuds.", "The deputy mayor"),
    ("The council's deputy leader is a gurning simpleton.", "The council's deputy leader"),
    ("Our so-called leader is an empty suit.", "Our so-called leader"),
    ("The ward's Tory candidate is a smarmy little estate agent.", "The ward's Tory candidate"),
])
def test_a_role_with_words_before_it_is_still_one_identifiable_person(resolver, text, phrase):
    roles = [m for m in resolver.mentions(resolver.nlp(text)) if m.source == "role"]
    assert [m.text for m in roles] == [phrase]


def test_a_role_after_a_verb_is_not_joined_to_the_phrase_before_it(resolver):
    roles = [m for m in resolver.mentions(resolver.nlp("They sacked the report writer and blamed a leader.")) if m.source == "role"]
    assert roles == []


def test_a_roster_surname_on_its_own_is_the_roster_person(resolver):
    surname = next(iter(resolver.people._by_surname().values())).name.split()[-1]
    target = aimed_at(resolver, f"{surname} is a buffoon and always has been.", "buffoon")
    assert target is not None and target.kind == PERSON and target.source == "roster"


@pytest.fixture(scope="module")
def first_name_resolver(resolver):
    """A roster with first names the small model tends to read as an organisation or a place."""
    from postcheck.config import config_from_dict

    config = config_from_dict({"council": {}, "people": {"councillors": ["Derek Ramsbottom", "Shazia Akhtar", "Jane Hill"],
                                                         "officers": ["Jane Okafor"]}})
    return TargetResolver(resolver.nlp, People(config))


@pytest.mark.parametrize("text, word, name", [
    ("Derek, tha's a knobhead. A reet proper knobhead.", "knobhead", "Derek Ramsbottom"),
    ("Shazia's a walking soundbite. Nowt behind the eyes.", "soundbite", "Shazia Akhtar"),
])
def test_a_roster_first_name_on_its_own_is_the_roster_person(first_name_resolver, text, word, name):
    """Whatever entity label the parser gives a lone first name, one roster person has it."""
    target = aimed_at(first_name_resolver, text, word)
    assert target is not None and (target.kind, target.name) == (PERSON, name)


def test_a_first_name_two_people_share_is_no_one(first_name_resolver):
    doc = first_name_resolver.nlp("Jane is a clown.")
    assert not [m for m in first_name_resolver.mentions(doc) if m.name.startswith("Jane ")]


def test_an_adjective_in_a_predicate_noun_aims_at_the_subject(resolver):
    """"Khan is the laziest man ever to sit on this council": the noun is said of Khan, so the council
    inside its own clause is not the target; a policy subject stays the target the same way."""
    target = aimed_at(resolver, "Cllr Khan is the laziest man ever to sit on this council.", "laziest")
    assert (target.kind, target.name) == (PERSON, "Amir Khan")
    target = aimed_at(resolver, "The cabinet's plan is the laziest policy ever to come before this council.", "laziest")
    assert target is not None and target.kind == POLICY


def test_a_second_clause_the_parser_hangs_off_the_first_keeps_its_own_subject(resolver):
    """"... choosing between heating and eating and the government's response is pathetic": the response is
    pathetic, not the pensioners of the first clause."""
    text = "Pensioners in Corbie are choosing between heating and eating and the government's response is pathetic."
    target = aimed_at(resolver, text, "pathetic")
    assert target is None or target.kind != GROUP
    assert aimed_at(resolver, "Pensioners in Corbie are pathetic.", "pathetic").kind == GROUP


def test_whom_a_relative_clause_says_the_insulted_act_on_is_not_whom_the_insult_is_about(resolver):
    text = "Those managers are a pack of lazy, lying twats who leave pensioners in damp flats."
    target = aimed_at(resolver, text, "lazy")
    assert target is None or target.kind != GROUP
    assert aimed_at(resolver, "Pensioners are a pack of lazy scroungers.", "lazy").kind == GROUP


def test_a_firms_name_the_parser_missed_is_an_organisation(resolver):
    """"Marlow Oakes Homes are crooks": capitalised words ending in a company word name a firm."""
    from postcheck.targets import ORGANISATION
    target = aimed_at(resolver, "Marlow Oakes Homes are crooks. Dodgy as they come.", "crooks")
    assert (target.kind, target.name) == (ORGANISATION, "Marlow Oakes Homes")
    homes = aimed_at(resolver, "The new council homes on Mill Lane are crooked and damp.", "crooked")
    assert homes is None or homes.kind != ORGANISATION  # "homes" in lower case is no firm's name


def test_whom_messages_went_to_is_not_whom_words_about_the_messages_are_about(resolver):
    target = aimed_at(resolver, "Some of the replies to Cllr Khan's post about the open day were vile.", "vile")
    assert target is None or target.kind != PERSON
    target = aimed_at(resolver, "The comments under Cllr Khan's post are disgusting.", "disgusting")
    assert target is None or target.kind != PERSON


def test_whose_messages_they_are_is_whom_they_are_about(resolver):
    target = aimed_at(resolver, "Cllr Khan's replies were vile.", "vile")
    assert (target.kind, target.name) == (PERSON, "Amir Khan")


def test_a_group_word_opening_a_name_is_the_body_not_the_group(resolver):
    doc = resolver.nlp("Dropped in on the Kelderby Men's Shed today and heard a terrible joke.")
    assert not [m for m in resolver.mentions(doc) if m.kind == GROUP]
    doc = resolver.nlp("Men are useless at planning.")
    assert [m for m in resolver.mentions(doc) if m.kind == GROUP]


def test_a_graded_insult_before_a_role_names_the_office_holder(resolver):
    text = ("Honestly, you are, and I say this with all the patience I have left, the most useless cabinet member "
            "this district has ever had.")
    target = aimed_at(resolver, text, "useless")
    assert target is not None and target.kind == PERSON


def test_a_graded_word_before_a_body_s_meeting_names_no_one(resolver):
    target = aimed_at(resolver, "It was the most useless cabinet meeting I have ever sat through.", "useless")
    assert target is None or target.kind != PERSON


@pytest.mark.parametrize("word", ["Theft", "plain"])
def test_a_fragment_after_someone_is_about_them_not_whom_it_was_done_to(resolver, word):
    """ "... from the people of the Meadows": after a preposition, the victims or the place, not the target."""
    text = ("Cllr Khan moved £40,000 out of the flood reserve into an account he controls. "
            "Theft, plain and simple, from the people of the Meadows.")
    target = aimed_at(resolver, text, word)
    assert (target.kind, target.name) == (PERSON, "Amir Khan")


def test_a_you_in_quotation_marks_is_nobody_the_writer_addresses(resolver):
    """A slogan or someone else's words ('Your resilience journey') do not make the reader the target."""
    text = "The new guidance is written in pure waffle. 'Your resilience journey'. Useless."
    doc = resolver.nlp(text)
    assert not [m for m in resolver.mentions(doc) if m.source == "second_person"]
    assert aimed_at(resolver, text, "Useless") is None
    plain = "The new guidance is written in pure waffle. Your resilience journey, they call it. Useless, you are."
    assert [m.source for m in resolver.mentions(resolver.nlp(plain))].count("second_person") >= 1
