"""Violence promised or asked for, read from the real spaCy parse: the promise, not the word, is the cue."""
from __future__ import annotations

import pytest

from postcheck.detectors._violence import ViolenceReader
from postcheck.lexicons import load_lexicon


@pytest.fixture(scope="module")
def read(fixture_context):
    reader = ViolenceReader(load_lexicon("toxicity")["violence"])
    return lambda text: [words for _, _, words in reader(fixture_context.nlp(text))]


@pytest.mark.parametrize("text, words", [
    ("I'll break his jaw.", "I'll break his jaw"),
    ("We're going to knock your teeth out.", "We're going to knock your teeth"),
    ("Someone should stab him.", "Someone should stab him"),
    ("I'm gonna punch that officer.", "I'm gonna punch that officer"),
    ("I'll burn your house down, Cllr Khan.", "I'll burn your house"),
    ("I'd love to punch him.", "I'd love to punch him"),
    # a vocative the parser also takes for a subject does not hide the writer
    ("Mate, one more comment like that about my daughter and I'll snap your fingers.", "I'll snap your fingers"),
    ("Say that again and I'll lamp him.", "I'll lamp him"),
    ("Touch the lifeboat money and I'll drown you in the harbour myself.", "I'll drown you"),
])
def test_a_promise_or_a_request_of_harm_to_a_person_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "We'll smash the Tories at the ballot box.",
    "I will fight this closure with everything I have.",
    "I'll kill this bill at committee.",
    "We battered them 4-0.",
    "I could kick myself.",
    "He said he would break my jaw, and the court fined him.",
    "Vote Labour on Thursday to kick the Tories out of the town hall!",
    "I'll shoot you an email.",
    "We will knock it out of the park.",
    "I would never break anyone's jaw.",
    "We're going to murder them at the polls on Thursday.",
    "We'll chin Labour at the election.",
    "We nearly drowned in paperwork this week.",
])
def test_politics_sport_idiom_reports_and_denials_are_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, words", [
    ("Jamie Strang needs a slap. A proper one.", "Jamie Strang needs a slap"),
    ("Next time he squares up to me in the corridor he's getting a burst mouth.", "he's getting a burst mouth"),
    ("I'll give him a good hiding if he says that again.", "I'll give him a good hiding"),
    ("You need a smack in the mouth, pal.", "You need a smack"),
    # the harm as a gerund a person is due
    ("Cllr Pryce wants stringing up.", "Cllr Pryce wants stringing up"),
    ("He needs chucking off the end of the pier.", "He needs chucking off the end of the pier"),
    # an everyday verb done to a person's body part, the parser making the part the gerund's subject
    ("He wants his legs breaking.", "He wants his legs breaking"),
    ("Whoever did it wants their hands cutting off.", "it wants their hands cutting off"),
])
def test_harm_a_person_is_due_or_promised_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "Labour are going to get a hiding in May.",
    "They need a good kicking at the ballot box.",
    "He got a slap on the wrist from the standards committee.",
    "Cllr Jones deserves a pat on the back for this.",
    "Our budget needs a kicking into shape.",
    "She never deserved a beating like that, and the court agreed.",
    "Cllr Pryce needs throwing out of the party.",  # no drop: politics
    "That old sofa wants chucking off the quay.",  # not a person
    "Cllr Pryce doesn't deserve hanging out to dry like this.",
    "The hedge by the bus stop wants cutting back.",  # no body part, no person
    "My knees want replacing, honestly.",  # the writer's own
    "Your hands need washing before you touch the buffet.",  # no verb of harm
])
def test_harm_due_to_a_party_a_budget_or_in_idiom_is_not(read, text):
    assert read(text) == []


def test_it_raises_intimidation_through_the_checker(checker):
    report = checker.check("I will break @AmirKhanCllr's jaw if he calls me a liar again.")
    [finding] = [f for f in report.findings if f.rule == "bullying.intimidation"]
    assert finding.severity == "block" and "break" in finding.explanation


@pytest.mark.parametrize("text", [
    "We will kill them on the pitch on Saturday.",
    "We'll kill the Tories at the ballot box.",
])
def test_a_listed_threat_in_an_arena_is_figurative_through_the_checker(checker, text):
    assert not [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]


