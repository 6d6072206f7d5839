#!/usr/bin/env python3
"""Blind set b58: account-level rules at Wrangholme District Council (fictional).

All rows below were written by hand for this set. The script keeps each
account's rows in their written order, spreads an account's posts over the
weekday calendar (one post per day per account), gives comments times a few
minutes after the row before them under the same post, shuffles all rows with
a fixed seed, assigns ids B58-A-NNNN, resolves parent_id and writes
accounts.jsonl. Running it again gives the same file.
"""
import datetime as dt
import json
import os
import random

SEED = 5858
HERE = os.path.dirname(os.path.abspath(__file__))

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
OI = "officers.impartiality"
DF = "defamation.allegation"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
SC = "security.credentials"

BASE = {HR: "block", MX: "advice", MOD: "review", PA: "review", AB: "review",
        BI: "block", EQ: "block", OI: "review", DF: "review", DP: "review",
        IR: "advice", SC: "block"}
ORDER = ["ok", "advice", "review", "block"]


def P(text, kor="filler", rules=(), allowed=(), note="", verdict=None):
    return dict(kind="post", text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, verdict=verdict)


def C(by, text, kor="hard_negative", rules=(), allowed=(), note="", verdict=None):
    return dict(kind="comment", by=by, text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, verdict=verdict)


ACCOUNTS = []


def account(author, pattern, role, platform, rows, kind_of_account="councillor"):
    ACCOUNTS.append(dict(author=author, pattern=pattern, role=role,
                         platform=platform, account=kind_of_account, rows=rows))


# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts
# ---------------------------------------------------------------------------
account("@TerryGrindall", HR, "positive", "x", [
    P("Drainage board out on the Callowby Drove dykes this morning clearing the reed build-up. Cheers lads, that stretch flooded twice last winter.",
      note="ward business; filler"),
    P("Our Cabinet Member for Housing has discovered a thing called a waiting list. Only took her three years 👏👏 Next week: Denise finds out where Callowby is on a map.",
      "positive", [HR, PA, IR], note="1st hostile occasion vs Denise Aukland: mock applause and belittling"),
    P("Surgery Saturday at the Methodist hall, 10 till 12. Bring your bin problems, your potholes, your grievances. Kettle will be on.",
      note="ward business; filler"),
    P("Watching @DeniseAuklandWT read her housing statement off a card like a hostage video. Does she understand a single word of it or just the ones in bold?",
      "positive", [HR, PA], note="2nd occasion vs Aukland by @handle: belittles her intelligence"),
    P("Good turnout at the Drove Road speedwatch. 23 drivers over 40 in an hour. Results go to the police and I'll keep pushing for the signs we were promised.",
      note="ward business; filler"),
    P("Funny how the housing repairs contract keeps going to the same firm that sponsored Cllr Aukland's golf day. Just saying. Nothing to see here I'm sure 🤔",
      "positive", [HR, IR], [DF, PA], note="3rd occasion vs Aukland: insinuation of favouritism wrapped in sarcasm; defamation allowed (implied, not stated)"),
    P("Some of us have proper jobs Denise. Maybe stick to the coffee mornings, love, and leave housing to the grown-ups.",
      "positive", [HR, PA], [EQ], note="4th occasion vs Aukland: condescending put-down; gendered 'love' lets equality be allowed"),
])

account("@CllrSueBramley", HR, "positive", "facebook", [
    P("Ludden Carr village hall roof fund is at £14,200 of £18,000! Thank you to everyone who came to the quiz night, and to the Plough for the raffle prizes.",
      note="ward business; filler"),
    P("Gritting routes: I've asked for the Carr Lane hill to go back on the priority list after two cars went in the ditch last week. Will update when I hear.",
      note="ward business; filler"),
    P("Our glorious Leader was at the Wrangholme business breakfast this morning telling everyone how well it's all going. Gillian, bless her, has never knowingly set foot in Ludden Carr unless there's a photographer. Standing in one wellie for the cameras doesn't count, pet.",
      "positive", [HR, PA, IR], note="1st occasion vs Leader Gillian Thoresby: mock praise ('glorious', 'bless her') and belittling"),
    P("Reminder the bus consultation closes Friday. The 47 is a lifeline for the outlying villages, please have your say even if it's only two lines.",
      note="ward business; filler"),
    P("Asked a straight question at full council. Got the usual: Mrs Thoresby smiling and nodding and saying nothing, like one of those dogs on a parcel shelf. Twelve years in and she still can't answer without a script from her minders.",
      "positive", [HR, PA], note="2nd occasion vs Thoresby: ridicule (nodding dog), calls her incapable"),
    P("Lots of people asking me why the Leader's brother-in-law ended up on the regeneration board. I'm asking too. Gillian, any comment? Thought not.",
      "positive", [HR], [DF, PA, IR], note="3rd occasion vs Thoresby: nepotism insinuated as a question; defamation allowed, not stated as fact"),
    P("Lovely to present the certificates at Ludden Carr Primary's road safety week. Some very serious cycling proficiency going on 🚲",
      note="ward business; filler"),
])

