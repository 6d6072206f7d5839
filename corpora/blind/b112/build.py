"""Build blind evaluation set b112 (Kimberwell District Council, Dorset).

The rows below were written by hand by an independent writer. This script only
places them: it picks authors, timestamps and platforms with a fixed seed,
shuffles the rows, gives ids B112-NNNN and writes posts.jsonl next to itself.
Running it again writes the same bytes.
"""
import datetime
import json
import os
import random
import re

SEED = 11200
SET = "B112"
HERE = os.path.dirname(os.path.abspath(__file__))

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
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HAS = "haste.pause-before-posting"

DEFAULT_SEV = {OFF: "review", RES: "review", POS: "review", CAP: "review", INS: "review",
               INT: "review", TON: "advice", SEC: "block"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# ---------------------------------------------------------------- the council
# handle, name, gender, party, ward, roles, committees
COUNCILLORS = [
    ("@RosPengellyWA", "Rosalind Pengelly", "f", "WA", "Kelsmouth Esplanade", {"leader", "cabinet"}, set()),
    ("@TerryScammell", "Terry Scammell", "m", "WA", "Kelsmouth Esplanade", {"cabinet", "finance"}, set()),
    ("@MarianLovelessPD", "Marian Loveless", "f", "PD", "Kelsmouth Undercliff", {"pdleader"}, {"planning"}),
    ("@DerekSquibbCllr", "Derek Squibb", "m", "WA", "Kelsmouth Undercliff", {"planningchair"}, {"planning"}),
    ("@IvyChaffeyWA", "Ivy Chaffey", "f", "WA", "Brackport Quay", {"cabinet", "environment"}, set()),
    ("@NathanHounsellPD", "Nathan Hounsell", "m", "PD", "Brackport Quay", set(), {"planning"}),
    ("@GwenBuddenGreen", "Gwen Budden", "f", "HHG", "Brackport Hamlets", set(), {"planning"}),
    ("@CllrColinDorey", "Colin Dorey", "m", "WA", "Brackport Hamlets", {"chairman"}, set()),
    ("@SallyFramptonWA", "Sally Frampton", "f", "WA", "Marnbury Abbey", {"cabinet", "housing"}, set()),
    ("@WayneBuglerPD", "Wayne Bugler", "m", "PD", "Marnbury Abbey", set(), {"licensing"}),
    ("@AnjaliMistryPD", "Anjali Mistry", "f", "PD", "Marnbury Shambles", set(), {"licensing"}),
    ("@RogerGuppyInd", "Roger Guppy", "m", "KI", "Marnbury Shambles", set(), {"planning"}),
    ("@HesterSamways", "Hester Samways", "f", "WA", "Hollis Downs", set(), {"planning"}),
    ("@BillKerleyKI", "Bill Kerley", "m", "KI", "Hollis Downs", set(), {"licensing"}),
    ("@FernLovellGreen", "Fern Lovell", "f", "HHG", "Tolpit Heath", set(), {"licensing"}),
    ("@MartinLeggWA", "Martin Legg", "m", "WA", "Tolpit Heath", {"licensingchair"}, {"licensing"}),
    ("@DaveRickettsPD", "Dave Ricketts", "m", "PD", "Brindon", set(), {"planning"}),
    ("@JoanStickland", "Joan Stickland", "f", "IND", "Brindon", set(), {"licensing"}),
]
PERSONAL = {"@nate_crabpots": "@NathanHounsellPD", "@hester_ewes": "@HesterSamways"}
BY_HANDLE = {c[0]: c for c in COUNCILLORS}

# words that name a role: its holder never writes the post (unless set by hand)
ROLE_PATTERNS = {
    "leader": r"\bLeader\b",
    "chairman": r"\bChairman\b",
    "finance": r"(?i)cabinet member for finance|finance portfolio",
    "environment": r"(?i)cabinet member for environment",
    "housing": r"(?i)cabinet member for housing",
    "planningchair": r"(?i)chair of planning|planning chair",
    "licensingchair": r"(?i)chair of licensing|licensing chair",
    "pdleader": r"(?i)people's dorset leader|leader of the opposition",
}
# topics of a registered interest: its holder never writes the post (unless set by hand)
INTEREST_TOPICS = {
    "@NathanHounsellPD": r"(?i)fishermen|fishing fleet|fish quay|harbour dues|co-op boys",
    "@WayneBuglerPD": r"(?i)market|traders|pitch fee",
    "@HesterSamways": r"(?i)higher hollis|grazing|local plan|lambing|flock|\bfarm",
    "@TerryScammell": r"(?i)fossil",
    "@GwenBuddenGreen": r"(?i)sailing|slipway|watersports",
    "@FernLovellGreen": r"(?i)conservation trust|heathland management|sand lizard",
    "@DaveRickettsPD": r"(?i)tenant|garage rent|council garages",
    "@BillKerleyKI": r"(?i)village hall|community buildings",
    "@RogerGuppyInd": r"(?i)builder|repairs framework|building trade",
    "@JoanStickland": r"(?i)kettlecombe access|range review|open weekends|range weekends",
    "@IvyChaffeyWA": r"(?i)hotel|tourist tax|guest house",
    "@AnjaliMistryPD": r"(?i)\btaxi|hackney|\bcabs?\b|rank review",
    "@SallyFramptonWA": r"(?i)quarry|gravel|minerals",
}

MEETINGS = [
    ("2026-01-21T19:00", "2026-01-21T22:00"), ("2026-01-27T19:00", "2026-01-27T21:00"),
    ("2026-02-05T19:00", "2026-02-05T21:00"), ("2026-02-11T19:00", "2026-02-11T21:30"),
    ("2026-02-18T19:00", "2026-02-18T22:00"), ("2026-02-24T19:00", "2026-02-24T23:30"),
    ("2026-03-04T10:00", "2026-03-04T12:30"), ("2026-03-10T19:00", "2026-03-10T21:00"),
    ("2026-03-18T19:00", "2026-03-18T22:00"),
]
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 3, 27)

# ---------------------------------------------------------------- row helpers
ROWS = []


def _row(kind, family, text, rules, allowed, verdict, by, on, interest, note):
    ROWS.append(dict(kind=kind, family=family, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, by=by, on=on, interest=interest, note=note))


def P(rule, text, v=None, also=(), allow=(), by="any", on=None, interest=None, note=""):
    rules = [rule] + list(also)
    if v is None:
        v = max((DEFAULT_SEV[r] for r in rules), key=RANK.get)
    _row("positive", rule, text, rules, allow, v, by, on, interest, note)


def N(rule, text, allow=(), by="any", on=None, note=""):
    _row("hard_negative", rule, text, [], allow, "ok", by, on, None, note)


def F(text, by="any", on=None, note="everyday ward post; nothing to find"):
    _row("filler", None, text, [], [], "ok", by, on, None, note)


JAN_EARLY = ("2026-01-05", "2026-01-16")
JAN = ("2026-01-05", "2026-01-30")
FEB = ("2026-02-02", "2026-02-27")
MAR = ("2026-03-02", "2026-03-27")
PRE_BUDGET = ("2026-01-05", "2026-02-23")

# ================================================================= THE ROWS
# ---------------------------------------------------------------- officers.impartiality
P(OFF, "Sat down with the senior planning officer about Winterbourne Hollis. Told him kindly but firmly that "
       "his recommendation won't wash with the village, and I'd like to see a different one before it gets "
       "anywhere near committee. Bright lad. He'll get there.",
  allow=[PRE], by="!planning", note="presses a named role to change a report before committee; the scheme is "
  "pending but named only by village, and the author is not on planning")
P(OFF, "Funny how every harbour ruling Phil Northover makes seems to go the way of the yacht owners and never "
       "the lads who actually work the Quay. Whose harbour is it, Phil? Asking for Brackport.",
  allow=[DEF, PA], note="questions a named officer's neutrality in public")
P(OFF, "The licensing manager's note on late hours reads like it was drafted at the bar of the very pub it's "
       "about. I've asked for it to be torn up and started again before any sub-committee claps eyes on it.",
  allow=[DEF], note="role named; asks for officer advice to be rewritten; insinuates partiality")
P(OFF, "Three goes Steve Cossins' department has had at sorting the Hamlets bin rounds. Three. If he can't "
       "crack it, maybe it's time someone else had the keys to the depot, mind.",
  allow=[PA], note="named officer criticised by name rather than the service decision")
P(OFF, "Worth remembering our 'impartial' Chief Exec stood for the Alliance in Somerset backalong. Make of "
       "her budget briefings what you will.",
  allow=[DEF, PA], by="opp", note="questions the Chief Executive's political neutrality")
P(OFF, "Planning department, a word. The Downs are not a blank sheet for your consultants. If the officers "
       "can't see what a ridge of glass would do to Stoke Faraday, come and stand up there with me in a "
       "north-easterly. Then redo the report.",
  allow=[PRE], by="!planning", note="tells officers to redo a report; alludes to the solar farm without naming "
  "it; author not on planning")
P(OFF, "Asked the s151 officer nicely to find the money for the Hamlets youth club. Asked him again, less "
       "nicely. He'll find it if he knows what's good for him.",
  allow=[BUL], note="pressure on the finance officer to change his advice; veiled threat allowed")
P(OFF, "Becky in comms sat on our ferry press release for a fortnight, yet the Leader's Esplanade piece went "
       "out the same afternoon. The comms team is meant to serve all eighteen of us, not one party's "
       "leaflet round.",
  by="opp", note="a named officer accused of partisan bias")
P(OFF, "Mrs Woolfrey, with the greatest respect, you were wrong about the bus station and you're wrong about "
       "this. Change the advice, or I'll be asking full council why we keep paying for it.",
  allow=[BUL], note="named Head of Planning told to change her advice")
P(OFF, "Whoever in environmental health signed off the Quay chippy complaint has never been east of the ferry "
       "in their life. Desk-bound nonsense. Pull the decision and send someone who knows what a herring gull "
       "does to a bin bag.",
  allow=[PA], note="an unnamed officer by role, told to reverse a decision")
P(OFF, "Our heathland officer cares more for nightjars than for families who've lived on Tolpit Heath since "
       "furze was cut for the fire. She's paid by Kimberwell, not the bird charities. Having words with her "
       "manager about whose side she's on.",
  note="role named (the heathland officer); neutrality questioned; pressure via her manager")
P(OFF, "If the advice on the Brackport flats comes back 'approve' yet again, I'll know someone's been leant on. "
       "We've all seen who the Head of Planning has her lunch with.",
  allow=[DEF, PRE], by="!planning", note="insinuates an officer's advice is bought; flats named loosely, not "
  "by the register's site; author not on planning")
P(OFF, "Officers have been 'reviewing' Marnbury car park charges since October. Gareth, where's it to? Any "
       "chance of a straight answer before spring, or are we all waiting to see which way the wind blows "
       "in May?",
  by="opp", note="named s151 officer; suggests he is timing advice to the election")
P(OFF, "Had a quiet word with the case officer on the Kelsmouth lodges. If she wants an easy life she'll load "
       "the permission with so many conditions the developer gives up. Sometimes officers need a nudge.",
  allow=[PRE], by="!planning", note="pressing a case officer to shape a report; the lodges are pending but "
  "named loosely; author not on planning")
P(OFF, "Bus shelter saga, part ninety-four. The officer who wrote up the consultation left out every single "
       "response from Stoke Faraday. Forty-one of them, I counted. I've asked for his name and I'll be "
       "standing over him while he rewrites it. Proper job this time, please, or there'll be a right caddle "
       "at scrutiny.",
  allow=[BUL], note="demands an officer rewrite a report under supervision")
P(OFF, "Six years Lizzie Froud has been the council's eyes on Tolpit Heath and she still can't return a phone "
       "call, not even dreckly. Not good enough from someone paid by the people of this district.",
  allow=[PA], note="named officer criticised in public")
P(OFF, "Karen Dibben's team seem awfully keen on one particular Marnbury pub keeping its doors open later. "
       "I do wonder why. Someone might look at who drinks where of a Friday.",
  allow=[DEF], note="insinuation about a named officer's neutrality")
P(OFF, "Rang the Monitoring Officer and told him his ruling on my complaint was nonsense. Said I'd expect the "
       "opposite finding next time or I'd be going over his head. All very polite, mind.",
  allow=[BUL], note="pressure on the Monitoring Officer to change a finding")

