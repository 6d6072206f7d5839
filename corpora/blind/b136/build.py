#!/usr/bin/env python3
"""Blind set b136 (Sencote Vale Borough Council): hand-written rows plus a
deterministic build. Every text, label and note below was written by hand for
this set by an independent writer. Running this script twice writes the same
posts.jsonl byte for byte. `python3 build.py --map` prints key -> id."""
import json, random, re, sys, tomllib
from datetime import datetime, timedelta, timezone, date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13613
SET = "B136"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
IA = "position.improper-advantage"
GH = "gifts.hospitality"
MT = "meetings.during-meeting"
CF = "confidentiality.disclosure"

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, author=None, day=None, avoid=()):
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=rules, allowed=allowed, verdict=verdict, note=note,
                     author=author, day=day, avoid=list(avoid)))


def H(key, group, text, allowed, note, author=None, day=None, avoid=()):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=allowed, verdict="ok",
                     note="HN%d %s" % (group, note), author=author, day=day,
                     avoid=list(avoid)))

# ---------------------------------------------------------------------------
# respect.personal-attack (27 originals)
# ---------------------------------------------------------------------------
F = PA
P("pa01", F, "Ey up @CraigBownVF, three years as housing portfolio holder and you still couldn't find your own backside with both hands and a torch. Useless article.", [PA], [], "review",
  "Insult at a named cabinet member by handle; the Cordwainer housing record is not argued, only the man.")
P("pa02", F, "Gillian Thorpe is a spineless, two-faced weathervane. Whichever way the wind blows off the Wolds, that's her policy for the week.", [PA], [DF], "review",
  "Name-calling at the Leader. 'Two-faced' hints at dishonesty, so defamation is only allowed.")
P("pa03", F, "Sat through three hours of Trevor Swingler droning on at planning. The man's a pompous windbag with the brains of a cattle-market gate.", [PA], [], "review",
  "Insult at the chair of planning by name. Compare HN6 {h6_02}, which questions his record and stays on it.")
P("pa04", F, "Nasreen Mulla stood up at full council this afternoon and proved once again she's as thick as a brick. Bless her, she does try.", [PA], [IR], "review",
  "Insult at a named opposition leader; 'bless her' is condescending sarcasm, irony allowed. Nothing ties it to her faith or sex.")
P("pa05", F, "Mardy, sulking little man. That's all @NigelHubbardCG is. Lost the vote on the bin rounds and stormed out like a toddler who's been denied a cob.", [PA], [], "review",
  "Belittling insult at a named cabinet member; East Midlands 'mardy' and 'cob' on the positive side.")
P("pa06", F, "To the Cabinet Member for Housing: you are a disgrace to that office and a waste of a good suit. Resign.", [PA], [], "review",
  "Attack on a councillor by role, not by name; still identifiable.")
P("pa07", F, "Stuart Gamble is the most worthless, hateful creature ever to crawl into that chamber. A festering stain on Cold Gorse.", [PA], [], "block",
  "Severe dehumanising personal attack ('creature', 'festering stain'): block.")
P("pa08", F, "@MartinPeggVF you're a clown. An actual clown. Red nose, big shoes, honk honk. Get off the finance brief before you bankrupt the lot of us.", [PA], [], "review",
  "Ridicule of a named member. The finance brief is mentioned but the post argues nothing about it.")
P("pa09", F, "Huge congratulations to our Deputy Leader on another triumph of financial genius 👏👏 Only took him four goes to add up the car park takings. What a mind.", [PA, IR], [], "review",
  "Mock congratulation at the Deputy Leader by role: personal attack plus irony. HN6 {h6_24} criticises his tax promise on the record.")
P("pa10", F, "Tracey Bowler is an embarrassing little nobody who only got in because the Stockingers couldn't find anybody else daft enough to stand.", [PA], [], "review",
  "Contempt for a named group leader; the jab at the party is secondary.")
P("pa11", F, "Ignorant. Arrogant. Lazy. Three words for Cllr Zielinski after he didn't bother turning up to the towpath meeting AGAIN.", [PA], [], "review",
  "A missed meeting is a fair point, but the post leads with three insults at the person. HN6 {h6_11} is his record put civilly.")
P("pa12", F, "@PravinLakhaniCA mate, you're about as much use as a chocolate teapot, and nesh with it. First sign of a tough vote and you're off home for your cardi.", [PA], [], "review",
  "Mocking insult at a named member; dialect 'nesh' used as a put-down here. HN5 {h5_06} uses 'nesh' of the writer.")
P("pa13", F, "Rosie Iliffe, you smug, sanctimonious hypocrite. Lecturing the rest of us about carbon while she flies off to conferences every other month.", [PA], [DF], "review",
  "Name-calling at a named member; the flying claim is a factual hint, defamation allowed. The wheelchair she uses is not mentioned.")
P("pa14", F, "Don't know what's in a worse state, Hallowby market hall or Maureen Tebbutt's brain cells. Both derelict.", [PA], [EQ], "review",
  "Insult at a named member. She is 82, so a reader may hear an age jibe; equality allowed, not expected, as the text names no age.")
P("pa15", F, "The Mayor is a preening, self-important peacock who thinks the chain makes her royalty. Gizza break, Sheila.", [PA], [], "review",
  "Attack on the Mayor by role and first name; 'gizza break' is local idiom.")
P("pa16", F, "Simon Illsley, Head of Planning, is the most incompetent, arrogant jobsworth I've dealt with in twenty years. He should be sacked.", [PA, OF], [], "review",
  "Personal attack on a named officer: officers expected.")
P("pa17", F, "Our Chief Executive is a gutless yes-man with no backbone and no clue. Paid a hundred and forty grand to nod.", [PA, OF], [], "review",
  "Attack on an officer by role; officers expected.")
P("pa18", F, "Liam Oakden: a gobby student politician playing at being a councillor. Go back to your lectures, sunshine.", [PA], [EQ], "review",
  "Condescension at a 25-year-old member. Equality (age) allowed for 'student politician' and 'sunshine'; the insult carries the label.")
P("pa19", F, "Every time Harjit Sandhu opens his mouth the collective IQ of that chamber drops ten points. Utter dimwit.", [PA], [], "review",
  "Insult at a named member; nothing about his faith.")
P("pa20", F, "@JennyCheungCA you are a nasty piece of work and everybody in Hallowby knows it. Two-faced to the core.", [PA], [DF], "review",
  "Name-calling at a named member by handle; 'two-faced' defamation allowed.")
P("pa21", F, "Delroy Campbell is a puffed-up show-off who loves the sound of his own voice more than he loves the people of Cordwainer.", [PA], [], "review",
  "Insult at a named member. Nothing in the text touches race; compare the coded row {eq11}.")
P("pa22", F, "Wayne Smalley is a pathetic, snivelling worm of a man. Vermin. If I had my way he'd be drummed out of every room in this borough.", [PA], [BU], "block",
  "Severe: 'vermin' dehumanises. 'Drummed out' is exclusion, not a threat of harm; bullying allowed.")
P("pa23", F, "Ey up me duck, @RobynKettleGreen, nobody asked for your opinion on the bypass, you self-righteous busybody. Wind yer neck in.", [PA], [], "review",
  "Dismissive insult at a named member; 'me duck' used sarcastically. Nothing about gender identity.")
P("pa24", F, "Johnny Delaney has the personality of a wet weekend in Quarnby and the backbone of a jellyfish. Absolute drip.", [PA], [], "review",
  "Insult at a named member. Nothing about his Romany heritage; compare {eq12}.")
P("pa25", F, "Dave Mottram should be ashamed of himself. A sad, bitter old has-been clinging to his seat because he's got nothing else.", [PA], [EQ], "review",
  "Insult at a named 78-year-old member; 'old has-been' could be heard as ageist, equality allowed.")
P("pa26", F, "@JanetWraggSC Nobody cares what you think, Janet. You're a joke, your ward knows you're a joke, and the only one who hasn't noticed is you.", [PA], [], "review",
  "Reply-style ridicule of a named member.")
P("pa27", F, "Yet again Ruth Abrahams has shown herself to be a sneering, condescending snob who looks down her nose at anyone in Sencote without a degree.", [PA], [], "review",
  "Insult at a named member; nothing about her faith.")

# ---------------------------------------------------------------------------
# respect.abusive-language (27 originals)
# ---------------------------------------------------------------------------
F = AB
P("ab01", F, "The new bin collection app is a pile of absolute shite. Three days my recycling's sat in the jitty. Sort it out.", [AB], [], "review",
  "Obscenity at an app; no person targeted. 'Jitty' on the positive side.")
P("ab02", F, "Who the fuck signed off this budget? Whoever it was wants their head examining.", [AB], [PA], "review",
  "Obscenity about a budget; 'whoever' is not an identifiable person, personal attack allowed.")
P("ab03", F, "@MartinPeggVF you absolute bellend.", [AB, PA], [], "review",
  "Obscene insult at a named member: both rules.")
P("ab04", F, "Slip road at Cold Gorse services shut six weeks and ClearVale still can't empty a bastard bin on the estate. Shower of shite, the lot of them.", [AB], [PA], "review",
  "Obscenity at a contractor; company target, personal attack allowed.")
P("ab05", F, "Gillian Thorpe is a total cunt and I don't care who sees this.", [AB, PA], [], "block",
  "The c-word at a named Leader: severe, block.")
P("ab06", F, "Sheila Orton, you daft twat, the Mayor's car is not your personal taxi to the big Tesco.", [AB, PA], [DF], "review",
  "Obscene insult at a named Mayor; 'personal taxi' hints at misuse, defamation allowed.")
P("ab07", F, "This consultation on the lido is a load of bollocks from start to finish. Nobody asked Hallowby. Nobody.", [AB], [], "review",
  "Obscenity at a consultation; no person.")
P("ab08", F, "Bollocks from @TrevSwinglerQD at planning today. Utter, utter bollocks about 'sustainable growth' in the Delph.", [AB], [PA], "review",
  "Obscenity at what a named member said, not at him; personal attack only allowed, as the model convention has it.")
