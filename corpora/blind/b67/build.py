#!/usr/bin/env python3
"""Blind set b67 (Harewold District Council): hand-written rows + deterministic assembly.

Run: python3 build.py   -> writes posts.jsonl (same file every run; seed 6767).
"""
import json
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 6767

# ---------------------------------------------------------------- councillors
# handle -> (name, party, role) ; role: leader, cabinet, chair, committee chair, member
CLLRS = {
    "@RosAshworthLD": ("Rosalind Ashworth-Pryce", "LD", "leader"),
    "@TobyWrenLD": ("Tobias Wren", "LD", "cabinet"),
    "@MeenaKD_LD": ("Meena Kaur-Dalton", "LD", "cabinet"),
    "@HughFennellLD": ("Hugh Fennell", "LD", "member"),
    "@PriyaV_LD": ("Priya Venkatesh", "LD", "member"),
    "@PatMowbrayCon": ("Patricia Mowbray", "CON", "member"),
    "@GilesHVCon": ("Giles Harcourt-Vane", "CON", "member"),
    "@ChairmanLionelB": ("Lionel Baskerville", "CON", "chairman"),
    "@DerekTolley_Con": ("Derek Tolley", "CON", "member"),
    "@AnnabelCrispCon": ("Annabel Crisp", "CON", "member"),
    "@SaffronGreenHW": ("Saffron Okonjo", "GRN", "member"),
    "@OllieBrannockGreen": ("Ollie Brannock", "GRN", "member"),
    "@JessThornhillGreen": ("Jess Thornhill", "GRN", "member"),
    "@KieranDuffyLab": ("Kieran Duffy", "LAB", "member"),
    "@PegHollowayInd": ("Margaret Holloway", "IND", "member"),
    "@DanWhitcombeInd": ("Dan Whitcombe", "IND", "member"),
}
PERSONAL = {"@tolley_fishing": "@DerekTolley_Con", "@peg_bakes": "@PegHollowayInd"}
NICK = {"@PegHollowayInd": ["Peg"], "@TobyWrenLD": ["Toby"]}
HOLDERS = {
    "Fennell & Daughters": "@HughFennellLD",
    "Harewold Community Land Trust": "@SaffronGreenHW",
    "Tetcombe Cricket Club": "@PegHollowayInd",
    "Wold Crust Bakery Ltd": "@AnnabelCrispCon",
    "Amberford Youth Trust": "@KieranDuffyLab",
    "Saltway Haulage Ltd": "@DerekTolley_Con",
    "Stanbury Bassett Credit Union": "@PriyaV_LD",
    "Harewold Arts Centre Trust": "@TobyWrenLD",
    "Wychbourne Farm": "@GilesHVCon",
    "Whitcombe Cycles": "@DanWhitcombeInd",
}
# words in a post that touch a registered body (the holder is kept off such posts unless set by hand)
BODY_WORDS = {
    "@HughFennellLD": ["Fennell", "land agent", "Pound Lane", "land disposal", "asset sale"],
    "@SaffronGreenHW": ["Land Trust", "CLT", "Abbey garages", "affordable housing fund"],
    "@PegHollowayInd": ["cricket", "pavilion", "recreation ground", "sports facilities grant"],
    "@AnnabelCrispCon": ["Wold Crust", "bakery", "sourdough", "catering"],
    "@KieranDuffyLab": ["Youth Trust", "community grants", "youth services"],
    "@DerekTolley_Con": ["haulage", "haulier", "gritting contract"],
    "@PriyaV_LD": ["credit union"],
    "@TobyWrenLD": ["Arts Centre", "Arts Festival", "cultural"],
    "@GilesHVCon": ["Wychbourne", "hedgerow grant"],
    "@DanWhitcombeInd": ["bike", "Whitcombe Cycles", "cycle-to-work"],
}

ROWS = []


def P(fam, text, note, v=None, also=(), allow=(), who=None, when=None, interest=None, acct=None, excl=()):
    default = {
        "officers.impartiality": "review", "resources.political-use": "review",
        "position.improper-advantage": "review", "capacity.council-voice": "review",
        "confidentiality.insider-advantage": "review", "interests.declared-interest": "review",
        "security.credentials": "block", "tone.irony-risk": "advice",
    }
    verdict = v or default[fam]
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note,
                     rules=[fam] + list(also), allowed=list(allow), verdict=verdict,
                     who=who, when=when, interest=interest, acct=acct, excl=list(excl)))


def H(near, text, note, allow=(), who=None, when=None, acct=None, excl=()):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near,
                     text=text, note=note, rules=[], allowed=list(allow), verdict="ok",
                     who=who, when=when, acct=acct, excl=list(excl)))


def F(text, note="ordinary ward or personal post; nothing to flag", who=None, when=None, acct=None):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note, rules=[],
                     allowed=[], verdict="ok", who=who, when=when, acct=acct))


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

# ====================================================== officers.impartiality
P(OFF, "Read the officer report on Kiln Lane twice now. Rupert Haines seems to have written it with the developer's pen. Not what I'd call balanced.",
  "names the senior planning officer and questions his neutrality in public; no settled view on the application", allow=[DEF])
P(OFF, "Someone needs to remind our Head of Planning that she works for the people of Harewold, not for whoever turns up with the glossiest brochure.",
  "officer identified by role; public suggestion she favours developers")
P(OFF, "Had a long chat with Colin in waste services today and made it very clear the bin round report needs to say what we agreed at group, not what his spreadsheet says. Let's see if the next draft gets the message 😉",
  "pressing a named officer to change a report to fit the party group's line")
P(OFF, "Funny how every time the Lib Dems want something the s151 officer suddenly finds the money, and every time we ask it's 'no headroom'. Graham Stott might want to think about how that looks.",
  "questions the finance officer's political neutrality by name", who="OPP")
P(OFF, "I've asked for the conservation officer to be taken off the Nethercote file. Imogen Tapper made her mind up about that village years ago and it shows.",
  "names an officer and publicly attacks her impartiality; asks for her removal")
P(OFF, "Licensing team have got this one wrong and I've told Nadine as much. I'll expect the recommendation to be rewritten before it comes anywhere near committee.",
  "pressing the licensing manager to change her recommendation")
P(OFF, "honestly the officers at Wold House run this council and the councillors just nod along. unelected, unaccountable, and very very comfortable with the current lot in charge",
  "questions officers' neutrality (cosy with the administration) in public", who="OPP")
P(OFF, "If the Chief Exec wants to keep playing politics with the budget papers, she can stand for election like the rest of us.",
  "accuses the chief executive (identifiable by role) of political partiality", who="OPP")
P(OFF, "Not impressed with our housing options manager. Three families in my ward still in B&B and all I get from him is boilerplate. Sunil, do your job.",
  "public criticism of a named officer", allow=[PA])
P(OFF, "Planning officers recommending approval AGAIN for an estate with no school places. Whose side are they actually on?",
  "questions planning officers' neutrality in public")
P(OFF, "Sent the draft scrutiny report back to the officer with my track changes all over it. Either it reflects what members said or it doesn't go out with my name anywhere near it.",
  "pressing an officer to change a report's content")
P(OFF, "Clare, I know you read these. Your team's advice on the Tetcombe solar scheme is flimsy and frankly looks written to order.",
  "addresses the head of planning and alleges her advice is partial; no settled view on the scheme", allow=[DEF])
P(OFF, "Quick tip for whoever in comms keeps 'tweaking' my quotes in council press releases: stop it. I can see what you're doing and who it helps.",
  "accuses council communications staff of political bias")
P(OFF, "The Monitoring Officer has been weaponised by this administration, plain and simple. Marchbank jumps when Rosalind says jump.",
  "names the Monitoring Officer and questions his independence", allow=[DEF, PA], who="OPP")
P(OFF, "Our environmental health lot sat on the complaints about the Amberford takeaway for six weeks. Someone in that department is either lazy or mates with the owner.",
  "criticises officers and implies partiality", allow=[DEF, PA])
P(OFF, "Said it at group and I'll say it here: if planning won't change its recommendation on the garden centre, members should just bin it. Officers advise, we decide, and they need reminding.",
  "public pressure on planning officers to change a recommendation", allow=[PRE])
P(OFF, "Been told by an officer (won't name you, but you know who you are 👀) that my motion 'isn't competent'. Funny, it was competent enough when a cabinet member tabled the same thing last year.",
  "insinuates an officer applies advice in a partisan way")
P(OFF, "That officer at the Saltway drop-in was rude, dismissive and clearly thought he was above answering questions from 'mere' residents. Poor show from the council's own staff.",
  "public criticism of an identifiable officer", allow=[PA])
P(OFF, "Not convinced the officer who did the Amberford quarry site visit even got out of his car. Rubbish report, frankly.",
  "criticises an identifiable planning officer's work in public", allow=[PA])
P(OFF, "Beth Yardley's press office seems to have lost the ability to publish anything that isn't the Leader holding a shovel. Council comms or Lib Dem comms? Getting hard to tell.",
  "names head of communications and questions neutrality", who="OPP")

H(OFF, "Huge thanks to Colin Pardoe and the waste crews who got the Saltway round back on track after the snow. Proper public service.",
  "thanks a named officer", allow=[OFF])
H(OFF, "The officer report on Kiln Lane is now up on the planning portal. Have a read before committee and let me know what you think.",
  "points to an officer report without comment on the officer")
H(OFF, "I disagree with the cabinet's decision on the bin round changes. Cabinet, not officers, owns that choice, and I'll be challenging it at scrutiny.",
  "criticises a political decision, explicitly not officers", who="OPP")
H(OFF, "Officers advise, members decide. That's how it should work, and it's why I'll read the report properly before committee.",
  "shares a phrase with a positive but respects the officer role")
H(OFF, "Graham Stott gave a clear, even-handed budget briefing to all groups today. Grim numbers, no spin. Appreciated.",
  "praises a named officer's neutrality", allow=[OFF])
H(OFF, "If you've had no reply from the housing team, message me and I'll chase it through the proper channels. Not acceptable to be left waiting.",
  "chasing a service through proper channels")
H(OFF, "The Lib Dem cabinet has lost the plot on car parking charges. This is a political decision and they should own it.",
  "robust criticism of councillors' policy, not officers", who="OPP")
H(OFF, "Asked the Monitoring Officer whether I can speak on an item at committee. Straight answer within the hour. That's how it should work.",
  "neutral reference to an officer's advice")
H(OFF, "Conservation area review consultation closes Friday. The conservation officer will be at Tetcombe village hall Tuesday 2–6 if you've got questions.",
  "names an officer role neutrally", allow=[OFF])
H(OFF, "Whose side is this administration on? Not the side of rural bus users, that's for sure.",
  "shares 'whose side' but aims at the administration's policy", who="OPP")
H(OFF, "Welcome to our new Chief Executive, Fiona Lacey, who starts today. Lots to do and a great team to do it with.",
  "welcomes a named officer", allow=[OFF], when=("2026-01-05", "2026-01-09"))
H(OFF, "Scrutiny panel put some tough questions to the licensing team this afternoon about enforcement hours. Good answers, more work to do. That's scrutiny working.",
  "reports scrutiny of a service civilly")
H(OFF, "Rewrote my own ward newsletter three times before I was happy with it. Track changes are a cruel master 😅",
  "track changes on one's own document")
H(OFF, "My complaint is with the policy, not the staff: the planning department is 40% understaffed and cabinet keeps cutting it.",
  "defends staff, criticises policy", who="OPP")
