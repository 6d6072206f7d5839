#!/usr/bin/env python3
"""Build posts.jsonl for blind set b164 (Sallowmere District Council, invented).

Every row below was written by hand. The script (standard library only, fixed
seed) picks authors, platforms and timestamps, makes the obfuscated variants,
shuffles, assigns ids B164-0001.. in order, turns row keys in notes into ids
and writes posts.jsonl. Running it twice writes the same file byte for byte.
`python3 build.py --map` also prints key -> id.
"""
import datetime
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B164"
SEED = 164_1643
FAMILIES = [
    "respect.personal-attack",
    "respect.abusive-language",
    "bullying.intimidation",
    "equality.discrimination",
    "defamation.allegation",
]
PLATFORMS = [("x", 5), ("facebook", 4), ("bluesky", 3)]
FIRST_DAY = datetime.date(2026, 1, 12)
LAST_DAY = datetime.date(2026, 3, 27)

# Party, extra names (first names, nicknames) and role phrases of each councillor.
# Used to keep a councillor from being drawn as the author of a post that names
# them, or that names their party.
ROSTER = {
    "Margaret Thurlow": ("Estuary Alliance", ["Peggy", "Margaret", "Thurlow"],
                         [r"\bthe Leader\b(?! of the (?:Opposition|Working|Heath|Village))",
                          r"\bLeader of the Council\b", r"\bour Leader\b"]),
    "Julian Askew": ("Estuary Alliance", ["Julian", "Askew"],
                     [r"\bDeputy Leader\b", r"\bCabinet Member for Finance\b", r"\bfinance portfolio\b"]),
    "Colin Brundish": ("Estuary Alliance", ["Colin", "Brundish"],
                       [r"\bCabinet Member for Coast", r"\bharbours portfolio\b"]),
    "Rosalind Fairweather": ("Estuary Alliance", ["Rosalind", "Ros", "Fairweather"],
                             [r"\b[Cc]hair of [Pp]lanning\b", r"\b[Pp]lanning [Cc]hair\b"]),
    "Geoffrey Pask": ("Estuary Alliance", ["Geoffrey", "Geoff", "Pask"],
                      [r"\bChairman\b"]),
    "Sandra Kettle": ("Estuary Alliance", ["Sandra", "Kettle"], []),
    "Nigel Goddard": ("Estuary Alliance", ["Nigel", "Goddard"], []),
    "Grace Leung": ("Estuary Alliance", ["Grace", "Leung"],
                    [r"\bCabinet Member for Tourism\b", r"\bon cabinet\b"]),
    "Tobias Wren": ("Estuary Alliance", ["Tobias", "Toby", "Wren"], []),
    "Graham Knights": ("Estuary Alliance", ["Graham", "Knights"],
                       [r"\bCabinet Member for Housing\b"]),
    "Anjali Mistry": ("Estuary Alliance", ["Anjali", "Mistry"],
                      [r"\bCabinet Member for Communities\b"]),
    "Dawn Catchpole": ("Working Coast", ["Dawn", "Catchpole"],
                       [r"\bLeader of the Opposition\b"]),
    "Kwame Asante-Boyd": ("Working Coast", ["Kwame", "Asante-Boyd", "Asante-Boyds"], []),
    "Lorna Gooding": ("Working Coast", ["Lorna", "Gooding"], []),
    "Ryan Scarfe": ("Working Coast", ["Ryan", "Scarfe"], []),
    "Marta Wiśniewska": ("Working Coast", ["Marta", "Wiśniewska"], []),
    "Owen Pridmore": ("Working Coast", ["Owen", "Pridmore"],
                      [r"\b[Cc]hair of [Ss]crutiny\b"]),
    "Fern Ashdown": ("Heath Greens", ["Fern", "Ashdown"], []),
    "Jonah Levy": ("Heath Greens", ["Jonah", "Levy"], []),
    "Robyn Haddow": ("Heath Greens", ["Robyn", "Haddow"], []),
    "Callie Brame": ("Heath Greens", ["Callie", "Brame"], []),
    "Bernard Feltwell": ("Village Independents", ["Bunny", "Bernard", "Feltwell"], []),
    "Hilary Blowers": ("Village Independents", ["Hilary", "Blowers"], []),
    "Tariq Chaudhry": ("Village Independents", ["Tariq", "Chaudhry"], []),
    "Joy Fiddes": ("Village Independents", ["Joy", "Fiddes"], []),
    "Shane Dunnett": ("Ketchley First", ["Shane", "Dunnett"], []),
    "Lee Cattermole": ("Ketchley First", ["Lee", "Cattermole"], []),
    "Patsy Loveridge": ("Independent", ["Patsy", "Loveridge"], []),
}
PARTY_PATTERNS = {
    "Estuary Alliance": r"\bEstuary Alliance\b",
    "Working Coast": r"\bWorking Coast\b",
    "Heath Greens": r"\bGreens?\b",
    "Village Independents": r"\bVillage Independents?\b",
    "Ketchley First": r"\bKetchley First\b",
}


def named_people(text, handles):
    """Councillors a text names: full name, first name, surname, nickname, handle or role."""
    found = set()
    for name, (_party, extra, roles) in ROSTER.items():
        words = [name] + extra
        if any(re.search(r"(?<![\w@])" + re.escape(w) + r"(?![\w])", text) for w in words):
            found.add(name)
        elif any(re.search(p, text) for p in roles):
            found.add(name)
    for h, person in handles.items():
        if person in ROSTER and re.search(re.escape(h) + r"(?!\w)", text, re.IGNORECASE):
            found.add(person)
    return found


def named_parties(text):
    return {p for p, pat in PARTY_PATTERNS.items() if re.search(pat, text)}


ROWS = []


def pos(key, fam, verdict, rules, allowed, text, note, author=None, date=None, var=None):
    """A positive row. `rules` must include the family rule. `var` = (kind, word)."""
    rules = list(rules)
    if fam not in rules:
        rules.insert(0, fam)
    ROWS.append(dict(key=key, fam=fam, verdict=verdict, rules=rules, allowed=list(allowed),
                     text=text, note=note, author=author, date=date, var=var, kind="positive"))


def hn(key, tag, text, allowed, note, author=None, date=None):
    """A hard negative: nothing expected, verdict ok; `tag` is HN1..HN6."""
    ROWS.append(dict(key=key, fam="hard_negative", verdict="ok", rules=[], allowed=list(allowed),
                     text=text, note=tag + " " + note, author=author, date=date, var=None,
                     kind="hard_negative"))


PA, AL, BU, EQ, DE = FAMILIES
OFF = "officers.impartiality"
IRONY = "tone.irony-risk"
HASTE = "haste.pause-before-posting"
DP = "data-protection.personal-data"
ADV = "position.improper-advantage"
PRE = "predetermination.closed-mind"

# ======================================================================
# respect.personal-attack (27 rows, 6 with variants)
# ======================================================================
pos("pa01", PA, "review", [], [],
    "Sat through Julian Askew's twenty-minute ramble on 'fiscal headroom' last night. The man's a pompous windbag who couldn't run a whelk stall on Ketchley beach, let alone the district's money.",
    "Insult at a named councillor (windbag, couldn't run a whelk stall). {h6_askew} criticises the same budget on the record.",
    var=("asterisk", "windbag"))
pos("pa02", PA, "review", [], [],
    "@LeeCattermoleKF you're a spiteful, small-minded bully and the whole of Ketchley knows it. Sit down.",
    "Name-calling at a handle. 'Bully' is an insult here, not a reported allegation of conduct.")
pos("pa03", PA, "review", [], [IRONY],
    "Listened to Toby Wren's maiden speech on the coast road. Bless him. All the charm of a damp tea towel and about half the brains 🙄",
    "Mock-kind 'Bless him' then an insult to his intelligence; irony allowed.")
pos("pa04", PA, "review", [], [],
    "Honestly @FernAshdownGreen you are a sanctimonious hypocrite. Drives a diesel Land Rover up to the heath to lecture the rest of us about nightjars.",
    "Personal insult (sanctimonious hypocrite) at a handle; {h6_ashdown} disagrees with her survey without insult.")
pos("pa05", PA, "review", [OFF], [],
    "Patrick Lusher is the most useless Head of Planning this district has ever had. Clueless, arrogant and totally out of his depth on the Wrendle marina.",
    "Insult at a named officer: personal-attack and officers.impartiality. {h1_marina} criticises the marina decision instead.")
pos("pa06", PA, "review", [], [],
    "Colin Brundish is a gutless coward. Hid in the harbour office loos rather than face the fish hut owners on Saturday. Everyone saw.",
    "'Gutless coward' at a named cabinet member; {h6_brundish} criticises his attendance record without insult.",
    var=("zero_width", "coward"))
pos("pa07", PA, "block", [], [BU],
    "Shane Dunnett is a worthless, stinking excuse for a man. Ketchley would've been better off if he'd gone over the side of his boat years ago and nobody fished him out.",
    "Severe: dehumanising and wishes him drowned. Block; bullying allowed (a wish, not a threat).")
pos("pa08", PA, "review", [], [],
    "peggy thurlow. smug, out of touch and frankly a bit thick. 30 yrs on this council and not one original idea in that head",
    "Lower-case, no punctuation; insults (smug, thick) at the Leader by name. Tenure, not age. {h6_thurlow} states her record.")
pos("pa09", PA, "review", [], [],
    "Can someone tell Callie Brame that shouting louder doesn't make her any less of a clown? Absolute clown of a woman. 🤡🤡",
    "Clown insult at a named councillor, with emoji.",
    var=("digit", "clown"))
pos("pa10", PA, "review", [], [],
    "Rosalind Fairweather chairs planning like a headmistress with a grudge. Patronising, rude and about as warm as the North Sea in February.",
    "Personal characterisation (patronising, rude) of the chair of planning, not of a decision.")
pos("pa11", PA, "review", [OFF], [],
    "Our Monitoring Officer is a spineless jobsworth who'd rule the sea was dry if the Leader asked him nicely.",
    "Officer by role, insulted and his neutrality questioned: personal-attack and officers.impartiality.",
    var=("homoglyph", "jobsworth"))
pos("pa12", PA, "review", [], [],
    "Note to @NigelGoddardEA: nobody on Gorsey Heath can stand you. Rude to residents, rude to staff, rude to the lollipop lady. A genuinely nasty piece of work.",
    "'Nasty piece of work' at a handle. {h6_goddard} opposes his motion without attacking him.")
pos("pa13", PA, "review", [], [EQ],
    "Owd Bunny Feltwell talkin' squit agin at the parish meetin. Thas all he ever do. Man's a proper lummox, bor, and he hent read the drainage report neither.",
    "Suffolk dialect (owd, squit, bor, hent). 'Lummox' at a named member; equality allowed for 'owd' at an 83-year-old, though it is the ordinary dialect word. {h5_mardle} uses 'owd boys' fondly.")
pos("pa14", PA, "review", [], [EQ],
    "Lorna Gooding is a shrieking harpy. Same performance every single meeting. Somebody get the woman a lozenge.",
    "'Shrieking harpy' at a named woman; equality (sex) allowed for the gendered insult.")
pos("pa15", PA, "review", [], [],
    "You're a disgrace, @TariqChaudhryVI. A disgrace of a councillor and a rotten human being. Sallowmere deserved better than your little stunt on Thursday.",
    "'Rotten human being' at a handle.")
