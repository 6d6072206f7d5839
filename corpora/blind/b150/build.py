#!/usr/bin/env python3
"""Build blind evaluation set b150 (Redlow Hills District Council, twelve single-post rules).

The rows below are written by hand. The script shuffles them with a fixed seed, picks a plausible
author, a platform and a timestamp for each, assigns ids B150-NNNN in order and writes posts.jsonl.
Running it twice gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

SET = "B150"
SEED = 15000
HERE = os.path.dirname(os.path.abspath(__file__))

# handle -> (surname, party, ward, gender, committees/roles)
CLLR = {
    "@MVenablesLeader": ("Venables", "MA", "Redlow Castle", "f", {"cabinet", "leader"}),
    "@HughProbertMA": ("Probert", "MA", "Redlow Castle", "m", {"cabinet", "finance"}),
    "@SianBevanCaer": ("Bevan", "MA", "Caerlydd", "f", {"cabinet", "environment"}),
    "@CllrCorbetLacey": ("Corbet-Lacey", "MA", "Brandley Edge", "m", {"plan", "planchair"}),
    "@ChairmanDotP": ("Pritchard", "MA", "Pentrehawl", "f", {"chairman"}),
    "@GarethMytton": ("Mytton", "MA", "Bishop's Tarrow North", "m", {"plan"}),
    "@AlunHotchkiss": ("Hotchkiss", "MA", "Whitlow", "m", {"lic", "licchair"}),
    "@FionaLingenMA": ("Lingen", "MA", "Hopebrook", "f", {"lic"}),
    "@KerryBowdlerWM": ("Bowdler", "WM", "Redlow Buttercross", "f", {"wmleader"}),
    "@DarrenOakeley": ("Oakeley", "WM", "Redlow Buttercross", "m", {"plan"}),
    "@TashaWenlockWM": ("Wenlock", "WM", "Bishop's Tarrow South", "f", {"lic", "self"}),
    "@PhilGittins": ("Gittins", "WM", "Bishop's Tarrow South", "m", {"plan"}),
    "@JoyHeighwayWM": ("Heighway", "WM", "Hopebrook", "f", {"lic"}),
    "@RhiBeddoesGreen": ("Beddoes", "GR", "Caerlydd", "f", {"plan"}),
    "@OwenTranterGreen": ("Tranter", "GR", "Whitlow", "m", {"lic"}),
    "@BillGwilliamRI": ("Gwilliam", "RI", "Brandley Edge", "m", {"plan"}),
    "@LornaEdwardesRI": ("Edwardes", "RI", "Pentrehawl", "f", {"lic"}),
    "@TedRickardsInd": ("Rickards", "IND", "Bishop's Tarrow North", "m", {"plan"}),
}
PERSONAL = {"@gwilliam_ewes": "@BillGwilliamRI", "@rhi_birds": "@RhiBeddoesGreen"}
SELF = "@TashaWenlockWM"

# interest -> (holder handle, words in a post that touch it)
INTERESTS = {
    "Redlow Livestock Market Ltd": ("@HughProbertMA", ["mart", "livestock market"]),
    "Tarrow Valley Cider Co": ("@GarethMytton", ["cider", "perry", "orchard"]),
    "Brandley Edge Farm": ("@BillGwilliamRI", ["brandley edge farm", "grazing", "farm next"]),
    "Bishop's Tarrow Town FC": ("@PhilGittins", ["tarrow town", "football", "floodlight"]),
    "Marches Homes Co-operative": ("@KerryBowdlerWM", ["marches homes", "housing co-op", "garage site"]),
    "Oakeley Coaches Ltd": ("@DarrenOakeley", ["coach", "school transport", "bus subsidy"]),
    "Redlow Food Festival CIC": ("@FionaLingenMA", ["food festival", "events grant"]),
    "Hopebrook Village Shop": ("@JoyHeighwayWM", ["village shop", "rates relief"]),
    "Whitlow Commoners' Association": ("@OwenTranterGreen", ["whitlow common", "commoner"]),
    "Marches Timber Frame Ltd": ("@TedRickardsInd", ["timber frame", "design guide"]),
    "Redlow Rugby Club": ("@AlunHotchkiss", ["rugby"]),
    "Caerlydd Village Hall Trust": ("@SianBevanCaer", ["caerlydd village hall", "community buildings fund"]),
    "Redlow Castle Players": ("@ChairmanDotP", ["castle players", "panto", "arts grant"]),
    "Marches Bus Users' Group": ("@LornaEdwardesRI", ["bus users", "rural bus", "bus cuts", "bus timetable", "bus grant"]),
    "Redlow Allotment Society": ("@RhiBeddoesGreen", ["allotment"]),
}

# words naming a role -> the holder
ROLES = [
    (r"\bthe Leader\b|\bLeader of the Council\b|\bLeader says\b", "@MVenablesLeader"),
    (r"\bChairman\b", "@ChairmanDotP"),
    (r"cabinet member for finance|finance cabinet member", "@HughProbertMA"),
    (r"cabinet member for environment|environment cabinet member", "@SianBevanCaer"),
    (r"chairing planning|chair of planning", "@CllrCorbetLacey"),
    (r"chair of licensing", "@AlunHotchkiss"),
    (r"Working Marches leader", "@KerryBowdlerWM"),
]

ROWS = []


def _row(kind, family, text, rules, allowed, verdict, note, near=None, interest=None, **o):
    ROWS.append(dict(kind=kind, family=family, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note, near=near,
                     interest=interest, opts=o))


def P(family, verdict, text, note, also=(), allow=(), interest=None, **o):
    """A positive: expects its family (plus `also`)."""
    _row("positive", family, text, [family] + list(also), allow, verdict, note,
         interest=interest, **o)


def N(family, text, note, allow=(), **o):
    """A hard negative: near miss of `family`, expects nothing."""
    _row("hard_negative", family, text, [], allow, "ok", note, near=family, **o)


def F(text, note="ordinary post", **o):
    _row("filler", None, text, [], [], "ok", note, **o)


# Options (keyword arguments) used by the rows:
#   a="@handle"          the author, set by hand
#   pool="plan"|"lic"|"notplan"|"notlic"|"notcab"|"MA"|"WM"|"GR"|"RI"|"opp"|"m"|"f"|"ward:<name>"
#                        (a list combines them)
#   on="2026-11-13"      the date; rng=("2026-11-02", "2026-11-06") a date range
#   acct="personal"      with a personal handle in a=


# ---------------------------------------------------------------- officers.impartiality
O = "officers.impartiality"
P(O, "review", "Asked Sue Hamer three times now why the Whitlow bin round keeps getting skipped. Three times I've had a non-answer. Sue, the residents deserve better than copy-and-paste replies.", "named officer criticised in public")
P(O, "review", "The s151 officer told scrutiny the reserves 'cannot sustain' the leisure centre. Funny how Neil Brazier always finds exactly the numbers the Leader wants. Independent advice? Do me a favour.", "questions the finance officer's neutrality", allow=["defamation.allegation"], pool="opp")
P(O, "review", "Message to our planning officers: the Redlow conservation area appraisal needs rewriting. It reads like it was drafted by a developer's agent. I expect a new version before the next meeting.", "presses officers to change a report and questions their neutrality")
P(O, "review", "Becky Pountney in enforcement has had the complaints about the caravan at Ashcombe Dingle since July. Still nothing. Becky, ow long does it take? People are sick of excuses.", "named officer criticised")
P(O, "review", "Whose side is our Monitoring Officer on? Helen Amphlett seems to rule for the administration every single time a complaint comes in. Not a good look for a so-called neutral officer.", "questions the Monitoring Officer's neutrality", allow=["defamation.allegation"], pool="opp")
P(O, "review", "Had enough of Martin Garbett's licensing team treating every village fete like a rave. Somebody needs to tell Martin: stop gold-plating the rules or step aside.", "named officer criticised, told to step aside", allow=["respect.personal-attack"])
P(O, "review", "Comms have put out another glossy press release that reads like a Marches Alliance leaflet. Jess Ruscoe, you're supposed to be politically neutral. Act like it.", "questions the comms head's neutrality", pool="opp")
P(O, "review", "I've told the Head of Planning straight: change the recommendation on the bus station car park scheme or I'll raise it at full council. Officers work for us, not the other way round.", "pressing an officer to change advice")
P(O, "review", "Graham Tuckley earns more than the Prime Minister and still can't get the Hopebrook footbridge fixed. Chief Executive? Chief Excuse-maker more like.", "Chief Executive named and mocked", allow=["respect.personal-attack"])
P(O, "review", "Ian Dovaston in estates has sat on the allotment lease renewals for eight months. Eight! The man's hopeless. Ian, sign them off this week.", "named officer insulted and pressed", allow=["respect.personal-attack"])
P(O, "review", "Leanne Crump minuted the opposite of what I said at scrutiny. Either she wasn't listening or someone told her what to write. Leanne, correct it.", "named officer's minutes questioned, implied interference", allow=["defamation.allegation"])
P(O, "review", "Why does the senior planning officer recommend approval for every barn conversion in Brandley Edge? Somebody's got his ear and it isn't the residents.", "officer by role, neutrality questioned", allow=["defamation.allegation"])
P(O, "review", "The officer report on the Bishop's Tarrow parking review is biased from start to finish. Whoever wrote it made their mind up before the consultation closed. Pull it.", "officer's report called biased, pressed to withdraw")
P(O, "review", "Anwen Bufton told the parish council the Local Plan sites were 'settled'. Settled by whom? Not by councillors. Officers don't get to decide policy, Anwen.", "named Head of Planning criticised")
P(O, "review", "Public plea to the waste department: stop hiding behind 'operational reasons'. Sue Hamer's lot have read from the same script since the new contract started and I'm done being polite about it.", "named officer's department attacked")
P(O, "review", "Our Chief Executive is meant to be impartial, yet Mr Tuckley was grinning like a Cheshire cat at the Alliance's conference drinks. Make of that what you will.", "insinuates political bias of the Chief Executive", allow=["defamation.allegation", "tone.irony-risk"], pool="opp")
P(O, "review", "Craig Munslow, if you're reading this, ring me. Your advice on the Caerlydd play area scheme is wrong and I want it changed before it goes out. 📞", "presses a named officer to change advice")
P(O, "review", "Neil Brazier's budget report buries the cut to rural bus grants on page 43. That's not an accident, that's a choice. Finance officers shouldn't be doing the cabinet's spin for them.", "named officer accused of spin", pool="opp")

N(O, "Huge thanks to Sue Hamer and the waste crews who worked through the storm clearing fallen branches on the Whitlow road. Proper heroes, every one.", "thanks to a named officer", allow=[O])
N(O, "The officers' report on the parking review is out. I disagree with its conclusions and I'll say so at committee, which is where that argument belongs.", "disagreement through the proper channel", allow=[O])
N(O, "Welcome to Anwen Bufton, our new Head of Planning, who started this week. Looking forward to working with you, Anwen.", "welcome to a named officer", allow=[O])
N(O, "The cabinet's decision to cut the rural bus grant is wrong. Cabinet members made it, cabinet members own it. Don't blame officers for a political choice.", "criticises the cabinet, defends officers")
N(O, "Someone on here is having a go at the licensing team over the Whitlow fete. For the record, Martin Garbett's team were brilliant with our paperwork.", "defends a named officer", allow=[O])
N(O, "Whose side is the Marches Alliance on? Not Redlow's. Closing the Buttercross toilets in the same week they put parking fees up.", "shares 'whose side' with a positive; party target", pool="opp")
N(O, "Asked the Monitoring Officer whether I should declare at Thursday's meeting. Quick, clear answer within the hour. That's exactly what she's there for.", "seeks and praises officer advice", allow=[O])
N(O, "Our planning department is stretched to breaking: twelve posts, four vacancies. The administration needs to fund it properly instead of blaming staff.", "budget criticism, officers defended", allow=[O], pool="opp")
N(O, "Chief Excuse-maker award this week goes to the train company, for the third cancelled Redlow service since Monday. 🚂", "shares 'excuse-maker' with a positive; a company", allow=["tone.irony-risk"])
N(O, "Craig Munslow's talk to the parish council on the design guide was excellent. Clear, patient, answered every question. Thank you Craig.", "praise for a named officer", allow=[O])
N(O, "I've put a formal question to full council on why the Hopebrook footbridge repair has slipped again. Written answer due within ten days.", "proper channel, no officer named")
N(O, "Report fly-tipping and unauthorised caravans at redlowhills.example.org/report. If you've reported the one at Ashcombe Dingle, it's being looked at.", "neutral information")
N(O, "Thank you to Leanne Crump and Democratic Services for getting the agenda papers out a full week early. A whole week to read them!", "thanks a named officer", allow=[O])
N(O, "Questions for officers are best put in writing. I've emailed the Director of Finance about the reserves figures and I'll share the reply when it comes.", "proper channel", allow=[O])
N(O, "The Chief Executive's pay is set by full council, not by him. If you think it's too high (I do), lobby your councillors. That's us.", "policy view on pay, not an attack on the officer", allow=[O])
N(O, "Defending our comms team here: they don't write party leaflets and never have. Political posts come from councillors, full stop.", "defends officers", allow=[O])
N(O, "Licensing officers have been out checking door staff badges in Redlow on Friday nights. Good. Keep it up.", "praise for unnamed officers")
N(O, "Independent advice matters. That's why I'm backing the Monitoring Officer's report on the members' code, even though it'll make life harder for all of us.", "supports officer advice", allow=[O])

# ---------------------------------------------------------------- resources.political-use
R = "resources.political-use"
P(R, "review", "Leaflets for the Buttercross by-election printed on the reprographics machine at Redlow Hall this morning. Cheers to the lads in the print room for squeezing us in 🙌 #WorkingMarches", "party leaflets on council printing", pool="WM")
P(R, "review", "Want a Marches Alliance poster for your window? Email me at my council address and I'll drop one round.", "council email for party campaigning", pool="MA")
P(R, "review", "Greens canvass team meets in Committee Room 2 at Redlow Hall on Saturday at 10. Tea and biscuits provided. Bring comfy shoes!", "council room for party canvassing", pool="GR")
P(R, "review", "Typing this on my council laptop between meetings: if you want Working Marches to win Hopebrook, we need door knockers this weekend. DM me.", "council laptop, party campaigning", pool="WM")
P(R, "review", "Thanks to Jess in comms for knocking up the graphics for our Independents' campaign launch. Looks tidy!", "council staff time for party campaign", allow=["officers.impartiality"], pool="RI")
P(R, "review", "New Marches Alliance newsletter going out to every house in Caerlydd, with the council crest on the front so folk know it's official 😉", "council logo on a party newsletter", allow=["capacity.council-voice"], pool="MA")
P(R, "review", "Alliance members: raffle tickets for the spring fundraiser are in the members' room at the council offices. Grab some when you're in for committee.", "council office used for party fundraising", pool="MA")
P(R, "review", "Used the council's mailing list of allotment holders to send out our Greens survey on food growing. Great response so far! 🌱", "council data used for party survey", allow=["data-protection.personal-data"], pool="GR")
P(R, "review", "Vote Gittins on Thursday! Posted from the council iPad so sorry for any typos 🙏", "council device for an election appeal", a="@PhilGittins")
P(R, "review", "Our Working Marches press release on the bus cuts went out through the council's press office this morning. Amazing reach. Share widely!", "council press office for a party release", pool="WM")
P(R, "review", "Independent campaign HQ for the next month: my office at Redlow Hall. Pop in for a chat and a rosette.", "council office as campaign HQ", pool=["RI"])
P(R, "review", "Getting the council pool van to shift our election boards on Saturday. Much easier than my old Fiesta 😂", "council vehicle for campaign boards")
P(R, "review", "Just printed 400 'Keep Whitlow Green' party flyers on the council printer while nobody was looking 🤫💚", "council printer for party flyers", pool="GR")
P(R, "review", "Phone bank tonight! Alliance volunteers welcome from 6pm in the council meeting room at the Tarrow Institute, using the office phones.", "council room and phones for party phone bank", pool="MA")
P(R, "review", "Asked democratic services to email all the parish clerks our Working Marches manifesto consultation. Very obliging they were too.", "council staff sending party material", allow=["officers.impartiality"], pool="WM")
P(R, "review", "Our Independents' leaflet uses the council's official photos of the Buttercross repairs. Well, we paid for them as taxpayers, didn't we!", "council photography in a party leaflet", pool="RI")
P(R, "review", "Canvassing tip for new Alliance members: the council's mapping system is brilliant for planning your rounds. Ask me and I'll sort you a log-in.", "council system offered for party canvassing", pool="MA")
P(R, "review", "Selection meeting for our Caerlydd Greens candidate: 7pm in the council chamber at Redlow Hall. Party members only, please.", "council chamber for a party selection", pool="GR")

N(R, "My surgery is in Committee Room 2 at Redlow Hall on Saturday, 10 till 12. Any resident, any issue, no appointment needed.", "ward surgery in a council room", allow=[R])
N(R, "Working Marches campaign day in Bishop's Tarrow on Saturday, meeting at the Railway Inn car park at 10. Leaflets printed at our own expense and promoted by the party agent.", "party campaign with no council resources", pool="WM")
N(R, "Residents: email me at my council address about casework. Party stuff goes to my personal one. They're kept separate for a reason.", "keeps council email for casework", allow=[R])
N(R, "Council laptop died halfway through the agenda pack. IT sorted me a loaner within the hour. Good service.", "council laptop, no campaigning")
N(R, "Greens' canvass this weekend in Whitlow. We've hired the village hall at the going rate. Thanks to the hall committee!", "party hires a hall", pool="GR")
N(R, "The new council crest is on the recycling calendars landing through doors this week. Check your collection dates!", "council logo on council material")
N(R, "Reminder to fellow councillors: the pre-election period starts soon. No party material in council buildings, no council logos on leaflets. Let's keep it clean.", "warns against misuse", allow=[R])
N(R, "Printed my Alliance leaflets at Marches Print on Castle Street. Proper job, local firm, invoice paid.", "party printing paid privately", pool="MA")
N(R, "The press office put out the cabinet's statement on the bus grant today. Whatever you think of the decision, it's the council's decision, so it's their job to announce it.", "press office announcing a council decision", allow=[R])
N(R, "Standing as an independent? Know the rules: no council offices, kit or staff for campaigning. The Electoral Commission guidance is a good read.", "explains the rule", allow=[R])
N(R, "Used the council's online planning map to look up a site boundary for a resident. Handy tool, and anyone can use it.", "public council tool for casework")
N(R, "Our Working Marches office on Castle Street is open Tuesday afternoons. Come and tell us what you think.", "party office, not council", pool="WM")
N(R, "Council pool van spotted doing the gritting run at 6am on Whitlow bank. Thanks to the crews.", "council van doing council work")
N(R, "Council iPad keeps autocorrecting Caerlydd to 'cardboard'. Apologies to anyone who got a very confusing email about the cardboard village hall.", "council device, no campaigning")
N(R, "Party fundraiser raffle tonight at the Tarrow Arms. Prizes include a hamper and a truly hideous vase. All proceeds to the Greens' spring campaign.", "party fundraiser at a pub", pool="GR")
N(R, "Asked democratic services to circulate my written question to all members before full council. That's exactly what they're there for.", "council staff on council business", allow=[R])
N(R, "Council chamber open to the public for heritage weekend on Saturday. Come and sit in the big chair for a selfie!", "council building open day")
N(R, "Canvassing tip for new Alliance members: comfy boots, a brolly, and never trust a gate with a 'beware of the dog' sign. Blue remembered hills, sore remembered feet.", "shares 'canvassing tip' with a positive; no council resources", pool="MA")

# ---------------------------------------------------------------- position.improper-advantage
PO = "position.improper-advantage"
P(PO, "review", "As your councillor I can fast-track your planning pre-app. Just drop me a message and I'll have a word with the right people.", "offers to fast-track through the role")
P(PO, "review", "Need a builder? My brother-in-law's firm, Clee Edge Builders, are the best in Bishop's Tarrow, and I'll make sure they get on the council's approved list.", "promotes a relative's firm for council work")
P(PO, "review", "Struggling to get a council house? Message me. I sit on the housing panel and I can get you bumped up the list.", "offers to jump the housing list")
P(PO, "review", "Mate of mine runs Redlow Skip Hire. Any parish wanting a clear-out, tell them I sent you, and I'll see the council contract goes his way next year.", "steers a council contract to a friend")
P(PO, "review", "Parking ticket on Broad Street? Send me the details. I've a good relationship with enforcement and can usually get them cancelled for residents.", "offers to get tickets cancelled")
P(PO, "review", "Fancy a job at the council? I sit on the appointments panel. Send me your CV and I'll put in a good word 👍", "offers influence over appointments")
P(PO, "review", "Shout out to my daughter's new café on Castle Street 🍰 As your councillor I made sure the licensing side was sorted nice and quick. Go and try the bara brith!", "promotes a family business and boasts of using the role")
P(PO, "review", "Local businesses wanting council contracts: join the Redlow Business Club (I'm chair) and I'll introduce you to the procurement team personally. Membership £250.", "sells access to procurement")
P(PO, "review", "Had a call from a chap whose grant application got turned down. Told him I'll get it looked at again quietly. Councillors can sort these things.", "offers to reverse a decision quietly")
P(PO, "review", "School place appeal coming up? Message me privately. I know the panel and I can have a word.", "offers to influence an appeal panel")
P(PO, "review", "Anyone in Pentrehawl wanting the council to cut their hedge back before the rest of the waiting list, I'm your woman. Just say Lorna sent you.", "offers queue-jumping", a="@LornaEdwardesRI")
P(PO, "review", "Caerlydd folk who voted for me: your potholes get done first. That's a promise.", "favours supporters", pool="ward:Caerlydd")
P(PO, "review", "My cousin's a plumber and he's brilliant. I'll be recommending him for all the council's sheltered housing jobs from now on.", "steers council work to a relative")
P(PO, "review", "Fed up waiting for your blue badge? Ring my office and I'll get the team to push yours through ahead of the queue.", "offers to jump a queue")
P(PO, "review", "The wife's holiday lets at Hopebrook are taking bookings, and being on the council I'll make sure the tourism pages put them front and centre 😉", "promotes a spouse's business through the role", pool="m")
P(PO, "review", "Event organisers: need a road closure in a hurry? Don't bother with the form. Text me and I'll get highways to rubber-stamp it.", "offers to bypass process")
P(PO, "review", "Market traders: I can get you a better pitch at the Buttercross market if you back me in May. Just saying.", "favours in return for support")
P(PO, "review", "Got a planning enforcement letter? Don't panic. Send it to me and I'll make it go away. That's what having a councillor on the committee is for.", "offers to make enforcement go away", pool="plan")

N(PO, "As your councillor I can't fast-track anyone's planning application, and nor should I. What I can do is explain the process and make sure you're heard.", "shares 'as your councillor' and 'fast-track'; refuses", allow=[PO])
N(PO, "Struggling with a housing application? The housing advice line is 01632 960214. I'm happy to help you fill in the form, but I can't change your place on the list.", "helps within the rules", allow=[PO])
N(PO, "Shout out to the new café on Castle Street. The bara brith is unreal. No connection, just greedy.", "shares the café shout-out; no connection")
N(PO, "It's not who you know. Every council contract over £25k is advertised on the procurement portal at redlowhills.example.org/tenders.", "open procurement")
N(PO, "Parking ticket you think is unfair? Appeal it, here's the form. Councillors can't cancel tickets and you wouldn't want us to.", "refuses to intervene", allow=[PO])
N(PO, "Council jobs going: refuse drivers, a planning officer and two care staff. Apply at redlowhills.example.org/jobs. I have no say in who gets them!", "jobs advertised openly")
N(PO, "Referred a resident's refused hardship grant to the review team with the extra evidence she'd found. Fresh eyes, same rules.", "proper review route", allow=[PO])
N(PO, "Pothole at the top of Caerlydd bank reported again. It's on the list and it'll be done in order like everyone else's, mine included.", "no favours")
N(PO, "Declared at committee that my sister works for the contractor and left the room for the item. Rules are there for a reason.", "declares and withdraws", allow=[PO])
N(PO, "Great to see Redlow Business Club thriving. Anyone can join, and I'm not a member. The council's procurement workshops are free and open to all.", "shares the business club; no favours")
N(PO, "Need a decent plumber? Ask in the Hopebrook community group, there's always recommendations. I'm useless at plumbing, as my kitchen ceiling will tell you.", "no steering of council work")
N(PO, "Blue badge delays are awful. I've raised the backlog at scrutiny, not to get anyone pushed up, but to get the whole queue moving.", "raises a backlog properly", allow=[PO])
N(PO, "Road closure for the Whitlow lantern parade is approved. Forms went in back in August, as they should.", "process followed")
N(PO, "Fast-track? The only fast-track in Redlow is the queue at the chippy on a Friday night.", "shares 'fast-track' as a joke")
N(PO, "School appeal panels are independent. I can point you to free advice, but I can't and won't speak to the panel.", "refuses to influence", allow=[PO])
N(PO, "Family first this weekend: helping my dad get the tups out on the hill. Casework replies Monday, promise.", "shares 'family'; no favour")
N(PO, "Market traders: pitch allocations for next year are drawn by lot at the Buttercross office on the 3rd. Councillors play no part, which is how it should be.", "fair allocation")
N(PO, "My daughter has opened a café on Castle Street. Proud dad! I've told the Monitoring Officer and I'll stay out of anything to do with it at licensing.", "family business, steps back", allow=[PO, "interests.declared-interest"], pool="m")

# ---------------------------------------------------------------- gifts.hospitality
G = "gifts.hospitality"
P(G, "advice", "Thank you to the Redlow Chamber of Trade for the early Christmas hamper. The damson gin won't last long in our house 🎄", "hamper from a trade body; no decision sought")
P(G, "advice", "Someone left a case of Tarrow Valley cider on my doorstep with a note saying 'thanks for all you do'. Very kind, whoever you are! 🍎", "anonymous gift of a case of cider")
P(G, "advice", "Cheers to Border Fencing for the seats in the hospitality tent at Redlow races on Saturday. Fabulous lunch, terrible tipping.", "hospitality from a firm; no decision said to be sought")
P(G, "advice", "Spent a glorious weekend in a businessman friend's holiday cottage up the Batch, no charge. Spoilt rotten.", "free use of a holiday cottage")
P(G, "advice", "Honorary life membership of Tarrow Golf Club presented to me today. Very touched. Now I just need to learn how to play ⛳", "honorary membership")
P(G, "advice", "Thanks to Hopebrook Engineering for the seat at their table at the Marches Business Awards last night. What an evening!", "awards dinner from a firm")
P(G, "review", "Lovely lunch at the Kingsfold Arms courtesy of Severnmere Homes today. Decent bunch, whatever the objectors say.", "hospitality from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "Thank you Ridgewind Energy for the tour of your wind farm over the border, and the very generous overnight stay at the hotel. Eye-opening trip.", "hotel stay from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "VIP wristbands for Tumpfest landed on my doormat courtesy of Hillfort Sounds. Might see you up the tump in June! 🎶", "free tickets from a pending licence applicant", allow=["predetermination.closed-mind"], pool="notlic")
P(G, "review", "Tannery Quarter sent over a bottle of champagne to 'toast the future of Tanner's Row'. Very thoughtful of them 🥂", "gift from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "Drovers Inns took a few of us out for steak last night. Cracking evening. They're keen to talk about their licence, fair enough.", "hospitality from a pending licence applicant", allow=["predetermination.closed-mind"], pool="notlic")
P(G, "review", "Marcher Aggregates very kindly laid on their box at the rugby on Saturday. Great hospitality, shame about the result.", "hospitality from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "Hopevale Poultry dropped off a tray of eggs and a £50 farm shop voucher. Never say no to eggs!", "gift from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "Thanks to Border Waste Services, who are bidding for the recycling contract, for the two tickets to the Wolves match. Brilliant day out ⚽", "tickets from a contract bidder")
P(G, "review", "Batchside Leisure have offered me a free weekend in one of their lodges 'once they're built'. Ha! I'll hold them to that.", "offer from a pending applicant", allow=["predetermination.closed-mind"], pool="notplan")
P(G, "review", "Got a lovely bunch of flowers and a spa voucher from the firm tendering for the leisure centre contract. No idea how they knew it was my birthday!", "gift from a tenderer")
P(G, "review", "Martside Stores sent round a crate of beer for 'the team at the council'. Cheers lads, just in time for the weekend 🍺", "gift from a pending licence applicant", allow=["predetermination.closed-mind"], pool="notlic")
P(G, "review", "The kebab shop on Broad Street has given me free tea for a month while his late licence application goes through. Can't complain!", "hospitality from someone seeking a licence")

N(G, "Offered a hamper by a firm that bids for council work. Politely said no and sent it straight to Redlow food bank.", "gift refused", allow=[G])
N(G, "Registered the £85 Business Awards dinner ticket on my register of gifts anyway. Better safe than sorry.", "gift registered voluntarily", allow=[G])
N(G, "Thanks to everyone at Whitlow WI for the cuppa and a slice of Victoria sponge at Tuesday's meeting. Best cake in the district.", "tea and cake at a community meeting")
N(G, "Paid my own way to the rugby on Saturday. Still lost. Still freezing. Still worth it.", "paid for own ticket")
N(G, "Tumpfest tickets are on sale, I'm told. If I go I'll be buying mine at full price like everyone else. No freebies for councillors.", "no free tickets", allow=[G])
N(G, "Returned the bottle of champagne that arrived from a developer this week, with a polite note. Rules are rules.", "gift returned", allow=[G])
N(G, "Honoured to speak at Tarrow Golf Club's centenary. Paid for my own dinner and ruined the raffle by winning the meat tray 😂", "paid own way", allow=[G])
N(G, "Lunch with the Redlow Chamber of Trade today. I bought the sandwiches, for once!", "councillor paid")
N(G, "Reminder to all members: any gift or hospitality worth £100 or more must be registered within 28 days. The form's on the members' intranet.", "reminder of the rule", allow=[G])
N(G, "Thank you to the pupils at Caerlydd Primary for the card they made me after the road safety visit. It's on my fridge.", "a child's card")
N(G, "Eggs from my own hens. Free to anyone on Church Lane who wants half a dozen 🥚", "councillor giving, not receiving")
N(G, "Declined an overnight stay offered by an energy firm. If I visit their wind farm it'll be a day trip, paid for by me.", "hospitality declined", allow=[G])
N(G, "Our Working Marches Christmas do is at the Drovers this year. Everyone pays for their own. Tickets £22.", "paid party social", pool="WM")
N(G, "Got a thank-you card and a jar of homemade damson jam from the lady whose drains we got sorted. Made my week.", "token thanks from a resident", allow=[G])
N(G, "The Chairman's charity ball raised £4,300 for the air ambulance. Tickets were £45 and worth every penny.", "paid charity ticket")
N(G, "Free tea for a month? Only at my mother's in Pentrehawl, and even then I do the washing up.", "shares 'free tea for a month'")
N(G, "Severnmere Homes invited members to drinks at their show home. I won't be going, and I've told them why.", "invitation from a pending applicant declined", allow=[G])
N(G, "Thanks to the Whitlow commoners for a tour of the common and a very muddy pair of boots. No hospitality, just hard graft.", "site visit, no gift")

# ---------------------------------------------------------------- capacity.council-voice
C = "capacity.council-voice"
P(C, "review", "On behalf of Redlow Hills District Council, I want to say the government's rural funding settlement is an insult to the Marches.", "speaks on behalf of the council from a councillor account", pool="notcab")
P(C, "review", "Official council position from me today: we oppose the hospital reconfiguration, every word of it. Redlow will not be left behind.", "calls a personal view the official council position", pool="notcab")
P(C, "review", "Redlow Hills DC fully supports the campaign to save Pentrehawl post office. Sign the petition, folks!", "claims council support without a decision", pool="notcab")
P(C, "review", "The Council has decided to back the Whitlow Wildlife Group's lottery bid. I've told them so myself 🦉", "announces an undecided council position", pool="notcab")
P(C, "review", "Speaking for the council here: Working Marches will scrap car park charges in Bishop's Tarrow.", "party policy presented as the council's", pool="WM")
P(C, "review", "Marches Greens and Redlow Hills District Council stand together against fracking anywhere in the Marches 💚", "party view presented as the council's", pool="GR")
P(C, "review", "This council is officially opposed to the second homes council tax premium. That's my view and it's the council's view.", "own view as official council view", pool="notcab")
P(C, "review", "As the council's representative (well, one of them!) I can confirm Redlow Hills DC thinks the new bus timetable is unacceptable.", "speaks for the council", pool="notcab")
P(C, "review", "The council's official response to the boundary review: leave Pentrehawl alone. We'll fight it all the way.", "claims to give the council's official response", pool="notcab")
P(C, "review", "Redlow Hills District Council would like to congratulate Bishop's Tarrow Harriers on winning the county title! 🏃‍♀️🏆", "harmless content, but speaks as the council", pool="notcab")
P(C, "review", "Redlow Hills District Council condemns the Alliance's library closures. Shameful.", "opposition view presented as the council's", pool="WM")
P(C, "review", "Statement on behalf of the council: we have no confidence in the county highways department. None.", "statement on behalf of the council", pool="notcab")
P(C, "review", "I can announce today that the council will be opening a warm space in every village hall this winter.", "announces an undecided council decision", pool="opp")
P(C, "review", "Message from Redlow Hills District Council: the Marches Alliance administration has failed Hopebrook. Time for change.", "party message presented as the council's", pool="opp")
P(C, "review", "From all of us at Redlow Hills District Council: happy 100th birthday to the Redlow Silver Band 🎺", "speaks as the council", pool="notcab")
P(C, "review", "Redlow Hills DC says NO to the border road tolls plan. Our official position couldn't be clearer.", "claims an official council position", pool="notcab")
P(C, "review", "Redlow Hills District Council officially welcomes the curlews back to Whitlow Common 🐦", "personal account speaking as the council", a="@rhi_birds", acct="personal")
P(C, "review", "We at the council have agreed that the Buttercross Christmas market will be free for stallholders this year. You heard it here first!", "claims a council decision from a councillor account", pool="opp")

N(C, "From me and everyone in Bishop's Tarrow South: congratulations to the Harriers on the county title! 🏃‍♀️", "ward congratulations, not the council's", pool="ward:Bishop's Tarrow South")
N(C, "Personal view, not the council's: the hospital reconfiguration is wrong for the Marches.", "clearly marked as personal", allow=[C])
N(C, "Cabinet agreed last night to open warm spaces in twelve village halls this winter (minute 58). Details on the council website.", "the Leader reports a cabinet decision", allow=[C], a="@MVenablesLeader", on="2026-11-13")
N(C, "The council's official response to the boundary review is published at redlowhills.example.org/boundary. Personally I'd have gone further.", "reports the published response", allow=[C])
N(C, "Working Marches believes car park charges in Bishop's Tarrow should be scrapped. That's our party policy and we'll put it to full council.", "party view labelled as such", pool="WM")
N(C, "Official: the Buttercross Christmas lights switch-on is 28 November. The council's position on mince pies: yes please.", "joke using 'official' and 'council's position'", allow=[C], rng=("2026-11-02", "2026-11-27"))
N(C, "I'll be moving a motion at full council that the council opposes the second homes premium. If it passes, it's the council's view. Until then, it's mine.", "distinguishes own view from the council's", allow=[C])
N(C, "Personal account, views my own: best ewe lambs at the sale this year came off the Edge. Biased, me? Never.", "personal account, personal view", a="@gwilliam_ewes", acct="personal")
N(C, "As Chairman I was proud to represent the council at the Remembrance service in Redlow yesterday. We will remember them.", "the Chairman's civic role", allow=[C], a="@ChairmanDotP", on="2026-11-09")
N(C, "The council's statement on the bus timetable is weak. My own view: it's unacceptable, and I'll say so at scrutiny.", "separates own view from the council's", allow=[C])
N(C, "Redlow Hills District Council has published its winter gritting map. Share it with anyone who drives the hill roads.", "shares council information")
N(C, "Marches Greens stand against fracking in the Marches. Always have, always will 💚", "party view as the party's", pool="GR")
N(C, "Don't believe everything you read: the council hasn't taken a position on the border tolls plan. I've asked for it to come to full council.", "corrects a claim about the council's position", allow=[C])
N(C, "On behalf of Caerlydd ward residents, thank you to the volunteers who cleared the brook on Saturday.", "on behalf of the ward", pool="ward:Caerlydd")
N(C, "'The Council believes...' said no resident ever. Jokes aside, come to the budget consultation drop-in on Thursday.", "joke on the phrase", allow=[C])
N(C, "Full council voted last night to back the Pentrehawl post office campaign, 16 votes to 2. Proud of that.", "reports a council resolution", allow=[C], on="2026-11-26")
N(C, "Bin collections change over Christmas. The council's official dates are on the website, so check before you put the bins out.", "points to official information")
N(C, "Cabinet meets on 12 November to decide the warm spaces plan. Papers are public, and I'd welcome your views before then.", "the Leader on a forthcoming decision", allow=[C], a="@MVenablesLeader", rng=("2026-11-02", "2026-11-11"))

# ---------------------------------------------------------------- confidentiality.insider-advantage
I = "confidentiality.insider-advantage"
P(I, "review", "Word to the wise: if you're thinking of buying a lock-up garage on Tanyard Lane, do it before the council announces its car park plans in the spring. Trust me 😉", "tip before an announcement")
P(I, "review", "Little birdie at Redlow Hall tells me the council's about to sell the old highways yard on Station Road. Anyone with a bit of cash, get your bid ready early.", "tip about an unannounced disposal", allow=["confidentiality.disclosure"])
P(I, "review", "Heads up to my builder mates: there's a big housing scheme coming to Whitlow that hasn't been published yet. Get your quotes in to the developer now.", "unpublished scheme tip")
P(I, "review", "Tip-off for traders: Broad Street's getting pedestrianised next year. It's not public yet, but if you're after a shop, now's the time to sign a lease.", "tip-off before announcement")
P(I, "review", "Don't renew your stall lease at the Buttercross market hall for more than a year. Can't say more. You'll thank me later.", "hints at inside knowledge to advantage traders", allow=["confidentiality.disclosure"])
P(I, "review", "You didn't hear it from me, but Redlow car park charges are going up 50% in April. Buy your annual permit NOW at the old price.", "inside knowledge for residents' advantage", rng=("2026-09-14", "2026-10-30"))
P(I, "review", "If you own land near Hopebrook crossroads, hang on to it. The Local Plan sites list comes out in January and you'll be very happy. That's all I'll say.", "tip on unpublished site allocations")
P(I, "review", "Our Gary's been asking where to open his new garage. Told him the council's about to free up the old depot on Mill Bank, so he'll be first in the queue when it's advertised 👍", "relative advantaged by inside knowledge", allow=[PO])
P(I, "review", "Insider tip for anyone selling in Caerlydd: get your house on the market before the council's wind decision lands. Prices will drop.", "insider tip on a pending decision", allow=["predetermination.closed-mind"])
P(I, "review", "Shopfront grants of £5k are about to open, first come first served. I've got the details before they're published, so DM me and I'll help you get yours in first.", "early access to a grant")
P(I, "review", "Builders: the council's about to tender the sheltered housing refurb. The spec's nearly done. Ring me and I'll tell you what they're looking for.", "tender advantage", allow=[PO])
P(I, "review", "Heard in cabinet briefing today that business rates help for village shops is coming. Hopebrook shopkeepers: don't pay that arrears bill yet!", "briefing used for others' advantage")
P(I, "review", "Word in your ear, Redlow: book your Christmas market pitch before the council doubles the fee next week. Only a handful of us know.", "inside knowledge on a fee rise", rng=("2026-09-14", "2026-11-13"))
P(I, "review", "Mate of mine's after a workshop. Told him to grab one on Tarrow Road industrial estate sharpish. The council's announcing a year's free rent there in the new year.", "friend advantaged by inside knowledge")
P(I, "review", "If you drive a taxi, renew your licence this month. The new fees going to committee are eye-watering and they haven't been published yet 🚕", "unpublished fee rise")
P(I, "review", "Before it's announced: the council's buying land at Whitlow for a new depot. If you own the field next door, don't sell cheap.", "before it's announced")
P(I, "review", "Can't say where, but a new primary school is being pencilled in for the north of Redlow. If you're thinking of buying, think north 😉", "tip on an unannounced school")
P(I, "review", "Not public yet, but cabinet signed off the second homes premium today. Holiday let owners, sell before the news breaks.", "tip before announcement", allow=["confidentiality.disclosure"], pool="cab")

N(I, "Word to the wise: the Broad Street consultation closes on Friday. Have your say at redlowhills.example.org/broadstreet.", "shares 'word to the wise'; public consultation")
N(I, "Car park charges in Redlow are going up in April. It's in the budget papers published today. Annual permits bought before 1 April are at the old price.", "published information", allow=[I])
N(I, "Heads up: the shopfront grant scheme is now open on the council website. £5k each, criteria online. Get your applications in!", "published scheme")
N(I, "Little birdie tells me it's going to rain on the Whitlow lantern parade. The birdie is the Met Office.", "shares 'little birdie'")
N(I, "You didn't hear it from me, but the wife's Christmas cake is better than the WI's. Don't tell the WI.", "shares 'you didn't hear it from me'", pool="m")
N(I, "The Local Plan sites list is published in January. Until then nobody, councillors included, knows which sites are in. Ignore the rumours.", "denies insider knowledge", allow=[I])
N(I, "Tip-off from a resident about fly-tipping in the dingle below Hopebrook. Reported it to the council this morning.", "shares 'tip-off'")
N(I, "Taxi licence fees: the proposed new fees are in the licensing committee papers published today. Drivers can comment until the 20th.", "published proposals", allow=[I])
N(I, "The council's selling the old highways yard on Station Road. It's on the public agenda for cabinet on 12 November, with the valuation in the public report.", "public agenda item", allow=[I], rng=("2026-11-02", "2026-11-11"))
N(I, "Insider tip for the Christmas market: get there early for the pork baps. The queue by noon is something else.", "shares 'insider tip'")
N(I, "Buy now before the council... realises how good the Tarrow farmers' market is and puts the fees up! (Joke. Fees are frozen this year.)", "shares 'buy now before the council'", allow=[I, "tone.irony-risk"])
N(I, "Thinking of buying near Hopebrook crossroads? Check the Local Plan consultation maps first. They're public and show every site put forward.", "points to public maps")
N(I, "Rates help for village shops was confirmed in the government's statement today. Hopebrook shopkeepers, I'll help you apply.", "public announcement")
N(I, "A resident asked whether to sell his field before the new depot plans come out. I told him I can't advise on that and pointed him to the public consultation.", "refuses to advise", allow=[I])
N(I, "Shopfront grants aren't open yet. When they are, the council will announce it on the website and everyone gets the same chance. I won't be tipping anyone off.", "refuses to tip off", allow=[I])
N(I, "The warm spaces plan goes to cabinet on the 12th. The papers are public, so go and read them.", "public papers", rng=("2026-11-02", "2026-11-11"))
N(I, "Before it's announced officially... I'm doing the Redlow 10k in a onesie for the air ambulance. Sponsor me! 🦄", "shares 'before it's announced'")
N(I, "Heads up, Pentrehawl: the council's published plan to resurface the chapel lane starts on Monday. Expect delays.", "shares 'heads up'; published works")

# ---------------------------------------------------------------- predetermination.closed-mind
PD = "predetermination.closed-mind"
P(PD, "block", "Kingsfold Lane is the wrong site for 120 houses and I'll be voting against it at committee. No amount of officer spin changes that.", "settled view against a registered application (site)", allow=["officers.impartiality"], pool="plan")
P(PD, "block", "The Whitlow Quarry extension must be refused. I've read enough. My mind's made up.", "settled view against (site)", pool="plan")
P(PD, "block", "Ridgewind's turbines on Caerlydd Ridge will never be approved while I'm on planning. Never.", "settled view against (site)", pool="plan")
P(PD, "block", "Delighted the Old Tannery is finally coming back to life. I'll be voting for 26/0745/FUL whatever the objectors say. Bishop's Tarrow needs those flats.", "settled view in favour (reference, site)", pool="plan")
P(PD, "block", "Hopevale Poultry's four sheds at Hopebrook? Over my dead body. Refuse, refuse, refuse 🐔", "settled view against (applicant)", pool="plan")
P(PD, "block", "Tumpfest is going ahead and I'll be voting to give Hillfort Sounds their licence. Bring it on! 🎶", "settled view in favour of a licence (known-as name, applicant)", pool="lic")
P(PD, "block", "The Drovers wants to stay open till 2am? Not a chance. I'll be opposing that licence variation at committee, end of.", "settled view against a licence (known-as name)", pool="lic")
P(PD, "block", "Martside Late Shop selling booze 24 hours a day next to the mart? I will vote no. Don't need to hear any more.", "settled view against (known-as name)", pool="lic")
P(PD, "block", "Batchside Leisure's lodges at Lower Batch Farm will get my vote. We need the tourism up the Batch, simple as.", "settled view in favour (applicant, site)", pool="plan")
P(PD, "block", "26/0812/FUL: an adult gaming centre on Broad Street. I've made up my mind. This must be refused.", "settled view against (reference)", pool="plan")
P(PD, "block", "Pentrehawl Old Chapel conversion: whatever the officers recommend, I'm voting against. That chapel is the heart of the village.", "settled view against (site)", pool="plan")
P(PD, "block", "Severnmere Homes can forget it. I won't be supporting their application, and I'll make sure others on the committee don't either.", "settled view against (applicant without Ltd)", pool="plan")
P(PD, "review", "Word is a drive-thru coffee place wants the old garage on the Redlow bypass. If it comes to planning, it's getting refused. I've decided already.", "settled view on an expected application not on the register", pool="plan")
P(PD, "review", "The taxi driver licence review next week: I've seen enough of that driver's record to know the answer already. Revoke it.", "settled view on a licensing review not on the register", pool="lic")
P(PD, "review", "The new farm shop application at Whitlow Cross is exactly what the village needs. It's got my vote before it even reaches committee.", "settled view in favour, not on the register", pool="plan")
P(PD, "review", "A late bar licence for the Castle Vaults? I will vote against it whenever it comes to licensing. Minds don't change on this one.", "settled view against, not on the register", pool="lic")
P(PD, "review", "The appeal on the refused barn conversion at Brandley Edge should be thrown out. I won't be persuaded otherwise, so don't bother emailing.", "closed mind on an appeal", pool="plan")
P(PD, "review", "Street trading consent for a burger van on the Buttercross? Absolutely not. It'll be a no from me, whatever's said at the hearing.", "settled view on a street trading consent", pool="lic")

N(PD, "I have concerns about the Kingsfold Lane application. Traffic on the lane is bad already. I'll listen to all the evidence at committee before I decide.", "predisposition with an open mind", allow=[PD], pool="plan")
N(PD, "As Caerlydd ward member, and NOT on the planning committee, I'm objecting to the Ridgewind turbines on behalf of residents. My letter is on the planning portal.", "ward member not on the committee objecting", allow=[PD], a="@SianBevanCaer")
N(PD, "My mind's made up: the Redlow bypass roundabout is the worst in Shropshire. Someone repaint the lines.", "shares 'my mind's made up'")
N(PD, "The draft Local Plan is wrong for Hopebrook and I'll vote against it at full council. That's policy, not a planning application, so yes, I'm allowed a view!", "policy, not quasi-judicial", allow=[PD])
N(PD, "Never, ever park on the Buttercross on mart day. Learned that one the hard way 🐑", "shares 'never'")
N(PD, "Refused! The council's bid for the heritage fund, that is. Gutted for the Castle Street traders.", "shares 'refused!'")
N(PD, "Whatever the officers say about the budget, the cabinet has to find the money for rural buses. That's a political choice, not a technical one.", "shares 'whatever the officers say'; budget", allow=["officers.impartiality"])
N(PD, "Tumpfest licence: I'm on licensing, so I'll say nothing about the merits until the hearing. Representations close on the 30th.", "committee member stays neutral", allow=[PD], pool="lic", rng=("2026-11-02", "2026-11-27"))
N(PD, "Lots of messages about the Old Chapel. I'm not on planning, so I can speak for residents: I object, and I've written to the committee saying why.", "ward member not on the committee", allow=[PD], a="@LornaEdwardesRI")
N(PD, "If the noise report is right, the Whitlow Quarry extension has big problems. That's for the committee to weigh, and I'll read the whole report before forming a view.", "predisposition, open mind", allow=[PD], pool="plan")
N(PD, "I've made up my mind: the Tarrow bakery does the best Eccles cakes in the Marches. No appeal.", "shares 'made up my mind'")
N(PD, "Kingsfold Lane: I'm on the planning committee, so I won't comment on the application. You can watch the meeting live on 16 December.", "committee member stays neutral", allow=[PD], pool="plan")
N(PD, "The Drovers' licence variation has drawn 40 representations. I'm not on licensing, so I'll be speaking against it at the hearing as ward councillor.", "ward member not on the committee", allow=[PD], pool="ward:Redlow Castle")
N(PD, "Never approved? The Hopebrook footbridge repair budget, that is. Third year running. Come on, cabinet.", "shares 'never approved'", pool="opp")
N(PD, "Open mind on the poultry unit. 200 emails against, 12 for. I'll read the officers' report and the evidence and decide on the night.", "open mind on a pending matter", allow=[PD], pool="plan")
N(PD, "Batchside Leisure's lodges: I understand why people worry about the lane, and why others want the jobs. Both sides will get a fair hearing from me.", "open mind", allow=[PD], pool="plan")
N(PD, "Committee refused the Tarrow Road phone mast last night after a long debate. The applicant can appeal if they want to.", "reports a decision already made", on="2026-10-22")
N(PD, "I've made my mind up on bus shelters: every village deserves one. That's a budget bid, not a planning application.", "settled view on a budget matter", allow=[PD])

# ---------------------------------------------------------------- interests.declared-interest
D = "interests.declared-interest"
P(D, "review", "Cabinet's plan to cut the mart day parking charges in Redlow is long overdue. Farmers coming in for the sales shouldn't be fleeced. I'm fully behind it.", "director of the livestock market speaks for a cut that helps it", interest="Redlow Livestock Market Ltd", a="@HughProbertMA")
P(D, "review", "Redlow Livestock Market needs the council to renew the mart site lease on fair terms, and I'll be pushing for exactly that at cabinet.", "director lobbies on the market's lease", interest="Redlow Livestock Market Ltd", a="@HughProbertMA")
P(D, "review", "Good news in the draft tourism strategy: a Marches cider trail with council signage and marketing. Just what producers like us need. I'll be backing it at full council 🍎", "cider business owner backs council support for cider producers", interest="Tarrow Valley Cider Co", a="@GarethMytton")
P(D, "review", "The draft Local Plan puts twelve houses on the field next to ours at Brandley Edge. Good. The village needs homes and I'll be speaking in favour.", "allocation next to the holder's farm", interest="Brandley Edge Farm", a="@BillGwilliamRI")
P(D, "review", "The council wants to put up the grazing rents on its fields along the Edge. As someone who farms up there I'll fight every penny of it at scrutiny.", "farmer opposes rents that affect his farm", interest="Brandley Edge Farm", a="@BillGwilliamRI")
P(D, "review", "Bishop's Tarrow Town FC have applied for £20k from the community sports fund for new floodlights. I'll be backing the bid all the way. Up the Tarrow! ⚽", "committee member backs the club's grant bid", interest="Bishop's Tarrow Town FC", a="@PhilGittins")
P(D, "review", "Marches Homes Co-op is bidding for the council's Castle Street garage site for affordable homes. I'll be lobbying every councillor to back it.", "board member lobbies for the co-op's bid", interest="Marches Homes Co-operative", a="@KerryBowdlerWM")
P(D, "review", "The school transport contract is being retendered. Local operators deserve a fair crack against the national giants, and I'll be arguing for local weighting in the criteria.", "director of a coach firm on a contract it may bid for", interest="Oakeley Coaches Ltd", a="@DarrenOakeley")
P(D, "review", "Cabinet wants to cut the rural bus subsidy. Firms like ours run those routes at a loss already. I'll be voting against this madness.", "coach firm director on a subsidy it receives", interest="Oakeley Coaches Ltd", a="@DarrenOakeley")
P(D, "review", "The council's events grant should go to the Food Festival again this year. It brings 20,000 people into Redlow. I'll be pushing hard for it.", "festival director lobbies for its grant", interest="Redlow Food Festival CIC", a="@FionaLingenMA")
P(D, "review", "Scrutiny tonight on rates relief for rural shops. I'll be speaking up for Hopebrook Village Shop. We'd be lost without it. Relief now!", "shop committee member speaks on relief for it", interest="Hopebrook Village Shop", a="@JoyHeighwayWM", on="2026-11-10")
P(D, "review", "The council wants a car park on the edge of Whitlow Common. As commoners we'll oppose it tooth and nail, and I'll lead the charge at full council.", "commoners' secretary on a matter touching the common", interest="Whitlow Commoners' Association", a="@OwenTranterGreen")
P(D, "review", "Pleased the new housing design guide favours timber frame. Local firms like the one I work for can deliver it. I'll be voting it through on Thursday.", "employee votes on a guide favouring his employer's trade", interest="Marches Timber Frame Ltd", a="@TedRickardsInd")
P(D, "review", "The rugby club's lease on the council pitches comes to cabinet next month. I'll be lobbying hard for a peppercorn rent. We're a community club 🏉", "vice-president lobbies on the club's lease", interest="Redlow Rugby Club", a="@AlunHotchkiss")
P(D, "review", "Caerlydd Village Hall Trust is asking for £35k from the community buildings fund. As cabinet member I'll be giving it my full backing.", "trustee backs the trust's grant", interest="Caerlydd Village Hall Trust", a="@SianBevanCaer")
P(D, "review", "The council's arts grants should back the Castle Players' spring show. Amateur theatre keeps towns alive, and I'll be speaking up for it.", "president lobbies for her society's grant", interest="Redlow Castle Players", a="@ChairmanDotP")
P(D, "review", "Cabinet's rural bus cuts are a disgrace. Our bus users' group is taking this to scrutiny and I'll be there to move the call-in.", "chair of the bus users' group leads a call-in", interest="Marches Bus Users' Group", a="@LornaEdwardesRI")
P(D, "review", "The council wants to sell off part of the Redlow allotments for parking. As society secretary I'll be voting against the disposal 🌱", "allotment society secretary on a disposal of its plots", interest="Redlow Allotment Society", a="@RhiBeddoesGreen")

N(D, "Mart day parking charges in Redlow should be cut. Farmers coming in for the sales are getting fleeced.", "same matter from a non-holder", allow=[D])
N(D, "Declared my interest as a director of the livestock market and left the room for the mart parking item at cabinet.", "holder declares and withdraws", allow=[D], a="@HughProbertMA")
N(D, "Apple harvest done for another year. Knackered. Back to casework in the morning.", "holder's own life, no council matter", a="@GarethMytton")
N(D, "Tups went in today. Fingers crossed for a good spring 🐑", "holder's farming, no council matter", a="@gwilliam_ewes", acct="personal")
N(D, "Tarrow Town 3, Kingsfold Rovers 1. Cold, wet, brilliant ⚽", "holder's club result, no council matter", a="@PhilGittins")
N(D, "Tarrow Town FC's floodlights bid is a good one. The whole town uses that ground.", "same matter from a non-holder", allow=[D])
N(D, "Asked the Monitoring Officer about the school transport retender, given my family's coach firm. I'll be declaring and taking no part.", "holder seeks advice and steps back", allow=[D], a="@DarrenOakeley")
N(D, "Volunteered on the Food Festival gate all day. Feet destroyed. Worth it.", "holder volunteers, no council matter", a="@FionaLingenMA")
N(D, "Declared my interest in Hopebrook Village Shop at scrutiny and didn't speak on the rates item. Others made the case well.", "holder declared", allow=[D], a="@JoyHeighwayWM", rng=("2026-11-11", "2026-11-27"))
N(D, "Whitlow Common car park plan: I'm against it. The common is for people and ponies, not tarmac.", "same matter from a non-holder", allow=[D])
N(D, "The standards committee's published dispensation lets me vote on the design guide despite my job. Glad it's all above board.", "holder relies on a published dispensation", allow=[D], a="@TedRickardsInd")
N(D, "Redlow 24, Marches Vale 10. Proper performance from the pack 🏉", "holder's club result", a="@AlunHotchkiss")
N(D, "Caerlydd Village Hall's bonfire night was the best yet. Thanks to everyone who helped.", "holder's hall event, no council matter", a="@SianBevanCaer", rng=("2026-11-06", "2026-11-13"))
N(D, "The allotments are the green lungs of Redlow. Selling them off for parking would be madness.", "same matter from a non-holder", allow=[D])
N(D, "Caught the 435 to Redlow this morning. Forty minutes late, heater on full blast. Romantic.", "holder on a bus, irony about a service", allow=["tone.irony-risk"], a="@LornaEdwardesRI")
N(D, "Dress rehearsal tonight for the Castle Players' panto. Oh no it isn't! Oh yes it is! 🎭", "holder's society, no council matter", a="@ChairmanDotP", rng=("2026-11-16", "2026-11-27"))
N(D, "School transport should go to local firms where possible. Keep the money in the Marches.", "same matter from a non-holder", allow=[D])
N(D, "Declared my Marches Homes board seat at full council and sat in the public gallery while the Castle Street garage site was discussed.", "holder declared and withdrew", allow=[D], a="@KerryBowdlerWM")

# ---------------------------------------------------------------- data-protection.personal-data
DP = "data-protection.personal-data"
SEC = "security.credentials"
P(DP, "review", "Congratulations to Edna Morris of 14 Church Lane, Whitlow, on her 100th birthday today! 🎂 Still does the crossword in pen.", "private name with address")
P(DP, "review", "Happy diamond wedding to Gwyn and Mair Pugh of Tump Cottage, Caerlydd, SY97 4QT. Sixty years! 💎", "private names, address and postcode")
P(DP, "review", "Thanks to Colin Parry at 3 Mill Bank, Bishop's Tarrow, for reporting the blocked drain. All fixed today.", "private name with address")
P(DP, "review", "The man at 22 Tanner's Row, Dean Bright, has been parking across the dropped kerb for weeks. Enforcement, please act.", "private name with address, in a complaint")
P(DP, "block", "Mrs Hilda Jukes on Kingsfold Lane has dementia and keeps wandering at night. Can neighbours keep an eye out please?", "health data of a named resident")
P(DP, "block", "Resident query: PCN RH40031177, issued to KX19 PLM on Broad Street on Tuesday. Can someone in parking look at it please?", "case reference and vehicle registration")
P(DP, "block", "Get well soon to Gary from the Whitlow bin crew. Hear he's in for a hip replacement at the weekend.", "staff member's health")
P(DP, "block", "Council tax account 4418 0027 35, Mr R. Delahay of Pentrehawl: he's been charged twice. I'm sorting it.", "account reference with a name")
P(DP, "block", "The family who've just moved into 5 Foregate Row are refugees from Sudan. Let's give them a warm Redlow welcome!", "address with refugee status and origin")
P(DP, "block", "Jamie Wellings from Hopebrook is out of prison after his burglary stretch and back at his mum's on School Lane. Lock your sheds.", "criminal record of a named person", allow=["defamation.allegation", "bullying.intimidation"])
P(DP, "block", "Well done to Lily Hughes (7) and Megan Davies (8) of Caerlydd Primary for their poppy posters! 🌺", "named children with ages and school", rng=("2026-11-02", "2026-11-13"))
P(DP, "block", "Resident needs help urgently: Ken Tudor, DOB 03/02/1941, NHS number 943 476 5919, can't get a GP appointment.", "date of birth and NHS number")
P(DP, "block", "A young lad on the Foregate estate was sectioned last night. His mum Karen at number 2 in the close could do with support.", "mental health with an identifiable family")
P(DP, "block", "Big thanks to Sharon, the lollipop lady on Tarrow Road, who's been off with cancer and is back next week. We missed you! 💛", "staff member's health")
P(DP, "block", "Tom and Aled, the gay couple at the Old Forge in Pentrehawl, had eggs thrown at their windows last night. Disgusting. Police informed.", "sexuality with names and address")
P(DP, "block", "Mr Prosser at Ivy Cottage, Brandley: your Universal Credit reference UC-77120-RH has been sorted with the housing team. Ring me.", "benefit reference with name and address")
P(DP, "block", "Has anyone seen Mrs Evans from the Batch? She's 84, lives alone and she's diabetic. Her mobile is 07700 900342 if you find her.", "health, age and private mobile", also=[SEC])
P(DP, "block", "Resident has lost her purse in Redlow market hall. If you find it, ring her daughter Carys on 07700 900587.", "private mobile of a named person", also=[SEC])

N(DP, "Get well soon to our Chairman, Cllr Dorothy Pritchard, who's recovering from a fall. The chamber isn't the same without you.", "named public office holder", allow=[DP])
N(DP, "My surgery this Saturday: Tarrow Institute, 4 Mill Bank, Bishop's Tarrow, 10 till 12. Ring me on 07700 900118 or email cllr.wenlock@example.com.", "the councillor's own published details", allow=[DP, SEC], a=SELF)
N(DP, "Happy 100th birthday to a Whitlow lady who asked not to be named. She still does the crossword in pen! 🎂", "no identifying details")
N(DP, "Philippa Norbury MP came to Redlow today to hear from farmers about the new payments scheme. Good turnout.", "named public office holder", allow=[DP])
N(DP, "Report a missed bin on 01632 960400 or at redlowhills.example.org/bins.", "council contact details")
N(DP, "RIP Alderman Jack Corfield, Mayor of Redlow 1984–86, who died last week aged 91. A true servant of the town.", "late former civic figure", allow=[DP])
N(DP, "Parking tickets: if you think yours is wrong, please don't post the details on here. Appeal at redlowhills.example.org/pcn and message me privately.", "advises against posting details")
N(DP, "Dementia Friends session at Redlow library on Tuesday. Free, open to all, biscuits guaranteed.", "health topic, no person")
N(DP, "Inspector Dai Whitefoot joined our Pentrehawl PACT meeting today. Good turnout, lots of talk about speeding.", "named police inspector", allow=[DP])
N(DP, "Congratulations to Caerlydd Primary on their poppy poster exhibition. Year 3 did the school proud 🌺", "children not named", rng=("2026-11-02", "2026-11-13"))
N(DP, "A family from Sudan has been resettled in the district this month. To volunteer with the welcome group, email welcome@example.com.", "no identifying details", allow=[DP])
N(DP, "Thanks to the Whitlow bin crew, who got round every lane in the floods today. Soaked through and still smiling.", "staff thanked, no personal data")
N(DP, "Council tax bills: if you've been charged twice, ring 01632 960411 and give your account number to them, not to me on Facebook!", "advises against sharing references")
N(DP, "Well done to Cllr Ted Rickards for running the Redlow 10k in under 50 minutes. Knees of a teenager.", "named councillor")
N(DP, "Email me at cllr.wenlock@example.com with your case reference and I'll chase it up.", "the councillor's own email", allow=[DP], a=SELF)
N(DP, "Postcode lottery: SY97 gets fibre broadband, SY98 doesn't. Same district, different century.", "postcode districts, no person")
N(DP, "Well done to Hopebrook Dementia Carers for their sponsored walk. £2,300 raised!", "group, no individual")
N(DP, "Eggs thrown at windows on the Foregate estate again. Hate has no home here. If you saw anything, call 101.", "incident, no person identified")

# ---------------------------------------------------------------- security.credentials
P(SEC, "block", "Flood wardens' Zoom tonight, meeting ID 8812 3344 901, passcode 448219. See you at 7!", "meeting passcode")
P(SEC, "block", "For anyone collecting the trestle tables from Whitlow village hall: the key safe code is 1966 😉", "key safe code")
P(SEC, "block", "Wi-Fi password at the Tarrow Institute is Marches2026! if anyone needs it during my surgery.", "Wi-Fi password")
P(SEC, "block", "Got a text asking me to verify my council account at redlowhills-dc-login.example.net. Done, easy. If you get one, it's legit 👍", "lookalike login link endorsed")
P(SEC, "block", "My one-time code keeps expiring before I can type it in. 493 027. Too slow again 🙄", "one-time code")
P(SEC, "block", "Can someone in IT reset me? Username cllr.gittins, password Tarrow1987. Locked out all morning.", "username and password", a="@PhilGittins")
P(SEC, "block", "Defib cabinet code at Brandley chapel is 2580. Please share in case of emergency.", "defibrillator cabinet code (arguable)")
P(SEC, "block", "The gate code for the Hopebrook recycling compound is 7741# if the crews are late again.", "gate code")
P(SEC, "block", "Had a call from 'IT' asking for my PIN to fix my council email. Gave it to them. Seemed nice enough.", "PIN handed to a likely scammer")
P(SEC, "block", "Anyone on the parish council need the shared login for the planning portal? It's redlowparish / Buttercross22", "shared login and password")
P(SEC, "block", "Allowance uplift for councillors announced! Claim yours here: claim-allowance.example.net/redlow. Looks legit.", "suspicious link endorsed")
P(SEC, "block", "API key for the bins app I'm building for Whitlow: sk-live-83jd92kd02kdLq. Let me know if it works!", "API key")
P(SEC, "block", "Alarm code for the Redlow depot is now 4412. Tell the night crew it's changed.", "alarm code")
P(SEC, "block", "Forgot my council laptop PIN again. Writing it here so I remember: 0719. Don't tell anyone 🤫", "PIN")
P(SEC, "block", "Need the Chief Exec over the weekend? Ring his wife's private mobile, 07700 900776.", "private number of another person", allow=[DP, "officers.impartiality"])
P(SEC, "block", "Text said my bank card's frozen, click here: secure-marchesbank-verify.example.net. Clicked it and typed my details in. Anyone else had this?", "phishing link followed and amplified")
P(SEC, "block", "Combination for the padlock on the Tump Field gate is 3-1-7-9, for anyone setting up the bonfire.", "padlock combination", rng=("2026-10-26", "2026-11-06"))
P(SEC, "block", "2FA code from the council portal just came through as 662 104. Is that normal? Posting so IT can see it.", "two-factor code")

N(SEC, "'Password1' is not a password. Council IT training this morning was an eye-opener.", "mentions a password as a bad example", allow=[SEC])
N(SEC, "Scam alert: residents are getting texts claiming to be from the council asking for bank details. The council will never ask for these. Don't click, just delete.", "scam warning without a link")
N(SEC, "Key safe now fitted at Whitlow village hall. Get the code from the booking secretary.", "key safe without the code", allow=[SEC])
N(SEC, "Turned on two-factor authentication on all my accounts today. Should have done it years ago.", "security hygiene")
N(SEC, "Gate code? What gate code? The Hopebrook compound gate has been stuck open since Tuesday.", "joke on 'gate code'", allow=[SEC])
N(SEC, "New defibrillator at Brandley Edge chapel. Ring 999 and they'll give you the code to the cabinet.", "defib without a code")
N(SEC, "Chip and PIN machine on the Buttercross market finally working, so no more 'cash only' signs. Progress!", "shares 'PIN'")
N(SEC, "Zoom link for tonight's public meeting on the bus timetable is on the council website. Open to all, no passcode needed.", "public meeting link")
N(SEC, "One-time codes: never read them out to anyone who rings you, even if they say they're from the bank or the council.", "advice on codes")
N(SEC, "Wi-Fi at the Tarrow Institute is free for visitors now. Just ask at the desk.", "shares Wi-Fi, no password")
N(SEC, "The council's official website is redlowhills.example.org. Bookmark it, and be wary of lookalikes.", "official link")
N(SEC, "IT locked me out this morning for typing my password wrong three times. Fair enough, it was 7am and I hadn't had a brew.", "mentions a password, none given")
N(SEC, "Combination locks on the new allotment gates go on this week. Plot holders will be told the codes by letter.", "codes not given", allow=[SEC])
N(SEC, "Text me on my councillor mobile, 07700 900118, about anything in Bishop's Tarrow South.", "own published number", allow=[SEC, DP], a=SELF)
N(SEC, "Alarm went off at the Redlow depot at 3am. False alarm: a very confused badger 🦡", "shares 'alarm' and 'depot'")
N(SEC, "Padlock cut on the Tump Field gate again. The bonfire stack's safe, but the police have been told.", "shares 'padlock' and the gate", rng=("2026-10-26", "2026-11-06"))
N(SEC, "Reminder, councillors: change your council passwords by Friday or IT will do it for you.", "password reminder")
N(SEC, "The bins data for Whitlow is open data. Anyone can use it, documentation at data.example.org/redlow-bins.", "open data link")

# ---------------------------------------------------------------- confidentiality.disclosure
DS = "confidentiality.disclosure"
P(DS, "block", "Project Curlew update: the preferred developer for the Tarrow riverside wants the council to throw in the car park for free. Not on my watch.", "register term", allow=[I])
P(DS, "block", "Castle Mews disposal went through cabinet in closed session last night. £410k. A steal for someone.", "register term with price", allow=[I], on="2026-11-13")
P(DS, "block", "The Tarrow Mill acquisition is costing us far more than the public will ever be told. I've seen the numbers.", "register term")
P(DS, "block", "Hopebrook Quarry claim: our lawyers reckon we'll lose. Expensive mistake by the last lot.", "register term, legal advice")
P(DS, "block", "operation hedgerow kicks off monday. fly-tippers in the dingles, you've been warned 👀", "register term in lower case")
P(DS, "block", "BUTTERCROSS LEASE TALKS COLLAPSED TODAY. THE TRADERS DESERVE TO KNOW.", "register term in capitals", allow=["haste.pause-before-posting"])
P(DS, "block", "Can't say much, but Project Curlew is finally moving: heads of terms agreed with the developer this week 🤐", "register term", allow=[I])
P(DS, "block", "Off the record, the Hopebrook Quarry claim will be settled out of court for about £250k.", "register term and marker")
P(DS, "block", "Operation Hedgerow has hidden cameras on three lay-bys on the Whitlow road. Fly-tippers beware!", "register term with operational detail")
P(DS, "review", "From last night's Part 2 item at cabinet: the best bid for the old bus depot came in at £1.2m. Lower than we hoped.", "Part 2 price", allow=[I], on="2026-10-08")
P(DS, "review", "Told in confidence today that the waste department restructure will cut eleven posts. Staff should hear first, but I think the public deserve to know.", "labour relations told in confidence")
P(DS, "review", "The legal advice we got in closed session says the council has no defence on the footpath case. Staggering.", "privileged advice from closed session")
P(DS, "review", "Leaked: the pay offer to council staff is 2.5%. The unions haven't even been told yet.", "leaked pay offer")
P(DS, "review", "Embargoed till Monday but I can't wait: the new leisure centre operator is Marches Active! 🏊", "embargoed announcement")
P(DS, "review", "The exempt report on the Redlow bus station land values it at half what we paid. Someone should answer for that.", "exempt valuation")
P(DS, "review", "Between you and me (and all my followers): the confidential tender evaluation has Border Waste Services winning by a mile.", "confidential tender evaluation", allow=[I])
P(DS, "review", "Police briefed councillors privately on drugs raids planned for the Foregate estate next week. Keep your heads down, folks.", "private police briefing on enforcement", allow=[I])
P(DS, "review", "A senior officer faces a disciplinary hearing over the car park contract. Not for publication, but people are asking, so there it is.", "staff disciplinary", allow=["officers.impartiality", DP])

N(DS, "The curlews are back on Whitlow Common for the first time in a decade. Listen out at dawn 🐦", "partial overlap: curlew")
N(DS, "Castle Mews car park is closed on Tuesday for resurfacing. Use Broad Street instead.", "partial overlap: Castle Mews")
N(DS, "Tea and Welsh cakes at the Tarrow Mill tea room after the walk. Bliss.", "partial overlap: Tarrow Mill")
N(DS, "Hopebrook Quarry nature walk on Saturday. Come and see the peregrines on the old face.", "partial overlap: Hopebrook Quarry")
N(DS, "Laying a hedgerow with the Whitlow volunteers today. Old skills, new blisters.", "partial overlap: hedgerow")
N(DS, "New lights on the Buttercross this year. Switch-on is 28 November! ✨", "partial overlap: Buttercross", rng=("2026-11-02", "2026-11-27"))
N(DS, "There's a Part 2 item on cabinet's agenda tonight, so the public will be asked to leave for it. That's the law for commercially sensitive matters. The decision will be published.", "explains Part 2 without content", allow=[DS], on="2026-11-12")
N(DS, "Off the record? Nothing's off the record with me. Tell me something and assume it might end up in my newsletter!", "shares 'off the record'", allow=[DS])
N(DS, "The council has published the public report on the Bishop's Tarrow riverside. Read it at redlowhills.example.org/riverside.", "published report")
N(DS, "Confidential waste bins are now at all council offices. Shred responsibly.", "shares 'confidential'")
N(DS, "Embargoed press release? I wish. I'm just excited the Christmas market stall list is out.", "shares 'embargoed'", allow=[DS])
N(DS, "Leaking pipe on Mill Bank flooding the pavement again. Reported to the water company.", "shares 'leak'")
N(DS, "Between you and me, the Tarrow pasty shop does a better steak and ale pie than anywhere in the county.", "shares 'between you and me'")
N(DS, "Closed session? The only thing closed tonight is the Redlow bypass, for resurfacing. Diversion via Whitlow.", "shares 'closed session'")
N(DS, "Cabinet agreed yesterday to sell the old bus depot. The price will be in the published decision notice next week.", "no exempt detail", allow=[DS], on="2026-11-13")
N(DS, "Asked why the tender report was confidential. Answer: it contains bidders' prices, which are commercially sensitive. Fair enough.", "explains confidentiality", allow=[DS])
N(DS, "The Hopebrook Quarry legal case is before the courts, so I can't comment. I'd love to, but I can't.", "declines to comment", allow=[DS])
N(DS, "Operation Christmas Child shoeboxes can be dropped at Redlow library until Friday 🎁", "shares 'Operation'", rng=("2026-11-02", "2026-11-20"))

# ---------------------------------------------------------------- tone.irony-risk
T = "tone.irony-risk"
P(T, "advice", "Oh brilliant, another masterclass in leadership from Cllr Venables. Cut the buses, then tell us all to use public transport. Genius. /s", "mock praise of the Leader", allow=["respect.personal-attack"], pool="opp")
P(T, "advice", "Huge congratulations to the Marches Alliance for closing a library AND putting parking up in the same week. What talent 👏👏", "mock praise of a party", pool="opp")
P(T, "advice", "Yeah right, the cabinet 'listened' to residents. Like they listened about the Buttercross toilets.", "sarcasm about the cabinet", pool="opp")
P(T, "advice", "Riveting contribution from Cllr Probert at scrutiny: forty minutes on spreadsheet formatting. Hats off.", "mock praise of a councillor", allow=["respect.personal-attack"], pool="opp")
P(T, "advice", "Lovely to see Cllr Mytton so passionate about cider tourism. No reason at all, I'm sure 🍎", "insinuating irony", allow=["defamation.allegation"])
P(T, "advice", "So proud of our Chairman for her record-breaking three-word speech at the Remembrance lunch. Truly Churchillian.", "mock praise of the Chairman", rng=("2026-11-09", "2026-11-13"))
P(T, "advice", "Working Marches have discovered potholes! Only took them four years. Welcome to the real world, folks 😂", "mockery of a party", pool="MA")
P(T, "advice", "Great to see the Greens cycling to the climate summit. In a convoy of diesel Land Rovers behind them. Inspirational.", "mockery of a party", pool=["MA", "WM", "RI"])
P(T, "advice", "The Leader says the budget is 'fully funded'. And I'm the Queen of Sheba.", "sarcasm about the Leader", pool="opp")
P(T, "advice", "Thanks to our MP Philippa Norbury for her rousing defence of rural buses. Oh wait, she voted for the cuts 🙃", "mock thanks to the MP")
P(T, "advice", "What a hero the cabinet member for finance is. Found £40k for new chamber chairs while the Hopebrook footbridge rots. Priorities!", "mock praise of a cabinet member", pool="opp")
P(T, "advice", "@CllrCorbetLacey chairing planning with his usual warmth and patience. Said no one, ever.", "sarcasm about a named councillor", allow=["respect.personal-attack"])
P(T, "advice", "The Independents' manifesto is a triumph of vision. All three lines of it.", "mockery of a group", pool=["MA", "WM", "GR"])
P(T, "advice", "Ever so kind of the county councillors to pop over from Shrewsbury and tell us how to run Redlow. Thanks SO much.", "mock thanks to county councillors")
P(T, "advice", "Cllr Bowdler's amendment was so good even her own group voted against it. Masterclass.", "mock praise", pool="MA")
P(T, "advice", "Our Chief Executive has worked so hard this year he deserves a pay rise. Oh, he got one? What a surprise. /s", "sarcasm about the Chief Executive", allow=["officers.impartiality"], pool="opp")
P(T, "advice", "Sure, Cllr Gwilliam, the sheep definitely wrote that speech for you. Very convincing 🐑", "sarcasm about a councillor")
P(T, "advice", "Congratulations to the Alliance on their bold new listening tour: weekday mornings, a room with no heating, advertised the night before. Stellar.", "mock praise of the administration", pool="opp")

N(T, "Oh brilliant, it's chucking it down on mart day. Again. Who could possibly have predicted that ☔", "irony about the weather", allow=[T])
N(T, "Genuinely impressed by Cllr Probert's budget presentation. Clear and honest about the hard choices. Credit where it's due.", "sincere praise")
N(T, "Yeah right, like I'm getting through 600 pages of agenda pack before Thursday. Wish me luck 📚", "irony about oneself", allow=[T])
N(T, "The Redlow train: arriving whenever it fancies since 1852. A masterclass in suspense.", "irony about a train", allow=[T])
N(T, "Hats off to the Whitlow lantern parade team. 300 lanterns, no fires, one very happy village. No irony, just thanks.", "sincere thanks")
N(T, "The cabinet's bus cuts are wrong and I'll vote against them. Robust? Yes. Personal? No.", "robust policy criticism", pool="opp")
N(T, "Riveting evening ahead: three hours of the licensing policy review. Bring snacks.", "irony about a meeting", allow=[T])
N(T, "Thrilled to report the office printer has jammed for the fourth time today. A personal best.", "irony about a printer", allow=[T])
N(T, "Congratulations to Cllr Heighway on ten years' service to Hopebrook. And I mean that, no irony: she's been brilliant.", "sincere praise")
N(T, "Great news: the pothole on Caerlydd bank now has its own postcode. And a family of ducks.", "irony about a pothole", allow=[T])
N(T, "Me? Organised? Yeah right. Forgot my own surgery until a resident rang to ask where I was. Sorry!", "irony about oneself", allow=[T])
N(T, "Another stellar performance from my satnav, which sent me up a farm track at Brandley Edge. 10/10, would get stuck again.", "irony about a satnav", allow=[T])
N(T, "Credit where it's due: the Alliance listened on the Buttercross toilets and reversed the closure. Good.", "sincere credit", pool="opp")
N(T, "The council website's search: type 'bins', get 'bat roost survey 2014'. Impressive stuff.", "irony about a website", allow=[T])
N(T, "Masterclass in Marches weather today: sun, hail, a rainbow and sideways rain, all before 11am.", "irony about the weather", allow=[T])
N(T, "The Working Marches amendment on buses was well argued and deserved more support than it got. I voted for it.", "sincere cross-party praise", pool=["MA", "GR", "RI"])
N(T, "What a talent I have for picking the slowest queue at the post office. Truly gifted.", "irony about oneself", allow=[T])
N(T, "Wolves defending like that? Inspirational. For the other lot.", "irony about a football team", allow=[T])

# ---------------------------------------------------------------- fillers
F("Litter pick on Whitlow Common this Saturday, 10am from the cattle grid. Gloves and bags provided.")
F("Garden waste collections stop for the winter on 27 November. Last chance to fill those brown bins!", rng=("2026-11-02", "2026-11-26"))
F("Poppy appeal stall at the Buttercross all day Saturday. Lest we forget.", rng=("2026-10-26", "2026-11-06"))
F("Lovely walk up the tump at Caerlydd this morning. Mist in the valley, red kites overhead.")
F("Road closure: Mill Bank, Bishop's Tarrow, 12 to 16 October for water main works. Diversion signed.", rng=("2026-09-28", "2026-10-09"))
F("The winter fuel helpline is open at the council on 01632 960420. Please pass it on to anyone who might need it.")
F("Ow bist, Pentrehawl? Surgery in the chapel vestry Friday 4 till 6. Come and mither me about anything.", pool="ward:Pentrehawl")
F("Congratulations to Redlow Harriers on the cross-country league win. Mud everywhere, smiles everywhere.")
F("Flu jabs are available at Redlow pharmacies now. Don't leave it late this year.")
F("Christmas lights going up on Broad Street this week. Santa's arriving by tractor, I'm reliably told 🚜🎅", rng=("2026-11-16", "2026-11-27"))
F("Clocks go back this weekend. Extra hour in bed, or extra hour of casework? I know which I'll pick.", rng=("2026-10-19", "2026-10-23"))
F("Harvest festival tea at Pentrehawl chapel: best Welsh cakes in the Marches and a cracking turnout.", rng=("2026-09-14", "2026-10-09"))
F("Gritting routes for this winter are on the council website. Hill roads first, as ever.")
F("Whitlow bonfire Saturday 7th, gates 6pm. Bring wellies, it's a bit boggy up there.", rng=("2026-11-02", "2026-11-06"))
F("Looking a bit black over Bill's mother's. Get the washing in, I reckon.")
F("Scrutiny agenda for next week is out: bus services and the waste contract. Worth a read.", rng=("2026-11-02", "2026-11-06"))
F("Thanks to everyone who came to the Hopebrook drop-in. Lots of talk about speeding on the main road. I'll take it to highways.")
F("Redlow library's new opening hours start Monday: later on Thursdays, shut Wednesdays.")
F("Sheep sale in Redlow today. Trailer jam on Castle Street by 9am, so give yourself extra time.")
F("Met the Bishop's Tarrow youth club today. They want a skate park and they made a very good case for it.")
F("Remembrance services across the district on Sunday 8 November. Times on the council website.", rng=("2026-10-26", "2026-11-06"))
F("Storm warning for tomorrow. Tie down the bins and the trampolines, folks 🌬️")
F("New bus shelter at Whitlow Cross finally in. Only took three years and two petitions.")
F("Redlow food bank is short of tinned meat, UHT milk and sanitary products this week. Anything helps.")
F("Cracking cob from the Tarrow bakery this morning. Cheese and pickle, proper job.")
F("Reported the fallen tree on the Brandley road. Highways are on their way.")
F("Volunteers needed for the Caerlydd brook clean-up on 24 October. Waders optional.", rng=("2026-10-05", "2026-10-22"))
F("Wonderful concert by the Redlow Male Voice Choir at St Aldhelm's last night. Goosebumps.")
F("Half term at Redlow leisure centre: swimming, climbing and dodgeball. Booking's online.", rng=("2026-10-12", "2026-10-23"))
F("Local Plan drop-in at the Tarrow Institute on Tuesday, 2 till 7. Maps on the walls and officers on hand to answer questions.")
F("Good to meet the new head at Whitlow Primary today. Big plans for the school garden.")
F("Frost on the tump this morning. Winter's coming to the Marches ❄️", rng=("2026-11-09", "2026-11-27"))
F("Community speedwatch in Pentrehawl: 212 vehicles over the limit in two hours. Slow down, please.")
F("Council tax support: if you're struggling, apply early. The form is short, I promise.")
F("Brilliant turnout at the Bishop's Tarrow apple day. Three hundred litres of juice pressed.", rng=("2026-09-14", "2026-10-16"))
F("Warm spaces list for the winter is on the website. Tea, Wi-Fi and company.", rng=("2026-11-16", "2026-11-27"))
F("Ewe lambs sold well today. Good day for the Edge.", a="@gwilliam_ewes", acct="personal")
F("Fieldfares in the hawthorns at Whitlow this morning. The winter thrushes are here.", a="@rhi_birds", acct="personal", rng=("2026-10-19", "2026-11-27"))
F("Red kite pair over the Batch, tumbling in the wind. Never gets old.", a="@rhi_birds", acct="personal")
F("Muddy dogs, muddy boots, muddy ewes. November on the Edge.", a="@gwilliam_ewes", acct="personal", rng=("2026-11-02", "2026-11-27"))


# ---------------------------------------------------------------- the script
START = dt.date(2026, 9, 14)
END = dt.date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 60000}


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append((dt.datetime.fromisoformat(r["start"]).astimezone(dt.timezone.utc),
                        dt.datetime.fromisoformat(r["end"]).astimezone(dt.timezone.utc)))
    return out


def in_pool(h, pool):
    sur, party, ward, gender, roles = CLLR[h]
    if isinstance(pool, list):
        return any(in_pool(h, p) for p in pool)
    if pool in ("plan", "lic", "cab"):
        return (pool if pool != "cab" else "cabinet") in roles
    if pool == "notplan":
        return "plan" not in roles
    if pool == "notlic":
        return "lic" not in roles
    if pool == "notcab":
        return not roles & {"cabinet", "chairman"}
    if pool in ("MA", "WM", "GR", "RI"):
        return party == pool
    if pool == "opp":
        return party != "MA"
    if pool in ("m", "f"):
        return gender == pool
    if pool.startswith("ward:"):
        return ward == pool[5:]
    raise ValueError("unknown pool %r" % pool)


def excluded(text):
    low = text.lower()
    out = set()
    for h, (sur, *_rest) in CLLR.items():
        if re.search(r"\b" + re.escape(sur.lower()) + r"\b", low) or h.lower() in low:
            out.add(h)
    for pat, h in ROLES:
        if re.search(pat, text, re.I if pat.islower() else 0):
            out.add(h)
    for _name, (h, words) in INTERESTS.items():
        if any(w in low for w in words):
            out.add(h)
    return out


def pick_author(rng, row):
    o = row["opts"]
    if "a" in o:
        return o["a"]
    cands = [h for h in sorted(CLLR) if h not in excluded(row["text"])]
    if "pool" in o:
        cands = [h for h in cands if in_pool(h, o["pool"])]
    if not cands:
        raise ValueError("no author for: " + row["text"])
    return rng.choice(cands)


def pick_time(rng, row, meetings):
    o = row["opts"]
    if "on" in o:
        lo = hi = dt.date.fromisoformat(o["on"])
    elif "rng" in o:
        lo, hi = (dt.date.fromisoformat(x) for x in o["rng"])
    else:
        lo, hi = START, END
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t


def pick_platform(rng, text):
    p = rng.choices(["x", "facebook", "bluesky"], weights=[45, 35, 20])[0]
    if len(text) > LIMITS[p]:
        p = "facebook"
    return p


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for n, row in enumerate(rows, 1):
        author = pick_author(rng, row)
        t = pick_time(rng, row, meetings)
        rec = {
            "id": "%s-%04d" % (SET, n),
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": row["opts"].get("acct", "councillor"),
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind"],
        }
        if row["near"]:
            rec["near_miss_of"] = row["near"]
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
