#!/usr/bin/env python3
"""Build blind evaluation set b156 (Swaleholm Borough Council, twelve single-post rules).

Every row below was written by hand. The script only picks authors, platforms and timestamps
(fixed seed), shuffles the rows, gives ids B156-NNNN and writes posts.jsonl. Running it twice gives
the same file byte for byte. Standard library only.
"""
import json
import os
import random
import re
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B156"
SEED = 15600

# ---------------------------------------------------------------------------
# Roster (mirrors council.toml): handle, name, party, ward, sex, roles, committees
# Parties: EF Estuary First (administration), SP Swale Progressives, MG Marshland Greens,
# II Island Independents, IND Independent.
# Wards: KT Kingsmarsh Town, KD Kingsmarsh Docks, GC Greyhythe Cliffs, SH Sandwicke and
# Harlingsey, SC Swaleholm Creek, SW Swaleholm Central, OA Oarstead, KF Kemsmere and Ferrymead,
# TE Teynhurst.
# ---------------------------------------------------------------------------
ROSTER = [
    ("@MaureenChalkEF", "Maureen Chalk", "EF", "KT", "f", {"leader", "cabinet"}, set()),
    ("@DerekLusted", "Derek Lusted", "EF", "SW", "m", {"cabinet"}, set()),
    ("@TinaGoldupEF", "Tina Goldup", "EF", "GC", "f", {"cabinet"}, set()),
    ("@GrahamWellard", "Graham Wellard", "EF", "KD", "m", {"cabinet"}, set()),
    ("@MayorSandraP", "Sandra Pilcher", "EF", "TE", "f", {"mayor"}, set()),
    ("@KeithElvyOarstead", "Keith Elvy", "EF", "OA", "m", set(), {"planning"}),
    ("@LorraineHoad", "Lorraine Hoad", "EF", "SH", "f", set(), {"licensing"}),
    ("@RickyBealEF", "Ricky Beal", "EF", "SC", "m", set(), {"planning", "licensing"}),
    ("@PritiVarmaSP", "Priti Varma", "SP", "KD", "f", set(), {"planning"}),
    ("@JasonOvenden", "Jason Ovenden", "SP", "KT", "m", set(), {"licensing"}),
    ("@BernieAshdownSP", "Bernie Ashdown", "SP", "SC", "m", set(), {"planning"}),
    ("@KerryAnnBoorman", "Kerry-Ann Boorman", "SP", "SW", "f", set(), {"planning", "licensing"}),
    ("@FemiOyelaranSP", "Femi Oyelaran", "SP", "KF", "m", set(), {"licensing"}),
    ("@RowanFaggGreen", "Rowan Fagg", "MG", "OA", "x", set(), {"planning"}),
    ("@HattieSayerGreen", "Hattie Sayer", "MG", "TE", "f", set(), {"licensing"}),
    ("@GaryWraightII", "Gary Wraight", "II", "GC", "m", set(), {"planning", "licensing"}),
    ("@DeniseTapsell", "Denise Tapsell", "II", "SH", "f", set(), {"planning"}),
    ("@ColinRuckInd", "Colin Ruck", "IND", "KF", "m", set(), {"licensing"}),
]
PERSONAL = {"@rowan_on_the_barge": "@RowanFaggGreen", "@harlingsey_waders": "@DeniseTapsell"}
BY_HANDLE = {r[0]: r for r in ROSTER}

# Words that touch a registered interest: its holder is never picked at random for such a post.
INTEREST_WORDS = {
    "@GrahamWellard": ["kingsmarsh port", "the port"],
    "@DerekLusted": ["chamber of trade"],
    "@RowanFaggGreen": ["barge"],
    "@MayorSandraP": ["growers", "orchard", "fruit", "cider", "apple"],
    "@DeniseTapsell": ["grazier", "grazing", "sheep", "ewes", "flock"],
    "@LorraineHoad": ["chalet"],
    "@ColinRuckInd": ["village hall"],
    "@FemiOyelaranSP": ["paper mill", "the mill"],
    "@JasonOvenden": ["boxing"],
    "@BernieAshdownSP": ["tenant"],
    "@GaryWraightII": ["abbey"],
    "@RickyBealEF": ["taxi", "cab driver", "cabbie"],
    "@KeithElvyOarstead": ["creekside farm"],
    "@KerryAnnBoorman": ["market"],
}
# Roles a post may name: their holders are never picked for it.
ROLE_WORDS = [
    (r"\bthe Leader\b|\bLeader's\b|\bour Leader\b|\bLeader of the Council\b", "@MaureenChalkEF"),
    (r"\bMayor\b", "@MayorSandraP"),
    (r"finance cabinet member|cabinet member for finance", "@DerekLusted"),
    (r"cabinet member for environment", "@TinaGoldupEF"),
    (r"cabinet member for housing", "@GrahamWellard"),
    (r"[Cc]hair of [Pp]lanning|planning chair", "@KeithElvyOarstead"),
    (r"[Cc]hair of [Ll]icensing|licensing chair", "@LorraineHoad"),
    (r"Progressives' leader|leader of the Progressives", "@PritiVarmaSP"),
]

SEVERITY = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def P(family, text, rules=None, allowed=(), verdict=None, who=None, when=None, interest=None, note=""):
    rules = list(rules) if rules else [family]
    if verdict is None:
        verdict = max((SEVERITY[r] for r in rules), key=RANK.get)
    row = dict(kind_of_row="positive", family=family, text=text, rules=rules, allowed=list(allowed),
               verdict=verdict, who=who, when=when, note=note)
    if interest:
        row["interest"] = interest
    ROWS.append(row)


def H(family, text, allowed=(), who=None, when=None, note=""):
    ROWS.append(dict(kind_of_row="hard_negative", family=family, text=text, rules=[],
                     allowed=list(allowed), verdict="ok", who=who, when=when, note=note,
                     near_miss_of=family))


def F(text, who=None, when=None, note=""):
    ROWS.append(dict(kind_of_row="filler", family=None, text=text, rules=[], allowed=[],
                     verdict="ok", who=who, when=when, note=note))


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
HST = "haste.pause-before-posting"

# ===========================================================================
# officers.impartiality
# ===========================================================================
P(OFF, "Fiona Brice's report on the Pipkin's Orchard homes reads like the developer wrote it. Head of Planning? Head of rubber stamps more like. She needs to take it back and rewrite it before committee sees it.",
  allowed=[PA, DEF, PRE], who="notplanning",
  note="names the Head of Planning, presses her to rewrite a report and questions her neutrality; author not on planning")
P(OFF, "Asked Mick Fennell three times why Greyhythe bins get missed every other Tuesday. Three times I got waffle. If the Head of Waste can't run a bin round maybe he should try doing one himself.",
  allowed=[PA], note="public criticism of a named officer")
P(OFF, "The s151 officer's 'prudent' reserves figure is a political choice dressed up as professional advice. Stuart Hollands should come clean and revise it before budget council. We all know who he's protecting.",
  allowed=[DEF], who="opp", note="presses the finance officer to change his advice and questions his neutrality")
P(OFF, "Licensing officers have clearly been got at. Their report on the Late Store recommends approval with barely a condition on it. Whose side is Joanne Ruddock on - residents' or the shop's?",
  allowed=[DEF, PRE], who="notlicensing", note="questions the neutrality of the named licensing manager; names a pending matter but gives no settled view and the author is not on licensing")
P(OFF, "Funny how our Monitoring Officer finds a breach every time an opposition councillor opens their mouth, and never when it's an Estuary First one. Nadia Corrigan needs to remember she works for all 18 of us, not just the cabinet.",
  allowed=[DEF], who="opp", note="questions the Monitoring Officer's neutrality in public")
P(OFF, "I've told the housing team in no uncertain terms: change the recommendation on the Marsh Court allocations or I'll raise it at full council. Ayesha Darby knows exactly where I stand.",
  allowed=[BUL], note="presses a named officer to change a recommendation")
P(OFF, "Comms put out a press release on the budget that airbrushed our amendment out completely. Lucy Bartram's team is supposed to be politically neutral, not the Leader's personal PR agency.",
  who="opp", note="questions the neutrality of the named Head of Communications")
P(OFF, "Officers 'advise' against a crossing on Oarstead High Street. Officers advised against the last three things residents actually wanted and all. Maybe we need officers who listen, starting at the top with Mr Pettman.",
  allowed=[PA], note="criticises officers and the named Chief Executive, calls for change at the top")
P(OFF, "Wes Kingsnorth's site visit lasted 11 minutes. ELEVEN. And that's the 'professional assessment' we're meant to trust?? Do your job properly Wes",
  allowed=[PA, HST], note="named senior planning officer criticised in public")
P(OFF, "Had the environmental health manager on the phone this morning and made it very clear: the report on the smells at the Kemsmere trading estate needs to say what residents say, not what the operator says. I'll be checking the wording before it goes out.",
  note="presses an officer (by role) over the content of a report")
P(OFF, "Democratic services have 'lost' our motion for the third month running. Owen, mate, this is beyond a joke. Either you're hopeless or you're doing someone's bidding.",
  allowed=[PA, DEF], who="opp", note="named Democratic Services Manager; insult plus imputed bias")
P(OFF, "Honestly the planning officer on the Cockle Row caravans should be taken off it. Too cosy with the holiday park lot by half - everyone down Sandwicke knows it.",
  allowed=[DEF, PRE], who="notplanning", note="questions an officer's neutrality on a pending application; author not on planning")
P(OFF, """Several of you have asked why the council's tree officer recommended felling the limes on Swaleholm Green.

I'll tell you why. Highways wanted them gone and she did as she was told. There's no other way to read that report.

I've asked for it to be withdrawn and rewritten by someone independent, and I won't accept the same officer's name on the next version. The Green deserves better.""",
  allowed=[DEF], note="long post: imputes bias to an officer by role and presses for the report to be rewritten")
P(OFF, "Cabinet members shouldn't have to drag answers out of their own finance team. Stuart Hollands has sat on the car park income figures for six weeks. Publish them or explain yourself.",
  who="cabinet not:@DerekLusted", note="a cabinet member publicly criticising the named s151 officer")
P(OFF, "Fair play to Wes for doing the site visit. Shame about the report he wrote afterwards. I'll be asking him to take out paragraph 6.3 - it's simply wrong and he knows it is.",
  note="presses a named officer to remove part of his report")
P(OFF, "Licensing Manager Joanne Ruddock told residents at the Quay Street drop-in that 'nothing can be done'. Nothing can be done by her, evidently. Time for a new licensing manager, I reckon.",
  allowed=[PA], note="named officer criticised, calls for her replacement")
P(OFF, "The Chief Exec's so-called restructure is about one thing: getting rid of the staff who dared to brief councillors honestly. Adrian Pettman should be ashamed of himself.",
  allowed=[DEF, PA], who="opp", note="named Chief Executive accused of a political purge")
P(OFF, "To whichever officer is drafting the Swaleholm parking review: I sit on the working group and I expect our ward's option to be the recommended one in the final report. Don't make me ask twice.",
  allowed=[BUL], note="presses the drafting officer to change a recommendation")

H(OFF, "Massive thanks to Mick Fennell and the Greyhythe crews who cleared the seafront after Saturday's storm. Out at 6am in sideways rain. Proper heroes the lot of them 👏",
  allowed=[OFF], note="thanks a named officer")
H(OFF, "I've asked officers for a breakdown of why missed bins in Greyhythe are up 30% this quarter. Not to blame the crews - I want to know whether the round is simply too big for one lorry.",
  note="questioning officers to understand, which the code allows")
H(OFF, "The officer report on the Old Ropewalk flats is now online (agenda item 6). Whatever your view, do read it: it's thorough and the recommendation is clearly explained.",
  who="notplanning", note="pointing to a published officer report, no pressure, no view on the merits")
H(OFF, "Welcome to Fiona Brice, our new Head of Planning, who started on Monday! Fiona's come across the water from Essex and already knows her way round the Swale mud 😄",
  allowed=[OFF], when=("2026-09-08", "2026-09-11"), note="welcomes a named officer")
H(OFF, "I disagree with cabinet's decision to close the Kingsmarsh one-stop shop. But that's a political decision made by councillors, and it's councillors you should hold to account - not the staff who have to carry it out.",
  who="opp", note="criticises a decision and defends staff")
H(OFF, "Whose side is this administration on? Not Kingsmarsh's. Cutting the seafront cleansing budget while the leafy wards get new planters. Shameful priorities.",
  who="opp", note="shares 'whose side' with a positive but aims at the administration's policy")
