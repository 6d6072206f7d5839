"""Ultimatums that use the office, read from the real spaCy parse: an order, then a sanction."""
from __future__ import annotations

import pytest

from postcheck.detectors._coercion import UltimatumReader
from postcheck.lexicons import load_lexicon


@pytest.fixture(scope="module")
def read(fixture_context):
    reader = UltimatumReader(load_lexicon("toxicity")["coercion"])
    return lambda text: [words for _, _, words in reader(fixture_context.nlp(text))]


@pytest.mark.parametrize("text", [
    "Vote against the mill regeneration, @TraceyFearnDP, and your ward won't see another penny of highways money.",
    "Stop it or watch the money go.",
    "Take down that poster mocking me, or I'll have the licensing lot crawling over you every weekend.",
    "Tegid in comms: take that press release down by 5pm or I go to the papers about your department.",
    "Vote against the deal on Thursday and you can forget any ward money for Glazeley.",
])
def test_an_order_then_a_sanction_of_the_office_is_read(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "Back the plan or the libraries lose their funding.",  # nobody's sanction: an argument
    "Come along on Saturday and I'll explain how the grant works.",  # help, not a sanction
    "Email me and I'll chase the funding for your street.",
    "Vote Green on Thursday or lose your voice on the council.",  # no office named
    "Apply now and you could get a grant of up to 500 pounds.",
    "The pub does not need to open till 2am, and I'll be saying exactly that at licensing.",  # no order
])
def test_arguments_offers_and_promises_without_an_order_are_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Vote my way on the Chainworks, Marjorie, or kiss goodbye to your ward fund. Simple as that.",
    "Vote with us on the budget @NeilHoskenInd or Hendra Moor won't see a penny of the devolved ward money.",
])
def test_an_ultimatum_the_parse_tangles_is_read_as_written(read, text):
    """The parse joins "or kiss" to "Marjorie", or the consequence to the order's object: read as written."""
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "Apply by Friday or you'll miss out on the grant.",  # a deadline told to everyone
    "Email Marjorie or ring the office and I'll chase the funding for you.",  # two ways to ask
    "Vote with us, Marjorie, or don't: the ward fund is safe either way?",
])
def test_as_written_a_deadline_or_a_choice_of_ways_is_not(read, text):
    assert read(text) == []


def test_it_raises_intimidation_at_review_through_the_checker(checker):
    report = checker.check("Message to @JordanMellorST: vote against the deal and you can forget any ward money. Your call.")
    found = [f for f in report.findings if f.rule == "bullying.intimidation"]
    assert found and found[0].evidence["signals"][0]["signal"] == "toxicity.coercion"


def test_a_contract_held_to_account_is_not_coercion(checker):
    """The ultimatum's target is the contract, not a person."""
    report = checker.check("Third week of missed bins on Mill Lane. Sort it out or hand the contract back.")
    assert not [f for f in report.findings if f.rule == "bullying.intimidation"]


@pytest.fixture(scope="module")
def pile_on(fixture_context):
    from postcheck.detectors._coercion import PileOnReader

    reader = PileOnReader(load_lexicon("toxicity")["pile_on"])
    return lambda text: [words for _, _, words in reader(fixture_context.nlp(text))]


@pytest.mark.parametrize("text", [
    "His private mobile is 07700 900562. Ring him all day. Ring him all night.",
    "Let's all ring her every day till she stands down.",
    "Let's pack it out and boo Marcus Lindo every time he opens his mouth.",
    # an inbox or a phone flooded, and a crowd told to do it
    "Swamp his inbox till he apologises: derek.holt@example.org",
    "Let's give @PennyMarshCllr's phone a proper workout. Every one of us. Make her feel it.",
    "All of you text Harry Venn every evening until he resigns.",
])
def test_a_call_to_hound_someone_is_read(pile_on, text):
    assert pile_on(text)


@pytest.mark.parametrize("text", [
    "Ring the council every day until they fix the streetlights on Mill Lane!",  # a body, not a person
    "Call me any time, day and night, if the river's rising.",  # the writer, offering help
    "Ring him tomorrow about the bins.",  # not kept up
    "Fill your inbox with good news: sign up to the ward newsletter every week!",  # the reader's own inbox
    "Give her a ring every morning to check she's ok, neighbours.",  # no flooding, no hounding verb
    "Fill his inbox with thank-yous.",  # nothing kept up
])
def test_pressure_on_a_body_an_offer_or_one_call_is_not(pile_on, text):
    assert pile_on(text) == []


def test_an_order_or_something_of_theirs_made_public_is_read_only_when_said_to_someone(read):
    assert read("@OwenTweddleCF: vote the right way on the baths or it goes on every Skarthaven page.")
    assert read("Fix the potholes on Mill Lane or they'll end up on the front page of the paper.") == []