H(OFF, "Planning officers have a thankless job. Write a recommendation, half the room shouts at you, the other half ignores you. Be kind in the comments please.",
  "supportive of officers")
H(OFF, "Useful chat with the licensing manager about how residents can make representations. Guidance is on harewold.gov.uk/licensing.",
  "neutral mention of an officer role", allow=[OFF])
H(OFF, "Unelected quangos deciding the future of our countryside with no accountability? That's the new national guidance in a nutshell. Writing to the minister today.",
  "shares 'unelected, unaccountable' but about national bodies")
H(OFF, "The Chief Exec's annual report to council is a decent read. I don't agree with all the priorities, but it's honest about the money.",
  "fair comment on a report", allow=[OFF])
H(OFF, "I've asked officers for a written answer on why the Amberford takeaway complaints took six weeks. Residents deserve to know and I'll share the reply.",
  "a proper question through channels, no attack on neutrality", allow=[OFF])
H(OFF, "The press office did a lovely job on the new recycling explainer video. Worth four minutes of your time.",
  "praise for the communications team", allow=[OFF])

# ====================================================== resources.political-use
P(RES, "Our Focus leaflets for Stanbury are printed and ready! Massive thanks to the lads in the Wold House print room who squeezed them in between agendas 🧡",
  "party leaflets printed by the council's print room", who="LD")
P(RES, "Canvass sheets for Saturday are in the members' room, grab a pile on your way out of group. The printer on floor 2 is your friend 😉",
  "party canvassing material produced and stored using council facilities")
P(RES, "Drop me a line on my council email if you'd like a Green Party poster for your window and I'll bring one round!",
  "council email used for party campaign material", who="GRN")
P(RES, "Drafted our spring Conservative leaflet on the council laptop during the lunch break at cabinet. Multitasking queen 👑",
  "council equipment used for party campaigning", who="CON")
P(RES, "Anyone who fancies helping the Labour campaign in Amberford South, we're meeting in committee room 3 at Wold House on Thursday at 5. Bring comfy shoes.",
  "council offices used for a party campaign meeting", who="LAB")
P(RES, "Used the council's newsletter mailing list for my ward to send a quick note on why you should vote Independent in May. Shout if you didn't get it!",
  "council mailing list (and residents' data) used for electioneering", allow=[DAT], who="IND")
P(RES, "Thanks to Hannah in democratic services for proofreading our manifesto over her lunch. Officer eyes catch everything 😂",
  "council staff time used for a party manifesto", allow=[OFF])
P(RES, "New campaign video shot in the council chamber this morning, looks fab with the district crest behind me. Vote Conservative, out Friday!",
  "council chamber and crest used for a party campaign video", who="CON")
P(RES, "Want a Lib Dem garden stake? Reply to the address on my Harewold DC profile page and I'll pop one round.",
  "council contact details used for party campaigning", who="LD")
P(RES, "Photocopied 400 'Save our Saltway bus' petition sheets with the Green logo on at the civic centre this morning. Cuts? Not on my watch 😅",
  "council photocopier used for party-branded campaign material", who="GRN")
P(RES, "Big thank you to the council's graphic design team for knocking up the artwork for our Conservative Association quiz night. Looks dead professional!",
  "council design staff used for party events", who="CON")
P(RES, "our survey results are in! collected through the council's consultation portal so it's all nice and official 📊 vote Labour in Amberford on 7 May",
  "council consultation platform used for a party survey", who="LAB")
P(RES, "Stuck the district council crest on our campaign flyer so folk know it's legit. Independent for Saltway, working hard all year round!",
  "council logo on election material", who="IND")
P(RES, "Group meeting, then phone-banking from the members' room. Council phones are free and the tea's decent. Greens are coming for Harewold Abbey 🌱",
  "council phones and rooms used for party phone-banking", who="GRN")
P(RES, "Logging the doorstep data for the campaign on my council iPad this evening. Technology is marvellous.",
  "council device used for campaign canvass data")
P(RES, "Our Lib Dem by-election HQ for the next three weeks: Room 12, Wold House. Volunteers welcome, park round the back.",
  "council offices as a party campaign base", who="LD")
P(RES, "Asked the members' support officer to book the village halls for our party's spring tour. She's an absolute star, saved me hours.",
  "council staff time on party business")
P(RES, "Franked 300 envelopes of the Tetcombe Independents newsletter through the council post room this morning. Hope the postie's ready!",
  "council post room used for a party newsletter", who="IND")
P(RES, "Printing our Vote Green posters on the council's A3 colour printer because the one at home has died. It's all for the residents really 🙃",
  "council printer used for election posters", who="GRN")
P(RES, "Draft election address attached, sent from my harewold.gov.uk account so it doesn't vanish into spam. Comments back by Friday please, team!",
  "council email used to circulate party election material", who="CON")

H(RES, "Leaflets all delivered in Stanbury this weekend, paid for by the local party and folded round my kitchen table. Thanks to our army of volunteers 🧡",
  "party campaigning with party resources", who="LD")
H(RES, "You can reach me about council matters at my council email, which is on the district council website. For campaign stuff, use the party address.",
  "keeps council and party channels apart")
H(RES, "Printed the agenda for this evening's planning committee at home. My printer hates me 🖨️",
  "council business on a home printer")
H(RES, "Reminder for fellow councillors: council laptops and email are for council business, not campaigning. Pre-election period starts in March.",
  "reminder of the rule itself")
H(RES, "Canvassing in Saltway on Saturday with the Independents. Meet at the Plough car park at 10, bring a brolly.",
  "campaigning with no council resources", who="IND")
H(RES, "The council's new consultation platform is live. Tell us what you think of the draft Local Plan, every voice counts.",
  "council platform used for council business")
H(RES, "Group meeting at the Labour club in Amberford on Thursday. Members only, bring your own biscuits.",
  "party meeting in party premises", who="LAB")
H(RES, "Took the council's graphic design team some doughnuts today to say thanks for the flood information leaflets. Great work for residents.",
  "council design team doing council work")
H(RES, "Proud to stand again as your Green candidate in Harewold Abbey. Promoted by Amberford & Harewold Green Party, 3 Mill Row, Harewold.",
  "party campaign with a proper imprint", who="@JessThornhillGreen")
H(RES, "Ward surgery at Wold House, committee room 3, Saturday 10–12. Bring your bin, parking and planning problems.",
  "council room used for council casework")
H(RES, "Anyone else's council laptop take twenty minutes to update every single Monday? Asking for me.",
  "mentions council laptop, no campaigning")
H(RES, "Used the council casework system to log 14 new ward issues today. Potholes winning, as usual.",
  "council system for council work")
H(RES, "Our Conservative campaign video, filmed in my back garden with a very patient neighbour holding the phone. Out Friday!",
  "campaign video without council premises", who="CON")
H(RES, "Members' room phone is broken again, so if you rang me this morning please try the number on my council profile.",
  "council phone for council contact")
H(RES, "Asked the Monitoring Officer whether the party could hire a council room during the pre-election period. Answer: no. Fair enough, we've booked the scout hut.",
  "checks the rule and uses non-council premises")
H(RES, "Photocopied the agenda pack at the civic centre for our parish clerk, who can't get onto the portal. Happy to help.",
  "council photocopier for council business")
H(RES, "Election count confirmed for Harewold Leisure Centre on 7 May. Good luck to every candidate, whatever the colour of the rosette.",
  "neutral election information")
H(RES, "The franking machine at Wold House is about as old as I am. Asked cabinet about moving to e-billing, could save £18k a year.",
  "mentions franking machine as a council cost question")
H(RES, "Volunteers meeting at mine (not the council offices, before anyone asks!) to deliver the Labour Rose newsletter. Kettle's on.",
  "party work kept out of council premises", who="LAB")
H(RES, "Trying to do more short videos explaining council decisions this year. Shot this one on my own phone in the Abbey gardens, feedback welcome.",
  "own phone, council explanation, no party")

# ====================================================== position.improper-advantage
P(POS, "Message me privately if your extension's stuck in planning. As your councillor I know exactly which buttons to press to get things moving 😉",
  "offers to use the role to speed a planning application")
P(POS, "My brother-in-law's roofing firm did a cracking job on our place. Council tenants with a leak: tell the housing team you want Wold Roofing and I'll make sure they listen.",
  "steers council work to a relative's firm using the role")
P(POS, "Anyone struggling to get their taxi badge renewed, have a word with me at the Fleece on Friday. Always happy to put a good word in with licensing.",
  "offers to influence licensing decisions informally")
P(POS, "A parking ticket's not the end of the world if you know the right people. DM me your reg and I'll see what can be done.",
  "offers to get penalties dropped through the role")
P(POS, "Stanbury businesses: the council's supplier list is a closed shop unless someone on the inside vouches for you. Drop me a line, I'm very good at vouching 😄",
  "offers to use inside position to win contracts for firms")
P(POS, "Had a fab lunch at my daughter's new café on Sheep Street. Council staff heading out for lunch, you know where to go, and I'll be keeping an eye on who supports local 👀",
  "promotes a relative's business and leans on council staff")
P(POS, "Selling land for housing? Use Pembury & Lyle. They know how this council works, I know them, and it might save you a few months 😉",
  "promotes a connected firm with a hint of influence over planning")
P(POS, "Got my neighbour's missed bin sorted before anyone else on the street. Perks of living next door to a councillor 😂",
  "uses the role to advantage a neighbour")
P(POS, "Applied late for a school place? Not ideal, but I sit on the appeals panel, so DM me and we'll have a chat.",
  "offers private access to a quasi-judicial panel")
P(POS, "Rang the housing team and got my cousin bumped up the list. Family comes first, always ❤️",
  "uses the role to advantage a relative")
P(POS, "Run a small firm in Saltway and fancy the Christmas lights contract? Buy me a pint and let's talk.",
  "trades access to a council contract for favours", allow=[GIF])
P(POS, "Reminder that my wife's catering company does parties, weddings AND (hint hint) council events. Officers, you've got her number.",
  "promotes a spouse's business to council officers", allow=[OFF])
P(POS, "Being honest, people who help on my campaign tend to find their planning queries get answered a bit quicker. That's just how it works round here.",
  "links favours through the role to political support")
P(POS, "The Fleece have asked whether I can help with their late licence, being on the committee. Of course I will, they've always looked after me.",
  "offers to use a committee seat for a pending licence applicant who has looked after him", allow=[PRE, GIF])
P(POS, "Leisure centre prices up again? Not for me mate, councillors know the right person on the front desk 😎",
  "boasts of using the role for personal advantage")
P(POS, "Want a quicker answer on your community grant? Join the Harewold Conservatives. Our members get looked after.",
  "ties council grants to party membership", who="CON")
P(POS, "My nephew's just started out as a plumber. I've told the council's repairs manager he's the best in the district and should be on the approved list. Give the lad a chance folks!",
  "uses the role to push a relative onto a council list")
P(POS, "Spoke to enforcement and they're going to quietly 'lose' the complaint about my mate's shed in Tetcombe. Common sense wins!",
  "uses influence to make an enforcement case go away for a friend")
P(POS, "Any Amberford traders after a free stall at the food festival? I'm on the steering group and can sort you out. Supporters first though 😉",
  "offers favours through a council-linked role to supporters")
P(POS, "Great news for my old firm Cotswold Glaze: I've put their name forward to officers for the leisure centre windows job. Nobody does it better.",
  "promotes a connected business for a council job")

