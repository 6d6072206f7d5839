#!/usr/bin/env python3
"""Build posts.jsonl for blind set b42 (Kettlesmere Borough Council).

All rows below were written by hand. The script shuffles them with a fixed seed,
gives out ids (b42-NNN), picks plausible authors, platforms and timestamps, and
writes posts.jsonl. Running it again produces the same file.
"""
import json
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 4242

DEFAULT_SEV = {
    "officers.impartiality": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "gifts.hospitality": "advice",
    "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review",
    "interests.declared-interest": "review",
    "data-protection.personal-data": "review",
    "security.credentials": "block",
    "confidentiality.disclosure": "review",
    "tone.irony-risk": "advice",
    "respect.personal-attack": "review",
    "defamation.allegation": "review",
    "bullying.intimidation": "block",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def _rules(fam, sev, also):
    out = []
    if fam:
        out.append((fam, sev or DEFAULT_SEV[fam]))
    for r in also:
        name, _, s = r.partition(":")
        out.append((name, s or DEFAULT_SEV[name]))
    return out


def P(fam, text, note, sev=None, also=(), allow=(), by=None, **kw):
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note,
                     rules=_rules(fam, sev, also), allowed=list(allow), by=by, **kw))


def N(near, text, note, allow=(), by=None, **kw):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near,
                     text=text, note=note, rules=[], allowed=list(allow), by=by, **kw))


def F(text, note, by=None, **kw):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note,
                     rules=[], allowed=[], by=by, **kw))


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
IRO = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"

# ---------------------------------------------------------------- officers.impartiality
P(OFF, "Read the Head of Planning's report on the Tolley Heath Road scheme last night. Rebecca Thurlow needs to go back and rewrite that recommendation before it gets anywhere near committee. Residents deserve better than this.",
  "presses a named officer to rewrite her recommendation; names a pending site but states no vote", allow=[PRE])
P(OFF, "Funny how every time the opposition asks a question, the finance director's numbers come back gloomier. Whose side is Stuart Vane actually on?",
  "questions a named officer's political neutrality in public", by="lab")
P(OFF, "Had a frank chat with the licensing team today. Told them in no uncertain terms that their recommendation on the Lock Tavern had better look different by Thursday.",
  "pressing officers to change their advice on a pending licensing matter; no vote stated", allow=[PRE, BUL])
P(OFF, "Highways officers seem to think they're the ones who got elected. Ian Castell, you work for the people of Ormsley, not the other way round. Sort the crossing.",
  "public criticism of a named officer", allow=[ATT])
P(OFF, "Whoever wrote the officer report on the quarry clearly lives nowhere near one. Half of it reads like it was lifted straight from the applicant's glossy brochure.",
  "implies the report's author is partial to the applicant; quarry is pending but no vote stated", allow=[PRE, DEF])
P(OFF, "Sorry, but when the comms team spends all week polishing the Leader's image you can't tell me they're neutral. Leah and her lot are basically a Labour press office these days.",
  "questions the neutrality of the communications team and its named head", by="opp")
P(OFF, "I've asked officers to 'reconsider' paragraph 6.4 of the bin round review. If the wording doesn't change by the time it's published I'll be taking it up with the Chief Exec, and I won't be polite about it.",
  "pressing officers to alter the content of a report", allow=[BUL])
P(OFF, "So our waste boss Malcolm Furness has decided Pellow Bank doesn't deserve a weekly collection. Funny, I don't remember anyone voting for Malcolm.",
  "blames a named officer for a decision and attacks his standing", allow=[ATT])
P(OFF, "Amazing how the officer recommendation on the Stanwick Green tower went from refuse to approve the week after the developer's lunch. Just saying.",
  "insinuates officers were swayed; pending matter named but no view stated", allow=[DEF, PRE])
P(OFF, "Dear planning department: put whatever you like in your 'balanced assessment', Fallowfield Bank knows what it wants, and I fully expect the final report to reflect that.",
  "tells officers what their report must say")
P(OFF, "Parks team have been told, by me, more than once, that closing the Ormsley rec is not happening. Officers can either find the money or explain to 300 parents why they couldn't be bothered.",
  "public pressure on officers to change their advice")
P(OFF, "Someone explain why a council lawyer thinks she can lecture elected members about what we say in the chamber. Pauline Okonjo needs reminding who she works for.",
  "attacks the named Monitoring Officer for giving advice", allow=[ATT])
P(OFF, "Not naming names, but a certain senior officer in regeneration has been feeding lines to one of the opposition groups for months. Impartial my foot.",
  "questions an identifiable officer's neutrality", allow=[DEF])
P(OFF, "Tolley Heath flooding: the drainage engineer's report is a whitewash. I've told him to redo it with the photos I sent and to stop making excuses.",
  "pressing an officer to redo his report")
P(OFF, "Watching Graham Lidstone squirm at scrutiny was the highlight of my week. £170k a year and couldn't answer one question on the bus lane 🍿",
  "public ridicule of the named chief executive", allow=[ATT])
P(OFF, "If the housing officers spent less time hiding behind policy and more time answering my casework emails we'd get somewhere. One of them has ignored me for three weeks. You know who you are 👀",
  "criticises officers and singles one out", allow=[ATT])
P(OFF, "Kerry in licensing, with the greatest respect: your job is to advise, not to decide. Change the recommendation or I'll move the item myself.",
  "pressure on a named officer to change advice")
P(OFF, "The s151 officer's 'warning' about reserves is pure politics dressed up as prudence. He's been doing the opposition's homework for them since May.",
  "says the finance officer is politically partial", by="lab")
P(OFF, "Huge congratulations to our planning officers on another masterpiece of a report 👏 Only fourteen months in the making and they still spelt Nethercote wrong. True professionals.",
  "mock praise aimed at officers: officers plus irony", also=[IRO])

N(OFF, "Thank you to Ashok Menon and the planning team for a really clear pre-application session with Stanwick Green residents tonight. Complicated stuff, zero jargon.",
  "thanks a named officer", allow=[OFF])
N(OFF, "Asked the finance director this morning to walk me through the reserves figures in the budget report so I can explain them to residents properly. Much clearer now, thank you.",
  "questioning an officer to understand a report is permitted", allow=[OFF])
N(OFF, "The bin round review is a poor policy and cabinet should think again. That's a political choice, not an officer one, and I'll say so at scrutiny.",
  "criticises a policy and says officers are not to blame", by="opp")
N(OFF, "Read the Tolley Heath flood report twice and I still have questions about the culvert capacity figures. I've sent them in so I understand the reasoning before the meeting.",
  "questions sent to understand a report", allow=[OFF])
N(OFF, "Officers work for all of us, whichever party is in charge. If you don't like a recommendation, argue it in the chamber. Don't have a go at the staff online.",
  "defends officer neutrality", allow=[OFF])
N(OFF, "Shout out to the gritting crews who were out at 4am on Pellow Bank hill. Absolute legends ❄️🚛",
  "thanks front-line staff")
N(OFF, "The cabinet member for housing owes tenants an explanation on the repairs backlog. Political responsibility sits with her, not with the staff answering the phones.",
  "criticism of a councillor, not an officer", by="opp")
N(OFF, "I disagree with the administration's licensing policy. Officers did exactly what they were asked to do; the brief was the problem.",
  "blames the political brief, not officers", by="opp")
N(OFF, "Met Kerry Blaydon, our licensing manager, to understand how the new street trading rules will work for the Sunday market. Useful hour, lots of notes.",
  "meeting an officer to understand rules", allow=[OFF])
N(OFF, "Council report says 62% of fly-tipping is cleared within 48 hours. I'd like to know how that's measured, so I've asked for the method behind the figure.",
  "asking how a figure is measured")
N(OFF, "Asked the planning department what 'material consideration' means for the umpteenth time. They were patient. I'm a slow learner 😅",
  "self-deprecating; officers praised", allow=[OFF])
N(OFF, "The chief executive's pay rise was approved by councillors, not by himself. If you're angry (and I am) aim it at those of us who voted for it.",
  "directs criticism to councillors, not the officer", allow=[OFF])
N(OFF, "Our Monitoring Officer ran a cracking session on the code of conduct today. Every new member should book on, honestly.",
  "praise of an officer role", allow=[OFF])
N(OFF, "I don't agree with the officer recommendation on the Canal Street bus gate, and that's allowed! I'll make my case at cabinet with evidence and accept the vote.",
  "disagreement argued in the proper forum, no pressure", allow=[OFF])
N(OFF, "Reminder: council staff can't reply to political posts. If you've got a problem with a service use the online form, and tag me if it isn't sorted in ten days.",
  "explains officer neutrality")
N(OFF, "The bin crews do a hard job in all weathers. Blame the cabinet's budget for the missed rounds, not the lads on the wagons.",
  "defends staff; criticism of cabinet", by="opp")
N(OFF, "Scrutiny this week: asked the Head of Environmental Services how the new route software was bought. Got a straight answer with the figures. That's how it should work.",
  "questioning at scrutiny is proper", allow=[OFF])
N(OFF, "Impartial, evidence-based advice from the council's ecologist on the Ormsley woodland. Please read it before sharing the rumours on the Facebook group.",
  "cites officer advice approvingly", allow=[OFF])
N(OFF, "Disappointed by cabinet's decision on Nethercote library hours. Officers set out the options clearly; the politicians picked the worst one.",
  "criticises a political decision; officers praised", by="opp")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Big thanks to everyone who helped fold Labour leaflets in the members' room at the Civic Centre yesterday. Twice as fast with the council guillotine 😂",
  "party leaflets prepared in a council room with council equipment", by="lab")
P(RES, "Want a Lib Dem window poster? Drop me a line on my council email and I'll bring one round at the weekend 🧡",
  "council email used for party campaigning", by="ld")
P(RES, "Canvass sheets for Fallowfield Bank all printed! Cheers to the member services printer for working overtime. Vote Green on 7 May 💚",
  "council printer used for party canvass sheets", by="grn")
P(RES, "Writing this month's Conservative newsletter on the council iPad in the tea room between meetings. Multitasking queen 💪",
  "council equipment for party newsletter", by="con")
P(RES, "Branch reminder: campaign planning Thursday 6pm, Committee Room 3 at the Town Hall. I booked it through democratic services so there's no charge.",
  "council room booked free for a party campaign meeting", by="lab")
P(RES, "Got the council's graphics team to knock up this poster for our campaign against the Labour cuts. Proper professional job, thanks all!",
  "council staff time used for a political campaign", by="opp")
P(RES, "Council crest ✅ Labour rose ✅ Our new leaflet shows Brindley Wharf exactly who's delivering for them.",
  "council logo on a party leaflet", by="lab")
P(RES, "Typing this on my council laptop because mine's died: if you've ever thought about joining the Conservatives, come to our drop-in at the Ormsley Arms on Saturday.",
  "council laptop used for party recruitment", by="con")
P(RES, "My council mobile is now the by-election hotline. Ring it any time if you can spare an hour knocking doors for us.",
  "council phone used for party campaigning")
P(RES, "Ran the last batch of Focus leaflets through the council franking machine. Saved the party a small fortune on stamps ✉️",
  "council postage for party literature", by="ld")
