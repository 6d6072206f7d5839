#!/usr/bin/env python3
"""Blind set b56 (Borough of Whinclough): hand-written rows and a deterministic build.

Run: python3 build.py  -> writes posts.jsonl (same bytes every run, seed 5656)."""

# Hand-written positive rows for blind set b56 (Borough of Whinclough).
# Each row: (family, key, text, rules, allowed, verdict, note, extra)
PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PI = "position.improper-advantage"
PD = "predetermination.closed-mind"

POS = []

def r(fam, key, text, rules, allowed, verdict, note, **extra):
    POS.append(dict(family=fam, key=key, text=text, rules=rules, allowed=allowed,
                    verdict=verdict, note=note, extra=extra))

# ---------------------------------------------------------------- personal attack
r(PA, "pa01", "Dennis Aspinall couldn't organise a brew in a tea factory. Forty year on this council and he still thinks a spreadsheet is summat you put on a bed.",
  [PA], [], "review", "Mockery of a named councillor's competence through idiom; no swearing, aimed at the man not a policy.")
r(PA, "pa02", "Watching @JordanPillingHH try to read out his own motion was painful. Lad's as gormless as they come. Can somebody fetch him a grown-up next time",
  [PA], [], "review", "Dialect insult ('gormless') and belittling aimed at a councillor by handle.")
r(PA, "pa03", "Margery Holroyd has the face of someone who's just found out the chippy's shut, and the personality to match. No wonder Tenterfield's so miserable.",
  [PA], [], "review", "Mockery of a named councillor's appearance and personality.")
r(PA, "pa04", "Honestly Cllr Whittle is a walking planning disaster. Thick as two short planks and twice as wooden when he's chairing.",
  [PA], [], "review", "Idiomatic insult of intelligence ('thick as two short planks') aimed at a named councillor.")
r(PA, "pa05", "Sandra Tattersall, you're a barmpot. Always have been. Nobody in Cobbler's Brow takes you seriously, love, so maybe stop pretending.",
  [PA], [EQ], "review", "Lancashire insult 'barmpot' aimed at a named councillor in second person; 'love' is gendered condescension, so equality is allowed.")
r(PA, "pa06", "Huge congratulations to Cllr Duckworth on achieving the impossible: a twenty-minute speech with not one single thought in it 👏👏 Genuinely gifted.",
  [PA, IR], [], "review", "Mock praise that belittles a named councillor; irony marker expected.")
r(PA, "pa07", "Stuart Hindle wouldn't know a decent scheme if it sat on his knee and sang him a lullaby. Head of Planning? Head of nowt, more like.",
  [PA, OF], [], "review", "Belittles a named council officer (Head of Planning) in public; officers.impartiality expected for criticising an officer.")
r(PA, "pa08", "Have you seen the state of Brian Ormerod's comb-over? Man looks like a startled hedgehog. Sort your barnet out before you lecture anyone on 'standards', Brian.",
  [PA], [], "review", "Ridicule of a named councillor's appearance.")
r(PA, "pa09", "@PhilippaCrossley you're a snob with a plum in your gob. Hollinshaw deserves better than a lady of the manor who's never set foot in a ginnel in her life.",
  [PA], [EQ], "review", "Personal insult (snob, 'plum in your gob') at a councillor's handle; 'lady of the manor' is gendered, so equality allowed.")
r(PA, "pa10", "Kieran's a wet lettuce. Folds like a cheap deckchair every time a developer so much as smiles at him.",
  [PA], [DF], "review", "Insult of a named councillor's character; the developer line hints at undue influence, so defamation allowed.")
r(PA, "pa11", "ngl Cllr Ramsbottom is the human equivalent of a buffering wheel 💀 bro has not had an original thought since dial-up",
  [PA], [], "review", "Young voice mocking a named councillor's intelligence.")
r(PA, "pa12", "Dear @GarethDuckworthLP, your contribution to scrutiny today was the verbal equivalent of a damp firework. Sit down, you great lummox.",
  [PA], [], "review", "Insult ('great lummox') and ridicule aimed at a councillor by handle.")
r(PA, "pa13", "Imtiaz Bashir's that full of himself there's no room left in the room for the budget. Smug little man.",
  [PA], [], "review", "Belittling a named councillor ('smug little man'), not his budget.")
r(PA, "pa14", "Colin Barlow runs the bin service like a man who has never personally met a bin. Useless from top to bottom, and him the most useless of the lot.",
  [PA, OF], [], "review", "Personal attack on a named officer (Head of Environmental Services); officers.impartiality expected.")
r(PA, "pa15", "Lorraine Haworth has all the charm of a wet Wednesday in Scarth Bottoms and half the brains.",
  [PA], [], "review", "Idiomatic insult of a named councillor's charm and intelligence.")
r(PA, "pa16", "Wojtek, mate, you're a clown. A full red-nose, squeaky-shoe, custard-pie clown. Get back to the circus and leave Lodge Fold to grown-ups.",
  [PA], [], "review", "Name-calling ('clown') aimed at a named councillor.")
r(PA, "pa17", "Derek Ramsbottom is a worthless specimen. A parasite in a cheap suit who should crawl back under whatever stone they found him under. Nobody would miss him.",
  [PA], [AL, BU], "block", "Severe, dehumanising personal attack ('parasite', 'worthless specimen'); block. 'Nobody would miss him' could read as menace, so bullying allowed.")
r(PA, "pa18", "Jordan Pilling is vermin. Not a politician, not even a man. Just vermin in a rosette.",
  [PA], [AL], "block", "Dehumanising ('vermin') attack on a named councillor; severe, so block.")
r(PA, "pa19", "Our Leader has the backbone of a chocolate éclair and the vision of a mole in a coal hole.",
  [PA], [], "review", "Insult aimed at an identifiable person by role (the Leader) rather than at a decision.")
r(PA, "pa20", "I have sat in that chamber for thirty-one years and I have never encountered a more ignorant, ill-mannered young woman than Councillor Entwistle. Her parents should be ashamed of her.",
  [PA], [EQ], "review", "Older voice; formal but a personal attack on a named councillor. 'Young woman' brings age and sex in, so equality allowed.", author="@BrianOrmerodLP")
r(PA, "pa21", "Hamza Patel is a spoilt little boy playing at politics with his dad's money. Go and get a proper job, son.",
  [PA], [EQ], "review", "Belittling a named young councillor ('spoilt little boy', 'son'); age angle so equality allowed.")
r(PA, "pa22", "Shazia's a walking soundbite. Nowt behind the eyes, nowt behind the press release.",
  [PA], [], "review", "Dialect insult of a named councillor's intelligence.")
r(PA, "pa23", "Cllr Nwosu, you are out of your depth, out of your league and frankly out of your mind.",
  [PA], [], "review", "Second-person insult of a named councillor's competence and sanity.")
r(PA, "pa24", "Elliot Marsden is a spineless yes-man who'd sell his own nan for a seat round the cabinet table.",
  [PA], [], "review", "Character insult ('spineless yes-man') of a named councillor, hyperbolic idiom.")
r(PA, "pa25", "Brindle Moss got the dimmest bulb in the box when they elected Lorraine Haworth. Bless her, she does try.",
  [PA], [IR], "review", "Insult of intelligence with faux-kind 'bless her'; irony allowed.")
r(PA, "pa26", "Niamh Gallagher couldn't find a leak in a colander. And she's the one in charge of housing repairs. Embarassing.",
  [PA], [], "review", "Mockery of a named cabinet member's competence (typo 'Embarassing' kept).")
r(PA, "pa27", "Harry Greenhalgh is a pompous old windbag who talks for England and listens for nobody.",
  [PA], [EQ], "review", "Insult of a named councillor; 'old' touches age, so equality allowed.")
r(PA, "pa28", "Brian Ormerod's idea of consultation is shouting at the parish newsletter. Dinosaur. Absolute dinosaur.",
  [PA], [EQ], "review", "Name-calling ('dinosaur') of an older named councillor; age reading possible, equality allowed.")
r(PA, "pa29", "How Anjali Mistry ended up as s151 officer is beyond me. The budget papers are a joke, and frankly so is she.",
  [PA, OF], [], "review", "Personal attack on a named officer (Director of Finance) beyond the papers; officers.impartiality expected.")
r(PA, "pa30", "@GarethDuckworthLP face like a wet weekend in Morecambe and the personality of a damp tea towel. Riveting stuff as ever.",
  [PA], [IR], "review", "Appearance and personality mockery at a handle; 'riveting stuff' is sarcasm, irony allowed.")
r(PA, "pa31", "Ramsbottom: all mouth and no trousers. Always was, always will be.",
  [PA], [], "review", "Short idiomatic insult of a named councillor.")
r(PA, "pa32", "Oh look, Cllr Haworth has discovered Facebook. Somebody hide the caps lock before she hurts herself 🙄 the intellect on this one, honestly",
  [PA, IR], [], "review", "Sarcastic belittling of a named councillor's intelligence; irony marker expected.")
r(PA, "pa33", "Graham Leach, Chief Exec on £140k a year and about as much use as a chocolate teapot. Earn your money for once, you overpaid waste of space.",
  [PA, OF], [], "review", "Insult ('overpaid waste of space') aimed at the named Chief Executive; officers.impartiality expected.")
r(PA, "pa34", "Yon Crossley woman is a reet mardy madam. Gets a cob on if anyone so much as asks her a question at committee.",
  [PA], [EQ], "review", "Lancashire dialect insult ('mardy madam', 'cob on') at a named councillor; gendered, so equality allowed.")