H(POS, "As your councillor I can't fast-track your planning application, and neither can anyone else. What I can do is explain the process. DM me.",
  "uses 'as your councillor' and 'fast-track' to refuse")
H(POS, "Extension stuck in planning? The council's duty planner service is free on Tuesday mornings, book online.",
  "proper route for planning help")
H(POS, "Lovely lunch at Olive & Ash on Sheep Street today. Independent cafés are the heart of Amberford. (No connection, just greedy.)",
  "recommends a café with no connection")
H(POS, "Taxi drivers: licensing renewal drop-in at Wold House on Wednesday, 10–3. Bring your DBS paperwork.",
  "neutral licensing information")
H(POS, "Local firms: the council's supplier portal is open to everyone, and there's a free workshop on bidding for contracts next month.",
  "open procurement information")
H(POS, "Parking tickets can be appealed online. Here's how, step by step. It's not the end of the world.",
  "shares a phrase; proper appeal route")
H(POS, "I'm on the licensing committee, so I can't discuss the Fleece application with anyone outside the hearing. Please write to the licensing team.",
  "declines informal contact on a pending matter")
H(POS, "Declared that my daughter runs a café and left the room when the market pitch licences came up. Rules are rules.",
  "declares a connection and steps back")
H(POS, "The Christmas lights contract is out to open tender and all local firms are welcome to bid. Details on Contracts Finder.",
  "open tender")
H(POS, "Helped a Saltway family get their housing band reassessed after their circumstances changed. They'd been banded wrongly. That's the job.",
  "casework through proper process")
H(POS, "Admissions appeals are independent of councillors, and rightly so. If you're appealing, the county's guidance is here.",
  "refers to an independent appeal process")
H(POS, "Perks of being a councillor? Endless emails about dog poo and a free cuppa at parish meetings. Living the dream ☕",
  "'perks of being a councillor' joke with no favour", allow=[TON])
H(POS, "Buy me a pint and I'll tell you all about the Local Plan. (I'll buy my own pint. I'll still tell you.)",
  "'buy me a pint' joke about explaining policy")
H(POS, "The enforcement complaint about a shed in Tetcombe has been looked at by officers and closed as permitted development. Thanks for your patience.",
  "reports an enforcement outcome")
H(POS, "Food festival stalls: applications open to all Amberford traders until 30 Jan. Priority for businesses based in the district.",
  "open process for stalls", when=("2026-01-05", "2026-01-29"))
H(POS, "My nephew's just qualified as a plumber and I couldn't be prouder. Says he'll fix my dripping tap 'eventually'.",
  "family pride, no favour")
H(POS, "Fancy joining the Harewold Conservatives? Quiz nights, fish and chip suppers and lively debate. All welcome.",
  "party recruitment without favours", who="CON")
H(POS, "I've been asked to 'have a word' with officers about someone's planning application. I won't. Make your case through the consultation like everyone else.",
  "refuses improper influence")
H(POS, "Before I was elected I spent twenty years as a glazier. I still can't walk past a badly fitted window without tutting 🙄",
  "old trade, no promotion")
H(POS, "Got my own missed bin sorted the same way everyone does: reported it online and waited three days.",
  "no special treatment")

# ====================================================== gifts.hospitality
P(GIF, "Thanks to Brackenfold Homes for a cracking lunch at the Swan today. Good to hear all about their Kiln Lane plans over a glass of something nice 🥂",
  "hospitality from the applicant on a pending planning matter", v="review")
P(GIF, "Lovely hamper on the doorstep from the Glebe Aggregates team. Sloe gin, cheese, the works. Very thoughtful of them.",
  "gift from a pending quarry applicant", v="review")
P(GIF, "Box at the races courtesy of Voltmere Energy. Didn't back a single winner but the company was excellent 🐎",
  "hospitality from the battery storage applicant", v="review")
P(GIF, "Very kind of the Chamber of Trade to treat the ward councillors to their annual dinner. Beef Wellington 10/10.",
  "hospitality offered because of the role; no decision sought", v="advice")
P(GIF, "Two tickets to the rugby at Kingsholm from a local firm who wanted to say thanks for my support. Don't mind if I do!",
  "gift linked to the role; value likely registrable", v="advice")
P(GIF, "The Fleece have told me my drinks are on the house from now on. Can't complain! 🍻",
  "hospitality from a pub with a pending licence variation", v="review")
P(GIF, "Spent a wonderful weekend at Sunvale's chalet in the Alps with a few other councillors. They're so passionate about renewable energy and it rubbed off!",
  "hospitality from the solar farm applicant", v="review")
P(GIF, "Thank you Honeypot Garden Centres for the gorgeous olive tree delivered to mine this morning. They really know how to say hello 🌳",
  "gift from a pending applicant", v="review")
P(GIF, "Wold Feast have kindly given me VIP wristbands for the whole family for the food festival. Bring on the halloumi fries.",
  "gift from the applicant for a pending festival licence", v="review")
P(GIF, "Treated to the tasting menu at the new hotel by the owners, who are keen to chat about their expansion plans. Spoilt rotten.",
  "hospitality from people seeking a planning decision", v="review")
P(GIF, "Grateful to Pembridge Waste (our bin contractor) for the Christmas case of wine. Second week of January and it's nearly gone 😅",
  "gift from a council contractor", v="review", when=("2026-01-12", "2026-01-16"))
P(GIF, "Got a shiny new tablet from the software company pitching to the council for the new revenues system. Early birthday present I reckon!",
  "gift from a bidder for a council contract", v="review")
P(GIF, "Champagne reception at the Cotsworth Hotel as guests of the developers bidding for the town centre scheme. Fizz was lovely, so was the view.",
  "hospitality from bidders for a council scheme", v="review")
P(GIF, "A year's membership at Harewold Fitness, a gift from the owners because I'm 'such a good local champion'. Best get using it!",
  "gift because of the role; registrable value", v="advice")
P(GIF, "Signed print from the Arts Festival organisers for opening their event. Going straight on the landing wall.",
  "gift for a civic role; value unknown", v="advice")
P(GIF, "Round of golf and a long lunch at Broadwell Park courtesy of the Rotary lads. Shot 104 and regret nothing.",
  "hospitality connected to the role; no decision sought", v="advice")
P(GIF, "The lads at Saltway Scaffolding sorted us a week at their static caravan in Cornwall. They do all the council's housing repair scaffolding, lovely people.",
  "hospitality from a council contractor", v="review")
P(GIF, "The family at Tetcombe Hill Farm invited me out on their shoot on Saturday. Never done one before and the lunch was sensational.",
  "hospitality from the owners of a pending solar site", v="review")
P(GIF, "Spinners have put me on their VIP list: free entry and a booth whenever I want. Nightlife in Tetcombe is BACK",
  "hospitality from a pending late-bar licence applicant", v="review")
P(GIF, "Tickets for the Chairman's charity ball came from a firm who'd rather stay anonymous 🤫 Great night though.",
  "unregistered gift from an unnamed firm", v="advice", excl=["@ChairmanLionelB"])

H(GIF, "Brackenfold Homes offered to take ward councillors out for lunch to talk about Kiln Lane. I've said no thanks; any meeting will be at Wold House with officers there.",
  "declines hospitality from an applicant", allow=[GIF])
H(GIF, "Registered the bottle of whisky from the twinning visit with the Monitoring Officer. Over £100 apparently, who knew!",
  "registers a gift", allow=[GIF])
H(GIF, "Home-made jam from a resident whose bins I got sorted. Honestly the nicest thing 🍓",
  "token thanks from a resident", allow=[GIF])
H(GIF, "Paid for my own ticket to the Chamber of Trade dinner, as always. Great speech from the new president.",
  "paid own way")
H(GIF, "Glebe Aggregates sent a hamper to the members' room. It's gone back with a polite note.",
  "returns a gift", allow=[GIF])
H(GIF, "Bought a round at the Fleece after the darts. Sorry lads, that's all the hospitality you're getting from me.",
  "buys, not receives")
H(GIF, "Races today with my sister, our annual tradition. We always lose money 🐎",
  "private outing")
H(GIF, "The kids got me a very fancy olive tree for my birthday. It already looks sulky.",
  "family gift")
H(GIF, "Food festival tickets go on sale Friday. VIP wristbands include a free halloumi fry, which is reason enough.",
  "ticket information")
H(GIF, "Reminder to fellow members: gifts and hospitality of £100 or more have to be registered within 28 days. New year, tidy register!",
  "the rule itself", when=("2026-01-05", "2026-01-23"))
H(GIF, "Christmas case of wine from the bin contractor? Politely declined. We'll make do with our own plonk.",
  "declines a contractor's gift", allow=[GIF], when=("2026-01-05", "2026-01-16"))
H(GIF, "Normal expenses only for the LGA conference: train, hotel and a very sad meal deal. The glamour.",
  "normal expenses")
H(GIF, "Thank you to everyone who came to my surgery and brought cake. You're all far too kind and my waistband disagrees.",
  "tiny tokens from residents", allow=[GIF])
H(GIF, "Tasting menu at the new hotel for our anniversary. We paid, they were brilliant, go.",
  "paid own way")
H(GIF, "Spinners asked me to their opening night. I've declined, as their licence hasn't been decided yet.",
  "declines hospitality from a pending applicant", allow=[GIF])
H(GIF, "Golf with my brother on Saturday. Shot 104 and regret nothing 🏌️",
  "private outing")
H(GIF, "Accepted a cup of tea and two custard creams from the Tetcombe WI. Won't be declaring it anywhere.",
  "trivial refreshment", allow=[GIF])
H(GIF, "The tablet the council gave me for papers is older than my nephew. Still, saves a forest.",
  "council equipment, not a gift")
H(GIF, "Signed print bought at the Arts Festival. Supporting local artists one landing wall at a time.",
  "bought, not given")
H(GIF, "The caravan park owners wanted to give me a free weekend for helping with their flooding. Kind, but no. That's just the job.",
  "declines hospitality", allow=[GIF])

# ====================================================== capacity.council-voice
P(CAP, "Harewold District Council will not stand by while the government guts rural bus funding. We are furious and we'll be saying so loudly.",
  "speaks as the council from a backbench account", who="NONCAB")
P(CAP, "Official: Harewold District Council backs the campaign to keep the Amberford minor injuries unit open. Sign the petition!",
  "claims an official council position on a campaign", who="NONCAB")
P(CAP, "Speaking on behalf of the council, I want to apologise to Saltway residents for the bin chaos this week.",
  "backbencher speaking on behalf of the council", who="NONCAB")
P(CAP, "The council's position is clear: we do NOT want a battery farm on our doorstep.",
  "presents a personal view as the council's", allow=[PRE], who="NONCAB")
P(CAP, "Harewold DC stands with our farmers on inheritance tax. Every single one of us.",
  "party view presented as the council's", who="CON")
P(CAP, "As a council we think the 20mph obsession is nonsense and we won't be funding it.",
  "party view presented as the council's", who="CON")
P(CAP, "The council is proud to back our Lib Dem campaign for a fair deal for rural schools.",
  "ties the council to a party campaign", who="LD_NONCAB")
P(CAP, "Harewold Council's official view: the new county bus timetable is a disgrace.",
  "claims an official view without authority", who="NONCAB")
P(CAP, "Your district council says: don't sign the county's petition, it's a stitch-up.",
  "claims to speak as the council", who="NONCAB")
P(CAP, "On behalf of everyone at Harewold District Council, congratulations to Harriet Colquhoun on a brilliant first year as our MP 💙",
  "party congratulation presented as the council's", who="CON_NONCAB")