P(RES, "Saturday's ward surgery at Nethercote library will double as a sign-up stall for the Residents' Group election team. Clipboards at the ready!",
  "council premises used for election recruitment", by="@LorraineSkeetNRG")
P(RES, "Borrowed the gazebo and the big council banner from the events store for our Labour family fun day. Nobody seemed to mind 🤫",
  "council equipment for a party event", by="lab")
P(RES, "Members' IT support spent the afternoon helping me build the mailing list for our Conservative association. Absolute stars.",
  "council staff time for party admin", by="con")
P(RES, "Green members: the draft manifesto is on the council shared drive, folder 'Members - Misc'. Comments by Friday please.",
  "council IT system used for a party manifesto", by="grn")
P(RES, "Filmed my campaign video in the council chamber after hours. Looks dead official, doesn't it? 🎬 #VoteLibDem",
  "council chamber used for a campaign video", by="ld")
P(RES, "Asked my support officer at the Civic Centre to chase the printers about our election leaflets. Members' support is there to support members, right?",
  "council staff time used for election leaflets")
P(RES, "Our petition against the Tory-run county cuts now has a link on my councillor page on the council website. Sign and share!",
  "council website used for a party petition", by="lab")
P(RES, "Thanks to the council's comms team for sharing my Labour fundraising quiz on the official channels 🙌 Tickets £5, all welcome.",
  "council communications used for a party fundraiser", by="lab")
P(RES, "Council pool car + a boot full of 'Re-elect Mottram' placards = very efficient Saturday 🚗",
  "council pool car used for campaign placards", by="@CraigMottram")

N(RES, "Surgery this Saturday, 10 till 12, Nethercote library. Bring your casework, bring your moans, bring biscuits if you're feeling generous.",
  "ordinary ward surgery in a council building")
N(RES, "Labour leaflets going out across Brindley Wharf this weekend. Printed and paid for by the local party, not a penny from the council.",
  "party leaflets paid by the party", by="lab", allow=[RES])
N(RES, "Got a problem with your bins? Email me at my council address and I'll chase it up with the team.",
  "council email for casework")
N(RES, "Wrote this month's Green newsletter on my own laptop at my kitchen table. Cup of tea, cat on the keyboard, very glamorous.",
  "party work with own equipment", by="grn")
N(RES, "Campaign meeting Thursday in the back room at the Royal Oak, which the branch pays for. See you there, comrades.",
  "party meeting in a paid private venue", by="lab")
N(RES, "The council's comms team quite rightly won't share party material, so here's our newsletter the old-fashioned way, on my own account.",
  "acknowledges the rule", by="con", allow=[RES])
N(RES, "The council crest belongs to every resident. I've asked our group to take it off the draft leaflet before it goes to print.",
  "removes council logo from party material", allow=[RES])
N(RES, "Council recycling roadshow at Tolley Heath Park on Saturday: free food caddies, no politics, everyone welcome.",
  "council event, no party use")
N(RES, "Sat in the members' room reading tomorrow's cabinet papers. Riveting stuff. Anyone want a biscuit?",
  "council room used for council work")
N(RES, "Franking machine at the Civic Centre has broken again, so casework letters to residents will be a day late this week. Sorry all.",
  "council postage for casework")
N(RES, "Reminder: the council chamber can be hired by community groups at reasonable rates. Booking through the events team.",
  "council room hire for community groups")
N(RES, "Knocking doors for the Lib Dems in Tolley Heath today, party-paid leaflets in hand and my own car with its dodgy heater 🧡",
  "campaigning with own resources", by="ld")
N(RES, "My council phone is for casework. If you're ringing about the election, use the party office number printed on our leaflet instead.",
  "separates council phone from campaigning", allow=[RES])
N(RES, "Used the council's report-it app to log six potholes on the walk to the station. Takes thirty seconds, give it a go.",
  "council app used as a resident would")
N(RES, "Green members: manifesto drafting session is at my house on Wednesday. Bring ideas and a folding chair.",
  "party meeting at home", by="grn")
N(RES, "Pre-election period starts soon, so the council's social accounts will go quiet on anything political. That's the law, not a conspiracy.",
  "explains purdah")
N(RES, "Photo from today's council flood briefing. Ward councillors from every party in the room, which is how it should be.",
  "cross-party council business")
N(RES, "Ordered our Conservative posters from a printer in Ormsley, paid from campaign funds, receipts kept for the agent 🧾",
  "party material paid for properly", by="con")
N(RES, "Filmed this in the park rather than the chamber so nobody can say I'm using council property. Here's why I'm standing again in May 🎥",
  "campaign video away from council property", allow=[RES])

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "DM me if your planning application's stuck. As your councillor I can get it moved up the pile, no problem.",
  "offers to fast-track through the role")
P(POS, "Need a builder for that extension? My brother-in-law's firm does lovely work and, between us, knowing a councillor never hurts with building control 😉",
  "promotes a connected firm and hints at favours")
P(POS, "Anyone in Ormsley waiting on a council house, my door's open. I've got good contacts in allocations and I look after people who look after me.",
  "offers favours through the role")
P(POS, "Parking ticket from the council? Send it my way and I'll have a word. Perks of the job 😂",
  "offers to get tickets cancelled")
P(POS, "Proud to be a regular at Marigold's on Foundry Street, run by my daughter and best bacon bap in the borough. Tell them the councillor sent you and you'll be looked after!",
  "promotes a business connected to the councillor")
P(POS, "My nephew's just set up a landscaping business, so I've put his name forward to the parks team for the next round of council work. Hopefully that gets him a foot in the door.",
  "uses the role to advance a relative")
P(POS, "Licensing being slow with your pavement café permit? Tag me. A quiet word from a cabinet member goes a long way.",
  "offers influence over licensing", by="admin")
P(POS, "Bit cheeky, but my partner's lettings agency has two flats free in Kettlesmere Central. If you're on the housing list I can make sure the housing team know about them 🏠",
  "promotes a connected business through the council")
P(POS, "Boundary dispute with a neighbour? I've sorted three this month just by mentioning to enforcement who I am. Happy to do the same for you.",
  "uses position to sway enforcement")
P(POS, "Didn't get the primary school you wanted? I sit on enough panels to know exactly who to ring. Message me privately.",
  "offers to use the role to influence school places")
P(POS, "Why queue for a skip permit like everyone else? Message me and I'll have it signed off by Friday. Councillor privileges 😎",
  "offers queue-jumping")
P(POS, "Lunch at Pepperleaf, my old pal Terry's new Thai place on Market Square. Planning got his extraction flue through in record time after I chased it 😉 Go and eat there!",
  "boasts of influencing planning for a friend and promotes him")
P(POS, "Looking for a wedding photographer? My son Callum is brilliant, and anyone who books him gets a private tour of the Mayor's parlour thrown in 😁",
  "uses civic office as a perk for a relative's business", by="@MayorRuthAlsop")
P(POS, "Local traders: want to get onto the council's approved supplier list? Drop me a line. I chair the procurement working group so I can put a word in.",
  "offers to influence procurement")
P(POS, "Anyone need a blue badge sorted quicker? I know the process inside out and the team owe me one 😉",
  "offers to jump the queue via the role")
P(POS, "My old firm Brindley Electrical is pitching for the leisure centre rewire. They're the best in the borough and I've told cabinet as much.",
  "promotes a connected firm for a council contract")
P(POS, "Council tax arrears letter? Don't panic. Friends of the campaign can get recovery paused, just DM me.",
  "offers favours to supporters")
P(POS, "If that garden firm lands the roundabout planting contract it'll be because I put them forward, and I'm not shy about saying so. Good lads, good prices.",
  "steers a council contract")
P(POS, "Dropped kerb for my own driveway approved in two days. Turns out sitting on highways scrutiny helps 😅 Everyone else, it's a twelve-week wait, sorry.",
  "boasts of using position for own advantage")

N(POS, "As your councillor I can't fast-track anyone's planning application, and nor should I. What I can do is explain the process and chase it if it's gone past its target date.",
  "explicitly refuses to fast-track", allow=[POS])
N(POS, "Stuck on a council housing application? Here's how to ask for a review, the form, and the advice line. Everyone gets the same process.",
  "signposting the same process for all")
N(POS, "Shop local! Three new independents opened on Foundry Street this month. None of them are related to me, I promise 😄",
  "promotes local shops with no connection")
N(POS, "Before anyone asks: my sister-in-law's café has bid for the park kiosk. I've declared it and I'm having nothing to do with the decision.",
  "declares and steps aside", allow=[POS, INT])
N(POS, "Had a lovely pie at The Ferryman in Brindley Wharf. Paid my own way and can recommend the steak and ale.",
  "ordinary recommendation, no connection")
N(POS, "Parking ticket? I can't get it cancelled, and you wouldn't want a councillor who could. Here's how to appeal if you think it's unfair.",
  "refuses a favour", allow=[POS])
N(POS, "Local traders: the council's procurement portal is open for the parks maintenance contract. Free webinar on how to bid on Tuesday.",
  "open procurement information")
N(POS, "Chased fourteen bits of casework this week. Nothing special, just the job: emails, phone calls and a lot of patience.",
  "ordinary casework")
N(POS, "A resident asked if I'd 'have a word' about their neighbour's planning application. Sorry, no. Comment on the portal like everyone else; it does get read.",
  "refuses to use influence", allow=[POS])
N(POS, "Shout out to my daughter who's just qualified as a nurse. Proudest mum in Ormsley today ❤️",
  "family pride, no business or favour")
N(POS, "Blue badge applications are taking six weeks at the moment. I've raised the backlog at scrutiny for everyone, not just for one case.",
  "raises a service issue for all")
N(POS, "My brother runs a building firm, so I stepped out of the room for the housing repairs contract. Rules are rules.",
  "declares and steps out", allow=[POS, INT])
N(POS, "Small businesses: the shop-front improvement grant reopens on 2 February. Criteria on the council website, and anyone can apply.",
  "open grant information", before="2026-02-02")
N(POS, "Put my own dropped kerb application in today. Twelve-week wait like everyone else, so don't expect my drive done before Easter 😂",
  "same process as everyone")
N(POS, "Friends keep asking me to fix their parking tickets. Same answer as for anyone: appeal online, and I'll help you word it if you like.",
  "offers the same help as to any resident", allow=[POS])
N(POS, "Open letter to the Leader asking why Pellow Bank always seems last in line for road repairs. We pay the same council tax as everyone else.",
  "lobbying for the ward, no private advantage", by="opp")
N(POS, "If your landlord won't fix the damp, contact the council's private sector housing team. I'll back any resident who's getting nowhere.",
  "signposting")
N(POS, "Congratulations to Brindley Electrical on forty years in business! A great local employer.",
  "congratulates a firm with no stated connection")
N(POS, "Happy to write a reference for any young person applying to the council apprenticeship scheme who's volunteered on our litter picks. Send me what you've done.",
  "a reference on the record of volunteering; borderline", allow=[POS])

# ---------------------------------------------------------------- gifts.hospitality
P(GIFT, "Cracking three-course dinner courtesy of Marlow Grange Homes last night. Lovely people with some exciting ideas for Tolley Heath 🍷",
  "hospitality from the applicant on a pending application", sev="review", allow=[PRE])
