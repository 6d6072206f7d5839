#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b142 (account-level rules).

Every row below was written by hand for this set. The script only picks the
days and times (fixed seed), shuffles, assigns ids B142-NNNN, resolves each
comment's parent_id and computes each verdict as the highest base severity of
the rules expected. Running it twice gives the same file byte for byte.
Standard library only.

Usage: python3 build.py            writes accounts.jsonl next to this file
       python3 build.py --stdout   prints it instead
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B142"
SEED = 14242
FIRST_DAY = dt.date(2026, 9, 1)
LAST_DAY = dt.date(2026, 11, 27)

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
SC = "security.credentials"

# Base severities (the lower one where RULES.md says "review; block when severe").
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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
ORDER = ["ok", "advice", "review", "block"]


# ---------------------------------------------------------------- row helpers
def _row(kind_of_row, text, note, R=(), A=(), kind="post", by=None):
    return {"kind_of_row": kind_of_row, "text": text, "note": note,
            "rules": list(R), "allowed": list(A), "kind": kind, "by": by}


def P(text, note, R=(), A=(), kind="post"):
    """Positive row: the account rule is added to the expected rules."""
    return _row("positive", text, note, R, A, kind)


def F(text, note, kind="post"):
    """Filler row: expects nothing (allows the account rule in positive accounts)."""
    return _row("filler", text, note, (), (), kind)


def N(text, note, R=(), A=(), kind="post"):
    """Hard-negative row: never expects or allows the account rule."""
    return _row("hard_negative", text, note, R, A, kind)


def C(row, by, text, note, R=(), A=()):
    """A comment under the page owner's most recent post above it."""
    return _row(row, text, note, R, A, "comment", by)


def account(author, platform, pattern, role, rows, kind="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern,
            "role": role, "account": kind, "rows": rows}


