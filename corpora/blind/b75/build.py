#!/usr/bin/env python3
"""Blind evaluation set b75 (abuse set): Hollinbrook Metropolitan Borough Council.

Every row below was written by hand for this set. The script shuffles the rows
with a fixed seed, gives ids, picks authors, platforms and timestamps, makes the
obfuscated variants and writes posts.jsonl next to this file. Running it again
writes the same file byte for byte.

    python build.py
"""
import datetime
import json
import random
import re
from pathlib import Path

SEED = 7575
PREFIX = "b75"
HERE = Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"
PI = "position.improper-advantage"
HA = "haste.pause-before-posting"
PD = "predetermination.closed-mind"

# ---------------------------------------------------------------- people
# handle, full name, aliases (first names, nicknames), role words
PEOPLE = [
    ("@BernieHulmeHT", "Bernadette Hulme", ["Bernie", "Bernadette", "Hulme"], ["Leader of the Council", "the Leader", "our Leader", "Leader's", "Leader said"]),
    ("@GedFaircloughHT", "Ged Fairclough", ["Ged", "Fairclough"], ["finance portfolio", "Cabinet Member for Finance"]),
    ("@ShaziaAkhtarWG", "Shazia Akhtar", ["Shazia", "Akhtar"], ["housing portfolio", "Cabinet Member for Housing"]),
    ("@FrankTattersall", "Frank Tattersall", ["Frank", "Tattersall"], ["Chair of Planning", "planning chair"]),
    ("@MayorCarolE", "Carol Entwistle", ["Carol", "Entwistle"], ["Mayor"]),
    ("@TomNowakBH", "Tomasz Nowak", ["Tomasz", "Nowak", "Tom"], []),
    ("@GurpreetDhillonHT", "Gurpreet Dhillon", ["Gurpreet", "Dhillon"], []),
    ("@AndyLomaxBH", "Andy Lomax", ["Andy", "Lomax"], []),
    ("@YusufPatelFD", "Yusuf Patel", ["Yusuf", "Patel"], ["Leader of the Opposition", "opposition leader"]),
    ("@LornaGayleFD", "Lorna Gayle", ["Lorna", "Gayle"], []),
    ("@JodieSchofieldFD", "Jodie Schofield", ["Jodie", "Schofield"], []),
    ("@NaomiRosenthalFD", "Naomi Rosenthal", ["Naomi", "Rosenthal"], []),
    ("@LiamHeapMI", "Liam Heap", ["Liam", "Heap"], []),
    ("@DavePlattMI", "Dave Platt", ["Dave", "Platt"], []),
    ("@PaulineHaworthMI", "Pauline Haworth", ["Pauline", "Haworth"], []),
    ("@RhysKenyonVG", "Rhys Kenyon", ["Rhys", "Kenyon"], []),
    ("@SamAshworthVG", "Sam Ashworth", ["Sam", "Ashworth"], []),
    ("@KevCromptonTTA", "Kevin Crompton", ["Kevin", "Kev", "Crompton"], []),
    ("@ClaireDuckworthTTA", "Claire Duckworth", ["Claire", "Duckworth"], []),
    ("@MickGreenhalgh", "Mick Greenhalgh", ["Mick", "Greenhalgh"], []),
]
HANDLES = [p[0] for p in PEOPLE]
BY_NAME = {p[1]: p[0] for p in PEOPLE}


def H(name):
    return BY_NAME[name]


def names_person(text, person):
    handle, full, aliases, roles = person
    low = text.lower()
    if handle.lower() in low or full.lower() in low:
        return True
    for w in aliases:
        if re.search(r"(?<![\w@])" + re.escape(w.lower()) + r"(?!\w)", low):
            return True
    for r in roles:
        if r.lower() in low:
            return True
    return False


# ---------------------------------------------------------------- rows
def R(text, rules, allowed, verdict, note, au=None, d=None, k=None):
    return dict(text=text, rules=list(rules), allowed=list(allowed), verdict=verdict,
                note=note, author=au, date=d, key=k)


PERSONAL_ATTACK = [
    R("Ged Fairclough stood up at budget council and talked for forty minutes without saying owt. Man's a walking waffle. Gormless doesn't even cover it.",
      [PA], [], "review", "insult (gormless, walking waffle) aimed at a named councillor, not at the budget", k="pa_gormless"),
    R("@KevCromptonTTA you're a clown, our kid. A full-on clown in a cheap suit from the market. 🤡",
      [PA], [], "review", "second-person insult at a handle; 'our kid' used sarcastically", k="pa_clown"),
    R("Honestly, Bernie Hulme couldn't organise a brew round at the Weavers Arms, never mind run a borough.",
      [PA], [], "review", "competence put-down aimed at the Leader as a person"),
    R("Liam Heap is a spoilt little lad who's never done a day's graft in his life and it shows every time he opens his gob.",
      [PA], [EQ], "review", "insult at a named councillor; 'little lad' touches age, so equality only allowed"),
    R("Mick Greenhalgh is as thick as a butty. Sorry but somebody had to say it.",
      [PA], [], "review", "'thick as a butty': dialect insult, no swear word"),
    R("Watching Yusuf Patel try to read a spreadsheet is like watching a dog try to use a tin opener. Bless him.",
      [PA], [IR], "review", "demeaning comparison aimed at a named councillor; 'bless him' is sarcastic"),
    R("Graham Howarth, our so-called Head of Planning, is a spineless jobsworth who wouldn't know a decent building if it fell on him.",
      [PA, OI], [], "review", "insult at a named officer; officers.impartiality also expected", k="pa_jobsworth"),
    R("Huge congratulations to Carol Entwistle on a year as Mayor. Truly inspiring how one woman can cut that many ribbons with so little going on upstairs 👏👏",
      [PA, IR], [EQ], "review", "mock congratulation that calls a named councillor stupid; 'one woman' is incidental so equality only allowed"),
    R("Frank Tattersall is a dinosaur. A fossil. He wants putting in a glass case at the mill museum next to the spinning mule.",
      [PA], [EQ], "review", "insult at a named councillor; touches age (he is 74), equality only allowed", k="pa_dinosaur"),
    R("Dear @ShaziaAkhtarWG, with the greatest respect: you are the most useless housing portfolio holder this borough has ever had, and I've sat through some numpties.",
      [PA], [], "review", "'with respect' then a personal insult at a handle", k="pa_useless"),
    R("Andy Lomax has the brains of a barm cake and half the charm.",
      [PA], [], "review", "short dialect insult ('barm cake') at a named councillor"),
    R("Claire Duckworth is a nasty, two-faced piece of work. Smiles at you in the ginnel and knifes you in group.",
      [PA], [DF, BU], "review", "'two-faced' and 'knifes you' are figurative; insult only, defamation and bullying allowed"),
    R("Rhys Kenyon is a sanctimonious little prig. Lectures the rest of us about cycling then drives his Volvo to the tram stop.",
      [PA], [], "review", "insult ('sanctimonious prig') mixed with a hypocrisy jibe"),
    R("Kev Crompton is a gobby know-nowt with a permanent cob on. Give it a rest, pal, nobody's listening.",
      [PA], [], "review", "dialect insult ('gobby know-nowt', 'cob on') at a named councillor"),
    R("@GedFaircloughHT stop mithering the tram company on here, you're showing yourself up. Pathetic little man.",
      [PA], [], "review", "'pathetic little man' at a handle; shares 'mither' with hard negatives"),
    R("Pauline Haworth is a professional busybody who'd complain the sun's too bright. Wet blanket of the highest order.",
      [PA], [], "review", "insult at a named councillor without a swear word"),
    R("Janine Walsh in comms is clearly a bit dim. Three press releases this week, three wrong dates. Who on earth hired her?",
      [PA, OI], [], "review", "calls a named officer 'dim'; officers.impartiality expected"),
    R("Gurpreet Dhillon? Nice enough fella, but a total lightweight. A ventriloquist's dummy with the Leader's hand up his back.",
      [PA], [], "review", "'lightweight', 'ventriloquist's dummy' at a named councillor; the Leader is mentioned too"),
    R("Some councillors earn their allowance. Claire Duckworth isn't one of them. Dozy, idle and allergic to casework.",
      [PA], [], "review", "insult at a named councillor framed as a comparison"),
    R("Naomi Rosenthal is a self-important windbag and half of Lodge Brow can't stand the sound of her.",
      [PA], [], "review", "insult at a named councillor; nothing about religion"),
    R("Ged Fairclough is a parasite. A leech on this borough who sucks it dry and gives nowt back. We'd all be better off if he'd never been born.",
      [PA], [BU], "block", "severe: dehumanising ('parasite', 'leech') and 'better off if he'd never been born'", k="pa_parasite"),
    R("Kevin Crompton is human rubbish. Vermin. The sort of thing you'd scrape off your shoe in the ginnel behind the chippy.",
      [PA], [AL], "block", "severe dehumanising insult ('vermin', 'human rubbish') without swear words"),
    R("@YusufPatelFD you're a joke, mate. An absolute joke. Everyone in that chamber is laughing at you, not with you.",
      [PA], [BU], "review", "ridicule at a handle; humiliation is mild, bullying only allowed"),
    R("Liam Heap has the attention span of a goldfish and the manners of a feral cat.",
      [PA], [EQ], "review", "insult at the youngest councillor; age not mentioned, equality allowed"),
    R("Our Leader has the personality of a wet weekend in Crowthorn and the vision of a mole in a coal cellar.",
      [PA], [], "review", "target is identified by role only ('our Leader')"),
    R("Stuart Pennington, Head of Highways, couldn't find a pothole if he fell down one. Useless man. Utterly useless.",
      [PA, OI], [], "review", "insult at a named officer by name and role"),
    R("Oh well done Frank Tattersall, another planning committee where you were asleep by item 3. Real asset, him. 🙄",
      [PA, IR], [EQ], "review", "sarcastic mock praise; dozing touches age, equality allowed"),
    R("Tomasz Nowak talks a good game but he's all mouth and no trousers. Always has been, always will be.",
      [PA], [], "review", "idiom insult; nothing about his origin"),
    R("Sam Ashworth is the most smug, insufferable, self-satisfied person I have ever had the misfortune to sit on a committee with.",
      [PA], [], "review", "string of insults at a named councillor; no trait mentioned"),
    R("Carol Entwistle is a snob. Looks down her nose at anyone from Bobbin Hey like we're summat she's trod in.",
      [PA], [], "review", "'snob' plus a demeaning image, aimed at a named councillor"),
    R("Rhys Kenyon has turned being wrong into an art form. A clueless, preening peacock of a man.",
      [PA], [], "review", "insult ('clueless, preening peacock') at a named councillor"),
    R("Nobody asked you, @MickGreenhalgh. Crawl back under whatever rock you came out from.",
      [PA], [], "review", "dismissive insult at a handle; no threat"),
    R("Bernie Hulme: all fur coat and no knickers. Glossy leaflets, empty head.",
      [PA], [], "review", "idiom plus 'empty head' at a named councillor"),
    R("Olu Adeyemi, our Head of Housing Needs, is an arrogant so-and-so who treats tenants like muck. Sken at his face in that meeting 🙄",
      [PA, OI], [], "review", "insult at a named officer; nothing about race"),
]

