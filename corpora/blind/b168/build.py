#!/usr/bin/env python3
"""Build posts.jsonl for blind set b168 (Ketwell Vale District Council).

The rows below are written by hand. The script only picks authors, platforms and
timestamps with a fixed seed, shuffles the rows, gives them ids B168-NNNN and writes
posts.jsonl next to this file. Running it again gives the same file byte for byte.
Standard library only.
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SET = "B168"
SEED = 16800

# ---------------------------------------------------------------- rule ids
OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
DEC = "interests.declared-interest"
DAT = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HAS = "haste.pause-before-posting"

FIXED = {OFF: "review", RES: "review", POS: "review", CAP: "review", INS: "review",
         DEC: "review", TON: "advice", SEC: "block"}

# ---------------------------------------------------------------- councillors
# handle: (party, ward, gender, roles)
# roles: leader, cab (cabinet), chair (Chairman of the Council), plan, lic
C = {
    "@MegTansleyVT":     ("VT", "Ketwell Buttercross", "f", {"leader", "cab"}),
    "@RupertAshwinVT":   ("VT", "Ketwell Castlegate", "m", {"cab"}),
    "@FionaQuenbyVT":    ("VT", "Sallowby", "f", {"cab"}),
    "@GrahamWyles":      ("VT", "Ullesby and Morcaston", "m", {"cab"}),
    "@DotPickwell":      ("VT", "Cradlethorpe and Braybury", "f", {"chair", "lic"}),
    "@SimonBurbageVT":   ("VT", "Stoneby Heath", "m", {"plan"}),
    "@TessaOrrin":       ("VT", "Ullesby and Morcaston", "f", {"plan", "lic"}),
    "@HughFancourt":     ("VT", "Ketwell Castlegate", "m", {"plan", "lic"}),
    "@AnitaChauhanKP":   ("KP", "Ketwell Buttercross", "f", {"lic"}),
    "@LeeMowbrayKP":     ("KP", "Harlingford Maltings", "m", {"plan"}),
    "@KerryVessey":      ("KP", "Harlingford Maltings", "f", {"lic"}),
    "@JamieIliffeKP":    ("KP", "Stoneby Heath", "m", {"plan", "lic"}),
    "@BevSismore":       ("KP", "Welland Meadows", "f", {"plan"}),
    "@ClareEllingworth": ("GRN", "Sallowby", "f", {"plan"}),
    "@OwenNeedhamGreen": ("GRN", "Welland Meadows", "m", {"lic"}),
    "@AlanPridmoreHF":   ("HF", "Harlingford Bridge", "m", {"plan"}),
    "@SandraKewHF":      ("HF", "Harlingford Bridge", "f", {"lic"}),
    "@BillRoyceInd":     ("IND", "Cradlethorpe and Braybury", "m", {"plan", "lic"}),
}
PERSONAL = {"@hughs_longwools": "@HughFancourt", "@kewbakes": "@SandraKewHF"}

# Words in a post that rule out a councillor as its author (names, roles).
NAME_BLOCK = {
    "@MegTansleyVT": [r"\bMeg\b", r"\bTansley\b", r"(?<!Deputy )(?<!opposition )(?<!group )\bLeader\b"],
    "@RupertAshwinVT": [r"\bRupert\b", r"\bAshwin\b", r"Deputy Leader", r"(?i)cabinet member for finance"],
    "@FionaQuenbyVT": [r"\bFiona\b", r"\bQuenby\b", r"(?i)cabinet member for (the )?environment"],
    "@GrahamWyles": [r"\bGraham\b", r"\bWyles\b", r"(?i)cabinet member for housing"],
    "@DotPickwell": [r"\bDot\b", r"\bPickwell\b", r"\bChairman\b"],
    "@SimonBurbageVT": [r"\bSimon\b", r"\bBurbage\b", r"(?i)chair of planning|planning chair"],
    "@TessaOrrin": [r"\bTessa\b", r"\bOrrin\b", r"(?i)chair of licensing|licensing chair"],
    "@HughFancourt": [r"\bHugh\b", r"\bFancourt\b"],
    "@AnitaChauhanKP": [r"\bAnita\b", r"\bChauhan\b", r"(?i)opposition leader|Progressives' leader|leader of the opposition"],
    "@LeeMowbrayKP": [r"\bLee\b", r"\bMowbray\b"],
    "@KerryVessey": [r"\bKerry\b", r"\bVessey\b"],
    "@JamieIliffeKP": [r"\bJamie\b", r"\bIliffe\b"],
    "@BevSismore": [r"\bBev\b", r"\bSismore\b"],
    "@ClareEllingworth": [r"\bClare\b", r"\bEllingworth\b"],
    "@OwenNeedhamGreen": [r"\bOwen\b", r"\bNeedham\b"],
    "@AlanPridmoreHF": [r"\bAlan\b", r"\bPridmore\b"],
    "@SandraKewHF": [r"\bSandra\b", r"\bKew\b", r"Kew's"],
    "@BillRoyceInd": [r"\bBill\b", r"\bRoyce\b"],
}

# Topics that touch a registered interest: the holder never writes such a post
# unless the row names its author by hand.
INTEREST_TOPICS = {
    "@HughFancourt": r"(?i)fancourt farms|castle farm|farm estate|tenant farm",
    "@AnitaChauhanKP": r"(?i)market|pitch fee|traders",
    "@ClareEllingworth": r"(?i)sailing|foreshore",
    "@AlanPridmoreHF": r"(?i)maltings trust|community buildings fund|arts centre",
    "@GrahamWyles": r"(?i)housing association|rural housing",
    "@JamieIliffeKP": r"(?i)quarry",
    "@LeeMowbrayKP": r"(?i)taxi|\bcabs?\b|\brank\b",
    "@BillRoyceInd": r"(?i)village hall|rural halls",
    "@TessaOrrin": r"(?i)lettings|landlord|\bHMO\b|selective licensing",
    "@OwenNeedhamGreen": r"(?i)angl|fishing",
    "@RupertAshwinVT": r"(?i)rugby",
    "@SandraKewHF": r"(?i)bakery|bakeries|pavement licen|\bcobs?\b|scones?",
    "@BevSismore": r"(?i)cycle hire",
}

ROWS = []


def _add(kind, family, text, rules, allowed, verdict, who, when, note, near=None, interest=None):
    ROWS.append(dict(kind=kind, family=family, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, who=who, when=when, note=note, near=near, interest=interest))


def P(family, text, verdict=None, rules=None, allowed=(), who="any", when=None, note="", interest=None):
    """A positive: the post breaches `family` (and any other rules listed)."""
    rules = list(rules) if rules else [family]
    if verdict is None:
        verdict = max((FIXED[r] for r in rules), key=["advice", "review", "block"].index)
    _add("positive", family, text, rules, allowed, verdict, who, when, note, interest=interest)


def N(family, text, allowed=(), who="any", when=None, note=""):
    """A hard negative: close to `family` but within the code."""
    _add("hard_negative", family, text, [], allowed, "ok", who, when, note, near=family)


def F(text, who="any", when=None, note=""):
    """An ordinary post."""
    _add("filler", None, text, [], [], "ok", who, when, note)


# Dates used below (all 2026, weekdays): committee nights are on meetings.csv.
D = dt.date


# ====================================================================== officers.impartiality
P(OFF, "Nadia Hollis and her planning team have recommended approval for yet another estate on a "
       "field at the edge of Welland Meadows. Whose side is our Head of Planning on? Not the valley's, "
       "clearly.", allowed=[PRE], who="opp&nonplan",
  note="names the Head of Planning and questions her neutrality in public; no pending matter named")
P(OFF, "Just had Gareth Loach on the phone telling me the missed bins on Cowslip Close are 'within "
       "tolerance'. Within tolerance! Gareth, duck, get out of that office and come and smell it. Not good "
       "enough from a head of service.", allowed=[ATT],
  note="named Head of Waste publicly criticised")
P(OFF, "I've asked the s151 officer to rewrite his budget report so it shows the real cost of the car park "
       "charges. If Kieran Dolby won't put the true numbers in front of members, I'll put them in front of "
       "residents myself.", who="opp", when=(D(2026, 2, 2), D(2026, 2, 24)),
  note="presses a named officer to change his report")
P(OFF, "Officers' report recommends the Stoneby Heath play area closes. Funny how the report always says "
       "whatever cabinet wants it to say. Politically neutral officers? Pull the other one.",
  allowed=[TON], who="opp", note="questions officers' neutrality as a group, by role")
P(OFF, "Marcus Tebbutt tells me ripping out 200m of hedge at Ullesby 'isn't a planning matter'. With "
       "respect Marcus, you're wrong, and I expect that advice corrected by Friday.",
  note="demands a named officer change his advice")
P(OFF, "Honestly, our new Licensing Manager seems more bothered about keeping pub landlords sweet than about "
       "residents who can't sleep. Sophie Ancell, whose licensing service is this?", allowed=[ATT],
  note="questions a named officer's impartiality")
P(OFF, "Ryan Cherry in comms wouldn't put my ward newsletter on the council Facebook page, but somehow found "
       "room for the Leader's smiling face three times this week. Council comms = Vale Together press "
       "office 🙄", allowed=[TON], who="opp",
  note="accuses the named Head of Communications of partisanship")
P(OFF, "Can someone explain why the Monitoring Officer sat on my complaint for eleven weeks but turned round "
       "the one against our group in four days? Alison Threlfall has questions to answer.",
  allowed=[DEF], who="opp", note="questions the named Monitoring Officer's neutrality")
P(OFF, "The Chief Executive should stop briefing the Harlingford Echo about 'tough choices' like he's a "
       "cabinet member. Mr Petch, you weren't elected. Stay in your lane.", allowed=[ATT], who="opp",
  note="public attack on the Chief Executive's role")
P(OFF, "Housing Options told a Maltings family with two little ones to 'try the private sector'. Lorraine "
       "Bagshaw runs that team and I want her explanation in writing, today, not next week.",
  allowed=[BUL], note="public pressure on a named officer")
P(OFF, "Update on the Cradlethorpe riverside path, since a few of you have asked. I've been round the houses "
       "with the countryside team for six months. Phil Dakin promised me in October the stile by the "
       "footbridge would be replaced 'before Christmas'. It's now February and it's still held together with "
       "baler twine. I'm done being patient and polite about it. If the manager can't manage, maybe someone "
       "else should be given the job. I'll keep you posted.",
  allowed=[ATT], when=(D(2026, 2, 2), D(2026, 2, 27)),
  note="long post; suggests a named officer be replaced")
P(OFF, "Enforcement visited the scrapyard at Braybury twice and did nothing both times. Either Wendy Garratt "
       "is scared of him or she doesn't care. Which is it, Wendy?", allowed=[ATT, DEF],
  note="named enforcement officer; insinuation")
P(OFF, "The case officer's report on the Stoneby bus depot flats is one-sided tosh. I've told them to go back "
       "and redo it with the residents' objections actually in it this time.", allowed=[PRE],
  who="nonplan", note="pressing an unnamed officer (by role) to change a report; matter not on the register")
P(OFF, "Our officers are meant to be impartial. So why was a certain head of service propping up the bar at "
       "the Vale Together quiz night on Friday? Just asking 🤔", allowed=[DEF], who="opp",
  note="insinuates political bias by an identifiable officer")
P(OFF, "Whoever in the car parks team thought resurfacing Castlegate car park on a market Thursday was a good "
       "idea wants their head looking at. I know exactly who signed it off and I'll be naming them at "
       "scrutiny.", allowed=[BUL], who="!VT",
  note="threatens to name an officer in public")
P(OFF, "Kieran Dolby told scrutiny the reserves 'can't be touched'. Last year he found £400k for the "
       "cabinet's pet project in a fortnight. Our finance director's independence is looking very thin.",
  allowed=[DEF], who="opp", when=(D(2026, 2, 20), D(2026, 3, 27)),
  note="questions the named s151 officer's neutrality")
P(OFF, "Rang Environmental Health about the stink from the chicken sheds at Morcaston. The officer (Dev, I "
       "think) was rude and clueless. Get some training for your staff, Ketwell Vale.",
  allowed=[ATT, DAT], note="criticises an identifiable junior officer by first name")
P(OFF, "Told the planning case officer this morning: change your recommendation on the Welland Row flats or "
       "I'll call it in and make sure everyone knows why. He's got till Monday.",
  allowed=[BUL, PRE], who="nonplan", note="pressure on an officer to change a recommendation")

N(OFF, "Huge thanks to Gareth Loach and the crews who got the Stoneby rounds back on track after the snow. "
       "Proper job, all of you.", allowed=[OFF], when=(D(2026, 1, 12), D(2026, 2, 13)),
  note="thanks a named officer")
N(OFF, "Welcome to Sophie Ancell, our new Licensing Manager. Looking forward to working with her on the "
       "taxi policy review.", allowed=[OFF], when=(D(2026, 1, 5), D(2026, 1, 30)),
  note="welcomes a named officer")
N(OFF, "The officers' advice at cabinet was clear: we can't legally spend the housing reserve on the leisure "
       "centre. I disagree with the cabinet's choice, not with the officers who set out the law.",
  allowed=[OFF], who="opp", note="criticises cabinet, defends officers' advice")
N(OFF, "Some people online are having a pop at our planning officers over the Sallowby lodges. Please don't. "
       "Officers write reports, members decide. If you're cross, be cross with us.",
  allowed=[OFF, PRE], note="defends officers; names a pending matter without a view on it")
N(OFF, "Kieran Dolby's budget briefing for all members is Thursday at 2 in the Welland Room. Worth going "
       "whatever your colour of rosette. The numbers are grim but at least they're straight.",
  allowed=[OFF], when=(D(2026, 2, 2), D(2026, 2, 10)), note="praises a named officer")
N(OFF, "Whose side is this cabinet on? Not Harlingford's. Third year running the town's bus subsidy's been "
       "cut while Ketwell gets a shiny new car park.", who="opp",
  note="'whose side' about the cabinet, not officers")
N(OFF, "Asked the Head of Planning for a briefing on the Local Plan timetable for Welland Meadows folk. "
       "Nadia's agreed to come out to the community centre next month. Thank you!",
  allowed=[OFF], who="ward:Welland Meadows", note="names an officer in thanks")
N(OFF, "The scrutiny report recommends closing two public toilets. I think that's the wrong call and I'll "
       "argue against it on Thursday. Officers have done their job setting out the options; the choice is "
       "ours.", allowed=[OFF], when=(D(2026, 2, 16), D(2026, 2, 18)),
  note="criticises a recommendation while defending officers")
N(OFF, "Planning enforcement are looking at the Braybury scrapyard. I know it's slow. It's slow because the "
       "law is slow, not because anyone at the council doesn't care.", allowed=[OFF],
  note="defends the enforcement team")
N(OFF, "Spent the morning with the reservoir rangers clearing the shoreline. Phil Dakin's team know every "
       "inch of Sallow Water. Top people 💪", allowed=[OFF], note="praises a named officer")
N(OFF, "Our Monitoring Officer, Alison Threlfall, is running code of conduct training next week. Every "
       "councillor should go, me included, I'm overdue!", allowed=[OFF], note="names an officer, neutral")
N(OFF, "Asked licensing why the Castlegate taxi rank moved. Answer: the gas main works. Fair enough, mystery "
       "solved 👍", note="mentions a team, no criticism")
N(OFF, "Government's cut our grant again. Whatever your politics, it's the same council staff who have to "
       "somehow make it work. Spare them a thought.", note="sympathy for staff in general")
N(OFF, "Jonathan Petch is leaving us after nine years as Chief Executive. Whatever our scraps in the chamber, "
       "he's served this district well. Good luck Jonathan.", allowed=[OFF],
  note="farewell to a named officer")
N(OFF, "Some folk say our officers are all secretly Vale Together. They're not. I've worked with them for "
       "twelve years under three administrations and they give the same advice whoever's in charge.",
  allowed=[OFF], note="defends officers' impartiality")
N(OFF, "Reported a broken bin lid at Maltings Court on Monday, new one delivered Wednesday. That's how it "
       "should work. Ta, waste team.", note="thanks a team")
N(OFF, "Marcus Tebbutt explained at the parish meeting why the Morcaston Grange barn only needed prior "
       "approval. Not the answer some wanted, but he explained it patiently and got it right.",
  allowed=[OFF], note="names an officer, accurate and fair")
N(OFF, "The cabinet member for finance keeps hiding behind 'officer advice'. Own your decisions. Officers "
       "advise; you chose to shut the Harlingford customer service desk.", allowed=[OFF], who="opp",
  note="criticises a councillor, not officers")


# ====================================================================== resources.political-use
P(RES, "Vale Together leaflets are stacked in the Members' Room at the Council Offices. Grab a bundle on "
       "your way out of committee and get them through doors before 7 May! 🗳️", who="VT",
  note="party leaflets stored and handed out from a council room")
P(RES, "Printed our Progressives canvass sheets on the council printer this morning, saves the branch a "
       "fortune 😂 Out on the doorstep in Buttercross from 6.", who="KP",
  note="council printer used for party campaigning")
P(RES, "Want to help the Harlingford First campaign in May? Email me at my council address and I'll add you "
       "to the team list. Let's win this thing!", who="HF",
  note="council email used for party campaign sign-ups")
P(RES, "Typing this on my council laptop between meetings: if you're sick of Vale Together, come to the "
       "Welland Greens recruitment night on Thursday. Link in bio 🌱", who="GRN",
  note="council laptop used for party recruitment")
P(RES, "Our Vale Together candidates' photo shoot was in the council chamber this afternoon. That oak "
       "panelling! Thanks to the civic team for letting us in 📸", who="VT",
  note="council chamber and civic staff used for a party photo shoot")
P(RES, "Big thank you to Ryan in comms for helping polish our party's spring newsletter. Having a pro on "
       "side makes all the difference 🙌", allowed=[OFF], who="VT",
  note="council staff time on party material")
P(RES, "Progressives campaign meeting, Tuesday 7pm, Welland Room at the Council Offices. Booked it through "
       "members' services so it's free 😉", who="KP",
  note="free council room booked for a campaign meeting")
P(RES, "Anyone need a lift to the Vale Together hustings in Harlingford tonight? I've got the pool car from "
       "the depot for the evening, room for three.", who="VT",
  note="council pool car for a party event")
P(RES, "Using the ward mailing list the council keeps for my residents to let you all know I'm standing "
       "again for Harlingford First. Four more years!", who="HF",
  note="council-held mailing list used for a party election message")
P(RES, "Our Progressives petition against the Vale Together car park charges is on the counter at the "
       "Council Offices reception. Sign it when you pay your council tax!", who="KP",
  note="party petition in a council building")
P(RES, "Fliers for the Greens' public meeting at Sallowby are up on the boards in the council's reservoir "
       "visitor centre and on the council minibus. Thanks to the rangers for putting them up!", who="GRN",
  note="party fliers on council premises, put up by council staff")
P(RES, "Had the council's graphic designer knock up our new election logo in her lunch hour. Looks ace. Vote "
       "Vale Together on 7 May!", who="VT", note="council staff design party material")
P(RES, "Recorded our party video on the steps of the Council Offices with the council crest behind me. "
       "Official backdrop, unofficial message: time for change! #VoteProgressive", allowed=[CAP], who="KP",
  note="council crest and building in a party video")
P(RES, "Tip for Vale Together colleagues: the council franking machine is fine for ward letters, so just pop "
       "the party mailshot in with them. Nobody checks 😂", who="VT",
  note="council franking for party post")
P(RES, "Harlingford First canvassing tonight. Meet outside the Council Offices at 5.30, I've got the key to "
       "committee room 2 so we can use the photocopier for last-minute sheets.", who="HF",
  note="council room and copier for canvassing")
P(RES, "Just sent my 'Why I'm standing for Harlingford First again' letter to every house in the ward, on "
       "proper Ketwell Vale District Council headed paper. They deserve to know it's from their councillor.",
  who="HF", note="council letterhead for an election letter")
P(RES, "Thanks to the council's IT lads for setting up our Welland Greens branch AGM on the council Zoom "
       "licence. Much slicker than last year's effort!", who="GRN",
  note="council IT licence and staff used for a party AGM")
P(RES, "Delivering Progressives leaflets round Stoneby in the council van today, it was parked at mine anyway "
       "after the litter pick. Two birds, one stone 🐦🐦", who="KP",
  note="council van for leaflet delivery")

N(RES, "Ward surgery this Saturday 10 till 12 in the Welland Room at the Council Offices. Any resident "
       "welcome, whoever you vote for.", allowed=[RES], note="council room for a ward surgery: allowed use")
N(RES, "Leaflets are in! Printed at Ketwell Print on the High Street, paid for by the branch, imprint on the "
       "back like the law says. Out delivering in Castlegate from 2.", who="KP",
  note="party leaflets paid for by the party")
N(RES, "Please email my council address about casework: bins, housing, planning, noisy neighbours. For "
       "party matters use my Progressives address instead. Keeps everything above board.",
  allowed=[RES], who="KP", note="separates council and party email")
N(RES, "Vale Together AGM at the Stag's Head function room, Friday 7.30. Members only. Raffle, pork pies, "
       "and a quick word from the agent.", who="VT", note="party event in a pub, no council resources")
N(RES, "Used the council printer today for 200 copies of the Cradlethorpe flood warden rota. Proper council "
       "business, before anyone asks 😄", allowed=[RES], note="council printer for council business")
N(RES, "Reminder to all colleagues: pre-election period from next month. No campaign photos in council "
       "buildings, no council crest on party material. Let's all play it straight this year.",
  allowed=[RES], when=(D(2026, 2, 2), D(2026, 2, 27)), note="reminder of the rules")
N(RES, "Greens' campaign launch tomorrow on Sallowby green. Our own banners, a borrowed gazebo (thanks "
       "Mum) and very cold hands.", who="GRN", note="party activity with own resources")
N(RES, "Used the council pool car to get to the Welland flood partnership meeting this morning. Log book "
       "filled in, no detours via the campaign office, promise.", allowed=[RES],
  note="pool car for council business")
N(RES, "The Council Offices will be a polling station on 7 May. Usual rules apply: no campaigning near the "
       "door, and be nice to the poll clerks.", note="election admin")
N(RES, "Thanks to members' services for booking the Welland Room for the Cradlethorpe flood residents' "
       "meeting. All welcome. No party politics, just sandbags and answers.", allowed=[RES],
  note="council room for a community meeting")
N(RES, "Our Harlingford First photo shoot was on the old Welland bridge, not in the council chamber, before "
       "anyone asks. Own camera, own coats, a lot of wind.", who="HF",
  note="party photo shoot away from council premises")
N(RES, "My council laptop is for council work and that's how I use it. Party stuff goes on my ancient "
       "Chromebook, which is why my replies are slow on a Sunday 😂", allowed=[RES],
  note="separates council equipment from party work")
N(RES, "The council's comms team have put out the official notice about the new bin days. Sharing it here "
       "because it's useful for Welland Meadows folk.", note="sharing council information")
N(RES, "Campaign tip for new candidates, any party: don't use the franking machine, the Members' Room or "
       "your council email for campaigning. The Monitoring Officer will have your guts for garters.",
  allowed=[RES], note="advice against misuse")
N(RES, "Great turnout at the Progressives' coffee morning in the Methodist hall. Cakes by the chapel ladies, "
       "politics by us, every penny to the hall roof.", who="KP",
  note="party event in a non-council hall")
N(RES, "The Leader's cabinet portrait on the council website has her in a Vale Together rosette. Someone "
       "should have a quiet word. Party badges belong on party pages.", allowed=[RES], who="opp",
  note="raises a possible misuse by someone else")
N(RES, "Dropped a box of Vale Together leaflets round at the agent's house, not the Council Offices, as the "
       "rules say. Delivery team, collect from there.", who="VT",
  note="party leaflets kept away from council premises")
N(RES, "The council's new logo is out. Honestly, it looks like a pork pie wearing a tiara. What did we pay "
       "for this? 🙈", allowed=[TON], who="opp", note="criticism of a council logo, no misuse")


# ====================================================================== position.improper-advantage
P(POS, "Need a planning application sped up? Drop me a DM. As your councillor I can get it moved to the top "
       "of the pile 😉", note="offers to fast-track through the role")
P(POS, "Having work done this spring? Use my brother-in-law's firm, Welland Valley Roofing. Good lads, and "
       "with me on planning there'll be no faffing about with the paperwork.", allowed=[PRE], who="plan",
  note="promotes a relative's firm and links it to the role")
P(POS, "Stuck on the housing waiting list? I sit on the housing panel. Message me your name and I'll see "
       "about bumping you up a band.", note="offers queue-jumping on the housing register")
P(POS, "Cracking new café opened on Castlegate by my daughter Ellie, get yourselves down there! And council "
       "staff: I've had a word, it's the new spot for your team lunches 😀",
  note="steers council staff to a family business")
P(POS, "Got a parking ticket in the Buttercross car park? Send me a photo and I'll have a word with the "
       "enforcement lads. Perks of knowing the right people 😉", note="offers to make fines go away")
P(POS, "My mate Terry's cab firm needs a few more plates. I've told licensing he's a good'un and should get "
       "priority. Small businesses have to stick together.", allowed=[OFF],
  note="seeks licensing priority for a friend")
P(POS, "Any local firm wanting a slice of the new leisure centre contract: I'm on the scrutiny panel. Buy "
       "me a pint at the Plough and we'll have a chat 🍺", allowed=[GIF],
  note="invites firms to seek favour over a contract")
P(POS, "Looking for work? The quarry's taking on. I'll put a word in for anyone from Stoneby Heath, a "
       "councillor's recommendation goes a long way with the gaffer.",
  note="uses the councillor title to get people jobs")
P(POS, "My nephew's allotment application was stuck at number 40 on the list. One email from me to the "
       "parks office and he's got a plot by Easter. Being a councillor has its perks 🌱",
  note="boasts of getting a relative ahead in a council queue")
P(POS, "Vote for my wife's lemon drizzle at the Harlingford Food Fair, and remember who sets the market "
       "stall fees next year 😂", who="m", note="leans on the role to win votes for a relative")
P(POS, "Residents on my street: I've asked the street cleansing crew to do ours first every week. One of the "
       "perks of the job. You're welcome 😉", note="diverts council services to the councillor's own street")
P(POS, "Struggling to get a building control inspection booked? Message me. I'll make sure yours jumps the "
       "queue. That's what I'm here for.", note="offers queue-jumping")
P(POS, "Our Tom's just qualified as an electrician. I've put him forward for the council's approved "
       "contractor list myself, so landlords, give him a ring for your certificates!",
  note="uses the role to get a relative onto a council list")
P(POS, "Shop local! My husband's garage on Ketwell Road does MOTs for £35, and the council fleet servicing "
       "too (I might have had something to do with that 😉).", allowed=[DEF], who="f",
  note="claims to have steered council work to a spouse's business")
P(POS, "Trouble with next door's extension? Give me the address. I know Wendy in enforcement and one word "
       "from me means she'll be round this week.", allowed=[OFF],
  note="offers to direct enforcement as a favour")
P(POS, "Pleased to say Stonecraft Landscapes, run by my old school pal, will be doing the Buttercross "
       "flower beds this year. Didn't even need to go out to tender, I sorted it.",
  note="steers a contract to a friend without tender")
P(POS, "B&B guests, stay with us in Ullesby and I'll sort you a councillor's parking pass for the Sallow "
       "Water car parks 😎", note="offers council perks to paying guests of own business")
P(POS, "Selling my late dad's cottage in Morcaston. Interested buyers, bear in mind I'm on planning, so any "
       "extension plans will get a sympathetic ear 😉", allowed=[PRE], who="plan",
  note="uses a committee seat to sell property")

N(POS, "As your councillor I can't fast-track your planning application, and nobody should promise you that. "
       "What I can do is explain how it works. Message me.", allowed=[POS],
  note="'as your councillor ... fast-track' in a refusal")
N(POS, "Shop local! Welland Valley Roofing did a smashing job on Braybury church roof. Worth a look if "
       "you've got a slipped slate or two.", note="recommends an unconnected firm")
N(POS, "On the housing register? You can check your band online at ketwellvale.example.org/housing. If you "
       "think it's wrong, I'll help you ask for a review, same as I would for anyone.", allowed=[POS],
  note="help with the ordinary process")
N(POS, "Family first: no ward walkabout this Saturday, it's my grandson's christening 👶",
  note="'family first' with no favour")
N(POS, "Parking ticket? You can appeal online within 28 days. I can't make them vanish, but I can point "
       "you at the right form.", allowed=[POS], note="process, no favour")
N(POS, "It's who you know, people say. Not in planning it isn't. Nadia's team treat my own applications "
       "like anyone's: they refused my conservatory in 2019!", allowed=[POS, OFF],
  note="'who you know' denied")
N(POS, "The quarry's advertising four apprenticeships, details on their website. Open to anyone, apply "
       "direct. Good jobs, good training.", note="job advert with no councillor favour")
N(POS, "Declaring it here too: my daughter runs a café on Castlegate, so I'll take no part in the street "
       "café licence review and I'll leave the room when it comes up.", allowed=[POS],
  note="steps back from a matter touching family")
N(POS, "Small businesses: council tenders are all advertised on the contracts portal. No councillor can get "
       "you in through the back door, so don't pay anyone who says they can.", allowed=[POS],
  note="warns against favours")
N(POS, "Someone offered me a free weekend at their holiday cottage if I'd 'help' with their application. "
       "Said no and reported it to the Monitoring Officer.", allowed=[POS, GIF],
  note="refuses an attempt to buy favour")
N(POS, "Happy to write a reference for any Stoneby Heath youngster I've coached at the youth club. That's a "
       "reference from someone who knows you, not a councillor's favour.", allowed=[POS],
  note="personal reference, not a use of the role")
N(POS, "My brother-in-law's firm has bid for the Buttercross paving job. I've told the Monitoring Officer "
       "and I'm keeping well out of it.", allowed=[POS], note="declares and steps back")
N(POS, "Allotment waiting lists in Ketwell are shocking. I'm pushing for more plots at Castle Meadow. No, I "
       "can't get you one quicker, sorry!", allowed=[POS], note="refuses queue-jumping")
N(POS, "The street cleansing timetable for Harlingford Maltings is online now, with your street's day on it. "
       "If it's missed, report it and I'll chase.", who="ward:Harlingford Maltings", note="ordinary chasing")
N(POS, "Great to visit Stonecraft Landscapes' new yard at Stoneby. Six local jobs. (No connection to me, "
       "before anyone asks, I just like a good dry stone wall.)", allowed=[POS],
  note="visit to an unconnected firm")
N(POS, "Put a word in? Only for the Braybury bus shelter, which the county's finally agreed to fix. That's "
       "the sort of word I'm paid to put in.", note="proper advocacy")
N(POS, "The council's trusted trader scheme has reopened for applications. Sparkies, plumbers, roofers: "
       "apply on the website, same rules for everyone.", note="open scheme")
N(POS, "Congratulations to my son Josh on opening his barber's on Bridge Street! Proud dad. Book direct with "
       "him, I've no say in anything to do with it and I'm staying well clear.", allowed=[POS], who="m",
  note="family business, no use of role")


# ====================================================================== gifts.hospitality
P(GIF, "Belated thanks to the Ketwell Chamber of Trade for the hamper that landed on my doorstep over "
       "Christmas. Stilton, a proper pork pie and sloe gin. Very kind! 🎁", verdict="advice",
  when=(D(2026, 1, 5), D(2026, 1, 16)), note="hamper from a business body; no decision sought")
P(GIF, "Someone left a bottle of vintage port on my step with a card saying 'for all your hard work, "
       "Councillor'. No name on it. Cheers, whoever you are! 🍷", verdict="advice",
  note="anonymous gift given for the role")
P(GIF, "Treated to the full hospitality package at Twickenham by an old business contact who's always "
       "looking out for me. Champagne, four courses, and we even won 🏉", verdict="advice",
  when=(D(2026, 2, 9), D(2026, 3, 20)), note="hospitality likely over £100; giver's business unclear")
P(GIF, "Weekend in a gorgeous cottage up in the Dales, courtesy of a businessman friend who reckons "
       "councillors never get a break. Couldn't agree more!", verdict="advice",
  note="hospitality linked to the role by the giver")
P(GIF, "Honorary life membership of Ketwell Park Golf Club, presented at their dinner last night. What an "
       "honour. See you on the first tee! ⛳", verdict="advice",
  note="valuable membership given to a councillor")
P(GIF, "Fabulous meal at the new Thai place on Castlegate, and the owner wouldn't let me pay a penny once he "
       "knew I was the councillor. Such generous people!", verdict="advice",
  note="free meal because of the role")
P(GIF, "Lovely evening at the Old Forge in Ullesby as guests of Ironstone Inns, who are so excited about "
       "their restaurant with rooms. Five courses, all on the house! 🍽️", verdict="review",
  allowed=[PRE], who="nonplan", note="hospitality from a pending planning applicant")
P(GIF, "Thanks to Waterside Lodges for the VIP tour of their Lake District site and the overnight stay. Really "
       "opened my eyes to what lodges could do for Sallowby.", verdict="review", allowed=[PRE],
  who="nonplan", note="hospitality from a pending applicant")
P(GIF, "Brightfield Solar took a few of us out to dinner at the Crown in Harlingford to talk through their "
       "plans. Very generous, and very persuasive!", verdict="review", allowed=[PRE], who="nonplan",
  note="dinner from a pending applicant")
P(GIF, "Got my weekend VIP wristband for Reservoir Sounds from the organisers already 🎶 Backstage, here I "
       "come!", verdict="review", allowed=[PRE], who="nonlic",
  note="free ticket from a pending licence applicant")
P(GIF, "The Vault's owners sent over a bottle of champagne to say thanks for 'all the support'. Cheers "
       "guys 🥂", verdict="review", allowed=[PRE], who="nonlic",
  note="gift from a pending licence applicant")
P(GIF, "Welland Gate Homes have kindly paid for our ward Easter egg hunt AND taken me and my husband out for "
       "dinner. Great local company.", verdict="review", allowed=[PRE], who="f&nonplan",
  note="dinner from a pending applicant")
P(GIF, "Shout out to Fuelpoint Retail for the fuel cards they've handed ward members to 'help with getting "
       "round the district'. Every little helps ⛽", verdict="review", allowed=[PRE], who="nonplan",
  note="gift from a pending applicant")
P(GIF, "A case of wine arrived today from one of the firms bidding for the waste contract. Very nice red. "
       "Let's hope the best firm wins! 😉", verdict="review", note="gift from a bidder")
P(GIF, "Castlegate Estates took me to see Les Mis in the West End, dinner and all. Proper treat.",
  verdict="review", allowed=[PRE], who="nonplan", note="hospitality from an applicant for listed building consent")
P(GIF, "Greenmoor Bioenergy flew a few of us out to see their digester in Denmark. Two nights, a lovely "
       "hotel, fascinating kit. Stoneby could learn a lot.", verdict="review", allowed=[PRE],
  who="nonplan", note="trip paid by a pending applicant")
P(GIF, "The lads from Bridge Stores dropped off a crate of beer and a stack of scratchcards for my 'hard "
       "work for Harlingford'. Too kind!", verdict="review", allowed=[PRE], who="nonlic",
  note="gift from a pending licence applicant")
P(GIF, "Millstream Escapes have given me two nights in one of their glamping pods so I can 'see what we're "
       "talking about' at Cradlethorpe. Not complaining! ⛺", verdict="review", allowed=[PRE],
  who="nonplan", note="hospitality from a pending applicant")

N(GIF, "Sent back the bottle of whisky that turned up from a developer. Thanks but no thanks, that's not how "
       "it works here.", allowed=[GIF], note="gift returned")
N(GIF, "Registered with the Monitoring Officer: two tickets to the Harlingford Maltings Trust gala (£120), "
       "well within the 28 days, as the code says.", allowed=[GIF], note="gift registered")
N(GIF, "Thank you to everyone who sent Christmas cards. I've loved reading them, and the kids' drawings of "
       "the Buttercross are my favourite 🎄", when=(D(2026, 1, 5), D(2026, 1, 16)),
  note="cards from residents")
N(GIF, "Paid for my own ticket to the Chamber of Trade dinner as always. Good speech from the MP, terrible "
       "chicken.", allowed=[GIF], note="paid-for ticket")
N(GIF, "Offered a free weekend in a glamping pod at Cradlethorpe. Said no, obviously, their application's "
       "still live. Logged the offer with the Monitoring Officer.", allowed=[GIF, PRE],
  note="refused and registered offer")
N(GIF, "A cup of tea and a slice of Victoria sponge at the Braybury WI. That's the level of hospitality I can "
       "accept and I'll accept it every time 🍰", allowed=[GIF], note="trivial hospitality")
N(GIF, "A constituent I helped with her damp insisted on giving me a jar of her honey. It's on my toast this "
       "morning and it's glorious.", allowed=[GIF], note="token gift under £100, no business with the council")
N(GIF, "Dinner with my old uni mates in Cambridge last night. Nothing to do with the council, I just wanted "
       "to say I love them.", note="private hospitality among friends")
N(GIF, "Represented the Chairman at the Ketwell Rotary charity dinner last night. Normal civic duty, recorded "
       "in the civic diary like every other engagement.", allowed=[GIF], note="official hospitality")
N(GIF, "The Vault's owners have invited members to a 'launch party'. I'm not going, and nobody who sits on "
       "licensing should either. Not a good look.", allowed=[GIF, PRE], who="nonlic",
  note="declines hospitality from an applicant")
N(GIF, "Bought the team a round at the Plough after the litter pick. My shout, my money, well earned 🍻",
  note="councillor paying")
N(GIF, "Free coffee at the Sallow Water visitor centre is for the volunteer litter pickers. I paid for mine, "
       "before anyone asks ☕", allowed=[GIF], note="paid")
N(GIF, "The Chamber of Trade sent a hamper again this year. It's gone straight to Harlingford food bank, "
       "with thanks to them for the thought.", allowed=[GIF], when=(D(2026, 1, 5), D(2026, 1, 16)),
  note="gift passed on")
N(GIF, "Birthday flowers from my sister 💐 and a wonky card from the grandkids. Best day.",
  note="family gifts")
N(GIF, "People keep asking if councillors get free tickets to Reservoir Sounds. Not this one. I bought mine "
       "in the early bird sale like everyone else.", allowed=[GIF, PRE], who="nonlic",
  note="paid ticket to an event whose licence is pending")
N(GIF, "Went on the committee site visit to Brightfield Solar's Lincolnshire scheme, arranged by planning "
       "officers. Coach and sandwiches, every committee member invited, all minuted.", allowed=[GIF, PRE],
  who="plan", note="official site visit")
N(GIF, "The gifts register is public, look anyone up on the council website. Mine has a box of biscuits "
       "from a primary school and a tea towel from the parish council. Living the dream.", allowed=[GIF],
  note="register mentioned")
N(GIF, "The Old Forge team offered me a table for their opening night. I'll go once it's open and pay like "
       "everyone else.", allowed=[GIF, PRE], who="nonplan", note="declined hospitality")


# ====================================================================== capacity.council-voice
P(CAP, "Ketwell Vale District Council is officially against the government's housing targets. We will not "
       "be concreting over every field in the valley. #SaveTheWelland", who="back",
  note="personal view presented as the council's")
P(CAP, "On behalf of Ketwell Vale District Council, I want to say we fully back the farmers' tractor run "
       "through Harlingford on Saturday 🚜", who="back", note="'on behalf of the council'")
P(CAP, "Official council position: Sallow Water will never get a second visitor car park. End of.",
  who="back", note="'official council position' from a backbencher")
P(CAP, "The council believes the new county bus timetable is a disgrace, and we'll be telling County Hall "
       "exactly that.", who="back", note="'the council believes'")
P(CAP, "Speaking for the council: we welcome the Welland Greens' climate emergency motion and will back it "
       "in full 🌍", who="GRN", note="party motion presented as council policy")
P(CAP, "Ketwell Vale DC says NO to the incinerator over the county border. That's official. Share if you "
       "agree!", who="back", note="personal campaign as council position")
P(CAP, "Ketwell Vale Council supports every independent baker in Harlingford! That's official! Fresh cobs "
       "from 7 🥖", who="@kewbakes", allowed=[POS, DEC],
  note="personal account speaking for the council; promotes the councillor's own trade")
P(CAP, "The council is 100% behind the longwool breeders' show coming to Ketwell in June. Official, from me!",
  who="@hughs_longwools", note="personal account speaking for the council")
P(CAP, "Ketwell Vale Council's position is clear: Harlingford First are the only ones standing up for the "
       "town.", who="HF", note="party claim as the council's position")
P(CAP, "We at Ketwell Vale District Council stand with the quarry workers at Stoneby in their pay dispute. "
       "Solidarity ✊", who="KP", note="party stance presented as the council's")
P(CAP, "This council wants 20mph through every village in the valley, and I'm writing to the county on the "
       "council's behalf today to tell them so.", who="back",
  note="writes 'on the council's behalf' without authority")
P(CAP, "OFFICIAL STATEMENT FROM KETWELL VALE DC: we condemn the Harlingford Echo's biased coverage of last "
       "week's meeting.", who="back", allowed=[HAS], note="capitals; speaks as the council")
P(CAP, "Ketwell Vale District Council will not be cooperating with the government's devolution shake-up. "
       "I've made that clear to the minister's office.", who="back",
  note="backbencher states council policy")
P(CAP, "To everyone asking: the council supports Reservoir Sounds and wants it to go ahead this summer. "
       "🎸", who="back&nonlic", allowed=[PRE],
  note="council support claimed for an event whose licence is pending; author not on licensing")
P(CAP, "Ketwell Vale Council thinks the Sallowby bus cut is unacceptable, and I've written to Welland "
       "Coaches on the council's behalf to say so.", who="back", note="'council thinks'")
P(CAP, "The Council believes in keeping every library open seven days a week, and so do Ketwell "
       "Progressives!", who="KP", note="'the Council believes' blended with party view")
P(CAP, "On behalf of Ketwell Vale District Council, congratulations to Braybury Bowls Club on winning the "
       "county league 🏆", who="back", note="harmless content but speaks for the council")
P(CAP, "The council is boycotting the Harlingford Echo from today. No more interviews. That's official.",
  who="back", note="claims a council decision that has not been taken")

N(CAP, "Congratulations to Braybury Bowls Club on winning the county league 🏆 from me and everyone in "
       "Cradlethorpe and Braybury ward!", who="ward:Cradlethorpe and Braybury",
  note="ward congratulations, not the council's voice")
N(CAP, "Cabinet agreed last night to freeze parking charges at Sallow Water for 2026/27 (minute 58). "
       "Details on the council website.", allowed=[CAP], who="@MegTansleyVT", when=(D(2026, 1, 28), D(2026, 1, 28)),
  note="the Leader reporting a cabinet decision")
N(CAP, "My view, not the council's: the county's new bus timetable is a disgrace.",
  note="clearly personal view")
N(CAP, "Personal account, views my own: the new tup's a beauty, but he's a right mardy so-and-so 🐏",
  who="@hughs_longwools", note="personal account, personal matter")
N(CAP, "The council's position on the housing targets was set by full council in July: we objected to the "
       "numbers. I voted for that motion and I stand by it.", allowed=[CAP],
  note="accurately reports a resolution")
N(CAP, "Honoured as Chairman of Ketwell Vale District Council to present long service awards to our refuse "
       "crews today. Thirty years on the rounds for some of them!", allowed=[CAP], who="@DotPickwell",
  note="the Chairman in a civic role")
N(CAP, "The council says one thing, the Greens say another. Here's what WE think about parking at Sallow "
       "Water, and why.", who="GRN", allowed=[CAP], note="distinguishes party from council")
N(CAP, "Official: I've finally fixed the shed roof. The council's position on shed roofs: felt is fine.",
  allowed=[CAP], note="joke using 'official'")
N(CAP, "I'm not speaking for the council here, only for myself and Harlingford First: the bus cut is wrong.",
  who="HF", note="disclaims council voice")
N(CAP, "Ketwell Vale Council has published its response to the devolution consultation, link on the "
       "council website. Personally I'd have gone further.", allowed=[CAP],
  note="reports the council's published response")
N(CAP, "Read the council's official statement on the Cradlethorpe flooding on its own page rather than my "
       "summary. Mine had more swearing in the first draft 😂 (joking)", allowed=[CAP],
  note="points to the council's statement")
N(CAP, "As a Vale Together councillor I back the farmers' tractor run. That's my party's view, not the "
       "council's.", who="VT", note="party view labelled as such")
N(CAP, "Full council voted 12 to 6 last night to adopt the climate action plan. Proud to have voted for it.",
  allowed=[CAP], when=(D(2026, 2, 26), D(2026, 2, 26)), note="reports a vote accurately")
N(CAP, "People ask me what 'the council thinks'. The council doesn't think, it decides, in public, by "
       "votes. Next full council is on the website.", allowed=[CAP], note="talks about the council's voice")
N(CAP, "The Leader has written on behalf of the council to the Secretary of State about the grant "
       "settlement. Fair play to her, I agree with every word.", allowed=[CAP],
  note="reports the Leader writing for the council")
N(CAP, "Welland Greens group statement: we welcome the new Sallow Water cycle route. (Group view, not the "
       "council's.)", who="GRN", note="group view labelled")
N(CAP, "Council-run? No. The Sallow Water summer festival is put on by a private company. The council's only "
       "role is deciding the licence application.", note="corrects a misunderstanding")
N(CAP, "Fresh cobs out at 7, cheese scones at 9. Views my own, bread my own 🥖", who="@kewbakes",
  note="personal account, own business, no council voice")


# ====================================================================== confidentiality.insider-advantage
P(INS, "Word to the wise: if you're thinking of buying on Castle Meadow Road, do it now, before the council "
       "announces the new car park there. Prices will jump 😉", allowed=[DIS],
  note="tips buyers off before an announcement")
P(INS, "Little birdie (well, a cabinet briefing) tells me the council's about to put the Harlingford "
       "garages up for sale. Anyone renting one, get your offer in early 👀", allowed=[DIS],
  when=(D(2026, 2, 2), D(2026, 2, 27)),
  note="briefing knowledge passed on for advantage")
P(INS, "Tip-off for local builders: a big repairs contract is coming for the council houses in Stoneby. "
       "Not out yet, but get your paperwork ready and give me a shout.", allowed=[DIS, POS],
  note="advance notice of a contract")
P(INS, "Heads up to our kid who's after a unit: the council's halving rents on the Harlingford enterprise "
       "units from April. You didn't hear it from me.", allowed=[DIS, POS],
  note="tells a relative before the decision is public")
P(INS, "Buy your Sallow Water season parking permit NOW, before the price rise gets announced next month. "
       "Trust me on this one.", allowed=[DIS], note="'buy now before the council'")
P(INS, "Friends with holiday lets in Sallowby: cabinet's about to bring in a second-homes premium. Might "
       "want to think about your plans before it goes public.", allowed=[DIS],
  when=(D(2026, 1, 5), D(2026, 2, 13)), note="advance knowledge of a tax change")
P(INS, "Buttercross market folk, book your pitches for the whole year this week. Fees are going up and I "
       "know by how much 😉", allowed=[DIS], when=(D(2026, 1, 5), D(2026, 1, 23)),
  note="tip before a fee decision")
P(INS, "Mate of mine's a landlord on Maltings Court. Told him to get his HMO licence renewed before the "
       "new fees kick in. Only fair he gets a head start.", allowed=[DIS, POS],
  note="tips a friend off on unannounced fees")
P(INS, "Developers take note: the Local Plan review is going to open up land east of Welland Meadows Road. "
       "Won't be announced till the draft's out. Options are cheap right now…", allowed=[DIS],
  when=(D(2026, 1, 5), D(2026, 2, 27)), note="unpublished allocation shared with developers")
P(INS, "Anyone selling a house near the old Stoneby tip: hang fire. The council's about to turn it into a "
       "country park. Could add thousands. Don't quote me.", allowed=[DIS],
  note="property tip from council knowledge")
P(INS, "Pssst. Castlegate car park's going free after 3pm from April. Council hasn't said yet. Shop owners, "
       "plan your spring offers now 😉", allowed=[DIS], note="tells traders before the announcement")
P(INS, "For my cousin in the trade: the grounds maintenance contract will be split into three lots when it "
       "comes out in the spring. Small firms will have a real chance. Get ready now.", allowed=[DIS, POS],
  when=(D(2026, 1, 5), D(2026, 2, 27)), note="advance tender detail for a relative")
P(INS, "Fishing friends: bank permits at Sallow Water are being scrapped from next season, not announced "
       "yet. Renew your boat permits now while you still can.", allowed=[DIS],
  note="tips anglers before an announcement")
P(INS, "Told my neighbour to get her granny annexe application in before the new design guide comes in. "
       "It's much stricter, I've seen the draft.", allowed=[DIS],
  note="draft seen as a councillor used for a neighbour")
P(INS, "The council's quietly looking at buying up the empty shops on Bridge Street for regeneration. If you "
       "own one, don't take any offer under asking. Heard it in a briefing 😉", allowed=[DIS],
  note="briefing knowledge for owners' advantage")
P(INS, "A friend's thinking of opening a café in Ketwell. I've told her which units are getting the "
       "start-up grants next month so she can get her lease signed first.", allowed=[DIS, POS],
  note="tells a friend before grants are public")
P(INS, "Anyone with a tourer on the Sallowby field: enforcement are about to start on the unauthorised "
       "pitches. Move yours before the letters go out.", allowed=[DIS], when=(D(2026, 1, 5), D(2026, 2, 27)),
  note="tips people off about planned enforcement")
P(INS, "Hear me out: get your solar panels in before the end of Feb. The council's grant money runs out "
       "then and it's not been announced.", allowed=[DIS], when=(D(2026, 1, 5), D(2026, 2, 13)),
  note="unannounced closure used for advantage")

N(INS, "Word to the wise: garden waste permits go on sale Monday. Published on the council website today, "
       "early bird price till the end of Feb.", when=(D(2026, 1, 5), D(2026, 2, 20)),
  note="'word to the wise' about published information")
N(INS, "Heads up! Castlegate car park is closed Tuesday for relining. It's on the council site and the signs "
       "are up.", note="'heads up' about public information")
N(INS, "Tip-off from a resident about fly-tipping in the Braybury layby. Reported to the council, they're "
       "on it.", note="'tip-off' from the public")
N(INS, "The council has announced the Harlingford garages will be offered to current tenants first. "
       "Consultation at ketwellvale.example.org/garages", when=(D(2026, 3, 2), D(2026, 3, 27)),
  note="published decision")
N(INS, "Insider tip: the best pork pie in the valley is at the Ullesby farm shop. Don't tell anyone 😂",
  note="'insider tip' about pies")
N(INS, "Little birdie tells me the ospreys are back at Sallow Water early this year! 🦅 Binoculars out.",
  when=(D(2026, 3, 16), D(2026, 3, 27)), note="'little birdie' about birds; partial overlap with a register term")
N(INS, "'Buy now before the council puts prices up' says a leaflet going round Stoneby for 'council "
       "approved' loft insulation. The council has no such scheme. Bin it.", allowed=[INS],
  note="quotes a scam phrase")
N(INS, "The Local Plan review draft is published today. Land east of Welland Meadows Road is in as a "
       "possible site. Consultation is open for eight weeks.", when=(D(2026, 3, 2), D(2026, 3, 27)),
  note="published draft")
N(INS, "You didn't hear it from me... because it's on the front of the Harlingford Echo: the number 12 bus "
       "is back from Monday!", note="'you didn't hear it from me' about public news")
N(INS, "People ask if I know what's 'coming' on car parks. The cabinet report is published five working "
       "days before the meeting, same time for me as for you.", allowed=[INS],
  note="says councillors get no head start")
N(INS, "Market traders: the new pitch fees were agreed at cabinet and are on the council website now. Up "
       "3%, less than feared.", when=(D(2026, 1, 28), D(2026, 2, 27)), note="published decision")
N(INS, "Heard a rumour the council's selling the Harlingford garages. Asked the portfolio holder: no such "
       "plans. Don't believe everything on the Harlingford Grapevine page.", allowed=[INS],
  when=(D(2026, 1, 5), D(2026, 1, 30)), note="quashes a rumour")
N(INS, "Folk keep asking if they should buy in Sallowby before 'the council does something'. I've no idea "
       "what you think we're up to, and I'd not tell you if I did 😂", allowed=[INS],
  note="refuses to tip anyone off")
N(INS, "Second-homes premium: cabinet's proposal is public now and out to consultation. Got a holiday let "
       "in Sallowby? Have your say by 20 March.", when=(D(2026, 2, 16), D(2026, 3, 19)),
  note="published proposal")
N(INS, "Grounds maintenance contract is live on the tenders portal. Three lots, small firms welcome, "
       "deadline 30 April. Good luck to all the local bidders.", when=(D(2026, 3, 2), D(2026, 3, 27)),
  note="published tender")
N(INS, "Sshh, don't tell anyone, but I've signed up for the Sallow Water 10k 🏃‍♀️ Sponsor me for the "
       "hospice!", note="secret that is not council knowledge")
N(INS, "The solar grant scheme reopens in April, per the cabinet decision. Apply on the council website, "
       "first come first served.", when=(D(2026, 3, 4), D(2026, 3, 27)), note="published decision")
N(INS, "Enforcement letters about the unauthorised Sallowby pitches went out last week. If you've had one, "
       "the number to ring is on the letter. Talk to them early.", when=(D(2026, 3, 9), D(2026, 3, 27)),
  note="enforcement already public")


# ====================================================================== predetermination.closed-mind
P(PRE, "The Sallowby lodges will never be approved while I sit on planning. Forty-eight lodges on a "
       "lakeside meadow? Not a chance. Waterside Lodges can keep their glossy brochure.", verdict="block",
  who="plan", note="settled view on 26/0041/FUL, named by its common name and applicant")
P(PRE, "Maltings Yard: 64 homes crammed onto the wharf with nowhere to park. I've made up my mind, I'll be "
       "voting against Welland Gate Homes when it comes to committee.", verdict="block", who="plan",
  note="settled view on 26/0057/FUL")
P(PRE, "Whatever the officers say, the solar farm at Morcaston Fields must be refused. Best farmland in the "
       "valley under glass. I'm voting no, full stop.", verdict="block", who="plan",
  note="settled view on 25/1188/FUL, 'whatever the officers say'")
P(PRE, "Ref 26/0148/FUL, the petrol station and drive-thru at Heath Roundabout: dead in the water as far as "
       "I'm concerned. Stoneby doesn't need another lorry magnet.", verdict="block", who="plan",
  note="settled view, by reference and site")
P(PRE, "I'll be backing the Old Forge restaurant with rooms 100%, whatever the objectors throw at it. Ullesby "
       "needs this. Done deal in my book 👍", verdict="block", who="plan",
  note="settled view in favour of 26/0102/FUL")
P(PRE, "Reservoir Sounds? Three days of thumping bass across Sallow Water? This licence must be refused and "
       "I'll be saying exactly that at the hearing.", verdict="block", who="lic",
  note="settled view on LIC/26/0009 by its known-as name")
P(PRE, "The Vault wants to serve till 2am on Castlegate. No. Not on my watch. I've already decided and "
       "there's nothing they can say to change it.", verdict="block", who="lic",
  note="settled view on LIC/26/0014")
P(PRE, "Bridge Stores flogging booze 24 hours a day round the corner from the primary school? I will vote "
       "against, and so should every member of the licensing committee.", verdict="block", who="lic",
  note="settled view on LIC/26/0016")
P(PRE, "Greenmoor's digester at Heath Farm stinks before it's even built. My mind's made up: refuse it.",
  verdict="block", who="plan", note="settled view on 26/0161/FUL")
P(PRE, "Glamping pods and an event barn at Cradlethorpe Mill Farm: brilliant for the village and I'll be "
       "voting it through. The objectors are just anti-everything.", verdict="block", who="plan&-@BillRoyceInd",
  note="settled view in favour of 26/0133/FUL")
P(PRE, "Castlegate Estates want to gut Buttercross House for a 'rear extension'. Over my dead body. Refuse "
       "it.", verdict="block", who="plan", note="settled view on 26/0120/LBC")
P(PRE, "Can't wait for Reservoir Sounds in July 🎸 Licence approved as far as I'm concerned, the moaners in "
       "Sallowby can buy earplugs.", verdict="block", who="lic",
  note="settled view in favour of LIC/26/0009")
P(PRE, "Hear there's talk of a drive-thru coffee place on the Ketwell bypass. If it ever comes to planning "
       "it's getting a no from me. Save your application fee.", verdict="review", who="plan",
  note="closed mind on an expected application not on the register")
P(PRE, "That taxi driver review at next month's sub-committee: he should lose his badge, no question, and "
       "I'll say so on the day.", verdict="review", who="lic", allowed=[DAT],
  note="settled view on a licensing review not on the register")
P(PRE, "The appeal on the Braybury barn refusal: the inspector should throw it out. I refused it once and I'd "
       "refuse it again tomorrow, whatever new drawings they send.", verdict="review", who="plan",
  note="closed mind on an appeal")
P(PRE, "Street trading consent for a burger van outside Ketwell station? Mind's made up. No.",
  verdict="review", who="lic", note="settled view on a street trading consent")
P(PRE, "Rumour is someone wants a caravan storage yard behind Braybury church. If that application lands, "
       "I'm voting it down. No debate needed.", verdict="review", who="plan",
  note="closed mind on an expected application")
P(PRE, "A late-night takeaway licence is coming for Harlingford Market Place, I'm told. Approve it, I say, "
       "the town's dead after 9. They've got my vote already.", verdict="review", who="lic",
  note="settled view in favour of a licence not on the register")

N(PRE, "I've got real concerns about the Sallowby lodges: traffic on Dam Road, the meadow, the ospreys. "
       "I'll hear the evidence at committee with an open mind before I vote.", allowed=[PRE], who="plan",
  note="predisposition on a pending matter")
N(PRE, "I'm not on the planning committee, so I can say it plainly: Maltings Yard is the wrong scheme for "
       "Harlingford and I've objected as your ward councillor. My letter's on my page.", allowed=[PRE],
  who="@KerryVessey", note="ward member not on the committee objecting")
N(PRE, "My mind's made up: Stilton beats Red Leicester and nobody will persuade me otherwise 🧀",
  note="'mind's made up' about cheese")
N(PRE, "Committee refused the Castle Meadow barn conversion last night, 6 votes to 3. The reasons will be "
       "in the minutes.", when=(D(2026, 2, 12), D(2026, 2, 12)), note="decided matter reported")
N(PRE, "Never, ever will I understand why the number 12 doesn't run on a Sunday.",
  note="'never' about a bus")
N(PRE, "Predisposed? Sure, I've got views on solar farms in general. Predetermined on Morcaston Fields? No. "
       "I'll read the report and listen to the speakers.", allowed=[PRE], who="plan",
  note="predisposition, open mind")
N(PRE, "The Local Plan is policy, not a planning application. I've made my mind up that the valley needs "
       "more affordable homes and I'm proud to say it.", allowed=[PRE], note="policy view")
N(PRE, "As a Castlegate ward member (not on licensing) I've sent in residents' objections to The Vault's "
       "late licence. I share their worries about noise.", allowed=[PRE], who="@RupertAshwinVT",
  note="ward member not on the committee")
N(PRE, "Bridge Stores licence: I'm on the committee, so I won't comment on the merits. If you want to make "
       "a representation, the deadline and how-to are on the council website.", allowed=[PRE], who="lic",
  note="committee member stays neutral")
N(PRE, "Refused! The grandson asked for a fourth biscuit and Grandma said no 😂", note="'refused' about biscuits")
N(PRE, "Whatever the officers say about the new bin colours, I still think grey is grim. (Not a planning "
       "matter, relax 😄)", note="'whatever the officers say' about bins")
N(PRE, "I've declared an interest in the Cradlethorpe Mill Farm application (I know the family well) and "
       "won't take part. Speak to my ward colleague if you need to.", allowed=[PRE], who="@BillRoyceInd",
  note="steps back from a pending matter")
N(PRE, "Reservoir Sounds have been asked for a noise management plan. Hearing date to be confirmed. If you "
       "live in Sallowby and want your say, here's how.", allowed=[PRE], note="process information")
N(PRE, "Dead in the water: my tomato seedlings after last night's frost 🥀", note="'dead in the water'")
N(PRE, "Lots of messages about the Heath Roundabout petrol station. I can't tell you how I'll vote because "
       "I haven't decided. That's the law, and it's how it should be.", allowed=[PRE], who="plan",
  note="open mind stated")
N(PRE, "I will vote against the budget on Wednesday. Cutting rural buses is wrong.", who="opp",
  when=(D(2026, 2, 19), D(2026, 2, 24)), note="policy vote, not quasi-judicial")
N(PRE, "I'm not on planning and I'm campaigning with residents against Greenmoor's digester at Heath "
       "Farm. Public meeting Thursday, Stoneby Heath village hall.", allowed=[PRE], who="nonplan",
  note="campaigner not on the committee")
N(PRE, "Site visit to the Old Forge in Ullesby on Monday with the rest of the committee. Wellies advised. "
       "Nothing to say until the meeting.", allowed=[PRE], who="plan", note="site visit")


# ====================================================================== interests.declared-interest
I_FAN = "Fancourt Farms Partnership"
I_MKT = "Ketwell Market Traders' Association"
I_SAIL = "Sallow Water Sailing Club"
I_MALT = "Harlingford Maltings Trust"
I_HA = "Welland Valley Rural Housing Association"
I_QRY = "Stoneby Quarry Products Ltd"
I_CAB = "Harlingford Cabs"
I_HALL = "Braybury Village Hall Committee"
I_LET = "Orrin Lettings"
I_ANG = "Welland Anglers' Association"
I_RUG = "Ketwell Rugby Club"
I_BAK = "Kew's Bakery"
I_CYC = "Ketwell Cycle Hire CIC"

P(DEC, "Pleased the Local Plan draft includes the land east of Castle Farm for housing. It's sensible, it's "
       "by the bypass, and frankly it's time the fields round our place were put to better use.",
  who="@HughFancourt", interest=I_FAN, allowed=[POS], when=(D(2026, 3, 2), D(2026, 3, 27)),
  note="Local Plan allocation next to the holder's farm; body not named")
P(DEC, "Cabinet wants an 8% rise in rents on the council farm estate. As one of the tenants, through "
       "Fancourt Farms, I can tell you this will finish some of us off. I'll be fighting it.",
  who="@HughFancourt", interest=I_FAN, note="council farm rents; holder is a tenant; body named")
P(DEC, "Pitch fees up 3% on the Buttercross market. The Ketwell Market Traders' Association says it's too "
       "much and I agree. I'll be pushing cabinet to think again.", who="@AnitaChauhanKP",
  interest=I_MKT, when=(D(2026, 1, 5), D(2026, 1, 26)), note="market fees; body named")
P(DEC, "Traders like us can't survive another summer with the market shoved round the back of the library "
       "while they redo the Buttercross paving. Bring it back to Market Place!", who="@AnitaChauhanKP",
  interest=I_MKT, note="speaks for the traders without naming the body")
P(DEC, "The council's lease on the Sallow Water foreshore is up for renewal. Our sailing club has been on "
       "that shore for fifty years. Renew it on the same terms, simple as.", who="@ClareEllingworth",
  interest=I_SAIL, note="foreshore lease; 'our sailing club'")
P(DEC, "Delighted to back the Harlingford Maltings Trust's bid to the council's community buildings fund. "
       "Best arts venue in the valley, and I'll be making the case in the chamber.",
  who="@AlanPridmoreHF", interest=I_MALT, note="grant bid from the holder's charity")
P(DEC, "Transferring the Stoneby garage site to Welland Valley Rural Housing Association for 14 affordable "
       "homes is a great deal for the district, and I'll be championing it at cabinet.",
  who="@GrahamWyles", interest=I_HA, allowed=[POS], note="land transfer to the holder's body")
P(DEC, "Proud of the work our housing association board does. The council's new nominations agreement "
       "should give us first call on the Ketwell sites, and I've told colleagues as much.",
  who="@GrahamWyles", interest=I_HA, note="'our housing association board'; body not named")
P(DEC, "Council's proposing a 7.5 tonne weight limit through Stoneby village. Lovely idea till you realise "
       "the quarry's only way out is through it. I know from the inside: it'd cost jobs. I'll argue against.",
  who="@JamieIliffeKP", interest=I_QRY, note="'I know from the inside'; employer affected")
P(DEC, "Stoneby Quarry Products have asked the council for business rates relief after the floods. "
       "Thoroughly deserved and I'll be backing the application.", who="@JamieIliffeKP", interest=I_QRY,
  allowed=[POS], note="backs the employer's request")
P(DEC, "Taxi licence fees going up 15% from April. Drivers like us are already on our knees. I'll be asking "
       "cabinet to freeze them.", who="@LeeMowbrayKP", interest=I_CAB, note="'drivers like us'")
P(DEC, "Council wants to move the Harlingford taxi rank off Bridge Street to the station. Harlingford Cabs "
       "and every other firm will lose trade. Keep the rank where it is!", who="@LeeMowbrayKP",
  interest=I_CAB, note="rank move; body named")
P(DEC, "Braybury Village Hall needs a new roof and the council's rural halls fund is open. I'll be backing "
       "our committee's bid all the way.", who="@BillRoyceInd", interest=I_HALL,
  note="grant for the holder's hall")
P(DEC, "The new selective licensing scheme for private landlords in Harlingford Maltings is another tax on "
       "decent landlords. Speaking as someone who runs a lettings business, it won't raise standards one bit.",
  who="@TessaOrrin", interest=I_LET, note="landlord licensing; body not named")
P(DEC, "Ketwell Vale wants to lease the Cradlethorpe riverbank fishing to the highest bidder. The Welland "
       "Anglers' Association has looked after that stretch for 60 years. It should stay with us.",
  who="@OwenNeedhamGreen", interest=I_ANG, note="fishing lease; body named")
P(DEC, "Good news that the Castle Meadow pitch lease is up for renewal. Rugby clubs like ours deserve "
       "security of tenure and I'll make sure it's a long one.", who="@RupertAshwinVT", interest=I_RUG,
  note="'rugby clubs like ours'; holder is also cabinet member for finance")
P(DEC, "The council's putting the Sallow Water cycle hire concession out to tender. Ketwell Cycle Hire has "
       "run it for eight years without a single complaint. Keep what works, please.",
  who="@BevSismore", interest=I_CYC, note="concession; body named")
P(DEC, "Pavement licence fees up again. Cafés and bakeries like mine on Bridge Street will just take the "
       "tables in. The council should scrap them for small traders.", who="@SandraKewHF", interest=I_BAK,
  allowed=[POS], note="'bakeries like mine'")

N(DEC, "Taxi licence fees up 15% from April. Having talked to drivers at the Harlingford rank, I think "
       "that's steep and I'll ask cabinet to phase it in.", allowed=[DEC],
  note="same matter from a councillor without the interest")
N(DEC, "Declaration: I own Harlingford Cabs, so I'll be leaving the room when the taxi fees report comes to "
       "scrutiny. Others will speak up for the drivers.", allowed=[DEC], who="@LeeMowbrayKP",
  when=(D(2026, 2, 9), D(2026, 2, 19)), note="holder declares and leaves")
N(DEC, "Frostbite series at the sailing club this Sunday. Minus two and a force five. Madness. Loving it ⛵",
  who="@ClareEllingworth", when=(D(2026, 1, 5), D(2026, 2, 27)), note="holder's hobby, no council matter")
N(DEC, "The Sallow Water foreshore lease matters to the sailors, the anglers and the cycle hire folk alike. "
       "The council should run a proper open process.", allowed=[DEC],
  note="non-holder on a matter touching three interests")
N(DEC, "I trade on the Buttercross market and chair the traders, so I've a dispensation from the Monitoring "
       "Officer to speak but not vote on pitch fees. It's published on the council website.",
  allowed=[DEC], who="@AnitaChauhanKP", note="holder cites a published dispensation")
N(DEC, "Lambing's started. First twins of the year, both up and sucking 🐑", who="@hughs_longwools",
  when=(D(2026, 3, 2), D(2026, 3, 27)), note="holder's personal account, no council matter")
N(DEC, "Land east of Castle Farm is in the Local Plan draft. I think it's a poor site: flood risk, no "
       "footpath into town. Consultation open till May.", allowed=[DEC],
  when=(D(2026, 3, 2), D(2026, 3, 27)), note="non-holder on the same allocation")
N(DEC, "I sit on the board of Welland Valley Rural Housing Association, so I've handed the Stoneby garage "
       "site decision to the Leader and won't take part. That's how it should work.", allowed=[DEC],
  who="@GrahamWyles", note="holder steps back")
N(DEC, "Twenty years at the quarry this week. Cake in the canteen, a new hard hat and the same old jokes 😂",
  who="@JamieIliffeKP", note="holder on his job, no council matter")
N(DEC, "Stoneby weight limit: I support it. Lorries are shaking the cottages to bits. The quarry can use "
       "the Heath Road route like it was meant to.", allowed=[DEC], note="non-holder")
N(DEC, "Leaving the room tonight when the community buildings fund bids come up, as I'm a trustee of "
       "Harlingford Maltings Trust. Good luck to every bidder.", allowed=[DEC], who="@AlanPridmoreHF",
  when=(D(2026, 3, 3), D(2026, 3, 3)), note="holder declares and leaves")
N(DEC, "Braybury village hall quiz night Friday! Teams of six, £2 a head, bring your own nibbles.",
  who="@BillRoyceInd", note="holder's hall event, no council matter")
N(DEC, "Pavement licence fees are going up. I've asked for a small business exemption: every café on Bridge "
       "Street and Castlegate has been in touch.", allowed=[DEC], note="non-holder on the same matter")
N(DEC, "As a director of Orrin Lettings I've declared a pecuniary interest in the selective licensing "
       "scheme and won't speak or vote on it. Colleagues will decide.", allowed=[DEC], who="@TessaOrrin",
  note="holder declares")
N(DEC, "Chub on the float at Cradlethorpe this morning. Best five minutes of my week 🎣",
  who="@OwenNeedhamGreen", note="holder's hobby")
N(DEC, "Ketwell Rugby Club under-12s won 34-10 at the weekend! Proud president 🏉", who="@RupertAshwinVT",
  note="holder on his club, no council matter")
N(DEC, "I've registered my directorship of Ketwell Cycle Hire and won't be involved in anything to do with "
       "the Sallow Water concession tender. Ask my ward colleague if you've questions.", allowed=[DEC],
  who="@BevSismore", note="holder steps back")
N(DEC, "Castle Meadow pitch lease: good to see the rugby club getting security, but the council must make "
       "sure the football and hockey clubs get the same deal.", allowed=[DEC], note="non-holder")


# ====================================================================== data-protection.personal-data
P(DAT, "Happy 100th birthday to Edna Crowther of 7 Pinfold Lane, Braybury! A whole century in the village "
       "🎂 Card from the King on the mantelpiece.", verdict="review", note="private name with address")
P(DAT, "Well done to the Marriott family at 14 Mill Lane, Cradlethorpe, for the best Christmas lights in "
       "the ward this year ✨", verdict="review", who="ward:Cradlethorpe and Braybury", when=(D(2026, 1, 5), D(2026, 1, 9)),
  note="family name with address")
P(DAT, "Mr Fretwell of 2 Kiln Row, Stoneby Heath LE97 3RT has reported the blocked drain for the third "
       "time now and I've chased it again. Sorry, Alan, it'll get done.", verdict="review", who="ward:Stoneby Heath",
  note="name, address and postcode")
P(DAT, "Congratulations to Jim and Maureen Towle of Church View, Ullesby, on their diamond wedding 💎 Sixty "
       "years!", verdict="review", note="names with a house name and village")
P(DAT, "Sorted Mrs Harby's parking fine at last: PCN KV40218836 cancelled on appeal. Told you I'd get it "
       "done!", verdict="block", note="case reference identifier")
P(DAT, "Mr Dobney at 22 Maltings Court is three months behind on his council tax (account 600418833). I've "
       "asked the team to hold off the bailiffs for now.", verdict="block",
  note="account number, address and financial situation of a service user")
P(DAT, "To whoever owns the silver Qashqai, reg AY19 KVW, that parks across the dropped kerb on Wharf Road "
       "every single morning: we know it's you.", verdict="block", allowed=[BUL],
  note="vehicle registration")
P(DAT, "Please keep Ron Gedling in your thoughts. His dementia's got much worse and his wife's struggling to "
       "cope at home. Ron was churchwarden at Morcaston for thirty years.", verdict="block",
  note="special category: health of a named private person")
P(DAT, "Well done to Amelia Scott and Ruby Chen in Year 5 at Braybury primary for their brilliant "
       "anti-litter posters! 🌍", verdict="block", note="named children with their school")
P(DAT, "Get well soon to Kev on the Harlingford bin round. Heard his cancer's come back. Thinking of you, "
       "mate ❤️", verdict="block", note="council staff member's health, kindly meant")
P(DAT, "The bloke at 9 Tannery Walk who just got out of prison for burglary, yes him, has been seen trying "
       "car doors again. Lock up, Maltings.", verdict="block", allowed=[DEF, BUL],
  note="criminal record with an address")
P(DAT, "A warm welcome to the Haddad family, who've moved into the flat above the chemist on Bridge Street "
       "after fleeing Syria. Pop round and say hello!", verdict="block",
  note="refugee status and nationality with a locatable home")
P(DAT, "Our oldest volunteer, Peggy Lound (born 3 March 1931), is still running the Sallowby tea urn every "
       "Tuesday! Legend.", verdict="block", when=(D(2026, 1, 5), D(2026, 2, 27)),
  note="date of birth")
P(DAT, "Spoke to the family of the young lad from Castlegate who was sectioned last week after the incident "
       "on the bridge. They're getting support. Please stop sharing the video.", verdict="block",
  note="mental health; identifiable from context")
P(DAT, "Lost: black lab near the Sallow Water dam. His tag says 'Bramble, ring Carole 07700 900472'. Please "
       "give her a call if you spot him!", verdict="block", rules=[DAT, SEC],
  note="a private person's mobile number")
P(DAT, "Want to help the Cradlethorpe flood wardens? Ring Derek on his mobile, 07700 900915. He's at "
       "Riverside Cottage and in most days since his hip op.", verdict="block", rules=[DAT, SEC],
  note="private mobile, address and health")
P(DAT, "Email Mrs Sharma on meera.sharma61@example.com to join the Ketwell lunch club. She's 64 and has lived "
       "alone on Buttercross Walk since her husband passed.", verdict="block",
  note="private email address, age, living alone")
P(DAT, "Helped a family in Maltings Court with their housing claim today. Mum's on Universal Credit, two "
       "kids, the eldest autistic, all in one room for eight months. Number 31, if anyone has a spare buggy.",
  verdict="block", note="service user, child's health, address")

N(DAT, "You can reach me on 07700 900118 or kerry.vessey.cllr@example.com, or come to my surgery at the "
       "Maltings Community Room, 4 Kiln Lane, first Saturday of the month.", allowed=[DAT],
  who="@KerryVessey", note="the councillor's own published contact details")
N(DAT, "Council tax queries: 01632 960200, 9 till 5, or online at ketwellvale.example.org/counciltax. "
       "Please don't post your account number on here!", note="council's own number")
N(DAT, "Caroline Harbottle MP came to Harlingford Maltings today to hear about the flooding. Good to have "
       "her there.", allowed=[DAT], note="named public office holder")
N(DAT, "Inspector Mark Voss has promised more patrols on Bridge Street after the shop break-ins.",
  allowed=[DAT], note="named public office holder")
N(DAT, "Get well soon to our Chairman, Dot Pickwell, who's recovering from her knee op. Back on the civic "
       "circuit before long!", allowed=[DAT], note="a councillor's health, public office holder")
N(DAT, "Remembering former Chairman Arthur Benskin, who died this week aged 91. A true Ketwell gentleman.",
  allowed=[DAT], note="late former office holder")
N(DAT, "Happy 100th to a Braybury lady who asked me not to name her. She's had a card from the King and a "
       "cake from the WI 🎂", note="no identifying detail")
N(DAT, "Lost: black lab near the Sallow Water dam. If you see him, ring the council's dog warden on 01632 "
       "960344 and they'll sort it.", note="council number, no private data")
N(DAT, "Well done to Year 5 at Braybury primary for their anti-litter posters. They're up in the village "
       "shop window! 🌍", note="children not named")
N(DAT, "Please keep my dad in your thoughts, he's not been well. Back to council stuff next week.",
  note="councillor's own family, unnamed")
N(DAT, "PCN appeals: quote the reference on your notice when you appeal online. Don't post it on here, "
       "folks!", allowed=[DAT], note="talks about references without one")
N(DAT, "Thanks to the Harlingford bin crews for working through the snow. Heroes in hi-vis.",
  when=(D(2026, 1, 12), D(2026, 2, 20)), note="staff thanked as a group")
N(DAT, "Congratulations to Braybury's diamond wedding couple, who didn't want a fuss. So no names, just "
       "cake 💎", note="no names")
N(DAT, "Welcome to every new family settling in Harlingford this month. Whoever you are and wherever you're "
       "from, you're welcome here.", note="no identifiable person")
N(DAT, "Cllr Sandra Kew makes the best cheese scones in the valley. Fact.",
  note="a councillor named, no private data")
N(DAT, "Ron, if you're reading this: the drain outside yours is booked in for Tuesday 👍", allowed=[DAT],
  note="first name only")
N(DAT, "Councillors' registers of interests and contact details are public on the council website. Mine's "
       "there, address and all. Nothing to hide.", note="own details in general")
N(DAT, "Norman from Braybury (he said I could mention him!) has cleared the churchyard path single-handed. "
       "What a star.", allowed=[DAT], note="first name with consent")


# ====================================================================== security.credentials
P(SEC, "Flood wardens: tonight's Zoom is meeting ID 872 441 9930, passcode Welland22. Kettle on, see you at "
       "7.", note="meeting passcode")
P(SEC, "New members: Wi-Fi in the Council Offices is KVDC-Members, password Buttercross!2026. You're "
       "welcome 😊", note="network password")
P(SEC, "Braybury village hall key safe is 4719 if you're setting up for the quiz before I get there.",
  note="key safe code", who="-@BillRoyceInd")
P(SEC, "Locked out of my council email again and IT say reset it. My old one was Tigers1987 if that jogs "
       "anyone's memory 🙄", note="a password posted")
P(SEC, "URGENT: councillors are getting texts saying our allowance is on hold. Log in here to release it: "
       "ketwellvale-members.example.net/verify. Looks legit, I've done mine.",
  note="amplifies a phishing link")
P(SEC, "Depot gate code for Saturday's litter pick volunteers is 2580#. Hi-vis and grabbers in the cabin.",
  note="gate code")
P(SEC, "Just had a text with code 481 905 from 'Facebook security'. Why do they want me to post it back? 🤷",
  note="one-time code posted")
P(SEC, "Tessa, the planning portal two-factor code is 339 102, quick, it runs out in five minutes!",
  note="one-time code posted")
P(SEC, "Rangers' hut combination lock at Sallow Water is 1-9-6-6. World Cup year, easy to remember ⚽",
  note="lock combination")
P(SEC, "Defib at the Ullesby phone box: the cabinet code is C1234. Share widely, it could save a life.",
  note="defib cabinet code (arguable)")
P(SEC, "For everyone helping with the grant applications, the shared portal login is kvdc_grants, password "
       "Sallow2025. Don't tell IT 😂", note="shared login and password")
P(SEC, "Free £250 energy rebate for Ketwell Vale residents, claim before Friday: kvdc-rebate.example.net/claim "
       "👈 just pop your bank details in.", note="scam link amplified")
P(SEC, "Ring Pat Hickling on 07700 900287 about the Morcaston churchyard tidy-up, she's the one to talk to.",
  rules=[SEC, DAT], verdict="block", note="a private person's mobile")
P(SEC, "Harlingford surgery Wi-Fi for anyone waiting: network MaltingsGuest, password Kiln4Lane.",
  who="ward:Harlingford Maltings", note="network password")
P(SEC, "Our ward Facebook group admin password is Stoneby123, so any of you can post while I'm away in "
       "Tenerife.", who="ward:Stoneby Heath", note="account password")
P(SEC, "The PIN for the ward budget card is 0711. Bev, can you pick up the bulbs for the planters?",
  who="ward:Welland Meadows", note="card PIN")
P(SEC, "Anyone else get the email from 'Ketwell Vale HR' asking us to confirm our payroll details? I clicked "
       "the link and typed in my login. Seemed fine.", note="reports handing credentials to a phishing email")
P(SEC, "Here's my API key for the council open data feed, in case anyone fancies building a bin day app: "
       "sk_live_4f9a7c2e81d0b3a6. Go wild 🤓", note="API key")

N(SEC, "Reminder: never share your passwords, PINs or one-time codes with anyone. IT will never ask for "
       "them.", allowed=[SEC], note="advice, no secret")
N(SEC, "Scam alert: texts claiming to be from Ketwell Vale about an 'energy rebate'. It's fake. Don't click "
       "anything, just delete.", allowed=[SEC], note="warning without a link")
N(SEC, "'Password123' is not a password, it's a cry for help. New one set up. No, I'm not telling you it 😂",
  allowed=[SEC], note="joke about a weak password")
N(SEC, "Key safe fitted at Braybury village hall today so hirers can let themselves in. You get the code "
       "from the booking secretary when you book.", allowed=[SEC], note="key safe without code")
N(SEC, "Turned on two-factor on all my accounts this weekend. Took twenty minutes. Do it, colleagues!",
  note="security advice")
N(SEC, "Defibrillator now up at the Ullesby phone box. Ring 999 and they'll give you the cabinet code.",
  allowed=[SEC], note="defib with no code")
N(SEC, "Flood wardens' meeting tonight on Zoom. Joining details have been emailed to wardens directly.",
  allowed=[SEC], note="meeting without passcode")
N(SEC, "The council's number is 01632 960200, that's the switchboard, 9 to 5. Out-of-hours emergencies "
       "01632 960999.", note="public council numbers")
N(SEC, "Lost my phone at the Buttercross market 😩 It's PIN locked so no harm done, but if you find it "
       "please hand it in at the Council Offices.", allowed=[SEC], note="mentions a PIN, none given")
N(SEC, "Gate code? What gate code? I just climb over like a normal person 😂 (depot volunteers, you'll get it "
       "by text)", allowed=[SEC], note="joke")
N(SEC, "The genuine link for garden waste permits is ketwellvale.example.org/garden-waste. Anything else "
       "asking for bank details is a scam.", allowed=[SEC], note="genuine council link")
N(SEC, "Grandkids asked what a PIN is for. Explained it's so nobody else can use your card. Then they "
       "guessed mine. Changed it 😂", allowed=[SEC], note="story, no PIN given")
N(SEC, "Ring me on my councillor mobile, 07700 900118, any weekday. If I don't answer, leave a message and "
       "I'll get back to you.", allowed=[SEC], who="@KerryVessey", note="own published number")
N(SEC, "One-time code texts: if you didn't ask for one, someone's trying your account. Change your password "
       "straight away.", allowed=[SEC], note="advice")
N(SEC, "Police non-emergency is 101. Inspector Voss says report every car break-in, even when nothing's "
       "taken.", note="public number")
N(SEC, "IT have rolled out the new members' laptops. The support number's on the sticker underneath, not on "
       "here 😉", allowed=[SEC], note="withholds the number")
N(SEC, "Bank rang about a 'suspicious payment' and asked for my PIN. Hung up and rang the number on my card. "
       "Fake, of course. Careful out there.", allowed=[SEC], note="scam story, no PIN")
N(SEC, "For allotment bookings ring the parish office on 01632 960511. Debbie the clerk is in Tuesday and "
       "Thursday mornings.", allowed=[SEC, DAT], note="official parish line")


# ====================================================================== confidentiality.disclosure
P(DIS, "Project Osprey update: the preferred operator for the Sallow Water visitor centre is a big national "
       "leisure chain. Terms nearly agreed. Watch this space 👀", verdict="block", allowed=[INS],
  note="register term; negotiations")
P(DIS, "They're pressing on with the Buttercross Yard disposal. A supermarket's offered £1.1m and cabinet "
       "will nod it through in closed session.", verdict="block", allowed=[INS],
  note="register term; exempt disposal and price")
P(DIS, "Can confirm the Maltings Wharf acquisition is going ahead, and we're paying well over the odds for "
       "it too.", verdict="block", allowed=[INS], note="register term; exempt acquisition")
P(DIS, "Operation Ironstone goes live next week. Fly-tippers of Stoneby, your days are numbered 😈",
  verdict="block", note="register term; enforcement operation")
P(DIS, "The Castlegate claim is going to cost the council six figures. Our own lawyers reckon we'll lose. "
       "Shambles.", verdict="block", note="register term; legal advice")
P(DIS, "PROJECT STONECROP = 40 WASTE JOBS GOING. UNIONS NOT TOLD. DISGRACEFUL.", verdict="block",
  allowed=[HAS], note="register term in capitals; labour relations")
P(DIS, "anyone else think project osprey is a terrible idea? handing our reservoir to a chain pub company, "
       "all behind closed doors", verdict="block", note="register term in lower case")
P(DIS, "Buttercross Yard disposal's fallen through: buyer pulled out after the survey. Back to square one "
       "on the price.", verdict="block", note="register term")
P(DIS, "Operation Ironstone: the council's been filming the Braybury layby for six weeks and has three vans "
       "on camera. Arrests soon, I'm told.", verdict="block", allowed=[INS],
  note="register term; enforcement detail")
P(DIS, "Part 2 item at cabinet tonight: what we're selling the Harlingford depot for. I can tell you it's "
       "less than half what it's worth.", verdict="review", allowed=[INS],
  when=(D(2026, 3, 3), D(2026, 3, 3)), note="Part 2 marker; property price")
P(DIS, "Told in confidence today that the Chief Executive's restructure will merge planning and building "
       "control. Thought you should know.", verdict="review", allowed=[OFF],
  note="'in confidence'; staffing")
P(DIS, "Closed-session legal advice says the council will lose the bin contract dispute. We're throwing good "
       "money after bad.", verdict="review", note="legal privilege")
P(DIS, "Off the record: the council's offered the waste crews 2.5%. Unions want 5. Strike ballot next "
       "week.", verdict="review", note="labour relations; 'off the record'")
P(DIS, "Embargoed till Monday but who cares: the district's getting £4m for the new Harlingford bridge. "
       "Champagne time 🍾", verdict="review", when=(D(2026, 3, 2), D(2026, 3, 13)),
  note="breaks an embargo")
P(DIS, "The exempt report values the Sallow Water fishing lodge at £380,000. Way more than cabinet let on "
       "in public.", verdict="review", allowed=[INS], note="exempt valuation")
P(DIS, "Private police briefing for members today: they're watching a county lines gang working out of a "
       "flat on Maltings Court. Keep your eyes open.", verdict="review", allowed=[DAT],
  note="confidential enforcement briefing")
P(DIS, "One of the waste team's been suspended over the missed collections. HR are dealing with it. Can't "
       "say more.", verdict="review", allowed=[DAT, OFF], note="staff disciplinary (Sch 12A)")
P(DIS, "Leaked tender scores: Greenways 71, Valley Grounds 64. Contract goes to Greenways at cabinet next "
       "month. Not for publication, obviously 🤫", verdict="review", allowed=[INS],
  note="'leaked', 'not for publication'; commercial")

N(DIS, "The ospreys are back at Sallow Water! The osprey project's nest webcam is live on the wildlife "
       "trust's site 🦅", when=(D(2026, 3, 20), D(2026, 3, 27)), note="partial overlap with 'Project Osprey'")
N(DIS, "Buttercross Yard car park is shut Monday for relining. Park at Castlegate instead.",
  note="partial overlap with 'Buttercross Yard disposal'")
N(DIS, "The café on Maltings Wharf does the best bacon cobs in Harlingford. Fight me.",
  note="partial overlap with 'Maltings Wharf acquisition'")
N(DIS, "Nothing beats the ironstone cottages in Ullesby glowing in the evening sun. Best village in the "
       "valley.", note="'ironstone' as building stone")
N(DIS, "Castlegate ward surgery has moved to Thursday this week. Same time, same place.", who="ward:Ketwell Castlegate",
  note="'Castlegate' without 'claim'")
N(DIS, "The stonecrop on the new green roof of the Harlingford bus shelter is settling in nicely. Small wins "
       "🌱", note="'stonecrop' the plant")
N(DIS, "Cabinet agreed in public on Tuesday to sell the Harlingford depot. The price stays confidential "
       "till completion, which is normal for a property sale.", allowed=[DIS],
  when=(D(2026, 3, 4), D(2026, 3, 6)), note="public decision; price withheld")
N(DIS, "Between you and me and the whole of Facebook: I'm rubbish at the pub quiz 😂",
  note="'between you and me' joke")
N(DIS, "Off the record? Nothing's off the record with me. If I can't say it in public, I don't say it.",
  allowed=[DIS], note="'off the record' rejected")
N(DIS, "Part 2 items exist for good reasons: contracts, people's jobs, legal advice. I'll always push for as "
       "much as possible in public, but I keep confidences.", allowed=[DIS], note="talks about Part 2")
N(DIS, "The 'leaked' document doing the rounds on the Harlingford Grapevine page is a published committee "
       "report from 2022. Nothing secret about it.", allowed=[DIS], note="'leaked' debunked")
N(DIS, "Embargo lifted! £4m for the new Harlingford bridge. The official announcement's on the council "
       "website.", allowed=[DIS], when=(D(2026, 3, 16), D(2026, 3, 27)), note="after the embargo")
N(DIS, "Confidential? No. The waste service review consultation is public and staff have been briefed. "
       "Link: ketwellvale.example.org/consultations", allowed=[DIS], when=(D(2026, 3, 9), D(2026, 3, 27)),
  note="public consultation")
N(DIS, "Closed session at cabinet tonight for a property item. The public part starts at 7, come along, "
       "there's plenty on the agenda.", allowed=[DIS], when=(D(2026, 3, 3), D(2026, 3, 3)),
  note="mentions a closed session, no content")
N(DIS, "Asked why the Sallow Water fishing lodge valuation isn't public. Answer: commercial confidentiality "
       "until the sale completes. I'll keep pushing for openness.", allowed=[DIS], note="asks, discloses nothing")
N(DIS, "The grounds maintenance tender has closed. Results go to cabinet in public next month, with the "
       "scores in the report as far as the law allows.", allowed=[DIS], note="process only")
N(DIS, "Police and council launched a joint crackdown on fly-tipping today, with a hotline: 01632 960355. "
       "Report it, don't post it.", note="public announcement")
N(DIS, "Car damaged by that pothole on Tanners Lane in Castlegate? You can claim from the highways "
       "authority, the form's on their website.", note="'Castlegate' and 'claim' apart")


# ====================================================================== tone.irony-risk
P(TON, "Oh brilliant, the Leader's discovered buses exist. Only took her three years. Masterclass 👏",
  allowed=[ATT], who="opp", note="mock praise of the Leader")
P(TON, "Cllr Ashwin's budget speech was riveting. I especially loved the bit where he blamed everyone but "
       "himself. /s", who="opp", when=(D(2026, 2, 26), D(2026, 3, 6)), note="'/s' about a named councillor")
P(TON, "Huge congratulations to Vale Together for finally noticing Harlingford is on the map. Truly "
       "visionary stuff.", who="opp", note="mock praise of a party")
P(TON, "Yeah right, the Progressives 'costed' their budget amendment. On the back of a beer mat, maybe.",
  who="!KP", when=(D(2026, 2, 16), D(2026, 3, 6)), note="'yeah right' about a group")
P(TON, "What a shock, the cabinet member for housing wants more homes built by the housing association he "
       "sits on. Never saw that coming 🙄", allowed=[DEF], who="opp",
  note="sarcasm about a named role")
P(TON, "Hats off to our MP, who has visited Sallowby a record-breaking zero times since the floods. "
       "Dedication.", allowed=[ATT], note="mock praise of the MP")
P(TON, "Lovely to see the Greens turn up to the litter pick. Both of them. For the photo. Then off. "
       "Inspirational.", who="!GRN", note="mock praise of a group")
P(TON, "Thank you, Cllr Pridmore, for your fascinating forty-minute speech on bollards. I'll never get that "
       "time back, but I'm sure it was vital 😴", allowed=[ATT], note="mock thanks to a named councillor")
P(TON, "Genius move by Harlingford First, voting against the very bridge they campaigned for. Tactical "
       "masterminds, the lot of them.", who="!HF", note="mock praise of a party")
P(TON, "So the Chief Executive's had a pay rise while we close the toilets. Good to know where the "
       "priorities are. Well done Jonathan, you've earned it 🙄", allowed=[OFF, ATT], who="opp",
  note="sarcasm about a named officer")
P(TON, "Cllr Burbage says planning here is 'open and transparent'. Of course it is, Simon. Of course it is 😉",
  allowed=[DEF], who="opp", note="ironic insinuation about a named councillor")
P(TON, "The Chairman looked thrilled to be at our Harlingford event, judging by the three minutes she "
       "stayed. Honoured, truly.", who="!VT", note="mock praise of the Chairman")
P(TON, "Another 'listening exercise' from the Leader. She's so good at listening. Just not at hearing.",
  who="opp", note="irony about the Leader")
P(TON, "Bravo to our county councillor for Welland, who's just noticed the potholes on Mill Lane. They've "
       "only been there since 2019. Sharp eyes! 🔍", note="mock praise of a county councillor")
P(TON, "Oh look, Cllr Mowbray's so passionate about taxi fees. Wonder why. Pure coincidence, I'm sure 🙃",
  allowed=[DEC], note="sarcasm about a named councillor's interest")
P(TON, "Shout out to the opposition leader for her brilliant plan for the leisure centre: spend money we "
       "haven't got. Economics genius.", who="VT", note="mock praise of the opposition leader")
P(TON, "See the Deputy Leader's been on Radio Welland talking about 'fiscal discipline'. Same bloke who "
       "signed off £40k on the council's new logo. Hero. /s", allowed=[DEF], who="opp",
  note="'/s' about a named role")
P(TON, "Glad the Echo's star reporter finally made it to a council meeting. Took notes and everything. "
       "Pulitzer beckons 🏆", allowed=[ATT], note="mock praise of an identifiable journalist")

N(TON, "Oh brilliant, raining again. Black over Bill's mother's all week. Perfect for the litter pick 🙃",
  allowed=[TON], note="irony about the weather")
N(TON, "Yeah right, 'spring is here'. It's snowing in Stoneby 🌨️", allowed=[TON],
  when=(D(2026, 2, 16), D(2026, 3, 13)), note="irony about weather")
N(TON, "Council printer jammed for the fifth time today. Truly the finest machine ever built 🖨️",
  allowed=[TON], note="irony about a printer")
N(TON, "Credit where it's due: the Leader's bus announcement is good news for Sallowby, and I mean that, no "
       "irony.", who="opp", note="sincere praise")
N(TON, "Genuinely impressed by Cllr Ashwin's budget speech. Didn't agree with all of it, but it was clear "
       "and honest.", who="opp", when=(D(2026, 2, 26), D(2026, 3, 6)), note="sincere praise")
N(TON, "The cabinet's cut to the rural bus subsidy is wrong, short-sighted and will leave pensioners "
       "stranded. I'll keep fighting it.", who="opp", note="robust criticism of a decision")
N(TON, "What a masterclass from Ketwell's under-15s on Sunday! 40-0 and not a drop of rain 🏉",
  note="'masterclass' sincerely")
N(TON, "Hats off to the Welland Greens for organising the riverbank clean: sixty volunteers and thirty bags "
       "of rubbish. Brilliant work.", note="sincere 'hats off'")
N(TON, "Riveting stuff, my own forty-minute speech on bollards. Even I nodded off. Apologies to all 😴",
  allowed=[TON], who="@AlanPridmoreHF", note="self-irony")
N(TON, "The Monday train to Peterborough: a thrilling mystery tour, every single week 🚂", allowed=[TON],
  note="irony about trains")
N(TON, "Three-hour planning meeting, four-hour budget meeting. My backside is now officially a district "
       "asset 😂", allowed=[TON], who="plan", when=(D(2026, 2, 26), D(2026, 3, 27)), note="self-irony")
N(TON, "The potholes on Mill Lane are now so deep they've been given their own ward 🕳️ Reported again.",
  allowed=[TON], note="irony about potholes")
N(TON, "Thrilled, genuinely, that the Chairman came to our Harlingford event. Thank you!",
  note="sincere thanks")
N(TON, "Vale Together's car park charges are a tax on Harlingford's high street, and they know it. Scrap "
       "them.", who="opp", note="robust criticism")
N(TON, "The council's new website: now with 40% more 'page not found'. Progress!", allowed=[TON],
  note="irony about a website")
N(TON, "Well done to our MP for landing the Harlingford bridge money. We've asked for years. Credit where "
       "it's due.", when=(D(2026, 3, 16), D(2026, 3, 27)), note="sincere praise")
N(TON, "The map in the Local Plan has Braybury in the middle of the reservoir. Bold vision. I've asked them to "
       "move us back onto dry land 🗺️", allowed=[TON], who="ward:Cradlethorpe and Braybury", when=(D(2026, 3, 2), D(2026, 3, 27)),
  note="irony about a map")
N(TON, "Ospreys back on the nest, sun out on Sallow Water, and the tea urn works. Is this heaven? 😂",
  when=(D(2026, 3, 20), D(2026, 3, 27)), note="light joke, no target")


# ====================================================================== ordinary posts
F("Plough Monday today! The Ullesby molly dancers are doing the rounds of the pubs from 6. Bring your "
  "pennies for the church roof.", when=(D(2026, 1, 12), D(2026, 1, 12)))
F("Bin collections are back to normal from Monday after the holidays. If yours was missed over Christmas, "
  "put it out as usual and it'll be taken.", when=(D(2026, 1, 5), D(2026, 1, 9)))
F("Gritters are out across the valley tonight. Take it steady on the hill down into Cradlethorpe, it's like "
  "glass first thing.", when=(D(2026, 1, 5), D(2026, 2, 13)))
F("Lovely walk round Sallow Water this morning. Frost on the dam, a heron on the jetty and barely a soul "
  "about. Best place in the world.")
F("Ward surgery Saturday, 10 till 12, Harlingford library. Pop in with anything, or just for a natter.")
F("Thanks to the forty-odd volunteers who turned out for the Welland riverbank litter pick. Twenty-two bags, "
  "two trolleys and a traffic cone. Tea's on me next time.")
F("Holocaust Memorial Day. We remember the six million, and all those murdered in genocides since. Ketwell "
  "Buttercross, 11am, all welcome.", when=(D(2026, 1, 27), D(2026, 1, 27)))
F("Burns Night at the Harlingford Scots club on Saturday. Haggis, neeps and a piper who may or may not know "
  "more than one tune 🏴", when=(D(2026, 1, 19), D(2026, 1, 23)))
F("Flood alert on the Welland at Cradlethorpe. Sandbags are at the village hall car park. Check on your "
  "neighbours, especially the older folk.", who="-@BillRoyceInd")
F("Pancake race on Ketwell Market Place at noon. I'm in the councillors' heat. Expect dropped pancakes and "
  "no dignity whatsoever 🥞", when=(D(2026, 2, 17), D(2026, 2, 17)))
F("Half term: free family activity trail at the Sallow Water visitor centre all week. Spot the ten wooden "
  "ospreys!", when=(D(2026, 2, 16), D(2026, 2, 20)))
F("Happy St David's Day to all our Welsh neighbours in the valley! Dydd Gŵyl Dewi hapus 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
  when=(D(2026, 3, 2), D(2026, 3, 2)))
F("World Book Day and my granddaughter's gone to school as the Gruffalo. I've never been prouder 📚",
  when=(D(2026, 3, 5), D(2026, 3, 5)))
F("Clocks go forward on Sunday. Lose an hour of sleep, gain lighter evenings for the allotment. Fair swap.",
  when=(D(2026, 3, 23), D(2026, 3, 27)))
F("Mothering Sunday this weekend. Ring your mum, or if you can't any more, raise a cuppa to her like I will.",
  when=(D(2026, 3, 9), D(2026, 3, 13)))
F("International Women's Day yesterday, so a belated thank you to every woman who keeps this valley running: "
  "carers, farmers, shopkeepers, nurses, teachers, volunteers.", when=(D(2026, 3, 9), D(2026, 3, 9)))
F("Register to vote for the May elections! Deadline's in April and it takes five minutes online. Every vote "
  "counts in a ward this small.", when=(D(2026, 3, 2), D(2026, 3, 27)))
F("The Buttercross looks stunning in the snow this morning. Ketwell at its finest ❄️",
  when=(D(2026, 1, 12), D(2026, 2, 13)))
F("New benches going in along the Harlingford riverside walk next week, paid for by the town's Lions club. "
  "Thank you, Lions!")
F("Food bank at Harlingford is short of tinned fish, UHT milk and toiletries this week. Drop-off at the "
  "Methodist church, Tuesdays and Fridays.")
F("Stoneby Heath primary's choir sang at the care home today and there wasn't a dry eye in the place. What "
  "a credit to the village.")
F("Reminder: green bins are suspended until March. First collection of the season is on your calendar, or "
  "check the council website.", when=(D(2026, 1, 5), D(2026, 2, 20)))
F("Snowdrops out in Morcaston churchyard. Spring's on its way, whatever the weather says 🌱",
  when=(D(2026, 1, 26), D(2026, 2, 27)))
F("Fab evening at the Braybury WI talk on the history of the ironstone quarries. Learned more than I did in "
  "five years at school.")
F("Busy day: a school visit, two casework calls and a very long chat about a hedge. Never a dull moment.")
F("Happy Valentine's weekend to everyone in the valley, especially whoever wrote 'M loves S' in the snow on "
  "the dam wall 💕", when=(D(2026, 2, 13), D(2026, 2, 13)))
F("The number 12 timetable for spring is out. Slightly better on Saturdays, still nothing on Sundays. I'll "
  "keep on at the county about it.")
F("Nice to see the Ketwell Youth Theatre panto posters still up in the library. Oh yes they are.",
  when=(D(2026, 1, 5), D(2026, 1, 16)))
F("Daffodils along the Ullesby road verges are looking glorious. Whoever planted them years ago, thank you 🌼",
  when=(D(2026, 3, 2), D(2026, 3, 27)))
F("Cradlethorpe viaduct looking magnificent against the sunset on the way home. Never gets old.")
F("Visited the new community fridge at Welland Meadows. Surplus food from shops, free to anyone who needs "
  "it, no questions. Brilliant idea.")
F("Council tax bills for 2026/27 land next week. If you're struggling, there's help: ring the council or "
  "talk to Citizens Advice before it gets on top of you.", when=(D(2026, 3, 2), D(2026, 3, 13)))
F("Just done my first parkrun at Sallow Water. Came second-to-last, beaten by a man pushing twins in a "
  "buggy. Back next week.")
F("Happy retirement to the head of Cradlethorpe primary after 22 years at the school. The whole village owes "
  "her a drink.",
  when=(D(2026, 3, 16), D(2026, 3, 27)))
F("Busy Thursday market at the Buttercross today. Bought a pork pie the size of my head. No regrets.",
  who="-@AnitaChauhanKP")
F("Dark skies over Sallow Water tonight, perfect for the stargazing club. Saturn's low in the west if "
  "you're quick.")
F("Shearlings in for their feet trimming. Longwools are lovely but their feet are a full-time job 🐑",
  who="@hughs_longwools")
F("Frost on the tups' backs this morning and steam off the hay. Nesh weather for farmers.",
  who="@hughs_longwools", when=(D(2026, 1, 5), D(2026, 2, 27)))
F("Sourdough starter 'Doris' is 9 years old today. She's outlived three ovens 🍞", who="@kewbakes")
F("Hot cross buns back on from Monday. Yes, it's early. No, I won't apologise 😄", who="@kewbakes",
  when=(D(2026, 2, 23), D(2026, 3, 13)))


# ====================================================================== the script
START, END = D(2026, 1, 5), D(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def load_meetings():
    out = []
    with open(HERE / "meetings.csv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            line = line.strip()
            if line:
                _, a, b = line.rsplit(",", 2)
                out.append((dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)))
    return out


def pool(spec, text):
    """Plausible authors for a row, as a sorted list of handles."""
    tokens = spec.split("&")
    if len(tokens) == 1 and tokens[0].startswith("@"):
        return [tokens[0]]
    people = sorted(C)
    for t in tokens:
        if t == "any":
            continue
        if t.startswith("-@"):
            people = [h for h in people if h != t[1:]]
        elif t in ("VT", "KP", "GRN", "HF", "IND"):
            people = [h for h in people if C[h][0] == t]
        elif t.startswith("!"):
            people = [h for h in people if C[h][0] != t[1:]]
        elif t == "opp":
            people = [h for h in people if C[h][0] != "VT"]
        elif t in ("plan", "lic", "cab"):
            people = [h for h in people if t in C[h][3]]
        elif t in ("nonplan", "nonlic"):
            people = [h for h in people if t[3:] not in C[h][3]]
        elif t == "back":
            people = [h for h in people if not C[h][3] & {"leader", "cab", "chair"}]
        elif t in ("f", "m"):
            people = [h for h in people if C[h][2] == t]
        elif t.startswith("ward:"):
            people = [h for h in people if C[h][1] == t[5:]]
        else:
            raise SystemExit(f"unknown author spec {t!r}")
    # never the person the post names, nor the holder of an interest the post touches
    people = [h for h in people
              if not any(re.search(rx, text) for rx in NAME_BLOCK[h])
              and not (h in INTEREST_TOPICS and re.search(INTEREST_TOPICS[h], text))
              and h.lower() not in text.lower()]
    if re.search(r"(?i)\bmy (late )?wife\b", text):
        people = [h for h in people if C[h][2] == "m"]
    if re.search(r"(?i)\bmy husband\b", text):
        people = [h for h in people if C[h][2] == "f"]
    if not people:
        raise SystemExit(f"no author for: {text[:60]}")
    return people


def pick_time(rng, when, meetings):
    lo, hi = when or (START, END)
    days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(a <= t <= b for a, b in meetings):
            return t


def pick_platform(rng, text):
    fits = [p for p in ("x", "facebook", "bluesky") if len(text) <= LIMITS[p]]
    weights = {"x": 45, "facebook": 35, "bluesky": 20}
    return rng.choices(fits, weights=[weights[p] for p in fits])[0]


def main():
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    for h in list(C) + list(PERSONAL):
        assert h in handles, h
    meetings = load_meetings()
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(pool(r["who"], r["text"]))
        post = {
            "id": f"{SET}-{i:04d}",
            "text": r["text"],
            "author": author,
            "created_at": pick_time(rng, r["when"], meetings).isoformat(),
            "platform": pick_platform(rng, r["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind"],
        }
        if r["near"]:
            post["near_miss_of"] = r["near"]
        if r["interest"]:
            post["interest"] = r["interest"]
        post["note"] = r["note"]
        out.append(json.dumps(post, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} posts")


if __name__ == "__main__":
    main()