P(GIFT, "Thanks to Kettlesmere Chamber of Commerce for the tickets to their annual ball. Great night, sore feet!",
  "hospitality from a body not seeking a decision; £100 reminder may apply")
P(GIFT, "Crestline Developments kindly took a few of us to the match on Saturday, executive box and all. Good chance to chat about the gasholder site 👀⚽",
  "hospitality from a pending applicant", sev="review", allow=[PRE])
P(GIFT, "A hamper from Verity Waste Solutions turned up at home this morning. Very generous. They're one of the firms bidding for the recycling contract, so fingers crossed for them!",
  "gift from a bidder for a council contract", sev="review", allow=[POS])
P(GIFT, "Spa voucher from the Canal Side Hotel after I cut the ribbon on their new wing. Feeling very pampered 💆‍♀️",
  "gift from a hotel not known to seek a decision")
P(GIFT, "Lovely bottle of single malt from the Lock Tavern's landlord to say thanks for 'all my support'. Cheers Dougie 🥃",
  "gift from a licensee with a pending licence variation", sev="review", allow=[PRE])
P(GIFT, "A builder I've been helping with his plans has given me a weekend in his holiday cottage in the Peaks. Don't know what I did to deserve it!",
  "hospitality from someone the councillor helped with plans, likely seeking permission", sev="review", allow=[POS])
P(GIFT, "Thank you Sunmere Energy for the hospitality at the renewables expo: first-class train and a hotel! Fascinating to hear what's planned for Pellow Bank Farm ☀️",
  "hospitality from a pending applicant", sev="review", allow=[PRE])
P(GIFT, "Free round at Ormsley Hills Golf Club today as guest of the captain. Shocking on the back nine 🙈⛳",
  "hospitality from a golf club, no decision sought")
P(GIFT, "Christmas present from the contractor doing the Stanwick Road resurfacing: a rather nice waxed jacket. Cheers lads, I'll wear it on site visits!",
  "gift from a council contractor", sev="review", before="2026-01-31")
P(GIFT, "Dinner at the Golden Lantern, on the house. The owners insisted because I helped with their licence renewal. Too kind 🥢",
  "hospitality from a licence holder for help with a licence", sev="review", allow=[POS])
P(GIFT, "VIP wristband for the Heathbeat launch party thanks to the organisers 🎶 Can't wait for August!",
  "hospitality from festival organisers with a pending licence", sev="review", allow=[PRE])
P(GIFT, "Unistay Living sent me a rather posh fountain pen after our site meeting. Classy touch ✒️",
  "gift from a pending applicant", sev="review")
P(GIFT, "Rotary lunch today, kindly paid for by the club. Talked about the youth skills fund and ate far too much crumble.",
  "hospitality from a club not seeking a decision")
P(GIFT, "Shout out to Kettlesmere Motors, who've lent me a brand new hybrid for the month to 'try out'. Lovely to drive round the ward in 🚗",
  "loan of a car from a dealer; likely over £100")
P(GIFT, "Treated to afternoon tea at the Grand by a firm that wants to run our leisure centres. Scones 10/10.",
  "hospitality from a prospective bidder", sev="review")
P(GIFT, "Selby-Marr Aggregates laid on a lovely lunch after the quarry tour. Good to hear their side of things on the extension.",
  "hospitality from a pending applicant", sev="review", allow=[PRE])
P(GIFT, "Huge thanks to Bellweather Estates for the box at the races. Brilliant day, even if my horse is still running. They're very keen to hear our views on the Local Plan sites 🐎",
  "hospitality from a developer lobbying on the Local Plan", sev="review")
P(GIFT, "Two tickets for the big concert at the arena from a mate who's opening the Pepper Shack takeaway, as a thank-you. Legend 🎤",
  "gift from a pending applicant", sev="review", allow=[PRE])

N(GIFT, "Marlow Grange Homes offered to take ward councillors out for dinner. I've said no thanks and registered the offer with the Monitoring Officer, as the code asks.",
  "refused and registered", allow=[GIFT])
N(GIFT, "Bought my own ticket for the Chamber of Commerce ball. £65 and worth it for the networking, but it's beans on toast till payday.",
  "paid own way", allow=[GIFT])
N(GIFT, "Dinner at the Golden Lantern with my husband tonight. Paid in full, tipped well, and the crispy duck was outstanding.",
  "paid own way")
N(GIFT, "Handed over the hampers from our Christmas collection to the foodbank today. Thank you to everyone who donated.",
  "giving, not receiving")
N(GIFT, "Cup of tea and a custard cream at the Nethercote residents' AGM. The height of glamour 😄",
  "trivial refreshments at a ward meeting")
N(GIFT, "Committee site visit to the quarry today. We bought our own sandwiches in the village afterwards, before anyone asks.",
  "paid own way on official visit", allow=[GIFT])
N(GIFT, "Reminder to colleagues: gifts or hospitality worth £100 or more go on the register within 28 days. Mine's up to date (one bunch of daffodils, about £4).",
  "reminder about registration", allow=[GIFT])
N(GIFT, "Lovely thank-you cards from Year 4 at Tolley Heath Primary after their visit to the chamber. Made my week.",
  "children's cards, not a gift of value")
N(GIFT, "Sunmere Energy's invitation to their expo was kindly meant, but with their application pending I won't be going. Offer logged with the Monitoring Officer.",
  "refused and registered", allow=[GIFT])
N(GIFT, "Took my mum to afternoon tea at the Grand for her 80th. She ate all the scones. All of them.",
  "councillor pays for own family")
N(GIFT, "Golf club charity day raised £3,400 for the hospice. I paid my entry and lost my ball on the third.",
  "paid own entry")
N(GIFT, "The waxed jacket I wear on site visits is twelve years old and held together by hope. No, no contractor bought it.",
  "denies a gift")
N(GIFT, "Kettlesmere Motors sponsored the junior football kits this season. Great to see local business backing grassroots sport.",
  "sponsorship of a club, not the councillor")
N(GIFT, "A developer tried to press an envelope of 'event tickets' on me at the consultation. Handed it straight back and told the Monitoring Officer.",
  "refused and reported", allow=[GIFT])
N(GIFT, "Civic dinner tonight as part of the Mayor's duties, paid from the published civic budget. Happy to answer questions about what it costs.",
  "official hospitality tied to duties", by="@MayorRuthAlsop", allow=[GIFT])
N(GIFT, "Quiz night at the Lock Tavern is back on Wednesdays! Came fourth, bought my own pints, good luck to the new landlord.",
  "pays own way at a venue")
N(GIFT, "Thanks to Verity Waste Solutions for a genuinely useful (and very long) webinar on food waste collection. No freebies, just slides.",
  "information session, no hospitality", allow=[GIFT])
N(GIFT, "Registered today: a framed print from the Brindley Wharf community association after their awards evening, worth about £40. It's on my surgery wall.",
  "small gift registered", allow=[GIFT])
N(GIFT, "Heathbeat festival tickets go on sale Friday. No, I haven't got any spare, and no, I can't get you in 😂",
  "no gift")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "Kettlesmere Council believes the government's funding review is a betrayal of the Black Country, and we'll fight it all the way.",
  "a backbencher presents a view as the council's", by="back")
P(CAP, "Speaking on behalf of Kettlesmere Borough Council, I can confirm we are fully behind the campaign to reopen Ormsley station 🚆",
  "claims to speak on behalf of the council", by="back")
P(CAP, "Official council position as of today: no more low-traffic schemes in Stanwick Green. You heard it here first.",
  "personal view stated as official council position", by="back", allow=[INS])
P(CAP, "The council's view is simple: Labour has run this borough into the ground. Time for change on 7 May.",
  "party view presented as the council's", by="opp")
P(CAP, "On behalf of Kettlesmere Council, I'd like to say the Lib Dem amendment on potholes was the only sensible thing in yesterday's budget debate.",
  "party praise presented as the council's", by="ld", date="2026-02-26")
P(CAP, "The council backs the Green call for a climate citizens' assembly. Proud of my council today 💚",
  "party policy presented as council policy", by="grn")
P(CAP, "As far as Kettlesmere Council is concerned, the bus franchising consultation is a waste of money and we won't be taking part.",
  "personal view presented as the council's", by="back")
P(CAP, "Knitting circle got onto the new car park charges. For the record, the council thinks they're daft too 🧶",
  "personal account presents a view as the council's", by="@tamsin_knits", account="personal")
P(CAP, "Kettlesmere Borough Council officially supports the Save Nethercote Library campaign. Sign the petition, link below 👇",
  "claims official council support", by="back")
P(CAP, "The council's position on the Unistay student tower is clear: it's wrong for Stanwick Green and it won't be built.",
  "speaks for the council and states a closed view on a pending application", also=[PRE + ":block"], by="back")
P(CAP, "People keep asking what the council thinks about the HS2 spur. I'll tell you what we think: we're against it. End of.",
  "presents own view as the council's", by="back")
P(CAP, "This council stands with the striking bus drivers at Kettlesmere depot 🚌✊",
  "no council motion; personal stance presented as the council's", by="lab_back")
P(CAP, "Our group meeting last night agreed our line on the Local Plan, and as far as I'm concerned that's now Kettlesmere Council's line too.",
  "party line presented as the council's", by="back")
P(CAP, "Message from Kettlesmere Council to the water company: clean up the canal or we'll see you in court 💩🚫",
  "speaks for the council", by="back")
P(CAP, "Pigeon fanciers of Kettlesmere, the council is right behind you on the loft planning fees. We'll get them scrapped 🕊️",
  "personal account speaks for the council", by="@dennis_pigeons", account="personal")
P(CAP, "Kettlesmere Council welcomes the new supermarket on Foundry Street. (Well, I do, and I'm on the council, so same thing 😅)",
  "presents own view as the council's, with a joke", by="back", allow=[IRO])
P(CAP, "I can confirm the council's official stance: we reject the boundary commission's proposals for Pellow Bank.",
  "claims an official stance without a resolution", by="back")
P(CAP, "We at Kettlesmere Council are sick of the Tories' scaremongering about council tax. Here are the facts 👇",
  "party attack presented as the council's", by="lab_back")

N(CAP, "Full council voted 31 to 12 last night to back the campaign to reopen Ormsley station. I voted for it and I'm delighted.",
  "reports a council resolution accurately", allow=[CAP], date="2026-01-22")
N(CAP, "My own view, not the council's: the car park charges are daft and I'll keep saying so.",
  "clearly personal view")
N(CAP, "The Green group believes a climate citizens' assembly is long overdue. We'll table a motion in March.",
  "party view labelled as the party's", by="grn")
N(CAP, "The council's consultation on bus franchising is open until 20 February. Have your say via the link on the council website.",
  "signposts an official consultation", before="2026-02-20")
N(CAP, "Labour's view is that the Tories have nothing to offer Pellow Bank. That's a party view on a party account and I'm sticking to it.",
  "party view labelled as such", by="lab", allow=[CAP])
N(CAP, "The council believes... no, actually, the council hasn't decided anything yet. Cabinet meets in March. Here's what I'll be arguing for.",
  "corrects itself; personal argument", allow=[CAP])
