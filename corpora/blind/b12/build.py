#!/usr/bin/env python3
"""Blind set b12 (Skelbury and Wennock Council): hand-written rows plus a deterministic build.

Run: python3 build.py  -> writes posts.jsonl (same output every time: fixed seed).
"""
import json
import random
import re
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261201

# councillor handle -> (name, party, main account?)
COUNCILLORS = {
    "@RosPeverellLD": ("Rosalind Peverell", "LD"),
    "@GethinCaddow": ("Gethin Caddow", "LD"),
    "@MarisaQuintrell": ("Marisa Quintrell", "LD"),
    "@OswinTaplady": ("Oswin Taplady", "LD"),
    "@BethanScorrierLD": ("Bethan Scorrier", "LD"),
    "@ClemAyliffeCon": ("Clement Ayliffe", "Con"),
    "@PrissyHextCon": ("Priscilla Hext", "Con"),
    "@DomVerrall": ("Dominic Verrall", "Con"),
    "@NkechiLabour": ("Nkechi Abara-Lowe", "Lab"),
    "@FergusTamblynLab": ("Fergus Tamblyn", "Lab"),
    "@YasminGreenWD": ("Yasmin Threlkeld", "Green"),
    "@IvoMarchettiGrn": ("Ivo Marchetti", "Green"),
    "@ArthurPGIndy": ("Arthur Penberthy-Gosse", "Ind"),
    "@WendyColliverRUK": ("Wendy Colliver", "Reform"),
}
PERSONAL = {"@gethin_runs": "@GethinCaddow", "@ivo_at_the_easel": "@IvoMarchettiGrn"}

ROWS = []
_SECTION = [None]


def section(rule):
    """Hard negatives written after this call are near misses of `rule`."""
    _SECTION[0] = rule


def R(family, text, note, rules=None, allowed=(), kind=None, **opts):
    """family: rule id or 'hard_negative'. rules default: [family] for positives, [] for negatives."""
    if kind is None:
        kind = "hard_negative" if family == "hard_negative" else "positive"
    if rules is None:
        rules = [] if kind == "hard_negative" else [family]
    ROWS.append(dict(family=family, text=text, note=note, rules=list(rules), near=_SECTION[0],
                     allowed=list(allowed), kind=kind, opts=opts))


HN = "hard_negative"
OI = "officers.impartiality"
CV = "capacity.council-voice"
RP = "resources.political-use"
PA = "position.improper-advantage"
CP = "copyright.third-party-content"
IR = "tone.irony-risk"
ATT = "respect.personal-attack"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
BUL = "bullying.intimidation"
DEF = "defamation.allegation"

# ---------------------------------------------------------------- officers.impartiality: positives
R(OI, "Read the officer report on the Gorse Lane houses last night. Imogen Fairweather has swallowed the developer's traffic numbers whole, and I've told her I expect the highways section rewritten before it gets anywhere near committee.",
  "Presses a named planning officer to rewrite her report. Names a pending application but states no view on the outcome, so predetermination is only allowed.",
  allowed=[PRE])
R(OI, "Eighteen months Rhodri Penhale has had to sort the Lidmoor Road craters. At what point do we admit the Head of Highways just isn't up to it?",
  "Public criticism of the named Head of Highways' competence. Personal attack is borderline (\"isn't up to it\").",
  allowed=[ATT])
R(OI, "Had a 'frank' chat with our s151 officer this morning. If the reserves paper still says Brackenpool library can't reopen, it goes to full council and people can decide for themselves whose side Lowenna is on.",
  "Pressure on the named finance officer to change her report, with a public question about her neutrality. Veiled threat makes intimidation borderline.",
  allowed=[BUL, IR])
R(OI, "Funny how whenever the administration wants something, planning finds a way. When we ask, Barnaby Skewes suddenly discovers a policy that says no. Officers are meant to be neutral. Are they??",
  "Questions the neutrality of the named Head of Planning in public.", party_not="LD")
R(OI, "The Monitoring Officer's \"advice\" that I can't speak on the harbour item is simply wrong. I've asked Desmond to withdraw it and give me something more sensible in writing by Monday.",
  "Presses the named Monitoring Officer to change his advice. Scare quotes make irony borderline.",
  allowed=[IR])
R(OI, "To whoever drafted the one-way consultation summary (we all know it was you, Rhodri): residents said NO. Change the summary so it says so, or I'll raise it at every meeting till you do.",
  "Directly presses a named officer to alter a report's content, with a mild threat of repeated public pressure.",
  allowed=[BUL])
R(OI, "Our chief exec seems to think her job is keeping the cabinet out of trouble. Helena, with respect, you work for all 54 of us, not the front bench.",
  "Questions the named Chief Executive's political neutrality in public.", party_not="LD")
R(OI, "Three families in my ward told by Kwame Ashdown's team that \"nothing can be done\" about black mould. Either he doesn't understand his own service or he doesn't care which is worse?",
  "Public criticism of the named Head of Housing, personally (\"doesn't care\"). Personal attack borderline.",
  allowed=[ATT])
R(OI, "The council press office spun last week's bin dispute statement so hard it came out the other side. Tamsin Varcoe runs comms for the whole council, not PR for the Lib Dems.",
  "Accuses the named Head of Communications of partisanship.", party_not="LD")
R(OI, "I've made it very clear to the case officer that her recommendation on the old dairy site has to be looked at again and I expect a different one by the time the agenda goes out.",
  "Presses the planning case officer (a role) to change her recommendation. Pending matter named loosely; no outcome stated, so predetermination allowed only.",
  allowed=[PRE])
R(OI, "Whoever in finance signed off these parking income projections should be embarrassed. Lowenna, I'd expect better maths from a first-year apprentice.",
  "Belittles the named Director of Finance: officer criticism plus a personal attack.",
  rules=[OI, ATT])