ABUSIVE = [
    R("This budget is total shite. Every single line of it.",
      [AL], [], "review", "obscenity at a budget, not a person", k="al_shite"),
    R("The Loom Line timetable is a pile of crap and anyone who rides it from Crowthorn knows it.",
      [AL], [], "review", "obscenity at a service"),
    R("Sod Hollinbrook Together and sod their bloody bin changes.",
      [AL], [PA], "review", "mildest: 'sod', 'bloody' at a party and a policy; personal-attack allowed for a party"),
    R("Kevin Crompton is a gobshite. There, I said it.",
      [AL, PA], [], "review", "obscene insult at a named councillor", k="al_gobshite"),
    R("What a load of bollocks from @BernieHulmeHT at cabinet this morning.",
      [AL], [PA], "review", "obscenity aimed at what she said; personal-attack only allowed", k="al_bollocks"),
    R("Clough Waste Services are a shower of shite. Third missed collection on Tenter Street this month.",
      [AL], [PA], "review", "obscenity at a company; personal-attack allowed"),
    R("Ged Fairclough is a prick. A proper prick. Always has been, ask anyone from school.",
      [AL, PA], [], "review", "obscene insult at a named councillor, twice", k="al_prick"),
    R("Honestly @ClaireDuckworthTTA, you've got a face like a smacked arse and an attitude to match.",
      [AL, PA], [], "review", "vulgar insult at a handle"),
    R("The new council website is a pile of absolute arse. Tried to report a fly-tip for twenty minutes. Gave up and went for a brew.",
      [AL], [], "review", "obscenity at a website"),
    R("Frank Tattersall is a miserable old git and the planning committee would be better off without his moaning.",
      [AL, PA], [EQ], "review", "vulgar insult; 'old' so equality allowed"),
    R("Who the f*** signed off the Bobbin Hey one-way system? Whoever it was wants their head testing.",
      [AL], [PA], "review", "masked obscenity; target is 'whoever', personal-attack allowed"),
    R("Liam Heap is a knobhead. A gobby little knobhead who's never had a proper job.",
      [AL, PA], [EQ], "review", "obscene insult; 'little' touches age, equality allowed", k="al_knobhead"),
    R("The consultation on the Crowthorn Moor turbines was a fucking farce from start to finish.",
      [AL], [], "review", "obscenity at a consultation"),
    R("Tomasz Nowak is a complete tosser and deep down he knows it.",
      [AL, PA], [], "review", "obscene insult; nothing about origin", k="al_tosser"),
    R("Lodge Brow car park charges. Absolute piss-take. Pay £4 to park outside a shut bank.",
      [AL], [], "review", "vulgarity at a charge"),
    R("Yusuf Patel can kiss my arse. And so can his alternative budget.",
      [AL, PA], [], "review", "vulgar dismissal of a named councillor"),
    R("Hollinbrook Homes are a bunch of useless twats. Damp in every flat at Albion Mill and nobody picks the phone up.",
      [AL], [PA], "review", "obscenity at a company; personal-attack allowed"),
    R("Mick Greenhalgh is a cunt and everyone at the Weavers knows it.",
      [AL, PA], [], "block", "severe: the c-word at a named councillor"),
    R("Filthy scum, the lot of them at Crowthorn Quarry Ltd. Poisoning the moor for profit. Hope they rot.",
      [AL], [PA, BU], "block", "severe: 'filthy scum… hope they rot' at a company; personal-attack and bullying allowed"),
    R("Rhys Kenyon is a sanctimonious dickhead on a bike.",
      [AL, PA], [], "review", "obscene insult at a named councillor"),
    R("Oh piss off, @SamAshworthVG. Nobody asked for your opinion on the tram fares.",
      [AL, PA], [], "review", "vulgar dismissal aimed at a handle; nothing about gender"),
    R("Scrutiny this morning was a total shitshow. Two hours, no decisions, and the biscuits ran out.",
      [AL], [], "review", "obscenity at a meeting"),
    R("That motion on pigeon netting is the most arse-about-face bollocks I've read in years.",
      [AL], [], "review", "obscenity at a motion"),
    R("Bernie Hulme talks out of her arse on every single subject, and today it was bin collections.",
      [AL, PA], [], "review", "vulgar insult at a named councillor"),
    R("Which dickhead parked a council van across the ginnel on Spindle Street? Three residents can't get their bins out. Sort it.",
      [AL], [PA], "review", "obscenity at an unknown 'whoever'; personal-attack allowed"),
    R("Carol Entwistle, you absolute bellend. Read the room.",
      [AL, PA], [], "review", "vulgar insult at a named councillor"),
    R("Allocations policy: shite. Voids policy: shite. Repairs policy: shite. Spot the theme, Hollinbrook.",
      [AL], [], "review", "repeated obscenity at policies"),
    R("The Hollinbrook Advertiser is a rag full of bollocks and always has been.",
      [AL], [PA], "review", "obscenity at a newspaper company"),
    R("Andy Lomax is a jumped-up little shit who got his seat by licking the right boots.",
      [AL, PA], [], "review", "obscene insult at a named councillor"),
    R("Graham Howarth's officer report on the Albion Mill extension is a steaming pile of shit.",
      [AL, OI], [PA], "review", "obscenity at a report, officer named: officers.impartiality expected, personal-attack allowed"),
    R("Pauline Haworth is a daft cow and I'm not taking it back.",
      [AL, PA], [EQ], "review", "'daft cow' at a named councillor; sexist overtone, equality allowed"),
    R("Fuck the parking wardens' bonus scheme. Fuck it right off.",
      [AL], [], "review", "obscenity at a scheme"),
    R("Gurpreet Dhillon is a spineless arse-licker and he'd sell his own nan for a cabinet job.",
      [AL, PA], [], "review", "vulgar insult at a named councillor"),
    R("Grit bins on Crowthorn Road still empty. Bloody shambles. Pissed off doesn't cover it, and I'm nesh enough without sliding down the hill.",
      [AL], [], "review", "mild vulgarity at a service; 'nesh' reused from hard negatives"),
]

