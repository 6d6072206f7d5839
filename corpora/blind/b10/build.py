#!/usr/bin/env python3
"""Blind set b10 (Thornsey Ness Borough Council): hand-written rows plus a
deterministic builder. Running it again writes the same posts.jsonl.

Rows are written by hand below. The script shuffles them with a fixed seed,
gives out ids B10-NNNN, picks an author (never a person the post targets),
a platform and a weekday daytime GMT timestamp, and makes the obfuscated
variants listed in VARIANTS.
"""
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261201

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
ED = "equality.discrimination"
DA = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
HP = "haste.pause-before-posting"
SC = "security.credentials"

# councillor handles
MC, NF, DR, NAB, HC, TM = ("@MoiraCallowayLab", "@NaomiFeldmannLab", "@DevRattray",
                           "@NgoziAB_Lab", "@HamishCorbettLab", "@TariqMilburn")
FS, AP, GH = "@FenellaStottCon", "@AlPybusCon", "@GwenHarropTN"
CD, SY = "@CraigDunstableRUK", "@ShannonYarrowRUK"
PO, BQ = "@PeterOyelaranLD", "@BethanQuayleLD"
RA, JF = "@RowanGreenTN", "@JunoFeatherstone"
EB, SK = "@EddieBlenkInd", "@SadiaKarimNI"
ALL = [MC, NF, DR, NAB, HC, TM, FS, AP, GH, CD, SY, PO, BQ, RA, JF, EB, SK]
LAB = [MC, NF, DR, NAB, HC, TM]
CON = [FS, AP, GH]
REF = [CD, SY]
LD = [PO, BQ]
GRN = [RA, JF]
CAB = [MC, NF, NAB, TM]

ROWS = []


def P(key, family, text, rules, allowed=(), verdict="review", note="", excl=(), author=None, date=None):
    ROWS.append(dict(key=key, family=family, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, excl=list(excl), author=author, date=date,
                     kind_of_row="positive"))


def H(key, text, allowed=(), note="", excl=(), author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", text=text, rules=[], allowed=list(allowed),
                     verdict="ok", note=note, excl=list(excl), author=author, date=date,
                     kind_of_row="hard_negative"))


# ---------------------------------------------------------------- respect.personal-attack
F = PA
P("pa01", F, "Watching @DevRattray try to explain the planning backlog last night was like watching a seagull try to work a cash machine. The man hasn't got the sense he was born with.",
  [PA], note="Mockery of a named councillor's intellect; no swear word.", excl=[DR])
P("pa02", F, "Fenella Stott is a self-important little windbag who has never had an original thought in her life.",
  [PA], note="Insult ('windbag') aimed at a named councillor.", excl=[FS])
P("pa03", F, "@CraigDunstableRUK you absolute plank. Read the report before you open your gob next time.",
  [PA], note="Everyday British insult ('plank') aimed at an @handle.", excl=[CD])
P("pa04", F, "Somebody should tell Cllr Pybus the comb-over isn't fooling anyone. Neither are his sums.",
  [PA], note="Mockery of a named councillor's appearance, tacked onto criticism.", excl=[AP])
P("pa05", F, "Honestly, Bethan Quayle has the intellectual depth of a rock pool at low tide.",
  [PA], note="Intellect put-down by simile, named councillor.", excl=[BQ])
P("pa06", F, "Declan Frewin, our so-called Head of Planning, is a clueless jobsworth who couldn't plan a trip to the chippy.",
  [PA, OI], note="Insult aimed at a named officer: personal attack plus officer impartiality.")
P("pa07", F, "Sat opposite Eddie Blenkinsop for three hours at licensing. Imagine a damp cardigan that has learned to talk and you're halfway there.",
  [PA], note="Demeaning comparison of a named councillor to an object.", excl=[EB])
P("pa08", F, "You are a nasty, small-minded man @AlPybusCon and everyone in that chamber knows it.",
  [PA], note="Direct character insult at an @handle.", excl=[AP])
P("pa09", F, "Shannon Yarrow's contribution to scrutiny this year: a gormless stare and a selfie with the mace. Useless.",
  [PA], note="Mockery ('gormless', 'useless') of a named councillor.", excl=[SY])
P("pa10", F, "The housing options manager, Owen Tarrant, is frankly too thick to be trusted with a photocopier, never mind homeless families.",
  [PA, OI], note="Intellect insult aimed at a named officer.")
P("pa11", F, "Huge congratulations to Cllr Dunstable on finally working out which way up a spreadsheet goes. Genius at work 👏👏",
  [PA, IR], note="Mock praise that belittles a named councillor: personal attack plus irony-risk.", excl=[CD])
P("pa12", F, "Rowan Achterberg looks like he gets dressed in the dark at a church jumble sale, and his transport policy is about as well put together.",
  [PA], note="Appearance mockery of a named councillor; the policy jab does not excuse it.", excl=[RA])
P("pa13", F, "Moira Calloway is a sanctimonious old busybody and the worst leader this town has had.",
  [PA], allowed=[ED], note="Insult at a named councillor; 'old' brushes against age, so equality is allowed.", excl=[MC])
P("pa14", F, "Cllr Oyelaran is a spineless weathervane. Spins whichever way the wind is blowing off the bay that morning.",
  [PA], note="Character insult ('spineless') at a named councillor rather than at a policy.", excl=[PO])
P("pa15", F, "The Reform lot on the back row are a bunch of dim, gurning halfwits.",
  [PA], note="Insult aimed at a group of councillors (the people, not their policy).", excl=REF)
P("pa16", F, "To the Brackwater residents moaning about the bin trial: you're a pack of whining simpletons and I won't be wasting my evenings on you.",
  [PA], note="Insult aimed at residents, addressed as 'you'.")
P("pa17", F, "Tariq Milburn is a worthless parasite. The town would be better off if he had never been born.",
  [PA], verdict="block", note="Severe, dehumanising attack on a named councillor: block.", excl=[TM])
P("pa18", F, "Priti Halvorsen, the finance director, is a joke. Three qualifications and not one ounce of common sense between them.",
  [PA, OI], note="Belittling a named officer.")
P("pa19", F, "Having watched Gwen Harrop chair scrutiny tonight I can only assume the lights are on but nobody has been home since about 1997.",
  [PA], note="Idiomatic intellect put-down of a named councillor.", excl=[GH])
P("pa20", F, "@JunoFeatherstone you're a smug, privileged child playing at politics with other people's money.",
  [PA], note="Condescending insult aimed at an @handle.", excl=[JF])
P("pa21", F, "Hamish Corbett waddled up to the mayoral chair like a walrus that had eaten the whole buffet. Embarrassing for the borough.",
  [PA], note="Body-shaming mockery of a named councillor (the mayor).", excl=[HC])
P("pa22", F, "Sadia Karim is about as much use as a chocolate teapot and twice as wet.",
  [PA], note="Idiomatic insult of a named councillor.", excl=[SK])
P("pa23", F, "Cllr Ashworth-Bell is a bone-idle freeloader who turns up for the photos and vanishes for the work.",
  [PA], allowed=[DA], note="Insult at a named councillor; 'freeloader' edges towards an allegation, so defamation is allowed.", excl=[NAB])
P("pa24", F, "Dear @FenellaStottCon, thick as mince and proud of it. Never change. x",
  [PA], allowed=[IR], note="Scots/northern idiom for stupid, aimed at an @handle; the sign-off is sarcastic.", excl=[FS])
P("pa25", F, "Our chief executive Lorraine Gatenby is an overpaid waste of oxygen who hides in her office whenever there's a crisis.",
  [PA, OI], note="Demeaning insult aimed at a named officer. Arguably block ('waste of oxygen'); labelled review.")
P("pa26", F, "Craig Dunstable is vermin in a cheap suit. Crawl back into the sewer, Craig.",
  [PA], verdict="block", note="Dehumanising ('vermin', 'sewer') attack on a named councillor: severe, block.", excl=[CD])
P("pa27", F, "My opposite number on the licensing panel has the brains of a boiled egg. Lovely fella, mind, just nothing upstairs.",
  [PA], note="Insult aimed at a person identified by role.", excl=[EB])
P("pa28", F, "Bethan, love, nobody asked. Go back to your knitting circle and let the grown-ups talk about the sea wall.",
  [PA], allowed=[ED], note="Patronising put-down of a named councillor; gendered overtone, so equality allowed.", excl=[BQ])
P("pa29", F, "Peter Oyelaran is a pompous buffoon who thinks a lanyard makes him important.",
  [PA], note="Plain insult ('pompous buffoon') at a named councillor.", excl=[PO])
P("pa30", F, "Watching Cllr Milburn chair the coastal board is like watching a toddler drive a bus. Clown.",
  [PA], note="Mockery and 'clown' aimed at a named councillor.", excl=[TM])
P("pa31", F, "Alastair Pybus: a charisma vacuum with a face like a slapped haddock.",
  [PA], note="Appearance insult at a named councillor.", excl=[AP])