N(OFF, "Huge thanks to Dawn Sansom and the environmental health team, out at the Brackport chippy fire at first "
       "light in the mizzle. Proper job.", allow=[OFF], note="thanks to a named officer")
N(OFF, "Asked how the car park income figure in the budget was worked out. Gareth Penney had an answer back "
       "inside the hour: it assumes visitor numbers stay flat. Not sure I buy the assumption, but now I "
       "understand it.", allow=[OFF], on=PRE_BUDGET,
  note="questioning an officer to understand a report, as clause 3 allows")
N(OFF, "Welcome to Alison Trevett, who starts as Kimberwell's Chief Executive on Monday. Looking forward to "
       "working with her.", allow=[OFF], on=("2026-01-05", "2026-01-09"), note="welcome for a named officer")
N(OFF, "The harbour master's advice on dredging is plain: without it the ferry can't run at low water. I'll be "
       "backing the money when it comes to a vote.", allow=[OFF], note="officer advice quoted and accepted")
N(OFF, "Whose side is this council on? Not the Hamlets'. The cabinet cut the youth club and kept the Esplanade "
       "fountains. That's a political choice and they should own it.", by="opp",
  note="'whose side' aimed at the cabinet, not officers; robust policy criticism")
N(OFF, "Some of you are having a pop at our planning officers over the Downs. Please don't. They write the "
       "reports, councillors make the decisions. Don't like the decision? Blame us, that's what we're here for.",
  allow=[OFF], note="defends officers")
N(OFF, "Cllr Scammell's post about 'idle council staff' is out of order. The bin crews were out at six this "
       "morning in a gurt gale. Take it down, Terry.", allow=[OFF],
  note="counter-speech defending staff; criticises a councillor's post, not the person")
N(OFF, "Officers' report on the solar farm is out. Recommendation: approve with conditions. It's long, but "
       "read it before you make up your mind. I'm going to.",
  note="reports an officer recommendation neutrally; 'make up your mind' is advice, not a view")
N(OFF, "Retirement do for Pat on the Marnbury reception desk after 31 years. Knew every face through that door "
       "and most of their dogs. Enjoy the garden, my lover.", allow=[OFF], note="warm farewell to staff")
N(OFF, "The licensing manager's coming to the Shambles traders' meeting on Thursday. Got a view on street "
       "trading? Come and ask her yourself.", allow=[OFF], note="officer named by role, neutrally")
N(OFF, "Yes, I disagree with the officer recommendation on the bus station. No, I won't be 'having a word' "
       "with anybody. I'll say my piece in the chamber, where it's minuted.", allow=[OFF],
  note="disagrees with advice in the proper place")
N(OFF, "'Officer-led' is council-speak for 'no councillor wanted to own it'. The cabinet signed off the parking "
       "changes. Don't hide behind the staff.", allow=[OFF], by="opp",
  note="criticises the cabinet and defends officers")
N(OFF, "My question to the Head of Waste at scrutiny tonight: what happens to garden waste when the Hollis "
       "depot shuts? Fair question, and I'm expecting a fair answer.", allow=[OFF], on="2026-02-11",
  note="questioning an officer at scrutiny is allowed")
N(OFF, "Whose side are you on, Kimberwell? The cabinet's paused the Brindon bus again and folk up there are "
       "stuck till dimpsy waiting for a lift.", by="opp", note="'whose side' at the council's policy")
N(OFF, "Chief Executive's pay is set under a national framework by the appointments committee. I voted against "
       "this year's rise because I think it's too high. That's about the policy, not the person.",
  allow=[OFF], note="policy criticism touching an officer's pay")
N(OFF, "Officers can't change a policy councillors voted for. If the tip opening hours are wrong, that's on us. "
       "My motion goes in for March.", note="accepts councillor responsibility")
N(OFF, "Out on Tolpit Heath with Lizzie Froud for the sand lizard count. Learned more in an hour than in a year "
       "of reports. She's a diamond.", allow=[OFF], note="praise for a named officer")
N(OFF, "An old mate who retired from planning reckons our new Local Plan maps are the best he's seen. High "
       "praise from a man who's moaned about every map since 1987.", allow=[OFF],
  note="a retired officer, praised")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Leaflets for May all printed and folded. Cheers to the lads in the Kimberwell House print room for "
       "squeezing us in between the agendas, you're stars. Vote Wessex Alliance!", by="party:WA",
  note="council print room and staff used for party leaflets")
P(RES, "People's Dorset members: canvass briefing in Committee Room 2 at Kimberwell House, Thursday 6pm. Tea "
       "and biscuits from the members' room. Boots on, we're out on the Quay after.", by="party:PD",
  note="council committee room for a canvass briefing")
P(RES, "Our newsletter went to every tenant on the housing list this morning. Saves a fortune on stamps when "
       "you've got the council's mailing system to hand.", allow=[DAT],
  note="party newsletter through the council's mailing system and tenant list")
P(RES, "Typing this on my council laptop in the members' room between casework: the Greens need YOU on the "
       "doorsteps in Tolpit this weekend. Message me for the walk sheets.", by="party:HHG",
  note="council laptop and room for a canvass call")
P(RES, "Thanks to Jade in the Leader's office for knocking up our campaign graphics in her lunch hour on the "
       "council's design software. She's a whizz.", allow=[OFF], by="party:WA",
  note="council staff and software for campaign material")
P(RES, "Council van was heading up to Brindon anyway for the grit bins, so I slung a few boxes of our leaflets "
       "in the back. Proper efficient, that's us.", note="council transport carries party leaflets")
P(RES, "Alliance candidates: photo shoot at the Esplanade bandstand Monday 10am. The council's photographer has "
       "kindly said she'll pop along. Rosettes on, smiles on.", by="party:WA",
  note="council photographer for candidates' photos")
P(RES, "Fancy a poster for your window? Email me at my council address and I'll drop one round. Let's make "
       "Marnbury People's Dorset orange come May!", by="party:PD", note="council email for party posters")
P(RES, "Used the council's residents' text alert system to remind Brackport folk that our Greens public "
       "meeting is on Friday. Should be a good turnout.", by="party:HHG",
  note="council alert system for a party meeting")
P(RES, "Manifesto launch in the Chairman's parlour at Kimberwell House next week. He's letting us have it "
       "gratis. Independents doing politics properly.", by="party:KI",
  note="council room given free for a party launch")
P(RES, "The photocopier at the Marnbury area office has done two thousand of our 'Save the Shambles' petition "
       "sheets since Monday, party logo and all. Keep signing!", by="party:PD",
  note="council copier for party-branded campaign sheets")
P(RES, "Handy tip for our candidates, my lovers: the room booking system at Kimberwell House never asks what a meeting's "
       "for. Put it down as a ward surgery and run your canvass briefing from there.",
  note="advises disguising campaign use of council rooms")
P(RES, "Lush afternoon phone-banking for the Alliance from the members' room. Free phones, free tea, free "
       "wifi, and the Chairman's biscuit tin unguarded.", by="party:WA",
  note="council phones and rooms for party phone-banking")
P(RES, "Scanned every resident's email from my councillor inbox into our party's mailing list. You'll be "
       "hearing from us! Reply STOP if you're not a fan.", allow=[DAT],
  note="council casework inbox harvested for party mailing")
P(RES, "The Kimberwell crest looks smart on our new campaign leaflet, doesn't it? People trust the crest. "
       "Vote Kimberwell Independents.", by="party:KI", note="council logo on a party leaflet")
P(RES, "Pinned: our candidate's Q&A, filmed in the council chamber after hours. Cheers to the webcast team for "
       "staying late to sort the sound.", note="chamber and webcast staff used for a campaign video")
P(RES, "Asked my area officer to pull the Brindon bus figures together so I can stick them on our leaflet. "
       "She's promised them by tomorrow. Vote People's Dorset!", allow=[OFF], by="party:PD",
  note="officer time for a party leaflet")
P(RES, "The council-funded ward newsletter drops through Hollis Downs doors next week. Plenty of room in it "
       "for a piece on why the Alliance deserves your vote in May.", by="party:WA&ward:Hollis Downs",
  note="council-funded newsletter used for party campaigning")

N(RES, "Out leafleting for People's Dorset in the Hamlets today. Printed by a firm in Poole, paid for by the "
       "branch, folded at my kitchen table by my long-suffering other half.", by="party:PD",
  note="campaigning with party resources")
N(RES, "Ward surgery in the Undercliff community room Saturday, 10 till 12. Council business only: bring your "
       "potholes, your bins and your planning worries.", allow=[RES], by="ward:Kelsmouth Undercliff",
  note="council room for council business")
N(RES, "Reminder to every candidate: council email, offices and staff time are not for campaigning. Not sure? "
       "Ask the Monitoring Officer. Rules is rules, my lover.", allow=[RES], note="states the rule")
N(RES, "Cabinet has signed off the council newsletter budget. Nothing party political in it during the "
       "pre-election period, as the law says.", allow=[RES], note="council publicity, properly used")
N(RES, "Members' room computer, fourteen replies to residents about the Marnbury car park closures. Not "
       "glamorous, but it's the job.", allow=[RES], note="council equipment for casework")
N(RES, "Alliance AGM at the Crown in Marnbury, Friday half seven. Members only. Pasties courtesy of the branch "
       "treasurer, who is unreasonably proud of them.", by="party:WA", note="party event in a pub")
N(RES, "New laptops for councillors at Kimberwell House. Mine's slower than my old one. Progress, eh?",
  allow=[TON], note="council equipment mentioned, no party use")
N(RES, "Party leaflets for the Heath? Paid for out of my own pocket and the branch fund, printed in Wareham, "
       "imprint on the back as the law wants.", note="party campaigning, party money")
N(RES, "Lovely to see the council crest back on the Brackport ferry after the repaint. Looks proper smart.",
  note="the crest on a council vessel, no campaigning")
N(RES, "Greens' campaign launch is on the Quay in the open air, so nobody can say we borrowed a council room. "
       "Bring a coat, it'll be blowing a hooley.", by="party:HHG", note="campaigning away from council premises")
N(RES, "Someone asked why my party isn't on my council email signature. Because it's a council account, my "
       "lover, that's why.", allow=[RES], note="keeps council email apolitical")
N(RES, "The council's photographer got a cracking shot of the new lifeboat launch for the council page. "
       "Worth a look.", note="council resource used for council publicity")
N(RES, "Canvassing round the Shambles this morning. Lots of talk about car park charges and one very "
       "opinionated spaniel.", note="campaigning, no council resources")
N(RES, "The residents' text alert system is for floods and bin day changes. I've asked why it was used to "
       "advertise a private boot sale. Answer awaited.", allow=[RES], note="challenges misuse")
N(RES, "Please don't send election stuff to my council email, I can't use it for campaigning. Party queries to "
       "kimberwellindependents@example.com instead.", allow=[RES], by="party:KI",
  note="steers campaign mail away from council email")
N(RES, "Spent my lunch hour on the doorsteps in Tolpit with our candidate. Back at the day job by two, smelling "
       "faintly of furze.", note="campaigning in own time")
N(RES, "I've asked the Monitoring Officer to look at a party leaflet that seemed to carry the council crest. "
       "If I've got it wrong I'll say so here.", allow=[RES], note="reports a suspected misuse")
N(RES, "Tonight's budget meeting is webcast on the council's channel. Come and watch us argue about the precept "
       "in glorious low definition.", allow=[TON], on="2026-02-24", note="council webcast for council business")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "Stuck in the planning queue? Drop me your reference. Being on the council, I know which desk to lean on "
       "to get yours looked at sooner. Sorted dreckly.", note="offers to speed an application through the role")
P(POS, "Brackport folk wanting a roofer: my son-in-law's outfit, Tidemark Roofing, does a grand job. I'll make "
       "sure the right people at Kimberwell House know the name too.",
  note="promotes a relative's firm and offers to push it inside the council")
P(POS, "Hamlets tenants: if the repairs queue's got you teasy, message me direct. Sitting on the housing "
       "panel has its perks, and one of them is a shortcut.", note="offers to jump a council queue")
P(POS, "My cousin's opened a café on Sheep Street. Council staff, get yourselves down there! I've mentioned her "
       "to the team that books the civic catering, too.", note="steers council catering to a relative")
P(POS, "Can't get your nipper into Hollis primary? Come and see me. I know exactly who to ring to get a name "
       "shuffled up the list.", note="offers to bend admissions")