# ---------------------------------------------------------------- abusive language
r(AL, "al01", "This budget is an absolute pile of shite. Whoever wrote it wants their head testing.",
  [AL], [PA], "review", "Obscenity aimed at a budget; the anonymous author is jabbed, so personal-attack allowed.")
r(AL, "al02", "Cloughside Waste can fuck right off. Third week running with no collection on Tenterfield Road.",
  [AL], [PA], "review", "Obscenity aimed at a contractor; personal-attack allowed for a company.")
r(AL, "al03", "@DerekRamsbottom you're a gobshite. A loud, thick, attention-seeking gobshite.",
  [AL, PA], [], "review", "Obscene dialect insult ('gobshite') aimed at a councillor by handle.")
r(AL, "al04", "The Lodge Fold Mill plans are bollocks from start to finish. Bollocks in a nice font, but bollocks.",
  [AL], [], "review", "Obscenity aimed at a plan only.")
r(AL, "al05", "Gareth Duckworth is a pompous twat and everyone at the Town Hall knows it.",
  [AL, PA], [], "review", "Obscene insult of a named councillor.")
r(AL, "al06", "Jordan Pilling is an absolute cunt and I'd say it to his face.",
  [AL, PA], [], "block", "The c-word at a named councillor: severe obscenity, block.")
r(AL, "al07", "Hearth & Home are a festering sewer of human garbage and every last one of them needs flushing out of this town for good.",
  [AL, PA], [BU], "block", "Severely toxic, dehumanising language about a group of identifiable councillors; block. 'Flushing out of this town' could be menace, bullying allowed.")
r(AL, "al08", "Piss-poor. Absolutely piss-poor from highways again. Scarth Lane is still a bloody lake.",
  [AL], [PA, OF], "review", "Mild obscenity ('piss-poor', 'bloody') aimed at a service; the highways team may be read as a target, so personal-attack and officers allowed.")
r(AL, "al09", "What a load of shite. Pure unadulterated shite, this consultation. Fill it in if you want, it's going straight in t'bin either road.",
  [AL], [], "review", "Dialect obscenity aimed at a consultation.")
r(AL, "al10", "Sandra Tattersall is a two-faced bitch and always has been.",
  [AL, PA], [EQ, DF], "review", "Gendered obscenity at a named councillor; 'two-faced' hints at dishonesty, defamation allowed; 'bitch' gendered, equality allowed.")
r(AL, "al11", "Oh piss off, Kieran. Nobody asked you.",
  [AL, PA], [], "review", "Short obscene dismissal aimed at a named councillor.")
r(AL, "al12", "the new parking charges are actual dogshit lmaooo who signed this off 😭😭",
  [AL], [PA], "review", "Young voice; obscenity aimed at a policy; 'who signed this off' points at a person, personal-attack allowed.")
r(AL, "al13", "Fuck Lancashire Progress and fuck every single cut they ever voted for.",
  [AL], [PA], "review", "Obscenity aimed at a party and its cuts; personal-attack allowed for a party.")
r(AL, "al14", "Tenterfield Homes are a bunch of bastards. Damp, mould, kids with asthma, and they couldn't give a toss.",
  [AL], [PA], "review", "Obscenity aimed at a housing association; personal-attack allowed for an organisation.")
r(AL, "al15", "Cllr Whittle is a spineless little prick.",
  [AL, PA], [], "review", "Obscene insult of a named councillor.")
r(AL, "al16", "Sod this. Sod the whole lot of it. Two hours of bollocks at scrutiny and not one straight answer.",
  [AL], [], "review", "Obscenity about a meeting, no person targeted.")
r(AL, "al17", "The Clarion's coverage of the bypass is arse-wipe quality. Wouldn't line a budgie cage with it.",
  [AL], [PA], "review", "Crude language aimed at a newspaper's coverage; personal-attack allowed for an organisation.")
r(AL, "al18", "I am not a man given to bad language, as anyone in Hollinshaw will tell you, but this cabinet's handling of the library closures has been a bloody disgrace and a shitshow from the first report to the last vote.",
  [AL], [], "review", "Older formal voice; obscenity ('shitshow') aimed at the handling of closures, not a person.")
r(AL, "al19", "Imtiaz, you absolute bellend. Read the figures before you tweet them.",
  [AL, PA], [], "review", "Vulgar insult ('bellend') aimed at a named councillor.")
r(AL, "al20", "wankers. the lot of em. every single councillor who voted for the car park sell off",
  [AL, PA], [], "review", "Obscene insult aimed at an identifiable group of councillors.")
r(AL, "al21", "Oh brilliant, another 'consultation'. Can't wait to be ignored again, you useless shower of shite 🙃",
  [AL], [PA, IR], "review", "Sarcasm plus obscenity aimed at the council; personal-attack and irony allowed.")
r(AL, "al22", "Brian Ormerod can kiss my arse. Sixty year I've lived in Hollinshaw and I've never been spoken down to like that.",
  [AL, PA], [], "review", "Vulgar dismissal aimed at a named councillor.", author="@HarryGreenhalgh")
r(AL, "al23", "Whinclough's highways budget: fucked. Bus subsidy: fucked. Libraries: fucked. Happy new year from the cabinet, everyone.",
  [AL], [IR], "review", "Repeated obscenity about budgets; sarcasm allowed as irony.", date="2026-01-06")
r(AL, "al24", "@JordanPillingHH crawl back to your keyboard, you racist little shitstain.",
  [AL, PA], [DF], "review", "Obscene insult at a handle; calling someone racist could be read as an allegation, defamation allowed.")
r(AL, "al25", "That motion was wank. Utter wank. And the seconder should be embarrassed.",
  [AL], [PA], "review", "Obscenity aimed at a motion; the seconder is jabbed, personal-attack allowed.")
r(AL, "al26", "Whoever designed the new Market Hall signage wants a kick up the arse and a pair of specs. Shite, the lot of it.",
  [AL], [PA], "review", "Crude language about signage; unnamed designer jabbed, personal-attack allowed.")
r(AL, "al27", "Philippa Crossley is a snotty cow with shit for brains.",
  [AL, PA], [EQ], "review", "Obscene, gendered insult of a named councillor; equality allowed for 'cow'.")
r(AL, "al28", "Derek, tha's a knobhead. A reet proper knobhead.",
  [AL, PA], [], "review", "Lancashire dialect vulgar insult ('tha's a knobhead') aimed at a named councillor.")
r(AL, "al29", "Cloughside Waste and their bent little contract can go fuck themselves.",
  [AL], [PA, DF], "review", "Obscenity aimed at a contractor; 'bent' hints at corruption, defamation allowed.")
r(AL, "al30", "This twattish parking scheme needs binning. Who the hell thought it up?",
  [AL], [PA], "review", "Vulgar word ('twattish') aimed at a scheme; the author of it is asked after, personal-attack allowed.")
r(AL, "al31", "@ChloeEntwistleGreen eat shit, you sanctimonious little brat.",
  [AL, PA], [], "review", "Obscene insult aimed at a councillor by handle.")
r(AL, "al32", "Scarth Bottoms has been treated like shit by this council for twenty years. Absolute shit. And don't give me the 'funding formula' bollocks either.",
  [AL], [], "review", "Obscenity aimed at the council's treatment of a ward; no person targeted.")
r(AL, "al33", "Lorraine Haworth is a lying bag of shite and her leaflet proves it.",
  [AL, PA, DF], [], "review", "Obscene insult plus 'lying' at a named councillor: abusive, personal attack and defamation.")
r(AL, "al34", "Aye, and Kowalczyk can stick his 'independent voice' up his arse. Pillock.",
  [AL, PA], [], "review", "Vulgar dismissal and insult aimed at a named councillor.")

# ---------------------------------------------------------------- bullying / intimidation
r(BU, "bu01", "Cllr Fairclough might want to remember that Brindle Moss is a small place. People talk. People remember. Just saying.",
  [BU], [PA], "block", "[veiled] Veiled warning to a named councillor that the community will remember.")
r(BU, "bu02", "Derek Ramsbottom, you'll regret the day you crossed me. That's not a threat, it's a promise.",
  [BU], [PA], "block", "[explicit] 'You'll regret' threat aimed at a named councillor.")
r(BU, "bu03", "Nice house you've got up Brow Top Lane, Kieran. Be a shame if your neighbours found out what you're really like.",
  [BU], [PA, DP], "block", "[veiled] Mentions the councillor's home street with a menacing 'be a shame'; data-protection allowed.")
r(BU, "bu04", "To whoever put in the standards complaint against me: I know it was you, and so will the whole of Lodge Fold by Friday unless it's withdrawn.",
  [BU], [], "block", "[pressure] Threat to expose a complainant unless the complaint is withdrawn (code 8.3).")
r(BU, "bu05", "Hamza, vote with us on the budget or forget about that committee chair. Your choice, lad.",
  [BU], [PA, PI], "block", "[pressure] Coercion of a named councillor with a committee post; position.improper-advantage allowed.")
r(BU, "bu06", "Keep pushing it, Wojtek. I know where you drink on a Friday and I know what time you walk home.",
  [BU], [PA, DP], "block", "[explicit] 'I know where...' threat to a named councillor; data-protection allowed for his movements.")
r(BU, "bu07", "Some folk in Scarth Bottoms have long memories and short tempers, Cllr Nwosu. I'd be careful which ginnels I walked down after dark if I were you.",
  [BU], [PA], "block", "[veiled] Veiled threat of violence with dialect 'ginnels' aimed at a named councillor.")