H(OFF, "Useful meeting with the licensing manager about the noise on Quay Street. She explained exactly what powers the council has and doesn't have. Clearer than I expected - thank you Joanne.",
  allowed=[OFF], note="thanks a named officer")
H(OFF, "Some people are having a go at council staff on the Greyhythe community page about the parking review. Please don't. Officers didn't write the policy, councillors did. Take it up with me.",
  allowed=[OFF], note="defends officers")
H(OFF, "Question I'll be asking at scrutiny next week: why did the waste contract variation never come to members? I want to understand the process, not point fingers at anyone.",
  who="opp", when=("2026-10-26", "2026-11-04"), note="legitimate scrutiny of process")
H(OFF, "The s151 officer's report is clear that reserves are at the minimum safe level. My group will propose a different balance of spending - that's a political choice. His figures aren't in dispute.",
  allowed=[OFF], who="party:SP", note="quotes officer advice and accepts it")
H(OFF, "Shout out to Owen in democratic services, who stayed till gone ten getting the full council papers out after the printer died. Legend.",
  allowed=[OFF], when=("2026-11-09", "2026-11-13"), note="thanks a named officer")
H(OFF, "This council's planning policy on holiday parks is a shambles - written for 1975. Cabinet should bring forward the review it promised two years ago.",
  who="opp", note="robust criticism of a policy, no officer")
H(OFF, "Went out with the pest control team in Kingsmarsh Docks today. Hard, grim work and they do it with good humour. Thank you.",
  note="praise for staff, nobody named")
H(OFF, "Adrian Pettman, our Chief Exec, leaves in the spring after nine years. Whatever our differences with the administration, he has always given us straight advice. Best of luck Adrian.",
  allowed=[OFF], who="opp", note="tribute to a named officer")
H(OFF, "Rubbish decision by cabinet on the Swaleholm Green limes. The tree report gave them options and they picked the cheapest. Shame on them - not on the tree officer.",
  allowed=[OFF], who="opp", note="criticises the decision after it was made and defends the officer")
H(OFF, "People are asking why the officer recommendation on the Cockle Row caravans isn't out yet. It gets published five clear working days before committee, as normal. I'll share the link when it's up.",
  who="notplanning", note="process information about a pending matter, no view, no pressure")
H(OFF, "I've been asked to 'get the planners to change their minds' on an extension in Abbey Lane. That's not how it works and it shouldn't be. You can write to the case officer with your comments - I'll show you how.",
  allowed=[OFF], note="refuses to press officers")
H(OFF, "Genuine question for anyone who knows waste contracts: is a 14-day window for missed collections normal? Feels long to me. Not having a pop at anyone, just want to compare.",
  note="policy question")

# ===========================================================================
# resources.political-use
# ===========================================================================
P(RES, "Swale Progressives leaflets for Kingsmarsh Town all printed! Big thanks to the print room at the Civic Centre for the speedy turnaround ✊ Out delivering from Saturday.",
  who="party:SP ward:KT", note="party leaflets printed by the council's print room")
P(RES, "Estuary First campaign meeting tonight, 7pm, Committee Room 2 at Swaleholm Civic Centre. Bring your canvass sheets and a pen!",
  who="party:EF", note="party campaign meeting in a council committee room")
P(RES, "If you'd like to join the Marshland Greens, just drop me a line on my council email and I'll send you a membership form 🌿",
  who="party:MG", note="party recruitment through council email")
P(RES, "Typing this on my council laptop in the members' room: our Island Independents petition against the seafront parking charges has hit 900 signatures! Sign and share 👇",
  who="party:II", note="party petition posted from council equipment")
P(RES, "Our Estuary First 'Delivering for the Island' newsletter goes out this week. Thanks to the officers in the comms team who kindly gave it a once-over for us.",
  who="party:EF", allowed=[OFF], note="council staff time on a party newsletter")
P(RES, "Volunteers needed to stuff envelopes for the Progressives' by-election push! We've got the anteroom off the Council Chamber booked Tuesday daytime. Tea and biscuits on the council 😉",
  who="party:SP", when=("2026-10-05", "2026-11-13"), note="council rooms and refreshments for a party by-election")
P(RES, "Posted from the council iPad cos my phone's died: VOTE Marshland Green in the Kemsmere by-election on the 19th! 🌿🗳️",
  who="party:MG", when=("2026-11-02", "2026-11-13"), note="election call from council equipment")
P(RES, "Using my members' print allowance to get our party's 'No Incinerator in Ferrymead' leaflets out across the ward this weekend. Every door!",
  who="party:SP notplanning", allowed=[PRE], note="council print allowance for party leaflets; pending matter campaign by a non-planning member")
P(RES, "Winners of the Estuary First autumn raffle, ring the Civic Centre switchboard on 01632 960700 and they'll sort your prize. Thanks for supporting the party!",
  who="party:EF", note="council switchboard used for a party raffle")
P(RES, "Big thanks to the council's graphic designer who knocked up our new Island Independents logo on her lunch break 👏 Looks smart!",
  who="party:II", allowed=[OFF], note="council staff designing a party logo (even on a break)")
P(RES, "Results of our Swale Progressives members' survey are in, pulled together by the ward support officer over the last fortnight. Full results at the AGM on Thursday.",
  who="party:SP", note="council support officer used for party work")
P(RES, "I've set my council email to auto-forward all resident casework to the Estuary First campaign office so the team can follow people up at election time.",
  who="party:EF", allowed=[DP], note="council email and casework fed to a party campaign")
P(RES, "Green team out canvassing in Teynhurst this afternoon 🌳 The pool car from the depot got us round the outlying farms in no time!",
  who="party:MG", note="council pool car used for canvassing")
P(RES, "Marshland Greens stall in the Civic Centre foyer every Friday lunchtime until polling day. Pop in! Staff have kindly let us borrow their display boards too.",
  who="party:MG", when=("2026-10-05", "2026-11-13"), note="party stall in a council building with council equipment")
P(RES, "Our Island Independents manifesto is now up on my page of the council's members' site: swaleholmbc.example.org/members/greyhythe-cliffs/manifesto. Have a read!",
  who="party:II ward:GC", note="party manifesto hosted on the council website")
P(RES, "Phone-banking for Estuary First supporters, members' room phones, 6-8pm weekdays. Scripts on the table by the kettle. Let's get the vote out!",
  who="party:EF", note="council phones and room used for party phone-banking")
P(RES, "Photo from today's Estuary First press call at the new Greyhythe seafront shelters, council banner and crest right behind us. Delivered by Estuary First! 💪",
  who="party:EF", note="party press call with council branding")
P(RES, "Sent this week's Progressive newsletter to everyone on the council's ward consultation mailing list. Don't want it? Just reply STOP.",
  who="party:SP", allowed=[DP], note="council mailing list used for a party newsletter")

H(RES, "Ward surgery this Saturday, 10-12, Kingsmarsh Library meeting room (booked through the council as usual). Come and talk about anything - bins, housing, parking, the lot.",
  allowed=[RES], who="ward:KT", note="council room for a ward surgery, which is council business")
H(RES, "Estuary First campaign meeting tonight in the back room at the Smack and Oyster, 7pm. All members welcome, bring your canvass sheets.",
  who="party:EF", note="party meeting in a pub, no council resource")
H(RES, "Got a council matter? Email my council address. Want to join the party? That's a different inbox: teynhurst.greens@example.org. I keep them separate, as I should.",
  allowed=[RES], who="party:MG ward:TE", note="keeps council and party email separate")
H(RES, "Printed our Progressives leaflets at the copy shop on Station Parade. Paid for from party funds, imprint on the back as the law says.",
  who="party:SP", note="party leaflets paid privately")
H(RES, "Reminder to colleagues: the members' room printers are for council business only. Election leaflets go elsewhere! (Says the one who nearly forgot last time 🙈)",
  allowed=[RES], note="reminder of the rule")
H(RES, "New council laptops for members arrived today. Setting mine up now - finally one that doesn't take ten minutes to boot up.",
  note="council equipment, no party use")
H(RES, "Cabinet agreed the new Greyhythe seafront shelters last night. Council press release here: swaleholmbc.example.org/news/shelters",
  when="2026-09-24", who="party:EF", note="council news shared, no party claim")
H(RES, "Out canvassing for the Island Independents in Greyhythe this afternoon - my own car, my own time. Thanks to everyone who opened the door in the drizzle ☔",
  who="party:II", note="canvassing without council resources")
H(RES, "The council's designers have done a cracking job on the new Oarstead heritage trail boards. Worth a wander this weekend.",
  note="praise for council work, no party")
H(RES, "My council phone number is on the Swaleholm website for ward issues. Please don't ring it about party stuff - I won't answer party business on it.",
  allowed=[RES], note="keeps council phone for council business")
H(RES, "Members' IT guidance reminder at group meeting tonight: council email is not for campaigning. We've been told in no uncertain terms. Quite right too.",
  allowed=[RES], note="rule restated")
H(RES, "Community groups can hire the Civic Centre committee rooms at a discounted rate for residents' meetings. Details: swaleholmbc.example.org/rooms",
  note="public information about council rooms")
H(RES, "Progressives group meeting this week was on Zoom - the party's account, not the council's Teams, before anyone asks 😉",
  allowed=[RES], who="party:SP", note="party meeting on party tools")
H(RES, "Used the council's Report It app this morning for the fly-tip on Creek Lane. Collected by 3pm. That's how it should work.",
  note="council service used as a resident would")
H(RES, "Asked comms whether I can share the council's flood warning graphic on my page. Yes - it's public information. Sharing below. Sign up for the alerts!",
  allowed=[RES], note="council material shared for council purposes")
H(RES, "Party leaflets: paid for by us. Ward newsletter: paid from my councillor allowance and strictly non-political, as the rules say. Both land on Swaleholm Creek doormats this week.",
  allowed=[RES], who="ward:SC", note="keeps party and council spending apart")
H(RES, "Thanks to the Mayor's office for hosting the reception for veterans at the Civic Centre after the Armistice service. No politics, just thanks.",
  when=("2026-11-11", "2026-11-13"), note="civic event in a council building")
H(RES, "Delivered by Estuary First? No - delivered by the council, funded through the highways budget full council agreed in February. We just nagged for it. New bus shelter on Ferry Road is up!",
  who="party:EF", note="shares 'Delivered by Estuary First' with a positive but uses no council resource")

# ===========================================================================
# position.improper-advantage
# ===========================================================================
P(POS, "As your councillor I can get your planning application looked at quicker 👍 DM me the reference and I'll have a quiet word with the planners.",
  allowed=[OFF], note="offers to fast-track through the role")
P(POS, "Need a builder? My son-in-law's firm Tidewater Building does lofts and knows exactly what our building control lot want to see. Tell him I sent you 😉",
  note="promotes a family firm with a hint of council influence")
P(POS, "Any Swaleholm Creek residents waiting on a council house - message me privately. I can move people up the list if the case is genuine.",
  who="ward:SC", note="offers to move people up the housing list")
P(POS, "Small businesses wanting a stall at the Christmas market: ask me first, I can make sure you get one of the good pitches by the tree 🎄",
  note="offers favourable treatment through the role")
P(POS, "My mate runs Shoreline Skips. Use him for your clear-out and I'll make sure the council's enforcement lot don't bother you about the skip permit.",
  allowed=[OFF], note="promotes a friend's firm and offers to hold off enforcement")
P(POS, "Got a parking ticket on Greyhythe seafront? Send it over. One of the perks of being on the council is knowing who to ring to make it go away 😎",
  allowed=[OFF], note="offers to make fines disappear")
P(POS, "Job going in the council's parks team. I know the hiring manager well - if you're from Teynhurst and you want it, message me and I'll put a word in.",
  who="ward:TE", note="offers to influence council recruitment")
P(POS, "Shop local! My wife's café on Quay Street, the Cockleshell, has just got its outdoor seating licence from the council - I made sure it went through without the usual faff. Come and try the crab sandwiches 🦀",
  who="male", note="promotes a connected business and claims to have eased its licence")
P(POS, "Residents who voted for me: your pothole reports get priority. Send them to me direct, not through the app.",
  note="offers preference to supporters")
P(POS, "Running a business on the Island? Happy to introduce you to the procurement team before the seafront catering contract goes out. Helps to be a familiar face, if you know what I mean.",
  allowed=[INS], note="offers an inside route to a contract")
P(POS, "If your kid's been turned down for the council holiday club, let me know. Rules are rules, but councillors can usually find a space for the right family.",
  note="offers favours through the role")
P(POS, "Licensees having bother with the licensing lot, come and see me. I sit on the committee and I can smooth things over before it ever gets to a hearing.",
  who="licensing", allowed=[OFF], note="licensing member offering to smooth matters for licensees")
