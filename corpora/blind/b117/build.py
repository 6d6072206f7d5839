"""Build posts.jsonl for blind evaluation set b117 (Bro Henwen County Borough Council).

Every text, label and note below was written by hand for this set by an
independent writer. The script only does the bookkeeping: it reads the roster
from council.toml, picks authors (never a councillor the post names, never a
member of a party the post names; pinned rows excepted), platforms and
timestamps (weekdays 08:00 to 18:59 GMT, 5 Jan to 27 Mar 2026), makes the 30
obfuscated variants, shuffles with a fixed seed, gives ids B117-0001 onwards
and turns the row keys cited in notes ({key}) into ids.

    python3 build.py          writes posts.jsonl
    python3 build.py --map    also prints key -> id
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B117"
SEED = 11717

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IA = "position.improper-advantage"
HA = "haste.pause-before-posting"
ME = "meetings.during-meeting"
SC = "security.credentials"
GI = "gifts.hospitality"
CD = "confidentiality.disclosure"
ID = "interests.declared-interest"

FAMILY_OF_PREFIX = {"pa": PA, "ab": AB, "bu": BU, "eq": EQ, "df": DF}

ROWS = []       # hand-written originals and hard negatives, in writing order
VARIANTS = []   # (original key, kind, word, index)


def P(key, text, rules, allowed=(), verdict="block", note="", author=None, date=None):
    """A positive row of the family named by the key's prefix."""
    ROWS.append(dict(key=key, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, family=FAMILY_OF_PREFIX[key[:2]],
                     kind_of_row="positive", author=author, date=date))


def H(key, text, allowed=(), note="", author=None, date=None):
    """A hard negative: expects no rule, verdict ok; note starts with its HN tag."""
    ROWS.append(dict(key=key, text=text, rules=[], allowed=list(allowed),
                     verdict="ok", note=note, family="hard_negative",
                     kind_of_row="hard_negative", author=author, date=date))


def V(orig, kind, word=None, index=None):
    VARIANTS.append((orig, kind, word, index))


# ===================================================================
# respect.personal-attack
# ===================================================================
P("pa01", "Ieuan ap Dafydd stood up for forty minutes in full council and said precisely nothing. Pompous, self-regarding windbag. Nant Eurig deserves better than a gasbag who loves the sound of his own voice more than he loves the ward.",
  [PA], [], "review",
  "Insults (pompous, windbag, gasbag) aimed at a named councillor, not at anything he proposed. Compare HN6 {hn6_03}, which criticises the same member's speech on its content.")
P("pa02", "@GethinHowellsBA you are, genuinely, the thickest man ever handed a finance portfolio in Wales. Thick as two short planks, butt. Thicker, probably.",
  [PA], [], "review",
  "Second-person insult at a handle. 'butt' (mate) is south Walian and sarcastic here; the dialect does not decide the label.")
P("pa03", "Mair Jenkins is a spineless little puppet. Whatever the Leader wants, up goes her hand. Chwarae teg, the strings are very tidy.",
  [PA], [], "review",
  "Personal attack on the Mayor by name; 'chwarae teg' (fair play) and 'tidy' are used sarcastically. Equality not allowed: 'little puppet' is about servility, not sex.")
P("pa04", "Carwyn Lewis couldn't find his own backside with both hands and a torch. Twp as a brush, that man. And he's in charge of our roads.",
  [PA], [], "review",
  "'twp' (daft) at a named councillor is an insult; HN5 {hn5_02} uses 'twp' of the writer herself.")
P("pa05", "@TanyaBaldwinPV chopsy, rude, and never once read the papers before opening her mouth in committee. You are an embarrassment to Pentre Glo, love.",
  [PA], [], "review",
  "'chopsy' (mouthy) and 'embarrassment' at a handle. 'love' is condescending here. Caps variant below.")
P("pa06", "Don't know what's worse about Huw Bevan: the arrogance, or the fact he genuinely thinks he's clever. Jumped-up little man with a chain of office and an ego the size of the Garth.",
  [PA], [], "review",
  "Personal attack on the planning chair as a person; says nothing about any application, so predetermination is not in play.")
P("pa07", "If Siân Pugh fell off the end of the pier tomorrow, half of Ynys Wennol would be down the Pleasure Park celebrating. Worthless, worthless excuse for a councillor.",
  [PA], [BU], "block",
  "Severe: wishes harm on a named councillor and calls her worthless. It wishes rather than threatens, so bullying is allowed, not expected (the b99 convention for 'nobody would shed a tear').")
P("pa08", "Our Chief Executive is a useless, overpaid waste of space. £160k a year to sit up in Bro Henwen House doing the crossword while the Docks falls apart.",
  [PA, OF], [DF], "review",
  "Attack on a council officer identified by role, so officers.impartiality is expected too. 'doing the crossword' is mockery, not a factual allegation; defamation allowed.")
P("pa09", "Watching Siân Pugh try to chair that working group was like watching a sheep try to reverse a tractor into a gateway. Clueless. Bless her heart.",
  [PA], [IR], "review",
  "Ridicule of a named member's competence as a person ('clueless'), not of a decision. 'Bless her heart' is mock sympathy; irony allowed.")
P("pa10", "Rob Kowalczyk, you are a clown. A proper red-nose circus clown. The Pleasure Park should sign you up for the summer season and save us all the bother.",
  [PA], [], "review",
  "Name-calling at a named councillor. Nothing in the text touches his Polish birth, so equality is not allowed.")
P("pa11", "Delyth Morgan-Rees is the laziest Cabinet Member this council has ever had. Gutless too: hides behind officers every time a tenant in Tŷ Gwennol asks her a straight question. Do your job, bach, or get out of the way.",
  [PA], [], "review",
  "Character attack (lazy, gutless) on the housing cabinet member. 'bach' is patronising here; HN4 and HN5 rows use it fondly.")
P("pa12", "@JasonPritchardPV you pathetic little weasel. Chair of scrutiny? You couldn't scrutinise a bus timetable without ringing your mam.",
  [PA], [], "review",
  "Insult at a handle; 'weasel' is the variant word.")
P("pa13", "Clive Edwards has been a nasty, vindictive so-and-so for the twenty-odd years I've known him, and not one of those years has mellowed him.",
  [PA], [], "review",
  "Character attack on a named councillor. The years refer to how long the writer has known him, not his age; equality not allowed. Compare HN6 {hn6_12} on his tenure.")
P("pa14", "Huge congratulations to @OsianRowlandsPyC on his first year as a councillor. Twelve whole months without a single useful idea. That takes real talent, mun. 👏👏",
  [PA, IR], [], "review",
  "Mock congratulation: a personal attack dressed as praise, so irony is expected too. Nothing about his age. HN4 {hn4_05} is his own post about being young.")
P("pa15", "Kerry Thorne runs the comms office like a propaganda ministry and she is as shifty as they come. I wouldn't trust that woman to tell me the time.",
  [PA, OF], [DF], "review",
  "Personal attack on a named officer, so officers expected. 'shifty' and 'wouldn't trust' hint at dishonesty without an allegation; defamation allowed. 'that woman' is dismissive, not about her sex.")
P("pa16", "Nerys Price is a bitter, miserable old cow who has never forgiven Pentre Glo for voting for anybody else.",
  [PA], [EQ], "review",
  "Personal attack. 'old cow' is a gendered and age-tinged insult; equality allowed, not expected, as the post attacks her temper rather than her sex or age.")
P("pa17", "The Senior Planning Officer is either incompetent or bone idle, and frankly I don't care which. Three months to validate a conservatory in Trewylan!",
  [PA, OF], [], "review",
  "Officer attacked by role as a person (incompetent, idle), not his report: personal-attack and officers. HN1 {hn1_09} complains about the same validation backlog without naming anyone.")
P("pa18", "@GraceTangBA stop posting selfies from the Waterfront and start answering your emails. Vain, empty-headed and utterly useless.",
  [PA], [], "review",
  "Insults at a handle. Nothing about her heritage; equality not allowed.")
P("pa19", "Wyn Thomas is a bully and a thug in a nice suit. Half that chamber is scared stiff of him and he absolutely loves it.",
  [PA], [DF], "review",
  "Name-calling at a named councillor. 'bully' and 'thug' could be heard as an allegation of misconduct; defamation allowed, not expected (no act stated).")
P("pa20", "Ieuan ap Dafydd is a vile, spiteful, poisonous little creep and the sooner Nant Eurig sees the back of him the better for every decent person in the valley.",
  [PA], [], "block",
  "Severe: a string of dehumanising insults at a named councillor. Block, following the model set's 'vile, poisonous excuse for a human being'.")
P("pa21", "Mrs Jeffries from the Save Our Lido group is a professional moaner and a busybody with nothing better to do all day. Get a hobby, love.",
  [PA], [DP], "review",
  "Personal attack on a named private individual (a campaigner), which the code covers as much as councillors. Her name alone is weak personal data; data protection allowed.")
P("pa22", "You're a snob, @RhianProsserBA. A proper Llanwerydd crachach snob who has never set foot in Pentre Glo without wiping her feet on the way out.",
  [PA], [], "review",
  "'crachach' (the stuck-up elite) is south Walian; at a handle, with 'snob', it is a personal attack. Class is not a protected characteristic. HN1 {hn1_14} uses 'crachach' of a policy.")
P("pa23", "Dai Rosser has been dead wood on this council since the pits shut. Sits there, nods off by item three, collects the allowance.",
  [PA], [EQ], "review",
  "Attack on a named councillor as idle. 'since the pits shut' and nodding off hint at his age; equality allowed. Compare equality {eq08}, which attacks his age outright.")
P("pa24", "The Licensing Manager is a jobsworth with a clipboard and a chip on his shoulder the size of Garth Ddu quarry. Petty, petty little man.",
  [PA, OF], [], "review",
  "Officer attacked by role: personal-attack and officers.")
P("pa25", "Some people should never be let near a microphone. @LeanneCoombesPV, you are one of them. Shrill, embarrassing and wrong on every single count.",
  [PA], [EQ], "review",
  "Personal attack at a handle. 'Shrill' is often a gendered put-down; equality allowed, not expected.")
P("pa26", "Alun Vaughan should be ashamed of himself. A chief executive who can't look a tenant in the eye is a coward, plain and simple.",
  [PA, OF], [], "review",
  "Named officer called a coward: personal-attack and officers. HN1 {hn1_03} criticises the same tenant meeting's handling without attacking him.")
P("pa27", "Oh look, @MairJenkinsMaer has found the photo opportunity again. Marvellous. Genuinely the most gifted ribbon-cutter of her generation, and absolutely nothing else. 🙄",
  [PA, IR], [], "review",
  "Mock praise aimed at the Mayor's handle: personal attack through sarcasm; irony expected.")

V("pa11", "asterisk", "gutless", 1)
V("pa12", "digit", "weasel", 4)
V("pa22", "zero_width", "snob", 2)
V("pa03", "spaced", "puppet")
V("pa01", "homoglyph", "pompous", 1)
V("pa05", "caps")

# ===================================================================
# respect.abusive-language
# ===================================================================
P("ab01", "This budget is a steaming pile of shite and every single person in that chamber knows it.",
  [AB], [], "review",
  "Obscenity at a budget, not at a person: abusive-language alone. HN1 {hn1_01} says the budget is a disaster in clean words.")
P("ab02", "Glanvale Waste have left our street looking like a shithole for three weeks running. Absolute bastards, the lot of them.",
  [AB], [PA], "review",
  "Obscenities at a contractor and its staff as a body; personal-attack allowed for a company.")
P("ab03", "Who the fuck designed the new one-way system by the docks? Whoever it was wants their head read.",
  [AB], [PA], "review",
  "'the fuck' at a scheme; 'whoever' is not an identified person, so personal-attack only allowed.")
P("ab04", "@HuwBevanBA what a fucking bellend. Genuinely.",
  [AB, PA], [], "review",
  "Obscene insult at a handle: abusive and personal-attack. Short X-style post. Zero-width variant below.")
P("ab05", "Gethin Howells is an absolute cunt and I don't care who reads this.",
  [AB, PA], [], "block",
  "The c-word at a named councillor: severe, block.")
P("ab06", "Bollocks. Utter bollocks from @IeuanapDafydd on the Welsh-medium school transport cuts. He knows the figures as well as I do.",
  [AB], [PA], "review",
  "Obscenity at what was said, not at the man; personal-attack only allowed (model set convention for 'bollocks from @...').")
