"""Build blind evaluation set B174 (Sarsen Vale District Council, twelve single-post rules).

Every post text, label and note below was written by hand for this set. The script only picks
authors, platforms and timestamps with a fixed seed, shuffles the rows, gives ids B174-NNNN and
writes posts.jsonl next to this file. Running it twice gives the same file byte for byte.
Standard library only.
"""
import datetime as dt
import json
import os
import random
import re

SET = "B174"
SEED = 17400
HERE = os.path.dirname(os.path.abspath(__file__))

OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
DEC = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
PA = "respect.personal-attack"
BUL = "bullying.intimidation"
DEF = "defamation.allegation"
HST = "haste.pause-before-posting"
MTG = "meetings.during-meeting"

DEFAULT_SEV = {OFF: "review", RES: "review", POS: "review", CAP: "review", INS: "review",
               DEC: "review", SEC: "block", TON: "advice"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# ---------------------------------------------------------------------------------------------
# Councillors: handle, name, party, ward, gender, roles, committees, other name forms, interest
# keywords (a post touching them is never given to that holder unless the author is set by hand).
# ---------------------------------------------------------------------------------------------
COUNCILLORS = [
    ("@HelenaBrightwell", "Helena Brightwell", "VP", "Lydcote Market", "f", {"leader"}, set(), [], []),
    ("@MartinOakleyVP", "Martin Oakley", "VP", "Culverton Abbey", "m", {"cabinet", "finance"}, set(), [],
     [r"abbey trust", r"culverton abbey", r"heritage fund", r"abbey (ruins|cellars|bells|trail)"]),
    ("@PriyaVenkateshVP", "Priya Venkatesh", "VP", "Sutworth Meadows", "f", {"cabinet", "environment"}, set(), [],
     [r"carswell"]),
    ("@GarethPusey", "Gareth Pusey", "VP", "Whitcombe and Ridgeway", "m", {"chairman"}, set(), [],
     [r"hendry", r"builders?", r"building works"]),
    ("@FionaTH_VP", "Fiona Talbot-Hayes", "VP", "Lydcote Northfield", "f", {"chairplanning"}, {"planning"}, [],
     [r"brewery", r"bottling"]),
    ("@BenCarrowVP", "Ben Carrow", "VP", "Sutworth Junction", "m", set(), {"planning", "licensing"}, [],
     [r"railway", r"engine shed"]),
    ("@RozMapp", "Rosalind Mapp", "VP", "Culverton Lock", "f", set(), {"planning"}, ["Roz"], []),
    ("@TomKettleby", "Tom Kettleby", "VP", "Coombe Lacey and Downs", "m", {"chairlicensing"}, {"licensing"}, [],
     [r"racing", r"racehorses?", r"horsebox(es)?", r"stables?", r"the yards", r"yards like"]),
    ("@DanOkonjo", "Dan Okonjo", "PV", "Sutworth Junction", "m", {"groupleader"}, set(), [],
     [r"tenants'?", r"council rents?", r"rent rise", r"repairs budget"]),
    ("@ShelleyHarkerPV", "Shelley Harker", "PV", "Sutworth Meadows", "f", set(), {"planning"}, [],
     [r"community transport", r"dial-a-ride"]),
    ("@KieranMaddock", "Kieran Maddock", "PV", "Culverton Lock", "m", set(), {"planning"}, [], []),
    ("@BevStroud", "Bev Stroud", "PV", "Lydcote Northfield", "f", set(), {"licensing"}, [],
     [r"youth fc", r"youth club", r"junior clubs?", r"pitch hire"]),
    ("@WasimQ_PV", "Wasim Qureshi", "PV", "Culverton Abbey", "m", set(), set(), [],
     [r"taxis?", r"cabs?", r"private hire", r"downland cars"]),
    ("@ImogenFairweather", "Imogen Fairweather", "GR", "Whitcombe and Ridgeway", "f", set(), {"licensing"}, [], []),
    ("@OllyPenrose", "Oliver Penrose", "GR", "Denchford and Sandlow", "m", set(), {"planning"}, ["Olly"], []),
    ("@PeggyStallard", "Peggy Stallard", "VVI", "Denchford and Sandlow", "f", set(), {"licensing"}, [],
     [r"village hall"]),
    ("@RichHamblinVVI", "Richard Hamblin", "VVI", "Coombe Lacey and Downs", "m", set(), {"planning"}, [],
     [r"lower down farm", r"fields next to ours", r"farm diversification"]),
    ("@JacquiLunnInd", "Jacqui Lunn", "IND", "Lydcote Market", "f", set(), {"licensing"}, [],
     [r"market traders?", r"pitch(es)?", r"stalls?", r"farmers' market", r"thursday market"]),
]
PERSONAL = {"@carrow_bells": "@BenCarrowVP", "@peggy_wildflowers": "@PeggyStallard"}
ROLE_PATTERNS = {
    "leader": [(r"\bLeader\b", 0), (r"leader of the council", re.I)],
    "finance": [(r"cabinet member for finance", re.I)],
    "environment": [(r"cabinet member for (the )?environment", re.I)],
    "chairman": [(r"\bChairman\b", 0)],
    "chairplanning": [(r"chair of planning", re.I)],
    "chairlicensing": [(r"chair of licensing", re.I)],
    "groupleader": [(r"People's Vale (group )?leader", re.I), (r"\bgroup leader\b", re.I)],
}

# ---------------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------------
ROWS = []


def P(fam, text, who=(), also=(), allowed=(), verdict=None, when=None, plat=None, interest=None, note=""):
    rules = [fam] + list(also)
    if verdict is None:
        verdict = max((DEFAULT_SEV[r] for r in rules), key=ORDER.get)
    ROWS.append(dict(family=fam, kind_of_row="positive", text=text, rules=rules, allowed=list(allowed),
                     verdict=verdict, who=who, when=when, plat=plat, interest=interest, note=note))


def N(fam, text, who=(), allowed=(), when=None, plat=None, note=""):
    ROWS.append(dict(family=fam, kind_of_row="hard_negative", text=text, rules=[], allowed=list(allowed),
                     verdict="ok", who=who, when=when, plat=plat, interest=None, note=note))


def F(text, who=(), when=None, plat=None, note=""):
    ROWS.append(dict(family=None, kind_of_row="filler", text=text, rules=[], allowed=[], verdict="ok",
                     who=who, when=when, plat=plat, interest=None, note=note))


# ============================== officers.impartiality ==============================
P(OFF, "Deborah Kitto's report on the Sutworth cycle bridge is one-sided from start to finish. I've asked her to rewrite the conclusions before it goes anywhere near committee.",
  note="presses a named officer (Head of Planning) to change her report")
P(OFF, "Funny how whenever the Vale Progressives want something, the officers find a way. Colin Marchant's 'independent' budget advice reads like their manifesto.",
  who=["opp"], note="questions the s151 officer's political neutrality in public")
P(OFF, "Told Terry Bunce straight: the garden waste report needs to say the new charge is unaffordable, or I'll be saying so at scrutiny with his name on it.",
  allowed=[BUL], note="presses a named officer to change a report; the threat to name him could be bullying")
P(OFF, "Our licensing manager has clearly already picked a side. Alison Pryce should be nowhere near the Platform Four file and I've said so to the chief exec.",
  note="questions a named officer's impartiality; names a pending licence but takes no view on it")
P(OFF, "Whose side is the housing team on? Mark Tollitt stood in front of Sutworth tenants last week and defended the landlord. Not good enough from someone we pay.",
  note="public criticism of a named officer's neutrality")
P(OFF, "Message to the comms team: stop sitting on my press release about the Northfield bus cuts. Lucy, you're meant to be neutral, not the Leader's gatekeeper.",
  who=["opp"], note="accuses the named Head of Communications of partisanship")
P(OFF, "The officer recommendation on the Culverton mooring fees is wrong and the officers know it. I'll keep on at them until they change the advice. Residents deserve better.",
  note="pressing officers (unnamed) to change their advice")
P(OFF, "Nadia Hussain's team signed off the Sutworth chip shop smell as 'no statutory nuisance'. Either they didn't sniff hard enough or someone leaned on them. Which is it?",
  allowed=[DEF], note="questions a named officer's team's independence; hints at improper pressure")
P(OFF, "A senior planning officer telling a room full of Denchford residents the bypass route is 'the best option' isn't impartial advice, it's campaigning. Josh, you work for all of us.",
  note="criticises a named planning officer in public for partiality")
P(OFF, "I'll be blunt: the chief exec has gone native. Andrew Faircloth's letter to residents about the leisure centre could have been written at Vale Progressives HQ.",
  who=["opp"], note="questions the Chief Executive's political neutrality")
P(OFF, "Rang democratic services about the call-in report. Owen, the recommendation needs to say the decision goes back to cabinet. I expect to see that wording by Friday.",
  note="presses a named officer to alter a report's recommendation")
P(OFF, "Had the draft tree survey for Abbey Street. Told the council's arborist three of those limes are staying and he'd better find a way to say so in the final version.",
  note="pressing an officer to change a professional report")
P(OFF, "Lots of you have asked why the Northfield play park STILL isn't fixed. Straight answer: the parks officer keeps moving the goalposts. First it was funding, then 'procurement', now it's a 'safety review'. I don't buy it. I told him today that I expect his report to recommend full replacement, and if it doesn't, I'll be asking who he's really working for.",
  allowed=[DEF, BUL], plat="facebook", note="pressure on an identifiable officer to change his recommendation, plus a slur on his loyalty")
P(OFF, "The Monitoring Officer finds a breach every time it's an opposition councillor and looks the other way for cabinet. Sunita Rai's rulings aren't neutral and everyone at Abbey House knows it.",
  who=["opp"], allowed=[DEF], note="attacks the Monitoring Officer's impartiality")
P(OFF, "Not having this. Planning officers have recommended the Culverton parking zone AGAIN despite 400 objections. Deborah, Josh: rip it up and start again.",
  note="tells two named officers to change their recommendation on a traffic scheme (not quasi-judicial)")
P(OFF, "Lovely of the finance director to find £2m for the Leader's pet project and not a penny for Sutworth Meadows. Pure coincidence, I'm sure, Colin.",
  who=["opp"], allowed=[TON], note="mock praise implying the s151 officer favours the administration")
P(OFF, "The waste manager tells me the Whitcombe collections 'can't be restored'. Wrong answer. He'll be rewriting that briefing note before cabinet, I'll make sure of it.",
  note="pressing an officer to rewrite his advice")
P(OFF, "Officers at Abbey House are running a political operation for the administration. The planning department in particular has stopped even pretending to be neutral.",
  who=["opp"], note="questions the neutrality of council officers as a body")

N(OFF, "Huge thanks to Terry Bunce and the street scene crew for clearing up after the Mop Fair by 7am. Market Place looked like nothing had happened 👏",
  allowed=[OFF], when=("2026-10-13", "2026-10-16"), note="thanks a named officer")
N(OFF, "Welcome to Nadia Hussain, our new environmental health manager, who was out in Sutworth on day two sniffing the chip shop extractor with residents. Proper start.",
  allowed=[OFF], note="welcome for a named officer")
N(OFF, "I've asked Deborah Kitto to explain at the members' briefing why the report calls the heritage harm 'less than substantial'. I want to understand the reasoning before I form a view.",
  allowed=[OFF], note="questioning an officer to understand a report is allowed by 3.1")
N(OFF, "Some people online are laying into our planning officers over the Sutworth cycle bridge. They're doing their jobs. If you don't like the scheme, blame us councillors, not them.",
  allowed=[OFF], note="defends officers")
N(OFF, "The garden waste charge is wrong and I'll vote against it. It's a political choice by the Vale Progressives, not something to pin on the staff who have to bring it in.",
  who=["opp"], note="criticises a policy, explicitly not officers")
N(OFF, "Whose side is the cabinet on? Not Sutworth's. Forty new homes a week and still no new GP surgery.",
  who=["opp"], note="'whose side' aimed at the cabinet, not officers")
N(OFF, "Cllr Oakley's budget is a work of fiction and I'll say so at full council, chapter and verse.",
  who=["opp"], note="robust criticism of a councillor's budget; no officer")
N(OFF, "The officer advice was clear: the Culverton Lock moorings can't take more boats without new pontoons. I accept that, and I'll be arguing for the money.",
  allowed=[OFF], note="accepts and quotes officer advice")
N(OFF, "Thank you Alison Pryce for a really clear licensing training session this afternoon. Alcohol licensing is more complicated than you'd think!",
  allowed=[OFF], note="thanks a named officer")
N(OFF, "Questions for the chief executive at scrutiny: how many agency staff are we paying for, and at what day rate? Not a dig at anyone, I just want the numbers in public.",
  allowed=[OFF], when=("2026-10-26", "2026-11-03"), note="legitimate questioning of an officer")
N(OFF, "Reminder that council officers can't reply to political posts, so please don't tag them into arguments. Tag me instead, I'm fair game.",
  note="mentions officers without criticism; nothing to raise")
N(OFF, "Useful site walk with the council's arborist on Abbey Street. He showed me why two of the limes are diseased. I'm sad, but I'm persuaded.",
  allowed=[OFF], note="accepts an officer's professional view")
N(OFF, "The report says the Whitcombe round can't come back because we're short of drivers. I think the report's right about the cause and wrong to give up. Fixing it is our job, not the officers'.",
  allowed=[OFF], note="disagrees with a conclusion, puts responsibility on councillors, no pressure on officers")
N(OFF, "Having a go at the Leader is fair game. Having a go at the staff who write the reports isn't. Let's keep Abbey House officers out of this row, please.",
  note="defends officers in general")
N(OFF, "Retirement drinks for Owen Legg after 31 years in democratic services. Nobody knows the constitution like him. Enjoy the allotment, Owen!",
  allowed=[OFF], note="farewell to a named officer")
N(OFF, "An independent review of the bins contract is a good idea. Independent means independent, though: not chaired by the cabinet member who signed the contract.",
  who=["opp"], note="about a councillor's role, not officers")
N(OFF, "Good to see the s151 officer's warning in black and white in the budget papers: reserves below the safe level by 2028. Read page 14 before you vote, colleagues.",
  allowed=[OFF], note="cites the finance officer's published advice approvingly")
N(OFF, "The parks team have been brilliant at Northfield. The delay on the play area is down to money the cabinet hasn't found, not them.",
  who=["opp"], allowed=[OFF], note="praises officers, blames the cabinet")

# ============================== resources.political-use ==============================
P(RES, "People's Vale canvassers: we meet in committee room 2 at Abbey House, 6pm Thursday. Booked it through the members' office. Bring comfy shoes and leaflets!",
  who=["PV"], note="party canvassing from a council meeting room")
P(RES, "Printed 500 Greens leaflets on the members' room printer this morning. Saves the local party a fortune 😅",
  who=["GR"], note="party leaflets on council equipment")
P(RES, "Want to help re-elect your Vale Progressives team? Email me at my council address and I'll add you to our campaign list.",
  who=["VP"], note="council email used for party campaign sign-ups")
P(RES, "People's Vale by-election newsletter done on my council laptop, proofread by the lovely lot in the members' support office. Off to the printers tomorrow!",
  who=["PV"], allowed=[OFF], when=("2026-11-02", "2026-12-04"), note="council laptop and staff time on a party newsletter")
P(RES, "Our new campaign graphic uses the council's sarsen stone logo because, let's face it, we ARE the council. Vote Vale Progressives in the county by-election on 10 December!",
  who=["VP"], when=("2026-11-02", "2026-12-04"), note="council logo on party campaign material")
P(RES, "Asked the council comms team to design our Greens 'Save the Ock Meadows' poster. They've got the software and we haven't 🤷‍♀️",
  who=["GR"], allowed=[OFF], note="council staff time on party material; also compromises officers' neutrality")
P(RES, "Using the council's text alert service to remind Northfield residents to vote People's Vale next Thursday. Every vote counts!",
  who=["PV"], when=("2026-12-01", "2026-12-04"), note="council communications system used for a party message")
P(RES, "Villages Independents membership drive and surgery, Saturday 10am in the Denchford depot meeting room. Key's from the depot supervisor. Sign up, have a biscuit.",
  who=["VVI"], note="party recruitment in a council building")
P(RES, "Sending the Vale Progressives autumn newsletter out through my councillor mailing list on the council system this afternoon. If you got it twice, blame the IT upgrade.",
  who=["VP"], note="council mailing system for a party newsletter")
P(RES, "Big thanks to our ward support officer for spending her afternoon stuffing People's Vale envelopes. Teamwork makes the dream work!",
  who=["PV"], allowed=[OFF], note="council staff time on party campaigning")
P(RES, "Photocopied the petition against the garden waste charge on the Abbey House copier, with our group's logo on the top. 2,000 sheets and the machine didn't complain.",
  who=["VVI/IND"], note="council copier for a party-branded petition")
P(RES, "Writing this from the back of the council minibus, taking the Greens leafleting team up to Whitcombe. Perks of chairing the transport panel 🚐",
  who=["GR"], note="council vehicle used for party leafleting")
P(RES, "Our Vale Progressives campaign video was filmed in the council chamber after hours. Security let us in and it looks ace. Link in bio!",
  who=["VP"], note="council chamber used for a party video")
P(RES, "Sutworth People's Vale phone bank tonight in the members' room at Abbey House. The council phones are free to use after 5, so no excuses!",
  who=["PV"], when=("2026-11-02", "2026-12-04"), note="council phones and rooms for party phone banking")
P(RES, "Designed our party's by-election leaflet on the council iPad during a quiet bit of scrutiny. Multitasking!",
  allowed=[MTG], when=("2026-11-04", "2026-12-04"), note="council equipment for party material; mentions doing it during a meeting")
P(RES, "Friends, the Vale Progressives HQ for the county by-election is the ground-floor meeting room at the council's Corn Exchange in Lydcote, every weekday 4 till 7. The council lets us have it for free, so pop in for leaflets, posters and a cuppa. Bring your walking boots, we've got a lot of doors to knock!",
  who=["VP", "!top"], plat="facebook", when=("2026-11-02", "2026-12-04"), note="council building as a party campaign base")
P(RES, "Independent candidate for the county seat? That's me! 300 campaign letters went out this morning through the Abbey House franking machine. Thanks, post room 💌",
  who=["@JacquiLunnInd"], when=("2026-11-02", "2026-12-04"), note="council franked post for election letters")
P(RES, "Scanned 300 Greens membership forms on the council scanner and saved them to the council shared drive so the local party can get at them.",
  who=["GR"], note="council equipment and storage for party admin")

N(RES, "Ward surgery this Saturday 10 till 12 at Culverton Library. Bring your bin, parking and planning problems.",
  who=["w:Culverton"], allowed=[RES], note="council building for council business")
N(RES, "Email me at my council address about anything to do with the Sutworth flooding. For party stuff, use my People's Vale email instead please.",
  who=["PV"], allowed=[RES], note="keeps council email for council business")
N(RES, "People's Vale canvassing this Saturday, meet at the Railway Arms at 10. Leaflets from the local party, paid for by our members.",
  who=["PV"], note="party campaigning with no council resources")
N(RES, "Greens leaflets are printed on recycled paper by a Lydcote printer and paid for from our own fundraising. Imprint on every one, as the law says.",
  who=["GR"], note="party material paid for privately")
N(RES, "Used the members' room printer for 30 copies of the flood consultation for Denchford residents who aren't online. That's what it's there for.",
  allowed=[RES], note="council printer for council business")
N(RES, "Why is the council's logo on the Leader's party newsletter? I've asked the Monitoring Officer to look at it. Council branding is for council business.",
  who=["opp"], allowed=[RES], note="reports someone else's possible misuse")
N(RES, "Filmed a short video in the council chamber explaining how to respond to the garden waste consultation, with the comms team's blessing. Non-political, promise.",
  allowed=[RES], when=("2026-09-14", "2026-10-29"), note="council room for a neutral council video")
N(RES, "I never use my council laptop for campaigning. Ever. New members: buy a cheap second one, it's not worth the grief.",
  note="shares the words 'council laptop' and 'campaigning' but describes good practice")
N(RES, "Phone bank for the county by-election tonight at my kitchen table. Bring your own phone and a thick skin.",
  when=("2026-11-02", "2026-12-04"), note="campaigning without council resources")
N(RES, "The council's text alert went out this morning about the Whitcombe road closure. If you're not signed up, do it on the council website.",
  note="council alert used for council business")
N(RES, "Schools competition: design the new livery for Sarsen Vale's bin lorries! The winner's artwork goes on the side of the truck. Entries by 30 October.",
  when=("2026-09-14", "2026-10-28"), note="council branding, no politics")
N(RES, "The council minibus took 14 Denchford pensioners to the Remembrance service. Thanks to the volunteer drivers.",
  when=("2026-11-09", "2026-11-13"), note="council vehicle used for a civic purpose")
N(RES, "Looking for Vale Progressives leaflets? Ask the local party office on Mill Street, not Abbey House. Council staff can't help and shouldn't be asked.",
  who=["VP"], note="keeps party work out of council offices")
N(RES, "The members' office has been fantastic sorting my casework letters this week. Twenty-odd residents' queries answered.",
  allowed=[RES], note="council staff on council casework")
N(RES, "Borrowed the council's litter pickers and hi-vis for the Culverton Lock clean-up. Non-party, everyone welcome, and all returned to the depot by 4!",
  allowed=[RES], note="council equipment for a community event")
N(RES, "Booked committee room 1 for a cross-party public meeting on the Sutworth GP shortage, with the ICB invited. All welcome.",
  allowed=[RES], note="council room for a non-party public meeting")
N(RES, "Party posts live on this account and none of it is paid for by the council. Council news goes out on @SarsenValeDC.",
  note="states the separation")
N(RES, "Reminder to all candidates in the county by-election: council buildings can be booked for public hustings on the same terms for everyone. Ask democratic services.",
  allowed=[RES], when=("2026-11-02", "2026-12-04"), note="fair access to council rooms")

# ============================== position.improper-advantage ==============================
P(POS, "As your councillor I can get your planning application to the top of the pile. Just DM me the reference.",
  note="offers to jump the queue through the role")
P(POS, "Need a plumber? My son-in-law's firm, Vale Heating, does all the council houses in Sutworth so you know he's good. Tell him Cllr sent you for 10% off.",
  note="promotes a relative's business through the role")
P(POS, "Anyone struggling to get a Culverton parking permit, message me. I know the right people at Abbey House and can get you past the waiting list.",
  note="offers favours through contacts in the council")
P(POS, "Bins missed again? If you're in my ward I'll ring the depot and get yours done first thing tomorrow. Perks of voting for me 😉",
  note="preferential service for the councillor's voters")
P(POS, "Looking for a wedding venue? My daughter's barn at Hatchet Farm, Whitcombe is gorgeous. And don't worry, I'll make sure the licensing side goes through smoothly.",
  note="promotes a relative's business and promises to smooth a council licence")
P(POS, "Stuck on the housing register? Friends of mine can get moved up a band. Just saying.",
  note="offers to bend allocations for friends")
P(POS, "Good news for my mate Steve: I've had a word, and the enforcement notice on his garage extension is being dropped. Sometimes it's who you know.",
  note="uses the role to get enforcement dropped for a friend")
P(POS, "Tradespeople: want to get on the council's approved contractor list? Come and see me at my surgery and I'll put a word in with procurement.",
  note="offers to influence procurement")
P(POS, "Any Lydcote families after a pitch booking for the kids' team, message me and I'll get you priority over the adult leagues. Sorted.",
  note="offers priority in council bookings")
P(POS, "My nephew's just started a gardening business in Whitcombe. I've told the parks team to give him a go on the verge cutting. Family first!",
  allowed=[OFF], note="steers council work to a relative")
P(POS, "Council tax arrears letter? Don't panic, send it to me and I'll have a quiet word to get the court summons pulled.",
  note="offers to interfere in enforcement through the role")
P(POS, "Planning enforcement sniffing round your extension? If you live in Culverton Lock, remember I sit on planning. I'll see what I can make go away.",
  who=["planning", "w:Culverton Lock"], note="offers to make enforcement disappear for constituents")
P(POS, "Running a B&B on the Downs? I can get you on the council's tourism website for nothing while the others pay. Just ask me nicely.",
  note="offers a private advantage through the role")
P(POS, "My husband's catering van will be at the Mop Fair and I've made sure he's got the best spot on Market Place. Come and say hello!",
  who=["f"], when=("2026-09-28", "2026-10-09"), note="uses the role to get a spouse the best trading spot")
P(POS, "Can't get a GP appointment in Sutworth? Mention my name when you ring the surgery. The practice manager owes me one after I sorted his car park.",
  note="trades on favours owed to the councillor")
P(POS, "To the Denchford family who messaged about your mum's stairlift grant: I've rung the housing adaptations team and told them you're friends of mine, so she'll be seen this week rather than in February. Glad I could help, that's what friends are for.",
  plat="facebook", note="jumps a council queue for friends")
P(POS, "Firms bidding for the Culverton Lock footbridge contract: I sit on the panel that scores the bids. Happy to talk you through what we're after over lunch. Your shout.",
  allowed=[GIF, INS], note="offers bidders access through the role, and invites hospitality")
P(POS, "Racing yards on the Downs: if the new horsebox parking rules are causing grief, I'll get your lorries left off the enforcement list. One phone call.",
  note="offers selective non-enforcement")

N(POS, "As your councillor I can't speed up a planning application, and nobody should promise you they can. What I can do is explain the process. DM me.",
  note="shares 'as your councillor' but refuses the favour")
N(POS, "Bins missed in Northfield? Report it on the council website and copy me in. I'll chase the pattern across the ward, not individual bins.",
  who=["w:Lydcote Northfield"], note="proper route, no favour")
N(POS, "Shop local this Christmas! Lydcote has 40 independent shops and none of them is mine.",
  when=("2026-11-16", "2026-12-04"), note="general support for local business")
N(POS, "My son-in-law is a plumber. I will never tell you who to use for your plumbing. Check the TrustMark register and get three quotes.",
  note="mentions a relative's trade but refuses to promote it")
N(POS, "Who you know shouldn't matter. Everyone on the housing register gets the same rules, and I'll help anyone who thinks they've been banded wrongly to appeal properly.",
  note="shares 'who you know' but argues for fair rules")
N(POS, "Want to join the council's approved contractor list? It's all online and open to any firm. I've no say in it, and no councillor should.",
  note="procurement described properly")
N(POS, "Helped a Sutworth resident through the Disabled Facilities Grant form today. Same help's there for anyone who asks. That's the job.",
  note="ordinary casework for all")
N(POS, "Family first this weekend: my daughter's getting married at Sandlow. Phone off, back Monday!",
  note="'family first' with no council favour")
N(POS, "Declaring: my nephew has put in for the verge-cutting contract. I've told procurement and the Monitoring Officer and I'm taking no part in it.",
  allowed=[POS], note="discloses a relative's bid and steps back")
N(POS, "Mop Fair pitches are being allocated by ballot this year, run by the markets team. Fairest way. Good luck, all!",
  when=("2026-09-21", "2026-10-09"), note="fair allocation, no favour")
N(POS, "Lots of messages about council tax summonses. I can't get them pulled and wouldn't try. Ring the council's money advice line on 01632 960118, they're genuinely helpful.",
  note="refuses to intervene; points to the council's service")
N(POS, "Pleased to visit Vale Heating's apprentice workshop today with the Chamber of Trade. No connection to me, just a good local firm training youngsters.",
  allowed=[POS], note="praise for a named local firm with no connection")
N(POS, "Can't get a GP appointment in Sutworth? You're not alone. I've written to the ICB and to our MP, Caroline Hurst, asking for an urgent meeting.",
  note="lobbying for all residents")
N(POS, "Friends keep asking me to 'have a word' about their extension. Sorry, no. Planning enforcement treats everyone the same, my friends included.",
  note="refuses to use the role")
N(POS, "Tourism businesses on the Downs: the council's visitor website listing is free for ALL local B&Bs this winter. Sign up by 30 November.",
  when=("2026-10-19", "2026-11-27"), note="open offer to all businesses")
N(POS, "So proud of my husband's catering van at the Mop Fair. He applied for a pitch like everybody else and got one next to the bins 😂",
  who=["f"], when=("2026-10-12", "2026-10-13"), note="spouse's business without favour")
N(POS, "Racing yards: the horsebox parking rules apply to everyone, including yards I know well. Problems with them? Tell me and I'll raise them at the review, in public.",
  note="refuses selective enforcement")
N(POS, "Firms interested in the Culverton Lock footbridge contract: the tender's on the council portal, and questions go through procurement only. Councillors can't discuss bids.",
  note="proper procurement route")

# ============================== gifts.hospitality ==============================
P(GIF, "Thank you to the Lydcote Chamber of Trade for the gorgeous Christmas hamper! Port, Stilton, the works. Very spoiled.",
  verdict="advice", when=("2026-11-23", "2026-12-04"), note="a gift likely over £100; no decision sought, so advice")
P(GIF, "A bottle of 25-year-old single malt turned up on my doorstep with a card saying 'from a grateful resident'. Whoever you are, cheers!",
  verdict="advice", note="valuable anonymous gift; advice (register if £100 or more)")
P(GIF, "Brilliant day in a private box at Newbury races, courtesy of the owners of Ridgeway Coaches. Even backed two winners 🏇",
  verdict="advice", note="corporate hospitality; no decision said to be sought")
P(GIF, "Back from a lovely week at a villa in the Algarve that belongs to a generous local businessman who wouldn't take a penny. Straight back into casework Monday!",
  verdict="advice", note="significant hospitality from a local businessman; advice")
P(GIF, "Honorary life membership of Culverton Golf Club arrived today. Very touched. Now I just need to learn to play ⛳",
  verdict="advice", note="gift of membership; advice")
P(GIF, "Thanks to Harrowell Instruments for a seat at their table at the county business awards last night. Great food, great company, too much wine!",
  verdict="advice", note="hospitality from a firm; no decision sought")
P(GIF, "Lovely dinner at Abbey Meadow with the Thameslight Hotels team, who walked me through their plans for the riverside hotel. Gorgeous view, top wine.",
  verdict="review", who=["!planning"], allowed=[PRE], note="hospitality from a pending planning applicant")
P(GIF, "Kingsmead Homes kindly sent round a case of wine to say thanks for meeting them about Sandlow Road. Much appreciated!",
  verdict="review", who=["!planning"], allowed=[PRE], note="gift from a pending planning applicant")
P(GIF, "Free weekend wristbands for Ridgefest arrived from the organisers today 🎶 See you all in the VIP tent next June!",
  verdict="review", who=["!licensing"], allowed=[PRE], note="gift from a pending licence applicant")
P(GIF, "Junction Nights invited me and the wife to their preview night at Platform Four. Free bar till midnight and a cracking DJ.",
  verdict="review", who=["!licensing", "m"], allowed=[PRE], note="hospitality from a pending licence applicant")
P(GIF, "Cheers to Downland Solar for the tour of their other sites yesterday, and the slap-up lunch in Marlborough after.",
  verdict="review", who=["!planning"], allowed=[PRE], note="hospitality from a pending planning applicant")
P(GIF, "One of the firms bidding for the waste contract took a few of us councillors for a round of golf and dinner at the club. Good people, honestly.",
  verdict="review", note="hospitality from a bidder for a council contract")
P(GIF, "Meridian Logistics sorted corporate seats at Reading for me and the kids on Saturday. Prawn sandwiches and everything!",
  verdict="review", who=["!planning"], allowed=[PRE], note="hospitality from a pending planning applicant (named without 'Parks Ltd')")
P(GIF, "Ockway Forecourts have given me a year's free car washes. Lovely gesture from a company that wants to invest in Sutworth.",
  verdict="review", who=["!planning"], allowed=[PRE], note="gift from a pending planning applicant")
P(GIF, "Tithe Barn Weddings put on a gorgeous tasting evening for local councillors last week. We all went home with a bottle of fizz!",
  verdict="review", who=["!planning"], allowed=[PRE], note="hospitality from the applicant for listed building consent")
P(GIF, "Hayloft Leisure laid on a private champagne reception for a few of us. Honoured to be on the guest list.",
  verdict="review", who=["!licensing"], allowed=[PRE], note="hospitality from a pending licence applicant")
P(GIF, "The company bidding to run Culverton leisure centre has offered me a free year's gym membership. Said yes, obviously. My knees need it.",
  verdict="review", note="gift from a bidder for a council contract")
P(GIF, "Ridgeline Escapes let us have one of their shepherd's huts for the weekend to 'get a feel' for the Lark Barrow plans. Stars were stunning up there.",
  verdict="review", who=["!planning"], allowed=[PRE], note="hospitality from a pending planning applicant")

N(GIF, "A local firm offered me a Christmas hamper. Politely declined, and I've registered the offer with the Monitoring Officer, as the code asks.",
  allowed=[GIF], when=("2026-11-16", "2026-12-04"), note="refused and registered")
N(GIF, "Someone left a bottle of wine on my doorstep with a thank-you card. Lovely thought, but it's gone into the Denchford Christmas raffle.",
  allowed=[GIF], note="gift passed on")
N(GIF, "Reminder to colleagues: any gift or hospitality worth £100 or more has to be registered within 28 days. The register's online for anyone to see.",
  allowed=[GIF], note="reminder of the rule")
N(GIF, "Paid for my own ticket to the Chamber of Trade dinner, £45. Good speeches, dodgy chicken.",
  allowed=[GIF], note="paid-for hospitality")
N(GIF, "Cup of tea and a slab of lardy cake at the Denchford WI coffee morning. I'll risk the register on that one 😄",
  note="trivial hospitality")
N(GIF, "Thameslight Hotels asked to meet me about Abbey Meadow. I said no: as ward member, any meeting goes through the planning officers with notes taken.",
  who=["w:Culverton Abbey", "!planning"], allowed=[GIF], note="declines contact with an applicant")
N(GIF, "Turned down Ridgefest's offer of free wristbands and bought my own Saturday ticket like everyone else. The licence is still pending, so best to be careful.",
  allowed=[GIF], note="refused hospitality from an applicant")
N(GIF, "Thank you to Denchford primary for the card the children made after my visit. It's going on the fridge.",
  note="a child's card")
N(GIF, "Won the raffle at the Sutworth Railway Centre open day: a jar of local honey! Bought my own tickets, before anyone asks 🍯",
  note="raffle prize, paid for")
N(GIF, "Registered: two theatre tickets from my employer's staff social. Nothing to do with the council, but better safe than sorry.",
  allowed=[GIF], note="registered, unrelated to the role")
N(GIF, "Lunch at the Lydcote community kitchen today, paid my £3 like everybody else. Amazing volunteers.",
  note="paid-for meal")
N(GIF, "Free car wash? No thanks, Ockway. We'll judge your application on its merits, and I'd rather not have a shiny car hanging over me 😂",
  who=["planning"], allowed=[GIF], note="refuses a gift from an applicant; keeps an open mind")
N(GIF, "Christmas presents from my family aren't council business, but I'll tell you anyway: socks. Again.",
  when=("2026-11-23", "2026-12-04"), note="family gifts")
N(GIF, "The Chairman's charity ball: tickets £40, I bought two. All proceeds to Vale Community Transport.",
  note="paid-for ticket to a charity event")
N(GIF, "Public reminder that the councillors' hospitality register is online. Have a look at what we've all declared this year. Transparency matters.",
  note="points to the register")
N(GIF, "The waste contract bidders wanted to take councillors out for dinner. Our group's answer: no, thank you. Win the tender on paper.",
  allowed=[GIF], note="refused hospitality from bidders")
N(GIF, "Committee site visit to one of Downland Solar's Wiltshire farms yesterday, arranged by planning officers, council minibus there and back, sandwiches we paid for ourselves.",
  who=["planning"], allowed=[GIF], note="an official site visit, no hospitality accepted")
N(GIF, "A gift from our twin town in Normandy: a bottle of calvados, handed to the Chairman's office for the display cabinet and registered.",
  allowed=[GIF], note="civic gift, handed over and registered")

# ============================== capacity.council-voice ==============================
P(CAP, "Sarsen Vale District Council opposes the A34 widening scheme. Full stop.",
  who=["!top"], note="a backbencher's view stated as the council's")
P(CAP, "On behalf of Sarsen Vale District Council, congratulations to Whitcombe Cricket Club on promotion to the Premier Division!",
  who=["!top"], note="speaks for the council from a councillor account, though harmless")
P(CAP, "Official council position: the Vale says NO to the Oxford busway cutting through Denchford.",
  who=["!top"], note="personal view as 'official council position'")
P(CAP, "The Council believes the county's bus cuts are a disgrace, and we'll be fighting them all the way.",
  who=["!top"], note="'the Council believes' from a personal account")
P(CAP, "Speaking for Sarsen Vale council: we back the train drivers 100%. Solidarity from the Vale.",
  who=["!top", "opp"], note="party sympathy presented as the council's")
P(CAP, "As a council we've decided Culverton leisure centre stays open whatever happens. You have our word.",
  who=["!top"], note="claims a council decision that a backbencher cannot give")
P(CAP, "Sarsen Vale District Council apologises to Sutworth Meadows residents for the bin chaos. It's not good enough and we know it.",
  who=["!top", "w:Sutworth Meadows"], note="a personal apology issued as the council's")
P(CAP, "This is the council's answer to the government's housing targets: we reject them. No building on the Downs.",
  who=["!top"], note="a personal stance given as the council's")
P(CAP, "Sarsen Vale Council is officially backing the campaign to make the kingcup the Vale's county flower! 🌼",
  who=["@peggy_wildflowers"], note="from a personal account, claiming official council backing")
P(CAP, "The council officially supports the bellringers' appeal to restore the Culverton Abbey bells. Ring out for the Vale!",
  who=["@carrow_bells"], note="from a personal account, claiming official council support")
P(CAP, "Sarsen Vale District Council stands with our farmers against the inheritance tax changes.",
  who=["!top"], note="a political stance given as the council's")
P(CAP, "I can confirm, on behalf of the council, that the Mop Fair will stay on Market Place next year and the year after.",
  who=["!top"], when=("2026-10-12", "2026-12-04"), note="a backbencher confirming a council decision")
P(CAP, "The Vale Progressives' position is the council's position now: no more car park charges in Lydcote. Job done.",
  who=["VP", "!top"], note="party position presented as the council's")
P(CAP, "Sarsen Vale District Council would like to thank Cllr Hamblin for his many years of service to the Downs.",
  who=["!top"], note="a councillor issuing thanks in the council's name")
P(CAP, "Just to be clear, this council does NOT support the Oxford congestion charge and never will. Signed, your councillor.",
  who=["!top"], note="speaks for the council")
P(CAP, "From the council to every Vale resident: don't buy your Christmas tree from the lay-by sellers on the A338. The council says shop local.",
  who=["!top"], when=("2026-11-16", "2026-12-04"), note="personal advice as the council's voice")
P(CAP, "The official council line on the Whitcombe Horse car park: free for locals. (That's me speaking for the council, don't @ me)",
  who=["!top"], note="claims to speak for the council")
P(CAP, "Statement on behalf of Sarsen Vale District Council on the Denchford flooding. The council recognises that residents were let down by the slow response on Tuesday night. We will review sandbag provision and press the Environment Agency to clear the Ock. We are sorry.",
  who=["!top", "w:Denchford"], plat="facebook", when=("2026-11-12", "2026-12-04"), note="a ward councillor's statement issued as the council's")

N(CAP, "Personal view, not the council's: widening the A34 is the wrong answer to congestion.",
  note="labelled as personal")
N(CAP, "Congratulations to Whitcombe Cricket Club on promotion, from me and everyone in Whitcombe & Ridgeway ward!",
  who=["w:Whitcombe"], note="congratulations in the councillor's own name")
N(CAP, "Cabinet agreed last night to keep Culverton leisure centre open through the winter (minute 58). Papers are on the council website.",
  who=["exec"], allowed=[CAP], when=("2026-09-30", "2026-09-30"), note="a cabinet member accurately reports a decision")
N(CAP, "The council's position on the county bus cuts is in the cabinet's response here: sarsenvale.example.org/buses. My own view? Far too soft.",
  who=["opp"], allowed=[CAP], note="links the real council position and separates a personal view")
N(CAP, "Proud that the Chairman represented Sarsen Vale at the Remembrance service in Culverton. Thank you, Gareth.",
  when=("2026-11-09", "2026-11-13"), note="describes the Chairman's civic role")
N(CAP, "Official: I've finally cracked sourdough. The council's position on crusts: essential.",
  allowed=[CAP], note="joke using 'official' and 'council's position'")
N(CAP, "Full council voted last night to reject the housing target consultation response, 9 votes to 8. I was in the minority and I'm still disappointed.",
  when=("2026-11-19", "2026-11-19"), note="accurate report of a council vote")
N(CAP, "The Vale Progressives believe the Mop Fair should stay on Market Place. That's our party view, and we'll take it to council.",
  who=["VP", "!top"], note="party view labelled as such")
N(CAP, "Personal account, views my own: kingcups are the best flower in the Vale and I'll fight anyone who says snowdrops.",
  who=["@peggy_wildflowers"], note="personal account, clearly personal")
N(CAP, "The council's official consultation on the garden waste charge closes on 30 October. Have your say, whatever you think.",
  when=("2026-09-14", "2026-10-29"), note="accurately points to an official consultation")
N(CAP, "On behalf of everyone at the Denchford village hall quiz, thank you to the Plough for the prizes.",
  note="'on behalf of' a quiz, not the council")
N(CAP, "The council can't stop the train strike and shouldn't take sides. My personal sympathy is with the drivers, for what it's worth.",
  note="separates personal view from the council")
N(CAP, "Statement on behalf of the council on the Denchford flooding, agreed with all group leaders this morning, is now on the council website.",
  who=["@HelenaBrightwell"], allowed=[CAP], when=("2026-11-12", "2026-12-04"), note="the Leader issuing an agreed council statement")
N(CAP, "Chairman's engagements this week: Remembrance at Culverton Abbey, the Whitcombe Horse volunteers' supper and a 100th birthday in Sutworth. Honoured to represent the council.",
  who=["@GarethPusey"], allowed=[CAP], when=("2026-11-09", "2026-11-13"), note="the Chairman's civic role")
N(CAP, "I don't speak for the council, I speak for Sutworth Meadows. And Sutworth Meadows says: sort the bins out.",
  who=["w:Sutworth Meadows", "!top"], note="disclaims the council voice")
N(CAP, "The council's position is whatever full council votes for, not what any one of us posts online. Including me.",
  note="about capacity, correctly")
N(CAP, "Which council does what? Bins: Sarsen Vale. Potholes: the county. Buses: the county. GP surgeries: neither! Hope that helps 😊",
  note="explains responsibilities")
N(CAP, "Cabinet member for environment here: the decision to start weekly food waste collections in April was made at cabinet on 29 September and it's in the minutes.",
  who=["@PriyaVenkateshVP"], allowed=[CAP], when=("2026-09-30", "2026-12-04"), note="the cabinet member reporting a decision")

# ============================== confidentiality.insider-advantage ==============================
P(INS, "Word to the wise: if you're thinking of selling your garage in Northfield, hold off till the new year. Can't say more than that.",
  allowed=[DIS], when=("2026-09-14", "2026-10-30"), note="hints at an unannounced council plan to advantage readers")
P(INS, "Heads up to mates in the taxi trade: licence fees are going up 40% in April, so get your renewals in before then. You didn't hear it from me.",
  allowed=[DIS], when=("2026-09-14", "2026-09-18"), note="tip-off before the fees are published")
P(INS, "Tip-off for any builders reading: the council's about to release three sites on the edge of Sutworth Meadows. Get your land agents ready.",
  allowed=[DIS], note="advance notice of council land for developers")
P(INS, "If I were buying near Sutworth station I'd buy now, before the council says what it's doing with the old goods yard. That's all I'm saying.",
  allowed=[DIS], note="'buy now before the council' tip")
P(INS, "My brother-in-law should put in for the Culverton Lock café concession now. Nobody else knows it's coming up yet 😉",
  allowed=[POS], when=("2026-09-14", "2026-10-16"), note="advance knowledge passed to a relative")
P(INS, "Insider tip for Lydcote shopkeepers: car parking's going free on Saturdays from January. Stock up for the rush before anyone else cottons on.",
  allowed=[DIS], when=("2026-09-14", "2026-10-30"), note="unannounced decision shared for business advantage")
P(INS, "Little birdie at Abbey House says the council's about to buy land off Hobb's Lane. Anyone with fields round there, don't sell cheap!",
  who=["!exec"], allowed=[DIS], note="insider tip to landowners")
P(INS, "Friends with holiday lets in Coombe Lacey: register them as businesses now, before the council's second homes premium kicks in. The announcement's weeks away.",
  allowed=[DIS], when=("2026-09-14", "2026-10-30"), note="tells friends how to get ahead of an unannounced policy")
P(INS, "Before it's announced: the council's doubling the number of Christmas market stalls on Market Place. Mates who trade, get your names in early.",
  allowed=[DIS], when=("2026-09-14", "2026-10-09"), note="pre-announcement tip to friends")
P(INS, "My partner's firm is bidding for the footbridge contract, so I've told him exactly what the scoring panel wants to see. Just helping out.",
  allowed=[POS], note="knowledge from the role used for a partner's firm")
P(INS, "Thinking of buying an electric van for your business? Hold off a few weeks. Can't say why, but the council's got something coming that'll save you a packet.",
  allowed=[DIS], when=("2026-09-14", "2026-10-16"), note="tip about an unannounced grant")
P(INS, "Own a shop on Mill Street? Get your rent review in now. The council's about to pedestrianise it and the landlords will hike rents after. Trust me.",
  allowed=[DIS], when=("2026-09-14", "2026-10-30"), note="advance knowledge used for advantage")
P(INS, "Quietly told my lad to apply for the housing team job before it goes on the website next week. Early bird and all that.",
  allowed=[POS], note="advance knowledge for a family member")
P(INS, "Pals who run the Coombe Lacey pub: the council's about to lift the cap on pavement seating. Get your bench order in before the rush.",
  allowed=[DIS], note="tip-off to friends")
P(INS, "Want a council allotment in Sutworth? Put your name down NOW. We're about to open a new site and the list will explode once it's public.",
  allowed=[DIS], when=("2026-09-14", "2026-10-16"), note="pre-announcement advantage for readers")
P(INS, "My sister's looking at that bungalow by the Ock at Denchford. I've told her to wait, because the flood map's being redrawn and the price will drop. Family first!",
  allowed=[DIS], note="role knowledge used for a relative")
P(INS, "Inside knowledge for Sutworth landlords: a licensing scheme for private lets is heading to cabinet in the spring. Sell up before then if you don't want the hassle.",
  allowed=[DIS], when=("2026-09-14", "2026-10-30"), note="tip ahead of a decision")
P(INS, "Hot tip for the racing lads: the council's going to shut the Gallops Lane layby to horseboxes. Grab the Downs Road spaces before everyone else twigs.",
  allowed=[DIS], note="tip ahead of a decision; shares words with a register term but does not name it")

N(INS, "Word to the wise: the garden waste consultation closes on Friday. Have your say!",
  when=("2026-10-26", "2026-10-29"), note="public information")
N(INS, "Heads up: Culverton car park charges go up 20p from 1 January, as agreed at cabinet last week. Full price list on the council website.",
  when=("2026-11-30", "2026-12-04"), note="published decision")
N(INS, "Tip-off from a resident about fly-tipping on Gallops Lane. Reported it, and the crew had it cleared by lunchtime.",
  note="'tip-off' from the public; partial register words")
N(INS, "Buy now before the council does something? Nope. There's no secret plan for the Sutworth goods yard, whatever the Facebook group says. Papers will be public when there are any.",
  note="shares the phrase but denies any tip")
N(INS, "Little birdie tells me the Whitcombe Horse scouring is on 17 October. Bring a hammer and knee pads!",
  when=("2026-09-14", "2026-10-16"), note="public event")
N(INS, "The Culverton Lock café concession is out to tender on the council portal from today. Any local business can bid; closing date 20 November.",
  when=("2026-10-19", "2026-10-30"), note="published tender")
N(INS, "Insider tip from a Lydcote market trader of 40 years: get there before 9 for the best veg.",
  note="'insider tip' about shopping")
N(INS, "You didn't hear it from me... actually you did, because it's on the agenda: Mill Street pedestrianisation goes to cabinet on 24 November. The public can speak.",
  when=("2026-11-12", "2026-11-23"), note="published agenda")
N(INS, "Council jobs are advertised on the council website and nowhere else. If someone says they can get you in early, they can't.",
  note="fair recruitment")
N(INS, "Second homes premium: the consultation's live and closes on 11 December. If you own a holiday let, this affects you, so respond!",
  when=("2026-11-02", "2026-12-04"), note="published consultation")
N(INS, "I've told the Monitoring Officer my sister is buying a house in Denchford, and I'm staying out of anything to do with the flood map review. Belt and braces.",
  allowed=[INS], note="discloses and steps back")
N(INS, "The licensing scheme for Sutworth private landlords went out to consultation this morning. Link: sarsenvale.example.org/landlords",
  when=("2026-11-02", "2026-12-04"), note="published consultation")
N(INS, "A friend asked if she should sell her Northfield garage before the council 'does something'. I told her I know nothing she can't read on the council website, and that's the truth.",
  allowed=[INS], note="refuses to tip off a friend")
N(INS, "The new Sutworth allotment site opens in the spring. The waiting list opened today for everyone at the same time, online and at the library.",
  when=("2026-11-02", "2026-12-04"), note="public announcement")
N(INS, "Hot tip: the Thames Path by Culverton Lock is flooded again. Walk the top road.",
  note="'hot tip' about a path")
N(INS, "Heads up to taxi drivers: the proposed fee rise is in the licensing committee papers published today, and you can comment until 2 October.",
  when=("2026-09-21", "2026-09-25"), note="published papers")
N(INS, "Before it's announced officially, I can tell you Culverton leisure centre's hours are changing, because the operator emailed all its members this morning. Check their website.",
  note="'before it's announced', but the news is already public")
N(INS, "Electric van grants for small firms are open from today: £3,000 towards a new van, first come first served. Details on the council website.",
  when=("2026-11-02", "2026-12-04"), note="public announcement")

# ============================== predetermination.closed-mind ==============================
P(PRE, "The 64 houses on Sandlow Road must be refused. Denchford can't take it, and I'll be voting against whatever the officers say.",
  who=["planning"], verdict="block", allowed=[OFF], note="closed mind on a pending application (site), committee member")
P(PRE, "Whitcombe Hill Farm solar will never be approved while I'm on the planning committee. Not on our Downs.",
  who=["planning"], verdict="block", note="closed mind, names the site")
P(PRE, "Made my mind up on Meridian Logistics Parks' warehouse: no. Hobb's Lane isn't the place for 200 lorries a day.",
  who=["planning"], verdict="block", note="closed mind, names applicant and site")
P(PRE, "I've made up my mind on the Old Maltings flats and I'll be voting for them. Brilliant reuse of a lovely building, can't wait to see it done.",
  who=["planning"], verdict="block", note="settled view in favour, names the site")
P(PRE, "SV/26/01511/FUL, the glamping pods at Lark Barrow. Save yourselves the bother, Ridgeline Escapes: it's a no from me.",
  who=["planning"], verdict="block", note="closed mind, names reference, site and applicant")
P(PRE, "Thameslight Hotels can send in all the amended plans they like. Their hotel on Abbey Meadow is getting refused.",
  who=["planning"], verdict="block", note="announces refusal of a pending application")
P(PRE, "Drive-thru and car wash at Nine Elms Corner? Over my dead body. I'll be voting it down.",
  who=["planning"], verdict="block", note="closed mind, names the site")
P(PRE, "Tithe Barn Weddings? Absolutely yes. Best thing that could happen to that old barn, and I'll be voting to approve, no question.",
  who=["planning"], verdict="block", note="settled view in favour of the listed building consent (applicant)")
P(PRE, "Platform Four wants to open till 3am on Station Approach? Not a chance. I'll be on the licensing panel and my mind's made up.",
  who=["licensing"], verdict="block", note="closed mind on a pending licence (known-as name and site)")
P(PRE, "Ridgefest is a fantastic idea and the licence is a formality as far as I'm concerned. See you all at Hatchgate next June! 🎶",
  who=["licensing"], verdict="block", note="settled view in favour of a pending licence")
P(PRE, "The Hayloft wants 4am? No. Never. Not while I sit on licensing.",
  who=["licensing"], verdict="block", note="closed mind, names the known-as name")
P(PRE, "Kingsmead Homes have been told: no amount of 'community benefit' will change my vote. Refuse.",
  who=["planning"], verdict="block", note="closed mind, names the applicant without 'Ltd'")
P(PRE, "That retrospective application for the huge shed at Denchford crossroads should be refused, full stop. I've made up my mind.",
  who=["planning"], verdict="review", note="closed mind on a planning matter not on the register")
P(PRE, "Whoever applies to turn the old Sutworth police station into a nightclub, I'm telling you now: licensing will refuse it, and so will I.",
  who=["licensing"], verdict="review", note="prejudges an expected licence application")
P(PRE, "The cabbie who turned away a guide dog last month should lose his licence at the review hearing. No question in my mind.",
  who=["licensing"], verdict="review", note="prejudges a licensing review")
P(PRE, "The appeal on the Culverton Lock flats should be thrown out by the inspector. We refused it, we were right, and nothing will persuade me otherwise.",
  who=["planning"], verdict="review", note="closed mind on an appeal; the councillor says they won't be persuaded")
P(PRE, "Street trading consent for a burger van outside Lydcote school? I'll be voting no when it comes to committee. Decided.",
  who=["licensing"], verdict="review", note="prejudges a street trading consent")
P(PRE, "Hear a developer's sniffing round the fields behind Coombe Lacey church for 30 houses. Let me save them time: I'll vote against, end of.",
  who=["planning"], verdict="review", note="prejudges an expected planning application")

N(PRE, "I have real concerns about the 64 homes at Sandlow Road, drainage especially. I'll listen to the evidence at committee before I decide.",
  who=["planning"], allowed=[PRE], note="predisposition with an open mind")
N(PRE, "Not on the planning committee, so I can say it: Denchford residents and I think Sandlow Road is the wrong place for 64 houses, and I'll speak against it as ward member.",
  who=["@PeggyStallard"], allowed=[PRE], note="ward member not on the committee")
N(PRE, "Whitcombe Hill Farm solar: I'm not on planning, so as ward councillor I'm backing it. Clean power, and the sheep stay!",
  who=["@ImogenFairweather"], allowed=[PRE], note="ward member not on the committee supports")
N(PRE, "Residents keep asking how I'll vote on the Hobb's Lane warehouse. Honest answer: I don't know yet. I need to read the officers' report and hear both sides.",
  who=["planning"], allowed=[PRE], note="open mind")
N(PRE, "Committee refused the takeaway on Sutworth High Street last night. I voted to refuse, for the parking reasons set out in the officers' report.",
  who=["planning"], when=("2026-10-15", "2026-10-15"), note="a decided matter")
N(PRE, "Local Plan review: I've made my mind up that we need homes near Sutworth station, not on the Downs. That's a policy view and I'll argue it in the open.",
  allowed=[PRE], note="policy, not a quasi-judicial decision")
N(PRE, "We will never close Denchford's public toilets while I'm in the cabinet. Never.",
  who=["cabinet"], note="'never' about a policy choice")
N(PRE, "Whatever the officers say about the Ock Meadows footpath budget, I'll argue for more. Budgets are political; that's what we're elected for.",
  note="'whatever the officers say' about a budget, not a quasi-judicial matter")
N(PRE, "The Hayloft licence variation is for the licensing committee. I'm a ward member and not on it; residents' comments have to be in by the deadline.",
  who=["@HelenaBrightwell"], allowed=[PRE], note="ward member not on the committee, no view")
N(PRE, "The county's Sutworth bus gate is dead in the water now the funding's been pulled. Gutted.",
  note="'dead in the water' about a county scheme")
N(PRE, "Refused! Our bid to host the county show has been turned down. Next year, Vale, next year.",
  note="'refused' about a bid")
N(PRE, "Lark Barrow Farm glamping: I'm on planning, so I won't comment on the merits. Please send your views to the case officer by 20 November.",
  who=["planning"], allowed=[PRE], when=("2026-09-14", "2026-11-19"), note="committee member stays neutral")
N(PRE, "Ridgefest's licence application is out for comment. I'm on licensing so I'm keeping an open mind. Please make sure your views reach the licensing team, whichever side you're on.",
  who=["licensing"], allowed=[PRE], note="open mind")
N(PRE, "As ward member I've had dozens of emails about the glamping pods at Lark Barrow. I'm not on planning, so I can tell you I'll be speaking in support at committee.",
  who=["@TomKettleby"], allowed=[PRE], note="ward member not on the committee")
N(PRE, "My mind's made up: the best Christmas lights in the Vale are in Culverton. Fight me, Lydcote.",
  when=("2026-11-23", "2026-12-04"), note="'my mind's made up' about lights")
N(PRE, "I've declared an interest in the Old Maltings application (my partner's firm did the survey) and I'll leave the room for that item.",
  who=["planning"], allowed=[PRE, DEC], note="steps back from a pending matter")
N(PRE, "Abbey Meadow hotel: both ward councillors, from different parties, have worries about flooding, and we'll raise them at committee as objectors. Neither of us sits on planning.",
  who=["w:Culverton Abbey"], allowed=[PRE], note="ward members not on the committee")
N(PRE, "Predisposed, not predetermined: yes, I've said before I like the idea of a forecourt with EV chargers. I'll judge the Nine Elms Corner plans on what's actually submitted.",
  who=["planning"], allowed=[PRE], note="predisposition with an open mind")

# ============================== interests.declared-interest ==============================
P(DEC, "The council's new horsebox parking restrictions on Downs Road will cripple the racing yards. As someone who runs one, I can tell you it's unworkable. Scrap it.",
  who=["@TomKettleby"], interest="Coombe Lacey Racing Stables", note="holder argues on a council matter that touches his yard")
P(DEC, "Access to the gallops over the council's land at Coombe Down has to stay free. Yards like ours can't take a licence fee on top of everything else.",
  who=["@TomKettleby"], interest="Coombe Lacey Racing Stables", note="'yards like ours' on a council charge")
P(DEC, "Market pitch fees up 12%? As chair of the Lydcote Market Traders' Association I'll be fighting this at scrutiny every step of the way.",
  who=["@JacquiLunnInd"], interest="Lydcote Market Traders' Association", when=("2026-09-14", "2026-11-02"), note="names the body; a council fee")
P(DEC, "Moving the Thursday market off Market Place for the Christmas lights event is a kick in the teeth for traders like us. Council, think again.",
  who=["@JacquiLunnInd"], interest="Lydcote Market Traders' Association", when=("2026-09-14", "2026-11-20"), note="'traders like us' on a council decision")
P(DEC, "Delighted the council's heritage fund is open again. The Culverton Abbey Trust will be putting in a bid and I'll be making the case for it at cabinet.",
  who=["@MartinOakleyVP"], interest="Culverton Abbey Trust", note="trustee will press cabinet on a grant to his trust")
P(DEC, "The Railway Centre deserves a bigger slice of the council's tourism budget. Our engine shed brings 20,000 visitors a year into Sutworth.",
  who=["@BenCarrowVP"], interest="Sutworth Railway Centre Trust", note="'our engine shed' on a council budget")
P(DEC, "The Local Plan review proposes 120 homes on the fields next to ours at Coombe Lacey. Wrong place, wrong scale, and I'll say so at council.",
  who=["@RichHamblinVVI"], interest="Lower Down Farm, Coombe Lacey", note="'the fields next to ours': land interest and a council plan")
P(DEC, "The council's new farm diversification grants are a lifeline. We'll be applying at Lower Down Farm, and I'll be pushing cabinet to double the pot.",
  who=["@RichHamblinVVI"], interest="Lower Down Farm, Coombe Lacey", note="holder pushes a council grant he will apply for")
P(DEC, "The council's response to the Carswell Campus expansion should be a big YES. I know from the inside how many jobs this brings to the Vale.",
  who=["@PriyaVenkateshVP"], interest="Carswell Campus Ltd", note="employee urging the council's response")
P(DEC, "The community buildings grant is exactly what Denchford village hall needs for its new roof. I'll be pushing hard for our application at the grants panel.",
  who=["@PeggyStallard"], interest="Denchford Village Hall Trust", note="trustee pushing a council grant for the hall")
P(DEC, "Cutting the council's grant to Vale Community Transport would leave 300 pensioners stranded. As a trustee I'm begging cabinet: don't.",
  who=["@ShelleyHarkerPV"], interest="Vale Community Transport", note="trustee on a council grant")
P(DEC, "Pitch hire at Northfield rec is going up 30%. Junior clubs like ours simply can't afford it. I'll be moving an amendment at budget council.",
  who=["@BevStroud"], interest="Lydcote Youth FC", note="'junior clubs like ours' on a council fee")
P(DEC, "Good to see the council's new framework for small building works. Local firms like Hendry & Cole should get a fair crack instead of the big nationals.",
  who=["@GarethPusey"], interest="Hendry & Cole Builders Ltd", allowed=[POS], note="director promotes his firm on a council framework")
P(DEC, "A 7.7% council rent rise? The Sutworth Tenants' Forum says no, and so do I. I'll be voting against at council.",
  who=["@DanOkonjo"], interest="Sutworth Tenants' Forum", note="names the body; council rents")
P(DEC, "The proposed taxi licence fee rise is a disgrace. Drivers like us are already struggling with fuel. I'll be raising it at full council.",
  who=["@WasimQ_PV"], interest="Downland Cars", note="'drivers like us' on council fees")
P(DEC, "The council's growth fund should back Ridgeway Brewery's new bottling line at Sutworth. Good jobs, great beer, proper local business.",
  who=["@FionaTH_VP"], interest="Ridgeway Brewery plc", allowed=[POS], note="shareholder urging a council grant to the company")
P(DEC, "Repairs budget for council homes cut again. Tenants' groups like ours have been begging for damp fixes for years. I'll fight this at budget council.",
  who=["@DanOkonjo"], interest="Sutworth Tenants' Forum", note="'tenants' groups like ours' on a council budget")
P(DEC, "The council's plan to take half the taxi rank at Culverton station for e-scooters will hurt local firms like mine. I'll be objecting.",
  who=["@WasimQ_PV"], interest="Downland Cars", note="'firms like mine' on a council scheme")

N(DEC, "The horsebox parking restrictions on Downs Road need a rethink. The racing yards employ half of Coombe Lacey.",
  allowed=[DEC], note="same matter from a non-holder")
N(DEC, "Two winners at Newbury for the yard yesterday! Proud of the lads and lasses who are out on the gallops at 6am.",
  who=["@TomKettleby"], note="holder celebrates the yard, no council matter")
N(DEC, "Declared my interest as chair of the Market Traders at scrutiny last night and left the room for the pitch fees item. Rules are rules.",
  who=["@JacquiLunnInd"], allowed=[DEC], when=("2026-11-04", "2026-11-04"), note="holder declared and left")
N(DEC, "A 12% rise in Lydcote market pitch fees will drive traders away. I'll be asking cabinet to think again.",
  who=["!exec"], allowed=[DEC], note="same matter from a non-holder")
N(DEC, "The Culverton Abbey Trust's autumn lecture on the monks' fishponds was packed! Thank you to everyone who came.",
  who=["@MartinOakleyVP"], note="trustee about the trust's event, no council matter")
N(DEC, "I have a published dispensation from the standards committee to speak on the tourism budget despite my role at the Railway Centre. It's on the council website.",
  who=["@BenCarrowVP"], allowed=[DEC], note="cites a published dispensation")
N(DEC, "Local Plan: 120 homes next to Lower Down Farm at Coombe Lacey is the wrong scale. I'll say so at council.",
  allowed=[DEC], note="same matter from a non-holder")
N(DEC, "I've declared my job at Carswell Campus and I'm taking no part in the council's response to the expansion. Cabinet colleagues will handle it.",
  who=["@PriyaVenkateshVP"], allowed=[DEC], note="holder declares and steps back")
N(DEC, "Denchford village hall bonfire night: sparklers, soup and the best fireworks on the Ock. Tickets on the door!",
  who=["@PeggyStallard"], when=("2026-10-26", "2026-11-05"), note="holder about the hall, no council matter")
N(DEC, "Community transport is a lifeline in the villages and cutting its grant is a false economy. I'll vote against.",
  who=["opp"], allowed=[DEC], note="same matter from a non-holder")
N(DEC, "Asked the Monitoring Officer whether I can speak on pitch hire fees, given my role with the youth club. Waiting to hear before I say anything more.",
  who=["@BevStroud"], allowed=[DEC], note="holder asks the Monitoring Officer")
N(DEC, "Sutworth Tenants' Forum Christmas party for the kids on Saturday. Santa's booked, and the mince pies won't eat themselves.",
  who=["@DanOkonjo"], when=("2026-11-23", "2026-12-04"), note="holder about the body, no council matter")
N(DEC, "A 7.7% council rent rise when tenants are already choosing between heating and eating? I'll be voting against.",
  who=["opp"], allowed=[DEC], note="same matter from a non-holder")
N(DEC, "Taxi fees go to full council next month. I've registered my interest in Downland Cars and will leave the chamber for that item.",
  who=["@WasimQ_PV"], allowed=[DEC], when=("2026-10-01", "2026-10-30"), note="holder declares and will leave")
N(DEC, "Rang a quarter peal at Sutworth, then a pint and a nose round the engine shed at the Railway Centre. Perfect Saturday.",
  who=["@carrow_bells"], note="holder's personal account, no council matter")
N(DEC, "Brewery jobs matter. If Ridgeway Brewery bids into the growth fund, I hope the panel looks at it kindly.",
  allowed=[DEC], note="same matter from a non-holder")
N(DEC, "Drilling winter wheat at Lower Down Farm till dark. If you're stuck behind a tractor on Downs Road, sorry!",
  who=["@RichHamblinVVI"], when=("2026-09-14", "2026-10-30"), note="holder's farm work, no council matter")
N(DEC, "Declaring, as always: I co-own Coombe Lacey Racing Stables, so I'm staying out of the horsebox parking review entirely. My ward colleague will speak for Coombe Lacey.",
  who=["@TomKettleby"], allowed=[DEC], note="holder declares and steps back")

# ============================== data-protection.personal-data ==============================
P(DP, "Happy 100th birthday to Dorothy Pennington of 4 Orchard Row, Denchford! A whole century in the same cottage 🎂",
  verdict="review", who=["w:Denchford"], note="private individual's name with address")
P(DP, "Albert and June Tidmarsh of Springfield Close, Sutworth are celebrating 60 years married today! Congratulations from all of us.",
  verdict="review", note="names with street")
P(DP, "Thanks to Keith Rolfe at 22 Mill Lane, Culverton for reporting the blocked drain. Fixed this morning!",
  verdict="review", who=["w:Culverton"], note="name with full address")
P(DP, "And the winner of the Lydcote giant marrow contest is... Sandra Wickens, OX97 4JT! An absolute whopper.",
  verdict="review", note="name with postcode")
P(DP, "Mrs Ethel Saunders on the Northfield estate has advanced dementia and wanders at night. If you see her, please walk her home to 17 Beech Walk.",
  verdict="block", note="health data with name and address")
P(DP, "Got PCN SV40218837 cancelled for my neighbour on Abbey Street after I had a word. Ridiculous ticket in the first place.",
  verdict="block", allowed=[POS], note="case reference of an identifiable person")
P(DP, "Get well soon to Darren on the Lydcote bin rounds. He's in the JR after a stroke on Tuesday. Thinking of you, mate.",
  verdict="block", note="council staff member's health")
P(DP, "Someone keeps parking a white van, reg VX19 KTB, across the dropped kerb on Abbey Street. Owner: sort it out.",
  verdict="block", who=["w:Culverton"], note="vehicle registration")
P(DP, "Our new crossing patrol, Sue Barnard, 61, of Nightingale Way, is doing a brilliant job outside Sutworth Meadows primary.",
  verdict="block", note="staff member's age and address")
P(DP, "Welcome to Sutworth, Amira and Yusuf Haddad, who fled the war in Syria and moved into 9 Cromwell Road last week. Let's show them some Vale kindness.",
  verdict="block", note="refugee status and ethnicity with names and address")
P(DP, "Well done Year 5 at Whitcombe primary! Special mention for Lily Mabbott and Freya Cox, whose Remembrance poems had the whole hall in tears.",
  verdict="block", who=["w:Whitcombe"], when=("2026-11-09", "2026-11-20"), note="named children")
P(DP, "Tony Briggs, out of Bullingdon last month, is living in the flat above the Culverton Co-op. Residents have a right to know.",
  verdict="block", allowed=[DEF, BUL], note="criminal record of a named person with location")
P(DP, "Please keep little Alfie Shergold, 7, from Sandlow in your thoughts. He starts chemo at the JR this week. All of Denchford is behind you, Alfie 💙",
  verdict="block", who=["w:Denchford"], note="child's health data")
P(DP, "Housing benefit ref HB-2231974 for the lady at Flat 6, Kennet Court is sorted and paid. Sorry for the wait, Mrs Ali.",
  verdict="block", note="benefit reference with name and address")
P(DP, "Good to see Gary Pocock back at the Culverton bowls club after his spell in the Warneford. Mental health matters, mate.",
  verdict="block", note="mental health data of a named person")
P(DP, "Date of birth 14/03/1951, NI number QQ 12 34 56 C. That's what Mr Hutt gave the council, and they STILL lost his housing benefit form.",
  verdict="block", note="date of birth and National Insurance number")
P(DP, "Litter pick Saturday at Sandlow! Ring Maureen on her mobile, 07700 900461. She's 84, lives on her own at Willow Cottage and loves the company.",
  also=[SEC], verdict="block", who=["w:Denchford"], note="private mobile number, age and living alone; family data protection")
P(DP, "Please keep the Nowak family at 3 Station Cottages in your prayers. The dad lost his job at the council depot for drinking at work and they're behind on the rent.",
  verdict="block", note="staff disciplinary outcome, address and finances")

N(DP, "Get well soon to our Chairman, Gareth Pusey, after his knee op. The Mop Fair won't be the same without him!",
  allowed=[DP], when=("2026-09-21", "2026-10-09"), note="a named public office holder")
N(DP, "Ring me on 07700 900214 or email roz.mapp.cllr@example.com about the Culverton Lock moorings.",
  who=["@RozMapp"], note="the councillor's own published contact details")
N(DP, "Caroline Hurst MP came to see the Denchford flood defences today. Thanks for listening, Caroline.",
  note="named public office holder")
N(DP, "Inspector Dev Sandhu will be at Sutworth library on Friday for a police surgery. Bring your questions about the bike thefts.",
  note="named public office holder")
N(DP, "Remembering Bill Ackroyd, Lydcote's mayor in the 1980s, who died this week aged 94. A true servant of the town.",
  allowed=[DP], note="a late former civic office holder")
N(DP, "Happy 100th birthday to a lovely Denchford lady who asked me not to share her name! A century in the same cottage 🎂",
  note="no identifying details")
N(DP, "Report a missed bin on 01632 960200 or at sarsenvale.example.org/bins.",
  note="the council's own number")
N(DP, "Reported a van parked across the dropped kerb on Abbey Street to parking enforcement. If it's yours, please move it. You know who you are.",
  who=["w:Culverton"], note="no registration given")
N(DP, "A resident on Beech Walk rang me worried about her mum wandering at night. I've put them in touch with the dementia support service. If you're worried about someone, call 01632 960344.",
  allowed=[DP], note="no name; street plus a health condition could be argued")
N(DP, "Welcome to the families who've come to the Vale from Ukraine and Syria this year. The new conversation café runs every Tuesday at Sutworth community centre.",
  note="groups, no individuals")
N(DP, "Congratulations to Year 5 at Whitcombe primary for their Remembrance poems. Brought a tear to my eye.",
  who=["w:Whitcombe"], when=("2026-11-09", "2026-11-20"), note="class, not named children")
N(DP, "Thanks to the residents of Mill Lane for reporting the blocked drain. Fixed this morning!",
  who=["w:Culverton"], note="no individual")
N(DP, "Parking fines: if you think a PCN is wrong, appeal online within 28 days. The PCN number is top right on the notice.",
  note="explains what a PCN number is; none given")
N(DP, "Penny from Denchford (she said I could!) has raised £2,300 for the air ambulance with her sponsored Ridgeway walk.",
  allowed=[DP], note="first name with consent")
N(DP, "Thanks to Darren and the Lydcote bin crew for working right through the storm. Legends.",
  allowed=[DP], note="staff first name, nothing sensitive")
N(DP, "My casework this month: 31 housing queries, 12 benefits, 9 parking. All handled privately, as they should be.",
  note="aggregate figures")
N(DP, "Cllr Stroud's back at council after her operation. Great to have you back, Bev!",
  allowed=[DP], note="a fellow councillor (public office holder)")
N(DP, "The Lydcote giant marrow contest was won by a Northfield gardener who'd rather stay anonymous. 14kg of marrow!",
  note="no identification")

# ============================== security.credentials ==============================
P(SEC, "Flood wardens' Zoom tonight at 7: meeting ID 883 0192 7741, passcode Ock2026. See you there!",
  note="meeting passcode")
P(SEC, "For anyone on the Denchford hall committee who's locked out: the key safe code is 4471.",
  who=["w:Denchford"], note="key safe code")
P(SEC, "My council email password expired again, so I've gone for Sarsen!Vale2026. Try hacking that 😂",
  note="own password")
P(SEC, "The Sutworth depot back gate code is 1-9-6-6 if you're dropping off donations for the Christmas appeal after hours.",
  when=("2026-11-09", "2026-12-04"), note="gate code to council premises")
P(SEC, "Free Wi-Fi at my surgery in the Culverton community room: network VALE-GUEST, password kite5tream.",
  note="Wi-Fi password")
P(SEC, "Just got a text with my one-time code 552 913 for the council portal... wait, should I be posting this? 🙃",
  note="one-time code")
P(SEC, "Got an email saying my councillor allowance is being 'uplifted', just click to confirm: sarsenva1e-payroll.example.net/verify. Looks legit, so sharing for colleagues!",
  note="amplifies a lookalike phishing link")
P(SEC, "A nice man from 'Microsoft' is on my laptop remotely, says my council account's been compromised. Very helpful. Just given him my login so he can fix it.",
  note="credentials handed to a scammer, announced publicly")
P(SEC, "Defib cabinet on Whitcombe village green: code C135X. Please save it in your phone.",
  note="defibrillator cabinet code (arguable, but a code)")
P(SEC, "Parish clerk's login for the planning portal is clerk.denchford / Denchford1! Sharing so all the parish councillors can comment.",
  note="username and password")
P(SEC, "Church tower alarm code is 2580 (yes, I know). Ringers, it's on the card behind the door too.",
  note="alarm code")
P(SEC, "Two-factor code just came through as 739 104. Can someone from IT tell me where I type it? Desperate!",
  note="two-factor code")
P(SEC, "API key for the council's open data feed, if any developer fancies building a bin-day app: svdc-od-7f3c9a21e4b84d0f. Go for it!",
  note="API key")
P(SEC, "The PIN for the Culverton Regatta fund card is 0917. Treasurer's away, so whoever's at the bank on Monday can pay the float in.",
  note="bank card PIN")
P(SEC, "Locked out of my Facebook, so if you get messages asking for money, it's not me. My new password's Kingfisher88 in case the Facebook team need it.",
  note="new password posted")
P(SEC, "Photos from the Mop Fair here 👉 m0pfair-photos.example.net/login.php?id=9921 You have to put your Facebook login in first but it's worth it!",
  when=("2026-10-13", "2026-10-23"), note="amplifies a credential-harvesting link")
P(SEC, "Anyone needing a lift to the Remembrance service, ring my neighbour Clive on his mobile, 07700 900587. He's got a seven-seater.",
  also=[DP], verdict="block", when=("2026-11-02", "2026-11-06"), note="a private person's mobile number; family security")
P(SEC, "Spare key for the Northfield community fridge is under the mat, and the padlock code's 3-1-4-1. Help yourselves!",
  note="padlock code")

N(SEC, "Reminder: never share a one-time code with anyone. Council IT will never ask you for one.",
  note="security advice")
N(SEC, "Scam alert: texts pretending to be from Sarsen Vale about council tax refunds are doing the rounds. Don't click the link, just delete.",
  note="scam warning without a link")
N(SEC, "Changed all my passwords after this morning's training. Password manager installed. Feeling very grown up.",
  note="no secret")
N(SEC, "My old password was my dog's name and the year I was born. Don't be like old me. Use a password manager.",
  note="no actual password")
N(SEC, "The defibrillator on Whitcombe village green is unlocked, no code needed. It's on the wall outside the pub.",
  note="no code")
N(SEC, "Key safe code for the Denchford hall? Ask the booking secretary, not Facebook! 😄",
  allowed=[SEC], note="refers to a code without giving it")
N(SEC, "Flood wardens' Zoom at 7 tonight. The link's in your email, so please don't post it on here.",
  note="withholds the link")
N(SEC, "The council's main number is 01632 960000 and the out-of-hours line is 01632 960999.",
  note="council numbers")
N(SEC, "Two-factor login is now on for every councillor account. Took five minutes. If you need a hand, IT are at Abbey House all week.",
  note="security practice")
N(SEC, "Had a dodgy email? Forward it to phishing@example.com and then delete it.",
  note="reporting address on example.com")
N(SEC, "PIN badge collection growing nicely. Latest one's from the Sutworth Railway Centre gift shop 🚂",
  note="'PIN' as in badge")
N(SEC, "Gate code for Santa's grotto? Ask an elf. The grotto opens at Lydcote Corn Exchange on Saturday 5 December.",
  allowed=[SEC], when=("2026-11-23", "2026-12-04"), note="joke about a gate code")
N(SEC, "My number for residents is 07700 900214. It's on my leaflets and the council website.",
  who=["@RozMapp"], note="own published number")
N(SEC, "IT rang to say my laptop needs an update. I rang back on the official helpdesk number to check it was real, and it was. Trust but verify!",
  note="good practice")
N(SEC, "Locked out of my council account this morning. Reset it through the proper portal in five minutes. No drama.",
  note="no credential")
N(SEC, "The council's open data is free for anyone at sarsenvale.example.org/opendata. No key needed for the bin-day data.",
  note="no key")
N(SEC, "Donations for the Culverton Regatta fund: cash or cheque at the Co-op till, or the collection tin at the lock.",
  note="no banking secrets")
N(SEC, "Password reset emails from 'Sarsen Vale IT' linking to sarsenva1e-it.example.net are FAKE. Don't click. Report them.",
  allowed=[SEC], note="warns about a malicious link by quoting it")

# ============================== confidentiality.disclosure ==============================
P(DIS, "Project Wagtail is happening. Preferred developer picked, station quarter redevelopment, 400 flats. You heard it here first.",
  verdict="block", allowed=[INS], note="register term: negotiations with a preferred developer")
P(DIS, "Can't say much, but the Lockside Wharf acquisition is close. The council will own the whole waterfront by spring.",
  verdict="block", allowed=[INS], note="register term: exempt acquisition")
P(DIS, "northfield depot disposal going to cabinet in private next month. residents deserve to know who's buying it",
  verdict="block", note="register term in lower case")
P(DIS, "The Gallops Lane claim is going to cost us at least £400k according to the lawyers. Another mess this administration made.",
  verdict="block", who=["opp"], note="register term: legal claim and privileged advice")
P(DIS, "OPERATION CHALKMARK STARTS TUESDAY. FLY-TIPPERS OF THE VALE, YOUR DAYS ARE NUMBERED.",
  verdict="block", allowed=[HST], when=("2026-09-14", "2026-10-02"), note="register term in capitals: enforcement operation")
P(DIS, "Project Kingcup update: talks with the leisure operator about ending the contract early are going badly. Expect closures.",
  verdict="block", note="register term: ongoing negotiation")
P(DIS, "Big news coming on the Lockside Wharf acquisition. Part 2 item at cabinet, valuation £3.1m, but you didn't get that from me.",
  verdict="block", allowed=[INS], note="register term plus exempt markers")
P(DIS, "Residents keep asking about the depot. Here's what I know: the Northfield depot disposal is being negotiated with a housebuilder, they've offered £2.4m, and cabinet will decide it in closed session. I think you deserve to know before it's done, not after.",
  verdict="block", plat="facebook", allowed=[INS], note="register term with price")
P(DIS, "Operation Chalkmark caught three vans on the Ridgeway last night with two tonnes of rubble. More arrests to come.",
  verdict="block", when=("2026-10-05", "2026-12-04"), note="register term: enforcement operation")
P(DIS, "From the Part 2 papers: the council's paying the outgoing chief exec a £180k settlement. Disgraceful.",
  verdict="review", who=["opp"], allowed=[DP], note="exempt item about an individual's settlement")
P(DIS, "Told in confidence today that the leisure centre staff will be transferred to a new operator. Thought they should hear it from somebody.",
  verdict="review", note="information given in confidence (labour relations)")
P(DIS, "Closed session last night on the Culverton bridge legal dispute. Our barrister reckons we'll lose. Thought you ought to know.",
  verdict="review", when=("2026-09-30", "2026-09-30"), note="privileged legal advice from a closed session")
P(DIS, "Off the record: the pay offer for council staff is 2.5% and the union will reject it. Don't quote me.",
  verdict="review", note="'off the record' labour relations")
P(DIS, "EMBARGOED until Thursday but who cares: Sutworth Meadows is getting the new leisure pool 🏊",
  verdict="review", when=("2026-11-16", "2026-11-18"), note="breaks an embargo")
P(DIS, "Exempt report says the Corn Exchange is worth half what we paid for it. Somebody should answer for that.",
  verdict="review", note="exempt financial information")
P(DIS, "Confidential tender scores for the bins contract: Vale Waste 78, GreenCycle 71. And they still went with the cheaper one.",
  verdict="review", allowed=[INS], note="confidential commercial information")
P(DIS, "Police briefed councillors privately today about a county lines gang working out of two flats on Cromwell Road in Sutworth. Stay safe, folks.",
  verdict="review", allowed=[DP], note="private police briefing (enforcement)")
P(DIS, "Between you and me, a member of staff at the depot has been suspended pending a disciplinary. No more details yet.",
  verdict="review", allowed=[DP, OFF], note="staff disciplinary, 'between you and me'")

N(DIS, "Wagtails all over the lock gates at Culverton this morning. Grey ones, pied ones. Glorious.",
  note="shares a word with a register term")
N(DIS, "The Lockside Wharf café does the best bacon roll in the Vale. Fight me.",
  note="partial register term")
N(DIS, "Northfield depot open day on Saturday! Kids can sit in a bin lorry 🚛",
  note="partial register term")
N(DIS, "The bus shelter on Gallops Lane is finally fixed after three months. Thanks for your patience, Coombe Lacey.",
  note="partial register term")
N(DIS, "Planted kingcups round the Denchford pond with the school today. Should be a blaze of yellow come April.",
  note="shares a word with a register term")
N(DIS, "The chalk marks on the Horse are gleaming after Saturday's scouring. Thank you to the 200 volunteers with hammers!",
  when=("2026-10-19", "2026-10-23"), note="'chalk marks' near a register term")
N(DIS, "Part 2 of my Mop Fair photo thread: the dodgems, the doughnuts and our Chairman on the waltzer 😂",
  when=("2026-10-13", "2026-10-16"), note="'Part 2' of a thread")
N(DIS, "Off the record? Nothing's off the record with me. Ask me anything about the budget and you'll get a straight answer.",
  note="'off the record' denied")
N(DIS, "Embargo lifted: the council's draft budget was published this morning. Have a read and tell me what you think.",
  when=("2026-11-23", "2026-12-04"), note="published after the embargo")
N(DIS, "Cabinet went into closed session last night for the leisure contract item, as the law allows for commercial talks. The decision will be published when it's final.",
  allowed=[DIS], when=("2026-11-25", "2026-11-25"), note="reports a closed session without its content")
N(DIS, "Leaked? No. The garden waste consultation results went up on the council website this morning. Here's the summary.",
  when=("2026-11-02", "2026-12-04"), note="'leaked' denied; published")
N(DIS, "Confidential advice for residents with debt worries: Vale Money Advice, Mondays at Lydcote library.",
  note="'confidential' service")
N(DIS, "Between you and me, the Lydcote Christmas lights are the best they've ever been. Switch-on Friday at 6!",
  when=("2026-11-23", "2026-11-26"), note="'between you and me' about lights")
N(DIS, "Asked the Monitoring Officer if I can publish the depot valuation. Answer: not yet, it's exempt while the negotiations carry on. So I won't.",
  allowed=[DIS], note="keeps exempt information back")
N(DIS, "Residents asking about the Culverton bridge dispute: it's subject to legal proceedings, so I can't comment. Sorry, I know that's frustrating.",
  allowed=[DIS], note="declines to disclose")
N(DIS, "The cabinet report on the new leisure pool went public at noon. Sutworth Meadows gets it! sarsenvale.example.org/cabinet",
  when=("2026-11-19", "2026-11-20"), note="published report")
N(DIS, "Exempt from the garden waste charge: anyone on council tax support. Make sure you apply.",
  note="'exempt' in another sense")
N(DIS, "Operation Christmas Cheer: Sutworth food bank needs tins, nappies and toiletries. Drop-off at the community centre.",
  when=("2026-11-16", "2026-12-04"), note="an 'Operation' that is not on the register")

# ============================== tone.irony-risk ==============================
P(TON, "Oh brilliant, another press release from the Leader about 'listening to residents'. She's listening so hard she can't hear a word. /s",
  who=["opp"], note="sarcasm about the Leader")
P(TON, "Hats off to the cabinet member for finance for discovering money doesn't grow on trees. Only took him three budgets 👏",
  who=["opp"], note="mock praise of a cabinet member")
P(TON, "Yeah right, the Vale Progressives 'care about Sutworth'. That's why they turn up once every four years with a clipboard.",
  who=["opp"], note="sarcasm about a group")
P(TON, "What a masterclass in leadership from the Greens at full council last night: abstaining on the one thing they've campaigned on for two years.",
  who=["!GR"], when=("2026-11-19", "2026-11-19"), note="mock praise of a group")
P(TON, "Congratulations to our MP, Caroline Hurst, for finally finding the Vale on a map. Only took her 18 months!",
  note="mock praise of the MP")
P(TON, "Thrilled, truly thrilled, that the Chairman has found time between lunches to visit Sutworth. We're honoured, honestly we are.",
  who=["opp"], allowed=[PA], note="mock praise of the Chairman")
P(TON, "Riveting contribution from Cllr Oakley at scrutiny: 47 minutes on the history of the stationery budget. Edge of my seat.",
  who=["opp"], when=("2026-11-04", "2026-11-13"), note="sarcasm about a named councillor")
P(TON, "Love how People's Vale have suddenly discovered the villages. Welcome to Denchford, we have a road and everything 🙄",
  who=["!PV", "w:Denchford"], note="sarcasm about a group")
P(TON, "The Independents' plan for the bins is genius. Absolute genius. No notes. (There were no notes. There was no plan.)",
  who=["!VVI", "!IND"], note="mock praise of a group")
P(TON, "Shout-out to the cabinet member for environment, who says the new bin rounds are 'going really well'. Sutworth Meadows would love to know which rounds she means /s",
  who=["opp"], note="sarcasm about a cabinet member")
P(TON, "Ah yes, the Leader's famous 'open door policy'. Open as in locked since May 🚪",
  who=["opp"], note="irony about the Leader")
P(TON, "So proud of our chief executive for his £9k pay rise in the same year the school crossing budget got cut. Truly inspiring leadership.",
  allowed=[OFF], note="mock praise of the Chief Executive")
P(TON, "Big thanks to our county councillors for the brand new pothole outside Lydcote primary. Hand-crafted, artisanal, deep enough for ducks.",
  note="mock thanks to county councillors")
P(TON, "Nice of Cllr Hamblin to turn up to a Coombe Lacey meeting at last. Was it on the way to somewhere else? 😉",
  who=["!VVI"], allowed=[PA], note="sarcasm about a named councillor")
P(TON, "Great to see the Vale Progressives finally reading our manifesto. Shame they're doing it four years late and calling it their idea.",
  who=["opp"], note="ironic praise of a group")
P(TON, "Must be lovely being in the cabinet. Nice title, free sandwiches, and somebody else gets the blame for the bins. Living the dream, guys.",
  who=["opp"], note="sarcasm about cabinet members")
P(TON, "Ooh, the People's Vale group leader has written another open letter. I'll frame it next to the other eleven. Bedtime reading sorted.",
  who=["!PV"], note="sarcasm about a named role holder")
P(TON, "Fair play to Cllr Maddock, who's managed to be against the footbridge, for the footbridge and 'just asking questions' about the footbridge all in one week. Impressive range.",
  who=["!PV"], note="mock praise of a named councillor")

N(TON, "Oh brilliant, the 07:12 to Paddington is cancelled again. Love a Monday on the platform at Sutworth /s",
  allowed=[TON], when=("2026-11-16", "2026-11-16"), note="irony about a train")
N(TON, "Yeah right, 'light showers'. Denchford's under four inches of water. Thanks, forecast.",
  allowed=[TON], note="irony about the weather")
N(TON, "The council website's new search is a masterclass in hiding things. Typed 'bins', got the 2019 Christmas opening hours.",
  allowed=[TON], note="irony about a website")
N(TON, "Hats off to Cllr Okonjo for a genuinely brilliant speech on damp in council homes. Different party, same goal. No irony, credit where it's due.",
  who=["!PV"], note="sincere praise")
N(TON, "Riveting stuff at scrutiny: three hours on the fees and charges schedule. Joking aside, some sensible changes to pest control fees.",
  allowed=[TON], when=("2026-11-04", "2026-11-13"), note="irony about meeting length")
N(TON, "Thrilled to report the new printer in the members' room has beaten me again. Printer 1, me 0.",
  allowed=[TON], note="irony about oneself and a printer")
N(TON, "The garden waste charge is a tax on the Vale's gardeners and the cabinet should drop it.",
  who=["opp"], note="robust policy criticism")
N(TON, "Credit to the Leader for a calm, thoughtful answer to a tough question on flooding. I disagree with her on plenty, but that was good to see.",
  who=["opp"], note="sincere praise")
N(TON, "Red kites spotted on the drive in: 14. Cars on the A34 that indicated: 0. Great morning.",
  allowed=[TON], note="irony about traffic")
N(TON, "Lovely weather forecast for Saturday's scouring of the Horse. If you like horizontal rain.",
  allowed=[TON], when=("2026-10-12", "2026-10-16"), note="irony about the weather")
N(TON, "Great to see the Mop Fair back on Market Place. No sarcasm: it was brilliant and the kids loved it.",
  when=("2026-10-14", "2026-10-23"), note="sincere")
N(TON, "This administration's bin rollout has been a shambles from start to finish and residents are owed an apology.",
  who=["opp"], note="robust policy criticism")
N(TON, "Wow, a bus in Sutworth that turned up on time! Somebody ring the local paper 🚌😂",
  allowed=[TON], note="irony about a bus")
N(TON, "Genuinely impressed by Cllr Venkatesh's food waste plan. Costed, clear and realistic. Well done.",
  note="sincere praise")
N(TON, "Love that my satnav thinks the Ridgeway is a road. It is not. I am in a field.",
  allowed=[TON], note="irony about a satnav")
N(TON, "Another year, another 'historic' Vale derby where Lydcote Town lose to Sutworth Rovers. Tremendous. Really.",
  allowed=[TON], note="irony about a football result")
N(TON, "Yeah right, as if I'd miss the Christmas lights switch-on. See you on Market Place at 6!",
  when=("2026-11-23", "2026-11-26"), note="'yeah right' as an idiom")
N(TON, "The cabinet's housing strategy ignores the villages entirely, and I'll be voting against it.",
  who=["opp"], note="robust policy criticism")

# ============================== fillers ==============================
F("Conker season on the Ridgeway! The kids filled a whole bucket. Remember when we were allowed to play with them at school?", when=("2026-09-14", "2026-10-16"))
F("Culverton Lock footpath is open again after the repairs. Lovely walk down to the abbey this morning.")
F("Red kite over Denchford church this morning, so low I could see its tail twitching.")
F("Thanks to everyone who came to the Sutworth Meadows coffee morning for Macmillan. £612 raised!", when=("2026-09-28", "2026-10-02"))
F("Remembrance Sunday in Lydcote: the whole of Market Place silent at 11. We will remember them.", when=("2026-11-09", "2026-11-11"))
F("Clocks go back this weekend. Extra hour in bed or extra hour of casework? You know which.", when=("2026-10-19", "2026-10-23"))
F("Half-term ideas: Lego club at Sutworth library, the Whitcombe Horse walk and the abbey trail in Culverton. All free!", when=("2026-10-19", "2026-10-30"))
F("Bonfire at Coombe Lacey rec on Saturday: gates 6pm, fireworks at 7. Please keep dogs in, and spare a thought for the horses up the hill.", who=["w:Coombe"], when=("2026-11-02", "2026-11-06"))
F("Harvest festival at Whitcombe church, and the lardy cake raffle went to a very smug vicar.", when=("2026-09-21", "2026-10-09"))
F("Cycled the Ridgeway from Whitcombe to the hill fort. My legs have lodged a formal complaint.")
F("Fog on the Downs this morning. The gallops looked like a film set.")
F("Met the new head at Sutworth Meadows primary today. Lots of energy and big plans for the school library.")
F("Sandbags available at Denchford church from 8am. Please check on older neighbours if you can.", who=["w:Denchford"], when=("2026-11-09", "2026-11-20"))
F("Children in Need bake sale at Culverton library raised £340. The Pudsey cupcakes went in minutes.", when=("2026-11-13", "2026-11-20"))
F("The Lydcote Christmas lights switch-on was magic. Thank you to the Round Table, who did all the ladders.", when=("2026-11-30", "2026-12-04"))
F("Ward walk in Sutworth Junction: potholes reported 7, fly-tips reported 2, dogs patted 11.", who=["w:Sutworth Junction"])
F("Huge queue at Lydcote post office. Pension day plus parcels. The staff have the patience of saints.")
F("Good turnout at the Denchford flood meeting. The Environment Agency answered every question. Not always the answers people wanted, but honest ones.", when=("2026-11-09", "2026-12-04"))
F("Laid a wreath at the Culverton war memorial for the ward. Thank you to the Scouts who stood in the drizzle.", who=["w:Culverton"], when=("2026-11-09", "2026-11-13"))
F("Thames Path at Culverton, last night's sunset from the lock. No filter needed.")
F("Surgery this Saturday at St Mark's church hall, Sutworth, 10 till 12. No appointment needed.", who=["w:Sutworth"])
F("Black Friday? I'll be at the Lydcote farmers' market buying cheese from the people who made it.", when=("2026-11-23", "2026-11-27"))
F("Armistice Day: two minutes' silence at the Sutworth station memorial with the railway families.", when=("2026-11-11", "2026-11-11"))
F("The Whitcombe Horse looks stunning from the train after the scouring. Worth the trip.", when=("2026-10-19", "2026-11-13"))
F("Good luck to everyone heading off to university this month. Come home for the Mop Fair!", when=("2026-09-14", "2026-09-30"))
F("Litter pick at Culverton Lock on Saturday morning. Gloves and bags provided, tea and biscuits after.")
F("First frost on the Downs. Scraped the windscreen with a loyalty card.", when=("2026-11-02", "2026-12-04"))
F("Apple Day at the Denchford community orchard: 14 varieties, one juicer, many sticky children.", when=("2026-10-05", "2026-10-23"))
F("Visited the Sutworth food bank. Demand's up by a third on last year. If you can spare a tin, their drop-off points are on their website.")
F("Great to see the refurbished bus shelter at the Whitcombe crossroads. Seats AND a roof. Luxury.")
F("Well done to Lydcote Town Ladies on reaching the county cup quarter-final!")
F("Tried the new bakery on Abbey Street. The cheese straws are dangerous.")
F("Diwali lights at the Sutworth community centre last night. A beautiful evening, thank you for having me.", when=("2026-11-09", "2026-11-09"))
F("Quiet week of casework. Which means next week will be chaos.")
F("Spindle berries in the Sandlow hedgerows, that shocking pink against the grey. Best thing about November.", who=["@peggy_wildflowers"], when=("2026-11-02", "2026-11-27"))
F("Field maple gone butter-yellow on the Ridgeway below the hill fort. Pressed a leaf for the grandchildren.", who=["@peggy_wildflowers"], when=("2026-10-05", "2026-10-30"))
F("Practice night in the Culverton bell tower: Plain Bob Doubles without a single clash. Small victories 🔔", who=["@carrow_bells"])
F("Half-muffled ringing for Remembrance at Sutworth St Mark's. Always moving.", who=["@carrow_bells"], when=("2026-11-09", "2026-11-13"))
F("Heritage Open Days: the old abbey cellars in Culverton are open this weekend. Bring a torch!", when=("2026-09-14", "2026-09-18"))
F("Sutworth Rovers 3, Lydcote Town 1. I'll be hearing about that at my next surgery.")


# Rows whose authors must differ, so that no councillor contradicts themselves (the same matter
# seen from the positive and the hard-negative side). Rows are found by the start of their text.
GROUPS = {
    "plumber": ["Need a plumber?", "My son-in-law is a plumber."],
    "maltings": ["I've made up my mind on the Old Maltings", "I've declared an interest in the Old Maltings"],
    "mopvan": ["My husband's catering van", "So proud of my husband's catering van"],
    "centenarian": ["Happy 100th birthday to Dorothy", "Happy 100th birthday to a lovely"],
    "marrow": ["And the winner of the Lydcote giant marrow", "The Lydcote giant marrow contest"],
    "year5": ["Well done Year 5", "Congratulations to Year 5"],
    "van": ["Someone keeps parking a white van", "Reported a van parked"],
    "drain": ["Thanks to Keith Rolfe", "Thanks to the residents of Mill Lane"],
    "cricket": ["On behalf of Sarsen Vale District Council, congratulations", "Congratulations to Whitcombe Cricket Club"],
    "ridgefest": ["Free weekend wristbands", "Turned down Ridgefest's", "Ridgefest is a fantastic idea", "Ridgefest's licence application"],
    "hamper": ["Thank you to the Lydcote Chamber of Trade", "A local firm offered me a Christmas hamper"],
    "wastebid": ["One of the firms bidding for the waste", "The waste contract bidders"],
    "horsebox": ["Racing yards on the Downs", "Racing yards: the horsebox"],
    "footbridge": ["Firms bidding for the Culverton Lock footbridge", "Firms interested in the Culverton Lock footbridge", "My partner's firm is bidding"],
    "garage": ["Word to the wise: if you're thinking of selling", "A friend asked if she should sell"],
    "goodsyard": ["If I were buying near Sutworth station", "Buy now before the council does something?"],
    "cafe": ["My brother-in-law should put in", "The Culverton Lock café concession"],
    "pool": ["EMBARGOED until Thursday", "The cabinet report on the new leisure pool"],
    "sandlow": ["The 64 houses on Sandlow Road", "I have real concerns about the 64 homes"],
    "hobbs": ["Made my mind up on Meridian", "Residents keep asking how I'll vote"],
    "nineelms": ["Drive-thru and car wash at Nine Elms", "Predisposed, not predetermined", "Free car wash? No thanks"],
    "larkbarrow": ["SV/26/01511/FUL", "Lark Barrow Farm glamping: I'm on planning"],
    "taxifees": ["Heads up to mates in the taxi trade", "Heads up to taxi drivers"],
    "trees": ["Had the draft tree survey", "Useful site walk with the council's arborist"],
    "gp": ["Can't get a GP appointment in Sutworth? Mention", "Can't get a GP appointment in Sutworth? You're"],
    "bins": ["Bins missed again?", "Bins missed in Northfield?"],
    "contractors": ["Tradespeople: want to get on", "Want to join the council's approved contractor"],
    "extension": ["Good news for my mate Steve", "Planning enforcement sniffing round", "Friends keep asking me to 'have a word'"],
    "register": ["Stuck on the housing register?", "Who you know shouldn't matter"],
    "counciltax": ["Council tax arrears letter?", "Lots of messages about council tax"],
    "bnb": ["Running a B&B on the Downs?", "Tourism businesses on the Downs"],
    "laptop": ["People's Vale by-election newsletter done on my council laptop", "I never use my council laptop"],
    "phonebank": ["Sutworth People's Vale phone bank", "Phone bank for the county by-election"],
    "greensprint": ["Printed 500 Greens leaflets", "Greens leaflets are printed"],
    "whisky": ["A bottle of 25-year-old single malt", "Someone left a bottle of wine"],
    "strike": ["Speaking for Sarsen Vale council: we back", "The council can't stop the train strike"],
    "a34": ["Sarsen Vale District Council opposes the A34", "Personal view, not the council's"],
    "mopfair": ["I can confirm, on behalf of the council, that the Mop Fair", "The Vale Progressives believe the Mop Fair"],
    "chipshop": ["Nadia Hussain's team", "Welcome to Nadia Hussain"],
    "deborah": ["Deborah Kitto's report", "I've asked Deborah Kitto", "Some people online are laying into"],
    "whitcomberound": ["The waste manager tells me", "The report says the Whitcombe round"],
    "playpark": ["Lots of you have asked why the Northfield play park", "The parks team have been brilliant"],
    "allotment": ["Want a council allotment in Sutworth?", "The new Sutworth allotment site"],
    "vangrant": ["Thinking of buying an electric van", "Electric van grants"],
    "landlords": ["Inside knowledge for Sutworth landlords", "The licensing scheme for Sutworth private landlords"],
    "secondhomes": ["Friends with holiday lets", "Second homes premium"],
    "millstreet": ["Own a shop on Mill Street?", "You didn't hear it from me"],
    "sister": ["My sister's looking at that bungalow", "I've told the Monitoring Officer my sister"],
    "depot": ["northfield depot disposal", "Residents keep asking about the depot", "Asked the Monitoring Officer if I can publish"],
    "bridge": ["Closed session last night on the Culverton bridge", "Residents asking about the Culverton bridge"],
    "leisure": ["Cabinet went into closed session last night", "Project Kingcup update", "Told in confidence today that the leisure"],
    "leader": ["Oh brilliant, another press release from the Leader", "Credit to the Leader"],
    "okonjo": ["Hats off to Cllr Okonjo", "Ooh, the People's Vale group leader"],
    "venkatesh": ["Genuinely impressed by Cllr Venkatesh", "Shout-out to the cabinet member for environment"],
    "defib": ["Defib cabinet on Whitcombe", "The defibrillator on Whitcombe"],
    "zoom": ["Flood wardens' Zoom tonight", "Flood wardens' Zoom at 7"],
    "keysafe": ["For anyone on the Denchford hall committee", "Key safe code for the Denchford hall?"],
    "regatta": ["The PIN for the Culverton Regatta", "Donations for the Culverton Regatta"],
    "otp": ["Just got a text with my one-time code", "Reminder: never share a one-time code"],
    "twofactor": ["Two-factor code just came through", "Two-factor login is now on"],
    "opendata": ["API key for the council's open data", "The council's open data is free"],
    "passwords": ["Locked out of my Facebook", "My old password was my dog's name", "My council email password expired"],
    "it": ["A nice man from 'Microsoft'", "IT rang to say my laptop"],
    "darren": ["Get well soon to Darren", "Thanks to Darren and the Lydcote bin crew"],
    "pcn": ["Got PCN SV40218837", "Parking fines: if you think a PCN"],
    "dementia": ["Mrs Ethel Saunders", "A resident on Beech Walk"],
    "refugees": ["Welcome to Sutworth, Amira", "Welcome to the families who've come"],
}


# ---------------------------------------------------------------------------------------------
# Machinery: authors, timestamps, platforms, ids
# ---------------------------------------------------------------------------------------------
WINDOW = (dt.date(2026, 9, 14), dt.date(2026, 12, 4))
BST_END = dt.date(2026, 10, 25)          # clocks go back on Sunday 25 October 2026
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def read_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            line = line.strip()
            if line:
                title, start, end = line.rsplit(",", 2)
                out.append((dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)))
    return out