P("ab09", F, "@NigelHubbardCG shut your gob, you pillock. The gritters never came up Quarnby Hill and you know it.", [AB, PA], [], "review",
  "Crude insult at a named member, with a real grievance about gritting behind it.")
P("ab10", F, "Wanker. That's the only word for a man who cuts the Sure Start centre and then poses for photos at its leaving do. @CraigBownVF", [AB, PA], [], "review",
  "Obscene insult at a named member by handle.")
P("ab11", F, "Tell you what, Sencote Housing Partnership, you can shove your 'resident engagement survey' right up your arse. Fix the damp at Cordwainer Court first.", [AB], [PA], "review",
  "Obscenity at a housing association; HN1 {h1_04} makes the same damp complaint civilly.")
P("ab12", F, "Delph Aggregates' directors are greedy, parasitic scumbags who'd blast their own grannies' graves for another ton of granite. Hope they choke on the dust.", [AB], [PA, BU], "block",
  "Severe abuse at unnamed directors, with an ill wish ('hope they choke'); personal attack and bullying allowed.")
P("ab13", F, "What a fucking shambles of a meeting. Two hours on the Christmas lights and ten minutes on the homeless figures.", [AB], [MT], "review",
  "Obscenity at a meeting; may read as posted from it, meetings allowed.")
P("ab14", F, "Liam Oakden is a gobshite. Simple as.", [AB, PA], [], "review",
  "Crude insult at a named member.")
P("ab15", F, "@StuGambleHVI get stuffed, you miserable sod, and take your parish-pump whinging with you.", [AB, PA], [], "review",
  "Mildest abusive row: 'sod' and 'get stuffed' at a named member.")
P("ab16", F, "The Stockingers' manifesto is toilet roll. Not even good toilet roll. The cheap scratchy stuff off Hallowby market. Utter crap.", [AB], [PA], "review",
  "Crude language about a party's manifesto; party target, personal attack allowed.")
P("ab17", F, "Pillocks, the lot of 'em on that cabinet. Bunch of knobheads who couldn't organise a piss-up in the Frame & Treadle.", [AB], [PA], "review",
  "Crude abuse at the cabinet as a body; personal attack allowed.")
P("ab18", F, "Paul Marriott, Head of Waste, is a useless prick and every resident on Welt Street knows it.", [AB, PA, OF], [], "review",
  "Obscene insult at a named officer: officers expected.")
P("ab19", F, "Bloody hell, these Pinfold Lane plans are a pig's arse of a design. Who draws a junction like that?", [AB], [PD], "review",
  "Mild obscenity at plans for a pending application; not a settled view on the decision, predetermination allowed.")
P("ab20", F, "Ey up @JohnnyDelaneyHVI, you great mardy arsehole, stop blocking folk who ask you about the quarry lorries.", [AB, PA], [], "review",
  "Obscene insult at a named member with dialect ('ey up', 'mardy').")
P("ab21", F, "Sencote Mercury, you utter shitrag, print a correction or shut up.", [AB], [PA], "review",
  "Obscenity at a newspaper; personal attack allowed. HN1 {h1_20} corrects the same paper civilly.")
P("ab22", F, "Janet Wragg is a stuck-up, sour-faced cow and always has been.", [AB, PA], [EQ], "review",
  "'Cow' at a woman: gendered insult; equality (sex) allowed, not expected.")
P("ab23", F, "Piss-poor. That's the gritting on the Hallowby road this week. Piss-poor, and that's me being kind.", [AB], [], "review",
  "Crude language about a service; no person.")
P("ab24", F, "@TraceyBowlerSP you spiteful, poisonous bitch. You make me sick. Crawl back under whatever rock you came from.", [AB, PA], [EQ], "block",
  "Severe gendered abuse at a named member: block. Equality (sex) allowed for 'bitch'.")
P("ab25", F, "The student parking scheme round Fernfield is a total shitshow and the university should be ashamed of itself.", [AB], [PA], "review",
  "Obscenity at a scheme and an institution; personal attack allowed.")
P("ab26", F, "Marek Zielinski, you two-bob tosser, you voted for the very cut you're now leafleting against.", [AB, PA], [], "review",
  "Obscene insult at a named member; the voting point itself is fair (see HN6 {h6_11}).")
P("ab27", F, "Nobody gives a toss about your ribbon-cutting selfies, @GillThorpeVF. Fix the bloody potholes on the Fosse road, you self-obsessed dickhead.", [AB, PA], [], "review",
  "Obscene insult at a named Leader by handle.")

# ---------------------------------------------------------------------------
# bullying.intimidation (27 originals, all block)
# ---------------------------------------------------------------------------
F = BU
P("bu01", F, "@CraigBownVF keep pushing the Cordwainer Court demolition and you'll find out what happens to people who cross this estate. Last warning.", [BU], [PA], "block",
  "[explicit] Threat to a named cabinet member over a decision.")
P("bu02", F, "Nice house you've got on Tenter Lane, Nigel. Shame if anything happened to that lovely new conservatory.", [BU], [PA, DP], "block",
  "[veiled] Home street of a named member plus a hinted harm; data protection allowed for the street.")
P("bu03", F, "If Harjit Sandhu votes for the Belgrove Road bus gate again I'll be waiting for him outside the chamber. Him and me. Sorted properly.", [BU], [PA], "block",
  "[explicit] Threat of a physical confrontation with a named member.")
P("bu04", F, "Everybody in Quarnby: flood @JohnnyDelaneyHVI's inbox and phone today. Don't stop till he backs down on the quarry extension. Make his life a misery.", [BU], [PA, PD], "block",
  "[pressure] Organised harassment of a named member; the quarry extension is a planning matter, predetermination allowed.")
P("bu05", F, "Just a friendly word for our Head of Planning: people round here have long memories, and Pinfold Lane isn't going anywhere. Neither are we. Think on.", [BU, OF], [PD], "block",
  "[veiled] Intimidation of an officer by role over a pending application: officers expected. 'Think on' is local idiom.")
P("bu06", F, "Whoever made that complaint about me to the Monitoring Officer: I know it came from Welt Street. I'll find out who, and you'll regret it.", [BU], [OF], "block",
  "[explicit] Threat against a complainant; the Monitoring Officer is mentioned, not criticised, officers allowed.")
P("bu07", F, "I've got the video of @WayneSmalleySP losing it in committee. Happy to send it to anyone who fancies a laugh. DM me 😂", [BU], [PA, EQ], "block",
  "[pressure] Offering to spread humiliating footage of a named member. He is autistic and the 'losing it' may be a meltdown; equality allowed.")
P("bu08", F, "Lot of cobbles on the market square, @RosieIliffeGreen. Chairs tip over easy on them. Just saying.", [BU], [PA, EQ], "block",
  "[veiled] Veiled threat of harm to a wheelchair-using member; equality allowed for the undertone, bullying carries the label. HN4 {h4_02} is her on the new ramp.")
P("bu09", F, "Touch the Hallowby cattle market and I swear I'll burn your office down, @GillThorpeVF.", [BU], [PA], "block",
  "[explicit] Arson threat to the Leader.")
P("bu10", F, "Word to the wise for the Stockingers: anybody who votes with Tracey Bowler on the budget can forget their ward fund bids this year. I chair the panel. Just saying.", [BU], [IA, PA], "block",
  "[pressure] Coercion with ward money; improper advantage allowed.")
P("bu11", F, "Your kids go to St Crispin's, don't they, @KellyBrewinCA? Lovely school. I drop mine off there too. See you at the gate.", [BU], [PA, DP], "block",
  "[veiled] Reference to a named member's children's school with 'see you at the gate'; data protection allowed.")
P("bu12", F, "Pravin Lakhani wants to scrap free parking on market day? Right. He'll be needing more than a parking space when the traders get hold of him.", [BU], [PA], "block",
  "[explicit] Threat of violence to a named member via others.")
P("bu13", F, "Mr Khatri at the Belgrove off-licence has been very vocal about me on Facebook. He might want to remember his premises licence is up for renewal in April, and I sit on that committee.", [BU], [IA, DP], "block",
  "[pressure] Threat to use licensing against a member of the public; improper advantage and data protection allowed.")
P("bu14", F, "@LiamOakdenCA walking home down the towpath at night, are we? Dark down there past Tenpenny Locks. Anything could happen.", [BU], [PA], "block",
  "[veiled] Route and time plus 'anything could happen'.")
P("bu15", F, "Ey up, if I see Marek Zielinski at the Knitters game Saturday he's getting a smack. Simple as that.", [BU], [PA], "block",
  "[explicit] Threat of assault with dialect 'ey up'. HN5 {h5_02} is football talk without a threat.")
P("bu16", F, "Let's all turn up at @TraceyBowlerSP's surgery on Thursday and give her a taste of it. Fill the room, don't let her get a word in, and film her face when she cries.", [BU], [PA], "block",
  "[pressure] Organised humiliation of a named member.")
P("bu17", F, "Sleep well, Stuart. Lot of noise round Cold Gorse at night, what with the lorries. Never know who's about.", [BU], [PA], "block",
  "[veiled] Mildest veiled threat; only the menace of the whole tells it apart from HN5 {h5_06}.", avoid=["Stuart Gamble"])
P("bu18", F, "Karen Toone in planning: change your recommendation on Pinfold Lane or I'll make sure you never work in local government again.", [BU, OF], [PD], "block",
  "[explicit] Threat to a named officer's career to change a report: officers expected; predetermination allowed.")
P("bu19", F, "To whoever keeps leaking to the Mercury: I know the three of you it could be, and all three of you rent from Sencote Housing Partnership. Think very carefully.", [BU], [IA, CF], "block",
  "[pressure] Threat to leakers through their tenancies; improper advantage and confidentiality allowed.")
P("bu20", F, "@DelroyCampbellCA you're new round here, so let me explain how Cordwainer works. People who make waves get wet. Nuff said.", [BU], [PA, EQ], "block",
  "[veiled] Veiled threat. 'New round here' said to a Black member born in the town may be coded; equality allowed.")
P("bu21", F, "Maureen Tebbutt wants to be careful. Old ladies fall down stairs all the time.", [BU], [PA, EQ], "block",
  "[veiled] Veiled threat of harm to an 82-year-old member; equality (age, sex) allowed.")
