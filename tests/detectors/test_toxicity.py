"""The toxicity detector: the target decides (person vs policy), with the real parse and model.

Checks run through the real ``Checker`` with the shipped embedded model (the
package carries it, so a missing model fails these tests rather than skipping
them). The phrase-list logic is also checked on its own (no scorer), so it
cannot hide behind the model.
"""
from __future__ import annotations

import json

import pytest

from helpers import FIXTURES
from postcheck import Checker
from postcheck.config import config_from_dict, load_config
from postcheck.detectors.base import Context
from postcheck.detectors.toxicity import ToxicityDetector
from postcheck.nlp import load_pipeline
from postcheck.people import People
from postcheck.post import Post
from postcheck.scoring.embedded import DEFAULT_MODEL_DIR
from postcheck.scoring.factory import ToxicityModelError, make_scorer

FIVE = (
    "respect.personal-attack",
    "respect.abusive-language",
    "equality.discrimination",
    "bullying.intimidation",
    "defamation.allegation",
)
HELD_OUT = FIXTURES / "toxicity_posts.jsonl"


@pytest.fixture(scope="module")
def tox(fixture_config):
    """The real checker (fixture council) with only this detector, so findings are its own."""
    return Checker(fixture_config, detectors=[ToxicityDetector])


@pytest.fixture(scope="module")
def lexicon_only(fixture_config):
    """The same detector with no scorer: phrase lists, parse and targets only."""
    config = load_config(fixture_config)
    context = Context(config=config, nlp=load_pipeline(config.spacy_model), people=People(config), scorer=None)
    return ToxicityDetector(context)


def rules_of(detector_or_checker, text: str) -> dict[str, dict]:
    """{rule-like signal name: evidence} for one post."""
    if isinstance(detector_or_checker, Checker):
        report = detector_or_checker.check(text)
        return {f.rule: f for f in report.findings}
    detector = detector_or_checker
    doc = detector.context.nlp(text)
    return {s.name: s for s in detector.detect(doc, Post(text=text))}


# -- the central nuance: person vs policy ---------------------------------------

@pytest.mark.parametrize("text", [
    "Cllr Khan is a spineless, clueless idiot.",
    "@AmirKhanCllr you are a pathetic excuse for a councillor.",
    "Cllr Fairweather has never done an honest day's work in his life.",
    "The planning officer who wrote this report clearly can't read a map.",
])
def test_insult_aimed_at_a_person_is_a_personal_attack(tox, text):
    assert "respect.personal-attack" in rules_of(tox, text)


@pytest.mark.parametrize("text", [
    "The council's parking policy is a shambles and the cabinet should be ashamed.",
    "This budget is pathetic, short-sighted and cruel.",
    "The Tories have wrecked this borough and they should be ashamed of themselves.",
    "Cllr Delgado should resign: her housing policy has failed.",
    "I disagree with Cllr Jones on reserves, but credit to her for taking every question.",
])
def test_robust_criticism_of_policy_party_or_council_passes(tox, text):
    assert not set(rules_of(tox, text)) & set(FIVE)


@pytest.mark.parametrize("text", [
    "Bloody brilliant volunteers at the litter pick today!",
    "The new council app is a killer app for fly-tipping.",
    "Smashing result for the under-12s at the weekend!",
    "Proud to be your loud, proud dyke councillor at Pride today.",
    "This landed in my inbox: 'go back home you paki'. Racist abuse has no place here. Reported to the police.",
])
def test_hard_negatives_pass(tox, text):
    assert not set(rules_of(tox, text)) & set(FIVE)


def test_finding_names_the_canonical_target_for_the_batch_auditor(tox):
    finding = rules_of(tox, "Cllr Khan is a lying idiot.")["respect.personal-attack"]
    signal = finding.evidence["signals"][0]
    assert signal["target"] == "Amir Khan"
    assert signal["target_kind"] == "person"
    assert "idiot" in signal["words"]
    assert set(signal["scores"]) >= {"offensive", "target_individual"}


def test_spans_point_at_the_words_that_drove_it(tox):
    text = "Cllr Khan is a spineless idiot."
    finding = rules_of(tox, text)["respect.personal-attack"]
    words = {text[s:e].lower() for s, e in finding.spans}
    assert {"spineless", "idiot"} <= words


def test_mockery_the_target_head_misreads_is_aimed_where_its_words_point(tox):
    """The target head reads "the chair of planning" as a body or a policy; the words the insult
    head leans on point at a person the resolver found, so it is a personal attack."""
    text = "The chair of planning looks like a melted candle and has the personality to match."
    assert "respect.personal-attack" in rules_of(tox, text)


