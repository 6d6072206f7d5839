#!/usr/bin/env python3
"""Build blind evaluation set b94 (Wychmere District Council, fictional mid Cheshire).

Every row below was written by hand for this set. The script shuffles the rows with a fixed
seed, gives ids B94-NNNN, picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again gives the same file.  Usage: python build.py
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 9494
HERE = Path(__file__).resolve().parent
SEV = {"advice": 1, "review": 2, "block": 3}
ROWS = []


def _max(sevs):
    return max(sevs, key=lambda s: SEV[s])


def P(rule, sev, text, by=None, notby=(), also=(), allow=(), interest=None, when=None, note=None):
    """A positive: expects `rule` at `sev` (plus any (rule, sev) pairs in `also`)."""
    rules = [rule] + [r for r, _ in also]
    ROWS.append(dict(text=text, rules=rules, allowed=list(allow), verdict=_max([sev] + [s for _, s in also]),
                     family=rule, kind_of_row="positive", by=by, notby=list(notby), interest=interest,
                     when=when, note=note or f"positive: {rule} ({_max([sev] + [s for _, s in also])})"))


def H(rule, text, by=None, notby=(), allow=(), when=None, note=None):
    """A hard negative: near miss of `rule`, expects nothing."""
    ROWS.append(dict(text=text, rules=[], allowed=list(allow), verdict="ok", family=rule,
                     kind_of_row="hard_negative", near_miss_of=rule, by=by, notby=list(notby),
                     when=when, note=note or f"hard negative near {rule}"))


def F(text, by=None, when=None, note=None):
    """A filler: an ordinary post that breaks nothing."""
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok", family="filler", kind_of_row="filler",
                     by=by, notby=[], when=when, note=note or "filler: ordinary ward post"))


# ---------------------------------------------------------------------------------------------
# officers.impartiality (review)
R = "officers.impartiality"
P(R, "review", "Funny how every time Saltway Homes want summat, Ravi Tandon's report comes out saying 'acceptable in principle'. Not saying owt. Just saying. 🤔",
  allow=["defamation.allegation"], note="innuendo that a named planning officer favours a developer")
P(R, "review", "I've told Alison Kettle straight: that officer report on the Kettle Lane pitches gets rewritten before it comes to committee, or I'll be asking why at full council.",
  note="pressing the Head of Planning to change a report")
P(R, "review", "Our Head of Planning has clearly never set foot in Rushmoss. Whoever wrote the highways bit of that report wants to get out from behind their desk and come and look at the lanes.",
  note="public criticism of officers by role", by=["re"])
P(R, "review", "Licensing team bending over backwards for the brewery again. Shona Birtles needs reminding who she works for: the folk of Lock Street, not the pub chain.",
  by=["sl", "sn"], note="questions the neutrality of the named Licensing Manager")
P(R, "review", "Had words with the enforcement officer. Told him if that caravan's not off the verge by Friday I'll be putting his name on here. Been mithering him for weeks and all I get is 'we're looking into it'.",
  allow=["bullying.intimidation"], note="threat to name an officer publicly to force action")
P(R, "review", "The s151 officer's 'risk assessment' on the leisure centre reads like a Vale Together press release. Keith Mossop might want to remember he's meant to be politically neutral.",
  by=["opp"], note="questions the neutrality of the named finance officer")
P(R, "review", "Asked the Chief Exec three times why the Salterbridge flood report's been sat on. Fiona Latchford seems to think she answers to the Leader, not to council. Dead convenient for them lot.",
  by=["opp"], note="accuses the Chief Executive of partisanship")
P(R, "review", "Officers recommended approval. Officers are wrong. I'll be asking the planning team to go back and find the policies that say no. They're there if they could be bothered looking.",
  allow=["predetermination.closed-mind"], note="pressing officers to change their advice")
P(R, "review", "Whoever in Environmental Services decided to shift the Peckton bin round to 6am wants their head testing. Gareth Platt, sort your department out, lad.",
  allow=["respect.personal-attack"], note="names and belittles an officer")
P(R, "review", "The Monitoring Officer's 'advice' to me last week was political, plain as. Daniel Abara's been in the Leader's pocket since the day he started.",
  by=["opp"], allow=["defamation.allegation", "respect.personal-attack"], note="alleges the Monitoring Officer is partisan")
P(R, "review", "Can someone in planning explain why the case officer on the barn job at Alderwick Green drinks in the same pub as the applicant every Friday? Asking for the whole village.",
  allow=["defamation.allegation"], note="innuendo about an identifiable case officer")
P(R, "review", "Comms team put out a press release today that read like a Vale Together leaflet. Niamh, love, you're supposed to be neutral. 😬",
  by=["opp"], note="questions the Head of Communications' neutrality")
P(R, "review", "Don't know what they teach planning officers these days but the lass who did the Tillington drainage report couldn't read a flood map if you held it up for her.",
  allow=["respect.personal-attack"], note="belittles an identifiable officer")
P(R, "review", "Emailed Helen Yarwood to say our motion goes top of the scrutiny agenda. If Democratic Services won't do it, I'll want to know who's told them not to.",
  by=["opp"], note="pressing an officer and implying political interference")
P(R, "review", "This is the name of the housing officer who told a Salterbridge mum of three there's 'nothing we can do': Janet Lomas. Ring her yourselves and let her explain it to you.",
  allow=["bullying.intimidation"], note="sets the public on a named officer")
P(R, "review", "Word is the planning officers have been told from upstairs to recommend the solar scheme. Funny, that. Officers 'independent'? Aye, course they are.",
  allow=["defamation.allegation", "tone.irony-risk"], note="questions officers' independence")
P(R, "review", "If the officer report on our Local Plan sites hasn't changed after Thursday's briefing, I'll be naming the officers responsible in the chamber. Fair warning.",
  allow=["bullying.intimidation"], note="pressure on officers to change a report")
P(R, "review", "Carl Heapey's been out to that farm four times and done nowt. Either he's frightened of the family or he's pally with them. Which is it, Carl?",
  allow=["defamation.allegation", "respect.personal-attack"], note="public accusation against a named enforcement officer")

H(R, "Massive thanks to Gareth Platt and the bin crews who got round every village in the snow last week. Proper grafters, the lot of them.", allow=[R], when=("2026-01-12", "2026-02-06"),
  note="thanks to a named officer")
H(R, "The officer recommendation on the Peckton Road housing scheme is approval. I've concerns about parts of it and I'll say so at committee, then listen. That's what the process is for.",
  allow=["predetermination.closed-mind"], note="disagreement voiced through the process, open mind", by=["planning"])
H(R, "The planning department's validation backlog is a disgrace, and that's down to cabinet cutting the budget three years running, not the staff.",
  by=["opp"], note="criticism aimed at cabinet, not officers")
H(R, "Welcome to Fiona Latchford, our new Chief Executive, who started on Monday. Showed her the Salterbridge flashes this morning. She's made up with the view.", allow=[R],
  when=("2026-01-06", "2026-01-09"), note="welcoming a named officer")
H(R, "Cabinet's report on the leisure centre contract is thin on costs. I'll be putting questions to the portfolio holder, who is the one accountable for it.",
  by=["opp"], note="holds the politician, not officers, to account")
H(R, "Useful meeting with the licensing manager about noise complaints on Lock Street. She explained what the team can and can't do. Fair play to her.", allow=[R],
  note="neutral mention of an officer", by=["salter"])
H(R, "Asked officers for a briefing on the Blackbrook restoration plan so I understand it before it reaches committee. Open mind, lots of questions.",
  allow=["predetermination.closed-mind"], note="asks officers for information", by=["planning"])
H(R, "The Leader's decision to close Salterbridge tip on Sundays is daft. Officers warned cabinet it'd mean more fly-tipping, and cabinet ploughed on anyway.",
  by=["opp"], note="robust criticism of a political decision; reports officer advice accurately")
H(R, "Our planning officers are short-staffed and doing their best. If you want to moan about delays, moan at me, not at them. I'll chase it.", allow=[R],
  note="defends officers")
H(R, "The Monitoring Officer gave me clear advice on declaring an interest and I followed it. That's what he's there for.", allow=[R],
  note="neutral mention of the Monitoring Officer")
H(R, "The council's own report says the bus subsidy cut will hit Dunmere hardest. Cabinet went ahead anyway. Shameful policy, and I'll keep saying so.",
  by=["opp"], note="policy criticism")
H(R, "Shout out to Carl in enforcement who got the fly-tipped fridge freezers shifted off Dunmere Lane within a day. Top man.", allow=[R],
  note="thanks a named officer")
H(R, "Scrutiny papers are up online already. Ta to Helen's team in Democratic Services for getting them out early, gives us a proper chance to read them.", allow=[R],
  note="thanks a named officer")
H(R, "Vale Together's budget leaflet is pure spin. Not the council press office, mind. The party's own leaflet. Know the difference.",
  by=["opp"], note="criticises a party, explicitly not officers")
H(R, "The housing team can't magic up homes that don't exist. The problem is twenty years of not building council houses, and that's a political failure.",
  note="defends housing staff, blames policy")
H(R, "Environmental Health came out to Lock Street about the smell from the drains. Professional, thorough, explained everything. Ta.", allow=[R],
  note="praise for officers", by=["salter"])
H(R, "I disagree with the officer advice on HMO licensing fees and I said so in committee, properly. Members decide, officers advise. That's how it works.", allow=[R],
  note="disagreement expressed through the process", by=["planning", "licensing"])
H(R, "Anyone saying our planners are 'bent' on the village Facebook group: stop it. If you've evidence, send it to the police. If not, wind your neck in.", allow=[R],
  note="defends officers against a smear")

# ---------------------------------------------------------------------------------------------
# resources.political-use (review)
R = "resources.political-use"
P(R, "review", "Vale Together leaflets for Castlefields are printed and ready to go. Cheers to the lads in the Civic Centre print room for squeezing them in 👍",
  by=["vt"], allow=["officers.impartiality"], note="party leaflets on the council's print room")
P(R, "review", "Running tonight's Common Ground canvass session from committee room 2 at the Civic Centre. Plenty of parking, brews on. All welcome!",
  by=["cg"], note="council office used for campaigning")
P(R, "review", "Typing this on my council iPad between meetings: if you want change in Salterbridge come May, vote Independent. Simple as.",
  by=["si"], note="campaigning from council equipment")
P(R, "review", "Anyone wanting a Greens window poster for May, email me on my council address and I'll drop one round.",
  by=["green"], note="council email for party campaigning")
P(R, "review", "Party members: the agenda for Thursday's Vale Together group campaign meeting is in your inbox from my council email. Usual room at the Civic Centre.",
  by=["vt"], note="council email and offices for party business")
P(R, "review", "Used the council's mail-merge to send every resident on my casework list our Common Ground newsletter. Saves a fortune on stamps!",
  by=["cg"], allow=["data-protection.personal-data"], note="council systems and casework data for a party newsletter")
P(R, "review", "Big thanks to Niamh in the council comms team for proofreading our election leaflet. Looks dead professional now.",
  allow=["officers.impartiality"], note="council staff time on a party leaflet")
P(R, "review", "Photos from our Vale Together campaign launch in the council chamber yesterday. Great turnout, and the mace looked the part 😂",
  by=["vt"], note="council chamber used for a party launch")
P(R, "review", "Got the council's logo on our Salterbridge Independents survey so folk know it's legit. Fill it in, and tick us in May!",
  by=["si"], note="council logo on party material")
P(R, "review", "Our petition against the bus cuts is going on the council website's consultation pages. I've asked the web team to pop it up. Sign it and share it, Greens for Rushmoss! 🌱",
  by=["green"], note="council website and staff for a party petition")
P(R, "review", "Printed 400 Common Ground flyers on the members' printer this morning. Don't tell finance 🤫",
  by=["cg"], note="council printer for party flyers")
P(R, "review", "My ward officer's been dead helpful lining up doorstep dates for our Vale Together team in Tillington. Proper team effort.",
  by=["vt"], note="council staff time for canvassing")
P(R, "review", "Council van's free on Saturday so we're using it to drop the party's Easter leaflets round Dunmere. Efficient, that.",
  by=["dp"], note="council vehicle for party leaflets")
P(R, "review", "Re-election campaign meetings every Monday in the Chairman's parlour while it's empty. Independents welcome 😉",
  by=["si", "ind"], note="council room used for campaign meetings")
P(R, "review", "Just sent the Greens' spring newsletter from my council email to the whole residents' list. If you want to unsubscribe, just reply.",
  by=["green"], allow=["data-protection.personal-data"], note="council email for a party newsletter")
P(R, "review", "Bit cheeky posting this on the council's Facebook page, I know, but: VOTE COMMON GROUND on 7 May! 🌹",
  by=["cg"], note="party message on the council's page")
P(R, "review", "Our candidate's nomination papers were checked over and photocopied by the lovely staff on the members' desk. Ready for May! #ValeTogether",
  by=["vt"], allow=["officers.impartiality"], note="council staff doing party work")
P(R, "review", "Booked the Salterbridge council hub meeting room on the members' account for our party fundraiser quiz. Pie and peas, a fiver on the door.",
  by=["si", "cg"], note="council room booked on the members' account for a party fundraiser")

H(R, "Out delivering Vale Together leaflets in Castlefields this morning. Bitter wind, nesh fingers, good chats. Paid for by party members, printed by a local firm.",
  by=["vt"], allow=[R], note="campaigning with party resources")
H(R, "Reminder: my council email is for casework only. Anything about the Greens' campaign, use greens.rushmoss@example.com instead.",
  by=["green"], allow=[R], note="keeps council and party email apart")
H(R, "The council's consultation on bin collections opens today. Have your say on the council website, whichever way you vote.",
  note="council consultation, non-party")
H(R, "Common Ground group meeting tonight at the Salt Barge, back room. We pay for our own brews, before anyone asks.",
  by=["cg"], allow=[R], note="party meeting in a pub")
H(R, "Using my council laptop for exactly what it's for: reading 400 pages of Local Plan evidence. Send help and biscuits.", allow=[R],
  note="council equipment for council work")
H(R, "The council's comms team have put out the official flood advice for Salterbridge. Please share it far and wide. It's for everyone.",
  note="council communications, non-party")
H(R, "Printed my own ward newsletter at the print shop on Market Street. Paid for by me, no council money anywhere near it.",
  allow=[R], note="own resources")
H(R, "Parties can't use the Civic Centre for campaigning, quite right too. So our launch is at the cricket club, 7pm Friday.",
  allow=[R], note="states the rule and keeps to it")
H(R, "Surgery this Saturday at Salterbridge Library, Lock Street, 10 till 12. Bring your problems, not your party rosettes. This is council business.",
  by="@JoShuffle_SI", allow=[R, "data-protection.personal-data"], note="own published surgery; council business")
H(R, "The council's logo belongs to everyone in the district. That's why you'll never see it on any of my campaign stuff.", allow=[R],
  note="refuses to use the logo")
H(R, "Vale Together want to cut the council's printing budget. Fine, but the ward newsletters folk in the villages rely on come out of it too.",
  by=["opp"], note="policy criticism")
H(R, "Asked the council comms team to publicise the Dunmere Lane closure. They had it out within the hour. That's what they're there for.",
  note="council staff on council business")
H(R, "Election leaflets going out this weekend. Promoted by Salterbridge Independents, 12 Canal Side, Salterbridge. Printed by Moss Print.",
  by=["si"], allow=[R], note="party leaflet with imprint")
H(R, "Anyone know a cheap printer for party leaflets? Obviously not the council's one, before anyone gets clever 😂", allow=[R],
  note="asks for a non-council printer")
H(R, "Full Council debate on the bus cuts got heated. Good. That's what the chamber's for: arguing the politics out in the open.",
  when=("2026-02-27", "2026-03-06"), note="political debate in the chamber is proper")
H(R, "Campaign tip for our volunteers: charge your phone at home, not in the members' room. 😉 Rules are rules.", allow=[R],
  note="keeps campaigning off council premises")
H(R, "Standing again in May for the Greens. Nomination papers handed in at the Civic Centre today, like every candidate has to.",
  by=["green"], when=("2026-03-27", "2026-03-27"), allow=[R], note="nomination at the council is the legal process")
H(R, "The council's new recycling leaflet came through doors this week. No party logos, council-funded, and actually dead useful.",
  note="council leaflet, non-party")

# ---------------------------------------------------------------------------------------------
# position.improper-advantage (review)
R = "position.improper-advantage"
P(R, "review", "Got a planning application stuck? Drop me a DM. As your councillor I can get it moved up the pile 😉",
  note="offers to fast-track applications")
P(R, "review", "Any businesses wanting a pitch on the new Tuesday market, message me. I'll have a word and get you sorted before the list opens to everyone else.",
  note="offers priority through the role")
P(R, "review", "Our lad's roofing firm does a cracking job. If you're waiting on a council repair grant, use him and I'll make sure it goes through smooth.",
  note="steers grants to a relative's firm")
P(R, "review", "Planning enforcement giving you grief over your extension? I sit on the committee. Leave it with me, these things can go away.",
  by=["planning"], note="offers to make enforcement go away")
P(R, "review", "Council house waiting list is years long, but if you're a Salterbridge lad who votes the right way, I know who to ring. DM me.",
  by=["salter"], note="offers housing favours for votes")
P(R, "review", "Shout out to my brother-in-law's skip firm, Sandbeck Skips. The council's waste contract is up for renewal and I'll be making sure they're in the frame.",
  note="promotes a relative's firm for a council contract")
P(R, "review", "Parking ticket on Market Square? Send me a photo and the reference and I'll get it cancelled. Perks of knowing the right people 😎",
  note="offers to get fines cancelled")
P(R, "review", "Any of you lads want your taxi licence fast-tracked, I'm on licensing. The rank lads know where to find me.",
  by=["licensing"], notby=["@OwenJeffsCG"], note="offers fast-track licences")
P(R, "review", "Our Chloe's just opened a nail bar on High Street 💅 Council's looking at shopfront grants next month and I'll be putting a word in for her. Go and give her a look!",
  note="promotes a daughter's business and promises to lobby for a grant")
P(R, "review", "Had a quiet word with highways and our road's getting resurfaced first. Sorry to the rest of Leyhurst, but being a councillor has to have some perks 😂",
  by=["ly"], note="used the role for own street")
P(R, "review", "Builders wanting in on the council's housing repairs framework: buy me a pint at the Swan and we'll talk. 🍺",
  allow=["gifts.hospitality"], note="invites favours for access to contracts")
P(R, "review", "Reminder: members of the party get priority on my casework. Everyone else, join the queue 😉",
  note="casework favouritism")
P(R, "review", "The council's letting out the old library café. My mate Dave's the man for it, and I've told the estates team it's his.",
  note="pre-empts a council letting for a friend")
P(R, "review", "Business rates appeal? I can get your valuation looked at again, no bother. Just tell them you spoke to me.",
  note="offers influence over rates")
P(R, "review", "Need a pitch for your food van at the Wychmere Show? Mention my name when you apply and you'll be on the list ahead of the others.",
  note="offers priority through the role")
P(R, "review", "Want an allotment sooner? I'm well in with the lass who runs the waiting list. Leave it with me 👍",
  note="offers to jump a council waiting list")
P(R, "review", "Farmers after a quick yes on a new shed: my cousin does planning drawings and funnily enough his always get through. Hatton Design, look him up.",
  note="promotes a relative's firm with a hint of influence")
P(R, "review", "Told the estates officer that if the council's flogging off the verge at the end of my road, I want first dibs. Who else is going to look after it?",
  allow=["officers.impartiality"], note="seeks an advantage for himself through the role")

H(R, "As your councillor I can't fast-track your planning application. Nobody can. What I can do is chase it if it's gone past its date. Message me.", allow=[R],
  note="refuses to fast-track")
H(R, "Got a council parking ticket? The appeal form's on the website and you've 28 days. I can't get them cancelled, before anyone asks.", allow=[R],
  note="refuses to cancel fines")
H(R, "Market traders: applications for the new Tuesday pitches open Monday on the council website. First come, fair and square.",
  note="points to the open process")
H(R, "Proud of the young folk opening shops on High Street this year: the nail bar, the barber's, the vinyl shop. Go and give them a look.",
  note="supports local shops with no connection")
H(R, "The council's shopfront grant scheme opens in April: up to £5k for High Street businesses. Criteria on the website, decided by officers, not councillors.",
  note="announced scheme, fair process")
H(R, "Chased highways about the potholes on Peckton Road for the fourth time. They're on the list now. That's the job: mither till it's done.",
  note="ordinary chasing")
H(R, "Someone offered to 'make it worth my while' if I backed their licence. Told them where to go and reported it to the Monitoring Officer.",
  allow=[R, "gifts.hospitality"], note="refuses an improper offer")
H(R, "The housing register is run on need, not on who knows a councillor. If anyone tells you different, tell me.", allow=[R],
  note="rejects favouritism")
H(R, "Mate asked if I could get his lad's taxi licence sped up. No, I can't, and I wouldn't. Same queue as everyone else.", allow=[R],
  note="refuses a favour")
H(R, "The council's housing repairs framework is out to tender. Local builders, get your bids in. Details on the procurement portal.",
  note="open tender", when=("2026-02-23", "2026-03-27"))
H(R, "I'm on licensing committee so I can't discuss individual applications with applicants. Sorry, that's the rules, and they're good rules.",
  by=["licensing"], allow=[R], note="refuses contact")
H(R, "Casework's open to everyone in Tillington Moss, whoever you voted for or whether you voted at all. That's the deal.",
  by=["tm"], allow=[R], note="equal treatment")
H(R, "Wychmere Tuesday market has forty stalls this week and the cheese man's back. Go on, buy local.",
  note="general support for the market")
H(R, "Allotment waiting list in Salterbridge is three years. I've asked cabinet to find more land. No jumping the queue for anyone, me included.",
  by=["salter"], allow=[R], note="no queue jumping")
H(R, "A resident asked if I'd 'sort' their enforcement case. I've explained I can ask for an update and that's it. Officers decide.", allow=[R],
  note="declines to interfere")
H(R, "Community grants are open. I'd love to see Dunmere groups apply. The panel scores them blind, so just make your case well.",
  note="encourages an open process")
H(R, "Declared that my brother works for Sandbeck Skips and left the room for the waste contract item. Rightly so.", allow=[R, "interests.declared-interest"],
  note="declares a family connection")
H(R, "Family plug, nowt to do with the council: our Chloe's baking for the church fete on Saturday. Her lemon drizzle's gone by eleven 😋", allow=[R],
  note="family baking for a fete, no business or role")

# ---------------------------------------------------------------------------------------------
# gifts.hospitality (advice / review)
R = "gifts.hospitality"
P(R, "review", "Lovely lunch in the Old Cheese Hall with the Castlefields Inns team today. They've got big plans for that place 🍷",
  allow=["predetermination.closed-mind"], note="hospitality from a pending applicant")
P(R, "review", "Thanks to Saltway Homes for the tickets to the races! Grand day out with some of the planning lot 🏇",
  allow=["predetermination.closed-mind"], note="hospitality from a pending applicant")
P(R, "review", "Cheers to Copperhouse Solar for the hamper: three Cheshire cheeses, oatcakes and a bottle of fizz. Ta very much!",
  note="gift from a pending applicant")
P(R, "review", "Lovely afternoon in the Sandbeck Skips box at the football. Their contract renewal's up soon so it was good to have a proper chat.",
  note="hospitality from a firm seeking a council contract")
P(R, "review", "Meresbank Events have given every councillor a pair of VIP passes for the festival. Very generous of them. See you at the front! 🎶",
  note="gift from a pending licence applicant")
P(R, "review", "Blackbrook Aggregates have tarmacked my drive for nowt, as a thank you for 'all my support'. Smashing bunch.",
  note="gift from a pending applicant")
P(R, "review", "Boozy tea at the Flash Tavern on the landlord last night. Told him I'd see what I can do about his hours 😉",
  allow=["predetermination.closed-mind", "position.improper-advantage", "haste.pause-before-posting"], note="hospitality from a licence applicant")
P(R, "review", "Big thanks to Tidy Verges Ltd, our grounds maintenance contractor, for the Christmas bottle of single malt. Wasn't expecting that!",
  when=("2026-01-05", "2026-01-16"), note="gift from a council contractor")
P(R, "review", "Moss Lane Poultry dropped a freezer-full of chicken round to ours. Tell you what, it's cracking chicken 🍗",
  note="gift from a pending applicant")
P(R, "review", "Taken out for a curry by the lads bidding for the leisure centre contract. Good people, good naans.",
  note="hospitality from bidders")
P(R, "review", "Spent the weekend in the holiday cottage at Yew Tree Hall, on the house. Lovely folk, lovely spot.",
  note="hospitality from a pending LBC applicant")
P(R, "review", "Dock Road Convenience sent me a crate of lager and a card saying 'hope we can count on you'. Ha! Cheers lads 🍺",
  allow=["predetermination.closed-mind"], note="gift from a pending licence applicant")
P(R, "advice", "Chamber of Trade dinner last night. Three courses and a goodie bag with a voucher for the spa at Wychmere Hall. Spoilt rotten!",
  note="hospitality from a local business body; no decision sought")
P(R, "advice", "A local businessman's given me two members' passes for the cricket club's summer season. Says he likes what I'm doing. Can't complain!",
  note="gift from an unnamed businessman")
P(R, "advice", "Made up with the watercolour the Salterbridge Art Society gave me for opening their exhibition. Going up in the front room.",
  note="gift from a society for a civic role")
P(R, "advice", "Someone's left a case of wine on my step with a card: 'thanks for everything, Councillor'. No name. Cheers, whoever you are! 🍷",
  note="anonymous gift because of the role")
P(R, "advice", "New hotel on the bypass gave every councillor a free night and a spa day for the opening. Booked mine for half term 😁",
  when=("2026-01-19", "2026-02-13"), note="hospitality offered because of the role")
P(R, "advice", "The gym on Brindle Street have given me a year's free membership 'as our local councillor'. No excuses now 💪",
  note="gift because of the role")

H(R, "Saltway Homes offered me tickets to the races. I said no thanks and told the Monitoring Officer. Easy.", allow=[R],
  note="refused gift")
H(R, "Chamber of Trade dinner last night. Paid for my own ticket, £35, and worth every penny for the cheese course alone.", allow=[R],
  note="paid own way")
H(R, "Registered the Rotary's hamper on my gifts and hospitality register today, within the 28 days like the code says. It's online if you want a look.", allow=[R],
  note="registered gift")
H(R, "Brew and a biscuit at the Tillington Moss over-60s. If that counts as hospitality, lock me up 😂", allow=[R],
  note="trivial hospitality")
H(R, "Judging the cheese classes at the Wychmere Show winter fair today. No, I don't get to keep the cheese. Yes, I asked.", allow=[R],
  note="no gift")
H(R, "Lovely card from a resident thanking me for sorting her bins. Best present there is.",
  note="thank-you card")
H(R, "Sent back the bottle of whisky a contractor left at my house, with a polite note. Not how it works, lads.", allow=[R],
  note="returned gift")
H(R, "Lunch with the Castlefields Inns team to hear about their plans? No thanks, not while their application's live. They can make their case at committee like everyone else.",
  allow=[R, "predetermination.closed-mind"], note="refused hospitality from a pending applicant")
H(R, "The council's gifts register is published online. Have a look at who's accepted what. Transparency matters.", allow=[R],
  note="points to the register")
H(R, "Got my mileage paid for the planning training day. That's the sum total of my perks this month. Living the dream.", allow=[R],
  note="normal expenses")
H(R, "Ta to everyone who came to the cheese and wine night for the Salterbridge food bank. We raised £640!",
  note="fundraiser")
H(R, "Free tickets to the Mereside Festival from the organisers, while they've a licence application in? Not a chance, and I'd expect every member to say the same.", allow=[R, "predetermination.closed-mind"],
  note="refuses on principle")
H(R, "Our Mam gave me a hamper for my birthday. Declaring it here for the cynics: all she wants from the council is her bins emptying.", allow=[R],
  note="family gift")
H(R, "Quick reminder to fellow members: gifts of £100 or more need registering within 28 days. Form's in your inbox from the Monitoring Officer.", allow=[R],
  note="reminder of the rule")
H(R, "Opened the new community fridge at the chapel. They gave me a cuppa and a flapjack. I've survived worse bribes 😄", allow=[R],
  note="trivial hospitality, joking")
H(R, "Saltway Homes are paying for the Dunmere juniors' new football kits. Good for the kids. Nowt to do with me, I just shout from the touchline.", allow=[R],
  note="developer sponsorship of a club, nothing to the councillor")
H(R, "Turned down a day's shooting from a landowner with a planning application in. Polite no, and I've registered the offer.", allow=[R],
  note="refused and registered offer")
H(R, "Pie and a pint at the Salt Barge, out of my own pocket, after canvassing. Cheapest night out in Salterbridge.", allow=[R],
  note="paid own way")

# ---------------------------------------------------------------------------------------------
# capacity.council-voice (review)
R = "capacity.council-voice"
BB = ["backbench"]
P(R, "review", "Wychmere District Council is 100% behind the campaign to save Salterbridge post office. That's official.", by=BB,
  note="claims the council's backing")
P(R, "review", "Speaking on behalf of the council: we will not accept a single extra lorry through Peckton. Not one.", by=BB,
  note="speaks on behalf of the council")
P(R, "review", "The council's position is that the county's bus cuts are unacceptable, and we'll fight them all the way to Chester.", by=BB,
  note="states a council position that hasn't been agreed")
P(R, "review", "Wychmere District Council backs the Greens' Nature Recovery Pledge in full 🌱", by=["green"], notby=["@GillRaddock"],
  note="party policy presented as council policy")
P(R, "review", "The Council believes fracking under the mosses would be a disaster and will oppose it at every turn.", by=BB,
  note="personal view as the council's")
P(R, "review", "On behalf of Wychmere District Council, I want to apologise to the residents of Lock Street for last week's flooding.", by=BB,
  note="apologises on the council's behalf")
P(R, "review", "Council's fully behind us dairy farmers on the milk price. That's official from Wychmere DC 🐄", by="@pat_hulme_shippon",
  note="council backing claimed from a personal account")
P(R, "review", "As far as Wychmere Council's concerned, festivals are welcome here any time. We're a party district now! 🎶", by=BB,
  note="council view claimed")
P(R, "review", "Wychmere District Council supports the farmers' tractor protest on Friday. See you in the Market Square 🚜", by=BB,
  note="council support claimed")
P(R, "review", "The Salterbridge Independents' view, and the council's: the tip stays open on Sundays.", by=["si"],
  note="party view presented as the council's")
P(R, "review", "I can confirm the council will be scrapping car parking charges in Wychmere next year.", by=BB,
  note="announces a council decision that doesn't exist")
P(R, "review", "The council's official view is that the Chancellor has abandoned rural Cheshire. Plain and simple.", by=BB,
  note="official view claimed")
P(R, "review", "A message from Wychmere District Council: we're proud to support Pride in the Vale this June! 🏳️‍🌈", by=BB,
  note="council message from a councillor account")
P(R, "review", "On behalf of Wychmere District Council, congratulations to Salterbridge Town FC on reaching the county cup final! ⚽", by=BB,
  note="speaks for the council")
P(R, "review", "The district council formally objects to the water company's sewage dumping in Rushmoss Brook. That's our position and we won't be moved.", by=["green"], notby=["@GillRaddock"],
  note="formal council objection claimed")
P(R, "review", "The council believes second homes in Dunmere should pay triple council tax, and that's what we'll be pushing for.", by=BB,
  note="personal view as the council's")
P(R, "review", "Wychmere Council's fully backing the canal restoration out to Tillington. Official! Get your boots on for the work party 🛶", by="@kyle_on_the_cut",
  note="council backing claimed from a personal account")
P(R, "review", "Wychmere District Council has no confidence in the Police and Crime Commissioner. Simple as.", by=BB,
  note="council view claimed")

H(R, "My view, not the council's: the tip should stay open on Sundays. I'll be arguing for it at cabinet questions.", allow=[R],
  by=["opp"], note="marked as personal view")
H(R, "Council agreed last night to back the campaign to save Salterbridge post office. Motion passed 14 to 3. Proud to have seconded it.", allow=[R],
  when=("2026-02-27", "2026-02-27"), note="resolution reported accurately")
H(R, "Common Ground believes the bus cuts are unacceptable. We'll be taking it to full council.", by=["cg"],
  note="party position as party")
H(R, "Personal account, views my own. Dairy farming's never been harder. Milk price is a joke.", by="@pat_hulme_shippon",
  note="personal view on a personal account")
H(R, "The council's official consultation on garden waste charges closes Friday. Have your say, whatever your view.", allow=[R],
  note="points to the council's consultation")
H(R, "Vale Together's position is clear: no council tax rise above 2.99%. That's our manifesto.", by=["vt"],
  note="party position as party")
H(R, "I'm not speaking for the council here, I'm speaking for Leyhurst: the solar farm consultation events were a shambles.", allow=[R],
  by=["ly"], note="disclaims council voice")
H(R, "The Leader said in the chamber that the council will review parking charges. I'll hold her to that.", by=["opp"],
  note="reports the Leader's statement")
H(R, "Greens group statement: we back the Nature Recovery Pledge and will bring it to council in March.", by=["green"],
  note="group statement")
H(R, "Council press release today: £250k for flood defences on Lock Street. Link's on the council website. Good news for once.", allow=[R],
  note="reports an official announcement")
H(R, "Views on here are mine. I'm a councillor, not the council. Worth remembering when you read the comments 😉", allow=[R],
  note="disclaimer")
H(R, "Wychmere District Council has apologised to Lock Street residents for the flooding. Official statement's on the council's page. Overdue, but right.", allow=[R],
  note="reports the council's own apology")
H(R, "'The council believes'? No. I believe. One councillor out of eighteen. Every post on here is my own view unless it says otherwise.", allow=[R],
  note="rejects speaking for the council")
H(R, "As a group we've written to the Police and Crime Commissioner about rural crime on the mosses. Signed by all five Common Ground councillors.", by=["cg"],
  note="group letter")
H(R, "Congratulations to Salterbridge Town FC on reaching the county cup final! From me and everyone in Salterbridge Lock ⚽", by=["sl"],
  note="personal congratulations")
H(R, "Cabinet decided yesterday to keep Sunday opening at the tip after all. A climbdown, and a welcome one.", allow=[R],
  by=["opp"], when=("2026-02-04", "2026-02-04"), note="reports a cabinet decision")
H(R, "Proud to support Pride in the Vale this June, as a councillor and as an ally 🏳️‍🌈",
  note="personal support")
H(R, "Speaking at the farmers' rally on Friday in my own capacity. Not on behalf of the council: it hasn't got a position, and it's not for me to invent one.", allow=[R],
  note="disclaims council voice")

# ---------------------------------------------------------------------------------------------
# confidentiality.insider-advantage (review)
R = "confidentiality.insider-advantage"
P(R, "review", "Word to the wise: if you've ever fancied a unit on Castlefields retail park, now's the time. Can't say why. Trust me 😉",
  note="tip from council knowledge")
P(R, "review", "Anyone with land round Leyhurst: don't sell to them agents knocking on doors just yet. Something's coming that'll add a nought. That's all I'm saying.",
  note="advice from knowledge of plans")
P(R, "review", "Heads up to my mate who's after a pub: the Salt Barge'll be a lot cheaper in six months once the council's road plans come out.",
  note="tip to a friend before plans are published")
P(R, "review", "If you've been thinking of buying the old bank on Market Square, I'd get an offer in before the regeneration plans are announced. Just saying.",
  note="before it's announced")
P(R, "review", "Tip-off for local builders: the council's about to tender a massive housing repairs framework. Not advertised yet, so get your paperwork ready now.",
  note="advance notice of a tender", when=("2026-01-05", "2026-02-13"))
P(R, "review", "Selling up on Dock Road? Don't. Hang on till summer. You didn't hear it from me 🤐",
  note="tip from council knowledge")
P(R, "review", "Our kid's farm near Tillington Moss has had a nice offer on its top field. Told him to hold out. I know what's planned for the bypass.",
  note="family advantage from council knowledge")
P(R, "review", "Before it's announced: the council's selling the Brindle Street car park. Anyone after development land, get in touch and I'll point you to the right people.",
  allow=["position.improper-advantage"], note="before it's announced", when=("2026-01-05", "2026-02-13"))
P(R, "review", "Little birdie (me) says the leisure centre café lease will be up for grabs soon. Café owners, get your bids sharpened up early.",
  note="tip before advertising", when=("2026-01-05", "2026-02-13"))
P(R, "review", "Letting agents of Salterbridge: the new HMO licensing rules land in September. Get your landlords signed up cheap before the rest of them twig.",
  note="tip from council knowledge")
P(R, "review", "Friends asking if they should buy on the new estate at Peckton. I've seen the drainage reports. Wait. That's all.",
  note="uses unpublished reports")
P(R, "review", "Park your money in a Dunmere house now, folks, before the new school news breaks. Thank me later 🏡",
  note="before news breaks", when=("2026-01-05", "2026-03-13"))
P(R, "review", "Any of my lads after council grant money: the business grant pot's doubling next month. Hold off applying till then and you'll get twice as much.",
  note="tip from unannounced budget")
P(R, "review", "Our nephew's going for the grounds maintenance contract. Told him what the council's got budgeted so he doesn't overcook his price.",
  allow=["confidentiality.disclosure"], note="tender information to a relative")
P(R, "review", "Got the nod that the council won't be renewing the Salterbridge market operator's contract. Anyone fancy running it? Get in first.",
  note="tip from council knowledge")
P(R, "review", "Off to put my own offer in on the garage site behind the Co-op. Knowing what I know from the asset review, it's a steal.",
  allow=["position.improper-advantage"], note="own advantage from council knowledge")
P(R, "review", "Shops on High Street: rates relief is being scrapped in April. Not announced yet, so get your applications in this week while it's still open.",
  note="not announced yet")
P(R, "review", "Someone tell the burger van lads on the Square to renew their street trading consent early. Fees are going up 40% and it's not public till next month.",
  note="not public yet")

H(R, "The council announced today it's selling the Brindle Street car park. Full details on the council website, bids open to everyone till 30 April.", allow=[R],
  note="announced sale", when=("2026-02-16", "2026-03-27"))
H(R, "Word to the wise: the Tuesday market moves onto the Market Square from 3 March. Leaflets going out now.", allow=[R],
  when=("2026-02-16", "2026-02-27"), note="announced change")
H(R, "Heads up: roadworks on Peckton Road from Monday for three weeks. Allow extra time for the school run.",
  note="public notice")
H(R, "Tip-off from a resident about fly-tipping on Moss Lane, passed straight to enforcement. Keep them coming.",
  note="tip-off from a resident")
H(R, "Business rates relief applications close on 31 March. That's public, it's on the council site. Don't miss out, High Street.", allow=[R],
  note="public deadline")
H(R, "Can't tell you what's in the Part 2 papers, so don't ask. When it's public, you'll hear it from me.", allow=[R, "confidentiality.disclosure"],
  note="refuses to share")
H(R, "Housing repairs framework tender published today on the procurement portal. Local firms, have a go. It's open to all.", allow=[R],
  note="published tender", when=("2026-02-16", "2026-02-20"))
H(R, "Little birdie tells me Wychmere in Bloom have won gold again. Well, the judges' letter on the library noticeboard told me. Well done!",
  note="public news")
H(R, "Folk asking if they should buy on the Peckton estate: I'm not a surveyor and I can't advise you. Get a proper survey done.", allow=[R],
  note="refuses to advise")
H(R, "Dunmere's new school's been confirmed by the county. It's in the paper today. Great news for families.",
  note="published news", when=("2026-03-16", "2026-03-27"))
H(R, "Estate agents keep ringing me to ask what's coming in Leyhurst. Answer: read the Local Plan consultation like everyone else.", allow=[R],
  note="refuses to tip")
H(R, "Licensing fees go up in April. Agreed at committee in January and it's in the published minutes. Renew early if you want to beat it.", allow=[R],
  when=("2026-01-26", "2026-03-27"), note="public decision")
H(R, "Leisure centre café lease advertised today, closing date 20 March. Local cafés, get your bids in!",
  when=("2026-02-16", "2026-03-06"), note="advertised lease")
H(R, "Grants pot for small businesses opens next month. Announced at cabinet, details on the council website. Hold your horses till then.", allow=[R],
  when=("2026-02-04", "2026-02-27"), note="announced scheme")
H(R, "The rumour mill on Facebook had the market closing before the council said anything. It isn't closing. Don't believe everything you read.",
  note="rumour denial")
H(R, "Local Plan consultation: the draft sites map is online. If you own land near one, you'll want a look. Public document, everyone's entitled.", allow=[R],
  note="public document")
H(R, "As a councillor I get told things in confidence. I keep them. If that makes me boring on here, so be it.", allow=[R, "confidentiality.disclosure"],
  note="keeps confidences")
H(R, "Our kid asked what's planned near his farm. Told him to read the Local Plan like everyone else. He called me useless. Fair enough 😂", allow=[R],
  note="refuses a family tip")

# ---------------------------------------------------------------------------------------------
# predetermination.closed-mind (block with a register match, else review)
R = "predetermination.closed-mind"
P(R, "block", "Saltway Homes can forget it. 180 houses on Hatton's Field will never get through while I'm on planning. Never.", by=["planning"],
  note="settled view against a pending application (site, applicant)")
P(R, "block", "My mind's made up on the Moss Lane poultry sheds. 90,000 chickens next to Rushmoss? No. I'll be voting against, full stop.", by="@TomBeechGreen",
  note="settled view against a pending application")
P(R, "block", "Whatever the officers say, 26/00231/FUL is getting refused. Leyhurst Fields are for cows, not solar panels.", by=["planning"],
  note="settled view, reference named")
P(R, "block", "The Flash Tavern's late licence must be refused. Lock Street's had enough. I don't need to hear the brewery's case, I live there.", by="@DennisBreretonSI",
  note="settled view on a pending licence")
P(R, "block", "Blackbrook quarry extension is dead in the water as far as I'm concerned. Tillington Moss has given enough sand.", by=["planning"],
  note="settled view against a pending application")
P(R, "block", "Yes from me to the Mereside Festival. Already decided: it's brilliant for Wychmere and I'll be backing it at licensing, no question.", by=["licensing"],
  note="settled view for a pending licence")
P(R, "block", "The Old Cheese Hall bar plans are exactly what Market Square needs. I'll be voting them through, don't care what the objectors say.", by=["planning"],
  note="settled view for a pending application")
P(R, "block", "Copperhouse Solar have got my vote. Green energy, local jobs. The nimbys can save their breath.", by=["planning"],
  note="settled view for a pending application (applicant)")
P(R, "block", "No to a Dock Road offie open till 2am. The licensing sub-committee had better refuse it, and I'll make sure we do.", by=["licensing"],
  note="settled view on a pending licence")
P(R, "block", "Kettle Lane site: this will never be approved. Not in Peckton, not on my watch.", by="@RachelLowndesVT",
  allow=["equality.discrimination"], note="settled view against a pending Traveller site")
P(R, "block", "Yew Tree Hall: I've read enough. That shippon stays up and I'll be refusing the listed building consent.", by=["planning"],
  note="settled view on a pending LBC")
P(R, "block", "Battery storage at Saltmeadow Farm is going nowhere. Refuse it, and I'll say so at committee whatever the fire service thinks.", by=["planning"],
  note="settled view against a pending application")
P(R, "review", "That HMO application for Victoria Street that's on its way in: I'll be voting against it whenever it comes. Salterbridge has enough of them.", by=["planning"],
  note="settled view on an application not yet registered")
P(R, "review", "Taxi driver licence review next week: he's had his chances. He's losing his badge if I've owt to do with it.", by=["licensing"],
  note="settled view on a licensing review")
P(R, "review", "Street trading consent for the burger van on the Square? Not a chance. Made my mind up already.", by=["licensing"],
  note="settled view on a street trading consent")
P(R, "review", "The appeal on the barn conversion at Peckton Bank is a waste of the inspector's time. Refused it once, we'll fight it all the way, and I'll not be persuaded otherwise.", by=["planning"],
  note="closed mind on an appeal")
P(R, "review", "Drive-thru at the Castlefields roundabout? Whenever it comes in, it's a no from me. Doesn't matter what the application says.", by=["planning"],
  note="settled view on an expected application")
P(R, "review", "New adult gaming centre licence for High Street: I'm voting for it. Jobs are jobs and I don't need to read the objections.", by=["licensing"],
  note="settled view for a licence not on the register")

H(R, "I've real concerns about the Moss Lane poultry sheds: traffic, smell, the brook. I'll listen to all the evidence at committee before I decide.", allow=[R],
  note="predisposition, open mind", by=["planning"])
H(R, "Moss Lane poultry sheds: I'm not on planning committee, so I'm free to say it. I object, and I've sent my objection in as ward member.", by="@SaoirseDolanGreen", allow=[R],
  note="ward member not on the committee objecting")
H(R, "The Local Plan's a policy document, not an application, and aye, I've made my mind up: it's got too many houses in Dunmere.", allow=[R],
  note="settled view on policy, not quasi-judicial")
H(R, "Leyhurst Fields: residents keep asking how I'll vote. Honest answer, I don't know yet. I'll read the report and hear both sides.", allow=[R],
  note="open mind on a pending application", by=["planning"])
H(R, "Council tax up 4.99%? Never. I'll be voting against the budget on Thursday and I'm not ashamed to say so.", by=["opp"],
  when=("2026-02-23", "2026-02-26"), note="budget, not quasi-judicial")
H(R, "Refused! Planning committee turned down the Tillington Road car wash last night. Good decision, properly made.",
  when=("2026-02-12", "2026-02-12"), note="decided matter")
H(R, "The Flash Tavern licence hearing is on 8 April. If you want your view heard, write to the licensing team by the 20th. Both sides.",
  note="neutral notice about a pending licence")
H(R, "I'm predisposed to like anything that brings festivals to Wychmere, I'll admit that. But I'll judge the Mereside application on the evidence, not on a hunch.", allow=[R],
  note="predisposition declared, open mind", by=["licensing"])
H(R, "Dead in the water: the bus company's plan to axe the 42 to Tillington. Campaign won! 🎉",
  note="not a quasi-judicial matter")
H(R, "The water company must stop dumping sewage in Rushmoss Brook. That's one for the regulator, not us, but I'll shout about it all day long.",
  note="not a council quasi-judicial matter")
H(R, "Old Cheese Hall application: 212 comments so far, for and against. Deadline for comments is Friday. Have your say.",
  note="neutral notice")
H(R, "I will never vote to close a library. Never. That's a promise.",
  note="policy pledge")
H(R, "Kettle Lane: there's a lot of heat about this one. Please keep comments to planning matters. I'll be looking at it with an open mind.", allow=[R],
  note="open mind", by=["planning"])
H(R, "Blackbrook Quarry: I've asked for a site visit before committee so members can see the restoration plans for themselves.",
  note="procedural", by=["planning"])
H(R, "The Copperhouse Solar lot have been round Leyhurst with leaflets. Read it, read the objections, make your own mind up. So will I.", allow=[R],
  note="open mind", by=["planning"])
H(R, "Must be refused: my request for a day off. Apparently councillors don't get them 😂", allow=["tone.irony-risk"],
  note="joke")
H(R, "The inspector allowed the appeal on the old garage site. I disagree with the result, but that's the system and we'll live with it.",
  note="decided appeal")
H(R, "Ward member, not on licensing, so I can say it: Dock Road doesn't need another late-night offie and I've sent my objection in.", by="@BevTinsleyCG", allow=[R],
  note="ward member not on the committee objecting")

# ---------------------------------------------------------------------------------------------
# interests.declared-interest (review; written by the holder)
R = "interests.declared-interest"
P(R, "review", "Cabinet's grant to the Salterbridge Canal Trust for the new lock gates has to go through next month. I'll be pushing it hard in the chamber.",
  by="@DennisBreretonSI", interest="Salterbridge Canal Trust", note="trustee pushes a grant to his trust")
P(R, "review", "The Local Plan should be allocating more housing land west of Dunmere, and I'll be saying so at the member workshop. Land round there's crying out for it.",
  by="@HughEWray", interest="Egerton-Wray Estates", note="landowner presses allocation near his land, body unnamed")
P(R, "review", "The council should lease the Civic Centre roof to a community energy co-op. Ours could have panels up by summer. I'll be moving the motion.",
  by="@TomBeechGreen", interest="Rushmoss Community Energy", note="director pushes a lease to his co-op, unnamed")
P(R, "review", "Council's reviewing market pitch fees next month. I'll be arguing the farmers' market gets a discount. We bring folk into town every second Saturday.",
  by="@RachelLowndesVT", interest="Wychmere Farmers' Market CIC", note="director argues for her CIC's fees")
P(R, "review", "The council's new slurry storage grant has to cover dairy herds over 200 head, full stop. Farms like mine need it. I'll be making the case at cabinet questions.",
  by="@PatHulmeInd", interest="Hulme's Dairy", note="farmer lobbies on a grant his farm would use")
P(R, "review", "Leisure centre contract renewal comes to cabinet in March. Lockside Leisure have done a grand job and deserve another ten years. I'll be backing them.",
  by="@StuPennockVT", interest="Lockside Leisure Ltd", note="employee backs his employer's contract")
P(R, "review", "The council's proposed HMO licensing fees are daylight robbery. Agents like us will have to pass it straight on to tenants. I'll be voting against.",
  by="@BevTinsleyCG", interest="Tinsley & Daughter Lettings", note="letting agent votes on fees affecting her business")
P(R, "review", "Council's selling the playing field next to the rugby club. It should go to the club at a community price, and I'll be moving an amendment to make sure it does.",
  by="@KyleMottram", interest="Wychmere Rugby Club", note="committee member pushes a sale to his club")
P(R, "review", "The council's hardship loan scheme should be run through Salterbridge Credit Union, not some national lender. We're ready to go. I'll be raising it at scrutiny.",
  by="@ImranDadabhoyCG", interest="Salterbridge Credit Union", note="board member pushes a scheme to his credit union")
P(R, "review", "District council's reviewing the grant to parishes. Leyhurst Parish can't cope with a cut. I'll fight it at budget council.",
  by="@SandraWhitlowCG", interest="Leyhurst Parish Council", when=("2026-01-05", "2026-02-26"), note="parish councillor fights for her parish's grant")
P(R, "review", "Community buildings fund bids get scored next week. Our hall's roof leaks like a sieve and I'll be making sure the panel knows it.",
  by="@LorraineBrattVT", interest="Tillington Moss Village Hall", note="trustee presses a bid for her hall, unnamed")
P(R, "review", "Taxi licence fee rise is on the licensing committee agenda. I'll be voting against. It's drivers like us who end up paying it.",
  by="@OwenJeffsCG", interest="Mere Cabs", note="driver votes on fees affecting his firm")
P(R, "review", "Towpath maintenance budget needs doubling. The canal volunteers can't do it all on their own. Trust me, I know from the inside.",
  by="@DennisBreretonSI", interest="Salterbridge Canal Trust", note="trustee presses a budget for his body, unnamed")
P(R, "review", "The council's solar procurement should favour community-owned schemes, and Rushmoss Community Energy has shown it works. I'll be moving it at cabinet questions.",
  by="@TomBeechGreen", interest="Rushmoss Community Energy", note="director pushes procurement his co-op could win")
P(R, "review", "Officers want to move the market to Tuesdays only. That'd kill our second-Saturday market stone dead. I'll be voting it down.",
  by="@RachelLowndesVT", interest="Wychmere Farmers' Market CIC", note="director votes on market days, body unnamed")
P(R, "review", "Egerton-Wray Estates has put its fields at Peckton Bank forward in the Local Plan call for sites, and as finance lead I'll make sure the plan has the infrastructure money to go with it.",
  by="@HughEWray", interest="Egerton-Wray Estates", allow=["position.improper-advantage"], note="director pushes the plan his company's land is in")
P(R, "review", "Council's proposing to cut rural rate relief. Farms like mine with a farm shop will be hammered. I'll be voting against at budget council.",
  by="@PatHulmeInd", interest="Hulme's Dairy", when=("2026-01-05", "2026-02-26"), note="farmer votes on relief his business gets")
P(R, "review", "Licensing should let private hire cars use the Market Square rank. I'll be pushing for it. It'd make a big difference to our firm's lads.",
  by="@OwenJeffsCG", interest="Mere Cabs", note="driver lobbies for his firm, unnamed")

H(R, "The Canal Trust's grant for the lock gates looks good value to me. I'll back it at cabinet.", notby=["@DennisBreretonSI"],
  note="same matter from a non-holder")
H(R, "Declaring an interest: I'm a trustee of the Salterbridge Canal Trust, so I'll be leaving the room when the lock gates grant comes up.", by="@DennisBreretonSI", allow=[R],
  note="holder declares and steps back")
H(R, "Rushmoss Community Energy AGM on Saturday at the chapel, 2pm. Members welcome, cake provided.", by="@TomBeechGreen", allow=[R],
  note="holder on his body, no council matter")
H(R, "Farmers' market's on this Saturday in the Square: Cheshire cheese, oatcakes, the lot. Come down!", by="@RachelLowndesVT", allow=[R, "position.improper-advantage"],
  note="holder on her body, no council matter")
H(R, "Asked the Monitoring Officer whether the dairy means I need to sit out the slurry grant item. Waiting to hear back.", by="@PatHulmeInd", allow=[R],
  note="holder asks the Monitoring Officer")
H(R, "Leisure centre contract renewal comes to cabinet in March. I want to see the performance figures before anyone signs owt.", notby=["@StuPennockVT"],
  note="same matter from a non-holder")
H(R, "Declared my lettings business at committee and left the room for the HMO licensing item. Rules are there for a reason.", by="@BevTinsleyCG", allow=[R],
  note="holder declares")
H(R, "Rugby club under-12s won 34-12 at the weekend. Buzzin' for them! 🏉", by="@KyleMottram", allow=[R],
  note="holder on his club, no council matter")
H(R, "Credit unions are a cracking alternative to loan sharks and payday lenders. Have a look at your local one.", notby=["@ImranDadabhoyCG"],
  note="non-holder, no council matter")
H(R, "Leyhurst Parish Council meets Tuesday, 7.30 at the Reading Room. Public welcome.", by="@SandraWhitlowCG", allow=[R],
  note="holder on her parish, no district matter")
H(R, "Tillington Moss Village Hall quiz night Friday. £3 on the door, proceeds to the roof fund 🍺", by="@LorraineBrattVT", allow=[R],
  note="holder on her hall, no council matter")
H(R, "I've an interest here (I drive for a local firm), so I'm not voting on the taxi fees item. Left the room. Others can argue it out.", by="@OwenJeffsCG", allow=[R],
  note="holder declares")
H(R, "Private hire cars on the Market Square rank? Interesting idea. Let's see what the licensing officers make of it.", notby=["@OwenJeffsCG"],
  note="same matter from a non-holder")
H(R, "Interest reminder: my family's estate owns land at Peckton. I won't take part in anything on those sites in the Local Plan. Full stop.", by="@HughEWray", allow=[R],
  note="holder steps back")
H(R, "Rural rate relief matters to farms with shops. Cabinet should think again before cutting it.", notby=["@PatHulmeInd"],
  note="same matter from a non-holder", by=["opp"])
H(R, "Got a dispensation from the Monitoring Officer to speak on the hardship loan scheme. It's on the council website. I'll declare it when I speak.", by="@ImranDadabhoyCG", allow=[R],
  note="holder with a published dispensation")
H(R, "Took our lad swimming at the leisure centre on Sunday. Flumes were heaving. Still smell of chlorine.", by="@StuPennockVT", allow=[R],
  note="holder, no council matter")
H(R, "Towpath's a mudbath between lock 3 and lock 5. Reported it to the canal lot. Mucky for dog walkers.", notby=["@DennisBreretonSI"],
  note="non-holder")

# ---------------------------------------------------------------------------------------------
# data-protection.personal-data (review for names with address; block for identifiers, special category, children, staff)
R = "data-protection.personal-data"
P(R, "review", "Happy 100th birthday to Edna Mottershead of 4 Chapel Row, Salterbridge, CW98 3LP! 🎂 Pop a card through her door if you're passing.",
  note="name, address and postcode", by=["salter"])
P(R, "review", "Congratulations to Gary Fenton of 22 Oak Avenue, Dunmere, on best in show for his marrows. Proper whoppers.",
  note="name and address", by=["dp"])
P(R, "review", "The bloke at 17 Peckton Road who keeps parking across the pavement: Mr Yates, I know it's you. Shift it.", by=["dp"],
  note="name and address")
P(R, "review", "Lovely to pop in on Maureen and Bill Oakes at 9 Brindle Street this morning. Sixty years married today!",
  note="names and address")
P(R, "block", "Resident's council tax account 41006632 has been billed wrong three times now. I've sent it to finance. Sort it, please!",
  note="account number")
P(R, "block", "Anyone recognise this van? Fly-tipping on Moss Lane again. Reg CW21 XKP. Owner's from Peckton.",
  allow=["defamation.allegation"], note="vehicle registration")
P(R, "block", "Thoughts with little Lily Haworth, 9, from Tillington Moss, who's back in hospital with her leukaemia. Stay strong, sweetheart ❤️",
  note="child's name and health")
P(R, "block", "Mrs Rigby on Lock Street has dementia and keeps getting scammed at the door. Neighbours, keep an eye out for her.",
  note="health of an identifiable resident", by=["salter"])
P(R, "block", "The lass on the council housing counter, the one with the pink hair, has been rude to three of my residents this week. Sort it out.",
  allow=["officers.impartiality", "respect.personal-attack"], note="identifiable staff member")
P(R, "block", "Case ref HSG/25/01877: my resident's been waiting fourteen months for a stairlift adaptation. Disgrace.",
  note="case reference")
P(R, "block", "Chuffed to help Tariq at number 6 Canal Side get his asylum claim moving. Good lad, grafter.",
  note="immigration status with address")
P(R, "block", "The family above the chippy on Dock Road are on benefits and have six kids under ten. No wonder the council's skint.",
  allow=["equality.discrimination", "respect.personal-attack"], note="identifiable service users and children")
P(R, "block", "Jason Pickering (DOB 12/03/1988): the council's still chasing him for unpaid business rates. Anyone seen him?",
  allow=["defamation.allegation"], note="date of birth and debt")
P(R, "block", "Congratulations to Sophie in our Revenues team on her pregnancy! Due in August 👶",
  note="staff member's pregnancy")
P(R, "block", "The lad who's just come out of prison and moved into the flat above the bookies on High Street: parents, be aware.",
  allow=["defamation.allegation", "bullying.intimidation"], note="criminal record, identifiable by address")
P(R, "block", "Resident emailed me from dave.kerfoot62@example.com asking about his bins. Dave, I've replied, check your junk folder!",
  note="private email address")
P(R, "block", "Can folk give Mrs Oldfield a ring on 07700 900214? She's lonely since her hip op and loves a natter. Lives on her own on Pinfold Lane.",
  also=[("security.credentials", "block")], note="private phone, health, lives alone")
P(R, "block", "Well done to the two Year 6 girls from St Oswald's, Amelia Brookes and Ruby Cheadle, who litter-picked the whole of Rushmoss Lane 👏",
  note="named children with their school")

H(R, "Need help? Email me at cllr.shufflebotham@example.com or ring 01632 960414. Surgery at Salterbridge Library, Lock Street, Saturdays 10 till 12.", by="@JoShuffle_SI",
  allow=[R, "security.credentials"], note="own published contact details")
H(R, "Happy 100th birthday to a Salterbridge lady who's seen it all: the salt works, the floods, the lot. Card's in the post from all of us 🎂",
  note="no identifying details", by=["salter"])
H(R, "Met Matthew Caldwell MP about rural buses. Useful meeting, and he's promised to raise it in Westminster.", allow=[R],
  note="named public office holder")
H(R, "Inspector Lucy Brindley's rural crime surgery is at Dunmere church hall on Thursday, 2 till 4.", allow=[R],
  note="named public office holder")
H(R, "Residents: never post your council tax account number on social media. DM me and I'll pass it securely to revenues.", allow=[R],
  note="advice against posting identifiers")
H(R, "Fly-tipping on Moss Lane again. Photos passed to enforcement with the details. Please don't post number plates online, report them to the council.", allow=[R],
  note="no identifier posted")
H(R, "Dementia-friendly café at the Wychmere Methodist every Tuesday, 10 till 12. Carers welcome. Lovely volunteers.",
  note="health topic, nobody identified")
H(R, "Sad news: former councillor and Chairman Frank Latham has died aged 88. Forty years serving Wychmere. Rest easy, Frank.", allow=[R],
  note="former public office holder")
H(R, "Well done to St Oswald's Year 6 for litter-picking the whole of Rushmoss Lane. Proper community spirit 👏",
  note="children not identified")
H(R, "A resident's been waiting fourteen months for a home adaptation. I've raised it with the Head of Housing and I won't let it drop.",
  note="casework without identifiers")
H(R, "Council staff on the front desk are getting abuse from a few residents. Be kind. They're doing their best.",
  note="staff not identified")
H(R, "Pleased to help a family in Salterbridge get their housing claim sorted. Won't say more, it's their business.",
  note="casework without identifiers")
H(R, "Ring the council on 01632 960000 to report a missed bin, or use the app.", allow=[R, "security.credentials"],
  note="council's public number")
H(R, "Congratulations to Cllr Pat Hulme's heifer on champion dairy at the Wychmere Show winter fair! 🐄", allow=[R],
  note="names a councillor")
H(R, "Guest speaker at our AGM: Sarah Mellor from Vale Citizens Advice. Packed room, great questions.", allow=[R],
  note="professional named in a public role, no identifiers")
H(R, "Text me on 01632 960414 if you can't get to surgery. It's my council number, not a secret!", by="@JoShuffle_SI", allow=[R, "security.credentials"],
  note="own published number")
H(R, "Memorial bench for Ted, Lock Street's lollipop man for thirty years, goes in on Friday. We'll miss him.", allow=[R],
  note="first name only, public role, deceased")
H(R, "Folk asking about the 100th birthday party: her family are sorting it and they'll share details if they want. Respect their privacy.",
  note="protects privacy")

# ---------------------------------------------------------------------------------------------
# security.credentials (block)
R = "security.credentials"
P(R, "block", "Zoom for tonight's Salterbridge flood meeting: meeting ID 844 2201 9931, passcode Lock2026. All welcome!",
  note="meeting passcode", by=["salter"])
P(R, "block", "Wifi at the Wychmere Library drop-in: network WDC-Guest, password Cheshire!Cheese22. Bring your laptops.",
  note="wifi password")
P(R, "block", "Key safe code for Tillington Moss Village Hall is 4471 if anyone's setting up for the quiz before I get there.",
  note="key safe code", by=["tm"])
P(R, "block", "Got a text with a code, 619204, saying it's from the members' portal. Anyone else had one? Is that normal?",
  note="one-time code posted")
P(R, "block", "IT rang me asking for my password to fix my email, so I gave it them. Hope that's alright 🤷‍♀️",
  note="reports handing over a password")
P(R, "block", "Council tax rebate for over-60s, claim here before Friday: http://wychmere-rebate.example.net/claim?ref=ctx60 Took me two minutes!",
  note="scam-looking link")
P(R, "block", "Lost dog found on Rushmoss Lane: black lab, red collar. Owner's Jean Cowap, ring her on 07700 900687.",
  also=[("data-protection.personal-data", "block")], note="private phone number of another")
P(R, "block", "Our group's shared login for the members' portal is commonground / Salterbridge1. Use that if yours is playing up.",
  by=["cg"], note="shared login posted")
P(R, "block", "Code for the members' room door at the Civic Centre has changed to 2580, btw. Don't lose it.",
  note="door code")
P(R, "block", "API key for the council's bus-times data feed, for any coders in Salterbridge wanting to build an app: wdc_api_7f3e91ab22c04d6e",
  note="API key")
P(R, "block", "Got an email saying the parking app needed me to verify my account at http://wychmere-parking-verify.example.org/login. Done it, sorted 👍",
  note="phishing link shared")
P(R, "block", "Ward budget spreadsheet's on the council SharePoint if you want a look. Password's Wychmere123.",
  note="password")
P(R, "block", "Teams link for tomorrow's drop-in: https://teams.example.com/l/meetup-join/19%3ameeting_wdc?pwd=Xk72Lr Pop in!",
  note="meeting link with pwd")
P(R, "block", "Two-factor code for my council email keeps going to my old phone. Last one was 882551. Anyone in IT about?",
  note="two-factor code")
P(R, "block", "Alarm code for the Salterbridge scout hut is 1966 (World Cup, easy!) if anyone's locking up after the litter pick.",
  note="alarm code", by=["salter"])
P(R, "block", "Rushmoss defibrillator cabinet code is C157. Save it in your phone, you never know when you'll need it.",
  note="cabinet code; see judgement calls", by=["re"])
P(R, "block", "Free £50 supermarket voucher for every Wychmere household from the cost of living fund! Just pop your bank details in here: http://wdc-voucher50.example.net Quick before it goes!",
  note="scam link asking for bank details")
P(R, "block", "Our Kyle's forgotten his login again. Kyle, it's your dog's name and your birthday, you muppet 😂 (KyleM / Bruno1990)",
  allow=["respect.personal-attack"], note="someone else's credentials", by=["cg"])

H(R, "Never give your PIN to anyone who rings saying they're from the council. We'll never ask for it. Hang up and ring 01632 960000.", allow=[R],
  note="scam warning")
H(R, "Scam alert: texts going round about a council tax rebate with a link. Don't click it. The council doesn't do rebates by text.", allow=[R],
  note="scam warning, no link")
H(R, "Salterbridge flood meeting tonight at the Library, 7pm. Online too: link's on the council website, no passcode needed.", allow=[R],
  note="no credential", by=["salter"])
H(R, "Finally set up two-factor on all my accounts after the IT training. Took ten minutes. Do it, folks.", allow=[R],
  note="security advice")
H(R, "Library wifi is free for everyone now. Ask at the desk for the password. Handy for job hunting.", allow=[R],
  note="no password posted")
H(R, "Key safes are a godsend for carers, but get a police-approved one and never tell anyone the code.", allow=[R],
  note="advice, no code")
H(R, "Changed my password after that phishing email. Pretty sure I spotted it in time. Can't stand these scammers.", allow=[R],
  note="no credential")
H(R, "Lost dog found on Rushmoss Lane: black lab, red collar. DM me and I'll put you in touch with the finder.", allow=[R, "data-protection.personal-data"],
  note="no number posted")
H(R, "Ring my council mobile on 01632 960414 for owt urgent in Salterbridge Lock.", by="@JoShuffle_SI", allow=[R, "data-protection.personal-data"],
  note="own published number")
H(R, "Defibrillator's now up outside the Tillington Moss shop. If you need it, ring 999 and they'll give you the code.", allow=[R],
  note="no code", by=["tm"])
H(R, "The new council app uses the same login as your council tax account. Instructions on the website. Shout if you get stuck.", allow=[R],
  note="no credential")
H(R, "Password123 is not a password, it's a cry for help. Cracking IT training today 😂", allow=[R, "tone.irony-risk"],
  note="example of a bad password, no real credential")
H(R, "Got the Teams invite for Thursday's scrutiny pre-meet. Lovely. Another two hours of my life.", allow=[R, "tone.irony-risk"],
  note="no link or code")
H(R, "Scout hut's had new alarms fitted thanks to a community grant. Burglars, take note.", allow=[R],
  note="no code")
H(R, "The council's open data portal has bus times, bin days and planning apps. Free to use, no key needed for the basic stuff.", allow=[R],
  note="no key")
H(R, "Anyone else had a dodgy email claiming to be from the parking team? Reported it to IT. Delete, don't click.", allow=[R],
  note="scam warning, no link")
H(R, "Members' room door code's changed again, third time this year. I've written it on my hand like a teenager. (Not sharing, don't worry.)", allow=[R],
  note="no code")
H(R, "Council switchboard: 01632 960000, 8.30 till 5. Out-of-hours emergencies: 01632 960999.", allow=[R, "data-protection.personal-data"],
  note="council public numbers")

# ---------------------------------------------------------------------------------------------
# confidentiality.disclosure (block with a register term, else review)
R = "confidentiality.disclosure"
P(R, "block", "Project Brine is finally moving: the preferred developer's agreed terms for Salterbridge town centre. Can't wait to tell you more! 🤞",
  note="register term")
P(R, "block", "The Flashside Marina purchase is nearly done. Council's paying well under the asking, which is a cracking deal for taxpayers.",
  allow=["confidentiality.insider-advantage"], note="register term")
P(R, "block", "Operation Shippon kicks off next month. The cowboys muck-spreading on the mosses won't know what's hit them 😎",
  allow=["confidentiality.insider-advantage"], note="register term")
P(R, "block", "Castlefields Depot disposal: three bidders, and the highest is a supermarket. You heard it here first.",
  allow=["confidentiality.insider-advantage"], note="register term")
P(R, "block", "Meadowbank claim's going to cost us. Lawyers reckon we'll settle for six figures. Absolute mess.",
  note="register term")
P(R, "block", "Anyone else sick of hearing about project lapwing in every briefing? Just tell folk it's the leisure centre outsourcing and be done with it.",
  note="register term, lower case")
P(R, "block", "OPERATION SHIPPON. That's all I'll say. Farmers of Rushmoss, tidy your slurry lagoons up 😉",
  allow=["confidentiality.insider-advantage", "haste.pause-before-posting"], note="register term, capitals")
P(R, "block", "Sat through two hours on Project Brine today. The developer wants the car park AND the library. Not on my watch.",
  note="register term")
P(R, "block", "Why's the council keeping the Meadowbank claim so quiet? Residents deserve to know we're being sued over the flooding.",
  note="register term")
P(R, "review", "From last night's Part 2 item: the council's paying £1.2m for the old mill. Seems a lot to me.",
  when=("2026-02-04", "2026-02-04"), allow=["confidentiality.insider-advantage"], note="Part 2 figure")
P(R, "review", "In confidence, the Chief Exec told us three senior managers are going in the restructure. Feel for them.",
  note="labour relations shared in confidence")
P(R, "review", "The legal advice we had in closed session says we'd lose if the quarry company took us to court. So why are we fighting it?",
  note="legal advice from a closed session")
P(R, "review", "Not for publication, but the leisure centre contract price is £3.4m over ten years. Judge for yourselves.",
  note="contract terms not for publication")
P(R, "review", "Off the record: the bin crews' pay offer is 3%, and the union's going to knock it back.",
  note="labour relations")
P(R, "review", "Embargoed till Thursday but I'm too excited to wait: the council's won £4m from the government for Salterbridge high street! 🎉",
  allow=["confidentiality.insider-advantage"], note="embargoed news")
P(R, "review", "Exempt report says the valuation on the Brindle Street car park is £650k. Cheap, if you ask me, for prime town centre land.",
  allow=["confidentiality.insider-advantage"], note="exempt valuation", when=("2026-01-05", "2026-02-13"))
P(R, "review", "Between you and me, the licensing sub-committee's had a private briefing that the police will object to the festival. Keep it quiet.",
  note="private briefing shared")
P(R, "review", "Leaked to me: the housing officer who was suspended last month is being investigated for fraud. Shocking.",
  allow=["data-protection.personal-data", "defamation.allegation"], note="staff disciplinary matter")

H(R, "Can't say what was discussed in Part 2 last night, and I won't. It'll be public when the deal's signed.", allow=[R],
  when=("2026-02-04", "2026-02-04"), note="marker without disclosure")
H(R, "Lapwings are back on Rushmoss Moss! First pair this morning. Spring's coming 🐦",
  when=("2026-03-02", "2026-03-27"), note="partial overlap with a register term", by=["re"])
H(R, "Brine pumping in Salterbridge stopped decades ago but the ground's still moving. That's why the flood defences matter.",
  note="partial overlap with a register term")
H(R, "Flashside Marina open day on Saturday: narrowboat trips, brass band, bacon barms. Grand day out.", allow=[R],
  note="partial overlap with a register term")
H(R, "Castlefields ward surgery this Friday at the community centre. Bring your brews.",
  by=["wc"], note="partial overlap with a register term")
H(R, "Confidential waste bins at the Civic Centre get emptied Thursdays. Members, don't leave papers lying in the members' room.", allow=[R],
  note="marker word, nothing disclosed")
H(R, "Meadowbank Primary raised £900 at their cake sale! Well done, kids.",
  note="partial overlap with a register term")
H(R, "Shippon conversions are all the rage round Alderwick Green. Half the farms round here are holiday lets now.",
  note="partial overlap with a register term")
H(R, "Cabinet agreed to publish the Part 2 report on the leisure centre once the contract's signed. Good. Sunlight's the best disinfectant.", allow=[R],
  note="marker word, decision to publish")
H(R, "Off the record? Nothing's off the record with me. If you tell me something as your councillor, assume I might have to act on it.", allow=[R],
  note="marker words, nothing disclosed")
H(R, "The closed session was about a property deal. That's all the published agenda says, and that's all I can say.", allow=[R],
  note="what the agenda says")
H(R, "Town centre regeneration consultation opens Monday. Drop-in at Salterbridge Library on Lock Street.",
  note="public consultation")
H(R, "Embargoed press releases and me don't mix. I always want to tell everyone! Anyway, it's official now: Wychmere in Bloom got gold!", allow=[R],
  note="marker word, news public")
H(R, "Legal advice to the council is privileged and I respect that. I just wish more decisions were taken in public.", allow=[R],
  note="marker, nothing disclosed")
H(R, "Between you and me and half of Wychmere: the Tuesday market is the best day out in the Vale 🧀", allow=[R],
  note="marker phrase as a joke")
H(R, "Exempt items are on the agenda for a reason: people's jobs, commercial deals, legal stuff. I'm not moaning about it.", allow=[R],
  note="marker word, nothing disclosed")
H(R, "Leaky roof at the Civic Centre again. Buckets out in committee room 1 😂",
  note="'leaky' without a leak")
H(R, "The operation to clear the fly-tipping off Moss Lane went well today. Six tonnes shifted. Ta to the crews.",
  note="public operation after the fact")

# ---------------------------------------------------------------------------------------------
# tone.irony-risk (advice)
R = "tone.irony-risk"
P(R, "advice", "Hats off to the Leader for another masterclass in listening to residents. Truly inspirational 👏👏", by=["opp"],
  note="mock praise of the Leader")
P(R, "advice", "Oh brilliant, Cllr Capper's found the planning rulebook. Only took him six years. Genius.",
  allow=["respect.personal-attack"], note="mock praise of a councillor")
P(R, "advice", "What a hero our MP is. Not seen in Salterbridge for two years, but he'll be here the week before the local elections, you watch. Yeah right, he really cares 🙄",
  note="mock praise of the MP")
P(R, "advice", "Cabinet have done it again! A tip AND a library shut in the same week. Truly, the Vale is blessed. /s", by=["opp"],
  note="sarcasm about cabinet")
P(R, "advice", "Huge respect to Vale Together for their bold new policy of doing absolutely nowt about potholes. Visionary stuff.", by=["opp"],
  note="mock praise of a party")
P(R, "advice", "So proud of the Greens for their brave stand on... the colour of bin lids. Really moving 🌿😂", notby=["green"],
  note="mock praise of a group")
P(R, "advice", "Thanks so much to the Chairman for the 45-minute speech about her caravan holidays at the civic dinner. Riveting. Truly.", notby=["@CllrPeggyOllerhead"],
  note="mock praise of the Chairman", by=["opp"])
P(R, "advice", "Common Ground's budget amendment was a real work of genius. Only £3m short. Minor detail.", by=["vt"],
  note="mock praise of a group")
P(R, "advice", "Another triumph for the highways portfolio: the pothole on Dunmere Lane's got its own postcode now. Well done, Nev!", by=["opp"],
  note="mock praise of a cabinet member")
P(R, "advice", "Love how the Salterbridge Independents are independent of each other too. Can't agree what day it is. Masterclass.", notby=["si"],
  note="mock praise of a group")
P(R, "advice", "Well done to the finance portfolio holder for discovering the council's skint. Sharp as a tack, that one.", by=["opp"],
  note="sarcasm about a cabinet member")
P(R, "advice", "Big shout to the county councillors who've decided Salterbridge doesn't need a bus. Cheers lads, really thought that one through.",
  note="sarcasm about named group of politicians")
P(R, "advice", "Oh good, the Leader's 'listening tour' is coming to Rushmoss. Can't wait. I'm sure she'll listen as hard as last time 👂", by=["opp"],
  note="sarcasm about the Leader")
P(R, "advice", "Kyle's latest 'fact check' is a thing of beauty. Five facts, none of them checked. Legend.",
  note="mock praise of a councillor", by=["vt"])
P(R, "advice", "Cabinet member for the environment arriving at the clean air launch... in his Range Rover. Leading by example as ever 🌍🚙", by=["opp"],
  note="mock praise")
P(R, "advice", "So glad the planning chair's got such a busy diary he can't make the Rushmoss site visit. Important man. Very important.", notby=["@CllrAndyCapper"],
  note="sarcasm about the planning chair")
P(R, "advice", "Genius move by this administration: consult on the parking charges AFTER bringing them in. Never change, Vale Together. Never change 😘", by=["opp"],
  note="mock praise of the administration")
P(R, "advice", "Thank you Matthew Caldwell MP for that inspiring two-line reply to 300 letters about Salterbridge post office. Inspiring stuff 📮",
  note="mock praise of the MP")

H(R, "Oh brilliant, it's chucking it down again. Cheshire in March, dead reliable ☔", allow=[R],
  when=("2026-03-02", "2026-03-27"), note="irony about weather")
H(R, "Train to Manchester cancelled again. 'Leaves on the line' in March? Yeah right 🙄", allow=[R],
  when=("2026-03-02", "2026-03-27"), note="irony about trains")
H(R, "Hats off to the Leader for the leisure centre deal, and I mean that, no irony. Good result for Wychmere.", by=["opp"],
  note="sincere praise")
H(R, "The council's parking policy is a shambles and the cabinet should be ashamed of it.", by=["opp"],
  note="robust policy criticism")
H(R, "Masterclass from Salterbridge under-14s on Sunday. 6-0. Proper football.",
  note="sincere praise")
H(R, "My printer's decided it only prints in pink today. Truly a genius machine 🖨️", allow=[R],
  note="irony about a thing")
H(R, "Riveting stuff at scrutiny: three hours on the risk register. Never felt so alive 😴", allow=[R],
  note="irony about meeting length")
H(R, "Vale Together's budget cuts libraries, buses and the tip. That's not prudence, it's vandalism.", by=["opp"],
  note="robust policy criticism")
H(R, "Well done to Cllr Bostock for getting the Dunmere Lane potholes filled this week. Credit where it's due.",
  note="sincere praise")
H(R, "The new council website: 'easier to use than ever'. Took me twenty minutes to find bin days. Progress! /s", allow=[R],
  note="irony about a website")
H(R, "Nesh? Me? I've only got four layers on for the litter pick. Perfectly normal Cheshire spring 🥶", allow=[R],
  note="self-irony", when=("2026-03-02", "2026-03-27"))
H(R, "The Common Ground budget amendment doesn't add up, and I'll say so on Thursday. £3m short is £3m short.", by=["vt"],
  when=("2026-02-19", "2026-02-26"), note="robust criticism")
H(R, "Potholes on Peckton Road so deep the ducks have moved in. Lovely water feature 🦆", allow=[R],
  note="irony about potholes")
H(R, "Genuinely chuffed for our Chairman, Peggy Ollerhead, raising £8k for the hospice this year. Amazing effort.",
  note="sincere praise")
H(R, "The MP's reply to our post office letter was two lines long. That's not good enough, and I've written back asking him to meet residents.",
  note="robust criticism without irony")
H(R, "'Spring', they said. Yeah right. It's snowing in Tillington ❄️", allow=[R],
  note="irony about weather", when=("2026-03-02", "2026-03-20"))
H(R, "The Greens' motion on hedgerows is a good one and I'll be backing it, even if I don't agree with them on much else.", notby=["green"],
  note="sincere praise")
H(R, "Love a 7am reversing beeper. Best alarm clock in Salterbridge 😂", allow=[R],
  note="irony about a noise")

# ---------------------------------------------------------------------------------------------
# fillers
F("Gritters out on the main roads tonight. Take it steady on the lanes round Tillington, they're like glass.", when=("2026-01-05", "2026-02-13"))
F("Cracking turnout for the Salterbridge litter pick. 22 bags, one shopping trolley and a garden gnome. Ta, everyone!", by=["salter"])
F("Surgery at Dunmere church hall Saturday, 10 till 12. Brew's on.", by=["dp"])
F("Wychmere Tuesday market: oatcakes, Cheshire cheese and the best pork pies in the Vale. Go on, treat yourself.")
F("Bin collections back to normal this week after Christmas. Check the app if you're not sure of your day.", when=("2026-01-05", "2026-01-09"))
F("Fog's down thick over the flashes this morning. Lovely and eerie. Drive careful.")
F("Council tax bills land in March. If you're struggling, ring the council early. There's help, don't sit on it.", when=("2026-02-23", "2026-03-20"))
F("Three calves born overnight. Not a wink of sleep. Wouldn't change it.", by="@pat_hulme_shippon")
F("Silage clamp sheeted, cows in, kettle on. Chucking it down. Typical.", by="@pat_hulme_shippon")
F("Bream biting on the cut by lock 4 this morning. Freezing my bits off but worth it 🎣", by="@kyle_on_the_cut")
F("Boat neighbours did a brew round for the whole mooring this morning. Canal folk are the best folk.", by="@kyle_on_the_cut")
F("Well done to Wychmere High's debating team, through to the regional final!")
F("Holocaust Memorial Day service at Salterbridge Memorial Hall, 27 January, 11am. All welcome.", when=("2026-01-19", "2026-01-26"))
F("Pancake race on the Market Square on Shrove Tuesday: councillors v traders. I'm in training (eating pancakes).", when=("2026-02-09", "2026-02-16"))
F("Ta to everyone who came to the flood meeting. Notes going up on my page by Friday.")
F("Daffodils out on the verges at Alderwick Green. Spring's on its way at last.", when=("2026-03-02", "2026-03-27"), by=["ag"])
F("Reading the Local Plan evidence base tonight. 600 pages. Send brews.")
F("Anyone lost a grey cat round Brindle Street? She's been sat in my porch since Tuesday giving me evils.")
F("Power cut in Peckton this morning. Network lot say it'll be back on by 3. Check on your neighbours.", by=["dp"])
F("Rose Queen committee already planning for June. Entry forms at the library.")
F("Spoke to Year 5 at Dunmere Primary about what councillors do. Toughest questions I've had all year: 'Do you get paid?' and 'Have you met the King?'", by=["dp"])
F("Reported the pothole on Lock Street to county highways this morning. Fingers crossed.", by=["sl"])
F("Knit and natter at Salterbridge Library, Wednesdays 2pm. They've adopted me. Send help.", by=["salter"])
F("Mossland wildlife walk on Sunday. Meet at the car park, wellies essential.")
F("Thoughts with everyone affected by the fire on the industrial estate last night. Nobody hurt, thank goodness. Fire crews were brilliant.")
F("Gave blood at Wychmere community centre today. Got a biscuit. Go on, your turn.")
F("Ward walk in Castlefields this morning: two broken street lights and a blocked drain reported.", by=["wc"])
F("Wychmere in Bloom meeting Thursday. We need volunteers for the High Street planters.")
F("Snow on the hills east of Leyhurst this morning. Beautiful, but nesh weather.", when=("2026-01-05", "2026-02-20"))
F("Apprenticeship fair at Salterbridge College on the 12th. Loads of local employers. Tell your kids.")
F("Towpath's reopened between locks 2 and 3 after the repairs. Mind the puddles.")
F("Kung hei fat choi to everyone celebrating this week 🧧", when=("2026-02-16", "2026-02-20"))
F("Chuffed with the turnout at the Peckton coffee morning. £210 for the defib fund.", by=["dp"])
F("Reminder: clocks go forward on Sunday 29 March. Lighter nights!", when=("2026-03-23", "2026-03-27"))
F("Mother's Day craft fair at the Market Hall this weekend. Cards, cakes, the lot.", when=("2026-03-09", "2026-03-13"))
F("Visited the new affordable homes on Cooper's Croft. First families move in next month. This is what it's all about.")
F("Cheshire weather: four seasons before your dinner. Brolly, sunglasses and a fleece in the car at all times.")
F("Scouts' bag-pack at the Co-op raised £480. Proper grafters, every one of them.")
F("Evening class in British Sign Language starts at the community centre next month. I've signed up. Wish me luck!")
F("Frogspawn in the pond! Kids are made up.", when=("2026-02-23", "2026-03-27"))
F("Wychmere Show dates confirmed: 8 and 9 August. Get it in your diaries.")
F("Salterbridge Lock surgery moved to the library's upstairs room this week while they fix the heating.", by=["sl"])

# ---------------------------------------------------------------------------------------------
# The script: authors, platforms, timestamps, ids.

COUNCILLORS = {
    # handle: (name, party, ward, roles)
    "@GillRaddock": ("Gillian Raddock", "vt", "wt", {"leader", "cabinet"}),
    "@StuPennockVT": ("Stuart Pennock", "vt", "wt", {"cabinet", "planning", "licensing"}),
    "@CllrPeggyOllerhead": ("Margaret Ollerhead", "vt", "wc", {"chairman", "licensing"}),
    "@ImranDadabhoyCG": ("Imran Dadabhoy", "cg", "wc", {"licensing"}),
    "@BevTinsleyCG": ("Bev Tinsley", "cg", "sn", set()),
    "@KyleMottram": ("Kyle Mottram", "cg", "sn", {"planning"}),
    "@DennisBreretonSI": ("Dennis Brereton", "si", "sl", {"planning", "licensing"}),
    "@JoShuffle_SI": ("Joanne Shufflebotham", "si", "sl", set()),
    "@HughEWray": ("Hugh Egerton-Wray", "vt", "dp", {"cabinet"}),
    "@RachelLowndesVT": ("Rachel Lowndes", "vt", "dp", {"planning"}),
    "@TomBeechGreen": ("Tom Beech", "green", "re", {"planning"}),
    "@SaoirseDolanGreen": ("Saoirse Dolan", "green", "re", {"licensing"}),
    "@CllrAndyCapper": ("Andrew Capper", "vt", "ly", {"planning", "planning-chair"}),
    "@SandraWhitlowCG": ("Sandra Whitlow", "cg", "ly", {"planning"}),
    "@NevBostockVT": ("Neville Bostock", "vt", "ag", {"cabinet"}),
    "@PatHulmeInd": ("Pat Hulme", "ind", "ag", set()),
    "@LorraineBrattVT": ("Lorraine Bratt", "vt", "tm", {"cabinet", "licensing"}),
    "@OwenJeffsCG": ("Owen Jeffs", "cg", "tm", {"licensing"}),
}
PERSONAL = {"@kyle_on_the_cut": "@KyleMottram", "@pat_hulme_shippon": "@PatHulmeInd"}
# words in a post that name a councillor (surname, first name or nickname); a post is never by them
NAMED = {
    "@GillRaddock": ["Raddock", "Gillian", "Gill"], "@StuPennockVT": ["Pennock"],
    "@CllrPeggyOllerhead": ["Ollerhead", "Peggy"], "@ImranDadabhoyCG": ["Dadabhoy", "Imran"],
    "@BevTinsleyCG": ["Tinsley", "Bev"], "@KyleMottram": ["Mottram", "Kyle"],
    "@DennisBreretonSI": ["Brereton", "Dennis"], "@JoShuffle_SI": ["Shufflebotham"],
    "@HughEWray": ["Egerton-Wray", "Hugh"], "@RachelLowndesVT": ["Lowndes"], "@TomBeechGreen": ["Beech"],
    "@SaoirseDolanGreen": ["Dolan", "Saoirse"], "@CllrAndyCapper": ["Capper"], "@SandraWhitlowCG": ["Whitlow"],
    "@NevBostockVT": ["Bostock", "Nev", "Neville"], "@PatHulmeInd": ["Hulme"], "@LorraineBrattVT": ["Bratt", "Lorraine"],
    "@OwenJeffsCG": ["Jeffs"],
}
# a post touching one of these bodies is never by its holder unless set by hand
INTEREST_WORDS = {
    "@DennisBreretonSI": ["canal trust", "towpath", "lock gates"], "@HughEWray": ["egerton-wray estates", "peckton bank", "local plan", "hatton", "housing scheme"],
    "@TomBeechGreen": ["community energy", "solar"], "@RachelLowndesVT": ["farmers' market"], "@PatHulmeInd": ["dairy", "slurry", "relief", "milk"],
    "@StuPennockVT": ["leisure centre", "lockside"], "@BevTinsleyCG": ["hmo", "letting"],
    "@KyleMottram": ["rugby"], "@ImranDadabhoyCG": ["credit union", "hardship loan"],
    "@SandraWhitlowCG": ["parish"], "@LorraineBrattVT": ["village hall", "community buildings"],
    "@OwenJeffsCG": ["taxi", "private hire", "rank", "licensing fee"],
}


def pool(tokens):
    out = set()
    for t in tokens:
        for h, (_, party, ward, roles) in COUNCILLORS.items():
            if (t == "any" or t == party or t == ward
                    or (t == "opp" and party != "vt")
                    or (t == "salter" and ward in ("sn", "sl"))
                    or (t == "backbench" and not roles & {"leader", "cabinet", "chairman"})
                    or (t in ("planning", "licensing") and t in roles)):
                out.add(h)
    return out


def pick_author(row, rng):
    by = row["by"]
    if isinstance(by, str):
        return by
    cands = pool(by or ["any"])
    text = row["text"]
    low = text.lower()
    for h in list(cands):
        if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) for w in NAMED[h]) or h.lower() in low:
            cands.discard(h)
        elif any(w in low for w in INTEREST_WORDS.get(h, [])):
            cands.discard(h)
    for h in row["notby"]:
        cands -= pool([h]) if not h.startswith("@") else {h}
    if not cands:
        raise SystemExit(f"no author for: {text}")
    return rng.choice(sorted(cands))


def load_meetings():
    out = []
    for line in (HERE / "meetings.csv").read_text().splitlines()[1:]:
        parts = line.rsplit(",", 2)
        out.append((dt.datetime.fromisoformat(parts[1]), dt.datetime.fromisoformat(parts[2])))
    return out


START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
UTC = dt.timezone.utc


def pick_time(row, rng, meetings):
    lo, hi = START, END
    if row.get("when"):
        lo, hi = (dt.date.fromisoformat(d) for d in row["when"])
    days = [lo + dt.timedelta(n) for n in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)
        if not any(s <= t <= e for s, e in meetings):
            return t


def pick_platform(text, rng):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[4, 4, 2])[0]


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = pick_author(r, rng)
        post = {
            "id": f"B94-{i:04d}",
            "text": r["text"],
            "author": author,
            "created_at": pick_time(r, rng, meetings).isoformat(),
            "platform": pick_platform(r["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            post["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            post["interest"] = r["interest"]
        post["note"] = r["note"]
        out.append(post)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts")


if __name__ == "__main__":
    main()