R(OI, "Our highways chief has never once come out to see the Harrowcombe school run for himself. Sits in the Guildhall colouring in maps. Get your wellies on Rhodri 🥾",
  "Mocks the named Head of Highways in public.",
  allowed=[ATT])
R(OI, "Question for @SkelburyWennock: why is Imogen Fairweather still the officer handling Gorse Lane after that shambles of a site visit? Time someone else took it over.",
  "Calls publicly for a named officer to be taken off a case. Pending application named without a view on it.",
  allowed=[PRE])
R(OI, "Officers hiding behind 'legal advice' again. Mr Okoro-Pryce really needs to stop behaving like the Leader's personal solicitor.",
  "Accuses the named Monitoring Officer of acting for the Leader: neutrality questioned. Implied misconduct makes defamation and personal attack borderline.",
  allowed=[ATT, DEF], party_not="LD")
R(OI, "Honestly no idea what Barnaby does all day. Three months to validate a kitchen extension. Three. Months.",
  "Public swipe at the named Head of Planning (first name only; unique among officers).",
  allowed=[ATT])
R(OI, "Note to the Director of Finance: if you'd like cabinet behind your next restructure, the reserves paper could afford to look a little less gloomy. Just saying 😉",
  "Presses an officer (by role) to change a report, hinting at consequences. Wink: irony and intimidation borderline.",
  allowed=[IR, BUL], party=["LD"])

# ---------------------------------------------------------------- officers.impartiality: hard negatives
section(OI)
R(HN, "Massive thank you to Rhodri Penhale and the highways crew, who had the Harrowcombe Road sinkhole fenced off within the hour. Brilliant response.",
  "A named officer thanked. Naming alone may raise officers.impartiality, so allowed.", allowed=[OI])
R(HN, "Shout-out to Kwame Ashdown in housing, who gave up his lunch to find a family in my ward somewhere safe to sleep tonight. Public service at its best 💙",
  "A named officer praised.", allowed=[OI])
R(HN, "The cabinet's decision to cut three gritting routes is wrong, and we'll keep saying so until it's reversed.",
  "Criticism of a decision, not of any officer.")
R(HN, "I've asked for the published officer report on the harbour car park charges so residents can read it for themselves. Will post the link as soon as it's up.",
  "Asking for a published report: legitimate.")
R(HN, "Good briefing from Lowenna Trist's finance team before scrutiny - clear answers to every question I asked. Still think the administration's priorities are wrong, mind.",
  "Named officer's team praised; political disagreement aimed at the administration.", allowed=[OI])
R(HN, "This parking strategy is a dog's breakfast. It's the Lib Dem cabinet's policy and they own it, nobody else.",
  "Harsh criticism of a policy and the cabinet that owns it; no officer.", party_not="LD")
R(HN, "The Gorse Lane committee report is now on the council website. Have a read, and if you want to comment the deadline is 20 February. Link below.",
  "Signposting to a published report on a pending application; no view, no officer.", dates=("2026-01-05", "2026-02-13"))
R(HN, "At committee I asked the Head of Planning why the affordable housing dropped from 35% to 20%. He walked us through the viability assessment. I'm not convinced by the developer's figures and want them independently checked.",
  "Questioning an officer to understand a report (allowed by 3.1); the doubt is aimed at the developer's figures. Role named, so impartiality allowed.",
  allowed=[OI])
R(HN, "Well done to Tamsin Varcoe and the comms team for the flood warnings this week. Clear, quick and in plain English.",
  "Named officer praised.", allowed=[OI])
R(HN, "Our damp and mould policy isn't fit for purpose. That's a political failure. It is not the fault of the staff doing their best with it.",
  "Criticism of a policy that explicitly does not blame staff.")
R(HN, "Could we see the traffic modelling behind the Quay Street one-way idea? Happy to wait for the formal report but residents deserve the numbers.",
  "Polite request for published evidence.")
R(HN, "After 31 years in local government, Helena Brackstone retires as our chief executive at the end of March. Thank you for everything, Helena.",
  "Sincere thanks to the named Chief Executive.", allowed=[OI], dates=("2026-02-02", "2026-03-27"))
R(HN, "The cabinet blames officers when things go wrong and takes the credit when they go right. I'd rather the portfolio holder owned her own decisions.",
  "Criticises a councillor (portfolio holder) for blaming officers; defends officers.", party_not="LD")
R(HN, "The budget is a mess, but that's not on the finance team. They were handed an impossible brief by an administration that won't make choices.",
  "Blames the administration, explicitly not officers.", party_not="LD")
R(HN, "Annual code of conduct refresher with Desmond, our Monitoring Officer, this morning. Useful on social media and interests. Recommend it to every new member.",
  "Named officer mentioned positively.", allowed=[OI])
R(HN, "I disagree with the policy of removing zebra crossings at 'low use' sites. I've asked for the criteria officers used (it's a public document) and I'll go through it line by line.",
  "Criticises a policy and requests a public document; no pressure on anyone.")

# ---------------------------------------------------------------- capacity.council-voice: positives
R(CV, "Skelbury and Wennock Council does not support an incinerator at Lidmoor and never will. Proud to say it!",
  "A backbencher states a council position that no council decision supports.", party_not="LD")
R(CV, "Speaking for the council here: we think the government's devolution deal is a con and we won't be signing it.",
  "Claims to speak for the council on a contested political question.", party=["Lab", "Green", "Con", "Reform"])
R(CV, "The official position of this council, as far as I'm concerned, is that the harbour car park should be free after 6pm.",
  "Personal view labelled as the council's official position.", party_not="LD")
R(CV, "On behalf of everyone at Skelbury & Wennock Council, we stand with the striking junior doctors ✊",
  "Political solidarity statement made in the council's name by one councillor.", party=["Lab", "Green"])