P("pa32", F, "Sinead Bellwood, head of coastal services, is a hopeless, arrogant know-nothing and her team deserve far better than her.",
  [PA, OI], note="Insult aimed at a named officer.")
P("pa33", F, "@EddieBlenkInd is a sad little attention-seeker. Grow up, Edward.",
  [PA], note="Belittling insult at an @handle.", excl=[EB])
P("pa34", F, "Whoever wrote the Labour group amendment is a dribbling numpty. Was it you, @HamishCorbettLab?",
  [PA], note="Insult ('dribbling numpty') pinned on an @handle.", excl=[HC])
P("pa35", F, "Ngozi thinks she's the cleverest person in the room. She isn't even the cleverest person in her own ward office. Deluded.",
  [PA], note="Belittling a named councillor by first name.", excl=[NAB])
P("pa36", F, "Oh look, Gwen has posted another thought. Quick, somebody frame it, it could be her last for a decade 🙄",
  [PA, IR], note="Sarcastic mockery of a named councillor's intellect: personal attack plus irony-risk.", excl=[GH])

# ---------------------------------------------------------------- respect.abusive-language
F = AL
P("al01", F, "This fucking budget will gut every library in the borough and they know it.",
  [AL], note="Obscenity aimed at a budget (not a person): abusive language only.")
P("al02", F, "@CraigDunstableRUK shut your fat gob, you absolute bellend.",
  [AL, PA], note="Vulgar insult aimed at an @handle.", excl=[CD])
P("al03", F, "Cllr Pybus is a prize prick and always has been.",
  [AL, PA], note="Obscene insult aimed at a named councillor.", excl=[AP])
P("al04", F, "Who signed off this shitshow of a sea wall contract? Absolute bollocks from start to finish.",
  [AL], allowed=[PA], note="Obscenity about a contract; no identifiable person.")
P("al05", F, "Fenella Stott is a nasty cunt and I'd happily say it to her face.",
  [AL, PA], verdict="block", note="The c-word aimed at a named councillor: severe, block.", excl=[FS])
P("al06", F, "Piss off back to Hobthwaite, Gwen, nobody down here wants your crap.",
  [AL, PA], note="Vulgar dismissal of a named councillor.", excl=[GH])
P("al07", F, "The Harbour Quarter plans are a total shitshow. Whoever dreamt this up wants their arse kicking.",
  [AL], allowed=[PA, BI], note="Obscenity about plans; 'wants their arse kicking' is an idiom at an unnamed person, so personal-attack and intimidation are allowed.")
P("al08", F, "Dev Rattray, you sanctimonious tosser. Get in the bin.",
  [AL, PA], note="Vulgar insult aimed at a named councillor.", excl=[DR])
P("al09", F, "Screw the Tories and their shitty parking charges.",
  [AL], allowed=[PA], note="Obscene language at a party and its policy; personal-attack allowed (group).", excl=CON)
P("al10", F, "Juno Featherstone talks out of their arse at every single meeting.",
  [AL, PA], note="Vulgar insult aimed at a named councillor.", excl=[JF])
P("al11", F, "What a load of absolute wank from the cabinet tonight.",
  [AL], allowed=[PA], note="Obscenity about what the cabinet said; group target, so personal-attack allowed.", excl=CAB)
P("al12", F, "@TariqMilburn you're a dickhead, mate. A proper one.",
  [AL, PA], note="Vulgar insult at an @handle.", excl=[TM])
P("al13", F, "Officers have produced a report on the lido that is frankly a steaming pile of shite.",
  [AL, OI], note="Obscenity about an officers' report: abusive language plus criticism of officers.")
P("al14", F, "Ngozi Ashworth-Bell is a vile, two-faced bitch.",
  [AL, PA], allowed=[ED, DA], verdict="block", note="Severe gendered obscene insult at a named councillor: block. Equality allowed (gendered), defamation allowed ('two-faced').", excl=[NAB])
P("al15", F, "Alastair, stop being such a knobhead on Facebook. Seriously. It's embarrassing.",
  [AL, PA], note="Vulgar insult aimed at a named councillor.", excl=[AP])
P("al16", F, "Moira's big speech was twenty minutes of horseshit dressed up as vision.",
  [AL], allowed=[PA], note="Obscenity about a speech; personal-attack allowed because it names the speaker.", excl=[MC])
P("al17", F, "Eddie Blenkinsop can go fuck himself.",
  [AL, PA], note="Obscene dismissal of a named councillor.", excl=[EB])
P("al18", F, "The Reform councillors are a bunch of arseholes.",
  [AL, PA], note="Obscene insult aimed at a group of people.", excl=REF)
P("al19", F, "Frankly the lot of them in the cabinet can kiss my arse.",
  [AL, PA], note="Vulgar abuse aimed at the cabinet members as people.", excl=CAB)
P("al20", F, "Pier shut AGAIN. This council is a fucking joke.",
  [AL], note="Obscenity aimed at the council (an institution): abusive language without personal attack.")
P("al21", F, "Peter Oyelaran is a gobshite. Always has been, always will be.",
  [AL, PA], note="Vulgar insult aimed at a named councillor.", excl=[PO])
P("al22", F, "Sinead Bellwood's department is run like a pissed-up pub quiz.",
  [AL, OI], allowed=[PA, HP], note="Vulgar criticism of a named officer's department. Personal attack allowed; 'pissed' may read as an alcohol cue.")
P("al23", F, "Shannon Yarrow, you twat.",
  [AL, PA], note="Short obscene insult at a named councillor.", excl=[SY])
P("al24", F, "Wank-stain of a motion from the Greens tonight. Utter dross.",
  [AL], allowed=[PA], note="Crude obscenity about a motion; group mentioned, personal attack allowed.", excl=GRN)
P("al25", F, "Some dozy sod at the depot decided to cut the gritting rounds. Pardon my French but it's shit and people will fall.",
  [AL], allowed=[PA, OI], note="Obscenity about a decision; an unnamed staff member is insulted, so personal attack and officers allowed.")
P("al26", F, "Hamish, with the greatest respect, that was the most bollocks thing I have heard in that chamber in years.",
  [AL], allowed=[PA], note="Obscenity about what a named councillor said.", excl=[HC])
P("al27", F, "@BethanQuayleLD what a sour-faced cow.",
  [AL, PA], allowed=[ED], note="Gendered vulgar insult at an @handle; equality allowed.", excl=[BQ])
P("al28", F, "Cllr Dunstable is full of shit and he knows it.",
  [AL, PA], allowed=[DA], note="Vulgar insult at a named councillor; implies dishonesty, so defamation allowed.", excl=[CD])
P("al29", F, "Absolute pricks, the whole lot of them at Gullwing Developments.",
  [AL, PA], note="Obscene insult aimed at the people of an organisation.")
P("al30", F, "Sick to the back teeth of this bullshit about 'efficiency savings'. Cut the crap, Naomi.",
  [AL], allowed=[PA], note="Obscenity about a policy line, addressed to a named councillor.", excl=[NF])
P("al31", F, "Tariq needs to pull his head out of his arse and look at the flood maps.",
  [AL, PA], note="Vulgar insult at a named councillor.", excl=[TM])
P("al32", F, "Screw you, @AlPybusCon, and screw your little Facebook fan club.",
  [AL, PA], note="Vulgar abuse at an @handle and his followers.", excl=[AP])
P("al33", F, "Juno's amendment is total shite. They should be embarrassed to have put their name to it.",
  [AL], allowed=[PA], note="Obscenity about an amendment by a named councillor.", excl=[JF])
P("al34", F, "That chief exec is a lazy shite and she's paid more than the Prime Minister.",
  [AL, PA, OI], note="Vulgar insult at an officer identified by role.")
P("al35", F, "Fuck this council and fuck its consultants.",
  [AL], allowed=[PA], note="Obscenity at an institution and its consultants.")
P("al36", F, "Gwen Harrop is a dozy mare and a waste of a fucking seat.",
  [AL, PA], allowed=[ED], note="Vulgar, gendered insult at a named councillor.", excl=[GH])

# ---------------------------------------------------------------- bullying.intimidation
F = BI
B = "block"
P("bi01", F, "@DevRattray keep pushing the harbour cuts and see what happens. Some of the lads down the quay have long memories and short fuses.",
  [BI], allowed=[PA], verdict=B, note="Veiled threat of violence by others at an @handle.", excl=[DR])
P("bi02", F, "Funny how quickly a house on Cliff Terrace gets noticed, Tariq. Nice blue door you've got.",
  [BI], allowed=[DP], verdict=B, note="'Know where you live' threat in new words; the street is named, so data protection allowed.", excl=[TM])
P("bi03", F, "Shannon, go ahead and report me to standards. I promise you'll spend the rest of your term regretting it.",
  [BI], verdict=B, note="Threat against a complainant (a named councillor).", excl=[SY])
P("bi04", F, "A word to whoever complained about my leaflet: I'll find out who you are, and when I do, the whole town will know.",
  [BI], verdict=B, note="Threat to expose a complainant.")