P("bu22", F, "I'll be publishing the home addresses of every councillor who voted for the lido closure. Residents deserve to know where to find them.", [BU], [DP], "block",
  "[pressure] Threat to expose addresses of an identifiable group of members.")
P("bu23", F, "Jenny Cheung, keep slagging off the Hallowby traders and your window'll be the first to go through. That's not a threat, that's a promise.", [BU], [PA], "block",
  "[explicit] Threat of criminal damage to a named member.")
P("bu24", F, "@SencoteValeBC tell your Chief Executive I know what car he drives and where he parks it. Not saying anything else.", [BU, OF], [PA], "block",
  "[veiled] Intimidation of an officer by role: officers expected.")
P("bu25", F, "Got a thick folder on @RobynKettleGreen: old photos, old name, the lot. One more vote against the bypass and it all goes on here.", [BU], [PA, EQ, DP], "block",
  "[pressure] Threat to out a trans member's past to force a vote; equality (gender reassignment) and data protection allowed.")
P("bu26", F, "Anyone from Fernfield who signs that petition against me: I've got your names, I've got your streets, and I'll be knocking.", [BU], [DP], "block",
  "[explicit] Threat to petitioners (members of the public).")
P("bu27", F, "Ruth Abrahams: withdraw your motion by Friday or every member of your synagogue hears what you said about them in group.", [BU], [PA, EQ, CF], "block",
  "[pressure] Blackmail-style pressure on a named member; religion touched, equality allowed; group talk is confidential-ish, allowed.")

# ---------------------------------------------------------------------------
# equality.discrimination (27 originals, all block)
# ---------------------------------------------------------------------------
F = EQ
P("eq01", F, "Belgrove isn't Sencote any more. It's little Karachi. Walk down Ribbon Street and you won't hear a word of English.", [EQ], [], "block",
  "[explicit; race] Othering of a South Asian neighbourhood. HN3 {h3_21} busts the English-language myth.")
P("eq02", F, "Nasreen Mulla takes her orders from the mosque, not from the voters. Muslims like her will always put the Koran before Sencote.", [EQ, PA], [], "block",
  "[explicit; religion or belief] Anti-Muslim attack on a named member.")
P("eq03", F, "Funny how the Belgrove Road regeneration money always ends up with shops whose names none of us can pronounce.", [EQ], [IR], "block",
  "[coded; race] Coded insinuation about South Asian traders; no group named. HN3 {h3_02} explains the lights funding.")
P("eq04", F, "Wayne Smalley's autistic, fine, but that's exactly why he shouldn't be anywhere near licensing. People like him can't read a room.", [EQ, PA], [], "block",
  "[explicit; disability] Excluding a named autistic member because of it. HN4 {h4_11} is Wayne on papers.")
P("eq05", F, "How does @RosieIliffeGreen plan to inspect the towpath works? Somebody'll have to push her. Maybe leave that job to those of us with working legs.", [EQ, PA], [], "block",
  "[coded; disability] Mocks a wheelchair user without naming the disability.")
P("eq06", F, "Liam Oakden can keep his gay agenda out of our primary schools. Nobody in Fernfield voted for that.", [EQ, PA], [], "block",
  "[explicit; sexual orientation] Homophobic 'gay agenda' at a named member.")
P("eq07", F, "Robyn Kettle is a bloke in a frock and I'll call him what I like.", [EQ, PA], [AB], "block",
  "[explicit; gender reassignment] Misgendering a named trans member. HN2 {h2_26} condemns the phrase.")
P("eq08", F, "Maureen Tebbutt is 82. EIGHTY-TWO. She can't hear, she can't keep up, she should be in a home, not in the council chamber.", [EQ, PA], [], "block",
  "[explicit; age] Age and deafness used to exclude a named member. HN2 {h2_22} is her answer to a similar letter.")
P("eq09", F, "With respect, Kelly Brewin's about to drop a sprog. She'll be off for a year with baby brain. Why should Sencote Central be left with half a councillor?", [EQ, PA], [], "block",
  "[explicit; pregnancy and maternity] 'With respect' does not save it. HN3 {h3_25} answers the same question civilly.")
P("eq10", F, "Polish shops, Polish lorry drivers, Polish councillors. Marek Zielinski should go back to Poznań and take his mates with him.", [EQ, PA], [], "block",
  "[explicit; race] National origin; 'go back'. HN2 {h2_04} is Marek's reply to the same slur.")
P("eq11", F, "Delroy Campbell keeps telling us he's 'Sencote born and bred'. Course he is, duck. We all believe that.", [EQ, PA, IR], [], "block",
  "[coded; race] Sarcastic denial that a Black member belongs; irony expected. HN4 {h4_16} is his grandad's story.")
P("eq12", F, "Quarnby Lane transit site again. Every time the pikeys roll in, the sheds get done. Johnny Delaney would know all about that, wouldn't he?", [EQ, AB, PA], [DF], "block",
  "[explicit; race] Slur and theft trope aimed at a Romany member; defamation allowed for the insinuation.")
P("eq13", F, "Ask Ruth Abrahams where her loyalties lie on the Gaza motion. Sencote or Tel Aviv? I think we all know.", [EQ, PA], [], "block",
  "[coded; religion or belief] Antisemitic dual-loyalty trope at a Jewish member; no group word.")
P("eq14", F, "Women shouldn't chair planning. Too emotional, too easily swayed by a sob story from a resident. Leave it to the men.", [EQ], [], "block",
  "[explicit; sex] No person named. HN2 {h2_08} rebuts the same line.")
P("eq15", F, "Time the Hallowby & Villages Independents were pensioned off. This council isn't a day centre for coffin-dodgers.", [EQ], [AB, PA], "block",
  "[explicit; age] 'Coffin-dodgers' at a party's older members; abusive and personal attack allowed.")
P("eq16", F, "Asylum seekers at Cold Gorse Lodge getting free phones and three meals a day while our pensioners freeze. They're not refugees, they're chancers, every last one.", [EQ], [], "block",
  "[explicit; race] Blanket attack on asylum seekers (national origin). HN3 {h3_08} and HN1 {h1_21} discuss the same hotel properly.")
P("eq17", F, "Some of us remember when you could get a cob and a pork pie on Belgrove Road. Now look at it. #KeepSencoteSencote", [EQ], [], "block",
  "[coded; race] Weakest race row: nostalgia plus a hashtag that others the South Asian street; some would call it a nudge. 'Cob' on the positive side.")
P("eq18", F, "The Stockingers' leader is on antidepressants, I'm told. Do we really want a nutter making decisions about social care?", [EQ, AB, PA], [DP], "block",
  "[explicit; disability] Mental-health slur at an identifiable member; health data, data protection allowed. HN4 {h4_12} is her own disclosure.")
P("eq19", F, "The gurdwara lot want a second car park on Ribbon Street now. They've taken over half of Belgrove already; Sencote Central next.", [EQ], [PD], "block",
  "[coded; religion or belief] 'Taken over' trope about Sikhs; planning undertone, predetermination allowed. HN3 {h3_05} opposes the same plan on drainage.")
P("eq20", F, "@JennyCheungCA should stick to frying chips and leave the budget to people who were born here.", [EQ, PA], [], "block",
  "[explicit; race] Origin and family trade used against a British Chinese member. HN4 {h4_08} is her family chippy.")
P("eq21", F, "Janet Wragg and her 'partner' at the civic dinner again. Some of us still think children need proper families.", [EQ, PA], [], "block",
  "[coded; sexual orientation] Scare quotes and 'proper families'. HN4 {h4_18} is her anniversary.")
P("eq22", F, "Married women in the planning team should make way for the single lads who need the overtime. Their husbands are earning.", [EQ], [OF], "block",
  "[explicit; marriage and civil partnership] About staff; officers allowed. Also touches sex.")
P("eq23", F, "Another one in comms off on maternity. Honestly, stop hiring women of a certain age if you want anything done in this building.", [EQ], [OF], "block",
  "[explicit; pregnancy and maternity] About staff; officers allowed. Also touches sex and age.")
P("eq24", F, "Fernfield's turning into a Chinese colony, you can't get a seat on the 47 for them. Send them home after their exams.", [EQ], [], "block",
  "[explicit; race] Students by nationality. HN3 {h3_16} is a civil conversation about international students.")
P("eq25", F, "The day centre lot on the Hallowby bus: dribbling, shouting, flapping. Why should normal passengers have to put up with it?", [EQ], [], "block",
  "[explicit; disability] Degrading learning-disabled service users; no slur word.")
P("eq26", F, "Nobody over 70 should be driving a gritter or sitting on a council. Ask @DaveMottramDelph how his hearing aid's getting on.", [EQ, PA], [], "block",
  "[explicit; age] Age bar plus a jibe at a named member's hearing. HN5 {h5_04} is Dave on being a dinosaur.")
P("eq27", F, "That trans 'support group' at Fernfield library is a grooming ring and everyone knows it.", [EQ], [DF], "block",
  "[explicit; gender reassignment] Grooming smear at trans people; defamation allowed (an unnamed group). HN3 {h3_10} is the calm counterpart.")

# ---------------------------------------------------------------------------
# defamation.allegation (27 originals)
# ---------------------------------------------------------------------------
F = DF
P("df01", F, "Martin Pegg is a liar. He told budget council the lido was safe and he knew full well it was on the closure list.", [DF, PA], [], "review",
  "'Liar' plus a claim of knowledge; no crime. HN6 {h6_01} sets out the same change without the word.")
P("df02", F, "Trevor Swingler's son got a £30k 'consultancy' from Trentmoor Homes the month before his dad chaired the Pinfold Lane vote. That's a bribe, plain and simple.", [DF, PA], [PD], "block",
  "Specific bribery stated as fact about a named member.")
P("df03", F, "Ey up, everybody knows Gillian Thorpe's in Delph Aggregates' pocket. Bought and paid for.", [DF], [PA], "review",
  "Idiom of corruption without specifics: review.")
P("df04", F, "Richard Goadby, our s151 officer, has been moving money out of the capital reserve into his wife's company. Fact.", [DF, OF], [PA], "block",
  "Theft by a named officer stated as fact.")