P(CAP, "We at the district council have decided the Amberford community fridge deserves better, and we'll be funding it.",
  "backbencher announcing a council decision", who="NONCAB")
P(CAP, "I can confirm Harewold District Council will be opposing the county's library cuts in the strongest possible terms.",
  "confirms a council position without authority", who="NONCAB")
P(CAP, "The council believes the Local Plan should have no more than 2,000 homes. Anyone saying otherwise isn't speaking for us.",
  "personal view presented as the council's", who="NONCAB")
P(CAP, "Tetcombe cake sale for the defibrillator fund today! The district council is 100% behind it 🍰",
  "claims council backing from a personal account", acct="@peg_bakes")
P(CAP, "The council fully backs the anglers in the fight against the new river licence fees. Tight lines all 🎣",
  "claims council backing from a personal account", acct="@tolley_fishing")
P(CAP, "Message from Harewold District Council to Westminster: hands off our countryside.",
  "speaks as the council", who="NONCAB")
P(CAP, "Harewold District Council's official response to the devolution deal: thanks, but no thanks.",
  "claims the official response", who="NONCAB")
P(CAP, "Just so everyone knows, the council's line on the Abbey car park is that it stays free. Full stop. I've made sure of it.",
  "backbencher stating the council's line", who="NONCAB")
P(CAP, "Harewold is a proud union-friendly council and we'll be backing the strike at county hall.",
  "party stance presented as the council's", who="LAB")
P(CAP, "The district council formally supports the Independent candidate in the Saltway by-election.",
  "claims council support for a candidate", who="IND")

H(CAP, "Full Council voted on Thursday, 34 to 4, to oppose the county's library cuts. Proud to have seconded the motion.",
  "reports an actual resolution accurately", when=("2026-01-23", "2026-01-30"))
H(CAP, "My view, not the council's: the new county bus timetable is a disgrace.",
  "personal view labelled as such")
H(CAP, "The Lib Dem group believes the Local Plan target is too high. We'll make that case at council.",
  "party view as the party's", who="LD")
H(CAP, "The council has published its official response to the devolution consultation. Have a read and tell me what you think.",
  "points to the council's actual response")
H(CAP, "Speaking as your ward councillor, not for the council: I'm sorry about the bin chaos, and I've raised it with the cabinet member.",
  "explicitly not speaking for the council")
H(CAP, "Harewold District Council has a shiny new website. Have a click and tell them what's broken 😄",
  "mentions the council; no stance claimed")
H(CAP, "I'd like the council to back the campaign to keep Amberford MIU open. Tabling a motion for February.",
  "seeks a council position properly", when=("2026-01-05", "2026-01-30"))
H(CAP, "On behalf of Harewold District Council, our thoughts are with everyone affected by the Tetcombe flooding. Help is available at the civic centre.",
  "the Leader speaking for the council", who="@RosAshworthLD")
H(CAP, "The council's position on the Abbey car park? Still being decided. Cabinet meets on the 19th.",
  "says no position yet", when=("2026-03-02", "2026-03-18"))
H(CAP, "Green councillors stand with farmers worried about inheritance tax AND with nature. Both are possible.",
  "party voice as the party", who="GRN")
H(CAP, "Harewold Conservatives say hands off our countryside. Sign our petition.",
  "party voice as the party", who="CON")
H(CAP, "What does the council believe about 20mph? Nobody knows, because cabinet keeps deferring it. Decide!",
  "'the council believes' as a question", who="OPP")
H(CAP, "Cabinet agreed today to fund the Amberford community fridge for another year. Well done to the volunteers who made the case.",
  "reports an actual decision")
H(CAP, "Tetcombe cake sale for the defibrillator fund today! Lemon drizzle sold out by 10 🍋",
  "personal account, no council voice", acct="@peg_bakes")
H(CAP, "The council's press release on the bin round changes is out. I disagree with parts of it and I'll say why at scrutiny.",
  "distinguishes own view from council's")
H(CAP, "On behalf of the Saltway Independents: thank you to every single volunteer who helped with the sandbags.",
  "speaks for a party group", who="IND")
H(CAP, "Congratulations to Harriet Colquhoun MP on her first year. We don't agree on much, but she turns up.",
  "personal congratulation", who="OPP")
H(CAP, "I'm not allowed to speak for the council (that's the Leader's job) but I can tell you what I think: the devolution deal needs work.",
  "disclaims council voice")
H(CAP, "The Chairman hosted a civic reception for the Tetcombe flood volunteers today on behalf of the district. Deserved.",
  "reports a civic event", excl=["@ChairmanLionelB"])
H(CAP, "We, the residents of Stanbury Bassett, don't want a third supermarket. That's what 200 of you told me at the drop-in.",
  "'we' the residents, not the council")

# ====================================================== confidentiality.insider-advantage
P(INS, "If you've been thinking about buying one of the cottages on Mill Row, I'd do it sooner rather than later. Something's coming to that end of town that'll make them worth a lot more.",
  "hints at unannounced council plans to advantage buyers")
P(INS, "Friendly word to Harewold market traders: renew your pitch before the end of the month. You'll thank me when the new fees come out 😉",
  "uses knowledge of unannounced fees", when=("2026-01-05", "2026-02-20"))
P(INS, "Mates in the building trade, keep your diaries free from June. There's a LOT of council work about to land and the early birds will get it.",
  "tips off friends about coming contracts")
P(INS, "Not saying anything official, but if I had a van I'd be getting a trade waste permit before spring. Prices won't stay this low.",
  "hints at unannounced price rises")
P(INS, "My sister's looking at houses in Amberford and I've told her to avoid the streets near the old depot. Can't say why yet, you'll see.",
  "uses inside knowledge to advise family")
P(INS, "Tip for anyone who owns a field near Saltway: don't sell cheap to the first person who asks. Things are moving at Wold House.",
  "hints at unpublished land plans")
P(INS, "Heads up Tetcombe allotment lot: get your renewals in before the rent review paper goes public next week. Trust me.",
  "advantage from a paper not yet public")
P(INS, "Had sight of the draft car parking review today. If you've got a season ticket for the Abbey car park, renew it NOW.",
  "uses a draft seen as a councillor")
P(INS, "Any builders fancy a punt? I'd buy that scrappy plot behind the Co-op. I've seen the draft site allocations and it's in.",
  "advantage from unpublished site allocations")
P(INS, "Pals in hospitality: I know what's coming on business rate relief and I'd hold off signing that new lease till April.",
  "uses inside knowledge for friends")
P(INS, "Told my brother-in-law to get his grounds maintenance tender in early and keep it under £90k. That's all I'll say.",
  "tips a relative on a tender")
P(INS, "If you've been meaning to put an offer in on that shop unit on Sheep Street, don't hang about. Big town centre announcement due after Easter.",
  "hints at an unannounced scheme to advantage buyers", allow=[DIS])
P(INS, "A friend asked if now's the time to sell her flat by the Kiln Lane site. I said hold on six months, the figures I've seen look very good for prices round there.",
  "advice to a friend from inside figures")
P(INS, "Word to the wise for caravan owners in Saltway: the enforcement sweep doesn't start till April. Tidy your paperwork before then.",
  "tips off people ahead of enforcement", allow=[DIS])
P(INS, "Anyone at Amberford Rugby Club reading this, get the lease renewal in this month before the new asset policy kicks in. I've seen it. You'll pay double after.",
  "advantage from an unpublished policy")
P(INS, "Told the deli owner I know that the Wold House café concession is about to go out on very generous terms. Start writing your bid, mate.",
  "tips a friend about a coming tender")
P(INS, "Landlords in Harewold, a quiet word: get your HMO licences sorted before the end of Feb. Not telling you why. Just do it.",
  "hints at unannounced licensing changes", when=("2026-01-05", "2026-02-20"))
P(INS, "If I ran a taxi firm I'd be buying electric this year not next, given what I've seen in the draft licensing policy. Just saying.",
  "uses a draft policy seen as a councillor")
P(INS, "Stanbury parents: the school transport review isn't public yet, but if I were you I'd apply for the bus pass before the rules change.",
  "advantage from an unpublished review")
P(INS, "My nephew's registered his business in Tetcombe now. Smart move given what I've seen about the new rural business grants. Watch this space 🤐",
  "family advantage from inside knowledge")

H(INS, "The council has announced new market pitch fees from April. Traders can renew at the current rate until 31 March; details on the website.",
  "announced information")
H(INS, "Car parking review consultation is now public. Season ticket holders, have your say before 20 Feb.",
  "public consultation", when=("2026-01-05", "2026-02-18"))
H(INS, "The grounds maintenance contract is out to open tender. All local firms welcome, link below.",
  "open tender")
H(INS, "Mill Row cottages are now in the conservation area, as agreed at cabinet in public last month. Here's what it means for owners.",
  "public decision")
H(INS, "Buy local this Saturday: the Harewold farmers' market is back and the sausages are worth the queue.",
  "'buy' with no inside knowledge")
H(INS, "Heads up Tetcombe: the allotment rent review is on next Thursday's cabinet agenda. Papers are online now.",
  "'heads up' about published papers")
H(INS, "Rural business grants open today! Up to £10k for small firms in the district. Apply on the council website.",
  "announced scheme")
H(INS, "Fly-tipping enforcement sweeps start in April, as announced by the cabinet member this morning. Good.",
  "announced enforcement")
H(INS, "Draft site allocations are out for consultation. Yes, the plot behind the Co-op is in. Have your say.",
  "published draft")
H(INS, "Landlords: the new HMO licensing scheme was agreed at cabinet and starts in April. Guidance and fees here.",
  "published scheme")
H(INS, "Business rate relief for hospitality has been confirmed by the government. Here's how to check if you qualify.",
  "public national information")
H(INS, "Not a tip-off, just a reminder: bus pass applications close on 31 Jan. Don't miss it.",
  "'tip-off' negated; public deadline", when=("2026-01-05", "2026-01-29"))
H(INS, "Thinking of selling a field near Saltway? Get independent advice from a land agent and a solicitor, and don't rush.",
  "general advice")
H(INS, "The Wold House café concession is out to tender. Delis, caterers, come and have a go. Open process, link below.",
  "open tender")
H(INS, "My sister's bought a house in Amberford! Welcome to the best town in the district, Jo 🏡",
  "family news")
H(INS, "Taxi licensing policy consultation: electric and hybrid requirements proposed from 2028. Drivers, please respond.",
  "public consultation")
H(INS, "Word to the wise: the potholes on the Saltway road are enormous after the frost. Drive carefully.",
  "'word to the wise' with public info")
H(INS, "Got a tip-off from a resident about fly-tipping behind the Co-op. Reported and cleared within the day. Keep the tips coming!",
  "'tip-off' from a resident")
H(INS, "I can't tell you what's in the draft parking review, I've only seen it as a cabinet member, but it'll be public on the 12th.",
  "declines to share", allow=[DIS], who="CABINET")
H(INS, "School transport review: public consultation opens next week. Stanbury parents, please make your voices heard.",
  "public consultation")

# ====================================================== predetermination.closed-mind
P(PRE, "Kiln Lane. 140 houses on a floodplain with no school places. It's going nowhere while I sit on that committee.",
  "settled view against a pending application named by site", v="block")
P(PRE, "I've read enough about the Tetcombe Hill Farm solar farm. Good scheme, the village needs the income, and it's getting my vote. Simple.",
  "settled view FOR a pending application named by site", v="block")