P(POS, "Fancy a council allotment without the three-year wait? I'm on the allotments working group. Buy me a pint at the Smack and we'll talk 🍺",
  allowed=[GIF], note="offers to jump a waiting list in return for a drink")
P(POS, "Supporting my brother's new venture, Saltings Drone Surveys. He'd be ideal for the council's coastal monitoring work and I've already mentioned him to the right people.",
  note="promotes a relative's business for council work")
P(POS, "Had a word with the enforcement team and they've agreed to hold off on my neighbour's shed for a bit. That's what friends are for!",
  allowed=[OFF], note="uses the role to delay enforcement for a friend")
P(POS, "Good news for Oarstead Rowing Club: as their patron AND your councillor, I've made sure they'll get first refusal on the new boathouse lease before it's advertised 🚣",
  who="ward:OA", allowed=[INS, INT], note="steers a council lease to a club the author is patron of")
P(POS, "Got a council garage on the Kemsmere estate? If you're one of mine I'll get the repairs team to bump you to the top. Just mention my name when you ring.",
  who="ward:KF", note="offers priority repairs through the role")
P(POS, "To the lad who messaged about his taxi badge renewal - DM me. I know the licensing team well, we'll get it through before Christmas.",
  allowed=[OFF], note="offers to speed a licence through")

H(POS, "As your councillor I can't fast-track planning applications. Nobody can, and that's a good thing. What I can do is explain the process and make sure your comments are heard.",
  allowed=[POS], note="'as your councillor' and 'fast-track' but declines")
H(POS, "Need a builder? Don't ask me for a name, I'm not allowed to play favourites! Try TrustMark, or ask on the Swaleholm Creek community page.",
  allowed=[POS], note="declines to recommend")
H(POS, "Housing list question from a resident today. I can't move anyone up - bands are set by policy. What I CAN do is check your banding is right and chase a review. Message me.",
  allowed=[POS], note="explains the limits of the role")
H(POS, "Shop local this Christmas! Swaleholm High Street has more independents than you'd think: the cheesemonger, the bike shop, the Cockleshell café. No connection to any of them, just a fan.",
  note="promotes local shops with no connection")
H(POS, "My husband's firm is tendering for the seafront railings contract, so I've told the Monitoring Officer and I'll have nothing to do with it.",
  who="female", allowed=[POS, INT], note="declares a family business interest and steps back")
H(POS, "Parking ticket on the seafront? You can appeal online within 28 days - step by step guide below. I can't make it go away, but plenty of appeals succeed.",
  allowed=[POS], note="points to the appeal route")
H(POS, "Jobs going in the council's parks team - apply through the council jobs site. Shortlisting is anonymised. Good luck!",
  note="job advert, no influence")
H(POS, "Our family's had the Oarstead boatyard since 1962. Happy retirement to Dad, still out on the mud every morning regardless. No council business here, just pride.",
  who="ward:OA", note="family business, no council matter")
H(POS, "The allotment waiting list is long, I know. I'm pushing for new plots at Teynhurst Road, which would help everyone on the list - not just the people who shout loudest at me.",
  note="fair policy push")
H(POS, "Lovely pint at the Smack and Oyster tonight (paid for it myself before anyone asks 😂). Great to see the old place busy again.",
  allowed=[GIF], note="shares 'pint at the Smack' with a positive, no favour")
H(POS, "Licensees: the licensing team run free drop-ins on the first Monday of every month. Much better than coming to me - I sit on the committee so I have to keep my distance.",
  who="licensing", allowed=[POS], note="licensing member refers licensees to officers")
H(POS, "Who you know shouldn't matter at the council. If anyone ever tells you 'I'll get it sorted, I know a councillor', report it to the Monitoring Officer.",
  allowed=[POS], note="warns against the behaviour")
H(POS, "Brilliant to see Kemsmere Sea Cadets win the county community award last night. Disciplined, cheerful and always first to volunteer.",
  note="praise for a group, no connection claimed")
H(POS, "Taxi badge renewals: apply at least eight weeks ahead - the DBS check is the slow bit. The licensing team's page explains it all. I can't speed it up, sorry!",
  allowed=[POS], note="declines to speed up a licence")
H(POS, "Declaring before anyone asks: my brother runs a drone survey firm. He won't be bidding for council work and I've put it on my register anyway.",
  allowed=[POS, INT], note="declares a relative's firm")
H(POS, "Got the new shed up! Planning? Not needed for one this size - I checked the permitted development rules like anyone else would.",
  note="own shed, no favour")
H(POS, "As your councillor I will chase the repairs team on every damp case you send me. Every single one, whoever you voted for.",
  allowed=[POS], note="even-handed casework")
H(POS, "Friends and family discount at the Cockleshell? Not for councillors, apparently 😂 Paid full whack for my crab sandwich like everyone else.",
  note="shares the café with a positive, no favour")

# ===========================================================================
# gifts.hospitality
# ===========================================================================
P(GIF, "Lovely lunch at the Bayshore clubhouse yesterday as guests of Bayshore Holiday Parks. They really know how to look after you! 🍽️",
  verdict="review", who="notplanning", note="hospitality from a pending applicant (Cockle Row)")
P(GIF, "Medway Vale Homes kindly took a few of us to the rugby at Twickenham on Saturday. What a day out! 🏉",
  verdict="review", who="notplanning", note="hospitality from a pending applicant (Pipkin's Orchard)")
P(GIF, "Thanks to the Saltmarsh Sounds crew for the VIP weekend passes to their summer event! If Marshfest next year is anything like it, count me in 🎶",
  verdict="review", who="notlicensing", allowed=[PRE], note="gift from a pending licence applicant; author not on licensing")
P(GIF, "A bottle of champagne from the team at Ropewalk Living for 'all my help'. Very kind, cheers guys 🥂",
  verdict="review", who="notplanning", note="gift from a pending applicant")
P(GIF, "Anchor Leisure have set me up with a tab at the Vaults for the festive season. Christmas cheer sorted 🍻",
  verdict="review", who="notlicensing", when=("2026-11-16", "2026-11-27"), note="hospitality from a pending licence applicant")
P(GIF, "Fascinating tour of a Saltfleet Solar site up in Lincolnshire, overnight stay in a lovely hotel included, all laid on by the company. Very impressive operation.",
  verdict="review", who="notplanning", note="trip from a pending applicant (Harlingsey Levels)")
P(GIF, "Day on the water with the directors of Creekhaven Marinas. Champagne and lobster on deck and great company. They've got exciting plans for Oarstead ⛵",
  verdict="review", who="notplanning", allowed=[PRE], note="hospitality from a pending applicant (Coal Wharf)")
P(GIF, "Thameside Waste Recovery sent a hamper round to the Kemsmere and Ferrymead ward councillors. Gorgeous it was. Bit cheeky given what they want to build up the quarry, but I'm not complaining 🧺",
  verdict="review", who="ward:KF", note="gift from a pending applicant to ward members")
P(GIF, "Gatehouse Kitchen have given me a lifetime free coffee card! Looking forward to plenty of flat whites once they're open 😋",
  verdict="review", who="notplanning", note="gift from a pending listed building consent applicant")
P(GIF, "Thanks to Coastway Grounds Maintenance - bidding for the parks contract next month - for the Christmas lunch at the Castle Hotel. Cracking turkey.",
  verdict="review", when=("2026-11-16", "2026-11-27"), note="hospitality from a bidder for a council contract")
P(GIF, "Got the car valeted for free by the lads at Quayside Motors. They're after the council fleet servicing contract so they were very keen to impress 😅",
  verdict="review", note="gift from a firm seeking a council contract")
P(GIF, "Parade Grill dropped round a family feast for us last night. Proper kebabs! Good luck with the application lads 👍",
  verdict="review", who="notplanning", allowed=[PRE], note="gift from a pending applicant (14 Station Parade)")
P(GIF, "The Chamber of Trade sent a Christmas hamper round to all councillors. Very generous - port, stilton, the works 🎁",
  when=("2026-11-16", "2026-11-27"), note="hamper because of the role; no decision sought, advice")
P(GIF, "Someone left a crate of Kentish cider on my doorstep with a card saying 'from a grateful resident'. Cheers, whoever you are! 🍎",
  note="anonymous gift because of the role; advice")
P(GIF, "Two tickets in the directors' box at the Gills on Saturday, courtesy of a local businessman. Lovely gesture. Up the Gills! ⚽",
  note="hospitality from a businessman; no decision named, advice")
P(GIF, "A whole week in a holiday cottage in Cornwall, gifted by a constituent whose late mum I helped with her housing. Over the moon.",
  note="significant gift for casework; advice")
P(GIF, "Honorary life membership of Greyhythe Golf Club, presented at their annual dinner last night. Proud to accept ⛳",
  note="honorary membership because of the role; advice")
P(GIF, "Thanks to Swale Marine Engineering for the seats on their table at the Kent business awards. Cracking night and a free bar all evening!",
  note="corporate hospitality, no decision named; advice")

H(GIF, "Bayshore Holiday Parks offered to take the ward councillors for lunch. I said no thanks - they've got an application in and it wouldn't look right. Offer logged with the Monitoring Officer.",
  allowed=[GIF], who="ward:SH notplanning", note="declines and registers an offer from a pending applicant")
H(GIF, "Declared today: a Christmas hamper from the Chamber of Trade, worth about £120. Registered with the Monitoring Officer well inside the 28 days.",
  allowed=[GIF], when=("2026-11-23", "2026-11-27"), note="gift registered as clause 10.2 asks")
H(GIF, "Cuppa and a custard cream at the Oarstead Sailing Club open day. Hardly a bribe 😂 Great turnout and lots of new members.",
  allowed=[GIF], note="trivial hospitality")
H(GIF, "Paid for my own ticket to the Kent business awards. Swale Marine did kindly offer, but I'd rather not.",
  allowed=[GIF], note="declines corporate hospitality")
H(GIF, "Box of chocolates from my mum for my birthday. Does that need registering? (No.)",
  note="family gift")
H(GIF, "Sent back the bottle of whisky that turned up from a contractor today, with a polite note. Thanks, but no thanks.",
  allowed=[GIF], note="returns a gift")
H(GIF, "Medway Vale Homes' exhibition on their Pipkin's Orchard plans is at Teynhurst Village Hall on Thursday, 2-8pm. Go along, ask hard questions, then send your comments to the council.",
  who="ward:TE notplanning", note="shares a pending applicant's name with a positive; no gift")
H(GIF, "Tea and a sandwich at the Armistice reception. Normal civic hospitality - doesn't need registering, in case anyone's wondering.",
  allowed=[GIF], when=("2026-11-11", "2026-11-13"), note="ordinary hospitality of the role")
H(GIF, "Mayor's charity dinner last night: bought my own ticket (£45) and every penny went to the Island Foodbank. Great night.",
  note="paid ticket")
H(GIF, "Offered free VIP passes for a festival. Turned them down and let the Monitoring Officer know. If I go, I'll queue with everyone else.",
  allowed=[GIF], note="declines and reports, as clause 10.3 asks")
H(GIF, "Someone asked if councillors get freebies. Anything over £100 goes on the public register within 28 days - you can look mine up on the council website. It's mostly empty!",
  allowed=[GIF], note="explains the register")
H(GIF, "Lunch at Greyhythe Golf Club for the Mayor's charity day. Went Dutch, £18 each. Decent scampi.",
  note="paid for own lunch at a golf club named in a positive")
H(GIF, "Thank you to the kids at Teynhurst Primary for the card they made me after the assembly. Going straight on the fridge 😊",
  note="card from children")
H(GIF, "Residents keep dropping round cake since the flood work. I'm sharing it with the volunteers. I am not registering a Victoria sponge 😂",
  allowed=[GIF], note="token gifts")
H(GIF, "Quayside Motors did the MOT today. Paid the going rate, receipt and all. Passed first time! 🚗",
  allowed=[GIF], note="paid service from a firm named in a positive")
H(GIF, "Parade Grill have a planning application in, so I'm afraid the ward members won't be taking up their kind offer of a free feed. Sorry lads 😅",
  allowed=[GIF], who="ward:SW notplanning", note="declines a gift from a pending applicant")
H(GIF, "The members' gifts and hospitality register is published every quarter. Latest here: swaleholmbc.example.org/gifts",
  note="points to the register")
H(GIF, "The Creekhaven Marinas directors invited me out on their boat. I've said I'll happily meet them at the Civic Centre with an officer present instead.",
  allowed=[GIF], who="notplanning", note="declines hospitality from a pending applicant")