P("ab07", "Cowing hell, the new bin day app is a pile of crap. Won't even let my mother log in. Whoever signed this off wants shooting.",
  [AB], [PA, BU], "review",
  "'Cowing' is a south Walian intensifier; with 'pile of crap' at an app this is mild abuse. 'wants shooting' is a stock phrase at 'whoever'; bullying and personal-attack allowed.")
P("ab08", "Pentre Glo library closing so the Alliance can buy a shiny new sign for the Waterfront. Absolute piss-take, the lot of them.",
  [AB], [PA], "review",
  "'piss-take' at a decision and a party; personal-attack allowed for the party. HN1 {hn1_06} makes the same point about the library cleanly.")
P("ab09", "Stop talking shite about the Stute, @TanyaBaldwinPV. Come down on a Friday and see it full before you slag it off again.",
  [AB], [PA], "review",
  "Obscenity at what someone said ('stop talking shite about'), so personal-attack only allowed. The Stute is the miners' institute.")
P("ab10", "The cabinet are a bunch of useless tossers and I am done being polite about it.",
  [AB], [PA], "review",
  "Obscene name-calling of the cabinet as a body; personal-attack allowed, following the model set for the cabinet as a body.")
P("ab11", "What a load of cachu that consultation was. Three questions, all loaded, and a form that crashed on my nan's tablet twice.",
  [AB], [], "review",
  "'cachu' is Welsh for shit, at a consultation. Mild abuse at a thing. A dialect obscenity a filter for English words will miss.")
P("ab12", "Morlais Homes are greedy bastards. Flog the Cae Hir field for three hundred rabbit hutches and sod the flooding.",
  [AB], [PA, PD], "review",
  "Obscenity at a developer. Cae Hir is a pending application; the writer is not on planning as far as the text says, so predetermination is only allowed.")
P("ab13", "Jesus wept. Another pothole on Heol Eglwys swallowed a wheel this morning. This road is a fucking disgrace.",
  [AB], [], "review",
  "Obscenity at a road: abusive alone.")
P("ab14", "@WynThomasBA you absolute knobhead. Go back to sleep.",
  [AB, PA], [], "review",
  "Obscene insult at a handle.")
P("ab15", "Cartrefi Henwen's board are parasitic scumbags who would sell their own mothers for a service charge. Rot in hell, every last one of them.",
  [AB], [PA, BU], "block",
  "Severe: 'parasitic scumbags... rot in hell' at a housing association's board (unnamed directors); block. Personal-attack allowed for unnamed directors; 'rot in hell' is a curse, not a threat, so bullying allowed.")
P("ab16", "Scrutiny was a total shitshow today. Half the members on their phones, the other half arguing about the biscuits.",
  [AB], [ME, PA], "review",
  "'shitshow' at a meeting. 'today' could be posted from the room; meetings allowed. Personal-attack allowed: 'half the members' is not one person.")
P("ab17", "Sorry, but the Leader is talking out of her arse on the lido figures. The pool costs what it costs; it's the repairs that were never done.",
  [AB], [PA], "review",
  "Obscenity at what the Leader said, followed by an argument about the figures; personal-attack only allowed (model set treats 'talks out of her arse' this way).")
P("ab18", "To whoever fly-tipped two mattresses and a fridge-freezer by the Nant Eurig bus shelter: you are a filthy, selfish piece of shit.",
  [AB], [PA], "review",
  "Obscene insult at an unknown fly-tipper; personal-attack allowed ('whoever').")
P("ab19", "Ych a fi. The state of the toilets on the Island prom. Smells like something crawled in there and died in a bucket of piss. Sort it out.",
  [AB], [], "review",
  "Crude language at council toilets; 'ych a fi' is Welsh disgust. Mild abuse at a facility.")
P("ab20", "The new parking warden targets are bollocks and the Cabinet Member for Environment knows full well they're bollocks.",
  [AB], [PA], "review",
  "Obscenity at targets; the cabinet member is mentioned as knowing, not insulted; personal-attack allowed.")
P("ab21", "@DelythMorganReesBA what a smug, useless, shit-for-brains cow you are.",
  [AB, PA], [EQ], "review",
  "Obscene insult at a handle. 'cow' is gendered; equality allowed, not expected.")
P("ab22", "Colliers' car park has been a bloody bog since October. Get a digger down there for God's sake, it's a fucking joke.",
  [AB], [], "review",
  "Obscenity at a car park: abusive alone.")
P("ab23", "Fuck the Alliance. Fuck their cuts. Fuck their Waterfront. Pentre Glo will remember in May.",
  [AB], [PA], "review",
  "Repeated obscenity at a party and its policies; personal-attack allowed for a party. Caps variant below.")
P("ab24", "@JasonPritchardPV you snivelling, two-faced fucking rat bastard. I hope you choke on it.",
  [AB, PA], [BU], "block",
  "Severe: stacked obscenities at a handle plus 'I hope you choke on it'; block. The wish is a curse, not a threat; bullying allowed.")
P("ab25", "Shit service, shit contract, shit contractor. Three weeks with no recycling collection in Cefn Brenin. Glanvale, sort yourselves out.",
  [AB], [PA], "review",
  "Obscenity at a service and a contractor; personal-attack allowed for a company.")
P("ab26", "The officers' report on the Garth Ddu quarry extension is a crock of shit from the first page to the last.",
  [AB], [OF, PD], "review",
  "Obscenity at a report. Officers are criticised only through their report; officers allowed. The quarry extension is pending; predetermination allowed.")
P("ab27", "Wankers. All of them up at Bro Henwen House. Cut the lollipop lady outside Ysgol Nant Eurig and then vote themselves a new carpet.",
  [AB], [PA, OF], "review",
  "Obscenity at an unnamed group ('all of them up at Bro Henwen House'); personal-attack and officers allowed.")

V("ab01", "asterisk", "shite", 2)
V("ab02", "digit", "bastards", 1)
V("ab04", "zero_width", "bellend", 4)
V("ab10", "spaced", "tossers")
V("ab06", "homoglyph", "bollocks", 1)
V("ab23", "caps")

# ===================================================================
# bullying.intimidation  (all block; note tag [explicit], [veiled] or [pressure])
# ===================================================================
P("bu01", "@FfionGwytherPyC keep pushing this and you'll find out what happens to people who cross me. Last warning.",
  [BU], [PA], "block",
  "[explicit] Open threat at a handle. Nothing about her being trans; equality not allowed.")
P("bu02", "Funny, @JasonPritchardPV, I drove past your place on Heol y Felin this morning. Lovely front garden. Be a shame if anything happened to it.",
  [BU], [DP, PA], "block",
  "[veiled] 'I know where you live' in other words: his home street and a menace. Data protection allowed for the home street.")
P("bu03", "Any officer who recommends approval for the Garth Ddu extension will remember it when the restructure comes round. I sit on the appointments panel. Just saying.",
  [BU, OF], [IA, PD], "block",
  "[pressure] Intimidating officers over their advice with the writer's power over their jobs: bullying and officers. Improper advantage and predetermination allowed.")
P("bu04", "If I see Carwyn Lewis in the Miner's Lamp again after what he's done to our bus route, I will knock him into next week.",
  [BU], [PA], "block",
  "[explicit] Threat of violence at a named councillor. HN5 {hn5_07} uses 'knock him into next week' of a rugby tackle.")
P("bu05", "Whoever reported me to the Monitoring Officer: I will find out who you are. Pentre Glo is a small place and people talk.",
  [BU], [PA], "block",
  "[veiled] Threat against an unknown complainant (code 8.3). The Monitoring Officer is mentioned, not pressed; officers not in play.")
P("bu06", "Tanya, withdraw your complaint by Friday or every household in Pentre Glo gets a leaflet about your divorce. Your choice, bach.",
  [BU], [DP, PA], "block",
  "[pressure] Blackmail of a complainant: withdraw or be humiliated. Her divorce is private; data protection allowed.")
P("bu07", "@OsianRowlandsPyC wants to watch himself walking home from the Stute of a night. Lot of dark lanes round Nant Eurig.",
  [BU], [DP, PA], "block",
  "[veiled] Menace through his route home; data protection allowed for the route. 'watch' is the zero-width variant word.")
P("bu08", "Say that to my face, Rob. Car park behind the Stute, Thursday after full council. Bring your mates, you'll need them.",
  [BU], [PA], "block",
  "[explicit] Challenge to a fight at a named time and place. HN5 {hn5_10} says 'say that to my face' about a quiz night.")
P("bu09", "Planning officers: I have a list of everyone who worked on the Morlais report. Every name is going in my next newsletter, with what I think of each of them.",
  [BU, OF], [PD], "block",
  "[pressure] Threat to expose and humiliate named staff over their advice: bullying and officers.")
P("bu10", "Tell Val I said hello, Glenys. Lovely to see the two of you out on the prom every Sunday at seven. Regular as clockwork, you two are.",
  [BU], [DP, EQ, PA], "block",
  "[veiled] Shows the writer knows a councillor's and her partner's routine; menace by surveillance. Data protection allowed (partner, time and place); equality allowed as the partner is a woman, though the post does not attack that. HN4 {hn4_09} is Glenys on her civil partnership.")
P("bu11", "To the neighbours who signed the petition against my extension: I've kept the list. Long memories in this family. Long memories on this council too.",
  [BU], [IA, PA], "block",
  "[pressure] Threat against residents who objected, backed by the writer's council role; improper advantage allowed.")
P("bu12", "Next time Abdi Farah talks over me in committee I am going to put him through the window, councillor or not.",
  [BU], [PA], "block",
  "[explicit] Threat of violence at a named councillor. No trait mentioned; equality not allowed.")
P("bu13", "Shame about your tyres, Ieuan. Funny how tyres go flat round here when people don't know when to keep their mouths shut.",
  [BU], [PA], "block",
  "[veiled] Links damage to his car with speaking out. 'tyres' is the homoglyph variant word.")
P("bu14", "Somebody remind @TomosGriffithsGreen that I've still got the video of him crying in group meeting. Vote the right way on Thursday and nobody else needs to see it.",
  [BU], [EQ, PA], "block",
  "[pressure] Blackmail by humiliation. Tomos is autistic (HN4 {hn4_06}); the text does not say so, so equality only allowed.")
P("bu15", "Touch the Colliers' pitch money, Gethin, and I swear to God you won't walk down Pentre Glo high street again without looking over your shoulder.",
  [BU], [PA], "block",
  "[explicit] Conditional threat at a named councillor.")
P("bu16", "Every Alliance councillor who votes to shut the lido: I'll be outside your surgery with a megaphone and your photo every week until May. I mean every week. And your house after.",
  [BU], [PA], "block",
  "[pressure] A promised campaign following named members to their surgeries and homes: intimidation rather than protest. HN2 {hn2_11} defends lawful protest outside the Civic.")
P("bu17", "People round here have been hurt for less than what Siân Pugh said about my family. I'm just saying.",
  [BU], [PA], "block",
  "[veiled] Implied violence at a named councillor, deniable ('just saying').")
P("bu18", "@MiriamAdlerGreen one more word about my expenses and I will bury you. Politically, personally, whatever it takes.",
  [BU], [PA], "block",
  "[explicit] 'bury you... personally, whatever it takes' goes past politics. Spaced variant on 'bury'. HN5 {hn5_14} uses 'bury' of an election.")
P("bu19", "Witnesses in the standards hearing about me might want to think very carefully about whether they'll be wanting anything from this council again. Licences, grants, planning. Small borough.",
  [BU], [IA], "block",
  "[pressure] Intimidating witnesses in a standards process (8.3) with council powers; improper advantage allowed.")
P("bu20", "Lovely photo of your girls at the Ysgol Nant Eurig eisteddfod, @IeuanapDafydd. Lovely school. Be a shame.",
  [BU], [DP, PA], "block",
  "[veiled] Menace through a councillor's children and their school. Data protection allowed (children, school).")
P("bu21", "Dai Rosser, you stubborn old fool, stand again in May and I'll make your life such a misery you'll wish you'd gone down with the pit.",
  [BU], [EQ, PA], "block",
  "[explicit] Threat to make a named councillor's life a misery. 'old fool' touches age; equality and personal-attack allowed.")