# ======================================================================
# harassment.repeated-target: positive accounts
# ======================================================================
ACCOUNTS = [
    # Craig Bould (Reform UK, Kilnfold West) -> Gillian Brassington, Leader. 4 hostile.
    account("@CraigBouldReform", "x", HR, "positive", [
        F("Oatcake shop on Wharf Road reopens Monday after the fire. Cheese, bacon and a bit of tomato for me. Good to have them back in Kilnfold.",
          "filler: ward news, oatcakes"),
        P("So the Leader finally found Kilnfold. Eleven minutes by the bottle ovens, three photos, turned her nose up at an oatcake, asked where you get a flat white round here, and back in the Range Rover. Gillian, love, the wellies were spotless. That's how we knew.",
          "hostile occasion 1 against Gillian Brassington: mockery of a ward visit, no insult word; personal attack and irony allowed",
          A=[PA, IR]),
        P("Watched the full council webcast back. Gillian reading the council tax figures off her sheet like someone doing the big-print hymn book at chapel, losing her place twice. Somebody fetch the woman a cuppa and a sit-down, she's done her bit.",
          "hostile occasion 2: belittling by age-coded comparison; equality allowed for the age framing",
          R=[PA], A=[EQ]),
        F("Bus 18 to Crawstone cancelled again at 07.40. Third time this fortnight. Written to the operator and copied in the county. Kids getting marked late at school for something they can't help.",
          "filler: bus complaint"),
        P("@GillBrassington Another big cardboard cheque, another big smile. Do they let you write the numbers on it yourself now, or is that still a job for the grown-ups? 👏👏",
          "hostile occasion 3: an @reply with mock applause and infantilising; irony expected, personal attack allowed",
          R=[IR], A=[PA], kind="reply"),
        P("Gillian's blocked me. Fine. I'll just say it here every week instead, because you do read these, Gillian, we both know you do. Wednesday mornings at the library in Crawstone, that's your surgery, isn't it? Save me a seat.",
          "hostile occasion 4: pursues her after being blocked and names her weekly routine; bullying allowed",
          A=[BU]),
    ]),

    # Philip Hambleton (Conservative, Wythenlow) -> Ellie Fradley (Green). 3 hostile.
    account("@PhilHambletonCon", "facebook", HR, "positive", [
        F("Wythenlow Fields: the developer's drainage report is finally on the planning portal. Residents who flooded in 2024, please have a look and send your comments in before the deadline. Happy to sit with anyone who struggles with the website.",
          "filler: planning notice, no view expressed"),
        P("Councillor Fradley turned up to the Wythenlow flood meeting on her bike, in the rain, then spent ten minutes telling farmers whose families have been here four hundred years how soil works. Sweet, really. She'll have read a leaflet.",
          "hostile occasion 1 against Ellie Fradley: condescending mock praise ('Sweet, really'); personal attack allowed",
          R=[IR], A=[PA]),
        F("Well done to Wythenlow Primary's Year 6 on the road safety poster competition. The winning one is going up by the crossing on Church Lane.",
          "filler: school competition"),
        P("Our Ellie's latest plan: close the moor road on Sundays so the cyclists can have it. Lovely. Maybe the lambs can get the bus. The girl has never had to get a trailer of tups up Fernyclough in February in her life, and it shows every time she opens her mouth.",
          "hostile occasion 2: 'Our Ellie', 'the girl'; belittling; equality allowed for the sex/age put-down",
          R=[PA], A=[EQ, IR]),
        F("Grit bins on Back Lane and Top Road refilled by the county today after a few of you rang. Thanks for the nudge.",
          "filler: grit bins"),
        P("Ellie Fradley has put out yet another video about curlews. Four minutes, lovely lighting, she does that little head tilt. If she put half as much effort into her casework as her ring light, Fernyclough might see her in person one day.",
          "hostile occasion 3: mockery of her manner and appearance on video",
          R=[PA]),
    ]),

    # Danny Ridgway (Labour, Crawstone Tenter Bank) -> Trevor Mountford, Deputy Leader and Finance. 5 hostile.
    account("@DannyRidgway", "x", HR, "positive", [
        P("Trev the Calculator was on form at budget scrutiny. Asked where the £1.2m for the leisure centre went, he said 'it's in the appendix'. Which appendix, Trevor? He didn't know. Man's been doing sums since decimalisation and still counts on his fingers.",
          "hostile occasion 1 against Trevor Mountford: nickname and belittling; the decimalisation jab allows equality (age)",
          R=[PA], A=[EQ]),
        F("Tenter Bank: the jitty behind Silk Street has been cleared at last, and the lamp's fixed. Took four emails and a photo of a mattress. Thanks to the crew who did it.",
          "filler: alley cleared"),
        P("@TrevMountfordCon Golf's gone well this week then, Trev? Eighteen holes and not one answer. You'd make a cracking weather vane, spinning whichever way the Leader blows.",
          "hostile occasion 2: @reply mocking him as a weather vane",
          R=[PA], A=[IR], kind="reply"),
        P("Quick maths for the Finance lead, since he struggles: car parks up 40p, footfall down, market stalls empty. My lad's Year 4 homework has more joined-up thinking than Trevor Mountford's medium-term plan. Gold star for trying though, Trev ⭐",
          "hostile occasion 3: belittling with mock praise ('Gold star for trying')",
          R=[PA, IR]),
        F("Free school meals over half term: if your family is struggling, the Tenter Bank hub on Mill Street has vouchers and nobody asks awkward questions. Pass it on.",
          "filler: support notice"),
        P("Hearing the Con group are having a whip-round to buy Trevor a new calculator for Christmas. Save your money, lads. Nothing wrong with the machine, it's the bloke pressing the buttons. #CrawstoneBudget",
          "hostile occasion 4: a joke at his expense, no stock insult",
          R=[PA]),
        F("Crawstone Library keeping its Saturday hours after the petition. 2,300 names. People power, that.",
          "filler: library petition"),
        P("Let's stop pretending. Trevor Mountford moved £400k out of the reserves and cooked the figures so full council wouldn't see it before the vote. He knew exactly what he was doing. That's not a mistake, that's fraud.",
          "hostile occasion 5 (the maximum): an allegation of fraud stated as fact; defamation expected",
          R=[DEF], A=[PA]),
    ]),

    # Derek Salt (Independent, Corbie Edge) -> Fiona Machin, Head of Planning (an officer). 3 hostile.
    account("@DerekSaltInd", "facebook", HR, "positive", [
        F("Corbie Edge Top car park: the honesty box has been nicked again. If anyone saw a silver van up there on Tuesday evening, ring 101. The parish are getting a proper meter in.",
          "filler: theft from honesty box"),
        P("Had the pleasure of Fiona Machin's company at the Corbie barn conversion site visit. She looked at the dry stone wall like it might bite her, asked which way was north, and stood in the lee of the Land Rover the whole time in her town shoes. This is who decides what gets built on our moor.",
          "hostile occasion 1 against the Head of Planning: mockery of an officer in public; officers expected, personal attack allowed",
          R=[OF], A=[PA]),
        F("Thanks to the volunteers who rebuilt the stile on the Edge path. Gritstone's heavy stuff; there were some sore backs in the Quarryman's after.",
          "filler: footpath volunteers"),
        P("Fiona's report on the Corbie quarry extension: 46 pages, copied and pasted from the applicant's own brochure by the look of it, spelling mistakes and all. Fiona, duck, you're meant to read them before you sign them. Or is that extra?",
          "hostile occasion 2: belittling an officer and insinuating her report is the applicant's; defamation and irony allowed",
          R=[OF, PA], A=[DEF, IR]),
        F("Crawstone hospice fun run Sunday. I'm marshalling at the Edge turn. Wave, I'll be the one in the orange bib with a flask.",
          "filler: charity run"),
        P("Third time I've raised Fiona Machin on here and I'll keep going till she's moved on. Everyone at Corbie knows her car now. Maybe she'd like to explain herself at the village hall, face to face, with the whole village in. I'll book it. Her choice if she turns up.",
          "hostile occasion 3: 'Everyone at Corbie knows her car now' and a summons before the village; bullying expected",
          R=[OF, BU]),
    ]),

    # Victoria Lowndes (Conservative, Ravenslow) -> Kirsty Heath (Labour). 3 hostile.
    account("@VickyLowndes", "bluesky", HR, "positive", [
        F("Well dressing committee AGM Thursday, 7.30, Ravenslow Reading Room. We need a new treasurer and somebody who isn't frightened of clay. All welcome.",
          "filler: village committee"),
        P("Kirsty Heath's motion tonight had four 'basically's, two 'literally's and a 'to be fair' in the first minute. I counted. Aw. She's trying her best, and that's what counts, isn't it, duck? Not everyone's cut out for a council chamber.",
          "hostile occasion 1 against Kirsty Heath: mock sympathy; irony expected, personal attack allowed",
          R=[IR], A=[PA]),
        F("Speed survey on the road through Ravenslow comes back next month. Thank you to the residents who sat out with the clipboard in that wind.",
          "filler: speed survey"),
        P("Whoever writes Kirsty's press releases, please keep going, because when she goes off-script on the radio we get 'we was' and 'them figures'. Kilnfold deserves someone who can string a sentence together in public.",
          "hostile occasion 2: mocking her speech",
          R=[PA]),
        F("Ravenslow Show raised £3,140 for the air ambulance. The sheep-shearing demo drew the biggest crowd. Huge thanks to the show committee.",
          "filler: show total"),
        P("Kirsty Heath is on about 'pot bank wages' again as if she's Karl Marx. Kirsty, you did two summers packing mugs. Lovely. That isn't a politics degree and it isn't a career, and everyone in that chamber can see it, even if your lot are too polite to say.",
          "hostile occasion 3: class put-down (not a protected characteristic)",
          R=[PA]),
    ]),

    # Lee Boulton (Labour, Kilnfold East) -> Wayne Shenton (Reform UK). Exactly 2 hostile among 5 filler.
    account("@LeeBoultonLab", "x", HR, "positive", [
        F("Kilnfold East litter pick Saturday from the canal basin. Gloves and grabbers provided. Last time we filled 31 bags and found a shopping trolley from a shop that shut in 2009.",
          "filler: litter pick"),
        F("Good news: the community fridge at St Chad's Hall now opens Tuesdays too. Anyone can use it, no questions.",
          "filler: community fridge"),
        P("Wayne Shenton's contribution to the housing debate: a ten-minute speech about 'people coming here' that he read off his phone word for word, down to the bit in brackets. Wayne, duck, you're meant to take the stage directions out.",
          "hostile occasion 1 against Wayne Shenton: ridicule of how he spoke; personal attack and irony allowed",
          A=[PA, IR]),
        F("Canal towpath from Wharf Road to the lock is shut for resurfacing till the 20th. Diversion via Pottery Lane, which is muddy. Boots.",
          "filler: towpath closure"),
        F("Thanks to the women on the oatcake stall at Kilnfold market who kept serving through the power cut. Proper community spirit.",
          "filler: thanks"),
        P("Three months on the council and Wayne's yet to ask a question that wasn't written for him by head office. I've seen more original thought on the back of a sauce bottle. The lad's a mouthpiece with a rosette.",
          "hostile occasion 2 (the minimum of two): belittling",
          R=[PA]),
        F("Kilnfold Vale U12s won the county cup. Unbeaten season, in kit paid for with a car-boot sale. Chuffed for every one of them.",
          "filler: junior football"),
    ]),

    # Alan Goldstraw (Edge and Valley Independents, Wythenlow) -> Jas Sandhu, Labour group leader. 3 hostile.
    account("@AlanGoldstraw", "facebook", HR, "positive", [
        F("Wythenlow surgery this Saturday in the Methodist schoolroom, 10 till 12. Tea, biscuits, and the latest on the Fields estate.",
          "filler: surgery notice"),
        P("Councillor Sandhu gave us another lecture last night. Slides and all. She explained council tax to a room of people who've paid it for forty years, slowly, like we were her first years. Doctor Sandhu, we're not your students. Some of us can even read.",
          "hostile occasion 1 against Jas Sandhu: mocking her as a lecturer talking down; personal attack and irony allowed",
          A=[PA, IR]),
        F("Thanks to everyone who helped get the Wythenlow bench back in place. Memorial plaque cleaned and looking smart.",
          "filler: bench restored"),
        P("Jas Sandhu wants 'co-production' and 'stakeholder mapping' for the Kilnfold youth centre. In English, that means a consultant, a flip chart and no youth centre. Our Jas has never met a problem she couldn't turn into a PowerPoint. Bless.",
          "hostile occasion 2: jargon mockery ending 'Bless'; irony expected",
          R=[IR], A=[PA]),
        F("Wythenlow Fields: please report mud on the road from the site lorries with a photo and the time, and I'll pass them straight to the county.",
          "filler: site lorries"),
        P("Jas, I'm told you got mardy about last week's post. Good. I've plenty more. You'll find I'm at every meeting you're at, and I've a long memory and a lot of friends in Kilnfold who remember your family's shop and what happened with it. Think on.",
          "hostile occasion 3: veiled menace about her family ('Think on'); bullying expected, defamation allowed for the insinuation",
          R=[BU], A=[DEF]),
    ]),

    # Roy Ball (Edge and Valley Independents, Harrowdale) -> Owen Myatt (Liberal Democrat). 4 hostile.
    account("@RoyBallEVI", "bluesky", HR, "positive", [
        P("Owen Myatt's farm shop lasted eight months. Now he wants to advise the council on the visitor economy. I wouldn't let Owen run the tombola at Harrowdale fete, never mind a tourism strategy.",
          "hostile occasion 1 against Owen Myatt: ridicule of his business; personal attack allowed",
          A=[PA]),
        F("Harrowdale bus shelter glass replaced. Whoever keeps kicking it in, the camera's live now.",
          "filler: bus shelter"),
        P("Spotted our Lib Dem friend at the Ravenslow Show, wandering about in a wax jacket that still had the label on, telling people about sheep. His dad did the work on that farm; Owen does the talking. Always has.",
          "hostile occasion 2: mockery without insult words; personal attack allowed",
          A=[PA]),
        F("Harrowdale Reading Room roof appeal has passed £10k. Thank you to everyone who's chipped in, especially the Thursday quilting group and their raffle.",
          "filler: roof appeal"),
        P("@OwenMyattLD Ay up, lovely speech on 'listening to rural voices', Owen. Really moving. Shame you nodded off in the last two planning committees. Maybe the rural voices could try whispering you awake. 😴",
          "hostile occasion 3: @reply with mock praise",
          R=[IR], A=[PA], kind="reply"),
        F("Gritting: the county's priority routes map is on their website. Harrowdale Lane is NOT on it again. I've asked, and I'll keep asking.",
          "filler: gritting routes"),
        P("Owen, I know your tups are on the top field above the Wend this month. Lovely spot. Be a shame if you had to spend the winter watching that gate instead of making speeches. Just saying.",
          "hostile occasion 4: a veiled threat to his livestock; bullying expected",
          R=[BU]),
    ]),

    # ======================================================================
    # harassment.repeated-target: hard-negative accounts
    # ======================================================================
    # Rosalind Pegg (Liberal Democrat, Crawstone Market): civil criticism of the Leader's decisions, five times.
    account("@RosPeggLD", "facebook", HR, "hard_negative", [
        N("The Leader's decision to put Carr Street car park up to £1.60 an hour is the wrong call for Crawstone market traders. I've written to Gillian Brassington asking her to look at the footfall figures before it takes effect. Our Monday stallholders can't absorb another hit.",
          "civil criticism of a decision (1 of 5)"),
        N("Gillian Brassington told full council the library cuts are 'about efficiency'. I respect that she's got a hard budget, but closing Crawstone Library on Saturdays hits working families hardest. I'll be moving an amendment and I hope she'll hear it out.",
          "civil criticism of a decision (2 of 5)"),
        F("Butter Cross Christmas lights switch-on is confirmed. Thanks to Crawstone Traders and the silver band for sorting the music again.",
          "filler: lights switch-on"),
        N("Credit where it's due: the Leader backed down on Saturday library hours after the petition. That was the right decision and I told Gillian so at cabinet. A U-turn done graciously.",
          "approving mention of the same person (3 of 5)"),
        N("Still disagree with Gillian's decision to move the Monday market off the Butter Cross for the events programme. Traders weren't consulted and they've told me so in no uncertain terms. Asked again at cabinet today; the answer was 'under review'. I'll keep asking.",
          "civil criticism (4 of 5); 'I'll keep asking' is persistence about a decision"),
        N("Open invite to the Leader: Gillian, come and stand on the Market Place with me on a Monday at 7am while the stalls go up. Bring a flask, and a big coat if you're nesh. You'll hear more in an hour than in a month of reports.",
          "invitation to the same person (5 of 5); shares 'Monday', the market and local idiom with the positive side"),
    ]),

    # Jonah Beardmore (Green, Wythenlow): civil criticism of the Finance portfolio holder, with counter-speech.
    account("@JonahBeardmore", "bluesky", HR, "hard_negative", [
        N("Trevor Mountford's budget leans on reserves again to keep council tax flat. I understand the politics of it, but it stores up a bigger problem for 2028. I've asked him to publish the reserves forecast in full, and he's agreed to bring it to scrutiny.",
          "civil criticism of a budget (1 of 4)"),
        F("Wythenlow hedgerow planting this Sunday along Moss Lane. 400 whips, spades provided, hot soup from the Methodists.",
          "filler: hedgerow planting"),
        N("Second go at this: the Finance answer on the leisure centre boiler was that the capital had been 'reprofiled'. I asked Trevor what that means in plain English. To be fair to him, he gave a straight answer: it's put back a year. I think that's the wrong priority and I'll vote that way.",
          "civil criticism (2 of 4), crediting a straight answer"),
        N("Some of what's being posted about Trevor this week is beneath us. 'Trev the Calculator', fraud claims with no evidence behind them. I disagree with him on nearly every line of that budget, and I've said so in public more than once, but he's not a crook and he's not a joke. Argue the numbers.",
          "counter-speech: quotes the mockery to reject it (3 of 4)"),
        N("Final word on the budget from me for now: Trevor Mountford and I had a long chat after full council. We still disagree on reserves and on car parks, but he's agreed to a cross-party working group on the leisure centre. That's something.",
          "civil mention after disagreement (4 of 4)"),
    ]),

    # Tracey Bestwick (Labour, Harrowdale): one hostile post at Craig Bould, then two civil mentions.
    account("@TraceyBestwick", "x", HR, "hard_negative", [
        F("Harrowdale Brownies have raised the money for their camp. Thank you to everyone who bought a cake at the Co-op stall.",
          "filler: Brownies"),
        N("Craig Bould stood up tonight and called the Kilnfold food bank volunteers 'professional scroungers'. What a nasty, gormless little man. Apologise to them, Craig.",
          "a single hostile post: personal attack expected; one occasion is not a course of conduct",
          R=[PA]),
        F("Harrowdale Lane flooded again at the ford. Sandbags at the Reading Room, and the county has been told (again).",
          "filler: flooding"),
        N("Craig Bould has apologised to the food bank volunteers in writing. Fair play to him for that. We'll still disagree about plenty.",
          "civil mention of the same person"),
        F("Walk-in dementia café at Harrowdale chapel, first Tuesday of every month. Carers very welcome too.",
          "filler: dementia café"),
        N("Craig and I sat on the same side of the table tonight for once: both of us want the 18 bus kept on its evening run. Cross-party letter to the operator going out tomorrow.",
          "civil mention of the same person"),
    ]),

    # Hazel Wain (Edge and Valley Independents, Fernyclough): civil criticism of her own group's Norman Plant, five times.
    account("@HazelWainEVI", "facebook", HR, "hard_negative", [
        N("I don't agree with Norman Plant's decision to end free parking at Harrow Moss Reservoir on weekdays. Norman's a good friend and a fair man, and I've told him to his face: locals walking dogs at 7am aren't the tourists we're trying to charge.",
          "civil criticism of a decision (1 of 5)"),
        N("Norman's reply on the reservoir charges came through. He's kept the decision but promised a residents' permit. Better than nothing; I still think it's the wrong call and I've said so in writing.",
          "civil criticism (2 of 5)"),
        F("Upper Wend postbox has moved to the chapel wall. Collection still 9am.",
          "filler: postbox"),
        N("Third time on this, sorry Norman! The reservoir permit needs a paper form for people without smartphones. Half of Fernyclough is over 70 and the signal up here is a joke.",
          "civil criticism (3 of 5); 'Third time on this' counts the occasions"),
        N("Norman Plant is right about the Crawstone market stall fees, and I'll back him at cabinet. Different story from the reservoir, where I still think he's wrong. That's what a group without a whip is for.",
          "partly approving mention (4 of 5)"),
        N("One last go before budget council. Norman, the reservoir charges raised £11,000 this year by your own figures and cost far more than that in goodwill. Please look again. I'll move an amendment if I have to, and you'll see it in advance.",
          "civil criticism addressed to him directly (5 of 5)"),
    ]),

    # ======================================================================
    # capacity.mixed-account: positive accounts (council accounts with personal posts)
    # ======================================================================
    # Donna Hollins (Conservative, Crawstone Market, Leisure portfolio)
    account("@DonnaHollinsCM", "facebook", MX, "positive", [
        F("Crawstone Leisure Centre pool reopens Monday with the new changing village. Swimming lessons sign-up at reception, and the over-60s aquafit is back at 10am.",
          "council business: leisure centre"),
        P("Twenty-five years ago today I married the best man in Staffordshire, in the rain, at the chapel on Silk Street. He still brings me a brew in bed every morning. Love you, Pete ❤️",
          "personal: wedding anniversary; husband named, data protection allowed",
          A=[DP]),
        F("Heritage open days: the Silkmill engine house is open Saturday and Sunday, free, with the volunteers running the steam engine at 11 and 2.",
          "council business: heritage open days"),
        P("Back from a week in Menorca. Burnt nose, three paperbacks, and Pete finally learnt to snorkel. Bit of a shock seeing the rain coming over the Edge this morning. Nesh already!",
          "personal: holiday; husband named",
          A=[DP]),
        F("The new Crawstone walking trail leaflets are out at the TIC and the library. Forty pages, maps by a local artist, free.",
          "council business: tourism"),
        P("Dennis the pug is twelve today. He's had a sausage and a new squeaky hedgehog and is now snoring on the settee like a tractor.",
          "personal: pet's birthday"),
    ]),

    # Shaun Deakin (Labour, Crawstone Tenter Bank)
    account("@ShaunDeakinLab", "x", MX, "positive", [
        F("Tenter Bank residents: parking permit review drop-in Thursday at the Silk Street Methodist hall, 4-7pm. Come and tell us what's not working.",
          "council business: permit review"),
        P("Allotment update: leeks stood up like soldiers, onions drying in the shed, and the slugs had every last lettuce. Three years on plot 14 and I still haven't beaten them. Leeks are going in a lobby on Sunday.",
          "personal: allotment hobby"),
        F("Well done to the Tenter Bank tenants' association for getting the playground resurfaced. Five years of asking. The council finally listened.",
          "council business: playground"),
        P("Me dad's 80 today. Down the pit at Hobsbrook at fifteen, forty years on the face, and he still beats me at dominoes every Sunday. Happy birthday, old lad.",
          "personal: father's birthday and age; data protection allowed for the age",
          A=[DP]),
        F("Crawstone bus station toilets open again after the refit. Baby change on both sides now, which parents have asked for for years.",
          "council business: toilets reopen (mentions parents)"),
        P("Up at 4 for the Vale away game, home at midnight, lost 2-0, and I'd do it again next week. Season ticket since 1988, God help me.",
          "personal: football hobby"),
    ]),

    # Maureen Goodwin, Chairman of the Council (civic account)
    account("@CHDCChairman", "facebook", MX, "positive", [
        F("The Chairman's charity this year is the Corbie Mountain Rescue Team. First event: a barn dance at Ravenslow Reading Room. Tickets £8 including pie and peas.",
          "civic business: chairman's charity"),
        P("Forty years married to my Geoff today. Ruby anniversary! We went back to the little hotel in the Dales where we had our honeymoon and the same waiter is still there, if you can believe it.",
          "personal on the civic account: anniversary; husband named",
          A=[DP]),
        F("Honoured to present long-service awards at Crawstone fire station. Between them, the six firefighters have served 148 years. Thank you.",
          "civic business: awards"),
        P("Our Jean came over and we finally finished the 2,000-piece jigsaw of Whitby harbour. Took since August. The kitchen table is back, and Geoff can eat at it again instead of off a tray on his knee.",
          "personal: jigsaw with her sister; sister and husband named",
          A=[DP]),
        F("Civic service for Remembrance at Crawstone parish church on Sunday. All welcome; seats at the front for veterans and cadets.",
          "civic business: Remembrance"),
        P("Tibby brought a live frog in at 6am and let it go under the fridge. Geoff in his dressing gown with a colander. No frogs were harmed. One husband's dignity was.",
          "personal: the cat and a frog; husband named",
          A=[DP]),
    ]),

    # Owen Myatt (Liberal Democrat, Ravenslow), a sheep farmer
    account("@OwenMyattLD", "facebook", MX, "positive", [
        F("Ravenslow: the consultation on the Conservation Area boundary closes on the 30th. It matters for what you can do with your windows and walls, so please have a look.",
          "council business: conservation area"),
        P("Tupping time at ours. Rams raddled, ewes in the bottom field, and my youngest has named every one of last spring's lambs, which makes the autumn sale very awkward at teatime.",
          "personal: own farm and child (not named)"),
        F("Broadband: the Ravenslow and Upper Wend fibre scheme has hit its sign-up target. Spring, they say. I'll believe it when I see the van.",
          "council business: broadband"),
        P("Happy birthday to my wonderful wife Sian, who has put up with mud on the kitchen floor for nineteen years and still lets the dogs on the bed. Off to the Quarryman's for tea.",
          "personal: wife's birthday; wife named",
          A=[DP]),
        F("Our motion on rural bus services passed at full council with cross-party support. Thank you to everyone who filled in the survey.",
          "council business: motion"),
        P("Meg has retired. Fourteen years working the moor, and now she's claimed the spot in front of the Rayburn and won't be shifted. Well earned, old girl.",
          "personal: the sheepdog retires (no word 'dog', 'pet' or 'family')"),
    ]),

    # Lorraine Bloor (Conservative, Crawstone Silkmill)
    account("@LorraineBloor", "bluesky", MX, "positive", [
        F("Silkmill ward: new dropped kerbs going in on Chapel Street after residents with mobility scooters raised it. Thanks to the county for listening.",
          "council business: dropped kerbs"),
        P("Choir concert last night. We did the Karl Jenkins and I only came in early once. The altos are my people and I'd walk through fire for them.",
          "personal: choir hobby"),
        F("Council tax support: if your hours have been cut at work, check whether you qualify. It takes ten minutes online and the team will ring you back if you get stuck.",
          "council business: council tax support"),
        P("Half term with the grandchildren: one trip to the pottery museum, two trips to A&E (nothing broken, just a very dramatic knee), and roughly a hundred oatcakes. Exhausted. Wouldn't change it.",
          "personal: grandchildren; a child's injury allows data protection",
          A=[DP]),
        F("Silkmill heritage trail panels are in. Thank you to the Civic Society for the research and the old photos.",
          "council business: heritage trail"),
        P("We've finally got the new kitchen in. Eleven weeks of washing up in the bath. My other half has promised never again to say 'we'll just knock that wall through'.",
          "personal: home improvements"),
    ]),

    # Mo Hussain (Labour, Kilnfold East)
    account("@MoHussainKF", "x", MX, "positive", [
        F("Kilnfold East: the Hob Lane play area has new swings and a roundabout that wheelchairs can get on. Opened this morning by the kids from St Mary's.",
          "council business: play area (mentions children)"),
        P("Proudest day. My daughter Zara graduated in nursing today. First in our family to go to university. Her mum cried, I cried, the man next to us cried. 🎓",
          "personal: daughter named with her degree",
          A=[DP]),
        F("Kilnfold East surgery is at the library for October while the community centre roof is fixed.",
          "council business: surgery venue"),
        P("Last Sunday match of the season: 43 off 38 balls, then dropped the easiest catch in the history of the Moorlands League. The lads won't let me forget it. Worth it for the teas.",
          "personal: cricket hobby"),
        F("Fly-tipping on Pottery Lane cleared. Cameras going up. If you see someone dumping, note the reg and report it. Please don't confront them.",
          "council business: fly-tipping"),
        P("Booked our first proper holiday in six years. A cottage in the Lakes with a woodburner and no wifi. The kids are horrified. I can't wait.",
          "personal: family holiday"),
    ]),

    # Paula Finney (Labour, Hobsbrook)
    account("@PaulaFinneyLab", "facebook", MX, "positive", [
        F("Hobsbrook: free energy advice at the miners' welfare, Wednesday 10 till 2. Bring a recent bill.",
          "council business: energy advice"),
        P("Did it! First half marathon, 2 hours 31, and my knees are filing a formal complaint. Thank you to everyone in the Crawstone Harriers group chat who got me through the long Sunday runs.",
          "personal: running hobby (aching knees; compare the council charity walk on the hard-negative side)"),
        F("The Hobsbrook pit wheel lottery bid is in. Thanks to the heritage group for two years of work on it.",
          "council business: heritage bid"),
        P("Welcome to the world, Freddie, 7lb 2oz, our first grandson. Our Chloe did amazing. Nana Paula is already planning his first trip to the oatcake shop.",
          "personal: grandson and daughter named with birth weight",
          A=[DP]),
        F("Planning: Hobsbrook residents, the notice for the old Co-op site is on the lamppost on High Street. Comments go to the planning portal, not to me on Facebook, or they won't count.",
          "council business: planning notice"),
        P("Fifty today! Woke up to bunting, a cake in the shape of a bottle oven (don't ask) and himself singing badly. Off to the seaside for the weekend.",
          "personal: own birthday"),
    ]),

    # ======================================================================
    # capacity.mixed-account: hard-negative council accounts
    # ======================================================================
    # Carol Bagnall, Cabinet Member for Environment and Waste
    account("@CarolBagnallEVI", "facebook", MX, "hard_negative", [
        N("Brilliant turnout for the Ravenslow litter pick: 22 adults, 9 children and four very well-behaved dogs, one of whom found a 1997 crisp packet. 38 bags collected. Thank you all.",
          "council event with children and dogs; not personal"),
        N("Parents have asked whether the new food caddies are safe with toddlers about. Yes: the lid locks, and the crews will swap you a smaller one if yours is too heavy to carry. Just ask on collection day.",
          "parents and toddlers in a service message"),
        N("'My kids actually fight over who puts the recycling out now,' a mum in Kilnfold told me at the roadshow. Best review our new bins have had. Collection calendars for 2027 are on their way.",
          "a resident's quoted words about her children"),
        N("Dog fouling on the Wend Valley Way: it's a small number of owners spoiling it for everyone. Bags are free from the library and the market office. The wardens will be out at dawn and dusk.",
          "dogs and owners in an enforcement message"),
        N("Garden waste subscriptions for 2027 open Monday. Households on council tax support get half off. Tell your neighbours, especially older ones who don't do Facebook.",
          "households and neighbours in a service message"),
    ]),

    # Simon Cope (Conservative, Crawstone Market)
    account("@SimonCopeCon", "x", MX, "hard_negative", [
        N("Did the 12-mile hospice walk round the Edge for the Chairman's appeal. Legs have given up, calves like two bags of cement, but the council team raised £6,400 between us. Thank you to every sponsor.",
          "the councillor's own aching legs at a council charity walk; not personal content"),
        N("Crawstone Town juniors have new floodlights at the Ballfield thanks to the community grant. Over 200 kids train there every week, and parents can finally stop holding torches on the touchline.",
          "sport club, children and parents"),
        N("As a dad who's done the school run up Tenter Bank in the snow, I know the parking outside Silk Street Primary is chaos. New drop-off zone and a lollipop man start Monday.",
          "'As a dad' aside serving a council message"),
        N("Loneliness among older residents was the theme at the tea dance in the Town Hall today. One gentleman told me, 'I've not spoken to anybody since Tuesday.' That's why the befriending scheme matters. Volunteers wanted.",
          "a resident's quoted words"),
        N("Christmas market on the Market Place: 60 stalls, the silver band, and a grotto run by the Round Table. Family tickets for the grotto on sale at the TIC.",
          "family tickets at a community event"),
    ]),

    # Anil Mistry, Cabinet Member for Housing
    account("@AnilMistryCon", "bluesky", MX, "hard_negative", [
        N("41 households are in temporary accommodation across the district tonight, with 63 children among them. Every one of those children is a school bag packed in a B&B. That's why the Kilnfold Wharf homes matter.",
          "families and children in housing figures"),
        N("A resident in Hobsbrook said to me last week: 'My mum's been on the list since my lad was born, and he's at secondary now.' We have to do better. The allocations review goes to cabinet next month.",
          "a resident's quoted words about her mum and son"),
        N("Great turnout at the Diwali celebration at Kilnfold community centre. Sweets, fireworks safely behind the barriers, and the Kilnfold Vale youth team doing a very enthusiastic bhangra. Thank you to the organisers.",
          "community festival attended as a councillor"),
        N("If you're looking after a parent, a partner or a child at home, the housing adaptations team can help with grab rails, ramps and stairlifts, free for works under £1,000. Email adaptations@example.org or ask at any council office.",
          "carers' message naming parents, partners and children"),
        N("Show home open day at Kilnfold Wharf on Saturday for households on the housing register. Bring the kids: there's a colouring table, and the site manager has promised to keep everyone well away from the diggers.",
          "families and children invited to a council housing event"),
    ]),

    # ======================================================================
    # capacity.mixed-account: hard-negative separate personal accounts
    # ======================================================================
    account("@gill_up_the_edge", "bluesky", MX, "hard_negative", [
        N("Frost on the Edge this morning, sun coming up behind the gritstone, and the dog found the one puddle on the moor to lie down in. Perfect start.",
          "personal account: walk and dog"),
        N("Oatcake Sunday: two cheese and bacon, one cheese and tomato, and a pot of tea the size of a bucket. The grandchildren have voted it the best day of the week.",
          "personal account: family breakfast"),
        N("Sweet peas are done, dahlias hanging on. Lifting the tubers before the first proper frost. Any tips for keeping them in a damp garage?",
          "personal account: gardening"),
        N("Walked from Corbie to Fernyclough and back. 11 miles, two stiles I'm too old for, and a curlew right overhead. Legs say no; heart says yes.",
          "personal account: walking (aching legs on the personal side)"),
        N("Christmas cake made, wrapped and hidden on top of the wardrobe where small hands can't reach it. Eight weeks of feeding to go.",
          "personal account: baking"),
    ], kind="personal"),

    account("@ellie_on_gritstone", "x", MX, "hard_negative", [
        N("Finally sent the crack on the Corbie buttress that's been beating me since May. Fingers wrecked. Chuffed to bits.",
          "personal account: climbing"),
        N("Mum's lobby recipe, doubled, in the slow cooker since 8am. House smells like being seven again.",
          "personal account: cooking, mother not named"),
        N("Bike's in bits on the kitchen floor. Housemate has stopped asking. Anyone in Crawstone got a spare 11-speed chain?",
          "personal account: cycling"),
        N("Ay up, the bilberry jam from August has survived until November. A miracle, given who I live with.",
          "personal account: home life"),
        N("Nesh or not, dip at the reservoir this morning: 6 degrees. Screamed. Went back in. Would recommend, maybe not to my gran.",
          "personal account: cold-water swim"),
    ], kind="personal"),

    # ======================================================================
    # moderation.third-party-comments: positive accounts (Facebook pages)
    # ======================================================================
    # Norman Plant, Cabinet Member for Car Parks, Markets and Town Centres
    account("@NormanPlantEVI", "facebook", MOD, "positive", [
        F("Crawstone Monday market moves to the north side of the Market Place from next week while the Butter Cross steps are repaired. Six weeks, and every stall keeps its pitch.",
          "page owner's post"),
        C("hard_negative", "Sue Birks", "Will the fish van still be by the bank? My mum only comes in for that.",
          "civil question"),
        C("hard_negative", "@NormanPlantEVI", "Yes Sue, the fish van stays put. Tell your mum I said ay up.",
          "owner reply to a civil comment, under the same post as abusive comments left up"),
        C("positive", "Gaz Tomkinson", "Norman Plant you doddery old sod, wants pensioning off. Full of shite the lot of you.",
          "abusive, age-based comment at the page owner left up",
          A=[PA, AB, EQ]),
        C("positive", "Kayleigh Dale", "The market inspector is on the take, everybody knows it. His mates get the best pitches for a backhander every Monday.",
          "corruption allegation about an identifiable council employee left up",
          A=[DEF, OF]),
        F("Carr Street car park: the new pay machines take cards and phones from today. The coin machines are staying too, for anyone who prefers cash.",
          "page owner's post"),
        C("hard_negative", "Pat Hulme", "About time. Took me three goes to find change last week.",
          "civil comment"),
        C("positive", "Dean Stubbs", "The black Audi that parks across two bays outside the bakers every morning is that Jordan from number 3 Carr Street. Go and have a word with him lads 👊",
          "names and locates a private person and urges people to confront him; left up",
          A=[DP, BU]),
    ]),

    # Jas Sandhu, Leader of the Labour Group
    account("@JasSandhuLab", "facebook", MOD, "positive", [
        F("Kilnfold community centre is hosting a welcome lunch on Saturday for the families who've moved into the new homes on Wharf Road, including some who've come here from Ukraine and Afghanistan. Bring a dish if you can. Everyone welcome.",
          "page owner's post"),
        C("positive", "Terry Unwin", "Welcome lunch for people who shouldn't be here in the first place. Send them back where they came from and look after our own.",
          "hostile comment about refugees by national origin left up",
          A=[EQ]),
        C("hard_negative", "Gemma Barks", "I'll bring a tray of oatcakes and some cheese. What time do you need helpers?",
          "civil comment"),
        C("hard_negative", "@JasSandhuLab", "Thanks Gemma! 11 o'clock for setting up would be brilliant.",
          "owner reply; the racist comments stay up"),
        C("positive", "Lisa Cartlidge", "Typical Sandhu looking after her own kind. Paki councillor for Paki families.",
          "racial slur at the page owner left up",
          A=[EQ, AB, PA]),
        F("Thank you to the 40 volunteers who made Saturday's lunch happen. 120 people fed, and a lot of new friendships made in Kilnfold.",
          "page owner's post"),
        C("hard_negative", "Ann Proctor", "Lovely day. The little lad who played the accordion stole the show.",
          "civil comment"),
        C("positive", "Mick Dawson", "Know where they've put them, Wharf Road numbers 2 to 14. Might pay them a visit one night and see how welcome they feel.",
          "threat against named homes of refugee families left up",
          A=[BU, DP, EQ]),
    ]),

    # Graham Tunnicliffe, Chair of Planning Committee
    account("@GrahamTunnicliffe", "facebook", MOD, "positive", [
        F("Local Plan consultation: the draft site allocations for Hobsbrook, Wythenlow and Kilnfold are out today. Eight weeks to comment. Drop-in at Hobsbrook miners' welfare on the 9th.",
          "page owner's post"),
        C("positive", "Ian Ratcliffe", "Barry Clewlow at Edgeview Developments has bought this whole committee. Brown envelopes in the Quarryman's car park, I've seen it with my own eyes.",
          "bribery allegation against a named company director left up",
          A=[DEF]),
        C("hard_negative", "Helen Knowles", "Where can I see the maps for Wythenlow? The link just downloads a 300-page PDF.",
          "civil question"),
        C("hard_negative", "@GrahamTunnicliffe", "Helen, the ward maps are on pages 40 to 52. Paper copies in Wythenlow library too.",
          "owner reply; the bribery comment stays up"),
        C("positive", "Shane Pointon", "Fuck your plan and fuck your consultation. Concrete the lot, you will anyway, you useless cunts.",
          "obscene comment left up",
          A=[AB, PA]),
        F("Planning committee site visit to the Kilnfold Wharf housing site is on Tuesday at 10. Members of the public can watch from the towpath; the committee can't discuss the application with anyone on site.",
          "page owner's post"),
        C("positive", "Karen Dyson", "The one holding all this up is Ron Pickford at 22 Lock Cottages. Retired teacher with nothing better to do. His number's 07700 900276 if anyone wants to tell him what they think.",
          "a private objector's name, address and phone number posted for others to contact; left up",
          A=[DP, SC, BU]),
        C("positive", "Jackie Brough", "Graham Tunnicliffe's wife sells houses for Edgeview and funny how he never declares it. Crooked as a dog's hind leg.",
          "dishonesty allegation against the page owner, naming his wife, left up",
          A=[DEF, PA, DP]),
        C("hard_negative", "Roger Plimmer", "With respect Graham, the last site visit was a farce: half the committee never got off the minibus. Make sure they walk the towpath this time.",
          "rude but acceptable criticism of the committee"),
    ]),

    # Kirsty Heath (Labour, Kilnfold West)
    account("@KirstyHeathLab", "facebook", MOD, "positive", [
        F("Kilnfold West youth club is back on Thursday nights at Hob Lane, 6 till 9, with two youth workers and a pool table that finally has all its balls. Free for 11 to 17 year olds.",
          "page owner's post"),
        C("positive", "Wendy Boot", "It'll be full of them Cartwright kids from Potters Close. The eldest, Kyle, is 14 and already dealing, and his mum's a smackhead. Ban them.",
          "names a child and his street, alleges crime and his mother's drug use; left up",
          A=[DP, DEF]),
        C("hard_negative", "Rachel Tatton", "My two went last week and loved it. Thank you to the youth workers.",
          "civil comment"),
        C("hard_negative", "@KirstyHeathLab", "Thanks Rachel, that's lovely to hear. I'll pass it on to the team.",
          "owner reply; the comment naming a child stays up"),
        C("positive", "Gary Shufflebotham", "Pool table, bless. What they need is a good hiding. Round them up and give them a kicking, that'll sort Kilnfold out.",
          "incites violence against local teenagers; left up",
          A=[BU, AB]),
        F("Pride picnic in Kilnfold Park on Saturday, organised by the Kilnfold LGBT+ youth group. I'll be there with the Labour stall. Bring a blanket.",
          "page owner's post"),
        C("positive", "Neil Birchall", "Keep your perverts away from our park and our kids.",
          "homophobic comment left up",
          A=[EQ, AB]),
        C("hard_negative", "Sam Oakden", "Is the park toilet open? Last time it was locked.",
          "civil question"),
        C("hard_negative", "Joan Riley", "Not my thing, Kirsty, and I think the council should keep out of it. But fair enough, it's a free country and it's a public park.",
          "disagreement, civil"),
    ]),

    # Bernie Podmore (Independent, Crawstone Silkmill)
    account("@BerniePodmore", "facebook", MOD, "positive", [
        F("Dog fouling on the Silk Street green is back. I've asked for the enforcement officer to patrol mornings for a fortnight. If you see it, report it online with the time and place.",
          "page owner's post"),
        C("positive", "Tina Goodall", "That enforcement officer Kieran Slack is a fat lazy waste of space. Sits in his van eating pasties all morning. Sack him.",
          "personal abuse of a named council officer left up",
          A=[PA, OF]),
        C("hard_negative", "Ken Whitehurst", "It's the same two dogs every morning. A black lab and a little terrier. Owners should be ashamed.",
          "civil complaint about unnamed owners"),
        C("positive", "Dawn Pattinson", "It's the woman at 9 Silk Street with the lab, Jenny Sutton. She's been done before, and she's on the sick with her nerves so she's got all day to walk it. Name and shame.",
          "private person's name, address and health left up",
          A=[DP]),
        F("Silkmill ward surgery has moved to the Tuesday this month because of the polling station. Same place, St Anne's hall, 6 till 7.",
          "page owner's post"),
        C("hard_negative", "Brian Cook", "Will you be at the Christmas lights too Bernie?",
          "civil question"),
        C("hard_negative", "@BerniePodmore", "I will Brian, I'm on the mince pie table.",
          "owner reply"),
        C("positive", "Darren Hurst", "Bernie Podmore took a grand off the bakery to get their planning through. Ask anyone on Silk Street.",
          "bribery allegation against the page owner left up",
          A=[DEF]),
    ]),

    # Bev Mellor (Edge and Valley Independents, Corbie Edge)
    account("@BevMellorEVI", "facebook", MOD, "positive", [
        F("Corbie Edge: three barbecue fires on the moor last weekend. Moorland fires are a disaster for ground-nesting birds. Please, no BBQs on the Edge, and report smoke on 999.",
          "page owner's post"),
        C("positive", "Lee Gratton", "It's them lot from the city in their Beemers. Next time I see a BBQ up there I'll put it out with them on it.",
          "threat of violence left up",
          A=[BU]),
        C("hard_negative", "Jo Bostock", "Thank you Bev. The fire service were up there three times in a week.",
          "civil comment"),
        C("positive", "Adrian Keates", "That ranger Pete Fallows is a useless prick, sat in his car watching it happen. I've got his home address if anyone wants it.",
          "abuse of a named ranger and an offer of his home address; left up",
          A=[AB, PA, BU, DP]),
        F("Good news: Corbie Edge Top car park will have a ranger on weekends through the winter, and new fire-risk signs in four languages.",
          "page owner's post"),
        C("hard_negative", "Steve Carr", "Four languages? What a waste of money. English is fine.",
          "rude but acceptable disagreement"),
        C("hard_negative", "@BevMellorEVI", "Steve, lots of the families who come up from the cities have grandparents who don't read English. If the signs stop one fire, they've paid for themselves.",
          "owner reply"),
        C("positive", "Wayne Proudlove", "Signs in Polish for the Poles who come up in vans and leave their cans everywhere. Should go back home, the lot of them.",
          "hostile comment by nationality left up",
          A=[EQ]),
    ]),

    # ======================================================================
    # moderation.third-party-comments: hard-negative accounts
    # ======================================================================
    # Martin Lovatt (Conservative, Harrowdale)
    account("@MartinLovattCon", "facebook", MOD, "hard_negative", [
        N("From January, grey bin collections in Harrowdale move to every three weeks. I know this won't be popular. The savings keep garden waste free for pensioners. Questions below and I'll answer them.",
          "page owner's post"),
        C("hard_negative", "Phil Shaw", "Three weeks? You lot couldn't organise a brew in a pot bank. Absolute joke of a council.",
          "rude about the council, acceptable"),
        C("hard_negative", "Debbie Knight", "Utterly ridiculous decision Martin. Families with babies in nappies will be overflowing by week two. Remember this at the ballot box, folks.",
          "robust criticism of a decision"),
        C("hard_negative", "@MartinLovattCon", "Debbie, households with children in nappies can have an extra bin for free. I'll post the form tomorrow.",
          "owner reply"),
        C("hard_negative", "Glen Bradbury", "Another brilliant idea from the geniuses in Crawstone. Have a word with yourselves.",
          "sarcasm at the institution"),
        N("As promised, the extra bin form for households with nappies or medical waste is on the council website under 'bins'. If you can't get online, ring the contact centre.",
          "page owner's post"),
        C("hard_negative", "Phil Shaw", "Still a mardy decision made by people who'll never have to live with it. But ta for the link, duck.",
          "rude but acceptable"),
        C("hard_negative", "Lynne Hancock", "Cllr Lovatt you're having a laugh if you think this saves money. Show us the figures.",
          "robust challenge to the page owner"),
        C("hard_negative", "@MartinLovattCon", "Fair ask, Lynne. The cabinet report with the figures is here, page 12: https://www.example.org/chdc/waste-review",
          "owner reply with a link"),
    ]),

    # Julie Sherratt (Labour, Crawstone Silkmill)
    account("@JulieSherrattLab", "facebook", MOD, "hard_negative", [
        N("Update on the Silkmill redevelopment: the developer has pulled out. I'm gutted and I know many of you are angry. I'll be asking cabinet what happens to the building now.",
          "page owner's post"),
        C("hard_negative", "Carl Beech", "Another white elephant. Whole council's a shower of muppets.",
          "rude about the council, acceptable"),
        C("hard_negative", "Mandy Hollinshead", "Julie you've done nothing on this from day one. Where were you when it was going wrong?",
          "robust criticism of the page owner's record"),
        C("hard_negative", "@JulieSherrattLab", "Mandy, I hear you. I've asked questions at four cabinets and the answers are in the minutes. Happy to go through them over a cuppa at my surgery.",
          "owner reply"),
        C("hard_negative", "Ryan Capper", "Knock it down and build a Greggs. At least we'd get a sausage roll out of it.",
          "joke about a building"),
        N("I removed a comment last night that named a former Silkmill employee and made allegations about him. Criticise me and the council all you like, but I won't leave accusations about private people up on this page.",
          "removal notice"),
        C("hard_negative", "Carl Beech", "So much for free speech on here then.",
          "complaint about moderation"),
        C("hard_negative", "Viv Tomlinson", "Right call Julie. Play the ball, not the man.",
          "support"),
    ]),
]