pos("pa16", PA, "review", [IRONY], [],
    "Huge congratulations to Anjali Mistry on reaching 100 days without reading a single committee paper 👏👏 Truly the laziest cabinet member in living memory. And the dimmest. Medal's in the post.",
    "Mock congratulation carrying insults (laziest, dimmest): personal-attack and tone.irony-risk.")
pos("pa17", PA, "review", [OFF], [],
    "The Chief Executive is an overpaid, arrogant empty suit. £160k a year to read out whatever the Leader tells her to.",
    "Officer by role insulted and painted as the Leader's mouthpiece: personal-attack and officers.impartiality.")
pos("pa18", PA, "review", [], [],
    "Grace Leung is a puppet. A brainless nodding dog in the back window of the Leader's Range Rover.",
    "'Brainless nodding dog' at a named cabinet member. {h6_leung} criticises her rebrand spending instead.",
    var=("spaced", "puppet"))
pos("pa19", PA, "review", [], [],
    "Marta Wiśniewska's idea of scrutiny is sneering at everyone in the room. Condescending, bitter and thick as two short planks.",
    "Insults at a named councillor; nothing about where she was born.")
pos("pa20", PA, "block", [], [AL],
    "Graham Knights is vermin. Pure vermin. Wouldn't spit on him if he was on fire, and I'd sell tickets to watch.",
    "Severe: dehumanising ('vermin') and relishing his burning. Block; abusive-language allowed for the severity of the language.")
pos("pa21", PA, "review", [], [],
    "Dawn Catchpole has the political instincts of a dodman and the manners of a herring gull on a chip van. Squawk squawk.",
    "Dialect 'dodman' (snail): insult at a named opposition leader. {h6_catchpole} questions her budget civilly.",
    var=("caps", None))
pos("pa22", PA, "review", [], [],
    "Sandra Kettle: two-faced gossip. Smiles at you outside the Buttercross and knifes you in group on a Monday night.",
    "'Two-faced' at a named councillor; 'knifes you' is figurative.")
pos("pa23", PA, "review", [], [],
    "Ryan Scarfe doesn't do policy, he does tantrums. Grown man sulking like a toddler cos the harbour dues went up 4%. Pathetic, honestly.",
    "Belittling a named councillor (toddler, pathetic) rather than his vote; {h6_scarfe} takes on his vote.")
pos("pa24", PA, "review", [], [EQ],
    "Hilary Blowers is a vindictive old trout and always has been. Ask anyone who's crossed her on the Pykeham market committee.",
    "'Vindictive old trout': equality allowed for the age-and-sex flavour of 'old trout'. Nothing about her wheelchair.")
pos("pa25", PA, "review", [OFF], [],
    "Nadia Bright's 'recommendation' on the Ketchley huts reads like it was written by an idiot. She hasn't got a clue about the Denes and should find another line of work.",
    "Named senior planning officer called an idiot and told to leave her job: personal-attack and officers.impartiality.")
pos("pa26", PA, "review", [], [],
    "@JonahLevyGreen grow up. You're a rude, ignorant little man playing at politics and everyone in the chamber can see it.",
    "Insults at a handle; nothing about his faith.")
pos("pa27", PA, "review", [], [DE],
    "Geoffrey Pask is a snake. Slippery, self-serving, only ever in it for Geoffrey. The Chairman's chain suits him: heavy, shiny and empty inside.",
    "'Snake', 'empty inside' at a named Chairman; defamation allowed for 'self-serving' and 'in it for' himself.")

# ======================================================================
# respect.abusive-language (27 rows, 6 with variants)
# ======================================================================
pos("al01", AL, "review", [], [],
    "The new Greyling bin rota is a total fucking shambles. Three weeks and no brown bin round in Pykeham. Sort it out.",
    "Obscenity at a service, no person: abusive-language alone. {h1_bins} makes the same complaint cleanly.",
    var=("homoglyph", "fucking"))
pos("al02", AL, "review", [], [],
    "Who designed the coast road diversion? It's shit. Utter shit. Forty minute detours behind the Ness lorries and the 64 bus just sits there.",
    "Obscenity at a road scheme; {h1_diversion} is the clean version.",
    var=("digit", "shit"))
pos("al03", AL, "review", [], [PA],
    "Albion Nuclear's 'community fund' is a bollocks PR stunt and they know it.",
    "Obscenity at a company's scheme; personal-attack allowed (a company). {h1_fund} criticises the same fund civilly.",
    var=("asterisk", "bollocks"))
pos("al04", AL, "review", [], [PA, DE],
    "@JulianAskewEA stop talking bollocks about the reserves. The coastal reserve has gone down three years running and you know it.",
    "Obscenity at what a named member said, not at him: personal-attack only allowed; defamation allowed for 'you know it'.")
pos("al05", AL, "review", [PA], [],
    "Colin Brundish is a prize prick.",
    "Short obscene insult at a named member: abusive-language and personal-attack.")
pos("al06", AL, "review", [], [],
    "This budget is a steaming pile of crap dressed up as 'prudence'. Lifeguards cut, consultants kept. Crap.",
    "Vulgar language at a budget: abusive-language alone. {h1_squit} says the same with 'squit'.")
pos("al07", AL, "block", [PA], [],
    "Nigel Goddard is a cunt. There, I said it.",
    "The c-word at a named member: severe, block.")
pos("al08", AL, "review", [], [PA],
    "Saltings Housing's repair line is a fucking joke. A tenant on the Saltings estate has been without heating for nine days. NINE.",
    "Obscenity at a housing association's service; personal-attack allowed (organisation). {h1_saltings} reports the same failures cleanly.")
pos("al09", AL, "review", [], [PA, PRE],
    "Fenwright Homes can piss off with their 180 rabbit hutches on Mill Lane. Pykeham isn't a car park for your profits.",
    "Vulgar ('piss off') at a developer; personal-attack allowed (company), predetermination allowed (a live application).")
pos("al10", AL, "review", [], [PA],
    "Absolute wankers at the Courier printed my quote backwards again. 'Not opposed' became 'opposed'. Cheers lads.",
    "Obscenity at the local newspaper's staff (unnamed); personal-attack allowed. {h1_courier} criticises the paper without it.")
pos("al11", AL, "review", [PA], [],
    "Dawn Catchpole you absolute bellend. Read the report before you tweet about it.",
    "Obscene insult at a named member: abusive-language and personal-attack.",
    var=("zero_width", "bellend"))
pos("al12", AL, "review", [], [],
    "Hold you hard bor, the harbour dues rise is a bloody piss-take. Men on Ketchley beach are skint enough as it is wi'out this.",
    "Dialect (hold you hard, bor); vulgar 'piss-take' at a decision. {h1_dues} is the clean version.")
pos("al13", AL, "review", [PA], [],
    "Toby Wren is a smug little shit and someone should tell him.",
    "Obscene insult at a named member.")
pos("al14", AL, "block", [], [PA, DE, BU],
    "The whole cabinet are a bunch of rotten shitbags and I hope they choke on their allowances.",
    "Severe obscenity plus wishing harm at the cabinet as a body: block. Personal-attack allowed (the cabinet as a body), defamation allowed ('rotten'), bullying allowed (wish, not threat).")
pos("al15", AL, "review", [], [HASTE],
    "Fuck the Ness campus, fuck the lorries, fuck the lot of it. Tunmere Heath deserved better than this.",
    "Repeated obscenity at a project; rage markers, haste allowed.")
pos("al16", AL, "review", [], [PA],
    "What a fucking mess @SallowmereDC has made of the Thorncliffe rollback. Families losing their homes to the sea and we're posting them a leaflet.",
    "Obscenity at the council's handling, tagging the council's own account; personal-attack allowed (organisation). {h1_erosion} is the clean version.")
pos("al17", AL, "review", [], [PA],
    "Graham Knights talks out of his arse about the Eelsford flood wall. 'On track' my foot.",
    "Vulgar phrase about what a named member said: personal-attack only allowed. {h6_knights} corrects the same claim civilly.")
pos("al18", AL, "review", [], [],
    "The parking machines on Market Hill are shite. Ate £4 of mine and printed nothing. Again.",
    "Vulgar word at machines; no person.")
pos("al19", AL, "review", [PA], [],
    "Geoffrey Pask, you're a sanctimonious twat.",
    "Obscene insult at a named member.",
    var=("spaced", "twat"))
pos("al20", AL, "review", [], [PA],
    "Greyling's managers are a bunch of useless arseholes. Not the crews, the crews are grafters. The managers.",
    "Obscenity at unnamed managers of a contractor; personal-attack allowed.")
pos("al21", AL, "review", [], [],
    "Cabinet meeting today. What a load of old shite. Two hours, one decision, and the decision was to defer.",
    "Obscenity at a meeting; no person singled out.")
pos("al22", AL, "review", [], [PA],
    "Whoever signed off the Pykeham one-way system needs their bloody head testing. Dickheads, the lot of them.",
    "'Dickheads' at 'whoever' signed off the scheme; personal-attack allowed.")
pos("al23", AL, "block", [], [PA, DE],
    "Working Coast are a gang of lying, thieving bastards and the sooner they rot the better.",
    "Severe abuse at a party: block. Personal-attack allowed (party), defamation allowed ('lying, thieving').")
pos("al24", AL, "review", [], [PA],
    "Screw the second-home premium objectors. Entitled tossers with three houses and no neighbours. Pay up.",
    "Vulgar insult ('tossers') at a group of people who are not a protected group; personal-attack allowed. {h3_secondhomes} discusses second-home owners civilly.")
pos("al25", AL, "review", [], [],
    "Shit show on the Wrendle ferry pontoon again. Still shut, still no date, still nobody answering the phone.",
    "Vulgar term for a service failure.")
pos("al26", AL, "review", [PA], [],
    "Ryan Scarfe is a gobby little turd. That's it, that's the post.",
    "Vulgar insult at a named member.",
    var=("caps", None))
pos("al27", AL, "review", [], [PA],
    "FFS. Another sewage spill at Eelsford and East Shore Water's flunkies say it's 'within permit'. Piss off.",
    "'FFS', 'piss off' at a water company's spokespeople; personal-attack allowed. {h1_sewage} criticises the same company civilly.")

# ======================================================================
# bullying.intimidation (27 rows, 6 with variants); notes start with
# [explicit], [veiled] or [pressure]
# ======================================================================
pos("bu01", BU, "block", [], [PA],
    "Keep pushing the hut licence hike, @ColinBrundishEA, and one morning you'll find your own boat's been cut loose off the Denes. Just saying.",
    "[explicit] Threat to a member's property over a vote. {h1_huts} opposes the same hike without threat.")
pos("bu02", BU, "block", [], [PA],
    "Dawn Catchpole wants to come down the Lugger and say that to our faces. She won't walk out the same way she walked in.",
    "[explicit] Threat of violence at the pub, at a named member.")
pos("bu03", BU, "block", [], [DP],
    "I know where you live, Nigel. Nice bungalow on the cliff. Shame if the sea got to it before the council does.",
    "[explicit] 'I know where you live' plus a menacing hint; data protection allowed for the home hint.")
pos("bu04", BU, "block", [], [],
    "To whoever put in the standards complaint about me: I'll find out who you are, and every stallholder on Market Hill will know your name. Think hard before you give evidence.",
    "[pressure] Intimidating a complainant and witness (code 8.3).")
pos("bu05", BU, "block", [OFF], [],
    "Nadia Bright should remember that officers who write reports like that one on the huts don't tend to last long here. I'll make sure of it.",
    "[pressure] Threat to a named officer's job over her advice: bullying and officers.impartiality. Compare {pa25}.")