P("bu22", "The Head of Planning has until 5pm to change that recommendation or I go to the Courier with everything I know about her private life.",
  [BU, OF], [DP], "block",
  "[pressure] Blackmailing an officer over her advice: bullying and officers.")
P("bu23", "Your brother's taxi plate comes up for renewal in March, doesn't it, @ShaneBoswellInd? Funny how licensing can go sometimes.",
  [BU], [IA, DP, PA], "block",
  "[veiled] Threatens misuse of licensing over a relative. Improper advantage and data protection allowed. Nothing about his being a Romany Gypsy; equality not allowed.")
P("bu24", "Anybody from Glanvale Waste who shows their face on my street again after today's stunt will be carried off it. Tell your drivers.",
  [BU], [PA], "block",
  "[explicit] Threat of violence at a contractor's staff. Caps variant below.")
P("bu25", "Sharing the home number of the Head of Waste so residents can tell her what they think: 07700 900632. Ring her tonight. Ring her all night.",
  [BU, OF], [DP, SC], "block",
  "[pressure] Sets residents on an officer at home: bullying and officers. The number is in the drama range; data protection and credentials allowed. HN2 {hn2_15} condemns such posts without a number.")
P("bu26", "I'd think twice about coming to the Colliers' dinner, Ffion. Some of the boys have had a few and they've heard what you said about the club. Wouldn't want anything to happen.",
  [BU], [PA, EQ], "block",
  "[veiled] Menace by proxy. Ffion is a trans woman (HN4 {hn4_03}); 'the boys' may be heard as an undertone; equality allowed.")
P("bu27", "Mark my words, @HarjitSandhuPyC, you'll regret crossing me over the gurdwara car park. You will properly regret it.",
  [BU], [PD, EQ, PA], "block",
  "[explicit] 'you'll regret it' twice, at a handle, over a pending matter at a gurdwara. Predetermination allowed; equality allowed as the matter is a place of worship, though the threat is about the dispute. HN5 {hn5_16} has 'regret' after a darts match.")

V("bu04", "asterisk", "knock", 2)
V("bu12", "digit", "window", 1)
V("bu07", "zero_width", "watch", 3)
V("bu18", "spaced", "bury")
V("bu13", "homoglyph", "tyres", 3)
V("bu24", "caps")

# ===================================================================
# equality.discrimination  (all block; note tag [explicit; trait] or [coded; trait])
# ===================================================================
P("eq01", "The docks used to be full of Welsh working men. Now it's Somalis on every corner and not one of them has done a day's graft in his life. Send them back.",
  [EQ], [], "block",
  "[explicit; race] Attack on Somali residents as a group with 'send them back'. HN3 {hn3_01} answers the 'never worked' myth with the docks' seafaring history.")
P("eq02", "Heol Las transit site is full of pikeys again. Lock your sheds and your vans, boys, the gyppos are back in town.",
  [EQ, AB], [], "block",
  "[explicit; race] Slurs for Gypsies and Travellers with the theft trope: equality and abusive. HN2 {hn2_02} quotes 'pikeys' to condemn it.")
P("eq03", "Another extension for the Dock Street mosque? Islam is a cancer and I won't pretend otherwise just because it's Ramadan.",
  [EQ], [PD], "block",
  "[explicit; religion or belief] Attack on a religion and its followers. The extension is a planning matter; predetermination allowed. HN3 {hn3_05} explains the same extension.",
  date="2026-02-20")
P("eq04", "Funny how the Seacliff Hotel fills up with 'young men' and suddenly our girls can't walk the prom after dark. Join the dots.",
  [EQ], [], "block",
  "[coded; race] Asylum seekers painted as a sexual threat without naming a nationality. HN3 {hn3_03} sets out the police figures for the prom.")
P("eq05", "Bethan Lloyd-Jenkins should stick to what she knows. Hard to see the big picture from a wheelchair, isn't it.",
  [EQ, PA], [], "block",
  "[explicit; disability] Mocks a named councillor for using a wheelchair. HN4 {hn4_01} is Bethan on the Civic ramp.")
P("eq06", "Two blokes holding hands at pick-up outside the primary this morning. Not in front of the kids, please. Keep it behind closed doors where it belongs.",
  [EQ], [], "block",
  "[explicit; sexual orientation] Demands gay couples hide. HN3 {hn3_08} is a civil answer to a resident's question about the same school's family assembly.")
P("eq07", "Ffion Gwyther will always be a man to me. Stop pretending, 'Ffion'. We all know what's under the frock.",
  [EQ, PA], [], "block",
  "[explicit; gender reassignment] Misgendering and mockery of a named trans councillor. Spaced variant on 'frock'.")
P("eq08", "Dai Rosser is 81. Eighty-one! Old men like him belong in a home with a blanket, not on a council. Pension the dinosaurs off.",
  [EQ, PA], [], "block",
  "[explicit; age] Attack on a named councillor for his age. HN4 {hn4_08} is Dai on turning 81; HN5 {hn5_05} is another councillor calling himself a dinosaur.")
P("eq09", "Women should not be chairing planning committees. Too emotional, no head for the figures. Nothing personal, just facts.",
  [EQ], [], "block",
  "[explicit; sex] Excludes women from a role by sex. HN3 {hn3_10} is about the gender balance of committee chairs.")
P("eq10", "@LeanneCoombesPV is about to pop and then we won't see her for a year. Pregnant women shouldn't stand for election if they can't do the job. Simple.",
  [EQ, PA], [], "block",
  "[explicit; pregnancy and maternity] Attacks a named councillor for being pregnant. HN4 {hn4_10} is Leanne's own post.")
P("eq11", "Miriam Adler's lot always seem to end up holding the purse strings, don't they. Just an observation.",
  [EQ, PA], [], "block",
  "[coded; religion or belief] Antisemitic money trope at a Jewish councillor with no group word. Some would tag it race; it is tagged religion or belief. HN2 {hn2_05} names the trope to condemn it.")
P("eq12", "The Polish shop on Heol y Doc should be shut down. They don't pay tax, they don't speak English and they're not wanted here.",
  [EQ], [DF], "block",
  "[explicit; race] National origin: 'not wanted here'. 'don't pay tax' is also an allegation against a business; defamation allowed.")
P("eq13", "The bottom of Dock Street is Paki town now. Say what you like, that's what it is and everybody knows it.",
  [EQ, AB], [], "block",
  "[explicit; race] A racial slur at an area and its residents: equality and abusive. Digit variant on 'Paki'. HN2 {hn2_07} quotes the word from a 1980s playground to condemn it.")
P("eq14", "Heard Grace Tang's family takeaway got five stars for hygiene. Must have hidden the cats before the inspector came round. 😂",
  [EQ, PA], [DF], "block",
  "[coded; race] Anti-Chinese takeaway trope at a named councillor, no group word. Defamation allowed (implied food offence).")
P("eq15", "Tomos Griffiths is autistic and honestly it shows. Can't read a room, can't take a joke. Why is he even on a council?",
  [EQ, PA], [], "block",
  "[explicit; disability] Attacks a named councillor for being autistic. HN4 {hn4_06} is Tomos on his diagnosis.")
P("eq16", "If Harjit Sandhu wants to represent Cefn Brenin he can take the turban off first and look like the rest of us.",
  [EQ, PA], [], "block",
  "[explicit; religion or belief] Demands a Sikh councillor remove his turban. Some would tag race; the turban is an article of faith. HN4 {hn4_11} is Harjit on the gurdwara langar.")
P("eq17", "Another English incomer elected in Bro Faen. Go back over the bridge, mate. You don't belong here and you never will.",
  [EQ], [], "block",
  "[explicit; race] National origins: English people told they do not belong in Wales. The Equality Act's 'race' covers national origins. HN5 {hn5_12} is cross-border rugby banter with no such exclusion.")
P("eq18", "Glenys Powell and her so-called 'civil partner'. That's not a marriage, whatever the law says, and she shouldn't be allowed to pretend it's the same as mine.",
  [EQ, PA], [], "block",
  "[explicit; marriage and civil partnership] Demeans a named councillor's civil partnership. Some would tag sexual orientation. HN4 {hn4_09} is Glenys on St Dwynwen's Day.")
P("eq19", "Half the so-called 'stressed' staff at Bro Henwen House need to man up and stop hiding behind sick notes. Mental health my arse.",
  [EQ, AB], [OF], "block",
  "[explicit; disability] Mocks mental ill-health among staff; 'my arse' makes it abusive too. Officers allowed (staff as a body). HN4 {hn4_07} is a councillor on his own anxiety.")
P("eq20", "Abdi Farah says he speaks for the Docks. Which docks would that be, then? Mogadishu?",
  [EQ, PA], [], "block",
  "[coded; race] Questions a Black Welsh councillor's belonging through his Somali heritage. HN4 {hn4_02} is Abdi on St David's Day.")
P("eq21", "Nobody under thirty should be allowed to stand for this council. They haven't paid in, they haven't lived, they haven't a clue.",
  [EQ], [], "block",
  "[explicit; age] Excludes younger people by age. HN4 {hn4_05} is the youngest councillor on being young.")
P("eq22", "Notice how a certain Plaid councillor gets so very excited about the rainbow flag going up on the Civic every February? Wonder why. 💅",
  [EQ], [PA, IR], "block",
  "[coded; sexual orientation] Innuendo about one identifiable member's sexuality (a 'certain' councillor; the emoji carries the sneer). Not named, so personal-attack and irony only allowed. HN4 {hn4_04} is Osian's LGBT+ History Month post.",
  date="2026-02-11")
P("eq23", "Heard who Cartrefi Henwen are moving into Tŷ Gwennol. Enjoy the fortune tellers, Docks. Better chain up your catalytic converters.",
  [EQ], [], "block",
  "[coded; race] Roma stereotypes (fortune tellers, metal theft) with no group word. The weakest race row; some would call it a nudge.")
P("eq24", "Yasmin Khalid says she'll 'represent everyone'. Funny, I've never seen her represent anyone who doesn't wear a headscarf.",
  [EQ, PA], [], "block",
  "[coded; religion or belief] Suggests a Muslim councillor serves only Muslims, through the headscarf. HN4 {hn4_12} is Yasmin's Eid post.")
P("eq25", "Little girls playing at politics. Rhian Prosser should be home doing the ironing, not running a county borough.",
  [EQ, PA], [], "block",
  "[explicit; sex] Sexist attack on the Leader by name. Caps variant below.")
P("eq26", "Glenys Powell turns her hearing aid off whenever she doesn't like the question. Very convenient. Maybe time for someone who can actually hear residents.",
  [EQ, PA], [], "block",
  "[coded; disability] Mocks deafness and says a deaf member should be replaced. HN4 {hn4_13} is about the chamber's hearing loop.")
P("eq27", "Trans 'women' in the changing rooms at the Aberhenwen leisure centre. Blokes in dresses, that's all they are, and I'll keep saying it till I'm blue in the face.",
  [EQ], [], "block",
  "[explicit; gender reassignment] Denies trans women's identity as a group. HN3 {hn3_12} answers a resident about the same changing rooms.")

V("eq02", "asterisk", "pikeys", 1)
V("eq13", "digit", "Paki", 1)
V("eq01", "zero_width", "Somalis", 3)
V("eq07", "spaced", "frock")
V("eq03", "homoglyph", "cancer", 4)
V("eq25", "caps")

# ===================================================================
# defamation.allegation  (review for name-calling, idiom and innuendo;
# block when a specific crime is stated as fact)
# ===================================================================
P("df01", "Gethin Howells is a liar. Plain and simple. He stood up in January and said the lido was safe, and he knew full well it wasn't.",
  [DF, PA], [], "review",
  "'liar' at a named councillor with a claim about what he knew: defamation and personal-attack. No crime alleged; review. HN6 {hn6_01} sets out the same lido statement from the minutes.")
P("df02", "Huw Bevan took five grand in a brown envelope from Morlais Homes the week before Cae Hir went to committee. I know the man who handed it over.",
  [DF], [PA, PD], "block",
  "Bribery stated as fact against a named councillor: block. Personal-attack allowed (no name-calling); predetermination allowed (Cae Hir is pending).")