P(POS, "Ticket on the Esplanade this week? Pass it my way. A quiet word in the right ear and they have a habit "
       "of vanishing.", note="offers to make parking tickets disappear")
P(POS, "The beach hut waiting list is nine years long. For my friends it's a touch shorter. Only joking! "
       "Mostly.", allow=[TON], note="jokey but claims to favour friends on a council list")
P(POS, "Fancy a better pitch at the Wednesday market? Just say the word. I get on very well with the markets "
       "team, and friends of mine don't end up stood by the bins.", note="offers favoured market pitches")
P(POS, "Local firms after that council cleaning contract: my brother has what you might call an inside line. "
       "Give him a ring and tell him I sent you.", allow=[INS], note="a relative's access to a contract")
P(POS, "Getting married at Kettlecombe church this summer? The range only opens on set weekends, but my council "
       "lanyard and a pal at the MoD can open a few more gates. Message me.",
  note="offers access through the role")
P(POS, "Had a word with the highways lads backalong and the resurfacing on my road's been bumped up a year. Perks of the "
       "job, eh!", note="uses the role for a private benefit")
P(POS, "The council's after a caterer for the Kelsmouth fossil festival. Little hint: my wife's bakery does a "
       "smashing lardy cake, and I'm sitting on the panel.", allow=[INT], by="m",
  note="steers a contract to a spouse's business")
P(POS, "Put in a good word with licensing for my old mucker at the Bell in Stoke Faraday. His later hours will "
       "sail through now.", allow=[PRE], by="!licensing",
  note="leans on licensing for a friend; author not on the committee")
P(POS, "Hedge-laying grant running out? I'm on the grants panel. Vote for me in May and consider it done.",
  note="trades a council grant for votes")
P(POS, "To my friends with businesses round the harbour: the council's commercial rent review is coming. "
       "Mention my name when you sit down to negotiate.", allow=[INS], note="offers favour in a council negotiation")
P(POS, "Bother with planning enforcement over your shed? As chair of the ward forum I can usually get these "
       "things quietly dropped. Happy to help a neighbour.", note="offers to stop enforcement")
P(POS, "Council grounds team are hiring. I'll put a word in with the manager for anyone who put their cross by "
       "my name. You know who you are.", note="jobs for supporters")
P(POS, "My daughter's dance school needed a bigger hall, so I had a word at Kimberwell House. Corn Exchange on "
       "Tuesdays at the community rate, even though she's a business. Family looks after family.",
  note="a council rate for a relative's business")

N(POS, "I can't fast-track anybody's planning application, and I wouldn't if I could. What I can do is explain "
       "the process and point you at the right officer.", allow=[POS], note="refuses to fast-track")
N(POS, "Lots of you asking about the beach hut waiting list. It's first come, first served, and no councillor "
       "can bump anybody up it. The list reopens in April.", note="states fair process")
N(POS, "Wednesday market's back in the Shambles next week. Best Blue Vinny this side of the Stour. Get down "
       "there.", note="neutral promotion of a public market")
N(POS, "Family first this weekend: my granddaughter's christening at Stoke Faraday. No politics, I promise.",
  note="'family first' with no favour")
N(POS, "How do council contracts get awarded? Every tender's published and anyone can bid. Nobody gets an "
       "'inside line', whatever the chap in the pub tells you.", allow=[POS], note="explains open tendering")
N(POS, "A resident asked me to 'have a word' about his parking ticket. I've sent him the appeal form. Same rules "
       "for all of us; I got one myself last month.", allow=[POS], note="declines a favour")
N(POS, "It's who you know in this district, isn't it? Who you know at the water company, who you know at the "
       "Environment Agency. Maybe that's why Brackport still floods every spring.",
  note="'who you know' as policy criticism")
N(POS, "My brother-in-law has a garage in Tolpit. I won't be plugging it here and I'd rather you didn't ask me "
       "to. Ask your neighbours instead.", allow=[POS], note="declines to promote a relative's business")
N(POS, "Housing application got you in a caddle? I'll help you fill in the form so nothing's missing. I can't "
       "move you up the list. Nobody can.", allow=[POS], note="proper casework")
N(POS, "Congratulations to Chine Kitchen on winning the civic centre café contract after an open tender. Best "
       "of luck to the team.", note="a contract won openly")
N(POS, "My daughter's dance show at the Corn Exchange last night was brilliant. Hall hired at the full business "
       "rate, before anyone asks.", allow=[POS], note="family use at the proper rate")
N(POS, "Highways have brought the Mill Lane resurfacing forward after a condition survey. Nothing to do with me, "
       "but I'll happily take the credit.", allow=[POS, TON], note="jokes about credit; no favour")
N(POS, "Businesses near the harbour: the council's rent review consultation is open to everyone until "
       "20 March. Have your say.", on=("2026-01-12", "2026-03-19"), note="published consultation")
N(POS, "Quickest way to report a pothole? The council website or 01632 960400. Faster than messaging me, "
       "honest.", note="the council's public number")
N(POS, "Chap on the Quay asked me to get his mate a job at the council. Told him the vacancies are online like "
       "everyone else's. He called me a jobsworth. I'll wear it.", allow=[POS], note="refuses a favour")
N(POS, "Vote for me in May and I'll keep fighting for a proper bus to Brindon. That's a policy promise, not a "
       "favour.", note="a campaign promise about policy")
N(POS, "Shopfront grants now open for Marnbury and Brackport, scored by officers against published criteria. "
       "Apply by 28 February.", on=("2026-01-12", "2026-02-20"), note="open grant scheme")
N(POS, "Crab sandwich of the year goes to the kiosk on Brackport Quay. No relation, no freebie, just a very good "
       "sandwich.", note="praise for an unconnected business")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "Lovely lunch at the Old Customs House, courtesy of the folk hoping to turn it into a restaurant. They're "
       "very keen for councillors to see what it could be. Crab linguine was out of this world.",
  v="review", allow=[PRE], by="!planning", note="hospitality from a pending applicant (LBC/26/0009)")
P(GIF, "Thank you Jurassic Sounds for last summer's VIP passes, and for this year's, already in my inbox! "
       "Counting the days.", v="review", allow=[PRE], by="!licensing",
  note="passes from a pending licence applicant (Fossilfest)")
P(GIF, "Cracking day out on the Downs as guests of Chalkland Solar. Pheasant, port and a very long lunch. "
       "Proper hospitality.", v="review", allow=[PRE], by="!planning", note="hospitality from a pending applicant")
P(GIF, "A hamper from Downland Homes for each of us Hollis councillors. Dorset apple cake, Blue Vinny and a "
       "bottle of scrumpy. Very generous of them.", v="review", by="ward:Hollis Downs&!planning", on=JAN_EARLY,
  note="gift from the Fiddler's Field applicant")
P(GIF, "Grocerline have offered to pay for me to visit one of their 'community stores' up in Bristol. Train, "
       "hotel and dinner. Rude to say no, bain't it?", v="review", by="!planning",
  note="travel and dinner from a pending applicant, about to be accepted")
P(GIF, "Saturday at the rugby in Harbourside Living's box. Their chap spent the whole second half telling me how "
       "much Brackport needs new flats. Great seats, mind.", v="review", by="!planning",
  note="hospitality from the boatyard applicant")
P(GIF, "The Shambles Tap lads say my drinks are on the house 'for life'. Kind of them! Might take them up on it "
       "this Friday.", v="review", by="!licensing", note="free drinks from a pending licence applicant")
P(GIF, "Free valet at Heathside Motors this week. The owner wouldn't take a penny. Car's never been so shiny. Proper job.",
  v="review", by="!planning", note="free service from a pending applicant")
P(GIF, "All three firms bidding for the waste contract have asked me out to lunch this month. Said yes to the "
       "Italian, obviously.", v="review", note="hospitality from contract bidders")
P(GIF, "Pavilion Leisure laid on drinks up on their terrace for a few of us. Sun going down over the bay, gin "
       "in hand. Can't complain.", v="review", allow=[PRE], by="!planning",
  note="hospitality from a pending applicant")
P(GIF, "A crate of Dorset ales on my doorstep from the Quayside Convenience team, 'for all your support'. "
       "Cheers, lads.", v="review", allow=[PRE], by="!licensing", note="gift from a pending licence applicant")
P(GIF, "The firm pitching for the Esplanade sea defence works has offered me a helicopter flight along the "
       "coast 'to understand the engineering'. Said yes before anyone else could.", v="review",
  note="hospitality from a contract bidder")
P(GIF, "A bottle of 25-year-old Scotch left on my step with a card: 'thanks for all you do, Cllr'. No name. "
       "Whoever you are, you've made my winter.", v="advice", note="valuable anonymous gift, no decision sought")
P(GIF, "Kelsmouth Chamber of Trade gave each of us a whole Blue Vinny and a bottle of port at their Christmas "
       "do. Spoiled rotten.", v="advice", on=JAN_EARLY, note="gift from a trade body; no decision named")
P(GIF, "A week in a lovely cottage near Kettlecombe, lent by a landowner who 'likes what I'm doing'. Bliss, "
       "and not a phone signal in sight.", v="advice", note="holiday from a landowner; no decision named")
P(GIF, "Honorary membership of Kelsmouth Golf Club! What a gesture. Handicap of 28 and rising.", v="advice",
  note="membership given because of the role")
P(GIF, "Two tickets to the panto and supper after, from a constituent whose garden wall I helped get sorted. "
       "Oh yes they did!", v="advice", on=JAN_EARLY, note="thank-you gift after casework")
P(GIF, "The shipping agents who use Brackport harbour sent round a case of claret for Christmas. Very decent "
       "of them.", v="advice", on=JAN_EARLY, note="gift from harbour users; could be review")

N(GIF, "Chalkland Solar invited the planning committee on a 'site tour and lunch'. I've said no thank you and "
       "put the offer on the register with the Monitoring Officer.", allow=[GIF], by="planning",
  note="refused and registered")
N(GIF, "Declared today: a bottle of wine from the Brackport lifeboat crew after their open day. Well under £100, "
       "but I'd rather it's on the record.", allow=[GIF], note="registered small gift")
N(GIF, "Sent the Downland Homes hamper back with a polite note. Appreciate the thought; can't accept it.",
  allow=[GIF], on=JAN_EARLY, note="returned gift")
N(GIF, "Paid my own £45 for the Chamber of Trade dinner, and worth every penny for the Dorset apple cake alone.",
  allow=[GIF], note="paid for")
N(GIF, "Mum knitted me a scarf in party colours for Christmas. I won't be registering it. I won't be taking it "
       "off either.", on=JAN_EARLY, note="family gift, not registrable")
N(GIF, "Usual hospitality: a cup of tea and a slab of lardy cake at the Hollis WI. Part of the job, and the "
       "best part.", allow=[GIF], note="normal hospitality of the role")
N(GIF, "Gift of the week: one Dorset knob biscuit from a four-year-old on the school visit. Slightly licked. "
       "Treasured.", note="trivial gift")
N(GIF, "Reminder to colleagues: gifts or hospitality worth £100 or more go on the register within 28 days. "
       "Christmas is over; the deadline isn't.", allow=[GIF], on=JAN_EARLY, note="states the rule")
N(GIF, "The Fossilfest people asked if I wanted free tickets. I'll be buying mine like everyone else, ta.",
  allow=[GIF], note="declines an offer")
N(GIF, "Registered: dinner with our twin town's mayor in Normandy, paid for by our French hosts, about £140. "
       "It's on the council website.", allow=[GIF], note="registered hospitality")
N(GIF, "Thanks to everyone who turned up at my surgery with cake. I now weigh roughly what a Dorset Horn ewe "
       "does.", note="trivial")
N(GIF, "Do councillors park free on the Esplanade? No. I paid £6.50 this morning like every other grockle.",
  note="no benefit")
N(GIF, "Our branch bought the raffle prizes for the Kettlecombe open day. Congratulations to whoever won the "
       "whole Blue Vinny. I'm jealous.", note="the councillor gives, not receives")
N(GIF, "The owner of Quayside Convenience asked me to pop in for a 'chat over a pint'. I've suggested he writes "
       "to the licensing team instead. Kindly meant, I'm sure.", allow=[GIF], note="declines hospitality")
N(GIF, "Free tea from the harbour master's kettle during the storm watch. Not declaring it, before anyone asks.",
  allow=[GIF], note="trivial hospitality on duty")