def test_severity_personal_attack_stacked_insults_block(tox):
    mild = rules_of(tox, "Cllr Khan is clueless.")["respect.personal-attack"]
    severe = rules_of(tox, "Cllr Khan is a pathetic, spineless, worthless disgrace of a human being.")["respect.personal-attack"]
    assert (mild.severity, severe.severity) == ("review", "block")


def test_threat_is_intimidation_and_blocks(tox):
    finding = rules_of(tox, "To whoever complained about me: I know where you live.")["bullying.intimidation"]
    assert finding.severity == "block"


def test_regret_of_a_third_party_is_not_a_threat(tox):
    assert "bullying.intimidation" not in rules_of(tox, "Scrap free parking and traders will regret it.")


def test_protected_group_attack_is_discrimination(tox):
    finding = rules_of(tox, "Travellers are back on the field. Lock up your sheds, you know what they're like.")
    signal = finding["equality.discrimination"].evidence["signals"][0]
    assert finding["equality.discrimination"].severity == "block"
    assert signal["target_kind"] == "group"
    assert signal["characteristic"] == "race"


def test_naming_a_group_kindly_is_not_discrimination(tox):
    assert not rules_of(tox, "Celebrating Eid with the mosque community tonight, thank you for the welcome.")


def test_allegation_severity_crime_blocks_dishonesty_reviews(tox):
    crime = rules_of(tox, "Cllr Khan took bribes from the developer.")["defamation.allegation"]
    lie = rules_of(tox, "Cllr Khan lied to the committee about the figures.")["defamation.allegation"]
    assert (crime.severity, lie.severity) == ("block", "review")


def test_allegation_against_a_party_is_politics(tox):
    assert "defamation.allegation" not in rules_of(tox, "The Lib Dems have been misleading residents for years.")


def test_obscenity_is_abusive_whatever_the_target(tox):
    found = rules_of(tox, "Cabinet voted to close the youth centre. Fuck this.")
    assert "respect.abusive-language" in found
    assert "respect.personal-attack" not in found


def test_detect_many_matches_detect(tox):
    detector = tox.detectors[0]
    texts = ["Cllr Khan is an idiot.", "Lovely day at the allotments.", "Cllr Khan took bribes."]
    posts = [Post(text=t) for t in texts]
    docs = list(tox.nlp.pipe(texts))
    batched = detector.detect_many(docs, posts)
    single = [detector.detect(d, p) for d, p in zip(docs, posts)]
    assert [[s.name for s in x] for x in batched] == [[s.name for s in x] for x in single]


# -- the held-out posts (written before the detector was tuned) -----------------

def test_held_out_posts_no_ok_post_is_flagged_and_most_positives_are_found(tox):
    rows = [json.loads(line) for line in HELD_OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all(len([r for r in rows if rule in r["expect"]["rules"]]) >= 5 for rule in FIVE)
    found = expected = 0
    for row in rows:
        findings = {f.rule: f for f in tox.check(row["text"]).findings if f.rule in FIVE}
        if row["expect"]["verdict"] == "ok":
            assert not [f for f in findings.values() if f.severity in ("review", "block")], row["id"]
        wrong = set(findings) - set(row["expect"]["rules"]) - set(row["expect"]["allowed"])
        assert not wrong, (row["id"], wrong)
        expected += len(row["expect"]["rules"])
        found += len(set(findings) & set(row["expect"]["rules"]))
    assert found / expected >= 0.7


# -- the phrase lists on their own ------------------------------------------------

def test_lexicon_only_person_vs_policy(lexicon_only):
    assert "toxicity.personal-attack" in rules_of(lexicon_only, "Cllr Khan is a useless idiot.")
    assert not rules_of(lexicon_only, "The bin contract is useless and the cabinet should be ashamed.")


def test_lexicon_only_quoted_abuse_condemned_passes(lexicon_only):
    text = "Someone called me a 'useless cripple' in my inbox today. Disability hate is never acceptable. Reported."
    assert not rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    'Someone wrote "gypsies are thieves" on the underpass wall. Disgusting. It has been reported.',
    'Saying "immigrants are vermin" is vile and I will call it out every time.',
])
def test_lexicon_only_words_judging_a_quoted_statement_are_not_about_its_group(lexicon_only, text):
    assert "toxicity.discrimination" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text, raised", [
    ('A resident told me "immigrants are vermin". Hard to disagree.', True),
    ('A resident told me "immigrants are vermin". That is racist and I told him so.', False),
])
def test_lexicon_only_words_quoted_to_endorse_them_are_the_writers_own(lexicon_only, text, raised):
    assert ("toxicity.discrimination" in rules_of(lexicon_only, text)) is raised