r(BU, "bu08", "Beverley Crompton will change that recommendation before committee or I'll make sure every resident in Cobbler's Brow knows her name and where she works.",
  [BU, OF], [PA, DP], "block", "[pressure] Pressure on a named planning officer to change advice, with a threat to expose her; officers.impartiality expected.")
r(BU, "bu09", "Next time Ormerod opens his mouth in chamber I'll shut it for him. Permanently.",
  [BU], [PA], "block", "[explicit] Threat of violence against a named councillor.")
r(BU, "bu10", "Funny how accidents happen to people who don't know when to stop, isn't it @AdaezeNwosuGreen? Wouldn't want owt to happen to you.",
  [BU], [PA, IR], "block", "[veiled] Veiled threat of harm at a handle with mock concern; irony allowed.")
r(BU, "bu11", "Anyone in this group thinking of giving evidence to the Monitoring Officer about last Tuesday should think very, very carefully about their future.",
  [BU], [], "block", "[pressure] Intimidation of potential witnesses in a standards investigation (code 8.3).")
r(BU, "bu12", "Tattersall, watch your back. I mean it.",
  [BU], [PA], "block", "[explicit] Short explicit threat to a named councillor.")
r(BU, "bu13", "Lovely to see Cllr Akhtar's two little ones at the school gates on Hollin Road this morning 😊 Give them my best. I'll be seeing them again.",
  [BU], [PA, DP, IR], "block", "[veiled] Menacing mention of a councillor's children and their school with false warmth; data-protection and irony allowed.")
r(BU, "bu14", "Gareth, I've got the screenshots. Drop the amendment or they go to the Clarion. Up to you, pal.",
  [BU], [PA], "block", "[pressure] Blackmail-style pressure on a named councillor to drop an amendment.")
r(BU, "bu15", "I'll gi' thee a reet good hiding if tha ever talks to my wife like that again, Duckworth.",
  [BU], [PA], "block", "[explicit] Dialect threat of a beating ('gi' thee a reet good hiding') aimed at a named councillor.", author="@DerekRamsbottom")
r(BU, "bu16", "Elliot wants to remember it was us who got him elected. And it can be us who makes his life very, very difficult.",
  [BU], [PA], "block", "[veiled] Veiled threat to make a named councillor's life difficult.")
r(BU, "bu17", "If Pauline Worsley doesn't drop this investigation by the end of the month I'll be taking a very close personal interest in her career. She knows exactly what I mean.",
  [BU, OF], [PA], "block", "[pressure] Pressure on the named Monitoring Officer to drop an investigation; officers.impartiality expected.")
r(BU, "bu18", "People like Chloe Entwistle need a good slap to bring them back down to earth. I'll volunteer.",
  [BU], [PA], "block", "[explicit] Threat of physical violence against a named councillor.")
r(BU, "bu19", "Robyn. Be very careful. That's all I'll say in public.",
  [BU], [PA], "block", "[veiled] Short veiled warning to a named councillor.")
r(BU, "bu20", "To the Tenterfield Homes tenants who keep ringing my surgery moaning: carry on and see how fast your repairs get done 😉",
  [BU], [PI, IR], "block", "[pressure] Threat to residents that complaining will delay repairs; improper-advantage and irony allowed.")
r(BU, "bu21", "If Jordan Pilling shows his face at the Scarth Bottoms hustings he'll be leaving in an ambulance.",
  [BU], [PA], "block", "[explicit] Threat of violence against a named councillor.")
r(BU, "bu22", "Imtiaz, your brother's taxi licence comes up for renewal in May, doesn't it. Just a thought.",
  [BU], [PA, DP, PI], "block", "[veiled] Veiled threat using a relative's licence; data-protection and improper-advantage allowed.")
r(BU, "bu23", "I'll be reading out every one of Lorraine's old texts at full council unless she backs down on the Brindle Moss ward budget. Every. Single. One.",
  [BU], [PA], "block", "[pressure] Threat of public humiliation to force a named councillor to back down.")
r(BU, "bu24", "ok @DerekRamsbottom keep talkin and see what happens when i catch u outside the civic centre 👊 not playin",
  [BU], [PA], "block", "[explicit] Young voice; threat of a fight aimed at a handle.")
r(BU, "bu25", "Niamh Gallagher's got a lovely car. Parks it on the same street every night. I'd hate for someone to take a key to it.",
  [BU], [PA, DP], "block", "[veiled] Veiled threat to a councillor's property with where she parks; data-protection allowed.")
r(BU, "bu26", "A word to colleagues on planning committee: anyone who votes against the Lodge Fold scheme on Thursday can forget a committee seat next year. I keep lists.",
  [BU], [PI, PD], "block", "[pressure] Coercion of committee members over a planning vote; improper-advantage and predetermination allowed.")
r(BU, "bu27", "Philippa Crossley wants dragging out of that chamber by her hair.",
  [BU], [PA], "block", "[explicit] Call for physical violence against a named councillor.")
r(BU, "bu28", "Rukhsana Begum in licensing should know I've a very long memory and some very good friends. Refuse my constituent's licence again and find out.",
  [BU, OF], [PA, PI], "block", "[pressure] Pressure with menace on a named licensing officer to change a decision; officers.impartiality expected.")
r(BU, "bu29", "Sandra, either you apologise publicly by 5pm or the video of you at the Christmas do goes up. Clock's ticking ⏰",
  [BU], [PA], "block", "[pressure] Ultimatum with threatened humiliation aimed at a named councillor.")
r(BU, "bu30", "I'd hate for Harry's husband to hear some of the things being said about him down the bowling club. Maybe Harry should think twice about Thursday's vote.",
  [BU], [PA, DP], "block", "[veiled] Veiled threat involving a councillor's spouse to sway a vote; data-protection allowed.")
r(BU, "bu31", "Somebody should burn Ramsbottom's office down with him sat in it.",
  [BU], [PA], "block", "[explicit] Incitement to lethal violence against a named councillor.")
r(BU, "bu32", "Tick tock, Cllr Marsden. We know which house has the new ramp 🙂",
  [BU], [PA, DP, IR], "block", "[veiled] Veiled threat identifying a councillor's home; data-protection and irony allowed.")
r(BU, "bu33", "Message for the lass at the Clarion who wrote Saturday's hatchet job: I've got your editor's number and your mam's address. Think on.",
  [BU], [DP, PA], "block", "[pressure] Intimidation of a journalist with a family address and dialect 'think on'; data-protection allowed.")
r(BU, "bu34", "Shazia Akhtar better hope I never see her at the count. She won't be smiling for long.",
  [BU], [PA], "block", "[veiled] Veiled threat of harm to a named councillor.")

# ---------------------------------------------------------------- equality / discrimination
r(EQ, "eq01", "Loomhouse Lane doesn't feel like Lancashire any more. Walk down there on a Friday and tell me you're in England. Some of us remember when it was mill families.",
  [EQ], [], "block", "[coded; race] Coded claim that an Asian-heritage area is not English; 'mill families' excludes the South Asian mill workers.")
r(EQ, "eq02", "Funny how every planning application in Loomhouse Lane sails through when it's a 'community centre' with a dome on top. We all know who's running this town now.",
  [EQ], [], "block", "[coded; religion] Anti-Muslim insinuation (dome, 'who's running this town').")
r(EQ, "eq03", "Cllr Bashir should remember whose country he's in before he lectures Whinclough folk about 'values'.",
  [EQ, PA], [], "block", "[explicit; race] 'Whose country he's in' tells a British Asian councillor he does not belong; personal attack on a named councillor.")
r(EQ, "eq04", "Nice to see Cllr Nwosu so articulate at scrutiny. Credit where it's due, she's done well for herself, considering.",
  [EQ, PA], [IR], "block", "[coded; race] Backhanded 'articulate… considering' aimed at a Black councillor; irony allowed.")
r(EQ, "eq05", "The Polish lot on Tenterfield Road have turned it into a tip. Every house. Cars on the pavement, cans everywhere. Send 'em home.",
  [EQ], [], "block", "[explicit; race] National-origin hostility and 'send 'em home'.")
r(EQ, "eq06", "Travellers have pulled onto Sladen Rec again. Lock your sheds, count your kids' bikes, you all know the drill.",
  [EQ], [], "block", "[coded; race] Gypsy/Traveller criminality stereotype without an explicit slur.")
r(EQ, "eq07", "I don't care what anyone says, two blokes raising a kiddie isn't natural, and the council has no business putting them on its fostering adverts.",
  [EQ], [], "block", "[explicit; sexual orientation] Says same-sex parents are unnatural and should be excluded.")
r(EQ, "eq08", "Our 'Councillor' Fairclough wants to lecture us on women's safety. Mate, you'll always be a bloke in a frock to the people of Brindle Moss.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Misgendering a named trans councillor ('bloke in a frock').")
r(EQ, "eq09", "Another woman on the highways portfolio. Expect more hanging baskets and fewer filled potholes 🙄",
  [EQ], [IR], "block", "[coded; sex] Sexist stereotype about women's competence.")
r(EQ, "eq10", "Marsden can't even get himself up the Town Hall steps and we're meant to trust him with the regeneration budget? Get somebody who's fit for the job.",
  [EQ, PA], [], "block", "[explicit; disability] Attacks a named councillor's competence through his physical disability.")