BULLYING = [
    # explicit
    R("Ged Fairclough, vote that budget through and I'll come to your surgery and drag you out by your collar. Try me.",
      [BU], [PA], "block", "[explicit] threat of physical violence to a named councillor"),
    R("@KevCromptonTTA keep mouthing off and you'll get a smack next time I see you at the Weavers.",
      [BU], [PA], "block", "[explicit] threat of a smack at a handle"),
    R("I know where you live, Liam Heap. Tenterfold's not that big.",
      [BU], [PA, DP], "block", "[explicit] 'I know where you live'", k="bu_live"),
    R("Somebody should put Bernie Hulme's windows in. I'm only saying what half of Bobbin Hey's thinking.",
      [BU], [PA], "block", "[explicit] incitement to damage a named councillor's home", k="bu_windows"),
    R("Graham Howarth, change that report or I'll make sure you never work in planning again. I mean it.",
      [BU, OI], [PA], "block", "[explicit] threat to a named officer's career to change advice"),
    R("You'll regret this, Rhys Kenyon. You'll regret every word of it.",
      [BU], [PA], "block", "[explicit] 'you'll regret'", k="bu_regret"),
    R("Next time Mick Greenhalgh heckles me I'll knock his block off. And that's not a joke.",
      [BU], [PA], "block", "[explicit] threat of violence, explicitly not banter"),
    R("To whoever complained to the Monitoring Officer about me: I've got your names. Think on.",
      [BU], [PA, OI], "block", "[explicit] threat against complainants"),
    R("Tomasz Nowak wants dragging off that committee and chucking in the canal by Albion Mill.",
      [BU], [PA, EQ], "block", "[explicit] violence against a named councillor; origin not mentioned, equality allowed"),
    R("Pauline Haworth wants a good hiding, and if nobody else will give her one, I will.",
      [BU], [PA, EQ], "block", "[explicit] threat of a beating to a named woman councillor; equality allowed"),
    # veiled
    R("Tell Yusuf Patel to mind how he goes walking home past the Bobbin Hey tram stop. Dark nights, these.",
      [BU], [PA, DP], "block", "[veiled] warning about his route home"),
    R("Nice gaff Sam Ashworth's got on Lodge Brow Road. Be a shame if owt happened to it.",
      [BU], [PA, DP], "block", "[veiled] classic 'be a shame if' threat about a home; 'gaff' reused in hard negatives"),
    R("Carol Entwistle won't be smiling for long. Mark my words.",
      [BU], [PA], "block", "[veiled] mildest veiled threat", k="bu_smiling"),
    R("Rhys Kenyon's husband drives the 8:15 tram out of Hollinbrook Central, doesn't he. Small world. Be careful, Rhys.",
      [BU], [PA, DP, EQ], "block", "[veiled] threat through a spouse's routine; equality allowed (husband)"),
    R("Jodie Schofield's little one goes to St Anne's, doesn't he. Lovely school. Lots of us do the school run there. 😊",
      [BU], [PA, DP], "block", "[veiled] threat through a child's school; the smiley makes it worse"),
    R("Olu Adeyemi should remember people round here have long memories. And they know which car's his in the Civic Centre car park.",
      [BU, OI], [PA, DP], "block", "[veiled] threat to a named officer through his car"),
    R("Funny how accidents happen on the moor road in winter. Worth remembering, @DavePlattMI.",
      [BU], [PA, EQ], "block", "[veiled] 'accidents happen' at a handle; he is a wheelchair user, equality allowed"),
    R("Andy Lomax: I'd think very carefully before you speak at Thursday's meeting. Very carefully. That's all I'll say.",
      [BU], [PA], "block", "[veiled] menace without a stated harm"),
    R("Some of the lads down the Weavers Arms have been asking after Naomi Rosenthal. Asking where she drinks of a Friday. I'd stop in, love.",
      [BU], [PA, EQ, DP], "block", "[veiled] threat to a woman on her own; 'love' so equality allowed"),
    R("Shame about Mick Greenhalgh's van tyres last week. These things happen when you stick your nose in, don't they.",
      [BU], [PA, DF], "block", "[veiled] implies damage as punishment"),
    R("To whoever reported me to standards: I've a fair idea who you are. Be a real pity if your boss found out what you get up to of a weekend.",
      [BU], [PA, DP], "block", "[veiled] threat to a complainant's job"),
    R("Becky Stott, the planning officer, parks on Kettle Lane every morning at ten to eight. Just an observation. 👀",
      [BU, OI], [PA, DP], "block", "[veiled] publishing a named officer's routine with a watching emoji"),
    R("Frank Tattersall's a long way from his gaff when he's stuck in planning till seven. Anything could happen to an empty house.",
      [BU], [PA, DP], "block", "[veiled] threat to an empty home"),
    # pressure
    R("Claire Duckworth's mobile is 07700 900412. Ring her. Keep ringing her till she resigns.",
      [BU], [PA, DP, SC], "block", "[pressure] private number published to organise repeated calls"),
    R("Let's all screenshot Tomasz Nowak's posts and flood his mentions till he deletes his account. Every day. No let-up.",
      [BU], [PA], "block", "[pressure] organised pile-on, no threat of harm"),
    R("Gurpreet Dhillon would do well to remember who put him on planning. And who can take him off it.",
      [BU], [PA, PI], "block", "[pressure] coercion with a committee place"),
    R("Becky Stott: your recommendation on the Albion Mill scheme had better change before committee, or I'll be raising your 'competence' with the Chief Exec every week till it does.",
      [BU, OI], [PA, PD], "block", "[pressure] pressing a named officer to change advice"),
    R("Pauline Haworth, pull your motion or I'll make sure every bit of Crowthorn Moor casework goes to the back of the queue. Your residents, your problem.",
      [BU], [PA, PI], "block", "[pressure] coercion with residents' casework"),
    R("Everyone who wants Jodie Schofield gone: her surgery's Saturday 10am at Tenterfold library. Turn up. All of you. Make her life a misery till she packs it in.",
      [BU], [PA, DP], "block", "[pressure] organised in-person pile-on at a surgery"),
    R("Andy Lomax, withdraw your complaint or your ward budget bids will quietly die in committee. Your choice, lad.",
      [BU], [PA, PI, EQ], "block", "[pressure] coercion with ward budgets; 'lad', equality allowed"),
    R("Dear @YusufPatelFD, I'll be tagging you in every post I make till you answer me. Every day. 6am. Get used to it.",
      [BU], [PA], "block", "[pressure] promised course of unwanted contact", k="bu_tagging"),
    R("Janine Walsh in comms: print my statement word for word or I'm going to the Advertiser about how your department really runs. You've been warned.",
      [BU, OI], [PA], "block", "[pressure] threat to a named officer to get her way"),
    R("Shazia Akhtar should remember her damp and mould programme goes through my committee. If she wants Weavers Green's repairs done, she'll back my motion. Simple.",
      [BU], [PA, PI], "block", "[pressure] coercion with repairs"),
    R("Rhys Kenyon, I've got a folder of your old Facebook posts. Resign by Friday or they go to the Advertiser.",
      [BU], [PA, DF], "block", "[pressure] blackmail-style ultimatum"),
]