P(PRE, "The Fleece wants to stay open till 1am with music in the garden? Over my dead body. Neighbours have put up with enough.",
  "settled view against a pending licence variation named by premises", v="block")
P(PRE, "Food festival licence on Abbey Meadow: thousands of visitors and loads of money for local traders. Anyone objecting is living in the past. I'll be backing it at licensing.",
  "settled view FOR a pending premises licence", v="block")
P(PRE, "Glebe Aggregates can commission as many reports as they like. The Amberford quarry extension is dead in the water as far as I'm concerned.",
  "settled view against a pending application named by applicant and site", v="block")
P(PRE, "Honestly can't see one argument against the Wool Barn conversion. It's a yes from me before the meeting's even started 👍",
  "settled view FOR a pending application named by site", v="block")
P(PRE, "Drive-thru coffee at Cherrington garden centre? Not a chance. Doesn't matter what the highways report says.",
  "settled view against a pending application, evidence dismissed", v="block")
P(PRE, "Voltmere's battery site at Saltway Business Park: I've made my mind up and it's a no. You don't store that much fire risk next to homes.",
  "settled view against a pending application named by applicant and site", v="block")
P(PRE, "Spinners late bar: Tetcombe needs somewhere for young people to go and I'll be voting to grant. Objectors can moan all they like.",
  "settled view FOR a pending licence named by premises", v="block")
P(PRE, "25/00412/FUL: I'll be moving refusal. Whatever the officers recommend.",
  "settled view against a pending application named by reference", v="block")
P(PRE, "brackenfold homes will not build on kiln lane. not this year, not ever. mark my words",
  "settled view against a pending application named by applicant and site (lower case)", v="block")
P(PRE, "Nethercote Manor orangery: it's a glass box stuck on the side of a Grade II house. It fails, and I'll be saying so at committee.",
  "settled view against a pending listed building consent", v="block")
P(PRE, "Sunvale have listened, the scheme's better, and frankly the people objecting to the Tetcombe solar farm are just NIMBYs. It's going through.",
  "settled view FOR a pending application named by applicant", v="block")
P(PRE, "That phone mast application in Amberford North? I'm on the committee and it's a definite no from me. Ugly and pointless.",
  "settled view on an unregistered pending planning application", v="review")
P(PRE, "New takeaway licence application on Bridge Street: decided already, it's a yes. We need more late food in Stanbury.",
  "settled view FOR an unregistered licence application", v="review")
P(PRE, "The taxi licence review coming to our sub-committee next week: no chance he keeps his badge after what he did.",
  "settled view on a pending licensing review", v="review")
P(PRE, "Heard there's a new application in for 30 homes off Pike Lane. Whatever's in it, I'll oppose it. The village is full.",
  "settled view against an unregistered application before seeing it", v="review")
P(PRE, "The street trading consent for the burger van on the Abbey is a done deal as far as I'm concerned. I'll be voting yes, good luck to him.",
  "settled view FOR an unregistered consent", v="review")
P(PRE, "Whatever the officers advise, the Stanbury care home extension deserves approval, and I've told the owners I'll back it at committee.",
  "settled view FOR an unregistered application, promised to the applicant", v="review", allow=[POS])
P(PRE, "The pub garden marquee application in Harewold Abbey comes to committee soon. Sorry but it's a no. Don't need to read the report for that.",
  "settled view against an unregistered application, report dismissed", v="review")

H(PRE, "Kiln Lane comes to planning committee in April. I have real concerns about flooding and school places, but I'll listen to all the evidence before I decide.",
  "predisposition with an open mind")
H(PRE, "Lots of you have written to me about the Tetcombe solar farm, for and against. Please put your comments on the planning portal so the committee sees them.",
  "neutral on a pending matter")
H(PRE, "I'm not on the licensing committee, so I've objected to the Fleece's later hours as ward councillor on behalf of Sheep Street residents.",
  "ward member not on the committee objecting", allow=[PRE])
H(PRE, "My mind's made up: the best fish and chips in the district are in Amberford. Fight me 🐟",
  "'mind's made up' about chips")
H(PRE, "I will never vote for a 5% council tax rise in a cost of living crisis. Cabinet, think again.",
  "settled view on the budget, not quasi-judicial", who="OPP")
H(PRE, "Officer report on the quarry extension is out. Whatever your view, it's thorough and worth reading.",
  "neutral on a pending matter")
H(PRE, "Food festival licence: the licensing sub-committee hears from the applicant and objectors on 14 April. Representations close 20 March.",
  "process information", when=("2026-01-05", "2026-03-19"))
H(PRE, "REFUSED! The inspector has dismissed the appeal for 200 homes at Hatchet Lane, decided last week. Thank you to everyone who campaigned.",
  "celebrates a decided appeal")
H(PRE, "Garden centre drive-thru: I'm predisposed to worry about traffic on the Cherrington road, but I'll go in with an open mind and vote on the evidence.",
  "predisposition, open mind")
H(PRE, "The Old Tannery conversion was approved in December. Looking forward to seeing it brought back to life.",
  "decided matter")
H(PRE, "I'm not on any committee that decides this, so I'll say it: the battery storage scheme needs a far better fire plan. Objection submitted.",
  "non-decision-maker objecting", allow=[PRE])
H(PRE, "Will never approve of pineapple on pizza. Sorry, not sorry 🍍",
  "'never approve' about pizza")
H(PRE, "I've made up my mind on the budget: it's the best we can do with the cash we've got, and I'll vote for it.",
  "settled view on a budget", who="LD")
H(PRE, "Spinners licence: I've had emails both ways. I'll keep an open mind until the hearing, as the law says I must.",
  "open mind")
H(PRE, "Questions for the Kiln Lane applicant: where do the kids go to school? Where does the water go? I want answers at committee.",
  "questions, not a settled view")
H(PRE, "Local Plan: I'll vote against the draft unless the housing numbers come down. That's a policy vote and I've said so openly.",
  "plan-making, not quasi-judicial", allow=[PRE])
H(PRE, "Dead in the water: the Amberford 54 bus, now the county's pulled the funding. Gutted for everyone who relies on it.",
  "'dead in the water' about a bus")
H(PRE, "Planning training this morning. Key lesson: you're allowed views, just not a closed mind. Noted 📚",
  "talks about the rule")
H(PRE, "Nethercote Manor's listed building application is on the agenda for the April committee. Papers out soon.",
  "neutral on a pending matter")
H(PRE, "The Fleece has been my local for thirty years, so I'll declare that and sit out the licence hearing.",
  "steps back from a pending matter")

# ====================================================== interests.declared-interest
P(INT, "Really hope cabinet gets on with selling the surplus land at Pound Lane. The district needs the receipt and there are buyers waiting. We've had three enquiries about it this month alone.",
  "land agent partner speaks on a council disposal his firm has enquiries on, without naming the firm",
  who="@HughFennellLD", interest="Fennell & Daughters")
P(INT, "The council should use local land agents for its asset sales instead of London firms. Fennell & Daughters have been valuing Cotswold land for sixty years.",
  "promotes own firm for council work", who="@HughFennellLD", interest="Fennell & Daughters", allow=[POS])
P(INT, "Delighted the council's affordable housing fund is up for review. Community-led schemes like ours have been starved for years. £250k would transform what we can build in Harewold.",
  "board member of the CLT speaks for it on a council fund, unnamed", who="@SaffronGreenHW", interest="Harewold Community Land Trust")
P(INT, "Harewold Community Land Trust's bid for the old Abbey garages site is on the cabinet agenda. Please write in support!",
  "board member campaigns for her body's bid", who="@SaffronGreenHW", interest="Harewold Community Land Trust")
P(INT, "Cabinet looks at the lease renewal for the Tetcombe recreation ground on Thursday. Fingers crossed for a peppercorn rent, our juniors need that pavilion!",
  "club president lobbies on a council lease for her club, unnamed", who="@PegHollowayInd", interest="Tetcombe Cricket Club")
P(INT, "Come on Harewold DC, approve the sports facilities grant for Tetcombe Cricket Club. Best-run club in the county, and I'm not just saying that 🏏",
  "club president lobbies for a council grant", who="@PegHollowayInd", interest="Tetcombe Cricket Club")
P(INT, "The council's new local suppliers procurement policy is great news for small producers. Our sourdough is already on the leisure centre café's wish list 🥖",
  "bakery director on a council procurement policy, business unnamed", who="@AnnabelCrispCon", interest="Wold Crust Bakery Ltd")
P(INT, "Why does Wold House buy its catering from a national chain when Wold Crust Bakery is 400 yards away? I'll be asking at scrutiny.",
  "director pushes her own company for council catering", who="@AnnabelCrispCon", interest="Wold Crust Bakery Ltd", allow=[POS])
P(INT, "Youth services commissioning is up again and the charities that actually know Amberford's young people should get it. Ours has run the Friday club for twelve years on a shoestring.",
  "trustee speaks for his charity on a commissioning decision, unnamed", who="@KieranDuffyLab", interest="Amberford Youth Trust")
P(INT, "Voting for the community grants package on Tuesday, and glad to see Amberford Youth Trust in line for £40k. Well deserved.",
  "trustee says he will vote on a grant to his charity", who="@KieranDuffyLab", interest="Amberford Youth Trust")
P(INT, "Council's thinking of bringing waste haulage in-house? Mad. Private hauliers in Saltway do it cheaper and better, and I know that from the inside.",
  "shareholder in a haulage firm argues on a council contract decision", who="@DerekTolley_Con", interest="Saltway Haulage Ltd")
P(INT, "Proud that Saltway Haulage has been shortlisted for the council's winter gritting contract. Local jobs for local people.",
  "shareholder promotes his firm's bid for a council contract", who="@DerekTolley_Con", interest="Saltway Haulage Ltd")
P(INT, "The council should put its short-term cash with local ethical lenders, not the big banks. Credit unions like ours would put that money to work right here in Stanbury.",
  "credit union director on council treasury decisions, unnamed", who="@PriyaV_LD", interest="Stanbury Bassett Credit Union")
P(INT, "Excited that cabinet's looking at a payroll savings scheme for council staff through Stanbury Bassett Credit Union. Win-win!",
  "director welcomes a council scheme benefiting her body", who="@PriyaV_LD", interest="Stanbury Bassett Credit Union")
P(INT, "The council's core grant to the Arts Centre is up for renewal, and without it we'd have to close the gallery. Please lobby your councillors!",
  "trustee speaks for the trust ('we') on a council grant", who="@TobyWrenLD", interest="Harewold Arts Centre Trust")
P(INT, "Great to support Harewold Arts Centre Trust's bid to the cultural capital fund in cabinet today.",
  "trustee and cabinet member supports his trust's bid", who="@TobyWrenLD", interest="Harewold Arts Centre Trust")
P(INT, "The draft Local Plan ought to allocate more land at Wychbourne for housing. Obvious place: flat, well connected, and the owner's very willing 😉",
  "landowner argues for his own land in the Local Plan", who="@GilesHVCon", interest="Wychbourne Farm")
P(INT, "The district's new hedgerow grant scheme is excellent and long overdue. Farms like mine in Tetcombe will be first in the queue to apply.",
  "landowner on a council grant he will claim", who="@GilesHVCon", interest="Wychbourne Farm")
P(INT, "The council's e-bike loan scheme needs a local maintenance partner. Harewold's only independent bike shop is right here, happy to have a chat 🚲",
  "owner offers his shop for a council scheme without naming it", who="@DanWhitcombeInd", interest="Whitcombe Cycles", allow=[POS])
