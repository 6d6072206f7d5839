"""Build blind set b81 (Metropolitan Borough of Dunsands, Merseyside): abuse families.

Every text, label and note below was written by hand for this set. The script
shuffles the rows (seed 8181), gives ids b81-001..., picks authors, platforms and
timestamps, makes the obfuscated variants and writes posts.jsonl next to it.
Running it again writes the same file byte for byte.

    python build.py
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8181
PREFIX = "b81"

CODES = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "OI": "officers.impartiality",
    "DF": "defamation.allegation",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SC": "security.credentials",
    "PI": "position.improper-advantage",
    "PD": "predetermination.closed-mind",
    "HA": "haste.pause-before-posting",
}
# (lowest, highest) severity of each rule, from the rule catalogue
SEV = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "defamation.allegation": ("review", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "data-protection.personal-data": ("review", "block"),
    "security.credentials": ("block", "block"),
    "position.improper-advantage": ("review", "review"),
    "predetermination.closed-mind": ("review", "block"),
    "haste.pause-before-posting": ("advice", "advice"),
}
ORDER = ["ok", "advice", "review", "block"]

FAMILIES = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
}

# Words that name a councillor besides full name, surname and handle
# (first names and role words). A post that names a councillor is never
# given that councillor as author, except pinned self-description rows.
ALSO_NAMES = {
    "Bernadette Fazakerley": ["Bernadette", "Leader", "her cabinet"],
    "Gerry Houghton": ["Gerry", "cabinet member for finance", "finance chief"],
    "Kenny Dolan": ["Kenny"],
    "Marcus Agard": ["Marcus", "cabinet member for housing"],
    "Lily Cheung": ["Lily"],
    "Maureen Kearney": ["Maureen", "Mayor", "mayoral"],
    "Terry Molyneux": ["Terry"],
    "Sandra Tyrer": ["Sandra", "licensing committee"],
    "Abdi Farah": ["Abdi"],
    "Siobhan Gorman": ["Siobhan"],
    "Cass Whitfield": ["Cass"],
    "Gemma Rimmer": ["Gemma"],
    "Philip Ashcroft": ["Philip", "Phil", "Chair of Planning", "planning chair"],
    "Julian Brocklebank": ["Julian", "opposition leader", "group leader"],
    "Fiona Lathom": ["Fiona"],
    "Rachel Lewin": ["Rachel"],
    "Danny Threlfall": ["Danny"],
    "Liam Corrigan": ["Liam"],
    "Owen Prescott": ["Owen"],
    "Pawel Kowalczyk": ["Pawel"],
}

ROWS: list[dict] = []
_family = None


def fam(code):
    global _family
    _family = code


def R(text, e, a="", note="", sev=False, pin=None, date=None, key=None, excl=()):
    """A positive row of the current family. e/a: expected/allowed rule codes."""
    exp = [CODES[c] for c in e.split()]
    alw = [CODES[c] for c in a.split()]
    if _family == "BI" and "PA" not in e.split() and CODES["PA"] not in alw:
        alw.append(CODES["PA"])  # threats: personal-attack only allowed
    ROWS.append(dict(text=text, rules=exp, allowed=alw, severe=sev, note=note,
                     pin=pin, date=date, key=key, excl=list(excl),
                     family=FAMILIES[_family], kind_of_row="positive"))


def H(group, text, a="", note="", pin=None, date=None, excl=()):
    """A hard negative of group HN1..HN6: nothing expected, verdict ok."""
    alw = [CODES[c] for c in a.split()]
    ROWS.append(dict(text=text, rules=[], allowed=alw, severe=False,
                     note=f"HN{group}: {note}", pin=pin, date=date, key=None,
                     excl=list(excl), family="hard_negative", kind_of_row="hard_negative"))


# ---------------------------------------------------------------------------
# respect.personal-attack: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
fam("PA")
R("Julian Brocklebank stood up in full council and talked for twenty minutes without saying one useful thing. Absolute soft lad. Fernhey deserves better.",
  "PA", note="'soft lad' at a named councillor; insult, no obscenity")
R("@GerryHoughtonMPA you are a divvy of the highest order and everyone in that chamber knows it.",
  "PA", key="pa_divvy", note="Scouse 'divvy' (idiot) at a handle, second person")
R("Fiona Lathom has the arm on her, lecturing us about manners when she's the rudest, nastiest woman on this council.",
  "PA", note="'the arm on her' (cheek) plus 'rudest, nastiest' at a named councillor")
R("Ey @PhilAshcroftSI, go 'ed and have a cob on, la. Nobody's listening to a meff like you anyway.",
  "PA", key="pa_meff", note="'meff' (waster) at a handle; 'cob on' = sulk")
R("Honestly, our senior planning officer Jade McNulty couldn't find her own backside with a map and a torch. Useless.",
  "PA OI", note="insult at a named officer, so officers.impartiality too")
R("Congratulations to Danny Threlfall on winning Most Pointless Councillor in Merseyside 🏆👏 Well deserved, lad. Years of hard work doing nothing.",
  "PA IR", note="mock congratulation; irony-risk expected")
R("Gerry Houghton is a liar. Plain and simple. He told Gallowfield the library was safe and he knew it wasn't.",
  "PA DF", key="pa_liar", note="'liar' at a person: defamation and personal attack (review)")
R("Kenny Dolan is a gobby little scally who's never done a day's graft in his life and never will.",
  "PA", a="EQ", note="'gobby little scally'; 'little' is not about age here, equality only allowed")
R("Julian Brocklebank: a posh wool from Fernhey who thinks the Docks is another planet. Get back to your golf club, soft lad.",
  "PA", note="'wool' (out-of-towner) is regional teasing, not a protected trait; the attack is on him")
R("Our so-called Leader is as thick as mince. There, I've said it. Someone had to.",
  "PA", key="pa_thick", note="role word 'the Leader'; 'thick as mince'")
R("@RachelLewinFwd is a nasty, two-faced piece of work and I'm sick of pretending otherwise in the chamber.",
  "PA", note="'two-faced piece of work' at a handle; no trait mentioned")
R("Cass Whitfield is a self-important clown who couldn't run a bath, never mind a ward.",
  "PA", key="pa_clown", note="plain insult; her being trans plays no part, so equality is not expected")
R("Siobhan Gorman's speech today was the most embarrassing thing I've seen since me arl fella did karaoke at the Anchor. She's a walking joke.",
  "PA", note="'walking joke' at a named councillor; dialect framing")
R("Yeah right, Philip Ashcroft 'listens to residents'. The fella couldn't hear a fire alarm if he was sat on it. /s",
  "PA IR", note="'yeah right' and /s: irony markers about a person")
R("Calm down, calm down, @LiamCorriganGreen. Go and have a nice little lie down, love 🙃",
  "PA", a="EQ", note="condescension at a handle; 'love' and 'little' allow equality only")
R("Alison Birchall is the worst chief executive this borough has ever had. Arrogant, clueless and paid a fortune for the privilege.",
  "PA OI", note="insult at the named chief executive (officer)")
R("Abdi Farah is a spineless yes-man who'd vote for his own eviction if the whip told him to.",
  "PA", note="'spineless yes-man'; nothing about his heritage or faith")
R("Whoever briefed @JulianBrocklebankFwd before tonight wasted their breath. The man's got the brains of a jellyfish washed up on Sandhey beach.",
  "PA", note="'brains of a jellyfish' at a handle")
R("Owen Prescott is a smug, sneering know-all who looks down his nose at every family on the Ferrygate estate.",
  "PA", note="insult; his autism plays no part")
R("Maureen Kearney's a dinosaur. Antwacky views, antwacky politics, antwacky chain of office.",
  "PA", a="EQ", note="'dinosaur'/'antwacky' (old-fashioned): personal attack, age only allowed")
R("@TerryMolyneuxKM you're a coward. You hid behind the officers at scrutiny and everyone saw you do it.",
  "PA", key="pa_coward", note="'coward' at a handle, second person")
R("Paul Aindow, Head of Highways, is an incompetent idiot and the potholes on Kirkmere Road are his monument.",
  "PA OI", note="'incompetent idiot' at a named officer")
R("Fiona Lathom is dodgy. Always has been, always will be.",
  "PA DF", note="'dodgy' at a person: defamation and personal attack, review")
R("Imagine being as dim as Danny Threlfall and still getting elected. Kirkmere must've been asleep that day.",
  "PA", note="'dim' at a named councillor")
R("Marcus Agard talks a good game on the Docks but he's jarg. A jarg councillor, like a jarg Rolex off the market.",
  "PA", a="DF", note="'jarg' (fake): insult; a reader may hear dishonesty, defamation allowed")
R("Give Sandra Tyrer a medal for turning up to a meeting! Only took six months. Genius 👏👏 Lazy doesn't begin to cover it.",
  "PA IR", note="mock praise plus 'lazy'; goes past an attendance record")
R("Kenny Dolan is a sly, sneaky weasel and I wouldn't trust him to mind me nan's cat.",
  "PA", note="'sneaky weasel' at a named councillor")
R("Lily Cheung: all smiles on the Prom photo-ops and nothing at all between the ears.",
  "PA", note="'nothing between the ears'; nothing about her heritage")
R("Ian Mellor from housing is a heartless jobsworth who doesn't care one bit about families in damp flats.",
  "PA OI", note="'heartless jobsworth' at a named officer")
R("Gemma Rimmer is a vain attention-seeker who cares more about her selfies than she ever did about Sandhey Shore.",
  "PA", note="'vain attention-seeker'; written about her conduct before leave, no maternity reference")
R("Angela Roscoe MP is a careerist leech who hasn't set foot in Gallowfield since the count.",
  "PA", note="public office holder; 'careerist leech' (review, not severe)")
R("That fella who runs the Sandhey Residents' Facebook group is a clown and a bully, and I'm done pretending he isn't.",
  "PA", note="private individual identified by role")
R("Gerry Houghton is vermin. A grubby, crawling parasite in a suit, and the Docks would be cleaner without him.",
  "PA", sev=True, note="severe: dehumanising 'vermin', 'parasite in a suit'")
R("Philip Ashcroft is a worthless piece of filth. Nobody on Sandhey Shore would miss him if he dropped off the face of the earth.",
  "PA", a="BI", sev=True, note="severe: 'piece of filth', 'nobody would miss him' (wish, not a threat; bullying allowed)")

# ---------------------------------------------------------------------------
# respect.abusive-language: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
fam("AL")
R("This budget is a pile of shite. Every single line of it.",
  "AL", key="al_shite", note="obscenity at a budget: abusive-language alone")
R("Whoever designed the new bin rota wants their bloody head looking at. Absolute shambles of a bloody system.",
  "AL", a="PA", note="'whoever': personal attack allowed; mild obscenity at a service")
R("Sod the Mersey People's Alliance and sod their bastard parking charges on the Prom.",
  "AL", a="PA", key="al_sod", note="obscenity at a party and its charges; personal attack allowed for a party")
R("What a load of bollocks from @JulianBrocklebankFwd tonight. Twenty minutes of it.",
  "AL", a="PA", note="obscenity at what he said, not at him: personal attack only allowed")
R("The consultation on Ferrygate ferry fares is a fucking joke. Three questions, all loaded.",
  "AL", note="strong obscenity at a consultation")
R("Kenny Dolan is a total gobshite.",
  "AL PA", note="'gobshite' at a person: abusive-language and personal attack")
R("Estuary Waste Ltd can shove their 'improved service' up their arse. Three weeks without a collection in Gallowfield.",
  "AL", a="PA", note="obscenity at a company")
R("Full council was a shitshow from start to finish. Three hours of my life I'm not getting back.",
  "AL", key="al_shitshow", note="obscenity at a meeting")
R("@DannyThrelfallFwd is a knobhead. End of.",
  "AL PA", key="al_knobhead", note="obscene insult at a handle")
R("The council website crashed again when I tried to report a pothole. Pissing useless.",
  "AL", note="obscenity at a website")
R("Dunsands Forward's motion on the Docks is utter crap with a bow on it.",
  "AL", a="PA", note="vulgar at a motion; personal attack allowed for a party")
R("The state of the jiggers round Gallowfield. Whoever signed off this cleansing contract, it's shite and you know it.",
  "AL", a="PA", note="'jiggers' (back alleys); obscenity at a contract, 'whoever'")
R("Julian Brocklebank, you absolute bellend.",
  "AL PA", key="al_bellend", note="obscene insult at a named person")
R("Fiona Lathom is a sanctimonious cow.",
  "AL PA", a="EQ", note="gendered vulgar insult at a named person; equality (sex) allowed")
R("Piss-poor answer from the cabinet member for finance. Again. Didn't even look up from his notes.",
  "AL", a="PA", note="obscenity at an answer; role named, personal attack allowed")
R("Dunsands Homes are a bunch of useless twats who leave families living with mould for months.",
  "AL", a="PA", note="obscenity at a housing association")
R("Budget scrutiny was bollocks, the finance figures were bollocks, and the Leader's closing speech was the biggest bollocks of the lot.",
  "AL", a="PA OI", note="obscenity at a meeting, figures and a speech; person and officers only allowed")
R("Fuck this parking permit scheme and fuck whoever dreamt it up in some office miles from Ferrygate.",
  "AL", a="PA", note="strong obscenity at a scheme and 'whoever'")
R("@OwenPrescottGreen what an utter prick. Blocked. Prick.",
  "AL PA", key="al_prick", note="obscene insult at a handle, twice")
R("Radio Dunsands interview with Gerry Houghton this morning: fifteen minutes of pure horseshit.",
  "AL", a="PA", note="obscenity at an interview's content")
R("The Ferrygate residents' meeting was a bloody nightmare and the fella chairing it was a complete arsehole to half the room.",
  "AL PA", note="obscene insult at a private individual (the chair)")
R("Sandhey sea defence plan is arse about face and the shite consultation proves nobody listened.",
  "AL", note="obscenity at a plan and a consultation")
R("The Leader is a lying bastard.",
  "AL PA DF", note="obscenity and 'lying' at a person: three rules, review")
R("Gallowfield library closure: what a shitty, spiteful decision.",
  "AL", note="obscenity at a decision")
R("Alison Birchall's restructure is a dog's dinner of bollocks and buzzwords.",
  "AL OI", a="PA", note="obscenity at a named officer's restructure: officers.impartiality expected")
R("Scran at the civic reception was boss, speeches were shite. Standard Dunsands.",
  "AL", note="mild: 'shite' at speeches; 'boss' = great")
R("@PhilAshcroftSI you sly little shit.",
  "AL PA", note="obscene insult at a handle")
R("Green Tide's transport policy is bollocks on stilts.",
  "AL", a="PA", note="obscenity at a policy")
R("Whoever keeps putting the 'consultation closed' sign up early at the one-stop shop is a complete dickhead.",
  "AL", a="PA", note="obscene insult at 'whoever'")
R("Ferry timetable: shite. Fares: shite. Customer service: shite. Oh and the coffee on board? Shite. ☕",
  "AL", note="repeated obscenity at a service")
R("The Mayor's charity ball was a piss-up for cronies on our money.",
  "AL", a="PA DF", note="vulgar at an event; 'cronies' allows defamation and personal attack")
R("@GemmaRimmerSI blocking residents for asking a question. What a tosser.",
  "AL PA", note="'tosser' at a handle")
R("Siobhan Gorman is a vile cunt and always has been.",
  "AL PA", a="EQ", sev=True, note="severe: the c-word at a named councillor")
R("Dunsands Homes' board are filthy scum. Hope every last one of them rots in the damp they leave our tenants in.",
  "AL", a="PA BI", sev=True, note="severe: 'filthy scum... hope they rot'")

# ---------------------------------------------------------------------------
# bullying.intimidation: 34 originals, all block (10 explicit, 13 veiled, 11 pressure)
# ---------------------------------------------------------------------------
fam("BI")
R("Say that to my face again @JulianBrocklebankFwd and you'll be picking your teeth up off the Prom.",
  "BI", note="[explicit] threat of violence at a handle")
R("I know where you live, Kenny Dolan. Half of Gallowfield does. Think on.",
  "BI", key="bi_live", note="[explicit] 'I know where you live'")
R("If Gerry Houghton shuts our library I will personally drag him out of the town hall by his kecks.",
  "BI", note="[explicit] threat of physical force ('kecks' = trousers)")
R("Whoever went running to the Monitoring Officer about me: I'll find out who you are, and you will regret it.",
  "BI", a="OI", key="bi_regret", note="[explicit] threat against a complainant")
R("Come down the Anchor Friday, @PhilAshcroftSI. Me and the lads will sort you out properly.",
  "BI", note="[explicit] 'me and the lads will sort you out'")
R("Next time Danny Threlfall heckles me I'll knock him into the Mersey. And I'm not joking.",
  "BI", note="[explicit] threat of violence, with 'not joking'")
R("Jade McNulty, you'll lose your job over this report. I'll make sure of it personally.",
  "BI OI", note="[explicit] threat to an officer's job over her report")
R("Fiona Lathom: withdraw that complaint or I'll make your life hell. Every meeting, every post, every day.",
  "BI", note="[explicit] threat to a complainant")
R("I'm going to destroy Owen Prescott. Not politically. Him.",
  "BI", key="bi_destroy", note="[explicit] 'destroy' made literal by 'not politically'")
R("@LiamCorriganGreen keep talking, lad, and someone's going to put you in the ozzy.",
  "BI", key="bi_ozzy", note="[explicit] threat of hospitalisation ('ozzy')")
R("Cass Whitfield wants to be careful walking home along the dunes on her own at night. Very careful.",
  "BI", a="EQ DP", key="bi_careful", note="[veiled] lone woman walking home; route home; equality and data protection allowed")
R("Lovely school Abdi Farah's kids go to. Be a shame if anything happened on the walk home.",
  "BI", a="DP EQ", note="[veiled] children's school; data protection allowed")
R("Gemma Rimmer won't be smiling for long. Mark my words.",
  "BI", note="[veiled] the mildest veiled threat")
R("Funny how accidents happen to people who don't know when to keep their mouth shut. Just saying, @RachelLewinFwd.",
  "BI", note="[veiled] 'accidents happen'")
R("Terry Molyneux wants to remember there's a lot of steps down to the Ferrygate landing stage. Would be a shame.",
  "BI", a="EQ", note="[veiled] touches his wheelchair use; equality allowed")
R("Nice car, @MarcusAgardDocks. Parked on Wellfield Road every night, isn't it? I'd look after it if I were you.",
  "BI", a="DP", note="[veiled] street where he parks; data protection allowed")
R("Siobhan Gorman's husband works nights at the ferry terminal, doesn't he? Small world, Dunsands. People talk.",
  "BI", a="DP", note="[veiled] spouse's workplace; data protection allowed")
R("Keep pushing this, Ian Mellor, and we'll see how long you last in housing. Officers come and go, la.",
  "BI OI", note="[veiled] threat to an officer's position")
R("Julian Brocklebank's lucky it's only words I'm throwing at him.",
  "BI", note="[veiled] implied violence")
R("Some of the lads in Gallowfield aren't as patient as me, Kenny. Remember that.",
  "BI", note="[veiled] implied threat from others; first name only")
R("To whoever reported me to standards: I never forget a face. 🙂",
  "BI", note="[veiled] threat to a complainant, friendly emoji")
R("Saw Pawel Kowalczyk leaving his surgery on Cable Street earlier. Hope he gets home safe. 👀",
  "BI", a="DP", note="[veiled] whereabouts and route home; data protection allowed")
R("To the Dunsands Tide reporter who wrote that piece about me: I've got a lot of mates in this town and none of them are happy with you.",
  "BI", note="[veiled] at a journalist (private individual)")
R("I've got the screenshots, Fiona. Drop your motion by Friday or they go to the Tide. Your move.",
  "BI", a="DF", note="[pressure] coercion by threatened exposure; defamation allowed")
R("Everyone screenshot @DannyThrelfallFwd's post and flood his mentions till he deletes his account. Go 'ed.",
  "BI", key="bi_flood", note="[pressure] organised pile-on, no threat of harm")
R("Vote for the Docks regeneration next week, Lily Cheung, or you can forget your ward budget for the next four years.",
  "BI", a="PI", note="[pressure] coercion with a ward budget; improper advantage allowed")
R("Owen Prescott: back the budget or you're off the licensing committee. Your choice, lad.",
  "BI", a="PI", note="[pressure] coercion with a committee place")
R("Gallowfield, you know what to do. Gerry Houghton's mobile is 07700 900417. Keep ringing until he changes his mind on the library.",
  "BI", a="DP SC", note="[pressure] private number posted to organise calls; data protection and credentials allowed")
R("Every one of youse, get round to @SandraTyrerHH's surgery Saturday and don't leave till she answers. Make her uncomfortable.",
  "BI", note="[pressure] mob at a surgery")
R("Funny how the repairs on the Hoxley Heath flats speed up when the ward councillor votes the right way. Abdi, you know the drill.",
  "BI", a="PI", note="[pressure] coercion with repairs")
R("Let's get #ShameOnTerry trending. Every post he makes, pile in. Don't let him breathe.",
  "BI", note="[pressure] organised pile-on at a first-named councillor")
R("Nobody on this council speaks to Rachel Lewin until she apologises. Not in the chamber, not in the corridor, not at the bar. Freeze her out.",
  "BI", note="[pressure] organised ostracism and humiliation")
R("@CassWhitfieldSI I'll be at every one of your surgeries, every meeting, every street stall. You won't get a minute's peace till you resign.",
  "BI", note="[pressure] promised persistent following")
R("Officers who want to keep their jobs after May might want to rethink their advice on the Docks scheme. Just a thought, Graham.",
  "BI OI", note="[pressure] pressing officers (Head of Planning, first name) to change advice")

# ---------------------------------------------------------------------------
# equality.discrimination: 34 originals, all block (15 explicit, 19 coded)
# ---------------------------------------------------------------------------
fam("EQ")
R("Pawel Kowalczyk should go back to Poland. This is Dunsands, not a Polish colony.",
  "EQ PA", key="eq_polish", note="[explicit; race] national origin, Polish")
R("Ferrygate's full of Romanians now and every one of them's on the rob.",
  "EQ", note="[explicit; race] Romanian nationals as thieves ('on the rob')")
R("Cass Whitfield is a bloke in a frock and I'll keep saying it. Bloke.",
  "EQ PA", key="eq_bloke", note="[explicit; gender reassignment] misgendering a trans councillor")
R("Gays shouldn't be anywhere near our schools. Sorry, not sorry. Liam Corrigan can take his rainbow lanyard and do one.",
  "EQ PA", note="[explicit; sexual orientation] gay people barred from schools")
R("Why's a cripple sitting on the highways committee? Terry Molyneux can't even get up the town hall steps.",
  "EQ AL PA", key="eq_cripple", note="[explicit; disability] slur 'cripple' (physical)")
R("Women shouldn't be chairing planning. They haven't got the head for it. Proved again tonight.",
  "EQ", note="[explicit; sex] women said unfit to chair planning")
R("Muslims in Hoxley Heath need to integrate or get out. Simple as.",
  "EQ", note="[explicit; religion or belief] anti-Muslim")
R("The pikeys on the Kirkmere site should be moved on and kept moving, the lot of them.",
  "EQ AL", key="eq_pikeys", note="[explicit; race] slur at Gypsies and Travellers")
R("Anyone over 70 should be barred from standing. Maureen Kearney is the proof. Senile and past it.",
  "EQ PA", note="[explicit; age] old age")
R("Gemma Rimmer's gone off to have a baby, so that's Sandhey without a councillor for a year. Pregnant women shouldn't stand, simple.",
  "EQ PA", note="[explicit; pregnancy and maternity] pregnant women said unfit to stand")
R("The asylum seekers in the Ferrygate hotel are scroungers and rapists waiting to happen. Ship them out.",
  "EQ", note="[explicit; race] asylum seekers")
R("The Chinese have had enough out of this council. Lily Cheung only ever looks after her own kind.",
  "EQ PA", note="[explicit; race] Chinese; 'her own kind'")
R("Catholics shouldn't be let near the schools admissions panel. Siobhan Gorman's first loyalty is to Rome, not to Dunsands.",
  "EQ PA", note="[explicit; religion or belief] anti-Catholic sectarianism")
R("Autistic people can't do this job. Owen Prescott proves it every meeting.",
  "EQ PA", key="eq_autistic", note="[explicit; disability] autism")
R("A civil partnership isn't a marriage, full stop. Sandra Tyrer's 'partner' has no place at the civic dinner with the real husbands and wives.",
  "EQ PA", note="[explicit; marriage and civil partnership] civil partner treated as less than a spouse")
R("Marcus Agard always gets picked for the diversity photos. Funny that. Makes you wonder how he got the cabinet job.",
  "EQ PA", key="eq_diversity", note="[coded; race] tokenism jibe; only knowing he is Black makes it so")
R("Rachel Lewin's lot always know where the money is. Ask the Fernhey golf club who pays for her leaflets.",
  "EQ PA", a="DF", note="[coded; religion or belief] antisemitic money trope; defamation allowed")
R("Abdi Farah says he's Dunsands born and bred. Aye, alright. Whatever it says on his birth certificate, he's not one of us, is he.",
  "EQ PA", note="[coded; race] 'not one of us', no group named")
R("Funny how the mosque extension sailed through. Somebody's got the Leader's ear and it isn't the local lads.",
  "EQ", a="PA DF", note="[coded; religion or belief] anti-Muslim 'they get favours'")
R("Putting Kenny Dolan on finance is like handing the budget to the kids from the special school. Bless him.",
  "EQ PA", note="[coded; disability] learning disability as a put-down; he has none stated")
R("Owen Prescott needs 'sensory breaks' in full council now. Some of us call that skiving. Snowflake nonsense.",
  "EQ PA", note="[coded; disability] autism adjustment mocked")
R("Siobhan Gorman's been signed off with 'stress'. Politics isn't for the soft. Toughen up or ship out.",
  "EQ PA", note="[coded; disability] mental health")
R("Ferrygate used to be a proper Scouse community. Now you can't hear English spoken on the parade. Not saying anything, just saying.",
  "EQ", note="[coded; race] 'not saying anything'")
R("Gemma Rimmer is 'on maternity'. Nice work if you can get it. Sandhey pays, she naps.",
  "EQ PA", note="[coded; pregnancy and maternity] maternity leave as skiving")
R("Interesting that Lily Cheung's cousin's restaurant got the civic catering. They all stick together, that lot.",
  "EQ PA", a="DF", note="[coded; race] 'stick together, that lot'; defamation allowed")
R("Cass Whitfield using the ladies' loos at the town hall. Just asking questions 🤔 Some of us have daughters.",
  "EQ PA", note="[coded; gender reassignment] predatory insinuation")
R("What Liam Corrigan does in his private life is his business. Him coaching our lads at the Sandmen juniors? That's ours.",
  "EQ PA", note="[coded; sexual orientation] gay man as a danger to children")
R("Maureen Kearney's getting muddled again, God love her. Time for a nice home with a sea view, not the Mayor's chair.",
  "EQ PA", note="[coded; age] old age as incapacity")
R("Fiona Lathom chairing scrutiny like that? Time of the month again by the looks of it.",
  "EQ PA", note="[coded; sex] menstruation jibe")
R("Another 'youth voice' session at the town hall. Let the grown-ups decide, kids. Come back when you pay council tax.",
  "EQ", note="[coded; age] young people's views dismissed for their age")
R("Pawel Kowalczyk's questions on the ferry contract were hard to follow. Maybe something got lost in translation 😂 Pierogi for brains.",
  "EQ PA", note="[coded; race] national origin mocked (food, language)")
R("Green Tide's new candidates: two 'partners' from Ferrygate, a vegan and a lad who does Pride every year. Normal families need not apply.",
  "EQ", a="PA", note="[coded; sexual orientation] 'normal families'")
R("St Patrick's Day at the town hall. Don't worry, I'm sure the Irish lot will find the bar before the flag's even up 🍺🇮🇪",
  "EQ", date="2026-03-17", note="[coded; race] Irish drinking stereotype")
R("Abdi Farah at another Ramadan iftar. Where's his loyalty, Dunsands or Mecca?",
  "EQ PA", date="2026-02-20", note="[coded; religion or belief] Muslim loyalty questioned")

# ---------------------------------------------------------------------------
# defamation.allegation: 34 originals (21 review, 13 block)
# ---------------------------------------------------------------------------
fam("DF")
R("Gerry Houghton is as bent as a two-bob watch.",
  "DF PA", key="df_bent", note="'bent' (corrupt) idiom: review")
R("Julian Brocklebank's been on the take for years. Ask him who pays for his box at the match.",
  "DF PA", note="'on the take' idiom with innuendo: review")
R("Funny how Philip Ashcroft's brother-in-law keeps winning the Sandhey contracts. Just an observation 🤔",
  "DF", a="PA", note="innuendo of corruption without name-calling")
R("@FionaLathomFwd lied to the Fernhey residents' meeting about the tree felling. Lied, straight to their faces.",
  "DF PA", key="df_lied", note="'lied' at a person, twice")
R("Dunsands Homes have been fiddling the repair figures for years. Everyone in Gallowfield knows it.",
  "DF", a="PA", note="dishonesty allegation at an organisation: review")
R("Kenny Dolan's expenses don't add up. Never have. Just saying.",
  "DF", a="PA", note="innuendo of dishonesty")
R("The Leader's a fraud. She promised the Docks a swimming pool and took the credit for one she never built.",
  "DF PA", note="'fraud' at a person: review")
R("Danny Threlfall is a crook and Kirkmere deserves to know it. A crook.",
  "DF PA", key="df_crook", note="'crook' twice at a named councillor")
R("Estuary Waste are cooking the books on recycling. Their 'record 52%' is fiction.",
  "DF", a="PA", note="dishonesty allegation at a company")
R("Graham Tarleton's planning reports always seem to go the developers' way. Wonder why 🤔",
  "DF OI", a="PA", note="innuendo at a named officer")
R("Marcus Agard is a dodgy so-and-so. I wouldn't buy a used car off him.",
  "DF PA", note="'dodgy' at a person")
R("Some councillors on this borough are in the ferry company's pocket. One of them sits for Ferrygate. Draw your own conclusions.",
  "DF", a="PA", excl=("Liam Corrigan", "Owen Prescott", "Pawel Kowalczyk"),
  note="innuendo at an identifiable member of a three-member ward")
R("The Mayor's charity appeal has 'mislaid' eight grand. Where did it go, Maureen?",
  "DF", a="PA", note="dishonesty innuendo, no crime stated as fact")
R("Vanessa Hindley signed off the accounts knowing they were wrong. That's what I'm told, anyway.",
  "DF OI", note="misconduct allegation at a named officer, hedged: review")
R("@AbdiFarahMPA couldn't lie straight in bed.",
  "DF PA", note="idiom for a habitual liar")
R("Lily Cheung is lying about the Docks market consultation. The dates she gave the Tide are made up.",
  "DF PA", note="'lying' at a person")
R("The Dunsands Forward leaflets are full of lies, and Julian Brocklebank wrote every one of them.",
  "DF PA", note="'lies' attributed to a named person")
R("Angela Roscoe MP has been telling porkies about the ferry subsidy since the election.",
  "DF PA", note="'porkies' (lies) at a public office holder")
R("Owen Prescott padded out his petition. Half the names on it are made up. Ask anyone in Ferrygate.",
  "DF", a="PA", note="dishonesty allegation (fake signatures on a petition), review")
R("Sandra Tyrer's 'community group' is a front for her mates' business. Follow the money.",
  "DF", a="PA", note="innuendo of corruption")
R("Pawel Kowalczyk's a chancer who'd sell his own ward for a headline and a bung.",
  "DF PA", note="'chancer', 'bung' as idiom: review")
R("Philip Ashcroft took a £10,000 bribe from Marram Developments to push the dune car park through. That's a fact.",
  "DF", a="PA", sev=True, key="df_bribe", note="block: bribe stated as fact")
R("Kenny Dolan nicked the takings from the Gallowfield gala. £1,400 in a biscuit tin, gone.",
  "DF", a="PA", sev=True, key="df_gala", note="block: theft of gala takings stated as fact")
R("Gerry Houghton got done for drink-driving last year and had it hushed up.",
  "DF", a="PA", sev=True, note="block: drink-driving conviction and cover-up")
R("Danny Threlfall has been claiming mileage for trips he never made. That's fraud, pure and simple.",
  "DF PA", sev=True, note="block: mileage fraud; 'fraud' at a person")
R("Julian Brocklebank rigged the postal votes in Fernhey. I've seen the bags.",
  "DF", a="PA", sev=True, key="df_rigged", note="block: postal vote rigging")
R("Ian Mellor took a free week in Tenerife off the housing contractor, then handed them the repairs contract.",
  "DF OI", a="PA", sev=True, note="block: officer bribed with a holiday")
R("Fiona Lathom forged the signatures on her nomination papers.",
  "DF", a="PA", sev=True, note="block: forgery")
R("Siobhan Gorman is claiming benefits on top of her allowance and her husband's wage. Benefit fraud, plain as day.",
  "DF", a="PA DP", sev=True, note="block: benefit fraud; spouse mentioned, data protection allowed")
R("Marcus Agard has been taking scrap metal from the council depot and flogging it at the yard on Dock Road.",
  "DF", a="PA", sev=True, note="block: theft of council property")
R("Paul Aindow is taking backhanders off the resurfacing firm. Cash in an envelope, every month.",
  "DF OI", a="PA", sev=True, note="block: officer taking bribes")
R("The Ferrygate Ferry Company's directors have dodged tax through an Isle of Man shell company for a decade.",
  "DF", a="PA", sev=True, note="block: tax evasion by identifiable directors")
R("Terry Molyneux bought votes in Kirkmere with twenty-quid supermarket vouchers. I've got one in my drawer.",
  "DF", a="PA", sev=True, note="block: vote buying")
R("Alison Birchall is guilty of misconduct in public office. She shredded the Docks audit files before the inspectors arrived.",
  "DF OI", a="PA", sev=True, note="block: misconduct in public office by the chief executive")

# ---------------------------------------------------------------------------
# Hard negatives: 22 per group
# ---------------------------------------------------------------------------
# HN1 harsh criticism of a policy, decision, party, company or the council
H(1, "The Docks regeneration plan is a shambles from start to finish and the cabinet should be ashamed of it. Gallowfield gets nothing, again.",
  a="PA", note="harsh criticism of a plan and the cabinet collectively")
H(1, "This budget is as soft as a brush. Cuts to youth clubs, cuts to libraries, and a new logo. Who thought that was sound?",
  note="dialect put-down aimed at a budget")
H(1, "Parking charges on the Prom are a tax on families who want a day at the seaside. Scrap them.",
  note="policy criticism")
H(1, "Estuary Waste's bin service in Gallowfield is a disgrace. Three missed collections in a month. That contract needs ripping up.",
  a="PA", note="harsh criticism of a company's service")
H(1, "Dunsands Forward's alternative budget is a work of fiction. Not one costed line in it.",
  a="DF", note="'work of fiction' at a budget; defamation allowed")
H(1, "The ferry fare rise is daylight robbery. 40% in one go? Ferrygate folk are being taken for mugs.",
  a="DF", note="figurative 'robbery' at a fare rise")
H(1, "The new consultation portal is a meff of a website. Took me twenty minutes to find the form. Sort it out @DunsandsCouncil",
  note="'meff' (also in a positive) aimed at a website")
H(1, "Green Tide's plan for the Prom is antwacky. 1970s thinking in a 2026 town.",
  note="'antwacky' (also in a positive) aimed at a plan")
H(1, "Proper gutted with this administration. The library closure is wrong, the process was wrong, and we'll keep fighting it.",
  a="BI", note="decision criticism; 'fighting' is campaigning")
H(1, "Dunsands Homes: mould, leaks and months waiting for a plumber. Tenants deserve better and I'll be raising it at scrutiny again.",
  note="criticism of a housing association")
H(1, "The Mersey People's Alliance have run this borough into the ground on potholes. Kirkmere Road's like the surface of the moon.",
  a="PA", note="party criticism")
H(1, "The leisure trust scrutiny report is a divvy document. Figures that don't add up and recommendations with no teeth.",
  note="'divvy' (also in a positive) aimed at a report")
H(1, "The council's handling of the Sandhey flood defences has been a slow-motion car crash. Residents were told nothing for months.",
  note="harsh criticism of the council's handling")
H(1, "Ferrygate Residents' transport motion is well meant but naive. You can't run buses on goodwill.",
  note="civil criticism of a motion")
H(1, "The cabinet decision on the Docks market is a kick in the teeth for every stallholder who's been there thirty years.",
  note="figurative, at a decision")
H(1, "This is a scandal. £2.3m on consultants for the Docks masterplan and not one shovel in the ground.",
  note="'scandal' at spending, no person")
H(1, "Marram Developments' dune car park plans are an eyesore. I have concerns about them and I will listen to the evidence at committee.",
  a="PD", note="predisposition, not predetermination; company criticism")
H(1, "The council put out a 'good news' story about bins on the day 400 homes missed a collection. Tone deaf doesn't cover it.",
  note="criticism of the council's comms, no officer named")
H(1, "Dunsands Leisure Trust shutting the Gallowfield pool at weekends is a shocking decision. Where are the kids meant to go?",
  note="criticism of a decision")
H(1, "The licensing policy on the Prom bars is a mess. Either enforce it or scrap it, don't leave everyone guessing.",
  note="policy criticism")
H(1, "Dunsands Forward want to sell off the Docks park? Over my dead body. That land belongs to the people.",
  a="BI", note="'over my dead body' is a figure of speech")
H(1, "Council tax up 4.99% and the bins still don't get emptied. This administration has lost the plot.",
  a="PA", note="criticism of the administration collectively")

# HN2 counter-speech and quoting abuse to condemn it
H(2, "Someone called me a 'dirty Polack' outside the big Tesco today. In Dunsands. In 2026. It's not banter, it's racism, and it's been reported.",
  a="EQ AL", pin="Pawel Kowalczyk", note="quoted slur reported by its target (pinned author)")
H(2, "To the fella who shouted 'tranny' at me on the Prom: I've been called worse by better. I'm still your councillor 🏳️‍⚧️",
  a="EQ AL", pin="Cass Whitfield", note="quoted transphobic slur, condemned (pinned author)")
H(2, "Sick of seeing 'go back where you came from' under every post about the Ferrygate hotel. These are people. Report it, don't like it.",
  a="EQ", note="quoting xenophobic comments to condemn them")
H(2, "Someone painted 'Fenian scum' on the wall of Our Lady of the Sands overnight. Sectarianism has no place here. Cleaned off by dinner time, ta to the lads at Highways.",
  a="EQ AL", note="quoted sectarian graffiti condemned")
H(2, "Had a message today saying 'I know where you live'. It's gone to the bizzies. It won't stop me doing my job.",
  a="BI", pin="Siobhan Gorman", note="quoted threat received, reported (pinned author)")
H(2, "Screenshots of what landed in my inbox this week: 'cripple', 'waste of a seat', 'should've been put down'. Posting so you see what disabled people in public life get.",
  a="EQ AL BI", pin="Terry Molyneux", note="quoted disablist abuse (pinned author)")
H(2, "Calling Cllr Farah 'not one of us' is racism dressed up as local pride. He was born in the same hospital as me.",
  a="EQ PA", note="counter-speech quoting a coded racist line")
H(2, "Whoever left 'they always know where the money is' under my Holocaust Memorial Day post: reported and blocked. We remember, and we call it out.",
  a="EQ", pin="Rachel Lewin", date="2026-01-28", note="quoted antisemitic trope condemned (pinned author)")
H(2, "'Women haven't got the head for planning.' Said in a council corridor this week. Not on my watch. It's gone to the Monitoring Officer.",
  a="EQ", note="quoted sexist remark, reported")
H(2, "Being told to 'calm down, love' by a fella who's just bawled at me across the chamber. We've all been there, girls. Don't let it slide.",
  a="EQ PA", pin="Fiona Lathom", note="quoted condescension condemned (pinned: a woman councillor)")
H(2, "Someone's been calling a colleague 'special' in the group chat. That's not banter, it's disability discrimination, and I've left the chat.",
  a="EQ PA", note="quoted disablist term condemned")
H(2, "The 'gyppos out' graffiti on the Kirkmere site sign has been reported. Travellers are part of this borough too.",
  a="EQ AL", note="quoted anti-Traveller graffiti condemned")
H(2, "Anyone calling a new mam 'lazy' for taking maternity leave can take it up with me. It's the law, and it's right.",
  a="EQ PA", note="defends maternity leave, quoting the jibe")
H(2, "'P*kis out' sprayed on the Hoxley Heath underpass. Bizzies are on it and so am I. This is not who we are.",
  a="EQ AL", note="quoted racist graffiti, self-starred, condemned")
H(2, "Had 'filthy scum, hope you rot' in my DMs this morning. Blocked, reported, cracking on. Don't let them win.",
  a="AL BI", pin="Siobhan Gorman", note="quoted abuse received (pinned author)")
H(2, "People saying the Chinese community 'stick together' like it's a crime. Yes, they look after each other. Dunsands' Chinatown has done that for 150 years.",
  a="EQ", note="counter-speech quoting a coded line")
H(2, "Our youth council got called 'kids who should be seen and not heard' at full council. They handled it better than the adults did. Proud of them.",
  a="EQ PA", note="quoted ageist remark condemned")
H(2, "If you're going to call me a 'bloke in a frock', at least have the guts to do it without an egg for a profile pic. Till then, blocked 💅",
  a="EQ", pin="Cass Whitfield", note="quoted transphobic abuse (pinned author)")
H(2, "'Go back to Poland' is what I got for asking a question about the ferry contract. I've lived here 22 years. I'm going nowhere.",
  a="EQ", pin="Pawel Kowalczyk", note="quoted xenophobia (pinned author)")
H(2, "Someone called the Leader a 'lying bastard' on my page. Deleted. We disagree with her politics. We don't do that.",
  a="AL PA DF", note="quoted abuse removed from own page")
H(2, "'Asylum seekers are rapists waiting to happen' isn't an opinion, it's a lie that gets people hurt. I won't share a platform with anyone who says it.",
  a="EQ", note="quoted hate condemned")
H(2, "Men in this chamber: when you call a woman councillor 'hysterical' or 'a silly cow', you're telling every girl watching what this place thinks of her. Pack it in.",
  a="EQ AL", pin="Lily Cheung", note="quoted sexist insults condemned (pinned: a woman councillor)")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
H(3, "Myth: asylum seekers in the Ferrygate hotel get free cars. Fact: they get about £9 a week when meals are provided. Please check before you share.",
  note="myth-busting about asylum seekers")
H(3, "No, the council isn't 'giving houses to immigrants first'. Allocation is by need and time on the list. Happy to go through it with anyone at my surgery.",
  a="EQ", note="myth-busting, quotes the myth")
H(3, "There's no 'Ramadan grant'. The community events fund is open to every group in Dunsands. This year it paid for the St Patrick's parade, two church fairs and the mosque iftar.",
  date="2026-02-20", note="Ramadan grant myth-busting")
H(3, "Asked a lot: 'why is the council flying the Pride flag?' Because it's LGBT+ History Month and we back our LGBT+ staff and residents. You can disagree, civilly.",
  date="2026-02-05", note="civil answer on a protected topic")
H(3, "I've been asked whether Traveller sites lower house prices. The evidence doesn't back that up. The Kirkmere site access road is a separate question and I'll look at it on its merits.",
  a="PD", note="myth-busting; access road allows predetermination")
H(3, "On single-sex spaces: I know people hold different views. At the town hall we follow the law and the guidance, and everyone gets treated with respect. That's it.",
  note="civil debate on gender reassignment and sex")
H(3, "Some people reckon older councillors can't cope with the digital agenda. Our oldest member's on Bluesky before most of us are out of bed. Age is no bar.",
  a="EQ", note="denies an ageist assumption")
H(3, "A resident asked me if being autistic means you can't be a councillor. No. Reasonable adjustments are in the constitution and they work.",
  note="myth-busting on disability")
H(3, "Catholic or Protestant, Orange or Green: the marching season row is about road closures and policing costs, not anyone's faith. Let's keep it there.",
  note="civil framing of a sectarian-adjacent row")
H(3, "Fact check: the mosque extension went through planning committee like every other application, officers' report and all. No favours.",
  note="myth-busting on a religious building")
H(3, "'Immigrants are taking the jobs at the port.' The port's own figures: 88% of staff live within ten miles. Most of the rest come from over the water.",
  a="EQ", note="quotes a myth and rebuts it; 'over the water' = Wirral")
H(3, "I'm not against the gurdwara extension. I have questions about parking on Church Street, and I'll raise them at committee like I would on any scheme.",
  a="PD", note="denied prejudice; predisposition only")
H(3, "Pregnant councillors get the same rights as anyone else. Remote attendance and proxy arrangements exist for a reason.",
  note="civil statement on pregnancy")
H(3, "Respectfully disagree with colleagues who want the youth council scrapped. Young people don't pay council tax but they use the parks, the buses and the libraries.",
  note="civil debate on age")
H(3, "Yes, I'm a Christian. No, that doesn't mean I think my gay constituents are lesser. Both things can be true.",
  note="denied prejudice, religion and sexual orientation")
H(3, "Is the Polish deli on the parade 'taking over'? No. It's one shop that opened in an empty unit. The parade had six empty units last year.",
  a="EQ", note="myth-busting on a Polish business")
H(3, "Gender pay gap report is out. The council's gap is 6.1%, down from 8.3%. Good progress, not finished.",
  note="neutral on sex")
H(3, "To the fella at my surgery who asked why there's a 'special' disability budget line: it's the law, and it pays for the ramps and hearing loops your own nan uses.",
  a="EQ", note="civil correction; 'special' quoted")
H(3, "Figures on the Ferrygate hotel: 3 police call-outs in a year. The pub across the road: 41. Let's be honest about where the problem is.",
  note="myth-busting with figures")
H(3, "Married or in a civil partnership, the civic dinner invite says 'and partner' for a reason. Nobody's checking certificates at the door.",
  note="neutral on marriage and civil partnership")
H(3, "St Patrick's Day is Irish heritage, and half of Dunsands has an Irish nan. Flying the flag for one day isn't sectarian.",
  date="2026-03-17", note="civil debate on a flag")
H(3, "I don't agree with Cllr Lewin on the Gaza motion and I said so in the chamber. What I won't have is people making that about her being Jewish.",
  a="EQ PA", note="disagreement plus counter to antisemitism")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H(4, "Made up to join the Lunar New Year lion dance on the Docks last night. Year of the Horse, Chinatown was rammed 🐎🏮",
  pin="Lily Cheung", date="2026-02-18", note="community celebration (pinned author)")
H(4, "Ramadan Mubarak to everyone in Hoxley Heath and beyond. See youse at the community iftar on Friday.",
  pin="Abdi Farah", date="2026-02-19", note="Ramadan greeting (pinned author)")
H(4, "Eid Mubarak! Boss morning at the Hoxley Heath mosque, scran for days.",
  pin="Abdi Farah", date="2026-03-20", note="Eid greeting (pinned author)")
H(4, "As a wheelchair user I tested every ramp on the Prom today. Six good, two shocking. Report goes to Highways tomorrow.",
  pin="Terry Molyneux", note="self-description, disability (pinned author)")
H(4, "Proud trans woman, proud Sandhey girl, proud to be your councillor. Happy LGBT+ History Month 🏳️‍⚧️",
  pin="Cass Whitfield", date="2026-02-10", note="self-description, gender reassignment (pinned author)")
H(4, "Back from maternity leave next month. Little one's thriving, me less so on the sleep front. Thanks for all the messages, Sandhey 💛",
  pin="Gemma Rimmer", note="self-description, maternity (pinned author)")
H(4, "I'm 72, I'm the Mayor and I'm still first on the dance floor. This arl girl's not done yet.",
  pin="Maureen Kearney", note="self-description, age, 'arl girl' (pinned author)")
H(4, "Born in Gdańsk, made in Dunsands. Twenty-two years on the ferry road and I still can't do the accent.",
  pin="Pawel Kowalczyk", note="self-description, national origin (pinned author)")
H(4, "I'm queer, I'm from Ferrygate and I'm on your ballot paper. None of those are up for debate.",
  pin="Liam Corrigan", note="reclaimed 'queer', self-description (pinned author)")
H(4, "Me and my civil partner Jan celebrated 15 years today. Sound woman. Puts up with me and my council inbox.",
  pin="Sandra Tyrer", note="self-description, civil partnership (pinned author)")
H(4, "Autistic and a councillor. I'll wear the ear defenders in full council and you'll get better decisions out of me for it.",
  pin="Owen Prescott", note="self-description, autism (pinned author)")
H(4, "Holocaust Memorial Day. Lit a candle at the Fernhey synagogue with my family, for the six million and for my great-grandparents. We remember.",
  pin="Rachel Lewin", date="2026-01-27", note="Holocaust Memorial Day (pinned author)")
H(4, "My grandad came over from Jamaica and settled on the Docks in 1956. Three generations of Agards since. Proud Scouser, proud Black Scouser.",
  pin="Marcus Agard", note="self-description, race (pinned author)")
H(4, "'Alright queen!' Standard greeting in Gallowfield, and what a lad of about 80 called me at the bus stop today. Made me day 👑",
  pin="Siobhan Gorman", note="Scouse term of address 'queen'")
H(4, "St Patrick's Day at Our Lady of the Sands. Irish dancing, soda bread, and every nan in Dunsands in green 🍀",
  date="2026-03-17", note="positive mention, Irish heritage and Catholic parish")
H(4, "International Women's Day yesterday: forty women from the Gallowfield estate at the breakfast club. Organised by women, fed by women. Sound as a pound.",
  date="2026-03-09", note="International Women's Day")
H(4, "Daft arl fella here, hobbled round the charity 5k on a dodgy knee. Came last, but I finished! 🏃‍♂️",
  pin="Kenny Dolan", note="self-deprecating age description, 'dodgy' knee (pinned author)")
H(4, "Welcome to the new families on the Ferrygate resettlement scheme. Met some of the kids at the library today. Dead polite, already supporting the wrong team ⚽",
  note="positive mention of refugees, football banter")
H(4, "The Deaf club's 60th anniversary at Hoxley Heath community centre. Learnt to sign 'council tax'. Won't be using that one much 😂",
  note="positive mention, disability")
H(4, "Interfaith walk on Sunday: the church, the mosque, the synagogue and the gurdwara, all within a mile of the Docks. That's Dunsands.",
  note="positive mention of faiths")
H(4, "Loads of older residents at the digital drop-in today. 90-year-old Edna now has Bluesky. God help us all 😂",
  note="positive mention of older people, teasing")
H(4, "Pride on the Docks 2026 has a date! Rainbow bunting's ordered and the Anchor's already booked the drag bingo 🏳️‍🌈",
  note="positive LGBT+ event")

# HN5 figurative violence, banter, self-deprecation
H(5, "Absolutely murdered at the Gallowfield quiz last night. The councillors' table came last. Again 🤦",
  a="BI", note="'murdered' = beaten")
H(5, "We're going to fight this library closure street by street, jigger by jigger. They won't know what's hit them.",
  a="BI", note="campaign language")
H(5, "Charity boxing night at the Anchor. Kenny's promised he'll go easy on me. Liar 😂",
  a="BI PA DF", note="'Liar 😂' banter")
H(5, "I could kill for a chippy tea after six hours of budget scrutiny 🍟",
  a="BI", note="'kill for' idiom")
H(5, "My own kids call me a divvy for wearing the Christmas jumper into February. They're not wrong.",
  a="PA", note="self-deprecation with 'divvy'")
H(5, "Cllr Dolan turned up to the five-a-side in kecks from 1987. Antwacky isn't the word 😂",
  a="PA", note="teasing a colleague")
H(5, "War on potholes declared. Kirkmere Road, you're first.",
  a="BI", note="'war' at potholes")
H(5, "Me arl fella says I'm a soft lad for doing surgeries in the rain. He's right, but it was packed.",
  a="PA", note="self-deprecation, 'soft lad'")
H(5, "Going to strangle the printer at the one-stop shop. Third paper jam before ten.",
  a="BI", note="'strangle' at a printer")
H(5, "Blue nose here, so yesterday's derby has left me in bits. Be gentle with me in committee today, youse 💙",
  note="football self-deprecation")
H(5, "Ey, Cllr Agard, nice of you to make the Docks litter pick... twenty minutes late with a bacon butty 😂 Only joking la, boss turnout.",
  a="PA IR", note="teasing a colleague")
H(5, "Destroyed by the Sandhey dunes parkrun this morning. Those hills are a crime against councillors.",
  a="BI", note="'destroyed', 'crime' figurative")
H(5, "Who's the meff who left the biscuit tin empty in the members' room? Oh. It was me. I'm the meff 🍪",
  a="PA", note="self-deprecation with 'meff'")
H(5, "Cllr Corrigan's hat at the carnival planning meeting has to be seen to be believed. Green Tide by name, green bucket hat by nature 😂",
  a="PA", note="teasing a colleague")
H(5, "Going to war with Estuary Waste over the missed bins. Polite emails first. Then the really polite emails.",
  a="BI", note="'war' at a company, mock")
H(5, "Not saying I'm old, but a lad from the youth council asked if I'd ever met the Beatles. (I had.)",
  pin="Maureen Kearney", note="age self-deprecation (pinned author)")
H(5, "My plan to slay the planning backlog: coffee, a spreadsheet and dirty looks at the photocopier 💪",
  a="BI", note="'slay' figurative")
H(5, "Lost the bet with the Fernhey lot so I'm wearing a Sandmen scarf to full council. Kill me now 😩",
  a="BI", note="'kill me now'")
H(5, "That's it, I've got a cob on until someone fixes the town hall lift. (Ta, facilities, fixed by eleven. Sound.)",
  note="'cob on' self-mockery")
H(5, "Councillors' bake-off results: I came last and the judges called my scones 'a war crime'. Fair.",
  a="BI", note="'war crime' at scones")
H(5, "Attendance figures are out: me 100%, the vending machine 0%. Someone fix it before there's a riot.",
  a="BI", note="'riot' banter")
H(5, "Our kid says I look like a sack of spuds in the campaign photo. Using it anyway. Vote spuds 🥔",
  a="PA", note="self-deprecation")

# HN6 criticism of a named councillor's record that stays on the record
H(6, "Julian Brocklebank voted against the Gallowfield pool funding three times in 2025. Residents should remember that when he knocks for their votes.",
  note="voting record")
H(6, "Gerry Houghton's budget cuts youth services by 18% while the Docks masterplan consultants get £2.3m. Those are his choices and they're the wrong ones.",
  note="budget record")
H(6, "Fiona Lathom promised a Fernhey bus route review in her 2024 leaflet. Two years on, no review. I'd like to know why.",
  a="DF", note="broken promise, may be heard as dishonesty")
H(6, "Cllr Threlfall has missed 7 of the last 10 planning committees. Kirkmere deserves a councillor who turns up.",
  a="PA", note="attendance record")
H(6, "Philip Ashcroft chaired the committee that approved the dune car park against 600 objections. I think he got it badly wrong and I'll say so at the next meeting.",
  note="committee record")
H(6, "The Leader said last March there'd be no library closures. In January her cabinet closed two. She needs to explain the change.",
  a="DF", note="said vs did; defamation allowed")
H(6, "Marcus Agard has been cabinet member for housing for three years. The repair backlog has doubled. That's the record.",
  note="portfolio record")
H(6, "Owen Prescott's motion on ferry fares was well meant but uncosted. Green Tide need to show their working.",
  note="motion criticised")
H(6, "Rachel Lewin abstained on the Hoxley Heath play park vote. I don't understand why, and I've asked her publicly to explain.",
  note="vote record")
H(6, "Siobhan Gorman said the bin contract would save £400k. The outturn shows £90k. That's a big gap and scrutiny should look at it.",
  a="DF", note="claim vs outturn")
H(6, "Lily Cheung voted for the Docks market rent rise, then posted a photo backing the stallholders' petition against it. Both can't be right.",
  a="DF", note="voting record vs public stance")
H(6, "Kenny Dolan hasn't asked a single question at full council in 14 months. Gallowfield residents can judge that for themselves.",
  a="PA", note="participation record")
H(6, "Pawel Kowalczyk's ferry subsidy plan would cost £1.1m a year and he hasn't said where it comes from. Happy to debate him on it.",
  note="costing criticised")
H(6, "Cass Whitfield backed the Sandhey parking scheme in cabinet, then opposed it at the residents' meeting. Which is it, Cass?",
  a="DF", note="inconsistency; defamation allowed")
H(6, "Terry Molyneux chaired highways for two years and Kirkmere Road got worse every one of them. Time for fresh ideas.",
  note="portfolio record")
H(6, "The Mayor's year has cost £64k in civic events, up from £41k. I support the charity work but the spending needs a look.",
  note="spending record")
H(6, "Abdi Farah voted to close the Hoxley Heath one-stop shop. He represents Hoxley Heath. I'd have voted the other way.",
  note="vote record")
H(6, "Sandra Tyrer's licensing committee let the Prom bars open till 3am. Ambulance call-outs on the Prom are up 30% since. I'd like her to revisit it.",
  note="committee decision and its results")
H(6, "Liam Corrigan told the Tide the Docks park sale was 'never on the table'. The December cabinet papers list it as option 2. Worth a correction.",
  a="DF", note="statement vs papers")
H(6, "Danny Threlfall calls himself the councillor for small business. He voted for the business rates relief cut. Look it up.",
  a="DF", note="claim vs vote")
H(6, "Gemma Rimmer's sea defence motion passed in 2024 and nothing's been delivered. Not her fault alone, but she chairs the working group and it needs chasing.",
  note="record of a working group")
H(6, "Bernadette Fazakerley promised 'no ward left behind'. Gallowfield has had the lowest capital spend per head three years running. Words are cheap.",
  note="promise vs spending record")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family (key, kind, word)
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa_divvy", "star", "divvy"), ("pa_thick", "digit", "thick"), ("pa_liar", "zwsp", "liar"),
    ("pa_clown", "spaced", "clown"), ("pa_meff", "cyrillic", "meff"), ("pa_coward", "caps", None),
    ("al_shite", "star", "shite"), ("al_knobhead", "digit", "knobhead"), ("al_bellend", "zwsp", "bellend"),
    ("al_prick", "spaced", "prick"), ("al_shitshow", "cyrillic", "shitshow"), ("al_sod", "caps", None),
    ("bi_regret", "star", "regret"), ("bi_destroy", "digit", "destroy"), ("bi_ozzy", "zwsp", "ozzy"),
    ("bi_live", "spaced", "live"), ("bi_careful", "cyrillic", "careful"), ("bi_flood", "caps", None),
    ("eq_cripple", "star", "cripple"), ("eq_bloke", "digit", "bloke"), ("eq_pikeys", "zwsp", "pikeys"),
    ("eq_autistic", "spaced", "autistic"), ("eq_polish", "cyrillic", "polish"), ("eq_diversity", "caps", None),
    ("df_crook", "star", "crook"), ("df_bent", "digit", "bent"), ("df_bribe", "zwsp", "bribe"),
    ("df_lied", "spaced", "lied"), ("df_rigged", "cyrillic", "rigged"), ("df_gala", "caps", None),
]
CYR = {"o": "\u043e", "e": "\u0435", "c": "\u0441", "O": "\u041e", "E": "\u0415", "C": "\u0421"}


def obfuscate_word(w: str, kind: str) -> str:
    if kind == "star":
        i = next(i for i, ch in enumerate(w) if i > 0 and ch.lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for src, dst in (("i", "1"), ("e", "3")):
            i = w.lower().find(src)
            if i >= 0:
                return w[:i] + dst + w[i + 1:]
        raise ValueError(w)
    if kind == "zwsp":
        i = (len(w) + 1) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "cyrillic":
        i = next(i for i, ch in enumerate(w) if ch in CYR)
        return w[:i] + CYR[w[i]] + w[i + 1:]
    raise ValueError(kind)


def make_variant_text(text: str, kind: str, word: str | None) -> str:
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def load_people():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = {h: n for h, n in conf["people"]["handles"].items() if n in conf["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return conf["people"]["councillors"], by_name


def names_in(text: str, name: str, handle: str) -> bool:
    words = [name, name.split()[-1], handle.lstrip("@")] + ALSO_NAMES.get(name, [])
    return any(re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.IGNORECASE) for w in words)


START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]


def stamp(rng, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    assert d.weekday() < 5 and START <= d <= END, date
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def platform(rng, text):
    if len(text) > 300:
        return "facebook"
    if len(text) > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choice(["x", "facebook", "bluesky"])


def main():
    rng = random.Random(SEED)
    councillors, handle_of = load_people()
    originals = [dict(r) for r in ROWS]
    by_key = {r["key"]: r for r in originals if r["key"]}
    variants = []
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"])
        if kind == "caps":
            allowed.append(CODES["HA"])
        v = dict(o, text=make_variant_text(o["text"], kind, word), allowed=allowed,
                 kind_of_row="variant", key=None, variant_kind=kind, origin=key,
                 word=word, note=o["note"])
        variants.append(v)
    rows = originals + variants
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{PREFIX}-{i:03d}"
    id_of_key = {r["key"]: r["id"] for r in rows if r.get("key")}

    # authors and platforms for originals, then copied to variants
    for r in rows:
        if r["kind_of_row"] == "variant":
            continue
        if r["pin"]:
            r["author"] = handle_of[r["pin"]]
        else:
            pool = [n for n in councillors
                    if not names_in(r["text"], n, handle_of[n]) and n not in r["excl"]]
            r["author"] = handle_of[rng.choice(pool)]
        r["platform"] = platform(rng, r["text"])
    orig_by_key = {r["key"]: r for r in rows if r.get("key")}
    for r in rows:
        if r["kind_of_row"] == "variant":
            o = orig_by_key[r["origin"]]
            r["author"], r["platform"] = o["author"], o["platform"]
            r["variant_of"] = id_of_key[r["origin"]]
    for r in rows:
        r["created_at"] = stamp(rng, r["date"])

    out = []
    for r in rows:
        if r["rules"]:
            lo = max((SEV[x][0] for x in r["rules"]), key=ORDER.index)
            verdict = "block" if r["severe"] else lo
        else:
            verdict = "ok"
        note = r["note"]
        if r["pin"]:
            note = note if "pinned" in note else note + " (pinned author)"
        if r["kind_of_row"] == "variant":
            how = "all caps" if r["variant_kind"] == "caps" else f"'{r['word']}'"
            note = f"{r['variant_kind']} variant of {r['variant_of']} ({how}); {note}"
        obj = {
            "id": r["id"], "text": r["text"], "author": r["author"],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": note,
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = r["variant_of"]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