account("@NevBoothbyCon", HR, "positive", "facebook", [
    P("Haverby Wold footpath 14 is open again after the landslip repairs. Thanks to the rights of way team and to the farmer for letting the contractors through.",
      note="ward business; filler"),
    P("Another planning report from Mr Treharne that could have been written by the developer's own agent. Perhaps Owen would like to tell us who he's actually working for these days.",
      "positive", [HR, OI], [PA, DF], note="1st occasion vs Head of Planning Owen Treharne (officer): questions his neutrality in public, insinuates he serves the developer"),
    P("Food bank collection point at the Co-op is low on tinned veg and UHT milk if anyone's doing a shop this week.",
      note="ward business; filler"),
    P("Head of Planning spotted at last year's Wold Show on the hospitality stand of, let me check my notes, the very same housebuilder. Small world! Hope the lunch was nice, Owen 🍷",
      "positive", [HR, OI, IR], [DF, PA], note="2nd occasion vs Treharne: sly insinuation of hospitality from a developer, mock-cheerful"),
    P("Residents have asked me to pass a message on to Owen Treharne. They know where the planning office is, they know what he drives, and they're running out of patience. I'd listen if I were him.",
      "positive", [HR, OI, BI], [PA], note="3rd occasion vs Treharne: veiled threat (knows his car, 'I'd listen if I were him')"),
    P("The Wold Road 30mph extension goes out to consultation next month. I've backed it from day one and will keep pushing.",
      note="ward business; filler"),
])

account("@JadeKirkhamLab", HR, "positive", "x", [
    P("Scoteney Fen warm space at St Guthlac's hall is open Tues & Thurs. soup, wifi, no questions asked. pls share ❤️",
      note="ward business; filler"),
    P("Marcus Pennell on local radio this morning explaining the budget. Man has the charisma of a wet bus shelter and roughly half the grasp of council finance.",
      "positive", [HR, PA], note="1st occasion vs Deputy Leader Marcus Pennell: personal mockery rather than the budget"),
    P("Met the new youth worker at the Fen Road centre. The young people there want a proper skate area, not another 'consultation'. I'm with them.",
      note="ward business; filler"),
    P("@MarcusPennell has blocked me. Shame. I was so looking forward to his next thread explaining things he doesn't understand to people who do 🥱",
      "positive", [HR, PA, IR], note="2nd occasion vs Pennell by @handle: sarcastic belittling"),
    P("Bin collections after the snow: depot says Scoteney routes are back to normal from Monday. Missed bins can be reported online.",
      note="ward business; filler"),
    P("The Deputy Leader's idea of 'engaging with residents' is a photo outside the Fen Road Aldi and a quick getaway. Marcus, mate, people noticed. The coward's tour.",
      "positive", [HR, PA], note="3rd occasion vs Pennell: 'coward' aimed at the person"),
])

account("@GethinProsserLD", HR, "positive", "bluesky", [
    P("Marram End sea bank walk this morning with the Environment Agency. The breach repair is holding, but the access track is a mudbath.",
      note="ward business; filler"),
    P("Chuffed that the community bus gets a second driver from April. Volunteers, you are the real infrastructure round here.",
      note="ward business; filler"),
    P("Cllr Meldrum wants to 'rewild' the Marram End verges. Lovely. Perhaps she could rewild her diary and turn up to a committee once in a while. Sweet girl, completely out of her depth.",
      "positive", [HR, PA, IR], [EQ], note="1st occasion vs Green councillor Flora Meldrum: patronising ('sweet girl'), mock 'Lovely'; equality allowed for the gendered belittling"),
    P("Planning training for councillors today was genuinely useful. Predetermination is a minefield and I'm glad we had it set out properly.",
      note="ward business; filler (shares the word 'predetermination' without a settled view)"),
    P("Another day, another Flora Meldrum press release. Takes a special kind of talent to be this wrong about drainage while living in a fen. Bless.",
      "positive", [HR, PA, IR], note="2nd occasion vs Meldrum: mock praise ('special kind of talent', 'Bless')"),
    P("Marram End allotments have 3 plots free. Message me and I'll put you in touch with the secretary.",
      note="ward business; filler"),
])

account("@ColinWadeInd", HR, "positive", "facebook", [
    P("Our MP has finally found Amblethorpe. Only took a satnav and a general election. Welcome Lydia, the A-road is the bumpy thing under your Range Rover.",
      "positive", [HR, PA, IR], note="1st occasion vs Lydia Carrow MP: sarcastic welcome, mockery"),
    P("Amblethorpe Ings flood wardens meeting went well. New sandbag store is at the fire station, key holder list is with the parish clerk.",
      note="ward business; filler"),
    P("Lydia Carrow MP voted the way the whips told her, as usual. Does she actually own a spine or is that on expenses too?",
      "positive", [HR, PA], [DF, IR], note="2nd occasion vs Carrow: 'spine' jibe; expenses quip allowed as defamation"),
    P("Roadworks on Ings Lane are overrunning by two weeks. Chased Highways, told the utility company is at fault. Chasing them next.",
      note="ward business; filler"),
    P("Still no reply from Ms Carrow on the hospital discharge cases I sent her in November. Too busy posing at ribbon cuttings. Lydia, you are useless, and everyone in this corner of the county knows it.",
      "positive", [HR, PA], note="3rd occasion vs Carrow: 'you are useless' aimed at her"),
    P("Final total from the Christmas lights switch-on is in: £860 for the air ambulance. Thank you all.",
      note="ward business; filler"),
    P("Word is Carrow's office keeps 'losing' letters from constituents who didn't vote for her. Wouldn't surprise me. Would it surprise you?",
      "positive", [HR], [DF, IR, PA], note="4th occasion vs Carrow: rumour of misconduct passed on as a question; defamation allowed"),
])