N(GIF, "A box of fudge from the Stoke Faraday primary children for opening their garden. Shared with the "
       "office. Gone in four minutes.", allow=[GIF], note="trivial gift shared")
N(GIF, "The Leader's Christmas card arrived. Not declaring that either. It's a robin.", on=JAN_EARLY,
  note="a card")
N(GIF, "Turned down a free week in a Pavilion Leisure apartment. It's on my register as refused, as paragraph "
       "10.3 asks.", allow=[GIF], note="refused and registered")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "Kimberwell District Council is dead against the range closing the coast path for another summer, and "
       "we'll fight it all the way to Whitehall.", by="backbench", note="speaks for the council")
P(CAP, "On behalf of Kimberwell District Council: the Greens' idea of a heathland levy is the right one, and "
       "it's time others caught up.", by="party:HHG", note="party policy as the council's")
P(CAP, "Official position of the council: Marnbury does not want, or need, a second supermarket.",
  allow=[PRE], by="backbench&!planning", note="personal view as the council's; touches a pending matter "
  "without naming it; author not on planning")
P(CAP, "The Council believes the Brackport ferry should be run by the town, not an outfit from Southampton. "
       "I've been saying it for years and now it's official.", by="backbench", note="claims the council's belief")
P(CAP, "Speaking for Kimberwell Council here: we back the farmers' tractor protest in Marnbury this week, one "
       "hundred per cent. Go on, my lovers.", by="backbench", note="speaks for the council")
P(CAP, "As a council we reject the government's housing figure for the Downs outright. That's our position and "
       "we won't budge.", by="opp&backbench", note="opposition member states a council position")
P(CAP, "Kimberwell District Council congratulates Brackport Rovers on their promotion. Up the Rovers!",
  by="backbench", note="harmless, but speaks as the council from a councillor account")
P(CAP, "Just so everybody knows: the council's view is that second-home owners should pay triple. Sorry, "
       "grockles.", by="backbench", note="own view as the council's view")
P(CAP, "This council stands shoulder to shoulder with the striking bin crews. I'm confident I speak for every "
       "one of us.", by="backbench", note="speaks for the council")
P(CAP, "Kimberwell District Council apologises to Undercliff residents for how slow we were after the landslip. "
       "I'm sorry it took so long.", by="backbench", note="a council apology from a backbencher")
P(CAP, "Kimberwell Council is right behind the Hollis sheep fair's bid to be a county show. Official! 🐑",
  by="@hester_ewes", note="personal account speaks for the council")
P(CAP, "Kimberwell District Council fully backs moving the crabbing competition to the Quay this summer. Get "
       "your lines ready, nippers.", by="@nate_crabpots", note="personal account speaks for the council")
P(CAP, "It's the council's position that the Kettlecombe road should open every weekend, and I've written to "
       "the MoD on the council's behalf to tell them so.", by="backbench", note="writes on the council's behalf")
P(CAP, "Council statement: Kimberwell will oppose the offshore wind turbines planned off Kelsmouth. Posted by "
       "your ward councillor.", by="backbench", note="a 'council statement' from a councillor")
P(CAP, "We at Kimberwell Council think the new GP opening hours in Marnbury are a disgrace, and we've told the "
       "health board exactly that.", by="backbench", note="'we at Kimberwell Council'")
P(CAP, "On behalf of the council, thank you to the Brackport lifeboat crew for last night's rescue off the "
       "harbour mouth.", by="backbench", note="speaks for the council, harmless content")
P(CAP, "Kimberwell District Council welcomes the end of gravel digging on Tolpit Heath and thanks every "
       "campaigner who made it happen.", by="opp&backbench", note="opposition view as the council's")
P(CAP, "People's Dorset group statement, endorsed by Kimberwell District Council: no more cuts to rural buses. "
       "Not one.", by="party:PD&backbench", note="party statement claimed as endorsed by the council")

N(CAP, "Personal view, not the council's: the range should open the coast path every weekend from Easter.",
  allow=[CAP], note="labels a personal view")
N(CAP, "Cabinet agreed last night (minute 62) to freeze beach hut fees for 2026-27. The full decision is on the "
       "council website.", allow=[CAP], by="@RosPengellyWA", on="2026-01-28",
  note="the Leader reports a decision accurately")
N(CAP, "From me and everyone in Brackport Quay ward: congratulations to Brackport Rovers on promotion!",
  by="ward:Brackport Quay", note="ward, not council")
N(CAP, "The council's position on the ferry is in the cabinet report of 10 March. My own view differs, and I'll "
       "be saying so at scrutiny.", allow=[CAP], on=("2026-03-11", "2026-03-27"),
  note="separates the council's position from own")
N(CAP, "People's Dorset thinks second homes should pay more council tax. That's our party's view; the council "
       "decides in February.", allow=[CAP], by="party:PD", on=("2026-01-05", "2026-02-13"),
  note="party view labelled as such")
N(CAP, "Official: the Jubilee clock on the Esplanade is ten minutes slow again. Council position: it's "
       "charming.", allow=[CAP, TON], note="a joke using 'official'")
N(CAP, "Proud to present long service awards to fourteen Kimberwell staff today on behalf of the council. Four "
       "hundred years of service between them!", allow=[CAP], by="@CllrColinDorey",
  note="the Chairman acting for the council")
N(CAP, "I don't speak for the council on this, and I'm glad I don't: the car park charges are a gurt mistake.",
  allow=[CAP], note="disclaims the council's voice")
N(CAP, "Personal account, views my own: Weymouth chips are overrated and I'll die on this hill.",
  by="@nate_crabpots", note="personal account, personal view")
N(CAP, "Kimberwell District Council has published its draft budget. Have your say by 6 February.",
  allow=[CAP], on=("2026-01-05", "2026-02-05"), note="reports a council publication")
N(CAP, "The council's consultation on the Marnbury bus station is open. Here's my own response, for what it's "
       "worth.", allow=[CAP], note="own response labelled")
N(CAP, "Speaking as the Hollis Downs member and nobody else: the hedge-flailing along the B-road has been "
       "brutal this year.", by="ward:Hollis Downs", note="own capacity stated")
N(CAP, "Our group's statement on the bus cuts is below. It's the People's Dorset view, and we'll move it as a "
       "motion at full council.", by="party:PD", note="party view labelled")
N(CAP, "The council believes in fairy tales, apparently: how else do you explain a budget that assumes car park "
       "income goes up while visitor numbers go down?", allow=[CAP, TON], by="opp", on=PRE_BUDGET,
  note="'the council believes' as criticism of the council")
N(CAP, "Full council approved the 2026-27 budget last night. Thank you to everyone who took part in the "
       "consultation.", allow=[CAP], by="@RosPengellyWA", on="2026-02-25", note="the Leader reports a decision")
N(CAP, "People ask if I post for the council. I don't. The council's account is @KimberwellDC; this one's just "
       "me and my muddy boots.", allow=[CAP], note="points to the official account")
N(CAP, "Not an official position, obviously, but the Shambles pie stall deserves a blue plaque.",
  note="disclaimed joke")
N(CAP, "The council's view, in a resolution passed without dissent in January, is that the Brindon coast path "
       "should reopen. I agree with it.", allow=[CAP], on=FEB, note="accurately reports a resolution")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "Word to the wise: if you've ever fancied one of the lock-ups behind Quay Lane, I'd move now. Can't say "
       "more. They won't stay this cheap.", on=JAN, note="tip ahead of the surplus sites list")
P(INS, "Little birdie at Kimberwell House says the Esplanade parking charges go up in April. Get your season "
       "tickets now, before the grockles do.", on=("2026-01-05", "2026-01-23"), note="tip ahead of the consultation")
P(INS, "Anyone on Sheep Street with a lease up for renewal might want to get it signed before the regeneration "
       "plans see daylight. That's all I'm saying.", note="unpublished plans used to advise")
P(INS, "Told my nephew to get in quick on the fields by the old railway at Stoke Faraday. There's a reason, but "
       "I'm not putting it in writing.", note="family advantage from role knowledge")
P(INS, "Beach hut owners, hold your horses before you sell. You didn't hear it from me, but the licence terms "
       "are changing in a way that'll put values up.", note="insider tip on values")
P(INS, "Mate of mine runs a scaffolding firm. Let him know about the Undercliff sea wall works before the "
       "tender's out so he's ready to go.", allow=[POS], on=JAN, note="early tender knowledge to a friend")
P(INS, "Traders, tip-off: the summer market fees are going to be waived. Book your pitches before everyone "
       "else twigs.", allow=[DIS], on=JAN, note="early knowledge for advantage")
P(INS, "Builders, get your names down for the Hamlets. The housing repairs programme is a lot bigger than the "
       "public papers let on.", note="unpublished knowledge for a trade")
P(INS, "Between us Alliance folk: the Marnbury bus station site is going to be sold. If you know a developer, "
       "now's the time to buy them a pint.", allow=[DIS], by="party:WA", note="tip on a disposal")
P(INS, "If you've any shares in Wessex Downs Quarry, I'd sell them this week. Heard something at a briefing "
       "today. Trust me.", allow=[DIS], note="share tip from a briefing")
P(INS, "My sister's after a house in Marnbury. I've told her to hold off on the Abbey side until the flood "
       "maps are redone. I've seen the drafts.", note="family advantage from drafts")
P(INS, "Friends with holiday lets: the council's about to come down hard on the unlicensed ones. Get your "
       "paperwork straight before the letters go out.", allow=[DIS], note="warns friends of enforcement")
P(INS, "Seen the draft car park strategy. If you've ever thought of opening a café near Kelsmouth station, now "
       "might be the moment. Just saying.", note="draft strategy used for a business tip")
P(INS, "Heads-up for my brother-in-law's cab firm: the rank review's coming to Kelsmouth, so get the "
       "applications in first.", allow=[POS], note="relative tipped off")
P(INS, "The Corn Exchange is going out to lease, not announced yet. If you've always fancied running a venue, "
       "talk to me before it's in the Echo.", allow=[POS], on=JAN, note="tip before announcement")
P(INS, "Thinking of a static caravan up on Cliff Field? I wouldn't. Buy in Tolpit instead. I know what's "
       "coming.", allow=[PRE, DIS], note="implies inside knowledge of a pending matter")
P(INS, "Got a few quid spare? Fields on the north side of Marnbury are worth owning before the relief road "
       "route is announced. I've seen the plan.", note="land tip before an announcement")
P(INS, "Old school mates in the building trade: buy the grazing by the Hollis crossroads while it's still "
       "grazing. I've seen the Local Plan maps.", note="Local Plan sites tipped before publication")

N(INS, "Heads up: the Esplanade car park charges consultation is now open on the council website until "
       "13 March. Have your say.", on=("2026-02-02", "2026-03-12"), note="published consultation")
N(INS, "Tip-off of the day: the crab sandwiches at the Quay kiosk knock the chippy into a cocked hat. You're "
       "welcome.", note="'tip-off' about food")
N(INS, "You didn't hear it from me, but Margaret's baking her famous Dorset apple cake for the Stoke Faraday "
       "coffee morning. Get there early.", note="'you didn't hear it from me' about cake")
N(INS, "Word to the wise: big spring tides this week. Keep an eye on cars parked along Brackport Quay.",
  note="public safety tip")
N(INS, "The council's published its list of surplus sites today, including the lock-ups behind Quay Lane. "
       "Anyone can bid; details on the property pages.", allow=[INS], on=MAR, note="published list")
N(INS, "Before it's announced... oh, it has been. The Kettlecombe range open weekends for 2026 are on the "
       "MoD's website now.", note="public information")
N(INS, "Little birdie (well, a great big herring gull) tells me the Kelsmouth chip season has started early.",
  note="'little birdie' joke")
N(INS, "Not a tip, just a fact: market fees for 2026-27 were agreed at cabinet on the 27th with no increase. "
       "Traders, plan accordingly.", on=("2026-01-28", "2026-02-13"), note="reports a decision")
N(INS, "I've been told in confidence that the Brindon bus review is being looked at again. I can't share more, "
       "and I wouldn't use it for anybody's benefit. Keep writing in.", allow=[INS, DIS],
  note="acknowledges confidence without using it")
N(INS, "Insider tip from a Marnbury maid born and bred: the Shambles pie shop sells out by half eleven.",
  note="'insider tip' about pies")