EQUALITY = [
    # explicit
    R("Tomasz Nowak should go back to Poland and take his mates from the hand car wash with him.",
      [EQ, PA], [], "block", "[explicit; race: Polish] 'go back to' at a named councillor", k="eq_poland"),
    R("Shazia Akhtar only looks after one community and it isn't ours. Weavers Green's turning into a mosque with a bus stop.",
      [EQ, PA], [], "block", "[explicit; religion or belief: anti-Muslim] aimed at a named councillor and her ward"),
    R("Dave Platt can't even get up the Civic Centre steps, so why's he chairing transport? Put someone on it who can actually walk the route.",
      [EQ, PA], [], "block", "[explicit; disability: physical] wheelchair use as the reason he is unfit"),
    R("Sam Ashworth is a bloke in a frock and I'll call him 'he' till the day I die.",
      [EQ, PA], [], "block", "[explicit; gender reassignment] deliberate misgendering", k="eq_frock"),
    R("Rhys Kenyon and his 'husband' shouldn't be let anywhere near the school governors. It's not natural.",
      [EQ, PA], [DP], "block", "[explicit; sexual orientation] 'not natural' at a named gay councillor"),
    R("No more pikeys on Crowthorn Moor. Shift them off the lay-by and weld the gate shut.",
      [EQ, AL], [PD], "block", "[explicit; race: Gypsy and Traveller] slur, so abusive-language expected too", k="eq_pikeys"),
    R("Bernie Hulme crying in cabinet again. This is why you don't put a woman in charge of a £300m budget.",
      [EQ, PA], [], "block", "[explicit; sex] women as unfit to lead"),
    R("Frank Tattersall is 74 and going doolally. Pack him off to a care home and give the seat to someone with a working brain.",
      [EQ, PA], [DP], "block", "[explicit; age] age used to dismiss a named councillor"),
    R("Jodie Schofield's gone and got herself pregnant in an election year. Selfish. Tenterfold needs a councillor, not a mum on maternity leave.",
      [EQ, PA], [DP], "block", "[explicit; pregnancy and maternity] attack for being pregnant"),
    R("Gurpreet Dhillon can take his turban off in the chamber like the rest of us take our caps off. Our chamber, our rules.",
      [EQ, PA], [], "block", "[explicit; religion or belief: Sikh] demand to remove a turban"),
    R("The hotel on Lodge Brow Road is full of illegals and rapists. Get them out of Hollinbrook.",
      [EQ], [PA, DF], "block", "[explicit; race: asylum seekers] group smear", k="eq_illegals"),
    R("Lorna Gayle was only selected to tick a box. Fair Deal needed a Black face on the leaflet.",
      [EQ, PA], [], "block", "[explicit; race: Black] selection put down to race"),
    R("Whoever wrote this motion must be a retard. Special-school standard, this.",
      [EQ, AL], [PA], "block", "[explicit; disability: learning] slur used as the put-down", k="eq_retard"),
    R("Pauline Haworth's 'signed off with stress' again. Mental. She wants a locked ward, not a seat in the council chamber.",
      [EQ, PA], [DP], "block", "[explicit; disability: mental health] health used to attack a named councillor"),
    R("Liam Heap is 23. Kids shouldn't be voting on grown-ups' budgets. Come back when you're old enough to shave, son.",
      [EQ, PA], [], "block", "[explicit; age: young] youth as unfitness"),
    # coded
    R("Lorna Gayle is very articulate, to be fair to her. Surprising really, given where she's from.",
      [EQ, PA], [], "block", "[coded; race: Black/Caribbean] 'articulate… given where she's from'"),
    R("Tomasz Nowak says he's 'Hollinbrook through and through'. Aye, right. He's not one of us and never will be, however many barms he eats.",
      [EQ, PA], [], "block", "[coded; race: national origin] 'not one of us'; only knowing he was born in Poland makes it so"),
    R("Funny how every grant Shazia Akhtar signs off ends up in Weavers Green. Looking after her own, as per.",
      [EQ, PA], [DF], "block", "[coded; religion or belief: anti-Muslim] 'her own' implies faith favouritism; defamation allowed"),
    R("Naomi Rosenthal always manages to find the money for her friends. Funny that, isn't it. 🤔",
      [EQ, PA], [DF], "block", "[coded; religion or belief: antisemitic trope] money trope; defamation allowed"),
    R("Ramadan Mubarak to our Weavers Green councillors. Fasting all day, yet somehow still hungry for everyone else's council tax 😉",
      [EQ, PA], [IR], "block", "[coded; religion or belief: anti-Muslim] greeting turned into a jibe", d="2026-02-19"),
    R("Sam Ashworth in the ladies' at the Civic Centre again. Some of us remember when Sam played open-age rugby for Hollinbrook. Just saying.",
      [EQ, PA], [DP], "block", "[coded; gender reassignment] toilets and past life used against a named trans councillor"),
    R("Lovely to see Rhys Kenyon and his 'friend' at the Mayor's charity ball. Very… colourful pair. 🌈💅",
      [EQ, PA], [IR], "block", "[coded; sexual orientation] scare-quoted 'friend' and emoji mockery"),
    R("Dave Platt's been 'inspecting' the new tram stops. Bit hard to check the steps from down there, Dave. 😂",
      [EQ, PA], [], "block", "[coded; disability: physical] mocking his wheelchair height"),
    R("Jodie Schofield's cutting back on committees. Baby brain, bless her. We'll cope without.",
      [EQ, PA], [IR], "block", "[coded; pregnancy and maternity] 'baby brain'"),
    R("Frank Tattersall forgot which item we were on again. Happens to all of us at his age, I suppose. Well, some of us. 👴",
      [EQ, PA], [], "block", "[coded; age: old] forgetfulness tied to age"),
    R("Liam Heap's got his views off TikTok again. Generation snowflake strikes. Someone take his phone off him and let the grown-ups talk.",
      [EQ, PA], [], "block", "[coded; age: young] 'generation snowflake', 'grown-ups'"),
    R("Lodge Brow used to be a nice area. Then the hotel filled up with 'young men' from God knows where. Lock your doors, ladies.",
      [EQ], [PA], "block", "[coded; race: asylum seekers] scare quotes and a fear cue"),
    R("The 'travelling community' have paid Bobbin Hey Rec another visit. Count your spanners, lads. 🔧",
      [EQ], [PA, DF], "block", "[coded; race: Gypsy and Traveller] theft stereotype without a slur"),
    R("Andy Lomax is 'neurodiverse', apparently. Explains a lot about the state of the housing report. 🙃",
      [EQ, PA], [DP], "block", "[coded; disability: neurodivergence] uses his self-described ADHD as the put-down"),
    R("Claire Duckworth keeps banging on about 'my wife'. We get it, Claire. Some of us prefer to keep the bedroom out of the chamber.",
      [EQ, PA], [], "block", "[coded; sexual orientation] objecting to a lesbian councillor mentioning her wife"),
    R("Lorna Gayle's sorted the carnival float. Natural rhythm, that one. 😂",
      [EQ, PA], [], "block", "[coded; race: Black] 'natural rhythm' stereotype"),
    R("Olu Adeyemi got the housing job over three local candidates. Draw your own conclusions.",
      [EQ, OI], [PA, DF], "block", "[coded; race: Black African] insinuates an officer was appointed for his race; officers.impartiality expected"),
    R("Ni hao to the new takeaway on Spindle Street. Hope the cats round there had a long and happy life 🐱🥢",
      [EQ], [PA, IR], "block", "[coded; race: Chinese] pet-eating stereotype on Lunar New Year week", d="2026-02-18"),
    R("Spindle Bridge isn't Hollinbrook any more. Walk down Market Street of a Saturday and you'd think you'd landed in Karachi.",
      [EQ], [], "block", "[coded; race: South Asian] residents of South Asian heritage as foreign", k="eq_karachi"),
]

DEFAMATION = [
    # review: idiom, innuendo, dishonesty
    R("Ged Fairclough is a liar. He told Tenterfold the library was safe and he knew full well it wasn't.",
      [DF, PA], [], "review", "'liar' at a named councillor", k="df_liar"),
    R("Kevin Crompton is a crook, and so is every crook he knocks about with at the Tram Towns do's.",
      [DF, PA], [], "review", "'crook' twice: dishonesty, no specific crime", k="df_crook"),
    R("Funny how Frank Tattersall's nephew's firm keeps winning the Crowthorn resurfacing contracts. Just an observation. 🤔",
      [DF], [PA, DP], "review", "innuendo of corruption, no name-calling"),
    R("Ask Carol Entwistle where the Mayor's charity money actually went. Go on. Ask her.",
      [DF], [PA], "review", "innuendo of misuse of charity funds"),
    R("Mick Greenhalgh is a con man. Always has been, since his market stall days in Spindle Bridge.",
      [DF, PA], [], "review", "'con man' at a named councillor", k="df_conman"),
    R("Gurpreet Dhillon lied to full council about the tram extension costs. Lied. Plain and simple.",
      [DF, PA], [], "review", "'lied' stated about a named councillor"),
    R("Hollinbrook Homes are fiddling their repair figures. Everyone on the Albion Mill estate knows it.",
      [DF], [PA], "review", "dishonesty alleged against a company"),
    R("Funny how Shazia Akhtar's new conservatory went up the same month the builders got the Weavers Green contract 🤔",
      [DF], [PA, DP], "review", "innuendo of a kickback; no name-calling"),
    R("Graham Howarth has been in the developers' pocket for years. Ask who pays his green fees at Crowthorn golf club.",
      [DF, OI], [PA], "review", "innuendo of bribery of a named officer, no specific act stated"),
    R("Yusuf Patel's expenses would make a mill owner blush. Dodgy as they come.",
      [DF, PA], [], "review", "'dodgy' at a named councillor"),
    R("Claire Duckworth is a fraud. She doesn't even live in the ward she claims to represent.",
      [DF, PA], [DP], "review", "'fraud' as an insult about residence", k="df_fraud"),
    R("Andy Lomax's so-called community interest company is a money-go-round. Follow the pennies, folks.",
      [DF], [PA], "review", "innuendo about a councillor's company"),
    R("Liam Heap: two-faced, dishonest, and on the take from the wind farm lot.",
      [DF, PA], [], "review", "'on the take' idiom and 'dishonest'"),
    R("Rhys Kenyon's green credentials are a con. He's happy to take the quarry firm's money while he pretends to fight them.",
      [DF, PA], [], "review", "'con' plus taking money, no specific crime"),
    R("Tomasz Nowak is lying through his teeth about the bin contract and he knows it.",
      [DF, PA], [], "review", "'lying' at a named councillor"),
    R("Crowthorn Quarry Ltd have been tipping on the moor for years and the council's looked the other way. Wonder why. 💷",
      [DF], [PA], "review", "innuendo of corruption by a company and the council"),
    R("Pauline Haworth's planning consultant pals did very nicely out of the Lodge Brow rezoning. Pure coincidence, I'm sure. 😉",
      [DF, IR], [PA], "review", "sarcastic innuendo of favouritism"),
    R("Sam Ashworth is a hypocrite and a liar. Says one thing in committee and votes the other.",
      [DF, PA], [], "review", "'liar' at a named councillor"),
    R("Kev Crompton's been fiddling his allowance forms for years. Ask anyone at the Civic Centre.",
      [DF], [PA], "review", "'fiddling' idiom; no amount or act stated"),
    R("Bernie Hulme sold Spindle Bridge market down the river for a seat on a board. Shameless stitch-up.",
      [DF], [PA], "review", "'stitch-up' alleging misconduct in a decision"),
    R("Everyone knows the Leader's office runs on backhanders and dodgy deals. Always has.",
      [DF], [PA], "review", "backhanders alleged against an identifiable office"),
    # block: specific crime stated as fact
    R("Ged Fairclough took £3,000 cash off Crowthorn Quarry Ltd to swing the moor vote. That's a bribe. Fact.",
      [DF, PA], [], "block", "bribe stated as fact", k="df_bribe"),
    R("Carol Entwistle nicked £1,200 from the Mayor's charity appeal to pay off her credit card. I've seen the statements.",
      [DF], [PA], "block", "theft stated as fact"),
    R("Mick Greenhalgh drove home from the Weavers Arms three sheets to the wind on Friday and clipped a parked car. Drink driving. Again.",
      [DF], [PA, HA], "block", "drink driving stated as fact; alcohol mention, haste allowed"),
    R("Frank Tattersall forged residents' signatures on the Lodge Brow petition. Forty of them. I've got copies.",
      [DF], [PA], "block", "forgery stated as fact"),
    R("Graham Howarth had a week in Tenerife paid for by the Albion Mill developers and then recommended approval. Bribery, plain as day.",
      [DF, OI], [PA], "block", "bribed holiday of a named officer stated as fact"),
    R("Kevin Crompton filled in the postal votes for the residents at Clough House care home. That's electoral fraud and he did it.",
      [DF], [PA], "block", "postal vote fraud stated as fact"),
    R("Yusuf Patel claims single person discount on a house his brother lives in. Council tax fraud, and the council knows.",
      [DF], [PA, DP], "block", "council tax fraud stated as fact; relative mentioned"),
    R("Andy Lomax pocketed the takings from the Bobbin Hey gala. £860 went missing and he had the tin.",
      [DF], [PA], "block", "theft of gala takings stated as fact"),
    R("Liam Heap's been claiming mileage for meetings he never went to. That's fraud, pure and simple.",
      [DF], [PA], "block", "mileage fraud stated as fact"),
    R("Shazia Akhtar steered the Weavers Green contract to her husband's firm and hid the interest. Misconduct in public office.",
      [DF], [PA, DP], "block", "misconduct in public office stated as fact; spouse mentioned"),
    R("Tomasz Nowak paid lads £20 a head to vote for him in Bobbin Hey. Vote buying. I've got names.",
      [DF], [PA], "block", "vote buying stated as fact"),
    R("Lorna Gayle kept her shares in Crowthorn Quarry Ltd off the register of interests and then voted on the quarry lease. That's a criminal offence and she committed it.",
      [DF], [PA], "block", "failure to register an interest (a criminal offence) stated as fact"),
    R("Stuart Pennington in highways takes cash off contractors to bump their pothole jobs up the list. Every one of them pays him.",
      [DF, OI], [PA], "block", "bribery of a named officer stated as fact"),
]

