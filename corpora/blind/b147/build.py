#!/usr/bin/env python3
"""Build blind evaluation set b147 (Grithedge District Council, twelve single-post rules).

Every row below was written by hand. The script only picks authors, platforms and timestamps
(with a fixed seed), shuffles the rows, gives ids B147-NNNN in order and writes posts.jsonl.
Running it twice gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B147"
SEED = 14700

# ---------------------------------------------------------------------------
# The councillors (as in council.toml), with what the script needs to pick plausible authors.
# handle, name, party, ward, gender, roles, committees
# Parties: EV = Edge and Valley Alliance (administration), PP = People's Peak,
# GRN = Peak Fringe Greens, DI = Dales Independents, IND = Independent.
COUNCILLORS = [
    ("@MargPilkingtonEV", "Margaret Pilkington", "EV", "Grithedge Town", "F", {"leader", "cabinet"}, set()),
    ("@RajBhattiBathwell", "Rajesh Bhatti", "EV", "Bathwell Spa", "M", {"deputy", "cabinet", "finance"}, set()),
    ("@ColinWraggCllr", "Colin Wragg", "EV", "Slackholme", "M", {"cabinet", "environment"}, set()),
    ("@HelenOutramBH", "Helen Outram", "EV", "Bathwell Heights", "F", {"cabinet", "housing"}, set()),
    ("@JanetHibbertGM", "Janet Hibbert", "EV", "Grithedge Millside", "F", {"chairman"}, set()),
    ("@StuFroggattRidlow", "Stuart Froggatt", "EV", "Ridlow", "M", {"planchair"}, {"PLAN"}),
    ("@GrahamStubbsNL", "Graham Stubbs", "EV", "Netherlathe", "M", {"licchair"}, {"PLAN", "LIC"}),
    ("@LorraineBagshawEV", "Lorraine Bagshaw", "EV", "Grithedge Town", "F", set(), {"PLAN", "LIC"}),
    ("@KieranDoxeyPP", "Kieran Doxey", "PP", "Grithedge Millside", "M", {"ppleader"}, {"LIC"}),
    ("@FatimaQureshiPP", "Fatima Qureshi", "PP", "Bathwell Heights", "F", set(), {"LIC"}),
    ("@OwenBrockPP", "Owen Brocklehurst", "PP", "Bathwell Spa", "M", set(), {"PLAN"}),
    ("@TraceyGregoryPP", "Tracey Gregory", "PP", "Slackholme", "F", set(), {"PLAN"}),
    ("@DeanMellorPP", "Dean Mellor", "PP", "Birchinlow", "M", set(), {"PLAN", "LIC"}),
    ("@RuthOllerGreen", "Ruth Ollerenshaw", "GRN", "Birchinlow", "F", set(), {"LIC"}),
    ("@TomHadfieldGreen", "Tom Hadfield", "GRN", "Netherlathe", "M", set(), {"PLAN"}),
    ("@BarbaraKirklandDI", "Barbara Kirkland", "DI", "Ravensclough", "F", set(), {"LIC"}),
    ("@WilfGrattonDI", "Wilf Gratton", "DI", "Ravensclough", "M", set(), {"PLAN"}),
    ("@NeilShimwellInd", "Neil Shimwell", "IND", "Ridlow", "M", set(), {"PLAN"}),
]
PERSONAL = {"@ruth_on_the_edge": "Ruth Ollerenshaw", "@wilf_tups": "Wilf Gratton"}
BY_HANDLE = {c[0]: c for c in COUNCILLORS}
HANDLE_OF = {c[1]: c[0] for c in COUNCILLORS}

# Registered interests and who holds them (as in council.toml).
INTEREST_HOLDER = {
    "Grithedge Market Traders' Association": "Lorraine Bagshaw",
    "Grithedge and District Allotment Society": "Colin Wragg",
    "Ravensclough Head Farm": "Wilf Gratton",
    "Bathwell Playhouse Trust": "Owen Brocklehurst",
    "Ridlow Rake Holiday Lets": "Stuart Froggatt",
    "Ridlow Well Dressing Committee": "Neil Shimwell",
    "Edges Mountain Rescue Team": "Ruth Ollerenshaw",
    "Grithedge Cab Drivers' Association": "Dean Mellor",
    "Netherlathe Village Hall": "Tom Hadfield",
    "Millside Tenants and Residents Association": "Kieran Doxey",
    "Crescent Guest House": "Helen Outram",
    "Peakstone Cement Ltd": "Tracey Gregory",
    "Netherlathe Heritage Railway Ltd": "Graham Stubbs",
    "Ravensclough Commoners' Association": "Barbara Kirkland",
    "Bathwell Heights Food Bank": "Fatima Qureshi",
    "Grithedge Town AFC": "Margaret Pilkington",
}

# Topics that touch a holder's interest: a pool-picked author never holds an interest whose
# topic the post touches (rows that should come from the holder name the handle by hand).
INTEREST_TOPICS = {
    "Lorraine Bagshaw": r"market|traders",
    "Colin Wragg": r"allotment|plot holders",
    "Wilf Gratton": r"\bfarm|grazing|\btups?\b|sheep|glamping|reservoir",
    "Owen Brocklehurst": r"playhouse|theatre|\barts\b|panto",
    "Stuart Froggatt": r"holiday (let|cottage)|second home",
    "Neil Shimwell": r"well dressing",
    "Ruth Ollerenshaw": r"mountain rescue",
    "Dean Mellor": r"\btaxi|\bcabs?\b|hackney|private hire|drivers",
    "Tom Hadfield": r"village hall",
    "Kieran Doxey": r"tenant|\brents?\b|\bTRA\b",
    "Helen Outram": r"guest house|\bB&B|tourist (levy|tax)",
    "Tracey Gregory": r"peakstone|cement",
    "Graham Stubbs": r"railway|station car park|santa special",
    "Barbara Kirkland": r"commoner|\bthe common\b|moorland",
    "Fatima Qureshi": r"food bank|hardship fund",
    "Margaret Pilkington": r"\bAFC\b|cressy lane",
}

# Roles named in a post: the holder does not write it.
ROLE_PATTERNS = [
    (r"\b[Tt]he Leader\b|\bLeader of the Council\b|\bLeader's\b|\bAs Leader\b", "Margaret Pilkington"),
    (r"(?i)deputy leader|cabinet member for finance", "Rajesh Bhatti"),
    (r"(?i)cabinet member for (environment|waste)", "Colin Wragg"),
    (r"(?i)cabinet member for housing|housing spokesperson", "Helen Outram"),
    (r"\bChairman\b", "Janet Hibbert"),
    (r"(?i)chair of planning|planning chair", "Stuart Froggatt"),
    (r"(?i)chair of licensing|licensing chair", "Graham Stubbs"),
    (r"(?i)People's Peak leader|leader of the People's Peak", "Kieran Doxey"),
]

GENDER_PATTERNS = [
    (r"\bmy wife\b|\bproud (dad|grandad)\b", "M"),
    (r"\bmy husband\b|\bproud (mum|nan|gran)\b|\bproud mum\b", "F"),
]


def tags_of(c):
    handle, name, party, ward, gender, roles, comm = c
    t = {party, "W:" + ward, gender, "ANY"}
    t.add("OPP" if party != "EV" else "ADMIN")
    for p in ("EV", "PP", "GRN", "DI", "IND"):
        if party != p:
            t.add("NOT" + p)
    t.add("PLAN" if "PLAN" in comm else "NOTPLAN")
    t.add("LIC" if "LIC" in comm else "NOTLIC")
    t.add("CAB" if "cabinet" in roles else "NOTCAB")
    if not (roles & {"cabinet", "chairman"}):
        t.add("BACK")
    return t


TAGS = {c[0]: tags_of(c) for c in COUNCILLORS}


def mentions(text, c):
    handle, name, *_ = c
    first, last = name.split()[0], name.split()[-1]
    if handle.lower() in text.lower():
        return True
    return bool(re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text))


# ---------------------------------------------------------------------------
# Rows. P = positive, N = hard negative, F = filler.
# who: a handle ("@...", set by hand) or a pool: tags joined by "&" (see tags_of).
# when: (first date, last date) for the post; hours: (first hour, last hour) in GMT.
ROWS = []


def _row(kind_of_row, family, text, rules, allowed, verdict, who, note, when=None, hours=None,
         interest=None, plat=None):
    ROWS.append({
        "kind_of_row": kind_of_row, "family": family, "text": text, "rules": list(rules),
        "allowed": list(allowed), "verdict": verdict, "who": who, "note": note, "when": when,
        "hours": hours, "interest": interest, "plat": plat,
    })


def P(family, text, verdict, who, note, also=(), allowed=(), **kw):
    _row("positive", family, text, [family] + list(also), allowed, verdict, who, note, **kw)


def N(family, text, who, note, allowed=(), **kw):
    _row("hard_negative", family, text, [], allowed, "ok", who, note, **kw)


def F(text, who, note, **kw):
    _row("filler", None, text, [], [], "ok", who, note, **kw)


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIFT = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TONE = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"


# ===========================================================================
# officers.impartiality (review)
P(OFF, "Read Sarah Needham's report on Cockshead Lane twice now. It reads like Edgemoor Homes wrote it for her. Head of Planning? Head of Nodding Things Through more like. I've told her the conclusions need rewriting before it goes anywhere near committee.",
  "review", "NOTPLAN", "names the Head of Planning, mocks her and presses her to rewrite a report's conclusions",
  allowed=[ATT, DEF, PRE])
P(OFF, "Told Matthew Eyre straight this morning: if that Birchinlow Edge car park recommendation still says APPROVE on Friday, I'm going to the Chief Exec. Officers work for Birchinlow, not for Crag & Brew.",
  "review", "W:Birchinlow&NOTPLAN", "pressure on a named planning officer to change his recommendation", allowed=[BUL, PRE, HASTE],
  hours=(9, 12))
P(OFF, "Funny how Lee Woodhouse in licensing always seems to find in favour of the big pub chains. Every single time. Whose side is he on? Not Grithedge's, that's for sure.",
  "review", "ANY", "questions a named licensing manager's neutrality in public", allowed=[DEF])
P(OFF, "Our Head of Comms clearly votes Edge & Valley. Every council press release reads like one of their leaflets. Imogen, you're meant to be neutral, duck. Act like it.",
  "review", "OPP", "accuses the named Head of Communications of party bias", allowed=[DEF, ATT])
P(OFF, "Paula Gascoyne needs to stop hiding behind \"operational reasons\" and own the Slackholme bin round shambles. It was her plan, it's failed, and frankly it's time Grithedge had a new head of waste.",
  "review", "NOTEV", "publicly blames a named head of service and calls for her to go", allowed=[ATT])
P(OFF, "Emailed the Monitoring Officer twice about the Pump Room. If Anita Chadwick won't give me the advice I'm after, I'll find a lawyer who will. Pretty obvious whose side the Town Hall is on these days.",
  "review", "NOTPLAN", "presses the named Monitoring Officer for the advice the councillor wants and questions her neutrality", allowed=[PRE])
P(OFF, "The s151 officer's budget report is spin from start to finish. Graeme Allsop should be ashamed to put his name to it. Rewrite it, Graeme, and tell people the truth about the reserves.",
  "review", "OPP", "attacks the named finance officer and tells him to rewrite his report", allowed=[ATT, DEF], when=("2026-02-02", "2026-02-24"))
P(OFF, "Message to the planning officers: you've got till Friday to change that recommendation on the Ravensclough glamping pods, or I'll call the whole thing in and make sure everyone knows why. #Ravensclough",
  "review", "W:Ravensclough&NOTPLAN", "threatens officers unless they change their advice", allowed=[BUL, PRE])
P(OFF, "The enforcement officer who let that scrapyard on Weaver Street carry on for two years needs to explain herself. Incompetence or something worse? Either way she's not fit for the job.",
  "review", "ANY", "attacks an identifiable officer by role and questions her integrity", allowed=[ATT, DEF])
P(OFF, "Long chat with Dominic Kenworthy today. Told him the housing allocations report has to show Bathwell Heights getting its fair share or I'll be tabling a no confidence motion in his department. Ball's in his court.",
  "review", "W:Bathwell Heights&NOTCAB", "pressure on the named Head of Housing to alter a report", allowed=[BUL])
P(OFF, "Shout out to Yvonne in democratic services for \"accidentally\" leaving our motion off the full council agenda again. Third time this year. Impartial? Don't make me laugh. \U0001F644",
  "review", "OPP", "questions the neutrality of a named democratic services officer, with irony", allowed=[TONE, DEF])
P(OFF, "Philip Redfern is a Pilkington appointment through and through and every decision he makes props up this administration. Chief Executives are supposed to be politically neutral. Ours isn't.",
  "review", "OPP", "says the named Chief Executive is partisan", allowed=[DEF])
P(OFF, "To whoever's writing the Hobb's Rake report in planning: Slackholme is watching. We expect a recommendation to REFUSE. Don't let us down.",
  "review", "W:Slackholme&NOTPLAN", "tells officers what their recommendation should be", allowed=[PRE, HASTE])
P(OFF, "Why is Sarah Needham still in post after the Spring Gardens mess? Her team got the consultation wrong and then told committee everything was fine. Not good enough from a head of service.",
  "review", "NOTPLAN", "publicly calls a named head of service's position into question", allowed=[ATT, DEF])
P(OFF, "The planning officer who came out to Ridlow today was rude, clueless and had clearly made his mind up before he'd got out of the car. I've asked for a different officer to handle our village's applications from now on.",
  "review", "W:Ridlow", "insults an identifiable officer by role and asks for him to be taken off", allowed=[ATT])
P(OFF, "Joanne Cotterill, I know you read these. Drop the enforcement case against the Ravensclough farmers or I'll be raising your conduct at full council. Your choice.",
  "review", "NOTDI", "presses a named enforcement officer to drop a case, with a threat", allowed=[BUL])
P(OFF, "Sick of officers deciding things in the Town Hall and then writing reports to fit. Lee Woodhouse had made his mind up about The Boiler House before the hearing was even booked.",
  "review", "NOTLIC", "says a named licensing manager prejudged a pending licence", allowed=[DEF, PRE])
P(OFF, "Licensing officers are meant to be neutral. So why was the licensing manager having a pint with the Rakefest organisers in the Miners Arms on Saturday? Answers please, Lathe House.",
  "review", "NOTLIC", "insinuates an identifiable officer is compromised", allowed=[DEF])

N(OFF, "Huge thanks to Paula Gascoyne and the waste crews for getting the Slackholme bins back on track after the snow. Proper grafters, every one of them \U0001F44F",
  "ANY", "thanks a named officer", allowed=[OFF], when=("2026-01-12", "2026-02-20"))
N(OFF, "The officers' report on Cockshead Lane is out. I don't agree with all of it, but it sets the policy out clearly and I'll be asking questions about flooding on the night.",
  "PLAN&W:Netherlathe", "planning member intends to question officers, no pressure or settled view", allowed=[OFF, PRE])
N(OFF, "Whose side is this council on? Not Millside's. Cabinet has cut the youth budget again and it's our kids who'll pay for it.",
  "OPP&W:Grithedge Millside", "shares 'whose side' but criticises cabinet policy, not officers")
N(OFF, "Welcome to Sarah Needham, our new Head of Planning, who starts on Monday. Looking forward to working with her and the team.",
  "ANY", "welcomes a named officer", allowed=[OFF], when=("2026-01-05", "2026-01-09"))
N(OFF, "Asked the s151 officer at scrutiny to explain the reserves figure. Clear answer: the \u00a32.1m is earmarked for the Millside flats roof. Fair enough, question answered.",
  "ANY", "questions an officer to understand, as the code allows", allowed=[OFF], when=("2026-02-06", "2026-02-20"))
N(OFF, "Some of the comments under my last post about our licensing officers are out of order. They apply the law, we councillors make the decisions. If you've got a beef, take it up with us, not them.",
  "ANY", "defends officers", allowed=[OFF])
N(OFF, "The cabinet's budget is spin from start to finish. Reserves raided, fees up, services down. The numbers speak for themselves.",
  "OPP", "shares 'spin from start to finish' but aimed at cabinet policy", when=("2026-02-02", "2026-02-24"))
N(OFF, "Officer advice on the Pump Room rooftop bar is that the harm to the listed building is \"less than substantial\". I'm not sure I agree yet and I'll want to hear the heritage groups and the applicant before I decide.",
  "PLAN&W:Bathwell Spa", "planning member questions officer advice with an open mind", allowed=[OFF, PRE])
N(OFF, "Rude, clueless and already decided: that's how one resident described the parking consultation. Bit harsh, but the questions were leading. I've asked cabinet to run it again.",
  "OPP", "shares insult words but aimed at a consultation")
N(OFF, "Retirement lunch today for Pat Hambleton after 38 years in the council tax office. Pat, you'll be missed, and so will your flapjacks.",
  "ANY", "thanks a retiring member of staff", allowed=[OFF])
N(OFF, "Anyone still having trouble with the new Slackholme bin days, drop me a message and I'll pass it to the waste team. They've sorted every one I've sent so far.",
  "W:Slackholme", "refers residents to officers, no pressure")
N(OFF, "The Chief Executive's pay is set by full council, not by him, and it's published every year. Happy to debate whether it's too high, but let's keep officers out of the political knockabout.",
  "ANY", "defends the Chief Executive from political attack", allowed=[OFF])
N(OFF, "Asked Matthew Eyre why the Birchinlow Edge report doesn't mention the Sunday bus. He's adding a line on it to the update sheet \u2013 a factual point, no change to his recommendation, which is his to make.",
  "NOTPLAN&W:Birchinlow", "asks an officer to add a fact and respects his advice", allowed=[OFF])
N(OFF, "Drop the enforcement case? Not a chance, and nor should there be. Joanne and the enforcement team are doing exactly what they should about the fly-tipping up Moss Lane. Backing them all the way.",
  "ANY", "shares 'drop the enforcement case' but supports the officer", allowed=[OFF])
N(OFF, "Officers are supposed to be neutral and in 14 years on this council I've never once seen ours be anything else. Whatever you think of our politics, the staff are straight as a die.",
  "ANY", "praises officers' neutrality", allowed=[OFF])
N(OFF, "The Rakefest application goes to licensing committee in May. Residents can read the licensing report a week before, and if you want to speak you need to register with democratic services by the deadline.",
  "NOTLIC", "explains the process for a pending licence")
N(OFF, "Question for the cabinet member for waste, not for the officers: who signed off the Slackholme round changes without asking residents first? Politicians decide, politicians answer.",
  "OPP", "criticises the cabinet member and expressly spares officers")
N(OFF, "Graeme Allsop's budget report says reserves are at the minimum safe level. Cabinet got us there with bad choices. That's a political point about cabinet, not about Graeme, who's giving us the numbers straight.",
  "OPP", "names the finance officer but criticises cabinet", allowed=[OFF], when=("2026-02-02", "2026-02-24"))


# ===========================================================================
# resources.political-use (review)
P(RES, "Printed 500 People's Peak leaflets in the members' room this morning. Council printer's an absolute beast! Out delivering round Millside this afternoon \U0001F4AA",
  "review", "PP", "party leaflets printed on council equipment", hours=(11, 13))
P(RES, "Want to help Edge & Valley hold Bathwell Spa in May? Email me on my council address and I'll pop you on the canvassing rota.",
  "review", "EV&W:Bathwell Spa", "council email for party campaigning")
P(RES, "Greens campaign meeting Thursday 7pm in Committee Room 2 at Lathe House. Booked it through members' services so it's free \U0001F64C Bring leaflets and biscuits.",
  "review", "GRN", "council room booked for a party meeting")
P(RES, "Quick party political broadcast from my desk in the council offices, on my council laptop, between meetings \U0001F602 Vote Dales Independents on 7 May!",
  "review", "DI", "campaigning from council offices and laptop")
P(RES, "Big thanks to the depot lads who helped me shift the People's Peak gazebo in the council van this morning. Street stall's up on Dale Street till 2, come and say hello!",
  "review", "PP", "council van and staff for a party stall", hours=(9, 12))
P(RES, "Our new election leaflet has the Grithedge DC crest on the front this time. Looks dead official \U0001F609 Folk trust the council logo more than a rosette.",
  "review", "ANY", "council logo on a party leaflet")
P(RES, "Got one of the comms team to give my campaign video a once-over before it goes out. Perks of being in cabinet! Edge & Valley: delivering for Grithedge \U0001F33F",
  "review", "CAB", "council staff time on a campaign video", allowed=[OFF])
P(RES, "Canvass session tonight! Meet by the side door of the Town Hall at 5.30, I'll let you in so we can use the members' kitchen and photocopier first. I'll have the tea mashed.",
  "review", "ANY", "council building and photocopier for canvassing", hours=(8, 16))
P(RES, "Sending our Independent newsletter out to everyone who signed up for the council's bin alert emails this week. Saves a fortune on stamps!",
  "review", "DI|IND", "council mailing list used for a party newsletter", allowed=[DP])
P(RES, "Filming my re-election message in the council chamber this afternoon. The mace makes a cracking backdrop \U0001F604 #VoteGratton",
  "review", "@WilfGrattonDI", "council chamber used for a campaign video", hours=(12, 15))
P(RES, "Rang round 60 Slackholme households today from my office at Lathe House asking how they're voting in May. Council phones cost me nowt, so why not \U0001F937",
  "review", "W:Slackholme", "council phones for canvassing")
P(RES, "Party raffle tickets on sale at my council surgery in Bathwell library on Saturday. \u00a31 a strip, every penny to the People's Peak campaign fund.",
  "review", "PP&W:Bathwell Spa", "party fundraising at a council surgery in a council building")
P(RES, "The council's community newsletter goes through every door in the district next week and I've made sure my column this time is all about what Edge & Valley has delivered \U0001F609",
  "review", "EV&BACK", "council publication used for party promotion")
P(RES, "Ward budget paid for these new \"Keep Netherlathe Green\" banners on the bridge. Bit of Peak Fringe Greens branding on them too if you look closely \U0001F331",
  "review", "GRN&W:Netherlathe", "council money for banners with party branding")
P(RES, "Sorry for slow replies, I've been stuffing envelopes for the Millside by-election in the members' room all afternoon. Council franking machine's saved us a bob or two.",
  "review", "ANY", "council franking machine for election post", hours=(15, 18))
P(RES, "Our new People's Peak page is live! Set it up on my council iPad on the train back from Derby. Like and share please \U0001F44D",
  "review", "PP", "council equipment for party social media")
P(RES, "Volunteers needed to deliver Edge & Valley leaflets. Pick up a bundle from reception at Lathe House, I've asked the front desk staff to hand them out to anyone who asks.",
  "review", "EV", "council reception staff handing out party leaflets", allowed=[OFF])
P(RES, "Used the council's text alert system to remind Ravensclough folk to vote Independent on Thursday. Democracy in action!",
  "review", "DI&W:Ravensclough", "council text alert system for an election message", allowed=[DP])

N(RES, "Out delivering People's Peak leaflets round Millside this afternoon. Printed at our own expense at the print shop on Dale Street, before anyone asks \U0001F609",
  "PP", "party leaflets printed privately", hours=(11, 14))
N(RES, "My ward surgery is at Bathwell Heights Community Centre on Saturday, 10 till 12. Council business only, no leaflets and no party stuff, just bring your problems.",
  "W:Bathwell Heights", "council surgery kept free of party material")
N(RES, "Reminder to colleagues: we can book council rooms for ward surgeries and community meetings, not party ones. Our Greens meeting on Thursday is upstairs at the Crown, 7pm.",
  "GRN", "party meeting kept out of council rooms", allowed=[RES])
N(RES, "Filmed a short video in the council chamber today explaining how the budget vote works. Made by the comms team, no party logos, no vote-for-me. Link on the council's page.",
  "BACK", "council resources for a non-party explainer", allowed=[RES], when=("2026-02-09", "2026-02-24"))
N(RES, "Answered 43 casework emails on my council laptop today. Potholes, bins, a lost cat, and a very cross man about a hedge. The glamour \U0001F605",
  "ANY", "council laptop used for council work")
N(RES, "The council's bin alert texts are brilliant. Sign up at grithedge-dc.example.com/alerts and you'll never miss a collection again.",
  "ANY", "promotes a council service")
N(RES, "Can we stop the council's own newsletter being used as a billboard for cabinet? Every edition has a cabinet member's smiling face in it. I've asked for no councillor columns in the six weeks before polling day.",
  "OPP", "objects to political use of council publications", allowed=[RES])
N(RES, "Canvassing in Netherlathe tonight. Meet outside the Co-op at 5. Leaflets and hi-vis from the Greens' own stock.",
  "GRN", "party canvassing with party resources", hours=(8, 16))
N(RES, "Party quiz night Friday at Ridlow Miners' Welfare, \u00a32 a head. Not a council do, just us lot, a raffle and a lot of crisps.",
  "ANY", "party fundraiser away from the council")
N(RES, "Proud to see the Grithedge DC crest on the new benches in the Memorial Gardens. Paid for from the ward budget and chosen by residents.",
  "ANY", "council logo on council-funded benches, not party material", allowed=[RES])
N(RES, "Depot lads were out with the council van at 7 to clear the flooded jitty behind Cross Street. Thanks lads, that's exactly what council vans are for \U0001F44F",
  "ANY", "council van used for council work")
N(RES, "Pre-election period is coming, so from 23 March my council emails won't touch anything that looks political. Campaign stuff will come from my party account.",
  "ANY", "keeps council email out of the campaign", allowed=[RES], when=("2026-03-02", "2026-03-20"))
N(RES, "Our Edge & Valley canvass team had a cracking morning in Bathwell Spa. Kettle's on at mine for the volunteers \u2615",
  "EV", "party canvassing, no council resources", hours=(12, 15))
N(RES, "Council comms have done a great job on the flood warning video. Share it please. It's not political, it might save your car.",
  "ANY", "shares a council message")
N(RES, "Someone asked if I used council paper for my election leaflet. No: party-paid, printed in Sheffield, and the imprint's on the back like the law says.",
  "ANY", "answers a question about council resources", allowed=[RES])
N(RES, "Rang round 60 Slackholme households today about the bin changes, on my own mobile. Most want the old day back. I'll take that to cabinet.",
  "OPP&W:Slackholme", "casework calls, no party use or council phones")
N(RES, "My council iPad died halfway through a meeting, so I read the budget papers off my phone. Squinting like Mr Magoo \U0001F453",
  "ANY", "council iPad, no political use", when=("2026-02-02", "2026-02-27"))
N(RES, "Fancy standing for the council? Democratic Services are running a non-party \"Be a Councillor\" evening at Lathe House on 12 February. All parties and none welcome.",
  "ANY", "council event that is expressly non-party", when=("2026-01-12", "2026-02-11"))


# ===========================================================================
# position.improper-advantage (review)
P(POS, "As your councillor I can get your planning application moved up the queue. Just message me the reference number. Perks of knowing the right people \U0001F609",
  "review", "ANY", "offers to fast-track applications through the role", allowed=[OFF])
P(POS, "Anyone in Ridlow needing a new roof, my son-in-law's firm Pennyhill Roofing are the best around. I've already put a word in to get them on the council's repairs list.",
  "review", "W:Ridlow", "promotes a relative's firm and has pressed for council work for it")
P(POS, "Ay up. On the council housing list? Message me privately. I've helped a few families jump the queue over the years. No promises, but I know how the system works.",
  "review", "ANY", "offers to get people ahead on the housing list")
P(POS, "Parking ticket outside the Pump Room? Send me a photo and I'll have a quiet word with the parking team. Usually gets cancelled if a councillor asks nicely \U0001F44D",
  "review", "ANY", "offers to get penalty notices cancelled through the role", allowed=[OFF])
P(POS, "Our Lily's new caf\u00e9 on Chapel Row is open! Any council events needing catering, I'll be putting her name forward every time. Keep it in the family \U0001F604",
  "review", "ANY", "promises council catering to a relative's business")
P(POS, "Slackholme businesses wanting a slice of the regeneration fund: come and see me first. I sit on the panel that decides and I look after the folk who look after me.",
  "review", "W:Slackholme", "offers grant decisions in return for support")
P(POS, "Local builders wanting on the council's approved contractor list, DM me. I'll make sure your name's in front of the right officer.",
  "review", "ANY", "offers to steer officers towards chosen builders", allowed=[OFF])
P(POS, "Got a licensing hearing coming up? I'm on the committee, so have a chat with me beforehand and we'll see what we can do for you.",
  "review", "LIC", "offers a licensing applicant private help from a committee member", allowed=[PRE])
P(POS, "Fined for your bins? I got my neighbour's \u00a380 fixed penalty quietly dropped last week. Amazing what an email from a councillor can do.",
  "review", "ANY", "boasts of getting a fine dropped through the role")
P(POS, "To everyone who voted for me: your gritting requests go to the top of my pile this winter. Loyalty works both ways \U0001F609",
  "review", "ANY", "favours supporters in council services", when=("2026-01-05", "2026-02-27"))
P(POS, "Need a blue badge sorting quick? I know the team at Lathe House. Message me and I'll get yours fast-tracked, no waiting 12 weeks like everybody else.",
  "review", "ANY", "offers to fast-track blue badges")
P(POS, "Friends after a pitch on the Saturday market: don't bother with the waiting list, I can sort you a better spot. Just message me.",
  "review", "ANY", "offers friends market pitches ahead of the list")
P(POS, "Need a plumber? My brother-in-law Gaz at Dalehead Plumbing. Top lad. I'll make sure he gets a proper look-in on the council housing repairs tender too.",
  "review", "ANY", "promotes a relative and promises him an edge in a council tender")
P(POS, "Had a word with the right people and got our grandson into the school we wanted, appeal and all. Being a councillor has to have some perks \U0001F937",
  "review", "ANY", "used the position for a family member's school place")
P(POS, "The council's reviewing its catering contract. My mate's firm Edge Catering would do a cracking job and I've made sure the officers know it.",
  "review", "ANY", "pushes a friend's firm for a council contract", allowed=[OFF])
P(POS, "Planning refused? Talk to me before you appeal. I sit on planning and I can tell you which officers to lean on and how to word it so it sails through next time.",
  "review", "PLAN", "offers insider help with planning through the role", allowed=[OFF])
P(POS, "Letting my flat on The Crescent to council staff and councillors at mates' rates. And I'll remember who supported me at budget time \U0001F609",
  "review", "ANY", "trades favours with colleagues and staff", when=("2026-01-12", "2026-02-24"))
P(POS, "Want the plot with the best view on the Birchinlow allotments? I can bump you up the list. Just vote the right way in May \U0001F609",
  "review", "ANY", "offers an allotment ahead of the list for votes")

N(POS, "As your councillor I can't fast-track your planning application. Nobody can, and nor should they. What I can do is explain the process and chase it if it's gone past its target date.",
  "ANY", "shares 'as your councillor' and 'fast-track' but refuses")
N(POS, "Lots of you asked where the cakes came from at the Christmas lights switch-on. Donated by three Netherlathe bakers, none of them related to me, before the wags start \U0001F602",
  "ANY", "thanks local businesses, no connection", when=("2026-01-05", "2026-01-16"))
N(POS, "Council housing list: I can't help anyone jump it and I won't. What I can do is check your banding's right. About one in five I look at turns out to be wrong.",
  "ANY", "declines to use the position, offers proper help")
N(POS, "Parking ticket outside the Pump Room? You can challenge it yourself online at grithedge-dc.example.com/pcn. The grounds for appeal are all listed. I can't get it cancelled for you.",
  "ANY", "points to the proper appeal route")
N(POS, "Who you know shouldn't matter at the council. That's why I'm backing the scrutiny review of how firms get onto the approved contractor list.",
  "OPP", "criticises favouritism")
N(POS, "Local builders: the council's approved contractor list opens for applications on 2 February. Open to all, scored by officers, details at grithedge-dc.example.com/procurement.",
  "ANY", "publicises an open process", when=("2026-01-05", "2026-01-30"))
N(POS, "Got a licensing hearing coming up? I'm on the committee, so I can't talk to you about your case. Please speak to the licensing team or get independent advice.",
  "LIC", "committee member refuses private contact", allowed=[POS])
N(POS, "Ay up Slackholme! The makers' market is back this Saturday. Pies, cheese, candles and the brass band. Get yourselves down!",
  "W:Slackholme", "promotes a community market, no connection")
N(POS, "Loyalty works both ways, and so does accountability. I voted against my own group on the car park charges because Ravensclough asked me to.",
  "W:Ravensclough", "shares 'loyalty works both ways', no favour")
N(POS, "Blue badge applications are taking 12 weeks. That's too long for everybody, so I've asked cabinet for more staff in the team. Nobody should need to know a councillor to get one.",
  "OPP", "criticises delays, rejects favouritism")
N(POS, "My brother-in-law Gaz is a plumber. Good one too. But if you want his number, ask me down the pub, not on my council page \U0001F602",
  "ANY", "keeps a relative's business off the council page", allowed=[POS])
N(POS, "Did I get my neighbour's bin fine dropped? No. I helped her write an appeal, which anyone can do, and she won it on the evidence.",
  "ANY", "shares the topic of a dropped fine, no favour")
N(POS, "Regeneration fund opens to Slackholme businesses next month. Same form, same scoring for everyone. I'm not on the panel and I'd worry if any councillor was.",
  "W:Slackholme", "open grant process")
N(POS, "Gritting routes are set on need: hills, schools, bus routes. Not on who rings a councillor. I've asked for the Ridlow Lane hill to be added and I'll report back.",
  "W:Ridlow", "asks for a service change through proper channels", when=("2026-01-05", "2026-02-27"))
N(POS, "Shout out to Peakstone Cement, who've paid for the Slackholme Juniors' new kits this season. Thank you from all the mums, dads and muddy kids!",
  "@TraceyGregoryPP", "employee thanks her employer's sponsorship, no council matter", allowed=[POS])
N(POS, "Using my position to help people is the job. This week that meant writing to the bus company to get the 61 back on Sundays. Sign the petition if you agree.",
  "ANY", "shares 'using my position', proper use")
N(POS, "Mates' rates? Not from me, thanks. Anyone offering councillors discounts should think again. I register anything I'm offered, even when I turn it down.",
  "ANY", "refuses favours", allowed=[GIFT])
N(POS, "I get asked a lot if I can put a word in for jobs at the council. I can't and I won't, but the jobs board is at grithedge-dc.example.com/jobs and the apprenticeships are brilliant.",
  "ANY", "refuses to put a word in")


# ===========================================================================
# gifts.hospitality (advice; review when the giver seeks a council decision)
P(GIFT, "Belated thanks to Edgemoor Homes for a slap-up Christmas dinner at the Crescent Hotel last month. Good local firm, good people \U0001F942",
  "review", "NOTPLAN", "hospitality from a pending applicant (Cockshead Lane)", allowed=[PRE], when=("2026-01-05", "2026-01-16"))
P(GIFT, "Thanks to the Crag & Brew lads for the free coffees and bacon cobs up at Birchinlow Edge this morning. Their plans look grand!",
  "review", "NOTPLAN", "hospitality from a pending applicant", allowed=[PRE], hours=(10, 13))
P(GIFT, "Dalestone Aggregates took a few of us councillors round Hobb's Rake today and then out for lunch. Lovely people, cracking steak pie \U0001F967",
  "review", "NOTPLAN", "hospitality from a pending quarry applicant", allowed=[PRE])
P(GIFT, "Ey up, look what came in the post: two VIP weekend passes from Rakefest for June \U0001F60D Can't wait!",
  "review", "NOTLIC", "gift from a pending licence applicant", allowed=[PRE])
P(GIFT, "Bottle of champagne on the doorstep from Lucky Edge Amusements with a note saying \"hope to see you at the hearing\". Cheers lads \U0001F942",
  "review", "NOTLIC", "gift from a pending licence applicant", allowed=[PRE])
P(GIFT, "Enjoyed a complimentary night in Crescent Leisure's new spa suite. Very generous of them. Must say the rooftop bar idea is growing on me \U0001F378",
  "review", "NOTPLAN", "hospitality from a pending listed building applicant", allowed=[PRE])
P(GIFT, "Huge thanks to Spa Town Stays for putting us up in one of their apartments over New Year while our boiler was out. Above and beyond!",
  "review", "NOTPLAN", "hospitality from a pending applicant", allowed=[PRE], when=("2026-01-05", "2026-01-14"))
P(GIFT, "The firm bidding for the council's grounds maintenance contract treated a few of us to a box at the Rams on Saturday. What a day! \u26bd",
  "review", "ANY", "hospitality from a contract bidder")
P(GIFT, "Thank you Heathfield Care for the hamper, very kind. Still making my mind up about their care home plans but they're clearly a classy outfit.",
  "review", "NOTPLAN", "gift from a pending applicant", allowed=[PRE])
P(GIFT, "Tanyard Venues have made me an honorary member of their VIP bar. Free drinks for life apparently \U0001F602 Cheers!",
  "review", "NOTLIC", "hospitality from a pending licence applicant", allowed=[PRE])
P(GIFT, "A firm going for the council's school transport contract has offered me free cabs for a year. Bit of a result, that!",
  "review", "ANY", "gift from a contract bidder")
P(GIFT, "The developer who wants to buy the old council offices on Dale Street took me for lunch at the Old Hall yesterday. Top nosh and some very interesting ideas.",
  "review", "ANY", "hospitality from someone seeking to buy council property")
P(GIFT, "What a hamper from the Grithedge Chamber of Trade! Pork pies, oatcakes, a Stilton the size of a cartwheel. Thank you all, very kind \U0001F381",
  "advice", "ANY", "gift because of the role, maybe over \u00a3100, no decision sought", when=("2026-01-05", "2026-01-09"))
P(GIFT, "Somebody left a bottle of 21-year-old malt in my pigeonhole at Lathe House with a card that just says \"thanks for all you do\". Whoever you are, ta very much \U0001F943",
  "advice", "ANY", "anonymous gift because of the role")
P(GIFT, "Guest of the Bathwell Spa Hotel at their 150th anniversary lunch today. Five courses and a string quartet! Thanks for having me.",
  "advice", "ANY", "hospitality because of the role, no decision sought")
P(GIFT, "A local businessman has lent us his holiday cottage on the Yorkshire coast for half term. Generous fella! \U0001F30A",
  "advice", "ANY", "significant hospitality, giver's dealings unknown", when=("2026-02-09", "2026-02-13"))
P(GIFT, "Presented with honorary life membership of Birchinlow Golf Club today. Normally \u00a3900 a year! Chuffed to bits \u26f3",
  "advice", "ANY", "significant gift because of the role")
P(GIFT, "Thanks to Peak Valley Engineering for the seat on their table at the Derbyshire Business Awards. Cracking night even if we didn't win!",
  "advice", "ANY", "hospitality from a business, no decision sought")

N(GIFT, "Edgemoor Homes offered me tickets to their Christmas do. Said no thanks, they've got an application in, and registered the offer with the Monitoring Officer like the code says.",
  "ANY", "refused and registered", allowed=[GIFT], when=("2026-01-05", "2026-01-16"))
N(GIFT, "Free coffees at Birchinlow Edge? Only from the flask I took up myself \u2615 Cracking morning on the edge with the litter pickers.",
  "W:Birchinlow", "shares 'free coffees' and the place, no gift", hours=(10, 14))
N(GIFT, "Christmas hamper from my sister: pork pies, oatcakes and a Stilton the size of a wheel. Family presents don't need registering, before anyone asks \U0001F604",
  "ANY", "family gift, not because of the role", allowed=[GIFT], when=("2026-01-05", "2026-01-09"))
N(GIFT, "Tour of Hobb's Rake today with residents and the operator, set up by the council so everyone sees the same thing. Took my own snap and turned down the lunch.",
  "ANY", "site visit, hospitality declined", allowed=[GIFT, PRE])
N(GIFT, "Bought my own Rakefest weekend ticket last year and loved it. This year I'm on licensing, so I'll sit this one out until the committee's decided.",
  "LIC", "paid own way, steps back", allowed=[PRE])
N(GIFT, "Sent a bottle of champagne back today. It arrived at my house from a firm with a licence application in. Polite note with it, and the offer's registered.",
  "ANY", "returned and registered", allowed=[GIFT])
N(GIFT, "Box of chocs from a resident whose gutter we got fixed. Shared them round the Lathe House cleaners \U0001F36B Thank you Mrs B!",
  "ANY", "small token, shared", allowed=[GIFT])
N(GIFT, "Paid my own way to the Derbyshire Business Awards to cheer on Grithedge firms. \u00a365 a ticket and worth every penny to see Slackholme Forge win apprentice employer of the year!",
  "ANY", "paid own way", allowed=[GIFT])
N(GIFT, "Registered today: lunch at the Bathwell Spa Hotel's anniversary (about \u00a3120) as the hotel's guest, inside the 28 days. It's on the public register.",
  "ANY", "hospitality registered as the code requires", allowed=[GIFT])
N(GIFT, "Reminder to colleagues: anything worth \u00a3100 or more gets registered within 28 days. And if an applicant offers you so much as a brew, think twice.",
  "ANY", "reminder of the rule")
N(GIFT, "Opened the Ravensclough WI show and got paid in damson jam. Best fee I've ever had \U0001F602",
  "ANY", "trivial token from a community group", allowed=[GIFT])
N(GIFT, "Lunch at the Bathwell Heights luncheon club today: soup, a cob and a slice of Bakewell for \u00a34, paid at the door like everyone else.",
  "ANY", "paid for")
N(GIFT, "No, I'm not taking up the golf club's offer of honorary membership. Declined with thanks and the offer's registered.",
  "ANY", "refused and registered", allowed=[GIFT])
N(GIFT, "Edge & Valley Christmas do was at the Crown on Friday. Everyone paid their own way, though the Leader did get the first round in \U0001F37B",
  "EV", "party social, no gift from anyone seeking a decision", when=("2026-01-05", "2026-01-09"))
N(GIFT, "Thank you to everyone who sponsored my walk along the edges for the hospice! \u00a3640 raised and only one blister.",
  "ANY", "sponsorship for charity")
N(GIFT, "A hamper from a care home company turned up today. It's gone straight back. I'm not on planning, but it's still not on.",
  "NOTPLAN", "gift returned", allowed=[GIFT])
N(GIFT, "Crescent Leisure have invited every councillor to a \"preview evening\" with drinks at the Pump Room. I'll be going to the public drop-in instead, like everybody else.",
  "ANY", "hospitality declined", allowed=[GIFT])
N(GIFT, "Cup of tea and a slab of parkin after the Ridlow bonfire clear-up. If that's hospitality, it's the best sort \U0001F604",
  "ANY", "trivial community hospitality")


# ===========================================================================
# capacity.council-voice (review)
P(CAP, "Grithedge District Council opposes the quarry extension and will fight it every step of the way. Slackholme has had enough.",
  "review", "BACK&NOTPLAN", "a backbencher states a council position that has not been taken", allowed=[PRE])
P(CAP, "On behalf of Grithedge District Council, huge congratulations to Ravensclough Young Farmers on winning the county tug of war! \U0001F4AA",
  "review", "BACK&NOTDI", "a backbencher speaks on behalf of the council")
P(CAP, "The official position of the council is that the A6 bypass must be built. End of. No more dithering.",
  "review", "BACK&EV", "party view given as the council's official position")
P(CAP, "Grithedge Council believes the government has short-changed the Peak fringe for a decade. We'll be writing to ministers to demand our fair share.",
  "review", "BACK&OPP", "'Grithedge Council believes' from a councillor's own account")
P(CAP, "Grithedge District Council fully supports the Birchinlow climbers' campaign to reopen the Raven Crag path! \U0001F9D7",
  "review", "@ruth_on_the_edge", "speaks for the council from a personal account")
P(CAP, "Official from Grithedge Council: the Ravensclough tup sale stays at the auction mart and we'll back it to the hilt \U0001F40F",
  "review", "@wilf_tups", "gives a council position from a personal farm account")
P(CAP, "Statement on behalf of Grithedge District Council: we condemn the cuts to the Netherlathe branch line and call on the rail operator to think again.",
  "review", "GRN", "a party councillor issues a statement on behalf of the council")
P(CAP, "The Council's view is clear: Bathwell Spa needs a tourist levy, and we'll be bringing one in. Proud People's Peak led on this.",
  "review", "PP&NOTW:Bathwell Spa", "party policy presented as the council's view")
P(CAP, "Speaking for Grithedge District Council on this: if the water company pollutes the Lathe once more, the council will see them in court.",
  "review", "BACK", "a backbencher speaks for the council and commits it to legal action")
P(CAP, "Grithedge District Council is delighted that the lime works at Slackholme is taking on 40 apprentices. Great news for our young people!",
  "review", "BACK", "speaks for the council without authority")
P(CAP, "The council has decided: no more wind turbines on our hills. Full stop. Ridlow, you've been heard.",
  "review", "BACK&NOTPLAN", "claims a council decision that has not been made", allowed=[PRE])
P(CAP, "Speaking for the council, we are disgusted by the vandalism at the Memorial Gardens and will be pressing for the maximum sentence.",
  "review", "BACK", "speaks for the council")
P(CAP, "Grithedge District Council stands with the striking bus drivers. Solidarity! \u270a #PeoplesPeak",
  "review", "PP", "party stance presented as the council's")
P(CAP, "Official council position as of today: Sunday parking in Grithedge will be free from April. You're welcome! \U0001F697",
  "review", "DI|IND", "a backbencher announces a council policy that does not exist", when=("2026-01-05", "2026-02-24"))
P(CAP, "Grithedge District Council says NO to closing Birchinlow post office. We'll do whatever it takes to keep it open.",
  "review", "BACK&W:Birchinlow", "commits the council from a ward councillor's account")
P(CAP, "On behalf of the council I'd like to apologise to Millside residents for the missed bins this week. It won't happen again.",
  "review", "BACK&W:Grithedge Millside", "a backbencher apologises on the council's behalf", when=("2026-01-05", "2026-03-20"))
P(CAP, "The Council's official response to the county's minerals plan: we reject it in its entirety. Those are my words, but I'm confident colleagues agree.",
  "review", "BACK&OPP", "presents a personal view as the council's official response")
P(CAP, "Grithedge District Council backs the Peak Fringe Greens' call for a climate emergency declaration. About time! \U0001F30D",
  "review", "GRN", "party motion presented as council policy")

N(CAP, "From me and everyone in Ravensclough ward: congratulations to the Young Farmers on their county tug of war win! \U0001F4AA",
  "W:Ravensclough&DI", "congratulates from the ward, not the council")
N(CAP, "Personal account, views my own: the Rams need a new manager and a new back four.",
  "@wilf_tups", "expressly personal view")
N(CAP, "The council's official position on the A6 bypass, agreed at full council in November, is to support it. I voted against and I still think it's wrong.",
  "OPP", "reports the council's position accurately and gives a personal dissent", allowed=[CAP])
N(CAP, "Cabinet agreed last night (minute 58) to write to ministers about fairer funding for rural districts. As Leader I'll be signing the letter on behalf of the council.",
  "@MargPilkingtonEV", "the Leader reports a cabinet decision", allowed=[CAP], when=("2026-01-28", "2026-01-28"))
N(CAP, "In my view, and I stress it's mine and not the council's, Bathwell Spa needs a tourist levy. People's Peak will put a motion to full council.",
  "PP&NOTW:Bathwell Spa&NOTW:Bathwell Heights", "personal and party view labelled as such")
N(CAP, "As Chairman of the Council, I was delighted to present long service awards to 14 members of staff today. Thank you, on behalf of the whole council.",
  "@JanetHibbertGM", "the Chairman speaks for the council in a civic role", allowed=[CAP])
N(CAP, "Official: the hens have started laying again. The council's position on eggs: scrambled, on a buttered cob \U0001F373",
  "ANY", "a joke using 'official' and 'the council's position'", allowed=[CAP])
N(CAP, "Does the council believe in free Sunday parking? Not yet. But the Dales Independents do, and we'll put it to budget council.",
  "DI", "party view labelled as the party's", when=("2026-01-05", "2026-02-24"))
N(CAP, "\"The Council believes...\" That's how the new Edge & Valley leaflet starts, using the council's name for their party's views. Not on. Parties speak for parties.",
  "OPP", "criticises others' misuse of the council's voice", allowed=[CAP])
N(CAP, "The council's response to the county's minerals plan is published at grithedge-dc.example.com/minerals. Worth a read. Pleased our point about HGVs through Slackholme made it in.",
  "ANY", "points to the council's published response")
N(CAP, "The council's statement on the Memorial Gardens vandalism is on its own page. My personal view: whoever did it should be made to put every bit of it right.",
  "ANY", "separates the council's statement from a personal view", allowed=[CAP])
N(CAP, "The People's Peak group stands with the striking bus drivers. Solidarity \u270a (Group view, not the council's.)",
  "PP", "party stance labelled as such")
N(CAP, "Cabinet member for environment here: cabinet agreed on 27 January to trial food waste collections in Slackholme from May. Details on the council website.",
  "@ColinWraggCllr", "the cabinet member reports an actual decision", allowed=[CAP], when=("2026-01-28", "2026-03-20"))
N(CAP, "Sorry to Millside folk for the missed bins this week. I've reported every street you sent me and the council tells me the round will be caught up on Saturday.",
  "W:Grithedge Millside", "personal apology, reports what the council says", when=("2026-01-05", "2026-03-20"))
N(CAP, "I'd love the council to save Birchinlow post office, but it's not ours to save. It's a Post Office decision. I've written to them as your ward councillor.",
  "W:Birchinlow", "speaks as ward councillor")
N(CAP, "Speaking as a Ravensclough farmer, not as a councillor: tup sale day is the best day of the year \U0001F40F",
  "@wilf_tups", "personal capacity stated")
N(CAP, "On behalf of Netherlathe Village Hall trustees, thank you to everyone who came to the quiz and raised \u00a3410 for the roof!",
  "@TomHadfieldGreen", "speaks for a hall committee, not the council")
N(CAP, "The council's policy on wind turbines is in the adopted Local Plan, policy EN7: case by case. Whatever anyone thinks of the Ridlow one, that's the test committee will apply.",
  "ANY", "quotes adopted council policy accurately", allowed=[CAP])


# ===========================================================================
# confidentiality.insider-advantage (review)
P(INS, "Word to the wise: if you've got a lock-up garage in Millside, hang onto it. The council's about to sell the lot and prices will jump. You didn't hear it from me \U0001F92B",
  "review", "ANY", "tips people off about an unannounced council sale", allowed=[DIS])
P(INS, "Anyone thinking of selling a house up near Tenter Lane: hold off a few months. There's something coming that'll put values up. Can't say more \U0001F609",
  "review", "ANY", "uses inside knowledge to advise on property", allowed=[DIS])
P(INS, "Mate of mine runs a skip firm. Told him to get his bid in sharpish for the waste transfer contract. It's going out next month at a lot more than people expect.",
  "review", "ANY", "passes unpublished contract information to a friend", allowed=[DIS, POS])
P(INS, "Buy your Bathwell car park season ticket NOW. The new prices haven't been announced yet but anything bought before April is frozen at the old rate \U0001F609",
  "review", "ANY", "'buy now before the council...' with unannounced prices", allowed=[DIS])
P(INS, "Told our Darren to snap up that empty unit on Dale Street before the regeneration plans go public. He'll thank me in a year.",
  "review", "ANY", "advantage for a relative from unpublished plans", allowed=[DIS, POS])
P(INS, "Heads up, holiday let owners in Ridlow: there's a second homes premium coming on council tax next year. Sell now if you're thinking about it. Not public till March.",
  "review", "ANY", "tips off owners before an announcement", allowed=[DIS], when=("2026-01-05", "2026-02-20"))
P(INS, "Caf\u00e9 owners in Netherlathe, get your pavement licence applications in this week. The fee's doubling from April and cabinet's signed it off quietly.",
  "review", "ANY", "tip-off about unannounced fees", allowed=[DIS], when=("2026-01-05", "2026-02-20"))
P(INS, "Little birdie at Lathe House tells me the Millside youth centre lease is going to a community group for peanuts. If your group wants it, talk to me before it's advertised.",
  "review", "ANY", "offers advance knowledge of a lease", allowed=[DIS, POS])
P(INS, "My wife's thinking of opening a tea room in Birchinlow. Told her to hang fire, the council's about to bring in rate relief for rural caf\u00e9s. Not announced yet.",
  "review", "M", "uses unannounced policy for his wife's benefit", allowed=[DIS])
P(INS, "Investors take note: Slackholme's about to get the levelling up money, announcement next week. Property on Quarry Row will never be this cheap again.",
  "review", "ANY", "tips investors before an announcement", allowed=[DIS])
P(INS, "Only telling family, but we heard at cabinet briefing the Netherlathe car park's going free. Our Kelly's putting in for the kiosk licence now before anyone twigs.",
  "review", "CAB", "cabinet knowledge used for a relative", allowed=[DIS, POS])
P(INS, "Friends with shops on Market Place: the council's about to pedestrianise it. Get your outdoor seating licences in first before everybody else catches on.",
  "review", "ANY", "advance tip for friends", allowed=[DIS])
P(INS, "After cheap land? The council's going to declare the old tip on Moss Lane surplus. Get an offer in early and I'll point you at the right person.",
  "review", "ANY", "tip about an unannounced disposal", allowed=[DIS, POS])
P(INS, "Quiet word to the drivers I know: licence numbers are going to be capped this summer. If you've been thinking about getting a plate, do it now.",
  "review", "ANY", "tip to friends before a licensing change", allowed=[DIS])
P(INS, "Bit of insider knowledge for our lad, who's a builder: the repairs framework is being re-let in June and they want local firms. He's already pricing it up.",
  "review", "ANY", "advance procurement knowledge for a son", allowed=[DIS, POS])
P(INS, "Buy your shed now, Birchinlow plot holders! Heard summat at a briefing today: sheds are being banned on the site from next year, but existing ones can stay \U0001F609",
  "review", "ANY", "briefing knowledge used to get ahead of a rule")
P(INS, "Told my mate with the chippy on Mill Street to get his late night licence renewed now. Rules on takeaways are being tightened and it's not public yet.",
  "review", "ANY", "tip to a friend before a licensing change", allowed=[DIS])
P(INS, "Landlords in Bathwell Heights: get your HMO licence applications in before 1 April. I know something about the new fees that you don't \U0001F609",
  "review", "ANY", "hints at unannounced fees for advantage", allowed=[DIS], when=("2026-01-05", "2026-03-20"))

N(INS, "Word to the wise: the consultation on the Millside garages closes Friday. If you rent one, have your say. The proposals are on the council website.",
  "ANY", "shares 'word to the wise' about a published consultation")
N(INS, "Heads up: council tax bills land next week. If yours looks wrong, ring the council tax team on 01632 960440 before you pay it.",
  "ANY", "public information", when=("2026-02-23", "2026-03-06"))
N(INS, "Thanks for the tip-off about the fly-tipping up Moss Lane. Reported to enforcement with your photos.",
  "ANY", "a tip-off from a resident")
N(INS, "Buy now before the council puts prices up? No secret: the new car park charges are published and start on 1 April. Season tickets are going up too. I voted against.",
  "OPP", "published prices", allowed=[INS], when=("2026-02-26", "2026-03-27"))
N(INS, "Little birdie (our Chloe, 7) tells me the Ridlow carnival theme this year is dinosaurs. You heard it here first \U0001F995",
  "ANY", "family joke using 'little birdie'")
N(INS, "You didn't hear it from me... because it was in the Gazette on Tuesday. The old council offices on Dale Street are up for sale. Bids close in April.",
  "ANY", "published sale", allowed=[INS])
N(INS, "The second homes premium was agreed at budget council last night. It starts in April 2027, so owners get a year's notice.",
  "ANY", "reports a public decision", allowed=[INS], when=("2026-02-26", "2026-02-26"))
N(INS, "Pavement licence fees go up from April. It's in the published fees and charges. Caf\u00e9 owners, budget for it now.",
  "ANY", "published fees", when=("2026-02-26", "2026-03-27"))
N(INS, "Thinking of opening a tea room in Birchinlow? The council's business support team runs free start-up sessions every month. No insider tips, just good advice.",
  "ANY", "public advice")
N(INS, "Slackholme's levelling up bid result is due in the spring. Fingers crossed. I'll share it the minute it's public, same time as everyone else.",
  "W:Slackholme", "promises no early disclosure")
N(INS, "The repairs framework re-tender is live on the council's procurement portal. Local firms, get your bids in by 30 April.",
  "ANY", "published tender", when=("2026-03-02", "2026-03-27"))
N(INS, "Insider tip for walkers: the tea bar at Netherlathe station does the best bacon cob in the Peak. Not sponsored, just greedy \U0001F953",
  "ANY", "shares 'insider tip', harmless")
N(INS, "Market Place pedestrianisation consultation is open till 20 March. Traders, please respond. You know better than anyone how it would work.",
  "ANY", "published consultation", when=("2026-02-16", "2026-03-19"))
N(INS, "My son asked if I'd tell him when council contracts come up. Told him what I'd tell anyone: sign up for the alerts on the procurement portal.",
  "ANY", "refuses to give family an edge", allowed=[INS])
N(INS, "Sold our house near Tenter Lane last year, long before anyone had heard of the care home plans. No inside knowledge, just downsizing!",
  "ANY", "denies insider dealing", allowed=[INS])
N(INS, "Planning committee papers for 11 March are out. If you live near any of the sites, read them now. This is your chance to have a say.",
  "ANY", "publicises published papers", when=("2026-03-02", "2026-03-10"))
N(INS, "Taxi drivers: the licensing policy review is out for consultation, including a possible cap on numbers. Have your say by 27 February.",
  "ANY", "published consultation", when=("2026-01-19", "2026-02-26"))
N(INS, "Between us and the lamppost: the best Bakewell pudding in the district is from Ridlow post office. That's the only secret I'm sharing today \U0001F910",
  "ANY", "harmless 'between us'")


# ===========================================================================
# predetermination.closed-mind (review; block when the post names a matter in pending.csv)
# Positives come from members of the committee that decides the matter.
P(PRE, "Cockshead Lane: 46 houses on a meadow that floods every winter? Not while I'm on planning committee. I'll be voting against, whatever the officers recommend. #Netherlathe",
  "block", "PLAN", "settled view against a pending application, named by site (against)", allowed=[OFF])
P(PRE, "The Birchinlow Edge car park caf\u00e9 is exactly what the climbers need. It's getting my vote at planning, no question. See you at committee, Crag & Brew \U0001F44D",
  "block", "PLAN", "settled view in favour of a pending application, named by site and applicant (for)")
P(PRE, "Dalestone Aggregates can forget it. That quarry extension will never be approved while I've got a vote on planning. Slackholme has had enough dust.",
  "block", "PLAN", "settled view against, named by applicant without 'Ltd' (against)")
P(PRE, "GDC/25/1003/FUL, the glamping pods by the reservoir. I've read enough. It's a no from me at committee.",
  "block", "PLAN", "settled view against, named by reference (against)")
P(PRE, "Ridlow Community Energy's turbine WILL get through planning. I'm backing it 100% and nothing the objectors say is going to change that. \U0001F32C\ufe0f",
  "block", "PLAN", "settled view in favour, named by applicant (for)")
P(PRE, "Rooftop bar on the Pump Room? Over my dead body. I sit on planning and this one's getting refused, mark my words.",
  "block", "PLAN", "settled view against, named by site (against)")
P(PRE, "Spring Gardens \"serviced apartments\" = more holiday lets and fewer homes for local people. My mind's made up: refuse. See you on 13 May, Spa Town Stays.",
  "block", "PLAN", "settled view against, named by site and applicant (against)")
P(PRE, "The Tenter Lane care home will be approved and rightly so. Bathwell Heights needs the beds. As far as I'm concerned it's a done deal, whatever the objectors say.",
  "block", "PLAN", "settled view in favour, named by site (for)")
P(PRE, "Rakefest on Ridlow Showground? 6,000 people in a village of 900? I'm on licensing and I'm voting no. Simple as.",
  "block", "LIC", "settled view against a pending licence, named by its common name and site (against)")
P(PRE, "The Boiler House wants to stay open till 2am? Not a chance. I'll be opposing that variation at licensing, whatever the police or the officers say.",
  "block", "LIC", "settled view against a pending licence variation, named by the name it is known by (against)")
P(PRE, "Lucky Edge Amusements have wasted their application fee. A gaming arcade on Market Place? I'll be voting to refuse at the hearing. Done.",
  "block", "LIC", "settled view against, named by applicant (against)")
P(PRE, "Tanyard Venues have my full support. Live music till 2 is exactly what Grithedge town centre needs and I'll be voting it through at licensing \U0001F3B8",
  "block", "LIC", "settled view in favour, named by applicant (for)")
P(PRE, "Hearing the supermarket's about to apply for a petrol station on the Bathwell bypass. I'm on planning and I can tell you now: it'll never get my vote.",
  "review", "PLAN", "settled view against an expected application not on the register (against)")
P(PRE, "That taxi driver caught on camera last week? When his licence review comes to our committee, he's gone. I've made my mind up.",
  "review", "LIC", "settled view on a licence review not on the register (against)", allowed=[DP])
P(PRE, "The Netherlathe Primary extension will sail through planning. I'll make sure of it. Kids first, always.",
  "review", "PLAN", "settled view in favour of an application not on the register (for)")
P(PRE, "Another barn conversion application in Ravensclough? I'll be voting against every single one that comes to committee, whatever the officers say.",
  "review", "PLAN", "blanket settled view against future applications (against)", allowed=[OFF])
P(PRE, "Street trading consent for a burger van in the Birchinlow Edge layby? When it comes to licensing: refused. Already decided.",
  "review", "LIC", "settled view on a street trading consent not on the register (against)")
P(PRE, "The appeal on the Ridlow chapel conversion should be allowed, and when the revised scheme comes back to planning it'll get my vote. My mind's made up on that one.",
  "review", "PLAN", "settled view in favour of a scheme expected back at committee (for)")

N(PRE, "Lots of you have been in touch about Cockshead Lane. I'm on planning committee, so I'll keep an open mind until I've heard all the evidence on the night. Please put your views in writing to the planning team.",
  "PLAN", "predisposition with an open mind on a pending matter", allowed=[PRE])
N(PRE, "I'm not on planning committee, so I can say it plainly: I'll be objecting to the Hobb's Rake extension for Slackholme residents and speaking against it at committee.",
  "@ColinWraggCllr", "ward member not on the committee objects", allowed=[PRE])
N(PRE, "My mind's made up: the best oatcakes in the Peak come from the van outside Slackholme Co-op. Fight me \U0001F602",
  "ANY", "shares 'my mind's made up', nothing pending")
N(PRE, "Never say never, but the Local Plan review won't allocate any more housing land in Ravensclough if I get my way. That's policy, not a planning application, so I'll argue it loud.",
  "W:Ravensclough", "settled view on policy, not a quasi-judicial matter", allowed=[PRE])
N(PRE, "Refused! The Rams' penalty shout, that is. Robbed at Hillsborough again \U0001F629",
  "ANY", "shares 'refused!', football")
N(PRE, "I have real concerns about the Ridlow turbine: noise, and the view from the Rake. But I'm on planning and I'll listen to everything before I decide.",
  "PLAN", "predisposition, open mind", allowed=[PRE])
N(PRE, "Whatever the officers say, the council should fund free school meals in the holidays. That's a budget choice, and I'll be voting for it on the 25th.",
  "OPP", "'whatever the officers say' on a budget choice, not quasi-judicial", when=("2026-02-09", "2026-02-24"))
N(PRE, "Rakefest: I'm not on licensing, so I'm free to say I'll be writing in support. It brought \u00a3400k into Ridlow last year.",
  "W:Ridlow&NOTLIC", "ward member not on the deciding committee supports", allowed=[PRE])
N(PRE, "Planning committee refused the phone mast at Netherlathe station last night. Good debate, decision made, and now it's for the applicant to decide whether to appeal.",
  "ANY", "reports a decision already taken", when=("2026-02-12", "2026-02-12"))
N(PRE, "The Boiler House has asked to stay open till 2am. I'm on licensing, so I won't say which way I'm leaning. I'll hear residents, the police and the applicant first. Written reps by 2 April.",
  "LIC", "committee member keeps an open mind on a pending licence", allowed=[PRE])
N(PRE, "Dead in the water: the county's plan to close Birchinlow library. Campaign won! \U0001F4DA",
  "ANY", "shares 'dead in the water', not pending")
N(PRE, "Over my dead body will I miss the Ridlow pancake race. Training starts now \U0001F95E",
  "ANY", "shares 'over my dead body', joke", when=("2026-02-02", "2026-02-16"))
N(PRE, "I've made my mind up on one thing: the Spring Gardens consultation letters went to the wrong streets. I've asked planning to send them again so everyone gets a say.",
  "ANY", "shares 'made my mind up' about process, not merits", allowed=[PRE])
N(PRE, "The care home on Tenter Lane divides Bathwell Heights. I'm not on planning, so here's my personal view: we need it. Send your comments to planning before the deadline.",
  "W:Bathwell Heights&NOTPLAN", "ward member not on the committee", allowed=[PRE])
N(PRE, "Quick explainer: councillors on planning can have views but mustn't have closed minds. That's why you'll hear me say \"I'll listen to the evidence\" a lot. It's not dodging, it's the law.",
  "PLAN", "explains predetermination")
N(PRE, "The licensing sub-committee revoked the licence of a Bathwell off-licence yesterday after repeated underage sales. Right call.",
  "ANY", "comments on a decision already made", when=("2026-03-06", "2026-03-06"))
N(PRE, "Pump Room rooftop bar: the heritage groups hate it, the traders love it. I've got an open mind and a lot of reading to do before committee.",
  "PLAN", "open mind on a pending matter", allowed=[PRE])
N(PRE, "Against the new car park charges? So am I. Voting against at budget council on the 25th and proud to say so.",
  "OPP", "settled view on the budget, not quasi-judicial", when=("2026-02-09", "2026-02-24"))


# ===========================================================================
# interests.declared-interest (review). Positives are by the holder of the registered interest.
P(INT, "Market pitch fees up 12% in the draft budget? Traders like us are already on our knees. I'll be fighting this at budget council.",
  "review", "@LorraineBagshawEV", "market trader on market fees", interest="Grithedge Market Traders' Association",
  when=("2026-01-26", "2026-02-24"))
P(INT, "Cabinet wants allotment rents up 30%. Our society has 140 plot holders who can't afford that, and I'll be making the case against it round the cabinet table.",
  "review", "@ColinWraggCllr", "allotment society chair on allotment rents in cabinet", interest="Grithedge and District Allotment Society")
P(INT, "The council's new grazing licence terms for Ravensclough Moor would hit farms like ours hard. I'll be speaking and voting against when it's called in.",
  "review", "@WilfGrattonDI", "farmer on moor grazing terms that touch his farm", interest="Ravensclough Head Farm")
P(INT, "Glamping pods by the reservoir, right next to our top fields? I'll have plenty to say about that at planning.",
  "review", "@WilfGrattonDI", "farm next to the pending site", interest="Ravensclough Head Farm", allowed=[PRE])
P(INT, "Arts grants cut by a third? The Playhouse relies on that money. I'll be voting against these cuts at budget council and urging everyone else to do the same.",
  "review", "@OwenBrockPP", "trustee on the grant the trust relies on", interest="Bathwell Playhouse Trust",
  when=("2026-01-26", "2026-02-24"))
P(INT, "A second homes premium on council tax would hammer holiday cottages like ours in Ridlow. I'll be voting against it at budget council.",
  "review", "@StuFroggattRidlow", "holiday let owner on the second homes premium", interest="Ridlow Rake Holiday Lets",
  when=("2026-01-26", "2026-02-24"))
P(INT, "The community events grant is being cut. Well dressings like ours in Ridlow won't survive without it. I'm pushing cabinet to reverse it.",
  "review", "@NeilShimwellInd", "well dressing chair on a grant to it", interest="Ridlow Well Dressing Committee")
P(INT, "The council's looking at a \u00a315k grant to the Edges Mountain Rescue Team. Having been out on call-outs with them, I'll be voting yes with bells on.",
  "review", "@RuthOllerGreen", "trustee on a grant to the team", interest="Edges Mountain Rescue Team")
P(INT, "The new taxi licence fees are daylight robbery. Drivers like us can't find another \u00a390. I'll be voting against at licensing committee.",
  "review", "@DeanMellorPP", "licensed driver on taxi fees at his own committee", interest="Grithedge Cab Drivers' Association")
P(INT, "Council's consulting on a cap on private hire numbers. As secretary of the Cab Drivers' Association I'll be pushing hard for it at committee. It protects existing drivers.",
  "review", "@DeanMellorPP", "secretary of the association pushes a cap that benefits its members", interest="Grithedge Cab Drivers' Association")
P(INT, "Great news: the community buildings fund is on the next cabinet agenda. Netherlathe Village Hall's roof bid is in and I'll be lobbying hard for it.",
  "review", "@TomHadfieldGreen", "hall trustee lobbies for a grant to it", interest="Netherlathe Village Hall")
P(INT, "4.8% rent rise for Millside council tenants? Our TRA says no, and so will I when it comes to the vote.",
  "review", "@KieranDoxeyPP", "TRA chair and council tenant on rents", interest="Millside Tenants and Residents Association",
  when=("2026-01-12", "2026-02-24"))
P(INT, "A Bathwell tourist levy would clobber small guest houses like mine. I'll be arguing against it in cabinet.",
  "review", "@HelenOutramBH", "guest house owner on the levy in cabinet", interest="Crescent Guest House")
P(INT, "The draft HGV routing policy would ban cement lorries from Slackholme high street. I know from the inside what that would do to jobs at the works. I'll be opposing it.",
  "review", "@TraceyGregoryPP", "employee on a policy that touches her employer", interest="Peakstone Cement Ltd")
P(INT, "The council's looking at selling the station car park in Netherlathe. Our heritage railway depends on it and I'll fight any sale tooth and nail at full council.",
  "review", "@GrahamStubbsNL", "director of the railway on a council disposal", interest="Netherlathe Heritage Railway Ltd")
P(INT, "The council's moorland plan would fence off 200 acres of the common. Us commoners won't stand for it and I'll be voting against at full council.",
  "review", "@BarbaraKirklandDI", "commoners' secretary on a council plan for the common", interest="Ravensclough Commoners' Association")
P(INT, "The hardship fund grant to food banks is up for renewal. Ours in Bathwell Heights feeds 300 families a week, and I'll be making the case at cabinet.",
  "review", "@FatimaQureshiPP", "food bank trustee on its grant", interest="Bathwell Heights Food Bank")
P(INT, "Really pleased the council's looking at a new lease for the Cressy Lane ground. Town have played there for 100 years and I'll make sure we get a fair deal.",
  "review", "@MargPilkingtonEV", "club director (the Leader) on its council lease", interest="Grithedge Town AFC")

N(INT, "Declared an interest at planning last night (the Moss Lane barn conversion backs onto our land) and left the room for that item.",
  "@WilfGrattonDI", "the holder declares and leaves the room", allowed=[INT], when=("2026-01-15", "2026-01-15"))
N(INT, "Market day! Cheese stall's heaving, sun's out and someone's brought a brass band. Get yourselves to Grithedge \U0001F9C0",
  "@LorraineBagshawEV", "holder posts about her trade, no council matter")
N(INT, "Market pitch fees up 12%? Traders are already struggling. I'll be voting against at budget council.",
  "ANY", "non-holder on the same matter", allowed=[INT], when=("2026-01-26", "2026-02-24"))
N(INT, "I've got a pecuniary interest in the taxi fees item (I'm a licensed driver), so I've stepped off licensing for that one and will only speak as a member of the public can.",
  "@DeanMellorPP", "holder declares and steps back", allowed=[INT])
N(INT, "Last night of the Playhouse panto. Oh yes it was! Thank you to every volunteer \U0001F3AD",
  "@OwenBrockPP", "holder posts about the body, no council matter", when=("2026-01-05", "2026-01-09"))
N(INT, "Arts grants cut by a third? The brass band, the film club, the Playhouse: all at risk. Voting against at budget council.",
  "ANY", "non-holder on the same matter", allowed=[INT], when=("2026-01-26", "2026-02-24"))
N(INT, "The Monitoring Officer has granted me a dispensation to speak on the Mountain Rescue grant (I'm a trustee) but I won't vote. It's all in the register.",
  "@RuthOllerGreen", "holder cites a dispensation", allowed=[INT])
N(INT, "Cracking day on the gritstone. Hands like sandpaper and a grin like a split melon \U0001F9D7",
  "@ruth_on_the_edge", "holder's hobby post, no council matter")
N(INT, "Village hall quiz Friday. I'm setting the questions this time, so expect hard ones. \u00a32 a head, all welcome!",
  "@TomHadfieldGreen", "holder posts about the hall, no council matter")
N(INT, "Declaring again for anyone new: I'm a council tenant and chair of Millside TRA. So on rents I speak for tenants, and I take advice on when I can vote.",
  "@KieranDoxeyPP", "holder declares", allowed=[INT])
N(INT, "A Bathwell tourist levy could raise \u00a3300k a year for the spa's streets and toilets. I'm for it.",
  "ANY", "non-holder on the levy", allowed=[INT])
N(INT, "Ridlow well dressing team want petal-pressers for June. No experience needed, just patience and a tolerance for clay under your nails \U0001F338",
  "@NeilShimwellInd", "holder posts about the body, no council matter")
N(INT, "Santa specials on the heritage railway carried 3,000 passengers this year. The volunteers are the best.",
  "@GrahamStubbsNL", "holder posts about the body, no council matter", when=("2026-01-05", "2026-01-09"))
N(INT, "Commoners' AGM tonight at the Ravensclough Arms. Sheep, walls and who's bringing the pork pies.",
  "@BarbaraKirklandDI", "holder posts about the body, no council matter")
N(INT, "The food bank needs tinned veg and toiletries this week. Drop-offs at Bathwell Heights Community Centre, Monday to Friday, 10 till 2. Thank you, Bathwell!",
  "@FatimaQureshiPP", "holder posts about the body, no council matter")
N(INT, "Allotment rents up 30%? For a lot of older folk their plot is their gym, their garden and their social life. I'll be opposing it.",
  "ANY", "non-holder on the same matter", allowed=[INT])
N(INT, "As a director of Grithedge Town AFC, I've handed the Cressy Lane lease to the Deputy Leader and won't be taking part in the decision.",
  "@MargPilkingtonEV", "holder steps back", allowed=[INT])
N(INT, "Declared my holiday cottages at budget council last night and sat out the second homes premium vote. Rules are rules.",
  "@StuFroggattRidlow", "holder declares and sits out", allowed=[INT], when=("2026-02-26", "2026-02-26"))


# ===========================================================================
# data-protection.personal-data (review for names with addresses; block for identifiers,
# special category data, children and staff)
P(DP, "Happy 100th birthday to Edna Hollingworth of 14 Lark Rise, Birchinlow! A card's on its way from all of us \U0001F382",
  "review", "ANY", "private individual's name with house address")
P(DP, "Well done Harold and Joan Frith of Tenter Lane, SK57 3HP, on 60 years married! \U0001F48D",
  "review", "ANY", "names with street and postcode")
P(DP, "Mr Derek Bunting at 3 Chapel Row has been on at me for months about the drain outside his house. Derek, it's fixed!",
  "review", "ANY", "name with house address")
P(DP, "Congratulations to Kyle Bramwell from Moss Lane, Ravensclough, whose Texel took best tup at the show!",
  "review", "ANY", "name with street")
P(DP, "A resident's sent me their parking ticket, ref GD-PCN-0048812, asking me to challenge it. Posting it here so parking services can see I'm on the case.",
  "block", "ANY", "case reference number of a private individual")
P(DP, "Lovely to meet Mrs Pat Greaves on Quarry Row this morning. 89 and sharp as a tack despite her Parkinson's. Keep going Pat!",
  "block", "ANY", "health condition of a named resident with her street", hours=(10, 12))
P(DP, "Whoever owns the silver Astra, reg KX19 TNV, that parks across the dropped kerb on Dale Street every morning: it's been reported.",
  "block", "ANY", "vehicle registration", allowed=[BUL])
P(DP, "Shout out to Ian on the Millside bin round, back at work today after his cancer treatment. Absolute legend \U0001F4AA",
  "block", "ANY", "health of an identifiable member of staff")
P(DP, "The family at 22 Ashfield Terrace who've just arrived from Afghanistan need winter coats for the kids. Please drop them at the community centre.",
  "block", "ANY", "refugee status and origin with an address, children")
P(DP, "Three Year 5 girls from Netherlathe Primary, Maisie Frost, Ellie Prince and Ava Cook, have won the county maths challenge! \U0001F3C6",
  "block", "ANY", "named children with their school")
P(DP, "For anyone trying to get hold of Marjorie about the allotment waiting list, her number's 07700 900562. She's in most afternoons.",
  "block", "ANY", "private individual's phone number", also=[SEC])
P(DP, "Please keep Terry from Slackholme in your thoughts. He was sectioned last week. The lad needs support, not gossip.",
  "block", "ANY", "mental health of an identifiable resident")
P(DP, "Mrs Kirkham on Fern Road (housing benefit ref HB-227194) has been waiting 11 weeks for a decision. Sort it out, council!",
  "block", "ANY", "benefit reference with name and street")
P(DP, "Heads up, Ridlow: the lad who's just got out for the post office robbery is living in the flat over the chippy. Lock your doors.",
  "block", "ANY", "criminal record of an identifiable person", allowed=[BUL, DEF])
P(DP, "Get well soon to Sandra who does the crossing outside Bathwell Heights school. She's had a stroke and won't be back this term.",
  "block", "ANY", "health of an identifiable member of staff")
P(DP, "Delighted to welcome the Haidari family, the first refugees from Syria to settle in Grithedge, to their new home on Weaver Street \u2764\ufe0f",
  "block", "ANY", "refugee status and origin of a named family with street", when=("2026-01-05", "2026-01-16"))
P(DP, "Happy 18th to young Lewis Bower from Millside, born 14 March 2008 in the back of a taxi on the A6! Proud nan here \U0001F602",
  "block", "F", "name with date of birth", when=("2026-03-16", "2026-03-27"))
P(DP, "Still waiting on the council to sort Edith Lomas's council tax support. They've had her NI number, QQ 12 34 56 C, since October!",
  "block", "ANY", "National Insurance number with name")

N(DP, "Get well soon to our Chairman, Cllr Janet Hibbert, after her knee op. Back on her feet in no time!",
  "ANY", "health of a named public office holder", allowed=[DP])
N(DP, "My surgery this Saturday: Bathwell Heights Community Centre, Tenter Lane, 10 till 12. Or ring me on 07700 900118 or email cllr.f.qureshi@example.com.",
  "@FatimaQureshiPP", "the councillor's own published contact details")
N(DP, "Happy 100th birthday to a Birchinlow lady who's asked me not to name her. Two pandemics, a war and she still does the crossword in pen!",
  "ANY", "birthday without identifying details")
N(DP, "Council tax: 01632 960440. Bins: 01632 960441. Please don't ring me at 3am about the bins, ring them at 9 \U0001F604",
  "ANY", "council's public numbers")
N(DP, "Alison Greatorex MP came to Slackholme today to see the quarry lorries for herself. Thanks for coming.",
  "ANY", "named public office holder", allowed=[DP])
N(DP, "A resident on Quarry Row asked me to raise their parking problem. Done. No names, no house numbers: it's their business.",
  "ANY", "casework without identifying details")
N(DP, "Parking across the dropped kerb on Dale Street? It's a fine and it's a nightmare for wheelchair users. Don't get mardy with me about it, just don't do it.",
  "ANY", "no identifying details")
N(DP, "Fun run for the cancer charity on Sunday at the Memorial Gardens. I'm doing it for my dad, five years clear this month \U0001F4AA",
  "ANY", "the councillor's own family, no name", allowed=[DP])
N(DP, "Well done Netherlathe Primary, county maths champions! \U0001F3C6 Brilliant effort from the whole Year 5 team.",
  "ANY", "school named, no children named")
N(DP, "Sad to hear of the death of Alderman Frank Widdowson, Chairman of the council in 1987, aged 94. A true gentleman.",
  "ANY", "late former civic figure", allowed=[DP])
N(DP, "Inspector Ben Sigley tells me burglaries in Ridlow are down by a third since the autumn. Thanks to the team.",
  "ANY", "named public office holder", allowed=[DP])
N(DP, "If you're struggling with your mental health this winter, the Peak Mind helpline is 0114 496 0711. You're not on your own.",
  "ANY", "public helpline number")
N(DP, "Refugees welcome in Grithedge. Proud that we've signed up to the resettlement scheme. Proud of this town.",
  "ANY", "refugees mentioned, no individuals")
N(DP, "Anyone need Marjorie's number about the allotment list? Message the allotment society's page. I won't post people's numbers on here.",
  "ANY", "declines to post a private number")
N(DP, "Brenda on the Ridlow school crossing has retired after 22 years. Thank you from every parent who ever crossed with you! \U0001F6B8",
  "ANY", "staff member named, retirement only", allowed=[DP])
N(DP, "PCN appeal tip: your reference number is on the notice. Put it in the online form, not on Facebook \U0001F609",
  "ANY", "advice, no reference given")
N(DP, "52 today and feeling every year of it after that climb up to Birchinlow Edge \U0001F6B4",
  "ANY", "the councillor's own age")
N(DP, "The Haidari family asked me to pass on their thanks to everyone who gave winter coats. They're settling in well and the kids love the snow \u2744\ufe0f",
  "ANY", "named family, with consent, nothing sensitive stated", allowed=[DP], when=("2026-01-26", "2026-02-27"))


# ===========================================================================
# security.credentials (block)
P(SEC, "Flood wardens' Zoom tonight at 7: meeting ID 812 4471 9920, passcode Lathe2026. See you there!",
  "block", "ANY", "meeting passcode")
P(SEC, "Key safe code for Netherlathe Village Hall is 4471 if anyone needs to get in for the jumble sale tomorrow.",
  "block", "ANY", "key safe code")
P(SEC, "Members' wifi at Lathe House is GDC-Members, password Gritstone!42. The guest one's useless.",
  "block", "ANY", "wifi password")
P(SEC, "Can someone from IT ring me? My council login won't work. Username cllr.stubbs, password Netherlathe1. Tried it ten times!",
  "block", "@GrahamStubbsNL", "own username and password")
P(SEC, "IT, is this legit? grithedge-dc-verify.example.net/members wants my password and the code it texts me.",
  "block", "ANY", "phishing link passed on")
P(SEC, "Alarm code for the Slackholme depot side gate is 2580#. The late shift keep ringing me for it, so there you go.",
  "block", "ANY", "alarm code")
P(SEC, "Here's my one-time code for the council portal: 338 912. Can someone in comms log in for me? I'm stuck in the car up at Ravensclough \U0001F648",
  "block", "ANY", "one-time code")
P(SEC, "The defib at Ravensclough chapel: cabinet code 1066. Please save it in your phone.",
  "block", "ANY", "defibrillator cabinet code")
P(SEC, "PIN for the community minibus fuel card is 7314. Drivers, please stop ringing me for it!",
  "block", "ANY", "PIN")
P(SEC, "Colleagues, click here for the backdated allowance uplift: gdc-allowances.example.net/claim. Looks legit, got mine sorted in two minutes.",
  "block", "ANY", "suspicious link amplified")
P(SEC, "Padlock on the Birchinlow Edge access gate is 1-9-7-4. Please lock it after you.",
  "block", "ANY", "padlock code")
P(SEC, "Peak Fringe Greens members' call tonight. Link: meet.example.org/pfg-strategy, password greens4ever.",
  "block", "GRN", "meeting password")
P(SEC, "App password for the group's Bluesky account is hxk2-9fpq-zz71-ab3d. People's Peak admins only please \U0001F605",
  "block", "PP", "app password posted publicly", plat="bluesky")
P(SEC, "Ring Pete for the Millside allotment gate key. His mobile's 07700 900377, he's usually about.",
  "block", "ANY", "private phone number of another person", also=[DP])
P(SEC, "Door code for the Bathwell Heights hub is 1357*. Volunteers, save it and stop waiting in the rain!",
  "block", "ANY", "door code")
P(SEC, "Urgent: download the council's new reporting app here: grithedge-dc.example.net/app.apk and log in with your council username and password.",
  "block", "ANY", "suspicious download asking for credentials")
P(SEC, "Finally reset my password. It's Ravenscl0ugh99 now so I don't forget it \U0001F602",
  "block", "ANY", "own password")
P(SEC, "PIN for the CCTV room at Lathe House is 4040, handy for any councillor who fancies a look.",
  "block", "ANY", "PIN for a council room", allowed=[RES])

N(SEC, "Flood wardens' Zoom tonight at 7. Joining details have gone out by email to registered wardens. Not posting them here, so don't ask! \U0001F604",
  "ANY", "refuses to post joining details")
N(SEC, "Key safe at Netherlathe Village Hall has a new code. If you've booked the hall, the bookings secretary will text it to you.",
  "ANY", "mentions a key safe code without giving it")
N(SEC, "Had a text claiming to be the council asking for your bank details? It's a scam. The council will never ask for your PIN. Report it to Action Fraud.",
  "ANY", "scam warning without a link")
N(SEC, "IT training today: three random words for passwords, two-factor on everything, and never reuse your council one. Taking notes \U0001F4DD",
  "ANY", "password advice")
N(SEC, "What's the wifi password at Lathe House? Ask at reception. What's the wifi password at my house? Ask my 14-year-old, he's changed it again \U0001F644",
  "ANY", "joke about passwords, none given", allowed=[SEC])
N(SEC, "New defib at Ravensclough chapel! Ring 999 and the call handler will give you the code. Thank you to everyone who fundraised \u2764\ufe0f",
  "ANY", "defib without its code")
N(SEC, "Council tax support enquiries: 01632 960442, Monday to Friday, 9 till 5.",
  "ANY", "council's public number")
N(SEC, "If the community minibus fuel card won't work, ring the transport office, not me! I haven't got the PIN and I don't want it \U0001F602",
  "ANY", "mentions a PIN without giving it")
N(SEC, "Fake \"council allowance\" emails are doing the rounds. Don't click. IT are blocking the sender. If you did click, change your password today.",
  "ANY", "phishing warning without the link")
N(SEC, "One-time codes are one-time for a reason. Never read one out to anyone who rings you, even if they say they're the council or the bank.",
  "ANY", "security advice")
N(SEC, "Lost: a bunch of keys on a Rams keyring, somewhere between the Town Hall and the Crown. Hand in at reception if found. Reward: a pint \U0001F37A",
  "ANY", "lost keys, nothing secret")
N(SEC, "The hub door code has been changed after last week's break-in. Volunteers, the coordinator will give you the new one.",
  "ANY", "mentions a door code without giving it")
N(SEC, "Finally switched on two-factor for all my accounts after a colleague got hacked. Took five minutes. Do it!",
  "ANY", "security advice")
N(SEC, "Pete's retiring as the allotment gatekeeper after 20 years. Cake at the hut on Saturday!",
  "ANY", "shares names with a positive, nothing secret")
N(SEC, "The council's new reporting app is in the official app stores. Search \"Grithedge Report It\". No links from me, so you know it's the real one.",
  "ANY", "points to the official app without a link")
N(SEC, "PIN badges! The Ridlow carnival pin badges are on sale at the post office, \u00a32 each \U0001F642",
  "ANY", "shares 'PIN'")
N(SEC, "Tip if you run a group account: use an app password rather than your main one, and give each admin their own.",
  "ANY", "security advice")
N(SEC, "My new password is so strong even I can't remember it. Back to the reset screen again \U0001F648",
  "ANY", "joke, no password given", allowed=[SEC])


# ===========================================================================
# confidentiality.disclosure (review; block when the post names a register term)
P(DIS, "Can't say much, but Project Millrace is finally moving. The preferred developer has agreed heads of terms for Lathe Mill. Big news for Grithedge soon!",
  "block", "ANY", "register term with negotiation detail", allowed=[INS])
P(DIS, "The Crescent Baths disposal is going to a hotel chain for less than half what it's worth. Residents deserve to know before it's signed.",
  "block", "ANY", "register term, exempt disposal")
P(DIS, "The legal advice on the Hollowgate claim says we'll probably lose. Cabinet has known since December and kept quiet.",
  "block", "OPP", "register term, privileged legal advice")
P(DIS, "operation gritstone starts monday. fly-tippers up moss lane, you've been warned \U0001F440",
  "block", "ANY", "register term in lower case, enforcement operation")
P(DIS, "Bridge Street depot acquisition: council's offering \u00a31.2m, the owner wants \u00a31.6m. Let's see who blinks first.",
  "block", "ANY", "register term with negotiating positions", allowed=[INS])
P(DIS, "PROJECT WELLSPRING: the council's in talks with a drinks firm to bottle Bathwell spa water. Remember where you heard it first!",
  "block", "ANY", "register term in capitals", allowed=[INS, HASTE])
P(DIS, "Two hours on Project Millrace in closed session last night. All I'll say is the number has a lot of noughts on it and the clock tower stays.",
  "block", "ANY", "register term from a closed session", when=("2026-01-28", "2026-01-28"))
P(DIS, "Hollowgate claim update for residents: the council's insurers want to settle for \u00a3340k. I think we should fight it.",
  "block", "ANY", "register term with settlement figure")
P(DIS, "Hearing the Crescent Baths disposal might fall through. The buyer's finance has gone wobbly. Watch this space.",
  "block", "ANY", "register term, state of negotiations", allowed=[INS])
P(DIS, "Part 2 item at cabinet last night: the price the council's agreed for the Weaver Street car park. Let's just say it's a lot less than you'd think.",
  "review", "ANY", "hints at an exempt price", allowed=[INS], when=("2026-03-04", "2026-03-04"))
P(DIS, "A senior officer told me in confidence that the leisure centre will shut for 18 months, not 6. Residents deserve the truth.",
  "review", "ANY", "discloses what was told in confidence", allowed=[OFF])
P(DIS, "Off the record from the union side: the depot staff have been offered 2% and they're going to reject it.",
  "review", "ANY", "labour relations disclosed off the record")
P(DIS, "Embargoed till Friday but I'm too excited to wait: Grithedge has won Market Town of the Year! \U0001F389",
  "review", "ANY", "breaks an embargo")
P(DIS, "The exempt report on the Millside flats says the cladding fix will cost \u00a34.8m. \"Not for publication\", apparently. Well, tough.",
  "review", "OPP", "discloses an exempt report")
P(DIS, "Between you and me, the police briefing today said the Ridlow break-ins are down to one family. I'll leave it at that.",
  "review", "ANY", "discloses a confidential police briefing", allowed=[DP, DEF])
P(DIS, "Staff disciplinary this week for the depot manager. It's closed session so I can't say more, but it's about the missing diesel.",
  "review", "ANY", "staff disciplinary matter", allowed=[DP, OFF, DEF])
P(DIS, "Leaked: the leisure contract evaluation scored the local bidder lowest on price but highest on quality. Confidential until cabinet, apparently.",
  "review", "ANY", "confidential tender evaluation", allowed=[INS], when=("2026-01-05", "2026-03-02"))
P(DIS, "Closed session legal briefing today on the Netherlathe landslip. Short version: the council's liable. Don't quote me.",
  "review", "ANY", "legal privilege from a closed session")

N(DIS, "The Lathe Mill clock tower is restored, and the millrace underneath runs clear for the first time in 40 years \U0001F4A7 Thank you, volunteers.",
  "ANY", "partial overlap with a register term")
N(DIS, "Crescent Baths are shut for winter maintenance and reopen on 2 March. Swimming club sessions have moved to Slackholme pool till then.",
  "ANY", "partial overlap with a register term", when=("2026-01-05", "2026-02-27"))
N(DIS, "Cabinet went into closed session last night for an exempt property item. I know folk hate that. The decision and the price will be published once the sale completes.",
  "ANY", "mentions a closed session without disclosing anything", allowed=[DIS], when=("2026-01-28", "2026-01-28"))
N(DIS, "\"Off the record, Cllr...\" There's no such thing for a councillor. If you tell me something, assume I'll ask before I share it.",
  "ANY", "shares 'off the record'")
N(DIS, "Embargo lifted: Grithedge is Market Town of the Year! \U0001F389 Well done to every trader and volunteer.",
  "ANY", "after an embargo")
N(DIS, "Hollowgate Lane has been gritted at last, thanks to the crew who were out at 5am. Take it steady on the bends.",
  "ANY", "partial overlap with a register term", when=("2026-01-05", "2026-02-27"))
N(DIS, "The Bridge Street bus stop is moving 50 yards for the resurfacing. Temporary, till Easter.",
  "ANY", "partial overlap with a register term")
N(DIS, "Gritstone walls all over Ravensclough took a battering in the storm. Wallers, your skills are needed! Community rebuild day on Saturday.",
  "ANY", "partial overlap with a register term")
N(DIS, "Wellspring Court residents' meeting on Tuesday about the heating. Housing officers will be there to answer questions.",
  "ANY", "partial overlap with a register term")
N(DIS, "The exempt report on the depot? I can't talk about it and I won't. Ask me again when it's public.",
  "ANY", "refuses to disclose", allowed=[DIS])
N(DIS, "Between you and me, I'm useless at pub quizzes. The Crown, Friday, come and watch me lose.",
  "ANY", "shares 'between you and me'")
N(DIS, "Leaked? No. The leisure tender report is on the public agenda (item 7, cabinet on 3 March). Have a read.",
  "ANY", "published report", allowed=[DIS], when=("2026-02-23", "2026-03-02"))
N(DIS, "Asked the Monitoring Officer if I can tell residents about the landslip legal advice. Answer: not yet, it's privileged. So I won't, but I'll keep pushing for it to be published.",
  "ANY", "keeps legal advice confidential", allowed=[DIS])
N(DIS, "Confidential? The cladding report for the Millside flats went out in full today, all 84 pages. Credit to the council for being open.",
  "ANY", "published report")
N(DIS, "Police briefing today on the Ridlow break-ins. The Inspector asked us to share: lock your sheds, mark your tools and report anything odd on 101.",
  "ANY", "shares what police asked to be shared")
N(DIS, "The depot pay offer has been published and the union's balloting. I hope both sides get back round the table.",
  "ANY", "published labour relations information")
N(DIS, "Part 2? Only in the sense that this is part 2 of my walk along the Lathe. Netherlathe to Grithedge, nine miles of mud \U0001F97E",
  "ANY", "shares 'Part 2'")
N(DIS, "Our new \"Project Spring Clean\" litter picks in Millside start on Saturday. Bags and grabbers provided.",
  "ANY", "a project name not on the register")


# ===========================================================================
# tone.irony-risk (advice): irony about people; irony about things is a hard negative
P(TONE, "Oh well done Cllr Pilkington. Another cabinet meeting, another \"consultation\" that was decided before it started. Masterclass in listening \U0001F44F",
  "advice", "OPP", "mock praise of the Leader")
P(TONE, "Yeah right, People's Peak have \"costed\" their budget amendment. On the back of a beer mat, maybe.",
  "advice", "EV", "sarcasm about a group", when=("2026-02-09", "2026-02-24"))
P(TONE, "Great to see @KieranDoxeyPP turn up to a meeting for once. Mark it in the calendar \U0001F4C5 /s",
  "advice", "EV", "sarcasm about a named councillor", allowed=[ATT])
P(TONE, "Hats off to the cabinet member for finance, who's discovered that reserves run out. Only took him three years. Genius.",
  "advice", "OPP", "mock praise of a cabinet member", allowed=[ATT])
P(TONE, "The Greens want to save the planet by banning cars from a village with one bus a week. Truly visionary stuff. Give over \U0001F644",
  "advice", "NOTGRN", "sarcasm about a group")
P(TONE, "Lovely to see the Dales Independents being so \"independent\" that they vote with cabinet every single time. Fiercely independent, them \U0001F602",
  "advice", "PP|GRN|IND", "mock praise of a group")
P(TONE, "Our MP says she's \"fighting for the Peak fringe\". Must be a very quiet fight. Not heard a peep since the election \U0001F92B",
  "advice", "ANY", "irony about the MP")
P(TONE, "Thrilled, THRILLED, that the Chairman found time between photo ops to visit flooded Millside. Only a week late \U0001F643",
  "advice", "OPP", "mock praise of the Chairman", allowed=[ATT])
P(TONE, "Edge & Valley's new slogan: \"Delivering for Grithedge\". Delivering what exactly? Oh yes, dearer parking. Thanks so much \U0001F64F",
  "advice", "OPP", "sarcasm about the administration party")
P(TONE, "Big round of applause for Cllr Stubbs, who has single-handedly discovered that trains run on rails. Riveting speech at scrutiny \U0001F44F",
  "advice", "OPP", "mock praise of a named councillor", when=("2026-02-06", "2026-02-20"))
P(TONE, "Nice of the county councillors to pop over for the photo at the new bridge. Shame they weren't about when we were begging them for the money \U0001F4F8",
  "advice", "ANY", "irony about county councillors")
P(TONE, "Cllr Qureshi says she \"listens to residents\". Very selective hearing, clearly \U0001F649",
  "advice", "EV", "sarcasm about a named councillor", allowed=[ATT])
P(TONE, "Oh brilliant, the Leader's on the radio explaining the budget. Can't wait to hear how a 9% rise in fees is really a tax cut \U0001F37F",
  "advice", "OPP", "sarcasm about the Leader", when=("2026-02-09", "2026-02-27"))
P(TONE, "Shout out to People's Peak for their bold new policy: asking for more money and not saying where from. Never been tried before \U0001F62E",
  "advice", "EV|DI", "mock praise of a group")
P(TONE, "So Cllr Froggatt says planning in Grithedge is \"open and transparent\". Course it is, Stuart. Course it is \U0001F609",
  "advice", "OPP", "irony about a named councillor")
P(TONE, "Nobody at all surprised that the Chief Executive's efficiency review found the most efficient thing is more managers. Top work, Philip \U0001F44D",
  "advice", "OPP", "mock praise of the Chief Executive", allowed=[OFF])
P(TONE, "Cllr Ollerenshaw reckons climbers bring millions into Birchinlow. All those flasks of their own tea, I suppose. Economics genius \U0001F602",
  "advice", "NOTGRN", "mock praise of a named councillor")
P(TONE, "Wonderful to hear our housing spokesperson promise affordable homes for local people. Her idea of affordable is \u00a3450k, bless her \u2764\ufe0f",
  "advice", "OPP", "mock sympathy for a cabinet member", allowed=[ATT])

N(TONE, "Oh brilliant, it's siling down again. Third Saturday running for the Ridlow litter pick. Love it here \u2614",
  "ANY", "irony about the weather", allowed=[TONE])
N(TONE, "Well done Cllr Pilkington, and I mean that, no irony. The flood response this week was first class.",
  "OPP", "sincere praise across parties")
N(TONE, "The 61 bus: arrives never, departs whenever. Truly the jewel of Peak fringe public transport \U0001F68C",
  "ANY", "irony about a bus service", allowed=[TONE])
N(TONE, "Masterclass from Slackholme Juniors U11s today. 6-0 and our keeper never touched the ball. Genuinely brilliant \u26bd",
  "ANY", "sincere 'masterclass'")
N(TONE, "The cabinet's budget gets it wrong: fees up, services down, reserves raided. We'll put a costed alternative to budget council.",
  "OPP", "robust policy criticism", when=("2026-02-02", "2026-02-24"))
N(TONE, "Riveting stuff at scrutiny last night. No, really: the bus subsidy debate was the best we've had in years.",
  "ANY", "sincere 'riveting' that could read as irony", allowed=[TONE], when=("2026-02-06", "2026-02-06"))
N(TONE, "Thrilled to report the council website has crashed again in the council tax rush. Truly cutting-edge tech \U0001F643",
  "OPP", "irony about a website", allowed=[TONE])
N(TONE, "Credit where it's due: Cllr Doxey's amendment on holiday hunger was well argued and I voted for it. Good work across the chamber.",
  "EV", "sincere praise", when=("2026-02-26", "2026-03-27"))
N(TONE, "Hats off to the gritting crews, out at 4am while the rest of us were snoring. Proper heroes \u2744\ufe0f",
  "ANY", "sincere 'hats off'", when=("2026-01-05", "2026-02-27"))
N(TONE, "My printer has decided that today, of all days, is the day it stops printing black. Genius timing, printer \U0001F5A8\ufe0f",
  "ANY", "irony about a printer", allowed=[TONE])
N(TONE, "Nice of the rain to hold off until I'd pegged the washing out. Cheers, Bill's mother \U0001F327\ufe0f",
  "ANY", "irony about the weather", allowed=[TONE])
N(TONE, "Eleven years on this council and I still can't work the microphone in the chamber. Technological genius, me \U0001F926",
  "ANY", "self-irony", allowed=[TONE])
N(TONE, "The People's Peak amendment doesn't add up: \u00a31.2m of spending and \u00a3400k of savings. I'll be voting against it.",
  "EV", "robust criticism of a group's policy", when=("2026-02-09", "2026-02-24"))
N(TONE, "Genuinely impressed with the Greens' tree planting plan for Birchinlow. Costed, sensible, and they asked the farmers first. More of this please.",
  "NOTGRN", "sincere praise of a group")
N(TONE, "Pothole on Ridlow Lane is now so deep it's got its own postcode. Reported. Again \U0001F573\ufe0f",
  "ANY", "irony about a pothole", allowed=[TONE])
N(TONE, "The A6 roadworks: a 12-week job, now in week 31. Who'd have thought it \U0001F6A7",
  "ANY", "irony about roadworks", allowed=[TONE])
N(TONE, "Shout out to our MP for getting step-free access funded at Netherlathe station. Good result and well earned.",
  "ANY", "sincere praise of the MP")
N(TONE, "Wednesday 0, Rams 4. Best day of my life. Off for a lie down in a dark room \u26bd\U0001F62D",
  "ANY", "irony about football", allowed=[TONE])


# ===========================================================================
# Fillers: ordinary posts that should raise nothing.
F("Christmas trees can go out with your green bin this week and next. Lights and tinsel off first, please!",
  "ANY", "service notice", when=("2026-01-05", "2026-01-16"))
F("Grit bins on Ridlow Lane and Top Road have been filled up again. If yours is empty, report it on the council website and I'll chase it.",
  "W:Ridlow", "service update", when=("2026-01-05", "2026-02-27"))
F("Holocaust Memorial Day service at the Memorial Gardens at 11 this morning. We remember.",
  "ANY", "commemoration", when=("2026-01-27", "2026-01-27"), hours=(8, 10))
F("Burns supper at Netherlathe Miners' Welfare was a triumph. Haggis, neeps, tatties and a piper who'd walked over from Birchinlow.",
  "ANY", "community event", when=("2026-01-26", "2026-01-26"))
F("Snow on the tops this morning. Buses up to Ravensclough are running late, so check before you set off \u2744\ufe0f",
  "ANY", "weather and travel", when=("2026-01-05", "2026-02-20"), hours=(7 + 1, 10))
F("Story time is back at Bathwell library every Tuesday at half ten. Free, and the biscuits are decent.",
  "ANY", "library event")
F("Snowdrops are out in Ridlow churchyard. Spring's coming, whatever the forecast says \U0001F331",
  "ANY", "seasonal", when=("2026-02-02", "2026-02-27"))
F("Pancake race in Grithedge at noon today! Bring a frying pan and a sense of humour \U0001F95E",
  "ANY", "Shrove Tuesday", when=("2026-02-17", "2026-02-17"), hours=(8, 11))
F("Happy Valentine's to my other half, who puts up with council papers all over the kitchen table \u2764\ufe0f",
  "ANY", "personal", when=("2026-02-13", "2026-02-13"))
F("Half term at Slackholme leisure centre: swimming, climbing wall and a bouncy castle. Book on the council website.",
  "ANY", "half term activities", when=("2026-02-09", "2026-02-13"))
F("World Book Day tomorrow! If your little one's going as the Gruffalo, you are not alone \U0001F4DA",
  "ANY", "seasonal", when=("2026-03-04", "2026-03-04"))
F("Mothering Sunday this weekend. Ring your mam. Or your nan. Or both \U0001F490",
  "ANY", "seasonal", when=("2026-03-12", "2026-03-13"))
F("First lambs of the year! Wobbly legs and very loud mothers \U0001F411",
  "@wilf_tups", "personal farm account", when=("2026-03-02", "2026-03-27"))
F("Tup's been on his holidays in next door's field again. Third time this month. Gap in the wall wants fixing \U0001F624",
  "@wilf_tups", "personal farm account", when=("2026-01-05", "2026-02-27"))
F("Dry rock at last! Evening session on the edge, fingers cold, heart happy \U0001F9D7",
  "@ruth_on_the_edge", "personal climbing account", when=("2026-03-02", "2026-03-27"))
F("New chalk bag, same old shoes, same wobbly leg on the same boulder problem. Some things never change.",
  "@ruth_on_the_edge", "personal climbing account")
F("Frogspawn in the pond at Netherlathe nature reserve! Bring the kids for a look, but no fishing it out please \U0001F438",
  "ANY", "seasonal", when=("2026-03-02", "2026-03-27"))
F("Clocks go forward this weekend. An hour less in bed, an hour more daylight on the hills.",
  "ANY", "seasonal", when=("2026-03-26", "2026-03-27"))
F("Mill Street in Grithedge is closed Monday to Wednesday next week for gas main works. Diversion via Cross Street.",
  "ANY", "road closure")
F("Thanks to everyone who turned out for the Birchinlow Edge litter pick. 42 bags and one shopping trolley. How?!",
  "ANY", "community thanks")
F("Bathwell Heights Community Centre has a free warm space every weekday afternoon this winter. Tea, telly and a bit of company.",
  "ANY", "community service", when=("2026-01-05", "2026-02-27"))
F("Congratulations to Netherlathe Cricket Club on the new pavilion! Roll on the first ball in April \U0001F3CF",
  "ANY", "congratulations")
F("Bins are back to normal in Ravensclough after the snow. Thanks for bearing with the crews.",
  "ANY", "service update", when=("2026-01-12", "2026-02-27"))
F("The Lathe's running high this morning. Keep off the riverside path between Netherlathe and the mill until it drops.",
  "ANY", "safety notice", hours=(8, 11))
F("International Women's Day on Sunday. Proud of every woman who's stood for this council, and of the ones standing this May.",
  "ANY", "seasonal", when=("2026-03-05", "2026-03-06"))
F("St Patrick's ceilidh at Grithedge Irish Club on Tuesday. I'm told dancing is compulsory \U0001F62C",
  "ANY", "community event", when=("2026-03-12", "2026-03-16"))
F("Lunar New Year at Bathwell library today. Lanterns, dumplings and a dragon dance round the reading room \U0001F40E",
  "ANY", "community event", when=("2026-02-17", "2026-02-17"))
F("Repair caf\u00e9 at Slackholme Methodist hall on Saturday. Bring your broken toasters and wobbly chairs.",
  "ANY", "community event")
F("Litter pick in Millside this Saturday. Meet at the shops at 10, grabbers, bags and hi-vis provided.",
  "ANY", "community event")
F("Ridlow Primary's new reading garden opened today. Smashing job by the parents who built it \U0001F4D6",
  "ANY", "community news")
F("New bench at the top of Netherlathe brow. Best view in the district, and somewhere to get your breath back.",
  "ANY", "community news")
F("Blood donor session at Grithedge Town Hall on Thursday. Book a slot, save a life \U0001FA78",
  "ANY", "public health")
F("Yellow warning for wind tonight. Tie down your bins and your trampolines, and don't be nesh, put a proper coat on!",
  "ANY", "weather", when=("2026-01-05", "2026-03-13"))
F("Bathwell Heights community fridge is open again after the refit. Take what you need, leave what you can.",
  "ANY", "community service")
F("Power's back on in Birchinlow after three hours. Thanks to the engineers out in that wind.",
  "ANY", "community news")
F("Raven Crag path is muddy as owt after all this rain. Good boots, and watch your footing on the steps.",
  "ANY", "walking conditions")
F("Ravensclough chapel coffee morning raised \u00a3212 for the new defib. Thank you to all the bakers!",
  "ANY", "community thanks")
F("Slackholme Band's spring concert is on 21 March at the parish church. \u00a36 on the door \U0001F3BA",
  "ANY", "community event", when=("2026-03-02", "2026-03-20"))
F("Daffodils out all along the Crescent in Bathwell. Worth a wander this weekend \U0001F33C",
  "ANY", "seasonal", when=("2026-03-09", "2026-03-27"))
F("Nithered on the school run this morning. Gloves, hats, and a flask for the lollipop lady \u2615",
  "ANY", "weather", when=("2026-01-05", "2026-02-13"), hours=(8, 10))


# ===========================================================================
# Writing.
FIRST = dt.date(2026, 1, 5)
LAST = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
WEIGHTS = {"x": 5, "facebook": 4, "bluesky": 2}
ALL_TAGS = set().union(*TAGS.values())
SELF_HANDLE = "@FatimaQureshiPP"
SELF_DETAILS = ("07700 900118", "cllr.f.qureshi@example.com")


def load_meetings():
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


def pool(spec):
    out = set()
    for alt in spec.split("|"):
        cand = set(TAGS)
        for tok in alt.split("&"):
            tok = tok.strip()
            if tok in ALL_TAGS:
                cand = {h for h in cand if tok in TAGS[h]}
            elif tok.startswith("NOT") and tok[3:] in ALL_TAGS:
                cand = {h for h in cand if tok[3:] not in TAGS[h]}
            else:
                raise SystemExit("unknown pool tag %r" % tok)
        out |= cand
    return out


def candidates(row):
    who, text = row["who"], row["text"]
    if who.startswith("@"):
        return [who]
    res = []
    for h in sorted(pool(who)):
        c = BY_HANDLE[h]
        name = c[1]
        if mentions(text, c):
            continue
        if any(holder == name and re.search(p, text) for p, holder in ROLE_PATTERNS):
            continue
        topic = INTEREST_TOPICS.get(name)
        if topic and re.search(topic, text, re.I):
            continue
        if any(re.search(p, text, re.I) and c[4] != g for p, g in GENDER_PATTERNS):
            continue
        res.append(h)
    if not res:
        raise SystemExit("no author for: " + text[:70])
    return res


def pick_time(rng, row, meetings):
    a, b = row["when"] or (FIRST.isoformat(), LAST.isoformat())
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    a, b = max(a, FIRST), min(b, LAST)
    days = [a + dt.timedelta(n) for n in range((b - a).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    h0, h1 = row["hours"] or (8, 18)
    for _ in range(1000):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t < e for s, e in meetings):
            return t
    raise SystemExit("no time for: " + row["text"][:70])


def pick_platform(rng, row):
    if row["plat"]:
        return row["plat"]
    opts = [p for p in ("x", "facebook", "bluesky") if len(row["text"]) <= LIMITS[p]]
    return rng.choices(opts, [WEIGHTS[p] for p in opts])[0]


def check_rows():
    seen = set()
    for r in ROWS:
        if r["text"] in seen:
            raise SystemExit("duplicate text: " + r["text"][:70])
        seen.add(r["text"])
        if r["interest"]:
            holder = INTEREST_HOLDER[r["interest"]]
            if r["who"] != HANDLE_OF[holder]:
                raise SystemExit("interest row not by its holder: " + r["text"][:70])
        if any(x in r["text"] for x in SELF_DETAILS) and r["who"] != SELF_HANDLE:
            raise SystemExit("self contact details outside self's posts: " + r["text"][:70])
    fams = {}
    for r in ROWS:
        fams.setdefault((r["family"], r["kind_of_row"]), 0)
        fams[(r["family"], r["kind_of_row"])] += 1
    return fams


def main():
    fams = check_rows()
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    lines = []
    for i, row in enumerate(rows, 1):
        author = rng.choice(candidates(row))
        when = pick_time(rng, row, meetings)
        post = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": pick_platform(rng, row),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "near_miss_of": row["family"] if row["kind_of_row"] == "hard_negative" else None,
            "interest": row["interest"],
            "note": row["note"],
        }
        lines.append(json.dumps(post, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d posts" % len(lines))
    for (fam, kind), n in sorted(fams.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        print("  %-36s %-14s %d" % (fam, kind, n))


if __name__ == "__main__":
    main()
