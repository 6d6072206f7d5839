#!/usr/bin/env python3
"""Build the b54 blind set (Caldermuir and Eskdale District Council).

All texts, labels and notes below were written by hand. The script only
shuffles rows, assigns ids, authors, platforms and timestamps, and makes the
30 obfuscated variants, with a fixed seed, so running it again writes the same
posts.jsonl byte for byte.
"""
import json, random, re, datetime, pathlib

SEED = 5454
HERE = pathlib.Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
PI = "position.improper-advantage"
IR = "tone.irony-risk"
HS = "haste.pause-before-posting"


def P(text, rules, verdict, note, allowed=(), **opts):
    return dict(text=text, rules=list(rules), allowed=list(allowed), verdict=verdict, note=note, opts=opts)


# ---------------------------------------------------------------- personal attack
PERSONAL = [
    P("Derek Routledge chairing planning is like letting a cuddy judge Crufts. Glaikit doesn't begin to cover it.",
      [PA], "review", "Donkey comparison and 'glaikit' (Scots: stupid) aimed at a named councillor; no swear word."),
    P("Watched @AliBellBA try to explain the budget gap. Man couldn't find his own backside with a map and a torch. Harlaw Bridge deserves better.",
      [PA], "review", "Mockery of a named councillor's competence via a handle."),
    P("Honestly Morag, you've the charisma of a wet Tuesday in Eskfoot and about half the brains.",
      [PA], "review", "Second-person insult to the Leader's intelligence."),
    P("Kenny Nixon. All gob and nae trousers. Every time he opens his mouth the room's IQ drops a few points.",
      [PA], "review", "Border idiom 'all gob and nae trousers' plus IQ jibe at a named councillor."),
    P("Bless Jean Armstrong, she did try with the bin strategy. Somebody get her a colouring book for the next one 🖍️",
      [PA], "review", "Condescending mockery of a named councillor's competence; 'bless' reads as irony.", allowed=[IR]),
    P("That Gary Tweddle's face would turn milk. At least he's consistent, his ideas are just as sour.",
      [PA], "review", "Mockery of appearance, then of ideas, aimed at a named councillor."),
    P("Genuinely gifted, Cllr Maxwell. Takes real talent to read out an officer's briefing word for word and still get it wrong 👏👏",
      [PA, IR], "review", "Mock praise (clapping emoji) that is a personal attack; irony marker expected."),
    P("Ewan Pattinson is a laal pillock in a cagoule who thinks a bike lane is a personality.",
      [PA], "review", "Cumbrian 'laal pillock' insult plus appearance mockery of a named councillor."),
    P("Nasreen's speech today was the usual word salad from a woman who's never run so much as a tombola.",
      [PA], "review", "Belittles a named councillor's competence; 'from a woman' could be heard as gendered.", allowed=[EQ]),
    P("Tomasz, you're a clown. A proper red-nosed, big-shoed clown, and the whole chamber is laughing at you not with you.",
      [PA], "review", "Second-person 'clown' ridicule of a named councillor."),
    P("Hazel Dobson has the spine of a jellyfish and the memory of a goldfish. Useless.",
      [PA], "review", "Animal comparisons and 'useless' aimed at a named councillor."),
    P("Our so-called senior planning officer Neil Kerr is a dozy numpty who shouldnt be let near a drawing board.",
      [PA, OF], "review", "Insult aimed at a named officer; officers rule expected for public criticism of an officer. Typo kept."),
    P("Callum Hetherington talks like he swallowed a sociology textbook and understood none of it. Away and bile yer heid, son.",
      [PA], "review", "Scots dismissal 'away and bile yer heid' plus ridicule of a named councillor; 'son' could be heard as age-based.", allowed=[EQ]),
    P("Whoever does Marcus Hume's hair should be reported to trading standards. Shame they can't do owt about what's under it.",
      [PA], "review", "Appearance and intelligence mockery of a named councillor."),
    P("Geordie, you're a blethering auld windbag and everybody's too polite to tell you. So I will.",
      [PA], "review", "Second-person insult; 'auld' might be heard as age-based.", allowed=[EQ]),
    P("@JoeMensahCW is a clot heed. Simple as. Never seen a man so confidently wrong about everything.",
      [PA], "review", "Cumbrian 'clot heed' (blockhead) aimed at a handle."),
    P("Agnes Little's contributions to scrutiny this year: a sigh, a tut and a wrong date. Dead weight on that committee.",
      [PA], "review", "'Dead weight' aimed at a named councillor; mockery of competence."),
    P("Ruth Elliot in the chair. All chain and nae brain. 🤡",
      [PA], "review", "Rhyming insult and clown emoji at the named civic head."),
    P("Derek, pal, nobody in Tarnside thinks you're clever. They think you're a gowk who got lucky on a low turnout.",
      [PA], "review", "Second-person 'gowk' (fool) at a named councillor."),
    P("The leader's a walking advert for why you don't let a sheep-dip salesman's daughter run a council. Thick as mince, her and the folk she keeps round her.",
      [PA], "review", "Scottish 'thick as mince' aimed at the Leader by role and her circle."),
    P("Alistair Bell is a spineless wee yes-man. Morag says jump, he asks how high, then forgets to lowp.",
      [PA], "review", "Insult to a named councillor; 'lowp' Cumbrian for jump."),
    P("Dawn Scott should be embarrassed to draw a salary. Head of Waste? She's certainly mastered the waste part.",
      [PA, OF], "review", "Sneer at a named officer's competence; officers rule expected."),
    P("Reading @SianLowtherGreen's motion made my eyes bleed. Is there one sentence in there written by a functioning adult?",
      [PA], "review", "Ridicule of a named councillor's intelligence via handle."),
    P("Bridget Carrick should stick to the WI bake-off. She's out of her depth and drowning in it.",
      [PA], "review", "Belittling a named councillor; the bake-off jibe could be heard as gendered.", allowed=[EQ]),
    P("Kenny Nixon is a knuckle-dragging lump who should be kept well away from sharp objects and microphones.",
      [PA], "review", "Dehumanising-lite insult of a named councillor; not severe enough for block."),
    P("@WaiLingGreen you're an embarrassment to this chamber and to anyone daft enough to vote for you.",
      [PA], "review", "Second-person insult via handle; voters swept in."),
    P("Ewan you absolute weapon 😂 no, not the good kind. Your flood plan is a joke and so are you.",
      [PA], "review", "Slang 'weapon' as an insult plus 'so are you'; policy criticism tipping into personal attack."),
    P("Hazel's the sort of parasite who'd sell her own granny for a photo in the Gazette. Pathetic excuse for a human being.",
      [PA], "block", "Severe: 'parasite', 'pathetic excuse for a human being' at a named councillor.", allowed=[AL]),
    P("Gary Tweddle is a worthless, gutless waste of skin and I'm sick of pretending otherwise.",
      [PA], "block", "Severe dehumanising insult ('waste of skin') at a named councillor.", allowed=[AL]),
    P("Some folk are born to lead. Morag Telfer was born to stand at the back of a queue and complain about it.",
      [PA], "review", "Sneering put-down of a named councillor, no swearing."),
    P("The planning chair has all the sharpness of a bowling ball. Derek Routledge: lights on, naebody hame.",
      [PA], "review", "Intelligence mockery of a named councillor in Scots idiom."),
    P("Can someone explain to Cllr Pattinson what a spreadsheet is? Slowly. With pictures. He's clearly struggling 🙃",
      [PA], "review", "Condescending ridicule of a named councillor; sarcasm.", allowed=[IR]),
    P("Joseph Mensah: big gob, cheap suit, and a chancer's grin. Blackcleugh can do better.",
      [PA], "review", "Appearance and character mockery; 'chancer' could be heard as dishonesty.", allowed=[DF]),
    P("Tomasz Wójcik has been on this council three years and I'm still waiting for him to say one thing that isn't thick. Dozy article.",
      [PA], "review", "Northern 'dozy article' and 'thick' at a named councillor."),
]