R(CV, "Your council backs Reform's call for a referendum on the mayoral plan. Residents have had enough of being ignored.",
  "Reform view presented as the council's.", author="@WendyColliverRUK")
R(CV, "Just so everybody's clear, the council's view is that the bus company has abandoned Wennock Down and we're done talking to them.",
  "Personal stance presented as the council's view.", party=["Green", "Lab", "Ind"])
R(CV, "We at SWC believe the Green plan is the only credible one on climate, and the council is behind it 100%.",
  "Green party view presented as the council's.", party=["Green"])
R(CV, "From the Labour group and from your council: no to closing St Ebba's walk-in centre. Full stop.",
  "Merges a party view with the council's voice.", party=["Lab"])
R(CV, "Here in Skelbury and Wennock we, the council, think Brexit has been a disaster for the fishing fleet. No two ways about it.",
  "Personal political view voiced as 'we, the council' from a personal account.", author="@ivo_at_the_easel", account="personal")
R(CV, "As far as this council is concerned the 20mph zones are dead in the water. Watch this space.",
  "An opposition councillor presents his own view as the council's.", party=["Con", "Reform"])
R(CV, "PLEASE SHARE - Skelbury and Wennock Council statement on the Brackenpool asylum hotel: we say enough is enough and we want it closed.",
  "A councillor's own statement badged as a council statement. The asylum topic itself is civil debate.", author="@WendyColliverRUK",
  allowed=["haste.pause-before-posting"])
R(CV, "Skelbury and Wennock Council formally condemns the farm inheritance tax. (That's my view too - and I know most colleagues agree.)",
  "Claims a formal council condemnation that no vote made.", party=["Ind", "Con", "Reform"])
R(CV, "It is the settled position of this authority that the Lidmoor wind turbines should go ahead, whatever the naysayers think.",
  "A councillor's view presented as the authority's settled position. The turbines may be a planning matter, so predetermination is allowed.",
  party=["Green"], allowed=[PRE])
R(CV, "We're your council and we're telling you straight - don't fall for the Lib Dems' council tax hike.",
  "Speaks as 'your council' while campaigning against the administration.", party=["Con", "Reform"])
R(CV, "The council's message to the water company couldn't be simpler: stop pumping sewage into Skelbury Bay or we'll see you in court 💩🌊",
  "A legal threat in the council's name that no council decision supports.", author="@gethin_runs", account="personal")
R(CV, "On behalf of SWC I want to say our thoughts are with everyone in Gaza, and we call for an immediate ceasefire.",
  "Foreign policy stance made on the council's behalf by an individual.", party=["Lab", "Green"])

# ---------------------------------------------------------------- capacity.council-voice: hard negatives
section(CV)
R(HN, "The Labour group thinks the harbour car park should be free after 6pm. It isn't council policy. Yet.",
  "Party view correctly attributed.", party=["Lab"])
R(HN, "Last night full council voted 29-23 to put council tax up 4.99%. I voted against - my reasons are in the thread below 👇",
  "Reports a council decision factually and gives a personal vote.", party_not="LD", dates=("2026-02-27", "2026-02-27"))
R(HN, "My own view, and not the council's: the devolution deal is a poor one for rural areas.",
  "Personal view explicitly disclaimed.")
R(HN, "Skelbury & Wennock Lib Dems say keep St Ebba's walk-in centre open. Sign our petition 🧡",
  "Party campaign correctly attributed to the party.", party=["LD"])
R(HN, "Cabinet agreed today to consult on a park-and-ride at Wennock Down. The consultation opens on 2 February; details on the council website.",
  "Factual report of a council decision.", dates=("2026-01-12", "2026-01-29"))
R(HN, "As a Green councillor I back a ceasefire in Gaza. Council hasn't debated it and I'm speaking only for myself.",
  "Personal view correctly attributed.", party=["Green"])
R(HN, "The council has published its draft budget. Here's what the Conservative group thinks is wrong with it (spoiler: quite a lot).",
  "Council document reported; party view attributed.", party=["Con"])
R(HN, "Full council passed the climate emergency motion unanimously last night. Credit to every group for putting politics aside.",
  "Reports a council decision factually.", dates=("2026-01-23", "2026-01-23"))
R(HN, "Reform UK's position is clear: no more asylum hotels in Brackenpool. We'll raise it at full council next month.",
  "Party view attributed to the party; civil debate.", author="@WendyColliverRUK")
R(HN, "The council's official statement on the sewage discharges is linked below. I agree with all of it, and personally I'd go further and take the water company to court.",
  "Links the council's real statement and separates the personal view.")
R(HN, "Personal account, personal views: I'd scrap the Sunday parking charges tomorrow. Council policy says otherwise and I'll argue to change it the proper way.",
  "Personal account, view disclaimed as personal.", author="@gethin_runs", account="personal")
R(HN, "Council tax is going up 4.99% - that's what the council decided. Our group proposed 2.99% funded by cutting consultants.",
  "Council decision reported; party proposal attributed.", party=["Con", "Lab"])
R(HN, "\"The council believes...\" No. The Lib Dem cabinet believes. There's a difference, and it matters.",
  "Uses the stock phrase only to insist on correct attribution.", party_not="LD")
R(HN, "Independent councillor here. I don't speak for the council or anybody else, but I thought the wind turbine consultation was handled well.",
  "Explicit disclaimer; personal view.", author="@ArthurPGIndy")
R(HN, "The Chair of the Council will lay a wreath at the Skelbury memorial on behalf of the council, as agreed at annual council.",
  "Factual: a civic role acting for the council as agreed.")
R(HN, "As your Wennock Down councillors, Yasmin and I are asking the bus company to bring back the 41. Cross-party, because it matters.",
  "Ward councillors speaking as themselves, not as the council.", author="@MarisaQuintrell")