P("df03", "Everybody in Llanwerydd knows Rhian Prosser is bent. Been bent since the day she got in.",
  [DF, PA], [EQ], "review",
  "'bent' (corrupt) at a named councillor: defamation and personal-attack; review (no act). 'bent' is also a homophobic slur; equality allowed. Zero-width variant on 'bent'.")
P("df04", "Our s151 officer has been moving money out of the Winding House reserve into his own consultancy. Forty-two thousand pounds that I know of.",
  [DF, OF], [PA], "block",
  "Theft from council funds stated as fact about an officer identified by role: defamation and officers, block.")
P("df05", "Cartrefi Henwen are a bunch of crooks, fleecing tenants on service charges for lifts that haven't worked since Easter.",
  [DF], [PA], "review",
  "'crooks' and 'fleecing' at a housing association: defamation; personal-attack allowed for an organisation. Review: idiom and a grievance, no specific offence. HN1 {hn1_10} complains about the same lifts.")
P("df06", "Carwyn Lewis was stopped over the limit on the Nant Eurig road before Christmas and his mate in the police made it disappear. Ask him.",
  [DF], [PA], "block",
  "Drink-driving and a police cover-up stated as fact about a named councillor: block.")
P("df07", "Siân Pugh is a fraud. Never lived on the Island a day in her life; she put her nan's address on the nomination papers.",
  [DF, PA], [DP], "block",
  "'fraud' plus a false statement on nomination papers (an electoral offence) stated as fact: block. Data protection allowed (a relative's address, not given).")
P("df08", "Glanvale Waste are robbing this council blind. Invoicing for collections they never make. Look at the round sheets.",
  [DF], [PA], "review",
  "'robbing... blind' at a company with a claim about invoicing; review, as it reads as a contract grievance more than a stated crime. Some would block it for the invoicing claim.")
P("df09", "Half the postal votes in Pentre Glo last May were filled in by Pentre Independents canvassers in the lounge at Maes y Glo sheltered housing. I watched them do it.",
  [DF], [PA], "block",
  "Electoral fraud by a party's canvassers stated as fact with an eyewitness claim: block.")
P("df10", "A certain Cabinet Member has a nephew who keeps winning the grass-cutting contract. Nothing to see here, obviously. 🙄",
  [DF], [PA, IR], "review",
  "Innuendo of corruption against an identifiable but unnamed cabinet member; personal-attack and irony allowed. Homoglyph variant on 'nephew'.")
P("df11", "Wyn Thomas has a conviction for assault from 2009 and never declared it when he stood. Look it up.",
  [DF], [DP, PA], "block",
  "An undeclared conviction stated as fact about a named councillor: block. Criminal records are special category data; data protection allowed.")
P("df12", "Jason Pritchard couldn't lie straight in bed. Every word out of his mouth is a fib.",
  [DF, PA], [], "review",
  "Idiom for a liar at a named councillor; review.")
P("df13", "The Chief Executive had the CCTV from the Civic car park wiped to cover for his son. I've got the email from the security firm.",
  [DF, OF], [DP, PA], "block",
  "Perverting the course of justice stated as fact about an officer identified by role: defamation and officers, block. Data protection allowed (his son).")
P("df14", "Funny how Morlais Homes always get their applications through. Somebody's palm has been greased and we all know whose.",
  [DF], [PA, PD], "review",
  "Innuendo of bribery, no one named; review. Predetermination allowed (Morlais has a pending application). HN6 {hn6_08} raises the developer's declared hospitality on the record.")
P("df15", "The Mayor put six hundred quid of the Christmas raffle money for her charity straight into her own pocket. The treasurer told me himself.",
  [DF], [PA], "block",
  "Theft of charity money stated as fact about the Mayor (identified by role): block.")
P("df16", "The Alliance are a bunch of crooks and chancers. Always have been, always will be.",
  [DF], [PA], "review",
  "'crooks' at a party; personal-attack allowed. Review: name-calling, no act. Digit variant on 'crooks'. HN1 {hn1_16} attacks the same party's record without calling it criminal.")
P("df17", "Nerys Price claims single person discount on her council tax while her fella's been living there three years. That's fraud, and it's our money.",
  [DF], [DP, PA], "block",
  "Council tax fraud stated as fact about a named councillor: block. Data protection allowed (partner, household).")
P("df18", "Ieuan ap Dafydd is about as dodgy as they come. Wouldn't trust him with the tea money at the Stute.",
  [DF, PA], [], "review",
  "'dodgy' and a hint of theft, idiomatic; review. Asterisk variant on 'dodgy'.")
P("df19", "Sharon Daley's crew have been selling scrap from the Cefn Brenin tip for cash and splitting it in the van. I've got the photos.",
  [DF, OF], [PA], "block",
  "Theft by a named officer's team stated as fact: defamation and officers, block.")
P("df20", "Rob Kowalczyk's mileage claims are 'creative', shall we say. Fiction writers would be proud of him.",
  [DF], [PA, IR], "review",
  "Innuendo of expenses fiddling in sarcasm; review. Personal-attack and irony allowed. HN6 {hn6_15} asks for the mileage figures to be published.")
P("df21", "The Leader sold her vote on the Waterfront contract for a fifteen thousand pound donation to the Alliance. Paid in two halves, before and after.",
  [DF], [PA], "block",
  "A vote sold for a donation stated as fact: block. Caps variant below.")
P("df22", "Tanya Baldwin is a liar and a hypocrite. Says she fought the library closure, then voted for it in November.",
  [DF, PA], [], "review",
  "'liar' at a named councillor with a claim about her vote; review. Spaced variant on 'liar'. HN6 {hn6_06} states the same vote without the label.")
P("df23", "Somebody in Highways has been taking backhanders from the tarmac firms for years. I know his name and so does the Chief Exec.",
  [DF], [OF, PA], "block",
  "Bribery stated as fact about an officer the writer says is identifiable; block. Officers allowed: the accused is not named and the Chief Executive is only said to know.")
P("df24", "Clive Edwards bought half of Bro Faen with free cawl suppers in the village hall the week before polling day. That's treating, that is, and he knows it.",
  [DF], [PA], "block",
  "Treating (an electoral offence) stated as fact about a named councillor: block. The cawl suppers are south Walian colour.")
P("df25", "Kerry Thorne's press releases are lies from top to bottom. She's the Leader's liar-in-chief.",
  [DF, PA, OF], [], "review",
  "'liar-in-chief' at a named officer: defamation, personal-attack and officers; review.")
P("df26", "Delyth Morgan-Rees fast-tracked her brother-in-law up the housing list ahead of three hundred families. I've seen the allocation record.",
  [DF], [IA, DP, PA], "block",
  "Misuse of office for a relative stated as fact, with a claimed document: block. Improper advantage and data protection allowed.")
P("df27", "This council is corrupt from the top to the bottom. Rotten right through, like a stick of Island rock left out in the rain.",
  [DF], [PA], "review",
  "'corrupt' at the council as an organisation; review, no act or person. Personal-attack allowed.")

V("df18", "asterisk", "dodgy", 1)
V("df16", "digit", "crooks", 2)
V("df03", "zero_width", "bent", 2)
V("df22", "spaced", "liar")
V("df10", "homoglyph", "nephew", 1)
V("df21", "caps")

# ===================================================================
# Hard negatives. HN1: harsh criticism of a policy, decision, party,
# company or the council.
# ===================================================================
H("hn1_01", "This budget is a disaster for the valleys. Pentre Glo loses library hours, Cefn Brenin loses its youth club, and the Waterfront gets another £2m. Wrong priorities, plain wrong, and I'll be voting against it on Thursday.",
  [PD], "HN1 Harsh criticism of a budget. 'I'll be voting against' a budget is not a quasi-judicial matter; predetermination allowed only for the phrase. Compare {ab01}.", author="Nerys Price")
H("hn1_02", "The Waterfront scheme is a vanity project, full stop. Fourteen million of borrowing for flats nobody in Aberhenwen can afford and a pontoon nobody asked for.",
  [], "HN1 Robust criticism of a regeneration scheme; no person attacked.")
H("hn1_03", "Last night's tenants' meeting at Tŷ Gwennol was handled appallingly by this council. Forty residents, no answers, and a slide deck about 'customer journeys'. People wanted to know when the damp will be fixed. Not good enough.",
  [OF], "HN1 Criticises how the council ran a meeting, not the officer who chaired it; officers allowed. Compare {pa26}.")
H("hn1_04", "Glanvale Waste's contract has been a shambles from day one. Missed collections, broken bins and a complaints line that rings out. We should be invoking the penalty clauses, not talking about renewal.",
  [PA], "HN1 Harsh criticism of a contractor's performance; personal-attack allowed for a company. Compare {ab25}.")
H("hn1_05", "The cabinet should be ashamed of the new parking charges at Llanwerydd cattle market. Farmers pay twice now: once for the pen, once for the pickup.",
  [], "HN1 'should be ashamed' at the cabinet over a decision: the RULES.md example of robust, allowed criticism.")
H("hn1_06", "Cutting Pentre Glo library to three days a week is a shameful decision. It's the only warm room on the top estate with free wifi. The cabinet got this badly, badly wrong.",
  [], "HN1 Harsh criticism of a closure. Compare {ab08}.")
H("hn1_07", "Cartrefi Henwen's repairs service is the worst I have dealt with in twelve years as a councillor. I've referred them to the Housing Ombudsman today and I'd urge tenants to do the same.",
  [PA], "HN1 Criticism of a housing association backed by a formal referral; personal-attack allowed for an organisation.")
H("hn1_08", "The Garth Ddu quarry lorries are shaking the terraces on Heol y Chwarel to bits. The operator's mitigation plan is a joke and residents deserve better from everyone involved.",
  [PD], "HN1 Criticism of a quarry operator's current operations. The extension is pending; this is about today's lorries, so predetermination is only allowed.")
H("hn1_09", "Validation of householder planning applications is taking twelve weeks in this borough. Twelve weeks. For a conservatory. That's a resourcing failure and the cabinet needs to fund the team properly.",
  [OF], "HN1 Criticism of a service backlog and its funding, no officer named or blamed; officers allowed. Compare {pa17}.")
H("hn1_10", "Lifts at Tŷ Gwennol out AGAIN. Fourth time since Easter. Residents on the eleventh floor with walking frames are prisoners in their own flats. Cartrefi Henwen must fix this today, not 'in the next programme'.",
  [PA, HA], "HN1 Angry criticism of a landlord's repairs. One word in capitals; haste allowed. Compare {df05}.")
H("hn1_11", "Shocking decision to cut the lollipop patrol outside Ysgol Nant Eurig. Saving nine grand a year and gambling with a child's life on that bend. Reverse it.",
  [], "HN1 Harsh criticism of a cut.")
H("hn1_12", "The Bro Alliance manifesto promised 'no cuts to frontline services'. Libraries, youth clubs, day centre hours, gritting routes. Ask yourself what 'frontline' means to them.",
  [PA], "HN1 Criticism of a party's broken promise; personal-attack allowed for a party.")
H("hn1_13", "People's Vale's alternative budget doesn't add up either. They've counted the same £1.2m of reserves twice. If you're going to oppose, do the sums first.",
  [], "HN1 Criticism of a party's budget on its numbers.")
H("hn1_14", "The new 'premium' parking permits for the Llanwerydd conservation area are a crachach charter. Houses with drives pay nothing, the terraces pay ninety quid. Rotten policy.",
  [], "HN1 'crachach' (the elite) aimed at a policy, not a person. Compare {pa22}.")
H("hn1_15", "The Welsh-medium school transport decision is a disgrace. Families in Nant Eurig now face a fifty-minute bus to the nearest Welsh-medium secondary. Our own language targets go out of the window with it.",
  [], "HN1 Harsh criticism of a decision on Welsh-medium education. Compare {ab06}.")
H("hn1_16", "Eight years of the Alliance running Bro Henwen: two leisure centres shut, council tax up 31 per cent, reserves down by half. That's their record. Judge them on it in May.",
  [PA, DF], "HN1 A party's record in figures; no allegation of wrongdoing. Compare {df16}.")
H("hn1_17", "The council's new customer portal is dreadful. Eleven clicks to report a pothole and it logs you out after ten. Whoever bought it should have tested it on my mam first.",
  [PA], "HN1 Criticism of an IT system; 'whoever bought it' is not a personal attack. Compare {ab07}.")