def test_a_listed_threat_said_of_nobody_is_not_one(checker):
    """The writer's own shed: no one named or addressed, and the target head reads no target."""
    report = checker.check("The garden shed is beyond saving. Tempted to burn it down and start again.")
    assert not [f for f in report.findings if f.rule == "bullying.intimidation"]
    report = checker.check("Burn it down, Cllr Royle. Your house first.")
    assert [f.severity for f in report.findings if f.rule == "bullying.intimidation"] == ["block"]


def test_the_same_words_with_a_place_not_an_arena_still_block(checker):
    report = checker.check("We will kill you in the car park after the count.")
    assert [f.severity for f in report.findings if f.rule == "bullying.intimidation"] == ["block"]


@pytest.mark.parametrize("text, words", [
    ("Tomasz, come onto my patch again and I'll batter you.", "I'll batter you"),
    ("Honestly want to batter Hamish Colquhoun.", "want to batter Hamish Colquhoun"),
    ("I'll clobber him if he says that again.", "I'll clobber him"),
])
def test_a_beating_one_writer_promises_one_person_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "We'll batter them on Saturday, come on the Town!",
    "I'll batter you at darts next week, Dave.",
    "I want to batter this fish myself.",
    "Batter the Tories at the ballot box!",
])
def test_a_beating_of_a_team_at_a_game_or_of_a_fish_is_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Trevor Hollinshead has a lovely house up by Ridgeholme church. Lovely big windows. Lot of glass, that.",
    "Lovely school, Hagthwaite Primary. @BrianAldersonDP's two go there, don't they. Just saying.",
    "Imtiaz, your brother's taxi licence comes up for renewal in May, doesn't it. Just a thought.",
])
def test_a_persons_home_family_or_routine_left_hanging_is_review(checker, text):
    [found] = [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]
    assert [s["signal"] for s in found.evidence["signals"]] == ["toxicity.veiled-menace"]
    assert found.severity == "review"  # the pack's level for a veiled threat


@pytest.mark.parametrize("text", [
    "A word to Cllr Ferriby: careers in this town hall can end very suddenly. Think about that report.",
    "Cllr Nadia Haq thinks she's untouchable after Thursday's vote. She isn't.",
    "@PeterQuayleLD you'll be paying for that speech long after May. Mark my words.",
    # a career ended at the writer's hand
    "If Daniel Ashmore recommends approval for the farm, I will make sure he never works in planning again.",
    "We've a long list of folk who've crossed this group. Plenty of room left on it, Ruth. Plenty.",
])
def test_menace_by_implication_aimed_at_someone_is_veiled_menace(checker, text):
    [found] = [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]
    assert "toxicity.veiled-menace" in [s["signal"] for s in found.evidence["signals"]]


@pytest.mark.parametrize("text", [
    "Residents should expect a visit from the meter readers next week.",  # about no one named
    "For your own sake, please check your smoke alarms this winter.",
    "Cllr Jones will make sure they never close the Hillside library while she's Leader. Good on her.",
])
def test_the_same_words_about_no_one_are_not(checker, text):
    assert not [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]


def test_a_goodnight_and_the_lanes_home_left_hanging_is_veiled_menace(checker):
    text = "Sleep well, @DoraPennickLD. Lovely quiet lanes out Hollowell way. Gets dark early now."
    [found] = [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]
    assert "toxicity.veiled-menace" in [s["signal"] for s in found.evidence["signals"]]


@pytest.mark.parametrize("text", [
    "The bus to Staithe End is late again, isn't it. Just saying.",  # no person
    "Great to have Cllr Jones and his wife at the carol service. Lovely evening.",  # no tag
    "Lovely to see Cllr Patel at the school fair today, wasn't it? Great turnout.",
    "Sleep well, everyone, and mind how you go on the lanes: the gritters are out after dark.",  # no person
])
def test_a_detail_or_a_tag_alone_is_not(checker, text):
    assert not [f for f in checker.check(text).findings if f.rule == "bullying.intimidation"]