@pytest.mark.parametrize("text", [
    "Walter Bolam should stand down before the AGM. If he doesn't, the photos from the Christmas do go out.",
    "Stand down, Ken. If you don't, I'll send the recording to the papers.",
    "If she votes for it again, the texts she sent me go public.",
    "I'll be reading out every one of Lorraine's old texts at full council unless she backs down on the budget.",
    "Sandra, either you apologise publicly by 5pm or the video of you at the Christmas do goes up.",
])
def test_a_demand_with_something_of_theirs_made_public_if_it_is_not_met_is_read(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "If the council doesn't fix it, I'll go to the papers.",  # a body held to account
    "If he doesn't turn up, I'll raise it at full council.",  # nothing made public
    "If you missed the meeting, the recording goes out on the council's channel tomorrow.",  # a circumstance
    "If he won't answer my emails, I'll post the letters I sent him so residents can see.",  # the writer's own
    "Unless she backs down, I'll be reading out the report at full council.",  # nothing of hers
    "Either you pay the fine by Friday or the charge goes up.",  # a rise, nothing made public
])
def test_a_condition_that_holds_a_body_to_account_or_makes_nothing_of_theirs_public_is_not(read, text):
    assert read(text) == []


def test_a_loss_told_as_an_order_after_and_is_read(read):
    assert read("Vote against the quarry on Thursday, @TeganHookCP, and don't expect a single penny of ward money ever again.")
    assert read("Come along on Saturday and don't expect miracles, it's a small hall.") == []


@pytest.mark.parametrize("text", [
    "Any trader on the Harbour Arm who puts a Greens poster in the window can forget renewing their pitch licence. "
    "I'll make sure of it.",
    "Anyone at the housing trust who talks to the paper about the damp will be looking for a new job. "
    "I sit on the board. I will know.",
    "Whoever leaks this will be looking for another job. I will find out.",
])
def test_a_loss_of_the_office_put_to_whoever_with_the_writers_promise_is_read(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "Anyone who applies after Friday can forget the grant, so get your forms in.",  # a deadline
    "Any trader who misses the deadline can forget renewing their licence. We'll send a reminder next week.",
    "Anyone who fly-tips on Marsh Lane will lose their licence. I'll be at the drop-in on Friday to help.",
    "Anyone who talks to the paper won't be looking for a new job, whatever the rumours say. I will check.",
])
def test_a_rule_for_everyone_or_a_promise_of_something_else_is_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Recommend the Curlew Fields scheme for approval and you'll be looking for a new job. I'll make sure of it.",
    # the tagger reads the order as a present tense once a name is set off before it
    "Joanne Whiteside, recommend Curlew Fields for approval and you'll be looking for a new job and a new town. "
    "I'll make sure of it.",
])
def test_an_order_then_a_career_ended_by_the_writer_is_read(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "Keep voting like that and you'll be looking for a new job come May.",  # the voters' say, not the writer's
    "Joanne, keep this up and you'll be looking for a new job in Leeds. Good luck to you, we'll miss you.",
    "Councillors, we recommend approval and you'll be looking at a new pool by June.",
])
def test_a_warning_of_the_polls_or_good_wishes_are_not(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Here's Debra Hollins's work mobile: 07700 900318. Ring it every time your bin's missed. Day and night. "
    "Let her feel it.",
    "That's his number on the poster. Ring it all day till he answers.",
])
def test_ringing_a_persons_number_given_in_the_post_is_hounding_them(pile_on, text):
    assert pile_on(text)


@pytest.mark.parametrize("text", [
    "Here's the council's housing line: 0300 123 4567. Ring it every time your repair's missed, until it's fixed.",
    "Try my mobile: ring it any time, day and night, if the flood gets worse.",
])
def test_ringing_a_bodys_line_or_the_writers_own_is_not(pile_on, text):
    assert pile_on(text) == []


def test_something_of_theirs_made_public_after_a_tangled_or_is_read_as_written(read):
    """The parse hangs "or" on the name; read as written, the screenshots go to the paper if she votes wrong."""
    assert len(read("I've got screenshots of Priscilla Orme's private messages. Vote with us on the Bodger's Yard "
                    "scheme, Priscilla, or they're on the Clarion's front page on Friday.")) == 1
    # the same shape with nothing of hers to make public
    assert read("Come to the quiz, Priscilla, or they'll be on Facebook without you!") == []
    assert read("Send me your photos of the gala, Priscilla, or they'll never be on the council's Facebook page!") == []


@pytest.mark.parametrize("text", [
    # the loss comes from what the writer holds, or the writer says they decide it or keep a list
    "Any tenants' group that backs the Labour leaflet can forget any help with its grant from my office.",
    "I chair the community chest. Any parish that signs the Greens' petition can whistle for its roof money.",
    "Anyone on the licensing panel who votes for the Fox and Hounds can forget a cabinet seat next year. I keep lists.",
])
def test_a_loss_put_to_whoever_by_a_writer_who_holds_it_is_read(read, text):
    assert len(read(text)) == 1


@pytest.mark.parametrize("text", [
    "Any developer who builds on the green belt can forget my support.",  # the writer's own vote
    "Anyone who applies after Friday can forget the grant, so get your forms in. I chair the panel.",  # a deadline
    "Anyone who misses the deadline can forget the grant. I hold surgeries every Friday if you need help.",
    "@CllrNellBarton the ward voted against this. Vote no on Thursday or lose your seat in May.",  # the voters'
])
def test_a_stance_a_deadline_or_the_voters_say_is_not(read, text):
    assert read(text) == []
