#!/usr/bin/env python3
"""Build blind evaluation set b129 (Kelderby and Wolds District Council).

The rows below were written by hand. This script only assigns authors,
platforms and timestamps, makes the obfuscated variants, shuffles, gives ids
B129-0001 ... and turns row keys in notes ({key}) into ids. Fixed seed, so
running it twice writes the same posts.jsonl byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 129129
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B129"

R = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OF": "officers.impartiality",
    "DP": "data-protection.personal-data",
    "IA": "position.improper-advantage",
    "PD": "predetermination.closed-mind",
    "GI": "gifts.hospitality",
    "ME": "meetings.during-meeting",
    "HA": "haste.pause-before-posting",
    "IR": "tone.irony-risk",
    "SC": "security.credentials",
}
MIN_SEV = {"PA": "review", "AL": "review", "BI": "block", "EQ": "block", "DF": "review",
           "OF": "review", "DP": "review", "IA": "review", "PD": "review", "GI": "advice",
           "ME": "advice", "HA": "advice", "IR": "advice", "SC": "block"}
ORDER = ["ok", "advice", "review", "block"]
FAMILY = {"pa": "respect.personal-attack", "al": "respect.abusive-language",
          "bi": "bullying.intimidation", "eq": "equality.discrimination",
          "df": "defamation.allegation"}

ROWS = []


def row(key, rules, allowed, text, note, sev=None, author=None, date=None):
    ROWS.append(dict(key=key, rules=rules.split(), allowed=allowed.split(), text=text,
                     note=note, sev=sev, author=author, date=date))


# ---------------------------------------------------------------- personal attack
row("pa01", "PA", "", "Gillian Featherstone stood up at full council and read out a speech she clearly hadn't written and didn't understand. Gormless doesn't cover it. Kelderby North deserves better than a Leader who's all mouth and no trousers.",
    "Insults at the Leader by name ('gormless', 'all mouth and no trousers'); no swear word.")
row("pa02", "PA", "", "@BarryScaifeBA you great daft wazzock. Three year on housing and tha still can't tell a damp survey from a bus timetable.",
    "Dialect insult ('wazzock') at a cabinet member's handle. HN5 {h5_15} uses 'wazzock' of the writer's own husband in banter.")
row("pa03", "PA", "", "Watching Trevor Hebblethwaite chair planning is like watching a sheep try to drive a tractor. Bless him, he's as much use as a chocolate teapot.",
    "Mild ridicule of the chair of planning as a person; idiom, no swearing. The mildest personal-attack row.")
row("pa04", "PA OF", "", "Our Chief Executive, Adrian Marwood, is a spineless jobsworth who'd sell his own granny for a pat on the head from the cabinet.",
    "Insult at a named officer: officers expected. HN1 {h1_13} calls a decision 'spineless'.")
row("pa05", "PA IR", "", "Congratulations to @ColinWardleThixby on a truly historic achievement: the first Cabinet Member for Environment in living memory to lose a gritter. Genius. Absolute genius. Brain of Britain, is our Colin.",
    "Mock congratulation: irony expected with personal-attack.")
row("pa06", "PA", "", "Nadia Qureshi is a two-faced snake. Smiles at you in the corridor at Kelderby then knifes you in the Mercury the next morning.",
    "Name-calling ('two-faced snake'); 'knifes you' is figurative, so bullying is not allowed-listed.")
row("pa07", "PA", "EQ", "Owen Pickersgill has the attention span of a gnat and half the manners. Grow up, lad.",
    "Insult at a young councillor; 'grow up, lad' brushes his age, so equality is allowed, not expected.")
row("pa08", "PA", "", "Piotr Zielinski, you pillock. You've been told four times where the drainage money went and you still ask. Are you thick or just pretending?",
    "Direct insults ('pillock', 'thick') at a named councillor.")
row("pa09", "PA OF", "PD", "The Senior Planning Officer is either incompetent or idle, and on the Low Ings report I'd say both. Martin Ruddock should be nowhere near a planning file.",
    "Attack on a named officer by role and name; predetermination allowed because Low Ings is a pending application, though no view on it is given.")
row("pa10", "PA", "BI EQ", "Nobody in Brantingholme would miss Levi Boswell if he packed up and went tomorrow. Worthless, idle, a waste of a seat and a waste of skin.",
    "Severe ('a waste of skin'): block. 'Packed up and went' at a Romany councillor carries an undertone, so equality is allowed; bullying allowed as it wishes him gone rather than threatens.", sev="block")
row("pa11", "PA", "EQ", "Janet Sowerby has a face like a slapped backside every time someone asks her a question in cabinet. Mardy, rude and useless.",
    "Appearance and manner insults at a named councillor; equality allowed for the looks jibe at a woman.")
row("pa12", "PA", "", "Stuart Blenkin is a professional whinger. Born mithering, he'll die mithering, and in between he's never done a day's graft for Ormsthorpe.",
    "Insult in dialect ('mithering', 'graft') at a named councillor. HN6 {h6_22} criticises his record on a promised meeting instead.")
row("pa13", "PA", "EQ", "@HelenRennardGreen is the most sanctimonious, holier-than-thou woman on this council. Climb down off your high horse, love.",
    "Insult at a named councillor; 'love' and 'woman' put-down, and 'climb down' at a wheelchair user, so equality is allowed rather than expected.")
row("pa14", "PA", "", "Malcolm Ackroyd couldn't run a bath, never mind a forty million pound budget. Clueless, arrogant, and too proud to ask anybody for help.",
    "Insults at the finance portfolio holder as a person. HN6 {h6_04} criticises his reserves policy on the record.")
row("pa15", "PA", "EQ", "Eileen Garbutt nods along in every meeting like one of them dogs on a car parcel shelf. Not a single thought of her own.",
    "Ridicule of a named councillor. She wears hearing aids ({h4_13}); the nodding jibe may touch that, so equality is allowed.")
row("pa16", "PA", "EQ", "Derek Holmshaw, you're a rude, bullying old goat and everyone in that chamber knows it.",
    "Insult at a named councillor; 'old goat' touches age, equality allowed. HN6 {h6_08} raises his tenure without insult.")
row("pa17", "PA", "", "Cllr Mistry's 'costed plan' is the work of a man who thinks a spreadsheet is summat you put on a bed. Honestly, what a numpty.",
    "'Numpty' and ridicule at a named councillor. HN6 {h6_14} criticises the same kind of plan on its merits.")
row("pa18", "PA IR", "", "Ooh, well done @AnnieWongPA, another motion that achieves precisely nowt. You must be so proud. 👏👏",
    "Mock praise with clapping emoji: irony expected.")
row("pa19", "PA", "", "Graham Tindall is a gutless yes-man. Featherstone says jump, he asks how high and which field.",
    "Insult ('gutless yes-man') at a named councillor; the Leader is named by surname too.")
row("pa20", "PA", "EQ", "Kirsty Lumb is out of her depth and drowning. Embarrassing to watch. Somebody throw the lass a rubber ring.",
    "Belittling a named councillor; 'the lass' at a pregnant colleague, equality allowed. HN6 {h6_10} criticises her motion's costings.")
row("pa21", "PA OF", "DF", "The Monitoring Officer is a glorified doorman for the ruling group. Susan Brigham wouldn't know impartial if it bit her on the backside.",
    "Attack on the Monitoring Officer by role and name: officers expected; defamation allowed for the bias hint.")
row("pa22", "PA", "BI", "Sam Ingleby is a vile, spiteful, poisonous piece of work and the sooner she's gone from this council the better for every one of us.",
    "Severe ('vile, spiteful, poisonous piece of work'): block. 'Gone from this council' is a wish, so bullying is only allowed.", sev="block")
row("pa23", "PA", "", "Daniel Osei talks like he's swallowed a management textbook and understood none of it. Pompous, preening and empty.",
    "Insults at a named councillor's manner, no swearing.")
row("pa24", "PA", "", "Ey up, @LindaKettlewell's found her voice. Shame it's only ever used to moan. Most negative person I've ever sat next to, and I've sat next to a muck spreader.",
    "Put-down in local idiom at a named councillor's handle.")
row("pa25", "PA", "", "Ruth Abrahams is a smug know-all who treats anybody without a degree like they've just come in from muck-spreading.",
    "Insult at a named councillor ('smug know-all'). Nothing in it touches her religion.")
row("pa26", "PA", "DF", "Jack Thackray is a bone-idle waste of an allowance. Turned up to two meetings since May. Two.",
    "'Bone-idle waste of an allowance' at a named councillor; the attendance figure could be wrong, so defamation is allowed.")

# ---------------------------------------------------------------- abusive language
row("al01", "AL", "PA", "The new bin rota is an absolute shitshow. Three weeks, no collection on Thixby Back Lane, and Clearbeck can't even answer t'phone.",
    "Obscenity at a service; personal-attack allowed for the contractor. HN1 {h1_02} says the same without swearing.")
row("al02", "AL PA", "", "@TrevHebbleBA you utter knobhead. You waved the Cawdale quarry extension through without reading a page.",
    "Obscene insult at a councillor's handle.")
row("al03", "AL", "", "Kelderby's parking strategy is bollocks from start to finish. Forty quid a month for a permit in a market town? Get to f***.",
    "Obscenity at a policy; no person. HN1 {h1_01} makes the same point without swearing.")
row("al04", "AL PA", "", "Barry Scaife, you absolute bellend. Answer the question about Mill Garth instead of giving us your usual pile of crap.",
    "Obscene insult at a named councillor.")
row("al05", "AL", "", "What a load of shite that budget report is. Page after page of consultant waffle and not one word about the Wolds bus.",
    "Obscenity at a report. HN1 {h1_04} is the clean version.")
row("al06", "AL", "PA", "Stop talking shite about the Skipwold bus, @NadiaQureshiVD. Route 44 was cut under your lot.",
    "Obscenity at what someone says, not the person: personal-attack only allowed.")
row("al07", "AL PA", "", "Gillian Featherstone is a nasty, vindictive cunt and I don't care who reads this.",
    "The c-word at the Leader: severe, block.", sev="block")
row("al08", "AL", "PA", "Whoever designed the new Kelderby one-way wants their bloody head testing. It's a fucking death trap at the cattle market end.",
    "Obscenity at a road scheme; 'whoever' keeps personal-attack allowed only. HN1 {h1_07} is the clean version.")
row("al09", "AL", "PA", "Ormsthorpe tip hours cut AGAIN. Pissing down, queue back to the bypass, and some arse in a hi-vis waving folk away at three o'clock.",
    "Crude language about a service and an unnamed member of staff; personal-attack allowed.")
row("al10", "AL", "PA", "Fosdyke Homes are a bunch of greedy bastards and I'll say it to their faces at the Drovers.",
    "Obscenity at a company: personal-attack allowed only.")
row("al11", "AL PA", "", "@OwenPickersgill shut your gob, you gobby little twat.",
    "Obscene insult at a councillor's handle.")
row("al12", "AL", "", "Piss-poor. That's the only phrase for this council's flood response in Thixby Ings. Piss. Poor.",
    "Crude language at a council response. HN1 {h1_09} is the clean version.")
row("al13", "AL", "PA BI", "The Wolds Vale Homes app is a pile of arse. Tried to report a leak four times, crashes every time. Whoever built it wants shooting.",
    "Crude language at an app; 'wants shooting' is figurative, bullying allowed. HN1 {h1_21} says the app is useless.")
row("al14", "AL PA", "", "Malcolm Ackroyd, you sanctimonious prick. You voted for the cuts and now you're posing for photos at the food bank.",
    "Obscene insult at a named councillor.")
row("al15", "AL", "PA DF", "The directors of Clearbeck are thieving, parasitic bastards and I hope every one of them rots.",
    "Severe abuse at unnamed directors: block. 'Thieving' allows defamation; personal-attack allowed as no one is named.", sev="block")
row("al16", "AL PA OF", "EQ", "Whoever writes our press releases wants sacking. Oh wait, it's Emma Stockdale. Useless cow couldn't spell Kelderby.",
    "Abuse at a named officer: officers expected; 'cow' at a woman, equality allowed.")
row("al17", "AL", "", "Planning committee last night was a total clusterfuck from start to finish. Two hours on a conservatory and ten minutes on the bypass.",
    "Obscenity at a meeting, after the event, so meetings is not allowed-listed.")
row("al18", "AL PA", "", "Annie Wong can kiss my arse if she thinks I'm backing her motion on the market.",
    "Crude put-down at a named councillor.")
row("al19", "AL", "", "Bloody hell. £2.3m on the new council offices and the roof leaks within a year. Absolute piss-take.",
    "Mild crude language at a spending decision; some would let it pass. HN1 {h1_10} is the clean version.")
row("al20", "AL PA", "EQ", "Jack Thackray, you dozy bastard, you voted the wrong way on your own amendment.",
    "Obscene insult at a named councillor; he is autistic ({h4_10}) and 'dozy' could be heard as touching that, so equality is allowed.")
row("al21", "AL", "PA", "Shove your 'consultation' up your arse, @KelderbyWoldsDC. You'd already decided on the library.",
    "Crude language at the council's own account: personal-attack allowed for an institution. HN1 {h1_12} makes the same point.")
row("al22", "AL PA", "EQ", "Derek Holmshaw is a miserable old git who's been farting about in that chamber since 1987.",
    "Crude insult at a named councillor; 'old' allows equality.")
row("al23", "AL", "PA", "The Wolds Courier's coverage this week is utter bollocks. Whoever their 'source' is should be ashamed.",
    "Obscenity at a newspaper: personal-attack allowed only.")
row("al24", "AL OF", "PA", "Kevin Oddie's medium-term financial plan is a steaming pile of dog shit.",
    "Obscenity at a report by a named officer: officers expected, personal-attack allowed (the target is the plan).")
row("al25", "AL PA", "", "Stuart Blenkin is a spineless, useless wanker and the whole of Ormsthorpe knows it.",
    "Obscene insult at a named councillor.")
row("al26", "AL", "PA", "Roadworks through Skipwold for the SIXTH week. Who the fuck plans these things? Wankers, the lot of them.",
    "Obscenity at unnamed planners of roadworks: personal-attack allowed only.")

# ---------------------------------------------------------------- bullying and intimidation
row("bi01", "BI", "PA", "@BarryScaifeBA if you show your face at Brantingholme social club again I'll put you through the window meself. Think on.",
    "[explicit] Threat of violence at a councillor's handle.")
row("bi02", "BI", "DP", "I know where Piotr Zielinski lives. Top of Sike Lane, blue door. Maybe a few of us should go round and have a word.",
    "[explicit] 'I know where you live' with his street and door; data protection allowed for the home details. He mentions Sike Lane himself in HN2 {h2_02}.")
row("bi03", "BI", "PA", "Keep pushing this, Nadia, and you'll end up in the beck. Not a threat. A promise.",
    "[explicit] Threat of harm by first name.")
row("bi04", "BI OF", "PD", "Martin Ruddock recommends approval on Low Ings and he'd better have his car insured for everything. Planners have accidents like anybody else.",
    "[explicit] Threat at a named officer over a recommendation: officers expected; predetermination allowed for the pending application.")
row("bi05", "BI", "", "The lass who reported me to standards: I know who you are and I know where you work. You'll regret it.",
    "[explicit] Threat at a complainant. HN5 {h5_16} and HN2 {h2_22} share 'you'll regret'.")
row("bi06", "BI", "", "If Colin Wardle turns up at the Thixby flood meeting he'll be going home in an ambulance. Folk round here have had enough.",
    "[explicit] Threat of violence at a named councillor, voiced as a forecast.")
row("bi07", "BI", "PA", "Next time Owen Pickersgill mouths off at me in the civic centre car park he'll get a smack. Simple as.",
    "[explicit] Threat of a blow at a named councillor.")
row("bi08", "BI", "PA DF", "Any more of your lies, @RuthAbrahamsGreen, and I'll burn them leaflets of yours on your front lawn with you watching.",
    "[explicit] Threat of arson at her home; 'lies' allows defamation.")
row("bi09", "BI", "PA", "Whoever keyed my car outside the Drovers: I've a good idea it was one of the Ings Independents. When I find out which one, I'll break his fingers.",
    "[explicit] Threat of violence at an unnamed member of a named party.")
row("bi10", "BI", "DP", "Lovely house you've got out Skipwold way, Ravi. Be a shame if owt happened to that conservatory.",
    "[veiled] Menace by implication at his home.")
row("bi11", "BI", "EQ DP", "Interesting to see Helen Rennard's had the ramp put in up to her front door at last. Ramps can be slippy in the frost. Just saying.",
    "[veiled] Veiled threat at a wheelchair user's home ramp; equality allowed for the undertone, data protection for the home.")
row("bi12", "BI", "DP", "Funny old thing, Daniel. Folk who cross the wrong people in this district don't tend to keep their seats long round here. Or their jobs at the vets. Ask your predecessor.",
    "[veiled] Threat to seat and career by implication; his workplace allows data protection.")
row("bi13", "BI", "", "Dear Kirsty Lumb: sleep well tonight. Properly well. While you can.",
    "[veiled] Menace by implication; HN5 {h5_07} ends a gritting post 'sleep tight'.")
row("bi14", "BI", "EQ", "Levi Boswell's horses are looking well up on Howe Lane. Shame if a gate got left open one night on the bypass side.",
    "[veiled] Veiled threat to a Romany councillor's horses; equality allowed for the undertone.")
row("bi15", "BI OF", "DP", "Reminder to Dave Cussons: folk in licensing have kids at Thixby CE Primary too. Think carefully about the Drovers review.",
    "[veiled] Veiled threat to an officer through his children's school: officers expected, data protection allowed. HN7 {h7_07} is the notice for the same review.")
row("bi16", "BI", "EQ DP", "Stuart, I hear you've been struggling with your nerves again. It'd be a pity if all that came out before May. Think on.",
    "[veiled] Threat to expose his mental health unless he behaves; equality and data protection (health) allowed. Some would tag it [pressure]. HN4 {h4_11} is his own post on depression.")
row("bi17", "BI", "EQ DP", "Hello @AnnieWongPA. Nice little takeaway your mam and dad run on Market Row. Busy Friday nights, aren't they? Lots of windows.",
    "[veiled] Veiled threat to her family's business; equality and data protection allowed. HN4 {h4_07} is her own post on the chippy.")
row("bi18", "BI", "IA", "Message to anybody on our side thinking of voting with the opposition on Tuesday: I know who signs off your ward budgets, and I'll not forget a single name.",
    "[pressure] Whip-style coercion with ward money; improper advantage allowed.")
row("bi19", "BI", "IA", "Jack Thackray's village hall grant is sat on my desk. Funny how these things go slow when folk vote against you.",
    "[pressure] Using the office to punish a vote; improper advantage allowed.")
row("bi20", "BI", "EQ", "I've got the video of Eileen Garbutt asking the chair to repeat the question three times. Thinking of posting it with subtitles. Unless she withdraws her motion, of course.",
    "[pressure] Humiliation of a hearing-aid user as leverage; equality allowed.")
row("bi21", "BI", "", "Calling everybody in Thixby: get down to full council on Thursday and give Linda Kettlewell the roasting she deserves from the gallery. Boo every word. Make her cry.",
    "[pressure] Organised humiliation, not a threat of harm.")
row("bi22", "BI OF", "DF", "Kevin Oddie, you'll rewrite that reserves warning by Friday or I'll make sure every member knows what happened at your last council. Your choice.",
    "[pressure] Pressing the s151 officer to change advice under threat of exposure: officers expected, defamation allowed for the hint.")
row("bi23", "BI", "IA", "Anybody who gives evidence against me at the standards hearing should remember they might want summat from this council one day. Planning, licensing, a house. Long memories round here.",
    "[pressure] Threat at witnesses through council powers; improper advantage allowed.")
row("bi24", "BI", "IA", "To the Wolds Courier: run that story about my business and I'll see every council advert you get pulled. Try me.",
    "[pressure] Threat to a newspaper through council spending; improper advantage allowed.")
row("bi25", "BI", "IA", "I sit on the allocations panel. Mill Garth tenants who've been signing petitions against me: I've got your names. Just so you know.",
    "[pressure] Threat to tenants through the allocations panel; improper advantage allowed.")
row("bi26", "BI", "", "Gillian, I've kept every text you ever sent me. Every one. Back me for deputy or the whole of Kelderby gets to read them.",
    "[pressure] Blackmail for a post.")

# ---------------------------------------------------------------- equality and discrimination
row("eq01", "EQ", "", "Thixby used to be an English village. Now you can't get served in the Spar without hearing Polish and Romanian. Ingsfield Foods should be made to hire locals first, not this lot.",
    "[explicit; race] Hostility to Polish and Romanian workers by nationality. HN3 {h3_07} and HN2 {h2_12} answer it.")
row("eq02", "AL PA EQ", "DF", "Levi Boswell's a Gyppo and Gyppos don't pay council tax, they take. Keep your quad bikes locked up, Brantingholme.",
    "[explicit; race] Slur and theft trope at a Romany councillor: abusive, personal-attack and equality; defamation allowed. HN3 {h3_16} busts the council tax myth.")
row("eq03", "AL PA EQ", "", "Annie Wong on the licensing committee? A Chink deciding takeaway licences. You couldn't make it up.",
    "[explicit; race] Racial slur at a named councillor.")
row("eq04", "PA EQ", "", "Daniel Osei keeps banging on about 'our heritage' in Kelderby. Whose heritage, lad? Your lot weren't here when they built the minster.",
    "[explicit; race] Excludes a Black British councillor from local heritage by race. HN4 {h4_15} is his own post on his dad.")
row("eq05", "EQ", "", "Notice how the Spar in Thixby stocks more pierogi than pork pies these days? Kelderby Show prize for best in breed should go to whoever can still speak English. #KeepTheValeYorkshire",
    "[coded; race] Anti-Polish insinuation through food and language; names no group.")
row("eq06", "PA EQ", "", "Piotr Zielinski can have opinions on Yorkshire farming when he can pronounce Thixby. Until then he wants to go back where he came from and tell them how to run things.",
    "[explicit; race] 'Go back where he came from' at a Polish-born councillor. HN2 {h2_02} is his answer to the same phrase.")
row("eq07", "EQ", "", "Horse fair on Skipwold common next week. Get your washing in, lock your sheds and count your grandkids. You all know why.",
    "[coded; race] Gypsy and Traveller theft trope with no group named. HN3 {h3_03} and HN2 {h2_15} answer it.")
row("eq08", "EQ", "", "Garth House Hotel's full of young men with nowt to do and phones worth more than my car. Our lasses walk past there for the school bus. Just saying.",
    "[coded; race] Asylum seekers cast as a sexual threat by insinuation. HN3 {h3_02} criticises the same contract on process.")
row("eq09", "PA EQ", "", "Nadia Qureshi shouldn't have a say on Kelderby's Christmas market. She's a Muslim, she doesn't even celebrate Christmas.",
    "[explicit; religion or belief] Excludes a named councillor from a decision by religion.")
row("eq10", "EQ", "PD", "We don't want a mosque on Station Road. We don't want the call to prayer over the Vale. Kelderby is a Christian town and it stays one.",
    "[explicit; religion or belief] Anti-Muslim; predetermination allowed for the Islamic Centre extension. HN3 {h3_05} is the committee member's neutral post.")
row("eq11", "PA EQ", "IR DF", "Ruth Abrahams chairing the audit panel. Well, who better to count our shekels? 😉",
    "[coded; religion or belief] Antisemitic money trope with a wink at a Jewish councillor; irony and defamation allowed. HN2 {h2_14} names the trope to condemn it.")
row("eq12", "PA EQ", "", "Ravi Mistry wants the cattle market site for 'community use'. Which community, Ravi? Which gods? 🐄",
    "[coded; religion or belief] Mocks a Hindu councillor's faith with 'which gods' and a cow emoji. HN2 {h2_20} condemns 'cow worshipper'.")
row("eq13", "PA EQ", "", "Helen Rennard can't even get up the bank to look at the Skipwold flood defences, so why's she on the flood panel? Put somebody on it who can stand up.",
    "[explicit; disability] Excludes a wheelchair user by her disability. HN2 {h2_06} condemns the same line; HN6 {h6_12} criticises her attendance.")
row("eq14", "PA EQ", "", "Jack Thackray's autistic, and it shows. Can't look you in the eye, can't take a joke, can't read a room. Not fit for a council seat.",
    "[explicit; disability] Autism as unfitness for office. HN4 {h4_10} is his own post.")
row("eq15", "AL EQ", "", "The day centre at Brantingholme is full of mongs and we're spending £400k a year on it. Close it and put the money into the roads.",
    "[explicit; disability] Slur at learning-disabled service users: abusive and equality. HN3 {h3_08} defends the same centre; HN2 {h2_05} condemns the word.")
row("eq16", "PA EQ", "", "Stuart Blenkin's had 'time off' again. Must be nice to be so delicate. Some of us just get on with it, love.",
    "[coded; disability] Mocks a named councillor's mental illness without naming it.")
row("eq17", "PA EQ", "", "Derek Holmshaw is 81. Eighty-one. He should be sat by the fire with a blanket, not deciding the future of young families in Cawdale. Time he was put out to grass.",
    "[explicit; age] Unfit by age. HN6 {h6_08} argues tenure without age; HN4 {h4_12} is his own post.")
row("eq18", "PA EQ", "IR", "Lovely that Owen Pickersgill's mam lets him out on school nights to come to full council. When he's paid a mortgage he can lecture us on housing.",
    "[coded; age] Belittles a 26-year-old by youth; irony allowed.")
row("eq19", "PA EQ OF", "", "Philippa Thorne proves my point: women shouldn't be running planning departments. Too soft, too emotional, they cave in to the first sob story.",
    "[explicit; sex] Sexist attack on a named officer: officers expected.")
row("eq20", "PA EQ", "", "Every time Janet Sowerby opens her mouth in cabinet you can tell what time of the month it is.",
    "[coded; sex] Menstruation jibe at a woman councillor; names no sex.")
row("eq21", "PA EQ", "", "Owen Pickersgill shouldn't be on the fostering panel. A gay lad deciding where kids go? No thanks.",
    "[explicit; sexual orientation] Excludes a gay councillor from a role. HN4 {h4_03} is his own post.")
row("eq22", "EQ", "", "Rainbow flag on the town hall all February. Just what the farmers of the Wolds want to see when they come in to pay their business rates. Keep that stuff in the cities.",
    "[coded; sexual orientation] Wants LGBT people out of rural life; names no group. HN2 {h2_17} answers 'keep that stuff in the cities'; HN3 {h3_06} explains the flag.")
row("eq23", "PA EQ", "", "Sam Ingleby is a bloke in a frock and I'll call him a bloke as long as I like. Using the women's toilets at the civic centre should be a standards matter.",
    "[explicit; gender reassignment] Misgendering and exclusion of a trans woman. HN2 {h2_11} condemns the phrase; HN3 {h3_12} explains the policy.")
row("eq24", "PA EQ", "", "Sam Ingleby wants to talk about 'women's safety' in Brantingholme. Interesting. What was your name at school, Sam?",
    "[coded; gender reassignment] Deadnaming insinuation at a trans woman.")
row("eq25", "PA EQ", "", "Kirsty Lumb's having a baby in May, so that's Ormsthorpe without a councillor for a year. Pregnant women shouldn't stand if they can't do the job.",
    "[explicit; pregnancy and maternity] Pregnancy as unfitness. HN3 {h3_09} and HN4 {h4_09} are the answers.")
row("eq26", "PA EQ", "", "Linda Kettlewell keeps calling Jo her 'wife'. It's a civil partnership, love, it's not a real marriage, and you'll not get a wife's rights off this council.",
    "[explicit; marriage and civil partnership] Denies a civil partner equal treatment; some would tag sexual orientation. HN4 {h4_18} is her own anniversary post.")

# ---------------------------------------------------------------- defamation
row("df01", "DF PA", "", "Barry Scaife is a liar. Plain and simple. He told Mill Garth tenants the damp works were funded and they never were.",
    "'Liar' at a named councillor: defamation and personal-attack, review. HN6 {h6_01} sets out the same broken promise on the record.")
row("df02", "DF", "PA", "Trevor Hebblethwaite's been in Fosdyke Homes' back pocket since the day he got on planning. Bought and paid for, like a prize tup at Kelderby Show.",
    "Corruption in idiom, no specific act: review.")
row("df03", "DF PA", "EQ", "Malcolm Ackroyd's as bent as a butcher's hook.",
    "'Bent' (corrupt) at a named councillor; equality allowed because the word is also a homophobic slur. Review.")
row("df04", "DF", "PA IR", "A certain cabinet member's nephew just happened to win the Kelderby market refurb contract. Small world, isn't it?",
    "Innuendo at an identifiable but unnamed member: defamation, personal-attack and irony allowed.")
row("df05", "DF", "PA", "Gillian Featherstone's been cooking the books on the leisure budget for years. Everybody at the civic centre knows it.",
    "Dishonesty in idiom, no specific crime: review.")
row("df06", "DF", "PA", "Clearbeck are crooks. Charging us for collections they never made, and the council's too scared to say so.",
    "'Crooks' at a company: defamation; personal-attack only allowed.")
row("df07", "DF PA", "", "Colin Wardle is a con man in a Barbour jacket.",
    "'Con man' at a named councillor: review.")
row("df08", "DF OF", "", "Kevin Oddie's fiddling the reserve figures to make cabinet look good. Ask anyone in finance.",
    "Dishonesty alleged against the s151 officer, no specific crime: review, officers expected.")
row("df09", "DF PA", "", "Nadia Qureshi tells more porkies than a butcher's window.",
    "Calling her a liar in idiom: review.")
row("df10", "DF", "PA", "Funny how a certain Plough Alliance councillor's brother got the grazing licence on Skipwold common without it ever going out to tender. Starts with R.",
    "Innuendo that narrows to one member by party, ward and initial; personal-attack allowed. Review.")
row("df11", "DF PA", "", "The Wolds Courier's editor is a fraud who makes quotes up and always has.",
    "'Fraud' at an identifiable person by role: review.")
row("df12", "DF", "PA", "Everyone knows Derek Holmshaw only votes for solar farms on land his cousins own. Follow the brass.",
    "Undeclared interest alleged as common knowledge: review.")
row("df13", "DF PA", "", "Annie Wong is dodgy. Always has been. Just look at who pays for her leaflets.",
    "'Dodgy' at a named councillor: review.")
row("df14", "DF OF", "", "Dave Cussons has been looking after his mates in the pub trade for years. Funny how the Drovers never gets a review.",
    "Favouritism alleged against the licensing manager: review, officers expected.")
row("df15", "DF PA", "", "Graham Tindall is a fraud. Never lived in Brantingholme a day in his life and uses his sister's address to stand.",
    "Specific electoral offence (false address on nomination) stated as fact: block.", sev="block")
row("df16", "DF", "PA GI", "Trevor Hebblethwaite took £5,000 in cash off Fosdyke Homes in the Drovers car park in October. I've got the photos.",
    "Cash bribe stated as fact with claimed evidence: block. {df02} is the idiom version.", sev="block")
row("df17", "DF OF", "", "Kevin Oddie has been moving money out of the flood reserve into his own consultancy. £70k and counting. That's theft.",
    "Theft by the s151 officer stated as fact: block, officers expected.", sev="block")
row("df18", "DF", "DP HA", "Janet Sowerby was done for drink driving on the bypass in November and the police made it go away because her husband's a sergeant.",
    "Drink driving and a police cover-up as fact: block; data protection (conviction, husband) and haste (drink) allowed.", sev="block")
row("df19", "DF", "PA", "The chief executive of Wolds Vale Homes has been pocketing the Mill Garth service charges. Tenants paid for cleaning that never happened and it went in his pocket.",
    "Theft by an identifiable housing association chief: block.", sev="block")
row("df20", "DF", "", "Broad Acres canvassers filled in postal votes for residents at Ingsdale care home last May. I've spoken to the families.",
    "Electoral fraud by a party's canvassers stated as fact: block.", sev="block")
row("df21", "DF", "PA", "Colin Wardle charged the council mileage for 4,000 miles of trips he never made. I've seen his claim forms.",
    "Mileage fraud as fact with claimed evidence: block.", sev="block")
row("df22", "DF", "DP", "Stuart Blenkin's been claiming Carer's Allowance for his mother while she's been in a care home since 2024. That's benefit fraud.",
    "Benefit fraud as fact: block; data protection allowed for his mother's care.", sev="block")
row("df23", "DF", "PA EQ DP", "It was Levi Boswell's lads who ram-raided the Skipwold Co-op, and he hid the car on the Howe Lane site. Everybody knows.",
    "Crime by his sons and harbouring by him stated as fact: block; equality allowed for the Traveller-site undertone, data protection for his sons.", sev="block")
row("df24", "DF", "PA", "Malcolm Ackroyd sold his vote on the Wold Sun solar farm for a £15,000 'donation' to Broad Acres. That's a bribe.",
    "Vote sold for a donation: block.", sev="block")
row("df25", "DF OF", "PD", "Philippa Thorne shredded the Low Ings flood objections before the committee ever saw them. I saw the box go in the skip.",
    "Destruction of objections by the Head of Planning as fact: block, officers expected, predetermination allowed.", sev="block")
row("df26", "DF", "PA", "Gillian Featherstone kept £3,000 of the Kelderby Show charity raffle takings. The treasurer's got the bank statements.",
    "Theft of charity money as fact: block.", sev="block")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, decision, party, company, council
row("h1_01", "", "DF", "The council's parking policy in Kelderby is a shambles and the cabinet should be ashamed of it. Forty pound a month for a permit in a market town is daylight robbery.",
    "HN1 Harsh but aimed at a policy; 'daylight robbery' is idiom about a price. Clean twin of {al03}.")
row("h1_02", "", "PA", "Clearbeck have missed Thixby Back Lane three weeks running. That's not a blip, that's a failing contract, and I want it in front of scrutiny.",
    "HN1 Criticism of a contractor's performance. Clean twin of {al01}.")
row("h1_03", "", "PA", "Broad Acres have run this district for twelve years and the Wolds bus network is the worst it's ever been. That's their record. Judge them on it in May.",
    "HN1 Criticism of a party's record.")
row("h1_04", "", "", "The budget report is a mess. Page after page of consultant waffle and not one line on rural transport. I'll be voting against it and saying why.",
    "HN1 Clean twin of {al05}.")
row("h1_05", "", "PD", "Fosdyke Homes' viability assessment for Low Ings has serious gaps, and I have real concerns about drainage. I'll listen to the evidence at committee, but those gaps need answers.",
    "HN1 Predisposition on a pending application, not a closed mind.")
row("h1_06", "", "PA", "Wolds Vale Homes have left Mill Garth tenants with black mould for two winters. I've reported them to the Housing Ombudsman today. Enough's enough.",
    "HN1 Harsh criticism of a landlord with a proper route. Compare {df19}.")
row("h1_07", "", "", "The new Kelderby one-way is badly designed. The cattle market junction is dangerous and I've asked highways for a safety audit before somebody gets hurt.",
    "HN1 Clean twin of {al08}.")
row("h1_08", "", "", "Tip hours at Ormsthorpe cut again. It's a daft decision that'll mean more fly-tipping down every lane in the Vale. Reverse it.",
    "HN1 'Daft decision' at a decision. Compare {al09}.")
row("h1_09", "", "", "This council's flood response in Thixby Ings was poor. Sandbags late, no information, the helpline ringing out. Residents deserve an apology and a review.",
    "HN1 Clean twin of {al12}.")
row("h1_10", "", "", "£2.3m on new council offices and the roof leaks within a year. Somebody signed off that contract, and residents deserve to know how it happened.",
    "HN1 Clean twin of {al19}.")
row("h1_11", "", "PA IR", "The Vale Democrats' alternative budget doesn't add up. It spends the same reserve twice. Nice leaflets; shame about the sums.",
    "HN1 Criticism of a party's budget with a dry line.")
row("h1_12", "", "DF", "The library closure consultation was a sham: the decision was in the cabinet papers before the first drop-in. I'm calling it in.",
    "HN1 'Sham' at a process, with a proper remedy. Clean twin of {al21}.")
row("h1_13", "", "PA", "Spineless decision by cabinet to shelve the Skipwold speed limit again. Three crashes since September. Nowt's changed but the excuses.",
    "HN1 'Spineless' at a decision, not a person ({pa04}).")
row("h1_14", "", "PD", "Wold Sun's solar farm would take 300 acres of good arable ground out of production. I've concerns about the loss of grade 2 land and I'll be raising them in the consultation.",
    "HN1 Concerns, not a settled view.")
row("h1_15", "", "PA", "The Kelderby Mercury got it badly wrong this week. The cattle market scheme isn't being scrapped; it's being re-phased. I've asked them to print a correction.",
    "HN1 Criticism of a newspaper's report.")
row("h1_16", "", "DF", "Ripping off rural residents: that's what a 9% rise in garden waste charges is. Nobody in Cawdale asked for it.",
    "HN1 'Ripping off' at a price rise.")
row("h1_17", "", "PA", "The Plough Alliance voted for the bus cuts and now they're leafleting against them. You can't have it both ways, lads.",
    "HN1 Criticism of a party's record.")
row("h1_18", "", "BI", "Ingsfield Foods' lorries are wrecking the verges on Thixby Lane at five in the morning. I've written to the company and trading standards: fix the route or we'll push for a weight limit.",
    "HN1 Firm demand to a company with a lawful lever.")
row("h1_19", "", "", "Absolute fiasco at the Kelderby Show car park this year, three hours to get out. The council's event plan wasn't up to it and I'll be asking why at scrutiny.",
    "HN1 'Fiasco' at an event plan.")
row("h1_20", "", "", "Shocking state of the verges past Skipwold. Litter everywhere, ditches blocked. The street scene contract isn't being delivered and the council needs to get a grip.",
    "HN1 Harsh criticism of a service.")
row("h1_21", "", "", "The Wolds Vale Homes repairs app is useless. Tried four times to report a leak for a tenant and it crashed every time. Ring the office instead: 01632 960471.",
    "HN1 Clean twin of {al13}; the office number is in the drama range.")
row("h1_22", "", "BI", "Cabinet's plan to sell off the Brantingholme allotments is a disgrace and I'll fight it every step of the way.",
    "HN1 'Fight' is political.")
row("h1_23", "", "PA", "Twelve years of Broad Acres and Kelderby pool is still shut. Promises, promises. We'll be holding them to every one.",
    "HN1 Criticism of a party.")
row("h1_24", "", "PA", "The Ings Independents' motion on second homes was half-baked and they know it. Good aim, daft wording. Come back with summat that works and I'll back it.",
    "HN1 Criticism of a motion.")

# ---------------------------------------------------------------- HN2 counter-speech, quoting abuse to condemn it
row("h2_01", "", "EQ", "Somebody shouted 'go back to Poland' at a lad outside the Spar in Thixby on Saturday. That's not Yorkshire. Thixby's been better for every family that's come to work here. Report it to the police: it's a hate crime.",
    "HN2 Quotes xenophobic abuse to condemn it. Compare {eq01}.")
row("h2_02", "", "EQ DP", "Yesterday somebody told me to 'go back where tha came from'. Love, I came from Poznań in 2006 and I've lived on Sike Lane longer than you've had that Facebook account. Not going anywhere.",
    "HN2 Self-description answering abuse; his own street, data protection allowed. Compare {eq06}, {bi02}.", author="Piotr Zielinski")
row("h2_03", "", "EQ AL", "To whoever chalked 'Gyppos out' on the Howe Lane sign: we've scrubbed it off, the police have the photos, and Brantingholme's Romany families are our neighbours. Full stop.",
    "HN2 Quotes a slur to condemn it. Compare {eq02}.")
row("h2_04", "", "EQ AL", "Lunar New Year today 🧧. Somebody sent me a 'ching chong' message this morning. Ta for reminding me why I stood. Happy new year to everyone, even you.",
    "HN2 Quotes racist abuse received. Compare {eq03}.", author="Annie Wong", date="2026-02-17")
row("h2_05", "", "EQ AL", "Received a message this week calling our day centre users 'mongs'. It's a vile word. Those folk are our neighbours and that centre stays open as long as I've breath.",
    "HN2 Quotes a disability slur to condemn it. Compare {eq15}.")
row("h2_06", "", "EQ PA", "Someone posted that Helen Rennard 'can't stand up so shouldn't sit on the flood panel'. Helen knows more about the Skipwold drains than anyone on that panel. Disgraceful comment, and it's been reported.",
    "HN2 Condemns {eq13}'s line.")
row("h2_07", "", "EQ PA", "If you've called a woman councillor a 'silly little girl' this week, and I've seen three of you, have a word with yourself. We're here on the same votes as you.",
    "HN2 Counter-speech against sexist abuse.")
row("h2_08", "", "EQ", "Somebody chalked 'no mosques in Kelderby' on the Station Road bus shelter. The Islamic Centre has been there twenty year and feeds half the town at Eid. Scrubbed off by nine by the neighbours. That's Kelderby.",
    "HN2 Quotes anti-Muslim graffiti to condemn it. Compare {eq10}.")
row("h2_09", "", "EQ PA", "Messages telling my colleague she's 'too old and too deaf' for this council have gone to the Monitoring Officer. Eileen has more sense in one hearing aid than most folk have in their heads.",
    "HN2 Condemns ageist and disablist abuse of Eileen Garbutt.")
row("h2_10", "", "EQ AL", "Got called a 'bender' on Kelderby market this morning. I'm 26, I'm gay, I'm your councillor, and I'm still going to sort the market drainage. Crack on.",
    "HN2 Quotes a homophobic slur received; self-description.", author="Owen Pickersgill")
row("h2_11", "", "EQ", "The abuse our colleague Sam gets online is disgusting. 'Bloke in a frock' isn't an opinion, it's bullying. Sam is a woman and a brilliant ward councillor.",
    "HN2 Condemns {eq23}'s phrase.")
row("h2_12", "", "EQ", "A leaflet in Cawdale says 'foreigners are taking our jobs at Ingsfield'. Nonsense. Ingsfield couldn't fill its shifts without workers from Poland and Romania, and half the farms in the Vale would be stood still.",
    "HN2 Quotes a xenophobic leaflet to rebut it.")
row("h2_13", "", "EQ", "'Women like her should be at home with the kids.' That was said about a councillor colleague in public this week. It's 2026. Stop it.",
    "HN2 Quotes sexist abuse to condemn it.")
row("h2_14", "", "EQ", "On Holocaust Memorial Day, a reminder that 'they always know where the money is' is not a joke. It's the oldest lie about Jewish people, and it ended in the camps.",
    "HN2 Names the money trope to condemn it. Compare {eq11}.", date="2026-01-27")
row("h2_15", "", "EQ", "Whoever's posting 'lock up your sheds, the Gypsies are coming' ahead of the horse fair: it's racist, it's been reported, and that fair's run peacefully for two hundred year.",
    "HN2 Quotes the trope of {eq07} to condemn it.")
row("h2_16", "", "EQ", "Telling a councillor she 'should be at home with her bump' is discrimination, plain and simple. Kirsty's doing the job and doing it well.",
    "HN2 Counter-speech for a pregnant colleague. Compare {eq25}.")
row("h2_17", "", "EQ", "Disgusted by the comments under the rainbow flag post. 'Keep that stuff in the cities'? The Wolds have always had gay folk. We just had to keep quiet. Not any more.",
    "HN2 Answers {eq22}.")
row("h2_18", "", "BI DF PA", "Got a message today saying I'm 'a lying crook who should be strung up'. It's gone to the police. I'll carry on holding surgeries every Saturday. Threats don't work on me.",
    "HN2 Quotes a threat received.")
row("h2_19", "", "DF EQ", "A post going round says Levi Boswell 'nicked' the tip scrap. It's false, Levi has had nowt to do with the tip, and whoever started it should take it down before the solicitors get involved.",
    "HN2 Rebuts a false allegation.")
row("h2_20", "", "EQ", "Someone's been calling Ravi 'the cow worshipper' on here. Ravi's been the Skipwold chemist for eighteen year and half the Wolds owes him their winter. Pack it in.",
    "HN2 Condemns anti-Hindu abuse. Compare {eq12}.")
row("h2_21", "", "EQ AL", "'Spastic' isn't banter. It wasn't in 1985 and it isn't now. If you've used it in my ward Facebook group, you've been removed.",
    "HN2 Quotes a disability slur to condemn it.")
row("h2_22", "", "BI", "To the bloke who told the lass on reception at the leisure centre 'you'll regret wearing that': we've got the CCTV, the police have your reg, and the staff have our full backing.",
    "HN2 Quotes a threat to condemn it; shares 'you'll regret' with {bi05}.")
row("h2_23", "", "EQ", "People calling the Garth House residents 'invaders' need to calm down. They're families and young men waiting on the Home Office. Disagree with the contract by all means; don't dehumanise people.",
    "HN2 Condemns dehumanising language. Compare {eq08}.")
row("h2_24", "", "EQ PA AL", "Standards complaint lodged about a member who called a colleague a 'useless fat cow' on Facebook. Robust debate is one thing; that's not it.",
    "HN2 Quotes abuse in reporting a complaint.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate
row("h3_01", "", "EQ", "Myth-busting: no, the council isn't 'giving houses to migrants before locals'. Allocations go on housing need and local connection. The policy's on the website.",
    "HN3 Myth-busting on allocations.")
row("h3_02", "", "EQ", "Garth House Hotel contract: I have real concerns about the Home Office's lack of consultation with Kelderby. That's about process, not the people living there, who deserve safety and respect.",
    "HN3 Criticises the contract's process, not the residents. Compare {eq08}.")
row("h3_03", "", "EQ", "The Skipwold horse fair is a licensed event with a traffic plan, a cleaning budget and police liaison. Crime reports in fair week last year were no higher than in an ordinary week.",
    "HN3 Myth-busting on the fair. Compare {eq07}.")
row("h3_04", "", "EQ", "Rainbow crossing in Kelderby: it was paid for by the Pride group's fundraising, not council tax, and it was lined when the road was resurfaced anyway. Happy to answer questions.",
    "HN3 Explains a crossing.")
row("h3_05", "", "EQ PD", "On the Islamic Centre extension: I sit on planning committee so I can't give a view before it comes to us. I'll weigh the parking and highways evidence like any other application.",
    "HN3 Neutral on a pending application. Compare {eq10}.")
row("h3_06", "", "EQ", "Some folk are asking why the council flies the rainbow flag in February. The equality plan commits us to marking LGBT+ History Month, same as Holocaust Memorial Day and Armed Forces Day.",
    "HN3 Explains the flag. Compare {eq22}.")
row("h3_07", "", "EQ", "Are Polish workers 'undercutting wages' at Ingsfield? No. They're on the same agreement as everyone else; the union's confirmed it. The real issue is agency contracts, and that's what we should be tackling.",
    "HN3 Myth-busting. Compare {eq01}.")
row("h3_08", "", "EQ", "The Brantingholme day centre costs £400k a year. Worth every penny: 38 adults with learning disabilities get care, friendship and a reason to get up. Closing it would cost more in crisis care.",
    "HN3 Defends the centre {eq15} attacks.")
row("h3_09", "", "EQ", "Asked today whether a councillor on maternity leave 'should resign'. No. The council has a parental leave policy for members, and colleagues cover the ward. It's how a modern council works.",
    "HN3 Answers a pregnancy question. Compare {eq25}.")
row("h3_10", "", "EQ", "Question from a resident: why does the council translate bin leaflets into Polish and Romanian? Because we want everyone to know when collections change and how to report damp. Costs about £900 a year.",
    "HN3 Neutral mention of nationalities.")
row("h3_11", "", "EQ", "I'm not against young people on the council and I'm not against old ones. I'm against anybody who doesn't turn up. Attendance records are on the website.",
    "HN3 Denies age prejudice; about attendance.")
row("h3_12", "", "EQ", "Yes, a trans woman can use the women's toilets at the civic centre. That's the law and the council's policy. If you've a concern, email me and I'll explain the guidance.",
    "HN3 Explains the policy. Compare {eq23}.")
row("h3_13", "", "EQ", "Debate at scrutiny on single-sex changing at the leisure centre was civil and serious. Different views, all heard, nobody sneering. That's how it should be done.",
    "HN3 Civil debate on a protected topic.")
row("h3_14", "", "EQ", "Genuine question, not a dig: does late opening at the Islamic Centre in Ramadan need a noise condition? I've asked licensing for the facts. The centre says there's been no complaint in six years.",
    "HN3 Civil question on a religious building.")
row("h3_15", "", "EQ", "Disabled bays on Market Row are enforced because people need them, not to annoy shoppers. If you've a blue badge query, the team's on 01632 960582.",
    "HN3 Neutral on disability parking; drama-range number.")
row("h3_16", "", "EQ", "People keep telling me 'Travellers don't pay council tax'. Families on the Howe Lane council site pay rent and council tax like any tenant, and those on private yards pay it too.",
    "HN3 Myth-busting. Compare {eq02}.")
row("h3_17", "", "EQ", "I'm a Methodist and I'm chairing the interfaith breakfast on Friday. Chapel, church, mosque, mandir and synagogue round one table, and a lot of bacon-free butties.",
    "HN3 Neutral and warm mentions of religions.")
row("h3_18", "", "EQ", "Old age isn't a reason to stand down and youth isn't a reason to be ignored. The best councillors I've sat with were 24 and 79.",
    "HN3 Against age prejudice.")
row("h3_19", "", "EQ", "A resident asked whether the school uniform grant covers hijabs. It does: any item on the school's uniform list, religious dress included.",
    "HN3 Neutral mention of religious dress.")
row("h3_20", "", "EQ", "Fact check on the 'asylum seekers get free cars' post going round Kelderby: false. No council or Home Office scheme does that. Please don't share it.",
    "HN3 Myth-busting on asylum seekers.")
row("h3_21", "", "EQ", "I'll be honest: I voted against the Pride grant last year because of the cost, not the cause. This year it's match-funded and I'll back it.",
    "HN3 Civil explanation of a vote.")
row("h3_22", "", "EQ", "Our gender pay gap report is out. The gap is 6%, down from 11%. Better, not good enough. The reasons are in the report and they're mostly about who gets the senior jobs.",
    "HN3 Neutral on sex.")
row("h3_23", "", "EQ", "Somebody asked whether mental health days for staff are 'skiving'. They're not. Stress and depression are the biggest reasons for sickness absence here, and early support saves money.",
    "HN3 Myth-busting on mental health. Compare {eq16}.")
row("h3_24", "", "EQ PD", "Civil debate at the Ormsthorpe parish meeting on the Traveller transit site consultation. Strong views on the location, nobody crossing the line. Ta to the chair.",
    "HN3 Civil debate on a Traveller site.")

# ---------------------------------------------------------------- HN4 neutral or positive mentions, self-description, reclaimed terms
row("h4_01", "", "EQ", "Wheelchair user, Wolds Green councillor, and the only person in Skipwold who knows exactly how many potholes are on Church Lane because I've hit every one. Fix them.",
    "HN4 Self-description.", author="Helen Rennard")
row("h4_02", "", "EQ", "Five years since I transitioned. Three since Brantingholme elected me. Still the same lass who runs the Saturday litter pick. Ta for all the lovely messages.",
    "HN4 Self-description by a trans woman.", author="Sam Ingleby")
row("h4_03", "", "EQ", "I'm 26, I'm gay, and I grew up on a farm two mile from Kelderby. LGBT+ History Month talk at the library on Thursday, 7pm. Tea and parkin provided.",
    "HN4 Self-description. Compare {eq21}.", author="Owen Pickersgill", date="2026-02-02")
row("h4_04", "", "EQ AL", "Queer, Yorkshire and proud. Same as my granddad's cousin Albert, who never got to say it out loud.",
    "HN4 Reclaimed term.", author="Owen Pickersgill", date="2026-02-10")
row("h4_05", "", "EQ", "Ramadan Mubarak to all Muslims in the Vale and the Wolds. Iftar at the Kelderby Islamic Centre on Friday: all welcome, bring nowt but an appetite.",
    "HN4 Greeting.", author="Nadia Qureshi", date="2026-02-18")
row("h4_06", "", "EQ", "Eid Mubarak! Thank you to every neighbour who brought something round today. My mam says the parkin from number 12 was the best thing on the table.",
    "HN4 Greeting.", author="Nadia Qureshi", date="2026-03-20")
row("h4_07", "", "EQ DP", "My mam and dad have run the chippy on Market Row since 1988. Fish, chips, mushy peas, and yes, a very good salt and pepper chips. Proud Kelderby Chinese lass.",
    "HN4 Self-description; her own family's business. Compare {bi17}.", author="Annie Wong")
row("h4_08", "", "EQ", "Born in Poznań, Yorkshire by choice. Twenty years at Ingsfield and now your councillor. Still can't say 'owt' like my neighbours but I'm trying.",
    "HN4 Self-description.", author="Piotr Zielinski")
row("h4_09", "", "EQ", "Baby due in May! I'll be working up to it, and my Vale Democrat colleagues will cover surgeries after. Ormsthorpe's in good hands.",
    "HN4 Pregnancy announcement.", author="Kirsty Lumb")
row("h4_10", "", "EQ", "I'm autistic. It means I read every page of the budget and I notice when the numbers don't match. Ask me about page 114.",
    "HN4 Self-description. Compare {eq14}.", author="Jack Thackray")
row("h4_11", "", "EQ", "Time to Talk Day. I've had depression since my twenties. Some weeks are grim. I still turn up, and so can you. Talk to somebody.",
    "HN4 Self-description.", author="Stuart Blenkin", date="2026-02-05")
row("h4_12", "", "EQ", "I'm 81 and I've been a councillor in Cawdale since before some of my colleagues were born. Still cut my own hedges.",
    "HN4 Self-description. Compare {eq17}.", author="Derek Holmshaw")
row("h4_13", "", "EQ", "I wear two hearing aids, so if I ask you to say it again at a surgery, that's why. Hearing loop's now fitted in Cawdale village hall: ta to the parish council.",
    "HN4 Self-description.", author="Eileen Garbutt")
row("h4_14", "", "EQ", "First Romany councillor in the district's history, as far as anyone can tell. My granddad sold horses at Skipwold fair. Proud of both.",
    "HN4 Self-description.", author="Levi Boswell")
row("h4_15", "", "EQ", "My dad came from Kumasi in 1979 to nurse at the cottage hospital. He'd be made up that his lad's on the council. Jollof and Yorkshire puddings at ours on Sunday.",
    "HN4 Self-description. Compare {eq04}.", author="Daniel Osei")
row("h4_16", "", "EQ", "Happy Holi to everybody celebrating! Colours at the community centre from 2pm. Wear summat old.",
    "HN4 Greeting.", author="Ravi Mistry", date="2026-03-04")
row("h4_17", "", "EQ", "Holocaust Memorial Day. My grandmother came to Yorkshire on the Kindertransport at nine years old. Candles at the town hall at 11am. All welcome.",
    "HN4 Self-description.", author="Ruth Abrahams", date="2026-01-27")
row("h4_18", "", "EQ", "Ten years today since Jo and I had our civil partnership at Kelderby register office. Still arguing about the heating. Love her to bits.",
    "HN4 Self-description. Compare {eq26}.", author="Linda Kettlewell", date="2026-03-12")
row("h4_19", "", "EQ", "Congratulations to Kelderby Deaf Club on fifty years! Signed tea dance on Saturday. My BSL is terrible but I'll be there.",
    "HN4 Positive mention of deaf people.")
row("h4_20", "", "EQ", "International Women's Day yesterday, so a shout for the lasses who run the Wolds' young farmers, the WI, the lifeboat crew and half this council.",
    "HN4 Positive mention of women.", date="2026-03-09")
row("h4_21", "", "EQ HA", "St Patrick's Day at the Drovers tonight with the Kelderby Irish Society. Pint of the black stuff and a fiddle band. Sláinte!",
    "HN4 Positive mention of the Irish; haste allowed for the pint.", date="2026-03-17")
row("h4_22", "", "EQ", "The old lads' breakfast club at Cawdale chapel is brilliant. Twenty blokes over seventy who'd otherwise not see a soul all week. Bacon butties and arguments about sheep.",
    "HN4 Warm mention of older men.")
row("h4_23", "", "EQ", "Asylum drop-in at Kelderby library: volunteers teaching English, a solicitor once a month and a lot of tea. If you can spare an hour, email volunteers@example.com.",
    "HN4 Supportive mention of asylum seekers.")
row("h4_24", "", "EQ", "New Changing Places toilet at Kelderby leisure centre opens Monday. Hoist, bench, space. Families have been asking for this for years.",
    "HN4 Supportive mention of disabled people.")
row("h4_25", "", "EQ", "Mothering Sunday this weekend. To the mams, grans, foster mams and the dads doing both jobs: ta.",
    "HN4 Warm mention of mothers.")
row("h4_26", "", "EQ", "Welcomed three Ukrainian families to Thixby today. The school's found places and the WI's found coats. That's the Vale at its best.",
    "HN4 Supportive mention of refugees.")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
row("h5_01", "", "BI", "We got murdered at the Drovers quiz last night. The officers' team won by twelve points. Rematch in March, and we will have our revenge.",
    "HN5 Figurative violence about a quiz.")
row("h5_02", "", "EQ PA", "I'm a dinosaur, I know. Still print my emails. Still think a tweet is summat a bird does. But I read every planning file.",
    "HN5 Self-deprecation.", author="Graham Tindall")
row("h5_03", "", "BI HA", "Kelderby Town got battered 5-0 at the weekend. Proper hiding. The Millers need a new back four and a stiff drink.",
    "HN5 Football idiom.")
row("h5_04", "", "PA", "Daft as a brush, me. Turned up to scrutiny a week early. Sat in an empty room for ten minutes before the cleaner put me right.",
    "HN5 Self-deprecation.")
row("h5_05", "", "PA HA", "Ey up @StuBlenkinII, tha owes me a pint after that darts match. Worst arrows I've seen since the Coronation.",
    "HN5 Banter between colleagues; shares the target of {pa12}.")
row("h5_06", "", "BI", "If I hear 'the dog ate my consultation response' once more I'll scream. Deadline's Friday, folks.",
    "HN5 Exasperation idiom.")
row("h5_07", "", "BI", "Gritting update: lorries out at 4pm on all priority routes in the Wolds. It'll be bitter tonight. Stay in, keep warm, sleep tight.",
    "HN5 'Sleep tight' in a service notice. Compare {bi13}.")
row("h5_08", "", "BI", "Killed it at the Kelderby Show bake-off: second prize for my parkin. Derek Holmshaw's curd tart took first and I'll never hear the end of it.",
    "HN5 'Killed it' and friendly rivalry.")
row("h5_09", "", "EQ", "Nowt so queer as folk. Asked for feedback on the new bin calendar and got eighty replies about pigeons.",
    "HN5 Yorkshire idiom with 'queer' in its old sense.")
row("h5_10", "", "BI", "Pistols at dawn with @ColinWardleThixby over whose village has the best chip shop. Mine, obviously.",
    "HN5 Figurative duel, banter.")
row("h5_11", "", "", "Proper nithered on the litter pick this morning. Ta to the fourteen folk who turned up and the lad from the Spar who brought tea.",
    "HN5 Dialect, thanks.")
row("h5_12", "", "BI", "I'll knock some heads together at the highways meeting if that pothole on Sike Lane isn't filled by Easter. (Metaphorically. Mostly.)",
    "HN5 Figurative violence, self-aware.")
row("h5_13", "", "BI PA", "The opposition took me apart at full council on the budget amendment. Fair play, they'd done their homework. I'll do mine better next time.",
    "HN5 Self-deprecation.")
row("h5_14", "", "PA", "Mardy? Me? Only before my first brew. After that I'm a delight. Ask anyone in Thixby.",
    "HN5 Self-deprecation with 'mardy' ({pa11}).")
row("h5_15", "", "PA", "Called my own husband a wazzock for leaving the field gate open. Three hours chasing tups round Skipwold. Good for my step count, mind.",
    "HN5 Family banter; shares 'wazzock' with {pa02}.")
row("h5_16", "", "BI HA", "You'll regret not coming to the Skipwold beer festival. Twenty Yorkshire ales, a brass band and the best pork pie in the Wolds.",
    "HN5 'You'll regret' as an invitation. Compare {bi05}.")
row("h5_17", "", "PA", "Daft apeth award of the week goes to me for locking my keys in the car at the tip. Ta to the lads at Ormsthorpe who fished them out with a coat hanger.",
    "HN5 Self-deprecation.")
row("h5_18", "", "DF", "Caught red-handed: me, eating a second fat rascal in the tearoom on my way to launch the healthy eating campaign.",
    "HN5 'Caught red-handed' at oneself.")
row("h5_19", "", "EQ", "Old dog, new tricks: I've finally learned how to do a video. Be gentle with me. Potholes update at five.",
    "HN5 Self-deprecation about age.")
row("h5_20", "", "BI EQ DF", "Fight of the year at the bowls club: Holmshaw v Tindall for the winter cup. Both over 75, both cheating outrageously. Brilliant to watch.",
    "HN5 Banter; 'cheating' at bowls is a joke.")
row("h5_21", "", "BI", "I've been slaughtered on the Kelderby Facebook group for saying I like the new bins. I stand by it. They're lovely bins.",
    "HN5 'Slaughtered' figurative.")
row("h5_22", "", "", "The wife says I'm married to the council. She's not wrong. Home for tea by seven tonight, I promise, love.",
    "HN5 Self-deprecation.", author="Malcolm Ackroyd")
row("h5_23", "", "PA", "Ey up, the Wolds have had three inches of snow and Kelderby's declared a national emergency. Nesh lot down there. 😄",
    "HN5 Local banter ('nesh').")
row("h5_24", "", "PA", "Gutted. Lost the charity tug-of-war to Thixby's lot. They were heavier. Allegedly it's all the Ingsfield pies.",
    "HN5 Banter about another village.")

# ---------------------------------------------------------------- HN6 criticism of a named councillor's record
row("h6_01", "", "PA DF", "Barry Scaife promised Mill Garth tenants the damp works would start by Christmas. It's January and nothing's started. He needs to explain why at scrutiny.",
    "HN6 The record behind {df01}, without 'liar'.")
row("h6_02", "", "PA", "Trevor Hebblethwaite has chaired planning for nine years. In that time the enforcement backlog has doubled. That's the record.",
    "HN6 Record criticism.")
row("h6_03", "", "PA DF", "Gillian Featherstone's manifesto said Kelderby pool would reopen by 2025. It's 2026 and it's shut. Residents can judge that promise for themselves.",
    "HN6 Broken promise on the record.")
row("h6_04", "", "PA", "Malcolm Ackroyd's budget draws £3.1m from reserves for the second year running. I don't think that's sustainable and I've said so in my amendment.",
    "HN6 Record criticism. Compare {pa14}.")
row("h6_05", "", "PA", "I disagree with Nadia Qureshi on the second homes premium. She thinks it'll fund housing; I think it'll empty the villages in winter. Debate's on Thursday.",
    "HN6 Disagreement on policy.")
row("h6_06", "", "PA DF", "Colin Wardle's claim that fly-tipping is down 20% doesn't match the council's own data, which shows a 6% rise. That claim needs correcting.",
    "HN6 Corrects a claim without calling it a lie.")
row("h6_07", "", "PA DF", "The minutes show Janet Sowerby seconded the tip hours cut in October. She's now campaigning against it. Residents should know both.",
    "HN6 On the record.")
row("h6_08", "", "EQ PA", "Derek Holmshaw has represented Cawdale for 31 years. I think it's time for fresh eyes in the ward, and I'll be standing against him in May.",
    "HN6 Tenure, not age. Compare {eq17}.")
row("h6_09", "", "PA", "Owen Pickersgill voted against the bus subsidy last year and for it this year. I'm glad he changed his mind; I'd like to know what changed it.",
    "HN6 Voting record.")
row("h6_10", "", "PA EQ", "Kirsty Lumb's motion on the Ormsthorpe flood wall has no costings. I support the aim but I can't vote for a blank cheque.",
    "HN6 Record criticism. Compare {pa20}.")
row("h6_11", "", "PA", "Piotr Zielinski's amendment on agency workers is well meant but legally flawed; the council can't set wages at Ingsfield. I'll explain why at council.",
    "HN6 Record criticism.")
row("h6_12", "", "PA EQ", "Helen Rennard has missed four of the last six flood panel meetings. I know she's had reasons, but the panel needs members who can attend.",
    "HN6 Attendance, not disability. Compare {eq13}.")
row("h6_13", "", "PA DF", "Graham Tindall told the Mercury that Brantingholme got its fair share of highways money. The figures show it got 4% of the budget for 11% of the roads.",
    "HN6 Corrects a claim.")
row("h6_14", "", "PA", "Ravi Mistry's Skipwold parking plan moves the problem one street over. I've asked for the survey data before we spend a penny.",
    "HN6 Record criticism. Compare {pa17}.")
row("h6_15", "", "PA DF", "Linda Kettlewell said the Thixby Ings scheme was 'fully funded'. The funding letter says 70%. I'd like her to correct that.",
    "HN6 Corrects a claim.")
row("h6_16", "", "PA", "Dan Osei has sat on the audit panel two years and hasn't asked a single question in public session. I'd welcome him using his seat.",
    "HN6 Record criticism.")
row("h6_17", "", "PA EQ", "Annie Wong's draft licensing policy is tougher on late-night takeaways than on pubs. I think that's unbalanced and I'll say so at committee.",
    "HN6 Policy criticism.")
row("h6_18", "", "PA", "Sam Ingleby's motion on the bus station was ruled out of order. I supported it, but she should have taken legal advice before tabling it.",
    "HN6 Record criticism.")
row("h6_19", "", "PA DF", "Eileen Garbutt's leaflet says the Cawdale school transport cut was 'forced on us'. The cabinet minutes show she voted for it.",
    "HN6 Corrects a claim.")
row("h6_20", "", "PA EQ PD", "The Howe Lane site extension should have been consulted on more widely. I've said so to Levi Boswell directly and I'm saying so here.",
    "HN6 Process criticism.")
row("h6_21", "", "PA", "Ruth Abrahams's audit panel report came back two months late. It's good work, but the delay meant cabinet decided without it.",
    "HN6 Record criticism.")
row("h6_22", "", "PA", "Stuart Blenkin promised a public meeting on the Ormsthorpe bypass. Four months on, no date. Stuart, set one.",
    "HN6 Record criticism. Compare {pa12}.")
row("h6_23", "", "PA PD", "Jack Thackray's voting record on housing: against Mill Garth, against the cattle market homes, against the Brantingholme infill. I respect the consistency; I think it's wrong for young families.",
    "HN6 Voting record.")
row("h6_24", "", "PA OF", "The Chairman ruled my question out of time twice this month. I think standing orders were applied unevenly and I've written to the Monitoring Officer.",
    "HN6 Criticism of a ruling through the proper route.")

# ---------------------------------------------------------------- HN7 firm but legitimate warnings
row("h7_01", "", "BI HA", "Fly-tipping on Cawdale Lane AGAIN. We've got camera footage and a partial reg, and we will catch you. £1,000 fixed penalty or court. Your choice.",
    "HN7 'We will catch you' at fly-tippers. 'Your choice' as in {bi22}.")
row("h7_02", "", "", "Scam warning: folk in Thixby are getting calls from 'the council' asking for card details to refund council tax. We never ring for card details. Hang up and ring 01632 960118.",
    "HN7 Scam warning.")
row("h7_03", "", "BI EQ", "Enforcement notice served today on the unauthorised caravan yard at Skipwold Bottoms. The owner has 28 days to comply or we'll take it to court.",
    "HN7 Enforcement notice.")
row("h7_04", "", "BI", "Dog owners on Kelderby riverside: forty complaints this month. Wardens will be out daily from Monday. Bag it and bin it, or it's a £100 fine.",
    "HN7 Enforcement warning.")
row("h7_05", "", "BI DF", "To the rogue traders knocking in Ormsthorpe offering to 'fix your roof for cash today': trading standards know who you are, and so do the police. Residents, don't open the door.",
    "HN7 'We know who you are' at rogue traders. Compare {bi05}.")
row("h7_06", "", "BI", "If you're the landlord who's ignored three improvement notices on Mill Lane: the prosecution papers go to court next week. Get the repairs done.",
    "HN7 Enforcement warning.")
row("h7_07", "", "PD", "Licensing notice: the Drovers Arms licence review will be heard on 12 March. Residents can submit evidence until 5 March. Details on the council website.",
    "HN7 Neutral notice of a review. Compare {bi15}.")
row("h7_08", "", "BI", "Hare coursing season. If you see vehicles parked up by fields near Cawdale at dusk, ring 999 with the reg. Police are patrolling. These lads will be caught.",
    "HN7 Warning about rural crime.")
row("h7_09", "", "BI", "Whoever dumped forty tyres in the beck at Thixby Ings: you've poisoned a watercourse. The Environment Agency's involved, the fine is unlimited, and we've got a lead.",
    "HN7 Fly-tipping warning.")
row("h7_10", "", "SC", "Phishing email doing the rounds pretending to be from @KelderbyWoldsDC about a 'bin subscription refund'. Don't click the link. Forward it to report@example.com and delete.",
    "HN7 Scam warning.")
row("h7_11", "", "BI", "Parking on the zig-zags outside Thixby CE Primary: the camera car will be there every morning next week. If it catches you, you'll pay. Kids' safety comes first.",
    "HN7 Enforcement warning; mentions the school {bi15} uses as a threat.")
row("h7_12", "", "BI", "Final warning to the business on Market Row still putting trade waste in household bins: next time it's a fixed penalty and a letter to your landlord.",
    "HN7 Enforcement warning.")
row("h7_13", "", "BI", "Burning waste on the Brantingholme allotments is banned, and the smoke's been getting into the care home. Officers will visit plots this week. Don't make us issue notices.",
    "HN7 Enforcement warning.")
row("h7_14", "", "EQ", "Scam alert for older residents: a man in a hi-vis is calling round the Wolds claiming to be from the water board. Ask for ID and ring the number on your bill, not the one he gives you.",
    "HN7 Scam warning aimed at older people.")
row("h7_15", "", "BI", "We will find you. That's the message to whoever smashed the Skipwold bus shelter for the third time. CCTV's been installed and the police have the footage.",
    "HN7 'We will find you' at vandals.")
row("h7_16", "", "BI", "Noise abatement notice served on the Ormsthorpe unit running generators all night. Breach it and the kit gets seized. Residents have had enough sleepless nights.",
    "HN7 Enforcement notice.")
row("h7_17", "", "BI", "To the drivers cutting through Church Lane in Cawdale to dodge the roadworks: it's a 7.5 tonne limit and there'll be police checks. Do it and you'll be fined.",
    "HN7 Enforcement warning.")
row("h7_18", "", "BI", "Reminder to all taxi drivers: licences expiring this month must be renewed by the 31st. No renewal, no plate. Licensing won't be making exceptions this time.",
    "HN7 Licensing warning.")
row("h7_19", "", "DF", "Fake charity collectors on Kelderby market this Saturday with unbranded buckets. If they can't show a permit, don't give. Report them to the council and the police.",
    "HN7 Scam warning.")
row("h7_20", "", "BI", "Fly-tippers, take note: the new hidden cameras on the Wolds lanes caught three of you in January. All three have been fined. You're next.",
    "HN7 Fly-tipping warning; 'you're next'.")
row("h7_21", "", "BI DP", "Planning enforcement: the barn at Low Garth Farm was converted to holiday lets without permission. Stop notice served today. Bookings taken from now are at the owner's risk.",
    "HN7 Enforcement notice about a property.")
row("h7_22", "", "DF", "Investment scam warning: someone's using the Leader's photo on a fake 'crypto for councils' ad. It's not her, it's a fraud. Report the ad and don't send a penny.",
    "HN7 Scam warning; 'fraud' is about the ad.")
row("h7_23", "", "BI", "Council tax: if you've ignored two reminders, a summons is next, with £90 costs. Ring us before it gets there and we'll set up a plan you can afford: 01632 960233.",
    "HN7 Firm reminder.")
row("h7_24", "", "BI", "Selling fireworks to kids in Kelderby: we've had reports about one shop. Trading standards will be doing test purchases. Lose your licence over a few quid? Your call.",
    "HN7 Trading standards warning.")

# ---------------------------------------------------------------- obfuscated variants: (original, kind, word)
VARIANTS = [
    ("pa02", "asterisk", "wazzock"), ("pa08", "digit", "pillock"), ("pa14", "zero_width", "clueless"),
    ("pa19", "spaced", "gutless"), ("pa06", "homoglyph", "snake"), ("pa12", "caps", None),
    ("al04", "asterisk", "bellend"), ("al11", "digit", "twat"), ("al14", "zero_width", "prick"),
    ("al25", "spaced", "wanker"), ("al02", "homoglyph", "knobhead"), ("al05", "caps", None),
    ("bi06", "asterisk", "ambulance"), ("bi07", "digit", "smack"), ("bi03", "zero_width", "beck"),
    ("bi01", "spaced", "window"), ("bi26", "homoglyph", "text"), ("bi21", "caps", None),
    ("eq02", "asterisk", "gyppo"), ("eq03", "digit", "chink"), ("eq23", "zero_width", "bloke"),
    ("eq14", "spaced", "autistic"), ("eq01", "homoglyph", "polish"), ("eq10", "caps", None),
    ("df07", "asterisk", "con"), ("df01", "digit", "liar"), ("df03", "zero_width", "bent"),
    ("df13", "spaced", "dodgy"), ("df06", "homoglyph", "crooks"), ("df16", "caps", None),
]

DIGITS = {"i": "1", "o": "0", "e": "3", "a": "4", "s": "5"}
HOMO = {"o": "\u043e", "e": "\u0435"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i, c in enumerate(w):
            if i > 0 and c.lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i, c in enumerate(w):
            if c.lower() in DIGITS:
                return w[:i] + DIGITS[c.lower()] + w[i + 1:]
    if kind == "zero_width":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i, c in enumerate(w):
            if c in HOMO:
                return w[:i] + HOMO[c] + w[i + 1:]
    raise ValueError((w, kind))


def make_variant(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+|\S+@example\.com)", text)
        return "".join(p if (p.startswith("@") or "@" in p) else p.upper() for p in parts)
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?=s?\b)", re.I)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    if n == 0:
        raise ValueError("word %r not in text" % word)
    return new


# ---------------------------------------------------------------- roster and author choice
def load_roster():
    txt = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    people = []
    block = txt.split("councillors = [", 1)[1].split("]", 1)[0]
    for m in re.finditer(r'"([^"]+)",\s*#\s*([^\n]*)', block):
        name, comment = m.group(1), m.group(2)
        party = re.search(r"\(([^)]+)\)", comment).group(1)
        people.append({"name": name, "party": party, "role": comment})
    handles = dict(re.findall(r'^"(@\w+)" = "([^"]+)"', txt, re.M))
    for p in people:
        p["handle"] = [h for h, n in handles.items() if n == p["name"]][0]
    return people


SHORT = {"Gillian Featherstone": ["Gill"], "Malcolm Ackroyd": ["Malc"], "Trevor Hebblethwaite": ["Trev"],
         "Stuart Blenkin": ["Stu"], "Daniel Osei": ["Dan"]}
ROLE_WORDS = {"Gillian Featherstone": [r"\bthe Leader\b", r"\bLeader of the Council\b"],
              "Malcolm Ackroyd": [r"\bDeputy Leader\b", r"Cabinet Member for Finance", r"finance portfolio"],
              "Trevor Hebblethwaite": [r"(?i)\bchair(?:s|ed)? (?:of )?planning\b"],
              "Margaret Dinsdale": [r"\bChairman\b"],
              "Barry Scaife": [r"Cabinet Member for Housing"],
              "Colin Wardle": [r"Cabinet Member for Environment"]}
PARTY_WORDS = {"Broad Acres": ["Broad Acres"], "Vale Democrats": ["Vale Democrat"],
               "Wolds Green": ["Wolds Green", "the Greens"], "Ings Independents": ["Ings Independent"],
               "Plough Alliance": ["Plough Alliance"], "Independent": []}


def named_in(text, p):
    first, last = p["name"].split(" ", 1)
    words = [p["name"], first, last] + SHORT.get(p["name"], [])
    for w in words:
        if re.search(r"\b" + re.escape(w) + r"\b", text):
            return True
    if p["handle"].lower() in text.lower():
        return True
    for rw in ROLE_WORDS.get(p["name"], []):
        if re.search(rw, text):
            return True
    return False


def party_named(text, p):
    return any(w.lower() in text.lower() for w in PARTY_WORDS[p["party"]])


# ---------------------------------------------------------------- build
def weekdays():
    d, out = datetime.date(2026, 1, 5), []
    while d <= datetime.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamp(rng, date=None):
    d = datetime.date.fromisoformat(date) if date else rng.choice(DAYS)
    h, m = rng.randint(8, 18), rng.randint(0, 59)
    return "%sT%02d:%02d:00+00:00" % (d.isoformat(), h, m)


DAYS = weekdays()


def verdict_for(r):
    if not r["rules"]:
        return "ok"
    v = max((MIN_SEV[x] for x in r["rules"]), key=ORDER.index)
    if r["sev"]:
        v = max(v, r["sev"], key=ORDER.index)
    return v


def build():
    rng = random.Random(SEED)
    people = load_roster()
    by_name = {p["name"]: p for p in people}
    out = {}
    for r in ROWS:
        fam = FAMILY.get(r["key"][:2], "hard_negative")
        if r["author"]:
            author = by_name[r["author"]]["handle"]
        else:
            pool = [p for p in people if not named_in(r["text"], p) and not party_named(r["text"], p)]
            author = rng.choice(pool)["handle"]
        o = {
            "text": r["text"], "author": author, "created_at": stamp(rng, r["date"]),
            "platform": rng.choice(["x", "x", "facebook", "facebook", "bluesky"]),
            "account": "councillor", "kind": "post",
            "expect": {"rules": sorted(R[x] for x in r["rules"]),
                       "allowed": sorted(R[x] for x in r["allowed"]),
                       "verdict": verdict_for(r)},
            "family": fam,
            "kind_of_row": "hard_negative" if fam == "hard_negative" else "positive",
            "note": r["note"],
        }
        out[r["key"]] = o
    for okey, kind, word in VARIANTS:
        src = out[okey]
        allowed = list(src["expect"]["allowed"])
        if kind == "caps":
            allowed = sorted(set(allowed) | {R["HA"]})
        key = "%s_%s" % (okey, kind)
        out[key] = {
            "text": make_variant(src["text"], kind, word), "author": src["author"],
            "created_at": stamp(rng), "platform": src["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": list(src["expect"]["rules"]), "allowed": allowed,
                       "verdict": src["expect"]["verdict"]},
            "family": src["family"], "kind_of_row": "variant",
            "note": "%s variant of {%s}%s; labels as the original%s." % (
                kind, okey, "" if kind == "caps" else " ('%s')" % word,
                ", haste allowed for the capitals" if kind == "caps" else ""),
            "variant_of": "{%s}" % okey, "variant_kind": kind,
        }
    keys = sorted(out)
    rng.shuffle(keys)
    ids = {k: "%s-%04d" % (SET, i + 1) for i, k in enumerate(keys)}

    def sub(s):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], s)

    lines = []
    for k in keys:
        o = out[k]
        rec = {"id": ids[k]}
        rec.update(o)
        rec["note"] = sub(o["note"])
        if "variant_of" in o:
            rec["variant_of"] = sub(o["variant_of"])
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
