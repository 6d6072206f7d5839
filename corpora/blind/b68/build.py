#!/usr/bin/env python3
"""Build blind evaluation set b68 (Metropolitan Borough of Sedgecote).

Every row below was written by hand for this set. The script is deterministic
(seed 6868): it picks authors, platforms and timestamps, makes the 30
obfuscated variants, shuffles all rows, gives ids b68-001 to b68-332 and
writes posts.jsonl next to this file. Running it again writes the same file
byte for byte.
"""
import datetime
import json
import os
import random
import re

SEED = 6868
PREFIX = "b68"
HERE = os.path.dirname(os.path.abspath(__file__))

R = {
    "pa": "respect.personal-attack",
    "al": "respect.abusive-language",
    "bi": "bullying.intimidation",
    "eq": "equality.discrimination",
    "df": "defamation.allegation",
    "of": "officers.impartiality",
    "ir": "tone.irony-risk",
    "dp": "data-protection.personal-data",
    "pi": "position.improper-advantage",
    "ha": "haste.pause-before-posting",
    "pd": "predetermination.closed-mind",
}
FAMILY = {"pa": R["pa"], "al": R["al"], "bi": R["bi"], "eq": R["eq"], "df": R["df"]}

# handle, name, party, aliases (how a post can name or allude to them)
PEOPLE = [
    ("@MaxineHolliesFA", "Maxine Hollies", "Forge Alliance", ["Maxine", "Hollies", "Leader"]),
    ("@TrevBissell", "Trevor Bissell", "Forge Alliance", ["Trevor", "Trev", "Bissell"]),
    ("@GurdeepSRai", "Gurdeep Sandhu-Rai", "Forge Alliance", ["Gurdeep", "Sandhu-Rai"]),
    ("@LorraineTandyFA", "Lorraine Tandy", "Forge Alliance", ["Lorraine", "Tandy", "planning committee", "Chair of Planning"]),
    ("@MayorDennisF", "Dennis Fellows", "Forge Alliance", ["Dennis", "Fellows", "Mayor"]),
    ("@PiotrZielinskiFA", "Piotr Zielinski", "Forge Alliance", ["Piotr", "Zielinski"]),
    ("@NaomiPerksFA", "Naomi Perks", "Forge Alliance", ["Naomi", "Perks"]),
    ("@DarrenHipkissCG", "Darren Hipkiss", "Common Ground", ["Darren", "Hipkiss"]),
    ("@KeziaOnuohaCG", "Kezia Onuoha", "Common Ground", ["Kezia", "Onuoha"]),
    ("@ShabanaAkhtarCG", "Shabana Akhtar", "Common Ground", ["Shabana", "Akhtar"]),
    ("@AsifRashidCG", "Asif Rashid", "Common Ground", ["Asif", "Rashid"]),
    ("@RyanMattoxGreen", "Ryan Mattox", "Greener Sedgecote", ["Ryan", "Mattox"]),
    ("@JadeCartwrightGS", "Jade Cartwright", "Greener Sedgecote", ["Jade", "Cartwright"]),
    ("@LeonGraingerGS", "Leon Grainger", "Greener Sedgecote", ["Leon", "Grainger"]),
    ("@AlanBagleyRL", "Alan Bagley", "Ratepayers' League", ["Alan", "Bagley"]),
    ("@SylviaNockRL", "Sylvia Nock", "Ratepayers' League", ["Sylvia", "Nock"]),
    ("@WendyMallenRL", "Wendy Mallen", "Ratepayers' League", ["Wendy", "Mallen"]),
    ("@CaseyWhitehouseInd", "Casey Whitehouse", "Independent", ["Casey", "Whitehouse"]),
    ("@KevRoundInd", "Kevin Round", "Independent", ["Kevin", "Kev", "Cllr Round"]),
    ("@BarryKendrickInd", "Barry Kendrick", "Independent", ["Barry", "Kendrick"]),
]
HANDLE = {name: h for h, name, _, _ in PEOPLE}
PARTY_OF = {h: p for h, _, p, _ in PEOPLE}

ROWS = []
# for posts whose speaker must be in the administration (whips, budgets, cabinet)
NOT_FORGE = ("Common Ground", "Greener Sedgecote", "Ratepayers' League", "Independent")


def P(fam, text, extra=(), allowed=(), verdict=None, note="", author=None,
      date=None, avoid=(), var=None):
    """A positive (original) row of family `fam` (pa, al, bi, eq, df)."""
    rules = [FAMILY[fam]] + [R[x] for x in extra]
    if verdict is None:
        verdict = "block" if fam in ("bi", "eq") else "review"
    ROWS.append(dict(text=text, rules=rules, allowed=[R[x] for x in allowed],
                     verdict=verdict, family=FAMILY[fam], kind_of_row="original",
                     note=note, pin=author, date=date, avoid=list(avoid), var=var))


def H(group, text, allowed=(), note="", author=None, date=None, avoid=()):
    """A hard negative of group HN1..HN6: expects nothing, verdict ok."""
    ROWS.append(dict(text=text, rules=[], allowed=[R[x] for x in allowed],
                     verdict="ok", family="hard_negative", kind_of_row="hard_negative",
                     note="[%s] %s" % (group, note), pin=author, date=date,
                     avoid=list(avoid), var=None))


# ---------------------------------------------------------------------------
# respect.personal-attack: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("pa", "Darren Hipkiss stood up in full council last night and talked for twenty minutes without saying one single thing. Gawby as they come, that mon.",
  note="Insult ('gawby' = fool) at a named councillor, no swearing.", var=("asterisk", "gawby"))
P("pa", "@LorraineTandyFA yow am the most clueless chair this planning committee has ever had. Saft as a brush and twice as thick.",
  note="Direct second-person insult at the planning chair by handle.")
P("pa", "Cllr Alan Bagley: all gob, no graft. Ay done a day's werk for Furnace Wharf since the count.",
  note="Personal disparagement of a named councillor in dialect; no obscenity.")
P("pa", "Congratulations to Trevor Bissell on a budget speech so bostin I nodded off twice 👏 What a silver-tongued orator. The mon's wasted on us, honestly.",
  extra=("ir",), note="Mock praise of a named councillor; irony expected.")
P("pa", "Stuart Penn, our Head of Planning, is a useless article. Every report he writes is a dog's dinner and he cor answer a straight question to save his life.",
  extra=("of",), note="Insult aimed at a named officer: personal attack plus officers.", var=("homoglyph", "useless"))
P("pa", "Kevin Round's got a fizzog like a smacked babby's bum and the charm to match. No wonder nobody in Nailers Cross opens the door to him.",
  note="Mocking a named councillor's face and manner.")
P("pa", "@JadeCartwrightGS bless her, still thinks council tax is summat yow pay in instalments on Klarna. Pig ignorant.",
  allowed=("ir",), note="'Pig ignorant' at a councillor by handle; 'bless her' opener allows irony.")
P("pa", "Sylvia Nock's had a cob on since about 1994. Miserable, spiteful woman. Nobody on Anvil Green can stand her.",
  note="Character attack on a named councillor; 'woman' is not the point of the insult.")
P("pa", "Trevor Bissell is a bloodsucking leech. Bloated, idle, good for nothing, and this borough would be cleaner without the leech hanging off it.",
  verdict="block", allowed=("al",), note="Severe dehumanising attack on a named councillor: block.", var=("zwsp", "leech"))
P("pa", "Leon Grainger is the most worthless, spineless specimen ever to sit in that chamber. A rotten little man. Sedgecote would be better off if he'd never been born.",
  verdict="block", allowed=("al", "bi"), note="Severe personal attack ('better off if he'd never been born'): block; bullying only allowed.")
P("pa", "Lee Harborne in comms must think we'm all saft. Another press release full of nothing. The mon's a yampy numpty on a very good salary.",
  extra=("of",), note="Insult at the named Head of Communications.")
P("pa", "Ow bist, Ryan? Still pretending yow understand the budget? Yow'm a clown, mate. A full-on circus clown with a green rosette.",
  note="Second-person ridicule of a named councillor; 'clown' twice.", var=("digit", "clown"))
P("pa", "Maxine Hollies: the thickest Leader in the West Midlands, and believe me there's some competition.",
  note="Named Leader called the thickest.")
P("pa", "Piotr Zielinski couldn't run a bath, let alone a regeneration board. A complete and utter dunce.",
  note="Named councillor called a dunce; nationality plays no part.", var=("spaced", "dunce"))
P("pa", "@KeziaOnuohaCG yow'm a nasty, spiteful piece of work and every single person in that chamber knows it.",
  note="Direct insult by handle.")
P("pa", "Alan Bagley is a pompous old windbag who loves the sound of his own voice more than his own ward.",
  allowed=("eq",), note="Insult at a named councillor; 'old' allows equality (age) without making it the point.")
P("pa", "Sorry but Barry Kendrick is a wet lettuce. Folds the second anybody from the Forge Alliance looks at him sideways.",
  note="Belittling a named councillor; his disability is not mentioned.")