# ---------------------------------------------------------------- resources.political-use: positives
R(RP, "Big thank you to the members' services team for printing 2,000 of our Focus leaflets this week - saved the local party a fortune! 🧡",
  "Council staff and printers used for party leaflets. Officer time also named (impartiality borderline).", party=["LD"], allowed=[OI])
R(RP, "Labour campaign meeting tonight in Committee Room 3 at the Guildhall. All members welcome, bring your canvass boards and a brolly.",
  "Council room booked for a party campaign meeting.", party=["Lab"])
R(RP, "Sending this month's Reform newsletter from my council email so it gets past the spam filters 😎 Not on the list? Reply and I'll add you.",
  "Council email used for party newsletter.", author="@WendyColliverRUK")
R(RP, "Out knocking doors in Brackenpool. Borrowed a pool car from the Guildhall, much nicer than my old banger 😂 Vote Conservative on 7 May!",
  "Council pool car used for canvassing.", party=["Con"])
R(RP, "Our new Green leaflet has the Skelbury & Wennock Council crest on the front. Makes it look properly official, I think!",
  "Council logo on party material.", party=["Green"])
R(RP, "Asked Tamsin and the comms team to cast an eye over our Labour manifesto before it goes to the printers. They're the pros after all.",
  "Council comms officers asked to work on a party manifesto: resources and officer impartiality.",
  rules=[RP, OI], party=["Lab"])
R(RP, "Used the council's residents' e-newsletter list to invite folk to my campaign launch on Saturday. Hope to see lots of you there!",
  "Council mailing list used for a campaign invitation.", party=["Ind", "Green", "Con"])
R(RP, "Filmed our party political broadcast in the council chamber over lunch. Looks fab on the big screen. Out Friday #VoteLibDem",
  "Council chamber and equipment used for a party broadcast.", party=["LD"])
R(RP, "Want a Tory window poster? Pop into my office at the Guildhall any weekday 9-5 and the member support officer will sort you out.",
  "Council office and officer time used for party posters.", party=["Con"], allowed=[OI])
R(RP, "Ran off 500 copies of our petition against the parking charges on the members' room photocopier. Get signing, Skelbury! 🖊️",
  "Council photocopier used for a party petition.", party=["Con", "Lab"])
R(RP, "Thanks to my council iPad I can knock up Green Party leaflets on the bus now. Love technology 😄",
  "Council-issued device used for party leaflets.", party=["Green"])
R(RP, "The Mayor's parlour made a gorgeous backdrop for our Labour candidate photos today 📸 Thanks to the Guildhall staff for letting us in early.",
  "Council building and staff used for party candidate photos.", party=["Lab"])
R(RP, "We've borrowed a couple of the council's gazebos and the SWC banner from the depot for our street stall on Saturday. Come and say hi!",
  "Council equipment and branding used at a party stall.", author="@WendyColliverRUK")
R(RP, "My ward update is up on my members' page on the council website, along with why you should re-elect your Lib Dem team on 7 May.",
  "Council website used to carry an election appeal.", party=["LD"])
R(RP, "Dictated the by-election leaflet to my council-funded caseworker between surgeries this morning. Teamwork makes the dream work!",
  "Council-funded staff time used for a party leaflet.", party=["Lab", "Green"])
R(RP, "Party members: tomorrow's phone bank will run from the councillors' room at Wennock Down library. The council phones cost us nothing, so no excuses!",
  "Council room and phones used for party phone banking.", party=["Green", "LD"])

# ---------------------------------------------------------------- resources.political-use: hard negatives
section(RP)
R(HN, "Leaflets out this weekend! Paid for by the local party, imprint on the back, and not a penny of council money anywhere near them 🧡",
  "Campaigning on party resources, stated as such.", party=["LD"])
R(HN, "Out knocking doors in Brackenpool in my own car, which still smells of wet spaniel. Vote Conservative on 7 May!",
  "Campaigning with own car.", party=["Con"])
R(HN, "The council's comms team have launched the new bin day app. Download it and you'll never miss a green bin week again ♻️",
  "Council comms about a service.")
R(HN, "Our Labour campaign office is open above the bakery on Fore Street. Paid for by members' subs and an awful lot of cake sales.",
  "Campaign office paid for by the party.", party=["Lab"])
R(HN, "Ward surgery in the Guildhall committee room this Saturday, 10 till 12. No party politics, just bring your problems.",
  "Council room used for council casework.")
R(HN, "The council's February newsletter is out: road repairs, library hours and the new recycling rules. Worth five minutes of your time.",
  "Council comms about services.")
R(HN, "Green Party street stall outside the market on Saturday, under our own gazebo (yes, the one that blew into the harbour last year, now repaired 🙈).",
  "Campaigning with the party's own equipment.", party=["Green"])
R(HN, "Reminder that councillors can't use council printers or email for campaigning - so if party emails from me come from a gmail address, that's why!",
  "States the rule and follows it.")
R(HN, "Delivered 600 Reform leaflets round Brackenpool today on my own two feet. My knees haven't forgiven me.",
  "Own effort, no council resource.", author="@WendyColliverRUK")
R(HN, "Council press release on the new flood defence funding is below. Really good news for Skelbury Quay.",
  "Shares council comms about services.")
R(HN, "Thanks to the Guildhall facilities team for setting up the chamber for tonight's full council meeting.",
  "Council staff thanked for council business.", dates=("2026-01-22", "2026-01-22"))
R(HN, "Our Lib Dem team met in the back room of the Ship Inn to plan the spring campaign. We paid for the room and, more importantly, the chips.",
  "Party meeting in a paid private room.", party=["LD"])
R(HN, "The council's official account has posted about the Lidmoor road closure. Please share with anyone who drives that way to work.",
  "Council comms about a service.")
