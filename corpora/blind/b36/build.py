#!/usr/bin/env python3
"""Blind set b36 (Cradlow MBC, bullying.intimidation-centred). Hand-written rows plus a
deterministic builder (seed 3636): shuffles rows, assigns ids, authors, platforms, timestamps
and makes the obfuscated variants. Running it again writes the same posts.jsonl."""
import json, random, datetime, os

SEED = 3636
HERE = os.path.dirname(os.path.abspath(__file__))

BI = "bullying.intimidation"; PA = "respect.personal-attack"; AL = "respect.abusive-language"
EQ = "equality.discrimination"; DF = "defamation.allegation"; OI = "officers.impartiality"
DP = "data-protection.personal-data"; IR = "tone.irony-risk"; SC = "security.credentials"
HA = "haste.pause-before-posting"

# handle -> words in a text that mean the post is about that person (never the author then)
HANDLES = {
    "@MarjPountneyLab": ["Marjorie", "Pountney", "Marj ", "the Leader"],
    "@DesHickin": ["Desmond", "Hickin", "Des "],
    "@SukhBainsLab": ["Sukhdeep", "Bains", "Sukh"],
    "@GailTromans": ["Gail", "Tromans", "Chair of Planning"],
    "@MayorDennisH": ["Dennis", "Hollies", "Mayor"],
    "@NasreenAkhtarNC": ["Nasreen", "Akhtar"],
    "@JasSandhuLyemoor": ["Jaswinder", "Sandhu", "Jas "],
    "@PreciousMhlangaLab": ["Precious", "Mhlanga"],
    "@KevBagleyCon": ["Kevin", "Bagley", "Kev "],
    "@TraceyWillettsBH": ["Tracey", "Willetts"],
    "@RoyDunnings": ["Roy ", "Roy,", "Dunnings"],
    "@CliveAttwoodCon": ["Clive", "Attwood"],
    "@BarryCNReform": ["Barry", "Cartwright-Nock", "Reform"],
    "@LeanneFellowsRUK": ["Leanne", "Fellows", "Reform"],
    "@OwenParkesLD": ["Owen", "Parkes"],
    "@HannahOstrowskiGreen": ["Hannah", "Ostrowski"],
    "@WesMottramInd": ["Wesley", "Mottram", "Wes "],
}
PERSONAL = {"@gailgrowsveg": "@GailTromans", "@wes_on_the_cut": "@WesMottramInd"}

ROWS = []

def I(sub, text, note, rules=(), allowed=(), key=None):
    """bullying.intimidation positive; sub is explicit / veiled / pressure."""
    al = [PA] + [a for a in allowed if a != PA]
    al = [a for a in al if a not in rules]
    ROWS.append(dict(text=text, rules=[BI] + list(rules), allowed=al, verdict="block",
                     family=BI, kind_of_row="positive", note=f"[{sub}] {note}", key=key))

def P(family, text, rules, verdict, note, allowed=()):
    ROWS.append(dict(text=text, rules=list(rules), allowed=list(allowed), verdict=verdict,
                     family=family, kind_of_row="positive", note=note))

def H(text, note, allowed=(), author=None):
    ROWS.append(dict(text=text, rules=[], allowed=list(allowed), verdict="ok",
                     family="hard_negative", kind_of_row="hard_negative", note=note, author=author))

def F(text, note, author=None, days=None):
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok",
                     family="hard_negative", kind_of_row="filler", note=note, author=author, days=days))

# ---------------------------------------------------------------- intimidation: explicit / incited
I("explicit", "If @KevBagleyCon turns up at the Anvil Green hustings again I'll knock him spark out in front of the whole room. That's a promise, not a figure of speech.",
  "direct threat of assault on a named councillor; 'not a figure of speech' removes any doubt")
I("explicit", "Someone needs to give Wesley Mottram a proper hiding. Any volunteers? 🙋‍♂️🙋‍♀️",
  "incitement: asks others to beat a named councillor", key="hiding")
I("explicit", "The fella from Kettleby End who keeps heckling me at surgeries, I'd happily put him through the chippy window. Next time, pal. Next time.",
  "threat of violence against a resident who attends surgeries")
I("explicit", "Ar, I'll lamp 'er if 'er says that to me face again. Cllr Fellows thinks 'er can talk to folk any road 'er likes. Not to me 'er cor.",
  "Black Country dialect threat to hit a named councillor", key="lamp")
I("explicit", "Anyone fancy helping me drag Owen Parkes out of his Saturday surgery and giving him a few digs? Asking for most of the estate tbh",
  "incited assault on a named councillor at his surgery")
I("explicit", "That reporter from the Chronicle wants a slap. Keep writing lies about my family, Jenna, and you'll get one, I don't care who's watching.",
  "threat to hit a named journalist")
I("explicit", "Stuart Penn approves one more HMO on our street and somebody's going to batter him in the civic centre car park. Not me obviously 😉",
  "threat of assault on a named officer dressed with a wink; officer named", rules=[OI], allowed=[IR], key="batter")
I("explicit", "Genuinely think the people behind the Brierhurst Road bus gate should be strung up from the railway bridge. Every last one of them.",
  "incitement to lynch the identifiable people behind a scheme")
I("explicit", "Roy, say that about my mother again on Thursday and I will put you in hospital. I'm not joking this time and you know I'm not.",
  "direct threat of serious assault on a named councillor", key="hospital")
I("explicit", "Ow bist, Barry? Keep slaggin off me mom's care home and I'll kick yer yed in. Simple as that, bab.",
  "Black Country dialect threat to kick a named councillor's head in")
I("explicit", "Ah'll gie yon Cllr Attwood a right doing if he sets foot in oor scheme again. He's been telt.",
  "Scots-inflected threat of a beating ('a doing') on a named councillor")
I("explicit", "Whoever ripped down our leaflets on Foundry Lane: I'll break every finger you've got when I find you. And I will find you.",
  "threat of violence against an unknown but identifiable person")
I("explicit", "Someone should torch Dunnings' office with him sat in it. There, I've said what half of Hallbrook is thinking.",
  "incitement to arson with a named councillor inside", key="torch")
I("explicit", "I'd run Hannah Ostrowski over with her own cargo bike if I thought I'd get away with it lol",
  "wish to run over a named councillor, dressed as a joke", allowed=[IR])
I("explicit", "Mark Yardley wants a bat across the kneecaps for what he did to the Foundry Arms. Licensing manager my backside.",
  "incited violence against the named licensing manager", rules=[OI], key="kneecaps")
