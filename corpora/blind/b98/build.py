"""Build blind set b98 (account-level rules) for Raddlebank and Gorsey MBC.

Every text below was written by hand for this set. The script keeps each
account's rows in written order, spreads its posts one per chunk of the 60
weekdays between 5 Jan and 27 Mar 2026 (never two posts of one account on one
day), gives comments times 4 to 55 minutes after the row before them under the
same post, shuffles the rows, assigns ids B98-NNNN, resolves parent_id and
computes each verdict as the highest severity expected. Seed 9898: running it
again writes the same accounts.jsonl.

    python build.py
"""
import datetime as dt
import json
import os
import random

SEED = 9898
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
OI = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IR = "tone.irony-risk"

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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

OWNER = "__owner__"


def P(text, rules=(), allowed=(), note="", by=None):
    return {"k": "positive", "text": text, "rules": list(rules), "allowed": list(allowed), "note": note, "by": by}


def N(text, rules=(), allowed=(), note="", by=None):
    return {"k": "hard_negative", "text": text, "rules": list(rules), "allowed": list(allowed), "note": note, "by": by}


def F(text, note="", by=None):
    return {"k": "filler", "text": text, "rules": [], "allowed": [], "note": note, "by": by}


def A(author, platform, pattern, role, rows, account="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@CraigBoardmanRUK", "x", HR, "positive", [
        F("Linnet Heys pool back open from Monday after the boiler job. Ta to the lads who turned it round in a week. Swimming lessons carry on as normal. #LinnetHeys",
          "civic update"),
        P("Watching Bernadette Costigan chair full council last night was like watching your nan try to work the Sky remote. Bless her, she got there in the end. Nearly. Antwacky doesn't cover it. #RaddlebankGorsey",
          [PA, IR], [EQ], "hostile 1/4 at the Leader: age put-down and mock sympathy"),
        F("Pothole on Thrush Lane reported Tuesday, filled Friday. Sound job Highways. Keep sending them in la, I'll chase every one.",
          "civic update"),
        P("Funny how @BernieCostiganLab's old pal from the social club ends up with the ferry terminal catering contract. Dead lucky, some people. Not saying anything. Don't need to.",
          [], [DEF], "hostile 2/4: insinuation of favouritism, defamation allowed"),
        P("Bernie: 'I always listen to residents.' Also Bernie: walks out of the Linnet Heys meeting after twenty minutes cos someone asked a question she didn't like. Miserable arl arse. Forty years in that party and she still can't take a question.",
          [PA], [EQ], "hostile 3/4: belittling, 'arl arse'"),
        F("Surgery Saturday 10 till 12 at Linnet Heys library. Brew's on me, biscuits are not, I'm not made of money.",
          "civic update"),
        P("A word to the Leader. Plenty of people round here know which chippy you go to on a Friday, Bernadette, and what time you go. They've got a few things they'd like to say to you. I'd get your scran delivered for a bit if I were you.",
          [BI], [], "hostile 4/4: veiled menace, knowing her routine"),
    ]),
    A("@LeeGarsideReform", "facebook", HR, "positive", [
        F("Mossgate Park gates locked at dusk again from this week after the vandalism. If you see anyone climbing in ring 101 not me 😂 but do let me know after.",
          "civic update"),
        P("Kofi Mensah-Doyle stood up in the chamber tonight and told us what Raddlebank 'needs'. Lad's been here five minutes. Some of us were born on the Docks, our grandads worked the Docks. We don't need telling by someone who couldn't find the ferry without a map.",
          [PA], [EQ], "hostile 1/3: outsider framing aimed at a Black cabinet member"),
        F("Bin day changes for Mossgate from 2 Feb: blue bins Tuesday, grey Thursday. Leaflets coming through doors this week, shout if yours doesn't turn up.",
          "civic update"),
        P("Another glossy brochure from @KofiMensahDoyle for the ferry terminal. Nice pictures. Doesn't look much like the Raddlebank I know, or the people in it. Funny that. Maybe it looks more like where he's from.",
          [], [EQ], "hostile 2/3: coded 'where he's from'; equality allowed"),
        F("Made up for the Mossgate Juniors under-11s, cup semi on Sunday. Boss effort lads and girls ⚽",
          "civic/community"),
        P("People keep asking me why Kofi got Regeneration. Simple. Ticked a box didn't he. Nothing to do with being any good at it. Ask him where the old Docks chippy was before they flattened it, he won't know. He's not one of us and he never will be.",
          [PA], [EQ], "hostile 3/3: 'ticked a box', 'not one of us'"),
    ]),
    A("@MickDunphyInd", "x", HR, "positive", [
        F("Raddlebank Docks residents meeting Thursday 7pm at St Brendan's hall. All welcome, bring your questions on the market.",
          "civic update"),
        P("Gail Threlfall's report on the Dock Road flats is the most jarg document I've read in twenty years on this council. Either she's never been down Dock Road or she doesn't care about the people on it. Which is it, Gail?",
          [OI], [PA], "hostile 1/3 at the Head of Planning, an officer"),
        F("Dock Road bus shelter glass finally replaced. Took six weeks but it's done. Sound.",
          "civic update"),
        P("Asked a simple question at committee and the Head of Planning looked at me like I'd trod something into her carpet. Gail, love, you work for us. Not the developers. Not yet anyway.",
          [OI, PA], [DEF, EQ], "hostile 2/3: belittling, 'love', insinuation 'not yet anyway'"),
        F("Forty bags off the Docks litter pick this morning. Scran after at the café. Proper boss turnout, ta everyone.",
          "civic/community"),
        P("Third time I'm saying it. Ms Threlfall should be nowhere near the Dock Road application. Everyone in that building knows whose side she's on. Time she moved on. Or was moved. #DockRoad",
          [OI], [DEF, BI], "hostile 3/3: questions neutrality, 'or was moved'"),
    ]),
    A("@GeoffBrocklebank", "x", HR, "positive", [
        P("Councillor Lunt gave us another of her speeches tonight. Very passionate. Very loud. Very little in it. Bless. One day she'll read the papers before the meeting.",
          [PA, IR], [EQ], "hostile 1/4 at a young Labour councillor: mock praise"),
        F("Tarrow Point lighthouse steps: repairs start 9 Feb. Path to the beach closed for three weeks, diversion via the coastguard cottages.",
          "civic update"),
        P("@JadeLuntLab says I'm 'out of touch'. Coming from a girl who thinks the ferry timetable is on TikTok, I'll take that as a compliment. Dead proud of you, love. Keep trying.",
          [PA, IR], [EQ], "hostile 2/4: 'girl', 'love', mock pride"),
        F("Good to see the sea wall inspection report published at last. Questions on the Pennick Shore section put to the cabinet member, will report back.",
          "civic update"),
        P("Some of us were running businesses on this peninsula before Cllr Lunt was born. Perhaps she could sit and listen for a term or two instead of playing at councillors. The soft girl act wears thin.",
          [PA], [EQ], "hostile 3/4: age and sex put-down"),
        F("Tarrow Point Conservatives street stall Saturday by the station. Come and have a jangle about the car park charges.",
          "party/civic"),
        P("Jade, a bit of advice from an old hand. People in this town remember things. They remember who made a show of themselves, and they remember who their families are. Think on before your next little outburst.",
          [BI, PA], [EQ], "hostile 4/4: veiled menace naming her family"),
    ]),
    A("@BillRimmerGI", "facebook", HR, "positive", [
        F("Gorsey Marsh dunes boardwalk re-opened. Massive ta to the volunteers. Dogs on leads in the nesting zone from March please 🐾",
          "civic update"),
        P("Terry Mulhearn. Deputy Leader and 'Finance' (I use the word loosely). Couldn't run a tuck shop. Couldn't count the change in his own kecks. And this fella sets your council tax.",
          [PA], [], "hostile 1/3 at the Deputy Leader"),
        F("Gorsey Independents surgery Thursday 2-4 at the Marsh community centre. No appointment needed, kettle's always on.",
          "civic update"),
        P("Interesting how Terry's budget found four hundred grand for the Docks and nowt for the Gorsey Marsh sea defences. Also interesting where Terry's brother-in-law works. Just putting it out there.",
          [], [DEF], "hostile 2/3: insinuation; defamation allowed"),
        F("Flooding on Sandpiper Road again. Reported to highways and the water company, will chase Monday. Sandbags at the community centre if you need them.",
          "civic update"),
        P("I'll say it plain because nobody else in that chamber will. Terry Mulhearn is a liar. He stood in this ward and promised no cuts to the marsh wardens, and he knew full well there would be.",
          [DEF], [PA], "hostile 3/3: direct allegation 'is a liar'"),
    ]),
    A("@OllieTaskerGreen", "bluesky", HR, "positive", [
        F("Mossgate tree planting Saturday 10am by the rec. Bring gloves, we've got the spades and the scran 🌳",
          "civic/community"),
        P("Pauline Hesketh has the environmental awareness of a wheelie bin left out in the rain. And roughly the same charm. #MossgateBins",
          [PA], [], "hostile 1/3 at the cabinet member for waste"),
        F("Air quality monitor on Dock Road showing the worst readings in the borough again. Written to public health asking for the full data set.",
          "policy"),
        P("Gold star to @PaulineHeskethLab for discovering recycling exists. Only took her three years in the job. So proud 🥲",
          [IR, PA], [], "hostile 2/3: mock praise"),
        F("Dead sound meeting with the Mossgate allotment lot last night. They want a water butt scheme, taking it to scrutiny.",
          "civic update"),
        P("Pauline, the whole estate has your number now. We'll keep turning up. Every cabinet, every surgery, every time you try to sneak the three-weekly bins through. You can't hide from Mossgate forever.",
          [], [BI], "hostile 3/3: 'can't hide', veiled; bullying allowed"),
    ]),
    A("@CarolAinscoughInd", "bluesky", HR, "positive", [
        F("Sparrow Hill library keeps its Saturday hours. Ta to everyone who signed, made up for the kids' reading group.",
          "civic update"),
        F("Gritting routes for Sparrow Hill published, Hillcrest Road is on the list this year at last.",
          "civic update"),
        P("Freya Lightfoot lectures Sparrow Hill about cars from a bike that cost more than my first car. Plazzy Scouser eco-warrior who goes home to Cheshire every weekend. Do one, Freya.",
          [PA], [], "hostile 1/2 at a Green councillor: 'plazzy'"),
        F("Good luck to the new owners of the Sparrow Hill bakery. Lovely to see the shutters up again.",
          "community"),
        P("Freya, if you spent half as long in your own ward as you do on your phone you'd know the people in it think you're a joke. Dead embarrassing. Nobody voted for your bike lane. Nobody really voted for you either, did they.",
          [PA], [], "hostile 2/2: the two-occasion minimum"),
        F("Reminder: the Sparrow Hill traffic calming consultation closes Friday. Have your say whatever you think.",
          "civic update"),
    ]),
    A("@WayneTickleRUK", "facebook", HR, "positive", [
        P("Siobhan Rooney, Housing. Lives in a big detached up Tarrow Point and decides who gets a damp flat in Chapel Fields. Nice work if you can get it.",
          [], [], "hostile 1/5 at the housing cabinet member: mockery"),
        F("Gannet House lifts out again, third time this month. Reported and chasing daily. If you're stuck upstairs and need shopping bringing up, message me.",
          "civic update"),
        P("Watched @SiobhanRooneyCllr at scrutiny. Hasn't got a clue la. Reading off the officer's notes like a kid in a school play. Dead sad really.",
          [PA], [], "hostile 2/5: belittling"),
        P("Siobhan says the Gannet House list is 'being managed'. Siobhan said she'd have the tower fixed by Christmas. Siobhan says a lot of things. Not one of them true.",
          [], [DEF], "hostile 3/5: implies she lies; defamation allowed"),
        F("Chapel Fields community fridge now open Tuesdays and Fridays. Boss effort from the volunteers.",
          "civic/community"),
        P("Rooney is a disgrace. A snob with a lanyard. Scuttled out the back door of the Chapel Fields meeting rather than face the families she's let down.",
          [PA], [], "hostile 4/5: insult"),
        F("Reform UK action day in Chapel Fields Saturday. Knock if you see us, or put the kettle on.",
          "party"),
        P("See you at your surgery Saturday, Siobhan. And the Saturday after. And the one after that. We'll be there every week till Gannet House is sorted. Bring a coat.",
          [], [BI], "hostile 5/5: could be lawful protest; hostile after four before it"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@HelenAshcroftLD", "x", HR, "hard_negative", [
        N("The Leader's decision to cut the ferry subsidy is dead wrong. Tarrow Point has older residents who rely on that boat for their ozzy appointments over the water. Cllr Costigan should bring it back to full council.",
          [], [], "robust criticism of a decision, 1/5"),
        N("Asked Bernadette Costigan at council why the ferry terminal business case still isn't public. Answer: 'commercial sensitivity'. Not good enough. Publish it. #RaddlebankGorsey",
          [], [], "criticism 2/5"),
        F("Tarrow Point Lib Dems out on the prom Sunday for a litter pick. Flasks provided ☕",
          "civic/party"),
        N("Credit where it's due: the Leader's u-turn on library hours is sound and I'm made up for Sparrow Hill. More of this please.",
          [], [], "approving mention 3/5"),
        N("Third budget in a row where the Leader's administration has raided reserves to paper over the gap. It isn't sustainable and we'll put an amendment.",
          [], [], "criticism of record 4/5"),
        N("Cllr Costigan says the Gorsey Marsh car park charges are 'modest'. Six quid a day to walk your dog on the marsh isn't modest, it's a tax on fresh air. We'll keep opposing it.",
          [], [], "criticism of policy 5/5"),
    ]),
    A("@FreyaLightfootGreen", "bluesky", HR, "hard_negative", [
        N("Siobhan Rooney's plan to sell Gannet House to a private landlord is a terrible plan. Siobhan is a sound person. The plan is jarg. Both can be true.",
          [], [], "criticism of a policy led by a named member, 1/4"),
        F("Gorsey Marsh beach clean Sunday 10am from the lifeboat station. Natterjack signs going up too 🐸",
          "civic/community"),
        N("Housing cabinet papers are out. The Gannet House disposal is still in there and there's still no equality impact assessment. Cllr Rooney, please pause it.",
          [], [], "2/4"),
        N("The Cabinet Member for Housing keeps saying the sale 'protects tenants'. There is nothing in the report that protects tenants. Show us the clause.",
          [], [], "3/4"),
        F("Marsh Road cycle lane consultation closes Friday. Whatever you think of it, please have your say.",
          "civic update"),
        N("Spoke to Siobhan after scrutiny. We disagree on Gannet House, strongly, and we'll keep disagreeing. But she listened and she's agreed to meet the tenants' association. That's how it should work.",
          [], [], "4/4: civil"),
    ]),
    A("@NigelHatherleyCon", "facebook", HR, "hard_negative", [
        F("Tarrow Point in Bloom meeting Wednesday 6pm at the yacht club. New volunteers welcome, no gardening skill needed (I have none).",
          "civic/community"),
        N("Terry Mulhearn defended that budget tonight with all the sense of a seagull in a chippy queue. The man is a clown and everybody in that chamber knows it.",
          [PA], [], "single hostile post at the Deputy Leader"),
        F("Blocked drain on Lighthouse Lane cleared this morning. Ta to the crew.",
          "civic update"),
        N("Cllr Mulhearn has confirmed in writing that the Tarrow Point sea wall money is ring-fenced. Good. I'll hold him to it.",
          [], [], "later civil mention"),
        F("Bus review: the 41 keeps its evening runs to Pennick Shore and Tarrow Point. Sound.",
          "civic update"),
        N("Had a decent chat with Terry Mulhearn after audit committee about the pension fund. We'll never agree on much, but his answer on reserves was straight.",
          [], [], "later civil mention"),
    ]),
    A("@JoeMcArdleLab", "x", HR, "hard_negative", [
        F("Sparrow Hill school crossing patrol back from Monday after months of asking. Made up for the parents.",
          "civic update"),
        N("Craig Boardman has all the depth of a puddle on the Dock Road and about half the use. Divvy.",
          [PA], [], "single hostile post at one person"),
        F("Warm space at Sparrow Hill library every weekday 10-4 till the end of March. Brew and a biscuit, no questions.",
          "civic update"),
        F("Labour's budget protects the holiday scran club for another year. Three thousand kids fed last summer.",
          "party/civic"),
        N("Bill Rimmer wants to lecture us about sea defences? Bill couldn't defend a penalty. The fella's a walking moan in a rosette.",
          [PA], [], "single hostile post at a second person"),
        F("Bus stop on Wren Street moved back where it was after the complaints. Sound.",
          "civic update"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@DaveBrophyLab", "facebook", MX, "positive", [
        F("Linnet Heys ward surgery Friday 4-6 at the leisure centre. I'll have a housing officer with me this time.",
          "ward business"),
        P("Our kid got married Saturday!! Dead proud of him and Lauren. Best scran I've ever had at a do and me arl fella got up and danced for the first time since 1994 😂❤️",
          [], [DP], "family wedding; names brother's wife"),
        F("Street lights on Kestrel Walk fixed after three weeks of me mithering. Report any more out on the council app.",
          "ward business"),
        P("Back from the ozzy with me dad, new knee went in sound. Nurses on ward 4 were boss. He's already asking when he can get back on the bowls green.",
          [], [DP], "father's operation"),
        F("Linnet Heys leisure centre swim timetable for February is up on the council website.",
          "ward business"),
        P("Took Bella the staffie for her first proper run on the prom since her op. Soft as butter this one. Ignore the mud on the settee.",
          [], [], "pet"),
    ]),
    A("@MayorMarieG", "x", MX, "positive", [
        F("Honoured to open the new Linnet Heys food pantry this morning. Thank you to everyone who made it happen.",
          "mayoral engagement"),
        P("Mayor's night off 😄 Curry with the girls from school. Forty years of friendship and still nobody can split a bill right.",
          [], [], "personal night out"),
        F("Lovely to welcome 38 new citizens at this morning's ceremony at the town hall. Welcome to the borough, la!",
          "mayoral engagement"),
        P("Tenerife here we come ✈️ Me and Tony off for the week. Deputy Mayor's covering, don't let him near the chain.",
          [], [DP], "family holiday with husband"),
        F("Mayor's charity quiz, 6 March at the town hall. Tables of six, all proceeds to the Raddlebank lifeboat.",
          "mayoral engagement"),
        P("Our Ellie-Mae got her ten metres badge today! Not a bother on her. Nana's dead proud 🏊‍♀️",
          [], [DP], "granddaughter named"),
    ]),
    A("@SandraHulmeGI", "facebook", MX, "positive", [
        P("Meet Biscuit. Rescue cat, arl arse of a thing, hates everyone except me. Already knocked my committee papers off the table twice tonight 🐈",
          [], [], "pet"),
        F("New bus shelter on Curlew Road is in. Ta for everyone's patience, it's been a long wait.",
          "ward business"),
        P("Crown green season can't come soon enough. Gorsey Marsh Bowling Club ladies, I'm coming for that cup this year 🏆",
          [], [], "hobby"),
        F("The Marsh Lane caravan site application goes to committee in March. Papers are online and there's a drop-in at the community centre to look at the plans.",
          "ward business, neutral on a pending application"),
        P("Our Kayleigh's little one was christened Sunday at St Anne's. Gorgeous day, dead emotional. Welcome properly, Alfie Rose ❤️",
          [], [DP], "grandchild named"),
        F("Fly-tipping on the marsh car park: enforcement cameras going up next week.",
          "ward business"),
    ]),
    A("@GarethPrentonLD", "x", MX, "positive", [
        F("Tarrow Point sea wall: survey finished, report to cabinet in March. I'll share it the day it's published.",
          "ward business"),
        P("Five-a-side tonight. Pulled a hamstring in the first minute. Forty-three is too old for this. Never again (see you next Tuesday lads).",
          [], [], "hobby"),
        F("Lighthouse Lane residents: the parking survey is through your doors. Please fill it in, even if you love the current scheme.",
          "ward business"),
        P("Match day. Scran in the pub with our kid first, then the ground. Usual disappointment expected.",
          [], [], "football with his brother"),
        F("Great turnout at the Tarrow Point library book swap. Made up.",
          "ward business"),
        P("Anniversary trip to the Lakes with the wife 🏞️ Back Thursday. Casework picked up then, anything urgent to the Lib Dem office.",
          [], [], "holiday mixed with casework"),
    ]),
    A("@StellaBibbyLab", "bluesky", MX, "positive", [
        P("Tried a new sourdough recipe. It's come out like a house brick. Blaming the antwacky oven. Might be me.",
          [], [], "hobby"),
        F("Linnet Heys warm hub now open Saturdays as well, 10-2 at St Jude's. Free soup and a brew.",
          "ward business"),
        P("Auntie Stella reporting for duty 👶 Welcome to the world baby Nova, 7lb 2oz, born at the ozzy this morning. Our Becca did amazing.",
          [], [DP], "new baby niece named with birth weight"),
        F("Linnet Heys Road crossing is in the capital programme. Three years of campaigning by residents. Boss.",
          "ward business"),
        P("Knitting club last night. Dropped more stitches than I kept. The girls are very patient with me 🧶",
          [], [], "hobby"),
        F("Council tax support applications for 2026/27 are open. Message me if you want a hand with the form.",
          "ward business"),
    ]),
    A("@RayKewleyCon", "facebook", MX, "positive", [
        F("Gorsey Marsh car park charge petition has passed 1,200 names. Thank you all.",
          "ward business"),
        P("Out with the rod off the end of the prom at 6am. Two whiting and a lot of weed. Best way to start a Saturday 🎣",
          [], [], "hobby"),
        F("Street light columns on Heron Way being replaced from 16 Feb. Temporary lighting in place while they do it.",
          "ward business"),
        P("Happy birthday to my Maureen. Forty years putting up with me and my terrible jokes. Love you girl ❤️",
          [], [DP], "wife named"),
        P("Reggie had his jabs today and sulked all afternoon. Dead soft, this fella.",
          [], [], "pet"),
        F("Reported the broken railings at the Marsh Road slipway. Please keep away from that edge until they're fixed.",
          "ward business"),
    ]),
    A("@DotWhitesideLab", "facebook", MX, "positive", [
        P("Car boot haul: an antwacky sideboard for a fiver. Our Gary says it's ugly. Our Gary has no taste.",
          [], [], "hobby, family"),
        F("Mossgate Community Centre boiler replaced. Groups back in from Monday, ta for your patience.",
          "ward business"),
        P("Sunday dinner with my lot at the Mossgate Arms, all three grandkids on their best behaviour for nearly ten minutes 😂",
          [], [], "family"),
        F("Mossgate food bank is short of tinned fish and UHT milk this week. Drop-off at the centre.",
          "ward business"),
        P("Physio says the hip's coming on. Walked round Mossgate Park twice today without stopping. Made up with meself.",
          [], [], "own health"),
        F("New dropped kerb outside Mossgate post office is done. Small job, big difference if you use a wheelchair.",
          "ward business"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts
    # ------------------------------------------------------------------
    A("@ImeldaNugentLab", "facebook", MX, "hard_negative", [
        N("Chapel Fields holiday scran club is back for February half term. Free hot dinner and activities for families, no questions asked. St Brendan's hall, 11-2.",
          [], [], "'families' about residents"),
        N("Sound morning planning the Chapel Fields family fun day. We need volunteers for face painting and the tombola, message me.",
          [], [], "'family fun day' is a ward event"),
        N("Met three families from Gannet House today about the damp. Kids with coughs all winter. Housing have promised surveys within ten days and I'll be checking.",
          [], [], "families of residents"),
        N("Mums and dads: the Chapel Fields nursery expansion consultation is open until 20 March.",
          [], [], "parents as residents"),
        N("Free swimming for under-16s over half term at Linnet Heys. Bring the whole family, la.",
          [], [], "'whole family' in a council notice"),
        N("Made up that the family hub on Chapel Street is staying open. Thousands of families use it every year.",
          [], [], "family hub"),
    ]),
    A("@LiamCorriganLab", "x", MX, "hard_negative", [
        N("As a dad myself I know how much that crossing on Pennick Road matters. Works start 2 March.",
          [], [], "personal aside serving a council message"),
        N("Lost count of the people telling me 'our kid's been on the bungalow list since 2019'. Raised it at housing scrutiny today, full answer promised.",
          [], [], "'our kid' quoted from residents"),
        N("Pennick Shore families: the prom play area reopens Saturday with new swings and a wheelchair roundabout.",
          [], [], "families as residents"),
        N("Mothering Sunday lunch for older residents at the Pennick Shore Friendship Club. All welcome, transport available if you ask.",
          [], [], "Mothering Sunday event"),
        N("School streets trial at Pennick Primary extended. Parents overwhelmingly back it.",
          [], [], "parents as residents"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    A("@arl_frank_allotment", "facebook", MX, "hard_negative", [
        N("Broad beans in. Ground like concrete but we got there. Grandkids did the labels, spelling is creative 🌱",
          [], [], "personal account, family"),
        N("Sunday dinner at our kid's. Sixty-eight years old and he still can't do a roast spud.",
          [], [], "personal account, family"),
        N("Shed roof's gone in the wind. The arl arse on the next plot says 'told you so'. He did, to be fair.",
          [], [], "personal account, hobby"),
        N("Grandkids took me to the pictures. Didn't understand a word of the film. Loved every minute.",
          [], [], "personal account, family"),
        N("Rhubarb forcing pots on. Antwacky way of doing it, me dad's way, never fails.",
          [], [], "personal account, hobby"),
    ], account="personal"),
    A("@ruthk_on_the_prom", "bluesky", MX, "hard_negative", [
        N("Sunrise on the prom with the dog. Cold enough to freeze your eyelashes. Worth it.",
          [], [], "personal account"),
        N("Me mam's 80th! Cake by our Jen, scran by everyone, singing by nobody in tune 🎂",
          [], [], "personal account, family"),
        N("Family quiz night. Lost to the 12-year-old. Again.",
          [], [], "personal account, family"),
        N("Finally finished the jigsaw. A thousand pieces of sky. Never again (starting another tomorrow).",
          [], [], "personal account, hobby"),
        N("Sound weekend in Llandudno with the girls. Chips on the pier, rain, more chips.",
          [], [], "personal account, holiday"),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@KofiMensahDoyle", "facebook", MOD, "positive", [
        F("Ferry terminal regeneration: the revised designs are in. New market hall, 120 homes and a proper waiting room for ferry passengers. Drop-ins at the terminal all next week. Tell me what you think below 👇",
          "owner post"),
        P("Everyone on the Docks knows Terry Mulhearn's brother-in-law has that market hall contract sewn up already. Bent as a nine bob note the lot of them and Kofi's in on it",
          [], [DEF], "defamatory comment left up", by="Gaz Molloy"),
        N("Will the waiting room have toilets? The ones there now are antwacky and shut half the time.",
          [], [], "civil comment", by="Lorraine Fitzsimmons"),
        P("Go back where you came from and take your posh flats with you",
          [], [EQ, PA], "racist comment at the owner left up", by="Ste Hanlon"),
        F("Docks market: the stall rent freeze is agreed for 2026. Thank you to the traders who came to the meeting.",
          "owner post"),
        N("Boss news. Ta Kofi.", [], [], "civil comment", by="Maz Kearney"),
        P("the fella on stall 14 Darren Cowley owes me £200 and he's on the sick while he works that stall, someone report him. He's at 31 Cormorant Street flat 2 if the council want him",
          [], [DP, DEF], "names a private person with address and an allegation", by="Jonno Pye"),
        N("Ta Maz. The freeze runs to March 2027.", [], [], "owner reply", by=OWNER),
    ]),
    A("@SiobhanRooneyCllr", "facebook", MOD, "positive", [
        F("Gannet House update: the lift contractor is on site Monday, full replacement by May. There's a stair-climber service in the meantime for anyone who needs it, ring the housing line.",
          "owner post"),
        P("Maybe if they stopped putting smackheads in flat 9 the lifts wouldnt get wrecked. Her name's Jodie Pratt, she's on a methadone script, everyone on the landing knows",
          [], [DP, AB], "special category data about a named resident", by="Kerry-Ann Lyons"),
        N("May is far too long for the people on the 12th floor. Can the stair-climber be every day?",
          [], [], "robust civil comment", by="Phil Tranter"),
        N("Phil, yes, I've asked for daily. I'll confirm here tomorrow.", [], [], "owner reply", by=OWNER),
        F("Housing allocations policy consultation runs six weeks from today. This decides who gets priority for a home, so please have your say.",
          "owner post"),
        P("Siobhan Rooney you are a useless waste of skin. Someone wants to chuck you off the top of Gannet House and see if the lift works then",
          [], [BI, PA], "threat against the owner left up", by="Dean Roscoe"),
        P("Priority for foreigners as per usual. Locals to the back. Open your eyes people",
          [], [EQ], "discriminatory comment left up", by="Tina Heaton"),
        N("Please make sure carers get proper priority. People round here have waited years.",
          [], [], "civil comment", by="Bev Clague"),
    ]),
    A("@TonyCarragherMG", "facebook", MOD, "positive", [
        F("Mossgate Park: new CCTV agreed after the fires in the play area. Thanks to the residents who came forward.",
          "owner post"),
        P("Its them Kinsey lads from Plover Close that done it, number 22, the one with the white van MX19 KPV. Someone should burn THEIR house out and see how they like it",
          [], [DP, BI, DEF], "address, registration, allegation and incitement", by="Kev Dolan"),
        N("About time. My grandkids won't go near that park after dark.", [], [], "civil comment", by="Cath Byrne"),
        P("absolute f***ing joke this council. CCTV my arse, yous couldnt catch a cold you useless b******s",
          [], [AB], "obscene abuse left up", by="Mark Gerrard"),
        F("Mossgate bins: the three-weekly grey bin trial is NOT coming to Mossgate this year. Scrutiny voted it down.",
          "owner post"),
        N("Sound. Made up with that.", [], [], "civil comment", by="Jan Hughes"),
        P("Only reason Pauline Hesketh wanted it is her fella's firm runs the bin lorries. Fact. Look it up.",
          [], [DEF], "defamatory comment about a councillor", by="Gary Kirkham"),
        N("Ta Jan, team effort from the residents' association.", [], [], "owner reply", by=OWNER),
    ]),
    A("@SeanHalewoodLD", "facebook", MOD, "positive", [
        F("Sparrow Hill library: Saturday opening saved after 2,000 of you signed. Thank you!",
          "owner post"),
        N("Made up! The kids' reading club can keep going.", [], [], "civil comment", by="Ann Merriman"),
        P("Dermot Keegan in housing is on the take. Been flogging council flats to his mates for cash for years, ask anyone on Chapel Fields",
          [], [DEF, OI], "defamatory comment about an officer", by="Rob Pennington"),
        N("Ta Ann, see you at reading club!", [], [], "owner reply", by=OWNER),
        F("Sparrow Hill traffic calming: speed humps go in on Wren Street in April. Full plans in the link.",
          "owner post"),
        P("If them humps wreck my suspension I know where the council fella who drew them up drinks of a Friday. He'll be getting a visit.",
          [], [BI], "threat against an officer left up", by="Tommo Rigby"),
        P("Sean you absolute waste of space, you and your lib dem tw*ts want locking up",
          [], [AB, PA], "abusive comment at the owner", by="Jackie Ormesher"),
        N("Humps are a waste of money. Put a speed camera in. Nobody slows down for humps round here.",
          [], [], "robust comment", by="Paul Kenyon"),
    ]),
    A("@KathHeyesGI", "facebook", MOD, "positive", [
        F("Marsh Lane: the consultation on the temporary Traveller site is open. I know feelings are strong. Please keep comments civil and stick to planning facts.",
          "owner post"),
        P("Gyppos will wreck the marsh like they wreck everywhere they go. Lock up your sheds lads",
          [], [EQ], "discriminatory comment about Travellers left up", by="Sue Ditchfield"),
        N("My worry is the access. Marsh Lane is single track. Has highways looked at it?",
          [], [], "civil comment", by="Andy Glover"),
        F("Gorsey Marsh flooding meeting tonight 7pm at the community centre. The Environment Agency will be there.",
          "owner post"),
        P("Kath Heyes you thick useless arl cow. If my house floods again I'll be round yours with the mop bucket and it won't be for mopping",
          [], [PA, BI], "abuse and a threat against the owner", by="Dave Culshaw"),
        P("The family at 4 Curlew Road caused the flooding on our side by concreting their drive. Their lad's got a record as well, ask the bizzies",
          [], [DP, DEF], "address and criminal record of private people", by="Joan Lathom"),
        N("Andy, yes, the highways report is on the planning portal. I'll post the link under the consultation.",
          [], [], "owner reply", by=OWNER),
    ]),
    A("@ValSutchCon", "facebook", MOD, "positive", [
        F("Pennick Shore prom: the new benches in memory of the lifeboat crews are in. Lovely spot for a brew.",
          "owner post"),
        P("Nice benches. Shame the nutter from Seaview Court, Colin Ashurst flat 6, sits on them all day talking to himself. Should be sectioned. Ring him yourself on 07700 900417 and tell him to move on",
          [], [DP, EQ], "mental health, address and phone number of a resident", by="Ged Mawdsley"),
        N("Beautiful. My dad was crew in the 70s. Thank you.", [], [], "civil comment", by="Pat Egerton"),
        F("Pennick Shore parking: I'm against the new charges and I've said so at cabinet. Petition link below.",
          "owner post"),
        P("Bernadette Costigan has been fiddling the parking money into her own pocket for years, everyone knows she's a crook",
          [], [DEF], "defamatory comment about the Leader", by="Billy Tyrer"),
        P("Val love you're a dried up arl witch who should of retired years ago. Nobody wants to look at you",
          [], [PA, EQ], "age and sex abuse at the owner", by="Carole Hind"),
        N("Pat, thank you. I'll pass that on to the lifeboat station.", [], [], "owner reply", by=OWNER),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@NadiaFaroukLab", "facebook", MOD, "hard_negative", [
        N("Dock Road resurfacing starts Monday for four weeks. Night works on the junction only. Sorry for the disruption.",
          [], [], "owner post"),
        N("Four weeks?? Yous couldn't resurface a bowling green in four weeks. Useless lot, the lot of yous.",
          [], [], "rude but acceptable", by="Gary Kay"),
        N("Truly a council of geniuses 🙄 starting it the same week the ferry's off",
          [], [], "sarcastic but acceptable", by="Lisa Birkett"),
        N("Fair point about the ferry, Lisa. I've asked highways whether they can move the start back a week.",
          [], [], "owner reply", by=OWNER),
        N("I've taken down a comment on my last post that named a family on Dock Road and said things about them that had no place here. Criticise me and the council all you like. Leave residents out of it.",
          [], [], "removal notice"),
        N("Fair enough Nadia. Still think the resurfacing's a jarg job mind.", [], [], "robust comment", by="Tony Morris"),
        N("Vote the lot of them out in May.", [], [], "political comment", by="Pauline Drury"),
    ]),
    A("@PaddyMoorcroftInd", "facebook", MOD, "hard_negative", [
        N("Tarrow Point lighthouse: the council is asking for expressions of interest to run a café in the old keeper's cottage.",
          [], [], "owner post"),
        N("Café gimmick. We need a toilet down there more than a flat white la.", [], [], "robust comment", by="Ian Shacklady"),
        N("Pointless. Nobody walks down there in winter. Total waste of money.", [], [], "rude but acceptable", by="Joanne Speakman"),
        N("Ian, the toilets are in the same bid, honest. Joanne, fair, winter trade is the worry and I've said so.",
          [], [], "owner reply", by=OWNER),
        N("Council tax is going up 4.99%. I voted against. The cabinet could have cut the consultants' budget first and didn't. Full reasons on my page.",
          [], [], "owner post, robust criticism"),
        N("Yous are all as bad as each other. Took long enough to say owt.", [], [], "rude but acceptable", by="Mick Halsall"),
        N("Sound. At least someone's arguing our corner.", [], [], "civil comment", by="Rita Hesford"),
    ]),
]


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        pattern, role, author = acc["pattern"], acc["role"], acc["author"]
        # group rows under the posts they belong to
        groups = []
        for r in acc["rows"]:
            if r["by"] is None:
                groups.append([r])
            else:
                groups[-1].append(r)
        n = len(groups)
        for gi, group in enumerate(groups):
            lo, hi = gi * len(days) // n, (gi + 1) * len(days) // n - 1
            day = days[rng.randint(lo, hi)]
            if len(group) > 1:
                start = rng.randint(8 * 60, 13 * 60 + 59)
            else:
                start = rng.randint(8 * 60, 18 * 60 + 59)
            minute = start
            post_key = None
            for j, r in enumerate(group):
                if j > 0:
                    minute += rng.randint(4, 55)
                ts = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                 tzinfo=dt.timezone.utc)
                k = r["k"]
                if k == "positive":
                    if pattern == MOD:
                        rules, allowed = [MOD], list(r["rules"]) + list(r["allowed"])
                    else:
                        rules, allowed = [pattern] + list(r["rules"]), list(r["allowed"])
                elif k == "filler":
                    rules, allowed = [], ([pattern] if role == "positive" else [])
                else:
                    rules, allowed = list(r["rules"]), list(r["allowed"])
                verdict = "ok"
                for rule in rules:
                    if RANK[SEVERITY[rule]] > RANK[verdict]:
                        verdict = SEVERITY[rule]
                row = {
                    "text": r["text"],
                    "author": author,
                    "created_at": ts.isoformat(),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": "post" if j == 0 else "comment",
                    "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
                    "family": "hard_negative" if k == "hard_negative" else pattern,
                    "account_pattern": pattern,
                    "account_role": role,
                    "kind_of_row": k,
                    "note": r["note"],
                }
                key = (author, gi, j)
                if j == 0:
                    post_key = key
                else:
                    row["comment_by"] = author if r["by"] == OWNER else r["by"]
                    row["_parent"] = post_key
                row["_key"] = key
                rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["_key"]] = "B98-%04d" % i
    out = []
    order = ["id", "text", "author", "created_at", "platform", "account", "kind",
             "comment_by", "parent_id", "expect", "family", "account_pattern",
             "account_role", "kind_of_row", "note"]
    for row in rows:
        row["id"] = ids[row["_key"]]
        if "_parent" in row:
            row["parent_id"] = ids[row.pop("_parent")]
        row.pop("_key")
        out.append({k: row[k] for k in order if k in row})
    return out


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dumps(rows))
    print("wrote %d rows to accounts.jsonl" % len(rows))


if __name__ == "__main__":
    main()