# ---------------------------------------------------------------- abusive language
ABUSIVE = [
    P("This parking review is a pile of absolute shite from start to finish.",
      [AL], "review", "Obscenity aimed at a policy; no person targeted."),
    P("Who the fuck thought shutting Tarnside library on a Saturday was a good idea?",
      [AL], "review", "Obscenity; 'who' unnamed, so personal attack only allowed.", allowed=[PA]),
    P("The Solway Clean contract is a bag of bollocks and every driver at the depot knows it.",
      [AL], "review", "Obscenity at a contract; company named so personal attack allowed.", allowed=[PA]),
    P("Fellgate Homes can shove their 'tenant engagement survey' right up their arse. Mould in every flat in Kirkbeck and they want FEEDBACK.",
      [AL], "review", "Crude language at a housing association.", allowed=[PA]),
    P("Kenny Nixon is a fat useless bastard.",
      [AL, PA], "review", "Obscene insult plus appearance at a named councillor."),
    P("Whinfell wind farm consultation = total fucking farce. Sorry not sorry.",
      [AL], "review", "Obscenity at a consultation process."),
    P("What a shitshow of a budget meeting. Eight hours of it.",
      [AL], "review", "Vulgar description of a meeting, no person targeted."),
    P("Alistair Bell you absolute knobend, read the bloody report before you vote on it",
      [AL, PA], "review", "Vulgar insult at a named councillor."),
    P("Cabinet's bus plan is pure keech. Utter keech. My nana in Blackcleugh could do better blindfolded.",
      [AL], "review", "Scots 'keech' (excrement) at a plan: dialect obscenity.", allowed=[PA]),
    P("Ravensike flood scheme: a steaming pile of shite in a glossy brochure.",
      [AL], "review", "Obscenity at a scheme."),
    P("Ye can tell the Border Alliance tae get tae fuck wi' their 'efficiencies'.",
      [AL], "review", "Scots-spelt obscenity at a party.", allowed=[PA]),
    P("Derek Routledge is a lying wee shite and I'll say it in the chamber an' all.",
      [AL, PA, DF], "review", "Obscene insult plus 'lying' at a named councillor (convention: lying expects defamation and personal attack)."),
    P("The new ward boundaries are arse-about-face bollocks drawn by somebody who's never been north of Harlaw Bridge.",
      [AL], "review", "Vulgar criticism of boundaries; unnamed drafter.", allowed=[PA]),
    P("Gary Tweddle is a cunt and always has been.",
      [AL, PA], "block", "The c-word at a named councillor: severe."),
    P("Pisspoor. Absolutely pisspoor gritting on the Whinfell road again. Sort it.",
      [AL], "review", "Mild vulgarity at a service; no person."),
    P("Shutting the leisure centre is a shitty, cowardly decision and the cabinet know it.",
      [AL], "review", "Vulgarity at a decision; cabinet as a body.", allowed=[PA]),
    P("Hazel Dobson and her pals are filthy vermin and want driving out of this district.",
      [AL, PA], "block", "Dehumanising 'filthy vermin' at a named councillor; 'driving out' could be read as intimidation.", allowed=[BI]),
    P("FFS. Another 'strategic review' of the bin round. Bollocks to the lot of it.",
      [AL], "review", "Abbreviated and plain obscenity at a review."),
    P("Jesus wept, this housing allocation policy is a clusterfuck of epic proportions.",
      [AL], "review", "Obscenity at a policy."),
    P("Tomasz Wójcik is a prick. That's the post.",
      [AL, PA], "review", "Vulgar insult at a named councillor."),
    P("Eskfoot harbour plan: crap, crap and more crap, with a crappy cherry on top 🍒",
      [AL], "review", "Repeated vulgarity at a plan; mild."),
    P("Kirkbeck car park charges are a total piss-take. Who signed this shite off?",
      [AL], "review", "Vulgarity at charges; unnamed signer.", allowed=[PA, OF]),
    P("The Gazette's editorial today is the most sanctimonious bollocks I've read all year.",
      [AL], "review", "Obscenity at a newspaper's editorial.", allowed=[PA]),
    P("Sian Lowther is a gobshite who couldnt run a bath.",
      [AL, PA], "review", "Vulgar insult at a named councillor; typo kept."),
    P("Morag Telfer's lot are scum. Filthy scum. Hope every last one of them rots.",
      [AL, PA], "block", "Severe: 'filthy scum... hope they rot' at the Leader's group.", allowed=[BI]),
    P("This flamin' consultation is a load of cobblers. No, scratch that, it's a load of horse shit.",
      [AL], "review", "Obscenity at a consultation."),
    P("Frankly the grass cutting contract is a fucking disgrace and the contractor wants sacking.",
      [AL], "review", "Obscenity at a contract; contractor could be heard as a target.", allowed=[PA]),
    P("Ewan Pattinson talks more shite than a cattle mart on a wet Thursday.",
      [AL, PA], "review", "Vulgar insult at a named councillor in a rural idiom."),
    P("Dinnae gie me that 'difficult choices' pish. Ye chose tae shut the day centre.",
      [AL], "review", "Scots 'pish' (piss/rubbish) at the cabinet's line; addressed to the administration.", allowed=[PA]),
    P("Away and shite, the lot of ye. The rural bus cuts are a disgrace.",
      [AL], "review", "Scots obscene dismissal of a group; policy point follows.", allowed=[PA]),
    P("Callum Hetherington is a snivelling little shit.",
      [AL, PA], "review", "Obscene insult at a named councillor."),
    P("The whole damn cabinet's a bunch of arseholes. Every single one of them.",
      [AL, PA], "review", "Vulgar insult at the cabinet members as people."),
    P("Scrutiny today was a wank-fest of self-congratulation. Nobody asked one hard question.",
      [AL], "review", "Vulgar description of a meeting."),
    P("That Neil Kerr in planning is a useless twat",
      [AL, PA, OF], "review", "Vulgar insult at a named officer; officers rule expected."),
]