def test_lexicon_only_scare_quotes_do_not_hide_a_group_attack(lexicon_only):
    text = 'Our "diverse" new neighbours have wrecked the estate. Immigrants are vermin, the lot of them.'
    assert "toxicity.discrimination" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text, raised", [
    ("Travellers have no place in Thornbury.", True),
    ("There is no place in Thornbury for Muslims.", True),
    ("Racism has no place in Thornbury.", False),
    ("Hate against Travellers has no place here.", False),
])
def test_lexicon_only_denying_a_place_is_an_attack_only_when_said_of_a_group(lexicon_only, text, raised):
    assert ("toxicity.discrimination" in rules_of(lexicon_only, text)) is raised


def test_mild_swearing_the_model_reads_is_advice_and_sustained_or_stronger_obscenity_review(tox):
    """"Shite" or "bollocks" at a budget in passing is borderline under 1.1 civility: the pack grades the
    mild swearing signal as advice (a council's pack can raise it). Intensified or said twice it is past
    the borderline (the ``sustained`` fact, review), and so is a stronger word."""
    mild = rules_of(tox, "This budget is shite dressed up with a nice font.")
    sustained = rules_of(tox, "This budget is a steaming pile of shite dressed up with a nice font.")
    twice = rules_of(tox, "Library hours cut again. Bollocks. Absolute bollocks.")
    strong = rules_of(tox, "This budget is a steaming pile of fucking shit dressed up with a nice font.")
    assert mild["respect.abusive-language"].severity == "advice"
    assert "mild swearing" in mild["respect.abusive-language"].explanation
    for found in (sustained, twice):
        assert found["respect.abusive-language"].severity == "review"
        assert "repeated or intensified" in found["respect.abusive-language"].explanation
    assert strong["respect.abusive-language"].severity == "review"
    assert "respect.abusive-language" not in rules_of(tox, "Bloody brilliant turnout from our volunteers at the litter pick today!")


@pytest.mark.parametrize("text", [
    "Stop talking shite about the quarry lorries, @AmirKhanCllr. Forty-tonners past the school is not manageable.",
    "Cllr Delgado talks a load of crap about the buses every single meeting.",
])
def test_mild_swearing_at_a_person_named_or_addressed_is_review(tox, text):
    """Said to or of someone named, mild swearing is disrespect to them (1.1): the ``at_person`` fact
    raises the pack's advice to review."""
    found = rules_of(tox, text)["respect.abusive-language"]
    assert found.severity == "review" and "mild swearing aimed at" in found.explanation


@pytest.mark.parametrize("text", [
    "This 'consultation' on the bus lanes is bollocks and everyone knows it.",  # of a thing
    "Whoever keeps dumping their shite on the Millbrook Road verge: fines are £400.",  # of whoever did it
    "The crap weather didn't stop our litter pickers, @AmirKhanCllr thanks for coming!",  # of the weather
    "Absolute crap weather for the fete, but a great turnout anyway.",  # intensified, but of the weather
])
def test_mild_swearing_at_no_one_named_is_advice_at_most(lexicon_only, text):
    assert "toxicity.mild-obscenity" not in rules_of(lexicon_only, text)


def test_lexicon_only_the_at_person_fact_names_who(lexicon_only):
    signal = signal_of(lexicon_only, "Cllr Delgado talks a load of crap about the buses.", "toxicity.mild-obscenity")
    assert signal.evidence["at_person"] is True and signal.evidence["target"] == "Rosa Delgado"


@pytest.mark.parametrize("text", [
    "Today's cabinet was a clusterfuck of epic proportions.",
    "The planning department = clusterf*ck. Every. Single. Time.",
    "That motion was utter horseshit and the cabinet know it.",
    "stfu about the bins, honestly",
])
def test_lexicon_only_obscene_compounds_and_shorthand_are_obscene(lexicon_only, text):
    assert "toxicity.abusive-language" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "@AmirKhanCllr get fucked with your 'concerns'. Some of us actually do the casework.",
    "@AmirKhanCllr ya absolute bawbag",
])
def test_lexicon_only_a_dismissal_or_a_regional_insult_said_to_someone_is_a_personal_attack(lexicon_only, text):
    assert "toxicity.personal-attack" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Kieran Lusby is a gobshite. Simple as.",
    "@AmirKhanCllr you absolute fuckwit, read the report.",
    "The Courier, you utter shitrag, print a correction.",
])
def test_lexicon_only_an_obscene_compound_insult_is_obscene_whoever_it_is_aimed_at(lexicon_only, text):
    assert "toxicity.abusive-language" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Gobsmacked by the turnout at the Bell Lane litter pick. Thank you all!",
    "The shire hall roof is finally fixed, and the arse end of the car park resurfaced too.",
])
def test_lexicon_only_words_that_only_look_like_them_are_not(lexicon_only, text):
    assert "toxicity.abusive-language" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "'Cripple' was shouted at a wheelchair user outside the market on Saturday. Disgusting. Cllr Delgado has pushed for step-free access for years.",
    "Someone posted Cllr Delgado's home address. I've reported it. Whatever you think of her politics, this is disgusting.",
    "I'm told a councillor called a pregnant colleague lazy. If that's true it's a disgrace.",
])
def test_lexicon_only_a_verdict_on_what_was_done_or_said_is_no_attack_on_the_person_beside_it(lexicon_only, text):
    assert "toxicity.personal-attack" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Cllr Delgado is a disgrace.",
    "You're disgusting, Cllr Delgado.",
    "Cllr Delgado voted to shut the library. Disgusting.",
    "Disgusting man, Cllr Delgado.",
    "Cllr Delgado is a councillor that is a disgrace to this town.",
])
def test_lexicon_only_the_same_words_said_of_the_person_are(lexicon_only, text):
    assert "toxicity.personal-attack" in rules_of(lexicon_only, text)