R(HN, "Read the budget papers on my council laptop on the train this morning. That is what it's for, before anyone asks 😄",
  "Council laptop used for council work.")
R(HN, "Labour members' meeting tonight at the Labour club, as usual. Not at the Guildhall, before anybody worries.",
  "Party meeting on party premises.", party=["Lab"])
R(HN, "The Conservative group will table a budget amendment at full council. Our proposals are on the local association's website, paid for by the association.",
  "Party proposals on party-paid website.", party=["Con"])

# ---------------------------------------------------------------- position.improper-advantage: positives
R(PA, "Been waiting forever on a planning decision? Drop me a DM. Being your councillor means I can usually nudge things to the top of the pile 😉",
  "Offers queue-jumping through the role.")
R(PA, "Anyone after a dropped kerb - Verrall Groundworks will do you a proper job, and I'll make sure the highways permit goes through without the usual faff.",
  "Promotes his own registered firm and promises to smooth a council permit: improper advantage and a registered interest touched.",
  rules=[PA, INT], author="@DomVerrall")
R(PA, "To everyone who chipped in to my campaign fund last May: don't be shy if you ever need a hand with a licence or a planning app. I look after my friends.",
  "Favours offered to donors.")
R(PA, "One quiet word with the housing team and Mrs P is now top of the list for a bungalow. Sometimes it pays to know your councillor!",
  "Boasts of queue-jumping on the housing list. Only an initial, so no personal data expected.")
R(PA, "Any of the rugby club lads get a parking ticket in Skelbury, send it to me and I'll see what I can do 🏉 mates rates",
  "Offers friends help to escape parking penalties.")
R(PA, "My cousin runs the best scaffolding firm in the county. If you're bidding for the schools repair contract, team up with him and I'll put a word in with procurement.",
  "Steers a council contract to a relative's firm.", allowed=[OI])
R(PA, "Regulars at the Ship wanting the beer garden licence extended - leave it with me, I'll make sure it goes your way.",
  "Promises a licensing outcome to friends. Predetermination borderline (licensing is quasi-judicial).", allowed=[PRE])
R(PA, "Skip permit stuck for a fortnight? Inbox me and I'll ring the Head of Highways myself. One of the perks of the job is skipping the queue 😁",
  "Offers to skip the queue through the role. Pressure on an officer borderline.", allowed=[OI])
R(PA, "People keep asking how my own dropped kerb got approved in ten days. Let's just say sitting on the highways panel has its advantages 😂",
  "Boasts of using position for personal advantage.")
R(PA, "If you voted for me, your pothole reports will be dealt with faster than if you didn't. Seems only fair to me.",
  "Promises to advantage supporters and disadvantage others.")
R(PA, "Shop local! My wife's café on Quay Street does the best pasties in Skelbury. And the Guildhall canteen contract is up for renewal soon... watch this space 👀",
  "Promotes a partner's business and hints at a council contract. Interest not on the register, so declared-interest borderline.",
  allowed=[INT])
R(PA, "The builders behind Gorse Lane have been very good to this community and to me personally. Anything I can do to help their next application along, I will.",
  "Promises help to a developer who has been 'good to me personally'. Predetermination and gifts borderline.",
  allowed=[PRE, "gifts.hospitality"])
R(PA, "Council tenants in Lidmoor: join our residents' association and I'll make sure your repairs jump the queue. Simple as that.",
  "Offers repair priority in return for joining a group.")
R(PA, "I've got a direct line to the chief exec. Anyone who needs a decision speeded up, you know where to find me.",
  "Offers access to speed decisions.", allowed=[OI])
R(PA, "Got the enforcement notice on my neighbour's mate's shed dropped with one phone call. Amazing what a councillor can do when they put their mind to it.",
  "Boasts of using influence to stop enforcement for a friend.", allowed=[OI])
R(PA, "Friends of mine are opening a bar on Fore Street in April. Told them not to lose sleep over the licence - I sit on the committee.",
  "Implies a committee seat will secure friends a licence. Predetermination borderline.", allowed=[PRE])

# ---------------------------------------------------------------- position.improper-advantage: hard negatives
section(PA)
R(HN, "Waiting on a planning decision? Email me with the reference and I'll find out where it's got to. I can't speed it up, but I can tell you what's happening.",
  "Normal casework offer, no queue-jumping.")
R(HN, "Housing is allocated by banding, not by who you know. Here's how to apply, and how to ask for a review if you think your band is wrong.",
  "Signposts the proper process.")
R(HN, "I can't influence licensing decisions - committee members have to keep an open mind. But here's how to make a representation before 12 March.",
  "Signposts process; disclaims influence.", dates=("2026-02-16", "2026-03-06"))
R(HN, "Dropped kerb applications: the form and fee are on the council website and it usually takes about six weeks. Any problems, drop me a line.",
  "Signposting plus an ordinary casework offer.")
R(HN, "Happy to help with any council problem - surgery at Brackenpool library every second Saturday, or message me here.",
  "Ordinary casework offer.")
R(HN, "Reported the pothole on Mill Lane through the app and it was filled within a week. Keep reporting them, it works.",
  "Promotes the proper process.")
R(HN, "Local firms: every council contract open for tender is on the procurement portal, and it's free to register. Worth a look.",
  "Neutral signposting to procurement.")
R(HN, "Shop local! Quay Street's independent cafés are running a shared loyalty card this month. Lovely idea.",
  "Promotes local businesses with no connection or council matter.")
R(HN, "Took up a resident's case about a missed repair. Housing have apologised and booked the job in. That's what casework is for.",
  "Normal casework outcome.")
R(HN, "Declaring an interest: my brother works for a scaffolding firm bidding for council work. I'll take no part in any decision on that contract.",
  "Declares an interest and steps back. Interest rule may fire on the words.", allowed=[INT])