MEETINGS = read_meetings()


def token_ok(c, tok):
    handle, name, party, ward, gender, roles, comms, _, _ = c
    if "/" in tok:
        return any(token_ok(c, t) for t in tok.split("/"))
    if tok.startswith("!"):
        return not token_ok(c, tok[1:])
    if tok.startswith("w:"):
        return ward.startswith(tok[2:])
    if tok in ("VP", "PV", "GR", "VVI", "IND"):
        return party == tok
    if tok == "opp":
        return party != "VP"
    if tok in ("planning", "licensing"):
        return tok in comms
    if tok == "exec":
        return bool(roles & {"leader", "cabinet"})
    if tok == "cabinet":
        return "cabinet" in roles
    if tok == "top":
        return bool(roles & {"leader", "cabinet", "chairman"})
    if tok in ("m", "f"):
        return gender == tok
    raise ValueError("unknown author token %r" % tok)


def named_in(c, text):
    handle, name, party, ward, gender, roles, comms, extra, keywords = c
    forms = name.split() + name.split()[-1].split("-") + extra
    for f in forms:
        if re.search(r"\b%s\b" % re.escape(f), text, re.I):
            return True
    handles = [handle] + [h for h, main in PERSONAL.items() if main == handle]
    if any(h.lower() in text.lower() for h in handles):
        return True
    for role in roles:
        for pat, flags in ROLE_PATTERNS.get(role, []):
            if re.search(pat, text, flags):
                return True
    for kw in keywords:
        if re.search(r"\b%s\b" % kw, text, re.I):
            return True
    return False