def test_lexicon_only_an_obscene_dismissal_of_a_budget_is_obscenity_not_an_attack(lexicon_only):
    found = rules_of(lexicon_only, "The cuts can fuck off and so can this budget.")
    assert "toxicity.abusive-language" in found and "toxicity.personal-attack" not in found


def test_lexicon_only_a_slur_is_abusive_language_as_well_as_discrimination(lexicon_only):
    found = rules_of(lexicon_only, "We don't need some pikey telling us how to run the harbour.")
    assert {"toxicity.discrimination", "toxicity.abusive-language"} <= set(found)
    assert "toxicity.abusive-language" not in rules_of(lexicon_only, "Proud to be your dyke councillor for Eastfield!")


def test_lexicon_only_masked_obscenity_is_abusive(lexicon_only):
    signal = rules_of(lexicon_only, "This f***ing shower can't even empty a bin.")["toxicity.abusive-language"]
    assert signal.evidence["at_named_person"] is False  # a fact: the rule pack grades it review


def test_lexicon_only_denial_is_not_an_allegation(lexicon_only):
    assert "toxicity.allegation" not in rules_of(lexicon_only, "Cllr Khan is not corrupt, whatever the leaflet says.")


def test_lexicon_only_person_attacked_through_a_characteristic(lexicon_only):
    found = rules_of(lexicon_only, "Cllr Delgado should stick to her church and leave planning to us.")
    assert found["toxicity.discrimination"].evidence["target"] == "Rosa Delgado"


# -- switching and building the scorer --------------------------------------------

def test_backend_none_switches_the_detector_off():
    config = config_from_dict({"council": {"name": "X"}, "toxicity": {"backend": "none"}})
    assert ToxicityDetector.enabled(config) is False
    assert make_scorer(config) is None


def test_missing_model_is_a_one_line_error(tmp_path):
    config = config_from_dict({"council": {"name": "X"}, "toxicity": {"backend": "embedded", "model_dir": str(tmp_path)}})
    with pytest.raises(ToxicityModelError) as caught:
        make_scorer(config)
    assert "\n" not in str(caught.value)
    assert str(tmp_path) in str(caught.value)


def test_the_shipped_model_is_there():
    """The detector's model ships inside the package: its absence is a broken install, not a reason to skip."""
    for name in ("labels.json", "tokenizer.json", "model.int8.onnx", "thresholds.json"):
        assert (DEFAULT_MODEL_DIR / name).is_file(), name


# -- the facts the detector reports (the rule pack grades them) ---------------------------

def signal_of(detector, text: str, name: str, **post):
    doc = detector.context.nlp(text)
    found = {s.name: s for s in detector.detect(doc, Post(text=text, **post))}
    assert name in found, sorted(found)
    return found[name]


def test_the_severe_fact_marks_a_severe_insult_or_a_pile_of_them(lexicon_only):
    mild = signal_of(lexicon_only, "Cllr Khan is a useless idiot.", "toxicity.personal-attack")
    pile = signal_of(lexicon_only, "Cllr Khan is a lying, useless, spineless, pathetic idiot.", "toxicity.personal-attack")
    assert mild.evidence["severe"] is False and pile.evidence["severe"] is True
    assert mild.evidence["target"] and "severity" not in mild.evidence  # a target, and no level of its own


def test_the_of_crime_fact_separates_corruption_from_dishonesty(lexicon_only):
    crime = signal_of(lexicon_only, "Cllr Khan takes bribes from developers.", "toxicity.allegation")
    assert crime.evidence["of_crime"] is True


def test_someone_elses_comment_carries_the_by_someone_else_fact(lexicon_only):
    text = "Cllr Khan is a useless idiot."
    own = signal_of(lexicon_only, text, "toxicity.personal-attack")
    comment = signal_of(lexicon_only, text, "toxicity.personal-attack", kind="comment")
    assert "by_someone_else" not in own.evidence and comment.evidence["by_someone_else"] is True