HN1 = [  # harsh criticism of a policy, decision, party, company or the council
    R("This budget is gormless. Cuts to Tenterfold library's hours and a new logo for the Civic Centre? Give over.",
      [], [], "ok", "HN1 dialect insult ('gormless') aimed at a budget"),
    R("The Loom Line timetable is an absolute shambles. Third cancelled tram from Bobbin Hey this week. Sort it out.",
      [], [], "ok", "HN1 harsh criticism of a tram service"),
    R("Hollinbrook Together's bin strategy is a dog's dinner. Four bins on terraced streets with no front gardens? Mint idea, that. 🙄",
      [], [IR], "ok", "HN1 sarcasm at a party's policy; irony allowed"),
    R("Clough Waste Services have failed Spindle Bridge again. I'll be at scrutiny asking why the penalty clauses aren't being used.",
      [], [], "ok", "HN1 criticism of a company with a civil remedy"),
    R("The Albion Mill conversion is a disgrace. Damp, mould and rents nobody in Weavers Green can afford. Hollinbrook Homes must do better.",
      [], [PA], "ok", "HN1 'disgrace' at a scheme and a landlord company"),
    R("Proper cob on this morning about the car park charges. Bad decision, badly consulted, and it'll empty Lodge Brow high street.",
      [], [], "ok", "HN1 'cob on' (mood) about a decision"),
    R("The scrutiny report on the tram extension is forty pages of waffle and not one costing. Send it back.",
      [], [], "ok", "HN1 'waffle' aimed at a report"),
    R("Crowthorn Quarry Ltd's lorries are wrecking Moor Road. Forty an hour past a primary school. Not acceptable and I've told them so.",
      [], [PA], "ok", "HN1 criticism of a company's conduct, factual"),
    R("I'm sorry but the new council website is useless. Twenty minutes trying to report a fly-tip. Twenty!",
      [], [], "ok", "HN1 'useless' at a website (shares the topic with an abusive-language positive)"),
    R("The administration's housing strategy has been a con on the people of Hollinbrook: 500 homes promised, 41 delivered.",
      [], [DF, PA], "ok", "HN1 'con' aimed at a strategy with figures; defamation allowed"),
    R("Residents' parking scheme = dead loss. Tenter Street folk paying £60 a year to not find a space. Scrap it.",
      [], [], "ok", "HN1 blunt criticism of a scheme"),
    R("Hollinbrook Leisure Trust shutting the Crowthorn baths is daft beyond words. Nesh or not, our kids need to learn to swim.",
      [], [], "ok", "HN1 'daft' at a decision; 'nesh' reused"),
    R("The turbine consultation was a farce: two drop-ins, both in working hours, neither on the moor side. Do it again properly.",
      [], [], "ok", "HN1 'farce' at a consultation, without the obscenity its positive twin has"),
    R("Whoever designed the Bobbin Hey one-way system has never driven a bin wagon down a ginnel. Back to the drawing board.",
      [], [PA], "ok", "HN1 'whoever' criticism of a design, no insult"),
    R("Moorside Independents' alternative budget is pie in the sky. Lovely scran on the menu, nowt in the till to pay for it.",
      [], [PA], "ok", "HN1 criticism of an opposition party's budget"),
    R("Today's Advertiser front page on the tram is scaremongering nonsense. Read the actual report before you panic, folks.",
      [], [PA], "ok", "HN1 criticism of a newspaper's front page"),
    R("The council's response to the Kettle Clough floods was poor. Sandbags turned up after the water did. I want a full review.",
      [], [], "ok", "HN1 criticism of the council's response"),
    R("The tram fare rise is daylight robbery for Crowthorn commuters, and I'll be voting against it.",
      [], [DF], "ok", "HN1 'robbery' as a figure for a fare rise; defamation allowed"),
    R("Fair Deal's council tax leaflet is misleading. The Band B figure is wrong by £112 and they should correct it.",
      [], [DF], "ok", "HN1 'misleading' at a leaflet, with the figure"),
    R("This pigeon netting motion is the daftest thing I've read all year. Vote it down on Thursday.",
      [], [], "ok", "HN1 'daftest' at a motion"),
    R("Hollinbrook Homes' repairs service is broken. Eleven weeks for a boiler in February. Not good enough, not even close.",
      [], [PA], "ok", "HN1 criticism of a company's service"),
    R("Spindle Bridge market deserves better than this half-baked plan. Traders weren't even asked. Shambolic from the administration.",
      [], [PA], "ok", "HN1 'half-baked', 'shambolic' at a plan and an administration"),
]

HN2 = [  # counter-speech and quoting abuse to condemn it
    R("Had 'go back to Poland' shouted at me outside the Co-op on Saturday. I've lived in Bobbin Hey nineteen years. This is my home and I'm going nowhere.",
      [], [EQ], "ok", "HN2 councillor quoting abuse he received", au="Tomasz Nowak"),
    R("Reported another batch of messages today calling me a 'terrorist' and worse. Passed to the police. To everyone who sent kind words instead: thank you, it means the world.",
      [], [EQ, AL], "ok", "HN2 councillor reporting abuse received", au="Shazia Akhtar"),
    R("To whoever spray-painted 'pikeys out' on the Crowthorn Moor lay-by: you don't speak for this community. Council cleansing are removing it today.",
      [], [EQ, AL], "ok", "HN2 slur quoted to condemn it"),
    R("Got called a 'thick gobshite' in my inbox for backing the cycle lane. Disagree all you like, but let's keep it civil, eh?",
      [], [AL, PA], "ok", "HN2 quoted insult received, asks for civility"),
    R("The word 'retard' has no place in our chamber, our schools or our timelines. Called it out at scrutiny this morning and I'll keep calling it out.",
      [], [EQ, AL], "ok", "HN2 slur named to condemn it"),
    R("Somebody told @SamAshworthVG she was 'a bloke in a frock' at the tram stop yesterday. Disgraceful. Sam is a brilliant councillor and a friend.",
      [], [EQ], "ok", "HN2 solidarity; quotes the same phrase as an equality positive"),
    R("Had 'why's a cripple chairing transport' in my replies again. I chair transport because I use it every day, chair and all. Next question.",
      [], [EQ, AL], "ok", "HN2 wheelchair user answering abuse", au="Dave Platt"),
    R("If you think 'I know where you live' is a fair thing to send a councillor, you need help. Screenshotted and reported to the police.",
      [], [BU], "ok", "HN2 threat quoted to condemn it"),
    R("Someone left 'won't be smiling for long' under the Mayor's photos from the school visit. That's a threat, not an opinion. Reported. We don't do that here.",
      [], [BU], "ok", "HN2 condemns a veiled threat made against the Mayor"),
    R("To the person who wrote that Rhys Kenyon and his husband 'aren't natural' on my page: deleted, blocked, reported. Love is love in Hollinbrook. 🏳️‍🌈",
      [], [EQ], "ok", "HN2 homophobic comment quoted to condemn it", d="2026-02-05"),
    R("On Holocaust Memorial Day, a warning: a post going round Lodge Brow groups says a councillor's 'people always find the money'. That's an ancient antisemitic trope. Don't share it.",
      [], [EQ, DF], "ok", "HN2 antisemitic trope quoted to condemn it", d="2026-01-27"),
    R("'Women shouldn't chair finance' was an actual comment on our page this week. In 2026. So, for International Women's Day yesterday: ladies, stand. We need you.",
      [], [EQ], "ok", "HN2 sexist comment quoted to condemn it", d="2026-03-09"),
    R("Being called a clown by anonymous accounts is part of the job. Being told 'lots of people' know my son's school is not. Reported to the police.",
      [], [BU, PA, DP], "ok", "HN2 councillor reporting a veiled threat about her child", au="Jodie Schofield"),
    R("A resident's email, shared with permission: 'whoever runs the bins is a useless prat.' Not language I'd use, but the point stands: Kettle Clough's bins weren't emptied.",
      [], [AL, PA], "ok", "HN2 quoted insult distanced from, complaint kept"),
    R("Please stop calling Yusuf Patel a 'liar' in my comments. Disagree with his budget, I do, loudly. But that's not on.",
      [], [DF, PA], "ok", "HN2 asks commenters to stop calling a rival a liar"),
    R("People asking why I deleted a comment calling Ged Fairclough 'vermin': because it's vile, whoever it's aimed at. Play the ball, not the man.",
      [], [PA], "ok", "HN2 deleting dehumanising abuse of a rival"),
    R("After some nasty stuff on the Advertiser's page: Gypsies and Travellers are protected under the Equality Act. 'Count your spanners' jokes aren't jokes.",
      [], [EQ], "ok", "HN2 quotes a stereotype to condemn it"),
    R("Someone's left 'hope the cats had a good life' on the Spindle Street takeaway's reviews. Racist rubbish. Go and support them instead, the salt and pepper chips are mint.",
      [], [EQ], "ok", "HN2 racist review quoted to condemn it; Lunar New Year week", d="2026-02-18"),
    R("They called us 'generation snowflake' when we asked for a youth council. Well, the youth council met last night and it was dead good. Snowflakes 1, cynics 0.",
      [], [EQ], "ok", "HN2 young councillor answering an ageist jibe", au="Liam Heap"),
    R("Reported a comment telling Lorna Gayle she has 'natural rhythm' under the carnival photos. Casual racism is still racism.",
      [], [EQ], "ok", "HN2 racist stereotype quoted to condemn it"),
    R("Somebody told me I'd 'regret' voting for the tram extension. I won't. I voted on the evidence, and threats don't change my vote.",
      [], [BU], "ok", "HN2 councillor quoting a threat received"),
    R("Received this week: 'somebody should put your windows in.' Response: a police report, and a brew with my neighbours, who are sound. Not scared. Just tired.",
      [], [BU, HA], "ok", "HN2 Leader quoting a threat received; 'tired' so haste allowed", au="Bernadette Hulme"),
]