r(EQ, "eq11", "With respect to Cllr Ormerod, at 79 the man's brain has gone. Hollinshaw needs someone who can remember what day the meeting's on.",
  [EQ, PA], [], "block", "[coded; age] Age-based slur on a named councillor's mind.")
r(EQ, "eq12", "Pensioners have had their turn. Stop letting over-75s sit on cabinet, they've no stake in the future and they slow everything down.",
  [EQ], [], "block", "[explicit; age] Calls for older people to be excluded from office.")
r(EQ, "eq13", "Shazia Akhtar's about to go off and have another baby, so that's Loomhouse Lane without a councillor for a year. Maybe pick candidates who actually want the job.",
  [EQ, PA], [DP], "block", "[coded; pregnancy and maternity] Penalises a named councillor for pregnancy; data-protection allowed (health/pregnancy).")
r(EQ, "eq14", "If you've got a newborn you've no business sitting on a licensing committee. Stay at home with it, love. We'll manage without you.",
  [EQ], [PA], "block", "[explicit; pregnancy and maternity] Says new mothers should stay off committees.")
r(EQ, "eq15", "Rogue landlord story in the Clarion again. You can guess the surname before you get to the second paragraph, can't you. Same people every time.",
  [EQ], [], "block", "[coded; religion] Antisemitic insinuation that rogue landlords share a (Jewish) surname.")
r(EQ, "eq16", "Gallagher's had her orders from the priest again, I see. Left-footers always vote as a bloc.",
  [EQ, PA], [], "block", "[explicit; religion] Anti-Catholic slur ('left-footers') aimed at a named councillor.")
r(EQ, "eq17", "Since that Chinese family took the Market Hall lease the whole place smells. Can we not get proper English traders back in?",
  [EQ], [], "block", "[coded; race] Racialised disgust and 'proper English traders'.")
r(EQ, "eq18", "The asylum seekers at the Brindle Hotel are nowt but fighting-age freeloaders. Lock the doors and ship them back across the Channel.",
  [EQ], [], "block", "[explicit; race] Dehumanising description of asylum seekers and a call to remove them.")
r(EQ, "eq19", "Adaeze only got her seat because the Greens needed a diversity photo. Box ticked.",
  [EQ, PA], [], "block", "[coded; race] 'Diversity photo' dismisses a named Black councillor's election as tokenism.")
r(EQ, "eq20", "Harry Greenhalgh should keep his 'private life' out of the bowling club. Nobody wants to see that sort of thing at a family do.",
  [EQ, PA], [], "block", "[coded; sexual orientation] 'That sort of thing' about a named gay councillor and his husband.")
r(EQ, "eq21", "Put the special needs lot on a separate bus to the day centre and stop making the rest of us wait while they faff about with the ramp.",
  [EQ], [], "block", "[explicit; disability] Calls for disabled people to be segregated.")
r(EQ, "eq22", "Cllr Whittle's 'off with anxiety' again. Funny that. In my day we called it being soft. Folk with mental health problems shouldn't be in charge of owt.",
  [EQ, PA], [DP], "block", "[explicit; disability] Mental health disability used to attack a named councillor and to bar people from office; data-protection allowed (health).")
r(EQ, "eq23", "Chloe Entwistle is 23 and by heck it shows. Kids shouldn't be let on planning committee. Come back when you've paid a mortgage, sweetheart.",
  [EQ, PA], [], "block", "[coded; age] Says a named councillor is too young to hold office.")
r(EQ, "eq24", "Ramadan timetables at the leisure centre now. What's next, separate swimming for 'them'? This is Whinclough, not Islamabad.",
  [EQ], [], "block", "[coded; religion] Anti-Muslim othering ('them', 'not Islamabad').", date="2026-02-23")
r(EQ, "eq25", "Taxi licensing in this town: nine out of ten names on the list from the same village in Mirpur. Makes you wonder who's protecting who, doesn't it.",
  [EQ], [DF], "block", "[coded; race] Grooming-gang trope aimed at Pakistani-heritage drivers; defamation allowed for the insinuation.")
r(EQ, "eq26", "Women shouldn't chair planning. Too emotional, too easily swayed. Ask anyone who's sat through one of Margery's meetings.",
  [EQ, PA], [], "block", "[explicit; sex] Sex-based exclusion, with a named councillor as the example.")
r(EQ, "eq27", "The new signs on the leisure centre toilets are pandering to men who think they're women. Not in our town, thanks.",
  [EQ], [], "block", "[explicit; gender reassignment] Denies trans women's identity and excludes them.")
r(EQ, "eq28", "Whinclough jobs for Whinclough people. Enough of the vans full of Romanians undercutting our lads on every building site.",
  [EQ], [], "block", "[explicit; race] Hostility on national origin (Romanians).")
r(EQ, "eq29", "Nowt against anybody, but a man in a turban can't be a proper Lancashire mayor. It's about tradition.",
  [EQ], [], "block", "[coded; religion] Sikh exclusion behind a 'nowt against anybody' disclaimer.")
r(EQ, "eq30", "Why are we paying for a BSL interpreter at every full council? If they can't hear, they can read the minutes like everyone else.",
  [EQ], [], "block", "[explicit; disability] Dismisses Deaf people's access needs.")
r(EQ, "eq31", "Civil partnerships aren't real marriages and I won't be calling Harry and his fella 'husbands' in any council paper. End of.",
  [EQ], [PA], "block", "[explicit; marriage and civil partnership] Denies the standing of a named councillor's civil partnership.")
r(EQ, "eq32", "Word to the wise, Scarth Bottoms: a Roma family's just moved onto Orchard Terrace. Keep your bins in and your handbags closer.",
  [EQ], [DP], "block", "[coded; race] Roma criminality stereotype; the street is named, so data-protection allowed.")
r(EQ, "eq33", "Half of Hollinshaw Moor are coffin-dodgers who'll be dead before the bypass opens. Why are we even consulting them?",
  [EQ], [AL], "block", "[explicit; age] Contempt for older residents and their voice.")
r(EQ, "eq34", "Interesting who's really bankrolling Lodge Fold. Follow the money and it's the usual (((suspects))) from Prestwich. Always is.",
  [EQ], [DF], "block", "[coded; religion] Antisemitic triple-parentheses and 'follow the money' trope; defamation allowed.")

# ---------------------------------------------------------------- defamation
r(DF, "df01", "Everybody in Scarth Bottoms knows Gareth Duckworth's had his fingers in the till at the community centre. Ask him where the bingo money went.",
  [DF], [PA], "review", "Idiomatic allegation of theft ('fingers in the till') about a named councillor; review as idiom.")
r(DF, "df02", "Kieran Whittle took a backhander from Kershaw Stone to push Lodge Fold through planning. Twenty grand in a brown envelope.",
  [DF], [PA], "block", "Bribery stated as fact about a named councillor; block.")
r(DF, "df03", "Margery Holroyd is a liar. She told Tenterfield the library was safe and she knew full well it wasn't.",
  [DF, PA], [], "review", "'Liar' at a named councillor: defamation and personal attack.")
r(DF, "df04", "Derek Ramsbottom fiddled his expenses. Mileage to meetings he never went to. That's fraud, pure and simple.",
  [DF], [PA], "block", "Expenses fraud stated as fact; block.")
r(DF, "df05", "Funny how Cloughside Waste keeps winning contracts while a certain cabinet member's brother-in-law sits on their board. Just asking questions 🤔",
  [DF], [PA, IR], "review", "Innuendo of corruption about an identifiable cabinet member and a company.")
r(DF, "df06", "Sandra Tattersall rigged the postal votes in Cobbler's Brow. I saw it with my own eyes.",
  [DF], [PA], "block", "Electoral fraud stated as fact; block.")
r(DF, "df07", "Imtiaz Bashir has been cooking the books for three years. The real deficit is double what he's telling you.",
  [DF], [PA], "review", "Idiom of financial dishonesty ('cooking the books') about a named councillor.")
r(DF, "df08", "Cllr Pilling is a fantasist and a serial liar. Nothing he says about his 'business career' is true.",
  [DF, PA], [], "review", "'Serial liar' at a named councillor: defamation and personal attack.")
r(DF, "df09", "Stuart Hindle has been taking cash from developers for years. The whole planning department knows it.",
  [DF, OF], [PA], "block", "Bribery stated as fact about a named officer; officers.impartiality expected; block.")
r(DF, "df10", "Tenterfield Homes lied to tenants about the damp survey. They knew about the black mould in those flats and covered it up.",
  [DF], [PA], "review", "Allegation of dishonesty and cover-up against an organisation.")
r(DF, "df11", "Ormerod's 'charity' golf day. Ask him how much actually reached the hospice. Go on, ask him.",
  [DF], [PA, IR], "review", "Innuendo that a named councillor kept charity money.")
r(DF, "df12", "Lorraine Haworth stole from the Brindle Moss gala fund. Four hundred quid gone, and a new telly in her front room the week after.",
  [DF], [PA, DP], "block", "Theft stated as fact about a named councillor; block.")
r(DF, "df13", "Our Leader is as bent as a nine-bob note and everyone at the Town Hall knows it.",
  [DF, PA], [EQ], "review", "'Bent' (corrupt) idiom about an identifiable person by role; the idiom also has a homophobic reading, so equality allowed.")
r(DF, "df14", "Anjali Mistry has been hiding the true cost of the Lodge Fold overspend from members. Deliberately.",
  [DF, OF], [PA], "review", "Allegation of deliberate misconduct against a named officer; officers.impartiality expected.")