@pytest.mark.parametrize("text", [
    "Whoever designed the new ramp at the library must be a spacker.",
    "That lot in the flats are all darkies and gippos.",
])
def test_lexicon_only_british_slurs_are_discrimination_and_abusive_language(lexicon_only, text):
    assert {"toxicity.discrimination", "toxicity.abusive-language"} <= set(rules_of(lexicon_only, text))


def test_lexicon_only_a_name_that_starts_like_a_slur_is_not_one(lexicon_only):
    assert "toxicity.abusive-language" not in rules_of(lexicon_only, "Nancy Boyle did a great job on the fete.")


def test_discrimination_in_a_post_naming_a_member_is_a_personal_attack_too(tox):
    named = rules_of(tox, "Cllr Delgado only got selected because she is a woman.")
    assert named["equality.discrimination"].evidence["signals"][0]["names_person"] is True
    assert "respect.personal-attack" in named
    unnamed = rules_of(tox, "Gypsies and travellers are all thieves.")
    assert "equality.discrimination" in unnamed and "respect.personal-attack" not in unnamed


@pytest.mark.parametrize("text", [
    "That's a rum 'un: sat nav sent me into a dyke at Cutwell Fen.",
    "Shame the rain has the clay dyke bank slipping again.",
    "We walked Offa's Dyke on Sunday.",
    "Canvassers were handing out free faggots-and-peas suppers at the club.",
])
def test_lexicon_only_a_slur_that_names_a_place_or_a_dish_is_not_one(lexicon_only, text):
    assert "toxicity.abusive-language" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "She's a dyke and everyone knows it.",
    "That dyke councillor wants her head testing.",
])
def test_lexicon_only_the_same_slur_said_of_a_person_is(lexicon_only, text):
    assert {"toxicity.discrimination", "toxicity.abusive-language"} <= set(rules_of(lexicon_only, text))


@pytest.mark.parametrize("text", [
    "The leaflet said refugees are parasites. I'll be raising it with the police.",
    "When people say immigrants are vermin, they show who they really are.",
])
def test_lexicon_only_words_another_speaker_said_or_a_supposed_saying_are_not_the_writers(lexicon_only, text):
    assert "toxicity.discrimination" not in rules_of(lexicon_only, text)


def test_lexicon_only_what_everyone_says_is_still_the_writers_view(lexicon_only):
    assert "toxicity.discrimination" in rules_of(lexicon_only, "Everyone says immigrants are vermin, and they're not wrong.")


def test_an_allegation_that_labels_a_named_person_is_a_personal_attack_too(tox):
    named = rules_of(tox, "Cllr Delgado is a fraud. Says she lives in the ward, actually lives in town.")
    assert {"defamation.allegation", "respect.personal-attack"} <= set(named)
    firm = rules_of(tox, "Drovers Waste are crooks. Billing this council for collections that never happen.")
    assert "respect.personal-attack" not in firm


@pytest.mark.parametrize("text", [
    "@CllrPattinson is in Lakeshore Living's back pocket. Everybody knows it.",
    "Cllr Delgado pocketed the gala float collection. Two buckets, never banked.",
    "@CllrPattinson claims mileage for trips she never makes.",
    "Cllr Harker bought votes in Mill Ward: twenty quid a time on polling day.",
    "Cllr Harker has a conviction for assault he never declared when he stood. Look it up.",
    "Cllr Harker helped herself to the money from the gala raffle. £1,200 went home in her handbag.",
    "Cllr Harker is a con artist in a mayoral chain.",
    "Cllr Harker's canvassers were harvesting postal votes at the care home. I have their names.",
    "Cllr Harker punched a steward at the races and paid him to keep it out of the papers.",
])
def test_lexicon_only_allegations_of_deeds_in_everyday_words(lexicon_only, text):
    assert "toxicity.allegation" in rules_of(lexicon_only, text)


def test_lexicon_only_a_back_pocket_of_ones_own_is_no_allegation(lexicon_only):
    assert "toxicity.allegation" not in rules_of(lexicon_only, "I put the spare change in my back pocket and forgot it.")


def test_the_writers_own_words_beside_a_quoted_saying_still_count(tox):
    """A benign saying quoted and attributed does not make the writer's sneer beside it reported speech."""
    text = ("Cllr Noor says she'll 'represent everyone'. Funny, I've never once seen her stand up for anyone "
            "who doesn't wear a headscarf.")
    assert "equality.discrimination" in {f.rule for f in tox.check(text).findings}


def test_quoting_abuse_to_turn_it_away_is_still_reported_speech(tox):
    """Without the quotation the post reads as a defence, so the head's reading of the whole stays reported."""
    text = "To whoever called Cllr Vosper 'a bloke in a frock' under our last post: you're not welcome on this page."
    raised = {f.rule for f in tox.check(text).findings if f.severity in ("review", "block")}
    assert not raised & {"equality.discrimination", "respect.personal-attack"}