N(INS, "Councillors hear about plenty before it's public. That's a privilege, not a tip sheet. Good reminder "
       "from the Monitoring Officer today.", allow=[INS], note="states the rule")
N(INS, "Undercliff sea wall works are now out to tender on the public procurement portal. Local firms, go for "
       "it.", on=MAR, note="published tender")
N(INS, "The Local Plan draft sites will be published in May with a full consultation. I don't know which fields "
       "are in it, and I wouldn't tell you if I did.", allow=[INS], note="refuses to tip")
N(INS, "Get in quick, my lovers! Lifeboat ball tickets went on sale this morning and they always sell out.",
  note="'get in quick' about tickets")
N(INS, "Asked at cabinet whether the Corn Exchange lease would be advertised openly. Answer: yes, from April, "
       "on the council website. Good.", on=("2026-03-11", "2026-03-27"), note="public answer")
N(INS, "My nephew asked if I knew of any land going near Stoke Faraday. I told him to ask an estate agent like "
       "everybody else.", allow=[INS], note="declines to advantage family")
N(INS, "Word from the Met Office: mizzle all week. You heard it here first, as always.", note="weather")
N(INS, "Holiday let owners: the council's licensing scheme starts in October. Everything's on the website; "
       "there are no secret deadlines.", on=FEB, note="published scheme")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "Cliff Field will never see 120 lodges while I've a seat on planning. The Undercliff's moving as it is. "
       "I'll be voting it down, end of story, mind.", v="block", by="planning", note="names the site (P/26/0041)")
P(PRE, "P/26/0057: there isn't a version of those boatyard flats I'd ever put my hand up for. Brackport needs "
       "boat jobs, not more second homes.", v="block", by="planning", note="names the reference")
P(PRE, "Downland Homes can post me all the glossy brochures they like. My mind's set: Fiddler's Field stays a "
       "field.", v="block", by="planning", note="names applicant and site")
P(PRE, "Whatever the officers end up recommending on Sheepwash Down, those panels are not going on our ridge. "
       "I'll be refusing it.", v="block", allow=[OFF], by="planning", note="names the site")
P(PRE, "Grocerline at the Old Cattle Market? It's a yes from me before they've finished the presentation. "
       "Marnbury needs the jobs.", v="block", by="planning", note="settled view for; names the site")
P(PRE, "That rooftop bar on The Pavilion is a non-starter. I've heard all I need to. My vote's a no.",
  v="block", by="planning", note="names the site")
P(PRE, "Heathside Motors want a drive-thru car wash on the edge of the heath. Over my dead body. Mark my words, "
       "it'll be thrown out.", v="block", by="planning", note="names the applicant without Ltd")
P(PRE, "Customs House Dining's plans are exactly what the Quay needs. Consider my hand already up.",
  v="block", by="planning", note="settled view for; names the applicant")
P(PRE, "Fossilfest is going ahead and I'll be there with my bucket and spade. As far as I'm concerned the "
       "licence is a formality.", v="block", by="licensing", note="settled view for; the 'known as' name")
P(PRE, "The Shambles Tap wants to stay open till two in the morning. Not a hope, my lover. Nothing anyone says "
       "at the hearing is going to change that.", v="block", by="licensing", note="names the 'known as' name")
P(PRE, "Booze round the clock on the Quay? Quayside Convenience will get a no from me, whatever the police say "
       "at the hearing.", v="block", by="licensing", note="names the applicant")
P(PRE, "LIC/26/0021 comes to committee soon. Save yourselves the stamps: it's dead in the water.",
  v="block", by="licensing", note="names the reference")
P(PRE, "Word is a drive-thru coffee chain is eyeing the Marnbury bypass roundabout. If that application ever "
       "lands on planning, I'm voting against. No debate needed.", v="review", by="planning",
  note="expected application, not on the register")
P(PRE, "Taxi driver review next week, the one with the stack of complaints. I've read the file. He's not "
       "getting his badge back, simple as that.", v="review", by="licensing",
  note="quasi-judicial review not on the register")
P(PRE, "The appeal on the refused Undercliff flats: the inspector ought to throw it straight out, and I'll be "
       "telling the inquiry my mind's made up.", v="review", by="planning",
  note="a planning appeal; an inspector decides, but the member says he will not be moved")
P(PRE, "Burger van wanting street trading consent outside Marnbury Abbey? Refused. Not happening. I've made up "
       "my mind already.", v="review", by="licensing", note="street trading consent not on the register")
P(PRE, "The new late bar on the Hamlets high street won't get its licence past me. Never. Save the forms.",
  v="review", by="licensing", note="licence not on the register")
P(PRE, "Rumour says the Tolpit scrapyard wants to double in size come spring. Let me save everyone the "
       "bother: it has to be refused.", v="review", by="planning", note="expected application")

N(PRE, "Real worries about the Cliff Field lodges and how stable the Undercliff is. I'll hear the evidence at "
       "committee before I decide anything.", allow=[PRE], by="planning", note="predisposition, open mind")
N(PRE, "I'm not on planning, so I can say it straight: as ward member I object to the boatyard flats, and my "
       "objection's gone in.", allow=[PRE], by="@IvyChaffeyWA", note="ward member not on the committee")
N(PRE, "My mind's made up: the Local Plan housing number is far too high for the Downs. That's policy, and I'll "
       "vote against it at full council.", allow=[PRE], note="policy, not quasi-judicial")
N(PRE, "Never again will this council let the lifeguards vanish from Kelsmouth beach in August. They're funded "
       "for three years now.", note="'never' about a budget decision")
N(PRE, "Planning refused the Winterbourne Hollis barn conversion last night. Reasons are on the council "
       "website, and the applicant can appeal.", on="2026-01-22", note="reports a decision")
N(PRE, "Refused! My bid for the good armchair, by my own wife. Appeal pending.", by="m",
  note="'refused' as a domestic joke")
N(PRE, "People keep asking how I'll vote on the Sheepwash Down solar farm. Honest answer: I don't know yet. "
       "I'll read the report, hear the objectors and the applicant, then decide.", allow=[PRE], by="planning",
  note="open mind")
N(PRE, "I'm on licensing, so I'll say nothing about Fossilfest until the hearing. Do send your views to the "
       "licensing team, though. Every one gets read.", allow=[PRE], by="licensing", note="open mind")
N(PRE, "Ward member, not on planning: I'm backing the Old Customs House restaurant and I've written in support. "
       "It's been empty far too long.", allow=[PRE], by="@IvyChaffeyWA", note="ward member not on the committee")
N(PRE, "The Shambles Tap application is with the licensing team. I'm not on the committee; as ward member I've "
       "passed on neighbours' worries about noise. It's for the committee to weigh up.", allow=[PRE],
  by="@RogerGuppyInd", note="ward member not on the committee")
N(PRE, "Dead in the water: my plan to get fit in January. Three pasties down and it's only the 8th.",
  on="2026-01-08", note="'dead in the water' joke")
N(PRE, "I've made up my mind and nothing will change it: the Blue Vinny from the Shambles beats the "
       "supermarket stuff every time.", note="'made up my mind' about cheese")
N(PRE, "I won't be taking part on the Heathside Garage application: family connection to the owners. The "
       "Monitoring Officer knows and I'll leave the room.", allow=[PRE, INT], by="planning",
  note="steps back from a pending matter")
N(PRE, "Good chat with the Fiddler's Field objectors. Strong points. Next week I'll hear Downland Homes out too. "
       "That's how it works, and it's the only fair way.", allow=[PRE], by="planning", note="open mind")
N(PRE, "'It will never be approved,' they said of the Kelsmouth lifeboat station in 1869. It was. History "
       "lesson over.", note="'never be approved' in history")
N(PRE, "The planning inspector dismissed the appeal on the Marnbury phone mast today. Decision letter's on the "
       "Planning Inspectorate site.", note="reports a decided appeal")
N(PRE, "Objectors to the Quayside Late Shop: the hearing's open to the public and you can speak. Details from "
       "the licensing team. I'll be listening.", allow=[PRE], by="licensing", note="open mind")
N(PRE, "My view on second homes is settled and I'm not shy about it: they're hollowing out Brackport. That's an "
       "argument about council tax policy, not any planning application.", allow=[PRE],
  note="settled view on policy")

# ---------------------------------------------------------------- interests.declared-interest
P(INT, "Harbour dues up 8% for the fishing fleet is a disgrace. I'll be fighting it at budget council. The "
       "Brackport Fishermen's Co-operative can't take another hit.",
  by="@NathanHounsellPD", interest="Brackport Fishermen's Co-operative", on=PRE_BUDGET, note="names the body")
P(INT, "The fish quay upgrade has to happen this year. Us lot who land at Brackport have waited long enough, and "
       "I'll be voting for every penny of it.",
  by="@NathanHounsellPD", interest="Brackport Fishermen's Co-operative", note="speaks for the body")
P(INT, "Pitch fees at Marnbury market: freeze them, please. Traders like us are hanging on by our fingernails. "
       "I'll be backing the freeze at budget council.",
  by="@WayneBuglerPD", interest="Marnbury Market Traders' Association", on=PRE_BUDGET, note="speaks for the body")
P(INT, "The Marnbury Market Traders' Association has my full support in asking the council to shut Sheep "
       "Street to cars on market days. I'll be pushing it at scrutiny.",
  by="@WayneBuglerPD", interest="Marnbury Market Traders' Association", note="names the body")
P(INT, "The Local Plan wants 200 homes on the fields next to ours at Hollis. I'll be speaking and voting "
       "against it at full council.",
  by="@HesterSamways", interest="Higher Hollis Farm", note="land next to the holder's farm")
P(INT, "Grazing rents on the council's downland are up for review. They must stay reasonable. Speaking as "
       "someone who knows what it costs to keep a flock on the Downs through a mizzly wet winter.",
  by="@HesterSamways", interest="Higher Hollis Farm", note="the holder grazes council land")
P(INT, "The proposed fossil collecting code for Kelsmouth beaches would kill guided walks stone dead. "
       "Businesses like ours can't run on it. I'll be opposing it in cabinet.",
  by="@TerryScammell", interest="Kelsmouth Fossil Walks Ltd", note="speaks for the body")
P(INT, "Kelsmouth Fossil Walks and the other guides deserve a discount on beach access permits. I'm proposing "
       "it in the budget.", by="@TerryScammell", interest="Kelsmouth Fossil Walks Ltd", on=PRE_BUDGET,
  note="names the body")
P(INT, "Our sailing club's slipway lease with the council is up for renewal. A peppercorn rent is the only fair "
       "answer, and I'll be arguing for it.",
  by="@GwenBuddenGreen", interest="Brackport Sailing Club", note="'our sailing club'")
P(INT, "Brackport Sailing Club needs the council's watersports grant more than anyone. Putting my name to the "
       "budget amendment.", by="@GwenBuddenGreen", interest="Brackport Sailing Club", on=PRE_BUDGET,
  note="names the body")
P(INT, "The Tolpit Heath Conservation Trust should get the heathland management contract, full stop. I'll be "
       "pressing for it when it comes up.",
  by="@FernLovellGreen", interest="Tolpit Heath Conservation Trust", note="names the body")
P(INT, "Council garage rents going up again. Tenants like us can't swallow it. I'm voting against at budget "
       "council, and so should everyone else.",
  by="@DaveRickettsPD", interest="Kimberwell Tenants' Federation", on=PRE_BUDGET, note="speaks for the body")
P(INT, "The community buildings fund must go to Stoke Faraday Village Hall first. The roof's leaking like a "
       "sieve. Making the case at cabinet next month.",
  by="@BillKerleyKI", interest="Stoke Faraday Village Hall", note="names the body")
P(INT, "Local builders like ours are shut out of the council's repairs framework. I'll be pushing at scrutiny "
       "to change the rules so small firms get a fair crack.",
  by="@RogerGuppyInd", interest="Guppy & Daughter Builders", note="'builders like ours'")
P(INT, "The council's response to the MoD range review must demand more open weekends at Kettlecombe. The "
       "Kettlecombe Access Group has fought for this for twenty years and I'll be moving the motion.",
  by="@JoanStickland", interest="Kettlecombe Access Group", note="names the body")
P(INT, "Tourist tax for Kelsmouth? Not while I'm on cabinet. Guest houses like mine are already on their "
       "knees.", by="@IvyChaffeyWA", interest="Kelsmouth Hoteliers' Association", note="'guest houses like mine'")