HN3 = [  # denied prejudice, myth-busting, civil debate on protected topics
    R("Myth-busting: no, the iftar at Weavers Green community centre didn't get a 'special Ramadan grant'. It's the same community events pot every group applies to, the Rushbearing included.",
      [], [EQ], "ok", "HN3 myth-busting a faith-grant rumour", d="2026-02-20"),
    R("The Lodge Brow Road hotel houses 84 asylum seekers, mostly families. Recorded crime in the ward hasn't gone up; I asked the police. Ask me questions, don't repeat rumours.",
      [], [EQ], "ok", "HN3 myth-busting about asylum seekers"),
    R("We need an honest debate about a Traveller transit site near Crowthorn Moor: access, bins, water, neighbours' worries. All legitimate. Slurs aren't.",
      [], [EQ, PD], "ok", "HN3 civil debate on a protected topic; predetermination allowed (site)"),
    R("Some residents have asked if Polish and Romanian families are 'jumping' the housing list. They're not. Allocation is by need, full stop. Policy link below.",
      [], [EQ], "ok", "HN3 myth-busting a housing rumour"),
    R("Is the kirpan allowed in the Civic Centre? Yes, under our policy, same as Parliament. Happy to explain to anyone asking in good faith.",
      [], [EQ], "ok", "HN3 explaining a Sikh article of faith"),
    R("Genuine question from three residents: why does the council fund Pride? It's £1,500 from the same pot as the brass band contest, and it brings £40k into Hollinbrook Central's shops.",
      [], [EQ], "ok", "HN3 civil answer on an LGBT+ event", d="2026-02-10"),
    R("Single-sex spaces: I respect colleagues who see it differently from me. Let's keep the debate on policy and never on individual councillors.",
      [], [EQ], "ok", "HN3 civil debate on sex and gender"),
    R("No, 'positive action' in council recruitment doesn't mean local lads miss out. Every appointment is on merit. Here's what the Equality Act actually says.",
      [], [EQ], "ok", "HN3 myth-busting about recruitment"),
    R("A resident asked whether older councillors should 'step aside'. I'd say judge us on casework, not birthdays. Age is no bar either way.",
      [], [EQ], "ok", "HN3 civil answer on age"),
    R("Maternity cover for councillors is a real gap. Jodie Schofield shouldn't have to choose between her baby and her ward. I'll be bringing a motion to fix it.",
      [], [EQ, DP], "ok", "HN3 supporting a councillor on maternity leave"),
    R("Accessible tram stops: half the Loom Line still has steps. It's not a 'special interest'. It's wheelchair users, pram pushers and anyone with a dodgy knee.",
      [], [EQ], "ok", "HN3 disability access argued civilly; 'dodgy knee' not dishonesty"),
    R("Mixed-sex changing at the new leisure centre: I've heard worries from women and from trans residents. Both deserve a proper answer, not a slanging match.",
      [], [EQ], "ok", "HN3 civil debate on sex and gender reassignment"),
    R("For the record, I don't think anyone's too old or too young to stand. Liam Heap and Frank Tattersall disagree on everything, and both turn up to every meeting.",
      [], [EQ, PA], "ok", "HN3 denies age prejudice; names the youngest and oldest councillors positively"),
    R("I'm not having it said that Spindle Bridge 'isn't Hollinbrook any more'. Market Street's busier than it's been in twenty years. That IS Hollinbrook.",
      [], [EQ], "ok", "HN3 rebuts a coded racist line (shares words with an equality positive)"),
    R("Fact check on the 'Muslim-only swim sessions' rumour: they're women-only sessions, open to all women, and have been since 2011.",
      [], [EQ], "ok", "HN3 myth-busting"),
    R("Antisemitism awareness training for members is on 12 March. I've done it twice. It's not about politics; it's about knowing a trope when you see one.",
      [], [EQ], "ok", "HN3 promoting training"),
    R("On the 'block voting' claims in Weavers Green: turnout was high everywhere this year, Crowthorn Moor included. That's democracy, not a conspiracy.",
      [], [EQ, DF], "ok", "HN3 rebuts a coded claim about Muslim voters"),
    R("Several of us have taken time off for stress over the years. It isn't weakness and it isn't skiving. Look after yourselves, and each other.",
      [], [EQ], "ok", "HN3 mental health, supportive"),
    R("Grown-up debate at scrutiny on whether the Gypsy and Traveller needs assessment is out of date. It is, and every party agreed. Good session.",
      [], [EQ], "ok", "HN3 civil debate on Traveller needs"),
    R("I disagree with Fair Deal on community cohesion. But nobody should say they're 'only in it for their own'. That's not on, and it isn't true.",
      [], [EQ, PA], "ok", "HN3 denies a coded smear against an opposition party"),
    R("Asked at full council whether our hiring favours 'outsiders'. The data: 71% of council staff live in the borough. Pleased to put that one to bed.",
      [], [EQ], "ok", "HN3 myth-busting about recruitment"),
    R("Is the lollipop lady in a hijab outside St Anne's 'a security risk', as one email put it? No. She's seen kids across Church Lane safely for fourteen years. Give her a wave.",
      [], [EQ, DP], "ok", "HN3 rebuts an anti-Muslim email"),
]