def test_a_coded_attack_the_identity_head_reads_under_its_bar_stands_when_the_rules_head_is_sure(tox, monkeypatch):
    text = "Priya only got the cabinet seat because the Leader needed a diversity photo. Box ticked."
    scores = tox.scorer.score([text])[0]
    reading = scores["identity_attack"]
    # the case this bar is for, pinned about whatever the shipped head reads: under the identity head's
    # own bar, over the lower one, and the rule's head sure
    assert scores["cue.equality.discrimination"] >= tox.thresholds["cue.equality.discrimination.confirms"]
    monkeypatch.setitem(tox.thresholds, "identity_attack", reading + 0.01)
    monkeypatch.setitem(tox.thresholds, "identity_attack.confirmed", reading - 0.01)
    assert "equality.discrimination" in {f.rule for f in tox.check(text).findings}
    monkeypatch.setitem(tox.thresholds, "identity_attack.confirmed", reading + 0.005)  # no lower bar reached
    assert "equality.discrimination" not in {f.rule for f in tox.check(text).findings}


@pytest.mark.parametrize("text", [
    "Watching the cabinet is like watching a coachload of window-lickers do a jigsaw.",
    "Half that committee are nancy-boys who'd fold at the first complaint.",
])
def test_a_listed_term_of_several_words_is_found_joined_by_hyphens(lexicon_only, text):
    assert "toxicity.discrimination" in rules_of(lexicon_only, text)


def test_a_word_quoted_to_name_it_is_not_used(lexicon_only):
    named = "The word 'window-licker' was shouted from the gallery about a young man. I asked for it to be withdrawn."
    used = "Cllr Jones is a 'window-licker' and should resign."
    assert "toxicity.discrimination" not in rules_of(lexicon_only, named)
    assert "toxicity.discrimination" in rules_of(lexicon_only, used)


def test_the_council_warning_of_fraudsters_is_not_an_allegation_about_it(lexicon_only):
    text = "Scam alert: fraudsters are texting residents pretending to be the council. We will never ask for your PIN."
    assert "toxicity.allegation" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Cllr Khan: all gob and no trousers. Voted to cut the fund he shouted loudest for. Two-faced.",
    "Cllr Delgado is about as much use as a chocolate teapot.",
])
def test_lexicon_only_british_put_downs_of_a_person_are_attacks(lexicon_only, text):
    assert "toxicity.personal-attack" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "To the people messaging Cllr Khan that he's 'a useless idiot': you're not debating, you're bullying.",
    "No councillor should ever post 'you pathetic clown'. Not to a resident, not to an opponent.",
    "You shouldn't post that about anyone, not even as a joke.",
    "Some of you keep having a go at our planning officers by name. Pack it in.",
])
def test_lexicon_only_abuse_reported_to_condemn_it_and_telling_people_to_stop_pass(lexicon_only, text):
    assert not rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Our Monitoring Officer binned the complaint against the Leader because she was told to. That is misconduct in public office.",
    "Cllr Khan deleted the cliff survey when it showed the council knew. He destroyed evidence to save his own job.",
    "Vale Homes must have Cllr Khan on speed dial. Funny how every scheme of theirs sails through.",
])
def test_lexicon_only_misconduct_named_and_innuendo_with_its_context_are_allegations(lexicon_only, text):
    assert "toxicity.allegation" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Funny how the sun always comes out for the Bell Lane litter pick.",  # no context of favour
    "Strange how quiet the chamber was tonight, Cllr Khan.",
])
def test_lexicon_only_a_funny_how_without_favour_or_money_is_no_innuendo(lexicon_only, text):
    assert "toxicity.allegation" not in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Cllr Khan, cross me on the budget and it goes straight to the Gazette.",
    "Next time Cllr Khan comes up our yard I'm setting the dogs on him.",
    "Cllr Delgado: back me on the depot or everyone finds out what you got up to at the Christmas do.",
])
def test_lexicon_only_blackmail_and_dogs_set_on_someone_are_veiled_threats(lexicon_only, text):
    assert "toxicity.veiled-menace" in rules_of(lexicon_only, text)


def test_lexicon_only_the_same_words_said_of_no_one_are_no_threat(lexicon_only):
    found = rules_of(lexicon_only, "Cross at the lights by the school, kids: the farm has set the dogs on the loose.")
    assert "toxicity.veiled-menace" not in found