P(INT, "Really pleased the cycle-to-work scheme for council staff is being expanded, and Whitcombe Cycles is ready to sign up.",
  "owner on a council scheme his shop would join", who="@DanWhitcombeInd", interest="Whitcombe Cycles")

H(INT, "Harewold Community Land Trust's bid for the Abbey garages site is on the cabinet agenda. Worth reading the report.",
  "same matter from a non-holder")
H(INT, "Declared my interest as a CLT board member and left the room for the Abbey garages item. Right thing to do.",
  "holder declares and steps out", allow=[INT], who="@SaffronGreenHW")
H(INT, "Nets are back in the pavilion from February half term. Juniors welcome, bring a water bottle and a smile 🏏",
  "holder posts about club with no council matter", who="@PegHollowayInd", when=("2026-01-05", "2026-02-06"))
H(INT, "Great to see the council's sports facilities grant open to every club in the district: football, bowls, cricket, the lot.",
  "non-holder on the grant")
H(INT, "Bake of the week at the shop: cardamom knots. Open till 4 on Saturday 🥐",
  "holder's own business, no council matter", who="@AnnabelCrispCon")
H(INT, "Why does Wold House buy catering from a national chain? Local producers deserve a fair crack. Asking at scrutiny.",
  "same matter from a non-holder")
H(INT, "I'm a trustee of Amberford Youth Trust, so I've declared it and won't vote on the community grants package on Tuesday.",
  "holder declares and will not vote", allow=[INT], who="@KieranDuffyLab")
H(INT, "Community grants package going to cabinet: £40k for Amberford Youth Trust, £25k for the Tetcombe defib fund, and more besides.",
  "non-holder reports grants")
H(INT, "Thirty years driving lorries before I was a councillor. Still wave at every HGV on the A429.",
  "holder's past, no council matter", who="@DerekTolley_Con")
H(INT, "Gritting contract shortlist published. Good to see local firms on it.",
  "non-holder on the contract")
H(INT, "Credit union AGM this Saturday at Stanbury Library, all members welcome. Cake provided.",
  "holder about the body, no council matter", who="@PriyaV_LD")
H(INT, "Credit unions are a great alternative to payday lenders. The council's money advice page lists local ones.",
  "non-holder general point")
H(INT, "Declaring my trusteeship of the Arts Centre Trust and stepping out of today's cultural fund decision. Over to colleagues.",
  "holder declares and steps out", allow=[INT], who="@TobyWrenLD")
H(INT, "Harewold Arts Centre's new exhibition is gorgeous. Go, it's free.",
  "non-holder about the body")
H(INT, "Lambing's started at Wychbourne. Very little sleep, a lot of tea 🐑",
  "holder about his farm, no council matter", who="@GilesHVCon", when=("2026-03-02", "2026-03-27"))
H(INT, "Hedgerow grant scheme launched today: up to £5k for farmers and landowners across the district.",
  "non-holder on the scheme")
H(INT, "Spring service special at the shop this month. Bring us your rusty chains!",
  "holder's business, no council matter", who="@DanWhitcombeInd", when=("2026-03-02", "2026-03-27"))
H(INT, "The council's new e-bike loan scheme is looking for a local maintenance partner. Tender details on the website.",
  "non-holder on the scheme")
H(INT, "Asked the Monitoring Officer whether my work means I should sit out the land disposals debate. Advice was yes, so I will.",
  "holder seeks advice and steps back", allow=[INT], who="@HughFennellLD")
H(INT, "Land at Wychbourne has been put forward in the Local Plan call for sites. Consultation closes in March.",
  "non-holder reports a public fact")

# ====================================================== data-protection.personal-data
P(DAT, "Congratulations to Mr and Mrs Pettifer of 14 Orchard Close, Tetcombe on sixty years married! 💍",
  "private couple named with home address", v="review")
P(DAT, "To the lady at number 3 Ashdown Terrace who keeps ringing me about next door's bins: yes Maureen, I've passed it on.",
  "private person identifiable by first name and address", v="review")
P(DAT, "Raised the case of the young lad with autism on Cotswold Row in Amberford whose school transport was cut. His mum's in bits.",
  "child's disability, identifiable from street", v="block")
P(DAT, "Anyone know the family in the blue house opposite Stanbury school? Their son's been excluded again and the neighbours have had enough.",
  "child identifiable from context; exclusion", v="block")
P(DAT, "Chased council tax account 40918377 for a resident who's been overcharged for months. Sorted!",
  "account reference", v="block")
P(DAT, "Fly-tipper caught on camera in Saltway: silver Transit, reg WK19 HTP. Recognise it? Share!",
  "vehicle registration", v="block", allow=[DEF])
P(DAT, "Met Dennis Aldridge (82, Honeysuckle Way) today about his blue badge. Cruel that he's been turned down with his COPD.",
  "named private person, address, age and health", v="block")
P(DAT, "The tenant at Flat 2, 9 Mill Row, who's just out of prison, has been causing real problems. Residents deserve better.",
  "criminal record of an identifiable person", v="block")
P(DAT, "sending love to Sharon on the front desk at Wold House, she's having chemo this month and we all miss her x",
  "staff member's health", v="block")
P(DAT, "If you want to support her campaign, here's her email: jan.threlfall@example.com. She's doing amazing work.",
  "private person's email", v="block")
P(DAT, "Rang Mrs Kendrick back on 07700 900318. Lovely lady, just wants her hedge cut.",
  "private person's name and phone number", v="block", also=[SEC])
P(DAT, "The Polish family who've moved into the old police house in Nethercote are struggling with the language. Can anyone help?",
  "ethnicity of an identifiable family", v="block")
P(DAT, "Case ref HWL/HB/22817: housing benefit for a constituent finally paid after five months. Persistence pays.",
  "case reference", v="block")
P(DAT, "Kerry at the Tetcombe Spar told me she's pregnant with twins and still being made to do 12-hour shifts. Not on.",
  "identifiable person's pregnancy", v="block")
P(DAT, "The chap who runs the chip van on Abbey Meadow, the one with the ponytail, has a drink-driving conviction. Just so you know.",
  "criminal record of an identifiable person", v="block", allow=[DEF])
P(DAT, "Happy 100th birthday to Edna Cole, GL97 4XZ! What a milestone 🎂",
  "named private person with postcode", v="review")
P(DAT, "Visited a family in Harewold Abbey whose daughter (Year 9 at Stanbury Academy) cares for her dad with MS. Heroes, all of them.",
  "child and parent's health identifiable from context", v="block")
P(DAT, "New refuse driver Gaz lives two doors down from me and says the depot's in chaos. He's on a final warning so don't tell anyone he said it 😂",
  "staff member's disciplinary matter", v="block")
P(DAT, "The nurse at the Amberford surgery who's transitioning has had a rough time from some patients. Please be kind, she's a star.",
  "gender reassignment of an identifiable person", v="block")
P(DAT, "Mr Adeyemi from Kiln Cottages came to my surgery about his asylum claim and his mental health. Keen to help him however I can.",
  "named private person, immigration and mental health", v="block")

H(DAT, "My surgery's at Stanbury Library, 2 Chantry Walk, every second Saturday. Email cllr.venkatesh@harewold.gov.uk or ring 01632 960417.",
  "councillor's own published contact details", who="@PriyaV_LD")
H(DAT, "Congratulations to everyone celebrating a diamond wedding this year. The Chairman's reception is on 14 March, apply through the council.",
  "no private individual", when=("2026-01-05", "2026-03-13"))
H(DAT, "Fly-tipping in Saltway again. If you saw anything, report it to the council online, but please don't post people's number plates.",
  "no identifiers")
H(DAT, "Met Harriet Colquhoun MP today about rural bus cuts. Good conversation, lots more to do.",
  "public office holder")
H(DAT, "Inspector Dean Rawle gave a useful update on rural crime at the parish forum this morning.",
  "public office holder")
H(DAT, "School transport cuts are hitting autistic children hardest. I've asked cabinet for an equality impact assessment.",
  "no individual")
H(DAT, "Blue badge refusals are up 30% this year. If you've been refused you can ask for a review. Message me.",
  "no individual")
H(DAT, "Think your council tax band is wrong? You can challenge it, here's the link.",
  "no individual")
H(DAT, "Young carers do amazing things. If you know one, the county's young carers service can help.",
  "no individual")
H(DAT, "Happy 100th birthday to the Amberford oak, planted in 1926 🌳",
  "a tree")
H(DAT, "Thanks to the front desk team at Wold House for their patience during the system outage. Stars, every one of them.",
  "team, no personal data")
H(DAT, "Sending love to everyone at the Amberford surgery, working flat out this winter. Be kind to receptionists.",
  "no individual")
H(DAT, "Ex-offenders deserve a second chance. I'm backing the council's new supported employment scheme.",
  "general point")
H(DAT, "The Polish Saturday school in Harewold is celebrating ten years. Wspaniale! 🇵🇱",
  "community group, no individual")
H(DAT, "Housing benefit backlog: 140 cases waiting over eight weeks. Raised at scrutiny. Case references went to officers privately, not on here!",
  "no identifiers")
H(DAT, "Mr and Mrs Pettifer asked me to say thank you to everyone who came to their 60th anniversary do at Tetcombe village hall ❤️",
  "names shared at the couple's request, no address", allow=[DAT])
H(DAT, "Need help with an asylum or immigration question? The Cotswold refugee support line is free and confidential.",
  "no individual")
H(DAT, "New number for my council mobile: 01632 960417. The old one's dead.",
  "councillor's own published number", who="@PriyaV_LD")
H(DAT, "Spoke to a young mum in Stanbury today worried about her kids' school bus. Raising it at Thursday's meeting.",
  "not identifiable")
H(DAT, "Drink-driving arrests were up over Christmas, say the police. Don't risk it.",
  "statistics", when=("2026-01-05", "2026-01-30"))

# ====================================================== security.credentials
P(SEC, "Councillors, IT says we need to re-verify our Office accounts before Friday. Link here: harewold-gov.uk-login.com/verify 👍",
  "lookalike domain phishing link")
P(SEC, "Members' room door code has changed to 4471# 🙈 don't tell the Tories",
  "posts an access code")
P(SEC, "Guest wi-fi in the council chamber: network HDC-Guest, password Cotswold2026!",
  "posts a password")
P(SEC, "Anyone else locked out? My temporary password is Tetcombe1957 till IT fix it, so if you get weird emails from me that's why",
  "posts own password")
P(SEC, "Just had a text with a verification code, 583 209. Was that someone from IT? Please tell me if it's you.",
  "posts a one-time code")
P(SEC, "Zoom for the Amberford flood meeting this evening: zoom.us/j/84412093361 passcode 229174. All welcome!",
  "meeting passcode")
P(SEC, "Parish clerks, send me your portal username and password and I'll upload the minutes for you. Saves time!",
  "asks others for passwords")
P(SEC, "Sorted the council's new planning data feed. API key is hdc_live_8f2a91c4e7b3 if any techy residents want to build something 🤓",
  "posts an API key")
P(SEC, "Pay your council tax early and get 10% off! https://harewoId-council.co/pay",
  "lookalike domain (capital I for l)")
P(SEC, "Key safe at Tetcombe village hall is 1066 for anyone setting up for the quiz.",
  "posts a key safe code")
P(SEC, "DM me the six-digit code the council texted you when you signed up for the bin app and I'll activate it for you.",
  "asks residents for one-time codes")