I("explicit", "Tracey Willetts should be taken out and shot for that budget. Treason against Brierhurst, nothing less.",
  "call for a named councillor to be shot", key="shot")
I("explicit", "Wes Mottram, I will bury you. And I don't mean at the ballot box.",
  "threat whose second sentence rules out the political reading", key="bury")
I("explicit", "Somebody deck Des Hickin for me at the budget meeting, I'll get the pints in after 🍻",
  "incitement with a reward to punch a named councillor", key="deck")
I("explicit", "Sukh Bains wants sorting out. Bring the lads down Netherwood Cross on Saturday and we'll give him a kicking he won't forget.",
  "incited group assault on a named councillor", key="kicking")
I("explicit", "If anyone wants to put the windows through at the Reform office on Kettleby Parade I won't be stopping them. Bricks are cheap round here.",
  "incitement to criminal damage against a party office")
I("explicit", "@NasreenAkhtarNC carry on like this and you'll be picking your teeth up off the Council House floor.",
  "threat of assault on a named councillor")
I("explicit", "I'm telling you now Owen, one more lie on that Focus leaflet and I'll wring your scrawny neck.",
  "threat to strangle a named councillor; 'scrawny' insult", allowed=[PA])
I("explicit", "If Gail Tromans votes that waste tip through I'll be waiting outside the chamber with a baseball bat. Let's see her vote then.",
  "threat of armed assault tied to a planning vote")
I("explicit", "A good kicking is what Bagley's lot need. Not another debate. A kicking. Who's coming?",
  "incitement to beat a group of named councillors")
I("explicit", "Aa'll hoy Cllr Parkes in the cut mesel if he gets that lock on the Blackthorn arm closed. Watch us.",
  "Geordie-inflected threat to throw a named councillor into the canal")
I("explicit", "Tariq from enforcement put a ticket on my van AGAIN. Next time I'll put him on the bonnet and take him round the block.",
  "threat against a named enforcement officer", rules=[OI], allowed=[HA])
I("explicit", "Honestly there's a few on the Labour benches who need their heads caving in, starting with Hickin. I'd do it for free.",
  "explicit wish to cave in heads of named councillors")

# ---------------------------------------------------------------- intimidation: veiled
I("veiled", "Lovely drive past Cllr Willetts' house this morning. Nice blue front door. Be a shame if anything happened to it. See you at full council, Tracey 👋",
  "veiled threat to a named councillor's home with a friendly sign-off", allowed=[DP, IR])
I("veiled", "Gail, your little girl looks so grown up in her St Bartholomew's jumper. We all see her at the gate every morning. Think on before Thursday's vote.",
  "menace through a councillor's child and school, tied to a vote", allowed=[DP])
I("veiled", "Funny how accidents happen on the towpath after dark. Just saying, @OwenParkesLD, you walk it every night don't you?",
  "'accidents' plus knowledge of a named councillor's route", key="accidents")
I("veiled", "Roy Dunnings leaves his silver Audi on Mill Lane every Tuesday night. Just so everyone knows. Do with that what you will.",
  "points supporters at a named councillor's car and routine", allowed=[DP])
I("veiled", "Reminder to Cllr Bains: my supporters know your routine better than you do. Gym at seven, big Tesco at six. Sleep well 😊",
  "routine surveillance claim with mock-friendly sign-off", allowed=[IR], key="routine")
I("veiled", "We all know what time the chief exec's car leaves the civic centre. Alison, mind how you go x",
  "veiled menace at the named Chief Executive through her car and routine", rules=[OI])
I("veiled", "Keep pushing this, Hannah, and you'll find Blackthorn Wharf gets a lot less friendly for you. Lot of people round here remember faces.",
  "veiled menace to a named councillor in her own ward")
I("veiled", "Plenty of my lads would love to pop round and 'discuss' the Lyemoor plans with Cllr Sandhu in person. At home. Unannounced. 😉",
  "supporters as the instrument, at the councillor's home", allowed=[IR])
I("veiled", "Dear Mr Yardley, the Foundry Arms regulars asked me to pass on that they know where you have your pint of a Friday. Cheers!",
  "veiled menace to the named licensing manager through his routine", rules=[OI], allowed=[IR])
I("veiled", "Shame about Cllr Akhtar's tyres last week. Wonder if she's got the message yet. Some people are slow learners.",
  "damage to a named councillor's car presented as a message")
I("veiled", "Tarra a bit, Wes. Mind them stairs at your flats, they'm awful steep in the dark. Wouldn't want yer to come a cropper.",
  "Black Country sign-off that hints at harm at the councillor's home", allowed=[IR])
I("veiled", "A friendly word for the chap who wrote to the Chronicle about me: Cradlow's a small town. Everybody knows where everybody lives. Have a lovely weekend!",
  "veiled menace to a resident critic, 'knows where everybody lives'")
I("veiled", "Nobody's saying anything will happen to Cllr Fellows. I'm only saying I wouldn't want to be her if that vote goes the wrong way.",
  "denial-framed menace to a named councillor")
I("veiled", "I've shared Cllr Mottram's surgery times with the Kettleby End lads' group. They've got questions for him. A LOT of questions. Hope there's a back door 😂",
  "supporters directed to a named councillor's surgery, joke framing", allowed=[IR])
I("veiled", "Your kids walk home past the rec on their own, don't they Kevin? Just something to mull over while you're writing that complaint about me.",
  "menace through children against a complainant councillor", allowed=[DP])
I("veiled", "@DesHickin enjoy the new motor mate. Would hate to see it end up in the cut. There's a lot of that about round Anvil Green.",
  "veiled menace to a named councillor's car")
I("veiled", "To whoever complained about my hedge to the council: I've got your name. I've got your road. Have a lovely day 🙂",
  "veiled menace to a complainant, naming that their address is known", allowed=[DP, IR])
I("veiled", "Wouldn't want anything to spoil the Mayor's charity gala, would we Dennis? These outdoor dos can go so wrong. Gazebos blow over. Things go missing.",
  "veiled menace to the Mayor's event")
I("veiled", "Somebody tell Stuart Penn his evening walks round Saltpit reservoir must be lovely this time of year. Quiet spot. Nobody about for miles.",
  "veiled menace to a named officer through his route", rules=[OI])
I("veiled", "Precious, I'd think very carefully about which way you go home after the Cinderhill meeting. Only looking out for you 🙏",
  "route menace with caring sign-off", allowed=[IR])
I("veiled", "Kevin Bagley: my mates drive cabs all over this borough. They see everything. Where you go, who you meet. Remember that.",
  "supporters as surveillance instrument against a named councillor")