@pytest.mark.parametrize("text, raised", [
    ("The Gazette's editor takes cash from Vale Homes to spike stories.", True),
    ("Cllr Khan has been on the Vale Homes gravy train for years.", True),
    ("Cllr Khan backdated the letters so the deadline looked met.", True),
    ("The new app backdated my parking permit, brilliant.", False),  # said of no one
])
def test_lexicon_only_money_for_a_decision_and_falsified_records_are_allegations(lexicon_only, text, raised):
    found = rules_of(lexicon_only, text)
    assert ("toxicity.allegation" in found) is raised


def test_lexicon_only_abuse_quoted_from_the_writers_inbox_is_reported_speech(lexicon_only):
    text = ("Quoting my inbox this morning: 'you fat useless bitch, you'll regret this'. This is what women in "
            "politics get. It's been passed to the police.")
    assert not rules_of(lexicon_only, text)


def test_lexicon_only_a_care_home_named_as_a_place_is_no_attack_on_age(lexicon_only):
    named = rules_of(lexicon_only, "Cllr Harker filled in postal votes for residents at Sea View care home. I watched.")
    assert "toxicity.discrimination" not in named
    assert "toxicity.discrimination" in rules_of(lexicon_only, "Cllr Harker is 84 and belongs in a care home, not the cabinet.")


def test_an_allegation_the_target_head_reads_as_aimed_at_no_one_stands_where_its_words_name_someone(tox):
    """The target head can read "X drove home drunk and the police let him off" as about no one; the allegation
    head's own words resolve to the person the post names."""
    text = ("Stuart Heron drove home from the Drovers three sheets to the wind and the police let him off because "
            "he's on the council.")
    scores = tox.scorer.score([text])[0]
    assert scores["allegation"] >= tox.thresholds["allegation"]
    assert max((k for k in scores if k.startswith("target.")), key=scores.get) == "target.none"  # the case
    assert "defamation.allegation" in {f.rule for f in tox.check(text).findings}
    # the same head over a story of no one in particular raises nothing
    assert "defamation.allegation" not in {f.rule for f in tox.check(
        "Someone drove home from the Drovers three sheets to the wind last night. Don't be that person.").findings}


@pytest.mark.parametrize("text", [
    "Wankers. Every single one of the cabinet who voted to close the day centre.",
    "Dickheads, the lot of them on the Reform benches.",
    "Every last one of that cabinet is an arsehole.",
    "Tideline have been lying to Blackstane for years about the pit baths. Liars, the lot of them.",
])
def test_lexicon_only_an_insult_at_each_member_of_a_body_is_a_personal_attack(lexicon_only, text):
    attack = rules_of(lexicon_only, text)["toxicity.personal-attack"]
    assert attack.evidence["target_role"] == "members"


@pytest.mark.parametrize("text", [
    "Every single one of the new bins is rubbish. Total joke.",  # a body of things
    "Potholes on every road in the ward. Useless, the lot of them.",  # an adjective a thing can take
    "Sandbags again. Twenty years of sandbags. Clueless, the lot of you.",  # harsh, not obscene, at a council
    "The cabinet voted, every single one of them, to close the library. Shameful decision.",  # no insult
    # a verdict on a decision, then a call on every member to vote
    "Cutting the library to three days is a disgrace. A disgrace. I'll vote against it and so should every member.",
])
def test_lexicon_only_each_of_a_body_of_things_or_no_insult_is_no_personal_attack(lexicon_only, text):
    assert "toxicity.personal-attack" not in rules_of(lexicon_only, text)



@pytest.mark.parametrize("text", [
    "Sleep well, @OwenTriggFF. While you can.",
    "Pete Yemm: if the licence goes on your say-so, I'll have you out of a job by Christmas.",
    "Dilys, your Jess started at Scowlbury Primary in September, didn't she? You'd hate for her to hear what people say.",
])
def test_lexicon_only_time_running_out_a_job_ended_or_a_child_s_school_are_veiled_threats(lexicon_only, text):
    assert {"toxicity.veiled-menace", "toxicity.threat"} & set(rules_of(lexicon_only, text))


@pytest.mark.parametrize("text", [
    "Enjoy the sunshine while you can, folks! Rain from Thursday.",
    "Our Jess started at Scowlbury Primary in September, didn't she grow up fast.",
])
def test_lexicon_only_the_same_words_said_to_no_one_are_everyday_talk(lexicon_only, text):
    assert not {"toxicity.veiled-menace", "toxicity.threat"} & set(rules_of(lexicon_only, text))


def test_lexicon_only_a_call_for_someone_s_arrest_alleges_a_crime(lexicon_only):
    text = "Simon Ruck has been moving money out of the renewal fund into a private account. He should be arrested."
    assert "toxicity.allegation" in rules_of(lexicon_only, text)


def test_lexicon_only_cow_with_a_word_of_contempt_is_obscene_the_animal_is_not(lexicon_only):
    assert "toxicity.abusive-language" in rules_of(lexicon_only, "Dilys Morse, you useless cow.")
    assert not rules_of(lexicon_only, "The old cow in the top field has calved at last.")