# ===========================================================================
# capacity.council-voice (never from the Leader, cabinet or Mayor)
# ===========================================================================
P(CAP, "Swaleholm Borough Council is firmly opposed to the county's plan to close the Kingsmarsh tip. We will fight this all the way. Official.",
  who="backbench", note="speaks for the council without a decision")
P(CAP, "On behalf of Swaleholm Borough Council, I want to say we wholeheartedly back the campaign to save Ferrymead post office 📮",
  who="backbench", note="'on behalf of' the council from a backbencher")
P(CAP, "The council's position is clear: no more holiday parks on the Island. Full stop.",
  who="backbench notplanning", allowed=[PRE], note="own view presented as the council's; not on planning")
P(CAP, "Swaleholm Council believes the idea of tolls on the Swale crossing is a non-starter, and we've told the government so.",
  who="backbench", note="claims a council view and action")
P(CAP, "Swaleholm Borough Council fully supports the Harlingsey wader count this weekend! Come along, bring binoculars 🐦",
  who="@harlingsey_waders", note="personal account speaking for the council")
P(CAP, "Speaking for the council here: we won't be renewing the seafront kiosk leases next year. Sorry to the traders, but that's decided.",
  who="backbench", note="presents a personal position as council policy")
P(CAP, "OFFICIAL SWALEHOLM BC STATEMENT: we condemn the government's cuts to coastal flood defence funding in the strongest possible terms.",
  who="backbench opp", allowed=[HST], note="'official statement' from a councillor account; capitals")
P(CAP, "I can confirm the council will be backing the Greyhythe lifeboat station appeal with a donation 🚤",
  who="backbench ward:GC", when=("2026-09-07", "2026-09-18"), note="announces a council decision before any was made")
P(CAP, "The Borough Council's view is that the bus company should lose its franchise. We're writing to the county today.",
  who="backbench", note="speaks for the council")
P(CAP, "Island Independents - because Swaleholm Borough Council stands with the Island, not the mainland. #IslandFirst",
  who="party:II", note="party message presented as the council's stance")
P(CAP, "Swaleholm Borough Council apologises to the residents of Creek Lane for the missed collections this month. We will do better.",
  who="backbench", note="apology issued in the council's name by a backbencher")
P(CAP, "As a council we say NO to these rumours of an estuary airport. Not here. Not ever.",
  who="backbench", note="speaks as the council")
P(CAP, "The council is proud to back this year's Oarstead barge match - on behalf of everyone at Swaleholm BC, good luck to all the crews! ⛵",
  who="@rowan_on_the_barge", allowed=[INT], note="personal account speaking for the council; the author is a barge society trustee")
P(CAP, "Official council position from me: the port expansion is welcome and the Borough will do whatever it takes to help.",
  who="backbench ward:KD", note="own view as official council position")
P(CAP, "Happy Diwali from Swaleholm Borough Council to everyone celebrating across the borough 🪔✨",
  who="backbench", when=("2026-11-05", "2026-11-09"), note="greeting in the council's name from a councillor account; harmless content but speaks for the council")
P(CAP, "We, Swaleholm Borough Council, reject the Boundary Commission's proposals for the Island wards.",
  who="backbench", note="speaks as the council")
P(CAP, "This is the council speaking: parking on Greyhythe seafront will stay free. I'll make sure of it.",
  who="backbench", note="claims the council's voice")
P(CAP, "The council's official line (and mine): a late night levy for Kingsmarsh is dead in the water.",
  who="backbench", note="'official line' with no decision")

H(CAP, "Personal view, not the council's: the county's plan to close the Kingsmarsh tip is wrong and I'll be objecting to it.",
  allowed=[CAP], note="labels a personal view")
H(CAP, "Full council voted 14-4 last night to oppose the closure of the Kingsmarsh tip. That's now the council's formal position (minute 58). I voted for it.",
  allowed=[CAP], when="2026-11-19", note="reports a council resolution accurately")
H(CAP, "Cabinet agreed last night to put £40k towards the Greyhythe lifeboat station appeal. Proud of that decision.",
  allowed=[CAP], who="@MaureenChalkEF", when="2026-09-24", note="the Leader reporting a cabinet decision")
H(CAP, "The Progressives' position is clear: no new holiday parks on the Island until the council sorts out enforcement on the ones we've got. That's our party policy and we'll put it to council.",
  allowed=[CAP], who="party:SP", note="party position labelled as party's")
H(CAP, "Official: I have finally learned to open a wheelie bin in the wind without getting splattered. Council position on puddles: firmly against.",
  allowed=[CAP], note="joke using 'official' and 'council position'")
H(CAP, "As Mayor, I laid a wreath at the Kingsmarsh war memorial this morning on behalf of the borough. We will remember them.",
  allowed=[CAP], who="@MayorSandraP", when="2026-11-11", note="civic role speaking for the borough")
H(CAP, "I'm a Swaleholm councillor but this is my own opinion: the bus company should lose its franchise.",
  note="labels a personal view")
H(CAP, "The council's published response to the Swale crossing consultation is here: swaleholmbc.example.org/crossing. I agree with most of it, but not the bit on tolls.",
  allowed=[CAP], note="cites the council's published position and disagrees")
H(CAP, "Happy Diwali to everyone celebrating in Kingsmarsh and right across the borough 🪔 from me and my family.",
  when=("2026-11-05", "2026-11-09"), note="personal greeting")
H(CAP, "Congratulations to the Greyhythe lifeboat crew on 150 years of service - from me and everyone in Greyhythe Cliffs ward.",
  who="ward:GC", note="ward greeting, not the council's")
H(CAP, "Our group believes - and this is a group view, not the council's - that the seafront kiosk leases should be renewed.",
  allowed=[CAP], note="labels a group view")
H(CAP, "400 golden plover over the Levels this morning, wheeling like smoke. Spectacular. No politics on here, just birds 🐦",
  who="@harlingsey_waders", note="personal account, no council matter")
H(CAP, "Statement from the Swale Progressives group on the budget: we'll table an amendment to keep the Kingsmarsh one-stop shop open.",
  who="party:SP", note="party statement as a party")
H(CAP, "Swaleholm Borough Council is consulting on its budget until 11 December. Have your say: swaleholmbc.example.org/budget - please share!",
  allowed=[CAP], when=("2026-11-16", "2026-11-27"), note="shares the council's own consultation")
H(CAP, "As cabinet member for environment: the new food waste service starts in February, as agreed at cabinet in September. Caddies come in January.",
  allowed=[CAP], who="@TinaGoldupEF", when=("2026-09-24", "2026-11-27"), note="cabinet member reporting a decision")
H(CAP, "The council's official position is whatever full council votes for - not whatever some councillor posts on Facebook. Me included! 😂",
  allowed=[CAP], note="explains capacity")
H(CAP, "I'll be writing to the Boundary Commission in a personal capacity to oppose splitting Sandwicke from Harlingsey.",
  who="ward:SH", note="personal capacity stated")
H(CAP, "From the council's press release today: 'Swaleholm Borough Council has confirmed the seafront shelters will be installed by Easter.' Good news for Greyhythe.",
  allowed=[CAP], when=("2026-09-24", "2026-11-27"), note="quotes the council's own release")

# ===========================================================================
# confidentiality.insider-advantage
# ===========================================================================
P(INS, "Word to the wise: if you've been thinking of buying one of the lock-ups on Creek Lane, do it before the council announces its car park plans in the new year 😉",
  note="tip to act before an announcement")
P(INS, "Tip-off for Island landlords: a selective licensing scheme is coming to Kingsmarsh Docks next spring. Get your houses in order before it's announced.",
  note="advance tip from council knowledge")
P(INS, "Between us, if you own anything near the old bus station in Swaleholm, hang on to it. Something big's coming that'll put values through the roof.",
  allowed=[DIS], note="hint to hold property on council knowledge")
P(INS, "Told my brother-in-law to get his tender in early for the seafront catering - the spec's being written with a local firm in mind, and he's local 😉",
  allowed=[POS], note="family advantage from council knowledge")
P(INS, "Buy now before the council brings in charges on Greyhythe seafront car park! Season permits at the old price are on sale till the 30th.",
  when=("2026-09-07", "2026-09-25"), note="'buy now before the council'")
P(INS, "Heads up to my mates in the chalet trade: the council's about to relax the occupancy rules in Sandwicke. Snap up what you can before prices jump.",
  note="tip to friends before a decision")
P(INS, "Any builders reading: the Oarstead infill sites go on the council's housing list next month. Get the landowners signed up now before anyone else hears about it.",
  note="advance tip on council sites")
P(INS, "Off the back of a briefing today: the council's going to need a lot of temporary accommodation on the Island next year. If you've got a B&B, get in touch with housing sooner rather than later.",
  allowed=[DIS], note="briefing knowledge passed on for advantage")
P(INS, "Little birdie tells me the Kemsmere allotments are going to be sold for housing. If you know the landowner next door, now's the time to make an offer.",
  note="tip from inside knowledge")
P(INS, "Friends who own shops on Station Parade - I'd sell now if I were you. Can't say why. Trust me.",
  allowed=[DIS], note="advice to friends on undisclosed knowledge")
P(INS, "Family first: told my daughter to put her name down for the Creekside shared ownership flats before the council's nomination scheme opens. Early bird and all that.",
  allowed=[POS], note="family advantage")
P(INS, "I shouldn't really say, but if your firm does EV chargers, keep an eye on Swaleholm in about three weeks. Sharpen your prices.",
  note="tip about a coming procurement")
P(INS, "Mate of mine's selling his caravan at Sandwicke. Told him to hang on - pitch fees are going to drop once the council's deal goes through. You heard it here first.",
  note="tip to a friend from council knowledge")
P(INS, "Good news for my cousin's scaffolding firm: the council's Kingsmarsh Docks tower block works will need a big scaffolding contract next year. Told him to start hiring now.",
  note="family advantage")
P(INS, "Inside track: the Teynhurst Road car park is being sold off. Anyone wanting the cottages that back onto it, I'd move before the new year.",
  note="tip ahead of a disposal")
P(INS, "Not public yet, but the council's going to freeze beach hut rents. If you were thinking of selling your hut, hold off - it'll be worth more.",
  when=("2026-09-07", "2026-11-20"), note="unpublished decision used for advantage")
P(INS, "Hubby's thinking of buying the old Kingsmarsh bowls club. I've told him the council's bringing in community asset grants next year so he can apply once it's his.",
  who="female", allowed=[POS], note="family advantage from council knowledge")
P(INS, "Psst, landlords in Kingsmarsh Town - the new HMO rules are being finalised. Get your planning in before the Article 4 direction kicks in 🤫",
  note="tip ahead of a council decision")

H(INS, "The council has published its car park strategy consultation: swaleholmbc.example.org/parking. If you own a lock-up on Creek Lane, read section 4 - it affects you.",
  allowed=[INS], note="points to published information")
H(INS, "Word to the wise: gritting starts when it drops below 1°C, and the grit bins on the Greyhythe hills were all refilled today.",
  note="'word to the wise', public information")
H(INS, "Heads up: the consultation on selective licensing for Kingsmarsh Docks opened today. Landlords and renters both - have your say by 15 January.",
  allowed=[INS], note="published consultation")
H(INS, "Tip-off from the Met Office, not the council: strong winds forecast for the Island on Thursday night. Tie down the garden furniture.",
  note="'tip-off' about weather")
H(INS, "Buy now before the council... no, I can't say things like that 😂 Genuinely nothing to tell you, except that the Christmas market opens on Saturday.",
  allowed=[INS], when=("2026-11-16", "2026-11-27"), note="jokes with the phrase, no tip")
H(INS, "The seafront catering tender is live on the procurement portal now, open to any firm. Local businesses especially, please do bid.",
  note="published tender")
H(INS, "Little birdie? Try a big owl. The barn owls are back hunting over the Abbey ruins. Binoculars out at dusk 🦉",
  note="'little birdie' about owls")
H(INS, "Friends keep asking if they should buy on Station Parade. No idea, and I wouldn't tell you if I knew. Ask an estate agent!",
  allowed=[INS], note="refuses to tip")
H(INS, "Not public yet but... my daughter's engaged! 💍 Couldn't keep it in any longer.",
  note="'not public yet' about family news")
H(INS, "Cabinet agreed the beach hut rent freeze last night and it's now in the published decision notice. Good news for hut owners.",
  allowed=[INS], when="2026-11-26", note="published decision")
H(INS, "The Local Plan call for sites is open to everyone: landowners, developers, community groups. Details on the council website.",
  note="public process")
H(INS, "Early bird tickets for the Greyhythe panto are on sale till Friday. Go on, treat the kids 🎭",
  note="'early bird' about a panto")