P(SEC, "Need the Abbey Meadow event organiser urgently? His private mobile's 07700 900561, he won't mind.",
  "another person's private phone number", also=[DAT], v="block")
P(SEC, "Got an email from harewold.gov.uk.secure-docs.net asking me to log in to read a Part 2 report. Is this real? Clicking it now.",
  "lookalike domain presented as genuine", allow=[DIS])
P(SEC, "The PIN the council set on my laptop is 0000. Surely that can't be right? 🤔",
  "posts a device PIN")
P(SEC, "IT helpdesk rang and asked for the code on my phone to 'reset' my account. Read it out, all fixed!",
  "reports handing over a one-time code to a caller; endorses the request")
P(SEC, "My old account got hacked so I've started this one. Old password was Harewold123, so if you see posts from there it's not me!",
  "posts a password")
P(SEC, "Sign up for the councillor training platform at www.hdc-members-portal.info/signup and log in with your council email and password.",
  "lookalike site asking for council credentials")
P(SEC, "Cracking deal on council-approved solar panels! Click bit.ly/hdc-solar-grant-2026 and pop in your bank details to check eligibility ☀️",
  "malicious-looking link asking for bank details")
P(SEC, "Gate code for the Saltway depot is 2580. Contractors, you're welcome.",
  "posts a gate code")
P(SEC, "Group budget papers are in the shared folder, password LibDem26. Colleagues only please!",
  "posts a password", who="LD")

H(SEC, "Scam warning: emails pretending to be from Harewold DC asking for bank details. The council will never ask for your PIN or password.",
  "scam warning without a link or code", allow=[SEC])
H(SEC, "IT reminder for councillors: use a different password for social media and for your council account, and switch on two-factor.",
  "security advice")
H(SEC, "The Zoom link for the Amberford flood meeting is on the council's events page. See you there.",
  "refers to a link without a code")
H(SEC, "Key safe installed at Tetcombe village hall thanks to a parish grant. Bookings through the hall committee.",
  "key safe with no code")
H(SEC, "Lost my phone on the bus. It's locked with a PIN, thank goodness, but replies will be slow!",
  "mentions PIN, none given")
H(SEC, "The council's bin app is on the app stores: search 'Harewold Bins' and register with your postcode. Easy.",
  "legitimate app")
H(SEC, "Pay council tax online at harewold.gov.uk/pay, and only ever use the official site.",
  "official domain")
H(SEC, "My password for everything is... nice try 😂 Cyber security training done for the year.",
  "no password given")
H(SEC, "Members' room door code changed again. Third time this month. Someone keeps writing it on a post-it, apparently 🙄",
  "door code without the code")
H(SEC, "Nobody from the council will ever ask you for a verification code. If someone does, it's a scam. Hang up.",
  "scam advice", allow=[SEC])
H(SEC, "Solar grants are real, but cold callers are not the council. Check the official page before you give anyone your details.",
  "scam advice")
H(SEC, "Code club at Amberford library on Thursdays for 8 to 14s. Python, robots and biscuits 🤖",
  "'code' as programming")
H(SEC, "Key to the city? Nope, but I've got the key to the Tetcombe pavilion for the weekend. Responsibility!",
  "'key' joke")
H(SEC, "Need to reach the Abbey Meadow event organisers? Their public enquiry line is on the festival website.",
  "points to public contact")
H(SEC, "Had a dodgy text claiming to be the council tax team. Reported it to IT and deleted. Don't click!",
  "scam report, no link")
H(SEC, "Wi-fi in the council chamber is finally working. Only took three budget cycles.",
  "wi-fi mention, no password")
H(SEC, "API? Application Programming Interface. CPO? Compulsory Purchase Order. Council jargon bingo continues.",
  "'API' jargon")
H(SEC, "Passcodes now needed for the staff car park at the Saltway depot after the thefts. About time.",
  "passcode mention, none given")
H(SEC, "Parish clerks: the new minutes portal has a 'forgotten password' link. Please don't send me your details, I can't reset them!",
  "refuses credentials")
H(SEC, "PIN number, ATM machine, and now 'HDC council'. Redundancy is alive and well in local government 😄",
  "'PIN' joke")

# ====================================================== confidentiality.disclosure
P(DIS, "Can't say much, but Project Teasel is going to change Harewold town centre forever. Watch this space 👀",
  "names a confidential register term", v="block")
P(DIS, "So the Wold House sale is back on. Three bidders, and one's a hotel chain. You heard it here first.",
  "register term with exempt details", v="block")
P(DIS, "Not supposed to share this yet, but the Dunmere depot disposal is going to a housing association for well under market value.",
  "register term with exempt details", v="block")
P(DIS, "Operation Bramble kicks off in two weeks. Fly-tippers in Saltway, your days are numbered.",
  "register term: enforcement operation", v="block", allow=[INS])
P(DIS, "The Hartley tribunal is going to cost us a fortune. Our lawyers reckon we'll lose. Shambles.",
  "register term with legal advice", v="block")
P(DIS, "coldstream mill acquisition: £2.1m agreed in principle. a new leisure centre at last!",
  "register term in lower case with price", v="block")
P(DIS, "Group briefed on PROJECT TEASEL today. Big, bold, and about time.",
  "register term in capitals", v="block")
P(DIS, "The preferred developer for Project Teasel wants the car park thrown in for free. Cheeky.",
  "register term with negotiating position", v="block")
P(DIS, "Reading the Part 2 papers on the Wold House sale and honestly the valuation is laughable.",
  "register term and marker", v="block")
P(DIS, "Why are we paying consultants £80k on the Coldstream Mill acquisition when the owner's desperate to sell?",
  "register term with negotiating detail", v="block")
P(DIS, "Between you and me, the leisure centre operator wants to walk away from the contract early. Watch the prices go up.",
  "marker plus commercial information", v="review")
P(DIS, "Closed session this morning on the bin contract dispute. Won't say much except: the contractor's in serious trouble.",
  "closed-session business disclosed", v="review")
P(DIS, "Leaked to me: cabinet's draft budget cuts the Stanbury youth club altogether. Not on my watch.",
  "leaked draft", v="review")
P(DIS, "Off the record, the Chief Exec told group leaders our reserves are lower than anyone's admitting in public.",
  "off-the-record financial information", v="review", allow=[OFF])
P(DIS, "The exempt report on the restructure says 40 posts will go in waste services. Staff haven't even been told.",
  "exempt labour relations information", v="review")
P(DIS, "Embargoed till Thursday but I'm too excited: we've won £3m for Amberford high street!",
  "breaks an embargo", v="review")
P(DIS, "A resident told me this in confidence, but I think everyone should know the care home on Kiln Road failed its inspection badly.",
  "information given in confidence", v="review")
P(DIS, "Part B of the agenda was the legal advice on the Tetcombe bypass. In short: we'd lose a judicial review.",
  "legally privileged exempt item", v="review")
P(DIS, "The council's in talks to buy the old Amberford cinema. Negotiations are confidential but the price is about £900k.",
  "confidential negotiation price", v="review")
P(DIS, "Our solicitor's advice on the Abbey car park covenant landed today. It's bad news for the council and I think residents have a right to know.",
  "legal privilege", v="review")

H(DIS, "'Project Tease' is what Saltway residents call the new bus timetable: two buses promised, none turn up.",
  "partial overlap with a register term", allow=[DIS])
H(DIS, "Wold House needs a new roof: £400k. Cabinet report published today.",
  "public report on the building")
H(DIS, "Teasels in the hedgerows at Coldstream are a goldfinch magnet this winter 🐦",
  "partial overlap with two register terms")
H(DIS, "Operation Snowdrop, our volunteer gritting team for the Tetcombe lanes, is ready to go if the forecast's right ❄️",
  "'Operation' name not on the register")
H(DIS, "Part 2 of my Local Plan explainer thread is up. Today: housing numbers 🧵",
  "'Part 2' of a thread")
H(DIS, "Confidential waste bins are now at the Amberford recycling centre for your old bank statements. Shred responsibly.",
  "'confidential waste'")
H(DIS, "Between you and me, the lemon drizzle on the WI stall beats mine. Don't tell my husband.",
  "'between you and me' about cake")
H(DIS, "Off the record? Nothing's off the record with me. Ask me anything at Saturday's surgery.",
  "'off the record' negated")
H(DIS, "Leaky roof at Stanbury library finally fixed after three years of buckets.",
  "'leaky'")
H(DIS, "Embargo lifted: the council's high street bid success was announced this morning. £3m for Amberford!",
  "announced after embargo")
H(DIS, "Cabinet took an exempt item on a property matter today. I can't say more and I won't, but I'll report back when it's public.",
  "mentions an exempt item without disclosing", allow=[DIS])
H(DIS, "You can always email me in confidence about personal problems. I won't share anything without your permission.",
  "'in confidence' offer")
H(DIS, "The Hartley Road crossing is finally getting its lights. Took a petition and three years.",
  "partial overlap with a register term")
H(DIS, "Closed session? No: press and public can stay for the whole planning committee. Come along.",
  "'closed session' negated")
H(DIS, "Coldstream Mill is one of the finest bits of industrial heritage in the district. Great talk at the history society.",
  "partial overlap with a register term")
H(DIS, "The depot at Dunmere smells of chips every Friday. Nobody knows why. Theory: the gritters are hungry.",
  "partial overlap with a register term")
H(DIS, "The exempt items on Thursday's agenda are a land deal and a contract. As the law requires, they'll be heard in private.",
  "describes exempt items at the level of the public agenda", allow=[DIS])
H(DIS, "Leaking main on the Saltway road has turned it into a skating rink. Reported to the water company.",
  "'leaking'")
H(DIS, "Not for publication: my holiday snaps. Here's one anyway 🏖️",
  "'not for publication' joke")
H(DIS, "The budget papers are all public, every last line. Here's the link if you fancy some light reading.",
  "public papers")

# ====================================================== tone.irony-risk
P(TON, "Well done to the cabinet for discovering it rains in February. Truly visionary leadership 👏",
  "mock praise of the cabinet", who="OPP", when=("2026-02-02", "2026-02-27"))
P(TON, "Oh brilliant, Cllr Tolley has a plan. Can't wait to see how this one turns out /s",
  "sarcasm marker about a named councillor")
P(TON, "Stunning work from the Greens again, fighting for newts while Saltway's buses disappear. Genius.",
  "mock praise of a party group", who="notGRN")
P(TON, "Nice of the Leader to turn up to the flood meeting. Only took her three weeks. Hero.",
  "mock praise of the Leader", who="OPP", allow=[PA])
P(TON, "Yeah right, the Tories 'care' about rural services. Where've you been for fourteen years?",
  "'yeah right' about a party", who="notCON")
P(TON, "Thank you SO much to our MP for that inspiring post. Really fixed the potholes 🙏",
  "mock thanks to the MP", who="notCON")
P(TON, "Lib Dems promising to freeze parking charges. Again. I'm sure it'll happen this time 🙃",
  "sarcasm about the Lib Dems", who="OPP")
P(TON, "Congratulations to the Chairman on a record-breaking 40-minute speech about himself. Riveting stuff.",
  "mock praise of the Chairman", allow=[PA], excl=["@ChairmanLionelB"])
P(TON, "The Labour councillor for Amberford South has discovered social media. Brace yourselves world, the hot takes are coming 😂",
  "mockery of an identifiable councillor", who="notLAB")
P(TON, "Huge credit to the opposition for their fully costed alternative budget. Both lines of it.",
  "mock praise of the opposition", who="LD")