P(INT, "Taxi licence fees up 12%? I'll be voting against. Drivers like us can't keep swallowing it.",
  by="@AnjaliMistryPD", interest="Kimberwell Hackney Carriage Association", note="'drivers like us'")
P(INT, "The minerals review should keep the Tolpit extraction area in. Jobs matter, and Wessex Downs Quarry "
       "has been a good neighbour. Supporting it at cabinet.",
  by="@SallyFramptonWA", interest="Wessex Downs Quarry Ltd", note="names the body")

N(INT, "Declared my interest as a member of the fishermen's co-op and left the room for the harbour dues item. "
       "Others argued it well.", allow=[INT], by="@NathanHounsellPD", on=("2026-02-25", "2026-03-27"),
  note="holder declares")
N(INT, "Harbour dues up 8% for the fishing fleet: I think it's too much and I'll say so at budget council.",
  allow=[INT], on=PRE_BUDGET, note="same matter, non-holder")
N(INT, "Dawn start with the co-op boys, a boat full of spider crab and a flask of tea. Best office in Dorset.",
  by="@nate_crabpots", note="holder, body, no council matter")
N(INT, "Pitch fees came up at budget council. As chair of the traders' association I declared and sat in the "
       "public gallery. Fair result.", allow=[INT], by="@WayneBuglerPD", on=("2026-02-25", "2026-03-06"),
  note="holder declares")
N(INT, "Marnbury market traders are asking for Sheep Street to close on market days. Makes sense to me, and I'll "
       "be backing it.", allow=[INT], note="same matter, non-holder")
N(INT, "Lambing's started at Higher Hollis. Twins, triplets and one very confused ewe.", by="@hester_ewes",
  on=MAR, note="holder's farm, no council matter")
N(INT, "The Local Plan sites next to my farm came up today. I've declared, I'm not speaking on it, and the "
       "Monitoring Officer has the details.", allow=[INT], by="@HesterSamways", note="holder declares")
N(INT, "A published dispensation lets me speak, but not vote, on the fossil code as a working guide. It's on "
       "the council website.", allow=[INT], by="@TerryScammell", note="holder cites a dispensation")
N(INT, "The fossil collecting code has to protect the cliffs and the guides' livelihoods. Hard balance; I'll "
       "listen to both sides.", allow=[INT], note="same matter, non-holder")
N(INT, "Launched the new safety boat at Brackport Sailing Club this morning. Nothing to do with the council, "
       "just a lovely day on the water.", by="@GwenBuddenGreen", note="holder, body, no council matter")
N(INT, "Sand lizard survey with the Conservation Trust volunteers. Hands cold, heart warm.",
  by="@FernLovellGreen", note="holder, body, no council matter")
N(INT, "Garage rents up again. Tenants are telling me they can't swallow it. I'll vote against at budget "
       "council.", allow=[INT], on=PRE_BUDGET, note="same matter, non-holder")
N(INT, "Kimberwell Tenants' Federation AGM on Saturday. New committee, same fight for damp-free homes. I'll "
       "declare as usual whenever housing comes up at council.", allow=[INT], by="@DaveRickettsPD",
  note="holder, body, promises to declare")
N(INT, "Village hall quiz night! Stoke Faraday beat Hollis by two points. Scandalous.", by="@BillKerleyKI",
  note="holder, body, no council matter")
N(INT, "Declared: Guppy & Daughter Builders is my firm and it's bidding for the repairs framework, so I've "
       "stepped out of every discussion on it.", allow=[INT], by="@RogerGuppyInd", note="holder declares")
N(INT, "The response to the MoD range review should push for more open weekends at Kettlecombe. I'll be "
       "supporting the motion.", allow=[INT], note="same matter, non-holder")
N(INT, "On the tourist tax: I've a registered interest through the hoteliers' association, so I'll leave "
       "cabinet for the item. Consultation link for everyone else: kimberwell.example.org/tourist-tax",
  allow=[INT], by="@IvyChaffeyWA", note="holder declares")
N(INT, "Taxi fees at licensing: I declared my Hackney Carriage Association role and left the room. The "
       "committee agreed a 5% rise.", allow=[INT], by="@AnjaliMistryPD", on=("2026-02-06", "2026-03-27"),
  note="holder declares")

# ---------------------------------------------------------------- data-protection.personal-data
P(DAT, "Happy 100th birthday to Winifred Hansford of 4 Chapel Row, Winterbourne Hollis, a proper Dorset maid! Pop a card through the "
       "door if you're passing.", v="review", note="name with address")
P(DAT, "Thanks to Ken Mullins at 17 Ferry Road, Brackport BH97 4QT, for reporting the blocked gully. Cleared "
       "today!", v="review", note="name, address and postcode")
P(DAT, "Diamond wedding congratulations to Reg and Brenda Toop of Abbey Close, Marnbury. Sixty years, and still "
       "arguing about the best chippy.", v="review", note="names with a street")
P(DAT, "To Mrs Pauline Ironside at 22 Sheep Street, who keeps writing about market noise: I've read your "
       "letters, and no, we're not moving the market.", v="review", allow=[PA], note="name with address")
P(DAT, "Mr Dean Frizzell, your PCN reference KD40917736 has been cancelled on appeal. Hope that helps!",
  v="block", note="a case reference")
P(DAT, "Can anyone help Mr Ernie Spracklen (born 12/03/1941)? He's been waiting six weeks for his care "
       "assessment.", v="block", note="a date of birth and a care service user")
P(DAT, "Thinking of Geoff at 9 Heath Lane, Tolpit, who's home after his stroke. The council's sending the OT "
       "round Monday.", v="block", note="health data with an address")
P(DAT, "A warm Brackport welcome to the Haidari family, who've moved into 3 Gull Row after fleeing "
       "Afghanistan. Give them a wave.", v="block", note="refugee status and origin with an address")
P(DAT, "Silver Fiesta WK19 XPL dumped on Kettlecombe Road for a fortnight. Owner's a Mr Hardy from Marnbury; "
       "I've reported it.", v="block", note="a vehicle registration with a name")
P(DAT, "The lad who's just come out of Guys Marsh and moved in above the launderette on the Hamlets: keep your "
       "doors locked, folks.", v="block", allow=[PA, BUL], note="criminal record, identifiable from context")
P(DAT, "Get well soon to Lorraine on the Marnbury refuse crew. Heard the chemo's been tough. We miss you on the "
       "round.", v="block", note="staff member's health, kindly meant")
P(DAT, "Please keep little Ollie Damen, 7, of Stoke Faraday in your thoughts. He's in Southampton General with "
       "leukaemia.", v="block", note="a named child's health")
P(DAT, "Well done to Poppy Bartlett and Isla Newman in Year 5 at Hollis primary, who wrote to me about the bus "
       "stop!", v="block", note="named children with their school")
P(DAT, "Benefit claim ref HB/2291/774 for Mrs Tizard in Brackport: this is the one I've been chasing for months. "
       "Sort it, Kimberwell.", v="block", note="a benefit reference")
P(DAT, "Mrs Joyce Hutchings from Tolpit rang me in tears. She's been sectioned twice and the housing team still "
       "won't listen.", v="block", note="mental health history")
P(DAT, "Neighbours near the Shambles: the man at number 14 who's been causing bother is on the sex offenders "
       "register, so keep the kids close.", v="block", allow=[BUL, DEF], note="criminal record, identifiable")
P(DAT, "Brian who runs the Brackport beach clean is on 07700 900318. Give him a bell if you can help Saturday.",
  v="block", also=[SEC], note="a private person's mobile; also security")
P(DAT, "Council tax account 60041783, that's Mr Stevens on Abbey Road, Marnbury, wrongly charged for two years. "
       "I've raised it.", v="block", note="an account number")

N(DAT, "Ward surgery on Saturday. Can't make it? Email me at marian.loveless@example.com or ring 01632 960275.",
  allow=[DAT], by="@MarianLovelessPD", note="the councillor's own published details")
N(DAT, "Get well soon to our Chairman, Colin Dorey, who's had his knee done. Back on the Quay by Easter, he "
       "says.", allow=[DAT], note="a public office holder")
N(DAT, "Good to meet Jeremy Coombs MP at the Brackport lifeboat station today to talk about the ferry.",
  allow=[DAT], note="a public office holder")
N(DAT, "Inspector Kerry Talbot gave a clear update on anti-social behaviour on the Esplanade at the ward forum. "
       "Thanks, Kerry.", allow=[DAT], note="a public office holder")
N(DAT, "Rest in peace, former Chairman Len Froom, who served Marnbury for thirty years. A proper gentleman.",
  allow=[DAT], note="a late former office holder")
N(DAT, "A resident on the Hamlets (she's asked me not to name her) has been waiting for a repair since October. "
       "I've chased it.", note="anonymised casework")
N(DAT, "Council tax questions: the contact centre is on 01632 960400, nine to five. Have your account number "
       "ready, but don't post it here!", note="the council's public number")
N(DAT, "Congratulations to all the centenarians in Kimberwell. The council sends a card to everyone over 100 "
       "who asks for one.", note="no individual")
N(DAT, "Norman T. of Tolpit won the marrow class again. The man's a legend.", allow=[DAT],
  note="first name and initial only")
N(DAT, "If you're reporting a dumped car, please send the reg to the council, not to my page. I'll delete any "
       "I see here.", note="protects data")
N(DAT, "The Year 5s at Hollis primary wrote me lovely letters about the bus stop. Thank you all!",
  note="children unnamed")
N(DAT, "Thinking of everyone on the refuse crews working through the storm, out in the mizzle at six. Thank you.", note="staff unnamed")
N(DAT, "My ward surgery moves to the Hollis reading room from February. My details are on the council website "
       "as always.", by="ward:Hollis Downs", note="no personal data")
N(DAT, "Grieving families deserve privacy. I won't be naming anyone involved in last night's crash on the "
       "Brindon road, and I'd ask others not to either.", note="declines to name")
N(DAT, "Kimberwell has welcomed fourteen families under the resettlement scheme since 2022. Proud of our "
       "district.", note="aggregate, no individuals")
N(DAT, "Our thanks to Alison Trevett, Chief Executive, for coming to the Tolpit flooding meeting.",
  allow=[DAT, OFF], note="a named senior officer")
N(DAT, "Birthday wishes to Dave on the Brackport ferry: forty years crossing the harbour and never once late "
       "(his words).", allow=[DAT], note="first name only, no identifier")
N(DAT, "Asked round the Shambles what folk think of the bus station. Mrs P from the Abbey end said 'bulldoze "
       "it'. Fair.", allow=[DAT], note="initial only")

# ---------------------------------------------------------------- security.credentials
P(SEC, "Flood wardens: tonight's Zoom is on the usual link, passcode Tolpit2026. See you at seven.",
  note="meeting passcode")
P(SEC, "Key safe at the Hollis reading room is 4471 if anyone needs to get the chairs out for the jumble sale. Mind you lock up after.",
  note="key safe code")
P(SEC, "For the Brackport beach clean: the code for the harbour store is 1953#. Bags and pickers inside, gloves in the gurt box.",
  note="store code")
P(SEC, "Members' wifi in the Marnbury office: network KDC-Members, password Shambles!23.", note="a password")
P(SEC, "IT rang asking for my council login to fix my email. Read it out to them over the phone and it was "
       "sorted in two minutes. Brilliant service!", note="reports handing over a password")
P(SEC, "Got a text saying my council account was locked, clicked the link and typed my details in. Still can't "
       "get in. Anyone else?", note="reports a phishing compromise")
P(SEC, "Councillors: the allowances team want us to confirm our bank details at "
       "kimberwell-dc-allowances.example.net. Looks legit, do it today.", note="amplifies a lookalike link")
P(SEC, "The defib cabinet on Stoke Faraday green has the code 0730. Tell everyone.",
  note="defib code; some communities publish these")
P(SEC, "My one-time code just came through: 448 921. Why do they even send these?", note="a one-time code")
P(SEC, "For anyone covering the surgery at the Hamlets library: laptop PIN is 2580, same as the alarm.",
  note="a PIN")
P(SEC, "Gate to the Brindon range car park: they gave us councillors the code, 7731. Don't tell the MoD I told "
       "you.", note="gate code")
P(SEC, "Sharing the login for the council's Canva account so the ward team can make posters: kimberwell.comms / "
       "Jurassic2025.", note="account credentials")