P("bi05", F, "Peter Oyelaran should think very carefully before he votes on Thursday. Accidents happen on that coast road after dark.",
  [BI], verdict=B, note="Veiled threat of harm tied to a vote.", excl=[PO])
P("bi06", F, "Your kids seem to love Wrenfold Primary, @NgoziAB_Lab. Shame if they had to move schools after all this.",
  [BI], allowed=[DP], verdict=B, note="Threat involving a councillor's children and their school.", excl=[NAB])
P("bi07", F, "Keep it up, Fenella. I've a folder on you as thick as a phone book and I'm not shy about opening it.",
  [BI], verdict=B, note="Blackmail-style intimidation of a named councillor.", excl=[FS])
P("bi08", F, "To the officer who wrote the coastal erosion report: change your recommendations or I'll make sure you never work in local government again.",
  [BI, OI], verdict=B, note="Pressing an officer to change a report, with a threat to their career.")
P("bi09", F, "Owen Tarrant, I'd start looking over my shoulder if I were you. People round here don't forget.",
  [BI, OI], verdict=B, note="Veiled threat at a named officer.")
P("bi10", F, "Cllr Blenkinsop, you want to be careful walking that dog of yours past the dunes late at night. Just saying.",
  [BI], verdict=B, note="Veiled threat of harm ('just saying').", excl=[EB])
P("bi11", F, "That lovely new car on your drive, Moira. Paintwork's very shiny. For now.",
  [BI], verdict=B, note="Threat to property.", excl=[MC])
P("bi12", F, "Vote against the pier money, Alastair, and I'll make sure every door in Hobthwaite hears about your little secret.",
  [BI], verdict=B, note="Intimidation: threat to expose, tied to a vote.", excl=[AP])
P("bi13", F, "@CraigDunstableRUK next time you bring those leaflets into my ward you won't be leaving with all your teeth.",
  [BI], allowed=[PA], verdict=B, note="Explicit threat of violence at an @handle.", excl=[CD])
P("bi14", F, "Someone ought to give Juno Featherstone a proper fright one of these nights. Might knock some sense into them.",
  [BI], allowed=[PA], verdict=B, note="Incitement to frighten and hurt a named councillor.", excl=[JF])
P("bi15", F, "I know which train Hamish gets home on. Maybe I'll come and have a quiet chat with him one evening.",
  [BI], verdict=B, note="Stalking-style veiled threat.", excl=[HC])
P("bi16", F, "You've made an enemy today, Gwen. A very patient one.",
  [BI], verdict=B, note="Short veiled threat at a named councillor.", excl=[GH])
P("bi17", F, "To the resident who filmed me at my surgery: take that video down by Friday or I'll be round to discuss it in person.",
  [BI], verdict=B, note="Threat to a resident.")
P("bi18", F, "Sadia, I've been very polite so far. You do not want to find out what happens when I stop being polite.",
  [BI], verdict=B, note="Veiled threat at a named councillor.", excl=[SK])
P("bi19", F, "Priti Halvorsen might remember that finance directors come and go. Her contract is up for renewal soon, and I have a long memory.",
  [BI, OI], verdict=B, note="Threat to an officer's job.")
P("bi20", F, "If the Greens want a war over the Gannetside cycle lane they'll get one, and it won't be fought in the council chamber.",
  [BI], verdict=B, note="Veiled threat of violence at a group of councillors.", excl=GRN)
P("bi21", F, "Bethan Quayle's shed would make a cracking bonfire, wouldn't it? Just thinking aloud 🔥",
  [BI], allowed=[IR], verdict=B, note="Threat to property dressed as a joke.", excl=[BQ])
P("bi22", F, "I've screenshotted everything you've ever posted, @PeterOyelaranLD. One step out of line and the lot goes to your employer.",
  [BI], verdict=B, note="Intimidation: threat to contact an employer.", excl=[PO])
P("bi23", F, "Whoever put in that FOI about my expenses: we'll work out who you are, and I wouldn't fancy being you when we do.",
  [BI], verdict=B, note="Threat against a requester/complainant.")
P("bi24", F, "Tariq, best keep your head down at the Saltcote gala. There'll be plenty of angry fishermen there and I won't be holding them back.",
  [BI], verdict=B, note="Threat of violence by others.", excl=[TM])
P("bi25", F, "The witnesses queueing up for my standards hearing want to have a long think about their own skeletons. I know where a few are buried.",
  [BI], verdict=B, note="Intimidation of witnesses.")
P("bi26", F, "Moira Calloway will be dragged out of the leader's office kicking and screaming if that's what it takes, and I'll be first in the queue to do the dragging.",
  [BI], allowed=[PA], verdict=B, note="Threat of physical force against a named councillor.", excl=[MC])
P("bi27", F, "Declan, I hear your daughter has just joined the swim club at the leisure centre. Small town, isn't it.",
  [BI, OI], allowed=[DP], verdict=B, note="Veiled threat to an officer via his child; child details, so data protection allowed.")
P("bi28", F, "Ness Point residents who signed that petition against me: I have the list. Every name. Remember that next time you need a favour.",
  [BI], verdict=B, note="Intimidation of residents.", excl=[SK, EB])
P("bi29", F, "@ShannonYarrowRUK nobody would miss you if you fell off the end of the pier one dark night.",
  [BI], allowed=[PA], verdict=B, note="Wishing harm in a threatening way at an @handle.", excl=[SY])
P("bi30", F, "Carry on, Naomi. Every time you stand up in that chamber I'll be in the public gallery, watching, and so will my friends. Every single meeting.",
  [BI], verdict=B, note="Intimidation by menacing surveillance.", excl=[NF])
P("bi31", F, "I'm going to humiliate Gwen Harrop so badly at full council she'll never show her face in Saltcote again. Watch this space.",
  [BI], allowed=[PA], verdict=B, note="Stated intent to humiliate a named councillor.", excl=[GH])
P("bi32", F, "Alastair thinks he's safe behind that big gate of his. Gates open, Alastair.",
  [BI], verdict=B, note="Veiled threat at home.", excl=[AP])
P("bi33", F, "Last warning, @EddieBlenkInd. Take back what you said about my ward or I will bury you.",
  [BI], verdict=B, note="Ultimatum with a threat at an @handle.", excl=[EB])
P("bi34", F, "Sinead, your team's vans are parked outside your house every night, aren't they? Handy for anyone who fancied paying you a visit.",
  [BI, OI], allowed=[DP], verdict=B, note="Veiled threat at a named officer's home.")
P("bi35", F, "Any Lib Dem who fancies knocking doors on the Scarrow Bay estate should bring a crash helmet. You've been warned 😉",
  [BI], allowed=[IR], verdict=B, note="Threat of violence at a group, with a wink.", excl=LD)
P("bi36", F, "Sadia Karim might like to know her mum's shop on the front has very big windows.",
  [BI], verdict=B, note="Threat to a family member's property.", excl=[SK])

# ---------------------------------------------------------------- equality.discrimination
F = ED
P("ed01", F, "Funny how Ngozi only got the housing brief once the party needed a 'diverse' face for the leaflets.",
  [ED], allowed=[PA], verdict=B, note="'Only got the job because' of race: coded discrimination at a named councillor.", excl=[NAB])
P("ed02", F, "Can't see how a woman with three kids under five can chair audit properly. Somebody has to say it.",
  [ED], allowed=[PA], verdict=B, note="Sex and maternity: attack on an identifiable councillor for having young children.", excl=[BQ])
P("ed03", F, "Peter Oyelaran talks a lot about 'community' for a man who wasn't even born in this country. Wonder which community he means.",
  [ED], allowed=[PA], verdict=B, note="National origin / race insinuation at a named councillor.", excl=[PO])
P("ed04", F, "Another Traveller site proposed for Brack Lane. Lock up your sheds, lads, the pikeys are coming.",
  [ED, AL], verdict=B, note="Ethnic slur ('pikeys') and crime stereotype about Travellers.")
P("ed05", F, "Nothing against gays but do they really have to shove it in our faces every June along the prom?",
  [ED], verdict=B, note="Hostility to people for sexual orientation ('nothing against X but').")
P("ed06", F, "Juno's 'they/them' nonsense is a mental illness and this council should stop indulging it.",
  [ED], allowed=[PA], verdict=B, note="Attack on gender identity (gender reassignment) of a named councillor.", excl=[JF])
P("ed07", F, "Tariq Milburn will always put his mosque before this town. That's just how they are.",
  [ED], allowed=[PA], verdict=B, note="Religious stereotype ('how they are') at a named councillor.", excl=[TM])
P("ed08", F, "Do we really want someone in a wheelchair running the flood response? Be serious.",
  [ED], allowed=[PA], verdict=B, note="Disability used to disqualify an identifiable person.")
P("ed09", F, "Far too many old codgers on this council. Past their sell-by date and nodding off through planning.",
  [ED], allowed=[PA], verdict=B, note="Age-based contempt for a group of councillors.")