pos("bu06", BU, "block", [], [DP, PA],
    "Lovely house you've got on Crane Lane, @GraceLeungEA. Be a shame if anything happened to those big front windows 😉",
    "[veiled] Mafia-style 'be a shame if'; home street named, data protection allowed.",
    var=("homoglyph", "windows"))
pos("bu07", BU, "block", [], [],
    "If Ryan Scarfe turns up at the harbour meeting again I'll put him in the estuary myself.",
    "[explicit] Threat of violence at a named member.")
pos("bu08", BU, "block", [], [EQ, PA],
    "Anyone got the clip of Owen Pridmore freezing at the mic at scrutiny? Send it to me. Let's get it round every WhatsApp group in Eelsford 😂😂",
    "[pressure] Organised humiliation of a named member; equality allowed (he is autistic, though the post does not say so). {h2_clip} condemns it.")
pos("bu09", BU, "block", [], [DP],
    "Tariq. You've got two kids at Pykeham Primary. Think very carefully about how you vote on Thursday.",
    "[veiled] Children and their school used as leverage on a vote; data protection allowed.")
pos("bu10", BU, "block", [], [ADV],
    "Colleagues in the Village Independents who vote against this budget needn't bother applying to the locality fund next year. I sign those forms off. Remember that.",
    "[pressure] Coercion with ward money; improper advantage allowed.")
pos("bu11", BU, "block", [], [PA],
    "Somebody should give Julian Askew a proper kicking. And if nobody else will, I'm free Saturday.",
    "[explicit] Incitement to and offer of violence.",
    var=("digit", "kicking"))
pos("bu12", BU, "block", [], [],
    "Sleep well, @FernAshdownGreen. The heath gets awful dark at night.",
    "[veiled] Menacing good-night; the words alone are harmless. {h5_hully} and other heath posts are harmless.",
    var=("zero_width", "dark"))
pos("bu13", BU, "block", [], [],
    "Anyone from Quillsby thinking of giving evidence to the standards panel about me: I've got a long memory and this is a very small village.",
    "[pressure] Intimidating potential witnesses (code 8.3).")
pos("bu14", BU, "block", [], [EQ, PA],
    "Robyn Haddow had better watch her back. Plenty round here would happily teach her a lesson.",
    "[explicit] Threat at a named trans member; equality allowed for the undertone.",
    var=("spaced", "lesson"))
pos("bu15", BU, "block", [], [],
    "We've all got things we'd rather the Courier didn't print, haven't we Geoffrey? Vote the right way next week and my memory stays short.",
    "[pressure] Blackmail over a vote.")
pos("bu16", BU, "block", [], [],
    "You'll regret this, Peggy. Mark my words. You will regret crossing the fishermen of this district.",
    "[veiled] 'You'll regret' at a named Leader, twice. {h5_sod} and {h5_killbill} use fighting words harmlessly.",
    var=("asterisk", "regret"))
pos("bu17", BU, "block", [], [PA],
    "Let's pack the public gallery Thursday and slow-handclap Lorna Gooding every time she opens her mouth. Make her cry again, it was brilliant last time.",
    "[pressure] Organised humiliation of a named member.")
pos("bu18", BU, "block", [], [EQ],
    "@KwameAB_WC you come anywhere near Ketchley with your clipboard and you'll be carried home.",
    "[explicit] Threat of violence if he canvasses; equality allowed (a Black member told to keep out of a town). {h2_carried} quotes the phrase to condemn it.")
pos("bu19", BU, "block", [], [ADV],
    "Funny how the fish hut licence renewals all come up in April. Some of Shane Dunnett's mates might find theirs... delayed. Just an observation.",
    "[veiled] Threat to misuse council licensing against a member's friends; improper advantage allowed.")
pos("bu20", BU, "block", [OFF], [],
    "I've told the Licensing Manager, Tracy Orriss, that if she recommends that premises licence again I'll have her job. Let's see if she's brave enough.",
    "[pressure] Threat to a named officer's job over her recommendation: bullying and officers.impartiality.")
pos("bu21", BU, "block", [], [DP],
    "Bunny Feltwell's grandson works at Greyling, doesn't he. Be a shame if that contract of his wasn't renewed after Bunny's little speech.",
    "[veiled] Threat to a relative's job; data protection allowed (a private relative's employer).")
pos("bu22", BU, "block", [], [],
    "Next person who graffitis my ward office gets their hands broken. I mean it.",
    "[explicit] Threat of violence against an unknown person; still a threat.")
pos("bu23", BU, "block", [], [],
    "Toby: step down from the harbour board by Friday or the screenshots from the Christmas do go to the Courier. Your choice.",
    "[pressure] Blackmail of a named member.")
pos("bu24", BU, "block", [], [EQ, ADV],
    "Patsy Loveridge should remember the Carr Lane site lease is up for renewal this year. Wouldn't want anything to... complicate that.",
    "[veiled] Threat to a Romany member's community's site through council powers; equality and improper advantage allowed. {h3_carrlane} and {h3_support} discuss the site calmly.")
pos("bu25", BU, "block", [], [],
    "Keep yew a-troshin', Dawn. Every hedge on the heath has eyes, and one night you'll be walking home on your own.",
    "[veiled] The fond Suffolk sign-off turned menacing; {h4_bunny} uses the same phrase fondly.")
pos("bu26", BU, "block", [], [DP],
    "The woman on Sallow Row complaining about my hedge: I've got your number and I'll be round. We'll sort this out my way.",
    "[explicit] Threat at a complaining resident; data protection allowed (her street).")
pos("bu27", BU, "block", [], [HASTE],
    "If the Greens block the Ness haul road again I'll drive straight through the lot of them. Try me.",
    "[explicit] Threat to drive through protesters; haste allowed for the rage.",
    var=("caps", None))

# ======================================================================
# equality.discrimination (27 rows, 6 with variants); notes start with
# [explicit; characteristic] or [coded; characteristic]
# ======================================================================
pos("eq01", EQ, "block", [], [],
    "Ketchley fish market is overrun with Lithuanians now. Can't hear a word of English on the quay of a morning. They're ruining the place.",
    "[explicit; race] National origin: a nationality said to be 'overrunning' and 'ruining' the town. {h3_migration} is the myth-busting counterpart.")
pos("eq02", EQ, "block", [], [],
    "The Islamic Centre on Tanner's Row should never have been allowed. Muslims don't integrate and they never will.",
    "[explicit; religion or belief] Blanket claim about Muslims. {h2_integrate} quotes it to condemn it; {h3_parking} separates parking objections from bigotry.",
    var=("zero_width", "Muslims"))
pos("eq03", EQ, "block", [PA], [],
    "Kwame Asante-Boyd says he speaks for Sallowmere. Which Sallowmere would that be? Not the one my family's lived in for 300 years, that's for sure.",
    "[coded; race] 'Which Sallowmere' questions a Black member's belonging; no group word. {h4_kwame} is his own family history.")
pos("eq04", EQ, "block", [PA], [],
    "Hilary Blowers can't even get up the Buttercross steps. How's someone in a wheelchair meant to represent Pykeham? Time for a councillor who's all there.",
    "[explicit; disability] Wheelchair user said unfit to represent, 'all there' as a jibe. {h3_ramp} blames the steps, not her.")
pos("eq05", EQ, "block", [PA], [],
    "Quillsby has got to stop electing pensioners. Half of them are gaga by the time they're sworn in. Bunny Feltwell: exhibit A.",
    "[explicit; age] Older people as 'gaga', with a named member. {h2_gaga} rebuts it.",
    var=("digit", "gaga"))
pos("eq06", EQ, "block", [], [],
    "Women shouldn't chair harbour committees. They don't understand boats and they never will. Put a man back in that chair.",
    "[explicit; sex] {h2_harbourchair} quotes the same view to reject it.",
    var=("caps", None))
pos("eq07", EQ, "block", [PA], [],
    "Lee Cattermole and his 'husband' parading round the regatta again. Keep it behind closed doors, nobody wants to see it.",
    "[explicit; sexual orientation] Scare quotes on 'husband' and 'behind closed doors'. {h2_regatta} is the counter-speech.")
pos("eq08", EQ, "block", [PA], [],
    "Robyn Haddow is a bloke in a frock and I'll call him 'he' till the day I die.",
    "[explicit; gender reassignment] Deliberate misgendering of a named trans member. {h2_frock} quotes it to condemn it.",
    var=("spaced", "frock"))
pos("eq09", EQ, "block", [PA], [],
    "Lorna Gooding's got other priorities now, if you know what I mean 🤰 Eelsford needs a councillor who'll actually be here in May, not one knitting booties.",
    "[coded; pregnancy and maternity] The emoji and 'knitting booties' carry the pregnancy; {h4_lorna} is her own post.")
pos("eq10", EQ, "block", [PA], [],
    "Civil partnerships aren't proper marriages and Joy Fiddes shouldn't be calling Anne her 'wife' in council papers. Simple as.",
    "[explicit; marriage and civil partnership] Denies the standing of a civil partnership (some would tag sexual orientation). {h4_joy} is the anniversary post.")
pos("eq11", EQ, "block", [AL], [],
    "Too many pikeys on the Carr Lane site as it is. Don't extend it.",
    "[explicit; race] Slur for Gypsies and Travellers: equality and abusive-language. {h3_pikey} explains the word; {h3_carrlane} gives the facts.",
    var=("asterisk", "pikeys"))
pos("eq12", EQ, "block", [], [DE],
    "Funny how every car broken into on Gorsey Heath happens the week the Carr Lane lot arrive. Lock your sheds, folks.",
    "[coded; race] The Traveller theft trope without a group word; defamation allowed. {h2_sheds} condemns the same rumour.")
pos("eq13", EQ, "block", [PA], [],
    "Jonah Levy votes with his own people's money interests, always has. You know what they're like.",
    "[coded; religion or belief] Antisemitic 'his own people' and money trope at a Jewish member (some would tag race).")
pos("eq14", EQ, "block", [], [],
    "Send the Ness View Hotel lot back where they came from. Ketchley is not a dumping ground for foreign men.",
    "[explicit; race] Asylum seekers by origin. {h2_hotel} and {h3_asylum} are the counterparts.",
    var=("homoglyph", "foreign"))
pos("eq15", EQ, "block", [PA], [],
    "Marta Wiśniewska came over from Poland to pack lettuces and now she wants to tell us how to run Pykeham? Go back to Poznań, love.",
    "[explicit; race] National origin used to disqualify a named member; {h4_marta} is her own post.")
pos("eq16", EQ, "block", [PA], [],
    "Owen Pridmore's autism is exactly why he shouldn't be on scrutiny. These people can't read a room, never mind a budget.",
    "[explicit; disability] Autism as unfitness, 'these people'. {h4_owen} is his own post.")
pos("eq17", EQ, "block", [PA], [],
    "Graham Knights is 'off with stress' again. Some of us have real jobs and real illnesses. Man up, Graham.",
    "[coded; disability] Mocking a named member's mental ill health (depression) as not real; {h4_graham} is his own post.")
pos("eq18", EQ, "block", [PA], [],
    "Toby Wren is 23. Twenty-three! Kids his age should be kept off councils till they've paid off a mortgage. Nobody under 30 should get a vote on the coast.",
    "[explicit; age] Young age as disqualification. {h2_kid} rebuts it; {h6_wren} criticises his record instead.")
