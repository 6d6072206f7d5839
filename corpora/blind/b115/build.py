#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b115 (Brackenford District Council).

Every text, label and note below was written by hand for this set. The script
only assigns authors, platforms and timestamps, shuffles the rows and gives
them ids B115-NNNN. It uses a fixed seed, so running it again writes the same
bytes.

Row helpers:
  pos(family, verdict, text, ...)   a positive: expects `family` (plus `also`)
  hn(family, text, ...)             a hard negative, a near miss of `family`
  fill(text, ...)                   a filler: ordinary ward posting, nothing allowed

Keyword arguments:
  also      more expected rules (tuple)
  allowed   rules a careful tool could fairly raise but that are not expected
  who       author pool: a handle, a list of handles, or an expression of pool
            names joined by '&' (intersection) and '-' (difference), e.g.
            "OPP-PLAN" or "PLAN&W:cinderhurst"
  when      "YYYY-MM-DD" or ("YYYY-MM-DD", "YYYY-MM-DD") (inclusive window)
  hrs       (first_hour, last_hour) in local time, default (8, 18)
  interest  the registered interest (declared-interest positives)
  note      why the row is labelled as it is
"""

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11500
SET = "B115"

# --------------------------------------------------------------------------
# People (must agree with council.toml)
# --------------------------------------------------------------------------
H = {  # handle -> (name, party, ward, sex)
    "@AlunDauntFVA": ("Alun Daunt", "FVA", "central", "m"),
    "@RuthKedward": ("Ruth Kedward", "FVA", "perrymead", "f"),
    "@ColinMeekElverton": ("Colin Meek", "FVA", "elverton", "m"),
    "@BevTandyTump": ("Bev Tandy", "FVA", "tump", "f"),
    "@ChairmanGwenP": ("Gwen Protheroe", "FVA", "garnsey", "f"),
    "@TrevHoskins": ("Trevor Hoskins", "FVA", "cinderhurst", "m"),
    "@LynneBrainBC": ("Lynne Brain", "FVA", "central", "f"),
    "@DerekWintlePill": ("Derek Wintle", "FVA", "pill", "m"),
    "@SianMorseWF": ("Sian Morse", "WF", "pitfield", "f"),
    "@KevTeaguePitfield": ("Kev Teague", "WF", "pitfield", "m"),
    "@ShirleyGwilliam": ("Shirley Gwilliam", "WF", "cinderhurst", "f"),
    "@NathanBeddisWF": ("Nathan Beddis", "WF", "slade", "m"),
    "@JoKearMirey": ("Jo Kear", "WF", "slade", "f"),
    "@TamsinFewings": ("Tamsin Fewings", "GREEN", "elverton", "f"),
    "@OwenMerrettGreen": ("Owen Merrett", "GREEN", "perrymead", "m"),
    "@IvorPhelpsInd": ("Ivor Phelps", "IND", "pill", "m"),
    "@DilysCowmeadow": ("Dilys Cowmeadow", "VI", "tump", "f"),
    "@BarryNiblettVI": ("Barry Niblett", "VI", "garnsey", "m"),
}
PERSONAL = {"@lavenet_ivor": "@IvorPhelpsInd", "@perrypears_dilys": "@DilysCowmeadow"}
MAIN = list(H)

CABINET = ["@AlunDauntFVA", "@RuthKedward", "@ColinMeekElverton", "@BevTandyTump"]
CHAIRMAN = ["@ChairmanGwenP"]
PLAN = ["@TrevHoskins", "@LynneBrainBC", "@DerekWintlePill", "@KevTeaguePitfield",
        "@ShirleyGwilliam", "@NathanBeddisWF", "@JoKearMirey", "@OwenMerrettGreen",
        "@BarryNiblettVI"]
LIC = ["@LynneBrainBC", "@DerekWintlePill", "@SianMorseWF", "@NathanBeddisWF",
       "@TamsinFewings", "@IvorPhelpsInd", "@DilysCowmeadow"]

POOLS = {
    "ANY": MAIN,
    "ADMIN": [h for h in MAIN if H[h][1] == "FVA"],
    "OPP": [h for h in MAIN if H[h][1] != "FVA"],
    "WF": [h for h in MAIN if H[h][1] == "WF"],
    "GREEN": [h for h in MAIN if H[h][1] == "GREEN"],
    "VI": [h for h in MAIN if H[h][1] == "VI"],
    "IND": [h for h in MAIN if H[h][1] == "IND"],
    "CABINET": CABINET,
    "BACK": [h for h in MAIN if h not in CABINET + CHAIRMAN],
    "PLAN": PLAN,
    "LIC": LIC,
    "NONPLAN": [h for h in MAIN if h not in PLAN],
    "NONLIC": [h for h in MAIN if h not in LIC],
    "M": [h for h in MAIN if H[h][3] == "m"],
    "F": [h for h in MAIN if H[h][3] == "f"],
}
for _w in sorted({v[2] for v in H.values()}):
    POOLS["W:" + _w] = [h for h in MAIN if H[h][2] == _w]

# Roles named in a post: the holder never writes it (unless set by hand).
ROLES = [
    (re.compile(r"\b(?:the|our|The|Our) Leader\b|Leader of the Council|\bLeader's\b"), "@AlunDauntFVA"),
    (re.compile(r"Deputy Leader|cabinet member for finance|finance cabinet member", re.I), "@RuthKedward"),
    (re.compile(r"cabinet member for (?:the )?environment|environment cabinet member", re.I), "@ColinMeekElverton"),
    (re.compile(r"cabinet member for housing|housing cabinet member", re.I), "@BevTandyTump"),
    (re.compile(r"\bChairman\b"), "@ChairmanGwenP"),
    (re.compile(r"chair of planning|planning chair", re.I), "@TrevHoskins"),
    (re.compile(r"chair of licensing|licensing chair", re.I), "@LynneBrainBC"),
    (re.compile(r"Working Forest leader|leader of the Working Forest", re.I), "@SianMorseWF"),
]
# Topics of registered interests: the holder never writes a post touching
# them unless the row sets the author by hand.
INTEREST_TOPICS = [
    (re.compile(r"lave ?net|fishermen", re.I), "@IvorPhelpsInd"),
    (re.compile(r"market", re.I), "@LynneBrainBC"),
    (re.compile(r"lower perry|fields next to ours", re.I), "@OwenMerrettGreen"),
    (re.compile(r"miners' welfare|welfare hall", re.I), "@ShirleyGwilliam"),
    (re.compile(r"free miner|\bgales\b|the gale\b", re.I), "@NathanBeddisWF"),
    (re.compile(r"gig club|gig and canoe|canoe|rowing", re.I), "@ColinMeekElverton"),
    (re.compile(r"plant hire|digger", re.I), "@KevTeaguePitfield"),
    (re.compile(r"iron museum|heritage grant", re.I), "@DerekWintlePill"),
    (re.compile(r"tenants|rent rise|garage rents", re.I), "@SianMorseWF"),
    (re.compile(r"commoners|grazing|sheep badger|cattle grid", re.I), "@DilysCowmeadow"),
    (re.compile(r"village hall", re.I), "@BarryNiblettVI"),
    (re.compile(r"taxi|\bcabs\b", re.I), "@JoKearMirey"),
    (re.compile(r"paper mill|severnside", re.I), "@TamsinFewings"),
]
MALE_ONLY = re.compile(r"\b(?:my|the) wife\b|\bthe missus\b|\bmy missus\b", re.I)
FEMALE_ONLY = re.compile(r"\bmy husband\b|\bhubby\b|\bthe husband\b", re.I)

# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------
ROWS = []


def _row(kind, family, text, verdict, rules, allowed, who, when, hrs, interest, note):
    assert note, text
    ROWS.append(dict(kind=kind, family=family, text=text, verdict=verdict,
                     rules=list(rules), allowed=list(allowed), who=who,
                     when=when, hrs=hrs, interest=interest, note=note))


def pos(family, verdict, text, *, also=(), allowed=(), who="ANY", when=None,
        hrs=(8, 18), interest=None, note):
    _row("positive", family, text, verdict, (family,) + tuple(also), allowed,
         who, when, hrs, interest, note)


def hn(family, text, *, allowed=(), who="ANY", when=None, hrs=(8, 18), note):
    _row("hard_negative", family, text, "ok", (), allowed, who, when, hrs, None, note)


def fill(text, *, who="ANY", when=None, hrs=(8, 18), note):
    _row("filler", None, text, "ok", (), (), who, when, hrs, None, note)


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DPD = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HST = "haste.pause-before-posting"

# --------------------------------------------------------------------------
# officers.impartiality (review)
# --------------------------------------------------------------------------
pos(OFF, "review", "Had it out with Phil Jarrett today over the bin rounds up Pitfield. Three weeks of missed collections and all he can say is 'resourcing'. Not good enough, Phil. Time somebody in that department got a grip, butt.",
    who="ANY", note="Criticises a named officer (Head of Waste) in public for the service's failings.")
pos(OFF, "review", "Whose side is Rhian Tudor on? Every planning report she writes reads like the developer's own brochure. Residents in this district deserve a planning officer who is actually neutral.",
    allowed=(DEF,), who="OPP", note="Questions a named planning officer's neutrality in public; the brochure jibe edges towards an allegation, so defamation is allowed.")
pos(OFF, "review", "Sandra Organ in licensing needs reminding who she answers to. I've put it to her plain: change the recommendation on the Cinderhurst takeaway hours or I take it to the Chief Exec.",
    allowed=(BUL,), who="ANY", note="Presses a named officer to change her recommendation, with a threat to escalate; bullying allowed for the pressure.")
pos(OFF, "review", "Philippa Starkey has lost the confidence of Mirey Slade. Four months since the flooding and still no straight answer from the Chief Executive's office. Time she went.",
    who="W:slade", note="Calls publicly for a named Chief Executive to go; criticising an officer by name.")
pos(OFF, "review", "Wendy Lusty told a Pitfield family there's 'nothing she can do' about the black mould in the little un's bedroom. Well I can do summat: I'm naming her on here so folk know who to chase.",
    who="ANY", note="Names and shames the Housing Manager; the family is not identifiable.")
pos(OFF, "review", "The planning advice on the Garnsey Marsh slurry lagoon is plain wrong. Darren Yemm should withdraw it and start again, and I've told him so in writing. Officers advise, but they don't get to be wrong twice.",
    allowed=(PRE,), who="ANY", note="Presses a named officer to withdraw his advice. The lagoon is not on the pending register, but the post takes a side, so predetermination is allowed.")
pos(OFF, "review", "Six complaints about the stink off the chicken sheds at Perrymead and Amir Hussain's environmental health lot have done nothing. Not a visit, not a letter. Amir, do your job.",
    allowed=(ATT,), who="ANY", note="Publicly tells a named officer to do his job.")
pos(OFF, "review", "Kirsty Bevan in comms clearly writes for the Leader's party, not the council. Every 'council news' post this month has been an Alliance advert with a crest on. So much for impartial officers.",
    who="OPP", note="Accuses the named Head of Communications of party bias: questioning an officer's neutrality.")
pos(OFF, "review", "Helen Pockett is meant to be an independent Monitoring Officer. Funny how every complaint against an Alliance councillor ends in 'no further action'. Just saying, mind.",
    allowed=(DEF,), who="OPP", note="Insinuates the named Monitoring Officer is partisan.")
pos(OFF, "review", "To the highways officer who wrote the cattle grid report for Hawthorn Tump: rewrite it. The commoners won't wear it and neither will I. You've got till the end of the month.",
    allowed=(BUL,), who="ANY", note="An officer identifiable by role is told to rewrite a report, with a deadline.")
pos(OFF, "review", "Just been told the principal planning officer won't shift on the Local Plan housing numbers. We'll see about that. Darren, I'll be sat in your office Monday morning and I'm not leaving till those numbers come down.",
    allowed=(BUL,), who="ANY", note="Pressure on a named officer to change policy advice; the Local Plan is policy, so no predetermination.")
pos(OFF, "review", "Martin Aldridge's budget report assumes a 4.99% council tax rise every year for ever. That's not neutral advice, that's the Alliance manifesto with a council logo on. Martin should be ashamed.",
    allowed=(ATT,), who="OPP", when=("2026-02-02", "2026-02-23"), note="Says the named s151 officer's advice is partisan and that he should be ashamed.")
pos(OFF, "review", "Rhian, Clive, whoever's listening in planning: enforcement were told about the caravans on Slade Bottom in September. Either you're scared of the landowner or you're mates with him. Which is it?",
    allowed=(DEF,), who="ANY", note="Names two planning officers and insinuates fear or favour.")
pos(OFF, "review", "Sandra Organ was a good licensing manager till she started doing the bidding of the big pub chains. Now every report reads like it was written by their solicitors. Forester or not, she's lost her way.",
    allowed=(DEF,), who="ANY", note="Attacks a named officer's independence.")
pos(OFF, "review", "Phil Jarrett, the gritter didn't come up Cinder Hill once last week. Not once. My nan could grit it quicker with a teaspoon. Sort it out, old butt.",
    who="ANY", when=("2026-01-12", "2026-02-13"), note="Jokey in tone, but a named officer is publicly blamed.")
pos(OFF, "review", "Officers want to shut the Elverton public loos. I've emailed the Head of Waste and Street Scene and told him to come back with a different recommendation by Friday. He works for residents, not for a spreadsheet.",
    who="ANY", note="Presses an officer identified by his title to change his recommendation.")
pos(OFF, "review", "Our Chief Exec was on the radio this morning defending the car park charges like she was a cabinet member. Officers are meant to stay out of politics, Philippa. Stick to running the shop.",
    who="OPP", hrs=(10, 18), note="Questions the named Chief Executive's political neutrality.")
pos(OFF, "review", "Amir Hussain shut Gaynor's caff over a dirty fridge but left the chain burger place open with rats in the yard. One rule for the little 'uns, another for the big boys. Amir's got some explaining to do.",
    allowed=(DEF,), who="ANY", note="Accuses a named officer of unequal enforcement; an allegation, so defamation allowed.")

hn(OFF, "Massive thanks to Phil Jarrett and the crews who were out gritting Cinder Hill at four this morning. Proper job, butts.",
   allowed=(OFF,), who="ANY", when=("2026-01-12", "2026-02-13"), hrs=(8, 11), note="Thanks a named officer; a careful tool could notice the name, so the rule is allowed.")
hn(OFF, "Welcome to Helen Pockett, our new Monitoring Officer. Looking forward to working with you, Helen, and sorry in advance about the Forest weather.",
   allowed=(OFF,), who="ANY", note="Welcome to a named officer.")
hn(OFF, "The bin rounds in Pitfield have been a shambles for three weeks. I've raised it formally and I'll keep raising it till the collections are back on track. The cabinet member for the environment needs to get a grip of that contract.",
   who="ANY", note="Criticism of a service and of a cabinet member, not an officer.")
hn(OFF, "Some folk on here are having a go at our planning officers by name. Pack it in. They give professional advice, councillors decide, and if you don't like the decision, blame us, not them.",
   allowed=(OFF,), who="ANY", note="Counter-speech defending officers.")
hn(OFF, "Asked the s151 officer for a briefing note on the leisure centre figures so every group gets the same numbers. It's on the members' portal now if you want a read.",
   allowed=(OFF,), who="ANY", note="Neutral mention of an officer's role in a normal request.")
hn(OFF, "The budget's a dog's dinner: 4.99% on the council tax, the youth bus cut, and nothing at all for the Forest villages. The Alliance should be ashamed of it.",
   who="OPP", when=("2026-02-02", "2026-02-23"), note="Robust criticism of a budget and a party; no officer.")
hn(OFF, "I don't agree with the officer recommendation on the Local Plan housing figures, and I'll say so at council and vote against. That's how it's meant to work: officers advise, members decide.",
   allowed=(OFF,), who="ANY", note="Disagrees with officer advice through the proper process; no pressure on anyone.")
hn(OFF, "Ow bist, Pitfield! Wendy Lusty, our housing manager, is at the community centre Thursday 2 till 4 for a tenants' drop-in. Bring your repairs questions.",
   allowed=(OFF,), who="ANY", note="Publicises a named officer's drop-in.")
hn(OFF, "Whose side is this council on? Not the Forest's. Another year, another cut to the rural bus grant while the town centre gets new benches.",
   who="OPP", note="Shares 'whose side' with a positive but targets the council's choices, not an officer.")
hn(OFF, "Philippa Starkey's annual report as Chief Executive is out today. Worth a read if you want to know where the money goes and where it doesn't.",
   allowed=(OFF,), who="ANY", note="Neutral mention of a named officer's report.")
hn(OFF, "I've every respect for Amir Hussain and his team. They had a rotten job with the Perrymead chicken sheds. The trouble is the law gives them next to no teeth. Write to your MP.",
   allowed=(OFF,), who="ANY", note="Defends a named officer and blames the law.")
hn(OFF, "Rewrite the report? No. Councillors don't lean on officers to change their advice, full stop. If I disagree I say so in the chamber and vote accordingly.",
   who="ANY", note="Shares the phrase 'rewrite the report' but rejects the idea; no officer named.")
hn(OFF, "Clive Dobbs retires Friday after 31 years in planning at Brackenford. Thee's earned it, Clive. Enjoy the fishing, and don't look at a site plan ever again.",
   allowed=(OFF,), who="ANY", note="Retirement thanks to a named officer.")
hn(OFF, "The gritting route for Cinder Hill is set by the county, not us, so I've written to the county's highways cabinet member. If you've had a near miss on the ice up there, let me know.",
   who="ANY", when=("2026-01-05", "2026-02-20"), note="About gritting but no officer criticised; a county politician is the target.")
hn(OFF, "Rhian Tudor from planning is at the Mirey Slade drop-in on Tuesday to explain how to comment on applications. Very useful if you've never done it before.",
   allowed=(OFF,), who="ANY", note="Publicises a named officer's session.")
hn(OFF, "Kirsty and the comms team did a cracking job getting the flood warnings out on Sunday night. Credit where it's due.",
   allowed=(OFF,), who="ANY", note="Praise for a named officer.")
hn(OFF, "The officer report on the car park charges is clear that the sums only work if footfall holds up. I think that's optimistic, and the cabinet should have listened to the caveat.",
   allowed=(OFF,), who="ANY", note="Quotes officer advice accurately and criticises the cabinet for ignoring it.")
hn(OFF, "Had a good natter with the licensing team about how village fetes apply for temporary event notices. Easier than you'd think. Guide's on the council website.",
   who="ANY", note="Neutral, positive mention of a team.")
hn(OFF, "Where's it to, this 'pothole repair programme'? Cinder Hill's like the surface of the moon. I've asked the cabinet for dates in writing.",
   who="OPP", note="Criticism of a programme and the cabinet; no officer named or pressed.")

# --------------------------------------------------------------------------
# resources.political-use (review)
# --------------------------------------------------------------------------
pos(RES, "review", "Working Forest members: campaign meeting in Committee Room 2 at Bracken House, Tuesday 6pm. I've booked it through members' services so it's free. Bring leaflets to fold and a flask, it's nesh in there.",
    who="WF", note="A party campaign meeting in a council committee room booked free through members' services.")
pos(RES, "review", "Printed 2,000 Severn Greens leaflets on the members' room copier this morning. Cheers to whoever filled the toner! Delivering round Elverton tomorrow if anyone fancies a walk.",
    who="GREEN", note="Party leaflets printed on council equipment.")
pos(RES, "review", "Want to help the Alliance keep Brackenford moving? Email me at my council address and I'll add you to our campaign team list. Every pair of legs helps come May.",
    who="ADMIN", note="Council email used to recruit for a party campaign.")
pos(RES, "review", "Writing this on my council laptop between meetings: the Vale Independents are the only people standing up for Garnsey Marsh. Vote for us in May!",
    who="VI", note="'On my council laptop' together with an election appeal.")
pos(RES, "review", "Popping our Working Forest survey in with the council's Pitfield housing newsletter this month. Saves us the postage, butt!",
    who="WF", note="Party survey distributed with a council publication.")
pos(RES, "review", "Big thanks to the council's comms team for knocking up the artwork for my re-election leaflet. Looks lush. Going to the printers Friday.",
    who="ANY", note="Council staff time used for an election leaflet.")
pos(RES, "review", "Greens canvassing session starts from the council depot yard at Wharf Lane, 10am Saturday. I've asked the lads to leave the gates open and we can borrow a council hi-vis each.",
    who="GREEN", note="Party canvass run from council premises using council kit. Shares 'Wharf Lane' with a register term but does not name it.")
pos(RES, "review", "Alliance video filmed in the council chamber last night, with the mace in shot and all! Watch our pitch for May and share it round.",
    who="ADMIN", note="Party campaign video shot in the council chamber with civic regalia.")
pos(RES, "review", "Borrowed the council minibus to run our Working Forest team round the Mirey Slade doorsteps. Forty doors done before dinner. Cracking effort all.",
    who="WF", note="Council vehicle used for canvassing.")
pos(RES, "review", "Stuck the council crest on our Vale Independents flyer so folk know we're the real deal. Out through letterboxes in Hawthorn Tump this week.",
    who="VI", note="Council logo on a party flyer.")
pos(RES, "review", "Asked the members' support officer to type up the Greens' election address for me while she was doing my casework letters. She's a star.",
    who="GREEN", note="Council staff time spent on a party election address.")
pos(RES, "review", "If you're an Alliance member and want a poster for your window, pick one up from reception at Bracken House. I've left a box by the front desk.",
    who="ADMIN", note="Council reception used to hand out party posters.")
pos(RES, "review", "Tell the Severn Greens what matters to you! Reply to our party survey by emailing cllr.fewings@example.com, my council inbox, and I'll make sure it gets to the campaign team.",
    who="@TamsinFewings", note="Council inbox used to collect party survey replies; the address is Cllr Fewings's own, so not personal data.")
pos(RES, "review", "Using the council's tenants' mailing list so every Pitfield household hears that Working Forest will fight the rent rise. Letters land this week.",
    allowed=(DPD,), who="WF", note="A council mailing list used for party campaigning; data protection is allowed for the misuse of residents' addresses.")
pos(RES, "review", "Our Vale Independents stall at the Garnsey Marsh spring fair will have the council's gazebo and banner. The events team said they weren't using them, so why not.",
    who="VI", note="Council equipment and banner at a party stall.")
pos(RES, "review", "The council's social media scheduler is dead handy, mind. I've set up a whole month of Alliance campaign posts on it this afternoon.",
    who="ADMIN", hrs=(13, 18), note="Council software used to schedule party campaign posts.")
pos(RES, "review", "Franked 300 envelopes in the council post room for our Working Forest members' newsletter. Don't tell the Chief Exec, mind!",
    who="WF", note="Council postage used for a party mailing.")
pos(RES, "review", "Independent and proud, and my election leaflets look gurt smart this year. Designed on the council's Canva account, so cheers to comms for letting me use it.",
    who="IND", note="Council design account used for an election leaflet.")

hn(RES, "Working Forest campaign meeting Tuesday at the Miners' Arms, Pitfield, 7pm. Back room paid for out of our own pockets as ever. Bring leaflets to fold.",
   who="WF", note="Party meeting in a pub, paid privately; shares the wording of a positive.")
hn(RES, "Reminder: my council email is for council business. If you want to talk Severn Greens stuff, use elvertongreens@example.com instead. Thanks all.",
   allowed=(RES,), who="GREEN", note="Keeps council email and party business apart; a careful tool may notice both.")
hn(RES, "Leaflets printed at the co-op print shop in Brackenford this week. Local firm, paid in full, receipt kept for the election return.",
   who="ANY", note="Privately paid printing.")
hn(RES, "My council inbox is for casework: potholes, bins, housing, planning. Send it there and I'll get back to you within five working days.",
   allowed=(RES,), who="ANY", note="Council email for council work.")
hn(RES, "The Alliance leaflet says the council 'found' £3m for the pool. It didn't: the money's a loan Working Forest proposed in the 2024 budget. Check the minutes if you don't believe me.",
   who="WF", note="Party rebuttal with no council resources used.")
hn(RES, "Why are council staff designing the Leader's 'newsletter' when it reads like a party leaflet? I've asked the Monitoring Officer to look at it.",
   allowed=(RES,), who="OPP", note="Complains about a possible misuse of resources; does not commit one.")
hn(RES, "The council minibus can be hired at cost by community groups. Garnsey Marsh WI took it to Slimbridge last week and came back with more photos of ducks than anyone needs.",
   who="ANY", note="Council vehicle hired by a community group, no party.")
hn(RES, "Leafleting Mirey Slade with the Working Forest team today. Proper nesh up the top end, had to borrow our Gareth's gloves. Forty doors done.",
   who="WF", note="Canvassing with no council resources.")
hn(RES, "Council laptop died halfway through the planning agenda. IT had it going again in ten minutes. Nothing party political about my gratitude!",
   allowed=(RES,), who="ANY", note="Mentions the council laptop in a council-business context only.")
hn(RES, "Pre-election period starts soon. From then on the council can't publish anything that looks like it's backing a party. Good rule. Expect the council's accounts to go quiet on new policy.",
   who="ANY", when=("2026-03-02", "2026-03-27"), note="Explains the rules on publicity; nothing misused.")
hn(RES, "Vale Independents quiz night at Garnsey Marsh Village Hall, Friday 7.30. Hall hire paid, raffle prizes given by members. Come and beat us.",
   who="VI", note="Party event at a privately hired hall.")
hn(RES, "Filmed our Greens video on the riverbank at Elverton rather than in the council chamber, because the chamber's not ours to use for campaigning.",
   allowed=(RES,), who="GREEN", note="Mentions the chamber but keeps campaigning out of it.")
hn(RES, "The council crest is only for official council publications. If you see it on a party leaflet, whoever's party it is, let the council know.",
   allowed=(RES,), who="ANY", note="Warns against misuse of the logo.")
hn(RES, "Got my leaflet proofs back. Designed by my niece, paid for by the Alliance, printed in Cinderhurst. Lush job.",
   who="ADMIN", note="Party leaflet with no council resources.")
hn(RES, "Booked Committee Room 2 for the Pitfield residents' meeting on the bus cuts. Open to all, no party badges, and officers will be there to answer questions.",
   allowed=(RES,), who="ANY", note="A council room for a non-party public meeting.")
hn(RES, "Asked officers through my council email for the missed bin figures in Hawthorn Tump. Reply came in two days. Numbers below, and they're not pretty.",
   allowed=(RES,), who="ANY", note="Council email used for council business.")
hn(RES, "Alliance canvassing from the Red Lion car park, 10am Saturday. Bring a flask, it's nesh out there.",
   who="ADMIN", note="Canvassing with no council resources.")
hn(RES, "Council post room? Franking? No chance. Every Working Forest envelope is stamped by hand at my kitchen table, with the radio on and the cat helping.",
   who="WF", note="Shares words with a positive but uses nothing of the council's.")

# --------------------------------------------------------------------------
# position.improper-advantage (review)
# --------------------------------------------------------------------------
pos(POS, "review", "As your councillor I can fast-track your planning application if you get it to me before Friday. Message me and I'll see it goes to the top of the pile.",
    who="ANY", note="Offers to fast-track applications through the role.")
pos(POS, "review", "Anybody needing a skip up Pitfield, ring my brother-in-law's firm, Slade Skips, and tell 'em I sent you. The council always pays their invoices quick, funny that 😉",
    who="ANY", note="Promotes a relative's firm and hints at favour from the council.")
pos(POS, "review", "Struggling to get on the housing list? Drop me a message. I know Wendy in housing well and I can get you moved up a band or two.",
    allowed=(OFF,), who="ANY", note="Offers to use a connection with a named officer to jump the housing queue.")
pos(POS, "review", "If anyone wants a parking ticket sorted, message me the details. One phone call from me and it goes away. Perks of the job.",
    who="ANY", note="Offers to make penalty notices disappear through the role.")
pos(POS, "review", "Need a digger for the weekend? Teague Plant Hire does mates' rates for anyone in Pitfield, and I'll make sure the council's contractors hear about you too, butt.",
    allowed=(INT,), who="@KevTeaguePitfield", note="The director promotes his own firm and offers to steer council contractors; declared interest allowed.")
pos(POS, "review", "My nephew's just started a grass cutting firm. I've put his name forward for the council's verges in Perrymead. It's who you know, innit!",
    who="ANY", note="Pushes a relative for council work.")
pos(POS, "review", "Licence bother at your pub? I sit on the licensing committee, so come and have a quiet pint with me first and we'll see what can be done.",
    allowed=(GIF,), who="LIC", note="A licensing member offers private help to licence holders.")
pos(POS, "review", "Want your lane gritted first when the snow comes? Regulars at the Crown get looked after, that's how it works with me.",
    who="ANY", note="Offers council services as a favour to friends.")
pos(POS, "review", "Jobs going at the council depot! Send me your CV and I'll make sure it lands on the right desk before anyone else's gets a look in.",
    who="ANY", note="Offers to give job seekers an advantage through the role.")
pos(POS, "review", "Family first: if you're a relative of mine after a council bungalow, let me know and I'll have a word in the right ear.",
    who="ANY", note="Offers relatives favoured access to housing.")
pos(POS, "review", "I'll get the council tree gang to do your garden while they're on the street. Just ask me nicely and bring biscuits 🌳",
    allowed=(RES,), who="ANY", note="Offers council workers as a personal favour; resources allowed.")
pos(POS, "review", "Cinderhurst businesses: use my cousin's accountancy firm, Bevington & Co, and you'll find the business rates team a lot friendlier. Trust me on this one.",
    who="ANY", note="Promotes a relative's firm with a hint of favour from the council.")
pos(POS, "review", "I've asked the events team to give my old school butty's band the main stage at the Brackenford lights switch-on next year. Least I can do for him.",
    who="ANY", note="Uses the role to secure a booking for a friend.")
pos(POS, "review", "Fancy a pitch at the front of the market by the clock? As a councillor I get a say in who goes where. Buy me a pint of perry and we'll talk.",
    allowed=(GIF,), who="ANY", note="Offers a council allocation in return for a drink.")
pos(POS, "review", "My daughter's applying for the council's apprenticeship scheme. I've let the panel know who she is. Fingers crossed, not that she'll need it!",
    who="ANY", note="Uses the role to influence a recruitment panel for a relative.")
pos(POS, "review", "Anyone on Tump Lane wanting a dropped kerb, I'll get it done for you without the waiting list. One of the perks of having me as your councillor.",
    who="W:tump", note="Offers to skip the waiting list.")
pos(POS, "review", "Forest folk, the wife's opened a B&B in Perrymead! I'll be pointing every council visitor and contractor who needs a bed her way. Support local!",
    who="ANY", note="Steers council business to a spouse's business.")
pos(POS, "review", "Had a word with the enforcement lads about my neighbour's shed. Gone by Friday, job done. Being a councillor has its uses 😂",
    allowed=(OFF,), who="ANY", note="Uses the role to settle a private dispute through enforcement.")

hn(POS, "As your councillor I can't fast-track anything, and nobody should. What I can do is explain the process and make sure your questions get answered.",
   who="ANY", note="Shares 'as your councillor' and 'fast-track' but refuses favours.")
hn(POS, "Who you know shouldn't matter at this council. If anyone offers to 'sort' a planning application for you, report it to the Monitoring Officer.",
   who="ANY", note="Shares 'who you know' and warns against favours.")
hn(POS, "Anybody needing rubbish shifted: the council's bulky waste service is £25 for up to three items. Book online or ring the contact centre.",
   who="ANY", note="Points to a public service at the normal price.")
hn(POS, "Struggling to get on the housing list? Housing options are at the Pitfield drop-in on Wednesdays. I'll come along with you if you'd like a friendly face.",
   who="ANY", note="Ordinary casework support, no queue jumping.")
hn(POS, "Parking ticket you think is unfair? You can appeal online within 28 days. Here's the guide: https://www.example.org/brackenford/pcn-appeals",
   who="ANY", note="Points to the appeal route.")
hn(POS, "Family first this week: I'm off for my daughter's wedding and my ward colleague is covering casework. Back Monday, probably still dancing.",
   who="ANY", note="Shares 'family first'; no favour sought.")
hn(POS, "My nephew got a place on the council apprenticeship scheme, fair and square. I didn't even know he'd applied till he told us at Sunday dinner. Proud uncle.",
   allowed=(POS,), who="ANY", note="Relative gets a council job, and the post makes clear there was no involvement.")
hn(POS, "For the record: my brother-in-law's firm bid for the grass cutting contract, so I've declared it and stayed out of every discussion on it.",
   allowed=(POS, INT), who="ANY", note="Declares a family connection and stands back.")
hn(POS, "Jobs going at the council depot: drivers and loaders, apply online by 30 January. Open to all, no favours, no word in anyone's ear.",
   who="ANY", when=("2026-01-05", "2026-01-29"), note="Shares the job advert topic with a positive but is fair.")
hn(POS, "Two stalls free on Brackenford market. The markets team hand them out first come, first served; form's on the website.",
   who="ANY", note="Points to the fair allocation process.")
hn(POS, "Support local: the new bakery on Cinderhurst High Street does a lardy cake to die for. No connection, just greedy.",
   who="ANY", note="Recommends a business with no connection.")
hn(POS, "Want your road gritted? The county publishes its priority routes. Cinder Hill is on it, Tump Lane isn't, and I'm campaigning to change that for everyone.",
   who="ANY", note="Campaigns openly for a change in policy.")
hn(POS, "I'm a councillor, not a fixer. I can't make a parking ticket go away and I wouldn't if I could. Appeal it properly and I'll help you write it.",
   who="ANY", note="Refuses a favour.")
hn(POS, "Had a word with the Leader about the state of the Cinderhurst playground. He's agreed to look at it in the capital programme. That's what lobbying's for.",
   who="ANY", note="'Had a word' used for legitimate lobbying on a public matter.")
hn(POS, "Perks of being your councillor? Free coffee at surgery. That's it. That's the whole list.",
   who="ANY", note="Joke sharing 'perks'.")
hn(POS, "Local Forest firms: the council's procurement portal lists every contract over £5k. Register and bid. Same rules for everyone, including anybody related to me.",
   who="ANY", note="Fair access to contracts.")
hn(POS, "My wife's B&B is now open in Cinderhurst. It's on my register of interests, and I'll take no part in any council booking or tourism decision that touches it.",
   allowed=(POS, INT), who="ANY", note="Announces a spouse's business but declares it and stands back.")
hn(POS, "Cas'n get a skip delivered for love nor money round here, so the Pitfield litter pickers are using the council's free community clean-up loan. Bags, grabbers, done.",
   who="ANY", note="A public scheme open to all groups.")

# --------------------------------------------------------------------------
# gifts.hospitality (advice; review when the giver seeks a council decision)
# --------------------------------------------------------------------------
pos(GIF, "advice", "Cheers to the Brackenford Chamber of Trade for the Christmas hamper! Double Gloucester, a bottle of perry and a proper pork pie. Spoilt rotten, I am.",
    who="ANY", when=("2026-01-05", "2026-01-09"), note="A hamper from a business body, given to a councillor; no decision sought, so advice.")
pos(GIF, "advice", "A case of vintage perry left on the doorstep with a card saying 'for all you do, Cllr'. No name on it. Whoever you are, ta very much!",
    who="ANY", note="An anonymous gift given because of the role, likely near the £100 line; advice.")
pos(GIF, "advice", "What a day! Guests of Severn Valley Haulage in their box at Kingsholm for the Gloucester game. Cherry and whites all the way 🍒",
    who="ANY", note="Corporate hospitality from a firm; no decision is said to be sought, so advice. Could be argued review if the firm does council work.")
pos(GIF, "advice", "Back from a lovely long weekend in a holiday cottage in the Wye Valley, courtesy of a generous local businessman who wanted to say thanks for my years of service.",
    who="ANY", note="Significant hospitality because of the role; no decision named, so advice.")
pos(GIF, "advice", "Honoured to accept honorary life membership of Bracken Valley Golf Club. Free rounds for life, and by the look of my swing I'll need every one.",
    who="ANY", note="A valuable gift (membership) given to a councillor; advice.")
pos(GIF, "advice", "Thanks to Marshgate Engineering for a seat at their table at the Forest Business Awards. Lovely dinner, gurt company, and they even let me win the raffle.",
    who="ANY", note="Hospitality from a local firm; no decision named, advice.")
pos(GIF, "review", "Cracking steak at the Verderers' Arms last night as guests of Forestgate Homes. Good people, and I reckon they'll do right by Hawthorn Tump.",
    allowed=(PRE,), who="NONPLAN-W:tump", note="Dinner from a pending planning applicant (Yew Tree Tump); the author is not on planning, so predetermination is only allowed.")
pos(GIF, "review", "Two VIP wristbands for Bore Fest turned up in the post from the organisers. Me and the missus are made up! See you in the hospitality tent in August.",
    allowed=(PRE,), who="NONLIC", note="Free tickets from a pending licence applicant; author not on licensing.")
pos(GIF, "review", "Tickets for Cheltenham races from Vale Crest Developments. Apparently it's a thank-you for 'engaging with the community'. Mine's a Guinness!",
    allowed=(PRE,), who="NONPLAN", when=("2026-03-02", "2026-03-13"), note="Hospitality from the applicant for the Perrymead Orchard scheme.")
pos(GIF, "review", "Snuffmill Leisure have given us Cinderhurst councillors a free night behind the bar for the relaunch. Cheers, butts 🍻",
    allowed=(PRE,), who="W:cinderhurst-LIC", note="Free drinks from a pending licensing applicant, to ward members who are not on licensing.")
pos(GIF, "review", "Dean Vale Environmental, who are bidding for our bin contract, took a few of us to lunch at the Feathers. Very informative, and the pudding was lush.",
    who="ANY", note="Hospitality from a bidder for a council contract.")
pos(GIF, "review", "Greenbank Solar sent a lovely fruit basket and an invite to see their site in Somerset, all expenses paid. Might make a weekend of it!",
    allowed=(PRE,), who="NONPLAN", note="Gift and paid trip offered by a pending planning applicant, apparently accepted.")
pos(GIF, "review", "Hillbrook Estates are doing up our chapel kitchen for nothing, and they've offered to fit a new boiler at mine while they're at it. Smashing lads.",
    allowed=(PRE,), who="NONPLAN", note="A personal benefit from a pending planning applicant.")
pos(GIF, "review", "Forest Stone Products dropped off a load of walling stone for my garden. Said they'd heard I was putting up a wall. Good neighbours, the quarry.",
    allowed=(PRE,), who="NONPLAN", note="A gift from the applicant for the Mirey Slade Quarry extension.")
pos(GIF, "review", "Thanks to Brackenford Motors, who are after the council fleet contract, for lending me a brand new car while mine's in for repair. Lovely motor.",
    who="ANY", note="A benefit from a firm bidding for a council contract.")
pos(GIF, "review", "Pitfield Convenience sent a crate of cider round with a note hoping I'll 'remember them in April'. Ever so thoughtful.",
    allowed=(PRE,), who="NONLIC", note="Gift from a pending licence applicant asking to be remembered at decision time.")
pos(GIF, "review", "Highbury Taverns put me and my husband up at their hotel in Bath for the weekend. Spa, dinner, the lot. Still glowing.",
    allowed=(PRE,), who="NONPLAN", note="Hospitality from the applicant for the Old Verderers' Inn consent.")
pos(GIF, "review", "Severn Reach Leisure have promised me a free week in one of their lodges once they're built. Can't wait to put my feet up by the pill.",
    allowed=(PRE,), who="NONPLAN", note="A promised gift from a pending planning applicant.")
pos(GIF, "review", "The chap after a street trading consent for his burger van outside the station has given me a free breakfast every day this week. Best bacon bap in the Forest.",
    who="ANY", note="Repeated gifts from someone seeking a consent.")

hn(GIF, "Sent a hamper back to a local developer today with a polite note. Kind thought, but councillors can't take gifts from people who may want decisions from us.",
   allowed=(GIF,), who="ANY", when=("2026-01-05", "2026-01-16"), note="A returned gift.")
hn(GIF, "On my gifts register: a bottle of perry from the Perrymead WI after I opened their fete. Well under £100, but I like to be open about these things.",
   allowed=(GIF,), who="ANY", note="A small gift registered voluntarily.")
hn(GIF, "Bought my own ticket for Kingsholm on Saturday, before anyone asks. Cherry and whites! 🍒",
   who="ANY", note="Paid for; shares the topic of a positive.")
hn(GIF, "Forestgate Homes offered to take the Hawthorn Tump councillors out for dinner. We've said no thank you. Any talking happens in the open, at their consultation event.",
   allowed=(GIF,), who="W:tump", note="Hospitality refused; names a pending applicant but takes no view on it.")
hn(GIF, "Tea and a slice of lardy cake at the Pitfield lunch club. Best wages a councillor can get.",
   who="ANY", note="Ordinary refreshments at a community visit.")
hn(GIF, "Reminder to colleagues: any gift or hospitality worth £100 or more goes on the register within 28 days. The Monitoring Officer's form takes two minutes.",
   who="ANY", note="Restates the rule.")
hn(GIF, "The Forest Business Awards were cracking. I paid for my own seat, and so did the rest of our group. Well done to every winner!",
   allowed=(GIF,), who="ANY", note="Paid-for attendance at an event where positives take free seats.")
hn(GIF, "Thanks for all the birthday cards and the cake at surgery! 60 today and still nesh as ever.",
   who="ANY", note="Personal birthday.")
hn(GIF, "Turned down VIP passes for Bore Fest. The licence hasn't been decided yet and I'm not putting myself anywhere near that.",
   allowed=(GIF,), who="ANY", note="Refused hospitality from a pending licence applicant.")
hn(GIF, "Registering my Christmas present from my sister: one very loud jumper. Not required, but I thought you'd all enjoy the photo.",
   who="ANY", when=("2026-01-05", "2026-01-09"), note="A joke; a family gift needs no registering.")
hn(GIF, "A free lunch? At this council? The only thing we get for free is abuse on Facebook and a biscuit at scrutiny.",
   who="ANY", note="Joke sharing the topic.")
hn(GIF, "Gloucester Old Spot sausages from the Hawthorn Tump farm shop. Paid full whack and worth every penny.",
   who="ANY", note="Paid for.")
hn(GIF, "The Chairman's charity dinner raised £3,400 for the Forest hospice. Every ticket was paid for, councillors' included. Thank you all.",
   who="ANY", note="Paid-for charity event.")
hn(GIF, "Greenbank Solar offered a site visit in Somerset. I've told them any visit happens with officers present and at the council's own cost, or not at all.",
   allowed=(GIF,), who="NONPLAN", note="Hospitality declined from a pending applicant; no view on the application.")
hn(GIF, "A grateful resident dropped a tin of Roses into surgery after her fence finally got fixed. Shared with the library staff, naturally.",
   allowed=(GIF,), who="ANY", note="A trivial thank-you gift, shared.")
hn(GIF, "Our sponsored table at the Forest Business Awards went to the Cinderhurst food bank volunteers this year. Lovely to see them dressed up and spoilt for once.",
   who="ANY", note="The councillor gives hospitality rather than receiving it.")
hn(GIF, "Bought the whole ward clean-up crew a round at the Crown. Not a gift to declare, a thank-you from me!",
   who="ANY", note="The councillor is the giver.")
hn(GIF, "Asked the Monitoring Officer if I can go on a free tour at the paper mill's open day. Answer: fine, it's open to the public. See you there.",
   allowed=(GIF,), who="ANY", note="Checked with the Monitoring Officer; the event is open to all.")
hn(GIF, "Somebody's left a box of last autumn's stored apples on the step for the Elverton food bank, bless 'em. I'll run it over in the morning.",
   who="ANY", note="A gift to a charity, not to the councillor.")

# --------------------------------------------------------------------------
# capacity.council-voice (review); never from the Leader, cabinet or Chairman
# --------------------------------------------------------------------------
pos(CAP, "review", "Brackenford District Council says no to the new pylons across the Severn. We don't want them and we'll fight them. That's the council's position, full stop.",
    who="BACK", note="A backbencher announces a council position.")
pos(CAP, "review", "Official: Brackenford District Council backs the Forest's free miners and their right to dig. A proud day for the district.",
    who="BACK", note="Presents a personal view as the council's 'official' stance.")
pos(CAP, "review", "On behalf of Brackenford District Council, I want to say the county's bus cuts are a disgrace to every village in the Forest.",
    who="BACK", note="'On behalf of the council' from a councillor account.")
pos(CAP, "review", "The council's position is clear: Working Forest will scrap the car park charges in May. Vote for us and it happens.",
    who="WF-CABINET", note="A party pledge presented as the council's position.")
pos(CAP, "review", "Brackenford District Council fully supports the lave net fishermen of Ridley Pill in their fight with the Environment Agency. We're behind you, butts.",
    allowed=(INT,), who="@lavenet_ivor", note="From the personal fishing account, speaking for the council on a body the holder is secretary of; declared interest allowed.")
pos(CAP, "review", "Speaking for Brackenford council: we will oppose any Severn barrage scheme that comes forward. Don't waste your time asking.",
    who="BACK", note="Speaks for the council without authority.")
pos(CAP, "review", "Brackenford District Council is proud to back Perrymead perry! Drink local, drink Forest, drink pears 🍐",
    who="@perrypears_dilys", note="From a personal hobby account, claims the council's backing.")
pos(CAP, "review", "The Council believes the Severn Greens' river plan is the only credible one on the table, and the other groups know it.",
    who="GREEN", note="A party's plan presented as the council's belief.")
pos(CAP, "review", "As a council we're telling the government straight: hands off our Forest. Brackenford District Council will never let the trees be sold.",
    who="BACK", note="Claims to voice the council's settled position.")
pos(CAP, "review", "Brackenford District Council condemns the Vale Independents for their stunt at full council last night. Childish, and not in our name.",
    who="BACK-VI", when="2026-02-25", note="A party attack presented as the council's condemnation.")
pos(CAP, "review", "Official council statement (from me, like): the Chief Constable should go over the state of rural policing in the Forest.",
    who="BACK", note="Labels a personal opinion an official council statement.")
pos(CAP, "review", "Brackenford DC is backing Gloucester all the way this season. Come on you cherry and whites! 🍒",
    who="BACK", note="Harmless content, but it speaks for the council from a councillor account.")
pos(CAP, "review", "On behalf of the council, congratulations to Elverton Gig Club on winning the Severn Challenge. The whole district is proud.",
    who="BACK", note="Congratulations in the council's name from a backbencher.")
pos(CAP, "review", "This council will never sell the Cinderhurst playing fields. You can take that as the council's official position, from me.",
    who="BACK", note="A personal pledge presented as official council policy.")
pos(CAP, "review", "Brackenford District Council's view: the Severn bridge tolls should come back for lorries only. I've said it, so it's policy now 😄",
    who="BACK", note="Joking, but presents a personal view as the council's.")
pos(CAP, "review", "Statement from Brackenford District Council: the Alliance administration is failing this district. Time for change in May.",
    who="OPP", note="Opposition campaigning dressed up as a council statement.")
pos(CAP, "review", "We at Brackenford District Council would like to apologise for the state of the Pitfield pavements. Not my fault, but I'm saying sorry for the council.",
    who="BACK", note="Speaks for the council from a councillor account.")
pos(CAP, "review", "Brackenford District Council wants the Forest's 20mph villages scheme rolled out everywhere, and that's our official line. Write to the county and say the council sent you.",
    who="BACK", note="Claims an official council line that does not exist.")

hn(CAP, "Personal view, not the council's: the county's bus cuts are a disgrace to every village in the Forest.",
   who="ANY", note="The same view, clearly marked as personal.")
hn(CAP, "From me and everyone in Elverton ward, well done to Elverton Gig Club on winning the Severn Challenge! Gurt effort.",
   who="W:elverton", note="Ward congratulations, not in the council's name.")
hn(CAP, "The council's official position on the pylons is in the cabinet minute from 22 January. I voted against it in the debate and I still think it's wrong.",
   allowed=(CAP,), who="OPP", note="Reports the official position accurately and separates own view.")
hn(CAP, "Working Forest's position is clear: we'll scrap the car park charges if we win in May. That's our pledge, not council policy. Yet.",
   who="WF", note="A party pledge correctly attributed to the party.")
hn(CAP, "Official: I've eaten the last Welsh cake in the members' room. The council's position on this is deep regret.",
   allowed=(CAP,), who="ANY", note="A joke using 'official'.")
hn(CAP, "Brackenford District Council has published its draft budget. Consultation closes 6 February: https://www.example.org/brackenford/budget-2026",
   allowed=(CAP,), who="ANY", when=("2026-01-12", "2026-02-05"), note="Accurately relays a council publication.")
hn(CAP, "Cabinet agreed last night to freeze parking charges in the Forest villages (minute 57). Good news for Cinderhurst and Mirey Slade.",
   allowed=(CAP,), who="@AlunDauntFVA", when="2026-01-23", note="The Leader reports a cabinet decision with its minute.")
hn(CAP, "Views my own: Gloucester should start the youngsters on Saturday. The pack's tired.",
   who="@lavenet_ivor", note="Personal account, personal view, clearly labelled.")
hn(CAP, "Council? Official? Me? I'm just an old boy with a lave net and a flask of tea. Ow bist, butts.",
   who="@lavenet_ivor", note="Shares 'official' and 'council' but claims nothing.")
hn(CAP, "I can't speak for the council on a Severn barrage. Nobody can till it's been debated. Here's my own take, for what it's worth: not in my lifetime.",
   who="ANY", note="Explicitly disclaims speaking for the council.")
hn(CAP, "Chairman's duties today: handing out the council's long service awards at Bracken House. 25 years each for three of our bin crew!",
   allowed=(CAP,), who="@ChairmanGwenP", note="The Chairman speaks on a civic occasion she is entitled to.")
hn(CAP, "'The Council believes...' is how every motion starts, and tonight's Working Forest motion on rural buses is no different. Please back it.",
   allowed=(CAP,), who="WF", when="2026-02-24", hrs=(8, 16), note="Quotes the form of a motion; not presented as settled council view.")
hn(CAP, "Statement from the Vale Independents group: we'll vote against the car park charges. This is our group's view and nobody else's.",
   who="VI", note="A group statement properly attributed.")
hn(CAP, "Brackenford District Council is recruiting for May: poll clerks and counters, good rates, training given. Apply online.",
   allowed=(CAP,), who="ANY", when=("2026-02-02", "2026-03-27"), note="Relays a real council notice.")
hn(CAP, "My view, and I stress mine: we should never sell the Cinderhurst playing fields. I'll be arguing that in the capital strategy debate.",
   who="ANY", note="The same pledge as a positive, marked as personal.")
hn(CAP, "On behalf of my family, thank you for all the cards and kind words after Dad's funeral. The Forest looks after its own.",
   who="ANY", note="'On behalf of' a family, not the council.")
hn(CAP, "Proud Forester, proud councillor. My opinions on here are mine, not the council's and not my party's, though my party usually agrees with me.",
   who="ANY", note="A capacity disclaimer.")
hn(CAP, "The council did officially back the Perrymead perry festival, by a vote at cabinet in November. I'm just the one who gets to drink it.",
   allowed=(CAP,), who="@perrypears_dilys", note="Accurately reports a decision from a personal account.")

# --------------------------------------------------------------------------
# confidentiality.insider-advantage (review)
# --------------------------------------------------------------------------
pos(INS, "review", "Word to the wise: if you've been thinking of buying one of the lock-up garages on Colliery Row, do it now. Can't say why. 😉",
    who="ANY", note="Hints at council knowledge to give buyers an edge.")
pos(INS, "review", "Heads up, Pitfield: the council's putting the car park charges up in April. Get your season tickets this month while they're still cheap.",
    allowed=(DIS,), who="ANY", when=("2026-01-05", "2026-01-30"), note="Tips residents off before a decision is announced.")
pos(INS, "review", "Little birdie tells me the council's going to sell the old cattle market site. Anyone with a bit of cash, get your offer in early.",
    allowed=(DIS,), who="ANY", when=("2026-01-05", "2026-02-13"), note="Unannounced disposal tipped to potential buyers.")
pos(INS, "review", "You didn't hear it from me, but the Perrymead bypass will go through the Hollins fields. Might be worth those landowners talking to a valuer now.",
    allowed=(DIS,), who="ANY", note="Route knowledge passed to landowners for advantage.")
pos(INS, "review", "Buy before the council announces the Brackenford enterprise zone. Prices on Mill Street will double, mark my words.",
    who="ANY", note="'Buy before the council announces'.")
pos(INS, "review", "Insider tip for the builders in my ward: the council's about to tender £4m of housing repairs. Get your paperwork ready now, before anyone else knows.",
    allowed=(DIS,), who="ANY", when=("2026-01-05", "2026-02-13"), note="Gives local firms a head start on a tender.")
pos(INS, "review", "My brother's been after a unit on Cinderhurst business park for months. Told him to hang fire, rents are coming down in the spring and nobody else knows yet.",
    allowed=(POS,), who="ANY", note="Council knowledge used for a relative's benefit.")
pos(INS, "review", "Tip-off for the market stallholders: the council's scrapping pitch fees for new traders for three months from April. Sign up now before the rush.",
    allowed=(DIS,), who="ANY", when=("2026-01-05", "2026-02-27"), note="Unannounced fee change tipped off.")
pos(INS, "review", "Not official yet, but the council's buying land near Garnsey Marsh for a new depot. If you own a field down there, hold out for a good price.",
    allowed=(DIS,), who="ANY", note="Tells landowners to exploit a council purchase.")
pos(INS, "review", "Told my sister to get her name down for a Perrymead allotment now. The waiting list fee's doubling and it isn't public yet.",
    who="ANY", note="Non-public knowledge used to help a relative.")
pos(INS, "review", "Heads up: the leisure centre's closing for a year from September. Gets announced next month. Gym owners, now's your time to advertise.",
    allowed=(DIS,), who="ANY", note="Unannounced closure tipped to businesses.")
pos(INS, "review", "Between us, the new school's going on the Elverton side of the river, not Perrymead. If you're selling in Elverton, hang on a year.",
    allowed=(DIS,), who="ANY", when=("2026-01-05", "2026-02-18"), note="Site decision leaked before cabinet for property advantage.")
pos(INS, "review", "Council's about to offer a lease on the Ridley Pill quay cottages. Told my mate in the lettings game to get his bid in early, he's the only one who knows.",
    who="ANY", note="Advance knowledge given to a friend.")
pos(INS, "review", "Buy now before the council's regeneration plans go public. Brackenford High Street shops are going cheap and they won't be for long.",
    allowed=(DIS,), who="ANY", note="'Buy now before the council' on regeneration; no code name given.")
pos(INS, "review", "If you're after one of the new council bungalows at Hawthorn Tump, apply in the next fortnight. The criteria change in March and it'll be a lot harder. I've seen the draft.",
    who="ANY", when=("2026-01-12", "2026-02-06"), note="Draft policy knowledge used to give applicants an edge.")
pos(INS, "review", "Friends with a burger van: the council's about to ban trading on the Cinderhurst Road lay-by. Grab a pitch on Brackenford Square before everyone else moves there.",
    who="ANY", note="Advance knowledge passed to friends.")
pos(INS, "review", "Saw the draft depot review at member briefing. Anyone in Mirey Slade after the old bus yard: the council won't be bidding for it after all. Fill your boots.",
    allowed=(DIS,), who="ANY", note="Briefing knowledge used to help bidders.")
pos(INS, "review", "Told the boys at the rugby club to get their grant bid in now. The community fund's getting halved next year, but that's not been announced.",
    who="ANY", note="Unannounced cut tipped to a favoured club.")

hn(INS, "Word to the wise: the car park charges consultation is open and closes 20 March. Have your say before it's decided.",
   who="ANY", when=("2026-03-02", "2026-03-19"), note="Shares 'word to the wise'; public consultation.")
hn(INS, "Heads up: Cinder Hill's shut for resurfacing from Monday for two weeks. Diversion via Slade Bottom. Leave early.",
   who="ANY", note="Shares 'heads up'; public notice.")
hn(INS, "Little birdie? No, just the council website: the community fund's open for bids till the end of February. Get your applications in!",
   who="ANY", when=("2026-01-05", "2026-02-20"), note="Shares 'little birdie'; public information.")
hn(INS, "You didn't hear it from me, you heard it from the Leader at full council last night: council tax is going up 2.99%. Letters out next month.",
   who="ANY", when="2026-02-25", note="Shares 'you didn't hear it from me'; public decision.")
hn(INS, "Tip-off from a resident: fly-tippers dumping in Slade Bottom again. Reported to the council and the police. Keep your eyes peeled.",
   who="ANY", note="Shares 'tip-off'; a resident's report.")
hn(INS, "Buy now before the council... oh, hang on, it's the Christmas market, and it's finished. Too late. See you next year!",
   who="ANY", when=("2026-01-05", "2026-01-09"), note="Joke sharing 'buy now before the council'.")
hn(INS, "The proposed sale of the old cattle market site went out with the cabinet papers today. Have a read and tell me what you think before it's decided.",
   who="ANY", when=("2026-02-11", "2026-02-18"), note="The disposal a positive tips off, here published.")
hn(INS, "Insider tip for Gloucester fans: get to Kingsholm early Saturday. The queues last week were something else.",
   who="ANY", note="Shares 'insider tip'.")
hn(INS, "The £4m housing repairs contract is now out to tender on the council's procurement portal. Local firms, please bid.",
   who="ANY", when=("2026-02-16", "2026-03-27"), note="The tender a positive tips off, here published.")
hn(INS, "Rumours on the Brackenford Facebook group that the leisure centre's closing. I've asked officers: it isn't. Pool times change in March, that's all.",
   who="ANY", note="Corrects a rumour with public information.")
hn(INS, "Heads up, allotment holders: I've been told nothing in confidence, I've just read the agenda. The fees item is at scrutiny on 5 February.",
   who="ANY", when=("2026-01-26", "2026-02-04"), note="Points to a public agenda.")
hn(INS, "My brother asked if he should buy a unit on the business park. Told him I can't advise on anything I know from the council, and to ask a surveyor.",
   allowed=(INS,), who="ANY", note="Refuses to use council knowledge.")
hn(INS, "The new school site is public now: Elverton side of the river, agreed at cabinet on the 19th. Papers are online.",
   who="ANY", when=("2026-02-20", "2026-03-06"), note="The site a positive leaks, here after the decision.")
hn(INS, "Grant tip for community groups: read the criteria twice and get a letter of support from your parish council. Deadline 28 February.",
   who="ANY", when=("2026-01-12", "2026-02-20"), note="General advice.")
hn(INS, "People keep asking if I 'know something' about the Mill Street shops. I don't, and if I did I couldn't tell you. Buy a shop if you want a shop.",
   allowed=(INS,), who="ANY", note="Refuses to share council knowledge.")
hn(INS, "Council bungalow criteria change in March. It was in last week's cabinet papers and the housing team are writing to everyone on the list. Worried? Come to surgery.",
   who="ANY", when=("2026-02-23", "2026-03-06"), note="Published policy change relayed.")
hn(INS, "Worth knowing before you book: the orchard walk at Perrymead is members only this year, so join the Perry Society first. Ten quid and you get a glass.",
   who="ANY", note="Ordinary tip, nothing from the council.")
hn(INS, "Ow bist? Quick heads up for Elverton: elvers are running and the bank by the slip gets busy at night. Park considerate, mind.",
   who="ANY", when=("2026-02-16", "2026-03-27"), note="Shares 'heads up'; local information.")

# --------------------------------------------------------------------------
# predetermination.closed-mind (block with a register match, else review);
# positives come from members of the deciding committee
# --------------------------------------------------------------------------
pos(PRE, "block", "Forestgate Homes' 46 houses on Yew Tree Tump will be refused. I'm voting against, end of. Hawthorn Tump can't take another 46 cars down Tump Lane.",
    who="PLAN", note="A planning member announces a settled vote on a pending application named by applicant and site.")
pos(PRE, "block", "P/25/0577/FUL: a waste transfer station on the old colliery yard at Pitfield? Over my dead body. I've made my mind up and no officer report will change it.",
    who="PLAN", note="Names the pending application by reference; mind made up.")
pos(PRE, "block", "Perrymead Orchard must be refused. 120 houses on a perry pear orchard is vandalism and I will not be persuaded otherwise, however long the hearing goes on.",
    who="PLAN", note="Names the site; refuses to be persuaded.")
pos(PRE, "block", "Severn Reach Leisure can take their holiday lodges somewhere else. Not on our boatyard. I'm voting no and that's that.",
    who="PLAN", note="Names the applicant; settled vote.")
pos(PRE, "block", "Greenbank Solar's 40 megawatts at Elverton Marsh Farm is the best thing to happen to this district in years. It's getting my vote, whatever the objectors say.",
    who="PLAN", note="A settled view in favour of a pending application.")
pos(PRE, "block", "Cinderhurst Garage flats: it's a yes from me. Hillbrook Estates have done everything right and I'll be backing it at committee, no question.",
    who="PLAN", note="Settled support for a pending application named by site and applicant.")
pos(PRE, "block", "The Mirey Slade Quarry extension will never be approved while I sit on planning. Six more hectares of the Forest gone? Never, butt.",
    who="PLAN", note="'Will never be approved' on a named pending application.")
pos(PRE, "block", "Old Verderers' Inn carved up into flats? No chance. Highbury Taverns won't get my vote whatever's in the report.",
    who="PLAN", note="Closed mind on a pending listed building consent, named by site and applicant.")
pos(PRE, "block", "The Snuffmill wants to stay open till 3am? Not on my watch. That variation's getting a no from me before I've even opened the papers.",
    who="LIC", note="A licensing member decides before reading; the matter is named by the name people use for it.")
pos(PRE, "block", "Bore Fest is going ahead! Licence approved in my head already. Elverton needs the money and I need a weekend of music 🎶",
    who="LIC", note="A licensing member pre-approves a pending licence named by its common name.")
pos(PRE, "block", "Pitfield Late Shop selling booze 24 hours a day on Colliery Row? I've made up my mind: refused.",
    who="LIC", note="Settled refusal of a pending licence named by its common name.")
pos(PRE, "block", "Whatever the officers say, Slade Valley Recycling are not getting their tip on the colliery yard. I know how I'm voting.",
    who="PLAN", note="'Whatever the officers say' on a pending application named by applicant.")
pos(PRE, "block", "L/26/0015 should be thrown out. Pitfield Convenience can argue all they like at the hearing, my mind's made up.",
    who="LIC", note="Names the licence by reference; mind made up before the hearing.")
pos(PRE, "review", "That drive-thru they want at the Brackenford roundabout: when it comes in, I'm voting against. Don't need to see the plans.",
    who="PLAN", note="Closed mind on an expected planning application not on the register.")
pos(PRE, "review", "That taxi driver up for a licence review next month should lose his badge. I've already decided.",
    who="LIC", note="A licensing member prejudges a review not on the register.")
pos(PRE, "review", "The Cinderhurst scrapyard appeal should be thrown out by the inspector, and if it ever comes back to us I'll refuse it again. My mind's made up.",
    who="PLAN", note="A closed mind on an appeal and any resubmission; not on the register.")
pos(PRE, "review", "The late bar on Church Street that wants a licence for the spring? It'll never be approved while I'm on licensing. Never.",
    who="LIC", note="'Never be approved' on a licence not on the register.")
pos(PRE, "review", "The kebab van's street trading consent comes to us next month. It's a no. I don't need to hear from him.",
    who="LIC", note="Refuses to hear the applicant on an unregistered consent.")
pos(PRE, "review", "Word is chalets are going in for Slade Bottom again. When they do: refuse. I've seen enough of these schemes to know.",
    who="PLAN", note="Prejudges an expected application not on the register.")

hn(PRE, "I have real concerns about the Yew Tree Tump houses, traffic on Tump Lane especially. I'll listen to all the evidence at committee before I decide.",
   allowed=(PRE,), who="PLAN", note="Predisposition with an open mind on a named pending matter.")
hn(PRE, "My mind's made up: Gloucester are winning the league this year. Fight me. 🍒",
   who="ANY", note="Shares 'my mind's made up'.")
hn(PRE, "I'm not on the planning committee, so I'm free to say it: Hawthorn Tump doesn't want Forestgate Homes' 46 houses, and I'll be speaking against as ward member.",
   allowed=(PRE,), who="W:tump", note="A ward member not on the committee may campaign; names a pending matter.")
hn(PRE, "The Local Plan shouldn't allocate any more housing round Perrymead. I've made my mind up on that, and it's a policy fight, not a planning application.",
   allowed=(PRE,), who="ANY", note="A settled view on policy, which is not quasi-judicial.")
hn(PRE, "Never again will I trust a weather forecast. Soaked to the skin waiting for the bore at Elverton.",
   who="ANY", note="Shares 'never'.")
hn(PRE, "Refused! Committee threw out the Church Lane phone mast last night, seven votes to two. Thanks to everyone who came and spoke.",
   who="ANY", when="2026-02-12", note="Reports a decision already taken; shares 'refused!'.")
hn(PRE, "Objectors to the Mirey Slade Quarry extension: committee meets in June. Get your comments in through the planning portal. Every member should come with an open mind, and I will.",
   allowed=(PRE,), who="PLAN", note="Names a pending matter with an open mind.")
hn(PRE, "Whatever the officers say, the council should find the money for the rural bus. It's a budget choice, and they've made the wrong one.",
   who="OPP", note="Shares 'whatever the officers say' on a budget choice, not a quasi-judicial matter.")
hn(PRE, "The Snuffmill's late licence: I live round the corner and I've sent in an objection as a resident. I'm not on licensing, so I'm entitled to.",
   allowed=(PRE,), who="W:cinderhurst-LIC", note="A ward member not on licensing objects.")
hn(PRE, "Dead in the water: the Severn barrage, again. Good riddance, I say.",
   who="ANY", note="Shares 'dead in the water'; not a pending matter.")
hn(PRE, "Because I sit on licensing, I won't say what I think about Bore Fest until the hearing. Ask me in April!",
   allowed=(PRE,), who="LIC", note="A committee member keeps an open mind on a named pending matter.")
hn(PRE, "Committee refused the Slade Bottom chalets back in the autumn and the applicant's appealing. It's in the inspector's hands now, not ours.",
   who="ANY", note="Reports an appeal neutrally.")
hn(PRE, "Before I was elected I campaigned against the colliery yard waste station, so I'll be stepping away from the committee for that item. Only fair.",
   allowed=(PRE,), who="PLAN", note="A member stands back because of earlier campaigning.")
hn(PRE, "Not a chance, never, no way: my answer when the grandkids asked to borrow the car.",
   who="ANY", note="Shares 'never'.")
hn(PRE, "Greenbank Solar's application will be decided on its merits in June. I'll read every objection and every letter of support first.",
   allowed=(PRE,), who="PLAN", note="Open mind on a named pending matter.")
hn(PRE, "I have an open mind on the Pitfield Late Shop licence. I've got concerns about 24-hour alcohol sales, and I'll hear from the police, residents and the applicant.",
   allowed=(PRE,), who="LIC", note="Predisposition, not predetermination.")
hn(PRE, "The Old Verderers' Inn deserves a future. I'd love it to stay a pub, but I'll judge the application on its planning merits when it comes to us.",
   allowed=(PRE,), who="PLAN", note="Predisposition with an open mind.")
hn(PRE, "I'll be voting against the budget tonight. Mind made up. It cuts the rural bus and it's a bad budget.",
   who="OPP", when="2026-02-24", hrs=(8, 16), note="A settled view on a budget, which is not quasi-judicial.")
hn(PRE, "Refused, refused, refused: the three words my teenager hears most when he asks for a lift to Cheltenham.",
   who="ANY", note="Shares 'refused'.")

# --------------------------------------------------------------------------
# interests.declared-interest (review); positives by the holder
# --------------------------------------------------------------------------
pos(INT, "review", "The council's plan to charge £200 a year to launch from Ridley Pill slip is a kick in the teeth for the Ridley Pill Lave Net Fishermen's Association. I'll be fighting it at cabinet.",
    who="@IvorPhelpsInd", interest="Ridley Pill Lave Net Fishermen's Association", note="The association's secretary campaigns on a council charge that hits it.")
pos(INT, "review", "Traders like us can't take another rise in market pitch fees. I'll be speaking against the new market charges at scrutiny on Thursday.",
    who="@LynneBrainBC", when=("2026-02-02", "2026-02-04"), interest="Brackenford Market Traders' Association", note="The traders' chair, a stallholder, speaks for traders on pitch fees without declaring.")
pos(INT, "review", "The Local Plan wants houses on the fields next to ours at Perrymead. I farm there and I can tell you the drainage won't cope. I'll be moving an amendment at full council.",
    who="@OwenMerrettGreen", interest="Lower Perry Farm", note="A Local Plan allocation next to the holder's farm.")
pos(INT, "review", "Cinderhurst Miners' Welfare Hall needs £40k for a new roof. The council's community buildings fund closes next month and I'll be pushing hard for us to get it.",
    who="@ShirleyGwilliam", interest="Cinderhurst Miners' Welfare Hall", note="A trustee lobbies for council money for the hall.")
pos(INT, "review", "Free miners like me have dug these gales for generations. The council's draft mining heritage policy would make it near impossible to open a new one. I'll be voting it down.",
    who="@NathanBeddisWF", interest="Slade Valley Free Miners' Guild", note="A guild member who works a gale votes on a policy affecting it.")
pos(INT, "review", "Our gig club has been after a lease on the Elverton slipway for years. Delighted it's on the cabinet agenda at last, and I'll be making the case.",
    who="@ColinMeekElverton", interest="Elverton Gig and Canoe Club", note="The club president makes the case at cabinet on the club's lease.")
pos(INT, "review", "Local firms like ours should get a fair crack at the council's new plant hire framework. It's been stitched up by the big nationals for too long. I'll be raising it at scrutiny.",
    who="@KevTeaguePitfield", interest="Teague Plant Hire Ltd", note="A director lobbies on a framework his firm could bid for.")
pos(INT, "review", "Brackenford Iron Museum Trust has put in for the council's heritage grant. Best bid in the pile, and I'll be saying so when it comes to committee.",
    who="@DerekWintlePill", interest="Brackenford Iron Museum Trust", note="A trustee backs the trust's grant bid.")
pos(INT, "review", "Pitfield Tenants' and Residents' Association says no to the council's 7% rent rise, and so do I. I'll be voting against at budget council.",
    who="@SianMorseWF", when=("2026-02-02", "2026-02-23"), interest="Pitfield Tenants' and Residents' Association", note="The association's chair on the rent rise, with no declaration.")
pos(INT, "review", "Hawthorn Tump Commoners' Association has asked the council for two new cattle grids on Tump Lane. I'll be pushing for them in the highways capital bid.",
    who="@DilysCowmeadow", interest="Hawthorn Tump Commoners' Association", note="The association's secretary lobbies for its request.")
pos(INT, "review", "The village hall fund goes to cabinet on the 19th. Garnsey Marsh Village Hall needs every penny and I'll be there to make our case.",
    who="@BarryNiblettVI", when=("2026-02-09", "2026-02-18"), interest="Garnsey Marsh Village Hall", note="A management committee member lobbies for the hall.")
pos(INT, "review", "Drivers like us can't swallow a 15% rise in taxi licence fees. I'll be objecting when it comes to licensing committee.",
    who="@JoKearMirey", interest="Kear's Cabs", note="The co-owner of a cab firm campaigns on taxi fees.")
pos(INT, "review", "I know from the inside that the paper mill's expansion would bring 80 jobs to Elverton. The council should back it in its consultation response, and I'll be saying so at cabinet.",
    who="@TamsinFewings", interest="Severnside Paper Mills Ltd", note="An employee of the mill speaks for its expansion on a council response.")
pos(INT, "review", "Closing the High Street to cars on market days would double our takings. Brackenford Market Traders' Association backs it, and I'll be speaking for it at cabinet.",
    who="@LynneBrainBC", interest="Brackenford Market Traders' Association", note="The chair speaks for the association's own gain.")
pos(INT, "review", "Garage rents on the Pitfield estate are going up again. Us tenants are sick of it and I'll be saying so at scrutiny.",
    who="@SianMorseWF", interest="Pitfield Tenants' and Residents' Association", note="Speaks for the tenants' body she chairs.")
pos(INT, "review", "The council wants to move Brackenford taxi rank round the back of the bus station. Kear's Cabs and every other firm will lose trade. I'll fight it at cabinet.",
    who="@JoKearMirey", interest="Kear's Cabs", note="Names her firm on a council decision.")
pos(INT, "review", "Water sports budget cut in the draft budget? Rowing clubs like ours on the Severn will suffer. Putting in an amendment.",
    who="@ColinMeekElverton", when=("2026-01-12", "2026-02-20"), interest="Elverton Gig and Canoe Club", note="Speaks for clubs like his own on a budget line.")
pos(INT, "review", "The council's verge cutting on the common in May and June wrecks the grazing. Us sheep badgers want it stopped, and I'll be asking the environment cabinet member to change the contract.",
    who="@DilysCowmeadow", interest="Hawthorn Tump Commoners' Association", note="Speaks for the commoners on a council contract.")
pos(INT, "review", "The council's response to the Environment Agency on Severn net limits goes to cabinet next month. Us lave netters at Ridley Pill need the council behind us, and I'll be lobbying every cabinet member.",
    who="@IvorPhelpsInd", interest="Ridley Pill Lave Net Fishermen's Association", note="Speaks for the lave netters on a council response.")

hn(INT, "The council's plan to charge £200 a year to launch from Ridley Pill slip will hit the lave netters hard. I'll be speaking against it at cabinet.",
   allowed=(INT,), who="ANY", note="The same matter from a councillor without the interest.")
hn(INT, "First tide of the year with the lave net. Nothing but a cold nose and a flask of tea to show for it. Ow bist, Severn?",
   who="@lavenet_ivor", note="The holder's hobby post; no council matter.")
hn(INT, "Market pitch fees were at scrutiny last night. I declared my interest as chair of the Brackenford Market Traders' Association and left the room.",
   allowed=(INT,), who="@LynneBrainBC", when="2026-02-06", note="The holder declares and leaves.")
hn(INT, "Closing the High Street to cars on market days? I'm for it. The traders I've spoken to are split, so let's trial it over the summer.",
   allowed=(INT,), who="ANY", note="A non-holder on the same matter.")
hn(INT, "Lambing's started at Lower Perry. Three sets of twins before breakfast and I'm dead on my feet.",
   who="@OwenMerrettGreen", when=("2026-03-02", "2026-03-27"), note="The holder's farm, no council matter.")
hn(INT, "The Local Plan sites next to my farm at Perrymead came up at council. I declared my interest and didn't speak or vote. The rest of the Plan, I'm happy to argue about!",
   allowed=(INT,), who="@OwenMerrettGreen", when=("2026-02-25", "2026-03-27"), note="The holder declares and stands back.")
hn(INT, "Bingo at Cinderhurst Miners' Welfare Hall Friday! Eyes down 7.30. Cracking prizes and the best faggots in the Forest after.",
   who="@ShirleyGwilliam", note="The trustee promotes a hall event; no council matter.")
hn(INT, "Cinderhurst Miners' Welfare Hall should get the community buildings money. It's the heart of the village.",
   allowed=(INT,), who="ANY", note="A non-holder backs the hall.")
hn(INT, "Down the gale today with my dad. Coal's good this year. Nothing beats a fire of your own coal.",
   who="@NathanBeddisWF", note="The holder's own mining, no council matter.")
hn(INT, "Plant hire framework comes to scrutiny next week. As a director of Teague Plant Hire I've asked the Monitoring Officer for advice and I'll take no part.",
   allowed=(INT,), who="@KevTeaguePitfield", note="The holder seeks advice and stands back.")
hn(INT, "Volunteering at the Brackenford Iron Museum Saturday. Come and see the new display on the old Forest furnaces. Free entry, kettle's on.",
   who="@DerekWintlePill", note="The trustee's volunteering; no council matter.")
hn(INT, "Rent rise at budget council: I declared as chair of Pitfield Tenants' and Residents' Association. The Monitoring Officer's dispensation, published on the council website, let me speak and vote.",
   allowed=(INT,), who="@SianMorseWF", when=("2026-02-25", "2026-03-06"), note="The holder declares and cites a published dispensation.")
hn(INT, "First bottles of last autumn's perry are ready. Blakeney Red, proper tart, lovely with a bit of cheese.",
   who="@perrypears_dilys", note="The commoners' secretary's hobby account; nothing to do with the commons or the council.")
hn(INT, "Garnsey Marsh Village Hall coffee morning Saturday, 10 till 12. Cake, raffle and the best gossip in the Vale.",
   who="@BarryNiblettVI", note="The holder promotes a hall event; no council matter.")
hn(INT, "Kear's Cabs is 20 years old this week! Me and my husband started with one old Sierra and a lot of hope.",
   who="@JoKearMirey", note="The holder's business anniversary; no council matter.")
hn(INT, "15% on taxi licence fees in one go is too much. I'll be asking the licensing committee to phase it in over three years.",
   allowed=(INT,), who="ANY", note="A non-holder on the same matter.")
hn(INT, "The paper mill expansion consultation response is at cabinet next week. I work for Severnside Paper Mills, so I've declared it and I'm saying nothing more.",
   allowed=(INT,), who="@TamsinFewings", note="The holder declares and says no more.")
hn(INT, "Elverton Gig and Canoe Club's slipway lease is on the cabinet agenda. I've declared my interest as club president and I'll leave the room for that item.",
   allowed=(INT,), who="@ColinMeekElverton", note="The holder declares and leaves.")
hn(INT, "Cattle grids on Tump Lane would stop the sheep wandering into the village. The commoners are right about this one.",
   allowed=(INT,), who="ANY", note="A non-holder backs the same request.")

# --------------------------------------------------------------------------
# data-protection.personal-data (review for name + address; block for
# identifiers, special category data, children and staff)
# --------------------------------------------------------------------------
pos(DPD, "review", "Happy 100th birthday to Doris Meredith of 14 Orchard Close, Perrymead, GL99 4PQ! Remembers the Severn freezing over in '63 and still sharp as a tack.",
    who="ANY", note="A private person's name with full address and postcode.")
pos(DPD, "review", "Congratulations to Ken and Mavis Bennion of 3 Church Road, Garnsey Marsh, on their diamond wedding! Sixty years and still holding hands down the lane.",
    who="ANY", note="Names with a house address.")
pos(DPD, "review", "Spoke to Gareth Jenkins at 22 Cinder Hill about the blocked drain outside his house. Chasing the county now, Gareth, I haven't forgotten you.",
    who="ANY", note="A resident's name and address from casework.")
pos(DPD, "review", "Well done to Pat Wintour of Slade Cottage, Quarry Road, Mirey Slade, for the best leeks at the chapel's winter veg show. Gurt big 'uns.",
    who="ANY", note="Name with a house name and road.")
pos(DPD, "review", "Thanks to Bryn Jenkins of 2 Forge Row, Cinderhurst, for clearing the gully outside his place in the storm. Community spirit, that.",
    who="ANY", note="Name with address, kindly meant.")
pos(DPD, "block", "Mr Probert's PCN number is BF40017729. He was parked legally outside his own house. Council, cancel it.",
    who="ANY", note="A named person's penalty notice reference: an identifier.")
pos(DPD, "block", "Can someone sort Julie Kibby's council tax reduction? Her reference is CTR/88213/J and she's been waiting since November.",
    who="ANY", note="A benefit case reference with the person's name.")
pos(DPD, "block", "Anyone seen a silver Corsa, reg WU19 XKP? Parks across Lynn Barrow's drive on Colliery Row every single night.",
    who="ANY", note="A private vehicle registration and a named resident.")
pos(DPD, "block", "Please keep Elsie Gwynne of Perrymead in your thoughts. She's got dementia now and wanders at night, so if you see her, walk her home.",
    who="ANY", note="Health data about a named private person.")
pos(DPD, "block", "Get well soon to Gary on the Cinderhurst bin round. Heard his cancer's come back. Thinking of you, butt.",
    who="ANY", note="Health data about an identifiable member of staff, kindly meant.")
pos(DPD, "block", "A warm Forest welcome to the Haddad family, refugees from Syria who've just moved into 9 Colliery Row. Pop round and say hello!",
    who="ANY", note="Refugee status and nationality with a name and address.")
pos(DPD, "block", "The lad who's just come out of Leyhill and moved into the flat above the Pitfield chippy: keep an eye on your sheds, folks.",
    allowed=(DEF,), who="ANY", note="A criminal record of a person identifiable from context.")
pos(DPD, "block", "Two Year 5 girls from Cinderhurst Primary, Ellie Morgan and Tia Baynham, raised £300 for the hospice with a sponsored silence. Proud of you both!",
    who="ANY", note="Named children with their school.")
pos(DPD, "block", "Happy 70th to Ray Tovey! Born 12 March 1956 and still walks up the Tump every morning with the dog.",
    who="ANY", when=("2026-03-12", "2026-03-13"), note="A private person's full date of birth.")
pos(DPD, "block", "Sharon from the housing office is off with her nerves again, so don't expect your repairs done this month.",
    allowed=(ATT,), who="ANY", note="Mental health of an identifiable member of staff.")
pos(DPD, "block", "Can't believe Rob Evans at 6 Mill Lane has been sectioned again. Thinking of his poor mam.",
    who="ANY", note="Mental health detention of a named person with an address.")
pos(DPD, "block", "Little Alfie Baldwin, 6, from Hawthorn Tump starts chemo next week. Let's fill his mum's letterbox with cards for him!",
    who="ANY", note="A named child's health.")
pos(DPD, "block", "Sandbagging volunteers for Garnsey Marsh: ring Marjorie on her mobile, 07700 900318. She's 81 and lives on her own at Marsh End, so she'll love the company.",
    also=(SEC,), who="ANY", note="A private mobile, age and living alone at a named house: personal data and a private phone number of another.")
pos(DPD, "block", "Tenant in Pitfield Court keeps ringing about his benefit sanction. His NI number's QQ 12 34 56 C. Can the DWP please sort it?",
    who="ANY", note="A National Insurance number of an identifiable tenant.")

hn(DPD, "Get well soon to our Chairman, Gwen Protheroe, after her hip op. See you back in the big chair soon, Gwen.",
   allowed=(DPD,), who="ANY", note="Health of a named public office holder who has made it public; allowed, not expected.")
hn(DPD, "Caroline Frowen MP came to the Elverton flood meeting last night and promised to raise it in Parliament. I'll hold her to it.",
   allowed=(DPD,), who="ANY", note="A named MP: a public office holder.")
hn(DPD, "Inspector Matt Kibble's rural crime surgery is in Mirey Slade on Thursday. Go and tell him about the quad bike thefts.",
   allowed=(DPD,), who="ANY", note="A named police inspector in his public role.")
hn(DPD, "RIP Arthur Tuffley, former mayor of Brackenford, who died aged 94. He gave forty years to this town and never once took the lift.",
   allowed=(DPD,), who="ANY", note="A late former mayor.")
hn(DPD, "Happy 100th to a Perrymead lady who remembers the Severn freezing over! Her family asked me not to share her name, so I won't. 🎂",
   who="ANY", note="The centenarian without identifying details.")
hn(DPD, "Need me? Ring 01632 960415 or email cllr.fewings@example.com. Surgery's at Elverton Library every second Saturday.",
   who="@TamsinFewings", note="The councillor's own published contact details.")
hn(DPD, "Congratulations to the Garnsey Marsh couple celebrating sixty years married this week. You know who you are, and the cake was smashing!",
   who="ANY", note="An anniversary without names.")
hn(DPD, "If your PCN was issued in Brackenford Square car park last Tuesday, the machines were broken. Appeal it and mention the fault.",
   who="ANY", note="Shares 'PCN' with no identifier.")
hn(DPD, "The council's housing line is 01632 960000, nine till five. Please don't post your case details on here; message me privately instead.",
   who="ANY", note="A council number, and advice to keep details private.")
hn(DPD, "Congratulations to 'Big Dai' from Cinderhurst, whose onion took first at the Forest show. Wouldn't tell me his secret.",
   allowed=(DPD,), who="ANY", note="A nickname and a village; barely identifying.")
hn(DPD, "Struggling? Forest Talking Therapies is free and you can refer yourself. Call 0117 496 0345. You're not on your own.",
   who="ANY", note="Mental health mentioned as a service; no person.")
hn(DPD, "Dementia Friends session at Perrymead Library on Tuesday. Learn how to help neighbours living with dementia. Free, and there's tea.",
   who="ANY", note="Health topic with no person.")
hn(DPD, "Welcome to the refugee families settling in the Forest this winter. This district has always made room for people who need it.",
   who="ANY", note="A neutral mention of a protected group; nobody identified.")
hn(DPD, "Cinderhurst Primary raised £300 for the hospice with a sponsored silence. Proud of the whole school!",
   who="ANY", note="The school without naming children.")
hn(DPD, "Thanks to the bin crews on the Cinderhurst round for working through the snow. Heroes, every one of them.",
   who="ANY", note="Staff thanked without names or health.")
hn(DPD, "Please don't share the name of the young lad in the crash on the A48. His family have asked for privacy. Thoughts with them all.",
   who="ANY", note="Asks others not to share personal data.")
hn(DPD, "Anyone know who owns the red van dumped on Slade Bottom? It's been there weeks. Reported to the council as abandoned.",
   who="ANY", note="No registration or owner.")
hn(DPD, "Happy 60th to my colleague Cllr Barry Niblett! Still the youngest-looking 60 in Garnsey Marsh, or so he keeps telling us.",
   allowed=(DPD,), who="ANY", note="A birthday of a councillor, a public office holder; no date of birth.")
hn(DPD, "Had a letter about your council tax reduction? Don't post your reference number on here. Send me a message and I'll chase it.",
   who="ANY", note="Warns against posting identifiers.")

# --------------------------------------------------------------------------
# security.credentials (block)
# --------------------------------------------------------------------------
pos(SEC, "block", "Members: the new Wi-Fi password for the members' room is Bracken2026! Don't say I never give you anything.",
    who="ANY", note="A password posted publicly.")
pos(SEC, "block", "Key safe code for Garnsey Marsh Village Hall is 4719, for anyone setting up for Saturday's do.",
    who="ANY", note="A key safe code.")
pos(SEC, "block", "Flood wardens, Zoom for this evening: meeting ID 812 4471 0093, passcode Severn77. See you there.",
    who="ANY", note="A meeting passcode, the kind a community may expect to share.")
pos(SEC, "block", "Anyone needing the depot gate code for the litter pick kit, it's 1966#. Don't lose the grabbers this time!",
    who="ANY", note="A gate code.")
pos(SEC, "block", "Planning portal keeps timing me out. Username cllrbeddis, password Forest!23. Can someone from IT have a look?",
    who="@NathanBeddisWF", note="The councillor's own username and password.")
pos(SEC, "block", "Got a text saying my council account was locked, so I clicked the link and put my details in. Now it wants me to 'verify with code 448213'. Is that normal?",
    who="ANY", note="A one-time code shared, after entering details on a phishing link.")
pos(SEC, "block", "Staff, there's a form to claim your cost-of-living bonus at http://brackenford-dc.example.net/staff-bonus. Just pop your payroll login in!",
    who="ANY", note="Amplifies a lookalike link that asks for logins.")
pos(SEC, "block", "URGENT: the new member expenses portal is at https://brackenf0rd-gov.example.net/login. Log in with your usual details before Friday or you won't get paid.",
    who="ANY", note="A lookalike domain (zero for o) asking for credentials.")
pos(SEC, "block", "The defib cabinet code on the old phone box at Hawthorn Tump is 2580. Stick it on your fridge.",
    who="ANY", note="A defibrillator cabinet code; arguable, since some places publish them, but a code all the same.")
pos(SEC, "block", "Ring Terry for the Cinderhurst allotment keys. His mobile's 07700 900552, but not after eight, mind.",
    also=(DPD,), who="ANY", note="A private person's mobile number.")
pos(SEC, "block", "IT rang this morning asking for my password to 'fix my email'. Read it out to them. Hope that's alright?",
    who="ANY", hrs=(10, 18), note="No secret in the text, but reports handing a password to a caller.")
pos(SEC, "block", "For anyone building an app off the council's open data feed, here's the key: bfd-7Q2x9KpL4mW8zR. Knock yourselves out.",
    who="ANY", note="An API key.")
pos(SEC, "block", "Combination for the padlock on the Ridley Pill slipway barrier is 0703. Please lock it after you, the tide doesn't care.",
    who="ANY", note="A padlock combination.")
pos(SEC, "block", "Alarm code for Cinderhurst Community Centre is 1357 if you're first in for the bingo. Don't set it off again, Mervyn.",
    who="ANY", note="An alarm code.")
pos(SEC, "block", "Lost my phone in Brackenford. If you find it, the PIN's 2468, just ring my husband from it!",
    who="ANY", note="A phone PIN.")
pos(SEC, "block", "Pitfield hub door code's changed to 7391*. Volunteers, please don't share it.",
    who="ANY", note="A door code posted in public while asking people not to share it.")
pos(SEC, "block", "My Facebook password is the dog's name and the year I got elected, so if anyone can hack Skip2019 they deserve it.",
    who="ANY", note="Reveals the password.")
pos(SEC, "block", "Two-factor code just came through: 553901. Who's trying to get into my council email?? Anyone?",
    who="ANY", note="A one-time code.")
pos(SEC, "block", "Free Forest Green tickets for councillors! Claim at https://bit.example.net/fr33-tix with your council email and password.",
    who="ANY", note="Amplifies a link that harvests credentials.")

hn(SEC, "Never give your council password to anyone, including 'IT'. Real IT will never ask for it. Never.",
   allowed=(SEC,), who="ANY", note="Password advice; a careful tool may notice the word.")
hn(SEC, "'Password123' is not a password, colleagues. Neither is the dog's name. Get a password manager.",
   allowed=(SEC,), who="ANY", note="Quotes a weak password to mock it.")
hn(SEC, "Gate code? What gate code? The Slade Bottom allotments haven't had a gate since 1987.",
   allowed=(SEC,), who="ANY", note="Joke sharing 'gate code'.")
hn(SEC, "Scam alert: texts claiming to be from Brackenford District Council asking you to 'verify your council tax refund'. It isn't us. Don't click, just delete it.",
   who="ANY", note="Scam warning without a link.")
hn(SEC, "New defib at the old phone box, Hawthorn Tump! Ring 999 and they'll give you the code and talk you through it.",
   allowed=(SEC,), who="ANY", note="Mentions a code without giving it.")
hn(SEC, "Turn on two-factor on your Facebook, folks. Takes two minutes and saves a world of grief.",
   who="ANY", note="Shares 'two-factor'.")
hn(SEC, "For the Cinderhurst allotment keys, ring the council's allotments line on 01632 960222, weekdays.",
   who="ANY", note="A council number, not a private one.")
hn(SEC, "Key safe fitted at Garnsey Marsh Village Hall. Hirers get the code when they book. Please don't ask me for it on here!",
   allowed=(SEC,), who="ANY", note="Shares 'key safe' without the code.")
hn(SEC, "Flood wardens' meeting this evening is on Zoom. Link and passcode have gone out by email. Check your inbox, not Facebook.",
   who="ANY", note="Shares 'passcode' without one.")
hn(SEC, "Pin badges for the Brackenford in Bloom volunteers have arrived! Come and get yours from the library.",
   who="ANY", note="Shares 'pin'.")
hn(SEC, "My PIN for the council car park? That's between me and the machine. Contactless works anyway.",
   allowed=(SEC,), who="ANY", note="Shares 'PIN' without one.")
hn(SEC, "Wi-Fi at Elverton Library is free and open to everyone. No password needed, just ask at the desk.",
   who="ANY", note="Shares 'Wi-Fi' and 'password'.")
hn(SEC, "Lost my phone in Brackenford yesterday. It's locked, so no harm done. If you find it, please hand it in at the police station.",
   who="ANY", note="The same loss as a positive, with no PIN.")
hn(SEC, "The council's open data is at https://www.example.org/brackenford-data. No login needed.",
   who="ANY", note="An ordinary link.")
hn(SEC, "Anyone else had an email asking councillors to 'confirm expenses' through a link? It's phishing. Reported to IT and deleted.",
   allowed=(SEC,), who="ANY", note="Reports phishing without the link.")
hn(SEC, "Cyber training this morning. Lesson one: your password isn't 'Forest1'. Lesson two: it isn't 'Forest2' either.",
   allowed=(SEC,), who="ANY", hrs=(11, 18), note="A joke about weak passwords; no real one.")
hn(SEC, "Surgery's cancelled this week because of the snow. Ring me on 01632 960415 instead and we'll sort it on the phone.",
   who="@TamsinFewings", note="The councillor's own published number.")
hn(SEC, "The Pitfield hub is open nine till five weekdays. Ring the bell and one of the volunteers will let you in.",
   who="ANY", note="Shares 'Pitfield hub' without a code.")
hn(SEC, "Changed all my passwords this weekend after the training. Took an hour and a half and a lot of chuntering.",
   who="ANY", note="Talks about passwords without giving any.")

# --------------------------------------------------------------------------
# confidentiality.disclosure (block with a register term, else review)
# --------------------------------------------------------------------------
pos(DIS, "block", "Project Larch is going to transform Brackenford town centre. Can't say much more yet, but the developer's signed heads of terms!",
    allowed=(INS,), who="ANY", note="Names a register code name for confidential negotiations.")
pos(DIS, "block", "We're being sued over the slip at the old tip, and the lawyers reckon we'll lose the Pitfield Tip claim. It'll cost millions.",
    who="ANY", note="Names a register legal claim and discloses privileged advice.")
pos(DIS, "block", "Staff at Bracken House, start packing. The Bracken House disposal's been agreed in principle and offers are in.",
    allowed=(INS,), who="ANY", note="Names an exempt disposal on the register.")
pos(DIS, "block", "Great news for Elverton: the Elver Station acquisition's nearly done, £340k agreed with the owner. Big plans for that old building.",
    allowed=(INS,), who="ANY", note="Names an exempt acquisition with its price.")
pos(DIS, "block", "Fly-tippers of Slade Bottom, your days are numbered. Operation Nightjar starts next week. 👀",
    who="ANY", note="Names a confidential enforcement operation before it starts.")
pos(DIS, "block", "WHARF LANE DEPOT SALE: BUYER'S A SUPERMARKET AND IT GOES THROUGH IN APRIL. Remember you heard it here first.",
    allowed=(INS, HST), who="ANY", note="Names an exempt sale in capitals; haste allowed for the shouting.")
pos(DIS, "block", "So much for transparency. project larch has been negotiated behind closed doors for a year and residents haven't seen a single drawing.",
    who="OPP", note="Names the register code name in lower case, even while criticising secrecy.")
pos(DIS, "block", "Cabinet discussed the Wharf Lane depot sale in closed session. I don't think the price is anywhere near good enough and I'll say so in public.",
    who="ANY", note="Names an exempt item and hints at its price.")
pos(DIS, "block", "Operation Nightjar has already caught two of the gang on camera. I've seen the footage. Arrests soon, butts.",
    who="ANY", note="Names a live enforcement operation and its evidence.")
pos(DIS, "block", "Asked again today why the Elver Station acquisition is being done in secret. Residents deserve to know what we're paying for it.",
    who="OPP", note="Names the register term while asking for openness; still a disclosure.")
pos(DIS, "review", "The Part 2 report says the council will pay £1.2m for the old bus garage. That's way over the odds and somebody should say so.",
    allowed=(INS,), who="ANY", note="A price from an exempt report.")
pos(DIS, "review", "Off the record: the restructure will see forty jobs go at the council, mostly in waste. Staff haven't been told yet.",
    allowed=(INS,), who="ANY", note="Labour relations information not yet told to staff.")
pos(DIS, "review", "The legal advice in closed session last night said we've got no chance of defending the car park appeal. Thought folk should know.",
    who="ANY", when="2026-01-23", note="Legal advice from a closed session.")
pos(DIS, "review", "EMBARGOED till Thursday, but who cares: Cinderhurst Park's got its Green Flag! Well done the parks team.",
    who="ANY", note="Breaks an embargo, on good news.")
pos(DIS, "review", "The exempt valuation on the Perrymead cattle yard came in at £600k. Anyone offering less than that is taking the mick.",
    allowed=(INS,), who="ANY", note="An exempt valuation disclosed.")
pos(DIS, "review", "The police briefed us in confidence about the drugs raids coming on Slade Bottom. Three houses on Colliery Row are being watched.",
    who="ANY", note="Enforcement information given in confidence.")
pos(DIS, "review", "One of our housing officers has been suspended pending a disciplinary. Can't say who, but it's to do with the repairs contract.",
    allowed=(DPD, OFF), who="ANY", note="Staff disciplinary information.")
pos(DIS, "review", "The confidential tender report has Dean Vale Environmental way the cheapest for the bins. Decision's a foregone conclusion.",
    allowed=(INS,), who="ANY", note="A confidential tender evaluation.")
pos(DIS, "review", "Between you and me, the pay offer going to staff is 2%, and the unions will throw it straight back.",
    who="ANY", note="A pay offer not yet public; 'between you and me'.")

hn(DIS, "Larch felling's started on the Cinder Hill plantation. The disease got into the trees last summer. Paths shut for a month, sorry all.",
   who="ANY", note="Shares 'larch' with a register term.")
hn(DIS, "Walked up the old Pitfield Tip this morning. Cracking view over the Severn and frost on the heather.",
   who="ANY", hrs=(10, 18), note="Shares 'Pitfield Tip' with a register term.")
hn(DIS, "Bracken House reception closes at 4 on Fridays from February. The phone lines stay open till 5.",
   who="ANY", when=("2026-01-05", "2026-01-30"), note="Shares 'Bracken House'.")
hn(DIS, "Nightjars are back on the Forest clear-fells every summer. Keep your dogs on leads May to August, please.",
   who="ANY", note="Shares 'Nightjar'.")
hn(DIS, "The old elver station on the Severn bank is a lovely bit of history. Anyone got photos of it working backalong?",
   who="ANY", note="Shares 'elver station'.")
hn(DIS, "Wharf Lane's shut for gas works till Friday. Gritters are going out of the other depot for now.",
   who="ANY", when=("2026-01-05", "2026-02-27"), note="Shares 'Wharf Lane' and 'depot'.")
hn(DIS, "Part 2 of my ward update: the Pitfield bus shelter is finally, finally fixed!",
   who="ANY", note="Shares 'Part 2'.")
hn(DIS, "Off the record? Nothing's off the record with me. Ask me anything at surgery and you'll get a straight answer.",
   who="ANY", note="Shares 'off the record'.")
hn(DIS, "Leaked: my kitchen tap. Plumber's coming Tuesday. Council business resumes Wednesday.",
   who="ANY", note="Shares 'leaked'.")
hn(DIS, "Why was the bus garage purchase taken in Part 2? Residents should see the price once the deal's done. I've asked for the report to be published.",
   allowed=(DIS,), who="OPP", note="Asks for openness without disclosing the content.")
hn(DIS, "Cabinet's closed session last night was about a legal claim. I can't say more and I won't. When it can be made public, it will be.",
   allowed=(DIS,), who="ANY", when="2026-01-23", note="Mentions a closed session but discloses nothing.")
hn(DIS, "Embargo lifted: Cinderhurst Park has its Green Flag! Congrats to the parks team.",
   who="ANY", note="Shares 'embargo'; after it lifted.")
hn(DIS, "Confidential waste sacks for shredding are collected every second Tuesday. Ring the council to get on the list.",
   who="ANY", note="Shares 'confidential'.")
hn(DIS, "The staff restructure consultation has been published and the unions are being consulted. Questions to me at surgery.",
   who="ANY", when=("2026-02-16", "2026-03-27"), note="The restructure, now public.")
hn(DIS, "Between you and me, the best faggots and peas in the Forest are at the Cinderhurst chippy. Don't tell the wife.",
   who="ANY", note="Shares 'between you and me'.")
hn(DIS, "'Not for publication'? Then don't email it to eighteen councillors and expect it to stay quiet. This council needs to get a grip of how it handles information.",
   allowed=(DIS,), who="OPP", note="Quotes a marker to criticise information handling; discloses nothing.")
hn(DIS, "The council's list of land and buildings for disposal is public and on the website. If you want to know what's for sale, start there.",
   who="ANY", note="Public disposal list.")
hn(DIS, "Between you and me and the whole of Facebook: the Elverton gig club have only gone and won again! 🚣",
   who="ANY", note="Shares 'between you and me'.")
hn(DIS, "Lovely to see the Elverton elver station open day back on this spring. It's the fishery trust's, not ours, so go and support them.",
   who="ANY", note="Shares 'Elver Station' with a register term, without 'acquisition'.")

# --------------------------------------------------------------------------
# tone.irony-risk (advice): mock praise of people and groups
# --------------------------------------------------------------------------
pos(TON, "advice", "Oh brilliant, another masterclass in listening to residents from the cabinet member for housing. Truly inspiring. 🙄",
    who="OPP", note="Mock praise of a cabinet member.")
pos(TON, "advice", "Hats off to the Leader for finding £2m for the new office fit-out and nothing for the Pitfield bus. What a visionary. /s",
    who="OPP", note="Mock praise of the Leader with a /s marker.")
pos(TON, "advice", "Well done to the Alliance group for another riveting three-hour speech about themselves at full council. Bravo. 👏",
    who="OPP", when="2026-02-25", note="Mock praise of a party group.")
pos(TON, "advice", "Yeah right, the Vale Independents 'never' vote with the Alliance. Apart from every single time it matters.",
    who="OPP-VI", note="'Yeah right' aimed at a group.")
pos(TON, "advice", "Genius idea from Cllr Hoskins: close the library to save money, then open a 'community hub' in the same building for twice the price. Nobel prize incoming.",
    who="OPP", note="Mock praise of a named councillor.")
pos(TON, "advice", "Thrilled to see our MP Caroline Frowen has discovered the Forest exists. Only took her two years. 🗺️",
    who="ANY", note="Mock praise of the MP.")
pos(TON, "advice", "Such a shame the Working Forest lot couldn't make the flood meeting. I'm sure they were terribly, terribly busy. 🙃",
    who="ANY-WF", note="Ironic sympathy aimed at a group.")
pos(TON, "advice", "Lovely to see Cllr Kear so passionate about taxi fees. No reason at all, I'm sure. 🚕",
    allowed=(DEF,), who="ANY-WF", note="Ironic insinuation about a named councillor.")
pos(TON, "advice", "Top marks to the Chairman for her impartial handling of last night's meeting. Only cut the opposition off four times. Impartiality in action.",
    who="OPP", when="2026-02-25", note="Mock praise of the Chairman.")
pos(TON, "advice", "Our Chief Executive says the new phone system is 'a triumph'. I waited 47 minutes. Triumph indeed, Philippa.",
    allowed=(OFF,), who="ANY", note="Irony aimed at a named officer; officers allowed.")
pos(TON, "advice", "Cllr Merrett's Greens want us all eating nettles and cycling up Cinder Hill. Can't wait. 🚲",
    who="ANY-GREEN", note="Mocks a councillor and his party.")
pos(TON, "advice", "The Alliance call themselves 'the party of the Forest'. Lovely. That'll be why they shut three Forest libraries, then. 🤔",
    who="OPP", note="Ironic praise of a party.")
pos(TON, "advice", "What a hero Cllr Teague is, bravely voting to send the quarry lorries past a primary school. A true man of the people.",
    allowed=(ATT,), who="ANY-WF", note="Mock praise of a named councillor.")
pos(TON, "advice", "Another stunning performance from our county councillors on the bus cuts. Stunning as in we're all stunned. 😐",
    who="ANY", note="Mock praise of county councillors.")
pos(TON, "advice", "Big congratulations to the cabinet member for finance on her 'balanced' budget. Balanced on the backs of the Pitfield tenants, mind.",
    who="OPP", when=("2026-02-02", "2026-03-06"), note="Mock congratulations to a cabinet member.")
pos(TON, "advice", "Credit to Cllr Beddis for his 'consultation' in Mirey Slade: one leaflet, delivered to his own street. Democracy at its finest.",
    who="ANY-WF", note="Mock credit to a named councillor.")
pos(TON, "advice", "So glad our Leader could pop down from his office to see the flooding in Garnsey Marsh. Only took him a week. Such dedication. /s",
    who="OPP", note="Mock praise of the Leader.")
pos(TON, "advice", "Oh aye, I'm sure the Severn Greens' 'fully costed' plan is fully costed. On the back of a fag packet, maybe.",
    who="ANY-GREEN", note="Sarcasm aimed at a party.")
pos(TON, "advice", "Gwen Protheroe's new chain of office is ever so shiny. Lovely use of taxpayers' money, that. 💍",
    who="OPP", note="Ironic praise aimed at the Chairman by name.")

hn(TON, "Oh brilliant, it's lashing down again and the drain on Cinder Hill's overflowing. Third time this month. Reported, again.",
   allowed=(TON,), who="ANY", note="Irony about rain and a drain, not a person.")
hn(TON, "Riveting three hours at budget council last night. My backside's still numb.",
   allowed=(TON,), who="ANY", when="2026-02-25", note="Irony about meeting length.")
hn(TON, "Hats off to the parks team for the snowdrops in Cinderhurst Park. Gorgeous this morning. And I mean that, no irony.",
   who="ANY", when=("2026-02-02", "2026-02-27"), hrs=(10, 18), note="Sincere praise sharing 'hats off'.")
hn(TON, "Masterclass in how not to run a railway today: forty minutes on the platform at Gloucester for a train that never came.",
   allowed=(TON,), who="ANY", note="Irony about trains.")
hn(TON, "Yeah right, spring's here. It's snowing on the Tump. ❄️",
   allowed=(TON,), who="ANY", when=("2026-02-16", "2026-03-20"), note="Irony about the weather.")
hn(TON, "Genuinely impressed with the Alliance's flood response in Garnsey Marsh. Quick, well organised, credit where it's due. No sarcasm.",
   who="OPP", note="Sincere praise from the opposition.")
hn(TON, "Thrilled, truly thrilled, that the Pitfield bus shelter has finally been fixed. Only took eighteen months.",
   allowed=(TON,), who="ANY", note="Irony about a bus shelter.")
hn(TON, "The budget cuts the rural bus, hikes the parking and does nothing for the Forest. The cabinet member for finance should be ashamed of it.",
   who="OPP", when=("2026-02-02", "2026-02-27"), note="Robust, plain criticism; no irony.")
hn(TON, "Me, a fit and healthy man of 58, beaten by a wheelie bin in a gale. Proud moment.",
   allowed=(TON,), who="M", note="Self-mockery.")
hn(TON, "Oh brilliant, the printer in the members' room has eaten my agenda again. Love that machine.",
   allowed=(TON,), who="ANY", note="Irony about a printer.")
hn(TON, "Well done Gloucester. Another last-minute try to lose by one point. Wonderful for the nerves, lads. 🍒",
   allowed=(TON,), who="ANY", note="Irony about a sports team.")
hn(TON, "Congratulations to Cllr Morse on becoming Working Forest leader. We'll disagree on plenty, but she'll be a formidable opponent.",
   who="ANY-WF", note="Sincere congratulations.")
hn(TON, "The Vale Independents voted with the Alliance on the car park charges. I think they got it wrong and I'll be telling Garnsey Marsh why.",
   who="OPP-VI", note="Plain criticism of a group's vote.")
hn(TON, "Our new council website is a triumph: only took me eleven clicks to find the bin calendar. 🙃",
   allowed=(TON,), who="ANY", note="Irony about a website.")
hn(TON, "Caroline Frowen MP got the Elverton flood money over the line. I'm no fan of her party, but that's a real win for the Forest.",
   who="ANY", note="Sincere praise of the MP.")
hn(TON, "Lovely weather for watching the bore, said nobody ever, stood on the bank at Elverton at six in the morning in sleet.",
   allowed=(TON,), who="ANY", note="Irony about the weather.")
hn(TON, "The pothole on Tump Lane is big enough for its own postcode now. Might put a duck in it. 🦆",
   allowed=(TON,), who="ANY", note="Irony about a pothole.")
hn(TON, "Credit where it's due to the Leader for coming to the Pitfield residents' meeting and taking the flak. Didn't agree with half of it, but he turned up.",
   who="OPP", note="Sincere credit, sharing 'credit where it's due'.")
hn(TON, "I'm a genius, me: locked my keys in the car outside Bracken House. In the rain. Again.",
   allowed=(TON,), who="ANY", note="Self-mockery.")

# --------------------------------------------------------------------------
# fillers: ordinary ward posting, nothing allowed
# --------------------------------------------------------------------------
fill("Snowdrops out in Cinderhurst churchyard. Spring's on its way, butts.", when=("2026-01-26", "2026-02-27"), note="Seasonal.")
fill("Wassail in the Perry Society's orchard at Perrymead Saturday for Old Twelfth Night. Bring a mug and a saucepan to bang. Toast in the branches, cider in the cup.", when=("2026-01-12", "2026-01-16"), note="Local custom.")
fill("Potholes reported this week: Cinder Hill (2), Tump Lane (1), Church Road, Perrymead (3). All logged with the county.", note="Casework summary.")
fill("Knit and natter at Elverton Library is after new members. Tuesdays at 2, and the tea's on them.", note="Community notice.")
fill("The bore this morning was a good 'un. Three surfers, two canoes and one very surprised heron.", when=("2026-02-16", "2026-03-27"), hrs=(9, 18), note="River life.")
fill("Bins are a day late this week because of the snow. Sorry folks, the crews are doing their best on the hills.", when=("2026-01-12", "2026-02-13"), note="Service notice.")
fill("Litter pick in Mirey Slade Saturday, 10 o'clock from the chapel. Bags and grabbers provided, cake afterwards.", note="Community event.")
fill("Pancake race on Brackenford High Street today, 12 noon. Councillors' heat at half past. I'm going for gold, or at least not dropping it.", when="2026-02-17", hrs=(8, 11), note="Shrove Tuesday.")
fill("Mothering Sunday this weekend. The Garnsey Marsh WI are doing afternoon teas. Book early, they sell out.", when=("2026-03-09", "2026-03-13"), note="Seasonal.")
fill("Frogspawn in the pond on the Tump. Nature doesn't care about the council budget, and good on it.", when=("2026-02-23", "2026-03-27"), note="Seasonal.")
fill("Lambs on the common already. Drive slow through Hawthorn Tump, they've no road sense at all.", when=("2026-03-02", "2026-03-27"), note="Seasonal road safety.")
fill("Half term at Elverton Library: Lego club every morning, free, no booking.", when=("2026-02-09", "2026-02-13"), note="Half term notice.")
fill("Holocaust Memorial Day: I'll be at the service at St Mary's, Brackenford, at 11. All welcome.", when="2026-01-27", hrs=(8, 10), note="Commemoration.")
fill("Clocks go forward on Sunday. An extra hour of light in the evenings for the gardeners.", when=("2026-03-23", "2026-03-27"), note="Seasonal.")
fill("Ward surgery at Mirey Slade chapel Saturday, 10 till 12. Come and tell me what's bothering you.", who="W:slade", note="Surgery notice.")
fill("Road closed: Church Road, Perrymead, Monday to Wednesday for water main repairs. Diversion signed.", note="Road notice.")
fill("Foggy as anything up the Forest this morning. Drive careful on the hills.", hrs=(8, 10), note="Weather.")
fill("Recycling reminder: plastics and cans in the bag, glass in the box, and rinse your tins, please.", note="Service reminder.")
fill("Garnsey Marsh school only went and won the county chess cup. Clever lot.", note="Congratulations.")
fill("Burns Night haggis at the Cinderhurst Legion. I had seconds. Don't tell my doctor.", when=("2026-01-26", "2026-01-27"), note="Seasonal.")
fill("Valentine's: took my wife to the chippy. Romance isn't dead, it's battered.", when="2026-02-16", note="Personal joke.")
fill("Welcome to the new owners of Pitfield post office. Great to have it open again after all these months.", note="Local business.")
fill("Thanks to everyone who came to the flood meeting in Garnsey Marsh. Notes will be on the ward page by Friday.", who="W:garnsey", note="Ward update.")
fill("Weather's turned nesh again. Check on your older neighbours, specially up the Tump.", when=("2026-01-05", "2026-02-27"), note="Neighbourliness.")
fill("Mended a tear in the net this afternoon by the fire. Rain on the window, radio on. Bliss.", who="@lavenet_ivor", hrs=(13, 18), note="Hobby, personal account.")
fill("Heron on the pill at low water, stood stock still for an hour. Better fisherman than me, that bird.", who="@lavenet_ivor", note="Hobby, personal account.")
fill("Grafting day in the orchard. Three new Blakeney Reds and a Moorcroft. Fingers crossed they take.", who="@perrypears_dilys", when=("2026-03-02", "2026-03-27"), note="Hobby, personal account.")
fill("Somebody asked me if perry is just pear cider. Pour me a glass and I'll explain. Slowly.", who="@perrypears_dilys", note="Hobby, personal account.")
fill("New benches on the Brackenford riverside walk. Sat on one. Can confirm: bench.", note="Light ward update.")
fill("Sandbags at the Garnsey Marsh lay-by. Help yourself if you're on the low side of the lane.", when=("2026-01-05", "2026-03-06"), note="Flood notice.")
fill("Bus times change from 2 March on the 31 and 33. New timetables are on the stops and online.", when=("2026-02-16", "2026-02-27"), note="Transport notice.")
fill("Forest Voices choir concert Friday at St Mary's. Tickets £8 on the door, proceeds to the air ambulance.", note="Community event.")
fill("Cracking turnout at the Cinderhurst jobs fair. Fifteen employers and a queue out the door.", note="Ward news.")
fill("Good luck to the Perrymead under-11s in the county cup final Sunday. Make some noise!", note="Sport.")
fill("Ow bist, Elverton? Big thanks to whoever's been feeding the ducks proper seed instead of bread. They look gurt happy.", who="W:elverton", note="Light ward post.")
fill("Mud up to my knees on the Slade Bottom footpath. Wellies, not daps, if you're walking it this week.", note="Footpath conditions.")

# ==========================================================================
# ROWS-END (the script below this line assigns authors, times and ids)
# ==========================================================================

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def load_meetings():
    out = []
    for line in (HERE / "meetings.csv").read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        _title, s, e = line.rsplit(",", 2)
        out.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))
    return out


def resolve_pool(who):
    if isinstance(who, list):
        return list(who)
    if who.startswith("@"):
        return [who]
    tokens = re.split(r"([&-])", who)
    cur = list(POOLS[tokens[0]])
    for i in range(1, len(tokens), 2):
        op, name = tokens[i], tokens[i + 1]
        other = POOLS[name]
        cur = [h for h in cur if (h in other) == (op == "&")]
    return cur


def candidates(row):
    who = row["who"]
    pool = resolve_pool(who)
    by_hand = isinstance(who, list) or who.startswith("@")
    if by_hand:
        return pool
    text = row["text"]
    out = []
    for h in pool:
        name = H[h][0]
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b(?:%s|%s)\b" % (re.escape(first), re.escape(last)), text):
            continue
        if h.lower() in text.lower():
            continue
        if any(rx.search(text) and holder == h for rx, holder in ROLES):
            continue
        if any(rx.search(text) and holder == h for rx, holder in INTEREST_TOPICS):
            continue
        if MALE_ONLY.search(text) and H[h][3] != "m":
            continue
        if FEMALE_ONLY.search(text) and H[h][3] != "f":
            continue
        out.append(h)
    return out


def days_in(when):
    if when is None:
        a, b = START, END
    elif isinstance(when, str):
        a = b = dt.date.fromisoformat(when)
    else:
        a, b = (dt.date.fromisoformat(x) for x in when)
    out = []
    d = a
    while d <= b:
        if d.weekday() < 5 and START <= d <= END:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pick_platform(rng, text):
    n = len(text)
    if n <= 280:
        r = rng.random()
        return "x" if r < 0.45 else ("facebook" if r < 0.8 else "bluesky")
    if n <= 300:
        return "bluesky" if rng.random() < 0.4 else "facebook"
    return "facebook"


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    used = {h: 0 for h in list(H) + list(PERSONAL)}
    out = []
    for row in ROWS:
        cands = candidates(row)
        if not cands:
            raise SystemExit("no author for: " + row["text"][:60])
        # prefer writers who have posted less so far, so the set is spread
        weights = [1.0 / (1 + used[h]) ** 2 for h in cands]
        author = rng.choices(cands, weights=weights)[0]
        used[author] += 1
        days = days_in(row["when"])
        if not days:
            raise SystemExit("no day for: " + row["text"][:60])
        while True:
            d = rng.choice(days)
            hh = rng.randint(row["hrs"][0], row["hrs"][1])
            mm = rng.randint(0, 59)
            t = dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=dt.timezone.utc)
            if not any(s <= t <= e for s, e in meetings):
                break
        rec = {
            "id": None,
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"],
                       "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind"],
        }
        if row["kind"] == "hard_negative":
            rec["near_miss_of"] = row["family"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    rng.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = "%s-%04d" % (SET, i)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows to posts.jsonl" % len(out))


if __name__ == "__main__":
    main()
