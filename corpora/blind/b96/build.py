"""Build blind evaluation set b96 (Saggarbridge Borough Council, the Staffordshire Potteries).

Every text below was written by hand for this set. The script is deterministic
(seed 9696): it picks authors, platforms and timestamps, makes the obfuscated
variants, shuffles, gives ids B96-0001.. and writes posts.jsonl next to itself.
Running it again writes the same file byte for byte.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9696
PREFIX = "B96"

RULE = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "ED": "equality.discrimination",
    "DA": "defamation.allegation",
    "OI": "officers.impartiality",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SC": "security.credentials",
    "HP": "haste.pause-before-posting",
    "PC": "predetermination.closed-mind",
    "PIA": "position.improper-advantage",
    "CD": "confidentiality.disclosure",
    "GH": "gifts.hospitality",
    "RPU": "resources.political-use",
    "MD": "meetings.during-meeting",
}

# Role words that identify a councillor without naming them (authors are kept away from them).
ROLE_WORDS = {
    "Trevor Hollinshead": [r"\bthe leader\b", r"\bleader of the council\b", r"\bour leader\b"],
    "Sandra Mountford": [r"\bdeputy leader\b", r"\bcabinet member for finance\b"],
    "Keith Bagnall": [r"\bcabinet member for environment\b"],
    "Roy Capewell": [r"\bchair of planning\b", r"\bplanning chair\b"],
    "Brenda Tunnicliffe": [r"\bmayor\b", r"\bmayor's\b"],
    "Janice Sherratt": [r"\bchair of licensing\b", r"\blicensing chair\b"],
    "Nasreen Akhtar": [r"\bleader of the opposition\b", r"\bopposition leader\b"],
    "Kayleigh Birks": [r"\bchair of scrutiny\b", r"\bscrutiny chair\b"],
}
PARTY_NAMES = {
    "Clay & Canal": [r"clay & canal", r"clay and canal"],
    "Saggarbridge Together": [r"saggarbridge together"],
    "Green Kiln": [r"green kiln"],
    "Moorland Independents": [r"moorland independents"],
    "People's Potteries Alliance": [r"potteries alliance"],
}

ROWS = []


def _rules(s):
    return [RULE[x] for x in s.split()] if s else []


def P(key, fam, verdict, exp, allow, text, note, pin=None, date=None):
    """A positive row. fam: PA AL BI ED DA."""
    ROWS.append(dict(key=key, family=RULE[fam], kind_of_row="positive", text=text,
                     rules=_rules(exp), allowed=_rules(allow), verdict=verdict,
                     note=note, pin=pin, date=date))


def H(key, group, allow, text, note, pin=None, date=None):
    """A hard negative row in group HN1..HN6."""
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=_rules(allow), verdict="ok",
                     note=f"HN{group}: {note}", pin=pin, date=date))


# ---------------------------------------------------------------------------
# respect.personal-attack: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("pa01", "PA", "review", "PA", "",
  "Ow at, Keith Bagnall? Still sat in the cabinet room like a bowl of cold lobby nobody wants to finish. Man hasn't had an original thought since Wakes week 1987.",
  "Insult without swearing aimed at a named councillor; dialect greeting and 'lobby' on the positive side.")
P("pa02", "PA", "review", "PA", "",
  "@CllrCapewell yo are the most useless chair that committee has ever had, duck. A wet oatcake has more backbone than you.",
  "Direct 'you' insult at a handle; compare the caps variant.")
P("pa03", "PA", "review", "PA", "",
  "Trevor Hollinshead couldn't organise a brew in a pot bank. Leader? He couldn't lead a dog round Kilnsend Park.",
  "Ridicule of a named councillor's competence as a person, not of a decision.")
P("pa04", "PA", "review", "PA", "",
  "Honestly, Sandra Mountford is as thick as a saggar wall. Explained the budget gap to her three times and she still looked at me like I'd spoken Klingon.",
  "'Thick' at a named person; the budget is only the setting. Compare HN6 <<h6_04>>, which argues with her figures.")
P("pa05", "PA", "review", "PA", "",
  "Nasreen Akhtar, mardy as ever, stomped out of scrutiny with a cob on because nobody clapped her. Grow up, woman.",
  "Belittling a named councillor with dialect ('mardy', 'cob on'); 'woman' is a put-down, not an attack on sex as such.")
P("pa06", "PA", "review", "PA", "",
  "Dale Barlow is a spineless little weasel who'd sell his own nan for a cabinet seat.",
  "Name-calling without obscenity; source of the asterisk variant.")
P("pa07", "PA", "review", "PA IR", "",
  "Congratulations to Wayne Forrester on a whole year as our Ridgeholme Moor councillor without once answering an email 👏👏 What a hero. Truly an inspiration to us all.",
  "Mock congratulation: personal attack plus irony.")
P("pa08", "PA", "review", "PA", "",
  "Anyone else notice Gwen Bostock only ever pipes up when there's a camera about? Vain, empty, and about as much use as a chocolate kiln.",
  "Character insult at a named councillor.")
P("pa09", "PA", "review", "PA", "",
  "Callum Hulme, you are an embarrassment to Kilnsend. Every time you open your mouth the ward loses a bit more of its dignity.",
  "Direct insult; nothing about autism. Source of the zero-width variant.")
P("pa10", "PA", "review", "PA", "",
  "Delroy Campbell's speech this afternoon was the ramblings of a man who's lost the plot. Pathetic, duck, absolutely pathetic.",
  "Insult at the person rather than the content of the speech.")
P("pa11", "PA", "review", "PA", "",
  "Roy Capewell has the charm of a blocked drain and about half the intelligence.",
  "Short insult without swearing.")
P("pa12", "PA", "review", "PA", "",
  "Some councillors are just dead weight. Looking at you, @MichelleMachinPPA. Draw the allowance, dunna turn up, dunna reply. Parasite.",
  "'Parasite' at a handle; not severe enough for block on its own.")
P("pa13", "PA", "block", "PA", "ED",
  "Brenda Tunnicliffe is a vile, nasty, two-faced old toad and this town would be better off if she'd never been born.",
  "Severe: 'better off if she'd never been born'; equality allowed for 'old'.")
P("pa14", "PA", "review", "PA", "",
  "Harold Finney: clueless, lazy and too nesh to knock a door in January. Three things, duck, and every one of them earned.",
  "List of insults with 'nesh' on the positive side; source of the spaced-letters variant.")
P("pa15", "PA", "review", "PA", "",
  "Rachel Gershon is a sanctimonious busybody who mithers every soul in the building and then wonders why nobody can stand her.",
  "Character attack with 'mithers'.")
P("pa16", "PA", "review", "PA", "",
  "Cost tell me what Steve Dakin actually does? Apart from eat oatcakes at our expense and snore through committee. Waste of a seat, waste of skin.",
  "'Waste of skin' at a named councillor; review, short of severe.")
P("pa17", "PA", "review", "PA", "",
  "Marek Zielinski is a pompous little man who loves the sound of his own voice more than he loves Kilnsend.",
  "Insult without obscenity; nothing about national origin.")
P("pa18", "PA", "review", "PA", "",
  "Fiona Adderley's idea of consultation is talking at people till they give up and go wom. Arrogant doesn't begin to cover it.",
  "Personal characterisation ('arrogant') rather than criticism of the consultation itself.")
P("pa19", "PA", "review", "PA", "",
  "The Cabinet Member for Environment is a clown. Not a metaphor. Red nose, big shoes, honking horn. The circus has come to Saggarbridge.",
  "Attack on a councillor by role, not name.")
P("pa20", "PA", "review", "PA", "",
  "Harjit Sandhu nodding along like one of them dogs on a parcel shelf. Has he ever had a thought of his own? Puppet.",
  "Ridicule; source of the digit variant.")
P("pa21", "PA", "review", "PA", "",
  "Whoever thought Kayleigh Birks was cabinet material wants their head looking at. Out of her depth in a puddle, that one.",
  "Insult at a named councillor; pregnancy is not mentioned.")
P("pa22", "PA", "review", "PA", "",
  "@TrevHollinshead yo'm a coward, Trevor. Hide behind your officers, hide behind your press releases. Coward.",
  "'Coward' at a handle; officers only mentioned in passing.")
P("pa23", "PA", "review", "PA", "ED",
  "Robyn Latham's contribution to the climate debate: shouting, crying and storming off. Hysterical, as usual.",
  "'Hysterical' at a woman; equality allowed as the word carries a sexist history.")
P("pa24", "PA", "review", "PA", "DA",
  "Mei Lin Yeung is the most two-faced person I've ever worked with, and I worked twenty years on a pot bank with some right characters.",
  "Character insult; 'two-faced' is opinion rather than a factual allegation, so defamation is only allowed. Source of the homoglyph variant.")
P("pa25", "PA", "review", "PA", "DA",
  "Bridie McDonagh, you're a bully and a loudmouth and everyone in Throstle Bank knows it.",
  "'Bully' and 'loudmouth' at a named councillor; defamation allowed.")
P("pa26", "PA", "review", "PA", "",
  "Our Mayor should stick to cutting ribbons. Every time she opens her mouth on policy she shows herself up as the dimmest bulb on the chain.",
  "Attack by role ('our Mayor').")
P("pa27", "PA", "review", "PA", "",
  "Sandra Mountford, yo anna got a clue, yo never 'ad a clue, and yo never will 'ave a clue. Pack it in, duck.",
  "Dialect ('anna') on the positive side.")
P("pa28", "PA", "block", "PA", "AL BI",
  "Wayne Forrester is a worthless, gutless excuse for a man. Scum. I wouldn't spit on him if he was on fire.",
  "Severe dehumanising attack: block; abusive and bullying allowed for 'scum' and the fire image.")
P("pa29", "PA", "review", "PA", "",
  "Gwen Bostock sat there at the Ridgeholme meeting with a face like a smacked backside, arms folded, wouldn't answer a single question. Mardy, rude and out of her depth.",
  "Mockery of a named councillor with 'mardy'.")
P("pa30", "PA", "review", "PA", "IR",
  "Dear @KeithBagnallKE, people in Kilnsend would like to know how a grown man gets to his sixties without learning to read a spreadsheet. Asking for a friend 🙄",
  "Belittling at a handle; irony allowed for 'asking for a friend'.")
P("pa31", "PA", "review", "PA OI", "",
  "Martin Bould is the worst Head of Planning this borough has ever had. Incompetent, idle, and hides in his office when residents come knocking.",
  "Insult at a named officer: personal attack plus officers.impartiality.")
P("pa32", "PA", "review", "PA OI", "",
  "The Chief Executive is a smug, overpaid empty suit who looks down her nose at everyone in the six towns.",
  "Insult at an officer by role.")
P("pa33", "PA", "review", "PA", "",
  "Funny how Jordan Mellor discovers a 'passion' for the Majolica Works the week the Clarion turns up with a photographer. Shallow as a saucer, that lad.",
  "Insinuating insult about vanity, not an allegation of misconduct.")
P("pa34", "PA", "review", "PA", "",
  "Keith Bagnall and Roy Capewell: Tweedledum and Tweedledumber. Between them they couldn't find the market hall with a map and a torch.",
  "Joint insult at two named councillors.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("al01", "AL", "review", "AL", "",
  "This budget is a pile of shite, duck. Cut the libraries, cut the buses, keep the mayor's car. Unbelievable.",
  "Obscenity aimed at a budget: abusive only.")
P("al02", "AL", "review", "AL", "PA",
  "Flintwaste have made a pig's ear of the bin rounds again. Third week running nobody's emptied ours on Kiln Row. Useless bastards.",
  "Obscenity at a company; personal attack allowed. Source of the zero-width variant.")
P("al03", "AL", "review", "AL", "PA",
  "Clay & Canal can piss off with their 'Six Towns Renewal' bollocks. Nobody in Glazeley believes a word of it.",
  "Obscenity at a party and its slogan.")
P("al04", "AL", "review", "AL PA", "",
  "@DaleBarlowFB yo'm a prick, Dale. Always have bin.",
  "Obscenity at a person: abusive plus personal attack. Source of the digit variant.")
P("al05", "AL", "review", "AL", "",
  "The new parking app is a steaming heap of crap. Took me twenty minutes to pay for an hour outside the oatcake shop.",
  "Mild obscenity at a service.")
P("al06", "AL", "review", "AL", "PA",
  "Absolute bollocks from @RobynLathamGK about the moorland turbines. Dunna talk shite about Ridgeholme if you've never walked it.",
  "Obscenity at what someone said; personal attack only allowed.")
P("al07", "AL", "review", "AL", "PA",
  "Full council today: two dozen tossers arguing about a roundabout while the roofs in Marlhill leak.",
  "Obscenity at the assembled members without naming anyone; personal attack allowed.")
P("al08", "AL", "review", "AL PA", "",
  "Keith Bagnall is a total knobhead and I'll tell him so to his face at the Jolly Placer.",
  "Obscene insult at a named councillor; 'to his face' is not a threat.")
P("al09", "AL", "review", "AL", "PA",
  "Sick of this fucking council. Sick of the potholes, sick of the excuses, sick of the whole lot of it.",
  "F-word at the council as a body. Source of the caps variant.")
P("al10", "AL", "review", "AL", "",
  "What a shitshow that planning meeting was. Two hours, no decision, and the Ridgeholme lot went wom fuming.",
  "Obscenity at a meeting.")
P("al11", "AL", "block", "AL PA", "",
  "Roy Capewell is a cunt of the first order. Said it, meant it.",
  "The c-word at a named councillor: severe, block.")
P("al12", "AL", "review", "AL PA", "",
  "Nasreen Akhtar talks out of her arse every single week. Every week, duck.",
  "Crude insult at a named councillor. Source of the spaced-letters variant.")
P("al13", "AL", "review", "AL", "PA",
  "The Majolica Works scheme is a clusterfuck from start to finish and everyone involved should be embarrassed.",
  "Obscenity at a scheme; 'everyone involved' is unnamed.")
P("al14", "AL", "review", "AL", "PA",
  "Bottleoven Homes are a bunch of greedy bastards who'd concrete over the moor for a quid.",
  "Obscenity at a developer.")
P("al15", "AL", "review", "AL", "HP",
  "Who signed off this shite 'rebrand' for the market hall? Looks like a kid did it in MS Paint after six pints.",
  "Obscenity at a design; haste allowed for the alcohol mention.")
P("al16", "AL", "review", "AL PA", "",
  "@MeiLinYeungCC piss off back to your cabinet office and stay there, you pompous arse.",
  "Obscene insult at a handle.")
P("al17", "AL", "review", "AL", "PA",
  "Sod the Six Towns Renewal and sod Clay & Canal's bloody consultation. Nobody in Throstle Bank was even asked.",
  "Mildest abusive row: 'sod' and 'bloody' at a policy and a party. Compare HN1 <<h1_11>>.")
P("al18", "AL", "review", "AL PA", "",
  "Wayne Forrester is a tit. A massive, pointless tit.",
  "Crude insult at a named councillor.")
P("al19", "AL", "review", "AL", "",
  "The council's new 'engagement hub' is a load of arse. Three screens, no staff, and the door's locked at four.",
  "Crude word at a service.")
P("al20", "AL", "review", "AL PA", "",
  "Fuck off, @TrevHollinshead. Genuinely. Fuck off and take your Majolica mates with you.",
  "F-word at a handle; review rather than block (no dehumanising language).")
P("al21", "AL", "review", "AL", "PA",
  "Marlhill Homes are a shower of shite. Damp in every flat on Kiln Row and they send a lad round with a tin of paint.",
  "Obscenity at a housing association. Source of the homoglyph variant.")
P("al22", "AL", "review", "AL PA", "ED",
  "Gwen Bostock is a sanctimonious old bag and a pain in the arse.",
  "Crude insult at a named councillor; equality allowed for 'old bag'.")
P("al23", "AL", "review", "AL", "PA",
  "Cabinet's answer to the care home closures: some bollocks about 'efficiency'. Tell that to the families in Glazeley.",
  "Obscenity at the cabinet's reasoning; cabinet as a body.")
P("al24", "AL", "review", "AL", "PA",
  "Shite roads, shite buses, shite bins, and a council tax bill that's gone up again. Cheers, Saggarbridge Borough Council, you absolute shambles.",
  "Obscenity at services and the council.")
P("al25", "AL", "review", "AL PA", "",
  "Just watched Callum Hulme's video on the bus cuts. What a dickhead.",
  "Obscene insult at a named councillor.")
P("al26", "AL", "block", "AL", "PA BI",
  "Bottleoven's directors are filthy, greedy scum and I hope every one of them chokes on their profits.",
  "Severe: 'filthy scum' plus a wish of harm; block. Personal attack and bullying allowed (unnamed directors).")
P("al27", "AL", "review", "AL", "PA IR",
  "Total crock of shit, that consultation. 'We've listened' my arse.",
  "Obscenity at a consultation; sarcasm allowed.")
P("al28", "AL", "review", "AL PA", "",
  "Steve Dakin voting with the administration again. Spineless twat.",
  "Obscene insult at a named councillor.")
P("al29", "AL", "review", "AL", "PA",
  "The Clarion's front page today is utter bollocks. Nobody 'slammed' anybody, duck, I asked a question.",
  "Obscenity at a newspaper's story.")
P("al30", "AL", "review", "AL", "PA",
  "@HaroldFinneyMI stop talking shite about the bus station. Yo anna bin on a bus since decimalisation.",
  "Obscenity at what someone said; 'anna' on the positive side.")
P("al31", "AL", "review", "AL PA", "",
  "Kayleigh Birks can kiss my arse. Three years of being told I'm 'negative' by somebody who's never delivered a thing.",
  "Crude dismissal of a named councillor.")
P("al32", "AL", "review", "AL", "PA",
  "Our bins, our buses, our bloody library. Every flaming thing in Kilnsend cut to the bone while the cabinet sit there like smug bastards.",
  "Obscenity at the cabinet as a body.")
P("al33", "AL", "review", "AL PA", "",
  "Marek Zielinski is a wanker. There, I said it. Sorry not sorry.",
  "Obscene insult; nothing about national origin. Source of the asterisk variant.")
P("al34", "AL", "review", "AL", "PA OI",
  "That bloody roundabout on the Glazeley road is a death trap and whoever designed it was off their tits.",
  "Crude language at a road and its unnamed designer; officers allowed.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 34 originals (all block); tags [explicit] [veiled] [pressure]
# ---------------------------------------------------------------------------
P("bi01", "BI", "block", "BI", "PA DP",
  "Keith Bagnall, I know where yo live, duck. Top of Flintbank Road, blue door. Might pop round and have a word on your own doorstep.",
  "[explicit] 'I know where you live' with the house described; data protection allowed. Source of the homoglyph variant.")
P("bi02", "BI", "block", "BI", "PA ED DP",
  "Nasreen Akhtar wants to be careful walking back from the market hall these dark nights. Just saying.",
  "[veiled] Threat to a woman on her route home; equality and data protection allowed.")
P("bi03", "BI", "block", "BI", "PIA",
  "Message to @JordanMellorST: vote against the Majolica deal on Thursday and you can forget any ward money for Glazeley for the next four years. Your call, lad.",
  "[pressure] Coercion with ward budget; improper advantage allowed.")
P("bi04", "BI", "block", "BI", "PA PC",
  "If Roy Capewell pushes that Ridgeholme estate through, there's lads up the moor who'll be waiting for him in the car park. He's been warned.",
  "[explicit] Threat of violence by others over a planning decision.")
P("bi05", "BI", "block", "BI", "PA",
  "Ask the last fella who crossed the Hobsend quarry lads how that went for him. Sleep well, Harold Finney.",
  "[veiled] Menace without a stated act.")
P("bi06", "BI", "block", "BI", "",
  "Michelle, I've got the screenshots from the group chat. All of them. Think on before you stand up on Thursday.",
  "[pressure] Blackmail by first name (Michelle Machin).")
P("bi07", "BI", "block", "BI", "PA",
  "Somebody ought to give Dale Barlow a good hiding. I'd hold their coat for them.",
  "[explicit] Incitement to violence. Source of the asterisk variant.")
P("bi08", "BI", "block", "BI", "",
  "Tell Sandra Mountford to enjoy her seat while she's got it. Accidents happen on them steps by the Town Hall. 🙂",
  "[veiled] 'Accidents happen'.")
P("bi09", "BI", "block", "BI", "OI",
  "To whoever complained to the Monitoring Officer about me: I know it was you, I know your name, and I'll make sure everyone in Marlhill knows it an' all.",
  "[pressure] Threat against a complainant; the officer is only mentioned.")
P("bi10", "BI", "block", "BI", "PA",
  "Delroy Campbell, yo'll regret the day yo stood up in that chamber against me. Promise.",
  "[explicit] 'You'll regret'. Source of the spaced-letters variant.")
P("bi11", "BI", "block", "BI", "DP",
  "Heard Kayleigh Birks' little ones go to Throstle Bank Primary. Lovely school. Shame if anything happened on the walk there.",
  "[veiled] Threat touching a councillor's children and their school; data protection allowed.")
P("bi12", "BI", "block", "BI OI", "PC",
  "Claire Oakden's report on Hobsend Lane needs rewriting before committee. If it comes back recommending approval I'll be having a word with her boss about her future here. She knows.",
  "[pressure] Pressing a named officer to change advice with a threat to her job; predetermination allowed.")
P("bi13", "BI", "block", "BI", "PA",
  "Bridie McDonagh wants to watch herself. One more word about my ward and I'll put her through that window myself.",
  "[explicit] Threat of violence. Source of the zero-width variant.")
P("bi14", "BI", "block", "BI", "",
  "Nice car you've got, @SteveDakinInd. Be a shame if it got keyed in the Kilnsend car park. Again.",
  "[veiled] Threat to property.")
P("bi15", "BI", "block", "BI", "PA",
  "I've printed off Callum Hulme's expenses and I'm reading them out on the market hall steps Saturday. Bring your phones, let's see him squirm.",
  "[pressure] Organised public humiliation rather than a threat of harm.")
P("bi16", "BI", "block", "BI", "PA ED",
  "Next time Fiona Adderley comes to Throstle Bank with her clipboard, she'll be wheeled straight back out again, and not gently.",
  "[explicit] Threat that touches the councillor's wheelchair; equality allowed.")
P("bi17", "BI", "block", "BI", "DP",
  "Trevor Hollinshead has a lovely house up by Ridgeholme church. Lovely big windows. Lot of glass, that.",
  "[veiled] Veiled threat to a home; data protection allowed.")
P("bi18", "BI", "block", "BI", "PIA",
  "Gwen, I'll say this once. Back the quarry extension or I'll make sure you never sit on another committee while I'm group leader. Think on, duck.",
  "[pressure] Coercion with a committee seat (Gwen Bostock).")
P("bi19", "BI", "block", "BI", "PA",
  "Marek Zielinski, if I see you at the Saggars match Saturday I'll knock your block off.",
  "[explicit] Threat of violence. Source of the digit variant.")
P("bi20", "BI", "block", "BI", "",
  "Some people on this council should remember that everybody in the six towns knows everybody. Word gets round. Families get talked about. @RachelGershonST knows what I mean.",
  "[veiled] Intimidation through family.")
P("bi21", "BI", "block", "BI", "DP",
  "Harjit, drop the complaint against me by Friday or I'll be telling the Clarion all about your lad's little brush with the police.",
  "[pressure] Blackmail to drop a complaint; data protection allowed for the son's record.")
P("bi22", "BI", "block", "BI", "PA",
  "Put Wayne Forrester in the cut with a brick round his neck and do us all a favour 😂",
  "[explicit] Violent wish dressed as a joke.")
P("bi23", "BI", "block", "BI", "PIA",
  "I'd be careful, Mei Lin. Chippies get visited by environmental health an awful lot when their owners start mithering the wrong people.",
  "[veiled] Threat of misusing council powers against a family business.")
P("bi24", "BI", "block", "BI", "PIA",
  "To the residents who gave evidence against the Glazeley tip closure: we have your names from the consultation, and we'll remember them next time you want something from this council.",
  "[pressure] Threat against witnesses.")
P("bi25", "BI", "block", "BI", "PA",
  "Jordan Mellor, lad, one more stunt like today and you'll be going wom in an ambulance.",
  "[explicit] Threat of injury with 'wom'.")
P("bi26", "BI", "block", "BI", "DP SC",
  "Here's Brenda Tunnicliffe's home number for anyone who wants to tell her what they think of the care home closures: 01632 960318. Ring it till she listens.",
  "[pressure] Publishing a private number to set people on her; data protection and credentials allowed.")
P("bi27", "BI", "block", "BI OI", "",
  "Tracey Hambleton had better grant the Jolly Placer's late licence or I'll have her dragged in front of scrutiny every month till she quits.",
  "[pressure] Pressure on a named officer with a threat.")
P("bi28", "BI", "block", "BI", "PA",
  "Let's give Robyn Latham a proper Potteries welcome at the Ridgeholme meeting. Fill the room, shout her down, dunna let her get a word out. She'll soon get the message.",
  "[pressure] Organised intimidation of a councillor; nothing about gender identity.")
P("bi29", "BI", "block", "BI", "",
  "Every dog has its day, Nasreen. Yours is coming. I've been very patient.",
  "[veiled] Menace by first name. Source of the caps variant.")
P("bi30", "BI", "block", "BI", "AL",
  "If the Cabinet Member for Environment closes Kilnsend tip I'll burn his bloody car out myself.",
  "[explicit] Threat of arson against a councillor by role; abusive allowed for 'bloody'.")
P("bi31", "BI", "block", "BI", "DP",
  "Dale, we both know about that night at the Jolly Placer. Be a shame if your missus found out. Vote with us Thursday.",
  "[pressure] Blackmail touching a spouse; data protection allowed.")
P("bi32", "BI", "block", "BI", "ED",
  "@DelroyCampbellPPA yo've got a lot of family in Kilnsend, anna yo? Big family. Lot of people to keep safe.",
  "[veiled] Threat through family; equality allowed.")
P("bi33", "BI", "block", "BI", "DP",
  "I've started a little spreadsheet of every Saggarbridge Together member who voted for the parking charges. Home addresses, car regs, the lot. Watch this space.",
  "[pressure] Intimidation by collecting addresses of a group of councillors.")
P("bi34", "BI", "block", "BI", "PA",
  "Callum Hulme wants a slap. A proper one. And if he carries on I'll be the one giving it him.",
  "[explicit] Direct threat of assault.")

# ---------------------------------------------------------------------------
# equality.discrimination: 34 originals (all block); tags [explicit; X] [coded; X]
# ---------------------------------------------------------------------------
P("ed01", "ED", "block", "ED", "",
  "Glazeley used to be full of potters' families. Now it's Romanians and Bulgarians on every corner of the high street. It's not our town any more, duck.",
  "[explicit; race] National origin; 'not our town'.")
P("ed02", "ED", "block", "ED PA", "",
  "Marek Zielinski lecturing us on Potteries heritage. Nice try, Marek. Your lot were still picking spuds in Poland when my granddad was firing bottle ovens.",
  "[explicit; race] Dismisses a named councillor for Polish origin.")
P("ed03", "ED", "block", "ED", "",
  "Another mosque going up in Kilnsend? How many more do they want? Next it'll be the call to prayer over the oatcake shop.",
  "[explicit; religion or belief] Anti-Muslim. Source of the spaced-letters variant. Compare HN3 <<h3_08>>.")
P("ed04", "ED", "block", "ED PA", "",
  "Delroy Campbell 'speaks for Kilnsend'? Which bit, duck? The bit by the barber's with the loud music and the funny smell?",
  "[coded; race] Racial stereotype aimed at a Black councillor with no group word.")
P("ed05", "ED", "block", "ED PA", "",
  "Jordan Mellor can do what he likes behind closed doors but I don't want a gay lad taking assemblies at Throstle Bank Primary. Keep it away from the kids.",
  "[explicit; sexual orientation] Gay-as-danger-to-children trope at a named councillor. Compare HN2 <<h2_17>>.")
P("ed06", "ED", "block", "ED PA", "",
  "Robyn Latham will always be a bloke in a frock to me, and no amount of council lanyards changes that.",
  "[explicit; gender reassignment] Denial of a trans woman's identity. Source of the zero-width variant.")
P("ed07", "ED", "block", "ED PA", "",
  "With respect to Fiona Adderley, how can someone in a wheelchair possibly do the site visits up on the moor? Give the seat to someone able-bodied.",
  "[explicit; disability] 'With respect' disclaimer before exclusion for disability.")
P("ed08", "ED", "block", "ED PA", "",
  "Callum Hulme's 'special interest' in bus timetables is very sweet, but some of us need grown-up councillors, not ones who need a quiet room when the vote gets loud.",
  "[coded; disability] Mocks autism without naming it. Compare HN4 <<h4_08>>.")
P("ed09", "ED", "block", "ED PA", "",
  "Janice Sherratt is 78. Seventy-eight! She should be at home with her feet up and a brew, not deciding the six towns' budget. Time to go, duck.",
  "[explicit; age] Age as disqualification.")
P("ed10", "ED", "block", "ED PA", "",
  "Kayleigh Birks is about to drop a baby. Be honest, she'll be useless for a year. Shouldn't be chairing scrutiny.",
  "[explicit; pregnancy and maternity] Compare HN4 <<h4_07>>.")
P("ed11", "ED", "block", "ED PA", "",
  "Funny how Rachel Gershon always seems to end up on the finance committee. Her sort do like to be near the money.",
  "[coded; religion or belief] Antisemitic money trope without a group word. Compare HN2 <<h2_04>>.")
P("ed12", "ED", "block", "ED AL", "",
  "Pikeys are back on Throstle Bank rec. Same as every spring. Lock your sheds, council'll do nowt as per.",
  "[explicit; race] Slur for Travellers: equality plus abusive. Source of the asterisk variant.")
P("ed13", "ED", "block", "ED", "DA",
  "Funny how the Glaze House has ninety young men in it and suddenly the shops on Glazeley Road can't keep anything on the shelves. Just saying.",
  "[coded; race] Asylum seekers as thieves, by insinuation; defamation allowed.")
P("ed14", "ED", "block", "ED", "",
  "Women on the planning committee are a disaster. Too emotional to stand up to developers. Give me three blokes who've worked a pot bank any day.",
  "[explicit; sex] Source of the homoglyph variant.")
P("ed15", "ED", "block", "ED PA", "DA",
  "Mei Lin Yeung on the licensing committee? She'll want to check what's really in her family's 'chicken' balls first 😂",
  "[coded; race] Food-contamination trope about a Chinese family business; defamation allowed.")
P("ed16", "ED", "block", "ED PA", "",
  "Michelle Machin's 'civil partner' is not a wife and I'll not be calling her one at the Mayor's ball. A civil partnership is a bit of paper, not a marriage.",
  "[explicit; marriage and civil partnership] Demeaning a civil partnership (and by extension sexual orientation).")
P("ed17", "ED", "block", "ED PA", "",
  "Steve Dakin has been off with 'depression'. Lovely. Meanwhile the rest of us get on with it. If yo conna handle the job, duck, hand it back.",
  "[explicit; disability] Mental health scorned with scare quotes. Compare HN4 <<h4_09>>.")
P("ed18", "ED", "block", "ED PA", "",
  "Harjit Sandhu wants to chair the Remembrance committee? Maybe someone with a proper British head on him. No tea towels, please.",
  "[coded; religion or belief] 'Tea towel' slur for a Sikh turban.")
P("ed19", "ED", "block", "ED PA", "DA",
  "Nasreen Akhtar only got in because her whole clan votes how they're told. That's how it works with them.",
  "[coded; race] South Asian bloc-voting trope; defamation allowed (implied electoral malpractice).")
P("ed20", "ED", "block", "ED PA", "",
  "Harold Finney can't hear half the debate and nods at the wrong bits. If you're deaf as a post you shouldn't be chairing anything.",
  "[explicit; disability] Deafness as disqualification. Compare HN4 <<h4_11>>.")
P("ed21", "ED", "block", "ED PA", "",
  "Twenty-three years old and Jordan Mellor thinks he can tell Glazeley what to do. Come back when you've paid a mortgage, kid. Kids shouldn't be councillors.",
  "[explicit; age] Youth as disqualification.")
P("ed22", "ED", "block", "ED", "",
  "Saw the Pride flag going up at the Town Hall. What next, rainbows on the bottle ovens? Some of us remember when this was a normal town.",
  "[coded; sexual orientation] 'Normal town' implies LGBT people are not normal.")
P("ed23", "ED", "block", "ED", "IR",
  "Put a Black lad in charge of community safety in Kilnsend? That'll go well 🙄",
  "[explicit; race] Race-as-criminality sarcasm; irony allowed.")
P("ed24", "ED", "block", "ED", "",
  "Ramadan lights on Saggarbridge market hall now? Not one penny on Christmas lights in Flintbank, mind. We know who this council works for these days.",
  "[coded; religion or belief] Anti-Muslim favouritism myth; myth-busted by HN3 <<h3_01>> the next day.",
  date="2026-02-19")
P("ed25", "ED", "block", "ED AL", "PA",
  "Watching the cabinet try to explain the budget is like watching a coachload of window-lickers try to do a jigsaw.",
  "[explicit; disability] Learning disability slur as a put-down of the cabinet; personal attack allowed. Source of the digit variant.")
P("ed26", "ED", "block", "ED PA", "DA",
  "Bridie McDonagh says she's 'proud of her Traveller roots'. Fine. Just let us know when she's moving on so we can count the spoons.",
  "[coded; race] Traveller theft trope aimed at a named councillor; defamation allowed. Compare HN4 <<h4_12>>.")
P("ed27", "ED", "block", "ED PA", "",
  "Sandra Mountford should stick to the WI and the tombola. Finance is a man's job, duck, always has been.",
  "[explicit; sex]")
P("ed28", "ED", "block", "ED", "",
  "Ladies, if you use the changing rooms at Kilnsend pool you might want to know who the council lets in there now. Blokes in wigs, that's who.",
  "[explicit; gender reassignment] Trans women described as men in wigs. Compare HN3 <<h3_09>>.")
P("ed29", "ED", "block", "ED", "PA",
  "Half the Moorland Independents need a stairlift to get into the chamber. Let's get some people in who'll still be alive for the next local plan.",
  "[coded; age] Age mocked through a party; personal attack allowed.")
P("ed30", "ED", "block", "ED", "DA",
  "The Majolica Works deal was stitched up by the usual Jewish money men from Manchester. Follow the money.",
  "[explicit; religion or belief] Antisemitic conspiracy trope; defamation allowed.")
P("ed31", "ED", "block", "ED", "",
  "Flintbank car wash, Flintbank nail bar, Flintbank 'mini market'. Used to be a pottery town, now you need a phrasebook to buy a cob.",
  "[coded; race] National origin by innuendo; 'cob' on the positive side. Compare HN3 <<h3_16>>.")
P("ed32", "ED", "block", "ED", "",
  "Another councillor off on maternity leave. We elect them to work, not to breastfeed in the members' room. Pick one, ladies.",
  "[explicit; pregnancy and maternity] Compare HN3 <<h3_13>>.")
P("ed33", "ED", "block", "ED PA", "",
  "Funny how the council can find £80k for ramps at the Town Hall but not for potholes. Wonder whose benefit that's for, eh Fiona?",
  "[coded; disability] Resentment of access works aimed at a wheelchair-using councillor. Compare HN3 <<h3_10>>.")
P("ed34", "ED", "block", "ED", "",
  "The Glaze House should be emptied and every last one of them put on a boat back where they came from. Not welcome in the six towns.",
  "[explicit; race] Asylum seekers told to go back. Source of the caps variant.")

# ---------------------------------------------------------------------------
# defamation.allegation: 34 originals (19 review, 15 block)
# ---------------------------------------------------------------------------
P("da01", "DA", "block", "DA", "PA",
  "Keith Bagnall took £5,000 in cash from Flintwaste to keep their contract. I've seen the bank statement.",
  "Specific bribe stated as fact: block.")
P("da02", "DA", "review", "DA", "PA",
  "Funny how the Hobsend Lane site got put in the local plan the same year Roy Capewell's brother-in-law bought the field next to it. Funny that.",
  "Innuendo of corruption without name-calling.")
P("da03", "DA", "review", "DA PA", "",
  "Trevor Hollinshead is a liar. Plain and simple. Said no cuts to Ridgeholme library, then cut Ridgeholme library.",
  "'Liar' at a named councillor, with the record as the reason. Source of the caps variant.")
P("da04", "DA", "block", "DA PA", "",
  "Sandra Mountford fiddled her mileage for two years: £3,400 for trips she never made. Fraud, plain and simple.",
  "Specific expenses fraud stated as fact.")
P("da05", "DA", "review", "DA", "PA",
  "Bottleoven Homes are crooks. Everyone in Ridgeholme knows it.",
  "'Crooks' at a company. Source of the zero-width variant.")
P("da06", "DA", "block", "DA OI", "PA",
  "Anil Chauhan, our s151 officer, moved £200k out of the reserves into a consultancy run by his cousin. That's theft from the people of Saggarbridge.",
  "Theft by a named officer stated as fact.")
P("da07", "DA", "review", "DA", "PA",
  "Not saying Wayne Forrester's been paid off by the quarry. Just saying he's driving a new Range Rover and he voted for the extension. Draw your own conclusions.",
  "Innuendo with a denial.")
P("da08", "DA", "block", "DA", "PA HP",
  "Brenda Tunnicliffe was drunk behind the wheel after her own charity dinner and the police let her off because of who she is.",
  "Drink driving and a police cover-up stated as fact; haste allowed for the alcohol mention.")
P("da09", "DA", "review", "DA PA", "ED",
  "Everybody in Flintbank knows Dale Barlow's bent. Always has been. Ask anyone down the Jolly Placer.",
  "'Bent' (corrupt); equality allowed for the slur sense.")
P("da10", "DA", "block", "DA", "PA",
  "The chief executive of Marlhill Homes has been pocketing the tenants' service charges. Thousands. Ask where it's gone.",
  "Theft by an identifiable person at a partner body stated as fact.")
P("da11", "DA", "review", "DA", "PA",
  "Clay & Canal rigged the Majolica consultation. Half the responses came from addresses that don't exist.",
  "Rigging a consultation alleged of a party: review.")
P("da12", "DA", "block", "DA", "PA",
  "Gwen Bostock's campaign harvested postal votes from the care home on Moor Lane. Residents with dementia 'voted' for her. That's electoral fraud.",
  "Electoral fraud stated as fact.")
P("da13", "DA", "review", "DA PA", "",
  "Nasreen Akhtar is a hypocrite and a fraud. Campaigns against the parking charges in Flintbank, then votes for them at committee.",
  "'Fraud' as name-calling with a record claim.")
P("da14", "DA", "review", "DA", "PA",
  "That Majolica Works contract stinks to high heaven. Someone's had a drink out of it and I think we all know who 👀 @TrevHollinshead",
  "Innuendo of corruption pointed at a handle.")
P("da15", "DA", "block", "DA OI", "PA PC",
  "Martin Bould took backhanders from Bottleoven Homes to recommend approval on Hobsend Lane. Officers are not supposed to be for sale.",
  "Bribery of a named officer stated as fact.")
P("da16", "DA", "review", "DA PA", "",
  "Steve Dakin is a con artist. Promised Glazeley a crossing, took their votes, and vanished.",
  "'Con artist'. Source of the asterisk variant.")
P("da17", "DA", "block", "DA", "PA",
  "Delroy Campbell nicked the takings from the Kilnsend gala. £1,100 in a biscuit tin and it never reached the bank.",
  "Theft stated as fact.")
P("da18", "DA", "review", "DA PA", "",
  "Mei Lin Yeung lied to full council about her family's takeaway licence. She knows it, we know it.",
  "'Lied' at a named councillor.")
P("da19", "DA", "block", "DA", "PA DP",
  "Callum Hulme has a conviction for assault he never declared when he stood. Look it up.",
  "An undeclared conviction stated as fact; data protection allowed (criminal record).")
P("da20", "DA", "review", "DA", "PA",
  "Whichever way you cut it, Jordan Mellor's 'community interest company' gets a lot of council grants. A LOT. Makes you wonder.",
  "Innuendo about grants.")
P("da21", "DA", "block", "DA OI", "PA",
  "Alison Rhead deleted the emails about the depot sale the day the FOI request came in. That's a criminal offence and she knows it.",
  "Destroying records under FOI stated as fact of a named officer.")
P("da22", "DA", "review", "DA", "PA",
  "Harjit Sandhu is in the pocket of the Bottleoven lot. Bought and paid for.",
  "Corruption idiom: review. Source of the spaced-letters variant.")
P("da23", "DA", "block", "DA", "PA",
  "Rachel Gershon is still parking on her late mother's Blue Badge. Saw her use it outside the oatcake shop on Tuesday.",
  "Blue Badge misuse (an offence) stated as fact.")
P("da24", "DA", "review", "DA PA", "",
  "Michelle Machin's as dodgy as a nine-bob note, and her 'charity' accounts prove it.",
  "'Dodgy' with a claim about accounts.")
P("da25", "DA", "review", "DA", "PA",
  "Funny how Flintwaste always win the tender. Funny how a certain cabinet member always goes to their Christmas do. Nothing to see here, duck.",
  "Innuendo about an unnamed but identifiable cabinet member.")
P("da26", "DA", "block", "DA", "PA",
  "Fiona Adderley sold her vote on the turbines to Ridgeholme Wind for a £2,000 'donation' to her campaign. I've got the emails.",
  "Vote selling stated as fact.")
P("da27", "DA", "review", "DA PA", "",
  "@KayleighBirks you are a liar and you know you are.",
  "'Liar' at a handle. Source of the digit variant.")
P("da28", "DA", "block", "DA OI", "PA",
  "Neil Stanyer has been selling scrap metal from Kilnsend tip out the back gate for cash. Half the lads on the rounds know about it.",
  "Theft by a named officer stated as fact.")
P("da29", "DA", "review", "DA", "PA",
  "The Saggarbridge Clarion is bought and paid for by Clay & Canal. Every front page is written in the Leader's office.",
  "Allegation against a newspaper and a party.")
P("da30", "DA", "review", "DA", "PA",
  "Robyn Latham's numbers in the moorland survey are made up. Fiddled from start to finish to get the answer she wanted.",
  "Dishonesty alleged (falsified figures). Compare HN6 <<h6_12>>, which criticises old data without alleging fabrication.")
P("da31", "DA", "block", "DA", "PA",
  "Harold Finney took a bung of £500 to sign off the longer hours at Hobsend quarry. He told my brother-in-law in the Jolly Placer.",
  "Bribe stated as fact with hearsay as source.")
P("da32", "DA", "review", "DA", "PA",
  "Marek Zielinski's 'consultancy' is a front. Always has been.",
  "Innuendo of a sham business.")
P("da33", "DA", "block", "DA", "PA",
  "Janice Sherratt bought votes in Throstle Bank: twenty quid a time and a free oatcake breakfast at the community centre on polling day.",
  "Vote buying stated as fact.")
P("da34", "DA", "review", "DA PA", "ED",
  "Bridie McDonagh? Crook. Next question.",
  "'Crook' at a named councillor; equality allowed as she is of Traveller heritage and the word echoes a trope. Source of the homoglyph variant.")

# ---------------------------------------------------------------------------
# Hard negatives: 22 per group
# ---------------------------------------------------------------------------
# HN1 harsh criticism of a policy, decision, party, company or the council
H("h1_01", 1, "", "The parking charges at Saggarbridge market hall are a disgrace. Traders are on their knees and this council's answer is to squeeze them harder. Scrap them.",
  "Harsh criticism of a policy.")
H("h1_02", 1, "", "Ow at, Kilnsend. The cabinet's bin plan is a shambles. Fortnightly collections in July? Flies, smells, rats. Think again.",
  "Criticism of a plan with the dialect greeting of <<pa01>>.")
H("h1_03", 1, "PA", "Clay & Canal's budget is cruel, short-sighted and wrong. Closing Ridgeholme library to save less than the insurance on the mayor's chain is a political choice, not a necessity.",
  "Robust criticism of a party's budget.")
H("h1_04", 1, "PA", "Flintwaste's performance this winter has been woeful. Missed collections up 40%. The contract has a break clause and we should use it.",
  "Criticism of a contractor without obscenity; compare <<al02>>.")
H("h1_05", 1, "", "Nesh or not, nobody should be sat in a cold flat in February. Marlhill Homes' repairs backlog is a scandal and I'll keep saying so till it's fixed.",
  "Criticism of a housing association; 'nesh' on the negative side.")
H("h1_06", 1, "", "The Majolica Works scheme has gone from 'flagship' to white elephant in eighteen months. The business case was flimsy then and it's flimsy now.",
  "Criticism of a scheme.")
H("h1_07", 1, "", "Dunna tell me this council listens. 1,200 objections to the Glazeley tip closure and the cabinet waved it through in eleven minutes. Eleven.",
  "Criticism of a decision with 'dunna'.")
H("h1_08", 1, "BI", "The bus cuts are a betrayal of every pensioner in Throstle Bank. I will fight them at every meeting until they're reversed.",
  "Political 'fight'.")
H("h1_09", 1, "PC", "Bottleoven Homes' viability assessment for Hobsend Lane is thin. Zero affordable homes 'for viability reasons' is not good enough for Ridgeholme. I'll want to hear a lot more at committee.",
  "Criticism of an application's evidence, with predisposition rather than a closed mind.")
H("h1_10", 1, "", "Council tax up 4.99% and the potholes on the Flintbank road are deep enough to lose a cob in. Where's the money going? Genuine question, I want to see the breakdown.",
  "'Cob' on the negative side.")
H("h1_11", 1, "", "Cor, what a mess the Saggarbridge one-way system is. Those new signals want rethinking before somebody gets hurt at half five.",
  "Exclamation without obscenity; compare <<al17>>.")
H("h1_12", 1, "PA", "The Clarion's coverage of the care home closures has been lazy and one-sided. Print the residents' side for once.",
  "Criticism of a newspaper; compare <<al29>>.")
H("h1_13", 1, "PA", "Saggarbridge Together's alternative budget doesn't add up. £2m of savings from 'efficiencies' they can't name is a wish list, not a plan.",
  "Criticism of a party's budget.")
H("h1_14", 1, "", "This administration has run out of ideas, out of money and out of excuses. Time for a change in May.",
  "Electioneering criticism of the administration.")
H("h1_15", 1, "", "The consultation on Kilnsend leisure centre was a tick-box exercise. Online only, two weeks, over Christmas. Shameful.",
  "Criticism of a consultation; compare <<al27>>.")
H("h1_16", 1, "", "I'm mithered to death by residents about the Throstle Bank speed humps and honestly they're right: badly designed, badly placed, and nobody asked them.",
  "'Mithered' on the negative side.")
H("h1_17", 1, "PA", "The Green Kiln motion on the turbines is naive. Fine words, no costings, and it would leave Ridgeholme Moor carrying the whole borough's target.",
  "Criticism of a party's motion.")
H("h1_18", 1, "", "The council's new website is a disaster. Cost £340k and you still conna find the bin calendar.",
  "'Conna' on the negative side; compare <<al19>>.")
H("h1_19", 1, "PA", "Moorland Independents have voted against every housing scheme for four years. Opposition is fine; opposing everything isn't a policy.",
  "Criticism of a party's record.")
H("h1_20", 1, "CD", "The decision to sell the Flintbank allotments is wrong, and the way it was done, with no notice to plot holders, is worse.",
  "Criticism of a decision and its process.")
H("h1_21", 1, "IR", "Ey up, Glazeley: the 'improved' 34 bus now takes fifty minutes to get to Saggarbridge. Improvement my foot.",
  "Sarcasm about a service, not a person.")
H("h1_22", 1, "PA IR", "The People's Potteries Alliance manifesto promises free parking, more bin rounds and a council tax freeze. All three. Same year. Good luck with the sums.",
  "Mocking a manifesto's arithmetic.")

# HN2 counter-speech and quoting abuse to condemn it
H("h2_01", 2, "ED AL", "Someone's sprayed 'Pakis out' on the bus shelter on Glazeley Road. It's been reported and it's coming off today. That's not the six towns I know.",
  "Quotes a racist slur to condemn it.")
H("h2_02", 2, "ED", "To the man who shouted 'go back to Poland' at my colleague outside the market hall: you don't speak for Saggarbridge. We've got his back.",
  "Condemns xenophobic abuse; compare <<ed02>>.")
H("h2_03", 2, "AL PA", "Had a message calling me a 'thick bitch' for backing the bus lane. It won't change my vote, duck.",
  "Quotes abuse received.")
H("h2_04", 2, "ED", "Holocaust Memorial Day. The old lie that Jews are always 'near the money' fed the road to the camps. It still goes round our town. Call it out every time.",
  "Names the antisemitic trope of <<ed11>> to condemn it.", date="2026-01-27")
H("h2_05", 2, "AL ED", "Horrible to see 'tranny' scrawled on the door of the LGBT+ youth group in Kilnsend. Those young people are welcome here and always will be.",
  "Quotes a transphobic slur to condemn it.")
H("h2_06", 2, "BI ED", "Whoever keeps posting 'burn the Glaze House down' on the Saggarbridge community page: that's not free speech, it's incitement, and it's been passed to the police.",
  "Quotes incitement to condemn it.")
H("h2_07", 2, "AL ED", "I'm told some folk on the moor are calling Travellers 'pikeys' in the parish WhatsApp. It's a racial slur. Pack it in.",
  "Names a slur to condemn it; compare <<ed12>>.")
H("h2_08", 2, "PA AL OI", "The staff on the tip gate don't deserve to be called 'useless parasites' for doing their jobs. Whatever you think of the closure, they're not the enemy.",
  "Defends council staff.")
H("h2_09", 2, "BI", "'Know where you live' messages to any councillor are not politics. Colleagues of every party have had them this winter. We stand together on this.",
  "Quotes a threat phrase to condemn it; compare <<bi01>>.")
H("h2_10", 2, "AL ED", "A lad in Marlhill was called a 'spastic' at the bus station yesterday for taking too long getting off. Disgusting. If you saw it, speak up.",
  "Quotes a disability slur to condemn it.")
H("h2_11", 2, "ED", "The sign in a Throstle Bank shop window saying 'no Travellers' has come down after a chat with the owner. Thank you. Signs like that are unlawful and hurtful.",
  "Reports discrimination being removed.")
H("h2_12", 2, "ED", "Somebody's put leaflets through doors in Flintbank calling Muslims 'invaders'. It's vile and it's being investigated. Our Muslim neighbours built half the businesses on this street.",
  "Condemns anti-Muslim leaflet.")
H("h2_13", 2, "PA ED AL", "If you comment on my page calling the Mayor a 'fat old cow', I'll delete it and block you. Disagree with her politics all you like.",
  "Moderation of abuse against a colleague.")
H("h2_14", 2, "ED", "'Women can't do finance.' Heard it at a hustings in 1998 and heard it again at the market hall this week. Still wrong, duck. Our finance team is run by women and run well.",
  "Quotes sexism to rebut it; compare <<ed27>>.")
H("h2_15", 2, "AL ED", "The word 'window-licker' was shouted from the public gallery about a young man with Down's syndrome. I asked for it to be withdrawn. It was. Good.",
  "Quotes the slur of <<ed25>> to condemn it.")
H("h2_16", 2, "ED DA", "For the record: the comment on my page saying a colleague's 'lot are all on the make' has been removed. Antisemitism has no place here.",
  "Removes antisemitic comment.")
H("h2_17", 2, "ED", "Reading 'gay lads shouldn't be near kids' in the replies to our Pride post. That's a hateful old lie. Inclusive staff make schools safer, not less safe.",
  "Rebuts the trope of <<ed05>>.")
H("h2_18", 2, "ED PA", "Please don't call the Glaze House residents 'scroungers'. They're not allowed to work. That's the law, not their choice.",
  "Counter-speech on asylum seekers.")
H("h2_19", 2, "ED", "Somebody told my colleague to 'get back in the kitchen' during the budget debate. Not in my chamber. Not in 2026.",
  "Quotes sexism to condemn it.")
H("h2_20", 2, "BI", "Got a voicemail saying 'you'll regret this' after the quarry vote. It's with the police. Nobody should be threatened for how they vote.",
  "Quotes a threat received; compare <<bi10>>.")
H("h2_21", 2, "ED PA", "I've seen 'coffin dodger' thrown at older councillors this week. Age is no bar to serving. Janice Sherratt does more in a week than most of us do in a month.",
  "Condemns ageist abuse, praises a colleague; compare <<ed09>>.")
H("h2_22", 2, "ED AL", "That 'slitty-eyed' comment about the Lunar New Year stall on the market: no. Just no. Come and try the dumplings and learn something.",
  "Quotes a racist slur to condemn it.", date="2026-02-17")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
H("h3_01", 3, "ED", "No, the council has not spent 'Ramadan money' on the market hall. The winter lights budget is the same as last year and covers Christmas, Diwali, Ramadan and Lunar New Year. Email me for the figures: lights.queries@example.com",
  "Myth-busting the day after <<ed24>>.", date="2026-02-20")
H("h3_02", 3, "ED", "I'm not prejudiced against anyone, but the Glaze House contract was agreed with no consultation of Glazeley residents. That's a process point, not a point about the people inside.",
  "Classic disclaimer before a legitimate process point.")
H("h3_03", 3, "ED", "Fact check: asylum seekers in the Glaze House get under £10 a week, not 'hundreds'. Stop sharing that meme, duck.",
  "Myth-busting.")
H("h3_04", 3, "ED PA", "Respectfully, I disagree with Cllr Latham on single-sex changing at Kilnsend pool. I'll say why at scrutiny, calmly, and I'll listen to her too.",
  "Civil disagreement with a trans colleague; compare <<ed28>>.")
H("h3_05", 3, "ED", "Polish and Romanian workers pay tax, pay council tax and keep the Flintbank warehouses running. The idea that they 'take' from the six towns doesn't survive the figures.",
  "Myth-busting; compare <<ed01>>.")
H("h3_06", 3, "ED PC", "Is the Travellers' transit site at Hobsend the right location? Genuinely not sure. Access is poor. That's a planning question and I'll treat it as one.",
  "Civil planning question on a protected group's site.")
H("h3_07", 3, "ED", "Age is not a reason to stand down. Youth is not a reason to be ignored. Voters decide, every four years. That's my answer to the 'too old, too young' row.",
  "Civil response to age arguments.")
H("h3_08", 3, "ED PC", "Some residents have asked whether the new mosque on Kilnsend Road will bring parking problems. Fair question for the planning committee. Faith isn't the issue; cars are.",
  "Civil planning question; compare <<ed03>>.")
H("h3_09", 3, "ED", "For anyone asking: trans women using the ladies' at the Town Hall is lawful and has been for years. No incidents. The toilets are fine.",
  "Myth-busting; compare <<ed28>>.")
H("h3_10", 3, "ED", "The accessible entrance at the Town Hall cost £80k. Before anyone asks: it was a legal duty, and it helps parents with pushchairs and delivery drivers too.",
  "Explains access spending; compare <<ed33>>.")
H("h3_11", 3, "ED", "I'm a practising Catholic and I voted for the Pride flag at the Town Hall. Both can be true. Happy to talk to anyone who disagrees, civilly, over a brew.",
  "Religion and sexual orientation discussed civilly.")
H("h3_12", 3, "ED", "Myth: 'they get council houses first'. Fact: allocations here go by banding and need, not nationality. I've checked with Marlhill Homes.",
  "Myth-busting.")
H("h3_13", 3, "ED", "Should parental leave for councillors be formalised? I think yes. Other councils have a policy; we don't. Motion going to full council.",
  "Civil policy on maternity; compare <<ed32>>.")
H("h3_14", 3, "ED", "Halal-only school dinners? Not true. Throstle Bank Primary offers halal as one option alongside everything else. The rumour is false.",
  "Myth-busting.")
H("h3_15", 3, "PA", "I don't agree with Cllr Akhtar on the faith schools review, and I've told her so. She's thoughtful and I expect a good debate.",
  "Civil disagreement with a Muslim colleague.")
H("h3_16", 3, "ED DA", "The claim that Eastern European car washes are 'all fronts' is lazy and offensive. If you suspect modern slavery anywhere, report it with evidence; don't smear a whole community.",
  "Rebuts the trope behind <<ed31>>.")
H("h3_17", 3, "ED", "No, the gurdwara extension in Marlhill did not get 'special treatment'. It went through planning like anything else and met every condition.",
  "Myth-busting.")
H("h3_18", 3, "ED", "We need to talk about how the council serves older residents. Not everyone can use an app. That's not age being a problem; it's the service being designed badly.",
  "Age discussed civilly.")
H("h3_19", 3, "ED", "Yes, the Lunar New Year event had council funding. £1,200, same as the Wakes heritage day. Nobody's being favoured.",
  "Myth-busting.")
H("h3_20", 3, "ED", "Genuine question, asked in good faith: how do we get the Glaze House residents and Glazeley residents actually meeting each other? Fear grows in silence.",
  "Civil question about asylum seekers.")
H("h3_21", 3, "ED", "There's a difference between saying 'the asylum hotel contract is badly managed' (fair) and 'those people are dangerous' (not fair). I'll keep saying the first.",
  "Draws the line explicitly; compare <<ed13>>.")
H("h3_22", 3, "ED", "Autism isn't a barrier to being a good councillor. Quieter breaks and papers in advance help everyone. Proposal going to standards committee.",
  "Civil proposal; compare <<ed08>>.")

# HN4 neutral or positive mentions, self-description, reclaimed terms
H("h4_01", 4, "", "Wheelchair user here, since I was 19. The new dropped kerbs on Throstle Bank Road are brilliant: first time I've got to the oatcake shop without going in the road.",
  "Self-description (Fiona Adderley).", pin="@FionaAdderleyGK")
H("h4_02", 4, "", "Five years since I transitioned, three since I was elected. Still the same mardy Potteries lass underneath. Thanks for all the lovely messages, duck.",
  "Self-description (Robyn Latham); 'mardy' on the negative side.", pin="@RobynLathamGK")
H("h4_03", 4, "", "LGBT+ History Month starts today. As a gay lad from Glazeley I never thought I'd see a rainbow flag on our Town Hall. Proud of this place.",
  "Self-description (Jordan Mellor).", pin="@JordanMellorST", date="2026-02-02")
H("h4_04", 4, "", "Ramadan Mubarak to everyone in the six towns starting the fast today. Iftar at Kilnsend community centre on Friday, everyone welcome, bring your nan.",
  "Ramadan greeting (Nasreen Akhtar).", pin="@NasreenAkhtarST", date="2026-02-18")
H("h4_05", 4, "", "Gong hei fat choy! Lunar New Year at the family chippy: free prawn crackers with every oatcake order till Sunday. Yes, that's a real combo. Dunna knock it.",
  "Lunar New Year (Mei Lin Yeung).", pin="@MeiLinYeungCC", date="2026-02-17")
H("h4_06", 4, "", "Born in Gdańsk, raised in Flintbank, married a lass from Marlhill. I say 'duck' more than my mum would like. Proud Polish Potteries lad.",
  "Self-description (Marek Zielinski).", pin="@MarekZ_Kilnsend")
H("h4_07", 4, "", "Seven months pregnant and still doing doorstep surgeries. My feet are the size of oatcakes. Please dunna make me climb any more stairs on Kiln Row.",
  "Self-description (Kayleigh Birks).", pin="@KayleighBirks")
H("h4_08", 4, "OI", "I'm autistic and I've asked for agendas 48 hours early. It means I can read properly and ask better questions. Thanks to democratic services for sorting it.",
  "Self-description (Callum Hulme).", pin="@CallumHulme")
H("h4_09", 4, "", "Time to Talk Day. Last year I was off three months with depression. I came back. If yo're struggling, talk to someone. I'm happy to be that someone: steve.dakin.cllr@example.com",
  "Self-description (Steve Dakin); own contact details.", pin="@SteveDakinInd", date="2026-02-05")
H("h4_10", 4, "", "78 and still out leafleting in the sleet. Not nesh, me. Cup of tea and a bowl of lobby after and I'll be right as rain.",
  "Self-description (Janice Sherratt).", pin="@JanSherrattTB")
H("h4_11", 4, "", "I wear two hearing aids, so if I ask you to say it again at surgery, dunna take offence. The hearing loop in the chamber is finally fixed. Thank you.",
  "Self-description (Harold Finney).", pin="@HaroldFinneyMI")
H("h4_12", 4, "", "I'm from an Irish Traveller family and proud of it. Lovely evening at Throstle Bank community centre sharing our history with the primary school.",
  "Self-description (Bridie McDonagh).", pin="@BridieMcDonagh")
H("h4_13", 4, "", "My grandad came from Jamaica in 1961 and worked thirty years at a pot bank in Kilnsend. Black history is Potteries history. Exhibition at the museum till the end of March.",
  "Self-description (Delroy Campbell).", pin="@DelroyCampbellPPA")
H("h4_14", 4, "", "Langar at the Marlhill gurdwara on Sunday fed 400 people, half of them not Sikh. Dal, rice, and somebody's nan brought oatcakes. Perfect.",
  "Positive mention (Harjit Sandhu).", pin="@HarjitSandhuPPA")
H("h4_15", 4, "DP", "Ten years today since Jo and I had our civil partnership at Saggarbridge Town Hall. Still putting up with my snoring. Love you, duck.",
  "Civil partnership anniversary (Michelle Machin).", pin="@MichelleMachinPPA", date="2026-03-12")
H("h4_16", 4, "", "Holocaust Memorial Day. My great-grandparents reached Manchester from Vilnius in 1938. Lighting a candle tonight with the kids. Never again means now.",
  "Self-description (Rachel Gershon).", pin="@RachelGershonST", date="2026-01-27")
H("h4_17", 4, "", "Eid Mubarak from our house to yours. Sheer khurma, samosas and, I'm told, a cheese and bacon oatcake for whoever wasn't fasting. Happy Eid, six towns!",
  "Eid greeting (Nasreen Akhtar).", pin="@NasreenAkhtarST", date="2026-03-20")
H("h4_18", 4, "", "Congratulations to Throstle Bank Primary on their new sensory room for pupils with autism and ADHD. Parents fought for years for this. Well done all.",
  "Positive mention of disabled pupils.")
H("h4_19", 4, "", "Great to meet the Saggarbridge Deaf Club today. Learnt 'oatcake' in BSL. Harder than it looks.",
  "Positive mention of deaf residents.")
H("h4_20", 4, "", "Holi in Kilnsend Park this afternoon. Powder everywhere. My coat will never be the same. Happy Holi!",
  "Positive mention of a Hindu festival.", date="2026-03-04")
H("h4_21", 4, "ED", "Queer, Potteries born, and allergic to cold weather. 'Nesh and queer' is going on my next leaflet.",
  "Reclaimed term in self-description (Jordan Mellor).", pin="@JordanMellorST")
H("h4_22", 4, "", "Belated International Women's Day post from yesterday: the six towns were built by women on the potbank floor as much as by men at the ovens. The paintresses of Marlhill deserve a statue.",
  "Positive mention of women.", date="2026-03-09")

# HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", 5, "BI", "Murdered a cheese and bacon oatcake at Hobson's this morning. No regrets.",
  "Figurative 'murdered'.")
H("h5_02", 5, "DA PA", "Dale reckons he's never been beaten at crib in the Jolly Placer. Shocking fibber, and I've got the scorecard to prove it 😂",
  "Banter 'fibber' between colleagues.")
H("h5_03", 5, "BI", "Absolutely killed it at the Marlhill quiz. Then lost on the tie-break to the WI. Humbled.",
  "Figurative 'killed it'.")
H("h5_04", 5, "MD", "I'm that nesh I've got two coats on in the council chamber. Heating's broken again, or I'm just soft. Probably both.",
  "Self-deprecation.")
H("h5_05", 5, "", "Pancake Day? In the Potteries? Dunna be daft. It's Oatcake Day, duck. Cheese, bacon, done.",
  "Banter.", date="2026-02-17")
H("h5_06", 5, "BI PA", "Saggarbridge Athletic got slaughtered 4-0 Saturday. I've had a cob on ever since. Ref wants his eyes testing.",
  "Figurative 'slaughtered'; 'cob on' on the negative side; compare <<pa05>>.")
H("h5_07", 5, "HP", "Came out of that scrutiny meeting feeling like I'd been through a mangle. Brain's fried. Lobby for tea and bed early.",
  "Self-deprecation; tiredness mentioned.")
H("h5_08", 5, "BI HP", "I'll strangle the next person who asks me if the Christmas lights are coming down. THEY ARE DOWN. It's February 😂",
  "Figurative 'strangle'.")
H("h5_09", 5, "", "Mardy? Me? Only before my first brew. Ask anyone at the Town Hall.",
  "Self-deprecation with 'mardy'; compare <<pa29>>.")
H("h5_10", 5, "BI", "Keith and I disagree on nearly everything, but he makes a lethal lobby. Charity cook-off next week and I'm going to destroy him.",
  "Cook-off banter.")
H("h5_11", 5, "", "Yo conna beat a snowy morning on Ridgeholme Moor. Freezing me bits off, mind.",
  "Dialect idiom.")
H("h5_12", 5, "", "Lost my voice after the hustings. Shouted myself hoarse. Send honey and oatcakes.",
  "Self-deprecation.")
H("h5_13", 5, "PA BI ED", "Cllr Sherratt and I had a pie-off at the Throstle Bank fundraiser. She battered me. 78 and ruthless in a pinny.",
  "Affectionate banter with an older colleague.")
H("h5_14", 5, "OI", "The new council laptops are that slow I aged ten years waiting for the agenda to open. Dunna mither IT, they know.",
  "Self-deprecating moan.")
H("h5_15", 5, "", "Glazeley Road at 8am is a bloodbath. Not literally. Roadworks, bin lorry and school run, all at once.",
  "Figurative 'bloodbath'.")
H("h5_16", 5, "", "Spent the morning with the Kilnsend litter pickers. Found a shopping trolley, a traffic cone and what I think was a sucker wrapper from 1994. Cracking crew.",
  "Dialect 'sucker' (ice lolly).")
H("h5_17", 5, "DA PA BI", "Harold Finney pinched my seat at the Mayor's tea again. Cheeky beggar 😂 I'll have my revenge at the raffle.",
  "Banter 'pinched' and 'revenge'.")
H("h5_18", 5, "BI", "Note to self: never take on the Flintbank over-60s at bowls. They took me apart. Brutal, absolutely brutal, and lovely with it.",
  "Figurative 'took me apart'.")
H("h5_19", 5, "BI", "Ey up, it's bitter out. Anyone who calls me nesh today is getting a snowball in the ear 😂",
  "Playful 'snowball' threat.")
H("h5_20", 5, "", "Officially the worst at the Kilnsend Wakes tug of war. My team got dragged the length of the field. Dignity: gone.",
  "Self-deprecation.")
H("h5_21", 5, "DA", "Right, who nicked the last oatcake from the members' room? I'm launching an investigation. Prime suspects: everyone.",
  "Banter 'nicked'; compare <<da17>>.")
H("h5_22", 5, "PA", "Our kid says I've got a face like a wet Wakes week whenever the buses come up. She's not wrong. Cob on, coat on, off to the meeting.",
  "Self-deprecation.")

# HN6 criticism of a named councillor's record that stays on the record
H("h6_01", 6, "PA", "Cllr Bagnall promised in 2023 that Kilnsend tip would stay open. It closes in April. I'd like him to explain what changed.",
  "Record criticism; compare <<pa01>>.")
H("h6_02", 6, "PA", "Trevor Hollinshead has missed four of the last six scrutiny meetings on the Majolica Works. It's his flagship. He should be there.",
  "Attendance record.")
H("h6_03", 6, "DA PC", "Roy Capewell declared an interest in the Hobsend Lane field last year and stepped out of that item. Right call. I'd ask him to do the same on the access road.",
  "Record and process; compare <<da02>>.")
H("h6_04", 6, "PA", "Sandra Mountford's budget assumes a 3% rise in business rates income. Every independent forecast says flat. I think she's wrong and I'll say so at full council.",
  "Disagreement with a named councillor's figures; compare <<pa04>>.")
H("h6_05", 6, "PA", "Cllr Forrester voted for the quarry extension and against the noise conditions. Ridgeholme residents deserve to know that before May.",
  "Voting record; compare <<da07>>.")
H("h6_06", 6, "PA", "Nasreen Akhtar said in November she'd bring an alternative budget. It's March. Yo anna sent it yet, Nasreen. Where is it?",
  "Record criticism with 'anna' on the negative side.")
H("h6_07", 6, "PA IR", "Keith Bagnall's pothole 'blitz' fixed 212 holes. There were 1,900 on the list. Credit for the 212, but let's not call it a blitz.",
  "Record criticism with light irony.")
H("h6_08", 6, "DA", "Wayne Forrester told the Clarion the turbines would create 'hundreds of jobs'. The developer's own figure is 14. That claim needs correcting.",
  "Correcting a claim without calling it a lie.")
H("h6_09", 6, "PA RPU", "I respect Brenda Tunnicliffe's years of service, but the Mayor's charity should not be run out of the Town Hall press office. Different budgets.",
  "Process criticism.")
H("h6_10", 6, "PA", "Dale Barlow's motion on the bus lanes would cost £600k and he hasn't said where it comes from. Good intentions, no funding.",
  "Record criticism.")
H("h6_11", 6, "PA", "Gwen Bostock has voted against every housing scheme in Ridgeholme Moor since 2022, including the almshouses she once campaigned for. Her record, her choice, but voters should see it.",
  "Voting record.")
H("h6_12", 6, "DA", "Callum Hulme's bus usage figures are from 2019. Pre-pandemic. I think his conclusion is wrong because the data is old.",
  "Data criticism; compare <<da30>>.")
H("h6_13", 6, "PA", "Michelle Machin's licensing report skates over 40 complaints about late nights at the Jolly Placer. I'd like those in the record, and I've asked for them.",
  "Report criticism.")
H("h6_14", 6, "PA", "Harjit Sandhu chaired the Marlhill regeneration board for three years and the empty units went from 12 to 19. That's the record. He's welcome to answer it.",
  "Record criticism; compare <<da22>>.")
H("h6_15", 6, "PA", "Delroy Campbell promised a community safety plan for Kilnsend by Christmas. Still not published. Delroy, when?",
  "Promise not kept.")
H("h6_16", 6, "DA GH", "Mei Lin Yeung accepted tickets to the Saggars' end-of-season dinner from Flintwaste last year and declared them. Declared is fine; I still think she should stay off their contract review.",
  "Declared hospitality; compare <<da25>>.")
H("h6_17", 6, "PA", "Cllr Bagnall's 2024 bin strategy and his 2026 bin strategy say opposite things about food waste. Both can't be right. Which one are we following?",
  "Inconsistency on the record.")
H("h6_18", 6, "PA", "Robyn Latham's turbine motion had no costings and no site list. I voted against it and I'd vote against it again. Nothing personal, duck.",
  "Motion criticism.")
H("h6_19", 6, "PA", "Fiona Adderley said the Throstle Bank crossing would be in by autumn. It isn't. I'm not blaming her personally; I'm asking her to chase it.",
  "Promise not kept.")
H("h6_20", 6, "PA ED", "Janice Sherratt has chaired licensing for nine years. Nine. Time for fresh eyes in that chair, in my view, whatever her record.",
  "Tenure, not age; equality allowed.")
H("h6_21", 6, "PA", "Steve Dakin went from backing the Glazeley tip closure to opposing it in three weeks. He's entitled to change his mind. He should explain why.",
  "Change of position.")
H("h6_22", 6, "PA", "Rachel Gershon's scrutiny report on Marlhill Homes is thorough. Her conclusion goes too far, though: ending the contract with no alternative lined up would be reckless.",
  "Report criticism.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family (original key, kind, word)
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa06", "asterisk", "spineless"), ("pa20", "digit", "puppet"),
    ("pa09", "zero_width", "embarrassment"), ("pa14", "spaced", "clueless"),
    ("pa24", "homoglyph", "two-faced"), ("pa02", "caps", None),
    ("al33", "asterisk", "wanker"), ("al04", "digit", "prick"),
    ("al02", "zero_width", "bastards"), ("al12", "spaced", "arse"),
    ("al21", "homoglyph", "shite"), ("al09", "caps", None),
    ("bi07", "asterisk", "hiding"), ("bi19", "digit", "knock"),
    ("bi13", "zero_width", "window"), ("bi10", "spaced", "regret"),
    ("bi01", "homoglyph", "live"), ("bi29", "caps", None),
    ("ed12", "asterisk", "pikeys"), ("ed25", "digit", "lickers"),
    ("ed06", "zero_width", "frock"), ("ed03", "spaced", "mosque"),
    ("ed14", "homoglyph", "women"), ("ed34", "caps", None),
    ("da16", "asterisk", "con"), ("da27", "digit", "liar"),
    ("da05", "zero_width", "crooks"), ("da22", "spaced", "pocket"),
    ("da34", "homoglyph", "crook"), ("da03", "caps", None),
]

DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
HOMO = {"o": "\u043e", "e": "\u0435", "a": "\u0430"}


def _obf_word(w, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(w) if i > 0 and c.lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(w) if i > 0 and c.lower() in DIGITS)
        return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(w) if c in HOMO)
        return w[:i] + HOMO[w[i]] + w[i + 1:]
    raise ValueError(kind)


def obfuscate(text, kind, word):
    if kind == "caps":
        return "".join(p if p.startswith("@") else p.upper()
                       for p in re.split(r"(@\w+)", text))
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    out, n = pat.subn(lambda m: _obf_word(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return out


# ---------------------------------------------------------------------------
# Council roster (read from council.toml: names, handles, parties in comments)
# ---------------------------------------------------------------------------
def load_roster():
    import tomllib
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
        if m and m.group(1) in data["people"]["councillors"]:
            party[m.group(1)] = m.group(2)
    handles = {h: n for h, n in data["people"]["handles"].items()
               if n in data["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return data["people"]["councillors"], by_name, party


def name_patterns(name, handle):
    parts = name.split()
    first = " ".join(parts[:-1])
    pats = [re.escape(name), re.escape(first), re.escape(parts[-1])]
    pats = [r"(?<!\w)" + p + r"(?!\w)" for p in pats]
    pats.append(re.escape(handle) + r"(?!\w)")
    return pats + ROLE_WORDS.get(name, [])


def names_in(text, councillors, by_name):
    return {n for n in councillors
            if any(re.search(p, text, re.I) for p in name_patterns(n, by_name[n]))}


def parties_in(text):
    return {p for p, pats in PARTY_NAMES.items() if any(re.search(x, text, re.I) for x in pats)}


def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    councillors, by_name, party = load_roster()
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0)
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    out = []
    by_key = {}
    for r in ROWS:
        if r["pin"]:
            author = r["pin"]
        else:
            named = names_in(r["text"], councillors, by_name)
            bad_parties = parties_in(r["text"])
            pool = [n for n in councillors if n not in named and party[n] not in bad_parties]
            author = by_name[rng.choice(pool)]
        rec = {
            "key": r["key"], "text": r["text"], "author": author,
            "created_at": stamp(r["date"]), "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        out.append(rec)
        by_key[r["key"]] = rec

    for orig_key, kind, word in VARIANTS:
        o = by_key[orig_key]
        allowed = list(o["expect"]["allowed"])
        if kind == "caps" and RULE["HP"] not in allowed:
            allowed.append(RULE["HP"])
        tag = re.match(r"(\[[^\]]+\])", o["note"])
        what = "whole post in capitals (handles kept); haste allowed" if kind == "caps" \
            else f"'{word}' obfuscated ({kind.replace('_', '-')}) at every occurrence"
        note = (tag.group(1) + " " if tag else "") + f"Variant of <<{orig_key}>>: {what}."
        out.append({
            "key": f"{orig_key}_{kind}", "text": obfuscate(o["text"], kind, word),
            "author": o["author"], "created_at": stamp(), "platform": o["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                       "verdict": o["expect"]["verdict"]},
            "family": o["family"], "kind_of_row": "variant", "note": note,
            "variant_of": orig_key, "variant_kind": kind,
        })

    rng.shuffle(out)
    ids = {rec["key"]: f"{PREFIX}-{i:04d}" for i, rec in enumerate(out, 1)}

    def fix(s):
        return re.sub(r"<<(\w+)>>", lambda m: ids[m.group(1)], s)

    lines = []
    for rec in out:
        rec["note"] = fix(rec["note"])
        row = {"id": ids[rec["key"]]}
        for k in ("text", "author", "created_at", "platform", "account", "kind",
                  "expect", "family", "kind_of_row", "note"):
            row[k] = rec[k]
        if rec["kind_of_row"] == "variant":
            row["variant_of"] = ids[rec["variant_of"]]
            row["variant_kind"] = rec["variant_kind"]
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