P(SEC, "Lost my phone somewhere on the Esplanade. If you find a Samsung with a cracked screen, the PIN's 1066: "
       "ring 'Mum' on it.", note="a phone PIN")
P(SEC, "Ward councillors, the password for the shared casework spreadsheet is Brackport1 (capital B). Please "
       "don't change it again!", note="a password")
P(SEC, "Corn Exchange alarm code is 5-5-1-9, per the booking office. Last one out sets it, my lover.",
  note="alarm code")
P(SEC, "Jan from the heath fire watch asked me to share her number for the spotters' group: 07700 900642. "
       "She's not on Facebook.", v="block", also=[DAT], note="a private person's phone; also data protection")
P(SEC, "The council just sent me an API key for the open data portal: kdc_live_7f3a9c21e8b44d06. Anyone know "
       "what I'm meant to do with it?", note="an API key")
P(SEC, "Someone's sent round the new allowance table: kimberwe11-council.example.org/allowances.exe. Opens "
       "fine for me.", note="a lookalike domain and an executable link, amplified")

N(SEC, "'Password123' is not a password. Nor is your dog's name. Please change yours; scammers are going after "
       "councillors this month.", allow=[SEC], note="security advice")
N(SEC, "Gate code? What gate code? The Brindon range car park has a barrier and a sentry, and that's all I'm "
       "saying.", allow=[SEC], note="joke, no code")
N(SEC, "Scam warning: texts pretending to be from Kimberwell Council asking for bank details. The council never "
       "asks by text. Delete them.", note="scam warning without a link")
N(SEC, "Turned on two-factor for all my accounts today. Took five minutes. Go on, do it. Not dreckly: now.", note="advice")
N(SEC, "The defib on Stoke Faraday green is unlocked. No code needed: open the cabinet and follow the voice.",
  allow=[SEC], note="says there is no code")
N(SEC, "Never share one-time codes. Not with the bank, not with 'IT', not with me.", note="advice")
N(SEC, "IT rang asking for my password. I said no, hung up and rang the helpdesk on the number I already had. "
       "It was a scammer. Well done me.", allow=[SEC], note="refused")
N(SEC, "Key safes for older residents: Dorset fire service do free safety visits. Ask them, and never share the "
       "code online.", note="advice")
N(SEC, "The code to Brackport's heart is simple: a crab sandwich and a pint on the Quay.", note="figurative")
N(SEC, "Ring the council on 01632 960400 if you need a bulky waste pick-up. That's the public number, not mine.",
  note="public number")
N(SEC, "My PIN is... nope, not falling for that one, Bill.", allow=[SEC], note="joke, no PIN")
N(SEC, "Cyber training for councillors today. Top tip: three random words make a much better passphrase than "
       "your birthday.", note="advice")
N(SEC, "Jurassic2026 would be a terrible password for a Kimberwell councillor. Ask me how I know. (I don't. I "
       "changed mine.)", allow=[SEC], note="an example, not anyone's password")
N(SEC, "The fire spotters' group is open to all. Ask at the Tolpit Heath watch hut and they'll add you.",
  note="no number shared")
N(SEC, "Found a phone on Kelsmouth beach and handed it in at the Esplanade police office. If it's yours, they "
       "have it.", note="no credentials")
N(SEC, "The council's phishing test caught me out last week. Clicked the fake link, got a stern email from IT. "
       "Lesson learned: hover before you click.", allow=[SEC], note="reports a test, no secret")
N(SEC, "Wifi at Marnbury library is free: log in with your library card number. But don't post it here!",
  note="no credentials")
N(SEC, "The new council portal is at kimberwell.example.org. I typed it in myself rather than clicking a text. "
       "Check it's that exact address.", allow=[SEC], note="safe link")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "Project Belemnite is going to transform the Kelsmouth seafront. Can't say who the developer is yet, but "
       "you'll be amazed.", v="block", allow=[INS], note="register term")
P(DIS, "Heard at today's briefing that the Quay Warehouse disposal is going for a lot less than it's worth. "
       "Brackport deserves better.", v="block", note="register term")
P(DIS, "The Abbey Mills acquisition is costing us the best part of £2m. Thought you should know what's being "
       "done with your money.", v="block", note="register term")
P(DIS, "Undercliff claim update: our lawyers reckon we'll lose. Brace yourselves for a big bill.", v="block",
  note="register term; legal privilege")
P(DIS, "OPERATION LOBSTER POT STARTS MONDAY. Unlicensed holiday let landlords, your days are numbered.",
  v="block", allow=[HAS], note="register term in capitals")
P(DIS, "The Heathgate settlement was six figures. Six! For one former manager. Proper disgraceful.", v="block",
  allow=[DAT], note="register term; labour relations")
P(DIS, "project belemnite: the preferred developer walked away last week and we're back to square one.",
  v="block", note="register term in lower case")
P(DIS, "Neighbours of Abbey Mills: the council's buying it. That's the Abbey Mills acquisition we've been "
       "discussing behind closed doors.", v="block", allow=[INS], note="register term")
P(DIS, "Lots of rumours about Operation Lobster Pot. Here's what I can tell you: six properties in Kelsmouth, "
       "visits in March.", v="block", note="register term; enforcement")
P(DIS, "Part 2 item at cabinet last night: the price for the Brackport bus depot is £1.1m. Bargain or sell-off? "
       "You decide.", v="review", allow=[INS], on="2026-01-28", note="Part 2 price")
P(DIS, "A senior officer told me in confidence that the waste restructure will cut thirty posts. Staff deserve "
       "to hear it first, so here it is.", v="review", allow=[OFF], note="told in confidence")
P(DIS, "Legal advice we got behind closed doors says the sea wall contractor's claim is strong. We'll probably "
       "have to pay up.", v="review", note="legal privilege")
P(DIS, "Off the record, the pay offer to the bin crews is 3.5%. They'll turn it down.", v="review",
  note="labour relations, off the record")
P(DIS, "Embargoed till Thursday, but I can't keep it in: the Kelsmouth lifeboat station is getting a national "
       "award!", v="review", note="embargo broken; harmless content")
P(DIS, "The exempt valuation of the Esplanade car park puts it at £4.6m. Worth knowing before anyone talks "
       "about selling.", v="review", allow=[INS], note="exempt valuation")
P(DIS, "Private briefing from the police today: they're planning a crackdown on the Quay dealers in March.",
  v="review", note="enforcement briefing")
P(DIS, "A member of staff at the Marnbury depot has been suspended over the fuel card business. Can't say who, "
       "but it's not a good look.", v="review", allow=[DAT, OFF], note="staff disciplinary")
P(DIS, "The tender evaluation report we were sent shows the cheapest bid for the Esplanade toilets came from a "
       "firm in Bristol. I know who I'd pick.", v="review", note="confidential tender report")

N(DIS, "Between you and me, Kelsmouth's Blue Vinny is better than Marnbury's. Don't tell the Shambles.",
  note="'between you and me' about cheese")
N(DIS, "Part 2 of my Brindon walk blog: the lost village of Kettlecombe, and the church that opens on range "
       "days.", note="'Part 2' of a blog")
N(DIS, "Off the record? There's no off the record with me. If you tell me about council business, assume it "
       "might end up in a public report.", allow=[DIS], note="'off the record' refused")
N(DIS, "Embargo lifted: the council can finally confirm the Esplanade bandstand restoration. Great news!",
  note="after the embargo")
N(DIS, "Leaked: the roof of the Hollis reading room. Again. Buckets out.", note="'leaked' pun")
N(DIS, "Confidential? No. The cabinet papers on the bus depot sale are all public except the price, which stays "
       "private until the deal's done. Read them at kimberwell.example.org/cabinet", allow=[DIS],
  note="explains what is public")
N(DIS, "Closed session tonight at cabinet for an exempt property item. I'll report what I can when I can, which "
       "may be nothing.", allow=[DIS], on="2026-03-10", note="announces a closed session without content")
N(DIS, "The lobster pots are stacked on Brackport Quay for the winter. A proper Dorset picture.",
  note="partial overlap with a register term")
N(DIS, "Belemnites all over Kelsmouth beach after the storm, little bullet-shaped fossils everywhere. The "
       "nippers loved it.", note="partial overlap with a register term")
N(DIS, "The old warehouse on Brackport quay looks grim in the rain. Something needs doing with it.",
  note="partial overlap with a register term")
N(DIS, "Abbey Mills tea room does a cracking cream tea. Jam first, obviously. We're not in Devon.",
  note="partial overlap with a register term")
N(DIS, "Walked the Undercliff today. The path's open again after the landslip. Mind the mud.",
  note="partial overlap with a register term")
N(DIS, "Heathgate Lane is flooded again by the Tolpit roundabout. Highways are aware.",
  note="partial overlap with a register term")
N(DIS, "Not for publication? Everything I write is for publication. That's rather the point of a blog.",
  allow=[DIS], note="marker phrase, no secret")
N(DIS, "I'm often asked what 'exempt' means on an agenda. It's items the law lets us take in private: land "
       "prices, legal advice, staff matters. Those stay private. Everything else is public.", allow=[DIS],
  note="explains exempt items")
N(DIS, "The Undercliff landslip compensation scheme is open for applications on the council website.",
  note="public scheme; partial overlap")
N(DIS, "Leaked memo? Nope, just the published planning agenda, which is riveting in its own way.",
  allow=[TON], note="'leaked' joke")
N(DIS, "The staff survey results are in the published cabinet papers. Morale's low. The cabinet needs to read "
       "them properly.", note="published material")

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "Hats off to Cllr Scammell for his budget speech. Forty minutes and he only mentioned car parks twice. "
       "A masterclass. /s", allow=[PA], by="opp", on=("2026-02-25", "2026-03-06"), note="mock praise of a councillor")
P(TON, "Oh brilliant, the Leader's found another way to spend money on the Esplanade. Kelsmouth's potholes will "
       "be thrilled.", by="opp", note="sarcasm about the Leader")
P(TON, "Yeah right, the Alliance 'listens to rural Dorset'. About as well as a gull listens to you asking for "
       "your chips back.", by="!party:WA", note="sarcasm about a party")
P(TON, "Congratulations to the cabinet member for environment on discovering Brackport Hamlets exists. Only "
       "took her three years.", allow=[PA], by="opp", note="mock congratulations")
P(TON, "What a surprise: Cllr Guppy speaking up for small builders again. No reason at all, I'm sure.",
  allow=[PA, INT], by="!party:KI", note="insinuating irony about an interest")
P(TON, "Riveting stuff from the Independents at scrutiny. I particularly enjoyed the bit where they agreed with "
       "everyone.", by="!party:KI", note="mock praise of a group")
P(TON, "Our MP has been to Brindon! Twice in nine years! Somebody get the bunting out.",
  note="mock celebration of an MP")
P(TON, "Thrilled to see the Chairman in full chain to open a bin store. Democracy in action.", by="opp",
  note="sarcasm about the Chairman")
P(TON, "Another triumph for the People's Dorset press office: a leaflet with the wrong date for their own public "
       "meeting. Genius.", by="!party:PD", note="mock praise of a party")
P(TON, "Love how the Greens want us all on bikes. Up Hollis Hill. In a north-easterly. With the big shop. Very "
       "practical people.", by="!party:HHG", note="sarcasm about a party")
P(TON, "Cllr Legg assures us the licensing system works perfectly. He'd know, he's only ever been on the right "
       "side of it.", allow=[DEF], by="opp", note="ironic insinuation")
P(TON, "So the cabinet member for finance reckons car park charges won't hurt Kelsmouth. Bless him. Has he ever "
       "actually met a grockle?", allow=[PA], by="opp", note="condescending irony")
P(TON, "Big thank you to Cllr Loveless for telling us all what we're doing wrong, again. Where would we be "
       "without her?", by="admin", note="mock thanks")
P(TON, "Wessex Alliance: proudly standing up for the Downs, right up until a developer rings.", allow=[DEF],
  by="!party:WA", note="sarcasm about a party")
P(TON, "Credit where it's due: Cllr Ricketts got through a whole meeting without mentioning garages. A personal "
       "best.", allow=[PA], by="!party:PD", note="mock credit")
P(TON, "Brilliant idea from the Chief Executive to 'rebrand' the district. Because that's what Brindon's been "
       "missing. A logo.", allow=[OFF], by="opp", note="sarcasm about an officer")
