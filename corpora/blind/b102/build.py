"""Blind evaluation set b102 (abuse): Wherrymere and Fenlode District Council.

Every row below was written by hand for this set. The script after the rows is
deterministic (fixed seed): it reads the roster from council.toml, picks authors,
platforms and timestamps, makes the obfuscated variants, shuffles, gives ids
B102-0001 onward, turns {row keys} in notes into ids and writes posts.jsonl.

    python build.py          # writes posts.jsonl (same bytes every run)
    python build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 10202
PREFIX = "B102"

RULE = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "df": "defamation.allegation",
    "of": "officers.impartiality",
    "ir": "tone.irony-risk",
    "ha": "haste.pause-before-posting",
    "dp": "data-protection.personal-data",
    "sc": "security.credentials",
    "ia": "position.improper-advantage",
    "pd": "predetermination.closed-mind",
    "gi": "gifts.hospitality",
    "me": "meetings.during-meeting",
}
FAMILY = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "df": "defamation.allegation",
}
# lowest severity each expected rule can carry (for the default verdict)
MIN_SEV = {"pa": "review", "ab": "review", "bu": "block", "eq": "block", "df": "review",
           "of": "review", "ir": "advice", "ha": "advice", "dp": "review", "sc": "block",
           "ia": "review", "pd": "review", "gi": "advice", "me": "advice"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []


def P(key, text, rules, allowed="", verdict=None, note="", date=None):
    """A positive row; its family comes from the key prefix."""
    fam = key[:2]
    rl = rules.split()
    if verdict is None:
        verdict = max((MIN_SEV[r] for r in rl), key=ORDER.index)
    ROWS.append(dict(key=key, text=text, rules=[RULE[r] for r in rl],
                     allowed=[RULE[a] for a in allowed.split()], verdict=verdict,
                     family=FAMILY[fam], kind_of_row="positive", note=note,
                     pin=None, date=date))


def H(key, group, text, allowed="", note="", pin=None, date=None):
    """A hard negative row: expects nothing, verdict ok."""
    ROWS.append(dict(key=key, text=text, rules=[], allowed=[RULE[a] for a in allowed.split()],
                     verdict="ok", family="hard_negative", kind_of_row="hard_negative",
                     note=f"HN{group} {note}", pin=pin, date=date))


# ---------------------------------------------------------------- personal attack
P("pa01", "@GrahamCushionWP stood up at budget council and read out a speech his officers wrote for him, word for word. Couldn't even say 'precept'. Ole boy's got the brains of a dodman. Bless him.",
  "pa", "ir", note="'brains of a dodman' (snail) at a named member; 'Bless him' as a sneer allows irony.")
P("pa02", "Derek Spall is the most spineless man ever to sit in that chamber. Folds like a deckchair the minute the Leader look at him.",
  "pa", note="'spineless' at a person; HN1 {h1_03} calls a decision spineless.")
P("pa03", "Hold yew hard, did Brian Howlett really just call residents 'NIMBYs'? From a man who hent read a planning report in his life. What a pompous little clown.",
  "pa", note="'pompous little clown' at the chair of planning; the dialect opener is shared with many hard negatives.")
P("pa04", "Naomi Leverton talk more squit than the whole of her group put together, and thass saying suffin. Woman's a walking foghorn with nothing inside.",
  "pa", note="'squit' (nonsense) plus 'walking foghorn with nothing inside' at a person; HN1 {h1_04} calls a report squit.")
P("pa05", "Tunde Bakare sits up and begs every time his group leader whistle. Good boy, Tunde. Roll over. 🐶",
  "pa", "ir", note="Dog imagery, no insult word; 'Good boy' mock praise allows irony.")
P("pa06", "Congratulations to @StaceyGoldspink on her first ever question at full council. Only took her two years and a crib sheet. A true titan of debate. 👏👏",
  "pa ir", note="Mock congratulation: irony expected.")
P("pa07", "Our Chief Executive is a useless, overpaid stuffed shirt who couldn't run a whelk stall on Staithe End quay.",
  "pa of", note="Insult at an officer by role: officers expected.")
P("pa08", "That Sophie Girling in planning is the most incompetent officer I have dealt with in twenty years. Clueless. Every report she write is on the huh.",
  "pa of", note="Named officer; 'on the huh' (askew) is dialect, shared with HN6 {h6_21} and HN5 {h5_07}.")
P("pa09", "@PhilRixWI yew are a gutless wonder and everybody in the Washlands know it.",
  "pa", note="Short second-person insult by handle.")
P("pa10", "Colin Mayes is a nasty, spiteful, worthless excuse for a man. Cutwell Fen deserve better than that festering heap.",
  "pa", verdict="block", note="Severe dehumanising attack ('worthless excuse for a man', 'festering heap'): block.")
P("pa11", "If Trevor Yaxley fell off Drainby staithe tomorrow I don't reckon one soul in Reedsham would bother chucking him a rope.",
  "pa", "bu", verdict="block", note="Wishes him harm rather than threatening it: personal-attack block, bullying allowed.")
P("pa12", "Janet Bloomfield wear that chain like she was born to it. Shame she's thick as a clay dyke bank.",
  "pa", note="'thick as a clay dyke bank' at the Mayor.")
P("pa13", "Somebody tell @SamKerrison that being 24 and shouting a lot ent the same as having a clue. Silly little boy.",
  "pa", "eq", note="'Silly little boy' at a young member; the age mention allows equality but the attack is on his conduct. Compare {eq24}.")
P("pa14", "Maureen Gotts, bless her, has been on the council since afore decimal and hent had an original thought since then neither. Dozy ole mawther.",
  "pa", "eq ir", note="'Dozy ole mawther' uses the dialect word as a put-down (HN4 {h4_21} uses it fondly); the tenure hint allows equality (age).")
P("pa15", "Peggy Thurlow is a bully in a twinset and everybody in the Wherry Party is too frit of her to say so.",
  "pa", note="Calls the Leader a bully; opinion name-calling, not an allegation of a specific act.")
P("pa16", "Well done @JennyWongGR, another motion with nothing in it. Must be ever so tiring being that pointless.",
  "pa ir", note="Mock praise ('Well done') then 'that pointless'.")
P("pa17", "Kelly Mayhew: two-faced, sly as a fox in a hen house, and about as much use as a chocolate teapot.",
  "pa", note="Stacked idioms as insults at a named member.")
P("pa18", "Philip Rix is a weasel. Always has been. Slides up to yew in the Eel & Punt all smiles and then knifes yew at committee.",
  "pa", "bu", note="'weasel'; 'knifes yew' is figurative backstabbing (bullying allowed).")
P("pa19", "Honestly @OwenFiskeDL, yew are a sanctimonious prig and the whole chamber groan when yew stand up.",
  "pa", note="Insult at a handle; nothing touches his autism (compare {eq22}).")
P("pa20", "The Head of Waste at this council is a jumped-up jobsworth with a clipboard and no brain. Sack him.",
  "pa of", note="Officer by role.")
P("pa21", "Lucy Brighty's speech on the Maltings Quay was drivel from start to finish. She's an airhead, and a gobby one at that.",
  "pa", note="'airhead', 'gobby' at a member; 'drivel' about the speech alone would be criticism.")
P("pa22", "Arthur Thrower is a silly ole fool who should've been put out to grass years ago.",
  "pa", "eq", note="'put out to grass' hints at age (equality allowed); HN5 {h5_10} teases the same member fondly.")
P("pa23", "@HarjitSandhuFF what a smug, self-satisfied, preening peacock yew are. Get over yourself, bor.",
  "pa", note="'bor' (neighbour, mate) on the positive side.")
P("pa24", "Imagine being as dim as Graham Cushion and still being trusted with a £90m budget. Thass a rum 'un, that is.",
  "pa", note="'dim' at a member; 'that's a rum 'un' also in HN5 {h5_07}.")
P("pa25", "Tomas Jankauskas is a humourless little busybody who treat every committee like he's the headmaster.",
  "pa", note="Insult with no reference to his Lithuanian birth (compare {eq03}).")
P("pa26", "Derek Spall, yew are a waste of a seat and a waste of an allowance. Go home and stay there.",
  "pa", note="'waste of a seat' at a member; 'Go home' here means give up, not a racial trope.")
P("pa27", "Ellie Bunting is a hypocrite and a show-off. Rails about cars then drives to every meeting in a Volvo.",
  "pa", note="Name-calling; 'hypocrite' is not an allegation of dishonesty or crime.")
P("pa28", "@NasreenAkhtarFF is a professional moaner. Nobody in Reedsham can remember her doing one useful thing. Not one.",
  "pa", note="Belittling a member; no reference to her faith (compare {eq11}).")
P("pa29", "Brian Howlett couldn't chair a bus queue. Tonight's committee was a shambles and he was the biggest joke in it. Muppet.",
  "pa", note="'Muppet', 'biggest joke' at the chair; HN1 {h1_18} criticises the same meeting's chairing without insult.")
P("pa30", "What a drip @TundeBakareFF is. Wet as the Washlands in February and twice as dreary.",
  "pa", note="Weather idiom as an insult.")
P("pa31", "Phil Rix's contribution tonight was pure NFN. Normal for Norfolk, bor, and I say that as a Norfolk boy.",
  "pa", "eq", note="'NFN' was doctors' slang implying inbreeding or low intelligence; at a person it is an insult, equality allowed. HN5 {h5_22} uses it of oneself, HN2 {h2_21} asks people to drop it.")
P("pa32", "Naomi Leverton gave the best speech of her career tonight. By which I mean she sat down early. 🙄 #WherrymereCouncil",
  "pa ir", note="Mock praise.")
P("pa33", "Our Monitoring Officer is a spineless yes-woman who'll rule whichever way the Leader want her to.",
  "pa of", "df", note="Officer by role; the partiality hint allows defamation.")
P("pa34", "Stacey Goldspink has the attention span of a gnat. Spent the whole of scrutiny on her phone. Clueless mawther.",
  "pa", note="'Clueless mawther' as a put-down; her pregnancy is not touched (compare {eq32}).")

# ---------------------------------------------------------------- abusive language
P("ab01", "The new bin rota is a total shitshow. Sluicegate Services couldn't organise a piss-up in a brewery. Hold yew hard till Thursday, bor, your bin might get done.",
  "ab", "pa", note="Obscenity at a service and a company; HN1 {h1_01} makes the same complaint cleanly.")
P("ab02", "Graham Cushion, yew absolute bellend. £2m on consultants and yew're shutting the lido?",
  "ab pa", note="Obscene insult at a person; HN1 {h1_02} makes the same budget point.")
P("ab03", "This budget is bollocks from top to bottom. Every line of it.",
  "ab", note="Obscenity at a budget.")
P("ab04", "Sorry but @BrianHowlettWP is a complete knobhead. Nobody else would've waved through a car park on the huh like that.",
  "ab pa", note="Obscene insult at a handle.")
P("ab05", "Christ on a bike, the Maltings Quay report is 400 pages of fucking squit. Who wrote this crap?",
  "ab", "pa", note="Obscenity at a report; 'Who wrote this' is a whoever (personal-attack allowed). HN1 {h1_04} has '400 pages of squit' without it.")
P("ab06", "Staithe Homes are a bunch of greedy bastards. Mould in every flat at Sedge Court and they put the rents up.",
  "ab", "pa", note="Obscenity at a housing association; HN1 {h1_05} reports the same landlord.")
P("ab07", "Peggy Thurlow, yew are a cunt and everybody in this chamber know it.",
  "ab pa", "me", verdict="block", note="The c-word at a named member: block. 'in this chamber' may read as posted from a meeting (meetings allowed).")
P("ab08", "The directors of Pelham Carr Homes are vile, festering scumbags and I hope every one of 'em chokes on their bonus.",
  "ab", "pa bu", verdict="block", note="Severe abuse at unnamed directors with a wish of harm: block; personal-attack and bullying allowed.")
P("ab09", "Derek Spall talk out of his arse about housing. Every single time.",
  "ab", "pa", note="Obscenity at what someone says: personal-attack only allowed.")
P("ab10", "Who the hell signed off this bloody road layout at Drainby? It's a complete bollocks of a junction.",
  "ab", "pa", note="At a road layout; 'who signed off' is a whoever.")
P("ab11", "@TrevYaxley shut your fat gob, yew pillock.",
  "ab pa", note="Short obscene insult at a handle.")
P("ab12", "The Fen Clarion is a shit rag. Wouldn't line the budgie's cage with it.",
  "ab", "pa", note="At a newspaper; HN1 {h1_12} criticises its coverage.")
P("ab13", "Stop talking shite about the Eels' ground, @KellyMayhewFF. Yew hent been to a match in your life.",
  "ab", "pa", note="Obscenity at what she says.")
P("ab14", "This new parking app is a piece of shit. Took me twenty minutes to pay for ten minutes on the buttercross.",
  "ab", note="At an app; HN1 {h1_08} is the same complaint without the obscenity.")
P("ab15", "Pissed off doesn't cover it. Cutwell library shut AGAIN because the heating's knackered. Sort your shit out, Wherrymere.",
  "ab", "pa ha", note="At the council; one capitalised word (haste allowed).")
P("ab16", "Colin Mayes is a lying little shit.",
  "ab pa df", note="'lying' at a person also expects defamation.")
P("ab17", "Tomas Jankauskas is a sanctimonious twat.",
  "ab pa", note="Obscene insult at a named member.")
P("ab18", "What a shit meeting. Three hours of arse-covering and not one decision.",
  "ab", note="At a meeting, after the event; HN1 {h1_18} says it cleanly.")
P("ab19", "The Wherry Party cabinet can shove their 'Fen Futures' strategy where the sun don't shine. Utter crap.",
  "ab", "pa", note="At a strategy and the cabinet as a body; HN1 {h1_19} 'squit dressed up as a plan'.")
P("ab20", "Owen Fiske, yew smug prick. Votes against the food bank grant and then posts a photo at the food bank?",
  "ab pa", note="Obscene insult at a named member.")
P("ab21", "Jeez, whoever designed the new Reedsham bus shelters is a complete and utter dickhead. No roof. In the Fens. In January.",
  "ab", "pa", note="At 'whoever' designed them.")
P("ab22", "Ellie Bunting can piss off back to her allotment and leave the grown-ups to run things.",
  "ab pa", note="Obscene dismissal of a named member; nothing about her being trans (compare {eq30}).")
P("ab23", "The pothole 'repair' on Windmill Drove is a fucking joke. Tarmac's already on the huh.",
  "ab", note="At a repair.")
P("ab24", "Philip Rix, yew are a gobshite. A loud, boring gobshite.",
  "ab pa", note="Obscene insult at a named member.")
P("ab25", "Fen Forward's leaflet is a load of old bollocks, bor. Every number on it is made up.",
  "ab", "pa df", note="At a party's leaflet; 'made up' allows defamation. HN1 {h1_07} corrects the same figure.")
P("ab26", "Honestly @JennyWongGR yew silly cow, read the report afore yew open your mouth.",
  "ab pa", "eq", note="'silly cow' is gendered (equality allowed).")
P("ab27", "Sedge Court is a shithole and Staithe Homes should be ashamed of theirselves.",
  "ab", "pa", note="At a block of flats and its landlord; HN1 {h1_21} says the same cleanly.")
P("ab28", "Arthur Thrower is a miserable old git.",
  "ab pa", "eq", note="'old git' (equality allowed for 'old').")
P("ab29", "Can't believe we paid for this shit. New council website, £180k, and yew still can't find the bin dates.",
  "ab", note="At a website; HN1 {h1_11} is the clean version.")
P("ab30", "Sam Kerrison is a jumped-up little arsehole.",
  "ab pa", "eq", note="'little' at the youngest member (equality allowed).")
P("ab31", "The Staithe Fund scoring is a load of wank. Nobody can explain it.",
  "ab", note="At a scoring scheme; HN1 {h1_15} is the clean version.")
P("ab32", "Nasreen Akhtar, yew are a pain in the arse and always have been.",
  "ab pa", note="Obscene insult at a named member.")
P("ab33", "Bollocks from @GrahamCushionWP again on the reserves. Yar, course they're 'healthy', Graham. 🙄",
  "ab", "pa ir", note="Obscenity at what he said; 'Yar, course' sarcasm allows irony.")
P("ab34", "Bloody hell, the gritter sat in Drainby depot all night while the Lodeham road froze solid. Total shitshow.",
  "ab", note="At a service; HN1 {h1_14} is the clean version.")

# ---------------------------------------------------------------- bullying
P("bu01", "Keep pushing the Sedge Court sell-off, Derek Spall, and I'll knock your teeth so far down your throat yew'll be chewing with your arse.",
  "bu", "pa ab", note="[explicit] threat of violence.")
P("bu02", "I know where yew live, @NaomiLevertonFF. Reedsham ent that big.",
  "bu", note="[explicit] 'I know where you live'.")
P("bu03", "If Brian Howlett wave the Windmill Drove scheme through I'll personally chuck him in the Lode. Promise.",
  "bu", "pa pd", note="[explicit] threat of violence over a pending application (predetermination allowed).")
P("bu04", "Yew'll regret this, @ColinMayesCF. I'll make sure of it.",
  "bu", note="[explicit] 'you'll regret'; HN5 {h5_19} has 'revenge' in a table-tennis joke.")
P("bu05", "Tunde Bakare better not show his face in the Eel & Punt. He'll be leaving in an ambulance.",
  "bu", "pa", note="[explicit] threat of violence.")
P("bu06", "Sophie Girling, change that recommendation on Windmill Drove or I will make your working life hell. Every day. I mean it.",
  "bu of", "pd", note="[explicit] threat at a named planning officer to change a report.")
P("bu07", "Somebody should give @SamKerrison a proper hiding and I'd happily hold their coat.",
  "bu", "pa", note="[explicit] incitement; HN5 {h5_05} 'a proper hiding' is a football score.")
P("bu08", "I'll put every window in that office of yours through, Graham Cushion, if the lido shuts.",
  "bu", note="[explicit] threat of criminal damage.")
P("bu09", "Lucy Brighty, one more word about my ward and I'll tip yew and that chair straight in the dyke.",
  "bu", "eq pa", note="[explicit] threat; the wheelchair is in it (equality allowed).")
P("bu10", "To whoever reported me to the Monitoring Officer: I'll find out who yew are and yew'll wish yew never had. Witnesses an' all.",
  "bu", note="[explicit] threat at complainants and witnesses.")
P("bu11", "Kelly Mayhew want a slap. A proper one. And if I see her at the buttercross Saturday she might get one.",
  "bu", "pa", note="[explicit] threat of violence.")
P("bu12", "Nice house yew've got on Marsh Loke, @PhilRixWI. Be a shame if anything happened to it while yew're at committee.",
  "bu", "dp", note="[veiled] home street (data protection allowed). HN2 {h2_11} is his reply.")
P("bu13", "Long dark drove home to the Washlands, Maureen. Hope them headlights are working. 😉",
  "bu", note="[veiled] menace by innuendo; the first name alone identifies Maureen Gotts.")
P("bu14", "@OwenFiskeDL keep on like this, bor, and yew'll be doing a lot more than dudderin'. Yew know what I mean.",
  "bu", note="[veiled] 'dudder' (shiver, tremble) as a threat; HN5 {h5_08} and {h5_13} use it of the cold.")
P("bu15", "Funny ole place, the Fens. Water everywhere. Folk go missing. Just saying, @EllieBuntingGR.",
  "bu", note="[veiled] menace with no threat word.")
P("bu16", "Tell Jenny Wong that chip shop on the quay would go up like a bonfire if anybody was careless. Not that I'm saying suffin. Just be careful, like.",
  "bu", "eq", note="[veiled] arson hint at a Chinese family's business (equality allowed).")
P("bu17", "Joe Lovell's van is parked up at Drove End most nights. Long way from anywhere, that site. Anything could happen to a van out there.",
  "bu", "eq", note="[veiled] threat at a Romany member's van (equality allowed).")
P("bu18", "Hope yew sleep well, @GrahamCushionWP. I'd sleep with one eye open if I was yew, bor.",
  "bu", note="[veiled] 'sleep with one eye open'; HN5 {h5_08} 'Sleep tight, Washlands'.")
P("bu19", "Harjit Sandhu's kids go to Lodeham Primary, don't they. Wonder if they know what their dad's been voting for.",
  "bu", "dp", note="[veiled] children's school (data protection allowed).")
P("bu20", "Stacey Goldspink gets the 5.40 bus back to Staithe End every Tuesday after scrutiny. Just so folk know.",
  "bu", "dp", note="[veiled] route and time (data protection allowed).")
P("bu21", "Careful, @NasreenAkhtarFF. Yew never know who's walking behind yew on the Reedsham Road of a night.",
  "bu", "eq", note="[veiled] menace; the road is where the mosque is (equality allowed).")
P("bu22", "Everybody ring Carl Nudd at home and tell him what yew think: 07700 900517. Keep ringing till he pick up. All night if yew have to.",
  "bu", "dp sc", note="[pressure] private number published to organise harassment (drama-range number); data protection and credentials allowed. HN2 {h2_12} condemns such a post.")
P("bu23", "I've got a video of Owen Fiske having a meltdown in the members' room. Anyone want it? DM me. Let's see how he like being famous.",
  "bu", "eq pa", note="[pressure] offering humiliating footage of an autistic member (equality allowed).")
P("bu24", "Let's all get down to full council Thursday and jeer Arthur Thrower every time he stand up. Make the ole boy dudder. Fill the gallery!",
  "bu", "eq pa", note="[pressure] organised humiliation of an 81-year-old member (equality allowed).")
P("bu25", "Funny how Drainby's ward budget might come up short this year if certain Fen Forward members don't back the cabinet. Think on.",
  "bu", "ia", note="[pressure] coercion with ward money (improper advantage allowed).")
P("bu26", "The Eel & Punt licence review come up next month. Landlord might want to think about whose posters he let in his window.",
  "bu", "ia", note="[pressure] a licensing review as leverage (improper advantage allowed).")
P("bu27", "I sit on the allocations panel. Anyone at Sedge Court signing that petition against me might want to remember that.",
  "bu", "ia", note="[pressure] misuse of a council role against tenants (improper advantage allowed).")
P("bu28", "To the residents who complained about me to Standards: your names will be read out at the next Cutwell Fen residents' meeting so everybody know who the grasses are.",
  "bu", "dp", note="[pressure] exposing complainants (data protection allowed).")
P("bu29", "To the planning officer writing up Windmill Drove: I'll be taking your report apart line by line in public, and your last three, and copying in your boss every time, until yew get it right.",
  "bu of", "pd", note="[pressure] a public campaign to make an officer change a report; predetermination allowed.")
P("bu30", "Let's make @MayorJanetB's Facebook so busy she can't keep up. Everybody comment on every post she's ever made. Every one. Till she pack it in.",
  "bu", note="[pressure] organised pile-on.")
P("bu31", "Tag @EllieBuntingGR in this a hundred times a day till she resign. Don't stop. She'll crack.",
  "bu", note="[pressure] organised harassment to force a resignation.")
P("bu32", "Photo of Nasreen Akhtar asleep in committee going up on every noticeboard in Reedsham tomorrow. Laminated. Let's see her live that down.",
  "bu", "pa", note="[pressure] humiliation.")
P("bu33", "Anyone who want anything from this council in future might want to think about whose leaflets they're delivering in Cutwell Fen. Just saying. I've got a list.",
  "bu", "ia", note="[pressure] threat of withholding council help (improper advantage allowed).")
P("bu34", "Dawn Lake in licensing: if the Eel & Punt lose their late licence I'll be raising your 'performance' at every committee till yew're gone.",
  "bu of", "ia", note="[pressure] threat to a named officer's job over a licensing decision.")

# ---------------------------------------------------------------- equality
P("eq01", "Drainby used to be an English town. Now it's all Lithuanian shops and Latvian lads on the benches. They don't belong here and they never will.",
  "eq", note="[explicit; race] national origin; HN3 {h3_02} and {h3_10} discuss migrant workers without prejudice.")
P("eq02", "Pikeys on Drove End again. Hide your diesel, hide your dogs.",
  "eq ab", "df", note="[explicit; race] slur at Romany and Traveller people with the theft trope (defamation allowed). HN2 {h2_04} condemns the same slur.")
P("eq03", "Tomas Jankauskas should go back to Lithuania if he don't like how we do things here. Nobody asked him to come.",
  "eq pa", note="[explicit; race] 'go back' at a named member born in Kaunas; HN2 {h2_01} is his own reply to such a remark.")
P("eq04", "Never trust a Portuguese gangmaster, and never trust the lot they bring over neither. Thieves, every one.",
  "eq", "df", note="[explicit; race] nationality as criminality.")
P("eq05", "Tunde Bakare only got picked because Fen Forward needed a Black face on the leaflet. Token, pure and simple.",
  "eq pa", note="[explicit; race] at a named member.")
P("eq06", "The Chinese on the quay would sell yew cat and chips if yew weren't looking. Everybody know it.",
  "eq", "df", note="[explicit; race] food trope about Chinese people.")
P("eq07", "Which Wherrymere do yew represent, @JennyWongGR? The one with sweet-and-sour on every corner, or the real one?",
  "eq pa", note="[coded; race] 'the real one' others a Chinese member; no group named.")
P("eq08", "Forty men at the Wherryman Hotel, none of 'em from round here, and our mawthers walk past it every day to the sixth form. Yew do the maths.",
  "eq", note="[coded; race] asylum seekers cast as a sexual threat; 'mawthers' (girls) here is fond. HN2 {h2_17} and HN3 {h3_08} deal with the same hotel.")
P("eq09", "Funny how the sheds on the allotments always start getting broke into the week the Drove End site fill up. Funny that. 🤔",
  "eq", "df ir", note="[coded; race] Traveller theft trope by insinuation; HN3 {h3_03} is civil myth-busting on the same site.")
P("eq10", "#KeepFenlandEnglish. Yew know what I mean, and so do they down Drainby high street.",
  "eq", note="[coded; race] hashtag aimed at Eastern European shopkeepers; the weakest race row.")
P("eq11", "Nasreen Akhtar's first loyalty is to the mosque on Reedsham Road, not to the people of this district. Muslims always put their religion first.",
  "eq pa", note="[explicit; religion or belief] anti-Muslim; HN3 {h3_13} rebuts the same claim.")
P("eq12", "We don't need a gurdwara extension in Drainby. Sikhs have got Leicester, let 'em go there.",
  "eq", "pd", note="[explicit; religion or belief] pending extension (predetermination allowed); HN3 {h3_19} is the civil planning view.")
P("eq13", "Naomi Leverton's lot always did know how to make money work for them, didn't they. Ask her about the Staithe Fund.",
  "eq pa", "df", note="[coded; religion or belief] antisemitic money trope with no group word; HN2 {h2_07} names the trope to condemn it.")
P("eq14", "Lovely to see the Christmas lights come down off the buttercross, ready for next year. Enjoy 'em while yew still get them. Ten years and it'll be crescent moons. 🌙",
  "eq", "ir", note="[coded; religion or belief] anti-Muslim 'takeover' by emoji and hint.", date="2026-01-06")
P("eq15", "Harjit Sandhu bangs on about 'one community' a lot for a man who still dresses like he's off to the Punjab every morning.",
  "eq pa", note="[coded; religion or belief] the turban, not named; some would tag race.")
P("eq16", "Three new prayer rooms in this district last year and not one new GP. Priorities, eh? We all know who's taking over.",
  "eq", "ir", note="[coded; religion or belief] 'who's taking over' points at Muslims without naming them.")
P("eq17", "Lucy Brighty can't even get up the steps to the chamber, so why should she get a say on the Maltings Quay? Council's no place for cripples.",
  "eq pa ab", note="[explicit; disability] slur at a wheelchair user; HN4 {h4_01} and HN2 {h2_15} are hers.")
P("eq18", "Owen Fiske is autistic and it shows. People like him shouldn't be let near a committee. He can't read a room, never mind a report.",
  "eq pa", note="[explicit; disability] autism; HN2 {h2_18} quotes the same idea to condemn it.")
P("eq19", "Carl Nudd's off with his 'depression' again. If yew can't cope, mate, get out. Mental cases shouldn't be councillors.",
  "eq pa", "ab", note="[explicit; disability] depression; HN4 {h4_11} is his Time to Talk post.")
P("eq20", "The Reedsham day centre lot were in the library again making their noises. Put 'em somewhere they can't bother normal people.",
  "eq", "ab", note="[explicit; disability] learning disability, service users; HN3 {h3_12} defends the day centre.")
P("eq21", "No point talking to Maureen Gotts, she's deaf as a post and twice as thick. Get her out, she can't even hear the votes.",
  "eq pa", note="[explicit; disability] deafness; HN2 {h2_08} is her reply to a similar jibe.")
P("eq22", "Somebody fetch @OwenFiskeDL his ear defenders and his colouring book, it's getting a bit loud in the chamber for him. 🧸",
  "eq pa", "ir", note="[coded; disability] mocks autism without naming it.")
P("eq23", "Arthur Thrower is 81. Eighty-one! He should be in a care home, not on the planning committee. Too old to think straight, the lot of 'em over seventy.",
  "eq pa", note="[explicit; age] HN4 {h4_12} is his birthday post.")
P("eq24", "Kids like Sam Kerrison shouldn't be allowed on the council. Under-30s hent paid enough tax to have an opinion.",
  "eq pa", note="[explicit; age] young; compare {pa13}.")
P("eq25", "Nobody who can't remember the '53 flood should get a vote on the sea defences. Simple as.",
  "eq", note="[coded; age] excludes anyone under about 75 without saying 'young'.")
P("eq26", "Women like Kelly Mayhew get too emotional to chair anything. It's biology, bor. Leave the big decisions to the men.",
  "eq pa", note="[explicit; sex] HN2 {h2_10} quotes a similar line to condemn it.")
P("eq27", "A council run by mawthers in twinsets. No wonder nothing get done. Women shouldn't be let near a budget.",
  "eq", "pa", note="[explicit; sex] 'mawthers' as a put-down; HN3 {h3_22} explains the word, HN4 {h4_21} uses it fondly.")
P("eq28", "Nothing against gays, what they do in their own bedroom is their business, but they shouldn't be anywhere near our kids at Lodeham Primary. Simple as.",
  "eq", note="[explicit; sexual orientation] 'nothing against... but'; HN2 {h2_13} condemns the same lie.")
P("eq29", "Rainbow flag up on the town hall for a whole month. Bet Sam Kerrison's thrilled. Some of us just want our town hall back to normal.",
  "eq", "pa ir", note="[coded; sexual orientation] 'back to normal'; some would read grumbling about flags.", date="2026-02-03")
P("eq30", "Ellie Bunting is a bloke in a frock and I'll call him 'he' till the day I die. Trans 'women' are men, end of.",
  "eq pa", note="[explicit; gender reassignment] HN2 {h2_05} quotes 'a bloke in a frock' to condemn it.")
P("eq31", "Ellie Bunting on 'women's safety' again. Lovely. Remind me which changing room she used at school? 🤔",
  "eq pa", "ir", note="[coded; gender reassignment] HN3 {h3_06} and {h3_17} discuss the lido changing rooms civilly.")
P("eq32", "Stacey Goldspink's pregnant and wants the council to fit round her maternity leave. Should've thought of that afore she stood. Pregnant women can't do this job properly.",
  "eq pa", note="[explicit; pregnancy and maternity] HN4 {h4_09} is her announcement.")
P("eq33", "Lovely news for @StaceyGoldspink 🍼 Suppose we won't see her at scrutiny till 2028 then. Might as well hand her seat over now.",
  "eq pa ir", note="[coded; pregnancy and maternity] mock congratulation.")
P("eq34", "Kelly Mayhew keep calling her civil partner 'my wife'. It ent a marriage, it's a bit of paper. Don't expect what real married couples get.",
  "eq pa", note="[explicit; marriage and civil partnership] some would tag sexual orientation. HN4 {h4_17} is her anniversary post.")

# ---------------------------------------------------------------- defamation
P("df01", "Graham Cushion is a liar. Said the lido was safe in May. Lied.",
  "df pa", note="'liar'; HN6 {h6_01} sets out the same record without the word.")
P("df02", "Peggy Thurlow is in Pelham Carr Homes' back pocket. Bought and paid for.",
  "df pa", "pd", note="Corruption by idiom: review.")
P("df03", "A certain cabinet member's son-in-law just got the Maltings Quay landscaping contract. Nothing to see here. 🙈",
  "df", "pa ir", note="Innuendo at an identifiable member.")
P("df04", "Brian Howlett is bent. Always has been.",
  "df pa", "eq", note="'bent' (corrupt; also a homophobic slur, so equality allowed). HN6 {h6_02} is record criticism of the same member.")
P("df05", "Derek Spall lies like a dog on a hearth rug. Told Sedge Court the cladding was done. Knew it weren't.",
  "df pa", note="Dishonesty, no crime: review. HN6 {h6_03} corrects the same claim.")
P("df06", "Philip Rix is a crook and the whole of the Washlands know it.",
  "df pa", note="'crook'.")
P("df07", "The Chief Executive's been cooking the books on the Staithe Fund for years. Everybody at the council know it.",
  "df of", "pa", note="Officer by role; dishonesty without a specific act: review.")
P("df08", "Funny how a certain chair of planning has a new boat moored at Staithe End since the Windmill Drove pre-app. Lovely boat. 🚤",
  "df", "pa pd ir", note="Innuendo by role.")
P("df09", "Sluicegate Services are con men. Charge us for collections they never make.",
  "df", "pa", note="'con men' at a company: personal-attack allowed.")
P("df10", "Naomi Leverton is a fraud. Campaigned to save the library, voted to close it.",
  "df pa", note="'fraud' as name-calling; HN6 {h6_04} is the on-the-record version.")
P("df11", "Ask Colin Mayes where the Cutwell Fen village hall money went. Go on. Ask him.",
  "df", "pa", note="Innuendo of theft without stating it: review.")
P("df12", "Janet Bloomfield is a con artist in a mayoral chain.",
  "df pa", note="'con artist' at the Mayor.")
P("df13", "That Nick Oakes in planning is as dodgy as they come. Ask anyone who's put in an application at Drainby.",
  "df pa of", note="Named officer, 'dodgy'.")
P("df14", "Staithe Homes are liars and chancers. Told tenants the damp was 'lifestyle'.",
  "df", "pa", note="At an organisation.")
P("df15", "Trevor Yaxley fiddles his expenses. Everyone in Reedsham know he do.",
  "df pa", note="Dishonesty stated but no specifics: review. HN6 {h6_10} gives the published figure and asks a question.")
P("df16", "A certain Washland Independent was very quick to back the solar farm. Very quick. Almost like he'd been promised suffin. Starts with P.",
  "df", "pa ir", note="Innuendo narrowing to one member.")
P("df17", "Tunde Bakare is a shameless liar and his leaflet is a pack of lies.",
  "df pa", note="'liar'; HN6 {h6_06} asks him to correct the same leaflet.")
P("df18", "@HarjitSandhuFF is a snake-oil salesman and a crook. Wouldn't trust him with the raffle tin.",
  "df pa", note="'crook', raffle-tin idiom.")
P("df19", "Everybody know Jenny Wong's mate got the market stall licence without even applying. Stitch-up.",
  "df", "pa", note="Misconduct insinuated against a member: review.")
P("df20", "Brian Howlett took £5,000 in cash off Pelham Carr Homes in the car park of the Eel & Punt. I've seen the photos of the envelope.",
  "df pa", "pd", verdict="block", note="Bribery as fact with evidence claimed: block.")
P("df21", "Our s151 officer moved £300k out of the flood reserve into his own consultancy company. Fact.",
  "df of", verdict="block", note="Theft by an officer by role: block.")
P("df22", "Colin Mayes was caught drink driving on the road out of Cutwell last month and his mate in the police made it go away.",
  "df pa", "ha", verdict="block", note="Drink driving and a police cover-up as fact: block; the alcohol mention allows haste.")
P("df23", "The Staithe Homes chief executive has been pocketing tenants' service charges for three years. Straight into his own account.",
  "df", "pa", verdict="block", note="Theft by an identifiable (by role) person: block.")
P("df24", "Fen Forward canvassers filled in the postal votes at Sunnyside care home in Reedsham. I watched them do it.",
  "df", "pa", verdict="block", note="Electoral fraud by a party's canvassers: block.")
P("df25", "Planning officers at this council take backhanders to pass extensions. £500 a time in Drainby, cash.",
  "df of", "pa", verdict="block", note="Bribery by officers: block.")
P("df26", "Trevor Yaxley claimed mileage for forty trips to Norwich he never made. I've seen his logbook and his claims. That's fraud.",
  "df pa", verdict="block", note="Specific fraud with evidence: block. HN6 {h6_10}.")
P("df27", "Maureen Gotts took the Washlands fete money home in a biscuit tin and it never come back. £1,800.",
  "df pa", verdict="block", note="Theft as fact: block.")
P("df28", "Philip Rix has a conviction for assault he never declared when he stood. Look it up.",
  "df pa", "dp", verdict="block", note="Undeclared conviction: block; data protection allowed (criminal record).")
P("df29", "Peggy Thurlow had the buttercross CCTV wiped to protect her nephew after the fight on New Year's Eve.",
  "df pa", "dp", verdict="block", note="Perverting justice as fact: block; a relative (data protection allowed).")
P("df30", "Kelly Mayhew claim single person discount on her council tax while her partner live there. That's fraud, plain and simple.",
  "df pa", "dp", verdict="block", note="Council tax fraud: block; partner (data protection allowed).")
P("df31", "Lads at Drainby tip have been selling the scrap for cash and splitting it with the Head of Waste. Ask where the copper go.",
  "df of", "pa", verdict="block", note="Theft by an officer by role: block.")
P("df32", "Derek Spall sold his vote on Sedge Court for a £10,000 donation to his campaign. Bought and sold.",
  "df pa", verdict="block", note="Vote-selling as fact: block.")
P("df33", "The week after the FOI request come in, the Monitoring Officer had the Maltings Quay emails wiped off the server. IT told me.",
  "df of", verdict="block", note="Destroying records after an FOI request (an offence) as fact: block.")
P("df34", "The Wherry Party buy votes in the Washlands with free fish and chip suppers at the village hall every election. That's treating, and it's a crime.",
  "df", "pa", verdict="block", note="Treating (electoral offence) by a party: block.")

# ---------------------------------------------------------------- HN1 harsh criticism
H("h1_01", 1, "The bin rota is a shambles, bor. Third week running Cutwell Fen's been missed. Sluicegate Services are failing this district and their contract should be reviewed.",
  "pa", note="harsh criticism of a contractor; compare {ab01}.")
H("h1_02", 1, "This budget is a disgrace. Shutting Staithe End lido while spending £2m on consultants is the wrong choice and I'll say so at full council.",
  note="robust criticism of a budget; compare {ab02}.")
H("h1_03", 1, "Spineless decision from cabinet on the sea defences. Kicked into the long grass again while the Washlands wait for the next surge.",
  "pa", note="'spineless' at a decision; compare {pa02}.")
H("h1_04", 1, "The Maltings Quay report is 400 pages of squit and not one line on flood risk. Send it back.",
  note="'squit' at a report; compare {ab05}.")
H("h1_05", 1, "Staithe Homes' record on mould at Sedge Court is shameful. I've reported them to the Housing Ombudsman today. Tenants deserve better.",
  "pa df", note="a landlord reported to the regulator; compare {ab06}.")
H("h1_06", 1, "Hold yew hard: the Wherry Party's new parking charges are a tax on Wherrymere market. Terrible policy and they know it.",
  "pa", note="party policy.")
H("h1_07", 1, "Fen Forward's leaflet on council tax is wrong. The rise is 4.99%, not 9%. Check the figures, bor.",
  "df", note="corrects a party; compare {ab25}.")
H("h1_08", 1, "The new parking app is rubbish. Twenty minutes to pay for ten minutes on the buttercross. Scrap it and start again.",
  note="compare {ab14}.")
H("h1_09", 1, "This council has let Reedsham down on buses. Thass a rum 'un when folk can't get a bus home from the district capital after six.",
  note="council criticism with dialect.")
H("h1_10", 1, "Pelham Carr Homes have a record of building what they like and saying sorry later. Their track record on the Lodeham estate is poor.",
  "pa df pd", note="a developer with a pending application; criticism of its record.")
H("h1_11", 1, "The new council website cost £180k and yew still can't find your bin day. Poor value. I've asked for it to go to scrutiny.",
  note="compare {ab29}.")
H("h1_12", 1, "The Fen Clarion's coverage of the lido vote was one-sided and lazy. I've written to the editor with the figures.",
  "pa", note="criticism of a newspaper; compare {ab12}.")
H("h1_13", 1, "Ripping off residents: Sluicegate want another 12% for garden waste. No.",
  "df pa", note="'ripping off' at a price rise.")
H("h1_14", 1, "The gritting on the Lodeham road Tuesday night was not good enough. Gritter sat in Drainby depot. I want answers at scrutiny.",
  note="compare {ab34}.")
H("h1_15", 1, "The Staithe Fund scoring is a mess. Nobody can explain why Cutwell Fen scored nil on need. It needs redoing properly.",
  note="compare {ab31}.")
H("h1_16", 1, "This district's planning policy is on the huh. Houses where it floods, nothing where it don't.",
  note="'on the huh' at a policy.")
H("h1_17", 1, "I have serious concerns about the viability assessment for Windmill Drove. I'll listen to the officers and the residents at committee afore I make up my mind.",
  "pd of", note="predisposition on a pending application, not predetermination.")
H("h1_18", 1, "Shambolic meeting last night. Three hours and not one decision. The way these committees are chaired needs a rethink.",
  "pa", note="criticism of a meeting; compare {ab18} and {pa29}.")
H("h1_19", 1, "Cabinet's 'Fen Futures' strategy is a glossy brochure with no money behind it. Squit dressed up as a plan.",
  "pa", note="compare {ab19}.")
H("h1_20", 1, "Council tax up again, services down again. This administration has run out of ideas and run out of road.",
  note="criticism of an administration.")
H("h1_21", 1, "Sedge Court is in a shocking state. Staithe Homes should be ashamed and I'll be at their board meeting to tell them so to their faces.",
  "pa bu", note="compare {ab27}.")
H("h1_22", 1, "Washland Solar's community benefit offer is an insult. Two grand a year for 300 acres of the best land in the district? No thanks.",
  "pa", note="'an insult' at an offer.")

# ---------------------------------------------------------------- HN2 counter-speech
H("h2_01", 2, "Got told to 'go back to Lithuania' on my surgery doorstep today. I've lived in Drainby since I was nine. I'm going nowhere, bor. I'm one of yours.",
  "eq", note="quotes abuse to answer it; pinned to Tomas Jankauskas. Compare {eq03}.", pin="Tomas Jankauskas")
H("h2_02", 2, "Happy Lunar New Year from our family chippy on the quay 🧧 And to the bloke who shouted 'ching chong' through the door Saturday: the police have the CCTV, and we're still here after 30 years.",
  "eq ab", note="pinned to Jenny Wong. Compare {eq06}.", pin="Jenny Wong", date="2026-02-17")
H("h2_03", 2, "Saw a post calling the Reedsham day centre users 'retards'. Disgusting. They're our neighbours and they deserve better from all of us.",
  "eq ab", note="quotes a slur to condemn it; compare {eq20}.")
H("h2_04", 2, "Somebody's sprayed 'Pikeys out' on the Drove End bus shelter. Reported to police and it's being cleaned off today. Hate has no home in the Fens.",
  "eq ab", note="quotes a slur to condemn it; compare {eq02}.")
H("h2_05", 2, "To whoever wrote that Ellie Bunting is 'a bloke in a frock': she's a councillor, she's a woman, and she does more casework than yew ever will. Pack it in.",
  "eq pa", note="compare {eq30}.")
H("h2_06", 2, "A letter came to my surgery calling Muslims 'invaders'. It's gone to the police. Ramadan Mubarak to everyone in Reedsham fasting this month. 🌙",
  "eq", note="condemns an anti-Muslim letter.", date="2026-02-19")
H("h2_07", 2, "Holocaust Memorial Day. The old lie that Jews 'control the money' paved the road to the camps. I'll call it out every time I see it, here or anywhere.",
  "eq", note="names the antisemitic trope to condemn it; pinned to Naomi Leverton. Compare {eq13}.", pin="Naomi Leverton", date="2026-01-27")
H("h2_08", 2, "Was told in the Eel & Punt I'm 'too old and too deaf' to be a councillor. I'm 79, I've two hearing aids, and I read every page of the Local Plan. Hold yew hard afore yew write me off, bor.",
  "eq pa", note="pinned to Maureen Gotts. Compare {eq21}.", pin="Maureen Gotts")
H("h2_09", 2, "A lady from the WI wrote to say women 'should leave politics to their husbands'. Lovely letter otherwise. I've written back, politely, with a list of the women on this council. 😊",
  "eq", note="pinned to Janet Bloomfield.", pin="Janet Bloomfield")
H("h2_10", 2, "'Women like her should be at home with the kids.' Said about a colleague at the count. Not acceptable in 2026. Not acceptable ever.",
  "eq", note="pinned to Stacey Goldspink. Compare {eq26}.", pin="Stacey Goldspink")
H("h2_11", 2, "To whoever posted a photo of my house with 'be a shame if anything happened to it': it's with the police. I won't be frit off my own doorstep.",
  "bu", note="his reply to a veiled threat like {bu12}; pinned to Philip Rix.", pin="Philip Rix")
H("h2_12", 2, "Somebody posted a councillor's home number last week and told people to ring it all night. That's bullying, not politics, and it's been reported.",
  "bu sc dp", note="condemns a post like {bu22} without the number.")
H("h2_13", 2, "'Gays shouldn't be near kids.' Seen under the Lodeham Primary story. It's a vile old lie and I won't have it in my ward.",
  "eq", note="compare {eq28}.")
H("h2_14", 2, "Heard a colleague call Travellers 'thieving pikeys' in the members' room. I've reported it. Joe Lovell deserves better from this council and so does every Romany family in Drainby.",
  "eq ab pa df", note="quotes the slur to report it.")
H("h2_15", 2, "To the man who told me my wheelchair was 'a fire hazard in the chamber': I've been in this chair 20 years and on this council 6. Still here, bor.",
  "eq", note="pinned to Lucy Brighty. Compare {eq17}.", pin="Lucy Brighty")
H("h2_16", 2, "Somebody wrote 'Paki-lover' on one of my leaflets in Reedsham. I'm keeping it, framing it, and knocking on twice as many doors. 💪",
  "eq ab", note="quotes a slur to defy it.")
H("h2_17", 2, "There's a post going round saying the Wherryman Hotel men are 'a danger to our girls'. There's no evidence for that whatsoever and the police have said so. Don't share it.",
  "eq", note="counters {eq08}.")
H("h2_18", 2, "'Autistic people shouldn't be on committees.' Saw that today. My colleague Owen Fiske is autistic and he knows the constitution better than anyone in the building.",
  "eq", note="compare {eq18}.")
H("h2_19", 2, "Calling someone 'mental' because they took time off for depression is bullying. We should all know better. It's Time to Talk Day, so talk to someone.",
  "eq bu ab", note="compare {eq19}.", date="2026-02-05")
H("h2_20", 2, "Somebody's sprayed 'No gurdwara' on the fence in Drainby. The gurdwara feed anyone who walk in, every week. That's the Fens I know.",
  "eq pd", note="compare {eq12}.")
H("h2_21", 2, "'Normal for Norfolk' started as a doctors' sneer at poor country families. I'd rather we stopped using it about anybody, even as a joke.",
  "eq pa", note="asks people to drop the term used in {pa31}.")
H("h2_22", 2, "Got a message today: 'yew'll regret this vote, I know where yew live'. Passed to police. Threats don't change my vote.",
  "bu", note="quotes a threat (compare {bu02}, {bu04}) to report it.")

# ---------------------------------------------------------------- HN3 myth-busting, civil debate
H("h3_01", 3, "Myth-busting: no, the Wherryman Hotel contract doesn't come out of council tax. It's Home Office funded. The men there are waiting for their claims to be decided, that's all.",
  "eq", note="myth-busting on asylum accommodation.")
H("h3_02", 3, "I'm not against Eastern European workers. Drainby would grind to a halt without them. I am against the gangmasters who pack twelve of them into a three-bed. Enforcement now.",
  "eq", note="denied prejudice that stays on the landlords; compare {eq01}, {eq04}.")
H("h3_03", 3, "Question I get on the doorstep: 'Do the Travellers at Drove End pay council tax?' Yes. Every pitch. Same as yew and me.",
  "eq", note="compare {eq09}.")
H("h3_04", 3, "The kirpan is an article of faith, not 'a knife in school'. Lodeham Primary has followed national guidance for years. Happy to talk to anyone worried.",
  "eq bu", note="quotes a fear to answer it.")
H("h3_05", 3, "The Ramadan lights on Reedsham Road are paid for by the mosque, not the council. Same as the churches pay for theirs at Christmas. Hope that helps.",
  "eq", note="myth-busting.", date="2026-02-20")
H("h3_06", 3, "Civil debate please: there's a real question about changing rooms at the new Staithe End lido. Let's talk about design, cubicles and privacy, not about individuals.",
  "eq", note="compare {eq31}.")
H("h3_07", 3, "Yes, the rainbow crossing on Lodeham high street was paid for by sponsors. No, it didn't come out of the pothole budget. Yes, the kids love it.",
  "eq", note="compare {eq29}.")
H("h3_08", 3, "I'm not racist, I just don't think the Wherryman Hotel is the right place for 80 men with no bus out in the Washlands. That's a criticism of the Home Office, not of the men.",
  "eq", note="'I'm not racist' that stays on the policy; compare {eq08}.")
H("h3_09", 3, "Is 'Fen tiger' offensive? It's what my grandad called himself and it's on the Eels' badge. I don't think it's a slur, but happy to hear other views.",
  "eq", note="civil debate on a regional nickname.")
H("h3_10", 3, "Myth: Polish and Lithuanian families jump the housing list. Fact: allocations follow the same banding for everybody, and last year 91% of lets in Drainby went to people born in the UK.",
  "eq", note="myth-busting; compare {eq01}.")
H("h3_11", 3, "Age isn't a reason to stand down, and youth isn't a reason to keep quiet. This council is better for having a 24-year-old and an 81-year-old in the same room.",
  "eq", note="compare {eq23}, {eq24}.")
H("h3_12", 3, "The Reedsham day centre is not 'a waste of money'. Every pound is matched by the NHS and it keeps 40 people with learning disabilities out of hospital.",
  "eq", note="compare {eq20}.")
H("h3_13", 3, "Someone asked me if Nasreen Akhtar 'takes orders from the mosque'. No. She takes orders from Reedsham residents, same as me. Let's keep this civil.",
  "eq pa", note="rebuts {eq11}.")
H("h3_14", 3, "I don't agree with the local Muslim council's view on the RE syllabus and I'll say so at SACRE. Disagreeing about a syllabus is not disagreeing with anyone's faith.",
  "eq", note="civil disagreement with a religious body.")
H("h3_15", 3, "Fair question: should maternity cover for councillors come from the members' allowance budget? I think it should. Let's debate it properly at full council.",
  "eq", note="compare {eq32}.")
H("h3_16", 3, "No, Joe Lovell didn't 'get in because he's a Gypsy'. He got 1,140 votes in Drainby. Romany or not, that's a mandate.",
  "eq", note="rebuts a racist claim about a named member.")
H("h3_17", 3, "I've had emails asking whether trans women will use the new lido changing rooms. The answer: it's all private cubicles. Everybody gets a door that lock.",
  "eq", note="compare {eq31}.")
H("h3_18", 3, "'Foreign workers bring down wages.' The figures for the Fens say it's gangmasters and zero-hours contracts that do that. Let's go after them.",
  "eq", note="quotes a claim to answer it.")
H("h3_19", 3, "Not every objection to the gurdwara extension in Drainby is prejudice. Parking on Mill Lane is a real issue. Let the planning committee weigh it properly.",
  "eq pd", note="civil debate on a pending application; compare {eq12}.")
H("h3_20", 3, "Some say the old Jewish burial ground in Wherrymere 'shouldn't get council money'. It's a listed site on the same grant scheme as every churchyard in the district.",
  "eq", note="myth-busting.")
H("h3_21", 3, "Is it ageist to ask whether a councillor should stand down at 85? I think it can be. Judge the work, not the birthday. Happy to be told I'm wrong.",
  "eq", note="civil debate on age.")
H("h3_22", 3, "'Mawther' isn't sexist, it's just Norfolk for a girl or young woman. My nan called me it till the day she died. Context is everything, bor.",
  "eq", note="the dialect word discussed; compare {eq27}, {pa14}.")

# ---------------------------------------------------------------- HN4 neutral/positive, self-description
H("h4_01", 4, "Twenty years in a wheelchair and I still can't get into half the shops on the buttercross. Access audit starts Monday. Come along if yew can, bor.",
  "eq", note="self-description; pinned to Lucy Brighty.", pin="Lucy Brighty")
H("h4_02", 4, "As a trans woman who grew up in Lodeham, I'm proud to be your councillor. Surgery Saturday 10 till 12 at the library.",
  "eq", note="self-description; pinned to Ellie Bunting.", pin="Ellie Bunting")
H("h4_03", 4, "I'm 24, gay, born and bred in Staithe End, and I still can't afford to rent here. That's why housing is my first priority.",
  "eq", note="self-description; pinned to Sam Kerrison.", pin="Sam Kerrison", date="2026-02-02")
H("h4_04", 4, "Queer, Norfolk, and proud. Happy LGBT+ History Month from Staithe End 🏳️‍🌈 Talk at the library Tuesday, all welcome.",
  "eq ab", note="reclaimed term; pinned to Sam Kerrison.", pin="Sam Kerrison", date="2026-02-10")
H("h4_05", 4, "Ramadan Mubarak to everyone in Reedsham 🌙 Iftar at the community centre Friday, everybody welcome, bring your neighbours.",
  "eq", note="pinned to Nasreen Akhtar.", pin="Nasreen Akhtar", date="2026-02-18")
H("h4_06", 4, "Eid Mubarak from my family to yours. Thank yew to the Reedsham Road mosque for feeding half the street this morning. 🎉",
  "eq", note="pinned to Nasreen Akhtar.", pin="Nasreen Akhtar", date="2026-03-20")
H("h4_07", 4, "Our family chippy on the quay turned 30 today. Mum and Dad came from Hong Kong with nothing. Now we fry for half the Eels' end on a Saturday. 🐟🍟",
  "eq", note="pinned to Jenny Wong; compare {eq06}, {eq07}.", pin="Jenny Wong")
H("h4_08", 4, "Born in Kaunas, raised in Drainby, married to a Fen girl. Labas and hello from your Green Reed councillor.",
  "eq", note="pinned to Tomas Jankauskas.", pin="Tomas Jankauskas")
H("h4_09", 4, "Personal news: I'm pregnant! 🍼 Baby due in June. I'm working with officers on cover for my casework. Staithe End, yew're in good hands.",
  "eq", note="pinned to Stacey Goldspink; compare {eq33}.", pin="Stacey Goldspink")
H("h4_10", 4, "I'm autistic. If I look at my notes and not at yew in committee, that's how I concentrate. Ask me anything about the Local Plan.",
  "eq", note="pinned to Owen Fiske; compare {eq22}.", pin="Owen Fiske")
H("h4_11", 4, "Time to Talk Day. I had six months off with depression in 2024. I'm back, I'm well, and I'm talking. Ring someone today, bor.",
  "eq", note="pinned to Carl Nudd; compare {eq19}.", pin="Carl Nudd", date="2026-02-05")
H("h4_12", 4, "81 today and still on the planning committee. Thank yew for all the cards, Washlands. I hent finished yet.",
  "eq", note="pinned to Arthur Thrower; compare {eq23}.", pin="Arthur Thrower")
H("h4_13", 4, "New hearing aids fitted at the audiology clinic. I can hear the chairman mumbling now, which is a mixed blessing. 😂",
  "eq pa", note="pinned to Maureen Gotts.", pin="Maureen Gotts")
H("h4_14", 4, "First Romany Gypsy ever elected to this council. My great-grandad cut reed on these Broads. Proud of where I come from.",
  "eq", note="pinned to Joe Lovell; compare {eq02}.", pin="Joe Lovell")
H("h4_15", 4, "My mum came to Wherrymere from Lagos in 1987 to nurse at the cottage hospital. Her jollof is still the best on the quay.",
  "eq", note="pinned to Tunde Bakare; compare {eq05}.", pin="Tunde Bakare")
H("h4_16", 4, "Langar at Drainby gurdwara every Sunday: free hot food for anyone, no questions asked. Come and sit with us.",
  "eq", note="pinned to Harjit Sandhu; compare {eq15}.", pin="Harjit Sandhu")
H("h4_17", 4, "Ten years today since Jo and I had our civil partnership at Lodeham registry office. Still the best decision I ever made. ❤️",
  "eq", note="pinned to Kelly Mayhew; compare {eq34}.", pin="Kelly Mayhew", date="2026-03-12")
H("h4_18", 4, "Holocaust Memorial Day. My grandmother came to Norwich on the Kindertransport. Lighting a candle at the old Jewish burial ground at 4pm.",
  "eq", note="pinned to Naomi Leverton.", pin="Naomi Leverton", date="2026-01-27")
H("h4_19", 4, "Lunar New Year tomorrow 🧧 Lion dance on the quay Saturday from 11. Bring the kids, bring the grandparents.",
  "eq", note="neutral mention.", date="2026-02-16")
H("h4_20", 4, "St Patrick's Day with the Irish club at the Eel & Punt. Grand craic, bor. 🍀",
  "eq", note="neutral mention.", date="2026-03-17")
H("h4_21", 4, "International Women's Day yesterday, so a shout-out to the mawthers of the Fens: land girls, eel-catchers' wives, and today's farmers. Proud of yew.",
  "eq", note="'mawthers' fondly; compare {eq27}, {pa14}.", date="2026-03-09")
H("h4_22", 4, "Fen tigers and proud. Grandad, Dad and me, all born in Cutwell, all Eels season ticket holders.",
  "eq pa", note="in-group nickname; being from the Fens is not a protected characteristic.")

# ---------------------------------------------------------------- HN5 figurative, banter, self-deprecation
H("h5_01", 5, "I'm a dinosaur, I know. I still print my agendas. Still, the ole boy found the error in the budget afore the app did. 🦕",
  "pa eq", note="self-deprecation; pinned to Trevor Yaxley.", pin="Trevor Yaxley")
H("h5_02", 5, "I'm 43 and I've just learned what an Instagram 'story' is. Help.",
  "eq", note="self-deprecation; pinned to Derek Spall.", pin="Derek Spall")
H("h5_03", 5, "The wife reckons I spend more time at the Eel & Punt quiz than at home. She's not wrong. We won, mind.",
  "eq", note="'the wife'; pinned to Colin Mayes.", pin="Colin Mayes")
H("h5_04", 5, "We got absolutely murdered at the councillors' darts night. Officers 5, members 0. Dawn Lake in licensing can throw, bor.",
  "bu of", note="'murdered' figurative; an officer named in praise.")
H("h5_05", 5, "Eels won 4-0 Saturday. A proper hiding. Thass what I call a result, bor. ⚽",
  "bu", note="'a proper hiding' about football; compare {bu07}.")
H("h5_06", 5, "Hold yew hard, pancake race is Tuesday! Buttercross, 12 noon, cabinet v opposition. We're going to destroy 'em. 🥞",
  "bu", note="'destroy' in a pancake race.", date="2026-02-12")
H("h5_07", 5, "That's a rum 'un: sat nav sent me into a dyke at Cutwell Fen. Front wheel on the huh, pride in tatters. Farmer towed me out with his Fergie.",
  note="self-deprecation with dialect; compare {pa24}, {pa08}.")
H("h5_08", 5, "Gritters out tonight. Wrap up, it'll make yew dudder. Sleep tight, Washlands. ❄️",
  "bu", note="'dudder' and 'sleep tight' in a gritting notice; compare {bu14}, {bu18}.")
H("h5_09", 5, "Squit and waffle, the lot of it. That's me, on my own speech last night, after hearing it back on the webcast. Sorry, everyone. 😂",
  "pa", note="self-deprecation; 'squit' at oneself.")
H("h5_10", 5, "@ArthurThrower still sharp as a tack, I hope? Saw yew nodding off in committee, yew ole rogue. 😉 Pint Friday.",
  "pa eq", note="teasing a named member; compare {pa22}.")
H("h5_11", 5, "Pistols at dawn with @GrahamCushionWP over who grow the biggest onion. Allotment show's in August. Yew're going down, bor. 🧅",
  "bu pa", note="figurative duel.")
H("h5_12", 5, "Killing it today, Team Lodeham. 300 doors knocked, three dogs, and one bishy-barney-bee on my clipboard. 🐞",
  "bu", note="'killing it'.")
H("h5_13", 5, "Dudderin' on the staithe at 7am for the Broads litter pick. Cold enough to freeze a harnser to its post. Well done all who came.",
  note="'dudder' of the cold.")
H("h5_14", 5, "Got slaughtered by the Staithe End WI at the quiz. Never play them at general knowledge. Never.",
  "bu", note="'slaughtered'.")
H("h5_15", 5, "I'll be honest, I was on the huh all through Thursday's meeting. Too much cake at the Mayor's coffee morning afore it.",
  "pa", note="self-deprecation.")
H("h5_16", 5, "Blust, that wind! Half the flags on the buttercross ended up in the Lode. Suffin to tell the grandchildren.",
  note="dialect exclamation.")
H("h5_17", 5, "Fare y'well to our ferryman after 40 years on the Staithe End crossing. Yew ole rogue, we'll miss yew. Don't fall in.",
  "pa", note="fond farewell; compare {pa11}.")
H("h5_18", 5, "Bor, I'd knock some heads together at Sluicegate if I could. Instead I'll write them a very stern email. 😤",
  "bu pa", note="figurative 'knock heads together'.")
H("h5_19", 5, "My own fault: I took on @EllieBuntingGR at table tennis and she battered me 21-4. Revenge at the Christmas do.",
  "bu pa", note="'battered', 'revenge' in sport; compare {bu04}.")
H("h5_20", 5, "Hold yew hard on the Christmas cake, there's committee tomorrow and I can't do my suit up already. Diet starts Monday. Maybe.",
  note="self-deprecation.", date="2026-01-07")
H("h5_21", 5, "That's a rum 'un: the Mayor's chain got caught on the buttercross railings and it took three of us and a ferret to get it loose. OK, no ferret. 😂",
  "pa", note="gentle banter about the Mayor.")
H("h5_22", 5, "Normal for Norfolk, me. Turned up to the right meeting on the wrong day. Again.",
  "eq pa", note="'NFN' of oneself; compare {pa31}, {h2_21}.")

# ---------------------------------------------------------------- HN6 record criticism
H("h6_01", 6, "Graham Cushion said in May the lido would stay open. Cabinet voted to shut it on Tuesday. He's still Cabinet Member for Finance. Residents can draw their own conclusions.",
  "df pa", note="the record behind {df01}, no 'liar'.")
H("h6_02", 6, "Brian Howlett has chaired planning for 11 years. In that time 3,400 homes approved in flood zone 3. Time for fresh eyes.",
  "pa eq", note="tenure, not age; compare {df04}.")
H("h6_03", 6, "Derek Spall told Sedge Court in November the cladding work was finished. Staithe Homes' own report says it isn't. That claim needs correcting.",
  "df", note="corrects a claim without calling it a lie; compare {df05}.")
H("h6_04", 6, "Naomi Leverton campaigned to save Cutwell library and then voted for the budget that shut it. The minutes are public. I think she owes residents an explanation.",
  "df pa", note="compare {df10}.")
H("h6_05", 6, "Peggy Thurlow's cabinet has missed every housing target since 2022. That's the record. Judge it at the ballot box.",
  "pa", note="record of a Leader.")
H("h6_06", 6, "Tunde Bakare's leaflet says crime in Wherrymere Central is up 40%. Police figures say 4%. I'd ask him to correct it.",
  "df", note="compare {df17}.")
H("h6_07", 6, "Philip Rix voted for the solar farm and against the community benefit fund in the same meeting. I don't understand that and I've asked him to explain.",
  "df", note="compare {df16}.")
H("h6_08", 6, "Colin Mayes didn't attend a single Cutwell Fen parish meeting last year. The attendance record is on the website.",
  "pa", note="attendance record.")
H("h6_09", 6, "Janet Bloomfield was a good mayor in her first term. This year half the civic engagements have been cancelled. I'd like to know why.",
  "pa", note="record, civil.")
H("h6_10", 6, "Trevor Yaxley's expenses are published: £4,100 mileage last year, highest on the council. Reedsham is three miles from the town hall. Questions to answer?",
  "df pa", note="published figures; compare {df15}, {df26}.")
H("h6_11", 6, "The minutes show Kelly Mayhew seconded the Staithe Fund allocation she's now criticising. Happy to be corrected.",
  "df", note="minutes, no accusation.")
H("h6_12", 6, "Harjit Sandhu's motion on bus subsidies had no costing. I voted against it for that reason alone. Bring it back costed, bor, and I'll look again.",
  "pa", note="record, civil.")
H("h6_13", 6, "Owen Fiske missed the amendment deadline on the budget for the second year running. Disappointing from a group spokesman.",
  "pa", note="record; nothing about his autism.")
H("h6_14", 6, "Maureen Gotts has sat on the Washlands drainage board for 22 years. I think that board needs new blood. Nothing personal, Maureen.",
  "eq pa", note="tenure, though 'new blood' could be heard as about age.")
H("h6_15", 6, "Sam Kerrison said the Staithe End bus would be saved. It wasn't. He should say so to the people who rely on it.",
  "df pa", note="record.")
H("h6_16", 6, "Jenny Wong's scrutiny report on the quay is thin. Two pages, no data. She can do better than this and I've told her so.",
  "pa", note="record, civil.")
H("h6_17", 6, "Stacey Goldspink voted against the food bank grant and for the chamber refurb. That's her choice and it's on the record. It isn't mine.",
  note="voting record.")
H("h6_18", 6, "Arthur Thrower has voted for every Pelham Carr application since 2014. That's in the minutes. Residents in the Washlands should know.",
  "df pd", note="voting record.")
H("h6_19", 6, "Lucy Brighty's amendment on the Maltings Quay would cost £1.2m we don't have. I respect her, I just think she's wrong on this one.",
  note="civil disagreement.")
H("h6_20", 6, "Carl Nudd has changed party twice in four years. Voters in Staithe End may want to ask what he stands for now.",
  "pa", note="record.")
H("h6_21", 6, "Ellie Bunting's cycle lane on Lodeham Road was her flagship policy. Eighteen months on it's half built and on the huh. She needs to own that.",
  "pa", note="record; 'on the huh' about a cycle lane.")
H("h6_22", 6, "Nasreen Akhtar promised Reedsham a youth club by Christmas. It's March. What happened? Genuine question.",
  "df pa", note="record.", date="2026-03-10")

# ---------------------------------------------------------------- obfuscated variants
# (original key, kind, word): every occurrence of the word is changed, case-insensitively.
VARIANTS = [
    ("pa02", "asterisk", "spineless"), ("pa03", "digit", "clown"), ("pa29", "zero_width", "Muppet"),
    ("pa18", "spaced", "weasel"), ("pa26", "homoglyph", "waste"), ("pa17", "caps", None),
    ("ab02", "asterisk", "bellend"), ("ab14", "digit", "shit"), ("ab11", "zero_width", "pillock"),
    ("ab24", "spaced", "gobshite"), ("ab17", "homoglyph", "twat"), ("ab06", "caps", None),
    ("bu05", "asterisk", "ambulance"), ("bu18", "digit", "sleep"), ("bu02", "zero_width", "live"),
    ("bu04", "spaced", "regret"), ("bu09", "homoglyph", "chair"), ("bu11", "caps", None),
    ("eq02", "asterisk", "Pikeys"), ("eq17", "digit", "cripples"), ("eq01", "zero_width", "Lithuanian"),
    ("eq30", "spaced", "bloke"), ("eq04", "homoglyph", "Portuguese"), ("eq26", "caps", None),
    ("df06", "asterisk", "crook"), ("df01", "digit", "liar"), ("df09", "zero_width", "con"),
    ("df04", "spaced", "bent"), ("df13", "homoglyph", "dodgy"), ("df12", "caps", None),
]
VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "O": "0", "I": "1", "E": "3", "A": "4"}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440"}


def obfuscate_word(w, kind):
    if kind == "asterisk":      # first vowel after the first letter
        i = next(i for i in range(1, len(w)) if w[i] in VOWELS)
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":         # first o/i/e/a after the first letter
        i = next(i for i in range(1, len(w)) if w[i] in DIGITS)
        return w[:i] + DIGITS[w[i]] + w[i + 1:]
    if kind == "zero_width":
        h = len(w) // 2
        return w[:h] + "\u200b" + w[h:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":     # first o, else e, else a, else c, else p
        for ch in "oeacp":
            if ch in w:
                i = w.index(ch)
                return w[:i] + CYRILLIC[ch] + w[i + 1:]
    raise ValueError((w, kind))


def caps(text):
    return re.sub(r"(@\w+)|([^@]+)", lambda m: m.group(1) or m.group(2).upper(), text)


def make_variant(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.I)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate_word(m.group(0), kind), text)


# ---------------------------------------------------------------- who a post names
PARTIES = {
    "Wherry Party": r"\bWherry Party\b|\bWherries\b",
    "Fen Forward": r"\bFen Forward\b",
    "Green Reed": r"\bGreen Reed\b",
    "Washland Independents": r"\bWashland Independents?\b",
    "Drainers' League": r"\bDrainers'? League\b|\bDrainers\b",
}
SHORT = {"Philip Rix": ["Phil"]}
ROLES = {
    "Peggy Thurlow": ["the Leader", "Leader of the Council"],
    "Graham Cushion": ["Cabinet Member for Finance", "finance portfolio"],
    "Derek Spall": ["Cabinet Member for Housing", "housing portfolio"],
    "Brian Howlett": ["chair of planning", "chairs planning", "chaired planning"],
    "Janet Bloomfield": ["the Mayor", "mayoral", "Mayor's"],
    "Naomi Leverton": ["group leader", "leader of Fen Forward"],
    "Tomas Jankauskas": ["leader of Green Reed"],
}


def load_council(folder):
    with open(folder / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    text = (folder / "council.toml").read_text(encoding="utf-8")
    party = {}
    for name in cfg["people"]["councillors"]:
        m = re.search(r'"%s",\s*#[^(\n]*\(([^)]*)\)' % re.escape(name), text)
        party[name] = m.group(1)
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in party}
    return cfg, party, handles


def named_people(text, party, handles):
    """Councillors a text names (full, first, surname, short name, handle, role words)."""
    out = set()
    for name in party:
        first, last = name.split()[0], name.split()[-1]
        words = [name, first, last] + SHORT.get(name, []) + ROLES.get(name, [])
        words += [h for h, n in handles.items() if n == name]
        for w in words:
            if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text, re.I):
                out.add(name)
                break
    return out


def named_parties(text):
    return {p for p, rx in PARTIES.items() if re.search(rx, text, re.I)}


# ---------------------------------------------------------------- build
def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    cfg, party, handles = load_council(HERE)
    handle_of = {}
    for h, n in handles.items():
        handle_of.setdefault(n, h)
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    days = weekdays()
    plat_pool = ["x"] * 136 + ["facebook"] * 113 + ["bluesky"] * 83
    rng.shuffle(plat_pool)

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0)
        return t.isoformat() + "+00:00"

    rows = []
    by_key = {}
    for i, r in enumerate(ROWS):
        if r["pin"]:
            author = r["pin"]
        else:
            named = named_people(r["text"], party, handles)
            parties = named_parties(r["text"])
            cands = sorted(n for n in party if n not in named and party[n] not in parties)
            assert cands, r["key"]
            author = rng.choice(cands)
        row = dict(r)
        row["author"] = handle_of[author]
        row["platform"] = plat_pool[i]
        row["created_at"] = stamp(r["date"])
        rows.append(row)
        by_key[r["key"]] = row
    for n, (okey, kind, word) in enumerate(VARIANTS):
        o = by_key[okey]
        v = dict(o)
        v["key"] = f"{okey}_{kind}"
        v["text"] = make_variant(o["text"], kind, word)
        v["allowed"] = list(o["allowed"]) + (["haste.pause-before-posting"]
                                             if kind == "caps" and "haste.pause-before-posting" not in o["allowed"] else [])
        v["kind_of_row"] = "variant"
        v["variant_of_key"] = okey
        v["variant_kind"] = kind
        what = "the whole text in capitals" if kind == "caps" else f"'{word}' obfuscated ({kind})"
        v["note"] = f"Variant of {{{okey}}}: {what}; labels as the original."
        v["created_at"] = stamp(None)
        rows.append(v)
    rng.shuffle(rows)
    ids = {r["key"]: f"{PREFIX}-{i + 1:04d}" for i, r in enumerate(rows)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for r in rows:
        o = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["author"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": cite(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            o["variant_of"] = ids[r["variant_of_key"]]
            o["variant_kind"] = r["variant_kind"]
        out.append(o)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    print(f"wrote {len(ids)} rows to posts.jsonl")