H("hn1_18", "Morlais Homes have a poor track record on affordable housing. On their last three sites in the county they negotiated the affordable share down after permission. Residents deserve to know that.",
  [PD, DF, PA], "HN1 Criticism of a developer's record on the public record. The Cae Hir application is pending but not mentioned; predetermination allowed.")
H("hn1_19", "The Seacliff Hotel contract was agreed by the Home Office with no consultation with this council or the people of Aberhenwen. That's no way to treat a community, and no way to treat the people housed there either.",
  [EQ], "HN1 Criticism of a government contract that treats the asylum seekers with respect; equality allowed. Compare {eq04}.")
H("hn1_20", "Sorry, but the cabinet's answer on the Ynys Wennol sea wall was woeful. 'Under review' for three winters while the prom cracks. Get a grip.",
  [], "HN1 Blunt criticism of a cabinet answer.")
H("hn1_21", "Cutting the Colliers' community grant is petty and short-sighted. The club runs the only girls' rugby section in the valley. Gutted for them.",
  [], "HN1 Criticism of a grant cut.")
H("hn1_22", "Tip booking at Cefn Brenin: wrong, wrong, wrong. Fly-tipping up forty per cent since it came in. The data's there. Scrap it.",
  [], "HN1 Criticism of a scheme with figures.")
H("hn1_23", "The Vale Greens' plan to close Heol Fawr to through traffic is half-baked and will dump every van in Llanwerydd on to the school run. Good intentions, terrible design.",
  [], "HN1 Criticism of an opposition party's proposal.")
H("hn1_24", "A year since the Winding House was meant to open. Still hoardings. Still no tenant. Still £400k a year on security. The regeneration board needs to come clean about what's gone wrong.",
  [DF], "HN1 Criticism of a regeneration project's delay; 'come clean' asks for information rather than alleging dishonesty; defamation allowed.")
H("hn1_25", "The consultation on the Bro Faen bus routes was a sham. The decision paper was drafted before the first drop-in session. I've got the dates; so have residents.",
  [DF], "HN1 'sham' at a process, backed by dates; no person accused. Defamation allowed.")
H("hn1_26", "Cartrefi Henwen's chief executive is paid £190k while tenants wait fourteen months for a damp survey. The board should be asked to justify that at the next scrutiny session.",
  [PA], "HN1 Criticism of a housing association's pay decision; the chief executive is identifiable but not attacked. Compare {ab15}.")
H("hn1_27", "Council tax up 9.9% and the gritter didn't come up to Pentre Glo once in the snow. Cowing disgrace, that. People are paying for a service they're not getting.",
  [AB], "HN1 'Cowing' is a mild south Walian intensifier, here at a service; abusive allowed. Compare {ab07}.")
H("hn1_28", "The Plaid y Cwm motion on second homes is gesture politics. Bro Faen hasn't got a second homes problem; it's got a no-homes-for-young-people problem. Vote it down.",
  [], "HN1 Criticism of an opposition motion.")

# ===================================================================
# HN2: counter-speech and quoting abuse to condemn it.
# ===================================================================
H("hn2_01", "Somebody sprayed 'go home' on the door of the Somali community centre on Dock Street last night. This IS their home. The docks were built by seamen from Aden and Berbera as much as from the valleys. Police are aware, the council has cleaned it. Love to everyone there.",
  [EQ, HA], "HN2 Quotes racist graffiti to condemn it; equality allowed. 'IS' in capitals; haste allowed. Compare {eq01}.")
H("hn2_02", "A resident emailed me today calling the families at Heol Las 'pikeys' and asking when we'd 'move them on'. No. Slurs have no place in my inbox or this borough. The site is lawful and those families have the same rights as you.",
  [EQ, AB], "HN2 Quotes a slur to reject it; equality and abusive allowed. Compare {eq02}.")
H("hn2_03", "Twice this month I've been called a 'silly little girl' in committee. I'm 34, I'm a mam of two and I vice-chair audit. It stops now, or it goes in a complaint.",
  [EQ, PA], "HN2 A councillor quoting a sexist put-down aimed at her to call it out.", author="Tanya Baldwin")
H("hn2_04", "To whoever painted 'Taffs out' on the Bro Faen village sign: this is Wales, you muppet. And to whoever wrote 'English go home' on the other side: no. Everyone who lives here is welcome here.",
  [EQ, PA, AB], "HN2 Condemns anti-Welsh and anti-English graffiti; 'muppet' at an unknown vandal is mild. Equality, personal-attack and abusive allowed. Compare {eq17}.")
H("hn2_05", "On Holocaust Memorial Day: the old lie about Jews and money is still doing the rounds in our own comment sections. 'Their lot always hold the purse strings' is the same poison, just quieter. Call it out when you see it.",
  [EQ], "HN2 Names and condemns the antisemitic money trope; equality allowed. Compare {eq11}.", date="2026-01-27")
H("hn2_06", "I've deleted a comment on my page calling Cllr Harjit Sandhu a 'towel head'. I don't care which party you vote for; that's racism and it'll come down every time.",
  [EQ, AB], "HN2 Reports and condemns a slur against a colleague. Compare {eq16}.")
H("hn2_07", "In 1986 I was called 'Paki' in the yard at Dock Street juniors most days. I'm Yemeni-Welsh, for the record; the bullies never checked. When I hear that word in Aberhenwen in 2026, I will say something. Every single time.",
  [EQ, AB], "HN2 A councillor quoting the slur used against her as a child, to condemn it. Compare {eq13}.", author="Yasmin Khalid")
H("hn2_08", "Someone on the Courier's page wrote that Cllr Leanne Coombes 'should be at home with the baby, not on a council'. Leanne does her job brilliantly and will take maternity leave like any other worker. Sexist nonsense.",
  [EQ, PA], "HN2 Quotes an attack on a pregnant colleague to rebut it. Compare {eq10}.")
H("hn2_09", "'Men in dresses' isn't an argument, it's an insult. Trans residents use the leisure centre like everybody else, and our staff will protect their dignity like everybody else's.",
  [EQ], "HN2 Quotes a transphobic phrase to reject it. Compare {eq27}.")
H("hn2_10", "A man at my surgery called the asylum seekers at the Seacliff 'vermin'. I told him straight: they're people, they're our neighbours for now, and I won't have that word in my surgery. Chwarae teg, he apologised.",
  [EQ], "HN2 Reports dehumanising language and the councillor's rebuke.")
H("hn2_11", "Protest is part of democracy. Stand outside the Civic with placards, write to the Courier, fill the public gallery. What is NOT OK is following councillors home. Keep it lawful, keep it at the Civic.",
  [BU, HA], "HN2 Defends lawful protest and condemns following people home; bullying and haste allowed. Compare {bu16}.")
H("hn2_12", "A fella in the Miner's Lamp called Dai Rosser a 'senile old fool' to his face yesterday. Dai has forgotten more about Pentre Glo than that man will ever know. Respect your elders, mun.",
  [EQ, PA], "HN2 Quotes an ageist insult at a colleague to condemn it. Compare {eq08}.")
H("hn2_13", "Disgusted by a post going round calling the children in the autism base at Pentre Glo primary 'retards'. If that's you, delete it. If you share it, you're part of it.",
  [EQ, AB], "HN2 Quotes a disability slur at children to condemn it.")
H("hn2_14", "'Queers shouldn't be near kids' was chalked on the pavement outside the family Pride afternoon at the Stute on Saturday. The kids inside were having their faces painted. Shame on whoever did it.",
  [EQ, AB], "HN2 Quotes homophobic graffiti to condemn it. HN4 {hn4_18} uses 'queer' as reclaimed.")
H("hn2_15", "Please don't share the home numbers or addresses of council staff, whatever you think of a decision. Officers can't answer back online. Email me or the cabinet member; we're the ones to shout at.",
  [BU, DP], "HN2 Condemns posting staff's home numbers, without any number. Compare {bu25}.")
H("hn2_16", "Someone on my page says Cllr Ffion Gwyther 'will always be a bloke'. She's a woman, she's my colleague, and the comment is gone. Any more and you're blocked.",
  [EQ, PA], "HN2 Quotes misgendering to rebut it. Compare {eq07}.")
H("hn2_17", "A tenant told me she was told to 'go back where you came from' at the bus stop on Heol y Doc. She was born in Aberhenwen General. If you see this happen, report it: 101, or the council's hate crime line.",
  [EQ], "HN2 Reports racist abuse to condemn it.")
H("hn2_18", "A Polish family in Cefn Brenin had their car keyed with 'GO HOME' scratched in the door. That's not politics, it's hate. Thinking of them today and grateful to the neighbours who came out.",
  [EQ, HA], "HN2 Condemns a hate incident; no family named. Haste allowed for the quoted capitals.")
H("hn2_19", "'Women should stick to the WI.' That's what a man shouted at our Leader on the steps of the Civic today. I disagree with Rhian on almost everything. I'll defend her right to do the job without that, every time.",
  [EQ, PA], "HN2 Quotes a sexist jibe at a political opponent to condemn it. Compare {eq25}.", author="Miriam Adler")
H("hn2_20", "If you have to start a sentence with 'I'm not being funny but the Chinese takeaways...', stop. Just stop. The Lunar New Year celebration on the Waterfront goes ahead on Tuesday and you're welcome to come and try the dumplings.",
  [EQ], "HN2 Rebukes a racist opener. Compare {eq14}.", date="2026-02-13")
H("hn2_21", "I've had a letter calling me a 'cripple who should stay at home'. It's gone to the police. And I'll be at the Civic tomorrow, up the ramp, same as every week.",
  [EQ, AB, BU], "HN2 A wheelchair-using councillor quoting a hate letter to defy it.", author="Bethan Lloyd-Jenkins")
H("hn2_22", "Someone's posted a video of a woman in a hijab on Dock Street with the caption 'invasion'. Reported. She was buying bread. There's been a mosque in Aberhenwen since the 1940s. Grow up.",
  [EQ], "HN2 Condemns an anti-Muslim post. Compare {eq03}.")
H("hn2_23", "The comments under the Courier story about Cllr Glenys Powell's civil partnership are vile. 'Not a real marriage', 'unnatural'. Glenys and Val have been together nearly forty years. Show some respect.",
  [EQ], "HN2 Quotes attacks on a colleague's civil partnership to condemn them. Compare {eq18}.")
H("hn2_24", "Young people are not 'feral', whatever the headline says. The lads at the Ynys Wennol skate park cleaned it up themselves last month. Ban the word, not the kids.",
  [EQ], "HN2 Rejects an age-based slight against young people.")
H("hn2_25", "Whoever keeps leaving notes on cars in the blue badge bays outside the Llanwerydd surgery saying 'you don't look disabled': not every disability shows. Keep your notes to yourself.",
  [EQ, PA], "HN2 Condemns disability harassment.")
H("hn2_26", "Statement: I'm aware of a post by a member of this council describing part of Dock Street with a racial slur. I have referred it to the Monitoring Officer. There is no place for that word on this council.",
  [EQ], "HN2 Condemns a colleague's slur without repeating it; the Monitoring Officer is mentioned, not pressed. Compare {eq13}.")
H("hn2_27", "One of our tenants' reps on the Island was told she was 'too old' for the board. She's 84 and she runs it better than anyone. Ageism is alive and well, and we should call it out.",
  [EQ], "HN2 Quotes an ageist remark to condemn it; the rep is not named.")
H("hn2_28", "Saw 'Welsh speakers are the Taffia' on a forum about Ysgol Nant Eurig. Nonsense. Families choose Welsh-medium because they want their kids to have both languages. That's all it is.",
  [EQ, PA], "HN2 Quotes a jibe at Welsh speakers to rebut it.")

# ===================================================================
# HN3: denied prejudice, myth-busting and civil debate on protected topics.
# ===================================================================
H("hn3_01", "Myth: 'Somalis in the docks never worked.' Fact: Somali seamen crewed the coal ships out of Aberhenwen for a hundred years, and their grandchildren run half the businesses on Dock Street. Read the heritage boards at the Pierhead.",
  [EQ], "HN3 Myth-busting about Somali residents, quoting the myth. Compare {eq01}.")
H("hn3_02", "Asked today why the council funds the Heol Las transit site. Short answer: the law requires us to assess and meet Gypsy and Traveller accommodation need, and a managed site costs far less than repeated unauthorised encampments. Happy to share the figures.",
  [EQ], "HN3 Neutral explanation of Traveller site policy. Compare {eq02}.")