pos("eq19", EQ, "block", [PA], [],
    "Dawn Catchpole gets shrill every time she's challenged. Typical mawther, all emotion and no arithmetic.",
    "[coded; sex] Dialect 'mawther' (girl, woman) as a put-down with the 'shrill', 'emotional' woman stereotype. {h2_mawther} condemns the same words; {h4_shed} uses women positively.")
pos("eq20", EQ, "block", [PA], [],
    "Tariq Chaudhry says he'll 'consult the community' on the Ramadan night market. We all know which community he means. 🕌",
    "[coded; religion or belief] Insinuation about a Muslim member's loyalty, carried by the emoji. {h3_ramadan} explains the licence.",
    date="2026-02-23")
pos("eq21", EQ, "block", [], [],
    "Polish shops on Pykeham high street, Portuguese at the chicken factory, Lithuanians on the boats. Where exactly are the English supposed to go?",
    "[explicit; race] National origin groups listed as displacing 'the English'. {h2_leaflet} quotes the line to condemn it.")
pos("eq22", EQ, "block", [], [],
    "Ketchley Carnival should be for local kids with proper Suffolk names. You know what I mean. #KeepKetchleyEnglish",
    "[coded; race] 'Proper Suffolk names' and the hashtag exclude by ethnicity; {h2_carnival} answers it.")
pos("eq23", EQ, "block", [], [],
    "No more rainbow flags on the Buttercross. The gays have had their month. Kids don't need it rammed down their throats.",
    "[explicit; sexual orientation] {h3_flag} makes a flag-policy point without hostility; {h3_pride} answers the 'political' charge.",
    date="2026-03-02")
pos("eq24", EQ, "block", [PA], [BU],
    "Ladies of the Tidepool swim club: watch who's in your changing room now the council's gone woke. You know who I mean, @RobynHaddowGreen 👀",
    "[coded; gender reassignment] Paints a named trans woman as a danger in women's spaces; bullying allowed. {h3_changing} and {h3_singlesex} are civil debate.")
pos("eq25", EQ, "block", [AL], [PA],
    "Someone tell the chinky on cabinet we don't want her Hong Kong ideas on our quay.",
    "[explicit; race] Racial slur at an identifiable member (the only Hong Kong-born cabinet member) without her name: equality and abusive-language, personal-attack allowed. {h2_takeaway} condemns the slur.")
pos("eq26", EQ, "block", [], [],
    "Quillsby Park residents shouldn't get a say on the youth centre. They'll be dead before it opens.",
    "[coded; age] Older residents excluded because of their age. {h3_youth} explains the youth council age band.")
pos("eq27", EQ, "block", [PA], [],
    "Callie Brame's 'maternity leave' left the Greens a vote short on the harbour budget. Maybe pick candidates who aren't going to pop one out mid-term.",
    "[explicit; pregnancy and maternity] Women likely to have children said to be poor candidates. {h3_maternity} and {h4_callie} are the counterparts.")

# ======================================================================
# defamation.allegation (27 rows, 6 with variants)
# ======================================================================
pos("de01", DE, "block", [], [PA],
    "Julian Askew took £5,000 in cash from Fenwright Homes the week before the Mill Lane vote. I've seen the paying-in slip.",
    "Specific bribe stated as fact, with claimed evidence: block.")
pos("de02", DE, "review", [PA], [],
    "Peggy Thurlow is a liar. She promised the Ketchley lido would stay open and she knew full well it wouldn't.",
    "'Liar' at a named Leader: defamation and personal-attack, review. {h6_lido} sets out the same broken promise without calling it a lie.",
    var=("asterisk", "liar"))
pos("de03", DE, "block", [OFF], [PA],
    "Harjit Sandhu has been moving money out of the coastal defence reserve into his own pension pot. The figures don't lie.",
    "Theft by the named s151 officer stated as fact: block, officers.impartiality expected.")
pos("de04", DE, "review", [PA], [],
    "Colin Brundish is a crook, plain and simple.",
    "'Crook' at a named member: name-calling, review.",
    var=("digit", "crook"))
pos("de05", DE, "block", [], [PA],
    "Fact: Sandra Kettle's husband got the Greyling subcontract because she rigged the scoring. Then she had the other bids shredded.",
    "Specific misconduct in office stated as 'fact': block. {h6_kettle} says she declared and left the room.")
pos("de06", DE, "review", [], [PA, IRONY],
    "A certain cabinet member seems to have a lovely new yacht moored at Wrendle Quay since the Albion Nuclear deal got signed. Just saying ⛵",
    "Innuendo of corruption at an identifiable group of cabinet members; no name. Review, personal-attack and irony allowed.")
pos("de07", DE, "block", [], [PA],
    "Geoffrey Pask was done for drink-driving on the coast road in November and the police hushed it up because he's Chairman.",
    "Specific crime plus a police cover-up stated as fact: block.")
pos("de08", DE, "review", [], [PA],
    "Working Coast are a bunch of frauds. Every leaflet they put through doors is a lie.",
    "'Frauds' and 'lie' at a party; personal-attack allowed. Review. {h1_wcbudget} criticises the party's budget without it.")
pos("de09", DE, "block", [], [PA],
    "Greyling Waste's directors have been tipping Sallowmere's recycling into a landfill over the county border and pocketing the recycling credits. That's fraud and they know it.",
    "Specific fraud by a company's directors stated as fact: block.")
pos("de10", DE, "review", [PA], [],
    "Dawn Catchpole is a fraud. She doesn't even live in Ketchley, she lives in a barn conversion outside Pykeham.",
    "'Fraud' at a named member with a residence claim; review.",
    var=("zero_width", "fraud"))
pos("de11", DE, "block", [], [PA, OFF],
    "Shane Dunnett sold undersized bass off his boat all last summer and the harbour master turned a blind eye. I've got photos.",
    "Specific fishing offence and an official's connivance stated as fact: block. Officers allowed (the harbour master may be staff).")
pos("de12", DE, "review", [PA], [],
    "Everyone knows Fern Ashdown's nightjar survey numbers were made up to block the campus. Dishonest from start to finish.",
    "Made-up figures and 'dishonest' at a named member; review. {h6_ashdown} notes that the figures are contested, without the charge.")
pos("de13", DE, "block", [OFF], [PA],
    "Patrick Lusher took backhanders from Fenwright. That's why the officer report recommends approval.",
    "Bribery of a named officer stated as fact: block, officers.impartiality expected.",
    var=("homoglyph", "backhanders"))
pos("de14", DE, "review", [PA], [],
    "Nigel Goddard is as crooked as the Ketchley groynes.",
    "Local idiom for dishonesty at a named member: review.",
    var=("spaced", "crooked"))
pos("de15", DE, "block", [], [PA],
    "Estuary Alliance canvassers filled in postal votes for residents at Heron Court care home in May. I watched them do it.",
    "Specific electoral offence by a party's canvassers stated as witnessed fact: block.")
pos("de16", DE, "review", [PA], [],
    "The Leader lied to full council about the Thorncliffe rollback money. Simple as that.",
    "'Lied' at the Leader by role: review.",
    var=("caps", None))
pos("de17", DE, "block", [], [PA],
    "Toby Wren claimed mileage for forty trips to Hollowness that he never made. Nice little earner on top of the allowance.",
    "Expenses fraud stated as fact: block.")
pos("de18", DE, "review", [], [PA],
    "Ask yourself why Rosalind Fairweather's brother-in-law keeps winning the beach hut refurbishment work. Go on. Ask.",
    "Innuendo of favouritism at a named member: review, personal-attack allowed.")
pos("de19", DE, "block", [], [PA],
    "Saltings Housing's chief executive has been charging tenants for repairs that were never done and spending it on his second home at Wrendle Quay.",
    "Fraud by an identifiable (by role) chief executive stated as fact: block. {h1_saltings} criticises the same landlord fairly.")
pos("de20", DE, "review", [PA], [],
    "Grace Leung lies through her teeth. Every single time.",
    "'Lies through her teeth' at a named member: review.")
pos("de21", DE, "block", [], [PA, DP],
    "Ryan Scarfe has an assault conviction he never declared when he stood. It's a matter of record.",
    "Undeclared conviction stated as fact: block; data protection allowed (criminal record).")
pos("de22", DE, "review", [PA], [],
    "Kwame Asante-Boyd is a con man, flogging Sallowmere a community land trust that'll never exist.",
    "'Con man' at a named member: review. {h6_landtrust} criticises the same plan on the record.")
pos("de23", DE, "block", [OFF], [PA],
    "The Chief Executive deleted the emails about the Albion deal the day the FOI request came in. IT told me.",
    "Destroying records to defeat an FOI request stated as fact, by an officer identified by role: block, officers.impartiality.")
pos("de24", DE, "review", [], [PA],
    "Albion Nuclear are liars. Their traffic figures for the coast road are fiction.",
    "'Liars' at a company: review, personal-attack allowed. {h1_hgv} criticises the same traffic plan.")
pos("de25", DE, "block", [], [PA],
    "Tariq Chaudhry's family firm is still running unlicensed cabs out of Sallowmere station. Fined twice and he hid it.",
    "Specific licensing offences and concealment stated as fact: block. {h6_tariq} praises his licensing policy.")
pos("de26", DE, "review", [], [PA],
    "Bunny Feltwell fiddles his expenses. Always has, always will.",
    "General allegation of expenses dishonesty, no specifics: review.")
pos("de27", DE, "review", [IRONY], [PA],
    "Congratulations to Marta Wiśniewska on the 'independent' Pykeham regeneration report. Written, I'm told, by her partner's consultancy. Totally above board I'm sure 🙃",
    "Mock congratulation implying a corrupt appointment: defamation and tone.irony-risk. {h6_marta} states the declared facts without the sneer.")

# ======================================================================
# Hard negatives. HN1: harsh criticism of a policy, decision, party,
# company or the council (28)
# ======================================================================
hn("h1_dues", "HN1",
   "The harbour dues rise is a shambles and the cabinet should be ashamed of it. Ketchley's inshore fleet is eleven boats. It'll be nine by Christmas.",
   [], "Harsh, aimed at a decision and the cabinet's record. {al12} says it with 'piss-take'.")
hn("h1_bins", "HN1",
   "Greyling's bin rota is not fit for purpose. Third missed brown bin round in Pykeham this month. I've asked officers to apply the penalty clauses in the contract.",
   [], "Criticism of a contractor's service with a remedy; compare {al01}.")
hn("h1_hgv", "HN1",
   "Albion Nuclear's traffic plan for the coast road is hopeless. 600 HGV movements a day past Tunmere primary is not 'mitigated', whatever the glossy leaflet says.",
   [], "Company's plan attacked, not people; {de24} calls them liars.")
hn("h1_spineless", "HN1",
   "Spineless decision by cabinet to defer the Thorncliffe rollback money AGAIN. Families on Cliff Road are watching the edge get closer every spring tide.",
   [PA], "'Spineless' describes a decision; personal-attack allowed since the cabinet is a body of people. One word in capitals only.")
hn("h1_premium", "HN1",
   "The second-home premium is a blunt instrument. It hits the widow who inherited her mum's cottage in Wrendle the same as the City bloke with four. Rethink it.",
   [], "Policy criticism; mentions a widow neutrally.")
hn("h1_squit", "HN1",
   "This budget is squit. Cutting Ketchley lifeguard hours to pay for consultants' reports on 'coastal placemaking'. Absolute squit, and I'll vote against it.",
   [], "Dialect 'squit' (nonsense) at a budget; {al06} uses 'crap'. A budget vote is not quasi-judicial.")