# ---------------------------------------------------------------- bullying / intimidation
BULLYING = [
    P("Routledge. Vote that windfarm through and I'll bray ye myself. That's a promise.",
      [BI], "block", "[explicit] Threat of violence ('bray' Cumbrian: beat) to a named councillor over a vote.", allowed=[PA]),
    P("Funny how Hazel still takes the lonning past the old quarry walking home. Quiet spot, that. Be a shame if owt happened.",
      [BI], "block", "[veiled] Veiled threat naming a route home.", allowed=[PA, DP]),
    P("Agnes, you'll vote with us on the budget or you can forget that seat on licensing. And your ward fund. Your choice.",
      [BI], "block", "[pressure] Coercion with a committee place and ward budget.", allowed=[PI]),
    P("I know which house is yours on Mill Brae, Callum. Nice red door.",
      [BI], "block", "[veiled] 'I know where you live' in other words.", allowed=[DP]),
    P("Anyone who goes crying to the Monitoring Officer about me again will regret the day they were born.",
      [BI], "block", "[explicit] Threat against complainants (8.3)."),
    P("Word to the wise for whoever made that complaint: Caldermuir's a small place. Folk talk. Folk remember.",
      [BI], "block", "[veiled] Veiled threat to a complainant."),
    P("Tomasz, drop the standards complaint by Friday or every bit of your casework goes to the bottom of the pile for the rest of the term.",
      [BI], "block", "[pressure] Pressure on a complainant using council business.", allowed=[PI]),
    P("If Kenny Nixon shows his face at Eskfoot market again he'll be going home in an ambulance.",
      [BI], "block", "[explicit] Threat of violence to a named councillor.", allowed=[PA]),
    P("Neil Kerr in planning might want to think very carefully about that recommendation. Very carefully. We've long memories round here.",
      [BI, OF], "block", "[veiled] Veiled threat pressing a named officer to change advice."),
    P("Lovely photo of your lass at the school gate, Ewan. She's getting big. Would hate for her to hear what her dad's been up to.",
      [BI], "block", "[veiled] Veiled threat involving a councillor's child.", allowed=[DP, DF]),
    P("Every councillor who votes against the depot move will find a leaflet through every door in their ward with their home address on it. Think on.",
      [BI], "block", "[pressure] Intimidation of voting members by exposure.", allowed=[DP]),
    P("Joseph, you've been warned twice. Third time I'll come round and sort you out properly.",
      [BI], "block", "[explicit] Threat to come round and 'sort out' a named councillor.", allowed=[PA]),
    P("Bridget, back from maternity leave when exactly? Would be a pity if there wasn't a committee place left to come back to 😉",
      [BI], "block", "[pressure] Coercive hint about a committee place; maternity could be heard as discrimination.", allowed=[PI, EQ]),
    P("The reivers knew how to deal with folk like Derek Routledge who sell the valley out. Burn them out. Maybe we should bring that back.",
      [BI], "block", "[explicit] Call to 'burn out' a named councillor dressed as Border history.", allowed=[PA]),
    P("Lorna Beattie would do well to withdraw that report on me before the hearing. I've friends on the appointments panel and contracts get reviewed.",
      [BI, OF], "block", "[pressure] Pressure on the named Monitoring Officer in an investigation, with her job at stake.", allowed=[PI]),
    P("Hazel, you're at the Tarnside gym Tuesdays and Thursdays, 6pm. I only mention it so you know people notice things.",
      [BI], "block", "[veiled] Surveillance-style veiled threat naming a gym routine.", allowed=[DP]),
    P("Say that about my family again, Gary, and ye'll be picking your teeth up off the Harlaw Bridge cobbles.",
      [BI], "block", "[explicit] Threat of violence to a named councillor.", allowed=[PA]),
    P("To the witness who spoke to the standards panel about me: I know it was you. Withdraw your statement before the hearing and we'll say no more.",
      [BI], "block", "[pressure] Intimidation of a witness (8.3)."),
    P("Marcus Hume should enjoy his wee cottage out at Stannergill while he can. Lonely road, that, after dark.",
      [BI], "block", "[veiled] Veiled threat referencing a home and a lonely road.", allowed=[DP]),
    P("Wheesht, Callum, or I'll wheesht ye masel. Nae mair warnings.",
      [BI], "block", "[explicit] Scots threat to silence a named councillor by force."),
    P("Going to read Agnes Little's failed exam results out at full council every month until she resigns. Let's see how long she lasts.",
      [BI], "block", "[pressure] Campaign of public humiliation to force resignation.", allowed=[PA, DP]),
    P("Dawn Scott's name keeps coming up in conversations I'm having with certain people. She'll know what I mean. Sleep well, Dawn.",
      [BI, OF], "block", "[veiled] Veiled threat to a named officer."),
    P("Geordie, ye'll back the Alliance on the school closures or the whole of Stannergill hears about your wee secret. Up to you, old man.",
      [BI], "block", "[pressure] Blackmail over a vote; 'old man' could be heard as age-based.", allowed=[PA, EQ]),
    P("Somebody should give Ewan Pattinson a proper hiding. I'd happily volunteer.",
      [BI], "block", "[explicit] Incitement to beat a named councillor.", allowed=[PA]),
    P("To the resident who keeps filming me at surgeries: I've got your reg. I know your van. Think on.",
      [BI], "block", "[veiled] Intimidation of a member of the public using their vehicle.", allowed=[DP]),
    P("Nasreen, I hear your nephew's after a job at the depot. Shame if your vote on Thursday cost him it.",
      [BI], "block", "[pressure] Coercion via a relative's job.", allowed=[PI, DP]),
    P("Tweddle, you're finished in this toon. I'll make it my life's work to run you out of Blackcleugh.",
      [BI], "block", "[explicit] Declared campaign to drive a named councillor out.", allowed=[PA]),
    P("Tell the Gazette reporter who wrote that piece on me to keep looking over her shoulder. Just saying 🙂",
      [BI], "block", "[veiled] Veiled threat to a journalist with a smiling emoji."),
    P("Sian, withdraw the motion or the photos from the Christmas do go round every group chat in the district. I'm not bluffing.",
      [BI], "block", "[pressure] Blackmail to withdraw a motion.", allowed=[DP]),
    P("Mess wi' the Eskfoot lads again, Wójcik, and ye'll no be walking straight for a month.",
      [BI], "block", "[explicit] Threat of injury to a named councillor."),
    P("Some folk think they can vote against the bypass and still get their bins emptied. We'll see, Hazel. We'll see.",
      [BI], "block", "[veiled] Veiled threat to withdraw council services over a vote.", allowed=[PI]),
    P("Officers who put that flood risk note in the report: change it before cabinet or explain to me personally why you should keep your jobs.",
      [BI, OF], "block", "[pressure] Pressing officers to change advice under threat to their jobs."),
    P("Joe, I've told you before and I'll tell you for the last time. Keep your nose out of Harlaw Bridge or I'll break it for you.",
      [BI], "block", "[explicit] Threat to break a named councillor's nose.", allowed=[PA]),
    P("Nice wee dog you walk along the beck every morning, Wai-Ling. Be terrible if it got out.",
      [BI], "block", "[veiled] Veiled threat naming a routine and a pet.", allowed=[DP]),
]