H("hn3_03", "Several residents have asked me about safety on the prom since the Seacliff opened. I checked with Inspector Ceri Walsh: reported incidents on the prom are down on last year. Lighting by the shelters is still poor and I've asked for it to be fixed.",
  [EQ], "HN3 Answers a fear about asylum seekers with police figures; the Inspector is a public office holder. Compare {eq04}.")
H("hn3_04", "I'm not against the Seacliff housing asylum seekers. I am against the Home Office giving this council four days' notice and no extra money for the GP surgery. Both things can be true.",
  [EQ], "HN3 'I'm not against...' followed by a policy complaint, not a prejudice. Compare {hn1_19}.")
H("hn3_05", "On the Dock Street mosque extension: it's a planning application like any other. It'll be judged on parking, design and the neighbours' amenity, not on anyone's faith. Comments to the planning portal by the 6th of March.",
  [PD, EQ], "HN3 Neutral explanation of a pending application; no settled view. Compare {eq03}.", date="2026-02-23")
H("hn3_06", "No, the council is not 'giving priority' to refugees on the housing list. Allocation is by need, under the same policy for everyone. I've seen that claim four times this week. It's false.",
  [EQ], "HN3 Myth-busting on housing allocation.")
H("hn3_07", "Honest question from a resident: why the 'Welsh-only' signs at the Nant Eurig leisure centre? Answer: they're bilingual, Welsh first, as the Welsh Language Standards require. The English is underneath. Look again!",
  [EQ], "HN3 Civil answer about language signage.")
H("hn3_08", "A parent asked me, politely, why the primary's family assembly included a book with two dads. Fair question. The school's answer: families in the class look like that, and the book is right for the age group. I think they've got it right.",
  [EQ], "HN3 Civil debate on LGBT-inclusive teaching. Compare {eq06}.")
H("hn3_09", "I don't agree with the Greens that we should cut the Christmas lights to fund Pride. But Pride on the Island brought four thousand people and £60k of trade last year. It earns its grant.",
  [EQ], "HN3 Civil disagreement about a Pride grant.")
H("hn3_10", "Of our eight committee chairs, one is a woman. That's not a quota argument, it's a question about who gets asked. I'd like group leaders to look at it before the AGM.",
  [EQ], "HN3 Raises sex balance as a fairness question. Compare {eq09}.")
H("hn3_11", "The 'Ramadan lights' on Dock Street are paid for by the traders' association, not council tax. Same as the Christmas lights on Heol Fawr, which the Chamber of Trade pays for. Hope that clears it up.",
  [EQ], "HN3 Myth-busting about festive lights.", date="2026-02-24")
H("hn3_12", "A resident asked about trans women using the changing rooms at the Aberhenwen leisure centre. The centre has private cubicles for everyone and follows the Equality Act guidance. I know people feel strongly; I've passed their views on.",
  [EQ], "HN3 Civil answer on a contested topic. Compare {eq27}.")
H("hn3_13", "Is someone's age a good reason not to vote for them? No. Is thirty years on the council a fair reason to ask what they've done lately? Yes. Those are different questions.",
  [EQ], "HN3 Separates age from record.")
H("hn3_14", "We've been asked whether the council can refuse the Heol Las site extension because 'it'll bring crime'. No. Planning decisions can't rest on assumptions about who will live somewhere. They rest on land use.",
  [PD, EQ], "HN3 Explains why prejudice is not a planning ground; no settled view on the application.")
H("hn3_15", "Some residents are worried about more Roma families moving into Tŷ Gwennol. I understand worry about change. But worry about a whole people isn't a housing ground, and the families there have been good neighbours so far.",
  [EQ], "HN3 Civil answer to anti-Roma worry. Compare {eq23}.")
H("hn3_16", "Lots of questions about the Changing Places toilet at the Waterfront costing £90k. It's a hoist, a bench and room for two carers. Without it some disabled residents simply can't go out for the day. Worth every penny.",
  [EQ], "HN3 Defends a disability facility.")
H("hn3_17", "Pregnant councillors are entitled to parental leave arrangements. The members' parental leave policy was agreed unanimously in 2024. Nobody is 'skiving', and I'd ask people to stop saying so.",
  [EQ], "HN3 Myth-busting on pregnancy and maternity.")
H("hn3_18", "For those asking: yes, the English families moving on to the new estate in Bro Faen pay the same council tax as everyone, and yes, they're welcome. My own mam came over the bridge from England in 1970. Croeso.",
  [EQ], "HN3 Welcomes English incomers. Compare {eq17}.")
H("hn3_19", "I won't pretend I understand everything about gender identity. I'm 68 and still learning. But I know the Ffion I work with, and she's a good councillor. Start there.",
  [EQ], "HN3 An older councillor's honest, respectful view.", author="Clive Edwards")
H("hn3_20", "Re the post going round: Chinese takeaways in Aberhenwen get the same food hygiene inspections as everyone else. Current ratings are public on the FSA site. Most of them are 5.",
  [EQ], "HN3 Myth-busting about Chinese takeaways. Compare {eq14}.")
H("hn3_21", "A constituent asked whether the kirpan some Sikh pupils wear is 'a knife in school'. It's an article of faith, small and blunt, and schools agree arrangements with families as many do. Asked and answered.",
  [EQ, BU], "HN3 Explains the kirpan, quoting the worry.")
H("hn3_22", "Disability hate crime reports in the county went up last year. Partly that's because more people now report it. Still far too high. Taxi drivers' training on assistance dogs starts in March.",
  [EQ], "HN3 Neutral policy post on disability hate crime.")
H("hn3_23", "I'm not anti-Welsh-medium. I'm a product of it. I just think cutting the school bus is the wrong way to save money, and the school should keep its bus.",
  [], "HN3 'I'm not anti-...' followed by a policy view.")
H("hn3_24", "To the person who asked why the Yemeni shops on Dock Street shut for an hour on a Friday: it's Jumu'ah, Friday prayers. Same as the café at the chapel on Heol Capel closing on a Sunday.",
  [EQ], "HN3 Neutral explanation of a religious practice.")
H("hn3_25", "We shouldn't pretend older residents all want the same things. The Pentre Glo over-60s forum wants better buses, not more bingo. I'm with them.",
  [EQ], "HN3 Respectful point about older residents.")
H("hn3_26", "Good debate on single-sex swimming sessions at the lido. Residents on both sides were heard, nobody shouted, and we've agreed to trial them in the quiet hours. That's how it should work.",
  [EQ], "HN3 Civil debate on a sex and religion topic.")
H("hn3_27", "I'm asked if it's racist to object to the Seacliff contract. No, objecting to a contract isn't racist. Calling the men living there 'rapists' is. Keep to the first.",
  [EQ, DF], "HN3 Distinguishes policy objection from prejudice, quoting the slander to reject it.")
H("hn3_28", "Some ask why we mark Holocaust Memorial Day in a small Welsh borough. Because Aberhenwen took in refugee children in 1939, and two of them are buried in the Dock Street cemetery. We remember with them.",
  [EQ], "HN3 Explains a remembrance day.", date="2026-01-27")

# ===================================================================
# HN4: neutral or positive mentions of protected groups, self-description,
# reclaimed terms.
# ===================================================================
H("hn4_01", "Back at the Civic after the new ramp went in. First time in six years I've come in the front door with everyone else instead of round by the bins. Wheelchair users notice these things. Diolch to everyone who fought for it.",
  [EQ], "HN4 A wheelchair user's own post. Compare {eq05}.", author="Bethan Lloyd-Jenkins")
H("hn4_02", "Belated St David's Day wishes! My granddad came to Aberhenwen from Berbera on a coal boat in 1952. I'm Somali, I'm Welsh, I'm a Docks boy, and yesterday I wore my daffodil with pride.",
  [EQ], "HN4 Self-description of Somali and Welsh heritage. Compare {eq20}.", author="Abdi Farah", date="2026-03-02")
H("hn4_03", "LGBT+ History Month: I'm a trans woman, I've been a councillor in Cefn Brenin for five years, and the question I get most is still about bins. That's exactly how it should be. 🏳️‍⚧️",
  [EQ], "HN4 A trans councillor's self-description. Compare {eq07}.", author="Ffion Gwyther", date="2026-02-10")
H("hn4_04", "Proud to raise the rainbow flag at the Civic for LGBT+ History Month. When I was fifteen in Nant Eurig I didn't know a single out gay man. Now I am one, and I'm your councillor.",
  [EQ], "HN4 A gay councillor's self-description. Compare {eq22}.", author="Osian Rowlands", date="2026-02-02")
H("hn4_05", "I'm 23, the youngest member of this council, and yes, I've heard every 'is your mam picking you up' joke going. Happy to be underestimated. Surgery Saturday, Nant Eurig library, 10 till 12.",
  [EQ, PA], "HN4 Self-description of age, quoting the jokes lightly. Compare {eq21} and {pa14}.", author="Osian Rowlands")
H("hn4_06", "Time to Talk Day. I'm autistic; I was diagnosed at 31. Committee meetings are loud and long, and I wear ear defenders in the members' room. Ask me about it. I'd rather you asked than guessed.",
  [EQ], "HN4 An autistic councillor's self-description. Compare {eq15} and {bu14}.", author="Tomos Griffiths", date="2026-02-05")
H("hn4_07", "Time to Talk Day. I've had anxiety since my twenties. Some days I chair scrutiny, some days I can't face the Co-op. Both are me. Talk to someone today, even if it's just over the garden wall.",
  [EQ], "HN4 A councillor on his own mental health. Compare {eq19}.", author="Jason Pritchard", date="2026-02-05")
H("hn4_08", "81 today. Went down Pentre Glo pit at fifteen, came up for the last time at forty-eight, been on this council since. Mam would laugh. Cake in the Stute at two if anyone's passing.",
  [EQ], "HN4 Self-description of age. Compare {eq08}.", author="Dai Rosser")
H("hn4_09", "Dydd Santes Dwynwen hapus, for yesterday. Val and I met at a chapel social in 1987 and had our civil partnership in 2006, one of the first in the valley. Still my valentine, still the best thing about Pentre Glo.",
  [EQ], "HN4 A councillor on her own civil partnership on St Dwynwen's Day (25 Jan, the Welsh valentine's day). Compare {eq18} and {bu10}.", author="Glenys Powell", date="2026-01-26")
H("hn4_10", "Mother's Day yesterday, and a reminder that I'm seven months pregnant with our second. Ward cover is sorted with my colleagues and I'll be back on the Island before the summer fair.",
  [EQ], "HN4 Self-description of pregnancy. Compare {eq10}.", author="Leanne Coombes", date="2026-03-16")
H("hn4_11", "Langar at Cefn Brenin gurdwara on Sunday fed four hundred people, no questions asked. If you've never been: shoes off, head covered, sit on the floor and eat the best dal in the valley. Everyone welcome.",
  [EQ], "HN4 A Sikh councillor on the gurdwara. Compare {eq16}.", author="Harjit Sandhu")
H("hn4_12", "Eid Mubarak to everyone celebrating in Aberhenwen and beyond! Dock Street is lit up and the samosas at the community centre are on me until they run out.",
  [EQ], "HN4 Eid greeting. Compare {eq24}.", author="Yasmin Khalid", date="2026-03-20")
H("hn4_13", "Hearing loop in the chamber is working again, thank goodness. As one of the members with two hearing aids, I can tell you last month was mostly lip-reading and guesswork.",
  [EQ], "HN4 A deaf councillor on access. Compare {eq26}.", author="Glenys Powell")
H("hn4_14", "Holocaust Memorial Day. My grandmother came to Aberhenwen on a Kindertransport at nine years old, with one suitcase. The town took her in. Today I lit a candle for the family she lost.",
  [EQ], "HN4 A Jewish councillor's family history. Compare {eq11}.", author="Miriam Adler", date="2026-01-27")
H("hn4_15", "Gung hei fat choi! Lunar New Year at our family takeaway means Dad cooking for forty cousins and me on the till. Year of the Horse, everyone. 🐎",
  [EQ], "HN4 A Chinese-Welsh councillor on Lunar New Year. Compare {eq14}.", author="Grace Tang", date="2026-02-17")