P("pa", "Wendy Mallen is a two-faced snake. Smiles at yow in the corridor, then knifes yow in committee.",
  allowed=("df",), note="'Two-faced snake' at a named councillor; defamation allowed as a hint of dishonesty.")
P("pa", "Naomi Perks is a gobby, attention-seeking pain in the neck. Every cabinet meeting turns into the Naomi show.",
  note="Personal disparagement of a named cabinet member.")
P("pa", "@TrevBissell is a snivelling little yes-man. Whatever Maxine says, he nods like one o' them dogs on a car parcel shelf.",
  note="Insult at a cabinet member by handle; the Leader is named too.")
P("pa", "That bloke from the Lockside residents' group who had a go at me on Tuesday is a bitter, sad little mon with nothing better to do. Get a hobby, pal.",
  note="Insult at an identifiable member of the public (role, ward, day).")
P("pa", "Cllr Mattox debates like a mardy babby who's had his dummy took off him. Grow up.",
  note="Named councillor likened to a sulking baby.")
P("pa", "Colin Bache, our so-called Head of Housing, wouldn't know a damp problem if it grew on his own ceiling. Incompetent from top to bottom.",
  extra=("of",), note="Named officer called incompetent.")
P("pa", "Round of applause for @AlanBagleyRL, who has managed to be wrong about every single thing this year. Sedgecote's very own village idiot 🏆",
  extra=("ir",), note="Mock award: 'village idiot' plus irony.")
P("pa", "Anita Chohan must've got her finance qualification out of a Christmas cracker. Clueless doesn't cover it.",
  extra=("of",), note="Named s151 officer ridiculed.")
P("pa", "Shabana Akhtar's contribution tonight: ten minutes of waffle and a sulk. Lightweight. Always has been.",
  note="Belittling a named councillor.")
P("pa", "I've met garden gnomes with more backbone than Lorraine Tandy. And more brains, come to think of it.",
  note="Named councillor compared unfavourably with a gnome.", var=("caps", None))
P("pa", "Cllr Zielinski, yow'm a joke. A walking, talking, expense-claiming joke.",
  allowed=("df",), note="'Joke' at a named councillor; 'expense-claiming' hints at misconduct so defamation is allowed.")
P("pa", "Gurdeep Sandhu-Rai is about as much use as a glass ommer and twice as smug about it.",
  note="Dialect insult ('glass ommer' = glass hammer) at a named councillor.")
P("pa", "Our Chief Exec Philippa Brettell is a cold, arrogant woman who treats councillors like summat she's trod in.",
  extra=("of",), allowed=("eq",), note="Named officer insulted; gendered framing allows equality.")
P("pa", "Dennis Fellows in that chain is the biggest embarrassment this town's had since the Star printed the wrong photo of the Queen. Pompous, vain and thick with it.",
  note="Named Mayor insulted.")
P("pa", "Casey Whitehouse, yow am a liability, a blunderer and a bore. Even the other independents cor stand yow.",
  note="Second-person insult of a named councillor; no reference to her being trans.")
P("pa", "@NaomiPerksFA stop blarting on Facebook every time somebody disagrees with yow. Yow'm a mardy, thin-skinned little madam.",
  allowed=("eq",), note="'Little madam' is gendered: equality allowed.")
P("pa", "Asif Rashid is the laziest councillor I've ever had the misfortune to sit next to. Bone idle and proud of it.",
  note="Named councillor called bone idle.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("al", "The new bin rota is a pile of shite. Whoever signed it off wants their yed testing.",
  allowed=("pa",), note="Obscenity at a policy; 'whoever' allows personal attack.", var=("digit", "shite"))
P("al", "Anvil Homes have made a bloody pig's ear of the Hollowmoor repairs and tenants am sick to death of their crap.",
  allowed=("pa",), note="Swearing at a company's work; personal attack allowed for companies.")
P("al", "Piss-poor. That's the only word for the Lockside bus cuts. Piss. Poor.",
  note="Obscenity at a decision only.")
P("al", "What a fucking shambles the budget meeting was. Three hours of absolute bollocks.",
  note="Obscenity about a meeting.")
P("al", "Darren Hipkiss is a complete and utter tosser.",
  extra=("pa",), note="Obscene insult at a named councillor.", var=("asterisk", "tosser"))
P("al", "@RyanMattoxGreen shut your gob yow pompous prick",
  extra=("pa",), note="Obscene insult by handle.", var=("spaced", "prick"))
P("al", "Kevin Round is an absolute cunt and everyone in Nailers Cross knows it.",
  extra=("pa",), verdict="block", note="The c-word at a named councillor: block.")
P("al", "The Cutside Waste bosses are rancid, festering vermin. I hope their lorries end up in the cut with them sat in the cabs.",
  verdict="block", allowed=("pa", "bi"), note="Severe dehumanising abuse with a wish of harm at a company's bosses: block; personal attack and bullying allowed.")
P("al", "The Forge Alliance's parking charges are bollocks, pure and simple. Twelve quid to park at Sedgecote General? Do one.",
  allowed=("pa",), note="Obscenity at a party's policy.", avoid=("Forge Alliance",))
P("al", "Sat through two hours of the Ratepayers' League tonight. Bellends, the whole bench of them.",
  extra=("pa",), note="Obscene insult at the members of a group.", avoid=("Ratepayers' League",), var=("zwsp", "bellends"))
P("al", "Which absolute genius thought shutting Furnace Wharf library was clever? What a fucking joke.",
  allowed=("pa", "ir"), note="Obscenity at a decision; sarcastic 'genius' at unnamed decision makers.")
P("al", "Trevor Bissell talks more shit than the Hollowmoor sewage works.",
  extra=("pa",), note="Obscene insult at a named councillor.")
P("al", "This website is shit. Tried to report a pothole three times and it crashed every time. Sort it out @SedgecoteMBC",
  note="Obscenity about a council website.")
P("al", "Lorraine Tandy, yow'm a gobby cow and a bloody disgrace to that committee.",
  extra=("pa",), allowed=("eq",), note="'Gobby cow' at a named councillor; gendered insult allows equality.")
P("al", "The Local Plan consultation is total arse. Half the maps am upside down and the other half am blank.",
  note="Obscenity at a consultation.")
P("al", "Sod off, Bagley, yow sanctimonious git.",
  extra=("pa",), note="Rude dismissal and insult of a named councillor.")
P("al", "Jesus wept. Whoever costed the new leisure centre roof needs a kick up the arse.",
  allowed=("pa", "bi"), note="Vulgar at unnamed 'whoever'; figurative kick allows bullying.")
P("al", "Asif Rashid lies through his teeth, the little shit.",
  extra=("pa", "df"), note="Obscene insult plus 'lies' at a named councillor: defamation and personal attack.")
P("al", "Fuck the Clean Air Zone on the Ring Road. Fuck it right off.",
  note="Obscenity at a policy.", var=("caps", None))
P("al", "Marcia Fenton in licensing is a jumped-up dickhead who thinks she runs this town.",
  extra=("pa", "of"), note="Obscene insult at a named officer.")
P("al", "The Forge Alliance cabinet are a shower of shits.",
  extra=("pa",), note="Obscene insult at identifiable cabinet members.", avoid=("Forge Alliance",))
P("al", "Yow know what, @DarrenHipkissCG? Piss off back to your allotment and leave real politics to the grown-ups.",
  extra=("pa",), note="Rude dismissal by handle.")
P("al", "What a crock of shit that council press release was. Who writes this stuff?",
  allowed=("pa",), note="Obscenity about a press release.")
P("al", "Wendy Mallen is a sour-faced bitch and always has been.",
  extra=("pa",), allowed=("eq",), note="'Bitch' at a named councillor; equality allowed for the gendered slur.")
P("al", "Cutside Waste's new contract? A steaming pile of dog shit wrapped in a glossy brochure.",
  allowed=("pa",), note="Obscenity at a contract.")
P("al", "@GurdeepSRai answer the bloody question yow slippery bastard",
  extra=("pa",), allowed=("df",), note="Obscene insult by handle; 'slippery' allows defamation.")
P("al", "Greener Sedgecote's transport plan is arse-about-face bollocks from start to finish.",
  allowed=("pa",), note="Obscenity at a party's plan.", avoid=("Greener Sedgecote",))
P("al", "Honestly the state of Anvil Green precinct. It's a shithole and the council's let it get this way.",
  note="Obscenity about a place and the council.")
P("al", "Naomi Perks can kiss my arse.",
  extra=("pa",), note="Vulgar at a named councillor.")
P("al", "The wankers who voted through the car park sell-off should hang their heads in shame.",
  extra=("pa",), note="Obscene insult at identifiable councillors who voted.")
P("al", "Bugger me, the council's finally fixed a streetlight on Forge Lane. Only took eight months and a petition. Useless sods.",
  allowed=("pa",), note="Vulgar at the council as a body.")
P("al", "Leon Grainger, yow utter knob. Read the papers before yow open your gob.",
  extra=("pa",), note="Vulgar insult at a named councillor.", var=("homoglyph", "knob"))
