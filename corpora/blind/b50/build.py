#!/usr/bin/env python3
"""Blind set b50 (Tollerby and Crakemoor District Council): hand-written rows and a
deterministic builder. Seed 5050. Running it again writes the same posts.jsonl."""
import json, random, re, datetime, os

SEED = 5050
HERE = os.path.dirname(os.path.abspath(__file__))

R = {  # short names -> rule ids
    "PA": "respect.personal-attack", "AL": "respect.abusive-language",
    "BI": "bullying.intimidation", "ED": "equality.discrimination",
    "DA": "defamation.allegation", "OI": "officers.impartiality",
    "TI": "tone.irony-risk", "DP": "data-protection.personal-data",
    "HA": "haste.pause-before-posting", "PIA": "position.improper-advantage",
    "RP": "resources.political-use",
}
BASE = {"respect.personal-attack": "review", "respect.abusive-language": "review",
        "bullying.intimidation": "block", "equality.discrimination": "block",
        "defamation.allegation": "review", "officers.impartiality": "review",
        "tone.irony-risk": "advice", "data-protection.personal-data": "review",
        "haste.pause-before-posting": "advice", "position.improper-advantage": "review",
        "resources.political-use": "review"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

def r(text, rules="", allowed="", note="", block=False, author=None, date=None):
    return dict(text=text, rules=[R[x] for x in rules.split()],
                allowed=[R[x] for x in allowed.split()], note=note,
                block=block, author=author, date=date)

PA = [
 r("Ay up, Cllr Pochin's had another go at explaining the budget. Bless him, he's got the brains of a cob loaf and about half the personality.", "PA", "TI", "Mocks a named councillor's intelligence (brains of a cob loaf), no swearing; 'bless him' is faintly ironic."),
 r("Watching Shirley Brough chair planning is like watching a pensioner try to reverse a bin lorry. Slow, painful, and somebody always ends up in tears.", "PA", "ED", "Ridicules a named councillor as doddering; 'pensioner' is age-tinged, so equality is allowed."),
 r("@TrevPochinSA you are a mardy, thin-skinned little man and everyone in that chamber knows it.", "PA", "", "Insult at a handle in local idiom (mardy, thin-skinned little man)."),
 r("Jason Kirkland has a face like a smacked backside and the manners to match.", "PA", "", "Mocks a named councillor's appearance and manners; idiom, no obscenity."),
 r("Someone buy Owen Fretwell a mirror. Then he can see what the rest of us have to look at every meeting.", "PA", "", "Appearance mockery of a named councillor, indirect."),
 r("Dilip Mistry couldn't find his way out of a paper bag with a map and a torch. And this man runs our environment portfolio.", "PA", "", "Attacks a named councillor's competence as a person (idiom), not a policy."),
 r("Honestly, @DawnWraggInd, do you practise being this dim or does it come naturally?", "PA", "", "Second-person insult on intelligence at a handle."),
 r("Neville Toplis is what happens when you let the pub bore stand for election. Nothing between the ears but beer froth and grudges.", "PA", "", "Insult on intelligence and character of a named councillor."),
 r("Stuart Ledger, our Head of Planning, is either clueless or spineless. Probably both. Time the council found someone who can actually read a plan.", "PA OI", "", "Insult aimed at a named officer: personal attack plus officer impartiality."),
 r("Cllr Gilliver looks like she got dressed in the dark at a church jumble sale. Maybe sort the wardrobe before lecturing the rest of us on standards.", "PA", "ED", "Appearance mockery of a named woman councillor; gendered tinge, equality allowed."),
 r("Hayley Spendlove: all mouth and no trousers. Big gob, small brain.", "PA", "", "Idiomatic insult on a named councillor's intelligence."),
 r("Kenneth Orgill is a waste of a chain of office and a waste of skin. Hollinwood deserves better than a sour old parasite.", "PA", "ED", "Severe, dehumanising ('waste of skin', 'parasite'): block. 'Old' is age-tinged, equality allowed.", block=True),
 r("Marcia Blagg preaches about fair pay while her group nods through every cut. Spineless, two-faced article, and a hypocrite with it.", "PA", "DA", "Name-calling of a named councillor (two-faced, hypocrite); hypocrisy hints at dishonesty, defamation allowed."),
 r("Cllr Ollerenshaw reads her speeches like she's seeing the words for the first time. Finger under every line, lips moving. Painful.", "PA", "", "Mocks a named councillor as barely literate."),
 r("You can always tell when @AlanSissonInd has had a thought. It's lonely in there and the echo gives it away.", "PA", "", "Veiled insult on intelligence at a handle; no insult word."),
 r("Cerys Ollerenshaw is a nasty little madam and I'm not going to pretend otherwise.", "PA", "ED", "Gendered insult at a named councillor; equality allowed."),
 r("Trevor Pochin: living proof that a suit and a lanyard can walk into a room with nobody inside them.", "PA", "", "Insult that the named councillor is an empty suit."),
 r("What a masterclass from Cllr Kirkland at this morning's scrutiny. Twenty minutes and not one coherent sentence. Genuinely gifted 👏👏", "PA TI", "", "Mock praise of a named councillor: personal attack plus irony-risk."),
 r("The planning officer who wrote that report, Carly Bramley, should be embarrassed. A child with crayons would have done better. Useless.", "PA OI", "", "Insult at a named officer's ability: personal attack plus officer impartiality."),
 r("Dawn Wragg is a gobby, bitter woman who has never had an original idea in her life.", "PA", "ED", "Insult at a named councillor; 'bitter woman' is gendered, equality allowed."),
 r("Kofi Mensah-Boateng is a smug, sanctimonious little pillock. Nobody likes being lectured by a man who cycles to meetings just to be seen doing it.", "PA", "", "Insult (pillock, smug) at a named councillor; about conduct not any protected trait."),
 r("Let's be honest, Owen Fretwell is a wet lettuce. Nesh in the head as well as the body. Folds the second anyone raises their voice.", "PA", "", "Idiomatic insult (wet lettuce, nesh) at a named councillor."),
 r("Cllr Chaudhry, you are out of your depth, a total embarrassment to your own side, and the sooner you stop talking the better for everybody.", "PA", "", "Second-person insult at a named councillor; nothing on her faith or race."),
 r("Jason Kirkland is a vile, worthless specimen. Crakemoor would be better off if he crawled back down whatever hole he came out of.", "PA", "BI", "Severe dehumanising attack ('worthless specimen', 'crawl back down whatever hole'): block. Some may read menace, so bullying allowed.", block=True),
 r("Cllr Hemsworth, you're a bully in pearls and a coward behind a cabinet door.", "PA", "DA ED", "Name-calling at a named leader; 'bully' hints at misconduct (defamation allowed); 'in pearls' gendered (equality allowed)."),
 r("Shirley Brough has all the charm of a wet Monday in Nettlebridge and about half the brains.", "PA", "", "Insult on charm and intelligence of a named councillor."),
 r("Listening to Neville Toplis is like licking a battery. Thick as a pit prop and twice as wooden.", "PA", "", "Idiomatic insult on intelligence (thick as a pit prop)."),
 r("Our chief exec, Philippa Hardstaff, is a jumped-up pen-pusher on a six-figure salary who couldn't run a whelk stall.", "PA OI", "", "Insult at the named Chief Executive (officer): personal attack plus officer impartiality."),
 r("Cllr Sisson has the attention span of a goldfish and the memory of one too. Not fit to chair a bus queue.", "PA", "", "Insult on a named councillor's faculties."),
 r("Dilip, mate, you're a clown. An actual clown. Stick the red nose on and be done with it 🤡", "PA", "", "Name-calling of a named councillor (clown), with emoji."),
 r("Ay up, here comes Bernie Gilliver with another half-baked idea. She's about as sharp as a bag of wet cobs.", "PA", "", "Idiomatic mockery of a named councillor's intelligence."),
 r("Trevor Pochin is a liar and a coward. He told the Welfare committee the grant was safe and he knew full well it wasn't.", "PA DA", "", "'Liar' at a named person: personal attack and defamation (dishonesty), review."),
 r("Somebody tell @MarciaBlaggCL that shouting louder doesn't make you any less stupid.", "PA", "", "Insult on intelligence at a handle."),
 r("Robyn Starbuck is a preening show-off who'd turn up to the opening of an envelope if there was a camera in the room.", "PA", "", "Character insult at a named councillor; nothing about her gender."),
]

AL = [
 r("This bloody bin contract is a pile of shite from start to finish.", "AL", "", "Obscene language at a contract (no person): abusive-language alone, review."),
 r("Trevor Pochin is a complete and utter knobhead. There, I said it.", "AL PA", "", "Obscene insult at a named councillor."),
 r("Pardon my French but Delvin Waste are taking the piss. Third missed collection on Colliery Row this month.", "AL", "PA", "Mild vulgarity about a company; personal-attack allowed (organisation)."),
 r("Sandiford Estates can shove their so-called consultation up their arse.", "AL", "PA", "Obscene language at a company; personal-attack allowed (organisation)."),
 r("Jason Kirkland, you absolute bellend. Sit down.", "AL PA", "", "Obscene insult at a named councillor."),
 r("What a shitshow of a full council. Two hours of cabinet members arsing about while Nettlebridge floods.", "AL", "PA", "Obscene language about a meeting and a group; personal-attack allowed (group)."),
 r("The Heartland lot are a bunch of gormless tossers and I'm done being polite about it.", "AL PA", "", "Obscene insult aimed at the people of a party group."),
 r("Owen Fretwell is a prize twat.", "AL PA", "", "Obscene insult at a named councillor (plain)."),
 r("Neville Toplis is an absolute cunt and Brackwell Moor knows it.", "AL PA", "", "The c-word at a named councillor: severe, block.", block=True),
 r("Bollocks to the lot of them. Every cabinet member who voted to shut Hollinwood library can get stuffed.", "AL", "PA", "Vulgar language aimed at a group of voters on a decision; personal-attack allowed."),
 r("Fuck this budget. Fuck these cuts. And fuck the Shire Alliance spin about 'difficult choices'.", "AL", "PA", "Obscenity aimed at a budget and a party: abusive-language whatever its target; personal-attack allowed (party)."),
 r("Dawn Wragg talks out of her arse at every single meeting.", "AL PA", "", "Vulgar insult at a named councillor."),
 r("@NevToplisHP go and have a word with yourself, you gobshite.", "AL PA", "", "Obscene insult at a handle, local idiom."),
 r("Pitwell Construction have made a right pig's arse of the high street. Crap work, crap signs, crap communication.", "AL", "PA", "Vulgar language at a contractor's work; personal-attack allowed (organisation)."),
 r("Kenneth Orgill is filth. Vermin in a chain of office. I wouldn't piss on him if he was on fire.", "AL PA", "", "Dehumanising (filth, vermin) plus obscenity at a named councillor: severe, block.", block=True),
 r("Whoever designed the new one-way system round Tollerby market square wants their head testing. Absolute dog's dinner. It's a fucking joke.", "AL", "PA", "Obscenity about a road scheme; the unnamed designer makes personal-attack borderline (allowed)."),
 r("Cllr Brough is a sanctimonious cow and a total pain in the arse.", "AL PA", "ED", "Vulgar gendered insult at a named councillor; equality allowed ('cow')."),
 r("Hayley Spendlove can kiss my arse. Twice.", "AL PA", "", "Vulgar dismissal of a named councillor."),
 r("The council's new parking app is a steaming pile of crap. Wasted an hour in the rain with it.", "AL", "", "Mild vulgarity about an app, no person: the mildest abusive-language row, review."),
 r("Dilip Mistry is a spineless little shit and he knows exactly why I'm saying it.", "AL PA", "DA", "Obscene insult at a named councillor; 'knows exactly why' hints at misconduct (defamation allowed)."),
 r("Shut your trap, @TrevPochinSA. Nobody gives a toss what a useless prat like you thinks.", "AL PA", "", "Vulgar insult at a handle."),
 r("The Crakemoor Independents are a shower of shite. Always have been.", "AL PA", "", "Obscene insult aimed at a group of councillors."),
 r("The Tollerby Mercury printing that drivel again. Absolute bog roll. Wipe your arse with it and save the recycling.", "AL", "PA", "Vulgar language about a newspaper; personal-attack allowed (organisation)."),
 r("Bernie Gilliver, you pompous arse. Get down off your high horse.", "AL PA", "", "Vulgar insult at a named councillor."),
 r("Wayne Harrop and his department are a bunch of useless wankers. Forty days to shift one fly-tip.", "AL PA OI", "", "Obscene insult at a named officer and his staff: also officer impartiality."),
 r("Pissed off doesn't begin to cover it. This damn council has wrecked the Welfare field and couldn't give a shit.", "AL", "PA", "Vulgar language aimed at the council; personal-attack allowed (institution)."),
 r("Alan Sisson is a tosser of Olympic standard. Gold medal, podium, anthem, the lot.", "AL PA", "", "Vulgar insult at a named councillor, dressed as a joke."),
 r("Marcia Blagg's group: gutless, useless and bloody clueless. A pack of arse-lickers for whoever pays their leaflets.", "AL PA", "", "Vulgar insult at a group of named leader's councillors."),
 r("Robyn Starbuck can piss right off with her lectures about the climate emergency.", "AL PA", "", "Vulgar dismissal of a named councillor."),
 r("Another bastard pothole on Pit Lane. Bastard thing took my tyre clean off.", "AL", "", "Swearing about a road, no person: abusive-language alone, mild (review)."),
 r("Cerys Ollerenshaw is a two-faced bitch.", "AL PA", "ED DA", "Obscene gendered insult at a named councillor; equality allowed (bitch), defamation allowed (two-faced)."),
 r("Kofi, you utter plonker, the Sandiford cycle lane is a piss-take and you know it.", "AL PA", "", "Vulgar language plus insult at a named councillor."),
 r("Bloody hell, Tollerby council, sort your shit out. Three weeks with no gritting on Lowfield Rise.", "AL", "PA", "Vulgar language aimed at the council; personal-attack allowed (institution)."),
 r("Cllr Kirkland is a dickhead. Not a political opinion, just an observation.", "AL PA", "", "Obscene insult at a named councillor."),
]

BI = [
 r("Word to the wise, @HayleySpendlove: Nettlebridge is a small place and folk have long memories. I'd think very carefully before you vote on Thursday. Very carefully.", "BI", "PA", "[veiled] Veiled threat to sway a vote."),
 r("Cllr Kirkland keeps crossing me and one of these days he'll get what's coming to him. I'm not joking.", "BI", "PA", "[explicit] Threat of harm to a named councillor."),
 r("Lovely house you've got on Spinney Close, Owen. Shame if the neighbours found out what you've been up to.", "BI", "PA DP DA", "[veiled] Names his street and threatens exposure; data-protection and defamation (innuendo) allowed."),
 r("Carly Bramley, you will rewrite that officer recommendation before it goes to committee or I'll make sure your next appraisal is your last.", "BI OI", "PA", "[pressure] Coercing a named officer to change advice: bullying plus officer impartiality."),
 r("If Neville Toplis shows his face at the Welfare again there'll be lads waiting for him in the car park. Consider yourself warned.", "BI", "", "[explicit] Threat of violence."),
 r("I know which school your two go to, Dawn. Just saying. Think on.", "BI", "DP PA", "[veiled] Reference to children's school as menace; data-protection allowed."),
 r("To whoever put in the standards complaint against me: I know who you are and you will regret it. Withdraw it now and we'll say no more.", "BI", "", "[pressure] Threat against a complainant."),
 r("Cllr Mistry, vote against the Crakemoor motion and you can say goodbye to your seat on licensing. Your choice, duck.", "BI", "PIA PA", "[pressure] Coercion using committee places; improper-advantage allowed."),
 r("Be a shame if something happened to Cllr Starbuck's bike. She leaves it outside the Co-op every Tuesday, you know.", "BI", "DP PA", "[veiled] Veiled threat with her routine and location."),
 r("Somebody wants to give Trevor Pochin a good hiding, and I'd happily hold their coat.", "BI", "PA", "[explicit] Incitement to violence against a named councillor."),
 r("Message to the staff in Environmental Services who've been talking to the Mercury: we know who you are and there will be consequences.", "BI", "OI", "[pressure] Intimidation of council staff (whistle-blowers); officers allowed (unnamed)."),
 r("Ay up Alan, heard your lad's been having a bit of bother at work. Be a pity if that got round Hollinwood before the vote, wouldn't it? 😉", "BI", "DP TI PA", "[veiled] Blackmail-style threat about a family member; wink allows irony-risk."),
 r("Marcia Blagg wants to watch herself. Next time she mouths off about me I'll be round, and it won't be for a brew.", "BI", "PA", "[explicit] Threat to turn up at her home."),
 r("I've got a file on every one of you on the Radical Liberal benches. Back the depot sale or it goes to the press.", "BI", "DA PA", "[pressure] Blackmail of a group to secure votes."),
 r("Just so you know, Cllr Ollerenshaw, I've kept every single one of your messages. Every one. Sleep well.", "BI", "PA", "[veiled] Menacing 'sleep well' with implied exposure."),
 r("@KofiGreenTN keep pushing that cycle lane and see what happens to you. You've been warned.", "BI", "", "[explicit] Direct threat at a handle."),
 r("The witness at Monday's standards hearing should think very hard about what they say. Crakemoor looks after its own, and it remembers those who don't.", "BI", "", "[pressure] Threat against a witness."),
 r("Gail Hemsworth had better enjoy being leader while it lasts. I know where she parks and I know when she leaves. Not for much longer.", "BI", "DP PA", "[veiled] Surveillance-style menace at the named leader."),
 r("Cllr Nowicki: drop your objection to the Pitwell scheme or I'll make sure every landlord in Nettlebridge knows you cost them money. You'll struggle to rent a garage after that.", "BI", "PIA PA", "[pressure] Coercion with threatened consequences."),
 r("If Stuart Ledger recommends approval again I swear I'll wring his scrawny neck.", "BI OI", "PA", "[explicit] Threat of violence at a named officer ('I swear'), not banter: bullying plus officer impartiality."),
 r("Funny how accidents happen on those dark lanes out by Brackwell Moor. Cllr Toplis drives them every night, doesn't he.", "BI", "PA", "[veiled] Implied threat of harm on his route."),
 r("Any member of my group who talks to the Mercury without clearance will be off every committee and out at the next selection. I have the numbers. Try me.", "BI", "PIA", "[pressure] Public intimidation of group members using committee places."),
 r("Nice little café your missus runs on Sandiford high street, Trevor. Be a shame if environmental health took an interest.", "BI", "DP PIA PA", "[veiled] Threat against a spouse's business using council powers."),
 r("Come near my ward again, Hemsworth, and you'll leave it in an ambulance.", "BI", "PA", "[explicit] Threat of violence."),
 r("Bernie Gilliver: apologise publicly by Friday or I release the lot. Texts, photos, the lot. Your call.", "BI", "PA DA", "[pressure] Ultimatum with threatened exposure."),
 r("Cllr Chaudhry should remember that people round here know where she lives and they are not happy. Not a threat, just a fact.", "BI", "PA", "[veiled] 'Know where she lives' with a denial that reads as menace."),
 r("Whoever wrote that Mercury column about me is getting a smack in the mouth if I ever find out who it is.", "BI", "", "[explicit] Threat of violence at a journalist."),
 r("Anjali Desai, you will find the money for the Welfare roof in your budget or I'll have you dragged before scrutiny every month until you do. Your career won't survive it.", "BI OI", "PA", "[pressure] Coercing a named officer (s151) with career threat: bullying plus officer impartiality."),
 r("I'd keep my head down if I were you, @JasonKirklandCL. Plenty of folk in Crakemoor would like a quiet word. A very quiet word.", "BI", "", "[veiled] Menacing 'quiet word'."),
 r("Dilip Mistry needs a slap and I'm the one to give it him.", "BI", "PA", "[explicit] Threat of violence."),
 r("To the residents who signed the petition against my extension: I've got your names and addresses, and I won't forget them.", "BI", "DP", "[pressure] Intimidation of residents for petitioning."),
 r("Your dad still drinks in the Miners Arms, doesn't he Hayley? Tell him I said hello. I'll be seeing him.", "BI", "DP PA", "[veiled] Threat via a family member's whereabouts."),
 r("Robyn Starbuck will vote with us on the budget or she'll find her ward grant applications very slow to get signed off. Just how it works round here.", "BI", "PIA", "[pressure] Coercion using ward budgets."),
 r("Any more lip from Cllr Sisson and I'll put him through the chamber window.", "BI", "PA", "[explicit] Threat of violence."),
]

ED = [
 r("Funny how the fly-tipping on Lowfield Lane started the same week the caravans turned up on the Welfare field. Only saying what everyone's thinking.", "ED", "", "[coded; race (Gypsies and Travellers)] Blames Travellers by implication."),
 r("No more Traveller sites in this district. They don't pay in, they don't respect our villages and they never will. Not on my watch.", "ED", "", "[explicit; race (Gypsies and Travellers)] Generalised attack on an ethnic group."),
 r("Another 'community centre' for Tollerby South, with separate doors for the men and the women. We all know what that'll turn into.", "ED", "", "[coded; religion (anti-Muslim)] Insinuation about a Muslim facility."),
 r("Why should Crakemoor council tax payers fund taxis for the wheelchair lot? If they can't get about, they can stop in.", "ED", "", "[explicit; disability] Contempt for disabled residents."),
 r("Cllr Chaudhry is very emotional about this. No offence to the ladies, but the finance brief needs a man's head on it.", "ED PA", "", "[explicit; sex] Sexist attack on a named councillor."),
 r("With respect, Harold, this is a digital strategy. Leave it to those of us who weren't around when they sank the first shaft. Time the old guard got out of the way.", "ED PA", "", "[coded; age] Dismisses a named older councillor because of his age."),
 r("Nettlebridge used to be a proper English village. Now you can walk down the high street and not hear a word you understand. Our Cllr Ryszard seems fine with that, funny enough.", "ED PA", "", "[coded; race (Polish/Eastern European)] Nativist jibe aimed at Polish residents and a Polish-born councillor."),
 r("I don't care what anyone says, the gay lot shouldn't be anywhere near the schools liaison panel. Keep it away from the kids.", "ED", "", "[explicit; sexual orientation] Casts gay people as a danger to children."),
 r("Robyn Starbuck can call herself whatever she likes, but the women of Crakemoor deserve a real woman on the women's forum.", "ED PA", "", "[explicit; gender reassignment] Denies a named trans councillor's womanhood."),
 r("Hayley Spendlove's expecting again, so that's another year of her seat sat empty. Shouldn't stand if you're going to keep popping them out.", "ED PA", "DP", "[explicit; pregnancy and maternity] Attacks a named councillor for pregnancy; data-protection allowed (health)."),
 r("Kofi does well for himself, doesn't he. Amazing what a bit of positive discrimination gets you these days.", "ED PA", "", "[coded; race (Black)] Implies a Black councillor owes his place to his race."),
 r("Funny how the same few 'international investors' keep buying up Tollerby market. You know who I mean. Follow the money, and the surnames.", "ED", "", "[coded; religion (antisemitic)] Antisemitic dog-whistle about Jewish control."),
 r("The asylum hotel in Sandiford is full of young foreign men with nothing to do and our lasses are scared to walk past. Ship the lot back where they came from.", "ED", "", "[explicit; race (asylum seekers, nationality)] Stereotype as threat and call for removal."),
 r("We're meant to take Cllr Fretwell seriously on finance when he's been signed off with his 'nerves' twice? Some of us never had the luxury of a breakdown.", "ED PA", "DP", "[coded; disability (mental health)] Mocks a named councillor's mental illness; data-protection allowed (health)."),
 r("Any councillor over seventy should do the decent thing and retire. Sat there nodding off while the rest of us work. Bestwick, that means you.", "ED PA", "", "[explicit; age] Age-based attack on a named councillor."),
 r("Half of Tollerby South smells of curry and nobody round there bothers speaking English. Integration, my foot.", "ED", "", "[coded; race (South Asian)] Racial stereotype about South Asian residents."),
 r("Nobody who prays five times a day should be anywhere near the licensing committee. Their loyalty's elsewhere.", "ED", "", "[explicit; religion (anti-Muslim)] Religious bar and disloyalty trope."),
 r("Let the girls do the coffee mornings and the flower tubs. Budgets are grown-up business.", "ED", "", "[coded; sex] Belittles women councillors as a group."),
 r("Owen Fretwell spends a lot of time on that Pride committee for a married man. Just saying what we're all thinking 😏", "ED PA", "DP TI", "[coded; sexual orientation] Insinuation about a named councillor's sexuality; data-protection (sexuality) and irony allowed."),
 r("Putting the special school kids in the same swimming sessions as normal children? Parents didn't sign up for that.", "ED", "", "[explicit; disability] Exclusion of disabled children as abnormal."),
 r("Lock your sheds, Brackwell Moor. Our 'new neighbours' have pitched up on the old pit top and you know what that means.", "ED", "", "[coded; race (Gypsies and Travellers)] Criminality stereotype by implication."),
 r("I'll back a candidate who's properly married, man and wife. These civil partnership types don't understand family life in a pit village.", "ED", "", "[explicit; marriage and civil partnership, sexual orientation] Discrimination by partnership status."),
 r("Hired another young woman in Finance, I see. Give it a year and she'll be off on maternity like the last two. Somebody tell HR to think on.", "ED", "OI", "[coded; pregnancy and maternity, sex] Urges hiring bias against young women; officers allowed (HR)."),
 r("Dilip's lot will want a day off for every festival going. Funny how the bins never get done in Tollerby South in November.", "ED PA", "", "[coded; religion/race (Hindu, South Asian)] Religious jibe at a named councillor and his community."),
 r("Tollerby was better when it was all our own folk. I'm not ashamed to say it. English councillors for English towns.", "ED", "", "[explicit; race] Ethno-nationalist exclusion."),
 r("Ladies' changing at the Tollerby pool should mean ladies. Biological ones. And we all know who's pushing for otherwise, and why 🙄", "ED", "", "[coded; gender reassignment] Insinuates predatory motives in trans people ('we all know why')."),
 r("Yet another 22-year-old on the youth panel telling us how to run the place. Come back when you've paid a mortgage, sweetheart.", "ED", "PA", "[coded; age, sex] Dismissal because of youth, gendered 'sweetheart'."),
 r("Don't see why we're paying for a BSL interpreter at every meeting for two deaf people. Let them read the minutes.", "ED", "", "[explicit; disability] Denies reasonable adjustment with contempt."),
 r("Crime's gone up on the Hollin estate since 'certain families' were moved in from the city. I don't need to spell it out, do I.", "ED", "", "[coded; race] 'Certain families' dog-whistle."),
 r("Cllr Chaudhry says she represents all of Tollerby South. Then why does she vanish every Friday lunchtime? Who does she really answer to?", "ED PA", "", "[coded; religion (anti-Muslim)] Friday prayers and divided-loyalty trope at a named councillor."),
 r("Story hour at Crakemoor library read by a bloke in a frock. Whoever approved that is grooming kids. Simple as.", "ED", "DA", "[explicit; gender reassignment, sexual orientation] 'Grooming' smear on LGBT people; defamation allowed (approver identifiable)."),
 r("Won't be trying the new takeaway on Market Street. Heard they're not fussy what goes in it, if you get my drift. Keep your cats in 🐱", "ED", "", "[coded; race (Chinese/East Asian)] Racist food trope."),
 r("Cllr Spendlove's autistic, apparently. Explains a lot. Maybe leave the decisions to those of us who can read a room.", "ED PA", "DP", "[explicit; disability] Disability attack on a named councillor; data-protection allowed (health)."),
 r("Menopausal moaning from the Civic Labour front bench again. Marcia, love, stick a HRT patch on and let the men get on with it.", "ED PA", "", "[explicit; sex, age] Sexist and age-based attack on a named councillor."),
]

DA = [
 r("Funny how Sandiford Estates got the Welfare field for a song and Cllr Pochin's brother-in-law sits on their board. Smells worse than the old coking plant.", "DA", "PA", "Innuendo of corruption about an identifiable councillor: review."),
 r("Shirley Brough took a backhander from Ferncastle Homes to push the Lowfield estate through planning. Fact.", "DA", "PA", "Bribery stated as fact: block.", block=True),
 r("Trevor Pochin has been telling porkies about the reserves for two years. Don't believe a word he says.", "DA", "PA", "Dishonesty in idiom (telling porkies): review; no name-calling, personal-attack allowed."),
 r("Everyone in Crakemoor knows Alan Sisson's had his hand in the till at the Welfare for years.", "DA", "PA", "Theft in idiom (hand in the till) stated as common knowledge: review."),
 r("Cllr Orgill fiddled his mileage claims to the tune of four grand last year. I've seen the forms.", "DA", "PA", "Expenses fraud stated as fact with a figure: block.", block=True),
 r("Gail Hemsworth is as bent as a nine-bob note, and so is half her cabinet.", "DA PA", "ED", "Idiom for corrupt at a named leader (name-calling): review; 'bent' also old slang for gay, equality allowed."),
 r("Dawn Wragg rigged the postal votes in Hollinwood. That's how she got in by 31.", "DA", "PA", "Electoral fraud stated as fact: block.", block=True),
 r("Marcia Blagg is a liar. She told the Mercury the depot deal had nothing to do with her. She signed it.", "DA PA", "", "'Liar' at a named councillor: defamation and personal attack, review."),
 r("Pitwell Construction are crooks. They've been ripping this council off on every contract they've had.", "DA", "PA", "Dishonesty allegation about a company: review; personal-attack allowed (organisation)."),
 r("Neville Toplis was done for drink-driving before Christmas and has kept it quiet. He sits on licensing, for heaven's sake.", "DA", "DP PA", "Specific crime stated as fact: block; data-protection allowed (criminal record).", block=True),
 r("Cllr Kirkland's 'consultancy' gets paid by the same firms that come before his committee. Draw your own conclusions, duck.", "DA", "PA", "Innuendo of corruption: review."),
 r("Owen Fretwell pocketed the takings from the Sandiford gala raffle. Three hundred quid, gone.", "DA", "PA", "Theft of charity money stated as fact: block.", block=True),
 r("Wayne Harrop has been cooking the figures on missed bin collections for months. Handy for his bonus.", "DA OI", "PA", "Dishonesty allegation at a named officer: defamation plus officer impartiality, review."),
 r("Somebody at Tollerby House is on the take. The tender scores changed overnight and we all know whose desk they crossed. (Clue: Head of Planning.)", "DA OI", "PA", "Corruption innuendo at an identifiable officer: review."),
 r("Kenneth Orgill has been flogging council allotment land to his mate's building firm at half its value. That's misconduct in public office and he'll be charged.", "DA", "PA", "Selling council land to a friend and misconduct in public office stated as fact: block.", block=True),
 r("Bernadette Gilliver is a fraud. She's never lived in Sandiford in her life and stood using her sister's address.", "DA PA", "DP", "'Fraud' plus a false-address electoral offence stated as fact: block; data-protection allowed (family address).", block=True),
 r("Cllr Mistry has his fingers in more pies than the Sandiford bakery. Ask who got the market stall contracts.", "DA", "PA", "Corruption innuendo in idiom: review."),
 r("Ryszard Nowicki stole from the Nettlebridge food bank collection. The volunteers have it on CCTV.", "DA", "PA", "Theft stated as fact: block.", block=True),
 r("Can anyone explain how Cllr Hemsworth's son landed a £60k council contract without it going out to tender? Asking for Tollerby.", "DA", "PA DP", "Insinuated corruption via a question: review; data-protection allowed (family member)."),
 r("Yasmin Chaudhry is a shameless liar. Every leaflet she puts out is made up.", "DA PA", "", "'Shameless liar' at a named councillor: review."),
 r("Delvin Waste have been tipping our recycling into landfill and billing us for recycling it. That's fraud, plain and simple.", "DA", "PA", "Fraud by a company stated as fact: block; personal-attack allowed (organisation).", block=True),
 r("Ferncastle Homes are a bunch of shysters who lied to every buyer on the Lowfield estate.", "DA", "PA", "Dishonesty allegation about a company: review."),
 r("Trevor Pochin hasn't paid his council tax for three years and finance have been told to look the other way.", "DA", "OI PA", "Non-payment and a cover-up stated as fact: block; officers allowed.", block=True),
 r("Robyn Starbuck is feathering her nest on that climate board. Expenses for days.", "DA", "PA", "Misconduct in idiom (feathering her nest): review."),
 r("Cllr Sisson is as crooked as the Crakemoor pit chimney.", "DA PA", "", "'Crooked' in idiom at a named councillor: review."),
 r("Jason Kirkland forged the signatures on the Crakemoor Park petition. Half the names on it are dead.", "DA", "PA", "Forgery stated as fact: block.", block=True),
 r("Funny how Cllr Ollerenshaw always votes the way Pitwell want, and funny how she's just had a brand new kitchen fitted. Just saying.", "DA", "PA TI", "Bribery by innuendo: review."),
 r("Our Chief Exec Philippa Hardstaff knew about the asbestos in the Welfare hall and covered it up.", "DA OI", "PA", "Misconduct (cover-up) alleged as fact about a named officer: review, officers too."),
 r("Kofi Mensah-Boateng used council printers and staff to run off his party leaflets. That's theft of council resources and I'm reporting him to the police.", "DA", "RP PA", "Theft of council resources stated as fact: block; resources.political-use allowed.", block=True),
 r("Hayley Spendlove's been on the fiddle with her allowances. Ask anybody at the Welfare.", "DA", "PA", "Dishonesty in idiom (on the fiddle): review."),
 r("Dilip Mistry's taxi firm hasn't paid a penny in tax for five years. HMRC should be told.", "DA", "PA", "Tax evasion stated as fact: block.", block=True),
 r("Cllr Bestwick is a two-faced charlatan who'd say anything for a vote.", "DA PA", "", "'Charlatan' (dishonesty) as name-calling: review."),
 r("The Tollerby Leisure Trust board are lining their own pockets while the pool shuts.", "DA", "PA", "Corruption in idiom about an identifiable board: review."),
 r("Cerys Ollerenshaw took five grand from Pitwell Construction to swing the depot vote. Bribery, full stop.", "DA", "PA", "Bribery stated as fact: block.", block=True),
]

HN = [
 # HN1 harsh criticism of a policy, decision, party or council
 r("The cabinet's decision to close Hollinwood library is short-sighted, cruel and frankly indefensible. Reverse it.", note="HN1 Harsh words at a decision, not a person."),
 r("This budget is a disaster for the former pit villages. Crakemoor gets the crumbs again.", note="HN1 Criticism of a budget."),
 r("The Shire Alliance have run this district into the ground. Twelve years of managed decline and they want a pat on the back.", note="HN1 Criticism of a party's record."),
 r("The new bin rota is a shambles. Mardy doesn't cover how folk on Colliery Row feel. Sort it.", note="HN1 'Mardy' about residents' mood; criticism of a service."),
 r("Civic Labour's alternative budget doesn't add up. Nice slogans, no sums.", note="HN1 Criticism of a party's proposal."),
 r("Scrapping free swimming for the over-60s is a rotten decision and I'll keep saying so.", note="HN1 Criticism of a decision affecting older people, not an attack on them."),
 r("The Lowfield housing plan is a dog's dinner: wrong place, wrong density, no school places.", note="HN1 Idiom at a plan."),
 r("Parking charges on Tollerby market square will kill the high street. Daft policy, plain and simple.", note="HN1 'Daft' at a policy."),
 r("The Heartland Party's latest leaflet is nasty, divisive rubbish and residents can see straight through it.", note="HN1 Harsh words at a leaflet.", ),
 r("That consultation was a sham. Three weeks, one drop-in, in half-term.", note="HN1 'Sham' at a process, no person."),
 r("Delvin Waste's performance on this contract is dire. The council must use the break clause.", note="HN1 Criticism of a contractor's performance, no allegation."),
 r("The Crakemoor Independents talk a good game but their record on the Welfare field is empty.", note="HN1 Criticism of a group's record."),
 r("The council's response to the Nettlebridge flooding has been pathetic. Sandbags turned up after the water had gone.", note="HN1 'Pathetic' at a response."),
 r("The Radical Liberals' U-turn on the bus subsidy is a betrayal of every village on the 44 route.", note="HN1 'Betrayal' at a policy change."),
 r("This council has treated the old mining villages as an afterthought for decades. It's shameful.", note="HN1 Criticism of the council."),
 r("The cabinet should be ashamed of the state of the bus station toilets in Tollerby. Disgusting.", note="HN1 'Should be ashamed' about a facility."),
 r("Ferncastle Homes' plans for the pit top are poor quality and the council should demand better.", note="HN1 Criticism of a developer's plans."),
 r("Awful decision on the leisure centre. Short-term savings, long-term harm.", note="HN1 'Awful decision'."),
 r("The Sandiford Road cycle lane is an expensive mistake. Hardly anybody uses it and the traffic's worse.", note="HN1 Criticism of a scheme."),
 r("Council tax up again, services down again. This administration has lost the plot on value for money.", note="HN1 'Lost the plot' at an administration."),
 r("The scrutiny report on the depot sale is damning. The process was rushed and the cabinet has questions to answer.", note="HN1 Criticism of a process."),
 r("A cowardly, incompetent budget from a tired administration. Crakemoor deserves far better.", note="HN1 Strong adjectives at a budget."),
 # HN2 counter-speech
 r("Somebody has sprayed 'Pikeys out' on the bus shelter by the Welfare field. That's racism, it's a hate crime and I've reported it.", "", "ED AL", "HN2 Quotes a slur to condemn and report it."),
 r("Got a message today calling me a 'stupid cow who should stick to baking'. Sharing it so people see what women in politics put up with. I'm going nowhere.", "", "PA ED AL", "HN2 Reports abuse received.", author="@MarciaBlaggCL"),
 r("To the man who told Cllr Chaudhry to 'go back where she came from': she was born in Tollerby General. So was I. Be better.", "", "ED", "HN2 Rebuts a racist remark."),
 r("'Retard' is not banter. Heard it from the public gallery today, aimed at a young man with Down's syndrome. Disgraceful.", "", "ED AL", "HN2 Condemns a disability slur."),
 r("Graffiti on the Polish shop in Nettlebridge saying 'no Poles here'. Not in our name. Volunteers cleaning it off at 10, all welcome.", "", "ED", "HN2 Condemns anti-Polish graffiti."),
 r("Posts calling Cllr Starbuck 'a bloke in a dress' are vile and transphobic. I stand with Robyn.", "", "ED PA", "HN2 Counter-speech in support of a trans colleague."),
 r("Some of the comments under my last post ('traitor', 'I know where you live') have gone to the police. Threats are not debate.", "", "BI", "HN2 Reports threats received."),
 r("Whoever wrote on my page that Traveller families 'should be gassed': you've been blocked and reported. There is no place for that in this district.", "", "ED BI AL", "HN2 Condemns exterminationist abuse."),
 r("Saying 'all Muslims are terrorists' at a public meeting is hate speech. I'm glad the chair stopped it and I hope it's reported.", "", "ED", "HN2 Condemns anti-Muslim speech."),
 r("I won't repeat all of it, but calling a colleague a 'f***ing parasite' over a planning vote is not acceptable from anyone, on any side.", "", "AL PA", "HN2 Condemns abuse of a colleague."),
 r("Dear troll: calling me a 'fat useless lesbian' doesn't sting. It just tells everyone what you are. Have a lovely day 🌈", "", "ED PA", "HN2 Self-description; quotes abuse to rebut it.", author="@BernieGilliverRL"),
 r("The leaflet claiming Kofi Mensah-Boateng 'only got in because of his colour' is racist garbage and his opponents should disown it.", "", "ED PA", "HN2 Condemns a racist leaflet."),
 r("Reminder: shouting 'you'll regret this' at a council officer is intimidation, not passion. Our staff deserve better.", "", "BI", "HN2 Condemns intimidation of staff."),
 r("The word 'spastic' was used by a member of the public during questions. I challenged it at the time and I'll challenge it every time.", "", "ED AL", "HN2 Challenges a disability slur."),
 r("Anyone saying Cllr Fretwell 'took a bung' needs to produce evidence or pipe down. Spreading stories about people isn't politics.", "", "DA", "HN2 Rebuts a defamatory rumour."),
 r("Antisemitic flyers about 'who really runs Tollerby' have gone through doors on Market Street. Please hand them to the police, not the bin.", "", "ED", "HN2 Condemns antisemitic flyers."),
 r("Was called a 'mardy old bag' by a gentleman at my surgery today. I'd rather he'd just told me what was wrong with his bins. We sorted it in the end.", "", "PA ED", "HN2 Reports an insult received, good-humoured.", author="@CllrShirleyBrough"),
 r("'Vermin', 'scum', 'parasites': that is how some people talk about the asylum seekers in Sandiford. They're people. Human beings. Full stop.", "", "ED AL", "HN2 Quotes dehumanising words to reject them."),
 r("Calling a woman officer 'love' and 'sweetheart' in committee isn't friendly, it's belittling. Let's knock it on the head.", "", "ED OI", "HN2 Challenges sexist address."),
 r("A resident told me gay couples 'shouldn't be allowed to foster'. I told him this council welcomes foster carers of every background, and it does.", "", "ED", "HN2 Rebuts homophobia."),
 r("The abuse Cllr Kirkland got after the Welfare vote ('string him up', 'he wants burying') is appalling. Disagree, yes. Threaten, never.", "", "BI", "HN2 Condemns threats against a colleague."),
 r("Some idiot shouted 'go back to Poland' at my colleague Ryszard outside the Co-op. Nettlebridge is his home. Solidarity, duck.", "", "ED PA", "HN2 Condemns xenophobic abuse; 'some idiot' is an unnamed, mild word.", author="@MarciaBlaggCL"),
 # HN3 denied prejudice and myth-busting
 r("No, the Traveller site on the old pit top did NOT cause a rise in burglaries. Police figures show the opposite. Please stop sharing that post.", note="HN3 Myth-busting about Travellers."),
 r("Myth: asylum seekers in the Sandiford hotel get a thousand pounds a week. Fact: it's under nine pounds a week in cash. Check before you share.", note="HN3 Myth-busting about asylum seekers."),
 r("Nobody is banning Christmas in Tollerby. The lights switch-on stays exactly where it is. Please stop the scare stories.", note="HN3 Myth-busting about religion."),
 r("I'm not against a new mosque, church or temple. I'm against building anything on the flood plain, whoever wants it.", note="HN3 Planning objection that disclaims prejudice and applies the same test to all."),
 r("Getting older doesn't make you less able. Harold's been the sharpest person on scrutiny for years.", note="HN3 Rejects ageism; praise of a colleague."),
 r("The claim going round that the new wheelchair ramps cost £2m is wrong. They cost £84,000 and they were long overdue. Access isn't a luxury.", note="HN3 Myth-busting about disability spending."),
 r("To be clear: the council does not house refugees ahead of local families. Allocation is by need, full stop.", note="HN3 Myth-busting about refugees."),
 r("I'll say it plainly: I've nothing but respect for the Polish families in Nettlebridge. They've kept the shop, the church and the football club going.", note="HN3 Positive, denies prejudice."),
 r("Contrary to the rumour, trans people using the changing rooms at Tollerby pool have caused zero incidents. Zero. The manager has confirmed it.", note="HN3 Myth-busting about trans people."),
 r("Young councillors aren't 'kids playing at politics'. Our youngest member got the bus pass scheme through. Credit where it's due.", note="HN3 Rejects an age jibe."),
 r("Women don't 'lack a head for finance'. Our Director of Finance and half the audit committee would like a word 😄", note="HN3 Rejects a sexist trope."),
 r("The idea that disabled people 'choose not to work' is a myth. Plenty can't get to work because the buses stopped. Fix the buses.", note="HN3 Myth-busting about disability."),
 r("It's a myth that the Lunar New Year lanterns cost council tax payers a penny. The Chinese community association and volunteers paid for the lot.", note="HN3 Myth-busting about an East Asian community event.", date="2026-02-16"),
 r("Not everyone on benefits in Crakemoor is a 'scrounger'. Most are in work, caring, or poorly. Let's drop the word.", note="HN3 Rejects a stereotype."),
 r("For the record, I've no issue whatsoever with Cllr Chaudhry's faith. My issue is how she voted on the depot, and I've said why.", note="HN3 Denies prejudice; criticism confined to a vote."),
 r("Rumour says the Sandiford mosque was 'fast-tracked'. It wasn't: fourteen months and two committee meetings, like anything else that size.", note="HN3 Myth-busting about a mosque."),
 r("No, gay people are not a 'danger to kids'. Our fostering service has LGBT carers and they're among the best we have.", note="HN3 Rebuts a homophobic myth."),
 r("Pregnant staff are not 'a cost'. Maternity rights are the law, and a decent employer plans for them.", note="HN3 Rejects pregnancy discrimination."),
 r("Dyslexia isn't stupidity. I've got it, my lad's got it, and we both run rings round a spreadsheet.", note="HN3 Self-description (disability) rejecting a stereotype.", author="@AlanSissonInd"),
 r("I'm not prejudiced against Travellers. I'm saying the council needs a proper site plan so nobody ends up on the roadside. That's better for everyone, them included.", note="HN3 Denies prejudice; a policy argument."),
 r("Muslim residents aren't 'taking over' Tollerby South. They've been here since the hosiery mills recruited their grandparents in the sixties.", note="HN3 Rebuts a replacement myth."),
 r("Some folk reckon the Pride flag on Tollerby House came out of council tax. It was donated. And it's going back up in June.", note="HN3 Myth-busting about a Pride flag."),
 # HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
 r("Eid Mubarak to everyone celebrating in Tollerby South and right across the district. Thank you to the mosque for the sweets at my surgery 💚", note="HN4 Festival greeting.", date="2026-03-20"),
 r("As a trans woman in local politics I get asked a lot about 'identity'. My identity on Thursday was: woman who got the Crakemoor street lights fixed.", note="HN4 Self-description.", author="@RobynStarbuckGrn"),
 r("Proud to open the new Changing Places toilet at Sandiford leisure centre. Hoist, bench, the lot. Five years of campaigning by disabled residents.", note="HN4 Positive mention of disabled residents."),
 r("I'm 78, I went down the pit at 16 and I'm still learning. Did my first video call this week and even remembered to switch the camera on 😄", note="HN4 Self-description (age), self-deprecating.", author="@HaroldBestwickInd"),
 r("Lovely afternoon at the Polish Saturday school in Nettlebridge. Dzień dobry to the kids who taught me to count to ten.", note="HN4 Positive mention of Polish residents."),
 r("Holocaust Memorial Day. We lit candles at Tollerby House this morning. Never again means speaking up early.", note="HN4 Commemoration.", date="2026-01-27"),
 r("Gong hei fat choy! Smashing turnout for the Lunar New Year lanterns on Market Street. The dragon dance had the whole square cheering.", note="HN4 Festival greeting.", date="2026-02-17"),
 r("My wife and I will have been married ten years this spring. Still the best decision I ever made, whatever you think of my votes 😄", note="HN4 Self-description (same-sex marriage).", author="@BernieGilliverRL"),
 r("Ramadan Mubarak to our Muslim neighbours. The open iftar at the Tollerby South community centre is on Saturday, and everybody's welcome.", note="HN4 Festival greeting.", date="2026-02-18"),
 r("Queer, disabled, from a pit village, and proud of all three. Happy LGBT+ History Month, Tollerby and Crakemoor 🏳️‍🌈", note="HN4 Self-description, reclaimed 'queer'.", author="@HayleySpendlove", date="2026-02-02"),
 r("Back from maternity leave today! Thanks to everyone in Tollerby South for your patience, and to Cllr Mistry for covering casework across party lines.", note="HN4 Self-description (maternity).", author="@YasminChaudhryCL"),
 r("International Women's Day yesterday, so a shout-out to the women who ran the Crakemoor strike kitchens in 1984. Fed a village on nowt.", note="HN4 Positive mention of women.", date="2026-03-09"),
 r("Met the Tollerby Deaf Club today. Huge thanks for teaching me to sign 'bin collection'. It'll come in handy, trust me.", note="HN4 Positive mention of deaf residents."),
 r("The langar at the gurdwara fed 300 people on Sunday, no questions asked. That's community.", note="HN4 Positive mention of Sikhs."),
 r("Wheelchair user here. The new dropped kerbs on Market Street mean I can get to the bank without a three-street detour. Little things, big difference.", note="HN4 Self-description (disability).", author="@HayleySpendlove"),
 r("The Gypsy and Traveller liaison group met today with the police and the Welfare trustees. Good, practical conversation about the transit site.", note="HN4 Neutral mention of Gypsies and Travellers."),
 r("Gay, Civic Labour, Crakemoor born and bred. People told me any one of those would stop me getting elected. Wrong three times.", note="HN4 Self-description (sexual orientation).", author="@JasonKirklandCL"),
 r("The older folk at the Hollinwood luncheon club gave me a proper grilling about the buses. Sharper than cabinet, that lot.", note="HN4 Positive mention of older residents."),
 r("Thanks to Tollerby Autism Support for the sensory-friendly hour at the leisure centre. Quiet sessions every Tuesday from now on.", note="HN4 Positive mention of autistic residents."),
 r("This year's apprentices in Environmental Services include two young mums and a 58-year-old ex-miner. Brilliant mix. Welcome, all of you.", note="HN4 Positive mention of age and maternity."),
 r("We call ourselves 'the old biddies' at the Sandiford knit and natter, and nobody else is allowed to 😂 Thanks for the tea and the gossip, ladies.", note="HN4 Reclaimed term used about her own group.", author="@CllrShirleyBrough"),
 r("Black, Midlands and proud. Born at Tollerby General, schooled at Crakemoor Comp, elected for Tollerby North. Ay up to everyone who came to surgery.", note="HN4 Self-description (race).", author="@KofiGreenTN"),
 # HN5 figurative violence, banter, self-deprecation
 r("We absolutely murdered the charity quiz last night. The cabinet table came last. Sorry Gail 😂", "", "BI PA", "HN5 Figurative violence and friendly teasing."),
 r("I'm that nesh I've had the heating on since September. Don't tell the climate committee.", note="HN5 Self-deprecation ('nesh')."),
 r("Ay up me duck! Cob and a brew at the Welfare before surgery. Best start to a Monday.", note="HN5 Friendly idiom ('me duck', 'cob')."),
 r("Killed it at the Crakemoor colliery band concert. Well, the band did. I just clapped in the wrong places.", note="HN5 Figurative 'killed it', self-deprecation."),
 r("My knees are shot, my memory's going and I still can't work the council email. Vote for me 😄", note="HN5 Self-deprecation."),
 r("Mardy? Me? Only before my first cuppa. Surgery from 10, bring biscuits.", note="HN5 Self-deprecating 'mardy'."),
 r("The Sandiford fun run destroyed me. Legs like jelly. Raised £800 for the hospice though.", note="HN5 Figurative 'destroyed'."),
 r("Trevor Pochin beat me at darts again at the charity night. I demand a recount 😂", "", "PA", "HN5 Banter about a named councillor."),
 r("Budget week. Send cake, coffee and possibly a defibrillator.", note="HN5 Self-deprecating joke."),
 r("Our lot got slaughtered 9-2 by the officers at Saturday's five-a-side. We'll be back, and we'll be out for revenge.", "", "BI", "HN5 Sporting violence metaphor."),
 r("Had a right cob on this morning, then the lollipop lady on Pit Lane gave me a wave and it all went. Small joys.", note="HN5 Idiom 'cob on' about own mood."),
 r("Not being funny, but I would fight a swan for a parking space in Tollerby on market day.", note="HN5 Comic figurative violence."),
 r("Cllr Sisson's jokes at the Burns supper: terrible. Absolutely terrible. Loved every one of them.", "", "PA TI", "HN5 Affectionate teasing of a named councillor.", date="2026-01-26"),
 r("I am a disaster with a spreadsheet. Thank goodness for our democratic services team, who saved me from myself again.", note="HN5 Self-deprecation, thanks staff."),
 r("Bake-off at the Nettlebridge Welfare: my Victoria sponge was a crime against baking. Arrest me.", note="HN5 Figurative 'crime'."),
 r("The Hollinwood quiz team is out for blood this Friday. Bring your A-game, Crakemoor.", "", "BI", "HN5 Figurative 'out for blood'."),
 r("Blew the fuse trying to fix the ward office kettle. Sparky I am not.", note="HN5 Self-deprecation."),
 r("Cllr Mensah-Boateng and his bike. One day I'll beat him up Crakemoor hill on foot. One day. Respect 🚲", "", "PA BI", "HN5 Friendly banter ('beat him up the hill')."),
 r("Drowning in casework this week. If you've emailed, I will reply. I'm just buried.", note="HN5 Figurative drowning."),
 r("That's me told. A seven-year-old at Crakemoor Primary said my tie was 'the worst thing she'd ever seen'. She's not wrong.", note="HN5 Self-deprecation."),
 r("We gave the Sandiford lot a proper battering in the inter-ward tug of war. No councillors were harmed. Much.", "", "BI", "HN5 Figurative 'battering'."),
 r("I look like I've been dragged through a hedge backwards in the Mercury photo. Blame the wind on Brackwell Moor.", note="HN5 Self-deprecation about appearance."),
 # HN6 criticism of a named councillor's record
 r("Cllr Pochin promised no cuts to the library service in his 2024 leaflet. This budget cuts it by 30%. He should explain the change.", note="HN6 Record: promise versus budget."),
 r("Shirley Brough voted to approve the Lowfield estate despite 300 objections. I think that was wrong and I'll say so at council.", note="HN6 Record: a vote."),
 r("Gail Hemsworth has missed four of the last six scrutiny meetings. Residents deserve a leader who turns up.", "", "PA", "HN6 Attendance record."),
 r("Dilip Mistry's environment strategy has no targets, no money and no timetable. That isn't a strategy.", note="HN6 Record: a strategy."),
 r("Marcia Blagg's group voted against the pothole fund three times. Their record speaks for itself.", note="HN6 Voting record."),
 r("Neville Toplis said on local radio that Traveller sites 'bring crime'. The police figures don't support that and he should withdraw it.", "", "ED", "HN6 Criticises a statement on the record; quotes it to rebut it."),
 r("Cllr Fretwell, you told Sandiford the bus subsidy was safe. It's gone. Will you apologise to the people who rely on it?", "", "PA", "HN6 Record: a promise broken."),
 r("Kenneth Orgill's attendance at Hollinwood parish meetings this year: zero. That's the record.", "", "PA", "HN6 Attendance record."),
 r("Alan Sisson has changed his position on the depot sale three times in a year. Residents deserve to know why.", "", "DA", "HN6 Record of changing positions; a reader might hear innuendo."),
 r("Trevor Pochin's budget relies on £2m of savings that nobody can identify. That isn't prudent, and the external auditor has said as much.", note="HN6 Record: budget."),
 r("Resign, Cllr Hemsworth. The library closures were your decision and they have failed Hollinwood.", "", "PA", "HN6 Resignation call based on a decision."),
 r("Cerys Ollerenshaw declared no interest on the Pitwell item, yet Pitwell sponsor the football club she chairs. She should explain why.", "", "DA", "HN6 Record of a declaration; asks for explanation."),
 r("Jason Kirkland voted for the ward grant cut, then put out a leaflet opposing it. Which is it, Jason?", "", "DA PA", "HN6 Voting record versus leaflet."),
 r("Robyn Starbuck's cycle lane cost £1.2m and usage is down. I respect her commitment, but the scheme has failed.", note="HN6 Record: a scheme."),
 r("Bernadette Gilliver told full council the leisure trust was solvent. The accounts published last week show it isn't. That needs correcting.", "", "DA", "HN6 Correcting a statement on the record without calling it a lie."),
 r("Cllr Bestwick voted against all four affordable housing schemes in Crakemoor. I disagree with him strongly on this.", note="HN6 Voting record."),
 r("Hayley Spendlove's motion on flood defences was well meant but uncosted. I couldn't support it.", note="HN6 Record: a motion."),
 r("Dawn Wragg has declined three times to publish the minutes of the Welfare trust she chairs. Publish them, Dawn.", "", "DA", "HN6 Record of refusals."),
 r("Yasmin Chaudhry's housing report is thorough, but her group's budget doesn't fund a single recommendation in it.", note="HN6 Record: report versus budget."),
 r("Owen Fretwell has now abstained on five major votes. Sandiford elected him to decide, not to dither.", "", "PA", "HN6 Voting record."),
 r("Kofi Mensah-Boateng's claim that the incinerator will 'poison' Crakemoor isn't backed by the Environment Agency's data. I'd ask him to correct it.", note="HN6 Challenges a statement on the record."),
 r("Cllr Nowicki promised a Nettlebridge youth club by Christmas. It's now March. Where is it?", note="HN6 Record: a promise.", date="2026-03-11"),
]

# variants: (family list, index, kind, word, replacement)
VARIANTS = [
 ("PA", 29, "asterisk", "clown", "cl*wn"), ("PA", 6, "digit", "dim", "d1m"),
 ("PA", 32, "zero-width", "stupid", "stu\u200bpid"), ("PA", 10, "spaced", "brain", "b r a i n"),
 ("PA", 2, "homoglyph", "mardy", "m\u0430rdy"), ("PA", 20, "caps", None, None),
 ("AL", 7, "asterisk", "twat", "tw*t"), ("AL", 4, "digit", "bellend", "b3llend"),
 ("AL", 12, "zero-width", "gobshite", "gob\u200bshite"), ("AL", 33, "spaced", "dickhead", "d i c k h e a d"),
 ("AL", 20, "homoglyph", "prat", "pr\u0430t"), ("AL", 18, "caps", None, None),
 ("BI", 29, "asterisk", "slap", "sl*p"), ("BI", 4, "digit", "warned", "warn3d"),
 ("BI", 0, "zero-width", "carefully", "care\u200bfully"), ("BI", 15, "spaced", "warned", "w a r n e d"),
 ("BI", 9, "homoglyph", "hiding", "h\u0456ding"), ("BI", 12, "caps", None, None),
 ("ED", 1, "asterisk", "Traveller", "Tr*veller"), ("ED", 12, "digit", "asylum", "asy1um"),
 ("ED", 7, "zero-width", "gay", "g\u200bay"), ("ED", 16, "spaced", "prays", "p r a y s"),
 ("ED", 20, "homoglyph", "neighbours", "neighb\u043eurs"), ("ED", 24, "caps", None, None),
 ("DA", 1, "asterisk", "backhander", "backh*nder"), ("DA", 7, "digit", "liar", "l1ar"),
 ("DA", 33, "zero-width", "Bribery", "Bri\u200bbery"), ("DA", 19, "spaced", "liar", "l i a r"),
 ("DA", 5, "homoglyph", "bent", "b\u03b5nt"), ("DA", 11, "caps", None, None),
]

FAMILY = {"PA": "respect.personal-attack", "AL": "respect.abusive-language",
          "BI": "bullying.intimidation", "ED": "equality.discrimination",
          "DA": "defamation.allegation"}
LISTS = {"PA": PA, "AL": AL, "BI": BI, "ED": ED, "DA": DA}

def load_people():
    txt = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    handles = dict(re.findall(r'^"(@\w+)"\s*=\s*"([^"]+)"', txt, re.M))
    return {h: n for h, n in handles.items() if n != "Tollerby and Crakemoor District Council"}

PARTY = {  # party words in text -> members' handles excluded as authors
 "Shire Alliance": ["@GailHemsworthSA", "@TrevPochinSA", "@DilipMistrySA", "@CllrShirleyBrough", "@ChairmanOrgill"],
 "cabinet": ["@GailHemsworthSA", "@TrevPochinSA", "@DilipMistrySA"],
 "administration": ["@GailHemsworthSA", "@TrevPochinSA", "@DilipMistrySA", "@CllrShirleyBrough", "@ChairmanOrgill"],
 "Civic Labour": ["@MarciaBlaggCL", "@JasonKirklandCL", "@YasminChaudhryCL", "@RyszNowickiCL", "@HayleySpendlove"],
 "Radical Liberal": ["@OwenFretwellRL", "@BernieGilliverRL"],
 "Crakemoor Independents": ["@AlanSissonInd", "@DawnWraggInd", "@HaroldBestwickInd"],
 "Heartland": ["@NevToplisHP", "@CerysOllerenshawHP"],
}
NICK = {"Trevor Pochin": ["Trev"], "Bernadette Gilliver": ["Bernie"], "Neville Toplis": ["Nev"],
        "Kenneth Orgill": ["Ken"], "Kofi Mensah-Boateng": ["Mensah", "Boateng"]}

def excluded(text, handle, name):
    keys = name.replace("-", " ").split() + NICK.get(name, []) + [handle[1:]]
    low = text.lower()
    if any(re.search(r"\b" + re.escape(k.lower()) + r"\b", low) for k in keys):
        return True
    return any(p.lower() in low and handle in hs for p, hs in PARTY.items())

def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))