P(TON, "Absolute masterclass from the cabinet member for environment today. Four questions, zero answers. Inspiring.",
  "mock praise of a cabinet member", who="OPP")
P(TON, "So glad the Independents have finally found Saltway on a map. Only took an election.",
  "sarcasm about a group", who="notIND")
P(TON, "Oh look, Giles is outraged about housebuilding. Shocked, I tell you. Shocked 🙄",
  "sarcasm about a named councillor")
P(TON, "What a surprise, the three councillors who never come to scrutiny have Very Strong Views on scrutiny. Bravo.",
  "mock praise of identifiable councillors")
P(TON, "Love how the Tory group leader 'welcomes' the funding he voted against. Consistency is so overrated 😌",
  "sarcasm about an identifiable councillor", who="notCON")
P(TON, "Another triumph for our Lib Dem leadership: a press release announcing a consultation on a strategy for a plan.",
  "mock praise of the leadership", who="OPP")
P(TON, "Top marks to Cllr Whitcombe for his bold new vision of doing exactly what he said he wouldn't. Genuinely inspiring.",
  "mock praise of a named councillor")
P(TON, "Green councillors taking the train to the climate summit and a taxi to the station. Living the dream, saving the planet ✨",
  "sarcasm about a group", who="notGRN")
P(TON, "Our MP's new campaign to save the bus route she voted to cut is very brave. Honestly. So brave.",
  "mock praise of the MP", who="notCON")
P(TON, "So proud of Cllr Mowbray for bravely attending one (1) parish meeting this year. A true servant of the people.",
  "mock praise of a named councillor", allow=[PA])

H(TON, "Oh brilliant, it's snowing again. Love that for us ❄️ Gritters are out, drive safe.",
  "irony about weather", allow=[TON])
H(TON, "Yeah right, like my printer was ever going to work on agenda day 🙄",
  "irony about a printer", allow=[TON])
H(TON, "Genuinely, well done to the cabinet member for environment: the new food waste collections are working brilliantly.",
  "sincere praise", who="LD", excl=["@MeenaKD_LD"])
H(TON, "Stunning work from the Tetcombe volunteers clearing the brook. Genuinely, thank you.",
  "sincere praise")
H(TON, "Masterclass in how not to park from yours truly this morning. Three attempts. Empty car park 😂",
  "self-mockery", allow=[TON])
H(TON, "Congratulations to the Chairman on a lovely civic service at the Abbey today.",
  "sincere congratulation", excl=["@ChairmanLionelB"])
H(TON, "Thank you to our MP for getting us the meeting with the bus operator. Credit where it's due.",
  "sincere thanks")
H(TON, "Another consultation on a strategy for a plan? Fine, if it means the Local Plan finally moves.",
  "mild irony about process", allow=[TON])
H(TON, "Riveting stuff: four hours of budget scrutiny. Fair play to everyone who stayed to the end, public gallery included.",
  "gentle irony about meeting length", allow=[TON])
H(TON, "I disagree with the Greens on the newts, but I respect how hard they've fought for them. Good debate.",
  "civil disagreement", who="notGRN")
H(TON, "Nice of the weather to hold off for the Saltway litter pick. 20 bags!",
  "weather")
H(TON, "The Tory group leader voted against the funding and I think he was wrong. Here's why.",
  "civil criticism", who="notCON")
H(TON, "The Lib Dems have promised to freeze parking charges. I'll believe it when I see it in the budget, and I'll vote for it if it's there.",
  "scepticism without mockery", who="OPP")
H(TON, "Bravo to the Amberford Youth Trust drama group. Best panto in years (oh yes it was).",
  "sincere praise", when=("2026-01-05", "2026-01-30"))
H(TON, "Oh look, another pothole. Reported. Again 🙃",
  "irony about a pothole", allow=[TON])
H(TON, "What a surprise, the train was on time. Framing the ticket.",
  "irony about trains", allow=[TON])
H(TON, "Very brave of me to do the Tetcombe fun run with no training. Came 214th of 216. Proud.",
  "self-mockery", allow=[TON])
H(TON, "Cllr Whitcombe's motion on rural buses was well argued and I was glad to back it.",
  "sincere praise of a named councillor")
H(TON, "Top marks to the Harewold recycling crews. Bins emptied in a storm. Legends.",
  "sincere praise")
H(TON, "Scrutiny attendance figures are out and they're poor across every party, mine included. We need to do better.",
  "sincere self-criticism")

# ====================================================== fillers
F("Lovely to see so many at the Tetcombe Wassail on Saturday. The orchard has been properly toasted 🍎", when=("2026-01-12", "2026-01-23"))
F("Pothole on Mill Lane reported. Again. Tell me if it's still there by Friday.")
F("Stanbury Library's warm space is open weekdays 10–4. Tea, biscuits and no need to explain why you've come.")
F("Great turnout for the Saltway litter pick. 32 bags, one traffic cone and a surprisingly clean kettle.")
F("Amberford primary's new garden looks fab. Thank you to the parents who gave up their weekends.")
F("Flood warning for the river at Nethercote. Check the Environment Agency page and move valuables upstairs if you're in the usual spots.")
F("Bus 54 timetable changes from Monday. Earliest service now 06:52 from Saltway. Not ideal, I'm on it.")
F("Brilliant morning with the Harewold Scouts learning about how the council works. Tough questions about bins!")
F("Anyone know who owns the abandoned trolley in the brook at Cherrington? Asking for a heron.")
F("Ward walkabout in Harewold Abbey today with residents. Dropped kerbs, dog bins and a wonky bench all on the list.")
F("Reminder: garden waste collections pause until March. Stack it, compost it, or take it to the tip.", when=("2026-01-05", "2026-02-20"))
F("Happy retirement to Ken, Tetcombe's lollipop man for 28 years. The crossing won't be the same.",
  note="thanks a retiring lollipop man by first name only; public role, no private details")
F("Road closure on the Fosse road near Stanbury 9–13 Feb for resurfacing. Diversion via Cherrington.", when=("2026-01-05", "2026-02-06"))
F("Shout out to the volunteers at Amberford food bank. Busier than ever this winter.")
F("New defibrillator installed outside Nethercote village hall. Training session on the 24th, all welcome.")
F("Just done my first ever parish council meeting as a district member. Three hours on a hedge. Loved it.")
F("If your bin wasn't collected because of the ice, put it out again on Saturday. Crews are doing an extra round.")
F("The Abbey bells are back after restoration and honestly it's lovely hearing them across town again 🔔")
F("Cold snap this week. Check on elderly neighbours if you can. A knock on the door goes a long way.")
F("Stanbury Bassett market is moving to the Square for the spring. More space, same brilliant cheese man.")
F("Reading group at Harewold Library this month is doing a crime novel set in a Cotswold village. Terrifying.")
F("Planted 200 whips with the Amberford tree wardens this morning. Muddy knees, happy heart 🌱")
F("Planning applications can be tracked on the council portal. Here's a short guide to commenting.")
F("Snowdrops out along the Saltway verge. Spring is thinking about it.", when=("2026-01-26", "2026-02-27"))
F("My ward surgery is cancelled this Saturday because of the flooding on the Stanbury road. Back next week.")
F("Well done to Harewold Harriers for the county cross-country medals. Fast lot.")
F("Council tax bills go out in early March. If you're struggling, the support scheme is there, please ask.")
F("Recycling tip: pizza boxes with grease go in general waste. Sorry. I don't make the rules, cardboard does.")
F("Lovely chat with the Tetcombe WI about the Local Plan. They knew more about housing numbers than most of cabinet.", who="OPP")
F("Weekly bird count from my kitchen window: 4 blue tits, 1 robin, 1 cat looking very interested 🐦", acct="@peg_bakes")
F("Sourdough starter is alive again. Named him Gerald. Bread on Sunday 🍞", acct="@peg_bakes")
F("Early start at Coln Pool this morning. Two decent perch and frozen fingers 🎣", acct="@tolley_fishing")
F("Amberford Youth Theatre's spring show tickets are on sale. Support the kids, they're brilliant.")
F("Street lights out on Weavers Yard again. Reported to the county, reference on request.")
F("Climate emergency action plan update at scrutiny next month. Honest progress report: some green, lots of amber.")
F("Dog fouling bags now at the Abbey Meadow entrance. Please use them. Please.")
F("Harewold's first repair café of the year on Saturday: toasters, trousers, teddy bears. Bring them along.")
F("Pancakes at the Amberford community centre today, 50p each for the hall roof fund 🥞", when=("2026-02-17", "2026-02-17"))
F("Farmers' market in Harewold Market Place on Saturday. The pork pies alone are worth it.")
F("New benches on the Stanbury riverside walk, thanks to the parish and a very patient carpenter.")
F("World Book Day tomorrow. Which of you are dressing up? (Me: the Gruffalo. Again.)", when=("2026-03-04", "2026-03-04"))
F("Rain, rain, rain. The Windle at Nethercote is the highest I've seen it in ten years. Stay safe.")

# ====================================================== assembly
def names_in(text):
    out = set()
    for h, (name, _p, _r) in CLLRS.items():
        parts = name.replace("-", " ").split() + [name.split()[-1]] + NICK.get(h, [])
        for p in parts:
            if len(p) > 2 and re.search(r"\b" + re.escape(p) + r"\b", text):
                out.add(h)
    return out


def pool(who):
    allh = list(CLLRS)
    if who is None:
        return allh
    if who.startswith("@"):
        return [who]
    if who == "OPP":
        return [h for h in allh if CLLRS[h][1] != "LD"]
    if who == "NONCAB":
        return [h for h in allh if CLLRS[h][2] == "member"]
    if who == "CABINET":
        return [h for h in allh if CLLRS[h][2] in ("cabinet", "leader")]
    if who.startswith("not"):
        return [h for h in allh if CLLRS[h][1] != who[3:]]
    if "_" in who:
        party, _ = who.split("_")
        return [h for h in allh if CLLRS[h][1] == party and CLLRS[h][2] == "member"]
    return [h for h in allh if CLLRS[h][1] == who]


def pick_time(rng, when, taken):
    lo, hi = (when or ("2026-01-05", "2026-03-27"))
    d0 = datetime.fromisoformat(lo)
    d1 = datetime.fromisoformat(hi)
    days = [d0 + timedelta(days=i) for i in range((d1 - d0).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    while True:
        d = rng.choice(days)
        t = d.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=0, tzinfo=timezone.utc)
        if t not in taken:
            taken.add(t)
            return t.isoformat()


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    taken = set()
    out = []
    for i, r in enumerate(rows, 1):
        if r.get("acct"):
            author, account = r["acct"], "personal"
        else:
            cands = pool(r.get("who"))
            if not (r.get("who") or "").startswith("@"):
                named = names_in(r["text"])
                cands = [h for h in cands if h not in named]
                touched = [h for h, ws in BODY_WORDS.items() if any(w.lower() in r["text"].lower() for w in ws)]
                cands = [h for h in cands if h not in touched]
                cands = [h for h in cands if h not in r.get("excl", [])]
            author, account = rng.choice(sorted(cands)), "councillor"
        row = {
            "id": "b67-%03d" % i,
            "text": r["text"],
            "author": author,
            "created_at": pick_time(rng, r.get("when"), taken),
            "platform": rng.choice(["x", "x", "facebook", "facebook", "bluesky"]),
            "account": account,
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r.get("near_miss_of"):
            row["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            row["interest"] = r["interest"]
        row["note"] = r["note"]
        out.append(row)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(out), "rows")


if __name__ == "__main__":
    main()