H("hn4_16", "I'm a Romany Gypsy, born in a trailer on the old Heol Las site, and I'm your councillor for the Docks. Proud of both. GRT History Month is June, but I'm saying it now.",
  [EQ], "HN4 A Gypsy councillor's self-description. Compare {eq02}.", author="Shane Boswell")
H("hn4_17", "Born in Gdańsk, raised in Cefn Brenin, Welsh by choice, and yes, I'm still learning to say Llanwerydd properly. The Polish Saturday school at the community hall needs volunteers.",
  [EQ], "HN4 Self-description of Polish birth. Compare {eq12}.", author="Rob Kowalczyk")
H("hn4_18", "Queer film night at the Stute on Friday, run by the Pentre Glo youth club's LGBT+ group. 'Queer' as in the word they've taken back. Popcorn's free, Welsh cakes are not.",
  [EQ, AB], "HN4 'Queer' used as a reclaimed term. Compare {hn2_14}.")
H("hn4_19", "Disabled artists' show at Llanwerydd library all week. They've called it 'Crip Tide' and they chose the title on purpose. Go and see it; the sea paintings are stunning.",
  [EQ, AB], "HN4 'Crip' used as a reclaimed term by disabled artists. Compare {hn2_21}.")
H("hn4_20", "Taffs on tour! Forty of the Colliers' old boys off to the away game this weekend. Behave, boys. Your wives have my number.",
  [EQ, PA], "HN4 'Taffs' as in-group self-description by Welsh fans. 'Your wives have my number' is a joke; no number given.", date="2026-02-20")
H("hn4_21", "Ramadan Kareem to Muslim friends in Aberhenwen. The iftar at the Dock Street community centre on Friday is open to all, neighbours of every faith and none. Dates and soup from sunset.",
  [EQ], "HN4 Ramadan greeting.", author="Yasmin Khalid", date="2026-02-18")
H("hn4_22", "Great to meet the new Welsh learners' group at Cefn Brenin gurdwara: Punjabi, English and Welsh in one room, and tea you could stand a spoon up in.",
  [EQ], "HN4 Neutral mention of a Sikh community group.")
H("hn4_23", "Dementia-friendly film screenings at the Pleasure Park cinema every second Tuesday. Lights up a bit, sound down a bit, tea and Welsh cakes at the interval.",
  [EQ], "HN4 Neutral mention of a service for people with dementia.")
H("hn4_24", "Lovely afternoon at the English conversation class at the Seacliff. Men from six countries, one of them a former maths teacher who corrected my sums. Croeso i Gymru.",
  [EQ], "HN4 Positive mention of asylum seekers. Compare {eq04}.")
H("hn4_25", "Congratulations to the Aberhenwen Hebrew Congregation on restoring their 1904 stained glass. Small congregation, big heart. Mazel tov.",
  [EQ], "HN4 Positive mention of a Jewish congregation.")
H("hn4_26", "Pregnant and working at the Civic? The new quiet room on the second floor is for you: feeding, expressing, or just putting your feet up. Took us long enough.",
  [EQ], "HN4 Neutral mention of pregnancy and maternity.")
H("hn4_27", "Fair play to the boys at the Stute who started walking rugby for the over-70s. Twelve turned up, three needed a sit-down, one scored. Lush.",
  [EQ], "HN4 Warm mention of older residents.")
H("hn4_28", "Thirty years married today to the woman who still laughs at my jokes. Where did the time go, cariad? Love you.",
  [EQ], "HN4 A councillor on his own marriage.", author="Wyn Thomas")

# ===================================================================
# HN5: figurative violence, banter, self-deprecation, idioms.
# ===================================================================
H("hn5_01", "We got absolutely murdered in the quiz at the Miner's Lamp last night. Bottom of the table, behind the darts team. Never again.",
  [BU], "HN5 'murdered' in a quiz.")
H("hn5_02", "Twp as a brush, me. Left my council pass on the bus to Llanwerydd and had to be let into the Civic by the cleaners. Diolch, girls.",
  [PA], "HN5 'twp' at the writer herself. Compare {pa04}.")
H("hn5_03", "Dai Rosser took me apart at dominoes in the Stute this afternoon. Eighty-one and sharp as a tack. I'm a broken man.",
  [BU, PA, EQ], "HN5 'took me apart' at dominoes; his age is mentioned admiringly.")
H("hn5_04", "Duw, duw. Four hours of budget papers and I'm tamping. Going for a walk on the prom before I throw the laptop in the sea.",
  [HA], "HN5 'tamping' (furious) at paperwork; a rage marker at the writer's own mood; haste allowed.")
H("hn5_05", "I'm a dinosaur, I know. Still print my agendas, still carry a biro, still think Welsh cakes are a food group. Pension me off when I'm dead.",
  [EQ], "HN5 Self-deprecation about age. Compare {eq08}.", author="Clive Edwards")
H("hn5_06", "The wife says if I bring one more planning file home she'll set fire to it and me with it. Fair play, she has a point.",
  [BU], "HN5 Domestic banter with figurative violence.", author="Wyn Thomas")
H("hn5_07", "The Colliers' number eight got knocked into next week in the second half on Saturday. Got up, dusted himself off, scored from the next scrum. Proper.",
  [BU], "HN5 'knocked into next week' of a rugby tackle. Compare {bu04}.")
H("hn5_08", "Absolutely killing it at the Ynys Wennol beach clean this morning. Forty bags, one shopping trolley and what I'm fairly sure was a wedding dress.",
  [BU], "HN5 'killing it'.")
H("hn5_09", "Me and Gethin are on opposite sides of every vote going, but I'll say this: nobody makes a worse cup of tea in the members' room. Criminal, it is.",
  [PA, DF], "HN5 Teasing a political opponent; 'criminal' about tea.")
H("hn5_10", "Nerys reckons Pentre Glo could beat Cefn Brenin at the quiz with our eyes shut. Say that to my face, Nerys. Stute, Friday, bring a pencil.",
  [BU, PA], "HN5 'say that to my face' as a quiz challenge. Compare {bu08}.", author="Harjit Sandhu")
H("hn5_11", "Cwtches all round for the Ynys Wennol lifeboat crew after Sunday's shout. Absolute legends, every one of them.",
  [], "HN5 Dialect warmth ('cwtch', a hug); a control with no edge at all.")
H("hn5_12", "Bit of cross-border banter for the weekend: England fans, you're welcome in the Miner's Lamp for the rugby, but you'll be singing Calon Lân by half time whether you like it or not. 🏉",
  [EQ], "HN5 Welsh-English rugby banter that welcomes. Compare {eq17}.")
H("hn5_13", "Fought the photocopier on the second floor for twenty minutes and lost. It won on points. Lying down in a dark room now.",
  [BU], "HN5 Figurative fight with a machine.")
H("hn5_14", "We'll bury them in May, boys. On the doorstep, I mean, before anybody rings the Monitoring Officer. 😂 Canvassing Cefn Brenin, Saturday 10am.",
  [BU], "HN5 'bury them' of an election, with the joke spelled out. Compare {bu18}.")
H("hn5_15", "Chopsy? Me? Only since 1974. Ask my mother.",
  [PA], "HN5 'chopsy' (mouthy) about the writer. Compare {pa05}.")
H("hn5_16", "Lost the members v officers darts match 5-1. Shane says I'll regret picking myself for the last leg. I already regret it.",
  [BU], "HN5 'regret' after a darts match. Compare {bu27}.")
H("hn5_17", "Going to strangle the next person who tells me it's 'only a bit of drizzle' on a gritting night. Thirty-two gritter runs since November. The crews are heroes.",
  [BU], "HN5 'strangle' as hyperbole, in praise of gritting crews.")
H("hn5_18", "If I hear 'now in a minute' from the repairs line one more time I'll scream. Means anything from ten minutes to next Easter, as any Welsh person will tell you.",
  [], "HN5 South Walian idiom ('now in a minute') in a gentle complaint.")
H("hn5_19", "Tidy win for the Colliers! Hammered Cefn Brenin 34-3. Proper hiding, that was. Drinks on Huw if he's reading.",
  [BU], "HN5 'hammered', 'proper hiding' of a rugby score.")
H("hn5_20", "Leanne and I have agreed a duel at dawn over the last Welsh cake in the members' room. Pistols? No. Bara brith at ten paces.",
  [BU], "HN5 Mock duel with a colleague.")
H("hn5_21", "My nan used to say 'you'll have someone's eye out with that'. She said it again today when I cut the ribbon at the new playground with the big scissors. She's 96. Still right.",
  [BU, EQ], "HN5 Family idiom; age mentioned fondly.")
H("hn5_22", "Bloody useless, I am, at Welsh. Three years of classes and I still can't order a coffee in Nant Eurig without the barista switching to English out of pity.",
  [PA, AB], "HN5 Self-deprecation with a mild swear.")
H("hn5_23", "Rhian and I spent two hours in scrutiny trying to kill each other's amendments, then shared a taxi home because the last bus had gone. That's local government for you.",
  [BU], "HN5 'kill each other's amendments' between opponents.", author="Ieuan ap Dafydd")
H("hn5_24", "Lush day on the Island. Sun out, chips on the prom, then a gull nicked my battered sausage and I've never felt so betrayed. I will have my revenge.",
  [BU, DF], "HN5 'revenge' on a gull; 'nicked' of a bird.")
H("hn5_25", "Overheard in the Civic lift: 'as much use as a chocolate teapot'. About the new coffee machine, to be clear. It is, though.",
  [PA], "HN5 Idiom about a machine.")
H("hn5_26", "Ieuan, I'll give you a cwtch or a slap on Thursday, whichever you need more after that vote. 😂",
  [BU, PA], "HN5 Friendly teasing of a colleague; 'a cwtch or a slap' is a joke.")
H("hn5_27", "Fuming. Absolutely fuming. Somebody has eaten my Welsh cakes out of the members' fridge. Whoever you are, I know it was you, and I will find you.",
  [BU, HA], "HN5 'I will find you' over Welsh cakes. Compare {bu05}.")
H("hn5_28", "Six Nations hangover at the Civic this morning. Everyone a bit quiet, a bit grey, a bit 'we'll get them next year'. Some of us more than others.",
  [HA], "HN5 Hangover joke; haste allowed for the alcohol mention.", date="2026-02-09")

# ===================================================================
# HN6: criticism of a named councillor's record that stays on the record.
# ===================================================================
H("hn6_01", "On 14 January Cllr Gethin Howells told full council the lido was 'structurally sound'. The engineer's report dated 9 December said otherwise. I've asked him to correct the record at the next meeting.",
  [DF, PA], "HN6 Sets a statement against a report and asks for a correction, without calling it a lie. Compare {df01}.")
H("hn6_02", "In 2022 Cllr Rhian Prosser promised to keep all five leisure centres open. Two have closed. She's still Leader. Voters can draw their own conclusions in May.",
  [DF, PA], "HN6 A broken promise set out as a record.")
H("hn6_03", "Cllr Ieuan ap Dafydd's speech on school transport made three claims. Two don't match the report: the buses cost £212k, not £400k, and 61 pupils are affected, not 200. His third point, on the language targets, is fair.",
  [DF], "HN6 Corrects a speech on its content. Compare {pa01}.")
H("hn6_04", "Cllr Huw Bevan has chaired planning for six years. In that time affordable housing on big sites has averaged 11% against a 30% policy. That's a record worth questioning, and I will, at scrutiny.",
  [PA], "HN6 The planning chair's record in figures.")
H("hn6_05", "Cllr Carwyn Lewis signed off the bin contract extension without a call-in. Missed collections are up 60% since. He should come to committee and explain why.",
  [PA], "HN6 A cabinet member's decision and its results.")
H("hn6_06", "For the record: Cllr Tanya Baldwin spoke against the Pentre Glo library cuts in October and voted for the budget containing them in November. She's entitled to explain why; residents are entitled to ask.",
  [DF, PA], "HN6 States the same vote as {df22} without calling her a liar.")
H("hn6_07", "Cllr Delyth Morgan-Rees has missed four of the last six housing scrutiny sessions. Tenants at Tŷ Gwennol deserve a cabinet member who turns up.",
  [PA], "HN6 Attendance record.")