N(CAP, "Statement from the Leader of the Council on behalf of the authority: our thoughts are with everyone affected by this week's flooding in Tolley Heath.",
  "the Leader may speak for the council", by="@MarciaOduyaLab", allow=[CAP])
N(CAP, "As Mayor, on behalf of the borough, thank you to every volunteer at the Nethercote rest centre during the floods.",
  "the Mayor may speak for the borough", by="@MayorRuthAlsop", allow=[CAP])
N(CAP, "Speaking only for myself: the HS2 spur would wreck Fallowfield Bank. Others on the council disagree, and that's fair enough.",
  "clearly personal view")
N(CAP, "Officially, the council has no position on the loft fees yet. Unofficially, I'm on the pigeon fanciers' side and I'll raise it at cabinet.",
  "distinguishes personal view from council position", allow=[CAP])
N(CAP, "What does 'the council' even mean? Forty-eight councillors, thousands of staff and every resident. None of us speaks for all of it on social media.",
  "reflection on capacity")
N(CAP, "Kettlesmere Council's press release on the canal pollution is here. I fully support it and I've sent my own letter to the water company too.",
  "shares an official release, own view labelled", allow=[CAP])
N(CAP, "Our residents' group believes Nethercote library should stay open five days a week. Join our campaign!",
  "group view labelled as the group's", by="@LorraineSkeetNRG")
N(CAP, "Thanks to the council for finally fixing the Stanwick Road lights. Took long enough! 🚦",
  "mentions the council, no claim to speak for it")
N(CAP, "Motion passed at full council: Kettlesmere will lobby for fair funding. Proud to have seconded it.",
  "reports a resolution", allow=[CAP], date="2026-03-26")
N(CAP, "I can't speak for the council on the boundary review, but I can speak for Pellow Bank residents, and they're not happy.",
  "disclaims council voice")
N(CAP, "The council thinks it's fine to close the public toilets in January. I think it's a disgrace. Big difference.",
  "criticises a council decision, contrasts own view", by="opp", allow=[CAP])
N(CAP, "Lib Dem group statement on the budget is here. The council's own budget papers are on its website if you want to check our figures.",
  "party statement labelled", by="ld")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "If you're thinking of selling a house near Canal Street, I'd hang on till the summer. Let's just say something good is coming that hasn't been announced yet 😉",
  "hints at unannounced plans to advantage sellers", allow=[DIS])
P(INS, "Tip for my mate who runs the chippy: get your bid in for the Market Square units now, before the rents go up in April. You didn't hear it from me.",
  "tip-off to a friend from council knowledge", allow=[DIS])
P(INS, "Anyone fancy a garage plot off Tolley Heath Road? Snap one up before the council's plans for the area go public. DM me.",
  "buy before the council announces", allow=[DIS])
P(INS, "Friendly word to local builders: there's a big resurfacing contract coming out soon that nobody knows about yet. Get your paperwork ready 👷",
  "advance notice of an unannounced contract")
P(INS, "My cousin's eyeing up the old bingo hall on Wharf Street. Told her to wait a few weeks because the asking price is about to drop. Can't say more 🤐",
  "knowledge used for a relative's benefit")
P(INS, "Word to the wise: if you hold shares in Harcourt Buses, now might be the time to sell. Can't say why. Cabinet papers are cabinet papers.",
  "trading tip from cabinet papers", allow=[DIS])
P(INS, "Heard in a briefing today that the business rates relief is being extended. Told my other half to hold off paying the shop's bill 😂",
  "briefing knowledge used for own family business", allow=[DIS])
P(INS, "If I were a landlord in Ormsley I'd get my licensing sorted this month rather than next. Trust me on this one 👀",
  "hint of an unannounced crackdown")
P(INS, "Little birdie (me) says Foundry Street car park is going free after 3pm from April. Get your market pitch booked before everyone else twigs 🐦",
  "advance knowledge for advantage")
P(INS, "My mate's lettings business is going to do very nicely out of what I heard at housing cabinet this week. Watch this space 📈",
  "cabinet knowledge for a friend's business", allow=[DIS])
P(INS, "Tip-off for Ormsley traders: the council's about to announce a new shopfront grant. Start getting quotes now and you'll be first in the queue.",
  "tip-off before announcement")
P(INS, "Told my son-in-law to get an offer in on that bungalow on Pellow Lane sharpish. I know what's planned for the field behind it and he'll thank me.",
  "knowledge used for a relative")
P(INS, "Not public yet, but the leisure centre is going out to tender in March. If you know any operators, get them ringing round 😏",
  "unannounced tender flagged for advantage", allow=[DIS])
P(INS, "Buy now before the council signs off the Canal Street regeneration. Prices round there are going to rocket. Just saying.",
  "buy now before the council")
P(INS, "We know which libraries are on the list before anyone else does. Friends who run community groups: get your asset transfer bids sketched out now.",
  "advance knowledge for friends", allow=[DIS])
P(INS, "Had a quiet word with my brother who's got a van: the council's about to go after unlicensed waste carriers, so he's getting his licence sorted before it hits the papers.",
  "warns a relative of unannounced enforcement", allow=[DIS])
P(INS, "Local estate agents, you'll want to be quick in Nethercote this spring. That's all I'm allowed to say 😉",
  "hint for commercial advantage")
P(INS, "Lads at the club, if you've been thinking about a loft plot up Nethercote Lane, buy it before the council's new rules come out next month. Trust me, I've seen the draft 🕊️",
  "personal account; draft seen as a councillor used for friends", by="@dennis_pigeons", account="personal", allow=[DIS])

N(INS, "The council announced today that business rates relief is being extended to April 2027. If you run a small shop, check you're claiming it.",
  "public announcement", allow=[INS])
N(INS, "The Canal Street regeneration masterplan goes to public consultation next week. Read it, comment on it, argue with it!",
  "public consultation")
N(INS, "Please don't ask me for tip-offs about council land sales. I don't give them, and if I did I'd deserve to lose my seat.",
  "refuses tip-offs", allow=[INS])
N(INS, "Shopfront grant for Ormsley traders is now open, as announced at cabinet on Tuesday. £2k each, details on the council website.",
  "announced scheme")
N(INS, "The leisure centre tender was published on Contracts Finder today. Good luck to any local operator bidding.",
  "published tender")
N(INS, "House prices near Canal Street are already climbing according to the Gazette. Worried about what that means for renters.",
  "public information")
N(INS, "Selective licensing for Ormsley private landlords starts in June after the consultation. Landlords, the council has guidance on what you'll need.",
  "announced scheme")
N(INS, "Buy now before the January sales end? The shops in Kettlesmere Central are brutal this week 😂",
  "same words, shopping joke", before="2026-01-31")
N(INS, "Rumours about a library closure list are just that. Nothing's been decided, and any proposals will be published for everyone at the same time.",
  "denies insider knowledge")
N(INS, "If you're thinking of selling your house, get three valuations and a good solicitor. That's not insider info, that's my mum's advice.",
  "generic advice")
N(INS, "Told my brother he needs a waste carrier licence for his van. Everyone does, it's been the law for years, and the council website explains how.",
  "public legal requirement")
N(INS, "Free parking after 3pm on Foundry Street from April, as agreed in the budget last week. Market traders, good news for you.",
  "published decision")
N(INS, "Honestly, I don't know what's planned for the field behind Pellow Lane. Nobody's told me, and I have asked.",
  "no knowledge claimed")
N(INS, "Local builders: the council's 'meet the buyer' day is on 12 March at the Civic Centre. Find out what contracts are coming up in the next year.",
  "public procurement event", before="2026-03-12")
N(INS, "Next week's cabinet papers are now public on the council website. The highways programme is item 7 if you want to see your road.",
  "published papers")
N(INS, "Heard a great tip today: freeze your leftover bread for croutons. Not council business, just life-changing.",
  "unrelated tip")
N(INS, "Market Square unit rents go up 3% in April, as set out in the fees and charges report published last month. Traders, shout if you want help appealing.",
  "published report")
N(INS, "Planning policy have published the draft sites list for the Local Plan. If you own land on it you'll get a letter. Worried? I'm here.",
  "published list")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "I sit on planning and I'll say it now: the 140 houses on Tolley Heath Road will never get my vote. Not in a million years.",
  "closed mind on a pending application (register match)", sev="block")
P(PRE, "KT/26/0017/FUL, the quarry extension: this must be refused. I'll be voting against it at committee whatever the officers say.",
  "closed mind on a pending application by reference", sev="block", allow=[OFF])
P(PRE, "Hot food takeaway at 3 Wharf Street? Over my dead body. Already know how I'm voting on that one 🍟❌",
  "closed mind on a pending application (register match)", sev="block")
P(PRE, "The Crestline scheme for the old gasholder is exactly what Ormsley needs. It's a done deal as far as I'm concerned and I'll be backing it at committee.",
  "closed mind in favour on a pending application", sev="block")
P(PRE, "The Lock Tavern wants to stay open till 2am. I'm on the licensing panel and my answer is no. I don't need to hear any more.",
  "closed mind on a pending licensing matter", sev="block")
P(PRE, "Velvet Rooms licence: I've made my mind up. This town doesn't need another late bar and I won't be persuaded otherwise.",
  "closed mind on a pending licensing matter", sev="block")
P(PRE, "Pellow Bank Farm solar: 45MW of glass on the best farmland we've got. I'm voting no, and nothing Sunmere say at committee will change that.",
  "closed mind on a pending application", sev="block")
P(PRE, "No to the HMO at 88 Foundry Street. Seven bedsits in a two-up two-down? Not while I'm on planning.",
  "closed mind on a pending application", sev="block")
P(PRE, "Unistay's student block comes to committee in April and I can tell you now it's getting refused. Stanwick Green deserves better.",
  "states the outcome of a pending application in advance", sev="block")
P(PRE, "Heathbeat festival on Tolley Heath Park this summer? Can't wait! I'll be waving that licence straight through, no question 🎶",
  "closed mind in favour on a pending licence", sev="block")
P(PRE, "The retrospective application for the dormer on Lark Rise is coming to committee. It should be refused, simple as that, and I'll vote accordingly.",
  "closed mind on an unregistered application")
P(PRE, "Taxi licence appeal next week: that driver should never have been licensed in the first place. My vote's already cast, in my head at least.",
  "closed mind on a licensing appeal")
P(PRE, "Whatever the report says, the phone mast on Ormsley Road will not be approved while I'm on the committee.",
  "closed mind on an unregistered application")
P(PRE, "That betting shop application on Market Street will be refused. I'm on the panel and my mind is made up.",
  "closed mind on an unregistered application")
P(PRE, "Car wash appeal at Fallowfield Bank? I already know how I'm voting. Shut it down.",
  "closed mind on an appeal")
P(PRE, "The scrapyard application off Canal Lane has to be thrown out. I won't be voting for it and I'd say that to the applicant's face.",
  "closed mind on an unregistered application")
P(PRE, "Seen the plans for the Nethercote Lane bungalows. I'm voting to refuse when it comes to committee, no matter what gets said on the night.",
  "closed mind on an unregistered application")
P(PRE, "New off-licence on Brook Street wants a premises licence? Mind made up. We've enough drink problems round there without another one.",
  "closed mind on a licensing application")