I("veiled", "Saw the Ostrowski kids at the garden centre Sunday. Lovely little things. Be a pity if anything upset them, wouldn't it.",
  "menace through a councillor's children", allowed=[DP])
I("veiled", "I'd have a word with your husband about locking the garage, Cllr Willetts. There's a lot of very upset people about just now.",
  "menace to a named councillor's home via upset supporters", allowed=[DP])
I("veiled", "Aye, Clive. We ken fine whaur yer mither bides. Think on.",
  "Scots: 'we know where your mother lives', aimed at a named councillor", allowed=[DP])
I("veiled", "Chloe from planning: you'll be seeing a lot more of us. Outside the office, in the car park, wherever you go. Smile 📸",
  "following and photographing a named officer", rules=[OI])
I("veiled", "The Kettleby boys have been asking me for Barry's home address. I haven't given it out. Yet. 🤐",
  "'yet' makes the home address a lever against a named councillor", allowed=[DP], key="address")

# ---------------------------------------------------------------- intimidation: coercion and pressure
I("pressure", "To the resident who put in a code of conduct complaint against me: withdraw it by Friday or everyone on this page hears what you got up to at the Hallbrook social club last Christmas.",
  "complainant pressed to withdraw under threat of exposure", key="withdraw")
I("pressure", "Message for the Brierhurst allotment committee: your grant renewal is in June. Funny how support dries up when people complain about their councillor.",
  "grant used as a lever against complainants")
I("pressure", "I know who the whistleblower in housing is. If they don't come and see me to 'clarify' things by Monday, their name goes public. So does their sick record.",
  "whistle-blower threatened with exposure including health data", allowed=[DP, OI])
I("pressure", "@SukhBainsLab drop the standards referral against me or the group finds out about your little arrangement with that landlord. Your call.",
  "fellow councillor pressed to drop a referral under threat of exposure", allowed=[DF])
I("pressure", "Any officer who gives evidence to the investigation into me might want to remember who sits on the appointments panel. I have a very long memory.",
  "witnesses (officers) pressed through their jobs; code 8.3", allowed=[OI])
I("pressure", "Jenna at the Chronicle: run that story and your paper gets nothing from this council again, and I'll be ringing your editor about your job.",
  "journalist pressed through her job")
I("pressure", "Cllr Ostrowski, vote with us on the budget or you can forget your seat on Licensing. And your Blackthorn Wharf bid. Think very carefully.",
  "committee place and ward funding used as coercion")
I("pressure", "Some tenants on the Netherwood estate have been moaning about me to the papers. Worth remembering who sits on the panel for your tenancy reviews, isn't it.",
  "tenancies used as a lever against residents who spoke out")
I("pressure", "Raymond Oakes would be wise to drop the investigation. I've got plenty on him and I'm not shy about using it.",
  "named Monitoring Officer pressed to drop an investigation under threat of exposure", rules=[OI])
I("pressure", "The taxi drivers who signed that petition against me: your licences come up for renewal as well. Just saying.",
  "licences used as a lever against petitioners")
I("pressure", "Leanne, withdraw your witness statement or I'll share the screenshots from your group chat. Every single one.",
  "witness pressed to withdraw under threat of exposure")
I("pressure", "Dear Bev Sidaway, please rewrite the Cinderhill tower report before Thursday. I'd hate for your restructure interview to go badly.",
  "named officer pressed to change a report through her job", rules=[OI])
I("pressure", "To the café owner on Cradlow High Street who put that sign up about me in the window: enjoy your next hygiene inspection. I'll make sure it's thorough.",
  "resident threatened with council enforcement as punishment")
I("pressure", "If Cllr Parkes doesn't pull his question to full council, his wife's employer is going to hear some very interesting things about him.",
  "fellow councillor pressed through his spouse's employer")
I("pressure", "Whoever's been talking to the ombudsman about my casework: I'll find out, and when I do your housing application goes to the bottom of the pile.",
  "complainant to the ombudsman threatened through housing")
I("pressure", "Heard a couple of the scout parents put a complaint in. Shame, the scout hut lease was up for discussion. Might have to look at that again now.",
  "lease used to punish complainants")
I("pressure", "Owen, either you back off the scrutiny call-in or you'll be off every committee worth sitting on by May. Cross me and see what happens.",
  "committee places used to stop a lawful call-in")
I("pressure", "Journalists who keep asking about my expenses will find themselves off the press bench for good. And I know people at your owners.",
  "journalists pressed through access and their employer")
I("pressure", "The residents' association secretary has a choice: retract the letter or I go public with what I know about her son. Clock's ticking, Maureen.",
  "private resident pressed through her son", allowed=[DP])
I("pressure", "Dear witnesses in next month's standards hearing: I've got the list. Think very carefully about what you say on the 14th.",
  "witnesses in proceedings intimidated; code 8.3")
I("pressure", "Cllr Kaur Sandhu, sign the letter backing my motion, or your community centre's lease renewal might find itself at the back of the queue.",
  "fellow councillor coerced through a community lease")
I("pressure", "To the two officers in Regulatory Services who flagged my declaration: careers are long and Cradlow is small. I'd reconsider if I were you.",
  "officers pressed through their careers", allowed=[OI])
I("pressure", "That youth worker who's been posting about me: I've rung your manager once. Next time it's your funders. Delete it.",
  "resident pressed through employer and funding")
I("pressure", "Dear market traders who spoke to the Chronicle: pitch allocations are reviewed in April. Just something to bear in mind.",
  "pitches used as a lever against traders who spoke to the press")
I("pressure", "Clive, the standards complaint. Pull it. I've kept every WhatsApp you ever sent me and a few of them would finish you.",
  "complainant councillor pressed through exposure", key="finish")
I("pressure", "Any member of my group who signs Wesley's motion can kiss goodbye to reselection. I'll see to it personally. Consider yourselves warned.",
  "fellow councillors threatened personally over a vote; borderline with ordinary whipping, 'warned' and 'personally' tip it")