P("df05", F, "@CraigBownVF lies like a cheap watch. Every word about Cordwainer Court, a lie.", [DF, PA], [], "review",
  "Calls a named member a habitual liar; no crime.")
P("df06", F, "Sheila Orton used the Mayor's charity fund to pay for her granddaughter's wedding cars. Nine hundred quid. The invoice is sat in the civic office.", [DF], [PA, DP], "block",
  "Misuse of charity money as fact with a claimed document; the granddaughter is a private person, allowed.")
P("df07", F, "A certain Hallowby councillor with a taste for the races had a brand-new horsebox delivered the same week the cattle market land deal went through. Funny that.", [DF], [PA, IR], "review",
  "Innuendo at an identifiable but unnamed member.", avoid=["Gillian Thorpe", "Martin Pegg", "Jenny Cheung", "Maureen Tebbutt"])
P("df08", F, "Nigel Hubbard is a crook and so is every one of his mates at ClearVale.", [DF, PA], [], "review",
  "'Crook' at a named member and a company.")
P("df09", F, "ClearVale Waste have been tipping Sencote's recycling in the old Quarnby pit at night and billing us for processing it. I've watched the lorries go in.", [DF], [PA], "block",
  "Fraud by a company stated as fact with claimed eyewitness.")
P("df10", F, "Liam Oakden is a fraud. All that 'local lad' guff and he'd never set foot in Fernfield before the election.", [DF, PA], [], "review",
  "'Fraud' as name-calling; no specific crime.")
P("df11", F, "Stuart Gamble got done for drink driving in 2019 and never declared it when he stood. Look it up.", [DF], [PA, DP], "block",
  "A conviction and concealment stated as fact; conviction data allowed.")
P("df12", F, "Sencote Housing Partnership is running a racket. Rents up 9%, repairs down to nothing, bosses on bonuses. Crooks.", [DF], [PA], "review",
  "'Racket' and 'crooks' at an organisation; no specific crime. HN1 {h1_04} is the civil complaint.")
P("df13", F, "Paul Marriott, Head of Waste, handed the ClearVale contract to his brother-in-law's firm and rigged the scoring. That is corruption.", [DF, OF], [PA], "block",
  "Corruption by a named officer stated as fact. HN1 {h1_26} asks for the scoring matrix instead.")
P("df14", F, "Starts with G, ends in 'amble', owns a yard that's been paid for sign repairs that never happened. Just saying.", [DF], [PA, IR], "review",
  "Thin-veiled innuendo at an identifiable member (Stuart Gamble); review as innuendo.", avoid=["Stuart Gamble"])
P("df15", F, "Vale Forward paid students at the Fernfield campus a tenner a head to register at addresses they don't live at. Electoral fraud, bang to rights.", [DF], [PA], "block",
  "Electoral offence by a party stated as fact.")
P("df16", F, "Our Chief Executive is as straight as a corkscrew.", [DF, PA, OF], [], "review",
  "Idiom for dishonesty at an officer by role.")
P("df17", F, "@JohnnyDelaneyHVI is a con man and the Quarnby residents he's fleeced know it.", [DF, PA], [EQ], "review",
  "'Con man' at a named member; 'fleeced' is vague. He is Romany, so a reader may hear a trope; equality allowed.")
P("df18", F, "Harjit Sandhu's cousin got the Belgrove Road market pitch licence after Harjit leaned on the Licensing Manager. That's abuse of office and it's a criminal offence.", [DF], [PA, OF], "block",
  "Misconduct in office stated as fact; the officer is mentioned, not accused, officers allowed.")
P("df19", F, "Tracey Bowler tells porkies for a living. Wouldn't trust her to tell you the time.", [DF, PA], [], "review",
  "Idiom for lying at a named member. HN6 {h6_13} corrects her leaflet on the record.")
P("df20", F, "Gorse Park Logistics paid for the Leader's holiday in the Algarve and, lo and behold, the warehouse got its permission. Bribery.", [DF], [PA, GH], "block",
  "Bribery of the Leader stated as fact; gifts allowed.")
P("df21", F, "Dodgy as they come, that Janet Wragg. Never a straight answer, never a receipt, me duck.", [DF, PA], [], "review",
  "'Dodgy' and 'never a receipt' at a named member; dialect on the positive side.")
P("df22", F, "Marek Zielinski has been subletting his council flat on Canal Street on Airbnb while claiming housing benefit.", [DF], [PA, DP], "block",
  "Tenancy and benefit fraud stated as fact.")
P("df23", F, "Delph Aggregates lie about the blasting. They lie about the dust. They lie about the lorry numbers. Liars, the lot of them.", [DF], [PA], "review",
  "'Liars' at a company; no specific crime. HN1 {h1_06} is the civil version.")
P("df24", F, "Karen Toone rewrote the Pinfold Lane officer report after a dinner with Trentmoor's director. 14 January, the Fosse Grill. I was at the next table.", [DF, OF], [PA, PD], "block",
  "Corrupt conduct by a named officer as fact with date and place.")
P("df25", F, "Ask Kelly Brewin what happened to the Sencote Central community chest money. Go on, ask her.", [DF], [PA], "review",
  "Innuendo of misappropriation. HN6 {h6_18} is a record criticism of her.")
P("df26", F, "Maureen Tebbutt's husband's firm got £80,000 of council resurfacing work without a tender. She sat in the room and voted for it. Corrupt.", [DF, PA], [DP], "block",
  "Undeclared interest and corruption stated as fact about a named member.")
P("df27", F, "Wayne Smalley misled the standards hearing and he knows it. Dishonest, start to finish.", [DF, PA], [], "review",
  "Dishonesty claim without a crime.")

# ---------------------------------------------------------------------------
# hard negatives (all expect nothing, verdict ok)
# HN1 harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("h1_01", 1, "Closing the cattle market is the worst decision this council has made in a generation. Hallowby's been a market town since the 1200s and the cabinet has signed its death warrant over a spreadsheet. Shameful.", [BU, PA],
  "Harsh criticism of a decision; 'death warrant' figurative.")
H("h1_02", 1, "Ey up. Bins not collected on Welt Street for the third week running. ClearVale are failing and the council is letting them. Report it on 0115 496 0213 and copy me in at welt.ward@example.com. I want penalty clauses enforced, not another apology.", [],
  "Angry service complaint at a contractor; drama-range number and an example.com address.")
H("h1_03", 1, "Vale Forward's budget is a con on Sencote Central: 6% on council tax, libraries cut, and the 'investment' all in Hallowby. Read page 14.", [DF, PA],
  "'A con' about a budget, not a person.")
H("h1_04", 1, "Sencote Housing Partnership's damp survey is a whitewash. 42 flats at Cordwainer Court reported mould and they inspected nine. Not good enough, and I've written to the Regulator.", [DF, PA],
  "Harsh but civil criticism of a landlord; see the abusive {ab11}.")
H("h1_05", 1, "The Pinfold Lane application raises serious concerns about the junction and flooding off the brook. I'll listen to the evidence at committee, but residents are right to be worried.", [PD],
  "Predisposition, not predetermination.")
H("h1_06", 1, "Delph Aggregates' blasting is a disgrace. Windows rattling in Quarnby at 7am on a Saturday. Their licence conditions say otherwise and I've asked enforcement to check.", [PA, DF],
  "Company criticised on conduct and conditions; compare {df23}.")
H("h1_07", 1, "Gizza break: £38,000 on a new council logo while the Fernfield youth club shuts? Whoever thought that was a good use of money can come and explain it to the kids.", [PA],
  "Spending criticism; 'gizza' on the negative side.")
H("h1_08", 1, "The Community Alliance amendment was fantasy economics. Nice slogans, no costings, and a £2m hole they hoped nobody would spot.", [PA],
  "Criticism of a party's amendment.")
H("h1_09", 1, "Cold Gorse services expansion: more HGVs, more litter, more noise, and not a penny of section 106 for the village. Bad deal, badly negotiated.", [],
  "Criticism of a deal.")
H("h1_10", 1, "Honestly, the new parking app is useless. Took me twenty minutes in the rain outside the Corn Exchange to pay 80p. Nesh I may be, but that's daft.", [],
  "'Useless' about an app, no obscenity; compare {ab01}.")
H("h1_11", 1, "The Stockingers have voted against every housing scheme in Cordwainer for four years and then complain there's nowhere for young families to live. You can't have it both ways.", [PA],
  "Party record criticised.")
H("h1_12", 1, "Trentmoor Homes promised 30% affordable at Brook Farm and delivered 11%. That's a broken promise, and the council should stop treating their viability reports as gospel.", [DF],
  "'Broken promise' is a matter of record, not an allegation of dishonesty.")
H("h1_13", 1, "Closing Quarnby library two days a week is a mean-spirited, short-sighted cut. It's the only warm space in the village with a toilet.", [],
  "Harsh adjectives at a cut.")
H("h1_14", 1, "Cabinet's decision to sell the old hosiery mill to the highest bidder was wrong. It should have gone to the community. I'm calling it in to scrutiny.", [],
  "Disagreement with a decision.")
H("h1_15", 1, "The university has let Fernfield become a car park. 1,100 student cars, 300 spaces. Their travel plan isn't worth the paper it's printed on.", [PA],
  "Institution criticised; compare {ab25}.")
H("h1_16", 1, "I'm sick of the cabinet spinning every cut as 'transformation'. Call it what it is: a cut.", [PA],
  "Criticism of the cabinet's framing.")
H("h1_17", 1, "The Vale Greens want a 20mph limit on the whole Hallowby bypass. Barmy. Absolutely barmy. It's a bypass.", [PA],
  "'Barmy' about a policy.")
H("h1_18", 1, "The towpath resurfacing's been botched: puddles every ten yards from Tenpenny Locks to the boatyard. We paid for a job and we got a bodge.", [],
  "Criticism of work done.")
H("h1_19", 1, "Gorse Park Logistics' lorries are wrecking the verges in Cold Gorse and their 'community fund' is pennies. They should be ashamed.", [PA],
  "Company criticised.")
