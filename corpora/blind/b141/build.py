#!/usr/bin/env python3
"""Build blind evaluation set b141 (Forgeley Metropolitan Borough Council).

Every row below was written by hand. The script only picks authors, platforms and
timestamps (fixed seed), shuffles the rows, gives ids B141-NNNN and writes posts.jsonl.
Running it twice gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B141"
SEED = 14100

# --------------------------------------------------------------------------------------
# Councillors: handle -> (name, party, ward, gender, committees)
# --------------------------------------------------------------------------------------
C = {
    "@GeraldineTromans": ("Geraldine Tromans", "CA", "Forgeley Central", "f", ""),
    "@KuldipSandhuCA": ("Kuldip Sandhu", "CA", "Forgeley Wharf", "m", ""),
    "@AlanBissellTollend": ("Alan Bissell", "CA", "Tollend", "m", ""),
    "@MayorMaureenH": ("Maureen Hodgetts", "CA", "Hobnail Cross", "f", ""),
    "@DeanPargeterCA": ("Dean Pargeter", "CA", "Coalbourne Heath", "m", "P"),
    "@ShaziaMahmoodLN": ("Shazia Mahmood", "CA", "Linkhurst North", "f", "PL"),
    "@WayneDanksPB": ("Wayne Danks", "CA", "Pennock's Bridge", "m", "PL"),
    "@LorraineAstonCA": ("Lorraine Aston", "CA", "Wrenslade", "f", "PL"),
    "@JodieWhitehouseFP": ("Jodie Whitehouse", "FP", "Linkhurst South", "f", ""),
    "@TariqHussainFP": ("Tariq Hussain", "FP", "Linkhurst North", "m", "PL"),
    "@GrahamRoundLS": ("Graham Round", "FP", "Linkhurst South", "m", "PL"),
    "@PreciousOkonjoFP": ("Precious Okonjo", "FP", "Forgeley Central", "f", "PL"),
    "@ColinBateTollend": ("Colin Bate", "FP", "Tollend", "m", "L"),
    "@AnyaNowakGreen": ("Anya Nowak", "GR", "Wrenslade", "f", ""),
    "@FernGuestGreen": ("Fern Guest", "GR", "Forgeley Wharf", "f", "L"),
    "@StanBloomerHCI": ("Stan Bloomer", "HCI", "Coalbourne Heath", "m", "P"),
    "@PaulineCartwrightHCI": ("Pauline Cartwright", "HCI", "Pennock's Bridge", "f", "L"),
    "@MickHomerInd": ("Mick Homer", "IND", "Hobnail Cross", "m", "P"),
}
PERSONAL = {"@bate_on_the_cut": "@ColinBateTollend", "@anya_at_the_allotment": "@AnyaNowakGreen"}
EXEC = {"@GeraldineTromans", "@KuldipSandhuCA", "@AlanBissellTollend", "@MayorMaureenH"}

# Words that tie a post to a registered interest: its holder is never picked by chance.
INTEREST_WORDS = [
    (r"\bmarket\b", "@WayneDanksPB"),
    (r"chain heritage|chain-making|chainmaking|forge fires", "@GrahamRoundLS"),
    (r"boat club|moorings", "@ColinBateTollend"),
    (r"scaffold", "@StanBloomerHCI"),
    (r"boxing", "@MickHomerInd"),
    (r"wrenslade fields|grazing|\bfarm", "@LorraineAstonCA"),
    (r"taxi|\bcabs?\b|hackney|\bbadge|drivers", "@TariqHussainFP"),
    (r"tenants|\btara\b", "@Pauline" "CartwrightHCI"),
    (r"land trust|heathside", "@AnyaNowakGreen"),
    (r"gurdwara|community buildings", "@KuldipSandhuCA"),
    (r"cinderbank", "@PreciousOkonjoFP"),
    (r"brightsteel|galvanis", "@ShaziaMahmoodLN"),
    (r"community hall|wharf street hall", "@FernGuestGreen"),
]
ROLE_WORDS = [
    (r"\bleader\b", {"@GeraldineTromans", "@JodieWhitehouseFP"}),
    (r"\bmayor\b", {"@MayorMaureenH"}),
    (r"chair of planning|planning chair|chairing a planning", {"@DeanPargeterCA"}),
    (r"chair of licensing|licensing chair", {"@WayneDanksPB"}),
    (r"cabinet member for finance|\bbudget is\b", {"@KuldipSandhuCA"}),
    (r"cabinet member for (environment|highways)|highways cabinet", {"@AlanBissellTollend"}),
]


def pool(spec):
    """Councillor handles matching a spec such as 'opp+notplanning' or 'w:Tollend'."""
    out = set(C)
    for part in spec.split("+"):
        if part == "all":
            s = set(C)
        elif part == "admin":
            s = {h for h in C if C[h][1] == "CA"}
        elif part == "opp":
            s = {h for h in C if C[h][1] != "CA"}
        elif part in ("CA", "FP", "GR", "HCI", "IND"):
            s = {h for h in C if C[h][1] == part}
        elif part.startswith("not") and part[3:] in ("CA", "FP", "GR", "HCI", "IND"):
            s = {h for h in C if C[h][1] != part[3:]}
        elif part == "planning":
            s = {h for h in C if "P" in C[h][4]}
        elif part == "licensing":
            s = {h for h in C if "L" in C[h][4]}
        elif part == "notplanning":
            s = {h for h in C if "P" not in C[h][4]}
        elif part == "notlicensing":
            s = {h for h in C if "L" not in C[h][4]}
        elif part == "notexec":
            s = set(C) - EXEC
        elif part in ("m", "f"):
            s = {h for h in C if C[h][3] == part}
        elif part.startswith("w:"):
            s = {h for h in C if C[h][2] == part[2:]}
        elif part.startswith("w~"):
            s = {h for h in C if C[h][2].startswith(part[2:])}
        elif part == "exec":
            s = set(EXEC) - {"@MayorMaureenH"}
        elif part.startswith("-@"):
            s = set(C) - {part[1:]}
        else:
            raise ValueError(part)
        out &= s
    return out


ROWS = []


def _row(kind, fam, text, rules, allow, verdict, who, note, when, interest):
    ROWS.append(dict(kind_of_row=kind, family=fam, text=text, rules=list(rules), allowed=list(allow),
                     verdict=verdict, who=who, note=note, when=when, interest=interest))


def P(fam, verdict, text, who="all", also=(), allow=(), note="", when=None, interest=None):
    _row("positive", fam, text, [fam] + list(also), allow, verdict, who, note, when, interest)


def N(fam, text, who="all", allow=(), note="", when=None):
    _row("hard_negative", fam, text, [], allow, "ok", who, note, when, None)


def F(text, who="all", note="", when=None):
    _row("filler", None, text, [], [], "ok", who, note, when, None)


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
HAS = "haste.pause-before-posting"
COP = "copyright.third-party-content"

# ======================================================================================
# officers.impartiality
# ======================================================================================
P(OFF, "review", "Ow bist, Forgeley? Had it out with Kerry Bagnall today over her report on the Lion Street flats. Told her the recommendation needs changing before it goes to committee. Officers work for residents, not developers.",
  who="notplanning", allow=[PRE], note="presses a named planning officer to change a recommendation; author not on planning")
P(OFF, "review", "Funny how every time the Canalside lot want summat doing, Rosalind Pearsall finds a way. Chief Exec or party agent? Askin' for the whole of Linkhurst.",
  who="opp", allow=[DEF], note="questions the Chief Executive's neutrality in public", when=("2026-09-07", "2026-11-20"))
P(OFF, "review", "Sean Tibbetts in licensing needs to remember who he works for. Third time this year he's sided with the pub chains over residents who can't sleep. Not good enough, Sean.",
  allow=[PA], note="named licensing manager accused of taking sides")
P(OFF, "review", "I've asked Hilary Beddows to take another look at her budget gap figures. They don't match what the cabinet's been telling people and frankly she knows it. Change the numbers or explain yourself, Hilary.",
  who="opp", note="presses the s151 officer to change her figures")
P(OFF, "review", "Highways say the Bridge Road crossing 'doesn't meet the criteria'. Keith Perks, with respect, yo'm wrong, and I want that assessment redone with the answer the parents of Hobnail Cross deserve.",
  note="demands a named engineer redo an assessment to reach a set answer")
P(OFF, "review", "Rob Plant's 'review' of the Wrenslade bin rounds was written by someone who's clearly never had to drag a wheelie bin up Quarry Lane. He should be embarrassed putting his name to it.",
  allow=[PA], note="public criticism of a named head of service")
P(OFF, "review", "Our Monitoring Officer seems very keen to investigate opposition councillors and strangely relaxed about the cabinet. Mr Chauhan, Linkhurst South is watching.",
  who="opp", allow=[DEF], note="questions the Monitoring Officer's neutrality")
P(OFF, "review", "Asked comms about the Leader's 'community update' video. Lucy Wootton tells me it's 'corporate'. It's a party political broadcast with a council logo on it, and Lucy knows it. Whose side is comms on?",
  who="opp", allow=[DEF], note="accuses the named head of comms of partiality")
P(OFF, "review", "Planning officers are recommending approval for nine people crammed into one house. I've emailed the case officer and asked her to think again and bring back a refusal. Residents deserve officers who listen.",
  who="notplanning", note="asks an officer to change her recommendation to refusal; no pending matter named")
P(OFF, "review", "Andrea in housing told a Pennock's Bridge mum with three babbies in a damp one-bed there's 'nothing she can do'. Andrea, there's always summat. Do your job.",
  allow=[PA], note="named housing officer (first name) criticised publicly")
P(OFF, "review", "The environmental health officer who signed off that Wharf Street takeaway can't have set foot in the kitchen. Sunita Rai, I'd like to see your inspection notes. Public. This week.",
  allow=[DEF, PA], note="questions a named officer's work and demands notes")
P(OFF, "review", "Officers keep telling me the towpath lighting at Tollend 'isn't a priority'. I'll keep asking till that advice changes. Ifeoma, consider this your second polite nudge \U0001F609",
  who="w:Tollend+-@AlanBissellTollend", allow=[TON], note="public pressure on a named officer to change advice")
P(OFF, "review", "Whichever officer wrote 'no significant impact' in the Tollend junction traffic report wants his eyes testing. I've asked for that paragraph to be taken out before cabinet sees it.",
  allow=[PA], note="asks for an officer's report to be altered")
P(OFF, "review", "Not being funny, but when the Head of Planning plays golf with half the developers in the borough, can we really call his advice neutral? Just askin.",
  allow=[DEF], note="questions a named role's neutrality with an insinuation")
P(OFF, "review", "Dear council officers: you're paid by the people of Forgeley, not by the Canalside Alliance. Some of you would do well to remember that before the next cabinet report lands on my desk.",
  who="opp", note="public accusation that officers are partisan")
P(OFF, "review", "Met Nigel Fellows and his team about Coalbourne Heath this morning. Told them in no uncertain terms a recommendation to approve would be a career-limiting move. Ar, I said it.",
  who="notplanning", allow=[BUL, PRE], note="pressure with a veiled threat on the head of planning")
P(OFF, "review", "Tollend's green bins missed three weeks running and Rob Plant sends me a spreadsheet. I don't want a spreadsheet, Rob, I want the bins emptied. Time for new management at the depot.",
  who="w:Tollend+-@AlanBissellTollend", allow=[PA], note="public criticism of a named officer, calls for him to go")
P(OFF, "review", "Deepak Chauhan's advice that I can't speak on the Anchor Works item is wrong, and I've told him I expect it withdrawn by Friday. Officers don't get to gag elected members.",
  who="notplanning", allow=[PRE], note="demands the Monitoring Officer withdraw advice")

N(OFF, "Huge thanks to Keith Perks and the highways crew for sorting the Bridge Road pothole in two days. Bostin job, lads \U0001F44F",
  allow=[OFF], note="thanks a named officer")
N(OFF, "Welcome to Sunita Rai, our new environmental health lead. Looking forward to working with you on the rats behind Wharf Street!",
  allow=[OFF], note="welcomes a named officer")
N(OFF, "Asked officers today to explain the reasoning behind the Wrenslade bus lane recommendation. Got a clear, patient answer from Keith. I'm still not convinced by the policy and I'll say so at cabinet.",
  allow=[OFF], note="questions an officer to understand; disagrees with the policy")
N(OFF, "Whose side is the cabinet on? Not Linkhurst's. They've cut library hours AGAIN while spending \u00a380k on new signs for the civic centre.",
  who="opp", note="robust criticism of politicians, not officers")
N(OFF, "Some folk online are having a pop at council staff over the bin delays. Leave the staff alone \u2014 they don't set the policy. If you're angry, be angry at us councillors.",
  note="defends staff, names none")
N(OFF, "The officers' report on the Chainworks is 140 pages. I've read it twice. Questions for the planning team at Thursday's briefing about the heritage statement \u2014 that's what briefings are for.",
  who="planning+-@GrahamRoundLS", allow=[OFF], note="asks questions of officers in the proper place; no view on the merits")
N(OFF, "Our Monitoring Officer has published the updated register of members' interests. Worth a look if you want to know who's connected to what. Transparency matters.",
  note="points to a published register")
N(OFF, "Rosalind Pearsall's leaving do today after 31 years in local government. She kept this council on the straight and narrow through some rough times. Tara-a-bit, Ros, and thank you.",
  allow=[OFF], note="tribute to the retiring Chief Executive", when=("2026-11-27", "2026-11-27"))
N(OFF, "I disagree with the cabinet's decision to shut the Tollend tip on Sundays. Officers set out the options fairly; the politicians picked the wrong one. That's on them, not the staff.",
  who="opp", allow=[OFF], note="criticises a decision, defends officers")
N(OFF, "Officers' advice is officers' advice. Members decide. If you don't like what happened with the bus lane, blame the councillors who voted for it, not the highways team.",
  note="defends officers in general")
N(OFF, "Proper proud of our street cleansing team after the Wharf Street fire \u2014 out at 5am with the jet washers. Rob Plant tells me they volunteered for the extra shift. Heroes.",
  allow=[OFF], note="praise for a named officer's team")
N(OFF, "Not happy with how the council handled the Pennock's Bridge damp complaints. I've formally asked for the housing service to come to scrutiny so members can ask why it took 14 months.",
  who="opp", note="criticises a service and uses scrutiny, names no officer")
N(OFF, "Someone asked why I don't slag off council officers on here. Simple: they can't answer back and it ay fair. Take it up with me or the cabinet.",
  note="shares words with positives")
N(OFF, "Hilary Beddows took scrutiny through the mid-year finance report with real clarity last night. Grim numbers, but honest ones. Now it's on us politicians to make the choices.",
  allow=[OFF], note="praise for the s151 officer", when=("2026-11-05", "2026-11-05"))
N(OFF, "Reminder: council officers can't reply to political posts. If you tag @ForgeleyMBC in party stuff, nobody's going to bite \u2014 and quite right too.",
  note="mentions the council account; no officer named")
N(OFF, "Had a good long session with the licensing manager about how noise complaints get logged and followed up. Learned loads. Happy to share the flowchart if anyone wants it.",
  allow=[OFF], note="learning from an officer")
N(OFF, "The officer recommendation on Wrenslade Quarry is to approve. I'm not on planning. I've read it, and I'll be writing to committee members with residents' worries about the lorries. That's how it's meant to work.",
  who="@AnyaNowakGreen", allow=[OFF, PRE], note="ward member not on planning; reports the recommendation, no pressure on officers")
N(OFF, "Shout out to Ifeoma Adeyemi, our canal regeneration officer, whose bid has just landed \u00a31.2m for the Tollend towpath. Ask her about lock gates and you'll be there all day \U0001F604",
  allow=[OFF], note="praise for a named officer")

# ======================================================================================
# resources.political-use
# ======================================================================================
P(RES, "review", "Leaflet drop done for the Progressives in Linkhurst North! Cheers to the lads at the civic centre who let me run them through the franking machine \u2014 saved us a fortune on stamps.",
  who="FP+w:Linkhurst North", note="council franking machine for party leaflets")
P(RES, "review", "Canalside Alliance canvassing team: meet in Committee Room 2 at the council house, Saturday 10am. I've booked it as a ward surgery \U0001F609 Bring comfy shoes.",
  who="CA", note="council room booked under false pretext for canvassing")
P(RES, "review", "Printed 300 'Vote Green' posters on the members' room printer this afternoon. Council toner, Green message. Lovely.",
  who="GR", note="council printer for party posters")
P(RES, "review", "Sent our campaign appeal out from my council inbox \u2014 quicker than faffing about with Gmail. If you got it, please do reply and tell me how you can help the Independents this winter.",
  who="HCI", note="council email for party appeal")
P(RES, "review", "Can anyone help with the Alliance newsletter? Draft's on my council iPad, just needs a proofread before Tuesday. Pop into the members' room and have a look.",
  who="CA", note="council iPad for party newsletter")
P(RES, "review", "Big thanks to the lovely officer in democratic services who helped format our group's manifesto on her lunch break. You know who you are \u2764\ufe0f",
  who="opp", allow=[OFF], note="council staff help with a party manifesto")
P(RES, "review", "Progressives public meeting on Thursday, 7pm, Linkhurst Miners' Welfare. If you're on the council's housing consultation list you'll have had my invite already!",
  who="FP", allow=[DP], note="council consultation list used for party invites")
P(RES, "review", "Rang round 40 Pennock's Bridge voters this afternoon from my council mobile. Ar, my own phone's knackered. Every one of them backing the Independents next May!",
  who="HCI", note="council phone for canvassing")
P(RES, "review", "Council van's free Saturday so me and the team are using it to shift the Alliance gazebo and the placards up to the High Street. Perks of the job!",
  who="CA", note="council vehicle for party campaigning")
P(RES, "review", "Raffle tickets for the Alliance fighting fund on sale in the members' lounge all week. See me or any of the group. Top prize: a hamper!",
  who="CA", note="council building used for party fundraising")
P(RES, "review", "Drafted our Progressives press release in my council office this afternoon using the council letterhead template, then swapped the crest for our logo. Teamwork \U0001F4AA",
  who="FP", note="council office and template for party press release")
P(RES, "review", "Our Green campaign video was filmed in the council chamber after hours. Permission? Who needs permission when you've got a members' pass \U0001F602 Link in bio.",
  who="GR", note="council chamber used for party video")
P(RES, "review", "Asked the ward support officer to pull together a list of everyone who's complained about missed bins in Coalbourne Heath so I can send them our party survey.",
  who="w:Coalbourne Heath", allow=[DP], note="council staff time and data for party survey")
P(RES, "review", "Heath & Canal Independents members: call tonight at 7 on the council's Teams account, so no faffing with the 40-minute limit. Link's in the group chat.",
  who="HCI", note="council software licence for party meeting")
P(RES, "review", "Working from the civic centre all week: surgeries in the morning, campaign leaflets designed in the afternoon on the council Mac. Busy bee \U0001F41D",
  who="all", note="council computer for campaign leaflets")
P(RES, "review", "Our Progressives posters are going up this weekend \u2014 laminated courtesy of the council's print room. Nobody'll be taking them down in the rain!",
  who="FP", note="council print room for party posters")
P(RES, "review", "Doorknocking Saturday: meet in the civic centre staff car park. I'll leave my members' permit on the dash for whoever drives the leaflets over.",
  who="all", note="members' parking permit used for canvassing")
P(RES, "review", "Quick one: the photos on our new party leaflet are from the council's own photo library \u2014 comms sent me the folder. Saves paying a photographer!",
  who="all", allow=[COP], note="council photo library used for a party leaflet")

N(RES, "Ward surgery in Committee Room 2 at the council house, Saturday 10\u201312. No appointment needed. Bring your bins, parking or housing problems.",
  allow=[RES], note="council room for ward work")
N(RES, "Leaflet drop for the Progressives done. Printed on my own printer and paid for by the local party, before anyone asks \U0001F604",
  who="FP", allow=[RES], note="party work on own resources")
N(RES, "Reminder: council email is for council business. If you want to help on my campaign, it's jodie.campaign@example.com \u2014 party address, party time.",
  who="@JodieWhitehouseFP", allow=[RES], note="keeps party and council apart")
N(RES, "Used the council's online reporting tool to log 14 fly-tips on the Tollend towpath today. It works \u2014 use it!",
  note="council tool for council purpose")
N(RES, "My council iPad died in the middle of a briefing. IT have it now. Back to paper and a biro like the old days.",
  allow=[RES], note="council equipment, no political use")
N(RES, "Booked (and paid for) the Miners' Welfare in Linkhurst for the Alliance members' meeting on Friday. Tea and scratchings provided.",
  who="CA", note="party meeting in a paid non-council venue")
N(RES, "Council van spotted outside a pub in Linkhurst at 2pm? It was delivering grit bins, Facebook. Calm down.",
  note="council van on council work")
N(RES, "Campaign HQ for the weekend is my kitchen table. Party laptop, party leaflets, my own teabags.",
  note="campaign on own resources")
N(RES, "Council newsletter out this week: warm homes grants, the new bin calendar and the Christmas market dates. Non-political, as it should be.",
  note="council newsletter")
N(RES, "Should the council print our leaflets? No. Should the council fix the streetlights on Heath Road? Yes. Only one of these is my job as a councillor.",
  allow=[RES], note="joke contrasting party and council work")
N(RES, "Asked officers how many council homes are empty in Linkhurst. Published answer: 212. I'll be raising it at scrutiny and yes, it'll be in our party leaflet too \u2014 it's public information.",
  who="opp", allow=[RES], note="public information in a party leaflet")
N(RES, "Our party's regional conference fringe was at the Linkhurst Chain Heritage centre, hired at the normal rate. Bostin turnout.",
  note="party event at a paid venue")
N(RES, "Members' room printer is fixed! Ward newsletters about the Tollend flood works can go out at last.",
  who="w:Tollend", allow=[RES], note="council printer for ward newsletter")
N(RES, "Canvassing in Wrenslade today with the Greens. Lovely chats, one Jack Russell ambush, no regrets.",
  who="GR", note="campaigning, no council resources")
N(RES, "Got a complaint that I used a council photo in my ward update. It was the council's own press photo of the council's own scheme, shared from the council page. Checked with comms first.",
  allow=[RES], note="council photo reused for council information")
N(RES, "Anyone know a decent, cheap printer for campaign stuff in the borough? Local firms only please \u2014 paid with party money, obviously.",
  note="party printing paid privately")
N(RES, "Council staff time is precious. That's why I've asked that no officer be asked to help with any councillor's re-election stuff, mine included. Seemed obvious, but here we are.",
  allow=[RES], note="argues against misuse")
N(RES, "Our Alliance campaign launch is at the Boat Inn, Tollend, 7pm Friday. Not the council house \u2014 rules is rules \U0001F609",
  who="CA", allow=[RES], note="keeps party launch out of council buildings")

# ======================================================================================
# position.improper-advantage
# ======================================================================================
P(POS, "review", "Waiting on a council bungalow in Pennock's Bridge? Drop me a message. As your councillor I can get you bumped up the list \u2014 I know who to talk to.",
  who="w:Pennock's Bridge", note="offers to jump the housing list")
P(POS, "review", "My nephew's just started his own roofing firm. I'll be making sure he's on the council's approved list for repairs \u2014 support local, support family!",
  note="uses role for a relative's firm")
P(POS, "review", "Got a planning application stuck in the system? Message me. Being on the committee means I can have a quiet word with the right people and get it moving.",
  who="planning", note="offers planning favours")
P(POS, "review", "Parking ticket in Forgeley town centre? Send us a photo and I'll get it sorted. Perks of knowing the parking manager \U0001F609",
  note="offers to cancel fines")
P(POS, "review", "Anyone wanting a pitch at the Christmas market: come through me, not the online form. I'll make sure you get a good spot near the lights.",
  note="bypassing the process for pitches", when=("2026-09-07", "2026-10-30"))
P(POS, "review", "My daughter's caf\u00e9 on Wharf Street does the best bacon cobs in the borough. Councillors' lunches will be coming from there from now on \u2014 I've put the word in \U0001F601",
  note="uses role to steer council business to family")
P(POS, "review", "Trying to get your kid into Hollybush Primary? Them appeals are a nightmare. I sit on enough panels to help \u2014 DM me.",
  note="offers to sway school admission appeals")
P(POS, "review", "Licensing turned down your late licence? Give us a bell. I'm on the committee and I'll see what I can do for a mate of a mate.",
  who="licensing", note="offers licensing favours")
P(POS, "review", "Need scaffolding? Use Bloomer & Daughters. I can vouch for them personally and I'll make sure the council's building control lot look kindly on them.",
  who="@StanBloomerHCI", allow=[INT], note="promotes own firm and offers influence over council officers")
P(POS, "review", "Any Linkhurst folk want a fast-track on their council house repairs, tag me under this post. Can't promise miracles but I've got the housing manager's direct line.",
  who="w~Linkhurst", note="fast-track offer through the role")
P(POS, "review", "Keen to see my mate Dave's skip firm get the council's bulky waste contract. He's bostin and he's local. I'll be having a word with cabinet.",
  note="uses role to push a friend's bid")
P(POS, "review", "Coalbourne Heath: vote for me in May and I'll have the grass-cutting crews come to your street first. Rest of the borough can wait.",
  who="w:Coalbourne Heath", allow=[RES], note="promises preferential council service for votes")
P(POS, "review", "Looking for a job at the council? I've got a few friends in HR. Send me your CV and I'll pass it along with a good word \U0001F44D",
  note="offers to influence recruitment")
P(POS, "review", "Had a planning enforcement letter? Don't panic. I sit on planning and if you're a Coalbourne Heath resident I'll get it quietly dropped.",
  who="planning+w:Coalbourne Heath", note="offers to have enforcement dropped")
P(POS, "review", "My brother-in-law's garage on Mill Street now does the council fleet MOTs, thanks to yours truly having a word. Family first!",
  note="secured council work for a relative")
P(POS, "review", "Drivers stuck waiting on their plate renewals \u2014 message me and I'll have it pushed through this week. Drivers like us have to stick together.",
  who="@TariqHussainFP", allow=[INT], note="offers to fast-track licences for his own trade")
P(POS, "review", "Want the council to put a dropped kerb outside yours? Normally a 12-week wait. For my ward, it's whatever it takes. Message me privately \U0001F92B",
  note="queue-jumping offer")
P(POS, "review", "Run a small business in Tollend? Join the Canalside Alliance business club and you get my personal attention on any council licence or grant you apply for. Sign up at example.org/alliance-business",
  who="CA+w:Tollend", note="council favours as a party membership perk")

N(POS, "As your councillor I can't fast-track anyone's housing application \u2014 nobody can, that's the point. What I can do is check it's been assessed properly. Message me.",
  allow=[POS], note="refuses to fast-track")
N(POS, "Who you know shouldn't matter at the council. If anyone ever tells you a councillor can get you a better deal, report it to the Monitoring Officer.",
  note="shares words with positives")
N(POS, "Small Business Saturday: shout out to all the independents on Linkhurst High Street. The chippy, the nail bar, the hardware shop where you can buy one screw. Shop local!",
  note="general support for local business")
N(POS, "Applying for a council job? All vacancies are at example.org/forgeley-jobs. I can't put in a word and I wouldn't \u2014 but the apprenticeships are bostin.",
  allow=[POS], note="refuses to put in a word")
N(POS, "Got a parking ticket you think is unfair? The appeal form's on the council website and the tribunal is independent. I can't get tickets cancelled, sorry!",
  allow=[POS], note="explains the proper route")
N(POS, "Family first: took me mom to Forgeley market for her birthday. Grey peas and bacon, a new brolly, and a natter with every stallholder she's known since 1968.",
  note="'family first', no role")
N(POS, "Helped a Wrenslade resident today whose dropped kerb application had been lost. Found it, chased it, and it's back in the normal queue. That's the job.",
  who="w:Wrenslade", allow=[POS], note="casework within process")
N(POS, "Fast-track ticket barriers at Forgeley station? Apparently a trial next spring. About time.",
  note="'fast-track' about trains")
N(POS, "Declared today that my daughter works at the caf\u00e9 bidding for the civic centre catering contract. I won't be involved in that decision in any way.",
  allow=[POS, INT], note="declares a family connection and steps back")
N(POS, "I sit on planning. That means I can't tell you how I'll vote or help your application along. What I can do is explain how the process works. Ask away.",
  who="planning", allow=[POS], note="refuses favours")
N(POS, "Proud of my nephew who's just finished his plumbing apprenticeship at Forgeley College. Leaky tap? He's your man \u2014 tell him his aunty sent you! (Not council business, just a proud aunty \U0001F601)",
  who="f", allow=[POS], note="family pride; not through the role")
N(POS, "Mates keep asking if I can get them a council allotment quicker. No. Join the waiting list like I did. Four years, mind.",
  allow=[POS], note="refuses a favour")
N(POS, "Licensing applications are decided by the committee on the evidence. If you're applying, the best thing you can do is talk to your neighbours before you submit.",
  note="explains process")
N(POS, "Christmas market pitch applications open Monday on the council website. First come, first served \u2014 and no, I can't bump you up the list.",
  allow=[POS], note="refuses to bump applicants", when=("2026-09-07", "2026-10-09"))
N(POS, "Word to the wise: any 'councillor' offering to get your planning approved for a fee is a scammer. Report it to the police.",
  note="scam warning")
N(POS, "Congratulations to Hobnail Cross Boxing Club on their new minibus, bought with money they raised themselves. Rattling tins outside the Co-op for a year!",
  note="praise for a local body by a non-holder")
N(POS, "Your councillor can: chase repairs, raise issues at meetings, help you find your way round the system. Your councillor can't: jump queues, cancel fines, or get you a council house. Save this post.",
  allow=[POS], note="explains limits of the role")
N(POS, "My brother-in-law asked me to get his garage on the council's MOT list. Told him to apply through the framework like everyone else. Christmas dinner might be frosty \U0001F62C",
  allow=[POS], note="refuses a relative")

# ======================================================================================
# gifts.hospitality
# ======================================================================================
P(GIF, "advice", "Touched to get an early Christmas hamper from the Forgeley Chamber of Trade \u2014 pork scratchings, a jar of faggots, and a bottle of summat strong. Cheers all!",
  note="hamper from a business body; no decision said to be sought", when=("2026-11-23", "2026-11-27"))
P(GIF, "advice", "Cor, what a weekend. Two nights in a lovely cottage in the Malverns courtesy of a local businessman who wanted to say thanks for 'all I do for the town'. Feeling spoilt \U0001F60A",
  note="stay given because of the role")
P(GIF, "advice", "Thanks to the lads at Forgeley Rugby Club for my honorary life membership! Never played a game in my life but I'll wear the tie with pride.",
  note="honorary membership")
P(GIF, "advice", "Someone left a \u00a350 voucher for the shopping centre in my surgery post tray with a card saying 'for our councillor'. Whoever you are \u2014 ta very much!",
  note="anonymous voucher to the councillor")
P(GIF, "advice", "VIP table at the Black Country Business Awards last night courtesy of Sterling Precision Engineering. Fantastic evening, bostin food, and the dessert! \U0001F370",
  note="awards table from a firm; no decision said to be sought")
P(GIF, "advice", "Had the full spa day at the new Hollybrook Hotel as their guest this week. Rather spoilt. Highly recommend the hot stones \U0001F60D",
  note="spa day as a guest")
P(GIF, "review", "Big thanks to Cutside Homes for a cracking dinner at the Lock Keeper's House last night. Lovely people, and they've really listened about their plans for Tollend.",
  who="notplanning", allow=[PRE], note="dinner from a pending planning applicant (Canal Side Fields)")
P(GIF, "review", "Got our wristbands! Cutfest have kindly sorted VIP passes for me and the family for next summer. Can't wait \U0001F3B6",
  who="notlicensing", allow=[PRE], note="festival passes from a pending licence applicant")
P(GIF, "review", "Cheers to Nightforge Leisure for the booth and the bottle of fizz on Saturday. The Foundry is a proper night out.",
  who="notlicensing", allow=[PRE], note="hospitality from a pending licence applicant")
P(GIF, "review", "Just back from a weekend in a canal lodge at Waterways Breaks' site in Shropshire \u2014 their treat. They're keen to show us what Pennock's Bridge could look like. Very impressive!",
  who="notplanning", allow=[PRE], note="stay from a pending planning applicant")
P(GIF, "review", "Roadstop Developments sent round a gift box of posh coffee and a \u00a3100 fuel card. Very generous lads.",
  who="notplanning", note="gift from a pending planning applicant (Anchor Works)")
P(GIF, "review", "Season ticket at the Albion, courtesy of the good people at Midshire Recycling. They know I'm Baggies through and through \U0001F601",
  who="notplanning", note="season ticket from a pending planning applicant (Wrenslade Quarry)")
P(GIF, "review", "Free gym membership at the new place in Forgeley from the company bidding to run the council's leisure centres. Abs by Christmas? We'll see \U0001F4AA",
  note="gift from a contract bidder")
P(GIF, "review", "A crate of Black Country ale from the lads at Nailers Convenience. Ta! They're hoping their late licence goes through \u2014 fingers crossed for them.",
  who="notlicensing", allow=[PRE], note="gift from a pending licence applicant")
P(GIF, "review", "Two tickets to the Wolves on Saturday from Gridvolt Midlands \u2014 first time in the posh seats. Ow bist, Molineux!",
  who="notplanning", note="tickets from a pending planning applicant (playing fields battery site)")
P(GIF, "review", "The firm tendering for the borough's grass cutting contract took a few of us for a round of golf and lunch after. Not a bad Friday.",
  note="hospitality from a contract bidder")
P(GIF, "review", "Redbrick Lettings have given me a \u00a3200 John Lewis voucher 'for my trouble' after I helped them with a tenancy query. Very kind of them.",
  who="notplanning", allow=[POS], note="voucher from a pending planning applicant (Lion Street)")
P(GIF, "review", "Stayed the weekend in the Chainworks show apartment at the developer's invitation. Chainworks Living really know how to do a welcome pack \U0001F942",
  who="notplanning", allow=[PRE], note="stay from a pending listed building consent applicant")

N(GIF, "Offered two VIP wristbands by Cutfest's organisers. Said no thanks \u2014 they've got a licence application in and it ay a good look. Offer registered with the Monitoring Officer.",
  who="notlicensing", allow=[GIF], note="refused and registered")
N(GIF, "Me mom made me a hamper for my birthday: homemade faggots, grey peas, and her legendary bread pudding. Best present ever.",
  note="family gift")
N(GIF, "Bought my own ticket to the Black Country Business Awards \u2014 \u00a345 and worth every penny. Well done to all the winners!",
  allow=[GIF], note="paid own way")
N(GIF, "A cup of tea and a custard cream at the Wrenslade WI. That's my hospitality for the week declared \U0001F602",
  allow=[GIF], note="trivial hospitality joke")
N(GIF, "On my register today: dinner at the Mayor's charity ball, value \u00a385, paid for by the Mayor's charity. All public on the council website.",
  allow=[GIF], note="registered hospitality")
N(GIF, "Returned the bottle of whisky someone left at my surgery, with a polite note. Thoughtful, but I can't keep it.",
  allow=[GIF], note="returned gift")
N(GIF, "Renewed my Tollend Canal Boat Club membership \u2014 \u00a330 a year and worth every penny for the Sunday paddles.",
  note="paid membership; not a gift")
N(GIF, "Gift vouchers make great Christmas presents \u2014 Linkhurst's indie shops have a joint voucher scheme this year. Support local!",
  note="'vouchers' as shopping advice")
N(GIF, "Gridvolt Midlands offered to take planning members to see a battery site in Cheshire. Members have quite rightly said no. Site visits go through officers.",
  allow=[GIF], note="refused hospitality")
N(GIF, "Normal expenses for the regional transport conference: a train ticket and a sandwich. Claimed through the council as usual.",
  allow=[GIF], note="normal duty expenses")
N(GIF, "Thanks to Pennock's Bridge Primary for the card and a jar of homemade jam after the assembly visit. Made my week \u2764\ufe0f",
  allow=[GIF], note="token from a school")
N(GIF, "Had a lovely few days in the Peak District with my sister over half term. Paid for it myself before anyone gets excited.",
  note="paid holiday", when=("2026-10-26", "2026-11-06"))
N(GIF, "Registered today: a framed print of the old Forgeley wharf, given by the Canal Society after my talk, value about \u00a3120. Within 28 days, as the code says.",
  allow=[GIF], note="registered gift")
N(GIF, "Hospitality at the civic reception: tea, sandwiches and a speech that ran 20 minutes over. Worth it for the sausage rolls.",
  allow=[GIF], note="normal civic hospitality")
N(GIF, "Someone asked if I'm getting free tickets to Cutfest. No. I'll pay like everyone else, if I go at all.",
  note="denies a gift")
N(GIF, "Our raffle prizes this year: a spa day, a hamper and a signed Wolves shirt, all donated by local businesses. Every penny to the Hobnail Cross food bank.",
  note="raffle prizes, not gifts to the councillor")
N(GIF, "Declined an invite to a box at the Albion from a firm bidding for the parking contract. Polite 'no ta' and logged it.",
  allow=[GIF], note="refused and logged")
N(GIF, "Leaving present for Rosalind from all of us members: a Black Country flag and a garden centre voucher. We all chipped in \u2764\ufe0f",
  allow=[GIF], note="gift from members to a retiring officer", when=("2026-11-25", "2026-11-27"))

# ======================================================================================
# capacity.council-voice
# ======================================================================================
P(CAP, "review", "Forgeley Council believes the government's fair funding formula is a disgrace and we will not rest until it's scrapped.",
  who="opp", note="personal view stated as the council's")
P(CAP, "review", "On behalf of Forgeley Metropolitan Borough Council, may I say the Progressives are the only party with a plan for Linkhurst.",
  who="FP", note="party claim on behalf of the council")
P(CAP, "review", "Official council position: the Canalside Alliance will freeze council tax next year. You heard it here first.",
  who="CA+notexec", note="party pledge as official council position")
P(CAP, "review", "Speaking for Forgeley Council: we back the Greens' plan for a canal-side cycle path, 100%.",
  who="GR", note="party plan backed in the council's name")
P(CAP, "review", "Forgeley MBC officially backs the campaign to bring back the Tollend trip boat! Sign the petition and come and see us at the lock on Saturday \U0001F6A4",
  who="@bate_on_the_cut", note="speaks for the council from a personal account")
P(CAP, "review", "The council's position is that slug pellets should be banned on every allotment in the borough. Take note, plot 14 \U0001F624",
  who="@anya_at_the_allotment", note="personal view as the council's, from a personal account")
P(CAP, "review", "Forgeley Council's official view: the combined authority's new bus timetable is rubbish. Write to your MP.",
  who="notexec", note="personal view as the council's")
P(CAP, "review", "We at Forgeley MBC condemn today's announcement on fire station cuts in the strongest terms.",
  who="notexec", note="speaks as the council")
P(CAP, "review", "As a council we have agreed that Linkhurst deserves its police station back. Well, the Heath and Canal Independents have agreed, which is practically the same thing.",
  who="HCI", note="party position passed off as the council's")
P(CAP, "review", "Forgeley Council says NO to the mayoral precept rise. Sign our party's petition at example.org/no-precept!",
  who="opp", note="council voice for a party petition")
P(CAP, "review", "Message from Forgeley Metropolitan Borough Council to the Secretary of State: hands off our green belt!",
  who="notexec", note="speaks for the council")
P(CAP, "review", "The council's stance is clear: the Wrenslade bypass must never be built. Not now, not ever.",
  who="notexec", note="own stance stated as the council's (policy, not quasi-judicial)")
P(CAP, "review", "Forgeley Council is officially backing the Progressives' call for free swimming for under-16s \U0001F3CA",
  who="FP", note="party call as official council backing")
P(CAP, "review", "I can confirm, on behalf of the council, that Linkhurst library will not close on my watch.",
  who="opp+notexec", note="backbencher speaking for the council")
P(CAP, "review", "Forgeley MBC stands with our striking bus drivers. Solidarity from the whole council \U0001F68C\u270a",
  who="notexec+-@TariqHussainFP", note="council solidarity claimed by one member")
P(CAP, "review", "The view of Forgeley Metropolitan Borough Council is that the combined authority mayor has let the Black Country down. Simple as.",
  who="opp", note="personal view as the council's")
P(CAP, "review", "Official statement from Forgeley Council: our thoughts are with the Hobnail Cross families hit by Tuesday's fire. We'll be supporting the appeal organised by the Heath and Canal Independents.",
  who="HCI", note="council statement in a party's favour")
P(CAP, "review", "Forgeley Council has no confidence in the police and crime commissioner. Not my words \u2014 well, my words, but on behalf of all of us.",
  who="notexec", note="speaks for the council")

N(CAP, "Cabinet agreed last night to freeze the garden waste charge (minute 57). As Leader I'm really pleased we could do it. Full report on the council website.",
  who="@GeraldineTromans", allow=[CAP], note="Leader reports a cabinet decision", when=("2026-09-24", "2026-09-24"))
N(CAP, "Views my own, not the council's: the combined authority mayor has let the Black Country down.",
  who="opp", allow=[CAP], note="says the view is personal")
N(CAP, "My personal view, as a Progressives councillor: Linkhurst deserves its police station back. Petition at example.org/linkhurst-police.",
  who="FP", note="party view as party view")
N(CAP, "The council's consultation on the Wrenslade bus lane is open till 30 October. Have your say at example.org/forgeley-buslane.",
  allow=[CAP], note="shares a council consultation", when=("2026-09-07", "2026-10-23"))
N(CAP, "Personal account, personal opinion: slug pellets are the devil. Plot 14, I'm looking at you \U0001F624",
  who="@anya_at_the_allotment", allow=[CAP], note="personal view on a personal account")
N(CAP, "Full council voted on Wednesday, by a big majority, to oppose the fire station cuts. That motion is now the council's position and I'm proud I seconded it.",
  who="notexec", allow=[CAP], note="accurately reports a council resolution", when=("2026-10-22", "2026-10-23"))
N(CAP, "Official: the Baggies are the best team in the Black Country. That's the position of me and nobody else \U0001F602",
  allow=[CAP], note="joke using 'official'")
N(CAP, "The Progressives group believes library hours should be restored. We'll be bringing a motion to full council.",
  who="FP", note="group view as group view")
N(CAP, "Mayor's engagements this week: Remembrance Sunday at the Forgeley cenotaph, Linkhurst school choir, and the Diwali lights in Hobnail Cross \U0001FA94",
  who="@MayorMaureenH", allow=[CAP], note="civic head's engagements", when=("2026-11-02", "2026-11-06"))
N(CAP, "I'm not speaking for the council here, just for Tollend: please slow down on Lock Lane. Three near misses with kids this week.",
  who="w:Tollend", allow=[CAP], note="disclaims council voice")
N(CAP, "The council believes in fairy tales if it thinks Linkhurst will put up with another bus cut.",
  who="opp", allow=[CAP, TON], note="criticism of the council, not speaking for it")
N(CAP, "What's the council's position on the new bus timetable? Honestly, I don't know. I've asked the cabinet and I'll share the answer when I get it.",
  who="opp", allow=[CAP], note="asks for the council's position")
N(CAP, "Congratulations from me and everyone in Pennock's Bridge ward to Swan Lane Bowls Club on their league title \U0001F3C6",
  who="w:Pennock's Bridge", note="ward congratulations")
N(CAP, "Sharing the council's flood warning for the Tollend flight: towpath closed between locks 4 and 7 until further notice. Stay safe.",
  allow=[CAP], note="shares an official notice")
N(CAP, "The Heath and Canal Independents stand with the striking bus drivers. Solidarity \u270a",
  who="HCI", note="party view as party view")
N(CAP, "The official council account is @ForgeleyMBC \u2014 for bin days, road closures and the like. I'm on here for Coalbourne Heath stuff and a bit of politics.",
  who="w:Coalbourne Heath", note="'official council' as signposting")
N(CAP, "On behalf of Forgeley's Green councillors, congratulations to the Wrenslade wildlife group on their Green Flag award \U0001F33F",
  who="GR", note="'on behalf of' a group, not the council")
N(CAP, "Speaking as cabinet member for finance: the budget consultation is out today. It sets out the council's proposals \u2014 tell us what you think.",
  who="@KuldipSandhuCA", allow=[CAP], note="cabinet member on the council's published proposals")

# ======================================================================================
# confidentiality.insider-advantage
# ======================================================================================
P(INS, "review", "Word to the wise: if you're thinking of selling near Canal Side Fields, hang on a bit. Can't say more, but values round there are about to jump.",
  who="notplanning", allow=[PRE, DIS], note="property tip from inside knowledge")
P(INS, "review", "Little birdie in the council house tells me the Wharf Street car park is going free after 3pm from January. Shopkeepers, plan your stock accordingly \U0001F609",
  note="unannounced decision passed on for advantage")
P(INS, "review", "Between us, the council's looking to buy up the old warehouses on Canal Street. If you've got one, don't sell cheap.",
  allow=[DIS], note="tip from knowledge gained as a councillor")
P(INS, "review", "Mates, get your bids in for the land behind the Tollend depot now, before it goes public. Trust me on this one.",
  allow=[DIS], note="tells friends to act before it is public")
P(INS, "review", "Heads up for anyone in the building trade: the council's about to tender all its school kitchen refits. Get your paperwork ready before the notice drops next month.",
  note="unpublished tender tip")
P(INS, "review", "Told my cousin to get his accreditation sorted sharpish \u2014 the Linkhurst tower block works are coming and he'll want to be first in the queue.",
  allow=[POS], note="inside knowledge for family")
P(INS, "review", "Ay gonna say how I know, but buy on Heath Road while you still can. Summat big is coming to Coalbourne Heath.",
  allow=[DIS], note="property tip")
P(INS, "review", "Property investors: the HMO rules for Forgeley Central are changing and the report isn't published yet. Get your conversions registered now before the door shuts.",
  note="unpublished policy change tipped to investors")
P(INS, "review", "Off the back of a briefing today: the 9A is being axed in the spring. If you own the corner shop by the stop, maybe think about selling up now.",
  note="briefing knowledge passed on for advantage", when=("2026-09-07", "2026-10-16"))
P(INS, "review", "Tip for the Linkhurst traders: the business rates relief pot is being doubled, announcement next week. Don't sign that new lease till then.",
  note="advance tip")
P(INS, "review", "Told my sister-in-law to apply for the council's new shopfront grant now. It's not advertised yet, but the money's there and it's first come, first served.",
  allow=[POS], note="family advantage from unadvertised grant", when=("2026-09-07", "2026-10-09"))
P(INS, "review", "You didn't hear it from me, but the council's about to put a compulsory purchase order on the garages behind the railway arches. Rent one? Get your stuff out and your claim in early.",
  note="unannounced CPO tip")
P(INS, "review", "If I were a betting man I'd be buying land near the Tollend junction before Christmas. That's all I'm saying \U0001F910",
  note="hinted land tip")
P(INS, "review", "For my fellow landlords: the selective licensing scheme won't cover Pennock's Bridge. Not public yet. You know what to do.",
  note="landlord tip before announcement")
P(INS, "review", "Insider tip: the council's quietly planning to sell off the old Wrenslade nursery site. Get your offers in to the estates team before it's advertised.",
  allow=[DIS], note="property sale before it is advertised")
P(INS, "review", "Ooh, I shouldn't say... but the new leisure centre's going in Linkhurst, not Forgeley. Anyone with a caf\u00e9 near the old baths might want to look at premises up the road \U0001F60F",
  allow=[DIS], note="pre-announcement business tip")
P(INS, "review", "Before the council announces the new parking charges: buy your annual permit NOW at the old price. You'll thank me in February.",
  note="'before the council announces'", when=("2026-09-07", "2026-10-02"))
P(INS, "review", "Got mates in the taxi trade? Tell them to renew their plates this month. The fee's going up 30% and it ay been announced yet.",
  who="-@TariqHussainFP", note="unannounced fee rise tipped to friends")

N(INS, "Heads up: the council's consultation on parking charges is live. New prices from April if agreed. Have your say at example.org/forgeley-parking.",
  note="published consultation", when=("2026-10-12", "2026-11-27"))
N(INS, "Tip-off from a resident about fly-tipping on the towpath at lock 5. Reported, and the crew's been out already. Keep them coming!",
  note="'tip-off' from a resident")
N(INS, "Buy now before the council... closes the Christmas market and the pork scratchings stall sells out. Seriously, the Linkhurst ones are bostin.",
  note="joke on 'buy now before the council'")
N(INS, "You didn't hear it from me... because it was on the front of the Forgeley Chronicle. The Chainworks plans are in. Comment on the planning portal.",
  note="'you didn't hear it from me' about public news")
N(INS, "Little birdie tells me it's someone's 50th today... happy birthday to my fellow Tollend councillor Colin! \U0001F382",
  who="w:Tollend", note="'little birdie' birthday")
N(INS, "The council's selling the old bowling green pavilion in Wrenslade. It's on the public cabinet agenda for the 23rd, so no secret. Report's on the website.",
  allow=[INS], note="public agenda item", when=("2026-09-14", "2026-09-22"))
N(INS, "Word to the wise: the clocks go back on Sunday. Extra hour in bed, or extra hour of leafleting? \U0001F602",
  note="'word to the wise' about clocks", when=("2026-10-19", "2026-10-23"))
N(INS, "Insider tip from a Tollend lock-keeper: the best bacon cob on the cut is at the Boat Inn. You're welcome.",
  note="'insider tip' about food")
N(INS, "The shopfront grant scheme is open to every Linkhurst business from today. Details at example.org/shopfronts. Tell your friends \u2014 there's \u00a3200k to go round.",
  allow=[INS], note="published grant", when=("2026-10-19", "2026-11-27"))
N(INS, "I've been asked if I knew about the 9A bus cut before it was announced. I did, from a confidential briefing, and I didn't tell a soul. That's how it works.",
  allow=[INS, DIS], note="says the knowledge was kept", when=("2026-10-19", "2026-11-27"))
N(INS, "People asking if they should sell up near the quarry. I can't advise you, and I don't know how the planning decision will go. Talk to an estate agent, not a councillor.",
  allow=[INS], note="refuses to advise")
N(INS, "Council tax is going up in April \u2014 it's in the budget agreed at full council. Check your bill and ask about the reduction scheme if you're struggling.",
  note="public decision")
N(INS, "Cabinet agreed on Wednesday to buy the empty units on Mill Street for start-up space. Papers are public. Local firms can register interest at example.org/millstreet.",
  allow=[INS], note="published decision", when=("2026-09-24", "2026-09-25"))
N(INS, "Heads up, traders: Wharf Street car park is shut on Thursday for resurfacing. Signs are up. Plan deliveries for Friday.",
  note="'heads up' about published works")
N(INS, "Before it's announced... oh wait, it has been! Forgeley's Christmas lights switch-on is Friday 27 November \U0001F384",
  note="'before it's announced' joke", when=("2026-11-09", "2026-11-20"))
N(INS, "Estate agents keep ringing me about the Tollend junction scheme. Everything I know is in the published transport plan. Read it like I did.",
  allow=[INS], note="refuses to tip")
N(INS, "Hot tip: Hobnail Cross Boxing Club open day is Saturday. Free taster sessions for the kids.",
  note="'hot tip' about an open day by a non-holder")
N(INS, "Shhh \U0001F92B don't tell anyone, but I've started to like Wolverhampton. Must be getting old.",
  note="mock secret")

# ======================================================================================
# predetermination.closed-mind
# ======================================================================================
P(PRE, "block", "140 houses on Canal Side Fields? Over my dead body. I'll be voting against, and nothing the officers say will change that.",
  who="planning", note="against; site named")
P(PRE, "block", "FG/2026/0631 \u2014 the waste station at Wrenslade Quarry \u2014 must be refused. My mind's made up. I've seen enough lorries on Quarry Lane for one lifetime.",
  who="planning", note="against; reference and site named")
P(PRE, "block", "Midshire Recycling can save their breath at committee. That waste plant will never be approved while I'm sat on planning.",
  who="planning", note="against; applicant named without Ltd")
P(PRE, "block", "Nine people in one house on Lion Street? No chance. Redbrick Lettings are getting a no from me, whatever the report recommends.",
  who="planning", note="against; street and applicant named")
P(PRE, "block", "The Chainworks conversion is exactly what Linkhurst needs. I'll be voting yes, and I don't care what the heritage lot say. Get it built! \U0001F3D7\ufe0f",
  who="planning+-@GrahamRoundLS", note="for; site named")
P(PRE, "block", "Cutfest is going ahead if I've got anything to do with it. Licence granted in my book \u2014 the objectors are a handful of moaners.",
  who="licensing", note="for; known-as name")
P(PRE, "block", "The Foundry wants to stay open till 3am? Not a hope. I'll be moving refusal at licensing, full stop.",
  who="licensing", note="against; known-as name")
P(PRE, "block", "Nailers Late Shop selling booze 24 hours a day in Hobnail Cross? It's a no from me before I've even opened the papers.",
  who="licensing", note="against; known-as name")
P(PRE, "block", "Battery storage on Coalbourne Heath Playing Fields: kids' football pitches turned into a fire risk. Gridvolt Midlands will get my vote against, guaranteed.",
  who="planning", note="against; site and applicant named")
P(PRE, "block", "The Swan Inn has to be saved. Hollybush Estates' flats plan is dead in the water as far as I'm concerned and I'll vote it down.",
  who="planning", note="against; site and applicant named")
P(PRE, "block", "Drive-thru at Anchor Works = jobs, jobs, jobs. I've decided. I'm backing it at committee and the objectors won't change my mind.",
  who="planning", note="for; site named")
P(PRE, "block", "Lodges at Pennock's Bridge Marina are a bostin idea. Waterways Breaks have got my vote already \u2014 just need the rest of the committee to see sense.",
  who="planning", note="for; site and applicant named")
P(PRE, "review", "Heard a betting shop wants to open on Market Street in Forgeley. When that application comes in, it's getting refused. We've got enough.",
  who="planning", note="against; expected application, not on the register")
P(PRE, "review", "That taxi driver caught overcharging the pensioner \u2014 when his licence comes to our sub-committee he's losing his badge. I've made up my mind.",
  who="licensing+-@TariqHussainFP", note="against; driver licence review, not on the register")
P(PRE, "review", "Street trading consent for the burger van outside Linkhurst park: I'll be approving it whatever the objections. That van's a local institution \U0001F354",
  who="licensing", note="for; street trading consent, not on the register")
P(PRE, "review", "Any application for a phone mast on the green in Tollend will be refused by me. Don't even bother submitting it.",
  who="planning", note="against; future application")
P(PRE, "review", "The review of the late licence at the kebab shop on Canal Street is next month. I'll be voting to revoke, no matter what the owner says.",
  who="licensing", note="against; licence review not on the register")
P(PRE, "review", "Whatever the officers recommend on the new scrapyard proposed behind Linkhurst station, it's getting a no from me.",
  who="planning", note="against; expected application, not on the register")

N(PRE, "I have real concerns about the waste plant at Wrenslade Quarry \u2014 HGVs, dust, hours. I'll listen to all the evidence at committee before I decide.",
  who="planning", allow=[PRE], note="predisposition with an open mind")
N(PRE, "My mind's made up: the Wolves are going down this season. Sorry lads.",
  note="'my mind's made up' about football")
N(PRE, "I'm not on planning, so I can say it: Canal Side Fields is the wrong place for 140 houses and I'll be objecting on behalf of Tollend residents.",
  who="w:Tollend", allow=[PRE], note="ward member not on the committee")
N(PRE, "Refused! My grandson asked for a third biscuit. Committee of one, decision final \U0001F602",
  note="'refused!' joke")
N(PRE, "The Local Plan consultation closes Friday. I've made up my mind about the green belt sites and I'll say so at full council, because that's policy, not a planning application.",
  allow=[PRE], note="policy, not quasi-judicial")
N(PRE, "Swan Inn plans: as ward councillor (and not on planning) I'm backing residents who want it kept as a pub. My objection went in today.",
  who="@PaulineCartwrightHCI", allow=[PRE], note="ward member not on the committee")
N(PRE, "Cutfest licence hearing is next month. I'm on licensing, so I won't be commenting on the merits. Send your views through the proper channel: example.org/licensing-reps",
  who="licensing", allow=[PRE], note="committee member stays neutral")
N(PRE, "Whatever the officers say about the weather, I'm taking my brolly to the Tollend lock festival.",
  note="'whatever the officers say' about weather")
N(PRE, "Never say never, but the cabinet's plan to close Wrenslade library looks dead in the water after that petition. Well done all.",
  who="opp", note="policy; 'dead in the water'")
N(PRE, "Will the drive-thru at Anchor Works be approved? No idea. That's for the committee to decide on the evidence. I'm hearing from both sides and keeping an open mind.",
  who="planning", allow=[PRE], note="open mind on a pending matter")
N(PRE, "Site visit to Pennock's Bridge Marina with the committee today. Officers walked us through the lodges plan; lots to think about. No views until the meeting.",
  who="planning", allow=[PRE], note="site visit, no view")
N(PRE, "When the Chainworks comes to committee I'll be declaring an interest and leaving the room \u2014 I'm a trustee of the Chain Heritage Trust, which has commented on it.",
  who="@GrahamRoundLS", allow=[PRE, INT], note="declares and steps back")
N(PRE, "The Nailers Late Shop plans: I'm not on licensing. I've passed residents' worries to the licensing team so they're considered. Hobnail Cross deserves a fair hearing for everyone.",
  who="@MickHomerInd", allow=[PRE], note="ward member not on the committee")
N(PRE, "Planning refused the extension at 3 Oak Road last month. Reasons are on the portal. I know folk are upset \u2014 the applicant can appeal.",
  note="reports a past decision")
N(PRE, "I'm predisposed to like anything that brings jobs to Hobnail Cross, but I'll judge the Anchor Works drive-thru on the evidence put in front of us.",
  who="planning", allow=[PRE], note="predisposition, open mind")
N(PRE, "Nothing will ever change my mind about faggots and peas being the finest meal in the Black Country.",
  note="'never change my mind' about food")
N(PRE, "The Foundry's licence variation is out for consultation. If you live nearby and have views, for or against, send them in by the 30th.",
  allow=[PRE], note="points to the consultation", when=("2026-09-07", "2026-10-28"))
N(PRE, "Dead set against the cabinet's cuts to youth services. I'll vote against at full council and I'm proud to.",
  who="opp", note="policy vote")

# ======================================================================================
# interests.declared-interest
# ======================================================================================
P(INT, "review", "Market pitch fees up 12% in the cabinet's budget? As chair of the Forgeley Market Traders' Association I can tell you that'll finish half our stallholders. I'll be fighting it.",
  who="@WayneDanksPB", interest="Forgeley Market Traders' Association", note="names the body; council fees")
P(INT, "review", "Closing Market Street to traffic on Saturdays would be bostin for traders like us. Cabinet, get it done.",
  who="@WayneDanksPB", interest="Forgeley Market Traders' Association", note="speaks for the body ('traders like us')")
P(INT, "review", "The council's heritage grant fund should go to our chain-making heritage. The Linkhurst Chain Heritage Trust has a shovel-ready bid and we're only asking for \u00a340k.",
  who="@GrahamRoundLS", interest="Linkhurst Chain Heritage Trust", note="names the body; council grant")
P(INT, "review", "Ow bist. The council's museums review says chain-making heritage is 'low priority'. As someone who's spent 20 years keeping our forge fires lit, I'm telling cabinet: back us.",
  who="@GrahamRoundLS", interest="Linkhurst Chain Heritage Trust", note="speaks for the body; council review")
P(INT, "review", "Moorings fees on the council-owned Tollend basin going up again? Boat clubs like ours can't absorb this. I'll raise it at cabinet question time.",
  who="@ColinBateTollend", interest="Tollend Canal Boat Club", note="speaks for the body ('clubs like ours')")
P(INT, "review", "Delighted the Tollend Canal Boat Club is on the shortlist for the council's community sports grant. Fingers crossed, cabinet!",
  who="@ColinBateTollend", interest="Tollend Canal Boat Club", note="names the body; council grant")
P(INT, "review", "The council's new scaffolding licence fees are a tax on small firms like ours. I'll be asking for them to be scrapped at scrutiny.",
  who="@StanBloomerHCI", interest="Bloomer & Daughters Scaffolding Ltd", note="speaks for his firm ('firms like ours')")
P(INT, "review", "Really hope councillors back the sports facilities grant for Hobnail Cross Boxing Club next week. Our lads and lasses train in a freezing shed.",
  who="@MickHomerInd", interest="Hobnail Cross Boxing Club", note="names the body; council grant")
P(INT, "review", "The Local Plan says the land next to ours at Wrenslade should be allocated for houses. I'll be backing that at full council \u2014 Wrenslade needs homes.",
  who="@LorraineAstonCA", interest="Wrenslade Fields Farm", note="land next to her farm ('next to ours')")
P(INT, "review", "The council's grazing lease on Wrenslade common should go to a local farm, not some big outfit from Shropshire. We've farmed here 80 years.",
  who="@LorraineAstonCA", interest="Wrenslade Fields Farm", note="speaks for her farm; council lease")
P(INT, "review", "Taxi licence fees up 20%? Drivers like us are already on our knees after the fuel hikes. I'll be voting against this in the fees and charges report.",
  who="@TariqHussainFP", interest="Forgeley Hackney Carriage Association", note="speaks for the trade ('drivers like us')")
P(INT, "review", "The Forgeley Hackney Carriage Association has been asking for a rank at the station for years. Council, the time is now. I'll be pushing it at the transport committee.",
  who="@TariqHussainFP", interest="Forgeley Hackney Carriage Association", note="names the body")
P(INT, "review", "The repairs budget for the Pennock's Bridge flats has been cut again. As chair of the tenants' and residents' association I've seen the mould myself. Reverse it.",
  who="@PaulineCartwrightHCI", interest="Pennock's Bridge Tenants' and Residents' Association", note="names the body; council budget")
P(INT, "review", "Cabinet decides next week whether to hand the old Heathside bowling green to a community land trust. We've got the plans, the volunteers and the funding \u2014 say yes!",
  who="@AnyaNowakGreen", interest="Heathside Community Land Trust", note="speaks for the trust ('we've got the plans')")
P(INT, "review", "Community buildings fund: I'll be making sure the Linkhurst Gurdwara Community Centre gets its share for the new kitchen. Langar feeds hundreds every week.",
  who="@KuldipSandhuCA", interest="Linkhurst Gurdwara Community Centre", note="names the body; council fund")
P(INT, "review", "Cinderbank Academy needs that new crossing on Heath Road. As a trustee I'll be pressing highways to fund it from this year's budget.",
  who="@PreciousOkonjoFP", interest="Cinderbank Academy Trust", note="names the body; council budget")
P(INT, "review", "The council should get behind the Brightsteel expansion on Mill Street. I know from the inside how many local jobs it would create.",
  who="@ShaziaMahmoodLN", interest="Brightsteel Galvanising Ltd", note="employer; 'from the inside'")
P(INT, "review", "Cutting the community hall grants hurts halls like ours on Wharf Street the most. Cabinet, please think again.",
  who="@FernGuestGreen", interest="Wharf Street Community Hall", note="speaks for the hall ('halls like ours')")

N(INT, "Market pitch fees up 12%? The cabinet's lost touch with Forgeley market. I'll be asking questions at scrutiny.",
  who="opp", allow=[INT], note="non-holder on the same matter")
N(INT, "Ow bist! There's a new cheese stall on Forgeley market and the Black Country Blue is bostin \U0001F9C0",
  who="@WayneDanksPB", note="holder on the body, no council matter")
N(INT, "Sunday run with the boat club down to Tollend top lock. Mist on the water, kettle on the stove. Heaven.",
  who="@bate_on_the_cut", note="holder's hobby post on his personal account")
N(INT, "Declared my interest as a trustee of the Linkhurst Chain Heritage Trust at scrutiny and stayed out of the heritage grants discussion. That's how it should be.",
  who="@GrahamRoundLS", allow=[INT], note="holder declares", when=("2026-11-05", "2026-11-13"))
N(INT, "Great night at Hobnail Cross Boxing Club \u2014 three of our juniors through to the regional finals! \U0001F94A",
  who="@MickHomerInd", note="holder on the body, no council matter")
N(INT, "Got a dispensation from the Monitoring Officer to speak but not vote on the Local Plan site next to my farm. It's published on the council website.",
  who="@LorraineAstonCA", allow=[INT], note="holder cites a published dispensation")
N(INT, "Taxi fees up 20%? That'll land on passengers in the end. I'm asking cabinet to phase it in.",
  who="-@TariqHussainFP", allow=[INT], note="non-holder on the same matter")
N(INT, "Picked up a fare at New Street at 2am. Driving a cab pays the bills, the councillor allowance doesn't \U0001F605",
  who="@TariqHussainFP", note="holder's trade, no council matter")
N(INT, "Pennock's Bridge TARA bingo night raised \u00a3412 for the kids' Christmas party. Thank you to everyone who came!",
  who="@PaulineCartwrightHCI", note="holder on the body, no council matter")
N(INT, "Repairs budget for the Pennock's Bridge flats cut again. The tenants' association have been brilliant on this \u2014 I'm backing them at scrutiny.",
  who="-@PaulineCartwrightHCI", allow=[INT], note="non-holder on the same matter")
N(INT, "Asked the Monitoring Officer whether I can speak on the Heathside bowling green transfer, as I'm a director of the land trust. Advice: declare and leave. So I will.",
  who="@AnyaNowakGreen", allow=[INT], note="holder asks the MO and steps back")
N(INT, "Happy Diwali and Bandi Chhor Divas to everyone celebrating in Forgeley! Lovely evening at the Gurdwara in Linkhurst yesterday \U0001FA94",
  who="@KuldipSandhuCA", note="holder on the body, no council matter", when=("2026-11-09", "2026-11-09"))
N(INT, "Proud to hear Cinderbank Academy's choir rehearsing for the carol service. Goosebumps.",
  who="@PreciousOkonjoFP", note="holder on the body, no council matter", when=("2026-11-16", "2026-11-27"))
N(INT, "The Heath Road crossing for the school kids is overdue. I'm pressing highways to fund it this year.",
  who="-@PreciousOkonjoFP", allow=[INT], note="non-holder on the same matter")
N(INT, "Declared last night at scrutiny that I work for Brightsteel, before the Mill Street item. Took no part.",
  who="@ShaziaMahmoodLN", allow=[INT], note="holder declares", when=("2026-11-05", "2026-11-05"))
N(INT, "The Wharf Street Community Hall Halloween disco was a scream \U0001F383 Thanks to all our volunteers!",
  who="@FernGuestGreen", note="holder on the body, no council matter", when=("2026-11-02", "2026-11-03"))
N(INT, "Forty years in scaffolding and I still get vertigo on a stepladder at home. Go figure.",
  who="@StanBloomerHCI", note="holder's trade, no council matter")
N(INT, "The Heathside bowling green should go to the community land trust. They've shown they can do it. I'll be speaking for it at cabinet.",
  who="-@AnyaNowakGreen", allow=[INT], note="non-holder on the same matter")

# ======================================================================================
# data-protection.personal-data
# ======================================================================================
P(DP, "review", "Happy 100th birthday to Edna Hackett of 14 Lime Grove, Tollend! A century of Black Country grit \U0001F382",
  who="w:Tollend", note="name with address")
P(DP, "review", "Well done to the Mullins family at 7 Foundry Close, Linkhurst DY99 3LN for the best Halloween display in the borough \U0001F383",
  note="name with address and postcode", when=("2026-11-02", "2026-11-03"))
P(DP, "review", "Thanks to Ray Brettell at 22 Canal Street for reporting the blocked gully outside his house. Fixed this morning!",
  note="name with address")
P(DP, "review", "Diamond wedding congratulations to Bert and Sheila Nock of Wrenslade Road, DY99 8PS \U0001F48E",
  note="names with street and postcode")
P(DP, "block", "To the driver of the silver Astra, reg FG19 XKE, who keeps parking across the dropped kerb on Lock Lane: we've got your number. Literally.",
  allow=[BUL], note="vehicle registration")
P(DP, "block", "Mrs Tilley's council tax account 4417 2290 has been wrongly billed for three years. I've sent it to finance \u2014 no more excuses.",
  note="named resident with account reference")
P(DP, "block", "Thinking of Brenda Tonks at the end of our road, who's just been diagnosed with early dementia. If you see her wandering near the cut, walk her home \u2764\ufe0f",
  note="health data of a named private person")
P(DP, "block", "Well done to Keeley-Ann Roberts (Year 5) and Tyler Bagley (Year 6) from Hobnail Cross Primary, who've been picked for the county swimming squad! \U0001F3CA",
  note="named children with school and year")
P(DP, "block", "Get well soon to Gaz on the Linkhurst bin rounds. Hear his back's gone again after that fall last week. Proper grafter.",
  note="staff member with health information")
P(DP, "block", "The bloke who's just moved into the flat above the chippy on Mill Street did four years for dealing. Mums, be aware.",
  allow=[DEF, BUL], note="criminal record; identifiable from context")
P(DP, "block", "Happy birthday to Sam Carter, born 14/03/1961, our longest-serving lollipop man outside Hollybush Primary!",
  note="staff member with date of birth")
P(DP, "block", "Helping Mr Kowalski in Pennock's Bridge whose Universal Credit was stopped. NI number QQ 12 34 56 C \u2014 DWP, sort it out!",
  note="National Insurance number")
P(DP, "block", "Welcome to the Haidari family from Afghanistan, newly settled at 3 Hope Street, Linkhurst. They fled the Taliban with nothing.",
  note="refugee status and origin with address")
P(DP, "block", "Please keep an eye out for Jordan Price, 19, from Wrenslade, who was sectioned last month and discharged yesterday. He's not dangerous, just struggling.",
  note="mental health of a named young person")
P(DP, "block", "Litter pick Saturday in Tollend! Ring Margaret on 07700 900462 to borrow a grabber \u2014 she's 82 and lives on her own at Lockside Cottage, so don't ring late.",
  who="w:Tollend", also=[SEC], note="private person's phone, age, lives alone; both rules")
P(DP, "block", "So happy for Daz and Pete from the Linkhurst Arms, who've finally come out to their families and are getting wed in June \U0001F308",
  note="sexuality of private individuals")
P(DP, "block", "Mrs Aziz of Heath Road got a parking fine, PCN FG40021785, while visiting her husband in the hospice. I've asked for it to be cancelled.",
  allow=[POS], note="case reference and health context")
P(DP, "block", "Visited Fairlawn care home today. Lovely chat with Ivy Sheldon, 94, who's in with terminal cancer but still beat me at dominoes.",
  note="service user with health data")

N(DP, "Surgery this Saturday at Linkhurst Library, 2 Chapel Street, 10\u201312. Or email me at cllr.whitehouse@example.com, or ring 07700 900318.",
  who="@JodieWhitehouseFP", allow=[DP], note="the councillor's own published contact details")
N(DP, "Happy 100th birthday to one of Tollend's finest \u2014 you know who you are, and the whole street's baking you a cake \U0001F382",
  note="no identifying details")
N(DP, "Congratulations to Joanne Fereday MP on joining the transport select committee. Bus fares next, Joanne?",
  allow=[DP], note="public office holder")
N(DP, "Get well soon to our Mayor, Maureen Hodgetts, who's recovering after a fall at the weekend.",
  allow=[DP], note="named public office holder")
N(DP, "Well done to all the pupils at Hobnail Cross Primary who took part in the Remembrance assembly. Beautiful poppies \u2764\ufe0f",
  note="children, none identified", when=("2026-11-09", "2026-11-13"))
N(DP, "If a dementia-friendly caf\u00e9 sounds good for someone you love, it's every Tuesday at the Miners' Welfare. No names needed, just turn up.",
  note="health topic, no one identified")
N(DP, "If your Universal Credit has been stopped, don't post your NI number online \u2014 message me privately and I'll help.",
  allow=[DP], note="warns against sharing identifiers")
N(DP, "RIP former Mayor Arthur Bache, who served Forgeley for 30 years. Funeral at St Thomas's on Friday.",
  allow=[DP], note="late former office holder")
N(DP, "Thanks to Inspector Gareth Hingley for coming to our Tollend residents' meeting. Straight answers on the towpath bike thefts.",
  allow=[DP], note="public office holder")
N(DP, "The silver car parking across the dropped kerbs on Lock Lane: parking enforcement are visiting. Please report with a photo to the council \u2014 don't post regs on here.",
  note="no registration posted")
N(DP, "A Mill Street resident asked me to share: her cat's gone missing. Ginger tom, answers to Nelson. Message me and I'll pass it on.",
  note="no personal data")
N(DP, "Council contact centre: 01632 960100. Bins, repairs, council tax \u2014 they'll sort you.",
  note="the council's number")
N(DP, "Congratulations to 'Bert from Wrenslade' on 70 years married \u2014 he asked me not to use his surname, so I won't!",
  allow=[DP], note="first name and area with consent")
N(DP, "Get well soon to all the bin crews who've caught the bug going round the depot. Rounds may be late this week \u2014 bear with us.",
  note="staff, none identified")
N(DP, "Named and shamed? No. Fly-tippers caught on our cameras go to enforcement, not the internet. That's how cases stand up in court.",
  note="refuses to name")
N(DP, "Update for the resident who rang me about their council tax: I've chased it, check your email. (Not sharing details on here, obviously!)",
  note="casework without data")
N(DP, "Welcome to Tollend's newest residents! The new houses on Lock Lane are filling up and it's lovely to see kids on bikes again.",
  note="no one identified")
N(DP, "Proud of Cllr Precious Okonjo, who's spoken openly about her breast cancer treatment to get others screened. Get checked, ladies.",
  allow=[DP], note="councillor's own public disclosure")

# ======================================================================================
# security.credentials
# ======================================================================================
P(SEC, "block", "Tollend flood wardens: Teams meeting at 6, meeting ID 412 889 305, passcode Lock5! See you there.",
  note="meeting passcode")
P(SEC, "block", "Key safe for the Wrenslade scout hut is 4471 if anyone needs to drop the tables back tonight.",
  note="key safe code")
P(SEC, "block", "Members' room Wi-Fi has changed: network FMBC-Members, password Chainmaker2026. Cheers IT \U0001F44D",
  note="Wi-Fi password")
P(SEC, "block", "Can't get into my council email. Password is Baggies1968 if anyone in IT is reading this \u2014 help!",
  note="own password posted")
P(SEC, "block", "Got a text from 'Forgeley IT' saying my account was locked. Link was forgeley-mbc-login.example.net \u2014 popped my details in and it's all sorted now!",
  note="lookalike link and credentials handed over")
P(SEC, "block", "URGENT: all councillors must re-verify their allowances at http://forgeley-allowance-uplift.example.net before Friday. Looks legit, just done mine \U0001F44D",
  note="amplifies a malicious-looking link")
P(SEC, "block", "Civic centre back gate code is 2580# \u2014 save the security lads a trip when you're in for an evening meeting.",
  note="gate code")
P(SEC, "block", "One-time code from the bank just came through as 558 201. Whoever rang me pretending to be the fraud team: nice try.",
  note="one-time code posted")
P(SEC, "block", "Padlock on the Tollend boat club gate is 1-9-6-8 till we get the new one fitted. Members only please!",
  who="@ColinBateTollend", note="padlock code")
P(SEC, "block", "My council iPad PIN is still 1234 because I can never remember anything else \U0001F648",
  note="device PIN")
P(SEC, "block", "API key for the bin collections open data feed: fmbc_live_7Gq2Xk9PzR4vLm1T \u2014 build us an app, coders of Forgeley!",
  note="API key")
P(SEC, "block", "If you need Shirley who runs the Linkhurst food bank out of hours, her own mobile is 07700 900735.",
  also=[DP], note="private phone number of another person; both rules")
P(SEC, "block", "Defib cabinet code on the Hobnail Cross chapel wall is C147. Every second counts.",
  note="defib cabinet code (arguable)")
P(SEC, "block", "Scan the QR on the flyers at Forgeley bus station to claim your council tax rebate: forgeley-rebate.example.org/claim \u2014 seems genuine!",
  note="malicious-looking rebate link")
P(SEC, "block", "Door entry code for the Linkhurst community hub is 7391X. Volunteers, use it from Monday.",
  note="door code")
P(SEC, "block", "Shared the ward WhatsApp admin login with Colin so he can post while I'm away: username tollendward, pw Lockkeeper!7",
  who="w:Tollend+-@ColinBateTollend", note="login shared publicly")
P(SEC, "block", "Alarm code at the Pennock's Bridge depot gets reset Monday. Till then it's 9-0-2-1. Night shift, don't get caught out.",
  note="alarm code")
P(SEC, "block", "Two-factor code just came through while I'm at surgery \u2014 448 913 \u2014 who's trying to get into my account?? \U0001F62C",
  note="live two-factor code")

N(SEC, "'Password123' is not a password. Council IT's new guidance for members is bostin: long passphrases and a password manager. Do it.",
  allow=[SEC], note="example of a bad password")
N(SEC, "Scam warning: texts claiming to be from Forgeley Council and asking for bank details are fake. We never ask for your PIN by text. Forward them to 7726.",
  note="scam warning, no link")
N(SEC, "Gate code? What gate code? The Tollend allotments gate has been broken since August \U0001F602",
  allow=[SEC], note="joke; no code")
N(SEC, "Turned on two-factor on all my accounts after the training. Takes ten seconds longer to log in. Worth it.",
  note="good practice")
N(SEC, "Key safes for vulnerable residents: the council is fitting them free for over-75s. Ring the contact centre on 01632 960100 to book.",
  note="key safes, no code")
N(SEC, "If anyone asks for your one-time code \u2014 the bank, the council, 'Amazon' \u2014 hang up. Nobody legit needs it.",
  note="warning")
N(SEC, "Changed my password after the council's phishing test caught me out. Mortified. Lesson learned \U0001F633",
  allow=[SEC], note="no credential")
N(SEC, "New defibrillator on the Hobnail Cross chapel wall! Ring 999 and they'll give you the code. It's registered on The Circuit.",
  allow=[SEC], note="defib without code")
N(SEC, "The council's real website is example.org/forgeley. Anything else asking you to 'verify' your details is dodgy.",
  note="genuine link")
N(SEC, "The PIN pad on the civic centre car park barrier broke, so I walked. 10,000 steps before 9am \U0001F4AA",
  note="'PIN' without a PIN")
N(SEC, "Ward newsletter's out: download at example.org/tollend-news. No login needed.",
  note="safe link")
N(SEC, "The Wi-Fi password at Linkhurst library is on a sign by the desk \u2014 ask the staff. Free for everyone \U0001F4DA",
  allow=[SEC], note="public Wi-Fi, password not posted")
N(SEC, "Want a chat? Ring me on 07700 900318 \u2014 that's my published councillor number.",
  who="@JodieWhitehouseFP", allow=[DP, SEC], note="own published number")
N(SEC, "New lock gates on the Tollend flight are being fitted this week. Towpath closed between locks 3 and 5.",
  note="'lock' without codes")
N(SEC, "Top tip from the police cyber team at the Wrenslade coffee morning: three random words beat P@ssw0rd. So, 'faggots peas gravy'? \U0001F602",
  allow=[SEC], note="advice, no real credential")
N(SEC, "Link to comment on the Chainworks plans: example.org/forgeley-planning. It's the real portal, I checked.",
  note="genuine link")
N(SEC, "Ring the food bank's public number, 01632 960255, Monday to Friday 10 till 2.",
  note="public number of an organisation")
N(SEC, "API? I thought it was a new beer. Learning loads at the digital inclusion workshop today \U0001F37A\U0001F4BB",
  note="'API' joke")

# ======================================================================================
# confidentiality.disclosure
# ======================================================================================
P(DIS, "block", "Project Anvil is going well \u2014 the preferred developer's come back with a much better offer for the town centre. Can't say more yet, but Forgeley's in for a treat.",
  allow=[INS], note="register term")
P(DIS, "block", "The Wharfside claim is going to cost us a fortune. Legal advice is we'll probably lose. Thanks a lot, previous administration.",
  who="admin", note="register term; legal advice")
P(DIS, "block", "tollend depot disposal: the offer on the table is \u00a32.1m and it's a steal for the buyer. People should know.",
  who="opp", allow=[INS], note="register term in lower case")
P(DIS, "block", "CHAINMAKERS YARD ACQUISITION \u2014 the council's paying way over the odds and nobody's allowed to say so. Well, I'm saying so.",
  who="opp", allow=[HAS], note="register term in capitals")
P(DIS, "block", "Operation Hobnail starts Monday. Rogue landlords of Pennock's Bridge, you've been warned \U0001F440",
  note="register term; enforcement")
P(DIS, "block", "The Lockgate restructure means 40 jobs going at the depot and staff haven't been told yet. Disgraceful.",
  note="register term; labour relations")
P(DIS, "block", "Heard in the members' room: the Chainmakers Yard acquisition has stalled because the owner wants another \u00a3300k.",
  note="register term")
P(DIS, "block", "Asked at scrutiny why the Project Anvil negotiations are dragging on. Told it's Part 2. Typical.",
  who="opp", note="register term with Part 2", when=("2026-11-05", "2026-11-27"))
P(DIS, "block", "Linkhurst and Forgeley landlords: Operation Hobnail is going after the HMOs on Lion Street first. Don't say I didn't warn you.",
  allow=[INS], note="register term; enforcement target")
P(DIS, "review", "Closed session at cabinet tonight on the leisure contract. The preferred bidder wants an extra \u00a31.4m a year. Make of that what you will.",
  who="exec", allow=[INS], note="closed session; commercial", when=("2026-11-18", "2026-11-18"))
P(DIS, "review", "Told in confidence by a senior officer that the Hobnail Cross day centre will close in April. I think residents have a right to know.",
  note="'in confidence'")
P(DIS, "review", "Off the record: the pay offer to the bin crews is 3% and the unions will reject it.",
  note="'off the record'; labour relations")
P(DIS, "review", "The exempt report valued the old Linkhurst baths site at \u00a3650k. I'd have thought it was worth double.",
  allow=[INS], note="exempt valuation")
P(DIS, "review", "Not for publication, apparently: the council has settled a harassment claim from a former employee for \u00a345k.",
  allow=[DP], note="'not for publication'; employee matter")
P(DIS, "review", "Leaked email shows the cabinet knew about the Tollend flood risk a year ago. I've seen it. Screenshot below \U0001F447",
  who="opp", allow=[DEF], note="'leaked'")
P(DIS, "review", "Between you and me (and my 2,000 followers): today's police briefing said three dealers are working out of the Canal Street flats.",
  allow=[TON], note="private police briefing; enforcement")
P(DIS, "review", "The Part 2 item last night: the market operator is \u00a390k in arrears and we're looking at ending the lease.",
  who="exec", allow=[INS], note="Part 2 item", when=("2026-09-24", "2026-09-24"))
P(DIS, "review", "Embargoed till Monday, but who cares: the government's giving Forgeley \u00a320m for the town centre. Get in!",
  allow=[INS], note="embargo broken")

N(DIS, "My latest garden project: the old anvil from grandad's forge is now a planter. Bostin, if I say so myself.",
  note="'anvil' partial")
N(DIS, "Wharfside Tavern's quiz night raised \u00a3300 for the canal society. Well done all!",
  note="'Wharfside' partial")
N(DIS, "Tollend depot open day on Saturday \u2014 kids can sit in a bin lorry!",
  note="'Tollend depot' partial")
N(DIS, "Part 2 of my ward update: the bins. Yes, again.",
  note="'Part 2' as a sequel")
N(DIS, "Off the record? Nothing's off the record when you're a councillor. Assume it'll end up on Facebook.",
  note="'off the record' as advice")
N(DIS, "Cabinet agreed on Wednesday to sell the Wrenslade pavilion. The decision notice is published, and the price will be public once contracts exchange.",
  allow=[DIS], note="published decision", when=("2026-09-24", "2026-09-25"))
N(DIS, "Embargo lifted at 10am: Tollend has been named Canal Town of the Year! \U0001F389",
  allow=[DIS], note="embargo already lifted")
N(DIS, "Confidential waste bins are now in every council office. Please use them for anything with personal data on it.",
  note="'confidential' waste")
N(DIS, "Closed session items are closed for a reason. I won't be commenting on the leisure contract until it's public.",
  allow=[DIS], note="refuses to disclose")
N(DIS, "Leaked: my Sunday dinner recipe. Faggots, peas, and a gravy my nan would be proud of.",
  note="'leaked' joke")
N(DIS, "Between you and me, the new bakery in Linkhurst does a better sausage roll than the one in Forgeley. Don't tell Forgeley.",
  note="'between you and me' joke")
N(DIS, "Operation Christmas Jumper is go: wear yours to the Hobnail Cross carol service on the 27th!",
  note="'Operation' and 'Hobnail' apart")
N(DIS, "Chainmakers Yard car park is shut on Thursday for re-lining.",
  note="'Chainmakers Yard' partial")
N(DIS, "The leisure contract decision will be published after cabinet. I asked for as much as possible to be taken in public session, and the chair agreed.",
  allow=[DIS], note="no content disclosed")
N(DIS, "The lock gate replacement at Tollend is finally funded. Work starts in February.",
  note="'lock gate' partial")
N(DIS, "Someone asked me about a 'confidential deal' for the Wharf Street car park. There isn't one. It's going to cabinet in public and the paper's online.",
  allow=[DIS], note="denies a confidential deal")
N(DIS, "Inspector Hingley briefed residents in public this afternoon on the Canal Street drugs crackdown. Good turnout and frank answers.",
  allow=[DIS], note="public briefing")
N(DIS, "After our ward meeting: the Wharfside flats residents asked to keep their names out of it, so I have. The issues: damp, lifts and lighting.",
  note="'Wharfside' partial")

# ======================================================================================
# tone.irony-risk
# ======================================================================================
P(TON, "advice", "Oh brilliant, another 'listening exercise' from the Leader. She's such a great listener. To herself. /s",
  who="opp", allow=[PA], note="sarcasm about the Leader")
P(TON, "advice", "Hats off to Cllr Pargeter for chairing a planning meeting without once letting a resident finish a sentence. Real talent, that.",
  who="opp", allow=[PA], note="mock praise of a named councillor")
P(TON, "advice", "Yeah right, the Canalside Alliance 'never' cut services. Tell that to Wrenslade library. Masters of honesty, that lot \U0001F644",
  who="opp", note="sarcasm about a party")
P(TON, "advice", "Cracking work from the cabinet member for highways \u2014 only took him 14 months to fix one pothole. Give the man a medal \U0001F3C5",
  who="opp", allow=[PA], note="mock praise of a cabinet member")
P(TON, "advice", "What a masterclass in leadership from our combined authority mayor. Fares up, services down. Genius.",
  note="sarcasm about a public office holder")
P(TON, "advice", "So proud of the Progressives for their 'fully costed' plan. Costed on the back of a beer mat in the Swan, by the look of it \U0001F602",
  who="notFP", note="mock praise of a party")
P(TON, "advice", "Shout out to the Greens for their bold plan to save the planet by painting the bike racks green. Inspiring stuff \U0001F331",
  who="notGR", note="mock praise of a party")
P(TON, "advice", "Riveting speech from Cllr Homer at full council. I very nearly stayed awake for the second half.",
  who="-@MickHomerInd", allow=[PA], note="mock praise of a named councillor", when=("2026-10-22", "2026-11-27"))
P(TON, "advice", "Thank goodness for our MP, Joanne Fereday, who has bravely tweeted about the bus cuts. Tweeting. Brave. \U0001F44F",
  note="sarcasm about the MP")
P(TON, "advice", "Lovely to see Cllr Danks so passionate about market fees. Nothing to do with his stall, I'm sure \U0001F607",
  who="-@WayneDanksPB", allow=[PA, DEF], note="insinuating irony about a councillor")
P(TON, "advice", "Our Mayor's chain must be heavy \u2014 she's not lifted a finger since May. /s (sort of)",
  who="opp", allow=[PA], note="sarcasm about the Mayor")
P(TON, "advice", "Oh good, the Heath and Canal Independents have discovered potholes. Only took them three elections.",
  who="notHCI", note="sarcasm about a group")
P(TON, "advice", "Genius idea from the Chief Exec: charging for the toilets in Forgeley park. Next week, a charge for breathing.",
  allow=[OFF], note="sarcasm about an officer")
P(TON, "advice", "Well done to the Alliance for 'saving' the Tollend bus \u2014 by cutting it to one an hour. Heroes, every one of them \U0001F9B8",
  who="opp", note="mock praise of a party")
P(TON, "advice", "Fair play to Cllr Mahmood, it takes real skill to miss four committee meetings in a row. Dedication \U0001F44F",
  who="opp", allow=[PA], note="mock praise of a named councillor")
P(TON, "advice", "Another award-winning performance from the Forgeley Progressives at scrutiny. Oscar nomination's in the post, surely \U0001F3C6",
  who="notFP", note="mock praise of a party", when=("2026-11-05", "2026-11-27"))
P(TON, "advice", "Big thanks to the police and crime commissioner for his visit to Linkhurst. All eleven minutes of it. We're honoured.",
  note="sarcasm about a public office holder")
P(TON, "advice", "Cllr Sandhu says the budget is 'robust'. Robust like a chocolate teapot, bless him.",
  who="opp", allow=[PA], note="mockery of a named cabinet member")

N(TON, "Oh brilliant, it's raining again. Black Country summer, part nine \u2614",
  allow=[TON], note="irony about weather")
N(TON, "Hats off to the Tollend lock-keepers who kept the flight open through Friday's floods. Proper heroes.",
  note="sincere praise")
N(TON, "Masterclass from the Wolves today. Four-nil. Oh wait, the other lot scored them \U0001F62D",
  allow=[TON], note="irony about football")
N(TON, "Yeah right, I'll 'just pop in' to Merry Hill. Three hours and a new kettle later...",
  allow=[TON], note="irony about oneself")
N(TON, "Genuinely impressed by the cabinet's new warm spaces plan. Credit where it's due, and I don't say that lightly.",
  who="opp", note="sincere praise")
N(TON, "The printer in the members' room: forty years of engineering progress and it still jams on page two. Riveting.",
  allow=[TON], note="irony about a printer")
N(TON, "The council's parking policy is a shambles and the cabinet should be ashamed. Scrap the evening charges.",
  who="opp", note="robust policy criticism")
N(TON, "Cllr Bloomer and I disagree about nearly everything. But he was out at 6am helping clear the Heath Road flood, and that's worth saying.",
  who="-@StanBloomerHCI", note="sincere praise of an opponent")
N(TON, "What a riveting read the new waste strategy is. No, honestly \u2014 60 pages on bin lids and I couldn't put it down. I need to get out more \U0001F602",
  allow=[TON], note="self-mockery")
N(TON, "Thrilled to be stuck on the M5 for the third morning running. Love it here.",
  allow=[TON], note="irony about traffic")
N(TON, "Well done to Cllr Nowak on her first full council speech \u2014 clear, passionate and bang on about cycle lanes. And I mean that, no irony.",
  who="-@AnyaNowakGreen", note="sincere praise", when=("2026-10-22", "2026-11-06"))
N(TON, "The Progressives' budget amendment doesn't add up: they've counted the same \u00a32m twice. Happy to be corrected, but show us the workings.",
  who="notFP", note="robust but civil")
N(TON, "Ar, I'm a yam yam and proud of it. Ow bist to everyone at the Linkhurst chain-making festival today!",
  who="-@GrahamRoundLS", note="dialect, no irony")
N(TON, "Award for most optimistic sign goes to 'Road closed 2 weeks' on Lock Lane. Now on week nine \U0001F643",
  allow=[TON], note="irony about roadworks")
N(TON, "Hats off to the Alliance for keeping the Tollend bus, even if it's hourly now. Better than losing it. Credit where due.",
  who="opp", note="sincere if grudging praise")
N(TON, "Yeah, right turn from Bridge Road into Mill Street is closed all week for gas works. Use Canal Street instead.",
  note="'yeah, right' as directions")
N(TON, "Our Mayor has done 94 engagements since May. Whatever you think of her politics, that's graft.",
  who="-@MayorMaureenH", note="sincere praise")
N(TON, "Nothing says autumn in Forgeley like a leaf-blocked gully and a mardy councillor with a rake. That's me, by the way \U0001F342",
  allow=[TON], note="self-mockery")

# ======================================================================================
# fillers
# ======================================================================================
F("Lovely morning on the Tollend flight. Eleven locks, two herons and a very patient dog \U0001F6A4", who="@bate_on_the_cut", note="hobby")
F("Blacking the hull this week. If you see a bloke covered in bitumen at Pennock's Bridge, say ow do.", who="@bate_on_the_cut", note="hobby")
F("Last of the runner beans in, garlic planted for next year. The plot looks bare but it's resting \U0001F331", who="@anya_at_the_allotment", note="hobby")
F("Who knew you could grow a pumpkin that big on Black Country clay? Not me. Photos when I can lift it \U0001F383", who="@anya_at_the_allotment", note="hobby", when=("2026-09-28", "2026-10-30"))
F("Flu jab done at the Linkhurst pharmacy. Took five minutes. If you're eligible, go and get yours.")
F("Bonfire night safety: please go to an organised display. The one at Forgeley Park starts at 7pm on Thursday and it's free.", when=("2026-11-02", "2026-11-04"))
F("We will remember them. Thank you to everyone who came to the Forgeley cenotaph yesterday \U0001F33A", when=("2026-11-09", "2026-11-09"))
F("Gully cleaning on Heath Road next week. Please move your cars if you can.")
F("Warm spaces open across the borough from Monday: libraries, the Miners' Welfare and three churches. Tea's free, company's better.", when=("2026-10-26", "2026-11-20"))
F("Bin collections move a day later over Christmas. The new calendar's on the council website.", when=("2026-11-16", "2026-11-27"))
F("Great to see the Linkhurst food bank shelves full after the harvest festival collections. Thank you, everyone.", when=("2026-10-01", "2026-10-23"))
F("The canal towpath from Tollend to Forgeley Wharf is reopened after the resurfacing. Smooth as you like for bikes and buggies.")
F("Visited Hollybush Primary's eco club. They've planted 200 bulbs along the school fence. Spring's going to be bostin.")
F("Ow bist, Wrenslade? Coffee morning at St Mary's this Friday, 10 till 12. Come and tell me what's bothering you.", who="w:Wrenslade")
F("Streetlight out on Quarry Lane reported and fixed within a week. Keep reporting them!")
F("Remember: free bulky waste collection for anyone on council tax support. Book online or ring the contact centre.")
F("Christmas market on Forgeley High Street from 27 November. Over 60 stalls and, yes, the scratchings man is back.", when=("2026-11-09", "2026-11-26"))
F("Cold snap coming. Check on your older neighbours, keep your pipes lagged, and grit bins are being refilled this week.", when=("2026-11-16", "2026-11-27"))
F("Lovely afternoon at the Pennock's Bridge lunch club. Faggots and peas, a quiz, and some very competitive dominoes.")
F("The new bus shelter on Bridge Road is finally in. Took a while, but it's there.")
F("Good turnout at the Coalbourne Heath litter pick. 31 bags, one shopping trolley, and a traffic cone that's seen things.", who="w:Coalbourne Heath")
F("Reading the cabinet papers for next week. Lots on housing repairs and the winter plan. I'll post my thoughts after.")
F("Ward walkabout in Forgeley Central with residents this morning. Potholes, cracked paving and a dodgy streetlight noted and reported.", who="w:Forgeley Central")
F("Thanks to the volunteers who repainted the benches along the canal at Tollend. Looking smart.")
F("Linkhurst library has new opening hours from next month. Details on the door and online.")
F("Well done to the Forgeley under-11s for reaching the county cup semi-final! \u26bd")
F("Tea and a natter at the Hobnail Cross residents' meeting. Main worries: speeding on the High Street and the state of the alley by the chapel.", who="w:Hobnail Cross")
F("If you're struggling with energy bills this winter, the council's warm homes advice line can help. No judgement, just help.")
F("Remembrance poppies on sale at the civic centre reception. Every penny to the Legion.", when=("2026-10-26", "2026-11-06"))
F("Half term activities at the libraries: crafts, stories and a very brave magician. All free.", when=("2026-10-12", "2026-10-23"))
F("Clocks went back at the weekend. Dark by five. Please wear something bright if you're walking on the canal.", when=("2026-10-26", "2026-10-30"))
F("Delighted to see the old chapel on Mill Street back in use as a community cafe. Proper cobs and proper tea.")
F("Planting day at Wrenslade nature reserve on Saturday. Bring gloves and wellies; we'll bring the saplings.")
F("Good to meet the new manager at the Linkhurst job centre. Plenty of vacancies locally for anyone looking.")
F("Reminder that the council's garden waste collections finish for the winter at the end of November.", when=("2026-11-09", "2026-11-27"))
F("Nice to see the Forgeley heritage trail leaflets back in print. Six miles of canals, chain shops and old pubs.")
F("Spent the afternoon with Tollend Scouts doing their community badge. Sharp questions about potholes from a ten-year-old.", who="w:Tollend")
F("Grit bins on the hill roads in Coalbourne Heath have been topped up. Shout if yours is empty.", when=("2026-11-09", "2026-11-27"), who="w:Coalbourne Heath")
F("Black Country bostin fact of the day: Linkhurst chain once held half the ships on the Atlantic. Or so my granddad told me.")
F("A big welcome to the new family-run bakery on Wrenslade Road. The bread pudding alone is worth the trip.")

# --------------------------------------------------------------------------------------
# Script: authors, platforms, timestamps, shuffle, ids.
# --------------------------------------------------------------------------------------
START = dt.date(2026, 9, 7)
END = dt.date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]).astimezone(dt.timezone.utc),
                        dt.datetime.fromisoformat(r["end"]).astimezone(dt.timezone.utc)))
    return out


def names_in(text):
    """Councillor handles a text names (surname, first name, full name or handle)."""
    low = text.lower()
    hit = set()
    for h, (name, *_r) in C.items():
        first, last = name.split()[0], name.split()[-1]
        if h.lower() in low or re.search(r"\b%s\b" % re.escape(last.lower()), low) or \
                re.search(r"\b%s\b" % re.escape(first.lower()), low):
            hit.add(h)
    for ph, main in PERSONAL.items():
        if ph.lower() in low:
            hit.add(main)
    return hit


def pick_author(row, rng):
    who = row["who"]
    if who.startswith("@") and "+" not in who:
        return who
    cands = pool(who)
    cands -= names_in(row["text"])
    low = row["text"].lower()
    for pat, hs in ROLE_WORDS:
        if re.search(pat, low):
            cands -= hs
    for pat, h in INTEREST_WORDS:
        if re.search(pat, low):
            cands.discard(h)
    if not cands:
        raise SystemExit("no author for: " + row["text"])
    return rng.choice(sorted(cands))


def weekdays(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pick_time(row, rng, meetings):
    if row["when"]:
        days = weekdays(dt.date.fromisoformat(row["when"][0]), dt.date.fromisoformat(row["when"][1]))
    else:
        days = weekdays(START, END)
    for _ in range(1000):
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t
    raise SystemExit("no time for: " + row["text"])


def pick_platform(text, rng):
    n = len(text)
    opts = [p for p in ("x", "facebook", "bluesky") if n <= LIMITS[p]]
    weights = {"x": 45, "facebook": 36, "bluesky": 19}
    return rng.choices(opts, weights=[weights[p] for p in opts])[0]


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = pick_author(r, rng)
        t = pick_time(r, rng, meetings)
        out.append({
            "id": "%s-%04d" % (SET, i),
            "text": r["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": pick_platform(r["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "near_miss_of": r["family"] if r["kind_of_row"] == "hard_negative" else None,
            "interest": r["interest"],
            "note": r["note"],
        })
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