r(DF, "df15", "Jordan Pilling was done for drink-driving last year and kept it quiet from the voters.",
  [DF], [PA, DP], "block", "Criminal conviction stated as fact; data-protection allowed (criminal record); block.")
r(DF, "df16", "Cloughside Waste are crooks. Simple as that. Charging us for collections that never happen.",
  [DF], [PA], "review", "'Crooks' at an organisation with an overcharging allegation.")
r(DF, "df17", "Whittle's been in Kershaw Stone's pocket since day one. Anyone who's sat through planning committee can see who he's really working for.",
  [DF], [PA], "review", "Idiom of corruption ('in their pocket') about a named councillor.")
r(DF, "df18", "Niamh Gallagher moved her own cousin up the housing list ahead of 300 families. That's misconduct in public office and she should be prosecuted.",
  [DF], [PA, DP], "block", "Misconduct in public office stated as fact; block.")
r(DF, "df19", "Don't believe a word Philippa Crossley says about the bypass figures. She's made them up. Again.",
  [DF], [PA], "review", "Allegation that a named councillor fabricates figures.")
r(DF, "df20", "Yon Aspinall's been on the fiddle since he were a lad in the mill office. Leopards and spots.",
  [DF], [PA], "review", "Dialect idiom of dishonesty ('on the fiddle') about a named councillor.")
r(DF, "df21", "Harry Greenhalgh forged signatures on the bowling green petition. Half them names are dead people.",
  [DF], [PA], "block", "Forgery stated as fact; block.")
r(DF, "df22", "Amazing how Cllr Akhtar's husband's firm gets every single Loomhouse Lane paving job. What a coincidence! 😂",
  [DF, IR], [PA, DP], "review", "Mock-surprise innuendo of corruption about a named councillor; irony expected.")
r(DF, "df23", "Elliot Marsden is a fraud. Poses as the voice of disabled residents then votes for every single cut.",
  [DF, PA], [], "review", "'A fraud' at a named councillor: defamation and personal attack (figurative, so review).")
r(DF, "df24", "Colin Barlow's been flogging council skips on the side and pocketing the cash. Theft, plain and simple.",
  [DF, OF], [PA], "block", "Theft stated as fact about a named officer; officers.impartiality expected; block.")
r(DF, "df25", "The Clarion's editor takes money from the Commonweal Party to run their puff pieces. Bought and paid for.",
  [DF], [PA], "review", "Allegation of corrupt payment about an identifiable editor and a party.")
r(DF, "df26", "not saying Cllr Kowalczyk is dodgy but why does his mate's car wash get the civic centre contract every year 👀👀",
  [DF], [PA, IR], "review", "Young voice; 'not saying… but' innuendo of favouritism.")
r(DF, "df27", "Dennis Aspinall falsified the highways inspection records so the council wouldn't have to pay out on the Brindle Road claims.",
  [DF], [PA], "block", "Falsifying records stated as fact; block.")
r(DF, "df28", "Graham Leach buried the bullying complaints. Every single one of them. He knows it and we know it.",
  [DF, OF], [PA], "review", "Cover-up allegation against the named Chief Executive; officers.impartiality expected.")
r(DF, "df29", "Hamza Patel lies for a living. Lies on leaflets, lies on doorsteps, lies in chamber.",
  [DF, PA], [], "review", "Repeated 'lies' at a named councillor: defamation and personal attack.")
r(DF, "df30", "Chloe Entwistle claimed her councillor allowance for months while she was living in Leeds and never came to a meeting. That's fraud, and she knows it.",
  [DF], [PA], "block", "Fraud stated as fact; block.")
r(DF, "df31", "Derek Ramsbottom's 'consultancy' is a washing machine for Hearth & Home donations. Money goes in mucky, comes out clean.",
  [DF], [PA], "review", "Money-laundering innuendo in a dialect metaphor; review as idiom (arguably block).")
r(DF, "df32", "Cllr Fairclough's expenses claims are a work of fiction. Beautifully written, mind 👏",
  [DF, IR], [PA], "review", "Sarcastic allegation of false expenses; irony expected.")
r(DF, "df33", "Brian Ormerod bought the Hollinshaw Residents' Association's backing with free Christmas hampers. That's treating, and it's an election offence.",
  [DF], [PA], "block", "Election offence (treating) stated as fact; block.")
r(DF, "df34", "Rukhsana Begum hands out taxi licences to her mates and everybody in Whinclough knows it.",
  [DF, OF], [PA], "review", "Allegation of misconduct (favouritism) against a named officer; officers.impartiality expected.")
HA = "haste.pause-before-posting"

# ---------------------------------------------------------------- hard negatives
HN = []

def h(tag, text, allowed, note, **extra):
    HN.append(dict(family="hard_negative", key=None, text=text, rules=[], allowed=allowed,
                   verdict="ok", note=f"{tag}: {note}", extra=extra))

# HN1: harsh criticism of a policy, decision, party or the council
h("HN1", "This budget is bobbins. Absolute bobbins. Cutting the bus subsidy while pouring millions into Lodge Fold Mill is the wrong call and the cabinet know it.",
  [], "Dialect 'bobbins' (rubbish) aimed at a budget; robust policy criticism.")
h("HN1", "The handling of the bin strike has been a shambles from day one. Tenterfield Road hasn't had a collection in three weeks. Cloughside Waste's contract should be torn up.",
  [], "Harsh criticism of a contract and its handling, no person attacked.")
h("HN1", "Lancashire Progress's plan for the Market Hall is the daftest idea I've heard in twenty years on this council. Flog the lot and hope for the best? No chance.",
  [], "Party policy called daft; robust, civil enough.")
h("HN1", "The new parking charges are a tax on the people who can least afford it, dressed up as 'demand management'. Scrap them.",
  [], "Policy criticism.")
h("HN1", "Hearth & Home's asylum motion is cynical, divisive and built on made-up numbers. I'll be voting against it and so should every councillor with a conscience.",
  [], "Criticism of a party's motion; 'made-up numbers' is about the motion's figures.")
h("HN1", "Closing three libraries to save less than the council spends on consultants in a year. Shameful decision. Shameful.",
  [], "Decision called shameful.")
h("HN1", "I'm proper mithered by this consultation. Forty pages and not one question about what folk in Cobbler's Brow actually want.",
  [], "Dialect 'mithered'; criticism of a consultation.")
h("HN1", "the council's new 'youth strategy' is giving 2009 powerpoint energy. where are the actual young people in this?? 😭",
  [], "Young voice mocking a strategy document, not a person.")
h("HN1", "Whinclough council has failed Scarth Bottoms for a generation. Worst roads, fewest buses, longest housing waiting list in the borough. That's not opinion, it's the council's own data.",
  [], "Harsh criticism of the council's record.")
h("HN1", "Selling off Sladen Rec is a disgrace. Daylight robbery of a public asset, and the cabinet should be ashamed of themselves.",
  [], "RULES.md's own example of robust criticism ('should be ashamed') with 'daylight robbery' idiom about a decision.")
h("HN1", "Tenterfield Homes' repairs service is a disaster. Tenants waiting nine months for a boiler. Not good enough, and I'll be raising it at scrutiny on the 12th.",
  [], "Criticism of an organisation's service, civil.")
h("HN1", "Commonweal promised a fairer council tax. They've delivered the biggest rise in a decade. Promises, promises.",
  [], "Criticism of a party's broken promise.")
h("HN1", "This 'regeneration' is gentrification with a hanging basket on it. Lodge Fold needs homes people round here can afford, not flats for Manchester commuters.",
  [], "Policy criticism with a sardonic image.")
h("HN1", "Whoever thought a 20mph limit on the bypass was a good idea should try driving it at half five. Bad decision, badly consulted, and it'll be reversed within a year.",
  [PA], "Criticism of a decision; 'whoever thought' points vaguely at a decision-maker, personal-attack allowed.")
h("HN1", "The Hearth & Home leaflet going through doors in Scarth Bottoms is scaremongering nonsense from start to finish.",
  [], "A party's leaflet called nonsense.")
h("HN1", "Utterly idiotic decision to cut gritting routes in January. Hollinshaw Moor is a hill. It snows on hills. We've been here before.",
  [], "'Idiotic decision' aimed at the decision, not a person.")
h("HN1", "The Lancashire Progress budget amendment is fantasy economics. It doesn't add up and they know it doesn't add up.",
  [DF], "Criticism of an amendment; 'they know it' may be heard as dishonesty, defamation allowed.")
h("HN1", "Market Hall refurb: six months late and two million over. Somebody in cabinet needs to explain how, in public, at the next full council.",
  [], "Demand for accountability on a project.")
h("HN1", "Oh good, another 'listening exercise'. Because the last four went so well 🙃",
  [IR], "Sarcasm about a process, not a person; irony allowed.")
h("HN1", "Brutal budget, brutal consequences. These cuts will hit disabled residents hardest, and the equality impact assessment is paper-thin.",
  [], "Policy criticism that mentions a protected group supportively.")
h("HN1", "Scrapping the hardship fund is cruel. There's no other word for it. I'm ashamed this council voted it through.",
  [], "Decision called cruel.")
h("HN1", "Cloughside Waste are rubbish at collecting rubbish. Irony not lost on anyone in Lodge Fold. The contract review can't come soon enough.",
  [], "Wordplay criticism of a contractor's performance.")