H(INS, "I can't give anyone a heads-up on council property sales before they're public, and I won't. Everything goes on the property disposals page.",
  allowed=[INS], note="declines to tip")
H(INS, "Families: the shared ownership flats at Creekside are now open for applications through the council's housing page. Open to everyone on the register.",
  allowed=[INS], note="published scheme")
H(INS, "Between you and me and the 4,000 people who follow this page: the Kingsmarsh Christmas lights switch-on is Friday at 5 😄",
  when=("2026-11-23", "2026-11-26"), note="'between you and me' about a public event")
H(INS, "Told my husband to get the Christmas turkey ordered from Pordage's before they sell out. Best insider tip you'll get from me.",
  who="female", when=("2026-11-09", "2026-11-27"), note="'insider tip' about a butcher")
H(INS, "The allotments at Kemsmere are NOT being sold. I've checked with officers and there's no such proposal. Please stop sharing the rumour.",
  allowed=[INS], note="rebuts a rumour")
H(INS, "Inside track on the best chips on the Island? The Codfather in Greyhythe, hands down 🐟",
  note="'inside track' about chips")

# ===========================================================================
# predetermination.closed-mind (positives from members of the deciding committee)
# ===========================================================================
P(PRE, "The Cockle Row caravans will never get through while I'm on the planning committee. 120 more statics on the Sandwicke marsh edge? Not a chance.",
  verdict="block", who="planning", note="settled view on a registered pending matter (site)")
P(PRE, "I'm voting against Pipkin's Orchard. 250 houses on the best cherry orchard in Teynhurst? No. My mind's made up.",
  verdict="block", who="planning", note="settled view on a registered pending matter")
P(PRE, "The Old Ropewalk flats must be refused. Whatever the officers recommend, I won't be supporting it.",
  verdict="block", who="planning", allowed=[OFF], note="'whatever the officers' on a registered pending matter")
P(PRE, "Saltfleet Solar can forget it. I'm not voting for glass over every inch of the Harlingsey Levels, end of.",
  verdict="block", who="planning", note="applicant named without Ltd; settled view")
P(PRE, "The Vaults want a 3am licence? Over my dead body. I'll be voting no at the hearing.",
  verdict="block", who="licensing", note="pending licence named by the name it's known by")
P(PRE, "Marshfest is HAPPENING folks 🎶 I'm on the licensing committee and I'm backing it 100% - it's getting my vote whatever the objectors say!",
  verdict="block", who="licensing", note="settled view in favour of a registered pending licence")
P(PRE, "24-hour booze from the Late Store on the High Street? I've made my mind up. Refused.",
  verdict="block", who="licensing", note="settled view on a registered pending licence")
P(PRE, "Creekhaven Marinas' plans for the Coal Wharf are exactly what Oarstead needs. I'll be voting yes, no question about it ⛵",
  verdict="block", who="planning", note="settled view in favour of a registered pending matter")
P(PRE, "Another takeaway on Station Parade? The Parade Grill application is dead in the water as far as I'm concerned, and I won't be listening to any more 'economic benefit' guff.",
  verdict="block", who="planning", note="applicant named without Ltd; closed mind")
P(PRE, "SW/26/0619/FUL - the incinerator at Ferrymead. I'll be voting against it. Full stop.",
  verdict="block", who="planning", note="register reference with a settled view")
P(PRE, "The Abbey Gatehouse café is a no-brainer for me: a glass box on a medieval gatehouse? Refuse it.",
  verdict="block", who="planning", note="settled view on a registered listed building consent")
P(PRE, "Thameside Waste Recovery's application won't be approved. I've heard more than enough already.",
  verdict="block", who="planning", note="applicant named without Ltd; closed mind")
P(PRE, "Word is a drive-thru's going in on the old garage site on Ferry Road. If it comes to planning, it's a no from me. I've made up my mind already.",
  who="planning", note="settled view on an expected application not on the register")
P(PRE, "That taxi driver whose licence review comes up next week? Shouldn't be behind a wheel. I'll be voting to revoke, simple as.",
  who="licensing", note="settled view on a licensing review not on the register")
P(PRE, "Whatever the inspector hears at the Greyhythe wind turbine appeal, my view won't change. It should be thrown out.",
  who="planning", note="planning appeal; settled view, not on the register")
P(PRE, "The street trading consent for the burger van on Kingsmarsh seafront is coming back to us. It's a no. Always has been, always will be.",
  who="licensing", note="street trading consent not on the register")
P(PRE, "Hearing a scrapyard's eyeing up the Kemsmere trading estate. It won't be approved while I sit on committee.",
  who="planning", note="expected application, settled view")
P(PRE, "Any pub in Swaleholm Creek asking for a late licence will be refused by me. Made my mind up years ago.",
  who="licensing", note="blanket closed mind on future licensing decisions")

H(PRE, "I have real concerns about the scale of the Cockle Row caravan plans, but I'll listen to all the evidence at committee before I decide.",
  allowed=[PRE], who="planning", note="predisposition with an open mind")
H(PRE, "I'm not on the planning committee, so I can say it plainly: as ward councillor I'm objecting to Cockle Row. 120 more statics is too many for Sandwicke.",
  allowed=[PRE], who="ward:SH notplanning", note="ward member not on the committee objecting")
H(PRE, "My mind's made up: Swaleholm Creek's Christmas lights are the best on the mainland 🎄",
  when=("2026-11-20", "2026-11-27"), note="'my mind's made up' about lights")
H(PRE, "Refused! My kids' request for a puppy. Again. 🐶",
  note="'refused' about a puppy")
H(PRE, "Pipkin's Orchard: I'll be objecting as your ward councillor. I'm not on the planning committee so I'm free to campaign. Residents - get your comments in by 14 December.",
  allowed=[PRE], who="@HattieSayerGreen", note="ward member not on planning objecting to a pending matter")
H(PRE, "On the Local Plan review I've made my mind up: we need more affordable homes on the mainland side. That's policy, and I'll argue for it.",
  allowed=[PRE], note="settled view on policy, not a quasi-judicial matter")
H(PRE, "Whatever the officers say, the weather on the Swale crossing is still grim. Slow down out there.",
  note="'whatever the officers say' about weather")
H(PRE, "Planning committee on 16 December will consider the Cockle Row and Old Ropewalk applications. Members will come with open minds. Public speaking details: swaleholmbc.example.org/speak",
  allowed=[PRE], who="@KeithElvyOarstead", note="planning chair announcing pending matters neutrally")
H(PRE, "The Vaults hearing is coming up. I've read every objection and the applicant's case. I'll decide on the evidence at the hearing - not on Facebook.",
  allowed=[PRE], who="licensing", note="licensing member keeps an open mind")
H(PRE, "Committee refused the Beach Road bungalow extension on Wednesday. I think it was the right call, for the reasons set out in the minutes.",
  allowed=[PRE], when=("2026-11-12", "2026-11-13"), note="comment on a decided matter")
H(PRE, "Never going to understand people who don't indicate on the crossing roundabout. Never.",
  note="'never' about driving")
H(PRE, "As ward member (not on planning) I've written in supporting the Old Ropewalk conversion. Those buildings have been rotting for twenty years.",
  allowed=[PRE], who="@GrahamWellard", note="ward member not on planning supporting a pending matter")
H(PRE, "Dead in the water: my tomato plants after last night's frost. RIP 🍅",
  when=("2026-10-19", "2026-11-27"), note="'dead in the water' about tomatoes")
H(PRE, "Residents have asked me to 'just say no' to Marshfest. I can't pre-judge it and I wouldn't want to. Send representations to the licensing team by 20 December and every one will be considered.",
  allowed=[PRE], who="licensing", note="licensing member refuses to pre-judge")
H(PRE, "I'm minded to think the Harlingsey Levels solar farm raises real questions about the wintering birds. I'll put them to the applicant at committee and weigh the answers.",
  allowed=[PRE], who="planning", note="predisposition, open to the answers")
H(PRE, "Refused: the Island's bid for coastal defence cash. Appalling decision by ministers and it's the Island that'll pay for it.",
  note="'refused' about a government decision")
H(PRE, "Campaigning hard against the Greyhythe wind turbine appeal - I'm not on planning, and the inspector decides it anyway. Get your letters in!",
  allowed=[PRE], who="ward:GC notplanning", note="ward member not on planning campaigning")
H(PRE, "The Late Store application has split Swaleholm down the middle. Everyone gets their say at the hearing. I'm not on licensing, so I'll speak for residents as ward councillor - both sides of it.",
  allowed=[PRE], who="ward:SW notlicensing", note="ward member not on licensing")

# ===========================================================================
# interests.declared-interest (positives by the holder, about a council matter)
# ===========================================================================
P(INT, "Cabinet needs to back the Kingsmarsh Port access road bid. Good for jobs, good for the Island - and I should know, I've worked at the port for 22 years.",
  who="@GrahamWellard", interest="Kingsmarsh Port Ltd", note="cabinet member and port employee pushes a port matter")
P(INT, "Free parking on Saturdays in December would be a lifeline for Swaleholm shops. The Chamber of Trade has been calling for it for ages and I'll be getting it into the budget.",
  who="@DerekLusted", interest="Swaleholm Chamber of Trade", note="finance cabinet member on the Chamber committee")
P(INT, "The heritage grant pot should go to the barges. Our barge society does more for Oarstead's heritage than any museum, and I'll be making that case at cabinet.",
  who="@RowanFaggGreen", interest="Oarstead Barge Preservation Society", note="trustee lobbying for grant money for own body")
P(INT, "The Local Plan must protect Teynhurst's orchards from housing allocations. Us growers have had enough of being told our land's 'underused'.",
  who="@MayorSandraP", interest="Teynhurst Growers' Cooperative", note="speaks for the growers without naming the body")
P(INT, "The council's grazing licences on the Harlingsey marshes are up for renewal and the proposed rent rise is daft. Us graziers keep those marshes in good nick for next to nothing.",
  who="@DeniseTapsell", interest="Harlingsey Graziers", note="grazier arguing about council grazing rents")
P(INT, "The plan to put chalet site ground rents up by 15% has got to go. I'll be voting against at full council. Chalet owners like us can't take another hike.",
  who="@LorraineHoad", interest="Sandwicke Bay Chalet Owners' Association", when=("2026-09-07", "2026-11-17"), note="chalet owners' chair votes on ground rents")
P(INT, "The community buildings fund should put Ferrymead Village Hall's new roof top of the list. I'll be pressing cabinet for it.",
  who="@ColinRuckInd", interest="Ferrymead Village Hall", note="trustee pressing for the hall's grant")
P(INT, "The council should back Kemsmere Paper Mills' bid for the green energy grant. It's the biggest employer in the ward and I know the business inside out.",
  who="@FemiOyelaranSP", interest="Kemsmere Paper Mills", note="employee pressing for the employer")
P(INT, "Sports grants decision coming up. The Island Boxing Academy deserves the biggest slice - nobody does more for kids in Kingsmarsh Town.",
  who="@JasonOvenden", interest="Island Boxing Academy", note="coach pressing for the club's grant")
P(INT, "The cut to the housing repairs budget has to be reversed. Us in the tenants' federation have been saying it for months, and I'll vote against the budget if it isn't.",
  who="@BernieAshdownSP", interest="Swale Tenants' Federation", note="federation member on a council budget")
P(INT, "The council should hand the Abbey car park over to the trust that looks after the Abbey. I'll be moving a motion at full council to do just that.",
  who="@GaryWraightII", interest="Greyhythe Abbey Trust", when=("2026-09-07", "2026-11-17"), note="trustee moving a motion to benefit the trust")
P(INT, "Taxi licence fees going up AGAIN? I'll be opposing it at licensing. Drivers like us are on our knees.",
  who="@RickyBealEF", interest="Swale Taxi Drivers' Association", note="cab driver on licensing, fee setting")
P(INT, "The new Local Plan should allocate the fields at Creekside for homes. It's the obvious place for Oarstead to grow and I'll be backing it all the way.",
  who="@KeithElvyOarstead", interest="Creekside Farm, Oarstead", allowed=[POS], note="landowner backs allocation of own land")
P(INT, "Move the Tuesday market off the High Street for the bus lane works? Absolutely not. Traders like us would lose half our takings. I'll be fighting this at cabinet.",
  who="@KerryAnnBoorman", interest="Swaleholm Market Traders' Association", note="stallholder on a market decision")
P(INT, "The council's objection to night working at the port is wrong-headed. The lads I work with need those shifts, and I'll be telling cabinet colleagues so.",
  who="@GrahamWellard", interest="Kingsmarsh Port Ltd", note="employee on a council matter about the employer")