P("ed10", F, "Shannon Yarrow is too pretty to be taken seriously and too blonde to follow the budget. Sorry not sorry.",
  [ED], allowed=[PA], verdict=B, note="Sexist stereotype at a named councillor.", excl=[SY])
P("ed11", F, "Half the takeaways on the harbour are run by Asians who never pay a penny in tax. Check the business rates and you'll see.",
  [ED], allowed=[DA], verdict=B, note="Racial stereotype of tax evasion.")
P("ed12", F, "The new housing options officer is from 'a certain community', shall we say. Draw your own conclusions about who'll be jumping the housing queue now.",
  [ED, OI], allowed=[PA], verdict=B, note="Dog whistle about an identifiable officer's race or religion.")
P("ed13", F, "Women like Bethan Quayle should stick to school fundraisers and leave the sea defences to the men.",
  [ED], allowed=[PA], verdict=B, note="Sex discrimination at a named councillor.", excl=[BQ])
P("ed14", F, "If you've come over from Eastern Europe to claim in Thornsey Ness, there's a coach back to Dover with your name on it.",
  [ED], verdict=B, note="Hostility based on national origin.")
P("ed15", F, "Naomi Feldmann's lot have always known how to count money. No surprise she landed finance 😉",
  [ED], allowed=[PA, IR], verdict=B, note="Antisemitic money trope at a named councillor.", excl=[NF])
P("ed16", F, "Deaf as a post and still chairing licensing? Get Eddie an ear trumpet or get him off the committee.",
  [ED], allowed=[PA], verdict=B, note="Disability mockery of a named councillor.", excl=[EB])
P("ed17", F, "The men in the Promenade Hotel are all fighting-age and up to no good. Our girls aren't safe on the seafront any more.",
  [ED], verdict=B, note="Racial/national-origin stereotype of asylum seekers as a danger.")
P("ed18", F, "Sadia's lot fast all day and then expect the rest of us to rearrange the council calendar round their superstitions. Integrate or go.",
  [ED], allowed=[PA], verdict=B, note="Religious contempt aimed at a named councillor and Muslims.", excl=[SK], date="2026-02-24")
P("ed19", F, "Cllr Corbett and his 'husband'. Sorry, I will never call that a marriage.",
  [ED], allowed=[PA], verdict=B, note="Attack on sexual orientation / marriage of a named councillor.", excl=[HC])
P("ed20", F, "No wonder Fenella's always in a mood. It's her age, the change does that to women.",
  [ED], allowed=[PA], verdict=B, note="Sex and age stereotype at a named councillor.", excl=[FS])
P("ed21", F, "Roma families moving into Gannetside means one thing: bins on fire and bikes nicked within the month.",
  [ED], verdict=B, note="Ethnic stereotype of criminality.")
P("ed22", F, "Our new equalities officer is a bloke in a dress. You couldn't make it up.",
  [ED, OI], allowed=[PA], verdict=B, note="Transphobic attack on an identifiable officer.")
P("ed23", F, "She's pregnant AGAIN? Brilliant, another year of Ngozi on maternity leave at the taxpayer's expense.",
  [ED], allowed=[PA], verdict=B, note="Pregnancy and maternity discrimination at a named councillor.", excl=[NAB])
P("ed24", F, "You lot in the Black Lives Matter crowd can go back where you came from if you hate Britain so much.",
  [ED], verdict=B, note="'Go back where you came from' at a group by race.")
P("ed25", F, "Spent the afternoon at the Wrenfold mosque consultation. Felt like I needed a passport to get in. This isn't Thornsey Ness any more.",
  [ED], verdict=B, note="Coded othering of Muslims as foreign.")
P("ed26", F, "Blue badge bays all round the market square and half of them are used by blaggers who can walk perfectly well. Scroungers.",
  [ED], allowed=[PA, DA], verdict=B, note="Contempt for disabled people as fakers.")
P("ed27", F, "Alright for Peter, he can play the race card every time anyone criticises him.",
  [ED], allowed=[PA], verdict=B, note="Dismissing a named councillor by race.", excl=[PO])
P("ed28", F, "Not being funny but you can't trust a Catholic with the school admissions review. Rome comes first, always has.",
  [ED], verdict=B, note="Religious discrimination.")
P("ed29", F, "Why does every Pride event on the seafront need a drag queen reading to five-year-olds? Groomers, the lot of them.",
  [ED], allowed=[AL, DA], verdict=B, note="'Groomers' smear against LGBT people.")
P("ed30", F, "Rowan Achterberg is far too young to know anything about anything. Come back when you've paid off a mortgage, sonny.",
  [ED], allowed=[PA], verdict=B, note="Age used to dismiss a named councillor.", excl=[RA])
P("ed31", F, "Another 'community leader' from the Wrenfold estate telling us how to run our town. Didn't vote for Sharia, ta.",
  [ED], verdict=B, note="Anti-Muslim dog whistle ('Sharia').")
P("ed32", F, "Her in the headscarf on planning shouldn't be deciding anything about our church hall.",
  [ED], allowed=[PA], verdict=B, note="Religious discrimination at an identifiable councillor.")
P("ed33", F, "Sorry, but someone with 'mental health issues' like Dev has no business holding a committee chair. Ticking time bomb.",
  [ED], allowed=[PA, DP], verdict=B, note="Disability (mental health) used to disqualify a named councillor.", excl=[DR])
P("ed34", F, "Keep your handbags close when the Gypsy lot pitch up for the fair.",
  [ED], verdict=B, note="Ethnic stereotype of Gypsies as thieves.")
P("ed35", F, "Another female 'leader' who goes to pieces when she's challenged. Moira should never have got the job. They can't handle the pressure.",
  [ED], allowed=[PA], verdict=B, note="Sex discrimination at a named councillor.", excl=[MC])
P("ed36", F, "Cllr Milburn was only shortlisted because of the BAME quota. Nobody would have picked him on merit.",
  [ED], allowed=[PA], verdict=B, note="'Only got it because' of race, at a named councillor.", excl=[TM])

# ---------------------------------------------------------------- defamation.allegation
F = DA
P("da01", F, "Fenella Stott is a liar, plain and simple.",
  [DA, PA], note="'X is a liar': dishonesty allegation plus personal attack.", excl=[FS])
P("da02", F, "Dev Rattray took a backhander from Gullwing Developments to wave through the Harbour Quarter. Everyone in Wrenfold knows it.",
  [DA], allowed=[PA], verdict=B, note="Bribery stated as fact about a named councillor: block.", excl=[DR])
P("da03", F, "Funny how Cllr Pybus's brother-in-law keeps winning the grass-cutting contract. Jobs for the boys, nudge nudge.",
  [DA], allowed=[IR], note="Insinuated corruption in idiom.", excl=[AP])
P("da04", F, "Craig Dunstable fiddled his mileage claims for two years and pocketed over four grand of public money.",
  [DA], allowed=[PA], verdict=B, note="Expenses fraud stated as fact: block.", excl=[CD])
P("da05", F, "@MoiraCallowayLab has been cooking the books on the housing revenue account and she knows it.",
  [DA], allowed=[PA], note="Idiom for falsifying accounts: review.", excl=[MC])
P("da06", F, "Priti Halvorsen deliberately hid the pension deficit from members. That's misconduct in public office and she should be prosecuted.",
  [DA, OI], allowed=[PA], verdict=B, note="Criminal offence stated as fact about a named officer.")
P("da07", F, "Gwen Harrop has been on the take since the day she was elected.",
  [DA], allowed=[PA], note="Idiom for corruption: review.", excl=[GH])
P("da08", F, "Marram Coastal Civils are crooks. They've ripped the council off on every sea wall contract since 2019.",
  [DA], allowed=[PA], note="Dishonesty allegation against a named company.")
P("da09", F, "Tariq Milburn rigged the postal votes in Wrenfold. I watched it happen.",
  [DA], allowed=[PA], verdict=B, note="Electoral fraud stated as fact: block.", excl=[TM])
P("da10", F, "Declan Frewin is in Gullwing's back pocket. Every application they put in sails through with his blessing.",
  [DA, OI], note="Idiomatic corruption allegation about a named officer.")
P("da11", F, "Not saying @ShannonYarrowRUK is a thief, but the Christmas lights fund was three grand lighter after she'd been treasurer. Just saying.",
  [DA], allowed=[PA, IR], note="Theft insinuated behind 'not saying'. Arguably block; labelled review because it is hedged.", excl=[SY])
P("da12", F, "Sadia Karim lied under oath at the tribunal and I can prove it.",
  [DA, PA], verdict=B, note="Perjury (a crime) stated as fact, plus 'lied': block.", excl=[SK])
P("da13", F, "Everyone knows the mayor's charity money went straight into Hamish Corbett's holiday fund.",
  [DA], allowed=[PA], verdict=B, note="Theft of charity funds stated as fact: block.", excl=[HC])
P("da14", F, "Rowan Achterberg has been lining his pockets off that solar farm he keeps pushing.",
  [DA], allowed=[PA], note="Idiom for self-enrichment: review.", excl=[RA])