@pytest.mark.parametrize("text", [
    "Sort your shit out, highways.",
    "Highways, you are a shower of shit.",
    "Planning, you useless lot, sort it out.",
])
def test_lexicon_only_a_council_service_said_to_as_you_is_no_person(lexicon_only, text):
    assert "toxicity.personal-attack" not in rules_of(lexicon_only, text)


def test_lexicon_only_the_same_words_said_to_a_person_attack_them(lexicon_only):
    assert "toxicity.personal-attack" in rules_of(lexicon_only, "Sort your shit out, Derek.")
    assert "toxicity.personal-attack" in rules_of(lexicon_only, "You are a useless waste of space, mate.")


def test_lexicon_only_abuse_received_and_reported_is_not_the_writer_s(lexicon_only):
    text = "Received overnight: 'hope your house floods, you lying bitch'. Deleted, reported, carrying on."
    assert not {"toxicity.personal-attack", "toxicity.allegation"} & set(rules_of(lexicon_only, text))


@pytest.mark.parametrize("text", [
    "@PatienceBoswell back the Tump Lane site one more time and I'll see to it you never sit on another committee.",
    "I'd happily wring Colin Bayliss's neck for what he's done to the bin service.",
    "Just so @TomHB is clear: I chair the grants panel. Keep voting against me and see how your youth club gets on.",
])
def test_lexicon_only_a_career_ended_a_neck_wrung_or_a_hold_used_are_threats(lexicon_only, text):
    assert {"toxicity.veiled-menace", "toxicity.threat", "toxicity.coercion"} & set(rules_of(lexicon_only, text))


@pytest.mark.parametrize("text", [
    "We'll see to it that the bins are collected on time from Monday.",
    "Wring out your wellies, it's a wet one on the Ridge today.",
    "Come and see how your council tax is spent: budget drop-in at the library on Friday.",
])
def test_lexicon_only_seeing_to_things_and_wringing_wellies_are_no_threats(lexicon_only, text):
    assert not {"toxicity.veiled-menace", "toxicity.threat", "toxicity.coercion"} & set(rules_of(lexicon_only, text))


def test_lexicon_only_an_assault_done_is_alleged_and_one_suffered_is_not(lexicon_only):
    assert "toxicity.allegation" in rules_of(
        lexicon_only, "Ruth Gwillim assaulted a steward at the show in August. She should have been charged.")
    assert "toxicity.allegation" not in rules_of(lexicon_only, "Cllr Gwillim was assaulted on her doorstep last night.")


@pytest.mark.parametrize("text", [
    "The cabinet are scum.",
    "Every cabinet member who voted to shut the day centre is scum. Absolute scum.",
])
def test_lexicon_only_a_severe_insult_at_a_body_is_abusive_language(lexicon_only, text):
    assert "toxicity.abusive-language" in rules_of(lexicon_only, text)


def test_lexicon_only_scum_on_a_canal_is_no_insult(lexicon_only):
    assert "toxicity.abusive-language" not in rules_of(lexicon_only, "Pond scum is choking the canal again.")


def test_lexicon_only_abuse_quoted_then_reported_and_blocked_is_not_the_writer_s(lexicon_only):
    text = ("Some of the replies to Cllr Khan's post are vile. 'Go back to Pakistan' is not political debate. "
            "Reported, blocked, and I'll be raising it with the police.")
    assert not {"toxicity.personal-attack", "toxicity.discrimination"} & set(rules_of(lexicon_only, text))


def test_lexicon_only_being_caught_shoplifting_is_an_alleged_crime(lexicon_only):
    text = "Hilary Birt was caught shoplifting at the deli. They've got her on CCTV."
    assert "toxicity.allegation" in rules_of(lexicon_only, text)


@pytest.mark.parametrize("text", [
    "Cllr Ferris can fuck right off with her 'transformation programme'.",
    "Honestly @DylanMorrowLD get to fuck with your 20mph fantasy.",
    "Tell the Leader to go fuck himself, and take his cuts with him.",
    "Cllr Ferris can kiss my arse if she thinks I'm backing the car park sale.",
])
def test_an_obscene_dismissal_of_a_named_person_is_a_personal_attack(tox, text):
    assert "respect.personal-attack" in {f.rule for f in tox.check(text).findings}


@pytest.mark.parametrize("text", [
    "Kelder Homes can fuck right off with their 'executive village'.",  # a company: abusive language, no person
    "The gulls can sod off, honestly, my chips.",
])
def test_the_same_dismissal_of_a_company_or_a_gull_is_no_personal_attack(tox, text):
    assert "respect.personal-attack" not in {f.rule for f in tox.check(text).findings}