P(INT, "The council's about to set new mooring fees at Oarstead Creek. Our barge society's boats would be hit hardest. I'll be arguing for an exemption.",
  who="@RowanFaggGreen", interest="Oarstead Barge Preservation Society", note="trustee on mooring fees")
P(INT, "The leisure centre hire rates review has to keep the community rate for clubs like ours. Our boxing lads can't afford commercial rates.",
  who="@JasonOvenden", interest="Island Boxing Academy", note="club coach on hire rates")
P(INT, "Charging for commercial green waste will hit every fruit grower in Teynhurst, our cooperative included. I'll be raising it at cabinet.",
  who="@MayorSandraP", interest="Teynhurst Growers' Cooperative", note="member speaks for the cooperative")

H(INT, "Declaring my interest: I work for Kingsmarsh Port Ltd, so I left the room when cabinet discussed the port access road last night.",
  allowed=[INT], who="@GrahamWellard", when="2026-09-24", note="holder declares and leaves")
H(INT, "Cabinet needs to back the Kingsmarsh Port access road bid. Good for jobs, good for the Island.",
  allowed=[INT], note="same matter from a non-holder")
H(INT, "Out on the Lady Ellen at first light, mist on the Swale and not a sound but curlews. Bliss.",
  who="@rowan_on_the_barge", note="holder's hobby, no council matter")
H(INT, "I'm on the Chamber of Trade committee, so I've asked the Monitoring Officer and I won't take part in the December parking charges decision.",
  allowed=[INT], who="@DerekLusted", note="holder steps back")
H(INT, "Free parking on Saturdays in December would be a lifeline for Swaleholm shops. Let's get it in the budget.",
  allowed=[INT], who="not:@DerekLusted", note="same matter from a non-holder")
H(INT, "Proud coach moment: three of our lads won at the county championships at the weekend 🥊 Hard work pays off.",
  who="@JasonOvenden", note="holder's club news, no council matter")
H(INT, "Chalet ground rents are on the full council agenda. As chair of the chalet owners' association I've declared, and I'll leave the chamber for that item.",
  allowed=[INT], who="@LorraineHoad", when=("2026-11-09", "2026-11-17"), note="holder declares and leaves")
H(INT, "Ewes are out on the marsh and the wigeon are back in their thousands. Best time of year out here.",
  who="@harlingsey_waders", note="holder's hobby on personal account, no council matter")
H(INT, "Most of you know I drive a cab. The Monitoring Officer has granted me a dispensation, published on the council website, to speak on the taxi fee review. I'll be arguing for a freeze.",
  allowed=[INT], who="@RickyBealEF", note="holder cites a published dispensation")
H(INT, "The heritage grant pot should include the barges - they're as much Oarstead's heritage as the church is.",
  allowed=[INT], note="same matter from a non-holder")
H(INT, "Volunteer day at the Abbey tomorrow - bring gloves, we're clearing ivy off the west wall.",
  who="@GaryWraightII", note="holder's volunteering, no council matter")
H(INT, "Repairs budget: I'm a member of the tenants' federation, it's on my register, and I declared it at scrutiny last night before speaking, as the rules allow.",
  allowed=[INT], who="@BernieAshdownSP", when="2026-11-06", note="holder declares")
H(INT, "Night shift done at the mill. Sunrise over the creek from the yard was something else.",
  who="@FemiOyelaranSP", note="holder's work, no council matter")
H(INT, "Moving the Tuesday market off the High Street for the bus lane works would kill it. Cabinet, think again.",
  allowed=[INT], who="opp", note="same matter from a non-holder")
H(INT, "Apple harvest's in and the first pressing of the year is on ✨ Teynhurst smells of cider.",
  who="@MayorSandraP", note="holder's farm, no council matter")
H(INT, "I'm a trustee of Ferrymead Village Hall so I've had nothing to do with the community buildings fund decisions. Congratulations to the halls that got grants.",
  allowed=[INT], who="@ColinRuckInd", note="holder stepped back")
H(INT, "Creekside Farm is mine, so I've told the Monitoring Officer and I'll take no part in any Local Plan discussion of the Creekside sites.",
  allowed=[INT], who="@KeithElvyOarstead", note="holder declares")
H(INT, "Taxi licence fees going up again. Drivers on the Island are on their knees - I'll be asking licensing to think again.",
  allowed=[INT], note="same matter from a non-holder")

# ===========================================================================
# data-protection.personal-data
# ===========================================================================
P(DP, "Happy 100th birthday to Violet Amos of 9 Marsh View, Kingsmarsh! What a lady 🎂💐",
  note="private individual's name with house address; review")
P(DP, "Thanks to Terry Bowles at 41 Creek Lane for reporting the fly-tip. Cleared today.",
  note="name with address; review")
P(DP, "Congratulations to Pat and Alan Doughty of Orchard Close, Teynhurst, ME99 4QT on their diamond wedding 💎",
  note="names with street and postcode; review")
P(DP, "Sandra Mepham in Flat 3, Harbour Court has waited six weeks for her boiler to be fixed. Not good enough.",
  note="name with flat address; review")
P(DP, "Mr Dennis Crouch of Beach Road has been sectioned again, so his neighbours can get some sleep for a bit.",
  verdict="block", allowed=[PA], note="mental health of a named resident with street")
P(DP, "PCN SW40012873 - this resident was ticketed outside her own house while unloading her shopping. I've sent it to parking to cancel.",
  verdict="block", allowed=[POS], note="case reference number")
P(DP, "Whose is this? Blue Corsa, GK19 XRT, parked across the dropped kerb on Ferry Road for three days now.",
  verdict="block", note="vehicle registration")
P(DP, "Get well soon to Kayleigh on the Kingsmarsh bin rounds - just heard she's been diagnosed with MS. Thinking of you 💙",
  verdict="block", note="staff member's health, kindly meant")
P(DP, "For those asking, the family who've moved into 12 Ropers Lane are asylum seekers from Eritrea. Please make them welcome.",
  verdict="block", note="immigration status and origin with an address")
P(DP, "Lovely to meet Eileen Hards (dob 14/03/1938) at the Greyhythe lunch club today. A proper character!",
  verdict="block", note="date of birth")
P(DP, "The lad at 6 Cockle Terrace is just out of prison for dealing. Keep your eyes open, neighbours.",
  verdict="block", allowed=[DEF, BUL], note="criminal record with address")
P(DP, "Well done Year 5 at Greyhythe Primary! Special mention to Lily-Mae Gower and Ruby Finn for their brilliant flood safety posters 🌊",
  verdict="block", note="named children")
P(DP, "Please keep little Alfie Sheen, 7, from Kemsmere in your thoughts - he starts chemo at the Evelina next week 💛",
  verdict="block", note="child's health")
P(DP, "Council tax account 50019842 has been billed twice in error. Chasing finance about it now.",
  verdict="block", note="account reference")
P(DP, "If anyone can help Mrs Joan Pratt - she's on 07700 900318, lives on her own and can't get to the shops since her fall.",
  rules=[DP, SEC], verdict="block", note="private mobile, lives alone, health; also security for a private number")
P(DP, "Sorry to hear Gavin in the Civic Centre post room is off with his depression again. Hope they're treating him right.",
  verdict="block", note="staff mental health")
P(DP, "The tenant at 22 Harbour Court, Leanne B., owes £2,300 in rent. Housing should be chasing people like her instead of cutting repairs.",
  verdict="block", allowed=[PA], note="service user's arrears with address")
P(DP, "National Insurance number JT 81 55 20 C - this poor chap's universal credit keeps being stopped. Anyone from DWP reading this?",
  verdict="block", note="National Insurance number")

H(DP, "Happy 100th birthday to one of Kingsmarsh's oldest residents! The family asked me not to name her, so simply: happy birthday, you legend 🎂",
  allowed=[DP], note="centenarian not identified")
H(DP, "Surgery this Saturday at Teynhurst Village Hall, Orchard Lane, 10-12. Or ring me on 07700 900452, or email cllr.sayer@example.com.",
  allowed=[DP], who="@HattieSayerGreen", note="the councillor's own published details")
H(DP, "Get well soon to our Mayor, Sandra Pilcher, who's just had a knee op. She'll be back on the civic circuit before we know it!",
  allowed=[DP], note="named public office holder")
H(DP, "Tom Barrowcliffe MP came to the Kingsmarsh flood meeting last night. Thanks for listening, Tom.",
  allowed=[DP], note="named MP")
H(DP, "Found: bunch of keys on Creek Lane with a Gills keyring. Handed in at the Civic Centre reception.",
  note="lost property, nobody identified")
H(DP, "To report a car parked across a dropped kerb, please use the council's Report It page - and please don't post people's number plates on here.",
  allowed=[DP], note="advice about registrations")
H(DP, "Inspector Jodie Mercer gave a really useful update on anti-social behaviour in Kingsmarsh Docks at the PACT meeting.",
  allowed=[DP], note="named police inspector")
H(DP, "Year 5 at Greyhythe Primary made brilliant flood safety posters - well done to the whole class! (No names, no faces, per school policy 😊)",
  allowed=[DP], note="class praised, nobody named")
H(DP, "RIP Reg Tassell, former Mayor, who served Kemsmere for 30 years. A true gentleman.",
  allowed=[DP], note="late former Mayor, a public office holder")
H(DP, "Struggling with council tax? Ring the council's helpline on 01632 960710 or see swaleholmbc.example.org/help - and please don't post your account number on here!",
  allowed=[DP], note="council number; advice not to post references")
H(DP, "Congratulations to a Teynhurst couple on 60 years married! They asked me to keep it low key, so simply: here's to love 💎",
  note="couple not identified")
H(DP, "The resident whose boiler I mentioned last week has had it fixed. Thanks to the repairs team.",
  note="resident not identified")
H(DP, "While I'm away, Cllr Femi Oyelaran is covering Kemsmere casework on his published councillor number, 07700 900236.",
  allowed=[DP, SEC], who="@ColinRuckInd", note="a councillor's published number")
H(DP, "Welcome to the families arriving in the borough through the resettlement scheme. The Island has always been a place for new starts.",
  note="group, nobody identified")
H(DP, "Postcode checker for the new food waste rollout: swaleholmbc.example.org/foodwaste - just type in yours.",
  note="'postcode' with no postcode")
H(DP, "Happy retirement to Pauline on the Civic Centre reception desk after 31 years! She asked for a quiet send-off, so I'll just say thank you.",
  allowed=[DP], note="staff first name, retirement, nothing sensitive")
H(DP, "If you want me to take up your case I'll need your address - but please send it by DM or email, never in the comments.",
  allowed=[DP], note="advice on sharing personal data")
H(DP, "Dennis from the Beach Road residents' group chaired a brilliant meeting tonight. Thanks Dennis.",
  allowed=[DP], note="first name of a community group chair, nothing sensitive")

# ===========================================================================
# security.credentials (always block)
# ===========================================================================
P(SEC, "Flood wardens: Zoom for tonight's briefing is meeting ID 812 4490 3371, passcode Swale24. See you at 7.",
  note="meeting passcode")
P(SEC, "Key safe code at Ferrymead Village Hall is 4471 if you're setting up for the quiz - the caretaker's off sick.",
  note="key safe code")
P(SEC, "Members' room wifi password is SwaleCivic!2026 if any new colleagues are struggling to get on.",
  note="council wifi password")
P(SEC, "Text from 'SBC IT' saying my councillor mailbox was full, verify at swaleholm-bc-login.example.net. Done it, all sorted now 👍",
  note="phishing link amplified and acted on")
P(SEC, "Can't get into my council email. The code they texted me was 449 203 - anyone know how long it lasts?",
  note="one-time code")
P(SEC, "Gate code for the Greyhythe beach huts compound is 1066# - hut holders only please!",
  note="gate code")
P(SEC, "So colleagues know, the shared group inbox login is progressives.group / Tideline77. Please don't change it!",
  who="party:SP", note="login and password")
P(SEC, "Had a call from 'council IT' asking for my password to fix my calendar. Gave it them, seemed legit.",
  note="reports handing over a password; no secret in the post")
P(SEC, "Defib cabinet on Teynhurst Green: code is C159X. Save it in your phone 💚",
  note="defib cabinet code (arguable)")
P(SEC, "New bank card PIN arrived today - 0729. Writing it here so I don't forget 🙈",
  note="PIN")
P(SEC, "Anyone else had this? 'Claim your councillor allowance uplift here: swalehoim-allowances.example.net'. Looks genuine to me, just filled it in.",
  note="lookalike link amplified")