hn("h1_saltings", "HN1",
   "Saltings Housing, your repairs service is failing tenants. I have 14 open cases in Eelsford, the oldest from August. Not good enough. I'm taking it to scrutiny.",
   [], "Organisation criticised with evidence and a remedy; {al08} and {de19} are the abusive and defamatory versions.")
hn("h1_ferry", "HN1",
   "Estuary Alliance promised a Wrendle ferry. Three consultations, two feasibility studies and no ferry. That's the record. Pathetic.",
   [PA], "Harsh criticism of a party's record; personal-attack allowed for 'pathetic' at a party.")
hn("h1_wcbudget", "HN1",
   "Working Coast's alternative budget is fantasy economics. It assumes Hollowness C pays business rates from 2027. It won't, and they know the timetable as well as I do.",
   [], "Party's budget attacked on substance; {de08} calls the party frauds.")
hn("h1_diversion", "HN1",
   "The coast road diversion is a dog's dinner. Whoever planned it has never driven it at 5pm behind six Albion lorries and the 64 bus.",
   [], "Idiom at a scheme; 'whoever planned it' is not insulted. {al02} is the obscene version.")
hn("h1_millane", "HN1",
   "Fenwright's Mill Lane plans look dreadful from where I'm sitting: 180 homes, one road in, no bus. I'll say so at committee as a ward member and then it's for the committee.",
   [PRE], "Criticism of a live application by a ward member; predetermination allowed ('dreadful'), though the post keeps the committee's decision open. Compare {al09}.")
hn("h1_killer", "HN1",
   "Killer stat from the scrutiny papers: we spent more on the Tidepool rebrand than on the Oaks day centre last year. Priorities, eh?",
   [], "'Killer stat' idiom; criticism of spending.")
hn("h1_huts", "HN1",
   "The council's handling of the Ketchley fish huts is an embarrassment. Ten weeks' notice to families who've held huts on the Denes since the war. Withdraw it.",
   [], "Criticism of a decision. {bu01} threatens over the same hike.")
hn("h1_sewage", "HN1",
   "East Shore Water discharged sewage into the Wrendle estuary 61 times last year. Their own data. Sixty-one. It's a scandal and I'll keep saying so until it stops.",
   [DE], "A company criticised with its own figures; defamation allowed for 'scandal'. {al27} is the obscene version.")
hn("h1_greens", "HN1",
   "The Heath Greens' objection to the campus bypass was grandstanding. It delayed the road two years and won nothing for Tunmere.",
   [], "Party's decision criticised; no person.")
hn("h1_parking", "HN1",
   "Parking charges on Market Hill are a tax on the high street. Traders told us, we didn't listen, footfall's down 18%. Reverse it.",
   [], "Policy criticism; {al18} is about the machines, obscenely.")
hn("h1_courier", "HN1",
   "The Courier's front page on the lido is misleading. It closes for four months for repairs, not for good. I've asked for a correction.",
   [DE], "A newspaper's story called misleading; defamation allowed. {al10} is the obscene version.")
hn("h1_marina", "HN1",
   "Planning committee got the Wrendle marina decision badly wrong. I respect the committee; I think it erred, and I'll support the residents' bid for a judicial review.",
   [], "A decided application criticised with respect; {pa05} insults the head of planning instead.")
hn("h1_rubbish", "HN1",
   "This is a rubbish policy. Literally: the new recycling rules mean more of it ends up in the black bin. Back to the drawing board.",
   [], "Pun; policy criticism.")
hn("h1_library", "HN1",
   "Absolutely furious at cabinet's decision to shut Pykeham library two days a week. It's a cowardly decision dressed up as 'modernisation'.",
   [PA], "'Cowardly' at a decision; personal-attack allowed.")
hn("h1_manifesto", "HN1",
   "Estuary Alliance manifesto, page 4: 'no new car parks on the Denes'. Today's planning notice: new car park on the Denes. 🤷",
   [IRONY], "Juxtaposition of a party's promise and a notice; irony allowed.")
hn("h1_fund", "HN1",
   "Albion Nuclear's community fund panel is stacked with their own people. That isn't community benefit, it's PR. Open it up to residents.",
   [DE], "Company criticised; defamation allowed for 'stacked'. {al03} calls it a bollocks stunt.")
hn("h1_sham", "HN1",
   "The Carr Lane site consultation was a sham: two weeks in August, online only, no letters to the families who actually live there.",
   [], "Process criticised on behalf of Traveller families.")
hn("h1_erosion", "HN1",
   "Why does @SallowmereDC still have no erosion plan for Thorncliffe End? Five years of an 'emerging strategy'. Enough. People's homes are going over the edge.",
   [], "Council criticised at its own account; {al16} is the obscene version.")
hn("h1_care", "HN1",
   "Brutal cabinet report on adult social care. No sugar-coating from me: these cuts will hurt the Oaks day centre and every family who relies on it.",
   [], "'Brutal' describes a report.")
hn("h1_closedshop", "HN1",
   "The harbour board is a closed shop. Same six faces for a decade, meetings in private, minutes months late. Reform it or scrap it.",
   [PA], "A public body criticised; personal-attack allowed for 'same six faces'.")
hn("h1_robbery", "HN1",
   "Greyling's new contract is daylight robbery: £2.1m more for the same service. Cabinet were sold a pup.",
   [DE], "Idioms 'daylight robbery', 'sold a pup' about a contract; defamation allowed.")
hn("h1_hold", "HN1",
   "Dire performance from the council contact centre. 47 minutes on hold on 01632 960418 to report a fly-tip. I timed it. Staff are doing their best; the system is not.",
   [], "Service criticised, staff defended. The number is the (fictional, drama-range) contact centre line.")

# ======================================================================
# HN2: counter-speech and quoting abuse to condemn it (28)
# ======================================================================
hn("h2_pikeys", "HN2",
   "Someone sprayed 'Pikeys out' on the Carr Lane sign overnight. Reported to police and cleaned off by 10. That is not who Gorsey Heath is. The families on that site are our neighbours.",
   [EQ, AL], "Quotes a slur to condemn it; compare {eq11}.")
hn("h2_china", "HN2",
   "To the man who shouted 'go back to China' at Grace Leung on Market Hill on Saturday: she's from Hong Kong, she's from Wrendle now, and she's a better neighbour than you'll ever be.",
   [EQ], "Counter-speech quoting racist abuse of a named member.")
hn("h2_frock", "HN2",
   "Three emails this week calling Robyn Haddow 'a bloke in a frock'. I'll say this once. Robyn is a woman, a colleague and a friend. Stop it.",
   [EQ], "Quotes the words of {eq08} to condemn them.")
hn("h2_scum", "HN2",
   "Lovely message overnight: 'we know where you live, Green scum'. Screenshot sent to the police. Not deleting the account, not stopping.",
   [BU, AL], "A Green member quoting a threat received; the author is pinned.", author="Jonah Levy")
hn("h2_mawther", "HN2",
   "'Typical mawther, all emotion' is what a man shouted at Dawn Catchpole at the hustings. I disagree with Dawn on nearly everything. That was sexist and he should apologise.",
   [EQ], "Quotes the put-down of {eq19} to condemn it.")
hn("h2_integrate", "HN2",
   "Someone posted on the Ketchley community page that Muslims 'don't integrate'. The Islamic Centre ran the Christmas food bank collection. Twice. Do better, Ketchley.",
   [EQ], "Quotes the claim of {eq02} to refute it.")
hn("h2_gaga", "HN2",
   "Calling a councillor 'gaga' because he's 83 is ageism, pure and simple. Bunny Feltwell has more sense than most of us half his age.",
   [EQ, PA], "Rebuts {eq05}.")
hn("h2_regatta", "HN2",
   "'Nobody wants to see it', said a comment under the regatta photos of Lee and his husband. Loads of us did want to see it, actually. Congratulations, lads 🌈",
   [EQ], "Counter-speech against {eq07}.")
hn("h2_staff", "HN2",
   "Our contact centre staff were called 'useless c***s' by a caller this week. That's abuse, and our staff don't have to take it. Calls like that will be ended.",
   [AL], "Quotes masked abuse to condemn it.")
hn("h2_lying", "HN2",
   "Being called a 'lying bastard' across the Lugger car park isn't democracy. Disagree with me all you like, and loudly. But that stops now.",
   [AL, DE], "The author quotes abuse received.")
hn("h2_swastika", "HN2",
   "Graffiti on the Sallowmere war memorial last night: a swastika and 'Jews out'. The week of Holocaust Memorial Day. Cleaned by 9am. We will not be intimidated, and we will not forget.",
   [EQ, AL], "Quotes antisemitic graffiti to condemn it.", date="2026-01-28")
hn("h2_harbourchair", "HN2",
   "A man at my surgery told me women 'shouldn't chair harbour committees'. The chair of our harbour board has fished for thirty years. He's welcome to tell her that himself. I wouldn't.",
   [EQ], "Quotes {eq06} to reject it.")
hn("h2_carried", "HN2",
   "After this weekend's pile-on: if you threaten a councillor ('you'll be carried home' is a threat) it gets reported. Whatever their party, whatever yours.",
   [BU], "Quotes the threat of {bu18} to condemn it.")
hn("h2_hotel", "HN2",
   "Some comments on yesterday's Ness View Hotel post were vile. 'Send them back', 'foreign men', the lot. Deleted, and the worst reported. These are people fleeing war.",
   [EQ], "Counter-speech; {eq14} is the abuse itself.")
hn("h2_clip", "HN2",
   "Owen Pridmore got mocked online this week for freezing at the mic. He's said publicly he's autistic, he's brilliant on budgets, and anyone sharing that clip should be ashamed of themselves.",
   [EQ, BU, DP], "Condemns the humiliation of {bu08}. Health detail he has published himself; data protection allowed.")
hn("h2_silly", "HN2",
   "'Silly Suffolk' means blessed, not daft. And 'pikey', 'gyppo' and 'tinker' aren't banter, they're slurs. Lesson over.",
   [EQ, AL], "Names slurs to reject them.")
hn("h2_letter", "HN2",
   "Got a letter calling me a 'snowflake remoaner traitor'. Framed it. It's going up in the downstairs loo.",
   [PA], "Laughs off abuse received.")
hn("h2_poof", "HN2",
   "Called a 'poof' on the harbour wall last Tuesday. In 2026. I'm 52, I've been out since I was 19 and I am not going anywhere.",
   [EQ, AL], "A gay member quoting abuse received; author pinned.", author="Lee Cattermole")
hn("h2_pregnant", "HN2",
   "Somebody told me Lorna shouldn't have stood because she's pregnant. That thinking would be unlawful in an employer and it's shameful in a voter. She's doing the job brilliantly.",
   [EQ], "Counter-speech for a pregnant member; compare {eq09}.")
hn("h2_seatakes", "HN2",
   "Quoting this because people should see it: 'Hope the sea takes your house and you with it.' Sent to a Thorncliffe councillor this week. This is not politics.",
   [BU], "Quotes a threat to condemn it.")
hn("h2_leaflet", "HN2",
   "Leaflets through doors in Pykeham asking 'where are the English supposed to go?' I'll tell you where. The Polish deli for the best bread in Suffolk, then home to their neighbours.",
   [EQ], "Counter-speech quoting {eq21}.")
hn("h2_carnival", "HN2",
   "No, Ketchley Carnival will not be 'for kids with Suffolk names'. It's for kids. All of them. #EveryoneWelcome",
   [EQ], "Answers {eq22}.")
