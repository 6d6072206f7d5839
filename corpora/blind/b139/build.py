#!/usr/bin/env python3
"""Build blind evaluation set b139 (Isle of Wrenna Council, twelve single-post rules).

Every text, label and note below was written by hand for this set. The script only picks
authors from plausible writers, platforms by length and timestamps outside meetings, shuffles
the rows, gives ids B139-0001... and writes posts.jsonl. Fixed seed: the same file every run.
Python 3 standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 13900
SET = "B139"

# --------------------------------------------------------------------------------------------
# Severities (RULES.md). Variable ones are set per row.
SEV = {
    "officers.impartiality": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "gifts.hospitality": "advice",
    "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review",
    "interests.declared-interest": "review",
    "data-protection.personal-data": "review",
    "security.credentials": "block",
    "confidentiality.disclosure": "review",
    "tone.irony-risk": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DAT = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HST = "haste.pause-before-posting"

# --------------------------------------------------------------------------------------------
# Councillors: handle, party, ward, roles, gender, interest keywords (regex, lower case text).
PARTY = {"WF": "Wrenna Forward", "II": "Island Independents", "GRN": "Coast and Downs Greens",
         "ISD": "Island Social Democrats", "IND": "Independent"}
CLLRS = [
    # handle, name, party, ward, roles, gender, interest keywords
    ("@CarolineDabell", "Caroline Dabell", "WF", "Newhythe Central", {"leader"}, "f", []),
    ("@MartinSheafWF", "Martin Sheaf", "WF", "Portmere", {"cabinet"}, "m", []),
    ("@RosYelfCoast", "Rosalind Yelf", "WF", "Kittlecombe", {"cabinet"}, "f", []),
    ("@DerekPragnell", "Derek Pragnell", "WF", "East Cowle", {"cabinet"}, "m",
     [r"regatta"]),
    ("@ChairmanBerylUrry", "Beryl Urry", "WF", "Wendlestone", {"chairman"}, "f",
     [r"village hall", r"community buildings fund"]),
    ("@NigelHollisWF", "Nigel Hollis", "WF", "Sandlin Bay", {"planning"}, "m", []),
    ("@GaryWheelerCowle", "Gary Wheeler", "WF", "West Cowle", {"planning"}, "m",
     [r"ember marine", r"moorings?\b", r"boatyard"]),
    ("@TessaCheverton", "Tessa Cheverton", "WF", "Chalkney", {"licensing"}, "f",
     [r"chalkney down farm", r"grazing"]),
    ("@IanBuckettWF", "Ian Buckett", "WF", "Newhythe Hollowdown", {"planning"}, "m",
     [r"hollowdown", r"prison"]),
    ("@SallyJolliffeInd", "Sally Jolliffe", "II", "Brightcliff", set(), "f", []),
    ("@KevMewPortmere", "Kev Mew", "II", "Portmere", {"planning"}, "m",
     [r"fisherm[ae]n", r"fishing", r"fish quay", r"harbour dues"]),
    ("@DawnAttrillSB", "Dawn Attrill", "II", "Sandlin Bay", {"licensing"}, "f",
     [r"traders'? guild"]),
    ("@PaulKerleyKU", "Paul Kerley", "II", "Kittlecombe", {"planning"}, "m",
     [r"landslip", r"undercliff", r"\bslip\b", r"kittlecombe", r"coast(al)? protection"]),
    ("@HannahFleetwoodGreen", "Hannah Fleetwood", "GRN", "Wendlestone", {"licensing"}, "f",
     [r"squirrel trust", r"red squirrel"]),
    ("@OllyRannGreen", "Olly Rann", "GRN", "Chalkney", {"planning"}, "m", []),
    ("@PriyaWestmore", "Priya Westmore", "GRN", "Newhythe Central", {"licensing"}, "f", []),
    ("@TerrySnuddenISD", "Terry Snudden", "ISD", "East Cowle", {"planning"}, "m",
     [r"floating bridge", r"clanker", r"users' group", r"chain ferry"]),
    ("@JadeBuckleISD", "Jade Buckle", "ISD", "West Cowle", {"licensing"}, "f",
     [r"\btaxis?\b", r"\bcabs?\b", r"cabbie", r"hackney"]),
    ("@RogerCassInd", "Roger Cass", "IND", "Brightcliff", {"licensing"}, "m",
     [r"dinosaur museum"]),
    ("@MaureenLaceyInd", "Maureen Lacey", "IND", "Newhythe Hollowdown", {"planning"}, "f",
     [r"tenants", r"council rents?\b", r"council homes", r"repairs budget", r"rent rise"]),
]
PERSONAL = {"@olly_downs_runner": "@OllyRannGreen", "@jade_bakes_cowle": "@JadeBuckleISD"}
ROLE_RES = {
    "@CarolineDabell": [r"\bthe Leader\b", r"\bLeader's\b"],
    "@ChairmanBerylUrry": [r"\bChairman\b"],
    "@DerekPragnell": [r"cabinet member for transport"],
    "@RosYelfCoast": [r"cabinet member for the coast"],
    "@MartinSheafWF": [r"cabinet member for finance"],
}

# --------------------------------------------------------------------------------------------
ROWS = []


def _date(d):
    if d is None:
        return ("2026-01-05", "2026-03-27")
    if isinstance(d, str):
        return (d, d)
    return d


def P(fam, text, pool="any", also=(), allowed=(), sev=None, interest=None, date=None, note=""):
    rules = [fam] + list(also)
    sevs = {r: SEV.get(r, "review") for r in rules}
    if isinstance(sev, str):
        sevs[fam] = sev
    elif isinstance(sev, dict):
        sevs.update(sev)
    verdict = max(sevs.values(), key=lambda s: RANK[s])
    ROWS.append(dict(text=text, family=fam, kind_of_row="positive", rules=rules,
                     allowed=list(allowed), verdict=verdict, interest=interest,
                     pool=pool, date=_date(date), note=note))


def N(fam, text, pool="any", allowed=(), date=None, note=""):
    ROWS.append(dict(text=text, family=fam, kind_of_row="hard_negative", rules=[],
                     allowed=list(allowed), verdict="ok", near_miss_of=fam,
                     pool=pool, date=_date(date), note=note))


def F(text, pool="any", date=None, note="filler"):
    ROWS.append(dict(text=text, family=None, kind_of_row="filler", rules=[], allowed=[],
                     verdict="ok", pool=pool, date=_date(date), note=note))


JAN1 = ("2026-01-05", "2026-01-09")
JAN = ("2026-01-05", "2026-01-30")
FEB = ("2026-02-02", "2026-02-27")
MAR = ("2026-03-02", "2026-03-27")
PRE_BUDGET = ("2026-01-12", "2026-02-24")

# ============================================================================================
# officers.impartiality (review)
# ============================================================================================
P(OFF, "Sunita Gale's planning team have recommended approval for yet another block of flats nobody on this island asked for. Starting to wonder who they actually work for. Not us, clearly.",
  allowed=[DEF], note="questions the Head of Planning's team's neutrality by name")
P(OFF, "Rang Craig Dore this morning and told him straight: that report needs rewriting before it comes to committee or I'll be asking questions. Officers are there to serve members, not the other way round.",
  pool="planning", allowed=[BUL], note="presses a named officer to rewrite his report")
P(OFF, "Lorraine in licensing seems to think her job is to wave thru every late bar the mainland chains throw at us. Somebody have a word please",
  note="criticises the licensing manager by first name and role")
P(OFF, "The harbour master has clearly picked a side in the moorings row. Funny how the Forward lot's mates always seem to get the good berths at Portmere 🤔",
  pool="opp", allowed=[DEF], note="publicly questions the harbour master's neutrality")
P(OFF, "Told the s151 officer the reserves figure 'needs to look a bit healthier' before the budget papers go out. Nobody wants a doom report in an election year.",
  pool="cabinet", date=PRE_BUDGET, note="pressing the finance director to change a figure in his report")
P(OFF, "Did you know our Chief Exec Jonathan Spake was best man at a Forward councillor's wedding? Explains a lot about whose emails get answered first round here.",
  pool="opp", allowed=[DEF], note="insinuates the Chief Executive is politically partial")
P(OFF, "Ben Tutton in comms has now 'declined' to put out our statement on ferry fares for the THIRD time. Comms working for the cabinet, not the council. Shameful.",
  pool="opp", note="accuses the named head of comms of partiality")
P(OFF, "Dear coastal protection officers: if your report says Kittlecombe can't be saved, write a different report. People live there. #SaveOurCliffs",
  note="demands that officers change the conclusion of their report")
P(OFF, "Glyn Harvey told us the Clanker would be back by half term. It wasn't. Either he can't count or he was told what to say. Which is it, Glyn?",
  allowed=[ATT], date=("2026-02-23", "2026-03-27"), note="named officer criticised and his honesty questioned")
P(OFF, "Had a quiet word with the planning officer handling the chippy extension on Pier Approach. Let's just say I expect the recommendation to look a bit different next time round 😉",
  note="claims to have leaned on an officer to change a recommendation")
P(OFF, "Why is the electoral services manager liking Forward posts on Facebook? Ruth Pocock, care to explain? Officers are supposed to be neutral and election's in May.",
  pool="opp", note="publicly questions a named officer's neutrality")
P(OFF, "Fair play to officers for the draft car parks report but page 6 has to go. I've told them I won't sign off anything that says Portmere needs more charges. Redraft pls.",
  pool="cabinet", note="cabinet member tells officers to redraft advice")
P(OFF, "Monitoring Officer has 'advised' I shouldn't speak on the ferry terminal. Funny how the advice only ever goes one way. Who's been whispering in your ear, Alison?",
  pool="planning", note="questions the Monitoring Officer's impartiality by name")
P(OFF, "Officers have gone very quiet since I asked why enforcement keeps visiting the same little caff and never the big Forward donor down the road. Draw your own conclusions folks.",
  pool="opp", allowed=[DEF], note="insinuates enforcement officers act politically")
P(OFF, "Been told the highways engineer who wrote the Ferry Road report is an overner who's never driven it in August. Frankly it shows. Get someone who knows the island.",
  allowed=[ATT], note="belittles the officer who wrote a report")
P(OFF, "The licensing officer's draft conditions for the summer street bars are a joke. I've sent her my version and I expect to see it in the committee papers, word for word.",
  note="insists an officer puts the member's wording in her report")
P(OFF, "Craig Dore recommending refusal AGAIN. Man's never met a caulkhead business he didn't want to strangle with red tape. Time the Head of Planning found him a desk job.",
  allowed=[ATT], note="named officer attacked; calls for him to be moved")
P(OFF, "Not saying the planning dept is bent. Just saying: three approvals in a row for the same overner developer, all recommended by the same officer. Make of that what you will.",
  allowed=[DEF], note="insinuates a planning officer is biased")

N(OFF, "Huge thanks to Glyn Harvey and the floating bridge crew who worked through the night to get the Clanker going again. Proper job 👏",
  allowed=[OFF], note="thanks a named officer")
N(OFF, "Welcome to Sunita Gale, our new Head of Planning, who joins us from across the water. Looking forward to working with you, and good luck with the ferry queues.",
  allowed=[OFF], date=JAN, note="welcomes a named officer")
N(OFF, "Asked officers today to explain why the Ferry Road report uses 2019 summer traffic. Good answer, and they'll add this year's counts as an appendix. That's how it should work.",
  allowed=[OFF], note="questions officers to understand a report; allowed under 3.1")
N(OFF, "The cabinet's decision to close Sandlin Bay library on Mondays is wrong and I'll say so at scrutiny. Whose side is this administration on?",
  pool="opp", date=("2026-01-05", "2026-02-18"), note="robust criticism of a cabinet decision, not of officers")
N(OFF, "Some people online are having a go at our planning officers by name. Please don't. They give professional advice; we councillors make the decisions and we take the flak.",
  allowed=[OFF], note="defends officers")
N(OFF, "Residents asking who to contact about the cliff path closure at Kittlecombe: it's Megan Rolfe's coastal team, details on the council website. They're brilliant at getting back to people.",
  allowed=[OFF], note="points residents to a named officer's team, with praise")
N(OFF, "Disagreed with the officer recommendation on the Sandlin beach cafe last night and voted against. That's the job: officers advise, members decide. No disrespect to anyone.",
  pool="planning", allowed=[OFF], date="2026-02-11", note="member disagrees with advice in a vote, civilly")
N(OFF, "Felix Orme's budget report is sobering reading. Not his fault: that's fourteen years of grant cuts in black and white.",
  allowed=[OFF], date=PRE_BUDGET, note="names the s151 officer in his defence")
N(OFF, "Credit to the licensing team for a really clear guide to street trading this summer. Worth a read if you run a stall on the prom.",
  allowed=[OFF], note="praises an officer team")
N(OFF, "Closing the Portmere toilets at 4pm in August is daft when the coaches are still coming in. Cabinet made that call; cabinet can unmake it.",
  pool="opp", note="criticises a cabinet decision")
N(OFF, "The report to cabinet on ferry fares is honest about what the council can and can't do. I don't like the conclusions but I can't fault the work.",
  note="comments on a report without criticising officers")
N(OFF, "Our Chief Executive Jonathan Spake is retiring in the summer after eleven years. Whatever our rows over policy, he's served this island well. Thank you, Jonathan.",
  allowed=[OFF], note="thanks a named officer")
N(OFF, "Asked the Monitoring Officer whether I can speak about the terminal plans, being on planning. Answer: keep an open mind and say it at committee. Sound advice, I'll follow it.",
  pool="planning", allowed=[OFF, PRE], note="reports officer advice and accepts it")
N(OFF, "Retirement do for Maggie from the Newhythe customer services desk today. 32 years of answering the phone to cross islanders! Enjoy the garden, Maggie.",
  allowed=[OFF, DAT], note="thanks a retiring member of staff")
N(OFF, "Someone asked me if council officers 'work for the Forward party'. No. They work for the whole council, and they've been straight with me as an opposition member every time.",
  pool="opp", allowed=[OFF], note="defends officers' neutrality")
N(OFF, "The planning report on the Kittlecombe hotel flats runs to 84 pages. Reading it on the ferry. I'll ask my questions on the detail at committee.",
  pool="planning&!@PaulKerleyKU", allowed=[PRE], note="a member reading a report with an open mind")
N(OFF, "Officers gave cabinet three options on the bin rounds and cabinet picked the cheapest. That one's on cabinet, not the staff.",
  pool="opp", allowed=[OFF], note="puts the blame on the decision makers, not officers")
N(OFF, "To the bloke shouting at the car park attendant on Quay Street this morning: she doesn't set the prices. Write to me and I'll take it up.",
  note="defends a member of staff from abuse")

# ============================================================================================
# resources.political-use (review)
# ============================================================================================
P(RES, "Printing our Forward leaflets on the members' room printer at County Hall this afternoon, saves a fortune 😂 Anyone fancy helping deliver in Portmere Saturday?",
  pool="party:WF", note="party leaflets on the council printer")
P(RES, "Island Independents campaign meeting, Thursday 7pm, Committee Room 2 at County Hall. Booked it through member services so it's free! Bring biscuits.",
  pool="party:II", note="council room booked free for a party campaign meeting")
P(RES, "Quick one for Greens volunteers: send your canvass returns to my council email and I'll collate them over the weekend.",
  pool="party:GRN", note="council email used for canvassing")
P(RES, "Got my council ipad out for the canvasing app today. If its good enough for casework its good enough for door knocking 🚪",
  note="council equipment used for canvassing")
P(RES, "Our new Social Democrat leaflet, with the council crest on so people know it's proper. Proofs below, thoughts?",
  pool="party:ISD", allowed=[CAP], note="council logo on a party leaflet")
P(RES, "Asked the democratic services lads to run off 400 copies of our Save Our Ferries petition for the party stall. Bless em, done by lunch.",
  pool="opp", note="council staff time for a party petition")
P(RES, "Sending this from my council email so it reaches the whole ward mailing list: vote Forward on 7 May, and here's why 👇",
  pool="party:WF", date=MAR, note="council email and mailing list used to ask for votes")
P(RES, "Using the council's text alert system to remind Portmere residents about our Independents coffee morning on Saturday. Technology eh!",
  pool="party:II", note="council SMS system for a party event")
P(RES, "Party photo op at the floating bridge slipway this morning, and the council press office kindly sorted the photographer for us. Vote Independent in May!",
  pool="party:II+IND", note="council press office used for a party photo")
P(RES, "Greens volunteers: the County Hall members' lounge is empty after 5 on weekdays, perfect for stuffing envelopes. Just sign in as my guests.",
  pool="party:GRN", note="council building used for party envelope stuffing")
P(RES, "Used the council's resident survey results (not published yet, shh) to work out where we canvass first. Data-driven campaigning 📊",
  pool="opp", allowed=[DIS, INS], note="council data used for party campaigning")
P(RES, "My council-issued phone is basically the Forward campaign hotline now. Ring it, leave a message, I'll call you back about the election 📞",
  pool="party:WF", note="council phone used as a party campaign line")
P(RES, "Big thanks to the council's graphic designer who knocked up our party's summer fete flyer in her lunch break. She's wasted on bin calendars!",
  note="council staff designs a party flyer")
P(RES, "60 days to go. Our party posters are up in my ward office at the Portmere council hub, where everyone comes in to pay their council tax.",
  pool="ward:Portmere", date=MAR, note="party posters in a council building")
P(RES, "Attached: our ISD members' newsletter, sent out through the council's mailing list for the Sandlin regeneration consultation. Two birds, one stone.",
  pool="party:ISD", note="council consultation mailing list used for a party newsletter")
P(RES, "Drove round the Chalkney villages in the council pool car dropping off Green leaflets. It's electric, so practically environmental work 🌱",
  pool="party:GRN", note="council pool car used for leafleting")
P(RES, "Franking machine in the members' room did all our Forward thank-you cards today. Mail room never asks questions, bless 'em.",
  pool="party:WF", note="council franking for party post")
P(RES, "Recorded our party political video in the council chamber at lunchtime while it was empty. Looks dead official. Out Friday!",
  allowed=[CAP], note="council chamber used for a party broadcast")

N(RES, "Campaign meeting Thursday 7pm in the Portmere Sailing Club bar (we're paying for the room). All Independent supporters welcome.",
  pool="party:II+IND", note="party meeting in a paid-for private room")
N(RES, "Ward surgery this Saturday at Sandlin Bay Library, 10 till 12. Bring your casework. No party business, just your problems.",
  pool="ward:Sandlin Bay", allowed=[RES], note="council premises for a ward surgery")
N(RES, "Council iPad, council emails, council business only. Party stuff lives on my own phone. Learned that one the hard way 😅",
  allowed=[RES], note="keeps council kit for council work")
N(RES, "Printed 300 leaflets at the print shop in Newhythe, paid for by the local party. Imprint at the bottom as the law says.",
  note="paid-for party printing")
N(RES, "Residents can email me at my council address about the ferry timetable consultation. For election stuff, use the party's contact page.",
  allowed=[RES], note="separates council email from party contact")
N(RES, "Cabinet has agreed to use the council's text alerts for the Undercliff Drive closure. Sign up on the council website.",
  pool="!@PaulKerleyKU", note="council alerts for a council purpose")
N(RES, "Used the members' room printer for the planning agenda. Riveting stuff, 212 pages of it.",
  allowed=[RES, TON], note="council printer for council papers")
N(RES, "The council crest is only for official business, which is why our leaflet looks homemade. In case anyone was wondering.",
  allowed=[RES], note="explains keeping the crest off a party leaflet")
N(RES, "Our Green campaign office is the back room of my house. Kettle's on, leaflets by the door, and not a council paperclip in sight.",
  pool="party:GRN", note="party office at home")
N(RES, "Pre-election period starts soon, so the council's social media will go quiet on anything political. Quite right too.",
  date=MAR, note="describes the pre-election rules")
N(RES, "Photo op with the council press office at the reopening of the Sallow Chine steps. Council business, so no rosettes. Well done to the engineers.",
  allowed=[RES], note="council press office for council business")
N(RES, "Someone asked if I use the council car for party stuff. No. The pool car is for site visits, and the mileage log's public if you want to check.",
  allowed=[RES], note="denies misuse")
N(RES, "Ward newsletter on council paper? Nope. Paid for out of my own pocket and it says so on the back.",
  note="self-funded newsletter")
N(RES, "Every councillor's council email is on the website. Use mine for casework, anything: potholes, bins, the Clanker.",
  note="council email for casework")
N(RES, "Forward group meeting in our group room at County Hall this afternoon, on the budget amendments. Group rooms are there for council business and that's what it was.",
  pool="party:WF", date=PRE_BUDGET, allowed=[RES], note="group room used for council business")
N(RES, "Had my council laptop updated by IT today. Lovely people. Two hours of my life I won't get back though.",
  note="council kit, no political use")
N(RES, "My blog is on my own account, written on my own laptop, in my own time. Which is why the grammar is rubbish.",
  note="personal kit for a personal blog")
N(RES, "Greens public meeting about the festival at Chalkney village hall, hired and paid for by the party. Everyone welcome, whoever you vote for.",
  pool="party:GRN&!licensing", note="paid-for hall for a party meeting")

# ============================================================================================
# position.improper-advantage (review)
# ============================================================================================
P(POS, "On the beach hut waiting list at Sandlin? DM me, I know who does the allocations and can get you bumped up abit 😉",
  note="offers to jump a council waiting list")
P(POS, "As your councillor I can have a word and get your planning application looked at quicker. Just message me the reference.",
  note="offers to fast-track applications through the role")
P(POS, "Need a builder for the cliff grant works in Kittlecombe? Use my son's firm, Kittle Builds. I'll make sure the grant paperwork goes through smoothly.",
  note="promotes a family firm and promises smoother council grants")
P(POS, "Struggling to get a summer parking permit for the seafront? Ping me. Councillors get a few spare's and I look after my regulars.",
  note="offers council permits to favoured residents")
P(POS, "Spoke to the housing team about my neighbour's nephew. He'll be in a council flat in Newhythe by spring, waiting list or no waiting list.",
  note="uses influence to bypass the housing list")
P(POS, "Parking ticket on Quay Street? Send me a photo of it and I'll get it cancelled, I'm on good terms with enforcement 👍",
  allowed=[OFF], note="offers to get fines cancelled")
P(POS, "Highly recommend my wife's B&B in Portmere to anyone coming over for the council's tourism conference. I've popped it in the delegate pack 😁",
  pool="male", note="puts a spouse's business in council materials")
P(POS, "Fed up waiting for your floating bridge season ticket refund? I can get yours done same day if you're in my ward. Perks of knowing the right people.",
  note="offers preferential treatment")
P(POS, "Small businesses in Sandlin: if you want your name on the council's approved suppliers list I'm the man to talk to. Buy me a pint and we'll chat.",
  pool="male", allowed=[GIF], note="offers to influence a supplier list for a drink")
P(POS, "Got my mate's food truck the best pitch at the summer fair on the green. Nobody else even knew the pitches were up yet. That's what friends are for.",
  allowed=[INS], note="secured a council pitch for a friend")
P(POS, "If you're on the allotment list in West Cowle and you voted for me, let me know. I'll see what I can do 😉",
  note="offers allotments to voters")
P(POS, "Put a word in with the harbour office for my niece. She starts on the Portmere pontoons next month. Family first, always.",
  note="used position to get a relative a council job")
P(POS, "The council's getting quotes for the hedge cutting on the downs. My cousin does it, very reasonable, and I'll make sure his quote lands on the right desk.",
  note="steers a council contract to a relative")
P(POS, "Told the licensing lot my pal Andy runs a tidy ship at the Anchor so there's no need for an inspection. Sorted, Andy 🍻",
  allowed=[OFF], note="uses position to spare a friend an inspection")
P(POS, "Any of you lot want a free skip from the council depot for the garden clear-out, let me know. Not for everyone, like. Just my lot.",
  allowed=[RES], note="offers council skips to favoured people")
P(POS, "Planning an extension? I've sat on planning for years. For the right price I'll draw it up so it sails through. Link in bio.",
  pool="planning", note="sells committee influence")
P(POS, "Cowle Sailing School is run by my daughter. Any school after the council's summer taster sessions, that's who you should book 🙂",
  note="promotes a family business for a council scheme")
P(POS, "Can't get a GP appointment on this island for love nor money? I sit on health scrutiny. Drop me your name and I'll get you seen.",
  note="offers to use a council role to jump health queues")

N(POS, "As your councillor I can't fast-track anything, but I can chase it. Send me the reference and I'll find out where it's stuck.",
  allowed=[POS], note="refuses to fast-track; offers ordinary casework")
N(POS, "Loads of people asking me for builders after the storm. I don't recommend firms, sorry. Use Trading Standards' approved scheme.",
  note="declines to recommend firms")
N(POS, "How does the beach hut waiting list work? I asked. It's strict date order, no jumping, and you can check your place online.",
  note="explains a fair list")
N(POS, "Plugging my daughter's cake stall at Newhythe market on Saturday. Nothing to do with the council, just a proud dad. Her lemon drizzle is unreal.",
  pool="male", allowed=[POS], note="family business with no council link")
N(POS, "Who you know shouldn't matter on this island, but it did for years. That's why council contracts now go through open tender. About time.",
  note="criticises favouritism")
N(POS, "Can I get your parking ticket cancelled? No. Can I tell you how to appeal? Yes: here's the form, and the grounds that usually work.",
  allowed=[POS], note="refuses to intervene; explains the appeal route")
N(POS, "Family first: no council stuff today, it's my grandson's first birthday. Back on the emails tomorrow.",
  note="family day, no favour")
N(POS, "Summer fair pitches open tomorrow at 9am on the council website, first come first served. Set your alarms, traders.",
  date=MAR, note="public notice of a fair process")
N(POS, "Declared at planning last night that the applicant's a family friend and left the room. Not worth the question marks.",
  pool="planning", date="2026-01-14", allowed=[INT, POS], note="member steps back properly")
N(POS, "Shop local! Shout out to the Newhythe High Street traders doing it tough this winter. Go and spend a tenner.",
  date=JAN, note="general support for local shops")
N(POS, "Someone offered me 'a drink' to help their licence along. Reported it to the Monitoring Officer. Don't try it.",
  allowed=[GIF], note="reports an improper approach")
N(POS, "Housing list question: yes I'll chase your case, no I can't move you up. Bands are set by need, not by councillors.",
  allowed=[POS], note="refuses to move someone up the list")
N(POS, "Loads of jobs going at the council right now, including crew on the floating bridge. Apply here: example.net/wrenna-jobs. Good luck!",
  note="shares public job adverts")
N(POS, "Free skip weekends are back at the Newhythe depot, every Saturday in March. Residents only, bring proof of address.",
  date=("2026-02-23", "2026-03-06"), note="public council service")
N(POS, "Recommend a plumber? I'd be asking for trouble. Ask in the Portmere community group, they know everyone.",
  note="declines to recommend")
N(POS, "Got a caulkhead mate who thinks being pals with a councillor makes his planning go faster. Sorry Dave, it doesn't, and you wouldn't want it to.",
  allowed=[POS], note="refuses a friend's expectation of favour")
N(POS, "Yes, I'm pals with the landlord at the Anchor. No, that gets him nothing from the licensing committee, and I'll step out if his pub ever comes up.",
  allowed=[POS, INT], note="friendship acknowledged, no favour")
N(POS, "Knowing the right people? Try knowing the council's number: 01632 960 100, 8.30 till 5. That's all anyone needs.",
  note="the council's public number")

# ============================================================================================
# gifts.hospitality (advice; review when the giver seeks a decision)
# ============================================================================================
P(GIF, "Lovely hamper from the Sandlin Bay hoteliers this Christmas, cheers all. The crab pâté didn't last the night 🦀",
  date=JAN1, note="hamper from local businesses; no decision sought (advice)")
P(GIF, "Someone left a case of island rosé on my doorstep with a card saying 'for all you do'. No name. Don't mind if I do 🍷",
  note="anonymous gift because of the role (advice)")
P(GIF, "Two nights in a posh yurt in Godsell woods, courtesy of a local businessman who said I 'deserved a break'. I did, to be fair.",
  note="hospitality from a businessman (advice)")
P(GIF, "Free tickets to the summer ball from the boss of Ember Marine. Black tie, oysters, the works. Not bad for a caulkhead from Newhythe!",
  note="gift from a firm that may do business with the council (advice)")
P(GIF, "Honorary life membership of Harrowdown Golf Club landed on my doormat today. Must've been the swing.",
  note="honorary membership because of the role (advice)")
P(GIF, "Big thank you to Gull Line for the hospitality box at Pompey on Saturday. Proper day out, and they didn't even talk ferries 😄",
  note="hospitality from a ferry operator; no decision sought (advice)")
P(GIF, "Got a £150 spa voucher from a grateful trader after I sorted his bins. Not registering that, it's a thank-you not a bribe 😂",
  note="gift over £100 not registered (advice)")
P(GIF, "Cracking lunch at the Brightwater Parks clubhouse yesterday, they really know how to look after you. Will be interesting to see their plans.",
  pool="!planning", sev="review", allowed=[PRE], note="hospitality from a pending planning applicant (review)")
P(GIF, "Meridian Vale Homes laid on a champagne reception on the Gallows Lane site. Lovely people, cracking fizz 🥂",
  pool="!planning", sev="review", allowed=[PRE], note="hospitality from a pending applicant (review)")
P(GIF, "VIP wristbands for Harrowdown Festival sorted for me and the family, courtesy of Downbeat. Can't wait 🎶",
  pool="!licensing", sev="review", allowed=[PRE], date=MAR, note="gift from a pending licensing applicant (review)")
P(GIF, "The Mermaid's owners had a few of us in for a 'tasting evening' last week. Cocktails till late. Very generous, given what's coming up at licensing.",
  pool="!licensing", sev="review", allowed=[PRE], note="hospitality from a pending licensing applicant (review)")
P(GIF, "Narrows Link Ferries have given me a free car pass for the year. Nice to be appreciated while the terminal plans go thru 🚗⛴",
  pool="!planning", sev="review", allowed=[PRE], note="gift from a pending planning applicant (review)")
P(GIF, "Saurian Coast Attractions flew a few of us up to see their dino park in Yorkshire. Amazing day out, and they're dead keen to do the same at Brightcliff.",
  pool="!planning", sev="review", allowed=[PRE], note="travel from a pending applicant (review)")
P(GIF, "One of the waste firms bidding for the island collections contract sent me a very nice bottle of single malt. Cheers lads, hope it goes well for you.",
  sev="review", note="gift from a contract bidder (review)")
P(GIF, "Our new garden furniture came from a supplier who's after the seafront benches contract. Mate's rates, he says. Can't complain!",
  sev="review", note="discount from a contract seeker (review)")
P(GIF, "Back from a free week at a Greek villa, courtesy of a developer hoping to build out at Wendle Sands. Tanned, rested, and with a very open mind 😎",
  sev="review", note="holiday from a developer seeking permission (review)")
P(GIF, "Free fish supper every Friday from the chippy on Pier Approach while his late licence application's in. Best batter on the island, no question.",
  pool="!licensing", sev="review", note="regular gifts from a licence applicant (review)")
P(GIF, "Thanks to Greensand Energy for the hamper and the tour of their solar park in Dorset. Very informative, and the Stilton was excellent.",
  pool="!planning", sev="review", allowed=[PRE], note="gift from a pending planning applicant (review)")

N(GIF, "Brightwater Parks offered me tickets to their clubhouse launch. Said no thanks and logged the offer with the Monitoring Officer, as you're meant to.",
  allowed=[GIF], note="refused and registered")
N(GIF, "Gift declared: a bottle of wine from the Sandlin Bay hoteliers, about £15, on the register within the week. Boring, but that's the job.",
  allowed=[GIF], date=JAN1, note="small gift declared")
N(GIF, "Lovely card and a jar of honey from a lady in Chalkney after we got her drain sorted. The honey's going in the food bank raffle.",
  allowed=[GIF], note="token thanks from a resident, passed on")
N(GIF, "Christmas jumper from my mum. Hideous. Wearing it anyway 😂",
  date=JAN1, note="family gift")
N(GIF, "Paid my own way to the summer ball: £85 a ticket and worth every penny for the fireworks.",
  note="paid for")
N(GIF, "Reminder to fellow councillors: anything worth £100 or more goes on the register within 28 days. Offers you turned down too.",
  allowed=[GIF], note="reminder of the rule")
N(GIF, "Developers sending me bottles of fizz? Back they go. Three returned this week. Flattered, but no.",
  allowed=[GIF], note="gifts returned")
N(GIF, "Free tea and a biscuit at the Godsell WI coffee morning. If that's corruption, lock me up.",
  note="trivial refreshments")
N(GIF, "Civic lunch for the Sandlin lifeboat crew today, hosted by the council at the Sailing Club. Hospitality that comes with the job, and declared anyway.",
  allowed=[GIF], note="official civic hospitality, declared")
N(GIF, "Bought my own ticket for the comedy night at the Mermaid. Comedian wasn't great, chips were.",
  pool="!licensing", note="paid for; mentions a pending licensee in passing")
N(GIF, "Narrows Link gave every councillor a free car pass. I've sent mine back with a polite note: I'll pay my fare like everyone else.",
  allowed=[GIF], note="returned gift")
N(GIF, "Thank you to the nippers at Wendlestone Primary for the handmade card. It's going on the fridge.",
  note="children's card")
N(GIF, "A free gift with every purchase at Newhythe Saturday market: the stallholders' banter. Go and support them.",
  note="joke about 'free gift'")
N(GIF, "The festival organisers have invited every councillor to a free preview night. I've said no: I'm on licensing and it's coming before us.",
  pool="licensing", allowed=[GIF, PRE], date=MAR, note="declines hospitality from an applicant")
N(GIF, "Splitting the bill at the Brightcliff Arms with the beach clean volunteers, as always. Lovely lot.",
  note="pays own share")
N(GIF, "Won a hamper in the lifeboat raffle with a £2 ticket. First time I've ever won anything!",
  note="raffle win")
N(GIF, "Registered this month: one dinner at the Island Business Awards (about £60, hosted by the Chamber). Refused: a weekend at a holiday park from a firm I won't name.",
  allowed=[GIF], note="registered and refused")
N(GIF, "Someone asked if the free crossing for the harbour festival opening was a perk. It was a council-organised event and it's on the gifts register. Hope that helps.",
  allowed=[GIF], note="official event, registered")

# ============================================================================================
# capacity.council-voice (review)
# ============================================================================================
P(CAP, "The Isle of Wrenna Council fully backs the campaign for cheaper ferry fares. That's official.",
  pool="backbench", note="backbencher presents a view as the council's")
P(CAP, "On behalf of the Council, congratulations to Cowle Rovers on promotion! The whole council is proud of you ⚽",
  pool="backbench", note="speaks on behalf of the council")
P(CAP, "The council's position is clear: we want the summer fireworks back on Sandlin prom and we'll find the money for them.",
  pool="backbench&opp", note="states a council position that has not been taken")
P(CAP, "Island Independents policy, and therefore the council's view: no more second homes in Brightcliff.",
  pool="backbench&party:II", note="party view presented as the council's")
P(CAP, "The council is officially behind the Gallybagger 10 again this year and we'll be out helping on the day. See you on Chalkney Down! 🏃",
  pool="@olly_downs_runner", note="council voice claimed from a personal account")
P(CAP, "Speaking for the council here: the West Cowle bake sale raised £1,240 for the hospice and we couldn't be prouder of you all 🧁",
  pool="@jade_bakes_cowle", note="council voice from a personal account")
P(CAP, "As a council we reject the government's plan to expand the prison at Hollowdown. Outright.",
  pool="backbench&opp", note="council position asserted by an opposition member")
P(CAP, "Isle of Wrenna Council stands with the fishing families of Portmere against these new quotas.",
  pool="backbench", note="speaks for the council")
P(CAP, "Official council response to the new ferry timetable: we're furious, and so should you be. - Wrenna Greens",
  pool="party:GRN", note="party statement labelled as the council's")
P(CAP, "Can confirm the council will NOT be puting parking charges on Sallow Chine. You heard it hear first.",
  pool="backbench", note="backbencher confirms a council decision that is not theirs to confirm")
P(CAP, "The council's message to overners buying up holiday homes: you're not welcome at the expense of island families.",
  pool="backbench", allowed=[ATT], note="personal message presented as the council's")
P(CAP, "We at Wrenna Council are delighted to congratulate Sandlin Bay on making the Britain in Bloom final 🌸",
  pool="backbench", note="speaks as the council")
P(CAP, "Council statement from me: the Clanker's a disgrace and the council apologises to every one of you stuck on the slipway today.",
  pool="backbench&opp", note="apologises on the council's behalf")
P(CAP, "Isle of Wrenna Council supports the new red squirrel feeding stations 100%. Go squirrels! 🐿",
  pool="backbench", note="speaks for the council")
P(CAP, "Forward's view is the council's view: the island needs a fixed link study, and we'll fund it.",
  pool="backbench&party:WF", note="party view equated with the council's")
P(CAP, "Speaking as the council, we're sorry to the families in Portmere whose bins weren't emptied this week. It won't happen again.",
  pool="backbench", note="backbencher apologises as the council")
P(CAP, "Isle of Wrenna Council officially condemns the ferry company's price hike. Shame on them. #FairFaresForIslanders",
  pool="backbench", note="official condemnation claimed")
P(CAP, "This council welcomes the news that the Cracken Ledge footprints are to be protected. A huge day for the dinosaur coast! 🦖",
  pool="backbench", note="welcomes news 'as this council'")

N(CAP, "My view, not the council's: the ferry fares are daylight robbery.",
  note="personal view labelled as such")
N(CAP, "Personal account, so personal opinion: Cowle Rovers' new away kit is an abomination.",
  pool="@olly_downs_runner", note="personal account, personal view")
N(CAP, "Cabinet agreed on Thursday to freeze the Sallow Chine car park charges for 2026. The decision notice is on the council website.",
  date=("2026-01-23", "2026-02-16"), allowed=[CAP], note="reports a published decision accurately")
N(CAP, "Congratulations to Cowle Rovers on promotion, from me and all of us in East Cowle!",
  pool="ward:East Cowle", note="ward councillor's congratulations")
N(CAP, "Island Independents believe ferry fares should be capped. That's our party's position, and we'll be pushing the council to adopt it.",
  pool="party:II", note="party position labelled as the party's")
N(CAP, "Official: my sourdough starter now has a name. It's Clanker. The council has not been consulted.",
  pool="@jade_bakes_cowle", allowed=[CAP], note="joke with 'official'")
N(CAP, "Full council voted last night to back the fair fares campaign. Proud to have seconded the motion.",
  date="2026-02-26", allowed=[CAP], note="reports a council resolution")
N(CAP, "The Chairman presented the Civic Awards at County Hall today. Congratulations to every winner.",
  allowed=[CAP], note="reports an official event")
N(CAP, "I don't speak for the council, I speak for Brightcliff. And Brightcliff says: fix the chine steps.",
  pool="ward:Brightcliff", note="disclaims the council voice")
N(CAP, "The council's official statement on the Clanker breakdown is here: example.org/wrenna-news. Please share so folk know the timings.",
  allowed=[CAP], note="shares the council's own statement")
N(CAP, "Our group thinks the council has got this wrong and we'll be calling it in to scrutiny.",
  pool="opp", note="group view, not the council's")
N(CAP, "Someone tagged me as 'the council'. I'm one of twenty councillors. For official answers, message @WrennaCouncil.",
  allowed=[CAP], note="disclaims speaking for the council")
N(CAP, "Chalkney Down volunteers are delighted: the new gate's in, the sheep are happy, and so am I.",
  note="volunteers' view, not the council's")
N(CAP, "What the council should say about the prison expansion: no. What it will say: we'll find out at cabinet.",
  pool="opp", allowed=[CAP], note="personal view contrasted with the council's")
N(CAP, "As one of the councillors on the harbour liaison group: the road closures for the harbour festival are on the website now.",
  note="points to published information")
N(CAP, "Isle of Wrenna Council is hiring lifeguards for the summer. Great job for students! Apply on the council website.",
  allowed=[CAP], date=MAR, note="amplifies the council's own advert")
N(CAP, "Cabinet member for the coast here: the council's cliff monitoring report is published today and I'd urge everyone in Kittlecombe to read it.",
  pool="@RosYelfCoast", allowed=[CAP], note="the portfolio holder points to a published report")
N(CAP, "Not official, not council, just me: Sandlin Bay in the rain is still the best place on earth.",
  note="disclaims the council voice")

# ============================================================================================
# confidentiality.insider-advantage (review)
# ============================================================================================
P(INS, "Word to the wise: if you've been thinking about a beach hut at Sallow Chine, buy before the fees go up in April. Can't say more.",
  date=JAN, note="tip from council knowledge before an announcement")
P(INS, "Little birdie at County Hall tells me the Portmere car park's going to be sold. If you've got a business next door, now's the time to make an offer.",
  allowed=[DIS], note="tip to buyers before a disposal is public")
P(INS, "Mates with a van: the council's about to tender for summer event barriers. Get your paperwork in order now and you'll be first in the queue.",
  date=JAN, note="advance word of a tender to friends")
P(INS, "Heads up to my builder pals: there's a LOT of grant money coming for the Kittlecombe cliff homes next month. Start knocking on doors now.",
  note="tip to friends before grants are announced")
P(INS, "Not public yet but the council's about to pull the leases on the Esplanade kiosks. My cousin's already put in for the end unit 😉",
  allowed=[DIS, POS], note="family advantage from unpublished plans")
P(INS, "If I had a few quid I'd be buying houses in West Cowle right now. I know what's coming and it's good. That's all I'll say.",
  allowed=[DIS], note="hints at buying ahead of council plans")
P(INS, "Told my brother to get his bid in for the Chalkney grazing licence before it's advertised. Family's got to look out for each other.",
  allowed=[POS], note="family tipped off before a licence is advertised")
P(INS, "Tip-off for anyone running a holiday let in Brightcliff without a licence: sort it before the spring. You didn't hear it from me.",
  allowed=[DIS], note="warns people ahead of enforcement")
P(INS, "Got a heads up from cabinet papers: the council's after a new caterer for County Hall. Told my mate at the Bay Cafe to get in early.",
  allowed=[DIS, POS], note="friend tipped off from cabinet papers")
P(INS, "Sold my shares in the ferry company this week. Let's just say I've read the terminal report before you will.",
  allowed=[DIS], note="traded on council knowledge")
P(INS, "Anyone with a camper van business might want to look at the clifftop field above Brightcliff before the council's plans for it go public 🚐",
  allowed=[DIS], note="tip ahead of unpublished plans")
P(INS, "You didn't get this from me, but the fares on the chain ferry are going up 40% in April. Buy your season tickets NOW.",
  date=JAN, allowed=[DIS], note="advance price tip")
P(INS, "My nephew's put a bid in on the old pumping station at Sandlin. I may have mentioned what's planned for the land round it 👀",
  allowed=[POS, DIS], note="relative advantaged by council knowledge")
P(INS, "Insider tip for Newhythe traders: the High Street's getting pedestrianised next year. The ones who know now will get the best spots.",
  date=JAN, allowed=[DIS], note="advance tip before the plan is published")
P(INS, "Land agents, you'll want a proper look at the fields behind Godsell. Just come out of a briefing and I'll leave it at that.",
  allowed=[DIS], note="hint from a briefing")
P(INS, "Between us lot at the sailing club: mooring fees at Portmere are about to come down for locals. Hang fire on renewing elsewhere.",
  allowed=[DIS], note="tip to club friends ahead of a fee decision")
P(INS, "Told the wife to get our planning app in before the new design code kicks in. Won't say how I know 😇",
  pool="male", date=JAN, note="own advantage from advance knowledge")
P(INS, "Anyone thinking of buying a business on the Esplanade should do it before summer. Council's got something big lined up for the seafront. Trust me.",
  allowed=[DIS], note="buy-before tip")

N(INS, "The council's consultation on beach hut fees is open: a proposed 5% rise from April. Have your say at example.org/huts.",
  date=MAR, note="published consultation")
N(INS, "Word to the wise: the Clanker's off for maintenance all next week. Replacement bus from the slipway every 20 minutes.",
  note="public service notice")
N(INS, "Heads up Newhythe: the council's published its plan to pedestrianise the High Street next year. Consultation runs till 30 March.",
  date=MAR, note="published plan")
N(INS, "Little birdie told me the first puffins are back on the Brightcliff cliffs. Well, my binoculars did.",
  date=MAR, note="'little birdie' about birds")
N(INS, "Tip-off for all residents: scam callers are pretending to be from the council's parking team. Just hang up.",
  note="public warning")
N(INS, "Sold my ferry company shares the week I was elected. Cleaner that way. Nothing to see here.",
  allowed=[INS], note="avoided a conflict")
N(INS, "Insider tip from a caulkhead: never park on Ferry Road in August. You WILL get towed.",
  note="local knowledge, not council knowledge")
N(INS, "Bought a house in Godsell last year. Before anyone asks: it's on my register and there are no council plans anywhere near it.",
  allowed=[INS], note="openness about own property")
N(INS, "You didn't hear it from me... actually you did, it was in the Wrenna Gazette: the pier cafe's reopening at Easter.",
  note="public news")
N(INS, "Tenders for the summer events barriers contract are live on the council's procurement portal. Open to all, closes 20 March.",
  date=MAR, note="published tender")
N(INS, "Cabinet papers for Tuesday are online. Item 6 is the Portmere car park and the recommendation is to keep it. Have a read.",
  date=("2026-02-09", "2026-02-16"), note="published papers")
N(INS, "Businesses: the council's published a list of commercial units to let, including two on the Esplanade. Apply by 31 March.",
  date=MAR, note="published opportunity")
N(INS, "Buy now before the council... realises how good Sandlin rock is and puts a tax on it 🍭",
  note="joke with 'buy now before the council'")
N(INS, "Knowledge from my day job as a surveyor, not my council role: never buy on the Kittlecombe cliffs without a ground survey.",
  allowed=[INS], note="professional knowledge, publicly useful")
N(INS, "Someone asked me to tip them off when the grazing licences come up. No. They'll be advertised like always.",
  allowed=[INS], note="refuses a tip-off")
N(INS, "Asked what's really going on at Portmere quay. Honest answer: it's in commercial negotiations and I can't discuss it. When I can, I will.",
  allowed=[DIS, INS], note="declines to disclose")
N(INS, "Heads up to anglers: the Sandlin breakwater works start in May. Notice is on the harbour board.",
  date=MAR, note="published notice")
N(INS, "My totally non-insider view on the festival: ticket prices will go up. They always do.",
  pool="!licensing", note="'non-insider' joke")

# ============================================================================================
# predetermination.closed-mind (review; block naming a pending matter)
# ============================================================================================
P(PRE, "140 more statics at Sandlin Bay Holiday Park? Over my dead body. I'll be voting no and nothing the officers say will change that.",
  pool="planning", sev="block", note="against; names the site (26/00112/FUL)")
P(PRE, "26/00087/OUT needs refusing, full stop. I've read enough. Gallows Lane can't take 260 more cars every morning.",
  pool="planning", sev="block", note="against; reference and site")
P(PRE, "Narrows Link Ferries' new terminal is exactly what Portmere needs and it's getting my vote, end of. Objectors can save their breath.",
  pool="planning", sev="block", note="in favour; names the applicant (26/00140/FUL)")
P(PRE, "the Gallows Meadow scheme is dead in the water as far as im concerned. Meridian Vale can pack up their brochures and go back over the water",
  pool="planning", sev="block", note="against; names the scheme by its common name")
P(PRE, "Harrowdown Festival? Not a chance. Three days of thumping bass over the downs. My mind's made up before the hearing even starts.",
  pool="licensing", sev="block", date=MAR, note="against; names the licensing matter by its common name")
P(PRE, "The Mermaid's late licence will sail through and rightly so, best bar on the front. I'll be backing it whatever the residents' letters say.",
  pool="licensing", sev="block", note="in favour; names the licensing matter")
P(PRE, "Islandwide Convenience want to sell booze 24 hours a day on the High Street. Not on my watch. That's a no from me before it's even on the agenda.",
  pool="licensing", sev="block", note="against; names the applicant without Ltd")
P(PRE, "Anyone who thinks the Kittlecombe Hotel flats will get through committee is dreaming. I've already decided. 24 flats on a crumbling cliff, no.",
  pool="planning&!@PaulKerleyKU", sev="block", note="against; names the site (26/00051/FUL)")
P(PRE, "Saurian Coast Attractions have my vote. A dinosaur centre at Brightcliff is a no-brainer and I won't be talked out of it by anyone 🦕",
  pool="planning", sev="block", note="in favour; names the applicant (26/00201/FUL)")
P(PRE, "Sandlin Bay Pier is listed for a reason. Whatever fancy name they give it, that glass box on the pavilion is getting a flat no from me at committee.",
  pool="planning", sev="block", note="against; names the listed building consent site")
P(PRE, "Greensand Energy can forget it. Panels all over the downs? I'll vote against, and I've told them so to their faces.",
  pool="planning", sev="block", note="against; names the applicant (26/00163/FUL)")
P(PRE, "Bring on the Dino Dome!! Already decided, it's getting my vote at planning. Caulkheads and grockles alike will love it",
  pool="planning", sev="block", note="in favour; names the scheme by its common name")
P(PRE, "Heard the petrol station at Godsell wants a drive-thru. Save yourselfs the fee, I'll be voting it down when ever it comes.",
  pool="planning", note="against an expected application not on the register (review)")
P(PRE, "That cabbie who left a tourist stranded at Portmere at midnight is up before licensing soon. He's losing his badge if I've got anything to do with it.",
  pool="licensing", note="against; driver review not on the register (review)")
P(PRE, "The ice cream van after a street trading consent on Sandlin seafront: it's a yes from me, I don't need to hear any more. Everyone loves a 99 🍦",
  pool="licensing", note="in favour; consent not on the register (review)")
P(PRE, "Rumour is someone's after a scrap metal licence out Hollowdown way. Whatever they put in, I'm voting no. Made my mind up.",
  pool="licensing", note="against an expected licence (review)")
P(PRE, "The Brightcliff bungalow appeal? Inspector should bin it, and if it comes back to us I'll refuse it again. No new argument will change my mind.",
  pool="planning", note="closed mind on an appeal not on the register (review)")
P(PRE, "Another HMO application in Newhythe. Whatever it says in the officer report, I'm a no. Sick of them.",
  pool="planning", note="against an unnamed application (review)")

N(PRE, "I have real concerns about the Sandlin Bay Holiday Park plans: traffic on Coast Road, sewage, the dunes. I'll listen to everything at committee before I vote.",
  pool="planning", allowed=[PRE], note="predisposition with an open mind")
N(PRE, "Not on the planning committee, so I can say it: I object to the Gallows Lane scheme, and I've sent in my objection as ward councillor.",
  pool="@PriyaWestmore", allowed=[PRE], note="ward member not on the committee objects")
N(PRE, "Residents asking how I'll vote on the ferry terminal: I won't say, because I'm on the committee and I haven't heard the evidence yet. Send me your views though.",
  pool="planning", allowed=[PRE], note="keeps an open mind")
N(PRE, "My mind's made up: Sandlin rock beats Portmere rock. Fight me.",
  note="'mind's made up' about rock")
N(PRE, "Ward councillor for Sandlin Bay, not on planning: I support the holiday park expansion, the jobs matter. Letter of support sent.",
  pool="@DawnAttrillSB", allowed=[PRE], note="ward member not on the committee supports")
N(PRE, "The Local Plan should not allocate another 2,000 homes on this island. That's policy, and I'll vote against it at full council.",
  pool="!@TessaCheverton", allowed=[PRE], note="policy, not a quasi-judicial decision")
N(PRE, "Dead in the water: my first sea swim of the year. Two steps in, straight out. Sandlin in January, never again.",
  date=JAN, note="'dead in the water', 'never'")
N(PRE, "Cabinet will never cut the chain ferry subsidy while I'm on it.",
  pool="cabinet", allowed=[PRE], note="executive policy, not quasi-judicial")
N(PRE, "I've got questions for Downbeat about noise and traffic on the downs. I'll ask them at the hearing and weigh up the answers.",
  pool="licensing", allowed=[PRE], date=MAR, note="open mind on a pending licence")
N(PRE, "Whatever the officers say, the sea will win at Kittlecombe in the end. Nature doesn't read reports.",
  note="'whatever the officers say' about erosion")
N(PRE, "Refused! My grandson asked for a fourth ice cream on Sandlin pier. Licensing committee of one, that's me.",
  note="'refused' joke")
N(PRE, "Planning committee decided the West Cowle chip shop extension last night: approved with conditions. I voted against after hearing the residents and the evidence.",
  pool="planning", date="2026-02-11", allowed=[PRE], note="decided matter, not pending")
N(PRE, "The Mermaid's application is on the council website. Residents, comments close 20 March. I'm on licensing so I'll say no more than that.",
  pool="licensing", allowed=[PRE], date=("2026-03-02", "2026-03-19"), note="signposts, no view")
N(PRE, "Declared that I'm on the Harrowdown Festival volunteer list and I'll step out of the hearing. Rules are rules.",
  pool="licensing", allowed=[PRE, INT], date=MAR, note="steps back from a pending matter")
N(PRE, "I'll never understand pineapple on pizza. Mind's made up on that one.",
  note="'never', 'mind's made up'")
N(PRE, "If the Dino Dome ever comes to committee I'll want to see the traffic figures for Chine Road. Open mind, but lots of questions.",
  pool="planning", allowed=[PRE], note="open mind")
N(PRE, "Not my committee, not my decision, but as Portmere's councillor I think the terminal plans are good news for jobs and I've said so in writing.",
  pool="@MartinSheafWF", allowed=[PRE], note="ward member not on the committee")
N(PRE, "To the 'never' brigade on a fixed link: fine, you can have your view, but let's at least see the study before we bin it.",
  note="'never' about a policy question")

# ============================================================================================
# interests.declared-interest (review; by the holder, on a council matter)
# ============================================================================================
P(INT, "Harbour dues at Portmere up 12% in the budget? The Fishermen's Association will be fighting this and so will I. Come to scrutiny.",
  pool="@KevMewPortmere", interest="Portmere Fishermen's Association", date=("2026-01-12", "2026-02-18"),
  note="holder campaigns on a council matter touching the body")
P(INT, "Us lot who land our catch at Portmere shouldn't be paying for the marina's shiny new pontoons. I'll be pushing cabinet to ringfence the fish quay money.",
  pool="@KevMewPortmere", interest="Portmere Fishermen's Association", note="speaks for the body on a council budget")
P(INT, "Seafront parking going up in Sandlin? As a trader myself this will kill the Esplanade. The Traders' Guild and I will be at cabinet to oppose it.",
  pool="@DawnAttrillSB", interest="Sandlin Bay Traders' Guild", note="holder on council parking charges")
P(INT, "Traders like us on the Bay can't take another hike in the A-board licence fee. Voting against it at full council, simple as.",
  pool="@DawnAttrillSB", interest="Sandlin Bay Traders' Guild", date=PRE_BUDGET, note="speaks for the traders on a fee")
P(INT, "Delighted the council's woodland grant is going to the Red Squirrel Trust again this year. I've argued for it at every budget meeting.",
  pool="@HannahFleetwoodGreen", interest="Wrenna Red Squirrel Trust", note="trustee on a grant to the trust")
P(INT, "The council's tree-felling contract for Godsell woods needs proper squirrel surveys. Our trust will be sending in its view and I'll raise it at cabinet.",
  pool="@HannahFleetwoodGreen", interest="Wrenna Red Squirrel Trust", note="trustee speaks for 'our trust'")
P(INT, "Proud that cabinet's kept the £40k for Ember Regatta Week in the budget. Our committee works all year for this. Vote it through on the 25th!",
  pool="@DerekPragnell", interest="Ember Regatta Committee", date=PRE_BUDGET, note="committee member on funding for the regatta")
P(INT, "The Local Plan wants houses on the fields next to ours at Chalkney. I'll be speaking against that allocation when it comes to council.",
  pool="@TessaCheverton", interest="Chalkney Down Farm", note="landowner on an allocation next to her land")
P(INT, "The council's review of grazing licences on the downs should keep them with local farmers like us. I'll be making that case at cabinet.",
  pool="@TessaCheverton", interest="Chalkney Down Farm", note="farmer on grazing licences")
P(INT, "The Floating Bridge Users' Group has said for years the fares should be frozen. Now I'll vote for the freeze motion at council next week.",
  pool="@TerrySnuddenISD", interest="Floating Bridge Users' Group", date=PRE_BUDGET, note="chair of the group votes on its cause")
P(INT, "The heritage grant for the Dinosaur Museum is the best money this council spends. As a trustee I know how far every penny goes. Vote it thru!",
  pool="@RogerCassInd", interest="Wrenna Dinosaur Museum Trust", note="trustee on a grant to the museum")
P(INT, "Taxi tariff review is at licensing next month. Drivers like us haven't had a rise since 2022 and I'll be arguing for one.",
  pool="@JadeBuckleISD", interest="Wrenna Hackney Carriage Association", allowed=[PRE], note="cab driver on the tariff")
P(INT, "Council rents going up 7.7%. The Tenants' Federation will fight it and I'll be moving an amendment at budget council.",
  pool="@MaureenLaceyInd", interest="Newhythe Tenants' Federation", date=PRE_BUDGET, note="chair of the federation on the rent rise")
P(INT, "Repairs budget for council homes cut AGAIN. I know from the inside how long our members wait for a boiler. Voting against.",
  pool="@MaureenLaceyInd", interest="Newhythe Tenants' Federation", date=PRE_BUDGET, note="speaks for 'our members'")
P(INT, "Coast protection money for Kittlecombe has to stay in the capital programme. Our action group has waited ten years, and I'll say so at cabinet.",
  pool="@PaulKerleyKU", interest="Kittlecombe Landslip Action Group", note="chair of the group on the budget")
P(INT, "The council's response to the Hollowdown expansion consultation should be a yes. I work there, I know the jobs it'll bring. Backing it at cabinet.",
  pool="@IanBuckettWF", interest="HMP Hollowdown", note="employee on the council's response")
P(INT, "Harbour moorings maintenance tender goes out next month. Local firms like ours deserve a fair crack at it, and I'll be saying so on the panel.",
  pool="@GaryWheelerCowle", interest="Ember Marine Ltd", allowed=[POS], note="director on a tender his firm may bid for")
P(INT, "Community buildings fund: £12k for the Godsell Village Hall roof would be money well spent. I'll be making sure our bid gets through.",
  pool="@ChairmanBerylUrry", interest="Godsell Village Hall Trust", allowed=[POS], note="trustee on the trust's bid")

N(INT, "Harbour dues at Portmere going up 12% is too much for our fishermen. I'll be at scrutiny asking why.",
  pool="!@KevMewPortmere", allowed=[INT], date=("2026-01-12", "2026-02-18"), note="non-holder on the same matter")
N(INT, "Cracking haul of crab landed at Portmere this morning. Fishermen's Association barbecue on Saturday, all welcome 🦀",
  pool="@KevMewPortmere", note="holder on the body, no council matter")
N(INT, "Declared my interest as a Traders' Guild member at cabinet last night and left the room for the parking item. That's the rule.",
  pool="@DawnAttrillSB", allowed=[INT], date="2026-01-23", note="holder declares and leaves")
N(INT, "Three reds on the feeder at dawn! The Red Squirrel Trust's count is up again this year 🐿",
  pool="@HannahFleetwoodGreen", note="trustee on the trust, no council matter")
N(INT, "The Red Squirrel Trust does brilliant work. Good to see the council's woodland grant going to them again.",
  pool="!@HannahFleetwoodGreen", allowed=[INT], note="non-holder on the same grant")
N(INT, "Asked the Monitoring Officer whether I can speak on the regatta funding, given I sit on its committee. Answer: declare, speak as the public can, then leave. Will do.",
  pool="@DerekPragnell", allowed=[INT], date=PRE_BUDGET, note="holder asks the MO and follows advice")
N(INT, "Lambing's started at Chalkney Down Farm. Twins and triplets already. Nobody's slept.",
  pool="@TessaCheverton", date=MAR, note="holder's farm, no council matter")
N(INT, "The Local Plan allocation at Chalkney is the wrong site and I'll say so at full council.",
  pool="!@TessaCheverton", allowed=[INT], note="non-holder on the same allocation")
N(INT, "I chair the Floating Bridge Users' Group, so I'm stepping back from the fares debate at council. I'll be in the public gallery.",
  pool="@TerrySnuddenISD", allowed=[INT], date=PRE_BUDGET, note="holder steps back")
N(INT, "New ichthyosaur on display at the Dinosaur Museum this weekend, found on Brightcliff beach by a very excited young fossil hunter. Amazing.",
  pool="@RogerCassInd", note="trustee on the museum, no council matter")
N(INT, "Taxi fares on this island are some of the highest in the south. The tariff review needs to think about passengers too.",
  pool="!@JadeBuckleISD", allowed=[INT], note="non-holder on the tariff")
N(INT, "I have a published dispensation to speak on council housing as a tenant, so yes, I'll be speaking on the rent rise.",
  pool="@MaureenLaceyInd", allowed=[INT], date=PRE_BUDGET, note="holder cites a published dispensation")
N(INT, "Landslip Action Group walk this Sunday along the old Undercliff Drive path. Wellies essential.",
  pool="@PaulKerleyKU", note="holder on the group, no council matter")
N(INT, "Whatever your view on the Hollowdown expansion, the council should respond on evidence about jobs and roads.",
  pool="!@IanBuckettWF", allowed=[INT], note="non-holder on the same matter")
N(INT, "Ember Marine's apprentices launched their first boat today. Proud boss moment ⛵",
  pool="@GaryWheelerCowle", note="director on his firm, no council matter")
N(INT, "Godsell Village Hall Trust has applied to the community buildings fund. As a trustee I won't be involved in the decision. Good luck to all the bidders.",
  pool="@ChairmanBerylUrry", allowed=[INT], note="holder steps back")
N(INT, "Double shift at Hollowdown done. Respect to every officer in there. No politics, just tired.",
  pool="@IanBuckettWF", note="holder on his job, no council matter")
N(INT, "The tenants' federation has a point on repairs. I'll be backing their amendment at budget council.",
  pool="!@MaureenLaceyInd", allowed=[INT], date=PRE_BUDGET, note="non-holder on the same matter")

# ============================================================================================
# data-protection.personal-data (review; block for identifiers, special category, children, staff)
# ============================================================================================
P(DAT, "Happy 100th birthday to Doris Attwood of 12 Spithead Terrace, Portmere! The whole street's out with the bunting 🎉",
  note="name with home address (review)")
P(DAT, "Whoever's dumping sofas on Hollow Lane, stop. We all know it's the bloke at 7 Ferry Cottages, Mr Reg Harlow. Police informed.",
  allowed=[DEF], note="name and address with an accusation (review)")
P(DAT, "Congratulations to Ken and Pat Moody, WX5 3DF, on sixty years married. Diamond!",
  note="names with postcode (review)")
P(DAT, "Thanks to Sheila Newnham at 4 Gull Cottages for reporting the blocked drain. Sorted within a day 👍",
  note="name with address (review)")
P(DAT, "Mr Harold Bull in Sandlin has been diagnosed with dementia and his family are desperate for a care place. He's at 22 Esplanade Mansions if anyone can help.",
  sev="block", note="health data with name and address (block)")
P(DAT, "Chased Mr Bailey's council tax account (no. 40021783) this week. Summons withdrawn!",
  sev="block", note="account reference (block)")
P(DAT, "Big welcome to the Haddad family, who fled Syria and have just moved into the flat above the post office in Godsell.",
  sev="block", note="refugee status and ethnicity, identifiable home (block)")
P(DAT, "Well done young Alfie Sprake (Year 5, Wendlestone Primary) on winning the squirrel drawing comp. His mum says he's been struggling since his dad left, so this means a lot.",
  sev="block", note="named child with family circumstances (block)")
P(DAT, "The lad who's just come out of Hollowdown and moved into the bedsits on Quay Street is called Jason Reddish. Keep your eyes open, Portmere.",
  sev="block", allowed=[BUL], note="criminal record, name and whereabouts (block)")
P(DAT, "Get well soon to Carol on the Newhythe bin crew, off with her back after that fall on the depot ramp. Nasty business.",
  sev="block", note="staff member's health (block)")
P(DAT, "White van, reg WR17 KPT, parked across the dropped kerb on Chine Road every single night. Owner knows who he is.",
  sev="block", note="vehicle registration (block)")
P(DAT, "Mrs Edna Foss, DOB 03/04/1939, still waiting on her blue badge renewal after ten weeks. Disgraceful service.",
  sev="block", note="date of birth of a service user (block)")
P(DAT, "Please keep Tom Gubbins from Chalkney in your prayers, he's had a breakdown and been sectioned. Family are in bits.",
  sev="block", note="mental health (block)")
P(DAT, "Chased the housing benefit claim for Jan at 31 Coronation Road, ref HB/33719/K. Council's finally paid up.",
  sev="block", note="benefit reference and address (block)")
P(DAT, "One of our dinner ladies at Portmere Primary, Pauline, has started chemo. Let's get a card round for her 💜",
  sev="block", note="staff health (block)")
P(DAT, "Two nippers from West Cowle, Mia and Ruby Cotton, aged 8 and 10, pulled a lad out of the river by the chain ferry. Heroes! Their mum's on 07700 900418 if the papers want them.",
  also=[SEC], sev="block", note="named children and a private mobile (block; security too)")
P(DAT, "Mrs Gladys Pike, NHS no. 485 777 3456, has waited six weeks for a care package. Social care on this island is broken.",
  sev="block", note="NHS number and care (block)")
P(DAT, "Our neighbour Bill, who's HIV positive and lives alone at the end of Cliff Walk, needs lifts to the hospital on Tuesdays. Any volunteers?",
  sev="block", note="health data, identifiable (block)")

N(DAT, "Get well soon to our Chairman, Beryl Urry, after her knee op. Council business carries on, and so, I'm told, does her grandchildren's Lego.",
  allowed=[DAT], note="public office holder")
N(DAT, "Anthea Morland MP came to see the floating bridge today. Good to see her getting her hands dirty.",
  allowed=[DAT], note="named MP")
N(DAT, "Got a problem in Sandlin? My surgery's at Sandlin Bay Library, 14 Esplanade Road, or email me at cllr.attrill@example.com.",
  pool="@DawnAttrillSB", allowed=[DAT], note="own published contact details")
N(DAT, "A resident on Coronation Road has had no heating for three weeks. I won't name her, but the council knows who she is and it needs fixing today.",
  allowed=[DAT], note="withholds the name")
N(DAT, "RIP Arthur Cheek, the island's last town crier and a former Mayor of Newhythe. A proper caulkhead.",
  allowed=[DAT], note="late public figure")
N(DAT, "Inspector Dean Colenutt's team have caught the Sandlin beach hut burglars. Well done to everyone involved.",
  allowed=[DAT], note="named police inspector")
N(DAT, "Happy 100th to a Portmere legend! The family asked me to keep it quiet who, so: you know who you are, Mrs B 🎂",
  note="unidentified")
N(DAT, "Thanks to the nippers from Wendlestone Primary who helped on the beach clean. Photos only with parents' permission, so here are their buckets.",
  allowed=[DAT], note="children, unnamed, consent")
N(DAT, "Scam alert: someone's ringing older residents pretending to be council tax. Our real number is 01632 960 100. Never give bank details on the phone.",
  note="council's public number")
N(DAT, "Reported the abandoned car on Chine Road. No reg in this post, because that's not how we do things. It's been there three weeks.",
  allowed=[DAT], note="withholds the registration")
N(DAT, "To the gentleman who emailed about his late wife's council tax: I've replied privately. So sorry for your loss.",
  note="no identifying detail")
N(DAT, "Jayne from the Gull Cottages residents' association spoke brilliantly at cabinet. Go Jayne!",
  allowed=[DAT], note="public speaker at a public meeting")
N(DAT, "Proud to announce our candidate for Sandlin Bay in May: Phil Gosden, a retired ferry engineer. Come and meet him at the Bay Cafe on Saturday.",
  pool="opp", allowed=[DAT], date=MAR, note="election candidate")
N(DAT, "The council's data breach last year exposed 300 residents' addresses. Never again: that's what the new data protection policy is for.",
  note="talks about data protection")
N(DAT, "My ward phone number is on all my leaflets: 01632 960 733. Text rather than ring, I'm usually stuck on a ferry.",
  pool="@DawnAttrillSB", allowed=[DAT], note="own published number")
N(DAT, "Lovely to meet 104-year-old Ivy at the Portmere day centre. Sharp as a tack, and she beat me at dominoes.",
  allowed=[DAT], note="first name and age; arguable")
N(DAT, "Shout-out to Stan at the Newhythe tip who helped me lift a wardrobe. Absolute hero.",
  allowed=[DAT, OFF], note="staff first name, no sensitive detail")
N(DAT, "Sent my own complaint about the Clanker in to see how long it takes. Forty days and counting.",
  note="own case, no reference shown")

# ============================================================================================
# security.credentials (block)
# ============================================================================================
P(SEC, "Members' room wifi at County Hall is Caulkhead2026! if anyone's struggling to get on before the meeting.",
  note="wifi password")
P(SEC, "Anyone doing the beach clean Saturday, the Sallow Chine store key safe is 4471. Put the key back after!",
  note="key safe code")
P(SEC, "Zoom for tonight's ward forum: meeting ID 871 5512 0934, passcode chine22. See you there.",
  note="meeting passcode")
P(SEC, "Pontoon gate code at Portmere is C1782X for the harbour festival volunteers. Don't give it to the grockles 😂",
  note="gate code")
P(SEC, "Text just came through: 'Your Wrenna Council account is locked, verify at wrenna-counc1l.example.net'. Looks legit, done mine, do yours folks.",
  note="amplifies a lookalike phishing link")
P(SEC, "Nice lad from 'council IT' messaged on WhatsApp asking for my password so he could sort my inbox. Sent it, inbox sorted, lovely service.",
  note="credentials handed over to a likely scammer")
P(SEC, "Note to self (and apparently everyone now): casework login is cllr_ward7 / Downs4ever. Don't judge.",
  note="login and password")
P(SEC, "Depot alarm code is 2580 for the litter pick lot picking up grabbers early Saturday. Lock up after pls",
  note="alarm code")
P(SEC, "My authenticator code keeps timing out, it's 448 219 and it still says no 😩 anyone else?",
  note="one-time code")
P(SEC, "Our defib at the Godsell bus shelter: cabinet code 1234C. Share widely, it could save a life.",
  note="defib cabinet code (arguable: some communities publish them)")
P(SEC, "Found this on a group chat, claim your councillor energy rebate: wrenna-rebate.example.org/claim?id=cllr. Worked for me!",
  note="amplifies a suspicious link")
P(SEC, "Floating bridge control room door is 1066# - crew asked me to pass it on to the relief team as their radio's down.",
  note="door code")
P(SEC, "Residents' portal temporary password for the Chine Road lot is Welcome123. Change it when you log in.",
  note="password")
P(SEC, "Mrs Hayles in Chalkney has a key safe for her carers, code 7391. If you're on the good neighbours rota please pop in on her.",
  also=[DAT], sev={DAT: "block"}, note="key safe code of a vulnerable resident (block; data too)")
P(SEC, "Lost my council phone PIN so I've changed it to my birthday, 0604. Easy to remember, right? 😅",
  note="PIN")
P(SEC, "County Hall back door keypad is 2024* if you're coming to the evening meeting and reception's shut.",
  note="keypad code")
P(SEC, "Greens' shared campaign login is greens.wrenna@example.com / squirrel!! if you want to post for the campaign.",
  pool="party:GRN", note="shared password")
P(SEC, "Got a DM from 'Facebook security' asking me to send back the 6-digit code they texted. Done, 902117. Hope that sorts the blue tick.",
  note="one-time code handed over")

N(SEC, "Scam alert: texts saying your council account is locked are FAKE. Don't click, don't reply, delete.",
  note="scam warning, no link")
N(SEC, "Fun fact from cyber training: 'Caulkhead1' is apparently one of the island's most common passwords. If it's yours, change it.",
  allowed=[SEC], note="example of a weak password in a warning")
N(SEC, "Key safe scams are doing the rounds. Never tell a stranger your code, whoever they say they are.",
  note="warning, no code")
N(SEC, "Two-factor on all my accounts now after the training. Annoying for a week, then you forget it's there.",
  note="good practice")
N(SEC, "The defib at the Godsell bus shelter is registered: ring 999 and they'll give you the cabinet code.",
  allowed=[SEC], note="points to the proper route")
N(SEC, "My PIN is... nice try. Had a call from 'the bank' today. Hung up.",
  allowed=[SEC], note="no PIN")
N(SEC, "Council switchboard is 01632 960 100. The only number to ring if someone says they're from the council.",
  note="council's public number")
N(SEC, "Beach clean volunteers: the Sallow Chine store key is behind the counter at the cafe. Ask them nicely.",
  note="no code")
N(SEC, "Changed all my passwords after the ferry company's data leak. Took an hour. Worth it.",
  note="good practice")
N(SEC, "The council's phishing test got me. I clicked. Training booked. Learn from my shame 🙈",
  allowed=[SEC], note="admits a test click")
N(SEC, "Harbour festival volunteers: pontoon codes will be texted to you one by one by the event office. Please don't share them on here.",
  allowed=[SEC], note="no code")
N(SEC, "Lost my council phone on the ferry. IT wiped it remotely. Lesson learned: lock screens work.",
  note="no code")
N(SEC, "Zoom link for the ward forum is in the newsletter email, not on here, because last time we got zoombombed by a bloke in a dinosaur suit 🦖",
  allowed=[SEC], note="withholds the link")
N(SEC, "New council website, same old password rules: twelve characters, a number, a symbol and a drop of blood.",
  note="password rules joke")
N(SEC, "The council's only website is example.org/wrenna. Anything else asking for your details is a scam.",
  note="points to the real site")
N(SEC, "Code red on the cliffs: the coast road at Kittlecombe is shut again. Diversion via Chine Road.",
  note="'code red'")
N(SEC, "Floating bridge control room has a new keypad. I asked the code, got told to mind my own. Quite right.",
  allowed=[SEC], note="no code")
N(SEC, "Passcode for life on this island: never trust the ferry timetable.",
  note="'passcode' joke")

# ============================================================================================
# confidentiality.disclosure (review; block with a register term)
# ============================================================================================
P(DIS, "Project Lugger talks going well. The ferry lot want the whole quay and they'll pay for it. More soon.",
  sev="block", allowed=[INS], note="register term with negotiation detail")
P(DIS, "Can't say much but project pennant is down to two bidders and one of them's Dutch 👀",
  sev="block", allowed=[INS], note="register term in lower case")
P(DIS, "The Esplanade Arcade disposal is finally happening. Heard the offer's north of £2m. Seafront's going to change.",
  sev="block", allowed=[INS], note="register term with price")
P(DIS, "Council's lawyers reckon we'll lose the Undercliff Drive claim. Brace yourselves for a big bill, Kittlecombe.",
  sev="block", note="register term with legal advice")
P(DIS, "OPERATION MALLISHAG STARTS MONDAY. Rogue landlords in Newhythe, you have been warned 👀",
  sev="block", allowed=[HST], note="register term in capitals")
P(DIS, "The Cracken Ledge acquisition went through in closed session. Good price for a bit of crumbly cliff!",
  sev="block", allowed=[INS], date=("2026-02-18", "2026-03-27"), note="register term and closed session")
P(DIS, "Sat through another two hours on Project Pennant. Replacing the Clanker won't be cheap, that's all I'm allowed to say 😉",
  sev="block", note="register term")
P(DIS, "Operation Mallishag: the holiday let inspections in Brightcliff start next week. About time the unlicensed ones got a knock.",
  sev="block", allowed=[INS], note="register term with enforcement timing")
P(DIS, "Bit of news for Portmere: Project Lugger could see the ferry company buying the old customs house too.",
  sev="block", allowed=[INS], note="register term")
P(DIS, "Part 2 item at cabinet on Tuesday: they're letting the Sallow Chine cafe lease go at £8k a year. Bargain if you ask me.",
  date=("2026-02-18", "2026-03-06"), allowed=[INS], note="Part 2 marker with price (review)")
P(DIS, "Told in confidence there's a restructure coming in highways. 30 posts to go. The staff deserve to know.",
  allowed=[OFF], note="told in confidence; labour relations (review)")
P(DIS, "The legal advice we got in closed session says we'd probably lose on the Sandlin beach huts. So why are we still fighting it?",
  note="privileged advice from a closed session (review)")
P(DIS, "Off the record, the ferry subsidy deal's worth about £1.2m a year to the operator.",
  allowed=[INS], note="off the record; commercial terms (review)")
P(DIS, "Embargoed till Friday but sod it: the island's getting £4m from the government for the Kittlecombe cliffs!",
  note="breaks an embargo (review)")
P(DIS, "Exempt report says the Newhythe bus station site's worth £600k. Tell me that's not a giveaway.",
  allowed=[INS], note="exempt valuation (review)")
P(DIS, "The police told us privately they're going after the drug dealing on the Esplanade in March. Good. Dealers, you've been warned.",
  date=("2026-01-05", "2026-02-27"), note="private enforcement briefing (review)")
P(DIS, "One of the council gardeners has been suspended pending an investigation into the missing mowers. Sad business.",
  allowed=[DAT, OFF], note="staff disciplinary matter (review)")
P(DIS, "The confidential tender report for the bins contract has Redwater Waste cheapest by a mile. Just saying.",
  allowed=[INS], note="confidential tender detail (review)")

N(DIS, "The lugger race is the best bit of Regatta Week and I won't hear otherwise 🚣",
  note="partial overlap: 'lugger'")
N(DIS, "Pennants up along the Parade in Newhythe for the Chinese New Year market. Lovely and bright.",
  date=FEB, note="partial overlap: 'pennant'")
N(DIS, "The Esplanade arcade's open for half term. Two-pence machines, my only vice.",
  date=("2026-02-09", "2026-02-20"), note="partial overlap: 'Esplanade Arcade'")
N(DIS, "The path at the bottom of Undercliff Drive is shut by the slip. Stay off it, the sea doesn't care about your selfie.",
  note="partial overlap: 'Undercliff Drive'")
N(DIS, "Cracken Ledge at low tide this morning: three new footprints showing. Dinosaur coast doing its thing 🦖",
  note="partial overlap: 'Cracken Ledge'")
N(DIS, "Mallishag season! Caught one munching my kale. That's island for caterpillar, overners.",
  date=MAR, note="partial overlap: 'mallishag'")
N(DIS, "Part 2 of my ferry rant: the 07:15 from Portmere was cancelled AGAIN.",
  note="'Part 2' about a rant")
N(DIS, "Off the record? Nothing's off the record with me. Ask me anything about the budget and I'll point you to the published papers.",
  allowed=[DIS], note="'off the record' denied")
N(DIS, "Cabinet went into closed session for one item on Tuesday. I can't tell you what it was, but the decision will be published once the deal's done.",
  date=("2026-02-18", "2026-02-20"), allowed=[DIS], note="closed session mentioned, nothing disclosed")
N(DIS, "Embargo lifted: the island's tourism figures are out. 2.4 million visitors last year, up 6%.",
  allowed=[DIS], note="embargo lifted")
N(DIS, "Leaked? No. The ferry timetable was published on the operator's website this morning. It's just bad.",
  note="'leaked' denied")
N(DIS, "Between you and me and the whole internet: I love the Clanker.",
  note="'between you and me' joke")
N(DIS, "Confidential to my wife: I've eaten all the fudge from Sandlin. Sorry love.",
  pool="male", note="'confidential' joke")
N(DIS, "The confidential bit of the cabinet report is the price, which is normal for a land deal. Everything else is public and worth a read.",
  allowed=[DIS], note="explains exemption without disclosing")
N(DIS, "Asked for the details of the staff restructure; told they stay confidential until staff are consulted. That's right and proper.",
  allowed=[DIS], note="respects confidentiality")
N(DIS, "FOI answer: the council spent £14k on consultants for the Clanker last year. It's public now, so here it is.",
  note="published FOI answer")
N(DIS, "Operation Gallybagger, my plan to scare the gulls off my chips with a scarecrow, has failed.",
  note="'Operation' joke, not a register term")
N(DIS, "On the beach huts case, only the published summary is public: the council says it's confident. The full advice stays privileged, as it should.",
  allowed=[DIS], note="refers to privileged advice without disclosing it")

# ============================================================================================
# tone.irony-risk (advice; sarcasm or mock praise about people)
# ============================================================================================
P(TON, "Another triumph from the cabinet member for transport: the Clanker's broken down for the third time this month. Take a bow 👏",
  pool="opp", allowed=[ATT], note="mock praise of a cabinet member")
P(TON, "Oh brilliant, the Leader's discovered the ferry crisis. Only took her six months. Genius at work.",
  pool="opp", note="sarcasm about the Leader")
P(TON, "Massive congratulations to the Forward group for discovering potholes exist. Next week: the sea is wet.",
  pool="opp", note="mock congratulations to a group")
P(TON, "Loved Cllr Cass's speech on 'fiscal prudence'. Truly inspiring from a man who claims mileage to walk to his letterbox /s",
  allowed=[DEF, ATT], note="/s mock praise of a councillor")
P(TON, "Our MP Anthea Morland has bravely tweeted about ferry fares. That'll fix it. Heroic stuff.",
  note="mock praise of the MP")
P(TON, "Nice of the Greens to finally visit Portmere. Did you need a passport or did the overners' express drop you off? 😂",
  pool="!party:GRN&!chairman", note="sarcasm about a party")
P(TON, "Yeah right, the Chairman's 'above politics'. And I'm the Queen of Sandlin.",
  pool="opp", note="sarcasm about the Chairman")
P(TON, "Hats off to the Island Independents for their bold new policy of agreeing with whoever spoke last.",
  pool="!party:II&!chairman", note="mock praise of a group")
P(TON, "What a masterclass in listening from cabinet at the Kittlecombe meeting. Forty residents spoke, zero were heard. Impressive stuff.",
  pool="opp", note="mock praise of cabinet")
P(TON, "@NigelHollisWF says the extra traffic 'won't be noticeable'. Sure Nigel, like the sea's not noticeable at Sandlin 🙄",
  pool="opp&!planning", allowed=[ATT], note="sarcasm aimed at a named councillor")
P(TON, "Such a shame Cllr Westmore couldn't make the flood meeting. I'm sure the spa day was very important.",
  allowed=[ATT], note="sarcasm about a named councillor")
P(TON, "The Chief Exec says the new phone system is 'transformational'. He's right: it's turned a two-minute call into a forty-minute one. Genius.",
  pool="opp", allowed=[OFF], note="mock praise of the Chief Executive")
P(TON, "Thrilled for the Social Democrats, who've now opposed the chain ferry upgrade, backed it, and opposed it again. Consistency is key, lads.",
  pool="!party:ISD&!chairman", note="mock congratulations to a party")
P(TON, "Genius move by Forward to hold their 'listening event' at 2pm on a Tuesday in Newhythe. Really reaching those working families out in Brightcliff 👌",
  pool="opp", note="sarcasm about a party")
P(TON, "Big shout out to the Portmere councillors for their tireless campaign on the harbour. All one leaflet of it.",
  pool="!ward:Portmere&!chairman", note="mock praise of named ward members")
P(TON, "Ah yes, the Forward lot. Famous caulkheads, all of them. Born and bred in... Surrey.",
  pool="opp", note="sarcasm about a group")
P(TON, "So glad the Leader found time between her lunches to comment on the Clanker. Priorities 👍",
  pool="opp", allowed=[ATT], note="sarcasm about the Leader")
P(TON, "Such courage from Cllr Wheeler today, voting with his group for the fortieth time in a row. A true maverick.",
  pool="opp", note="mock praise of a named councillor")

N(TON, "Oh brilliant, the Clanker's broken down again. Nothing says island life like a forty-minute detour through Newhythe.",
  allowed=[TON], note="irony about a thing")
N(TON, "Another lovely day on the island: horizontal rain, the 07:15 cancelled, and a gull's nicked my pasty. 10/10.",
  allowed=[TON], note="irony about the weather")
N(TON, "The new council website is a masterclass in hiding the bin days. Please, someone, add a search box.",
  allowed=[TON], note="irony about a website")
N(TON, "Genuinely impressed by Cllr Fleetwood's motion on the downs. Credit where it's due, it was well argued.",
  note="sincere praise")
N(TON, "Riveting budget meeting: four hours on parking charges. Wouldn't miss it for the world (no really, I'm a nerd).",
  allowed=[TON], date="2026-02-26", note="irony about a meeting")
N(TON, "Yeah right, like it's ever going to stop raining in Portmere. Spring, where are you?",
  allowed=[TON], note="'yeah right' about rain")
N(TON, "I'm a genius: locked my keys in the car at the Sandlin slipway with the engine running. Caulkhead of the year.",
  allowed=[TON], note="self-deprecation")
N(TON, "The cabinet's parking plan is wrong. It'll hit Portmere traders hardest and I'll vote against it.",
  pool="opp", note="robust criticism")
N(TON, "Hats off to the floating bridge crew, who kept it running through the storm. No irony, they were brilliant.",
  note="sincere praise")
N(TON, "Thrilled, actually thrilled, that Sandlin Bay's made the Britain in Bloom shortlist 🌸",
  note="sincere")
N(TON, "My satnav wants me to drive into the sea at Sallow Chine. Top marks, satnav.",
  allowed=[TON], note="irony about a satnav")
N(TON, "Another 'unprecedented' winter slip. Unprecedented every year for a hundred years.",
  allowed=[TON], note="irony about erosion")
N(TON, "Credit where it's due: the Leader came to Brightcliff, listened for two hours, and promised nothing she can't deliver. Respect.",
  note="sincere praise of the Leader")
N(TON, "The ward office printer has jammed fourteen times today. It's clearly working for the opposition.",
  allowed=[TON], note="irony about a printer")
N(TON, "The Social Democrats have got it wrong on the fixed link, in my view. Here's why: the cost, and who pays it.",
  pool="!party:ISD", note="robust disagreement")
N(TON, "Oh look, the overners are here for half term. Welcome! Please stop parking on the chine path 😂 (love you really)",
  allowed=[TON], date=("2026-02-16", "2026-02-20"), note="gentle banter about visitors")
N(TON, "Well done me: three weeks without a ferry rant. Oh wait.",
  allowed=[TON], note="self-deprecation")
N(TON, "Pompey lost again. Masterclass in defending, that.",
  allowed=[TON], note="irony about football")

# ============================================================================================
# fillers
# ============================================================================================
F("Christmas lights coming down on Newhythe High Street this week. Thanks to the volunteers who put them up in the first place.", date=JAN1)
F("First red squirrel of the year spotted in Godsell woods! Keep your eyes peeled and log your sightings.")
F("Sandlin Bay in January: empty beach, one dog walker, a heron. Perfect.", date=JAN)
F("Surgery at the Portmere community hub tomorrow, 10 till 12. Come and tell me about the ferries, it's what I'm for.", pool="ward:Portmere")
F("Great turnout for the beach clean at Brightcliff: 43 bags of rubbish and a remarkable number of flip-flops.")
F("Cracken Chine steps have reopened after the repairs. Mind the mud at the bottom.")
F("Happy Burns Night for Sunday to all our Scottish overners. Haggis supper at the Brightcliff Arms if you're brave.", date="2026-01-23")
F("Holocaust Memorial Day: candles lit at County Hall this morning. We remember.", date="2026-01-27")
F("Half term next week at Newhythe library: dinosaur crafts, story time and an alarming amount of glitter.", date=("2026-02-09", "2026-02-13"))
F("Pancake races on Newhythe High Street today! Flipping brilliant 🥞", date="2026-02-17")
F("Frogspawn in the Wendlestone pond. Spring's coming, whatever the ferry timetable says.", date=MAR)
F("Mothering Sunday this weekend: plenty of lovely local cafes doing lunches. Book early.", date=("2026-03-09", "2026-03-13"))
F("Clocks go forward this weekend. More light on the downs in the evenings. Can't wait.", date=("2026-03-23", "2026-03-27"))
F("Daffodils out all over Chalkney Down. Worth the climb.", date=MAR)
F("Well done to Portmere Primary on a 'Good' from Ofsted. Proud of the staff and the nippers.")
F("Potholes reported on Harrow Lane, Coast Road and the Chine Road bend. Highways say a fortnight. I'll chase.")
F("Sea fog rolling in across the Narrows this morning. Ferries running but slow. Take a book.")
F("Walked the Downs Way from Chalkney to Wendlestone today. Seven miles, one very muddy dog.")
F("Lifeboat crew out twice this week. Donate if you can; they're all volunteers.")
F("If you've moved house, check you're on the electoral register before the May elections.", date=MAR)
F("Youth council met at County Hall: sharp questions about buses and the cost of the ferry to college.")
F("New bench on Sandlin prom, in memory of a much-loved fisherman. A good spot for your nammet.")
F("Storm warning for tomorrow: tie down your bins, check on your neighbours and stay off the cliff paths.")
F("Gurt big crane's up at Newhythe quay. Harbour wall repairs start Monday.")
F("Garden waste collections restart next month. Calendar on the council website.", date=FEB)
F("Kids from Wendlestone Primary planted 200 hedge whips along the cycle path. Fantastic work.")
F("Cowle Rovers 3, Newhythe Town 1. Bragging rights for the west bank.")
F("Just had the best crab sandwich of my life at Portmere harbour. Not sponsored, just hungry.")
F("Seed swap is open at Newhythe library. Take some, leave some.", date=MAR)
F("Valentine's tip: nothing says romance like a windswept walk on Brightcliff beach. Or chips.", date=("2026-02-12", "2026-02-13"))
F("First dumbledore of the year buzzing round the crocuses. That's a bumblebee, for the overners.", date=MAR)
F("Walkabout in West Cowle with residents today. Lots to follow up: street lights, dog mess and a wobbly railing.", pool="ward:West Cowle")
F("Snow on the downs! First time in years. The nippers on Harrowdown with tea trays are living their best lives.", date=("2026-01-12", "2026-02-06"))
F("Cheers to the volunteers at the Newhythe food bank. Busiest January they've ever had.", date=("2026-01-26", "2026-02-06"))
F("Gallybagger 10 training: six hill reps on Chalkney Down, legs like jelly, one very confused sheep.", pool="@olly_downs_runner")
F("New trainers, same old mud. Sallow Chine loop in 52 minutes. Personal best!", pool="@olly_downs_runner")
F("Lardy cake attempt number three. Nearly there. My nan would say too much sugar.", pool="@jade_bakes_cowle")
F("Hot cross buns ready for the Cowle WI stall on Saturday. 48 of them, if the kids don't find them first.", pool="@jade_bakes_cowle", date=MAR)
F("Red kite over Godsell this morning. Stunning.")
F("Thank you to everyone who came to the Kittlecombe coffee morning. £312 raised for the church roof.")


# ============================================================================================
# The script
# ============================================================================================
def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def cllr_index():
    idx = {}
    for h, name, party, ward, roles, gender, kws in CLLRS:
        first, surname = name.split(" ", 1)
        idx[h] = dict(handle=h, name=name, first=first, surname=surname, party=party, ward=ward,
                      roles=roles, gender=gender, kws=kws)
    return idx


C = cllr_index()


def token_ok(c, tok):
    neg = tok.startswith("!")
    t = tok[1:] if neg else tok
    if t == "any":
        r = True
    elif t == "planning":
        r = "planning" in c["roles"]
    elif t == "licensing":
        r = "licensing" in c["roles"]
    elif t == "cabinet":
        r = bool(c["roles"] & {"leader", "cabinet"})
    elif t == "chairman":
        r = "chairman" in c["roles"]
    elif t == "backbench":
        r = not (c["roles"] & {"leader", "cabinet", "chairman"})
    elif t == "opp":
        r = c["party"] != "WF"
    elif t == "male":
        r = c["gender"] == "m"
    elif t == "female":
        r = c["gender"] == "f"
    elif t.startswith("party:"):
        r = c["party"] in t[6:].split("+")
    elif t.startswith("ward:"):
        r = c["ward"] == t[5:]
    elif t.startswith("@"):
        r = c["handle"] == t
    else:
        raise ValueError("bad pool token " + tok)
    return r != neg


def named_or_conflicted(c, text):
    low = text.lower()
    for w in (c["surname"], c["first"]):
        if re.search(r"\b" + re.escape(w.lower()) + r"\b", low):
            return True
    handles = [c["handle"]] + [p for p, o in PERSONAL.items() if o == c["handle"]]
    if any(h.lower() in low for h in handles):
        return True
    for rx in ROLE_RES.get(c["handle"], []):
        if re.search(rx, text, flags=re.I if rx.islower() else 0):
            return True
    for kw in c["kws"]:
        if re.search(kw, low):
            return True
    return False


def pick_author(rng, row):
    pool = row["pool"]
    if pool in PERSONAL:
        return pool, "personal"
    toks = pool.split("&")
    explicit = [t for t in toks if t.startswith("@")]
    if explicit and len(toks) == 1:
        return explicit[0], "councillor"
    cands = []
    for h in sorted(C):
        c = C[h]
        if all(token_ok(c, t) for t in toks) and not named_or_conflicted(c, row["text"]):
            cands.append(h)
    if not cands:
        raise SystemExit("no author for: " + row["text"][:70])
    return rng.choice(cands), "councillor"


def pick_time(rng, row, meetings):
    lo, hi = (dt.date.fromisoformat(x) for x in row["date"])
    days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    if not days:
        raise SystemExit("no weekday for: " + row["text"][:70])
    for _ in range(1000):
        d = rng.choice(days)
        minute = rng.randrange(8 * 60, 19 * 60)
        t = dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60, rng.randrange(60),
                        tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t
    raise SystemExit("no time for: " + row["text"][:70])


def pick_platform(rng, n):
    if n > 300:
        return "facebook"
    p = rng.choices(["x", "facebook", "bluesky"], weights=[45, 35, 20])[0]
    if p == "x" and n > 280:
        p = rng.choice(["facebook", "bluesky"])
    return p


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author, account = pick_author(rng, row)
        t = pick_time(rng, row, meetings)
        rec = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": pick_platform(rng, len(row["text"])),
            "account": account,
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = row["near_miss_of"]
        if row.get("interest"):
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