HN4 = [  # neutral or positive mentions of protected groups, self-description, reclaimed terms
    R("Wheelchair user, councillor, and today: tram tester. Every stop from Crowthorn to Hollinbrook Central. Three of eleven lifts working. Report to follow.",
      [], [EQ], "ok", "HN4 self-description (wheelchair user)", au="Dave Platt"),
    R("As a trans woman in local politics I get asked what it's like. Mostly bins, potholes and brews. Which is exactly how it should be. 🏳️‍⚧️",
      [], [EQ], "ok", "HN4 self-description (trans woman)", au="Sam Ashworth"),
    R("Maternity leave update: baby is mint, I'm running on no sleep, and Lorna's covering the Tenterfold inbox. Back in April. Love to all. 👶",
      [], [EQ, HA], "ok", "HN4 self-description (maternity leave); tiredness, haste allowed", au="Jodie Schofield"),
    R("At 74 I'm the oldest on the council and proud of it. Still do my own casework and still walk the ginnels every Friday. Not nesh yet!",
      [], [EQ], "ok", "HN4 self-description (age)", au="Frank Tattersall"),
    R("Born in Gdańsk, made in Bobbin Hey. Polish Saturday school open day at the library this week: pierogi AND barm cakes on offer.",
      [], [EQ], "ok", "HN4 self-description (national origin)", au="Tomasz Nowak"),
    R("Me and my husband have just had ten years married. Hollinbrook register office, sideways rain, chips after. Best day. Happy LGBT+ History Month. 🏳️‍🌈",
      [], [EQ, DP], "ok", "HN4 self-description (gay, married)", au="Rhys Kenyon", d="2026-02-10"),
    R("My wife reckons I spend more time at the Civic Centre than at home. She's not wrong. Civil partnership in 2009, married in 2015, and she's still putting up with me.",
      [], [EQ, DP], "ok", "HN4 self-description (civil partnership, marriage)", au="Claire Duckworth"),
    R("The gurdwara on Spindle Street is doing langar for anyone who's hungry this Sunday. Everyone welcome, no questions asked. Best scran in the borough, and I'm biased.",
      [], [EQ], "ok", "HN4 positive mention of a Sikh community meal", au="Gurpreet Dhillon"),
    R("Ramadan Mubarak to all our Muslim neighbours starting the fast today. Iftar at Weavers Green community centre on Friday, everybody welcome.",
      [], [EQ], "ok", "HN4 Ramadan greeting (same day as the jibe positive)", au="Shazia Akhtar", d="2026-02-19"),
    R("Eid Mubarak, Hollinbrook! Thank you to everyone who came to the iftars this month, Muslim and not. Proper community. 🌙",
      [], [EQ], "ok", "HN4 Eid greeting", au="Shazia Akhtar", d="2026-03-20"),
    R("I've got ADHD and dyslexia. If my posts have typos, that's why. If my casework's late, that's on me. But reasonable adjustments matter.",
      [], [EQ, DP], "ok", "HN4 self-description (neurodivergence)", au="Andy Lomax"),
    R("Daft old bat reporting for duty at the Crowthorn Moor litter pick. Bring your own gloves, I'll bring the brews.",
      [], [PA, EQ], "ok", "HN4 reclaimed self-insult ('daft old bat')", au="Pauline Haworth"),
    R("Youngest councillor in Hollinbrook at 23, and no, I don't get my opinions off TikTok. I get them on the doorstep in Crowthorn.",
      [], [EQ], "ok", "HN4 self-description (young)", au="Liam Heap"),
    R("Proud Black Mancunian, proud Spindle Bridge councillor. My gran came over in 1961 and worked thirty years at Albion Mill. Now it's flats. Full circle.",
      [], [EQ], "ok", "HN4 self-description (Black, Caribbean heritage)", au="Lorna Gayle"),
    R("Holocaust Memorial Day. My grandfather's family reached Hollinbrook from Vilnius in 1938. We remember the six million, and we stand against hatred today.",
      [], [EQ], "ok", "HN4 self-description (Jewish family history)", au="Naomi Rosenthal", d="2026-01-27"),
    R("Lunar New Year at the Spindle Bridge Chinese community centre last night: lion dance, dumplings, and the Mayor having a go on the drums. Dead good.",
      [], [EQ], "ok", "HN4 positive mention (Chinese community)", d="2026-02-18"),
    R("Loved meeting the Deaf club at Hollinbrook Central library. I've signed up for BSL level 1, so be patient with me. 🤟",
      [], [EQ], "ok", "HN4 positive mention (Deaf community)"),
    R("Nine of us on the council are women now. It was two when I started. Happy International Women's Day for yesterday, ladies.",
      [], [EQ], "ok", "HN4 positive mention (sex)", au="Pauline Haworth", d="2026-03-09"),
    R("Went round the Traveller site off Moor Lane with the liaison team today. Talked water pressure, bin collections and school places. Sound families, fair asks.",
      [], [EQ], "ok", "HN4 positive mention (Gypsy and Traveller)"),
    R("Our kid's autistic and Lodge Brow Academy have been brilliant with him this year. More of this, please, everywhere.",
      [], [EQ, DP], "ok", "HN4 'our kid' (sibling) autistic, positive"),
    R("Queer, northern and on the planning committee. Hiya. Ask me owt except about applications I'll be deciding. 😂",
      [], [EQ, PD], "ok", "HN4 reclaimed term, self-description", au="Rhys Kenyon"),
    R("The families from the Lodge Brow Road hotel did a litter pick on Moor Road this morning. Sound people. Thank you, and welcome.",
      [], [EQ], "ok", "HN4 positive mention (asylum seekers)"),
]

HN5 = [  # figurative violence, banter, self-deprecation
    R("Absolutely murdered the karaoke at the Weavers Arms fundraiser. Sorry to anyone who heard my Wonderwall. Raised £420 though!",
      [], [BU, HA], "ok", "HN5 'murdered' the karaoke; pub mention, haste allowed"),
    R("Charity tug-of-war v the Fair Deal group on Bobbin Hey Rec on Saturday. We are going to destroy them. (Politely. Then buy the brews.)",
      [], [BU], "ok", "HN5 'destroy' banter"),
    R("Kev Crompton reckons he can beat me at the Hollinbrook 10k. Liar 😂 See you at the finish, Kev.",
      [], [BU, PA, DF], "ok", "HN5 'Liar 😂' banter"),
    R("I'm that nesh I've had the heating on since September. Cold snap on the moor this week, please knock on your older neighbours' doors.",
      [], [EQ], "ok", "HN5 self-deprecation ('nesh')"),
    R("Ged Fairclough's tie at budget council was a crime against fashion. He knows. We've told him. 😂",
      [], [PA, DF], "ok", "HN5 teasing about a tie"),
    R("Could murder a barm cake after a five-hour planning committee. Who let it run that long? 🥱",
      [], [BU, HA], "ok", "HN5 'murder a barm'; tiredness, haste allowed"),
    R("I know I'm a gobby so-and-so. But when Crowthorn Road floods you want a gobby councillor on the phone to United Utilities.",
      [], [PA], "ok", "HN5 self-deprecation ('gobby')"),
    R("Lost to Yusuf Patel at the charity darts again. The man's a menace with a treble 20. Rematch in March, pal, I'll be ready.",
      [], [PA, BU], "ok", "HN5 banter about a rival"),
    R("The Spinners got battered 4-0 on Saturday. Absolute massacre. Still buzzin' to be there though. Up the Spinners! ⚽",
      [], [BU], "ok", "HN5 'battered', 'massacre' about football"),
    R("Mick Greenhalgh and I fought like cat and dog over the Kettle Clough car park for three years. Today we opened it together. Grudging handshake, genuine brew.",
      [], [BU, PA], "ok", "HN5 'fought' figurative"),
    R("Me, dressed as a giant meat pie for the Tenterfold food bank fun run. Yes, I look daft. Yes, you should sponsor me. 🥧",
      [], [PA], "ok", "HN5 self-deprecation"),
    R("Our kid's just told me I dress like a geography teacher. Harsh but fair. #councillorfashion",
      [], [PA], "ok", "HN5 'our kid' teasing"),
    R("War on potholes, day 12: another 36 filled on Lodge Brow Road. The enemy is retreating. Slowly.",
      [], [BU], "ok", "HN5 'war' on potholes"),
    R("If one more person asks me about the bin calendar I'll scream. (I won't. Ring me and I'll sort it: 01632 960417.)",
      [], [BU, DP], "ok", "HN5 self-deprecating; own published number, data protection allowed"),
    R("Frank Tattersall beat me at crown green bowls by a mile and then had the cheek to offer me lessons. Cheeky beggar. Next week, Frank.",
      [], [PA, EQ], "ok", "HN5 teasing an older colleague"),
    R("Strangled by red tape again: three forms to put a bench on Bobbin Hey Rec. I'll get it done though, watch me.",
      [], [BU], "ok", "HN5 'strangled' by red tape"),
    R("Full disclosure: I am a terrible baker. My Eccles cakes at the cake sale were a disgrace. Thank you for buying them anyway.",
      [], [], "ok", "HN5 self-deprecation ('disgrace' at own baking)"),
    R("Liam Heap called me a dinosaur in the group chat. He's right, I still print my agendas. 🦕",
      [], [PA, EQ], "ok", "HN5 older councillor repeating a tease against himself", au="Frank Tattersall"),
    R("Tenter Street's been a proper battleground this week: the great dog poo war. Bags are free at the library, folks.",
      [], [BU], "ok", "HN5 'battleground', 'war' figurative"),
    R("I've been called worse by my own mam. Keep the emails coming, I read every one.",
      [], [PA], "ok", "HN5 self-deprecation about criticism"),
    R("Pauline Haworth's brews are lethal. Like tar. I'd still walk over hot coals for one.",
      [], [BU, PA], "ok", "HN5 'lethal' brews, teasing"),
    R("Gave Tomasz Nowak a right hammering at the quiz. He'll say the music round was rigged. It wasn't. 😂",
      [], [BU, DF], "ok", "HN5 'hammering', 'rigged' banter"),
]