N(PRE, "Tolley Heath Road housing comes to committee in April. I have concerns about traffic and school places, but I'll listen to all the evidence before I vote.",
  "predisposition with an open mind", allow=[PRE])
N(PRE, "I'm not on planning, so as ward councillor I've lodged an objection to the quarry extension and I'll speak for residents at committee.",
  "ward councillor not deciding; objection is legitimate", allow=[PRE])
N(PRE, "Lots of messages about the takeaway plans for Wharf Street. Please put your comments on the planning portal before the deadline so the committee sees them.",
  "signposts the process", allow=[PRE])
N(PRE, "My mind's made up: a sausage roll beats a pasty every single time. Fight me 😂",
  "same phrase, food")
N(PRE, "Residents have told me loud and clear they're worried about the Lock Tavern's later hours. I'll pass every concern on and come to the hearing with an open mind.",
  "predisposition with open mind", allow=[PRE])
N(PRE, "Whatever the forecast says, the Nethercote litter pick is going ahead on Saturday. Waterproofs on 🌧️",
  "same shape of phrase, no decision")
N(PRE, "The Local Plan will decide where new homes go. I'm against building on green belt as a principle, and I'll argue for brownfield first in the debate.",
  "policy-making, not quasi-judicial", allow=[PRE])
N(PRE, "Pellow Bank Farm solar site visit is on the 14th. I'll be asking about glint, drainage and the farmland grade. I haven't decided and I won't until I've heard everything.",
  "open mind stated", allow=[PRE])
N(PRE, "Voted against the parking charges at cabinet. Glad I did. Some decisions you just know are wrong.",
  "a decided executive matter")
N(PRE, "That student tower plan for Stanwick Green raises real questions about height. I'll be looking closely at the daylight report.",
  "concerns without a settled view", allow=[PRE])
N(PRE, "Licensing committee refused the Market Street betting shop last month. The decision notice is on the website if you want the reasons.",
  "reports a decided matter")
N(PRE, "Heathbeat organisers are holding a drop-in about their licence application on Thursday. Go and ask them your questions about noise.",
  "signposting, no view", allow=[PRE])
N(PRE, "Never say never, but I will never get used to 6am starts on the bin lorry ride-along 😴",
  "same phrase, unrelated")
N(PRE, "Not on the committee and not declaring a view, but here's how to comment on the Foundry Street HMO application if you want your say.",
  "signposting", allow=[PRE])
N(PRE, "I'm not on planning, so I've written a formal objection to the gasholder scheme on behalf of the Ormsley residents who asked me to.",
  "ward councillor objection", allow=[PRE])
N(PRE, "I will vote against the budget on Wednesday. It's a political choice and I'm proud to make it.",
  "budget is not quasi-judicial", by="opp", allow=[PRE], date="2026-02-23")
N(PRE, "The phone mast appeal was dismissed by the inspector last week. Good outcome for Ormsley Road, and credit to the residents who gave evidence.",
  "decided appeal")
N(PRE, "I'm minded to support the Velvet Rooms application from what I've read so far, but I'll keep an open mind at the hearing and hear from residents first.",
  "predisposition, open mind", allow=[PRE])

# ---------------------------------------------------------------- interests.declared-interest
P(INT, "Scaffolding licence fees going up 40% in April is madness for small firms like Tolkington Scaffolding that keep this borough's buildings standing. I'll be fighting it at scrutiny.",
  "holder (director) campaigns on a council fee touching his firm", by="@BarryTolkCon", interest="Tolkington Scaffolding Ltd")
P(INT, "Pleased the council's housing repairs framework includes access equipment this year. Hope local scaffolders like us get a fair crack at it 💪",
  "holder's firm could bid on a council framework", by="@BarryTolkCon", interest="Tolkington Scaffolding Ltd")
P(INT, "The new rules on pavement obstructions will be a nightmare for building firms. Tolkington Scaffolding will be responding to the consultation, and so will I, wearing my councillor hat.",
  "holder on a council policy touching his firm", by="@BarryTolkCon", interest="Tolkington Scaffolding Ltd")
P(INT, "Brindley Wharf Boat Club's lease on the wharf moorings is up for renewal at cabinet. Thirty years of brilliant tenancy; the council should renew on the same terms.",
  "committee member lobbies on the club's council lease", by="@KwameAB_Lab", interest="Brindley Wharf Boat Club")
P(INT, "Brilliant that the community grants round covers waterways projects this year. The Boat Club will definitely be bidding for a new pontoon ⚓",
  "committee member on a council grant the club will bid for", by="@KwameAB_Lab", interest="Brindley Wharf Boat Club")
P(INT, "Cabinet's welfare budget includes £40k for emergency food provision. Kettlesmere Foodbank is ready to deliver it and I'll be making the case in the meeting.",
  "trustee on council funding for the foodbank", by="@SiobhanCarrickK", interest="Kettlesmere Foodbank")
P(INT, "Our foodbank has been asking the council for a rent-free unit in the Foundry Street precinct for a year now. Time to make it happen and I'll be pushing hard.",
  "trustee lobbies for a council lease to the charity", by="@SiobhanCarrickK", interest="Kettlesmere Foodbank")
P(INT, "Voted today to extend the council's partnership with the foodbank for three more years. Great result for Kettlesmere!",
  "trustee voted on a matter touching her charity", by="@SiobhanCarrickK", interest="Kettlesmere Foodbank")
P(INT, "The school transport review could cut buses to Stanwick Learning Trust schools. I'll be voting to protect every single route.",
  "trustee on a council review touching the trust", by="@HarrietYeoLD", interest="Stanwick Learning Trust")
P(INT, "The trust's application for a new sports hall at Stanwick Green Academy is in. Brilliant scheme, and I'll be speaking up for it.",
  "trustee supports the trust's application; predetermination borderline", by="@HarrietYeoLD", interest="Stanwick Learning Trust", allow=[PRE])
P(INT, "Council consultation on Sunday trading permits for garden centres closes soon. We're making sure the policy doesn't hammer rural businesses like ours at Pellow Bank. Respond here!",
  "owner on a council policy touching her business", by="@FenellaW_Con", interest="Pellow Bank Garden Centre")
P(INT, "Really hope the roundabout planting contract goes to a local nursery this time. The garden centre is right on the doorstep and could do it for half what the council paid last year 🌷",
  "owner touts her business for a council contract", by="@FenellaW_Con", interest="Pellow Bank Garden Centre", also=[POS])
P(INT, "The council's draft climate strategy names community energy as a partner. Fallowfield Community Energy is ready to put panels on every school roof. Let's get it through cabinet ☀️",
  "director on a strategy touching the co-op", by="@TamsinFerrierGreen", interest="Fallowfield Community Energy")
P(INT, "Great that the council's looking at leasing the Civic Centre roof for solar. Our co-op has already done the sums and I'll be arguing for it at committee 💚",
  "director/shareholder on a council lease the co-op could win", by="@TamsinFerrierGreen", interest="Fallowfield Community Energy")
P(INT, "Ormsley Cricket Club's bid to the council's playing pitch fund goes in this week. New nets for the juniors! Come on cabinet, back local sport 🏏",
  "chair on a council grant to his club", by="@CraigMottram", interest="Ormsley Cricket Club")
P(INT, "Council wants to sell part of Ormsley Rec for housing? The cricket club's outfield is on that land and I will oppose it every step of the way.",
  "chair on a council land sale affecting his club", by="@CraigMottram", interest="Ormsley Cricket Club")
P(INT, "The new HGV weight limit through Nethercote is a disaster for local hauliers. Hurlock Haulage has run lorries through here for fifty years. Scrap it.",
  "partner on a council traffic order touching his firm", by="@DennisHurlockInd", interest="Hurlock Haulage")
P(INT, "Good to see the bulky waste contract going out to tender. A few local haulage firms, ours included, are well placed to run it.",
  "partner flags his firm for a council contract", by="@DennisHurlockInd", interest="Hurlock Haulage")

N(INT, "The Boat Club's lease renewal comes to cabinet next month. Good club, good tenant; I hope the terms are fair to the council as well.",
  "same matter posted by a non-holder")
N(INT, "Brindley Wharf Boat Club regatta was a blast. Capsized twice, still smiling ⛵",
  "holder posts about the body with no council matter", by="@KwameAB_Lab", allow=[INT])
N(INT, "Declaring an interest as a foodbank trustee: I'll leave the room when cabinet discusses the emergency food grant and I won't vote.",
  "holder declares and steps back", by="@SiobhanCarrickK", allow=[INT])
N(INT, "Kettlesmere Foodbank needs tinned fish, UHT milk and nappies this week. Drop-off at Civic Centre reception.",
  "non-holder appeal, no council decision")
N(INT, "Stanwick Learning Trust choir sang at the Mayor's New Year concert and I cried. Obviously.",
  "holder posts about the trust with no council matter", by="@HarrietYeoLD", allow=[INT])
N(INT, "The school transport review could hit Stanwick schools hard. I'll be asking cabinet to publish the route-by-route impact.",
  "same matter, non-holder")
N(INT, "I own the garden centre at Pellow Bank, so I've asked the Monitoring Officer whether I can speak on the Sunday trading policy. Saying nothing more until I hear back.",
  "holder seeks advice", by="@FenellaW_Con", allow=[INT])
N(INT, "Ormsley Cricket Club's annual dinner was a hoot. Our groundsman won player of the year despite never playing.",
  "holder posts about the body, no council matter", by="@CraigMottram", allow=[INT])
N(INT, "Before the climate strategy debate: I'm a director of Fallowfield Community Energy, it's on my register, and I'll sit out the item on community energy partners.",
  "holder declares and steps back", by="@TamsinFerrierGreen", allow=[INT])
N(INT, "Fallowfield Community Energy's share offer has raised £300k for school roof panels. Impressive local effort.",
  "non-holder; no council matter")
N(INT, "Fifty years of Hurlock Haulage today. Dad started with one lorry and a flask. Proud day for the family.",
  "holder marks an anniversary, no council matter", by="@DennisHurlockInd", allow=[INT])
N(INT, "The Nethercote HGV limit is a real dilemma: safer streets for kids versus jobs at local hauliers. I'll read every consultation response before deciding.",
  "same matter, non-holder")
N(INT, "I chair the cricket club, so I've declared it and won't take part in the playing pitch fund decision. Good luck to every bidder.",
  "holder declares and steps back", by="@CraigMottram", allow=[INT])
N(INT, "Before I'd support any sale of Ormsley Rec I'd want to know what happens to the cricket outfield.",
  "same matter, non-holder")
N(INT, "I've handed my shares in the family scaffolding firm to my son and updated my register. Even so, I'll stay out of the access licence debate to be safe.",
  "holder declares and steps back", by="@BarryTolkCon", allow=[INT])
N(INT, "Scaffolding licence fees up 40%? Let's see the cost evidence before we sign that off at scrutiny.",
  "same matter, non-holder")
N(INT, "Packed 200 food parcels at the foodbank on Saturday with the best volunteers in the Midlands.",
  "holder volunteers, no council matter", by="@SiobhanCarrickK", allow=[INT])