P("al", "Another fucking consultation nobody asked for. Bostin. Just bostin.",
  allowed=("ir",), note="Obscenity about a consultation; sarcastic 'bostin'.")
P("al", "Maxine Hollies is a sanctimonious cow and her cabinet are a bunch of arselickers.",
  extra=("pa",), allowed=("eq",), note="Vulgar insults at the named Leader and her cabinet; 'cow' allows equality.", avoid=("Forge Alliance",))

# ---------------------------------------------------------------------------
# bullying.intimidation: 34 originals (all block): 10 explicit, 13 veiled, 11 pressure
# ---------------------------------------------------------------------------
P("bi", "Alan Bagley, say that about my family one more time and I'll come round and knock your block off. Yow've been warned.",
  allowed=("pa",), note="[explicit] Threat of violence at a named councillor.")
P("bi", "@DarrenHipkissCG I'll make your life a misery. Every meeting, every street, every day, till yow pack it in and resign.",
  allowed=("pa",), note="[explicit] Declared campaign of harassment.", var=("spaced", "misery"))
P("bi", "Somebody wants to give Piotr Zielinski a good hiding. I'd happily volunteer, and I know a few more who would.",
  allowed=("pa",), note="[explicit] Incitement to a beating.", var=("digit", "hiding"))
P("bi", "To the grass who keeps reporting me to the Monitoring Officer: I'll find out who yow am, and when I do yow'll wish yow'd kept your gob shut.",
  allowed=("pa",), note="[explicit] Threat against an unnamed complainant.")
P("bi", "Kezia Onuoha, carry on like this and yow'll be leaving the chamber on a stretcher.",
  allowed=("pa",), note="[explicit] Threat of injury.", var=("zwsp", "stretcher"))
P("bi", "Next time Ryan Mattox opens his gob at me in the car park I'm putting him on the floor. Donnies up, Ryan. Simple as.",
  allowed=("pa",), note="[explicit] Threat of assault ('donnies up' = fists up).")
P("bi", "I'm gonna batter @TrevBissell when I see him. No word of a lie.",
  allowed=("pa",), note="[explicit] Threat of assault by handle.", var=("asterisk", "batter"))
P("bi", "Any of yow lot from the Ratepayers' League turn up at my surgery again, yow'll be carried out.",
  allowed=("pa",), note="[explicit] Threat of violence at a group of councillors.", avoid=("Ratepayers' League",))
P("bi", "Lorraine Tandy: I will break yow. Politically, personally, whatever it takes. Ar, I mean it.",
  allowed=("pa",), note="[explicit] Threat to break a named councillor.")
P("bi", "Gurdeep, vote this down tomorrow and I'll knock seven bells out of yow in the members' room.",
  allowed=("pa",), note="[explicit] Conditional threat of violence.")
P("bi", "Jade Cartwright wants to watch herself walking back through the Tinkers Dell subway after dark. Just saying.",
  allowed=("pa", "dp"), note="[veiled] Veiled threat naming her route home.")
P("bi", "Nice house yow've got on Chainmakers Row, @AsifRashidCG. Be a shame if anything happened to that new extension.",
  allowed=("pa", "dp"), note="[veiled] Threat to property with street named.")
P("bi", "Savour tonight, Kev. Folk round here have long memories. Very long. Tararabit 😉",
  allowed=("pa", "ir"), note="[veiled] Veiled menace after a vote; the mildest in the set.", var=("caps", None))
P("bi", "Hear Shabana's babby is due in May. Funny how things can go wrong when yow least expect it.",
  allowed=("pa", "eq", "dp"), note="[veiled] Veiled threat touching pregnancy: equality and data protection allowed.")
P("bi", "To the residents who gave statements to the standards panel about me: I've read every word of those statements. I'd have a good long think before yow say any more.",
  allowed=("pa",), note="[veiled] Intimidation of witnesses.", var=("homoglyph", "statements"))
P("bi", "Naomi Perks's missus works in that café on Lock Street, don't she? Might pop in. Have a little chat. 🙂",
  allowed=("pa", "dp", "eq"), note="[veiled] Threat via a spouse's workplace; civil partnership touched, equality allowed.")
P("bi", "Accidents happen on the cut towpath. Specially to councillors who cor keep their mouths shut. Ask @LeonGraingerGS.",
  allowed=("pa",), note="[veiled] Veiled threat of harm.")
P("bi", "Barry Kendrick might want to check his ramp's still bolted on before he rolls down it tomorrow.",
  allowed=("pa", "eq"), note="[veiled] Threat touching disability (ramp): equality allowed.")
P("bi", "Remind me, Wendy, which school do your grandkids go to? Asking for a friend.",
  allowed=("pa", "dp"), note="[veiled] Veiled threat via children's school.")
P("bi", "Funny old world. People who cross me in this borough tend to find life gets very difficult. Dennis knows what I mean.",
  allowed=("pa",), note="[veiled] Veiled threat at a named councillor.")
P("bi", "Darren, mate. Friendly advice: drop the motion. Some of the lads down the Bull's Head ay as patient as me.",
  allowed=("pa",), note="[veiled] Threat by proxy.")
P("bi", "@RyanMattoxGreen lovely big front window yow've got. Glass is ever so expensive these days.",
  allowed=("pa",), note="[veiled] Veiled threat to property.")
P("bi", "I know what time Casey Whitehouse leaves the gym on a Thursday. Worth remembering that, Casey.",
  allowed=("pa", "dp"), note="[veiled] Shows knowledge of her movements.")
P("bi", "Stuart Penn, change that recommendation or I'll personally make sure yow never work in local government again.",
  extra=("of",), allowed=("pa",), note="[pressure] Coercing a named officer to change his advice.")
P("bi", "A little bird says @MaxineHolliesFA has a few skeletons. Keep pushing the depot vote and let's see how many I can dig up before May.",
  allowed=("pa", "df"), note="[pressure] Blackmail-style pressure over a vote; defamation allowed.")
P("bi", "Vote with us on the depot or Tinkers Dell can whistle for its ward budget next year. Your choice, @JadeCartwrightGS.",
  allowed=("pa", "pi"), note="[pressure] Coercion with a ward budget.", avoid=NOT_FORGE)
P("bi", "Word to the wise, Cllr Onuoha: keep voting against the cabinet and see how long yow keep that seat on licensing.",
  allowed=("pa", "pi"), note="[pressure] Coercion with a committee place.", avoid=NOT_FORGE)
P("bi", "Graham Oakes, if yow know what's good for yow, yow'll drop the investigation into me. I have friends in this building.",
  extra=("of",), allowed=("pa",), note="[pressure] Pressure on the named Monitoring Officer.")
P("bi", "Funny how Anvil Homes repairs in Lockside might slow right down if a certain councillor keeps backing that tenants' petition. Just saying, Piotr.",
  allowed=("pa", "pi"), note="[pressure] Coercion with repairs.")
P("bi", "Rebecca Hadley in planning has till Friday to rewrite that report. After that I'm going public with her name and everything I know.",
  extra=("of",), allowed=("pa", "dp"), note="[pressure] Pressing a named officer with a threat of exposure.")
P("bi", "To any Forge members thinking of rebelling tomorrow: remember who hands out the committee chairs. I do. Think on.",
  allowed=("pi",), note="[pressure] Coercing councillors with committee chairs.", avoid=NOT_FORGE)
P("bi", "@CaseyWhitehouseInd withdraw your complaint by Monday or I'll tell the whole of Nailers Cross what yow were before yow were a councillor.",
  allowed=("pa", "eq", "dp"), note="[pressure] Threat to out a trans councillor unless she drops a complaint; equality and data protection allowed.")
P("bi", "Colin Bache, sort that roof on Tipper Street by Friday or I'll have yow hauled in front of scrutiny and humiliated. Your choice.",
  extra=("of",), allowed=("pa", "dp"), note="[pressure] Threat of public humiliation to a named officer; a resident's street allows data protection.")
P("bi", "Drop the standards complaint, Shabana, and the Lockside youth club grant goes through. Don't, and it wo.",
  allowed=("pa", "pi"), note="[pressure] Trading a grant for withdrawal of a complaint.", avoid=NOT_FORGE)

# ---------------------------------------------------------------------------
# equality.discrimination: 34 originals (all block): 15 explicit, 19 coded
# ---------------------------------------------------------------------------
P("eq", "No more pikeys on the Slag Lane field. Move 'em on and lock the gate for good.",
  extra=("al",), note="[explicit; race (Gypsy and Traveller)] Slur plus exclusion.", var=("asterisk", "pikeys"))
P("eq", "Credit to Cllr Onuoha, she's picked up the way we do things round here dead quick. Considering.",
  extra=("pa",), note="[coded; race (Black)] Backhanded 'considering' implies she is an outsider because of race.")
P("eq", "Lockside's turning into little Pakistan. Another mosque? Enough. This is England.",
  note="[explicit; race and religion (anti-Muslim, Pakistani)] Open hostility to a group.")
P("eq", "Wendy Mallen always seems to know where the money is. Funny that, given her background.",
  extra=("pa",), allowed=("df",), note="[coded; religion (antisemitic)] Jewish-money trope by innuendo.")