R(HN, "A few people have asked me to 'have a word' about their parking fines. I can't and I won't. The appeal process is here and it's a fair one.",
  "Refuses favours; signposts process.")
R(HN, "As your councillor I can raise your concerns with officers and make sure you're heard. I can't promise an outcome and I won't pretend to.",
  "Shares 'as your councillor' but offers only proper casework.")
R(HN, "Helped an older resident with her blue badge renewal this afternoon. Took twenty minutes. If you need the same, give me a shout.",
  "Ordinary help through the proper process.")
R(HN, "Thank you to everyone who backed my campaign last May. I work for every resident, whether you voted for me or not.",
  "Explicitly rejects favouritism.")
R(HN, "Chased enforcement about the fly-tipping on Harrowcombe Lane. They've now served notice on the landowner.",
  "Ordinary casework on enforcement.")
R(HN, "Can a councillor get you to the top of the housing list? No. Anyone who tells you otherwise is having you on. Here's how it actually works.",
  "Warns against queue-jumping claims.")

# ---------------------------------------------------------------- copyright.third-party-content: positives
R(CP, "Stunning shot of Skelbury Bay at sunrise I found on Instagram this morning - no idea who took it but just had to share 🌅",
  "Someone else's photo, no credit, no permission.")
R(CP, "Photo: © Western Morning Courier. Lovely to see the harbour plans on their front page!",
  "Newspaper's copyright photo reposted; credit but no permission.")
R(CP, "From today's Skelbury Gazette, pasted here because it's behind the paywall:\n\n\"Skelbury and Wennock Council faces a £6.2 million gap in next year's budget, according to figures seen by the Gazette. The shortfall, driven by rising adult social care costs and a fall in parking income, is the largest the authority has faced since it became a unitary council. Cabinet members are understood to be considering cuts to library opening hours, the closure of two public toilets on the seafront and a review of the discretionary bus pass scheme.\n\nOpposition councillors have called for an urgent meeting. One senior source said the figures had 'alarmed everyone in the building'. The council said it would publish its draft budget in the coming weeks and that no decisions had been taken.\"",
  "Long extract from a paywalled article pasted in full.")
R(CP, "Copied from the Harrowcombe community page because everyone needs to read this:\n\n\"Tonight the water came over the wall at the bottom of Dairy Lane again. Third time since Christmas. The gullies haven't been cleared since October, the sandbags ran out by six, and the number we were given rang out for forty minutes. Neighbours were carrying furniture upstairs in the dark. We have been told for two years that a scheme is coming. Where is it? We are tired, we are cold and we are frightened every time it rains.\"",
  "Long passage copied from someone else's post.")
R(CP, "Pic via Getty Images - this is what the seafront looked like on Thursday night. Scary stuff.",
  "Agency photo reposted.")
R(CP, "Grabbed this still from a drone video on YouTube - what a view of the new cycle path along the estuary!",
  "Frame taken from someone else's video without credit.")
R(CP, "Everyone in the chamber should read chapter 3 of Dr Ferrand's book on coastal towns, so here it is typed out:\n\n\"The seaside town was built for a kind of leisure that no longer exists. Its guest houses were designed for the fortnight, not the weekend; its piers for promenading, not for the day-tripper with a phone. When the package holiday arrived, these towns did not so much decline as lose their reason to be. What followed was a slow conversion: hotels into bedsits, bedsits into temporary accommodation, and a town that had once imported visitors began to import need. The councils left to manage this had neither the money nor the powers to change it.\"\n\n(more to follow tomorrow)",
  "Long extract from a copyright book, typed out.")
R(CP, "Someone sent me this picture of the flooding on Harrowcombe Road - sharing it far and wide so people stay away.",
  "Third-party photo, author unknown, no permission stated. Borderline, labelled positive.")
R(CP, "Screenshot of the Telegraph piece below for anyone without a subscription 👇 Worth reading every word.",
  "Screenshot of a paywalled article.")
R(CP, "Beautiful painting of the Guildhall by a local artist, found it on Pinterest. Reckon we should put it on the council tax leaflets!",
  "Artwork reposted without credit or permission.")
R(CP, "The LG Chronicle has put this behind a login, so here's the whole thing:\n\n\"Unitary councils in the south west are facing a perfect storm. Demand for children's services has risen by a fifth in three years, while the grant settlement has barely moved. Several chief executives told the Chronicle privately that they expected at least one authority in the region to issue a section 114 notice within eighteen months. 'We are running out of things to cut that the public won't notice,' one said. Another described the settlement as 'a holding pattern over a cliff'.\"",
  "Long extract from a login-walled trade article.")
R(CP, "Credit: BBC Spotlight. Our harbour on the telly last night - didn't it look grand!",
  "Broadcaster's footage still reposted with a credit but no permission.")
R(CP, "(c) Skelbury Camera Club - this year's winning picture, which I've made my cover photo. Isn't it wonderful?",
  "Competition photo used as cover image; credit shown, no permission.")
R(CP, "Here's the whole of Thursday's Gazette editorial on the bus cuts, because it says it better than I could:\n\n\"There is a particular kind of cruelty in cutting the last bus. It is not the cruelty of the headline, the closed hospital or the shuttered library. It is quieter. It is the teenager who cannot take the evening shift, the widow who stops going to choir, the village that slowly stops being part of the town. The council will say it had no choice. Perhaps. But choices were made, and the people of Wennock Down will be living with them long after the spreadsheets are forgotten.\"",
  "Whole newspaper editorial reproduced.")
R(CP, "This meme from the Skelbury Memes page has me crying 😂😂 too good not to share",
  "Another page's image reposted.")
R(CP, "Pinched this photo off my mate's Facebook (sorry Dave!) - the queue outside the new Lidmoor surgery at 8am.",
  "Friend's photo taken without asking.")