# ---------------------------------------------------------------- respect.personal-attack
P(PA, "Cllr Dunnings is the most useless, idle waste of space ever to sit in that chamber.", [PA], "review", "insult at a named councillor")
P(PA, "Leanne Fellows has the brains of a wet flannel. Embarrassing to watch.", [PA], "review", "insult at a named councillor's intelligence")
P(PA, "@OwenParkesLD you're a pathetic little man and everyone in Cinderhill knows it.", [PA], "review", "second person insult at a handle")
P(PA, "Kevin Bagley. Smug, spineless, gutless. Pick any one, they all fit.", [PA], "review", "string of insults at a named councillor")
P(PA, "Honestly Hannah Ostrowski is a clueless clown who shouldn't be trusted to run a bath.", [PA], "review", "insult at a named councillor")
P(PA, "Stuart Penn, our so-called Head of Planning, is a jumped-up pen pusher with no backbone.", [PA, OI], "review", "insult at a named officer")
P(PA, "Tracey, you are a nasty, vindictive piece of work and Brierhurst deserves better.", [PA], "review", "insult at a named councillor")
P(PA, "Barry Cartwright-Nock is vermin. Not a politician. Vermin.", [PA], "block", "dehumanising insult: severe, block")
P(PA, "Wes Mottram, saft as a brush and twice as thick. Bless him.", [PA], "review", "Black Country insult with mock kindness", allowed=[IR])
P(PA, "Cllr Attwood, you're a parasite feeding off this borough and everyone can see it.", [PA], "block", "dehumanising insult; severe")
P(PA, "Nasreen Akhtar couldn't organise a raffle in a tombola factory. Incompetent from top to bottom.", [PA], "review", "mocking insult at a named councillor")
P(PA, "Our Mayor is a preening peacock in a gold chain. Vain, empty and useless.", [PA], "review", "insult at the Mayor by role")
P(PA, "Sukh Bains is a coward. Hid behind officers all night rather than answer one straight question.", [PA], "review", "'coward' at a named councillor", allowed=[OI])
P(PA, "Gail Tromans is a nodding dog with the strings showing. Brainless.", [PA], "review", "insult at a named councillor")
P(PA, "Des Hickin should have been put out to grass years ago. Absolute buffoon of a man.", [PA], "review", "insult at a named councillor", allowed=[EQ])

# ---------------------------------------------------------------- respect.abusive-language
P(AL, "Fuck this council and its fucking parking charges. Absolute shitshow from start to finish.", [AL], "review", "obscenity aimed at the council and a policy only")
P(AL, "@KevBagleyCon you absolute bellend.", [AL, PA], "review", "obscene insult at a handle")
P(AL, "Roy Dunnings is a twat. There, I said it, sue me.", [AL, PA], "review", "obscene insult at a named councillor")
P(AL, "Bullshit from the first page to the last, this budget. Utter bollocks.", [AL], "review", "obscenity at a budget, no person")
P(AL, "Owen Parkes is a gobshite and a half.", [AL, PA], "review", "obscene insult at a named councillor")
P(AL, "Cllr Fellows, what a prick. Genuinely.", [AL, PA], "review", "obscene insult at a named councillor")
P(AL, "Piss off back to your leafy ward, Clive, you tosser.", [AL, PA], "review", "obscene insult at a named councillor")
P(AL, "Shit decision, shit process, shit cabinet.", [AL], "review", "obscenity at a decision and the cabinet as a body", allowed=[PA])
P(AL, "Des Hickin you utter cunt.", [AL, PA], "block", "the c-word at a named councillor: severe")
P(AL, "The Reform lot on this council are a bunch of fuckwits.", [AL, PA], "review", "obscene insult at a group of councillors")
P(AL, "Sukh, you're full of shit and you know it.", [AL, PA], "review", "obscene put-down at a named councillor")
P(AL, "Wankers, the lot of them on the planning committee.", [AL, PA], "review", "obscene insult at committee members", allowed=[])
P(AL, "Bloody hell, this fucking pothole on Chainmakers Row has just eaten my tyre. Sort it out.", [AL], "review", "obscenity at a pothole; no person")
P(AL, "Hannah Ostrowski is a sanctimonious dickhead.", [AL, PA], "review", "obscene insult at a named councillor")
P(AL, "Shove your consultation up your arse, Cradlow.", [AL], "review", "obscenity aimed at the council")

# ---------------------------------------------------------------- equality.discrimination
P(EQ, "No surprise Cllr Akhtar backs the mosque extension. They always look after their own.", [EQ, PA], "block", "religion: coded stereotype aimed at a named councillor")
P(EQ, "Precious Mhlanga should go back where she came from if she doesn't like how we do things in Cradlow.", [EQ, PA], "block", "race/national origin: 'go back' at a named councillor")
P(EQ, "Women like Gail Tromans shouldn't chair planning. Too emotional, too hormonal for hard decisions.", [EQ, PA], "block", "sex stereotype at a named councillor")
P(EQ, "Another Polish shop on the high street. They're taking over Hallbrook and nobody's allowed to say it.", [EQ], "block", "national origin: 'taking over'")
P(EQ, "Cllr Ostrowski only got selected because she ticks the lesbian box.", [EQ, PA], "block", "sexual orientation used to demean a named councillor")
P(EQ, "Des is 74. Anyone that age should be barred from standing. Dementia waiting to happen.", [EQ, PA], "block", "age (and disability slur) at a named councillor")
P(EQ, "The Travellers up by Kettleby End are thieving scum, every single one of them.", [EQ], "block", "Gypsy/Traveller ethnicity: group stereotype", allowed=[AL, PA, DF])
P(EQ, "Why does a wheelchair user think she can manage a cabinet brief? Be realistic, Jas.", [EQ, PA], "block", "disability at a named councillor")
P(EQ, "Trans 'women' using the Hallbrook leisure centre changing rooms are perverts, plain and simple.", [EQ], "block", "gender reassignment: group attack", allowed=[PA])
P(EQ, "Sandhu and Bains just take their orders from the gurdwara. Sikhs always vote as a bloc.", [EQ, PA], "block", "religion stereotype at named councillors")
P(EQ, "Leanne's pregnant again so that's her out of action for a year. Should've stood aside for someone who'll actually turn up.", [EQ, PA], "block", "pregnancy at a named councillor")
P(EQ, "Muslims don't integrate, look at Netherwood Cross. That's not racism, it's just facts.", [EQ], "block", "religion: group generalisation")
P(EQ, "Gay couples adopting through Cradlow children's services is abuse by another name.", [EQ], "block", "sexual orientation: group attack")
P(EQ, "Women councillors should stick to libraries and leave the finance portfolio to the men.", [EQ], "block", "sex: group stereotype")
P(EQ, "Typical of Cllr Mhlanga's lot. Black lads off the Cinderhill estate go straight into crime and she makes excuses for them.", [EQ, PA], "block", "race stereotype aimed at a group and a named councillor")

