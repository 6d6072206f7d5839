#!/usr/bin/env python3
"""Build blind set b169 (account-level rules) at Ockhaven and Lingheath District Council.

Every row below was written by hand for this set. The script only picks dates and
times (fixed seed), shuffles, assigns ids B169-NNNN, resolves comment parents,
computes each verdict and writes posts.jsonl. Standard library only.

    python3 build.py            writes posts.jsonl next to this file
    python3 build.py --stdout   writes the same bytes to standard output
"""
import datetime
import json
import os
import random
import sys

SET = "B169"
SEED = 16902

HR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"
ACCOUNT_RULES = (HR, MOD, MIX)

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DEF = "defamation.allegation"
DP = "data-protection.personal-data"
TONE = "tone.irony-risk"
HASTE = "haste.pause-before-posting"
SEC = "security.credentials"

# Base severities (the lower one where RULES.md says "review; block when severe").
SEVERITY = {
    HR: "block", MOD: "review", MIX: "advice",
    PA: "review", AB: "review", BUL: "block", EQ: "block", OFF: "review",
    DEF: "review", DP: "review", TONE: "advice", HASTE: "advice", SEC: "block",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Weekdays 2 Mar - 29 May 2026 (65 days); times are UTC, 08:00-18:59.
FIRST_DAY = datetime.date(2026, 3, 2)
LAST_DAY = datetime.date(2026, 5, 29)


def P(text, kr, rules=(), allowed=(), note=""):
    """An account's own post. kr: positive, hard_negative or filler."""
    return {"kind": "post", "text": text, "kr": kr, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def R(text, kr, rules=(), allowed=(), note=""):
    """An @reply on x; the post replied to is not in the set (no parent_id)."""
    row = P(text, kr, rules, allowed, note)
    row["kind"] = "reply"
    return row


def C(by, text, kr, rules=(), allowed=(), note=""):
    """A comment under the page owner's latest post above it. by=None: the owner."""
    row = P(text, kr, rules, allowed, note)
    row["kind"] = "comment"
    row["by"] = by
    return row


ACCOUNTS = []


def account(handle, pattern, role, platform, acct, rows):
    ACCOUNTS.append({"handle": handle, "pattern": pattern, "role": role,
                     "platform": platform, "account": acct, "rows": rows})


FILLER = "council or ward business; nothing expected"

# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts (2 to 5 hostile posts at one person)
# ---------------------------------------------------------------------------

# Clive Rendle (Reform UK) -> Helena Bascombe, Leader
account("@CliveRendleRUK", HR, "positive", "x", "councillor", [
    P("Nightjar Cross road, by the old clay pit turning: pothole deep enough to lose a quad bike in. "
      "Reported it again. That's four times since Christmas. #FixTheIsle", "filler", note=FILLER),
    P("Our Leader @HelenaBascombeLD graced Nightjar Cross with her presence today. 20 minutes, a "
      "photographer, a pat on a pony and back in the Volvo to Chalkgap. The Lady of the Ridge has "
      "spoken. We see you, Helena.", "positive", allowed=[PA, TONE],
      note="hostile occasion 1 at Helena Bascombe: mockery of a ward visit; insult and mock deference allowed, not expected"),
    P("Heath fire crews out again at Sallowmoor last night. Thank you to every one of them. No "
      "barbecues on the heath please, it goes up like paper.", "filler", note=FILLER),
    R("@HelenaBascombeLD Watched you read the budget out tonight like a kid doing the lesson at the "
      "carol service. Bless you Helena, you did try. Just not very hard and not very well.",
      "positive", rules=[PA, TONE],
      note="hostile occasion 2: belittling the Leader, mock sympathy ('Bless you ... you did try'); an x reply to her"),
    P("Blocked by the Leader for asking about the 40 bus. Doesn't matter, Helena. I'll be at every "
      "surgery you hold, every parish meeting, every coffee morning on the Isle. You can block a "
      "phone. You can't block me.", "positive", allowed=[BUL],
      note="hostile occasion 3: pursuing her in person after being blocked; intimidation allowed"),
    P("Surgery Saturday, Nightjar Cross village hall, 10 till 12. Bins, buses, bloomin' potholes. "
      "Kettle's on.", "filler", note=FILLER),
    P("Funny how the Leader finds time for a swim off the Durnmouth beach huts at 7 every Thursday "
      "but never for Nightjar Cross. Blue hat, red towel, hut 14. Lots of us are up early, Helena. "
      "People notice.", "positive", rules=[BUL],
      note="hostile occasion 4: names her routine and place and 'People notice'; intimidation expected"),
])

# Darren Yeatman (Reform UK) -> Anjali Varma, Cabinet Member for Harbour, Coast and Tourism
account("@DarrenYeatmanRUK", HR, "positive", "facebook", "councillor", [
    P("Northmoor damp: 31 households on my list now. 31. Photos of black mould in kids' bedrooms go "
      "to the Housing Ombudsman this week. Enough is enough.", "filler", note=FILLER),
    P("Meet our new harbour boss, Cllr Anjali Varma. Three years on the Isle, straight down from "
      "Surrey, and now she's telling families who've worked Ockhaven quay for two hundred years how "
      "to run it. Never gutted a mackerel in her life. Never will.", "positive", allowed=[PA, EQ],
      note="hostile occasion 1 at Anjali Varma, framed as an outsider; insult and equality allowed"),
    P("Youth club at the Lookout is saved for another year!! Thanks to everyone who signed and to "
      "the lads who stood up and spoke at the meeting. Proud of you all 👏", "filler", note=FILLER),
    P("Anjali Varma's harbour plan: pontoons for the yachties, sod all for the crabbers. What do you "
      "expect from a DFL who thinks the Isle is a weekend away. Go back up the A-road, my lover, and "
      "take your consultants with you.", "positive", rules=[PA], allowed=[EQ],
      note="hostile occasion 2: 'Go back up the A-road' at a named member; outsider coding allows equality"),
    P("Evening 40 bus cut from Northmoor after 7pm is a disgrace. Shift workers at the clay works "
      "and the hospital can't get home. Reform will keep fighting this one.", "filler", note=FILLER),
    P("She'll never be Ockhaven. Not if she lives here a hundred years. People like Anjali use places "
      "like ours as a step up the ladder and then they're off. Don't be fooled.", "positive",
      allowed=[PA, EQ],
      note="hostile occasion 3: 'people like Anjali'; no insult word, so personal attack allowed, not expected"),
    P("Foodbank at St Peter's hall, Northmoor, is short of tinned fish, UHT milk and nappies (size 4 "
      "and 5). Drop-off Tuesday and Friday mornings. Thank you Northmoor x", "filler", note=FILLER),
])

# Rupert Legg (Conservative Group Leader) -> Claire Stanier, Head of Planning (an officer)
account("@RupertLeggCon", HR, "positive", "x", "councillor", [
    P("Sallowmoor oilfield tankers through the village at 6am again. I've written to the operator and "
      "to county highways. Residents deserve a night's sleep.", "filler", note=FILLER),
    P("Once again the Head of Planning, Claire Stanier, recommends 40 holiday chalets on the "
      "Sallowmoor heath edge. Ms Stanier has clearly never heard a nightjar. Her report reads like "
      "Brackenridge Leisure's sales brochure.", "positive", rules=[OFF], allowed=[DEF, PA],
      note="hostile occasion 1 at an officer by name; the brochure line insinuates bias (defamation allowed)"),
    P("Conservative group amendment tonight: freeze support for parish precepts and put £60k into "
      "road safety on the Sallowmoor straight. Voted down. We'll bring it back.", "filler", note=FILLER),
    P("Six weeks since I asked who Claire Stanier met from Brackenridge Leisure before that chalet "
      "report was written. Still no answer from @OckLingDC. Incompetent or worse. Time she packed up "
      "and went to sell off some other district's heath.", "positive", rules=[OFF, PA],
      allowed=[DEF, BUL],
      note="hostile occasion 2: 'Incompetent or worse' at the officer; 'time she packed up' allows intimidation"),
    P("Lovely turnout for the Sallowmoor litter pick. 22 volunteers, 30 bags and one sofa. Bacon rolls "
      "from the Plough. Thank you all.", "filler", note=FILLER),
    P("I have written to the Chief Executive. If Claire Stanier signs one more report like the chalet "
      "one, every household in Sallowmoor will have her name, her photograph and her office hours "
      "through the door. Consider that a promise, Claire.", "positive", rules=[OFF, BUL],
      note="hostile occasion 3: a letter to the Chief Executive is a proper route, but the leaflet threat and 'a promise, Claire' intimidate"),
])

# Kevin Bugler (Independent) -> Maureen Cobb, Cabinet Member for Housing
account("@KevBuglerInd", HR, "positive", "facebook", "councillor", [
    P("Cliffside path from the lighthouse down to the Bay steps is shut AGAIN after the slip. Council "
      "says it is 'assessing'. It's been assessing since October.", "filler", note=FILLER),
    P("Maureen Cobb says the Northmoor repairs backlog is 'coming down'. Maureen my love, you couldn't "
      "find Northmoor without a sat nav and a carer holding your hand.", "positive", rules=[PA],
      allowed=[EQ], note="hostile occasion 1 at Maureen Cobb; the carer jibe is age-coded (equality allowed)"),
    P("Highlight of cabinet: Granny Cobb spending fifteen minutes trying to unmute herself. Bless her. "
      "Somebody get her a grandson to show her the button 😂", "positive", rules=[PA, TONE],
      allowed=[EQ], note="hostile occasion 2: 'Granny Cobb', mock sympathy; age-coded"),
    P("Beach hut fees up 18% for Durnmouth residents. I voted against. Locals shouldn't be priced off "
      "their own beach.", "filler", note=FILLER),
    P("Maureen Cobb is past her sell-by date and every single person in that chamber knows it except "
      "her. Time for the home, Maureen.", "positive", rules=[PA, EQ],
      note="hostile occasion 3: attacks her for her age outright ('past her sell-by', 'Time for the home'); equality expected"),
    P("Pier Trust has the scaffold up at last. If you fancy a plank with your name on it the "
      "fundraiser's still going: https://durnmouthpier.example.org/planks", "filler", note=FILLER),
    P("Maureen has blocked me on every platform. No matter. I've got her landline and I'll ring it "
      "every evening till she answers for Northmoor. Every evening, Maureen.", "positive", rules=[BUL],
      note="hostile occasion 4: repeated unwanted contact after being blocked; intimidation expected"),
])

# Tasha Marsden (Labour Group Leader) -> Rupert Legg, Conservative Group Leader
account("@TashaMarsdenLab", HR, "positive", "bluesky", "councillor", [
    P("Northmoor Labour door-knocking Saturday, meet at the Lookout shops 10am. Bring comfy shoes, "
      "we'll bring the leaflets and the biscuits.", "filler", note=FILLER),
    P("Rupert Legg lecturing Northmoor on 'aspiration' tonight, from the saddle of his hunter. The man "
      "has never queued for a bus in his life and it shows every time he opens his mouth.", "positive",
      allowed=[PA],
      note="hostile occasion 1 at Rupert Legg (himself a harasser here): a class jibe, personal attack allowed"),
    P("Councillors' allowance going up again. I'm giving mine to the Northmoor foodbank like last "
      "year. Receipts on request.", "filler", note=FILLER),
    P("What a moving speech on fairness from @RupertLeggCon. Truly. Brought a tear to my eye, coming "
      "from a man who owns half of Sallowmoor and rents out the other half. Pass the tissues. 🙄",
      "positive", rules=[TONE], allowed=[PA], note="hostile occasion 2: mock praise"),
    P("Evening 40 bus: we've got cross-party support for a motion at full council. Thank you to "
      "everyone who wrote in, it made the difference.", "filler", note=FILLER),
    P("Rupert Legg is a parasite in a tweed jacket and a liar. He lied to scrutiny about the Sallowmoor "
      "chalets and pocketed the landowner's thanks for it.", "positive", rules=[PA, DEF],
      note="hostile occasion 3: insult plus an allegation of lying and corruption stated as fact"),
])

# Gordon Kitcatt (Isle and Heath Independents) -> Isla Fernihough, Green (the maximum: 5)
account("@GordonKitcattIHI", HR, "positive", "facebook", "councillor", [
    P("Hewstone road closed Tuesday to Thursday for resurfacing at the quarr entrance. Diversion via "
      "Kettleworth. School bus runs as normal.", "filler", note=FILLER),
    P("Isla Fernihough wants to 'phase out' quarrying on the Isle. Stone's been cut in Hewstone since "
      "before her lot had a word for recycling. Tree-hugging muppet.", "positive", rules=[PA],
      note="hostile occasion 1 at Isla Fernihough: the policy jab is fair, 'Tree-hugging muppet' is not"),
    P("Isla Fernihough turned up at ball day with a clipboard. Read the room, Isla. Nobody in Hewstone "
      "wants you here, and nobody ever will.", "positive", allowed=[PA, BUL],
      note="hostile occasion 2: unwelcome-in-the-village message; insult and intimidation allowed"),
    P("Ball day raised £2,300 for the air ambulance this year. Well done the Hewers, and well done "
      "whoever fished the ball out of the pond.", "filler", note=FILLER),
    P("Greens like @IslaFernGreen should be made to spend one day down a quarr with a pitching tool. "
      "She'd last ten minutes before she cried. Useless, gutless and clueless.", "positive",
      rules=[PA], note="hostile occasion 3: 'Useless, gutless and clueless'"),
    P("Somebody tell Isla Fernihough's husband to keep her in the kitchen on council nights. Save us "
      "all a lot of grief.", "positive", rules=[PA, EQ],
      note="hostile occasion 4: a put-down because she is a woman; equality expected"),
    P("Hewstone school's new classroom is built from stone off the village's own spoil heaps. Proud of "
      "the lads who laid it.", "filler", note=FILLER),
    P("A word to the wise, Isla. The quarrymen know your car. They see it come through Hewstone every "
      "morning. I'd think very carefully before you bring that quarry motion back.", "positive",
      rules=[BUL], note="hostile occasion 5: veiled threat tied to her car and route; intimidation expected"),
])

# Lee Scammell (Conservative) -> Roger Dimmock, Deputy Leader and Finance
account("@LeeScammellCon", HR, "positive", "x", "councillor", [
    P("Wendbridge South flood bank works start next week by the rowing club. Riverside footpath "
      "diverted for six weeks. Worth it after last winter.", "filler", note=FILLER),
    R("@RogerDimmockIHI Your budget's a proper caddle, Roger. Couldn't balance the till on a Monday "
      "market stall. Clueless.", "positive", rules=[PA],
      note="hostile occasion 1 at Roger Dimmock, an x reply; 'Clueless' at the person, not the budget"),
    P("Town walls walk with the Wendbridge Civic Society on Sunday, 2pm from the North Gate. Free, "
      "bring boots.", "filler", note=FILLER),
    P("Funny how the harbour wall repair contract keeps going to a firm run by Roger Dimmock's "
      "brother-in-law. Just saying. Ask who sat on the tender panel.", "positive", allowed=[DEF],
      note="hostile occasion 2: insinuation of favouritism, defamation allowed not expected"),
    P("Conservative surgery at Wendbridge library, first Saturday of the month. Drop in, no "
      "appointment needed.", "filler", note=FILLER),
    P("Let's be plain. Roger Dimmock is a crook. He rigged the harbour wall tender for his own family "
      "and then lied to full council about it.", "positive", rules=[DEF, PA],
      note="hostile occasion 3: the allegation stated as fact"),
])

# Nigel Hooper (Independent) -> Owen Treadwell, Cabinet Member for Heathland (the minimum: 2)
account("@NigelHooperInd", HR, "positive", "bluesky", "councillor", [
    P("Durnmouth Bay: bandstand concerts are back from June, Sundays at 3. Brass band first, then the "
      "ukulele lot (brace yourselves).", "filler", note=FILLER),
    P("Lifeguards confirmed for the main beach this summer after all. Good news, and a relief for a lot "
      "of parents.", "filler", note=FILLER),
    P("Owen Treadwell signed off the Lingmere car park charges and then sent an officer to face the "
      "drop-in for him. Coward. Absolute coward.", "positive", rules=[PA],
      note="hostile occasion 1 at Owen Treadwell"),
    P("Steam railway running extra trains into Durnmouth over half term. Gets the cars off the ridge "
      "road, which can only be good.", "filler", note=FILLER),
    P("Thank you to the residents on the Bay who came out in the rain to sow the wildflower verge by "
      "the station. It'll be a picture by July.", "filler", note=FILLER),
    P("Owen Treadwell, the heathland portfolio holder who thinks a Dartford warbler is a football "
      "chant. An embarrassment to the heath and to everyone who looks after it.", "positive",
      rules=[PA], note="hostile occasion 2: two occasions, the Act's minimum"),
    P("Beach huts: the council waiting list is now nine years. I've asked for the list to be "
      "published, anonymised, so people know where they stand.", "filler", note=FILLER),
])

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts
# ---------------------------------------------------------------------------
HN_CIVIL = "civil criticism of a decision or policy; not a hostile occasion"

# Pauline Ensor (Labour): five civil posts about the Leader's decisions
account("@PaulineEnsorLab", HR, "hard_negative", "x", "councillor", [
    P("The Leader's decision to close Wendbridge tourist information centre is wrong. Helena Bascombe "
      "should bring it to full council, not sign it off as a delegated decision.", "hard_negative",
      note=HN_CIVIL + " (the Leader, also Clive Rendle's target)"),
    P("Wendbridge Monday market has three new stalls this spring. Cheese, plants and a man who "
      "sharpens knives. Go and say hello.", "filler", note=FILLER),
    P("I asked @HelenaBascombeLD at cabinet why the Isle bus subsidy was cut before the consultation "
      "had even closed. The timetable's already a caddle and her answer didn't add up. I'll keep "
      "asking.", "hard_negative", note=HN_CIVIL + "; 'caddle' describes the timetable"),
    P("Credit where it's due: Helena Bascombe's U-turn on Durnmouth beach hut fees was the right call. "
      "Took a 3,000-name petition, but she listened.", "hard_negative",
      note="approving mention of the same person"),
    P("Helena, come and stand at the Nightjar Cross bus stop with the college kids at 7am one morning. "
      "Then tell me the 40 isn't needed. Genuine invite, I'll bring the flask and the nammet.",
      "hard_negative",
      note="an invitation; shares the early-morning detail and 'Helena,' address with Clive Rendle's posts but no menace"),
    P("Sandbags are at Wendbridge fire station for anyone on the river side of North Quay. Take what "
      "you need and tell your neighbours.", "filler", note=FILLER),
    P("Leader's budget speech was long on words and short on the heath. A disappointing budget from "
      "Helena Bascombe, and I'll say so at every budget meeting until it changes.", "hard_negative",
      note=HN_CIVIL + "; 'at every budget meeting' is about debate, not pursuit"),
])

# Tom Habgood (Independent): four posts on Anjali Varma's harbour plan, one answering the outsider line
account("@TomHabgoodInd", HR, "hard_negative", "facebook", "councillor", [
    P("Anjali Varma's harbour plan puts the yachts first. The crabbers and the whelkers need the east "
      "quay, and I'll be saying so at scrutiny.", "hard_negative",
      note=HN_CIVIL + " (Darren Yeatman's target)"),
    P("Sandridge chain ferry back on from Monday after the refit. About time, the ferry road queue was "
      "back to the heath most days.", "filler", note=FILLER),
    P("Good hour on the Fish Quay with Anjali this morning. She listened, she took notes and she knows "
      "her numbers. Still think she's wrong on berth fees.", "hard_negative",
      note="civil, partly approving mention"),
    P("Seen some nasty stuff on here about Cllr Varma 'not being Ockhaven'. I wasn't born on the Isle "
      "either. Came down for the quarr work in '89 and nobody's asked for my passport since. Argue "
      "with her plan, like I do. Leave where she grew up out of it.", "hard_negative",
      note="counter-speech quoting the outsider line to reject it; nothing allowed"),
    P("Sandridge spit beach clean on Sunday. Grabbers and bags from the hut in the car park. Kids very "
      "welcome.", "filler", note=FILLER),
    P("Third time of asking: the pontoon money should go on the Gullpoint slipway. Anjali Varma's "
      "yacht income figures are optimistic, and the report's own appendix says so.", "hard_negative",
      note=HN_CIVIL + "; repeated, but about figures"),
])

# Bryony Dackombe (Green): one hostile post at Roger Dimmock, then two civil mentions
account("@BryonyDackombe", HR, "hard_negative", "bluesky", "councillor", [
    P("Sand lizard survey volunteers wanted on Lingmere heath, Saturday mornings in May. No experience "
      "needed, just patience and a hat 🦎", "filler", note=FILLER),
    P("Roger Dimmock just told a room full of heathland volunteers they're 'a cost line'. Arrogant, "
      "patronising little man.", "hard_negative", rules=[PA],
      note="one hostile post at Roger Dimmock (Lee Scammell's target): a personal attack, but only one occasion"),
    P("Whinbarrow clay works open day was fascinating. Had no idea half the drainpipes in the country "
      "once came out of our heath.", "filler", note=FILLER),
    P("Fair play to Roger Dimmock, he came back to the volunteers' hut today and apologised to their "
      "faces. And the ranger posts are back in the budget.", "hard_negative",
      note="later civil, approving mention of the same person"),
    P("Nightjars churring over Whinbarrow bottom last night. If you've never heard it, go at dusk in "
      "June and stand very still.", "filler", note=FILLER),
    P("Roger Dimmock and I disagree on plenty, but his paper on car park income is clear and honest. "
      "Read it before you shout about it.", "hard_negative", note="civil mention"),
])

# Malcolm Tizzard (Liberal Democrat): one hostile post each at two different people, plus ball-day banter
account("@MalcTizzardLD", HR, "hard_negative", "x", "councillor", [
    P("Sallowmoor parish hall roof is fixed! Thanks to the Heathland Trust grant and roughly forty "
      "cake sales.", "filler", note=FILLER),
    P("Rupert Legg voted to cut the rangers' fire budget last year and this week he's posing for photos "
      "with the fire crews. Two-faced doesn't begin to cover it.", "hard_negative", rules=[PA],
      allowed=[DEF],
      note="one hostile post at Rupert Legg; the voting claim could be read as an allegation of dishonesty"),
    P("Isle Steam Railway volunteer day was great fun. I am now qualified to wave a flag. Badly.",
      "filler", note=FILLER),
    P("Clive Rendle filming himself grinning into his phone while crews were still fighting the "
      "Sallowmoor fire behind him. Attention-seeking clown.", "hard_negative", rules=[PA],
      note="one hostile post at a second person (Clive Rendle); two people, one occasion each"),
    P("Sallowmoor school crossing patrol is finally advertised. If you know a retired lollipop legend, "
      "point them at the council jobs page.", "filler", note=FILLER),
    P("Ball day at Hewstone. Flattened in the first scrum by Gordon Kitcatt, the gurt lump. Pint's on "
      "him and he knows it 🍺", "hard_negative",
      note="friendly banter naming a councillor; 'gurt lump' is affectionate here"),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts (council business and personal life on one account)
# ---------------------------------------------------------------------------
PERSONAL = "personal/family content on a councillor account"

# Jean Pardy, Chairman of the Council (the civic account)
account("@ChairmanJeanPardy", MIX, "positive", "facebook", "councillor", [
    P("Honoured to present the Isle Hewers' Company with a scroll for their anniversary at Kettleworth "
      "village hall. Stone from our quarrs stands in cathedrals right across the country.", "filler",
      note="civic duty; nothing expected"),
    P("Our little Alfie started at Kettleworth pre-school today. Came home covered in paint and told "
      "me he'd 'done a dinosaur'. Nanny's heart 🥹", "positive", allowed=[DP],
      note=PERSONAL + " (civic account); a grandchild named with his pre-school, data protection allowed"),
    P("Civic service at St Aldwyn's, Wendbridge, on Sunday. Thank you to the sea cadets and the Ockhaven "
      "lifeboat crew for the guard of honour.", "filler", note="civic duty; nothing expected"),
    P("Reg and I had fish and chips on Durnmouth front for our 52nd anniversary. Still can't believe he "
      "puts up with me ❤️", "positive", allowed=[DP], note=PERSONAL + "; husband named"),
    P("The Chairman's charity this year is the Isle Heath Fire Volunteers. Quiz night at the "
      "Stonecutters' Hall, Durnmouth, £5 a head, tables of six.", "filler",
      note="civic charity appeal; nothing expected"),
    P("Backalong, when I was a girl, we went blackberrying on the ridge every September. Made a crumble "
      "with the first of them today and it tasted exactly the same.", "positive", note=PERSONAL),
])

# Owen Treadwell, Cabinet Member for Heathland (also Nigel Hooper's target)
account("@OwenTreadwellLD", MIX, "positive", "x", "councillor", [
    P("Heathland cabinet report is out: three more seasonal rangers for the summer fire season on "
      "Lingmere and Sallowmoor, paid from car park income. https://ockling.example.org/heath-rangers",
      "filler", note=FILLER),
    P("Sub-50 at the Wendbridge 10k!! Legs have gone. Thanks to the bloke in the dumbledore costume who "
      "dragged me round the last mile 🐝", "positive", note=PERSONAL),
    P("Dog walkers: ground-nesting bird season on the heath. Leads on please on the Lingmere and "
      "Nightjar Cross trails. The nightjars will thank you.", "filler", note=FILLER),
    P("Sourdough attempt number five. Flatter than the heath. The starter's called Gerald and I'm fairly "
      "sure he hates me.", "positive", note=PERSONAL),
    P("Good meeting with the Heathland Trust and the Holmcombe ranges team about summer access. The "
      "open weekends list goes up next week.", "filler", note=FILLER),
    P("Happy birthday to my brilliant sister Cat, 40 today and still beats me at everything. Love you "
      "sis x", "positive", allowed=[DP], note=PERSONAL + "; a sister named with her age"),
])

# Kayleigh Sturmey (Labour), the council's youngest member
account("@KayleighSturmeyLab", MIX, "positive", "bluesky", "councillor", [
    P("Ockhaven Quay surgery this Saturday, 10-12 at the library. Bring your parking permit woes, I've "
      "got the forms.", "filler", note=FILLER),
    P("new hair who dis 💇‍♀️ (mum says it's 'very bright')", "positive", note=PERSONAL),
    P("Brilliant turnout at the Fish Quay clean-up! 14 bags of rubbish, a shopping trolley and somehow "
      "a wetsuit. Thank you all 💚", "filler", note=FILLER),
    P("Boat party round the harbour for Jas's birthday last night and my head is POUNDING. Never again "
      "(until next time) 🥴", "positive", allowed=[HASTE],
      note=PERSONAL + "; drink mentioned, haste allowed"),
    P("Labour group has asked cabinet for free swimming for under-16s at Durnmouth lido this summer. "
      "Answer due next month.", "filler", note=FILLER),
    P("Pickle the cat has worked out how to open the treat cupboard. I am no longer in charge of this "
      "flat 🐈", "positive", note=PERSONAL),
])

# Graham Venn, Chair of Planning Committee, a working banker mason
account("@GrahamVennIHI", MIX, "positive", "facebook", "councillor", [
    P("Planning committee next Thursday at Wendbridge Town Hall. Agenda and officer reports are online, "
      "and you can register to speak up to two working days before.", "filler", note=FILLER),
    P("Nammet time in the banker shed. Cheese and pickle, flask of tea, and a lump of Capstone blue "
      "I've been at since Christmas. Nearly there with this corbel.", "positive",
      note=PERSONAL + " (his own trade, not council business)"),
    P("Parish clerks on the Isle: training on the new local plan, the 14th at Kettleworth village hall. "
      "Book through Democratic Services.", "filler", note=FILLER),
    P("Caught three bass off the ledges this evening with my grandson. He caught two of them, mind. "
      "Don't tell his dad I let him steer the boat home.", "positive",
      note=PERSONAL + "; grandson not named, nothing allowed"),
    P("Congratulations to the three apprentice masons who finished their time at Capstone quarr this "
      "month. The trade's in good hands.", "filler",
      note="community congratulations; nothing expected"),
    P("Old Blue made it home from the 200-mile race in under six hours. Nine years old and not done "
      "yet, that pigeon.", "positive", note=PERSONAL),
])

# Sharon Hibbs (Conservative)
account("@SharonHibbsCon", MIX, "positive", "facebook", "councillor", [
    P("Wendbridge North flood warden scheme needs four more volunteers for Mill Lane and North Quay. "
      "Training provided, hi-vis provided, biscuits provided.", "filler", note=FILLER),
    P("OUR CHLOE SAID YES!!! 💍 Danny asked her on the quay at sunset, down on one knee and "
      "everything. Mother of the bride is going to need a hat 😂", "positive", allowed=[DP, HASTE],
      note=PERSONAL + "; daughter and her fiance named; the capitals allow haste"),
    P("I've asked officers for a 20mph zone outside Wendbridge primary after last week's near miss. "
      "Petition here if you want to add your name: https://ockling.example.org/petitions/wendbridge-20",
      "filler", note=FILLER),
    P("Two weeks of sun in Lanzarote booked. Nobody message me about bins until the 20th 😎",
      "positive", note=PERSONAL + " (a joke about council business inside a holiday post)"),
    P("Conservative group budget amendment: £40k to keep Wendbridge toilets open through the winter. "
      "Lost by two votes. We'll try again.", "filler", note=FILLER),
    P("Biscuit has eaten an entire Victoria sponge off the worktop. Labrador. No regrets. Vet says "
      "he'll live.", "positive", note=PERSONAL),
])

# Ade Okonjo (Labour)
account("@AdeOkonjoLab", MIX, "positive", "x", "councillor", [
    P("Old Town residents: the scaffolding on the Customs House comes down this week and the footpath "
      "reopens. Sorry it took so long.", "filler", note=FILLER),
    P("Cherries away. 4am start, coach full of singing, and we lost. Still the best day out there is. "
      "🍒", "positive", note=PERSONAL + "; 'Cherries' is the regional football club's nickname"),
    P("Asked at full council why Ockhaven Old Town still has no public defibrillator. Answer: one goes "
      "on the Fish Quay by summer. I'll hold them to it.", "filler", note=FILLER),
    P("Two hours' sleep after the night feeds. Baby Tolu has strong opinions about 3am. Coffee number "
      "four incoming ☕", "positive", allowed=[DP, HASTE],
      note=PERSONAL + "; baby named; tiredness allows haste"),
    P("Great to meet the Year 6s at St Nicholas Primary who wrote to me about the play park. Their "
      "letters were better than most council reports.", "filler", note=FILLER),
    P("Sang with the choir at St Nicholas this morning. Mum would have loved it. Miss you every day.",
      "positive", note=PERSONAL + "; his own faith and grief, nothing allowed"),
])

# Frank Cleall (Independent), retired fisherman
account("@FrankCleallInd", MIX, "positive", "facebook", "councillor", [
    P("Gullpoint slipway: council engineers have been out and the cracked section will be fixed before "
      "the summer. Thanks to everyone who sent in photos.", "filler", note=FILLER),
    P("Pots up this morning. Eleven lobsters and a conger with a temper on him. Not bad for an old boy "
      "of 74.", "positive", note=PERSONAL),
    P("Ferry road queues at Sandridge again at the weekend. I've asked Highways to look at the yellow "
      "box at the chain ferry turn.", "filler", note=FILLER),
    P("My Brenda home from hospital after her new hip. Thank you to the nurses on Ridgeway ward at "
      "Wendbridge Community Hospital. She's already telling me where I've gone wrong with the "
      "hoovering.", "positive", allowed=[DP], note=PERSONAL + "; wife named with her operation"),
    P("Beach clean on Sandridge spit every other Sunday morning. Council supplies the grabbers and "
      "bags. All ages welcome.", "filler", note=FILLER),
    P("Blue vinny on toast and a bottle of stout. Retirement suits me.", "positive", note=PERSONAL),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives
# ---------------------------------------------------------------------------
ASIDE = "a personal or communal aside serving a council message; not mixed use"

# Maureen Cobb, Cabinet Member for Housing (also Kevin Bugler's target)
account("@MaureenCobbIHI", MIX, "hard_negative", "facebook", "councillor", [
    P("As a nan of five myself, I know a cold bedroom means a poorly child. If your council home has "
      "damp or mould, ring 01632 960214 and ask for the damp team. Don't wait for it to get worse.",
      "hard_negative", note=ASIDE + "; the council's damp line"),
    P("My own mum raised six of us in a two-up two-down on the Old Town quay. That's why I took this "
      "job. Forty new council homes at Northmoor agreed tonight.", "hard_negative", note=ASIDE),
    P("A Northmoor tenant said to me last week, 'my lad's been sleeping on his mate's floor since "
      "Christmas.' That's who the homelessness hub at the Old Customs yard is for. Opens next month.",
      "hard_negative", note="a quoted, unnamed resident; council message"),
    P("Grandparents bringing up grandchildren: there's a support group at Ockhaven library every "
      "second Tuesday, run with the Housing team. You're not on your own, my lover.", "hard_negative",
      note="a service for families; council message"),
    P("Opened the new family rooms at Gannet Close today. Every mum, dad and nipper in there deserves a "
      "front door of their own, and that's what we're building.", "hard_negative",
      note="family words about residents, not her own family"),
    P("Housing Ombudsman report is out. We're not where we should be on repairs and I'm sorry. The "
      "Head of Housing's team is recruiting four more surveyors.", "hard_negative",
      note="council business only"),
])

# Ben Stickland, Cabinet Member for Planning and Economy
account("@BenSticklandLD", MIX, "hard_negative", "x", "councillor", [
    P("As a dad who does the Wendbridge school run, I know the North Quay junction is a nightmare at "
      "8.40. Highways consultation on the new crossing closes on the 30th.", "hard_negative",
      note=ASIDE),
    P("My grandad cut stone at Capstone for forty years. The new local plan protects the working quarrs "
      "on the Isle, and the jobs that go with them.", "hard_negative", note=ASIDE),
    P("Dads' walk and talk on Lingmere heath, first Saturday of the month, with the council's wellbeing "
      "team. Boots optional, kettle guaranteed.", "hard_negative", note="a council-run event for fathers"),
    P("'My girl can't afford to live in the village she grew up in.' Heard that in Chalkgap four times "
      "last week. That's why the draft plan limits second homes on new builds.", "hard_negative",
      note="a quoted, unnamed resident; council message"),
    P("Half term on the Isle Steam Railway: under-5s free, and the council's holiday food club has its "
      "own carriage. My two are already asking when.", "hard_negative", note=ASIDE),
])

# Separate personal accounts (account: personal): personal content only
PERS_ACCT = "separate personal account, personal content only"

account("@isla_wild_swims", MIX, "hard_negative", "bluesky", "personal", [
    P("6.40am dip at Gullpoint. Nine degrees. Screamed. Worth it 🌊", "hard_negative", note=PERS_ACCT),
    P("First dumbledore of the year on the ling outside my back gate. Fat, slow and furious.",
      "hard_negative", note=PERS_ACCT + "; the heath, but no council business"),
    P("Moth trap this morning: 23 species, including a drinker and two poplar hawks. The neighbours "
      "definitely think I'm odd.", "hard_negative", note=PERS_ACCT),
    P("Sea fog rolled in halfway round the bay swim so we just floated and listened to the gulls. Best "
      "morning in weeks.", "hard_negative", note=PERS_ACCT),
    P("Mum came down for the weekend and beat me at Scrabble again. Some things never change.",
      "hard_negative", note=PERS_ACCT + "; family, not named"),
])

account("@rogers_stone_shed", MIX, "hard_negative", "facebook", "personal", [
    P("Finished the lettering on the birdbath for next door's garden. Capstone blue, six weekends.",
      "hard_negative", note=PERS_ACCT),
    P("Grandkids in the shed with mallets and goggles today. Nobody lost a finger. Nanna not "
      "convinced.", "hard_negative", note=PERS_ACCT + "; grandchildren not named"),
    P("Hewers' ball day. Knees said no, heart said yes. Watched from the wall with a pint of Isle Gold.",
      "hard_negative", note=PERS_ACCT),
    P("Pub quiz champions at the Pick and Wedge, Hewstone! Team name: the Chisel Whisperers.",
      "hard_negative", note=PERS_ACCT),
    P("Anyone know where to get a bolster chisel sharpened on the Isle now old Len's shut up shop?",
      "hard_negative", note=PERS_ACCT),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts (bad comments left up on the page)
# ---------------------------------------------------------------------------
PAGE = "page owner's post; nothing expected of the text itself"
LEFT = "comment by a member of the public, still up on the page"
CIVIL = "civil comment by a member of the public"
OWNER = "the page owner's own reply"

# Helena Bascombe, Leader
account("@HelenaBascombeLD", MOD, "positive", "facebook", "councillor", [
    P("Update on the unauthorised encampment at Lingmere heath car park: officers visited this morning "
      "with the police, welfare checks are done and the site will be cleared under the usual process. "
      "Please report fly-tipping to the council rather than on Facebook. Thank you for your patience. "
      "Helena", "filler", note=PAGE),
    C("Gary Loder", "Send the dogs in. Thieving diddicoys the lot of them, lock up your sheds "
      "Lingmere", "positive", allowed=[EQ, AB],
      note=LEFT + ": a racial slur at Travellers"),
    C("Ann Selby", "Thank you Helena, the rangers were brilliant this morning. Is the car park open "
      "again for dog walkers?", "hard_negative", note=CIVIL),
    C(None, "Hi Ann, it should reopen on Friday once the clean-up crew have been through. H",
      "hard_negative", note=OWNER),
    C("Wayne Dorey", "Helena Bascombe you useless cow, you wouldn't last five minutes if they parked "
      "up outside your posh house in Chalkgap", "positive", allowed=[PA, AB, EQ],
      note=LEFT + ": abuse at the page owner ('useless cow')"),
    P("Full council tonight agreed the Isle bus partnership. The 40 and the 44 keep their evening runs "
      "to Nightjar Cross and Whinbarrow until at least next March. Thank you to everyone who wrote "
      "in.", "filler", note=PAGE),
    C("Rob Meaden", "Whinbarrow's own councillor Owen Treadwell has been fiddling his expenses for "
      "years, everyone knows it, the man's a thief", "positive", allowed=[DEF, PA],
      note=LEFT + ": an allegation of theft against a named councillor"),
    C("Cheryl Vye", "About time! My lad needs the late 40 for his shifts at the clay works.",
      "hard_negative", note=CIVIL),
])

# Sue Chubb (Conservative)
account("@SueChubbCon", MOD, "positive", "facebook", "councillor", [
    P("Lots of questions about the Bayview Hotel in Durnmouth being used to house asylum seekers. This "
      "is a Home Office contract, not a council decision. I've asked for a briefing and will share "
      "what I can. Please keep it civil on here.", "filler", note=PAGE),
    C("Dean Rolfe", "Shame if that old hotel caught fire one night. Just saying.", "positive",
      allowed=[BUL, EQ], note=LEFT + ": a veiled call to arson against asylum seekers"),
    C("Lorraine Gale", "Bunch of dinghy-hopping parasites. Send them back where they came from, we "
      "don't want their sort on the Isle", "positive", allowed=[EQ, AB],
      note=LEFT + ": racist abuse"),
    C("Pete Hibberd", "Sue, will there be a drop-in for residents? My mum lives two doors up and she's "
      "worried, she just wants to know what's going on.", "hard_negative", note=CIVIL),
    C(None, "Yes Pete, I'm pushing for one at the Stonecutters' Hall. I'll post the date as soon as "
      "I have it.", "hard_negative", note=OWNER + ", under a post where abuse stays up"),
    P("Durnmouth pier reopens Saturday after the winter repairs. Big thanks to the Pier Trust "
      "volunteers who did all the painting.", "filler", note=PAGE),
    C("Shaun Brett", "Pier Trust treasurer Keith Barfoot has had his hand in the till for years, ask "
      "him where the bucket money goes. Crook.", "positive", allowed=[DEF, PA],
      note=LEFT + ": theft alleged against a named private person"),
    C("Mandy Frampton", "Lovely job. Shame they still charge locals the same as the grockles though!",
      "hard_negative", note="mild complaint using local idiom; nothing allowed"),
])

# Martin Samways (Liberal Democrat)
account("@MartinSamwaysLD", MOD, "positive", "facebook", "councillor", [
    P("Wendbridge Pride is back on the Quay this June and the council has given it a small events "
      "grant. Stalls, music, and the rowing club running a dragon boat race. All welcome 🏳️‍🌈",
      "filler", note=PAGE),
    C("Terry Hawes", "Keep that filth away from our kids. Perverts the lot of them. Not in "
      "Wendbridge.", "positive", allowed=[EQ, AB], note=LEFT + ": homophobic abuse"),
    C("Gail Northover", "Martin Samways you're a fucking disgrace wasting our council tax on this "
      "shit. Hope you lose your seat you twat", "positive", allowed=[AB, PA],
      note=LEFT + ": obscene abuse at the page owner"),
    C("Jo Keats", "Brilliant, the dragon boats were the best bit last year. Will there be a quiet space "
      "for the little ones again?", "hard_negative", note=CIVIL),
    C(None, "There will Jo, in the library garden like last year.", "hard_negative", note=OWNER),
    P("Flood gates on Wendbridge South Quay tested this morning with the Environment Agency. All "
      "working. If you're on the river side of Mill Lane, the sandbag store is at the fire station.",
      "filler", note=PAGE),
    C("Darren Pitman", "Keith Stainer at 14 Mill Lane has been nicking the sandbags for his allotment. "
      "He's got previous for theft, everyone knows", "positive", allowed=[DP, DEF],
      note=LEFT + ": a private person's name, address and alleged criminal record"),
])

# Dawn Loveless (Labour)
account("@DawnLovelessLab", MOD, "positive", "facebook", "councillor", [
    P("Met the police and housing officers on Northmoor today about the bikes on the Lookout green. "
      "Extra patrols this week and the youth bus is back on Friday nights. If you've got footage, "
      "send it to the police, not to me.", "filler", note=PAGE),
    C("Kerry Spinney", "It's Callum Rose from 22 Gannet Close, the one with the orange scrambler. His "
      "mum's a smackhead and does nothing about him", "positive", allowed=[DP, PA],
      note=LEFT + ": a child named with his address, his mother's drug use"),
    C("Lee Cake", "If the police won't do anything we will. Few of us going down there Friday with "
      "bats. The little scrotes won't be riding anything after that.", "positive", allowed=[BUL, AB],
      note=LEFT + ": a threat of violence"),
    C("Babs Tucker", "Thanks Dawn. The youth bus made a real difference last summer, glad it's back.",
      "hard_negative", note=CIVIL),
    P("Damp and mould drop-in at the Northmoor community flat, Tuesday 4-6. Bring photos and your "
      "tenancy number and Housing will log it there and then.", "filler", note=PAGE),
    C("Nicky Frost", "Same council that let a Paki family jump the queue for the new flats on Gannet "
      "Close while the rest of us wait six years", "positive", allowed=[EQ, AB],
      note=LEFT + ": a racial slur"),
    C("Stacey Brine", "Dawn I can't make Tuesday, is there an email for the photos?", "hard_negative",
      note=CIVIL),
    C(None, "Hi Stacey, send them to housing.repairs@example.org with your address in the subject "
      "line and mention my name. Dawn x", "hard_negative",
      note=OWNER + "; a council service address"),
])

# Jeremy Toop (Conservative)
account("@JeremyToopCon", MOD, "positive", "facebook", "councillor", [
    P("Chalkgap castle car park: the resident permit trial starts next month. Visitors can use the "
      "park and ride at Ridgeway Farm, with a shuttle every 20 minutes.", "filler", note=PAGE),
    C("Rich Mowlam", "That park and ride was stitched up. Josh Ebdon in planning took a backhander "
      "off the Ridgeway Farm lot, ask him how he paid for the new Range Rover", "positive",
      allowed=[DEF, OFF], note=LEFT + ": bribery alleged against a named officer"),
    C("Mick Hardy", "Grockles are a plague. Fat sweaty brummie c*nts in Audis blocking the gap every "
      "weekend, tow the fucking lot into the sea", "positive", allowed=[AB],
      note=LEFT + ": obscene abuse of visitors"),
    C("Sarah Bowering", "Will the permits cover carers? My dad's carers come four times a day.",
      "hard_negative", note=CIVIL),
    C(None, "Yes Sarah, carers' permits are free. The form goes live next week and I'll post it "
      "here.", "hard_negative", note=OWNER),
    P("The Ridgeway footpath from the gap to the coastguard cottages is open again after the landslip "
      "repair. Thank you to the rangers.", "filler", note=PAGE),
    C("Phil Grout", "Marian Stroud at 3 Coastguard Cottages is the one who keeps putting the private "
      "signs up. Her mobile's 07700 900418, give her a ring and tell her what you think", "positive",
      allowed=[DP, SEC, BUL],
      note=LEFT + ": a private person's address and mobile number, inviting people to ring her"),
    C("Gwen Strange", "Walked it this morning, lovely job. The vuzz is all out in flower up top.",
      "hard_negative", note=CIVIL),
])

# Hazel Ridout (Green)
account("@HazelRidoutGreen", MOD, "positive", "facebook", "councillor", [
    P("The heath fire at Sallowmoor Common last night burnt about ten hectares of nightjar and sand "
      "lizard habitat. Almost certainly a disposable barbecue. Please, please don't.", "filler",
      note=PAGE),
    C("Jason Rawles", "Find whoever did it and throw them on the next fire. Dead serious.",
      "positive", allowed=[BUL], note=LEFT + ": a threat of violence"),
    C("Tina Cleaver", "It was them lads off Northmoor, Ryan Batt and his brother, they live on "
      "Kestrel Way by the garages. Been done for arson before.", "positive", allowed=[DP, DEF],
      note=LEFT + ": named private people, their street and an alleged criminal record"),
    C("Colin Daw", "Heartbreaking. We saw the smoke from Whinbarrow. Thank you to the fire crews.",
      "hard_negative", note=CIVIL),
    P("Motorbikes on the heath tracks at Nightjar Cross again. I've asked the rangers and police for a "
      "joint patrol. Please send dates and times, and no vigilante stuff.", "filler", note=PAGE),
    C("Carl Yeo", "Hazel you stupid bitch you've done fuck all about it in two years, useless green "
      "wanker", "positive", allowed=[AB, PA, EQ], note=LEFT + ": obscene abuse at the page owner"),
    C(None, "Thanks everyone. Rangers are out Saturday morning with the police off-road bike team.",
      "hard_negative", note=OWNER + ", under a post where abuse stays up"),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard negatives (rude but acceptable, owner replies, a removal)
# ---------------------------------------------------------------------------
ROBUST = "robust or rude comment at the council or a policy; acceptable, nothing allowed"

# Terry Gover (Independent)
account("@TerryGoverInd", MOD, "hard_negative", "facebook", "councillor", [
    P("Sallowmoor oilfield lorries: the operator has agreed no HGVs through the village before 9 or "
      "after 4 in term time. Not perfect, but it's a start.", "hard_negative", note=PAGE),
    C("Bill Frampton", "Not perfect? It's useless Terry. They'll ignore it like they ignore everything. "
      "You lot couldn't organise a pub crawl in a brewery.", "hard_negative", note=ROBUST),
    C(None, "Fair challenge Bill. If you see one outside the hours, get the time and the fleet number "
      "and I'll chase it.", "hard_negative", note=OWNER),
    C("Denise Trim", "Whole district's a proper caddle from top to bottom. Every one of them up for "
      "election wants binning at the ballot box.", "hard_negative", note=ROBUST),
    P("I've removed a comment from yesterday's post that named a family and their children. Disagree "
      "with me all you like, but I won't have kids named on my page. Same rule for everyone.",
      "hard_negative", note="a removal notice: the owner moderating"),
    C("Gaz Cull", "So much for free speech then Terry. Typical councillor.", "hard_negative",
      note=ROBUST),
    P("Planning appeal decision on the Sallowmoor chalets is due soon. Whatever it says, I'll post the "
      "full letter here.", "hard_negative", note=PAGE),
    C("Rita Hollis", "The DFLs will buy the lot as second homes, same as they did in Chalkgap. The "
      "Isle's being sold off one grockle box at a time.", "hard_negative",
      note=ROBUST + "; incomers and visitors are not a protected group"),
])

# Anjali Varma, Cabinet Member for Harbour (Darren Yeatman's target)
account("@AnjaliVarmaLD", MOD, "hard_negative", "facebook", "councillor", [
    P("Ockhaven harbour plan consultation closes on Friday. Drop-in at the Fish Quay shed tomorrow, "
      "3-7pm. I'll be there with the Harbour Master.", "hard_negative", note=PAGE),
    C("Steve Crocker", "With respect Cllr Varma the plan's a dog's dinner. Crabbers lose the east quay "
      "and the yachts get the lot. Back to the drawing board.", "hard_negative", note=ROBUST),
    C(None, "Thanks Steve, that's exactly what I need to hear at the drop-in. The east quay isn't "
      "settled. Come and tell Mark and me.", "hard_negative", note=OWNER),
    C("Lynn Pond", "Looks like a marina brochure with a few lobster pots stuck on for show. Shameful.",
      "hard_negative", note=ROBUST),
    P("Thank you to the sixty-odd people who came to the Fish Quay shed. Strong views on berths and the "
      "slipway, and every one of them is going in the report.", "hard_negative", note=PAGE),
    C("Dave Chinchen", "Half of us never got a word in. Councillors never listen to the fishing "
      "families anyway.", "hard_negative", note=ROBUST),
    C("Jackie Masters", "You stood there four hours and took it on the chin. Didn't agree with half of "
      "what you said but fair play to you.", "hard_negative", note=CIVIL),
])


# ---------------------------------------------------------------------------
# the script
# ---------------------------------------------------------------------------
def weekdays():
    days, d = [], FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def finish(acc, row):
    """Apply the set's conventions to one hand-written row."""
    pattern, kr = acc["pattern"], row["kr"]
    rules, allowed = list(row["rules"]), list(row["allowed"])
    if kr == "positive":
        rules = [pattern] + rules
    elif kr == "filler" and acc["role"] == "positive":
        allowed = [pattern] + allowed
    return rules, allowed, (pattern if kr in ("positive", "filler") else "hard_negative")


def build():
    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for acc in ACCOUNTS:
        rows = acc["rows"]
        tops = [i for i, r in enumerate(rows) if r["kind"] != "comment"]
        has_comments = {i for i in tops if i + 1 < len(rows) and rows[i + 1]["kind"] == "comment"}
        n = len(tops)
        when, parent, prev = {}, None, None
        for k, i in enumerate(tops):
            lo, hi = k * len(days) // n, (k + 1) * len(days) // n - 1
            day = days[rng.randint(lo, hi)]
            hour = rng.randint(8, 12) if i in has_comments else rng.randint(8, 18)
            when[i] = datetime.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
        for i, row in enumerate(rows):
            rules, allowed, family = finish(acc, row)
            if row["kind"] == "comment":
                t = prev + datetime.timedelta(minutes=rng.randint(4, 55))
            else:
                t = when[i]
            obj = {
                "id": None,
                "text": row["text"],
                "author": acc["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": row["kind"],
            }
            if row["kind"] == "comment":
                obj["comment_by"] = row["by"] or acc["handle"]
                obj["parent_id"] = parent
            obj["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
            obj["family"] = family
            obj["account_pattern"] = acc["pattern"]
            obj["account_role"] = acc["role"]
            obj["kind_of_row"] = row["kr"]
            obj["note"] = row["note"]
            if row["kind"] == "post":
                parent = obj
            prev = t
            out.append(obj)
    rng.shuffle(out)
    for n, obj in enumerate(out, 1):
        obj["id"] = "%s-%04d" % (SET, n)
    for obj in out:
        if obj["kind"] == "comment":
            obj["parent_id"] = obj["parent_id"]["id"]
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out).encode("utf-8")


def main():
    data = build()
    if "--stdout" in sys.argv[1:]:
        sys.stdout.buffer.write(data)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "posts.jsonl"), "wb") as f:
        f.write(data)
    print("wrote posts.jsonl: %d rows" % data.count(b"\n"))


if __name__ == "__main__":
    main()
