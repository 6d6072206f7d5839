#!/usr/bin/env python3
"""Build blind set b170 (abuse family) for Kitesbury District Council.

Every text, label and note below was written by hand. The script only picks
authors, platforms and timestamps (fixed seed), makes the obfuscated variants,
shuffles, assigns ids B170-0001.. and writes posts.jsonl. Standard library
only; running it twice gives the same file byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B170"
SEED = 170170

CODES = {
    "PA": "respect.personal-attack",
    "AB": "respect.abusive-language",
    "BU": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OF": "officers.impartiality",
    "IR": "tone.irony-risk",
    "PD": "predetermination.closed-mind",
    "DP": "data-protection.personal-data",
    "IA": "position.improper-advantage",
    "HS": "haste.pause-before-posting",
    "CR": "security.credentials",
    "MT": "meetings.during-meeting",
    "GF": "gifts.hospitality",
    "CV": "capacity.council-voice",
}
FAMILY = {"pa": "respect.personal-attack", "ab": "respect.abusive-language",
          "bu": "bullying.intimidation", "eq": "equality.discrimination",
          "df": "defamation.allegation"}

ROWS = []      # originals: positives and hard negatives, in writing order
VARIANTS = []  # (family, original key, kind, word)


def _codes(s):
    return [CODES[c] for c in s.split()] if s else []


def pos(fam, key, text, rules, verdict, note, allowed="", author=None,
        platform=None, date=None):
    """A positive row of family `fam`; rules/allowed are space-separated codes."""
    ROWS.append(dict(key=key, family=FAMILY[fam], kind_of_row="positive",
                     text=text, rules=_codes(rules), allowed=_codes(allowed),
                     verdict=verdict, note=note, author=author,
                     platform=platform, date=date))


def hn(group, key, text, note, allowed="", author=None, platform=None,
       date=None):
    """A hard negative of group HN1..HN6; expects nothing, verdict ok."""
    ROWS.append(dict(key=key, family="hard_negative",
                     kind_of_row="hard_negative", text=text, rules=[],
                     allowed=_codes(allowed), verdict="ok",
                     note="HN%d %s" % (group, note), author=author,
                     platform=platform, date=date))


def var(fam, orig, kind, word):
    VARIANTS.append((FAMILY[fam], orig, kind, word))

# ---------------------------------------------------------------------------
# Family 1: respect.personal-attack (27 originals)
# ---------------------------------------------------------------------------
pos("pa", "pa01",
    "Sheila Vannock chairs planning like a sulky toddler who's lost her crayons. "
    "Pouts, sighs, cuts people off mid-sentence. Embarrassing to watch, every single month.",
    "PA", "review", "Insult at a named councillor (chair of planning) about her manner, "
    "not about any decision. Compare HN6 {hn6_03} on her voting record.")
pos("pa", "pa02",
    "@RupertFanshawe you are a smug, entitled little man and everyone on the 7.12 knows it",
    "PA", "review", "Second-person insult at a handle; the commuter train is local colour only.")
pos("pa", "pa03",
    "Hugh Dellow couldn't organise a bin round in an empty car park. Utterly useless man, "
    "and the worst thing is he knows it and still turns up for the allowance.",
    "PA", "review", "Insult at the Cabinet Member for Environment by name. HN6 {hn6_04} "
    "makes the same complaint with the missed-bin figures and stays on the record.")
pos("pa", "pa04",
    "Alfie Rance is a bodger. Not the proper Beechcombe sort who could turn a chair leg "
    "with his eyes shut - the other sort. Botches everything he touches then blames "
    "whoever's nearest.",
    "PA", "review", "Local idiom used as a put-down: 'bodger' in the botcher sense. HN5 "
    "{hn5_03} and HN4-adjacent heritage posts use the word fondly for chair-bodgers.")
pos("pa", "pa05",
    "Watching Harriet Sowerby circle every grant pot in the district like a red kite over "
    "roadkill. Vulture in a Barbour jacket, that woman.",
    "PA", "review", "Red-kite idiom turned into an insult at a named councillor. HN5 "
    "{hn5_10} uses circling kites about a sausage roll.")
pos("pa", "pa06",
    "Our Head of Planning is either clueless or spineless, and on last night's showing at "
    "committee I'd say both. Residents of Denbury Bottom deserve a planning service that "
    "can answer a straight question.",
    "PA OF", "review", "Insult at a council officer identified by role; officers.impartiality "
    "expected as well (criticising a named role in public).")
pos("pa", "pa07",
    "Barry Penfold, you're a nasty, bitter old crank and the Bottom deserves a lot better "
    "than you shouting at pensioners at the village hall.",
    "PA", "review", "'old crank' is an insult with an age word in it; equality allowed "
    "but the post attacks his conduct, not his age. HN5 {hn5_02} calls him an 'old "
    "rogue' fondly.", allowed="EQ")
pos("pa", "pa08",
    "Jonty Pemberton is a worthless, spineless parasite of a man. Honestly Tanners Cross "
    "would be better off if he'd never been born.",
    "PA", "block", "Severe personal attack (worthless parasite, 'never been born'); it "
    "wishes him away rather than threatening, so bullying is only allowed.", allowed="BU")
pos("pa", "pa09",
    "You're genuinely thick, aren't you @TomHazeldine? Thick as a clunch wall. Read the "
    "report before you embarrass yourself again.",
    "PA", "review", "Local idiom 'thick as a clunch wall' (clunch is the Chiltern chalk "
    "building stone) at a named member. HN5 {hn5_09} uses it of the writer himself.")
pos("pa", "pa10",
    "Congratulations to Cllr Priscilla Orme on her first original thought in nine years "
    "on this council 🎉🎉 Oh hang on, she copied it off the Flintcote Facebook group. "
    "Pathetic.",
    "PA IR", "review", "Mock congratulation followed by an insult; irony expected.")
pos("pa", "pa11",
    "Our Leader is a weasel. Smiles at you over the cherry pie at the Cherry Fair, then "
    "knifes you in cabinet on the Tuesday. Never trust a word.",
    "PA", "review", "Insult at the Leader by role; 'knifes you in cabinet' is political "
    "figure of speech, not a threat. 'Never trust a word' edges toward dishonesty, so "
    "defamation allowed.", allowed="DF")
pos("pa", "pa12",
    "The Chairman of the Council is a pompous windbag who loves the sound of his own "
    "chain clinking. Stand aside and let somebody with a pulse have a go.",
    "PA", "review", "Insult at the Chairman by role. 'somebody with a pulse' could be "
    "read as a dig at his age (78), so equality allowed.", allowed="EQ")
pos("pa", "pa13",
    "Debra Hollins has presided over the worst bin service in the Chilterns and she's "
    "too arrogant to say sorry. Incompetent from top to bottom.",
    "PA OF", "review", "Insult at a named officer (Head of Environmental Services); "
    "officers.impartiality expected. HN1 {hn1_02} blames the contractor and asks for "
    "scrutiny instead.")
pos("pa", "pa14",
    "Commuter Voice are a bunch of self-important London rejects who treat Kitesbury as "
    "a dormitory with a car park. Not one of them could find Holloway End on a map.",
    "PA", "review", "Insult at the members of a party as people ('London rejects'), not "
    "at its policy; personal-attack expected on a small, identifiable group. HN1 "
    "{hn1_11} attacks the same party's multi-storey policy.")
pos("pa", "pa15",
    "@RowanTillotson what an absolute clown 🤡🤡",
    "PA", "review", "Short insult at a handle.", platform="x")
pos("pa", "pa16",
    "Sit down, Marcus. Nobody in Tanners Cross has taken you seriously since the "
    "leisure centre vote. You're a joke with a rosette on.",
    "PA", "review", "Reply-style insult by first name; Marcus Okonjo is the only Marcus "
    "on the council.")
pos("pa", "pa17",
    "Kasia Wroblewska is the most two-faced, sanctimonious person I have ever had the "
    "misfortune to sit opposite in a committee room.",
    "PA", "review", "'two-faced' is an insult; a careful tool might hear dishonesty, so "
    "defamation allowed.", allowed="DF")
pos("pa", "pa18",
    "Our s151 officer is a spreadsheet with a pulse and about as much backbone. Graham, "
    "do your job and tell cabinet the truth for once.",
    "PA OF", "review", "Insult at the Director of Resources by role and first name; "
    "officers expected. 'tell cabinet the truth for once' hints he has not: defamation "
    "allowed.", allowed="DF")
pos("pa", "pa19",
    "Nina Abrahams is a vile, poisonous woman. Genuinely one of the nastiest human beings "
    "I have ever met, and I'd cross the street in Beechcombe to avoid her.",
    "PA", "block", "Severe personal attack (vile, poisonous, nastiest human being). No "
    "reference to her religion; compare the antisemitic trope in {eq03}.")
pos("pa", "pa20",
    "Imran mate you are a gormless embarrassment. every time you open your mouth at "
    "committee I want the floor to swallow me whole",
    "PA", "review", "Insult by first name (Imran Qureshi), lower-case and unpunctuated.")
pos("pa", "pa21",
    "Colin Ashdown, licensing manager, is a jobsworth with a clipboard and the "
    "personality of a wet Tuesday in Denbury Bottom.",
    "PA OF", "review", "Insult at a named officer; officers expected.")
pos("pa", "pa22",
    "The bloke from the Kitesbury cycling campaign who spoke at cabinet is a "
    "sanctimonious bore and a total know-nothing. Go back to your Lycra, mate.",
    "PA", "review", "Insult at a member of the public identifiable by role (the speaker at "
    "cabinet). 'Go back to your Lycra' mocks a hobby, not a protected characteristic.")
pos("pa", "pa23",
    "Whoever edits the Kitesbury Clarion these days is a spiteful little hack with an axe "
    "to grind and a spellchecker he's never heard of.",
    "PA", "review", "Insult at the editor, identifiable by role though unnamed. HN1 "
    "{hn1_08} criticises the paper's coverage instead.")
pos("pa", "pa24",
    "@GillPryceLeader you are a disgusting, two-faced snake and a disgrace to the human "
    "race. Nobody in this district will ever trust a word you say again.",
    "PA", "block", "Severe personal attack at the Leader's handle; 'two-faced' and "
    "'trust a word' allow defamation.", allowed="DF")
pos("pa", "pa25",
    "Bethan Carwardine is a sanctimonious know-all who lectures everyone and delivers "
    "precisely nothing for Kitesbury Central. Insufferable.",
    "PA", "review", "Insult at a named member; nothing about her pregnancy (contrast "
    "{eq05} and {eq25}).")
pos("pa", "pa26",
    "@AnjaliMistryBP is an out-of-her-depth cabinet passenger. Housing portfolio? She "
    "couldn't run a Wendy house. Clueless.",
    "PA", "review", "Insult at a handle about competence, framed personally ('clueless', "
    "'couldn't run a Wendy house') rather than on the housing figures (HN6 {hn6_10}).")
pos("pa", "pa27",
    "Oh brilliant, @KelvinTsangCV has discovered potholes. Only took him four years. "
    "Genius stuff. /s\n\nWhat a lazy, useless waste of an allowance.",
    "PA IR", "review", "Sarcasm marker /s and mock praise, then a plain insult; irony "
    "expected.")

var("pa", "pa15", "asterisk", "clown")
var("pa", "pa11", "digit", "weasel")
var("pa", "pa02", "zero_width", "smug")
var("pa", "pa04", "spaced", "bodger")
var("pa", "pa03", "homoglyph", "useless")
var("pa", "pa13", "caps", None)

# ---------------------------------------------------------------------------
# Family 2: respect.abusive-language (27 originals)
# ---------------------------------------------------------------------------
pos("ab", "ab01",
    "The new Veridge bin app is absolute shite. Told me my green bin was collected. "
    "It is sat at the end of my drive in Flintcote, full, for the third week running.",
    "AB", "review", "Obscenity at an app and a service; nobody is insulted, so "
    "abusive-language alone.")
pos("ab", "ab02",
    "This fucking budget. £12m for a data centre access road and not a penny for the "
    "Wendle, the lido or the Denbury bus. Unbelievable.",
    "AB", "review", "Obscenity at a budget, not a person. HN1 {hn1_27} makes the same "
    "point without it.")
pos("ab", "ab03",
    "Rupert Fanshawe is a complete and utter twat. There, I said what the whole "
    "chamber was thinking.",
    "AB PA", "review", "Obscene insult at a named councillor: both rules.")
pos("ab", "ab04",
    "Penfold, you absolute cunt. Heckling a 14-year-old at the youth council Q&A. Get off "
    "the stage and go home.",
    "AB PA", "block", "The c-word at a named councillor (surname only; Barry Penfold is "
    "the only Penfold): severe.")
pos("ab", "ab05",
    "Full council last night was a total shitshow from start to finish. Three hours, "
    "no decisions, and the heating off in the chamber. What are we doing.",
    "AB", "review", "Obscenity at a meeting, after the event (not posted from it).")
pos("ab", "ab06",
    "Beacon Party: lying bastards, the lot of them. Promised to keep the lido open. "
    "Fenced it off by October.",
    "AB", "review", "Obscenity at a party. 'lying' at a party allows defamation and "
    "personal-attack rather than expecting them.", allowed="PA DF")
pos("ab", "ab07",
    "Tanners Cross deserves better than this piss-poor excuse for a bus service. "
    "Forty minutes in the rain on Tannery Road this morning with my mum.",
    "AB", "review", "Mildest row of the family: 'piss-poor' at a service. Some would "
    "let it pass as robust; it is labelled as vulgar language in a public post.")
pos("ab", "ab08",
    "The Licensing Manager is an arsehole, plain and simple. Three months to answer one "
    "email from the Flint & Feather about a beer garden.",
    "AB PA OF", "review", "Obscene insult at an officer by role; officers expected.")
pos("ab", "ab09",
    "@CllrPrisOrme you utter dickhead, that's the THIRD time you've voted against the "
    "crossing outside Flintcote school",
    "AB PA", "review", "Obscene insult at a handle. One word in capitals is not shouting.")
pos("ab", "ab10",
    "What a load of bollocks from @GillPryceLeader on the lido last night. 'Temporary "
    "closure for essential works.' It's been 'temporary' since October.",
    "AB", "review", "Obscenity at what the Leader said, not at her; personal-attack "
    "allowed.", allowed="PA")
pos("ab", "ab11",
    "Get your shit together, Veridge. Holloway End has had no recycling collection since "
    "the 2nd and the crows are in the bags.",
    "AB", "review", "Obscenity at a contractor (a company); personal-attack allowed.",
    allowed="PA")
pos("ab", "ab12",
    "Some wanker in a white Range Rover has parked across the dropped kerb at "
    "Chalkhanger Primary AGAIN. Mums with buggies in the road. Every. Single. Morning.",
    "AB", "review", "Obscenity at an unidentified motorist (no registration given); "
    "personal-attack allowed.", allowed="PA")
pos("ab", "ab13",
    "The directors of Beechcroft Housing are greedy fucking leeches. Maltings Court "
    "tenants living with black mould while they pay themselves bonuses. I hope they "
    "choke on them.",
    "AB", "block", "Severe obscenity at unnamed directors of a housing association, with "
    "a wish of harm: block. Personal-attack and bullying allowed (directors identifiable "
    "as a group, 'choke' a wish, not a threat). HN1 {hn1_06} reports the same landlord "
    "to the Ombudsman.", allowed="PA BU")
pos("ab", "ab14",
    "Harcastle Homes can shove their 'landscape-led masterplan' for Hanger Field right up "
    "their arse. 1,200 houses under the scarp is not landscape-led anything.",
    "AB", "review", "Obscenity at a developer; the application is pending, so "
    "predetermination allowed; personal-attack allowed for the company.",
    allowed="PA PD")
pos("ab", "ab15",
    "Harpreet Sandhu is a spineless little shit. Voted to shut the Tanners Cross youth "
    "club, then turned up for the photo op at the new one in Chalkhanger.",
    "AB PA", "review", "Obscene insult at a named councillor over a vote; nothing about "
    "his faith (contrast {eq27}).")
pos("ab", "ab16",
    "Cordwell Data can go fuck themselves. Flintcote Common is not for sale, not for a "
    "data centre, not for anything.",
    "AB", "review", "Obscenity at a company. The data centre is a planning matter, so "
    "predetermination allowed.", allowed="PA PD")
pos("ab", "ab17",
    "whoever signed off the 'repairs' on Holloway Lane needs their bloody head examining. "
    "useless pricks. the potholes are back in a week",
    "AB", "review", "Obscenity at whoever did the work, unidentified; personal-attack "
    "allowed.", allowed="PA")
pos("ab", "ab18",
    "Marcus Okonjo is a malignant tumour on this council. Everything he touches rots. "
    "The sooner he's cut out the better.",
    "AB PA", "block", "Severely toxic dehumanising language at a named councillor, no "
    "obscenity: abusive and personal-attack, block. 'cut out' is part of the tumour "
    "image, not a threat; bullying allowed.", allowed="BU")
pos("ab", "ab19",
    "FFS. Parkway car park charges up AGAIN. £11 a day to get the 7.12. Who the fuck "
    "thought that was a good idea??",
    "AB", "review", "Obscenity at a decision-maker nobody can identify and at a "
    "decision.", date="2026-03-02")
pos("ab", "ab20",
    "@AnjaliMistryBP talks absolute shite about the housing waiting list. Ask anyone in "
    "the B&Bs on the London Road.",
    "AB", "review", "Obscenity at what the Cabinet Member for Housing says; personal-"
    "attack allowed (as {ab10}).", allowed="PA")
pos("ab", "ab21",
    "The Kitesbury Clarion is a rag fit for wiping your arse with. Page 3 this week: "
    "'Kites attack pensioner's pasty.' Journalism.",
    "AB", "review", "Obscenity at a newspaper; personal-attack allowed.", allowed="PA")
pos("ab", "ab22",
    "@HughDellowBP sod off back to Fulham, you pompous tit",
    "AB PA", "review", "Obscene insult at a handle. 'back to Fulham' is about a London "
    "borough, not nationality or race.", platform="x")
pos("ab", "ab23",
    "Graham Kettley's budget report is total bollocks and he's a jumped-up little shit "
    "for presenting it to audit with a straight face.",
    "AB PA OF", "review", "Obscenity at a named officer and his report; officers "
    "expected. HN6 {hn6_24} cites the same officer's audit warning neutrally.")
pos("ab", "ab24",
    "Honestly the state of it. Bastard lorries doing 60 through Denbury Bottom past the "
    "school at 3.15. Someone's going to die.",
    "AB", "review", "Obscenity at lorries; 'someone's going to die' is a road-safety "
    "fear, not a threat.")
pos("ab", "ab25",
    "The Hanger Lodge Hotel contract is a fucking disgrace. Nobody consulted, nobody "
    "told, and the hotel staff found out from Facebook.",
    "AB", "review", "Obscenity at a contract. It is not about the people in the hotel "
    "(contrast {eq23}); HN1 {hn1_20} says the same without swearing.")
pos("ab", "ab26",
    "@KelvinTsangCV you spineless sack of shit. You told Parkway you'd fight the "
    "charges and you didn't even turn up to vote.",
    "AB PA", "review", "Obscene insult at a handle about a vote.")
pos("ab", "ab27",
    "The whole Beacon cabinet can rot in hell, every last festering one of them. "
    "Sanctimonious bastards.",
    "AB", "block", "Severe, obscene abuse at the cabinet as a body, wishing them in hell. "
    "Personal-attack allowed (a group of identifiable members).", allowed="PA")

var("ab", "ab03", "asterisk", "twat")
var("ab", "ab01", "digit", "shite")
var("ab", "ab15", "zero_width", "shit")
var("ab", "ab12", "spaced", "wanker")
var("ab", "ab10", "homoglyph", "bollocks")
var("ab", "ab19", "caps", None)

# ---------------------------------------------------------------------------
# Family 3: bullying.intimidation (27 originals, all block)
# ---------------------------------------------------------------------------
pos("bu", "bu01",
    "@HughDellowBP if the scarp road isn't gritted by tomorrow morning I'm coming round "
    "to sort you out myself. You've been warned.",
    "BU", "block", "[explicit] Threat to come round and 'sort you out'. Personal-attack "
    "allowed. HN5 {hn5_12} is a gritting notice.", allowed="PA")
pos("bu", "bu02",
    "Anjali, keep pushing the Maltings Court decant and you'll find out how dark the "
    "holloways get at night.",
    "BU", "block", "[veiled] Menace through the local sunken lanes; no harm named. "
    "Anjali Mistry is the only Anjali.", allowed="PA")
pos("bu", "bu03",
    "I know where you live, @RupertFanshawe. Chalkhanger's not that big.",
    "BU", "block", "[explicit] 'I know where you live' at a handle; no address given.",
    allowed="PA", platform="x")
pos("bu", "bu04",
    "Say that to my face in the Flint & Feather car park, Alfie, and see what happens.",
    "BU", "block", "[veiled] Invitation to a confrontation with an unstated outcome. Alfie "
    "Rance is the only Alfie.", allowed="PA")
pos("bu", "bu05",
    "To the residents who signed the Maltings Court complaint about me: worth remembering "
    "I sit on the allocations panel. Just saying.",
    "BU", "block", "[pressure] Threat to complainants through a council power; improper "
    "advantage allowed.", allowed="IA")
pos("bu", "bu06",
    "Whoever grassed me up to the Monitoring Officer: I will find out who you are, and "
    "you will regret it.",
    "BU", "block", "[explicit] Threat against an unknown complainant. HN5 {hn5_16} "
    "shares 'regret'.")
pos("bu", "bu07",
    "Ms Maddox, drop the investigation now or I'll make sure every household in "
    "Holloway End knows exactly what sort of person you are.",
    "BU OF", "block", "[pressure] Pressure on the Monitoring Officer (Fiona Maddox) to "
    "drop a standards case by threatening her reputation; officers expected.",
    allowed="PA")
pos("bu", "bu08",
    "Owen Prentice, think very carefully about your recommendation on Hanger Field. "
    "People round here have long memories, and you drive home through the Bottom every "
    "night.",
    "BU OF", "block", "[veiled] Menace at the named case officer over a pending "
    "application; officers expected. Predetermination allowed; his route home is "
    "hinted, so data protection allowed.", allowed="PD DP")
pos("bu", "bu09",
    "Kasia, you want to watch yourself. Accidents happen on those unlit lanes up "
    "Kite Hill.",
    "BU", "block", "[veiled] 'Accidents happen' at a named councillor (first name only; "
    "she is the only Kasia).")
pos("bu", "bu10",
    "If the Wendle runs dry again this summer I will drag Vale Water's area manager down "
    "to the riverbed by his collar and hold his face in the mud till he gets it.",
    "BU", "block", "[explicit] Threat of force against a partner organisation's manager, "
    "identifiable by role. Personal-attack allowed. HN1 {hn1_16} blames the water company "
    "without a threat.", allowed="PA")
pos("bu", "bu11",
    "Everyone at Thursday's full council: when Tom Hazeldine stands up to speak, turn "
    "your backs. All of you. Let's see how long the boy lasts.",
    "BU", "block", "[pressure] Organised humiliation of a named member. 'the boy' for a "
    "23-year-old allows equality (age) and personal-attack. HN2 {hn2_12} condemns it.",
    allowed="PA EQ")
pos("bu", "bu12",
    "I've got screenshots of Priscilla Orme's private messages. Vote with us on the "
    "Bodger's Yard scheme, Priscilla, or they're on the Clarion's front page on Friday.",
    "BU", "block", "[pressure] Blackmail over a vote.")
pos("bu", "bu13",
    "Nice little cottage you've got up on the scarp, Sheila. Lovely views. Be a shame if "
    "anything happened to it.",
    "BU", "block", "[veiled] The classic protection-racket line at the chair of planning "
    "(first name; she is the only Sheila). Home location named only as 'on the scarp': "
    "data protection not expected.")
pos("bu", "bu14",
    "Sleep well, @HarrietSowerbyCV. While you still can.",
    "BU", "block", "[veiled] Shortest row of the family; HN5 {hn5_12} ends a gritting "
    "notice with 'sleep well', HN2 {hn2_21} condemns a note like this one.",
    platform="bluesky")
pos("bu", "bu15",
    "Next time Barry Penfold heckles me at the village hall I'll knock his teeth down his "
    "throat. Not a joke.",
    "BU", "block", "[explicit] Threat of violence, with 'not a joke' ruling out banter.",
    allowed="PA")
pos("bu", "bu16",
    "Let's flood Colin Ashdown's inbox and phone until he reverses the Flint & Feather "
    "licence decision. Every hour, every day, till he cracks.",
    "BU OF", "block", "[pressure] Organised harassment of a named officer to change a "
    "decision; officers expected.")
pos("bu", "bu17",
    "Any more of your lies about me, Marcus, and you'll be leaving the next hustings in "
    "an ambulance.",
    "BU", "block", "[explicit] Threat of violence. It also calls what he said lies, so "
    "defamation and personal-attack allowed.", allowed="PA DF")
pos("bu", "bu18",
    "Funny how the kites always find whatever's left lying on the road. Worth "
    "remembering, Cllr Pemberton.",
    "BU", "block", "[veiled] Red-kite carrion image as menace at a named councillor. HN5 "
    "{hn5_10} is a real kite and a sausage roll.")
pos("bu", "bu19",
    "Share this clip of Sam Whitlow freezing up at scrutiny as far and wide as you can. "
    "Let him see it everywhere he goes.",
    "BU", "block", "[pressure] Organised humiliation. Sam Whitlow is autistic and the "
    "clip mocks a shutdown, so equality allowed; HN2 {hn2_13} condemns it.",
    allowed="EQ PA")
pos("bu", "bu20",
    "The Clarion reporter who wrote Friday's hatchet job on me: you've got a family. "
    "Think about them before you write another word.",
    "BU", "block", "[veiled] Menace against a journalist through his family.")
pos("bu", "bu21",
    "To the Save Flintcote Common lot who stood outside my house on Saturday: come back "
    "and I'll set the dog on you. I mean it.",
    "BU", "block", "[explicit] Threat against protesting residents.")
pos("bu", "bu22",
    "If Rowan Tillotson won't resign over the Wendle report, we'll be outside his surgery "
    "every Saturday, and outside his kids' school gate too, until he does.",
    "BU", "block", "[pressure] Campaign to be waged at a member's children's school; "
    "data protection allowed (children, school implied), personal-attack allowed.",
    allowed="DP PA")
pos("bu", "bu23",
    "People who cross me on this council tend not to stay on it, one way or another. Ask "
    "the last three. You're next, Nina.",
    "BU", "block", "[veiled] 'one way or another' turns a political boast into menace.")
pos("bu", "bu24",
    "If Gillian Pryce shows her face at the Cherry Fair I will personally throw her off "
    "the bandstand. Try me.",
    "BU", "block", "[explicit] Threat of violence at the Leader.", allowed="PA")
pos("bu", "bu25",
    "Anyone thinking of giving evidence for Dan Fairlie at the standards hearing: I'd "
    "think twice. Kitesbury's a small town and I've got a long memory.",
    "BU", "block", "[pressure] Intimidation of witnesses in a standards case.")
pos("bu", "bu26",
    "One more word out of you, Imran, and I'll put you through the window of your own "
    "surgery.",
    "BU", "block", "[explicit] Threat of violence by first name (Imran Qureshi).",
    allowed="PA")
pos("bu", "bu27",
    "Here's Debra Hollins's work mobile: 07700 900318. Ring it every time your bin's "
    "missed. Day and night. Let her feel it.",
    "BU OF", "block", "[pressure] Calls to harass a named officer on her mobile; officers "
    "expected. The number is in the drama range; data protection and credentials "
    "allowed. HN2 {hn2_25} condemns such a post without the number.",
    allowed="DP CR")

var("bu", "bu06", "asterisk", "regret")
var("bu", "bu15", "digit", "knock")
var("bu", "bu03", "zero_width", "live")
var("bu", "bu13", "spaced", "shame")
var("bu", "bu09", "homoglyph", "accidents")
var("bu", "bu21", "caps", None)

# ---------------------------------------------------------------------------
# Family 4: equality.discrimination (27 originals, all block)
# ---------------------------------------------------------------------------
pos("eq", "eq01",
    "Tanners Cross used to be a proper Chiltern town before the Pakistanis took over "
    "every shop on the parade. Walk down it now and tell me I'm wrong.",
    "EQ", "block", "[explicit; race] Hostility to a national/ethnic group; no slur. HN3 "
    "{hn3_16} and HN4 {hn4_23} are about the same parade.")
pos("eq", "eq02",
    "Imran Qureshi's loyalty is to his mosque, not to Tanners Cross. Muslims like him "
    "shouldn't be sitting on planning committees.",
    "EQ PA", "block", "[explicit; religion or belief] Says a Muslim member should be "
    "barred from a committee for his faith; personal-attack expected as he is named.")
pos("eq", "eq03",
    "Funny how Nina Abrahams always knows exactly where the money is. Must run in the "
    "family.",
    "EQ PA", "block", "[coded; religion or belief] Antisemitic money trope with no group "
    "word; it rests on the reader knowing she is Jewish. Tagged religion or belief (some "
    "would tag race). Innuendo about money allows defamation. HN2 {hn2_10} names the "
    "trope to condemn it.", allowed="DF")
pos("eq", "eq04",
    "A councillor in a wheelchair can't do site visits up the scarp. Dan Fairlie should "
    "step aside for somebody who can actually get about the ward.",
    "EQ PA", "block", "[explicit; disability] Says a wheelchair user should give up his "
    "seat. HN3 {hn3_07} asks how to make the same site visits accessible.")
pos("eq", "eq05",
    "Bethan Carwardine is about to pop. Women who get pregnant halfway through a term "
    "should resign - Kitesbury Central needs somebody who'll actually turn up.",
    "EQ PA", "block", "[explicit; pregnancy and maternity] Says pregnant members should "
    "resign. HN3 {hn3_05} sets out the parental leave policy.", date="2026-02-24")
pos("eq", "eq06",
    "Elodie Grange is a bloke in a dress and I won't be calling him anything else, in "
    "the chamber or out of it.",
    "EQ PA", "block", "[explicit; gender reassignment] Deliberate misgendering of a trans "
    "councillor. HN2 {hn2_02} condemns the same phrase.")
pos("eq", "eq07",
    "Rowan Tillotson and his 'husband' can do what they like at home. Keep that stuff "
    "away from our primary schools.",
    "EQ PA", "block", "[explicit; sexual orientation] Scare quotes on his marriage plus "
    "the grooming insinuation about schools.")
pos("eq", "eq08",
    "Jean Cutteridge is 82 and deaf as a post. Time the old dear was put out to grass - "
    "Holloway End needs a councillor who isn't going senile.",
    "EQ PA", "block", "[explicit; age] Age-based demand to step down, with disability "
    "(deafness, 'senile') in the same breath. HN4 {hn4_08} is Jean on her own ward "
    "walks.")
pos("eq", "eq09",
    "Lovely to see the Denbury Lane site out in force at the orchard wassail. Counted "
    "the ladders on the way home - all present and correct 😉",
    "EQ", "block", "[coded; race] The Traveller theft trope with no group word; 'the "
    "Denbury Lane site' is the Traveller site. Mock-friendly tone: irony allowed. HN2 "
    "{hn2_26} calls out the same joke.", allowed="IR", date="2026-01-19")
pos("eq", "eq10",
    "Gypos back on the verge at Denbury Lane. Lock up your tools, Denbury Bottom.",
    "EQ AB", "block", "[explicit; race] Slur for Gypsies and Travellers (a racial group "
    "in law) with the theft insinuation; the slur also expects abusive-language. HN4 "
    "{hn4_15} is a Romany councillor's own use of 'Gypsy'.")
pos("eq", "eq11",
    "Kelvin Tsang, whose side are you actually on? Hong Kong or Kitesbury? Some of us "
    "were born here.",
    "EQ PA", "block", "[coded; race] Dual-loyalty smear on national origin; 'some of us "
    "were born here' carries it. HN2 {hn2_11} rebuts it.")
pos("eq", "eq12",
    "Marcus Okonjo should go back to Lagos if he hates this country so much.",
    "EQ PA", "block", "[explicit; race] 'Go back to' at a Black British councillor born "
    "in the district. HN2 {hn2_04} is Marcus on hearing it in the street.")
pos("eq", "eq13",
    "Another halal butcher opening on Tanners Cross Parade. We all know where this ends "
    "up.",
    "EQ", "block", "[coded; religion or belief] 'We all know where this ends up' about a "
    "halal shop: a takeover insinuation against Muslims. HN2 {hn2_18} answers it.")
pos("eq", "eq14",
    "Holi powder all over Kitesbury Rec again. Their festivals, our mess. Not our culture "
    "and never will be.",
    "EQ", "block", "[explicit; religion or belief] 'Their festivals... not our culture' "
    "excludes Hindu residents (also reads as race). HN4 {hn4_14} is the same day from the "
    "mandir's side.", date="2026-03-05")
pos("eq", "eq15",
    "The day centre at Holloway End is full of retards and the council wants to spend "
    "MORE on it?",
    "EQ AB", "block", "[explicit; disability] Slur at disabled service users; abusive "
    "expected for the slur. HN3 {hn3_15} gives the day centre's costs.")
pos("eq", "eq16",
    "Sam Whitlow's 'condition' is very convenient whenever he doesn't fancy answering a "
    "question, isn't it.",
    "EQ PA", "block", "[coded; disability] Scare-quoted 'condition' suggests his autism "
    "is put on; no diagnosis is named.")
pos("eq", "eq17",
    "Women shouldn't chair planning. Too emotional. Sheila Vannock proved it again last "
    "night.",
    "EQ PA", "block", "[explicit; sex] Generalisation about women used against a named "
    "chair. HN2 {hn2_14} quotes the line to condemn it.")
pos("eq", "eq18",
    "Harriet Sowerby, love, leave the budget to the grown-ups and get back to the school "
    "run.",
    "EQ PA", "block", "[coded; sex] Patronising 'love' and the school run: a woman told to "
    "go home, with no 'women' in the text. HN2 {hn2_28} condemns the same line.")
pos("eq", "eq19",
    "Don't want a poof chairing the youth panel. Simple as.",
    "EQ AB", "block", "[explicit; sexual orientation] Slur; nobody named.",
    platform="x")
pos("eq", "eq20",
    "Rainbow flag up on the Clock Tower again. Keep your bedroom business to yourselves, "
    "some of us have children.",
    "EQ", "block", "[coded; sexual orientation] LGBT+ History Month flag treated as "
    "sexual display and a danger to children. HN3 {hn3_11} and HN4 {hn4_21} are the "
    "nearest negatives.", date="2026-02-03")
pos("eq", "eq21",
    "Looking forward to Beechcombe's report from Elodie Grange - or whatever he's calling "
    "himself this week.",
    "EQ PA", "block", "[coded; gender reassignment] Misgendering and mockery of a trans "
    "woman's name without the word 'trans'.")
pos("eq", "eq22",
    "Nobody under 25 should be allowed to stand for this council. Tom Hazeldine is still "
    "wet behind the ears and it shows - he's a child.",
    "EQ PA", "block", "[explicit; age] Says young people should be barred; HN4 {hn4_09} is "
    "Tom on being the youngest member, HN3 {hn3_08} says age is no disqualification.")
pos("eq", "eq23",
    "Hanger Lodge Hotel: ninety young foreign men, half a mile from Chalkhanger Primary. "
    "Just asking the question nobody else will 🤔",
    "EQ", "block", "[coded; race] Insinuation of sexual danger from asylum seekers by "
    "nationality and sex; 'just asking'. HN3 {hn3_21} and HN1 {hn1_20} separate the "
    "contract from the men.")
pos("eq", "eq24",
    "Married women shouldn't be in cabinet. Anjali Mistry's first duty is to her husband, "
    "not the housing portfolio.",
    "EQ PA", "block", "[explicit; marriage and civil partnership] Less favourable treatment "
    "because she is married (sex is involved as well).")
pos("eq", "eq25",
    "Convenient 'maternity leave' just before the Hanger Field vote, Bethan. Some of us "
    "actually turn up for work.",
    "EQ PA", "block", "[coded; pregnancy and maternity] Scare-quoted maternity leave as "
    "shirking, aimed at a named member.", date="2026-03-16")
pos("eq", "eq26",
    "Too many Poles in Kitesbury Parkway already. Kasia Wroblewska should stick to "
    "representing her own kind.",
    "EQ PA", "block", "[explicit; race] Hostility to Polish residents and a Polish-born "
    "member. HN3 {hn3_14} and HN4 {hn4_06} are the neighbours.")
pos("eq", "eq27",
    "Harpreet Sandhu can take his turban and his dagger to a ward where they're welcome.",
    "EQ PA", "block", "[explicit; religion or belief] Turban and kirpan named as reasons "
    "he is unwelcome (also reads as race). HN3 {hn3_04} explains the kirpan, HN2 "
    "{hn2_20} condemns this line.")

var("eq", "eq15", "asterisk", "retards")
var("eq", "eq26", "digit", "Poles")
var("eq", "eq19", "zero_width", "poof")
var("eq", "eq10", "spaced", "Gypos")
var("eq", "eq02", "homoglyph", "mosque")
var("eq", "eq17", "caps", None)

# ---------------------------------------------------------------------------
# Family 5: defamation.allegation (27 originals)
# ---------------------------------------------------------------------------
pos("df", "df01",
    "Rupert Fanshawe is a liar. Plain and simple.",
    "DF PA", "review", "'liar' at a named councillor: name-calling, no specific act.",
    platform="x")
pos("df", "df02",
    "Gillian Pryce lied to full council about the lido closure, and she knows it.",
    "DF", "review", "States as fact that the Leader lied to a meeting (dishonesty), no "
    "crime; personal-attack allowed. HN6 {hn6_02} sets out the same broken promise from "
    "the record.", allowed="PA")
pos("df", "df03",
    "Harcastle Homes have got half the Beacon group in their back pocket. Watch how they "
    "vote on Hanger Field.",
    "DF", "review", "Idiom of corruption at a company and a group; personal-attack "
    "allowed.", allowed="PA")
pos("df", "df04",
    "A certain Flintcote councillor's lovely new extension was built by the very same firm "
    "that won the Bodger's Yard contract. Draw your own conclusions.",
    "DF", "review", "Innuendo of corruption; Flintcote has two councillors, so the person "
    "is identifiable. Personal-attack allowed.", allowed="PA")
pos("df", "df05",
    "Sheila Vannock is a crook.",
    "DF PA", "review", "Name-calling ('crook') at a named councillor.", platform="x")
pos("df", "df06",
    "Veridge are a bunch of con artists ripping off every council taxpayer in this "
    "district. Paid for weekly, collect when they feel like it.",
    "DF", "review", "'con artists' at a company; personal-attack allowed. HN1 {hn1_22} "
    "calls its reply 'insulting nonsense' and stays on the service.", allowed="PA")
pos("df", "df07",
    "Jonty Pemberton claimed mileage for forty trips to county hall that he never made. "
    "£2,300 of our money. That's fraud, pure and simple.",
    "DF", "block", "Specific fraud with an amount, stated as fact: block. Personal-attack "
    "allowed.", allowed="PA")
pos("df", "df08",
    "Our Chief Executive is bent. Everybody in the civic centre knows it.",
    "DF PA OF", "review", "'bent' (corrupt) at the Chief Executive by role; officers "
    "expected; the word is also a homophobic slur, so equality allowed.", allowed="EQ")
pos("df", "df09",
    "Owen Prentice took a backhander from Harcastle Homes to recommend Hanger Field. "
    "£15k, paid through his brother's building firm.",
    "DF OF", "block", "Bribery of a named officer stated as fact with amount and route; "
    "officers expected; predetermination allowed (pending application).",
    allowed="PA PD")
pos("df", "df10",
    "Barry Penfold was convicted of assault in 2009 and never declared it when he stood. "
    "Look it up.",
    "DF", "block", "Specific criminal conviction and a false declaration stated as fact; "
    "data protection allowed (criminal record).", allowed="PA DP")
pos("df", "df11",
    "Marcus Okonjo wouldn't know the truth if it bit him on the backside. Dishonest to "
    "his bones.",
    "DF PA", "review", "Name-calling of dishonesty, no act alleged. HN6 {hn6_05} corrects "
    "one of his figures instead.")
pos("df", "df12",
    "Beacon canvassers filled in postal votes for residents at Wendle House care home "
    "last May. I've spoken to the families.",
    "DF", "block", "Electoral fraud stated as fact against a party's canvassers "
    "(identifiable group); personal-attack allowed.", allowed="PA")
pos("df", "df13",
    "Interesting that the Chairman's grandson got the Kitesbury Lido cafe lease without "
    "a tender. Very interesting indeed.",
    "DF", "review", "Innuendo of favouritism at the Chairman by role; irony and personal-"
    "attack allowed.", allowed="PA IR")
pos("df", "df14",
    "Graham Kettley moved £80,000 out of the Wendle flood reserve into an account nobody "
    "can trace. That's theft, and he's still in post.",
    "DF OF", "block", "Theft by a named officer stated as fact; officers expected.",
    allowed="PA")
pos("df", "df15",
    "Harpreet Sandhu is a fraud - he doesn't even live in Tanners Cross, he's in a barn "
    "conversion over the other side of the scarp.",
    "DF PA", "review", "'fraud' name-calling with a residence claim (no address); "
    "review. Data protection allowed for the hint at his home.", allowed="DP")
pos("df", "df16",
    "Hugh Dellow drove home from the Flint & Feather three times over the limit on "
    "Friday and the police let him go because he's a councillor.",
    "DF", "block", "Drink-driving and a police cover-up stated as fact: block.",
    allowed="PA")
pos("df", "df17",
    "Commuter Voice are a front for the Parkway landlords. Bought and paid for.",
    "DF", "review", "Idiom of corruption at a party; personal-attack allowed.",
    allowed="PA")
pos("df", "df18",
    "Derek Ambrose paid for his holiday in Madeira out of the Chairman's charity fund. "
    "I've seen the receipts.",
    "DF", "block", "Theft from a charity fund stated as fact with claimed evidence.",
    allowed="PA")
pos("df", "df19",
    "@AlfieRanceVI dodgy as they come. never trust a word that man says",
    "DF PA", "review", "'dodgy' and 'never trust a word' at a handle: name-calling.")
pos("df", "df20",
    "Beechcroft Housing's chief executive is pocketing the Maltings Court service "
    "charges. Tenants pay for repairs that never happen and the money goes straight into "
    "his pension pot.",
    "DF", "block", "Theft by a person identifiable by role (not a council officer). "
    "Personal-attack allowed. HN1 {hn1_06} criticises the same landlord's service.",
    allowed="PA")
pos("df", "df21",
    "Funny how Cordwell Data's planning consultant plays golf every Sunday with the "
    "Leader. Nothing to see here 🙄",
    "DF", "review", "Innuendo of corruption with 'nothing to see here'; irony, "
    "personal-attack and predetermination (pending data centre) allowed.",
    allowed="PA IR PD")
pos("df", "df22",
    "Priscilla Orme shredded the Bodger's Yard files the day after the FOI request landed. "
    "I watched the bags go out to the skip.",
    "DF", "block", "Destroying records to defeat an FOI request (an offence) stated as "
    "fact with claimed witness.", allowed="PA")
pos("df", "df23",
    "Harriet Sowerby is a habitual liar who'd sell her own ward for a headline in the "
    "Clarion.",
    "DF PA", "review", "Name-calling ('habitual liar').")
pos("df", "df24",
    "Tom Hazeldine sold his vote on the Parkway car park to the operator for a £5,000 "
    "'donation' to his campaign.",
    "DF", "block", "A vote sold for money stated as fact.", allowed="PA")
pos("df", "df25",
    "The Clarion's editor is a paid Beacon stooge who prints whatever lies Gillian's "
    "office sends him.",
    "DF PA", "review", "'paid stooge' at an identifiable editor, and 'lies' from the "
    "Leader's office.")
pos("df", "df26",
    "Colin Ashdown takes cash from the Kitesbury taxi firms to fast-track their licences. "
    "Ask any driver on the rank.",
    "DF OF", "block", "Bribery of a named officer stated as fact; officers expected.",
    allowed="PA")
pos("df", "df27",
    "Rowan Tillotson's 'climate audit' figures are cooked. Every number massaged to make "
    "Green Hanger look good. Lies, damned lies and Rowan's statistics.",
    "DF", "review", "Dishonesty alleged about a named member's figures ('cooked', "
    "'lies'); personal-attack allowed. HN6 {hn6_17} questions the same plan's costing.",
    allowed="PA")

var("df", "df23", "asterisk", "liar")
var("df", "df14", "digit", "theft")
var("df", "df08", "zero_width", "bent")
var("df", "df05", "spaced", "crook")
var("df", "df06", "homoglyph", "con")
var("df", "df16", "caps", None)

# ---------------------------------------------------------------------------
# Hard negatives. HN1: harsh criticism of a policy, decision, party, company or
# the council (28)
# ---------------------------------------------------------------------------
hn(1, "hn1_01",
   "The Parkway car park charges are a shambles and the cabinet should be ashamed. "
   "£9.50 a day to catch the 7.12? Commuters are being milked to plug a hole in the budget.",
   "Robust criticism of a decision and the cabinet as a body.", date="2026-01-08")
hn(1, "hn1_02",
   "Veridge's collection record in Flintcote is a disgrace. Three missed rounds in one "
   "month. I've asked for the contract to come to scrutiny in March.",
   "Harsh criticism of a contractor's service, with a proper route. Compare {pa13}.")
hn(1, "hn1_03",
   "I have real concerns about what Hanger Field would do to the scarp: the views, the "
   "traffic on the holloways, the Wendle. I'll read the officers' report and listen at "
   "committee before I decide.",
   "Predisposition, not predetermination, on a pending application.", allowed="PD")
hn(1, "hn1_04",
   "The Bodger's Yard regeneration is a bodge job from start to finish. Cabinet rushed "
   "it, the costs have doubled, and nobody has been held to account.",
   "'bodge job' at a scheme; shares the idiom with {pa04}.")
hn(1, "hn1_05",
   "Spineless decision by the Beacon cabinet to defer the lido vote for the third time. "
   "Residents deserve a yes or a no.",
   "'Spineless' at a decision, not a person.", allowed="PA")
hn(1, "hn1_06",
   "Beechcroft Housing is failing Maltings Court. Damp, black mould, a lift out of action "
   "since November. I've reported them to the Housing Ombudsman today and I'll keep "
   "pushing.",
   "Harsh criticism of a housing association through the proper channel. Compare {ab13} "
   "and {df20}.")
hn(1, "hn1_07",
   "Cordwell Data's data centre would swallow Flintcote Common whole. I think it's a "
   "terrible idea and I'll be saying so in the consultation.",
   "A firm view on a proposal at consultation stage; a careful tool might raise "
   "predetermination.", allowed="PD")
hn(1, "hn1_08",
   "The Clarion's coverage of the budget was lazy and wrong - they printed last year's "
   "figures. I've sent the editor the right ones and asked for a correction.",
   "Criticism of a newspaper's reporting, not its editor. Compare {pa23}.")
hn(1, "hn1_09",
   "The Vale Democrats' alternative budget is fantasy economics. It doesn't add up and "
   "they'll have to explain where the £4m comes from.",
   "Harsh criticism of a party's policy.")
hn(1, "hn1_10",
   "This council's pothole strategy is a joke. Holloway Lane has looked like the surface "
   "of the moon since October and patching it twice a year isn't a strategy.",
   "Criticism of a policy.")
hn(1, "hn1_11",
   "Commuter Voice want to knock down half of Tanners Cross Parade for a multi-storey. "
   "Terrible policy. I'll be voting it down and so should every member who cares about "
   "the high street.",
   "Criticism of a party's proposal (a budget motion, not a planning application). "
   "Compare {pa14}.")
hn(1, "hn1_12",
   "Absolutely furious about the bus cuts. Denbury Bottom will have ONE bus a day from "
   "April. Whoever drew up this timetable has never met a pensioner without a car.",
   "Anger at a decision; 'whoever drew up' is criticism of the work, not an insult.",
   allowed="PA")
hn(1, "hn1_13",
   "The green bin charge is a stealth tax, full stop. Beacon said they wouldn't bring it "
   "in, and they did.",
   "Criticism of a party's record and policy.")
hn(1, "hn1_14",
   "Kitesbury Town deserve better than the ground lease this council has offered them. "
   "Five years and a rent rise? The Bodgers have been at Mill Meadow since 1921.",
   "Criticism of a council offer; 'the Bodgers' is the football club's nickname.")
hn(1, "hn1_15",
   "Harcastle Homes' 'landscape-led' brochure is greenwash. There are more trees in the "
   "artist's impressions than in the whole of the Hanger.",
   "Criticism of a developer's marketing; the application is pending.", allowed="PD")
hn(1, "hn1_16",
   "The Wendle is a chalk stream, not a drain. Vale Water and the regulators have let it "
   "die on their watch and they need to come to the next environment scrutiny and explain "
   "themselves.",
   "Harsh criticism of an organisation, asking for accountability. Compare {bu10}.")
hn(1, "hn1_17",
   "The district plan consultation was a farce. Four days' notice and a 600-page PDF "
   "that won't open on a phone.",
   "Criticism of a process.")
hn(1, "hn1_18",
   "Scrutiny was toothless again last night. Cabinet dodged every question on the lido. "
   "Pathetic performance from the administration.",
   "'Pathetic performance' at the administration as a body.", allowed="PA")
hn(1, "hn1_19",
   "The red kite feeding ban is a daft policy. Enforce the litter rules instead of fining "
   "people for loving the birds.",
   "Criticism of a policy.")
hn(1, "hn1_20",
   "The Hanger Lodge contract was handled appallingly by the Home Office and the "
   "operator. Residents weren't told, the hotel's own staff weren't told. That's the "
   "scandal - not the people staying there.",
   "Criticism of how a contract was let, explicitly not of the asylum seekers. Compare "
   "{eq23} and {ab25}.")
hn(1, "hn1_21",
   "Library hours in Kitesbury cut again. Saturday afternoons gone. This isn't saving "
   "money, it's giving up on reading.",
   "Criticism of a decision.")
hn(1, "hn1_22",
   "Veridge's reply to my formal complaint was insulting nonsense. Two paragraphs, no "
   "dates, and it blamed the residents. Escalated to stage 2.",
   "'insulting nonsense' at a letter, not a person. Compare {df06}.")
hn(1, "hn1_23",
   "Parkway station lifts out of action for nine weeks. Wheelchair users and parents "
   "with buggies can't get to the London platform. The rail operator should be "
   "ashamed of itself.",
   "Criticism of an operator; disability mentioned neutrally.")
hn(1, "hn1_24",
   "The Beacon Party has run this district like a private members' club for twelve years. "
   "Time for a change in May.",
   "Party political criticism.")
hn(1, "hn1_25",
   "Planning is overwhelmed and under-resourced, and that is cabinet's fault, not the "
   "officers'. Eleven vacancies and a hiring freeze.",
   "Defends officers while blaming cabinet; mentions officers without criticising them.",
   allowed="OF")
hn(1, "hn1_26",
   "Felling the Chalkhanger beech avenue for a roundabout is vandalism. Sheer vandalism. "
   "Those trees were planted for Victoria's jubilee.",
   "'vandalism' is figurative about a decision.", allowed="DF")
hn(1, "hn1_27",
   "The data centre access road would cost £12m. That's £12m we haven't got for the "
   "Wendle, the lido or the Denbury bus. Madness.",
   "Angry about a budget line without obscenity. Compare {ab02}.")
hn(1, "hn1_28",
   "The CCTV in Kitesbury market square has been off for a month. Cabinet were told in "
   "January and did nothing. Shameful.",
   "Criticism of a body's inaction; a careful tool might hear misconduct.",
   allowed="DF")

# ---------------------------------------------------------------------------
# HN2: counter-speech and quoting abuse to condemn it (28)
# ---------------------------------------------------------------------------
hn(2, "hn2_01",
   "Someone sprayed 'Pakis out' on the Tanners Cross underpass overnight. Reported to the "
   "police, and the street team had it painted over by 10. Tanners Cross is everyone's "
   "home.",
   "Quotes a racist slur to report and condemn it.", allowed="EQ AB")
hn(2, "hn2_02",
   "To whoever messaged Elodie Grange calling her 'a bloke in a dress': that's "
   "transphobic abuse, it's been reported, and I stand with her. So does most of "
   "Beechcombe.",
   "Quotes the phrase of {eq06} to condemn it.", allowed="EQ")
hn(2, "hn2_03",
   "I've had three emails this week calling the Hanger Lodge residents 'scum'. I won't "
   "print the rest. People who've fled war deserve better than that, and so does "
   "Chalkhanger.",
   "Quotes abuse of asylum seekers to condemn it.", allowed="AB EQ")
hn(2, "hn2_04",
   "'Go back to Lagos.' Shouted at me outside the Tanners Cross Co-op on Saturday. I was "
   "born in Kitesbury General and I've never been to Lagos. I'm not going anywhere.",
   "Marcus Okonjo on abuse he received; pinned author. Compare {eq12}.",
   allowed="EQ", author="@MarcusOkonjoVD")
hn(2, "hn2_05",
   "Calling people at the Holloway End day centre 'retards' in a village Facebook group "
   "is not banter. I've asked the admins to take it down and they have.",
   "Quotes a disability slur to condemn it. Compare {eq15}.", allowed="EQ AB")
hn(2, "hn2_06",
   "If your argument against the youth panel motion is that gay couples should 'keep their "
   "bedroom business to themselves', you haven't got an argument.",
   "Quotes a homophobic line (close to {eq20}) to reject it.", allowed="EQ")
hn(2, "hn2_07",
   "A lot of 'I know where you live' messages going to councillors of every party this "
   "month. If you get one, screenshot it and report it. Threats are not debate.",
   "Quotes a threat to tell colleagues to report it. Compare {bu03}.", allowed="BU")
hn(2, "hn2_08",
   "A man told Bethan Carwardine at the orchard wassail that pregnant councillors should "
   "resign. He's wrong, the law is clear, and she's doing a brilliant job for Kitesbury "
   "Central.",
   "Reports and rejects a discriminatory remark. Compare {eq05}.", allowed="EQ",
   date="2026-01-20")
hn(2, "hn2_09",
   "'Gypos' is a slur. It was used at the Denbury Bottom parish meeting last night and "
   "nobody challenged it. I'm challenging it now.",
   "Names the slur of {eq10} to challenge it.", allowed="EQ AB")
hn(2, "hn2_10",
   "Tropes about Jewish people and money have no place in Kitesbury politics, and the "
   "post about Nina Abrahams has been reported to the platform and to the Monitoring "
   "Officer.",
   "Names the trope of {eq03} to condemn it.", allowed="EQ")
hn(2, "hn2_11",
   "Kelvin Tsang has paid council tax in Kitesbury Parkway for five years. 'Whose side "
   "are you on' smears against Hong Kongers are racist, full stop.",
   "Rebuts the smear of {eq11}.", allowed="EQ")
hn(2, "hn2_12",
   "Turning your backs on a colleague when he stands up to speak isn't protest, it's "
   "bullying. What happened to Tom on Thursday was disgraceful and I've said so to the "
   "group leaders.",
   "Condemns the humiliation of {bu11}.", allowed="BU")
hn(2, "hn2_13",
   "Anyone sharing that clip of Sam at scrutiny: please stop. He's autistic, he's one of "
   "the sharpest people on this council, and mocking a shutdown is just cruel.",
   "Condemns {bu19}; names his autism only in his defence.", allowed="EQ BU")
hn(2, "hn2_14",
   "'Women are too emotional to chair planning.' Heard in the members' room today, out "
   "loud, by a grown man. 2026, folks.",
   "Quotes the line of {eq17} to condemn it.", allowed="EQ")
hn(2, "hn2_15",
   "Someone has written 'old bat' across Jean Cutteridge's poster in Holloway End. She's "
   "82, sharp as a tack, and twice the councillor most of us are.",
   "Condemns ageist graffiti and praises the target.", allowed="EQ PA")
hn(2, "hn2_16",
   "To the man in the white Range Rover who called a dinner lady a 'stupid cow' at the "
   "Chalkhanger Primary gate this morning: the head has your registration and so do the "
   "police.",
   "Reports abuse; no registration given. Compare {ab12}.", allowed="AB PA")
hn(2, "hn2_17",
   "A resident called our bin crews 'thick useless bastards' in an email to me today. "
   "They're out at 5am in the mizzle lifting your rubbish. Please be kind to them.",
   "Quotes abuse of workers to defend them.", allowed="AB PA")
hn(2, "hn2_18",
   "To everyone posting 'halal takeover' nonsense about the new butcher on Tanners Cross "
   "Parade: it's a butcher's. It sells meat. Go and buy some lamb chops, they're very "
   "good.",
   "Answers the insinuation of {eq13}.", allowed="EQ")
hn(2, "hn2_19",
   "Being called a 'useless Paki' by a stranger outside my surgery is not part of the "
   "job, and I'm not going to pretend it is. Reported.",
   "Imran Qureshi on abuse he received; pinned author.", allowed="EQ AB",
   author="@ImranQureshiVD")
hn(2, "hn2_20",
   "Harpreet was told online to 'take his turban and his dagger' somewhere else. The "
   "kirpan is an article of faith, Harpreet is a Kitesbury lad, and that post is hate.",
   "Condemns {eq27} by quoting it.", allowed="EQ")
hn(2, "hn2_21",
   "Whoever put a 'Sleep well' note through Harriet Sowerby's door with no name on it: "
   "that's intimidation, and it's with Inspector Kerridge now.",
   "Condemns a veiled threat like {bu14}.", allowed="BU")
hn(2, "hn2_22",
   "Voicemail this morning calling me a 'Polish parasite' who should 'go home'. My home "
   "is Kitesbury Parkway. I pay my council tax like everybody else on my street.",
   "Kasia Wroblewska on abuse she received; pinned author.", allowed="EQ",
   author="@KasiaWroblewska")
hn(2, "hn2_23",
   "Some of the comments under the Holi photos - 'their festivals, our mess' - say a lot "
   "more about the people writing them than the families having fun on the Rec.",
   "Quotes {eq14} to condemn it.", allowed="EQ", date="2026-03-05")
hn(2, "hn2_24",
   "'Wheelchair users can't do site visits.' Dan has done more site visits than anyone on "
   "planning this year. Ramps exist. So does basic decency.",
   "Rebuts {eq04}.", allowed="EQ")
hn(2, "hn2_25",
   "Someone has posted an officer's work mobile asking people to ring it 'day and night'. "
   "Please don't. Debra and her team have a complaints line and they will answer it.",
   "Condemns {bu27} without repeating the number.", allowed="BU OF")
hn(2, "hn2_26",
   "'Lock up your ladders when the Travellers are about' isn't a joke. It's the oldest "
   "slur in these hills. Pack it in.",
   "Quotes the trope of {eq09} to condemn it.", allowed="EQ")
hn(2, "hn2_27",
   "There was a notice in a Beechcombe shop window calling our gay councillors "
   "'perverts'. I asked the owner to take it down and, to his credit, he did. Thank you.",
   "Reports a homophobic notice and its removal.", allowed="EQ AB")
hn(2, "hn2_28",
   "Every time a woman councillor speaks up on the budget, somebody tells her to 'get "
   "back to the school run'. Harriet had it this week. Enough.",
   "Condemns the line of {eq18}.", allowed="EQ")

# ---------------------------------------------------------------------------
# HN3: denied prejudice, myth-busting and civil debate on protected topics (28)
# ---------------------------------------------------------------------------
hn(3, "hn3_01",
   "Myth: the Hanger Lodge residents get free cars. Fact: asylum support is £8.86 a week "
   "plus meals, and the bus pass is paid by a charity. Please check before you share.",
   "Myth-busting about asylum seekers.")
hn(3, "hn3_02",
   "I'm not against the Tanners Cross mosque extension. I do have concerns about parking "
   "on Tannery Road at Friday prayers, and I'll raise them at committee. Let's talk about "
   "traffic, not faith.",
   "Civil concern on a planning matter touching a faith group; predetermination allowed, "
   "equality allowed.", allowed="PD EQ")
hn(3, "hn3_03",
   "Can we have a grown-up debate about Traveller transit provision? The district is "
   "legally required to have some. The question is where, not whether.",
   "Civil debate on provision for a protected group.")
hn(3, "hn3_04",
   "For the record: the kirpan is an article of faith protected in law. It's blunt, it's "
   "small and nobody at the gurdwara on Mill Lane is 'armed'. Ask Harpreet, he'll show "
   "you.",
   "Myth-busting; compare {eq27}.", allowed="EQ")
hn(3, "hn3_05",
   "Pregnant councillors are entitled to parental leave. Full council agreed the policy in "
   "2024 with cross-party support. Bethan's leave is lawful, planned and her casework is "
   "covered.",
   "Myth-busting on maternity; compare {eq05} and {eq25}.", date="2026-03-17")
hn(3, "hn3_06",
   "Some residents have asked whether migrants jump the housing queue. They don't. "
   "Allocation is by need and local connection, and the scheme is published here: "
   "https://allocations.example.org/kitesbury",
   "Myth-busting about housing allocation; link on example.org.")
hn(3, "hn3_07",
   "Genuine question, not a dig: how do we make planning site visits on the scarp "
   "accessible for members who use wheelchairs? Dan has raised it twice and he's right.",
   "Civil question on disability access; compare {eq04}.")
hn(3, "hn3_08",
   "Age is not a qualification or a disqualification for this job. Jean is 82, Tom is 23, "
   "and they're both good ward councillors.",
   "Civil statement on age; compare {eq08} and {eq22}.")
hn(3, "hn3_09",
   "Is Holi powder safe on the Rec grass? Yes: it's cornflour and food colouring, and the "
   "mandir volunteers had it swept up by six.",
   "Myth-busting about a Hindu festival.", date="2026-03-05")
hn(3, "hn3_10",
   "I don't agree with Rowan on the youth panel budget, but that's about £40k, not about "
   "who he's married to. Let's keep it that way.",
   "Disagreement kept to policy, rejecting a slide into his sexuality.", allowed="EQ")
hn(3, "hn3_11",
   "Yes, I voted against the rainbow crossing on Clock Tower Square. No, it isn't because "
   "I've anything against gay people. It's a conservation area and the highways budget is "
   "empty. Happy to discuss.",
   "Denied prejudice with a stated reason; compare {eq20}.", allowed="EQ")
hn(3, "hn3_12",
   "I've been asked about the 'halal-only school dinners' rumour. There's no such plan. "
   "The schools contract offers halal, vegetarian and kosher options on request, as it "
   "has for years.",
   "Myth-busting about a faith group.")
hn(3, "hn3_13",
   "On trans inclusion in the leisure centre changing rooms: I think the current policy is "
   "right, I know some residents disagree, and I'll meet anyone who wants to talk it "
   "through civilly.",
   "Civil debate on gender reassignment.")
hn(3, "hn3_14",
   "Polish families have been part of Kitesbury since 1946 - the Polish club on Station "
   "Road was founded by RAF veterans. Worth remembering when people talk about "
   "'newcomers'.",
   "Myth-busting about Polish residents; compare {eq26}.")
hn(3, "hn3_15",
   "Fact check: the Holloway End day centre costs less per person than any private "
   "alternative the council has priced. Closing it would cost more, not less.",
   "Myth-busting about a disability service; compare {eq15}.")
hn(3, "hn3_16",
   "Tanners Cross Parade: three empty units, and six family-run shops opened in the last "
   "two years - Pakistani, Polish, Kurdish and a Portuguese bakery. That's not a "
   "'takeover', it's the only bit of our high street that's growing.",
   "Myth-busting about the parade of {eq01}.", allowed="EQ")
hn(3, "hn3_17",
   "Do Travellers on permanent pitches pay council tax? Yes, like everyone else. Please "
   "stop sharing the meme that says they don't.",
   "Myth-busting about Travellers.")
hn(3, "hn3_18",
   "Women are 9 of our 25 councillors. That's not good enough, and it isn't because women "
   "aren't interested. Come to the candidates' evening on the 12th.",
   "Civil statement on sex and representation.")
hn(3, "hn3_19",
   "No, the register office doesn't charge more for civil partnerships. Same fee, same "
   "room, same confetti policy (biodegradable only, please).",
   "Myth-busting on civil partnership.")
hn(3, "hn3_20",
   "Some Jewish residents asked me about the security grant for Beechcombe synagogue. "
   "It's Home Office funded, not council tax, and the same scheme covers mosques and "
   "gurdwaras.",
   "Myth-busting about a faith group.")
hn(3, "hn3_21",
   "To the resident who asked if it's racist to oppose the Hanger Lodge contract: no. "
   "Criticising how a contract was let is fair. Blaming the men staying there isn't.",
   "Civil distinction; compare {eq23}.", allowed="EQ")
hn(3, "hn3_22",
   "I'm an atheist and I'll defend the Tanners Cross masjid's right to put up Ramadan "
   "lights to the hilt. That's what freedom of religion means, and they look lovely.",
   "Defence of a faith group's festival.", date="2026-02-20",
   author="@SamWhitlowGreen")
hn(3, "hn3_23",
   "Long debate on the older people's strategy last night. Real disagreement on care home "
   "charges, all of it civil. This is how it should work.",
   "Civil debate touching age.")
hn(3, "hn3_24",
   "Some people still think an autistic councillor can't chair a meeting. Sam chaired "
   "scrutiny last week and got more answers out of cabinet in an hour than we've had all "
   "year.",
   "Counters a disability stereotype.")
hn(3, "hn3_25",
   "Re the comments about 'foreign drivers' on the new bus contract: the operator hires "
   "locally, pays the real living wage, and its drivers live in the district. Can we stick "
   "to the timetable row?",
   "Myth-busting about nationality; quoted phrase.", allowed="EQ")
hn(3, "hn3_26",
   "Gender-neutral toilets in the new civic centre: yes, alongside separate men's and "
   "women's. Everybody gets a choice. Cost: nothing extra.",
   "Neutral statement on gender reassignment and sex.")
hn(3, "hn3_27",
   "I asked about interpreter costs at cabinet because the budget line doubled, not "
   "because of who uses it. Answer: NHS referrals went up. Fair enough, question "
   "answered.",
   "Denied prejudice with the answer accepted.")
hn(3, "hn3_28",
   "Is it ageist to ask every councillor to do the new IT training? No. Everyone does it, "
   "whether they're 23 or 83. I did mine yesterday and it was fine.",
   "Civil debate on age.")

# ---------------------------------------------------------------------------
# HN4: neutral or positive mentions of protected groups, self-description,
# reclaimed terms (27)
# ---------------------------------------------------------------------------
hn(4, "hn4_01",
   "As a wheelchair user I got stuck at the top of the Kite Hill car park this morning - "
   "the new path ends in a kerb. Reported, and highways say it'll be dropped by Friday. "
   "Helps buggies and bikes too.",
   "Self-description by Dan Fairlie; pinned author.", author="@DanFairlieVD")
hn(4, "hn4_02",
   "Five years since I transitioned, three years as your Beechcombe councillor. Still "
   "here, still chasing streetlights. 🏳️‍⚧️",
   "Self-description by Elodie Grange; pinned author.", author="@ElodieGrangeGH")
hn(4, "hn4_03",
   "Married my husband ten years ago today at Kitesbury register office. Best decision I "
   "ever made. Second best: standing for Denbury Bottom.",
   "Self-description by Rowan Tillotson; pinned author.", author="@RowanTillotson")
hn(4, "hn4_04",
   "Ramadan Mubarak to everyone in Tanners Cross. Community iftar at the community centre "
   "on Friday - all welcome, bring your neighbours and a dish if you can.",
   "Imran Qureshi's Ramadan greeting; pinned author.", author="@ImranQureshiVD",
   date="2026-02-19")
hn(4, "hn4_05",
   "Langar at the gurdwara on Sunday fed nearly 400 people. The turban-tying stall was the "
   "hit of the afternoon - three of the Bodgers' under-12s went home in one 😄",
   "Harpreet Sandhu on his gurdwara; pinned author.", author="@HarpreetSandhuBP")
hn(4, "hn4_06",
   "Born in Poznan, raised in Kitesbury Parkway, still can't make pierogi like my babcia. "
   "Polish club open day on Saturday - come and try hers.",
   "Self-description by Kasia Wroblewska; pinned author.", author="@KasiaWroblewska")
hn(4, "hn4_07",
   "Proud to be a Black British councillor in the Chilterns. My grandad came over in '58 "
   "and spent thirty years at the chair works in Beechcombe. He'd have loved to see "
   "Bodger's Yard done properly.",
   "Self-description by Marcus Okonjo; pinned author.", author="@MarcusOkonjoVD")
hn(4, "hn4_08",
   "82 and still doing my own ward walks. Hearing aids in, stick out, potholes beware. "
   "Holloway Lane, I'm coming for you.",
   "Self-description by Jean Cutteridge; pinned author. 'coming for you' is about "
   "potholes; bullying allowed for the phrase.", allowed="BU", author="@JeanCutteridge")
hn(4, "hn4_09",
   "Youngest councillor in the district at 23. Yes, I have been asked whether I'm on work "
   "experience. Yes, I'm still here.",
   "Self-description by Tom Hazeldine; pinned author.", author="@TomHazeldine")
hn(4, "hn4_10",
   "Twenty-eight weeks pregnant and still made it up Kite Hill for the ward walk. Baby "
   "kicked all the way through the kite count.",
   "Self-description by Bethan Carwardine; pinned author.", author="@BethanCarwardine",
   date="2026-01-20")
hn(4, "hn4_11",
   "Autistic and proud. If I'm wearing ear defenders at full council, it's not rudeness, "
   "it's how I concentrate. Ask me anything about the Wendle.",
   "Self-description by Sam Whitlow; pinned author.", author="@SamWhitlowGreen")
hn(4, "hn4_12",
   "Chag Purim sameach from Beechcombe! Hamantaschen at the synagogue coffee morning, and "
   "yes, there are enough for councillors.",
   "Nina Abrahams on Purim; pinned author.", author="@NinaAbrahamsVD",
   date="2026-03-03")
hn(4, "hn4_13",
   "Kung Hei Fat Choi from Kitesbury Parkway! Five years since we came from Hong Kong. "
   "Kitesbury is home. 🧧",
   "Kelvin Tsang on Lunar New Year; pinned author.", author="@KelvinTsangCV",
   date="2026-02-17")
hn(4, "hn4_14",
   "Holi hai! 🎨 Kitesbury Rec was every colour going today. Thank you to the mandir "
   "volunteers for the clean-up, and to the kites for not nicking the samosas.",
   "Anjali Mistry on Holi; pinned author. Compare {eq14}.", author="@AnjaliMistryBP",
   date="2026-03-04")
hn(4, "hn4_15",
   "Romany and proud. My family have been stopping in these hills since before the "
   "railway came. If anyone wants to know what a Gypsy councillor actually does all day: "
   "potholes, mostly.",
   "Self-description with the in-group word 'Gypsy' by Mick Loveridge; pinned author. "
   "Compare the slur in {eq10}.", allowed="EQ", author="@MickLoveridgeInd")
hn(4, "hn4_16",
   "Queer, Green, and from the Bottom. Bit of a hat-trick round here 🌈",
   "Reclaimed 'queer' by Rowan Tillotson; pinned author. 'the Bottom' is Denbury Bottom.",
   allowed="EQ", author="@RowanTillotson")
hn(4, "hn4_17",
   "Time to Talk Day. I've had depression on and off since my twenties, and some weeks "
   "being a councillor makes it worse. Talk to someone today. Councillors are people "
   "too.",
   "Self-description by Alfie Rance; pinned author.", author="@AlfieRanceVI",
   date="2026-02-05")
hn(4, "hn4_18",
   "Holocaust Memorial Day. My grandmother came to Beechcombe in 1939 on the "
   "Kindertransport, aged seven. We light a candle tonight, as every year.",
   "Nina Abrahams on Holocaust Memorial Day; pinned author.", author="@NinaAbrahamsVD",
   date="2026-01-27")
hn(4, "hn4_19",
   "At 78 I'm the oldest Chairman this council has had. The chain is heavier than it looks "
   "and so are the civic sandwiches.",
   "Self-description by Derek Ambrose; pinned author.", author="@ChairmanDerekA")
hn(4, "hn4_20",
   "Yesterday's International Women's Day lunch at Flintcote WI: eighty women, a lot of "
   "cake, and a very frank discussion about the buses.",
   "Positive mention of women.", date="2026-03-09")
hn(4, "hn4_21",
   "LGBT+ History Month display at Kitesbury library includes photos of the 1988 Section 28 "
   "protest at the Clock Tower. Worth twenty minutes of anyone's lunch break.",
   "Positive mention of LGBT+ history.", date="2026-02-10")
hn(4, "hn4_22",
   "Welcome to the new Deaf-led BSL cafe at Holloway End. The staff signed my order back "
   "to me slowly and kindly, and I've learnt 'coffee' and 'thank you'.",
   "Positive mention of Deaf people.")
hn(4, "hn4_23",
   "Eid Mubarak from Tanners Cross Parade! Sweets from every shop, a bouncy castle outside "
   "the butcher's and a queue for the henna stall all afternoon.",
   "Positive mention of the parade's Muslim community. Compare {eq01} and {eq13}.",
   date="2026-03-20")
hn(4, "hn4_24",
   "Chalkhanger mums' group asked for baby-changing in the Hanger car park toilets. It's "
   "going in by the end of March. Thanks for asking, and for your patience.",
   "Neutral mention of mothers.")
hn(4, "hn4_25",
   "The Irish club in Tanners Cross is 60 this St Patrick's Day. Ceili, soda bread and a "
   "great many fiddles. Slainte!",
   "Positive mention of Irish residents.", date="2026-03-17")
hn(4, "hn4_26",
   "Congratulations to the Hindu Elders' Lunch Club in Kitesbury Parkway on twenty years of "
   "dal, gossip and fiercely competitive dominoes.",
   "Positive mention of older Hindu residents.")
hn(4, "hn4_27",
   "Fifteen years of civil partnership with Clive today. He still can't work out which "
   "bin is which, and I'm the Cabinet Member for Waste.",
   "Hugh Dellow on his civil partnership; pinned author.", author="@HughDellowBP")

# ---------------------------------------------------------------------------
# HN5: figurative violence, banter, self-deprecation and idioms (27)
# ---------------------------------------------------------------------------
hn(5, "hn5_01",
   "We absolutely murdered them at the Flint & Feather quiz. Councillors 3, Clarion "
   "newsroom 0. The red kite round was a gift.",
   "Figurative 'murdered' about a quiz.", allowed="BU")
hn(5, "hn5_02",
   "Barry Penfold took me apart in the budget debate last night. Fair play, you old rogue - "
   "pint's on me at the Bodgers' Arms.",
   "Banter with a rival after a debate; compare {pa07}.", allowed="BU PA EQ")
hn(5, "hn5_03",
   "Bodger and proud. Three generations of chair-bodgers in Beechcombe, and I'll be on the "
   "pole lathe at the Bodgers' Fair on Saturday. Come and heckle.",
   "'Bodger' in its heritage sense; compare {pa04}. Pinned to a Beechcombe member.",
   author="@SheilaVannock")
hn(5, "hn5_04",
   "Officially the worst councillor at the pole-lathe challenge. My chair leg looks like "
   "a banana that's been in a fight.",
   "Self-deprecation.")
hn(5, "hn5_05",
   "Killing it at the kite count today: 47 red kites over Chalkhanger Hanger in an hour. "
   "Record for January.",
   "Figurative 'killing it'.", allowed="BU", date="2026-01-16")
hn(5, "hn5_06",
   "Denbury Bottom 4, Holloway End 0. A proper thrashing in the inter-ward skittles. "
   "Sorry Jean, we'll let you win next year 😂",
   "Sporting banter with a named colleague.", allowed="BU")
hn(5, "hn5_07",
   "Pistols at dawn, @HarrietSowerbyCV - the councillors' bake-off is ON. My lemon drizzle "
   "will destroy you.",
   "Figurative duel over a bake-off.", allowed="BU")
hn(5, "hn5_08",
   "Knocking some heads together on Friday: Veridge, highways and the parish council, one "
   "room, one fly-tipping hotspot, nobody leaves till it's sorted.",
   "Idiom 'knocking heads together' about a meeting.", allowed="BU")
hn(5, "hn5_09",
   "Thick as a clunch wall, me, when it comes to the new committee software. Took me "
   "twenty minutes to find the mute button.",
   "Self-deprecation with the idiom of {pa09}.")
hn(5, "hn5_10",
   "Watch out, the kites are circling - somebody's left a sausage roll on the bench at "
   "Kite Hill again. RIP sausage roll.",
   "Real kites; compare {pa05} and {bu18}.")
hn(5, "hn5_11",
   "My wife says I'm a dinosaur for still printing my agenda papers. She's right. The "
   "recycling bin agrees with her.",
   "Self-deprecation.", author="@BarryPenfoldVI")
hn(5, "hn5_12",
   "Gritters are out on the scarp road and the Bottom lanes tonight. Sleep well, everyone, "
   "and leave the car at home if you can.",
   "'Sleep well' in a gritting notice; compare {bu14} and {bu01}.", allowed="BU")
hn(5, "hn5_13",
   "If the lido isn't open by July I will eat my hat. On the Clock Tower. Live-streamed.",
   "Idiom.")
hn(5, "hn5_14",
   "Rupert and I will fight to the death over the Cherry Fair tombola stall. Again. He "
   "cheats at hoopla too.",
   "Banter with a named colleague; 'cheats at hoopla' is a joke.", allowed="BU DF")
hn(5, "hn5_15",
   "Shot down in flames at scrutiny. My amendment got two votes and one of them was mine. "
   "Back to the drawing board.",
   "Self-deprecation with a violent idiom.")
hn(5, "hn5_16",
   "I'll regret that third slice of cherry pie at the Chalkhanger WI, but not half as much "
   "as I'd have regretted saying no.",
   "'regret' about pie; compare {bu06}.", allowed="BU")
hn(5, "hn5_17",
   "That storm absolutely battered the beech avenue overnight. Three trees down on "
   "Holloway Lane, crews out now, please avoid.",
   "Weather, 'battered'.", allowed="BU")
hn(5, "hn5_18",
   "Old fogey alert: I still call it the 'new' station. It opened in 1989.",
   "Self-deprecation about age; pinned author (78).", allowed="EQ",
   author="@ChairmanDerekA")
hn(5, "hn5_19",
   "Brutal training session with the Bodgers' under-12s. They ran me ragged. I'm 51 and "
   "I feel 90.",
   "Self-deprecation; 'brutal' about training.",
   author="@JontyPembertonCV")
hn(5, "hn5_20",
   "Marcus, you absolute legend. Best ward walk of the year, and you spotted the "
   "fly-tipper's name on a pizza box. Enforcement have it now.",
   "Praise in the register of abuse ('absolute'); no name or address published.")
hn(5, "hn5_21",
   "Hugh's lemon drizzle: a crime against baking. I'll be reporting it to trading "
   "standards. (It was delicious, Hugh. Don't tell anyone.)",
   "Mock accusation, flagged as a joke; defamation and irony allowed.", allowed="DF IR")
hn(5, "hn5_22",
   "Cut-throat stuff at the Denbury Bottom scarecrow competition. The vicar's entry was "
   "robbed, I tell you. Robbed.",
   "Idiom 'robbed'.", allowed="DF")
hn(5, "hn5_23",
   "Jonty, you cheeky so-and-so, that was MY parking space at the civic centre. War is "
   "declared 😂",
   "Banter with a named colleague.", allowed="BU PA")
hn(5, "hn5_24",
   "The Beechcombe WhatsApp group has been savage about my attempt at a flint wall. "
   "'Looks like a kite's nest' was the kindest thing anyone said.",
   "Self-deprecation.")
hn(5, "hn5_25",
   "'Mad as a box of frogs' is how a colleague described my plan to walk the whole "
   "Drovers' Way in a day. She may have a point. Sponsor me anyway.",
   "Self-deprecation with an idiom.", allowed="EQ")
hn(5, "hn5_26",
   "Knackered after the Hanger litter pick. 41 bags. Tom was still bouncing at the end - "
   "youth is wasted on the young.",
   "Banter about age with a named colleague.", allowed="EQ")
hn(5, "hn5_27",
   "Took a proper beating at the Bodgers' Arms darts night. Dan beat me 3-0 from his chair "
   "and he will NOT let me forget it.",
   "Banter; mentions a wheelchair neutrally.", allowed="BU")

# ---------------------------------------------------------------------------
# HN6: criticism of a named councillor's record that stays on the record (27)
# ---------------------------------------------------------------------------
hn(6, "hn6_01",
   "Rupert Fanshawe's budget leans on £3m of reserves for the second year running. That "
   "isn't sustainable, and he should explain how he'll balance 2027/28.",
   "Criticism of a named member's budget.")
hn(6, "hn6_02",
   "Gillian Pryce's 2023 manifesto promised to keep the lido open. It closed in October. "
   "Residents deserve an explanation from the Leader, not another press release.",
   "Record criticism; compare {df02}.", allowed="DF")
hn(6, "hn6_03",
   "Sheila Vannock voted for the Bodger's Yard scheme in 2022 and against the revised costs "
   "in 2025. I'd genuinely like to know what changed.",
   "Voting record; compare {pa01}.")
hn(6, "hn6_04",
   "Hugh Dellow has been Cabinet Member for Environment for four years. Missed bins are up "
   "40% on his watch - scrutiny pack, page 12.",
   "Record with the figures; compare {pa03}.")
hn(6, "hn6_05",
   "Marcus Okonjo said the new leisure centre would cost £40m. The business case says "
   "£28.4m. Happy to send him the page.",
   "Correction without calling it a lie; compare {df11}.", allowed="DF")
hn(6, "hn6_06",
   "Jonty Pemberton hasn't been to a planning meeting since September. Tanners Cross needs "
   "someone on that committee who turns up.",
   "Attendance record.", allowed="PA")
hn(6, "hn6_07",
   "Priscilla Orme's amendment cuts the rural bus subsidy by £200k. I think that's wrong "
   "and I'll vote against it.",
   "Policy disagreement with a named member.")
hn(6, "hn6_08",
   "Tom Hazeldine was elected on a promise to save the Denbury bus. He voted for the cut. I "
   "think he owes the village a public meeting.",
   "Record against a promise.", allowed="DF")
hn(6, "hn6_09",
   "Harriet Sowerby's parking plan would put charges on residents' streets in Kitesbury "
   "Parkway. Read page 4 before you sign her petition.",
   "Policy criticism.")
hn(6, "hn6_10",
   "Anjali Mistry's own housing report says 212 families are in temporary accommodation. "
   "Last year it was 140. That's the record she's standing on.",
   "Record with figures; compare {pa26}.")
hn(6, "hn6_11",
   "Derek Ambrose has chaired full council for two years and cut public questions from 30 "
   "minutes to 15. I'd like the 30 minutes back.",
   "Record as Chairman; nothing about his age.")
hn(6, "hn6_12",
   "Barry Penfold told the hustings he'd never support Hanger Field. His group voted for "
   "the site allocation in 2023. Both are in the minutes.",
   "Record against a statement; a reader might hear hypocrisy. Predetermination allowed "
   "(pending application).", allowed="DF PD")
hn(6, "hn6_13",
   "Kasia Wroblewska's HMO motion was badly drafted - it would have caught the almshouses. "
   "I'm glad she withdrew it.",
   "Criticism of a named member's drafting.")
hn(6, "hn6_14",
   "Imran Qureshi has asked about the Parkway station lifts at six meetings in a row. Fair "
   "play to him. Cabinet still hasn't answered.",
   "Record praise and criticism of cabinet.")
hn(6, "hn6_15",
   "Harpreet Sandhu's leisure centre consultation closes on Friday and there's no paper copy "
   "at the day centre. Not good enough.",
   "Criticism of a named cabinet-side member's process.")
hn(6, "hn6_16",
   "Nina Abrahams's Wendle flow figures are from 2019. The 2025 readings are worse. Please "
   "update the motion before Thursday.",
   "Correction of a named member's data.")
hn(6, "hn6_17",
   "Rowan Tillotson's climate plan is ambitious but uncosted. Where is the £6m coming "
   "from?",
   "Costing question; compare {df27}.")
hn(6, "hn6_18",
   "Kelvin Tsang told Parkway residents the car park extension was 'fully funded'. It "
   "isn't - the bid failed in November.",
   "Correction of a claim; a careful tool might hear dishonesty.", allowed="DF")
hn(6, "hn6_19",
   "Alfie Rance has voted with the administration on 14 of 15 budget votes. Holloway End "
   "should know that before May.",
   "Voting record.")
hn(6, "hn6_20",
   "Elodie Grange's streetlight motion is the right idea with the wrong timetable. I'll "
   "move an amendment.",
   "Policy criticism.")
hn(6, "hn6_21",
   "Bethan Carwardine's 'Save the Library' leaflet is well meant, but the library isn't "
   "closing - hours are being cut. Let's not frighten people.",
   "Correction of a leaflet.", allowed="DF")
hn(6, "hn6_22",
   "Sam Whitlow's report on the Wendle is the best piece of scrutiny this council has done "
   "in years. Cabinet should read it, and then act on it.",
   "Positive record.")
hn(6, "hn6_23",
   "I've written to the Leader five times asking why the lido repair tender was cancelled. "
   "Five letters, no answer. Gillian, please reply.",
   "Record of unanswered letters.")
hn(6, "hn6_24",
   "Graham Kettley's report to audit says reserves are below the prudent minimum. Cabinet "
   "should take that warning seriously, not shoot the messenger.",
   "Names an officer to support his advice; compare {ab23}.", allowed="OF")
hn(6, "hn6_25",
   "Dan Fairlie's accessible transport motion passed 24-0 last night. Credit where it's "
   "due.",
   "Positive record.")
hn(6, "hn6_26",
   "The Leader said on local radio that council tax would be frozen. The budget book shows "
   "a 4.99% rise. She needs to correct the record.",
   "Record against a statement.", allowed="DF")
hn(6, "hn6_27",
   "Jean Cutteridge has represented Holloway End for 22 years and never once voted to cut "
   "the day centre. That's a record worth standing on, even if I disagree with her on "
   "almost everything else.",
   "Positive record; tenure, not age.", allowed="EQ")

# ---------------------------------------------------------------------------
# The script: authors, platforms, timestamps, variants, shuffle, ids.
# ---------------------------------------------------------------------------
# Role words that point at one councillor (an author is never someone a row names).
ROLE_WORDS = {
    "Gillian Pryce": [r"the Leader\b", r"our Leader\b", r"Leader of the Council"],
    "Rupert Fanshawe": [r"Cabinet Member for Finance", r"Deputy Leader"],
    "Hugh Dellow": [r"Cabinet Member for (Environment|Waste)"],
    "Anjali Mistry": [r"Cabinet Member for Housing", r"housing portfolio"],
    "Sheila Vannock": [r"chair of planning", r"chairs planning"],
    "Derek Ambrose": [r"the Chairman\b", r"Chairman of the Council", r"Chairman's"],
}
# Words that name a party (an author is never a member of a party the row names).
PARTY_WORDS = {
    "Beacon Party": r"\bBeacon\b",
    "Vale Democrats": r"\bVale Democrats?\b",
    "Green Hanger": r"\bGreen Hanger\b",
    "Valleys Independents": r"\bValleys Independents?\b",
    "Commuter Voice": r"\bCommuter Voice\b",
}
PLATFORMS = ["x", "facebook", "bluesky"]
PLATFORM_WEIGHTS = [40, 35, 25]
PLATFORM_LIMIT = {"x": 280, "bluesky": 300, "facebook": 10 ** 6}
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 3, 27)

CYRILLIC = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415"}
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5",
          "O": "0", "I": "1", "E": "3", "A": "4", "S": "5"}
ZWSP = "\u200b"


def load_roster():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as fh:
        conf = tomllib.load(fh)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    party = {}
    roster = raw.split("councillors = [", 1)[1].split("]", 1)[0]
    for m in re.finditer(r'^\s*"([^"]+)",\s*#[^\n(]*\(([^)]+)\)', roster, re.M):
        party[m.group(1)] = m.group(2)
    handles = {h: n for h, n in conf["people"]["handles"].items()
               if n in conf["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return conf, handles, by_name, party


def person_patterns(name, handle):
    first, last = name.split()[0], name.split()[-1]
    pats = [re.escape(name), r"\b%s\b" % re.escape(first),
            r"\b%s\b" % re.escape(last), re.escape(handle)]
    if first == "Priscilla":
        pats.append(r"\bPris\b")
    pats += ROLE_WORDS.get(name, [])
    return [re.compile(p, re.I) for p in pats]


def named_people(text, by_name):
    out = set()
    for name, handle in by_name.items():
        if any(p.search(text) for p in person_patterns(name, handle)):
            out.add(name)
    return out


def named_parties(text):
    return {p for p, rx in PARTY_WORDS.items() if re.search(rx, text)}


def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(word) if i > 0 and c.lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(word) if i > 0 and c in DIGITS)
        return word[:i] + DIGITS[word[i]] + word[i + 1:]
    if kind == "zero_width":
        i = len(word) // 2
        return word[:i] + ZWSP + word[i:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(word) if c in CYRILLIC)
        return word[:i] + CYRILLIC[word[i]] + word[i + 1:]
    raise ValueError(kind)


def shout(text):
    parts = re.split(r"(@\w+|https?://\S+)", text)
    return "".join(p if (p.startswith("@") or p.startswith("http")) else p.upper()
                   for p in parts)


def make_variant(orig, kind, word):
    if kind == "caps":
        text = shout(orig["text"])
        what = "the whole post in capitals (handles kept)"
    else:
        rx = re.compile(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), re.I)
        if not rx.search(orig["text"]):
            raise SystemExit("variant word %r not in %s" % (word, orig["key"]))
        text = rx.sub(lambda m: obfuscate(m.group(0), kind), orig["text"])
        what = "'%s' written %s" % (word, {
            "asterisk": "with an asterisk for a vowel",
            "digit": "with a digit for a letter",
            "zero_width": "with a zero-width space inside",
            "spaced": "with its letters spaced out",
            "homoglyph": "with a Cyrillic look-alike letter"}[kind])
    allowed = list(orig["allowed"])
    if kind == "caps" and CODES["HS"] not in allowed and CODES["HS"] not in orig["rules"]:
        allowed.append(CODES["HS"])
    tag = re.match(r"(\[[^\]]+\] )?", orig["note"]).group(0)
    return dict(key="%s_%s" % (orig["key"], kind), family=orig["family"],
                kind_of_row="variant", text=text, rules=list(orig["rules"]),
                allowed=allowed, verdict=orig["verdict"],
                note="%sVariant of {%s}: %s; labels, author and platform as the "
                     "original." % (tag, orig["key"], what),
                author=orig["author"], platform=orig["platform"], date=None,
                variant_of=orig["key"], variant_kind=kind)


def main():
    rng = random.Random(SEED)
    conf, handles, by_name, party = load_roster()
    authors = sorted(handles)
    days = weekdays()
    used_times = set()
    used = {h: 0 for h in authors}

    def stamp(date):
        while True:
            day = datetime.date.fromisoformat(date) if date else rng.choice(days)
            t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                                  rng.randint(0, 59), tzinfo=datetime.timezone.utc)
            if t not in used_times:
                used_times.add(t)
                return t.isoformat()

    keys = [r["key"] for r in ROWS]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate row keys")
    for r in ROWS:
        if r["author"] is None:
            people = named_people(r["text"], by_name)
            parties = named_parties(r["text"])
            ok = [h for h in authors if handles[h] not in people
                  and party.get(handles[h]) not in parties]
            low = min(used[h] for h in ok)
            r["author"] = rng.choice([h for h in ok if used[h] <= low + 3])
        used[r["author"]] += 1
        if r["platform"] is None:
            while True:
                p = rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
                if len(r["text"]) <= PLATFORM_LIMIT[p]:
                    break
            r["platform"] = p
        r["created_at"] = stamp(r["date"])
    by_key = {r["key"]: r for r in ROWS}
    variants = []
    for fam, orig, kind, word in VARIANTS:
        v = make_variant(by_key[orig], kind, word)
        v["created_at"] = stamp(None)
        variants.append(v)
    rows = ROWS + variants
    rng.shuffle(rows)
    ids = {}
    for i, r in enumerate(rows, 1):
        ids[r["key"]] = "%s-%04d" % (SET, i)

    def cite(m):
        if m.group(1) not in ids:
            raise SystemExit("note cites unknown key %s" % m.group(1))
        return ids[m.group(1)]

    out = []
    for r in rows:
        obj = {"id": ids[r["key"]], "text": r["text"], "author": r["author"],
               "created_at": r["created_at"], "platform": r["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"],
                          "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"],
               "note": re.sub(r"\{(\w+)\}", cite, r["note"])}
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