H("h1_20", 1, "The Sencote Mercury got the lido figures wrong again: it's £410k a year, not £4.1m. Sloppy, and it frightens people.", [PA, DF],
  "Correction of a newspaper; compare {ab21}.")
H("h1_21", 1, "The handling of the Cold Gorse Lodge contract has been hopeless: no briefing for ward members, no engagement with the village, residents hearing it from the Home Office first. That's a failure of process, not the fault of the families living there.", [EQ],
  "Criticism of process about asylum accommodation; compare {eq16}.")
H("h1_22", 1, "This year's Knitters' Day budget's been cut to the bone. Bunting, a brass band and a burger van. Mardy? Me? Yes, very.", [],
  "'Mardy' of the writer, about a budget.")
H("h1_23", 1, "The Hallowby & Villages Independents have no plan for the market. Just nostalgia. You can't pay for a roof with memories.", [PA, EQ],
  "Party criticised on policy; nothing about age (compare {eq15}).")
H("h1_24", 1, "The bus review is a disaster for Quarnby. One bus every two hours and none after six. People can't get to work. Reverse it.", [],
  "Policy criticism.")
H("h1_25", 1, "Our Local Plan consultation ran for six weeks over Christmas. That's not consultation, that's box-ticking.", [],
  "Process criticism.")
H("h1_26", 1, "Respectfully: the ClearVale contract renewal is the worst procurement I've seen in twelve years on this council. Scrutiny should see the full scoring matrix in public.", [DF],
  "Criticism of a procurement without alleging corruption; compare {df13}.")
H("h1_27", 1, "The cabinet's pothole 'blitz' filled 40 holes out of 2,300. Ey up, that's not a blitz, that's a light drizzle.", [IR],
  "Sarcasm about a policy, not a person.")
H("h1_28", 1, "Delph Aggregates' extension would put a 60m quarry face 200m from Quarnby school. I have real concerns, and I'll put them to the company now and to the committee when it comes.", [PD],
  "Predisposition on a future application.")

# HN2 counter-speech and quoting abuse to condemn it
H("h2_01", 2, "Someone shouted 'go back to Pakistan' at one of our Belgrove shopkeepers on Saturday. He's from Sencote. His dad's from Sencote. Racism has no place here and I've reported it to the police.", [EQ],
  "Quotes a racist remark to condemn it.")
H("h2_02", 2, "I've had a message calling me a 'cripple who should stay home'. I'm sharing it because I won't be ashamed, and because the next disabled person who wants to stand should know we've got their back.", [EQ, AB],
  "Rosie quotes abuse sent to her.", author="Rosie Iliffe")
H("h2_03", 2, "To the man who told our trans volunteer at the food bank she was 'a freak in a wig': you don't speak for Fernfield. We do, and she's welcome.", [EQ, AB, PA],
  "Counter-speech for a trans volunteer.")
H("h2_04", 2, "No, I won't 'go back to Poland'. I've lived in Sencote Central 22 years, I pay my council tax, and the people who vote for me know exactly where I'm from. Ey up, get over it.", [EQ],
  "Marek answers 'go back'; compare {eq10}.", author="Marek Zielinski")
H("h2_05", 2, "Graffiti on the Ribbon Street gurdwara this morning. I won't repeat what it said. Sikh families have worshipped there since 1971 and the whole of Belgrove stands with them.", [EQ],
  "Solidarity after a hate incident.")
H("h2_06", 2, "Calling a pregnant councillor 'baby brain' isn't banter. It's discrimination, and I'd say the same whichever party she was in.", [EQ, PA],
  "Condemns the slur in {eq09}.")
H("h2_07", 2, "Someone left a note on Johnny Delaney's car saying 'no pikeys on the council'. Disgusting. Quarnby elected him and he'll stay as long as Quarnby wants him.", [EQ, AB],
  "Quotes an anti-Romany slur to condemn it; compare {eq12}.")
H("h2_08", 2, "Women in the chamber being told they're 'too emotional' for planning? Every planning chair I've respected has been emotional about getting it right. Give over.", [EQ],
  "Rebuts {eq14}.")
H("h2_09", 2, "The comments on our Holocaust Memorial Day post were vile. Stop blaming 'Jewish bankers' for your council tax. We remember today so this never happens again.", [EQ, AB],
  "Quotes an antisemitic trope to condemn it.", day="2026-01-27")
H("h2_10", 2, "To whoever keeps calling the Cold Gorse Lodge families 'invaders' in the comments: they're people, lots of them kids, fleeing wars. Be better than that.", [EQ],
  "Counter-speech on asylum.")
H("h2_11", 2, "Heard 'that's so gay' three times on the 47 this morning from a group of lads. I said something. You should too. It's LGBT+ History Month and words matter.", [EQ],
  "Counter-speech, dated February.", day="2026-02-11")
H("h2_12", 2, "A member of the public yelled 'I know where you live' at @TraceyBowlerSP after Thursday's meeting. Whatever our differences, threats are unacceptable, and I've asked the Monitoring Officer to look at security.", [BU, OF],
  "Quotes a threat to condemn it.")
H("h2_13", 2, "Calling Wayne 'a spaz' from the public gallery on Tuesday was disgraceful. He's autistic, he's brilliant at the detail, and he's twice the councillor that heckler will ever be.", [EQ, AB, PA],
  "Quotes a disability slur to condemn it.")
H("h2_14", 2, "'Put them on the first coach out of Cold Gorse' was one reply to our asylum support post. No. We don't talk about people like that in this borough.", [EQ],
  "Quotes and rejects.")
H("h2_15", 2, "I've been sent a screenshot calling Knitters fans 'inbred sheep'. Ey up, I know the derby's Saturday, but keep it to the football, eh?", [AB, PA],
  "Quotes fan abuse to calm it; dialect on the negative side.")
H("h2_16", 2, "'Coffin-dodger' turned up three times in replies to @MaureenTebbuttHVI's post about bus passes. She's sharper than most of us, and ageism is still prejudice.", [EQ, AB],
  "Condemns the word used in {eq15}.")
H("h2_17", 2, "A man told me on the doorstep yesterday that the mosque 'should be burnt down'. I told him I'd report it, and I have. Muslims in Belgrove deserve to feel safe.", [EQ, BU],
  "Quotes a threat to report it.")
H("h2_18", 2, "Reminder, since some in the comments need it: Romany Gypsies are an ethnic group protected in law, 'gyppo' is a slur, and I'll be deleting it from this page.", [EQ, AB],
  "Names a slur to ban it.")
H("h2_19", 2, "Someone posted my home address on a Knitters fans' forum with 'pay her a visit'. Police are aware. Please don't share it further. I'm fine, ey up, it takes more than that.", [BU, DP],
  "A member reports a threat against herself.")
H("h2_20", 2, "'Chinese virus' is back in the replies to Jenny's Lunar New Year post. Enough. Hallowby's Chinese families have been here since the sixties, and their chippies fed half of us through lockdown.", [EQ],
  "Quotes a racist phrase to condemn it.", day="2026-02-17")
H("h2_21", 2, "I've reported a Facebook group calling Fernfield students 'parasites' and posting where they live. Students are residents. Some of them are my neighbours.", [AB, DP],
  "Counter-speech for students.")
H("h2_22", 2, "A letter in the Herald says I'm 'too old and too deaf' for the council. I'm 82, I wear two hearing aids, and I've not missed a full council since 1998. I'll see them at the ballot box.", [EQ],
  "Maureen answers an ageist letter; compare {eq08}.", author="Maureen Tebbutt")
H("h2_23", 2, "The poster taped to the Welt Street mandir said 'Hindus out'. It's gone now. Pravin and I were there this morning with the temple committee.", [EQ],
  "Reports a hate poster.")
H("h2_24", 2, "'Women like her should be at home with the kids' was a comment on my page this morning. I'm at home with the kids AND I'm your councillor. Both, mate.", [EQ],
  "Kelly quotes a sexist comment to answer it.", author="Kelly Brewin")
H("h2_25", 2, "Someone called the Cordwainer lads 'scum' in the Mercury letters page. They're apprentices at Barsby's boot works, they've just painted the community centre for nowt, and they deserve better.", [AB, PA],
  "Quotes abuse to defend young residents.")
H("h2_26", 2, "To be clear: calling a colleague 'a bloke in a frock' isn't free speech, it's transphobia, and I'll be saying so at standards.", [EQ, AB],
  "Condemns {eq07} without naming the target.")
H("h2_27", 2, "Shocking to see 'no blacks, no dogs, no Irish' memes shared as a St Patrick's Day joke. My nan saw those signs in Sencote in 1961. Not funny then, not funny now.", [EQ],
  "Quotes an old sign to condemn it.", day="2026-03-17")
H("h2_28", 2, "Some of the replies to @DelroyCampbellCA's Windrush history post were racist, full stop. He was born at Sencote General. Reported, blocked, and his ward knows who he is.", [EQ],
  "Counter-speech; compare {eq11}.")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
H("h3_01", 3, "No, the council isn't 'giving houses to asylum seekers'. Asylum accommodation is the Home Office, not us. Our housing list goes by need and local connection. Happy to explain at surgery.", [EQ],
  "Myth-busting.")
H("h3_02", 3, "Myth-buster: the Belgrove Road Diwali lights are paid for by the traders' association, not council tax. Same as the Hallowby Christmas lights.", [EQ],
  "Myth-busting; compare {eq03}.")
H("h3_03", 3, "There's chatter that the Ramadan lights on Belgrove Road mean the Christmas lights are cancelled. They don't. Both go ahead next year, both funded by traders.", [EQ],
  "Myth-busting, dated in Ramadan.", day="2026-02-19")
H("h3_04", 3, "Some residents asked why the new Fernfield hub has a Changing Places toilet. It's because disabled people and their carers deserve to use the loo in dignity. That simple.", [EQ],
  "Explains disability provision.")
H("h3_05", 3, "I don't support the gurdwara's second car park as drawn: it needs better drainage and traffic modelling. And let me be clear, this is about drainage, not about who worships there.", [PD, EQ],
  "Planning concern, prejudice disowned; compare {eq19}.")