# ---------------------------------------------------------------- equality / discrimination
EQUALITY = [
    P("Eskfoot used to be a proper Cumbrian toon. Now ye cannae hear a word of English in the Co-op for Poles and Romanians. Not what folk voted for.",
      [EQ], "block", "[coded; race] Hostility to Eastern European residents by national origin, framed as nostalgia."),
    P("Brackenrigg Fair week again. Lock up your sheds, the tinkers are back 🙄",
      [EQ], "block", "[explicit; race] Slur and criminal stereotype about Gypsy and Traveller people."),
    P("Wai-Ling Foster is very keen on the Hong Kong families scheme. Wonder where her loyalties really lie.",
      [EQ, PA], "block", "[coded; race] Dual-loyalty insinuation about a named councillor by national origin."),
    P("Funny how the Harlaw Bridge mosque extension sailed through planning. Bet the Christmas market won't get the same treatment. We know who runs things now.",
      [EQ], "block", "[coded; religion] Anti-Muslim 'takeover' insinuation.", allowed=[DF]),
    P("Marcus Hume and his 'husband' shouldn't be anywhere near the fostering panel. Bairns need normal homes.",
      [EQ, PA], "block", "[explicit; sexual orientation] Attack on a named gay councillor and his marriage."),
    P("Sian Lowther can call herself what she likes but the Ravensike lasses know a bloke when they see one.",
      [EQ, PA], "block", "[coded; gender reassignment] Misgendering a named trans councillor."),
    P("Agnes Little's wheelchair takes up half the committee room and her contributions take up none of it. Why do we make space for her?",
      [EQ, PA], "block", "[explicit; disability] Mockery of a named councillor's wheelchair."),
    P("Geordie Irving should be in a home, not a council chamber. Time the old fossils made way.",
      [EQ, PA], "block", "[coded; age] Age-based attack on a named councillor."),
    P("Callum Hetherington is 23. Twenty-three! Should be back at school, not setting my council tax. Bairns shouldn't get a vote on this.",
      [EQ, PA], "block", "[explicit; age] Dismissing a named councillor for being young."),
    P("Bridget Carrick's off having bairn number three. Shame the taxpayer keeps paying her allowance while she's at it. Some of us turn up.",
      [EQ, PA], "block", "[coded; pregnancy and maternity] Attack on a named councillor for maternity."),
    P("Joseph Mensah can go back to wherever he's really from. Caldermuir folk want Caldermuir councillors.",
      [EQ, PA], "block", "[explicit; race] 'Go back' aimed at a named Black councillor (born in Leeds)."),
    P("Funny how the Syrian families all got the new builds on Kirkbeck Road while local lads are stuck in their mam's box room. Just asking questions.",
      [EQ], "block", "[coded; race] Resentment myth about refugees by national origin, 'just asking questions'."),
    P("They've always been good with money, that lot, so no surprise the new finance consultant is Jewish. Keep an eye on the reserves.",
      [EQ], "block", "[explicit; religion] Antisemitic money trope.", allowed=[DF]),
    P("Morag's budget speech was very emotional. Maybe time-of-the-month decisions aren't the best way to run a district 🙄",
      [EQ, PA], "block", "[coded; sex] Menstruation jibe at a named woman councillor."),
    P("Tomasz Wójcik should stick to what his lot are good at, fruit picking and plastering. Leave the governing to us.",
      [EQ, PA], "block", "[coded; race] Stereotype of Polish people aimed at a named councillor."),
    P("The new autism hub at Tarnside is a waste of money. Those kids will never amount to owt anyway.",
      [EQ], "block", "[explicit; disability] Dismissal of autistic children's worth."),
    P("Ewan's very 'artistic' and 'sensitive', isn't he. Says a lot about the Greens these days 💅",
      [EQ, PA], "block", "[coded; sexual orientation] Innuendo about a named councillor's sexuality."),
    P("English incomers buy up every cottage in Stannergill then whinge about the muck-spreading. Send them back down the M6, the Sassenachs.",
      [EQ], "block", "[explicit; race] Anti-English hostility (national origin) with 'Sassenach'."),
    P("Nasreen Qureshi voting on the halal school meals paper. Conflict of faith, surely? Whose side is she really on?",
      [EQ, PA], "block", "[coded; religion] Questioning a named Muslim councillor's loyalty because of her faith."),
    P("Married women should leave the council seats to folk with time for the job. Fiona Maxwell's got a husband and a house to see to.",
      [EQ, PA], "block", "[explicit; marriage and civil partnership] Saying married women should not serve; also sex."),
    P("Fair play to Joseph, his English is coming on a treat. Must be all the practice in the chamber.",
      [EQ, PA], "block", "[coded; race] Treating a named Black, English-born councillor as a foreigner."),
    P("Deaf as a post and daft as a brush, the pair of them. Why do we let the hard of hearing sit on transport committee?",
      [EQ], "block", "[explicit; disability] Excluding deaf members."),
    P("Catholics on the admissions panel again. Funny how St Cuthbert's always comes out on top. Rome looks after its own.",
      [EQ], "block", "[coded; religion] Anti-Catholic insinuation.", allowed=[DF]),
    P("Trans folk have no business in the Tarnside leisure centre changing rooms and neither do the councillors who let them. Perverts the lot.",
      [EQ], "block", "[explicit; gender reassignment] Calling trans people perverts.", allowed=[AL, PA]),
    P("The Whinfell consultation was swamped by pensioners who'll be dead before the turbines go up. Why should their vote count the same?",
      [EQ], "block", "[coded; age] Devaluing older residents' voices."),
    P("Travellers at Brackenrigg. Thieving, fighting, leaving a midden behind. Every single year. Ban the fair.",
      [EQ], "block", "[explicit; race] Criminal stereotype of Gypsy and Traveller people."),
    P("Fiona Maxwell's fine for opening fetes, but licensing needs a man's head on it.",
      [EQ, PA], "block", "[coded; sex] A named woman councillor unfit for licensing because of sex."),
    P("Callum's 'off with anxiety' again. In my day we called that being soft. Snowflake cannae take a budget debate.",
      [EQ, PA], "block", "[coded; disability] Mocking a named councillor's mental health.", allowed=[DP]),
    P("Turbans on half the taxi rank at Caldermuir station. Not what tourists want to see. Licensing should think about the town's image.",
      [EQ], "block", "[explicit; religion] Anti-Sikh exclusion from licensed trade."),
    P("Nothing against them, but did the Pride picnic in Ravensike Park really have to be right by the swings? Think of the bairns.",
      [EQ], "block", "[coded; sexual orientation] Implies gay people endanger children."),
    P("Advice for the appointments panel: don't take on a woman of childbearing age as depot manager. She'll be off within the year. Common sense.",
      [EQ], "block", "[explicit; pregnancy and maternity] Advocating hiring discrimination for potential pregnancy."),
    P("Another 'cultural centre' in Eskfoot. Cannae mind anybody asking the locals. Getting like Bradford round here.",
      [EQ], "block", "[coded; race] Coded hostility to South Asian/Muslim communities ('like Bradford')."),
    P("Over-70s shouldn't be allowed to stand for council. Geordie proves my point every meeting, nodding off by item three.",
      [EQ, PA], "block", "[explicit; age] Would bar over-70s; named councillor ridiculed."),
    P("Wai-Ling's lot brought us Covid and now they want a say on our health board. Aye, right.",
      [EQ, PA], "block", "[explicit; race] Anti-Chinese Covid blame aimed at a named councillor."),
]

# ---------------------------------------------------------------- defamation
DEFAMATION = [
    P("Everybody in Harlaw Bridge knows Alistair Bell's had his fingers in the ward fund for years.",
      [DF], "review", "Idiomatic allegation of dishonesty with public money.", allowed=[PA]),
    P("Derek Routledge took £5,000 off Fellgate Homes to push the Kirkbeck estate through planning. Fact.",
      [DF], "block", "Bribery stated as fact about a named councillor.", allowed=[PA]),
    P("Kenny Nixon is a liar and a fraud.",
      [DF, PA], "review", "'Liar' and 'fraud' at a named person (convention: defamation plus personal attack)."),
    P("Funny how Gary Tweddle's brother-in-law keeps winning the gritting contract. Funny that. Nothing to see here, I'm sure 🤔",
      [DF], "review", "Innuendo of corruption via a relative.", allowed=[PA, IR]),
    P("Morag Telfer fiddled her mileage. Forty trips to the regional office in Dunmere that never happened.",
      [DF], "block", "Expenses fraud stated as fact.", allowed=[PA]),
    P("Hazel Dobson helped herself to the Stannergill gala float. £800 gone. Ask her where it went.",
      [DF], "block", "Theft of a float stated as fact.", allowed=[PA]),
    P("Solway Clean have been fiddling their tonnage figures to the council for two years. Every driver at the depot knows it.",
      [DF], "block", "Contract fraud by a named company stated as fact.", allowed=[PA]),
    P("Jean Armstrong is as bent as a nine bob note when it comes to planning.",
      [DF, PA], "review", "'Bent' (corrupt) at a named councillor; the idiom can also be a homophobic slur.", allowed=[EQ]),
    P("Ewan Pattinson's 'green energy consultancy' is a front for steering council money to his mates.",
      [DF], "review", "Allegation of corruption in idiom.", allowed=[PA]),
    P("Fiona Maxwell drove home from the Rovers dinner absolutely steaming and everybody saw it. Should've lost her licence.",
      [DF], "block", "Drink driving stated as fact.", allowed=[PA]),
    P("Remind me who sold the old Eskfoot school site to his own cousin for a quid? Oh aye. Cllr Bell.",
      [DF], "block", "Misconduct in public office alleged as fact in rhetorical form.", allowed=[PA, IR]),
    P("Aye, Tomasz is a great one for 'community grants'. Shame so many of them end up in his own pocket.",
      [DF], "review", "Sarcastic allegation of pocketing grants.", allowed=[PA, IR]),
    P("Postal votes in Blackcleugh last May? Ask Gary Tweddle how many he filled in himself.",
      [DF], "review", "Innuendo of electoral fraud in question form.", allowed=[PA]),
    P("Nasreen Qureshi lied to full council about the food bank figures and she knows it.",
      [DF, PA], "review", "Allegation of lying at a named councillor."),
    P("Dawn Scott has been taking backhanders from the skip hire firms. Not a rumour.",
      [DF, OF], "block", "Bribery by a named officer stated as fact; officers rule expected.", allowed=[PA]),
    P("Joseph Mensah is a con man. Ask anyone who's done 'business' with him.",
      [DF, PA], "review", "'Con man' at a named councillor."),
    P("Watch your wallets, folks. Cllr Hetherington's in charge of the youth fund now 👀",
      [DF], "review", "Innuendo that a named councillor will steal.", allowed=[PA, IR]),
    P("Fellgate Homes have been cooking the books on repair times. The real figures are three times what they report.",
      [DF], "review", "Dishonesty alleged against a named organisation.", allowed=[PA]),
    P("Routledge is in Fellgate's back pocket. Always has been.",
      [DF], "review", "Idiom alleging a councillor is bought.", allowed=[PA]),
    P("Stuart Rigg, our s151 officer, has been hiding a £2m hole in the reserves and misleading members about it.",
      [DF, OF], "review", "Dishonesty alleged against a named officer.", allowed=[PA]),
    P("Geordie Irving forged the signatures on his nomination papers. Half those folk never signed owt.",
      [DF], "block", "Forgery stated as fact.", allowed=[PA]),
    P("Marcus Hume's charity has never properly accounted for the flood appeal money. Where did it go, Marcus?",
      [DF], "review", "Insinuation of misuse of charity funds.", allowed=[PA]),
    P("Not saying Agnes Little's planning vote was bought. Just saying she's got a very new conservatory 🏡",
      [DF], "review", "Innuendo of bribery with denial frame.", allowed=[PA, IR]),
    P("The Border Alliance are a party of crooks and chancers, every last one of them.",
      [DF], "review", "'Crooks' at a party's members.", allowed=[PA]),
    P("Bridget Carrick has been claiming allowance for meetings she never went to. That's theft from the taxpayer, plain and simple.",
      [DF], "block", "Allowance fraud stated as fact.", allowed=[PA]),
    P("Ian Charlton in licensing is on the take from the Harlaw Bridge pubs. How else do they all keep their late licences?",
      [DF, OF], "block", "Bribery of a named officer stated as fact.", allowed=[PA]),
    P("The Esk Valley Gazette makes up its quotes. Half of what they printed about me last week was invented.",
      [DF], "review", "Fabrication alleged against a named newspaper."),
    P("Wai-Ling Foster claimed for a hotel in the city during recess. Council paid. She was on her holidays. Check the receipts.",
      [DF], "block", "Expenses fraud stated as fact.", allowed=[PA]),
    P("Sian Lowther's a snake-oil merchant. Every promise she made in Ravensike was a flat-out lie.",
      [DF, PA], "review", "'Snake-oil merchant' and 'lie' at a named councillor."),
    P("Kenny pocketed the raffle money from the Blackcleugh bonfire. Three of us counted it.",
      [DF], "block", "Pocketing raffle money stated as fact.", allowed=[PA]),
    P("Morag's lot rigged the cabinet vote on the depot. The minutes were changed after the meeting.",
      [DF], "block", "Falsifying minutes stated as fact.", allowed=[PA]),
    P("Alistair Bell couldn't lie straight in bed. Nae wonder the audit committee keeps asking questions.",
      [DF, PA], "review", "Idiom calling a named councillor a liar."),
    P("Ewan's 'rewilding' at Whinfell is a land grab for his family's shooting estate, and he's voted on it three times without declaring a thing.",
      [DF], "block", "Undeclared interest (a criminal offence for a DPI) stated as fact.", allowed=[PA]),
    P("Somebody on cabinet has been leaking tender prices to Solway Clean. I'll let you guess which one lives next door to their MD, Jean.",
      [DF], "review", "Innuendo identifying a named councillor as leaking tenders.", allowed=[PA, DP]),
]