account("@AmaraNwosuCon", HR, "positive", "x", [
    P("Wrangholme market place resurfacing starts 2 Feb. Traders have been consulted & the market stays open throughout.",
      note="ward business; filler"),
    P("Labour's group leader has put out another leaflet. Bryony, sweetheart, you can't just write 'shocking!!' under a photo of a pothole and call it a policy.",
      "positive", [HR, PA], [EQ, IR], note="1st occasion vs Labour group leader Bryony Sutcliffe-Gale: condescending 'sweetheart'"),
    P("Proud to support the Wrangholme Youth FC fundraiser. New kits, new nets, same brilliant volunteers.",
      note="ward business; filler"),
    P("Bryony Sutcliffe-Gale demanding 'transparency' is rich from someone who quietly dropped three paid jobs off her register of interests. What else is missing?",
      "positive", [HR, DF], [PA, IR], note="2nd occasion vs Sutcliffe-Gale: states as fact that she hid interests (misconduct)"),
    P("Thanks to everyone at the Town Hall blood donor session. 64 donors, 11 of them first-timers.",
      note="ward business; filler"),
    P("Apparently @BryonySG_Lab was in tears in group meeting again. Maybe politics just isn't for her. Only a thought x",
      "positive", [HR, PA], [IR, EQ], note="3rd occasion vs Sutcliffe-Gale by @handle: passive-aggressive belittling"),
    P("New dropped kerbs on Station Street are done. Small job, big difference for wheelchair users and anyone with a buggy.",
      note="ward business; filler"),
])

# harassment.repeated-target: hard-negative accounts (robust, civil criticism of one person's record)
account("@PhilHaxbyLab", HR, "hard_negative", "x", [
    P("Cllr Aukland's housing plan promised 400 affordable homes by 2026. This week's report says 112. That's not a rounding error, it's a missed target, and she should explain it at scrutiny.",
      "hard_negative", note="criticises Denise Aukland's record with figures; civil"),
    P("Thanks to the crew at Wrangholme fire station for hosting our community safety evening. Smoke alarms fitted in 30 homes.",
      note="ward business; filler in a hard-negative account"),
    P("Third time of asking the Cabinet Member for Housing: how many households are in B&B accommodation right now? 'We're working on it' isn't a number, Denise.",
      "hard_negative", note="persistent, pointed question about her portfolio; no insult"),
    P("Denise Aukland has held the housing brief for four years and the waiting list has doubled. I like her personally, but the record is the record. Time for a different approach.",
      "hard_negative", note="robust criticism of the record; explicitly not personal"),
    P("Good to see the Priory Street empty homes back in use. Two years of nagging, worth every email.",
      note="ward business; filler in a hard-negative account"),
    P("Fair play to @DeniseAuklandWT for coming to the tenants' forum and taking the flak. Answers were thin though. I'll be tabling a motion on damp and mould next month.",
      "hard_negative", note="4th mention of the same person; credits her and criticises answers civilly"),
])