P("eq", "Ryan Mattox shouldn't be let anywhere near the youth services brief. Gay men and kids, yow do the maths.",
  extra=("pa",), note="[explicit; sexual orientation] Smears a gay councillor as a danger to children.")
P("eq", "Casey Whitehouse in the ladies' loos at the civic centre again. Some of us remember what Casey used to be called 🤷‍♀️",
  extra=("pa",), allowed=("dp",), note="[coded; gender reassignment] Deadname innuendo and toilet policing.")
P("eq", "£90k on a hoist at Furnace Wharf baths for a handful of cripples? Do me a favour.",
  extra=("al",), note="[explicit; disability (physical)] Slur; nobody named.", var=("digit", "cripples"))
P("eq", "Watching Leon Grainger read out his motion was like watching the remedial group do the nativity. Bless him. 🙃",
  extra=("pa",), allowed=("ir",), note="[coded; disability (learning)] Learning disability used as the put-down.")
P("eq", "Time we banned anybody over 70 from standing. Dennis Fellows and Sylvia Nock should be in a home, not the chamber.",
  extra=("pa",), note="[explicit; age (old)] Exclusion by age of named councillors.")
P("eq", "@JadeCartwrightGS come back when yow've paid a mortgage and had a proper job, sweetheart. Till then leave it to the grown-ups.",
  extra=("pa",), note="[coded; age (young) and sex] Dismissed for youth and gender.")
P("eq", "Women shouldn't be let near finance, simple as. Bissell's deputy proved it tonight. Cor add up to save her life.",
  note="[explicit; sex] Generalisation against women.")
P("eq", "Shabana Akhtar's off on maternity AGAIN. Lockside might want a councillor who turns up instead of one who keeps popping them out.",
  extra=("pa",), allowed=("dp",), note="[explicit; pregnancy and maternity] Attack for maternity leave.")
P("eq", "Piotr's lot are very good at claiming things, I'll give them that. Must be a national skill.",
  extra=("pa",), allowed=("df",), note="[coded; race (Polish national origin)] National stereotype of benefit claiming.")
P("eq", "Kevin Round can get back over Hadrian's Wall. Nobody voted for a jock to run Nailers Cross.",
  extra=("pa", "al"), note="[explicit; race (Scottish national origin)] Slur and 'go back'.", var=("spaced", "jock"))
P("eq", "Notice how the Nailers Cross housing list got a lot more... turbans... since Gurdeep took over housing? Just an observation.",
  extra=("pa",), allowed=("df",), note="[coded; religion (anti-Sikh)] Insinuates favouritism to Sikhs.", var=("zwsp", "turbans"))
P("eq", "Naomi Perks and her so-called 'wife'. A civil partnership ay a marriage and never will be.",
  extra=("pa",), note="[explicit; marriage and civil partnership, sexual orientation] Demeans her civil partnership.")
P("eq", "Hotel on the Ring Road full of young men from God knows where, and our wenches cor walk home. Everyone knows what they'm like.",
  note="[coded; race (asylum seekers, nationality)] Dog whistle casting asylum seekers as sexual predators.")
P("eq", "Asif's off with 'anxiety' again. In my day we called that being idle. Man up or step down.",
  extra=("pa",), allowed=("dp",), note="[coded; disability (mental health)] Mocks a mental health condition.")
P("eq", "Sedgecote ay the place it was. Too many Black faces on the high street now, it don't feel like home no more.",
  note="[explicit; race (Black)] Open racial hostility.")
P("eq", "Another Chinese takeaway licence on Nailers Cross high street. Council's hell bent on making it Chinatown. Covid central 😷",
  note="[coded; race (Chinese)] Covid jibe at Chinese residents.")
P("eq", "Lorraine Tandy chairing planning is what happens when yow hire for the skirt, not the skills.",
  extra=("pa",), note="[coded; sex] Implies she holds office because she is a woman.")
P("eq", "Funny how the lead went missing off the chapel roof the same week certain visitors pitched up on Slag Lane. No coincidence.",
  allowed=("df",), note="[coded; race (Gypsy and Traveller)] Blames Travellers for theft by innuendo.")
P("eq", "Eid Mubarak to everyone except the ones who want to turn Lockside into a caliphate. So most of 'em.",
  allowed=("ir",), date="2026-03-20", note="[explicit; religion (anti-Muslim)] Mock greeting that smears Muslims.")
P("eq", "Naomi Perks is a bit butch for the Mayor's consort job, ay she? Dunno which one of 'em wears the trousers 😂",
  extra=("pa",), note="[coded; sexual orientation] Lesbian stereotype jibe.")
P("eq", "Holocaust Memorial Day. Fair enough. Wonder when we'll get a day for the folk who lost everything to the bankers. Yow know which ones I mean.",
  date="2026-01-27", note="[coded; religion (antisemitic)] Banker dog whistle on Holocaust Memorial Day.")
P("eq", "Sedgecote Leisure Trust putting people with learning difficulties on the front desk. Lovely idea, shame none of 'em can count change.",
  allowed=("pa",), note="[explicit; disability (learning)] Open contempt for people with learning disabilities.")
P("eq", "Dennis Fellows forgot which meeting he was in again. God's waiting room, that end of the chamber. Time the Forge lot found some fresh blood.",
  extra=("pa",), note="[coded; age (old)] Age mocked as unfitness.", avoid=("Forge Alliance",))
P("eq", "Men in dresses shouldn't be on the equalities panel. Simple. Yow know who I mean @CaseyWhitehouseInd",
  extra=("pa",), note="[explicit; gender reassignment] Transphobic attack by handle.", var=("homoglyph", "dresses"))
P("eq", "Kezia Onuoha's 'community' always turn out in force when there's a grant going. Funny that.",
  extra=("pa",), allowed=("df",), note="[coded; race (Black/Nigerian heritage)] Scare-quoted 'community' plus grant-grabbing innuendo.")
P("eq", "Don't hire women of childbearing age for the regeneration team. Yow'll spend half the budget on maternity cover. Common sense.",
  note="[explicit; pregnancy and maternity, sex] Advocates discriminatory hiring.")
P("eq", "Nailers Cross used to be a proper Black Country town. Now yow cor get faggots and peas for all the curry houses. Yow know what's happened.",
  note="[coded; race (South Asian)] Replacement dog whistle via food.")
P("eq", "Naturally the Irish lot on Common Ground all voted for the St Patrick's grant. Rome sends its regards.",
  note="[coded; religion and race (anti-Catholic, Irish)] Papist-loyalty smear.", avoid=("Common Ground",))
P("eq", "Barry Kendrick should stick to the Paralympics. Council work needs people with working legs and working brains.",
  extra=("pa",), note="[explicit; disability (physical)] Says a disabled councillor is unfit.")
P("eq", "Sedgecote's full. Time those 'hotel guests' on the Ring Road were sent back where they came from. Yow know the type.",
  note="[coded; race (asylum seekers, nationality)] Scare quotes and 'send them back'.", var=("caps", None))

# ---------------------------------------------------------------------------
# defamation.allegation: 34 originals (21 review, 13 block)
# ---------------------------------------------------------------------------
P("df", "Trevor Bissell is a liar. Pure and simple. Told Furnace Wharf the pool would stay open and knew full well it wouldn't.",
  extra=("pa",), note="'Liar' at a named councillor.", var=("asterisk", "liar"))
P("df", "Everyone in Furnace Wharf knows Dennis Fellows has been in the developers' pockets for years. Ask yourself who paid for his conservatory.",
  allowed=("pa",), note="Corruption innuendo, idiom: review.")
P("df", "Darren Hipkiss is as bent as a butcher's hook.",
  extra=("pa",), allowed=("eq",), note="'Bent' = corrupt; equality allowed as the word is also used homophobically.", var=("homoglyph", "bent"))
P("df", "Maxine Hollies lied to full council tonight. Flat out lied about the depot figures. Every number made up.",
  extra=("pa",), note="'Lied' at the named Leader.")
P("df", "Funny how Cutside Waste keep winning contracts while a certain cabinet member keeps getting invited to their golf days. Nothing to see here.",
  allowed=("pa", "ir"), note="Corruption innuendo about a company and a cabinet member.", avoid=("Forge Alliance",))
P("df", "@GurdeepSRai yow'm a crook and the whole of Nailers Cross knows it.",
  extra=("pa",), note="'Crook' by handle.", var=("digit", "crook"))
P("df", "Anvil Homes are running a racket. Tenants paying for repairs that never happen and somebody's pocketing the difference.",
  allowed=("pa",), note="Dishonesty allegation about a company; no specific named crime: review.")
P("df", "Alan Bagley's 'charity' quiz nights. Where does the money actually go, Alan? Just asking 🤔",
  allowed=("pa", "ir"), note="Innuendo of misuse of charity money.")
P("df", "Stuart Penn's planning reports always seem to land exactly where the Forge donors want them. Funny coincidence.",
  extra=("of",), allowed=("pa",), note="Alleges a named officer's bias for donors.")