H("h3_06", 3, "Question for the equalities panel: how do older residents without smartphones pay for parking? Not everyone over 75 wants an app, and they shouldn't have to.", [EQ],
  "Civil age-equality point.")
H("h3_07", 3, "On the rainbow crossing: it cost £2,400 from Pride sponsorship, not the highways budget. You don't have to like it, but the story that it closed a children's centre is false.", [EQ, DF],
  "Myth-busting.")
H("h3_08", 3, "Yes, Cold Gorse Lodge houses single men. No, crime in Cold Gorse hasn't gone up: Inspector Shipman's figures show a small fall since September. Let's deal in facts.", [EQ],
  "Myth-busting on asylum; compare {eq16}.")
H("h3_09", 3, "Asked if it's 'PC gone mad' that the council prints bin letters in Gujarati, Punjabi and Polish. It isn't. If people can't read the letter, the bins don't get sorted.", [EQ],
  "Defends translation.")
H("h3_10", 3, "Trans people in Fernfield use the same library, the same buses, the same GP as everyone else. The 'debate' online bears no resemblance to the quiet reality in our ward.", [EQ],
  "Calm counterpart to {eq27}.")
H("h3_11", 3, "Maternity cover for councillors is a real gap. There's no formal leave, so new mums either vanish or come back a week after the birth. The remuneration panel should look at it.", [EQ],
  "Policy debate on maternity.")
H("h3_12", 3, "Quarnby Lane transit site: the council has a legal duty to provide pitches. Without a site we get roadside camps and no power to move them on. That's the trade-off.", [EQ],
  "Neutral explanation on Gypsy and Traveller provision.")
H("h3_13", 3, "I'm not going to pretend I'm comfortable with the mosque extension's parking plan, because I'm not. But anyone in my comments making it about Muslims will be deleted. Traffic is traffic.", [EQ, PD],
  "Concern plus denied prejudice.")
H("h3_14", 3, "The claim that Polish families 'jump the housing queue' is false. People with settled status join the same list and are assessed on the same criteria as everybody else.", [EQ],
  "Myth-busting.")
H("h3_15", 3, "Age-friendly Sencote: our pledge is a bench every 200 metres on Cheapside. It isn't 'pandering', it means our elders can get to the market and back.", [EQ],
  "Positive age policy.")
H("h3_16", 3, "Had a civil chat with a resident who reckons the university 'brings in too many foreigners'. I disagreed and showed him what international students spend in Fernfield. Parted on good terms over a cob.", [EQ],
  "Civil disagreement; compare {eq24}. 'Cob' on the negative side.")
H("h3_17", 3, "Is a women-only swim at Hallowby lido discrimination? No: the Equality Act allows separate provision where it's justified. It's popular with Muslim, Orthodox Jewish and older women alike.", [EQ],
  "Explains the law.")
H("h3_18", 3, "Why fly the Progress flag at the town hall in February? It's LGBT+ History Month, the same way we fly the Armed Forces flag in June. Nobody is being 'recruited'.", [EQ],
  "Myth-busting, dated.", day="2026-02-10")
H("h3_19", 3, "Autism assessment waits in Sencote Vale are three years. That isn't a 'label industry', as it was put to me this week; it's families in limbo. I'm raising it at health scrutiny.", [EQ, PA],
  "Rebuts a dismissive remark on disability.")
H("h3_20", 3, "Genuinely asking: should the older persons' forum and the youth council sit together once a year? Both told me nobody listens to them. Maybe they should listen to each other.", [EQ],
  "Civil age topic.")
H("h3_21", 3, "The stat going round that 'half of Belgrove doesn't speak English' is wrong. The census says 93% speak English well or very well. Check before you share.", [EQ],
  "Myth-busting; compare {eq01}.")
H("h3_22", 3, "'I'm not racist, but' is how about half my doorstep chats about the Lodge start. Fair enough: most of what follows is about buses and GP waits, not people. So let's talk about those.", [EQ],
  "Quotes a phrase and steers to services.")
H("h3_23", 3, "Is 'me duck' sexist? Had a complaint about a councillor saying it at surgery. No: in Sencote everybody's 'me duck', the binmen, the vicar and me. Context matters.", [EQ],
  "Civil debate on dialect and sex.")
H("h3_24", 3, "Gypsy, Roma and Traveller History Month is in June, but Quarnby Primary are doing theirs now. Lovely work on the wagon painting. Education beats prejudice every time.", [EQ],
  "Positive education on a protected group.")
H("h3_25", 3, "To the resident who asked: yes, councillors are allowed to be pregnant, and no, the seat doesn't become vacant. The limit is six months' absence and council can extend it.", [EQ],
  "Answers the question behind {eq09} civilly.")
H("h3_26", 3, "The petition to 'stop the Muslim school' on Spinney Road is about a faith free school application. There are real traffic questions; there's no case for a campaign against a religion.", [EQ, PD],
  "Separates planning from prejudice.")
H("h3_27", 3, "Should the Mayor's civic service rotate between church, mosque, mandir, gurdwara and synagogue? I think yes. Happy to hear other views, respectfully.", [EQ],
  "Civil debate on religion.")

# HN4 neutral or positive mentions, self-description, reclaimed terms
H("h4_01", 4, "Holocaust Memorial Day. My grandmother came to Sencote in 1939 with one suitcase and a sewing machine, and ended up running a line at Pochin's Mill. I'll be at the memorial garden at 11.", [EQ],
  "Ruth's self-description.", author="Ruth Abrahams", day="2026-01-27")
H("h4_02", 4, "Wheelchair user, councillor, and today the first person to try the new ramp at Tenpenny Locks. Verdict: smooth as you like. Ey up, only took 200 years.", [EQ],
  "Rosie's self-description; compare {bu08}.", author="Rosie Iliffe")
H("h4_03", 4, "Five years since I transitioned, two since Fernfield elected me. Thank you for treating me as what I am: your councillor.", [EQ],
  "Robyn's self-description.", author="Robyn Kettle")
H("h4_04", 4, "I'm 25, I'm gay, and I'm the Community Alliance housing spokesperson. None of those cancel each other out. Happy LGBT+ History Month from Fernfield 🏳️‍🌈", [EQ],
  "Liam's self-description.", author="Liam Oakden", day="2026-02-02")
H("h4_05", 4, "Queer Fernfield social is back at the Brewers Arms on Friday. Queer as in us, not queer as in an insult. All welcome, soft drinks on the bar.", [EQ, AB],
  "Reclaimed term by a gay member.", author="Liam Oakden")
H("h4_06", 4, "Ramadan Mubarak to everyone in Belgrove and across Sencote Vale. Our iftar at the community centre on Friday is open to all faiths and none. Come hungry, me ducks.", [EQ],
  "Nasreen's greeting; dialect on the negative side.", author="Nasreen Mulla", day="2026-02-18")
H("h4_07", 4, "Eid Mubarak! Morning at the Belgrove Road mosque, afternoon handing out samosas on the market. Best day of the year.", [EQ],
  "Nasreen's Eid post.", author="Nasreen Mulla", day="2026-03-20")
H("h4_08", 4, "Happy Lunar New Year from the Cheung family chippy in Hallowby! Year of the Horse. Dad's been frying since 1979 and he still won't tell me what's in the batter.", [EQ],
  "Jenny's self-description; compare {eq20}.", author="Jenny Cheung", day="2026-02-17")
H("h4_09", 4, "Born in Poznań, raised on Welt Street, and I still can't say 'Quarnby' the way my neighbours do. Twenty-two years here this week.", [EQ],
  "Marek's self-description.", author="Marek Zielinski")
H("h4_10", 4, "Little announcement: baby Brewin due in June! Surgeries carry on till May and my ward colleagues will cover after. Swollen ankles, nesh as anything, very happy.", [EQ],
  "Kelly's pregnancy; 'nesh' on the negative side.", author="Kelly Brewin")
H("h4_11", 4, "As an autistic councillor I'd ask one thing of committee chairs: send papers five working days early, not two. It helps me, and I reckon it helps everyone.", [EQ],
  "Wayne's self-description; compare {eq04}.", author="Wayne Smalley")
H("h4_12", 4, "Time to Talk Day. I've had depression since my twenties and I've been on sertraline three years. I still got elected. Talk to someone, duck.", [EQ, DP],
  "Tracey's own health disclosure.", author="Tracey Bowler", day="2026-02-05")
H("h4_13", 4, "78 today, and fifty of those years up the Delph or in this chamber. Cob and a cuppa with the lads at the quarry café. Not retiring yet, ey up.", [EQ],
  "Dave's self-description.", author="Dave Mottram")
H("h4_14", 4, "For those asking at the Herald: yes, I'm the one with two hearing aids in the front row. Switch your microphones on, colleagues, and we'll all get on famously.", [EQ],
  "Maureen's self-description.", author="Maureen Tebbutt")
H("h4_15", 4, "I'm Romany, proud of it, and the first of my family to sit on any council. Thank you, Quarnby. Grandad would have laughed his head off.", [EQ],
  "Johnny's self-description.", author="Johnny Delaney")
H("h4_16", 4, "My grandad came from Clarendon, Jamaica in 1958 and worked thirty years at Barsby's boot works. The Cordwainer history project launches Friday. Come along.", [EQ],
  "Delroy's self-description.", author="Delroy Campbell")
H("h4_17", 4, "Langar at Ribbon Street gurdwara this Sunday: dal, roti and the best kheer in the borough. Everybody welcome. Cover your head, shoes off, grab a plate.", [EQ],
  "Harjit's invitation.", author="Harjit Sandhu")
H("h4_18", 4, "Twenty years with Lynne, ten since our civil partnership at Hallowby register office. Still can't agree on the thermostat.", [EQ],
  "Janet's anniversary.", author="Janet Wragg", day="2026-03-12")
H("h4_19", 4, "Happy Holi! Belgrove Park's going to be a riot of colour this afternoon. Wear old clothes, or your mum'll be mardy when you come home pink.", [EQ],
  "Pravin's Holi post; 'mardy' on the negative side.", author="Pravin Lakhani", day="2026-03-04")
H("h4_20", 4, "Yesterday was International Women's Day. A shout-out to the women of Sencote's hosiery mills, who ran the frames, ran the unions and, let's be honest, ran the town.", [EQ],
  "Positive mention of women.", day="2026-03-09")
