#!/usr/bin/env python3
"""Blind set b106 (Alderby District Council, Lincolnshire): hand-written rows and a
deterministic builder. Running it again writes the same posts.jsonl.

Every text below was written by hand for this set. The script only shuffles the rows, gives
ids, picks plausible authors, platforms and timestamps, and writes the JSONL.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 10606
HERE = Path(__file__).resolve().parent

SEVERITY = {
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# ---------------------------------------------------------------- councillors
# handle, name, ward, party, gender
COUNCILLORS = [
    ("@MargOdlingAA", "Margaret Odling", "Alderby Butter Cross", "AA", "f"),
    ("@TrevBrackenbury", "Trevor Brackenbury", "Alderby North", "AA", "m"),
    ("@SueClixbyWolds", "Susan Clixby", "Thrunby Wolds", "AA", "f"),
    ("@AngelaWelbournTW", "Angela Welbourn", "Thrunby Wolds", "AA", "f"),
    ("@RogerBorrillKel", "Roger Borrill", "Kelstow", "AA", "m"),
    ("@DennisTealbyAN", "Dennis Tealby", "Alderby North", "AA", "m"),
    ("@JulieScrimshaw", "Julie Scrimshaw", "Alderby Butter Cross", "AA", "f"),
    ("@PhilAncellKelstow", "Philip Ancell", "Kelstow", "AA", "m"),
    ("@GarySkeltonPCP", "Gary Skelton", "Saltenby Sands", "PCP", "m"),
    ("@KerryMawerSands", "Kerry Mawer", "Saltenby Sands", "PCP", "f"),
    ("@DazPocklington", "Darren Pocklington", "Saltenby North Shore", "PCP", "m"),
    ("@LisaHebbNS", "Lisa Hebb", "Saltenby North Shore", "PCP", "f"),
    ("@ShaunToyneHaven", "Shaun Toyne", "Wainby Haven", "PCP", "m"),
    ("@HannahRipponGreen", "Hannah Rippon", "Tetsby Marsh", "GRN", "f"),
    ("@OwenFotherbyGreen", "Owen Fotherby", "Wainby Haven", "GRN", "m"),
    ("@BrianSowerbyFMI", "Brian Sowerby", "Tetsby Marsh", "FMI", "m"),
    ("@ColinDringGowby", "Colin Dring", "Gowby Fen", "FMI", "m"),
    ("@PaulineSharpeInd", "Pauline Sharpe", "Gowby Fen", "IND", "f"),
]
PERSONAL = {"@hebb_sea_swims": "@LisaHebbNS", "@dring_vintage_tractors": "@ColinDringGowby"}
H_OF = {name.split()[-1]: h for h, name, *_ in COUNCILLORS}   # surname -> handle
ALIASES = {"@TrevBrackenbury": ["Trev"], "@PhilAncellKelstow": ["Phil"], "@DazPocklington": ["Daz"],
           "@MargOdlingAA": ["Marg"]}

def grp(*surnames):
    return [H_OF[s] for s in surnames]

ALL = [c[0] for c in COUNCILLORS]
ADMIN = [c[0] for c in COUNCILLORS if c[3] == "AA"]
OPP = [c[0] for c in COUNCILLORS if c[3] != "AA"]
PCP = [c[0] for c in COUNCILLORS if c[3] == "PCP"]
GRN = [c[0] for c in COUNCILLORS if c[3] == "GRN"]
FMI = [c[0] for c in COUNCILLORS if c[3] == "FMI"]
CABINET = grp("Odling", "Brackenbury", "Clixby", "Welbourn")
NONEXEC = [h for h in ALL if h not in CABINET and h != H_OF["Borrill"]]
PLANNING = grp("Tealby", "Ancell", "Scrimshaw", "Mawer", "Pocklington", "Fotherby", "Sowerby", "Sharpe")
LICENSING = grp("Ancell", "Scrimshaw", "Tealby", "Hebb", "Toyne", "Rippon", "Dring")
WARD = {}
for c in COUNCILLORS:
    WARD.setdefault(c[2], []).append(c[0])
GROUPS = {"ALL": ALL, "ADMIN": ADMIN, "OPP": OPP, "PCP": PCP, "GRN": GRN, "FMI": FMI,
          "NONEXEC": NONEXEC, "PLANNING": PLANNING, "LICENSING": LICENSING,
          "NOT_PCP": [h for h in ALL if h not in PCP], "NOT_GRN": [h for h in ALL if h not in GRN],
          "NOT_FMI": [h for h in ALL if h not in FMI],
          "NOT_PLANNING": [h for h in ALL if h not in PLANNING],
          "NOT_LICENSING": [h for h in ALL if h not in LICENSING]}
GROUPS.update({"WARD:" + w: hs for w, hs in WARD.items()})

# A role named in a post rules its holder out as author.
ROLES = [
    (r"(?<!Coast )(?<!group )\bLeader\b", "Odling"),
    (r"\bChairman\b", "Borrill"),
    (r"(?i)cabinet member for finance|finance portfolio|finance chief", "Brackenbury"),
    (r"(?i)cabinet member for (the )?environment|environment portfolio", "Clixby"),
    (r"(?i)cabinet member for (the )?coast|tourism portfolio", "Welbourn"),
    (r"(?i)chair of planning|planning chair", "Tealby"),
    (r"(?i)chair of licensing|licensing chair", "Ancell"),
    (r"(?i)People's Coast leader|Coast group leader", "Skelton"),
]
# A post touching a registered interest's body or topic is not written by its holder
# (unless the row names its author by hand).
INTEREST_TOPICS = {
    "Ancell": r"livestock market|cattle market",
    "Mawer": r"chalet",
    "Dring": r"pack-?house|growers",
    "Welbourn": r"thrunby village hall",
    "Sowerby": r"lower marsh|grazing|tetsby marsh farm|glamping|pods",
    "Fotherby": r"sailing club|slipway",
    "Brackenbury": r"alderby town|sandy lane|3g pitch|town lads",
    "Pocklington": r"taxi|private hire|\bcabs?\b|plate",
    "Borrill": r"heritage railway|railway trust|old station",
    "Sharpe": r"drainage|gully|gullies|fenedge drainage",
    "Scrimshaw": r"chamber of trade|pitch fee|market traders|market pitch",
    "Hebb": r"sea bank arts|pavilion|arts grant",
    "Toyne": r"northmarsh",
}
MALE_CUES = r"(?i)\b(my|me|the) wife\b|\bgrandad\b"
FEMALE_CUES = r"(?i)\b(my|me) (husband|hubby)\b|\bproud daughter\b|\bI'm also a nan\b|\bas a nan\b"

# ---------------------------------------------------------------- rows
ROWS = []

def _add(kind, family, text, rules, allowed, verdict, who, when, note, interest=None):
    ROWS.append(dict(kind_of_row=kind, family=family, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, who=who, when=when,
                     note=note, interest=interest))

def P(rule, text, sev=None, also=(), allowed=(), who="ALL", when=None, note="", interest=None):
    rules = [rule] + list(also)
    verdict = sev or SEVERITY[rule]
    if also:
        verdict = max([verdict] + [SEVERITY[r] for r in also], key=ORDER.get)
    _add("positive", rule, text, rules, allowed, verdict, who, when,
         note or f"positive: {rule} ({verdict})", interest)

def H(rule, text, allowed=(), who="ALL", when=None, note=""):
    _add("hard_negative", rule, text, [], allowed, "ok", who, when,
         note or f"hard negative for {rule}")

def F(text, who="ALL", when=None, note="filler: ordinary ward post"):
    _add("filler", None, text, [], [], "ok", who, when, note)

OF = "officers.impartiality"; RS = "resources.political-use"; PO = "position.improper-advantage"
GI = "gifts.hospitality"; CA = "capacity.council-voice"; IN = "confidentiality.insider-advantage"
PR = "predetermination.closed-mind"; DI = "interests.declared-interest"
DP = "data-protection.personal-data"; SE = "security.credentials"
DC = "confidentiality.disclosure"; TO = "tone.irony-risk"
PA = "respect.personal-attack"; DF = "defamation.allegation"; BU = "bullying.intimidation"
HA = "haste.pause-before-posting"

# ---- officers.impartiality ------------------------------------------------------------
P(OF, "Been a week since I asked Zoe Parrish to have another look at her recommendation on the Tetsby pods. Still says approve. Some folk just won't be told, will they.",
  allowed=[PR], who="NOT_PLANNING", note="presses a named planning officer to change her recommendation; names a pending matter but gives no view on the merits")
P(OF, "Funny how our planning department always finds a reason to say yes when it's a big developer, and a reason to say no when it's a lad wanting a garage on the Wolds. Whose side is Mr Ingoldby on, eh?",
  allowed=[DF], note="questions the Head of Planning's neutrality in public")
P(OF, "Word to the wise for whoever's writing the officer report on the Corn Exchange: members have long memories round here. Might want to think on before it goes to print 🤔",
  allowed=[BU], who="NOT_PLANNING", note="veiled pressure on the report's author")
P(OF, "Nigel Firth's sat in the Anchor most Friday nights and then, surprise surprise, he's minded to recommend their late licence. I'm only saying what half of Saltenby's thinking.",
  allowed=[DF], who="NOT_LICENSING", note="licensing manager's neutrality questioned; no view on the merits")
P(OF, "Our finance director's gone very quiet about who asked him to find that £1.2m 'underspend' just in time for the Leader's pet project. Numbers that suit the administration. Funny, that.",
  allowed=[DF], who="OPP", note="s151 officer accused of producing figures to order")
P(OF, "Told the enforcement officer straight: serve that notice on Mr Fowler's barn and you'll have me to deal with at every meeting from now till May. Have a think, Becky.",
  allowed=[BU], note="pressing a named enforcement officer to drop action")
P(OF, "Comms have sat on my press release three days cos it 'reads as political'. Lauren, duck, it's from a councillor, course it's political. Stop hiding behind neutrality and get it sent.",
  note="pressing the Head of Communications to act against her neutrality advice")
P(OF, "The housing lass who dealt with the North Shore families wants moving to another job. She's clearly got it in for anyone off that estate and everybody knows it.",
  allowed=[PA], note="officer identified by role, accused of bias")
P(OF, "If the officer report on Station Road, Wainby comes out recommending approval, I'll be asking very public questions about who's been leaning on who. Consider this notice, Mark.",
  allowed=[PR, BU], who="NOT_PLANNING", note="threat aimed at the Head of Planning over a pending report; author not on planning")
P(OF, "Had a long chat with the chief exec this morning. Made it crystal clear the report on shutting the Saltenby toilets needs 'another look' before cabinet, or the coast won't forget whose name is on it.",
  who="OPP", note="pressure on the Chief Executive to change a report")
P(OF, "Never known a monitoring officer so keen to find against opposition members and so slow to look at anything the Alliance lot get up to. Just an observation 🤷",
  allowed=[DF], who="OPP", note="Monitoring Officer's neutrality questioned by role")
P(OF, "Our foreshore manager's a proper jobsworth. If Craig spent as long on the beach as he does writing tickets for the donkey man we'd have the cleanest sands in Lincolnshire. Someone upstairs wants a word with him.",
  allowed=[PA], who="WARD:Saltenby Sands", note="named officer criticised")
P(OF, "Asked for the missed bin figures by ward three times now. Three times Steve Dawber's lot 'can't'. Can't, or won't? Makes you wonder who told them not to.",
  note="suggests the waste head is withholding figures on someone's orders")
P(OF, "Little message for the officer who told Thrunby folk the flooded drain 'isn't a council matter': you work for them, not for the Leader's mates on the drainage board. Remember that, duck.",
  allowed=[PA], who="OPP", note="officer by role accused of partisanship")
P(OF, "Planning have the brass neck to call the bungalow on Kelstow Lane 'out of character'. I've lived there fifty year. Rewrite it, Zoe, or I'll call it in and tell everyone why.",
  allowed=[PR], who="WARD:Kelstow", note="pressing a named officer to rewrite her report")
P(OF, "Some of our senior officers forget they weren't elected. The chief exec's 'advice' at scrutiny read like an Alliance leaflet. She isn't neutral, and she knows she isn't.",
  who="OPP", when=("2026-02-06", "2026-03-27"), note="Chief Executive's neutrality attacked after scrutiny")
P(OF, "Sandhu's budget report is a work of fiction written to order. Ask yourselves why he won't sit down with the opposition groups on his own.",
  allowed=[DF], who="OPP", when=("2026-02-02", "2026-02-25"), note="s151 officer named, report said to be written to order")

H(OF, "Huge thanks to Zoe Parrish and the planning team for the drop-in at Tetsby Marsh Village Hall last night. Packed out, every question answered. Proper public service, that.",
  allowed=[OF], who="WARD:Tetsby Marsh", note="thanks to a named officer")
H(OF, "Whose side is this council on? Cutting the Saltenby beach wardens while the Alliance spends £80k on new signs for Alderby market. Daft priorities, plain and simple.",
  who="OPP", note="policy criticism; shares 'whose side'")
H(OF, "Word to the wise: the officer report for next week's planning is online now. Read it before you ring me, duck — it answers most of what folk have been asking.",
  note="shares 'word to the wise' and 'officer report'")
H(OF, "Asked the Head of Planning at scrutiny why the Corn Exchange report took six months. Got a straight answer: staffing. Fair enough — so fund the department properly.",
  allowed=[OF], when=("2026-02-06", "2026-03-27"), note="proper questioning of an officer, reported fairly")
H(OF, "Some folk are having a pop at our enforcement officers online. They're doing a hard job on a tiny budget, in the mizzle, on the marsh. Leave them be.",
  allowed=[OF], note="defence of officers")
H(OF, "The s151 officer's warning on reserves is stark and cabinet should heed it. Not his fault the numbers are grim — that's ten years of choices by this administration.",
  allowed=[OF], who="OPP", note="criticises the administration, not the officer")
H(OF, "Comms team have been brilliant on the flood warnings this week. Lauren and the crew were up half the night getting messages out. Ta very much.",
  allowed=[OF], note="thanks to a named officer")
H(OF, "Welcome to Helen Tointon, our new Housing Options Manager. If you're stuck in a static over winter on the North Shore, she's the one to talk to.",
  allowed=[OF], note="welcome for a named officer")
H(OF, "I've asked officers to set out in writing why the gritting route on Drove Road was dropped. Not blaming anyone, I just want the reasoning so residents can see it.",
  allowed=[OF], note="asks for reasons properly; 'Drove Road' overlaps a register term only in part")
H(OF, "Can't, or won't? Whitehall's answer on coastal erosion money has been 'can't' for twelve year. The Lincolnshire coast deserves better than shrugs.",
  note="shares 'can't or won't' aimed at government")
H(OF, "Had a good natter with the foreshore manager about the donkeys. Craig knows Saltenby beach better than anyone, and we've agreed to sort the tide-times sign together.",
  allowed=[OF], note="friendly mention of a named officer")
H(OF, "Officers are recommending refusal of the bungalow on Kelstow Lane. I read the policy differently and I'll say so at committee, in public, the proper way.",
  allowed=[OF, PR], who=grp("Borrill"), note="disagreeing with officer advice through the proper channel; ward member not on planning")
H(OF, "Monitoring officer's code of conduct training this afternoon was ace. Even the old hands learnt summat. Whose side is she on? Ours, it turns out — keeping us out of bother.",
  allowed=[OF], note="praise; shares 'whose side'")
H(OF, "Someone upstairs wants a word with the weather. Third bin round cancelled in Gowby this week — not the crews' fault, they can't drive a wagon through a dyke.",
  allowed=[TO], note="irony about the weather; shares 'someone upstairs wants a word'")
H(OF, "A pay rise for the chief exec while bin crews get 3%? Wrong. That's the Alliance-run employment committee's decision and it's them I'm holding to account, not her.",
  allowed=[OF], who="OPP", note="criticism aimed at councillors' decision")
H(OF, "Rewrite it, she said. So I did: ward newsletter, version four, now with fewer typos and one more photo of the Kelstow snowdrops.",
  who="WARD:Kelstow", when=("2026-01-26", "2026-02-27"), note="shares 'rewrite it'")
H(OF, "Not neutral and proud of it: I'm a Green councillor and I'll always back the marsh over the bulldozers. Officers have to be neutral. I don't.",
  who="GRN", note="shares 'neutral'; about the councillor's own role")

# ---- resources.political-use --------------------------------------------------------------
P(RS, "Leaflets for the Sands by-election all done! Ran the lot off on the member services copier at dinner time while it was quiet. People's Coast, here we come 💪", who="PCP",
  note="party leaflets on council equipment")
P(RS, "Canvassing session for Alliance volunteers Thursday 5pm, Committee Room 2 at the council offices — I've booked it through member services. Bring comfy shoes.", who="ADMIN",
  note="council room booked for party canvassing")
P(RS, "Want a Wolds Green poster for your window? Drop me a line on cllr.rippon@example.com and I'll sort you one out. Let's turn the marsh green 💚", who=grp("Rippon"),
  note="council email used for party posters ([self]'s own address)")
P(RS, "Ta to Jo in member services for formatting our group's campaign newsletter in between council jobs. Couldn't have done it without her.", who="OPP",
  allowed=[OF], note="council staff time on party material")
P(RS, "Filming our little campaign video in the council chamber after hours. The mace makes a cracking backdrop 😂 #VoteAlliance", who="ADMIN",
  note="council chamber for party video")
P(RS, "Quick one from the council laptop between meetings: People's Coast canvass cards are on the shared drive, print off as many as you need.", who="PCP",
  note="council laptop and shared drive for party campaign")
P(RS, "New Fen and Marsh Independents flyer has the council crest on the front cos folk trust it. Nowt wrong with that, is there?", who="FMI",
  note="council crest on party flyer")
P(RS, "Using my council mobile for the phone bank this week. Coast supporters who fancy making a few calls, message me and I'll patch you through.", who="PCP",
  note="council phone for party phone bank")
P(RS, "Members' room at the Alderby offices is our unofficial campaign HQ now — kettle's on, envelopes stuffed, May can't come soon enough 🗳️", who="ADMIN",
  note="council room as campaign base")
P(RS, "Got the council's graphics lad to knock us up a logo for the Greens' spring campaign. Looks mint. Perks of the job!", who="GRN",
  note="council staff designing party logo")
P(RS, "Alliance group dinner invites going out through the council's members' mailing list this week, so keep an eye on your inbox.", who="ADMIN",
  note="council mailing list for a party event")
P(RS, "Got the council van to drop the party's garden fete gazebo over at Thrunby. Saves me a trip and the lads were going that way anyway.", who="WARD:Thrunby Wolds",
  note="council vehicle and staff for a party event")
P(RS, "Petition against the Alliance car park hike is going great guns. Printed 300 copies on the depot office printer this morning, so plenty to go round 😇", who="OPP",
  note="council printer for a party petition")
P(RS, "Franked the People's Coast survey envelopes through the council post room. Cheaper than stamps, and it all goes to residents anyway, dunt it.", who="PCP",
  note="council post room for party mail")
P(RS, "Council iPad's been a godsend for door-knocking. Got the Alliance canvassing app on it and the battery lasts all afternoon.", who="ADMIN",
  note="council device for canvassing")
P(RS, "Writing tomorrow's Independents press release on my Alderby DC email so the papers know it's proper. Wolds and marsh first, always.", who="FMI",
  note="council email for party press release")

H(RS, "Member services have sorted me a room at Tetsby Marsh Village Hall for my ward surgery. Saturday 10 till 12, come and see me about owt — bins, drains, planning.",
  allowed=[RS], who="WARD:Tetsby Marsh", note="council support for ward work")
H(RS, "Leafleting the Sands this weekend for the People's Coast. Paid for by the party, printed by a little firm in Skeggy, delivered by my own two feet.", who="PCP",
  note="campaigning with no council resources")
H(RS, "Reminder: email me on my council address for casework. Party stuff goes to my party email, which I'm not putting on here cos I keep them separate.",
  allowed=[RS], note="keeps council and party apart")
H(RS, "The council chamber's open to the public for Saturday's heritage tour. Come and see the mace and the old Alderby market charter.",
  note="shares 'council chamber' and 'mace'")
H(RS, "Canvass cards done, kitchen table covered, tea gone cold. Alliance volunteers, thank you — all done at home with a ruler and three biros.", who="ADMIN",
  note="campaigning at home")
H(RS, "From my council laptop: the February planning agenda's up on the council website. It's a long 'un, get the kettle on.",
  allowed=[RS], when=("2026-02-02", "2026-02-10"), note="council laptop for council business")
H(RS, "The council crest on the new Butter Cross plaque looks grand. Well done to the heritage officer who sorted it.",
  allowed=[OF], note="crest used by the council; 'Butter Cross' a partial register overlap")
H(RS, "Council van parked on the double yellows in Wainby market place again. Rules are for everyone, lads.",
  note="shares 'council van'")
H(RS, "Booked Committee Room 2 for the residents' flood meeting on the 20th. All welcome, no party politics — the Environment Agency and the drainage board answering questions.",
  allowed=[RS], when=("2026-01-05", "2026-01-16"), note="council room for a public meeting")
H(RS, "Green Party spring campaign launch is at the Plough in Thrunby, Friday night. Members only, bring your own plum bread.", who="GRN",
  note="party event in a pub")
H(RS, "Used the council's translation service for a casework letter to a Polish family in Wainby. They were made up to get it in their own language.",
  allowed=[RS], who="WARD:Wainby Haven", note="council service for casework")
H(RS, "Finally got a council mobile after two year on my own phone. Residents: the number's on the council website. Casework only, please.",
  allowed=[RS], note="council phone for council work")
H(RS, "Franked letters from the council telling folk about the new bin days — that's exactly what council post is for. Glad it's finally gone out.",
  note="shares 'franked'")
H(RS, "Opposition say we use council staff for party work. Wrong. Every Alliance leaflet is paid for by the party and says so on the imprint. Happy to show anyone.",
  allowed=[RS], who="ADMIN", note="rebuttal; shares vocabulary")
H(RS, "Shared drive, shared printer, shared kettle... shared chilblains. Members' room heating's been broke since Plough Monday. Starved to death in here.",
  when=("2026-01-13", "2026-02-13"), note="shares 'shared drive'; starved = cold")
H(RS, "Campaign HQ this year is my garage. Smells of creosote and two-stroke, but it's mine and the party pays the 'lectric for the heater.",
  note="campaign base with no council resources")

# ---- position.improper-advantage ----------------------------------------------------------
P(PO, "Anyone on the North Shore waiting on a council bungalow, message me. I've known the housing lot for years and I can usually get folk moved up the list.",
  who="WARD:Saltenby North Shore", note="offers to jump the housing queue")
P(PO, "Our Lee's just set up as a roofer — Leafield Roofing, fair prices, council-approved as far as I'm concerned 😉 Any repairs that come to me from the ward, I'll point his way.",
  note="steering ward casework to a relative's firm")
P(PO, "Got a planning application stuck in the system? As your councillor I can have a word in the right ear and get it moving. DM me.",
  note="offers to fast-track planning")
P(PO, "Had a parking ticket in Alderby? Send me the details. I'll see if I can make it disappear, no promises 😉",
  note="offers to make a penalty go away")
P(PO, "If the marsh lads need their dykes clearing quick, tell them to ring Fenedge Drainage and mention my name. They'll be seen long before the drainage board gets round to it.",
  allowed=[DI], who=grp("Sharpe"), note="promotes her partner's firm through the role")
P(PO, "I sit on the panel that hands out the new market pitches. Those who've helped me out over the years won't be forgotten when the list's drawn up.",
  who="ADMIN", note="pitch allocation as reward")
P(PO, "Saltenby landlords: I'm on licensing. If you want a smoother ride at your next review, it does no harm to have me on side. Door's always open 🍺",
  allowed=[PR], who="LICENSING", note="licensing role offered for favour")
P(PO, "Jobs going on the council's seasonal beach team. Folk I put forward tend to do well, if you get my drift. Message me, not the HR form.",
  note="influence over council recruitment")
P(PO, "Me nephew lost his plate after a hearing last year. Well, I'm on that committee now, so we'll see how the next one goes. Family first.",
  allowed=[PR], who="LICENSING", note="role used for a relative's licence")
P(PO, "Waiting on a disabled bay outside your house? Can take a year. Or a fortnight, if you know your councillor 😏 Just saying.",
  note="suggests queue-jumping through the councillor")
P(PO, "Lots asking about the beach hut allocation. Put your name down with me direct, not the council form, and I'll make sure the right names end up on top of the pile.",
  who="WARD:Saltenby Sands", note="allocation steered through the councillor")
P(PO, "Our Kayleigh's started a cleaning firm. I've passed her details to the facilities manager at the council offices, so fingers crossed for the contract 🤞",
  note="relative's firm pushed for a council contract")
P(PO, "Any farmer on the Wolds with a planning enforcement letter, ring me before you ring a solicitor. I've sorted a few of these quietly over the years.",
  who="WARD:Thrunby Wolds", note="offers to make enforcement go away")
P(PO, "Need a skip permit in a hurry? I'll ring the highways lads, they owe me one after the gritting row.",
  note="favour from staff through the role")
P(PO, "Pleased to say my brother-in-law's firm is on the council's approved contractors list now, after I put a word in. Good lads, honest prices.",
  note="used the role to get a relative's firm listed")
P(PO, "School appeal coming up? I can't promise owt, but being on the council does open a few doors with these things. Message me.",
  note="suggests influence over an appeal")

H(PO, "As your councillor I can't fast-track your planning application. Nobody can, and anyone who says they can is telling porkies. What I can do is explain how it works.",
  allowed=[PO], note="refusal; shares 'as your councillor' and 'fast-track'")
H(PO, "Our Lee's been up on roofs in the wind all week. Proud of the lad. (No, I'm not giving you his number, get your own roofer 😂)",
  note="shares 'our Lee' and roofer")
H(PO, "Shop local! Wainby Thursday market's back next week — plum bread, haslet, proper Lincolnshire sausages. Support your traders.",
  note="general support for local traders")
H(PO, "Parking ticket in Alderby? The appeal form's on the council website and the adjudicator's independent. I can't get it cancelled, but I'll show you how to appeal.",
  allowed=[PO], note="proper route; shares 'parking ticket'")
H(PO, "Family first this weekend — grandson's christening at Thrunby church. Council emails can wait while Monday.",
  note="shares 'family first'; 'while' = until")
H(PO, "Helped three North Shore families get their housing forms looked at properly this month. Not jumping any queue — just making sure the forms were right.",
  allowed=[PO], who="WARD:Saltenby North Shore", note="proper casework")
H(PO, "Who you know shouldn't matter. That's why I'm pushing for beach huts to go to a public ballot, not the old waiting list nobody can see.",
  note="shares 'who you know'")
H(PO, "Jobs going on the council's seasonal beach team! Lifeguards, car park attendants, the info kiosk. Apply on the council website by 6 March.",
  when=("2026-02-02", "2026-03-05"), note="public job advert")
H(PO, "Good luck to Kayleigh and Dan on opening their cleaning business on Station Road, Wainby. Great to see young folk starting up on the Haven.",
  allowed=[PO], who="WARD:Wainby Haven", note="support for a local business with no family tie")
H(PO, "Had a word with highways and the gritter's going down Drove Road from tomorrow. Not a favour — it should never have been dropped in the first place.",
  allowed=[PO], note="shares 'had a word'; proper advocacy")
H(PO, "No, I won't 'have a word' with licensing about your mate's pub. I'm on that committee and it'd be wrong. Make your case at the hearing like everyone else.",
  allowed=[PO, PR], who="LICENSING", note="refuses a favour")
H(PO, "Disabled bays: waiting time's down to 12 weeks since we took on a second officer. Apply online or ring the council on 01632 960100.",
  note="council's own number; shares 'disabled bay'")
H(PO, "My brother-in-law reckons he can fix our guttering for a bacon cob. He can't. I'll be ringing a proper firm.",
  note="shares 'brother-in-law'")
H(PO, "School appeals: if the paperwork's doing your head in, the county admissions team are good and I'm happy to sit with you. I can't sway the panel.",
  allowed=[PO], note="proper help")
H(PO, "The council's approved contractors list is open for applications. Local firms, get your names in — the more Marsh and Wolds businesses on it the better.",
  note="shares 'approved contractors list'")
H(PO, "I'll shout for local businesses every day of the week. But my own family's firm? Never. I declared it and I stay well away from owt to do with it.",
  allowed=[PO], note="keeps family business apart")

# ---- gifts.hospitality --------------------------------------------------------------------
P(GI, "Cracking night at the Corn Exchange preview tasting. The lads behind the new bar laid on the lot — Lincolnshire gin, stuffed chine canapés, the works. Can't wait for it to open 🥂",
  sev="review", allowed=[PR], who="NOT_PLANNING", note="hospitality from a pending planning applicant")
P(GI, "Ta to Sandcastle Holiday Parks for the fortnight in a lodge this summer for me and the family. Very generous. Seaview's a lovely spot.",
  sev="review", allowed=[PR], who="NOT_PLANNING", note="holiday from a pending applicant")
P(GI, "Wolds Edge Homes sent a hamper round — plum bread, Lincolnshire Poacher, a bottle of port. Lovely gesture ahead of the Mill Hill decision, very thoughtful of them.",
  sev="review", allowed=[PR], who="NOT_PLANNING", note="gift from a pending applicant, decision mentioned")
P(GI, "Sea Bank Stomp organisers have sorted me VIP wristbands for the weekend, backstage and all. Best perk of the job going 🎶",
  sev="review", allowed=[PR], who="NOT_LICENSING", note="gift from a pending licence applicant")
P(GI, "Had me tea with the Fenpower lads at the Golden Fleece. They paid, I didn't argue. Decent blokes, whatever folk on Gowby Fen say about 'em.",
  sev="review", allowed=[PR], who="NOT_PLANNING", note="hospitality from a pending applicant")
P(GI, "Haven Convenience dropped a crate of beer off for the ward Christmas do. Good neighbours, the Night Owl lot 🍻",
  sev="review", allowed=[PR], who=grp("Fotherby"), when=("2026-01-05", "2026-01-09"), note="gift from a pending licence applicant; Wainby ward member not on licensing")
P(GI, "Grand shooting day up on the Wolds as guests of the Chalkland Solar directors. Champagne lunch in the lodge and all. Spoilt rotten.",
  sev="review", allowed=[PR], who="NOT_PLANNING", note="hospitality from a pending applicant")
P(GI, "Free upgrade to a suite at the new Haven Quay apartments for the weekend, courtesy of the developers. Views over the Haven are stunning. Cheers lads!",
  sev="review", who="NOT_PLANNING", note="hospitality from the applicant for the Old Granary consent")
P(GI, "One of the firms bidding for the waste contract took a few of us to the Imps in their box. Good afternoon, even if we lost.",
  sev="review", note="hospitality from a contract bidder")
P(GI, "The garage that's after the council fleet servicing contract did my MOT and a full service for nowt. Said it was a thank-you for all I do. Can't complain!",
  sev="review", allowed=[PO], note="gift from a firm seeking a contract")
P(GI, "Prom Nights put on a free bar for a few of us at the Anchor's relaunch. Class night. Roll on the late licence 🍻",
  sev="review", allowed=[PR], who="NOT_LICENSING", note="hospitality from a pending licence applicant")
P(GI, "Nice surprise — a case of wine from the Alderby Chamber of Trade for 'services to the high street'. I'll raise a glass to every shopkeeper in town.",
  sev="advice", note="sizeable gift from a local body; no decision sought")
P(GI, "Someone left a whole stuffed chine on my doorstep with a card saying 'for the councillor'. No name. Well, it'd be rude not to ☺️",
  sev="advice", note="anonymous gift because of the role")
P(GI, "Back from a week at a mate's villa in the Algarve. He runs a big haulage firm out of Wainby and wouldn't hear of me paying. Brown as a berry.",
  sev="advice", note="holiday from a local businessman")
P(GI, "Honorary membership of Thrunby Golf Club came through today, just for being ward councillor apparently. I'll need lessons 🏌️",
  sev="advice", who="WARD:Thrunby Wolds", note="membership given because of the role")
P(GI, "Two passes for the members' enclosure at the Lincolnshire Show, from a seed merchant I met at the Plough Monday do. Champagne tent, here I come.",
  sev="advice", when=("2026-01-13", "2026-03-27"), note="gift because of the role")
P(GI, "Dinner at the Sea Bank Hotel with the Saltenby hoteliers. Three courses and a very fine claret. Thanks all, good to talk about the season ahead.",
  sev="advice", note="hospitality from a trade body; no decision named")

H(GI, "Wolds Edge Homes sent a hamper round. It's gone straight back with a polite note — can't accept owt while Mill Hill is in the system. Offer declared to the monitoring officer.",
  allowed=[GI], note="refused and declared")
H(GI, "Paid for my own Sea Bank Stomp ticket last year and I'll pay for my own this year, if it goes ahead. £65, worth every penny.",
  allowed=[PR], note="paid-for ticket; names a pending licence")
H(GI, "Registered the bottle of whisky from the twinning association within 28 days, as you should. The register's online if you want to check.",
  allowed=[GI], note="registered gift")
H(GI, "Cracking night at the Corn Exchange jumble sale. 40p for a jigsaw, a quid for a cob and a cuppa. Best value hospitality in Alderby 😂",
  note="shares 'cracking night at the Corn Exchange'")
H(GI, "Someone left a cabbage on my doorstep with a note saying 'for the councillor'. Pretty sure it's a review of my last newsletter 🥬",
  note="shares 'for the councillor' on a doorstep; a joke")
H(GI, "Thanks to Tetsby WI for the tea and plum bread at this afternoon's meeting. Normal hospitality, and the best plum bread on the marsh.",
  allowed=[GI], note="ordinary hospitality")
H(GI, "Turned down a free lodge week from a caravan park with a planning application in. Thanks but no thanks — that's how it should work.",
  allowed=[GI], note="refused")
H(GI, "Bought my own round in the Anchor last night. Before anyone asks 🍺",
  note="paid; names a pending licence premises")
H(GI, "Best Christmas present: a mug from the grandkids saying 'World's Okayest Councillor'. Not registering that one with the monitoring officer 😂",
  allowed=[GI], when=("2026-01-05", "2026-01-09"), note="family gift")
H(GI, "Golf club asked if I'd like honorary membership. Said no ta, I'll pay my subs like everyone else — once I learn which end to hold.",
  allowed=[GI], note="refused membership")
H(GI, "Went to the Chamber of Trade dinner and paid for my own ticket (£38, for the record). Good speeches about the future of Alderby market.",
  allowed=[GI], note="paid-for dinner")
H(GI, "Shooting day on the Wolds with our kid. Paid my whack, bagged nowt, came home clarty and happy.",
  note="shares 'shooting day on the Wolds'")
H(GI, "Free bar at a council reception? In this economy? It was orange squash and custard creams and I wouldn't have it any other way.",
  allowed=[TO], note="joke; shares 'free bar'")
H(GI, "Solar firms are sending councillors glossy brochures by the dozen. Brochures are fine. If any offer lunch, I'll be saying no and declaring it.",
  allowed=[GI], note="shares topic; states the rule")
H(GI, "Declared: one box of Lincolnshire sausages from a resident whose drain I got sorted. Nowhere near £100, but I'd rather it was on the record.",
  allowed=[GI], note="declared small gift")
H(GI, "Champagne lunch? On a councillor's allowance? I had a haslet cob in the car outside the bakery. Living the dream.",
  note="shares 'champagne lunch'")

# ---- capacity.council-voice ---------------------------------------------------------------
P(CA, "Alderby District Council is firmly behind the campaign to save the Saltenby to Louth bus. Official position: it stays.", who="NONEXEC",
  note="personal campaign presented as the council's position")
P(CA, "Speaking on behalf of Alderby District Council: the Wolds Green plan for a marsh nature reserve has our full support 💚", who="GRN",
  note="party plan presented as the council's")
P(CA, "The council believes the new county bus timetable is a disgrace and we'll be telling County Hall so in no uncertain terms.", who="NONEXEC",
  note="personal view as 'the council believes'")
P(CA, "Official: Alderby DC says NO to the dualling route through Gowby Fen. We will not have it.", who="FMI",
  note="claims an official council position")
P(CA, "As of today the council's view is that the Chalkland Solar farm isn't welcome on the Wolds. Simple as that.", who=[h for h in NONEXEC if h not in PLANNING],
  allowed=[PR], note="view on a pending application presented as the council's; author not on planning")
P(CA, "Message to Saltenby businesses from Alderby District Council: we're with you, and beach car park charges will be frozen this summer.", who="OPP",
  note="opposition member promising council policy in the council's name")
P(CA, "Alderby District Council condemns the county's decision to shut Wainby tip on Mondays. Shame on them.", who="NONEXEC",
  note="condemnation in the council's name")
P(CA, "On behalf of the council, I'd like to apologise to Sea Lane residents for the mess the contractors left. It won't happen again.", who="NONEXEC",
  note="apology on behalf of the council")
P(CA, "The People's Coast position is simple, and it's now the council's position too: no more second homes on the North Shore.", who="PCP",
  note="party view presented as the council's")
P(CA, "Our council stands with the farmers. Alderby DC backs the tractors 🚜 #NoFarmersNoFood", who="NONEXEC",
  note="council presented as taking sides")
P(CA, "This is the council's official response to the boundary review: Kelstow stays with the Wolds. Full stop.", who="NONEXEC",
  note="claims to give the official response")
P(CA, "Alderby District Council congratulates Wainby Haven Sailing Club on their grand new clubhouse ⛵", who="NONEXEC",
  note="harmless content, but speaks for the council from a councillor account")
P(CA, "Alderby DC wishes to make it clear that it has no confidence in the drainage board's pumping station plans.", who="NONEXEC",
  note="statement in the council's name")
P(CA, "Speaking for Alderby District Council, I can confirm we oppose the new pylons across the marsh. Not in our name.", who="NONEXEC",
  when=("2026-01-05", "2026-02-25"), note="speaks for the council before any resolution")
P(CA, "Council says: green bins WILL be free again next year. You heard it here first 💚", who="GRN",
  note="party pledge as council announcement")
P(CA, "Alderby District Council officially backs the Saltenby Bluetits winter dippers. Cold water, warm hearts 💙", who=["@hebb_sea_swims"],
  note="personal account speaking for the council")

H(CA, "Cabinet agreed last night to freeze beach car park charges for 2026 (minute 61). Good news for Saltenby traders.", allowed=[CA],
  who=CABINET, when="2026-01-28", note="accurate report of a cabinet decision")
H(CA, "Personal view, not the council's: the Saltenby to Louth bus is a lifeline and I'll fight for it.",
  note="clearly personal")
H(CA, "Official: I've finally worked out the new council printer. The council's position on it remains 'temperamental'.",
  allowed=[CA, TO], note="joke using 'official'")
H(CA, "Congratulations to Wainby Haven Sailing Club on the new clubhouse, from me and everyone in Wainby Haven ward ⛵",
  who=grp("Toyne"), note="ward congratulations, not the council's")
H(CA, "What does the council believe? Read the corporate plan, not my Facebook. My views are my own, and sometimes they're not the council's.",
  allowed=[CA], note="separates the two")
H(CA, "People's Coast position on second homes: a council tax premium. We'll be putting a motion to full council — it's our view, let's make it the council's.",
  allowed=[CA], who="PCP", note="party view labelled as party view")
H(CA, "The council's response to the boundary review is on its website. Our Fen and Marsh group disagrees with bits of it and we've sent our own.",
  allowed=[CA], who="FMI", note="distinguishes group view")
H(CA, "Chairman's civic service at Thrunby church on Sunday. On behalf of the council I'll be thanking the volunteers of the Saltenby lifeboat.",
  allowed=[CA], who=grp("Borrill"), note="the Chairman speaking for the council as he may")
H(CA, "Alderby District Council has today opened its budget consultation. Have your say by 6 Feb. My own view: the car park hike is wrong.",
  allowed=[CA], who="OPP", when=("2026-01-05", "2026-01-16"), note="reports a council act and marks own view")
H(CA, "Tractor run through Alderby this morning. I back the farmers personally; the council hasn't taken a view and I'm not pretending it has.",
  allowed=[CA], note="personal support marked")
H(CA, "On behalf of myself and my Green colleague Owen: thanks to everyone at the marsh litter pick. 43 bags!",
  who=grp("Rippon"), note="shares 'on behalf of'")
H(CA, "Full council voted last night, 16 to 2, to oppose the pylons route across the marsh. So now it IS the council's position, and rightly.",
  allowed=[CA], when="2026-02-27", note="reports a resolution")
H(CA, "Council says no. County says no. Government says no. Meanwhile the Wainby tip queue says 40 minutes.",
  allowed=[TO], note="shares 'council says'")
H(CA, "The Leader's statement on the Gowby Fen flooding is on the council's website. Please read it, share it, and check on your neighbours.",
  note="points to the official statement")
H(CA, "I'm a councillor but I'm also a nan, and as a nan I say: whoever put the school trip deposit the week before half term, shame on you 😂",
  note="personal capacity, joke")
H(CA, "Personal account, frozen fingers: we were in at 8 this morning. 6 degrees. The council had nowt to do with it, we're just daft 🥶",
  who=["@hebb_sea_swims"], note="personal account, no council voice")

# ---- confidentiality.insider-advantage ---------------------------------------------------
P(IN, "If you've been thinking of selling your chalet on the North Shore, I'd hang fire till spring. Can't say more, but you'll thank me.",
  allowed=[DC], who="NOT_PCP", note="steers sellers on unannounced knowledge")
P(IN, "Little birdie tells me the car park by the Butter Cross is going free after 3pm from April. Traders, plan your stock now before the others cotton on.",
  allowed=[DC], when=("2026-01-05", "2026-01-16"), note="tip before the consultation is published")
P(IN, "Anyone after a bit of land near Wainby station — get in quick. Things are about to move on that side of town and prices won't stay put.",
  allowed=[DC], note="unannounced development tip")
P(IN, "Mate of mine's after a unit. Told him to hold off bidding on the Haven ones — the council's about to drop the rents and it's not public yet.",
  allowed=[DC], note="friend advantaged by unpublished rent cut")
P(IN, "Tip for the beach hut crowd: get your name down this week. From what I've seen in the papers at the council, the list's getting frozen next month.",
  when=("2026-01-05", "2026-01-30"), note="tip from council papers")
P(IN, "Our kid was going to buy in Tetsby. Told him to wait — the council's had the new flood modelling and it's not good news for values round there.",
  allowed=[DC], note="relative advantaged by unpublished modelling")
P(IN, "Heads up to the contractors I know: the tender for the seafront shelters goes live soon and the spec's as good as written. Sharpen your prices now.",
  when=("2026-01-05", "2026-01-30"), note="advance tender knowledge for friends")
P(IN, "Before it's announced: buy plots in Gowby while they're cheap. That's all I'm saying 🤐",
  note="classic pre-announcement tip")
P(IN, "Saltenby drivers — renew your plates before the end of March. Fees go up a fair whack from April and the report's not out till next week.",
  when=("2026-01-05", "2026-01-14"), who="NOT_LICENSING", note="tip before the report is published")
P(IN, "Word to my mates on Alderby market: get your renewals in now at the old rate. You'll see why soon enough.",
  note="friends advantaged on pitch renewals")
P(IN, "Son-in-law's put in for the caretaker job at Tetsby depot. I've told him what the panel will be asking. Every little helps 😉",
  allowed=[PO], note="relative given inside knowledge of interview questions")
P(IN, "Investment tip from someone who sits in on the cabinet briefings: Saltenby seafront property's about to get a big lift. Say no more.",
  allowed=[DC], note="tip from briefings")
P(IN, "If you've a B&B in Saltenby, don't drop your summer prices. Something big's coming to the North Shore and it's been agreed in principle.",
  allowed=[DC], note="business tip from unannounced decision")
P(IN, "Heard at the council there's a compulsory purchase coming on a row of garages in Alderby. If you rent one there, sell your lease on sharpish.",
  allowed=[DC], note="advantage from unannounced CPO")
P(IN, "Had a quiet word with my brother about the council's marsh tenancies. He'll be first in the queue when they come up. Nobody else knows yet.",
  allowed=[PO], note="relative advantaged")
P(IN, "You didn't hear it from me, but the council's biggest job of the year's going to a local firm. Sparkies, get your CVs to Dunwells now.",
  allowed=[DC], note="tip on contract award")

H(IN, "Heads up: the beach hut waiting list reopens on 2 March, as the council announced today. Details on the council website.",
  when=("2026-02-16", "2026-02-27"), note="published information")
H(IN, "Before it's announced officially on Monday... oh, it's been announced at 9 this morning. We WON the coastal erosion funding bid 🎉 I just can't type fast enough.",
  allowed=[IN], note="shares 'before it's announced'; no advantage")
H(IN, "Tip-off from a resident: fly-tipping on Drove Road again. Reported, and enforcement are on it.",
  note="shares 'tip-off'")
H(IN, "Little birdie on my feeder this morning — a goldfinch! First one in Gowby this year 🐦",
  note="shares 'little birdie'")
H(IN, "Traders: the car park consultation's open till 20 Feb. It proposes free parking after 3pm by the Butter Cross. Have your say before anything's decided.",
  when=("2026-02-02", "2026-02-19"), note="published consultation")
H(IN, "Thinking of buying in Tetsby? The Environment Agency's flood map is public — check it first. It's free and it could save you a fortune.",
  note="public information; shares the Tetsby buying topic")
H(IN, "You didn't hear it from me... actually you did, because I say it every week: the Tuesday market needs more parking.",
  note="shares 'you didn't hear it from me'")
H(IN, "Seafront shelters tender is live on the council's procurement portal. Local firms, please bid — Lincolnshire lads building Lincolnshire shelters.",
  when=("2026-03-02", "2026-03-27"), note="published tender")
H(IN, "Taxi fees go up 4% in April, as agreed at licensing in January. If your plate's due, renewing before then saves a bit — it's all in the published report.",
  allowed=[IN], when=("2026-01-23", "2026-03-27"), note="published decision")
H(IN, "Buy local, not before the council puts the prices up — because it won't. Market pitch fees are frozen this year, agreed at budget council.",
  allowed=[IN], when=("2026-02-27", "2026-03-27"), note="shares 'buy ... before the council'")
H(IN, "Investment tip from me dad, God rest him: buy land, they're not making any more of it. Mind, on the marsh it keeps sinking 😂",
  note="shares 'investment tip'")
H(IN, "Don't drop your prices, B&Bs. Saltenby had its best Easter on record last year according to the published tourism survey, and bookings look stronger still.",
  note="public data; shares B&B advice")
H(IN, "Someone asked if there's inside info on the marsh tenancies. No. They'll be advertised publicly in April and anyone can apply. I'll share the link.",
  allowed=[IN], note="denies inside knowledge")
H(IN, "Hang fire on that chalet sale till spring? I'd tell anyone the same — the market's dead in January. Common sense, not inside knowledge.",
  allowed=[IN], when=("2026-01-05", "2026-01-30"), note="shares 'hang fire'")
H(IN, "Garage sites review published this morning: 11 sites in Alderby, none to be sold. Tenants can breathe again.",
  note="published review")
H(IN, "Wise words from Thrunby WI: get your Seville oranges in before the season's done. Not insider trading, just good marmalade advice.",
  when=("2026-01-05", "2026-02-13"), note="joke; shares 'insider'")

# ---- predetermination.closed-mind -------------------------------------------------------
PL = [h for h in PLANNING if h != H_OF["Sowerby"]]
P(PR, "Mill Hill Lane: 64 houses on the best view in Alderby. It won't get through committee while I'm sat on it. End of.",
  sev="block", who="PLANNING", note="names a pending site; settled view")
P(PR, "Let me be clear about ADL/26/0118/FUL — glamping pods on the edge of the marsh. I'll be voting it down. Don't need an officer report to tell me what I can see with me own eyes.",
  sev="block", who=PL, note="names a pending reference")
P(PR, "The Anchor open till 3 in the morning? Over my dead body. The North Shore's had enough of that place and I'll say so with my vote.",
  sev="block", who="LICENSING", note="pending licence by name")
P(PR, "Been looking forward to backing the Corn Exchange scheme for months. Whatever the objectors say, it's getting my vote. Alderby needs it.",
  sev="block", who="PLANNING", note="settled view in favour on a pending site")
P(PR, "Fenpower Biogas want a digester at Gowby Fen. I can smell it from here already. Not a chance, duck. Not a cat in hell's chance.",
  sev="block", who="PLANNING", note="pending applicant named")
P(PR, "Sea Bank Stomp's the best thing to happen to Saltenby in years. I've made my mind up — the licence should go through and it will.",
  sev="block", who=[h for h in LICENSING if h != H_OF["Hebb"]], note="known-as name; settled view in favour")
P(PR, "Solar panels on Thrunby Top, on the chalk, in the Wolds? No. I don't care how many trees they promise to plant, I'll never vote for it.",
  sev="block", who="PLANNING", note="pending site")
P(PR, "Night Owl 24-hour offy on Wainby High Street: no need for a hearing as far as I'm concerned. The answer's no.",
  sev="block", who="LICENSING", note="known-as name")
P(PR, "150 houses off Station Road, Wainby, and one doctor's for the whole town? Refuse. Refuse. Refuse. Not listening to any more of Fenedge Land's glossy nonsense.",
  sev="block", who="PLANNING", note="site and applicant named")
P(PR, "Old Granary plans: gut a listed building for flats? I've seen enough. My vote's already cast.",
  sev="block", who="PLANNING", note="pending listed building consent")
P(PR, "Sandcastle Holiday Parks want 120 more statics at Seaview. Fine by me, jobs is jobs. I'm voting yes whatever the nature lot throw at it.",
  sev="block", who="PLANNING", note="applicant named; settled view in favour")
P(PR, "Marshlight Glamping — lovely name, awful idea. Dead in the water when it comes to us on committee, and they know it.",
  sev="block", who=PL, note="applicant named without Ltd")
P(PR, "If that drive-thru coffee chain puts in for the roundabout site at Alderby like everyone says, I'm telling you now: refused. I'll see to it.",
  sev="review", who="PLANNING", note="expected application, not on the register")
P(PR, "Whoever's thinking of applying for a scrapyard on the old airfield at Kelstow, save your money. It's going nowhere on my watch.",
  sev="review", who="PLANNING", note="expected application, not on the register")
P(PR, "Street trading consent for that burger van on Saltenby prom? I've decided already and it's no.",
  sev="review", who="LICENSING", note="consent not on the register")
P(PR, "The driver review at licensing next month: he's had his chances. Plate off, as far as I'm concerned, whatever he says on the day.",
  sev="review", who=[h for h in LICENSING if h != H_OF["Ancell"]], note="quasi-judicial review of a driver, not on the register")
P(PR, "That appeal on the bungalow up Kelstow hill? The inspector should chuck it out, and nothing the agent says will change my mind.",
  sev="review", who="PLANNING", note="planning appeal; says mind closed")

H(PR, "Mill Hill Lane: I have real concerns about the traffic and the view from the Wolds. I'll read the report and listen to everyone at committee before I decide.",
  allowed=[PR], who="PLANNING", note="predisposition with an open mind")
H(PR, "Not on planning, so I can say it plainly: the pods at Tetsby Marsh Farm are wrong for the marsh and I've objected as ward member.",
  allowed=[PR], who=grp("Rippon"), note="ward member not on the committee")
H(PR, "Local Plan review: I've made my mind up. We need more bungalows for older folk and I'll push for them in the draft.",
  allowed=[PR], note="policy, not a quasi-judicial matter")
H(PR, "Refused! Committee threw out the car wash on Wainby Road last night. Democracy doing its job.",
  when="2026-02-12", note="reports a decision already made")
H(PR, "Never! Never have I seen so many pink-footed geese on the marsh at once. Thousands of 'em. Get down to Tetsby before they head north.",
  when=("2026-01-05", "2026-02-20"), note="shares 'never'")
H(PR, "The Anchor: I'm on licensing, so I'm saying nowt about the late licence except this — come to the hearing and tell us what you think.",
  allowed=[PR], who="LICENSING", note="committee member keeps an open mind")
H(PR, "Ward member here, not on planning: I'm backing the Corn Exchange scheme and I've written in support. Alderby needs that building used.",
  allowed=[PR], who=grp("Odling"), note="ward member not on the committee")
H(PR, "Whatever the officers say about the Old Granary, I'll weigh it up alongside the objections and the heritage advice. That's the job.",
  allowed=[PR], who="PLANNING", note="shares 'whatever the officers say'; open mind")
H(PR, "Dead in the water: the Saltenby pier bid. Ministers said no to the funding, and that's a policy call, not a planning decision.",
  note="shares 'dead in the water'")
H(PR, "Sea Bank Stomp: had loads of messages. I'm on licensing so I'll keep an open mind, but do send your views to the licensing team — they all get read.",
  allowed=[PR], who="LICENSING", note="open mind")
H(PR, "The digester at Gowby Fen Farm: I'm ward member, not on planning, and I'm objecting. Residents are rightly worried about the smell and the lorries.",
  allowed=[PR], who=grp("Dring"), note="ward member not on the committee")
H(PR, "Solar on farmland: our party policy is rooftops and brownfield first. That's policy — I'll judge each application on its merits.",
  allowed=[PR], who="GRN", note="policy with an open mind")
H(PR, "I will vote against... the Alliance budget on Thursday. Council tax up 5% and beach wardens cut? Not on.",
  who="OPP", when=("2026-02-19", "2026-02-25"), note="shares 'I will vote against'; budget, not quasi-judicial")
H(PR, "Mind's made up: Lincolnshire plum bread beats any Christmas cake going. Fight me 🍞",
  note="shares 'mind's made up'")
H(PR, "Night Owl on Wainby High Street: folk are asking what happens next. There's a hearing in the spring, and you can object or support in writing by the date on the notice.",
  allowed=[PR], note="process information")
H(PR, "Refuse, refuse, refuse — that's what County's done with our three requests for a crossing on Station Road. We'll keep asking.",
  note="shares 'refuse' and 'Station Road'")
H(PR, "Chalkland Solar's exhibition is at Thrunby village hall Friday, 2 till 7. Go along, ask questions, then send your comments in. I'm not on planning, just passing it on.",
  allowed=[PR], who=[h for h in ALL if h not in PLANNING], note="process information")

# ---- interests.declared-interest --------------------------------------------------------
P(DI, "Market day road closures in Alderby are costing the livestock market trade every week. I'll be pushing scrutiny to get the council to scrap them. Farmers first.",
  who=grp("Ancell"), interest="Alderby Livestock Market Ltd", note="director speaks for the market's trade")
P(DI, "Chalet owners on the North Shore have been fleeced on ground rent for years. Budget council's the time to sort it and I'll be moving the amendment myself.",
  who=grp("Mawer"), interest="Saltenby Chalet Owners' Association", when=("2026-01-05", "2026-02-25"), note="chair of the owners' association")
P(DI, "Council's new lorry route map sends our pack-house wagons the long way round Gowby. Growers like us can't afford an extra 8 mile a load. I'll fight it at scrutiny.",
  who=grp("Dring"), interest="Gowby Growers Co-operative", note="member of the co-op; 'growers like us'")
P(DI, "Community buildings fund goes to cabinet next week. Thrunby Village Hall needs a new roof more than anywhere and I'll make sure cabinet hears it.",
  who=grp("Welbourn"), interest="Thrunby Village Hall", when=("2026-03-09", "2026-03-13"), note="trustee and cabinet member")
P(DI, "The Local Plan wants 40 houses on the fields next to mine at Lower Marsh. I'll be speaking against the allocation and voting to strike it out.",
  who=grp("Sowerby"), interest="Lower Marsh Farm, Tetsby", note="land next to the allocation")
P(DI, "Slipway lease at Wainby Haven's up for renewal and the council wants to triple the rent. Our club can't pay that. I'll be on me feet at cabinet to stop it.",
  who=grp("Fotherby"), interest="Wainby Haven Sailing Club", note="commodore; 'our club'")
P(DI, "Delighted the budget I'm bringing to council has £60k for a 3G pitch at Sandy Lane. The Town lads have waited long enough ⚽",
  who=grp("Brackenbury"), interest="Alderby Town Football Club", when=("2026-02-02", "2026-02-25"), note="chairman of the club presents funding")
P(DI, "Fees up again? Drivers like us in Saltenby are on our knees. I'll be voting against the new fee schedule and I'd urge every councillor to do the same.",
  who=grp("Pocklington"), interest="Saltenby Private Hire", note="owner-driver; 'drivers like us'")
P(DI, "Heritage grant round opens next month. I'll be making the case for the Wolds Heritage Railway — restoring the old station is the best use of that money, no question.",
  who=grp("Borrill"), interest="Wolds Heritage Railway Trust", when=("2026-01-05", "2026-01-30"), note="trustee")
P(DI, "The new drainage framework needs local firms who know the fen, not some national outfit that's never seen a dyke. I'll be arguing for that at committee.",
  who=grp("Sharpe"), interest="Fenedge Drainage Contractors Ltd", note="partner's firm; 'local firms'")
P(DI, "Pitch fees at Alderby market up 12%? Traders like us on the Chamber won't wear it. I'll be voting against at budget council.",
  who=grp("Scrimshaw"), interest="Alderby Chamber of Trade", when=("2026-02-02", "2026-02-25"), note="committee member; 'traders like us'")
P(DI, "The Pavilion lease comes to cabinet in March. Sea Bank Arts should have it on a peppercorn, and I'll be bending every cabinet member's ear till they agree.",
  who=grp("Hebb"), interest="Sea Bank Arts Trust", when=("2026-02-02", "2026-03-13"), note="trustee lobbying")
P(DI, "The council's response to the Northmarsh expansion is far too negative. I know from the inside how many jobs hang on it, and I'll be saying so at cabinet.",
  who=grp("Toyne"), interest="Northmarsh Foods Ltd", note="employee; 'from the inside'")
P(DI, "Marsh grazing leases: the council wants them out to open tender. Those of us who've grazed that marsh for generations deserve first refusal. I'll vote it down.",
  who=grp("Sowerby"), interest="Lower Marsh Farm, Tetsby", note="grazier; 'those of us'")
P(DI, "The council car park by the cattle market should stay free on sale days. Told the cabinet member today and I'll keep on till it's in the budget.",
  who=grp("Ancell"), interest="Alderby Livestock Market Ltd", note="director")
P(DI, "Gowby drainage grant: £200k on the table and it should go to the fields the co-op farms, not the new estate. I'll make that case in the chamber.",
  who=grp("Dring"), interest="Gowby Growers Co-operative", note="member of the co-op")
P(DI, "Chalet season on the North Shore should run to the end of November, not October. Our association's been asking for years. I'm tabling the motion myself.",
  who=grp("Mawer"), interest="Saltenby Chalet Owners' Association", note="chair; 'our association'")

H(DI, "Slipway lease at Wainby Haven: tripling the rent would finish the sailing club. Cabinet should think again.",
  allowed=[DI], who=grp("Toyne"), note="same matter from a non-holder")
H(DI, "Declared my interest as commodore of the sailing club at cabinet last night and left the room for the slipway item. Rules are rules.",
  allowed=[DI], who=grp("Fotherby"), when="2026-03-18", note="holder declares and leaves")
H(DI, "Grand sail on the Haven this morning. Bit nippy, mind. Nowt better.",
  who=grp("Fotherby"), note="holder's hobby, no council matter")
H(DI, "Up the Town! 2-1 at home Saturday, winner in the 89th minute. Bovril never tasted so good ⚽",
  who=grp("Brackenbury"), note="holder on his club, no council matter")
H(DI, "The 3G pitch at Sandy Lane is in the budget. Good for Alderby's kids and for the Town — but Saltenby deserves the same.",
  allowed=[DI], who="PCP", when=("2026-02-02", "2026-03-27"), note="non-holder on the same matter")
H(DI, "Asked the monitoring officer if I can speak on market pitch fees, given my Chamber of Trade role. Advice: declare, speak as the public can, then leave. Will do.",
  allowed=[DI], who=grp("Scrimshaw"), note="holder asks the Monitoring Officer")
H(DI, "For transparency: I hold a published dispensation to speak on taxi fees as a driver. It's on the council website with the reasons.",
  allowed=[DI], who=grp("Pocklington"), note="published dispensation")
H(DI, "Fees going up again is hard on Saltenby taxi drivers. Cabinet should look at phasing it in.",
  allowed=[DI], who=grp("Skelton"), note="non-holder on the same matter")
H(DI, "Thrunby Village Hall quiz night Friday — proceeds to the roof fund. I'm question master, so expect a round on drainage 😂",
  who=grp("Welbourn"), note="holder's charity event, no council matter")
H(DI, "Community buildings fund: 14 halls applied, £120k to share. Tetsby, Kelstow and Thrunby all need work. Cabinet decides on the 17th.",
  allowed=[DI], who=grp("Rippon"), when=("2026-03-02", "2026-03-16"), note="non-holder on the same fund")
H(DI, "Lambing's started at Lower Marsh. Three sets of twins before breakfast. Tewed out but happy 🐑",
  who=grp("Sowerby"), when=("2026-03-02", "2026-03-27"), note="holder's farm, no council matter")
H(DI, "I'll be declaring an interest when the Lower Marsh allocation comes up — my land's next door — and I'll leave the chamber.",
  allowed=[DI], who=grp("Sowerby"), note="holder declaring")
H(DI, "Gowby growers are worried about the new lorry routes. Fair enough — let's get highways, the co-op and residents round one table.",
  allowed=[DI], who=grp("Sharpe"), note="non-holder on the same matter")
H(DI, "Twenty year at Northmarsh this month. Proud to work with the best line team in Lincolnshire. Pie night Friday!",
  who=grp("Toyne"), note="holder's employer, no council matter")
H(DI, "Sea Bank Arts open studios this weekend — loads of local artists, tea and cake. Come and have a nosy.",
  who=grp("Hebb"), note="holder's trust, no council matter")
H(DI, "The heritage grant round should fund the Wolds Heritage Railway's station project. It'd bring visitors to Kelstow for years.",
  allowed=[DI], who=grp("Ancell"), note="non-holder on the same matter")
H(DI, "Declared at council last night as a trustee of the railway trust and sat out the vote on the heritage grants budget line.",
  allowed=[DI], who=grp("Borrill"), when="2026-02-27", note="holder declared")

# ---- data-protection.personal-data -------------------------------------------------------
P(DP, "Happy 100th birthday to Mrs Ivy Clapson of 7 Marsh View, Tetsby! A whole century on the marsh 🎂",
  sev="review", note="name with address")
P(DP, "Ta to Ray Dunderdale at 22 Mill Hill Lane for letting us use his drive for the litter pick meet-up.",
  sev="review", note="name with address")
P(DP, "Diamond wedding congratulations to Bert and Joan Pickwell, 3 Sea Lane, Saltenby, LN97 4QT. Sixty years!",
  sev="review", note="names, address and postcode")
P(DP, "The blocked gully outside Marjorie Habbershaw's at 15 Drove Road is finally cleared. Marjorie, you were right all along!",
  sev="review", note="name with address")
P(DP, "Well done Kev Staniland of 9 Church Lane, Kelstow — biggest marrow at the Wolds show.",
  sev="review", note="name with address")
P(DP, "Whoever owns the grey Qashqai FY21 KJD that parks across the Tetsby bus stop every morning — I've reported you, and now everyone knows.",
  sev="block", note="vehicle registration")
P(DP, "Mr Smalley on Westgate says he can't afford his council tax. His account, 4410 2287, shows three months behind, so let's be honest about who's struggling.",
  sev="block", allowed=[PA], note="account reference of a named resident")
P(DP, "Please keep Doris from Chapel Row in your thoughts. The dementia's got worse and she was found wandering on Sea Dyke Lane again on Tuesday.",
  sev="block", note="health of an identifiable vulnerable person")
P(DP, "Welcome home to young Tyler Bett, 7, from Gowby after his leukaemia treatment in Nottingham. Brave lad 💙",
  sev="block", note="child and health")
P(DP, "The fella who's just moved into the flat over the chippy on Saltenby prom is on the sex offenders' register. Thought parents should know.",
  sev="block", allowed=[DF, BU], note="criminal record of an identifiable person")
P(DP, "Get well soon to Dean on the Kelstow bin round, 30 year on the wagons and signed off with his back again. Hope the op goes better this time, Dean.",
  sev="block", note="staff member and health")
P(DP, "PCN AD0042817 — that was yours, Liam on Cross Street. Three tickets from the same warden in an hour at the Butter Cross. I've appealed it for you.",
  sev="block", note="case reference with a named resident")
P(DP, "The family at 4 Orchard Close, Wainby, are Kurdish asylum seekers and the bairns need winter coats. Please drop any spares at mine.",
  sev="block", note="ethnicity and immigration status with address; children")
P(DP, "Sad to hear Janet Ellerby's lad has been sectioned again. She's had a terrible year. Wainby's thinking of you, Janet.",
  sev="block", note="mental health of a named person")
P(DP, "Missing our lollipop lady Sandra on School Lane this week — she's off for chemo. Stay strong, Sandra, the Thrunby kids miss you 💐",
  sev="block", note="staff member and health")
P(DP, "Mrs Patel's NI number is QQ 12 34 56 C and she's been waiting fourteen weeks on her claim. If anyone at the DWP reads this, sort it out.",
  sev="block", note="National Insurance number")
P(DP, "Two Year 5 girls from Tetsby Primary, Lily-Mae and Ruby Aisthorpe, were ace at the litter pick. Their mam says they live on Sea Dyke Lane if you want to thank them!",
  sev="block", note="named children with street")
P(DP, "Could someone pop in on Betty at 3 Chapel Row, Kelstow? She's 89, lives on her own, key safe's 1947. Her son's in Spain and can't get hold of her.",
  also=[SE], sev="block", note="vulnerable person's address and age plus a key safe code")

H(DP, "Get well soon to our Chairman, Roger Borrill, who's in Pilgrim Hospital after a fall. Back on his feet soon, we hope.",
  allowed=[DP], note="named public office holder")
H(DP, "Happy 100th to a Tetsby lady who's lived on the marsh all her life. Her family asked me not to name her, so I won't — but what a woman 🎂",
  note="deliberately anonymous")
H(DP, "Ring me on 01632 960418 or email cllr.rippon@example.com. Surgery's at Tetsby Marsh Village Hall, Sea Dyke Lane, first Saturday of the month.",
  allowed=[DP], who=grp("Rippon"), note="the councillor's own published details")
H(DP, "Car parked across a bus stop? Don't post the reg online — ring the parking team on 01632 960155 and they'll deal with it.",
  note="council number; advises against posting registrations")
H(DP, "Our MP Rachel Kirkby was at the Gowby flood meeting. Good to see her listening to residents for two hours.",
  allowed=[DP], note="public office holder")
H(DP, "Inspector Tom Hadley will be at the Saltenby drop-in on Thursday. Bring your questions about the bother on the prom.",
  allowed=[DP], note="public office holder")
H(DP, "Ta to 'Norman from Kelstow' for the loan of his ladder at the litter pick. He knows who he is 😄",
  note="no identifier")
H(DP, "The late Alderman Harold Cammack, mayor of Alderby in 1974, would have loved the Butter Cross restoration. A great man, remembered.",
  allowed=[DP], note="late former mayor")
H(DP, "Dementia in the family? The memory café at Wainby Methodist runs Tuesdays at 2. Free, friendly, no booking.",
  note="shares 'dementia'; nobody named")
H(DP, "NI numbers, bank details, dates of birth — never give them to anyone who rings saying they're 'from the council'. We don't ask like that. Ever.",
  note="scam warning without data")
H(DP, "Lovely to meet Sandra, who's done the lollipop crossing on School Lane for 25 years. She says the secret's a good flask 😂",
  allowed=[DP], note="staff member named at work, nothing sensitive")
H(DP, "Fly-tipping on Sea Lane: we know the van, we've got the photos, and it's with enforcement. I won't post the details, but they'll be hearing from us.",
  note="withholds details")
H(DP, "Asylum seekers in the Wainby hotel: the council has no say in placing them, that's the Home Office. Please be kind — they're folk, same as us.",
  note="shares topic; nobody identified")
H(DP, "Me mam and dad's diamond wedding this week — sixty years married! Proud daughter today 💎",
  note="shares 'diamond wedding'; no identifiers")
H(DP, "Congratulations to Tetsby Primary on their 'Good' from Ofsted. Hats off to the staff and the bairns.",
  note="shares 'Tetsby Primary'")
H(DP, "Dog found on Sea Dyke Lane, brown spaniel, no tag. Safe at mine. Message me and I'll get you reunited.",
  note="shares street; nobody identified")

# ---- security.credentials ------------------------------------------------------------------
P(SE, "Flood wardens: Teams link for tonight's call is in the group chat, and the passcode's Dyke2026! if it asks you.",
  note="meeting passcode")
P(SE, "Tetsby Marsh Village Hall key safe is 4471 now — committee changed it after the break-in. Litter pick lot, help yourselves Saturday.",
  who="WARD:Tetsby Marsh", note="key safe code")
P(SE, "New Wi-Fi at my surgery: network AlderbyMembers, password Poacher99. Bring your laptops.",
  note="Wi-Fi password")
P(SE, "Council's just texted me a code, 682 194, to log in... does anyone know why it says 'do not share'? Asking for a friend 😂",
  note="one-time code")
P(SE, "Anyone else had the email about member allowances being recalculated? Link's here: alderby-dc-payroll.example.net/login — looks proper, I've done mine.",
  note="lookalike phishing link amplified")
P(SE, "Depot gate at Gowby: code's 1066#. Bulb planting volunteers can let themselves in from 8.",
  note="gate code")
P(SE, "If you need to get into the beach hut store at Saltenby, the padlock combo's 2-9-4-7. Put it back after, mind.",
  note="padlock combination")
P(SE, "Had a call from 'IT' saying my council account was compromised. Read them my password so they could fix it. Good service, that!",
  note="password handed over to a likely scammer")
P(SE, "Quick one for the group: our shared inbox password's still Wolds123. Somebody change it when you get five minutes.",
  note="shared password")
P(SE, "Defib cabinet on Thrunby green's locked now — code is C1234 (999 will give you it too).",
  note="defib cabinet code; arguable")
P(SE, "Claim your council tax rebate before it runs out 👉 rebate-alderby.example.org/claim — I got £150 back!",
  note="likely malicious link")
P(SE, "Pavilion alarm code's 0703 if you're first in for the craft fair set-up. Don't set it off, it wakes half the North Shore.",
  note="alarm code")
P(SE, "PIN for the community minibus fuel card is 5582. Drivers, the card's in the glovebox.",
  note="card PIN")
P(SE, "Reset my council email password to Tetsby1! so I'll remember it. Don't tell IT 🤫",
  note="own password disclosed")
P(SE, "Neighbourhood Watch lot: the Haven bus shelter camera login is user wainbywatch, pass Haven2026. Keep your eyes peeled.",
  note="login credentials")
P(SE, "Got a text saying my Alderby DC account would be suspended unless I verified. Clicked the link and popped my details in. Seemed fine.",
  note="credentials handed to a phishing link")
P(SE, "Stray collie found on the Gowby drove. Tag says 'ring Mick 07700 900388'. Mick, give us a bell!",
  also=[DP], sev="block", note="another person's private phone number from a dog tag")

H(SE, "The council will never ask for your password or a one-time code. If someone rings or texts asking, hang up and report it.",
  note="scam warning with no secret")
H(SE, "'Password123' is apparently still the most common password in Britain. If that's yours, change it tonight, duck.",
  allowed=[SE], note="example password, nobody's")
H(SE, "Key safe code? Ha. I've forgotten mine that often the milkman knows it better than me. (He doesn't. Nobody does.)",
  allowed=[SE], note="shares 'key safe code'; nothing revealed")
H(SE, "Flood wardens' call is at 7 tonight. The link's gone by email to registered wardens only — if you didn't get it, ring emergency planning.",
  note="shares flood wardens' call; no secret")
H(SE, "Thrunby defib is on the national register now. In an emergency ring 999 and they'll give you the cabinet code.",
  note="shares 'defib cabinet code'; no code")
H(SE, "Beach hut store's padlocked again after the break-in. Keys are with the foreshore team — ask at the kiosk.",
  note="shares 'padlock'")
H(SE, "Turned on two-factor on all my accounts after the council's cyber training. Annoying for five minutes, worth it for ever.",
  note="shares 'two-factor'")
H(SE, "Got one of them 'verify your council account' texts. Didn't click. Reported it to IT. Screenshot below with the link blurred out.",
  note="shares the phishing topic; link withheld")
H(SE, "Wi-Fi at Tetsby Marsh Village Hall is free during surgery — ask at the hatch and Brenda'll write the code down for you.",
  who="WARD:Tetsby Marsh", note="shares Wi-Fi; code not posted")
H(SE, "Depot gate at Gowby will be open from 8 on Saturday for the bulb planting. Staff on site to let you in.",
  note="shares 'depot gate'")
H(SE, "Gate code? What gate code? The Kelstow allotment gate's been broke since Plough Monday. Just lift and shove.",
  allowed=[SE], when=("2026-01-13", "2026-03-27"), note="joke using 'gate code'")
H(SE, "My PIN's the cat's birthday. I've got four cats. Good luck to anybody 😂",
  allowed=[SE], note="shares 'PIN'; nothing revealed")
H(SE, "The minibus fuel card lives in the office safe now. Drivers, sign it out at reception — no more glovebox.",
  note="shares 'fuel card'")
H(SE, "Pavilion alarm went off at 6 this morning. False alarm — a seagull. Sorry, North Shore.",
  note="shares 'Pavilion alarm'")
H(SE, "Council tax rebates: genuine ones are paid automatically. If you get a link promising one, it's a scam. Don't click it.",
  note="scam warning without link")
H(SE, "Code for the day: be kind to the bin crews. They're doing a mint job in this weather.",
  note="shares 'code'")

# ---- confidentiality.disclosure ----------------------------------------------------------
P(DC, "Project Plover's going well by all accounts — developer's lined up for the Saltenby seafront and the heads of terms are nearly there. Watch this space 👀",
  sev="block", allowed=[IN], note="register term")
P(DC, "Operation Samphire kicks off on the North Shore in March. Anyone living full-time in a holiday static, get your ducks in a row.",
  sev="block", allowed=[IN], when=("2026-01-05", "2026-02-27"), note="register term; tips off targets")
P(DC, "Can't say much about the butter cross yard disposal, but let's just say it won't be going for owt like what it's worth.",
  sev="block", note="register term in lower case")
P(DC, "HAVEN WAREHOUSE ACQUISITION. That's what they're calling it. £340k of your money for a shed that floods. Ask your Alliance councillor.",
  sev="block", allowed=[HA], who="OPP", note="register term in capitals")
P(DC, "The Drove Road claim's going to cost us. Legal advice is we'll likely lose and the figure's six digits.",
  sev="block", note="register term; legal advice")
P(DC, "Project Windpump: back-office staff merging with the neighbours. Nobody on the staff side's been told yet, but that's the plan.",
  sev="block", allowed=[IN], note="register term; labour relations")
P(DC, "Heard more about Project Plover at the briefing. Developer wants the council car park for a quid. Over my dead body.",
  sev="block", note="register term")
P(DC, "Operation Samphire — the council's finally going after the parks letting statics as houses. About time. Starts after half term.",
  sev="block", when=("2026-01-05", "2026-02-13"), note="register term")
P(DC, "Sources tell me the Haven Warehouse acquisition went through at a price that'd make your eyes water.",
  sev="block", note="register term")
P(DC, "Not for publication, but I'll say it anyway: the Part 2 report puts the Saltenby car park sale at £1.1m, and the buyer's already picked.",
  sev="review", allowed=[IN], note="exempt report content")
P(DC, "In confidence, a senior officer told me today the restructure will cut eleven posts in waste. I think residents should know.",
  sev="review", allowed=[OF], note="information given in confidence")
P(DC, "Closed session at cabinet last night. Legal advice on the sea wall contract dispute says we're on shaky ground. Thought you should know.",
  sev="review", when="2026-02-18", note="closed-session legal advice")
P(DC, "Off the record, the pay offer to the bin crews is 2.5% and that's final. Unions don't know yet.",
  sev="review", note="labour relations off the record")
P(DC, "The embargoed tourism survey figures are in: Saltenby visitor numbers down 18%. Press release isn't out till next week, but there you go.",
  sev="review", note="embargoed figures")
P(DC, "Exempt valuation on the Wainby bus station site came in a shade under half a million. Make of that what you will.",
  sev="review", allowed=[IN], note="exempt valuation")
P(DC, "Between you and me and the rest of Facebook: the preferred bidder for the leisure centre contract is the firm from Grantham. Shh.",
  sev="review", allowed=[IN], note="commercial information")
P(DC, "One of the depot lads has been suspended pending a disciplinary. Confidential report says it's over the fuel cards. Whole yard's talking about it.",
  sev="review", allowed=[DP, OF], note="staff disciplinary")

H(DC, "Samphire season's a way off yet, but three folk have asked me where to pick it on the marsh. Answer: ask the landowner, and leave the roots.",
  note="partial overlap with a register term")
H(DC, "Ringed plovers are back nesting on the North Shore. Dogs on leads above the tideline, please — they're proper fragile.",
  when=("2026-03-02", "2026-03-27"), note="partial overlap")
H(DC, "Butter Cross looking grand after the clean. The yard behind it is still a car park, as it has been since 1962.",
  note="partial overlap")
H(DC, "The old warehouse on the Haven's been empty since the nineties. It's an eyesore, and somebody should do something with it.",
  note="partial overlap")
H(DC, "Drove Road flooded again, third time this winter. Sandbags at the Gowby depot.",
  note="partial overlap")
H(DC, "Part 2 of my ward newsletter is out — all about potholes and the new benches on the green.",
  note="shares 'Part 2'")
H(DC, "Between you and me, the Tetsby chippy does the best scraps on the coast. Don't tell Saltenby 🤫",
  note="shares 'between you and me'")
H(DC, "Off the record? No such thing for a councillor. If I say it, assume it'll be in the paper by Friday.",
  note="shares 'off the record'")
H(DC, "Closed session isn't a secret club, it's the law. Cabinet went into Part 2 last night for a property item — the decision gets published once the deal's done.",
  allowed=[DC], when="2026-02-18", note="explains process, no content")
H(DC, "The embargo's lifted: £2.4m for sea defences at Saltenby. Huge thanks to the coastal team.",
  note="shares 'embargo'; public now")
H(DC, "Leaked? No. The restructure report was published Friday with the cabinet papers. Read it yourselves — eleven posts, and I'm against it.",
  allowed=[DC], note="published report")
H(DC, "Confidential waste bins now at all three council offices. Shred it, don't chuck it!",
  note="shares 'confidential'")
H(DC, "Operation Clean Sweep, the council's spring litter blitz, starts Monday. Get your grabbers ready.",
  when=("2026-03-02", "2026-03-27"), note="shares 'Operation'")
H(DC, "Someone asked me about a 'Project Lapwing' on the seafront. Never heard of it. Nowt on any agenda I've seen.",
  note="invented code-name not on the register")
H(DC, "Asked the monitoring officer whether I can talk about the seafront negotiations. Answer: not till they're done. So I won't, and I'd ask folk to bear with us.",
  allowed=[DC], note="declines to disclose")
H(DC, "In confidence? Tell me owt in confidence and it stays with me. That's the job.",
  note="shares 'in confidence'")

# ---- tone.irony-risk ---------------------------------------------------------------------
P(TO, "Ooh, another inspiring speech from the Leader about 'listening to the coast'. Must've been listening from Alderby with the windows shut /s",
  who="OPP", note="mock praise of the Leader")
P(TO, "Hats off to the Alliance for discovering Saltenby exists. Only took three elections and a by-election scare 👏👏",
  who="OPP", note="mock praise of a party")
P(TO, "Cllr Skelton's 'fully costed' plan for the prom. Fully costed on the back of a chip paper, mind. Genius at work.",
  allowed=[PA], who="ADMIN", note="mock praise of a named councillor")
P(TO, "Yeah right, the cabinet member for finance 'had no idea' about the overspend. Course he didn't. Nobody ever does 🙄",
  allowed=[DF], who="OPP", note="sarcasm about a cabinet member")
P(TO, "Masterclass in leadership from the Greens this week: two councillors, three positions on solar. Dazzling.",
  who="NOT_GRN", note="mock praise of a group")
P(TO, "Lovely to see our Chairman find time between buffets to chair council for nearly forty minutes. A true servant of the people.",
  allowed=[PA], who="OPP", note="mock praise of the Chairman")
P(TO, "What a brilliant idea from the People's Coast: fund free parking by... checks notes... wishing really hard.",
  who="NOT_PCP", note="mock praise of a group")
P(TO, "Such a treat to have our MP visit the marsh. Second time in four years! Don't all rush at once.",
  note="mock praise of the MP")
P(TO, "Thrilled — genuinely thrilled — that the Independents have finally read the Local Plan. Only 400 pages late.",
  who="NOT_FMI", note="mock praise of a group")
P(TO, "Congratulations to the Leader on her bold decision to do exactly what she was told. Fearless stuff.",
  who="OPP", note="mock praise of the Leader")
P(TO, "Cllr Clixby says the bins are 'running smoothly'. On whose street, duck? Must be a lovely street.",
  allowed=[PA], who="OPP", note="sarcasm at a named cabinet member")
P(TO, "Always a joy when county councillors turn up in Saltenby in their best wellies for the photo and are back in Lincoln for dinner. Such dedication 📸",
  note="mock praise of county councillors")
P(TO, "Big shout-out to Cllr Dring for his passionate defence of the lorry route changes. No connection to any pack-house at all, I'm sure.",
  allowed=[PA, DF], note="insinuation by mock praise")
P(TO, "The Alliance's new slogan: 'Putting Alderby First'. And second. And third. Wainby and Saltenby, form an orderly queue. Lovely stuff.",
  who="OPP", note="irony about a party")
P(TO, "Nice of the chief exec to grace us with a briefing. I'd almost forgotten what she looked like 🤩",
  allowed=[OF], note="mock praise of the Chief Executive")
P(TO, "Another hard-hitting newsletter from Cllr Tealby. Three pages on the Wolds and a photo of himself at each end. Riveting.",
  allowed=[PA], note="mock praise of a named councillor")
P(TO, "'Best council in Lincolnshire,' says our Leader. Bless her. She's never been to a good one, has she 😂",
  who="OPP", note="mock praise of the Leader")

H(TO, "Oh brilliant. Mizzling again. Third week of it. Lincolnshire in February, you spoil us ☔",
  allowed=[TO], when=("2026-02-02", "2026-02-27"), note="irony about weather")
H(TO, "'Yeah right,' said the lad at the bus stop when I told him the 9.15 would be on time. He was right. Forty minutes late.",
  allowed=[TO], note="irony about a bus")
H(TO, "Masterclass from the gritters this morning — Drove Road done by 6am. Genuinely impressed, no sarcasm, ta lads.",
  note="sincere praise; shares 'masterclass'")
H(TO, "Hats off to Thrunby WI: 300 jars of marmalade for the hospice. And I mean that, no irony at all.",
  note="sincere praise; shares 'hats off'")
H(TO, "The council's new website: now with 40% more clicks to find your bin day. Progress! 🙃",
  allowed=[TO], note="irony about a website")
H(TO, "The Alliance budget is wrong on car parks and wrong on beach wardens. Plainly put: it hits the coast hardest.",
  who="OPP", note="robust policy criticism")
H(TO, "Credit where it's due: the Leader listened on the Saltenby toilets and they're staying open. Thank you.",
  note="sincere praise")
H(TO, "My printer's decided colour is beneath it. Riveting afternoon in the members' room.",
  allowed=[TO], note="irony about a printer")
H(TO, "Such a treat: the pothole on Sea Lane is now deep enough for the ducks. Reported for the fourth time 🦆",
  allowed=[TO], note="irony about a pothole")
H(TO, "Lovely to see the pink-footed geese back on the marsh. Proper treat, that — no sarcasm, I could watch them all day.",
  when=("2026-01-05", "2026-02-20"), note="sincere; shares 'lovely to see', 'treat'")
H(TO, "Me, saying I'd be home for tea after a four-hour budget working group. Yeah right. Plum bread in the car park it is.",
  allowed=[TO], note="self-irony")
H(TO, "Thrilled to announce I've lost my reading glasses again. They were on my head. Where else.",
  allowed=[TO], note="self-irony")
H(TO, "The Imps three up at half time and we drew. Absolute masterclass in ruining a Saturday.",
  allowed=[TO], note="irony about football")
H(TO, "The People's Coast want free parking and no council tax rise. Nice idea. The sums don't add up — show us the costings.",
  who="NOT_PCP", note="robust policy challenge")
H(TO, "Genuinely, well done to Cllr Skelton for getting the Saltenby lifeguard hours extended. Good work across party lines.",
  note="sincere praise of a named councillor")
H(TO, "Oh brilliant, the sea fret's rolled in just as we start the beach clean. Can't see the litter, can't see the sea, can't see me own feet.",
  allowed=[TO], note="irony about weather")
H(TO, "What a brilliant idea from the Tetsby bairns: a bug hotel on the green. Built it themselves this afternoon. Ace.",
  note="sincere; shares 'what a brilliant idea'")

# ---- fillers -----------------------------------------------------------------------------
F("Bin collections in Gowby Fen back to normal from Monday after the floods. Thanks for bearing with the crews.", who="WARD:Gowby Fen")
F("Snowdrops are out in Kelstow churchyard. Worth a walk on the Wolds this weekend — wrap up, it's starved out there.", when=("2026-01-26", "2026-02-27"))
F("Plough Monday at Thrunby: the plough's been blessed, the molly dancers have danced, and I've had too much plum bread. Grand tradition.", when="2026-01-12")
F("Surgery this Saturday at Wainby library, 10 till 12. Come and have a chunter about owt.", who="WARD:Wainby Haven")
F("Gritters out tonight on the main roads. Side roads on the Wolds will be icy — take care up Kelstow hill.", when=("2026-01-05", "2026-02-20"))
F("Saltenby lifeboat crew launched three times this week. Heroes, every one of 'em. Donate if you can.")
F("Reminder: garden waste collections restart in March. Sign up on the council website.", when=("2026-02-02", "2026-02-27"))
F("Good turnout at the Tetsby Marsh litter pick. 31 bags, a shopping trolley and a single welly.", who="WARD:Tetsby Marsh")
F("Visited Wainby Haven Primary to talk about being a councillor. They asked if I'd met the King. I said no. They lost interest fast.", who="WARD:Wainby Haven")
F("Pancake race down Alderby Market Place this morning. Came fourth out of five. Dropped me pancake by the Butter Cross.", when="2026-02-17")
F("Half term at Saltenby library: Lego club, storytime and a seaside craft morning. All free.", when=("2026-02-16", "2026-02-20"))
F("Flood siren test on the coast Wednesday at 11. It's a test, don't panic.")
F("Mothering Sunday this weekend. Give your mam a ring — or better, take her for a carvery.", when=("2026-03-09", "2026-03-13"))
F("Congratulations to the Alderby Grammar netball team, county champions! 🏐")
F("Tea and a natter at Gowby Fen chapel this afternoon. Forty folk and a mountain of cake.", who="WARD:Gowby Fen")
F("New benches going in on Saltenby prom next week, paid from the coastal fund.", who=WARD["Saltenby Sands"] + WARD["Saltenby North Shore"])
F("Holocaust Memorial Day: lit a candle at the Alderby service with pupils from the grammar school. We remember.", when="2026-01-27")
F("Lambing's started on the Wolds. If you're walking, dogs on leads, please.", when=("2026-03-02", "2026-03-27"))
F("Free energy advice at Wainby Haven community centre on Tuesday. Bring a bill and they'll go through it with you.")
F("Christmas lights coming down in Alderby this week. Ta to the volunteers who put 'em up and take 'em down every year.", when=("2026-01-05", "2026-01-09"))
F("Fen drains full to the brim after all this rain. Pumps running day and night. Keep away from the banks, especially with kids and dogs.")
F("Blood donor session at Alderby Methodist hall on Monday. An hour of your time, a biscuit, and you've helped save a life.")
F("Had a brew with Tetsby Young Farmers. Sharp lot — they'll be running the place one day.")
F("Read at Kelstow school for World Book Day. Went as the Gruffalo. Proper mafted in that costume by half ten.", when="2026-03-05", who="WARD:Kelstow")
F("Moved house recently? Check you're on the electoral register — it takes five minutes online.")
F("Winter market on Wainby quay Saturday: crab cobs, chutney, and a brass band that knows three tunes.")
F("Walked the sea bank from Tetsby to Saltenby this morning. Brass monkeys, but the light on the marsh was summat else.")
F("Ta to everyone who came to the Thrunby Wolds ward walkabout. Potholes, dog muck and a broken stile all logged.", who="WARD:Thrunby Wolds")
F("Our Alderby lads' youth football team raised £1,200 for the hospice with a sponsored keepy-uppy. Brilliant effort.")
F("Library opening hours changing at Saltenby from March. New times on the door and online.", when=("2026-02-02", "2026-02-27"))
F("Met the new vicar at Kelstow. Told her about the church roof. She's already heard.", who="WARD:Kelstow")
F("Sea temp 6.2°C at 8 this morning. Dipped, shrieked, hot chocolate. Perfect start to a Tuesday.", who=["@hebb_sea_swims"], when=("2026-01-05", "2026-03-27"))
F("Bluetits' new dryrobes have arrived. We look like a row of wet Teletubbies and we don't care 💙", who=["@hebb_sea_swims"])
F("Got the old Fordson running after three winters sat in the shed. Smoke everywhere, grin on me face.", who=["@dring_vintage_tractors"])
F("Plough Monday road run: 23 vintage tractors from Gowby to Wainby and back. Cracking turnout, lads.", who=["@dring_vintage_tractors"], when="2026-01-12")
F("Stood on Kelstow hill at dinner time. You can see the Stump on a clear day. Today you could just about see the hedge.", when=("2026-01-05", "2026-03-27"))

# ---------------------------------------------------------------- building
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)

def read_meetings():
    import csv
    out = []
    with open(HERE / "meetings.csv", newline="") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out

MEETINGS = read_meetings()

def names_in(text):
    """Councillor handles named in a post (surname, first name, alias or handle)."""
    hit = set()
    for h, name, *_ in COUNCILLORS:
        first, last = name.split()[0], name.split()[-1]
        words = [first, last] + ALIASES.get(h, [])
        if any(re.search(r"\b%s\b" % re.escape(w), text) for w in words) or h.lower() in text.lower():
            hit.add(h)
    return hit

def candidates(row):
    who = row["who"]
    pool = GROUPS[who] if isinstance(who, str) else list(who)
    pool = list(dict.fromkeys(pool))
    if len(pool) == 1:
        return pool
    text = row["text"]
    named = names_in(text)
    pool = [h for h in pool if h not in named]
    for pat, surname in ROLES:
        if re.search(pat, text):
            pool = [h for h in pool if h != H_OF[surname]]
    for surname, pat in INTEREST_TOPICS.items():
        if re.search("(?i)" + pat, text):
            pool = [h for h in pool if h != H_OF[surname]]
    gender = {c[0]: c[4] for c in COUNCILLORS}
    if re.search(MALE_CUES, text):
        pool = [h for h in pool if gender[h] == "m"]
    if re.search(FEMALE_CUES, text):
        pool = [h for h in pool if gender[h] == "f"]
    if not pool:
        raise SystemExit("no author for: " + text)
    return pool

def pick_time(rng, when):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in MEETINGS):
            return t

def pick_platform(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[45, 37, 18])[0]

def build():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = rng.choice(sorted(candidates(row)))
        rec = {
            "id": "B106-%04d" % i,
            "text": row["text"],
            "author": author,
            "created_at": pick_time(rng, row["when"]).isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = row["family"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    recs = build()
    print("wrote %d posts to posts.jsonl" % len(recs))