# ---------------------------------------------------------------- scheduling
def weekdays(first, last):
    out, d = [], first
    while d <= last:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def uk_offset(day):
    """UK civil time offset for a weekday (BST from the last Sunday in March to the last in October)."""
    return "+01:00" if last_sunday(day.year, 3) <= day < last_sunday(day.year, 10) else "+00:00"


def stamp(day, minute_of_day):
    h, m = divmod(minute_of_day, 60)
    return f"{day.isoformat()}T{h:02d}:{m:02d}:00{uk_offset(day)}"


def build_rows():
    rng = random.Random(SEED)
    days = weekdays(FIRST_DAY, LAST_DAY)
    out = []
    for acc in ACCOUNTS:
        # group rows into occasions: a post or reply, then the comments under it
        occasions = []
        for i, r in enumerate(acc["rows"]):
            if r["kind"] == "comment":
                occasions[-1].append(i)
            else:
                occasions.append([i])
        n = len(occasions)
        for k, occ in enumerate(occasions):
            chunk = days[k * len(days) // n:(k + 1) * len(days) // n]
            day = rng.choice(chunk)
            has_comments = len(occ) > 1
            minute = rng.randint(8 * 60, 12 * 60 if has_comments else 18 * 60 + 59)
            parent_key = None
            for j, i in enumerate(occ):
                r = acc["rows"][i]
                if j > 0:
                    minute += rng.randint(4, 55)
                assert minute <= 18 * 60 + 59, (acc["author"], r["text"][:30])
                key = (acc["author"], i)
                rules = list(r["rules"])
                allowed = list(r["allowed"])
                if r["kind_of_row"] == "positive":
                    rules.insert(0, acc["pattern"])
                if r["kind_of_row"] == "filler" and acc["role"] == "positive":
                    allowed.insert(0, acc["pattern"])
                sev = [SEVERITY[x] for x in rules]
                verdict = max(sev, key=ORDER.index) if sev else "ok"
                row = {
                    "_key": key,
                    "_parent": parent_key if r["kind"] == "comment" else None,
                    "text": r["text"],
                    "author": acc["author"],
                    "created_at": stamp(day, minute),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = r["by"]
                    row["parent_id"] = None
                row.update({
                    "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
                    "family": "hard_negative" if r["kind_of_row"] == "hard_negative" else acc["pattern"],
                    "account_pattern": acc["pattern"],
                    "account_role": acc["role"],
                    "kind_of_row": r["kind_of_row"],
                    "note": r["note"],
                })
                if j == 0:
                    parent_key = key
                out.append(row)
    rng.shuffle(out)
    ids = {}
    for n, row in enumerate(out, 1):
        ids[row["_key"]] = f"{SET}-{n:04d}"
    final = []
    for row in out:
        obj = {"id": ids[row["_key"]]}
        for k, v in row.items():
            if k.startswith("_"):
                continue
            obj[k] = v
        if "parent_id" in obj:
            obj["parent_id"] = ids[row["_parent"]]
        final.append(obj)
    return final


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_rows())


def main():
    text = render()
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "accounts.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {len(text.splitlines())} rows to accounts.jsonl")


if __name__ == "__main__":
    main()