H("h4_21", 4, "Great turnout at the Belgrove Asian Elders' lunch club. Seventy folk, three generations of recipes and a very competitive game of carrom.", [EQ],
  "Neutral positive mention.")
H("h4_22", 4, "A BSL interpreter at full council from next month, so deaf residents can follow the webcast. About time.", [EQ],
  "Neutral disability mention.")
H("h4_23", 4, "'Sencote born, Sencote bred, strong in the arm and thick in the head', as my dad used to sing on the terraces. Knitters till I die.", [PA, EQ],
  "In-group terrace chant about the writer's own town.")
H("h4_24", 4, "Welcome to the forty Ukrainian families now settled across Sencote Vale. The Hallowby WI knitting circle has made a blanket for every child. Proper hosiery town stuff.", [EQ],
  "Positive mention of refugees.")
H("h4_25", 4, "Shout-out to the Fernfield campus Islamic Society and Jewish Society for their joint food bank collection. 400 tins. Brilliant.", [EQ],
  "Positive mention of two faiths.")
H("h4_26", 4, "Visited the autism base at St Crispin's Primary today. The kids showed me their Lego canal lock. A working model. Out-engineered by a seven-year-old.", [EQ],
  "Positive disability mention.")
H("h4_27", 4, "Lovely to see the Old Dears' Dance back at the Corn Exchange (their name, not mine!). Average age 79, and they out-danced the Mayor.", [EQ, PA],
  "Self-chosen group name; gentle teasing of the Mayor.")
H("h4_28", 4, "Thank you to the Sencote College choir and to everyone from Belgrove's mosques and the gurdwara who came to the candle lighting at the Pochin Street synagogue tonight.", [EQ],
  "Ruth's second HMD post.", author="Ruth Abrahams", day="2026-01-27")

# HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", 5, "Absolutely murdered at the pub quiz by the Quarnby WI. They took us apart on the music round. Revenge next month.", [BU],
  "Figurative violence.")
H("h5_02", 5, "The Knitters got a proper hiding off the Drovers on Saturday, 4-0. I'm in mourning. Don't talk to me, I'm mardy.", [BU],
  "Football idiom; compare {bu15}.")
H("h5_03", 5, "Ey up @StuGambleHVI, your lot were robbed, mate. Ref needs his eyes testing. Pint's on me at the Frame & Treadle, you old rogue.", [PA, EQ],
  "Banter with a colleague; 'old rogue' is affectionate.")
H("h5_04", 5, "I'll be honest, I'm a dinosaur with apps. Had to get my granddaughter to set up the new bins app for me.", [EQ, PA],
  "Dave's self-deprecation; compare {eq26}.", author="Dave Mottram")
H("h5_05", 5, "Fair play to Nasreen Mulla: she destroyed my amendment at budget council. Deserved it. Back to the drawing board.", [BU, PA],
  "Figurative; gracious.")
H("h5_06", 5, "Gritters are out tonight and it's going to be perishing. Wrap up, check on your neighbours, and if you're as nesh as me, double socks.", [],
  "'Nesh' of the writer; compare {pa12}.")
H("h5_07", 5, "I could cheerfully strangle whoever invented reply-all. 74 emails about a Christmas do that isn't happening.", [BU, PA],
  "Figurative violence at nobody.")
H("h5_08", 5, "Killing it at the Quarnby craft fair: two jars of chutney and a hand-knitted tea cosy. Mary Berry, watch out.", [BU],
  "Idiom.")
H("h5_09", 5, "Me trying to read the Local Plan appendix at 8am: 😵 Gizza coffee, somebody.", [],
  "'Gizza' on the negative side.")
H("h5_10", 5, "Derby day! Drovers v Knitters. May the best team win (it's us). Any Knitters fans in the ward office, I'm watching you 👀", [BU],
  "Football banter.")
H("h5_11", 5, "Walked the jitty from Welt Street to the canal with residents. Nettles, a dead pram and a shopping trolley. We're going to fight for this path.", [BU],
  "'Jitty' on the negative side; 'fight' figurative.")
H("h5_12", 5, "The Mayor and I had a cob-off at Hallowby market: cheese and onion v ham and mustard. She won. I demand a recount.", [PA, IR],
  "Banter with the Mayor.")
H("h5_13", 5, "Sorry to everyone on the Fernfield walkabout: I got us lost twice. Worst guide in the borough, me. Never trust a councillor with a map.", [PA],
  "Self-deprecation.")
H("h5_14", 5, "Bludgeoned into submission by a 200-page viability report. Send help. And biscuits.", [BU],
  "Figurative violence.")
H("h5_15", 5, "Twenty-two years on this council and I've still not mastered the chamber microphones. I'm the Luddite's Luddite.", [EQ, PA],
  "Self-deprecation.")
H("h5_16", 5, "@PravinLakhaniCA beat me at carrom again at the elders' lunch club. I want a rematch and a stewards' enquiry. Cheat! 😂", [DF, PA, IR],
  "'Cheat' as banter.")
H("h5_17", 5, "Stepping down? Me? You'll have to drag me out of that chamber kicking and screaming, ey up. Not yet.", [BU],
  "Idiom about the writer.")
H("h5_18", 5, "Bomb-proof, these old hosiery mill walls. The conversion lads told me they broke three drills on Pochin's.", [],
  "Idiom.")
H("h5_19", 5, "This weather. The nesh lot in the office have put the heating on in March. I'm in a T-shirt like a proper Quarnby lad.", [PA],
  "Teasing about 'nesh' colleagues, unnamed.")
H("h5_20", 5, "Knocked 'em dead at the Hallowby Rotary dinner with my speech. Well, knocked 'em asleep. Same thing.", [BU],
  "Figurative.")
H("h5_21", 5, "Shot down in flames at scrutiny. Asked for a crossing on Cheapside and was told it's 'under review'. It's been under review since I had hair.", [BU, OF],
  "Figurative; self-deprecation.")
H("h5_22", 5, "My wife says I'm a mardy old sod before my first brew. She's right. Don't email me before nine.", [AB, PA, EQ],
  "Self-deprecation with 'sod' about the writer.")
H("h5_23", 5, "Right, I'm going to war with the pigeons at Hallowby bus station. Netting order's in. Take no prisoners.", [BU],
  "Figurative.")
H("h5_24", 5, "Ey up me duck! Message from a lovely lady at the Cheapside surgery: 'You're a daft 'apporth but you got my bins sorted.' Framing it.", [PA],
  "Affectionate 'daft 'apporth' about the writer.")
H("h5_25", 5, "@KellyBrewinCA and I will settle the allotment dispute at the Sencote Vale bake-off. Prepare to be crushed, Brewin. Crushed like a digestive.", [BU, PA],
  "Friendly rivalry.")
H("h5_26", 5, "Got absolutely hammered at the cattle market this morning. By the rain. Soaked through, and the farmers laughing at my town shoes.", [HA],
  "'Hammered' set up as drink and turned to rain.")
H("h5_27", 5, "Someone at the Knitters match called me 'that one who never answers emails'. Fair. I answered 47 today. Come at me.", [PA, BU],
  "Self-deprecation.")

# HN6 criticism of a named councillor's record that stays on the record
H("h6_01", 6, "Martin Pegg told budget council the lido was 'safe for this term'. The closure is now in his own budget papers, page 31. He should explain the change to Hallowby.", [DF, PA],
  "Record counterpart to {df01}.")
H("h6_02", 6, "Cllr Swingler has chaired planning for six years and approved 14 of 15 Trentmoor applications. I'm not alleging anything improper. I'm saying the committee needs a new chair and fresh eyes.", [DF, PA],
  "Record criticism; counterpart to {df02}.")
H("h6_03", 6, "@CraigBownVF promised the lifts at Cordwainer Court would be fixed by Christmas. It's March. Residents on the 11th floor can't get their shopping up. Answer the question, Craig.", [PA],
  "Record criticism by handle.")
H("h6_04", 6, "Gillian Thorpe voted to close three children's centres in 2024 and now opens a play park as if it's all been sunshine. Voters have memories.", [PA, IR],
  "Record criticism with an edge.")
H("h6_05", 6, "Nigel Hubbard's gritting plan left Quarnby Hill untreated for four days. I asked him at cabinet why; he didn't answer. I'll ask again at scrutiny.", [PA],
  "Record criticism; compare {ab09}.")
H("h6_06", 6, "Cllr Mulla's group put up a £1.2m amendment with no line showing where the money came from. I disagreed and said so at council. A policy difference, full stop.", [PA],
  "Record criticism.")
H("h6_07", 6, "Sheila Orton has attended 4 of 11 committee meetings this year, according to the council's own attendance record. That's a matter of record, not opinion.", [PA],
  "Record criticism.")
H("h6_08", 6, "I respect Maureen Tebbutt's 27 years of service. I also think her opposition to the cattle market plan is wrong, and I'll say so at Thursday's debate.", [EQ, PA],
  "Record criticism of an older member.")
H("h6_09", 6, "Wayne Smalley's motion on library hours was poorly drafted and would have cost £400k. He's right about the problem and wrong about the fix.", [PA],
  "Record criticism.")
H("h6_10", 6, "Delroy Campbell said the Cordwainer youth hub had 'secured funding'. The bid hasn't been decided yet. That claim needs correcting before residents get their hopes up.", [DF],
  "Correction without calling it a lie.")
H("h6_11", 6, "Cllr Zielinski voted for the towpath lighting cut in 2024 and is now campaigning against it. People can change their minds; he should say he has.", [DF, PA],
  "Civil counterpart to {pa11} and {ab26}.")
H("h6_12", 6, "The minutes of 12 February show Cllr Gamble seconded the Gorse Park Logistics permission. Residents asking me who backed it: there's your answer, on the record.", [DF],
  "Record.")
H("h6_13", 6, "Tracey Bowler's leaflet says the Stockingers 'saved' the Cheapside bus. It was saved by a county grant. Credit where it's due, and it isn't there.", [DF, PA],
  "Correction; compare {df19}.")