account("@RuthOddieLD", HR, "hard_negative", "bluesky", [
    P("The Leader has announced her third 'transformation programme' in five years. The first two cost £2.1m in consultants and gave us a new logo. I'd like to see the savings before the next one.",
      "hard_negative", note="criticises Gillian Thoresby's programmes on cost; civil"),
    P("Gillian Thoresby's administration has put council tax up by the maximum every year while closing two libraries. That's a political choice and voters will judge it in May.",
      "hard_negative", note="criticism of policy record; no insult"),
    P("Haverby Road crossing finally approved after the petition. 700 signatures and one very determined lollipop lady. Well done all.",
      note="ward business; filler in a hard-negative account"),
    P("Cllr Thoresby calls this budget 'prudent'. Prudent would have been not signing the leisure centre contract without a break clause. We're locked in until 2041.",
      "hard_negative", note="quotes her word back with a factual rebuttal; not mockery of the person"),
    P("Credit where it's due: the Leader's cost-of-living fund was a good idea and got money out quickly. My problem is that the rest of her budget undoes it.",
      "hard_negative", note="balanced criticism of the same person"),
    P("Repair café at the library on Saturday. Bring your broken toasters, wobbly chairs and sad jumpers.",
      note="ward business; filler in a hard-negative account"),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts
# ---------------------------------------------------------------------------
account("@CllrBevTowle", MX, "positive", "facebook", [
    P("Wrangholme Town ward newsletter goes out this week. If one doesn't come through your door, give me a shout and I'll drop one round.",
      note="ward business; filler"),
    P("Meet Alfie! 7lb 2oz, arrived Tuesday, and Nanna Bev hasn't stopped crying since 😭💙 Our Katie did brilliantly.",
      "positive", [MX], [DP], note="new grandchild on the councillor account; birth details of a baby allow data-protection"),
    P("Dog fouling on the Riverside path is getting worse. Enforcement patrols have been asked to step up and new bins go in next week.",
      note="ward business; filler"),
    P("Caravan's booked for the coast at Easter, just me, Trevor and the dog. Already dreaming about chips on the front 🍟",
      "positive", [MX], note="holiday plans with husband"),
    P("Cabinet confirmed the Riverside play area refurbishment. Swings, a zip wire and proper accessible equipment this time.",
      note="ward business; filler"),
    P("Forty years ago today I married that man in a borrowed suit at the chapel on Mill Lane. He still brings me a brew every morning ❤️",
      "positive", [MX], note="wedding anniversary without the word"),
    P("Reminder: council tax support applications for 2026/27 are open now. Help available at the Town Hall or on the main council number.",
      note="ward business; filler"),
])

account("@IanMcCreadyLab", MX, "positive", "x", [
    P("Raised the Cross Keys junction at scrutiny today. Two crashes since Christmas. Officers agreed to look at a safety audit.",
      note="council business; filler"),
    P("3-1 up at half time and we STILL nearly bottled it. My nerves. Up the Town Reserves 🔴⚪ best Saturday in ages",
      "positive", [MX], note="Saturday football as a fan; a few capitals, not shouting"),
    P("Casework update: 14 housing repair cases closed this month, 6 still open. Keep them coming.",
      note="council business; filler"),
    P("Pub quiz champions for the first time since 2019. Team name 'Quizteama Aguilera', and the 80s pop round was carried entirely by my mother-in-law.",
      "positive", [MX], note="pub quiz with in-laws"),
    P("Pleased to back the motion on auto-enrolment for free school meals. Every eligible child should get them without the form-filling.",
      note="council business; filler"),
    P("Kids off school with the lurgy so it's Calpol, Bluey on repeat and me answering emails with a toddler on my shoulder. Replies may be slow, sorry all 🤒",
      "positive", [MX], [DP], note="children's illness; health of children allows data-protection"),
    P("Half-term plans: the lad wants Lego, the little one wants the beach, I want a nap. Compromise reached: Lego on a beach, nap in the car.",
      "positive", [MX], note="children and half-term"),
])

account("@PoppyStainesGreen", MX, "positive", "bluesky", [
    P("Hedgerow planting along the Marram Drain cycleway. 400 whips in the ground thanks to the thirty-odd volunteers who turned out in sleet.",
      note="ward business; filler"),
    P("First wild swim of the year in the gravel pit. 4 degrees. Couldn't feel my feet for an hour, would do it again tomorrow 🥶",
      "positive", [MX], note="hobby"),
    P("Climate action plan update at cabinet: we're behind on fleet electrification. I've asked for a costed timetable.",
      note="council business; filler"),
    P("Finished the jumper! Only took 14 months and one unravelling incident involving the cat.",
      "positive", [MX], note="knitting and the cat"),
    P("Reminder that garden waste subscriptions renew in March. The price is frozen this year, which we argued for.",
      note="council business; filler"),
    P("Toddler's first word was 'bin'. Not mama, not dada. Bin. No idea where she gets it from 🙃♻️",
      "positive", [MX], note="her child's first word; joke brushes council topic but the content is family"),
    P("Quick one: the planning portal is down until Thursday, so comments on live applications can be emailed instead. Deadlines are being extended.",
      note="council business; filler"),
])

account("@KeithDunderdale", MX, "positive", "facebook", [
    P("had the Highways man out to look at the verge on Ings Road at last,, he agrees it needs doing. will keep on at them",
      note="ward business; filler"),
    P("Blue chequer hen home from the Continent sunday, 9 hrs 40 mins, best time this season. Very pleased with her 🐦",
      "positive", [MX], note="pigeon racing"),
    P("The wife had her knee done at the county hospital tuesday. Home now and giving me orders from the settee. Thanks for all the messages",
      "positive", [MX], [DP], note="wife's operation; relative's health allows data-protection"),
    P("Parish precept meeting went fine. Amblethorpe precept up 2% to cover mowing the playing field, nothing else changing",
      note="ward business; filler"),
    P("9lb pike out of the Forty Foot drain this morning, put her back of course. Good start to the day before committee.",
      "positive", [MX], note="fishing"),
    P("Anyone still having trouble with the new recycling bins not being emptied ring me or message me. Passed 11 addresses to the depot so far",
      note="ward business; filler"),
    P("Thank you to the lads from the Young Farmers who cleared the snow off the chapel car park so the funeral could go ahead.",
      note="ward thanks; filler"),
])

account("@ShaziaIqbalLD", MX, "positive", "facebook", [
    P("Casework drop-in at Amblethorpe library every first Monday. Housing, benefits, bins, whatever's bothering you.",
      note="ward business; filler"),
    P("So proud of my eldest, who passed her driving test first time! The roads of Amblethorpe Ings are officially less safe 😂🚗",
      "positive", [MX], note="daughter's driving test"),
    P("Our amendment for a £50k hardship pot was voted down at full council. We'll bring it back.",
      note="council business; filler"),
    P("Made 200 samosas for my sister's mehndi. Hands still smell of cumin, feet still hurt from dancing, zero regrets 💃",
      "positive", [MX], note="sister's wedding celebration"),
    P("Pleased the Ings Lane bus shelter has finally been replaced. Eighteen months of emails!",
      note="ward business; filler"),
    P("My dad turns 80 on Thursday and still insists on clearing his own gutters. If anyone sees a small man up a ladder on Priory Road, please shout at him for me.",
      "positive", [MX], [DP], note="father's birthday; his age and street allow data-protection"),
    P("Flooding update: sandbags at the Ings community centre, collect 9 till 4.",
      note="ward business; filler"),
])

account("@GrahamLoftCon", MX, "positive", "x", [
    P("Budget agreed: council tax up 2.99%, no cuts to frontline services, £1.2m for road resurfacing. Details below.",
      note="council business; filler"),
    P("Finally got the old Fergie running after three winters in the shed. Sounds like a bag of spanners but she goes 🚜",
      "positive", [MX], note="vintage tractor hobby"),
    P("Met the Internal Drainage Board about the Callowby pumping station. Upgrade works are funded and start in the summer.",
      note="ward business; filler"),
    P("Walked our Bess down the aisle on Saturday. Didn't cry. Definitely did not cry. Anyone who says otherwise is lying.",
      "positive", [MX], note="daughter's wedding; 'lying' is a joke, no defamation"),
    P("Rosie the spaniel has eaten a whole packet of butter and a tea towel. Vet says she'll live. Less sure about the tea towel.",
      "positive", [MX], note="the dog"),
    P("Economic development committee approved the small business grants round. Up to £5k for shopfront improvements.",
      note="council business; filler"),
])

account("@MelRaithbyReform", MX, "positive", "facebook", [
    P("Residents on Fen Lane have waited six weeks for a streetlight repair. Not good enough. Chased again today.",
      note="ward business; filler"),
    P("Bramble and me out at 7am, frost on the fields and not another soul about. Best therapy there is 🐴",
      "positive", [MX], note="her horse"),
    P("Voted against the car parking charge increase. Our high streets are struggling enough as it is.",
      note="council business; filler"),
    P("Our Millie got silver on the beam at the regional gymnastics! 11 years old and braver than I'll ever be 🥈🤸‍♀️",
      "positive", [MX], [DP], note="daughter's competition; child's name and age allow data-protection"),
    P("Back from a fortnight in the sun and I'm now the colour of a radiator. Right, 212 emails, here we go.",
      "positive", [MX], note="holiday, mixed with the council inbox"),
    P("Sat through the full council debate on the local plan. Lots of views. I'll be reading the evidence properly before it comes back.",
      note="council business; filler"),
])

# capacity.mixed-account: hard negatives
account("@CllrOliverKneale", MX, "hard_negative", "facebook", [
    P("Haverby Wold phone mast consultation: drop-in at the village hall on the 20th. Whatever your view, come and see the plans.",
      "hard_negative", note="ward business only"),
    P("Pothole on Top Road reported Monday, fixed by Friday. Sometimes it works!",
      "hard_negative", note="ward business only"),
    P("Thank you all for the birthday messages yesterday, very kind. A quiet one this year. Now, back to the verge cutting complaints.",
      "hard_negative", allowed=[MX], note="one birthday thank-you in an otherwise all-council account; a single aside is not a mixed account (rule allowed on this row only)"),
    P("School admissions: the deadline for reception places is 15 Jan. Help with the online form at the library.",
      "hard_negative", note="ward business only"),
    P("The speed indicator on Wold Road now rotates between three sites. Data goes to the parish council monthly.",
      "hard_negative", note="ward business only"),
    P("Good meeting with the rural bus operator. The Saturday service stays for at least another year.",
      "hard_negative", note="ward business only"),
])

account("@fenedge_roy", MX, "hard_negative", "x", [
    P("Marsh harrier quartering the reedbed at the Carr this morning. Two buzzards and a kestrel as well. Frosty but worth it.",
      "hard_negative", note="separate personal account: birdwatching, no council content"),
    P("Grandson's first go with the binoculars. He spotted a 'big duck' (a swan) and declared it the best day ever.",
      "hard_negative", note="separate personal account: grandchild, no council content"),
    P("New lens arrived. Already dropped the cap in a dyke. Off to a flying start.",
      "hard_negative", note="separate personal account: hobby"),
    P("Fieldfares stripping the hawthorns along the old railway line. Winter's not done yet.",
      "hard_negative", note="separate personal account: birds"),
    P("Roast, a walk along the sea bank, football on the radio. Can't ask for more than that.",
      "hard_negative", note="separate personal account: weekend"),
], kind_of_account="personal")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts
# ---------------------------------------------------------------------------
account("@CllrDebbieFrow", MOD, "positive", "facebook", [
    P("The consultation on the proposed Traveller site at Scoteney Fen closes on 6 March. Please read the documents before commenting and keep it respectful.",
      note="page owner's post; filler"),
    C("Gaz Whitworth", "keep them out. thieving pikeys the lot of them, lock up your quad bikes lads",
      "positive", [MOD], [EQ, AB, DF], note="racist slur and theft slur against Gypsies and Travellers left up on her page"),
    C("Sandra Lowe", "Where can I read the full documents? The link on the council page doesn't work.",
      note="civil question"),
    P("Thank you to everyone who came out for the litter pick along Fen Road. 42 bags!",
      note="page owner's post; filler"),
    C("Mick Tasker", "Well done Debbie and team 👍", note="civil comment"),
    P("Sad news: the Fen Road post office closes in April. I've written to the operator asking them to think again.",
      note="page owner's post; filler"),
    C("Karen P", "That postmaster has had his hand in the till for years, no wonder it's shutting. Ask anyone",
      "positive", [MOD], [DF], note="theft alleged against an identifiable postmaster, left up"),
    C("Jason Hebb", "Debbie you're as much use as the rest of them. Waste of a vote.",
      allowed=[MOD], note="rude but ordinary political criticism of the councillor; judgement call, moderation allowed"),
    P("Fen Road youth club has its funding secured for another two years!",
      note="page owner's post; filler"),
    C("Fen Lass 84", "Shame about the bloke who runs it, everyone knows what he is. Wouldn't let my kids near that nonce",
      "positive", [MOD], [DF, AB, PA], note="child-abuse slur against an identifiable youth worker, left up: severe defamation"),
])

account("@SanjayMistryLab", MOD, "positive", "facebook", [
    P("Surgery moved to the Old Library this Friday because the heating has failed at the community centre.",
      note="page owner's post; filler"),
    P("The Carr Lane HMO application goes to committee next month. I've asked for a site visit so members can see the parking for themselves.",
      note="page owner's post; filler (no settled view)"),
    C("@Wrangholme_Watch", "The landlord behind this is a crook. Dave Ostler has been ripping off tenants for years and the council does sod all.",
      "positive", [MOD], [DF], note="names a private landlord as a crook, left up"),
    C("Pauline R", "Thanks Sanjay, parking's already a nightmare on Carr Lane, glad someone's going to look.",
      note="civil comment"),
    P("Our MP Lydia Carrow came to the food bank with me today. Thank you for listening to the volunteers.",
      note="page owner's post; filler"),
    C("Ron Bickers", "Carrow's a lying tart and you're her lapdog. Both of you can f*** off",
      "positive", [MOD], [AB, PA, DF, EQ], note="obscene, sexist abuse of the MP and the councillor, left up"),
    C("Jenny Aldous", "Good to see. The food bank does amazing work.", note="civil comment"),
    P("Fly-tipping on Mill Drove cleared today. If you see anyone dumping, note the time and the vehicle and report it. Please don't confront them.",
      note="page owner's post; filler"),
    C("Stu D", "its the lot at 14 Mill Drove, blue transit WR19 KXF, seen them at it twice",
      "positive", [MOD], [DP, DF], note="address and vehicle registration of private people accused of an offence, left up"),
    P("Thank you to the Town Hall staff who kept the council tax helpline going through the IT outage.",
      note="page owner's post; filler"),
])

account("@AnnaLeversedge", MOD, "positive", "facebook", [
    P("The planning report on the Ings Farm solar farm is out. I'm not on the committee, but I'm happy to explain how to register to speak.",
      note="page owner's post; filler"),
    C("Trev Mawer", "the farmer selling up is a greedy old bastard whos had backhanders off the solar lot. everyone knows",
      "positive", [MOD], [AB, DF, PA], note="obscene insult and bribery allegation about an identifiable landowner, left up"),
    C("Helen Cawthorne", "How do I register to speak? Is there a deadline?", note="civil question"),
    C("Anna Leversedge", "Helen, register by noon two working days before the meeting. I'll message you the link.",
      note="the councillor's own civil reply"),
    P("Great news: the Thorpe Ings village shop is now listed as an Asset of Community Value.",
      note="page owner's post; filler"),
    P("Full council passed the new tenancy strategy. I abstained because I think the rural allocation is too low.",
      note="page owner's post; filler"),
    C("Big Al", "Anna you absolute waste of oxygen, hope someone runs you off the road on your way home",
      "positive", [MOD], [BI, PA, AB], note="wished harm and insult against the councillor, left up"),
    P("Gritting: a salt bin is going in at the top of Chapel Hill after your requests.",
      note="page owner's post; filler"),
    P("Thorpe Ings surgery: village hall, 10 till 12 on Saturday.",
      note="page owner's post; filler"),
    C("Darren Shaw", "Tell that planning officer Treharne he's bent as a nine bob note. Backhanders all round at your place",
      "positive", [MOD], [DF, OI, PA], note="corruption alleged against a named officer, left up"),
])

account("@CllrTomHibbert", MOD, "positive", "x", [
    P("Wrangholme leisure centre reopens Monday after the pool repairs. Free swimming for under-16s all week.",
      note="page owner's post; filler"),
    C("@fenboy_1977", "@CllrTomHibbert the lifeguard there, the ginger one, is a pervert. watch your kids",
      "positive", [MOD], [DF, PA], note="sexual misconduct alleged against an identifiable member of staff, left up as a reply"),
    P("Council tax bills go out this month. If you're struggling, the support scheme is there. Please don't suffer in silence.",
      note="page owner's post; filler"),
    C("@lincs_realist", "Easy to say on your allowance, mate.", note="sharp but fair criticism"),
    P("Cabinet approved the market town fund bid today. £3m for Wrangholme town centre if we're successful.",
      note="page owner's post; filler"),
    C("@TruthSeekerWR", "£3m to line Thoresby's mates' pockets again. She's been bought by every builder in the county, the corrupt old witch",
      "positive", [MOD], [DF, PA, AB, EQ], note="corruption stated as fact about the Leader plus gendered abuse, left up"),
    C("@wrangholme_annie", "What will it actually be spent on? Shops are closing faster than they open.",
      note="civil, sceptical question"),
    P("Well done to Wrangholme Athletic on reaching the county cup semi-final!",
      note="page owner's post; filler"),
    P("I sit on the licensing committee, so I can't comment on the Red Lion licence review until it's decided.",
      note="page owner's post; filler"),
    C("@ScoteneyMum", "The landlady at the Red Lion is a drunk and serves kids. She lives at 3 Sheep Walk if anyone wants to tell her",
      "positive", [MOD], [DF, DP, BI], note="allegation plus home address of a private person, inviting others to go round; left up"),
])

account("@MaggieCroftLD", MOD, "positive", "facebook", [
    P("Wrangholme Pride is back in June and I'm proud to be on the organising group again. Volunteers very welcome 🏳️‍🌈",
      note="page owner's post; filler"),
    C("John Gorse", "keep that filth away from our kids. sick in the head the lot of you",
      "positive", [MOD], [EQ, AB, PA], note="homophobic abuse left up"),
    C("Tina Sharp", "Count me in! I'll do the cake stall again", note="civil comment"),
    P("New defibrillator installed at Callowby village hall, paid for by my ward budget and the WI. Training session on the 12th.",
      note="page owner's post; filler"),
    C("Rob Tyas", "Shame it wasn't there when old Bert Rawson went down outside the Swan. Mind you he drank himself into the grave so maybe not",
      "positive", [MOD], [PA, DP], note="sneering remark about a named local man's drinking and death, left up"),
    P("Callowby recycling centre opening hours change from April. Full details on the council website.",
      note="page owner's post; filler"),
    C("Wayne M", "the fat cow who works the gate there is a nasty piece of work. should be sacked",
      "positive", [MOD], [PA, AB], note="abuse of an identifiable member of staff, left up"),
    C("Margaret Croft", "Wayne, please don't talk about staff like that on my page. They do a hard job.",
      note="councillor's reply; she rebukes but the comment stays up"),
    P("Thanks to everyone who joined our Lib Dem action day in Callowby. Lots of good conversations on doorsteps.",
      note="page owner's post; filler"),
])

account("@HarrietClayworth", MOD, "positive", "facebook", [
    P("As Chair of Planning I can't comment on live applications, but I can explain how committee decisions get made. Short guide below.",
      note="page owner's post; filler"),
    C("Phil Kendrew", "Process looks fine on paper but residents never feel listened to. Ferry Lane proved that.",
      note="critical but fair"),
    P("Congratulations to Wrangholme in Bloom on their gold award!",
      note="page owner's post; filler"),
    C("Sheila Dent", "The woman who runs In Bloom is a two-faced snob who helped herself to the committee funds last year. Ask her where the £600 went",
      "positive", [MOD], [DF, PA], note="theft alleged against an identifiable volunteer, left up"),
    P("Annual planning enforcement report: 212 complaints investigated, 38 notices served.",
      note="page owner's post; filler"),
    C("Kev Olley", "Enforcement? My neighbour Gary Pask at 22 Fen Bank put up a 3 metre wall with no permission and nobody's done sod all",
      "positive", [MOD], [DP, DF], note="name and address of a private individual with an allegation, left up"),
    C("Harriet Clayworth", "Kev, please report it to enforcement directly rather than on here and I'll make sure it's looked at.",
      note="councillor's reply; does not remove the comment"),
    P("Committee site visits next week: three sites in Haverby Wold. The public can't join, but the reports are online.",
      note="page owner's post; filler"),
    C("Concerned of Haverby", "Harriet Clayworth is a developer's whore. How much did they pay you this time?",
      "positive", [MOD], [AB, PA, DF, EQ], note="obscene, sexist abuse and bribery insinuation about the councillor, left up"),
])

account("@LeeBarnsdaleReform", MOD, "positive", "facebook", [
    P("Packed public meeting on the asylum hotel proposal at the Marram End Lodge. Strong feelings in the room. I'll take every concern to the Home Office.",
      note="page owner's post; filler"),
    C("Mark Gedney", "Send them back in rubber dinghies the lot of them. Vermin",
      "positive", [MOD], [EQ, AB, BI], note="dehumanising racist comment left up"),
    C("Sue Wilkins", "My worry is the GP surgery, it's already three weeks for an appointment. Can you ask about capacity?",
      note="civil concern"),
    P("Fen Lane potholes filled at last. Keep reporting them, it works.",
      note="page owner's post; filler"),
    P("Labour walked out of the budget meeting again. Residents deserve better than political theatre.",
      note="page owner's post; filler (robust party criticism)"),
    C("Paula Grice", "That Kirkham woman is a scrounger who's never done a day's work. Lives off her allowance and her fella's benefits",
      "positive", [MOD], [PA, DF], note="insult and benefit allegation about a named councillor and her partner, left up"),
    P("Thank you to the volunteers at the Marram End community fridge. 300kg of food saved from landfill this month.",
      note="page owner's post; filler"),
    C("Dean Hobson", "Reform are a joke Lee. Your lot can't add up and you know it.",
      note="critical of the party; fair game"),
    P("Surgery at the Marram End Arms function room, Saturday 11 till 1.",
      note="page owner's post; filler"),
    C("Bez", "Take a baseball bat to that Labour lot Lee, only language they understand 😂",
      "positive", [MOD], [BI, AB], note="incitement to violence against councillors, left up"),
])

# moderation.third-party-comments: hard negative (civil or critical-but-fair comments)
account("@JoannaPickwell", MOD, "hard_negative", "facebook", [
    P("The bus subsidy cut goes to cabinet next week and I'll be speaking against it. Tell me how it would affect you.",
      "hard_negative", note="page owner's post"),
    C("Gordon Sewell", "I'm a Tory voter and I think you're wrong on this, the buses run empty half the day. But fair play for asking.",
      "hard_negative", note="civil disagreement"),
    C("Alison Brackley", "My mum relies on the 47 to get to the surgery. Without it she's stuck. Please keep fighting.",
      "hard_negative", note="civil support"),
    P("The solar panels on the leisure centre roof saved £38k in their first year.",
      "hard_negative", note="page owner's post"),
    C("Rich Toft", "£38k against what they cost to put up? Give us the full numbers Joanna, not the PR version.",
      "hard_negative", note="sharp, fair challenge"),
    C("Joanna Pickwell", "Fair challenge Rich. Installation was £210k, so roughly five and a half years to pay back at current prices. Report link below.",
      "hard_negative", note="councillor answers the critic"),
    P("I've taken down a comment on this page that named a private individual and where they live. Debate the issues as hard as you like, but leave people's homes and families out of it.",
      "hard_negative", note="notice of a removed comment; the removed comment is not in the set"),
    P("Ludden Carr flood group AGM next week. New members welcome, no experience needed.",
      "hard_negative", note="page owner's post"),
    C("Trev Ingle", "Greens want to flood the fens on purpose for the birds. Madness. Not voting for you again.",
      "hard_negative", note="hostile to the party's policy, not abusive"),
    C("Sally Marfleet", "Drainage round here has been a shambles for a decade under this council. Glad somebody's at least asking questions.",
      "hard_negative", note="harsh criticism of the council, not of a person"),
])


# ---------------------------------------------------------------------------
def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def verdict_for(rules):
    v = "ok"
    for r in rules:
        if ORDER.index(BASE[r]) > ORDER.index(v):
            v = BASE[r]
    return v


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        # group rows: each post followed by its comments
        groups = []
        for r in acc["rows"]:
            if r["kind"] == "post":
                groups.append([r])
            else:
                groups[-1].append(r)
        n = len(groups)
        chunk = len(days) / n
        for gi, g in enumerate(groups):
            lo, hi = int(gi * chunk), int((gi + 1) * chunk) - 1
            day = days[rng.randint(lo, hi)]
            last_hour = 14 if len(g) > 1 else 17
            t = dt.datetime(day.year, day.month, day.day,
                            rng.randint(8, last_hour), rng.randint(0, 59),
                            tzinfo=dt.timezone.utc)
            parent_key = None
            for r in g:
                if r["kind"] == "comment":
                    t = t + dt.timedelta(minutes=rng.randint(4, 55))
                key = len(rows)
                if r["kind"] == "post":
                    parent_key = key
                role = acc["role"]
                family = "hard_negative" if r["kor"] == "hard_negative" else acc["pattern"]
                row = {
                    "text": r["text"],
                    "author": acc["author"],
                    "created_at": t.isoformat(),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = r["by"]
                    row["_parent"] = parent_key
                allowed = list(r["allowed"])
                if r["kor"] == "filler" and role == "positive" and acc["pattern"] not in allowed:
                    allowed.append(acc["pattern"])
                row["expect"] = {"rules": r["rules"], "allowed": allowed,
                                 "verdict": r["verdict"] or verdict_for(r["rules"])}
                row["family"] = family
                row["account_pattern"] = acc["pattern"]
                row["account_role"] = role
                row["kind_of_row"] = r["kor"]
                row["note"] = r["note"]
                rows.append(row)
    order = list(range(len(rows)))
    rng.shuffle(order)
    ids = {}
    for n, k in enumerate(order, 1):
        ids[k] = "B58-A-%04d" % n
    out = []
    for k in order:
        row = dict(rows[k])
        rid = ids[k]
        parent = row.pop("_parent", None)
        new = {"id": rid}
        for key, val in row.items():
            new[key] = val
            if key == "comment_by":
                new["parent_id"] = ids[parent]
        out.append(new)
    with open(os.path.join(HERE, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    out = build()
    print("wrote %d rows from %d accounts" % (len(out), len(ACCOUNTS)))