# HN2: counter-speech, solidarity, quoting abuse to condemn it
h("HN2", "Someone sprayed 'Pakis out' on the wall of the Jamia Masjid Noor overnight. This is not Whinclough. It's been reported to police and I'll be helping scrub it off at 10. Bring a bucket.",
  [EQ, AL], "Quotes a racist slur to condemn it; equality and abusive allowed.")
h("HN2", "To the man who shouted 'go back to Poland' at my colleague Wojtek in the Asda car park: you don't speak for this town. We stand with him.",
  [EQ], "Quotes xenophobic abuse to condemn it.")
h("HN2", "Been called a 'dyke' twice this week on here. Blocked, reported, moving on. I'm not going anywhere, sorry lads.",
  [EQ, AL], "A queer councillor quotes homophobic abuse aimed at her, to condemn it.", author="@ChloeEntwistleGreen")
h("HN2", "Whoever's been leaving notes saying 'we know where you live' on Cllr Akhtar's car: it's cowardly, it's criminal and it's been reported. Shazia has our full support.",
  [BU], "Quotes a threat to condemn it.")
h("HN2", "Calling a colleague 'thick' or 'senile' isn't debate, it's abuse. We can disagree with Brian Ormerod on the bypass without mocking his age.",
  [PA, EQ], "Counter-speech quoting insults to reject them.")
h("HN2", "Solidarity with Robyn Fairclough after the vile transphobic messages she's been sent this week. Trans women are women. End of.",
  [EQ], "Solidarity with a trans councillor.")
h("HN2", "Antisemitic graffiti on the war memorial in Hollinshaw this morning, on Holocaust Memorial Day of all days. Triple brackets and worse. It's gone now. If you know who did it, tell the police.",
  [EQ], "Reports and condemns antisemitic graffiti.", date="2026-01-27")
h("HN2", "'Fighting-age freeloaders' is how one councillor described people fleeing war. I refuse to let that language go unchallenged in our chamber.",
  [EQ], "Quotes dehumanising language about asylum seekers to condemn it.")
h("HN2", "Reading the replies under Adaeze's post is grim. 'Diversity hire', 'go back to Africa'. Sickening. She's one of the hardest-working councillors we've got.",
  [EQ], "Quotes racist replies to condemn them, supports the target.")
h("HN2", "Any member who threatens officers ('you'll regret this', 'I know where you park') should expect a standards complaint from me. Officers deserve to do their jobs without fear.",
  [BU, OF], "Quotes threats in order to condemn them.")
h("HN2", "Hate crime reports up 30% in Whinclough this year. Racism, homophobia, disability hate. Report it: 101, or True Vision online. We will act.",
  [], "Hate-crime awareness post.")
h("HN2", "No, I will not 'give you a slap back', Dave from Facebook. I'll give you the Monitoring Officer's email address instead.",
  [BU], "Refuses to return a threat; quotes it.")
h("HN2", "The Clarion comments calling Cllr Nwosu a 'monkey' have been reported and I've asked the editor to shut comments on that piece. Disgusting, and not who we are.",
  [EQ, AL], "Quotes a racist slur to condemn it.")
h("HN2", "Called a 'spastic' by a grown man at a public meeting. In 2026. I'm fine, I've had worse, but not everyone would be. Have a word with yourselves.",
  [EQ, AL], "Disabled councillor quotes ableist abuse aimed at him.", author="@ElliotMarsdenCW")
h("HN2", "Anyone calling Muslims 'invaders' in my replies gets blocked. I'm not interested in debating whether my neighbours are human.",
  [EQ], "Quotes anti-Muslim abuse to reject it.")
h("HN2", "Sad to see 'coffin-dodgers' doing the rounds on local groups about our pensioners. Older folk built this town, mill by mill. Show some respect.",
  [EQ], "Quotes ageist abuse to condemn it.")
h("HN2", "The threats against Cllr Bashir's family are being taken seriously by police. Whatever you think of the budget, that is never, ever acceptable.",
  [BU], "Solidarity after threats.")
h("HN2", "A young mum on our housing panel was told to 'stay at home with the baby'. That's maternity discrimination and it has no place in this council.",
  [EQ], "Quotes maternity discrimination to condemn it.")
h("HN2", "Posting this as evidence, not to spread it: a constituent sent me 'hang the lot of them' about the cabinet. Reported. We beat people at the ballot box, not with rope.",
  [BU], "Quotes a threat to report it.")
h("HN2", "Standing with our Irish community after the 'Fenian' abuse shouted outside St Wilfrid's social. This is a town of mill families from Cork and Mayo and Mirpur alike ☘️",
  [EQ], "Quotes a sectarian slur to condemn it.", date="2026-03-17")
h("HN2", "To whoever sent Cllr Gallagher that text calling her 'bent' with a bullet emoji: you're not clever, you're not hard, and the police have it now.",
  [BU, DF], "Quotes intimidation to condemn it.")
h("HN2", "Somebody told me I 'talk like a mill lass' so I shouldn't be chairing owt. Good. I am one. My nan was a weaver at Lodge Fold. Proud of it.",
  [PA], "A councillor quotes a snobbish put-down to reject it.", author="@LorraineHaworthLP")

# HN3: denied prejudice and myth-busting
h("HN3", "No, asylum seekers in Whinclough do not get 'free cars and three grand a month'. They get about £49 a week. Check before you share.",
  [], "Myth-busting about asylum seekers.")
h("HN3", "Myth: the council gives houses to new arrivals first. Fact: allocations go on need and local connection, and most people on our list were born in Lancashire.",
  [], "Myth-busting on housing allocations.")
h("HN3", "I'm not against the mosque extension. I'm against the car park layout, which fails highways standards. Those are very different things and I'll keep saying so.",
  [], "Separates a practical objection from prejudice.")
h("HN3", "Travellers are not 'all thieves'. The Brindle Road site had fewer police call-outs last year than the pub on the corner.",
  [EQ], "Quotes a stereotype to refute it.")
h("HN3", "Some folk reckon the Polish Club is 'taking over' Tenterfield. It's hosted the food bank, the blood drive and the brass band this winter. Give over.",
  [], "Refutes a xenophobic rumour, dialect 'give over'.")
h("HN3", "Disabled people are not 'scroungers'. One in five Whinclough residents is disabled and most of them work. The new blue badge rules need fixing, not blaming.",
  [EQ], "Myth-busting about disabled people.")
h("HN3", "For those asking: no, the halal option in school dinners isn't 'forced' on anyone. It's a choice on the menu, same as the veggie one.",
  [], "Myth-busting on halal school meals.")
h("HN3", "'Old people shouldn't get a say on the future'? Our over-70s ran the mills, the unions and the food bank. Terrible take.",
  [EQ], "Quotes an ageist claim to refute it.")
h("HN3", "Let's be clear: the Roma families on Orchard Terrace are not behind the fly-tipping. The CCTV shows a white van from outside the borough. Stop the rumours.",
  [], "Refutes a rumour about Roma families.")
h("HN3", "I've been asked if I oppose trans inclusion at the leisure centre. I don't. I've asked questions about changing-room staffing, which is a practical matter.",
  [], "Denies prejudice while raising a practical question.")
h("HN3", "Crime in Loomhouse Lane is DOWN 12% this year. Don't let anyone tell you it's a 'no-go area'. I walk it every week, and so do the police.",
  [], "Myth-busting about an Asian-heritage ward.")
h("HN3", "Women on cabinet aren't 'too emotional'. Our Leader has sat through fourteen-hour budget meetings without blinking. Next.",
  [EQ], "Refutes a sexist stereotype by quoting it.")
h("HN3", "Pregnant councillors can and do do the job. Member parental leave has been in our constitution since 2024. Nothing to see here.",
  [], "Myth-busting on pregnancy and office.")
h("HN3", "Not every young councillor is a 'snowflake'. Ours chair committees and read every appendix, which is more than some of us manage.",
  [], "Refutes an ageist label with light self-deprecation.")
h("HN3", "I've no problem with anybody's religion. What I object to is a consultation that closes in the middle of Ramadan and over Easter, which shuts out half the town. Move the dates.",
  [], "Process criticism that defends religious groups.")
h("HN3", "Fact check: the 'Chinese takeover' of the Market Hall is three stalls out of forty-two. Cracking dumplings, mind.",
  [], "Myth-busting, positive mention.")
h("HN3", "Nobody chooses to be Deaf and nobody's asking for special treatment. A BSL interpreter at full council costs less than the mayoral car. Keep it.",
  [], "Defends Deaf access against the kind of claim in a positive row.")
h("HN3", "The claim that same-sex foster parents 'harm kids' has been studied to death. It's false. Our fostering panel judges carers on the care they give, full stop.",
  [EQ], "Quotes a homophobic claim to refute it.")
h("HN3", "I'm not 'anti-English' for backing Urdu signs at the health centre. Half my ward's grandparents read Urdu better than English. It's about getting people to their appointments.",
  [], "Denies prejudice, practical reason.")
h("HN3", "Someone asked if I've 'got a problem with Pakistanis' because I criticised the taxi licensing review. No. I've got a problem with a review that took 18 months.",
  [], "Denies prejudice; criticism of a process.")
h("HN3", "There is no 'Jewish money' behind Lodge Fold. The developer is a Bolton family firm and their accounts are on Companies House. Pack it in.",
  [EQ], "Refutes an antisemitic conspiracy theory by quoting it.")
h("HN3", "Mental ill health isn't 'being soft'. I've had depression. I still chaired two committees last year. Talk about it, it helps. #TimeToTalk",
  [], "Self-disclosure against a mental-health stigma.", date="2026-02-05")

