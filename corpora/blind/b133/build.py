"""Blind set b133: Brackenhope District Council, twelve single-post rules.

Every text, label and note below was written by hand for this set by an independent writer.
The script shuffles the rows, picks authors, platforms and timestamps with a fixed seed, gives
ids B133-NNNN and writes posts.jsonl. Running it again writes identical bytes.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13300
SET = "B133"

FAM = {
    "OFF": "officers.impartiality",
    "RES": "resources.political-use",
    "POS": "position.improper-advantage",
    "GIF": "gifts.hospitality",
    "CAP": "capacity.council-voice",
    "INS": "confidentiality.insider-advantage",
    "PRE": "predetermination.closed-mind",
    "INT": "interests.declared-interest",
    "DP": "data-protection.personal-data",
    "SEC": "security.credentials",
    "DIS": "confidentiality.disclosure",
    "TONE": "tone.irony-risk",
}
DEFAULT_VERDICT = {
    "officers.impartiality": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review",
    "interests.declared-interest": "review",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
}
# short names for rules outside the twelve that may be allowed
X = {
    "attack": "respect.personal-attack",
    "defam": "defamation.allegation",
    "bully": "bullying.intimidation",
    "haste": "haste.pause-before-posting",
}

# ---------------------------------------------------------------- councillors
# handle: (name, party, ward, gender, committees/roles)
C = {
    "@AlRedpathBA": ("Alastair Redpath", "BA", "heth", "m", {"leader", "cabinet"}),
    "@FionaThirlwell": ("Fiona Thirlwell", "BA", "ws", "f", {"deputy", "cabinet"}),
    "@RobElsdonBA": ("Rob Elsdon", "BA", "blk", "m", {"cabinet"}),
    "@CarolHeppleBA": ("Carol Hepple", "BA", "ws", "f", {"cabinet"}),
    "@WalterMilburn": ("Walter Milburn", "BA", "hawk", "m", {"chairman", "planning"}),
    "@DerekArmstrongBA": ("Derek Armstrong", "BA", "ott", "m", {"planning"}),
    "@GillTaitBA": ("Gillian Tait", "BA", "hawk", "f", {"planning", "licensing"}),
    "@HughDoddOtterlaw": ("Hugh Dodd", "BA", "ott", "m", {"planning", "licensing"}),
    "@BrendaCoulsonCCP": ("Brenda Coulson", "CCP", "ell", "f", {"licensing"}),
    "@KevNesbitt": ("Kev Nesbitt", "CCP", "ell", "m", {"planning"}),
    "@ShaunHindmarsh": ("Shaun Hindmarsh", "CCP", "wid", "m", {"licensing"}),
    "@LorraineRidleyCCP": ("Lorraine Ridley", "CCP", "wid", "f", {"planning"}),
    "@TerryPattinson": ("Terry Pattinson", "CCP", "caw", "m", {"licensing"}),
    "@AilsaMurrayGreen": ("Ailsa Murray", "GRN", "blk", "f", {"planning"}),
    "@TomBolamGreen": ("Tom Bolam", "GRN", "heth", "m", {"licensing"}),
    "@RaySnaithWI": ("Ray Snaith", "WI", "wn", "m", {"licensing"}),
    "@JudithPurvisWI": ("Judith Purvis", "WI", "wn", "f", {"planning"}),
    "@MoiraErrington": ("Moira Errington", "IND", "caw", "f", {"planning"}),
}
PERSONAL = {"@ailsa_fellrunner": "@AilsaMurrayGreen", "@snaith_sheepdogs": "@RaySnaithWI"}
EXEC = {"leader", "deputy", "cabinet", "chairman"}

# roles named in a text exclude their holders as authors
ROLES = [
    (r"\bLeader\b(?! of the Opposition)|\bcouncil leader\b", "@AlRedpathBA"),
    (r"\bDeputy Leader\b|cabinet member for finance|finance portfolio", "@FionaThirlwell"),
    (r"cabinet member for environment|environment portfolio", "@RobElsdonBA"),
    (r"cabinet member for tourism|tourism portfolio|cabinet role on tourism", "@CarolHeppleBA"),
    (r"\bChairman\b", "@WalterMilburn"),
    (r"chair of planning|planning chair", "@DerekArmstrongBA"),
    (r"chair of licensing|licensing chair", "@GillTaitBA"),
    (r"Leader of the Opposition|opposition leader|CCP leader", "@BrendaCoulsonCCP"),
    (r"scrutiny chair|chair of scrutiny", "@MoiraErrington"),
]
# topics of registered interests exclude their holders as authors (unless set by hand)
TOPICS = {
    "@AlRedpathBA": r"Hethermoor Hill Farm|grazing|fields next to ours",
    "@RaySnaithWI": r"\bmart\b|auction|sale days?",
    "@TerryPattinson": r"\bharbour|\bquay|commissioners?\b|dredging",
    "@BrendaCoulsonCCP": r"Miners' Welfare|\bwelfare\b|community buildings fund",
    "@RobElsdonBA": r"timber|forestry|felling|forest road",
    "@AilsaMurrayGreen": r"sailing|water sports|leisure lease",
    "@HughDoddOtterlaw": r"Otterlaw Estate|Low Otterlaw|range road",
    "@GillTaitBA": r"wind fund|community fund|community benefit|turbines?|wind farms?|Tarret Rigg|Rigg Renewables",
    "@ShaunHindmarsh": r"\bbands?\b|\bbrass\b|arts grants?",
    "@CarolHeppleBA": r"Dunheugh|castle trust|heritage fund",
    "@KevNesbitt": r"haulage|\blorry\b|lorries|\bHGV|weight limit",
    "@LorraineRidleyCCP": r"credit union",
    "@TomBolamGreen": r"village halls?\b",
}
MALE_SPOUSE = r"\b(?:my|wor) (?:wife|lass|missus)\b"
FEMALE_SPOUSE = r"\b(?:my|wor) husband\b"

ROWS = []


def _row(kind, fam, text, rules, allowed, verdict, who, when, note, interest=None, plat=None):
    ROWS.append(dict(kind=kind, fam=fam, text=text, rules=rules, allowed=list(allowed),
                     verdict=verdict, who=who, when=when, note=note, interest=interest,
                     plat=plat))


def P(fam, text, v=None, rules=None, al=(), who="any", when=None, note="", interest=None,
      plat=None):
    rid = FAM[fam]
    rules = [FAM[r] if r in FAM else r for r in (rules or [fam])]
    if rid not in rules:
        rules.insert(0, rid)
    v = v or DEFAULT_VERDICT[rid]
    _row("positive", fam, text, rules, [X.get(a, FAM.get(a, a)) for a in al], v, who, when,
         note, interest, plat)


def H(fam, text, al=(), who="any", when=None, note="", plat=None):
    _row("hard_negative", fam, text, [], [X.get(a, FAM.get(a, a)) for a in al], "ok", who,
         when, note, None, plat)


def F(text, who="any", when=None, note="ward or personal news; nothing to raise", plat=None):
    _row("filler", None, text, [], [], "ok", who, when, note, None, plat)


# date windows
JAN1 = "2026-01-05..2026-01-09"
JAN = "2026-01-05..2026-01-30"
FEB = "2026-02-02..2026-02-27"
MAR = "2026-03-02..2026-03-27"


# ============================================================ officers.impartiality
P("OFF", "Nadia Swinburne's report on the Widdrow play park is a canny piece of fiction. She's never set foot in the place. I've asked her to rewrite the recommendation before it goes anywhere near cabinet.",
  al=["attack"], note="names a planning officer, disparages her report and presses her to change the recommendation")
P("OFF", "Whose side is the Head of Planning on? Malcolm Rutherford seems to think his job is selling Brackenhope to the highest bidder. Divvent tell me that's neutral advice.",
  al=["defam"], who="opp", note="questions a named officer's neutrality in public; 'selling to the highest bidder' edges towards an allegation")
P("OFF", "Had a word with Gary Stobbs about the Ellingburn bin rounds. Told him straight: sort the routes out before May or I'll be asking in public why he's still in post.",
  al=["bully"], note="pressure on a named head of service with a threat to his job")
P("OFF", "The s151 officer's figures on the leisure centre are wrong and she knows it. Catriona Dunn should be straight with members instead of producing whatever numbers the cabinet wants.",
  al=["defam"], who="opp", note="accuses the named finance officer of shaping figures for the cabinet")
P("OFF", "Funny how the Monitoring Officer's advice always lands on the Border Alliance side of the fence. Peter Ogle might as well turn up to standards in a rosette.",
  al=["defam", "tone.irony-risk"], who="opp", note="questions the Monitoring Officer's neutrality by name")
P("OFF", "Sandra Gallon's draft cumulative impact policy leaves Ellingburn out entirely. Has she even looked at the hospital admissions for the pit villages? Withdraw it and start again, man.",
  who="opp", note="named licensing manager told publicly to withdraw her draft policy; policy, not a pending licence")
P("OFF", "Jess Tulip and her comms team spend their days polishing the Leader's press releases. That's not what a council press office is for. It's propaganda with a council crest on it.",
  who="opp", note="accuses a named officer of partisan work for the Leader")
P("OFF", "Ahead of next Tuesday's planning committee I've emailed Owen Waugh and told him his recommendation on the Otterlaw barn conversion needs changing. He's got the heritage bit backwards.",
  al=["predetermination.closed-mind"], who="notplanning", when="2026-02-02..2026-02-06",
  note="presses a named planning officer to change a recommendation; author not on the committee, so predetermination only allowed")
P("OFF", "Twenty-odd years Lindsay Rowell has been our rights of way officer and the Hethermoor bridleway is still blocked. Either she's not up to it or she's scared of the landowner. Which is it, Lindsay?",
  al=["attack"], note="public criticism of a named officer's competence and nerve")
P("OFF", "Imran Bashir told a family in Widdrow there's no emergency housing to be had. Rubbish. He's choosing not to find it. I want him taken off the case.",
  note="named housing manager criticised and removal demanded; the family is not identifiable")
P("OFF", "The Chief Executive has her favourites and it shows. Dr Straughan picks the consultants, writes the brief and then acts surprised when the answer matches what the cabinet wanted. That is not a neutral officer.",
  al=["defam"], who="opp", note="questions the Chief Executive's impartiality by name and role")
P("OFF", "Our planning officers have gone native. Every single one of them. They've stopped advising members and started selling developers' schemes back to us with a bow on.",
  note="officers as a group, unnamed, accused of partiality; the rule covers roles as well as names")
P("OFF", "Kathryn Lumsden in democratic services has 'lost' my motion on the reservoir car parks for the second time. Coincidence, aye. Funny how it's only ever opposition motions that go missing.",
  al=["defam", "tone.irony-risk"], who="opp", note="implies a named officer suppresses opposition business")
P("OFF", "Message to the planning officers writing up the Coldwater quarry report: the whole village is against it. Your report should say so and recommend refusal. Anything else and you're not listening.",
  al=["predetermination.closed-mind"], who="@TomBolamGreen",
  note="presses officers to change a report's recommendation; the ward member is not on planning and the post does not use the register's site name")
P("OFF", "Gan canny with the waste department's 'efficiency review'. Gary Stobbs has already decided to cut the garden waste round and the consultation is a fig leaf. Stop pretending, Gary.",
  al=["tone.irony-risk"], who="opp", note="named head of service accused of bad faith over a consultation")
P("OFF", "I've asked Catriona Dunn three times to take the pit villages' hardship fund off her savings list. If it's still in the final report I'll be naming her in the chamber.",
  al=["bully"], who="opp", note="repeated pressure on a named officer to change a report, with a public threat")
P("OFF", "Nadia Swinburne and Owen Waugh signed off the Hawksheugh barn extension for a man who plays golf with half the planning department. Coincidence? Ask them.",
  al=["defam"], note="insinuates named planning officers favoured a friend")
P("OFF", "Our licensing manager told the Cawmouth chippy to shut its hatch at ten while the hotel over the road serves till midnight. Sandra, pet, that's not even-handed and you know it.",
  note="named licensing officer accused of inconsistency in public")

H("OFF", "Massive thanks to Lindsay Rowell and the rights of way team for getting the Hethermoor bridleway gate fixed before lambing. Canny job, and quick too.",
  al=["officers.impartiality"], note="thanks to a named officer")
H("OFF", "Welcome to Brackenhope, Dr Helen Straughan, our new Chief Executive. Looking forward to working with you on the pit villages and the hill farms alike.",
  al=["officers.impartiality"], when="2026-01-05..2026-01-16", note="welcome to a named officer")
H("OFF", "Seen a few folk online having a go at our planning officers over the Widdrow estate. Divvent. They give professional advice; councillors decide. If you're angry, be angry with us.",
  al=["officers.impartiality"], note="defence of officers")
H("OFF", "Whose side is the cabinet on? Not Ellingburn's. Third year running the pit villages get the crumbs from the capital programme while the castle car park gets resurfaced again.",
  who="opp", note="'whose side' aimed at the cabinet, a political body, not officers")
H("OFF", "Officers advised the Blackshaw car park charges would raise £80k. Cabinet went for them anyway, against hundreds of objections. That was a political choice. Own it.",
  al=["officers.impartiality"], who="opp", note="reports officer advice accurately and criticises the politicians")
H("OFF", "Peter Ogle, our Monitoring Officer, is running a code of conduct session for new parish councillors on 3 March at Wardenford Town Hall. Well worth an hour of anyone's evening.",
  al=["officers.impartiality"], when="2026-02-02..2026-02-27", note="neutral mention of a named officer")
H("OFF", "The officers' report on the Raeburn visitor hub is 140 pages. Read every page with a pot of tea. They recommend approval; I'll listen to everyone on the night before I decide.",
  al=["officers.impartiality", "predetermination.closed-mind"], who="planning", when="2026-03-02..2026-03-06",
  note="committee member with an open mind; not on the pending register")
H("OFF", "Bin day changes in Widdrow from Monday. If your collection gets missed, report it on the council website and the waste team will sort it. They've been grand this week in the snow.",
  note="praise for a team, no names, no pressure")
H("OFF", "Gary Stobbs's crews were out through Storm Ingrid clearing the Hawksheugh road. Whatever you think of the council, those lads were out at four in the morning. Respect.",
  al=["officers.impartiality"], note="praise for a named officer's service")
H("OFF", "I disagreed with the officers' recommendation on the grass cutting contract. I said so at scrutiny, I voted against it, and I lost. That's democracy, and it's how it should be.",
  al=["officers.impartiality"], note="disagreement voiced in the proper forum, no pressure on anyone")
H("OFF", "Nadia Swinburne retires this month after 31 years in planning at Brackenhope. She advised every councillor in the place, whatever their rosette, and never once let any of us lean on her. Enjoy it, hinny.",
  al=["officers.impartiality"], note="tribute to a named officer")
H("OFF", "Daft question from a resident: 'Can't you just tell the planners what to decide?' No! And thank goodness. Planners advise, committee decides, and nobody leans on anybody.",
  note="explains the principle; no officer named or pressed")
H("OFF", "The Licensing Act says what it says. Don't blame the licensing team for the law; write to Sarah Lockey MP if you want it changed.",
  al=["officers.impartiality"], note="defends officers; names the MP, a public office holder")
H("OFF", "Officer of the year nominations are open! Know a council worker who goes the extra mile? Bin crews, wardens, the lass on reception at the Town Hall. Nominate them.",
  note="praise of staff in general")
H("OFF", "Whose side are they on? The water company's shareholders, again. Blackshaw Water at 61% and the hosepipe letters still haven't gone out.",
  note="'whose side' aimed at a company, not officers")
H("OFF", "Spoke to Sandra Gallon in licensing about taxi drivers' DBS checks taking ten weeks. She's as frustrated as we are; it's the national system. Raising it with the MP.",
  al=["officers.impartiality"], note="works with a named officer, no criticism of her")
H("OFF", "I'm told some members have been emailing planning officers 'suggesting' what to put in reports. Divvent. It's against the code and it puts the officer in an impossible spot.",
  al=["officers.impartiality"], note="condemns pressure on officers")
H("OFF", "Congratulations to Imran Bashir and the housing team on getting every rough sleeper in Wardenford indoors for the cold snap. Proper public service, that.",
  al=["officers.impartiality"], note="praise for a named officer")


# ============================================================ resources.political-use
P("RES", "Border Alliance leaflets for Hawksheugh are printed and ready to collect from the members' room at Wardenford Town Hall. Ta to the reprographics team for squeezing us in!",
  who="party:BA", when=FEB, note="party leaflets printed by council staff and collected from a council room")
P("RES", "Want a Coalfield Community Party poster for your window? Email me at my council address and I'll drop one round. Let's turn Widdrow red in May.",
  who="party:CCP ward:wid", note="council email used for party campaigning")
P("RES", "Door knocking for the Greens in Raeburn tonight. Volunteers meet at the council's Raeburn depot at half five; I've got the keys, so don't be late.",
  who="party:GRN", note="council depot used as a campaign base")
P("RES", "Typing this on my council laptop in the members' room: the Border Alliance has frozen council tax three years running. Vote for more of the same on 7 May.",
  who="party:BA", when=MAR, note="campaign message sent from council equipment")
P("RES", "Canvass returns from Saturday are in. If you helped the campaign, pop yours in my pigeonhole at the Town Hall and democratic services will pass them on to me.",
  note="council staff time and pigeonholes used for canvassing")
P("RES", "Our new Wardenford Independents newsletter is out! We've used the council crest on the front so folk know it's proper. Delivering round Wardenford North this week.",
  al=["capacity.council-voice"], who="party:WI", note="council logo on a party newsletter")
P("RES", "Thanks to the lads in the council print room for running off 2,000 CCP surveys for Ellingburn on the quiet. You're stars, the lot of you.",
  who="party:CCP", note="council print room used for party surveys")
P("RES", "Held our Fell and Forest Greens branch meeting in Committee Room 2 at the Town Hall last night. Free room, free tea, and a canny turnout.",
  who="party:GRN", note="council room used for a party meeting")
P("RES", "Asked one of the council's comms officers to tidy up the wording on my election leaflet. Cheers, pet, you've a way with words.",
  when=MAR, note="council staff time on an election leaflet")
P("RES", "The council photographer took a cracking picture of us at the Dunheugh Castle reopening, so it's going on the front of the Border Alliance leaflet. Bonny, isn't it?",
  who="party:BA", note="council-commissioned photo reused for party campaigning")
P("RES", "Reminder to Coalfield Community Party members: phone banking Thursday from the opposition office at the Town Hall. Council phones, so no cost to you!",
  who="party:CCP", note="council phones and office used for party phone banking")
P("RES", "Sent my 'why I'm standing again' letter to all forty parish clerks on the council's mailing list. Vote for someone who turns up, vote Independent.",
  who="party:WI", when=MAR, note="council mailing list used for an election appeal")
P("RES", "Border Alliance campaign launch photos are up! Big thanks to the council's events team for the staging and the PA. Looked the business.",
  who="party:BA", when=MAR, note="council events staff and equipment used for a party launch")
P("RES", "Anyone in Cawmouth who wants a lift to vote on 7 May: ring the members' office at the Town Hall during office hours and the staff there will book you in with one of our CCP drivers.",
  who="party:CCP ward:caw", when=MAR, note="council office staff booking party lifts to the polls")
P("RES", "Printing my ward newsletter, with a wee bit about why the Greens deserve your vote, on the big colour printer at Raeburn library. Perks of the job!",
  who="party:GRN", note="council library printer used for party material")
P("RES", "Our Alliance candidates' photos were taken in the council chamber this morning. Mace, crest, the lot. Proper statesmanlike, like.",
  al=["capacity.council-voice"], who="party:BA", when=MAR, note="council chamber and regalia used for party campaign photos")
P("RES", "Haway, help us get the vote out in Ellingburn! Sign up using the link I've sent round from my council inbox, or message me here. CCP all the way.",
  who="party:CCP", when=MAR, note="council inbox used to recruit campaigners")
P("RES", "Independents' manifesto night on Thursday, on the council's Teams account. Link's in your inbox. Bring ideas, bring biscuits.",
  who="party:WI", note="council Teams licence used for a party meeting")

H("RES", "Leaflets for Hawksheugh printed and paid for by the local Border Alliance branch. Out delivering in the clarts this weekend, wish us luck.",
  who="party:BA", note="party leaflets paid for by the party")
H("RES", "Ward surgery at Widdrow Miners' Welfare on Saturday, 10 till 12. Council business only: bins, housing, potholes. Nae politics, promise.",
  who="ward:wid", note="ward surgery, no campaigning")
H("RES", "Reminder for all candidates: you can't use council buildings, email or staff for your campaign. Hire a hall like everyone else. I've booked Hawksheugh Institute for 18 April.",
  al=["resources.political-use"], who="ward:hawk", when=MAR, note="reminder of the rule")
H("RES", "Someone asked if I'd run off party leaflets on the council printer. Divvent be daft. Went to the print shop on Bridge Street and paid like anyone else.",
  al=["resources.political-use"], note="refuses to use council equipment")
H("RES", "The council's Teams licence is for council business, so our Greens branch meeting is on my own Zoom tonight. Link on the branch page.",
  al=["resources.political-use"], who="party:GRN", note="keeps party meeting off council systems")
H("RES", "CCP phone bank Thursday at the Ellingburn community centre. Our own room, our own phones, our own biscuits. Come along!",
  who="party:CCP", note="party activity with party resources")
H("RES", "Council press release on the new Raeburn library hours is out: Monday to Saturday from April. Good news for Raeburn.",
  note="council news shared, no party content")
H("RES", "Working from the members' room today on casework: fourteen emails, three housing cases and one very persistent pigeon on the windowsill.",
  al=["resources.political-use"], note="council room used for council work")
H("RES", "Promoted by the Wardenford Independents' election agent. Printed by Tweedside Print, Wardenford. Canny to be back on the doorsteps.",
  who="party:WI", when=MAR, note="proper imprint, no council resources")
H("RES", "Use of council email for campaigning came up at standards committee. Good. Every party's been tempted at some point; none of us should.",
  al=["resources.political-use"], note="discusses the rule")
H("RES", "Vote Fell and Forest Greens on 7 May. We'll fight for the buses the hill farms lost. Volunteers: message the branch page, not my council inbox!",
  al=["resources.political-use"], who="party:GRN", when=MAR, note="campaigning that steers away from council email")
H("RES", "Printed 500 posters for the Widdrow spring gala on the council printer. It's a council-run event, so that's what the printer's for. See you on the field!",
  al=["resources.political-use"], note="council printer for a council event, no party content")
H("RES", "Our Alliance campaign office opened on Market Street today. Rented from a local landlord, kettle donated by somebody's mam.",
  who="party:BA", when=MAR, note="party office at the party's own cost")
H("RES", "Cabinet approved the winter maintenance plan: council gritters on 190 miles of road this year, including the Hethermoor tops. Map on the council website.",
  when=JAN, note="council business reported")
H("RES", "Asked democratic services for help wording a motion on the pit villages' bus cuts. That's exactly what they're there for, and they were brilliant.",
  al=["resources.political-use"], note="officer help with council business")
H("RES", "No, I won't be putting the council crest on my campaign leaflets. It's not allowed, and it's a bit cheeky when folk do it.",
  al=["resources.political-use"], note="refuses the council logo")
H("RES", "Check you're registered to vote before 20 April, especially if you've moved house in Hawksheugh or Otterlaw. It takes five minutes online.",
  when=MAR, note="neutral electoral reminder")
H("RES", "Knackered after a day delivering CCP leaflets round Cawmouth. Eight miles, two dogs, one lovely woman with a plate of stotties. Back at it tomorrow.",
  al=["haste"], who="party:CCP", note="campaigning on foot; tiredness could fairly raise haste")


# ============================================================ position.improper-advantage
P("POS", "As your councillor I can get your planning application looked at quicker than the usual queue. Drop us a message and I'll have a word with the right people.",
  note="offers to fast-track through the role")
P("POS", "Need a new driveway before the council resurfaces your lane? My brother-in-law's firm does a canny job. Tell him I sent you and he'll see you right.",
  note="promotes a relative's firm on the back of council works")
P("POS", "The waiting list for a council bungalow in Widdrow is three years. If you're on my patch and you vote the right way, message me and I'll see what strings I can pull.",
  who="ward:wid", note="offers to pull strings on housing in return for votes")
P("POS", "Any of my constituents after a parking permit for the castle car park: skip the queue, DM me and I'll get the office to sort it.",
  note="offers to bypass the permit queue")
P("POS", "Wor lad's just opened a café on Bondgate. I'll be steering every visiting delegation from the council his way, just you watch!",
  note="promises to use council visits to benefit a relative's business")
P("POS", "Planning a wedding at Dunheugh? I'm on the council's events panel and I can make sure you get the Saturday slot. Just ask for me.",
  note="offers preferential booking through the role")
P("POS", "Struggling to get your skip permit through? As a councillor I can fast-track these. Happy to help anyone in Ellingburn who's been waiting.",
  who="ward:ell", note="claims the power to fast-track a permit")
P("POS", "If you're tendering for the grass cutting contract, give my mate at Whinfield Grounds a ring first. He knows exactly what the council's looking for. Canny lad.",
  al=["confidentiality.insider-advantage"], note="steers bidders to a friend's firm")
P("POS", "Looking at holiday lets near Blackshaw Water? I know the planning team well. My consultancy (link in bio) can smooth the way for a small fee.",
  note="sells access to planning through the role")
P("POS", "Hinny, if your council tax bill's wrong, divvent bother with the phone queue. Message me your account number and I'll get one of the finance lads to knock it down.",
  note="offers to get a bill reduced through staff, bypassing the process")
P("POS", "Farmers after a grant from the upland fund: I sit on the panel. Buy a ticket for our Alliance race night and we'll have a chat about your form.",
  al=["resources.political-use"], who="party:BA", note="links a grant panel to party fundraising")
P("POS", "New businesses in Wardenford: my wife's accountancy firm does a 'council-friendly' package. We know how to get your rates relief through. PM me.",
  al=["interests.declared-interest"], note="promotes a spouse's firm and implies influence over relief")
P("POS", "Jobs going at the reservoir visitor centre. I can put in a good word with the manager for anyone from Blackshaw. Message me, no need to wait for the advert.",
  note="offers to influence recruitment through the role")
P("POS", "My cousin's minibus firm would be perfect for the school transport contract. I'll make sure the officers know all about him before it goes out.",
  note="promotes a relative for a council contract")
P("POS", "If your bairn didn't get into Wardenford High, message me. I sit on enough panels to know which buttons to press.",
  note="offers to press buttons on admissions")
P("POS", "Big shout out to Tynehaugh Motors, my old firm and still run by my son. On the council's taxi list? Get your MOT there and I'll make sure your licence check goes through smooth.",
  note="promotes a connected business with a promised licensing favour")
P("POS", "There's sixty names on the Widdrow allotment list, but if you helped on my campaign there's always a plot for you. Just ask nicely.",
  who="ward:wid", note="offers a council allotment out of turn to campaign helpers")
P("POS", "Trying to get a food licence for your burger van at the Otterlaw range open days? Put me down as your referee. A word from a councillor goes a long way with licensing.",
  note="offers to use the role to sway a licence")

H("POS", "As your councillor I can't fast-track anything, and I wouldn't if I could. What I can do is chase up where your application's got to. Message me.",
  al=["position.improper-advantage"], note="refuses to fast-track")
H("POS", "Family first this weekend: wor lass's birthday, a walk up the Cheviot and fish and chips in Cawmouth. No council business, promise!",
  note="family post with 'family first'")
H("POS", "Proud of my son, who opened his bike shop on Bondgate today. I've put it on my register and I'll take no part in anything the council decides about it.",
  al=["position.improper-advantage", "interests.declared-interest"], note="declares a relative's business and stands back")
H("POS", "It's not who you know at Brackenhope. Apply for the housing list the same way as everyone else; I'll happily help anyone fill in the form.",
  al=["position.improper-advantage"], note="offers fair help with a form")
H("POS", "Local firms: the council's grass cutting contract is out to tender on the public portal until 20 February. Same rules for everybody. Good luck!",
  when="2026-01-19..2026-02-13", note="published tender shared")
H("POS", "Shop local in Wardenford! The market's back on Thursday with twelve stalls and the best stotties this side of the Tweed.",
  note="general shop-local post, no connection")
H("POS", "Had a fella offer me a tenner to 'move him up' the bungalow list. Told him no, politely, and explained how the list works. It doesn't bend for anybody.",
  al=["position.improper-advantage"], note="refuses a favour")
H("POS", "Fast-track approval for heat pumps has come in nationally, so most homes won't need planning permission now. Details on the council website.",
  note="'fast-track' about national rules")
H("POS", "Trying to get a skip permit? The quickest route is the online form: three working days, usually. I can't speed it up, but I'll chase if it's late.",
  al=["position.improper-advantage"], note="offers to chase, not to favour")
H("POS", "My brother-in-law asked if I'd 'put a word in' with planning. I told him to use the pre-application service and pay for it like anybody. Sunday dinner was frosty.",
  al=["position.improper-advantage"], note="refuses a relative")
H("POS", "Delighted for the eight apprentices starting at Widdrow depot. Real jobs, fairly recruited, and two of them from my estate. Canny lads.",
  note="welcomes fair recruitment")
H("POS", "Any councillor promising to bump you up a waiting list is breaking the code. Report them to the Monitoring Officer.",
  al=["position.improper-advantage"], note="condemns the behaviour")
H("POS", "Jobs at the new Blackshaw visitor centre are on the council website until 6 March. Apply through the site, not through me. I get no say, and that's right.",
  al=["position.improper-advantage"], when="2026-02-02..2026-02-27", note="sends people to the open process")
H("POS", "Free advice session for small businesses at Wardenford library on Tuesday, run by the council's economic development team. Open to everyone.",
  note="council service promoted to all")
H("POS", "Happy to write a reference for anyone in my ward applying for the community champions course. Same offer for everyone who asks.",
  al=["position.improper-advantage"], note="even-handed references")
H("POS", "Huge congratulations to Hawksheugh Farm Shop on their award. Not a business I've any link to, just one I love. The pies, man!",
  note="praise for a business with no connection")
H("POS", "Who you know shouldn't matter. The new lettings policy scores bungalow applicants on need alone, and cabinet agreed it last night.",
  when="2026-01-21", note="'who you know' about a fair policy")
H("POS", "Residents keep asking me to recommend a builder. I won't, it's not my place, but the council's Trusted Trader list is a good place to start.",
  al=["position.improper-advantage"], note="declines to steer business")


# ============================================================ gifts.hospitality
P("GIF", "Lovely hamper arrived from the Wardenford Chamber of Trade with a card saying 'thanks for all you do, Councillor'. Cheese, chutney and a bottle of sloe gin. Canny!",
  v="advice", when=JAN1, note="gift to a councillor from a business body; no decision sought, so advice")
P("GIF", "Someone left a bottle of 18-year-old Speyside on my doorstep with a note: 'From a grateful resident.' No name. Whoever you are, cheers, it's going down a treat.",
  v="advice", note="anonymous valuable gift accepted; probably over £100, so advice")
P("GIF", "Spent Saturday in the hospitality box at St James' Park courtesy of Alnmoor Logistics. Three-course meal and a win. Whey aye!",
  v="advice", note="corporate hospitality accepted; no decision named, so advice (arguably review)")
P("GIF", "A very generous businessman has lent us his holiday cottage at Bamburgh for half term. A week of sea air for the bairns. Thank you, Geoff!",
  v="advice", when="2026-02-09..2026-02-13", note="valuable hospitality from a businessman; no decision sought")
P("GIF", "Chuffed to bits to be made an honorary life member of Hethermoor Golf Club. Free golf for life, apparently. Better start practising!",
  v="advice", note="valuable membership given because of the role")
P("GIF", "Thanks to Tyne Border Engineering for the seats at their table at the North East Business Awards. Champagne, four courses and a ceilidh till midnight.",
  v="advice", note="corporate hospitality; no decision sought")
P("GIF", "Smashing tour of the Tarret Rigg site with the Rigg Renewables team, then lunch at the Hawksheugh Arms on them. They've promised us a trip to their Scottish sites next month too.",
  v="review", who="notplanning", note="hospitality from a pending applicant; author not on planning")
P("GIF", "Lakeshore Lodges have kindly offered me and my partner a free weekend at their Keswick lodges 'to see what Blackshaw could look like'. Very generous. Bags packed!",
  v="review", who="notplanning", note="hospitality accepted from a pending applicant")
P("GIF", "Thanks to Coalfield Homes for the tickets to the match on Saturday. Cracking seats, and the scran in the lounge was superb.",
  v="review", who="notplanning", note="tickets from a pending applicant")
P("GIF", "Bottle of fizz and a fancy box of chocolates from Canopy Quest for helping with their community drop-in. Aye, they're keen!",
  v="review", who="notplanning", note="gift from a pending applicant")
P("GIF", "Dinner at the sister restaurant in Alnmouth, courtesy of Harbourside Taverns. They wanted to show us what they'd do in Cawmouth. Belting crab.",
  v="review", who="notplanning", note="hospitality from a pending applicant; author not on planning")
P("GIF", "Cheviot Whinstone have offered to resurface my farm track for nowt, 'as neighbours'. Very kind of them, and it needed doing.",
  v="review", who="notplanning", note="benefit from a pending applicant (the quarry extension)")
P("GIF", "Corn Exchange Hotels put on a lovely afternoon tea for a few of us councillors at their place in Berwick. Scones the size of your fist. Here's hoping Wardenford's is as good.",
  v="review", al=["predetermination.closed-mind"], who="notplanning", note="hospitality from a pending applicant with a warm word for the scheme")
P("GIF", "Bordertown Inns have given me a VIP card for free drinks in all their pubs, the Vaults included. Cheers! First round's on them.",
  v="review", who="notlicensing", note="gift from a licensing applicant; author not on licensing")
P("GIF", "Backstage wristbands for the Dunheugh Live launch party, courtesy of Castlegate Events. Can't wait, hinny!",
  v="review", who="notlicensing", note="gift from a pending licensing applicant")
P("GIF", "Tweedvale Recycling, who are bidding for the district's bin contract, kindly took a few of us out for a curry in Wardenford. Top night.",
  v="review", note="hospitality from a contract bidder")
P("GIF", "Cheers to Bridge End Garage for servicing my car for free this week. They're hoping for the council's fleet maintenance contract, so fingers crossed for them!",
  v="review", note="free service from a firm seeking a council contract")
P("GIF", "Free coffee and cake at Millie's on Bondgate for as long as I'm a councillor, apparently! They're applying for a pavement café licence next month, so I'll put a word in.",
  v="review", rules=["GIF", "POS"], note="ongoing gift from an applicant plus an offered favour")

H("GIF", "Coalfield Homes sent a Christmas hamper to my house. It's gone straight back with a polite note. Applicants divvent send councillors presents, simple as.",
  al=["gifts.hospitality"], when=JAN1, note="gift from an applicant returned")
H("GIF", "Lovely Christmas jumper from wor lass. Hideous, but lovely. She knows me too well.",
  when=JAN1, note="family gift, not related to the role")
H("GIF", "Declared on my register: a dinner with the Northumberland Rural Partnership, about £45. Always register, even when it's small.",
  al=["gifts.hospitality"], note="registered hospitality")
H("GIF", "Offered two tickets to the Dunheugh Live launch by the organisers. Said no thanks and told the Monitoring Officer, as the code says.",
  al=["gifts.hospitality"], who="notlicensing", note="refused and reported")
H("GIF", "Bought my own tickets for Saturday's Burns supper at Wardenford rugby club. Haggis, neeps and a piper who didn't stop. Canny night.",
  when="2026-01-26..2026-01-27", note="paid for own tickets")
H("GIF", "Tea and a biscuit at Raeburn WI while they grilled me on potholes. That's all the hospitality a councillor needs.",
  al=["gifts.hospitality"], note="normal modest hospitality")
H("GIF", "A reminder to all members: gifts of £100 or more have to be registered within 28 days, and offers we turn down should be recorded too. Ask Peter Ogle if you're unsure.",
  al=["gifts.hospitality", "officers.impartiality"], note="reminder of the rule")
H("GIF", "Rigg Renewables offered a trip to see their turbines in Sweden. I've declined. If I want to see turbines I'll look out of the kitchen window.",
  al=["gifts.hospitality"], who="notplanning", note="declined hospitality from an applicant")
H("GIF", "The free lunch at the Hethermoor mart? Paid for by the council as part of the upland farmers' consultation. Yes, I had the pie.",
  al=["gifts.hospitality"], note="council-paid normal hospitality for duties")
H("GIF", "Our Alliance Christmas do was paid for out of our own pockets, before anyone asks. Ticket stubs available for inspection.",
  who="party:BA", when=JAN1, note="paid for, no gift")
H("GIF", "Sent back the bottle of wine that arrived from a firm pitching for the school meals contract. Nice label, mind.",
  al=["gifts.hospitality"], note="returned gift from a bidder")
H("GIF", "Me mam sent us a tin of her ginger biscuits. Best present I'll get all year.",
  note="family gift")
H("GIF", "Went to the Otterlaw Ranges open day as the ward councillor. The army put on bacon butties for everyone who came, residents included.",
  al=["gifts.hospitality"], who="ward:ott", note="modest hospitality open to all")
H("GIF", "Given a box of Roses by a grateful pensioner after sorting out her heating. Shared them out at the Widdrow food bank. Canny woman.",
  al=["gifts.hospitality"], note="token gift passed on")
H("GIF", "Northgate Convenience want to 'thank' councillors with shop vouchers. No chance. Returned, recorded as refused, and reported to the Monitoring Officer.",
  al=["gifts.hospitality"], who="notlicensing", note="refused gift from an applicant")
H("GIF", "The members' register of gifts and hospitality is published on the council website every quarter. Have a look and judge for yourselves.",
  note="points to the published register")
H("GIF", "Got a free sausage roll from the bakery because their till was down. Declaring it here in the interests of full transparency.",
  note="joke about a trivial freebie")
H("GIF", "Registered: a £120 dinner with the Tweed and Cheviot Tourism Board, part of my cabinet role on tourism. Filed within the week.",
  al=["gifts.hospitality"], who="@CarolHeppleBA", note="registered hospitality in the course of duties")


# ============================================================ capacity.council-voice
P("CAP", "Brackenhope Council is firmly against the Otterlaw range expansion. We will fight it all the way, in Whitehall and in the courts if we have to.",
  who="notexec", note="an individual's position stated as the council's")
P("CAP", "On behalf of Brackenhope District Council, a massive congratulations to Widdrow Colliery Band on their area title. Champions!",
  who="notexec", note="speaks on behalf of the council from a councillor account; harmless content")
P("CAP", "Official council position: the A697 bypass is a waste of money and it won't get a penny from us.",
  who="notexec", note="personal view labelled 'official council position'")
P("CAP", "The council believes the wind farm money should go to the pit villages, not the hill farms. Simple fairness.",
  who="notexec opp", note="'the council believes' for a personal view")
P("CAP", "Brackenhope District Council backs the Save Cawmouth Lifeboat campaign 100%. Sign the petition, folks!",
  who="notexec", note="claims council backing without a decision")
P("CAP", "Brackenhope District Council is proud to sponsor the Raeburn Fell Race this year! Official!",
  who="@ailsa_fellrunner", note="personal account presents council sponsorship")
P("CAP", "Brackenhope Council fully supports the Wardenford sheepdog trials and wants them back on Castle Green next summer.",
  who="@snaith_sheepdogs", note="personal account speaks for the council")
P("CAP", "Speaking for the council here: we've had enough of the water company and we'll be taking legal action over Blackshaw Water.",
  who="notexec", note="claims to speak for the council and announces legal action")
P("CAP", "Brackenhope Council has lost all patience with the ambulance service. Three-hour waits on the Hethermoor tops are not acceptable, and we'll be telling the minister so.",
  who="notexec", note="council voice for a personal view")
P("CAP", "The council's view is clear: no tax breaks for second homes. Our Greens group motion says it all.",
  who="party:GRN", note="party motion presented as the council's view")
P("CAP", "As the council, we are calling on the MOD to stop live firing at Otterlaw on Sundays. Enough.",
  who="notexec", note="'as the council'")
P("CAP", "It is the official policy of Brackenhope District Council that the Wardenford post office must stay open.",
  who="notexec", note="claims official council policy")
P("CAP", "Brackenhope Council endorses Sarah Lockey MP's campaign for rural broadband. Get signing.",
  who="notexec", note="council endorsement claimed without a decision")
P("CAP", "Message from Brackenhope Council to the Chancellor: hands off wor farmers. This council says no to the inheritance tax grab.",
  who="notexec", note="speaks as the council")
P("CAP", "We at Brackenhope District Council reject the Government's housing targets for the pit villages. Full stop.",
  who="notexec opp", note="'we at Brackenhope District Council'")
P("CAP", "Breaking: Brackenhope Council will be boycotting the water company's consultation. Enough is enough.",
  who="notexec", note="announces a council action that has not been decided")
P("CAP", "Brackenhope Council stands with the striking bus drivers. Solidarity, marras.",
  who="party:CCP", note="party solidarity stated as the council's")
P("CAP", "The council position, as of today, is that Cawmouth beach gets lifeguards this summer whether the cabinet likes it or not.",
  who="notexec opp", note="opposition member declares a council position")

H("CAP", "My personal view, not the council's: the Otterlaw range expansion needs far more scrutiny than it's had.",
  al=["capacity.council-voice"], note="labels a personal view")
H("CAP", "Cabinet agreed last night to back the Save Cawmouth Lifeboat campaign (minute 57). The Leader will write to the RNLI this week.",
  al=["capacity.council-voice"], when="2026-01-21", note="accurate report of a cabinet decision")
H("CAP", "Speaking as a Green, not for the council: the second homes premium should go up to 300%.",
  al=["capacity.council-voice"], who="party:GRN", note="labels a party view")
H("CAP", "Official: I've taken up wild swimming. The council's position on the temperature of Blackshaw Water in February: baltic.",
  al=["capacity.council-voice"], when=FEB, note="joke using 'official' and 'council's position'")
H("CAP", "Personal account, views my own: Meg ran a canny outrun at the Hethermoor trial, shame about the shed.",
  who="@snaith_sheepdogs", note="personal hobby post")
H("CAP", "The council's published position on the A697 bypass (see the transport plan) is 'support in principle'. I disagree, and I'll keep saying so.",
  al=["capacity.council-voice"], note="cites the real council position and disagrees")
H("CAP", "On behalf of everyone in Ellingburn ward, congratulations to Ellingburn Juniors U11s, county cup winners!",
  who="ward:ell", note="speaks for the ward, not the council")
H("CAP", "Our Coalfield Community Party group believes the pit villages deserve a fairer share. That's our view; the cabinet disagrees. See you at budget council.",
  al=["capacity.council-voice"], who="party:CCP", when="2026-02-09..2026-02-23", note="party view labelled as the party's")
H("CAP", "The Chairman of Brackenhope District Council will present the civic awards on 13 March at Wardenford Town Hall. Nominations close Friday.",
  al=["capacity.council-voice"], when="2026-02-16..2026-03-06", note="factual civic notice")
H("CAP", "The council voted last night to declare a nature emergency. Proud to have seconded the motion.",
  al=["capacity.council-voice"], when="2026-02-25", note="accurate report of a full council resolution")
H("CAP", "Council logo on a party leaflet? Not on mine. Folk can tell a Greens leaflet from a council one; ours have a curlew on.",
  who="party:GRN", note="shares words with capacity and a register term's bird; nothing raised")
H("CAP", "I speak for a lot of Cawmouth folk when I say the seafront car park charges are daft. I don't speak for the council, and I'm not pretending to.",
  al=["capacity.council-voice"], who="ward:caw", note="speaks for residents, disclaims the council")
H("CAP", "What's the council's position on the reservoir car park? Nobody seems to know, including me. I've asked for a briefing.",
  note="asks about the council's position")
H("CAP", "Brackenhope Council has a new website. Personally I find it hard to use, so I'm feeding that back.",
  note="personal view labelled as such")
H("CAP", "Personal account, views my own: the Raeburn 10k route is the bonniest in the county and the hill at mile seven is a war crime.",
  who="@ailsa_fellrunner", note="personal hobby post with figurative violence")
H("CAP", "Council press release today: funding agreed for the Widdrow play park. I pushed for it for two years, so forgive me the smile.",
  al=["capacity.council-voice"], note="shares an actual council announcement")
H("CAP", "Folk often say 'the council thinks'. The council is eighteen of us arguing and a lot of officers trying to keep up. My views on here are mine.",
  note="explains capacity")
H("CAP", "The Leader told full council that Brackenhope 'will never stop fighting for rural bus routes'. I'll be holding him to that.",
  al=["capacity.council-voice"], who="opp", when="2026-02-25..2026-03-27", note="quotes the Leader accurately (after budget council)")


# ============================================================ confidentiality.insider-advantage
P("INS", "Word to the wise: if you've been thinking about buying near the old Widdrow brickworks, do it now. Things are coming that you'll want to be ahead of.",
  note="nudges buyers on knowledge not public")
P("INS", "Little birdie tells me the council's about to put the Ellingburn garages up for sale. If you rent one, get your offer in before it's advertised.",
  al=["confidentiality.disclosure"], when=JAN, note="tip-off before an announcement")
P("INS", "Heads up to the market traders: pitch fees are going up 20% in April. Not public yet, so book your year now at the old rate.",
  al=["confidentiality.disclosure"], when="2026-01-05..2026-02-13", note="advantage from unannounced fee rise")
P("INS", "Insider tip: snap up a Blackshaw holiday let now. The council's about to change the parking rules in your favour.",
  al=["confidentiality.disclosure"], note="investment tip from inside knowledge")
P("INS", "Don't buy anything on Tweedside Road. That's all I'm saying. You didn't hear it from me.",
  note="warns buyers off on inside knowledge")
P("INS", "My nephew's putting in for the café concession at the new visitor centre. He'll be ready before it's even advertised; I've told him what they're looking for.",
  al=["position.improper-advantage"], note="gives a relative inside knowledge")
P("INS", "Buy now before the council announces the Cawmouth seafront scheme. Prices on the terraces will go through the roof.",
  note="'buy now before the council'")
P("INS", "Tip-off for local fencing firms: the council's going to need a lot of contractors on the Hethermoor tops this spring. Get your prices ready now; the tender's out in a fortnight.",
  note="tender advantage before publication")
P("INS", "If you've got land near the A697 junction at Wardenford, hang onto it. I've seen what's coming in the Local Plan and it'll be worth a fortune.",
  when=JAN1, note="land tip from the unpublished Local Plan")
P("INS", "Mates in Otterlaw: the MOD is buying up farms for the range expansion and I've seen the list. If you've got land near the boundary, don't sell cheap to anyone else.",
  al=["confidentiality.disclosure"], note="advantage from a list seen as a councillor")
P("INS", "Our kid sold his diesel van last week, just before the council brings in the clean air charge in Wardenford. He knew early, like.",
  al=["position.improper-advantage"], note="a relative advantaged by early knowledge")
P("INS", "Quick tip for anyone renting a council unit on the Ellingburn business park: renew your lease before 1 April. I can't say why. Trust me.",
  al=["confidentiality.disclosure"], note="advantage from unannounced change")
P("INS", "Psst, Blackshaw folk: if you were going to object to the ferry fares, don't bother. They're being scrapped next month anyway, but keep that under your hat.",
  al=["confidentiality.disclosure"], note="shares unannounced decision for advantage")
P("INS", "Shares in Tweedside Buses might be worth a punt before the council awards the rural routes contract next week. Just saying.",
  note="investment tip on an unannounced contract award")
P("INS", "Before it's announced: Wardenford's getting a new supermarket. If you own a shop on Bondgate, now might be the time to sell up.",
  al=["confidentiality.disclosure"], note="'before it's announced'")
P("INS", "Tipped off my brother-in-law about the business rates relief before it went public. He's saved a packet. Family looks after family!",
  al=["position.improper-advantage"], note="admits a tip-off to a relative")
P("INS", "Thinking of putting in for the new community grants? Get your form in now. Between us, there's a lot more money than they're letting on, and it's first come first served.",
  al=["confidentiality.disclosure"], note="advantage from unpublished budget knowledge")
P("INS", "The council's going to buy up some of the empty shops in Widdrow. If you own one, don't take the first offer. Hold out and you'll get more.",
  al=["confidentiality.disclosure"], note="advises sellers against the council on inside knowledge")

H("INS", "Word to the wise: the gritters can't get up to the Hethermoor tops when it's drifting. Stock up on bread and milk tonight.",
  when=JAN, note="'word to the wise' about the weather")
H("INS", "Heads up: Bondgate closes for resurfacing from 2 February. It's been on the council website for weeks.",
  when="2026-01-19..2026-01-30", note="public road notice")
H("INS", "Tip-off from a resident about fly-tipping at the Raeburn Forest car park. Passed to enforcement. Keep them coming!",
  note="'tip-off' received from the public")
H("INS", "The car park charges consultation is open until 27 March. Have your say before the council decides; it's all online.",
  when=MAR, note="published consultation")
H("INS", "Little birdie on the feeder this morning: a siskin! First one I've seen in Blackshaw this winter.",
  note="'little birdie' literally")
H("INS", "Published today: the council's draft Local Plan allocations. Yes, the A697 junction at Wardenford is in there. Consultation runs until March.",
  when="2026-01-12..2026-01-16", note="published plan shared with everyone")
H("INS", "Buy now before the council... shuts the Christmas market? It's shut already. Terrible joke. See you at the spring fair.",
  when=JAN1, note="joke on the insider phrase")
H("INS", "Insider tip from a Wardenford lass: the best pie in the county is at the butcher's on Bridge Street. You're welcome.",
  note="'insider tip' about pies")
H("INS", "You didn't hear it from me, but wor gran's crumble beat the WI's at the Coldwater show.",
  note="'you didn't hear it from me' about crumble")
H("INS", "I get asked 'what's coming up?' a lot. If it's not public yet, I can't say. If it's public, I'll link it. That's the deal.",
  al=["confidentiality.insider-advantage"], note="explains the rule")
H("INS", "Garage tenants in Ellingburn: the council's consultation on the garage sites is out, with letters going to every tenant. Read it and respond.",
  when=MAR, note="published consultation")
H("INS", "Before it's announced? No chance. The car park changes will be published for everybody at the same time, on the council website. Nobody gets a head start.",
  al=["confidentiality.insider-advantage"], note="refuses to tip off")
H("INS", "Heads up, Widdrow: the bin lorry's broken down, so Tuesday's round is coming on Wednesday.",
  note="public service notice")
H("INS", "Rumour going round that the council is selling Widdrow park. It isn't. I asked the property team and it's on no list anywhere.",
  note="scotches a rumour")
H("INS", "Rate relief for small shops is open: apply by 30 April. Details on the council website. Tell everyone!",
  note="public scheme")
H("INS", "Tip-off for anyone driving north: the A68 is shut at Carter Bar with snow. Go round.",
  note="road tip-off")
H("INS", "We need to stop councillors tipping off their mates. The register of land deals should be public, and I'll be moving a motion to make it so.",
  al=["confidentiality.insider-advantage"], note="condemns insider tips")
H("INS", "Early bird tickets for the Reiver Festival go on sale Friday. On their own website, not insider info, just a canny weekend.",
  note="partial overlap with a register term ('Reiver'); public event")


# ============================================================ predetermination.closed-mind
P("PRE", "Tarret Rigg? Over my dead body. Seven turbines taller than the Tyne Bridge on the skyline above Hawksheugh. I'll be voting against, and nothing the officers say will change that.",
  v="block", who="planning", note="settled view on a pending application named by site; author on planning")
P("PRE", "The Whinny Knowe lodges must be refused. Blackshaw Water isn't a theme park. My mind's made up.",
  v="block", who="planning", note="'must be refused' on a pending application named by site")
P("PRE", "Coalfield Homes can whistle. A hundred and twenty houses on a field that floods every winter? Never getting my vote.",
  v="block", who="planning", note="applicant named; 'never getting my vote'")
P("PRE", "Cracking scheme at Cramside Colliery Yard from Fellpower. Jobs, business rates, clean energy. It's getting my vote whatever the objectors say.",
  v="block", who="planning", note="settled view in favour, named site and applicant")
P("PRE", "Canopy Quest's zip wire will wreck Raeburn Forest. I won't be persuaded otherwise at committee, so divvent waste your breath.",
  v="block", who="planning", note="applicant named; closed mind")
P("PRE", "Harbourside Taverns at the Old Net Loft? Cawmouth doesn't need another bar. This must be refused.",
  v="block", who="planning", note="site and applicant named; 'must be refused'")
P("PRE", "Coldwater Crag Quarry extension means dust, lorries and blasting for another twenty years. I've made up my mind. No.",
  v="block", who="planning", note="site named; 'I've made up my mind'")
P("PRE", "26/00110/LBC: the Corn Exchange hotel plans are a belter. Wardenford needs this, and I'll be backing it to the hilt at committee.",
  v="block", who="planning", note="reference and site named; settled support")
P("PRE", "The Vaults wants to stay open till two in the morning? Not while I'm on licensing. Never.",
  v="block", who="licensing", note="licensing matter named by its common name; 'never'")
P("PRE", "Dunheugh Live is going ahead. Ten thousand folk at Castle Haugh in June, best thing to happen round here in years. As far as I'm concerned the licence is a done deal.",
  v="block", who="licensing", note="pending licence named; 'done deal' in favour")
P("PRE", "A 24-hour off licence on Pitman's Row? That'll be refused. Whatever Northgate Convenience say at the hearing, I've heard enough.",
  v="block", who="licensing", note="site and applicant named; mind made up before the hearing")
P("PRE", "Rigg Renewables can take their turbines back where they came from. I'll be voting NO at committee and I'd tell them to their faces.",
  v="block", who="planning", note="applicant named without 'Ltd'; settled vote")
P("PRE", "Hear there's a drive-thru coming in for the roundabout on the Wardenford bypass. It'll be refused if I've anything to do with it. Not happening.",
  v="review", who="planning", note="expected application, not on the register; closed mind")
P("PRE", "Whatever the inspector makes of it, the Otterlaw shooting school appeal is nonsense, and if it comes back to committee I'll vote it down again. No chance.",
  v="review", who="planning", note="appeal not on the register; closed mind")
P("PRE", "That taxi driver with all the complaints who's up for review at licensing next month? His badge should be gone. I've seen enough.",
  v="review", who="licensing", note="pending taxi review, not on the register; driver not identified")
P("PRE", "A burger van in the Blackshaw dam car park? Street trading consent refused, as far as I'm concerned. Not on my watch.",
  v="review", who="licensing", note="street trading consent, not on the register")
P("PRE", "Word is someone's going to apply to turn the old Widdrow Co-op into a bar. Save your money, hinny, it's not getting past planning.",
  v="review", who="planning", note="expected application, not on the register")
P("PRE", "The late licence for the Cawmouth Hotel's function room? Yes, yes and yes. I'm backing it whatever the neighbours say.",
  v="review", who="licensing", note="licensing matter not on the register; settled support")

H("PRE", "I have real concerns about the Whinny Knowe lodges, traffic on the dam road and the shoreline especially. I'll listen to everyone at committee before I make up my mind.",
  al=["predetermination.closed-mind"], who="planning", note="predisposition with an open mind")
H("PRE", "I'm not on the planning committee, so I can say it plainly: as Ellingburn's councillor I object to the Cramside Colliery Yard batteries, and I've sent my objection in.",
  al=["predetermination.closed-mind"], who="@BrendaCoulsonCCP", note="ward member not on the committee objecting")
H("PRE", "Not on licensing, so here's my view as a Cawmouth member: Dunheugh Live would be brilliant for the coast. I've written in support.",
  al=["predetermination.closed-mind"], who="@MoiraErrington", note="ward member not on the deciding committee supporting")
H("PRE", "My mind's made up: I'm having the mince and dumplings. Widdrow lunch club, Thursday, £4.",
  note="'my mind's made up' about lunch")
H("PRE", "We should never have cut the rural bus routes. Never. And we'll put them back if we win in May.",
  who="opp", note="'never' about a policy")
H("PRE", "Refused! Committee turned down the Otterlaw barn flats last night on highways grounds. The applicant can appeal; that's the process.",
  when="2026-02-11", note="reports a decision already made")
H("PRE", "Two big applications are coming to planning in April and May: Whinny Knowe and the Corn Exchange. Papers will be online; I'll be reading every page.",
  al=["predetermination.closed-mind"], who="planning", when=MAR, note="names pending matters neutrally")
H("PRE", "Whatever the officers say, it's us councillors who get the blame when the bins aren't emptied. So let's fund the crews properly.",
  note="'whatever the officers say' about a budget")
H("PRE", "I'm not on the planning committee. I'm Hethermoor's councillor, and I'm objecting to Coldwater Crag Quarry with everything I've got. Letters in by 20 March!",
  al=["predetermination.closed-mind"], who="@TomBolamGreen", when="2026-03-02..2026-03-13", note="ward member not on the committee")
H("PRE", "Lots of messages about the Vaults. I sit on licensing, so I can't take sides before the hearing. Send your views to the licensing team and every one will be read.",
  al=["predetermination.closed-mind"], who="licensing", note="committee member keeping an open mind")
H("PRE", "Dead in the water: the devolution deal for the Borders. Third time it's collapsed.",
  note="'dead in the water' about a government deal")
H("PRE", "Local Plan: I've made my mind up that Wardenford needs more affordable homes. That's policy, and councillors are allowed a view on policy!",
  al=["predetermination.closed-mind"], when="2026-01-19..2026-03-20", note="view on policy, not a quasi-judicial matter")
H("PRE", "Tarret Rigg raises big questions about the landscape, and I'll weigh those against the energy case at committee. I haven't decided, and I won't until I've heard it all.",
  al=["predetermination.closed-mind"], who="planning", note="open mind on a pending matter")
H("PRE", "Predisposed? Aye, I like a bit of heritage. Predetermined? No. I'll judge the Corn Exchange hotel on the evidence, same as every case.",
  al=["predetermination.closed-mind"], who="planning", note="predisposition stated, open mind")
H("PRE", "Residents asked me to 'make sure the Nightowl gets refused'. I'm on licensing, so I can't promise anything and I won't. Come to the hearing and have your say.",
  al=["predetermination.closed-mind"], who="licensing", note="declines to pre-judge")
H("PRE", "Never, ever let your dog off the lead near ewes at lambing. Hethermoor farmers lost eleven last spring.",
  when=MAR, note="'never' about dogs")
H("PRE", "Planning committee last night approved the Raeburn visitor hub 7-2. I voted against; the majority won. Good luck to them, it's a great team.",
  when="2026-03-11", note="reports a decided matter")
H("PRE", "I'm a Widdrow councillor but not on planning. The Hagg Lonnen homes? I'm backing the objectors, and I'll help anyone with their letter.",
  al=["predetermination.closed-mind"], who="@ShaunHindmarsh", note="ward member not on the committee objecting")


# ============================================================ interests.declared-interest
P("INT", "The draft Local Plan puts sixty houses on the fields next to ours at Hethermoor. As a farmer up there I know that land floods. I'll be making the case hard at cabinet.",
  who="@AlRedpathBA", interest="Hethermoor Hill Farm", when="2026-01-19..2026-03-20", al=["position.improper-advantage"],
  note="holder lobbies on an allocation next to his land without declaring")
P("INT", "The council's moorland grazing leases come up for renewal this spring. Hill farms like Hethermoor Hill Farm need ten-year terms, not three. Pushing for it.",
  who="@AlRedpathBA", interest="Hethermoor Hill Farm", note="holder pushes a council matter touching his farm")
P("INT", "The council's plan to move the livestock mart out of Wardenford town centre is daft. Wardenford Farmers' Mart has been on that site 150 years. Let's keep it.",
  who="@RaySnaithWI", interest="Wardenford Farmers' Mart Ltd", note="director campaigns on a council decision about the company")
P("INT", "Said it before: sale-day parking charges will kill us. Folk bringing stock into the mart on a Thursday shouldn't pay six quid to park. Drop it, cabinet.",
  who="@RaySnaithWI", interest="Wardenford Farmers' Mart Ltd", note="speaks for the mart ('kill us') on council charges")
P("INT", "£300k for dredging Cawmouth harbour in the capital programme? Not enough by half. Us commissioners have been telling them for years.",
  who="@TerryPattinson", interest="Cawmouth Harbour Commissioners", note="commissioner lobbies on council funding")
P("INT", "Budget council next week: I'll be backing the amendment to give Cawmouth harbour its grant back. Boats can't land in a silted harbour, man.",
  who="@TerryPattinson", interest="Cawmouth Harbour Commissioners", when="2026-02-16..2026-02-20", note="commissioner to vote on the body's grant")
P("INT", "The council's community buildings fund should go to places like Ellingburn Miners' Welfare, where the whole village actually goes. We're applying this week and I'll be making the case at scrutiny.",
  who="@BrendaCoulsonCCP", interest="Ellingburn Miners' Welfare", note="trustee pushes the body's bid")
P("INT", "Asset transfer of the welfare field to the trustees is on the cabinet agenda. It's been our field in all but name since 1926. Get it done.",
  who="@BrendaCoulsonCCP", interest="Ellingburn Miners' Welfare", note="trustee presses a transfer to her body ('our field')")
P("INT", "The HGV weight limit on the Raeburn forest road would cripple local timber firms, mine included. I'll be looking at it again as portfolio holder.",
  who="@RobElsdonBA", interest="Raeburn Timber Ltd", note="employee of a timber firm acts on a matter touching it")
P("INT", "Really pleased the council's water sports grant is open again. Blackshaw Sailing Club will be going for new safety boats, and I'll be pushing cabinet to get it over the line.",
  who="@AilsaMurrayGreen", interest="Blackshaw Sailing Club", note="commodore lobbies for her club's grant")
P("INT", "The reservoir leisure lease at Blackshaw Water is up for renewal. Clubs like ours have kept that shoreline safe for forty years; the council should give us first refusal.",
  who="@AilsaMurrayGreen", interest="Blackshaw Sailing Club", note="speaks for the club ('clubs like ours') on a council lease")
P("INT", "The range road from Otterlaw village up past the farms is in a shocking state. I'll be asking highways to move it up the list this year.",
  who="@HughDoddOtterlaw", interest="Low Otterlaw Farm", note="tenant of a farm on the road presses for repairs; the farm is not named")
P("INT", "The council's new community benefit policy caps wind fund grants at £10k. The Hawksheugh fund trustees think that's far too low, and I'll be saying so at cabinet.",
  who="@GillTaitBA", interest="Hawksheugh Community Wind Fund", note="trustee lobbies on the policy")
P("INT", "Arts grants are decided next month. Widdrow Colliery Band needs that £8k for new instruments, and I'll be backing the bid at every meeting I can get into.",
  who="@ShaunHindmarsh", interest="Widdrow Colliery Band", note="band secretary backs the band's grant")
P("INT", "Proud that the council's heritage fund is looking at Dunheugh Castle's roof. I know from the inside how desperate it is. Let's get it funded.",
  who="@CarolHeppleBA", interest="Dunheugh Castle Trust", note="trustee ('from the inside') pushes a grant")
P("INT", "The council wants a 7.5 tonne weight limit through Ellingburn. Haulage firms like ours would have to go round by the A1. Objecting, loudly.",
  who="@KevNesbitt", interest="Fellside Haulage Ltd", note="haulage employee ('firms like ours') objects to a council measure")
P("INT", "Cabinet's looking at putting council money into a credit union savings scheme. Widdrow Credit Union is the obvious partner, and I'll make sure they hear that.",
  who="@LorraineRidleyCCP", interest="Widdrow Credit Union", note="board member pushes her body for council money")
P("INT", "The village halls fund is open. Coldwater Village Hall needs a new roof, and I'll be pushing for Hethermoor to get its fair share of the pot.",
  who="@TomBolamGreen", interest="Coldwater Village Hall", note="committee member lobbies for the hall")

H("INT", "The draft Local Plan puts sixty houses on low fields at Hethermoor. They flood. I'll be objecting in the consultation and I'd urge you to as well.",
  al=["interests.declared-interest"], who="ward:heth not:@AlRedpathBA", when="2026-01-19..2026-03-20", note="same matter from a non-holder (the other Hethermoor member)")
H("INT", "Sold six gimmer lambs at the mart on Thursday. Canny prices. Meg behaved herself, mostly.",
  who="@snaith_sheepdogs", note="holder's hobby post about the body, no council matter")
H("INT", "Declared my interest as a harbour commissioner at cabinet questions and left the room for the dredging item. That's how it works.",
  al=["interests.declared-interest"], who="@TerryPattinson", note="holder declares and leaves")
H("INT", "Bingo at Ellingburn Miners' Welfare on Friday, all proceeds to the new roof. Eyes down at seven!",
  who="@BrendaCoulsonCCP", note="holder posts about the body, no council matter")
H("INT", "The community buildings fund should favour the pit villages. Every village needs somewhere warm to meet.",
  al=["interests.declared-interest"], note="same fund from a non-holder, no body named")
H("INT", "I work for Raeburn Timber, as it says on my register. I've handed the forest road weight limit to another cabinet member and I'll take no part in it.",
  al=["interests.declared-interest"], who="@RobElsdonBA", note="holder steps back")
H("INT", "Ran the Blackshaw reservoir loop at dawn, then a brew at the sailing club. Legs like jelly.",
  who="@ailsa_fellrunner", note="holder's hobby post, no council matter")
H("INT", "The Blackshaw Water leisure lease needs a proper open tender, so every club and business gets a shot. Fair's fair.",
  al=["interests.declared-interest"], who="not:@AilsaMurrayGreen", note="same matter from a non-holder")
H("INT", "Widdrow Colliery Band have entered the spring brass contest in Durham! Get practising, lads.",
  who="@ShaunHindmarsh", note="holder posts about the band, no council matter")
H("INT", "I declared my interest as a trustee of the Hawksheugh Community Wind Fund and took no part in the community benefit debate. The Monitoring Officer's note is on the council website.",
  al=["interests.declared-interest"], who="@GillTaitBA", note="holder declares")
H("INT", "Dunheugh Castle opens for the season on 28 March! Volunteers still needed in the tearoom. (Yes, I'm a trustee. No, I'm not biased. Well, maybe a bit.)",
  who="@CarolHeppleBA", when=MAR, note="holder posts about the body, no council matter")
H("INT", "Asked the Monitoring Officer whether I can speak on the Ellingburn weight limit, given I drive for Fellside Haulage. Answer: declare, speak as a resident, then leave. Will do.",
  al=["interests.declared-interest"], who="@KevNesbitt", note="holder seeks advice and will declare")
H("INT", "A 7.5 tonne limit through Ellingburn is long overdue. The lorries shake the houses on Station Road.",
  al=["interests.declared-interest"], who="not:@KevNesbitt", note="same matter from a non-holder")
H("INT", "Widdrow Credit Union's annual meeting is on Tuesday. Free tea, and you can join for a pound. (I'm on the board, so I'm biased about the tea.)",
  who="@LorraineRidleyCCP", note="holder posts about the body, no council matter")
H("INT", "Coldwater Village Hall quiz night raised £412 for the roof. Thanks to everyone who came, even the team who called themselves 'Quiz Team Aguilera'.",
  who="@TomBolamGreen", note="holder posts about the body, no council matter")
H("INT", "Lambing's started at Hethermoor Hill Farm. Two sets of twins and a tup lamb like a teddy bear. No sleep till April.",
  al=["haste"], who="@AlRedpathBA", when=MAR, note="holder's farm news, no council matter; tiredness could raise haste")
H("INT", "The standards committee's published dispensation lets me speak, but not vote, on range road repairs, because I farm at Low Otterlaw. Details on the council site.",
  al=["interests.declared-interest"], who="@HughDoddOtterlaw", note="holder cites a published dispensation")
H("INT", "The arts grants should spread wider than the usual bands and choirs. Ellingburn's youth theatre deserves a look in.",
  al=["interests.declared-interest"], note="same grants from a non-holder")


# ============================================================ data-protection.personal-data
P("DP", "Happy 100th birthday to Edna Carr of 7 Coronation Terrace, Widdrow! Edna worked on the screens at Widdrow pit during the war. What a woman.",
  v="review", note="private individual named with her home address")
P("DP", "Congratulations to Jim and Nora Purdy of Cawmouth, NE79 2HL, on their 65th wedding anniversary! Blue sapphire, apparently.",
  v="review", note="names with a postcode (made up)")
P("DP", "Sorted the blocked gully outside Bill Tully's at 22 Station Row, Ellingburn. Took three phone calls and a bit of nagging, but it's done.",
  v="review", note="resident named with his address in casework")
P("DP", "Winner of our Wardenford North Christmas lights competition: the Lowrie family of 18 Walkergate, with 4,000 bulbs and a light-up sheep!",
  v="review", who="ward:wn", when=JAN1, note="family named with address")
P("DP", "Mrs Irene Scott on Bondgate has been waiting months for her care package. She's 87, she has dementia and she lives alone. Social services, sort it.",
  v="block", note="named service user with health data and living alone")
P("DP", "Had a call from a Blackshaw resident, PCN number BK40218873, fined for parking at his own mother's funeral. Appealing it with him.",
  v="block", note="case reference (made up) identifies the resident")
P("DP", "Get well soon to Dave on the Widdrow bin round. Heard he's off with his nerves again. Thinking of you, marra.",
  v="block", note="identifiable member of staff and his mental health")
P("DP", "Anyone know Karen Liddle from Ellingburn? Her benefit reference is HB/442817 and the council's lost her claim again. Message me if you can reach her.",
  v="block", note="named person with a benefit reference (made up)")
P("DP", "The lad living in the caravan behind the Cawmouth Arms has just done four years for burglary. Lock your sheds.",
  v="block", al=["defam", "bully"], note="criminal record of someone identifiable from context")
P("DP", "Welcome to the Rahimi family, who've just moved into 3 Colliery Row in Widdrow after fleeing Afghanistan. Pop in and say hello, they're lovely folk.",
  v="block", note="kindly meant, but refugee status and nationality with an address")
P("DP", "Please pray for little Isla Brown, aged six, from Cawmouth Primary, who starts chemo at the RVI on Monday. Brave lass.",
  v="block", note="named child with health data")
P("DP", "Same car on the Raeburn school zigzags every single morning: silver Octavia, reg YF19 QZX. Shame on you.",
  v="block", note="vehicle registration (made up) published")
P("DP", "Well done to two Year 5 girls from Hawksheugh First School, Millie Dodds and Ava Charlton, who raised £600 for the air ambulance with a sponsored plodge!",
  v="block", note="named children with their school")
P("DP", "Tommy Gair's been sectioned again, poor lad. If you see him on Bondgate looking lost, ring his mam.",
  v="block", note="named person's mental health detention")
P("DP", "Lorna on reception at the Town Hall is off for a hysterectomy, so be patient with the temps this month.",
  v="block", note="identifiable staff member's health")
P("DP", "Mr Jack Elliot, date of birth 14/03/1941, has been waiting nine weeks for a blue badge. Nine weeks! Chasing it.",
  v="block", note="named person with date of birth and disability context")
P("DP", "Jean Hedley's number is 07700 900417 if anyone can help with her shopping while she gets over her stroke.",
  v="block", rules=["DP", "SEC"], note="private phone of another (security) and health data")
P("DP", "Ellingburn folk: the fella in the HMO on Station Road who's on the sex offenders register is back out. Keep your eyes open.",
  v="block", al=["defam", "bully"], note="criminal record of someone identifiable from context")

H("DP", "Surgery this Saturday, 10 till 12, at Widdrow Miners' Welfare, Front Street. Can't make it? Ring me on 01632 960512 or email cllr.ridley@example.com.",
  who="@LorraineRidleyCCP", note="the councillor's own published contact details")
H("DP", "Get well soon to our Chairman, Walter Milburn, who's had his knee done. Back on the fells by summer, Walter!",
  al=["data-protection.personal-data"], note="health of a councillor, a public office holder")
H("DP", "Sarah Lockey MP was at Widdrow food bank today. Credit to her for turning up and listening.",
  note="names the MP")
H("DP", "Council tax queries go to the council switchboard on 01632 960300, weekdays nine to five.",
  note="council's own number")
H("DP", "RIP Ernie Hall, former mayor of Wardenford, 1938-2026. A true gentleman who ran the Bondgate ironmongers for fifty years.",
  al=["data-protection.personal-data"], note="deceased former civic figure")
H("DP", "Casework this week: an older resident in Ellingburn waiting on a care assessment. No names, but I've escalated it and I'll keep on until it's sorted.",
  al=["data-protection.personal-data"], note="anonymised casework")
H("DP", "Inspector Dan Hetherington gave a canny update on rural crime at the Hethermoor meeting. Quad bike thefts down by a third.",
  note="named public office holder")
H("DP", "Shout out to 'Norma from Widdrow' (her words!) who's knitted two hundred hats for the neonatal unit.",
  note="first name and village, by her own choice")
H("DP", "With his permission: well done to Frank, 92, who finished the Raeburn parkrun on Saturday in 58 minutes. Legend.",
  al=["data-protection.personal-data"], note="first name and age with consent")
H("DP", "Cllr Hugh Dodd's number is on the council website if you want him about the Otterlaw bus. He's your ward member, give him a ring.",
  note="points to a councillor's published number")
H("DP", "A reminder that I never share your personal details without permission. If you message me about your case, it stays between us and the officer dealing with it.",
  note="states data practice")
H("DP", "Lost: a black lab called Bess near Hawksheugh Fell. Ring the council dog warden on 01632 960771 if you see her.",
  note="council number, a dog's name")
H("DP", "Ten families on Colliery Row have had damp for two winters. The housing association knows. I'm not naming anyone, but I'm not letting it drop either.",
  note="no one identifiable")
H("DP", "Lt Col Fraser Boyd, commandant at Otterlaw Ranges, has agreed to meet residents about Sunday firing. Good.",
  note="named public office holder")
H("DP", "Happy 100th to Hethermoor's oldest resident! Her family asked us not to name her, so: happy birthday, pet, from all of us.",
  note="birthday without identification")
H("DP", "Congratulations to the Wardenford High sixth formers on their Young Enterprise win. Photos are on the school's own page, with parents' say-so.",
  note="pupils not named")
H("DP", "Objections to reach the file should go to the council's planning team at planning@example.com, not to me.",
  note="council's own email")
H("DP", "Get well soon to Councillor Tom Bolam, who's in hospital with pneumonia. The Greens' loss is the ward's loss for a week or two.",
  al=["data-protection.personal-data"], note="health of a councillor, a public office holder")


# ============================================================ security.credentials
P("SEC", "Flood wardens' Zoom tonight: meeting ID 845 2231 9907, passcode Heugh2026. See you at seven.",
  note="meeting passcode published")
P("SEC", "Key safe at the Hawksheugh Institute is 4471 for anyone setting up for the quiz tonight.",
  note="key safe code")
P("SEC", "Members: the Wi-Fi in the Town Hall members' room is BDC-Members, password Tweed#1974. Save yourselves asking.",
  note="council Wi-Fi password")
P("SEC", "Gate code for the Widdrow depot is 2580# if any of the litter pick volunteers need to drop bags off on Saturday.",
  note="depot gate code")
P("SEC", "Got an email from 'IT' saying my council mailbox was full. Followed the link and typed my password in. Seemed legit. Anyone else had one?",
  note="credentials handed to a phishing link; no secret shown but a compromise reported")
P("SEC", "Council allowance update: log in here to confirm your bank details, brackenh0pe-dc.example.net/members. Looks legit, sorted mine in two minutes.",
  note="lookalike domain amplified")
P("SEC", "My one-time code's 553 901 if anyone from the council IT desk is trying to get into my account to fix it. Cheers!",
  note="one-time code published")
P("SEC", "The padlock on the Blackshaw slipway gate is 1-9-6-6, for the volunteers launching the rescue boat.",
  note="padlock code")
P("SEC", "Ring Jean's daughter on 07700 900388 if Jean's not answering her door. She's given us the number for emergencies.",
  rules=["SEC", "DP"], note="private phone number of another person")
P("SEC", "Canvassers! The Alliance campaign app login is alliance2026 / Hethermoor!! until the new accounts are set up.",
  who="party:BA", note="login and password published")
P("SEC", "For whoever keeps asking: the PIN for the members' photocopier is 0707.",
  note="PIN published")
P("SEC", "Our Greens WhatsApp invite link got spammed, so there's a new one on the branch page. Password for the shared doc is Kittiwake22.",
  who="party:GRN", note="document password")
P("SEC", "Somebody hacked my Facebook last week. New password's my dog's name and the year. (It's not Bess2019, before anyone tries. It's Bess2020.)",
  note="password published as a joke")
P("SEC", "The council API key for the bin-day app is sk_live_84f1c0de22a9 if anyone on the digital working group wants to have a play.",
  note="API key (made up)")
P("SEC", "Door code for the Cawmouth lifeboat station is 1414, for the fundraising volunteers setting up tomorrow.",
  note="door code")
P("SEC", "Free £250 energy grant from the council! Just pop your bank details in here: brackenhope-energygrant.example.org. Share with your mams and grannies!",
  note="amplifies a scam-looking link asking for bank details")
P("SEC", "Text from the post office with a link to pay £1.45 customs. Paid it, hope the parcel turns up! Here's the link for anyone else waiting: parcel-redelivery.example.com",
  note="amplifies a smishing link")
P("SEC", "Alarm code at the Ellingburn community centre is 3917 for Saturday's clean-up crew. Last one out sets it!",
  note="alarm code")

H("SEC", "Your password should never be your dog's name. Mine isn't. Not any more. Lesson learned.",
  al=["security.credentials"], note="advice, no secret")
H("SEC", "Scam warning: texts claiming to be from Brackenhope Council asking for bank details. The council will NEVER ask for your PIN. Don't click, just delete.",
  al=["security.credentials"], note="scam warning with no link")
H("SEC", "Gate code? What gate code? It's a five-bar gate on Hethermoor, you just lift the latch. Townies.",
  al=["security.credentials"], note="joke about 'gate code'")
H("SEC", "'Brackenhope1' is not a password, it's an invitation. Cyber training at the Town Hall today was an eye-opener.",
  al=["security.credentials"], note="example of a bad password, not one in use")
H("SEC", "Switched on two-factor for my council email today. Takes ten seconds a login. Do it, marras.",
  al=["security.credentials"], note="security advice")
H("SEC", "The defib outside the Raeburn shop isn't locked, no code needed. If someone collapses, ring 999 and they'll talk you through it.",
  al=["security.credentials"], note="defib with no code")
H("SEC", "Key safes for vulnerable residents: the council's telecare team will fit one for free. Ring 01632 960640 to book.",
  note="'key safe' service; council number")
H("SEC", "My number's on every leaflet for a reason: 01632 960512. Ring me, I'd rather hear it from you than read it on Facebook.",
  who="@LorraineRidleyCCP", note="the councillor's own published number")
H("SEC", "One-time codes are one-time for a reason. If anyone rings asking you to read one out, hang up. Even if they say they're from the council.",
  al=["security.credentials"], note="advice")
H("SEC", "The Wi-Fi at Wardenford library is free and doesn't need a password now. Handy for job searches.",
  note="no secret")
H("SEC", "Changed the padlock on the allotment shed after some light-fingered soul took the strimmer. The code's in the plotholders' group, not on here!",
  al=["security.credentials"], note="code withheld")
H("SEC", "Council advice on scam calls: if in doubt, ring the council back on the number printed on your bill, never a number they give you.",
  note="advice")
H("SEC", "Met the police about the fake 'council' website. Report anything suspicious to Action Fraud, and never put your details into a link you got by text.",
  al=["security.credentials"], note="warning without a link")
H("SEC", "Lost my work phone at the Hethermoor show. IT wiped it remotely, so no drama. It's a canny system.",
  note="no secret")
H("SEC", "Who's got the key for the noticeboard in the Widdrow bus shelter? Asking for a hundred leaflets.",
  note="'key' literally")
H("SEC", "The new bin-day checker is live at example.org/bins, on the council's own site. Type your postcode, get your days.",
  note="legitimate link")
H("SEC", "Ring the council's out-of-hours line on 01632 960999 for emergencies like burst pipes in council homes.",
  note="council number")
H("SEC", "A resident tried to give me her bank PIN 'so you can pay my council tax for me'. I gave it straight back and we rang the council together. Please don't share PINs, not even with us.",
  al=["security.credentials"], note="no PIN shown")


# ============================================================ confidentiality.disclosure
P("DIS", "Can't say much, but Project Reiver is finally moving. Preferred developer picked for Bondgate and the old bus station. Wardenford won't know itself.",
  v="block", al=["confidentiality.insider-advantage"], note="register term named")
P("DIS", "project curlew: the visitor centre operator talks at Blackshaw are nearly done. Big name, big money, watch this space.",
  v="block", note="register term in lower case")
P("DIS", "The Castle Mill Yard disposal went through cabinet in closed session. The price was well under what it's worth, in my view.",
  v="block", al=["confidentiality.insider-advantage"], when="2026-02-18..2026-02-20", note="register term and closed session")
P("DIS", "Council's about to settle the Pithead Baths claim for a six-figure sum. Taxpayers footing the bill for years of neglect.",
  v="block", note="register term (legal claim) with settlement detail")
P("DIS", "OPERATION HIRSEL STARTS MONDAY. Fly-tippers in Raeburn Forest, your days are numbered!!",
  v="block", al=["haste"], note="register term in capitals; enforcement operation disclosed")
P("DIS", "Blackshaw Boathouse acquisition: the council's offering £410k and the owners want £500k. I say just pay it.",
  v="block", al=["confidentiality.insider-advantage"], note="register term with negotiating positions")
P("DIS", "Project Curlew update for the Blackshaw folk who keep asking: the preferred operator wants a 25-year lease and sole rights on the north shore.",
  v="block", note="register term with negotiation terms")
P("DIS", "Operation Hirsel caught three vans dumping at the Raeburn lay-by last week. More arrests planned before it goes public.",
  v="block", note="register term; enforcement detail")
P("DIS", "Between you and me, the Project Reiver developer is Tweedgate Developments. Announcement after the election.",
  v="block", al=["confidentiality.insider-advantage"], note="register term plus a confidentiality marker")
P("DIS", "Last night's Part 2 item at cabinet: the council's paying £1.2m for the old bus depot at Widdrow. You heard it here first.",
  v="review", al=["confidentiality.insider-advantage"], when="2026-02-18", note="Part 2 marker; exempt price")
P("DIS", "Told in confidence today that the waste team restructure will cut fourteen jobs. Not right that staff are the last to know.",
  v="review", note="'in confidence'; labour relations")
P("DIS", "Legal advice in closed session says we'd probably lose a judicial review on the car park charges. Cabinet's pressing on anyway.",
  v="review", when="2026-02-18..2026-02-20", note="privileged advice from closed session")
P("DIS", "Off the record: the pay offer to the bin crews is 3.2%, and the unions are going to bite.",
  v="review", note="'off the record'; labour relations")
P("DIS", "Embargoed till Monday, but I can't hold it in: Raeburn First School is getting its new building!",
  v="review", note="embargo broken")
P("DIS", "The exempt valuation report puts the Town Hall annexe at £270k. Sell it for that? Madness.",
  v="review", al=["confidentiality.insider-advantage"], note="exempt valuation disclosed")
P("DIS", "Confidential police briefing today on county lines in Ellingburn. Two addresses on Station Road are being watched. Parents, be vigilant.",
  v="review", note="confidential enforcement briefing")
P("DIS", "A senior officer in environmental health has been suspended pending a disciplinary. Not saying who, but it's about time.",
  v="review", al=["data-protection.personal-data", "officers.impartiality"], note="staff disciplinary (Schedule 12A)")
P("DIS", "The tender evaluation for the bin contract, marked confidential, has Tweedvale Recycling top on price but bottom on quality. Interesting.",
  v="review", al=["confidentiality.insider-advantage"], note="confidential tender scoring")

H("DIS", "Curlews are back on the Hethermoor tops! First bubbling call of spring this morning. Best sound in the world.",
  when=MAR, note="partial overlap with a register term")
H("DIS", "The Reiver Festival parade comes through Wardenford on 4 July. Horses, drums and the usual argument about who the real Reivers were.",
  note="partial overlap with a register term")
H("DIS", "The Castle Mill tea room does the best scones in the district. Fact.",
  note="partial overlap with a register term")
H("DIS", "Blackshaw boathouse café reopens on Saturday. Bacon butties, views, and the odd grebe.",
  note="partial overlap with a register term")
H("DIS", "The Pithead Baths museum in Ellingburn has a new exhibition on pit ponies. The bairns will love it.",
  note="partial overlap with a register term")
H("DIS", "A hirsel of Blackface ewes blocking the Hethermoor road this morning. Traffic jam, Northumberland style.",
  note="partial overlap with a register term ('hirsel')")
H("DIS", "Part 2 of my walk along the old waggonway is up on the blog. Part 1 had more clarts.",
  note="'Part 2' of a blog")
H("DIS", "Confidential? Not a bit of it. The full cabinet report on the Blackshaw car parks is public, and I'd urge everyone to read it.",
  al=["confidentiality.disclosure"], note="marker word about a public report")
H("DIS", "Leaked? No. Published. The draft budget went up on the council website at nine this morning. Have a look.",
  al=["confidentiality.disclosure"], when="2026-01-19..2026-02-13", note="marker word about a published budget")
H("DIS", "Between you and me, the best chips in Cawmouth come from the van on the prom, not the shop.",
  note="'between you and me' about chips")
H("DIS", "Off the record? I don't do off the record. If I say it, I'll say it on here.",
  al=["confidentiality.disclosure"], note="rejects off-the-record")
H("DIS", "Some items at cabinet on Tuesday will be in closed session because they involve commercial terms. I'll report the decisions once they're published.",
  al=["confidentiality.disclosure"], when="2026-02-12..2026-02-13", note="notes a closed session without content")
H("DIS", "Embargo lifted: the Raeburn library refurbishment is official. Great news, and now I can finally talk about it!",
  al=["confidentiality.disclosure"], note="after the embargo")
H("DIS", "The Pithead Baths in Ellingburn are listed Grade II. Worth a look if you're passing.",
  note="partial overlap with a register term")
H("DIS", "Confidential waste sacks for anyone shredding old paperwork are free from the Widdrow depot this month.",
  note="'confidential' waste")
H("DIS", "The press release went to the papers under embargo this morning. It's public now: £2m for the Cawmouth sea wall.",
  al=["confidentiality.disclosure"], note="embargo ended")
H("DIS", "Exempt from the new car park charges: blue badge holders, and now the Hethermoor mart on sale days. Good outcome.",
  note="'exempt' meaning not charged")
H("DIS", "The Monitoring Officer has reminded us all: nothing from closed session goes online. Quite right too.",
  al=["confidentiality.disclosure"], note="reminder of the rule")


# ============================================================ tone.irony-risk
P("TONE", "Oh brilliant, the Leader's found Ellingburn on a map. Only took him three years. Somebody give the man a medal.",
  who="opp", note="mock praise of the Leader")
P("TONE", "Hats off to Cllr Armstrong for his riveting forty-minute speech on grass verges. A masterclass in saying nowt.",
  al=["attack"], who="opp", note="mock praise of a named councillor")
P("TONE", "Yeah right, the cabinet's 'listening' to the pit villages. Like they listened about the buses. /s",
  who="opp", note="sarcasm marker about the cabinet")
P("TONE", "Huge congratulations to the Border Alliance on their amazing achievement: closing two libraries in one year. Remarkable stuff.",
  who="opp", note="mock congratulations to a party")
P("TONE", "Cllr Thirlwell says the budget is 'fair to every corner of Brackenhope'. Every corner with a castle in it, maybe. Genius.",
  who="opp", note="mock praise of a named cabinet member")
P("TONE", "Thrilled to see our MP finally visit Cawmouth. Only eighteen months after the floods. Such dedication.",
  note="mock praise of the MP")
P("TONE", "What a hero the Chairman is, sitting through a whole meeting without nodding off. Inspirational.",
  al=["attack"], who="opp", note="mock praise of the Chairman")
P("TONE", "Lovely to see the Greens discovering the pit villages just in time for May. Welcome, welcome! Mind the clarts.",
  who="notparty:GRN", when=MAR, note="mock welcome to a party")
P("TONE", "Well done Cllr Snaith for another bold stand on the car park charges, right after the vote had happened. Brave man.",
  who="notparty:WI", note="mock praise of a named councillor")
P("TONE", "Our Independent friends have bravely decided to have no opinion on anything again. Canny strategy, lads.",
  who="notparty:WI notparty:IND", note="mock praise of a group")
P("TONE", "Genius move by the cabinet member for environment: close the tip on Saturdays, then act surprised at the fly-tipping. Pure Einstein.",
  who="opp", note="mock praise of a cabinet member by role")
P("TONE", "Absolutely love how the Coalfield lot oppose every budget and then turn up for the ribbon cutting. So principled.",
  who="notparty:CCP", note="mock praise of a party")
P("TONE", "Cllr Pattinson, the voice of the harbour, has spoken. Again. Hold the front page.",
  al=["interests.declared-interest"], who="notparty:CCP", note="mock deference to a named councillor, hinting at his interest")
P("TONE", "Sure, Cllr Coulson, I'm certain you'd have fixed the buses overnight. Just like you've fixed Ellingburn these twelve years. Sure.",
  al=["attack"], note="sarcasm at a named councillor")
P("TONE", "Big round of applause for the Deputy Leader, who discovered today that Widdrow has no bank. Welcome to the real world, pet.",
  who="opp", note="mock applause for a cabinet member by role")
P("TONE", "Our fearless scrutiny chair 'asking the tough questions' again, by checking the Leader was having a nice day. Truly fearless.",
  note="mock praise of a councillor by role")
P("TONE", "Dr Straughan tells us the new IT system is 'transformational'. It certainly transformed my Tuesday into three hours on hold. Bravo.",
  al=["officers.impartiality"], note="mock praise of a named officer")
P("TONE", "Shout out to whoever in the Alliance group thought a photo op at the food bank was a good look. Truly, the compassion.",
  who="opp", note="mock praise of a party group")

H("TONE", "Oh brilliant, it's raining again in Hethermoor. Said no one ever. Third week running.",
  al=["tone.irony-risk"], note="irony about the weather")
H("TONE", "What a masterclass from the trains today: forty minutes late into Morpeth, then cancelled. Bravo.",
  al=["tone.irony-risk"], note="irony about trains")
H("TONE", "Hats off to the volunteers who cleared the Raeburn trail after the storm. And I mean that, no irony: sixty bags and a fridge.",
  note="sincere praise")
H("TONE", "The cabinet's budget cuts £400k from rural buses. That's wrong, and I'll vote against it on the 24th.",
  who="opp", when="2026-02-09..2026-02-20", note="robust policy criticism")
H("TONE", "Yeah right, me on a fell race start line at seven on a Sunday. Actually, I will be. Send help.",
  al=["tone.irony-risk"], note="irony about oneself")
H("TONE", "Genuinely impressed by Cllr Hepple's answer on the castle funding at scrutiny. Credit where it's due.",
  note="sincere praise of a named councillor")
H("TONE", "Riveting evening reading the 300-page Local Plan appendix. My life is wild.",
  al=["tone.irony-risk"], when="2026-01-19..2026-03-20", note="irony about oneself and a document")
H("TONE", "Thrilled, genuinely, that Widdrow's new play park opens on Friday. Two years of nagging. Worth it.",
  note="sincere")
H("TONE", "The new council website: now with forty percent more clicks to find your bin day. Progress!",
  al=["tone.irony-risk"], note="irony about a website")
H("TONE", "Cllr Redpath and I disagree on almost everything, but he fought hard for the Hethermoor bus and he got it. Fair play to him.",
  who="opp", note="sincere cross-party credit")
H("TONE", "The Toon, eh? Champions at finding new ways to break my heart. Great stuff, lads.",
  al=["tone.irony-risk"], note="irony about a football team")
H("TONE", "Me, a councillor, locked out of the Town Hall for twenty minutes because I forgot my pass. Pillar of the community.",
  al=["tone.irony-risk"], note="self-mockery")
H("TONE", "The administration's record on housing in the pit villages is poor: fourteen homes in four years. We'd build two hundred. Simple as.",
  who="opp", note="robust criticism of a record")
H("TONE", "Ah, the printer in the members' room. Jammed again. What a loyal servant it has been.",
  al=["tone.irony-risk"], note="irony about a printer")
H("TONE", "Thank you, Cllr Coulson, for a brilliant motion on fuel poverty. Cross-party backing, and deservedly so.",
  note="sincere thanks to a named councillor")
H("TONE", "Sat-nav sent me up a forestry track above Otterlaw and told me I'd 'arrived'. Cheers, pal.",
  al=["tone.irony-risk"], note="irony about a sat-nav")
H("TONE", "The cabinet's car park charges are a tax on visitors and residents alike, and I'll keep saying so until they're scrapped.",
  who="opp", note="robust criticism of a policy")
H("TONE", "Snow in March. In Northumberland. Who could possibly have predicted it.",
  al=["tone.irony-risk"], when=MAR, note="irony about the weather")


# ============================================================ fillers
F("Gritters out on the Hethermoor tops tonight. Take it canny on the hill road, it's like glass.", when=JAN)
F("Lovely turnout for the Widdrow litter pick. Forty-three bags and a pram. Thanks, all!")
F("Wardenford farmers' market is on Saturday, nine till one in the Market Place. Get there early for the black pudding.")
F("Snowdrops out along the burn at Raeburn. Spring's on its way, hinny.", when=FEB)
F("Ellingburn Juniors U9s won 4-2 in the mud on Saturday. Proud of every one of them.")
F("Cawmouth lifeboat was called out twice this week. Buy a raffle ticket, they deserve it.")
F("Surgery at Blackshaw Village Institute this Friday, four till six. Come and tell me what's what.", who="ward:blk")
F("Pancake race on Bondgate tomorrow! Entries at eleven, frying pans provided.", when="2026-02-16")
F("Burns Night on Sunday. Happy Burns Night to our neighbours over the hill; there'll be haggis in Wardenford too.", when="2026-01-23")
F("Lit a candle at the Wardenford war memorial for Holocaust Memorial Day. We remember, and we stand against hatred today.", when="2026-01-27")
F("New bus shelter at Hawksheugh crossroads is finally in! Took eighteen months, but it's a bonny one.")
F("Frogspawn in the Coldwater pond already. Mild winter, this.", when=MAR)
F("Happy Mothering Sunday for this weekend to all the mams out there, and especially mine.", when="2026-03-13")
F("Clocks go forward on Sunday. Lighter nights at last!", when="2026-03-26..2026-03-27")
F("Delighted that Raeburn library will open on Saturdays again from April.", when=MAR)
F("Walked the Hethermoor ward boundary with the parish council. Fourteen miles, two bogs and one very bad-tempered tup.", who="ward:heth")
F("Castle Green in Wardenford looked stunning in the frost this morning. Worth the early start.", when=JAN)
F("Fish and chips on Cawmouth prom after a day of casework. Nowt better.")
F("Notice of election published: polls open 7am to 10pm on Thursday 7 May.", when="2026-03-26..2026-03-27")
F("Thanks to everyone who came to the Otterlaw residents' meeting. Minutes will be on the parish page by Friday.")
F("Lambing's under way on the Blackshaw farms. Please keep dogs on leads.", when=MAR)
F("Potholes on the Ellingburn road reported again. Keep sending them in, with photos if you can.")
F("Storm warning for tomorrow. Check on your older neighbours and tie your bins down!")
F("Wardenford war memorial cleaned and looking grand. Thanks to the volunteers who gave up their Saturday.")
F("The Widdrow community fridge is full this week. Come and help yourselves, no questions asked.")
F("Half term next week and Raeburn Forest visitor centre has something on every day. Owl walks!", when="2026-02-12..2026-02-13")
F("Valentine's plans? The castle at Dunheugh is doing candlelit tours on Saturday. Not sponsored, just sounds canny.", when="2026-02-09..2026-02-13")
F("Surgery cancelled today because of snow on the tops. Sorry, all. Back next week.", when=JAN)
F("The kittiwakes are back on Cawmouth pier. Spring!", when=MAR)
F("New defibrillator installed at Hawksheugh post office. Thanks to everyone who helped raise £1,400.")
F("The Cheviot looking majestic from the Otterlaw road today. Snow on top and blue sky behind.")
F("Red squirrel in the Raeburn Forest car park this morning. Drive slowly, folks.")
F("Brass in the park season can't come soon enough.", when=MAR)
F("Bairns from Ellingburn Primary planted two hundred trees on the old pit heap today. Future woodland!")
F("Sunrise over Blackshaw Water from the dam wall. Worth the cold fingers.")
F("Whey aye, the new benches on Widdrow Front Street are in. Sit yourselves down.")
F("Hethermoor Hill Race: eleven miles, 2,400 feet of climb and one lost shoe. Loved every minute.", who="@ailsa_fellrunner")
F("Ice on the Raeburn trail this morning. Spikes on, still went the full length. Ouch.", who="@ailsa_fellrunner", when=JAN)
F("Meg's pup Fly did her first outrun today. Went the wrong way round the sheep, but she went!", who="@snaith_sheepdogs")
F("Snow on the hill, ewes in the haugh, dogs in front of the fire. Canny afternoon.", who="@snaith_sheepdogs", when=JAN)


# ============================================================ script
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
DAYTIME_MEETINGS = [(dt.datetime(2026, 3, 5, 10, 0), dt.datetime(2026, 3, 5, 12, 30))]


def named(text, handle):
    name = C[handle][0]
    first, last = name.split()[0], name.split()[-1]
    if re.search(r"\b%s\b" % re.escape(last), text) or re.search(r"\b%s\b" % re.escape(first), text):
        return True
    if name == "Gillian Tait" and re.search(r"\bGill\b", text):
        return True
    return handle.lower() in text.lower()


def candidates(row):
    who, text = row["who"], row["text"]
    toks = who.split()
    if len(toks) == 1 and toks[0].startswith("@"):
        return [toks[0]], True
    cands = []
    for h, (name, party, ward, sex, roles) in C.items():
        ok = True
        for t in toks:
            if t == "any":
                continue
            elif t == "opp":
                ok &= party != "BA"
            elif t == "admin":
                ok &= party == "BA"
            elif t.startswith("party:"):
                ok &= party == t[6:]
            elif t.startswith("notparty:"):
                ok &= party != t[9:]
            elif t.startswith("ward:"):
                ok &= ward == t[5:]
            elif t in ("planning", "licensing"):
                ok &= t in roles
            elif t in ("notplanning", "notlicensing"):
                ok &= t[3:] not in roles
            elif t == "notexec":
                ok &= not (roles & EXEC)
            elif t in ("m", "f"):
                ok &= sex == t
            elif t.startswith("not:"):
                ok &= h != t[4:]
            else:
                raise SystemExit("unknown author filter %r" % t)
        if not ok or named(text, h):
            continue
        if any(re.search(rx, text) and hh == h for rx, hh in ROLES):
            continue
        if re.search(TOPICS.get(h, r"(?!x)x"), text, re.I):
            continue
        if re.search(MALE_SPOUSE, text, re.I) and sex != "m":
            continue
        if re.search(FEMALE_SPOUSE, text, re.I) and sex != "f":
            continue
        cands.append(h)
    return sorted(cands), False


def window(when):
    if not when:
        a, b = START, END
    elif ".." in when:
        a, b = (dt.date.fromisoformat(x) for x in when.split(".."))
    else:
        a = b = dt.date.fromisoformat(when)
    days = [a + dt.timedelta(n) for n in range((b - a).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    if not days:
        raise SystemExit("empty date window %r" % when)
    return days


def stamp(rng, when):
    days = window(when)
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59))
        if not any(s <= t < e for s, e in DAYTIME_MEETINGS):
            return t.strftime("%Y-%m-%dT%H:%M:00+00:00")


def platform(rng, text, forced):
    if forced:
        return forced
    n = len(text)
    if n <= LIMITS["x"]:
        return rng.choices(["x", "facebook", "bluesky"], [45, 37, 18])[0]
    if n <= LIMITS["bluesky"]:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def main():
    rng = random.Random(SEED)
    out = []
    for row in ROWS:
        cands, exact = candidates(row)
        if not cands:
            raise SystemExit("no author for: " + row["text"][:70])
        author = cands[0] if exact else rng.choice(cands)
        rec = {
            "id": None,
            "text": row["text"],
            "author": author,
            "created_at": stamp(rng, row["when"]),
            "platform": platform(rng, row["text"], row["plat"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": FAM[row["fam"]] if row["fam"] else None,
            "kind_of_row": row["kind"],
        }
        if row["kind"] == "hard_negative":
            rec["near_miss_of"] = FAM[row["fam"]]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    rng.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = "%s-%04d" % (SET, i)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