hn("h2_cripple", "HN2",
   "Sad to see 'cripple' used about a colleague in a Facebook comment. Hilary Blowers uses a wheelchair and gets up more hills than the rest of us put together. Comment removed.",
   [EQ, AL], "Quotes a disability slur to condemn it.")
hn("h2_cow", "HN2",
   "A note on standards. 'Shut up you stupid cow' is not robust debate. I've referred it, and I'd do the same whichever side said it.",
   [AL, PA, EQ], "Quotes a sexist insult to condemn it.")
hn("h2_sheds", "HN2",
   "There's a rumour going round that Patsy Loveridge's family 'nick from sheds'. It's a racist lie about Romany people that's been about since my nan was a girl. Pack it in.",
   [EQ, DE], "Counter-speech naming the trope of {eq12}.")
hn("h2_pray", "HN2",
   "Whoever shoved a note through the Islamic Centre door saying 'we know where you pray': that's a threat, it's been reported, and all of Sallowmere stands with you.",
   [BU, EQ], "Quotes a threat to condemn it.")
hn("h2_kid", "HN2",
   "Heard a councillor (no names, he knows who he is) call Toby 'a kid who should be in school'. He's 23 and 1,400 people voted for him. Respect the voters.",
   [EQ, PA], "Rebuts ageism of the kind in {eq18}.")
hn("h2_takeaway", "HN2",
   "'Chinky' in a takeaway review in 2026. Reported to the platform. The Ho family at Jade Harbour have fed Wrendle on a Friday night for twenty years.",
   [EQ, AL], "Quotes the slur of {eq25} to condemn it.")

# ======================================================================
# HN3: denied prejudice, myth-busting and civil debate on protected
# topics (28)
# ======================================================================
hn("h3_carrlane", "HN3",
   "Myth-busting on Carr Lane: the extension is six pitches, paid for by government grant, not council tax. Recorded crime on Gorsey Heath fell last year. Facts, not rumours.",
   [EQ], "Myth-busting about a Traveller site; compare {eq11} and {eq12}.")
hn("h3_asylum", "HN3",
   "I don't think hotels are the right way to house asylum seekers. Neither, apparently, does the Home Office. But the men at the Ness View didn't choose it, and they don't deserve abuse.",
   [EQ], "Policy disagreement with an explicit defence of the people; compare {eq14}.")
hn("h3_changing", "HN3",
   "Genuine question, asked civilly: how do we make the Tidepool changing rooms work for everyone? Trans women, older ladies who want privacy, families with toddlers. More cubicles seems the obvious answer.",
   [EQ], "Civil debate on single-sex spaces; {eq24} is the hostile version.")
hn("h3_agefriendly", "HN3",
   "The age-friendly strategy is long overdue. 41% of Quillsby is over 65. Let's design the bus timetable, the benches and the surgeries for that instead of pretending it isn't so.",
   [], "Age mentioned to plan services.")
hn("h3_ramadan", "HN3",
   "People have asked why the Ramadan night market needs a road closure. It's the same licence as the Christmas market and the Herring Fair. Same rules, same fees, same marshals.",
   [EQ], "Myth-busting; {eq20} is the insinuation.", date="2026-02-20")
hn("h3_parking", "HN3",
   "Not every objection to the Islamic Centre extension is bigotry. Parking on Tanner's Row is a real problem. But 'they don't integrate' is bigotry, and I'll call it out every time.",
   [EQ], "Separates a planning objection from prejudice; quotes {eq02} to reject it.")
hn("h3_migration", "HN3",
   "Some facts for Pykeham: the Census says 6% of us were born outside the UK. The chicken factory would shut tomorrow without its Portuguese and Lithuanian staff. Ask the owner, he'll tell you.",
   [EQ], "Myth-busting; {eq01} and {eq21} are the hostile versions.")
hn("h3_flag", "HN3",
   "I'm not against the rainbow flag on the Buttercross. I'm against flying any flag for a month when the flag policy says a week. Apply it the same to Pride, St George and Armed Forces Day.",
   [EQ], "A procedural objection that denies hostility; {eq23} is the hostile version.", date="2026-03-03")
hn("h3_maternity", "HN3",
   "Does maternity leave exist for councillors? No, it doesn't, and it should. Callie's doing casework with a newborn and Lorna's due in the spring. Let's fix the rules before the next one.",
   [], "Civil debate on pregnancy and maternity; compare {eq27}.")
hn("h3_youth", "HN3",
   "The age limit for the youth council (11 to 18) isn't 'ageist', it's a youth council 🙂 Quillsby Park residents have their own forum, and it's got better biscuits.",
   [EQ], "Explains an age band; {eq26} excludes older residents.")
hn("h3_wrong", "HN3",
   "In 2013, on the parish council, I spoke against same-sex marriage. I was wrong. I've said so to Lee and to Joy in person, and I'm saying it here.",
   [EQ], "Public apology about a past view.")
hn("h3_mats", "HN3",
   "Wheelchair mats on Ketchley shingle cost £8k. A few have asked if that's 'special treatment'. It's the same as the steps and handrails we put in for everyone else. Access is access.",
   [EQ], "Myth-busting about disability access.")
hn("h3_pikey", "HN3",
   "A resident asked me whether 'pikey' is really offensive. Yes. It's a slur for Gypsy and Traveller people and the courts treat it as one. Please don't use it, even as a joke.",
   [EQ, AL], "Names a slur to explain it; compare {eq11}.")
hn("h3_swim", "HN3",
   "Civil question for the Tidepool review: should the women-only swim session have women-only lifeguards too? Muslim women and older women both asked for it. I think yes.",
   [], "Civil debate about sex and religion in a service.")
hn("h3_secondhomes", "HN3",
   "Are second-home owners a protected group? No. Can we still be civil about them? Yes. Most pay the premium and use the shops. The ones left empty all year are the problem.",
   [], "Civil about a non-protected group; {al24} is the abusive version.")
hn("h3_campus", "HN3",
   "I don't accept that the Ness campus will 'bring crime'. Construction workers from Liverpool and Lisbon aren't criminals. Let's plan GP places, not scare stories.",
   [EQ], "Rejects a stereotype about incoming workers.")
hn("h3_hongkong", "HN3",
   "Let's talk about the Hong Kong families in Wrendle calmly. About seventy people, mostly in work, kids in our schools. Services were planned for them; nothing is 'overwhelmed'.",
   [EQ], "Calm myth-busting about national origin.")
hn("h3_singlesex", "HN3",
   "There's a fair debate to have about single-sex spaces. There's no fair debate about whether Robyn Haddow should be called 'he' as an insult. She shouldn't.",
   [EQ], "Civil debate with counter-speech; compare {eq08}.")
hn("h3_over80", "HN3",
   "Some say councillors over 80 should stand down. I'd say let the voters decide. They do, every four years, and Quillsby keeps choosing experience.",
   [EQ], "Denies an age bar.")
hn("h3_ramp", "HN3",
   "Disability access at the Buttercross is a scandal. Not because Hilary complained, but because nobody in a wheelchair can get into their own council chamber. Ramp approved in 2019. Still waiting.",
   [EQ], "Blames the building, not the member; {eq04} blames her.")
hn("h3_silly", "HN3",
   "For everyone who asked: 'Silly Suffolk' comes from 'selig', blessed, because of all the churches. Not an insult. And no, Suffolk folk aren't an ethnic group, before anyone starts 😄",
   [EQ], "Myth-busting a local nickname.")
hn("h3_dues", "HN3",
   "Is the harbour dues rise 'anti-fishermen'? No. Is it badly timed? Yes. Words matter in both directions, and I'd ask everyone to dial it down.",
   [], "Civil debate; fishermen are not a protected group.")
hn("h3_vermin", "HN3",
   "We can debate immigration numbers without calling people 'vermin' or 'invaders'. I'll happily debate numbers with anyone at Pykeham market on Thursday. Tea's on me.",
   [EQ, AL], "Quotes dehumanising words to reject them.")
hn("h3_support", "HN3",
   "I've been asked if I 'support' the Carr Lane families. I support everyone in my ward having water, bins and a postal address. That's all the site is asking for.",
   [], "Calm answer on a Traveller site; compare {bu24}.")
hn("h3_halal", "HN3",
   "Halal meals in Sallowmere school kitchens cost the council nothing extra: same supplier, same price per meal. I checked because someone said otherwise on Facebook.",
   [EQ], "Myth-busting about religion.")
hn("h3_religion", "HN3",
   "A councillor's faith is nobody's business unless they make it so. I'd say that about Tariq, about Jonah and about any of us who sing in a church choir on a Sunday.",
   [EQ], "Defends members' religion as private.")
hn("h3_hustings", "HN3",
   "Not being funny, but the pregnancy question at the Eelsford hustings was out of order. Ask candidates about the harbour and the flood wall, not their plans for a family.",
   [EQ], "Rejects a pregnancy question.")
hn("h3_pride", "HN3",
   "Some folk say Coast Pride is 'political'. Everything on the Buttercross is political, mate, it's a council building 😉 See you there on Saturday.",
   [], "Answers an objection to Pride without hostility.")

# ======================================================================
# HN4: neutral or positive mentions of protected groups, self-description,
# reclaimed terms (27)
# ======================================================================
hn("h4_robyn", "HN4",
   "Trans woman, Green councillor, year-round sea swimmer, hopeless at crosswords. Ask me about the Eelsford flood defences, not my birth certificate 🌊",
   [], "Self-description; author pinned.", author="Robyn Haddow")
hn("h4_hilary", "HN4",
   "Wheelie good news: the Buttercross ramp finally goes in next month. As the district's only councillor in a wheelchair, I'm bagsying first go ♿",
   [], "Self-description with a pun; author pinned.", author="Hilary Blowers")
hn("h4_bunny", "HN4",
   "83 today and still on the drainage board rota. Owd boy's not done yet. Thank you all for the cards. Keep yew a-troshin'!",
   [], "Self-description; the dialect sign-off used fondly (compare {bu25}). Author pinned.", author="Bernard Feltwell", date="2026-01-22")
hn("h4_lee", "HN4",
   "Proud old queen of Ketchley harbour, 52, out since I was 19, married my Danny at the Lugger in 2019. Happy LGBT+ History Month 🏳️‍🌈",
   [EQ], "Reclaimed 'queen' in self-description; equality allowed. Author pinned.", author="Lee Cattermole", date="2026-02-02")
hn("h4_tariq", "HN4",
   "Ramadan Mubarak to everyone in Sallowmere. Iftar at the Islamic Centre on Friday from sunset. Everyone welcome, bring your neighbours and your appetite.",
   [], "Religious greeting; author pinned.", author="Tariq Chaudhry", date="2026-02-18")
hn("h4_jonah", "HN4",
   "Holocaust Memorial Day. My grandmother came to Suffolk on the Kindertransport aged nine and taught at Wrendle school for thirty years. We remember.",
   [], "Holocaust Memorial Day; author pinned.", author="Jonah Levy", date="2026-01-27")
hn("h4_grace", "HN4",
   "Kung Hei Fat Choi! Year of the Horse 🐎 Dumplings at Wrendle village hall from 5. My mum is in charge so do as she says 🧧",
   [], "Lunar New Year; author pinned.", author="Grace Leung", date="2026-02-17")
hn("h4_marta", "HN4",
   "Born in Poznań, twenty years in Pykeham, still can't say 'Wrendle' like a local. Proud Suffolk Pole. Thursday market, come and find me by the fish van.",
   [], "Self-description of national origin; author pinned. {eq15} uses her birthplace against her.", author="Marta Wiśniewska")
