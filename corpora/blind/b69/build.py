#!/usr/bin/env python3
"""Blind evaluation set b69: Carrack Moor District Council (Cornwall), twelve single-post rules.

Every row below was written by hand for this set. The script shuffles the rows with a fixed seed
(6969), gives ids b69-NNN, picks plausible authors, platforms and weekday daytime timestamps, and
writes posts.jsonl next to this file. Running it again gives the same file.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 6969

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

# handle -> (name, party, role); personal handles are listed separately
COUNCILLORS = {
    "@MorwennaTregear": ("Morwenna Tregear", "TA", "leader"),
    "@JoryPascoeCC": ("Jory Pascoe", "CC", ""),
    "@KittoRowseTA": ("Kitto Rowse", "TA", "cabinet"),
    "@TamsinCurnow": ("Tamsin Curnow", "CC", ""),
    "@LowdyJenkinTA": ("Lowdy Jenkin", "TA", "cabinet"),
    "@PedrekAngove": ("Pedrek Angove", "TA", "planning chair"),
    "@ChairmanTrembath": ("Derek Trembath", "TA", "chairman"),
    "@SallyNankivellCC": ("Sally Nankivell", "CC", ""),
    "@GerrenHosking": ("Gerren Hosking", "CK", ""),
    "@JennaMabynCK": ("Jenna Mabyn", "CK", ""),
    "@IvorPenberthyInd": ("Ivor Penberthy", "IND", ""),
    "@WennaKeastTA": ("Wenna Keast", "TA", "cabinet"),
    "@NigelOatesCC": ("Nigel Oates", "CC", ""),
    "@RosenwynCK": ("Rosenwyn Chenoweth", "CK", ""),
    "@BryokWilliamsTA": ("Bryok Williams", "TA", "cabinet"),
    "@ArthurVosperInd": ("Arthur Vosper", "IND", ""),
}
PERSONAL = {"@sally_hevva_cake": "@SallyNankivellCC", "@ivor_rows_gigs": "@IvorPenberthyInd"}
SELF = "@RosenwynCK"

# interest -> (holder handle, phrases that mean a post touches it)
INTERESTS = {
    "Pascoe Marine Ltd": ("@JoryPascoeCC", ["pascoe marine", "boatyard", "harbour maintenance", "pontoon"]),
    "Porthvellan Pilot Gig Club": ("@IvorPenberthyInd", ["gig club", "pilot gig"]),
    "Kellyvose Community Land Trust": ("@RosenwynCK", ["community land trust", "clt"]),
    "Oates Holiday Cottages": ("@NigelOatesCC", ["oates holiday", "holiday cottage", "second-homes premium", "holiday let", "second homes", "premium on second"]),
    "Chywoon Credit Union": ("@SallyNankivellCC", ["credit union"]),
    "Angove Farms": ("@PedrekAngove", ["angove farms", "north of lanveor", "north of the town", "local plan"]),
    "Rowse & Daughter Fish Merchants": ("@KittoRowseTA", ["rowse & daughter", "fish merchant", "fish market"]),
    "St Tellan Academy Trust": ("@WennaKeastTA", ["st tellan academy", "academy trust", "school closure", "admissions", "school transport"]),
    "Hendra Moor Surf Life Saving Club": ("@JennaMabynCK", ["surf life saving", "slsc", "lifeguard", "surf lifesaving"]),
    "Tin Coast Heritage Trust": ("@TamsinCurnow", ["tin coast", "heritage trust", "heritage grant", "heritage budget", "world heritage"]),
}

ROWS = []


def _row(kind_of_row, family, text, note, rules, verdict, allowed=(), near=None, interest=None,
         by=None, pool=None, when=None, not_by=()):
    ROWS.append(dict(kind_of_row=kind_of_row, family=family, text=text, note=note, rules=list(rules),
                     verdict=verdict, allowed=list(allowed), near=near, interest=interest, by=by,
                     pool=pool, when=when, not_by=list(not_by)))


def P(fam, verdict, text, note, rules=None, **kw):
    _row("positive", fam, text, note, rules or [fam], verdict, **kw)


def H(fam, text, note, **kw):
    _row("hard_negative", fam, text, note, [], "ok", near=fam, **kw)


def F(text, note, **kw):
    _row("filler", "filler", text, note, [], "ok", **kw)


# ---------------------------------------------------------------------------------------------
# officers.impartiality
# ---------------------------------------------------------------------------------------------
P(OFF, "review", "Carys Blewett's report on the Creamery site reads like it was written by the developer's PR team. I've asked her to look again and frankly she needs to.",
  "names a planning officer, presses her to change her report", allowed=[DEF])
P(OFF, "review", "Told the Head of Planning straight: change the recommendation on the Net Loft or I'll be raising it at full council. Proper job, he knows where I stand now.",
  "pressing the Head of Planning to change advice", allowed=[PRE])
P(OFF, "review", "Funny how a certain officer in the licensing team always finds a reason to say yes when it's a mate's pub in Hendra. Just saying \U0001F914",
  "questions an officer's neutrality; identifiable by role", allowed=[DEF])
P(OFF, "review", "The harbour master has clearly picked a side in the mooring fees row. Not his job. He should keep his politics off the quay.",
  "harbour master (an officer) accused of taking political sides")
P(OFF, "review", "Wasson with the finance director? Every budget paper this year has been slanted to make the administration look good. Officers are meant to be neutral, not spin doctors for the Tamar Alliance.",
  "s151 officer's neutrality questioned in public", pool="opp")
P(OFF, "review", "Emailed Martin Eddy again this morning. Third time of asking for him to take paragraph 7.4 out of the report before committee. Not going away dreckly on this one, I want it gone.",
  "pressing a named officer to change a committee report")
P(OFF, "review", "Ruth Polkinghorne's 'advice' on my complaint was a joke. A Monitoring Officer who can't see past the Leader's office isn't independent, whatever her job title says.",
  "named Monitoring Officer's independence attacked", allowed=[PA], pool="opp")
P(OFF, "review", "Huge well done to our Head of Comms for yet another press release that somehow forgot to mention the opposition amendment that actually passed. Masterful neutrality \U0001F44F\U0001F44F",
  "mock praise of an officer: questions her neutrality and is ironic", rules=[OFF, TON], pool="opp")
P(OFF, "review", "Simon Uren needs to get out of his office and down to Polgrean before he writes another housing report he clearly doesn't believe. Teasy? Yes I am.",
  "criticises a named officer and his report in public", allowed=[PA])
P(OFF, "review", "Jan in waste services has been telling residents the bin changes were 'members' idea'. Officers should not be briefing against councillors. Sort it out Jan.",
  "named officer (first name and service) criticised in public")
P(OFF, "review", "Some of us remember when planning officers gave advice without one eye on who'd be Leader after May.",
  "planning officers' neutrality questioned, oblique", pool="opp")
P(OFF, "review", "I've asked the Chief Exec to make sure the officer report on the Gwel an Mor lodges says what residents have been saying for months. If it doesn't, I'll want to know why.",
  "pressing for the content of an officer report", allowed=[PRE])
P(OFF, "review", "Tom Laity has bent over backwards for the festival organisers at every turn. You'd think he had shares in it \U0001F644",
  "named licensing manager accused of bias", allowed=[DEF])
P(OFF, "review", "The council's planning officers are not neutral. Simple as that.",
  "plain statement questioning officers' neutrality", pool="opp")
P(OFF, "review", "My 'ansum, I've had it up to here with the highways engineer (you know who). Every scheme in Chywoon gets kicked into dreckly and every scheme in the Leader's ward gets done in a week. Coincidence? Geddon.",
  "officer identifiable by role accused of favouring the Leader's ward", pool="opp")
P(OFF, "review", "Word to Helen Trevail: the chief executive works for the whole council, not the cabinet. Stop sitting in on Alliance group meetings.",
  "named Chief Executive's political neutrality questioned", pool="opp")
P(OFF, "review", "I'll be blunt. The housing officer who dealt with the Kellyvose allocations made a right mess of it and should be moved on.",
  "officer identifiable by role and case, publicly criticised", allowed=[PA])
P(OFF, "review", "Our officers have been told by the cabinet what to write in the parking review. You can see the fingerprints all over it. Shame on them for going along with it.",
  "officers accused of writing to political order", pool="opp")
P(OFF, "review", "If Ashok can find £400k for the Leader's pet project overnight he can find £40k for Hendra's toilets. Funny how that works for an 'impartial' s151 officer.",
  "named s151 officer's impartiality mocked", pool="opp")
P(OFF, "review", "Spoke to the case officer for the Trewinnick solar farm today and made it very clear the recommendation needs to change. I expect to see a different report.",
  "pressing a planning officer to change a recommendation", allowed=[PRE])

H(OFF, "Huge thanks to Carys Blewett and the planning team for a patient, clear session with Lanveor residents last night. Proper job.",
  "thanks a named officer", allowed=[OFF])
H(OFF, "The officer report on the Creamery site is out. I have concerns about the traffic section and I'll be asking questions at committee, as I'm entitled to.",
  "questions a report through the proper channel; no attack on an officer")
H(OFF, "Welcome to Helen Trevail, our new Chief Executive, who starts on Monday. Dreckly she'll find out what a Lanveor traffic jam looks like \U0001F604",
  "welcomes a named officer", allowed=[OFF], when=("2026-01-05", "2026-01-09"))
H(OFF, "The parking policy is a shambles and the cabinet should be ashamed of it.",
  "robust criticism of a policy and the cabinet, not officers", pool="opp")
H(OFF, "Mike Retallack, the harbour master, will be at the Porthvellan drop-in on Thursday to answer questions on the new mooring rules.",
  "names an officer neutrally")
H(OFF, "I disagree with the finance strategy the administration has chosen. Officers set out the options fairly; the cabinet picked the wrong one.",
  "criticises the cabinet, defends officers' neutrality", pool="opp")
H(OFF, "Jan Opie and the waste crews did a proper job clearing the seaweed off the slipway after the storm. Thank you all \U0001F44F",
  "thanks a named officer", allowed=[OFF])
H(OFF, "Officers have advised that a tourism levy needs new legislation. I accept that, even though I wish it were otherwise.",
  "accepts officer advice")
H(OFF, "Met Tom Laity in licensing to understand how a premises licence review works so I can explain it to residents. No views expressed on any case, before anyone asks.",
  "names an officer, proper contact")
H(OFF, "The Leader keeps blaming 'officer advice' for her own decisions. It was the cabinet's call, own it.",
  "criticises the Leader, not officers", pool="opp")
H(OFF, "Please don't have a go at council staff on the phones. They're doing their best with the bin changes. Be 'ansum to them.",
  "defends staff")
H(OFF, "I've made a formal complaint through the proper route about how my casework was handled. I won't say anything more while it's looked at.",
  "uses the complaints route, names nobody")
H(OFF, "The highways plan for Chywoon Cross is wrong-headed and I'll be saying so at scrutiny.",
  "criticises a plan, not an officer")
H(OFF, "Our planning team are stretched thin: two vacancies, hundreds of applications. The administration needs to fund them properly.",
  "supports officers", pool="opp")
H(OFF, "The s151 officer's budget warning was stark and everyone should read it (page 14). The cabinet has ignored it for two years.",
  "cites officer advice to criticise the cabinet", pool="opp")
H(OFF, "Wasson with the harbour wall? Asked officers for a written briefing on the repairs so I can answer residents. Dreckly, they said, and fair enough, it's storm season.",
  "asks officers for information; mild dialect")
H(OFF, "To the planning officer who stopped to help my mum with her shopping on Fore Street yesterday: you're a star \u2B50",
  "praises an officer", allowed=[OFF])
H(OFF, "The officer report on dog control recommends keeping the summer beach ban. I'll read it properly before deciding how to vote.",
  "reads an officer report with an open mind")
H(OFF, "The Monitoring Officer has reminded all members about social media. Fair play to her, some of us needed it \U0001F62C",
  "mentions the Monitoring Officer approvingly", allowed=[OFF])
H(OFF, "Emmets, officers, councillors, dogs: everyone mucked in on the Porthvellan beach clean this morning. Proper job all round.",
  "officers mentioned warmly")

# ---------------------------------------------------------------------------------------------
# resources.political-use
# ---------------------------------------------------------------------------------------------
P(RES, "review", "Leaflets for the Tamar Alliance by-election push in Lanveor all printed on the Lowenna House printer this morning. Cheers to whoever left it full of paper \U0001F609",
  "party leaflets on the council printer", pool="TA")
P(RES, "review", "Drop me a line on my council email if you'd like a Coast and Country poster for your window. I'll bring one round dreckly.",
  "council email used for party posters", pool="CC")
P(RES, "review", "Canvassing sheets sorted, sat in the members' room at Lowenna House with a crib and a pot of tea. Proper job.",
  "council office used for canvassing work")
P(RES, "review", "Thanks to the lovely folk in democratic services who helped me put together the Cornish Commons newsletter mailing list. Couldn't have done it without them.",
  "council staff time on a party newsletter", pool="CK")
P(RES, "review", "Typing this Alliance campaign update on my council laptop between meetings, forgive the typos",
  "council laptop for a party campaign update", pool="TA")
P(RES, "review", "Our spring leaflet uses the council crest because, frankly, it looks smarter. Geddon, nobody minds.",
  "council logo on a party leaflet")
P(RES, "review", "Booked the council chamber for our Coast and Country supporters' evening on the 12th. Free for members, so why not \U0001F937",
  "council chamber for a party event", pool="CC")
P(RES, "review", "Got the comms team at Lowenna House to tidy up the photos for my re-election page. Lovely job!",
  "council staff time on re-election material")
P(RES, "review", "Anyone wanting to join the Alliance action day in Hendra, reply to my council address and I'll add you to the rota.",
  "council email used to organise party campaigning", pool="TA")
P(RES, "review", "Used the council's franking machine for the party membership renewals. Saves a fortune, my 'ansum.",
  "council franking for party post")
P(RES, "review", "Quick one from the members' room PC: we need 20 more volunteers for Saturday's Cornish Commons doorstep blitz in Polgrean!",
  "council computer for party recruitment", pool="CK")
P(RES, "review", "The council minibus is perfect for getting our activists out to Trewinnick on Saturday. Sorted \U0001F690",
  "council vehicle for party activists")
P(RES, "review", "Big thanks to the team on the second floor at Lowenna House for running off 500 of our 'Keep Hendra Independent' cards in their lunch hour.",
  "council staff and printing for an election card", by="@ArthurVosperInd")
P(RES, "review", "Our Coast and Country petition is on the council's Have Your Say page. Sign it there, looks more official that way \U0001F609",
  "party petition on a council consultation platform", pool="CC")
P(RES, "review", "Party meeting tonight, ward budget's paying for the room and the pasties. Geddon.",
  "ward budget (council money) for a party meeting")
P(RES, "review", "Sent the Alliance members' survey out through the council's residents' e-newsletter list. Cracking response already!",
  "council mailing list used for a party survey", pool="TA")
P(RES, "review", "I've asked my ward support officer to draft our group's press release on the budget. She's brilliant at this stuff.",
  "council officer's time on a party group press release")
P(RES, "review", "Shot our campaign video in the council chamber this morning. Big thanks to the facilities team for letting us in early.",
  "council chamber and staff for a campaign video")
P(RES, "review", "Council mobile's been ringing off the hook since our leaflet went out with the number on it. Keep the pledges coming, Kellyvose!",
  "council phone on a party leaflet")
P(RES, "review", "Using the council's Canva account for the Cornish Commons poster. The council logo's already in there so it's dead easy",
  "council software and logo on a party poster", pool="CK")

H(RES, "Leaflets for the Lanveor by-election printed at a Truro print shop and paid for by the local party. Imprint on every one, proper job.",
  "party leaflets paid for privately")
H(RES, "You can reach me about council business on my council email. Party stuff, please use the Coast and Country address instead.",
  "keeps council email for council business", pool="CC")
H(RES, "Surgery at Lowenna House on Friday 10 till 12. All welcome, casework only, no politics.",
  "council building for a ward surgery")
H(RES, "The council laptop's gone in for repair so replies will come dreckly, sorry folks.",
  "mentions council laptop, no campaigning")
H(RES, "Our spring leaflet is out. No council logos, no council money: paid for by members' subs and a raffle.",
  "party leaflet paid for by the party")
H(RES, "Democratic services staff were brilliant getting the agenda out on time despite the storm. Thank you.",
  "thanks council staff")
H(RES, "Booked the Chywoon Rugby Club function room (not the council chamber, before anyone asks!) for our supporters' evening. Paid for by the party.",
  "party event in a private venue")
H(RES, "The council minibus is back in service for the Polgrean Day Centre. Good news for the members who rely on it.",
  "council minibus for its proper use")
H(RES, "The council's comms team has put out the official notice on beach car park charges. Link on the council website.",
  "points to an official council notice")
H(RES, "Typing this on my own phone on the train back from Plymouth. Canvassing tomorrow, wish us luck!",
  "campaigning on own equipment")
H(RES, "Ward budget grant of £500 to Hendra Bowls Club for new mats. Applications for the next round open dreckly.",
  "ward budget used properly")
H(RES, "Reminder to all candidates: council premises, equipment and staff can't be used for campaigning. The rules apply to every one of us.",
  "reminder of the rule itself")
H(RES, "The council crest in the Lowenna House foyer is older than me, and that's saying something. Lovely bit of history.",
  "mentions the council crest, no campaigning")
H(RES, "The council's franking machine is being replaced with a cheaper contract, saving £4k a year. Small wins.",
  "council equipment, no campaigning")
H(RES, "Filmed a short explainer on the budget in my own kitchen, no council kit used. Party-funded, as it should be.",
  "party video made privately")
H(RES, "Got my council-issued laptop today. Spent the morning on the information security training. Proper job.",
  "council laptop, no campaigning")
H(RES, "Our Cornish Commons newsletter is out: printed by a Porthvellan printer and paid for by the group.",
  "party newsletter paid for by the group", pool="CK")
H(RES, "The council's Have Your Say page is open for the harbour parking consultation until 20 February. Get your views in!",
  "promotes a council consultation", when=("2026-01-05", "2026-02-19"))
H(RES, "The members' room at Lowenna House was packed today for the cross-party flood briefing. Good to see everyone pulling together.",
  "council room used for council business")
H(RES, "On the Alliance phone bank tonight from the party office in Porthvellan. Grab a pasty and join us.",
  "party campaigning from a party office", pool="TA")

# ---------------------------------------------------------------------------------------------
# position.improper-advantage
# ---------------------------------------------------------------------------------------------
P(POS, "review", "As your councillor I can get your planning application looked at quicker. Just give me a ring and I'll have a word.",
  "offers to fast-track planning through the role")
P(POS, "review", "Need a builder? Use my brother-in-law's firm, Penrose Building. I'll make sure the building control side goes smooth \U0001F609",
  "promotes a relative's firm and offers council favour")
P(POS, "review", "Had a word with the licensing lads for my mate's beach bar, they'll go easy on him. That's what friends are for!",
  "uses position to influence licensing for a friend")
P(POS, "review", "If you're on the housing list in Hendra and you vote for me, I'll see you get bumped up. Can't say fairer than that.",
  "offers housing priority for votes", allowed=[BUL])
P(POS, "review", "Anyone wanting a residents' parking permit sorted before the emmets arrive, DM me. I know which buttons to press at Lowenna House.",
  "offers favours through knowing the council")
P(POS, "review", "Our Jake's just qualified as a plumber. Trewinnick folk, give him a ring, and I'll put a word in with procurement about the council contracts list.",
  "seeks council work for a relative")
P(POS, "review", "Traders on Fore Street: come and see me at my surgery and I'll see what I can do about a pitch at the pannier market before the official round opens.",
  "offers a pitch ahead of the proper process")
P(POS, "review", "My daughter's café on the harbour is the best in Porthvellan. Pop in and mention my name, and if you need any council help while you're there, I'm all ears \U0001F60A",
  "promotes a relative's business alongside council help")
P(POS, "review", "I'll be honest: if Polgrean Rugby Club backs me in May, they'll find their lease renewal goes a lot easier.",
  "links a council lease to political support", allowed=[BUL])
P(POS, "review", "Got a fine for your bins? Drop me a message and I'll see it goes away, my 'ansum.",
  "offers to make enforcement go away")
P(POS, "review", "My old mucker runs Carne Scaffolding and he's tendering for the harbour wall job. Had a quiet word with the panel chair. Should be sorted.",
  "uses position to help a friend's tender")
P(POS, "review", "Folks asking how to get the school place they want in St Tellan: I sit on the admissions appeals panel, so come and chat to me first \U0001F609",
  "offers influence over school places")
P(POS, "review", "Proud to say my wife's holiday cottage business is open for bookings. Any council visitors coming to Porthvellan, I'll make sure you're sent her way!",
  "steers council visitors to a spouse's business", pool="M")
P(POS, "review", "The landlord who's been ignoring my emails about his Kellyvose flats can expect a lot of interest from environmental health dreckly. Funny how that works.",
  "threatens to use council enforcement to someone's disadvantage", allowed=[BUL])
P(POS, "review", "Want the road outside your house resurfaced? It helps to be on my Christmas card list, that's all I'll say \U0001F602",
  "hints at favours for supporters", when=("2026-01-05", "2026-01-30"))
P(POS, "review", "Hendra Motors, run by my cousin, is the best garage in the district. The council fleet should be using them and I'll be telling the fleet manager so.",
  "pushes a relative's business for council work")
P(POS, "review", "Mate of mine needs a late licence for his 50th at the Legion. Told him I'd ring Tom in licensing and get it waved through.",
  "offers to get a licence waved through for a friend", allowed=[OFF])
P(POS, "review", "There's a job going in the council's harbour team. My nephew's applied and I'll be putting in a good word with the harbour master.",
  "seeks a council job for a relative through the role", allowed=[OFF])
P(POS, "review", "For anyone in my ward stuck in the planning backlog: I've got the Head of Planning's ear. I can get yours to the top of the pile.",
  "offers queue-jumping through the role")
P(POS, "review", "Dreckly isn't good enough for my constituents. If you voted for me, I'll get your pothole done this week. If not, well, get in the queue \U0001F937",
  "council service offered to supporters only")

H(POS, "As your councillor I can't fast-track anyone's planning application, but I can explain the process and chase updates. Drop me a line.",
  "refuses to fast-track", allowed=[POS])
H(POS, "Need a builder? Check the Trading Standards approved list rather than going on word of mouth.",
  "neutral advice on builders")
H(POS, "Had a word with licensing about how community event licences work so I can help any group that asks. Same advice for everyone.",
  "learns the process to help everyone")
H(POS, "Housing allocations go by need, not by who you know. I'll help anyone with their application, whoever they vote for.",
  "fair help with housing")
H(POS, "My daughter's opened her own café in Truro, proud dad moment! Nothing to do with the council, it's 20 miles off.",
  "family pride, no promotion tied to the role", allowed=[POS], pool="M")
H(POS, "Want a road resurfaced? Report it on the council website; that's how the list is built. I'll chase anything that sits too long.",
  "points to the proper route")
H(POS, "Got a bin fine you think is unfair? You can appeal. Here's how, and I'm happy to help with the letter.",
  "helps with a proper appeal")
H(POS, "Please don't ask me to 'have a word' with planning for you. I can't and won't. What I can do is make sure your questions get answered.",
  "refuses to influence planning")
H(POS, "Pleased the council's contractor framework is open to small Cornish firms. Local businesses, the portal opens on 9 February, so apply!",
  "promotes an open procurement", when=("2026-01-05", "2026-02-06"))
H(POS, "Polgrean Rugby Club's lease is up for renewal and it'll go through the normal asset committee process. I've no role in it.",
  "lease through the proper process")
H(POS, "Buy local: Hendra has cracking independent shops. The butcher, the deli, the hardware shop. Go and spend a few quid there this weekend.",
  "general support for local shops")
H(POS, "Job going in the council's harbour team. Great opportunity, apply on the council jobs page by 13 February.",
  "shares a vacancy", when=("2026-01-05", "2026-02-12"))
H(POS, "Fast-track? If only! My own kitchen extension took 14 weeks, same as everyone's \U0001F602",
  "jokes about planning times")
H(POS, "My old mucker from school has just retired from the fire service after 30 years. Proper job, Steve.",
  "congratulates a friend")
H(POS, "Landlords in Kellyvose: the council's new licensing scheme starts in April. If you're not sure whether it covers you, the guidance is on the website.",
  "neutral information for landlords")
H(POS, "School admissions in St Tellan close on 15 January. I don't sit on any panel, so don't ask me to swing it, but I'll happily help you with the form.",
  "help with a form, refuses influence", when=("2026-01-05", "2026-01-14"))
H(POS, "Asked the Head of Planning why Chywoon applications take longer than average. Answer: two vacancies. We need to fund the team.",
  "asks about performance, no favour")
H(POS, "Being your councillor means helping everyone, including the ones who told me on the doorstep they'd never vote for me \U0001F604",
  "helps everyone")
H(POS, "Christmas card list is closed till December, my 'ansum, but my inbox never is.",
  "joke sharing words with a positive")
H(POS, "Hendra Motors did a proper job on the community minibus MOT. Paid for by the trust, booked by the trustees. Shout-out to them.",
  "thanks a local firm, no connection or favour")

# ---------------------------------------------------------------------------------------------
# gifts.hospitality
# ---------------------------------------------------------------------------------------------
P(GIF, "advice", "Lovely evening at the Porthvellan Chamber of Commerce dinner as their guest. Best crab I've had all year \U0001F980",
  "hospitality accepted; no decision sought")
P(GIF, "advice", "A kind local business sent me a hamper of Cornish goodies to say thanks for all my work this year. Saffron buns already gone \U0001F60B",
  "gift from a business; no decision said to be sought", when=("2026-01-05", "2026-01-16"))
P(GIF, "advice", "Thanks to Kellyvose Surf School for the free lesson! I was rubbish but proper job \U0001F3C4",
  "free lesson accepted from a business")
P(GIF, "advice", "Gifted a beautiful painting of the harbour by a local artist after I opened her exhibition. It's hanging in my hall now.",
  "gift accepted after an official opening")
P(GIF, "advice", "Watched Lanveor RFC from the sponsors' box on Saturday. Cheers to the sponsors for their hospitality, what a game!",
  "hospitality from sponsors; no decision sought")
P(GIF, "advice", "Season pass to Trewinnick Gardens from the estate, very kind of them. I'll be there every Sunday dreckly.",
  "gift from an estate; no decision said to be sought")
P(GIF, "review", "Cracking lunch at the Net Loft with the team behind the new restaurant plans. They picked up the bill, proper gentlemen.",
  "hospitality from a pending planning applicant")
P(GIF, "review", "Thanks to Seaspray Leisure for the weekend in one of their Devon lodges. Lovely spot. Looking forward to seeing what they bring to Gwel an Mor.",
  "hospitality from a pending applicant", allowed=[PRE])
P(GIF, "review", "Brightwater Solar took a few of us councillors up to Bristol to see their flagship farm, train and dinner on them. Very informative!",
  "hospitality from a pending applicant")
P(GIF, "review", "Case of local gin from the owners of the Wreckers Shack, who are waiting on their licence. 'Ansum of them.",
  "gift from a pending licence applicant")
P(GIF, "review", "Bottle of Christmas whisky from Menacrin Aggregates turned up at home today. Very kind.",
  "gift from a pending applicant", when=("2026-01-05", "2026-01-09"))
P(GIF, "review", "Two tickets to the Boscarne Winter Gala from Kenwyn Vale Homes. Never been, can't wait!",
  "gift from a pending applicant")
P(GIF, "review", "Our waste contractor Kernow Clearways treated the cabinet to dinner at the Harbour Lights after the contract review. Fair play to them.",
  "hospitality from a council contractor")
P(GIF, "review", "Carne Scaffolding, who are bidding for the harbour wall job, sent round a hamper. Very generous, I'll write and thank them dreckly.",
  "gift from a bidder")
P(GIF, "review", "The Gwenna Fest organisers have given me a VIP wristband for the summer. Can't wait, proper job \U0001F3B6",
  "gift from a pending licence applicant")
P(GIF, "review", "Round of golf and lunch at Polgrean Links, courtesy of the chaps bidding for the car park management contract. Lovely day for it \u26F3",
  "hospitality from bidders")
P(GIF, "review", "Free tea at the Jolly Tinner tonight. The landlord said it's 'for all your help', and with his licence hearing coming up, I wasn't going to say no!",
  "hospitality from a pending licensee")
P(GIF, "review", "Marvyn Telecom sent us all a new phone 'for testing the coverage' ahead of the Kellyvose mast decision. Works a treat!",
  "gift from a pending applicant")
P(GIF, "review", "The lads who want to turn the old chapel into a house made us a proper Sunday roast. 'Ansum, the lot of them.",
  "hospitality from a pending listed building consent applicant, unnamed")
P(GIF, "review", "A local developer (no names!) paid for my ticket to the Cornwall property awards dinner. Fancy do.",
  "hospitality from a developer; judged as seeking decisions")

H(GIF, "Turned down a hamper from a contractor this Christmas and sent it on to the Porthvellan food bank with a polite note.",
  "refused gift", allowed=[GIF], when=("2026-01-05", "2026-01-16"))
H(GIF, "I've put the Chamber of Commerce dinner on my register of gifts and hospitality. Under £100, but I'd rather be open.",
  "registered hospitality", allowed=[GIF])
H(GIF, "Bought my own ticket for Gwenna Fest: £45, not a freebie, before anyone asks \U0001F604",
  "paid own way")
H(GIF, "Paid for my own crab sandwich at the Net Loft today. Not commenting on their plans, they're coming to committee.",
  "paid own way, no view")
H(GIF, "Reminder to colleagues: any gift or hospitality worth £100 or more has to go on the register within 28 days.",
  "reminder of the rule")
H(GIF, "Free pasty day at the Hendra bakery for all NHS staff this Friday. What a lovely gesture.",
  "gift to others, not a councillor")
H(GIF, "Brightwater Solar offered to take councillors to see their Bristol farm. I said no thanks; I'll look at the evidence in the committee papers.",
  "declined hospitality", allowed=[GIF])
H(GIF, "Thank you to everyone who came to my surgery with saffron buns. You're all 'ansum, but I'm getting fat \U0001F602",
  "token food from residents", allowed=[GIF])
H(GIF, "Christmas whisky from a company, sent back unopened. Rules are rules.",
  "returned gift", when=("2026-01-05", "2026-01-16"))
H(GIF, "Kernow Clearways have won the waste contract after a full tender. Details are on the council website.",
  "contract news, no gift")
H(GIF, "Thanks to Polgrean WI for having me as their speaker at the AGM. Never seen so much hevva cake in one room \U0001F44F",
  "speaking at a community group", allowed=[GIF])
H(GIF, "Carne Scaffolding did a proper job on the chapel roof last year. And no, I'm not on the tender panel.",
  "praises a firm, no gift")
H(GIF, "Gifted myself a new coat with my Christmas money. First purchase of 2026 \U0001F9E5",
  "'gifted' used of oneself", when=("2026-01-05", "2026-01-16"))
H(GIF, "VIP wristbands for Gwenna Fest are being offered to councillors. I've declined and I'd urge others to do the same while the licence is pending.",
  "declined gift", allowed=[GIF])
H(GIF, "Nobody sponsors my surgery. Tea and biscuits come out of my own pocket, my lover.",
  "no hospitality")
H(GIF, "Property awards dinner last night: paid my own £60 ticket, and a Kellyvose community housing scheme won best small development!",
  "paid own ticket")
H(GIF, "Thanks to the Jolly Tinner for letting the Hendra residents' meeting use their back room for free. A community pub doing its bit.",
  "free room for a residents' meeting, not a gift to the councillor", allowed=[GIF])
H(GIF, "Got a new phone for the year. Not a freebie from anyone, I promise \U0001F4F1 Coverage in Kellyvose is still rubbish.",
  "bought own phone")
H(GIF, "Gift of a painting from a local artist? Lovely, but I've passed it to the Lowenna House collection so everyone can enjoy it.",
  "gift handed to the council", allowed=[GIF])
H(GIF, "Seaspray Leisure have invited members to look round Gwel an Mor. The official site visit is organised by the council and that's the only one I'll go on.",
  "declines applicant's invitation")

# ---------------------------------------------------------------------------------------------
# capacity.council-voice
# ---------------------------------------------------------------------------------------------
P(CAP, "review", "The Council believes the Gwel an Mor lodges are the wrong development in the wrong place.",
  "personal view presented as the council's", allowed=[PRE], pool="backbench")
P(CAP, "review", "On behalf of Carrack Moor District Council, I want to say we stand fully behind the pannier market traders.",
  "speaks on behalf of the council", pool="backbench")
P(CAP, "review", "Official council position: no more second homes in Kellyvose. Full stop.",
  "claims an official council position", pool="backbench")
P(CAP, "review", "Carrack Moor Council is 100% behind the Kellyvose coast path rescue volunteers \U0001F499 Come and support their open day!",
  "personal account claims the council's backing", by="@ivor_rows_gigs")
P(CAP, "review", "As a council we say it loud: Cornwall's coast is not for sale. We reject the beach concession plans outright.",
  "speaks as the council on a disputed matter", pool=["@JoryPascoeCC", "@TamsinCurnow", "@SallyNankivellCC", "@NigelOatesCC", "@GerrenHosking", "@JennaMabynCK", "@RosenwynCK", "@ArthurVosperInd", "@IvorPenberthyInd"])
P(CAP, "review", "Message from Carrack Moor DC to the Government: fund our harbours or face the consequences.",
  "speaks for the council", pool="backbench")
P(CAP, "review", "We at the council have decided the emmets can pay a tourist tax. Proper job.",
  "claims a council decision that has not been made", pool="backbench")
P(CAP, "review", "Carrack Moor Council's view is that the Creamery homes are exactly what Lanveor needs.",
  "personal view presented as the council's", allowed=[PRE], pool="backbench")
P(CAP, "review", "Speaking for the council, I can confirm we will not be renewing the Hendra library lease.",
  "speaks for the council without authority", pool="backbench")
P(CAP, "review", "Official: the council backs our Coast and Country petition against parking charges!",
  "party petition presented as council-backed", pool="CC")
P(CAP, "review", "Carrack Moor District Council formally condemns the Government's fishing quota deal. Well, this councillor does, and I'm sure the rest agree \U0001F609",
  "claims a formal council position, half-retracted", pool="backbench")
P(CAP, "review", "The council's position is simple: the clay country World Heritage bid must succeed, and we'll fight anyone who says otherwise.",
  "claims a council position", pool="backbench")
P(CAP, "review", "This council will never allow a mast on Kellyvose headland. We've made that clear.",
  "speaks for the council on a pending matter", allowed=[PRE], pool="backbench")
P(CAP, "review", "Carrack Moor Council wishes everyone a happy St Piran's Day, and says: devolution for Kernow, now! \U0001F3F4",
  "party view presented as the council's", pool="backbench", when=("2026-03-05", "2026-03-05"))
P(CAP, "review", "As your council, we're telling the water company: sort the sewage on our beaches or we'll see you in court.",
  "speaks as the council", pool="backbench")
P(CAP, "review", "The council stands with the Polgrean strikers. Solidarity \u270A",
  "claims the council's stance", pool="backbench")
P(CAP, "review", "I can tell you the council is not interested in any deal with the harbour trust. Not now, not ever.",
  "speaks for the council", pool="backbench")
P(CAP, "review", "Chywoon cake sale on Saturday! The district council's right behind it, so come and buy some hevva cake \U0001F370",
  "personal account claims the council's backing", by="@sally_hevva_cake")
P(CAP, "review", "Carrack Moor DC's official response to the Local Plan consultation? Build on brownfield first. That's what we've agreed in the Cornish Commons group.",
  "party view presented as the council's official response", pool="CK")
P(CAP, "review", "Wasson? The council's stance on holiday lets, that's wasson: we want them capped at one in ten homes, and we'll make it happen.",
  "personal view given as the council's stance", pool="backbench")

H(CAP, "My personal view, not the council's: the Gwel an Mor lodges raise big questions about the lanes. I'll listen to everything before committee.",
  "personal view marked as such; open mind", pool="backbench")
H(CAP, "Full council agreed, 22 votes to 10, to back the Save Hendra Lido campaign. Minutes on the council website.",
  "reports a council resolution accurately", when=("2026-01-23", "2026-02-20"))
H(CAP, "Coast and Country's position: no more second homes in Kellyvose. We'll be putting a motion to full council.",
  "party position presented as the party's", pool="CC")
H(CAP, "Speaking for myself, I think the council should back the pannier market traders, and I'll be pushing for it.",
  "personal view")
H(CAP, "The council's official account has the regatta road closures. Go there for the details, not me!",
  "points to the official account")
H(CAP, "At full council last night members voted to write to the Government about harbour funding. I supported it.",
  "reports a resolution", when=("2026-01-23", "2026-01-23"))
H(CAP, "Views my own and not those of Carrack Moor District Council \U0001F642 Anyway: emmets, please park properly.",
  "disclaimer; personal view")
H(CAP, "Chywoon cake sale on Saturday! Come and buy some hevva cake \U0001F370",
  "same cake sale without the council claim", by="@sally_hevva_cake")
H(CAP, "'The Council believes...' is how every council press release starts. I wish it believed in emptying the bins on time \U0001F604",
  "quotes the phrase, no claim to speak for the council")
H(CAP, "On behalf of the Cornish Commons group, we stand with the traders.",
  "speaks for the party group, not the council", pool="CK")
H(CAP, "The council's official position on a tourist levy is in the cabinet report: it's waiting on the Government. I'd go further.",
  "reports the official position accurately")
H(CAP, "I'm not speaking for the council, I'm speaking as a Hendra grandparent: that crossing needs a lollipop person.",
  "personal capacity")
H(CAP, "The Leader has written to the Minister on behalf of the council, as full council asked. Good.",
  "Leader authorised to speak for the council", when=("2026-01-23", "2026-03-27"))
H(CAP, "Happy St Piran's Day from me and my family! Kernow bys vykken \U0001F3F4",
  "personal greeting", when=("2026-03-05", "2026-03-05"))
H(CAP, "Wasson with Hendra library? Asked at cabinet whether the council will renew the lease. Answer: a decision is due in June. I'll keep pushing.",
  "reports a council answer accurately")
H(CAP, "Our party thinks the council should take the water company to court. The council hasn't decided yet, so let's make it.",
  "party view, clear that the council has not decided")
H(CAP, "The council's position was clear in the 2024 strategy: brownfield first. I want the new Local Plan to stick to it.",
  "accurately cites adopted council policy")
H(CAP, "£2k grant for St Tellan Feast agreed at the communities committee on 14 January. Good news for the village.",
  "reports a committee decision", when=("2026-01-15", "2026-03-27"))
H(CAP, "My group thinks the harbour trust deal is wrong. The council as a whole decides at full council on 26 February.",
  "group view, council decision pending", when=("2026-01-23", "2026-02-25"))
H(CAP, "Proper job from the council's flood team this week. Credit where it's due.",
  "praises the council, no claim to speak for it")

# ---------------------------------------------------------------------------------------------
# confidentiality.insider-advantage
# ---------------------------------------------------------------------------------------------
P(INS, "review", "Word to the wise: if you're thinking of buying on Higher Market Street in Lanveor, do it before the council's regeneration plans go public \U0001F609",
  "tip to buy before an announcement")
P(INS, "review", "Mate of mine's selling his boat shed on the quay. Told him to hang on till after March; he'll get double once the harbour news is out.",
  "uses unannounced council plans for a friend's advantage")
P(INS, "review", "Heads up to the Fore Street traders in Chywoon: get your rates appeals in now, there's something coming that'll make it harder. Can't say more.",
  "casual insider tip")
P(INS, "review", "Anyone looking at a holiday let investment: Kellyvose, before the council's second-homes announcement. You didn't hear it from me.",
  "insider tip on an unannounced policy")
P(INS, "review", "Tip-off for my builder friends: the harbour wall contract will be a lot bigger than advertised. Price accordingly \U0001F609",
  "tender information for friends' advantage")
P(INS, "review", "If I were a betting man I'd buy land near Hendra Moor crossroads now. That's all I'm saying.",
  "oblique insider tip", pool="M")
P(INS, "review", "Our Kerensa's looking for a house. Told her to steer clear of Valley Road in Polgrean, the council's got plans for it nobody knows about yet.",
  "family member advised on unannounced plans")
P(INS, "review", "Thinking of selling your caravan on Hendra Moor? Do it this summer. Next summer might be a different story, if you catch my drift.",
  "oblique tip from council knowledge")
P(INS, "review", "The lads at the surf school should bid for the beach concession. I've seen the draft criteria and they tick every box. Get in early!",
  "unpublished criteria used for friends' advantage")
P(INS, "review", "Before the council announces the new car park charges, my advice to anyone running a business on the harbour: buy your season tickets now.",
  "buy before the council announces")
P(INS, "review", "Told my sister to get her barn application in before the new Local Plan policy kicks in. It's a lot tighter than anyone realises.",
  "family advantage from draft policy knowledge")
P(INS, "review", "Fishermen: sell your moorings before April. Friendly tip from someone who sits on the harbour board.",
  "tip using harbour board knowledge")
P(INS, "review", "If you own a shop near the pannier market, don't sign a new lease yet. Trust me. I'll say no more.",
  "oblique insider tip")
P(INS, "review", "Tipped off my cousin's scaffolding firm: the council's going to need a lot of scaffolding on the Lowenna House roof next year. Get ready, boys.",
  "relative's firm tipped off about council work")
P(INS, "review", "Buy now before the council doubles the beach hut rents. Told my lot to snap up the last few at Porthvellan.",
  "buy before the council acts")
P(INS, "review", "Between us Alliance lot: the Hendra depot site is going on the market and my mate Kev's first in line. Proper job.",
  "friend advantaged on an unannounced disposal", allowed=[DIS], pool="TA")
P(INS, "review", "Agents take note: Chywoon's conservation area is being extended in the summer. Get your clients' extensions approved before then \U0001F609",
  "tip on an unannounced change")
P(INS, "review", "Dreckly the council will announce free residents' parking in Kellyvose. If you've been thinking of selling, hang on a bit \U0001F60F",
  "advises sellers on an unannounced policy")
P(INS, "review", "Told the lads at the Polgrean garage to get trained up on EV chargers. The council fleet's going electric and they'll be wanting a local supplier. Not public yet!",
  "friends tipped off about unannounced procurement")
P(INS, "review", "Quiet word for the Kellyvose B&B owners: the council's about to change how it checks holiday lets. Get your paperwork straight now, while there's time.",
  "casual tip ahead of enforcement", allowed=[DIS])

H(INS, "Word to the wise: the regeneration plans for Higher Market Street are out for consultation. Have your say before 27 February.",
  "published consultation", when=("2026-01-05", "2026-02-26"))
H(INS, "Heads up, Fore Street traders: small business rates relief applications close on 31 January. Don't miss out.",
  "public deadline", when=("2026-01-05", "2026-01-30"))
H(INS, "Tip-off from the police: thieves are targeting boat sheds on the quay. Lock up, folks.",
  "public safety tip")
H(INS, "The new car park charges were announced today. Season tickets go on sale on 1 March.",
  "published decision", when=("2026-02-02", "2026-02-27"))
H(INS, "If I were a betting man I'd back Porthvellan to win the gig regatta again. Geddon maids!",
  "'betting man' without insider knowledge", pool="M")
H(INS, "Thinking of selling your caravan? Trading Standards warn of scam buyers: meet in person and never hand over keys before the money's cleared.",
  "consumer advice")
H(INS, "Buy now before it's gone: the last saffron buns at the Chywoon cake sale \U0001F60B",
  "'buy now' about buns")
H(INS, "The draft Local Plan policies are published for everyone to see. Agents and residents alike, read them and comment.",
  "published draft")
H(INS, "You heard it here first: the Porthvellan lifeboat has a new coxswain! Congratulations, Matt.",
  "public news")
H(INS, "The beach concession tender is open to all. Surf schools, cafés, anyone: the criteria are on the council website.",
  "published tender")
H(INS, "Asked at cabinet when mooring fees will be set. Public answer: April. I'll share it when it's out.",
  "public answer")
H(INS, "I can't tell anyone anything about the Hendra depot site before it's public. Please stop asking, my 'ansum.",
  "refuses to share", allowed=[INS])
H(INS, "Chywoon conservation area consultation closes on 6 March. Residents, make your views known.",
  "public consultation", when=("2026-01-05", "2026-03-05"))
H(INS, "Declaring in full: a family member works for a scaffolding firm, so I won't take any part in the Lowenna House roof contract.",
  "declares and steps back")
H(INS, "Announced today: the council's fleet goes electric by 2030. Local suppliers, there's a public market engagement event on 10 March.",
  "announced scheme", when=("2026-01-05", "2026-03-09"))
H(INS, "Don't sign a new lease without advice. Citizens Advice in Lanveor do free sessions on Tuesdays.",
  "neutral advice")
H(INS, "Psst: the Kellyvose chippy has reopened after the storm \U0001F41F Get down there dreckly.",
  "'psst' about a chip shop")
H(INS, "Beach hut rents for 2026 were agreed at cabinet yesterday: up 3%. Details on the council website.",
  "published decision", when=("2026-02-12", "2026-02-12"))
H(INS, "Thinking of selling your home? Have a look at the free energy rating scheme the council launched today; it might add value.",
  "public scheme")
H(INS, "My tip for 2026? Learn a bit of Cornish. Dydh da!",
  "'tip' unrelated", when=("2026-01-05", "2026-01-16"))

# ---------------------------------------------------------------------------------------------
# predetermination.closed-mind
# ---------------------------------------------------------------------------------------------
P(PRE, "block", "PA25/04417: 64 lodges at Gwel an Mor. Over my dead body. I'll be voting against, end of.",
  "settled view on a registered application (reference)")
P(PRE, "block", "The Gwel an Mor lodges must be refused. No ifs, no buts, my mind is made up.",
  "settled view on a registered site")
P(PRE, "block", "The Trewinnick Barton solar farm will never be approved while I'm on planning committee.",
  "settled view on a registered site")
P(PRE, "block", "I've made up my mind on the Creamery: it's a yes from me. Lanveor needs those 48 homes and that's that.",
  "settled view in favour of a registered application")
P(PRE, "block", "Menacrin Aggregates can forget it. Their quarry extension is dead in the water as far as I'm concerned.",
  "settled view naming the applicant")
P(PRE, "block", "Whatever the officers say, I'm voting for the Net Loft restaurant. Quay Street needs a bit of life. Proper job.",
  "settled view in favour, 'whatever the officers say'")
P(PRE, "block", "That mast on Kellyvose headland? Not happening. I'll make sure committee throws it out.",
  "settled view on a registered site")
P(PRE, "block", "The Chywoon Methodist Chapel stays a chapel. I will oppose the listed building consent whatever's put in front of us.",
  "settled view on a registered listed building consent")
P(PRE, "block", "Jolly Tinner wants to stay open till 2am? Not a chance. I'll vote no at the licensing sub-committee.",
  "settled view on a pending licence variation")
P(PRE, "block", "Gwenna Fest has my vote already. Best thing to happen to Polgrean in years, the licence should be a formality \U0001F3B6",
  "settled view in favour of a pending licence")
P(PRE, "block", "Wreckers Shack licence: I've heard enough. Refuse it. Kellyvose beach isn't Newquay.",
  "settled view on a pending licence")
P(PRE, "block", "Seaspray Leisure can bring all the glossy brochures they like. My answer on their lodges is already no.",
  "settled view naming the applicant")
P(PRE, "block", "No point me even reading the Brightwater papers, I know how I'm voting \U0001F31E\u274C",
  "settled view naming the applicant, oblique")
P(PRE, "block", "Kellyvose finally getting a signal! The headland mast will be approved, I'll make sure of it. Proper job \U0001F4F6",
  "settled view in favour on a registered site")
P(PRE, "review", "Another holiday lets application has come in for St Tellan. I'm on planning and I can tell you now: it will be refused.",
  "settled view on an unregistered application")
P(PRE, "review", "There's a licence application in for a new takeaway on Fore Street in Hendra. I'll be voting against, I don't care what the evidence says.",
  "settled view on an unregistered licence")
P(PRE, "review", "I sit on the licensing committee and I've made up my mind on the taxi driver appeal coming to us next month: refused.",
  "settled view on an appeal")
P(PRE, "review", "Any wind turbine application in Polgrean Valley will never get past me on committee. Never.",
  "closed mind on a class of future applications")
P(PRE, "review", "The barn conversion at Tregarth? Yes from me, already decided, whatever the officers say.",
  "settled view in favour on an unregistered application")
P(PRE, "review", "Street trading consent for that burger van on the harbour comes to us dreckly, and I'm voting yes. Made my mind up.",
  "settled view in favour on a street trading consent")

H(PRE, "I have concerns about the Gwel an Mor lodges, traffic especially. As a committee member I'll listen to all the evidence before I decide.",
  "predisposition with an open mind")
H(PRE, "My mind's made up: saffron buns beat hevva cake. Fight me \U0001F604",
  "'mind's made up' about buns")
H(PRE, "I'm not on planning committee, so as ward member I can say it plainly: I object to the Trewinnick Barton solar farm and I've sent my objection in.",
  "ward member not on the committee objecting")
H(PRE, "The council tax rise will never get my vote. Never.",
  "budget vote, not quasi-judicial", pool="opp")
H(PRE, "The Local Plan housing numbers are wrong and my mind's made up on that.",
  "policy view, not quasi-judicial", allowed=[PRE])
H(PRE, "Residents: the Creamery application (PA26/00113) is open for comments until 30 January. Have your say, whatever your view.",
  "neutral information on a pending matter", when=("2026-01-05", "2026-01-29"))
H(PRE, "The Net Loft application comes to committee in April. I'll read the officer report and hear both sides before I decide.",
  "open mind")
H(PRE, "Kellyvose headland mast: I've had 40 emails for and 60 against. I'm keeping an open mind until the hearing.",
  "open mind")
H(PRE, "Chapel conversions can be done well or badly. I'll be looking closely at the detail of the Chywoon application.",
  "predisposition, no settled view")
H(PRE, "Planning appeal decision: the inspector has refused the Hendra garage scheme. That's now final.",
  "reports a decided appeal")
H(PRE, "The Jolly Tinner licence hearing is on 14 April. Residents who want to speak need to register by 31 March.",
  "neutral information")
H(PRE, "Dead in the water: my allotment spuds after that frost \U0001F954",
  "'dead in the water' about potatoes")
H(PRE, "I'm predisposed to support more homes for local people, that's no secret. But every application gets judged on its merits.",
  "predisposition")
H(PRE, "Gwenna Fest last year was brilliant fun. This year's licence is a matter for the committee, so I'll say no more.",
  "no view on the pending licence")
H(PRE, "The cabinet's harbour parking plan must be voted down at full council. It's a policy, not a planning application, so I can say it!",
  "settled view on a policy", pool="opp")
H(PRE, "Refused! The Government has turned down our bid for coastal funding. Gutted.",
  "'refused' about a funding bid")
H(PRE, "As ward member (not on licensing) I've passed residents' concerns about the Wreckers Shack on to the licensing team, as is my job.",
  "passes on concerns, no view")
H(PRE, "Whatever the officers say, I'm making pasties for crib tomorrow. Steak, not mince.",
  "'whatever the officers say' about pasties")
H(PRE, "Brightwater Solar have asked for a meeting. I'll only meet them with officers present and I won't express a view until committee.",
  "open mind, proper conduct")
H(PRE, "Never been approved? The Polgrean bypass has been on the drawing board since 1987. Dreckly, maybe \U0001F643",
  "irony about a road scheme", allowed=[TON])

# ---------------------------------------------------------------------------------------------
# interests.declared-interest
# ---------------------------------------------------------------------------------------------
P(INT, "review", "The harbour maintenance contract goes out to tender next month. Porthvellan has one boatyard with the kit to do it properly: Pascoe Marine. The council should keep it local.",
  "holder promotes his own firm for a council contract", interest="Pascoe Marine Ltd", by="@JoryPascoeCC", allowed=[POS])
P(INT, "review", "Boatyards like ours have serviced the harbour pontoons for thirty years. The council would be daft to bring in an outside firm for the new contract.",
  "holder speaks for his firm without naming it", interest="Pascoe Marine Ltd", by="@JoryPascoeCC")
P(INT, "review", "Please back the community sport grant for the Porthvellan Pilot Gig Club's new boat. Decision at cabinet next month \U0001F6A3",
  "chair of the club lobbies for a council grant", interest="Porthvellan Pilot Gig Club", by="@IvorPenberthyInd")
P(INT, "review", "Our crews need that boathouse lease renewed, simple. Council, don't leave us waiting dreckly on this one.",
  "holder lobbies for a council lease; body unnamed", interest="Porthvellan Pilot Gig Club", by="@IvorPenberthyInd")
P(INT, "review", "Kellyvose Community Land Trust should get first refusal on the council's surplus land at Chapel Field. Homes for local people, not emmets.",
  "board member lobbies for a council land disposal", interest="Kellyvose Community Land Trust", by="@RosenwynCK")
P(INT, "review", "Schemes like ours are the only way young Kellyvose families will ever get a home. The council's affordable housing fund needs to back us; our bid goes in Friday.",
  "holder speaks for her trust without naming it", interest="Kellyvose Community Land Trust", by="@RosenwynCK")
P(INT, "review", "The proposed council tax premium on holiday lets will hit small operators like me hard. I'll be arguing against it at full council.",
  "holder of a holiday-let business argues on the premium", interest="Oates Holiday Cottages", by="@NigelOatesCC")
P(INT, "review", "Oates Holiday Cottages and every other small operator in Kellyvose will be clobbered by the business rates changes the council is consulting on. Respond!",
  "owner campaigns on a council consultation affecting his business", interest="Oates Holiday Cottages", by="@NigelOatesCC")
P(INT, "review", "The council should move some of its treasury deposits into Chywoon Credit Union. Keeps the money local, proper job.",
  "director lobbies for council deposits", interest="Chywoon Credit Union", by="@SallyNankivellCC")
P(INT, "review", "Credit unions like ours could run the council's staff savings scheme for a fraction of the cost. Cabinet, give us a ring.",
  "director lobbies for a council scheme; body unnamed", interest="Chywoon Credit Union", by="@SallyNankivellCC")
P(INT, "review", "The Local Plan should put Lanveor's new homes on the farmland north of the town. I know that land better than anyone; it's the obvious place.",
  "landowner argues for allocating his own land", interest="Angove Farms", by="@PedrekAngove")
P(INT, "review", "Angove Farms has offered a field for the council's new park-and-ride. Best value option on the table, I'd say.",
  "partner promotes his farm's offer to the council", interest="Angove Farms", by="@PedrekAngove")
P(INT, "review", "The council's fish market rents are going up 20%. That'll sink merchants like us. Cabinet, think again.",
  "fish merchant (tenant) lobbies on council rents", interest="Rowse & Daughter Fish Merchants", by="@KittoRowseTA")
P(INT, "review", "Rowse & Daughter have supplied the fish for the council's school meals for years. The new procurement rules shouldn't push out local firms like us.",
  "owner lobbies on procurement affecting his firm", interest="Rowse & Daughter Fish Merchants", by="@KittoRowseTA")
P(INT, "review", "Cabinet should approve the transfer of the St Tellan playing field to the St Tellan Academy Trust. The kids need it.",
  "trustee lobbies for an asset transfer to her trust", interest="St Tellan Academy Trust", by="@WennaKeastTA")
P(INT, "review", "Our schools need the council's home-to-school transport contract kept as it is. I'll be fighting any cut, from the inside if I have to.",
  "trustee speaks for the trust's schools without naming it", interest="St Tellan Academy Trust", by="@WennaKeastTA")
P(INT, "review", "The council's beach lifeguard contract should go to Hendra Moor Surf Life Saving Club. We know these beaches better than anyone.",
  "trustee lobbies for a council contract", interest="Hendra Moor Surf Life Saving Club", by="@JennaMabynCK")
P(INT, "review", "Our volunteers need that clubhouse grant from the council's coastal fund. Please, cabinet: it's lives we're talking about.",
  "trustee lobbies for a grant; body unnamed", interest="Hendra Moor Surf Life Saving Club", by="@JennaMabynCK")
P(INT, "review", "Tin Coast Heritage Trust has bid for the council's heritage grant to save the Polgrean engine house. It deserves every penny.",
  "trustee promotes her trust's grant bid", interest="Tin Coast Heritage Trust", by="@TamsinCurnow")
P(INT, "review", "Trusts like ours have kept the mining landscape alive for decades. The council's cut to the heritage budget would finish us.",
  "trustee speaks for her trust without naming it", interest="Tin Coast Heritage Trust", by="@TamsinCurnow")

H(INT, "The harbour maintenance contract goes out to tender next month. I hope local firms bid; it's good for jobs.",
  "same matter from a non-holder", not_by=["@JoryPascoeCC"])
H(INT, "Good luck to the Porthvellan Pilot Gig Club with their grant bid. Cabinet decides next month.",
  "same matter from a non-holder")
H(INT, "The council tax premium on second homes is the right policy and I'll be voting for it.",
  "same matter from a non-holder", not_by=["@NigelOatesCC"])
H(INT, "Chywoon Credit Union is a great local lender, worth a look if you're stuck with a loan shark.",
  "non-holder mentions the body, no council matter")
H(INT, "Training tonight, 6pm off the slip. Cold one, bring a flask \U0001F6A3",
  "holder's hobby post, no council matter", by="@ivor_rows_gigs")
H(INT, "Pascoe Marine turned 40 today! Dad started it in a shed on the quay. Proud \u2693",
  "holder mentions his firm, no council matter", by="@JoryPascoeCC")
H(INT, "Volunteering on the credit union counter this Saturday, pop in and say hello.",
  "holder mentions the body, no council matter", by="@SallyNankivellCC")
H(INT, "Best hake of the season landed this morning. Busiest day on the quay in weeks \U0001F41F",
  "holder's trade, no council matter", by="@KittoRowseTA")
H(INT, "So proud of the St Tellan Year 6 choir at the Truro festival! \U0001F3B6",
  "holder mentions the trust's pupils, no council matter", by="@WennaKeastTA")
H(INT, "The harbour maintenance contract is on Thursday's cabinet agenda. I've a registered interest (Pascoe Marine), so I'll be leaving the room.",
  "holder declares and withdraws", by="@JoryPascoeCC", allowed=[INT])
H(INT, "Chapel Field land disposal is on the agenda. I sit on the Kellyvose CLT board, so I've declared it and won't take part.",
  "holder declares and withdraws", by="@RosenwynCK", allowed=[INT])
H(INT, "Asked the Monitoring Officer for advice before the Local Plan debate because of my family's farmland near Lanveor. I'll follow it to the letter.",
  "holder seeks Monitoring Officer advice", by="@PedrekAngove", allowed=[INT])
H(INT, "I won't be voting on the holiday let premium. I run holiday lets and it's on my register. Others will decide.",
  "holder declares and steps back", by="@NigelOatesCC", allowed=[INT])
H(INT, "Heritage grants are coming to cabinet. I'm a trustee of a body that's applied, so I've stepped right back from it.",
  "holder declares and steps back", by="@TamsinCurnow", allowed=[INT])
H(INT, "Lifeguard contract decision next week. I've declared my interest as a surf life saving trustee and I'll be out of the room.",
  "holder declares and withdraws", by="@JennaMabynCK", allowed=[INT])
H(INT, "Schemes like the Kellyvose CLT's are the only way young families will get a home. Cabinet should back their bid.",
  "same matter from a non-holder")
H(INT, "Fish market rents going up 20% is too much for our merchants. Cabinet, think again.",
  "same matter from a non-holder")
H(INT, "The St Tellan playing field transfer makes sense. The academy trust will look after it better than we can.",
  "same matter from a non-holder")
H(INT, "Tin Coast Heritage Trust guided walk along the cliffs on Saturday. Choughs spotted there last week! \U0001F426",
  "holder promotes a walk, no council matter", by="@TamsinCurnow")
H(INT, "Hendra Moor SLSC nipper sessions start in April. Kids 7 to 14, all welcome, wetsuits provided.",
  "holder promotes the club, no council matter", by="@JennaMabynCK")

# ---------------------------------------------------------------------------------------------
# data-protection.personal-data
# ---------------------------------------------------------------------------------------------
P(DP, "review", "Congratulations to Mr and Mrs Jago of 3 Chapel Row, Hendra, on 60 years married! \U0001F48D",
  "private individuals named with their address")
P(DP, "review", "Trelowarren Close, TR97 4HX, still has a street light out. Mrs Eva Rundle at number 9 has been waiting since November.",
  "named resident with postcode and house number")
P(DP, "review", "Shout out to Bernard at 22 Harbour Terrace for clearing the drain himself. Legend.",
  "first name with full address")
P(DP, "block", "Mrs Pearce at Penmorva, Hendra Moor is still waiting on her disabled adaptation, and her MS is getting worse. Case ref ASC-2026-0412. Sort it, please.",
  "health data, address and case reference")
P(DP, "block", "The lad who was done for dealing outside the Polgrean chippy last summer has just been given a council flat on Valley Road. Lovely.",
  "criminal record of an individual identifiable from context", allowed=[DEF])
P(DP, "block", "Council tax account 90218834: Mr Hosken's been chased for a bill he's already paid. Fix it!",
  "account number of a named resident")
P(DP, "block", "Fly-tipper's van, reg WK19 PXO, dumped a sofa at Hendra Moor crossroads. Anyone know whose it is?",
  "vehicle registration", allowed=[DEF])
P(DP, "block", "The Romanian couple in the flat above the Chywoon launderette are living in a damp hole. Their landlord should be ashamed.",
  "ethnicity of people identifiable from context")
P(DP, "block", "Met a Year 8 girl from St Tellan Academy whose mum's in hospital; she's caring for her little brother on her own. She's the one with the red bike you see on Church Lane. Heartbreaking.",
  "child, young carer, health of parent, identifiable from context")
P(DP, "block", "Can everyone stop emailing Jane Curgenven about the pond? Her address is jane.curgenven@example.com and she's been inundated.",
  "private email address")
P(DP, "block", "Sharon on reception at Lowenna House has been off with stress for weeks. No wonder, the way she's treated.",
  "health of a staff member identifiable from context")
P(DP, "block", "The fella who runs the pasty van at Kellyvose beach, the one with the eye patch, told me he's 18 months sober now. Proud of him.",
  "health (addiction) of an individual identifiable from context")
P(DP, "block", "Mr Carveth's housing complaint, ref HSG/25/7781, has been ignored for 12 weeks. Not good enough.",
  "named resident with case reference")
P(DP, "block", "Happy birthday to Gladys Trethewey, born 14/03/1926, who's 100 tomorrow! \U0001F382",
  "name with full date of birth", when=("2026-03-13", "2026-03-13"))
P(DP, "block", "The trans lad who works on the tills at the Porthvellan Co-op has had a rough time of it lately. Be kind, folks.",
  "gender reassignment of an individual identifiable from context")
P(DP, "block", "The NI number on the form Mrs Bray sent me is QQ 12 34 56 C. Can someone at the DWP explain why it keeps getting rejected?",
  "National Insurance number of a named resident")
P(DP, "block", "The family at Gwarth an Dre, the big white house by St Tellan church: their eldest is just out of young offenders. Watch your sheds.",
  "criminal record of a young person identifiable from context", allowed=[DEF, BUL])
P(DP, "block", "A patient at Lanveor Community Hospital, Mr Rowland Jewell of Polgrean, waited nine hours on a trolley. Disgrace.",
  "named patient with health information")
P(DP, "block", "Our Muslim neighbours at 7 Quay Row, the Hassans, have had their windows smashed again. Shameful.",
  "religion with name and address")
P(DP, "block", "Need a lift to the flood meeting? Ring Mrs Oliver on her mobile, 07700 900486. She's organising it.",
  "private mobile number of a resident", rules=[DP, SEC])

H(DP, "Need help? Email me at cllr.chenoweth@example.com or ring 01632 960418. Surgery at Kellyvose Institute, Chapel Row, first Saturday of the month.",
  "the councillor's own published contact details", by=SELF)
H(DP, "Congratulations to Inspector Karen Hichens on her promotion. Proper job.",
  "named public office holder")
H(DP, "Sarah Roskilly MP holds surgeries at her office on Fore Street, Lanveor, on Friday mornings.",
  "named public office holder")
H(DP, "Happy 100th birthday to Gladys! The whole of Hendra turned out for her party at the village hall \U0001F382",
  "first name only, public celebration", allowed=[DP], when=("2026-03-16", "2026-03-20"))
H(DP, "Fly-tippers at Hendra Moor crossroads again. I've reported it. If you saw a white van on Tuesday afternoon, ring the council on 01632 960000.",
  "no identifiers; council switchboard")
H(DP, "Report fly-tipping with the vehicle registration if you can, and the enforcement team will take it from there. Please don't post regs online!",
  "advice, no data")
H(DP, "Council tax queries: ring 01632 960000 or use the online form. Never post your account number publicly.",
  "advice, no data")
H(DP, "A family in Polgrean told me they've waited a year for a disabled adaptation. They're not alone; the budget needs fixing.",
  "anonymised, not identifiable")
H(DP, "Data protection training done today. Did you know a name plus a postcode counts as personal data? Now you do.",
  "about the rule")
H(DP, "Well done to the St Tellan Academy Year 6 team for winning the county quiz!",
  "school team, nobody identified")
H(DP, "Thanks to Carys Blewett from planning for giving up her evening for the Lanveor meeting.",
  "named officer in her role")
H(DP, "Cllr Jory Pascoe and I walked Quay Row this morning to see the storm damage. Residents in good spirits despite it all.",
  "named councillor; no resident identified")
H(DP, "Bin day changed? Check yours with your postcode on the council website.",
  "'postcode' without data")
H(DP, "Chywoon's Romanian community turned out in force for the litter pick. Thank you, mulțumesc! \U0001F49B",
  "a community, nobody identifiable", allowed=[DP])
H(DP, "Windows smashed on Quay Row this week are being treated as a hate crime. Police are investigating; anyone with information, call 101.",
  "no individual identified")
H(DP, "Sharon's retirement do at Lowenna House: 35 years on reception! We'll miss her laugh \U0001F490",
  "staff retirement, no sensitive data", allowed=[DP])
H(DP, "My ward line is 01632 960418. Ring any time and I'll get back to you dreckly.",
  "the councillor's own published number", by=SELF)
H(DP, "Lanveor Community Hospital staff are heroes. The waiting times are down to funding, not them.",
  "no individual")
H(DP, "Trans folk in Carrack Moor: you're welcome here, and the council's inclusion policy says so.",
  "group, nobody identified")
H(DP, "NI numbers, dates of birth, account numbers: never put them in a Facebook comment, even when you're asking me for help. DM me instead.",
  "advice, no data")

# ---------------------------------------------------------------------------------------------
# security.credentials
# ---------------------------------------------------------------------------------------------
P(SEC, "block", "Members' room wifi is network LowennaGuest, password Kernow2026! Pass it on, IT are being teasy about it.",
  "wi-fi password")
P(SEC, "block", "Polgrean flood meeting tonight at 7, online: meet.carrackmoor-events.example.com/j/84412093 passcode 662014. All welcome!",
  "meeting passcode published", when=("2026-01-05", "2026-02-27"))
P(SEC, "block", "The key safe at Chywoon hall is 4471 if you're setting up for the coffee morning. I'll be there dreckly.",
  "key safe code")
P(SEC, "block", "Council tax rebate for Carrack Moor residents! Claim yours quick at carrackmoor-rebate.help/claim before it closes.",
  "malicious-looking link")
P(SEC, "block", "Just had a text with a code, 482913, from 'the council', then a call asking me to read it back. Is this legit? Did it anyway \U0001F937",
  "one-time code published and handed over")
P(SEC, "block", "Got the planning alerts bot working at last! token=pk_live_9f3c2e7a11b04d8e if any colleague wants to hook it up.",
  "API token")
P(SEC, "block", "My PIN for the members' portal is my wedding year so I'll never forget it: 1987 \U0001F602",
  "PIN")
P(SEC, "block", "New password for the shared ward inbox is Dreckly123. Proper job, easy to remember.",
  "password")
P(SEC, "block", "Allotment gate combination is 1-9-4-7 now. Spread the word to plot holders \U0001F955",
  "gate combination")
P(SEC, "block", "Alarm code for Hendra village hall is still 1066. Last one out sets it!",
  "alarm code")
P(SEC, "block", "Want to complain about the parking charges? Ring the cabinet member on his personal mobile, 07700 900517. He never answers me.",
  "another person's private mobile", pool="opp")
P(SEC, "block", "Verification code 553 019. Whoops, wrong window, ignore me \U0001F648",
  "one-time code")
P(SEC, "block", "Free residents' parking permits! Just log in with your council account here: http://carrackmoor-permits.account-verify.co/login",
  "malicious-looking login link")
P(SEC, "block", "Door code for the Porthvellan Hub is 2580#. Let yourselves in for crib, I'll be there dreckly.",
  "door code")
P(SEC, "block", "Boat shed padlock has changed to 3-3-0-9. Crews, you know what to do.",
  "padlock code")
P(SEC, "block", "Alliance members' ballot: your one-time voting code is on the card. Mine's 77-AX-914 if anyone wants to check the format's right.",
  "one-time code", pool="TA")
P(SEC, "block", "IT rang this morning asking for my login for 'an upgrade'. Gave it them over the phone, proper job, quick and easy.",
  "reports handing over a password to a caller")
P(SEC, "block", "Text from 'Royal Mail' says I owe £1.45 for a parcel. Paid it at royalmail-redelivery-fee.com. Anyone else had one?",
  "malicious link")
P(SEC, "block", "Found: a spaniel wandering near Polgrean school. I think it's Betty Treloar's, her mobile's 07700 900233 if anyone can give her a ring.",
  "private mobile of a resident", rules=[SEC, DP])
P(SEC, "block", "CCTV login for the Fore Street cameras is admin / admin1234. Told the traders so they can check the footage themselves.",
  "system login published")

H(SEC, "Scam alert: texts claiming to be from Carrack Moor council offering a council tax rebate are fake. Don't click any link and don't reply.",
  "scam warning without a link")
H(SEC, "The council will never ask for your PIN, password or a one-time code. If anyone does, hang up.",
  "advice")
H(SEC, "Changed all my passwords after that phishing email went round the members. Proper job, IT.",
  "no credential")
H(SEC, "Key safes fitted for 40 older residents in Hendra this winter through the council's safe at home scheme. Codes go to family and carers only.",
  "'key safe', no code")
H(SEC, "The door code at the Porthvellan Hub has changed. Ask the caretaker or the front desk.",
  "'door code', no code")
H(SEC, "The council's open data portal now has an API for planning applications. Techy folk, the documentation is on the council website.",
  "'API', no key")
H(SEC, "Flood meeting tonight at 7, online. Register on the council website and the joining link and passcode will be emailed to you.",
  "'passcode', none given")
H(SEC, "My ward phone is 01632 960418. Ring me about anything and I'll get back to you dreckly.",
  "the councillor's own number", by=SELF)
H(SEC, "Council switchboard: 01632 960000. Out-of-hours emergencies: 01632 960999.",
  "public council numbers")
H(SEC, "Free wi-fi now live along Porthvellan harbour front. No password, just connect to 'Porthvellan Free'.",
  "wi-fi, no password")
H(SEC, "Pin badges for St Piran's Day, with the black and white flag, on sale at Lanveor library for the food bank \U0001F3F4",
  "'pin' badges", when=("2026-02-16", "2026-03-04"))
H(SEC, "That combination of emmets and roadworks on the A30 at Easter is going to be a nightmare.",
  "'combination' of traffic")
H(SEC, "Allotment gate has a new padlock. Plot holders, collect your code from the allotment secretary in person.",
  "'code', none given")
H(SEC, "Sarah Roskilly MP's constituency office number is 01632 960123 if you need help with a passport.",
  "public office holder's office line")
H(SEC, "Two-factor authentication is now switched on for all councillor accounts. A bit teasy at first, but worth it.",
  "no credential")
H(SEC, "Don't click links in texts about parking permits. Apply only through the council's own website.",
  "advice, no link")
H(SEC, "Royal Mail parcel scam doing the rounds in Chywoon. Royal Mail won't text you asking for a fee.",
  "scam warning without a link")
H(SEC, "Found: a spaniel near Polgrean school, now safe at the vets on Valley Road. Owner, give them a ring.",
  "lost dog without a private number")
H(SEC, "Hendra village hall's alarm is being replaced. The caretaker will brief regular users.",
  "'alarm', no code")
H(SEC, "CCTV on Fore Street is back up after the storm. Footage is only viewed by authorised staff, under the data rules.",
  "CCTV, no login")

# ---------------------------------------------------------------------------------------------
# confidentiality.disclosure
# ---------------------------------------------------------------------------------------------
P(DIS, "block", "Project Chough update: the preferred developer wants a 250-year lease on the harbour car park. Not on.",
  "register term with negotiation detail")
P(DIS, "block", "PROJECT CHOUGH will change Porthvellan forever and residents deserve to know now, not dreckly.",
  "register term in capitals")
P(DIS, "block", "The Wheal Anna settlement is going to cost us £1.2m and nobody's been told. So I'm telling you.",
  "register term with legal and financial detail")
P(DIS, "block", "Heard in the Part 2 bit: the Hendra Clay Works acquisition price is way over the valuation.",
  "register term and Part 2 marker")
P(DIS, "block", "Operation Spriggan kicks off next month. Unlicensed holiday lets in Kellyvose, your days are numbered \U0001F609",
  "register term; enforcement timing", allowed=[INS])
P(DIS, "block", "lanveor leisure centre transfer: the trust taking it on wants the council to keep paying the energy bills. Madness.",
  "register term in lower case")
P(DIS, "block", "Harbour Arches lease: the tenant's offered half the rent and cabinet's minded to take it. Shocking.",
  "register term with negotiation detail")
P(DIS, "block", "Whoever named it Project Chough had a sense of humour. The developer wants flats right where the birds nest.",
  "register term, oblique")
P(DIS, "block", "The Wheal Anna settlement talks have stalled again. Our lawyers reckon we'd lose in court.",
  "register term and legal advice")
P(DIS, "block", "Operation Spriggan: 47 properties on the list so far, most of them along Headland Road.",
  "register term with enforcement detail")
P(DIS, "review", "Between you and me, the lawyers have told cabinet we'd lose the harbour appeal. Legal advice, so keep it quiet \U0001F92B",
  "privileged legal advice disclosed")
P(DIS, "review", "From last night's closed session: staff at the waste depot are facing redundancy. The union doesn't know yet.",
  "labour relations from a closed session", when=("2026-02-12", "2026-02-12"))
P(DIS, "review", "Confidential paper to members says the council might sell the Porthvellan car parks. Thought you should know.",
  "confidential paper disclosed")
P(DIS, "review", "Off the record: the last chief exec's pay-off was six figures.",
  "off-the-record disclosure of an individual's financial affairs")
P(DIS, "review", "Leaked to me: the lowest bid for the harbour wall contract came in at £3.4m, and it's from a Devon firm. Hmm.",
  "commercial tender information leaked")
P(DIS, "review", "The exempt item on Thursday's agenda is about the Lanveor library building. They're negotiating with a buyer.",
  "exempt item disclosed")
P(DIS, "review", "Seen the embargoed report on school closures. Two village schools are on the list. That's all I'll say for now.",
  "embargoed report disclosed")
P(DIS, "review", "Not for publication, but people have a right to know: the council's been in talks with a hotel chain about the Lowenna House site.",
  "not-for-publication negotiations disclosed")
P(DIS, "review", "Part B item at cabinet: the tenant of the harbour café is £28k in arrears. No wonder the place looks tired.",
  "Part B item on an individual's finances")
P(DIS, "review", "In confidence: the police and the council are planning to raid three Polgrean properties next week.",
  "enforcement plans disclosed")

H(DIS, "Spotted a pair of choughs on the cliffs at Kellyvose this morning \U0001F426\u200D\u2B1B Proper job, they're back!",
  "choughs, not the project")
H(DIS, "Walked the Wheal Anna mine trail on Sunday. Lovely in the winter sun.",
  "partial overlap with a register term")
H(DIS, "Hendra Clay Works heritage open day on 14 March. Bring your wellies.",
  "partial overlap with a register term", when=("2026-01-05", "2026-03-13"))
H(DIS, "Spriggans, piskies and knockers: the St Tellan school folklore day was a treat \U0001F9DA",
  "spriggans, not the operation")
H(DIS, "Lanveor Leisure Centre opening hours change from Monday. The pool closes at 8pm now.",
  "partial overlap with a register term")
H(DIS, "The Harbour Arches café has new owners and the best crab sandwich in Porthvellan.",
  "partial overlap with a register term")
H(DIS, "There was a Part 2 item at cabinet last night. I can't discuss it, and nor should anyone else.",
  "mentions Part 2 without disclosing", allowed=[DIS], when=("2026-03-19", "2026-03-19"))
H(DIS, "I won't share anything from the closed session, but I voted against, and I'll explain why once it's public.",
  "closed session, nothing disclosed", allowed=[DIS])
H(DIS, "Confidential? Not a bit of it: the budget papers are all public, and page 42 shows the reserves. Read it!",
  "'confidential' about public papers")
H(DIS, "Embargo lifts at midnight on the harbour funding announcement. Watch this space.",
  "embargo respected")
H(DIS, "Off the record, my 'ansum? Nothing's off the record with me. Ask me anything at my surgery.",
  "'off the record' as a figure of speech")
H(DIS, "Leaky roof at Lowenna House again. Buckets in the members' room \U0001FAA3",
  "'leaky' roof")
H(DIS, "Between you and me and the whole of Facebook: I do love a saffron bun.",
  "'between you and me' joke")
H(DIS, "We've lost the harbour appeal; the inspector's decision was published this morning. Statement to follow.",
  "public decision")
H(DIS, "Staff consultation at the waste depot was announced today. The union's been briefed and I'll support staff every step.",
  "announced consultation")
H(DIS, "I asked for the Lowenna House site talks to be taken in public session. Outvoted. Residents deserve more openness than that.",
  "argues for openness, discloses nothing", allowed=[DIS])
H(DIS, "The exempt report on the car parks will be made public once negotiations finish, I'm told. I'll push for that.",
  "'exempt' without content", allowed=[DIS])
H(DIS, "Whoever leaked the school closure list to the press has caused huge worry to parents. Not on.",
  "criticises a leak", allowed=[DIS])
H(DIS, "Confidential reporting line for fly-tipping: 01632 960777. Your name won't be shared.",
  "'confidential' reporting line")
H(DIS, "A Cornish chough on the council's new coast path signs. Lovely touch.",
  "chough, not the project")

# ---------------------------------------------------------------------------------------------
# tone.irony-risk
# ---------------------------------------------------------------------------------------------
P(TON, "advice", "Oh well done the Tamar Alliance: another year, another council tax rise. Real heroes of the working family \U0001F44F",
  "mock praise of the ruling group", pool="opp")
P(TON, "advice", "Absolute masterclass from the Leader at full council. Answered not a single question in 40 minutes. Legend.",
  "mock praise of the Leader", pool="opp", when=("2026-01-23", "2026-03-27"))
P(TON, "advice", "Huge congratulations to the cabinet member for housing for finally finding Polgrean on a map. Only took two years! \U0001F5FA\uFE0F",
  "mock congratulations to a cabinet member", pool="opp", allowed=[PA])
P(TON, "advice", "Coast and Country promise to fix the potholes. Yeah right, same as they promised in 2019 \U0001F602",
  "'yeah right' about a party", pool=["@MorwennaTregear", "@KittoRowseTA", "@LowdyJenkinTA", "@PedrekAngove", "@WennaKeastTA", "@BryokWilliamsTA", "@GerrenHosking", "@JennaMabynCK", "@RosenwynCK", "@IvorPenberthyInd", "@ArthurVosperInd"])
P(TON, "advice", "Our MP's visit to Hendra lasted 12 minutes and included three selfies. Truly a woman of the people /s",
  "sarcasm about the MP")
P(TON, "advice", "Proper job from the Chairman last night, letting the Alliance talk for 20 minutes and cutting us off after 2. Impartial as ever \U0001F644",
  "mock praise of the Chairman", pool="opp", when=("2026-01-23", "2026-01-23"))
P(TON, "advice", "Genius idea from Cllr Rowse: charge the fishermen more to save the harbour. What could possibly go wrong?",
  "mock praise of a named councillor")
P(TON, "advice", "So grateful to the Cornish Commons for their brave stand on... checks notes... the colour of the bins. Inspirational.",
  "mock praise of a party group", pool=["@MorwennaTregear", "@KittoRowseTA", "@LowdyJenkinTA", "@PedrekAngove", "@WennaKeastTA", "@BryokWilliamsTA", "@JoryPascoeCC", "@TamsinCurnow", "@SallyNankivellCC", "@NigelOatesCC", "@IvorPenberthyInd", "@ArthurVosperInd"])
P(TON, "advice", "Wasson? Oh, just the Alliance discovering Chywoon exists, two months before an election. Lovely to see you all, my 'ansum \U0001F618",
  "mock welcome to the ruling group", pool="opp")
P(TON, "advice", "Cllr Oates voting against the holiday let premium. What a selfless champion of local families he is.",
  "mock praise of a named councillor", allowed=[DEF])
P(TON, "advice", "The cabinet's 'listening exercise' was a triumph. They listened, then did exactly what they'd planned. Bravo.",
  "mock praise of the cabinet", pool="opp")
P(TON, "advice", "Nice of the Leader to grace Lanveor with her presence at last. We'll get the bunting out dreckly.",
  "mock gratitude to the Leader", pool="opp")
P(TON, "advice", "Another award for the Tamar Alliance: Best at Cutting Ribbons on Things Someone Else Paid For \U0001F3C6",
  "mock award to a party", pool="opp")
P(TON, "advice", "Hats off to the independents, who've bravely held every possible position on the harbour at once. Flexibility is a skill, I suppose.",
  "mock praise of the independents", pool=["@MorwennaTregear", "@KittoRowseTA", "@LowdyJenkinTA", "@PedrekAngove", "@WennaKeastTA", "@BryokWilliamsTA", "@JoryPascoeCC", "@TamsinCurnow", "@SallyNankivellCC", "@NigelOatesCC", "@GerrenHosking", "@JennaMabynCK", "@RosenwynCK"])
P(TON, "advice", "Thrilled that our opposition colleagues have found a new thing to be furious about this week. Keeps them busy \U0001F643",
  "mock delight at the opposition", pool="TA")
P(TON, "advice", "What a team the planning committee are. Three hours to approve a porch. Proper job, lads \U0001F44F",
  "mock praise of the committee members")
P(TON, "advice", "Cllr Hosking says he 'always reads the papers'. Course he does, my lover. Course he does \U0001F609",
  "sarcasm about a named councillor")
P(TON, "advice", "Sarah Roskilly MP says she's 'always been a friend to fishing'. Must have been a very quiet friendship \U0001F3A3",
  "sarcasm about the MP")
P(TON, "advice", "Top marks to the cabinet member for finance for his budget speech. Never has so little been said so slowly.",
  "mock praise of a cabinet member", pool="opp", allowed=[PA], when=("2026-02-27", "2026-03-27"))
P(TON, "advice", "Gotta love the Coast and Country lot turning up at the beach clean for the photo and leaving before the litter picking. Real eco-warriors \U0001F30A",
  "mock praise of a party", pool=["@MorwennaTregear", "@KittoRowseTA", "@LowdyJenkinTA", "@PedrekAngove", "@WennaKeastTA", "@BryokWilliamsTA", "@GerrenHosking", "@JennaMabynCK", "@RosenwynCK", "@IvorPenberthyInd", "@ArthurVosperInd"])

H(TON, "Oh brilliant, it's raining in Porthvellan again. What a surprise \u2614",
  "irony about the weather", allowed=[TON])
H(TON, "Masterclass from the A30 this morning: 40 minutes to do three miles. Love it.",
  "irony about traffic", allowed=[TON])
H(TON, "Yeah right, the printer in the members' room works. Course it does \U0001F5A8\uFE0F",
  "irony about a printer", allowed=[TON])
H(TON, "Cracking news: the Hendra toilets are reopening! Genuinely chuffed, well done everyone.",
  "sincere praise")
H(TON, "Genius idea from the Polgrean Year 5s: a hedgehog highway through every garden. Proper job! \U0001F994",
  "sincere praise of children's idea")
H(TON, "Riveting stuff, my own speech on drainage. Apologies to everyone who had to sit through it \U0001F634",
  "self-irony", allowed=[TON])
H(TON, "I disagree with the Leader's budget. The numbers don't add up and the cuts fall on the wrong people.",
  "robust criticism, no irony", pool="opp")
H(TON, "Another year, another council tax rise. I voted against it and here's why.",
  "plain criticism of a policy", pool="opp")
H(TON, "Dreckly? In Cornwall that means anything from five minutes to never. The harbour wall repairs are firmly in the 'never' camp \U0001F643",
  "irony about a process", allowed=[TON])
H(TON, "Well done the Tamar Alliance for listening and dropping the beach car park charge. Genuinely, thank you.",
  "sincere praise of a party", allowed=[TON], pool="opp")
H(TON, "Big thanks to the Chairman for running a fair meeting last night, even when it got teasy.",
  "sincere praise of the Chairman", when=("2026-02-27", "2026-02-27"))
H(TON, "Emmets back already? Must be half term. Welcome, spend your money, and mind the lanes \U0001F604",
  "light humour about visitors", when=("2026-02-16", "2026-02-20"))
H(TON, "The bus from Kellyvose was on time today. Alert the newspapers \U0001F68C",
  "irony about buses", allowed=[TON])
H(TON, "Coast and Country's pothole plan is wrong: it takes money from adult social care. Here's our alternative.",
  "robust criticism of a party's plan", pool=["@MorwennaTregear", "@KittoRowseTA", "@LowdyJenkinTA", "@GerrenHosking", "@JennaMabynCK", "@RosenwynCK"])
H(TON, "Potholes on Valley Road are so big the emmets think they're rock pools \U0001F980",
  "irony about potholes", allowed=[TON])
H(TON, "Our MP has secured funding for the Lanveor bypass study. Good work, credit where it's due.",
  "sincere praise of the MP")
H(TON, "Three-hour planning committee last night. Riveting. But we got there, and the porch was approved \U0001F602",
  "irony about meeting length", allowed=[TON], when=("2026-02-05", "2026-02-05"))
H(TON, "Lovely weather for the St Piran's parade... said no one ever. Still a proper job despite the mizzle \U0001F3F4",
  "irony about the weather", allowed=[TON], when=("2026-03-05", "2026-03-06"))
H(TON, "Yeah right, as if I'd ever say no to a pasty \U0001F604",
  "'yeah right' about oneself")
H(TON, "The new parking app is so user-friendly it only took me 20 minutes to pay 60p. Triumph of design \U0001F4F1",
  "irony about an app", allowed=[TON])

# ---------------------------------------------------------------------------------------------
# fillers
# ---------------------------------------------------------------------------------------------
F("Surgery this Saturday at the Kellyvose Institute, 10 till 12. Bring your questions, I'll bring the biscuits.", "surgery notice", by=SELF)
F("Storm Ingrid has taken a chunk out of the coast path at Polgrean. Please stay away from the cliff edge until it's made safe.", "safety notice")
F("Lovely morning litter picking on Porthvellan beach with the Sea Scouts. 14 bags and one very confused crab \U0001F980", "ward activity")
F("Gig training in the mizzle this morning. Six of us, one cox, and a lot of swearing in Cornish \U0001F6A3", "hobby post", by="@ivor_rows_gigs")
F("Saffron buns cooling on the side. Recipe's my gran's and I'm not sharing it, sorry \U0001F60B", "hobby post", by="@sally_hevva_cake")
F("New pontoon lights at the harbour are up and working. Should make the night-time landings a lot safer.", "ward news")
F("Congratulations to the Porthvellan lifeboat crew on their 200th launch. Heroes, every one.", "community thanks")
F("Hendra food bank is low on tinned fish, long-life milk and nappies. Drop-off at the Methodist hall on Wednesdays.", "appeal")
F("Went to see the Lanveor Young Farmers' panto. Oh yes I did. Proper job, all of you \U0001F3AD", "community event")
F("Reminder: the green waste collections restart in March. Check your calendar on the council website.", "service reminder", when=("2026-01-05", "2026-02-27"))
F("The Chywoon Cross bus shelter has been fixed at last. Thanks to everyone who reported it.", "ward news")
F("Kellyvose primary's new outdoor classroom looks fantastic. The kids were showing me round like tour guides.", "school visit")
F("Dydh da! Trying to post one Cornish phrase a week this year. This week: 'Nadelik lowen' was a bit late, so 'Blydhen nowydh da' instead.", "language post", when=("2026-01-05", "2026-01-09"))
F("Cold snap coming. Check on your older neighbours and keep the heating on if you can.", "community reminder")
F("Great to see the St Tellan gig crew out on the water already. Regatta season can't come soon enough.", "community post")
F("Road closure on the Lanveor road for gas works from Monday for two weeks. Diversion via Chywoon.", "roadworks notice")
F("Spent the morning at the Polgrean men's shed. Bird boxes, benches and a lot of tea.", "ward visit")
F("Well done to Trewinnick Young Farmers for raising £3,000 for the air ambulance \U0001F681", "community thanks")
F("The pannier market in Lanveor is busy this morning. Fresh crab, cauliflowers and the best cheese in the west.", "ward post")
F("Consultation on the coast path car parks closes soon. Please respond, even if it's just a line.", "consultation reminder")
F("First lambs of the year spotted in the fields above Hendra. Spring's on its way \U0001F411", "seasonal post", when=("2026-02-16", "2026-03-27"))
F("Happy St Piran's Day! Off to watch the procession in Porthvellan with a pasty in hand \U0001F3F4", "St Piran's Day", when=("2026-03-05", "2026-03-05"))
F("Big thanks to the volunteers who cleared the leat behind Chywoon chapel lane. No more flooding on the school run, hopefully.", "community thanks")
F("The Kellyvose community fridge is open again after its refit. Take what you need, leave what you can.", "community post")
F("Porthvellan Harbour ward newsletter going through doors this week. Let me know if yours doesn't arrive.", "ward newsletter", pool=["@MorwennaTregear", "@JoryPascoeCC"])
F("Mizzle, then drizzle, then proper rain. Typical January on the Lizard side of things \u2614", "weather", when=("2026-01-05", "2026-01-30"))
F("Drove to Plymouth and back for a meeting. The Tamar Bridge never gets old.", "personal post")
F("Polgrean Valley ward: a new defibrillator has been installed outside the village shop. Thanks to the parish council.", "ward news", pool=["@GerrenHosking", "@JennaMabynCK"])
F("Three cheers for the dinner ladies at Hendra school who keep going whatever the weather.", "community thanks")
F("Ordered my seed potatoes. Optimism is a Cornish gardener in February \U0001F954", "personal post", when=("2026-02-02", "2026-02-27"))
F("A good turnout at the Trewinnick village hall AGM. The new committee has a lot of energy.", "community post")
F("Proper job to the crew repainting the railings along the Porthvellan front. Looking smart.", "community thanks")
F("Reading about the history of the Polgrean clay works for a talk next month. The pictures of the bal maidens are remarkable.", "personal post")
F("Pancake race in Lanveor on Shrove Tuesday, 12 noon outside the pannier market. Bring a pan!", "community event", when=("2026-02-09", "2026-02-16"))
F("Crib time at the St Tellan lunch club: pasties, splits and jam, and more chat than a council meeting \U0001F602", "community post")
F("Stuck behind a tractor for six miles this morning. Wouldn't have it any other way, really.", "personal post")
F("Gig rowing on the flat calm this morning. Mirror of a sea. Best start to a day \U0001F305", "hobby post", by="@ivor_rows_gigs")
F("The Kellyvose coastguard team have a new Land Rover. Came to see it; the dog was very impressed.", "community post")
F("Library in Chywoon now open on Saturday mornings too. Use it or lose it, folks.", "ward news")
F("Bird survey on the Hendra Moor marshes this weekend. Volunteers welcome, bring binoculars.", "community event")
F("Just back from visiting the new Polgrean village shop. Locally run, locally stocked. Lovely to see.", "ward visit")
F("School run chaos on Church Lane again this morning. Please park considerately, folks, there are little ones about.", "ward post")

# ---------------------------------------------------------------------------------------------
# the script
# ---------------------------------------------------------------------------------------------
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
POOLS = {
    "TA": lambda h: COUNCILLORS[h][1] == "TA",
    "CC": lambda h: COUNCILLORS[h][1] == "CC",
    "CK": lambda h: COUNCILLORS[h][1] == "CK",
    "IND": lambda h: COUNCILLORS[h][1] == "IND",
    "opp": lambda h: COUNCILLORS[h][1] != "TA",
    "backbench": lambda h: COUNCILLORS[h][2] in ("", "planning chair"),
    "M": lambda h: h in MEN,
    "F": lambda h: h not in MEN,
}
MEN = {"@JoryPascoeCC", "@KittoRowseTA", "@PedrekAngove", "@ChairmanTrembath", "@GerrenHosking",
       "@IvorPenberthyInd", "@NigelOatesCC", "@BryokWilliamsTA", "@ArthurVosperInd"}


def _mentions(text, word):
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text.lower()) is not None


def candidates(row):
    if row["by"]:
        return [row["by"]]
    pool = row["pool"]
    hs = sorted(COUNCILLORS)
    if isinstance(pool, list):
        hs = [h for h in hs if h in pool]
    elif pool:
        hs = [h for h in hs if POOLS[pool](h)]
    text = row["text"]
    out = []
    for h in hs:
        name = COUNCILLORS[h][0]
        first, last = name.split()[0], name.split()[-1]
        if _mentions(text, first) or _mentions(text, last):
            continue
        if h == "@ChairmanTrembath" and _mentions(text, "chairman"):
            continue
        if h == "@MorwennaTregear" and _mentions(text, "leader"):
            continue
        if h == "@KittoRowseTA" and "member for finance" in text.lower():
            continue
        if h == "@WennaKeastTA" and "member for housing" in text.lower():
            continue
        if h == "@PedrekAngove" and "planning committee are" in text.lower():
            continue
        if h in row["not_by"]:
            continue
        touched = any(holder == h and any(a in text.lower() for a in aliases)
                      for holder, aliases in INTERESTS.values())
        if touched:
            continue
        out.append(h)
    assert out, row["text"]
    return out


def weekdays(lo, hi):
    d, days = lo, []
    while d <= hi:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def build_rows():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(candidates(r))
        lo, hi = (dt.date.fromisoformat(r["when"][0]), dt.date.fromisoformat(r["when"][1])) if r["when"] else (START, END)
        day = rng.choice(weekdays(lo, hi))
        ts = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                         tzinfo=dt.timezone.utc)
        if len(r["text"]) > 280:
            platform = "facebook"
        else:
            platform = rng.choices(["x", "facebook", "bluesky"], weights=[4, 4, 2])[0]
        obj = {
            "id": f"b69-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["near"]:
            obj["near_miss_of"] = r["near"]
        if r["interest"]:
            obj["interest"] = r["interest"]
        obj["note"] = r["note"]
        out.append(obj)
    return out


def main():
    rows = build_rows()
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for obj in rows:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