# HN4: neutral or positive mentions of protected groups, self-description, reclaimed terms
h("HN4", "Eid Mubarak to everyone celebrating in Loomhouse Lane and right across Whinclough 🌙 Lovely to see the park so full this morning.",
  [], "Religious greeting.", date="2026-03-20")
h("HN4", "As a trans woman and a Brindle Moss lass born and bred, I'm chuffed to bits to be opening the new Changing Places toilet at the leisure centre today.",
  [], "Self-description by a trans councillor, dialect 'chuffed'.", author="@RobynFairclough")
h("HN4", "Proud to be the first Black woman elected in Lodge Fold. Thank you to every door that opened, and to the few that didn't, you made me knock harder 😂",
  [], "Self-description.", author="@AdaezeNwosuGreen")
h("HN4", "I'm 79, deaf in one ear and I've still read every page of the budget. Age is no bar to doing the job properly, whatever the young 'uns say.",
  [], "Older councillor's self-description.", author="@BrianOrmerodLP")
h("HN4", "Me and my husband Pete marked ten years of our civil partnership (and thirty together) at the bowling club last night. Hollinshaw did us proud ❤️",
  [], "Self-description; marriage and civil partnership.", author="@HarryGreenhalgh")
h("HN4", "Off on maternity leave from Friday! Hamza is covering my casework in Loomhouse Lane and emails will be forwarded. See you in the summer with a tiny Akhtar 👶",
  [], "Self-description; pregnancy and maternity.", author="@ShaziaAkhtarCW", date="2026-03-24")
h("HN4", "Wheelchair user here. The new Market Hall ramp is brilliant, I've tested it twice (once at speed). Credit to the team.",
  [], "Disabled councillor's self-description.", author="@ElliotMarsdenCW")
h("HN4", "Queer, northern, and on the planning committee. If you'd told fifteen-year-old me she'd have laughed. LGBT+ History Month exhibition at Tenterfield library all February 🏳️‍🌈",
  [], "Reclaimed term 'queer' in self-description.", author="@ChloeEntwistleGreen", date="2026-02-03")
h("HN4", "Dzień dobry! Came here from Gdańsk in 2006, worked nights at the biscuit factory, now I'm your councillor. Polish Club open day Saturday, all welcome, pierogi guaranteed.",
  [], "Immigrant councillor's self-description.", author="@WojtekKowalczyk")
h("HN4", "Ramadan Mubarak to our Muslim neighbours. The Jamia Masjid Noor iftar on Friday is open to all and I'll be there with a tray of parkin.",
  [], "Religious greeting.", date="2026-02-19")
h("HN4", "Happy Lunar New Year to the Chinese community in Whinclough 🧧 The dragon dance down Market Street was brilliant, the kids loved it.",
  [], "Festival greeting.", date="2026-02-17")
h("HN4", "Holocaust Memorial Day service at the cenotaph. We remember the six million Jews murdered, and all victims of genocide since. Never again has to mean something.",
  [], "Remembrance; 'murdered' in a solemn context.", date="2026-01-27")
h("HN4", "Irish mam, Lancashire dad, council house in Lodge Fold, first in the family to stay on at school. Now I'm the housing portfolio holder. Don't let anyone tell you it's not for you.",
  [], "Self-description.", author="@NiamhGallagherCW")
h("HN4", "Old codgers' walking football at the Rovers ground, Tuesday mornings. I'm the oldest codger there and by a distance the slowest. Come and join us.",
  [], "Reclaimed 'old codger' in self-description.", author="@DennisAspinall")
h("HN4", "Our Deaf community group meets at Tenterfield library every Thursday. Pop in and learn a bit of BSL, it's gradely.",
  [], "Positive mention of Deaf people, dialect 'gradely'.")
h("HN4", "International Women's Day yesterday. A shout out to the weavers of Whinclough who walked out in 1911 for equal pay. We stand on their shoulders.",
  [], "Positive mention of women.", date="2026-03-09")
h("HN4", "St Patrick's Day at St Wilfrid's: fiddles, soda bread and a room full of folk whose grandparents came over for the mills. Sláinte ☘️",
  [], "Irish and Catholic community, positive; 'fiddles' as instruments.", date="2026-03-17")
h("HN4", "The autism-friendly quiet hour at the Market Hall now runs every Tuesday, 9 till 10. My lad's autistic and he loved it. Thank you to the traders.",
  [], "Positive mention of autistic people.")
h("HN4", "The gurdwara langar on Sunday fed 400 people. No questions asked, nobody turned away. Whinclough at its best.",
  [], "Positive mention of Sikhs.")
h("HN4", "Our young carers' group has asked councillors to come and listen. Not talk, listen. I'll be there Wednesday with biscuits and my mouth shut.",
  [], "Young people mentioned positively.")
h("HN4", "Pensioners' lunch club at Hollinshaw Methodist: 62 dinners served, one rice pudding incident. A grand do, as ever.",
  [], "Older people mentioned positively; Methodist.")
h("HN4", "Yes I'm Muslim, yes I'm from Loomhouse Lane, yes I'm 26, and yes I've supported the Rovers since I could walk. None of it needs an apology 😂",
  [], "Young Muslim councillor's self-description.", author="@HamzaPatelCW")

# HN5: figurative violence, banter, self-deprecation
h("HN5", "We absolutely murdered the quiz at the Hollinshaw Arms. Councillors third, Bowling Club first (obviously). Rematch is ON.",
  [BU], "'Murdered' as banter; bullying allowed.")
h("HN5", "I'm going to kill whoever invented 7am pothole walkabouts. Bring a brew, bring gloves, bring patience.",
  [BU], "Figurative 'kill' about an unknown person; bullying allowed.")
h("HN5", "Gareth Duckworth and I agree on nowt politically, but the man makes a cracking Eccles cake. Grudging respect 😂",
  [], "Cross-party banter naming a councillor warmly.")
h("HN5", "I am, as my nan would say, nesh. Three layers on for the gritting inspection and I'm still frozen to the marrow.",
  [], "Dialect self-deprecation ('nesh').")
h("HN5", "Confession: nine years a councillor and I still get lost in the Town Hall basement. Send a search party. And a brew.",
  [], "Self-deprecation.")
h("HN5", "Rovers got battered 5-0 on Saturday. Absolute bloodbath. I'm in mourning, do not speak to me before a brew.",
  [], "Football hyperbole.")
h("HN5", "Whoever ate the last chocolate digestive in the members' room: I will find you. I have resources. 😤",
  [BU, IR], "Mock-threat banter; bullying and irony allowed.")
h("HN5", "My face on the new ward leaflet looks like a potato that's seen things. Vote for the potato.",
  [], "Self-deprecation about appearance.")
h("HN5", "Fighting talk from Cllr Ormerod at the Christmas quiz: 'I'll destroy you on the music round.' He did. The man knows every Hollies B-side ever pressed.",
  [BU], "Quoted banter 'destroy'; bullying allowed.", date=("2026-01-05", "2026-01-09"))
h("HN5", "Clemmed. Been on doorsteps since nine. Somebody point me at a chippy. Chip barm and a brew and I'm a new woman.",
  [], "Dialect 'clemmed' (starving), self-description.", author="@SandraTattersall")
h("HN5", "The Lancs Progress lot are going to get hammered at the Scarth Bottoms by-election. At the ballot box, before anybody rings the Monitoring Officer 😂",
  [BU], "Electoral 'hammered'; bullying allowed.")
h("HN5", "Dead on my feet after the budget marathon. Fourteen hours. If I say owt daft today, that's why.",
  [HA], "Tiredness mention as self-deprecation; haste allowed.")
h("HN5", "Our kid says I look like a 'council clipboard with legs' in my new coat. Harsh but fair.",
  [], "Self-deprecation, dialect 'our kid'.")
h("HN5", "That speech from Cllr Nwosu at full council was an absolute killer. Brought the house down. Best I've heard in that chamber in years.",
  [], "'Killer' as praise.")
h("HN5", "Bobbins weather, bobbins bus, bobbins knee. Otherwise champion. Surgery at Lodge Fold library 10 till 12.",
  [], "Dialect 'bobbins' in self-deprecation.")
h("HN5", "Me vs the new planning portal: round six. The portal is winning on points. I may need a tag-team partner.",
  [], "Fight metaphor about software.")
h("HN5", "Tried to make a TikTok for the ward. My fifteen-year-old has confiscated my phone 'for my own good'. Fair.",
  [], "Self-deprecation.")
h("HN5", "Harry Greenhalgh's tie at full council was a crime against fashion and I'd like it entered into the minutes 😂 Love you Harry",
  [PA], "Affectionate teasing; personal-attack allowed.")
h("HN5", "Gonna smash these casework emails today. 147 unread. Wish me luck ☕☕☕",
  [], "'Smash' as effort.")
h("HN5", "Daft old beggar that I am, I've left my reading glasses in the council chamber again. If found, please return to the grumpy one from Hollinshaw.",
  [], "Older councillor's self-deprecation.", author="@BrianOrmerodLP")
h("HN5", "Our lass says I've a face for radio and a voice for silent films. Standing for re-election anyway.",
  [], "Self-deprecation.", author="@KieranWhittleCW")
h("HN5", "Cabinet away day. We were told to 'blue-sky think'. Outside it was raining sideways. Metaphor of the year.",
  [], "Self-deprecating humour about the council.")