HN6 = [  # criticism of a named councillor's record that stays on the record
    R("Ged Fairclough's 2024 leaflet promised no cuts to Tenterfold library. The budget he's tabled cuts its hours by a third. Residents can judge.",
      [], [DF], "ok", "HN6 promise vs record; defamation allowed"),
    R("Bernie Hulme has missed four of the last six cabinet meetings on housing. Housing is the biggest issue in this borough. I'd like to know why.",
      [], [PA], "ok", "HN6 attendance record"),
    R("Kevin Crompton voted against the Bobbin Hey youth club funding three times. That's his record, and I'll keep saying so.",
      [], [], "ok", "HN6 voting record"),
    R("Frank Tattersall chaired the meeting that approved the first Albion Mill flats with no affordable homes. That decision is his to defend.",
      [], [], "ok", "HN6 decision record"),
    R("@ShaziaAkhtarWG your housing report says 200 repairs cleared. Your own appendix says 120. Which is it?",
      [], [DF], "ok", "HN6 figures challenged, question not accusation"),
    R("Yusuf Patel's alternative budget assumes £4m from a tram levy that doesn't exist. I admire the ambition, not the arithmetic.",
      [], [], "ok", "HN6 criticism of a rival's budget"),
    R("As Mayor, Carol Entwistle has done 140 engagements this year. As Kettle Clough's councillor she's held two surgeries. Priorities?",
      [], [PA], "ok", "HN6 attendance record"),
    R("Liam Heap said the wind farm would cut bills. The report he asked for says it won't for twelve years. Happy to debate him on it any time.",
      [], [DF], "ok", "HN6 claim vs report"),
    R("Rhys Kenyon's Moor Road cycle lane has cost £1.8m and carries forty bikes a day. I backed it. I was wrong. So was he.",
      [], [], "ok", "HN6 record criticism including self-criticism"),
    R("Mick Greenhalgh claims credit in his newsletter for the Kettle Clough car park. It was in the capital programme two years before he was elected.",
      [], [DF], "ok", "HN6 credit claim corrected; defamation allowed"),
    R("Gurpreet Dhillon's answer on the tram extension costs at full council didn't match the cabinet papers. I've asked him to correct the record.",
      [], [DF], "ok", "HN6 mismatch stated without 'lied' (contrast with the defamation positive)"),
    R("Claire Duckworth has been to one of eight scrutiny meetings this year. Hollinbrook Central deserves better.",
      [], [PA], "ok", "HN6 attendance record"),
    R("Tomasz Nowak's bin contract extension went through with no tender at all. I think that was a mistake, and I've asked for the audit report.",
      [], [DF], "ok", "HN6 procurement criticism"),
    R("Andy Lomax has had the voids report for three months and it's still not published. Why the delay, Andy?",
      [], [], "ok", "HN6 delay"),
    R("Naomi Rosenthal voted for the car park charges in cabinet, then signed the petition against them. You can't do both.",
      [], [DF], "ok", "HN6 inconsistency on the record"),
    R("Sam Ashworth's tram fares motion is well meant and badly costed. I'll vote against it on Thursday and say why in the chamber.",
      [], [], "ok", "HN6 criticism of a motion"),
    R("Pauline Haworth has been on the council 22 years. In that time Crowthorn Moor has lost its bank, its post office and its baths. Time for fresh ideas.",
      [], [PA, EQ], "ok", "HN6 record over a long tenure; not about age"),
    R("Dave Platt said the Loom Line lift repairs were 'in hand' in October. It's March. Still broken. Not good enough, Dave.",
      [], [PA], "ok", "HN6 record criticism of a wheelchair-using councillor, about lifts, not his disability"),
    R("In December the Leader said 'no council tax rise above 3%'. It's 4.99%. She should explain that to residents, not to the Advertiser.",
      [], [DF], "ok", "HN6 promise vs outcome; defamation allowed"),
    R("Lorna Gayle's motion to save the youth service review passed in July and has been quietly shelved since. I'd like her to tell us why.",
      [], [], "ok", "HN6 record question"),
    R("Jodie Schofield chaired the Tenterfold regen board for two years. £600k on consultants and one mural. That's the record.",
      [], [PA, DF], "ok", "HN6 spending record"),
    R("Ged Fairclough has changed his position on Spindle Bridge market three times in a year. Which one are we voting on?",
      [], [DF], "ok", "HN6 flip-flop on the record"),
]

FAMILIES = [
    ("respect.personal-attack", PERSONAL_ATTACK),
    ("respect.abusive-language", ABUSIVE),
    ("bullying.intimidation", BULLYING),
    ("equality.discrimination", EQUALITY),
    ("defamation.allegation", DEFAMATION),
]
HARD = [HN1, HN2, HN3, HN4, HN5, HN6]

# one of each kind per family: (key of the original, kind, word changed everywhere)
VARIANTS = [
    ("pa_clown", "asterisk", "clown"),
    ("pa_useless", "digit", "useless"),
    ("pa_jobsworth", "zwsp", "jobsworth"),
    ("pa_parasite", "spaced", "parasite"),
    ("pa_dinosaur", "homoglyph", "dinosaur"),
    ("pa_gormless", "caps", None),
    ("al_prick", "asterisk", "prick"),
    ("al_shite", "digit", "shite"),
    ("al_bollocks", "zwsp", "bollocks"),
    ("al_gobshite", "spaced", "gobshite"),
    ("al_tosser", "homoglyph", "tosser"),
    ("al_knobhead", "caps", None),
    ("bu_regret", "asterisk", "regret"),
    ("bu_windows", "digit", "windows"),
    ("bu_tagging", "zwsp", "tagging"),
    ("bu_live", "spaced", "live"),
    ("bu_smiling", "homoglyph", "long"),
    ("bu_regret", "caps", None),
    ("eq_pikeys", "asterisk", "pikeys"),
    ("eq_retard", "digit", "retard"),
    ("eq_illegals", "zwsp", "illegals"),
    ("eq_frock", "spaced", "frock"),
    ("eq_poland", "homoglyph", "Poland"),
    ("eq_karachi", "caps", None),
    ("df_liar", "asterisk", "liar"),
    ("df_bribe", "digit", "bribe"),
    ("df_fraud", "zwsp", "fraud"),
    ("df_crook", "spaced", "crook"),
    ("df_conman", "homoglyph", "con"),
    ("df_bribe", "caps", None),
]

VOWELS = "aeiouAEIOU"
HOMO = {"o": "\u043e", "e": "\u0435", "c": "\u0441"}


def obf_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i] in VOWELS:
                return w[:i] + "*" + w[i + 1:]
        raise ValueError(w)
    if kind == "digit":
        out = "".join({"i": "1", "I": "1", "e": "3", "E": "3"}.get(ch, ch) for ch in w)
        if out == w:
            out = "".join({"l": "1", "L": "1"}.get(ch, ch) for ch in w)
        if out == w:
            raise ValueError(w)
        return out
    if kind == "zwsp":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i, ch in enumerate(w):
            if ch in HOMO:
                return w[:i] + HOMO[ch] + w[i + 1:]
        raise ValueError(w)
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.IGNORECASE)
    new, n = pat.subn(lambda m: obf_word(m.group(0), kind), text)
    if n == 0:
        raise ValueError(f"{word!r} not in {text!r}")
    return new


# ---------------------------------------------------------------- timestamps
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 3, 27)
WEEKDAYS = [START + datetime.timedelta(days=i) for i in range((END - START).days + 1)]
WEEKDAYS = [d for d in WEEKDAYS if d.weekday() < 5]


def stamp(rng, day=None):
    if day is None:
        day = rng.choice(WEEKDAYS)
    else:
        day = datetime.date.fromisoformat(day)
    h = rng.randint(8, 18)
    mi = rng.randint(0, 59)
    s = rng.randint(0, 59)
    return f"{day.isoformat()}T{h:02d}:{mi:02d}:{s:02d}+00:00"


def build():
    rng = random.Random(SEED)
    rows = []
    for fam, lst in FAMILIES:
        for r in lst:
            rows.append(dict(r, family=fam, kind_of_row="positive"))
    for i, lst in enumerate(HARD, 1):
        for r in lst:
            assert r["note"].startswith(f"HN{i} "), r["note"]
            rows.append(dict(r, family="hard_negative", kind_of_row="hard_negative"))
    by_key = {r["key"]: r for r in rows if r["key"]}
    variants = []
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        what = "ALL CAPS" if kind == "caps" else f"{kind} on '{word}'"
        variants.append(dict(text=make_variant_text(o["text"], kind, word), rules=list(o["rules"]),
                             allowed=allowed, verdict=o["verdict"], note=f"variant ({what}) of: {o['note']}",
                             author=None, date=None, key=None, family=o["family"], kind_of_row="variant",
                             variant_key=key, variant_kind=kind))
    allrows = rows + variants
    rng.shuffle(allrows)
    for i, r in enumerate(allrows, 1):
        r["id"] = f"{PREFIX}-{i:03d}"
    # authors and platforms for originals
    for r in allrows:
        if r["kind_of_row"] == "variant":
            continue
        if r["author"]:
            r["handle"] = H(r["author"])
        else:
            cands = [p[0] for p in PEOPLE if not names_person(r["text"], p)]
            r["handle"] = rng.choice(cands)
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(rng, r["date"])
    id_of = {id(by_key[k]): by_key[k]["id"] for k in by_key}
    for r in allrows:
        if r["kind_of_row"] != "variant":
            continue
        o = by_key[r["variant_key"]]
        r["handle"] = o["handle"]
        r["platform"] = o["platform"]
        r["created_at"] = stamp(rng)
        r["variant_of"] = o["id"]
    out = []
    for r in allrows:
        d = {
            "id": r["id"], "text": r["text"], "author": r["handle"], "created_at": r["created_at"],
            "platform": r["platform"], "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        if r["kind_of_row"] == "variant":
            d["variant_of"] = r["variant_of"]
            d["variant_kind"] = r["variant_kind"]
        out.append(d)
    out.sort(key=lambda d: d["id"])
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    out = build()
    from collections import Counter
    print(len(out), "rows")
    print(Counter((d["family"], d["kind_of_row"]) for d in out))
    print(Counter((d["family"], d["expect"]["verdict"]) for d in out if d["family"] != "hard_negative"))
    print(Counter(d["platform"] for d in out))