# ---------------------------------------------------------------- defamation.allegation
P(DF, "Cllr Bagley took a backhander from the developers at Brierhurst Quarry. Everyone knows it.", [DF], "block", "bribery stated as fact", allowed=[PA])
P(DF, "Roy Dunnings is fiddling his mileage claims again. Check the figures.", [DF], "review", "dishonesty allegation")
P(DF, "Stuart Penn is in the pocket of Lyemoor Homes. That's why their applications sail through.", [DF, OI], "review", "corruption insinuation about a named officer")
P(DF, "Tracey Willetts lied to full council about the care home closure and she knows it. A liar, plain and simple.", [DF, PA], "review", "'liar' at a named councillor")
P(DF, "Funny how Sukh Bains's brother-in-law keeps winning the housing repair contracts. Jobs for the boys, or straight corruption?", [DF], "review", "corruption insinuation", allowed=[PA])
P(DF, "Wes Mottram nicked money from the canal trust when he was treasurer. Ask anyone who was on the committee.", [DF], "block", "theft stated as fact", allowed=[PA])
P(DF, "Cradlow Clean Streets Ltd are crooks who bill the council for sweeps they never do.", [DF], "block", "fraud alleged against a company")
P(DF, "Cllr Attwood rigged the postal votes in Hallbrook. I'd bet my house on it.", [DF], "block", "electoral fraud stated as fact", allowed=[PA])
P(DF, "Owen Parkes is a fraud. Doesn't even live in the ward he claims to.", [DF, PA], "review", "'fraud' plus a factual residence claim")
P(DF, "The Mayor's gala money went straight into his own pocket. Where's the audit, Dennis?", [DF], "block", "theft/embezzlement stated as fact", allowed=[PA])
P(DF, "Leanne Fellows forged signatures on her nomination papers. It's an open secret in Kettleby End.", [DF], "block", "forgery stated as fact", allowed=[PA])
P(DF, "Hickin has been cooking the books on the leisure budget for years.", [DF], "review", "idiom for dishonesty")
P(DF, "Mark Yardley handed the Foundry Arms licence to his mate for a cash bung.", [DF, OI], "block", "bribery of a named officer stated as fact")
P(DF, "Hannah Ostrowski's 'community energy' scheme is a scam to line her own pockets.", [DF], "review", "dishonesty allegation", allowed=[PA])
P(DF, "Gail Tromans tipped off her husband before the Lyemoor land was rezoned. That's insider dealing, full stop.", [DF], "block", "crime stated as fact", allowed=[PA])

# ---------------------------------------------------------------- hard negatives: lawful and proper pressure
H("I have today referred Cllr Dunnings to the Monitoring Officer over his comments at Thursday's meeting. The standards process exists for a reason and I'll respect its outcome.", "lawful standards referral")
H("Five of us have called in the cabinet decision on the Brierhurst Road bus gate. Scrutiny meets on the 12th. Come and watch, it's a public meeting.", "scrutiny call-in")
H("My question to full council for Cllr Hickin: how much has the leisure centre overspent, and when did cabinet first know? I expect a straight answer.", "council question; firm")
H("Landlords of the Kettleby Parade flats have until 31 March to fix the fire doors. After that the council will serve an improvement notice. No more warnings.", "enforcement notice; 'no more warnings' is lawful")
H("If you've been let down by the council's handling of your repair, you can take it to the Housing Ombudsman. Here's how: link in bio.", "pointing residents to the ombudsman")
H("Kevin, you've had four years. See you at the ballot box in May 👋", "ballot-box challenge, lawful", allowed=[IR])
H("We are coming for Brierhurst. Every door, every street. The Tories have had this ward for too long and we intend to take it off them.", "campaigning to unseat; 'coming for' is electoral", author="@NasreenAkhtarNC")
H("We served a legal notice on the owner of the old foundry site this morning. Clear the fly-tipping in 28 days or we prosecute. Simple.", "legal notice to a landowner")
H("Cllr Fellows, I'll be asking you at full council why you missed six of the last eight meetings. Residents deserve an answer.", "firm public question to a councillor")
H("I've written to Cllr Bains asking him to withdraw his remarks about Kettleby residents and apologise. If he won't, I'll raise it with the group leaders.", "proper escalation, no threat")
H("Target seat alert: Hallbrook. Roy Dunnings' majority is 212. That's two streets. Get your walking boots on, team.", "campaigning against a named councillor", author="@PreciousMhlangaLab")
H("Reminder to all members: the standards committee hearing on the 14th is in public. Witnesses are protected and nobody should contact them about their evidence.", "defends witnesses; shares words with pressure positives")
H("The ombudsman found against us on three complaints this year. We should learn from them, not moan about the people who complained.", "accepting ombudsman findings")
H("I'll be moving a motion of no confidence in the cabinet member for housing at the next meeting. The repairs backlog is indefensible.", "no-confidence motion: lawful")
H("Licensed taxi drivers: renewal applications for 2026 open on 2 February. Please don't leave it late, the team gets swamped.", "licence renewal news")
H("The Foundry Arms licence review is on 3 March. Anyone can submit evidence. I'll be arguing for stricter conditions, not closure.", "licensing review; civil position", allowed=["predetermination.closed-mind"])
H("Grant recipients: the community chest renewal window opens in June. Complaints about councillors have nothing to do with it and never will.", "explicitly separates grants from complaints")
H("If I'm wrong about the bus gate, vote me out. That's how this works and I'm fine with it.", "electoral accountability")
H("Campaign launched today to unseat the Reform pair in Kettleby End. Volunteers welcome, leaflets in the back of my car.", "'volunteers' + campaigning; lawful", allowed=[], author="@OwenParkesLD")
H("We're reporting the breach of the tenancy agreement at the Cinderhill block to the housing team. They'll follow the proper process.", "proper process on tenancy")
H("The council will be taking enforcement action against the unlicensed HMO on Mill Lane. Tenants are not at fault and will be supported.", "enforcement with support")
H("Asked Stuart Penn's team for a written update on the HMO applications. Polite, thorough reply within the day. Thank you.", "officer thanked", allowed=[OI])
H("I've lodged a formal complaint with the Chronicle's editor about yesterday's story. It got the figures wrong and I've sent the correct ones.", "proper complaint to a newspaper")
H("My group will whip against the budget amendment. Anyone who votes differently will explain why at the group meeting, as our rules say.", "ordinary party whip, no menace")
H("Dear Raymond Oakes and the standards team: thank you for handling the complaint against me fairly. I accept the finding and I apologise.", "councillor accepts standards finding", allowed=[OI])