P("df", "Kevin Round is a fraud. Talks about Nailers Cross like he grew up here and couldn't find the high street without a satnav.",
  extra=("pa",), note="'Fraud' as name-calling.", var=("spaced", "fraud"))
P("df", "The Forge Alliance is corrupt from top to bottom. Stitched up the depot deal in the Bull's Head car park.",
  allowed=("pa",), note="Corruption allegation against a party.", avoid=("Forge Alliance",))
P("df", "Sylvia Nock has been telling porkies about her expenses for years, and she knows it.",
  allowed=("pa",), note="Dishonesty allegation without name-calling.")
P("df", "Lies, lies and more lies from @NaomiPerksFA about the Lockside lock gates. Does she ever tell the truth?",
  extra=("pa",), note="'Lies' at a named councillor.")
P("df", "Jade Cartwright's 'grassroots' campaign group is bankrolled by a developer. Follow the money.",
  allowed=("pa",), note="Allegation of hidden developer funding.")
P("df", "Ryan Mattox is a two-faced liar who'd sell his own nan for a vote.",
  extra=("pa",), note="'Liar' at a named councillor.")
P("df", "Colin Bache has been fiddling the repairs waiting list to make his numbers look good. Everybody in housing knows.",
  extra=("of",), allowed=("pa",), note="Dishonesty allegation about a named officer.")
P("df", "Piotr Zielinski's mate's firm got the Lockside footbridge job without a tender. Draw your own conclusions.",
  allowed=("pa",), note="Innuendo of corrupt procurement.")
P("df", "Dodgy as they come, Asif Rashid. I wouldn't trust him with the raffle tin.",
  extra=("pa",), note="'Dodgy' and untrustworthy with money.")
P("df", "The Leisure Trust's figures on Furnace Wharf baths are cooked. Somebody's making them up to justify the closure.",
  allowed=("pa",), note="Allegation of falsified figures, no person named.")
P("df", "Casey Whitehouse says she's independent. Independent of what? Half her leaflets were paid for by the Forge Alliance's biggest donor.",
  allowed=("pa",), note="Allegation of concealed funding.")
P("df", "Leon Grainger is a proven liar. He told the Star he'd never met the developer, and here's the photo of them together at the races.",
  extra=("pa",), note="'Proven liar' at a named councillor.")
P("df", "Lorraine Tandy took £20,000 from Nailmaker Homes to push the Slag Lane application through planning. That's bribery, and she did it.",
  verdict="block", allowed=("pa",), note="Bribe from a developer stated as fact: block.", var=("zwsp", "bribery"))
P("df", "Shabana Akhtar fiddled her expenses. Claimed mileage for meetings she never went to, £3,400 of our money. That's fraud.",
  verdict="block", allowed=("pa",), note="Expenses fraud stated as fact: block.")
P("df", "Naomi Perks nicked £600 out of the Lockside canal festival account. I've seen the bank statements.",
  verdict="block", allowed=("pa",), note="Theft from a festival account stated as fact: block.", var=("caps", None))
P("df", "The Forge Alliance rigged the postal votes in Hollowmoor. Forty ballots filled in by the same hand.",
  verdict="block", allowed=("pa",), note="Postal vote fraud stated as fact: block.", avoid=("Forge Alliance",))
P("df", "Marcia Fenton in licensing took a backhander to renew the Jolly Collier's licence.",
  extra=("of",), verdict="block", allowed=("pa",), note="Bribery of a named officer stated as fact: block.")
P("df", "Darren Hipkiss drove home from the Common Ground Christmas do three times over the limit and got away with it cos his brother-in-law's a copper.",
  verdict="block", allowed=("pa",), note="Drink driving and police collusion stated as fact: block.")
P("df", "Alan Bagley forged signatures on his nomination papers. Half them names am people who've been dead for years.",
  verdict="block", allowed=("pa",), note="Forgery stated as fact: block.")
P("df", "Asif Rashid's been claiming single person's discount while living with his brother. That's benefit fraud and I've reported him.",
  verdict="block", allowed=("pa", "dp"), note="Benefit fraud stated as fact; household detail allows data protection: block.")
P("df", "Gurdeep Sandhu-Rai let his cousin jump the housing list and took a cut of the rent. Misconduct in public office, plain and simple.",
  verdict="block", allowed=("pa",), note="Misconduct in public office stated as fact: block.")
P("df", "Trevor Bissell paid people £20 a head to vote for him at the Sedgecote Central by-election. I've got names.",
  verdict="block", allowed=("pa",), note="Vote buying stated as fact: block.")
P("df", "Piotr Zielinski runs a cash-in-hand building firm on the side and ay paid a penny in tax in ten years.",
  verdict="block", allowed=("pa",), note="Tax evasion stated as fact: block.")
P("df", "Cllr Jade Cartwright walked out of the Civic Centre with two council laptops and flogged them on Marketplace.",
  verdict="block", allowed=("pa",), note="Theft of council property stated as fact: block.")
P("df", "Anita Chohan, the finance director, had her Dubai holiday paid for by Cutside Waste the same month she signed off their contract.",
  extra=("of",), verdict="block", allowed=("pa",), note="An officer's bribed holiday stated as fact: block.")

# ---------------------------------------------------------------------------
# Hard negatives: 22 per group
# ---------------------------------------------------------------------------
# HN1 harsh criticism of a policy, decision, party, company or the council
H("HN1", "The Forge Alliance's decision to shut Furnace Wharf baths is a disgrace. Yampy, short-sighted and cruel to every family in the ward. We'll fight it at scrutiny.",
  note="Harsh words at a decision, not a person.", avoid=("Forge Alliance",))
H("HN1", "Cutside Waste's performance on the Hollowmoor rounds is woeful. Missed bins three weeks running. The contract wants ripping up and retendering.",
  note="Criticism of a contractor's performance.")
H("HN1", "This budget is a con on the people of Sedgecote. Ten per cent on council tax and less for it. Shameful.",
  allowed=("df",), note="'Con' at a budget; defamation allowed as a reader might hear dishonesty.")
H("HN1", "Anvil Homes should be ashamed of the damp in the Chainmakers Row flats. Babbies sleeping in mouldy bedrooms in 2026. Not good enough.",
  note="Shares 'Chainmakers Row' and 'babby' with positives.")
H("HN1", "The Common Ground amendment tonight was half-baked nonsense that wouldn't have funded a single extra bus. Glad it fell.",
  note="Dismissive of a party's amendment.", avoid=("Common Ground",))
H("HN1", "The Local Plan is a developers' charter. Every green space in Tinkers Dell up for grabs. I'll be voting against it at full council.",
  note="Policy opposition; the Local Plan is not a quasi-judicial matter.")
H("HN1", "Ar, I'm cross. The council's handling of the Lockside flooding has been shambolic from day one. Residents deserve answers, not press releases.",
  note="Angry at the council's handling.")
H("HN1", "The Ratepayers' League want to scrap the youth service to save £200k. That ay thrift, that's vandalism.",
  note="Sharp criticism of a party's proposal.", avoid=("Ratepayers' League",))
H("HN1", "Sedgecote Leisure Trust's new prices am daylight robbery for pensioners. £7 for a swim? Get real.",
  allowed=("df",), note="'Daylight robbery' idiom about prices.")
H("HN1", "The Greener Sedgecote parking plan would kill the high street stone dead. Bostin idea if yow want empty shops.",
  allowed=("ir", "bi"), note="Figurative 'kill' and sarcastic 'bostin' about a plan.", avoid=("Greener Sedgecote",))
H("HN1", "Another year, another consultation the cabinet had already made its mind up on. It's a sham and everybody knows it.",
  note="Criticism of a consultation process.", avoid=("Forge Alliance",))
H("HN1", "Selling the Nailers Cross library building is a betrayal of every kid who ever learnt to read in there.",
  note="Strong criticism of a decision.")
H("HN1", "Whoever designed the new Ring Road junction has never driven in the Black Country. It's a death trap. Rip it out.",
  allowed=("pa",), note="Criticism of a design; 'whoever' allows personal attack.")
H("HN1", "Our council has spent £1.2m on consultants this year. That should've gone on potholes and care homes. Rotten priorities.",
  note="Criticism of spending.")
H("HN1", "The Clean Air Zone charges on the Ring Road hammer working people and let the big firms off. Scrap them.",
  note="Shares the Clean Air Zone topic with an obscene positive.")
H("HN1", "Anvil Homes' complaints process is a joke. Tenants wait twelve weeks to be told to wait a bit longer.",
  note="Criticism of a company's process.")
H("HN1", "Forge Alliance promised 500 council homes. They've built 42. That ay a record, that's a failure.",
  note="Party record criticised.", avoid=("Forge Alliance",))
H("HN1", "The Hollowmoor bus cuts am yampy. Cutting the only service to the hospital? Who thought that was clever?",
  note="'Yampy' about a decision (shares the word with positives).")
H("HN1", "The cabinet's refusal to publish the depot business case stinks. What am they hiding? Publish it.",
  allowed=("df",), note="Demand for transparency; 'hiding' might be heard as an allegation.", avoid=("Forge Alliance",))
