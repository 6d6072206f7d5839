#!/usr/bin/env python3
"""Build blind evaluation set b111 (Metropolitan Borough of Wendhey).

The rows below were written by hand for this set. The script around them only
assigns authors, platforms and timestamps, makes the obfuscated variants,
shuffles and gives ids B111-0001 onward, with a fixed seed, so that running it
again writes the same posts.jsonl byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B111"
SEED = 111_2026

# Rule ids, short names used in the rows below.
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IA = "position.improper-advantage"
TI = "tone.irony-risk"
HA = "haste.pause-before-posting"
GI = "gifts.hospitality"
CI = "confidentiality.insider-advantage"
ME = "meetings.during-meeting"

FAMILY = {"pa": PA, "ab": AB, "bu": BU, "eq": EQ, "df": DF}

ORIGINALS = []   # positives, in writing order
NEGATIVES = []   # hard negatives, in writing order


def pos(key, fam, text, verdict, rules=(), allowed=(), note="", author=None, date=None):
    ORIGINALS.append(dict(key=key, fam=fam, text=text, verdict=verdict,
                          rules=[FAMILY[fam], *rules], allowed=list(allowed),
                          note=note, author=author, date=date))


def hn(key, group, text, allowed=(), note="", author=None, date=None):
    NEGATIVES.append(dict(key=key, group=group, text=text, allowed=list(allowed),
                          note=f"[HN{group}] {note}", author=author, date=date))


# ---------------------------------------------------------------------------
# respect.personal-attack
# ---------------------------------------------------------------------------
pos("pa01", "pa", "Six years as Leader and @GillThrelfallPA still couldn't find the ferry terminal with a map and a torch. A divvy in a nice Cheshire coat, that's all she's ever been.", "review",
    note="Insult ('divvy') at the Leader by handle. Dialect insult, no obscenity, so abusive-language is not expected.")
pos("pa02", "pa", "Tony Kinsella stood up at budget council and read the numbers out like a lad reading the back of a cornflakes box. Not a clue. Not one single clue. Thick as two short planks, our Deputy Leader, and that's being unkind to the planks.", "review",
    note="Insult at the Deputy Leader by short name and role; about his competence as a person, not the budget.")
pos("pa03", "pa", "The chair of planning sat there like a stunned mullet while the Harcastle Homes barrister ran rings round him. Gutless. Gullsands voted for a councillor, not a coat stand.", "review",
    allowed=[PD],
    note="Insult at a councillor identified by role. No view on the merits of the application is given; predetermination allowed because a pending scheme is in the background.")
pos("pa04", "pa", "Karl Ditchfield is the most useless Head of Regeneration this borough has ever had. Twelve years of Egret Dock 'masterplans' and not one brick laid. Clueless man, clueless department, and he's on more than the Prime Minister's chauffeur.", "review",
    rules=[OF],
    note="Insult at a named officer: personal-attack and officers.impartiality expected. Compare HN1 [[hn1_06]], which says the same about the masterplan without the man.")
pos("pa05", "pa", "@LiamHegartyCG you're a gobby little know-all who's been a councillor for five minutes. Sit down, la, and let the grown-ups talk.", "review",
    allowed=[EQ],
    note="Insult by handle. 'Little', 'five minutes' and 'the grown-ups' lean on his youth (he is 23), so equality is allowed, but the post is about his manner and tenure; some would tag age.")
pos("pa06", "pa", "Watching Bernie Quirk at scrutiny is like watching a seagull go for your chips on the prom. All squawk, no brain, and she'll have your dinner off you the second you look away.", "review",
    note="Insult by short name ('no brain'), built on a seaside image; no obscenity.")
pos("pa07", "pa", "Our Mayor wandered round the Saltcote food festival for three hours and didn't buy a single thing off a local stall. Tight as a drum and twice as empty. Arl arse, as me nan would've said.", "review",
    allowed=[AB],
    note="Insult at the Mayor by role. 'Arl arse' (Scouse: a mean person) contains 'arse', so abusive-language is allowed, not expected: it is a fixed dialect phrase, not obscenity aimed at her.")
pos("pa08", "pa", "Our Monitoring Officer couldn't monitor a goldfish bowl. Four months to answer one complaint from a Tranmoss pensioner and then a letter full of waffle. Lazy, out of her depth, and paid handsomely for it.", "review",
    rules=[OF],
    note="Insult at an officer by role ('our Monitoring Officer'): officers.impartiality expected.")
pos("pa09", "pa", "@GrahamPownall is a puppet. Cabinet's hand up his back, mouth moving, nothing coming out but press releases. Ask anyone in Wharfton to name one thing he's done and watch them go quiet.", "review",
    note="'Puppet' at a named cabinet member by handle.")
pos("pa10", "pa", "Terry Costigan: forty years on the docks, twelve on the council, and in all that time not one original thought. A foghorn with a rosette who thinks shouting is the same as arguing.", "review",
    note="Insult ('foghorn', 'not one original thought') at a named councillor.")
pos("pa11", "pa", "Colin Baybutt is a nasty, spiteful little man and I don't think there's a soul in Gullsands who'd turn up to his funeral. Not one. Not even the gulls.", "block",
    allowed=[BU],
    note="Severe personal attack (wishing-his-death undertone), so block; bullying allowed, since it wishes rather than threatens.")
pos("pa12", "pa", "I've tried to be polite about this for three years. No more. @SallyFaircloughPA is a poisonous, sneering excuse for a human being who'd step over a homeless lad in the Swan Court stairwell to get to a photo op. She laughed, actually laughed, when a mum from the ninth floor asked her about the damp at the residents' meeting. Rotten right through, like the window frames she won't replace.", "block",
    note="Severe personal attack by handle ('excuse for a human being'), block. The window frames point is policy, but the post is about her.")
pos("pa13", "pa", "Owen Meacock's contribution to last night's debate: twenty minutes of his own voice, three typos on his slides and a cob on when nobody clapped. Mardy, self-satisfied little man.", "review",
    note="Insult at a named councillor with Scouse and Cheshire idiom ('a cob on', 'mardy').")
pos("pa14", "pa", "@RhodriVaughanPA told Saltcote he'd fight for the library, then sat on his hands when it came to the vote. Smarmy little weasel. At least a weasel's honest about what it is.", "review",
    note="Insult ('smarmy little weasel') by handle. The record point is fair; the name-calling makes it a personal attack. Compare HN6 [[hn6_17]].")
pos("pa15", "pa", "You're a clown, @KevinMulhearnCG. A full red-nose, big-shoes clown. Tranmoss has had its bins missed three weeks running and you're posting selfies with a traffic cone.", "review",
    note="'You're a clown' by handle. The bins are the real grievance, the target is the person.")
pos("pa16", "pa", "Ged Molyneux wouldn't know how to run a ferry if you gave him a paddle and a map of the Wend. Sailings cancelled every week and he hides in his office like a crab under a rock. Gutless.", "review",
    rules=[OF],
    note="Insult at a named officer (Ferries and Harbour Manager): officers.impartiality expected.")
pos("pa17", "pa", "Philippa Warburton is the most self-important woman in Cheshire, and round Brindle Heath that's a crowded field. Looks at Tranmoss like it's something she's trodden in.", "review",
    allowed=[EQ],
    note="Personal attack at a named councillor. 'Self-important woman' names her sex but the insult is about her manner; equality allowed, not expected. Nothing touches her disability.")
pos("pa18", "pa", "Huge congratulations to @HannahCottrellPA on her first full year as a councillor! 🎉 A whole year without reading a single report. Boss effort, genuinely. I've never seen anyone so confidently wrong about so many things.", "review",
    rules=[TI],
    note="Mock congratulation with an insult: personal-attack and tone.irony-risk expected (convention for mock praise).")
pos("pa19", "pa", "Erin Tickle treats the salt marsh like her own personal hobby. Preachy, patronising, never listened to a shrimper or a wildfowler in her life. A sanctimonious pain in the neck.", "review",
    note="Insult at a named councillor about her manner; nothing about her being trans. The label rests on 'sanctimonious pain in the neck'.")
pos("pa20", "pa", "The Chief Executive is an overpaid empty suit on £190k who hasn't set foot in Tranmoss since the day he was hired. Coward.", "review",
    rules=[OF],
    note="Insult at an officer by role: officers.impartiality expected.")
pos("pa21", "pa", "Geoffrey Antrobus is the human version of a hosepipe ban. Turns up, says no to everything, goes home. Miserable, small-minded and petty, and Pennock's had thirty years of it.", "review",
    allowed=[EQ],
    note="Insult at a named councillor. 'Thirty years' is tenure, but he is 78, so equality is allowed; nothing mocks his age or his hearing.")
pos("pa22", "pa", "@MarekZielinskiMG you drove your diesel 4x4 to the clean air rally. Spare us the lectures, you sanctimonious hypocrite.", "review",
    note="'Sanctimonious hypocrite' by handle. 'Hypocrite' is not read as an allegation of dishonesty in the defamation sense.")
pos("pa23", "pa", "Clive Entwistle is a snob and a bore. Every meeting it's 'when Brindle Heath had standards'. Go back to the golf club bar, Clive, nobody in this chamber misses you when you're there.", "review",
    note="'Snob and a bore' at a named councillor. 'Go back to the golf club bar' is dismissive, not a threat or an equality cue.")
pos("pa24", "pa", "Alison Brereton should be embarrassed. A Head of Planning who can't read a plan, can't run a site visit without losing the minibus, and can't answer a straight question without a consultant holding her hand. Residents in Gullsands waited nine months for a decision on a conservatory. Nine months. The lad had to take his garden furniture in for the winter twice. Incompetent from start to finish, and somebody in cabinet needs to say so.", "review",
    rules=[OF],
    note="Insult at a named officer ('incompetent from start to finish'): officers.impartiality expected.")
pos("pa25", "pa", "@PaulaSudworthCG is a nasty piece of work. Ask anyone who's sat on a committee with her: sneer, smirk, interrupt, repeat. Wharfton deserves someone who can disagree without being nasty about it.", "review",
    note="'Nasty piece of work' at a named councillor by handle.")
pos("pa26", "pa", "Ruth Abelson's Prom Fund speech was the most pompous, self-satisfied drivel I've heard in that chamber, and I've sat through twelve budget nights. Pompous windbag, end of.", "review",
    note="'Pompous windbag' at a named councillor. Nothing in the post touches her being Jewish; compare the coded trope in [[eq06]].")
pos("pa27", "pa", "Michael Yip at the dock forum: lovely suit, shame about the head. Empty as the Egret Dock warehouses, and about as much use.", "review",
    note="Insult at a named councillor. Nothing in the post touches his heritage; compare [[eq01]].")

# ---------------------------------------------------------------------------
# respect.abusive-language
# ---------------------------------------------------------------------------
pos("ab01", "ab", "The new ferry timetable is an absolute pile of shite. Whoever signed it off has never stood on the Ferrymouth stage at ten to eight in February with the wind coming up the Wend.", "review",
    allowed=[PA],
    note="Obscenity at a timetable; 'whoever signed it off' keeps personal-attack only allowed.")
pos("ab02", "ab", "Wharfton tip booking system is bollocks from start to finish. Two hours on the app, got a slot, turned up with a car full of garden waste, 'no record of you, love'. Sort it out.", "review",
    note="Obscenity at a booking system; no person targeted.")
pos("ab03", "ab", "@TonyKinsellaPA you absolute bellend. You cut the Gullsands lifeguards and then turned up on the beach for a photo in your good shoes. Read the room, lad.", "review",
    rules=[PA],
    note="Obscene insult at a named councillor by handle: abusive and personal-attack expected.")
pos("ab04", "ab", "Right, I've read all 212 pages of it so you don't have to. Budget's a total shitshow. £4m black hole that nobody saw coming except everyone who's been shouting about it since 2023. The lido shut. Libraries down to three days. Lifeguards cut at Gullsands. Crossing patrols gone on the Moss. And in the middle of all that, £38k for a new logo. A new logo. Fucking hell, Wendhey.", "review",
    note="Obscenity at the budget and the council, no person: abusive only.")
pos("ab05", "ab", "Kevin Mulhearn is a knobhead. There, I said it. Anyone who votes against the Tranmoss youth club money while his own kids go sailing at Brindle Heath is a knobhead.", "review",
    rules=[PA],
    note="Obscene insult at a named councillor. The children are mentioned only as a general hypocrisy jab, not identified.")
pos("ab06", "ab", "Sweepco are a bunch of useless twats. Fourth missed bin on Marsh Road this month and a lad in a hi-vis telling me it's 'the system'.", "review",
    allowed=[PA],
    note="Obscenity at a contractor (a company): abusive expected, personal-attack only allowed.")
pos("ab07", "ab", "Egret Dock 'regeneration' plan = a steaming pile of crap with some CGI seagulls stuck on it.", "review",
    note="Obscenity at a plan; mildest row in the family with [[ab13]].")
pos("ab08", "ab", "Whoever designed the new cycle lane on Gullsands prom wants their head testing. It's a death trap, it's shite, and it stops dead at a bin. Come and ride it, I dare you.", "review",
    allowed=[PA],
    note="Obscenity at a cycle lane; 'whoever' keeps personal-attack allowed. 'I dare you' is a challenge, not a threat.")
pos("ab09", "ab", "Stop talking shite about the refinery jobs, @ErinTickleMG. Half of Wharfton works there or did, and 'just retrain' doesn't pay a mortgage.", "review",
    allowed=[PA],
    note="Obscenity at what a councillor said, not at her: personal-attack only allowed (convention).")
pos("ab10", "ab", "Graham Pownall is a total cunt and everyone on the Wharfton estates knows it.", "block",
    rules=[PA],
    note="The c-word at a named councillor: severe, block.")
pos("ab11", "ab", "Spent the afternoon in Swan Court again. Flat 41: mould up the bedroom wall, baby on a nebuliser. Flat 56: ceiling down in the bathroom since Christmas. Flat 63: no heating for a fortnight and a pensioner in her coat indoors. The bosses at Tidewater Homes are scumbag bastards who'd let a baby grow up in black mould for an extra tenner a week. Vermin, the lot of them. Swan Court deserves better than these leeches.", "block",
    allowed=[PA],
    note="Severe abuse ('scumbag bastards', 'vermin') at a housing association's unnamed bosses: block; personal-attack allowed as they are not named. HN1 [[hn1_03]] makes the same complaint without the abuse.")
pos("ab12", "ab", "What a load of bollocks from @GillThrelfallPA at full council. 'The ferry is safe in our hands.' Safe? It's half sunk already.", "review",
    allowed=[PA],
    note="Obscenity at what the Leader said: personal-attack only allowed. Posted after the meeting; meetings rule not raised.")
pos("ab13", "ab", "Scran at the civic reception: boss. Speeches at the civic reception: shite. Two stars, would not attend again.", "review",
    allowed=[PA],
    note="Mild obscenity at speeches (what people said): abusive expected, personal-attack allowed. Some would call this too mild to flag at all.")
pos("ab14", "ab", "This consultation is a piss-take. Six days to respond, online only, and the one drop-in is at Brindle Heath golf club at two on a Tuesday afternoon. Who exactly is it for?", "review",
    note="'Piss-take' at a consultation, no person targeted.")
pos("ab15", "ab", "Owen Meacock, you smug prick. Stood there grinning while the Saltcote lifeboat lost its grant and then went on Radio Sayle to say he 'shared the frustration'.", "review",
    rules=[PA],
    note="Obscene insult ('smug prick') at a named councillor.")
pos("ab16", "ab", "The Peninsula Courier is a shit rag. Printed the wrong date for the flood meeting, half of Saltcote turned up on the wrong night, then they blamed us.", "review",
    allowed=[PA],
    note="Obscenity at a newspaper: abusive expected, personal-attack only allowed.")
pos("ab17", "ab", "The Prom Fund bid was written by a committee of absolute dickheads and it shows. Rejected in the first round. Well done, everyone. Truly.", "review",
    allowed=[PA, TI],
    note="Obscenity at an unnamed group ('a committee of'): personal-attack allowed. 'Well done, everyone. Truly.' is mock praise of a body, so irony only allowed.")
pos("ab18", "ab", "Fuck the parking charges on Saltcote Parade. Six quid to look at a marsh. I'll say it in the chamber too, only politer.", "review",
    note="Obscenity at a charge; no person.")
pos("ab19", "ab", "The council's highways lot are a shower of shite. Report a pothole on Pennock Road, get an email saying it's been 'inspected'. Inspected by who? A seagull?", "review",
    allowed=[PA, OF],
    note="Obscenity at an unnamed team of staff: personal-attack and officers.impartiality allowed, as nobody is identified by name or role.")
pos("ab20", "ab", "The bastard ferry's off again. Third time this week. Been stood on the stage since ten to eight like a lemon and the board just says 'operational reasons'.", "review",
    note="Obscenity at a ferry service; no person.")
pos("ab21", "ab", "Neil Furlong has made a complete arse of the reserves. How the hell does a s151 officer lose track of £2m? Tit.", "review",
    rules=[PA, OF],
    allowed=[DF],
    note="Obscenity and an insult ('Tit') at a named officer: abusive, personal-attack and officers expected. 'Lose track of £2m' is incompetence, not theft, so defamation only allowed; contrast [[df04]].")
pos("ab22", "ab", "Shitting hell, they've drained the Marine Lake AGAIN and nobody told the sailing club. Forty kids turned up to an empty hole.", "review",
    note="Obscene exclamation about a decision; one word in capitals is not shouting, so haste not added.")
pos("ab23", "ab", "Bernie Quirk's a gobshite. Been saying it since 2019 and she's done nowt to change my mind.", "review",
    rules=[PA],
    note="'Gobshite' (Scouse, obscene) at a named councillor: abusive and personal-attack expected. Contrast HN2 [[hn2_09]], which quotes the word to remove it.")
pos("ab24", "ab", "The new council website is wank. Twenty minutes to find the bin calendar and when I found it, it was last year's.", "review",
    note="Obscenity at a website.")
pos("ab25", "ab", "Harcastle Homes can fuck right off back down south with their 'executive village' for the Brindle Heath fields. Nobody here wants it.", "review",
    allowed=[PA, PD],
    note="Obscenity at a developer (company): personal-attack allowed. The application is pending, so predetermination is allowed; the post says what residents want rather than how the author will vote.")
pos("ab26", "ab", "Dear @DelroyMensahPA, the lido's been shut eighteen months. Get your arse down there and look at it, you lazy sod.", "review",
    rules=[PA],
    note="Obscenity and an insult ('lazy sod') at a cabinet member by handle.")
pos("ab27", "ab", "Whoever's been dumping mattresses on the marsh path at Saltcote: you're scum. Absolute scum. The bizzies have got the camera footage and so have I.", "review",
    allowed=[PA, BU],
    note="Severely toxic word at unknown flytippers: abusive, personal-attack allowed ('whoever'). 'So have I' is close to a threat; bullying allowed.")

# ---------------------------------------------------------------------------
# bullying.intimidation (all block)
# ---------------------------------------------------------------------------
pos("bu01", "bu", "@KevinMulhearnCG keep running your mouth about the Moss estate and you'll find out what happens. Me and the lads know which pub you drink in of a Friday.", "block",
    allowed=[PA],
    note="[explicit] Threat by handle with a place and time he can be found.")
pos("bu02", "bu", "Lovely house you've got on Thornby Lane, Clive. Shame if somebody asked planning enforcement to have a proper look at that extension. Just saying.", "block",
    allowed=[DP, IA],
    note="[veiled] Threat to set council enforcement on a named councillor, with his home street: data protection and improper advantage allowed.")
pos("bu03", "bu", "If Nasreen Akhtar turns up at the Swan Basin meeting again, I'll drag her out by that scarf myself.", "block",
    allowed=[EQ, PA],
    note="[explicit] Threat of violence. 'That scarf' points at her hijab, so equality is allowed; the threat is the label.")
pos("bu04", "bu", "Anyone who speaks for the call-in on the dock deal next week: I'll remember your name when your ward comes asking for a penny from the capital programme. Think on.", "block",
    allowed=[IA],
    note="[pressure] Threatens members with the misuse of council money ('Think on', Cheshire/Lancashire for 'consider this'). Improper advantage allowed.")
pos("bu05", "bu", "You'll regret that vote, @HannahCottrellPA. Not today, not tomorrow. But you will.", "block",
    note="[veiled] The textbook 'you'll regret' at a named councillor. HN5 [[hn5_01]] has 'revenge' at a five-a-side rematch.")
pos("bu06", "bu", "Say that to my face on the prom, Colin. Go on. I'll put you in the Marine Lake myself and I won't be fishing you out.", "block",
    allowed=[PA],
    note="[explicit] Threat of violence at a named councillor (Colin Baybutt is the only Colin). HN5 [[hn5_12]] has a lifeboat crew fishing a councillor out of the same lake.")
pos("bu07", "bu", "To the resident who reported me to the Monitoring Officer: I know it was you, Janet from Pennock Road. Nobody else was at that meeting who'd have written it up like that. I've kept every email you've ever sent me, including the ones about your neighbours. Withdraw it this week or everyone on the Heath gets to read them. Your choice, love.", "block",
    allowed=[DP],
    note="[pressure] Threat against a complainant, identified by first name and street: data protection allowed.")
pos("bu08", "bu", "Funny how the Jolly Shrimper's licence review always seems to come round when the landlord's been mouthing off about me in the bar. Funny, that. Keep going, Dougie.", "block",
    allowed=[IA, DP],
    note="[veiled] Implies the author can set a licensing review on a publican who criticises him; improper advantage allowed; the landlord's first name and pub identify a private person (data protection allowed).")
pos("bu09", "bu", "Ged Molyneux, if one more sailing gets cancelled I will personally come down to that harbour office and make you wish you'd never heard of the Wend.", "block",
    rules=[OF],
    note="[explicit] Threat at a named officer: officers.impartiality expected.")
pos("bu10", "bu", "Every time @ErinTickleMG stands up in committee, let's all just look at the ceiling and hum. See how long she lasts when nobody in the room will even look at her.", "block",
    allowed=[PA, EQ],
    note="[pressure] Organised humiliation and shunning of a named councillor. She is trans; nothing in the text refers to it, so equality only allowed.")
pos("bu11", "bu", "I know what car you drive, @LiamHegartyCG, and I know what time you leave the Ferrymouth Park surgery on a Thursday. Be careful out there, lad.", "block",
    allowed=[DP],
    note="[veiled] Knowledge of a route and time plus 'be careful': data protection allowed.")
pos("bu12", "bu", "Somebody needs to give Sally Fairclough a proper slap. Swan Court tenants have had enough and so have I.", "block",
    allowed=[PA],
    note="[explicit] Incites violence at a named councillor.")
pos("bu13", "bu", "Reminder to the officers writing the Egret Dock report: I sit on the appointments panel. Recommendations that embarrass cabinet get remembered at restructure time.", "block",
    rules=[OF],
    allowed=[IA],
    note="[pressure] Presses officers to change a report with a threat to their jobs: officers expected, improper advantage allowed.")
pos("bu14", "bu", "Be a shame if the photos from the Christmas do got out, wouldn't it, Owen? Vote the right way on Thursday and they stay on my phone.", "block",
    allowed=[PA],
    note="[pressure] Blackmail of a named councillor over a vote.")
pos("bu15", "bu", "Terry Costigan, I know where you live and I know where you drink. Carry on and see.", "block",
    allowed=[PA],
    note="[explicit] 'I know where you live' at a named councillor. HN2 [[hn2_28]] condemns exactly this.")
pos("bu16", "bu", "Let's share @PhilippaWarbVI's meltdown at committee as far as it'll go. Tag her, quote her, make it trend. She wants to be the story? She can be the story.", "block",
    allowed=[PA, EQ],
    note="[pressure] Calls for an organised pile-on. 'Meltdown' is not tied to her disability in the text; equality only allowed.")
pos("bu17", "bu", "Ruth, I'd think very carefully before you publish that FOI response. Very carefully. People have long memories round here.", "block",
    allowed=[PA],
    note="[veiled] Warning with menace to a named councillor (first name only; Ruth Abelson is the only Ruth).")
pos("bu18", "bu", "Fished a divvy out of the Sayle off Saltcote slipway once. Didn't have to. Rhodri Vaughan might want to remember that next time he opens his gob about my ward.", "block",
    allowed=[PA],
    note="[veiled] Implies the author might let him drown. Close to HN5 banter in tone, but aimed at a named councillor with 'might want to remember that'.")
pos("bu19", "bu", "Message for the Senior Planning Officer: if your report on the Brindle Heath fields recommends approval, I'll make sure every household in the village knows your name and where to find you.", "block",
    rules=[OF],
    allowed=[PD],
    note="[veiled] Threat at an officer by role over a pending application's recommendation: officers expected, predetermination allowed.")
pos("bu20", "bu", "To whoever told the Courier about the allocations panel: I'll find out who you are, and when I do you'll never work in this building again.", "block",
    allowed=[OF, CI],
    note="[pressure] Threat against a suspected leaker among staff, not named: officers allowed. Mentioning a leak allows the confidentiality rule.")
pos("bu21", "bu", "Marek Zielinski should watch himself crossing Marine Parade after dark. Drivers round here aren't always looking, if you get me.", "block",
    allowed=[PA],
    note="[veiled] Veiled threat of harm at a named councillor ('if you get me'). HN2 [[hn2_27]] reports this very wording.")
pos("bu22", "bu", "Next one who heckles me from the public gallery gets their head put through the window. I mean it.", "block",
    note="[explicit] Threat of violence at members of the public, no one named.")
pos("bu23", "bu", "To the Moss estate residents who signed Bernie Quirk's petition against the hub closing: I've got the list. Don't come to my surgery asking for favours.", "block",
    allowed=[IA, DP, PA],
    note="[pressure] Threatens petitioners (private residents) with withheld casework; the signature list is their personal data, allowed.")
pos("bu24", "bu", "Enjoy the peace and quiet at home while it lasts, @GrahamPownall. Things can change very fast round Wharfton.", "block",
    note="[veiled] Menace at a named councillor with no explicit act. The mildest veiled row; some would call it ambiguous.")
pos("bu25", "bu", "Jonathan Peploe, you won't last till Easter. I'll make your working life hell every single day until you walk, and I'll enjoy every minute of it.", "block",
    rules=[OF],
    allowed=[PA],
    note="[pressure] Open campaign to drive out a named officer (the Chief Executive): officers expected.")
pos("bu26", "bu", "Funny how Paula Sudworth's car keeps getting keyed since she started asking about the refinery contract. Some people would take the hint.", "block",
    allowed=[PA],
    note="[veiled] Endorses criminal damage as a warning to a named councillor.")
pos("bu27", "bu", "Geoff, you're 78 and half deaf. Stand down before May or everyone finds out what happened at the Heath bowls club. Your choice.", "block",
    allowed=[EQ, PA],
    note="[pressure] Blackmail to force a named councillor to stand down. The age and deafness jibe allows equality; the threat is the label, as in b99's stand-down row.")

# ---------------------------------------------------------------------------
# equality.discrimination (all block)
# ---------------------------------------------------------------------------
pos("eq01", "eq", "Ferrymouth Docks used to be dockers' families, end to end. Now it's takeaways and foreign shops, and Michael Yip. He can represent his own lot; the Docks wants one of ours.", "block",
    rules=[PA],
    note="[explicit; race] Says a councillor of Chinese heritage cannot represent 'ours'. HN4 [[hn4_06]] is his own post about his great-grandad at Egret Dock.")
pos("eq02", "eq", "Polish vans parked all the way up Marine Parade again. Come over here, pay no tax, take every parking space on the front. Send them home.", "block",
    note="[explicit; race] National origin: 'send them home'. HN2 [[hn2_04]] condemns 'Poles out' graffiti.")
pos("eq03", "eq", "Funny how Delroy Mensah always finds 'community' money for Ferrymouth Park. We all know which community he means.", "block",
    rules=[PA],
    allowed=[DF],
    note="[coded; race] No group named; the dog whistle rests on the reader knowing he is Black. Favouritism hint allows defamation.")
pos("eq04", "eq", "Nasreen Akhtar answers to the mosque first and Ferrymouth second. Everyone knows it. You can't serve two masters, and she's never even tried.", "block",
    rules=[PA],
    note="[explicit; religion or belief] Dual-loyalty trope at a Muslim councillor.")
pos("eq05", "eq", "The Swan Street mosque extension will turn the Docks into a no-go area. Islam and this town don't mix and they never will.", "block",
    allowed=[PD],
    note="[explicit; religion or belief] Attack on Muslims as a group. The extension is a live application, so predetermination allowed. HN3 [[hn3_02]] is a councillor refusing to prejudge it.")
pos("eq06", "eq", "Ruth Abelson and her friends at the bank. Funny how the Prom Fund always seems to end up with the same sort of people, isn't it?", "block",
    rules=[PA],
    allowed=[DF],
    note="[coded; religion or belief] Antisemitic money trope with no group word; relies on her being Jewish. HN2 [[hn2_12]] names the trope to condemn it.")
pos("eq07", "eq", "Why is Philippa Warburton chairing the access working group? She can't even get up the Town Hall steps herself. Put someone able-bodied in charge who can actually get out and look at things.", "block",
    rules=[PA],
    note="[explicit; disability] Says a wheelchair user should not chair because of her disability.")
pos("eq08", "eq", "Jamie Kershaw is autistic and it shows. He shouldn't be anywhere near the licensing committee. Can't read a room, never mind a licence application.", "block",
    rules=[PA],
    note="[explicit; disability] Autism named as a bar to the role. HN4 [[hn4_10]] is his own post.")
pos("eq09", "eq", "The new day centre on the Moss is going to be a magnet for window-lickers. Put it up in Brindle Heath and see how they like it.", "block",
    rules=[AB],
    note="[explicit; disability] Disablist slur ('window-lickers') for learning-disabled people: abusive-language with equality. HN2 [[hn2_02]] condemns the word.")
pos("eq10", "eq", "Marjorie Hesketh is eighty. EIGHTY. She should be in a home in Pennock, not wearing the Mayor's chain. Time for the old dears to move aside and let the working-age folk run things.", "block",
    rules=[PA],
    note="[explicit; age] Age as a bar to office, at a named councillor. HN4 [[hn4_12]] is her own birthday post.")
pos("eq11", "eq", "Councillors under thirty shouldn't get a vote on the budget. Kids who still live with their mams haven't paid enough council tax to have an opinion. #GrownUpsOnly", "block",
    note="[explicit; age] Exclusion by age of a group; no one named. HN3 [[hn3_10]] argues the opposite.")
pos("eq12", "eq", "I'll say what nobody else on this council has the guts to say. Cabinet's got too many women on it now and you can tell. All feelings, no decisions. Three meetings to agree the colour of the ferry seats. When my dad was on the council it was dockers and shipwrights and they got things done. Ferrymouth needs men who've worked the docks, not girls who've worked in HR.", "block",
    allowed=[PA],
    note="[explicit; sex] Sexist generalisation about a body (the cabinet): personal-attack allowed. HN2 [[hn2_06]] reports a remark like it.")
pos("eq13", "eq", "Liam Hegarty's gay. Fine, whatever, his business. But he shouldn't be anywhere near the youth service. Parents on the Moss have a right to be worried.", "block",
    rules=[PA],
    note="[explicit; sexual orientation] Homophobic safeguarding trope after a 'fine, whatever' disclaimer. HN2 [[hn2_16]] is his answer to a DM in the same vein.")
pos("eq14", "eq", "Erin Tickle is a bloke in a frock and I won't be calling him 'she' in the chamber or anywhere else.", "block",
    rules=[PA],
    note="[explicit; gender reassignment] Deliberate misgendering of a named trans councillor. HN2 [[hn2_03]] is her reply to the same phrase.")
pos("eq15", "eq", "Whoever thought Erin Tickle should open the women's refuge fundraiser has a funny idea of what a woman is. Just saying.", "block",
    rules=[PA],
    note="[coded; gender reassignment] Denies that a named trans woman is a woman without using a slur. HN3 [[hn3_13]] is the refuge's policy.")
pos("eq16", "eq", "Hannah Cottrell's having a baby in May, so that's her out of action for a year on full allowances. Women who want kids shouldn't stand for council. Simple.", "block",
    rules=[PA],
    note="[explicit; pregnancy and maternity] Pregnancy as disqualifying, at a named councillor. HN4 [[hn4_09]] is her own post.")
pos("eq17", "eq", "Not sure the planning committee is the place for baby brain, Hannah. Maybe sit this one out, love, and let the rest of us concentrate.", "block",
    rules=[PA],
    note="[coded; pregnancy and maternity] 'Baby brain' as a reason to exclude her. HN2 [[hn2_18]] condemns it.")
pos("eq18", "eq", "Paula Sudworth shouldn't be claiming a consort's place at the Mayor's ball for her 'civil partner'. Those tickets were meant for proper husbands and wives, not arrangements.", "block",
    rules=[PA],
    note="[explicit; marriage and civil partnership] Civil partnership treated as lesser ('not arrangements'); some would tag sexual orientation. HN4 [[hn4_16]] is her anniversary post.")
pos("eq19", "eq", "Rhodri Vaughan can go back over the Sayle to Wales if he loves it so much. Sheep-shagging taffs telling Saltcote how to run our own marsh.", "block",
    rules=[PA, AB],
    note="[explicit; race] National origin slur ('taffs', 'sheep-shagging') at a Welsh-born councillor: abusive and personal-attack with equality. HN2 [[hn2_07]] quotes the slur to condemn it.")
pos("eq20", "eq", "Gullsands used to be a family resort. Buckets and spades, the funfair, the pier, ice cream on the prom. My nan brought me every summer. Now there's a hotel full of fighting-age men on the prom, sat outside on their phones all day opposite the kids' rides, and we're meant to be grateful. Parents have noticed even if the council hasn't. Keep Gullsands for Gullsands families.", "block",
    note="[coded; race] Asylum seekers cast as a threat without naming a nationality or religion. HN1 [[hn1_21]] criticises the same hotel contract on process; HN2 [[hn2_08]] answers the wording.")
pos("eq21", "eq", "Bernie Quirk takes her orders from the priest at Our Lady of the Wend, always has. Can't have a Catholic running the opposition in a town like this.", "block",
    rules=[PA],
    note="[explicit; religion or belief] Sectarian, anti-Catholic. HN4 [[hn4_18]] is her own St Patrick's Day post.")
pos("eq22", "eq", "Went round Ferrymouth market this morning. Could've been in Bucharest. Half the stalls, not a word of English. #SaveOurMarket #PeninsulaFolkFirst", "block",
    note="[coded; race] Romanian traders by insinuation. HN3 [[hn3_15]] busts the free-stall myth; HN2 [[hn2_19]] answers this kind of post.")
pos("eq23", "eq", "Delroy Mensah turned up to the Egret Dock launch in a hoodie. Locked my car twice, if I'm honest. Only saying what everyone's thinking.", "block",
    rules=[PA],
    note="[coded; race] Criminality stereotype at a Black councillor with no group word. HN2 [[hn2_21]] condemns such posts.")
pos("eq24", "eq", "Geoffrey Antrobus can't hear a word anyone says in committee. Deaf old fools shouldn't be deciding anything about our schools.", "block",
    rules=[PA],
    note="[explicit; disability] Deafness (and age) as a bar; tagged disability. HN4 [[hn4_13]] is his hearing-aid post.")
pos("eq25", "eq", "Kevin Mulhearn's 'taking time off for his mental health'. Again. Some of us had proper jobs on the docks and just got on with it. Snowflake.", "block",
    rules=[PA],
    note="[coded; disability] Mocks a named councillor's depression (a disability) without naming it. HN4 [[hn4_11]] is his Time to Talk post; HN2 [[hn2_25]] answers 'snowflake'.")
pos("eq26", "eq", "Why is the council paying for Holi paint in Wharfton Park? This is a Christian country. Anjali Mistry's lot can pay for their own festivals.", "block",
    rules=[PA],
    note="[explicit; religion or belief] Anti-Hindu, through a named councillor ('Anjali Mistry's lot').",
    date=(3, 3))
pos("eq27", "eq", "The council's putting £20k into Chinese New Year lanterns in Ferrymouth. Let the chinkies pay for their own party.", "block",
    rules=[AB],
    note="[explicit; race] Anti-Chinese slur: abusive with equality. HN3 [[hn3_09]] gives the real funding; HN2 [[hn2_05]] reports the slur.",
    date=(2, 12))

# ---------------------------------------------------------------------------
# defamation.allegation
# ---------------------------------------------------------------------------
pos("df01", "df", "Tony Kinsella is a liar. Told the Saltcote lifeboat crew on Monday their grant was safe and cut it on Thursday. A liar, and a bad one at that.", "review",
    rules=[PA],
    note="'Liar' at a named councillor: defamation and personal-attack (convention). No crime alleged, so review. HN6 [[hn6_26]] sets a record against his words without the word.")
pos("df02", "df", "Graham Pownall took £10,000 from Halvard Refining in a brown envelope in the back room of the Jolly Shrimper last March. I've got a witness who watched the handover.", "block",
    allowed=[PA],
    note="A specific bribe stated as fact, with time, place and witness: block. No name-calling, so personal-attack allowed.")
pos("df03", "df", "Colin Baybutt is in Harcastle Homes' back pocket. Everyone in Brindle Heath knows it. Watch how he votes on the fields and tell me I'm wrong.", "review",
    allowed=[PA, PD],
    note="Corruption by idiom ('in their back pocket'), no specific act: review. The application is pending; predetermination allowed.")
pos("df04", "df", "Neil Furlong moved £300k out of the harbour reserve into an account nobody can trace. Our s151 officer is stealing from this borough, simple as.", "block",
    rules=[OF],
    allowed=[PA],
    note="Theft by a named officer stated as fact: block, officers expected. Contrast [[ab21]] ('lose track').")
pos("df05", "df", "A certain member of the Peninsula Alliance cabinet has a brand new boat moored at Saltcote Old Quay. On a councillor's allowance. I'll let you do the maths.", "review",
    allowed=[PA],
    note="Innuendo at an identifiable small group (the cabinet), no name-calling: defamation, personal-attack allowed.")
pos("df06", "df", "People keep asking me why Sweepco got the bins contract when their bid was £600k dearer than the next one. Here's why. The Sweepco contract was rigged. Sally Fairclough's brother-in-law sits on their board and she sat on the tender panel without declaring it. She scored their bid herself. That's corruption, and it's a crime, and I've sent the lot to the police.", "block",
    allowed=[PA, DP],
    note="Specific undeclared-interest corruption stated as fact: block. The brother-in-law is a private relative (data protection allowed).")
pos("df07", "df", "Kevin Mulhearn is a con man. Ask the Moss food bank where the Christmas raffle money went.", "review",
    rules=[PA],
    note="'Con man' plus insinuation, not a stated theft: review, personal-attack expected.")
pos("df08", "df", "Marjorie Hesketh gave her son's catering firm the Mayor's ball without a tender and signed off the £18,000 invoice herself. That's misconduct in public office.", "block",
    allowed=[PA, DP],
    note="Specific misconduct stated as fact about the Mayor: block. The son is a private person (data protection allowed).")
pos("df09", "df", "Owen Meacock is as crooked as the Saltcote slipway, and that's been bent since 1953.", "review",
    rules=[PA],
    note="'Crooked' at a named councillor by local simile: defamation and personal-attack, review.")
pos("df10", "df", "Common Ground were buying votes with food parcels on the Moss before the by-election. I watched them hand out supermarket vouchers with the leaflets outside the precinct.", "block",
    allowed=[PA],
    note="Electoral treating by a party's canvassers, stated as witnessed fact: block, personal-attack allowed (a party).")
pos("df11", "df", "Dodgy deals, dodgy mates, dodgy Delroy. Ask him who got the lido café lease. Go on, ask.", "review",
    rules=[PA],
    note="'Dodgy' at a named councillor plus insinuation: review.")
pos("df12", "df", "Ged Molyneux has been fiddling his overtime for years. Claimed sixty hours of 'ferry inspections' the week he was on a sunbed in Tenerife. I've seen the timesheets.", "block",
    rules=[OF],
    allowed=[PA],
    note="Specific fraud by a named officer with documents claimed: block, officers expected.")
pos("df13", "df", "Gill Threlfall lied to full council about the lido. She knew it was shutting when she stood up and said it was safe.", "review",
    rules=[PA],
    note="'Lied' with knowledge at the Leader; no crime alleged: review. HN6 [[hn6_01]] sets out the same promise without calling it a lie.")
pos("df14", "df", "Terry Costigan's nephew got two of the Egret Dock market pitches because Terry leaned on the licensing officer. That's not looking after your own, it's corruption, and the police should be looking at it.", "block",
    allowed=[PA, OF, DP],
    note="Specific corrupt act stated as fact: block. An unnamed officer said to be pressured (officers allowed); the nephew is a private relative.")
pos("df15", "df", "Halvard Refining are crooks and everyone in Wharfton knows it. Paying off whoever they need to, year after year.", "review",
    allowed=[PA],
    note="'Crooks' and bribery at a company, no specific act: review, personal-attack allowed.")
pos("df16", "df", "Jonathan Peploe put his own consultancy on the Egret Dock framework and paid it £240,000 through a shell company registered to his wife's maiden name. That's fraud by a public officer.", "block",
    rules=[OF],
    allowed=[PA, DP],
    note="Specific fraud by the named Chief Executive: block, officers expected. The wife is a private relative.")
pos("df17", "df", "The Villages Independents are a front for the Brindle Heath golf club. Bought and paid for, every one of them.", "review",
    allowed=[PA],
    note="Corruption by idiom at a party: review, personal-attack allowed.")
pos("df18", "df", "Clive Entwistle built his garden room on council land behind Thornby Lane and had the enforcement file 'lost'. I know the officer who was told to lose it.", "block",
    allowed=[PA, OF, DP],
    note="Specific misconduct (land and a lost enforcement file) stated as fact: block. The home street allows data protection; an unnamed officer is involved.")
pos("df19", "df", "Anyone else notice Paula Sudworth always seems to know about Wharfton land sales before they're announced? Must be psychic. Or something.", "review",
    allowed=[PA, CI, TI],
    note="Innuendo of insider dealing at a named councillor, with sarcasm: review; insider advantage and irony allowed.")
pos("df20", "df", "There are 2,400 families on the housing waiting list in this borough. Some of them have been on it six years. So how did a woman from Brindle Heath with no priority get a three-bed in Swan Court in a fortnight? Our Cabinet Member for Housing let her mate jump the list. Took £2k cash for it and all. The tenant who got bumped told me to my face.", "block",
    allowed=[PA],
    note="A bribe for a housing allocation, stated as fact, at a councillor identified by role: block.")
pos("df21", "df", "@HannahCottrellPA is a fraud. Got elected on saving the Gullsands lifeguards and voted to cut them in her first budget.", "review",
    rules=[PA],
    note="'Fraud' at a named councillor as a political jibe: defamation and personal-attack (convention), review. HN6 [[hn6_14]] takes the same lifeguard record without the word.")
pos("df22", "df", "Rhodri Vaughan's sailing club got £50k from the Prom Fund and he voted on it without declaring. That's a criminal offence under the Localism Act and he knows it.", "block",
    allowed=[PA],
    note="Failure to declare a pecuniary interest, a criminal offence, stated as fact: block.")
pos("df23", "df", "Sweepco are ripping off this council and cabinet are letting them because somebody's being looked after. Cosy, isn't it?", "review",
    allowed=[PA, TI],
    note="Corruption insinuated at a company and the cabinet as a body: review, personal-attack allowed.")
pos("df24", "df", "Geoffrey Antrobus's son-in-law runs the coach firm that won the school transport contract, and Geoffrey voted it through at committee. Didn't declare a thing. That's fraud.", "block",
    allowed=[PA, DP],
    note="Specific undeclared-interest fraud stated as fact: block. Naming the act ('that's fraud') is not name-calling, so personal-attack only allowed.")
pos("df25", "df", "Dodgy Anjali strikes again. Another 'consultancy' invoice for her husband's firm, another 'admin error'. How many errors before it isn't an error?", "review",
    rules=[PA],
    allowed=[DP],
    note="'Dodgy' at a named councillor plus insinuation, no crime stated: review.")
pos("df26", "df", "Alison Brereton signed off the Halvard flare stack extension two months after Halvard paid for her daughter's wedding reception. Officers taking backhanders, that's what this is.", "block",
    rules=[OF],
    allowed=[PA, GI, DP],
    note="A named officer taking a bribe, stated as fact: block, officers expected; gifts allowed; the daughter is a private relative.")
pos("df27", "df", "The Leader of the Opposition couldn't lie straight in bed. Every leaflet she's put through a door on the Moss has had a fib on it.", "review",
    rules=[PA],
    note="Dishonesty idiom at a councillor identified by role: review, personal-attack expected. HN6 [[hn6_07]] corrects the same councillor's claim from the minutes.")

# ---------------------------------------------------------------------------
# Hard negatives. HN1 harsh criticism of a policy, decision, party, company or
# the council.
# ---------------------------------------------------------------------------
hn("hn1_01", 1, "The ferry timetable cut is a disgrace. Fewer sailings, higher fares, and cabinet calls it 'efficiency'. Commuters from Ferrymouth deserve better and I'll be saying so at scrutiny on Tuesday.",
   note="Harsh criticism of a decision; 'disgrace' at a timetable. Compare [[ab01]].")
hn("hn1_02", 1, "Sweepco's performance on Marsh Road this winter has been dire. Four missed collections in five weeks. The contract has penalty clauses. Cabinet should use them.",
   allowed=[PA], note="Criticism of a contractor's performance; no abuse. Compare [[ab06]].")
hn("hn1_03", 1, "Tidewater Homes should be ashamed of the state of Swan Court. Black mould up the walls, a lift that's been broken since November with pensioners on the eleventh floor, and tenants told to 'open a window' in January with the wind coming off the Wend. I've reported them to the Housing Ombudsman this morning, with photos from eleven flats, and I'll publish the reply in full when it comes.",
   allowed=[PA], note="Strong criticism of a landlord, with action taken. The abusive version is [[ab11]].")
hn("hn1_04", 1, "This budget is a shambles. It shuts the lido, cuts the libraries and the lifeguards, and protects £1.9m of consultants. The Peninsula Alliance should be ashamed of it, and residents will remember in May.",
   allowed=[PA], note="The central-nuance example: a shambles and 'should be ashamed' at a budget and a party.")
hn("hn1_05", 1, "Cutting Saltcote library to three days is a cowardly decision dressed up as a 'review'. The building stays, the staff go, and the kids doing homework there after school lose out. Call-in signed.",
   note="'Cowardly' about a decision, not a person.")
hn("hn1_06", 1, "The Egret Dock masterplan is a fantasy. CGI cafés and a 'maritime quarter' with no funding, no anchor tenant and no date. Twelve years of glossy brochures. Show us a spade in the ground or stop printing them.",
   allowed=[OF], note="Harsh criticism of a plan; compare [[pa04]], which turns it on the officer.")
hn("hn1_07", 1, "I have serious concerns about Harcastle Homes' viability assessment for the Brindle Heath fields: the affordable housing figure drops from 30% to 8% between drafts. I'll listen to all the evidence at committee before I decide.",
   allowed=[PD], note="Predisposition on a pending application, not predetermination.")
hn("hn1_08", 1, "Halvard Refining has breached its flaring limits three times since October. Wharfton residents are sick of the roar and the smell at two in the morning. The Environment Agency needs to stop giving them the benefit of the doubt.",
   allowed=[PA, DF], note="Criticism of a company's record on the public record; 'breached' is a documented fact, so defamation only allowed.")
hn("hn1_09", 1, "Sound as a pound, the old bus station was. The new one in Ferrymouth is a wind tunnel with a vending machine. Whoever approved that design never sat in it for ten minutes in February.",
   allowed=[PA], note="Dialect, harsh criticism of a design; 'whoever' with no insult.")
hn("hn1_10", 1, "Six quid to park on Saltcote Parade for an hour. It's a tax on families who want to look at the marsh and buy an ice cream. Scrap it.",
   note="Criticism of a charge; compare the obscene version [[ab18]].")
hn("hn1_11", 1, "The Peninsula Courier's coverage of the lido closure was lazy and one-sided: not a single quote from a swimmer, a lifeguard or a parent. Do better.",
   allowed=[PA], note="Criticism of a newspaper without abuse; compare [[ab16]].")
hn("hn1_12", 1, "The consultation on closing the Moss community hub is a sham. Online only, six days, one drop-in at the golf club. Nobody on the estate was ever meant to take part, and everybody on the estate knows it.",
   note="'A sham' at a consultation. Compare [[ab14]].")
hn("hn1_13", 1, "Selling off the Gullsands Pier Pavilion is short-sighted and wrong. Once it's gone, it's gone. I've submitted a call-in with four colleagues and we'll make the case in public.",
   note="Opposition to a decision.")
hn("hn1_14", 1, "The council's new website is a mess. The bin calendar is four clicks deep and shows last year's dates. I've asked for it to be fixed before the collection days change in April.",
   note="Criticism of a website; the obscene version is [[ab24]].")
hn("hn1_15", 1, "Common Ground's manifesto promises free ferry travel for everyone under 25 and doesn't cost it at all. That's a leaflet, not a plan.",
   allowed=[PA], note="Criticism of a party's policy.")
hn("hn1_16", 1, "Wendhey Ferries putting fares up 14% while cutting the 7.40 sailing is a kick in the teeth for every commuter on this peninsula. I'll be moving a motion to freeze them.",
   note="Idiom ('kick in the teeth') about a fare rise.")
hn("hn1_17", 1, "Our Monitoring Officer's report on the code of conduct changes is far too long and too vague for members to act on. I've asked for a plain-English summary before full council.",
   allowed=[OF], note="Criticises an officer's report by role, civilly; officers.impartiality allowed, as some would raise it.")
hn("hn1_18", 1, "The pothole backlog on Pennock Road is unacceptable. Two years and counting. Officers are stretched, I know that, but cabinet set the budget that stretched them.",
   allowed=[OF], note="Blames the budget, not the staff.")
hn("hn1_19", 1, "Made up that the lido petition has passed 4,000 signatures. Cabinet has no excuse now. Reverse the closure and open it for the summer.",
   note="Dialect ('made up'); a campaign demand.")
hn("hn1_20", 1, "The Villages Independents voted against affordable homes in Brindle Heath again. Every single one of them. It's nimbyism with a rosette on.",
   allowed=[PA], note="Sharp jibe at a party's voting record; 'nimbyism' at a policy stance.")
hn("hn1_21", 1, "Some facts about the Grand Marine Hotel, because there's a lot of nonsense going round. The handling of the contract has been chaotic: no notice to ward councillors, no plan for GP registrations, no school places planned, no community liaison. That's a failure of process by the Home Office and our cabinet, and it's unfair on residents and on the people staying there. I've asked for a public meeting in Gullsands and I'll post the date here.",
   allowed=[EQ], note="Criticises the asylum hotel contract on process; equality allowed because the topic is close to [[eq20]].")
hn("hn1_22", 1, "Cutting the school crossing patrols on the Moss to save £40k is a false economy and a dangerous one. Somebody's child will pay for it. Reverse it.",
   allowed=[BU], note="'Somebody's child will pay for it' is a warning about road safety, not a threat.")
hn("hn1_23", 1, "The Sayle Liberals' amendment was tinkering round the edges. They've opposed every cut in the chamber and proposed none of the savings. You can't have it both ways.",
   allowed=[PA], note="Criticism of a party's amendment.")
hn("hn1_24", 1, "Hats off to the Saltcote marsh wardens, no thanks to the cabinet who took their van off them. The salt marsh doesn't manage itself, and the next high tide won't wait for a budget review.",
   note="Praise for staff, criticism of a decision.")
hn("hn1_25", 1, "The refinery transition plan is vague nonsense. 'Green jobs' with no numbers, no training places and no timeline. Wharfton lads and lasses need apprenticeships, not adjectives.",
   note="'Vague nonsense' at a plan.")
hn("hn1_26", 1, "£95 a ticket for the Mayor's charity ball puts it out of reach of most of Tranmoss. I won't be going this year. I'll give the money to the food bank and I'd ask the organisers to think about a cheaper night.",
   allowed=[PA], note="Criticises an event's pricing; the Mayor is named by role only in the event's title.")
hn("hn1_27", 1, "Absolute farce at licensing today. Three hearings put off because the papers weren't sent out. Applicants took a day off work for nothing. Not good enough, and I'll be asking why.",
   allowed=[OF], note="'Absolute farce' about a process; unnamed staff.")
hn("hn1_28", 1, "Gritting was dead slow again this morning. Gritters out after the school run and the Heath roads untouched till dinner time. Nesh or not, people need to get to work safely.",
   note="Scouse and Cheshire idiom ('dead slow', 'nesh', 'dinner time' for midday).")

# ---------------------------------------------------------------------------
# HN2 counter-speech and quoting abuse to condemn it.
# ---------------------------------------------------------------------------
hn("hn2_01", 2, "Someone shouted 'go back to Pakistan' at me outside the Swan Street mosque this morning. I was born in the ozzy on Wend Road, la. I'm not going anywhere. Report hate, don't ignore it.",
   allowed=[EQ], author="Nasreen Akhtar", note="Self-report of racist abuse, quoted to condemn it.")
hn("hn2_02", 2, "To the man who called our day centre users 'window-lickers' outside the Moss hub on Saturday: that word is disgusting and so is mocking disabled people. They've more dignity in their little fingers than you'll ever have.",
   allowed=[EQ, AB, PA], note="Quotes the slur in [[eq09]] to condemn it; the rebuke of an unnamed man is mild.")
hn("hn2_03", 2, "Got an email today calling me 'a bloke in a frock'. I've had worse. I'll be at my surgery in Saltcote library on Saturday as usual, doing the job I was elected to do.",
   allowed=[EQ], author="Erin Tickle", note="Her answer to the phrase in [[eq14]].")
hn("hn2_04", 2, "Whoever sprayed 'Poles out' on the wall next to the Polish deli in Gullsands: you don't speak for this town. Neighbours had it scrubbed off before dinner. That's the real Gullsands.",
   allowed=[EQ], note="Quotes graffiti to condemn it.")
hn("hn2_05", 2, "I've reported a comment on my page calling Ferrymouth's Chinese community 'chinkies' to the police. Chinese families have been on these docks since the sailing ships. This borough is theirs as much as anyone's.",
   allowed=[EQ, AB], note="Quotes the slur in [[eq27]] to condemn it.")
hn("hn2_06", 2, "Heard a man in the members' bar say 'women belong in HR, not in cabinet'. I'm not naming him here; I'll be raising it with his group leader. It's 2026.",
   allowed=[EQ, PA], note="Reports a sexist remark; compare [[eq12]].")
hn("hn2_07", 2, "'Sheep-shagging taffs.' That's what somebody yelled at the Welsh male voice choir at the Saltcote festival. Embarrassing. We can see Wales from the Parade; half of us have a Welsh nan. Do better.",
   allowed=[EQ, AB], note="Quotes the slur in [[eq19]] to condemn it.")
hn("hn2_08", 2, "More 'fighting-age men' posts about the Grand Marine Hotel on my timeline today. I've met some of the men in that hotel. One was an engineer in Khartoum. One has a daughter he hasn't seen for two years. Most are waiting on a Home Office decision they can do nothing to hurry. Criticise the contract, fine, I do, loudly. Don't stir up hate against the people inside it.",
   allowed=[EQ], note="Counter-speech to posts like [[eq20]].")
hn("hn2_09", 2, "Somebody put 'gobshite' and worse on my ward page about @BernieQuirkCG. I've deleted it. Disagree with her all you like, I do most weeks, but not on my page and not like that.",
   allowed=[AB, PA], note="Quotes an obscene insult to remove it; compare [[ab23]].")
hn("hn2_10", 2, "Please stop sharing that video of Philippa Warburton struggling with the Town Hall ramp. It isn't funny. The ramp is broken, that's the council's fault, not hers, and it's been reported four times.",
   allowed=[EQ, BU], note="Condemns a humiliating video; compare [[bu16]].")
hn("hn2_11", 2, "A resident told me on the doorstep that 'Catholics and Protestants shouldn't sit on the same council'. In 2026. Sectarianism did enough damage on this peninsula. It stays in the past.",
   allowed=[EQ], note="Quotes a sectarian view to reject it; compare [[eq21]].")
hn("hn2_12", 2, "Tropes about 'bankers' and 'the same sort of people' in the Prom Fund debate are antisemitic and have no place here. I've reported the posts. @RuthAbelsonMG has my full support.",
   allowed=[EQ], note="Names the trope in [[eq06]] to condemn it.")
hn("hn2_13", 2, "To the people calling Jamie Kershaw 'not right in the head' in my comments: he's autistic, he's the best-prepared member on licensing, and he's my colleague. Pack it in.",
   allowed=[EQ, PA], note="Counter-speech; compare [[eq08]].")
hn("hn2_14", 2, "Not having it. Someone wrote 'too old, too deaf, time for the knacker's yard' about @GeoffAntrobusVI. Geoff's 78 and sharper than most of us. Argue with his votes, not his birthday.",
   allowed=[EQ, BU], note="Quotes age and disability abuse to condemn it; compare [[eq24]] and [[bu27]].")
hn("hn2_15", 2, "A man in the public gallery told our Mayor to 'get back in the kitchen' during questions last night. She chaired the rest of the meeting with more grace than he deserved.",
   allowed=[EQ], note="Reports sexist heckling the morning after.")
hn("hn2_16", 2, "Got a DM today: 'keep your gay agenda away from the youth club'. The youth club has pool, table tennis and a tuck shop. That's the agenda. See you all Thursday, lads.",
   allowed=[EQ], author="Liam Hegarty", note="His answer to the trope in [[eq13]].")
hn("hn2_17", 2, "If you see anyone on the ferry being abused for wearing a hijab, say something or tell the crew. A young woman was harassed on the 8.10 this week and nobody said a word. We're better than that.",
   allowed=[EQ], note="Bystander counter-speech.")
hn("hn2_18", 2, "'Baby brain' about a pregnant councillor is sexist, full stop. Hannah Cottrell has missed one meeting in two years. I'll be backing her all the way through her maternity leave.",
   allowed=[EQ], note="Condemns [[eq17]].")
hn("hn2_19", 2, "People asking why I called out that 'Bucharest' post about the market: because a family who've run a fruit stall in Ferrymouth for eleven years read it. They pay their pitch fee, their rates and their taxes like everyone else.",
   allowed=[EQ], note="Counter-speech to [[eq22]].")
hn("hn2_20", 2, "Whoever keeps ringing the Chinese takeaway on Egret Road with racist abuse: the bizzies know, and so do we. That family have fed half of Ferrymouth for thirty years.",
   allowed=[EQ, BU], note="'The bizzies know, and so do we' is a warning to an abuser, not a threat; bullying allowed.")
hn("hn2_21", 2, "I won't share the post calling Delroy Mensah 'a mugger in a suit'. I'll just say this. I've sat opposite Delroy in that chamber for six years and disagreed with him more often than not, about the lido, about the ferry, about most things. None of that matters here. The racism Black councillors get in this borough is relentless, and all of us, every party, need to call it out every time.",
   allowed=[EQ, PA], note="Quotes a racist slur-phrase to condemn it; compare [[eq23]].")
hn("hn2_22", 2, "At the count somebody said 'the Irish should go home'. My nan came over from Ireland in 1951 and scrubbed floors at the ozzy for thirty years. Happy St Patrick's Day, and no, we're not going anywhere.",
   allowed=[EQ], author="Terry Costigan", date=(3, 17), note="Quotes anti-Irish abuse to condemn it.")
hn("hn2_23", 2, "I've had a letter calling me a 'mardy old cow' and worse for opposing the Brindle Heath houses. Disagree with me by all means; abuse isn't debate, and the letter's gone to the police.",
   allowed=[AB, PA, EQ], author="Philippa Warburton", note="Quotes abuse received (Cheshire 'mardy') to condemn it.")
hn("hn2_24", 2, "Calling people 'spongers' because they live on the Moss estate isn't an argument. Most of my Tranmoss casework is working families holding down two jobs and still short.",
   allowed=[PA], note="Rejects a slur on an estate's residents (not a protected group).")
hn("hn2_25", 2, "If you think 'snowflake' is a clever reply to a councillor taking time off with depression, have a word with yourself. Kevin Mulhearn came back stronger and more honest than anyone in that chamber.",
   allowed=[EQ, PA], note="Answers [[eq25]].")
hn("hn2_26", 2, "Disgusted by the 'Holi paint, Christian country' posts. Wharfton Park was full of families yesterday: Hindu, Christian, Muslim and none, all covered in pink. That's the town I represent.",
   allowed=[EQ], date=(3, 5), note="Answers [[eq26]].")
hn("hn2_27", 2, "Someone posted that Marek Zielinski should 'watch himself crossing Marine Parade'. That's a threat, and I've reported it. Whatever your politics, we don't do that here.",
   allowed=[BU], note="Quotes the threat in [[bu21]] to report it.")
hn("hn2_28", 2, "No councillor should be told 'I know where you live'. Terry Costigan's had it, I've had it, and officers have had it too. It's why good people won't stand. Enough.",
   allowed=[BU], note="Quotes the phrase in [[bu15]] to condemn it.")

# ---------------------------------------------------------------------------
# HN3 denied prejudice, myth-busting and civil debate on protected topics.
# ---------------------------------------------------------------------------
hn("hn3_01", 3, "Three people have told me on the doorstep this week that people in the Grand Marine Hotel get £40 a day spending money. Myth. Fact: it's under £9 a week for those in catered accommodation, and they're not allowed to work while they wait. You might think the system's wrong, and that's a fair argument to have. But have it with the right numbers. Happy to share the Home Office figures with anyone who asks.",
   allowed=[EQ], note="Myth-busting about asylum seekers.")
hn("hn3_02", 3, "I'm not against the Swan Street mosque extension and I'm not for it either. It's a live application and I'll judge it on parking, design and noise like any other. Come and speak at committee if you've a view.",
   allowed=[EQ, PD], note="Refuses to prejudge; compare [[eq05]].")
hn("hn3_03", 3, "A few residents have asked whether the Polish Saturday school can use Gullsands library. Yes: any community group can book the room at the standard rate. No special treatment either way.",
   allowed=[EQ], note="Neutral answer on a national-origin group.")
hn("hn3_04", 3, "Question from a constituent: 'why do council forms ask about my religion?' Answer: equality monitoring. It's optional, it's anonymous, and it tells us whether services are reaching everyone.",
   allowed=[EQ], note="Civil explanation.")
hn("hn3_05", 3, "Yes, the rainbow crossing on Marine Parade cost money: £3,800, paid by the Pride sponsors, not from council tax. The road needed repainting anyway.",
   allowed=[EQ], date=(2, 10), note="Myth-busting, LGBT+ History Month.")
hn("hn3_06", 3, "Genuine question, asked in good faith: is the new changing place at the lido being built to the full standard, with a hoist and an adult-sized bench? Wheelchair users in Gullsands have waited long enough.",
   allowed=[EQ], note="Disability access question.")
hn("hn3_07", 3, "I've been asked if I 'have a problem with Travellers' because I spoke against the Marsh Road transit site at cabinet. No. My objection is flooding: that field was under water twice last winter, and the Environment Agency map has it in zone 3. I'd object to anybody's homes going there, caravans or bungalows. The council has a duty to provide a site and it should; I've suggested two drier ones and I'll keep pushing.",
   allowed=[EQ, PD], note="Denies prejudice and gives a planning reason.")
hn("hn3_08", 3, "Good debate at scrutiny on whether the council should adopt the IHRA definition of antisemitism. People disagree in good faith. I'll vote for it, and I respect colleagues who raised free speech concerns.",
   allowed=[EQ], note="Civil debate on religion.")
hn("hn3_09", 3, "Fact check: the Chinese New Year lanterns in Ferrymouth are paid for by the Chinese Business Association and a heritage lottery grant. The council's contribution is closing the road for the night.",
   allowed=[EQ], date=(2, 16), note="Myth-busting; answers [[eq27]].")
hn("hn3_10", 3, "People say young councillors 'haven't enough life experience'. A 23-year-old renting on the Moss knows more about Tranmoss housing than most of cabinet. Experience works both ways.",
   allowed=[EQ], note="Argues against age prejudice; compare [[eq11]].")
hn("hn3_11", 3, "I'm not anti-asylum, I'm anti-hotel. Hotels are the worst option for everyone: the people in them, the town around them and the taxpayer. Dispersed housing with proper support is better.",
   allowed=[EQ], note="Civil policy view on asylum accommodation.")
hn("hn3_12", 3, "Does anybody know if there'll be a BSL interpreter at the Saltcote flood meeting? Our Deaf residents were left out last time and that can't happen again.",
   allowed=[EQ], note="Accessibility request.")
hn("hn3_13", 3, "The women's refuge in Wharfton has asked me to be clear, after some of the comments on last week's fundraiser post: its service is for all women, including trans women, as its published policy has always said. The refuge is run by people who've done this work for twenty years and they know how to keep everyone safe. Questions to them directly, please, not to the volunteers on the door.",
   allowed=[EQ], note="States a policy on gender reassignment; compare [[eq15]].")
hn("hn3_14", 3, "Should councillors get maternity leave? At the moment the law doesn't provide for it, and that puts young women off standing. I'd back a proper parental leave policy, as several councils have.",
   allowed=[EQ], note="Civil debate on pregnancy and maternity.")
hn("hn3_15", 3, "Myth: 'the council gives Romanian traders free stalls'. Fact: every trader on Ferrymouth market pays the same pitch fee. I checked with market services this morning.",
   allowed=[EQ], note="Myth-busting; answers [[eq22]].")
hn("hn3_16", 3, "Some of you asked why the Town Hall flew the Pride flag and not the Union flag on Sunday. It flew both. Photos on the council's page.",
   allowed=[EQ], date=(2, 3), note="Myth-busting.")
hn("hn3_17", 3, "Older residents in the Wend General aren't 'bed-blockers'. They're people waiting for care packages the system can't deliver. The language matters, and so does the funding.",
   allowed=[EQ], note="Rejects an ageist term.")
hn("hn3_18", 3, "Not a racist bone in my body, so let me be clear why I voted against moving the market: the traders, Polish, Chinese and Ferrymouth-born alike, all told me it would kill their footfall.",
   allowed=[EQ], note="'Not racist, but' followed by a genuine reason, not a prejudice.")
hn("hn3_19", 3, "Thanks to everyone who came to the interfaith iftar at the Docks community centre. Good food, honest conversation, and a few robust questions about faith schools answered with a smile.",
   allowed=[EQ], date=(2, 26), note="Civil interfaith debate.")
hn("hn3_20", 3, "A resident asked if councillors' equality training is compulsory. For officers, yes; for members, strongly encouraged. I did mine in January. Two hours, and I learnt something.",
   allowed=[EQ], note="Neutral.")
hn("hn3_21", 3, "Disability benefit fraud runs at well under 1%. If you want to argue about the benefits system, argue with the numbers, not with the people on them.",
   allowed=[EQ, DF], note="Myth-busting about disabled people.")
hn("hn3_22", 3, "Can the Mayor's consort be a same-sex partner or a civil partner? Yes. The constitution was changed in 2014 and nobody's batted an eyelid since.",
   allowed=[EQ], note="Neutral answer; compare [[eq18]].")
hn("hn3_23", 3, "The St Patrick's parade and the Orange band parade in Wharfton both applied properly and both got their road closures. Same rules for everyone, and the sectarian nonsense stays in the past.",
   allowed=[EQ], date=(3, 16), note="Even-handed on religion.")
hn("hn3_24", 3, "Myth: the Gullsands GP list is full 'because of the hotel'. Fact: the list closed in 2023, two years before the hotel contract. The problem is a GP shortage, and that's what I'm raising with Julie Garside MP.",
   allowed=[EQ], note="Myth-busting; names an MP (public office holder).")
hn("hn3_25", 3, "I've been asked if I'd support a quiet room at the Town Hall for prayer. Yes: one room, all faiths and none. Plenty of workplaces on the peninsula manage it without any fuss.",
   allowed=[EQ], note="Neutral on religion.")
hn("hn3_26", 3, "Proper debate at full council on whether the over-80s bus pass top-up should be means-tested. Good arguments both ways. I'm against means-testing it, but I understand why the Sayle Liberals raised it.",
   allowed=[EQ], note="Civil debate on an age-based benefit.")
hn("hn3_27", 3, "Somebody asked if I 'mind' that one of our new legal officers wears a headscarf. No. Why would I? She was the best candidate on the day.",
   allowed=[EQ, OF], note="Denies prejudice; mentions an officer positively.")
hn("hn3_28", 3, "Honest answer to 'why are there so many Chinese restaurants in Ferrymouth?': seamen from the China trade settled by the docks in the 1800s, and their grandkids run half the high street. It's our history.",
   allowed=[EQ], note="Neutral history of a community.")

# ---------------------------------------------------------------------------
# HN4 neutral or positive mentions of protected groups, self-description,
# reclaimed terms.
# ---------------------------------------------------------------------------
hn("hn4_01", 4, "Wheelchair user, thirty-one years and counting. Went down the new Saltcote marsh boardwalk today and it's boss: level, wide, passing places every fifty metres. Whoever designed it, thank you.",
   allowed=[EQ], author="Philippa Warburton", note="Self-description.")
hn("hn4_02", 4, "As a trans woman and a Saltcote girl born and bred, I'm proud to be chairing the marsh forum this year. First meeting Thursday. Brews on me.",
   allowed=[EQ], author="Erin Tickle", note="Self-description.")
hn("hn4_03", 4, "Queer, 23, and a councillor. Didn't think I'd ever write that sentence when I was sixteen on the Moss. LGBT+ History Month talk at Tranmoss library tonight, 6pm, come along.",
   allowed=[EQ, AB], author="Liam Hegarty", date=(2, 2), note="Reclaimed 'queer'.")
hn("hn4_04", 4, "Ramadan Mubarak to everyone in Ferrymouth Docks and right across the peninsula. The Swan Street mosque's open iftar is every Friday, all welcome, bring an appetite.",
   allowed=[EQ], author="Nasreen Akhtar", date=(2, 18), note="Greeting.")
hn("hn4_05", 4, "Eid Mubarak! Mosque this morning, Gullsands this afternoon with half my family and a bag of chips each. Perfect day.",
   allowed=[EQ], author="Nasreen Akhtar", date=(3, 20), note="Greeting.")
hn("hn4_06", 4, "My great-grandad jumped ship at Egret Dock in 1919 as a ship's cook. Four generations on, I'm councillor for the same street. Happy Lunar New Year, Ferrymouth! 🧧",
   allowed=[EQ], author="Michael Yip", date=(2, 17), note="Self-description; compare [[eq01]].")
hn("hn4_07", 4, "Born in Poland, raised in Gullsands since I was nine. Me mam still can't say 'Wendhey' properly and me kids can't roll their r's. Both of those are fine.",
   allowed=[EQ], author="Marek Zielinski", note="Self-description with Scouse 'me mam'.")
hn("hn4_08", 4, "My grandad came to Ferrymouth from Jamaica in 1958 to work the coal boats. He lodged on Swan Street with a Welsh widow who fed him scouse on a Monday and wouldn't take rent the week he was laid off. Tonight I'm opening the dockers' history exhibition at the Old Customs House, and his cargo hook is in the case. Come along, 6pm, free, and bring your own family's stories.",
   allowed=[EQ], author="Delroy Mensah", note="Self-description.")
hn("hn4_09", 4, "29 weeks pregnant and still doing the Gullsands prom litter pick, just slower. The baby kicks every time a gull screams, which is constantly.",
   allowed=[EQ], author="Hannah Cottrell", date=(2, 24), note="Self-description; compare [[eq16]].")
hn("hn4_10", 4, "I'm autistic. It means I read every page of the licensing pack and I notice when the numbers don't add up. It also means I sometimes wear ear defenders in the chamber. Both are fine.",
   allowed=[EQ], author="Jamie Kershaw", note="Self-description; compare [[eq08]].")
hn("hn4_11", 4, "Time to Talk Day. Two years ago I took three months off with depression. I'm back, I'm better, and I'm telling you because it might help one lad on the Moss pick up the phone.",
   allowed=[EQ], author="Kevin Mulhearn", date=(2, 5), note="Self-description; compare [[eq25]].")
hn("hn4_12", 4, "Eighty years young today and they still let me wear the chain! Thank you for all the cards. The Pennock WI lemon drizzle was a triumph.",
   allowed=[EQ], author="Marjorie Hesketh", date=(1, 5), note="Self-description; compare [[eq10]].")
hn("hn4_13", 4, "New hearing aids. Heard every single word at planning last night, which was frankly a mixed blessing.",
   allowed=[EQ], author="Geoffrey Antrobus", note="Self-deprecating self-description; compare [[eq24]].")
hn("hn4_14", 4, "Holocaust Memorial Day. My grandmother landed at Ferrymouth docks in 1939 with one suitcase and a letter. I'll be reading that letter at the Old Customs House at 11.",
   allowed=[EQ], author="Ruth Abelson", date=(1, 27), note="Self-description.")
hn("hn4_15", 4, "Happy Holi, Wharfton! The park was a rainbow this afternoon and I'm still pink behind the ears.",
   allowed=[EQ], author="Anjali Mistry", date=(3, 4), note="Greeting.")
hn("hn4_16", 4, "Ten years today since me and Jo had our civil partnership at Saltcote Old Quay. Still the best decision I've ever made (the council ones are a distant second).",
   allowed=[EQ], author="Paula Sudworth", note="Self-description; compare [[eq18]].")
hn("hn4_17", 4, "Belated happy St David's Day from a Welshman in exile three miles across the Sayle. Cawl at the Saltcote community kitchen today, free for anyone nesh enough to need warming up.",
   allowed=[EQ], author="Rhodri Vaughan", date=(3, 2), note="Self-description; Cheshire 'nesh'.")
hn("hn4_18", 4, "St Patrick's Day. Me nan came over from Ireland in the fifties with nowt but a coat and a rosary. Proud Irish Scouse Catholic, proud of the Moss.",
   allowed=[EQ], author="Bernadette Quirk", date=(3, 17), note="Self-description; compare [[eq21]].")
hn("hn4_19", 4, "Brilliant session with the Wharfton Deaf club this morning. I can now sign 'bins' and 'pothole', which covers about 80% of my casework.",
   allowed=[EQ], note="Positive mention.")
hn("hn4_20", 4, "Proud that Ferrymouth Park has the borough's first dementia-friendly café, run by volunteers at St Anne's hall. Tuesdays, 10 till 12. Bring your nan.",
   allowed=[EQ], note="Positive mention.")
hn("hn4_21", 4, "Congratulations to the Gullsands Gay Men's Chorus on selling out the Pier Pavilion. Never heard a sea shanty sound that good.",
   allowed=[EQ], note="Positive mention.")
hn("hn4_22", 4, "International Women's Day yesterday, so here's to the women of Halloran's Yard who built the wartime boats and never got a plaque. Working on it.",
   allowed=[EQ], date=(3, 9), note="Positive mention of women.")
hn("hn4_23", 4, "Our kid's a wheelchair user and the new changing place at the lido has changed our whole summer. Sound, Wendhey. More of this.",
   allowed=[EQ], note="Positive mention ('our kid' = brother or sister).")
hn("hn4_24", 4, "Mosque, church, synagogue and Hindu temple volunteers all turned out for the Gullsands beach clean this morning. Eighty bags. Not one argument.",
   allowed=[EQ], note="Positive mention of faith groups.")
hn("hn4_25", 4, "Grey-haired, slow and proud of it: Saltcote's over-60s walking footie team beat the under-40s 3-2 this afternoon. Nobody ran. Everybody scored.",
   allowed=[EQ], note="Age, fondly.")
hn("hn4_26", 4, "Welcome to the forty Syrian and Afghan families who've made their homes in Wharfton through the resettlement scheme over the last two years. The community kitchen has a new chef (the lamb is unreal), the Sunday league has a new left back, and Wharfton Primary has eleven new kids who'll be speaking better Scouse than me by Easter. Thanks to the volunteers who made it work.",
   allowed=[EQ], note="Positive mention of refugees.")
hn("hn4_27", 4, "Great visit to Tranmoss Primary for Gypsy, Roma and Traveller heritage week. The kids built a model bow-top wagon and taught me to count in Shelta.",
   allowed=[EQ], note="Positive mention.")
hn("hn4_28", 4, "The Mother's Day lunch at the Moss community centre fed sixty mums yesterday, six of them brand new with babies under a month. Made up.",
   allowed=[EQ], date=(3, 16), note="Maternity, fondly.")

# ---------------------------------------------------------------------------
# HN5 figurative violence, banter, self-deprecation, idioms.
# ---------------------------------------------------------------------------
hn("hn5_01", 5, "Charity football report. Members' five-a-side team got absolutely battered 5-1 by the officers at the Gullsands sports hall. Our keeper (me) let in two off his own shins. The Chief Exec's got a left foot like a cannon and showed no mercy whatsoever. £640 raised for the lifeboat, so everybody won really. Rematch in April, and we will have our revenge.",
   allowed=[BU, OF], note="Sporting 'battered' and 'revenge'; compare [[bu05]].")
hn("hn5_02", 5, "The woolyback versus plazzy Scouser debate is the only culture war I'm getting into this week. (It's neither. We're Ferrymouth.)",
   allowed=[PA, EQ], note="Regional banter; being from the peninsula is not a protected characteristic.")
hn("hn5_03", 5, "I'm a right divvy. Left my lanyard on the Royal Egret this morning and had to get signed into my own Town Hall.",
   allowed=[PA], note="Self-deprecation with the same 'divvy' as [[pa01]].")
hn("hn5_04", 5, "Quiz night at the Jolly Shrimper: Team Scrutiny murdered the picture round and died a death on the music round. I will never live down thinking Queen did 'Penny Lane'.",
   allowed=[BU], note="'Murdered' and 'died a death' figuratively.")
hn("hn5_05", 5, "@TerryCostiganInd gave me a proper earbashing at the bus stop about the dock road lights. He's right, mind. Sound fella, terrible taste in football clubs.",
   allowed=[PA], note="Banter about a named councillor.")
hn("hn5_06", 5, "Killing it at the Saltcote shrimp festival. Sold out of potted shrimps by eleven and only burnt myself twice on the tea urn.",
   allowed=[BU], note="'Killing it'.")
hn("hn5_07", 5, "Dead nesh today. Three jumpers and a council fleece for the marsh bird count. Saw a spoonbill though, so worth it.",
   note="Scouse 'dead' and Cheshire 'nesh'.")
hn("hn5_08", 5, "Me arl fella says I've gone soft since I got elected. He's probably right. I said 'please' to a seagull yesterday.",
   allowed=[PA], note="Self-deprecation, Scouse 'arl fella' (compare 'arl arse' in [[pa07]]).")
hn("hn5_09", 5, "Got a right mithering from the Brindle Heath WI about the footpath by the church. Fair play to them, they know their stuff, and they've put me straight.",
   allowed=[PA], note="Cheshire 'mithering', affectionately.")
hn("hn5_10", 5, "Cabinet away day. We fought like cats in a sack over the capital programme, then had a brew and a barm cake and agreed ninety per cent of it.",
   allowed=[BU], note="Figurative fighting.")
hn("hn5_11", 5, "Budget night on Wednesday: I'll be taking no prisoners on the ferry fares amendment. Bring a flask.",
   allowed=[BU], note="'Taking no prisoners'.")
hn("hn5_12", 5, "Gullsands lifeboat crew fished me out of the Marine Lake at the charity raft race. Nearly drowned, definitely soaked, raised £1,200. Cheers, lads.",
   allowed=[BU], note="'Nearly drowned' about oneself; compare [[bu06]] and [[bu18]].")
hn("hn5_13", 5, "Told @KevinMulhearnCG that if he brings up the 2019 Christmas quiz one more time I'll set the gulls on him. He brought it up. Gulls on standby.",
   allowed=[BU, PA], note="Mock threat between colleagues, absurd by design.")
hn("hn5_14", 5, "Whoever nicked my good biro at group meeting: I will find you. Bring it back and nobody gets hurt. 😂",
   allowed=[BU, DF], note="Joke threat over a pen; 'nicked' allows defamation.")
hn("hn5_15", 5, "Our Mayor just destroyed me at the charity bowls. Eighty years old and an absolute assassin on the green. I'm going home to cry into my scouse.",
   allowed=[BU, EQ], note="'Destroyed', 'assassin'; age mentioned admiringly.")
hn("hn5_16", 5, "Found an antwacky ferry timetable in the archive from 1962: a sailing every ten minutes. We've gone backwards, la.",
   note="Scouse 'antwacky' (old-fashioned).")
hn("hn5_17", 5, "Proper cob on this morning. Missed the 7.40 by three seconds and the gull that nicked my toast looked well pleased with itself.",
   allowed=[DF], note="'Cob on' (bad mood); 'nicked' by a gull.")
hn("hn5_18", 5, "Honestly, I was a nervous wreck at my first full council. Shaking like a leaf, read the wrong page of my speech. Two years on, still a bit shaky, but at least I'm on the right page.",
   allowed=[PA], note="Self-deprecation.")
hn("hn5_19", 5, "@RhodriVaughanPA and I have agreed to a duel at dawn on Saltcote slipway over whose nan made the better scouse. Weapons: wooden spoons.",
   allowed=[BU, PA], note="Mock duel; compare [[bu18]] at the same slipway.")
hn("hn5_20", 5, "Got a proper kicking on the Courier letters page this week. Fair enough: the Parade bus shelter was my idea and it does leak.",
   allowed=[BU, PA], note="'A proper kicking' about criticism of oneself.")
hn("hn5_21", 5, "I could cheerfully strangle the next person who tells me it's 'only a bit of drizzle' on a Gullsands litter pick. Soaked through to me kecks.",
   allowed=[BU], note="Hyperbole; Scouse 'kecks'.")
hn("hn5_22", 5, "Dead proud of my ward team. Knocked four hundred doors in the rain, got barked at by three dogs and one grandad, and we're still laughing.",
   note="Campaign banter.")
hn("hn5_23", 5, "Our chief whip will murder me for posting this, but: we lost the pub quiz to the Marsh Greens. Again.",
   allowed=[BU, PA], note="'Murder' figuratively; names a party fondly.")
hn("hn5_24", 5, "Soft lad here put the bin calendar on the fridge upside down and missed the blue bin. Practising what I preach, as ever.",
   allowed=[PA], note="Self-deprecation ('soft lad').")
hn("hn5_25", 5, "Headline in the Saltcote Mercury: 'Councillor in shrimp shortage storm'. It was one pot, I'd eaten it, and I stand by it.",
   note="Self-deprecation.")
hn("hn5_26", 5, "Happy retirement to Maureen from the Town Hall post room, who has threatened to set about me with a stapler every week for fourteen years because I never sign for anything. She knows every councillor's handwriting, every officer's brew order and where every body is buried (metaphorically, Maureen, before you start). We'll miss you, Maureen. I'll miss the fear.",
   allowed=[BU], note="Fond joke about a jokey 'threat'; a retiring staff member by first name.")
hn("hn5_27", 5, "The Marsh Greens have declared war on throwaway cups in the members' room. I've surrendered. Bringing my own mug from Monday.",
   allowed=[BU], note="'Declared war', 'surrendered'.")
hn("hn5_28", 5, "I'd kill for a chip butty after that six-hour planning committee. Gullsands chippy, here I come.",
   allowed=[BU], note="'I'd kill for'.")

# ---------------------------------------------------------------------------
# HN6 criticism of a named councillor's record that stays on the record.
# ---------------------------------------------------------------------------
hn("hn6_01", 6, "@GillThrelfallPA promised in 2022 that the lido would 'never close on my watch'. It closed in 2024. She's still Leader. Residents are entitled to ask what changed.",
   allowed=[PA, DF], note="The record behind [[df13]], without calling it a lie.")
hn("hn6_02", 6, "Tony Kinsella's budget leans on £1.8m of savings that the s151 officer's own report calls 'high risk'. £700k of that is from 'demand management' in adult care, which nobody has been able to explain to me in three briefings. I'm not saying the savings can't be made. I'm saying we can't vote for them blind. He should publish the risk register before we vote, not after.",
   allowed=[PA, OF], note="Record criticism citing an officer's report.")
hn("hn6_03", 6, "Colin Baybutt has chaired planning for six years. In that time the borough's five-year housing land supply has fallen from 6.2 years to 3.1. That's the record, and it deserves scrutiny.",
   allowed=[PA], note="Record with figures.")
hn("hn6_04", 6, "Sally Fairclough's answer to my question on Swan Court damp was 'officers are monitoring it'. That was October. The damp's still there. I'll ask again at full council.",
   allowed=[PA, OF], note="Record criticism.")
hn("hn6_05", 6, "Delroy Mensah voted to close the lido in February and was photographed at the 'Save Our Lido' stall in March. Both pictures are public. I'd like to hear which one he stands by.",
   allowed=[PA, DF], note="Inconsistency, put as a question.")
hn("hn6_06", 6, "Graham Pownall has now had four versions of the Egret Dock business case sent back by the government panel. Time for cabinet to bring in fresh leadership on it.",
   allowed=[PA], note="Record criticism.")
hn("hn6_07", 6, "Bernie Quirk says Common Ground would freeze ferry fares. Their own budget amendment last year put them up 5%. The minutes are public.",
   allowed=[PA, DF], note="Corrects a claim from the minutes; compare [[df27]].")
hn("hn6_08", 6, "Kevin Mulhearn has missed seven of twelve scrutiny meetings this year. Some of that was for personal reasons, I know, and I respect that completely; nobody should have to explain their health to a Facebook comments section. But residents need a full committee, and Common Ground have other members who could sit on it. Maybe swap the seat for now and bring him back when he's ready.",
   allowed=[PA, EQ], note="Attendance record, handled with care; equality allowed as health is near.")
hn("hn6_09", 6, "That claim from @LiamHegartyCG that the council 'sold off' the Tranmoss hub isn't right: it's on a lease and the council still owns the freehold. Happy to share the papers with him.",
   allowed=[PA, DF], note="Correction without 'lie'.")
hn("hn6_10", 6, "Owen Meacock told the Courier the Sayle Liberals 'opposed every cut'. The record shows they voted for the library hours reduction in 2023. Page 14 of the minutes.",
   allowed=[PA, DF], note="Correction from the minutes.")
hn("hn6_11", 6, "Philippa Warburton has voted against every affordable housing scheme in Brindle Heath since 2019: four votes, four noes. Residents asking where their kids will live should know that.",
   allowed=[PA], note="Voting record.")
hn("hn6_12", 6, "The Mayor's charity this year is the lifeboat, and rightly so. But the Mayor's office budget rose 20% in the same budget that shut the lido, and she voted for both.",
   allowed=[PA], note="Record of the Mayor, by role.")
hn("hn6_13", 6, "Terry Costigan promised the Docks a new swing bridge in 2021. It's still the old one, still stuck open every other week. Terry, what happened?",
   allowed=[PA], note="Broken promise, as a question.")
hn("hn6_14", 6, "Hannah Cottrell's report on prom lifeguards says 'coverage maintained'. Coverage has gone from seven days a week to four. I've asked her to correct it before it goes to cabinet.",
   allowed=[PA, DF], note="The record behind [[df21]].")
hn("hn6_15", 6, "Marek Zielinski's air quality motion was well meant and badly drafted: no targets, no costs, no monitoring. It fell, and it deserved to. Come back with numbers, Marek, and I'll second it.",
   allowed=[PA], note="Blunt but civil.")
hn("hn6_16", 6, "Erin Tickle has been marsh champion for two years and the marsh management plan still isn't published. I'll keep asking until it is.",
   allowed=[PA], note="Record criticism.")
hn("hn6_17", 6, "Rhodri Vaughan voted for the Saltcote library cut after promising on his by-election leaflet to fight it. I've kept the leaflet. He owes Saltcote an explanation.",
   allowed=[PA, DF], note="Same record as [[pa14]] without the insult.")
hn("hn6_18", 6, "Clive Entwistle has declared hospitality from Brindle Heath golf club three times this year: two dinners and a charity day. Declared properly, within the 28 days, all above board, and I'm not suggesting anything else. I still don't think the chair of the green belt review should be accepting it while the club's land is in the review. It's a judgement call and I think he's made the wrong one.",
   allowed=[PA, GI, DF], note="Declared hospitality questioned on judgement, not honesty.")
hn("hn6_19", 6, "Ruth Abelson's Prom Fund scoring gave the pier 9 out of 10 for 'community value' and the lido 3. I think that scoring is wrong and I'll be challenging it at scrutiny.",
   allowed=[PA], note="Disagreement on a decision.")
hn("hn6_20", 6, "Paula Sudworth has been Wharfton's rep on the refinery liaison group for three years and hasn't reported back to full council once. That's worth asking about.",
   allowed=[PA], note="Record criticism.")
hn("hn6_21", 6, "Michael Yip's call for a Chinatown arch on Egret Road is a lovely idea with a £600k price tag and no funding. I'll back it when there's a bid, not before.",
   allowed=[PA, EQ], note="Policy disagreement with a named councillor on a heritage project.")
hn("hn6_22", 6, "Jamie Kershaw's licensing review is ninety pages with no summary. He's thorough, I'll give him that, but members need the headlines on page one.",
   allowed=[PA, EQ], note="Mild record criticism; equality allowed as thoroughness is near his self-description in [[hn4_10]].")
hn("hn6_23", 6, "Anjali Mistry abstained on the refinery flaring motion. Three residents have asked me why. I've suggested they ask her: she holds a surgery every Saturday.",
   allowed=[PA], note="Voting record.")
hn("hn6_24", 6, "Geoffrey Antrobus has sat on the council since 1994. Thirty-two years. I respect the service, but Pennock needs fresh ideas and I'll be saying so on the doorstep in May.",
   allowed=[PA, EQ], note="Tenure, not age.")
hn("hn6_25", 6, "Nasreen Akhtar's motion on the dock road crossings is right in principle, but the costings are two years old. I'll support it once they're updated.",
   allowed=[PA], note="Civil disagreement.")
hn("hn6_26", 6, "The minutes show Anthony Kinsella seconded the ferry fare rise in 2024. He now says he 'always opposed it'. The record speaks for itself.",
   allowed=[PA, DF], note="Record against words; compare [[df01]].")
hn("hn6_27", 6, "Gill Threlfall's cabinet has overspent on consultants three years running: £1.1m, £1.4m, £1.9m. Those figures come from her own outturn reports.",
   allowed=[PA], note="Record with figures.")
hn("hn6_28", 6, "Marjorie Hesketh has chaired full council firmly and fairly this year, but refusing the lido petitioners their five minutes was wrong, and I told her so at the time.",
   allowed=[PA], note="Balanced criticism of the Mayor.")

# ---------------------------------------------------------------------------
# Obscured variants: (original, kind, word). One of each kind per family;
# every occurrence of the word is changed, case-insensitively.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa01", "asterisk", "divvy"), ("pa10", "digit", "foghorn"),
    ("pa14", "zero_width", "weasel"), ("pa25", "spaced", "nasty"),
    ("pa21", "homoglyph", "miserable"), ("pa15", "caps", None),
    ("ab05", "asterisk", "knobhead"), ("ab01", "digit", "shite"),
    ("ab24", "zero_width", "wank"), ("ab23", "spaced", "gobshite"),
    ("ab02", "homoglyph", "bollocks"), ("ab20", "caps", None),
    ("bu12", "asterisk", "slap"), ("bu01", "digit", "mouth"),
    ("bu05", "zero_width", "regret"), ("bu22", "spaced", "head"),
    ("bu11", "homoglyph", "careful"), ("bu17", "caps", None),
    ("eq09", "asterisk", "window-lickers"), ("eq27", "digit", "chinkies"),
    ("eq19", "zero_width", "taffs"), ("eq14", "spaced", "frock"),
    ("eq05", "homoglyph", "mosque"), ("eq10", "caps", None),
    ("df01", "asterisk", "liar"), ("df07", "digit", "con"),
    ("df11", "zero_width", "dodgy"), ("df09", "spaced", "crooked"),
    ("df15", "homoglyph", "crooks"), ("df02", "caps", None),
]

DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4"}
HOMO = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415"}
ZW = "\u200b"


def _asterisk(w):
    i = next(k for k in range(1, len(w)) if w[k].lower() in "aeiou")
    return w[:i] + "*" + w[i + 1:]


def _digit(w):
    i = next(k for k in range(len(w)) if w[k].lower() in DIGIT)
    return w[:i] + DIGIT[w[i].lower()] + w[i + 1:]


def _zero_width(w):
    i = len(w) // 2
    return w[:i] + ZW + w[i:]


def _spaced(w):
    return " ".join(w)


def _homoglyph(w):
    i = next(k for k in range(len(w)) if w[k] in HOMO)
    return w[:i] + HOMO[w[i]] + w[i + 1:]


TRANSFORM = {"asterisk": _asterisk, "digit": _digit, "zero_width": _zero_width,
             "spaced": _spaced, "homoglyph": _homoglyph}


def obscure(text, kind, word):
    if kind == "caps":
        # Capitals everywhere except @handles, which keep their spelling.
        return "".join(part if part.startswith("@") else part.upper()
                       for part in re.split(r"(@\w+)", text))
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    out, n = pattern.subn(lambda m: TRANSFORM[kind](m.group(0)), text)
    assert n, (kind, word, text)
    return out


# ---------------------------------------------------------------------------
# The roster, and who a post names (so that nobody is made to post about
# themselves, nor about their own party).
# ---------------------------------------------------------------------------
PARTIES = {
    "Peninsula Alliance": [r"Peninsula Alliance", r"\bAlliance\b", r"\badministration\b"],
    "Common Ground": [r"Common Ground"],
    "Marsh Greens": [r"Marsh Greens", r"\bthe Greens\b"],
    "Villages Independents": [r"Villages Independents"],
    "Sayle Liberals": [r"Sayle Liberals", r"\bLiberals\b"],
    "Independent": [],
}
ALIASES = {"Gillian Threlfall": ["Gill"], "Anthony Kinsella": ["Tony"],
           "Marjorie Hesketh": ["Marge"], "Bernadette Quirk": ["Bernie"],
           "Geoffrey Antrobus": ["Geoff"]}
ROLES = {  # case-insensitive role phrases that point at one member
    "Gillian Threlfall": [r"\bthe Leader\b(?! of the Opposition)", r"Leader of the Council", r"\bher cabinet\b"],
    "Anthony Kinsella": [r"Deputy Leader", r"Cabinet Member for Finance"],
    "Graham Pownall": [r"Cabinet Member for Regeneration"],
    "Marjorie Hesketh": [r"\bMayor\b"],
    "Colin Baybutt": [r"chair of planning", r"chaired planning"],
    "Sally Fairclough": [r"Cabinet Member for Housing"],
    "Delroy Mensah": [r"Cabinet Member for Leisure"],
    "Bernadette Quirk": [r"Leader of the Opposition"],
    "Clive Entwistle": [r"chair of the green belt review"],
}
CABINET = ["Gillian Threlfall", "Anthony Kinsella", "Graham Pownall",
           "Sally Fairclough", "Delroy Mensah"]


def load_roster():
    """Councillors (name, handle, party) from council.toml, in file order."""
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    block = raw.split("councillors = [", 1)[1].split("]", 1)[0]
    people = []
    for name, comment in re.findall(r'"([^"]+)",\s*#\s*(.*)', block):
        party = next((p for p in PARTIES if p != "Independent" and p in comment), "Independent")
        people.append(dict(name=name, party=party))
    handles = dict(re.findall(r'"(@\w+)"\s*=\s*"([^"]+)"', raw))
    for p in people:
        p["handle"] = next(h for h, n in handles.items() if n == p["name"])
    return people


def named(text, person):
    first, last = person["name"].split(" ", 1)
    words = [person["name"], first, last, *ALIASES.get(person["name"], [])]
    if any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words):
        return True
    if person["handle"].lower() in text.lower():
        return True
    return any(re.search(r, text, re.IGNORECASE) for r in ROLES.get(person["name"], []))


def excluded(text, person):
    if named(text, person):
        return True
    if any(re.search(r, text) for r in PARTIES[person["party"]]):
        return True
    if person["name"] in CABINET and re.search(r"\bcabinet\b", text, re.IGNORECASE):
        return True
    return False


# ---------------------------------------------------------------------------
# Assembly.
# ---------------------------------------------------------------------------
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]


def stamp(rng, date=None):
    day = dt.date(2026, *date) if date else rng.choice(WEEKDAYS)
    assert day.weekday() < 5 and START <= day <= END, day
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def platform(rng, text):
    n = len(text)
    if n <= 240:
        return rng.choice(["x", "x", "bluesky", "facebook"])
    if n <= 280:
        return rng.choice(["bluesky", "facebook"])
    return "facebook"


def build():
    rng = random.Random(SEED)
    roster = load_roster()
    by_name = {p["name"]: p for p in roster}

    def author_for(row):
        if row["author"]:
            return by_name[row["author"]]["handle"]
        pool = [p for p in roster if not excluded(row["text"], p)]
        return rng.choice(pool)["handle"]

    out = {}
    for r in ORIGINALS:
        out[r["key"]] = dict(
            text=r["text"], author=author_for(r), created_at=stamp(rng, r["date"]),
            platform=platform(rng, r["text"]),
            expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
            family=FAMILY[r["fam"]], kind_of_row="positive", note=r["note"])
    for r in NEGATIVES:
        out[r["key"]] = dict(
            text=r["text"], author=author_for(r), created_at=stamp(rng, r["date"]),
            platform=platform(rng, r["text"]),
            expect=dict(rules=[], allowed=r["allowed"], verdict="ok"),
            family="hard_negative", kind_of_row="hard_negative", note=r["note"])
    for orig, kind, word in VARIANTS:
        o = out[orig]
        allowed = list(o["expect"]["allowed"]) + ([HA] if kind == "caps" else [])
        what = "capitals throughout, handles kept" if kind == "caps" else f"{kind.replace('_', ' ')} on '{word}'"
        out[f"{orig}_{kind}"] = dict(
            text=obscure(o["text"], kind, word), author=o["author"],
            created_at=stamp(rng), platform=o["platform"],
            expect=dict(rules=list(o["expect"]["rules"]), allowed=allowed,
                        verdict=o["expect"]["verdict"]),
            family=o["family"], kind_of_row="variant", variant_of=orig,
            variant_kind=kind,
            note=f"Obscured variant of [[{orig}]] ({what}); labels as the original"
                 + (", with haste allowed for the capitals." if kind == "caps" else "."))

    keys = list(out)
    rng.shuffle(keys)
    ids = {k: f"{SET}-{i:04d}" for i, k in enumerate(keys, 1)}

    def cite(s):
        return re.sub(r"\[\[(\w+)\]\]", lambda m: ids[m.group(1)], s)

    lines = []
    for k in keys:
        r = out[k]
        row = {"id": ids[k], "text": r["text"], "author": r["author"],
               "created_at": r["created_at"], "platform": r["platform"],
               "account": "councillor", "kind": "post", "expect": r["expect"],
               "family": r["family"], "kind_of_row": r["kind_of_row"]}
        if r["kind_of_row"] == "variant":
            row["variant_of"] = ids[r["variant_of"]]
            row["variant_kind"] = r["variant_kind"]
        row["note"] = cite(r["note"])
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in ids.items():
            print(k, v)