# ---------------------------------------------------------------- hard negatives: safety, scam and weather warnings
H("Scam warning: people are ringing Hallbrook pensioners pretending to be from the council and asking for bank details. We will NEVER ask for your PIN.", "scam warning", allowed=[SC])
H("Black ice on the Lyemoor bank this morning. Two cars in the ditch already. Please go slow, it's lethal out there.", "weather warning; 'lethal'")
H("Police warning about catalytic converter thefts on the Anvil Green estate. Park in well-lit spots and report anything odd on 101.", "crime-prevention warning about cars")
H("Amber warning for wind from 6pm. Secure your bins and trampolines or they'll end up in next door's garden.", "weather warning")
H("Please keep kids away from the canal by the Blackthorn locks. The towpath is flooded and the water is fast and deep.", "safety warning about a route and children")
H("If someone knocks at your door claiming to be from the gas board, ask for ID and ring the number on your bill. Don't let them in.", "doorstep scam warning; homes")
H("Fake parking fine texts are going round Cradlow. The council doesn't text fines. Don't click the link.", "scam text warning", allowed=[SC])
H("Carbon monoxide kills quietly. Free alarms from the fire service for over-65s in Cinderhill Heath, ring the number below.", "safety; 'kills'")
H("Gritting routes tonight: all A roads plus the school hills in Brierhurst and Kettleby End. Side streets won't be done, sorry.", "weather and routes")
H("Dog walkers, there's been reports of poisoned bait on the Saltpit reservoir path. Keep them on the lead and tell the police if you see anything.", "safety warning; 'poisoned'")
H("Lock your sheds. Three break-ins on Foundry Lane this week, mostly bikes and power tools.", "crime warning about homes")
H("Fireworks season: please think of the veterans and pets on the estate. Only use them on the nights allowed.", "safety and consideration")
H("Heads up to drivers: the Netherwood Cross roundabout closes overnight from Monday for resurfacing. Diversion via Chainmakers Row.", "route news")
H("Cold-calling roofers are targeting the older streets in Hallbrook. If they say your roof is dangerous, get a second opinion from a trader you trust.", "scam warning; homes")
H("Flood warning on the Lye Brook. If you live on the lower terraces, move your car to higher ground tonight.", "weather warning; cars and homes")

# ---------------------------------------------------------------- hard negatives: reporting or condemning a threat received
H("Someone put a note through my door last night saying 'we know where you live'. It's been passed to the police. I won't be stopped from doing my job.", "reports a threat received; quotes it", allowed=[BI])
H("To the man who told my ward surgery volunteer he'd 'sort her out': that's been reported. Threatening volunteers is never okay.", "condemns a threat to a volunteer", allowed=[BI])
H("Cllr Willetts has had her car vandalised outside her home. Whatever our differences, this is appalling and I stand with her.", "cross-party solidarity after an attack on a councillor's car")
H("I've had a lot of abuse since the bus gate vote, some of it threats. Screenshots have gone to Inspector Kenrick's team. Please be kind to each other.", "reports threats received")
H("Officers in our parking team are being shouted at and threatened daily. They're doing their jobs. Stop it.", "condemns threats to officers", allowed=[OI])
H("Threats against councillors' families are not 'just politics'. Whoever sent that message about Cllr Mhlanga's children should be ashamed.", "condemns a threat against a councillor's children")
H("A reporter from the Chronicle was followed to her car after the council meeting. Press freedom matters. I've spoken to the police.", "condemns intimidation of a journalist")
H("Got a DM this morning: 'accidents happen on that towpath'. Reported to the platform and the police. Not going to stop me walking it.", "reports a veiled threat received", allowed=[BI])
H("Whoever slashed the tyres on the Hallbrook community minibus: the police have the CCTV. This hurts the old folk who rely on it.", "condemns vandalism; cars")
H("Standing with Cllr Ostrowski today. Nobody should have people turn up at their house over a planning vote.", "solidarity after supporters went to a home")
H("I've reported a group chat where people were sharing a councillor's home address and suggesting a 'visit'. This has to stop, whoever it's aimed at.", "reports incitement", allowed=[BI])
H("Zero tolerance: any Labour member who threatens an opponent online will be suspended. We've done it before and we'll do it again.", "condemnation; party discipline", author="@MarjPountneyLab")
H("Our leader's statement on the threats received by Cllr Bagley is below. We disagree with him on almost everything, and we condemn this without reservation.", "condemns threats to an opponent", author="@DesHickin")
H("'Someone should give that councillor a hiding' is not banter. It's a crime. Please report posts like it, don't share them.", "quotes and condemns incitement", allowed=[BI])
H("My kids were approached at the school gate by a man asking which way their mum goes home. Police are aware. Please, whatever you think of me, leave them out of it.", "victim reports menace through children", allowed=[DP])

# ---------------------------------------------------------------- hard negatives: figurative violence
H("Cradlow Town absolutely battered Kettleby Rovers 5-0 on Saturday. Bostin' afternoon, the lads were unplayable.", "sport: 'battered'")
H("That mixed grill at the Anvil Tavern nearly killed me. Worth every penny.", "food: 'killed me'")
H("The Lyemoor brass band murdered the Floral Dance last night and I mean that as the highest compliment.", "music: 'murdered'")
H("Quiz night at the Foundry Arms: our team got absolutely slaughtered on the geography round. Rematch next month, you've been warned 😄", "quiz: 'slaughtered', 'warned'")
H("Grandkids destroyed me at Mario Kart again. I'll have my revenge at Easter.", "games: 'revenge'")
H("Knocked it out of the park with the Cinderhill youth club open day. Over 200 through the door!", "sport idiom")
H("Faggots and peas at the Chainmakers Institute tonight. Come hungry, leave in a wheelbarrow.", "Black Country dish (faggots) in a food context", allowed=[EQ])
H("We're going to smash our target for the foodbank appeal. Two days to go, let's kill it.", "charity: 'smash', 'kill'")
H("That new pork scratching from the Brierhurst butcher is a lethal weapon. My dentist sends his thanks.", "food: 'lethal weapon'")
H("Darts league final: I'll be taking no prisoners. Cllr Mottram, bring your A game 🎯", "darts banter with a named councillor", allowed=[])
H("The Cradlow Pirates panto had the kids screaming 'he's behind you!' and then they made the villain walk the plank. Loved it.", "panto violence")
H("Blackthorn Wharf rowing club got hammered by the wind at the regatta but came back swinging. Proud of them.", "sport: 'hammered', 'swinging'")
H("The cabinet's budget will be torn to shreds at scrutiny, and rightly so.", "figurative: 'torn to shreds' about a budget")
H("Our choir is going to absolutely slay the Christmas concert. You've been warned, Lyemoor.", "music: 'slay'")
H("Bloodbath at the Hallbrook bowls club annual tournament. Three ends down and the captain went white.", "sport: 'bloodbath'")

