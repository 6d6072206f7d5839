#!/usr/bin/env python3
"""Build blind set b145 (account-level rules) at Saltmere and Wrenside District Council.

The rows below were written by hand, account by account, in the order each account
posted them. This script (standard library only, fixed seed) spreads each account's
posts over the weekdays of 19 Jan - 3 Apr 2026 (one post a day at most), gives
comments times a few minutes after the row before them under the same post,
shuffles, assigns ids B145-NNNN, resolves parent_id, computes each verdict as the
highest base severity expected, and writes accounts.jsonl. Running it again gives
the same bytes.
"""
import datetime
import json
import os
import random

SET = "B145"
SEED = 14545
HERE = os.path.dirname(os.path.abspath(__file__))
OUTFILE = "accounts.jsonl"

HAR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
SEC = "security.credentials"

SEVERITY = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice",
    HAR: "block", MOD: "review", MIX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


# ---- row constructors -------------------------------------------------------
def POS(text, rules=(), allowed=(), note="", kind="post"):
    """A positive row: expects the account rule (added by build) plus `rules`."""
    return {"kor": "positive", "text": text, "rules": list(rules), "allowed": list(allowed),
            "note": note, "kind": kind}


def FIL(text, note=""):
    """A filler row: expects nothing (allows the account rule in positive accounts)."""
    return {"kor": "filler", "text": text, "rules": [], "allowed": [], "note": note, "kind": "post"}


def HN(text, note="", rules=(), allowed=()):
    """A hard-negative row written by the account owner."""
    return {"kor": "hard_negative", "text": text, "rules": list(rules), "allowed": list(allowed),
            "note": note, "kind": "post"}


def COM(by, text, kor, allowed=(), note=""):
    """A comment under the owner's last post; by = a member of the public, or OWNER."""
    return {"kor": kor, "text": text, "rules": [], "allowed": list(allowed), "note": note,
            "kind": "comment", "by": by}


OWNER = "OWNER"


def A(handle, platform, pattern, role, rows, account="councillor", who=""):
    return {"handle": handle, "platform": platform, "pattern": pattern, "role": role,
            "rows": rows, "account": account, "who": who}