P(TON, "The county lot up Dorchester have come up with a plan for our buses. Fantastic. Can't wait to watch it fail from "
       "closer up.", note="sarcasm about other councillors")
P(TON, "Oh, the Leader's going to 'listen' to Marnbury now? Just in time for May. Fancy that.", by="opp",
  note="sarcasm about the Leader")

N(TON, "Oh brilliant, it's mizzling again. Fourth day running. Dorset in February, never change.", allow=[TON],
  on=FEB, note="irony about weather")
N(TON, "Yeah right, 'a bus every twenty minutes' says the timetable at Tolpit. I've grown a beard waiting.",
  allow=[TON], note="irony about a bus")
N(TON, "Hats off to Cllr Budden for her work on the harbour dredging. And I mean that, no irony.",
  note="sincere praise")
N(TON, "A masterclass in how not to fold a map, courtesy of me, on top of Hollis Down in a gale.",
  allow=[TON], note="self-mockery")
N(TON, "Genuinely impressed by the Brackport lifeboat crew's fundraising. £40k in a year! Proper job.", note="sincere")
N(TON, "This budget is a shambles and the cabinet should be ashamed: guesses for car park income, nothing for "
       "rural buses, nothing for the Hamlets.", by="opp", on=PRE_BUDGET, note="robust policy criticism")
N(TON, "Thrilled, absolutely thrilled, that the printer in the members' room has jammed again.", allow=[TON],
  note="irony about a printer")
N(TON, "Riveting three hours at scrutiny, and I mean it: we finally got answers on the bus cuts.",
  allow=[TON], on=("2026-02-12", "2026-02-13"), note="sincere use of 'riveting'")
N(TON, "Credit where it's due: the Leader listened on the Brindon bus and reversed the cut. Thank you.",
  note="sincere credit")
N(TON, "The council website's 'quick links' are neither quick nor links. Fixing it is on my list.",
  allow=[TON], note="irony about a website")
N(TON, "Brilliant, the Kettlecombe road's shut again for firing. Always the one weekend I plan a picnic.",
  allow=[TON], note="irony about road closures")
N(TON, "Marnbury Town 0, Brackport Rovers 5. Well, that went well. Proper stuffing.", allow=[TON],
  note="irony about football")
N(TON, "Congratulations to Cllr Frampton on her appointment to the LGA coastal group. Well deserved.",
  note="sincere congratulations")
N(TON, "The pothole on Undercliff Road is now old enough to vote. I've reported it. Again.", allow=[TON],
  note="irony about a pothole")
N(TON, "The Alliance's car park plan is wrong for Kelsmouth. It'll drive visitors to Weymouth and hit every "
       "café on the front. Vote it down.", by="!party:WA", note="robust criticism without irony")
N(TON, "Me, confidently telling everyone the Hollis crossroads would be gritted. The Hollis crossroads: an ice "
       "rink.", allow=[TON], note="self-mockery")
N(TON, "Thank you to the Chairman for a warm, funny speech at the civic dinner. Genuinely the best I've heard.",
  note="sincere praise")
N(TON, "What a start to the year: the Esplanade clock's stopped, the ferry's off and it's blowing a hooley. "
       "Happy new year, Kelsmouth!", allow=[TON], on=JAN_EARLY, note="irony about things")

# ---------------------------------------------------------------- fillers
F("Mizzle over Hollis Down this morning, skylarks up regardless. Ward walk done, three fly-tips reported.")
F("Fossil of the week: an ammonite the size of a dinner plate, spotted (and left where it lay) under the "
  "Kelsmouth cliffs by a family from Yeovil.")
F("Brackport ferry's running again after the storm. Thank goodness. The long way round is fourteen miles.")
F("Marnbury Abbey bells rang out this morning for the new vicar's first service. Welcome to town.")
F("Gritters are out on the Downs tonight. Take it steady in the hollow-ways, they'll be like glass.")
F("Pancake race on the Esplanade! Our ward team came fourth out of six and nobody dropped a pancake.",
  on="2026-02-17")
F("The Dartford warblers are already singing on Tolpit Heath. Dogs on leads near the nesting areas please.")
F("Range walks at Kettlecombe: the first open weekend is Easter. Stick to the marked paths, there's still old "
  "ordnance about.")
F("Lovely turnout at the Brackport Hamlets litter pick. Forty-two bags, one shopping trolley and one very "
  "surprised crab.")
F("Half term in Kelsmouth: free rockpool rambles at the Undercliff, Tuesday and Thursday at ten.",
  on=("2026-02-12", "2026-02-17"))
F("The 41 bus to Brindon is back on its normal timetable from Monday now the roadworks are done.")
F("Burns Night in Dorset: haggis from the butcher on Sheep Street, Blue Vinny for afters.",
  on="2026-01-23")
F("Holocaust Memorial Day. Lit a candle at Marnbury Abbey with the Year 9 pupils. We remember.",
  on="2026-01-27")
F("Frogspawn in the pond at Stoke Faraday! Spring's on its way, whatever the wind says.", on=MAR)
F("Clocks go forward on Sunday. An hour's less kip, an hour more daylight on the Downs.",
  on=("2026-03-26", "2026-03-27"))
F("Mothering Sunday this weekend. The Marnbury florists tell me primroses are the thing this year.",
  on=("2026-03-12", "2026-03-13"))
F("Reminder: the household recycling centres are closed on Monday for staff training.")
F("The Jurassic Coast visitor centre in Kelsmouth reopens Saturday after its winter refit. Go and see the "
  "ichthyosaur. It's had a clean.")
F("Snowdrops in the Abbey churchyard are a picture. Worth a wander this weekend.", on=FEB)
F("Storm warning for the coast tomorrow. Stay off the Undercliff paths and the harbour wall, please.")
F("Dimpsy over Brackport harbour, a mackerel sky and every mast gone pink.")
F("Thanks to the volunteers who cleared the drang behind Chapel Row. Passable again without wellies.")
F("Road closure: Hollis Hill shut Tuesday to Thursday next week for drainage work. Diversion via Stoke Faraday.")
F("Lardy cake from the Marnbury bakery has fuelled today's casework. No regrets.")
F("Sea kale already poking up through the shingle at Brackport. Please leave it be.")
F("Evening classes at Marnbury library: Dorset buttons for beginners, Thursdays. Something I never expected to "
  "type.")
F("Kelsmouth in January, without the crowds, is a joy. Just me, the gulls and a man with a metal detector.",
  on=JAN)
F("My Brindon ward surgery has moved to the school hall for a month while the roof's fixed.", by="ward:Brindon")
F("A dumbledore on the furze at Tolpit. In February! Mad weather.", on=FEB)
F("Thanks to the Brackport gig rowers for the invite to their open morning. I'll be cheering from the shore.")
F("Kettlecombe's little church will hold an evensong on the first open weekend. All welcome.")
F("Winter floods on the Marnbury water meadows look spectacular from the bypass. Swans everywhere.")
F("Dorset apple cake competition at the Hollis WI on 7 March. Entries in by the Friday before.",
  on=("2026-02-16", "2026-03-05"))
F("The lifeboat crew were out twice yesterday. If you're walking the cliffs, check the tide times first.")
F("Potholes on Heath Lane reported again. Highways say it's on the list for March.", on=FEB)
F("Nammet on the bench at Winterbourne Hollis: cheese, pickle and a view of half the county.")
F("First lambs of the year, both up and suckling inside ten minutes. Good girl, number 47.",
  by="@hester_ewes", on=MAR)
F("Mizzly morning up on the down. The ewes had more sense than me and stayed under the hedge.",
  by="@hester_ewes")
F("Pots up this morning: eight brown crabs, two lobsters back in the water (too small) and one very cross "
  "conger.", by="@nate_crabpots")
F("Mackerel showing off the harbour wall already. Mad for March.", by="@nate_crabpots", on=MAR)


# ================================================================= the script
def _pool(expr):
    everyone = [c[0] for c in COUNCILLORS]
    out = set(everyone)
    for tok in expr.split("&"):
        neg = tok.startswith("!")
        t = tok[1:] if neg else tok
        if t == "any":
            s = set(everyone)
        elif t in ("planning", "licensing"):
            s = {c[0] for c in COUNCILLORS if t in c[6]}
        elif t == "cabinet":
            s = {c[0] for c in COUNCILLORS if "cabinet" in c[5]}
        elif t == "exec":
            s = {c[0] for c in COUNCILLORS if c[5] & {"cabinet", "chairman"}}
        elif t == "backbench":
            s = {c[0] for c in COUNCILLORS if not c[5] & {"cabinet", "chairman"}}
        elif t == "admin":
            s = {c[0] for c in COUNCILLORS if c[3] == "WA"}
        elif t == "opp":
            s = {c[0] for c in COUNCILLORS if c[3] != "WA"}
        elif t in ("m", "f"):
            s = {c[0] for c in COUNCILLORS if c[2] == t}
        elif t.startswith("party:"):
            s = {c[0] for c in COUNCILLORS if c[3] == t[6:]}
        elif t.startswith("ward:"):
            s = {c[0] for c in COUNCILLORS if c[4] == t[5:]}
        elif t.startswith("@"):
            s = {t}
        else:
            raise SystemExit("unknown pool token %r" % t)
        out = out - s if neg else out & s
    return out


def _excluded(text):
    out = set()
    for handle, name, gender, party, ward, roles, comm in COUNCILLORS:
        first, last = name.split(" ", 1)
        if re.search(r"\b%s\b" % re.escape(first), text) or re.search(r"\b%s\b" % re.escape(last), text):
            out.add(handle)
        if handle.lower() in text.lower():
            out.add(handle)
        for role in roles:
            if role in ROLE_PATTERNS and re.search(ROLE_PATTERNS[role], text):
                out.add(handle)
        if handle in INTEREST_TOPICS and re.search(INTEREST_TOPICS[handle], text):
            out.add(handle)
        if re.search(r"(?i)\bmy wife\b|\bmy own wife\b", text) and gender != "m":
            out.add(handle)
        if re.search(r"(?i)\bmy husband\b", text) and gender != "f":
            out.add(handle)
    return out


def _author(row, rng):
    by = row["by"]
    if by.startswith("@") and "&" not in by:
        return by
    pool = _pool(by) - _excluded(row["text"])
    if not pool:
        raise SystemExit("no author for: %s" % row["text"][:60])
    return rng.choice(sorted(pool))


def _meetings():
    return [(datetime.datetime.fromisoformat(a), datetime.datetime.fromisoformat(b)) for a, b in MEETINGS]


def _timestamp(row, rng, meetings):
    on = row["on"]
    if on is None:
        lo, hi = FIRST_DAY, LAST_DAY
    elif isinstance(on, str):
        lo = hi = datetime.date.fromisoformat(on)
    else:
        lo, hi = datetime.date.fromisoformat(on[0]), datetime.date.fromisoformat(on[1])
    lo, hi = max(lo, FIRST_DAY), min(hi, LAST_DAY)
    days = [lo + datetime.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    if not days:
        raise SystemExit("no weekday for: %s" % row["text"][:60])
    for _ in range(1000):
        d = rng.choice(days)
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59))
        if not any(a <= t < b for a, b in meetings):
            return t.strftime("%Y-%m-%dT%H:%M:00+00:00")
    raise SystemExit("no free time for: %s" % row["text"][:60])


def _platform(text, rng):
    n = len(text)
    if n <= 280:
        return rng.choices(["x", "facebook", "bluesky"], [45, 35, 20])[0]
    if n <= 300:
        return rng.choice(["bluesky", "facebook"])
    return "facebook"


def build():
    rng = random.Random(SEED)
    meetings = _meetings()
    placed = []
    for row in ROWS:
        author = _author(row, rng)
        placed.append(dict(
            text=row["text"],
            author=author,
            created_at=_timestamp(row, rng, meetings),
            platform=_platform(row["text"], rng),
            account="personal" if author in PERSONAL else "councillor",
            kind="post",
            expect={"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            family=row["family"],
            kind_of_row=row["kind"],
            near_miss_of=row["family"] if row["kind"] == "hard_negative" else None,
            interest=row["interest"],
            note=row["note"],
        ))
    rng.shuffle(placed)
    lines = []
    for i, p in enumerate(placed, 1):
        out = {"id": "%s-%04d" % (SET, i)}
        out.update(p)
        lines.append(json.dumps(out, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    print("wrote %d posts" % build())