# ---------------------------------------------------------------- copyright.third-party-content: hard negatives
section(CP)
R(HN, "Took this one myself on the morning dog walk. Skelbury Bay doing its thing 🌅",
  "Own photo.")
R(HN, "Photo by Carys Lowry of Skelbury Camera Club, shared with her kind permission. Thank you Carys!",
  "Credited photo used with permission; a credit marker may still fire.", allowed=[CP])
R(HN, "Good piece in the Gazette about the bus cuts. As they put it, \"a county cut off from itself\". Full article in the reply.",
  "Short quotation with a link.")
R(HN, "My own snap of the flooding on Harrowcombe Road from 7am. Please don't try to drive through it.",
  "Own photo.")
R(HN, "Our litter pick crew this morning - photo taken by me, hence the wonky horizon.",
  "Own photo.")
R(HN, "Here's the council's own photo of the cycle path opening, from the council's media library.",
  "Council-owned image, which councillors may use.", allowed=[CP])
R(HN, "The Ombudsman's report is online (link below). Key line: \"the council failed to act on repeated reports\". We need to learn from this.",
  "Short quote of a public report with a link.")
R(HN, "The Gazette's headline says 'Harbour scheme sails through'. It hasn't sailed anywhere yet, and I'll explain why.",
  "Quotes a headline only.")
R(HN, "Drew this on the back of an agenda during a very long briefing. The Guildhall, badly.",
  "Own drawing.")
R(HN, "Photo used with permission from the Wennock Down Residents page admin. Thanks, Jan 🙏",
  "Third-party photo with permission.", allowed=[CP])
R(HN, "Selfie with the St Ebba's litter pickers! Forty bags today 🙌",
  "Own photo.")
R(HN, "My battered 1911 guidebook calls Skelbury 'the finest anchorage west of Weymouth'. Some things never change.",
  "Short quote from an old public-domain book.")
R(HN, "A clip of my own question at scrutiny and the cabinet member's answer, from the council webcast.",
  "Council webcast of the councillor's own question.", allowed=[CP])
R(HN, "The council's flood map (free on the website) shows exactly why Lidmoor needs these defences. Link in the reply.",
  "Links a public council map.")
R(HN, "Sam Ortiz sent me this photo of the harbour lights switch-on and said \"share away!\" so I am. Thank you Sam ✨",
  "Photographer gave permission and is credited.", allowed=[CP])
R(HN, "Short quote from the LG Chronicle: \"unitary councils face their hardest year yet.\" Worth reading in full - link below.",
  "Short quote with a link.")

# ---------------------------------------------------------------- tone.irony-risk: positives
R(IR, "Congratulations to our cabinet member for highways on another record-breaking year. Record potholes, that is. Truly inspirational leadership 👏👏",
  "Mock praise of the highways cabinet member (a person, by role).", allowed=[ATT], party_not="LD")
R(IR, "Marvellous to see Cllr Ayliffe has discovered Harrowcombe exists, just in time for the election. Welcome, Clement! 🙄",
  "Sarcastic welcome aimed at a named councillor.", allowed=[ATT], party_not="Con")
R(IR, "What a masterstroke from @GethinCaddow: £40k on consultants to tell us we've got no money. Nobel prize surely incoming.",
  "Mock praise of a named cabinet member.", allowed=[ATT], party_not="LD")
R(IR, "Oh I'm sure Cllr Colliver's 'research' on the asylum hotel is really rigorous and not at all copied off a Facebook group /s",
  "Explicit /s sarcasm about a named councillor.", allowed=[ATT])
R(IR, "So grateful to our Leader for finally answering my email. Only took eleven weeks. Such dedication.",
  "Mock gratitude aimed at the Leader.", party_not="LD")
R(IR, "Cllr Hext says the bus cuts \"won't affect anyone\". Quite right, Priscilla, so long as nobody needs to go anywhere.",
  "Sarcastic agreement with a named councillor.", party_not="Con")
R(IR, "Take a bow, Dominic. Three meetings, three speeches, not one fact between them. You have to admire the consistency.",
  "Mock admiration of a named councillor; belittling.", allowed=[ATT], dates=("2026-02-27", "2026-03-27"), party_not="Con")
R(IR, "Hats off to Cllr Quintrell for her bold decision to close a road nobody asked her to close. Such vision. Such courage.",
  "Mock praise of a named cabinet member.", allowed=[ATT], party_not="LD")
R(IR, "Our esteemed Leader says the harbour scheme is \"on track\". Yeah right, and I'm the Queen of Sheba.",
  "'Yeah right' sarcasm about the Leader.", party_not="LD")
R(IR, "How heartwarming that the Conservative group have suddenly become such passionate defenders of the NHS. A conversion worthy of the Road to Damascus.",
  "Sarcasm aimed at a group of people (councillors).", party_not="Con")
R(IR, "A heartfelt thank you to @WendyColliverRUK for showing us all you can oppose a budget without opening it 🙏",
  "Mock thanks to a named councillor.", allowed=[ATT])
R(IR, "Fair play to the planning chair - two hours in the chair and not one resident allowed to finish a sentence. Real skill, that.",
  "Mock praise of the planning chair (a role = a person).", allowed=[ATT], avoid=["@OswinTaplady"])
R(IR, "The Greens' transport spokesperson has just discovered that people in Lidmoor own cars. Next week: roads. Stay tuned for this groundbreaking series.",
  "Sarcasm aimed at a person by role.", allowed=[ATT], party_not="Green")
R(IR, "Bravo to our Labour colleagues for the bold, fearless decision to abstain. Again. Profiles in courage, every one of them.",
  "Mock praise of a group of councillors.", party_not="Lab")