# ---- the accounts -------------------------------------------------------------
ACCOUNTS = [
    # ===================== harassment.repeated-target: positives =====================
    A("@DerekPallantCon", "x", HAR, "positive", who="Derek Pallant (Con) -> Imogen Thurlow, Leader", rows=[
        FIL("Knappford Castle ward surgery Saturday 10-12 at the Corn Hall, side room. Bring your bin "
            "questions, your pothole photos and your patience. Kettle's on.", "ward surgery"),
        POS("Our 'Leader' Imogen Thurlow cycled to the beach hut consultation in Saltmere today for the "
            "cameras, then got a lift home in a council pool car. Saint Imogen of the Shingle, everyone. "
            "Do as I say, not as I do.", allowed=[PA, IR],
            note="first hostile occasion: mocking title and jibe at the Leader; personal attack and irony allowed"),
        POS("Watched @ImogenThurlowGreen at full council last night. Forty minutes of squit on 'coastal "
            "resilience' and not one straight answer. The woman is an airhead in a cagoule and everyone in "
            "that chamber knows it. Knappford deserves better than a student union president.",
            rules=[PA], note="'an airhead in a cagoule', 'student union president': belittling the Leader"),
        FIL("Sugar beet lorries have made a right mess of the verge on Mill Lane again. Reported to highways "
            "(county, not us - I know, I know). Will update when I hear back.", "verge damage"),
        POS("Great news, Knappford! Imogen has found the money for a 'wellbeing bench' on Saltmere prom while "
            "our bus to Ipswich goes down to two a day. Truly a visionary. \U0001f644\U0001f44f #TooGoodForUs",
            rules=[IR], note="mock praise of the Leader as a person ('Truly a visionary'), third occasion"),
        POS("Imogen, you can block me on here all you like. I'll be at your Saltmere surgery on the 14th, and "
            "the one after, and the one after that. You don't get to hide behind the block button. See you there.",
            allowed=[BU], note="pursuing her after being blocked; bullying allowed, not expected"),
        FIL("Congratulations to Knappford Bowls Club on forty years on the castle green. Lovely afternoon, "
            "cracking Victoria sponge.", "club anniversary"),
    ]),
    A("@RayGoslingReform", "x", HAR, "positive",
      who="Raymond Gosling (Reform UK) -> Owen Fairweather, Cabinet Member for Coastal Management, a wheelchair user", rows=[
        FIL("Gullness C lorry count on the coast road this morning: 114 HGVs between 7 and 9. We were promised "
            "'no more than 60 an hour at peak'. Figures sent to the county and the developer's community "
            "liaison. Residents - keep logging them.", "construction traffic"),
        POS("Owen Fairweather wants Marram End to 'adapt to the sea'. Easy to say from behind a desk in "
            "Sallowby. The man's never walked the shingle bank in his life and never will.",
            allowed=[PA, EQ], note="'never walked ... and never will' is a coded jibe at his disability; equality allowed"),
        FIL("Marram End drop-in at the chapel Thursday 4-7. Bring your photos of the 2013 surge if you've got "
            "them - the Environment Agency want to see them.", "drop-in"),
        POS("Fairweather by name, fair-weather by nature. Wheels himself into cabinet, reads out the officers' "
            "script, wheels himself out. Can't stand up for Marram End because he can't stand up, full stop. "
            "Sorry not sorry.", rules=[PA, EQ], note="mocks his wheelchair use: disability"),
        FIL("Bin collections in Marram End back to normal after the lorry got stuck behind the dune works. "
            "Thanks to the crews who walked the last stretch.", "bins"),
        POS("@OwenFairweatherLD Still hiding behind your little blue badge every time someone challenges you? "
            "Answer the question, Owen. Who decided Marram End wasn't worth saving?", rules=[PA, EQ],
            kind="reply", note="x reply to the target; sneer at his disability badge"),
        FIL("Lovely to see the Gullness sea scouts out on the mere Saturday despite the fret. Proper Suffolk "
            "weather.", "sea scouts"),
    ]),
    A("@SharonBlowersInd", "facebook", HAR, "positive",
      who="Sharon Blowers (Ind) -> Gareth Lomax, Head of Coastal Management (an officer)", rows=[
        FIL("Eastholt Heath parish pantry open again Tuesdays and Fridays in the old school room. Donations of "
            "tins welcome - in date please, bor!", "pantry"),
        POS("Gareth Lomax, our 'Head of Coastal Management', stood up at the Marram End meeting and told "
            "pensioners their homes were 'not economically viable to defend'. Nice pension you'll have, "
            "Gareth. Officers like him should be sacked, not promoted.", rules=[OF], allowed=[PA],
            note="hostile post naming an officer and calling for his sacking"),
        FIL("Heath fire risk is high after this dry spell. No barbecues on the common please, and keep dogs on "
            "leads near the ground-nesting birds.", "fire risk"),
        POS("Lomax again. Rewrote the shoreline report overnight after the Environment Agency meeting - funny "
            "how the 'options' always end with the sea winning. Either he can't do his job or he's doing "
            "somebody else's. Which is it, Gareth?", rules=[OF], allowed=[PA, DEF],
            note="questions the officer's neutrality; insinuation ('doing somebody else's') allows defamation"),
        FIL("Well done to everyone at the Eastholt craft fair, over \u00a3900 raised for the air ambulance.", "fair"),
        POS("Message for Gareth Lomax, since he won't answer emails. A lot of people in Marram End know what car "
            "you drive and which way you go home of an evening. I'd think very carefully about your next "
            "report, if I were you.", rules=[OF, BU], note="veiled threat to an officer about his report"),
    ]),
    A("@TrevCattermole", "x", HAR, "positive",
      who="Trevor Cattermole (Con) -> Lily Aldous (Lab), the youngest member", rows=[
        FIL("Bramsey St Peter church roof appeal has hit \u00a340k. Remarkable effort for a village of 600. "
            "Next up: the quiz at the Plough, 7.30 Friday.", "roof appeal"),
        POS("Sat through twenty minutes of the little mawther from Wrenmouth lecturing us on fishing quotas. "
            "Lily, love, your dad's boat doesn't make you an expert. Come back when you've paid a mortgage.",
            rules=[PA], allowed=[EQ], note="'little mawther', 'love': age and sex put-down of Lily Aldous"),
        FIL("Grit bins on Bramsey Green topped up. If yours is empty, message me and I'll chase it.", "grit bins"),
        POS("@LilyAldousLab Aww, another tweet about 'young voices'. Ever so proud of you, poppet. Now let the "
            "grown-ups get on with the budget \U0001f618", rules=[IR], allowed=[PA, EQ], kind="reply",
            note="x reply: mock pride and 'poppet', 'grown-ups'"),
        POS("Funny how Lily Aldous goes quiet whenever the harbour moorings come up. Perhaps because her "
            "family's boats pay the lowest mooring fees on the Wren? Just asking. Lots of people on the quay "
            "have been talking about you, Lily.", allowed=[DEF, BU],
            note="insinuation of self-interest and 'people ... talking about you': defamation and bullying allowed"),
        FIL("Bramsey Green village sign repainted by the Wednesday club. Looks a treat.", "village sign"),
    ]),
    A("@NeilBloomfieldLab", "bluesky", HAR, "positive",
      who="Neil Bloomfield (Lab) -> Hugo Castleton-Reeve, Leader of the Conservative Group", rows=[
        FIL("Wrenmouth Common food bank needs: UHT milk, tinned fish, nappies size 5. Drop-off at the "
            "Methodist hall Weds 10-1.", "food bank"),
        POS("Squire Hugo was on his hind legs again at scrutiny telling us council tenants should be "
            "'grateful'. Four thousand acres, two shoots and a trust fund, and he's lecturing Wrenmouth Common "
            "on gratitude. Absolute throwback.", allowed=[PA],
            note="first hostile occasion: 'Squire Hugo', mockery of his wealth; personal attack allowed"),
        FIL("Great turnout at the Common allotments open day. The dahlia lady has outdone herself.", "allotments"),
        POS("Hugo Castleton-Reeve is a braying, inbred relic who'd sell Wrenmouth to a solar farm if the rent "
            "was right. There, I said it.", rules=[PA], note="'braying, inbred relic'"),
        POS("Castleton-Reeve's estate took \u00a3212k in farm grants last year and he votes against holiday "
            "meals for Wrenmouth kids. Not illegal. Just vile. What a leech of a man.", rules=[PA],
            note="'a leech of a man': the grants point is public record, the insult is personal"),
        FIL("Bus shelter on Common Road finally replaced after two years of chasing. Small wins.", "bus shelter"),
        POS("Hugo - saw your Range Rover at the Mere gate again this morning, 7.40 on the dot like every "
            "weekday. Your lot have had it easy round here for too long. Maybe some of the Common lads should "
            "pop up and explain it to you in person.", rules=[BU],
            note="his routine watched and a visit 'in person' proposed: intimidation"),
        FIL("Wrenmouth Town 2 Saltmere 2 on Saturday. Freezing. Worth it.", "football"),
    ]),
    A("@GrahamKerridge", "facebook", HAR, "positive",
      who="Graham Kerridge (Ind) -> Kate Southgate, a reporter on the local paper (a private person)", rows=[
        FIL("Fennock village hall AGM Monday 7pm. We need a new treasurer - Margaret has done it for 22 years "
            "and deserves a rest!", "AGM"),
        POS("Today's Mercury front page by Kate Southgate: 'Councillor's expenses questioned'. Questioned by "
            "who, Kate? You and your laptop? A failed hack who couldn't get a job on a proper paper. The "
            "Mercury's gone down the pan since they took her on.", rules=[PA], note="'a failed hack' at a journalist"),
        FIL("Ickenfield speed watch out this week. 31 in a 30 isn't the crime of the century but 58 past the "
            "school is.", "speed watch"),
        POS("That Southgate woman rang me AGAIN at home tonight. Let's be clear: she makes things up, she "
            "twists quotes, and she's been paid off by the Greens to do hatchet jobs on Independents. "
            "Everybody in Knappford knows it.", rules=[DEF], allowed=[PA],
            note="'paid off by the Greens' stated as fact about the reporter"),
        FIL("Thanks to the Fennock litter pickers - 31 bags off the verges, a mattress and, for reasons nobody "
            "can explain, a canoe.", "litter pick"),
        POS("Kate, seeing as you like turning up on people's doorsteps, perhaps I'll turn up on yours. Your "
            "Eastholt address isn't exactly a secret. See how you like it.", rules=[BU],
            note="threat to visit the reporter's home"),
    ]),
    A("@PaulineFiskeGreen", "bluesky", HAR, "positive",
      who="Pauline Fiske (Green) -> Barry Wolton (Reform UK)", rows=[
        FIL("Larkhythe Maltings concert hall's new step-free entrance opens next week. Years of asking. Thank "
            "you to everyone who signed.", "step-free entrance"),
        POS("Barry Wolton spoke for six minutes at planning tonight and said absolutely nothing. A man with the "
            "brain of a dodman and half the speed. Halsey Green deserves better.", rules=[PA],
            note="'brain of a dodman' (a snail)"),
        POS("Oh look, Wolton's discovered the climate is 'always changing'. Give the man a Nobel Prize "
            "\U0001f3c5\U0001f644 The Wolton Weasel strikes again.", rules=[IR], allowed=[PA],
            note="mock praise and a nickname"),
        FIL("Swift bricks going into the new Larkhythe almshouses. Small thing, big difference.", "swift bricks"),
        POS("Still can't get over @BarryWoltonReform at committee. Thick as a Suffolk Punch's backside and twice "
            "as full of it. How he got elected is one of life's great mysteries.", rules=[PA],
            note="'thick as a Suffolk Punch's backside'"),
        FIL("Larkhythe reed bed work party Sunday. Wellies essential, cake provided.", "work party"),
    ]),
    A("@ColinSparrowhawkLD", "x", HAR, "positive",
      who="Colin Sparrowhawk (LD) -> Diane Mayhew, Cabinet Member for Planning, a partnership colleague", rows=[
        FIL("Sallowby Walks litter bins on the cliff path will be emptied twice a week from Easter. Thanks to "
            "the foreshore team.", "bins"),
        FIL("Sallowby WI asked me about the coast path diversion. The cliff fall has closed 400m; the diversion "
            "is signed through the churchyard. Please stay off the fenced section.", "cliff path"),
        POS("Diane Mayhew is the single most useless Planning portfolio holder this district has ever had. She "
            "doesn't read the papers, she doesn't answer residents and she hides behind officers. Partnership "
            "or not, someone has to say it.", rules=[PA], note="'single most useless'; first of exactly two"),
        FIL("Good to welcome the new Sallowby Walks surgery practice manager to the patients' group. Waiting "
            "times are the number one thing I hear about on the doorstep.", "GP surgery"),
        FIL("Beach hut waiting list reopens in April. I know, I know. I'm on it too.", "beach huts"),
        POS("Another month, another Mayhew shambles. @DianeMayhewInd you're out of your depth, too proud to "
            "admit it, and a liability to this partnership. Do everyone a favour and go.", rules=[PA],
            note="second hostile occasion: the two-occasion threshold"),
        FIL("Sallowby pancake race on Tuesday - the vicar is the one to beat.", "pancake race"),
    ]),

    # ===================== harassment.repeated-target: hard negatives =====================
    A("@MaggieThreadgold", "x", HAR, "hard_negative",
      who="Margaret Threadgold (Con) criticises the Leader's decisions, civilly", rows=[
        HN("The Leader's plan to double beach hut licence fees on the Shingle is wrong. Hut owners are not all "
           "DFL bankers - plenty are Saltmere families who've had the same hut since the 1950s. Calling a 100% "
           "rise 'modest' is squit. I'll be opposing it at cabinet on Tuesday.",
           "robust opposition to a decision; 'squit' aimed at a description of the policy"),
        FIL("Lifeboat open day on the Shingle 12-4 Saturday. Go and see the new boat, she's a beauty.", "lifeboat"),
        HN("Imogen Thurlow says the car park charges are about 'modal shift'. In Saltmere, in February, with one "
           "bus an hour? I respect her commitment but this is policy made for a city, not for us.",
           "names the Leader, criticises the policy"),
        HN("Credit where due: Cllr Thurlow's decision to keep the Saltmere public toilets open all winter is the "
           "right one, and I told her so. We disagree on plenty. Not this.", "approving mention"),
        HN("@ImogenThurlowGreen you've promised a review of the shoreline plan options three times now. "
           "Residents need a date. When will it come to scrutiny?", "pointed but civil question"),
        HN("Robust exchange with the Leader at full council last night on the coastal budget. She thinks we "
           "can't afford to defend Marram End; I think we can't afford not to. We'll keep arguing it, civilly, "
           "until the sea wall money is there.", "fifth mention, robust and civil"),
        FIL("Saltmere Shingle fishermen's huts: fish back on the slab from Monday. Sole, dabs and the odd bass. "
            "Support your longshoremen!", "fish huts"),
    ]),
    A("@JackDurrantMarram", "facebook", HAR, "hard_negative",
      who="Jack Durrant (Ind) opposes Owen Fairweather's coastal policy and answers the disability jibe", rows=[
        HN("Cllr Owen Fairweather came to Marram End chapel last night and heard it straight from residents. "
           "I don't accept his preferred option of managed realignment and I said so, loudly. But he came, he "
           "listened, and he stayed till the last question.", "disagreement with credit"),
        HN("The Cabinet Member for Coastal Management is wrong on Marram End. Wrong on the numbers, wrong on the "
           "timescale, wrong to treat 46 homes as a line on a spreadsheet. I'll be moving an amendment at full "
           "council.", "robust criticism of a policy, repeated"),
        FIL("Marram End bus shelter glass replaced again. Whoever keeps hulling stones at it - please find "
            "another hobby.", "bus shelter"),
        HN("Some of what's been said online about Owen Fairweather's wheelchair is disgusting. 'Can't stand up "
           "for Marram End because he can't stand up' - that's not politics, that's spite. I disagree with Owen "
           "as hard as anyone in this district. I'll do it on the facts.",
           "counter-speech quoting the jibe to reject it"),
        HN("Owen's reply to my letter on the Marram End options came today. Polite, detailed, and still wrong. "
           "Full text on the ward page - read it and make your own minds up.", "fourth mention, civil"),
        FIL("Gullness sea scouts raised \u00a3620 bag-packing at the Co-op. Proper job.", "sea scouts"),
    ]),
    A("@DebbieRoweCon", "x", HAR, "hard_negative",
      who="Debbie Rowe (Con) attacks Lily Aldous once, then mentions her civilly", rows=[
        FIL("Wrenmouth Town Christmas lights AGM. Yes, already. Volunteers please!", "lights AGM"),
        HN("Lily Aldous's speech on the harbour tonight was the most patronising drivel I've heard in that "
           "chamber. Clueless, smug and rude to the fishermen who gave her a platform.",
           "single hostile post: personal attack expected, one occasion only", rules=[PA]),
        FIL("Wrenmouth ferry running again after the winter refit. Six crossings a day till October.", "ferry"),
        HN("Had a proper mardle with Cllr Lily Aldous on the quay this morning about the moorings review. We "
           "don't agree on much but we both want the fishing fleet kept on the Wren. Good to talk.",
           "civil mention of the same person"),
        HN("Cross-party letter on harbour dredging from me, @LilyAldousLab and Cllr Tom Easey goes to the "
           "harbour commissioners today. When Wrenmouth needs it, party comes second.", "civil mention"),
        FIL("Wrenmouth in Bloom needs hanging basket sponsors. \u00a335 a basket, your name on the list.", "in Bloom"),
    ]),
    A("@SteveWoolnoughLab", "x", HAR, "hard_negative",
      who="Stephen Woolnough (Lab) attacks two different people once each, plus football banter", rows=[
        HN("Derek Pallant calling the Leader an 'airhead' is rich from a man who's been asleep in every "
           "committee since 2019. Pompous, lazy and proud of it.", "one hostile post at Derek Pallant",
           rules=[PA]),
        FIL("The Guildhall steps repair is agreed between the town council and the district. Scaffolding from "
            "March, about six weeks.", "Guildhall steps"),
        HN("Tractor Boys 3, Canaries 0. I'll be insufferable till Easter. Sorry not sorry to my Norwich-"
           "supporting ward colleague \U0001f69c\U0001f499", "football banter"),
        HN("Trevor Cattermole's 'little mawther' routine is pathetic. He's a sad old bully who can't cope with "
           "a young woman beating him in an argument.", "one hostile post at Trevor Cattermole",
           rules=[PA]),
        FIL("Saltmere community fridge now takes donations from the Tuesday market traders. Brilliant.", "fridge"),
        FIL("Ward surgery moves to the library this month, 10-12 Saturday.", "surgery"),
    ]),

    # ===================== capacity.mixed-account: positives =====================
    A("@RosemaryGoddardLD", "facebook", MIX, "positive", who="Rosemary Goddard (LD), Cabinet Member for Housing", rows=[
        POS("Back from a fortnight in Madeira with Ken - 24 degrees, more hills than Sallowby and not one "
            "planning application in sight. Home to a full inbox and a very sulky cat. \U0001f33a",
            allowed=[DP], note="holiday with her husband, named"),
        FIL("Housing update: the 38 new council homes at Sallowby Walks are at roof level. First tenancies "
            "expected in the autumn. Thank you to neighbours for putting up with the noise.", "housing"),
        POS("Our granddaughter Poppy took her first steps on Saltmere beach on Sunday, straight towards a "
            "seagull. Nanny is not coping. \U0001f62d\u2764\ufe0f", allowed=[DP],
            note="grandchild named"),
        FIL("Reminder: the housing register changes from 1 April. If you're on it, you'll get a letter. Call "
            "the housing team or message me if you're worried.", "register"),
        POS("Bramble the spaniel has eaten most of a windbreak and is now asleep like nothing happened. "
            "Dogs, eh.", note="pet"),
        FIL("Sallowby Walks surgery this Friday 2-4 at the library. Housing cases first.", "surgery"),
    ]),
    A("@KevLingGullness", "facebook", MIX, "positive", who="Kevin Ling (Con), a longshore fisherman", rows=[
        POS("Took the boat off the beach at 5 with our Jake, first time he's hauled the nets on his own. Twelve "
            "cod and a lobster he's named Gerald. Proud dad. \U0001f3a3", allowed=[DP], note="son named"),
        FIL("Gullness C: the developer's community fund opens for bids next month. Up to \u00a310k for village "
            "groups. Happy to help anyone with the form.", "community fund"),
        POS("Ipswich at home Saturday with my old man, 82 and still shouting at the ref louder than me. Blast, "
            "what a game. Tractor Boys!", allowed=[DP], note="father's age"),
        FIL("Marram End flood warden training Wednesday at the chapel. Six places left.", "flood wardens"),
        POS("Silver wedding today. 25 years since Shelley said yes to a bloke who smelled of fish. Still does, "
            "still smells. Love you girl \u2764\ufe0f", allowed=[DP], note="wife named, anniversary"),
        FIL("Dune fencing repairs at Gullness Gap are finished. Thanks to the National Landscape volunteers.", "dunes"),
        POS("Sea fret so thick this morning I couldn't see the end of my own boat. Stayed in, did the VAT "
            "return, felt sorry for myself.", note="his own trade and morning"),
    ]),
    A("@SitaChauhanLab", "instagram", MIX, "positive", who="Sita Chauhan (Lab)", rows=[
        POS("My daughter Anjali's wedding in Leicester this weekend - three days, 400 guests, and my feet will "
            "never recover. Couldn't be prouder. \U0001f49b", allowed=[DP], note="daughter named"),
        FIL("Knappford Castle ward: the castle mound path is closed for resurfacing until the 20th. Diversion "
            "via Church Street. Sorry for the inconvenience.", "path closure"),
        POS("Holi in the garden - pink dog, green children, my mother-in-law running the kitchen like a general. "
            "Happy Holi to everyone celebrating \U0001f308", allowed=[DP],
            note="family festival; a relative's religion implied"),
        FIL("Knappford Mere play area: new equipment arrives in March. The parents' group chose it. Thank you!", "play area"),
        POS("The cat has learned to open the fridge. I'd like to report this to the council but I am the "
            "council. \U0001f431", note="pet"),
        FIL("Warm spaces at Knappford Corn Hall every weekday this winter, 10-4, soup on Thursdays.", "warm spaces"),
    ]),
    A("@BillCatchpoleInd", "facebook", MIX, "positive", who="Bill Catchpole (Coast Independents), a Suffolk Punch breeder", rows=[
        POS("Our old Punch mare Duchess is in foal again at 14. Vet says all's well. Valerie says I'm soft. "
            "She's right. \U0001f434", allowed=[DP], note="horses and his wife, named"),
        FIL("Cordwell: the Bramhurst Forest car park barrier is fixed after the vandalism. Forestry say the "
            "height limit stays.", "barrier"),
        POS("Sorry to those I missed last week - laid up with the tissick and a temperature. Back on my feet "
            "now and the allotment's gone to rack and ruin.", note="his own illness and allotment"),
        FIL("The Bramhurst holiday park application goes to committee in April. Read the papers before you judge "
            "it - I'll be listening to both sides.", "planning, open-minded"),
        POS("Walked the heath with the grandchildren Sunday. A harnser on the pit, three Dartford warblers and a "
            "very confused adder. Good day.", note="family walk, nobody named"),
        FIL("Cordwell village sign's been knocked on the huh again. Highways notified.", "village sign"),
    ]),
    A("@HannahMowerGreen", "bluesky", MIX, "positive", who="Hannah Mower (Green), Cabinet Member for Communities", rows=[
        POS("Fourteen weeks in and baby Wren (after the river, obviously) has decided sleep is for the weak. "
            "Writing this at 6am with cold tea.", allowed=[DP, HA], note="baby named; tiredness"),
        FIL("Communities grants round two is open. Up to \u00a32,500 for village halls, youth clubs and lunch "
            "clubs. Deadline end of March.", "grants"),
        POS("Our honeymoon photos finally printed, three years late. Orkney in the rain. Still the best week.",
            note="honeymoon"),
        FIL("Larkhythe Maltings: the community bus now stops at the concert hall on Saturdays. Trial till "
            "September.", "community bus"),
        POS("Partner's birthday. Sam wanted a quiet one. Sam got a surprise party in the Anchor with twenty "
            "people and a kazoo band. Sorry, Sam.", allowed=[DP], note="partner named"),
        FIL("Thanks to the volunteers at the Larkhythe repair caf\u00e9 - 37 items fixed on Saturday, including "
            "a 1970s Teasmade.", "repair cafe"),
    ]),
    A("@GeoffTillettRUK", "x", MIX, "positive", who="Geoff Tillett (Reform UK)", rows=[
        POS("Benidorm with the lads for my 60th. What happens in Benidorm stays in Benidorm, except this "
            "sunburn. \U0001f37a\u2600\ufe0f", allowed=[HA], note="holiday; beer mentioned"),
        FIL("Halsey Green potholes: I've logged 17 on the county's portal this week. Keep sending me "
            "locations.", "potholes"),
        POS("Pub quiz at the Fox last night. Second to the vicar's team again. There's a rum 'un if ever there "
            "was one - no man of God should know that much about darts.", note="pub quiz"),
        FIL("Halsey Green planning: the Old Forge application has been withdrawn. Thanks to all who "
            "commented.", "planning"),
        POS("RIP Dusty, best dog a man could have. Fifteen years of muddy walks on the marshes. House is too "
            "quiet.", note="pet"),
        FIL("Halsey Green parish council Tuesday 7.30. I'll be giving the district update.", "parish"),
    ]),

    # ===================== capacity.mixed-account: hard negatives, council accounts =====================
    A("@JoanBrinkleyLD", "facebook", MIX, "hard_negative", who="Joan Brinkley (LD): community, volunteers", rows=[
        HN("Wrenmouth lifeboat crew were called out twice on Sunday. They're all volunteers - a builder, a "
           "barmaid, a retired teacher and a lad from the smokehouse. Put something in the tin at the harbour "
           "shop if you can.", "volunteers"),
        HN("Speaking as someone who brought up three kids on Wrenmouth Common, I know how much the youth club "
           "matters. Great news: the district has confirmed its funding for another two years.",
           "personal aside serving a council message"),
        HN("Doris at the Tuesday lunch club remembers the '53 flood coming up the Wren when she was a girl. 'We "
           "never had a council that listened,' she told me. Working on it, Doris.", "resident's story, first name only"),
        HN("Family fun day on Wrenmouth Common, Saturday 11-3: face painting, the fire engine and the Wrenside "
           "Morris. Mums, dads, grandparents, all welcome.", "community event"),
        HN("Thank you to the mawthers and lads of Wrenmouth Youth FC who did the beach clean on the Denes. 46 "
           "bags. Your mums and dads should be proud.", "volunteers, 'mawthers'"),
    ]),
    A("@ChairmanSWDC", "facebook", MIX, "hard_negative", who="Peter Revett's civic account as Chairman of the Council", rows=[
        HN("An honour to present the Chairman's Volunteer Awards at Knappford Corn Hall. Forty-one nominations "
           "this year - lunch club drivers, flood wardens, and a 16-year-old who teaches her neighbours to use "
           "a smartphone.", "volunteer awards"),
        HN("My grandfather crewed the Saltmere lifeboat, so visiting the station for its 150th anniversary meant "
           "a great deal. Thank you to the crew and fundraisers for 150 years of going out when everyone else "
           "comes in.", "family reference serving a civic visit"),
        HN("The Chairman's charity this year is the Wrenside Carers' Centre. Young carers as young as eight look "
           "after mums, dads and siblings. Our quiz night raised \u00a32,140.", "charity"),
        HN("Congratulations to the Eastholt Heath Silver Band on their centenary concert. My wife and I were "
           "delighted to attend on behalf of the Council.", "civic visit with consort, unnamed"),
        HN("Fennock's oldest resident celebrated her 101st birthday at the care home yesterday - with the King's "
           "card, a Suffolk Punch at the window and her great-grandchildren. A privilege to bring the "
           "district's good wishes.", "resident's story, unnamed"),
    ]),
    A("@MarcusOduyaLab", "x", MIX, "hard_negative", who="Marcus Oduya (Lab): food bank, youth sport, residents' stories", rows=[
        HN("Saltmere food bank handed out 212 parcels in January. Volunteers from 17 to 87. If you can give an "
           "hour on a Friday, DM me and I'll put you in touch.", "volunteers"),
        HN("A mum on the Meadows estate told me her family of five has had black mould since October. Housing "
           "have now inspected and works start Monday. Keep reporting it - it works.", "resident's story, unnamed"),
        HN("Saltmere Rovers U9s, coached entirely by volunteer dads and mums, won their first match of the "
           "season. As a dad who spent most of last winter on that touchline, I know how much the pitch "
           "drainage bid going in next week matters.", "'as a dad' aside serving a council bid"),
        HN("Beach clean on the Shingle Sunday. Bring gloves. Children welcome with a grown-up. Tea from the "
           "lifeboat shop.", "community event"),
        HN("Saltmere's first dementia-friendly swim at the leisure centre. Carers and partners swim free. "
           "Brilliant idea from the staff there.", "community service"),
    ]),

    # ===================== capacity.mixed-account: hard negatives, separate personal accounts =====================
    A("@imogen_swims_at_dawn", "instagram", MIX, "hard_negative", account="personal",
      who="Imogen Thurlow's separate personal account", rows=[
        HN("Dawn dip at the Shingle. 6\u00b0C. Screamed. Worth it. \U0001f30a", "sea swim"),
        HN("Kids made pancakes. Kitchen now resembles a crime scene. Ten out of ten would recommend.", "family"),
        HN("Sea fret rolled in halfway round - couldn't see the huts, couldn't see the shore, could hear a seal "
           "laughing at me.", "sea swim"),
        HN("Found the photos from last summer's dwile flonking at the Larkhythe fete. First time since I was a "
           "girl. Soaked, beaten, very happy.", "village game"),
        HN("Mum's birthday: fish and chips on the sea wall, three generations and one very brave gull.", "family"),
    ]),
    A("@owen_on_the_marsh", "bluesky", MIX, "hard_negative", account="personal",
      who="Owen Fairweather's separate personal (birdwatching) account", rows=[
        HN("Marsh harrier quartering the reed bed at Larkhythe this morning. The new boardwalk hide is wide "
           "enough for my chair and two tripods. Bliss.", "birding"),
        HN("First avocets back on the scrape. Spring's coming, whatever the fret says.", "birding"),
        HN("Harnser standing in the dyke like a disappointed schoolteacher. Eventually caught an eel. Applause "
           "from the hide.", "birding"),
        HN("Lemon drizzle test bake number three. Verdict from my sister: 'dry, bor'. Harsh but fair.", "baking"),
        HN("Bittern booming at dusk. If you've never heard one, it's like someone blowing over a milk bottle in "
           "the next parish.", "birding"),
    ]),

    # ===================== moderation.third-party-comments: positives =====================
    A("@AngelaPrykeCon", "facebook", MOD, "positive", who="Angela Pryke (Con), Saltmere Shingle", rows=[
        FIL("Update on the unauthorised encampment at the Shingle car park: the council served notice this "
            "morning and the group have agreed to leave by Friday. Please don't approach the site. Any issues, "
            "call the council or 101.", "owner post"),
        COM("Darren Wyard", "Should have bulldozed the lot of them in the night. Dirty didicois, the whole "
            "Shingle stinks since they turned up", "positive", allowed=[EQ, AB, BU],
            note="slur against Travellers left up"),
        COM("Carol Baxter", "Thanks Angela. Will the car park be cleaned afterwards? The toilets were in a state "
            "last time.", "hard_negative", note="civil question"),
        COM(OWNER, "Yes Carol, the foreshore team are booked for Monday.", "hard_negative",
            note="owner reply under the same post, abusive comment left up"),
        COM("Gary Mayes", "If the council won't shift them we will. Few of us going down there tonight with the "
            "dogs.", "positive", allowed=[BU], note="threat left up"),
        FIL("Beach hut fees: I've asked the Leader for the full costings behind the proposed rise. I'll post "
            "them here when I get them.", "owner post"),
        COM("Pete Kindle", "Robbery, plain and simple. Squeeze the hut families and let the DFLs take over. "
            "Same every year.", "hard_negative", note="angry but acceptable"),
        COM("Lee Thirkettle", "Imogen Thurlow is a f***ing liar and a crook. She's had backhanders from the hut "
            "builders and everyone knows it", "positive", allowed=[DEF, AB, PA],
            note="obscene, defamatory comment about the Leader left up"),
    ]),
    A("@TomEaseyGreen", "facebook", MOD, "positive", who="Tom Easey (Green), Wrenmouth Harbour", rows=[
        FIL("From April, second homes in the district pay double council tax. The extra goes to local housing. "
            "In winter 41% of homes in Wrenmouth are empty. Something had to change.", "owner post"),
        COM("Jill Aldred", "About time. My lad can't rent in the town he grew up in.", "hard_negative",
            note="supportive comment"),
        COM("Simon Fairbairn", "Utter squit. The DFLs will just flip to holiday lets and pay nothing. You lot "
            "never think anything through.", "hard_negative", note="rude but acceptable"),
        COM("Kieran Boast", "I know the DFL who owns 3 Harbour Row, Miles Ferrant, barrister in Islington, never "
            "here. Keysafe code is 4471 - someone should let themselves in and teach him a lesson",
            "positive", allowed=[DP, SEC, BU], note="address, keysafe code and an incitement left up"),
        FIL("Harbour dredging: the cross-party letter is signed and sent. Wrenmouth's fishing fleet needs the "
            "channel kept open.", "owner post"),
        COM("Wayne Cutting", "Tom Easey you're a tw*t, a useless soy boy who's never done a day's graft in his "
            "life. Get back to your yurt", "positive", allowed=[PA, AB],
            note="abuse of the page owner left up"),
        COM("Marjorie Pask", "Does the letter cover the north channel by the smokehouses? It's silting badly.",
            "hard_negative", note="civil question"),
        COM(OWNER, "It does, Marjorie, both channels. I'll share the reply when it comes.", "hard_negative",
            note="owner reply, abusive comment left up"),
        COM("Ron Gildersleeve", "Harbour master's on the take from the yacht club, always has been. That's why "
            "the north channel never gets done.", "positive", allowed=[DEF],
            note="bribery allegation about an identifiable person left up"),
    ]),
    A("@YusufKhalilLab", "facebook", MOD, "positive", who="Yusuf Khalil (Lab), Knappford Castle", rows=[
        FIL("Open day at the new Knappford prayer room and community centre in the old Co-op, Saturday 11-3. "
            "Tea, samosas and a warm welcome. Everyone invited.", "owner post"),
        COM("Tracey Goldsmith", "Not in my town. They can pray in their own country. Knappford was Christian for "
            "a thousand years before this lot", "positive", allowed=[EQ], note="religious and racial hostility left up"),
        COM("Ann Gedge", "Went last year, lovely people and the best samosas in Suffolk. See you Saturday.",
            "hard_negative", note="supportive"),
        COM("Dean Sayer", "Watch your daughters round that lot \U0001f92e\U0001f92e we all know what they're "
            "like", "positive", allowed=[EQ, AB], note="racist smear left up"),
        FIL("Knappford Castle ward surgery Thursday 5-7 at the library. I also take calls on my council line "
            "01632 960417 on Monday mornings.", "owner post with his own council number"),
        COM("Bob Leech", "Why do you never answer emails Yusuf? Three weeks and nothing. Not good enough.",
            "hard_negative", note="robust complaint"),
        COM(OWNER, "Bob, sorry - message me your email again and I'll look at it today.", "hard_negative",
            note="owner reply"),
        COM("Sharon Catt", "The only Khalil that belongs on a council is one on a deportation list \U0001f602",
            "positive", allowed=[EQ, PA], note="racist comment at the page owner left up"),
    ]),
    A("@BrianHammondRUK", "facebook", MOD, "positive", who="Brian Hammond (Reform UK), Gullness and Marram End", rows=[
        FIL("Gullness C night working: the developer wants to extend piling hours to 10pm. I've objected on "
            "behalf of Marram End residents. Comments go to the county by the 28th.", "owner post"),
        COM("Craig Ruddock", "The site manager Neil Bastow is a lying c*** who's been fiddling the lorry counts. "
            "Somebody should sort him out after his shift", "positive", allowed=[DEF, AB, BU],
            note="obscene, defamatory and threatening comment about a private person left up"),
        COM("Helen Rix", "Can you share the link to comment? The county website is impossible.", "hard_negative",
            note="civil question"),
        COM(OWNER, "Here you go Helen: https://consult.example.org/gullness-piling", "hard_negative",
            note="owner reply with a link"),
        COM("Lisa Mannering", "Ring Tony Whiting at the liaison office direct, his own mobile is 07700 900628, "
            "lives in the white bungalow on Gap Road. Give him hell at 3am like we get", "positive",
            allowed=[DP, SEC, BU], note="private mobile number and home of a private person left up"),
        FIL("Marram End flood wardens have new radios thanks to the community fund. Good news for once.", "owner post"),
        COM("Dave Sterry", "Good stuff. Shame the council wants to let the sea have us anyway. Bunch of clowns.",
            "hard_negative", note="rude but acceptable"),
        COM("Mick Arbon", "F*** the council, f*** the EA, f*** every last one of these pen pushers. Shower of "
            "shite, bor", "positive", allowed=[AB], note="obscene comment left up"),
    ]),
    A("@SueLeggettLD", "facebook", MOD, "positive", who="Sue Leggett (LD), Bramsey", rows=[
        FIL("Another fly-tip on Bramsey Drift: builders' rubble, a sofa and asbestos sheeting. Enforcement are on "
            "it. If you saw a van on Tuesday evening, please report it to the council, not on here.", "owner post"),
        COM("Jason Pegg", "It's Ricky Wrinch from 4 Drift Cottages, white Transit, only just out of Norwich "
            "prison for the same thing. Go and knock on his door", "positive", allowed=[DP, DEF, BU],
            note="name, address and criminal record of a private person left up"),
        COM("Pam Cotton", "Terrible. Is the footpath still open? I walk the dog down there.", "hard_negative",
            note="civil question"),
        COM(OWNER, "Yes Pam, the path's open - just keep the dog away from the sheets till they're cleared.",
            "hard_negative", note="owner reply"),
        COM("Kelvin Doe", "Whoever did it wants their hands cutting off. Medieval? Good.", "positive",
            allowed=[BU, AB], note="violent comment left up"),
        FIL("Bramsey Green bus: the 64 keeps its Saturday service after all. Thank you to the 300 people who "
            "signed.", "owner post"),
        COM("Gail Thrower", "Ask the parish clerk Julie Manning where the bus shelter money went. Been pocketing "
            "the precept for years, that one", "positive", allowed=[DEF],
            note="theft allegation about a named parish clerk left up"),
        COM("Nigel Pope", "Good. Now get the 7am one back, the school kids are standing in the rain.",
            "hard_negative", note="robust request"),
    ]),
    A("@NinaHewittCordwell", "facebook", MOD, "positive", who="Nina Hewitt (Ind), Cordwell and Bramhurst Forest", rows=[
        FIL("The Bramhurst Forest holiday park application (120 lodges) is now on the council website. I sit on "
            "planning, so I won't say how I'll vote. Please read it and comment before the deadline.", "owner post"),
        COM("Roy Goodchild", "Robert Moyse the planning head is in the developer's pocket, everyone knows his "
            "brother-in-law's doing the groundworks. Corrupt as they come", "positive", allowed=[DEF, OF],
            note="corruption allegation about the Head of Planning left up"),
        COM("Jenny Kett", "Thanks Nina. Is there going to be a public meeting?", "hard_negative",
            note="civil question"),
        COM(OWNER, "There'll be a drop-in at Cordwell village hall on the 9th, Jenny. Details on the council "
            "website.", "hard_negative", note="owner reply"),
        COM("Stuart Bugg", "Lodges full of DFL c***s pissing in the forest. Over my dead body. Or theirs.",
            "positive", allowed=[AB, BU], note="obscene and menacing comment left up"),
        FIL("Cordwell village hall's new kitchen is open! Thanks to the 30 volunteers who fitted it.", "owner post"),
        COM("Maureen Clarke", "Shame the volunteers include that paedo from the bungalows. Everyone knows about "
            "him, Gordon Leeks, 2 Forest Rise", "positive", allowed=[DEF, DP],
            note="sexual-offence smear naming a private person and address left up"),
        COM("Tina Brame", "Looks lovely! Can you hire it for parties?", "hard_negative", note="civil question"),
    ]),

    # ===================== moderation.third-party-comments: hard negatives =====================
    A("@LawrenceGoochCon", "facebook", MOD, "hard_negative", who="Lawrence Gooch (Con): angry but acceptable comments", rows=[
        HN("The proposed Knappford car park charges (\u00a31.50 for two hours at the Mere) go to cabinet next "
           "month. I'm against them. Tell me what you think.", "owner post"),
        COM("Rita Harvey", "Absolute daylight robbery. The Mere shops will die. Whoever dreamt this up has never "
            "run a business in their life.", "hard_negative", note="angry but acceptable"),
        COM("Phil Cobbold", "Squit from start to finish. You'll all nod it through like you always do.",
            "hard_negative", note="rude but acceptable"),
        COM(OWNER, "Phil, I won't be nodding anything through. I've asked for it to be called in to scrutiny.",
            "hard_negative", note="owner reply"),
        HN("Grit and salt: the county say Knappford Mere hill is now on the priority route.", "owner post"),
        COM("Tony Bird", "About flipping time. Only took three broken wrists. And the gritter still goes up that "
            "hill at dodman pace.", "hard_negative", note="sarcastic but acceptable"),
    ]),
    A("@FarahWhitmoreGreen", "facebook", MOD, "hard_negative", who="Farah Whitmore (Green): robust comments on a wind farm substation", rows=[
        HN("The offshore wind substation at Eastholt: I've met the developer again. I still want the cables under "
           "the heath, not pylons across it. Next public session is at the village hall on the 17th.", "owner post"),
        COM("Graham Leeder", "You lot sold us out the minute you signed that partnership. Greens for wind farms "
            "but not for the people who have to live next to them. Shame on you.", "hard_negative",
            note="robust criticism of the page owner's party"),
        COM("Sandra Cuthbert", "I'm jubous about any of these promises. Heard it all before from the last lot.",
            "hard_negative", note="sceptical"),
        COM(OWNER, "Fair enough, Sandra. I'll publish every commitment they make in writing so we can hold them "
            "to it.", "hard_negative", note="owner reply"),
        COM("Kev Scarff", "Load of DFL eco warriors telling us what's good for us. Never seen you at the Heath "
            "fete once.", "hard_negative", note="rude but acceptable"),
        HN("Eastholt Heath: fire breaks through the gorse cut by the volunteer wardens this weekend. Thank you "
           "all!", "owner post"),
    ]),
    A("@RuthKemballLab", "facebook", MOD, "hard_negative", who="Ruth Kemball (Lab): a removal notice and robust comments", rows=[
        HN("I've removed a comment from yesterday's post that named a family on Common Road and made claims about "
           "their children. Criticise me, criticise the council - that's fair game. Private families are not.",
           "removal notice"),
        COM("Arthur Gedding", "Fair enough Ruth. Some people forget there are kids involved.", "hard_negative",
            note="supportive"),
        COM("Lorraine Vincent", "So you delete what you don't like now? Typical Labour.", "hard_negative",
            note="robust"),
        COM(OWNER, "Lorraine, you're welcome to disagree with me on here as much as you like - plenty do. I "
            "removed it because of the children.", "hard_negative", note="owner reply"),
        HN("The Wrenmouth Common regeneration consultation closes Friday. The three options are in the link "
           "on the council website - have your say.", "owner post"),
        COM("Barry Spall", "Option B looks like a Lego prison. Whoever designed it wants their eyes testing.",
            "hard_negative", note="rude about a design, acceptable"),
    ]),
]