@pytest.mark.parametrize("text, words", [
    ("Any Traveller who parks up on the site this summer will be burnt out.",
     "Any Traveller who parks up on the site this summer will be burnt out"),
    ("Whoever grassed will be kneecapped.", "Whoever grassed will be kneecapped"),
    ("Cllr Khan will be lynched.", "Cllr Khan will be lynched"),
    ("You'll be shot if you show your face here again.", "You'll be shot"),
])
def test_harm_promised_in_the_passive_to_a_person_or_whoever_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "Labour will be killed at the polls in May.",  # an arena
    "The old mill will be burnt out by now.",  # a building, no person
    "He will be stabbed in the back by his own party.",  # idiom
    "We will be killed by these energy bills.",  # the writer, not a promise
    "Whoever wins will be congratulated.",
    "Nobody will be hurt, the officers say.",
])
def test_a_passive_without_a_person_promised_harm_is_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, words", [
    ("Piers, come near the traders' meeting again and I'll throw you off the Harbour Arm myself.",
     "I'll throw you off the Harbour Arm"),
    ("Say that once more and we'll chuck him in the canal.", "we'll chuck him in the canal"),
    ("Come down the pub on Friday and say it to our faces. You'll leave with a black eye.",
     "You'll leave with a black eye"),
    ("Keep it up and he'll go home with a broken nose.", "he'll go home with a broken nose"),
])
def test_a_throwing_the_writer_promises_or_an_injury_to_come_away_with_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "I'll throw you off the committee if you vote against it again.",  # no drop: politics
    "We'll throw the Tories out of the town hall in May.",
    "We'll throw the book at fly-tippers.",
    "Tom threw his keys off the pier last summer.",  # a report, not a promise
    "He'll come away with a broken heart, poor lad, when the results are in.",
    "They'll leave with a hammering at the polls.",  # an arena
    "You won't leave with a black eye, it's only a charity boxing night.",  # denied
])
def test_a_throwing_with_no_drop_a_report_or_an_injury_in_an_arena_is_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, words", [
    ("Keep sneering at my ward and I'm putting your face through that glass door.",
     "I'm putting your face through that glass door"),
    ("I'll shove his head in the duck pond.", "I'll shove his head in the duck pond"),
    ("Wave that petition at me again and I'll ram it down your throat.", "I'll ram it down your throat"),
    ("I'm going to put their windows in.", "I'm going to put their windows in"),
])
def test_a_persons_body_forced_through_or_into_something_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "I'm putting my hand up for the chair's job.",  # the writer's own
    "We'll put our heads together and find a solution.",
    "I'll put your name forward for the scrutiny panel.",  # not a body part
    "I'll put it in your hands then, Cllr Brook.",  # a duty handed over
    "I'll push your case up the agenda.",
    "I'd never put my head through a window for anyone.",  # denied, and the writer's own
])
def test_a_hand_raised_heads_together_or_a_case_pushed_is_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, words", [
    ("Next lad who nicks a sign off my allotment gets his legs broken.",
     "Next lad who nicks a sign off my allotment gets his legs broken"),
    ("Anyone who crosses me will get their windows smashed.", "Anyone who crosses me will get their windows smashed"),
    ("You'll get your teeth knocked out if you come round here again.", "You'll get your teeth knocked out"),
    ("Colin Royle wants dragging off that stage by his hair.", "Colin Royle wants dragging off that stage by his hair"),
])
def test_a_body_part_or_home_promised_broken_or_a_person_due_seizing_is_read(read, text, words):
    assert read(text) == [words]


@pytest.mark.parametrize("text", [
    "Residents on Elm Road keep getting their cars broken into.",  # a crime reported
    "Anyone who invests in that scheme will get their fingers burnt.",  # a loss, not a beating
    "You'll get your head kicked in at the polls, mate.",  # an arena
    "They'll get their windows replaced next month.",  # no harm
    "She wants leading by her nose through the budget, clearly.",  # idiom, not seizing
    "I got my windows smashed last winter and the police never came.",  # the writer's own, reported
])
def test_a_burglary_a_burnt_finger_or_an_idiom_is_not(read, text):
    assert read(text) == []