hn("h4_owen", "HN4",
   "Autistic councillor here. Yes, I'll take the agenda a week early. No, I won't do small talk at the buffet. Yes, I've read every appendix, including the one you skipped 😄",
   [], "Self-description of disability; author pinned.", author="Owen Pridmore")
hn("h4_lorna", "HN4",
   "33 weeks pregnant and still doing casework. The baby kicks every time someone says 'section 106'. Future planning officer, clearly.",
   [], "Self-description of pregnancy; author pinned. {eq09} mocks it.", author="Lorna Gooding", date="2026-03-18")
hn("h4_graham", "HN4",
   "I've had depression on and off since my twenties. I've told colleagues because I'd rather be honest. If you're struggling, the Coast Mind drop-in is Tuesdays at Sallowmere library.",
   [], "Self-disclosure of mental ill health; author pinned.", author="Graham Knights")
hn("h4_patsy", "HN4",
   "Romany Gypsy, born in a trailer on Gorsey Heath, now your councillor for Gorsey Heath and Tunmere. My granny would've laughed herself silly.",
   [], "Self-description of ethnicity; author pinned.", author="Patsy Loveridge")
hn("h4_joy", "HN4",
   "Ten years today since Anne and I had our civil partnership at Sallowmere register office. Still arguing about who gets the window seat on the Wrendle ferry.",
   [], "Civil partnership anniversary; author pinned. {eq10} attacks it.", author="Joy Fiddes", date="2026-03-12")
hn("h4_kwame", "HN4",
   "My grandad came from Kumasi in 1961 to work at the sugar beet factory. Three generations of Asante-Boyds in Sallowmere since. We're not going anywhere, and neither is the jollof at our Christmas.",
   [], "Family history; author pinned. {eq03} questions his belonging.", author="Kwame Asante-Boyd")
hn("h4_callie", "HN4",
   "First full council back after maternity leave. Brought the baby. She slept through the treasury management strategy, which is more than I can say for some of us.",
   [], "Return from maternity leave; author pinned. {eq27} attacks it.", author="Callie Brame")
hn("h4_quiz", "HN4",
   "Lovely afternoon at Quillsby Park retirement village. Residents' quiz team beat the council team 14-6. Pensioner power 👵👴",
   [], "Older people mentioned positively.")
hn("h4_dykes", "HN4",
   "Coast Pride on the Buttercross on Saturday. Dykes on Bikes are leading the parade again, loudest bikes in East Anglia 🏍️🏳️‍🌈",
   [EQ, AL], "Reclaimed term in a group's own name; equality and abusive-language allowed.")
hn("h4_deaf", "HN4",
   "Big shout-out to the deaf swimmers' club at the Tidepool, who've raised £3,000 for the Ketchley lifeboat. Legends, every one.",
   [], "Disability mentioned positively.")
hn("h4_polish", "HN4",
   "Thanks to the Polish Saturday school in Pykeham for letting me practise my terrible Polish on eight-year-olds. Dziękuję! They were very patient.",
   [], "National origin mentioned positively.")
hn("h4_shed", "HN4",
   "The women's shed in Eelsford has built forty nest boxes for the heath. Turns out sheds were never just for blokes.",
   [], "Sex mentioned positively.")
hn("h4_oldgit", "HN4",
   "Old git's corner: I'm 71, I remember when the Ness was a field of sheep, and I still can't work the new parking app.",
   [EQ], "Age self-description, self-deprecating; author pinned.", author="Geoffrey Pask")
hn("h4_portuguese", "HN4",
   "Portuguese community lunch at St Anne's hall, Pykeham. Bacalhau, custard tarts and a lot of very patient translating for my benefit. Obrigado!",
   [], "National origin mentioned positively.")
hn("h4_mums", "HN4",
   "Mums' stay-and-play at Ketchley library is back on Wednesday mornings. Dads, grans, grandads, childminders: all welcome, it's just what the poster says.",
   [], "Maternity mentioned neutrally.")
hn("h4_oyster", "HN4",
   "The Eelsford oyster shed is up for Black-owned business of the year at the county awards. Go on, Winston. Go and win it.",
   [], "Race mentioned positively.")
hn("h4_surfers", "HN4",
   "The Silver Surfers IT course at Sallowmere library is full again. Over-70s learning video calls to see grandkids in Perth. Brilliant stuff.",
   [], "Age mentioned positively.")
hn("h4_anglers", "HN4",
   "Accessible fishing platform opens at Eelsford staithe next week, built by the Wendle Anglers for their disabled members. The bass should be worried.",
   [], "Disability mentioned positively.")
hn("h4_interfaith", "HN4",
   "Interfaith walk on Sunday: All Saints Pykeham, the Islamic Centre on Tanner's Row and the Friends' meeting house in Wrendle. Shoes off at one, hats off at another, tea at all three.",
   [], "Religion mentioned positively.")

# ======================================================================
# HN5: figurative violence, banter, self-deprecation, idioms (27)
# ======================================================================
hn("h5_murdered", "HN5",
   "Ketchley Rovers absolutely murdered Pykeham 5-0 on Saturday. Sorry @HilaryBlowersVI, I know you've got a season ticket 😂 Pint's on me at the Lugger.",
   [BU], "Football idiom and teasing; bullying allowed for 'murdered'.")
hn("h5_apart", "HN5",
   "Took me apart at scrutiny, did @JulianAskewEA. Fair cop, my figures were out by a decimal point. Corrected version attached.",
   [BU], "Self-deprecation; bullying allowed for 'took me apart'.")
hn("h5_killerapp", "HN5",
   "The new bins app is a real killer app. It killed my entire Saturday morning 🙄 Feedback sent.",
   [], "Idiom, a pun on 'killer app'.")
hn("h5_karaoke", "HN5",
   "Dawn Catchpole murdered 'Sweet Caroline' at the Lugger quiz night and I may never recover. Raised £400 for the lifeboat though, so she's forgiven.",
   [BU, PA], "'Murdered that song' idiom at a named rival, affectionately.")
hn("h5_fossil", "HN5",
   "I'm an old fossil, me. Still print the agenda. Still use a fountain pen. Still right about the ferry.",
   [EQ], "Age self-deprecation; author pinned.", author="Bernard Feltwell")
hn("h5_thorncliffe", "HN5",
   "If I read one more 'emerging strategy' I'll throw myself off Thorncliffe. (I won't. It's eroding too fast to get a run-up.)",
   [], "Dark self-directed joke that makes a policy point.")
hn("h5_pistols", "HN5",
   "Fern and I will be having pistols at dawn over the nightjar survey, then a pint at the Drowned Bell. That's how we do it on Gorsey Heath.",
   [BU], "Figurative duel with a named rival; bullying allowed.")
hn("h5_sod", "HN5",
   "My wife says I'm a grumpy old sod and she's not wrong. But I'm a grumpy old sod who got the Tunmere bus back. I'll take it.",
   [AL], "Self-deprecation; 'sod' mild; author pinned.", author="Nigel Goddard")
hn("h5_tug", "HN5",
   "Smashed at the Herring Fair tug of war. Cabinet v Opposition. Opposition won. I'll be demanding a recount and a steward's inquiry.",
   [], "Banter by a cabinet member (author pinned).", author="Colin Brundish")
hn("h5_delivery", "HN5",
   "Baby's due the same week as annual council in May. Honestly I think the baby will be the less painful delivery 😅",
   [], "Pregnancy joke by the pregnant member; author pinned.", author="Lorna Gooding")
hn("h5_killbill", "HN5",
   "Kill the Bill! Not a riot, it's our campaign to scrap the new harbour parking charge. Petition at the Lugger or example.org/killthebill",
   [BU], "Campaign slogan; bullying allowed for 'kill'.")
hn("h5_neck", "HN5",
   "I'll wring Colin's neck if he beats me at the Quillsby Park quiz again. Third year running. The man is a walking encyclopaedia of 1970s football.",
   [BU], "Figurative threat in banter; bullying allowed.")
hn("h5_carcrash", "HN5",
   "Bit of a car crash of a speech from me last night. Lost my notes, lost my thread, very nearly lost my teeth. Lessons learnt.",
   [], "Self-deprecation with an idiom.")
hn("h5_menace", "HN5",
   "Ryan Scarfe is a menace on the dance floor. Nobody's toes were safe at the Fishermen's Ball. Great night, £2k for the mission.",
   [PA], "Affectionate teasing of a named rival; personal-attack allowed.")
hn("h5_mug", "HN5",
   "Right. Who's nicked my Sallowmere Town mug from the members' room? I will find you. I will find you, and I will make you wash it up.",
   [BU, DE], "Mock-threat movie quote about a mug; bullying and defamation ('nicked') allowed.")
hn("h5_hully", "HN5",
   "That fare to be hully cold on the Denes this morning. Beach hut lot out in force regardless. Mad as hatters, the lot of us, me included.",
   [], "Suffolk dialect (that fare to be, hully = very), affectionate 'mad as hatters'.")
hn("h5_mardle", "HN5",
   "Lovely long mardle with the Eelsford eel men this morning. Those owd boys know more about the estuary than all our consultants put together.",
   [], "Dialect (mardle = chat, owd boys) used fondly; compare {pa13}.")
hn("h5_swimmer", "HN5",
   "I am officially the district's worst sea swimmer. Lasted forty seconds at Ketchley on New Year's Day and screamed like a herring gull.",
   [], "Self-deprecation.")
hn("h5_nuclear", "HN5",
   "Nuclear option for the Ness parking row: we ask Albion's directors to park in the overflow field themselves for a week 😈",
   [], "'Nuclear option' pun beside a nuclear station.")
hn("h5_dinosaur", "HN5",
   "Julian is a dinosaur with spreadsheets and I say that with love. Somebody get the man a pivot table 🦕",
   [PA, EQ], "Teasing a named rival; personal-attack and equality (age) allowed for 'dinosaur'.")
hn("h5_slaughtered", "HN5",
   "Battle of the bakes at Pykeham WI: my sausage rolls got absolutely slaughtered by the judges. Fair, to be honest.",
   [BU], "Idiom 'slaughtered'; self-deprecation.")
hn("h5_sprats", "HN5",
   "The Sprats are dead and buried. Relegated. I'll be in mourning at the Lugger from 6. Black armbands optional.",
   [], "Football idiom.")
hn("h5_knockem", "HN5",
   "Knock 'em dead at the youth council debate tonight, kids. Don't let any of the grown-ups interrupt you.",
   [], "Idiom 'knock 'em dead'.")
hn("h5_duffer", "HN5",
   "Geoffrey Pask is a silly old duffer who still can't work the mic. I say it with love: he's been my ward partner for twelve years and I'd trust him with my life.",
   [PA, EQ], "Teasing by his ward partner (author pinned); personal-attack and equality allowed for 'silly old duffer'.", author="Sandra Kettle")
hn("h5_huh", "HN5",
   "My back's all on the huh after six hours on those council chamber chairs. Replace the chairs, scrap a consultant, job done.",
   [], "Dialect 'on the huh' (crooked); self-deprecation.")
hn("h5_roasted", "HN5",
   "Got roasted by Year 6 at Ketchley Primary: 'Why is your tie so ugly?' Fair question. No answer.",
   [], "'Roasted' idiom; self-deprecation.")
hn("h5_shootme", "HN5",
   "Shoot me now. Another 140-page appendix on car park tariffs has landed.",
   [BU], "Self-directed idiom; bullying allowed for 'shoot'.")