N(INT, "Took advice from the Monitoring Officer on the sports hall application because of my trust role. Advice: don't speak or vote. So I won't.",
  "holder follows advice", by="@HarrietYeoLD", allow=[INT])

# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "Huge thanks to Mrs Joan Pettifer of 14 Lark Rise, Ormsley, who has reported every single pothole on her road this year!",
  "private person's name with address")
P(DP, "Met a lovely gentleman at 7 Canal Cottages who's waited nine months for his PIP assessment. Mr Derek Hollins, I'm on it.",
  "name, address and disability benefit implying health", sev="block")
P(DP, "Chasing the council on behalf of Ellie Brannock (ref HSG/2025/88412), who's been in temporary accommodation since August.",
  "name with a case reference; housing service user", sev="block")
P(DP, "Jason Threlfall, 23, of Stanwick Road was in court this week for fly-tipping. Good riddance.",
  "criminal record of a private individual", sev="block", allow=[DEF, ATT])
P(DP, "Shout out to little Amelia-Rose in Year 2 at Tolley Heath Primary who wrote to me about the broken swings. Seven years old and already a better campaigner than me!",
  "identifiable child with school and age", sev="block")
P(DP, "Whoever owns the silver Astra, reg KX19 DPE, dumped on Foundry Street for three weeks: I've reported you.",
  "vehicle registration", sev="block")
P(DP, "Mr Ahmed at 22 Wharf Row has had his Universal Credit sanctioned again. Unacceptable, and I'm raising it with the DWP.",
  "name, address and benefit claim")
P(DP, "Please wish Brenda Cole from Pellow Bank a happy 90th! Born 9 March 1936 and still clears her own gutters 🎂",
  "date of birth of a named private person", sev="block", date="2026-03-09")
P(DP, "Lots of you want to complain to the woman organising the church hall discos. Her email's sandra.coyle62@example.com. Go for it.",
  "private person's email", sev="block", allow=[BUL])
P(DP, "One of our housing officers, Dean, has been signed off with depression since Christmas, which is why repairs are slow. Please be patient with the team.",
  "staff health data", sev="block", allow=[OFF])
P(DP, "Met a family in Nethercote today, the Okafors at no. 31, whose son is autistic and has been out of school since October. Fighting for them.",
  "child's health with family name and house", sev="block")
P(DP, "Social services case I'm helping with: 84-year-old man on Brook Street, dementia, no family nearby, keeps leaving his back door open. Neighbours, keep an eye out.",
  "health data of an identifiable service user", sev="block")
P(DP, "Thanks to Mr T. Kowalczyk, NHS no. 485 777 3456, for letting me share his 14 hours on a trolley in A&E.",
  "NHS number with health", sev="block")
P(DP, "The lad arrested outside the Lock Tavern on Saturday was Lee Garbutt from Tolley Heath. Everyone knows, so I'm just saying it.",
  "criminal allegation about a named private person", sev="block", allow=[DEF])
P(DP, "Ring Mrs Patel on 07700 900214 if you've got spare school uniform, she's collecting for the Nethercote swap shop.",
  "private person's phone number", sev="block", also=[SEC])
P(DP, "Congratulations to Ravi and Jo Sandhu of 3 Mill Lane, Fallowfield Bank, on the arrival of their baby boy! 👶",
  "names with address")
P(DP, "Casework inbox had an email from a Mrs Fairweather, flat 4 Harbour Court, KT7 3QP, about her neighbour's dog. Sorted, Mrs F!",
  "name with address and postcode")
P(DP, "Can't believe the disciplinary against Kevin from the parks team has dragged on six months. He's a good lad and deserves better.",
  "staff disciplinary (labour relations)", sev="block", allow=[OFF, DIS])
P(DP, "Marie Dunleavy from Nethercote, the one who runs the car boot, was diagnosed with MS last year and still hasn't got her ramp. Council, sort the grant!",
  "health data of a named private person", sev="block")

N(DP, "My surgery is at Kettlesmere Central Library, 14 Foundry Street, every other Saturday. Email cllr.nadia.qureshi@kettlesmere.gov.uk or ring 01632 960418.",
  "the councillor's own published contact details", by="@NadiaQLab")
N(DP, "Ring 101 for non-emergencies, 999 if someone's in danger. Inspector Sunita Bhamra's team are patrolling Tolley Heath all week.",
  "named public office holder")
N(DP, "Thanks to Yvonne Strettle MP for meeting Brindley Wharf residents about the towpath lighting.",
  "named MP")
N(DP, "A resident on Lark Rise got in touch about potholes. Reported all six. Keep them coming!",
  "street but no name")
N(DP, "Waiting over six months for a PIP assessment? Message me privately. Please don't put your details in the comments!",
  "asks for private contact", allow=[DP])
N(DP, "Abandoned cars can be reported on the council website. Please don't post the reg here, send it to the team.",
  "advises against posting a reg", allow=[DP])
N(DP, "Happy 90th to my mum, who taught me everything I know about stubbornness ❤️",
  "own family, no identifiers")
N(DP, "Great to see the Tolley Heath Primary eco-club at the tree planting today. Photos shared with the school's permission, no names.",
  "children unnamed, permission", allow=[DP])
N(DP, "Staff sickness is up across the council according to the HR report to scrutiny. Please be patient with our housing team.",
  "aggregate staff data")
N(DP, "Helped a Nethercote family get their son's school transport sorted today. Details stay private, but the system shouldn't be this hard.",
  "no identifying details")
N(DP, "The fly-tipping prosecution brought by the council last month ended in a £2,400 fine. Full details are in the council's press release.",
  "no name")
N(DP, "Mrs Patel's uniform swap shop is on at Nethercote Community Centre, Saturday 10 till 12. Details on the centre's page, not in my comments please!",
  "name only with a public event", allow=[DP])
N(DP, "Missed bin? Call the council contact centre on 01632 960000 or use the app.",
  "organisation's public number", allow=[DP, SEC])
N(DP, "Reminder: never post your NHS number, bank details or case reference in a public comment. DM or email me and I'll keep it safe.",
  "warning about identifiers", allow=[DP])
N(DP, "Congratulations to our Mayor, Cllr Ruth Alsop, on becoming a grandma this week! 👶",
  "public office holder; grandchild unnamed", allow=[DP])
N(DP, "Dementia-friendly café opens at Ormsley Methodist Hall every Thursday. Carers and families welcome.",
  "service information")
N(DP, "Thanks to the 140 residents who answered our Fallowfield Bank survey. 71% want a 20mph limit. Full anonymised results on our page.",
  "anonymised data")
N(DP, "Spoke to a Brook Street pensioner today who's worried about the new bin sizes. Raising it with the team. No names needed, you know who you are 😊",
  "not identifiable")

# ---------------------------------------------------------------- security.credentials
P(SEC, "Members' IT: the new wifi password in the chamber is Kettle$mere2026, if anyone's stuck like I was this morning.",
  "password")
P(SEC, "For colleagues struggling with the casework portal, the shared login is members.group with Wharf4Ever! as the password. Don't tell IT 🙊",
  "login and password")
P(SEC, "Just got a text with a code, 481937, saying it's from my bank and to read it back to them. Is this a scam? Posting so someone can check.",
  "one-time code published")
P(SEC, "Key safe at the Nethercote community centre is 1966 for volunteers setting up tomorrow morning. Ta!",
  "key safe code")
P(SEC, "URGENT: claim your council tax rebate before Friday at kettlesmere-counciltax-refund.co/claim?id=88, just got mine through!",
  "malicious-looking link")
P(SEC, "If you need to get into the Stanwick Green pavilion early, the gate code is 4402#. See you at the litter pick 🧤",
  "gate code")
P(SEC, "Lost my phone at the Civic Centre. If you find it, the unlock PIN is my birthday, 0611, so you can ring my husband 😂",
  "device PIN")
P(SEC, "Group account got hacked last week, so I've reset it to Tolley123 and made it the same as our council logins so nobody forgets.",
  "password, reused")
P(SEC, "Can someone ring Gary the caretaker for me? His mobile is 07700 900387. The boiler's gone at the hall again.",
  "private phone number of another person", also=[DP + ":block"])
P(SEC, "Printer in the members' room keeps demanding a release PIN. Mine's 2231. I give up, someone else can print my papers 🖨️",
  "PIN")
P(SEC, "Click here to verify your council pension: bit.ly/kbc-pens1on-verify. Seems legit, came through on the HR email 🙂",
  "malicious-looking link")
P(SEC, "Alarm code for the Fallowfield Bank scout hut is 7731. Leaders, please stop ringing me at 6am!",
  "alarm code")
P(SEC, "Mum's got a new mobile, 07700 900561, if any of the Brindley Wharf lot want to wish her happy birthday 🎉",
  "private phone number of another person", also=[DP + ":block"])
P(SEC, "Testing whether Bluesky hides passwords automatically: hunter2 🤔 (it doesn't, apparently)",
  "a password posted, as a joke")
P(SEC, "Zoom for the residents' meeting tomorrow: meeting ID 845 2219 0071, passcode Ormsley26. All welcome!",
  "meeting passcode published")
P(SEC, "Here's the key for the council's live bus data feed so you can build your own tracker: kbc_live_9f3a7c21e0b84d6d. Enjoy, nerds 🤓",
  "API key")
P(SEC, "WhatsApp says 'your verification code is 552-019, do not share this code'. Why would it say that? Can anyone explain?",
  "verification code published")
P(SEC, "Heads up, the entry code for the Civic Centre back door changed today. It's now C1984X. Members only!",
  "door code")

N(SEC, "Reminder for councillors: use a different password for social media than for your council account, and turn on two-factor. Took me five minutes.",
  "security advice", allow=[SEC])
N(SEC, "Scam warning: fake texts claiming to be from Kettlesmere Council are offering council tax refunds. Don't click the link; the council never texts about refunds.",
  "scam warning without the link", allow=[SEC])
N(SEC, "Key safes are a great idea for older residents with carers. Age UK can fit one. Never share the code publicly.",
  "advice, no code", allow=[SEC])
N(SEC, "Nethercote community centre now has a key safe for volunteers. Ask the centre manager for the code.",
  "no code", allow=[SEC])
N(SEC, "Casework line is 01632 960418, or email cllr.nadia.qureshi@kettlesmere.gov.uk.",
  "own published contact details", by="@NadiaQLab")
N(SEC, "The Zoom link for tomorrow's residents' meeting has gone to everyone who registered. Not posting it here after last time's zoombombing 🙃",
  "withholds the passcode", allow=[SEC])
N(SEC, "My PIN is the same as everyone else's: a secret. Nice try, fraudsters.",
  "mentions PIN, gives none", allow=[SEC])
N(SEC, "Please stop asking for the pavilion gate code on Facebook. The club texts it to registered volunteers.",
  "withholds a code", allow=[SEC])
N(SEC, "The council's open data portal is live and free. No key needed for the bus stop dataset.",
  "no key")
N(SEC, "Had a call from 'my bank' asking for a one-time passcode. I hung up. Banks never ask for it. Spread the word.",
  "scam warning, no code", allow=[SEC])
N(SEC, "New community alarm scheme: residents press a pendant and a call handler rings straight back. No codes to remember.",
  "service information")