# ---------------------------------------------------------------- hard negatives: banter between friends
H("Des, if you bring those dreadful ginger biscuits to the group meeting again I'm throwing them in the cut 😂", "banter between colleagues")
H("@NasreenAkhtarNC I know where you live... because I've been to your house for tea every Sunday since 2009. Happy birthday, mate! 🎂", "friend banter that plays on a threat phrase", allowed=[IR, BI])
H("Owen's beaten me at the Cradlow parkrun two weeks running. I'm hunting him down on Saturday. Watch your back, Parkes 🏃", "running banter", allowed=[IR])
H("Right, whoever ate the last of the faggots at the ward party, I'm coming for you. No mercy. 😤", "food banter", allowed=[EQ])
H("Marj has threatened to confiscate my phone if I post one more photo of my allotment. Worth the risk 🥕", "banter; 'threatened' harmless")
H("If Hannah wins the cake competition again I'm demanding a recount. Suspicious levels of lemon drizzle.", "banter with a named councillor")
H("Me and Jas have a bet on the Villa–Wolves game. Loser does the other's leafleting. You're going down, Sandhu ⚽", "football banter")
H("Precious has promised to sort me out if I'm late to the litter pick again. I'll be there at 9 sharp, boss 🫡", "friendly 'sort me out'")
H("Happy retirement to our caretaker Kenny. You'll be missed, but not your whistling. Don't be a stranger, or we'll come and find you!", "warm farewell")
H("Gail's tomatoes are an insult to my tomatoes. This means war. See you at the Lyemoor show 🍅", "allotment rivalry")

# ---------------------------------------------------------------- hard negatives: firm but civil disagreement
H("I fundamentally disagree with Cllr Bagley on the bus gate. His figures are out of date and his alternative would cost twice as much.", "civil disagreement with a named councillor")
H("The housing repairs policy is failing Netherwood Cross. The cabinet member should come and see the damp for himself.", "criticises policy, invites the cabinet member")
H("Cllr Fellows is wrong about the Travellers' site, and I'll say so at full council. The evidence points the other way.", "civil 'wrong' at a named councillor")
H("This budget is a disgrace for Hallbrook. Three libraries gone and not a word of consultation. The cabinet should be ashamed.", "robust policy criticism")
H("I won't let this go. The Lyemoor tip decision was made behind closed doors and the public deserve to see the reasoning.", "persistent scrutiny, not a threat")
H("Roy and I have disagreed about the leisure centre for ten years. We'll disagree about it for ten more. He's still a decent bloke.", "civil disagreement")
H("I don't trust the figures in the planning officer's report on the quarry and I'll be asking for an independent review at committee.", "questions a report; officer by role", allowed=[OI])
H("Let me be blunt: the Reform motion on flags is a gimmick. It won't fix a single pothole.", "blunt criticism of a motion")
H("Cllr Bains promised new windows for Cinderhill by Christmas. It's March. Where are they?", "firm accountability question")
H("I'll keep raising the Kettleby End bus cuts until they're reversed. Every meeting. Every month. They're not getting away with it.", "'not getting away with it' about a policy")
H("Strongly disagree with my own group on this one. I'll be voting against the parking charges and I've told the leader why.", "disagreement inside a group")
H("The Chronicle's coverage of the bus gate was one-sided, in my view. I've offered them an interview to put the other side.", "civil criticism of a newspaper")

# ---------------------------------------------------------------- hard negatives: defending complainants' right to complain
H("Residents have every right to make a code of conduct complaint about any councillor, me included. Nobody should be pressured to withdraw one.", "defends complainants; shares 'withdraw'")
H("To the resident who complained about my casework: thank you. You were right, I was slow, and I've changed how I do it.", "thanks a complainant")
H("Whistleblowers in this council must be protected. If anyone has been told to 'drop it', contact the Monitoring Officer in confidence.", "defends whistle-blowers; quotes 'drop it'", allowed=[BI, "confidentiality.disclosure"])
H("Tenants who speak to the press about damp will not lose their homes for it. That's my promise as cabinet member and it's council policy.", "reassures tenants; shares tenancy setting", author="@SukhBainsLab")
H("Taxi drivers who signed the petition: your licences are decided on the law and nothing else. Petitions are a right.", "reassures petitioners; shares licence setting")
H("Journalists asking awkward questions about councillors' expenses are doing their job. Mine are on the website. Ask away.", "welcomes press scrutiny")
H("A complaint was made about me to the standards committee. I'll cooperate fully and I'd ask my supporters not to contact the complainant.", "tells supporters to leave a complainant alone")
H("Market traders, if you want to talk to the Chronicle about the pitch changes, do. Your pitch won't be affected. Ever.", "reassures traders")

# ---------------------------------------------------------------- hard negatives: ordinary ward news (cars, routes, schools, homes)
H("New 20mph zone outside St Bartholomew's school from Monday. Please slow down at drop-off and pick-up, the little ones are everywhere.", "school and cars")
H("The abandoned silver car on Mill Lane has finally been removed. Thanks to everyone who reported it.", "car news; 'Mill Lane', 'silver'")
H("Towpath lighting between Blackthorn locks and the Saltpit bridge goes in next month. Much safer for the walk home after dark.", "route and lighting; 'towpath', 'after dark'")
H("Knocked on 140 doors in Brierhurst tonight. Most common issue: cars parked on the pavement by the school.", "canvassing; homes and cars")
H("Surgery times for February: Saturday mornings at Netherwood library, 10 till 12. Come and see me, no appointment needed.", "surgery times; shares 'surgery times' with a positive")
H("Bin collections on the Kettleby End estate move to Tuesdays from March. Check the leaflet through your door.", "ward news; homes")
H("The walking bus from Cinderhill to Lyemoor primary needs two more volunteer parents. Any volunteers? DM me.", "'any volunteers' in a benign context")
H("Good news: the council house at 14 is finally being refurbished after two years empty. New family moving in by summer.", "homes news")
H("Residents on Foundry Lane asked me about the new parking permits. Details and how to apply below.", "parking permits")
H("Lollipop lady Sandra is retiring after 31 years outside Anvil Green infants. Generations of Cradlow kids crossed that road safely because of her.", "school crossing tribute")
H("The number 44 bus will now stop at the Hallbrook health centre. Took two years of asking but we got there.", "route news")
H("I'll be out with the speed watch volunteers on Lyemoor bank at 8am. Watch your speed, we'll be watching it too 😉", "speed watch; 'we'll be watching' benign", allowed=[IR])
H("Tree planting by the rec on Saturday. Bring the kids, bring a spade, we'll bring the trees and the tea.", "community event; 'rec', 'kids'")
H("Garages behind Chainmakers Row are being demolished for eight new council homes. Letters going to neighbours this week.", "homes and garages")
H("Keep an eye on older neighbours in the cold snap. Knock on the door, check they've got heating and food in.", "community care; homes")