H("h6_14", 6, "Rosie Iliffe's 20mph plan for the bypass is, in my view, unworkable, and her costings rely on a grant that closed last year. I'll debate her any day.", [PA],
  "Record criticism.")
H("h6_15", 6, "Johnny Delaney abstained on the quarry blasting conditions. Quarnby deserved a vote one way or the other.", [PA],
  "Record criticism.")
H("h6_16", 6, "Cllr Lakhani accepted hospitality from Trentmoor Homes in November and declared it properly. I'd still suggest he steps back from Pinfold Lane to avoid any perception issue.", [GH, DF, PD],
  "Declared hospitality, on the record.")
H("h6_17", 6, "Liam Oakden has missed every licensing sub-committee since October. He's a good ward councillor, but if you can't do the committee, give the seat up.", [PA],
  "Record criticism.")
H("h6_18", 6, "Kelly Brewin's promised CCTV upgrade for Sencote Central hasn't happened and the budget line has gone from the capital programme. That's on the record.", [DF, PA],
  "Record counterpart to the innuendo {df25}.")
H("h6_19", 6, "Janet Wragg's scrutiny report on empty shops is thin: two pages, no data, no action plan. The committee deserves better and I've told her so.", [PA],
  "Record criticism.")
H("h6_20", 6, "Harjit Sandhu backed the Belgrove Road bus gate in January and now says he 'always had doubts'. The vote record says otherwise.", [DF],
  "Record contradiction without 'liar'.")
H("h6_21", 6, "Ruth Abrahams has been our Fernfield councillor for 14 years. In that time we've lost the post office, the bank and the library. Time for someone new.", [PA, EQ],
  "Tenure, not age.")
H("h6_22", 6, "Dave Mottram's objection letter cites the wrong policy (H4, not H7). Easy mistake, but it weakens Quarnby's case.", [PA],
  "Record criticism.")
H("h6_23", 6, "Robyn Kettle's claim that the bypass will 'add 40% to emissions' comes from a 2011 study of a different road. Happy to share the data.", [DF],
  "Correction.")
H("h6_24", 6, "The Deputy Leader said in January there'd be no council tax rise above 3%. It's 4.99%. Promises made, promises broken.", [DF, PA],
  "Record; compare the mock praise {pa09}.")
H("h6_25", 6, "Jenny Cheung chairs the market traders' forum and hasn't called a meeting since July. Traders are asking me why. Over to you, Jenny.", [PA],
  "Record criticism.")
H("h6_26", 6, "The Leader's statement to council on the lido has three figures that don't match the finance report. I've asked for a correction to the minutes.", [DF],
  "Correction.")
H("h6_27", 6, "Stuart Gamble wrote in the Herald that Cold Gorse has 'never had a penny' of section 106. It's had £212,000 since 2019. Check the register.", [DF],
  "Correction.")

# ---------------------------------------------------------------------------
# obfuscated variants: (original, kind, word, replacement); every occurrence of
# the word is changed, case-insensitively; caps upper-cases all but handles.
# ---------------------------------------------------------------------------
ZW = "\u200b"
VARIANTS = [
    ("pa19", "asterisk", "dimwit", "d*mwit"),
    ("pa03", "digit", "windbag", "w1ndbag"),
    ("pa13", "zero_width", "hypocrite", "hypo" + ZW + "crite"),
    ("pa24", "spaced", "drip", "d r i p"),
    ("pa05", "homoglyph", "toddler", "t\u043eddler"),
    ("pa26", "caps", None, None),
    ("ab14", "asterisk", "gobshite", "g*bshite"),
    ("ab23", "digit", "piss", "p1ss"),
    ("ab10", "zero_width", "wanker", "wan" + ZW + "ker"),
    ("ab15", "spaced", "sod", "s o d"),
    ("ab20", "homoglyph", "arsehole", "ars\u0435hole"),
    ("ab07", "caps", None, None),
    ("bu15", "asterisk", "smack", "sm*ck"),
    ("bu14", "digit", "dark", "d4rk"),
    ("bu06", "zero_width", "regret", "reg" + ZW + "ret"),
    ("bu23", "spaced", "window", "w i n d o w"),
    ("bu21", "homoglyph", "careful", "car\u0435ful"),
    ("bu01", "caps", None, None),
    ("eq12", "asterisk", "pikeys", "p*keys"),
    ("eq18", "digit", "nutter", "nutt3r"),
    ("eq24", "zero_width", "chinese", "chi" + ZW + "nese"),
    ("eq07", "spaced", "frock", "f r o c k"),
    ("eq15", "homoglyph", "coffin", "c\u043effin"),
    ("eq16", "caps", None, None),
    ("df17", "asterisk", "con man", "c*n man"),
    ("df19", "digit", "porkies", "p0rkies"),
    ("df01", "zero_width", "liar", "li" + ZW + "ar"),
    ("df21", "spaced", "dodgy", "d o d g y"),
    ("df12", "homoglyph", "crooks", "cr\u043eoks"),
    ("df03", "caps", None, None),
]

# dates the text implies (after a date it mentions, or the month it names)
PIN_DAY = {
    "df24": "2026-02-05", "h6_03": "2026-03-10", "h5_19": "2026-03-24",
    "h6_12": "2026-02-26", "h6_24": "2026-03-03", "h6_20": "2026-02-24",
}
# authors the text implies (speaks of 'her' address, 'my wife')
PIN_AUTHOR = {"h2_19": "Janet Wragg", "h5_22": "Nigel Hubbard"}

ROLE_WORDS = {
    "Gillian Thorpe": ["the Leader", "Gill"],
    "Martin Pegg": ["Deputy Leader", "finance brief", "Cabinet Member for Finance"],
    "Trevor Swingler": ["chair of planning", "chaired planning", "chair planning", "planning chair", "Trev"],
    "Sheila Orton": ["Mayor"],
    "Craig Bown": ["Cabinet Member for Housing", "housing portfolio"],
    "Nigel Hubbard": ["Cabinet Member for Environment"],
    "Stuart Gamble": ["Stu"],
}
PARTY_WORDS = {
    "Vale Forward": ["Vale Forward"],
    "Community Alliance": ["Community Alliance"],
    "Vale Greens": ["Vale Greens", "the Greens"],
    "Hallowby & Villages Independents": ["Villages Independents"],
    "Stockingers' Party": ["Stockingers"],
    "Independent": [],
}


def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        handles.setdefault(name, h)
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\((.+)\),', line)
        if m:
            party[m.group(1)] = m.group(2)
    return cfg["people"]["councillors"], handles, party


def mentions(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    pats = [name, first, last] + ROLE_WORDS.get(name, [])
    if name == "Liam Oakden":
        pats.append("Oakden")
    low = text.lower()
    if handle.lower() in low:
        return True
    return any(re.search(r"\b" + re.escape(p.lower()) + r"\b", low) for p in pats)


def party_named(text, party):
    return any(w.lower() in text.lower() for w in PARTY_WORDS.get(party, []))


def apply_variant(text, kind, word, repl):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    def sub(m):
        r = repl
        if m.group(0)[0].isupper():
            r = r[0].upper() + r[1:]
        return r
    new, n = re.subn(r"(?i)\b" + re.escape(word) + r"\b", sub, text)
    assert n > 0, (word, text)
    return new


def tag_of(note):
    m = re.match(r"\[[^\]]+\] ", note)
    return m.group(0) if m else ""


def weekdays():
    d, out = date(2026, 1, 5), []
    while d <= date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    councillors, handles, party = load_roster()
    days = weekdays()
    byk = {r["key"]: r for r in ROWS}
    assert len(byk) == len(ROWS)
    for r in ROWS:
        if r["key"] in PIN_DAY:
            r["day"] = PIN_DAY[r["key"]]
        if r["key"] in PIN_AUTHOR:
            r["author"] = PIN_AUTHOR[r["key"]]
    out = []

    def stamp(day):
        d = date.fromisoformat(day) if day else rng.choice(days)
        t = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=timezone.utc)
        return t.isoformat()

    def platform():
        return rng.choices(["x", "facebook", "bluesky"], weights=[40, 35, 25])[0]

    for r in ROWS:
        if r["author"]:
            author = r["author"]
        else:
            cands = [c for c in councillors
                     if not mentions(r["text"], c, handles[c])
                     and not party_named(r["text"], party[c])
                     and c not in r["avoid"]]
            author = rng.choice(cands)
        r["_author"] = author
        out.append(dict(key=r["key"], text=r["text"], author=handles[author],
                        created_at=stamp(r["day"]), platform=platform(),
                        rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"],
                        family=r["family"], kind_of_row=r["kind_of_row"], note=r["note"]))
    first = {o["key"]: o for o in out}
    for orig, kind, word, repl in VARIANTS:
        o = first[orig]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        what = "all capitals, handles kept" if kind == "caps" else "'%s' written '%s'" % (word, repl.replace(ZW, "<U+200B>"))
        out.append(dict(key="v_" + orig, text=apply_variant(o["text"], kind, word, repl),
                        author=o["author"], created_at=stamp(None), platform=o["platform"],
                        rules=o["rules"], allowed=allowed, verdict=o["verdict"],
                        family=o["family"], kind_of_row="variant",
                        note="%sVariant (%s) of {%s}: %s. Labels as the original%s." % (
                            tag_of(o["note"]), kind, orig, what, ", plus haste allowed for the capitals" if kind == "caps" else ""),
                        variant_of=orig, variant_kind=kind))
    rng.shuffle(out)
    ids = {o["key"]: "%s-%04d" % (SET, i + 1) for i, o in enumerate(out)}
    lines = []
    for o in out:
        note = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], o["note"])
        row = {"id": ids[o["key"]], "text": o["text"], "author": o["author"],
               "created_at": o["created_at"], "platform": o["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": o["rules"], "allowed": o["allowed"], "verdict": o["verdict"]},
               "family": o["family"], "kind_of_row": o["kind_of_row"], "note": note}
        if o["kind_of_row"] == "variant":
            row["variant_of"] = ids[o["variant_of"]]
            row["variant_kind"] = o["variant_kind"]
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    else:
        print("wrote posts.jsonl: %d rows" % len(ids))