N(SEC, "Password tip from today's IT training: three random words. Not your dog's name, not 'password1', and definitely not your ward name.",
  "advice", allow=[SEC])
N(SEC, "Got a key safe? Change the code every few months and don't write it on the box. Sound advice from Inspector Bhamra's crime prevention team.",
  "advice", allow=[SEC])
N(SEC, "Heating problems at the hall? Contact the caretaker through the bookings line on 01632 960777.",
  "organisation number", allow=[SEC, DP])
N(SEC, "The Civic Centre back door is card-only now. Lost your pass? Reception can sort you out.",
  "no code")
N(SEC, "bit.ly links in your DMs claiming to be from 'council HR'? Report and delete. Genuine council emails end in kettlesmere.gov.uk.",
  "warning; no live link", allow=[SEC])
N(SEC, "My son's set me up with a password manager. I now have no idea what any of my passwords are, which I'm told is the point 😂",
  "mentions passwords, none given")
N(SEC, "Printer in the members' room now needs your staff card to release prints. Much better than the old four-digit code.",
  "no code", allow=[SEC])

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "Project Tinderbox is finally moving. Can't say who the developer is, but they're big and they're keen 🔥",
  "names a register term", sev="block")
P(DIS, "Lawyers still arguing over the Foundry Lane claim. Cost to taxpayers so far? Six figures and counting.",
  "names a register term (legal claim)", sev="block")
P(DIS, "Ormsley Baths disposal: a buyer's come in well under valuation and cabinet are tempted. Residents deserve to know.",
  "names a register term with terms of the deal", sev="block")
P(DIS, "The Canal Basin acquisition will cost us £4.2m if it goes ahead. It was in Part 2 this week, but you're paying, so you should know.",
  "register term plus Part 2 content", sev="block")
P(DIS, "Operation Millrace kicks off next week. Dodgy waste carriers of Kettlesmere, your days are numbered 😈",
  "discloses an enforcement operation on the register", sev="block")
P(DIS, "Fun fact: the codename for the town centre deal is Project Tinderbox. Fitting, given how the negotiations are going 🔥😂",
  "names the register term", sev="block", allow=[IRO])
P(DIS, "Asked again at committee why the Ormsley Baths disposal hasn't been brought out into the open. Told it's exempt. Of course it is.",
  "names the register term", sev="block")
P(DIS, "The insurers want to settle the Foundry Lane claim for £380k. I think we should fight it.",
  "discloses settlement figure in a privileged claim", sev="block")
P(DIS, "Where we are on the Canal Basin acquisition: vendor wants more, we've offered less, talks have stalled.",
  "discloses negotiation position", sev="block")
P(DIS, "Can't believe what we were told in the Part 2 session on the leisure contract. The public will be furious when this comes out.",
  "Part 2 marker")
P(DIS, "Between you and me (and my 2,000 followers 😅), the restructure will cut 40 posts in regeneration.",
  "marker plus staffing matter", allow=[OFF])
P(DIS, "Was handed a paper marked 'not for publication' at the Nethercote briefing. It says the library shuts in September. You deserve to know.",
  "not for publication marker")
P(DIS, "Off the record: the old Ormsley depot is being sold. Can't say more.",
  "off the record marker; property disposal")
P(DIS, "Leaked to me this week: the council is settling an employment tribunal with a former director. The figure has six zeros on it.",
  "leaked; labour relations")
P(DIS, "The embargoed inspection report on children's services lands Thursday. Spoiler: 'requires improvement'. Brace yourselves.",
  "embargoed content released early")
P(DIS, "Closed session today on the bus depot site. Let's just say the price we were quoted would make your eyes water: £11m.",
  "closed session plus financial detail")
P(DIS, "In confidence, a neighbour told me she's reported her landlord for illegal eviction. Enforcement are on it. Watch this space, Ormsley.",
  "information given in confidence; enforcement")
P(DIS, "Exempt item 9 at cabinet: a £2m loan to the football club. Yes, really. Why is that a secret?",
  "discloses an exempt item")

N(DIS, "The Ormsley Baths site is on the disposals list published with the asset strategy. Public consultation starts in March.",
  "public information; not the register term", allow=[DIS])
N(DIS, "Part 2 of my blog on the Local Plan is up! Spoiler: it's mostly about car parks 🚗",
  "Part 2 as a sequel", allow=[DIS])
N(DIS, "The leisure contract went to cabinet today. The commercial detail was rightly taken in closed session; the decision will be published tomorrow.",
  "mentions closed session without disclosure", allow=[DIS])
N(DIS, "A leaking gas main on Canal Street is causing long delays. Engineers are on site.",
  "leak, not a disclosure")
N(DIS, "Off the record? Nothing a councillor says is off the record. Assume it all ends up on Facebook. Lesson learned in 2019 😅",
  "marker as advice", allow=[DIS])
N(DIS, "Between you and me, the best chips in Kettlesmere are from the van on Tolley Heath on a Friday. Don't tell my GP 🍟",
  "marker as idiom", allow=[DIS])
N(DIS, "Embargo lifted: the council's inspection report is out and children's services are now rated 'good'. Well done everyone.",
  "after the embargo", allow=[DIS])
N(DIS, "Why so many decisions behind closed doors? I'm tabling a motion to cut the number of exempt items and publish more.",
  "argues for openness", allow=[DIS])
N(DIS, "The Canal Basin festival is back in June! Boats, bands and barbecue.",
  "partial overlap with a register term")
N(DIS, "Foundry Lane resurfacing finishes on Friday. Thanks for your patience, everyone.",
  "partial overlap with a register term")
N(DIS, "The new play area at Millrace Park opens on Saturday 🛝",
  "partial overlap with a register term")
N(DIS, "The council's confidential reporting line for fraud is on its website. Use it if you see something wrong.",
  "mentions confidential line", allow=[DIS])
N(DIS, "Residents' reports of fly-tipping lead to real prosecutions. Report it through the app and enforcement will follow up.",
  "enforcement, nothing confidential")
N(DIS, "Our group asked for the Tinderbox Lane car park to be resurfaced. Granted! 🎉",
  "partial overlap with a register term", allow=[DIS])
N(DIS, "The minutes of the closed session will be published once the sale completes, as the law requires. I'll share them when they are.",
  "mentions closed session without content", allow=[DIS])
N(DIS, "Had a briefing on the town centre regeneration today. I can't share the details yet and I won't, but a public update is due in March.",
  "refuses to disclose", allow=[DIS, INS])
N(DIS, "Council press release this morning: the Canal Street depot sale to Harbridge Logistics has completed for £3.1m.",
  "published information")
N(DIS, "Not for publication in the Gazette, apparently: my letter about bin collections. So here it is in full instead 😂",
  "marker in an unrelated sense", allow=[DIS])

# ---------------------------------------------------------------- tone.irony-risk
P(IRO, "Oh brilliant, another Tory leaflet telling Tolley Heath how much they care about potholes. Where've they been since 2022? Yeah right.",
  "sarcasm about a party", by="non_con")
P(IRO, "Well done to the cabinet for discovering Nethercote exists, just four months before an election 👏👏👏",
  "mock praise of the cabinet", by="opp")
P(IRO, "Thrilled our MP has finally found time to visit Ormsley. Only took three years and a photographer 📸",
  "mock praise of the MP")
P(IRO, "The Lib Dems have 'saved' the library again. Just like last year. And the year before. Heroes /s",
  "sarcasm about a party", by="non_ld")
P(IRO, "Big thank you to Cllr Tolkington for his detailed contribution to the budget debate. All four words of it.",
  "mock praise of a named councillor", allow=[ATT])
P(IRO, "Loved the Green group's fully costed alternative budget. Especially the page where the costs should have been 🤣",
  "mock praise of a group", by="non_grn")
P(IRO, "No surprise at all that the cabinet member for transport has never caught a bus. Totally normal, nothing to see here.",
  "sarcasm about a councillor", by="opp")
P(IRO, "Great to see the opposition so passionate about the high street. Shame none of them shop on it. Genius strategy, lads.",
  "mock praise of opposition members", by="lab")
P(IRO, "Fair play to Harriet Yeo for that stunning U-turn on parking. Truly a masterclass in leadership. /s",
  "mock praise of a named councillor")
P(IRO, "'We listen to residents,' says the administration, as 2,000 petition signatures go straight in the bin. Real listening champions.",
  "mock praise of the administration", by="opp")
P(IRO, "Yeah, because the Independents definitely have a plan for the budget gap. They'll just wish it away, right?",
  "sarcasm about councillors", by="non_ind")
P(IRO, "Huge respect to whoever at the county decided to cut the only winter bus to Pellow Bank. Inspired thinking 🙄",
  "mock praise of decision-makers")
P(IRO, "Lovely of the Leader to pop into Brindley Wharf for a photo op. Didn't stay long enough to see the flooding, but the lighting was great.",
  "sarcasm about the Leader", by="opp")
P(IRO, "Stunning work from the Conservative group again: voted against the food waste service, then complained it didn't start sooner. Chef's kiss 🤌",
  "mock praise of a group", by="non_con")
P(IRO, "Another 'listening event' from our MP. Can't wait for her to listen, nod, and do absolutely nothing. So inspiring.",
  "sarcasm about the MP")
P(IRO, "My opponent says he's 'always been a local man'. Lives in Solihull, but sure, local in spirit 😇",
  "sarcasm about a rival candidate")
P(IRO, "Of course the Residents' Group found a way to blame Labour for the rain. Didn't you know the Leader controls the weather?",
  "sarcasm about a group", by="lab")
P(IRO, "Delighted Cllr Pattani has explained the council tax rise so clearly. Nobody understood it before, and nobody understands it now 👏",
  "mock praise of a named councillor")

N(IRO, "Oh brilliant, more rain. Exactly what Tolley Heath's drains needed 🌧️",
  "irony about weather", allow=[IRO])
N(IRO, "The Foundry Street roadworks are now entering their third season, like a TV drama nobody asked for.",
  "irony about roadworks", allow=[IRO])
N(IRO, "Yeah right, like I'm getting to the gym this week with budget papers to read 😂",
  "irony about oneself", allow=[IRO])
N(IRO, "Printer in the members' room jammed four times this morning. A true triumph of technology /s",
  "irony about a printer", allow=[IRO])
N(IRO, "I disagree with the Conservative amendment. It cuts £200k from youth services and I'll vote against it.",
  "plain political disagreement", by="non_con")
N(IRO, "Genuinely, well done to the Lib Dems for their motion on pavement parking. Good idea, and we backed it.",
  "sincere praise", by="non_ld", allow=[IRO])
N(IRO, "Credit where it's due: the MP got the station funding over the line. Thank you, Yvonne Strettle MP.",
  "sincere thanks", allow=[IRO])
N(IRO, "My cat has decided the budget report is a bed. She may have a point about page 47.",
  "gentle humour about a document")
N(IRO, "The Leader said this morning the budget protects frontline services. I don't agree, and here's why 🧵",
  "plain disagreement", by="opp")
N(IRO, "'Light showers,' said the forecast. I am now a pond 🌊",
  "irony about weather", allow=[IRO])
N(IRO, "The Greens' alternative budget has some good ideas and one big gap. Let's debate it properly.",
  "civil critique", by="non_grn")