# HN6: criticism of a named councillor's record that stays on the record
h("HN6", "Cllr Aspinall promised Brindle Moss a new crossing in 2023. It's 2026 and there's still no crossing. He needs to explain why.",
  [], "Record criticism of a named councillor.")
h("HN6", "Margery Holroyd has now closed four libraries as Leader. That's her record and she should be judged on it in May.",
  [], "Record criticism.")
h("HN6", "Kieran Whittle has chaired planning for three years and the committee has approved 90% of Kershaw Stone's applications. Residents deserve a fuller explanation of the reasoning.",
  [DF], "Record criticism; a reader could infer favouritism, defamation allowed.")
h("HN6", "Derek Ramsbottom has attended 4 of the last 14 full council meetings. Cobbler's Brow deserves a councillor who turns up.",
  [PA], "Attendance record; personal-attack allowed.")
h("HN6", "Imtiaz Bashir's figures on reserves are out by £3.2m. I've written to him and he should correct the record at the next meeting.",
  [DF], "Wrong figures; defamation allowed.")
h("HN6", "Cllr Pilling voted against the free school meals motion, then posted a photo at the food bank. Voters can judge that for themselves.",
  [], "Voting record.")
h("HN6", "Niamh Gallagher has been housing portfolio holder for two years and the waiting list has grown by 800. That's the record.",
  [], "Record criticism.")
h("HN6", "Brian Ormerod has voted against every active travel scheme since 2019. He's entitled to, but he should say so on his leaflets.",
  [], "Voting record.")
h("HN6", "Philippa Crossley told scrutiny the bypass would cost £18m. The officer report says £31m. She needs to correct that.",
  [DF], "Wrong figure; defamation allowed.")
h("HN6", "Gareth Duckworth's amendment would cut the youth service by 40%. I disagree with it profoundly and I'll be voting it down.",
  [], "Criticism of a councillor's amendment.")
h("HN6", "Sandra Tattersall used to oppose the incinerator. Now she backs it. I'd like to know what changed, and I'm asking her to set it out publicly.",
  [], "Change of position questioned civilly.")
h("HN6", "Cllr Kowalczyk missed the vote on the Tenterfield bus route, the one thing his residents asked him to turn up for.",
  [PA], "Attendance record; personal-attack allowed.")
h("HN6", "Hamza Patel's claim that his campaign 'saved' the Loomhouse Lane baths is overstated; the decision was taken before he was elected. Credit where it's due, please.",
  [DF], "Corrects a claim without calling anyone a liar; defamation allowed.")
h("HN6", "Chloe Entwistle has tabled more motions than any other councillor this year. Quantity isn't quality: not one of them has been costed.",
  [PA], "Record criticism; personal-attack allowed.")
h("HN6", "Lorraine Haworth's leaflet says she 'secured' the Brindle Moss play area. The money came from a lottery bid put together by residents. Let's give them the credit.",
  [DF], "Corrects a claim; defamation allowed.")
h("HN6", "The Leader's answer to my question on the damp survey was evasive and incomplete. I'll be tabling it again next month.",
  [], "Criticism of an answer.")
h("HN6", "Cllr Marsden backed the day-centre closure in cabinet. I think that was wrong and I'll keep campaigning to reopen it.",
  [], "Voting record.")
h("HN6", "Dennis Aspinall chaired the highways board while the pothole backlog doubled. He should own that before asking Brindle Moss for another term.",
  [PA], "Record criticism; personal-attack allowed.")
h("HN6", "Adaeze Nwosu's climate motion sounded lovely but has no money behind it. Green words, grey budget.",
  [], "Criticism of a motion.")
h("HN6", "Robyn Fairclough promised weekly surgeries in Brindle Moss; there have been three since September. Residents have noticed.",
  [PA], "Record of a broken promise; personal-attack allowed.")
h("HN6", "Harry Greenhalgh has sat on licensing for twelve years and never once voted to review a premises licence. Time for fresh eyes.",
  [], "Record criticism.")
h("HN6", "Shazia Akhtar's motion on taxi safety was weak and badly drafted, and I told her so in chamber. We'll bring a better one.",
  [PA], "Criticism of a motion; personal-attack allowed.", date=("2026-01-05", "2026-02-27"))

# ====================================================================== script
import json
import random
import re
import tomllib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5656
SET_ID = "b56"

council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
HANDLES = {h: n for h, n in council["people"]["handles"].items()
           if n in council["people"]["councillors"]}

# Words that identify each councillor in a text (first name, surname, handle);
# the author is never a councillor the post names, except pinned rows.
NAME_TOKENS = {}
for h, n in HANDLES.items():
    first, last = n.split()[0], n.split()[-1]
    NAME_TOKENS[h] = [first, last, h]
NAME_TOKENS["@MargeryHolroyd"] += ["Leader", "Leader's"]

# Obfuscated variants: (original key, kind, word). One of each kind per family.
VARIANTS = [
    ("pa04", "star", "Thick"), ("pa15", "digit", "brains"), ("pa02", "zwsp", "gormless"),
    ("pa16", "spaced", "clown"), ("pa33", "cyrillic", "overpaid"), ("pa05", "caps", None),
    ("al03", "star", "gobshite"), ("al05", "digit", "twat"), ("al15", "zwsp", "prick"),
    ("al13", "spaced", "fuck"), ("al04", "cyrillic", "bollocks"), ("al22", "caps", None),
    ("bu12", "star", "back"), ("bu09", "digit", "Permanently"), ("bu02", "zwsp", "regret"),
    ("bu21", "spaced", "ambulance"), ("bu06", "cyrillic", "home"), ("bu07", "caps", None),
    ("eq05", "star", "home"), ("eq18", "digit", "freeloaders"), ("eq01", "zwsp", "England"),
    ("eq08", "spaced", "frock"), ("eq12", "cyrillic", "Pensioners"), ("eq09", "caps", None),
    ("df04", "star", "fraud"), ("df03", "digit", "liar"), ("df02", "zwsp", "backhander"),
    ("df08", "spaced", "liar"), ("df16", "cyrillic", "crooks"), ("df13", "caps", None),
]
DIGIT = {"o": "0", "O": "0", "i": "1", "I": "1", "a": "4", "A": "4"}
CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435"}


def obfuscate_word(w, kind):
    if kind == "star":
        idx = [i for i, c in enumerate(w) if c.lower() in "aeiou" and i > 0]
        i = idx[0]
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(w) if c in DIGIT)
        return w[:i] + DIGIT[w[i]] + w[i + 1:]
    if kind == "zwsp":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "cyrillic":
        i = next(i for i, c in enumerate(w) if c in CYR)
        return w[:i] + CYR[w[i]] + w[i + 1:]
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


def names_in(text):
    found = set()
    for h, toks in NAME_TOKENS.items():
        for t in toks:
            if re.search(r"(?<![\w@])" + re.escape(t) + r"(?!\w)", text):
                found.add(h)
    return found


START, END = date(2026, 1, 5), date(2026, 3, 27)
WEEKDAYS = [START + timedelta(d) for d in range((END - START).days + 1)
            if (START + timedelta(d)).weekday() < 5]


def pick_time(rng, spec):
    if spec is None:
        day = rng.choice(WEEKDAYS)
    elif isinstance(spec, tuple):
        a, b = date.fromisoformat(spec[0]), date.fromisoformat(spec[1])
        day = rng.choice([d for d in WEEKDAYS if a <= d <= b])
    else:
        day = date.fromisoformat(spec)
        assert day.weekday() < 5, spec
    t = datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                 rng.randint(0, 59), tzinfo=timezone.utc)
    return t.isoformat()


def build():
    rng = random.Random(SEED)
    originals = POS + HN
    by_key = {r["key"]: r for r in POS}
    rows = []
    for src in originals:
        extra = src["extra"]
        author = extra.get("author")
        if author is None:
            banned = names_in(src["text"])
            author = rng.choice([h for h in sorted(HANDLES) if h not in banned])
        row = {
            "text": src["text"],
            "author": author,
            "created_at": pick_time(rng, extra.get("date")),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(src["rules"]), "allowed": list(src["allowed"]),
                       "verdict": src["verdict"]},
            "family": src["family"],
            "kind_of_row": "positive" if src["family"] != "hard_negative" else "hard_negative",
            "note": src["note"],
        }
        src["row"] = row
        rows.append(row)
    for key, kind, word in VARIANTS:
        src = by_key[key]
        orig = src["row"]
        allowed = list(orig["expect"]["allowed"])
        if kind == "caps" and "haste.pause-before-posting" not in allowed:
            allowed.append("haste.pause-before-posting")
        v = dict(orig)
        v["text"] = make_variant_text(orig["text"], kind, word)
        assert v["text"] != orig["text"]
        v["created_at"] = pick_time(rng, None)
        v["expect"] = {"rules": list(orig["expect"]["rules"]), "allowed": allowed,
                       "verdict": orig["expect"]["verdict"]}
        v["_orig"] = orig
        v["variant_kind"] = kind
        rows.append(v)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"{SET_ID}-{i:03d}"
    out = []
    for row in rows:
        rec = {"id": row["id"]}
        for k in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            rec[k] = row[k]
        if "_orig" in row:
            o = row["_orig"]
            rec["variant_of"] = o["id"]
            rec["variant_kind"] = row["variant_kind"]
            rec["note"] = (f"Obfuscated variant ({row['variant_kind']}) of {o['id']}; same labels"
                           + (", haste allowed for shouting" if row["variant_kind"] == "caps" else "")
                           + ". " + o["note"])
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    build()