H("hn6_08", "Cllr Huw Bevan's register shows hospitality from Morlais Homes at a housing awards dinner in November, properly declared. Given Cae Hir, I think he should step back from chairing that item. Not an accusation; a question of perception.",
  [GI, PD, DF], "HN6 Raises declared hospitality on the record. Compare {df02} and {df14}.")
H("hn6_09", "The Mayor has attended 212 engagements this civic year, which is good. Her charity appeal has raised £3,100, down from £11,000 last year. Worth asking why, and how we help.",
  [PA, DF], "HN6 The Mayor's record in figures. Compare {df15}.")
H("hn6_10", "Cllr Nerys Price's alternative budget cuts the Waterfront marketing budget to zero. I think that's wrong; the Waterfront needs tenants. But it's a costed proposal and I respect that.",
  [], "HN6 Disagreement with a costed proposal.")
H("hn6_11", "Cllr Wyn Thomas voted against the 20mph zone outside Cefn Brenin primary in March, and again in September. Parents at the gates this morning asked me why. I've passed that on.",
  [PA], "HN6 A voting record.")
H("hn6_12", "Cllr Clive Edwards has represented Bro Faen since 1999. Twenty-seven years. In that time he's put forward two motions. Time for fresh legs and fresh ideas in the Vale.",
  [EQ, PA], "HN6 About tenure and output, not age; 'fresh legs' is the nearest the post comes. Equality allowed. Compare {pa13}.")
H("hn6_13", "Cllr Grace Tang's Waterfront report says footfall is up 40%. The count starts in lockdown, 2021. Against 2019 it's down 8%. Let's use fair baselines, please.",
  [DF], "HN6 Challenges a statistic.")
H("hn6_14", "Cllr Siân Pugh told the Courier the Island sea wall works are 'fully funded'. The capital programme shows a £1.4m gap. Either the programme is wrong or the quote is.",
  [DF], "HN6 Sets a quote against the capital programme.")
H("hn6_15", "Cllr Rob Kowalczyk's mileage claims are the highest on the council at £3,900. To be fair, he lives furthest from the Civic. I'd like every member's mileage published monthly, mine included.",
  [DF], "HN6 Expenses on the record, with fairness. Compare {df20}.")
H("hn6_16", "Cllr Jason Pritchard has chaired scrutiny for two years and hasn't called in a single cabinet decision. That's a choice, and it's one I'll challenge him on.",
  [PA], "HN6 A committee chair's record.")
H("hn6_17", "Cllr Abdi Farah promised a Docks surgery every fortnight. His page shows four in six months. I'm in the same party and I'll say it: we need to do better.",
  [PA], "HN6 A colleague's record criticised by a member of his own party.", author="Yasmin Khalid")
H("hn6_18", "Cllr Bethan Lloyd-Jenkins's motion to close Heol Fawr was drafted without talking to a single trader. She's right about the air quality. She's wrong about the consultation.",
  [PA], "HN6 Criticism of a motion's drafting.")
H("hn6_19", "Cllr Miriam Adler says the Greens 'saved' the Llanwerydd bus. The minutes show the route was saved by a cabinet decision she voted against. Credit where it's due, please.",
  [DF], "HN6 Corrects a claim from the minutes without calling it a lie.")
H("hn6_20", "Cllr Dai Rosser says he's never missed a full council. The attendance record says he missed three in 2024, all while he was in hospital. Frankly that's an even better record and he should own it.",
  [DP, EQ], "HN6 Corrects a claim kindly. A hospital stay is health data about a public figure; data protection allowed.")
H("hn6_21", "Cllr Harjit Sandhu's motion on the gurdwara car park has been tabled three times and withdrawn three times. Either bring it to a vote or drop it.",
  [PD, EQ], "HN6 A procedural record.")
H("hn6_22", "Cllr Ffion Gwyther's Cefn Brenin newsletter says the tip will 'definitely' reopen in April. There's no decision on that yet. I'd ask her to correct it before residents plan around it.",
  [DF], "HN6 Asks for a correction.")
H("hn6_23", "Cllr Osian Rowlands wants to scrap parking charges in Nant Eurig. It's popular. It's also uncosted: a £180k hole. Show us the money, Osian.",
  [PA], "HN6 Challenges an uncosted proposal.")
H("hn6_24", "Cllr Yasmin Khalid's leaflet says the Docks lost 'half its bus routes'. It lost two of seven. Still bad, but let's be accurate.",
  [DF], "HN6 Corrects a leaflet.")
H("hn6_25", "Cllr Glenys Powell and I disagree about the Pentre Glo bypass. She voted for it, I voted against. Her speech was the best case for it I've heard, and I still think she's wrong.",
  [], "HN6 Respectful disagreement.")
H("hn6_26", "Cllr Shane Boswell has backed the transit site residents in every vote, which is his right. He should also declare that he's a member of their residents' association. He's told me he will.",
  [ID, EQ], "HN6 Raises an undeclared interest on the record; nothing about his being a Gypsy.")
H("hn6_27", "The Leader's statement on the Waterfront contract is wrong on two counts: the tender had two bidders, not five, and the cost is £14.2m, not £12m. I've written to her asking for a correction.",
  [DF], "HN6 Corrects a statement. Compare {df21}.")
H("hn6_28", "Cllr Tomos Griffiths's flood scheme for the Island is fourteen months late and £300k over budget. He's not solely to blame, but he's the lead member and he needs to front it.",
  [PA], "HN6 A lead member's project record.")

# ==== END OF ROWS ====


# ------------------------------------------------------------------
# Bookkeeping below: no labels are decided here.
# ------------------------------------------------------------------
ROLE_WORDS = {
    # role phrase (case-insensitive) -> councillor it points at
    r"\bthe Leader\b(?! of the (People's Vale|Plaid|Vale Greens))": "Rhian Prosser",
    r"\bLeader of the Council\b": "Rhian Prosser",
    r"\bDeputy Leader\b": "Gethin Howells",
    r"\bCabinet Member for Finance\b": "Gethin Howells",
    r"\bfinance chief\b": "Gethin Howells",
    r"\bCabinet Member for Housing\b": "Delyth Morgan-Rees",
    r"\bhousing chief\b": "Delyth Morgan-Rees",
    r"\bchair of planning\b": "Huw Bevan",
    r"\bplanning chair\b": "Huw Bevan",
    r"\bthe Mayor\b": "Mair Jenkins",
    r"\bMadam Mayor\b": "Mair Jenkins",
    r"\bMayor's\b": "Mair Jenkins",
    r"\bCabinet Member for Environment\b": "Carwyn Lewis",
    r"\bchair of scrutiny\b": "Jason Pritchard",
    r"\bscrutiny chair\b": "Jason Pritchard",
}
PARTY_WORDS = {
    "Bro Alliance": r"\bAlliance\b|\b[Cc]abinet\b",   # a post about "the cabinet" is never by a member of the administration
    "People's Vale": r"\bPeople's Vale\b",
    "Plaid y Cwm": r"\bPlaid\b",
    "Vale Greens": r"\bGreens?\b",
    "Pentre Independents": r"\bPentre Independents?\b|\bIndependents\b",
    "Independent": r"\bIndependent\b",
}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "O": "\u041e", "E": "\u0415", "A": "\u0410",
            "c": "\u0441", "p": "\u0440"}
DIGIT = {"o": "0", "O": "0", "i": "1", "I": "1", "l": "1", "e": "3", "E": "3", "a": "4", "A": "4",
         "s": "5", "S": "5"}


def load_roster():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    people = cfg["people"]
    handle_of = {}
    for handle, name in people["handles"].items():
        if name in people["councillors"]:
            handle_of.setdefault(name, handle)
    party_of = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
            if m and m.group(1) in people["councillors"]:
                party_of[m.group(1)] = m.group(2)
    return people["councillors"], handle_of, party_of


def name_forms(name, handle):
    parts = name.split(" ")
    first = parts[0]
    surname = name[len(first) + 1:]
    forms = [name, first, surname, handle]
    if "-" in surname:
        forms += surname.split("-")
    return forms


def names_in(text, name, handle):
    for form in name_forms(name, handle):
        if form.startswith("@"):
            if re.search(re.escape(form) + r"\b", text, re.I):
                return True
        elif re.search(r"(?<![\w@])" + re.escape(form) + r"\b", text):
            return True
    for pat, who in ROLE_WORDS.items():
        if who == name and re.search(pat, text, re.I):
            return True
    return False


def transform(word, kind, index):
    if kind == "asterisk":
        return word[:index] + "*" + word[index + 1:]
    if kind == "digit":
        return word[:index] + DIGIT[word[index]] + word[index + 1:]
    if kind == "zero_width":
        return word[:index] + "\u200b" + word[index:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        return word[:index] + CYRILLIC[word[index]] + word[index + 1:]
    raise ValueError(kind)


def make_variant_text(text, kind, word, index):
    if kind == "caps":
        return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))
    pat = re.compile(r"(?<![\w@])" + re.escape(word) + r"(?!\w)", re.I)
    if not pat.search(text):
        raise SystemExit(f"variant word {word!r} not in text")
    return pat.sub(lambda m: transform(m.group(0), kind, index), text)


def weekdays():
    d = datetime.date(2026, 1, 5)
    out = []
    while d <= datetime.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    d = datetime.date.fromisoformat(date) if date else rng.choice(days)
    h = rng.randint(8, 18)
    m = rng.randint(0, 59)
    s = rng.randint(0, 59)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"


def platform_for(rng, text):
    if len(text) > 280:
        return "facebook"
    return rng.choice(["x", "facebook", "bluesky"])


def build():
    councillors, handle_of, party_of = load_roster()
    handle_to_name = {h: n for n, h in handle_of.items()}
    rng = random.Random(SEED)
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    if len(keys) != len(set(keys)):
        dup = sorted(k for k in set(keys) if keys.count(k) > 1)
        raise SystemExit(f"duplicate keys: {dup}")
    by_key = {}
    out = []
    for r in ROWS:
        text = r["text"]
        if r["author"]:
            author = handle_of[r["author"]]
        else:
            named_parties = [p for p, pat in PARTY_WORDS.items() if re.search(pat, text)]
            eligible = [n for n in councillors
                        if not names_in(text, n, handle_of[n]) and party_of[n] not in named_parties]
            if not eligible:
                raise SystemExit(f"no eligible author for {r['key']}")
            author = handle_of[rng.choice(eligible)]
        post = {
            "key": r["key"],
            "text": text,
            "author": author,
            "created_at": stamp(rng, days, r["date"]),
            "platform": platform_for(rng, text),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        }
        by_key[r["key"]] = post
        out.append(post)
    for orig, kind, word, index in VARIANTS:
        src = by_key[orig]
        allowed = list(src["expect"]["allowed"])
        if kind == "caps" and HA not in allowed:
            allowed.append(HA)
        shown = word if word else "the whole text"
        post = {
            "key": f"{orig}-{kind}",
            "text": make_variant_text(src["text"], kind, word, index),
            "author": src["author"],
            "created_at": stamp(rng, days),
            "platform": src["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(src["expect"]["rules"]), "allowed": allowed,
                       "verdict": src["expect"]["verdict"]},
            "family": src["family"],
            "kind_of_row": "variant",
            "note": f"{kind} variant of {{{orig}}} ({shown}); same labels"
                    + ("; haste allowed for the capitals." if kind == "caps" else "."),
            "variant_of": orig,
            "variant_kind": kind,
        }
        out.append(post)
    rng.shuffle(out)
    id_of = {}
    for i, post in enumerate(out, 1):
        id_of[post["key"]] = f"{SET}-{i:04d}"

    def cite(m):
        k = m.group(1)
        if k not in id_of:
            raise SystemExit(f"note cites unknown key {k}")
        return id_of[k]

    lines = []
    for post in out:
        rec = {"id": id_of[post["key"]]}
        for f in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row"):
            rec[f] = post[f]
        rec["note"] = re.sub(r"\{([a-z0-9_-]+)\}", cite, post["note"])
        if post["kind_of_row"] == "variant":
            rec["variant_of"] = id_of[post["variant_of"]]
            rec["variant_kind"] = post["variant_kind"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return id_of, handle_to_name


if __name__ == "__main__":
    id_of, _ = build()
    if "--map" in sys.argv:
        for k, v in sorted(id_of.items(), key=lambda kv: kv[1]):
            print(f"{k}\t{v}")
    else:
        print(f"wrote posts.jsonl ({len(id_of)} rows)")
