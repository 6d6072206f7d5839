#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b131 (Penrosveth District Council).

Every text, label and note below was written by hand by an independent writer.
The script only assigns authors, platforms and timestamps (fixed seed), shuffles
the rows and gives them ids B131-NNNN. Running it twice writes identical bytes.
"""
import csv
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 13100
SET = "B131"

# ---------------------------------------------------------------- councillors
# handle: (name, party, ward, sex, roles, committees)
C = {
    "@MorwennaTregenza": ("Morwenna Tregenza", "KF", "Porthvellan Harbour", "f", {"leader", "cabinet"}, set()),
    "@DerekPascoeKF": ("Derek Pascoe", "KF", "Porthvellan Harbour", "m", {"cabinet", "finance"}, set()),
    "@JennaAngoveKF": ("Jenna Angove", "KF", "Lanvose", "f", {"cabinet", "environment"}, set()),
    "@CllrChenoweth": ("Trevor Chenoweth", "KF", "Carnvellow", "m", {"chairman"}, set()),
    "@ColinBolithoKF": ("Colin Bolitho", "KF", "Treloskan", "m", {"planchair"}, {"planning"}),
    "@ElaineHockingGwelvor": ("Elaine Hocking", "KF", "Gwelvor", "f", set(), {"planning"}),
    "@RobJagoBosvennick": ("Rob Jago", "KF", "Bosvennick", "m", set(), {"planning", "licensing"}),
    "@LovedayNanceKF": ("Loveday Nance", "KF", "Carnvellow", "f", {"licchair"}, {"planning", "licensing"}),
    "@TamsinCurnowPP": ("Tamsin Curnow", "PP", "Carnmenna", "f", {"oppleader"}, set()),
    "@GaryTreziseCarnmenna": ("Gary Trezise", "PP", "Carnmenna", "m", set(), {"planning"}),
    "@KerensaPolglase": ("Kerensa Polglase", "PP", "Polgrean", "f", set(), {"licensing"}),
    "@MikeLaityPP": ("Mike Laity", "PP", "Polgrean", "m", set(), {"planning"}),
    "@SianKittoPP": ("Sian Kitto", "PP", "Porthvellan Town", "f", set(), {"licensing"}),
    "@DemelzaOpieGreen": ("Demelza Opie", "GRN", "Porthvellan Town", "f", set(), {"planning"}),
    "@OllieFairweatherGreen": ("Ollie Fairweather", "GRN", "Gwelvor", "m", set(), {"licensing"}),
    "@PeteTrewhellaInd": ("Pete Trewhella", "IND", "Treloskan", "m", set(), set()),
    "@JanEddyLanvose": ("Jan Eddy", "IND", "Lanvose", "f", set(), {"planning"}),
    "@BevCarneInd": ("Bev Carne", "INDEP", "Bosvennick", "f", set(), {"licensing"}),
}
PERSONAL = {"@pilchard_pete": "@PeteTrewhellaInd", "@loveday_bakes": "@LovedayNanceKF"}
HANDLES = sorted(C)

# Words that show a post touches a registered interest: the holder is never picked
# by the script for such a post (declared-interest rows set the holder by hand).
INTEREST_WORDS = {
    "@JanEddyLanvose": ["fishermen", "fisherman", "fishing", "fish market", "harbour dues", "co-op", "quota", "quotas"],
    "@OllieFairweatherGreen": ["surf club", "slsc", "lifeguard", "life saving", "lifesaving"],
    "@CllrChenoweth": ["quarry", "granite"],
    "@DemelzaOpieGreen": ["kowethas", "cornish language", "cornish-language", "kernewek", "bilingual"],
    "@MikeLaityPP": ["engine house"],
    "@ColinBolithoKF": ["holiday let", "second home", "second-home", "zawn"],
    "@TamsinCurnowPP": ["carn housing", "housing trust", "affordable homes"],
    "@DerekPascoeKF": ["chandlery", "chandler", "pontoon", "marina"],
    "@ElaineHockingGwelvor": ["café", "cafe", "concession"],
    "@RobJagoBosvennick": ["higher bosvennick", "farm"],
    "@SianKittoPP": ["taxi", "taxis", "cab", "cabs", "cabbie", "cabbies"],
    "@GaryTreziseCarnmenna": ["union", "pay offer", "strike", "picket"],
    "@JennaAngoveKF": ["gig", "gigs", "rowing", "slipway"],
}
# Roles a post may name: their holders never write it.
ROLE_WORDS = {
    "leader": ["the leader", "council leader", "leader's"],
    "chairman": ["chairman"],
    "finance": ["cabinet member for finance", "finance portfolio"],
    "environment": ["cabinet member for environment", "harbours portfolio"],
    "planchair": ["chair of planning", "planning chair"],
    "licchair": ["chair of licensing", "licensing chair"],
    "oppleader": ["opposition leader", "people's penrosveth leader"],
}
MALE_CUES = ["my wife", "my missus", "proud dad", "me and the wife"]
FEMALE_CUES = ["my husband", "my hubby", "proud mum", "me and the husband"]

SEV = {
    "officers.impartiality": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review",
    "interests.declared-interest": "review",
    "tone.irony-risk": "advice",
    "security.credentials": "block",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def P(rule, text, who="any", also=(), allowed=(), verdict=None, note="", date=None,
      interest=None, hours=None):
    rules = [rule] + list(also)
    if verdict is None:
        verdict = max((SEV[r] for r in rules), key=ORDER.get)
    ROWS.append(dict(text=text, who=who, rules=rules, allowed=list(allowed), verdict=verdict,
                     family=rule, kind_of_row="positive", near=None, interest=interest,
                     note=note, date=date, hours=hours))


def H(near, text, who="any", allowed=(), note="", date=None, hours=None):
    ROWS.append(dict(text=text, who=who, rules=[], allowed=list(allowed), verdict="ok",
                     family=near, kind_of_row="hard_negative", near=near, interest=None,
                     note=note, date=date, hours=hours))


def F(text, who="any", note="", date=None, hours=None):
    ROWS.append(dict(text=text, who=who, rules=[], allowed=[], verdict="ok", family=None,
                     kind_of_row="filler", near=None, interest=None, note=note, date=date,
                     hours=hours))


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"

EARLY_JAN = ("2026-01-05", "2026-01-09")
JAN = ("2026-01-05", "2026-01-30")
PRE_CAB1 = ("2026-01-05", "2026-01-26")
PRE_BUDGET = ("2026-01-28", "2026-02-23")
POST_BUDGET = ("2026-02-25", "2026-03-27")
MARCH = ("2026-03-02", "2026-03-27")
BEFORE_MARCH = ("2026-01-05", "2026-02-27")

# ---------------------------------------------------------------- the rows (hand-written)
# ============================================================ officers.impartiality
P(OFF, "Neil Roskilly's report on the Harbour Road homes reads like the developer wrote it and he just signed the bottom. Head of Planning? Head of Nodding Through, more like. Rewrite it, Neil.",
  who="opp", allowed=[PA], note="Names the Head of Planning, questions his neutrality and presses him to rewrite a report; insult allowed. Names a pending site but gives no view on its merits.")
P(OFF, "Three times now I've asked Hayley Tonkin to change her recommendation on the Lanvose harbour steps, and three times she's said no. Officers work for us, my 'ansum, not the other way round. I'll be asking again dreckly.",
  note="Pressing a named officer to change her advice.")
P(OFF, "Our harbour master seems to think the Porthvellan moorings list is his own private club. Marcus, somebody needs to remind you who pays your wages, and it isn't your mates on the quay.",
  allowed=[PA], note="Named officer (first name and role) criticised in public.")
P(OFF, "Funny how every licensing report Gemma Uren writes comes down on the side of the big operators. Whose side is she on? Not the people of Porthvellan Town, that's for sure.",
  allowed=[DEF], note="Questions a named officer's neutrality.")
P(OFF, "Anita Kemp says the reserves 'cannot support' holding harbour dues where they are. I don't believe her numbers and I've told her to go back and find the money before the budget, not after. Not good enough from a finance director.",
  who="opp", date=PRE_BUDGET, note="Named s151 officer: disputing her advice in public and pressing her to change it.")
P(OFF, "Our Cornish language officer should be out there fighting for Kernewek, not sitting on the fence about bilingual street signs because it's 'politically sensitive'. Lowenna, pick a side, maid. We're all waiting.",
  note="Named officer (first name and role) pressed to take a political side.")
P(OFF, "Six weeks. Six WEEKS for environmental health to answer about the sewage stink on the Gwelvor slip. Dave Rodda, I'm looking at you. Proper job it is not.",
  allowed=[HASTE], note="Named officer blamed in public; one word in capitals.")
P(OFF, "Our Chief Executive briefed cabinet against our second homes motion before it had even been debated. An officer taking sides in a political fight. Rachel Penhaligon should be ashamed of herself.",
  who="opp", allowed=[PA], note="Questions the Chief Executive's political neutrality by name.")
P(OFF, "Right, I've had enough. Carnmenna has had missed bins three weeks out of the last five, the bottle bank on Wheal Row is overflowing into the road, and nobody's seen the street sweeper since before Christmas. Meanwhile Porthvellan gets swept twice a day so the emmets have somewhere nice to drop their chip papers. Paul Bassett's waste team have let Carnmenna go to rack and ruin. Head of Waste? Head of Porthvellan's waste, more like. I've asked for him to come to the next ward meeting and explain himself.",
  allowed=[PA], note="Named head of service criticised and mocked.")
P(OFF, "The Monitoring Officer's so-called advice that I shouldn't speak on the quarry traffic is his opinion, not the law. Stuart Vosper has been wrong before and he's wrong now. I'll be speaking.",
  note="Publicly disputes a named officer's advice. Not by the quarry interest holder.")
P(OFF, "Comms team have sat on our press release about the Polgrean bus cuts for eight days now. Funny how Kirsty Blamey's lot are quick enough to get the Leader's photo ops out the door.",
  who="opp", note="Questions the neutrality of the named Head of Communications.")
P(OFF, "The planning officer on the Clifftop Field site visit was laughing and joking with the agent like they were old mates from the rugby club. Not a good look at all. I've asked for a different case officer.",
  who=["ward:Treloskan", "notplanning"], allowed=[DEF], note="Officer identifiable by role and case; neutrality questioned in public. Names a pending site but states no view on the application.")
P(OFF, "Message to the officers writing the Gwelvor parking review: you've been told loud and clear what residents want. Change the recommendation, or we'll change it for you at scrutiny.",
  allowed=[BUL], note="Pressing officers to change their recommendation.")
P(OFF, "In four years our Head of Planning has not once recommended refusal for a second-home scheme. Not once. Either he's in love with Rightmove or somebody's leaning on him. Which is it, Neil?",
  allowed=[DEF, PA], note="Insinuates improper pressure on a named officer.")
P(OFF, "Had the licensing manager on the phone this morning trying to tell me the Lanvose chip van doesn't need street trading consent. Rubbish. Gemma, read your own policy, my bird.",
  note="Named officer (first name and role) contradicted in public.")
P(OFF, "Hayley Tonkin has 'no objection' to yet another holiday let conversion in Porthvellan Town. Hayley lives in Truro. I bet she'd object quick enough if it was her street going dark every winter.",
  allowed=[PA], note="Personal criticism of a named senior planning officer.")
P(OFF, "The s151 officer's budget paper is a political document dressed up as a technical one. Anita should stick to the sums and leave the politics to the people who get elected.",
  who="opp", date=PRE_BUDGET, note="Questions the neutrality of the s151 officer by role and first name.")
P(OFF, "Why does the harbour master get to decide who has a berth in Porthvellan? Last two berths went to his pals off the fishing boats, so I hear. I want an independent review of every decision Marcus Hosking has made this year. It's long overdue, and I'll be putting a motion to council to get one.",
  allowed=[DEF], note="Named officer's decisions attacked in public with an insinuation of favouritism.")

H(OFF, "Huge thanks to Hayley Tonkin and the planning team for staying late on Thursday to help the Carnmenna residents understand the appeal process. Proper job, my 'ansum.",
  allowed=[OFF], note="Thanks to a named officer.")
H(OFF, "Dydh da and a warm welcome to Lowenna Mitchell, our new Cornish language officer! Looking forward to working with you on the bilingual signs project.",
  allowed=[OFF], note="Welcome for a named officer.")
H(OFF, "I disagree with the recommendation in the Gwelvor parking review and I'll be saying so at scrutiny, on the record, with my reasons. That's what scrutiny is for. The report's here: https://example.org/gwelvor-parking",
  allowed=[OFF], note="Disagreement with a report in the proper forum; no officer named or pressed.")
H(OFF, "Seeing a lot of nastiness online about our harbour master over the moorings list, and some of it is very personal. Please stop. Marcus applies a policy that WE set as councillors: the list, the nine-year wait, the rules on taking over your dad's berth. If you don't like the policy, and plenty of us don't, blame the councillors, me included, and come to the harbour forum on the 12th to say so. Leave the staff alone. They live here too, and their kids go to the same schools as ours.",
  allowed=[OFF], note="Defends a named officer; shares words with the harbour master positives.")
H(OFF, "Whose side is this council on? Not Carnmenna's. The cabinet has cut our bus subsidy again and the 17 now stops at six. A political choice by politicians.",
  who="ward:Carnmenna", note="Phrase 'whose side' about the cabinet's decision; no officer.")
H(OFF, "Cabinet's decision to close Polgrean library two days a week is wrong, and I'll keep saying so. It's not the fault of the staff who'll have to carry it out, they're gutted too.",
  who="opp", note="Robust criticism of a cabinet decision; mentions staff only sympathetically.")
H(OFF, "After 31 years in environmental health, Dave Rodda retires this week. He's inspected every pasty kitchen from Lanvose to Bosvennick and lived to tell the tale. Happy retirement, my 'ansum!",
  allowed=[OFF], note="Named officer thanked on retiring.")
H(OFF, "The Head of Planning was quite right at committee to say he won't discuss live applications outside the meeting. Ask me instead, I'm the one who gets the votes and the grief.",
  allowed=[OFF], note="Supports an officer's proper stance.")
H(OFF, "Asked the finance team for the harbour dues figures on Monday, had a full breakdown by Wednesday. Say what you like about the council, that's service.",
  note="Praise of an unnamed team.")
H(OFF, "Head of Nodding Through? No. It's the planning COMMITTEE that approves things, not the officers. If you're angry about the Treloskan second homes, point it at us councillors.",
  who="planning", allowed=[OFF, HASTE], note="Shares a phrase with a positive but defends officers; one word in capitals.")
H(OFF, "Our Chief Exec Rachel Penhaligon will be at Carnvellow village hall on Thursday at 2 to answer questions about the quarry lorries. Come along and bring your questions (and a saffron bun).",
  allowed=[OFF], note="Neutral notice naming the Chief Executive.")
H(OFF, "Putting a question to full council about why the Porthvellan moorings list takes nine years. Not a dig at anyone in the harbour office, mind: it's the rules we wrote that are the problem.",
  date=PRE_BUDGET, allowed=[OFF], note="Policy criticism that expressly spares officers.")
H(OFF, "Anita Kemp's budget briefing for all members was crystal clear, and she took every question. I still don't agree with the cabinet's choices, but nobody can say we weren't given the numbers.",
  who="opp", date=PRE_BUDGET, allowed=[OFF], note="Praise of a named officer alongside criticism of the cabinet.")
H(OFF, "Our licensing policy is from 2014, before half the beach bars in the district existed. It needs rewriting, and I've put a motion down for March to get it started.",
  note="Criticism of a policy, not of officers.")
H(OFF, "To whoever in the civic centre handed in my dad's wallet from the car park yesterday: you're a star. Didn't get your name, but thank you, my lover.",
  note="Thanks to an unnamed member of staff.")
H(OFF, "The Monitoring Officer has advised me not to take part in the quarry traffic item because of my brother's job there. I'll follow that advice, even though it's my own ward.",
  allowed=[OFF, INT], note="Follows an officer's advice; a non-registrable family interest.")
H(OFF, "Officers have published the sea wall condition report. Forty pages, but worth a read over your crib if you live on the front: https://example.org/sea-wall-report",
  note="Neutral pointer to an officers' report.")
H(OFF, "People asking why nobody at the council will 'just tell' them how the Treloskan lodges will be decided. Officers can't pre-judge it and neither can the committee. The report comes out a week before the meeting.",
  allowed=[OFF], note="Explains officers' neutrality; names a pending matter without any view.")
# ============================================================ resources.political-use
P(RES, "Running off the People's Penrosveth leaflets for Carnmenna on the photocopier in the members' room this afternoon. Cheers council, proper job! Free printing, can't beat it.",
  who="PP", note="Party leaflets printed on council equipment.")
P(RES, "Kernow First canvassers: we're meeting in Committee Room 2 at the civic centre, half five Thursday, before we head out round Porthvellan. Bring comfy shoes, I'll bring the pasties.",
  who="KF", note="Council meeting room used for party canvassing.")
P(RES, "Want to help the Greens' campaign in Porthvellan Town this spring? Drop me a line on my council email and I'll add you to the volunteer rota.",
  who="GRN", note="Council email used for party campaigning.")
P(RES, "Typed this up on the council laptop on the train back from Truro: vote Kernow First in May, because Porthvellan deserves better than People's Penrosveth promises and nothing else.",
  who="KF", note="Party message written on council equipment.")
P(RES, "Big thanks to the member services team for formatting our Independents' spring newsletter this week. Couldn't have done it without them, they're some quick!",
  who="IND", note="Council staff time used for a party newsletter.")
P(RES, "Greens' street stall on Gwelvor front this Saturday! We've borrowed the council's gazebo and the banner stands from the tourist information office, so you can't miss us. Emmets welcome too.",
  who="GRN", note="Council equipment used for a party stall.")
P(RES, "Our People's Penrosveth survey is going out through the council's franking machine this week. Saves us a fortune in stamps. Keep an eye on your doormats, Polgrean!",
  who="PP", note="Council postage used for party mail.")
P(RES, "Kernow First group meeting in the civic centre members' lounge this afternoon to plan the May campaign. Good turnout, good ideas, and a proper plan for every ward from Lanvose to Bosvennick. The council's even put the tea and biscuits on for us, which is handy. Canvassing starts in earnest next week, so if you want a Kernow First poster for your window, or you fancy a walk round with us on a Saturday morning, drop me a message. Onwards!",
  who="KF", note="Council room and catering used for party campaign planning.")
P(RES, "Stuck the council crest on our Kernow First leaflet because it looks smarter than our own logo. Nobody's complained yet!",
  who="KF", note="Council logo on party material.")
P(RES, "New Green campaign video is up! We filmed it in the council chamber after hours (cheers to the caretaker for letting us in). Vote Green in May for cleaner beaches. 🌊",
  who="GRN", note="Council chamber and staff help used for a party video.")
P(RES, "Borrowed the council pool car for the day to get round the Bosvennick farms with our Independent manifesto. Saved me a fortune in diesel, and the lanes didn't scratch it. Much.",
  who=["ward:Bosvennick", "opp"], note="Council vehicle used for campaigning.")
P(RES, "Comms team, any chance you can boost this on the council pages? 👇 People's Penrosveth have a plan to cap second homes in every village. Share it far and wide, my 'ansums.",
  who="PP", note="Asks council communications staff to promote party content.")
P(RES, "Kernow First team: the Porthvellan canvass sheets are on the council shared drive, in the 'Members – Porthvellan' folder. Print them off at the civic centre and we'll go out Saturday.",
  who=["KF", "ward:Porthvellan Harbour"], note="Council IT and printing used for canvassing.")
P(RES, "Working on our election literature at my desk in the members' room between meetings. Proper job having a printer that works for once. Leaflets done by tea time.",
  who="opp", note="Council office and printer used for election literature.")
P(RES, "Want a Green poster for your window? I've left a pile behind the counter at the council's Gwelvor one-stop shop. Just ask the staff, they know where they are.",
  who=["GRN", "ward:Gwelvor"], note="Council premises and staff used to hand out party posters.")
P(RES, "Shout out to the IT lads at the civic centre who set up the People's Penrosveth mailing list on the council system for us. Sorted in an hour. Legends.",
  who="PP", note="Council IT staff and systems used for a party mailing list.")
P(RES, "Independents' campaign launch on Friday in the canteen at the Carnvellow council depot. The depot manager's lending us the PA system and there'll be pasties. Come along!",
  who="IND", note="Council depot and equipment used for a party launch.")
P(RES, "Got the council's graphics team to knock up our 'Fighting for Porthvellan' Kernow First banner on a quiet afternoon. Looks 'ansum, doesn't it? Going up on the quay this weekend.",
  who="KF", note="Council staff time used on a party banner.")

H(RES, "Ward surgery this Saturday at Polgrean Methodist hall, 10 till 12. It's a People's Penrosveth drop-in as well, so the party's paying for the room, not the council. That's how it should be.",
  who="PP", note="Party event paid for by the party.")
H(RES, "Before anyone asks: our Green leaflets were printed by a proper printer in Hayle and paid for by the local party. Not a sheet of council paper in sight.",
  who="GRN", allowed=[RES], note="Party leaflets expressly not on council resources.")
H(RES, "Council surgery at the Gwelvor one-stop shop on Friday, 2 till 4. All residents welcome, whoever you vote for. This one's council business, not party business.",
  who="ward:Gwelvor", note="Ward surgery in a council building with no party content.")
H(RES, "Out canvassing in Carnmenna tonight with the team. Bitter cold, but folk are some friendly when you knock. Thank you to everyone who stopped for a chat.",
  who="ward:Carnmenna", note="Campaigning with no council resources.")
H(RES, "Someone asked why I don't use my council email for party stuff. Simple: it's not allowed and it's not right. Party emails come from my own account, always have.",
  allowed=[RES], note="States the rule.")
H(RES, "Kernow First group catch-up tonight in the back room of the Ship in Lanvose, our usual spot. The round's on whoever lost the pasty-eating bet. (It was me.)",
  who="KF", allowed=[HASTE], note="Party meeting in a pub; mentions a round of drinks.")
H(RES, "New council laptops arrived for members today. Lovely machines. 'Strictly council work only,' says IT. Fair enough: the leaflets will be written on my knackered old one at home.",
  allowed=[RES], note="Keeps party work off council equipment.")
H(RES, "Greens' campaign launch, Saturday 11am at Gwelvor Reading Rooms (hired and paid for by the party). Come and hear our plan for the beaches, and have a coffee.",
  who="GRN", note="Party event at a hired room.")
H(RES, "The council's graphics team did a smashing job on the St Piran's Day flyers for the civic celebrations on the 5th. Gool Peran lowen, everyone!",
  date=("2026-02-23", "2026-03-05"), note="Council staff on a council event, no party content.")
H(RES, "The council chamber was lent to Penrosveth Youth Council for their mock debate on second homes this week. Fair play to the sixth formers, sharper than some of us.",
  note="Council room used for a non-party civic event.")
H(RES, "Our leaflets are going out across Porthvellan Town this week: printed, folded and paid for by volunteers. Thank you all, proper job.",
  who=["ward:Porthvellan Town"], note="Party material paid for by volunteers.")
H(RES, "Borrowed the council's litter pickers and hoops for the Lanvose beach clean on Saturday. Open to everyone, no rosettes, just bin bags. 10am by the lifeboat house.",
  allowed=[RES], note="Council equipment for a non-party community event.")
H(RES, "In the civic centre all day Tuesday doing casework. If you're a resident with a problem, drop in. If you're a party activist after leaflets, wrong day, wrong building! 😄",
  allowed=[RES], note="Keeps party work out of the civic centre.")
H(RES, "The council's logo is on the new harbour signs, as it should be: they're council signs. Bit different from sticking it on a party leaflet, which I'd never do.",
  allowed=[RES], note="Mentions the logo correctly.")
H(RES, "Council meeting rooms can now be booked online, and community groups get them free on weekdays. Good move. Booking page: https://example.com/rooms",
  note="Neutral notice about council rooms.")
H(RES, "Filmed my little budget video on Porthvellan quay, phone propped on a lobster pot, no council kit involved. Whoever you vote for in May, do vote.",
  note="Political video explicitly without council resources.")
H(RES, "Reminder to fellow members: the pre-election period starts in March. After that the council won't put out anything that looks political, and neither should we use council kit for campaigning.",
  allowed=[RES], note="Reminder of the rule.")
H(RES, "Party leaflets ready, delivery rounds sorted. Huge thanks to the volunteers who gave up their Sunday afternoon folding in my front room. Tea and heavy cake were on me. For anyone wondering how it works: the party pays for the printing, the volunteers give their time, and nothing comes from the council, not a sheet of paper or a minute of staff time. That's the rule, and it's the right rule. Rounds go out from Tuesday; if you can spare an hour, let me know.",
  who="opp", allowed=[RES], note="Party campaigning at home; states the rule on council resources.")
# ============================================================ position.improper-advantage
P(POS, "As your councillor I can get your planning application bumped up the list. Just message me the reference and leave it with me.",
  note="Offers to fast-track through the role.")
P(POS, "Need a roofer? Use my son-in-law's firm, Pengelly Roofing. They're good, and I'll have a word so building control don't give you any grief.",
  allowed=[INT], note="Promotes a connected firm and offers influence over building control.")
P(POS, "Any Lanvose crews struggling for a berth, drop me a message. I'll have a quiet word at the harbour office and it's sorted, never mind the waiting list.",
  allowed=[OFF], note="Offers to bypass the moorings list.")
P(POS, "Holiday let owners in Treloskan: I know a lot of you are worried about the new licensing inspections starting this spring, and I understand why. Some of you have been letting for twenty years without anyone asking to see a fire blanket. So here's my offer. Come and see me privately, not at the surgery, just give me a ring. I know how these things get scheduled, and I know how to make sure your place isn't first in the queue. Can't say fairer than that.",
  who="ward:Treloskan", note="Offers to use the role to shield owners from inspection.")
P(POS, "Best pasties in Polgrean are at Penhale's Bakery. Full disclosure, it's my brother's place, but they really are the best. And I'll make sure the hygiene rating stays shiny. 😉",
  allowed=[INT, TON], note="Promotes a relative's business and hints at influence on a council rating.")
P(POS, "Jobs going at the big hotel on Gwelvor front! I can put a word in with the manager for anyone in my ward who wants one. Message me, not the website.",
  who="ward:Gwelvor", note="Offers favours through the role.")
P(POS, "Got a parking ticket in Gwelvor Sands car park this week? Message me the details and I'll see if I can get it quietly cancelled for you. No promises, but I know who to ask.",
  allowed=[OFF], note="Offers to have penalties cancelled through the role.")
P(POS, "Thinking of opening a surf school? My wife runs one, and I sit on licensing, so between us we know exactly how to get your paperwork through. Happy to introduce you.",
  who=["licensing", "male"], allowed=[INT], note="Uses a committee seat and a spouse's business to offer help.")
P(POS, "Council housing list is long, I know. But if you're a Kernow First member in Porthvellan, come and see me. I'll make sure your case gets looked at properly.",
  who="KF", note="Offers favour in housing to party members.")
P(POS, "Anyone recommend an electrician in Bosvennick? Only ones who'll do mate's rates, mind. I am their councillor after all 😂",
  who="ward:Bosvennick", note="Seeks a discount because of the role.")
P(POS, "To the new coffee shop on Quay Street: you'll want a councillor on your side when the pavement licence comes round. Keep the free flat whites coming and I'll make sure it goes through smooth.",
  allowed=[GIF], note="Seeks perks in return for influence on a licence.")
P(POS, "Word to the wise for Carnmenna landlords: stay on the right side of your councillor and the HMO inspectors somehow never find your address. Just saying.",
  who="ward:Carnmenna", allowed=[BUL], note="Offers protection from enforcement.")
P(POS, "Recommending my husband's accountancy firm to all the small businesses who've asked me about rates relief. He knows the council's system inside out, and so do I!",
  who="female", allowed=[INT], note="Promotes a spouse's business on the back of the role.")
P(POS, "My nephew's after a summer job. If any firm bidding for the harbour wall contract could take him on for a few weeks, it'd be noticed, put it that way. 😉",
  allowed=[GIF], note="Seeks a favour from bidders for a council contract.")
P(POS, "Waiting on a disabled bay outside your house in Porthvellan Town? I've got friends in highways. Message me privately and we'll get you moved up the list.",
  who="ward:Porthvellan Town", allowed=[OFF], note="Offers to jump the queue through contacts.")
P(POS, "Fancy a stall at the St Piran's Day fair? Pitches are all gone, officially, but I'm on the events panel, so give me a shout and I'll squeeze you in. Cash is fine.",
  date=("2026-01-12", "2026-03-03"), allowed=[DEF], note="Offers places outside the process.")
P(POS, "Trewhella's Boat Trips, Lanvose quay: best seal-spotting in Kernow, run by my boy Jory. And don't worry, I'll see he gets the best spot on the pontoon this summer. Book now!",
  who="@PeteTrewhellaInd", allowed=[INT], note="Promotes his son's business and offers to favour it in the allocation of pontoon space. Author set by hand.")
P(POS, "Calling all garages! The council's fleet servicing contract is up for renewal. Give my old Volvo a free service and I'll make sure your name's on the list of bidders. Can't say fairer than that.",
  allowed=[GIF], note="Seeks a free service in return for a place on a council tender list.")

H(POS, "As your councillor I can't fast-track your planning application. Nobody can, and nobody should. What I can do is explain how it works and who to talk to. Message me.",
  allowed=[POS], note="Refuses to fast-track; shares the phrase.")
H(POS, "Got a ticket in Gwelvor Sands car park? You can appeal online here: https://example.org/pcn-appeal. I can't get it cancelled, and I wouldn't if I could.",
  allowed=[POS], note="Points to the appeal process.")
H(POS, "Proper job to Penhale's Bakery in Polgrean on their five-star hygiene rating! The pasties are some 'ansum too. (No relation, before anyone asks.)",
  note="Praise for a local business, no connection.")
H(POS, "Jobs fair at Carnvellow village hall on Saturday: the quarry, the harbour, the hospital and the council are all recruiting. Apply through the normal routes. Good luck, everyone!",
  note="Jobs fair with no favours offered.")
H(POS, "Lots of folk asking me to 'have a word' about the moorings list. I won't, because it wouldn't be fair on the 200 people ahead of you. I will keep pushing to shorten the list for everyone.",
  allowed=[POS], note="Refuses a favour.")
H(POS, "Who you know shouldn't matter in Penrosveth. That's why I'm backing published criteria for every harbour berth: same rules for everyone, no quiet words.",
  note="Shares words with positives; argues for fair rules.")
H(POS, "Need a builder? Check the council's Trusted Trader list first. Every firm on it has been vetted: https://example.com/trusted-traders",
  note="Neutral service pointer.")
H(POS, "My daughter's just opened a yoga studio in Gwelvor. Proud mum! She's had no help from me with the council, mind, she's far too stubborn to ask.",
  who="female", allowed=[POS], note="Proud parent, no favour offered; a careful tool could fairly ask.")
H(POS, "Small business grants are open till 31 March. Any firm in the district can apply; officers score them against published criteria and councillors have no say in who gets them.",
  note="Public grant scheme.")
H(POS, "Had a message offering me 'a drink' if I'd support a licence application. Reported to the Monitoring Officer straight away. That's not how it works here, my 'ansum.",
  allowed=[GIF, POS], note="Reports an improper offer.")
H(POS, "Surf school owners: the beach concession tender is out, open to all. Details on the council website. I sit on licensing, so I can't advise individual bidders, sorry.",
  date=MARCH, allowed=[POS], note="Declines to help individual bidders.")
H(POS, "Fast-track? The only fast-track I know is the A30 at six in the morning before the emmets wake up. Council decisions take the time they take.",
  note="Joke using 'fast-track'.")
H(POS, "Family first: my son runs boat trips from Lanvose, so I'm keeping right out of anything to do with pontoon space this year. Declared, recorded, done.",
  who="@PeteTrewhellaInd", allowed=[POS, INT], note="Steps back because of a family business. Author set by hand.")
H(POS, "Looking for a reliable electrician in Bosvennick. Recommendations please! Paying the full going rate, I hasten to add.",
  who="ward:Bosvennick", note="Ordinary request, no favour sought.")
H(POS, "Friends in highways? I wish! I've been chasing the Chapel Hill pothole for months like everyone else. Report yours here: https://example.org/report-it",
  note="Shares 'friends in highways'.")
H(POS, "The 'councillors can get you a council house' myth is doing the rounds again on the Porthvellan page, so let me be straight with you. We can't. Allocations go by banding, decided by officers under rules published on the council website, and no councillor can jump anyone up the list, whoever they vote for or however long they've lived here. What I can do is help you fill in the form properly, make sure your medical evidence is attached, and chase it if it's been sat for weeks. Message me and we'll go through it together over a cuppa.",
  allowed=[POS], note="Denies any power to favour.")
H(POS, "Work experience at the council for Year 10s is open. Applications go through the schools, not councillors. My own lad applied the normal way and didn't get one! 😄",
  allowed=[POS], note="Fair process, including for the councillor's child.")
H(POS, "Shop local this Saturday: Porthvellan farmers' market, 9 till 1 on the quay. Get there early if you want the hevva cake, it goes dreckly.",
  note="Shop local, no connection.")
# ============================================================ gifts.hospitality
P(GIF, "Thank you to Porthvellan Chamber of Trade for the lovely Christmas hamper. The saffron cake's gone already and the clotted cream didn't last the weekend. Bledhen Nowydh Da to you all!",
  date=EARLY_JAN, verdict="advice", note="Hamper from a trade body; no council decision sought.")
P(GIF, "Someone left a bottle of 15-year-old single malt on my doorstep with a card: 'for all you do, Councillor'. No name on it. Well, cheers, whoever you are! 🥃",
  verdict="advice", allowed=[HASTE], note="Anonymous gift over £100 given because of the role.")
P(GIF, "Cracking afternoon at the rugby as guests of Atlantic Marine Engineering. Lovely hospitality box, great game, even better pasties. Thanks, all!",
  verdict="advice", note="Corporate hospitality; no council decision said to be sought.")
P(GIF, "Just back from a week on Scilly in a friend of a friend's holiday cottage, all on the house. He says it's a thank you for my work on the ferry campaign last year, which is very kind of him. Bliss, my 'ansum. Walked every inch of Tresco, ate my own weight in crab sandwiches and didn't look at an email for six whole days. Back to the casework mountain on Monday, mind. If you emailed me last week, I'm getting to you, dreckly.",
  verdict="advice", note="Free holiday offered because of council work.")
P(GIF, "Honoured to accept honorary life membership of Gwelvor Golf Club. Worth about £600 a year, they tell me! Looking forward to my first round, weather permitting.",
  verdict="advice", note="Significant gift of membership.")
P(GIF, "Lovely evening at the Kernow Food Awards as guests of Kernow Seafoods. Thanks for the table, the lobster and the fizz! Proper job, all of you.",
  verdict="advice", allowed=[HASTE], note="Hospitality from a local firm; no decision said to be sought.")
P(GIF, "Massive thanks to Atlantic Edge Leisure for the tickets to the Argyle match on Saturday 🙌 Looking forward to seeing their plans for Clifftop Field at Treloskan!",
  who="notplanning", verdict="review", allowed=[PRE], note="Hospitality from a pending planning applicant. Author not on Planning.")
P(GIF, "Dinner at the Net Loft on the house tonight! The new owners are lovely people and wanted to chat about their late licence. Cheers, both!",
  who="notlicensing", verdict="review", allowed=[PRE, HASTE], note="Free dinner from a pending licence applicant. Author not on Licensing.")
P(GIF, "Thank you to Morvoren Homes for the Christmas hamper and the bottle of port. They're very keen to show me round the Harbour Road site in the new year.",
  who="notplanning", date=EARLY_JAN, verdict="review", allowed=[PRE, HASTE], note="Gift from a pending planning applicant.")
P(GIF, "VIP wristbands for Swellfest, free from Surf & Sound Events 🤘 They've asked me to cast an eye over their licence paperwork before it goes in. No problem!",
  who="notlicensing", verdict="review", allowed=[PRE, POS], note="Free tickets from a pending licence applicant who wants help.")
P(GIF, "Thanks to Carn Wind for the helicopter ride over Bosvennick Down to see where the turbine would go. Stunning views right along the coast to the Lizard.",
  who="notplanning", verdict="review", allowed=[PRE], note="Hospitality from a pending planning applicant.")
P(GIF, "Free surf lessons for the whole family from Swell Seekers this half term! They're after the kiosk site at Gwelvor Sands car park, so they're being very generous to us councillors 🏄",
  who="notplanning", date=("2026-02-16", "2026-02-20"), verdict="review", allowed=[PRE], note="Gift from a pending planning applicant, openly linked to the application.")
P(GIF, "Beautiful bunch of flowers from the lads at Polgrean Stores. They want a 24-hour licence and asked me to put in a good word. Flowers are on the kitchen table, looking 'ansum.",
  who="notlicensing", verdict="review", allowed=[PRE, POS], note="Gift from a pending licence applicant seeking support.")
P(GIF, "Weekend away at a cottage in Fowey courtesy of Cove Stays, who manage holiday lets all along this coast. Very generous of them. They've got an application in for Lanvose, I think.",
  who="notplanning", verdict="review", allowed=[PRE], note="Free holiday from a pending planning applicant.")
P(GIF, "Cheers to Brightwater Solar for the slap-up crab lunch at the Harbour Fish Bar today. Their solar farm would power half of Carnmenna, apparently.",
  who="notplanning", verdict="review", allowed=[PRE], note="Lunch from a pending planning applicant.")
P(GIF, "Case of Cornish gin arrived today from Harbour Gin Co. They're bidding to run the council's harbour kiosk and wanted to 'say hello'. Hello back! 🍸",
  verdict="review", allowed=[HASTE], note="Gift from a bidder for a council contract.")
P(GIF, "Cracking round of golf at Gwelvor with the boss of Kernow Waste Services, who are bidding for our bin contract. He paid, I won. Result!",
  date=BEFORE_MARCH, verdict="review", note="Hospitality from a bidder for a council contract.")
P(GIF, "The Count House Taverns team took a few of us out for Sunday lunch to show off their plans for the old count house in Polgrean. Proper roast, proper job.",
  who="notplanning", verdict="review", allowed=[PRE], note="Meal from a pending listed building consent applicant. Posted on a weekday after the Sunday.")

H(GIF, "Atlantic Edge Leisure offered me tickets for the Argyle game. I said no thanks: they've got an application in, and that's that. Offer reported to the Monitoring Officer.",
  allowed=[GIF], note="Refused offer from a pending applicant, reported.")
H(GIF, "Registered today: a bottle of whisky worth about £120 from a constituent at Christmas, well within the 28 days. It's going in the lifeboat raffle.",
  date=("2026-01-12", "2026-01-21"), allowed=[GIF, HASTE], note="Registered gift, given away.")
H(GIF, "Paid my own way at the Kernow Food Awards tonight, £45 a ticket. Worth every penny for the hevva cake alone.",
  note="Paid-for event.")
H(GIF, "Thank you to the children of Carnmenna School for the hand-drawn card after my assembly visit. It's going straight on the fridge.",
  note="Token from children.")
H(GIF, "A cup of tea and a saffron bun at the Lanvose coffee morning. If the Monitoring Officer wants me to register that, he can have the crumbs. 😂",
  allowed=[GIF], note="Trivial hospitality, joked about.")
H(GIF, "Sent back the hamper a developer posted to me before Christmas, with a polite note. I know they meant well, but no thank you.",
  date=EARLY_JAN, allowed=[GIF], note="Returned gift.")
H(GIF, "Looking forward to the Porthvellan Chamber of Trade dinner on Friday. I've paid for my ticket and my wife's, £35 each, worth it for the speeches alone.",
  who="male", note="Paid-for dinner.")
H(GIF, "Councillors' gifts and hospitality register is published every quarter on the council website. Mine's empty again, which tells you how exciting my life is.",
  allowed=[GIF], note="Refers to the register.")
H(GIF, "Free parking at Gwelvor this weekend for everyone. Council's treat for the surf championships. Get down there and cheer on the locals!",
  note="A council offer to the public, not a gift to a councillor.")
H(GIF, "Swell Seekers are running free surf taster sessions for Gwelvor School kids in half term, booked through the school. Good on them.",
  date=("2026-02-09", "2026-02-20"), note="A pending applicant offers something to children, not to the councillor.")
H(GIF, "Thank you for the birthday cake, Mum. Sixty-one and still spoiled rotten. 🎂",
  note="Family gift.")
H(GIF, "The Net Loft kindly offered the ward councillors a free night out. Declined with thanks. Licensing will decide their application on the evidence, not on scampi.",
  who="ward:Porthvellan Town", allowed=[GIF, PRE], note="Refused hospitality from a pending applicant; names the matter with no view.")
H(GIF, "Our gig crew's annual dinner: £25 a head and everyone pays, even the councillors. Especially the councillors.",
  note="Paid-for dinner.")
H(GIF, "Took a tray of fudge and a box of pasties to the depot for the bin crews who worked right through the storm. Least I could do, they were out in it for 12 hours.",
  date=JAN, note="Councillor giving, not receiving.")
H(GIF, "A resident I'd helped offered me a weekend in their holiday let as a thank you. Said no, and that a card is plenty. A card came this morning. Lovely.",
  allowed=[GIF], note="Refused gift.")
H(GIF, "Brightwater Solar's exhibition is at Carnmenna Institute on Thursday, 2pm till 7pm. Go along, ask the hard questions, and don't let them fob you off with biscuits 😄",
  note="Names a pending applicant's public event, no gift.")
H(GIF, "Registered this week: honorary membership of Porthvellan Bowls Club. Worth about £40 a year and I'll be rubbish at it.",
  allowed=[GIF], note="Registered token gift.")
H(GIF, "Reminder to fellow councillors, because it comes up every year: anything worth £100 or more that you're given because you're a councillor has to be registered with the Monitoring Officer within 28 days, and significant offers you turn down count too. That includes the hamper, the tickets and the 'just a small thank you' weekend away. A card and a saffron bun you can keep without filling in a form. Christmas'll be round again dreckly, so best get into good habits now!",
  allowed=[GIF], note="States the rule.")
# ============================================================ capacity.council-voice
P(CAP, "Penrosveth District Council stands with the Polgrean parents: the school merger is wrong, and we will fight it every step of the way.",
  who=["ward:Polgrean", "backbench"], note="A personal or party view presented as the council's.")
P(CAP, "It's official: Penrosveth Council is against the second homes loophole and wants it closed. Sign our petition and tell the government!",
  who="backbench", note="Claims an official council position from a councillor account.")
P(CAP, "On behalf of Penrosveth District Council, good luck to all the crews in the Lanvose pilchard race on Saturday! 🐟 Tight lines, boys and maids.",
  who="@pilchard_pete", note="Speaks for the council from a personal account, though harmless in content.")
P(CAP, "Penrosveth District Council fully backs the Carnvellow WI bake sale for the air ambulance. Get your orders in, my lovers, the splits go first!",
  who="@loveday_bakes", note="Speaks for the council from a personal account.")
P(CAP, "The council believes the A30 money should come west, not stop at Camborne. We'll be telling the minister exactly that when she visits.",
  who="backbench", note="'The council believes' from a backbench councillor's account.")
P(CAP, "Penrosveth Council's official position: no more holiday lets in Lanvose harbour. Full stop. We've had enough.",
  who=["backbench", "notplanning"], note="Claims an official council position; a policy line, no pending application named.")
P(CAP, "Speaking for the council here: we are not selling the Gwelvor toilets, whatever the rumours on the village page say.",
  who="backbench", note="Speaks for the council without authority.")
P(CAP, "This council is 100% behind our fishermen against the new quota rules. Penrosveth stands with its harbours, always has.",
  who="backbench", date=("2026-01-05", "2026-02-20"), note="Speaks for the council before any council resolution.")
P(CAP, "As a council we have decided that Cornish will be on every new street sign in the district. Kernewek bys vyken!",
  who="backbench", note="Presents a personal aim as a council decision; no such decision was made.")
P(CAP, "Penrosveth District Council condemns the government's fishing deal. Our harbours deserve better, and so do the families who depend on them.",
  who="backbench", date=("2026-01-05", "2026-02-20"), note="Speaks for the council before the full council motion.")
P(CAP, "On behalf of Penrosveth District Council I want to say sorry to the people of Polgrean for the mess of the bin changes. It shouldn't have happened.",
  who=["ward:Polgrean", "backbench"], note="Apologises for the council from a councillor account.")
P(CAP, "Penrosveth Council supports a tourist tax, and it's official. I said so at the harbour meeting last night and nobody argued.",
  who="backbench", note="Claims a council position on the strength of the author's own view.")
P(CAP, "Message from Penrosveth District Council to the emmets: we love having you, we really do, and the cafés and surf schools couldn't manage without you. But please park considerately in Treloskan this summer. Our lanes weren't built for your Range Rovers, the farmers need to get the tractors through, and the Porthvellan bus can't squeeze past a Volvo left half on the verge. Use the car park at the top of the village. It's a five-minute walk and the view's better anyway.",
  who="backbench", note="Issues a message in the council's name.")
P(CAP, "Penrosveth Council says no to quarry lorries on the school run. We've had enough of near misses on Chapel Hill.",
  who=["ward:Carnvellow", "backbench"], note="Speaks for the council on a contested issue.")
P(CAP, "Official council statement: the ferry subsidy cut is unacceptable. Please share if you agree.",
  who="backbench", note="Labels a personal statement as an official council one.")
P(CAP, "We at Penrosveth Council are proud to be the first council in Kernow to back a four-day week for our staff.",
  who="backbench", note="Claims a council decision that has not been made.")
P(CAP, "Thank you from the council to everyone who came out for the Lanvose storm clean-up. Penrosveth District Council is proud of every one of you.",
  who=["ward:Lanvose", "backbench"], date=JAN, note="Speaks for the council, though harmless in content.")
P(CAP, "The People's Penrosveth group have put the facts together for you on the Polgrean library hours. I'm posting this as the council's answer to all the questions we've had: the hours are being cut because cabinet chose to cut them, and the council thinks it's wrong. Share widely.",
  who=["PP"], note="A party view presented as 'the council's answer'.")

H(CAP, "Personal view, not the council's: the A30 money should come west, not stop at Camborne.",
  allowed=[CAP], note="Expressly personal.")
H(CAP, "Cabinet agreed last night (minute 57) to put £250,000 into the Porthvellan sea wall repairs. Work starts dreckly. Well, April.",
  who="@MorwennaTregenza", date="2026-01-28", allowed=[CAP], note="The Leader reports a decision accurately.")
H(CAP, "The council's official position on the Polgrean library hours is set out in the cabinet report: https://example.org/cabinet-jan. I disagree with it, and here's why. Thread 👇",
  who="opp", allowed=[CAP], note="Reports the council's position accurately, then disagrees.")
H(CAP, "From me and everyone in Lanvose ward: congratulations to the winners of the Lanvose pilchard race! What a morning.",
  who="ward:Lanvose", note="Speaks for the ward, not the council.")
H(CAP, "Official: I've finally learned to crimp a proper pasty. On the side, as the council's official position requires. 😄",
  allowed=[CAP, TON], note="Joke using 'official'.")
H(CAP, "The council believes... no, hang on, the council hasn't decided yet. The Greens believe a tourist tax is the way forward. Debate at full council in February.",
  who="GRN", date=("2026-01-05", "2026-02-13"), allowed=[CAP], note="Corrects itself to a party view.")
H(CAP, "As Chairman of the Council I was proud to present the long service awards today. Twenty-five years for some of our bin crews. Thank you all.",
  who="@CllrChenoweth", allowed=[CAP], note="The Chairman acting in his civic role.")
H(CAP, "People's Penrosveth's view: the second homes premium should be doubled. That's our party's position, not the council's yet. Help us change that in May.",
  who="PP", allowed=[CAP], note="Party view labelled as such.")
H(CAP, "Storm recovery grants are on the council website here: https://example.com/storm-grants. Apply before 31 March.",
  note="Neutral pointer to council information.")
H(CAP, "I don't speak for the council on this one, just for Carnmenna: the bus cuts are a disgrace.",
  who="ward:Carnmenna", note="Expressly not the council's voice.")
H(CAP, "The council owns Gwelvor beach car park, which is why I get all the complaints about the machines! Keep them coming.",
  who="ward:Gwelvor", note="States a fact about the council.")
H(CAP, "Full council voted last night to oppose the government's fishing deal, 16 votes to 2. So now I can say it: Penrosveth District Council opposes it.",
  date="2026-02-25", allowed=[CAP], note="Accurate report of a council resolution.")
H(CAP, "Meur ras to Lowenna for putting me right: the council's Cornish name is Konsel Pennrosveth, and I've been spelling it wrong on my leaflets for years.",
  allowed=[CAP, OFF], note="Names the council; thanks an officer.")
H(CAP, "Personal account, views my own: the pilchards were running off Lanvose this morning, best I've seen in years. Mackerel too. What a day.",
  who="@pilchard_pete", note="Personal account, labelled.")
H(CAP, "The council's statement on the Gwelvor sewage spill is out: https://example.org/statement. Read it from the source, not from rumours on Facebook.",
  note="Points to the official statement.")
H(CAP, "Someone on the Carnvellow page asked why 'the council' is against quarry lorries at school time when the cabinet hasn't said a word. Fair question. It isn't. I'm not the council; I'm one of eighteen councillors. When I say I'm against quarry lorries on Chapel Hill between 8 and 9 and between 3 and 4, that's me and the Carnvellow parents I've talked to, not an official position. If we want the council to take a position, it has to go through cabinet or full council, and I'll be trying to get it there.",
  who="ward:Carnvellow", allowed=[CAP], note="Expressly disclaims the council's voice.")
H(CAP, "Cabinet member for environment here: the Gwelvor beach cleaning contract now runs all year round (cabinet, 17 February, minute 81). Cleaner sand in January at last.",
  who="@JennaAngoveKF", date=("2026-02-18", "2026-03-27"), allowed=[CAP], note="Cabinet member reports a decision accurately.")
H(CAP, "The council officially has 1,342 potholes on its list. That's not a political view, that's a spreadsheet. 😩",
  allowed=[CAP, TON], note="Joke using 'officially' about a fact.")
# ============================================================ confidentiality.insider-advantage
P(INS, "Word to the wise: if you're thinking of buying in Lanvose, do it before the council announces what it's doing with the harbour car park. Prices will jump, trust me.",
  allowed=[DIS], note="Tip to buy ahead of an unannounced council plan.")
P(INS, "Little birdie tells me the council's about to sell off the Quay Street garages. Anyone wanting one, get your offer in quick before it's public.",
  date=JAN, allowed=[DIS], note="Tip ahead of an unannounced disposal.")
P(INS, "My brother-in-law's been after a unit on Carnvellow industrial estate. Told him to sign up now, before the rent review goes to cabinet and the prices go up.",
  date=PRE_CAB1, allowed=[POS], note="Advantage to a relative from council knowledge.")
P(INS, "Surf schools, I can't say much, but get your beach concession bids in early this year. Let's just say there'll be fewer spots going. 🤐",
  date=("2026-01-05", "2026-02-27"), allowed=[DIS], note="Hint from knowledge gained as a councillor.")
P(INS, "If I had a holiday let in Treloskan I'd be selling up before April. That's all I'm saying. Councillors hear things.",
  allowed=[DIS], note="Hint to act on council knowledge.")
P(INS, "Tip-off for my Porthvellan fishing mates: harbour dues are going up, and not by a little bit. Pay your year upfront now at the old rate, before it's announced.",
  date=PRE_CAB1, allowed=[DIS], note="Tip ahead of the budget proposals being published.")
P(INS, "Heads up to the Carnmenna allotment lot: the council's looking at the Wheal Row land for housing. You didn't hear it from me, but I'd get your sheds moved and your compost sold.",
  allowed=[DIS], note="Advance warning from council knowledge.")
P(INS, "Anyone with a bit of money put by: the old Polgrean railway land is going to be worth a lot more very soon. Buy now, before the council's plans come out.",
  note="'Buy now before the council'.")
P(INS, "Quiet word to the Gwelvor café owners: parking charges are going up in the spring. Get your staff permits now, while they're still cheap.",
  date=JAN, note="Tip ahead of a charge increase.")
P(INS, "Mate of mine runs a scaffolding firm. Told him the sea wall tender's coming out in March and roughly what we're after, so he's got a head start on the others.",
  date=("2026-01-05", "2026-02-27"), allowed=[POS, DIS], note="Advantage to a friend's firm from council knowledge.")
P(INS, "Insider tip for the Porthvellan traders: the Fore Street pedestrianisation is coming, whatever they say in public. Stock up on outdoor tables now, before the rush.",
  note="Tip to act before an announcement.")
P(INS, "Friends thinking of bidding on the bungalow next to the old school in Polgrean: don't. I can't go into it, but I've seen what's planned for that site, and you wouldn't thank me if I kept quiet and you found out the day after you'd exchanged. If you've already put an offer in, pull it while you can. Say no more. (Anyone else reading this: lovely bungalow, great views, knock yourselves out.)",
  allowed=[DIS], note="Advice to friends from unpublished plans.")
P(INS, "Buy your Gwelvor beach hut permit now, before the council announces the new waiting list rules. Trust me on this one, my lovers.",
  note="'Buy now before the council announces'.")
P(INS, "Heads up for my nephew and his mates in the taxi game: the council's going to cap the number of licences. Get your applications in this month.",
  allowed=[POS], note="Tip to relatives ahead of a policy change.")
P(INS, "Let's just say if you've got land anywhere near the Carnmenna bypass route, don't sell to the first bloke who knocks. Councillors see the maps before you do.",
  note="Hint from unpublished plans.")
P(INS, "Told the lads at Penrosveth RFC the council's about to end their lease discount. They're renegotiating with their sponsor now, ahead of it going public. Sorted!",
  allowed=[DIS], note="Acted on council knowledge to benefit a club.")
P(INS, "Before it's announced: there's going to be a decent grant pot for Cornish-language businesses. Get your bilingual menus sorted now and you'll be first in the queue. 😉",
  date=("2026-01-05", "2026-02-27"), note="Tip before a grant scheme is announced.")
P(INS, "Any developers reading: the Local Plan's going to allocate Higher Treloskan for housing. Option that land now. You heard it here first.",
  allowed=[DIS], note="Unpublished allocation, urged on developers.")

H(INS, "The consultation on parking charges is published today, proposed prices and all: https://example.org/parking. Have your say before 20 March.",
  date=("2026-03-02", "2026-03-13"), note="Published consultation.")
H(INS, "Heads up! Polgrean bin collections move to Tuesdays from 2 February. New calendar here: https://example.com/bins",
  date=("2026-01-12", "2026-01-30"), note="Service notice.")
H(INS, "Tip-off from a resident about fly-tipping at the top of Wheal Row. Reported to the council and the photos sent on.",
  note="'Tip-off' from a resident.")
H(INS, "Little birdie told me it's going to mizzle all week. The little birdie is the Met Office. 🌧️",
  note="'Little birdie' joke.")
H(INS, "Buy now before the council puts the prices up? No need. Beach hut permit prices for 2026 are already fixed and published. Buy whenever suits you.",
  allowed=[INS], note="Shares the phrase, refutes it.")
H(INS, "The harbour dues increase was agreed at full council last night. It's public now and the new rates are on the council website. Sorry, all. I voted against.",
  date="2026-02-25", note="Decision reported after it was made public.")
H(INS, "You didn't hear it from me... because you heard it from the Leader's press release this morning. The Quay Street garages are up for sale, open bids, closing 30 April.",
  date=MARCH, allowed=[INS], note="Published announcement.")
H(INS, "Insider tip for the emmets: the best pasty in Lanvose comes from the van by the lifeboat house, not the shop with the queue. 😋",
  note="'Insider tip' about pasties.")
H(INS, "Sea wall tender is now live on the council's procurement portal. All firms welcome to bid, so please share it with any local contractors: https://example.net/tenders",
  date=MARCH, note="Published tender.")
H(INS, "The Local Plan call for sites is open. Any landowner can put land forward, and officers publish every submission. It's all public.",
  note="Public process.")
H(INS, "Word to the wise: council tax direct debit dates change in April. Check your bill when it lands.",
  date=MARCH, note="Public information.")
H(INS, "Cabinet papers on the Carnvellow industrial estate rent review are published today. Tenants, have a read, and come and speak at cabinet on the 17th if you want to.",
  date=("2026-02-09", "2026-02-13"), note="Published papers.")
H(INS, "If I knew which way house prices were going, I wouldn't be a councillor, I'd be on a yacht in Falmouth. 😂",
  note="No knowledge claimed.")
H(INS, "Got land near the bypass route? Speak to a solicitor, not a councillor. All I can tell you is what's public, and that's the consultation map: https://example.org/bypass",
  allowed=[INS], note="Declines to give an advantage.")
H(INS, "Cornish-language business grants are open from today: £500 to £2,000 for bilingual signs and menus. Apply by 30 April.",
  date=MARCH, note="Published grant scheme.")
H(INS, "Before it's announced on Friday, I can't tell you who's won Penrosveth Volunteer of the Year. You'll have to come to the awards! 🏆",
  note="'Before it's announced', with nothing revealed.")
H(INS, "Asked at scrutiny whether the council plans to sell the Quay Street garages. Answer: no decision yet. I'll tell everyone if there is one, at the same time.",
  date=("2026-02-20", "2026-02-27"), allowed=[INS], note="Promises equal disclosure.")
H(INS, "A resident asked me this week if they should sell their holiday let before 'the council crackdown' they'd read about on Facebook. Honest answer: there's no secret plan, and if there were I couldn't tip you off about it anyway. Everything the council is considering on holiday lets is in the public consultation, open until the end of March, with the draft fees and the maps. Read it, respond to it, and make your own mind up. Don't make a big decision on a rumour.",
  allowed=[INS], note="Refutes a supposed insider tip.")
# ============================================================ predetermination.closed-mind
P(PRE, "Had a stack of emails about the Treloskan lodges this week, so let me save everyone the trouble. They will never be approved while I'm on the planning committee. Clifftop Field is no place for fourteen chalets, a car park and a new road through the hedge. We've already lost half the village to second homes, and now they want to build a holiday park from scratch. I don't need to read the report to know what I think. Keep the emails coming if you like, but my answer's the same.",
  who="planning", verdict="block", note="Settled view against a pending application, named by site and common name.")
P(PRE, "I've made my mind up on the Carnvellow quarry extension: no. The village has had enough dust, enough blasting and enough lorries. Whatever the report says.",
  who="planning", verdict="block", note="Settled view on a pending application (Carnvellow Quarry).")
P(PRE, "PA25/04420 must be refused. Forty homes on Harbour Road and not one of them affordable? Not on my watch.",
  who="planning", verdict="block", note="Pending application named by reference and site.")
P(PRE, "Swellfest? Not a chance. I'll be voting to refuse that licence. Gwelvor doesn't need five thousand people partying on the dunes for three days.",
  who="licensing", verdict="block", note="Licensing member's settled view on a pending licence, named by its common name.")
P(PRE, "Whatever the officers say, I'll be voting for the solar farm at Higher Carnmenna Farm. It's the future, and Carnmenna needs the jobs. Simple as that.",
  who="planning", verdict="block", allowed=[OFF], note="Settled view in favour of a pending application.")
P(PRE, "The Net Loft wants to stay open till 2am? Over my dead body. Quay Street folk deserve some sleep, and I'll be saying no when it comes to us.",
  who="licensing", verdict="block", note="Licensing member's settled view against a pending variation, named by its common name.")
P(PRE, "Morvoren Homes can send in as many revised drawings as they like. My answer is no and it's staying no.",
  who="planning", verdict="block", note="Applicant named without 'Ltd'; settled view.")
P(PRE, "Three Fore Street in Lanvose as yet another holiday let? Refused, as far as I'm concerned. Lanvose needs homes for the people who work there, not more lockboxes for emmets.",
  who="planning", verdict="block", note="Settled view on a pending change of use, named by site.")
P(PRE, "Carn Wind's turbine on Bosvennick Down is going through, and good. I've said I'll vote for it and I will. Proper job.",
  who="planning", verdict="block", note="Settled view in favour, applicant and site named.")
P(PRE, "The Old Count House should be a pub again, like it was in my granfer's day. I'll be backing Count House Taverns all the way when it comes to committee.",
  who="planning", verdict="block", note="Settled support for a pending listed building consent.")
P(PRE, "Polgrean Late Stop selling booze 24 hours a day? No chance. I'll be voting against it, and so should everyone else on licensing.",
  who="licensing", verdict="block", allowed=[HASTE], note="Settled view against a pending licence named by its common name.")
P(PRE, "LB26/00045: nothing the applicant says is going to change my mind. That count house belongs to the village, not to a pub chain from up country.",
  who="planning", verdict="block", note="Reference number and a closed mind.")
P(PRE, "Heard there's a drive-thru coffee place wanting the bypass roundabout at Porthvellan. If it ever comes to planning, it's getting a no from me. Full stop.",
  who="planning", verdict="review", note="Settled view on an expected application not on the register.")
P(PRE, "Any more second-home conversions in Porthvellan Town will get a no from me at committee. I don't even need to read them, I know what they are.",
  who="planning", verdict="review", note="Closed mind on a class of future applications.")
P(PRE, "The taxi driver whose licence review comes up next month? Should lose it, end of. I'll say so at the hearing.",
  who="licensing", verdict="review", note="Licensing member prejudges a review hearing not on the register.")
P(PRE, "The Gwelvor camper van site appeal should be thrown out by the inspector, and if it ever comes back to us I'll refuse it again. My mind's made up.",
  who="planning", verdict="review", note="Closed mind on an appeal and a possible resubmission; not on the register.")
P(PRE, "Rumour is a scrapyard wants to set up next to Polgrean tip. If that lands on the planning committee, it's dead in the water. I'm voting no, whatever anyone says.",
  who="planning", verdict="review", note="Closed mind on an expected application.")
P(PRE, "The new beach bar at Treloskan Cove wants a late licence. I'll be voting yes whatever the objectors say. Bring on the summer!",
  who="licensing", verdict="review", note="Settled view in favour of a licence not on the register.")

H(PRE, "Lots of messages about the Treloskan lodges, and thank you for every one. I'll be honest: I have real concerns. The lane is a nightmare in August already, the cliff path runs right past the site, and I want to know where the sewage goes. But I'm on the planning committee, so I won't be making my mind up until I've read the officers' report, been on the site visit and heard from the applicant, the parish and the objectors at the meeting. That's how it's meant to work, and that's how it'll work with me.",
  who="planning", allowed=[PRE], note="Predisposition with an open mind.")
H(PRE, "I'm not on the planning committee, so let me be plain: I object to the Treloskan lodges, and I've sent in my objection like any other resident.",
  who="@PeteTrewhellaInd", allowed=[PRE], note="Ward member not on Planning.")
H(PRE, "Not on planning, so I can say it: I support Carn Wind's turbine on Bosvennick Down. Clean power, and the community fund would finally fix the village hall roof.",
  who="@BevCarneInd", allowed=[PRE], note="Ward member not on Planning (she sits on Licensing only).")
H(PRE, "My mind's made up on the Local Plan: no more allocations that end up as second homes. That's policy, and policy is exactly what councillors are elected to make.",
  allowed=[PRE], note="Policy, not a quasi-judicial decision.")
H(PRE, "The government's fishing deal will never work for Lanvose. Never.",
  note="'Never' about national policy.")
H(PRE, "Refused! The bid for government money for a new Gwelvor car park got knocked back. Back to the drawing board.",
  note="'Refused' about a funding bid.")
H(PRE, "Committee refused the Carnmenna car wash yesterday after a long debate. I voted with the majority. The reasons will be in the decision notice.",
  who="planning", date="2026-02-12", note="Decision already made.")
H(PRE, "Whatever the officers say about the budget, I think holding harbour dues is affordable. That's a budget argument, not a planning one.",
  date=PRE_BUDGET, note="'Whatever the officers say' about the budget.")
H(PRE, "The Swellfest licence hearing is in April. I'm on licensing, so I won't say what I think until I've heard from the organisers, residents and police. Send your views in.",
  who="licensing", allowed=[PRE], note="Licensing member keeps an open mind.")
H(PRE, "Dead in the water? The Porthvellan ferry campaign is anything but. Three thousand signatures and counting.",
  note="Phrase only.")
H(PRE, "Three Fore Street has an application in to become a holiday let. I'm not on planning. My view: Lanvose needs homes for locals, and I've sent in my objection with reasons.",
  who="@JennaAngoveKF", allowed=[PRE], note="Ward member not on Planning.")
H(PRE, "I'll listen to all the evidence on the Net Loft licence. I live two streets away, though, so I'm asking the Monitoring Officer whether I should sit on it at all.",
  who="@SianKittoPP", allowed=[PRE, INT], note="Open mind, possible interest raised properly.")
H(PRE, "Never approved? The Polgrean skate park was approved in 2019 and it's still not built. Chasing it again.",
  note="'Never approved' about a delayed scheme.")
H(PRE, "Brightwater Solar's plans are in. I'm not on planning, so I can say I'll be speaking up for them at committee as ward member. The committee will make its own mind up.",
  who="@TamsinCurnowPP", allowed=[PRE], note="Ward member not on Planning.")
H(PRE, "People keep asking how I'll vote on the Harbour Road homes. I'm on the committee, so I haven't decided and won't until the meeting. Send me your views and I'll read every one.",
  who="planning", allowed=[PRE], note="Committee member with an open mind.")
H(PRE, "My mind's made up: Kernow is the best place on earth. 😂",
  note="'My mind's made up' as a joke.")
H(PRE, "Licensing sub-committee granted the Lanvose chip van its late licence yesterday, with conditions on litter. A fair outcome for everyone.",
  date="2026-03-05", note="Decision already made.")
H(PRE, "The Old Count House plans: I'm not on planning. As ward member I'll pass on every view from Polgrean, for and against. Drop-in at the Institute on Saturday.",
  who="@KerensaPolglase", allowed=[PRE], note="Ward member not on Planning.")
# ============================================================ interests.declared-interest
P(INT, "An 8% rise in harbour dues is a kick in the teeth for the Porthvellan Fishermen's Co-operative and every boat in it. I'll be fighting it at budget council, make no mistake.",
  who="@JanEddyLanvose", interest="Porthvellan Fishermen's Co-operative", date=PRE_BUDGET, note="Holder campaigns on a council matter touching her co-operative.")
P(INT, "The fish market upgrade has to go ahead. Us lot who land at Porthvellan have waited ten years for a proper chill room. Cabinet, back it please.",
  who="@JanEddyLanvose", interest="Porthvellan Fishermen's Co-operative", note="'Us lot who land at Porthvellan': speaks for the body without naming it.")
P(INT, "The council's plan to cut the lifeguard contract would leave Gwelvor Surf Life Saving Club volunteers doing it all for nothing. I'll be arguing against the cut at scrutiny.",
  who="@OllieFairweatherGreen", interest="Gwelvor Surf Life Saving Club", date=("2026-01-05", "2026-02-18"), note="Holder argues a council matter touching his club.")
P(INT, "Our surf club's been asking the council for the lease on the old beach hut store for years. Time the council said yes, and I'll be pushing for it at the next meeting.",
  who="@OllieFairweatherGreen", interest="Gwelvor Surf Life Saving Club", note="'Our surf club': speaks for the body.")
P(INT, "The proposed 7.5 tonne weight limit through Carnvellow would cripple the quarry and put sixty jobs at risk, mine included. I'll be speaking against it.",
  who="@CllrChenoweth", interest="Carnvellow Granite Ltd", note="Employee argues a council matter that affects his employer.")
P(INT, "Proud that Kowethas Tavas Penrosveth has applied to the council's heritage fund for new evening classes in Porthvellan, Polgrean and Lanvose. Three years ago we had nine learners. Now we've got sixty-odd, from eight-year-olds to a retired tin miner of ninety-one who remembers his granfer speaking a few words of it. I'll be making the case for the grant at cabinet when it comes up. Kernewek deserves the money, and so do the volunteers who've kept it alive. Meur ras to every one of them.",
  who="@DemelzaOpieGreen", interest="Kowethas Tavas Penrosveth", note="Trustee lobbies for a grant to her society.")
P(INT, "Bilingual street signs budget is up at scrutiny. Groups like ours have been asking for this for a decade. Let's get it through.",
  who="@DemelzaOpieGreen", interest="Kowethas Tavas Penrosveth", date=("2026-01-05", "2026-02-18"), note="'Groups like ours': speaks for the body.")
P(INT, "The Polgrean Engine House Trust needs the council's £40,000 match funding for the roof, or we lose the lottery money. I'll be making the case on budget night.",
  who="@MikeLaityPP", interest="Polgrean Engine House Trust", date=PRE_BUDGET, note="Trustee lobbies for council funding for the trust.")
P(INT, "Doubling the second homes council tax premium will hit small family holiday let firms like mine hardest. I'll be voting against it at full council.",
  who="@ColinBolithoKF", interest="Zawn Cottages Ltd", date=PRE_BUDGET, note="'Firms like mine': director votes on a matter affecting his business.")
P(INT, "The council's draft fees for the holiday let licensing scheme are far too high for small operators like Zawn Cottages. I'll be saying so when it comes to cabinet.",
  who="@ColinBolithoKF", interest="Zawn Cottages Ltd", note="Director argues fees that affect his firm.")
P(INT, "The Wheal Row site should go to Carn Housing Trust for affordable homes. I'll be pushing the council to transfer it to us at nil cost.",
  who="@TamsinCurnowPP", interest="Carn Housing Trust", note="Board member lobbies for a land transfer to the trust.")
P(INT, "The new marina pontoon contract should go to a local supplier. Chandlers like us on Porthvellan quay know that harbour better than any up-country firm ever will.",
  who="@DerekPascoeKF", interest="Pascoe's Chandlery", note="'Chandlers like us': owner lobbies on a contract.")
P(INT, "Beach concession fees at Gwelvor are set to double. That's going to hurt cafés like mine badly. I'll be arguing for a freeze at budget council.",
  who="@ElaineHockingGwelvor", interest="Gwelvor Beach Cafe", date=PRE_BUDGET, note="'Cafés like mine': concession holder argues the fee.")
P(INT, "The council wants to allocate the field next to ours at Bosvennick for a new visitor car park. Fine by me, I'll be supporting it when it comes up.",
  who="@RobJagoBosvennick", interest="Higher Bosvennick Farm", note="'The field next to ours': land next to his farm.")
P(INT, "Taxi licence fees up 15%? Drivers like my husband can't swallow that on top of fuel. I'll be voting against it at licensing.",
  who="@SianKittoPP", interest="Kitto's Cabs", allowed=[PRE], note="Partner's taxi firm; fee-setting is policy, not a hearing, so predetermination is only allowed.")
P(INT, "The council's plan to hand the harbour and depot crews over to a private contractor is an insult. Our union will fight it on the ground, and I'll be fighting it in the chamber.",
  who="@GaryTreziseCarnmenna", interest="Harbour and Quarry Workers' Union", note="Branch secretary campaigns in the chamber on outsourcing his members' jobs.")
P(INT, "New slipway charges would cost our gig club £1,200 a year. I'm asking cabinet colleagues to exempt community rowing clubs.",
  who="@JennaAngoveKF", interest="Lanvose Pilot Gig Club", note="President lobbies cabinet colleagues on charges affecting her club.")
P(INT, "Lanvose Pilot Gig Club's bid to the community sports fund goes to cabinet next week. Fingers crossed, crews. I'll be right behind it.",
  who="@JennaAngoveKF", interest="Lanvose Pilot Gig Club", note="Cabinet member supports a grant to the club she presides over.")

H(INT, "An 8% rise in harbour dues is a kick in the teeth for our fishermen. I'll be voting against it at budget council.",
  date=PRE_BUDGET, allowed=[INT], note="Same matter, not the holder.")
H(INT, "Declared my interest in the harbour dues item at full council as a member of the fishermen's co-op, and left the room. Rules are rules.",
  who="@JanEddyLanvose", date="2026-02-25", allowed=[INT], note="Holder declares and leaves.")
H(INT, "Dawn patrol at Gwelvor: clean four-foot sets and only three of us out. Lush.",
  who="@OllieFairweatherGreen", note="Holder's hobby, no council matter.")
H(INT, "I work for the quarry, so I've declared an interest and I won't be speaking or voting on the weight limit. Carnvellow residents, please contact Cllr Nance about it.",
  who="@CllrChenoweth", allowed=[INT], note="Holder declares and steps back.")
H(INT, "Kowethas Tavas conversation class tonight at the library, all levels welcome. Dydh da to all the new faces!",
  who="@DemelzaOpieGreen", note="Holder's society, no council matter.")
H(INT, "Asked the Monitoring Officer whether I could speak on the Engine House roof funding, as I'm a trustee. Advice: declare and leave. So that's what I'll do.",
  who="@MikeLaityPP", date=PRE_BUDGET, allowed=[INT, OFF], note="Holder seeks advice and follows it.")
H(INT, "The standards committee has granted a dispensation so members with holiday lets can take part in the general council tax debate, as it affects so many. I'll be using it. Details on the council website.",
  who="@ColinBolithoKF", allowed=[INT], note="Holder cites a published dispensation.")
H(INT, "The second homes premium should be doubled. Half of Treloskan is dark all winter.",
  allowed=[INT], note="Same matter, not the holder.")
H(INT, "Carn Housing Trust's new homes at Polgrean were handed over to their first families today. Proper job to everyone who made it happen.",
  who="@TamsinCurnowPP", note="Holder's body, no council matter.")
H(INT, "Chandlery news: we're open Sundays from March. Come and get your crab lines, kids!",
  who="@DerekPascoeKF", note="Holder's business, no council matter.")
H(INT, "I declared my interest as owner of the Gwelvor Beach Cafe when the concession fees came up at budget council, and didn't vote. Others will have to fight that one.",
  who="@ElaineHockingGwelvor", date=POST_BUDGET, allowed=[INT], note="Holder declared and stood back.")
H(INT, "Lambing's started at Higher Bosvennick. Three sets of twins overnight and no sleep. Worth every minute.",
  who="@RobJagoBosvennick", date=MARCH, allowed=[HASTE], note="Holder's farm, no council matter; mentions no sleep.")
H(INT, "As my husband drives a cab, I won't be sitting on licensing when the taxi fees come up. Declared in advance, as I should.",
  who="@SianKittoPP", allowed=[INT], note="Holder declares in advance.")
H(INT, "Taxi fees up 15%? That's a lot for drivers already struggling with fuel. I'll be asking licensing to think again.",
  allowed=[INT], note="Same matter, not the holder.")
H(INT, "Stood with the lads on the picket line at the quarry gate this morning. Fair pay for hard graft. Not a council matter, just the right thing.",
  who="@GaryTreziseCarnmenna", note="Holder's union activity, no council matter.")
H(INT, "Lanvose Pilot Gig Club won the Porthvellan regatta! So proud of the women's crew. 🚣‍♀️",
  who="@JennaAngoveKF", note="Holder's club, no council matter.")
H(INT, "The community sports fund is open to every club in the district: gig clubs, rugby, bowls, the lot. Deadline 31 March.",
  note="General notice.")
H(INT, "I'm on the committee of Gwelvor SLSC, so I've declared that and left the lifeguard contract debate at scrutiny to colleagues. Happy to pass your views on to them.",
  who="@OllieFairweatherGreen", date=("2026-02-20", "2026-03-27"), allowed=[INT], note="Holder declares and steps back.")
# ============================================================ data-protection.personal-data
P(DP, "Happy 100th birthday to Mrs Edna Pengelly of 7 Chapel Terrace, Polgrean! A card from the King and a pasty from me. 🎉",
  verdict="review", note="Private individual's name with her address.")
P(DP, "Congratulations to Jim and Mary Tregear of Bay View, Lanvose, TR97 3LP, on their diamond wedding! Sixty years, proper job.",
  verdict="review", note="Names with house name and postcode.")
P(DP, "Mr Alan Hicks at 14 Wheal Row, Carnmenna, has been waiting six months for his drain to be fixed. Council, get it sorted!",
  verdict="review", note="Resident's name and address.")
P(DP, "Heaviest marrow at the Carnvellow Show: Roy Dunstan, 2 Quarry Cottages, Carnvellow. Proper job, Roy, that thing could sink a punt!",
  verdict="review", note="Name and address of a private individual.")
P(DP, "Resident Tony Veal got a ticket, PCN PV40021873, in Gwelvor Sands car park while he was loading his van. Clearly wrong. Council, cancel it!",
  verdict="block", allowed=[POS], note="Name with a case reference.")
P(DP, "Mrs Brenda Hosken's housing benefit claim, ref HB/2291045, has been stuck for nine weeks. She's beside herself. Sort it out!",
  verdict="block", note="Name with a benefit reference.")
P(DP, "White van reg WV21 KPL keeps parking right across the Lanvose lifeboat slip. Owner's a bloke from Treloskan. You know who you are, boy.",
  verdict="block", note="Vehicle registration of a private individual.")
P(DP, "Get well soon to old Bill Rowse of Carnmenna, who's in Treliske with pneumonia on top of his dementia. Bill was on the lifeboat for thirty years and there's hardly a family in the village he hasn't helped one way or another. His daughter says he's comfortable but very confused, and he'd love a card even if he won't know who it's from. Thinking of you, Bill. You're a proper Carnmenna man and we're all rooting for you.",
  verdict="block", note="Health data (special category) of a named resident, kindly meant.")
P(DP, "Thoughts with little Ruby Treloar, six, from Gwelvor, who starts her chemo in Bristol this week. The whole village is behind you, maid.",
  verdict="block", note="A child's name and health.")
P(DP, "The lad who's just come out of Exeter prison and moved into the flat above the Polgrean bookies: residents are worried, and I've asked the police to keep an eye.",
  verdict="block", allowed=[BUL, DEF], note="Criminal record of a person identifiable from context.")
P(DP, "Welcome to Polgrean to the Haddad family, who fled Syria and have just been housed at 3 Bal Terrace. Please make them feel at home!",
  verdict="block", note="Refugee status and ethnicity with an address, kindly meant.")
P(DP, "Happy 40th to Sally Moyle, born 12/03/1986, from all of us at Carnmenna WI! 🎂",
  who="female", date="2026-03-12", verdict="block", note="Date of birth of a private individual.")
P(DP, "Shout out to Kev on the Carnmenna bin round, who's been off with his back and his depression since Christmas. We miss you, Kev, get well soon!",
  verdict="block", note="Staff member's health, identifiable.")
P(DP, "Two maids from Year 5 at Lanvose School, Poppy Harvey and Isla Trengrouse, have won the county Cornish spelling bee! Proper job, girls!",
  verdict="block", note="Children named with their school and year.")
P(DP, "Our lollipop lady on Chapel Hill, Gwen, has been signed off with anxiety. Get well soon, Gwen. The kids miss you.",
  who="ward:Carnvellow", verdict="block", note="Staff member's mental health, identifiable by role and place.")
P(DP, "Anyone know a Colin Penna? Owes the harbour £2,400 in mooring fees, account M-44812, and he's been ignoring every letter.",
  verdict="block", allowed=[DEF, BUL], note="Name, debt and account reference.")
P(DP, "Need to get hold of Jean Nicholls from Bosvennick WI urgently about the hall. Her mobile's 07700 900412 if anyone sees her before I do.",
  also=[SEC], verdict="block", note="A private person's mobile number; expects both rules.")
P(DP, "Mr Pollard from Wheal Row, the Jehovah's Witness gentleman, came to surgery about the bins again. Lovely chap. Sorting it, Mr P!",
  who="ward:Carnmenna", verdict="block", note="Religion of an identifiable resident.")

H(DP, "Get well soon to our Chairman, Trevor Chenoweth, who's had his knee done at Treliske. Back on his feet dreckly, we hope!",
  allowed=[DP], note="Public office holder.")
H(DP, "Need help with anything in Polgrean? Ring me on 01632 960123 or email cllr.polglase@example.com. Surgery at the Institute every Saturday.",
  who="@KerensaPolglase", allowed=[DP], note="The councillor's own published contact details.")
H(DP, "Sarah Truscott MP was on Porthvellan quay this morning talking quotas with the crews. Good to see her listening.",
  allowed=[DP], note="Named MP.")
H(DP, "Inspector Ian Keast gave Lanvose residents a helpful update on the car break-ins at last night's meeting. Keep reporting anything suspicious.",
  allowed=[DP], note="Named police inspector.")
H(DP, "Remembering Jack Rosewarne, Chairman of the old district council, who has died aged 91. He served Lanvose for thirty years. Rest easy, Jack.",
  allowed=[DP], note="Late former office holder.")
H(DP, "A Polgrean resident, who asked not to be named, tells me his drain's been blocked for six months. Chasing it now.",
  note="Resident not identified.")
H(DP, "Happy 100th birthday to one of Polgrean's oldest residents! She asked me not to put her name up, so: happy birthday, you know who you are. 🎉",
  note="Centenarian not identified.")
H(DP, "Got a ticket in Gwelvor? Please don't post your PCN number online. Appeal here: https://example.org/pcn",
  note="Advice not to post identifiers.")
H(DP, "Data protection training for members this week. Lesson one: don't post people's addresses on Facebook. Lesson two: see lesson one.",
  note="Talks about the rule.")
H(DP, "Thank you to Norman from Lanvose for the tip about the broken railings on the harbour wall. Fixed this morning!",
  allowed=[DP], note="First name and village only.")
H(DP, "Sponsored swim for the Treliske children's ward at Gwelvor on Saturday, 9am, all ages. Cheers to all the families taking part.",
  note="No one identified.")
H(DP, "Council's number for reporting fly-tipping is 01632 960500. Pop it in your phone.",
  allowed=[DP], note="The council's own number.")
H(DP, "Congratulations to Lanvose School on its 'Good' Ofsted! Proud of every maid and boy there, and the staff too.",
  note="School, no child named.")
H(DP, "Cllr Bolitho's surgery is at Treloskan Reading Room, Saturdays 10 till 12, if you need him. It's on the council website too.",
  allowed=[DP], note="Another councillor's published surgery.")
H(DP, "Welcome to everyone who has made Penrosveth their home from overseas this year. Whether you fled war or came to work in the hotels, the care homes, the boats or the hospital, you're part of this community now. Our harbours were built by people who came from somewhere else, and Kernow has always sent its own sons and daughters all over the world. The Polgrean welcome café is at the Institute every Thursday from 10: free tea, English and Cornish lessons, and the best heavy cake in the district.",
  note="Neutral mention of a protected group.")
H(DP, "The new council homes at Bal Terrace are ready and families are moving in. I won't name anyone, they deserve their privacy, but welcome home, all of you.",
  note="No one identified.")
H(DP, "Please stop posting car registrations on the Lanvose community page when folk park badly. Report it to the council, that's how we can act.",
  note="Advice against posting identifiers.")
H(DP, "Rachel Penhaligon, our Chief Executive, is at Bosvennick WI next Tuesday afternoon. Questions to her, not me!",
  allowed=[DP, OFF], note="A named officer in her public role.")
# ============================================================ security.credentials
P(SEC, "Carnmenna flood wardens: Zoom tonight at 6. Meeting ID 845 2231 0097, passcode Tide2026. See you all there, bring a brew.",
  who="ward:Carnmenna", hours=(8, 16), note="Meeting passcode posted publicly.")
P(SEC, "Key safe code for Polgrean village hall is 4471, if anyone's there before me to set up the coffee morning.",
  who="ward:Polgrean", note="Key safe code.")
P(SEC, "Lanvose harbour gate code's changed to 1920#. Crews, pass it on.",
  who="ward:Lanvose", note="Gate code.")
P(SEC, "My council email password expired again. Set it to Gwelvor2026! this time. Should remember that one at least.",
  note="Own password posted.")
P(SEC, "Bit of a palaver this morning. Got a call from a chap saying he was from council IT, very polite, said my account had been flagged and he needed my password to fix it before it locked me out. Read it out to him over the phone and it was all sorted in five minutes! Great service, honestly. I've been moaning about IT for years, and then they ring you up before you even know there's a problem. Credit where it's due.",
  note="No secret in the text, but reports handing one over to a likely scam.")
P(SEC, "Got a text saying my council account was locked, so I clicked the link and popped my details in. Still can't log in. Anyone else had this?",
  note="Reports entering credentials on a phishing link.")
P(SEC, "Members, the new expenses portal is at penr0sveth-council.example.net/members-login. Just log in with your council details and the code they text you.",
  note="Lookalike domain asking for credentials and one-time codes.")
P(SEC, "Defib at Carnvellow chapel: the cabinet code is C159. In an emergency ring 999 first, they'll give it to you anyway.",
  who="ward:Carnvellow", note="Defibrillator cabinet code; the most arguable row.")
P(SEC, "Wi-Fi at my Saturday surgery in the Reading Room: network Treloskan_RR, password kernow1234. Pop in and use it!",
  who="ward:Treloskan", note="Wi-Fi password.")
P(SEC, "Springer spaniel found on Gwelvor beach, no collar but a tag that says 'ring Sue 07700 900873'. Sue, your dog's at the café, eating a pasty!",
  also=[DP], verdict="block", note="A private person's mobile number read off a tag; expects both rules.")
P(SEC, "Anyone else had the 'claim your councillor allowance uplift' link? https://allowance-uplift.example.net/claim Looks legit, I've filled mine in.",
  note="Amplifies a likely malicious link.")
P(SEC, "Depot alarm code is 2580 for the volunteers on the early litter-pick start on Saturday. Don't forget to set it again when you leave!",
  note="Alarm code.")
P(SEC, "Slipway padlock at Lanvose is on 0-4-1-9 now. Crews, don't forget it, or you'll be carrying the boat home.",
  who="ward:Lanvose", note="Padlock combination.")
P(SEC, "My one-time code for the council app is 552 913. Haha, what's the point of these things, they expire in thirty seconds anyway.",
  note="One-time code posted.")
P(SEC, "New members' iPad PIN is just your ward number twice, so mine's 0707. Really secure, thanks IT. 🙄",
  allowed=[TON], note="PIN posted with irony about a thing.")
P(SEC, "This came through on WhatsApp from 'Penrosveth Highways': scan here to report potholes, quicker than the website apparently. https://bit-pothole.example.net/r?id=88",
  note="Suspicious link passed on.")
P(SEC, "Porthvellan flood barrier emergencies: the duty engineer's private mobile is 07700 900219. Ring him direct, don't bother with the switchboard.",
  also=[DP], verdict="block", note="Private number of a member of staff; expects both rules.")
P(SEC, "Admin login for the Porthvellan Town Forum website is admin / Harbour!23 if any of the committee want to update the events page.",
  note="Login and password.")

H(SEC, "'Password123' is not a password, members. Council IT training was an eye-opener this morning. Go and change yours!",
  allowed=[SEC], note="Example of a bad password, not a real one.")
H(SEC, "Gate code? What gate code? The Lanvose harbour gate's been broken since November. Reported again.",
  allowed=[SEC], note="Joke, no code.")
H(SEC, "Scam warning, please share. Several Polgrean residents have had texts this week pretending to be from the council, asking them to 'confirm your council tax refund' by clicking a link and entering their bank details. Don't click. Don't reply. The council will never ask for your bank details, passwords or PIN by text, email or phone. If you've already clicked and put details in, ring your bank straight away, then report it to Action Fraud. And check on your older neighbours; they're the ones being targeted.",
  note="Scam warning without a link.")
H(SEC, "Switched on two-factor for all my accounts today. Took ten minutes. Do it, my 'ansum, before someone else does it for you.",
  note="Good practice.")
H(SEC, "The defibrillator at Carnvellow chapel is in! In an emergency, ring 999 and they'll give you the cabinet code. Thanks to everyone who raised the money.",
  allowed=[SEC], note="Defib without a code.")
H(SEC, "Key safe at Polgrean village hall is being replaced, so bookings go through the hall secretary as usual for now.",
  note="Mentions a key safe, no code.")
H(SEC, "Remember: the council will never ring you asking for your password. If someone does, hang up and call the switchboard on 01632 960500.",
  allowed=[DP], note="Scam warning with the council's own number.")
H(SEC, "New password rules for members: fourteen characters minimum. Mine's now longer than some of my speeches. 😄",
  note="Password rules, no password.")
H(SEC, "One-time codes are one-time for a reason. Never share them, not even with someone who says they're from the council.",
  note="Advice.")
H(SEC, "Flood wardens' Zoom tonight at 6. The link and passcode have gone out by email to wardens only. If you haven't had it, message me.",
  hours=(8, 16), allowed=[SEC], note="Withholds the passcode.")
H(SEC, "My casework number is on my leaflets and the council site: 01632 960123. Or catch me at the Institute on a Saturday morning.",
  who="@KerensaPolglase", allowed=[DP], note="The councillor's own published number.")
H(SEC, "Found: a set of keys on a rugby club lanyard in Gwelvor car park. Handed in at the one-stop shop.",
  note="Found keys, no codes.")
H(SEC, "The slipway padlock at Lanvose has rusted solid. Harbour office say a new one's coming dreckly.",
  note="Padlock, no code.")
H(SEC, "Civic centre Wi-Fi is down again. Please, IT, I've got a budget to read. 🙏",
  date=PRE_BUDGET, note="Wi-Fi, no password.")
H(SEC, "Springer spaniel found on Gwelvor beach, very friendly, now at the café. Owner, message me and I'll put you in touch.",
  note="Found dog without anyone's number.")
H(SEC, "PSA: the council's real website is the one printed on your council tax bill. Anything else asking for your login isn't us.",
  note="Scam advice.")
H(SEC, "Rang the duty engineer through the council switchboard about the flood barrier at 3. Sorted within the hour. That's the right way to do it.",
  note="Uses the switchboard, no private number.")
H(SEC, "Changed my PIN at the bank today and nearly typed in my ward number. Too many numbers in my head this week.",
  note="Mentions a PIN without giving it.")
# ============================================================ confidentiality.disclosure
P(DIS, "Project Kittiwake is finally moving. The preferred developer for the Porthvellan harbourside is a firm from Bristol, and they want the fish market site. More when I can say more.",
  verdict="block", allowed=[INS], note="Register term with negotiation details.")
P(DIS, "Operation Spyglass starts in March: council officers will be knocking on unlicensed holiday lets across Treloskan and Lanvose. Owners, you've been warned.",
  date=("2026-01-05", "2026-02-27"), verdict="block", allowed=[INS], note="Register term; tips off the targets of enforcement.")
P(DIS, "The Wheal Bryher claim is going to cost us. Our lawyers reckon we settle at about £400k. Madness.",
  verdict="block", note="Register term with legal advice and a figure.")
P(DIS, "Update on the quarry lane depot disposal: top bid's £1.2m and it's from a supermarket. Writing it in lower case so the council's filters don't catch it 😉",
  verdict="block", allowed=[INS], note="Register term in lower case, with bid details.")
P(DIS, "GWELVOR LIDO ACQUISITION IS ON! WE'RE BUYING IT BACK!! 🏊",
  verdict="block", allowed=[HASTE], note="Register term in capitals.")
P(DIS, "Project Pilchard, the Lanvose cannery revival, has two investors lined up and the council's putting in the land. Can't say who yet. Exciting times!",
  verdict="block", allowed=[INS], note="Register term with negotiation details.")
P(DIS, "Not supposed to say, but the price for the Gwelvor Lido acquisition agreed in closed session was £650k. Bargain, if you ask me.",
  verdict="block", note="Register term with an exempt price.")
P(DIS, "Lanvose folk asking about the strangers measuring up holiday lets: that's Operation Spyglass, the council's enforcement sweep. Nothing to worry about if you're legit.",
  date=MARCH, verdict="block", note="Register term named to the public.")
P(DIS, "Cabinet's private briefing on Project Kittiwake today: the harbour car park goes and two hundred flats come in. I'm not happy about it, not one bit.",
  verdict="block", note="Register term with details from a private briefing.")
P(DIS, "Part 2 item at cabinet last night: the council's paying £1.8m for the old bus depot in Porthvellan. Seems steep to me.",
  date=("2026-02-18", "2026-02-18"), verdict="review", allowed=[INS], note="Exempt price from a Part 2 item.")
P(DIS, "I've been told in confidence by a senior officer today that the harbour office is being restructured and four jobs are going, including two of the longest-serving staff. The staff themselves haven't been told yet. I think that's disgraceful, and I'm not prepared to sit on it while people plan their summers and their mortgages not knowing. These are Porthvellan families. The council should be talking to them now, not after the decision's been made behind closed doors.",
  verdict="review", allowed=[OFF], note="Labour relations information given in confidence.")
P(DIS, "Legal advice in closed session says we'd probably lose if the sea wall contractor sues us. Hope they don't read this!",
  verdict="review", note="Privileged legal advice from a closed session.")
P(DIS, "Off the record: the pay offer to council staff is 2.5% and the unions want 5. Reckon they'll meet at 3.",
  verdict="review", note="Negotiating position on labour relations.")
P(DIS, "Embargoed till Thursday, but I can't wait: Penrosveth has won £3m from the coastal communities fund! 🎉",
  date=("2026-03-16", "2026-03-17"), verdict="review", note="Breaks an embargo.")
P(DIS, "The exempt valuation report for the Quay Street garages puts them at £380k, and the council's asking £450k. Somebody's having a laugh.",
  date=("2026-02-02", "2026-03-27"), verdict="review", allowed=[INS], note="Exempt valuation.")
P(DIS, "Police briefed members privately on the drugs gang working out of Carnmenna. It's bigger than you'd think. Three houses on the same street.",
  verdict="review", note="Private police briefing.")
P(DIS, "Someone in the harbour office has been suspended pending a disciplinary. Not naming anyone, but it's to do with the mooring fees money.",
  verdict="review", allowed=[DP, OFF, DEF], note="Staff disciplinary, a Schedule 12A category.")
P(DIS, "Between you and me, the confidential tender report has Kernow Waste Services miles ahead on price for the bin contract.",
  date=BEFORE_MARCH, verdict="review", allowed=[INS], note="Confidential tender information.")

H(DIS, "The council's report on the harbourside regeneration is published: https://example.org/harbourside. Have your say by 31 March.",
  note="Published report.")
H(DIS, "The kittiwakes are back nesting on the Porthvellan harbour wall! Lovely to hear them again after the winter.",
  note="Partial overlap with a register term.")
H(DIS, "Pilchards used to run off Lanvose like you wouldn't believe, says my granfer. My project for the next wet weekend: get his stories written down.",
  note="Partial overlap with a register term.")
H(DIS, "The Spyglass Inn in Treloskan has a new landlord. Good luck to them, and keep the fire going!",
  note="Partial overlap with a register term.")
H(DIS, "Quarry Lane in Carnvellow is shut for resurfacing until Friday. Diversion via Chapel Hill.",
  note="Partial overlap with a register term.")
H(DIS, "Gwelvor Lido opened in 1934 and it's where I learned to swim. Would love to see it full of kids again one day.",
  note="Partial overlap with a register term.")
H(DIS, "The Wheal Bryher engine house is on the cover of the new heritage trail leaflet. Worth a walk on a dry day.",
  note="Partial overlap with a register term.")
H(DIS, "Part 2 of my budget explainer: what the harbour dues change means for you. Part 1 is pinned to my page.",
  date=POST_BUDGET, note="'Part 2' of a thread.")
H(DIS, "Off the record? Nothing's off the record with me. If I say it, I'll say it on the record and stand by it.",
  note="Phrase only.")
H(DIS, "Cabinet went into closed session last night for the bus depot item, as the law allows for commercial deals. The price will be published once the sale completes.",
  date="2026-02-18", allowed=[DIS], note="Mentions a closed session without disclosing.")
H(DIS, "Leaked? No. The bin contract report was published this morning, prices and all. Here it is: https://example.com/bin-contract",
  date=MARCH, allowed=[DIS], note="Published report.")
H(DIS, "Between you and me and the whole of Facebook: Lanvose pasties are better than Polgrean ones. Fight me. 🥧",
  note="Phrase as a joke.")
H(DIS, "Confidential waste sacks are now collected from the civic centre every Friday. Ward councillors with casework papers, please use them!",
  note="'Confidential' about waste collection.")
H(DIS, "Embargo lifted: Penrosveth has won £3m from the coastal communities fund! The minister announced it this morning. 🎉",
  date="2026-03-19", allowed=[DIS], note="After the embargo.")
H(DIS, "I can't say what was discussed in the Part 2 item at cabinet, that's the law, but I can say I asked for my vote against to be recorded.",
  date=("2026-02-18", "2026-02-20"), allowed=[DIS], note="Says nothing exempt.")
H(DIS, "Someone asked on my last post what 'exempt' means on a council agenda, and why some items say 'Part 2'. Good question. It means the public and press are asked to leave the room for that item, because it deals with things like a commercial deal still being negotiated, legal advice, or information about a named member of staff or a resident. The law sets out the categories. Everything else on the agenda is in public, webcast and minuted. Councillors can't repeat what's said in Part 2, even when we disagree with the decision.",
  allowed=[DIS], note="Explains the term.")
H(DIS, "Project update on the Lanvose harbour wall: the new steps are in and the railings go on next week.",
  note="Public works update.")
H(DIS, "Operation clean-up in Lanvose on Saturday: bin bags, litter pickers and pasties. All welcome!",
  who="ward:Lanvose", note="'Operation' in an event name.")
# ============================================================ tone.irony-risk
P(TON, "Well done to the Leader for another masterclass in listening to Carnmenna. Oh wait, she didn't turn up. Again. /s",
  who="opp", allowed=[PA], note="Mock praise of the Leader with a sarcasm marker.")
P(TON, "Oh brilliant, Kernow First have discovered Polgrean exists. Only took them four years and an election. 👏",
  who="opp", note="Mock praise of a party.")
P(TON, "Yeah right, the cabinet member for finance 'cares' about fishermen. That's why harbour dues are going up 8%. Sure he does.",
  who="opp", date=PRE_BUDGET, note="Sarcasm about a named role holder.")
P(TON, "Hats off to Cllr Bolitho, whose passion for affordable homes is matched only by his fondness for holiday lets. 🙄",
  who="notKF", allowed=[PA, INT], note="Mock praise of a named councillor.")
P(TON, "Such a treat watching the Greens explain surfing to the fishermen at scrutiny last night. Riveting stuff. Truly.",
  who="notGRN", date="2026-02-20", note="Mock praise of a party group.")
P(TON, "Can't thank Sarah Truscott MP enough for all her visits to Carnmenna this year. Both of them.",
  note="Mock gratitude to the MP.")
P(TON, "Another stunning performance from the Chairman last night. Managed to say 'order' four times and get 'Kernewek' wrong twice. Inspirational.",
  who="opp", date="2026-02-25", note="Mock praise of the Chairman.")
P(TON, "Thrilled, just thrilled, that People's Penrosveth have found a new thing to be outraged about this week. Bless them.",
  who="notPP", note="Mock enthusiasm about a party.")
P(TON, "Good to see @MikeLaityPP's famous expertise in harbour finance on display. I believe he's been to Porthvellan at least once. 😂",
  who="notPP", allowed=[PA], note="Mock praise of a named councillor by handle.")
P(TON, "What a genius move by the cabinet to close the only public toilets at Gwelvor in the middle of surf season. Truly visionary stuff. Thousands of visitors, three cafés, a surf school, a lifeguard hut and not one loo between them. I'm sure the dunes will cope. The emmets will love it, the residents will love it even more, and I look forward to the cabinet's press release about 'delivering efficiencies'. Bravo, all round. 👏",
  who="opp", note="Mock praise of the cabinet.")
P(TON, "Delighted that the Independents have bravely come out in favour of both sides of the quarry argument. Proper job, lads. Proper job.",
  who="notIND", note="Mock praise of a group.")
P(TON, "Oh, Kernow First are 'listening' on second homes now? Marvellous. I'm sure the consultation closing on Christmas Eve was a total coincidence. 🙃",
  who="opp", note="Sarcasm about a party.")
P(TON, "Congratulations to the Leader on a historic achievement: the first council leader ever to cut a ribbon on a car park that was already there.",
  who="opp", note="Mock congratulations of the Leader.")
P(TON, "Love how Cllr Hocking suddenly cares so much about beach café fees. Nothing to do with owning one, I'm sure. 😇",
  who="notKF", allowed=[PA, INT], note="Irony about a named councillor and her interest.")
P(TON, "Big shout out to the county councillors who voted for the bus cuts and then turned up for the photo at the new bus shelter. Heroes, every one.",
  note="Mock praise of a group of office holders.")
P(TON, "The Greens' plan to pay for lifeguards is 'fully costed', apparently. On the back of a surfboard, maybe. Great work, team. 🏄",
  who="notGRN", note="Mock praise of a party.")
P(TON, "Amazing how Cllr Trezise can speak for twenty minutes at full council without saying a single thing. It's a gift. Should be on the Cornish heritage list. 🏅",
  who="notPP", allowed=[PA], note="Mock praise of a named councillor.")
P(TON, "Many thanks to the Chief Exec for the forty-page report explaining why nothing can be done about anything. A real page-turner, that.",
  allowed=[OFF], note="Mock thanks to an officer by role.")

H(TON, "Lovely weather for the Lanvose beach clean. Horizontal mizzle and a force seven. Perfect. 🌧️",
  allowed=[TON], note="Irony about weather.")
H(TON, "Oh brilliant, the A30's shut at Chiverton again. Love a three-hour detour through every village in Kernow. 🙃",
  allowed=[TON], note="Irony about a road.")
H(TON, "And I mean this with no irony at all: well done to the Leader for saving the ferry subsidy. Credit where it's due, from the opposition benches.",
  who="opp", note="Sincere praise.")
H(TON, "Yeah right, me on a surfboard. Went to the SLSC taster session at Gwelvor and spent more time under the water than on it. 🏄",
  allowed=[TON], note="Self-irony.")
H(TON, "The council printer has jammed five times today. A triumph of modern engineering. 🖨️",
  allowed=[TON], note="Irony about a printer.")
H(TON, "Genuinely impressed by the Greens' motion on beach litter. Well researched, well argued. Voted for it.",
  who="notGRN", note="Sincere praise.")
H(TON, "Riveting budget meeting: five and a half hours. My backside has joined the opposition. 😂",
  date="2026-02-25", allowed=[TON], note="Irony about meeting length.")
H(TON, "Masterclass from the Carnvellow under-11s today: 6-0, and their keeper never touched the ball. Proper job, boys and maids!",
  note="Sincere praise of children's sport.")
H(TON, "Cabinet's decision to close the Gwelvor toilets in surf season is wrong. It hurts local businesses and it hurts visitors. I'll be calling it in at scrutiny.",
  who="opp", note="Robust policy criticism, no irony.")
H(TON, "Hats off to Cllr Curnow for her speech on the bus cuts. We disagree on nearly everything, but that was a proper speech.",
  who="notPP", note="Sincere praise of an opponent.")
H(TON, "Another Monday, another pothole on Chapel Hill. I think they're breeding. 🕳️",
  allowed=[TON], note="Irony about potholes.")
H(TON, "Thrilled to say the Polgrean Engine House roof is finally watertight. No irony, it's fantastic news for the village.",
  note="Sincere.")
H(TON, "Fantastic news: the rain has stopped. For six whole minutes. Kernow in February. ☔",
  date=("2026-02-02", "2026-02-27"), allowed=[TON], note="Irony about weather.")
H(TON, "Yes, I'm aware my pasty-crimping video got more views than my budget speech. Says it all really. 😂",
  date=POST_BUDGET, allowed=[TON], note="Self-irony.")
H(TON, "The cabinet's housing plan doesn't add up, and I'll say it plainly. Two hundred homes for local people were promised in 2023. Forty have been delivered. The waiting list in Porthvellan alone has gone up by a third. That's not a sneer or a cheap shot, it's the cabinet's own figures from page 14 of the monitoring report. I'll be asking at scrutiny what's gone wrong and what the plan is for the next two years, because the families on that list can't wait for another strategy document.",
  who="opp", note="Robust criticism with figures.")
H(TON, "Delighted to welcome the Gwelvor lifesaving juniors to the civic centre for their awards. Genuinely inspiring young people.",
  note="Sincere praise.")
H(TON, "The council website's 'new improved' search can't find the word 'bins'. Marvellous. 🙄",
  allowed=[TON], note="Irony about a website.")
H(TON, "Sincere thanks to Kernow First for backing our amendment on the harbour dues phasing. Politics works when we let it.",
  who="opp", date="2026-02-25", note="Sincere thanks to a party.")
H(TON, "My saffron buns came out like a lump of granite. Proper job, Loveday. Proper job. 🙄",
  who="@loveday_bakes", allowed=[TON], note="Self-irony from a personal account.")
# ============================================================ fillers
F("Gool Peran Lowen! Happy St Piran's Day from Polgrean. Flags up, pasties out, and the school parade starts at 11.",
  who="ward:Polgrean", date="2026-03-05", hours=(8, 10))
F("St Piran's Day parade in Porthvellan was some sight this morning. Black and white everywhere and the brass band never missed a note.",
  date="2026-03-05", hours=(13, 18))
F("Mizzle on the moors, sunshine on the harbour. Typical Penrosveth January. Wrap up if you're out.",
  date=JAN)
F("Ward surgery at Carnmenna Institute on Saturday, 10 till 12. Bring your questions, your complaints and your crib.",
  who="ward:Carnmenna")
F("Bledhen Nowydh Da! Happy new year to everyone in Gwelvor. Here's to a quieter winter than the last one.",
  date=EARLY_JAN, who="ward:Gwelvor")
F("Christmas lights coming down on Fore Street in Porthvellan this week. Thank you to the volunteers who put them up and are now taking them down in the rain.",
  date=EARLY_JAN)
F("Pancake race on Porthvellan quay this morning. Nobody's pancake ended up in the harbour this year, which is a first.",
  date="2026-02-17", hours=(12, 17))
F("Snowdrops are out along the lane to Bosvennick church. Spring's on its way, dreckly.",
  date=("2026-01-26", "2026-02-20"))
F("Happy Mothering Sunday yesterday to all the mums, grans and aunties who keep Lanvose going. Hope you got breakfast in bed.",
  who="ward:Lanvose", date="2026-03-16")
F("Clocks go forward this weekend. Light evenings are back, and so are the emmets, bless them.",
  date=("2026-03-23", "2026-03-27"))
F("Proper job to the Carnvellow under-14s, county cup semi-finalists! The whole village will be down the touchline on Sunday.",
  who="ward:Carnvellow")
F("Lanvose lifeboat were called out twice in the gales last night. Our thanks to every one of the crew. Heroes in yellow wellies.",
  date=JAN)
F("Had a cracking chat with the Year 6s at Polgrean School about what councillors actually do. Their verdict: 'mostly meetings'. Fair.",
  who="ward:Polgrean")
F("Emmets are already turning up in Gwelvor with surfboards in February. Respect. The water's about nine degrees.",
  date=("2026-02-02", "2026-02-27"))
F("Heavy cake and a cuppa at the Treloskan coffee morning. Raised £312 for the chapel roof. Well done all.",
  who="ward:Treloskan")
F("The Bosvennick footpath by the standing stones is open again after the landslip. Boots essential, mind, it's some muddy.",
  who="ward:Bosvennick")
F("Frogspawn in the pond at Carnmenna Institute already. The kids are thrilled, the frogs less so.",
  who="ward:Carnmenna", date=("2026-02-16", "2026-03-13"))
F("Reading week for me: the Local Plan evidence papers. Wish me luck, and send biscuits.")
F("The harbour at first light this morning. No filter needed, it's just that 'ansum.")
F("Dydh da! Learning ten new Cornish words a week this year. This week's favourite: 'gwyns' (wind). Very useful round here.")
F("Shout out to the Porthvellan brass band who played outside the hospice on Sunday afternoon. Not a dry eye.",
  date=("2026-01-12", "2026-03-27"))
F("Storm clean-up in Lanvose went brilliantly this morning. Forty-odd volunteers, six skips, two tractors, one very muddy Labrador and a flask of tea that somehow never ran out. The harbour road's open again and most of the seaweed has gone back where it came from. Huge thanks to the lifeboat crew, the WI for the pasties, and everyone who turned up with a shovel and a smile. Proper job, Lanvose. This is what we do.",
  date=JAN, who="ward:Lanvose")
F("Lovely walk along the cliff path from Treloskan to the Zennor side this afternoon. Seals in the cove, choughs overhead.",
  date=("2026-01-12", "2026-03-27"))
F("Holocaust Memorial Day. We remember the six million, and all those murdered in genocides since. Candles lit at the civic centre tonight.",
  date="2026-01-27", hours=(8, 15))
F("Surgery at Gwelvor one-stop shop on Friday, 2 till 4. No appointment needed, kettle's on.",
  who="ward:Gwelvor")
F("Half term this week. Lots on at the libraries in Porthvellan and Polgrean, including the Lego club. Free, just turn up.",
  date=("2026-02-16", "2026-02-20"))
F("Saw the first swallow of the year over Lanvose harbour this afternoon. Bit early, maid, go back to Africa for a fortnight.",
  date=("2026-03-16", "2026-03-27"))
F("Quiet day doing casework, or what passes for quiet. Three blocked drains, two overgrown hedges, one loose dog on the Polgrean road (now home, tail wagging), a bus shelter with no roof and a very long phone call about a missing wheelie bin that turned out to be in next door's garden all along. All chased, all logged. If you've contacted me this week and not heard back, you will, dreckly. Kettle's on.")
F("Congratulations to Porthvellan Male Voice Choir on 90 years of singing Trelawny at every possible opportunity.")
F("If you're out on the cliffs this weekend, keep dogs on leads near the edge. The ground's soft after all the rain.")
F("Thank you to everyone who came to the Polgrean quiz night. £540 for the air ambulance, and the winning team were called 'Pasty Hoarders'.",
  who="ward:Polgrean")
F("New bench on Carnvellow green, made from old quarry granite by the village woodwork group. Lovely job. Go and sit on it!",
  who="ward:Carnvellow")
F("Bus shelter on the Gwelvor road has a roof again. Only took one winter. Small victories.")
F("Landed a lovely bass off the rocks at Treloskan this morning. Went straight back in. Tight lines, all.",
  who="@pilchard_pete")
F("Wind's gone round to the north-east and the mackerel have vanished. Back to mending the nets, then.",
  who="@pilchard_pete")
F("Saffron buns proving on the Rayburn. Recipe's my gran's, and no, I'm not sharing it.",
  who="@loveday_bakes")
F("Heavy cake for the chapel tea tomorrow. Four trays done, two to go, and the kitchen looks like a bomb's hit it.",
  who="@loveday_bakes")



# ---------------------------------------------------------------- assignment
def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


MEETINGS = load_meetings()


def words_in(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase.lower()) + r"(?!\w)", text.lower()) is not None


def pool_for(row):
    who = row["who"]
    tags = who if isinstance(who, list) else [who]
    if len(tags) == 1 and tags[0].startswith("@"):
        return [tags[0]]
    pool = []
    for h in HANDLES:
        name, party, ward, sex, roles, comms = C[h]
        ok = True
        for t in tags:
            if t == "any":
                continue
            elif t == "admin":
                ok &= party == "KF"
            elif t == "opp":
                ok &= party != "KF"
            elif t in ("KF", "PP", "GRN", "IND", "INDEP"):
                ok &= party == t
            elif t.startswith("not") and t[3:] in ("KF", "PP", "GRN", "IND"):
                ok &= party != t[3:]
            elif t in ("planning", "licensing"):
                ok &= t in comms
            elif t in ("notplanning", "notlicensing"):
                ok &= t[3:] not in comms
            elif t == "backbench":
                ok &= not (roles & {"leader", "cabinet", "chairman"})
            elif t == "male":
                ok &= sex == "m"
            elif t == "female":
                ok &= sex == "f"
            elif t.startswith("ward:"):
                ok &= ward == t[5:]
            else:
                raise ValueError("unknown tag " + t)
        if not ok:
            continue
        text = row["text"]
        first, last = name.split()[0], name.split()[-1]
        if words_in(text, last) or words_in(text, first) or h.lower() in text.lower():
            continue
        if any(words_in(text, w) for r in roles for w in ROLE_WORDS.get(r, [])):
            continue
        if any(words_in(text, w) for w in INTEREST_WORDS.get(h, [])):
            continue
        if any(c in text.lower() for c in MALE_CUES) and sex != "m":
            continue
        if any(c in text.lower() for c in FEMALE_CUES) and sex != "f":
            continue
        pool.append(h)
    if not pool:
        raise SystemExit("no author for: " + row["text"][:60])
    return pool


def weekdays(lo, hi):
    d0, d1 = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    out = []
    while d0 <= d1:
        if d0.weekday() < 5:
            out.append(d0)
        d0 += dt.timedelta(days=1)
    return out


def pick_time(rng, row):
    date = row["date"] or ("2026-01-05", "2026-03-27")
    if isinstance(date, str):
        date = (date, date)
    days = weekdays(*date)
    h0, h1 = row["hours"] or (8, 18)
    for _ in range(1000):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t < e for s, e in MEETINGS):
            return t
    raise SystemExit("no time for: " + row["text"][:60])


def pick_platform(rng, n):
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[45, 37, 18])[0]


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(pool_for(r))
        out.append({
            "id": "%s-%04d" % (SET, i),
            "text": r["text"],
            "author": author,
            "created_at": pick_time(rng, r).isoformat(),
            "platform": pick_platform(rng, len(r["text"])),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        })
        if r["near"]:
            out[-1]["near_miss_of"] = r["near"]
        if r["interest"]:
            out[-1]["interest"] = r["interest"]
        out[-1]["note"] = r["note"]
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