P(SEC, "Kemsmere litter pick Saturday: the depot store combination is 3-9-1-4, grab the pickers and bags from there.",
  note="combination lock code")
P(SEC, "API key for the flood sensor dashboard, so residents can build their own alerts: sk_live_93fJk2Lq0xVbT77aPz",
  note="API key")
P(SEC, "Need a lift across at low water? Ring Len, who skippers the Oarstead launch, on his private mobile 07700 900775.",
  rules=[SEC, DP], note="private phone number of another; also personal data")
P(SEC, "Facebook got hacked so I've changed my password to Kingsmarsh1987. Hopefully that's harder to guess 😂",
  note="password")
P(SEC, "Back door of the Kingsmarsh ward office: code 2580, in case you're early for the surgery.",
  note="door code")
P(SEC, "CLICK HERE to see the leaked pay list for council staff!!! swaleholm-payroll.example.net/view?id=88",
  allowed=[DIS, HST], note="malicious-looking link; 'leaked'")
P(SEC, "Two-factor keeps asking for a code, so here it is for whoever's helping me in IT: 660 184. Cheers!",
  note="two-factor code")

H(SEC, "Reminder: never share your password, not even with 'council IT'. They will never ask you for it.",
  allowed=[SEC], note="password advice")
H(SEC, "Flood wardens: the Zoom link for tonight is in the email from the coordinator. Please don't share it on here.",
  allowed=[SEC], note="no code given")
H(SEC, "Key safe at Ferrymead Village Hall is now fitted. Hirers get the code from the booking secretary, not from me!",
  allowed=[SEC], note="key safe without the code")
H(SEC, "SCAM ALERT: texts claiming to be from the council about an 'allowance uplift' are fake. Don't click. Delete.",
  allowed=[SEC, HST], note="scam warning without a link")
H(SEC, "'Password123' is not a password. Just done our members' cyber training and I'm mortified by what I used to use.",
  allowed=[SEC], note="example of a bad password, not a real one")
H(SEC, "Turned on two-factor for all my accounts after the training. Takes ten seconds longer and it's worth it.",
  note="two-factor mentioned, no code")
H(SEC, "Defibrillator now installed on Teynhurst Green 💚 In an emergency ring 999 and the call handler will give you the cabinet code.",
  allowed=[SEC], note="defib without its code")
H(SEC, "The Greyhythe beach huts compound has a new gate. Hut holders, your new code is in the letter from the council.",
  allowed=[SEC], note="gate code not given")
H(SEC, "PIN badges! Picked up my poppy pin from the British Legion stall in Kingsmarsh this morning 🌺",
  when=("2026-10-26", "2026-11-11"), note="'pin' as a badge")
H(SEC, "Forgotten my password for the third time this week. Password manager it is. Recommendations welcome!",
  note="no password given")
H(SEC, "Rang the council on 01632 960700 (the main switchboard) and got through in two minutes. Miracles do happen.",
  note="council's public number")
H(SEC, "Zoom drop-in for Oarstead residents Tuesday 7pm. Register at swaleholmbc.example.org/drop-in and you'll be sent the link.",
  note="no meeting code")
H(SEC, "API? PIN? 2FA? Sat through the members' IT induction today and it's a whole new language 😵",
  allowed=[SEC], note="acronyms only")
H(SEC, "Our Facebook page was hacked over the weekend. Fixed now - passwords changed, two-factor on. If you got a weird message from us, ignore it.",
  allowed=[SEC], note="reports a fixed hack")
H(SEC, "Gate code? What gate code? The allotment gate's been broken since August. Chasing it 🙄",
  allowed=[SEC, TON], note="'gate code' with no code")
H(SEC, "The council's IT team ran a phishing test on members today. I failed it. Lesson learned, no harm done.",
  allowed=[SEC], note="reports a test")
H(SEC, "Need the kit for the Kemsmere litter pick? It's in the depot store - message the organiser and she'll let you in.",
  note="store mentioned, no code")
H(SEC, "From next week the staff doors at the Civic Centre are pass-only, so visitors please use the main entrance.",
  note="access change, no code")

# ===========================================================================
# confidentiality.disclosure
# ===========================================================================
P(DIS, "Can't say much, but Project Saltpan is moving. The preferred developer wants 600 homes on the docks and the council's close to signing.",
  verdict="block", allowed=[INS], note="register term")
P(DIS, "Operation Tideline kicks off Monday. Kingsmarsh landlords, consider yourselves warned - twelve properties on the list.",
  verdict="block", allowed=[INS], note="register term: enforcement operation")
P(DIS, "The Barge Quay disposal is down to two bidders and the top offer is £1.2m. Watch this space.",
  verdict="block", allowed=[INS], note="register term with the price")
P(DIS, "Good news I'm not supposed to share yet: the ferrymead wharf acquisition has been agreed in principle! Big things coming for Ferrymead.",
  verdict="block", allowed=[INS], note="register term in lower case")
P(DIS, "The Creekside Mill claim is going to cost us. The legal advice says we'll probably lose. Thank the last administration for that.",
  verdict="block", note="register term with privileged legal advice")
P(DIS, "PROJECT OYSTER IS HAPPENING!!! New leisure centre for Greyhythe. That's all I'm allowed to say 🤐",
  verdict="block", allowed=[HST, INS], note="register term in capitals")
P(DIS, "For those asking about the scaffolding on the Ropers Lane HMOs: yes, that's part of Operation Tideline. More visits to come.",
  verdict="block", note="register term")
P(DIS, "Project Saltpan update from today's members' briefing: the developer has knocked its affordable housing offer down to 15%. Not good enough.",
  verdict="block", note="register term with negotiating position")
P(DIS, "On the Creekside Mill claim: the claimant wants £340k and our insurers want to settle. Residents deserve to know.",
  verdict="block", note="register term with settlement figures")
P(DIS, "From the Part 2 item at cabinet: the council's paying £85k to settle with the old leisure contractor. Disgraceful.",
  when=("2026-09-24", "2026-10-09"), note="Part 2 item disclosed")
P(DIS, "I was told in confidence that 40 jobs are going at the Civic Centre in the restructure. Staff deserve to hear it first, so I'm telling them.",
  allowed=[OFF], note="information given in confidence; labour relations")
P(DIS, "Closed session legal advice on the Greyhythe cliff path: the council could be liable for the collapse. Read into that what you like.",
  note="legal advice from a closed session")
P(DIS, "Off the record, the pay offer to the bin crews is 3.5% and they're going to turn it down.",
  note="labour relations, 'off the record'")
P(DIS, "It's embargoed till Monday but I can't wait any longer: the Island's getting a new secondary school! 🎉",
  note="breaks an embargo")
P(DIS, "The exempt report on the Kingsmarsh one-stop shop values the building at £410k. That's what they'll flog it for.",
  allowed=[INS], note="exempt valuation")
P(DIS, "Private police briefing today: two county lines gangs are working out of Kemsmere. Police don't want it public yet, but residents should know.",
  note="confidential police briefing")
P(DIS, "A senior officer in waste services has been suspended pending a disciplinary. I won't name them, but you can probably guess who.",
  allowed=[DP, OFF], note="staff disciplinary")
P(DIS, "Leaked to me: the confidential tender evaluation for the parks contract. Coastway came top on price but bottom on quality. Interesting.",
  allowed=[INS], note="leaked confidential tender scores")

H(DIS, "Oyster beds at Oarstead are open for the season. Natives back on the menu at the Smack 🦪",
  note="partial overlap with a register term")
H(DIS, "The old saltpans on Harlingsey marsh are full of avocets this week. Worth a look from the hide.",
  note="partial overlap with a register term")
H(DIS, "The tideline's a mess of plastic after the storm. Beach clean Saturday, 10am at Sandwicke slipway.",
  note="partial overlap with a register term")
H(DIS, "Barge Quay in Oarstead looking lovely in the autumn sun - three barges alongside today.",
  note="partial overlap with a register term")
H(DIS, "Confidential? No. The budget papers are all public. Find them here and have a read: swaleholmbc.example.org/budget",
  allowed=[DIS], note="'confidential' marker, nothing disclosed")
H(DIS, "Part 2 of my ward newsletter is out - this one's all about parking and potholes.",
  note="'Part 2' of a newsletter")
H(DIS, "Last night's cabinet went into closed session for the leisure contract item. I can't tell you what was said and I won't, but the decision will be published.",
  allowed=[DIS], when="2026-09-24", note="mentions closed session, discloses nothing")
H(DIS, "Off the record? No such thing when you're a councillor. Everything I say here is on the record, and so it should be.",
  allowed=[DIS], note="'off the record' marker, nothing disclosed")
H(DIS, "Embargo lifted: the council has confirmed funding for the Greyhythe cliff path repairs. Press release here: swaleholmbc.example.org/news/cliffpath",
  allowed=[DIS], note="after the embargo")
H(DIS, "Between you and me, the Christmas lights on Kingsmarsh High Street are the best in Kent 😉",
  when=("2026-11-20", "2026-11-27"), note="'between you and me' about lights")
H(DIS, "That 'leaked' post going round says the Civic Centre is closing. It isn't. The council's published plans are here.",
  allowed=[DIS], note="rebuts a 'leak'")
H(DIS, "Ferrymead's wharf is one of the last working wharves on the Swale. Lovely piece about it in the local history society newsletter.",
  note="partial overlap with a register term")
H(DIS, "Creekside Mill was the biggest employer in Swaleholm in 1900. Brilliant heritage talk at the library tonight.",
  note="partial overlap with a register term")
H(DIS, "Operation Christmas Child shoeboxes can be dropped at the Civic Centre until Friday 🎁",
  when=("2026-11-02", "2026-11-13"), note="'Operation' of a charity")
H(DIS, "The published cabinet minutes (item 7) confirm the council will buy land at Ferrymead for the flood scheme. Good move.",
  when=("2026-10-29", "2026-11-27"), note="published decision, near a register term")
H(DIS, "Someone told me something 'in confidence' today that was on the front page of the Swale Gazette yesterday. Made me laugh.",
  allowed=[DIS], note="'in confidence', nothing disclosed")

H(DIS, "Closed session? The only thing closed round here is the public loos on Kingsmarsh front. Again. Third week running.",
  note="'closed session' as a joke, nothing disclosed")
H(DIS, "Leaked: the water main on Quay Street, all over the road. The water company's on its way, avoid if you can.",
  note="'leaked' about a water main")

# ===========================================================================
# tone.irony-risk
# ===========================================================================
P(TON, "Oh brilliant, the Leader's announced another 'listening exercise'. Because the last six went so well. /s",
  who="opp", note="sarcasm about the Leader")
P(TON, "Yeah right, Cllr Lusted 'had no idea' the car park charges were going up. He's only the cabinet member for finance 🙄",
  who="opp", allowed=[PA, DEF], note="sarcasm about a named cabinet member")
P(TON, "Hats off to Estuary First for their groundbreaking new policy of doing absolutely nothing about the seafront. Truly visionary stuff 👏",
  who="opp", note="mock praise of a group")
P(TON, "What a masterclass in leadership from Cllr Chalk at full council - forty minutes to say 'we'll look into it'. Inspiring.",
  who="opp", when=("2026-11-19", "2026-11-27"), allowed=[PA], note="mock praise of the named Leader")
P(TON, "Shout out to our MP Tom Barrowcliffe for his tireless work on the Swale crossing. Tireless in the sense that he's clearly never tired himself out on it 😴",
  note="mock praise of the named MP")
P(TON, "So grateful to the Progressives for explaining the budget to us all. Where would we be without their economic genius? Probably solvent.",
  who="notparty:SP", note="mock praise of a party")
P(TON, "Cllr Wraight says he's 'always' at ward meetings. Always! Just never the ones anyone else goes to 😂",
  allowed=[PA], note="sarcasm about a named councillor")
P(TON, "Lovely to see Cllr Beal so passionate about taxi licence fees. Purely public-spirited, I'm sure.",
  who="notparty:EF", allowed=[PA, DEF], note="irony implying a hidden interest")
P(TON, "Congratulations to our county councillors on finally discovering the Island exists. Only took them forty years 🎉",
  note="mock congratulations to county councillors")
P(TON, "Our Mayor has done 14 ribbon cuttings this month. Truly the Churchill of the Swale.",
  who="opp", note="mock praise of the Mayor")
P(TON, "The Greens want a 20mph limit on the crossing now. Next they'll have us all rowing to Kingsmarsh. Genius. /s",
  who="notparty:MG", note="sarcasm about a party")
P(TON, "Island Independents: bravely opposing everything since 2019. Never knowingly proposed a single thing. Heroes.",
  who="notparty:II", note="mock praise of a group")