H("HN1", "The Sedgecote Star got the bin strike story wrong and should print a correction. Shoddy journalism.",
  note="Criticism of a newspaper's reporting.")
H("HN1", "Cutside Waste have let this borough down badly. If they cor do the job, the contract should go to somebody who can.",
  note="Criticism of a contractor.")
H("HN1", "Honestly the council's new website is dreadful. Cor find the bin dates for love nor money. Whoever's in charge needs to sort it.",
  allowed=("pa",), note="Criticism of a website without swearing (compare the obscene positive).")

# HN2 counter-speech, solidarity, quoting abuse to condemn it
H("HN2", "Somebody shouted 'go back where yow came from' at Kezia Onuoha outside the civic centre today. That's racism, plain and simple, and it has no place in Sedgecote.",
  allowed=("eq",), note="Quotes racist abuse to condemn it.")
H("HN2", "To the bloke who called me a 'Polack' at the Lockside surgery: I've lived here 22 years, my kids talk like proper Black Country wenches, and I ay going anywhere.",
  allowed=("eq", "al"), author="@PiotrZielinskiFA", note="First-person counter-speech quoting a slur.")
H("HN2", "Got sent 'hope yow die in a fire, yow trans freak' this morning. Reported to the police. I won't be silenced.",
  allowed=("eq", "bi", "al"), author="@CaseyWhitehouseInd", note="Quotes a transphobic threat received.")
H("HN2", "Called a 'cripple who should stay indoors' on Facebook last night. I'll be at the Hollowmoor surgery as usual on Saturday, ramp and all.",
  allowed=("eq", "al"), author="@BarryKendrickInd", note="Quotes disablist abuse to reject it.")
H("HN2", "Disgusted by the graffiti on the Sedgecote Gurdwara wall. Whoever did it: yow don't speak for this town. Solidarity with the sangat 🙏",
  allowed=("eq",), note="Solidarity after an anti-Sikh attack.")
H("HN2", "Holocaust Memorial Day. The messages I got last month, 'Jewish money' and 'go back to Israel', are why remembering still matters.",
  allowed=("eq",), author="@WendyMallenRL", date="2026-01-27", note="Quotes antisemitic abuse received.")
H("HN2", "International Women's Day yesterday. Women in politics get called 'silly little girls' and 'hysterical' every day. I've had both this week. It stops with us.",
  allowed=("eq", "pa"), date="2026-03-09", note="Quotes sexist insults to condemn them.")
H("HN2", "Whoever posted 'Shabana should be sacked for getting pregnant' on the Lockside group: that is discrimination, and it has been reported.",
  allowed=("eq", "pa"), note="Condemns pregnancy discrimination.")
H("HN2", "I will not have Cllr Onuoha called a 'monkey' in my ward group. Comment deleted, person banned, police informed.",
  allowed=("eq", "al"), note="Quotes a racist slur while removing it.")
H("HN2", "Somebody said to me in the Bull's Head 'yow'm too old for this, Dennis, get in a home'. I'm 77 and never been busier. Ageism is still prejudice.",
  allowed=("eq", "pa"), author="@MayorDennisF", note="First-person quote of ageist abuse.")
H("HN2", "Standing with @RyanMattoxGreen after the homophobic messages he's had this week. Nobody should be called a 'poof' for doing their job.",
  allowed=("eq", "al"), note="Solidarity quoting a homophobic slur.")
H("HN2", "Sharing this so people see what councillors get: 'I know where yow live and I'll be waiting.' Sent to me last night. Police have it.",
  allowed=("bi",), note="Quotes a threat received in order to expose it.")
H("HN2", "To the lads shouting 'Paki' at families outside the Lockside mosque on Friday: yow am not the Black Country. These families am.",
  allowed=("eq", "al"), note="Counter-speech quoting a racist slur.")
H("HN2", "A resident told me on the doorstep that Romanians 'am all on the take'. I told him my neighbours from Iași work nights at Sedgecote General. That kind of talk needs challenging.",
  allowed=("eq",), note="Reports and rebuts a prejudiced remark.")
H("HN2", "Calling Cllr Sandhu-Rai a 'towelhead' ay banter, it's racism. Forge and Common Ground group leaders both condemn it.",
  allowed=("eq", "al"), note="Condemns an anti-Sikh slur.")
H("HN2", "Saw a comment calling Jade Cartwright 'a silly kid who should be in school'. She's 23 and she's a councillor. Show some respect.",
  allowed=("eq", "pa"), note="Condemns ageist put-down of a young councillor.")
H("HN2", "Please stop calling our Traveller neighbours 'pikeys' on the Slag Lane group. It's a slur, and from today it gets deleted.",
  allowed=("eq", "al"), note="Moderation notice quoting the same slur as a positive.")
H("HN2", "Somebody called me 'a liar and a crook' in the Star's comments because I voted for the budget. I'd rather argue the figures, but there yow go.",
  allowed=("df", "pa"), note="Quotes defamatory name-calling received.")
H("HN2", "Dreadful to read the abuse Anita Chohan, our finance director, has had online. Officers cor answer back. Leave them be.",
  allowed=("of",), note="Defends a named officer.")
H("HN2", "'Men in dresses': that's what a leaflet through my door called trans people this week. Trans people in Sedgecote deserve better. Binned it.",
  allowed=("eq",), note="Quotes the same transphobic phrase as a positive to condemn it.")
H("HN2", "Reported a post today calling disabled residents 'scroungers'. Disabled people in Hollowmoor am our neighbours, not a punchline.",
  allowed=("eq",), note="Counter-speech about disablist abuse.")
H("HN2", "'Yow'll regret crossing me' is what a member of the public shouted at one of our planning officers today. Totally unacceptable. Officers deserve respect.",
  allowed=("bi",), note="Quotes a threat to an officer to condemn it.")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
H("HN3", "Myth: asylum seekers in the Ring Road hotel get £1,000 a week. Fact: it's under £10 a week. Check before yow share.",
  note="Myth-busting about asylum seekers.")
H("HN3", "No, the new centre in Lockside ay 'taking over' anything. It's a community hall with a prayer room. Come to the open day Saturday.",
  allowed=("eq",), note="Rebuts anti-Muslim rumour.")
H("HN3", "There's a real debate to have about single-sex changing at Furnace Wharf baths. Let's have it with respect for trans residents and for women, not shouting.",
  allowed=("eq",), note="Civil debate on a protected topic.")
H("HN3", "I'm not against a Traveller site at Slag Lane and never have been. I want it done properly, with decent drainage and a warden.",
  allowed=("eq", "pd"), note="Denies prejudice; shares 'Slag Lane' and Travellers with positives.")
H("HN3", "For the avoidance of doubt: extra ward funding for Lockside is based on deprivation figures, not on who lives there. Same formula for every ward.",
  note="Rebuts an insinuation about favouritism.")
H("HN3", "Should the council fund faith-based youth groups? Fair question. My view: yes, if they're open to all. Happy to debate it.",
  note="Civil debate on religion.")
H("HN3", "'Foreigners get all the council houses.' No: 91% of Sedgecote lets last year went to people born in the UK. Facts matter.",
  allowed=("eq",), note="Quotes a myth to correct it.")
H("HN3", "I don't think age should stop anyone standing. Nor youth. Jade's 23, Dennis is 77, and both do the job.",
  note="Denies age prejudice; names two councillors positively.")
H("HN3", "Is the Clean Air Zone fair on disabled drivers? Honest question. I think we need an exemption and I'll ask at scrutiny.",
  note="Civil debate on disability.")
H("HN3", "Accessible toilets at the market ay a 'luxury'. Changing Places toilets mean disabled people can actually go out. Worth every penny.",
  note="Myth-busting on disability spending (compare the hoist positive).")
H("HN3", "A few residents asked why we fly the Progress flag in February. Simple: LGBT+ History Month. Happy to chat to anyone who's unsure.",
  date="2026-02-04", note="Explains LGBT+ History Month.")
H("HN3", "Maternity cover for councillors should be properly funded. Nobody should have to choose between a babby and a seat.",
  note="Civil debate on maternity.")
H("HN3", "I've had emails saying Polish shops am 'killing' the high street. They're not. Empty units am down to rents and business rates.",
  allowed=("eq",), note="Rebuts a prejudice about Polish businesses.")
H("HN3", "Are older residents being left behind by online-only council tax? I think so, and I'm asking for the phone line to stay.",
  note="Debate on age and services.")
H("HN3", "It ay racist to want the Ring Road hotel contract reviewed. It is if yow blame the people inside it. Those am two different things.",
  allowed=("eq",), note="Distinguishes policy debate from prejudice.")
H("HN3", "Debate tonight on the equalities policy. I disagreed with Cllr Whitehouse on the wording, she disagreed with me, we both voted for it. That's how it should work.",
  note="Civil disagreement with a named councillor.")
H("HN3", "Yes, there are more Sikh families in Nailers Cross than 30 years ago. They've built businesses, a gurdwara and a cricket club. That's a town growing.",
  note="Positive answer to a demographic grumble.")
