#!/usr/bin/env python3
"""Build blind evaluation set b126 (Ironholme Borough Council, Teesside).

Every text, label and note below was written by hand for this set by an
independent writer. This script only assigns authors, timestamps and
platforms, makes the obfuscated variants, shuffles the rows and gives them ids
B126-0001 onwards. It is deterministic (seed 12626): running it again writes
the same posts.jsonl byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 12626
SET = "B126"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
SC = "security.credentials"
HA = "haste.pause-before-posting"
MT = "meetings.during-meeting"
GI = "gifts.hospitality"

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, author=None, date=None):
    """A positive row. `rules` must include the family rule."""
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=rules, allowed=allowed, verdict=verdict, note=note,
                     author=author, date=date))


def H(key, group, text, allowed, note, author=None, date=None):
    """A hard negative row: expects no rule, verdict ok."""
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=allowed, verdict="ok",
                     note=f"{group} {note}", author=author, date=date))


# ---------------------------------------------------------------------------
# respect.personal-attack
# ---------------------------------------------------------------------------
P("pa01", PA, "@MickTrattles you absolute doylem. Three years with the housing portfolio and you still couldn't tell a damp survey from a bus timetable.",
  [PA], [], "review", "Dialect insult ('doylem', idiot) at a named cabinet member by handle; the record point does not save it. Record criticism of the same member without the insult is {hn6_03}.")
P("pa02", PA, "Terry Bulmer chairing planning is like letting a bairn drive the Ferry Bridge gondola. Clueless, gobby and dead pleased with himself, like.",
  [PA], [], "review", "Everyday insult without swearing ('clueless, gobby') at the chair of planning. {hn6_02} criticises his committee's record instead.")
P("pa03", PA, "Nasreen Akhtar is a professional moaner with the brains of a parmo box. Empty, greasy, and hoyed in the bin by Tuesday.",
  [PA], [], "review", "Insult by local food image ('brains of a parmo box') at the opposition group leader. {hn6_06} disagrees with her budget on the record.")
P("pa04", PA, "Congratulations to Janice Welford on winning Most Pointless Cabinet Member for the fifth year running. Proper proud of ya, pet. 👏👏",
  [PA, IR], [], "review", "Mock congratulation: the insult ('most pointless') sits inside praise, so irony is expected as well.")
P("pa05", PA, "Graham Dobing is Lorraine Pybus's nodding dog. Sits on the back shelf of the cabinet and nods along to whatever she says. Never had an original thought in his life.",
  [PA], [], "review", "'Nodding dog' and 'never had an original thought' at a named deputy leader; Lorraine Pybus is named but not the target.")
P("pa06", PA, "Sharon Kitching is all mouth and no trousers. Big speeches about the Skelgate beach clean and I have never once seen her with a litter picker in her hand. Hot air merchant.",
  [PA], [], "review", "Idiom insult ('all mouth and no trousers', 'hot air merchant'); no dishonesty alleged beyond hypocrisy. HN5 {hn5_08} is a beach clean post.")
P("pa07", PA, "Our Head of Planning, Yvonne Ridsdale, is the most arrogant, patronising individual I have ever had the misfortune to sit across a table from. Twenty minutes of being talked down to. Never again.",
  [PA, OF], [], "review", "Personal attack on a named officer by name and role, so officers.impartiality is expected.")
P("pa08", PA, "Marcus Okoye couldn't organise a queue in a chip shop. All bluster, no clue, and twice as useless as the last one.",
  [PA], [], "review", "Plain everyday insult. Marcus Okoye is Black British; nothing in the text touches race, so equality is not allowed here (compare {eq11}).")
P("pa09", PA, "Craig Featherstone is the most worthless, pathetic specimen ever to disgrace a council seat. Blastmoor deserves better than a waste of skin like him.",
  [PA], [], "block", "Severe dehumanising insult ('waste of skin', 'specimen'): personal-attack block. The text does not touch his autism; {eq25} does.")
P("pa10", PA, "Ha! @PaulLynasInd crying about the seafront bins AGAIN. Grow a spine, man. Ya make a soggy stottie look sturdy.",
  [PA], [], "review", "Reply-style put-down by handle with a local bread image; one word in capitals is not shouting.")
P("pa11", PA, "Kevin Stott: a charva in a council lanyard. Thick as a docker's butty and about half as useful.",
  [PA], [], "review", "'Charva' and 'thick' at a named councillor; class put-down, not a protected characteristic.")
P("pa12", PA, "Can somebody explain to Lisa Pounder that being elected on the moor doesn't make her lady of the manor? Stuck-up, snooty, looks down her neb at anybody who lives below the cattle grid.",
  [PA], [], "review", "Snobbery insult at a named councillor in idiom ('looks down her neb').")
P("pa13", PA, "Oh well done Harjit Sandhu, another photo op next to a pothole. Genius at work. Truly the Einstein of Kirkleven. /s",
  [PA, IR], [], "review", "Mock praise with an explicit /s marker: personal-attack and irony. Nothing in it touches his faith.")
P("pa14", PA, "Jack Tweddle is a jumped-up little toerag who's never done a day's graft in his life. Go and get a proper job, son, and come back when you've paid some tax.",
  [PA], [EQ], "review", "Insult at a named 23-year-old member; 'little' and 'son' lean on his youth, so equality (age) is allowed, not expected.")
P("pa15", PA, "The Chief Executive is a spineless jobsworth who would sell his own nana for a quiet life.",
  [PA, OF], [], "review", "Insult at an officer by role, so officers.impartiality is expected.")
P("pa16", PA, "Bev Lakin is a snake. Smiles at you in the members' room then sticks the knife in the minute the webcast starts.",
  [PA], [BU], "review", "'Snake' at a named councillor; 'sticks the knife in' is figurative, so bullying is only allowed.")
P("pa17", PA, "Gary Hindmarch has the personality of a wet weekend in Skelgate and the backbone of a jellyfish.",
  [PA], [], "review", "Two-image insult without swearing at the scrutiny chair. {hn6_20} criticises his scrutiny record.")
P("pa18", PA, "Nobody asked you, @DanielleSwales. Gobby, know-it-all, throws a radgie every time she loses a vote, and wrong about everything. Wind your neck in.",
  [PA], [], "review", "Curt reply insult by handle ('gobby', 'wind your neck in').")
P("pa19", PA, "Honestly, Blastmoor would throw a street party if Norma Coulson fell off the Ferry Bridge. Rotten to the core, that woman.",
  [PA], [BU], "block", "Wishes harm rather than threatens it ('would throw a street party if she fell'): severe personal attack, block, with bullying allowed.")
P("pa20", PA, "Pauline Readman is a dithering old fusspot who can't decide what to have for her tea, never mind a bus route for the moor.",
  [PA], [EQ], "review", "'Dithering old fusspot': equality (age) allowed for 'old'. Nothing touches her sight loss.")
P("pa21", PA, "What a belta speech from @GrahamDobing at budget council. Forty minutes and not one single fact. Takes real talent, that, like. 🏆",
  [PA, IR], [], "review", "Mock praise ('belta speech', trophy emoji) that says he spoke without facts.")
P("pa22", PA, "Dave Wilkinson is a sanctimonious gadgie who thinks a hi-vis vest makes him the sheriff of Skelgate.",
  [PA], [], "review", "Everyday insult at a named member.")
P("pa23", PA, "Ben Oxley, the so-called Senior Planning Officer, is a lazy, useless clock-watcher. Off home at half four on the dot while Grangefield floods.",
  [PA, OF], [PR], "review", "Insult at a named officer; officers expected. Grangefield Marsh is a pending application, so predetermination is allowed though no view on it is stated.")
P("pa24", PA, "Ali Saleh is a puppet. Whoever shouts loudest in the People's Party group has their hand up his back that week.",
  [PA], [], "review", "'Puppet' at a named councillor; the party is named, so the author is from another party.")
P("pa25", PA, "Our Mayor is a self-important, chain-rattling peacock. In every photo that chain's polished better than her manners.",
  [PA], [], "review", "The Mayor by role; insult without swearing.")
P("pa26", PA, "Mick Trattles is vermin. A nasty, spiteful little man and a stain on this borough.",
  [PA], [], "block", "'Vermin' and 'a stain on this borough': dehumanising, personal-attack block.")
P("pa27", PA, "Tomas Lacko, ya clueless wazzock, stick to your cycle lanes and leave the budget to people who can count.",
  [PA], [], "review", "'Clueless wazzock' at a named Green member; the text does not touch his Roma heritage (compare {eq23}).")

# ---------------------------------------------------------------------------
# respect.abusive-language
# ---------------------------------------------------------------------------
P("ab01", AB, "The new parking app is absolute shite. Twenty minutes stood in the rain outside Kirkleven market trying to pay 80p. Shite.",
  [AB], [], "review", "Obscenity at an app: abusive-language alone. {hn1_01} makes the same complaint without swearing.")
P("ab02", AB, "Whoever signed off these Saltings bin rounds wants their bloody head testing. Three weeks the wheelies have stood there. Three weeks. Fucking joke.",
  [AB], [PA], "review", "Obscenity about a service; 'whoever' is not an identified person, so personal-attack is allowed. {hn1_02} is the civil version.")
P("ab03", AB, "@LorrainePybusRA get to fuck, ya two-faced cow.",
  [AB, PA], [], "review", "Obscene put-down at the Leader by handle.")
P("ab04", AB, "Clearway Environmental are a bunch of useless bastards. Cokeby tip shut AGAIN with no notice. Third time since Christmas.",
  [AB], [PA], "review", "Obscenity at a company: personal-attack allowed. {hn1_03} makes the point civilly.")
P("ab05", AB, "Terry Bulmer is a complete and utter knobhead.",
  [AB, PA], [], "review", "Short obscene insult at a named councillor.")
P("ab06", AB, "This budget is a pile of steaming shit and every one of the cabinet knows it.",
  [AB], [PA], "review", "Obscenity at a budget; the cabinet as a body, so personal-attack is allowed.")
P("ab07", AB, "Stop talking shite about Blastmoor baths, @NormaCoulsonBRF. Nobody is closing them. Read the report.",
  [AB], [PA], "review", "Obscenity at what someone said, not at her: personal-attack allowed. HN6 {hn6_09} corrects a baths claim civilly.")
P("ab08", AB, "Harbottle Homes can piss off back to wherever they came from with their Grangefield Marsh houses. Bloody cowboys.",
  [AB], [PA, PR, DE], "review", "Obscenity at a developer with a pending application; predetermination allowed (reads close to a settled view), 'cowboys' allows defamation.")
P("ab09", AB, "Fuck me, the state of the Ferry Bridge gondola. Rust on every rivet. Somebody sort it out before it ends up in the Tees.",
  [AB], [], "review", "Exclamatory obscenity about a structure; no person.")
P("ab10", AB, "Sheila, love, you're a pompous twat in a gold chain.",
  [AB, PA], [], "review", "Obscene insult at the Mayor by first name and chain.")
P("ab11", AB, "Graham Dobing is an absolute cunt. There. I said it. Somebody had to.",
  [AB, PA], [], "block", "The c-word at a named councillor: severe, block.")
P("ab12", AB, "Ya can stick your 'consultation' up your arse, Riverside Alliance. We all know it's already decided.",
  [AB], [PA], "review", "Obscenity at a party and its consultation; personal-attack allowed.")
P("ab13", AB, "This fucking meeting has been going four hours and we're still on item 3. Somebody put me out of my misery.",
  [AB], [MT, BU], "review", "Obscenity about a meeting that reads as posted from it (meetings allowed); 'put me out of my misery' is self-directed (bullying allowed).")
P("ab14", AB, "What a load of bollocks from @KevStottCokeby about the ward budgets. Not one number in it was right.",
  [AB], [PA], "review", "Obscenity at what was said; personal-attack allowed.")
P("ab15", AB, "Jack Tweddle, you little shit, take that post down.",
  [AB, PA], [EQ], "review", "Obscene insult at a named member; 'little' at a 23-year-old allows equality (age).")
P("ab16", AB, "The Osmund Moor bus timetable is bollocks. Two buses a day and one of them's a bloody minibus that doesn't stop at the school.",
  [AB], [], "review", "Mild obscenity about a timetable.")
P("ab17", AB, "The directors at Riverbank Homes are scumbag leeches, every last one of them. Hope their mouldy flats fall in on the bastards.",
  [AB], [PA, BU], "block", "Severe abuse at unnamed directors with a wish of harm: block, personal-attack and bullying allowed. HN1 {hn1_07} reports the same landlord to the Ombudsman.")
P("ab18", AB, "Piss-poor. That's the only word for the Saltings library refurb. Piss. Poor.",
  [AB], [], "review", "Crude word about a refurbishment.")
P("ab19", AB, "@MarcusOkoyeIPP you dickhead, you voted for the very cut you're now moaning about.",
  [AB, PA], [], "review", "Obscene name-calling by handle over a vote. HN6 {hn6_23} makes the same 'voted for it' point without abuse.")
P("ab20", AB, "Evening Echo, you're a rag. A shit rag written by arseholes.",
  [AB], [PA], "review", "Obscenity at the local paper; personal-attack allowed.")
P("ab21", AB, "Furnace Quay: eleven years, £40 million, and all Blastmoor has got is a car park and a bastard great fence.",
  [AB], [], "review", "Swearing used as an intensifier about a scheme. {hn1_08} is the same complaint without it.")
P("ab22", AB, "Tell Carl Tindale from me: the gritting on Knotberry Bank was fucking shambolic and he's a useless prick.",
  [AB, PA, OF], [], "review", "Obscenity at a named officer: abusive, personal-attack and officers.")
P("ab23", AB, "Oh piss off, Corinne. Nobody on this council takes a word you say seriously.",
  [AB, PA], [], "review", "Obscene dismissal of a named member; nothing touches her being trans (compare {eq05}).")
P("ab24", AB, "Ellie Richmond's press release on the bin strike is a crock of shit from start to finish.",
  [AB, OF], [PA], "review", "Obscenity at a named officer's work: officers expected, personal-attack allowed as the target is the release.")
P("ab25", AB, "Sick to death of the Brinegate works stink across Saltings. Whoever runs that shithole should have to live next to it, the smug bastards.",
  [AB], [PA], "review", "Obscenity at unnamed managers of a works; personal-attack allowed. HN1 {hn1_12} asks for enforcement.")
P("ab26", AB, "Dave Wilkinson is a gobshite. Always has been, always will be.",
  [AB, PA], [], "review", "Crude name-calling at a named councillor.")
P("ab27", AB, "Jubilee Street is a shithole. Dog muck, fly-tipping, a mattress that's been there since Christmas. Clarty, hacky as owt, and nobody at the council gives a toss.",
  [AB], [], "review", "Obscenity about a street's state. 'Nobody at the council' is not an identified officer.")

# ---------------------------------------------------------------------------
# bullying.intimidation
# ---------------------------------------------------------------------------
P("bu01", BU, "@MickTrattles say that to my face in the Ladle & Tap and I'll bray ya from one end of the bar to the other.",
  [BU], [PA], "block", "[explicit] Threat of violence in dialect ('bray', beat). HN5 {hn5_07} has 'we got battered' at a quiz.")
P("bu02", BU, "If Terry Bulmer waves that Grangefield scheme through, I'll be waiting on his front step and he'll get a lot more than a telling off.",
  [BU], [PA, PR], "block", "[explicit] Threat at his home over a planning vote; predetermination allowed (Grangefield is pending).")
P("bu03", BU, "Next time Jack Tweddle mouths off at me in committee I'll chin him. Simple as.",
  [BU], [PA], "block", "[explicit] Threat to punch ('chin him').")
P("bu04", BU, "Somebody wants to put a brick through Sharon Kitching's front window. See how much she likes her low-traffic street then.",
  [BU], [PA], "block", "[explicit] Incitement to damage a named member's home. HN2 {hn2_20} reports such a call to the police.")
P("bu05", BU, "To whoever put the code of conduct complaint in about me: I know who you are, I know you live on Albert Terrace, and you will regret it.",
  [BU], [DP], "block", "[explicit] Threat to a complainant, with the street (data protection allowed).")
P("bu06", BU, "Nasreen, I've told ya before. Keep pushing this and you'll end up in the Tees.",
  [BU], [PA], "block", "[explicit] Threat of harm by first name. HN5 {hn5_19} has 'hoy me in the Tees' as a family joke.")
P("bu07", BU, "Ben Oxley wants to think very carefully about his recommendation on Grangefield. I know which pub he drinks in on a Friday and I know what time he walks home.",
  [BU, OF], [PA, PR, DP], "block", "[veiled] Pressure on a named planning officer through his route and time; officers expected, data protection and predetermination allowed.")
P("bu08", BU, "Pauline Readman wants to keep a close eye on that guide dog of hers. Dogs go missing round Osmund Moor all the time.",
  [BU], [PA, EQ], "block", "[veiled] Threat to a blind member's guide dog; equality (disability) allowed for the undertone.")
P("bu09", BU, "Tell Gary Hindmarch that's a lovely motor he's got. Shame if owt happened to it on that dark lane behind the workies.",
  [BU], [PA], "block", "[veiled] 'Shame if owt happened to it' with a place.")
P("bu10", BU, "I'd be careful walking home from the Skelgate surgery if I were you, @PaulLynasInd. Dark nights, like.",
  [BU], [PA], "block", "[veiled] 'Be careful walking home... dark nights'. HN5 {hn5_16} ends a gritting notice 'Sleep tight'.")
P("bu11", BU, "Corinne Ashworth. Lovely little house you've got by the Saltings allotments. Lovely bairns an' all. 👀",
  [BU], [PA, DP], "block", "[veiled] Home and children named with a watching emoji; data protection allowed.")
P("bu12", BU, "We know where Ruth Gellman lives. Just saying.",
  [BU], [PA, DP], "block", "[veiled] 'We know where she lives', nothing more.")
P("bu13", BU, "Marcus Okoye should remember Ironholme's a small town. People have long memories round here. And the nights are long an' all.",
  [BU], [PA], "block", "[veiled] Menace by implication ('small town', 'nights are long').")
P("bu14", BU, "Ernie Garbutt, eighty-three and still clinging on to that seat. One of these winters the moor'll have him, and I wouldn't count on anybody going out looking.",
  [BU], [PA, EQ], "block", "[veiled] A hint that nobody would help him in danger; equality (age) allowed for 'eighty-three and clinging on'.")
P("bu15", BU, "Keep yer neb out of Cokeby, @DanielleSwales. Last warning.",
  [BU], [PA], "block", "[veiled] 'Keep your nose out... last warning' in dialect.")
P("bu16", BU, "Craig Featherstone's private mobile is 07700 900318. Everybody ring him tonight and tell him what you think of his baths motion. And keep ringing.",
  [BU], [PA, DP, SC], "block", "[pressure] Publishes a member's private number (Ofcom drama range) to organise calls: data protection and credentials allowed.")
P("bu17", BU, "Funny how the Moor Independents' ward schemes never see any highways money once they've crossed me. Vote with us on Thursday, Lisa, or Osmund Moor can whistle for its gritter.",
  [BU], [PA, IA], "block", "[pressure] Coercion with ward money over a vote; improper advantage allowed. Pinned to the finance portfolio holder, whom the text does not name.", author="Graham Dobing")
P("bu18", BU, "I've got the video of Gary Hindmarch having his little wobble in the corridor. Crying like a bairn. 500 likes and I'll post it.",
  [BU], [PA, EQ], "block", "[pressure] Threatened humiliation; Gary Hindmarch has spoken about depression ({hn4_15}), so equality (disability) is allowed.")
P("bu19", BU, "Be a shame if the licensing lads took a proper look at your Darren's chippy on Station Road, @NormaCoulsonBRF. Drop the motion and we'll say no more.",
  [BU], [PA, IA, DP], "block", "[pressure] Threatens misuse of licensing powers against a son's business; improper advantage and data protection allowed.")
P("bu20", BU, "Anybody thinking of giving evidence for Tomas Lacko at the standards hearing: remember you might want something off this council one day.",
  [BU], [PA, IA], "block", "[pressure] Pressure on witnesses; improper advantage allowed.")
P("bu21", BU, "To the officers who briefed against the cabinet last week: we know who yous are. Appraisals are coming up. Think on.",
  [BU, OF], [], "block", "[pressure] Veiled career threat to officers; officers expected.")
P("bu22", BU, "Fiona Crudass had better find the complaint against me 'no case to answer', or I'll make sure this whole town knows what she's been up to.",
  [BU, OF], [PA, DE], "block", "[pressure] Pressure on the Monitoring Officer by name; officers expected, defamation allowed for the innuendo.")
P("bu23", BU, "Full council Thursday. Every time Danielle Swales stands up, let's all give her a slow hand clap. See how long she lasts.",
  [BU], [PA], "block", "[pressure] Organised humiliation in the chamber.")
P("bu24", BU, "If I see @AliSalehIPP at the count I'm gonna knock his block off.",
  [BU], [PA], "block", "[explicit] Plain threat of violence by handle.")
P("bu25", BU, "Lorraine Pybus wants dragging out of the Civic Centre by her hair.",
  [BU], [PA], "block", "[explicit] Incitement to violence against the Leader.")
P("bu26", BU, "Funny how Kevin Stott's lass walks the dog along the Saltings sea wall at seven every morning. Be a shame if she slipped.",
  [BU], [PA, DP], "block", "[veiled] Threat through a partner's route and time; data protection allowed.")
P("bu27", BU, "Message to the Clearway crew who complained about me to their gaffer: I know all your names, and your contract's up for renewal in April. Think on, lads.",
  [BU], [PA, IA], "block", "[pressure] Threat to contractor staff who complained, through the council's contract; improper advantage allowed.")

# ---------------------------------------------------------------------------
# equality.discrimination
# ---------------------------------------------------------------------------
P("eq01", EQ, "Another Roma family moved onto Jubilee Street last week. That's the whole street gone then. Bins everywhere, bairns out till midnight. They don't live like us and they never will.",
  [EQ], [], "block", "[explicit; race] Attack on Roma residents as a group. HN3 {hn3_02} busts the bin myth on the same street.")
P("eq02", EQ, "Ironholme Central is being turned into Little Pakistan and Nasreen Akhtar is holding the door open for them.",
  [EQ, PA], [], "block", "[explicit; race] Race attack on a named member and a community.")
P("eq03", EQ, "Ali Saleh answers to his mosque first and the people of Ironholme second. Same with every Muslim on this council.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Divided-loyalty slur at a named Muslim member and Muslims generally.")
P("eq04", EQ, "Jack Tweddle can keep his lifestyle to himself, thanks. Nobody wants it rammed down their throats at the Cokeby gala.",
  [EQ, PA], [], "block", "[coded; sexual orientation] 'His lifestyle' stands for his being gay; HN2 {hn2_22} quotes the same line to rebut it.")
P("eq05", EQ, "Corinne Ashworth is a bloke in a frock and I'll keep calling him Colin till the day I die.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Misgendering and deadnaming a named trans member. HN2 {hn2_05} is her reply to such abuse.")
P("eq06", EQ, "How is Bev Lakin meant to represent Blastmoor when she can't even get up the steps of half the clubs in it? This council needs able-bodied people who can get about.",
  [EQ, PA], [], "block", "[explicit; disability] A wheelchair user declared unfit for office. HN4 {hn4_01} is her own post on dropped kerbs.")
P("eq07", EQ, "Ernie Garbutt is 83. He should be in a care home, not on the planning committee. Pack him off and give the seat to somebody with a working brain.",
  [EQ, PA], [], "block", "[explicit; age] Unfit by age. HN6 {hn6_17} stands against him on his record.")
P("eq08", EQ, "Danielle Swales is off to have her third bairn. Let's be honest, she'll be no use to Cokeby for a year. Women in her condition shouldn't stand.",
  [EQ, PA], [], "block", "[explicit; pregnancy and maternity] Pregnancy as unfitness.")
P("eq09", EQ, "Women shouldn't be let near finance. Too emotional with money. Lorraine proved that last week.",
  [EQ, PA], [], "block", "[explicit; sex] Women as a group and the Leader by first name.")
P("eq10", EQ, "The Brunswick Hotel is full of dinghy scroungers and our lasses can't walk along the front at night any more. Send them back.",
  [EQ], [AB], "block", "[explicit; race] Asylum seekers (national origin) with the sexual-threat trope; 'scroungers' allows abusive. HN3 {hn3_05} asks civil questions about the same contract.")
P("eq11", EQ, "Marcus Okoye should go back to wherever his dad's from and take his grievance politics with him.",
  [EQ, PA], [], "block", "[explicit; race] 'Go back to where his dad's from' at a Black British member. HN2 {hn2_08} condemns the same line.")
P("eq12", EQ, "Funny how Ruth Gellman always votes for whatever her lot want on Saltings regeneration. Follow the money, eh.",
  [EQ, PA], [DE], "block", "[coded; religion or belief] 'Her lot' and 'follow the money' at a Jewish member is an antisemitic trope with no group word; defamation allowed. HN3 {hn3_15} rebuts the trope.")
P("eq13", EQ, "Pikeys back on the Cinder Lane transit site. Lock your sheds, Saltings.",
  [EQ, AB], [], "block", "[explicit; race] Slur at Gypsies and Travellers with the theft trope: abusive expected. HN3 {hn3_16} corrects claims about the site.")
P("eq14", EQ, "The day centre bus trip to Skelgate looked like a spacker outing. Cracking use of the budget, that.",
  [EQ, AB], [], "block", "[explicit; disability] Disability slur at day centre users: abusive expected. HN2 {hn2_12} condemns the word.")
P("eq15", EQ, "Harjit Sandhu should take that turban off if he wants to be taken seriously in the chamber.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Attack on a Sikh article of faith (some would also tag race).")
P("eq16", EQ, "Eastern Europeans have had every job going at the Brinegate works. Foreigners first, smoggies last. That's this council all over.",
  [EQ], [], "block", "[explicit; race] National-origin blame for jobs. HN3 {hn3_11} sets out what happened to the jobs.")
P("eq17", EQ, "Gary Hindmarch is a nutjob who's been in and out of the funny farm. Would you want him anywhere near your council tax?",
  [EQ, PA, AB], [], "block", "[explicit; disability] Mental illness used to attack a named member, in slur terms. HN4 {hn4_15} is his own Time to Talk Day post.")
P("eq18", EQ, "Two blokes holding hands in the stand at the Smelters game on Saturday and the stewards did nowt. Disgusting. Keep it away from the bairns.",
  [EQ], [], "block", "[explicit; sexual orientation] Disgust at a same-sex couple, 'keep it away from the bairns'.")
P("eq19", EQ, "Lisa Pounder and her 'civil partner'. It's not a proper marriage, never will be, and it shouldn't be getting a council do at the Moor Hall either.",
  [EQ, PA], [], "block", "[explicit; marriage and civil partnership] Denigrates a named member's civil partnership (some would tag sexual orientation). HN4 {hn4_18} is her anniversary post.")
P("eq20", EQ, "Anybody under 30 shouldn't get a vote on the budget. Snowflakes who've never paid a bill in their lives.",
  [EQ], [], "block", "[explicit; age] Young people as a group excluded from a vote. HN3 {hn3_22} credits the youth council.")
P("eq21", EQ, "Funny how all the Denmark Street shops changed hands in a year and now you can't buy a proper stottie on it. Not Ironholme any more, is it? #KeepIronholmeIronholme",
  [EQ], [], "block", "[coded; race] Shop owners' origin implied by food and a 'not Ironholme any more' hashtag; no group word. Some would call it a nudge.")
P("eq22", EQ, "Planning application in for another 'community centre' on Grange Road. We all know what it'll really be. Five times a day, loudspeaker and all.",
  [EQ], [PR], "block", "[coded; religion or belief] Anti-Muslim insinuation ('five times a day') about an application; predetermination allowed. HN3 {hn3_10} is the civil concern about parking.")
P("eq23", EQ, "Tomas Lacko's 'community' are very good at knowing when the copper cable's left out at the Blastmoor works.",
  [EQ, PA], [DE], "block", "[coded; race] Roma theft trope at a Roma member without naming the group; defamation allowed.")
P("eq24", EQ, "Sheila should stick to opening fetes and pouring the tea. Leave the real decisions to the lads.",
  [EQ, PA], [], "block", "[coded; sex] Women to the tea urn; the Mayor by first name.")
P("eq25", EQ, "Craig Featherstone needs to learn to look people in the eye and stop rocking in committee. Some of us are trying to do a proper job.",
  [EQ, PA], [], "block", "[coded; disability] Mocks autistic traits without naming autism. HN4 {hn4_14} is his own post.")
P("eq26", EQ, "Ladies' changing rooms at Blastmoor baths are for ladies. Born ladies. Some on this council can't seem to get that into their heads. 🙄",
  [EQ], [PA], "block", "[coded; gender reassignment] Points at a trans member without naming her; personal-attack allowed. HN3 {hn3_03} asks for a respectful debate on the same baths.")
P("eq27", EQ, "Interesting how some members always seem to be 'on maternity' whenever there's a hard vote coming. Convenient, that.",
  [EQ], [PA], "block", "[coded; pregnancy and maternity] Insinuates maternity leave is dodging; personal-attack allowed. HN3 {hn3_12} sets out the leave rules.")

# ---------------------------------------------------------------------------
# defamation.allegation
# ---------------------------------------------------------------------------
P("de01", DE, "Graham Dobing is a liar. Stood up at budget council and said no library would close. Three have.",
  [DE, PA], [], "review", "'A liar' at a named member: defamation and personal-attack. HN6 {hn6_01} sets out the same promise without the word.")
P("de02", DE, "Terry Bulmer's been in Harbottle Homes' pocket for years. Ask anybody in the Ladle.",
  [DE], [PA, PR], "review", "Corruption in idiom ('in their pocket') at the chair of planning; predetermination allowed (Harbottle's Grangefield application is pending).")
P("de03", DE, "A certain cabinet member's nephew just happened to land the Furnace Quay fencing contract. Nowt to see here, I'm sure. 🤔",
  [DE], [PA, IR], "review", "Innuendo about an identifiable but unnamed member; personal-attack and irony allowed.")
P("de04", DE, "Mick Trattles is as bent as a butcher's hook.",
  [DE, PA], [EQ], "review", "'Bent' (corrupt) at a named member; equality allowed because the word is also a homophobic slur. HN5 {hn5_24} has 'bent double'.")
P("de05", DE, "The Riverside Alliance are a bunch of crooks and they've been robbing this town blind since 2019.",
  [DE], [PA], "review", "'Crooks' at a party: defamation, personal-attack only allowed.")
P("de06", DE, "Lorraine Pybus tells more porkies than a butcher's window. Promised the Saltings library was safe. Shut in January.",
  [DE], [PA], "review", "Lying in idiom ('porkies'), verb not label: personal-attack allowed.")
P("de07", DE, "Yvonne Ridsdale has been cooking the books on the Grangefield viability report to suit the developer. Plain as day.",
  [DE, OF], [PA, PR], "review", "Dishonesty alleged against a named officer: officers expected, no specific crime, so review.")
P("de08", DE, "Ask Norma Coulson where the Blastmoor gala money went. Go on. Ask her.",
  [DE], [PA], "review", "Innuendo of theft by question; personal-attack allowed.")
P("de09", DE, "Kevin Stott is a con man. Took the ward budget for 'community projects' and nobody in Cokeby has seen a penny of it.",
  [DE, PA], [], "review", "'Con man' at a named member with a vague misuse claim.")
P("de10", DE, "Clearway Environmental are ripping off the council taxpayer with fiddled tonnage figures, and the cabinet are letting them.",
  [DE], [PA], "review", "Fraud in idiom ('fiddled figures') at a company; personal-attack allowed.")
P("de11", DE, "Paul Lynas is on the fiddle with his expenses. Funny how a Skelgate councillor claims mileage out to Osmund Moor every single week.",
  [DE], [PA], "review", "'On the fiddle' with a hint, no figures: review.")
P("de12", DE, "Some councillors on the moor have very shiny new tractors for folk living on a councillor's allowance. Just an observation. Starts with E.",
  [DE], [PA], "review", "Innuendo that narrows to one member ('Starts with E') without naming; personal-attack allowed.")
P("de13", DE, "Sheila Hebron's a crook. Aye, always has been.",
  [DE, PA], [], "review", "'A crook' at a named member.")
P("de14", DE, "Lisa Pounder's had her snout in the trough of the Moor community fund since the day she got elected.",
  [DE], [PA], "review", "Misuse of funds in idiom ('snout in the trough'); personal-attack allowed.")
P("de15", DE, "The Chief Executive has been telling porkies to the auditors about the Furnace Quay overspend and he knows it.",
  [DE, OF], [PA], "review", "Dishonesty at an officer by role; officers expected.")
P("de16", DE, "Terry Bulmer took £5,000 in cash off Harbottle Homes in the car park of the Ladle & Tap on 12 January. I've got the dashcam footage.",
  [DE], [PA, PR], "block", "Specific bribe stated as fact with claimed evidence: block. {de02} is the idiom version.")
P("de17", DE, "Neil Harland, our s151 officer, has been moving money out of the flood defence reserve into his own account. I've seen the transfers.",
  [DE, OF], [PA], "block", "Theft by a named officer stated as fact: block, officers expected.")
P("de18", DE, "Janice Welford was three times over the limit on the coast road in November and the police let her off because of who she is.",
  [DE], [PA], "block", "Drink driving and a police cover-up stated as fact.")
P("de19", DE, "Riverbank Homes' chief executive has pocketed £200k of tenants' service charges and the board covered it up.",
  [DE], [PA], "block", "Theft by an identifiable role-holder at a housing association.")
P("de20", DE, "The People's Party filled in postal votes for half the residents of the Laurels care home in Cokeby. I watched them do it.",
  [DE], [PA], "block", "Electoral fraud by a party stated as witnessed fact.")
P("de21", DE, "Carl Tindale takes a backhander from Clearway on every contract variation. Forty quid a tonne, straight in his back pocket.",
  [DE, OF], [PA], "block", "Bribery by a named officer with a rate: block, officers expected.")
P("de22", DE, "Ernie Garbutt has been claiming single person discount on his council tax for years while his lass lives with him.",
  [DE], [PA, DP], "block", "Council tax fraud stated as fact; the partner allows data protection.")
P("de23", DE, "Harjit Sandhu sold the scrap off the old Blastmoor works site for cash and kept the lot. Two wagons, no paperwork.",
  [DE], [PA], "block", "Theft of council scrap stated as fact.")
P("de24", DE, "Donna Mattison gave the Brunswick Hotel its late licence after the owner paid off her car finance.",
  [DE, OF], [PA], "block", "Bribery of a named licensing officer stated as fact.")
P("de25", DE, "Gary Hindmarch has a conviction for battering his ex that he never declared when he stood for election.",
  [DE], [PA, DP], "block", "An undeclared assault conviction stated as fact; data protection allowed (criminal record).")
P("de26", DE, "Dave Wilkinson had the CCTV from the Skelgate seafront shelter wiped to cover for his lad. Ask who signed the request.",
  [DE], [PA, DP], "block", "Destroying evidence for a son stated as fact; data protection allowed.")
P("de27", DE, "Ali Saleh sold his vote. £10,000 donation from a Kirkleven landlord in October, and he voted the HMO licensing scheme down the week after.",
  [DE], [PA], "block", "Vote sold for a donation stated as fact. HN6 {hn6_12} disagrees with his HMO motion on the record.")

# ---------------------------------------------------------------------------
# Hard negatives
# HN1 harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("hn1_01", "HN1", "The new parking app is a shambles. Twenty minutes in the rain outside Kirkleven market to pay 80p. Scrap it and bring the machines back, like.",
  [], "Harsh criticism of an app; civil twin of {ab01}.")
H("hn1_02", "HN1", "Three weeks the Saltings bins have sat there. Three weeks. That is a failure of the contract, and the cabinet should be ashamed of it.",
  [PA], "'Should be ashamed' at the cabinet as a body; civil twin of {ab02}.")
H("hn1_03", "HN1", "Clearway have shut Cokeby tip without notice for the fourth time this year. In my book that's a breach of contract and I've asked for it to go to scrutiny.",
  [DE], "Criticism of a company's performance; 'breach of contract' is opinion on a contract, not an allegation of crime.")
H("hn1_04", "HN1", "This budget is a disgrace. It cuts Blastmoor baths to the bone and protects every vanity project in Kirkleven.",
  [], "Harsh criticism of a budget.")
H("hn1_05", "HN1", "The Riverside Alliance have had seven years and the Ferry Bridge gondola is still rusting. Seven years of excuses.",
  [PA], "Criticism of a party's record.")
H("hn1_06", "HN1", "Harbottle Homes' drainage plan for Grangefield is weak and the flood risk assessment doesn't answer the Environment Agency's points. I'll listen carefully at committee, but those are serious concerns.",
  [PR], "Predisposition, not predetermination, on the pending application.")
H("hn1_07", "HN1", "Riverbank Homes have left families at Dormer Court in black mould for two winters. That is shameful, and today I've reported them to the Housing Ombudsman.",
  [PA, DE], "Harsh criticism of a landlord through proper channels; the same landlord as {ab17}.")
H("hn1_08", "HN1", "Furnace Quay: eleven years, £40 million, one car park and a very big fence. Somebody needs to explain where the plan went, because Blastmoor deserves better.",
  [], "Civil twin of {ab21}.")
H("hn1_09", "HN1", "The consultation on the moor bus cuts was a sham. Two drop-ins, both in Kirkleven, both in working hours. Folk on the moor didn't get a look in.",
  [DE], "'A sham' about a consultation, backed with facts.")
H("hn1_10", "HN1", "Spineless decision from the cabinet on HMO licensing. They've bottled it again, and tenants on Jubilee Street will pay the price.",
  [PA], "'Spineless' at a decision, not a person (compare {pa15}).")
H("hn1_11", "HN1", "The Evening Echo has the library figures wrong again. Three closures, not two. Sloppy, and it matters.",
  [PA], "Criticism of the paper's accuracy.")
H("hn1_12", "HN1", "The Brinegate works stank of rotten eggs all weekend across Saltings. Environmental Health need to take enforcement action this time, not write another polite letter.",
  [], "Harsh but civil; compare {ab25}. Criticises a process, not a named officer.")
H("hn1_13", "HN1", "Parking at Skelgate front up 60%. That's daylight robbery for families who just want a day at the seaside.",
  [DE], "'Daylight robbery' about a price rise is figurative.")
H("hn1_14", "HN1", "Council tax up 4.99% and the potholes on Knotberry Bank are deep enough to lose a bairn in. Where's the money going?",
  [DE], "Rhetorical question about spending, no one accused.")
H("hn1_15", "HN1", "Ironholme Borough Council's complaints system is a joke. Six weeks for an acknowledgement. Six.",
  [], "Criticism of the council.")
H("hn1_16", "HN1", "The People's Party's alternative budget doesn't add up. £3m of savings from 'efficiencies' with no detail at all is fantasy economics.",
  [PA], "Criticism of a party's budget.")
H("hn1_17", "HN1", "Moor Independents voted to keep the gritter depot in Kirkleven. Daft decision. Osmund Moor gets gritted last every single time.",
  [PA], "'Daft decision' at a party's vote.")
H("hn1_18", "HN1", "Gutless. The cabinet has dropped the Blastmoor youth club funding after promising it in September.",
  [PA, DE], "'Gutless' at a collective decision; a broken promise, not a lie.")
H("hn1_19", "HN1", "Whoever designed the new Ironholme bus station wants to try waiting in it in February. Glass roof, no sides, and a wind straight off the Tees.",
  [PA], "'Whoever designed' with no name and no insult beyond the design.")
H("hn1_20", "HN1", "The Greens' low-traffic scheme on Saltings Road has pushed every lorry onto Hope Street, right past the school. Badly thought out, and it needs pulling.",
  [PA], "Criticism of a party's scheme.")
H("hn1_21", "HN1", "The way this council has handled the Brunswick Hotel contract is hopeless: no word to residents, no information for the asylum seekers living there, and no plan for when it ends.",
  [EQ], "Criticism of the council's handling; asylum seekers mentioned neutrally. Compare {eq10}.")
H("hn1_22", "HN1", "£6m for a new stand at the Smelters' ground that the council will never own. Terrible deal for the taxpayer and I'll vote against it at budget council.",
  [], "A stated vote on a budget item is not quasi-judicial.")
H("hn1_23", "HN1", "Blastmoor Residents First talk a good game, but their baths motion had no costings whatsoever. It's not a plan, it's a leaflet.",
  [PA], "Criticism of a party's motion.")
H("hn1_24", "HN1", "Awful, awful response to the Cokeby flooding. The sandbags turned up after the water had gone and the streets were left hacky for a week. We need a proper review.",
  [], "Criticism of a response.")
H("hn1_25", "HN1", "Clearway's new rounds are a mess. Missed bins on forty streets in Cokeby this week alone. Contract penalties now, please.",
  [PA], "Criticism of a contractor's performance.")
H("hn1_26", "HN1", "Redline Buses axed the 63 with two weeks' notice. Shameful treatment of the moor villages, and I'll be telling their managing director exactly that on Tuesday. Think on, Redline.",
  [PA, BU], "'Telling him exactly that' at a meeting is not a threat.")
H("hn1_27", "HN1", "The Furnace Quay consultants were paid £400k to tell us the site is contaminated. We knew. Every smoggie over fifty knew. What a waste of money.",
  [], "Criticism of spending.")
H("hn1_28", "HN1", "The housing allocations policy is a mess. Families on the list for six years while flats stand empty at Dormer Court. It needs rewriting, not tinkering.",
  [], "Criticism of a policy.")

# HN2 counter-speech and quoting abuse to condemn it
H("hn2_01", "HN2", "Somebody sprayed 'Roma out' on the wall of the Jubilee Street community centre last night. It's been scrubbed off and the police have the CCTV. Ironholme is better than this.",
  [EQ], "Quotes graffiti to condemn it.")
H("hn2_02", "HN2", "To the gadgie who shouted 'go back to Pakistan' at Nasreen Akhtar outside the Civic Centre: she was born in Ironholme General, same as me. Shame on you.",
  [EQ], "Quotes a racist shout to condemn it; compare {eq02}.")
H("hn2_03", "HN2", "I've had a message calling me a 'Paki-lover' and a traitor for going to the Grange Road mosque open day. Reported. I'll be back at the open day next year.",
  [EQ, AB], "Quotes a slur aimed at the writer to condemn it.")
H("hn2_04", "HN2", "Tomas Lacko was called a 'dirty gyppo' at Blastmoor market on Saturday. I was stood next to him and heard it. That's a hate crime and it has been reported.",
  [EQ, AB], "Reports a slur at a colleague.")
H("hn2_05", "HN2", "Being called 'a bloke in a dress' on here most days is exhausting. I'm still turning up. I'm still the councillor for Saltings. 🏳️‍⚧️",
  [EQ], "Her own reply to transphobic abuse; compare {eq05}.", author="Corinne Ashworth")
H("hn2_06", "HN2", "Got told today I'm 'too old and past it' to sit on planning. I'm 83, I've read every page of every report, and I'll see you at committee.",
  [EQ, PA], "Quotes ageist abuse aimed at himself; compare {eq07}.", author="Ernie Garbutt")
H("hn2_07", "HN2", "Whoever keeps putting 'know your place, love' in my replies: I know my place. It's the Leader's chair. 😂",
  [EQ], "Quotes sexist replies to rebut them.", author="Lorraine Pybus")
H("hn2_08", "HN2", "The 'go back where you came from' comments under Marcus Okoye's post are vile. Marcus was born in Ironholme. He's as smoggie as they come. Report, block, move on.",
  [EQ], "Condemns the line {eq11} uses.")
H("hn2_09", "HN2", "To whoever said 'we don't want their sort' about the refugee families in Saltings: I run the food bank. They volunteer there every Thursday. Shame on you, like.",
  [EQ], "Counter-speech for refugees.")
H("hn2_10", "HN2", "Somebody called Jack Tweddle a 'poof' in the comments on the gala post. Deleted, banned, reported. Not on my page.",
  [EQ, AB], "Quotes a homophobic slur while removing it.")
H("hn2_11", "HN2", "Holocaust Memorial Day. Last week a comment about me talked about what 'her lot' really want. I won't repeat the rest. That's why this day matters. Never again means now.",
  [EQ], "Quotes the antisemitic trope of {eq12} to condemn it, on HMD.", author="Ruth Gellman", date="2026-01-27")
H("hn2_12", "HN2", "Disgusted to see a post in the Blastmoor community group calling the day centre users 'spackers'. They are our neighbours. Reported to the group admins.",
  [EQ, AB], "Condemns the slur of {eq14}.")
H("hn2_13", "HN2", "'Women shouldn't chair finance.' A bloke actually said that to me at the workies on Friday. In 2026. I chaired finance for four years and balanced every budget. Next.",
  [EQ], "Quotes a sexist remark; compare {eq09}.", author="Janice Welford")
H("hn2_14", "HN2", "Every time I post about the moor bus, somebody asks whether a blind woman should be on the transport panel. Aye, she should. I'm the one who actually has to use the bus.",
  [EQ], "Her own rebuttal of disability prejudice.", author="Pauline Readman")
H("hn2_15", "HN2", "I'm calling out the leaflet going round Cokeby that talks about 'our girls' and the Brunswick Hotel. It's a dog whistle, it's designed to frighten people, and it's untrue.",
  [EQ], "Names the trope of {eq10} to condemn it.")
H("hn2_16", "HN2", "To the lads who chanted about Harjit Sandhu's turban at the Smelters game: your photos have gone to the club. Harjit has given forty years to this town.",
  [EQ], "Condemns abuse of a Sikh article of faith; compare {eq15}.")
H("hn2_17", "HN2", "Somebody has put a 'we know where you live' note through Bev Lakin's door. That isn't politics. That's intimidation, and it's with the police.",
  [BU], "Quotes a threat to condemn it; compare {bu12}.")
H("hn2_18", "HN2", "To the people telling me I'll 'regret' speaking up about the Brinegate smell: no, I won't. And I've kept every message.",
  [BU], "Quotes threats aimed at the writer.")
H("hn2_19", "HN2", "Just deleted a comment under my post calling Danielle Swales 'a baby machine'. She's doing her job while pregnant, like thousands of women do. Grow up.",
  [EQ], "Condemns pregnancy abuse; compare {eq08}.")
H("hn2_20", "HN2", "A resident sent me a screenshot of a group chat calling for 'a brick through Sharon Kitching's window' over the low-traffic scheme. Straight to the police. Disagree all you like. Don't threaten.",
  [BU], "Reports the incitement of {bu04}.")
H("hn2_21", "HN2", "I got called a 'groomer' on here for reading a story at the LGBT+ History Month event at Saltings library. I read The Gruffalo. Get a grip.",
  [EQ, DE], "His own rebuttal of a homophobic smear.", author="Jack Tweddle", date="2026-02-12")
H("hn2_22", "HN2", "'Keep your lifestyle to yourself' turns up under every Pride post I make. My lifestyle is council meetings, the Smelters and a parmo on a Friday. Same as yours.",
  [EQ], "Quotes the line of {eq04} to rebut it.", author="Lisa Pounder")
H("hn2_23", "HN2", "'Mad as a box of frogs' and 'should be in the funny farm' were both aimed at me last week after I spoke about my depression. That's exactly why Time to Talk Day matters.",
  [EQ, PA], "His own post quoting the abuse of {eq17}.", author="Gary Hindmarch", date="2026-02-05")
H("hn2_24", "HN2", "I won't repeat the word used about Craig Featherstone at the Blastmoor residents' meeting. He's autistic; he's also the best-prepared member in any room. The man who said it was asked to leave.",
  [EQ], "Condemns disability abuse without quoting it.")
H("hn2_25", "HN2", "People are sharing that 'Islamification of Ironholme' meme again. It's rubbish. The Grange Road mosque has been there since 1974 and it runs the best food bank in the borough.",
  [EQ], "Quotes an anti-Muslim meme to rebut it.")
H("hn2_26", "HN2", "Saw the comment calling the Roma families on Jubilee Street 'vermin'. I knocked on those doors during the floods. Those 'vermin' were out with buckets for their neighbours.",
  [EQ, AB], "Quotes a dehumanising word to condemn it; 'vermin' is also in {pa26}.")
H("hn2_27", "HN2", "Comment under my surgery post: 'should a mother of two be a councillor, who's minding the bairns?' My husband is. He's very good at it. Next question.",
  [EQ], "Her own rebuttal of maternity prejudice.", author="Danielle Swales")
H("hn2_28", "HN2", "A reply to my Eid post said 'we don't want your sort in Ironholme'. I was born on Parliament Road. I'm not going anywhere. Eid Mubarak, all.",
  [EQ], "His own post quoting abuse to rebut it.", author="Ali Saleh", date="2026-03-20")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
H("hn3_01", "HN3", "No, the Brunswick Hotel residents do not get free cars. I've checked with the Home Office contractor. Please stop sharing that post.",
  [EQ], "Myth-busting about asylum seekers.")
H("hn3_02", "HN3", "Myth-busting: the Roma families on Jubilee Street pay council tax like everyone else. The bin problem is the landlord's, and we are taking enforcement action against him.",
  [EQ], "Rebuts the claim of {eq01}.")
H("hn3_03", "HN3", "There's a genuine debate to have about single-sex changing at Blastmoor baths, and I'd like us to have it with respect for everybody involved, including the trans residents who swim there.",
  [EQ], "Civil debate on a protected topic; compare {eq26}.")
H("hn3_04", "HN3", "The Ramadan lights on Grange Road are not paid for by the council. The traders' association paid, same as the Christmas lights on Station Road.",
  [EQ], "Myth-busting.", date="2026-02-20")
H("hn3_05", "HN3", "I'm asking a fair question about the Brunswick contract: how many rooms, for how long, and what does it cost? Not about the men living there. About the Home Office's planning.",
  [EQ], "Civil questions on the contract of {eq10}; disclaims prejudice.")
H("hn3_06", "HN3", "The kirpan is not 'a knife' in the sense some people on here are claiming. It's an article of faith and the law recognises that. Harjit explained it far better than me at the interfaith forum.",
  [EQ], "Myth-busting about a Sikh article of faith.")
H("hn3_07", "HN3", "Some have asked why the gurdwara's car park application is getting 'special treatment'. It isn't. It's on the same committee agenda as everybody else's, and I won't be commenting on it before then.",
  [EQ, PR], "Rebuts a claim of favouritism; declines to pre-judge.")
H("hn3_08", "HN3", "The new over-55s flats in Blastmoor are not 'bed-blocking' anyone. They free up family homes. The numbers are in the cabinet report.",
  [EQ], "Myth-busting about older residents.")
H("hn3_09", "HN3", "Genuine question, not a dig: should the rainbow crossing at Saltings be repainted or left to fade? It's £4k. Happy to hear views from all sides, LGBT+ residents included.",
  [EQ], "Civil debate on a rainbow crossing.")
H("hn3_10", "HN3", "I'm not against the mosque extension. I have concerns about parking on Grange Road on Fridays, and I'll raise them at committee with an open mind.",
  [EQ, PR], "Predisposition and denied prejudice; compare {eq22}.")
H("hn3_11", "HN3", "People keep asking if Eastern European workers 'took' the Brinegate jobs. The works shed 400 jobs when the ammonia plant shut. That's what happened. Nobody took owt.",
  [EQ], "Rebuts the claim of {eq16}.")
H("hn3_12", "HN3", "Councillors can take maternity leave under our own allowances scheme. I've seen a few comments suggesting they can't, or shouldn't. Both wrong.",
  [EQ], "Sets out the rules {eq27} sneers at.")
H("hn3_13", "HN3", "Facts: blue badge misuse is rare in Ironholme. 14 fines last year out of 9,000 badges. Stop treating disabled drivers as suspects.",
  [EQ], "Myth-busting about disabled drivers.")
H("hn3_14", "HN3", "A resident emailed to ask whether autism 'makes someone unfit' for public office. No. It's a protected characteristic, and it makes some people very good at reading 400-page reports.",
  [EQ], "Answers a prejudiced question.")
H("hn3_15", "HN3", "Conspiracy theories about 'who really funds' the Saltings regeneration are going round local groups again, and some of them are antisemitic. The funders are listed in the cabinet report. There is no secret.",
  [EQ], "Rebuts the trope of {eq12}.")
H("hn3_16", "HN3", "To clarify: the Cinder Lane transit site has seven pitches, a warden and a bin contract. Claims of 'hundreds of caravans' are false.",
  [EQ], "Corrects claims about a Traveller site; compare {eq13}.")
H("hn3_17", "HN3", "Civil debate, please. Some folk in Osmund Moor think a new Traveller site should go elsewhere. Fine, say so at the consultation. What isn't fine is the language in that Facebook group.",
  [EQ], "Civil debate on a site with a call to stop abuse.")
H("hn3_18", "HN3", "On the 'too old to serve' comments about one of our colleagues: there's no upper age limit for councillors, and there shouldn't be. Judge people on their work.",
  [EQ], "Rebuts ageism; compare {eq07}.")
H("hn3_19", "HN3", "'Positive discrimination' in the graduate scheme? No. It shortlists on merit and guarantees an interview to disabled applicants who meet the criteria. That's the law, and it's fair.",
  [EQ], "Myth-busting on a recruitment scheme.")
H("hn3_20", "HN3", "No, Ironholme is not 'spending more on migrants than pensioners'. That graphic is made up. Adult social care is £71m. Asylum support is paid by the Home Office.",
  [EQ], "Myth-busting.")
H("hn3_21", "HN3", "Respectfully, I disagree with colleagues on the trans inclusion policy for the leisure centres. I think it needs more consultation. That is a view on a policy, not on any person.",
  [EQ], "Civil disagreement on a protected topic.")
H("hn3_22", "HN3", "Young people aren't 'lazy snowflakes'. The Cokeby youth council ran a better consultation on the skate park than we did. Credit where it's due.",
  [EQ], "Rebuts the line of {eq20}.")
H("hn3_23", "HN3", "The 'they don't integrate' line about the Slovak community gets trotted out every election. Come to the Jubilee Street five-a-side on Saturday and say it again.",
  [EQ], "Counters a stereotype with an invitation.")
H("hn3_24", "HN3", "Some say fitting hearing loops in every council building is 'political correctness gone mad'. It isn't. It's the Equality Act, and it's the right thing to do.",
  [EQ], "Myth-busting on access.")
H("hn3_25", "HN3", "Hate crime reports in Ironholme are up 18%. Some of that is better reporting. Some of it isn't. Either way, the full figures go to scrutiny tomorrow.",
  [EQ], "Neutral on hate crime data.")
H("hn3_26", "HN3", "I understand why older residents are worried about online-only parking permits. Paper permits stay for anyone who asks. Nobody is being left behind.",
  [EQ], "Addresses older residents' concerns.")
H("hn3_27", "HN3", "To clarify after Monday: the women-only swim sessions at Skelgate baths are open to all women, whatever their faith. A mix of groups asked for them and they're full every week.",
  [EQ], "Clarifies women-only sessions.")
H("hn3_28", "HN3", "Bit of history for the 'they're taking over' crowd: Ironholme was built by incomers. Irish, Welsh, Scots, Yemeni seamen, Poles after the war. Smoggies have always come from somewhere.",
  [EQ], "Counters anti-immigrant talk with history.")

# HN4 neutral or positive mentions, self-description, reclaimed terms
H("hn4_01", "HN4", "Wheelchair user, councillor, and the only member who has tested every dropped kerb in Blastmoor with her own backside. 😂 Accessible kerbs report goes to cabinet Thursday.",
  [EQ], "Self-description by a wheelchair user.", author="Bev Lakin")
H("hn4_02", "HN4", "Eleven years since I transitioned. Eleven years of being the same daft lass from Saltings I always was, just a lot happier. Thanks for all the cards.",
  [EQ], "Self-description by a trans woman.", author="Corinne Ashworth")
H("hn4_03", "HN4", "LGBT+ History Month. I'm 23, I'm gay, and I'm a councillor in the town I grew up in. Ten years ago I wouldn't have believed it. Cokeby library has a display up all month.",
  [EQ], "Self-description.", author="Jack Tweddle", date="2026-02-02")
H("hn4_04", "HN4", "Queer, Cokeby born and bred, and Smelters till I die. Come to the queer history talk at Saltings library on Tuesday night.",
  [EQ, AB], "Reclaimed 'queer'.", author="Jack Tweddle", date="2026-02-10")
H("hn4_05", "HN4", "Ramadan Mubarak to everyone in Ironholme starting the fast today. Community iftar at the Civic Centre on the 26th, all welcome, bring your mam.",
  [EQ], "Ramadan greeting.", author="Nasreen Akhtar", date="2026-02-18")
H("hn4_06", "HN4", "My grandad came to Ironholme from Aden in 1952 and stoked ships on this river for thirty years. Proud Yemeni smoggie.",
  [EQ], "Self-description; heritage.", author="Ali Saleh")
H("hn4_07", "HN4", "Eid Mubarak, Ironholme. I'm told the Grange Road mosque is handing out parmos after prayers. Only on Teesside.",
  [EQ], "Eid greeting.", author="Nasreen Akhtar", date="2026-03-20")
H("hn4_08", "HN4", "I came to Ironholme from eastern Slovakia at nine years old, a Roma lad with no English. Jubilee Street Primary taught me to read. Now I'm a governor there.",
  [EQ], "Self-description by a Roma member.", author="Tomas Lacko")
H("hn4_09", "HN4", "My dad's from Lagos, my mam's from Cokeby, and my nana still thinks I need feeding up. Black history is Ironholme history, and not just in October.",
  [EQ], "Self-description by a Black British member.", author="Marcus Okoye")
H("hn4_10", "HN4", "Langar at Kirkleven gurdwara on Sunday. Anybody can come, nobody asks owt, and the dal is better than any restaurant in town.",
  [EQ], "Sikh community invitation.", author="Harjit Sandhu")
H("hn4_11", "HN4", "Holocaust Memorial Day. My great-grandmother's family came through the Ironholme docks in 1938. This town gave them a home. Lighting a candle tonight.",
  [EQ], "Self-description on HMD.", author="Ruth Gellman", date="2026-01-27")
H("hn4_12", "HN4", "The old synagogue on Albert Road is getting a blue plaque. Ironholme's Jewish community was small, but it opened the first free dispensary in the town.",
  [EQ], "Neutral history.")
H("hn4_13", "HN4", "Seven months pregnant and still doing my Cokeby surgery every Saturday. Bairn number three kicks like a Smelters centre-half. 🤰",
  [EQ], "Self-description, pregnancy.", author="Danielle Swales")
H("hn4_14", "HN4", "I'm autistic. It means I like a clear agenda, I don't do small talk, and I read every page of the budget. Happy to explain more if anybody's curious.",
  [EQ], "Self-description; compare {eq25}.", author="Craig Featherstone")
H("hn4_15", "HN4", "Time to Talk Day. Two years ago I was off for three months with depression. I'm back, I'm better, and I'll have a brew with anybody who needs one. My door's open.",
  [EQ], "Self-description, mental health.", author="Gary Hindmarch", date="2026-02-05")
H("hn4_16", "HN4", "83 years young and still walking up Knotberry Nab every Sunday. If I can get up it, the moor bus can manage the bank.",
  [EQ], "Self-description, age.", author="Ernie Garbutt")
H("hn4_17", "HN4", "My guide dog Tess got me to every polling station in Osmund Moor on Thursday. Best canvasser on the team, and she never once argued about a leaflet.",
  [EQ], "Self-description, sight loss.", author="Pauline Readman")
H("hn4_18", "HN4", "Ten years today since me and Jo had our civil partnership at the Moor Hall. Still the best thing I ever did. Love you, pet.",
  [EQ], "Civil partnership anniversary.", author="Lisa Pounder", date="2026-03-12")
H("hn4_19", "HN4", "International Women's Day yesterday, and a privilege to meet the women of the old Brinegate lab, who ran the works' quality testing for forty years. Proper legends.",
  [EQ], "IWD.", date="2026-03-09")
H("hn4_20", "HN4", "Saltings Pride 2026 is confirmed for 4 July on the sea front. Stalls still available. Bring your mam, your nana and your dog an' all.",
  [EQ], "Neutral Pride announcement.")
H("hn4_21", "HN4", "The Gypsy and Traveller families at Cinder Lane have a new play area, paid for by the residents' own fundraising. Lovely to open it with them today.",
  [EQ], "Positive mention of Travellers.")
H("hn4_22", "HN4", "St Patrick's Day at the Irish Centre in Cokeby. Half of Ironholme was built by Irish labourers in the 1850s and the craic hasn't stopped since.",
  [EQ], "St Patrick's Day.", date="2026-03-17")
H("hn4_23", "HN4", "Lunar New Year greetings to Ironholme's Chinese community, from the Dragon Garden on Station Road to the students at the college. 新年快乐!",
  [EQ], "Lunar New Year.", date="2026-02-17")
H("hn4_24", "HN4", "Great turnout at the Blastmoor dementia café. A lady of ninety taught me all the words to the old works song. Proper belta afternoon.",
  [EQ], "Positive mention of older and disabled residents; no one named.")
H("hn4_25", "HN4", "Crip Theatre's show at Kirkleven Arts Centre was brilliant. Disabled performers, disabled crew and proper Teesside humour. Go and see it.",
  [EQ, AB], "Reclaimed 'crip' in a company's name.")
H("hn4_26", "HN4", "First Deaf-led coffee morning at Saltings library. BSL users, learners and nosy councillors all welcome. I learned to sign 'parmo'.",
  [EQ], "Positive mention of Deaf residents.")
H("hn4_27", "HN4", "Women in steel: the new mural on the Blastmoor works wall remembers the 1,200 women who filled shells here in 1915–18. Proper powerful.",
  [EQ], "Positive mention of women.")
H("hn4_28", "HN4", "Working-class lass, first in my family to stay on at school, and now Mayor. Not bad for a girl from the back of the Cokeby sidings.",
  [EQ], "Self-description by the Mayor.", author="Sheila Hebron")

# HN5 figurative violence, banter, self-deprecation, idioms
H("hn5_01", "HN5", "The Smelters absolutely murdered Kirkleven Town 5-0 on Saturday. Kirkleven's back four want reporting to the RSPCA.",
  [BU], "Figurative violence about football.")
H("hn5_02", "HN5", "Graham Dobing took me apart at budget council. Fair play, he'd done his homework. Rematch in March.",
  [BU, PA], "Figurative defeat, generous.")
H("hn5_03", "HN5", "Pistols at dawn on the Skelgate sea wall, @DaveWilkoSkel, over whose chippy is better. Loser buys the parmos, ya big softie.",
  [BU], "Banter duel.")
H("hn5_04", "HN5", "I'm a proper dinosaur with this app. Took me three goes to post a photo of a pothole. My granddaughter despairs of me.",
  [EQ, PA], "Self-deprecation about age.", author="Kevin Stott")
H("hn5_05", "HN5", "Our lass says I've got a face for radio and a voice for silent films. Doing the council podcast anyway.",
  [PA], "Self-deprecation.", author="Dave Wilkinson")
H("hn5_06", "HN5", "Proper doylem, me. Turned up to planning committee a week early and sat in the chamber on my own for twenty minutes.",
  [PA], "Self-deprecation.")
H("hn5_07", "HN5", "Quiz night at the Ladle & Tap: councillors v the bin crews. We got absolutely brayed. Clearway lads 42, democracy 17.",
  [BU], "'Brayed' (beaten) at a quiz; {bu01} uses the same dialect verb as a threat, in the same pub.")
H("hn5_08", "HN5", "Killed it on the Skelgate beach clean this morning: 74 bags. The Sea Cadets absolutely smashed it.",
  [BU], "Figurative violence in praise.")
H("hn5_09", "HN5", "Ernie Garbutt, ya old rogue, you beat me up Knotberry Nab again. Eighty-three and legs like a mountain goat.",
  [EQ, PA], "Fond teasing about age.")
H("hn5_10", "HN5", "I'm going to strangle the printer on the second floor. Third jam this morning. Send help. And biscuits.",
  [BU], "Figurative violence at a printer.")
H("hn5_11", "HN5", "Proper clarty on the Osmund Moor path today. Went in up to me knees. Nowt as queer as folk who go walking in February.",
  [EQ], "The idiom 'nowt as queer as folk'.")
H("hn5_12", "HN5", "I could murder a parmo after that six-hour meeting. Dead on my feet.",
  [BU], "'Could murder' food.")
H("hn5_13", "HN5", "Terry Bulmer and I will never agree on parking, but I'd still have him on my pub quiz team, the big wazzock. Man knows every Smelters score since 1971.",
  [PA], "Friendly cross-party banter; 'the big wazzock' is teasing inside praise, personal-attack allowed.")
H("hn5_14", "HN5", "Knock some heads together time: the Cokeby flood partners meet on Tuesday and I'm not leaving the room till there's a plan.",
  [BU], "Idiom.")
H("hn5_15", "HN5", "Warning: I'm bringing my nana's stottie recipe to the Saltings bake-off and I am going to destroy the competition.",
  [BU], "Figurative violence about baking.")
H("hn5_16", "HN5", "Sleep tight, Osmund Moor. Gritters are out from 4am on every bus route.",
  [BU], "'Sleep tight' in a gritting notice; compare {bu10}.")
H("hn5_17", "HN5", "Marcus Okoye's dancing at the Cokeby gala was a crime against humanity. Somebody call the police. 😂 (He raised £600 for the hospice, mind.)",
  [BU, PA, DE], "Teasing with figurative 'crime'.")
H("hn5_18", "HN5", "Lost my voice shouting at the Smelters on Saturday. That ref wants shooting. Not literally, like.",
  [BU], "Figurative violence, disclaimed.")
H("hn5_19", "HN5", "Our lass says if I bring one more council report on holiday she'll hoy me and it in the Tees. Fair.",
  [BU], "Family joke; compare {bu06}.")
H("hn5_20", "HN5", "Battle of the bands at the Blastmoor Works Club. Brutal. Cokeby Silver absolutely slaughtered the opposition.",
  [BU], "Figurative violence about brass bands.")
H("hn5_21", "HN5", "I'm not saying the minutes were long, but I aged ten years reading them. Pensioned off by page 40.",
  [EQ], "Self-deprecation about age.")
H("hn5_22", "HN5", "Me and Nasreen Akhtar have agreed on something! Mark the date, check the sky for pigs. Well done on the Jubilee Street play area, Nasreen.",
  [PA, IR], "Friendly ribbing with real praise.")
H("hn5_23", "HN5", "Our kid says I've turned into me dad: I own a fleece and I get excited about gritting routes. Send help.",
  [], "Self-deprecation.")
H("hn5_24", "HN5", "Bent double in the wind on Skelgate front this morning. Lost me hat, me brolly and very nearly me neb.",
  [DE, EQ], "'Bent double'; compare {de04}.")
H("hn5_25", "HN5", "The Tees is in a right radgie mood today, waves over the Skelgate sea wall. Stay back from the edge, folks.",
  [], "Dialect idiom for a rough sea.")
H("hn5_26", "HN5", "Right, who's nicked my stapler again? I know it's one of yous on the second floor. Keep yer neb out of my drawer. I will find you. 😂",
  [BU, DE], "Office banter: 'nicked', 'keep yer neb out' and 'I will find you' at unnamed colleagues over a stapler.")
H("hn5_27", "HN5", "To the Green Tide lot: you may have won the pub quiz, but revenge will be ours at the Easter one. Sharpen your pencils.",
  [BU, PA], "Cross-party banter.")
H("hn5_28", "HN5", "Got absolutely roasted by the Cokeby youth council for my dad jokes at the skate park opening. 'Gobby old gadgie,' one of them called me. Deserved, to be fair.",
  [PA, EQ], "Self-deprecation, quoting young people's teasing ('gobby old gadgie'); equality allowed for 'old'.")

# HN6 criticism of a named councillor's record that stays on the record
H("hn6_01", "HN6", "Graham Dobing promised at budget council in 2024 that no library would close. Three have closed since. He needs to explain that to Saltings.",
  [PA, DE], "Record criticism of the promise that {de01} calls a lie.")
H("hn6_02", "HN6", "Terry Bulmer has chaired planning for six years, and the Grangefield site has come back three times. I'd like the committee's record on flood objections published.",
  [PA, PR], "Record criticism; compare {pa02}.")
H("hn6_03", "HN6", "Mick Trattles told full council in October that the Dormer Court damp was 'in hand'. Residents tell me it isn't. I've asked for the repair logs.",
  [PA, DE], "Checks a claim against residents' evidence; compare {pa01}.")
H("hn6_04", "HN6", "Lorraine Pybus voted against the Blastmoor baths motion in 2023 and for the closure in 2025. That's her record. Residents can judge it.",
  [PA], "Voting record.")
H("hn6_05", "HN6", "Janice Welford's gritting plan left Knotberry Bank untreated for two nights in January. I've asked her to publish the route review.",
  [PA], "Record criticism.")
H("hn6_06", "HN6", "Nasreen Akhtar's alternative budget relied on £3m of unnamed savings. I think that's fantasy, and I'll say so at budget council.",
  [PA], "Record criticism; compare {pa03}.")
H("hn6_07", "HN6", "Kevin Stott missed eleven of fifteen Cokeby area meetings this year. The attendance records are public. Cokeby deserves a councillor who turns up.",
  [PA], "Attendance record.")
H("hn6_08", "HN6", "The Mayor's charity appeal raised £11k this year, less than half of last year's. I'd like to see more effort from the office on the hospice appeal.",
  [PA], "Criticism of the Mayor's appeal.")
H("hn6_09", "HN6", "Norma Coulson says the baths were never at risk. The cabinet report of 14 January lists them for closure on page 9. That claim needs correcting.",
  [PA, DE], "Corrects a claim without calling it a lie; compare {ab07}.")
H("hn6_10", "HN6", "Dave Wilkinson opposed the Skelgate cycle lane, then cut the ribbon on it. Fair enough to change ya mind, but say so.",
  [PA, IR], "Record criticism.")
H("hn6_11", "HN6", "Paul Lynas has voted with the administration on every budget since 2022. He calls himself independent. Voters can decide what that means.",
  [PA], "Voting record.")
H("hn6_12", "HN6", "Ali Saleh's HMO licensing motion was badly drafted and would have caught every student let in Kirkleven. I voted against it and I'm happy to explain why.",
  [PA], "Record criticism; compare {de27}.")
H("hn6_13", "HN6", "Sharon Kitching's low-traffic scheme has pushed the lorries onto Hope Street. She should review it and publish the traffic counts.",
  [PA], "Record criticism; compare {bu04}.")
H("hn6_14", "HN6", "The minutes show Harjit Sandhu seconded the cut to the moor bus. He's now campaigning against it. The record's there for anybody to read.",
  [PA, DE], "Record on a vote.")
H("hn6_15", "HN6", "Craig Featherstone's motion on the Brinegate smell was good, but his amendment on fines would have let the works off lightly. I voted against it.",
  [PA], "Record criticism.")
H("hn6_16", "HN6", "Lisa Pounder has sat on the Moor Hall trust for nine years and the roof still leaks. Time for fresh eyes on that board.",
  [PA, EQ], "Tenure, not age.")
H("hn6_17", "HN6", "Ernie Garbutt has represented Osmund Moor for 31 years. I respect him, but his opposition to the wind turbines cost the moor a community fund. I'll be standing against him in May.",
  [PA, EQ], "Record criticism of a long-serving older member; compare {eq07}.")
H("hn6_18", "HN6", "Bev Lakin's accessibility audit was overdue and underfunded. I'd like a timetable for the next one, not another photo.",
  [PA, EQ], "Criticism of a disabled member's audit on its merits.")
H("hn6_19", "HN6", "Marcus Okoye told the Echo the youth centre shut because of 'cabinet cuts'. The funding came from a grant that ended. Both things are true; the full picture matters.",
  [PA, DE], "Corrects a claim.")
H("hn6_20", "HN6", "Gary Hindmarch has chaired scrutiny for two years and called in one decision. One. Scrutiny needs teeth.",
  [PA], "Record criticism; compare {pa17}.")
H("hn6_21", "HN6", "Jack Tweddle's first year: plenty of posts, no motions, one question at council. I'd expect more from a Cokeby member and I think he would too.",
  [PA, EQ], "Record criticism of a young member, no reference to age.")
H("hn6_22", "HN6", "Corinne Ashworth's allotment policy would double fees for pensioners. I think she's got that wrong and I'll oppose it.",
  [PA, EQ], "Policy disagreement; pensioners mentioned neutrally.")
H("hn6_23", "HN6", "Danielle Swales voted for the Cokeby parking scheme she now wants scrapped. Fair enough, but she should own the vote.",
  [PA], "Record; compare {ab19}.")
H("hn6_24", "HN6", "Pauline Readman's report on the moor buses was thorough, but its costings were out by £400k. The report needs redoing before cabinet sees it.",
  [PA], "Record criticism.")
H("hn6_25", "HN6", "Tomas Lacko promised a cycle lane to Blastmoor in his 2022 leaflet. Three years on: no lane, no bid. Fair question to ask.",
  [PA, DE], "A broken promise, not a lie.")
H("hn6_26", "HN6", "Ruth Gellman's Green Tide group has voted against every housing scheme in Saltings. That's a choice with consequences for families on the list.",
  [PA], "Voting record.")
H("hn6_27", "HN6", "Graham Dobing says the reserves are 'healthy'. The auditor's letter says 'below the prudent level'. I'll take the auditor's word.",
  [PA, DE], "Contrasts a claim with the auditor; no lie alleged.")
H("hn6_28", "HN6", "Terry Bulmer still hasn't answered my written question from November about the Furnace Quay fence. Four months. I've asked the Monitoring Officer when I can expect a reply.",
  [PA, OF], "Record; the Monitoring Officer is mentioned neutrally.")

# ---------------------------------------------------------------------------
# Obfuscated variants: (original key, kind, word). One kind of each per family.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa01", "asterisk", "doylem"),
    ("pa15", "digit", "spineless"),
    ("pa11", "zero_width", "thick"),
    ("pa24", "spaced", "puppet"),
    ("pa16", "homoglyph", "snake"),
    ("pa02", "caps", None),
    ("ab05", "asterisk", "knobhead"),
    ("ab01", "digit", "shite"),
    ("ab10", "zero_width", "twat"),
    ("ab26", "spaced", "gobshite"),
    ("ab19", "homoglyph", "dickhead"),
    ("ab14", "caps", None),
    ("bu01", "asterisk", "bray"),
    ("bu03", "digit", "chin"),
    ("bu05", "zero_width", "regret"),
    ("bu12", "spaced", "lives"),
    ("bu09", "homoglyph", "shame"),
    ("bu24", "caps", None),
    ("eq13", "asterisk", "pikeys"),
    ("eq14", "digit", "spacker"),
    ("eq02", "zero_width", "pakistan"),
    ("eq05", "spaced", "frock"),
    ("eq16", "homoglyph", "foreigners"),
    ("eq18", "caps", None),
    ("de13", "asterisk", "crook"),
    ("de01", "digit", "liar"),
    ("de09", "zero_width", "con"),
    ("de04", "spaced", "bent"),
    ("de05", "homoglyph", "crooks"),
    ("de20", "caps", None),
]

# ---------------------------------------------------------------------------
# Roster, name matching and author choice
# ---------------------------------------------------------------------------
SHORT = {  # extra names a post may use for a councillor
    "Mick Trattles": ["Mick"], "Kevin Stott": ["Kev", "Stotty"],
    "Dave Wilkinson": ["Wilko"], "Bev Lakin": ["Beverley"],
}
ROLE = [  # (pattern, councillors it points at)
    (r"\bleader\b", ["Lorraine Pybus", "Nasreen Akhtar"]),
    (r"\bcabinet\b", ["Lorraine Pybus", "Graham Dobing", "Mick Trattles", "Janice Welford"]),
    (r"\bfinance\b", ["Graham Dobing"]),
    (r"\bhousing portfolio\b|cabinet member for housing", ["Mick Trattles"]),
    (r"\bgritting\b|\bhighways\b", ["Janice Welford"]),
    (r"chair(?:s|ed|ing)? (?:of )?planning|planning chair", ["Terry Bulmer"]),
    (r"\bmayor", ["Sheila Hebron"]),
    (r"scrutiny", ["Gary Hindmarch"]),
]
PARTY_WORDS = {
    "Riverside Alliance": [r"riverside alliance", r"\balliance\b", r"\badministration\b"],
    "Ironholme People's Party": [r"people's party"],
    "Green Tide": [r"green tide", r"\bgreens\b"],
    "Moor Independents": [r"moor independents"],
    "Blastmoor Residents First": [r"residents first"],
}


def load_council():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    handles = {h: n for h, n in data["people"]["handles"].items()
               if n in data["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
        if m and m.group(1) in data["people"]["councillors"]:
            party[m.group(1)] = m.group(2)
    return data["people"]["councillors"], by_name, party


def named_in(text, councillors, by_name, party):
    """Councillors a text names or points at, and parties it names."""
    low = text.lower()
    names = set()
    for n in councillors:
        first, last = n.split()[0], n.split()[-1]
        words = [n, first, last, by_name[n]] + SHORT.get(n, [])
        for w in words:
            if re.search(r"(?<![\w@])" + re.escape(w.lower()) + r"(?!\w)", low):
                names.add(n)
    for pat, who in ROLE:
        if re.search(pat, low):
            names.update(who)
    parties = {p for p, pats in PARTY_WORDS.items() if any(re.search(x, low) for x in pats)}
    return names, parties


def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(word) if i > 0 and c.lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        table = {"o": "0", "i": "1", "e": "3", "a": "4"}
        i = next(i for i, c in enumerate(word) if i > 0 and c.lower() in table)
        return word[:i] + table[word[i].lower()] + word[i + 1:]
    if kind == "zero_width":
        i = len(word) // 2
        return word[:i] + "\u200b" + word[i:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        for latin, cyr in (("o", "\u043e"), ("e", "\u0435")):
            if latin in word:
                i = word.index(latin)
                return word[:i] + cyr + word[i + 1:]
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    out, n = pat.subn(lambda m: obfuscate(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return out


def weekdays(start, end):
    d, out = start, []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    day = dt.date.fromisoformat(date) if date else rng.choice(days)
    assert day.weekday() < 5, date
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def build():
    rng = random.Random(SEED)
    councillors, by_name, party = load_council()
    days = weekdays(dt.date(2026, 1, 5), dt.date(2026, 3, 27))
    platforms = ["x"] * 8 + ["facebook"] * 7 + ["bluesky"] * 5
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys))
    out = []
    for r in ROWS:
        if r["author"]:
            name = r["author"]
        else:
            names, parties = named_in(r["text"], councillors, by_name, party)
            if r["note"].startswith("HN6"):  # record criticism comes from across the chamber
                parties = parties | {party[n] for n in names}
            pool = [c for c in councillors if c not in names and party[c] not in parties]
            assert pool, r["key"]
            name = rng.choice(pool)
        out.append(dict(r, handle=by_name[name], platform=rng.choice(platforms),
                        created_at=stamp(rng, days, r["date"])))
    index = {r["key"]: r for r in out}
    for okey, kind, word in VARIANTS:
        o = index[okey]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        wnote = "all capitals" if kind == "caps" else f"'{word}'"
        out.append(dict(o, key=f"{okey}_{kind}", kind_of_row="variant",
                        text=make_variant_text(o["text"], kind, word),
                        allowed=allowed, created_at=stamp(rng, days),
                        variant_of=okey, variant_kind=kind,
                        note=f"{kind} variant of {{{okey}}} ({wnote}); labels as the original."
                             + (" Haste allowed for capitals." if kind == "caps" else "")))
    rng.shuffle(out)
    ids = {r["key"]: f"{SET}-{i:04d}" for i, r in enumerate(out, 1)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    lines = []
    for r in out:
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["handle"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        obj["note"] = cite(r["note"])
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
