#!/usr/bin/env python3
"""Build blind evaluation set b177 (Thornedge District Council, twelve single-post rules).

Every row below was written by hand. The script only picks authors, platforms and
timestamps with a fixed seed, shuffles the rows, gives ids B177-NNNN and writes posts.jsonl.
Running it again gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B177"
SEED = 17700

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
DEFM = "defamation.allegation"
BUL = "bullying.intimidation"
HAS = "haste.pause-before-posting"

DEFAULT_SEVERITY = {OFF: "review", RES: "review", POS: "review", GIF: "advice", CAP: "review",
                    INS: "review", PRE: "review", DEC: "review", DP: "block", SEC: "block",
                    DIS: "review", TON: "advice"}

# key: (handle, name, party, ward, gender, committees)
C = {
    "ollerenshaw": ("@MOllerenshawWPA", "Margaret Ollerenshaw", "WPA", "Fernlow", "f", ""),
    "bagshaw": ("@SteveBagshawWPA", "Stephen Bagshaw", "WPA", "Thornedge Market", "m", ""),
    "furness": ("@HilaryFurnessWP", "Hilary Furness", "WPA", "Wetherlow", "f", "L"),
    "twigg": ("@JoTwiggLindop", "Joanne Twigg", "WPA", "Lindop Bridge", "f", "PL"),
    "slack": ("@GrahamSlackWPA", "Graham Slack", "WPA", "Raventor", "m", ""),
    "hallam": ("@DomHallamWPA", "Dominic Hallam", "WPA", "Thornedge Market", "m", "P"),
    "brocklehurst": ("@KeithBrockWPA", "Keith Brocklehurst", "WPA", "Raventor", "m", "PL"),
    "marsden": ("@AnitaMarsdenWPA", "Anita Marsden", "WPA", "Fernlow", "f", "P"),
    "gratton": ("@RyanGrattonVWP", "Ryan Gratton", "VWP", "Kettlestone North", "m", "P"),
    "bower": ("@ShelleyBowerVWP", "Shelley Bower", "VWP", "Kettlestone North", "f", "L"),
    "needham": ("@PaulNeedhamVWP", "Paul Needham", "VWP", "Kettlestone South", "m", "P"),
    "wragg": ("@TraceyWraggVWP", "Tracey Wragg", "VWP", "Kettlestone South", "f", "L"),
    "cotterill": ("@DarrenCotterill", "Darren Cotterill", "VWP", "Thornedge Mills", "m", "P"),
    "boden": ("@EstherBodenGreen", "Esther Boden", "GRN", "Thornedge Mills", "f", "L"),
    "kirkland": ("@OllyKirklandGrn", "Oliver Kirkland", "GRN", "Cawford Bridge", "m", "P"),
    "mycock": ("@ColinMycockDI", "Colin Mycock", "DI", "Cawford Bridge", "m", "L"),
    "sheldon": ("@BevSheldonDI", "Beverley Sheldon", "DI", "Lindop Bridge", "f", "P"),
    "higton": ("@FrankHigtonInd", "Frank Higton", "IND", "Wetherlow", "m", "L"),
}
PERSONAL = {"keith_walls": ("@keith_walls", "brocklehurst"),
            "esther_petals": ("@esther_petals", "boden")}
FIRST = {"ollerenshaw": ["Margaret"], "bagshaw": ["Stephen", "Steve"], "furness": ["Hilary"],
         "twigg": ["Joanne", "Jo"], "slack": ["Graham"], "hallam": ["Dominic", "Dom"],
         "brocklehurst": ["Keith"], "marsden": ["Anita"], "gratton": ["Ryan"], "bower": ["Shelley"],
         "needham": ["Paul"], "wragg": ["Tracey"], "cotterill": ["Darren"], "boden": ["Esther"],
         "kirkland": ["Oliver", "Olly"], "mycock": ["Colin"], "sheldon": ["Beverley", "Bev"],
         "higton": ["Frank"]}
CABINET = ["ollerenshaw", "bagshaw", "furness", "twigg"]
ROLES = [  # a post naming a role is never written by its holder
    (r"\bthe Leader\b|\bLeader's\b|\bLeader of the Council\b", "ollerenshaw"),
    (r"cabinet member for finance", "bagshaw"),
    (r"cabinet member for environment", "furness"),
    (r"cabinet member for housing", "twigg"),
    (r"\bChairman\b", "slack"),
    (r"chair of planning", "hallam"),
    (r"Valley Workers' leader", "gratton"),
]
INTEREST_WORDS = [  # a post touching an interest's body or topic is never by its holder unless set by hand
    (r"oatcake", "bagshaw"), (r"well.dressing|petal", "marsden"),
    (r"Peak Calcium|lime works", "needham"), (r"canoe", "kirkland"),
    (r"Raventor Grange|Raventor Common|grazing", "brocklehurst"),
    (r"Mill Heritage|mill museum", "mycock"), (r"tenant|\brents?\b", "wragg"),
    (r"village hall", "sheldon"), (r"mining heritage|lead mine|mining museum", "higton"),
    (r"\btaxi|\bcabs?\b", "cotterill"), (r"plant hire|Dales Plant|gritting", "twigg"),
    (r"land trust", "boden"), (r"boxing", "bower"),
]


def group(name):
    keys = list(C)
    if name == "ALL":
        return keys
    if name in ("WPA", "VWP", "GRN", "DI", "IND"):
        return [k for k in keys if C[k][2] == name]
    if name == "OPP":
        return [k for k in keys if C[k][2] != "WPA"]
    if name == "PLAN":
        return [k for k in keys if "P" in C[k][5]]
    if name == "LIC":
        return [k for k in keys if "L" in C[k][5]]
    if name == "NOTPLAN":
        return [k for k in keys if "P" not in C[k][5]]
    if name == "NOTLIC":
        return [k for k in keys if "L" not in C[k][5]]
    if name == "EXEC":
        return CABINET + ["slack"]
    if name == "NONEXEC":
        return [k for k in keys if k not in CABINET + ["slack"]]
    if name == "MEN":
        return [k for k in keys if C[k][4] == "m"]
    if name == "WOMEN":
        return [k for k in keys if C[k][4] == "f"]
    ward = {"FERNLOW": "Fernlow", "THORNEDGE": "Thornedge Market", "MILLS": "Thornedge Mills",
            "CAWFORD": "Cawford Bridge", "KETTN": "Kettlestone North", "KETTS": "Kettlestone South",
            "WETHERLOW": "Wetherlow", "LINDOP": "Lindop Bridge", "RAVENTOR": "Raventor"}
    if name == "KETT":
        return [k for k in keys if C[k][3].startswith("Kettlestone")]
    if name in ward:
        return [k for k in keys if C[k][3] == ward[name]]
    if name in C or name in PERSONAL:
        return [name]
    raise ValueError(name)


def pool(spec):
    """'A&B-C-D': members of A and B, less C and D."""
    parts = spec.split("-")
    inc = parts[0].split("&")
    out = group(inc[0])
    for g in inc[1:]:
        out = [k for k in out if k in group(g)]
    for g in parts[1:]:
        out = [k for k in out if k not in group(g)]
    return out


ROWS = []


def _add(kind, fam, text, rules, allowed, verdict, who, d, note, interest=None):
    ROWS.append(dict(kind=kind, family=fam, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, who=who, d=d, note=note, interest=interest))


def P(fam, text, v=None, al=(), who="ALL", d=None, note="", rules=None, interest=None):
    rules = rules or [fam]
    _add("positive", fam, text, rules, al, v or DEFAULT_SEVERITY[fam], who, d, note, interest)


def H(fam, text, al=(), who="ALL", d=None, note=""):
    _add("hard_negative", fam, text, [], al, "ok", who, d, note)


def F(text, who="ALL", d=None, note="filler"):
    _add("filler", None, text, [], [], "ok", who, d, note)

# ---------------------------------------------------------------- officers.impartiality
P(OFF, "Lucy Hibbert needs to go back and rewrite her recommendation on the Station Yard units. It's wrong, everyone in Thornedge knows it's wrong, and I'll be telling her so before it gets anywhere near committee.", note="presses a named planning officer to change her report")
P(OFF, "Asked the Head of Waste three times why Kettlestone South gets its bins emptied last. Three times fobbed off. Sunil Mistry, your residents are waiting 🗑️", who="OPP", note="criticises a named head of service")
P(OFF, "Funny how the Monitoring Officer only ever finds complaints against OUR side 'have merit'. Martin Goodwin isn't neutral and hasn't been for years.", al=[DEFM], who="OPP", note="questions the Monitoring Officer's neutrality in public")
P(OFF, "Nadia Sharpe's budget figures conveniently back every single thing the cabinet wanted. Is our finance director working for the council or for the White Peak Alliance? Asking for 70,000 residents.", al=[DEFM], who="OPP", note="questions the s151 officer's neutrality by name")
P(OFF, "Memo to the conservation officer: a uPVC back door is not the end of civilisation. Tom Redfern has held up a pensioner's porch for nine months. Get a grip, Tom.", al=[PA], note="names and derides the conservation officer")
P(OFF, "Kerry Ashmore's environmental health team shut the café on Bath Street over one dodgy fridge thermometer. Heavy-handed doesn't cover it. Officers are meant to help businesses, not hunt them.", note="criticises a named officer's team")
P(OFF, "I've told the housing team in no uncertain terms: change the assessment on the Kettlestone flats or I take it to the Chief Exec. Andrew Wildgoose, consider this your warning.", al=[BUL], note="pressure on a named officer to change an assessment")
P(OFF, "Why is the council's head of comms writing press releases that read like White Peak Alliance leaflets? Gemma Froggatt should remember who pays her wages. All of us. Not just the cabinet.", al=[DEFM], who="OPP", note="questions a named comms officer's impartiality")
P(OFF, "The officer who recommended approval for the Hollins Lane lorry route has clearly never driven down it at 8am. Come and sit in the queue with us, Lucy, then tell me it's 'acceptable'.", note="criticises the planning officer's advice, first name")
P(OFF, "ey up, the Chief Executive has 'no comment' on the leisure centre hours AGAIN. Rachel Fearn you run the place duck, answer the question", note="criticises the Chief Executive by name")
P(OFF, "Not impressed with the advice coming out of Ian Staley's planning team on small businesses in Fernlow. Refuse, refuse, refuse. If officers want to make the decisions maybe they should stand for election. Said as much to his face.", note="criticises named Head of Planning's advice")
P(OFF, "Licensing officers shouldn't be lecturing councillors on 'appropriate tone'. Craig Allsop needs reminding that officers advise and members decide.", note="public rebuke of named licensing manager")
P(OFF, "Three weeks. THREE WEEKS for a reply from Andrew Wildgoose about black mould in a toddler's bedroom on the Hollins Court estate. I've sent the photos, I've sent the GP letter, I've rung twice. Meanwhile the little one's on her second inhaler. This isn't good enough from the Head of Housing and I want him to explain himself publicly, not in another email nobody sees. Residents, if you're in the same boat, message me.", note="public demand on a named head of housing")
P(OFF, "The s151 officer's 'prudent' reserves are a political choice dressed up as accountancy. Don't tell me it's neutral advice when it always, always lands on the Leader's side.", al=[DEFM], who="OPP", note="questions the finance officer's neutrality by role")
P(OFF, "Read the officer report on the parking review last night. It says the new charges will have 'no significant impact' on Cawford Bridge. No significant impact! Whoever wrote that has never tried to park outside the Co-op on a Saturday morning, or watched the school mums circling round the green. I've asked for it to be rewritten before it goes anywhere near cabinet, and I'll keep asking until it is.", note="presses unnamed officers to rewrite a report")
P(OFF, "Sunil Mistry promised me the brown bin round would be back by October. It's November. Either he didn't know or he didn't care. Which is it, Sunil?", al=[PA], d=("2026-11-02", "2026-11-20"), note="names an officer, public challenge")
P(OFF, "Been told the conservation team 'aren't able to comment'. Translation: Tom Redfern hasn't read the file. Wetherlow deserves better than this.", note="criticises named conservation officer")
P(OFF, "Lucy Hibbert has been 'too busy' to visit the Dale End barn site in person but somehow not too busy to write a report on it. Officers, get out of the office and into the Peak. 🥾", note="criticises named officer's work")

H(OFF, "Huge thanks to Sunil Mistry and the crews for getting the Kettlestone bins back on track after the flooding. Proper grafters, all of them.", al=[OFF], note="thanks a named officer")
H(OFF, "Welcome to Lucy Hibbert, our new senior planning officer. Looking forward to working with you!", al=[OFF], d=("2026-09-01", "2026-09-11"), note="welcomes a named officer")
H(OFF, "A word about the car park charges row. Some folk online are having a go at council staff by name, posting their photos, even turning up at the help desk to shout at them. Please don't. Officers carry out decisions; councillors make them. If you're angry, be angry at us, come to a surgery, write to me, vote us out. The people at the help desk didn't set the prices and they don't deserve that.", al=[OFF], note="defends officers")
H(OFF, "I disagree with the cabinet's decision on the leisure centre hours and I'll say so at scrutiny. That's politics. It isn't the staff's fault and I won't pretend it is.", who="OPP", note="policy criticism, no officer criticised")
H(OFF, "Met Kerry Ashmore this morning about the fly-tipping on Hollins Lane. Clear plan, good advice, cameras going up. Update to residents next week.", al=[OFF], note="names an officer approvingly")
H(OFF, "The officer report on the Station Yard units is online. I've read it twice. I don't agree with all of it, but it's thorough, and the place to argue is the committee, not Facebook.", al=[OFF], note="respects the officer report")
H(OFF, "Rachel Fearn is retiring after 31 years with the council. From apprentice in the rates office to Chief Executive. Thank you, Rachel, for everything.", al=[OFF], note="thanks a named officer")
H(OFF, "Our s151 officer's advice on reserves is published with the budget papers. Read it. I think the cabinet are hiding behind it, but the advice itself is hers to give and she gave it straight.", al=[OFF], who="OPP", note="criticises cabinet, defends the officer")
H(OFF, "Whose side are they on? The White Peak Alliance voted to cut Fernlow library to three days. That tells you whose side they're on.", who="OPP", note="political attack on a party, not officers")
H(OFF, "Rewrite the parking POLICY, not the parking report. The review's figures are fine; it's the cabinet ignoring them that's wrong.", who="OPP", note="shares 'rewrite' and 'report' but targets policy")
H(OFF, "Asked the housing team about the damp at Hollins Court on Monday. Reply on Wednesday and a surveyor booked for Friday. That's how it should work. Thank you.", al=[OFF], note="praise for unnamed officers")
H(OFF, "Planning officers are overstretched: four posts vacant since June. I'll be pushing for the money to fill them in the budget.", note="support for officers' capacity")
H(OFF, "To whoever shouted abuse at a council enforcement officer in Thornedge Market Place on Friday: she was doing her job. Disgraceful behaviour.", al=[OFF], note="defends an officer")
H(OFF, "Our licensing manager Craig Allsop will be at the Kettlestone pubwatch meeting on Thursday to explain the new rules. All licensees welcome.", al=[OFF], note="names an officer neutrally")
H(OFF, "Neutral? The cabinet member for finance isn't meant to be neutral, he's a politician. And his budget is wrong for Kettlestone.", who="OPP", note="'neutral' about a politician, not an officer")
H(OFF, "Fobbed off three times by the Leader's office about the Fernlow bus. Margaret, just answer the question.", who="OPP", note="'fobbed off' aimed at the Leader, a politician")
H(OFF, "The Monitoring Officer has dismissed the complaint made against me. I respect the process and I'm glad it's over. Back to work.", al=[OFF], note="mentions the Monitoring Officer respectfully")
H(OFF, "Tom Redfern, our conservation officer, is giving a free talk on lime mortar and old cottages at Wetherlow Institute, 7pm Tuesday. Go. It's brilliant.", al=[OFF], note="promotes a named officer's talk")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Valley Workers' Party leaflets are in the members' room at the council offices 🌹 grab a bundle on your way out of committee, comrades!", who="VWP", note="party leaflets stored in a council room")
P(RES, "Printed 500 White Peak Alliance surveys on the council printer this morning. Cheaper than the shop! Volunteers, get them round Fernlow this weekend.", who="WPA", note="party printing on council equipment")
P(RES, "Any Peak Greens volunteers who can help in Cawford Bridge before polling day, email me on my council address and I'll send you the canvass sheets.", who="GRN", note="council email for party canvassing")
P(RES, "sending this from my council laptop between meetings - Dales Independents campaign day Saturday, meet at Lindop Bridge at 10, bring a brolly", who="DI", note="council laptop used for party campaigning")
P(RES, "Our new campaign video, filmed in the council chamber after hours! Proud to be White Peak Alliance. Vote for us in May. 🎬", who="WPA", note="campaign video filmed in the council chamber")
P(RES, "Asked the council's comms team to share our party's petition on the bus cuts. They said no. Asked again. Still no. What are they for?? 😤", who="VWP", al=[OFF], note="seeks council staff time for a party petition")
P(RES, "Party meeting tonight in committee room 2 at the Town Hall. Valley Workers' members only, bring biscuits.", who="VWP", note="party meeting in a council room")
P(RES, "Putting the Thornedge DC logo on our Peak Greens newsletter so folk know it's official. Out next week!", who="GRN", al=[CAP], note="council logo on party newsletter")
P(RES, "If you want a WPA poster for your window, pop into the council's Fernlow help desk and ask for the pile behind the counter. Staff know where they are 😉", who="WPA", note="council help desk and staff used for party posters")
P(RES, "Thank you to the lovely officers in democratic services for helping me format our party manifesto this week. Couldn't have done it without them!", who="ALL", al=[OFF], note="council staff time on a party manifesto")
P(RES, "Got the council's list of Kettlestone tenants from housing and sent every one of them our Valley Workers' Party survey. Great response so far!", who="VWP", al=[DP], note="council data used for party mailing")
P(RES, "Phoning round for the Dales Independents from my desk at the council offices today. If a 01632 960 number rings you, it's me, pick up!", who="DI", note="party phone bank from the council offices")
P(RES, "Borrowed the council's gazebo and PA from the depot for our Peak Greens stall at Cawford Bridge market on Saturday. Come and say hello!", who="GRN", note="council equipment for a party stall")
P(RES, "WPA canvassers can use the Town Hall car park free all weekend. I've had a word with the attendants. 😉", who="WPA", al=[POS], note="council car park and staff for party canvassers")
P(RES, "Just booked the council's Kettlestone office meeting room for our Valley Workers' fundraiser quiz. Council rate, naturally 🍻", who="VWP", note="council room for a party fundraiser")
P(RES, "Recorded my re-election video on the council iPad today. Quality's top notch. Out Friday. Vote Higton!", who=["higton"], note="council device for own campaign")
P(RES, "Vote Dales Independents on the 4th! (Sent through the council's community alert text system, apologies to anyone who got it twice.)", who="DI", note="council SMS system used for a party message")
P(RES, "Had the council apprentice stuff envelopes for our Green winter newsletter this afternoon. Cheers Josh, you're a star 🌿", who="GRN", al=[OFF], note="council staff time for party mailing")

H(RES, "Council offices are closed on Friday afternoon for staff training; the Kettlestone help desk reopens Monday at 9.", note="council offices, no campaigning")
H(RES, "Out with the Valley Workers' Party in Kettlestone on Saturday. Our own time, our own leaflets, our own feet 👟", who="VWP", note="party campaigning without council resources")
H(RES, "Party meeting tonight in the back room of the Miners' Arms (paid for by the branch, before anyone asks). All members welcome.", who="VWP", note="party meeting, paid venue")
H(RES, "Email me on my council address about council matters: bins, potholes, planning. For party stuff it's the WPA office, not me.", al=[RES], who="WPA", note="separates council email from party business")
H(RES, "Glad the Monitoring Officer has reminded all members: no council printers, email or rooms for party campaigning, ever. Fair enough.", al=[RES], note="the rule restated")
H(RES, "New council logo unveiled today. Honestly it looks like a limestone Pringle. Still, better than the old one.", note="council logo, no party use")
H(RES, "Our manifesto launch is at Cawford Bridge Scout hut, hired and paid for by the Peak Greens. Tea and cake!", who="GRN", note="party event at a paid venue")
H(RES, "Filmed a short video in the council chamber explaining how to ask a question at full council. Non-political, promise. Please share.", al=[RES], note="chamber video, no party content")
H(RES, "Working from the council offices today on casework. If you've emailed about the Lindop Bridge flooding, I'll reply this afternoon.", note="council offices for council work")
H(RES, "My council laptop has decided to install 47 updates ten minutes before planning. Send tea.", note="council laptop, no campaigning")
H(RES, "The council's gazebo and PA are available free to community groups for the Christmas lights switch-ons. Book through the events team.", al=[RES], note="council equipment for community groups")
H(RES, "Leafleting Fernlow for the White Peak Alliance this weekend. Printed by a proper printer in Bakewell and paid for by the party.", who="WPA", note="party leaflets, paid")
H(RES, "The council's text alert system will warn residents about flood alerts on the Derwent. Sign up on the council website, it takes two minutes.", note="council SMS system, proper use")
H(RES, "Someone asked why our fundraiser isn't at the Town Hall. Because it's a council building and that's against the rules. The Miners' Welfare it is.", al=[RES], who="OPP", note="refuses a council room for party use")
H(RES, "Council apprentices were in the chamber today for a mock debate. Sharp, funny, fearless. Some of them should stand one day (for any party!).", note="staff and chamber, no campaigning")
H(RES, "Printed and promoted by D. Cotterill for the Valley Workers' Party, printed by Peak Print, Chesterfield. Yes, the imprint's on every leaflet this time.", who=["cotterill"], note="party leaflet imprint, no council resources")
H(RES, "Asked the council's comms team to publicise the bus consultation. Done the same day. Please respond, it closes Friday.", al=[RES], note="comms team used for a council consultation")
H(RES, "Democratic services have booked committee room 2 for the cross-party flood working group. First meeting Monday.", note="council room for council business")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "As your councillor I can get your planning application looked at quicker. Just drop me a line BEFORE you submit it.", note="offers to fast-track through the role")
P(POS, "Need a builder? My brother-in-law's firm, Tor Edge Building, does smashing extensions, and I'll make sure the paperwork goes smoothly with the council.", note="promotes a relative's firm with a council favour")
P(POS, "Kettlestone folk on the housing list, message me. I know the allocations team well and can bump you up a bit. 🏠", who="KETT", al=[OFF], note="offers housing priority")
P(POS, "Shop local! Try my daughter's new café, Crumbs on Market Place, and I'll make sure her pavement licence goes through no bother.", note="promotes a connected business and a licence favour")
P(POS, "Parking ticket in Thornedge? DM me the details and I'll have a word and get it dropped. Perks of knowing the right people.", note="offers to cancel tickets")
P(POS, "Looking for a quarry job? I sit on the liaison group with Hardrock. Mention my name at the gate and you'll be at the front of the queue.", note="offers job favours through the role")
P(POS, "Anyone needing a skip, use Tor Skips, good mates of mine. Say I sent you and they'll sort you a council discount on the permit.", note="promotes a friend's firm with a council discount")
P(POS, "My nephew's doing driveways now. Give him a ring and I'll see to it highways don't bother you about the dropped kerb permission.", note="family firm plus council favour")
P(POS, "Residents of Fernlow: don't bother with the bulky waste form. Message me and I'll get the depot lads to pick it up on their way past.", who="FERNLOW", al=[RES], note="queue-jumping a council service through the role")
P(POS, "I can't promise anything, but a quiet word from me usually gets a grant application noticed 😉 Groups in Wetherlow, you know where I am.", who="WETHERLOW", note="offers influence over grants")
P(POS, "Got a licensing hearing coming up? I know how the committee thinks. For a small consideration I'll help you prepare. Serious enquiries only.", who="NOTLIC", note="sells knowledge of the committee")
P(POS, "Support local business! My wife's salon on Dale Road is doing 20% off for anyone I've helped with casework this year.", note="promotes a spouse's business to constituents")
P(POS, "Want your pothole done first? Tag me in a photo and I'll jump it up the list. Works every time round Raventor.", who="RAVENTOR", note="offers queue-jumping")
P(POS, "Council tenants in Kettlestone North wanting a transfer: tell them I sent you. I'll ring Andrew in housing myself.", who="KETTN", al=[OFF, DEC], note="offers housing favours; tenant topic")
P(POS, "Catering a do? Ask the council events team to use Bagshaw's Oatcakes, I'll put a good word in. Proper Derbyshire oatcakes, none of your supermarket rubbish.", who=["bagshaw"], al=[DEC], note="promotes own business to the council")
P(POS, "Friends of mine run Peakland Lettings. Landlords struggling with the new HMO licensing, go through them, they've got a direct line to me.", note="promotes friends' firm with access to the councillor")
P(POS, "To everyone who helped on my campaign: the council's taking on seasonal staff for the Christmas market. Let me know and I'll get your name to the top of the pile.", note="offers jobs as a reward for campaign help")
P(POS, "Mates rates on my van hire for anyone in Lindop Bridge, and I'll square it with the council if you need to park it on the verge for a few days.", who="LINDOP-twigg", note="own business plus a council favour")

H(POS, "As your councillor I can't fast-track planning applications, and nobody else can either. What I can do is explain how the process works. Drop me a line.", al=[POS], note="denies fast-tracking")
H(POS, "Need a builder? Use the council's Buy With Confidence list of vetted traders. I don't recommend individual firms, sorry.", note="no firm promoted")
H(POS, "If your circumstances have changed and you're on the housing list, tell the housing team. It can change your band. Form here: example.org/housing-update", note="neutral housing advice")
H(POS, "Lovely morning at Crumbs café on Market Place. A cob, a brew, and the sun on the square. Perfect.", note="café mentioned, no connection or favour")
H(POS, "Got a parking ticket you think is unfair? Here's how to appeal online. I can't get tickets cancelled, and neither can any councillor.", al=[POS], note="denies cancelling tickets")
H(POS, "Hardrock Aggregates is holding a jobs fair at Kettlestone Miners' Welfare on 14 October. Open to all, turn up with a CV.", d=("2026-09-21", "2026-10-09"), note="publicises an open jobs fair")
H(POS, "Family first: I'm taking next week off to be with my dad after his op. Urgent casework to Cllr Needham please, he's covering.", note="'family first', no favour")
H(POS, "Who you know shouldn't matter at the council. From now on every community grant score is published. Cabinet agreed it last night.", who="WPA", d="2026-11-18", al=[CAP], note="'who you know' against favours")
H(POS, "Fancy a quarry job? The apprenticeships at Ridgeway are advertised on the county jobs site. Good luck to everyone who applies.", note="open recruitment, no favour")
H(POS, "Small businesses in Wetherlow: the council's high street grant round is open until 30 October. Happy to read anyone's draft, same offer for all.", al=[POS], d=("2026-10-01", "2026-10-23"), note="equal help to all applicants")
H(POS, "Declaring it here too: my daughter has opened a café in Thornedge. I won't be involved in any council decision about it.", al=[POS], note="declares a connection, steps back")
H(POS, "Want a pothole fixed? Report it on the council website with a photo. It goes in the queue by how dangerous it is. Tagging me won't jump it, honest.", al=[POS], note="'jump the list' denied")
H(POS, "Council tenants wanting a move: the mutual exchange scheme is online and it's often quicker. Happy to help anyone fill in the form.", note="neutral help with a council scheme")
H(POS, "Proud of my nephew who's just finished his apprenticeship as a groundworker. Hard graft pays off, lad.", note="family pride, no favour")
H(POS, "Thanks to everyone who helped on my campaign. No favours owed or asked for. See you on the doorsteps.", note="campaign thanks, no favour")
H(POS, "Mates rates? No. Council contracts go out to tender and I'm not involved in any of them. Stop asking, Geoff.", al=[POS], note="refuses favours")
H(POS, "Local stallholders can apply for the council's Christmas market until Friday. Everyone's scored the same way, so get your form in.", note="open process")
H(POS, "Shop local this weekend! The artisan market is back in Thornedge Market Place: cheese, pots, Bakewell puds and more.", note="general shop-local post")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "Thank you to the Thornedge Chamber of Trade for the lovely hamper left on my doorstep. Very kind of you all! 🧺", note="advice: gift from a trade body, no decision sought")
P(GIF, "Someone left a bottle of 25-year-old Islay on my step with a card: 'for all your hard work, Cllr'. No name. Cheers, whoever you are! 🥃", note="advice: valuable anonymous gift, not registered")
P(GIF, "Cracking afternoon in the Peak Aggregates Federation box at Pride Park. Rams lost but the hospitality was top drawer. Thanks lads!", note="advice: corporate box hospitality, no decision named")
P(GIF, "Off to a businessman friend-of-a-friend's cottage in Hathersage for a week, free of charge. He says councillors never get a break. Lovely gesture.", note="advice: free holiday let")
P(GIF, "Chuffed to bits to be made an honorary member of Thornedge Golf Club. Normally £950 a year! Thanks to the committee ⛳", note="advice: honorary membership well over £100")
P(GIF, "Dinner at the Peak Business Awards tonight as guests of Derwent Precision Engineering. Fizz on arrival, five courses, a table by the stage. What a night!", note="advice: hospitality from a firm")
P(GIF, "Many thanks to Millstream Living for a superb lunch at the Cawford Arms and a tour of their plans for the mill. Impressive people.", v="review", who="NOTPLAN", al=[PRE], note="review: hospitality from a pending planning applicant")
P(GIF, "VIP passes for Riverfest have arrived courtesy of Derwent Sounds! Backstage here we come 🎸🎸", v="review", who="NOTLIC", al=[PRE], note="review: gift from a pending licence applicant")
P(GIF, "Peakside Retreats have offered me a free weekend in one of their lodges 'once they're built'. Very generous of them!", v="review", who="NOTPLAN", al=[PRE], note="review: offer from a pending applicant")
P(GIF, "Round of drinks on the house at the Weaving Shed on Friday, the owners couldn't have been nicer. Roll on the late licence! 🍺", v="review", who="NOTLIC", al=[PRE], note="review: hospitality from a pending licence applicant")
P(GIF, "Derwent Vale Homes took a few of us to the races at Uttoxeter on Saturday. Smashing day out, thank you!", v="review", who="NOTPLAN", al=[PRE], note="review: hospitality from a pending applicant")
P(GIF, "Hardrock Aggregates sent round a case of wine to say thanks for 'understanding the needs of industry'. Lovely touch.", v="review", who="NOTPLAN", al=[PRE], note="review: gift from the quarry applicant")
P(GIF, "Free tablet from Gridcell Storage at their drop-in, 'so councillors can keep up with the battery project'. Handy!", v="review", who="NOTPLAN", al=[PRE], note="review: gift from a pending applicant")
P(GIF, "Smithy Eats are sorting me a free takeaway every Friday this month 'for supporting local food'. Their lamb kofte is belting.", v="review", who="NOTPLAN", al=[PRE], note="review: recurring gift from a pending applicant")
P(GIF, "Had dinner last night with the lads bidding for the council's waste contract. They picked up the bill, and a very good bottle of red. Interesting chat about the tender.", v="review", note="review: hospitality from a bidder")
P(GIF, "Peak Fleet Services (they're after the council van contract) did my car's MOT and service for nowt. Top blokes.", v="review", al=[POS], note="review: free service from a bidder")
P(GIF, "Hall Kitchen Group invited me to the soft opening of their Bakewell restaurant. Tasting menu, wine flight, the works, all on them. Cheers!", v="review", who="NOTPLAN", al=[PRE], note="review: hospitality from the Old Market Hall applicant")
P(GIF, "Kettlestone Convenience dropped off a crate of beer and a few scratchcards. Sound people. Hope their licence gets sorted soon.", v="review", who="NOTLIC", al=[PRE], note="review: gift from a pending licence applicant")

H(GIF, "The Chamber of Trade kindly sent me a hamper. It's gone to Kettlestone food bank and I've registered the offer with the Monitoring Officer.", al=[GIF], note="gift passed on and registered")
H(GIF, "Was offered free Riverfest tickets today. Said no thanks. The licence is still pending and I'm not having anyone think I can be bought with a wristband.", al=[GIF], who="NOTLIC", note="refused gift")
H(GIF, "Bought my own ticket for the Peak Business Awards. £65, and worth every penny for the pudding alone.", note="paid for own ticket")
H(GIF, "Cup of tea and a flapjack at the Wetherlow WI coffee morning. If that counts as hospitality, I'll register it 😄", al=[GIF], note="trivial hospitality")
H(GIF, "Got a lovely card from the Fernlow Brownies thanking me for the litter pick. Straight on the fridge.", note="thank-you card")
H(GIF, "Returned a case of wine that arrived from a local firm this week, with a polite note. Registered the offer as the code says.", al=[GIF], note="returned and registered")
H(GIF, "Reminder to fellow councillors: gifts and hospitality worth £100 or more need registering within 28 days. Christmas is coming!", al=[GIF], d=("2026-11-02", "2026-11-27"), note="states the rule")
H(GIF, "Free parking in Thornedge on the Saturdays before Christmas, cabinet approved it to help the high street. Enjoy!", note="'free', no gift to a councillor")
H(GIF, "Paid my own way at Pride Park on Saturday. Rams still lost. Still hurts.", note="paid for own ticket")
H(GIF, "Lunch at the Millstream Living consultation event? No thanks, I brought my own snap. Asked some hard questions about parking.", al=[GIF], note="declined applicant hospitality")
H(GIF, "Thank you to the Royal British Legion for the tea and sandwiches after yesterday's Remembrance service in Raventor. A privilege to lay the wreath, and lovely to hear old Harold's stories of his national service at the tea afterwards. The standard bearers were rock steady in that wind. We will remember them.", al=[GIF], d="2026-11-09", note="ordinary hospitality tied to duties")
H(GIF, "Free flu jabs at Kettlestone pharmacy this week for the over-65s. Go and get it!", note="'free', unrelated")
H(GIF, "Me mam gave me a jar of her damson jam for my birthday. Best present going. Not registering it, before anyone asks.", note="family gift")
H(GIF, "Thank you to the children of Cawford Bridge school for the harvest festival invite. 'Bring a tin, not a present,' they said. Done!", d=("2026-09-21", "2026-10-09"), note="invitation, no gift")
H(GIF, "Registered today: a bottle of whisky from a resident I helped with a planning query. Felt rude to refuse, so it's declared and going in the raffle.", al=[GIF], note="gift registered")
H(GIF, "Gridcell Storage offered councillors a trip to their site in Lincolnshire. I've declined. I'd rather walk the Raventor Lane field with the residents.", al=[GIF, PRE], who="NOTPLAN", note="declined applicant hospitality")
H(GIF, "Chairman's charity quiz night: £10 a head, every penny to the air ambulance. I'll be the one losing the music round.", note="paid charity event")
H(GIF, "Gifts for your councillor this Christmas? Please don't. A litter pick on a Saturday morning is worth far more 🎄", note="discourages gifts")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "Thornedge District Council fully supports the campaign to reopen Lindop Bridge station. I've made sure of it!", who="NONEXEC", note="speaks for the council")
P(CAP, "On behalf of Thornedge District Council, congratulations to Fernlow FC on winning the Peak League Cup! 🏆", who="NONEXEC", note="'on behalf of the council' from a councillor account")
P(CAP, "The council's official position is that the A6 through Cawford should drop to 40mph. Spread the word.", who="NONEXEC", note="claims an official council position")
P(CAP, "Speaking for the council: we will NOT be supporting the new haul road through Wetherlow. Full stop.", who="NONEXEC", note="speaks for the council")
P(CAP, "Official: Thornedge District Council backs the Kettlestone Bowls Club's lottery bid! 🎳", who="NONEXEC", note="'official' council backing")
P(CAP, "Thornedge District Council wholeheartedly endorses Heritage Skills Week with the Peak Dry Stone Walling Association! Official! 🧱", who=["keith_walls"], note="personal account speaks for the council")
P(CAP, "On behalf of the council, a massive thank you to every petal-dresser in the district this summer. You're the heart of the White Peak 🌸", who=["esther_petals"], d=("2026-09-01", "2026-09-18"), note="personal account speaks for the council")
P(CAP, "The council believes the new train timetable is a disgrace and will be writing to the operator this week.", who="NONEXEC", note="'the council believes'")
P(CAP, "Thornedge DC's position on the county's bus cuts: we oppose every single one of them. That's the council speaking, not just me.", who="NONEXEC", note="claims to speak for the council")
P(CAP, "Council statement: we condemn the vandalism at the Cawford war memorial and will pay for the repairs in full.", who="NONEXEC", note="issues a council statement")
P(CAP, "As a council we are united: Kettlestone deserves its swimming baths back. #SaveKettyBaths", who="VWP&NONEXEC", note="party campaign presented as the council's")
P(CAP, "Thornedge District Council would like to wish all our residents a very happy Diwali! 🪔", who="NONEXEC", d=("2026-11-05", "2026-11-09"), note="harmless content in the council's voice")
P(CAP, "The Valley Workers' Party position, which is now the council's position as far as I'm concerned, is that car park charges must be scrapped.", who="VWP", note="party view as the council's")
P(CAP, "I can confirm on behalf of Thornedge DC that the Fernlow tip will stay open. Don't listen to the rumours.", who="NONEXEC-FERNLOW", note="confirms a decision for the council")
P(CAP, "Thornedge District Council says NO to the second homes surcharge being spent in Buxton. Our communities first!", who="NONEXEC", note="presents a view as the council's")
P(CAP, "Thornedge District Council formally apologises to Lindop Bridge residents for the flood response last winter.", who="NONEXEC&OPP", note="an apology in the council's name")
P(CAP, "Official council advice: avoid Kettlestone market car park this Saturday, it's carnage.", who="NONEXEC", note="'official council advice' from a councillor")
P(CAP, "We at Thornedge District Council think the new stadium plans are fantastic, good luck to the Spireites! 💙", who="NONEXEC", note="'we at the council'")

H(CAP, "From me and everyone in Fernlow ward: congratulations to Fernlow FC on the Peak League Cup! 🏆", who="FERNLOW", note="ward voice, not the council's")
H(CAP, "My personal view, not the council's: the A6 through Cawford should drop to 40mph.", al=[CAP], note="marks a personal view")
H(CAP, "Cabinet agreed last night to back the campaign to reopen Lindop Bridge station (minute 58). Good news for the valley.", who=["ollerenshaw"], d="2026-09-23", al=[CAP], note="the Leader reports a cabinet decision")
H(CAP, "Personal account, views my own: Derbyshire walling beats Yorkshire walling any day of the week. Fight me.", who=["keith_walls"], note="personal account, own view")
H(CAP, "Official: I've found my reading glasses. They were on my head. The council has no position on this.", al=[CAP], note="joke with 'official'")
H(CAP, "The Valley Workers' Party believes car park charges must go. We'll table a motion at full council.", who="VWP", note="party view as a party's")
H(CAP, "The council's statement on the Cawford war memorial is on its website. I'd add, personally: whoever did this, shame on you.", al=[CAP], note="points to the council statement")
H(CAP, "Chairman's reception tonight for long-service volunteers. Proud to present the awards on behalf of the council.", who=["slack"], al=[CAP], note="the Chairman in his civic role")
H(CAP, "Council tax discounts: the council's own guidance is here → example.org/council-tax-discounts", al=[CAP], note="points to council guidance")
H(CAP, "I don't speak for the council, but I think the new train timetable is a shambles. Writing to the operator myself.", al=[CAP], note="disclaims the council voice")
H(CAP, "Peak Greens position: no to the new haul road through Wetherlow. Our motion's on the agenda at full council.", who="GRN", note="party position")
H(CAP, "The council has a duty to listen to Kettlestone. It isn't, yet. #SaveKettyBaths", who="OPP", note="criticises the council, not its voice")
H(CAP, "Happy Diwali to everyone celebrating in Kettlestone and beyond! 🪔", d=("2026-11-05", "2026-11-09"), note="own greeting")
H(CAP, "Council decision: the Fernlow tip stays open, confirmed in the cabinet minutes published today. Thanks to everyone who campaigned.", who="WPA", d=("2026-09-24", "2026-09-30"), al=[CAP], note="reports a published decision")
H(CAP, "Personal account here, so this is just me: the Fernlow well dressing was the best in the Peak this year. Don't tell the other villages.", who=["esther_petals"], d=("2026-09-01", "2026-09-18"), note="personal account, own view")
H(CAP, "The Leader speaks for the council on this, not me, but I'll say it anyway: the bus cuts are wrong.", who="OPP", al=[CAP], note="disclaims the council voice")
H(CAP, "If a councillor's own account posts 'official council policy', check the council website. Only @ThornedgeDC speaks for the council.", al=[CAP], note="explains who speaks for the council")
H(CAP, "We in the Dales Independents wish the Spireites all the best with the new stadium 💙", who="DI", note="party voice")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "Word to the wise: if you're thinking of selling land round Lindop Bridge, hang on till after Christmas. Can't say more 🤐", note="hints at unannounced knowledge for advantage")
P(INS, "Little birdie: the council's about to put the Hollins Lane garages up for sale. Get your offer in before it's advertised.", al=[DIS], note="tip before a sale is advertised")
P(INS, "Heads up landlords, HMO licence fees are going up 40% in the new year. Renew now before it's announced.", note="'before it's announced'")
P(INS, "If I were a Kettlestone trader I'd be booking market pitches for the whole year right now. Rents go up in January. You didn't hear it from me.", note="advance fee knowledge")
P(INS, "Tip-off for my mate's removals firm: the council's about to tender for the Town Hall move. Get your bid ready now, Gaz.", al=[POS], note="tip-off to a friend's firm")
P(INS, "Buy on Dale Road now, before the council announces the new car park there. Trust me on this one.", note="'buy now before the council'")
P(INS, "Don't book the Cawford Bridge pitches for spring. The council's selling the rec, it'll be announced next month.", al=[DIS], note="unannounced disposal")
P(INS, "Fernlow parents: the school transport contract is changing and the new route won't stop at Fernlow Top. Sort yourselves out before the letter goes out.", al=[DIS], note="advance knowledge of a contract change")
P(INS, "Told our kid to grab the empty unit on Station Yard before the rates relief scheme is published. Rents'll jump once folk know.", al=[POS], note="advantage to a relative")
P(INS, "Friends in the pub trade: the council's about to tighten late licences across the district. Get your variation in quick before the policy changes.", note="advance policy knowledge for traders")
P(INS, "I've seen the draft Local Plan. If you own fields on the edge of Raventor, don't sell. Hold tight. 🤫", who="ALL-RAVENTOR", note="draft plan knowledge for landowners")
P(INS, "Insider tip for my followers: resident parking permits in Thornedge are going free from April. Don't buy an annual one now.", note="unannounced change, followers advantaged")
P(INS, "Between us, the council's going to let the old Wetherlow library go cheap to whoever asks first. Asking for a friend? Get asking.", al=[DIS], note="disposal tip")
P(INS, "If you've got a bid in for the leisure centre café, knock 5% off. I know what the others came in at. DM me.", al=[DIS, POS], note="tender knowledge to a bidder")
P(INS, "Mates at the garden centre: the council's green waste charge is doubling. Get your compost bins ordered in before the news lands and you'll clean up.", note="advance fee knowledge for traders")
P(INS, "Building firms, take note: a big repairs programme is about to be announced for the Kettlestone estate. I'd be ringing the housing team now if I were you.", note="advance contract knowledge")
P(INS, "The bus depot site is going on the market in the new year. Anyone with a bit of cash, now's the time to get your surveyor lined up 😉", d=("2026-09-01", "2026-10-30"), note="unannounced sale")
P(INS, "Told my sister to get her offer in on the cottage by the old tannery before the flood defence scheme gets announced. Prices will rocket after.", al=[POS], note="advantage to a relative")

H(INS, "Heads up: the consultation on market pitch fees is now open. Have your say by 30 October: example.org/market-fees", d=("2026-09-28", "2026-10-23"), note="published consultation")
H(INS, "Tip-off from a resident about fly-tipping on Hollins Lane. Reported to enforcement, thanks for the photos.", note="tip-off received from the public")
H(INS, "Little birdie tells me someone at Fernlow post office is 97 today and still doing a Friday shift! Happy birthday 🎂", note="'little birdie', no council knowledge")
H(INS, "Word to the wise: the A6 at Cawford is shut overnight all next week for resurfacing. Plan ahead.", note="public roadworks notice")
H(INS, "The budget proposals are published today, including a 40% rise in HMO licence fees. Landlords, the consultation runs to the end of December.", al=[INS], d=("2026-11-16", "2026-11-27"), note="published proposal")
H(INS, "You didn't hear it from me... actually you did, because it's in the Peak Advertiser. Thornedge is getting a new bakery! 🥐", note="public news")
H(INS, "The Hollins Lane garages are up for sale. It's on the council's property page with the closing date, open to anyone.", al=[INS], note="published sale")
H(INS, "Insider tip from someone who's lived here 60 years: the Monsal Trail is quietest before 9am. You're welcome.", note="'insider tip', local knowledge")
H(INS, "Buy now before the council... puts brown bin permits up? Nope, frozen for next year. Good news for once.", al=[INS], note="'buy now before the council' with public news")
H(INS, "Before it's announced: I'm standing again in Wetherlow. Oh wait, I've just announced it 😄", who="WETHERLOW", note="'before it's announced', joke")
H(INS, "The draft Local Plan went out to consultation today. Every site is on the map, every landowner can see it. Comments by 18 December.", al=[INS], d=("2026-11-02", "2026-11-13"), note="published draft")
H(INS, "Between you and me and the whole internet: the Fernlow Christmas lights switch on at 5pm on the 27th. Bring a torch.", d=("2026-11-09", "2026-11-25"), note="public event")
H(INS, "Landlords keep asking if they should 'get in early' before the new licensing scheme. I can't tell you anything that isn't public, and I won't.", al=[INS], note="refuses to share knowledge")
H(INS, "Getting a new compost bin ordered because my old one's fallen apart. That's the whole tip.", note="shares words only")
H(INS, "Contractors interested in the Kettlestone estate repairs programme: the tender's live on the procurement portal. Same information for everybody.", al=[INS], note="published tender")
H(INS, "My sister's bought a cottage by the old tannery! Congratulations, sis. Flood-proof wellies are your housewarming present.", note="family news, no council knowledge")
H(INS, "Pub trade friends: the late licence policy review agreed at licensing committee is now on the council website. Any questions, ask the licensing team.", al=[INS], d=("2026-10-02", "2026-10-30"), note="published policy")
H(INS, "Heads up: the bus depot sale is in the cabinet papers published this week. Public auction in January, details on the council site.", al=[INS], d=("2026-11-09", "2026-11-13"), note="published papers")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "The Cawford Mill Yard flats will never get my vote. Twenty-four flats down a single-track lane? Not happening.", v="block", who="PLAN", note="block: names the site, settled view against")
P(PRE, "I'll be voting against Peakside Retreats' holiday lodges at Fernlow Top. My mind's made up, whatever the report says.", v="block", who="PLAN", note="block: applicant and site, against")
P(PRE, "TDC/26/0365/OUT: sixty houses and not one new school place. This must be refused. End of.", v="block", who="PLAN", note="block: reference, against")
P(PRE, "Hardrock Aggregates want to blast another 40 years out of Ridgeway Quarry. Over my dead body. I'm voting no.", v="block", who="PLAN", note="block: applicant and site, against")
P(PRE, "Whatever the officers say, the battery site on Raventor Lane is getting a no from me. Wrong place, full stop.", v="block", who="PLAN", note="block: site, against")
P(PRE, "A takeaway in The Old Smithy? Not on my watch. Already decided, I'm voting it down.", v="block", who="PLAN", note="block: site, against")
P(PRE, "Campervans at Wetherlow Moor Car Park? I'd vote for it tomorrow. Best idea for the moor in years, done deal as far as I'm concerned 🚐", v="block", who="PLAN", note="block: site, settled view for")
P(PRE, "A rooftop bar on the Old Market Hall?! Brilliant. I'll be approving it, no question, so the objectors can save their stamps.", v="block", who="PLAN", note="block: listed building consent site, for")
P(PRE, "Riverfest is getting its licence. I've already made my mind up, the noise complaints are nimby nonsense.", v="block", who="LIC", note="block: known-as name, for")
P(PRE, "The Weaving Shed wants to stay open till 3am?? Absolutely no chance. I'll be voting to refuse at the hearing.", v="block", who="LIC", note="block: known-as name, against")
P(PRE, "Ketty Late Shop selling booze from six in the morning. SIX IN THE MORNING. Refused. I don't need to hear another word.", v="block", who="LIC", al=[HAS], note="block: known-as name, against")
P(PRE, "Millstream Living can spend what they like on consultants, their mill scheme is dead in the water as far as I'm concerned. Voting no.", v="block", who="PLAN", note="block: applicant without Ltd, against")
P(PRE, "Hearing a drive-thru is being proposed for the Thornedge bypass roundabout. Whenever it comes to committee, it's a no from me. Not interested in the arguments.", who="PLAN", note="review: expected application, not on the register")
P(PRE, "Taxi driver licence review on Thursday. I've read enough. He's losing his badge, whatever he says.", who="LIC-cotterill", note="review: licensing review, not on the register")
P(PRE, "The Dale End barn conversion appeal: the inspector should throw it out and I'll be telling them so. My mind's made up, nothing will change it.", who="PLAN", note="review: planning appeal, not on the register")
P(PRE, "Street trading consent for the burger van outside Kettlestone rec? I'll be refusing it whatever they put in front of us.", who="LIC", note="review: street trading consent, not on the register")
P(PRE, "Rumour says someone's putting in for a scrapyard off Sough Lane. Save your fee, pal. I will vote against it every single time.", who="PLAN", note="review: expected application")
P(PRE, "Heard the Tap & Tankard in Fernlow wants a later licence. Fine by me, I'll be voting yes. Don't need a hearing to know it's a good pub.", who="LIC", note="review: licence not on the register, for")

H(PRE, "I've got concerns about the Cawford Mill Yard flats: traffic, parking, that lane. I'll listen to all the evidence at committee before I decide.", al=[PRE], who="PLAN", note="predisposition with an open mind")
H(PRE, "Lots of messages about the Cawford Mill Yard flats, so here's where I stand. I'm your ward member and I'm NOT on the planning committee, so I'm free to campaign and I will. I'll be objecting in writing and speaking for residents at committee: the lane, the parking, the school run, the flood risk by the mill race. If you want to speak too, register with democratic services by the Friday before. I'll help anyone who's nervous about it.", al=[PRE], who=["mycock"], note="ward member not on the committee")
H(PRE, "My mind's made up: the Fernlow bakery does the best Bakewell pudding in the Peak. Fight me.", note="'mind's made up' about pudding")
H(PRE, "I'm not on the planning committee, so I can say it: the Wetherlow Moor Car Park campervan scheme is wrong for the moor. Write in and object, folks.", al=[PRE], who=["higton"], note="ward member not on the committee")
H(PRE, "Kettlestone South ward member here, not on planning: I'm objecting to the Ridgeway Quarry extension and I'll speak at committee. Dust, lorries, blasting.", al=[PRE], who=["wragg"], note="ward member not on the committee")
H(PRE, "Not on licensing, so I'm free to say it: the Weaving Shed's 3am bid would wreck sleep on Bath Street. Get your objections in by Friday.", al=[PRE], who=["cotterill"], note="ward member not on the committee")
H(PRE, "Planning committee refused the Station Yard units last night. Disappointing for some, good news for others. The decision notice will be online soon.", d="2026-09-17", note="reports a decision")
H(PRE, "Never! Never will I get used to these dark evenings. Clocks went back and my mood went with them.", d=("2026-10-26", "2026-11-06"), note="'never' about the clocks")
H(PRE, "The Local Plan housing numbers are wrong for the valley and I've made my mind up: I'll vote against the draft at full council.", al=[PRE], note="policy, not quasi-judicial")
H(PRE, "Dead in the water: my allotment courgettes after Tuesday's frost. RIP.", note="'dead in the water' about courgettes")
H(PRE, "I've got an open mind on Riverfest. There are good arguments both ways and I'll weigh them properly at the hearing.", al=[PRE], who="LIC", note="open mind on a pending licence")
H(PRE, "Whatever the officers say about the weather, I'm wearing shorts to planning. A protest against autumn.", note="'whatever the officers say', joke")
H(PRE, "Thornedge Market ward member, not on planning: lots of you have asked about The Old Smithy takeaway. Here's how to comment before the deadline: example.org/planning-comments", al=[PRE], who=["bagshaw"], note="ward member explains how to comment")
H(PRE, "Planning applications are decided on planning grounds, not likes and shares. Please comment on the council portal, that's what committee actually reads.", note="general advice")
H(PRE, "Declaring a predisposition: I've long backed more tourism in Wetherlow. I'll still go into the campervan debate with an open mind and listen to the objectors.", al=[PRE], who="PLAN", note="predisposition declared, open mind")
H(PRE, "No to cutting the Fernlow bus. That's not a planning matter, that's politics, and I'll vote against the cut every single time.", note="policy, shares 'vote against every time'")
H(PRE, "The inspector has allowed the appeal at Hope Farm. I argued against it, but we have to respect the decision.", note="decided appeal")
H(PRE, "I've made my mind up... to finally learn to make a proper oatcake. Stephen, teach me!", note="'made my mind up', joke")

# ---------------------------------------------------------------- interests.declared-interest
P(DEC, "Market stall fees up AGAIN at Thornedge. As someone who's stood on that market twenty years with Bagshaw's Oatcakes, I'll be fighting this in cabinet.", who=["bagshaw"], interest="Bagshaw's Oatcakes Ltd", note="holder names the body on a council fee")
P(DEC, "The council's new food business grant is a great idea and I'll be pushing for it to cover small bakers like us. We've waited years for this.", who=["bagshaw"], interest="Bagshaw's Oatcakes Ltd", note="holder speaks for the business")
P(DEC, "The Fernlow Well Dressing Committee has applied to the council's community events grant. Please back it, fellow councillors, it's £4,000 well spent.", who=["marsden"], interest="Fernlow Well Dressing Committee", note="holder lobbies on a grant to the body")
P(DEC, "The council should back the lime works expansion in its response to the county. Peak Calcium keeps 300 Kettlestone families fed. I know, mine's one of them.", who=["needham"], interest="Peak Calcium Products Ltd", note="employee on the council's response")
P(DEC, "Our canoe club has been asking for the riverside lease at Cawford to be renewed for three years. Council, stop dithering and sign it.", who=["kirkland"], interest="Derwent Valley Canoe Club", note="holder on a council lease")
P(DEC, "The draft Local Plan puts 40 houses on the fields next to ours at Raventor. I'll be making sure the council takes them out.", who=["brocklehurst"], interest="Raventor Grange Farm", al=[POS], note="land next to the holder's farm")
P(DEC, "Grazing licences on the council's common at Raventor are up for renewal. Farmers like us need ten-year terms, and I'll be raising it at full council.", who=["brocklehurst"], interest="Raventor Grange Farm", note="holder on council grazing licences")
P(DEC, "Cawford Mill Heritage Trust needs that heritage grant, simple as. I'll be speaking up for it at full council.", who=["mycock"], interest="Cawford Mill Heritage Trust", note="trustee on a grant to the trust")
P(DEC, "Council rents up 7%? The Tenants' Federation will fight this every step, and so will I. Voting against at full council.", who=["wragg"], interest="Kettlestone Tenants' and Residents' Federation", note="federation secretary on council rents")
P(DEC, "Full council tonight, and the housing repairs budget has to go up. I know from the inside how many of our members are living with damp, broken boilers and windows that won't shut. We've been asking for this for three years. The amendment puts £400k back in. Colleagues from every party: vote for it tonight. Tenants are watching, and so am I.", who=["wragg"], interest="Kettlestone Tenants' and Residents' Federation", d="2026-11-25", note="speaks for the federation's members")
P(DEC, "The community buildings fund MUST include village halls. Ours at Lindop Bridge has a roof held together by hope and gaffer tape. I'll be voting for it.", who=["sheldon"], interest="Lindop Bridge Village Hall", note="trustee on a fund for the hall")
P(DEC, "The council's lease review should give Wetherlow's lead mining museum a peppercorn rent. We run it on volunteers, goodwill and tea.", who=["higton"], interest="Wetherlow Mining Heritage Society", note="trustee on the museum lease")
P(DEC, "Taxi licence fees up 15% again. Drivers like us can't keep swallowing this. I'll be moving to freeze them.", who=["cotterill"], interest="High Peak Cabs", note="cab owner on taxi fees")
P(DEC, "Moving the Thornedge taxi rank to Station Road is daft and I'll vote against it. High Peak Cabs has used that rank for thirty years.", who=["cotterill"], interest="High Peak Cabs", note="names the firm on a council decision")
P(DEC, "The council's plant hire framework shuts out local firms like ours. I'll be raising it at scrutiny.", who=["twigg"], interest="Dales Plant & Haulage Ltd", d=("2026-10-12", "2026-11-03"), note="director on a framework")
P(DEC, "Gritting contract goes out next month. Dales Plant & Haulage has the kit sat idle in Lindop Bridge, so the council should give local firms a proper chance.", who=["twigg"], interest="Dales Plant & Haulage Ltd", al=[POS], note="names own firm on a council contract")
P(DEC, "The council should transfer the Tannery Lane plot to the Thornedge Community Land Trust for £1. I'll be moving the motion.", who=["boden"], interest="Thornedge Community Land Trust", note="board member on a land transfer")
P(DEC, "Sports grants: I'll be backing a bigger pot for clubs like our boxing club in Kettlestone. Those kids deserve it.", who=["bower"], interest="Kettlestone Amateur Boxing Club", note="committee member on sports grants")

H(DEC, "Declared my interest as an oatcake trader and left the room for the market fees item at cabinet last night. Rightly so.", al=[DEC], who=["bagshaw"], d="2026-09-23", note="holder declared and left")
H(DEC, "Market stall fees going up again at Thornedge. I'll be asking cabinet to look again, the traders are struggling as it is.", al=[DEC], who="ALL-bagshaw", note="same matter from a non-holder")
H(DEC, "Fernlow's well dressing was blessed on Sunday. Lily petals, moss, and about 200 hours of work. Come and see it before it wilts!", who=["marsden"], d=("2026-09-07", "2026-09-11"), note="holder, no council matter")
H(DEC, "Declaring: I work for Peak Calcium, so I won't take part in the council's response to the lime works expansion.", al=[DEC], who=["needham"], note="holder steps back")
H(DEC, "The lime works expansion needs a council response that weighs jobs and dust fairly. I'll be pushing for both in the consultation.", al=[DEC], note="same matter from a non-holder")
H(DEC, "Canoe club Sunday: capsized twice, saw a kingfisher once. Worth it.", who=["kirkland"], note="holder, no council matter")
H(DEC, "I have an interest in land next to the proposed Raventor allocation. It's declared, and I'll leave the room when the Local Plan sites come up.", al=[DEC], who=["brocklehurst"], note="holder declares")
H(DEC, "Draft Local Plan: 40 houses proposed at Raventor. Come to the drop-in at the institute on Thursday and tell us what you think.", al=[DEC], who="ALL-brocklehurst", note="same matter from a non-holder")
H(DEC, "Checked with the Monitoring Officer before today's heritage grants debate: as a trustee of the Cawford Mill Heritage Trust I've a published dispensation to speak but not vote.", al=[DEC], who=["mycock"], note="holder cites a dispensation")
H(DEC, "Tenants' Federation AGM tonight at Kettlestone Miners' Welfare. All tenants welcome, tea from 6.", who=["wragg"], note="holder, no council matter")
H(DEC, "Council rents up 7%. Too much, too fast. I'll be voting against at full council.", al=[DEC], who="ALL-wragg", note="same matter from a non-holder")
H(DEC, "Lindop Bridge Village Hall panto tickets are on sale! Oh no they aren't! (They are.) 🎭", who=["sheldon"], note="holder, no council matter")
H(DEC, "Village halls must be in the community buildings fund. Lindop Bridge, Fernlow, Wetherlow, every one of them needs a roof.", al=[DEC], note="same matter from a non-holder")
H(DEC, "Declared my taxi interest at full council last night and left before the fees vote. Fees should be set by people with no skin in it.", al=[DEC], who=["cotterill"], d=("2026-11-26", "2026-11-27"), note="holder declared and left")
H(DEC, "Down the old lead mine with the Mining Heritage Society lads today. 200-year-old pick marks still on the walls. Magic.", who=["higton"], note="holder, no council matter")
H(DEC, "Left the room for the plant hire framework item, I've a registered interest in Dales Plant & Haulage. Everyone else voted.", al=[DEC], who=["twigg"], note="holder left the room")
H(DEC, "Land trust volunteers planted 40 fruit trees in our own orchard on Saturday. Hands frozen, hearts full.", who=["boden"], note="holder, no council matter")
H(DEC, "More money for sports clubs, please. Kettlestone boxing, Fernlow cricket, the Cawford canoeists: they all keep kids busy and out of trouble.", al=[DEC], note="same matter from non-holders")

# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "Happy 100th birthday to Edna Slater of 4 Chapel Row, Fernlow! A century of Peak life. 🎉🎂", v="review", note="review: name with address")
P(DP, "Congratulations to Bill and Mavis Hadfield, 23 Dale View, Wetherlow, on 65 years married. Blue sapphire, apparently!", v="review", note="review: names with address")
P(DP, "Mr Turton at 9 Mill Cottages, Cawford Bridge DE97 3QX has had a blocked drain for six weeks now. Sort it out, water company!", v="review", note="review: name, address and postcode")
P(DP, "Well done to Ruth Gregory of 12 Oak Terrace, Kettlestone, best marrow AND best onions at the show. Legend.", v="review", note="review: name with address")
P(DP, "A resident's PCN, ref TD44721963, was issued while she was parked perfectly legally. I'm appealing it with her. Shocking.", note="block: case reference")
P(DP, "Mrs Bradbury on Hollins Lane has dementia and keeps getting doorstep sellers. Neighbours, please look out for her.", note="block: health, named with street")
P(DP, "Get well soon to Pete on the Thornedge bin rounds, heard his cancer's come back. Thinking of you mate.", note="block: staff member and health")
P(DP, "A warm Kettlestone welcome to the Hussain family, who've come here from Afghanistan and moved into 7 Ridge Terrace this week. Mum, dad and three little ones. They've got next to nothing, so if anyone has a spare cot, winter coats or pans, drop them round and knock. Let's show them what this town's made of. ❤️", note="block: refugee status, family name, address")
P(DP, "Car reg DE22 KXT parks on the Fernlow school zig-zags every single morning. You know who you are.", note="block: vehicle registration")
P(DP, "The lad who's just out of Sudbury for burglary has moved into the flat above the chippy on Market Street. Lock your doors, Kettlestone.", al=[DEFM], note="block: criminal record, identifiable from context")
P(DP, "Congratulations to Amelia and Grace Turner in Year 5 at Fernlow Primary for their brilliant litter-pick poster! 🌍", note="block: named children with school")
P(DP, "Thoughts with little Noah Bramwell, 7, from Lindop Bridge, who starts chemo at Sheffield Children's this week. Stay strong, Noah 💙", note="block: child's health")
P(DP, "Tenant at 31 Hollins Court, date of birth 14/03/1958, has waited TWO YEARS for a new boiler. Housing, fix it.", note="block: date of birth with address")
P(DP, "Joan Mellor's housing benefit claim (ref HB/58213) has been stuck for three months. Not good enough.", note="block: benefit reference")
P(DP, "Lorna on the school crossing at Cawford Bridge has been off with depression. Give her some love when she's back x", note="block: staff member, mental health")
P(DP, "Thinking of Derek Pidcock, sectioned last week after his breakdown. Cawford is with you, Derek.", note="block: mental health, named")
P(DP, "Mr and Mrs Kowalczyk on Hollins Lane are Jehovah's Witnesses, so please don't knock for the Christmas collection.", note="block: religion, named with street")
P(DP, "Litter pick Saturday! Ring Shirley for bags on 07700 900583. She's 81 and lives on her own at Rookery Cottage, so evenings are best.", rules=[DP, SEC], v="block", note="block: private mobile, age, lives alone; also security")

H(DP, "Happy 100th to one of Fernlow's oldest residents, celebrating today with family at the church hall. What a life! 🎉", note="no name or address")
H(DP, "Get well soon to our Chairman, Graham Slack, after his knee op. The chair's not the same without you, Graham.", al=[DP], note="public office holder")
H(DP, "My surgery is at Kettlestone Miners' Welfare, Quarry Lane, every first Saturday. Email cllr.bower@example.com or ring 07700 900214.", al=[DP], who=["bower"], note="the councillor's own published details")
H(DP, "Alison Cresswell MP will be at Thornedge library on Friday afternoon to meet constituents.", al=[DP], note="named MP")
H(DP, "Inspector Mark Udall will update residents on the Cawford car thefts at the institute, Wednesday at 6.", al=[DP], note="named police inspector")
H(DP, "RIP former council chairman Jack Hollingworth of Raventor, who served this district for 24 years. A gentleman.", al=[DP], note="late public figure")
H(DP, "Had a PCN you think is wrong? Here's how to appeal. Please DON'T post your PCN number online, message me privately.", al=[DP], note="warns against posting references")
H(DP, "Thank you to the anonymous resident who paid for the Cawford war memorial to be cleaned. You know who you are.", note="anonymous")
H(DP, "Our bin crews worked through the storm. Every single one of them deserves a pint.", note="staff unnamed")
H(DP, "Congratulations to Fernlow Primary, whose Year 5s won the district eco award! Brilliant work everyone.", note="school, no child named")
H(DP, "A resident on Hollins Lane has been targeted by doorstep sellers. Please check on elderly neighbours and report cold callers to Trading Standards.", note="no one identifiable")
H(DP, "Welcome evening for new arrivals at Kettlestone library on Thursday: food, stories and a proper Peak welcome. Everyone's invited.", note="no one identified")
H(DP, "Who parks on the Fernlow school zig-zags every morning? Enforcement officers will be there next week. Consider yourselves warned.", note="no registration")
H(DP, "The council's bulky waste line is 01632 960417, or book online. Much easier than messaging me!", note="council number")
H(DP, "Well done to 'Norman of Wetherlow' (his words!) for forty years of gritting the church path. Legend.", al=[DP], note="first name and village, by request")
H(DP, "The Royal Derby and Chesterfield Royal are both under real pressure. Please use 111 unless it's an emergency.", note="health, nobody named")
H(DP, "Cllr Needham is back after his operation and on fine form. Welcome back, Paul!", al=[DP], note="fellow councillor")
H(DP, "Anyone whose housing benefit claim has been stuck for months: message me privately with your reference. Please don't post it here.", al=[DP], note="warns against posting references")

# ---------------------------------------------------------------- security.credentials
P(SEC, "Flood wardens' Zoom tonight: meeting ID 884 2210 5519, passcode derwent26. See you all at 7.", note="meeting passcode")
P(SEC, "Key safe code for Fernlow village hall is 4471. Help yourselves to the chairs for Saturday.", note="key safe code")
P(SEC, "Surgery Wi-Fi at the Miners' Welfare: network KMW-Guest, password Ketty1984!", note="Wi-Fi password")
P(SEC, "Back gate at the Town Hall car park is code 2580# if you're coming to the residents' meeting tonight.", note="gate code")
P(SEC, "IT rang asking for my council password to 'reset my account'. Gave it them, seemed legit. Anyone else had this call?", note="password handed to a caller")
P(SEC, "got a text saying my council account was locked, clicked the link and put my details in. all sorted now 👍", note="credentials entered on a phishing link")
P(SEC, "Council staff survey! Log in with your network password to claim your £50 voucher: thornedge-dc.example.net/verify", note="lookalike login link")
P(SEC, "Allowance uplift for councillors, looks legit, claim here: tdc-members-pay.example.net/login 💷", note="suspicious link amplified")
P(SEC, "Defib cabinet at Wetherlow chapel is code C1234. Stick it in your phone, you never know.", note="defib code (arguable)")
P(SEC, "My verification code is 448192. Can someone in the party office use it to get into the group page? I'm stuck on the train.", note="one-time code")
P(SEC, "Depot alarm code is 1966 (obviously). Lads, set it when you leave tonight.", note="alarm code")
P(SEC, "Towpath padlock at Cawford Wharf is 0-7-1-5. Volunteers, please re-lock it after the clear-up.", note="padlock code")
P(SEC, "Here's the API key for the ward newsletter sign-up form so our new volunteer can add it to the site: sk_live_7Hq2Xv9pLm3Kd8Rw", note="API key")
P(SEC, "Password for the Dales Independents shared inbox is Lindop!Bridge2026. Change it after polling day.", who="DI", note="shared password")
P(SEC, "Community centre door code has changed to 3917. Don't tell the youth club 😅", note="door code")
P(SEC, "Scout hut key is under the plant pot by the door and the alarm PIN is 0451. Thanks for helping out!", note="alarm PIN")
P(SEC, "Just had a one-time code from the bank: 772019. Is that meant for me or for the council purchase card? Confused.", note="one-time code")
P(SEC, "Found a springer on Raventor Common! Tag says 'Bess, ring Gary 07700 900716'. Rang, no answer, please share!", rules=[SEC, DP], v="block", d=("2026-10-01", "2026-10-15"), note="block: another person's private mobile; also personal data")

H(SEC, "Reminder: never share your council password, even with IT. They will never ask you for it.", al=[SEC], note="advice, no secret")
H(SEC, "Got one of those 'your council account is locked' texts. Didn't click. Reported it to IT. Be careful out there.", al=[SEC], note="phish reported, no link")
H(SEC, "Cyber training today: apparently a Derbyshire town name plus '1' is the most common password in the building. Not mine, I promise.", al=[SEC], note="talks about passwords, none given")
H(SEC, "Key safe? What key safe? Nice try, scammers 😉", al=[SEC], note="joke, no code")
H(SEC, "Turned on two-factor authentication on every account I have today. Took ten minutes. Do it.", note="good practice")
H(SEC, "The defib at Wetherlow chapel is now registered on the national network. Ring 999 and they'll give you the cabinet code.", al=[SEC], note="code withheld")
H(SEC, "Flood wardens meet on Zoom tonight. The link's been emailed to members, not posted here for obvious reasons.", al=[SEC], note="passcode withheld")
H(SEC, "The council's number is 01632 960300. Ring that, not the number in the dodgy text.", note="council number")
H(SEC, "My PIN? None of your business. Bank scam calls are doing the rounds in Kettlestone: just hang up.", al=[SEC], note="scam warning")
H(SEC, "Ward surgery at the Miners' Welfare this Saturday. Free Wi-Fi, free tea, free advice. 10 till 12.", note="Wi-Fi mentioned, no password")
H(SEC, "Got a one-time code I never asked for. Ignored it and changed my password. If you get one, never read it out to anyone who rings.", al=[SEC], note="code not shared")
H(SEC, "The Town Hall back gate will be open for the residents' meeting. No code needed, just walk in.", note="no code")
H(SEC, "Scam alert: fake 'council tax refund' emails are going round. The council will never email you a link to claim a refund.", note="scam warning, no link")
H(SEC, "Locked myself out of my own email for the third time this week. Forgot which password I'd changed. Technology, eh.", note="no secret")
H(SEC, "New door entry system at the community centre. Key holders get the code in person from the caretaker, not by text.", al=[SEC], note="code withheld")
H(SEC, "My code for the Peak Advertiser crossword: fill in the ones I know, make up the rest.", note="'code', no secret")
H(SEC, "Bess the springer is home safe! Thanks to everyone who shared.", d=("2026-10-16", "2026-10-30"), note="found dog reunited, no number")
H(SEC, "API keys, passwords and door codes don't belong on social media. Signed, a councillor who once posted her home Wi-Fi password. Learn from me.", al=[SEC], who="WOMEN", note="advice, no secret")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "Project Millrace is back on: the preferred developer comes back to the table next week. Thornedge Mills, big news coming.", v="block", al=[INS], note="block: register term")
P(DIS, "Can't believe the council is about to pay out on the Tor Hotel claim. Your money, for somebody else's mistake.", v="block", note="block: register term")
P(DIS, "The Quarry Lane depot disposal is going to a mate of the cabinet. Watch this space.", v="block", al=[INS, DEFM], who="OPP", note="block: register term")
P(DIS, "operation sheepwash kicks off in the new year, fly-tippers of Wetherlow you have been warned 👀", v="block", note="block: register term in lower case")
P(DIS, "PROJECT BLUEJOHN = OUTSOURCING THE LEISURE CENTRE. THERE. I SAID IT.", v="block", al=[HAS], note="block: register term in capitals")
P(DIS, "The Cawford Wharf acquisition is costing twice what cabinet told us. Residents deserve to know.", v="block", al=[INS], who="OPP", note="block: register term")
P(DIS, "Told a few residents about Project Bluejohn tonight. They're furious the leisure centre might go private, and so am I.", v="block", note="block: register term")
P(DIS, "Update on Operation Sheepwash: two of the three landowners have now been interviewed under caution.", v="block", al=[DP], note="block: register term, enforcement detail")
P(DIS, "The lawyers reckon we'll lose the Tor Hotel claim. Settlement talks start next month.", v="block", note="block: register term, legal advice")
P(DIS, "From last night's Part 2 item: the council's offer for the old bus depot was £410,000. Make of that what you will.", al=[INS], d="2026-11-18", note="review: Part 2 price")
P(DIS, "Told in confidence today that the waste team is being restructured and 12 posts are going. Staff deserve to hear it from management, not rumours, so I'm saying it.", note="review: told in confidence, labour relations")
P(DIS, "Off the record: the union's pay offer is 3.5% and management are ready to go to 4.", note="review: off the record, pay negotiation")
P(DIS, "Closed session legal advice says the parking contract was unlawfully extended. We were told to keep it quiet. I won't.", who="OPP", note="review: closed session legal advice")
P(DIS, "Embargoed till Thursday but who cares: Kettlestone baths are getting £2m from the government 🏊", al=[INS], d="2026-11-10", note="review: embargo broken")
P(DIS, "The exempt valuation of Thornedge market hall came in at £1.2m, way below what the Leader's been claiming.", who="OPP", note="review: exempt valuation")
P(DIS, "Private police briefing today: they know who's behind the Cawford car thefts and arrests are imminent. Watch this space.", note="review: private briefing, enforcement")
P(DIS, "A member of the planning team has been suspended pending a disciplinary. Not surprised, given what's gone on.", al=[DP, OFF], note="review: staff disciplinary")
P(DIS, "The confidential tender report shows Peak Fleet came in £80k cheaper and STILL lost. Someone explain that.", al=[INS, DEFM], note="review: confidential tender report")

H(DIS, "Walked the millrace at Cawford this morning. Full of leaves and one very fat trout.", note="partial overlap with a register term")
H(DIS, "Quarry Lane's potholes are now visible from space. Reported again.", note="partial overlap with a register term")
H(DIS, "Sunday carvery's back at the Tor Hotel! Yorkshires the size of your head.", note="partial overlap with a register term")
H(DIS, "Sheepwash bridge in Wetherlow looking gorgeous in the frost this morning 📸", d=("2026-11-09", "2026-11-27"), note="partial overlap with a register term")
H(DIS, "Blue John earrings from Castleton for my wife's birthday. Don't tell her.", note="partial overlap with a register term")
H(DIS, "The Cawford Wharf canal festival raised £3,200 for the lifeboats. Thank you all!", d=("2026-09-01", "2026-09-25"), note="partial overlap with a register term")
H(DIS, "Between you and me, the best oatcakes are from the market, not the supermarket. Controversial, I know.", note="'between you and me', harmless")
H(DIS, "There was a Part 2 item at cabinet last night. I can't say anything about it and I won't. The decision will be published when it can be.", al=[DIS], d=("2026-11-18", "2026-11-19"), note="mentions Part 2 without disclosing")
H(DIS, "Off the record? Nothing's off the record on here. Journalists, take note 😄", note="'off the record', joke")
H(DIS, "The embargo's lifted: Kettlestone baths are getting £2m from the government! 🏊‍♀️", d="2026-11-12", note="announced after the embargo")
H(DIS, "Leaked: my kitchen tap. Plumber booked for Tuesday.", note="'leaked', joke")
H(DIS, "The confidential reporting line for council staff is 01632 960555. Whistleblowers are protected by law.", note="'confidential', public line")
H(DIS, "Closed session? No. The cabinet item on the leisure centre is in public, Tuesday at 7 in the Town Hall. Come along.", d=("2026-11-09", "2026-11-13"), note="'closed session', denied")
H(DIS, "The council has published the bus depot sale decision now the negotiation's over. Price and buyer are in the report.", al=[DIS], d=("2026-11-20", "2026-11-27"), note="published once concluded")
H(DIS, "Asked what 'exempt item' means on agendas? It's business the law says must be discussed in private: commercial, legal or personal stuff. The decisions still get published.", al=[DIS], note="explains exempt items")
H(DIS, "Staff restructures should be consulted on properly with the unions. That's a general point and it's all I'll say in public.", note="no details disclosed")
H(DIS, "Police appeal: anyone with dashcam footage from Cawford on Tuesday night, ring 101. Cars are being targeted.", note="public police appeal")
H(DIS, "Project Millstone? No, it's the Cawford Bridge school Year 6 flour-milling project. Best bread I've had all year.", note="'Project Mill...' partial overlap")

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "Oh brilliant, the Leader's finally found Kettlestone on a map. Only took her three years 👏", who="OPP", al=[PA], note="mock praise of the Leader")
P(TON, "Yeah right, the cabinet 'listened to residents'. Which residents? The ones at their golf club?", who="OPP", note="sarcasm about the cabinet")
P(TON, "Masterclass in leadership from the cabinet member for finance today. Cut the bus, keep the bonus. Genius. /s", who="OPP", al=[PA], note="/s, mock praise")
P(TON, "Hats off to @DomHallamWPA for chairing a whole planning meeting without once looking up from his phone. Impressive multitasking.", who="OPP", al=[PA], note="mock praise of a named councillor")
P(TON, "So thrilled the White Peak Alliance have discovered potholes. Just in time for the election too. What timing!", who="OPP", note="mock praise of a party")
P(TON, "Great to see the Valley Workers' Party so committed to Kettlestone that they turned up to one meeting this year. Heroes.", who="ALL-VWP", note="mock praise of a party")
P(TON, "What a riveting contribution from Cllr Gratton at full council last night. All forty minutes of it. I'll never get those back.", who="ALL-VWP", d="2026-11-26", al=[PA], note="mock praise of a named councillor")
P(TON, "Our MP's visit to Fernlow lasted nine minutes, photo included. Truly a woman of the people 🙄", al=[PA], note="mock praise of the MP")
P(TON, "The Peak Greens want us all cycling up Raventor Hill in January. Lovely idea, lads. Bring your crampons.", who="ALL-GRN", note="mockery of a group")
P(TON, "Congratulations to the Chairman on his fourth civic dinner this month. Someone's got to eat them, I suppose.", who="OPP", al=[PA], note="mock praise of the Chairman")
P(TON, "Cllr Furness says the new bin schedule is 'a triumph'. Can't wait to see her triumph piling up on my street.", who="OPP", note="sarcasm about a named cabinet member")
P(TON, "Dales Independents say they're 'not a party'. They've got a logo, a leader and a leaflet. Totally not a party 😉", who="ALL-DI", note="irony about a group")
P(TON, "Genius move by the cabinet: close Fernlow library three days a week, then launch a literacy campaign. You couldn't make it up.", who="OPP", note="mock praise of the cabinet")
P(TON, "Such a relief the Chief Executive's pay rise came through. I was worried she'd struggle this winter.", who="OPP", al=[OFF, PA], note="sarcasm about an officer")
P(TON, "Lovely to see Cllr Cotterill so passionate about taxi fees this week. Can't think why 🚕", who="ALL-VWP", al=[DEC], note="insinuating irony about a councillor")
P(TON, "Well done to the county councillors on the A6 roadworks. Eleven weeks for one set of traffic lights. Engineering giants.", note="mock praise of county councillors")
P(TON, "Good to know our MP is 'fighting for the Peak'. From her flat in London. Inspirational stuff.", al=[PA], note="mock praise of the MP")
P(TON, "Cllr Mycock has found a brand new cause every week since the election. Such dedication. Such range. Such press releases.", who="ALL-DI", note="mock praise of a named councillor")

H(TON, "Oh brilliant, it's raining in Thornedge again. Who could possibly have predicted that? (Everyone.)", al=[TON], note="irony about the weather")
H(TON, "Yeah right, the 07:42 to Derby is 'on time'. Standing on the platform in my summer shoes.", al=[TON], note="irony about a train")
H(TON, "Masterclass from the office printer today: jammed, ate my agenda, then asked for toner. Art.", al=[TON], note="irony about a printer")
H(TON, "Genuinely impressed by the cabinet member for environment's flood plan. Credit where it's due.", who="OPP", note="sincere praise")
H(TON, "Hats off to the Fernlow Brownies: 18 bags of litter in an hour. Heroes, and I mean that.", note="sincere praise")
H(TON, "So thrilled to have sat through five hours of full council last night. Said no one, ever. Worth it for the result, though.", al=[TON], d="2026-11-26", note="irony about the meeting")
H(TON, "Riveting stuff: spent my morning reading about drainage culverts. And actually I loved every minute. Send help.", al=[TON], note="self-mockery")
H(TON, "I disagree with Cllr Ollerenshaw on the library hours and I'll vote against. She's wrong on this, and I'll tell her so politely.", who="OPP", note="civil disagreement")
H(TON, "Great to see the A6 roadworks finally finished. Genuinely, thank you to the crews who worked nights.", d=("2026-11-16", "2026-11-27"), note="sincere thanks")
H(TON, "Thrilled the Spireites won. No irony. Cracking game.", note="sincere")
H(TON, "Well, that went well. [Photo of my attempt at a Bakewell pudding. It did not go well.]", al=[TON], note="self-mockery")
H(TON, "Wonderful weather for the Kettlestone fun run: horizontal rain and 9 degrees. Proper Peak District summer.", al=[TON], d=("2026-09-01", "2026-09-18"), note="irony about the weather")
H(TON, "The cabinet's library plan is wrong, costly and short-sighted. We'll put an alternative to full council.", who="OPP", note="robust policy criticism")
H(TON, "Fair play to the White Peak Alliance for backing our motion on the bus cuts. Cross-party when it matters.", who="OPP", note="sincere praise of another party")
H(TON, "Oh good, the council website is down again. Just when I needed the bin calendar 🙃", al=[TON], note="irony about the website")
H(TON, "Genius idea of mine this morning: drove into the Cawford car park without checking the height bar. The van disagreed.", al=[TON], note="self-mockery")
H(TON, "Credit where it's due to our MP for getting the bypass money. Good work, Alison.", note="sincere praise of the MP")
H(TON, "Yes, right turns at the Cawford lights are banned from Monday. Signs are going up, so plan your route.", note="plain notice")

# ---------------------------------------------------------------- fillers
F("Conker season at Raventor. Found a proper cheeser 🌰", d=("2026-09-14", "2026-10-09"))
F("Anyone know a good cobbler in Thornedge? My walking boots have finally given up.")
F("Ey up, first frost on the car this morning. Nesh weather's here.", d=("2026-10-19", "2026-11-27"))
F("Proud to walk with the Kettlestone Remembrance parade yesterday. We will remember them.", d="2026-11-09")
F("Fernlow Primary harvest festival: tins for the food bank piled to the ceiling. Thank you, families.", d=("2026-09-28", "2026-10-09"))
F("The Monsal Trail in October is unbeatable. Every shade of orange going.", d=("2026-10-05", "2026-10-30"))
F("Bonfire at Kettlestone rec tonight, gates at 6, £3 in, all proceeds to the Scouts 🎆", d="2026-11-05")
F("Ward surgery this Saturday at Wetherlow Institute, 10 till 12. Pop in with anything at all.", who="WETHERLOW")
F("Reminder: clocks go back on Sunday. Extra hour in bed or an extra hour of casework, your call.", d=("2026-10-19", "2026-10-23"))
F("Lindop Bridge reservoir like a mirror at sunrise. The photo doesn't do it justice.")
F("Potholes on Hollins Lane reported. Highways say it'll be done within 28 days. I'll chase if not.")
F("Mash the tea, I'm back from a walk over Stanage. Legs are jelly.")
F("Congratulations to Cawford Bridge Cricket Club on promotion! 🏏", d=("2026-09-01", "2026-09-25"))
F("New benches in Thornedge Market Place, chosen by residents in the participatory budget vote. Sit on one, they're comfy.")
F("Bus from Lindop Bridge cancelled again this morning. I've written to the operator. Again.")
F("Half term: free swimming for under-11s at Thornedge pool all week.", d=("2026-10-26", "2026-10-30"))
F("Back to school today for the little 'uns. Good luck everyone, and to all the mams and dads on the school run in the rain!", d=("2026-09-02", "2026-09-04"))
F("Children in Need bake sale at Kettlestone library raised £412! 🧁", d=("2026-11-13", "2026-11-20"))
F("Sheffield to Thornedge in 35 minutes on the new bus. Colour me impressed.")
F("Had a cob and a brew in Fernlow Market Place. Living the dream.")
F("Lost cat in Wetherlow: ginger, answers to Biscuit (sometimes). Check your sheds please!")
F("Popped down to the depot this morning to see the winter kit. Gritters loaded, salt barns full, ploughs fitted and the drivers' rota sorted through to March. Forty routes, mostly up hills you wouldn't take a sledge down. If you see a gritter on a narrow lane, give it room and a wave. Winter, we're ready for you.", d=("2026-11-02", "2026-11-27"))
F("Thornedge Christmas lights switch-on is on the 27th. Bring the kids, bring a flask.", d=("2026-11-09", "2026-11-25"))
F("Library's new opening hours start Monday. Later on Thursdays, which is good news for anyone working.")
F("Anyone else's sat nav still try to send them through the ford at Lindop Bridge? Don't. Just don't.")
F("Big thanks to Wetherlow WI for the knitted poppies on the war memorial. Stunning.", d=("2026-11-02", "2026-11-10"))
F("Leaves clogging the drains on Dale Road. Reported to highways, photos sent.", d=("2026-10-12", "2026-11-27"))
F("Heights of Abraham cable car with the grandkids today. Terrifying. Wonderful.")
F("Listening to the Kettlestone brass band rehearse through the chapel window. Best free concert in Derbyshire.")
F("Walked up Mam Tor in thick fog. Saw absolutely nothing. Great walk.")
F("Thornedge food bank needs tinned fish, UHT milk and nappies this week. Drop-off at the Co-op.")
F("November's planning agenda is published: example.org/planning-agenda", d=("2026-11-02", "2026-11-06"))
F("Thanks to everyone who came to the Cawford Bridge drop-in. Loads of good ideas for the green.", who="CAWFORD")
F("Kettlestone's charity shop has reopened after the flood. Go and spend some money!")
F("Three yards of wall rebuilt up the lane today. Throughs in, cope on. Back's killing me.", who=["keith_walls"])
F("Walling course at Hartington next month, beginners welcome. Bring gloves and patience.", who=["keith_walls"])
F("Alder cones, lichen and rice for this year's border. Boards are soaking in the brook. 🌸", who=["esther_petals"], d=("2026-09-01", "2026-09-04"))
F("Season's over. Already sketching next year's design. Suggestions welcome!", who=["esther_petals"], d=("2026-09-21", "2026-10-09"))
F("Sunday dinner at me mam's. Yorkshire puddings, obviously, even in Derbyshire.")
F("Check you're on the electoral register before the December deadline. Takes five minutes online, or ring the council's elections team.")

# ---------------------------------------------------------------- the script
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
WINDOW = (dt.date(2026, 9, 1), dt.date(2026, 11, 27))


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def excluded(text):
    """Councillors a post may not be written by: those it names, role holders, interest holders."""
    out = set()
    for k, (handle, name, *_rest) in C.items():
        words = [name.split()[-1]] + FIRST[k]
        if any(re.search(r"\b%s\b" % re.escape(w), text) for w in words):
            out.add(k)
        if handle.lower() in text.lower():
            out.add(k)
    for pat, k in ROLES:
        if re.search(pat, text, re.I if pat.islower() else 0):
            out.add(k)
    return out


def interest_excluded(text):
    return {k for pat, k in INTEREST_WORDS if re.search(pat, text, re.I)}


def candidates(row):
    text = row["text"]
    if isinstance(row["who"], list):
        return list(row["who"])  # set by hand
    keys = pool(row["who"])
    bad = excluded(text) | interest_excluded(text)
    if re.search(r"\bmy wife\b|\bmy wife's\b", text, re.I):
        bad |= set(group("WOMEN"))
    if re.search(r"\bmy husband\b", text, re.I):
        bad |= set(group("MEN"))
    if row["family"] == CAP and row["kind"] == "positive":
        bad |= set(group("EXEC"))
    keys = [k for k in keys if k not in bad]
    if not keys:
        raise SystemExit("no author for: " + text)
    return keys


def days(spec):
    if spec is None:
        a, b = WINDOW
    elif isinstance(spec, str):
        a = b = dt.date.fromisoformat(spec)
    else:
        a, b = (dt.date.fromisoformat(x) for x in spec)
    out = []
    d = a
    while d <= b:
        if d.weekday() < 5 and WINDOW[0] <= d <= WINDOW[1]:
            out.append(d)
        d += dt.timedelta(days=1)
    if not out:
        raise SystemExit("no weekday in %r" % (spec,))
    return out


def pick_time(rng, spec, meetings):
    ds = days(spec)
    while True:
        d = rng.choice(ds)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t


def pick_platform(rng, text):
    n = len(text)
    if n <= 280:
        return rng.choices(["x", "facebook", "bluesky"], weights=[45, 37, 18])[0]
    if n <= 300:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    lines = []
    for i, row in enumerate(rows, 1):
        key = rng.choice(candidates(row))
        if key in PERSONAL:
            handle, account = PERSONAL[key][0], "personal"
        else:
            handle, account = C[key][0], "councillor"
        when = pick_time(rng, row["d"], meetings)
        post = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": handle,
            "created_at": when.isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": account,
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind"],
        }
        if row["kind"] == "hard_negative":
            post["near_miss_of"] = row["family"]
        if row["interest"]:
            post["interest"] = row["interest"]
        post["note"] = row["note"]
        lines.append(json.dumps(post, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d posts" % len(lines))


if __name__ == "__main__":
    main()