R(IR, "Delighted to see that @ArthurPGIndy's 'independent' leaflet looks exactly like the Tory one. Pure coincidence, I'm sure 😉",
  "Sarcasm implying a councillor is not what he claims; defamation borderline.", allowed=[ATT, DEF], party_not="Con")
R(IR, "Special thanks to the Head of Highways for his lightning-fast reply to my letter about Lidmoor Road. I'm sure March 2027 will be here before we know it.",
  "Mock thanks to an officer: irony about a person who is a council officer, so officers.impartiality too.",
  rules=[IR, OI])

# ---------------------------------------------------------------- tone.irony-risk: hard negatives
section(IR)
R(HN, "Congratulations to Cllr Quintrell on getting the Harrowcombe Road resurfacing done three weeks early. Genuinely impressive.",
  "Plain praise of a named councillor (the word 'genuinely' makes it sincere).")
R(HN, "Lovely weather for a litter pick 🌧️🌧️🌧️ Fair play to the 23 hardy souls who came anyway!",
  "Irony about the weather; the people are sincerely thanked.")
R(HN, "Yes, I am the councillor who reversed into the Guildhall bollard. No, I will not be taking questions 🙈",
  "Self-directed humour.")
R(HN, "Huge thanks to @NkechiLabour for chairing scrutiny so fairly. We disagree on plenty, but she gave every side its say.",
  "Sincere thanks to a named councillor.", party_not="Lab")
R(HN, "Another glorious sunny day in Skelbury... said nobody, ever, in February.",
  "Irony about the weather.", dates=("2026-02-02", "2026-02-27"))
R(HN, "Well done to our gritting crews, out since 4am in the worst of it. Real heroes.",
  "Plain praise of crews.")
R(HN, "My cooking is now so legendary that the smoke alarm applauds whenever I walk into the kitchen.",
  "Self-directed irony.")
R(HN, "Credit where it's due: the cabinet listened and dropped the Sunday parking charge. Thank you.",
  "Sincere thanks to the cabinet.", party_not="LD")
R(HN, "Thank you, Cllr Ayliffe, for your kind words in the chamber about my late dad. Politics aside, that meant a great deal.",
  "Sincere thanks.", party_not="Con")
R(HN, "Of course the one day I leave the umbrella at home is the day the heavens open over Wennock Down. Classic me.",
  "Irony about weather and self.")
R(HN, "I told everyone I'd run the Skelbury 10k 'easily'. Reader, it was not easy.",
  "Self-deprecating humour.", author="@gethin_runs", account="personal")
R(HN, "Genuinely brilliant speech from Cllr Tamblyn on the bus cuts last night. Couldn't have put it better myself.",
  "Plain praise of a named councillor.", dates=("2026-01-23", "2026-01-23"))
R(HN, "The new bin app is fantastic - even I managed to use it, and I still own a Nokia.",
  "Plain praise with self-deprecation.")
R(HN, "Well done @MarisaQuintrell, the Lidmoor school crossing is finally in. Parents have been asking for it for years.",
  "Plain praise of a named cabinet member.")
R(HN, "Storm Isolde decided Thursday was a good day to rearrange the seafront furniture. Thanks a bunch, Isolde.",
  "Irony about a named storm, not a person; a detector may read 'Isolde' as a person, so irony allowed.",
  allowed=[IR])
R(HN, "Not sarcasm, a genuine thank you: Cllr Verrall turned up to help clear Brackenpool beach after the storm, in the rain, no cameras. Respect.",
  "Sincere thanks that explicitly disclaims sarcasm.")


# ---------------------------------------------------------------- build
SEVERITY = {OI: "review", CV: "review", RP: "review", PA: "review", INT: "review",
            CP: "advice", IR: "advice", ATT: "review"}
ORDER = ["ok", "advice", "review", "block"]


def verdict(rules):
    v = "ok"
    for r in rules:
        s = SEVERITY[r]
        if ORDER.index(s) > ORDER.index(v):
            v = s
    return v


def named_in(text):
    """Councillors named or mentioned in the text (they must not author it)."""
    out = set()
    low = text.lower()
    for h, (name, _p) in COUNCILLORS.items():
        first, last = name.split(" ", 1)
        if h.lower() in low or last.lower() in low:
            out.add(h)
        if re.search(r"\b" + re.escape(first.lower()) + r"\b", low):
            out.add(h)
    return out


def pick_author(rng, row):
    o = row["opts"]
    if "author" in o:
        return o["author"]
    pool = sorted(COUNCILLORS)
    if "party" in o:
        pool = [h for h in pool if COUNCILLORS[h][1] in o["party"]]
    if "party_not" in o:
        pool = [h for h in pool if COUNCILLORS[h][1] != o["party_not"]]
    excl = named_in(row["text"]) | set(o.get("avoid", ()))
    pool = [h for h in pool if h not in excl]
    assert pool, row["text"]
    return rng.choice(pool)


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    days = weekdays()
    out = []
    for i, row in enumerate(rows, 1):
        author = pick_author(rng, row)
        o = row["opts"]
        if len(row["text"]) > 280:
            platform = "facebook"
        else:
            platform = o.get("platform") or rng.choice(["x", "facebook", "bluesky"])
        if "dates" in o:
            lo, hi = (dt.date.fromisoformat(x) for x in o["dates"])
            day = rng.choice([d for d in days if lo <= d <= hi])
        else:
            day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        rules = row["rules"]
        out.append({
            "id": f"B12-{i:04d}",
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": o.get("account", "councillor"),
            "kind": "post",
            "expect": {"rules": rules, "allowed": row["allowed"], "verdict": verdict(rules)},
            "family": row["family"],
            "kind_of_row": row["kind"],
            "note": row["note"],
        })
        if row["kind"] == "hard_negative":
            out[-1]["near_miss_of"] = row["near"]
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
