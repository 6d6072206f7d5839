#!/usr/bin/env python3
"""Build blind set b155 (abuse families) for Wyvernhill and Teme District Council.

Every text below was written by hand for this set. The script only picks authors,
platforms and timestamps with a fixed seed, makes the obfuscated variants, shuffles,
gives ids B155-0001.. and writes posts.jsonl next to this file. Standard library only.
Running it twice gives the same file byte for byte. `python3 build.py --map` also
prints row key -> id.
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B155"
SEED = 155_4122

# rule ids
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
HA = "haste.pause-before-posting"
GI = "gifts.hospitality"
ME = "meetings.during-meeting"
IN = "interests.declared-interest"

FAMILY = {"PA": PA, "AB": AB, "BU": BU, "EQ": EQ, "DF": DF}

ROWS = []      # hand-written originals and hard negatives
VARIANTS = []  # (variant key, original key, kind, word)


def P(key, text, rules, allowed=(), verdict="review", note="", author=None, day=None):
    """A positive row. key starts with the family code (PA, AB, BU, EQ, DF)."""
    fam = FAMILY[key[:2]]
    ROWS.append(dict(key=key, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, family=fam, kind_of_row="positive", note=note,
                     author=author, day=day))


def H(key, text, allowed=(), note="", author=None, day=None):
    """A hard negative. key starts with its group (HN1..HN6); the note gets the tag."""
    ROWS.append(dict(key=key, text=text, rules=[], allowed=list(allowed), verdict="ok",
                     family="hard_negative", kind_of_row="hard_negative",
                     note=f"{key.split('-')[0]} {note}".strip(), author=author, day=day))


def V(vkey, orig, kind, word):
    VARIANTS.append((vkey, orig, kind, word))

# ---------------------------------------------------------------------------
# Family 1: respect.personal-attack (27 originals)
# ---------------------------------------------------------------------------
P("PA-01", "@RupertVL you absolute gawby. Stood up in full council and couldn't tell us what's in the reserves. Forty years in the City and the man can't read a spreadsheet.",
  [PA], note="'gawby' (Worcestershire dialect: fool) aimed at a handle; the reserves point is fair, the name-calling is not. HN5 {HN5-04} uses 'gawby' of the writer.")
P("PA-02", "Marian Pugh chairs planning like a mommet in a pea field. Arms out, head empty, and the crows do exactly as they please.",
  [PA], note="Scarecrow ('mommet') insult at the Chair of Planning as a person, not at a decision.")
P("PA-03", "Sally Grinnell is the most useless Cabinet Member for Housing this district has ever had, and frankly a nasty piece of work with it.",
  [PA], note="'Useless' could be record criticism; 'a nasty piece of work' makes it personal. HN6 {HN6-05} is the on-the-record version about the same member.")
P("PA-04", "Somebody please tell Nadia Qureshi that shrieking across the chamber isn't a policy. Embarrassing woman. Embarrassing group.",
  [PA], [EQ], note="'Shrieking' and 'embarrassing woman' at a named member; sex undertone, so equality allowed, not expected.")
P("PA-05", "Colin Bayliss couldn't organise a bin round in a cul-de-sac. Thick as a Hopwardine hedge and always has been.",
  [PA], note="Intelligence insult at the Cabinet Member for Environment by name. HN6 {HN6-01} holds him to his bin figures instead.")
P("PA-06", "Our Head of Planning, Yasmin Okoro, is frankly incompetent and should be clearing her desk. That Hopyard Field report read like it was written by an idiot.",
  [PA, OF], [PR], note="Insult at a named officer and a call for her removal: personal attack and officers. Predetermination allowed as it touches the pending Hopyard Field application.")
P("PA-07", "Congratulations to @ColinBaylissHF on achieving the impossible: a bin service even worse than last year's. Genius. Must have taken both his brain cells working overtime 👏👏",
  [PA, IR], note="Mock congratulation plus 'both his brain cells': irony and personal attack expected.")
P("PA-08", "@TomHB_CC is a smug little boy playing at politics on daddy's money. Back to uni, sunshine, the grown-ups are talking.",
  [PA], [EQ], note="Belittles a 22-year-old member; age undertone, equality allowed. HN2 {HN2-28} is Tom on being told he is 'too young'.")
P("PA-09", "Fern Ockridge is a spiteful, two-faced hypocrite and everyone in Coldcombe knows it.",
  [PA], [DF], note="Character attack; 'two-faced' edges toward dishonesty, so defamation allowed.")
P("PA-10", "Owen Prothero is a worthless, gutless waste of skin. Temebridge deserves better than that pathetic creature.",
  [PA], verdict="block", note="Severe: dehumanising ('waste of skin', 'creature') at a named member.")
P("PA-11", "Bunny Cotterell should be ashamed of himself. Actually no, he's beyond shame, the pompous old fool.",
  [PA], [EQ], note="Starts like fair criticism ('should be ashamed') then turns to 'pompous old fool' at an 83-year-old: age undertone allowed. Compare HN1 {HN1-01} and HN6 {HN6-20}.")
P("PA-12", "Andrew Telford, our overpaid Chief Executive, is a spineless yes-man with no backbone and no brains. Time he went.",
  [PA, OF], note="Insult at the named Chief Executive. HN1 {HN1-02} calls a decision 'spineless'.")
P("PA-13", "To the Senior Planning Officer who sneered at Perrywood residents on Tuesday: you are an arrogant, condescending little man and you have no business in public service.",
  [PA, OF], note="Officer by role (Graham Lacy is identifiable); second-person insult.")
P("PA-14", "Honestly @LorraineTilleyLRA, you're a clown. A full-time, red-nosed, big-shoed clown, and Link Common is the circus paying for it.",
  [PA], note="Straight name-calling at a handle.")
P("PA-15", "Kwame Asante-Price likes the sound of his own voice more than anyone I have ever met. Insufferable, empty-headed windbag.",
  [PA], note="Insult at a named member; nothing about race in the text. HN5 {HN5-15} is friendly banter with him.")
P("PA-16", "Hugh Penrose: lazy, useless, never seen in Wells Central between elections. A parasite drawing the allowance and doing nowt for it.",
  [PA], [DF], note="'Parasite' at a named member; attendance is a fair topic (HN6 {HN6-10} does it with the figures). Defamation allowed for the allowance jibe.")
P("PA-17", "Ruth Gwillim is a snake. Smiles at you over a half of perry in the Kiln Inn and knifes you in committee the next morning.",
  [PA], [BU], note="'Snake' and 'knifes you' are figurative; bullying allowed only because a careless reader may hear violence.")
P("PA-18", "@AledWatkinsTVI I've met cleverer oonts. At least an oont knows which way it's digging.",
  [PA], note="Dialect ('oont': mole) insult at a handle. HN5 {HN5-13} has oonts in a lawn.")
P("PA-19", "Watched @CraigDunstableHF at scrutiny last night. The man is a weasel in a waxed jacket. Slimy, shifty and pathetic.",
  [PA], note="Animal insult at a handle.")
P("PA-20", "Harjit Sandhu is a disgusting, vile little man and I hope he rots. Nobody in Wells Central would miss him.",
  [PA], [BU, EQ], verdict="block", note="Severe: wishes harm ('hope he rots', 'nobody would miss him'); bullying allowed as it wishes rather than threatens; equality allowed since the target is a Sikh member though no trait is named.")
P("PA-21", "Dear Gillian Ashworth, you are a bully, a coward and a bore. Half your own benches can't stand you, they're just too frightened to say so.",
  [PA], [DF], note="Calling her a bully alleges misconduct, so defamation allowed.")
P("PA-22", "Maureen Sparey sat through the whole flood debate like a dozy old hen. Does she ever actually take anything in? Wake up, woman.",
  [PA], [EQ], note="'Dozy old hen', 'wake up, woman' at a named member: age and sex undertones allowed. She wears a hearing aid (HN4 {HN4-11}) but the text does not go there.")
P("PA-23", "The Chairman of this council is a pompous buffoon in a chain. There. I said it. Somebody had to.",
  [PA], note="A person identified by office (Derek Hemming).")
P("PA-24", "@DylanReesHollins you're a nasty little troll and the sooner you're off this council the better for everyone in Coldcombe.",
  [PA], note="Insult at a handle; no reference to his autism (contrast {EQ-16}).")
P("PA-25", "Ellis Wainwright is the laziest councillor in Priory Slopes. Couldn't find her own ward with a map, a compass and a sherpa. Useless article.",
  [PA], note="Name-calling at a named member. HN6 {HN6-27} criticises her missed grant deadline fairly.")
P("PA-26", "Debbie Warrender runs Environmental Services like a clueless school prefect. Pathetic. Get somebody competent in.",
  [PA, OF], note="Named officer insulted and her removal urged.")
P("PA-27", "Patience Boswell? Don't make me laugh. Thickest woman in Kettlebury, and round there that's a crowded field.",
  [PA], [EQ], note="'Thickest woman' at a named member (and a swipe at Kettlebury); sex undertone allowed. She is Romany (HN4 {HN4-03}) but the text does not say so.")

V("PA-V1", "PA-01", "asterisk", "gawby")
V("PA-V2", "PA-12", "digit", "spineless")
V("PA-V3", "PA-15", "zero_width", "windbag")
V("PA-V4", "PA-02", "spaced", "mommet")
V("PA-V5", "PA-17", "homoglyph", "snake")
V("PA-V6", "PA-14", "caps", None)

# ---------------------------------------------------------------------------
# Family 2: respect.abusive-language (27 originals)
# ---------------------------------------------------------------------------
P("AB-01", "This budget is a steaming pile of shite and everyone in that chamber knows it, including the people who voted for it.",
  [AB], note="Obscenity at a budget: abusive-language alone. HN1 {HN1-04} says the budget is 'a mess' without it.")
P("AB-02", "Verdix have missed Kiln Close AGAIN. Three weeks now. Absolute fucking joke of a company.",
  [AB], [PA], note="Obscenity at the waste contractor; personal attack allowed for a company. HN1 {HN1-03} criticises Verdix with the figures.")
P("AB-03", "@RupertVL what a total wanker. Cuts the lido, then turns up in his trunks for the 'farewell swim' photo.",
  [AB, PA], note="Obscene insult at a handle: both expected.")
P("AB-04", "The Hopyard Field plans are a load of bollocks from start to finish and Pellinore know it.",
  [AB], [PA, PR], note="Obscenity at a pending application's plans; predetermination allowed (a settled view on a quasi-judicial matter is hinted), personal attack allowed for the developer.")
P("AB-05", "Sorry but the new pay machines in Wells Central are shit. Utter shit. Who signed this crap off?",
  [AB], [PA], note="Obscenity at machines; 'who signed this off' points at an unnamed person, personal attack allowed.")
P("AB-06", "Anyone who thinks Colin Bayliss is fit to run a whelk stall, never mind a waste service, wants their head read. The man is a complete cunt.",
  [AB, PA], verdict="block", note="The c-word at a named member: severe, block.")
P("AB-07", "Kettlebury Camp car park charges: a greedy, money-grabbing piss-take from a council that couldn't give a toss about the people who live under the hill.",
  [AB], [PA], note="Crude language at a charge and at the council as a body.")
P("AB-08", "@OwenProtheroCC stop talking absolute bollocks about the Teme wall. You weren't even at the briefing.",
  [AB], [PA], note="Obscenity at what someone said, to his handle: personal attack only allowed.")
P("AB-09", "Fuck Hills First. Fuck their cuts. Fuck the lot of them.",
  [AB], [PA], note="Obscenity at a party: personal attack allowed. HN2 {HN2-21} condemns 'Hills First scum' graffiti.")
P("AB-10", "Link Common food bank is empty and this lot are having a champagne reception at the Imperial Hydro. Bastards, the whole shower of them.",
  [AB], [PA], note="'Bastards' at the cabinet as a body: abusive expected, personal attack allowed.")
P("AB-11", "The Spa Quarter consultation was a shitshow from start to finish. Consultants on £900 a day producing glorified bog roll.",
  [AB], note="Obscenity at a consultation.")
P("AB-12", "Jan Kowalczyk is a prick. That's it. That's the post.",
  [AB, PA], note="Obscene insult at a named member; nothing about his Polish origin.")
P("AB-13", "Honestly, the state of the road through Perrywood Green. Potholes you could lose a tractor in. Sort your shit out, highways.",
  [AB], note="Crude demand at a service. HN1 {HN1-24} complains about gritting without it.")
P("AB-14", "FFS. Council tax up 4.99% and the 44 over the Hills axed. Piss off, the lot of you.",
  [AB], [PA], note="Crude dismissal of the cabinet as a body.")
P("AB-15", "Teme Housing's board are greedy, bloodsucking scumbags. Leave Kiln Close tenants breathing black mould while they vote themselves bonuses. Hope every last one of them chokes on it.",
  [AB], [PA, BU, DF], verdict="block", note="Severe abuse at unnamed directors with a wish of harm: block; personal attack, bullying and defamation (bonuses) allowed. HN1 {HN1-06} reports the same landlord to the Ombudsman.")
P("AB-16", "@CraigDunstableHF you absolute bellend. Votes to close the Cradwell Centre and then turns up for the photo with the choir.",
  [AB, PA], note="Obscene insult at a handle.")
P("AB-17", "That scrutiny meeting on Thursday was a total clusterfuck. Three hours of shite and not one straight answer.",
  [AB], note="Obscenity at a past meeting (not posted during it).")
P("AB-18", "The Hills First manifesto isn't worth the bog roll it's printed on. Wouldn't wipe my arse on it.",
  [AB], [PA], note="Crude at a party document; personal attack allowed for the party.")
P("AB-19", "Pellinore Estates can shove their 'community benefit' package up their arse. Bloody vultures.",
  [AB], [PA], note="Crude at a developer; personal attack allowed for the company.")
P("AB-20", "@KwameAP_CC you're a pillock and a tosser and I'm done pretending otherwise.",
  [AB, PA], note="Vulgar insults at a handle.")
P("AB-21", "Whoever designed the new Temebridge one-way system wants shooting. Total twatting mess.",
  [AB], [PA, BU], note="Vulgar, with the idiom 'wants shooting' at 'whoever': bullying and personal attack allowed. HN1 {HN1-15} criticises the same scheme.")
P("AB-22", "Crap decision, crap process, crap cabinet. Wyvernhill deserves better than this shower of shit.",
  [AB], [PA], note="Crude at a decision and the cabinet as a body.")
P("AB-23", "The Gazette's editorial this week is utter dogshit. Who writes this bollocks?",
  [AB], [PA], note="Obscenity at a newspaper's editorial; personal attack allowed. HN1 {HN1-11} asks the Gazette for a correction instead.")
P("AB-24", "Pinnock Quarry blasting at 7am AGAIN. Sick to death of this bullshit. Damn the lot of them.",
  [AB], [PA, HA], note="Crude at a quarry's operators; haste allowed for the shouting. HN1 {HN1-12} logs the same breaches.")
P("AB-25", "Stuart Quennell's licensing report on the Three Shires event is a pile of crap and he bloody knows it.",
  [AB, OF], [PA, DF], note="Crude at a named officer's report: officers expected; 'he knows it' hints at bad faith, so defamation and personal attack allowed.")
P("AB-26", "Piss-poor response to the Teme floods. Sandbags two days late. Whoever wrote the emergency plan is a useless shit.",
  [AB], [PA, OF], note="Crude at an unnamed author of a plan ('whoever'): personal attack and officers allowed. HN1 {HN1-27} makes the same complaint civilly.")
P("AB-27", "Ruth Gwillim and her TVI cronies are scum. Fucking worthless scum, every last one of them.",
  [AB, PA], verdict="block", note="Severe: 'fucking worthless scum' at a named member and her group.")

V("AB-V1", "AB-01", "asterisk", "shite")
V("AB-V2", "AB-16", "digit", "bellend")
V("AB-V3", "AB-20", "zero_width", "tosser")
V("AB-V4", "AB-09", "spaced", "fuck")
V("AB-V5", "AB-04", "homoglyph", "bollocks")
V("AB-V6", "AB-13", "caps", None)

# ---------------------------------------------------------------------------
# Family 3: bullying.intimidation (27 originals, all block)
# note tags: [explicit] a stated threat of harm or exposure, [veiled] a threat by
# hint, [pressure] pressure that uses the office or organised humiliation
# ---------------------------------------------------------------------------
P("BU-01", "Say that about my family again, Aled Watkins, and I'll knock your teeth through the back of your head. Not a joke. Not a figure of speech.",
  [BU], [PA], verdict="block", note="[explicit] Threat of violence at a named member, with the idiom defence ruled out in the text.")
P("BU-02", "If Teme Housing's chief executive shows his face at Kiln Close on Friday he'll be leaving on a stretcher. The tenants have had enough and so have I.",
  [BU], [PA], verdict="block", note="[explicit] Threat of violence at an identifiable person (by role).")
P("BU-03", "Next time @KwameAP_CC heckles me in the chamber I'll drag him outside by his collar and sort him out properly.",
  [BU], [PA], verdict="block", note="[explicit] Physical threat at a handle.")
P("BU-04", "Rupert, you will regret every word of that speech. I'll make sure of it. Every single word.",
  [BU], [PA], verdict="block", note="[explicit] 'You will regret... I'll make sure of it' at the Deputy Leader (named by first name). HN5 {HN5-05} has 'revenge' in banter.")
P("BU-05", "Somebody ought to put a brick through Pellinore's site office window at Hopyard Field. If nobody else will, I will.",
  [BU], [PA, PR], verdict="block", note="[explicit] Threat of criminal damage against a developer, with predetermination allowed for the pending site.")
P("BU-06", "I'd happily wring Colin Bayliss's neck for what he's done to the bin service, and I'd sleep like a baby afterwards.",
  [BU], [PA], verdict="block", note="[explicit] Violent wish at a named member; some would call it hyperbole, but it names the act, the person and the relish. Judgement call; HN5 {HN5-21} ('happily strangle each other... then go for a cider') is the mutual, joking version.")
P("BU-07", "Lorraine Tilley wants to be careful. People round Link Common have long memories and short tempers, and I won't be the one stopping them.",
  [BU], [PA], verdict="block", note="[veiled] Threat by proxy: others will act and the writer will not restrain them.")
P("BU-08", "@FernOckridge you have until Monday to withdraw that complaint against me. After that the gloves come off and everything I know about you goes public.",
  [BU], [PA], verdict="block", note="[explicit] Threat against a complainant to force withdrawal (exposure as the weapon).")
P("BU-09", "To the person who reported me to the Monitoring Officer: I know it was you. Enjoy looking over your shoulder.",
  [BU], verdict="block", note="[veiled] Threat against an unnamed complainant.")
P("BU-10", "Nice house you've got up on Priory Slopes, @GillAshworthHF. Lovely view of the Hills from the back garden. Be a real shame if anything spoiled it.",
  [BU], [PA, DP], verdict="block", note="[veiled] 'Be a shame if' about her home; data protection allowed for the home's location.")
P("BU-11", "Funny how Dylan Rees-Hollins's little green car is parked outside the Kiln Inn every Thursday at half six. Regular as clockwork, isn't he? People notice these things.",
  [BU], [PA, DP], verdict="block", note="[veiled] Watching someone's routine and saying so; data protection allowed for the place and time.")
P("BU-12", "Word to the wise for @OwenProtheroCC: the Teme's running very high this week. Be a terrible accident if somebody slipped off Temebridge on the way home in the dark.",
  [BU], [PA], verdict="block", note="[veiled] 'A terrible accident' near a river in flood; HN5 {HN5-08} is a councillor up to her ankles in the Teme.")
P("BU-13", "Hear Jess Lytton's off on maternity leave soon. Plenty of time to think about whether she really wants to come back. Things can happen to a seat while you're away.",
  [BU], [PA, EQ], verdict="block", note="[veiled] Pressure timed to her maternity leave; equality allowed for pregnancy and maternity. HN4 {HN4-06} is Jess on being pregnant.")
P("BU-14", "Funny thing, memory. I remember every single name on that petition against me. Every name. Every street.",
  [BU], [DP], verdict="block", note="[veiled] Intimidation of residents who signed a petition; data protection allowed for the names and streets it claims to hold.")
P("BU-15", "A little bird tells me Ruth Gwillim's Anna walks their spaniel up the Ridge every morning at seven. Unked up there at that hour. Nobody about.",
  [BU], [PA, DP], verdict="block", note="[veiled] Partner's route and time with 'nobody about'; data protection allowed (partner, route and time). 'Unked' is Worcestershire for lonely or eerie.")
P("BU-16", "Candle's burning very low for some people on this council. Tick tock, @SimonFrankelHF. Tick tock.",
  [BU], [PA], verdict="block", note="[veiled] Countdown menace at a handle.")
P("BU-17", "Left a little present on @HughPenroseHF's doorstep this morning. An oont. A dead one. He'll know what it means.",
  [BU], [PA], verdict="block", note="[veiled] A dead mole left on a doorstep as a message; dialect 'oont'. HN5 {HN5-13} is the writer losing a war with live oonts.")
P("BU-18", "Drove past Craig Dunstable's farm three times this week. Lovely old barn, that. Full of hay. Nice and dry, is it, Craig?",
  [BU], [PA, DP], verdict="block", note="[veiled] Arson hint about a named member's barn; data protection allowed for his home farm.")
P("BU-20", "Just so @TomHB_CC is clear: I chair the Hills Fund panel. Every Temebridge grant application crosses my desk. Keep voting against me and see how your youth club and your food bank get on.",
  [BU], [PA, IA], verdict="block", note="[pressure] Using control of ward grants against a member's voters; improper advantage allowed.")
P("BU-21", "Graham Lacy, you will change your recommendation on Hopyard Field before committee, or I will make it my personal mission to see you out of this council. Your call.",
  [BU, OF], [PA, PR], verdict="block", note="[pressure] Pressing a named planning officer to change his advice, with a threat to his job; officers expected, predetermination allowed.")
P("BU-22", "Interesting that the Kiln Inn's licence comes up for review in the spring. Shame the landlord put that poster up about me. I'm sure licensing will want a very close look.",
  [BU], [IA], verdict="block", note="[pressure] Threatening a licence review against a critic; improper advantage allowed.")
P("BU-23", "A reminder to the Teme Valley Echo: this council spends thousands a year with you on public notices. Print one more hit piece on me and let's see how long that lasts.",
  [BU], [IA], verdict="block", note="[pressure] Threatening a newspaper's council advertising; improper advantage allowed.")
P("BU-24", "To the tenant at Kiln Close who complained about me to Teme Housing: I sit on their board. I'd think very carefully before your next repairs request.",
  [BU], [IA, DP], verdict="block", note="[pressure] Threat to a complainant using a board seat; data protection allowed (a tenant identifiable by block).")
P("BU-25", "@PatienceBoswell back the Tump Lane site one more time and I'll see to it you never sit on another committee as long as you live.",
  [BU], [PA, EQ], verdict="block", note="[pressure] Threat to a member's committee places; equality allowed as she is Romany and the site is a Traveller site, though the text does not say so.")
P("BU-26", "Kirsty Bevan, if the comms team puts out one more press release that makes me look stupid, I'll have your job. Don't test me.",
  [BU, OF], [PA], verdict="block", note="[pressure] Threat to a named officer's job over her work; officers expected.")
P("BU-27", "Dear Cradwell Centre families: I'd drop the letter-writing campaign if I were you. Next year's funding decisions haven't been made yet, and I have a very long memory.",
  [BU], [IA, EQ], verdict="block", note="[pressure] Service users' families threatened with funding; improper advantage allowed, equality allowed (a disability service).")
P("BU-28", "Anybody got the video of Maureen Sparey losing her place mid-speech and welling up at full council? Send it over. Let's see how it does on here 😂",
  [BU], [PA, EQ], verdict="block", note="[pressure] Organised humiliation of a named member; equality allowed (age, hearing).")

V("BU-V1", "BU-05", "asterisk", "brick")
V("BU-V2", "BU-04", "digit", "regret")
V("BU-V3", "BU-12", "zero_width", "accident")
V("BU-V4", "BU-16", "spaced", "tock")
V("BU-V5", "BU-07", "homoglyph", "careful")
V("BU-V6", "BU-03", "caps", None)

# ---------------------------------------------------------------------------
# Family 4: equality.discrimination (27 originals, all block)
# note tags: [explicit; <characteristic>] or [coded; <characteristic>]
# ---------------------------------------------------------------------------
P("EQ-01", "Ledgemoor's caravans are packed with Bulgarians and Romanians, and every time there's a break-in in Hopwardine we all know who it is. Time the valley said it out loud.",
  [EQ], [DF], verdict="block", note="[explicit; race] Blames seasonal workers by nationality for crime; defamation allowed (a crime pinned on a group). HN3 {HN3-01} answers the same rural crime worry with police figures.")
P("EQ-02", "Nadia Qureshi needs to decide whether she answers to the voters of Link Common or to her mosque. She can't do both.",
  [EQ, PA], verdict="block", note="[explicit; religion or belief] Dual-loyalty slur at a Muslim member by name.")
P("EQ-03", "Fern Ockridge can call herself whatever she likes. He'll always be a bloke in a frock to me.",
  [EQ, PA], verdict="block", note="[explicit; gender reassignment] Misgendering and mockery of a named trans member. HN2 {HN2-02} condemns a resident's email using the same jibe.")
P("EQ-04", "Sorry but a councillor in a wheelchair can't do site visits on the Hills. Ellis Wainwright should be honest and stand aside for someone who can actually get up a tump.",
  [EQ, PA], verdict="block", note="[explicit; disability] Says a wheelchair user is unfit for office. HN3 {HN3-11} argues for fixing the path instead; HN4 {HN4-02} is Ellis on the new all-terrain chair.")
P("EQ-05", "Tom Hadley-Byrne spends more time at Pride than in Temebridge. Typical of his sort. All glitter, no graft.",
  [EQ, PA], verdict="block", note="[coded; sexual orientation] 'His sort' with Pride at a gay member; the orientation is carried by the coding.")
P("EQ-06", "Bunny Cotterell is 83. EIGHTY THREE. He should be in a home, not dribbling his way round planning site visits.",
  [EQ, PA], [HA], verdict="block", note="[explicit; age] Age as a reason he is unfit, with a demeaning image; haste allowed for the capitals. HN6 {HN6-23} scrutinises his record instead.")
P("EQ-07", "If Jess Lytton wanted to be a mum she should have stood down. Wells Central is paying for a councillor who's sat at home changing nappies.",
  [EQ, PA], verdict="block", note="[explicit; pregnancy and maternity] Attack on a member for maternity. HN3 {HN3-05} separates fair questions about cover from this.")
P("EQ-08", "Kwame Asante-Price keeps banging on about 'our community'. Which community would that be, Kwame? Not this one. Not the Hills' one, anyway.",
  [EQ, PA], verdict="block", note="[coded; race] Questions a Black British member's belonging to the area without naming race. HN2 {HN2-15} condemns 'where are you really from'.")
P("EQ-09", "Tump Lane: the minute the pikeys roll in, the sheep and the quad bikes start going missing. Shut the site.",
  [EQ, AB], [DF, PR], verdict="block", note="[explicit; race] The slur 'pikeys' and a theft trope about Gypsies and Travellers; abusive expected for the slur, defamation and predetermination allowed. HN2 {HN2-01} condemns 'pikeys out' graffiti.")
P("EQ-10", "Funny how Simon Frankel always knows exactly where the money is. Runs in the family, I suppose.",
  [EQ, PA], [DF], verdict="block", note="[coded; religion or belief] Antisemitic money trope at a Jewish member with no group word (some would tag race, as Jewish people are both). HN2 {HN2-12} condemns an antisemitic poster of him.")
P("EQ-11", "Women like Gillian Ashworth should never have been let near a budget. Too emotional, too hormonal, too busy at the hairdresser's.",
  [EQ, PA], verdict="block", note="[explicit; sex] Sexist dismissal of the Leader. HN2 {HN2-13} reports 'typical woman, too emotional' said to her; HN3 {HN3-27} is 'not against women in leadership, against this budget'.")
P("EQ-12", "The Cradwell Centre lot were in Temebridge library again today making their noises. Some of us want a quiet library. Put them somewhere they belong.",
  [EQ], verdict="block", note="[explicit; disability] Exclusion of adults with learning disabilities. HN3 {HN3-16} answers the same noise complaint; HN4 {HN4-18} is the Cradwell choir.")
P("EQ-13", "Another 'interfaith' do at the Station Road centre. Give it five years and Link Common will be too scared to ring the church bells in case it upsets them. 🕌",
  [EQ], verdict="block", note="[coded; religion or belief] Anti-Muslim 'replacement' insinuation carried by 'them' and the emoji. HN4 {HN4-15} is the Interfaith Week walk.")
P("EQ-14", "The Imperial Hydro is full of young foreign men with nothing to do all day. Lock your daughters up, Wyvernhill.",
  [EQ], verdict="block", note="[explicit; race] Asylum seekers cast as a sexual danger by nationality. HN2 {HN2-06} quotes 'lock your daughters up' to condemn it; HN3 {HN3-02} criticises the contract instead.")
P("EQ-15", "Jan Kowalczyk should go back to Gdańsk if he loves it so much. English councils for English people.",
  [EQ, PA], verdict="block", note="[explicit; race] 'Go back' and national exclusion at a Polish-born member. HN4 {HN4-12} is Jan on where he was born.")
P("EQ-16", "Dylan Rees-Hollins had another of his little meltdowns at scrutiny. Somebody fetch him his ear defenders and a colouring book.",
  [EQ, PA], verdict="block", note="[coded; disability] Mocks an autistic member through autism stereotypes without naming autism. HN3 {HN3-23} is the chamber accessibility question; HN4 {HN4-10} his own post.")
P("EQ-17", "Two blokes showing off their 'adopted kids' at the Priory Slopes family centre open day. Sorry, that isn't a family and never will be. Not in this valley.",
  [EQ], verdict="block", note="[explicit; sexual orientation] Denies a same-sex couple's family. HN4 {HN4-20} is that family's own post; HN3 {HN3-18} answers the discomfort gently.")
P("EQ-18", "Ruth Gwillim keeps introducing 'my wife' at civic events. It's a civil partnership, love, not a marriage. Stop making it weird for the rest of us.",
  [EQ, PA], verdict="block", note="[explicit; marriage and civil partnership] Belittles a member's civil partnership (some would tag sexual orientation). HN4 {HN4-07} is Ruth on ten years with Anna; HN3 {HN3-22} on civil partners at civic events.")
P("EQ-19", "Nobody under 30 should get a say on the Hopwardine plan. They don't pay the council tax, they don't know the valley, they just want a cheap flat.",
  [EQ], [PR], verdict="block", note="[explicit; age] Would exclude people from a consultation by age; predetermination allowed (it leans on a pending plan). HN3 {HN3-25} rebuts 'young incomers'.")
P("EQ-20", "Black History Month assembly at St Ebba's. Why are we teaching kids in a Worcestershire village about Africa? Keep that stuff in Birmingham.",
  [EQ], verdict="block", note="[coded; race] Exclusion of Black history from a rural school, 'keep that stuff' elsewhere; dated in Black History Month. HN3 {HN3-14} is the civil version of the parent's question.", day="2026-10-28")
P("EQ-21", "Harjit Sandhu wants a turban in the Chairman's chair one day. Over my dead body. This is a Christian country.",
  [EQ, PA], [BU], verdict="block", note="[explicit; religion or belief] Sikh member's religious dress as a bar to office; bullying allowed for 'over my dead body'. HN4 {HN4-05} is Harjit on Gurpurab.")
P("EQ-22", "Patience Boswell's 'community' are back on the verge at Tump Lane. Lock up your quad bikes, Kettlebury. She'll be round with the pegs next.",
  [EQ, PA], [DF], verdict="block", note="[coded; race] Romany stereotypes (pegs, theft) at a Romany member without naming her ethnicity; defamation allowed. HN4 {HN4-03} is Patience on her family's hop-picking.")
P("EQ-23", "Maureen Sparey can't hear a word that's said in the chamber. Deaf as a post and about as useful. Why is she still here?",
  [EQ, PA], verdict="block", note="[explicit; disability] Deafness as the reason she should go. HN4 {HN4-11} is Maureen on the hearing loop; HN2 {HN2-11} condemns a cruel letter about her.")
P("EQ-24", "Girls shouldn't be on the Temebridge fire crew. Lovely idea, but when your barn's alight you want a man up that ladder.",
  [EQ], verdict="block", note="[explicit; sex] Excludes women from a job by sex. HN3 {HN3-17} answers it with the fitness test.")
P("EQ-25", "Link Common's starting to look like Bradford. Just saying. Walk down Station Road and tell me I'm wrong.",
  [EQ], verdict="block", note="[coded; race] Dog whistle about a South Asian neighbourhood. HN4 {HN4-22} is Nadia on growing up on the Link.")
P("EQ-26", "Trans Day of Remembrance flag up at the Priory offices. Men in dresses, and we're all supposed to stand and clap. Get it down.",
  [EQ], verdict="block", note="[explicit; gender reassignment] Derides trans people on the day itself. HN2 {HN2-17} quotes 'men in dresses' to condemn it; HN4 {HN4-08} is Fern's TDoR post.", day="2026-11-20")
P("EQ-27", "Halal meals on the St Ebba's menu? Not in my ward. If they want Sharia law they know where the airport is.",
  [EQ], verdict="block", note="[explicit; religion or belief] Anti-Muslim 'go home' over school meals. HN3 {HN3-08} explains the same menu option.")

V("EQ-V1", "EQ-09", "asterisk", "pikeys")
V("EQ-V2", "EQ-01", "digit", "Romanians")
V("EQ-V3", "EQ-03", "zero_width", "frock")
V("EQ-V4", "EQ-23", "spaced", "deaf")
V("EQ-V5", "EQ-02", "homoglyph", "mosque")
V("EQ-V6", "EQ-26", "caps", None)

# ---------------------------------------------------------------------------
# Family 5: defamation.allegation (27 originals)
# review for name-calling, idiom and innuendo; block when a specific crime or
# corrupt act is stated as fact about an identifiable person or body
# ---------------------------------------------------------------------------
P("DF-01", "Colin Bayliss is a liar. He stood in Kettlebury village hall and promised the tip would stay open, and he knew full well it wouldn't.",
  [DF, PA], note="'Liar' at a named member with a claim he knew the truth; no crime alleged, so review. HN6 {HN6-01} holds him to his figures.")
P("DF-02", "Marian Pugh took £5,000 from Pellinore Estates the week before the Hopyard Field committee. I've seen the bank transfer.",
  [DF], [PA, PR], verdict="block", note="Specific bribe stated as fact, with claimed evidence. HN2 {HN2-24} warns against spreading an unfounded 'bung' rumour.")
P("DF-03", "Rupert Vaughan-Lacey is a crook and everyone at the golf club knows it.",
  [DF, PA], note="'Crook' as name-calling: review.")
P("DF-04", "Neil Barraclough, our s151 officer, has been moving money out of the flood reserve into a consultancy run by his brother-in-law. It's fraud, plain and simple.",
  [DF, OF], [PA], verdict="block", note="Specific fraud alleged against a named officer: block, officers expected.")
P("DF-05", "Funny how a certain cabinet member's son landed the Spa Quarter landscaping contract without it ever going out to tender. Very funny indeed.",
  [DF], [PA, IR], note="Innuendo of corruption at an identifiable but unnamed cabinet member; irony allowed.", author="@OwenProtheroCC")
P("DF-06", "Hugh Penrose was done for drink-driving in 2019 and his mates in the police made it go away. Ask anyone in Wells Central.",
  [DF], [PA, DP], verdict="block", note="Conviction and a police cover-up stated as fact; data protection allowed (criminal record).")
P("DF-07", "Gillian Ashworth wouldn't know the truth if it bit her on the ankle. Every word of that budget speech was a lie.",
  [DF, PA], note="Calls the Leader a liar; review. HN6 {HN6-04} sets two of her statements side by side without the word.")
P("DF-08", "The Link Residents' Association filled in postal votes for half the residents of the Cradwell Court care home in May. Staff saw them do it.",
  [DF], [PA], verdict="block", note="Electoral fraud by a named party stated as fact: block.")
P("DF-09", "@SallyGrinnell has been in Teme Housing's pocket for years. Follow the money.",
  [DF], [PA], note="Corruption innuendo ('in their pocket', 'follow the money') at a handle; no specific act, review.")
P("DF-10", "Teme Housing's chief executive bills Kiln Close tenants for repairs that never happen and pockets the difference. That is theft.",
  [DF], [PA], verdict="block", note="Theft by an identifiable office holder stated as fact. HN1 {HN1-06} reports the same landlord to the Ombudsman on the facts.")
P("DF-11", "Stuart Quennell is bent. Every licence that goes through his office has a price on it.",
  [DF, OF, PA], verdict="block", note="'Bent' plus a claim that every licence is bought: bribery stated as fact against a named officer.")
P("DF-12", "Derek Hemming fiddles his expenses. Everyone knows it, nobody says it.",
  [DF, PA], note="Expenses fiddling alleged in general terms with no specific claim: review (some would block).")
P("DF-13", "Pellinore Estates paid for the new roof on Craig Dunstable's hop kiln. Two months later he swung his group behind Hopyard Field. That's a bribe, whatever they call it.",
  [DF], [PA, GI, PR], verdict="block", note="A specific bribe stated as fact; gifts and predetermination allowed. HN6 {HN6-06} records him declaring his interest properly.")
P("DF-14", "Aled Watkins is a fraud. Calls himself a farmer and hasn't done a day's work on the land since 1998.",
  [DF, PA], note="'Fraud' as name-calling about a self-description: review.")
P("DF-15", "Verdix are a bunch of con artists, charging this district for collections they never make.",
  [DF], [PA], note="Dishonesty alleged against a company in general terms: review; personal attack allowed. HN1 {HN1-03} uses the missed-collection figures.")
P("DF-16", "Andrew Telford had the Imperial Hydro contract emails deleted the day after my FOI request went in. I have a witness.",
  [DF, OF], [PA], verdict="block", note="Destroying records after an FOI request (an offence) stated as fact against the named Chief Executive.")
P("DF-17", "Owen Prothero made up those flood figures. Invented them. There's no other word for it.",
  [DF, PA], note="Fabrication alleged against a named member; review. HN6 {HN6-08} corrects another member's figures without alleging invention.")
P("DF-18", "Bunny Cotterell has paid his pickers cash in hand off the books for years. No tax, no NI. The whole valley knows it.",
  [DF], [PA], verdict="block", note="Tax evasion stated as fact against a named member.")
P("DF-19", "Lorraine Tilley is a shameless liar and a hypocrite, and Link Common deserves better.",
  [DF, PA], note="Name-calling ('liar'): review.")
P("DF-20", "Hills First rigged the Wells Quarter consultation. Binned the objections and counted the supportive ones twice.",
  [DF], [PA], note="Misconduct (rigging a consultation) alleged against a party; not framed as a crime, review (some would block).")
P("DF-21", "Jan Kowalczyk's van hire firm got the council depot contract a month after he voted for the depot move. Never declared it. That's corruption.",
  [DF], [PA, IN], verdict="block", note="Corruption and an undeclared interest stated as fact; interests allowed. HN6 {HN6-19} questions the same depot figures fairly.")
P("DF-22", "Kirsty Bevan doctors the council's press releases to protect the Leader. Spin doctor? She's a liar on the payroll.",
  [DF, OF, PA], note="Named officer called a liar: review, officers expected.")
P("DF-23", "Somebody in the planning office is shredding Hopyard Field objections. I won't say who. Yet. Begins with G.",
  [DF], [PA, OF, PR], note="Innuendo pointing at an identifiable officer (Graham Lacy): review with officers allowed.")
P("DF-24", "@HarjitSandhuCC 'forgot' to declare his shares in the waste contractor. Forgot. Right. 🙄",
  [DF, IR], [PA, IN], note="Undeclared interest alleged with sarcasm; irony expected, interests allowed.")
P("DF-25", "Ruth Gwillim assaulted a steward at the Three Shires show in August. I was there. She should have been charged.",
  [DF], [PA], verdict="block", note="Assault stated as fact against a named member.")
P("DF-26", "The Gazette are paid liars, printing whatever the Hills First press office slips them in a brown envelope.",
  [DF], [PA], note="A newspaper called 'paid liars' with a brown-envelope hint: review.")
P("DF-27", "Tom Hadley-Byrne is as dodgy as a three-legged hop ladder. Don't let him within a mile of the Hills Fund money.",
  [DF, PA], note="'Dodgy' plus a warning about money: dishonesty implied, review.")

V("DF-V1", "DF-01", "asterisk", "liar")
V("DF-V2", "DF-14", "digit", "fraud")
V("DF-V3", "DF-19", "zero_width", "liar")
V("DF-V4", "DF-13", "spaced", "bribe")
V("DF-V5", "DF-03", "homoglyph", "crook")
V("DF-V6", "DF-17", "caps", None)

# ---------------------------------------------------------------------------
# Hard negatives (165). Groups:
# HN1 harsh criticism of a policy, decision, party, company or the council
# HN2 counter-speech, and quoting abuse to condemn it
# HN3 denied prejudice, myth-busting and civil debate on protected topics
# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
# HN5 figurative violence, banter, self-deprecation, idioms, satire of a policy
# HN6 criticism of a named councillor's record that stays on the record; reported speech
# ---------------------------------------------------------------------------
H("HN1-01", "The parking policy in Wells Central is a shambles and the cabinet should be ashamed. Three pay machines broken since August and a ticket on every windscreen.",
  note="The catalogue's own example shape: robust criticism of a policy and a body, not a person.")
H("HN1-02", "Closing the Spa Lido is a spineless decision dressed up as 'difficult choices'. There's nothing difficult about picking the easiest cut on the list.",
  [PA], note="'Spineless' at a decision (PA-12 uses it of a person).")
H("HN1-03", "Verdix's performance in Temebridge is dreadful: 412 missed collections in October, by the council's own figures. The contract has a break clause. Use it.",
  note="Hard criticism of a contractor with figures.")
H("HN1-04", "Hills First's budget is a mess. Reserves raided, the 44 bus axed, and the Cradwell Centre on a 'review' that everybody knows means closure.",
  [PA], note="Party budget criticised hard; personal attack allowed only as the party is named.")
H("HN1-05", "I have rarely read a weaker report than the Spa Quarter viability study. Assumptions from 2019, no flood modelling, and a car park that doesn't exist.",
  [OF], note="Criticises a report, not its author; officers allowed as reports are officers' work.")
H("HN1-06", "Teme Housing has left Kiln Close tenants with black mould for two winters running. That is a failure of management, and I've reported it to the Housing Ombudsman today.",
  [DF], note="Facts and a formal complaint about a landlord; defamation allowed for 'failure of management'.")
H("HN1-07", "The Teme flood wall was promised for 2024. It's nearly 2027. Temebridge deserves a date, not another glossy leaflet with a heron on the front.",
  note="Broken promise on a scheme.")
H("HN1-08", "Pellinore's 'affordable' homes at Hopyard Field start at £310,000. That isn't affordable to anybody who's ever picked a hop for a living.",
  [PR], note="Criticises a developer's pricing on a pending site without stating a vote; predetermination allowed.")
H("HN1-09", "This council's consultation on car park charges was a sham: two weeks, online only, closed before the parish councils had even met.",
  [DF], note="'Sham' about a process; defamation allowed as a careful tool might hear dishonesty.")
H("HN1-10", "Dreadful decision by cabinet to scrap the rural bus grant. Hopwardine's older residents will be stuck at home all winter. Shameful.",
  note="Decision criticised, 'shameful' about the decision.")
H("HN1-11", "The Gazette got the flood figures badly wrong this week and still hasn't printed a correction. Poor journalism. Fix it.",
  note="Fair criticism of a newspaper (AB-23 swears at it).")
H("HN1-12", "Pinnock Quarry's operators are breaching their blasting hours. I've logged nine early blasts since September and sent the log to enforcement today.",
  [DF], note="Breach alleged with evidence and sent to the regulator; defamation allowed.")
H("HN1-13", "Common Cause's alternative budget is fantasy economics. Lovely slogans, no numbers. They should be embarrassed to have tabled it.",
  [PA], note="Party's policy document criticised robustly.")
H("HN1-14", "Council tax up 4.99% and fewer services. That's the deal on offer from this administration and I won't pretend to anyone that it's a good one.",
  note="Plain criticism of the administration's budget.")
H("HN1-15", "The new Temebridge one-way system is a disaster. Ambulances stuck behind delivery lorries on Bridge Street. Scrap it and start again.",
  note="Same scheme as AB-21, without the abuse.")
H("HN1-16", "Cabinet's decision to sell the Pump Room was rushed, badly explained and wrong. I'll be calling it in to scrutiny.",
  note="Call-in of a decision.")
H("HN1-17", "Absolute farce at the Three Shires car park on Saturday, two hours to get out. The council licensed this event and the council should answer for it.",
  note="'Absolute farce' at an event's handling.")
H("HN1-18", "The Spring Greens' plan to ban wood burners across the district is daft and would clobber every cottage in Coldcombe. Bad policy, badly thought through.",
  [PA], note="'Daft' at a party's policy.")
H("HN1-19", "A damning audit report on the Hills Fund: no scoring, no minutes, and grants to groups that never applied. Someone has to be accountable for this.",
  [DF], note="Reports an audit's findings; defamation allowed as accountability is demanded.")
H("HN1-20", "Why is this district spending £48,000 on a new logo when the Cradwell Centre roof leaks every time it rains? The priorities are all wrong.",
  note="Spending priorities.")
H("HN1-21", "The Station Road mosque's car park application was handled badly by the council. Neighbours and worshippers both left furious. That's on our process, not on either of them.",
  [EQ], note="Criticises council handling of a matter touching a faith group; equality allowed.")
H("HN1-22", "The TVI position on the Tump Lane site is incoherent: for it in the manifesto, against it in committee. Pick one.",
  [PA], note="Party's inconsistency on a Traveller site (cf. BU-25, EQ-09).")
H("HN1-23", "Teme Housing's 7% rent rise is greedy and indefensible while the repairs list grows longer every month.",
  [PA], note="'Greedy' at a landlord's decision; personal attack allowed for the body.")
H("HN1-24", "Hopeless. The gritting routes over the Hills haven't been updated since 2011, and cars slid off the Kettlebury road again last night.",
  note="Service failure, with 'hopeless' (cf. AB-13).")
H("HN1-25", "The Chief Executive's restructure paper is badly argued and leaves Temebridge without a customer service desk. I'll be voting against it.",
  [OF], note="Criticises a paper attributed to an officer by role; officers allowed.")
H("HN1-26", "Wells Quarter: £6m spent, one café open. This scheme has been mismanaged from day one and the cabinet should be ashamed of it.",
  [DF], note="'Mismanaged' at a scheme and the cabinet; defamation allowed.")
H("HN1-27", "The district's response to the November floods was not good enough. Sandbags late, the helpline engaged for hours, the rest centre unheated. We need a proper review.",
  note="Same complaint as AB-26, civilly.")
H("HN1-28", "The waste contract is a crock. Verdix are failing, the council is failing to enforce, and residents are paying twice over.",
  [PA], note="'A crock' at a contract.")

H("HN2-01", "Somebody sprayed 'pikeys out' on the Tump Lane sign last night. Whoever did it: that's a hate crime and it's been reported. Kettlebury is better than this.",
  [EQ, AB], note="Quotes the slur of EQ-09 to condemn it.")
H("HN2-02", "A resident emailed me calling Cllr Ockridge 'a bloke in a dress'. I've told him plainly that it's transphobic, it isn't welcome, and I won't be replying further.",
  [EQ, PA], note="Reported abuse condemned (cf. EQ-03).")
H("HN2-03", "To whoever keeps telling Cllr Sandhu to 'go home': he was born in Temebridge hospital. So was I. Knock it off.",
  [EQ], note="Counter-speech quoting 'go home'.")
H("HN2-04", "Being called a 'fucking traitor' outside the Priory offices isn't debate. It's been reported to the police. Disagree with me all you like, but nobody crosses that line.",
  [AB], note="Quotes an obscenity aimed at the writer, to condemn it.")
H("HN2-05", "My inbox this morning: 'hope you drown in the Teme, you useless cow'. This is what councillors get. Be angry with us by all means, but please be kind.",
  [BU, AB, PA], note="Quotes a threat received; pinned to a woman member.", author="@LorraineTilleyLRA")
H("HN2-06", "'Lock your daughters up.' That's what was posted about the men at the Imperial Hydro. It is a vile slur on people who've committed no crime, and I condemn it.",
  [EQ], note="Quotes EQ-14's line to condemn it.")
H("HN2-07", "I won't repeat the words used about Cllr Boswell's family at the Kettlebury meeting. They were racist, and the Chairman was right to stop the meeting.",
  [EQ], note="Condemns unrepeated racist abuse; praises the Chairman.")
H("HN2-08", "Heard someone in the Kiln Inn call the Cradwell Centre lot 'retards' on Saturday. I said something. If you hear it, so should you.",
  [EQ, AB], note="Quotes a disability slur to condemn it; shares 'the Cradwell Centre lot' with EQ-12.")
H("HN2-09", "Some of the comments under Cllr Qureshi's post about the mosque open day were disgusting. I've reported them. Anti-Muslim hate has no place in this valley.",
  [EQ], note="Counter-speech without quoting.")
H("HN2-10", "Cllr Lytton has been told online that she should 'stay at home with the baby'. Women can be councillors and mothers. Full stop.",
  [EQ], note="Quotes maternity abuse to condemn it (cf. EQ-07).")
H("HN2-11", "A letter in the Gazette says Cllr Sparey should 'get a hearing aid or get out'. She has one, as it happens, and she reads every page of every report. That letter was cruel.",
  [EQ, PA], note="Quotes disability abuse to condemn it (cf. EQ-23).")
H("HN2-12", "Whoever pinned a cartoon of Cllr Frankel with a hooked nose and a money bag on the Wells Central noticeboard: it's antisemitic, it's been taken down, and the police have it.",
  [EQ], note="Describes an antisemitic cartoon to condemn it (cf. EQ-10).")
H("HN2-13", "'Typical woman, too emotional.' Said to our Leader in Tuesday's meeting by a member of the public. I disagree with Gillian Ashworth on almost everything and that was still out of order.",
  [EQ, PA], note="Quotes sexist abuse of the Leader to condemn it; author kept off her party (cf. EQ-11).", author="@AledWatkinsTVI")
H("HN2-14", "I've had a letter threatening to 'sort me out' over my vote on Hopyard Field. It's gone to the police. I'll carry on voting on the evidence.",
  [BU], note="Quotes a threat received (cf. BU-03 'sort him out').")
H("HN2-15", "Cllr Asante-Price was asked at Tuesday's hustings where he's 'really from'. He's from Link Common. The question was racist and the whole room knew it.",
  [EQ], note="Counter-speech (cf. EQ-08).")
H("HN2-16", "A child at St Ebba's was called a 'gyppo' in the playground and the school dealt with it brilliantly. Proud of them.",
  [EQ, AB], note="Quotes a slur to praise the response.")
H("HN2-17", "'Men in dresses' isn't an argument, it's a sneer. Trans people live in the Hills too, and they deserve better than what's been said this week.",
  [EQ], note="Quotes EQ-26's phrase to rebut it, in the week of TDoR.", day="2026-11-23")
H("HN2-18", "Somebody has been sending Cllr Hadley-Byrne homophobic slurs by DM. Tom, we're all with you. Report, block, and come for a pint at the Wyvern Arms.",
  [EQ], note="Counter-speech describing homophobic abuse.")
H("HN2-19", "Told 'your sort don't belong on the Hills' at my surgery this week. I've been a Kettlebury girl for 61 years. I'm not going anywhere.",
  [EQ], note="A Romany member reports 'your sort' aimed at her.", author="@PatienceBoswell")
H("HN2-20", "Cllr Wainwright came back to her car to find a van blocking it and a note: 'wheelchairs should stay home'. That is disability hate. Reported.",
  [EQ, BU], note="Quotes a hostile note to condemn it.")
H("HN2-21", "Graffiti on the Pump Room this morning: 'Hills First scum'. I'm no fan of their budget, but that is not how we do politics here. Scrubbed off by ten.",
  [AB, PA], note="Condemns abuse of the party the author opposes (cf. AB-27).")
H("HN2-22", "Some people on this page are calling council officers 'useless parasites' over the bin chaos. Officers didn't sign the contract. Aim your anger at us, the elected ones.",
  [PA, AB, OF], note="Defends officers against quoted abuse.")
H("HN2-23", "Received overnight: 'hope your house floods, you lying bitch'. Deleted, reported, carrying on.",
  [AB, BU, PA], note="Quotes abuse received; pinned to a woman member.", author="@SallyGrinnell")
H("HN2-24", "There's a rumour going round that a councillor 'took a bung' from Pellinore. There is no evidence for it whatsoever, and repeating it is defamatory. Stop.",
  [DF], note="Warns against the allegation made in DF-02.")
H("HN2-25", "Quoting a comment left on my page so you understand why I've blocked someone: 'Sikhs should take their daggers back to India'. Removed, account blocked.",
  [EQ], note="Quotes anti-Sikh abuse to explain moderation.")
H("HN2-26", "People keep leaving 'Rupert is a crook' under every budget post. I think his budget is wrong. I don't think he's a crook, and I'll delete those comments.",
  [DF, PA], note="Counter-speech against defamatory comments (cf. DF-03); author kept off his party.", author="@HarjitSandhuCC")
H("HN2-27", "Kids shouting 'Paki shop' at the Station Road newsagent on Halloween night. Parents of Link Common, please talk to yours.",
  [EQ, AB], note="Quotes a racist slur to condemn it.", day="2026-11-02")
H("HN2-28", "Being told I'm 'too young to know anything' at every meeting gets old. I'm 22. The same voters elected me as elected everyone else.",
  [EQ], note="The young member on age-based put-downs (cf. PA-08).", author="@TomHB_CC")

H("HN3-01", "Rural crime in the Teme valley is up and people deserve answers. But the police figures don't back the claim that seasonal pickers are behind it. Let's argue from facts.",
  [EQ], note="Myth-busting the trope of EQ-01.")
H("HN3-02", "The Imperial Hydro contract was badly handled by the Home Office and this council wasn't even consulted. That's a fair criticism. The men living there are not the problem.",
  [EQ], note="Criticises the contract, defends the residents (cf. EQ-14).")
H("HN3-03", "Yes, the Tump Lane transit site needs proper drainage and a warden. Saying so isn't anti-Traveller. Ignoring it would be.",
  [EQ], note="Denied prejudice on a Traveller site, on the merits.")
H("HN3-04", "Myth: the Station Road mosque got a council grant for its car park. Fact: it didn't. It paid for the works and the planning fee itself. Please stop sharing that post.",
  [EQ], note="Myth-busting about a mosque.")
H("HN3-05", "Asking whether members on long leave should have cover arrangements for casework is a fair question. Asking whether mothers should be councillors is not.",
  [EQ], note="Separates a fair question from the attack in EQ-07.")
H("HN3-06", "Should the Pride flag fly at the Priory offices in June? Reasonable people disagree about flag policy. I think yes, and I'll make the case at council.",
  [EQ], note="Civil debate on flag policy.")
H("HN3-07", "Let's be careful in the debate about the Spa Lido changing rooms. Women's concerns are real and trans people's dignity is real. We can discuss both without nastiness.",
  [EQ], note="Civil debate on single-sex spaces.")
H("HN3-08", "On the halal option at St Ebba's: it's one choice on the menu, not a replacement. No child has to eat anything they don't want to, and the cost is the same.",
  [EQ], note="Explains the menu EQ-27 attacks.")
H("HN3-09", "The claim that 'foreigners get the council houses first' in Link Common is false. Allocations go on need and local connection. I've put the figures on my page.",
  [EQ], note="Quotes and rebuts a housing myth.")
H("HN3-10", "Age isn't a reason to stand down and youth isn't a reason to be ignored. Judge councillors on what they do.",
  [EQ], note="Both age positions answered in one line (cf. EQ-06, PA-08).")
H("HN3-11", "Access on the Hills is a real problem: the Ridge path is hopeless for wheelchair users. That's not a reason to keep anyone off planning. It's a reason to fix the path.",
  [EQ], note="The civil answer to EQ-04.")
H("HN3-12", "A few residents have asked whether the Polish Saturday school gets council money. It doesn't. It rents the Link Common hall at the standard rate, same as the Brownies.",
  [EQ], note="Myth-busting, Polish community.")
H("HN3-13", "I'm not anti-immigration and I won't pretend the Ledgemoor caravans are fine either. The site is overcrowded and the workers deserve better housing than that.",
  [EQ], note="'I'm not anti-...' followed by concern for the workers, not blame.")
H("HN3-14", "A parent asked me why St Ebba's does a Black History Month assembly. The head's answer, because it's history and Worcestershire is part of it, was the right one.",
  [EQ], note="The civil version of EQ-20's question.", day="2026-10-29")
H("HN3-15", "A resident asked whether a Sikh councillor can wear a kirpan in the chamber. Yes. It's lawful, and it has happened here for years without a moment's bother.",
  [EQ, BU], note="Religious article explained; bullying allowed for the blade word, equality for the topic.")
H("HN3-16", "Some library users asked about noise during the Cradwell Centre's visits. The library's answer, a quiet room plus a sensory session on Tuesdays, works for everyone.",
  [EQ], note="The civil answer to EQ-12.")
H("HN3-17", "Women firefighters at Temebridge station pass exactly the same fitness test as the men. The ladder doesn't care.",
  [EQ], note="Answers EQ-24 with the facts.")
H("HN3-18", "I know some people were uneasy seeing two dads at the family centre open day. I'd gently say: those children are loved, and that's what a family centre is for.",
  [EQ], note="Gentle answer to EQ-17.")
H("HN3-19", "I was asked whether families at Tump Lane pay council tax. They pay pitch rent and council tax like anyone else. Happy to share the figures.",
  [EQ], note="Myth-busting about Travellers.")
H("HN3-20", "Housing older people well is one of this district's biggest challenges. It isn't about 'bed blocking'. It's about building bungalows, and we haven't.",
  [EQ], note="Quotes and rejects an ageist phrase.")
H("HN3-21", "I'm often asked whether the district 'spends too much on diversity'. The equalities budget is £31,000 out of £19 million. Judge for yourselves.",
  [EQ], note="Facts in a charged debate.")
H("HN3-22", "The Gazette asked whether a civil partner should sit at the Chairman's table at civic dinners. Of course they should. Same rule as for a husband or a wife.",
  [EQ], note="Civil partnership in civic life (cf. EQ-18).")
H("HN3-23", "Is the chamber accessible for autistic members? Fair question from Cllr Rees-Hollins, and the honest answer is 'not really': harsh lighting, noise, no quiet room. Let's fix it.",
  [EQ], note="Disability access, naming the member respectfully (cf. EQ-16).")
H("HN3-24", "RE at St Ebba's covers six faiths. That's the agreed syllabus, not 'indoctrination'. Any parent can ask to see it.",
  [EQ], note="Myth-busting on religious education.")
H("HN3-25", "Some say the Hopwardine plan is being 'pushed by young incomers'. The consultation responses came from every age group. Argue about the plan, not about people's birthdays.",
  [EQ, PR], note="Rebuts an age framing (cf. EQ-19); predetermination allowed as the plan is pending.")
H("HN3-26", "It's fine to say the asylum dispersal system is broken. I say it all the time. It is not fine to say the people caught up in it are criminals.",
  [EQ], note="Draws the line between policy and people.")
H("HN3-27", "For clarity: I'm not against women in leadership. I'm against this particular budget. Those are two different sentences and I'd ask people to stop mixing them up.",
  [EQ], note="Denied prejudice, on the merits; author kept off the Leader's party.", author="@OwenProtheroCC")

H("HN4-01", "Diwali celebrations yesterday at the Link Common community hall: diyas, sweets, and easily the best samosas in Worcestershire. Thank you to the Hindu families who welcomed us all.",
  note="Positive mention of a faith group.", day="2026-11-09")
H("HN4-02", "As a wheelchair user I've just done the Ridge path from St Ebba's Spout to the top of the Kettle on the new all-terrain chair. Three years of campaigning. Worth every minute. ♿",
  [EQ], note="Self-description by the member EQ-04 attacks.", author="@EllisWGreen")
H("HN4-03", "Proud to be the first Romany Gypsy woman on this council. My nan picked hops at Hopwardine every September. Now I sit on its planning committee.",
  [EQ], note="Self-description; 'Gypsy' used with pride.", author="@PatienceBoswell")
H("HN4-04", "I'm 83 and I've farmed at Perrywood Green since 1961. If anyone wants to know what the Teme did in '68, ask me over a perry at the Kiln.",
  [EQ], note="Self-description of age.", author="@BunnyCotterell")
H("HN4-05", "Guru Nanak's Gurpurab this week. Langar at the Temebridge gurdwara on Tuesday, all welcome: sit on the floor, eat well, go home happy.",
  note="Self-description of faith practice.", author="@HarjitSandhuCC", day="2026-11-23")
H("HN4-06", "Seven months pregnant and still doing doorstep surgeries in Wells Central. Baby kicks every time anyone mentions the pay machines.",
  [EQ], note="Self-description of pregnancy.", author="@JessLyttonCC")
H("HN4-07", "Anna and I marked ten years of our civil partnership on Saturday with a party in the orchard that got slightly out of hand. Thank you, Hopwardine.",
  note="Self-description of a civil partnership.", author="@RuthGwillimTVI")
H("HN4-08", "Trans Day of Remembrance today. I'm a trans woman and a councillor for Coldcombe, and I'll be in the Priory gardens at six to read the names. Come if you can.",
  [EQ], note="Self-description on TDoR.", author="@FernOckridge", day="2026-11-20")
H("HN4-09", "Queer, rural, and a Hoppers season-ticket holder since I was nine. Temebridge made me.",
  [EQ, AB], note="Reclaimed 'queer' used of himself.", author="@TomHB_CC")
H("HN4-10", "Autistic and on the council: colleagues have been brilliant about the quiet room and the dimmed lights. Small changes, big difference.",
  [EQ], note="Self-description of autism.", author="@DylanReesHollins")
H("HN4-11", "Hearing loop in the chamber is finally fixed! I heard every single word of the budget debate. Not sure that was an improvement.",
  note="Self-description with a joke about the debate.", author="@MaureenSparey")
H("HN4-12", "Born in Gdańsk, raised on the Link, married in Kettlebury church. Polish Heritage Day at the community hall was a joy. Dziękuję!",
  note="Self-description of national origin.", author="@JanKowalczykInd")
H("HN4-13", "Black History Month at St Ebba's today: the Black soldiers and hop-pickers who passed through this valley. My mum came to the Link in 1974 and never left.",
  [EQ], note="Self-description and race history.", author="@KwameAP_CC", day="2026-10-30")
H("HN4-14", "Shabbat dinner with Wyvernhill's Jewish community, small but mighty. Challah from the Priory bakery. Thank you for having me.",
  note="Guest at a Jewish community dinner.")
H("HN4-15", "Interfaith Week walk: Station Road mosque, St Ebba's church, the gurdwara and the Quaker meeting house, all round Link Common. Forty of us and one very muddy field.",
  [EQ], note="Positive, several faiths named (cf. EQ-13).", day="2026-11-12")
H("HN4-16", "Seasonal workers at Ledgemoor brought in 2,000 tonnes of apples and perry pears this year. They keep this valley going. Thank you.",
  note="Positive mention of migrant workers (cf. EQ-01).")
H("HN4-17", "Remembrance at Temebridge war memorial this morning, including the Sikh and Indian soldiers whose names St Ebba's pupils have now added to the roll. Very moving.",
  note="Remembrance of Sikh and Indian soldiers.", day="2026-11-11")
H("HN4-18", "The Cradwell Centre choir brought the house down at the Priory Theatre last night. Learning disabilities, enormous voices, standing ovation.",
  [EQ], note="Positive mention of a disability service (cf. EQ-12).")
H("HN4-19", "Our deaf awareness course for council staff is full already. BSL taster sessions run again in the new year; ask at the Pump Room desk.",
  note="Neutral mention of deafness and BSL.")
H("HN4-20", "Gay, married, two kids and one mad spaniel. That was us at the Priory Slopes family centre open day, and thank you for such a lovely welcome.",
  [EQ], note="Self-description of a same-sex family (cf. EQ-17).", author="@HughPenroseHF")
H("HN4-21", "Girls' cricket at Coldcombe finally has its own nets, thanks to the Hills Fund. Captain is twelve and absolutely terrifying.",
  note="Positive mention of girls' sport; 'terrifying' is fond.")
H("HN4-22", "Mum's from Mirpur, Dad's from Temebridge. I grew up between the mosque and the Hoppers' terrace, and both taught me how to shout.",
  [EQ], note="Self-description of heritage and faith (cf. EQ-25).", author="@NadiaQureshiCC")
H("HN4-23", "'Old, deaf and cantankerous,' my late husband used to call me. He was right on two counts out of three. Thank you all for the birthday cards.",
  [EQ, PA], note="Self-description quoting a fond family joke.", author="@MaureenSparey")
H("HN4-24", "Big turnout at the menopause café at Temebridge library on Wednesday. More of these, please, and more men coming along to listen.",
  note="Neutral mention of a sex-specific health topic.")
H("HN4-25", "Mental health first aiders are now in every council depot. If you're a Verdix crew member struggling this winter, the number's on the cab door.",
  note="Neutral mention of mental health.")
H("HN4-26", "This year's Chairman's chaplain is from the Wyvernhill Baptist church, and next year's will be the imam from Station Road. Proud of that.",
  note="Neutral mention of two faiths in civic life.")
H("HN4-27", "Young Farmers' hedge-laying at Hopwardine on Saturday: the winner was 17, the runner-up 74. Age is a number. Hedges are forever.",
  [EQ], note="Ages mentioned fondly.")

H("HN5-01", "Our new planning portal is a killer app. Honestly, applications validated in half the time. Well done the digital team.",
  [BU], note="Idiom 'killer app'.")
H("HN5-02", "Cllr Prothero absolutely murdered 'Myfanwy' at the Kiln Inn quiz night. Sorry Owen, but it's true. Wonderful night for the flood fund though.",
  [BU, PA], note="Idiom 'murdered' a song; banter at a named member.")
H("HN5-03", "Fair warning: I will be singing at the Hoppers' Christmas do. Brace yourselves, Temebridge. You have been warned.",
  [BU], note="Mock warning about the writer's own singing.")
H("HN5-04", "I'm a gawby old mommet and I forgot my own ward's name at the Gazette hustings. Coldcombe. It's Coldcombe. Has been for thirty years.",
  [PA], note="Self-deprecation with the dialect words of PA-01 and PA-02.", author="@MarianPughCllr")
H("HN5-05", "Bunny Cotterell beat me at the Perrywood ploughing match again. Eighty-three and he took me apart. I'll have my revenge next year, you old rogue.",
  [BU, PA, EQ], note="Banter; 'revenge' and 'took me apart' figurative (cf. BU-04).")
H("HN5-06", "BREAKING (satire): cabinet announces the Spa Lido will reopen as a 'dry swimming experience'. Bring your own imagination. £6.50 a session, concessions available.",
  [IR, HA], note="Satire of a policy, not of a person; irony allowed, haste allowed for the capitals.")
H("HN5-07", "Cabinet member for waste, Colin Bayliss, spotted smiling at a bin lorry. Scenes. (Genuinely though: Kettlebury rounds are back on track. Thanks Colin.)",
  [IR, PA], note="Teasing then thanks (cf. PA-05, PA-07).")
H("HN5-08", "Knackered, nesh, and up to my ankles in the Teme. Sandbagging with the crews on Bridge Street. Put the kettle on for them if you're nearby.",
  note="Dialect 'nesh' (feels the cold); flood volunteering (cf. BU-12).", author="@RuthGwillimTVI")
H("HN5-09", "Got absolutely destroyed in the Kettlebury Camp fell race by a ten-year-old. Legs gone. Dignity gone. Raised £600 for the air ambulance though.",
  [BU], note="'Destroyed' figurative, self-deprecating.")
H("HN5-10", "Harjit and I have a bet on the Hoppers v Coldcombe Rovers derby. Loser wears the other's scarf to full council. I will crush him. Then I'll be gracious about it.",
  [BU], note="Banter with 'crush'.")
H("HN5-11", "Fighting talk from the TVI benches on the hedgerow motion. Handbags at dawn on the Ridge, Cllr Watkins? I'll bring the flask.",
  [BU, PA], note="Figurative challenge in jest.")
H("HN5-12", "Gritters out tonight on the Kettlebury road, the 44 route and over the top. If you must drive the Hills, go slow. And no, I can't make it stop snowing.",
  note="Neutral service notice with a joke.")
H("HN5-13", "Oonts in my lawn again. War has been declared. The oonts are winning.",
  [BU], note="Dialect 'oonts' (moles), figurative war (cf. PA-18, BU-17).")
H("HN5-14", "My wife says my speech on the Spa Quarter was 'like being hit round the head with a spreadsheet'. Fair.",
  [BU], note="Self-deprecation quoting a figurative blow.")
H("HN5-15", "Kwame and I disagree on everything except the Hoppers' left back, who is a genius. He's also (Kwame, not the left back) a decent bloke. Don't tell him.",
  note="Cross-party banter (cf. PA-15).")
H("HN5-16", "Somebody said my amendment was dead on arrival. They were right. It was buried with full honours at 9.40pm.",
  [BU], note="Idiom 'dead on arrival'.")
H("HN5-17", "The Hills are killing me this week. Three site visits on foot and my knees have formally resigned.",
  [BU], note="Idiom 'killing me'.")
H("HN5-18", "Cllr Ockridge's perry has taken the Three Shires rosette again. Robbed, I tell you. Robbed! My pears were superior. (They weren't.)",
  [DF, PA], note="'Robbed' in jest; defamation allowed.")
H("HN5-19", "Mock motion for the Christmas council: 'This chamber resolves that the 44 bus exists.' Satire, yes. But I would quite like to see one.",
  [IR], note="Satire of a policy (bus cuts).")
H("HN5-20", "I'm the gawby who parked in the Chairman's bay at the Priory on Tuesday. Sorry Derek. I've put a donation in the Chairman's charity tin by way of penance.",
  [PA], note="Self-deprecation with the dialect 'gawby'.")
H("HN5-21", "Cllr Pugh and I would happily strangle each other over the hedge policy, and then go for a cider. That's local government.",
  [BU, PA], note="Mutual figurative violence in jest (cf. BU-06).")
H("HN5-22", "We slaughtered them at the council v Gazette cricket. 142 all out, chased down with one wicket left. The press box is in mourning.",
  [BU], note="Sporting 'slaughtered'.")
H("HN5-23", "A dingle, a tump, a tallet and an oont walk into the Kiln Inn. The landlord says, 'Is this a Herefordshire joke?' Best Christmas card entry from Hopwardine school yet.",
  note="Dialect-heavy joke; nothing targeted.")
H("HN5-24", "Friendly reminder from your local pain in the neck: Hopwardine bin day moves to Friday next week. You have been warned. 🗑️",
  [BU], note="'You have been warned' about bin day.")
H("HN5-25", "Ruth, you old scoundrel, you nicked my seat at the WI quiz. Revenge will be served cold, with a scone.",
  [BU, PA, DF], note="Banter with 'nicked' and 'revenge'.")
H("HN5-26", "Dead on my feet after the rest centre shift. Bed. Bridge Street clean-up tomorrow, wellies on by nine.",
  note="Idiom 'dead on my feet'.")
H("HN5-27", "Whole chamber in hysterics when the Chairman's chain got tangled in the microphone. Derek took it like a champion. Best moment of the year.",
  [PA], note="Affectionate laughter with a named member (cf. PA-23, BU-28).")
H("HN5-28", "Sacked myself as quiz captain after we came last. The team called it a mercy killing.",
  [BU], note="Self-deprecation, figurative 'killing'.")

H("HN6-01", "Cllr Bayliss promised in March that missed bins would be under 100 a month by October. The October figure is 412. I'd like him to explain the gap at scrutiny.",
  [PA], note="A named member's promise against the figures (cf. PA-05, DF-01).")
H("HN6-02", "Cllr Vaughan-Lacey told us the reserves would stay above £4m. The draft budget takes them to £2.6m. That's a change he needs to own.",
  [PA, DF], note="Record criticism of the finance member.")
H("HN6-03", "Cllr Pugh has chaired fourteen planning committees this year and not one site visit in Temebridge. Residents have asked me why. So am I.",
  [PA], note="Record criticism of the Chair of Planning.")
H("HN6-04", "The Leader told the Gazette the Spa Lido closure was 'temporary'. The demolition contract went out to tender last week. Those two things can't both be true.",
  [PA, DF], note="Two statements set side by side without calling her a liar (cf. DF-07).")
H("HN6-05", "Cllr Grinnell has turned down three invitations to visit Kiln Close. I've sent a fourth today. The mould isn't going to wait for her diary.",
  [PA], note="Record criticism of the housing member (cf. PA-03).")
H("HN6-06", "For the record: Cllr Dunstable declared his farm's interest and left the room for the Hopyard Field item. That's exactly how it should be done.",
  [PR], note="Praises a declaration on a pending matter (cf. DF-13); predetermination allowed as the item is named.")
H("HN6-07", "Cllr Qureshi's amendment on the food bank grant was costed at £40k and funded from the logo budget. Sensible, and I voted for it even though it wasn't ours.",
  note="Cross-party credit.", author="@AledWatkinsTVI")
H("HN6-08", "Cllr Hemming told the chamber that 'nobody uses the 44 bus'. The operator's figures say 11,000 journeys a year. He should correct the record.",
  [PA, DF], note="Reported speech corrected with figures.")
H("HN6-09", "I asked the Leader four times at full council whether the Cradwell Centre will close. Four times she didn't answer. Residents can draw their own conclusions.",
  [PA, DF], note="Strong scrutiny; 'draw their own conclusions' is pointed but fair.")
H("HN6-10", "Cllr Penrose has attended 41% of meetings this year. That's the council's own attendance table, not my opinion.",
  [PA], note="Attendance record with its source (cf. PA-16).")
H("HN6-11", "Cllr Watkins voted against the flood wall in 2022 and now claims credit for it. I've put both votes on my page. Judge for yourselves.",
  [PA, DF], note="Voting record with sources; defamation allowed as credit-claiming is called out.")
H("HN6-12", "For those who asked: Cllr Tilley told the Link Residents' meeting that the council 'doesn't care about the Link'. I think she's wrong, and here's why, with the spending figures.",
  [PA], note="Reported speech, answered on the merits.")
H("HN6-13", "Cllr Frankel's report on the car park charges leaves out the Saturday figures. I've asked him to publish them. There may be an innocent reason. Let's see them.",
  [DF], note="Scrutiny that explicitly stops short of an allegation.")
H("HN6-14", "Cllr Boswell's motion on the Tump Lane drainage passed unanimously last night. Credit where it's due.",
  note="Praise for the member attacked in EQ-22 and BU-25.")
H("HN6-15", "Cllr Asante-Price has been wrong about the Wells Quarter from day one, in my view, and the footfall numbers now prove it.",
  [PA], note="A member's policy judgement criticised.")
H("HN6-16", "The Chairman ruled my question out of order on Thursday. I think he was wrong, and I've written to the Monitoring Officer asking for the ruling to be reviewed.",
  [PA, OF], note="Disagreement with a ruling through the proper channel.")
H("HN6-17", "Cllr Sparey's flood committee hasn't met since June. The Teme has been over Bridge Street twice since then. That isn't good enough.",
  [PA], note="Record criticism of a committee chair (cf. EQ-23, PA-22).")
H("HN6-18", "Cllr Gwillim told the Echo her group 'always opposed' the quarry extension. The 2024 minutes show she seconded it. Happy to share the minutes.",
  [PA, DF], note="Claim corrected from the minutes without calling her a liar.")
H("HN6-19", "Cllr Kowalczyk's depot relocation figures don't add up: the land value is from 2021. I've asked for an independent valuation. Not an accusation. A question.",
  [DF], note="Questions figures and disclaims an accusation (cf. DF-21).")
H("HN6-20", "The Leader should be ashamed of the Spa Lido decision, and of the way it was slipped out on a Friday at 5pm.",
  [PA], note="'Should be ashamed' of a decision, at a person by role (cf. PA-11).")
H("HN6-21", "Cllr Ockridge's wood-burner motion would cost Coldcombe households hundreds each. I respect her, I think she's wrong, and I'll vote against.",
  note="Respectful disagreement with a named member.")
H("HN6-22", "Cllr Lytton's question on the Verdix contract was the best of the night and the cabinet had no answer to it. Opposition doing its job.",
  note="Praise for a member's scrutiny.")
H("HN6-23", "Cllr Cotterell has been on this council since 1983. Forty-three years of service deserves thanks, and his record on housing deserves scrutiny. Both are true.",
  [EQ, PA], note="Long tenure with record scrutiny (cf. EQ-06).")
H("HN6-24", "Cllr Hadley-Byrne's maiden speech had three figures in it that were wrong. He's new and he'll learn, but somebody in his group should check them before he stands up next time.",
  [PA, EQ], note="Fair correction of a new member; age undertone allowed only as 'new' might be read so.")
H("HN6-25", "Cllr Rees-Hollins was the only member who'd read all 600 pages of the Local Plan evidence. It showed. His were the toughest questions of the day.",
  note="Praise for the member mocked in EQ-16.")
H("HN6-26", "The Gazette reports Cllr Sandhu saying the gurdwara car park problem is 'sorted'. Residents on Mill Lane say it isn't. Harjit, can you update us?",
  note="Reported speech, with a civil question.")
H("HN6-27", "Cllr Wainwright missed the Hills Fund deadline for her own ward's grant. It's a fair criticism and she's said so herself. Let's get the extension through.",
  [PA], note="Fair criticism acknowledged by its subject (cf. PA-25).")

# ---------------------------------------------------------------------------
# Machinery: roster, authors, platforms, timestamps, variants, shuffle, ids.
# ---------------------------------------------------------------------------
PLATFORMS = ["x", "facebook", "bluesky"]
FIRST_DAY, LAST_DAY = date(2026, 10, 26), date(2026, 11, 27)   # all GMT (+00:00)

# Words that point at a councillor without naming them (roles, nicknames).
ROLE_WORDS = {
    "Gillian Ashworth": ["the Leader", "our Leader", "Leader of the Council"],
    "Rupert Vaughan-Lacey": ["Deputy Leader", "Cabinet Member for Finance", "finance member"],
    "Colin Bayliss": ["Cabinet Member for Environment", "cabinet member for waste"],
    "Marian Pugh": ["Chair of Planning", "chairs planning"],
    "Derek Hemming": ["the Chairman", "Chairman of the Council"],
    "Sally Grinnell": ["Cabinet Member for Housing", "housing member"],
    "Maureen Sparey": ["flood committee", "Flood Resilience Committee"],
    "Bernard Cotterell": ["Bunny"],
}
PARTY_WORDS = {
    "Hills First": ["Hills First"],
    "Common Cause": ["Common Cause"],
    "Spring Greens": ["Spring Greens", "Greens"],
    "Teme Valley Independents": ["Teme Valley Independents", "TVI"],
    "Link Residents' Association": ["Link Residents"],
    "Independent": [],
}


def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*?\(([^)]+)\)', line)
        if m and m.group(1) in conf["people"]["councillors"]:
            party[m.group(1)] = m.group(2)
    handle_of = {}
    for h, person in conf["people"]["handles"].items():
        if person in conf["people"]["councillors"]:
            handle_of.setdefault(person, h)
    return conf["people"]["councillors"], party, handle_of


def _has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text, re.I) is not None


def name_words(person, handle):
    first, last = person.split()[0], person.split()[-1]
    return [person, first, last, handle, handle.lstrip("@")] + ROLE_WORDS.get(person, [])


def names_in(text, councillors, handle_of):
    return {p for p in councillors if any(_has(text, w) for w in name_words(p, handle_of[p]))}


def parties_in(text):
    return {p for p, words in PARTY_WORDS.items() if any(_has(text, w) for w in words)}


def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, day=None):
    d = date.fromisoformat(day) if day else rng.choice(weekdays())
    t = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:00+00:00")


CYR = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440",
       "O": "\u041e", "E": "\u0415", "A": "\u0410", "C": "\u0421", "P": "\u0420"}
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}


def _obf_word(w, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(w) if i > 0 and c.lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(w) if i > 0 and c.lower() in DIGIT)
        return w[:i] + DIGIT[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(w) if c in CYR)
        return w[:i] + CYR[w[i]] + w[i + 1:]
    raise ValueError(kind)


def obfuscate(text, kind, word):
    if kind == "caps":
        return "".join(part if part.startswith("@") else part.upper()
                       for part in re.split(r"(@\w+)", text))
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: _obf_word(m.group(0), kind), text)


KEY_RE = re.compile(r"\{?\b((?:PA|AB|BU|EQ|DF)-V?\d+|HN\d-\d+)\b\}?")


def build():
    rng = random.Random(SEED)
    councillors, party, handle_of = load_roster()
    person_of = {h: p for p, h in handle_of.items()}
    keys = [r["key"] for r in ROWS] + [v[0] for v in VARIANTS]
    assert len(keys) == len(set(keys)), "duplicate keys"

    out = {}
    for r in ROWS:
        if r["author"]:
            assert r["author"] in person_of, r["author"]
            author = r["author"]
        else:
            named = names_in(r["text"], councillors, handle_of)
            pnamed = parties_in(r["text"])
            pool = sorted(handle_of[p] for p in councillors
                          if p not in named and party[p] not in pnamed)
            author = rng.choice(pool)
        out[r["key"]] = dict(r, author=author, platform=rng.choice(PLATFORMS),
                             created_at=stamp(rng, r["day"]))

    for vkey, okey, kind, word in VARIANTS:
        o = out[okey]
        allowed = list(o["allowed"])
        if kind == "caps" and HA not in allowed and HA not in o["rules"]:
            allowed.append(HA)
        what = "the whole post in capitals (handles kept)" if kind == "caps" else f"'{word}'"
        out[vkey] = dict(o, key=vkey, text=obfuscate(o["text"], kind, word), allowed=allowed,
                         kind_of_row="variant", variant_of=okey, variant_kind=kind, day=None,
                         created_at=stamp(rng),
                         note=f"Variant of {okey} ({kind}: {what}); labels as the original.")

    order = sorted(out)
    rng.shuffle(order)
    ids = {k: f"{SET}-{i:04d}" for i, k in enumerate(order, 1)}

    def sub(note):
        return KEY_RE.sub(lambda m: ids[m.group(1)], note)

    lines = []
    for k in order:
        r = out[k]
        row = {
            "id": ids[k], "text": r["text"], "author": r["author"],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": sub(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            row["variant_of"] = ids[r["variant_of"]]
            row["variant_kind"] = r["variant_kind"]
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
    else:
        print(f"wrote {len(ids)} posts")