# ---------------------------------------------------------------- hard negatives
def H(tag, text, note, allowed=(), **opts):
    return dict(text=text, rules=[], allowed=list(allowed), verdict="ok", note=f"{tag} {note}", opts=opts)

HARD = [
    # HN1 harsh criticism of a policy, decision, party or the council
    H("HN1", "The rural bus cuts are a disgrace. Folk in Stannergill will be cut off fra the doctor's. Cabinet should be ashamed of this decision.", "Robust criticism of a decision; 'ashamed' aimed at the cabinet's choice."),
    H("HN1", "This budget is a clarty mess. Aye, I said it. Back to the drawing board.", "Cumbrian 'clarty' (muddy) about a budget, no person."),
    H("HN1", "Border Alliance record on housing: fourteen years, nowt built, waiting list doubled. Shameful.", "Harsh criticism of a party's record."),
    H("HN1", "The Fellgate Homes repair backlog is scandalous and the council's oversight has been useless. We need an independent review.", "'Useless' aimed at oversight, not a person.", allowed=[PA]),
    H("HN1", "Scunnered wi' this council's approach to flooding. Third winter Ravensike's been under water. Enough reports, fix the becks.", "Scots 'scunnered' frustration at the council."),
    H("HN1", "Shutting Tarnside library on Saturdays is a daft, short-sighted decision that hits the bairns hardest.", "'Daft' at a decision (positive side uses daft at people)."),
    H("HN1", "The Solway Clean contract has failed. Missed bins, missed targets. It should not be renewed.", "Criticism of a contract's performance."),
    H("HN1", "Commonweal's alternative budget is pie in the sky. The sums don't add up by a mile.", "Criticism of a party's proposal."),
    H("HN1", "Honestly the parking review is a shambles. Charging in Kirkbeck on market day will kill the high street dead.", "'Kill' about trade; shambles at a review."),
    H("HN1", "This administration treats Whinfell Moor like a dumping ground. Wind farm, quarry, and now the waste site. No more.", "Criticism of the administration's decisions."),
    H("HN1", "The Greens' bike lane plan for the main road through Harlaw Bridge is bonkers. Tractors, folks. Tractors. 🚜", "Mocks a plan, not people."),
    H("HN1", "The day centre consultation was a box-ticking exercise and everybody in Blackcleugh knows it.", "Criticism of a process; shares 'everybody knows' with defamation rows."),
    H("HN1", "Cabinet has made a right dog's dinner of school transport. Parents deserve an apology and a rethink.", "Idiom at a policy."),
    H("HN1", "A rotten decision, shutting the Eskfoot public toilets in the tourist season. Who benefits? Naebody.", "'Rotten' at a decision."),
    H("HN1", "The gritting policy is not fit for purpose. The Whinfell road was a skating rink for three days. Review it now.", "Service criticism."),
    H("HN1", "Eskdale Residents' Group want to freeze council tax AND expand services. Can't have both, pet. Populist nonsense.", "Criticism of a group's policy; 'pet' is a northern endearment.", allowed=[IR]),
    H("HN1", "The new ward boundaries look gerrymandered to suit the governing party. I'll be objecting to the Boundary Commission.", "Criticism of proposals via the proper route.", allowed=[DF]),
    H("HN1", "Cabinet's 'efficiency savings' are cuts by another name. Call them what they are.", "Criticism of framing."),
    H("HN1", "The Alliance manifesto promised a swimming pool. Instead we've a feasibility study and a ribbon cut on a car park. Pathetic record.", "'Pathetic' at a record, not a person."),
    H("HN1", "Our planning system is broken. Too slow for families after an extension, too quick for big developers. Needs fixing.", "Systemic criticism."),
    H("HN1", "Recycling rates here are the worst in the region and the council's comms on it are pure spin.", "Criticism of council performance."),
    H("HN1", "Whoever drafted this allocation policy has never met a young family in a damp flat. It's cruel in effect, whatever the intent.", "Criticism of a policy's effect; unnamed drafter.", allowed=[PA, OF]),
    # HN2 counter-speech, solidarity, quoting abuse to condemn it
    H("HN2", "Somebody wrote 'go back where you came from' on Joseph Mensah's surgery poster. Joseph is from Leeds and he's one of us. Disgusting. Reported to police.", "Quotes racist abuse to condemn it.", allowed=[EQ]),
    H("HN2", "To whoever keeps calling the Brackenrigg Fair families 'tinkers' and 'thieves' in my mentions: that's racism and I'll not have it on my page.", "Quotes slurs to condemn them.", allowed=[EQ]),
    H("HN2", "Solidarity with Sian Lowther, who's had a week of vile transphobic abuse. Trans women are women. Ravensike stands with her. 🏳️‍⚧️", "Solidarity with a trans councillor."),
    H("HN2", "A constituent told me 'the Poles are taking all the jobs'. I told him the Poles are doing jobs nobody else would, and running the best bakery in Eskfoot 🥖", "Quotes a prejudice and rebuts it.", allowed=[EQ]),
    H("HN2", "The threats Hazel Dobson has had ('we know where you live') are unacceptable. I disagree with her on near enough everything, and I stand with her.", "Quotes a threat to condemn it.", allowed=[BI]),
    H("HN2", "'Bent as a nine bob note' is what somebody shouted at Marcus at the count. Laughed off as banter. It isn't. Homophobia dressed as a joke is still homophobia.", "Quotes a homophobic jibe to condemn it.", allowed=[EQ, DF]),
    H("HN2", "Abuse of our bin crews is up this winter. These lads and lasses are out in all weathers. Swear at them and you answer to me.", "Defends staff; 'answer to me' is not a threat to a person."),
    H("HN2", "Anyone calling Agnes Little 'a burden' because she uses a wheelchair wants to take a long look in the mirror. Sharpest mind on scrutiny.", "Counter-speech for a disabled councillor.", allowed=[EQ]),
    H("HN2", "Got an email calling Nasreen Qureshi a 'terrorist sympathiser' for backing the town hall iftar. Sent to the police. Islamophobia has no place in Caldermuir.", "Quotes anti-Muslim abuse to condemn it.", allowed=[EQ, DF]),
    H("HN2", "Somebody told young Callum Hetherington to 'wheesht and let the grown-ups talk' at the hustings. He's an elected member. He'll speak as he likes. Ageism cuts both ways.", "Condemns ageist put-down.", allowed=[EQ]),
    H("HN2", "Pregnant councillors getting told they're 'letting their ward down'? No. Bridget is entitled to maternity leave like anybody. Proud of her.", "Defends maternity leave.", allowed=[EQ]),
    H("HN2", "Had 'you'll regret this' in my inbox four times this week over the windfarm. I'm not feart, but I am reporting it. Nobody should get that.", "Quotes threats received to report them.", allowed=[BI]),
    H("HN2", "A 'Sassenachs out' sign on a Stannergill gate isn't a joke. Incomers are neighbours. Take it down.", "Condemns anti-English sign.", allowed=[EQ]),
    H("HN2", "Sharing Wai-Ling's thread on the anti-Chinese abuse she got during the pandemic. Every word of it should be read out in the chamber.", "Amplifies a victim's account."),
    H("HN2", "A man at Kirkbeck mart called Tomasz a 'dirty foreigner'. Tomasz has lived here 19 years and coaches the under-11s. Shame on that man.", "Quotes a slur to condemn it.", allowed=[EQ, PA]),
    H("HN2", "Heard somebody say the autism hub is wasted on 'kids who'll never amount to owt'. Those kids will amount to plenty. Proud to have fought for it.", "Quotes ableism to rebut it.", allowed=[EQ]),
    H("HN2", "Antisemitic graffiti on the war memorial in Harlaw Bridge overnight. Cleaned off by 9am thanks to the street team. We condemn it utterly.", "Condemns antisemitism."),
    H("HN2", "Being called a 'daft old goat' by a fellow councillor for asking about the pension fund is not on. Doesn't matter if he thinks it's banter.", "Self-report of an ageist insult; pinned to the 79-year-old.", allowed=[EQ, PA], author="@GeordieIrvingInd"),
    H("HN2", "Stop telling women councillors to 'calm down, dear'. We're not hysterical, we're angry, and with good reason.", "Condemns sexist put-down.", allowed=[EQ], author="@NasreenQureshiCW"),
    H("HN2", "To the lad who shouted 'paedo' at the Pride picnic: gay folk are no danger to bairns. You and your hate are.", "Quotes homophobic slur to condemn it.", allowed=[EQ, PA]),
    H("HN2", "Threats against planning officers are never acceptable. The planning team deserve respect whatever you think of the Kirkbeck decision.", "Defends officers; no officer named.", allowed=[BI]),
    H("HN2", "Someone posted that Sikh drivers 'put tourists off'. Rubbish. Jaswant's taxi got me home from the flood meeting and he wouldn't take a penny. That post was racism, plain and simple.", "Quotes anti-Sikh prejudice to rebut it.", allowed=[EQ]),
    # HN3 denied prejudice and myth-busting
    H("HN3", "Myth: the Syrian families got priority for the new Kirkbeck homes. Fact: not one of the 40 homes went to a refugee family. Allocation is by need and time on the list.", "Myth-busting on refugees and housing."),
    H("HN3", "No, Travellers did not cause the Brackenrigg flood damage. The Environment Agency report is clear: it was the culvert. Stop spreading it.", "Rebuts a stereotype."),
    H("HN3", "The claim that migrants are 'draining' the Eskfoot surgery doesn't survive the numbers. The list grew 2% and half of that is retirees moving in.", "Myth-busting with figures."),
    H("HN3", "I'm not against older councillors, or younger ones. I'm against any councillor who doesn't read the papers. Age has nowt to do with it.", "Explicit denial of age prejudice."),
    H("HN3", "Fact check: Polish workers in the district pay more in tax than they take out. The food plant at Eskfoot would shut without them.", "Myth-busting on migrants."),
    H("HN3", "To be clear, the mosque extension went through the same planning process as every other application. Same policies, same committee, same scrutiny.", "Rebuts the favouritism insinuation."),
    H("HN3", "Folk keep saying trans people are 'taking over' the leisure centre. There are two. Two! And they've swum there for years without any bother.", "Myth-busting on trans people."),
    H("HN3", "Nobody is 'banning Christmas' in Caldermuir. The market's on, the lights are on, and the nativity's at St Cuthbert's as usual.", "Rebuts a culture-war myth."),
    H("HN3", "The idea that disabled people 'get everything handed to them' would be news to Agnes, who waited 14 months for a ramp at her own front door.", "Rebuts an ableist myth.", allowed=[DP]),
    H("HN3", "Aye, I'm an offcomer. Twenty-two years in Tarnside. The idea you need three generations in the churchyard before you get a say is nonsense.", "Cumbrian 'offcomer' self-description rebutting incomer prejudice.", author="@JoeMensahCW"),
    H("HN3", "It's not racist to ask what we spend on interpreters, and it's not racist to answer. £14k last year. That's the number. Debate the number.", "Denies prejudice, gives facts."),
    H("HN3", "Gay couples fostering: the evidence is the children do just as well. The fostering panel assesses every applicant the same way. End of.", "Myth-busting on same-sex fostering."),
    H("HN3", "Myth-busting: pregnant staff are not 'a cost burden' to the council. Maternity cover is budgeted every year.", "Rebuts a maternity myth."),
    H("HN3", "I'm no bigot for opposing the Harlaw Bridge housing scheme. I oppose it because the sewer can't take it, and I'd say the same if it were a golf club.", "Denied prejudice; planning objection on infrastructure."),
    H("HN3", "Catholic school admissions are set under the national code, not by any 'Rome looks after its own' conspiracy. Read the policy.", "Quotes and rebuts anti-Catholic trope.", allowed=[EQ]),
    H("HN3", "No, the Hong Kong families are not 'taking' council houses. Most rent privately or are buying, and several already run businesses on Eskfoot front.", "Myth-busting on Hong Kong arrivals."),
    H("HN3", "Gypsy and Traveller pitches are a legal duty, not a favour. Every district has to assess need. We're behind, not ahead.", "Neutral fact about Traveller provision."),
    H("HN3", "Young folk 'don't care about politics'? 300 of them turned up to the youth climate assembly. They care plenty, they just don't come to our boring meetings.", "Rebuts a stereotype about the young."),
    H("HN3", "Crime during Brackenrigg Fair week was no higher than an ordinary week. The police say so. So stop it.", "Myth-busting on Travellers and crime."),
    H("HN3", "Nothing against incomers, I married one. My objection to the second-homes policy in Stannergill is about housing supply, full stop.", "Denied prejudice with a policy reason."),
    H("HN3", "The 'asylum hotel' rumour in Eskfoot is false. The Solway Arms is being done up as a hotel for, er, tourists. I checked with the owner.", "Rebuts a rumour."),
    H("HN3", "Being a woman has nowt to do with whether Morag can run a budget. Her budget's poor because its assumptions are poor. Criticise the sums.", "Denies sexism, criticises the budget not the person."),
    # HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
    H("HN4", "As a trans woman and a Ravensike lass born and bred, I'm proud to be on the Pride picnic committee again this year 🏳️‍⚧️", "Self-description.", author="@SianLowtherGreen"),
    H("HN4", "79 and still here, still asking awkward questions at scrutiny. Auld, aye. Daft, no. 😄", "Self-description of age.", author="@GeordieIrvingInd"),
    H("HN4", "Eid Mubarak to all our Muslim neighbours in Harlaw Bridge and Eskfoot. Thank you for the open iftars this month, the hospitality was something else.", "Eid greeting.", date="2026-03-20"),
    H("HN4", "First day back after maternity leave. Wee Rory is six months and with his granny. Wish me luck at cabinet!", "Self-description of maternity; own family.", allowed=[DP], author="@BridgetCarrickCW"),
    H("HN4", "As a wheelchair user: the new ramp at Tarnside town hall is brilliant. Took long enough, but it's brilliant ♿", "Self-description of disability.", author="@AgnesLittleInd"),
    H("HN4", "Me and my husband Dave, ten years today. Civil partnership first, marriage later, same soppy pair 💍", "Self-description of marriage/civil partnership.", allowed=[DP], author="@MarcusHumeERG"),
    H("HN4", "Proud to be a queer Cumbrian. Aye, we exist up here, and there's more of us than you'd think.", "Reclaimed 'queer' in self-description.", author="@EwanPattinsonGreen"),
    H("HN4", "Lunar New Year lion dance on Eskfoot front this Saturday! Huge thanks to the Hong Kong families association for organising 🧧", "Positive mention of a community event.", date="2026-02-16"),
    H("HN4", "Holocaust Memorial Day. We remember. Wreath laid at the Harlaw Bridge memorial this morning.", "Commemoration.", date="2026-01-27"),
    H("HN4", "Born in Gdańsk, raised in Eskfoot, coaching the under-11s six seasons now. Proud Cumbrian Pole 🇵🇱", "Self-description of national origin.", author="@TomaszWojcikCW"),
    H("HN4", "Black, Yorkshire-born, Cumbrian by choice. Eight years in Blackcleugh and never looked back.", "Self-description of race.", author="@JoeMensahCW"),
    H("HN4", "Great turnout at the Traveller heritage exhibition at Brackenrigg library. The photos of the bow-top wagons are stunning.", "Positive mention of Travellers."),
    H("HN4", "Auld folk and young folk together at the Kirkbeck lunch club. Bairns taught the pensioners TikTok, pensioners taught the bairns dominoes. Brilliant.", "Positive mention of age groups."),
    H("HN4", "The sensory room at the Tarnside autism hub opens Monday. Families designed it themselves. Go and have a look.", "Positive disability mention."),
    H("HN4", "Yesterday was International Women's Day, so a shout out to the lasses at Eskfoot lifeboat station, half the crew now 🚤", "Positive mention of women.", date="2026-03-09"),
    H("HN4", "At 23 I'm the youngest on the council. Aye, I still get ID'd buying a pint. Still going to ask hard questions on the youth budget.", "Self-description of age.", author="@CallumHethCW"),
    H("HN4", "Our Deaf community group asked for BSL interpretation at full council. Seconded, and booked from April.", "Positive disability mention."),
    H("HN4", "Hong Kong-born, Cumbrian by postcode, Green by conviction. Thank you Eskfoot for electing me.", "Self-description of national origin.", author="@WaiLingGreen"),
    H("HN4", "Lovely Candlemas service at St Cuthbert's this morning, and a cracking tatie pot after in the hall.", "Positive religious mention.", date="2026-02-02"),
    H("HN4", "The mental health drop-in at Blackcleugh is open Tuesdays. I've used services like it myself. No shame in it.", "Self-description of mental health.", allowed=[DP]),
    H("HN4", "Gurdwara open day in Harlaw Bridge on Sunday, langar for all, visitors very welcome. Went last year and the dal was class.", "Positive mention of Sikh community."),
    H("HN4", "Ramadan Mubarak to our Muslim community. The town hall iftar is on again this year, all welcome.", "Ramadan greeting.", date="2026-02-18"),
    # HN5 figurative violence, banter, self-deprecation
    H("HN5", "If the Whinfell road isn't gritted by Friday I'll be out there with a shovel and a flask myself. Don't tempt me ❄️", "Figurative threat at a service, aimed at nobody."),
    H("HN5", "Got an absolute braying at the Eskfoot pub quiz. Bottom of the table. The Commonweal lot will never let me forget it.", "Cumbrian 'braying' (beating) as a defeat; positive side uses 'bray' as a threat.", allowed=[BI]),
    H("HN5", "My ancestors rustled cattle across this border for three hundred years. Me? I can't even rustle up a quorum for scrutiny 😂", "Reiver self-deprecation."),
    H("HN5", "Killed it at the Caldermuir fell race this morning. By which I mean it killed me. Last but one. Legs gone.", "Figurative 'killed' about oneself."),
    H("HN5", "Me and Kenny Nixon agree on nowt, but he's a marra at the Rovers bar and he bought the round. Still going to murder him in Thursday's debate 😉", "Cross-party banter; 'murder' as debate.", allowed=[BI, PA]),
    H("HN5", "Self-diagnosis: too much tatie pot, not enough fell walking. I'm the size of a Herdwick tup 🐑", "Self-deprecation about appearance."),
    H("HN5", "If I read the word 'synergies' in one more cabinet paper the laptop's going in the Esk.", "Figurative frustration, no target."),
    H("HN5", "Gurning contest at the Kirkbeck show: my face needed no extra effort. Came second. Robbed 😤", "Self-deprecating appearance joke; 'robbed' as banter.", allowed=[DF]),
    H("HN5", "The Greens have absolutely battered us at the pub quiz again. Demand a recount 😂", "Banter."),
    H("HN5", "Marra of mine says I've a face for radio and a voice for print. Fair.", "Self-deprecation."),
    H("HN5", "I'm going to strangle whoever invented the eleven-tab spreadsheet for the capital programme. Figuratively. Mostly.", "Hyperbolic exasperation.", allowed=[BI]),
    H("HN5", "Budget week. Three hours sleep, four coffees, one biscuit. The biscuit was my finest decision of the week.", "Self-deprecating tiredness.", allowed=[HS]),
    H("HN5", "Into cabinet this afternoon all guns blazing on the library closures. Bring it on.", "Figurative combat about a debate."),
    H("HN5", "My lass says I sound like a proper old gadgee when I go on about the bin round. She's not wrong.", "Cumbrian 'gadgee' self-deprecation.", allowed=[DP]),
    H("HN5", "Scrutiny committee ate me alive today over the leisure stats. Deserved, honestly. Back with better numbers next month.", "Self-deprecation."),
    H("HN5", "Fair play to Ewan, he destroyed me in the tug o' war at the Stannergill gala. Wee man's stronger than he looks 💪", "Banter about a named councillor.", allowed=[BI, PA]),
    H("HN5", "Clarty, soaked, and smelling of silage after a morning on the farm visit. Living the glamorous councillor dream.", "Self-deprecation."),
    H("HN5", "Tried to fix the printer in the members' room. The printer won. I'll get it next time.", "Figurative contest with an object."),
    H("HN5", "Mam always said I'd talk the hind legs off a donkey. Thirty-minute speech at full council proves her right. Sorry, Chair.", "Self-deprecation."),
    H("HN5", "Short straw: I'm the one telling the Kirkbeck WI their hall grant's been cut. Pray for me. If I'm not back by six, send mountain rescue 🚁", "Self-deprecating humour."),
    H("HN5", "Caldermuir v Eskfoot derby Saturday. We're going to slaughter them. Council neutrality suspended for 90 minutes ⚽", "Sports banter.", allowed=[BI]),
    H("HN5", "I'm a numpty, posted the wrong date for the Tarnside surgery. It's Friday the 13th of February, not the 12th. Apologies!", "Self-applied 'numpty'.", date="2026-02-10"),
    # HN6 criticism of a named councillor's record that stays on the record
    H("HN6", "Cllr Routledge promised Tarnside a new bus shelter in 2023. Three years on there's a pole and a bin. He owes residents an update.", "Record criticism of a named councillor.", allowed=[DF]),
    H("HN6", "Alistair Bell's budget assumes a 4% rise in parking income when the last two years fell. That's not credible and he should revise it.", "Criticism of a named portfolio holder's figures."),
    H("HN6", "Morag Telfer voted for the library closures in cabinet, then put out a leaflet saying she was 'fighting to save' them. Her vote is on the record.", "Record contradiction; might be heard as dishonesty.", allowed=[DF]),
    H("HN6", "Kenny Nixon has missed 9 of the last 12 planning meetings. Blackcleugh deserves a councillor who turns up.", "Attendance record.", allowed=[PA]),
    H("HN6", "Jean Armstrong's waste strategy has seen recycling fall two years running. As portfolio holder that's on her record. Time for a new approach.", "Portfolio record."),
    H("HN6", "Gary Tweddle told the Gazette the gritting budget was 'protected'. It was cut by 12%. He should correct the record.", "Factual correction.", allowed=[DF]),
    H("HN6", "Hazel Dobson's group pledged to oppose every second-home development, then she voted for Stannergill Mains. Her call, but she should explain it.", "Voting record."),
    H("HN6", "Cllr Pattinson's cycle-lane motion has no costing at all. I'd back a costed version. This isn't one.", "Criticism of a named councillor's motion."),
    H("HN6", "With respect to Cllr Qureshi, her group's amendment would leave a £600k gap in adult social care. I'll be voting against.", "Civil criticism of an amendment."),
    H("HN6", "Tomasz Wójcik chaired the youth services review that recommended shutting two clubs. He has to own that, however he talks about it now.", "Record criticism."),
    H("HN6", "Fiona Maxwell has asked zero questions at scrutiny in 18 months. Scrutiny is the job.", "Record of participation.", allowed=[PA]),
    H("HN6", "Ruth Elliot's civic year: three events cancelled, charity target missed by half. Not all her fault, but not a great record.", "Balanced record criticism."),
    H("HN6", "Cllr Hume voted against the flood defence funding in 2024. Ravensike flooded in 2025. Voters can draw their own conclusions.", "Voting record."),
    H("HN6", "Callum Hetherington's youth jobs pledge was a good one. But 18 months in: no scheme, no budget line, no report. Where is it?", "Unfulfilled pledge."),
    H("HN6", "Derek Routledge has overturned officer recommendations 7 times as planning chair, more than any chair in a decade. That needs scrutiny.", "Record as chair.", allowed=[DF]),
    H("HN6", "Geordie Irving's amendment last year cost the leisure trust £90k. Officers warned him in writing. That's the record.", "Record with consequences.", allowed=[DF]),
    H("HN6", "Sian Lowther's Greens opposed the Whinfell windfarm, then backed it once in coalition. Consistency, Sian?", "Policy U-turn."),
    H("HN6", "Cllr Mensah's fly-tipping task force has produced one report and zero prosecutions. I want it to work. It isn't.", "Record of a task force."),
    H("HN6", "Wai-Ling Foster promised weekly surgeries in Eskfoot. I count four since May. Residents notice.", "Attendance/pledge record.", allowed=[PA]),
    H("HN6", "Agnes Little voted against her own group's budget and then claimed credit for its road repairs in her newsletter. Can't have it both ways.", "Record contradiction.", allowed=[DF]),
    H("HN6", "Bridget Carrick was housing portfolio holder when the Fellgate repair contract was signed with no penalty clause. That was a mistake and it's cost tenants.", "Record as portfolio holder."),
    H("HN6", "Alistair Bell told full council the reserves were 'healthy'. The auditor's letter says otherwise. He needs to come back and correct it.", "Factual correction.", allowed=[DF]),
]