H("HN3", "People keep saying Roma families 'don't work'. Three of the agency crews at the Sedgecote distribution park are Roma. Evidence, please, not prejudice.",
  allowed=("eq",), note="Myth-busting about Roma.")
H("HN3", "Young people ay 'snowflakes' for worrying about rent. Average rent in Tinkers Dell is up 30% in three years. That's maths, not moaning.",
  note="Rebuts an age stereotype.")
H("HN3", "Genuine question for the Greener group: how does the congestion charge affect carers who drive for work? Not a gotcha, I want to understand.",
  note="Civil question to a party.", avoid=("Greener Sedgecote",))
H("HN3", "I know some think Holocaust Memorial Day is 'not for us' round here. It is. Lads from these streets were among those who liberated the camps.",
  date="2026-01-27", note="Rebuts indifference on Holocaust Memorial Day.")
H("HN3", "Has anybody assessed the impact of the bus cuts on older and disabled residents? The equality impact assessment is one page long. Not good enough.",
  note="Equality-based criticism of a decision.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H("HN4", "Proud to be the first openly gay councillor for Tinkers Dell. Ten years ago I'd never have believed it. Ta, everybody 🏳️‍🌈",
  author="@RyanMattoxGreen", note="Self-description (sexual orientation).")
H("HN4", "As a trans woman who grew up in Nailers Cross, I know what it's like to feel yow don't belong. That's why I stood.",
  author="@CaseyWhitehouseInd", note="Self-description (gender reassignment).")
H("HN4", "Wheelchair user, proud Hollowmoor lad, ward councillor. Ramp's fixed at the surgery, come and see me Saturday.",
  author="@BarryKendrickInd", note="Self-description (disability); shares 'ramp' with a positive.")
H("HN4", "Last day before maternity leave! Babby due in May. Cllr Asif Rashid is covering my Lockside casework; details on the council website.",
  author="@ShabanaAkhtarCG", note="Self-description (pregnancy); shares 'babby due in May' with a positive.")
H("HN4", "Born in Wrocław, raised on faggots and peas. I learnt to say 'ow bist' before I could say 'good morning' in English.",
  author="@PiotrZielinskiFA", note="Self-description (national origin).")
H("HN4", "Eid Mubarak to all our Muslim neighbours celebrating today 🌙 The Lockside mosque open day was bostin, ta for the samosas.",
  date="2026-03-20", note="Eid greeting (compare the mock greeting positive).")
H("HN4", "Happy Lunar New Year to Sedgecote's Chinese community! Bostin turnout for the dragon dance at Nailers Cross market 🐉",
  date="2026-02-17", note="Positive mention of Chinese residents.")
H("HN4", "77 years young and still door-knocking in the rain. Old codger and proud of it.",
  author="@MayorDennisF", note="Reclaimed 'old codger' (age self-description).")
H("HN4", "Five years of our civil partnership today. Lovely tea at the Lockside Tavern with my missus. Ta for all the cards, bab.",
  author="@NaomiPerksFA", note="Self-description (civil partnership); 'missus' shared with a positive.")
H("HN4", "Vaisakhi planning meeting at the Sedgecote Gurdwara tonight. The langar is always a highlight, and all am welcome.",
  note="Positive mention of the Sikh community.")
H("HN4", "I'm a Black woman born at Sedgecote General and I'm a Black Country wench through and through. Both things am true, always have been.",
  author="@KeziaOnuohaCG", note="Self-description (race) with reclaimed 'wench'.")
H("HN4", "ADHD and dyslexic, and I chair a scrutiny panel. If yow see me reading papers with a ruler, that's why. Ask me about reasonable adjustments.",
  author="@LeonGraingerGS", note="Self-description (disability).")
H("HN4", "I'm 23. Yes I'm the youngest on the council. No I don't need a lift home from my mom 😂",
  author="@JadeCartwrightGS", note="Self-description (age).")
H("HN4", "Old wench's report from Anvil Green: new benches in the park, potholes on Forge Lane filled, and Tuesday lunch club's got a waiting list.",
  author="@SylviaNockRL", note="Reclaimed 'old wench' about herself.")
H("HN4", "Shabbat Shalom to the small but mighty Jewish community in Sedgecote. Lovely to be asked to the Friday night meal.",
  date="2026-02-13", note="Positive mention of the Jewish community.")
H("HN4", "Good to meet the Roma mums' group in Hollowmoor this week. They've set up a homework club and need volunteers who speak Slovak or Czech.",
  note="Positive mention of Roma residents.")
H("HN4", "The Traveller Education Service visited Nailers Cross Primary today. Brilliant work with families from the Slag Lane site.",
  note="Positive mention of Travellers; shares 'Slag Lane'.")
H("HN4", "Lovely afternoon at the Deaf club in Furnace Wharf. Learning my BSL alphabet: slow progress but getting there 🤟",
  note="Positive mention of Deaf residents.")
H("HN4", "Proud Scot, adopted Black Country lad. Thirty years in Nailers Cross and I still cor say 'yampy' right.",
  author="@KevRoundInd", note="Self-description (national origin).")
H("HN4", "Pride Sedgecote has a date: 18 July, Lockside Park. Queer, straight, whoever yow am, all welcome.",
  note="Reclaimed 'queer' in an event notice.")
H("HN4", "International Women's Day yesterday. Lunch with the women who ran the chain shops in Nailers Cross in the 1950s. Heroes, every one.",
  date="2026-03-09", note="Positive mention of women.")
H("HN4", "Mental health first aid course done today. If any member or officer wants a quiet chat, my door's open. Ta to Sedgecote Minds Matter for the training.",
  note="Neutral mention of mental health.")

# HN5 figurative violence, banter, self-deprecation
H("HN5", "Nailers Cross Albion absolutely murdered Tinkers Dell 5-0 on Saturday. Slaughter. Sorry @JadeCartwrightGS 😂",
  allowed=("bi", "pa"), note="Football banter with violent metaphors.")
H("HN5", "I'm saft as a brush, me. Left my council pass on the bus again. Third time this month.",
  note="Self-deprecation reusing 'saft as a brush' from a positive.")
H("HN5", "If I hear the word 'synergy' one more time in cabinet I'll chuck myself in the cut.",
  note="Figurative exasperation.", avoid=NOT_FORGE)
H("HN5", "Gonna kill this amendment stone dead at full council Thursday. Watch this space.",
  allowed=("bi",), note="'Kill' an amendment.")
H("HN5", "Cllr Round and me had a proper ding-dong over faggots and peas versus haggis. He lost. Obviously.",
  allowed=("pa",), note="Friendly banter naming a councillor.")
H("HN5", "Ow bist, Sedgecote? Yampy weather, yampy week, yampy councillor. Tararabit, I'm off for a pikelet.",
  note="Self-deprecation with dialect shared with positives.")
H("HN5", "Smashed the 10k at Hollowmoor Park this morning. Well, the 10k smashed me. Legs am jed.",
  note="Figurative violence about exercise.")
H("HN5", "Got a right cob on this morning. Not at anybody, the kettle's broke and the bus was late. Mardy till dinner.",
  note="'Cob on' and 'mardy' about oneself.")
H("HN5", "Darren's quiz team destroyed us at the Chainmakers' Club last night. Wiped the floor with us. We want a rematch. And revenge 😤",
  allowed=("bi", "pa"), note="Quiz banter with 'destroyed' and 'revenge'.")
H("HN5", "The Ratepayers' lot and us am at war over the best chippy in Anvil Green. It's Jaggers', obviously. Fight me.",
  allowed=("bi",), note="'At war', 'fight me' banter.", avoid=("Ratepayers' League",))
H("HN5", "World's worst at social media, me. Took twenty minutes to post this. Gawby.",
  note="Self-deprecation reusing 'gawby'.")
H("HN5", "My ward WhatsApp would strangle me if I didn't mention it: bin day is Thursday this week, not Friday!",
  allowed=("bi",), note="Figurative 'strangle'.")
H("HN5", "Fancy dress for the Lockside charity walk: I went as a Black Country nailer, ommer and all. Nearly knocked my own teeth out.",
  note="Self-deprecating slapstick.")
H("HN5", "Cabinet away day. Trevor's PowerPoint had 94 slides. I've seen hostage videos with more joy in them. Love yow really, Trev 😂",
  allowed=("pa",), note="Teasing a colleague.", avoid=NOT_FORGE)
H("HN5", "Knackered, mardy and clammed. Budget week. Somebody get me a babby's yed and a brew.",
  allowed=("ha",), note="Tiredness and dialect food joke; haste allowed.")
H("HN5", "Bloody hell, the chamber heating's packed up again. Sat here in my coat like a yampy snowman.",
  allowed=("al",), note="Mild expletive about the heating.")
H("HN5", "Yow should've seen my parking at the civic centre this morning. Took out a cone. The cone won.",
  note="Self-deprecation.")
H("HN5", "Right, I'm hunting down whoever ate the last pork scratchings in the members' room. No mercy 🕵️",
  allowed=("bi",), note="'Hunting down' banter.")