P("da15", F, "The chief executive bent the rules to hand her mate the regeneration consultancy. Cronyism, pure and simple.",
  [DA, OI], note="Misconduct allegation about an officer identified by role.")
P("da16", F, "Bethan Quayle is a fraud. Said she lived in Brackwater to get elected and she's lived in York the whole time.",
  [DA], allowed=[PA], verdict=B, note="Electoral fraud (false residence) stated as fact: block.", excl=[BQ])
P("da17", F, "Peter Oyelaran is a proven liar and a hypocrite.",
  [DA, PA], note="'Proven liar' about a named councillor.", excl=[PO])
P("da18", F, "Nice of Gullwing Developments to pay for Cllr Stott's new conservatory. Nothing to do with that planning vote, I'm sure 🙄",
  [DA], allowed=[PA, IR], verdict=B, note="Bribe presented as fact under sarcasm: block.", excl=[FS])
P("da19", F, "Alastair Pybus stole from the Hobthwaite Rotary when he was their treasurer. Ask anyone who was there.",
  [DA], allowed=[PA], verdict=B, note="Theft stated as fact: block.", excl=[AP])
P("da20", F, "Juno Featherstone is as bent as a nine-bob note.",
  [DA, PA], allowed=[ED], note="Idiom for dishonest; the idiom also has a homophobic sense, so equality allowed.", excl=[JF])
P("da21", F, "Moira's cabinet has misled residents about the pier from day one. Every statement has been a lie.",
  [DA], allowed=[PA], note="Dishonesty allegation against identifiable people.", excl=CAB)
P("da22", F, "Owen Tarrant has been fast-tracking his own relatives up the housing list. That's corruption.",
  [DA, OI], verdict=B, note="Corruption stated as fact about a named officer: block.")
P("da23", F, "Nobody gets a licence in this borough without a brown envelope for the licensing chair. How else does Eddie Blenkinsop afford two boats?",
  [DA], allowed=[PA], verdict=B, note="Bribery implied as fact: block.", excl=[EB])
P("da24", F, "Cllr Rattray is a crook and his expenses prove it.",
  [DA, PA], note="'Crook' plus expenses; dishonesty allegation.", excl=[DR])
P("da25", F, "Sinead Bellwood falsified the beach water results so the blue flag wouldn't get pulled.",
  [DA, OI], verdict=B, note="Falsifying records stated as fact about a named officer: block (arguable).")
P("da26", F, "The council leader got her husband a job at the leisure trust without so much as an interview. Nepotism.",
  [DA], allowed=[PA], note="Misconduct allegation about an identifiable councillor.", excl=[MC])
P("da27", F, "Gwen Harrop is a two-faced liar who'd sell her own gran for a vote.",
  [DA, PA], note="'Liar' and character insult.", excl=[GH])
P("da28", F, "Saltcote Leisure Trust's board are laundering money through that café. Where do you think the cash goes?",
  [DA], allowed=[PA], verdict=B, note="Money laundering stated as fact about an identifiable board: block.")
P("da29", F, "@NgoziAB_Lab knew about the damp in those flats and covered it up. Dishonest doesn't begin to cover it.",
  [DA], allowed=[PA], note="Cover-up and dishonesty allegation.", excl=[NAB])
P("da30", F, "Funny how the planning chair's son-in-law got the Harbour Quarter demolition job. Smells to high heaven.",
  [DA], allowed=[PA], note="Insinuated corruption about an identifiable councillor.", excl=[DR])
P("da31", F, "Shannon Yarrow has been claiming single person discount while her fella lives with her. That's benefit fraud.",
  [DA], allowed=[PA, DP], verdict=B, note="Fraud stated as fact: block.", excl=[SY])
P("da32", F, "Every word that comes out of Dunstable's mouth is a lie. Every single one.",
  [DA, PA], note="Calls a named councillor a liar.", excl=[CD])
P("da33", F, "The Tory group stitched up the committee places in a backroom deal and then lied to the Gazette about it.",
  [DA], allowed=[PA], note="Dishonesty allegation against a group.", excl=CON)
P("da34", F, "Lorraine Gatenby paid off the whistleblower with council money to keep her quiet. Hush money, plain and simple.",
  [DA, OI], verdict=B, note="Misuse of public money stated as fact about a named officer: block.")
P("da35", F, "Juno Featherstone wrote half those 'resident' objection letters themselves under made-up names. That is fraud.",
  [DA], allowed=[PA], verdict=B, note="Fraud stated as fact: block.", excl=[JF])
P("da36", F, "The leader's office buried the audit report because it showed where the money really went.",
  [DA], allowed=[PA], note="Cover-up allegation about an identifiable office.", excl=[MC])