# ---- build -------------------------------------------------------------------------


def weekdays():
    d = datetime.date(2026, 1, 19)
    end = datetime.date(2026, 4, 3)
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if RANK[s] > RANK[best]:
            best = s
    return best


def render():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        pattern, role = acc["pattern"], acc["role"]
        # group the account's rows into units: an owner post and the comments under it
        units = []
        for r in acc["rows"]:
            if r["kind"] == "comment":
                units[-1].append(r)
            else:
                units.append([r])
        n = len(units)
        for i, unit in enumerate(units):
            lo, hi = i * len(days) // n, (i + 1) * len(days) // n
            day = days[rng.randrange(lo, hi)]
            k = len(unit) - 1
            minute = rng.randint(8 * 60, 19 * 60 - 1 - 55 * k)
            parent = None
            for j, r in enumerate(unit):
                if j > 0:
                    minute += rng.randint(4, 55)
                ts = datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60)
                kor = r["kor"]
                if kor == "positive":
                    rules = [pattern] + r["rules"]
                    allowed = list(r["allowed"])
                elif kor == "filler":
                    rules = []
                    allowed = [pattern] if role == "positive" else []
                else:
                    rules = list(r["rules"])
                    allowed = list(r["allowed"])
                row = {
                    "id": None,
                    "text": r["text"],
                    "author": acc["handle"],
                    "created_at": ts.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00",
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = acc["handle"] if r["by"] == OWNER else r["by"]
                    row["parent_id"] = parent
                row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
                row["family"] = "hard_negative" if kor == "hard_negative" else pattern
                row["account_pattern"] = pattern
                row["account_role"] = role
                row["kind_of_row"] = kor
                row["note"] = r["note"]
                if j == 0:
                    parent = row
                rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "%s-%04d" % (SET, i)
    out = []
    for row in rows:
        if "parent_id" in row:
            row["parent_id"] = row["parent_id"]["id"]
        out.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(out)


def main():
    text = render()
    with open(os.path.join(HERE, OUTFILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d rows)" % (OUTFILE, text.count("\n")))


if __name__ == "__main__":
    main()