N(IRO, "Wow, a council email that fits on one screen. Miracles do happen 😄",
  "irony about an email", allow=[IRO])
N(IRO, "Genuinely brilliant work from the Nethercote litter pickers today: 43 bags! No sarcasm, you're all heroes.",
  "sincere praise", allow=[IRO])
N(IRO, "I'm told the new parking app is 'intuitive'. I've been intuiting for twenty minutes. Send help 📱",
  "irony about an app", allow=[IRO])
N(IRO, "The administration promised to listen on the library. 2,000 people signed. Now let's see them act on it.",
  "plain challenge", by="opp")
N(IRO, "Thank you, Cllr Mottram, for a thoughtful speech on youth services, even though we voted differently.",
  "sincere thanks to an opponent", by="non_con", allow=[IRO])
N(IRO, "Another year older, no wiser, and still can't work the chamber microphones 🎂",
  "self-deprecation", allow=[IRO])
N(IRO, "The winter bus to Pellow Bank is being cut. That's a bad decision, and I've written to the county asking them to reverse it.",
  "plain criticism")

# ---------------------------------------------------------------- fillers
F("Bin collections are back to normal after the festive changes. If yours was missed, report it online and it'll be picked up within two working days.", "service update", before="2026-01-16")
F("Cracking turnout at the Brindley Wharf towpath clean-up this morning. 27 volunteers, 31 bags, one shopping trolley and a very confused swan.", "ward event")
F("Ormsley Library's homework club is back on Tuesdays and Thursdays, 3.30 to 5. Free, and there are biscuits.", "service information")
F("Today we remember the six million Jews murdered in the Holocaust and all victims of genocide. Candle lit at the Civic Centre this morning. #HMD2026", "Holocaust Memorial Day", date="2026-01-27")
F("Pancakes flipped at Nethercote Community Centre for Shrove Tuesday: 140 served, two on the ceiling 🥞", "Shrove Tuesday", date="2026-02-17")
F("Potholes on Pellow Lane have been filled. Thanks to everyone who reported them, it does make a difference.", "ward update")
F("Gritting routes for tonight are on the council website. Take care on the untreated side roads, especially round Stanwick Green.", "weather")
F("Stanwick Green Primary's Year 6 asked me brilliant questions today about how the council spends money. Two of them want my job. Good luck to them!", "school visit")
F("Warm spaces open across the borough this week: libraries, community centres and two churches. Free tea, free wifi, no questions asked.", "service information")
F("Surgery at Tolley Heath Community Hall this Saturday, 10 till 12. No appointment needed.", "surgery notice")
F("New benches going in along the canal at Brindley Wharf this month, paid for by the ward fund. You asked, we listened.", "ward update")
F("Lovely to join the Fallowfield Bank WI for their 70th anniversary tea. They've done more for this community than most councillors ever will.", "community event")
F("Quick reminder that the garden waste subscription for 2026 opens on Monday. Same price as last year.", "service reminder")
F("Spent the morning at the Ormsley food market. Came home with cheese, chutney and no idea where my budget went 🧀", "ward life")
F("Council tax bills go out in March. If you're struggling, the council's hardship fund and support team are there to help. Please ask.", "service information")
F("The Nethercote footbridge reopens on Friday after repairs. Thanks to residents for putting up with the long way round.", "ward update")
F("Great debate at scrutiny on youth services. We don't all agree, but everyone there wanted the same thing for our young people.", "cross-party")
F("Happy Lunar New Year to everyone celebrating in Kettlesmere! The dragon dance on Market Square was spectacular 🐉", "festival", date="2026-02-18")
F("Snowdrops are out on Tolley Heath. Spring is coming, whatever the weather thinks.", "seasonal")
F("The new 20mph signs on Stanwick Road go up next week. Consultation responses and the decision are on the council website.", "ward update")
F("Thank you to the volunteers at the Brindley Wharf warm hub. 600 hot meals served since November.", "thanks")
F("Electoral register reminder: if you've moved house, check you're registered to vote before the April deadline.", "civic reminder")
F("Fallowfield Bank Park Run celebrated its 200th run on Saturday. Wonderful community, dreadful hill.", "community")
F("Knife amnesty bins are at Ormsley and Kettlesmere Central police stations until the end of the month.", "public safety")
F("Planted 50 whips along the Nethercote brook with the scouts this morning. Muddy boots, happy hearts 🌱", "ward event")
F("Cabinet's budget papers are out. Long read, but worth it if you care about where your money goes. Happy to answer questions.", "budget info")
F("Fancy being a school governor? Several Kettlesmere schools have vacancies. It's rewarding and you don't need to be an expert.", "civic")
F("Ormsley Rec changing rooms refurbishment finished on time and on budget. Go and have a look!", "ward update")
F("Don't forget the clocks go forward on 29 March. Also, test your smoke alarms while you're at it.", "seasonal reminder", before="2026-03-28")
F("Loved the Kettlesmere Youth Orchestra's concert at the Town Hall. That cellist is going places.", "culture")
F("Dog fouling on Pellow Bank green is getting worse. Bags are free at the library. Please pick up after your pooch 🐕", "ward issue")
F("Met the new head of Nethercote Primary today. Big plans for the school garden.", "ward")
F("Temporary lights on Canal Street until Wednesday for water main work. Allow extra time.", "roadworks")
F("Mother's Day is Sunday. Lots of lovely independents on Foundry Street for a last-minute present 💐", "seasonal", date="2026-03-13")
F("If you missed the flood drop-in, the slides and the FAQ are on the council website now.", "information")
F("Rough sleeping count this winter was lower than last year, but one person on the streets is still too many. Thanks to the outreach team.", "social")
F("First cuckoo? No. First ice cream van of the year on Tolley Heath? Yes. February. Brave man 🍦", "light", date="2026-02-20")
F("Brindley Wharf Community Choir are looking for tenors. Rehearsals Wednesday evenings at the Methodist hall.", "community")
F("Walked the whole of Fallowfield Bank today with a clipboard and a flask, logging every broken street light. Twenty-two reported.", "ward work")
F("Big thank you to everyone who came to the Stanwick Green residents' meeting. Notes will be on our ward page by Friday.", "ward meeting")

# ====================================================================== assembly
COUNCILLORS = {
    # handle: (name, party, roles)
    "@MarciaOduyaLab": ("Marcia Oduya", "lab", {"leader", "cabinet"}),
    "@DevPattani": ("Dev Pattani", "lab", {"cabinet"}),
    "@SiobhanCarrickK": ("Siobhan Carrick", "lab", {"cabinet"}),
    "@LloydEmberton": ("Lloyd Emberton", "lab", set()),
    "@MayorRuthAlsop": ("Ruth Alsop", "lab", {"mayor"}),
    "@GethinPL": ("Gethin Price-Lowe", "lab", set()),
    "@NadiaQLab": ("Nadia Qureshi", "lab", set()),
    "@KwameAB_Lab": ("Kwame Asante-Boyd", "lab", set()),
    "@BarryTolkCon": ("Barry Tolkington", "con", set()),
    "@FenellaW_Con": ("Fenella Whitcombe", "con", set()),
    "@CraigMottram": ("Craig Mottram", "con", set()),
    "@HarrietYeoLD": ("Harriet Yeo", "ld", set()),
    "@OwenBriscoLD": ("Owen Brisco", "ld", set()),
    "@TamsinFerrierGreen": ("Tamsin Ferrier", "grn", set()),
    "@DennisHurlockInd": ("Dennis Hurlock", "ind", set()),
    "@LorraineSkeetNRG": ("Lorraine Skeet", "ind", set()),
}
PERSONAL = {"@dennis_pigeons": "Dennis Hurlock", "@tamsin_knits": "Tamsin Ferrier"}

INTEREST_KEYWORDS = {
    "Barry Tolkington": ["scaffold"],
    "Kwame Asante-Boyd": ["boat club", "moorings", "pontoon", "regatta"],
    "Siobhan Carrick": ["foodbank", "food bank"],
    "Harriet Yeo": ["stanwick learning", "stanwick green academy", "sports hall"],
    "Fenella Whitcombe": ["garden centre", "nursery", "roundabout planting"],
    "Tamsin Ferrier": ["community energy", "co-op"],
    "Craig Mottram": ["cricket"],
    "Dennis Hurlock": ["haulage", "haulier"],
}


def pool(by):
    allh = sorted(COUNCILLORS)
    if by is None:
        return allh
    if by.startswith("@"):
        return [by]
    party = lambda p: [h for h in allh if COUNCILLORS[h][1] == p]
    if by in ("lab", "con", "ld", "grn", "ind"):
        return party(by)
    if by.startswith("non_"):
        return [h for h in allh if COUNCILLORS[h][1] != by[4:]]
    if by == "opp":
        return [h for h in allh if COUNCILLORS[h][1] != "lab"]
    if by == "admin":
        return [h for h in allh if "cabinet" in COUNCILLORS[h][2]]
    if by == "back":
        return [h for h in allh if not ({"leader", "mayor"} & COUNCILLORS[h][2])]
    if by == "lab_back":
        return [h for h in allh if COUNCILLORS[h][1] == "lab" and not ({"leader", "mayor"} & COUNCILLORS[h][2])]
    raise ValueError(by)


def excluded(text):
    t = text.lower()
    out = set()
    for h, (name, party, roles) in COUNCILLORS.items():
        surname = name.split()[-1].lower()
        if re.search(r"\b" + re.escape(surname) + r"\b", t):
            out.add(h)
        if "leader" in roles and re.search(r"\bthe leader\b", t):
            out.add(h)
        if "mayor" in roles and "mayor" in t:
            out.add(h)
        for kw in INTEREST_KEYWORDS.get(name, []):
            if kw in t:
                out.add(h)
    if "cabinet member for housing" in t:
        out.add("@SiobhanCarrickK")
    return out


def weekdays(start, end):
    d = start
    days = []
    while d <= end:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def build():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    end = datetime(2026, 3, 27, tzinfo=timezone.utc)
    out = []
    for i, r in enumerate(rows, 1):
        by = r["by"]
        cands = pool(by)
        if not (by and by.startswith("@")):
            ex = excluded(r["text"])
            cands = [h for h in cands if h not in ex]
        assert cands, r["text"]
        author = rng.choice(cands)
        platform = rng.choice(["x", "facebook", "bluesky"])
        if r.get("date"):
            day = datetime.fromisoformat(r["date"]).replace(tzinfo=timezone.utc)
        else:
            last = end
            if r.get("before"):
                last = datetime.fromisoformat(r["before"]).replace(tzinfo=timezone.utc) - timedelta(days=1)
            day = rng.choice(weekdays(start, last))
        ts = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        rules = [name for name, _ in r["rules"]]
        verdict = "ok"
        for _, sev in r["rules"]:
            if RANK[sev] > RANK[verdict]:
                verdict = sev
        row = {
            "id": "b42-%03d" % i,
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": platform,
            "account": r.get("account", "councillor"),
            "kind": "post",
            "expect": {"rules": rules, "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            row["near_miss_of"] = r["near_miss_of"]
        row["note"] = r["note"]
        out.append(row)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print("wrote", len(rows), "rows")