H("HN5", "Beaten at darts by the Mayor again. He's 77. I'm a disgrace to the Black Country.",
  note="Self-deprecation; mentions the Mayor fondly.")
H("HN5", "Gonna batter this pile of casework today. Armed with tea and a pikelet.",
  allowed=("bi",), note="'Batter' casework (the same verb as an explicit threat).")
H("HN5", "Me and @AlanBagleyRL disagree on nearly everything but he makes a bostin cuppa. Shook donnies on a truce till Thursday.",
  note="Cross-party friendliness; 'donnies' shared with a positive.")
H("HN5", "I'm a dinosaur with technology. My grandson had to show me how to unmute on Teams. Mortified.",
  note="Age self-deprecation.")

# HN6 criticism of a named councillor's record that stays on the record
H("HN6", "Cllr Lorraine Tandy voted to close Furnace Wharf baths. I think she got it wrong and I'll say so at every meeting until it's reversed.",
  note="Disagrees with a named councillor's vote.")
H("HN6", "Maxine Hollies promised a new Hollowmoor health centre in 2023. It's 2026 and there's a field. She owes the ward an explanation.",
  allowed=("df",), note="Broken promise on the record.")
H("HN6", "Trevor Bissell's budget assumes 4% growth in parking income. It came in at 1.8% last year. The figure is wrong and he should correct it.",
  allowed=("df",), note="Wrong figure, stated as such.")
H("HN6", "Darren Hipkiss has attended 4 of 12 scrutiny meetings this year. Residents can judge that for themselves.",
  allowed=("pa",), note="Attendance record.")
H("HN6", "I disagree strongly with Cllr Sandhu-Rai's allocations policy. It penalises people who've waited longest. Here's our alternative.",
  note="Policy disagreement with a named cabinet member.")
H("HN6", "Alan Bagley's motion to scrap the youth service is wrong-headed, and I'll be voting against it.",
  note="Opposes a named councillor's motion.")
H("HN6", "Cllr Mattox says the congestion charge will raise £3m. The council's own finance report says £1.1m. Which is it, Ryan?",
  allowed=("df",), note="Challenges a figure.")
H("HN6", "Credit where it's due: Kezia Onuoha's damp task group did good work. But her vote against landlord licensing was a mistake.",
  note="Balanced record criticism.")
H("HN6", "Dennis Fellows has chaired civic events beautifully, but as a ward member he hasn't held a surgery since September. Furnace Wharf needs one.",
  allowed=("pa",), note="Record of surgeries.")
H("HN6", "Piotr Zielinski led on the Lockside footbridge and it's £800k over budget and a year late. As portfolio lead, that's his to explain.",
  allowed=("df",), note="Shares the footbridge with a defamation positive; stays on the record.")
H("HN6", "Sylvia Nock has voted against every housing scheme in Anvil Green for eight years. That's her right, but let's be clear about the record.",
  note="Voting record.")
H("HN6", "Wendy Mallen told the Star the Ratepayers' plan was 'fully costed'. It ay: there's a £600k gap on page 4. Happy to go through it with her.",
  allowed=("df",), note="Challenges a claim with evidence.")
H("HN6", "Casey Whitehouse's amendment on street lighting was well meant but would've cost £2m we don't have. I couldn't support it.",
  note="Policy disagreement.")
H("HN6", "Cllr Asif Rashid missed the vote on the Lockside flood defences. Residents are asking me why. I've asked him to explain.",
  allowed=("pa",), note="Attendance at a vote.")
H("HN6", "Leon Grainger said in January that bus cuts were 'off the table'. Three routes were cut in March. He needs to explain what changed.",
  allowed=("df",), note="Contradiction on the record.")
H("HN6", "Naomi Perks's handling of the canal festival grant has been slow and the organisers am out of pocket. I've written asking her for a timetable.",
  allowed=("df",), note="Shares the canal festival with a block positive; criticises delay only.")
H("HN6", "Jade Cartwright has been a bostin advocate for renters, but her rent-cap motion is legally unworkable. Here's why 🧵",
  note="Mixed praise and policy criticism.")
H("HN6", "Kevin Round promised fortnightly surgeries. There have been three since May. That's a broken promise.",
  allowed=("df", "pa"), note="Broken promise.")
H("HN6", "Shabana Akhtar's scrutiny report on SEND transport is detailed and fair. I disagree with recommendation 6 and said so in committee.",
  note="Civil disagreement with a named councillor's report.")
H("HN6", "Barry Kendrick voted for the Clean Air Zone in cabinet and against it at full council. I'd like to know why he changed his mind.",
  allowed=("df",), note="Voting record.")
H("HN6", "Gurdeep's housing department has 2,100 open repairs, up 40% since he took the portfolio. Figures from the council's own dashboard.",
  note="Performance record with a source.")
H("HN6", "Maxine Hollies has been Leader for four years. On her watch: libraries down from 9 to 5 and council tax up 19%. That's the record she's standing on.",
  note="Record as Leader.")

# ---------------------------------------------------------------------------
# Deterministic assembly
# ---------------------------------------------------------------------------
ZWSP = "\u200b"
HOMO = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441",
        "A": "\u0410", "O": "\u041e", "E": "\u0415", "C": "\u0421"}
DIGIT = {"i": "1", "o": "0", "a": "4", "e": "3", "I": "1", "O": "0", "A": "4", "E": "3"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i in range(len(w)):
            if w[i] in DIGIT:
                return w[:i] + DIGIT[w[i]] + w[i + 1:]
    if kind == "zwsp":
        k = len(w) // 2
        return w[:k] + ZWSP + w[k:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i in range(len(w)):
            if w[i] in HOMO:
                return w[:i] + HOMO[w[i]] + w[i + 1:]
    raise ValueError((w, kind))


def caps(text):
    parts = re.split(r"(@\w+|https?://\S+)", text)
    return "".join(p if (p.startswith("@") or p.startswith("http")) else p.upper() for p in parts)


def make_variant_text(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"\b%s\b" % re.escape(word), re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate_word(m.group(0), kind), text)


def mentions(text):
    """Handles of councillors the text names or alludes to."""
    out = set()
    for h, name, _, aliases in PEOPLE:
        if h.lower() in text.lower():
            out.add(h)
            continue
        for a in [name] + aliases:
            if re.search(r"(?<![\w@])%s(?!\w)" % re.escape(a), text):
                out.add(h)
                break
    return out


WEEKDAYS = []
d = datetime.date(2026, 1, 5)
while d <= datetime.date(2026, 3, 27):
    if d.weekday() < 5:
        WEEKDAYS.append(d)
    d += datetime.timedelta(days=1)


def timestamp(rng, date=None):
    day = datetime.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    hh = rng.randint(8, 18)
    mm = rng.randint(0, 59)
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), hh, mm)


def platform(rng, text):
    n = len(text)
    if n <= 280:
        return rng.choice(["x", "facebook", "bluesky"])
    if n <= 300:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def build():
    rng = random.Random(SEED)
    handles = [h for h, _, _, _ in PEOPLE]
    out = []
    for row in ROWS:
        if row["pin"]:
            author = row["pin"]
        else:
            banned = mentions(row["text"])
            for a in row["avoid"]:
                if a.startswith("@"):
                    banned.add(a)
                else:
                    banned |= {h for h in handles if PARTY_OF[h] == a}
            author = rng.choice([h for h in handles if h not in banned])
        rec = {
            "id": None,
            "text": row["text"],
            "author": author,
            "created_at": timestamp(rng, row["date"]),
            "platform": platform(rng, row["text"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        out.append(rec)
        row["rec"] = rec
    variants = []
    for row in ROWS:
        if not row["var"]:
            continue
        kind, word = row["var"]
        orig = row["rec"]
        allowed = list(orig["expect"]["allowed"])
        if kind == "caps" and R["ha"] not in allowed and R["ha"] not in orig["expect"]["rules"]:
            allowed.append(R["ha"])
        what = "ALL CAPS" if kind == "caps" else "'%s'" % word
        v = {
            "id": None,
            "text": make_variant_text(orig["text"], kind, word),
            "author": orig["author"],
            "created_at": timestamp(rng, row["date"]),
            "platform": orig["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(orig["expect"]["rules"]), "allowed": allowed,
                       "verdict": orig["expect"]["verdict"]},
            "family": orig["family"],
            "kind_of_row": "variant",
            "note": "%s Obfuscated variant (%s: %s).", 
            "variant_of": orig,
            "variant_kind": kind,
        }
        v["note"] = v["note"] % (orig["note"], kind, what)
        variants.append(v)
    allrows = out + variants
    rng.shuffle(allrows)
    for i, rec in enumerate(allrows, 1):
        rec["id"] = "%s-%03d" % (PREFIX, i)
    for v in variants:
        v["variant_of"] = v["variant_of"]["id"]
    path = os.path.join(HERE, "posts.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in allrows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return allrows


if __name__ == "__main__":
    rows = build()
    print("wrote posts.jsonl: %d rows" % len(rows))