def pick_author(rng, row, avoid=()):
    who = list(row["who"])
    fixed = [w for w in who if w.startswith("@")]
    if fixed:
        return fixed[0]
    cands = [c for c in COUNCILLORS if all(token_ok(c, t) for t in who) and not named_in(c, row["text"])
             and c[0] not in avoid and not any(h in avoid for h, m in PERSONAL.items() if m == c[0])]
    if not cands:
        raise SystemExit("no possible author for: %s" % row["text"][:70])
    return rng.choice(cands)[0]


def pick_time(rng, row):
    lo, hi = WINDOW
    if row["when"]:
        lo = max(lo, dt.date.fromisoformat(row["when"][0]))
        hi = min(hi, dt.date.fromisoformat(row["when"][1]))
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    if not days:
        raise SystemExit("no weekday for: %s" % row["text"][:70])
    while True:
        day = rng.choice(days)
        offset = 1 if day < BST_END else 0
        first = 15 if re.search(r"session this afternoon|spending her afternoon", row["text"]) else 8
        local = dt.datetime(day.year, day.month, day.day, rng.randint(first, 18), rng.randint(0, 59),
                            tzinfo=dt.timezone(dt.timedelta(hours=offset)))
        if not any(s <= local <= e for s, e in MEETINGS):
            return local.astimezone(dt.timezone.utc)


def pick_platform(rng, row):
    if row["plat"]:
        return row["plat"]
    n = len(row["text"])
    if n <= 280:
        r = rng.random()
        return "x" if r < 0.46 else ("facebook" if r < 0.80 else "bluesky")
    if n <= 300:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def main():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    for name, starts in GROUPS.items():
        for start in starts:
            hits = [r for r in rows if r["text"].startswith(start)]
            if len(hits) != 1:
                raise SystemExit("group %s: %r matches %d rows" % (name, start, len(hits)))
            hits[0]["group"] = name
    used = {name: {w for r in rows if r.get("group") == name for w in r["who"] if w.startswith("@")}
            for name in GROUPS}
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = pick_author(rng, row, used.get(row.get("group"), set()))
        if row.get("group"):
            used[row["group"]].add(author)
        when = pick_time(rng, row)
        platform = pick_platform(rng, row)
        rec = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": when.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "platform": platform,
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
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