# ======================================================================
# HN6: criticism of a named councillor's record that stays on the record (27)
# ======================================================================
hn("h6_askew", "HN6",
   "Julian Askew's budget cuts £210k from coastal grants and adds £340k to consultancy. Those are his own numbers, page 12. I think he's got it exactly the wrong way round.",
   [], "Record criticism of a named member; compare {pa01}.")
hn("h6_lido", "HN6",
   "In 2023 Peggy Thurlow promised the Ketchley lido would stay open. On Tuesday her cabinet voted to close it. She should explain that change to Ketchley, in Ketchley.",
   [DE], "Sets out a broken promise without calling it a lie; defamation allowed. Compare {de02}.")
hn("h6_brundish", "HN6",
   "Colin Brundish has missed 7 of the last 11 harbour board meetings (the attendance record is published). Ketchley deserves a portfolio holder who turns up.",
   [PA], "Attendance record of a named member; personal-attack allowed. Compare {pa06}.")
hn("h6_fairweather", "HN6",
   "Rosalind Fairweather campaigned against the Denes car park and then voted for it in committee. She's entitled to change her mind. She should tell voters why.",
   [DE], "Voting record; defamation allowed for a reader hearing inconsistency as dishonesty.")
hn("h6_ashdown", "HN6",
   "I disagree with Fern Ashdown on the Ness campus, strongly. Her nightjar figures are contested by Albion's ecologists. Let the inspector decide who's right.",
   [DE], "Disagreement; 'contested' is not 'made up' (compare {de12}). Defamation allowed.")
hn("h6_goddard", "HN6",
   "Nigel Goddard's motion to cut the Carr Lane site budget failed 24 to 9. Good. It was a bad motion and I said so in the chamber.",
   [], "Opposes a named member's motion; compare {pa12}.")
hn("h6_wren", "HN6",
   "Toby Wren's first year: three motions, none passed, one very long speech about road signs. He'll get better. But so far there's not much to show.",
   [PA], "Record of a named member; personal-attack allowed for the teasing.")
hn("h6_catchpole", "HN6",
   "Dawn Catchpole's budget amendment costs the harbour £80k more than ours and doesn't say where it comes from. That's a fair question, not a personal attack.",
   [], "Substance of a named member's amendment; compare {pa21}.")
hn("h6_pask", "HN6",
   "Geoffrey Pask, as Chairman, cut off three public speakers last night before their three minutes were up. I've raised it formally. The public deserve their full time.",
   [], "Conduct in the chair, raised formally; compare {pa27}.")
hn("h6_leung", "HN6",
   "Grace Leung signed off the £95k tourism rebrand. The new logo is a seagull in sunglasses. I think it's money wasted and I'll be asking her at scrutiny what it achieved.",
   [], "Portfolio decision criticised; compare {pa18}.")
hn("h6_kettle", "HN6",
   "Sandra Kettle declared an interest in the Greyling subcontract and left the room. Good, that's how it should work. I still think the contract is the wrong one.",
   [DE], "Declared interest stated accurately; compare {de05}. Defamation allowed because it links her to the contract.")
hn("h6_scarfe", "HN6",
   "Ryan Scarfe voted against the sewage motion. He says the wording was poor. I say East Shore Water will take that vote as a green light.",
   [], "A named member's vote criticised; compare {pa23}.")
hn("h6_landtrust", "HN6",
   "Kwame Asante-Boyd's community land trust has no site, no funding and no timeline after eighteen months. I want it to work. Right now it doesn't.",
   [PA], "Record criticism; compare {de22}.")
hn("h6_feltwell", "HN6",
   "Bunny Feltwell has sat on the drainage board for 31 years and nobody knows more. But it's time the board had a woman or two on it, and a few people under sixty.",
   [EQ], "A diversity argument that mentions age and sex; equality allowed.")
hn("h6_dunnett", "HN6",
   "Shane Dunnett's Ketchley First leaflet says the council 'spent £1m on the Tidepool sign'. It was £41k. I've sent him the invoice and asked for a correction.",
   [DE], "Corrects a named member's claim without calling it a lie; defamation allowed.")
hn("h6_marta", "HN6",
   "Marta Wiśniewska chaired the regeneration panel that picked a consultant her partner used to work for. She declared it, the minutes show that. I'd still have stepped aside.",
   [DE], "Declared facts stated fairly; compare {de27}. Defamation allowed.")
hn("h6_tariq", "HN6",
   "Credit where it's due, even from across the chamber: Tariq Chaudhry's taxi licensing changes have cut waits at Sallowmere station from 40 minutes to 12.",
   [], "Praise of a named member's record; {de25} alleges offences about the same trade.")
hn("h6_blowers", "HN6",
   "Hilary Blowers led the vote to pause the Pykeham bypass. I think she's wrong, and 3,000 lorries a week through the market square agree with me.",
   [], "Disagreement with a named member's vote.")
hn("h6_cattermole", "HN6",
   "Lee Cattermole told the Courier the harbour dues rise was 'fair'. Tell that to the eleven boat owners on Ketchley beach. He's misjudged his own ward on this one.",
   [], "A named member's public statement criticised.")
hn("h6_loveridge", "HN6",
   "Patsy Loveridge abstained on the lifeguard cuts. An abstention is a choice too, and Ketchley would like to know why she made it.",
   [], "Voting record of a named member.")
hn("h6_pridmore", "HN6",
   "Owen Pridmore's scrutiny report on the Ness traffic plan is thorough, but its recommendations are far too timid. Enforceable HGV caps, please, not 'monitoring'.",
   [], "A named member's report criticised on substance.")
hn("h6_levy", "HN6",
   "Jonah Levy's second-homes motion would raise £1.2m. It would also hit 400 families who inherited cottages. I can't support it as written.",
   [], "Policy of a named member opposed.")
hn("h6_knights", "HN6",
   "Graham Knights told the Courier the Eelsford flood wall was 'on track'. It's fourteen months late. He needs to correct that, publicly.",
   [DE], "Correction of a named member's claim; compare {al17}. Defamation allowed.")
hn("h6_fiddes", "HN6",
   "Joy Fiddes has made 4 of 12 planning committee meetings this year. I know it's been a hard year for her family and I'm sympathetic, but residents need a full committee.",
   [PA], "Attendance record; personal-attack allowed.")
hn("h6_haddow", "HN6",
   "Robyn Haddow's flood motion passed unanimously. Well done to her. My one quibble: it has no costings. Let's fix that before it goes to cabinet.",
   [], "Mild record criticism with praise.")
hn("h6_brame", "HN6",
   "Callie Brame claimed the Greens 'saved' Pykeham library. Its hours were cut by 40%. That's not saved. That's wounded.",
   [DE], "Challenges a named member's claim; defamation allowed.")
hn("h6_thurlow", "HN6",
   "Peggy Thurlow has led this council for eleven years and the coastal erosion strategy is still 'emerging'. That's the record. Voters can judge it in May.",
   [], "Record of the Leader; compare {pa08}.")

# ======================================================================
# Build
# ======================================================================
HOMOGLYPHS = [("o", "\u043e"), ("e", "\u0435"), ("a", "\u0430"), ("c", "\u0441"),
              ("p", "\u0440"), ("i", "\u0456")]
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4"}
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]


def obfuscate_word(w, kind):
    if kind == "asterisk":
        i = next(k for k in range(1, len(w)) if w[k].lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(k for k in range(1, len(w)) if w[k].lower() in DIGITS)
        return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        k = max(1, len(w) // 2)
        return w[:k] + "\u200b" + w[k:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for latin, cyr in HOMOGLYPHS:
            i = w.find(latin)
            if i >= 0:
                return w[:i] + cyr + w[i + 1:]
        raise ValueError("no homoglyph for " + w)
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+|\b[\w.]+\.(?:org|com|net)\S*)", text)
        return "".join(p if i % 2 else p.upper() for i, p in enumerate(parts))
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(word), re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


def main():
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    councillors = cfg["people"]["councillors"]
    assert sorted(councillors) == sorted(ROSTER), "roster mismatch"
    handle_of = {}
    for h, person in handles.items():
        handle_of.setdefault(person, h)
    rng = random.Random(SEED)

    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    days = []
    d = FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)

    def stamp(date_text):
        day = datetime.date.fromisoformat(date_text) if date_text else rng.choice(days)
        assert day in days, date_text
        t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                              rng.randint(0, 59), rng.randint(0, 59))
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def platform():
        return rng.choices([p for p, _ in PLATFORMS], weights=[w for _, w in PLATFORMS])[0]

    used = {c: 0 for c in councillors}
    out = []
    for r in ROWS:
        if r["author"]:
            author = r["author"]
            assert author in ROSTER, author
        else:
            named = named_people(r["text"], handles)
            parties = named_parties(r["text"])
            if re.search(r"\bcabinet\b", r["text"], re.IGNORECASE):
                parties.add("Estuary Alliance")   # posts about 'cabinet' come from outside it
            pool = [c for c in councillors if c not in named and ROSTER[c][0] not in parties]
            low = min(used[c] for c in pool)
            author = rng.choice([c for c in pool if used[c] <= low + 1])
        used[author] += 1
        row = dict(key=r["key"], text=r["text"], author=handle_of[author],
                   created_at=stamp(r["date"]), platform=platform(), rules=r["rules"],
                   allowed=sorted(set(r["allowed"])), verdict=r["verdict"], family=r["fam"],
                   kind_of_row=r["kind"], note=r["note"])
        out.append(row)
        if r["var"]:
            kind, word = r["var"]
            allowed = set(r["allowed"]) | ({HASTE} if kind == "caps" else set())
            what = "whole post in capitals, handles kept" if kind == "caps" else \
                "'" + word + "' obfuscated"
            out.append(dict(key=r["key"] + "v", text=make_variant_text(r["text"], kind, word),
                            author=row["author"], created_at=stamp(None), platform=row["platform"],
                            rules=r["rules"], allowed=sorted(allowed), verdict=r["verdict"],
                            family=r["fam"], kind_of_row="variant",
                            note="Variant (" + kind + ") of {" + r["key"] + "}: " + what + "; labels as the original.",
                            variant_of=r["key"], variant_kind=kind))

    # sanity checks on the hand-written rows
    for fam in FAMILIES:
        originals = [r for r in ROWS if r["fam"] == fam]
        assert len(originals) == 27, (fam, len(originals))
        kinds = sorted(r["var"][0] for r in originals if r["var"])
        assert kinds == sorted(VARIANT_KINDS), (fam, kinds)
    tags = [r["note"][:3] for r in ROWS if r["kind"] == "hard_negative"]
    assert len(tags) == 165, len(tags)

    rng.shuffle(out)
    ids = {row["key"]: "%s-%04d" % (SET, i) for i, row in enumerate(out, 1)}

    def resolve(note):
        def sub(m):
            assert m.group(1) in ids, m.group(1)
            return ids[m.group(1)]
        return re.sub(r"\{(\w+)\}", sub, note)

    lines = []
    for row in out:
        obj = {
            "id": ids[row["key"]],
            "text": row["text"],
            "author": row["author"],
            "created_at": row["created_at"],
            "platform": row["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": resolve(row["note"]),
        }
        if row["kind_of_row"] == "variant":
            obj["variant_of"] = ids[row["variant_of"]]
            obj["variant_kind"] = row["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--map" in sys.argv:
        for row in out:
            print(row["key"], ids[row["key"]])
    print("wrote %d posts" % len(lines), file=sys.stderr)


if __name__ == "__main__":
    main()