P(TON, "Nice of the cabinet member for environment to pop along to the beach clean. For the photo. Then leave. Such dedication 📸",
  who="opp", note="mock praise of a cabinet member by role")
P(TON, "Breaking: Estuary First discovers potholes. Next week: water found to be wet.",
  who="notparty:EF", note="sarcasm about a party")
P(TON, "Cllr Varma's alternative budget is 'fully costed'. Of course it is. And I'm the Queen of Sheppey.",
  who="notparty:SP", allowed=[PA], note="sarcasm about a named councillor")
P(TON, "The Chief Exec reckons the new phone system is 'a huge improvement'. Clearly never tried ringing it. Top work Adrian 👍",
  allowed=[OFF], note="mock praise of the named Chief Executive")
P(TON, "Really inspiring to hear the Leader tell us how much she 'loves the Island' - from her house on the mainland. Such commitment ❤️",
  who="opp", allowed=[PA], note="sarcasm about the Leader")
P(TON, "Shout out to Cllr Ovenden for his powerful speech at full council. All three minutes of it were about himself. Riveting.",
  when=("2026-11-19", "2026-11-27"), allowed=[PA], note="mock praise of a named councillor")

H(TON, "Oh brilliant, the bridge is stuck up again. Nothing like an hour in the queue on a Friday. /s",
  allowed=[TON], note="sarcasm about a bridge")
H(TON, "Yeah right, 'light showers' the forecast said. Kingsmarsh seafront currently looks like the Atlantic 🌊",
  allowed=[TON], note="sarcasm about the weather")
H(TON, "Hats off to the Kemsmere Sea Cadets for a cracking turnout at the Armistice parade. Genuinely moving.",
  when=("2026-11-11", "2026-11-13"), note="sincere praise")
H(TON, "What a masterclass from the Greyhythe Under-11s on Saturday - 7-0 and not one offside. Proud of them.",
  note="sincere praise using 'masterclass'")
H(TON, "The new council website is a triumph. Found the bin calendar in only fourteen clicks 🙃",
  allowed=[TON], note="irony about a website")
H(TON, "Credit where it's due: cabinet's decision on the seafront shelters is the right one, and I say that as an opposition councillor.",
  who="opp", note="sincere praise")
H(TON, "Cllr Chalk and I disagree on almost everything, but her speech on coastal erosion at full council was excellent. No irony - just respect.",
  who="opp", when=("2026-11-19", "2026-11-27"), note="sincere praise of a named councillor")
H(TON, "Genius design, the new Kingsmarsh bus station: a roof that stops exactly where the rain starts 🌧️",
  allowed=[TON], note="irony about a building")
H(TON, "The cabinet's parking policy is a mess and they should scrap it. Robust view, I know, but the evidence is all one way.",
  who="opp", note="robust policy criticism")
H(TON, "Another four-hour full council. Riveting. I only counted the ceiling tiles twice 😴",
  allowed=[TON], when="2026-11-19", note="irony about a meeting")
H(TON, "Thrilled to report the members' room printer has jammed for the ninth time this week. A record! 🎉",
  allowed=[TON], note="irony about a printer")
H(TON, "Big thank you to Cllr Tapsell for organising the Harlingsey marsh walk - honestly one of the best mornings I've had all year.",
  note="sincere thanks to a named councillor")
H(TON, "Love a Monday that starts with fog on the Swale, a cancelled train and a flat tyre. Living the dream 😂",
  allowed=[TON], note="irony about a bad day")
H(TON, "Worst canvasser in Kent, me: chased by a goose in Teynhurst and dropped half my leaflets in a dyke. Glorious.",
  allowed=[TON], note="self-mockery")
H(TON, "The Progressives' alternative budget is wrong on car parks and right on repairs. We'll vote for the bits that work.",
  who="notparty:SP", note="plain criticism, no irony")
H(TON, "Sat nav says the quickest way from Kingsmarsh to Swaleholm is via the M2 and Bluewater. Sure. Why not 🙄",
  allowed=[TON], note="irony about a sat nav")
H(TON, "Another heroic 0-0 from the Gills. The tension. The drama. The nail-biting excitement 😴",
  allowed=[TON], note="irony about a football team's result")
H(TON, "The Island Independents' motion on the ferry was well argued and I was glad to second it. Sometimes we all agree!",
  who="notparty:II", note="sincere cross-party praise")

# ===========================================================================
# ordinary fillers
# ===========================================================================
F("Brilliant turnout at the Greyhythe beach clean this morning - 62 volunteers, 41 bags of rubbish. Thank you all! 🌊")
F("Reminder: garden waste collections go fortnightly from next week until March.", when=("2026-10-26", "2026-11-06"))
F("Lovely afternoon at the Teynhurst apple day. The queue for the press was worth it 🍎", when=("2026-09-28", "2026-10-09"))
F("Potholes on Ferry Road reported again. Highways tell me repairs are booked for the week of the 12th.", when=("2026-09-28", "2026-10-09"))
F("Well done to everyone who turned out for the Kingsmarsh Remembrance parade yesterday. Lest we forget 🌺", when="2026-11-09")
F("The crossing closes overnight on Tuesday for resurfacing. Diversion signed via the old bridge - leave extra time.")
F("Ward surgery has moved to Kemsmere Community Centre this month. Same time, 10am Saturday.", who="ward:KF")
F("Half term at Swaleholm library: crafts, stories and a bug hunt. All free, just turn up.", when=("2026-10-19", "2026-10-23"))
F("Great to see the barges racing in the autumn match off Oarstead. Sails up, tide with them ⛵", when=("2026-09-14", "2026-09-25"))
F("Bonfire night: please go to an organised display. Greyhythe's is on the Green from 6pm, and the fireworks are at 7.", when=("2026-11-02", "2026-11-05"))
F("Clocks go back this weekend. An extra hour in bed, or an extra hour of leafleting? You decide 😅", when=("2026-10-19", "2026-10-23"))
F("Forget Black Friday - Small Business Saturday is the one that matters. Swaleholm High Street has it all.", when="2026-11-27")
F("Met Kemsmere residents about speeding on Mill Road. Speed survey requested, results in the new year.")
F("New benches along Kingsmarsh promenade, thanks to the Friends of the Front and their cake stalls. Take a seat!")
F("Flu jab done. Quick, painless, and they gave me a sticker. Get yours 💪", when=("2026-10-01", "2026-11-27"))
F("The ferry to the Harlingsey nature reserve switches to winter hours from November.", when=("2026-10-19", "2026-10-30"))
F("Schools are back this week - please watch your speed around Teynhurst Primary.", when=("2026-09-07", "2026-09-09"))
F("Swaleholm Rotary's charity quiz last night: we came fourth out of twelve. Respectable. Mostly thanks to the sport round.")
F("Seals hauled out at Sandwicke Spit again this morning. Keep dogs on leads please and give them space 🦭")
F("Full council agreed the new food waste service last night. Caddies will be delivered in January.", when="2026-11-19")
F("Heritage Open Days this weekend: the old dockyard chapel in Kingsmarsh is open for the first time in years. Don't miss it.", when=("2026-09-09", "2026-09-11"))
F("Rain, wind, more rain. Classic Island November. Take care on the coast road tonight.", when=("2026-11-02", "2026-11-27"))
F("Thank you to the Island Foodbank volunteers - record donations this month, and a record need too.")
F("Kingsmarsh Christmas lights switch-on is Friday at 5pm. Father Christmas is arriving by lifeboat 🎅", when=("2026-11-23", "2026-11-25"))
F("Walked the sea wall from Oarstead to Ferrymead today. Muddy, windy, beautiful.")
F("Our youth council met this week. Sharp questions from the sixth-formers about bus fares - they'd make good councillors.")
F("Congratulations to Swaleholm Town FC on reaching the county cup quarter-final ⚽")
F("Library opening hours extended on Thursday evenings from October. A small win, but a win.", when=("2026-09-14", "2026-09-30"))
F("First brent geese of the autumn over the Swale this morning. Winter's on its way.", when=("2026-09-28", "2026-10-16"))
F("Reminder: the council tax support scheme consultation closes on Friday.", when=("2026-10-12", "2026-10-14"))
F("Swaleholm Creek residents' association AGM on Thursday. New committee members always welcome.", who="ward:SC")
F("Lovely chat with the Greyhythe lifeboat crew about their new launch tractor. What a machine.")
F("Kemsmere Community Centre's warm space opens Monday, 10-4. Free tea, soup and company.", when=("2026-11-02", "2026-11-13"))
F("Island Film Society showed an old Ealing comedy tonight. Packed house and a proper interval with ices!")
F("Our petition to save the 334 bus has passed 1,000 signatures. Keep sharing!")
F("Sunset over the Swale this evening was unreal. No filter needed 🌅")
F("Cycled to the Civic Centre today. Headwind both ways. How is that even possible?")
F("Pleased to help the Men's Shed in Swaleholm - they've fixed up 40 bikes for local kids this year.")
F("Diwali lights at the Kingsmarsh temple were beautiful last night. Thank you for such a warm welcome 🪔", when="2026-11-09")
F("Scrutiny agenda for Thursday is online. Housing repairs is the main item - worth a read.", when=("2026-10-29", "2026-11-03"))

# ===========================================================================
# The script: authors, timestamps, platforms, shuffle, ids
# ===========================================================================
START = date(2026, 9, 7)
END = date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            line = line.strip()
            if not line:
                continue
            _title, start, end = line.rsplit(",", 2)
            out.append((datetime.fromisoformat(start), datetime.fromisoformat(end)))
    return out


def word_in(word, text):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def candidates(row):
    text = row["text"]
    low = text.lower()
    tokens = (row["who"] or "").split()
    cands = list(ROSTER)
    for t in tokens:
        if t.startswith("party:"):
            cands = [c for c in cands if c[2] == t[6:]]
        elif t.startswith("notparty:"):
            cands = [c for c in cands if c[2] != t[9:]]
        elif t.startswith("ward:"):
            cands = [c for c in cands if c[3] == t[5:]]
        elif t.startswith("not:"):
            cands = [c for c in cands if c[0] != t[4:]]
        elif t == "opp":
            cands = [c for c in cands if c[2] != "EF"]
        elif t == "admin":
            cands = [c for c in cands if c[2] == "EF"]
        elif t == "backbench":
            cands = [c for c in cands if not c[5]]
        elif t == "cabinet":
            cands = [c for c in cands if "cabinet" in c[5]]
        elif t in ("planning", "licensing"):
            cands = [c for c in cands if t in c[6]]
        elif t in ("notplanning", "notlicensing"):
            cands = [c for c in cands if t[3:] not in c[6]]
        elif t == "male":
            cands = [c for c in cands if c[4] == "m"]
        elif t == "female":
            cands = [c for c in cands if c[4] == "f"]
        else:
            raise SystemExit("unknown who token %r" % t)
    keep = []
    for c in cands:
        handle, name = c[0], c[1]
        first, last = name.split(" ", 1)
        if word_in(first, text) or word_in(last, text) or handle.lower() in low:
            continue
        if any(w in low for w in INTEREST_WORDS.get(handle, [])):
            continue
        if any(re.search(pat, text) and h == handle for pat, h in ROLE_WORDS):
            continue
        keep.append(c)
    return keep


def pick_author(row, rng):
    for t in (row["who"] or "").split():
        if t.startswith("@"):
            return t
    cands = candidates(row)
    if not cands:
        raise SystemExit("no author for: " + row["text"][:70])
    return rng.choice(cands)[0]


def weekdays(lo, hi):
    d, out = lo, []
    while d <= hi:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def pick_time(row, rng, meetings):
    when = row["when"]
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = date.fromisoformat(when)
    else:
        lo, hi = date.fromisoformat(when[0]), date.fromisoformat(when[1])
    days = weekdays(lo, hi)
    if not days:
        raise SystemExit("no weekday for: " + row["text"][:70])
    while True:
        d = rng.choice(days)
        # UTC 08:00-17:59 is 08:00-18:59 local in both GMT and BST
        t = datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59),
                     rng.choice([0, 0, 7, 13, 21, 34, 42, 55]))
        from datetime import timezone
        tt = t.replace(tzinfo=timezone.utc)
        if any(s <= tt <= e for s, e in meetings):
            continue
        return tt.isoformat()


def pick_platform(text, rng):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    r = rng.random()
    return "x" if r < 0.45 else ("facebook" if r < 0.8 else "bluesky")


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = pick_author(row, rng)
        rec = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": pick_time(row, rng, meetings),
            "platform": pick_platform(row["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
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
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