# ================================================================ hard negatives
# --- harsh criticism of policies, budgets, decisions, parties, the council
H("hn001", "The cabinet's decision to close Scarrow Bay library three days a week is short-sighted, mean and wrong. Reverse it.", note="Harsh criticism of a decision.")
H("hn002", "This budget is a car crash for Gannetside. 11% off youth services while the Harbour Quarter consultants get a top-up. Shameful priorities.", note="Harsh criticism of a budget.")
H("hn003", "Labour's parking strategy is a shambles. Three consultations, two U-turns and still no answer for the traders on Fore Street.", note="Criticism of a party's policy.", excl=LAB)
H("hn004", "The Tory amendment tonight was lazy, uncosted and frankly a bit of a stunt. Vote it down.", note="Criticism of an amendment, not people.", excl=CON)
H("hn005", "I've rarely seen a worse piece of policy than the new garden waste charge. It punishes pensioners and rewards fly-tippers.", note="Policy criticism; mentions pensioners neutrally.")
H("hn006", "Reform's sea wall motion is populist nonsense that would empty the coastal budget inside eighteen months.", note="Robust criticism of a motion.", excl=REF)
H("hn007", "Daylight robbery: £4.20 an hour to park on the prom. Whoever signed this off has never run a seaside café in February.", note="Idiom 'daylight robbery' about a charge.")
H("hn008", "The council's handling of the pier closure has been a disaster from start to finish, and the cabinet should be ashamed of how traders were kept in the dark.", note="The central-nuance example in new words.", excl=CAB)
H("hn009", "Idiotic decision to move the Saltcote bus stop 400 metres up a hill. Did anyone actually walk it?", note="'Idiotic' aimed at a decision.")
H("hn010", "The Lib Dem 'alternative budget' is a fantasy document. Lovely fonts, no numbers.", note="Mocking a document, not a person.", excl=LD)
H("hn011", "Let's be blunt: the Harbour Quarter scheme is a white elephant and the business case is built on sand. Literally, in places.", note="Harsh criticism of a scheme.")
H("hn012", "The Greens' cycle lane plan for Gannetside means well but it's badly thought through. Deliveries on the high street will grind to a halt.", note="Civil criticism of a plan.", excl=GRN)
H("hn013", "I'm furious. Another year, another council tax rise, and the potholes on Wrenfold Road are deep enough to keep lobsters in.", note="Anger at policy outcomes.")
H("hn014", "This council has a culture of secrecy on contracts and it has to end. Publish the sea wall figures.", note="Criticism of the council as an institution.")
H("hn015", "The coastal erosion report comes too late and says too little. Residents on Cliff Terrace deserved better.", allowed=[OI], note="Criticism of a report; officers not named, so officer impartiality only allowed.")
H("hn016", "Scrutiny tonight was a farce. Forty minutes on the minutes and six on the flood plan.", note="Criticism of a meeting's conduct.")
H("hn017", "The Conservatives ran this borough into the ground for twelve years. They're in no position to lecture anyone on finances.", note="Partisan attack on a party's record.", excl=CON)
H("hn018", "Labour promised to save the lido. Two years later it's a fenced-off puddle with a gull colony. Broken promise.", note="Broken promise, no dishonesty allegation about a person.", excl=LAB)
H("hn019", "Gutted for the staff at Hobthwaite day centre. This closure is a cruel, cowardly decision dressed up as 'modernisation'.", note="'Cruel, cowardly' aimed at a decision.")
H("hn020", "The bin consultation was rigged by design: four options, every one of them fortnightly. That isn't a choice.", allowed=[DA], note="'Rigged' describes the design of a consultation, not an allegation of crime against a person.")
H("hn021", "Reform's leaflet on the Traveller site is scaremongering, pure and simple, and I'll say so on every doorstep.", note="Criticism of a leaflet.", excl=REF)
H("hn022", "The Marram Coastal Civils contract overran by £2.3m. Residents deserve an explanation of how that was allowed to happen. Full audit now.", note="Names a company without alleging wrongdoing.")
H("hn023", "Cabinet's response to the homelessness figures is complacent. 212 households in B&Bs is not 'broadly on track'.", note="Criticism of a response.", excl=CAB)
H("hn024", "Whatever you think of the harbour plan, ramming it through in one evening without the fishermen's input was arrogant.", note="'Arrogant' describes a process.")
H("hn025", "The Ness Independents talk a good game about localism and then vote with the administration every single time. Hollow.", note="Criticism of a group's voting record.", excl=[SK])
H("hn026", "This is a terrible budget. Not 'challenging', not 'difficult'. Terrible. I'll be voting against it on Thursday.", note="Budget vote is not quasi-judicial; robust criticism.")
H("hn027", "Our flood warning texts went out two hours after the water came over the prom. That's a systemic failure and the council owes people an apology.", note="Institutional criticism.")
H("hn028", "The new council website is a maze. Took me three goes to report a streetlight and I'm supposed to know how it works 🙃", note="Mild sarcasm about a service.")
H("hn029", "The Conservative plan to sell the Saltcote Fell allotments is vandalism. Hands off.", note="'Vandalism' as metaphor for a policy.", excl=CON)
H("hn030", "Dreadful, dreadful decision on school transport. Kids from Ness Point will be walking an unlit coast road.", note="Criticism of a decision.")
H("hn031", "The administration's record on social housing is woeful: 14 new homes in three years. Fourteen.", note="Criticism of a record.", excl=LAB)
H("hn032", "Reform councillors attended 4 of the last 11 scrutiny meetings. Residents are entitled to know that.", note="Factual record of attendance, no insult.", excl=REF)
# --- calls to resign on the record
H("hn033", "Cllr Feldmann should step down as finance lead. The overspend happened on her watch and the buck stops with her.", note="Resignation call grounded in the record.", excl=[NF])
H("hn034", "I'm calling on the Leader to step down. The pier fiasco is the third major failure in a year and confidence has gone.", note="Resignation call.", excl=[MC])
H("hn035", "Dev Rattray chaired the meeting that lost us the Brack Lane appeal and cost £180k in costs. He should stand down as planning chair.", note="Resignation call on the record.", excl=[DR])
H("hn036", "If the cabinet member for housing won't come to the Gannetside tenants' meeting, she should hand the brief to someone who will.", note="Pressure on a role-holder, civil.", excl=[NAB])
H("hn037", "After tonight's vote the Conservative group leader's position looks untenable. Time to go, Fenella.", note="Resignation call addressed by name.", excl=CON)
H("hn038", "Time for the whole cabinet to go. Not because they're bad people, but because this plan has failed.", note="Resignation call explicitly not personal.", excl=CAB)
H("hn039", "Craig, you said you'd resign if the Ness Point surgery closed. It's closed. Keep your word.", note="Holding a councillor to a public promise.", excl=[CD])
H("hn040", "I've written to the Leader asking for the cabinet member for coastal services to step aside while the flood review runs. It's the right thing to do.", note="Civil call to step aside.", excl=[MC, TM])
H("hn041", "Respectfully: the chair of scrutiny has missed five meetings in a row. Either turn up or let someone else do it.", note="Criticism of attendance, civil.", excl=[GH])
H("hn042", "Resignation is the honourable course here, Moira. The auditor's letter is damning.", allowed=[PA], note="Resignation call by first name; personal-attack allowed as a near miss.", excl=[MC])
H("hn043", "I don't say this lightly. I'm asking my own group leader to consider her position after the housing audit.", note="Resignation call inside one's own group.", author=HC)
# --- counter-speech quoting abuse to condemn it
H("hn044", "Someone left a comment on my page calling Cllr Oyelaran a 'foreign parasite'. It's been deleted and reported. That language has no place here.", allowed=[ED, PA], note="Counter-speech quoting racist abuse.", excl=[PO])
H("hn045", "I've had a message telling me I'll 'get what's coming' if I vote for the Traveller site. I'll vote on the evidence, and the message has gone to the police.", allowed=[BI], note="Reporting a threat received.")
H("hn046", "To the man who called my colleague Sadia a 'terrorist' in the market yesterday: you don't speak for Thornsey Ness. We stand with her.", allowed=[ED, PA], note="Counter-speech; the 'you' is a private abuser addressed firmly but civilly.", excl=[SK])
H("hn047", "Seeing 'pikey' thrown about in the comments on the Brack Lane story. It is a racial slur. Please stop, or the comments come down.", allowed=[ED, AL], note="Names a slur to condemn it.")
H("hn048", "'Go back where you came from' is not an argument about immigration policy. It's abuse, and I'll call it out every time.", allowed=[ED], note="Quotes abuse to condemn it.")
H("hn049", "Nobody, from any party, should be called a 'lying bitch' for doing their job. The abuse aimed at women councillors this week has been disgusting.", allowed=[AL, DA, PA, ED], note="Quotes a gendered insult to condemn it.")
H("hn050", "We need to talk about the replies under Juno's post. 'Mentally ill freak' is not debate. Juno, you have my full support.", allowed=[ED, PA], note="Counter-speech supporting a non-binary colleague.", excl=[JF])
H("hn051", "A reply to my budget post told me to 'watch my back'. I'm not going to be intimidated out of doing my job, and no councillor should be.", allowed=[BI], note="Reporting intimidation received.")
H("hn052", "Reported a post saying the Wrenfold mosque should be 'burned out'. That's incitement, not opinion.", allowed=[BI, ED], note="Quotes incitement to report it.")
H("hn053", "I disagree with Craig Dunstable on nearly everything, but the people calling him a 'Nazi scumbag' online are wrong and need to stop.", allowed=[PA, AL], note="Defends a political opponent against abuse.", excl=[CD])
H("hn054", "When people call the staff at the housing office 'useless parasites', remember they're dealing with 200 desperate families on a skeleton crew. Be kind.", allowed=[PA, OI], note="Defends staff against quoted abuse.")
H("hn055", "Calling the Ness Point fishing families 'inbred yokels' on a public forum is not banter. Apologise.", allowed=[PA], note="Condemns a quoted insult.")
H("hn056", "I've been called a 'crook' on here four times this week for backing the harbour plan. I'm not, and my register of interests is public. Argue about the plan.", allowed=[DA], note="Rebuts an allegation made against the author.")
# --- hate-crime reports
H("hn057", "Police are investigating racist graffiti on the wall of the Gannetside community centre. If you saw anything on Tuesday night, please call 101.", allowed=[ED], note="Hate crime report.")
H("hn058", "Terrible news that a Pride flag was burned outside Ness Point library. It's being treated as a hate crime. Thornsey Ness is better than this.", note="Hate crime report.")
H("hn059", "Spent the morning with a family whose windows were smashed in what police believe was an antisemitic attack. The whole town stands with them.", note="Hate crime report, supportive.")
H("hn060", "Hate crime reports in the borough rose 18% last year, according to the police. Most were racially or religiously aggravated. We have work to do.", note="Hate crime statistics.")
H("hn061", "A disabled resident was verbally abused at Scarrow Bay bus station on Monday. Please report hate incidents. You can do it anonymously through True Vision.", note="Hate incident report.")
H("hn062", "Chief Inspector Hollings has confirmed extra patrols near the Promenade Hotel after threats against the people staying there. Thank you.", note="Names a public office holder; threats reported, not made.")
H("hn063", "Shocked to hear a trans teenager was attacked on the seafront. Thinking of them and their family. If you have any information, contact the police.", note="Hate crime report.")
H("hn064", "The sign at the Wrenfold mosque was daubed with a swastika overnight. Hate has no home here. Reported, and I've asked for it to be cleaned today.", note="Hate crime report.")
# --- supportive / neutral mentions of protected groups
H("hn065", "Lovely to join the Wrenfold mosque for iftar last night. Thank you for the warm welcome, and for the best samosas in the borough.", note="Supportive mention of a faith community.", date="2026-03-03")
H("hn066", "Happy Lunar New Year to everyone celebrating in Thornsey Ness! 🧧 Year of the Horse, may it gallop in your favour.", note="Festival greeting.", date="2026-02-17")
H("hn067", "Proud to see the rainbow flag flying over the town hall for LGBT+ History Month.", note="Supportive mention.", date="2026-02-02")
H("hn068", "As a gay man who grew up in Saltcote in the nineties, I never imagined I'd one day wear the mayoral chain here. Things do change.", note="Councillor's own sexuality.", author=HC)
H("hn069", "The new Changing Places toilet at Scarrow Bay beach opens next week. A genuine game-changer for disabled visitors and their carers.", note="Disability access, supportive.")
H("hn070", "Today we remember the six million Jews murdered in the Holocaust, and all the victims of Nazi persecution and of genocides since. #HMD2026", note="Holocaust Memorial Day; 'murdered' used factually.", date="2026-01-27")
H("hn071", "Trans women are women, trans men are men, and the trans residents of this borough deserve councillors who'll stand up for them.", note="Supportive statement on gender identity.")
H("hn072", "Met the Gypsy and Traveller liaison group this morning. Real progress on getting the school bus to stop at the site.", note="Neutral/supportive mention of Travellers.")
H("hn073", "Our older residents are not a 'burden on the budget'. They built this town, and the day centre review has to reflect that.", note="Defends older people.")
H("hn074", "Great to see the new multi-faith prayer room open at the hospital, for people of all faiths and none.", note="Neutral mention of faith.")
H("hn075", "Happy International Women's Day for Sunday! Thank you to every woman who keeps Thornsey Ness going: on the lifeboats, in the fish market, in the care homes and in the chamber.", note="IWD greeting.", date="2026-03-06")
H("hn076", "I'm autistic and I'm a councillor. If you're neurodivergent and thinking of standing in May, drop me a message. Happy to chat.", note="Councillor's own disability.", author=RA)
H("hn077", "Pregnant and still chairing audit. The baby kicked all the way through the treasury management item, which I'm choosing to read as a strong opinion on gilts 🤰", note="Councillor's own pregnancy.", author=BQ)
H("hn078", "Our new heritage trail on the Black sailors of the Thornsey Ness docks opens on Saturday. Stories this town should have been telling for a century.", note="Supportive mention of Black history.")
H("hn079", "The Polish Saturday school in Brackwater needs a new home. If you have a hall free on Saturday mornings, please get in touch.", note="Supportive mention of a national group.")
H("hn080", "A warm welcome to the Ukrainian families arriving in Gannetside this week. Ласкаво просимо!", note="Welcome in Ukrainian (Cyrillic script, not obfuscation).")
H("hn081", "Congratulations to two of our Ness Point lifeboat crew who tied the knot at Saltcote registry office today. Love is love 🌈", note="Same-sex wedding, supportive; no names.")
H("hn082", "Our Deaf community asked for BSL interpreters at full council. From March every meeting will have one. Thanks to everyone who campaigned.", note="Disability access, supportive.")
H("hn083", "Eid Mubarak to all our Muslim residents celebrating today! 🌙", note="Festival greeting.", date="2026-03-20")
H("hn084", "Dydd Gŵyl Dewi Hapus for Sunday to our Welsh community! The daffodils on the prom are right on cue.", note="St David's Day greeting.", date="2026-02-27")
H("hn085", "Dementia-friendly swimming sessions start at the Saltcote pool on Tuesdays. Brilliant work from the leisure trust.", note="Neutral mention of a health condition.")
H("hn086", "The Catholic and Anglican churches in Wrenfold are running a joint food bank from February. Faith in action.", note="Neutral mention of religion.", date="2026-01-22")
H("hn087", "Huge respect to the young carers I met at Hobthwaite Academy. Some of them are eleven and running a household.", note="Mentions age supportively.")
H("hn088", "Proud that Thornsey Ness is now a Disability Confident employer. Next step: making every council building step-free.", note="Disability, supportive.")
# --- civil debate on immigration, Traveller sites, asylum
H("hn089", "I have real concerns about the Home Office using the Promenade Hotel for asylum accommodation: no consultation, no extra GP capacity. That's a criticism of the Home Office, not of the people staying there.", note="Civil debate on asylum.")
H("hn090", "The Traveller site at Brack Lane needs proper access, drainage and a warden. Residents' worries about traffic are fair and should be answered with facts.", note="Civil debate on a Traveller site.")
H("hn091", "Immigration is a legitimate subject for debate. But net migration is decided in Westminster, not in Thornsey Ness town hall.", note="Civil debate on immigration.")
H("hn092", "Asked the Home Office how many asylum seekers are housed in the borough. Answer: 118. Fewer than the rumour mill says, more than our services were told to expect.", note="Facts on asylum.")
H("hn093", "I support a Traveller transit site in principle, but Brack Lane floods twice a year. We should look again at the Fell Road option.", note="Civil debate on site location.")
H("hn094", "Our fishing fleet relies on migrant crews. Any honest conversation about immigration in this town has to start there.", note="Civil debate on immigration.")
H("hn095", "I'll be voting against the motion to close the asylum hotel. Closing it moves people around; it doesn't solve anything.", note="Civil position on asylum.")
H("hn096", "Residents keep asking whether asylum seekers get priority for council housing. They don't: they aren't eligible while a claim is pending. Happy to share the rules.", note="Myth-busting on asylum.")
H("hn097", "The Gypsy and Traveller accommodation assessment says we need 9 pitches by 2031. We have 2. That's the gap, whatever anyone's view.", note="Facts on Traveller pitches.")
H("hn098", "Reform says 'stop the boats'. Fine. What's the plan for the 118 people already here while they wait for a decision? Let's debate that.", note="Civil challenge to a party's slogan.", excl=REF)
H("hn099", "I understand why people in Saltcote feel nobody asked them about the hotel. They're right, nobody did. I'll keep pushing the Home Office for answers.", note="Civil, empathetic debate.")
H("hn100", "Integration works best when ESOL classes are funded properly. Thornsey Ness College has a waiting list of 140. That's the real scandal.", note="Civil debate; 'scandal' about funding.")
# --- banter and idioms
H("hn101", "The new bin app is a killer. Reported a missed collection in about nine seconds. Credit where it's due.", note="'Killer' as praise.")
H("hn102", "Cllr Corbett absolutely slaughtered 'Sweet Caroline' at the mayor's charity karaoke. Raised £1,200 though, so we'll forgive him 🎤", allowed=[PA, IR], note="Friendly banter about a named colleague.", excl=[HC])
H("hn103", "Thornsey Ness Town 5 Brackwater Rovers 0. A proper massacre at the Gull Ground. Heads up, Rovers fans, there's always next season ⚽", note="Football idiom 'massacre'.")
H("hn104", "That sea fret this morning was savage. Couldn't see the end of my own nose on the prom.", note="'Savage' about weather.")
H("hn105", "Bloody brilliant turnout at the beach clean. 64 bags of rubbish and one very confused crab.", note="Mild intensifier in praise.")
H("hn106", "The pasty at the harbour café today was so good I could have died happy. Ten out of ten.", note="'Died happy' idiom.")
H("hn107", "Running the Gannetside 10k on Sunday. If I'm not back by teatime, send the lifeboat 😅", note="Self-mocking joke.")
H("hn108", "We got absolutely battered at the councillors v officers quiz. The finance team are ruthless. Rematch in spring, you've been warned!", allowed=[IR], note="'You've been warned' as friendly banter.")
H("hn109", "Cllr Pybus and I agree on almost nothing, but his fruit cake at the Hobthwaite fete is lethal. In a good way.", note="'Lethal' as praise of a colleague's cake.", excl=[AP])
H("hn110", "The Scarrow Bay choir smashed it tonight. Goosebumps.", note="'Smashed it' as praise.")
H("hn111", "Dying to see the lighthouse lit up again next week. Pure magic.", note="'Dying to' idiom.")
H("hn112", "Rowan's beard is now so big it should have its own ward. Love you pal, see you at the allotment 😂", allowed=[PA, IR], note="Affectionate teasing of a colleague's appearance.", excl=[RA])
H("hn113", "Our planning team's spreadsheet skills are frankly terrifying. Actual wizardry. Thank you, Declan.", allowed=[OI], note="'Terrifying' as praise of a named officer.")
H("hn114", "The gulls on Fore Street are basically organised crime at this point. Lost a whole 99 to one this afternoon.", note="'Organised crime' joke about gulls.")
H("hn115", "Bit of a bloodbath at the Anchor pub quiz. Lib Dems came last. Again. We blame the music round.", note="'Bloodbath' about a quiz; self-mocking party.", author=PO)
H("hn116", "That storm has knocked the stuffing out of the prom. The coastal crews have been heroes.", note="Idiom about storm damage.")
H("hn117", "The Wrenfold bake-off judges were brutal. My lemon drizzle was described as 'ambitious'.", note="'Brutal' as banter.")
H("hn118", "The mayor's newly polished chain is so shiny you could signal ships with it.", note="Gentle joke about an object.")
# --- self-deprecation
H("hn119", "I'm no maths genius, ask my old teacher, but even I can see the parking income forecast doesn't add up.", note="Self-deprecation with criticism of a forecast.")
H("hn120", "Turned up to the wrong meeting room for the second time this week. Fifty-three years old and still can't read a room booking. Send help.", note="Self-deprecation.")
H("hn121", "My first speech in the chamber was so nervous I called the mayor 'Mum'. Ten years on, I've nearly recovered.", note="Self-deprecation.")
H("hn122", "Confession: I fell into the harbour on the boat safety visit. Dignity: zero. Lifejacket: excellent.", note="Self-deprecation.")
H("hn123", "I'm a hopeless photographer, so here's a blurry picture of the lovely new benches on the prom.", note="'Hopeless' about oneself.")
H("hn124", "As a certified dinosaur who has no idea how TikTok works, I'm told the youth council will teach me. Brave of them.", note="Self-deprecation on age.")
H("hn125", "Got my own ward's name wrong on a leaflet. What an idiot. Proofread, folks.", note="'Idiot' about oneself.")
H("hn126", "Being deaf in one ear has its perks in long meetings. Being 71 has its perks in the queue for tea 😄", note="Councillor's own disability and age.", author=EB)
# --- thanking named officers
H("hn127", "Huge thanks to Sinead Bellwood and the coastal team, out since 5am clearing shingle off the prom road.", allowed=[OI], note="Thanking a named officer.")
H("hn128", "Owen Tarrant and the housing options team found emergency accommodation for a family in my ward within hours. Thank you.", allowed=[OI], note="Thanking a named officer.")
H("hn129", "Priti Halvorsen's budget briefing for members was the clearest I've had in eight years. Thank you.", allowed=[OI], note="Thanking a named officer.")
H("hn130", "Shout-out to Declan Frewin for taking the Saltcote residents' group through the local plan on a Thursday evening. Above and beyond.", allowed=[OI], note="Thanking a named officer.")
H("hn131", "Thanks to Marcus Oduya for the code of conduct refresher today. Useful reminders on social media, not least for me!", allowed=[OI], note="Thanking the Monitoring Officer.")
H("hn132", "Lorraine Gatenby and her team have been outstanding through the flood response. Proud of our staff.", allowed=[OI], note="Thanking the Chief Executive.")
H("hn133", "Grateful to the housing options team, and to Owen in particular, for the patience they show every single day.", allowed=[OI], note="Thanking an officer by first name.")
H("hn134", "Sinead, your team's work on the blue flag bid has paid off. Well done, all.", allowed=[OI], note="Thanking an officer, addressed by first name.")
# --- other traps
H("hn135", "SCAM WARNING: texts claiming to be from Thornsey Ness council and asking for your bank PIN to process a council tax refund are fraud. We will never ask for your PIN.", allowed=[SC, HP, DA], note="Scam warning using 'fraud' and 'PIN'.")
H("hn136", "Fraudsters are phoning older residents pretending to be from the council's energy grant team. Hang up and ring the number on your council tax bill.", allowed=[DA], note="Scam warning; 'fraudsters' are unidentified.")
H("hn137", "Good anti-bribery and corruption session for members today. The gifts register is open: anything over £100 within 28 days, please.", note="Anti-bribery training; 'bribery' and 'corruption' as topics.")
H("hn138", "Crime figures for Scarrow Bay: burglary down 12%, vehicle crime up 9%, shoplifting up sharply on Fore Street. Meeting the police on Tuesday.", note="Crime statistics.")
H("hn139", "We're coming for every seat in May. Every single one. Doorstep season starts on Saturday 💪", note="Campaign bravado, not a threat.")
H("hn140", "Love the optimism of the planning portal's 'estimated time remaining: 2 minutes'. It's been two minutes since Tuesday.", note="Sarcasm about a process.")
H("hn141", "The leaflet going round Wrenfold says the library will close. That isn't correct: the hours change, the building stays open. The cabinet report is linked below.", note="Correcting a leaflet without calling anyone a liar.")
H("hn142", "Knocked on 300 doors in Ness Point and I now know where every dog lives. The spaniel on the corner is clearly in charge.", note="'Know where ... lives' in a harmless sense.", author=SK)
H("hn143", "I'll be watching the cabinet's response to the flood review very closely. We will hold them to every promise.", note="Scrutiny, not intimidation.", excl=CAB)
H("hn144", "Another triumph of joined-up government: the road resurfaced on Monday was dug up by the water company on Wednesday. Genius 🙃", allowed=[IR], note="Sarcasm about a process, not a person.")
H("hn145", "The audit committee found no evidence of wrongdoing in the leisure trust accounts. Good. Now let's talk about the actual problem, which is the deficit.", note="Reports the absence of wrongdoing.")
H("hn146", "If you've been a victim of doorstep crime, please report it. Rogue traders are working the Hobthwaite estates this month.", note="Crime warning.")
H("hn147", "Knife crime in the borough is low, but any is too much. The knife arch at Thornsey Ness station on Friday found nothing, which is good news.", note="Crime statistics/operation.")
H("hn148", "The standards committee has cleared Cllr Dunstable of the complaint made against him. Whatever our differences, that should be the end of it.", note="Reports a cleared complaint, civilly.", excl=[CD])
H("hn149", "You'll regret missing the Saltcote seafood festival. Best crab sandwiches on the coast, and the brass band is back.", note="'You'll regret' in a harmless sense.")
H("hn150", "Budget amendment defeated 21 to 14. Disappointed, but that's democracy. We go again next year.", note="Neutral result of a vote.")