# ---------------------------------------------------------------- fillers
F("Lovely turnout at the Cradlow Lunar New Year celebration in the market hall. Thank you to everyone who organised it.", "ordinary event", days=("2026-02-17", "2026-02-20"))
F("Full council is on Wednesday at 6pm. Agenda is online and the meeting is streamed.", "meeting notice")
F("Congratulations to Brierhurst Juniors on their under-11s cup win! ⚽🏆", "congratulations")
F("Our Netherwood Cross foodbank needs tinned fish, UHT milk and toiletries this week.", "appeal")
F("The Black Country Living Heritage trail leaflets are in every library now. Well worth a Sunday wander.", "heritage")
F("Spent the morning at Hallbrook care home playing dominoes. Lost every game. Lovely people.", "ward visit")
F("Budget consultation closes on Friday. Have your say, link below.", "consultation")
F("Thanks to the volunteers who cleared 40 bags of litter from the Lye Brook on Saturday.", "volunteers thanked")
F("A belated happy St David's Day to our Welsh neighbours in Cradlow! 🏴", "greeting", days=("2026-03-02", "2026-03-02"))
F("The Kettleby End community garden reopens in April. Seeds and tools provided.", "community news")
F("Pleased to present certificates at Cinderhill college's adult numeracy course. Never too late.", "education")
F("Road resurfacing on Anvil Street finished ahead of schedule. Thanks for your patience.", "roads")
F("Visited the new chainmaking exhibition at the museum. Proud of where we come from.", "heritage")
F("Library Saturday opening is back at Lyemoor from next week.", "library")
F("Blood donor session at Brierhurst methodist hall on Tuesday. Walk-ins welcome.", "health event")
F("Warm spaces list for February: six venues across the borough, all free, all welcoming.", "warm spaces")
F("Met with the Netherwood mosque's youth team about their litter pick. Great energy.", "community meeting")
F("Wonderful International Women's Day breakfast at the civic centre. Inspiring speakers.", "IWD event", days=("2026-03-09", "2026-03-10"))
F("Beautiful day for a walk along the canal.", "short filler", author="@wes_on_the_cut")
F("First broad beans of the year are in! 🌱", "personal allotment filler", author="@gailgrowsveg")

# ---------------------------------------------------------------- obfuscated variants: (key, kind, word)
VARIANTS = [
    ("hiding", "asterisk", "hiding"), ("hospital", "asterisk", "hospital"), ("accidents", "asterisk", "accidents"),
    ("batter", "digit", "batter"), ("torch", "digit", "torch"), ("withdraw", "digit", "withdraw"),
    ("lamp", "zero-width-space", "lamp"), ("deck", "zero-width-space", "deck"), ("address", "zero-width-space", "address"),
    ("bury", "spaced-letters", "bury"), ("kicking", "spaced-letters", "kicking"), ("finish", "spaced-letters", "finish"),
    ("shot", "cyrillic-homoglyph", "shot"), ("kneecaps", "cyrillic-homoglyph", "kneecaps"), ("routine", "cyrillic-homoglyph", "routine"),
]
DIGIT = {"a": "4", "o": "0", "i": "1", "e": "3"}
CYR = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "i": "\u0456"}

def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(k for k in range(1, len(word)) if word[k] in "aeiou"); return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(k for k in range(len(word)) if word[k] in DIGIT); return word[:i] + DIGIT[word[i]] + word[i + 1:]
    if kind == "zero-width-space":
        m = len(word) // 2; return word[:m] + "\u200b" + word[m:]
    if kind == "spaced-letters":
        return " ".join(word)
    if kind == "cyrillic-homoglyph":
        i = next(k for k in range(len(word)) if word[k] in CYR); return word[:i] + CYR[word[i]] + word[i + 1:]
    raise ValueError(kind)

def pick_time(rng, days=None):
    start, span = datetime.date(2026, 1, 5), 82
    if days:
        start = datetime.date.fromisoformat(days[0])
        span = (datetime.date.fromisoformat(days[1]) - start).days + 1
    while True:
        d = start + datetime.timedelta(days=rng.randrange(0, span))
        if d.weekday() < 5 and d <= datetime.date(2026, 3, 27):
            break
    t = datetime.datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60),
                          tzinfo=datetime.timezone.utc)
    return t.isoformat()

def pick_author(rng, text):
    pool = [h for h, words in HANDLES.items() if h not in text and not any(w in text for w in words)]
    return rng.choice(sorted(pool))

def main():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    out = []
    for r in rows:
        author = r.get("author") or pick_author(rng, r["text"])
        row = {"text": r["text"], "author": author, "created_at": pick_time(rng, r.get("days")),
               "platform": rng.choice(["x", "facebook", "bluesky"]),
               "account": "personal" if author in PERSONAL else "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"]}
        out.append((r.get("key"), row))
    for i, (_, row) in enumerate(out, 1):
        row["id"] = f"b36-{i:03d}"
    bykey = {k: row for k, row in out if k}
    n = len(out)
    for key, kind, word in VARIANTS:
        orig = bykey[key]
        assert word in orig["text"], (key, word)
        n += 1
        v = {"id": f"b36-{n:03d}", "text": orig["text"].replace(word, obfuscate(word, kind), 1),
             "author": orig["author"], "created_at": pick_time(rng), "platform": orig["platform"],
             "account": orig["account"], "kind": "post",
             "expect": json.loads(json.dumps(orig["expect"])), "family": orig["family"],
             "kind_of_row": "positive", "variant_of": orig["id"], "obfuscation": kind,
             "note": orig["note"] + f" (variant: '{word}' obfuscated by {kind})"}
        out.append((None, v))
    keys = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "variant_of", "obfuscation", "note"]
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for _, row in out:
            f.write(json.dumps({k: row[k] for k in keys if k in row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")

if __name__ == "__main__":
    main()