FAMILIES = [(PA, PERSONAL), (AL, ABUSIVE), (BI, BULLYING), (EQ, EQUALITY), (DF, DEFAMATION)]

# Variants: (family, index into that family's list, kind, word to obfuscate)
VARIANTS = [
    (PA, 9, "star", "clown"), (PA, 7, "digit", "pillock"), (PA, 18, "zwsp", "gowk"),
    (PA, 15, "spaced", "clot"), (PA, 2, "cyrillic", "brains"), (PA, 20, "caps", None),
    (AL, 0, "star", "shite"), (AL, 19, "digit", "prick"), (AL, 7, "zwsp", "knobend"),
    (AL, 30, "spaced", "shit"), (AL, 27, "cyrillic", "shite"), (AL, 15, "caps", None),
    (BI, 0, "star", "bray"), (BI, 7, "digit", "ambulance"), (BI, 15, "zwsp", "gym"),
    (BI, 4, "spaced", "regret"), (BI, 5, "cyrillic", "remember"), (BI, 19, "caps", None),
    (EQ, 1, "star", "tinkers"), (EQ, 10, "digit", "back"), (EQ, 15, "zwsp", "autism"),
    (EQ, 7, "spaced", "fossils"), (EQ, 25, "cyrillic", "Thieving"), (EQ, 33, "caps", None),
    (DF, 2, "star", "liar"), (DF, 1, "digit", "took"), (DF, 7, "zwsp", "bent"),
    (DF, 15, "spaced", "con"), (DF, 29, "cyrillic", "pocketed"), (DF, 11, "caps", None),
]

CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435"}
DIG = {"o": "0", "i": "1", "a": "4"}


def obfuscate_word(w, kind):
    if kind == "star":
        for i, c in enumerate(w):
            if i > 0 and c.lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i, c in enumerate(w):
            if c.lower() in DIG:
                return w[:i] + DIG[c.lower()] + w[i + 1:]
    if kind == "zwsp":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "cyrillic":
        for i, c in enumerate(w):
            if c in CYR:
                return w[:i] + CYR[c] + w[i + 1:]
    raise ValueError((w, kind))


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


def load_people():
    import tomllib
    with open(HERE / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    handles = cfg["people"]["handles"]
    councillors = set(cfg["people"]["councillors"])
    return {h: n for h, n in handles.items() if n in councillors}


NICK = {"Joseph Mensah": ["Joe"], "Alistair Bell": ["Ali"], "Tomasz Wojcik": ["Wójcik"]}


def named_in(text, name, handle):
    if handle.lower() in text.lower():
        return True
    toks = name.replace("-", " ").split() + [name.split()[0]] + NICK.get(name, [])
    if "-" in name.split()[0]:
        toks.append(name.split()[0])
    for t in toks:
        if re.search(r"\b" + re.escape(t) + r"\b", text, re.IGNORECASE):
            return True
    return False


def random_ts(rng, date=None):
    if date:
        d = datetime.date.fromisoformat(date)
    else:
        start = datetime.date(2026, 1, 5)
        while True:
            d = start + datetime.timedelta(days=rng.randrange(0, 82))
            if d.weekday() < 5 and d <= datetime.date(2026, 3, 27):
                break
    h = rng.randrange(8, 19)
    m = rng.randrange(0, 60)
    s = rng.randrange(0, 60)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"


def main():
    rng = random.Random(SEED)
    people = load_people()
    handles = sorted(people)
    rows = []
    for fam, lst in FAMILIES:
        for i, r in enumerate(lst):
            rows.append(dict(r, family=fam, kind_of_row="positive", _key=(fam, i)))
    for r in HARD:
        rows.append(dict(r, family="hard_negative", kind_of_row="hard_negative", _key=None))
    by_key = {r["_key"]: r for r in rows if r["_key"]}
    for r in rows:
        opts = r["opts"]
        if "author" in opts:
            r["author"] = opts["author"]
        else:
            pool = [h for h in handles if not named_in(r["text"], people[h], h)]
            r["author"] = rng.choice(pool)
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = random_ts(rng, opts.get("date"))
    variants = []
    for fam, idx, kind, word in VARIANTS:
        o = by_key[(fam, idx)]
        allowed = list(o["allowed"])
        if kind == "caps" and HS not in allowed:
            allowed.append(HS)
        v = dict(o, text=make_variant_text(o["text"], kind, word), allowed=allowed,
                 created_at=random_ts(rng), _orig=o, variant_kind=kind, _key=None,
                 note=o["note"] + f" Obfuscated variant ({kind}) of the original; same labels.")
        variants.append(v)
    allrows = rows + variants
    rng.shuffle(allrows)
    for n, r in enumerate(allrows, 1):
        r["id"] = f"b54-{n:03d}"
    out = []
    for r in allrows:
        o = dict(id=r["id"], text=r["text"], author=r["author"], created_at=r["created_at"],
                 platform=r["platform"], account="councillor", kind="post",
                 expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
                 family=r["family"], kind_of_row=r["kind_of_row"], note=r["note"])
        if "_orig" in r:
            o["variant_of"] = r["_orig"]["id"]
            o["variant_kind"] = r["variant_kind"]
        out.append(o)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