# ================================================================ obfuscated variants
# (original key, kind, word in the original that is obfuscated; None for caps)
VARIANTS = [
    # a single *
    ("al05", "star", "cunt"), ("al23", "star", "twat"), ("pa02", "star", "windbag"),
    ("bi03", "star", "regretting"), ("ed05", "star", "gays"), ("da01", "star", "liar"),
    # a digit in place of a letter
    ("pa30", "digit", "Clown"), ("al12", "digit", "dickhead"), ("bi29", "digit", "miss"),
    ("ed07", "digit", "mosque"), ("da04", "digit", "fiddled"), ("da24", "digit", "crook"),
    # U+200B inside a word
    ("pa08", "zwsp", "nasty"), ("pa26", "zwsp", "vermin"), ("al18", "zwsp", "arseholes"),
    ("bi16", "zwsp", "enemy"), ("ed13", "zwsp", "Women"), ("da09", "zwsp", "rigged"),
    # spaced-out letters
    ("pa15", "spaced", "halfwits"), ("al10", "spaced", "arse"), ("bi33", "spaced", "bury"),
    ("ed36", "spaced", "BAME"), ("da17", "spaced", "liar"), ("da27", "spaced", "liar"),
    # a Cyrillic homoglyph
    ("pa29", "cyrillic", "buffoon"), ("al08", "cyrillic", "tosser"), ("bi09", "cyrillic", "shoulder"),
    ("ed06", "cyrillic", "mental"), ("ed21", "cyrillic", "Roma"), ("da19", "cyrillic", "stole"),
    # ALL CAPS, @handles keep their spelling
    ("pa03", "caps", None), ("al02", "caps", None), ("bi01", "caps", None),
    ("ed24", "caps", None), ("da05", "caps", None), ("da32", "caps", None),
]

DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "O": "0", "I": "1", "E": "3", "A": "4", "S": "5"}
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456", "O": "\u041e", "A": "\u0410", "E": "\u0415"}
KIND_NOTE = {
    "star": "one letter replaced by *",
    "digit": "one letter replaced by a digit",
    "zwsp": "a zero-width space (U+200B) inside the word",
    "spaced": "letters spaced out",
    "cyrillic": "a Cyrillic homoglyph in place of a Latin letter",
    "caps": "ALL CAPS with @handles kept",
}


def obfuscate_word(word, kind):
    if kind == "star":
        # replace the first vowel after the first letter (or the second letter)
        for i in range(1, len(word)):
            if word[i].lower() in "aeiou":
                return word[:i] + "*" + word[i + 1:]
        return word[0] + "*" + word[2:]
    if kind == "digit":
        for i in range(len(word)):
            if word[i] in DIGITS and i > 0 or (i == 0 and word[i] in DIGITS and len(word) < 4):
                return word[:i] + DIGITS[word[i]] + word[i + 1:]
        raise ValueError(word)
    if kind == "zwsp":
        mid = len(word) // 2
        return word[:mid] + "\u200b" + word[mid:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "cyrillic":
        for i in range(len(word)):
            if word[i] in CYR:
                return word[:i] + CYR[word[i]] + word[i + 1:]
        raise ValueError(word)
    raise ValueError(kind)


def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


def make_variant(row, kind, word):
    if kind == "caps":
        return caps(row["text"])
    import re
    m = re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", row["text"])
    assert m, (row["key"], word)
    return row["text"][:m.start()] + obfuscate_word(word, kind) + row["text"][m.end():]


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, date=None):
    day = dt.date.fromisoformat(date) if date else rng.choice(weekdays())
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def build():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in rows}
    for r in rows:
        if r["author"] is None:
            pool = [h for h in ALL if h not in r["excl"]]
            r["author"] = rng.choice(pool)
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(rng, r["date"])
    variants = []
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"])
        if kind == "caps" and HP not in allowed:
            allowed.append(HP)
        variants.append(dict(key=key + "-" + kind, family=o["family"], text=make_variant(o, kind, word),
                             rules=list(o["rules"]), allowed=allowed, verdict=o["verdict"],
                             note="Obfuscated variant (" + KIND_NOTE[kind] + ") of " + key + ". " + o["note"],
                             author=o["author"], platform=o["platform"], created_at=stamp(rng, o["date"]),
                             kind_of_row="positive", variant_key=key))
    allrows = rows + variants
    rng.shuffle(allrows)
    ids = {}
    for i, r in enumerate(allrows, 1):
        ids[r["key"]] = "B10-%04d" % i
    out = []
    for r in allrows:
        obj = {
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
            "note": r["note"],
        }
        if r.get("variant_key"):
            obj["variant_of"] = ids[r["variant_key"]]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    out = build()
    print("wrote", len(out), "rows to posts.jsonl")
