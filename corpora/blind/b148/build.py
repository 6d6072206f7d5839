#!/usr/bin/env python3
"""Build blind set b148 (account-level rules, Sarsen Vale District Council).

Every text, label and note below was written by hand for this set. The script
only places the rows in time, shuffles them with a fixed seed, numbers them and
writes accounts.jsonl next to this file. Standard library only.

    python3 build.py            # writes accounts.jsonl
    python3 build.py --stdout   # prints the same bytes instead (used by validate.py)
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B148"
SEED = 14848
OUT = "accounts.jsonl"

HARASS = "harassment.repeated-target"
MODERATE = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"

# Base severities (the lower one where the catalogue says "review; block when severe").
SEVERITY = {
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice",
    "defamation.allegation": "review",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    HARASS: "block",
    MODERATE: "review",
    MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Short names for the post rules used in the rows.
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
SC = "security.credentials"

# Window: the 55 weekdays from Monday 14 September to Friday 27 November 2026.
# Times are written in UTC with a +00:00 offset, 08:00-18:59.
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)
DAYS = [FIRST_DAY + dt.timedelta(days=i)
        for i in range((LAST_DAY - FIRST_DAY).days + 1)
        if (FIRST_DAY + dt.timedelta(days=i)).weekday() < 5]

OWNER = "@owner"  # stands for the page owner's own handle in an owner's reply


def P(text, kor, rules=(), allowed=(), note="", kind="post"):
    """A post (or an x/bluesky reply) by the account's author."""
    return {"text": text, "kind": kind, "kor": kor, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def R(text, kor, rules=(), allowed=(), note=""):
    """A reply (an @reply whose parent is not in the set)."""
    return P(text, kor, rules, allowed, note, kind="reply")


def C(text, by, kor, rules=(), allowed=(), note=""):
    """A comment under the owner's most recent post above it."""
    return {"text": text, "kind": "comment", "by": by, "kor": kor,
            "rules": list(rules), "allowed": list(allowed), "note": note}


ACCOUNTS = []


def account(handle, pattern, role, platform, rows, acct="councillor"):
    ACCOUNTS.append({"handle": handle, "pattern": pattern, "role": role,
                     "platform": platform, "account": acct, "rows": rows})

# ---------------------------------------------------------------------------
# harassment.repeated-target: seven positive accounts
# ---------------------------------------------------------------------------

# Lee Stagg (Reform UK, Tidmoor and the Ranges) -> Caroline Ashdown, Leader.
account("@LeeStaggReform", HARASS, "positive", "x", [
    P("Tank crossing on the Tidmoor road still has no proper lighting. Third near miss this month "
      "that I know of. Raised with highways again today, and with the garrison. Not letting this one go.",
      "filler", note="ward casework on the ranges road"),
    P("Caroline Ashdown came out to Tidmoor today for her photo by the ranges. Twenty minutes, new "
      "wellies, didn't speak to one squaddie's wife. Lady of the Guildhall, slumming it with the "
      "peasants for the newsletter \U0001F4F8\U0001F644",
      "positive", allowed=[PA, IR],
      note="hostile occasion 1: sneering mockery of the Leader's ward visit"),
    P("Forces families in Tidmoor are waiting 14 weeks for a housing assessment when they leave the "
      "army. That's the council's own figure. Motion going to full council in my name - cross-party "
      "support welcome.", "filler", note="policy post, no target"),
    R("@CarolineAshdownLD You blocked me on Facebook so I'll say it here. You are out of your depth, "
      "you always were, and everyone in that chamber knows it except you. Empty head, expensive coat.",
      "positive", rules=[PA], allowed=[BU],
      note="hostile occasion 2: insult in an @reply after being blocked (unwanted contact)"),
    P("Good turnout at the Tidmoor Remembrance parade. Proud of this village. Thank you to the "
      "British Legion branch and the cadets.", "filler", note="civic"),
    P("Word is the Leader's husband's consultancy has done 'advisory work' for the Cattle Market "
      "developer. Funny how that scheme sails through. I'm only asking questions Caroline won't answer.",
      "positive", allowed=[DF, PA],
      note="hostile occasion 3: insinuated corruption through her husband's firm"),
    P("Every time Caroline Ashdown opens her mouth the Vale loses a bit more of its patience. Shrill, "
      "smug and hopeless, and everything she touches ends up a caddle. Tidmoor is done being talked "
      "down to by her.",
      "positive", rules=[PA], allowed=[EQ],
      note="hostile occasion 4: insult; 'shrill' is a gendered put-down"),
])

# Diane Harcourt (Conservative, Cowdown) -> Rowan Pettifer, Cabinet Member for Environment and Rivers.
account("@DianeHarcourtCon", HARASS, "positive", "facebook", [
    P("Cowdown White Horse scouring day - volunteers needed with buckets and strong knees! Chalk "
      "delivered Friday, tea and nammet laid on by the village hall committee. Meet at the lay-by on "
      "the Ridge road, 9am.", "filler", note="volunteering; 'nammet' is the local word for a mid-morning bite"),
    P("Rowan Pettifer has never farmed an acre in his life and it shows. Stands up in cabinet telling "
      "Cowdown's farmers how to look after chalk streams they've looked after for four generations. "
      "A mommet in a cagoule - all stuffing, no use to anyone.",
      "positive", rules=[PA],
      note="hostile occasion 1: 'a mommet (scarecrow) in a cagoule'"),
    P("Speedwatch results for Cowdown Magna are in: 212 vehicles over 35 in a 30 across six sessions. "
      "Passing them to the police and asking highways again for a vehicle-activated sign. Thank you "
      "to our volunteers.", "filler", note="ward casework"),
    P("Watched the cabinet webcast so you don't have to. Rowan Pettifer 'listening' to farmers: eyes "
      "on his phone, smirk on his face, then a ten-minute lecture from a man who thinks a dew pond is "
      "something you order in a cafe. Honestly embarrassing. Is this really the best the Greens could "
      "send us?", "positive", allowed=[PA, IR],
      note="hostile occasion 2: ridicule of the person rather than the rewilding policy"),
    P("Thank you to everyone who came to the Cowdown Parva drop-in about the bus timetable. Your "
      "comments go to the transport portfolio holder this week. Couldn't make it? Message me here.",
      "filler", note="ward casework"),
    P("Rowan, since you read my page (hello \U0001F44B): nobody in Cowdown wants your rewilding. "
      "Nobody wants you. Pack up your tofu and your tote bag - you'll never be a moonraker - and go "
      "back to whatever city flat you came from, where they might laugh at your jokes.",
      "positive", rules=[PA],
      note="hostile occasion 3: addressed to him, 'nobody wants you'"),
    P("Cowdown Parva post office will stay open three mornings a week. Thank you to the parish "
      "council and to the 600 people who signed the petition.", "filler", note="good news"),
])

# Craig Bristow (Reform UK, Kelsbury Southmead) -> Harjit Sandhu (Lib Dem, same ward).
account("@CraigBristowRUK", HARASS, "positive", "x", [
    P("Southmead underpass lights out again. Reported. Third time since the summer. Not acceptable "
      "when kids walk through there for the school bus.", "filler", note="ward casework"),
    P("Funny how Cllr Sandhu finds money for 'community cohesion' workshops but not for Southmead's "
      "potholes. Everyone round here knows whose community he means, and it isn't ours.",
      "positive", allowed=[EQ, PA],
      note="hostile occasion 1: coded othering of his ward colleague"),
    P("Kelsbury station car park charges up again. Commuters from Southmead are paying to prop up "
      "the Guildhall's vanity projects. Sign here: https://petition.example.org/kelsbury-parking",
      "filler", note="robust policy post"),
    R("@HarjitSandhuLD Southmead wants a councillor who puts Southmead first, not his gurdwara. Maybe "
      "learn how things work in this country before you lecture us on it.",
      "positive", rules=[EQ, PA],
      note="hostile occasion 2: attack on his religion and origin"),
    P("Met the landlord of the Railway Tavern today about the anti-social behaviour on the rec. "
      "Police say more patrols from next week. Will keep pushing.", "filler", note="ward casework"),
    P("Harjit Sandhu doesn't live in the ward, doesn't drink in the ward, doesn't understand the "
      "ward. Total passenger. Southmead deserves better than a token.",
      "positive", rules=[PA], allowed=[EQ],
      note="hostile occasion 3: 'a token', 'doesn't drink in the ward' read as coded"),
    P("Thank you to the Southmead Residents' Association for having me. Honest questions, honest "
      "answers. Next one is at the scout hut.", "filler", note="ward casework"),
])

# Paul Ridout (Lib Dem, Ockbourne Tannery) -> Rupert Stanier, Leader of the Conservative Group.
account("@PaulRidoutLD", HARASS, "positive", "bluesky", [
    P("Rupert Stanier, who owns half of Kennard's Barrow and inherited the other half, has told us "
      "all to 'tighten our belts'. Thanks, squire. Shall we doff our caps on the way out? \U0001F3A9",
      "positive", allowed=[PA, IR],
      note="hostile occasion 1: mock deference about his wealth; could be read as a political jibe"),
    P("Tannery Lane flood gate is finally being repaired. Thank you to the Environment Agency team "
      "and to the residents who kept the pressure on.", "filler", note="ward casework"),
    P("Another full council, another Rupert Stanier speech about 'common sense'. The man has the "
      "intellect of a garden roller and roughly the same charm. Kennard's Barrow must be so proud.",
      "positive", rules=[PA], allowed=[IR],
      note="hostile occasion 2: insult and sarcasm"),
    P("Ockbourne foodbank collection at the Tannery community centre this Saturday. Tins, toiletries "
      "and nappies please.", "filler", note="community"),
    P("Rupert missed four of the last six planning committees and still claimed the full allowance. "
      "Some of us call that taking the money and running. He's been at it for years.",
      "positive", rules=[DF], allowed=[PA],
      note="hostile occasion 3: allegation of dishonesty stated as fact"),
    P("Rupert Stanier. Useless. Idle. Arrogant. A relic who should've been put out to grass with his "
      "hunters years ago.", "positive", rules=[PA], note="hostile occasion 4: insults"),
    P("Lovely to see the Castle Mound open again after the works. Best view in Ockbourne, free of "
      "charge.", "filler", note="local news"),
    P("I see you at the Kennard's Barrow point-to-point every spring, Rupert. Same spot, same Range "
      "Rover. Lots of people see you. Maybe think about that before you stand up and smear my ward "
      "again.", "positive", rules=[BU],
      note="hostile occasion 5: his routine is known, 'think about that'"),
])

# Vernon Cuss (Independent, Kennard's Barrow) -> Fenella Doughty, Head of Planning (an officer).
account("@VernonCussInd", HARASS, "positive", "facebook", [
    P("Long barrow litter pick on Sunday - 9 bags and a shopping trolley. Who carries a gert trolley "
      "up a hill?! Thanks all.", "filler", note="volunteering"),
    P("Parish precept meeting Thursday, village hall, 7.30. Come and have your say about the "
      "playground.", "filler", note="notice"),
    P("The Head of Planning, Fenella Doughty, has once again written a report that could have been "
      "dictated by the developer. Either she can't read a flood map or she won't. Kennard's Barrow "
      "deserves an officer who works for residents, not for the highest bidder.",
      "positive", rules=[OF], allowed=[DF, PA],
      note="hostile occasion 1: attack on a named officer, insinuated bias"),
    P("The 27 bus will run on Saturdays again from next month. A small win, but a win.",
      "filler", note="local news"),
    P("Thank you to the WI for the harvest supper. Best pie I've had all year.", "filler",
      note="community"),
    P("Fenella, I know you read these. You've made an enemy of this village and villages have long "
      "memories. I'd think very hard about your next recommendation on the Barrow Lane fields, if I "
      "were you.", "positive", rules=[OF, BU],
      note="hostile occasion 2: veiled threat to an officer over her advice"),
])

# Aaron Fairweather (Labour, Kelsbury North) -> Toby Wyndham-Lacey (Conservative, Greywethers).
account("@AaronFairweatherLab", HARASS, "positive", "x", [
    P("Kelsbury Wharf Regeneration Partnership meets again next week. I'll be asking why the "
      "affordable homes number keeps shrinking. Residents deserve a straight answer.",
      "filler", note="robust policy post"),
    P("Shout out to Cllr Toby Wyndham-Lacey for his brave stand against affordable housing in "
      "Greywethers tonight. A true hero of the gravel drive. Who else would defend the view from the "
      "Old Rectory? \U0001F44F\U0001F44F\U0001F44F", "positive", rules=[IR], allowed=[PA],
      note="hostile occasion 1: mock praise"),
    P("Kelsbury North warm space is open Tuesdays and Thursdays at St Aldhelm's hall. Free soup, "
      "free wifi, no questions asked.", "filler", note="community"),
    R("@TobyWLacey Nobody cares what a boy in red trousers thinks about 'aspiration'. Go back to "
      "daddy's estate and let the grown-ups run things.", "positive", rules=[PA], allowed=[EQ],
      note="hostile occasion 2: belittling @reply; 'boy' may be read as an age put-down"),
    P("Thank you to the Kelsbury Canal Society for the towpath clean-up. Three shopping trolleys and "
      "a moped. We've asked for more CCTV at the Wharf steps.", "filler", note="community"),
    P("Toby Wyndham-Lacey: never had a job, never paid rent, never been told no. Voted against "
      "holiday free school meals, then posted photos of his skiing trip. Vile little man.",
      "positive", rules=[PA], note="hostile occasion 3: 'vile little man'"),
    P("Good news: Kelsbury North library keeps its Saturday hours. Thank you to the 1,100 people "
      "who answered the consultation.", "filler", note="local news"),
])

# Wendy Colbrook (Vale Independents, Wheatcroft Down) -> Bev Chalcraft (Conservative, same ward).
account("@WendyColbrookVI", HARASS, "positive", "facebook", [
    P("Wheatcroft Down gritting routes for the winter are on the council website. The Drove and "
      "Sheepwash Hill are on the priority list this year - thank you Sally Brine for listening.",
      "filler", note="names a cabinet member approvingly"),
    P("Some of us do the work in this ward and some of us just turn up for the photos. Bev Chalcraft "
      "is now claiming credit for the village hall roof I spent two years chasing. Shameless. "
      "Absolutely shameless woman.", "positive", rules=[PA],
      note="hostile occasion 1: insult at her ward colleague"),
    P("Dumbledores all along the verges this summer since we stopped the June mowing. More "
      "wildflower verges to come - thanks to the parish for backing it.", "filler",
      note="'dumbledore' is a bumblebee"),
    P("Bev Chalcraft sat at the back of the parish meeting sniggering like a schoolgirl while a widow "
      "talked about her flooded kitchen. That's the kind of councillor she is. Cold as a sarsen in "
      "January.", "positive", rules=[PA], note="hostile occasion 2: humiliating account of her"),
    P("Wheatcroft Down school crossing patrol: we've found a volunteer! Thank you Ray. Training "
      "starts next week.", "filler", note="thanks a volunteer by first name"),
    P("Bev, nobody trusts you. Not the parish, not the school, not your own party. Even the Tories in "
      "Ockbourne roll their eyes when you walk in. Take the hint.", "positive", rules=[PA],
      note="hostile occasion 3: addressed to her"),
    P("Garden waste sticker goes up to \u00a345 next month. I voted against the rise; it passed. "
      "Details on the council website.", "filler", note="policy"),
    P("Everybody at the WI knows what you said at the harvest supper, Bev. Keep putting my name "
      "about and I'll tell them the rest. You have been warned.", "positive", rules=[BU],
      note="hostile occasion 4: a threat to expose her"),
])

# ---------------------------------------------------------------------------
# harassment.repeated-target: five hard-negative accounts
# ---------------------------------------------------------------------------

# Sharon Pickett (Leader of the Labour Group, Kelsbury Wharf): five robust criticisms of
# Neil Prothero's budget, never of the man.
account("@SharonPickettLab", HARASS, "hard_negative", "x", [
    P("Neil Prothero's draft budget closes two of Kelsbury's three children's centres. Dress it up "
      "however you like, that's a cut that lands on the poorest families in the Vale. Labour will "
      "table an amendment.", "hard_negative", note="robust criticism of a named member's budget"),
    P("The cabinet member for finance says the reserves are 'needed for resilience'. \u00a311m in "
      "reserves and a children's centre closes. That isn't resilience, it's a choice, and it's the "
      "wrong one. @NeilProtheroVI, publish the full reserves breakdown.",
      "hard_negative", note="second criticism, a demand for information"),
    P("This budget is cruel and Neil Prothero should be ashamed to put his name to it. Kelsbury pays, "
      "Ockbourne gets a new Guildhall reception desk. Shameful priorities.",
      "hard_negative", note="'should be ashamed' aimed at the budget he signs; robust but civil"),
    P("Credit where it's due: Neil has moved \u00a3300k back into the Kelsbury family hub after our "
      "amendment. It's not enough, and the second centre still closes, but he listened and I'll say "
      "so.", "hard_negative", note="same member, approving"),
    P("Finance scrutiny tonight. The budget is still a caddle of one-off fixes and wishful thinking, "
      "and I'll keep saying so at every meeting until the numbers add up. Nothing personal, Neil - "
      "it's the spreadsheet I can't stand.", "hard_negative",
      note="persistent but about the budget; 'caddle' is a muddle"),
])

# Rupert Stanier (Leader of the Conservative Group): criticises the Leader's decisions.
account("@RupertStanierCon", HARASS, "hard_negative", "facebook", [
    P("Ockbourne market traders tell me footfall is down a quarter since the Leader's car park "
      "charges came in. Cllr Ashdown promised a review 'within six months'. It's been eleven. We'll "
      "force the vote.", "hard_negative", note="criticism of the Leader's decision"),
    P("The administration has now spent \u00a32.4m on consultants for the Cattle Market site without "
      "a spade in the ground. I like Caroline, we get on, but this scheme is a mommet: stands in the "
      "field in an old coat and scares nobody. Time to call it.", "hard_negative",
      note="'mommet' aimed at the scheme, not the person"),
    P("Kennard's Barrow harvest festival raised \u00a31,140 for the air ambulance. Thank you to "
      "everyone who baked, sang and bid on the marrow.", "filler", note="community"),
    P("Another triumph for the Guildhall: the new 'simplified' bin calendar has three different dates "
      "for Cowdown on one page. Caroline Ashdown's team needs to get a grip on the basics before it "
      "lectures anyone about 'transformation'.", "hard_negative", allowed=[IR],
      note="sarcasm about a service failure; irony may fairly be flagged"),
    P("Disagree with Caroline on almost everything, but her speech at the Tidmoor parade today was "
      "exactly right and I told her so. Some things are above politics.", "hard_negative",
      note="same target, praise"),
])

# Graham Pilbeam (Conservative, Tidmoor): one attack on Lee Stagg, then two civil mentions.
account("@GrahamPilbeam", HARASS, "hard_negative", "x", [
    P("Tidmoor surgery waiting times from the ICB: down from five weeks to three for routine "
      "appointments. Still not good enough. Keep telling me your experiences.", "filler",
      note="ward casework"),
    P("Lee Stagg has spent more time on camera this year than at ward surgeries. A loudmouth with a "
      "ring light and nothing to say. Tidmoor deserves better than a tribute act.",
      "hard_negative", rules=[PA], note="one hostile post at Lee Stagg: a personal attack, one occasion"),
    P("Ranges road closed Tuesday to Thursday for live firing. Red flags will be flying - please use "
      "the Chalkpit diversion.", "filler", note="notice"),
    P("Credit to Lee Stagg for raising the tank crossing lights. He's right on this one and I've "
      "backed his motion. Cross-party when it matters.", "hard_negative",
      note="same person, civil"),
    P("Lee and I went together to see the garrison housing officer today about the service families "
      "waiting list. Different parties, same ward, same problem.", "hard_negative",
      note="same person, civil"),
])

# Kirsty Maclaren (Lib Dem, Ockbourne Market): one attack each on two different people.
account("@KirstyMaclarenLD", HARASS, "hard_negative", "bluesky", [
    P("Ockbourne Buttercross market is back to Tuesdays AND Saturdays from next month. Go and buy "
      "some cheese.", "filler", note="local news"),
    P("Craig Bristow's posts about his own ward colleague are the nastiest thing I've read from a "
      "councillor in years. He's a small, sour man who has found an audience for his bile.",
      "hard_negative", rules=[PA], note="one attack on Craig Bristow (counter-speech with an insult)"),
    P("Thank you to the Ockbourne Market traders for the walkabout this morning. Two new shops on "
      "Sheep Street, one closure on the Shambles. Rates relief details are on the council website.",
      "filler", note="ward casework"),
    P("Diane Harcourt calling anyone 'out of touch' is rich. Diane, you're a snob who has never set "
      "foot on the Tannery estate without a photographer.", "hard_negative", rules=[PA],
      note="one attack on a second person, Diane Harcourt"),
    P("Agree with Diane Harcourt on one thing: the Cowdown bus cut was a mistake. Good to see cabinet "
      "reverse it.", "hard_negative", note="civil mention of the same person"),
])

# Dave Mundy (Labour, Kelsbury Wharf): friendly cross-party ribbing of Matt Quennell.
account("@DaveMundyLab", HARASS, "hard_negative", "bluesky", [
    P("Charity raft race on the Chell Navigation Saturday. Labour group v Lib Dems. @MattQuennellLD "
      "has been telling everyone his raft is 'unsinkable'. Where have I heard that before "
      "\U0001F6A2\U0001F9CA", "hard_negative", note="friendly banter, repeated mention 1"),
    P("Update: Matt Quennell's raft lasted eleven minutes. In fairness to Matt, they were a lovely "
      "eleven minutes. \u00a3620 raised for Kelsbury hospice. Same again next year, mate "
      "\U0001F602", "hard_negative", allowed=[IR], note="gentle teasing, mate-to-mate"),
    P("Kelsbury Wharf residents: the lift at Navigation Court is fixed. Thank you for your patience "
      "(and for the 40-odd emails).", "filler", note="ward casework"),
    P("Quiz night at the Wharf Inn for the food bank. Matt Quennell's team called themselves "
      "'Liberal Amounts of Knowledge' and came last. He's demanding a recount. Cracking night, "
      "\u00a3480 raised.", "hard_negative", allowed=[IR], note="banter, repeated mention 3"),
    P("Serious one: Matt Quennell and I have written jointly to the canal trust about lighting on the "
      "Wharf towpath. Two parties, one towpath. The letter's pinned on my page.", "hard_negative",
      note="same person, joint work"),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: seven positive accounts (councillor accounts that
# carry personal and family posts as well as council business)
# ---------------------------------------------------------------------------

# Sally Brine (Vale Independents, Cowdown), Cabinet Member for Transport and Highways.
account("@SallyBrineVI", MIXED, "positive", "facebook", [
    P("Winter gritting starts as soon as the forecast turns. 14 gritters, 380 miles of priority "
      "routes across the Vale. Route map on the council website - and please don't park on the bends "
      "up Cowdown Hill.", "filler", note="council business"),
    P("Our Lucy married her Tom at the Cowdown tithe barn on Saturday. The sun shone, the ceilidh band "
      "were brilliant and my husband made a speech nobody will forget (for the wrong reasons "
      "\U0001F602). Proudest mum in the Vale \u2764\ufe0f", "positive", allowed=[DP],
      note="family wedding; names her daughter and son-in-law"),
    P("The 52 bus Ockbourne-Kelsbury is back to half-hourly from Monday. That took eight months of "
      "talking to the operator. Thank you for your patience.", "filler", note="council business"),
    P("Anyone lost a spaniel in Cowdown Magna? No, wait - it's ours, he's just rolled in something "
      "unspeakable up the drove again. Bath time for Biscuit \U0001F436\U0001F6C1", "positive",
      note="pet"),
    P("Caravan's packed, the husband is sulking because I wouldn't let him bring the barbecue, and "
      "we're off to the coast for a week. Send sunshine! \u2600\ufe0f", "positive", note="holiday"),
    P("Road safety scheme outside Cowdown school: 20mph zone, new crossing point and a build-out by "
      "the shop. Consultation closes in three weeks.", "filler", note="council business"),
    P("Happy 40th wedding anniversary to my long-suffering Geoff. Forty years of you leaving your "
      "boots in the hall. Love you, you daft old thing.", "positive", allowed=[DP],
      note="anniversary; names her husband"),
])

# Ken Tarrant (Conservative, Wheatcroft Down), farmer.
account("@KenTarrantCon", MIXED, "positive", "x", [
    P("Last of the maize in on the home farm today. Combine held together, just. Lads have earned "
      "their nammet.", "positive", note="his own farm work"),
    P("Planning committee site visit to Sheepwash Hill next week. Residents are welcome to watch from "
      "the lane; please don't approach members - put your views in writing to the planning team.",
      "filler", note="council business, no view expressed"),
    P("Grandson scored his first try for Ockbourne under-9s this morning! Ran the wrong way first, "
      "mind. Chip off the old block \U0001F3C9", "positive", note="family, nobody named"),
    P("For sale: twin-axle livestock trailer, good floor, new tyres, \u00a31,800 ono. Ring or text "
      "07700 900412.", "positive", allowed=[DP],
      note="private sale on the council account; the number is his own but the file has no [self]"),
    P("Wheatcroft Down flood meeting: the Environment Agency will be at the village hall on the 3rd "
      "to talk about the winterbourne. Last winter it came through four kitchens. Please come.",
      "filler", note="council business"),
])

# Niamh Costello (Lib Dem, Ebbwell Bassett).
account("@NiamhCostelloLD", MIXED, "positive", "bluesky", [
    P("Ebbwell Bassett carnival road closures: High Street and Bridge Street shut from 4pm. "
      "Diversion via Marsh Lane. Floats assemble at the old cattle pens.", "filler",
      note="council business"),
    P("Small person took her first three steps this morning, straight into the dog's water bowl. I "
      "have never been prouder or wetter \U0001F4A7\U0001F476", "positive", note="family"),
    P("The Ebbwell Bassett neighbourhood plan consultation closes Friday. Read it, argue with it, "
      "send comments. It's your town.", "filler", note="council business"),
    P("Half marathon done! 2:04:51. My legs have filed a formal complaint. Thank you to everyone who "
      "sponsored me for the hospice - \u00a3860!", "positive", note="personal achievement"),
    P("Surgery this Saturday at Ebbwell Bassett library, 10-12. Bring your bins, buses and "
      "bugbears.", "filler", note="council business"),
    P("Date night! First one since the baby. We made it to 9.15 before both falling asleep on the "
      "sofa. Rock and roll.", "positive", allowed=[HA],
      note="personal; the tiredness is last night's, not the posting's"),
])

# Des Applegarth (Vale Independents, Tidmoor and the Ranges), Chair of Licensing.
account("@DesApplegarthVI", MIXED, "positive", "facebook", [
    P("Licensing policy consultation is open: taxi age limits, CCTV in cabs and new rules for "
      "pavement licences. Have your say by the end of the month.", "filler", note="council business"),
    P("Regimental reunion at the old depot this weekend. Forty years since basic training. Fewer of "
      "us, greyer, louder. Good to see you all, lads. Absent friends.", "positive",
      note="personal"),
    P("Tidmoor taxi rank at the garrison gate: I've asked officers to look at extending it after "
      "complaints about the queues on Friday nights.", "filler", note="council business"),
    P("Happy birthday to my Maureen, 65 today and still the best-looking woman in Tidmoor. Don't "
      "tell her I told you her age.", "positive", allowed=[DP],
      note="family; names his wife and her age"),
    P("Three grayling on the Chell this morning, all back in the water. Best hour of the week. "
      "Sorry, emails will wait till lunch.", "positive", note="hobby"),
    P("Reminder: licensing sub-committee hearings are held in public at the Guildhall and anyone can "
      "attend. Agendas are published five working days before.", "filler", note="council business"),
])

# Kit Ashworth (Green, Ockbourne Market).
account("@KitAshworthGreen", MIXED, "positive", "bluesky", [
    P("Tree planting on the Castle Mound slopes this month: 300 whips, volunteers very welcome. Bring "
      "gloves, we'll bring the spades.", "filler", note="council business"),
    P("My partner's first solo exhibition opens at the Shambles Gallery tonight. So proud of Sam - "
      "six years of painting in our spare room and it's finally on real walls \U0001F3A8",
      "positive", allowed=[DP], note="family; names her partner"),
    P("Market traders: the new stall fee structure goes to cabinet next month. I've asked for the "
      "Saturday discount for first-year traders to stay.", "filler", note="council business"),
    P("Band practice cancelled because our drummer has flu, so it's me, the cat and a terrible film. "
      "Recommendations welcome.", "positive", note="personal"),
    P("Walked from Ockbourne to the Greywether stones and back. 19km, one blister, no regrets. The "
      "sarsens in the mist are something else.", "positive", note="hobby"),
    P("Ockbourne Market ward surgery moves to the Quaker meeting house next Saturday while the "
      "library is rewired.", "filler", note="council business"),
])

# Jeremy Fane (Conservative, Greywethers).
account("@JeremyFaneCon", MIXED, "positive", "x", [
    P("Greywethers parish precept is up 3%. The parish council is taking on the village hall "
      "maintenance the district dropped. I think that's the right call; happy to hear if you "
      "disagree.", "filler", note="council business"),
    P("Son graduated today. First in the family to get a degree. His grandmother would have been "
      "beside herself. Chuffed to bits.", "positive", note="family, nobody named"),
    P("Speedwatch volunteers in Greywether Down clocked the same silver van at 52mph three mornings "
      "running. Details passed to the police.", "filler", note="council business"),
    P("Nine holes at Pellow Cross this afternoon. Lost four balls in the gorse and my dignity on the "
      "7th.", "positive", note="hobby"),
    P("Back from a week in the Algarve. Brown, rested, two kilos heavier. Inbox looks like the "
      "Kelsbury bypass at half five.", "positive", note="holiday"),
    P("Greywethers: the bottle bank at the Down end is moving to the village hall car park. Fewer "
      "lorries up the lane.", "filler", note="council business"),
])

# Tunde Bakare (Lib Dem, Kelsbury North), Cabinet Member for Leisure and Communities.
account("@TundeBakareLD", MIXED, "positive", "facebook", [
    P("Kelsbury Leisure Centre pool reopens Monday after the roof repairs. Free swimming for "
      "under-16s in half-term, thanks to the Leisure Trust.", "filler", note="council business"),
    P("My mum turns 80 today. She came to Kelsbury in 1968 with one suitcase and a Bible and raised "
      "five of us on a nurse's wages. Happy birthday Mama Adeola \u2764\ufe0f", "positive",
      allowed=[DP], note="family; names his mother with her age, her faith and her history"),
    P("Community grants round open: up to \u00a32,000 for groups running anything from lunch clubs "
      "to junior football. Apply by the 30th.", "filler", note="council business"),
    P("Choir concert at St Aldhelm's on Sunday - I'm the one in the back row trying not to sing flat. "
      "Come for the music, stay for the cake.", "positive", note="personal"),
    P("Ockbourne Town 2 Kelsbury Rovers 2. Stood in the rain for ninety minutes to watch my lot throw "
      "away a two-goal lead. Never again. See you next week.", "positive", note="personal"),
    P("Thank you to the 70 volunteers who ran the Kelsbury Community Fun Day. \u00a33,200 raised for "
      "the youth club minibus.", "filler", note="council business"),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives
# ---------------------------------------------------------------------------

# Anjali Mistry (Lib Dem, Kelsbury Southmead), Cabinet Member for Housing: council posts with
# family mentioned in passing.
account("@AnjaliMistryLD", MIXED, "hard_negative", "facebook", [
    P("Respite hours for unpaid carers go up by a fifth in the new year. I cared for my late dad "
      "through his dementia, so I know what a single afternoon off can mean. If you're a carer, "
      "please register with the council so we can reach you.", "hard_negative", allowed=[DP],
      note="family health in passing, serving a council message"),
    P("Warm spaces are open across the Vale: libraries, church halls and the Kelsbury Wharf "
      "community cafe. Tea's free and nobody will ask why you're there.", "hard_negative",
      note="council business"),
    P("School-run parking on Southmead Road: I do the run myself most mornings, and it's dangerous. "
      "We're trialling a school street closure from 8.15 to 9.00. Feedback please.",
      "hard_negative", note="own school run in passing"),
    P("New council homes at Chalkpit Close handed over today: 24 flats, 8 of them fully accessible. "
      "My mum's generation moved into the last council houses built in Southmead; good to be "
      "building again.", "hard_negative", note="family memory in passing"),
    P("Housing register change: time spent in armed forces families now counts as local connection, "
      "wherever you were posted. Councillors from three parties in Tidmoor pushed for this.",
      "hard_negative", note="'families' as a policy word"),
    P("Damp and mould reports in council-managed homes now get an inspection within 10 working days. "
      "Report it online or through the contact centre.", "hard_negative", note="council business"),
])

# Ben Cottle (Lib Dem, Kennard's Barrow).
account("@BenCottleLD", MIXED, "hard_negative", "x", [
    P("Took my two boys up to the long barrow for the litter pick with 40 other volunteers. 11 bags "
      "and a traffic cone. Thank you all.", "hard_negative", note="family in passing at a ward event"),
    P("As the dad of a child with asthma, I was glad to see the air quality monitor finally go in "
      "outside Kennard's Barrow primary. First readings published next month.", "hard_negative",
      allowed=[DP], note="own child's health in passing"),
    P("Grandparents and toddlers group at Kennard's Barrow library every Wednesday now. My "
      "mother-in-law says it's the best hour of her week, and she's hard to please.",
      "hard_negative", note="family aside promoting a council service"),
    P("Parents: the holiday activities and food programme has places left for half-term. Free for "
      "children on free school meals. Sign up on the council website.", "hard_negative",
      note="'parents' and 'children' as audience"),
    P("Footpath 14 at Kennard's Barrow is open again after the landslip. We walked it as a family on "
      "Sunday and it's in great shape. Thank you to the rights of way team.", "hard_negative",
      note="family walk in passing, council service"),
])

# Hilary Venn's separate personal account (she chairs the Planning Committee).
account("@hilary_on_the_downs", MIXED, "hard_negative", "bluesky", [
    P("Dew pond on Cowdown Hill full to the brim after the rain. Two dragonflies and a very confused "
      "heron. \U0001F33E", "hard_negative", note="personal account, walking"),
    P("Grandchildren here for half-term. We've made a mommet for the allotment out of Grandpa's old "
      "shirt. The crows are not impressed.", "hard_negative",
      note="personal account, family; 'mommet' is a scarecrow"),
    P("Victoria sponge attempt number three. Sank in the middle again. Blaming the oven.",
      "hard_negative", note="personal account, baking"),
    P("Walked the old drove from Stanchurch up to the White Horse. Skylarks the whole way. I'll never "
      "tire of this bit of the world.", "hard_negative", note="personal account, walking"),
    P("A note for friends who've found me here: this is my personal account. Council things go to "
      "@HilaryVennLD or through the council, and I won't discuss anything coming to committee.",
      "hard_negative", note="points council business to her council account"),
], acct="personal")

# Owen Treharne's separate personal account.
account("@owen_narrowboat", MIXED, "hard_negative", "x", [
    P("Boat's out of the water for blacking. Three days of scraping, one sore back, one very patient "
      "boatyard.", "hard_negative", note="personal account, hobby"),
    P("Kelsbury 24 Avonford 17. Loud, wet, brilliant. \U0001F3C9", "hard_negative",
      note="personal account, rugby"),
    P("The dog has discovered the swans. The swans have discovered the dog. Nobody won.",
      "hard_negative", note="personal account, pet"),
    P("Lock 14 on the Chell Navigation at sunrise, the moon still in the water. A moonraker's view. "
      "Worth getting up for.", "hard_negative",
      note="personal account"),
    P("Mum's 70th. She made us all wear paper crowns and sing. My brother refused; my brother lost. "
      "Lovely day.", "hard_negative", note="personal account, family, nobody named"),
], acct="personal")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: six positive Facebook pages (others'
# abusive, obscene, defamatory or threatening comments left up)
# ---------------------------------------------------------------------------

# Gareth Liddiard (Lib Dem, Ockbourne Castlefield), Cabinet Member for Planning.
account("@GarethLiddiardLD", MODERATE, "positive", "facebook", [
    P("The Cattle Market site consultation opens today. Three options: homes and a square, homes and "
      "a market hall, or a car park with a small market. Drop-in at the Guildhall on Thursday, 2-7pm. "
      "Every comment will be read.", "filler", note="owner's post"),
    C("Will there be anything for people who can't get to the Guildhall? My mum doesn't do online.",
      "Sue Pocklington", "hard_negative", note="civil question"),
    C("Consultation my backside. Everyone knows Liddiard's mate at Ridgeline Homes has this sewn up "
      "already. Bent as they come, the lot of them.", "Darren Mabbutt", "positive",
      allowed=[DF, PA], note="corruption allegation about the page owner left up"),
    C("Sue, yes - there are paper forms at all three libraries, and I'm happy to post you one. Message "
      "me your address privately.", OWNER, "hard_negative", note="owner's reply"),
    P("Ockbourne bypass footbridge: the steelwork arrives next month and it opens in the spring. "
      "Sorry for the detour in the meantime.", "filler", note="owner's post"),
    C("Gareth Liddiard is a spineless waste of skin. Crawl back under your rock, you slimy little "
      "worm.", "Kayleigh Dunn", "positive", allowed=[PA, AB], note="abuse of the owner left up"),
    C("Someone should go round to that planning lot at Chalkpit House and put the fear of God into "
      "them. I'll drive.", "Mick Oram", "positive", allowed=[BU],
      note="incitement to intimidate council staff left up"),
    C("Spring which year? \U0001F602 Seriously though, the detour is a nightmare in a wheelchair. Any "
      "chance of a temporary ramp?", "Trevor Blick", "hard_negative", note="sarcastic but civil"),
    C("Thanks for the update Gareth.", "Joan Pettit", "hard_negative", note="civil"),
])

# Stuart Penfold (Conservative, Tidmoor and the Ranges).
account("@StuPenfoldCon", MODERATE, "positive", "facebook", [
    P("Update on the unauthorised encampment on Tidmoor recreation ground: the council served notice "
      "yesterday and the group has agreed to leave by Friday. Please don't take matters into your own "
      "hands; report any problems to the police on 101.", "filler", note="owner's post"),
    C("Lock up your quad bikes lads, the tinkers are in town. Same every year, they rob us blind and "
      "the council waves them off with a sandwich.", "Gary Strange", "positive",
      allowed=[EQ, DF], note="anti-Traveller comment left up"),
    C("Give me five minutes and a slurry tanker and they'll be gone by tonight.", "Carl Whitmarsh",
      "positive", allowed=[BU], note="threat against the group left up"),
    C("Any idea when the rec will be cleaned up afterwards? The kids' football is on Sunday.",
      "Rachel Foyle", "hard_negative", note="civil question"),
    C("Rachel, the clean-up crew is booked for Saturday morning. Football should go ahead.",
      OWNER, "hard_negative", note="owner's reply, the two comments above still up"),
    P("Tidmoor village hall gets its new heating next month, thanks to the community fund. Warm "
      "bums at bingo at last.", "filler", note="owner's post"),
    C("Great, so that's where the money goes while Tidmoor's roads fall apart. The hall treasurer, "
      "Brian Tilley of 4 Ranges View, has been helping himself for years, ask anyone.",
      "Nicola Vizard", "positive", allowed=[DF, DP],
      note="theft allegation naming a private person with his address, left up"),
    C("Hope they've fixed the disabled loo as well, it's been broken since Easter.", "Pete Chubb",
      "hard_negative", note="civil complaint"),
])

# Isla Merriman (Green, Chell Valley).
account("@IslaMerrimanGreen", MODERATE, "positive", "facebook", [
    P("Sewage went into the River Chell at Winterbourne Osric for 312 hours last year. I've written "
      "to Downland Water for their upgrade timetable and for monthly testing below the outfall. I'll "
      "publish their reply in full.", "filler", note="owner's post"),
    C("Downland Water's boss Colin Ferrar should be made to drink a pint of it live on telly and then "
      "drown in the rest. Scum.", "Shane Goddard", "positive", allowed=[PA, AB, BU],
      note="wish of harm and abuse at a named executive left up"),
    C("Thank you Isla. We've stopped letting the grandchildren paddle at the ford.",
      "Margaret Oakes", "hard_negative", note="civil"),
    C("It's not just the water company. It's the farmer at Lower Chell Farm, Phil Baverstock, "
      "spreading slurry on the slopes every time it rains. His mobile is 07700 900683 if anyone wants "
      "to tell him what they think.", "Dennis Kite", "positive", allowed=[DP, DF, SC, BU],
      note="a private person's mobile number with a call to pile on, left up"),
    C("Talk is cheap. The Greens have had two years in cabinet and the river still stinks. What has "
      "actually changed?", "Tom Pardoe", "hard_negative", note="harsh but fair"),
    P("Chalk stream volunteers found brown trout redds at Chellbourne St Anne for the first time in "
      "six years. Good news for once \U0001F41F", "filler", note="owner's post"),
    C("Who gives a f*** about fish when there's no buses. Absolute c***s the lot of you.",
      "Leanne Hopgood", "positive", allowed=[AB], note="obscene comment left up"),
    C("Leanne, buses matter too - the Chell Valley bus consultation is open until the 20th and I'd "
      "really like your view.", OWNER, "hard_negative",
      note="owner replies to the obscene comment without removing it"),
    C("Brilliant news. Well done the volunteers.", "Derek Sims", "hard_negative", note="civil"),
])

# Martin Gossage (Vale Independents, Wheatcroft Down), Cabinet Member for Waste and Street Scene.
account("@MartinGossageVI", MODERATE, "positive", "facebook", [
    P("From next month black bins go to three-weekly collection across the Vale, with weekly food "
      "waste caddies for every household. Full details and the new calendar are on the council "
      "website.", "filler", note="owner's post"),
    C("The crew on the Tuesday round in Ockbourne are lazy thieves. The ginger one, Kyle, nicked a "
      "parcel off my doorstep. I've got it on my doorbell camera.", "Jason Rook", "positive",
      allowed=[DF, DP, PA], note="theft allegation about an identifiable member of staff left up"),
    C("Three-weekly is ridiculous for families with nappies. This is a terrible decision and you know "
      "it.", "Amanda Fry", "hard_negative", note="harsh but fair"),
    C("Another cut dressed up as 'green'. Whoever dreamt this up has never lived with four "
      "teenagers.", "Ron Edge", "hard_negative", note="harsh but fair"),
    C("Gossage you absolute knobhead. Hope you choke on your own bins.", "Lisa Catt", "positive",
      allowed=[PA, AB, BU], note="abuse and a wish of harm at the owner left up"),
    P("Thank you to the crews who cleared 14 tonnes of fly-tipping from Sheepwash Lane this week. If "
      "you saw anything, report it online - we do prosecute.", "filler", note="owner's post"),
    C("It was that lot from the caravans by the bypass, everyone knows it. Filthy animals, send them "
      "back where they came from.", "Steve Mundell", "positive", allowed=[EQ, DF],
      note="racist comment left up"),
    C("Is there a reward for information? I got a registration off a van I saw up there on Sunday.",
      "Gill Amor", "hard_negative", note="civil question"),
    C("Gill, please don't post it here - send it to the enforcement team through the website and "
      "they'll follow it up. Thank you.", OWNER, "hard_negative", note="owner's reply"),
])

# Jo Rendell (Lib Dem, Chell Valley).
account("@JoRendellLD", MODERATE, "positive", "facebook", [
    P("Proud that the council is backing Kelsbury's first Pride picnic on the Wharf green with a "
      "\u00a31,500 community grant. Everyone welcome - bring a blanket.", "filler", note="owner's post"),
    C("Keep that perversion away from our kids. Sick people, and you're sick for paying for it.",
      "Barry Nuttall", "positive", allowed=[EQ, PA, AB], note="homophobic comment left up"),
    C("\u00a31,500 on a picnic while the library cuts its hours? Wrong priorities, Jo. Nothing "
      "against the picnic, everything against the timing.", "Hazel Crane", "hard_negative",
      note="harsh but fair"),
    C("Jo Rendell only got in because she fluttered her eyelashes at the old boys of Chell Valley. "
      "Back to the kitchen, love.", "Kev Lunt", "positive", allowed=[EQ, PA],
      note="sexist comment at the owner left up"),
    C("See you there! \U0001F3F3\ufe0f\u200d\U0001F308", "Alex Moody", "hard_negative", note="civil"),
    P("Chell Valley bus consultation: the 14 and the 14A may merge. I want to hear from everyone who "
      "relies on them, especially on the Chellbourne St Anne loop.", "filler", note="owner's post"),
    C("Ask Jo Rendell why her husband's coach firm is bidding for the new contract. Bet she forgot to "
      "mention that. Corrupt as the day is long.", "Roy Batchelor", "positive",
      allowed=[DF, PA], note="corruption allegation about the owner left up"),
    C("The 14A is the only way I get to the surgery. Please don't cut the loop.", "Pam Ellison",
      "hard_negative", note="civil"),
])

# Terry Hibberd (Vale Independents, Ebbwell Bassett).
account("@TerryHibberdVI", MODERATE, "positive", "facebook", [
    P("Ebbwell Bassett Friday market: six new stalls this month, including a Polish deli and a "
      "Nepali street food van. Use your market or lose it.", "filler", note="owner's post"),
    C("Polish this, Nepali that. Ebbwell used to be English. Can't hear a word of it on the High "
      "Street now. Get them out.", "Dean Figgins", "positive", allowed=[EQ],
      note="xenophobic comment left up"),
    C("The momo van is incredible. Go early, they sell out.", "Sandra Lusty", "hard_negative",
      note="civil"),
    C("Tell you who wants running out of town - Terry Hibberd. Watch your back Hibberd, there's "
      "plenty round here who'd like a word after dark.", "Colin Pratt", "positive",
      allowed=[BU, PA], note="threat at the owner left up"),
    P("Ebbwell Bassett fireworks raised \u00a34,100 for the scouts and the carnival committee. What "
      "a night. Thank you to the marshals.", "filler", note="owner's post"),
    C("Shame the landlord of the Bassett Arms, Dave Pettigrew, waters his beer and fiddles his VAT. "
      "Everyone knows. He should be inside, not running the bar at the fireworks.",
      "Kirsty Hewlett", "positive", allowed=[DF, PA],
      note="crime allegation about a named private person left up"),
    C("Best fireworks in years. The traffic after was a shambles though - needs proper stewarding on "
      "Bridge Street next time.", "Graham Lush", "hard_negative", note="fair criticism"),
    C("Graham, agreed on the traffic - I've asked for a meeting with the carnival committee and "
      "highways well before next year.", OWNER, "hard_negative", note="owner's reply"),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: two hard-negative pages (harsh but not
# abusive comments, owner replies, a removal notice)
# ---------------------------------------------------------------------------

# Philippa Gauntlett (Conservative, Chell Valley).
account("@PipGauntlett", MODERATE, "hard_negative", "facebook", [
    P("Council tax: the administration wants a 4.99% rise. Conservatives will propose 2.99% with "
      "savings from the consultancy budget. Tell me what you think.", "hard_negative",
      note="owner's post"),
    C("Daylight robbery whichever one of you wins. Nothing for Chell Valley either way.",
      "Vince Poulter", "hard_negative", note="harsh but fair"),
    C("You lot couldn't find the Plain with a map and a tank. 4.99 or 2.99, it's still our money "
      "you waste.", "Lynne Tapp", "hard_negative", note="rude about councillors as a body, not abusive"),
    C("Lynne, fair challenge. Our savings list is on my website - have a look and tell me what you'd "
      "cut.", OWNER, "hard_negative", note="owner's reply"),
    P("I've removed a comment from last night's post that named a family on Mill Lane and their "
      "children. I won't allow that here, whatever the argument. Disagree with me as much as you "
      "like, but leave private people out of it.", "hard_negative",
      note="removal notice; names no one"),
    C("Quite right. Some people forget there are kids involved.", "Harry Stride", "hard_negative",
      note="civil"),
    C("Censorship. You only delete what you don't like, Pip.", "Bernie Cole", "hard_negative",
      note="harsh but fair"),
    C("Pip, you're all talk and no trousers. Five years a councillor - what have you done for "
      "Winterbourne Osric? Genuinely asking.", "Audrey Pim", "hard_negative",
      note="rude idiom at the owner, a fair question"),
])

# Lorraine Wickens (Conservative, Ockbourne Castlefield).
account("@LorraineWickens", MODERATE, "hard_negative", "facebook", [
    P("Castlefield car park closes for resurfacing for three weeks. I argued for night-time works; "
      "the contractor said no. Alternative parking at the leisure centre, free for the duration.",
      "hard_negative", note="owner's post"),
    C("What an absolute caddle. Three weeks! Is anyone at that Guildhall actually awake?",
      "Nigel Capp", "hard_negative", note="harsh but fair; 'caddle' is a muddle"),
    C("The planning department have got this wrong again. They never think about the people who "
      "actually live here.", "Becky Orchard", "hard_negative",
      note="criticises a department, no individual"),
    C("Clueless, the lot of you. Every year the same gert mess. Lived in Castlefield 50 year and never "
      "seen it run this badly.", "Stan Wheeler", "hard_negative", note="harsh but fair"),
    P("Castlefield ward surgery Saturday at the leisure centre cafe, 10 till 12.", "hard_negative",
      note="owner's post"),
    C("Will you actually answer questions this time or just nod and smile? Last time was a waste of a "
      "morning.", "Jess Forder", "hard_negative", note="rude but not abusive"),
    C("Jess, come and hold me to it. I'll be there till the last person's seen.", OWNER,
      "hard_negative", note="owner's reply"),
])

# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def stamp(day, minutes):
    h, m = divmod(minutes, 60)
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), h, m)


def build():
    rng = random.Random(SEED)
    rows = []
    for acc in ACCOUNTS:
        handle, pattern, role = acc["handle"], acc["pattern"], acc["role"]
        # group the account's rows: each post/reply with the comments written under it
        groups = []
        for r in acc["rows"]:
            if r["kind"] == "comment":
                groups[-1].append(r)
            else:
                groups.append([r])
        # one post per day: split the window into len(groups) chunks, a day in each
        n = len(groups)
        days = []
        for i in range(n):
            lo = i * len(DAYS) // n
            hi = (i + 1) * len(DAYS) // n
            days.append(DAYS[rng.randrange(lo, hi)])
        for group, day in zip(groups, days):
            k = len(group) - 1
            latest = 18 * 60 + 59 - 55 * k - 1
            t = rng.randrange(8 * 60, min(latest, 18 * 60 + 29) + 1)
            parent = None
            for j, r in enumerate(group):
                if j:
                    t += rng.randrange(4, 56)
                rules = list(r["rules"])
                allowed = list(r["allowed"])
                kor = r["kor"]
                if kor == "positive":
                    rules.insert(0, pattern)
                    family = pattern
                elif kor == "filler":
                    family = pattern
                    if role == "positive":
                        allowed.insert(0, pattern)
                else:
                    family = "hard_negative"
                row = {
                    "text": r["text"],
                    "author": handle,
                    "created_at": stamp(day, t),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = handle if r["by"] == OWNER else r["by"]
                    row["parent_id"] = parent
                else:
                    parent = row
                row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
                row["family"] = family
                row["account_pattern"] = pattern
                row["account_role"] = role
                row["kind_of_row"] = kor
                row["note"] = r["note"]
                rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "%s-%04d" % (SET, i)
    lines = []
    for row in rows:
        out = {"id": row["id"]}
        for key in ("text", "author", "created_at", "platform", "account", "kind"):
            out[key] = row[key]
        if row["kind"] == "comment":
            out["comment_by"] = row["comment_by"]
            out["parent_id"] = row["parent_id"]["id"]
        for key in ("expect", "family", "account_pattern", "account_role", "kind_of_row", "note"):
            out[key] = row[key]
        lines.append(json.dumps(out, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    data = build().encode("utf-8")
    if "--stdout" in sys.argv[1:]:
        sys.stdout.buffer.write(data)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, OUT), "wb") as fh:
        fh.write(data)
    print("wrote %s: %d rows" % (OUT, data.count(b"\n")))


if __name__ == "__main__":
    main()