def main():
    rng = random.Random(SEED)
    people = load_people()
    handles = sorted(people)
    start = datetime.date(2026, 1, 5)
    days = [start + datetime.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]
    def stamp(date=None):
        d = datetime.date.fromisoformat(date) if date else rng.choice(days)
        t = datetime.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        return datetime.datetime.combine(d, t).isoformat() + "+00:00"
    def verdict(row):
        if row["block"]:
            return "block"
        sev = [BASE[x] for x in row["rules"]]
        return max(sev, key=RANK.get) if sev else "ok"

    rows = []
    for fam, lst in LISTS.items():
        for i, row in enumerate(lst):
            rows.append((fam, i, row, "positive"))
    for i, row in enumerate(HN):
        rows.append(("HN", i, row, "hard_negative"))
    out = {}
    for fam, i, row, kind in rows:
        author = row["author"] or rng.choice([h for h in handles if not excluded(row["text"], h, people[h])])
        rec = {"text": row["text"], "author": author, "created_at": stamp(row["date"]),
               "platform": rng.choice(["x", "facebook", "bluesky"]), "account": "councillor", "kind": "post",
               "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": verdict(row)},
               "family": FAMILY.get(fam, "hard_negative"), "kind_of_row": kind, "note": row["note"]}
        out[(fam, i)] = rec
    variants = []
    for fam, i, kind, word, rep in VARIANTS:
        orig = out[(fam, i)]
        if kind == "caps":
            text = caps(orig["text"])
            allowed = orig["expect"]["allowed"] + ["haste.pause-before-posting"]
        else:
            assert word in orig["text"], (fam, i, word)
            text = orig["text"].replace(word, rep)
            allowed = list(orig["expect"]["allowed"])
        v = dict(orig, text=text, created_at=stamp(),
                 expect={"rules": orig["expect"]["rules"], "allowed": allowed, "verdict": orig["expect"]["verdict"]},
                 note=f"Obfuscated variant ({kind}) of the original; same labels. " + orig["note"],
                 variant_kind=kind, _orig=(fam, i))
        variants.append(v)
    allrows = list(out.values()) + variants
    order = list(range(len(allrows)))
    rng.shuffle(order)
    ids = {}
    for n, k in enumerate(order, 1):
        ids[k] = f"b50-{n:03d}"
    keyid = {key: ids[j] for j, key in enumerate(out)}
    lines = []
    for n, k in enumerate(order, 1):
        rec = dict(allrows[k])
        o = rec.pop("_orig", None)
        final = {"id": ids[k]}
        final.update({x: rec[x] for x in ["text", "author", "created_at", "platform", "account", "kind",
                                          "expect", "family", "kind_of_row", "note"]})
        if o is not None:
            final["variant_of"] = keyid[o]
            final["variant_kind"] = rec["variant_kind"]
        lines.append(final)
    lines.sort(key=lambda x: x["id"])
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(lines), "rows written")

if __name__ == "__main__":
    main()
