#!/usr/bin/env python3
"""Build blind evaluation set b127 (Lydmoor District Council, Somerset Levels).

The rows below were written by hand. This script only assigns authors,
platforms and timestamps, makes the obfuscated variants, shuffles, gives ids
B127-NNNN and turns the row keys in notes ({key}) into ids. It uses a fixed
seed, so running it twice writes identical bytes.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

SEED = 127127
SET = "B127"
HERE = os.path.dirname(os.path.abspath(__file__))

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IA = "position.improper-advantage"
HA = "haste.pause-before-posting"
GI = "gifts.hospitality"
CR = "security.credentials"

ROWS = []


def pos(key, fam, text, note, rules=None, allowed=(), verdict=None, author=None, date=None):
    if rules is None:
        rules = [fam]
    if verdict is None:
        verdict = "block" if fam in (BU, EQ) else "review"
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date))


def hn(key, tag, text, note, allowed=(), author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allowed), verdict="ok",
                     note=tag + " " + note, author=author, date=date))


# ---------------------------------------------------------------------------
# respect.personal-attack (26)
# ---------------------------------------------------------------------------
pos("pa01", PA, "@StuTuckwellLA you'm about as much use as a chocolate teapot in August. Two years in charge of the money and you still can't read a balance sheet. Bless 'ee.",
    "Everyday insult at a councillor by handle, no swearing; 'bless 'ee' sharpens it. HN6 {hn6_02} criticises the same member's budget on the record.")
pos("pa02", PA, "Kayleigh Clapp is a gurt mommet. Stood up at full council and asked what a rhyne was. Represents Crowknapp, mind. Half her ward is rhynes.",
    "'Mommet' (scarecrow, fool) at a named councillor. HN5 {hn5_03} uses 'mazed old mommet' of the writer herself.")
pos("pa03", PA, "Ark at 'ee. Derek Bisgrove lecturing the rest of us on manners. Man's got the charm of a slurry pit and about half the brains.",
    "Insult by comparison at a named councillor; no obscenity. Source of the caps variant.")
pos("pa04", PA, "Honestly @ShaunCounsellLA, is there anything between your ears besides scrumpy and old grudges? Asking for the whole of Kingsrhyne.",
    "Rhetorical insult at a handle, dialect drink reference. HN6 {hn6_17} criticises his parking strategy without insult.")
pos("pa05", PA, "Owen Pavey couldn't find his own backside with both hands and a map of the moor. That's our Senior Planning Officer, folks. Useless.",
    "Insult at a named officer: officers.impartiality expected too.", rules=[PA, OF])
pos("pa06", PA, "The Leader is a spiteful, small-minded woman who has never once answered a straight question in that chamber. Lydmoor deserves better than her sulking.",
    "Attack on the Leader by role. 'Woman' is there but the attack is on temper, not sex: equality only allowed. HN6 {hn6_10} and {hn6_20} question her leadership on the record.",
    allowed=[EQ])
pos("pa07", PA, "Watching Trevor Gould try to chair a meeting is like watching a heifer on ice. Gormless from start to finish.",
    "Farming simile plus 'gormless' at a named councillor. Source of the spaced variant.")
pos("pa08", PA, "@NasreenAkhtarMD you are a sanctimonious windbag and everyone in that chamber knows it, including your own group.",
    "Name-calling at a handle. No religious or other trait is touched.")
pos("pa09", PA, "Congratulations to Cllr Vowles on a whole year as Cabinet Member for Housing without once setting foot in an actual council house. Proper job. Genius, truly 👏",
    "Mock congratulation at a named cabinet member: personal-attack and tone.irony-risk. HN6 {hn6_01} sets out his housing record plainly.",
    rules=[PA, IR])
pos("pa10", PA, "Stuart Tuckwell is a nasty, vindictive little creature and public life on the Levels would be cleaner without him. Nobody would miss him. Nobody.",
    "Severe dehumanising attack ('creature', 'nobody would miss him'): block. It wishes him gone rather than threatening; bullying only allowed.",
    allowed=[BU], verdict="block")
pos("pa11", PA, "Ken Dyer has the political instincts of a chuggypig. Curls up in a ball the minute anybody asks him a question he doesn't like.",
    "'Chuggypig' (woodlouse) insult at a named councillor; dialect carries the insult.")
pos("pa12", PA, "Dear @JakePollardMD, being loud is not the same as being right. You're a gobby little know-nothing and the grown-ups are trying to work.",
    "Insult at a handle. 'Little' and 'grown-ups' touch his youth: equality allowed, not expected.",
    allowed=[EQ])
pos("pa13", PA, "Our Head of Planning is the most arrogant, patronising individual I have ever had the misfortune to sit across a table from. Every single meeting, the same sneer.",
    "Insult at an officer by role: officers expected.", rules=[PA, OF])
pos("pa14", PA, "Brenda Tapp couldn't organise a wassail in a cider orchard. Chair of the Council? Chair of the biscuit rota, more like, and she'd make a pig's ear of that.",
    "Belittling a named councillor with local custom; no swearing.")
pos("pa15", PA, "Two-faced. That's all I'll say about @GrahamBartlettMD. Smiles at you on the drove and sticks the knife in at group meeting.",
    "'Two-faced' at a handle; the knife is figurative, bullying not in play.")
pos("pa16", PA, "Alison Warry has been wrong about every single thing since she was elected. Every. Single. Thing. A walking weathervane with no backbone.",
    "Contempt for the person rather than any decision.")
pos("pa17", PA, "If brains were peat, Kevin Gillard wouldn't have enough to boil a kettle. Our s151 officer, ladies and gentlemen. Sleep well.",
    "Insult at a named officer (peat idiom); officers expected. 'Sleep well' is sarcastic, not a threat here.", rules=[PA, OF])
pos("pa18", PA, "Mazed. Absolutely mazed. @LauraChardMD wants a cycle lane down the middle of the Crowknapp drove. Maid's away with the fairies.",
    "'Mazed', 'away with the fairies' at a handle. 'Maid' (girl) is dialect; equality allowed for the gendered put-down. HN4 {hn4_09} is her own pregnancy news.",
    allowed=[EQ])
pos("pa19", PA, "Update from Kingsrhyne after the third flood this winter. The pumps at the Sallowton sluice ran for 40 hours. Thank you to the flood wardens, the fire crews and every neighbour who carried sandbags at 2am. What we did not have was anybody from the cabinet. Cllr Hooper, you are a disgrace and an embarrassment to this ward. Resign and take your smirk with you.",
    "Long ward update that turns into a personal attack in its last lines. Source of the homoglyph variant ('disgrace').")
pos("pa20", PA, "Walt Bowditch nods off in every meeting then wakes up just in time to vote the wrong way. Dozy old buffer.",
    "'Dozy old buffer' at a named councillor: personal attack; age only allowed. HN4 {hn4_12} and HN5 {hn5_18} are Walt's own posts.",
    allowed=[EQ])
pos("pa21", PA, "Marek Zielinski is a bully and a coward. Shouts at officers in private, then hides behind his group leader when it comes to a vote.",
    "Name-calling; 'bully' edges towards an allegation of misconduct, so defamation allowed.", allowed=[DF])
pos("pa22", PA, "Mr Kerslake, our so-called Licensing Manager, is a jobsworth with a clipboard and the personality of a wet Tuesday in Withybridge.",
    "Insult at a named officer; officers expected.", rules=[PA, OF])
pos("pa23", PA, "Oh well done @PegHemburyLA, another triumph. Truly the sharpest tool in the shed. /s",
    "Mock praise with '/s' at the Leader's handle: personal-attack and irony.", rules=[PA, IR])
pos("pa24", PA, "Derek Bisgrove is a poisonous, rotten excuse for a man. Everything he touches goes bad. I can't stand to be in the same room as the creature.",
    "Severe dehumanising attack: block. Compare pa03 ({pa03}) for the milder register.", verdict="block")
pos("pa25", PA, "Fiona Stuckey writes press releases like a toddler let loose with a crayon. Head of Communications? Head of Waffle.",
    "Insult at a named officer; officers expected.", rules=[PA, OF])
pos("pa26", PA, "Some are born to lead. Clive Vowles was born to hold the gate while someone else drives the tractor through. Spineless little yes-man.",
    "Farming image and 'spineless' at a named person. HN1 {hn1_06} calls a budget 'spineless'. Source of the digit variant.")

# ---------------------------------------------------------------------------
# respect.abusive-language (26)
# ---------------------------------------------------------------------------
pos("al01", AL, "The new Peatwagon bin rota is a total shitshow. Three weeks and not one collection on Drove End. Sort it out.",
    "Obscenity at a service and a contractor: abusive only; personal-attack allowed for the company. Source of the asterisk variant.",
    allowed=[PA])
pos("al02", AL, "Stuart Tuckwell is a pillock and his budget is bollocks from the first page to the last.",
    "Obscenity and insult at a named councillor: abusive and personal-attack.", rules=[AL, PA])
pos("al03", AL, "What a load of shite this Local Plan consultation is. Four hundred pages and not one word on dredging the Yeel.",
    "Obscenity at a consultation document; no person. Source of the digit variant.")
pos("al04", AL, "@CliveVowlesLA you absolute arse. You stood in Osier Cross village hall and promised those bungalows. Where be they to?",
    "Obscene insult at a handle; dialect 'where be they to'. Source of the caps variant.", rules=[AL, PA])
pos("al05", AL, "Forty minutes on hold to the Yeel Homes repairs line to be told someone'll ring back dreckly. Dreckly! Bloody useless, the whole bloody outfit.",
    "Mildest abusive row: 'bloody' twice at a housing association; personal-attack allowed for the organisation. HN1 {hn1_05} reports the same landlord to the regulator without swearing.",
    allowed=[PA])
pos("al06", AL, "Derek Bisgrove is a twat. There, I've said it. Took me nine years.",
    "Obscene insult at a named councillor. Source of the zero-width variant.", rules=[AL, PA])
pos("al07", AL, "Pardon my French but the state of the Withybridge bypass is fucking disgraceful. Potholes you could lose a heifer in.",
    "Strong obscenity at a road: abusive only.")
pos("al08", AL, "Kayleigh Clapp talks utter crap about flooding. Never lived on the moor, never been flooded out, never stops talking.",
    "Obscenity at what she says: abusive expected, personal-attack only allowed (convention); some would expect personal-attack for 'never stops talking'.",
    allowed=[PA])
pos("al09", AL, "The Moorland Democrats are a bunch of useless wankers who couldn't run a bath, never mind a district council.",
    "Obscenity at a party: abusive; personal-attack allowed for a party. Source of the homoglyph variant.", allowed=[PA])
pos("al10", AL, "Shaun Counsell is a cunt and always has been. Ask anybody who was at school with him.",
    "The c-word at a named councillor: severe, block.", rules=[AL, PA], verdict="block")
pos("al11", AL, "Piss-poor. Only word for the gritting on the Crowknapp road this morning. Two cars in the rhyne by eight o'clock.",
    "Mild obscenity at a service.")
pos("al12", AL, "Whoever signed off the Sallowton car park charges wants their bloody head testing. Arsehole decision from arsehole people.",
    "Obscenity at 'whoever' and the decision: abusive; personal-attack allowed for an unnamed 'whoever'. HN1 {hn1_04} attacks the same charges cleanly.",
    allowed=[PA])
pos("al13", AL, "@TrevorGouldLA shut your gob, you pompous prick. Nobody on the Levels asked for your opinion on our drainage.",
    "Obscene insult at a handle. Source of the spaced variant.", rules=[AL, PA])
pos("al14", AL, "The Withybridge Mercury can shove its editorial where the sun don't shine. Lazy, bollocks journalism from a paper that hasn't sent a reporter to the moor since 2014.",
    "Obscenity at a newspaper; personal-attack allowed for the paper. HN1 {hn1_13} asks the paper for a correction.", allowed=[PA])
pos("al15", AL, "Sorry not sorry: the cabinet are a pack of spineless shits and this budget proves it.",
    "Obscenity at the cabinet as a body: abusive; personal-attack allowed (convention). HN1 {hn1_15} says 'worst-run cabinet' without obscenity.",
    allowed=[PA])
pos("al16", AL, "Brenda Tapp, you silly cow. That was MY motion you just ruled out of order, and you knew it.",
    "'Silly cow' at a named councillor: abusive and personal-attack; equality allowed (sexed insult). HN6 {hn6_13} disputes the same ruling properly. Posted during a meeting, so meetings allowed.",
    rules=[AL, PA], allowed=[EQ, "meetings.during-meeting"])
pos("al17", AL, "This parking app is a steaming pile of crap. Took six goes, charged me twice, then logged me out. Who designed it, a wurzel with a Nokia?",
    "Obscenity at an app; 'wurzel' self-mocking regional joke, no person.")
pos("al18", AL, "The directors of Culverhay Homes are greedy, lying bastards and I hope every one of their executive homes floods to the rafters.",
    "Severe obscenity and ill-wishing at unnamed directors: block. Personal-attack allowed (unnamed directors), defamation allowed ('lying'), bullying allowed (the wish), predetermination allowed (Culverhay's Withy Lane application is pending).",
    allowed=[PA, DF, BU, PD], verdict="block")
pos("al19", AL, "Jake Pollard you're a knobhead. Grow up, put your phone down and read the papers for once.",
    "Obscene insult at a named councillor; equality not in play.", rules=[AL, PA])
pos("al20", AL, "Half-arsed. Half-baked. Half-finished. The Buttercross scheme in three words. The other half of the money went on consultants.",
    "Mild obscenity at a scheme; the consultant jibe names nobody, so defamation only allowed.", allowed=[DF])
pos("al21", AL, "Honestly, Nell Cossey can kiss my arse. Eight years I've served this district, I'll not be lectured by her about 'tone'.",
    "Obscene dismissal of a named councillor; nothing about her being trans. HN2 {hn2_04} is Nell on abuse she receives.",
    rules=[AL, PA])
pos("al22", AL, "Ken Dyer is a lazy shit who hasn't held a surgery since the floods. Upper Moors pays his allowance for nothing.",
    "Obscene insult at a named councillor; 'for nothing' is opinion, not an allegation of fraud.", rules=[AL, PA], allowed=[DF])
pos("al23", AL, "Closing the Kingsrhyne pumping station is the most bollocks-brained idea this council has had in years, and that's saying something.",
    "Obscenity at a decision only. HN1 {hn1_01} attacks the same decision without it.")
pos("al24", AL, "What a bunch of tossers at the drainage board meeting last night. Three hours of vlother and not a single decision.",
    "Obscenity at an unnamed group of board members; personal-attack allowed. 'Vlother' (nonsense talk) is dialect.",
    allowed=[PA])
pos("al25", AL, "Tracey Coombes, Head of Waste, is a useless sodding waste of a salary. The irony writes itself.",
    "Obscene insult at a named officer: abusive, personal-attack and officers.", rules=[AL, PA, OF])
pos("al26", AL, "Flood budget for Kingsrhyne: nought. Dredging: nought. Pump repairs: 'under review'. It's a fucking insult to every family that's been flooded out three winters running.",
    "Strong obscenity at a budget; no person.")

# ---------------------------------------------------------------------------
# bullying.intimidation (26): [explicit], [veiled], [pressure]
# ---------------------------------------------------------------------------
pos("bu01", BU, "@JakePollardMD carry on like that and you'll get a smack in the mouth next time I see you in the Elver & Anchor.",
    "[explicit] Threat of violence at a handle, in a named pub. Source of the homoglyph variant.", allowed=[PA])
pos("bu02", BU, "Nice house you've got out on Heron Drove, Owen. Be a shame if the rhyne came up over it this winter. Just saying.",
    "[veiled] Menace at the Senior Planning Officer by first name with his home road: officers expected; data protection allowed for the road.",
    rules=[BU, OF], allowed=[DP, PA])
pos("bu03", BU, "I know where you live, Kayleigh. Everybody in Crowknapp knows where you live. Think on.",
    "[veiled] The classic 'I know where you live' at a named councillor. Source of the spaced variant.", allowed=[PA])
pos("bu04", BU, "Anyone who wants to tell @NellCosseyMD what they think of her: her surgery's Saturday 10am, Withybridge library. Let's fill it. Let's make it a morning she won't forget.",
    "[pressure] Mobilising a crowd at a councillor's surgery. Nothing about her being trans is said; equality not raised.",
    allowed=[PA])
pos("bu05", BU, "If Derek Bisgrove votes that through on Thursday I will personally drag him out of the chamber by his collar. Try me.",
    "[explicit] Threat of physical force. Source of the caps variant. Predetermination allowed: it pre-judges a committee vote.",
    allowed=[PA, PD])
pos("bu06", BU, "Bridget Rendell has till Friday to change that officer recommendation on Withy Lane or I'll make sure every parish council on the Levels knows who to blame. Her name, her photo, everywhere.",
    "[pressure] Pressing a named officer to change advice under threat of public exposure: bullying and officers. Predetermination allowed (pending application).",
    rules=[BU, OF], allowed=[PD, PA])
pos("bu07", BU, "You'll regret crossing me, @ShaunCounsellLA. Not today. Not tomorrow. But you will.",
    "[veiled] 'You'll regret' at a handle. HN5 {hn5_05} jokes about revenge at a ploughing match. Source of the asterisk variant.",
    allowed=[PA])
pos("bu08", BU, "Somebody ought to chuck Clive Vowles in the King's Sedge rhyne and hold him under till he sees sense.",
    "[explicit] Incitement to drown a named councillor, in local terms.", allowed=[PA])
pos("bu09", BU, "To whoever reported me to the Monitoring Officer: I know it was one of three people and I'll find out which. Then we'll have a little chat.",
    "[pressure] Intimidating a complainant (code 8.3).", allowed=[OF])
pos("bu10", BU, "Funny how premises licences come up for review. The Elver & Anchor might want to think harder about who they let hold meetings in the skittle alley.",
    "[veiled] Threat to use licensing powers against a pub over political meetings; improper advantage allowed.",
    allowed=[IA])
pos("bu11", BU, "Next person who shoves a leaflet through my door calling me a liar gets the dog set on 'em. Ken Dyer, that means you.",
    "[explicit] Threat of setting a dog on a named councillor.", allowed=[PA])
pos("bu12", BU, "Got a lovely clip of @OllieHebditchGW stammering and flapping his hands at planning committee. Anyone want it? Thinking of sharing it round the village WhatsApps.",
    "[pressure] Organised humiliation of an autistic member. The hand-flapping makes the disability the point; equality allowed rather than expected (threat touching a trait). HN2 {hn2_15} condemns such clips; HN4 {hn4_10} is Ollie on being autistic.",
    allowed=[EQ, PA])
pos("bu13", BU, "Tell that husband of yours to take care on the drove roads after dark, @LauraChardMD. Dark out there. Easy to have an accident.",
    "[veiled] Veiled threat to a councillor's spouse; data protection allowed for the family member. HN2 {hn2_09} condemns the same kind of message.",
    allowed=[DP])
pos("bu14", BU, "Walt Bowditch, put your hand up for that budget and I'll break your other hip for you.",
    "[explicit] Threat of violence at a named 83-year-old; equality allowed for the age undertone ('other hip'). Source of the digit variant.",
    allowed=[EQ, PA])
pos("bu15", BU, "I sit on the community grants panel. Osier Cross Carnival Club might want to remember that before their chairman writes any more letters to the Mercury about me.",
    "[pressure] Threatening misuse of a grants role against a club whose chairman criticised the writer; improper advantage allowed.",
    allowed=[IA])
pos("bu16", BU, "Dimpsy comes early this time of year, @MiriamAbrahamsGW. Mind how you go, walking home across the moor on your own.",
    "[veiled] 'Dimpsy' (dusk) and 'on your own' make a warning into a threat. HN5 {hn5_08} uses 'dimpsy' in a gritting notice.",
    allowed=[PA])
pos("bu17", BU, "Touch the Sallowton allotments and I'll burn your bloody office down, Stuart. I mean it.",
    "[explicit] Arson threat at a named councillor; abusive allowed for 'bloody'. Source of the zero-width variant.",
    allowed=[AL, PA])
pos("bu18", BU, "Had enough of Nasreen Akhtar? Her council email's on the website. Flood it. Every hour, every day, till she packs it in.",
    "[pressure] Incitement to an email campaign to drive a member out. No trait mentioned.", allowed=[PA])
pos("bu19", BU, "Resign by Friday, @AlisonWarryGW, or I publish the lot. You know what I mean. You know what I've got.",
    "[pressure] Blackmail-style demand at a handle.", allowed=[PA])
pos("bu20", BU, "If Kevin Gillard cuts the flood wardens' budget he'd better not show his face in Kingsrhyne again. We'll be waiting for him.",
    "[veiled] Menace at a named officer: officers expected.", rules=[BU, OF])
pos("bu21", BU, "Levi Loveridge wants to think about how easy it is for a trailer to catch light on a windy night.",
    "[veiled] Arson menace at a Romany Gypsy councillor's home; equality allowed for the undertone, not expected. HN4 {hn4_14} is Levi's own post.",
    allowed=[EQ, PA])
pos("bu22", BU, "I will kick seven bells out of the next Peatwagon driver who blocks my lane with his lorry. Final warning, Peatwagon.",
    "[explicit] Threat of violence at workers of a contractor, not named but identifiable as a group.")
pos("bu23", BU, "Right. Everybody to Thursday's cabinet in wurzel hats, and we moo every time Janet Hooper opens her mouth. See how long she lasts.",
    "[pressure] Organised humiliation in the public gallery.", allowed=[PA])
pos("bu24", BU, "@DesiPetrovaGW the Home Office is only an email away, you know. Be a shame if someone started asking about your paperwork.",
    "[veiled] Threat of an immigration report at a Bulgarian-born councillor: bullying, with equality allowed for the national-origin undertone. HN4 {hn4_08} is Desi's own post.",
    allowed=[EQ, PA])
pos("bu25", BU, "Any more lies about my ward, Graham, and you'll be picking your teeth up off the Sallowton car park.",
    "[explicit] Threat of violence; 'lies' allowed as defamation.", allowed=[DF, PA])
pos("bu26", BU, "Friendly word to the residents who signed the petition against me: I've got all your names and addresses now. Makes for interesting reading of an evening.",
    "[pressure] Intimidating residents who petitioned; data protection allowed. HN2 {hn2_12} condemns this kind of post.",
    allowed=[DP])

# ---------------------------------------------------------------------------
# equality.discrimination (26): [explicit; X] or [coded; X]
# ---------------------------------------------------------------------------
pos("eq01", EQ, "Another lot of pikeys parked up on the Crowknapp drove overnight. Lock up your sheds and your quad bikes, Levels.",
    "[explicit; race] Slur against Gypsies and Travellers with the theft trope: equality and abusive. HN2 {hn2_01} condemns the slur. Source of the asterisk variant.",
    rules=[EQ, AL])
pos("eq02", EQ, "Ask Levi Loveridge where the lead off Sallowton chapel roof went. He'd know the right people, wouldn't he.",
    "[coded; race] Theft insinuation at a Romany Gypsy councillor, with no group word: equality and personal-attack; defamation allowed.",
    rules=[EQ, PA], allowed=[DF])
pos("eq03", EQ, "The Bulgarians and Romanians out at the packhouse are ruining Sallowton. Drunk, dirty and on benefits, the lot of them. Send 'em home.",
    "[explicit; race] Nationality group attacked with stereotypes. HN2 {hn2_22} condemns the same comments; HN3 {hn3_04} criticises the packhouse, not the workers. Source of the homoglyph variant.")
pos("eq04", EQ, "Used to be you'd walk down Withybridge high street and hear nothing but Zummerzet. Now it's like a bus station in Bucharest. Only saying what everyone's thinking.",
    "[coded; race] Anti-Romanian sentiment by image, with dialect nostalgia. HN2 {hn2_05} condemns the meme.")
pos("eq05", EQ, "No more mosques on the Levels. Islam is not compatible with our way of life and it never will be.",
    "[explicit; religion or belief] Blanket hostility to a faith. HN2 {hn2_07} condemns such leaflets. Source of the caps variant.")
pos("eq06", EQ, "Nasreen Akhtar will vote whichever way her imam tells her. Always has, always will.",
    "[coded; religion or belief] Loyalty slur on a Muslim councillor through her faith: equality and personal-attack.",
    rules=[EQ, PA])
pos("eq07", EQ, "Sophie Venn can't even get herself up the steps to the chamber. What business has someone like that running Heronsmead?",
    "[explicit; disability] Wheelchair user told she is unfit: equality and personal-attack. HN2 {hn2_08} is Sophie answering the same words.",
    rules=[EQ, PA])
pos("eq08", EQ, "Jake Pollard can keep his gay agenda out of Osier Cross Primary. Our kids don't need it.",
    "[explicit; sexual orientation] Attack on a gay councillor using the 'agenda' trope: equality and personal-attack. HN3 {hn3_22} answers the leaflet. Source of the spaced variant.",
    rules=[EQ, PA])
pos("eq09", EQ, "Nell Cossey is a bloke in a frock and I'll keep calling him Neil till the day I die.",
    "[explicit; gender reassignment] Misgendering and a deadname (invented) at a trans councillor: equality and personal-attack. Source of the zero-width variant.",
    rules=[EQ, PA])
pos("eq10", EQ, "Lovely to see 'Cllr' Cossey using the ladies' at the civic centre again. Our wives and daughters must feel ever so safe.",
    "[coded; gender reassignment] Scare quotes and mock concern at a trans councillor: equality, personal-attack and irony. HN3 {hn3_09} is the civil version of the single-sex spaces debate.",
    rules=[EQ, PA, IR])
pos("eq11", EQ, "Women shouldn't be chairing flood committees. They panic. We saw it the winter the moor went under and we're seeing it again with Janet Hooper.",
    "[explicit; sex] Women as a group judged unfit, applied to a named member: equality and personal-attack.",
    rules=[EQ, PA])
pos("eq12", EQ, "Perhaps @LauraChardMD should stick to the school gate and leave the drainage budget to them as understand it.",
    "[coded; sex] Sends a woman back to the school gate with no sex word: equality and personal-attack. Some would read it as a plain put-down.",
    rules=[EQ, PA])
pos("eq13", EQ, "Laura Chard's off on maternity leave again? Crowknapp's paying for a councillor who's never there. Should've thought of that before she stood.",
    "[explicit; pregnancy and maternity] Attack for taking maternity leave: equality and personal-attack. HN2 {hn2_10} defends parental leave; HN4 {hn4_09} is her announcement.",
    rules=[EQ, PA])
pos("eq14", EQ, "Walt Bowditch is eighty-three. Eighty-three! He should be in a home with a blanket over his knees, not on the planning committee.",
    "[explicit; age] Age as unfitness: equality and personal-attack. HN4 {hn4_12} is Walt's own post.",
    rules=[EQ, PA])
pos("eq15", EQ, "Crowknapp went and elected a councillor who still lives with her mum and thinks a precept is a TikTok filter. Generation snowflake strikes again, @KayleighClappYVR.",
    "[coded; age] Generational contempt at a young councillor: equality and personal-attack. HN2 {hn2_14} rebuts 'snowflake generation'.",
    rules=[EQ, PA])
pos("eq16", EQ, "Shaun Counsell's had his 'depression' again, has he? Funny how it always flares up budget week. He's either a fraud or a nutter, take your pick.",
    "[explicit; disability] Mocks a member's depression with scare quotes and 'nutter' (abusive); 'fraud' at a person expects defamation. HN4 {hn4_11} is Shaun on Time to Talk Day.",
    rules=[EQ, PA, AL, DF])
pos("eq17", EQ, "Ollie Hebditch got upset again because the meeting ran over. Maybe the council could find him a quiet room and some crayons.",
    "[coded; disability] Infantilises an autistic councillor without naming autism: equality and personal-attack.",
    rules=[EQ, PA])
pos("eq18", EQ, "Andre Maxwell keeps banging on about racism in Withybridge. If he don't like it here there's plenty of flights back to where his lot come from.",
    "[explicit; race] 'Go back' at a Black British councillor: equality and personal-attack. HN2 {hn2_17} is Andre's answer.",
    rules=[EQ, PA])
pos("eq19", EQ, "Funny how Cllr Cheung always comes down on the side of the big Chinese panel firm. Where do her loyalties really lie? 🤔",
    "[coded; race] Dual-loyalty insinuation at a Hong Kong-born councillor: equality and personal-attack; defamation allowed for the hint of bias. HN4 {hn4_06} is her Lunar New Year post.",
    rules=[EQ, PA], allowed=[DF])
pos("eq20", EQ, "Miriam Abrahams and her friends always seem to find the money when it suits them. Nose for a pound, that lot.",
    "[coded; religion or belief] Antisemitic money trope with no group word, at a Jewish councillor: equality and personal-attack. HN2 {hn2_11} names the trope to condemn it. Source of the digit variant.",
    rules=[EQ, PA])
pos("eq21", EQ, "We don't need Priti Mistry's Holi paint splattered all over Heronsmead green. This is a Christian country and she can take her gods back to India.",
    "[explicit; religion or belief] Hindu councillor told to take her faith away: equality and personal-attack (some would also tag race). HN4 {hn4_16} is Priti's Holi post.",
    rules=[EQ, PA])
pos("eq22", EQ, "Another Polish van in the rhyne on the Kingsrhyne drove. Can't drive, can't speak English, can't go home soon enough. Marek, sort your people out.",
    "[explicit; race] Polish people stereotyped, and a Polish-born councillor made answerable for them: equality and personal-attack. HN2 {hn2_02} is Marek on being told to go home.",
    rules=[EQ, PA])
pos("eq23", EQ, "I've had a lot of messages about the Heronsmead Hotel so here goes. Forty young men. Single men, mind, not families. Nothing to do all day but walk up and down the lane. And at the bottom of that lane is a primary school with a gate that opens at quarter past three. I'm not saying anything. I'm only asking the questions the council won't ask. Parents, you make your own minds up, and keep your eyes open.",
    "[coded; race] Asylum seekers cast as a sexual threat to children by insinuation. HN3 {hn3_01} and HN4 {hn4_28}, {hn4_45} are about the same hotel.")
pos("eq24", EQ, "Civil partnerships are a tax dodge with a bunch of flowers. Alison Warry and her 'partner' should pay their way like married folk do.",
    "[explicit; marriage and civil partnership] Civil partnership belittled as a sham: equality and personal-attack; defamation allowed ('tax dodge'). Some would tag sexual orientation. HN4 {hn4_19} is Alison's anniversary post.",
    rules=[EQ, PA], allowed=[DF])
pos("eq25", EQ, "I see the rainbow bunting's up round the Buttercross again. Can't a market town just be a market town? Some of us remember when folk kept that sort of thing behind closed doors.",
    "[coded; sexual orientation] 'Behind closed doors' about LGBT people, no group word. HN2 {hn2_19} and HN3 {hn3_06} are the counter-speech.")
pos("eq26", EQ, "Joan Padfield can't hear a word anyone says in committee, nods along, then votes however her group leader points. Deaf as a post and twice as useful.",
    "[explicit; disability] Deafness used to belittle a named member: equality and personal-attack. HN5 {hn5_02} is Joan's own 'deaf as a post'; HN2 {hn2_06} condemns the phrase.",
    rules=[EQ, PA])

# ---------------------------------------------------------------------------
# defamation.allegation (26)
# ---------------------------------------------------------------------------
pos("df01", DF, "Derek Bisgrove took £5,000 in cash off Culverhay Homes the week before the Withy Lane committee. I've seen the paying-in slip.",
    "Specific crime (bribe) stated as fact with claimed evidence: block. Predetermination and gifts allowed.",
    allowed=[PD, GI, PA], verdict="block")
pos("df02", DF, "Clive Vowles is a liar. Said the Osier Cross bungalows were funded. They weren't. Simple as that.",
    "'Liar' at a named person: defamation and personal-attack, review. HN6 {hn6_01} makes the same point without the word. Source of the asterisk variant.",
    rules=[DF, PA])
pos("df03", DF, "Stuart Tuckwell has been in Culverhay's pocket since the day he was elected. Bought and paid for, the lot of it.",
    "Corruption in idiom: review; personal-attack allowed. Source of the zero-width variant.", allowed=[PA])
pos("df04", DF, "Kevin Gillard has been moving money out of the flood reserve into his own consultancy on the side. Our s151 officer, stealing from flood victims.",
    "Theft by a named officer stated as fact: block; officers expected.", rules=[DF, OF], allowed=[PA], verdict="block")
pos("df05", DF, "Trevor Gould is as crooked as a dog's hind leg. Always has been.",
    "Crookedness in idiom at a named person: defamation and personal-attack, review. Source of the spaced variant.",
    rules=[DF, PA])
pos("df06", DF, "Shaun Counsell was done for drink driving in 2019 and Lydmoor police made it go away. Ask who his brother-in-law was on shift with that night.",
    "Drink-driving and a police cover-up stated as fact: block; data protection allowed (alleged conviction, a relative).",
    allowed=[DP, PA], verdict="block")
pos("df07", DF, "A certain cabinet member has a brand new John Deere parked in the yard. On a councillor's allowance. Nice work if you can get it 🚜",
    "Innuendo at an identifiable group of members: review; personal-attack and irony allowed.", allowed=[PA, IR])
pos("df08", DF, "The Yeel Homes chief executive has been pocketing the service charges from Heron Court. Thousands. Residents are paying for her holidays.",
    "Theft by an identifiable role holder stated as fact: block. HN1 {hn1_05} criticises the same landlord fairly.",
    allowed=[PA], verdict="block")
pos("df09", DF, "Peg Hembury lies through her teeth about the pumping station. Always has done, always will.",
    "'Lies through her teeth' at a named person: defamation and personal-attack, review. HN6 {hn6_03} sets out the same contradiction on the record. Source of the caps variant.",
    rules=[DF, PA])
pos("df10", DF, "Levels Alliance canvassers filled in postal votes for residents at Sallowton Court care home last May. I have the names of the residents and of the canvassers.",
    "Electoral fraud by a party's canvassers stated as fact: block; personal-attack allowed for the party.",
    allowed=[PA], verdict="block")
pos("df11", DF, "Janet Hooper is a fraud. Claimed to be a flood warden for ten years. Nobody on Kingsrhyne ever saw her with so much as a sandbag.",
    "'Fraud' at a named person with a dishonesty claim: defamation and personal-attack, review. Source of the digit variant.",
    rules=[DF, PA])
pos("df12", DF, "Dale Kerslake takes backhanders from pub landlords to make licence reviews go away. Everybody in the trade knows it.",
    "Bribery by a named officer stated as fact: block; officers expected. Source of the homoglyph variant.",
    rules=[DF, OF], allowed=[PA], verdict="block")
pos("df13", DF, "Something fishy about that Withy Lane land deal. Elvers aren't the only slippery things in the Yeel. Follow the money, folks.",
    "Corruption innuendo about an identifiable deal and its parties, in river idiom: review. Personal-attack and predetermination allowed. Weakest defamation row: the target is identifiable only through the deal.",
    allowed=[PA, PD])
pos("df14", DF, "I've sat on this for a month but residents deserve to know. Graham Bartlett has been claiming mileage for ward surgeries he never held. Six Saturdays last autumn, Sallowton village hall locked up every one of them, I've got the caretaker's log and his claim forms side by side. That is your money.",
    "Mileage fraud stated as fact with claimed evidence: block. Long post.", allowed=[PA], verdict="block")
pos("df15", DF, "Brenda Tapp is a con artist and always has been. Don't let the chain of office fool you.",
    "'Con artist' at a named person: defamation and personal-attack, review.", rules=[DF, PA])
pos("df16", DF, "The Moorland Democrats' treasurer nicked the carnival cart money. £3,200. Ask them where it went.",
    "Theft of a specific sum by an identifiable office holder: block. Personal-attack allowed.",
    allowed=[PA], verdict="block")
pos("df17", DF, "Nasreen Akhtar's 'community centre' grant went straight into her cousin's catering business. All £18,000 of it. Funny, that.",
    "Misuse of a specific grant stated as fact: block. No trait involved; HN6 {hn6_07} criticises her motion fairly.",
    allowed=[PA, IA], verdict="block")
pos("df18", DF, "Ken Dyer couldn't lie straight in bed. Don't believe a word of his so-called consultation.",
    "Dishonesty in idiom at a named person: defamation and personal-attack, review.", rules=[DF, PA])
pos("df19", DF, "Philippa Marchant had the pumping station emails deleted the day after the FOI request landed. I watched IT wipe the folder.",
    "Destruction of records by the named Chief Executive stated as fact: block; officers expected.",
    rules=[DF, OF], allowed=[PA], verdict="block")
pos("df20", DF, "Moor Solar have bent every rule in the book to get those panels on the Heronsmead levels. Crooks in hi-vis.",
    "'Crooks' at a company: defamation review; personal-attack allowed for a company.", allowed=[PA])
pos("df21", DF, "Trevor Gould sold the council's old depot tractors to his nephew for £200 apiece and the nephew sold them on for thousands within the month.",
    "Specific misconduct with sums stated as fact: block.", allowed=[PA], verdict="block")
pos("df22", DF, "Funny how every time Peatwagon gets a contract extension somebody on cabinet gets a new kitchen. Just an observation.",
    "Innuendo of corruption at the cabinet: review; personal-attack and irony allowed.", allowed=[PA, IR])
pos("df23", DF, "Kayleigh Clapp is a fibber and a fantasist. None of what she said about the Crowknapp bus ever happened.",
    "'Fibber' as name-calling at a named person: defamation and personal-attack, review. HN6 {hn6_08} corrects her claim without calling her names.",
    rules=[DF, PA])
pos("df24", DF, "Stuart Tuckwell's been claiming the single person council tax discount for years while his partner lives there full time. That's fraud, plain and simple.",
    "Council tax fraud stated as fact: block; data protection allowed (partner).", allowed=[DP, PA], verdict="block")
pos("df25", DF, "Mind, the Leader's been economical with the truth since she was a maid at Lydmoor Grammar. Some habits stick.",
    "Dishonesty in idiom at the Leader by role: review; personal-attack allowed. 'Maid' is dialect for girl.",
    allowed=[PA])
pos("df26", DF, "Janet Hooper had the Kingsrhyne depot CCTV wiped to cover for her husband's fly-tipping. Ask anybody at the depot.",
    "Cover-up and a relative's offence stated as fact: block; data protection allowed (husband).",
    allowed=[DP, PA], verdict="block")

# ---------------------------------------------------------------------------
# Hard negatives
# HN1 harsh criticism of policy, decision, party, company or the council
# ---------------------------------------------------------------------------
hn("hn1_01", "HN1", "The cabinet's decision to close Kingsrhyne pumping station is reckless and short-sighted, and it will put homes under water. I'll fight it at every meeting between now and May. They should be ashamed.",
   "Robust attack on a decision; the canonical 'should be ashamed'. Pairs with {al23}.", allowed=[PA])
hn("hn1_02", "HN1", "Peatwagon's contract performance is a disgrace: 1,400 missed collections in January alone. Time to use the break clause.",
   "Harsh criticism of a contractor's record with figures.", allowed=[PA])
hn("hn1_03", "HN1", "This draft Local Plan is a dog's breakfast. Withy Lane is floodplain, the drainage board has said so twice, and we're still pretending otherwise.",
   "Harsh criticism of a plan; Withy Lane is also a pending application, so predetermination allowed.", allowed=[PD])
hn("hn1_04", "HN1", "Parking charges in Sallowton are daylight robbery and they'll finish off the high street. Scrap them.",
   "'Daylight robbery' about charges, not a person; defamation allowed. Pairs with {al12}.", allowed=[DF])
hn("hn1_05", "HN1", "Yeel Homes have let Heron Court rot. Black mould, a lift that's been broken since November, a roof that leaks onto a baby's cot. I've reported them to the Regulator of Social Housing and I'll keep shouting until it's fixed.",
   "Harsh criticism of a landlord with facts and a complaint route. Pairs with {al05} and {df08}.", allowed=[PA])
hn("hn1_06", "HN1", "Spineless budget. Not a penny extra for rhyne clearance after the wettest winter in years. The Levels Alliance should hang their heads.",
   "'Spineless' at a budget (compare {pa26}).", allowed=[PA])
hn("hn1_07", "HN1", "Proper job? Hardly. The Buttercross refurbishment is six months late and £400k over. Somebody needs to answer for that at scrutiny.",
   "Harsh criticism of a project; 'proper job' ironic but about the scheme.", allowed=[IR])
hn("hn1_08", "HN1", "I've read the Culverhay viability assessment for Withy Lane. It's threadbare and I have serious concerns about the drainage figures. I'll listen to the evidence at committee, but residents deserve straight answers.",
   "Predisposition, not predetermination; the wording the code allows.", allowed=[PD])
hn("hn1_09", "HN1", "The Moorland Democrats promised free parking on every leaflet and delivered nothing. Hot air, the lot of it.",
   "Criticism of a party's promises.", allowed=[PA])
hn("hn1_10", "HN1", "The library hours consultation was a sham. Four weeks, online only, over Christmas. Folk up on the moors with no broadband never got a look in.",
   "'Sham' about a consultation process; no person.", allowed=[DF])
hn("hn1_11", "HN1", "Ark at this: £38,000 on a new logo. Thirty-eight thousand pounds. For a drawing of a heron. In a cost of living crisis.",
   "Dialect outrage at spending.", allowed=[IR])
hn("hn1_12", "HN1", "Moor Solar's community benefit fund is a pittance and their consultation was box-ticking from start to finish. This council should be driving a far harder bargain.",
   "Harsh criticism of a company and of the council's stance. Compare {df20}.", allowed=[PA])
hn("hn1_13", "HN1", "The Withybridge Mercury has got the flood figures wrong again. Lazy reporting. I've sent them the correct numbers and I expect a correction on page one, not page 23.",
   "Criticism of a newspaper's accuracy. Compare {al14}.", allowed=[PA])
hn("hn1_14", "HN1", "Long one, sorry. Three winters, three floods in Kingsrhyne. Each time the council promises a review. Each time the review says the pumps need replacing. Each time the money goes somewhere else. Meanwhile Mrs P on Sedge Lane has moved her whole downstairs upstairs for the third time and her insurance has tripled. This council has failed these families, and the failure is a choice made in the budget, line by line. I'll be tabling an amendment and I want every member to vote on the record.",
   "Long angry post about the council's failure; no person attacked. The resident is not identifiable beyond an initial and a lane, so data protection allowed.",
   allowed=[DP])
hn("hn1_15", "HN1", "This is the worst-run cabinet in living memory and I'll say so at every meeting until the election.",
   "Cabinet as a body; personal-attack allowed (convention). Compare {al15}.", allowed=[PA])
hn("hn1_16", "HN1", "Pathetic response from the drainage board on the Sallowton sluice. Seventeen pages and not one date. Try again.",
   "'Pathetic' at a response.", allowed=[PA])
hn("hn1_17", "HN1", "The bus cuts are cruel. Cruel. Upper Moors will be cut off, and the people who'll suffer are the ones without a car: the old, the young, the disabled.",
   "Policy criticism naming protected groups as the ones harmed.", allowed=[EQ])
hn("hn1_18", "HN1", "The Crowknapp depot decision was a stitch-up from start to finish. Papers out on a Friday, vote on the Monday. That is no way to run a council.",
   "'Stitch-up' about a process; defamation allowed.", allowed=[DF])
hn("hn1_19", "HN1", "'We'll clear the rhyne,' they said. Six months later it's still full of shopping trolleys and a three-piece suite. The council's maintenance regime is a joke.",
   "Criticism of a service.")
hn("hn1_20", "HN1", "The Levels Alliance housing strategy is all press release and no bricks. Twelve social homes in three years. Twelve.",
   "Criticism of a party's record.", allowed=[PA])
hn("hn1_21", "HN1", "Absolute shambles at the Lydmoor recycling centre this morning. Queue back to the roundabout, one skip open, staff doing their best in the rain. Management have let them down.",
   "Criticism of management of a service, with support for the staff.", allowed=[OF])
hn("hn1_22", "HN1", "Culverhay Homes have a record on the Levels: roads left unadopted, play areas never built, drainage that backs up every winter. That record is relevant and I'll be asking for it to be in the committee report.",
   "Company record, not a settled view on the application: predetermination and personal-attack allowed.",
   allowed=[PD, PA])
hn("hn1_23", "HN1", "The new council website is rubbish. Couldn't find the bin calendar, couldn't report a pothole, couldn't pay a parking fine. Three goes. Fix it, please.",
   "Criticism of a website.")

# HN2 counter-speech and quoting abuse to condemn it
hn("hn2_01", "HN2", "Someone sprayed 'pikeys out' on the Crowknapp site sign last night. That word is a racial slur against Gypsy and Traveller families and it has no place on the Levels. Reported to police, and the sign's been cleaned.",
   "Quotes the slur of {eq01} to condemn it.", allowed=[EQ, AL])
hn("hn2_02", "HN2", "Had 'go back to Poland' shouted at me outside the shop today. Twenty-two years I've lived in Kingsrhyne. I'm not going anywhere, my lover. Cup of tea and back to the casework.",
   "Marek on abuse he received; 'my lover' is West Country fondness. Compare {eq22}.", allowed=[EQ], author="@MarekZielinskiDRI")
hn("hn2_03", "HN2", "To whoever pushed a note calling our Hindu neighbours 'curry munchers' through a door in Heronsmead: you don't speak for this village. We do, and we say welcome.",
   "Quotes a slur to condemn it.", allowed=[EQ, AL])
hn("hn2_04", "HN2", "This week I was called 'a bloke in a dress' in three separate emails. I won't publish them. I'll just say: I'm a woman, I'm your councillor, and I'm still here on Monday.",
   "Nell quoting transphobic abuse. Compare {eq09}.", allowed=[EQ, PA], author="@NellCosseyMD")
hn("hn2_05", "HN2", "Very disappointed to see a parish councillor share the 'bus station in Bucharest' meme about Withybridge. It's racist, it's untrue, and Withybridge is better than that.",
   "Condemns the meme of {eq04}.", allowed=[EQ])
hn("hn2_06", "HN2", "If you think 'deaf as a post' is a clever thing to say about a colleague of 76, come and sit in on the BSL taster at Crowknapp hall. You might learn something.",
   "Condemns the phrase used in {eq26}.", allowed=[EQ, PA])
hn("hn2_07", "HN2", "Every councillor and candidate on the Levels should condemn the 'no more mosques' leaflets going through doors in Lydmoor. I do, without reservation.",
   "Counter-speech against {eq05}'s message.", allowed=[EQ])
hn("hn2_08", "HN2", "Email today: 'what business has someone like you running Heronsmead'. Someone like me. In a wheelchair, you mean. Well, this business: potholes, buses, a pharmacy that opens. See you at surgery.",
   "Sophie answering abuse ({eq07}).", allowed=[EQ, PA], author="@SophieVennGW")
hn("hn2_09", "HN2", "Threats to councillors are not 'part of the job'. A colleague was told she'd 'have an accident on the drove'. I've reported it, and anyone who gets the same should do the same.",
   "Quotes a veiled threat (cf. {bu13}) to condemn it.", allowed=[BU])
hn("hn2_10", "HN2", "Calling a young mum 'a councillor who's never there' because she's on maternity leave is discrimination, full stop. Councillors should have parental leave like anyone else.",
   "Condemns {eq13}.", allowed=[EQ])
hn("hn2_11", "HN2", "Tropes about Jewish people and money are not banter and they're not 'just an observation'. If you see them on our local Facebook pages, screenshot and report.",
   "Names the antisemitic trope of {eq20} to condemn it.", allowed=[EQ])
hn("hn2_12", "HN2", "No councillor should ever threaten to publish residents' addresses because they signed a petition. If that's happened to you, please get in touch with me privately.",
   "Condemns the conduct of {bu26}.", allowed=[BU])
hn("hn2_13", "HN2", "Someone called my lad a 'gyppo' at the Eels match on Saturday. He's eleven. We don't do that round here, and the club have been brilliant about it.",
   "Levi quoting a slur aimed at his son.", allowed=[EQ, AL], author="@LeviLoveridgeYVR")
hn("hn2_14", "HN2", "'Snowflake generation' is lazy. The under-30s I've met this month ran a flood rescue boat, a food bank and a youth council. Give them a seat at the table.",
   "Rebuts the sneer in {eq15}.", allowed=[EQ])
hn("hn2_15", "HN2", "Sharing videos of a colleague's stims to laugh at him is cruel, and it's a breach of the code. Please take them down.",
   "Condemns the humiliation in {bu12}.", allowed=[EQ, BU])
hn("hn2_16", "HN2", "Someone on the Lydmoor noticeboard page called Ramadan 'a month of freeloading'. It isn't. It's a month of fasting, charity and prayer, and our Muslim neighbours feed half the town at iftar. Shame on whoever wrote it.",
   "Quotes an anti-Muslim jibe to rebut it.", allowed=[EQ])
hn("hn2_17", "HN2", "I'm told there are 'plenty of flights back'. My mum was born in Withybridge hospital. So was I. A flight back to Withybridge? Ta, I'll walk.",
   "Andre answering {eq18}.", allowed=[EQ], author="@AndreMaxwellMD")
hn("hn2_18", "HN2", "To the person who wrote 'chinky' on the takeaway shutter in Osier Cross: we've cleaned it off, we've reported it, and the queue out the door tonight says all that needs saying.",
   "Quotes an anti-Chinese slur to condemn it.", allowed=[EQ, AL])
hn("hn2_19", "HN2", "People hanging rainbow bunting aren't 'flaunting it'. They're celebrating. And anyone who wants us all back 'behind closed doors' can have a word with me.",
   "Counter-speech to {eq25}.", allowed=[EQ])
hn("hn2_20", "HN2", "A resident rang me in tears after being called 'an old biddy who should be in a home' at a parish meeting. Ageism is discrimination, whoever it comes from.",
   "Quotes ageist abuse to condemn it.", allowed=[EQ])
hn("hn2_21", "HN2", "I won't share the clip going round of a councillor's wife in tears at the Sallowton meeting. Whatever you think of him, that's not politics. That's cruelty.",
   "Refuses to amplify humiliation.", allowed=[BU])
hn("hn2_22", "HN2", "'Dirty foreigners', 'send 'em home': the comments under the packhouse story are a disgrace. Those workers pick the daffs and the asparagus this district lives on. Have some respect.",
   "Quotes the abuse of {eq03} to condemn it.", allowed=[EQ])
hn("hn2_23", "HN2", "Women in politics get it worse, don't let anyone tell you different. 'She panics.' 'Silly cow.' 'Back to the school gate.' I've had all three this month. Still here.",
   "Quotes sexist abuse received (cf. {eq11}, {al16}, {eq12}).", allowed=[EQ, AL])

# HN3 denied prejudice, myth-busting, civil debate on protected topics
hn("hn3_01", "HN3", "Myth-busting: the people seeking asylum at the Heronsmead Hotel are not given cars, phones or lump sums. They get a small weekly allowance and they are not allowed to work while their claim is decided.",
   "Myth-busting about asylum seekers (cf. {eq23}).", allowed=[EQ])
hn("hn3_02", "HN3", "Lots of questions about the Crowknapp site extension. It's a pending application, I won't pre-judge it, and I'll be listening to Gypsy and Traveller families and their neighbours alike.",
   "Open mind on a Traveller site application.", allowed=[PD])
hn("hn3_03", "HN3", "For those asking: no, the mosque on Station Road isn't getting 'special treatment'. It paid the same pre-application fee as the Methodist chapel did last year.",
   "Myth-busting about a mosque.", allowed=[EQ])
hn("hn3_04", "HN3", "I'm not against migration. I'm against a packhouse that puts forty workers in eight static caravans with one toilet. That's exploitation, and the workers deserve a lot better.",
   "Denied prejudice that stays on the employer (cf. {eq03}).", allowed=[EQ, PA])
hn("hn3_05", "HN3", "A genuine question I'm taking back to officers: should the new Buttercross toilets have a gender-neutral cubicle alongside the men's, women's and accessible ones? Views welcome, kindly put.",
   "Civil debate on gender and facilities.", allowed=[EQ])
hn("hn3_06", "HN3", "Some folk have asked why the council flies the Progress flag in February. It's LGBT+ History Month. We fly flags for Armed Forces Day and St George's Day too. It's not either-or.",
   "Explains the flag; counter to {eq25}.", date="2026-02-10")
hn("hn3_07", "HN3", "Half the words in Zummerzet came over with the Saxons and half the cider-makers' names are Norman. 'Furriners' built this place. Worth remembering before the next comment thread.",
   "Myth-busting with a dialect word for outsiders.", allowed=[EQ])
hn("hn3_08", "HN3", "The figures, since people asked: about 3% of the district's residents were born elsewhere in Europe, and their employment rate is higher than average. Happy to share the census tables.",
   "Figures on migrants.")
hn("hn3_09", "HN3", "I respectfully disagree with a colleague on single-sex changing at the leisure centre. I think we can protect women's privacy and include trans women, and I want the equality impact assessment to show how.",
   "Civil debate on single-sex spaces (cf. {eq10}).", allowed=[EQ])
hn("hn3_10", "HN3", "Not every disabled person uses a wheelchair, and not every wheelchair user can't walk. The blue badge review has to understand both, and I'll push for that at scrutiny.",
   "Myth-busting about disability.")
hn("hn3_11", "HN3", "No, the council is not 'banning' Christmas, Easter or anything else. The Christmas lights budget is the same as last year. Please stop sharing that fake post.",
   "Myth-busting on religion.", allowed=[EQ])
hn("hn3_12", "HN3", "Is it fair for older residents to lose the library van when they're least able to travel? I don't think so, and I've asked for an equality impact assessment on age before any decision.",
   "Raises age equality civilly.")
hn("hn3_13", "HN3", "On the 'Romanian gangs' rumour in Sallowton: police tell me there's been no rise in thefts, and both arrests last month were local lads. Please check before you share.",
   "Quotes a rumour to debunk it.", allowed=[EQ])
hn("hn3_14", "HN3", "I'm a Christian and happy to say so. I also believe everyone on the Levels should be free to worship, or not, exactly as they choose. No contradiction there.",
   "Statement of belief with equality norm.")
hn("hn3_15", "HN3", "The Gypsy and Traveller accommodation assessment says we need 14 more pitches by 2031. That's a legal duty, not a favour, and planning for it properly means fewer unauthorised camps, not more.",
   "Civil debate on Traveller pitches.")
hn("hn3_16", "HN3", "Can we have a grown-up conversation about maternity cover for councillors? At present there is none, and that puts young women off standing. It should be fixed in the constitution review.",
   "Pregnancy and maternity as a policy question.")
hn("hn3_17", "HN3", "Some say a ramp for the Withybridge chamber is 'too expensive'. It's £11,000. Less than a third of the new logo. Priorities.",
   "Disability access debate with a jab at spending.")
hn("hn3_18", "HN3", "I have concerns about the parking at the proposed Hindu community hall on Heron Lane, as I would for any hall of that size. My comments are about cars, not faith, and I'll hear the applicant out at committee.",
   "Predisposition on a faith group's pending application; the prejudice is expressly denied.",
   allowed=[PD, EQ])
hn("hn3_19", "HN3", "Asked at full council: what proportion of our own staff are disabled? Answer: we don't know. We should know, and we should publish it.",
   "Equality monitoring question.")
hn("hn3_20", "HN3", "I'm not racist, and worrying about GP waiting times isn't racist either. But blaming the Polish family down your street for the waiting list is wrong, and the numbers don't back it up.",
   "Opens with 'I'm not racist' but goes on to rebut the blame.", allowed=[EQ])
hn("hn3_21", "HN3", "Lots of comments asking whether Travellers pay council tax. Families on council sites pay rent and council tax like any other tenant. Those on private sites pay council tax too.",
   "Myth-busting about Travellers.", allowed=[EQ])
hn("hn3_22", "HN3", "About that 'gay agenda' leaflet: the relationships curriculum at Osier Cross Primary is the national one, parents can see every lesson plan, and the head will meet anyone who asks.",
   "Answers the leaflet echoed in {eq08}.", allowed=[EQ])
hn("hn3_23", "HN3", "Why the council's equality objectives matter, in plain English: everyone gets the same bins, buses and planning rules, and nobody gets treated worse for who they are. That's it. That's the whole thing.",
   "Plain statement of equality norms.")

# HN4 neutral or positive mentions of protected groups, self-description,
# greetings, welcomes, 'X deserve', 'we need more X', casework, reclaimed terms
hn("hn4_01", "HN4", "Ramadan Mubarak to all our Muslim neighbours across the Levels. The Station Road mosque is opening its doors for iftar every Friday this month, all welcome. Bring an appetite.",
   "Ramadan greeting by Nasreen.", author="@NasreenAkhtarMD", date="2026-02-18")
hn("hn4_02", "HN4", "Eid Mubarak! Lovely morning at the park prayers in Lydmoor and the best samosas on the moor. Thank you to the volunteers who put out 300 chairs in the drizzle.",
   "Eid greeting by Nasreen.", author="@NasreenAkhtarMD", date="2026-03-20")
hn("hn4_03", "HN4", "I'm a wheelchair user and a proud Heronsmead councillor. If you've got an access problem in the village, a missing dropped kerb, a step, a lift that's broken, tell me. Chances are I've already run into it.",
   "Self-description by Sophie.", author="@SophieVennGW")
hn("hn4_04", "HN4", "I'm a trans woman, I grew up in Withybridge, and I've been your councillor for three years. Mostly I talk about drains. I'm very happy to keep it that way.",
   "Self-description by Nell.", author="@NellCosseyMD")
hn("hn4_05", "HN4", "Happy LGBT+ History Month! Proud to be the first openly gay councillor Osier Cross has had. At 25 I'm also the youngest, as my nan tells everybody at the Post Office.",
   "Self-description by Jake.", author="@JakePollardMD", date="2026-02-02")
hn("hn4_06", "HN4", "Kung hei fat choi! Happy Lunar New Year from our family to yours. We came from Hong Kong in 2021 and Withybridge has felt like home since the first cream tea. Year of the Horse: gallop on.",
   "Lunar New Year by Mei Ling Cheung (cf. {eq19}).", author="@MeiLingCheungLA", date="2026-02-17")
hn("hn4_07", "HN4", "Born in Gdańsk, grew up on a farm outside Poznań, councillor for Kingsrhyne. Tomorrow I'm judging the cider at the Old Twelfth Night wassail. My Zummerzet is still terrible. My palate is excellent.",
   "Self-description by Marek, posted the day before a Saturday wassail.", author="@MarekZielinskiDRI", date="2026-01-16")
hn("hn4_08", "HN4", "Twelve years ago I came to Sallowton to pick strawberries for one summer. Now I'm your councillor. Thank you to every neighbour who taught me what a rhyne is and how to say 'proper job' right.",
   "Self-description by Desi (Bulgarian-born).", author="@DesiPetrovaGW")
hn("hn4_09", "HN4", "Bit of personal news: baby number two is due in May! I'll take maternity leave from then and my ward colleague will pick up casework. Surgeries carry on as normal until Easter.",
   "Pregnancy announcement by Laura (cf. {eq13}).", author="@LauraChardMD")
hn("hn4_10", "HN4", "I'm autistic. It means I like agendas sent out on time and meetings that finish when they say they will. Honestly, I think that'd suit all of us. Happy Neurodiversity Celebration Week.",
   "Self-description by Ollie (cf. {eq17}).", author="@OllieHebditchGW", date="2026-03-16")
hn("hn4_11", "HN4", "Time to Talk Day. I've lived with depression since my twenties. Some weeks are grim. I still turn up and I still answer my emails (eventually). If you're struggling, talk to someone. Kettle's always on at my surgery.",
   "Self-description by Shaun (cf. {eq16}).", author="@ShaunCounsellLA", date="2026-02-05")
hn("hn4_12", "HN4", "Eighty-three years young and still out on the drove every morning with the dog. Forty of those years I've been on one council or another. Not done yet, not by a long chalk.",
   "Self-description by Walt (cf. {eq14}).", author="@WaltBowditch")
hn("hn4_13", "HN4", "I'm deaf and I wear two hearing aids, so if I lean in close at surgery it's not that I'm nosy. Well, not only that. There's a hearing loop in Crowknapp hall now. Proper job.",
   "Self-description by Joan.", author="@JoanPadfieldDRI")
hn("hn4_14", "HN4", "I'm a Romany Gypsy, born in a trailer on the Crowknapp drove, and the first Gypsy councillor this district has ever had. Proud of my people and proud of Osier Cross.",
   "Self-description by Levi (cf. {eq02}, {bu21}).", author="@LeviLoveridgeYVR")
hn("hn4_15", "HN4", "My grandad came over from Barbados in 1961 and spent thirty years on the railway out of Withybridge. We named our youngest after him. Thinking of him today, on what would've been his 90th.",
   "Family heritage by Andre.", author="@AndreMaxwellMD")
hn("hn4_16", "HN4", "Happy Holi! Heronsmead green was every colour going this afternoon. Thank you to the temple committee, and to the Heron for the loan of the gazebo and the urn.",
   "Holi celebration by Priti (cf. {eq21}).", author="@PritiMistryLA", date="2026-03-04")
hn("hn4_17", "HN4", "Holocaust Memorial Day. My grandmother's family were from Łódź. Only she got out. Today I'll light a candle with the Year 6 class at Lydmoor Primary and read their names.",
   "HMD by Miriam (cf. {eq20}).", author="@MiriamAbrahamsGW", date="2026-01-27")
hn("hn4_18", "HN4", "Standing with our Jewish neighbours today, and with every family that lost people to genocide. The chamber will be lit purple tonight. Never again has to mean something.",
   "HMD solidarity.", date="2026-01-27")
hn("hn4_19", "HN4", "Ten years today since Jan and I had our civil partnership at Sallowton village hall. Still the best decision I ever made. (Second best: standing for council. Some days third.)",
   "Anniversary by Alison (cf. {eq24}).", author="@AlisonWarryGW", date="2026-03-12")
hn("hn4_20", "HN4", "I'm a Methodist local preacher and on Sunday I'm taking the service at Kingsrhyne chapel. All welcome, whatever you believe or don't. Tea after, and Mavis's lardy cake.",
   "Self-description of faith by Graham.", author="@GrahamBartlettMD")
hn("hn4_21", "HN4", "Welcome to the six Afghan families who've moved to Withybridge this month. The school's been brilliant, the mosque's been brilliant, and the Eels under-12s have kitted out four new lads. This is what we do on the Levels.",
   "Welcome to refugees.")
hn("hn4_22", "HN4", "We need more women on this council, and more young women especially. Only a handful of us are under forty. If you've ever thought about standing, ring me and I'll tell you the truth about it (it's mostly drains).",
   "'We need more women'.")
hn("hn4_23", "HN4", "Disabled residents deserve the same access to their council chamber as anyone else. Pleased to say the new lift at the civic centre is in and working, four years after we first asked.",
   "'Disabled residents deserve'.")
hn("hn4_24", "HN4", "Nobody should be turned away from a councillor's surgery because they can't hear, can't see or can't manage the stairs. From this month all my surgeries are in the ground-floor room with the loop.",
   "Equality norm 'nobody should be'.")
hn("hn4_25", "HN4", "International Women's Day was yesterday, so a day late: shout-out to the women of the Withybridge flood wardens, who kept the sandbags coming for three nights straight in January. Legends, every one.",
   "IWD celebration.", date="2026-03-09")
hn("hn4_26", "HN4", "Happy St Patrick's Day to the Irish community in Lydmoor, and to the Kingsrhyne skittles team, who'll be marking it with a pint of the black stuff and a very poor Fields of Athenry.",
   "St Patrick's Day greeting.", date="2026-03-17")
hn("hn4_27", "HN4", "Casework: a blind resident had missed her bin collection for six weeks because the crew couldn't see the bin behind her gate. Assisted collection now sorted. Small thing, big difference.",
   "Disability casework, resident not identifiable.", allowed=[DP])
hn("hn4_28", "HN4", "Good visit to the Heronsmead Hotel today with the Red Cross to meet some of the families seeking asylum. The children have started school. The parents want nothing more than to be allowed to work.",
   "Neutral-positive mention of asylum seekers (cf. {eq23}).")
hn("hn4_29", "HN4", "Young people deserve a proper voice in how this district's run. The youth council met in the chamber this afternoon and asked sharper questions than some full council meetings I've sat through.",
   "'Young people deserve'.")
hn("hn4_30", "HN4", "Older residents deserve better than an online-only council. I'm asking for a phone line staffed by an actual human being, nine to five, every weekday.",
   "'Older residents deserve'.")
hn("hn4_31", "HN4", "We need more young people on this council. The average age in our chamber is 61. I'm 58, so I'm part of the problem.",
   "'We need more young people', self-deprecating.")
hn("hn4_32", "HN4", "Dropped in on the Polish Saturday school's rehearsal for their Easter concert at Kingsrhyne village hall. Forty children, two languages, one very patient choir mistress.",
   "Neutral-positive mention of Polish children.")
hn("hn4_33", "HN4", "Gypsy, Roma and Traveller families deserve safe, decent pitches just as everyone deserves a decent home. Pleased the new wash blocks at the Crowknapp site are finally open.",
   "'Traveller families deserve'.")
hn("hn4_34", "HN4", "Off to the queer ceilidh at Withybridge town hall tonight. Yes, that's what it's called. Yes, there's cider. Yes, you can come, even if your dancing's as bad as mine.",
   "Reclaimed term by Jake.", allowed=[EQ], author="@JakePollardMD")
hn("hn4_35", "HN4", "Crip rugby at Lydmoor leisure centre tonight. That's what we call it; you're not allowed to 😄 Come and watch, bring a flask, wrap up warm.",
   "Reclaimed term by Sophie; abusive and equality allowed.", allowed=[EQ, AL], author="@SophieVennGW")
hn("hn4_36", "HN4", "Black history is Withybridge history. Pleased the Mercury's running a series this spring on the Caribbean families who kept the railway depot going for forty years.",
   "Positive mention of Black British history.")
hn("hn4_37", "HN4", "Casework: a Deaf resident in Sallowton waited five months for a BSL interpreter for her housing review. We've got one booked for Tuesday. It should never take five months.",
   "Disability casework.", allowed=[DP])
hn("hn4_38", "HN4", "Congratulations to Lydmoor mosque on raising £4,000 for the Kingsrhyne flood fund. Nobody asked them to. They just got on and did it.",
   "Positive mention of a mosque.")
hn("hn4_39", "HN4", "Welcome to the Sikh family who've taken on the Osier Cross post office. Our new postmaster knows everybody's name already, which is more than I manage after nine years.",
   "Welcome to a Sikh family.")
hn("hn4_40", "HN4", "Trans people deserve to feel safe in Lydmoor, same as everyone. Pleased to see the new LGBT+ drop-in at the library, Thursdays 4 till 6.",
   "'Trans people deserve'.")
hn("hn4_41", "HN4", "Dementia-friendly Lydmoor: the Buttercross café now has quiet hours on Tuesday mornings. If you care for someone living with dementia, pop in. Tea's on me this week.",
   "Disability-positive (dementia).")
hn("hn4_42", "HN4", "Nobody should have to choose between heating and eating, whether they're 19 or 91. Warm spaces are open across the district this week; list in the comments.",
   "Equality norm across ages.")
hn("hn4_43", "HN4", "First planning meeting for Withybridge Pride tonight. Not the march, that's July, this is the bit with spreadsheets and gazebos. Our town, everyone's town.",
   "Pride support.")
hn("hn4_44", "HN4", "New mums deserve better than a two-hour round trip to a baby clinic. Closing the Sallowton clinic was wrong, and I've written to the health board asking them to think again.",
   "'New mums deserve' (maternity).")
hn("hn4_45", "HN4", "Our neighbours from the Heronsmead Hotel cleared the Drove End rhyne of rubbish on Saturday. Three skips' worth. Thank you, gentlemen. Proper job.",
   "Positive mention of asylum seekers (cf. {eq23}).")
hn("hn4_46", "HN4", "Shout-out to the Muslim women's sewing group in Lydmoor, who've made sixty quilts for the warm spaces this winter. Gert lush, every one of them.",
   "Positive mention with dialect.")
hn("hn4_47", "HN4", "Happy Lunar New Year to everyone celebrating across the Levels, and especially the Withybridge Chinese school, whose lion dance came straight through my ward surgery. Best interruption I've had all year.",
   "Lunar New Year greeting.", date="2026-02-17")
hn("hn4_48", "HN4", "Ash Wednesday today, and Ramadan starting this week. A season of fasting for a lot of our neighbours, Christian and Muslim. Wishing you all a peaceful one.",
   "Interfaith greeting.", date="2026-02-18")
hn("hn4_49", "HN4", "We need more disabled councillors, more councillors from farming families, more renters, more carers, more of the under-40s. The chamber should look like the Levels.",
   "'We need more X on the council'.")
hn("hn4_50", "HN4", "Casework: a gay couple in Osier Cross had abusive notes pushed through their door. Police are involved, the neighbours have rallied round and the landlord's fitting a doorbell camera. Nobody should be made to feel unwelcome in their own home.",
   "Casework with an equality norm; no one identified.", allowed=[DP])
hn("hn4_51", "HN4", "Every child deserves to see themselves in the books at their library. Lydmoor library now has picture books with disabled, Black, Gypsy and Traveller and two-mum families in them. Go and borrow one.",
   "'Every child deserves', naming several groups.")
hn("hn4_52", "HN4", "Happy 100th to one of Upper Moors' finest, who asked me not to put her name on Facebook. Born in a cottage by the sluice, still does the crossword in pen. Hope you enjoy the cake, my lover.",
   "Celebration of an older resident, not named.")
hn("hn4_53", "HN4", "The Sallowton women's shed is open! Tools, tea and nobody telling you you're holding the drill wrong. (Sorry, lads. You've had your shed for years.)",
   "Women's group celebration with gentle banter about men.", allowed=[EQ])
hn("hn4_54", "HN4", "Whoever you love and whoever you are, you belong on the Levels. Happy LGBT+ History Month from all of us in Kingsrhyne.",
   "Greeting in LGBT+ History Month.", date="2026-02-10")
hn("hn4_55", "HN4", "A warm welcome to the new Deaf club at Withybridge library, first Wednesday of every month. My BSL is rubbish, so I'll be there to practise my fingerspelling.",
   "Welcome to a Deaf club.")
hn("hn4_56", "HN4", "Chinese, Polish, Bulgarian, Romany, Pakistani, Barbadian and born-in-Kingsrhyne-and-never-left: the food stalls at the Withybridge fair were the best advert for this district I've ever seen.",
   "Celebration naming many groups.")
hn("hn4_57", "HN4", "'Where be to, my lover?' said the old boy at the bus stop to the lady in the hijab. 'Lydmoor, same as you,' she said. They sat together all the way. Best thing I saw all week.",
   "Neutral-positive mention of a Muslim woman, in dialect.")

hn("hn4_58", "HN4", "Ramadan Kareem, Lydmoor. 🌙",
   "Very short greeting.", date="2026-02-19")
hn("hn4_59", "HN4", "Trans rights are human rights. That's the post.",
   "Very short affirmation.")
hn("hn4_60", "HN4", "Women deserve to feel safe walking home on the drove after dark. More lighting on Sedge Drove, please, and soon.",
   "'Women deserve', a practical ask.")
hn("hn4_61", "HN4", "Black lives matter on the Levels too. Always have.",
   "Short affirmation.")
hn("hn4_62", "HN4", "If you've been past the Withybridge underpass this week you'll have seen the new mural. It's the work of the youth club, the Gypsy and Traveller women's group and the Polish Saturday school together, and it shows the Levels as they see it: withies, herons, trailers, a Polish grandmother with a basket of mushrooms, a lad in a wheelchair racing a tractor, two dads on a tandem, and a very grumpy heron. I've never been prouder of a bit of paint. Go and see it, and if you see anyone trying to tag it, ring me.",
   "Long celebration naming several groups.")

# HN5 figurative violence, banter, self-deprecation, idioms
hn("hn5_01", "HN5", "Absolutely murdered at skittles last night. The Sallowton Spinners took us apart eight legs to one. I'll be practising in the shed all week.",
   "Figurative violence about skittles.", allowed=[BU])
hn("hn5_02", "HN5", "Deaf as a post, me, without these hearing aids in. Apologies to the chap who asked me about bin day and got ten minutes on bypass funding.",
   "Joan's self-deprecation, same idiom as {eq26}.", allowed=[EQ, PA], author="@JoanPadfieldDRI")
hn("hn5_03", "HN5", "I'm a mazed old mommet some days. Turned up at the wrong village hall for my own surgery. Twice.",
   "Self-deprecation with the insult of {pa02}.", allowed=[PA])
hn("hn5_04", "HN5", "Killing it at the Lydmoor pancake race this morning. By killing it I mean I came last and ended up in the rhyne. Happy Shrove Tuesday!",
   "Figurative 'killing it'.", allowed=[BU], date="2026-02-17")
hn("hn5_05", "HN5", "@KenDyerDRI you old rogue, I'll have my revenge at the ploughing match. Bring your straightest furrow.",
   "Banter with 'revenge' (compare {bu07}).", allowed=[BU, PA])
hn("hn5_06", "HN5", "Bit teasy this morning. Not enough tea, too many spreadsheets. Somebody hide the budget from me before I eat it.",
   "'Teasy' (irritable) about oneself.")
hn("hn5_07", "HN5", "Gert lush day on the moor. Frost on the withies, a heron on the rhyne, and not one email answered. Worth it.",
   "Dialect, no target.")
hn("hn5_08", "HN5", "Dimpsy by half four. Gritters are out on the droves from five. Sleep tight, keep the heating on and knock on a neighbour's door if you're worried about them.",
   "'Dimpsy', 'sleep tight' in a gritting notice (compare {bu16}).", allowed=[BU])
hn("hn5_09", "HN5", "Pistols at dawn with the Crowknapp WI over the Victoria sponge class. I will not be beaten twice.",
   "Figurative duel.", allowed=[BU])
hn("hn5_10", "HN5", "Got a proper hiding in the council quiz. The officers' team destroyed us. Never let the finance team near a picture round.",
   "'Proper hiding', 'destroyed' about a quiz.", allowed=[BU, OF])
hn("hn5_11", "HN5", "'Arr, 'tis a gurt big pothole,' as my old gramfer would've said. Reported, and it's on the list for Thursday.",
   "Dialect, service report.")
hn("hn5_12", "HN5", "Wurzel, yokel, carrot-cruncher: called all three by an up-country journalist today. I'll take it. At least we've got decent cider.",
   "Regional nicknames taken in good part; not a protected characteristic.", allowed=[EQ, PA])
hn("hn5_13", "HN5", "Dear Lord, my Zummerzet accent on the radio this morning. Sounded like a tractor with a head cold. Apologies to the listening public.",
   "Self-deprecation.")
hn("hn5_14", "HN5", "Battered by the wind out on the Kingsrhyne drove doing flood checks. Face like a slapped arse, as Mum would've said.",
   "Idiom with 'arse' at oneself; abusive allowed. 'Battered' figurative.", allowed=[AL, BU])
hn("hn5_15", "HN5", "Kill me now: Thursday's agenda pack is 612 pages.",
   "Figurative death wish about paperwork.", allowed=[BU])
hn("hn5_16", "HN5", "Our Graham said he'd knock some heads together at the drainage board. I think he meant he'd write them a firm letter.",
   "Teasing a colleague about a figurative phrase.", allowed=[BU, PA])
hn("hn5_17", "HN5", "I'm a dinosaur on social media, I know. My granddaughter set this account up. If this posts twice, blame her.",
   "Self-deprecation about age.", allowed=[EQ])
hn("hn5_18", "HN5", "Old goat, am I? This old goat walked the whole Upper Moors flood bank before breakfast. Four mile. Beat that.",
   "Walt owning an age jibe.", allowed=[EQ, PA], author="@WaltBowditch")
hn("hn5_19", "HN5", "The missus says I'm married to the council. I said at least the council doesn't make me take my boots off at the door.",
   "Marriage banter by Trevor.", allowed=[EQ], author="@TrevorGouldLA")
hn("hn5_20", "HN5", "Cider tasting for the wassail judging. Purely in a civic capacity, you understand. Very serious work. Hic.",
   "Alcohol joke: haste allowed.", allowed=[HA], date="2026-01-16")
hn("hn5_21", "HN5", "Heads will roll if the Eels lose to Withybridge again on Saturday. Come on you Eels!",
   "Figurative 'heads will roll' about football.", allowed=[BU])
hn("hn5_22", "HN5", "Fell flat on my face in the mud at Heronsmead reserve. A swan laughed at me. I swear that swan laughed.",
   "Self-deprecation.")
hn("hn5_23", "HN5", "Well I'll be jiggered. The Sallowton bus turned up on time. Somebody check it's not a ghost.",
   "Dialect surprise; irony about a service.", allowed=[IR])

# HN6 criticism of a named councillor's record that stays on the record
hn("hn6_01", "HN6", "Cllr Vowles's 2023 leaflet promised fifty council bungalows for Osier Cross. The housing report shows six started. I'd like him to explain the gap at scrutiny.",
   "Record criticism (cf. {pa09}, {df02}).", allowed=[PA, DF])
hn("hn6_02", "HN6", "Stuart Tuckwell's budget cuts the flood warden grant by 40%. I think that's the wrong call and I'll be moving an amendment to restore it.",
   "Record criticism (cf. {pa01}).", allowed=[PA])
hn("hn6_03", "HN6", "The Leader told full council the pumping station would stay open. The cabinet papers now recommend closing it. Both can't be true, and residents deserve to know which.",
   "Contradiction on the record, no 'liar' (cf. {df09}).", allowed=[DF])
hn("hn6_04", "HN6", "Derek Bisgrove has chaired planning for six years. In that time the committee has approved eleven of twelve applications on the floodplain. That record deserves scrutiny.",
   "Record criticism of the chair of planning.", allowed=[PA, PD])
hn("hn6_05", "HN6", "@JanetHooperLA you said last March the Sallowton sluice would be fixed by Christmas. It's March again. What's the new date, and what went wrong?",
   "Direct question on a promise, at a handle.", allowed=[PA])
hn("hn6_06", "HN6", "I like Trevor Gould, and he's worked hard for Upper Moors, but his vote to scrap the library van was wrong and I've told him so to his face.",
   "Civil disagreement with a named councillor.")
hn("hn6_07", "HN6", "Nasreen Akhtar's motion on bus cuts was well-meant but uncosted. I voted against it and I'd vote against again unless the money's found.",
   "Record criticism (cf. {df17}).")
hn("hn6_08", "HN6", "For the record: Kayleigh Clapp's claim that this council cut the Crowknapp bus isn't correct. It was the operator's decision, in 2024. That claim needs correcting.",
   "Correction without name-calling (cf. {df23}).", allowed=[DF])
hn("hn6_09", "HN6", "Clive Vowles has missed seven of the last twelve housing board meetings. The attendance figures are public. Tenants deserve a cabinet member who shows up.",
   "Attendance record.", allowed=[PA])
hn("hn6_10", "HN6", "Cllr Hembury has led this council for fourteen years and she's done some good things. But the pumping station decision is the wrong one and I think it's time for fresh leadership.",
   "Tenure, not age; equality allowed (cf. {pa06}).", allowed=[EQ])
hn("hn6_11", "HN6", "Ken Dyer voted for the Withy Lane allocation in the Local Plan in 2022 and now campaigns against houses on Withy Lane. People can change their minds, but he should explain why.",
   "Voting record; defamation and predetermination allowed.", allowed=[DF, PD])
hn("hn6_12", "HN6", "Graham Bartlett's amendment would've cost £1.2m and he didn't say where it was coming from. I asked him three times in the chamber. Still no answer.",
   "Record criticism.")
hn("hn6_13", "HN6", "Brenda Tapp ruled my motion out of order last night. I think she got the standing orders wrong and I've asked the Monitoring Officer for a view.",
   "Disputes a ruling properly (cf. {al16}); officers allowed.", allowed=[OF])
hn("hn6_14", "HN6", "The minutes show Cllr Gould seconded the Peatwagon contract extension in 2024. That's a matter of record, not an attack.",
   "Record fact.", allowed=[DF, PA])
hn("hn6_15", "HN6", "Jake Pollard's first year: two motions, both passed, and one of the best attendance records on the council. I disagree with half of what he says, but credit where it's due.",
   "Positive record assessment.")
hn("hn6_16", "HN6", "Marek Zielinski says rural bus fares have come down. The operator's own figures show a 12% rise. I'll share the table in the comments.",
   "Correction with figures.", allowed=[DF])
hn("hn6_17", "HN6", "Shaun Counsell's parking strategy has been rewritten three times in two years. Third time lucky? I'm not convinced, and I'll explain why at scrutiny.",
   "Record criticism (cf. {pa04}).")
hn("hn6_18", "HN6", "Cllr Petrova's rhyne clearance plan is ambitious, but the budget line she's relying on was cut in November. Either the plan changes or the budget does.",
   "Record criticism.")
hn("hn6_19", "HN6", "Nell Cossey has voted with the administration on every major item this year. That's her right. But it isn't what Withybridge voters were promised on her leaflet.",
   "Voting record.", allowed=[PA])
hn("hn6_20", "HN6", "Peg Hembury has had a long career and I respect it. But 'I've been doing this since 1998' isn't an answer to why Kingsrhyne flooded three times.",
   "Tenure, not age; equality allowed.", allowed=[EQ])
hn("hn6_21", "HN6", "Sophie Venn's scrutiny report on the bus cuts is thorough and damning, and the cabinet should adopt every recommendation. Well done, Sophie.",
   "Positive record.")
hn("hn6_22", "HN6", "Cllr Tuckwell told the Mercury the reserves were 'healthy'. The s151 officer's report says they're at the minimum safe level. Readers can judge for themselves.",
   "Contrasts a statement with an officer's report; officers and defamation allowed.", allowed=[OF, DF])

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family.
# (original key, kind, word, replacement); caps has no word.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa02", "asterisk", "mommet", "m*mmet"),
    ("pa26", "digit", "spineless", "sp1neless"),
    ("pa08", "zero_width", "windbag", "wind\u200bbag"),
    ("pa07", "spaced", "gormless", "g o r m l e s s"),
    ("pa19", "homoglyph", "disgrace", "disgrac\u0435"),
    ("pa03", "caps", None, None),
    ("al01", "asterisk", "shitshow", "sh*tshow"),
    ("al03", "digit", "shite", "sh1te"),
    ("al06", "zero_width", "twat", "tw\u200bat"),
    ("al13", "spaced", "prick", "p r i c k"),
    ("al09", "homoglyph", "wankers", "wank\u0435rs"),
    ("al04", "caps", None, None),
    ("bu07", "asterisk", "regret", "r*gret"),
    ("bu14", "digit", "break", "br3ak"),
    ("bu17", "zero_width", "burn", "bu\u200brn"),
    ("bu03", "spaced", "live", "l i v e"),
    ("bu01", "homoglyph", "mouth", "m\u043euth"),
    ("bu05", "caps", None, None),
    ("eq01", "asterisk", "pikeys", "p*keys"),
    ("eq20", "digit", "nose", "n0se"),
    ("eq09", "zero_width", "frock", "fr\u200bock"),
    ("eq08", "spaced", "gay", "g a y"),
    ("eq03", "homoglyph", "Romanians", "R\u043emanians"),
    ("eq05", "caps", None, None),
    ("df02", "asterisk", "liar", "l*ar"),
    ("df11", "digit", "fraud", "fr4ud"),
    ("df03", "zero_width", "pocket", "poc\u200bket"),
    ("df05", "spaced", "crooked", "c r o o k e d"),
    ("df12", "homoglyph", "backhanders", "backhand\u0435rs"),
    ("df09", "caps", None, None),
]

# Names and role words that identify a councillor in a text (besides full
# name, first name, surname and handle). Matched case-sensitively as words.
ALIASES = {
    "Margaret Hembury": ["Peg", "the Leader", "The Leader", "Leader of the Council"],
    "Stuart Tuckwell": ["Stu", "Deputy Leader", "Cabinet Member for Finance"],
    "Clive Vowles": ["Cabinet Member for Housing"],
    "Janet Hooper": ["Cabinet Member for Flooding"],
    "Derek Bisgrove": ["chair of planning", "Chair of Planning", "chaired planning"],
    "Brenda Tapp": ["Chair of the Council"],
    "Shaun Counsell": ["Cabinet Member for Transport"],
    "Eleanor Cossey": ["Nell"],
    "Desislava Petrova": ["Desi"],
    "Walter Bowditch": ["Walt"],
}
PARTY_WORDS = {
    "Levels Alliance": ["Levels Alliance"],
    "Moorland Democrats": ["Moorland Democrats"],
    "Green Withy": ["Green Withy"],
    "Drove Road Independents": ["Drove Road Independents"],
    "Yeel Valley Residents": ["Yeel Valley Residents"],
    "Independent": [],
}


def load_council():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as fh:
        conf = tomllib.load(fh)
    parties = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
            if m:
                parties[m.group(1)] = m.group(2)
    handles = {h: n for h, n in conf["people"]["handles"].items()
               if n in conf["people"]["councillors"]}
    return conf, parties, handles


def name_terms(name, handle):
    parts = name.split()
    terms = [name, parts[-1], handle]
    terms.append(" ".join(parts[:-1]))
    terms += ALIASES.get(name, [])
    return terms


def mentions(text, terms):
    for t in terms:
        if re.search(r"(?<![\w@])" + re.escape(t) + r"(?!\w)", text):
            return True
    return False


def weekdays(rng_start, rng_end):
    d = rng_start
    out = []
    while d <= rng_end:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


DAYS = weekdays(datetime.date(2026, 1, 5), datetime.date(2026, 3, 27))


def stamp(rng, date=None):
    d = datetime.date.fromisoformat(date) if date else rng.choice(DAYS)
    t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def platform_for(rng, text):
    p = rng.choices(["x", "facebook", "bluesky"], weights=[4, 3, 3])[0]
    if len(text) > 280:
        p = "facebook"
    return p


def obfuscate(text, word, repl):
    def sub(m):
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            return repl.upper()
        if w[0].isupper():
            return repl[0].upper() + repl[1:]
        return repl
    new, n = re.subn(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sub, text, flags=re.IGNORECASE)
    assert n > 0, (word, text)
    return new


def caps(text):
    pieces = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in pieces)


def build():
    conf, parties, handles = load_council()
    by_name = {n: h for h, n in handles.items()}
    rng = random.Random(SEED)
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rows = []
    by_key = {}
    for r in ROWS:
        text = r["text"]
        if r["author"]:
            author = r["author"]
        else:
            named_parties = [p for p, words in PARTY_WORDS.items() if mentions(text, words)]
            eligible = []
            for name in conf["people"]["councillors"]:
                h = by_name[name]
                if mentions(text, name_terms(name, h)):
                    continue
                if parties.get(name) in named_parties:
                    continue
                eligible.append(h)
            author = rng.choice(eligible)
        row = {
            "key": r["key"], "text": text, "author": author,
            "created_at": stamp(rng, r["date"]), "platform": platform_for(rng, text),
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        rows.append(row)
        by_key[r["key"]] = row
    for orig_key, kind, word, repl in VARIANTS:
        o = by_key[orig_key]
        if kind == "caps":
            text = caps(o["text"])
            allowed = o["expect"]["allowed"] + ([HA] if HA not in o["expect"]["allowed"] else [])
            how = "the whole post in capitals (handles kept); haste allowed"
        else:
            text = obfuscate(o["text"], word, repl)
            allowed = list(o["expect"]["allowed"])
            how = "'%s' written '%s'" % (word, repl.replace("\u200b", "<U+200B>"))
        tag = ""
        m = re.match(r"(\[[^\]]+\])", o["note"])
        if m:
            tag = m.group(1) + " "
        key = orig_key + "_" + kind
        row = {
            "key": key, "text": text, "author": o["author"],
            "created_at": stamp(rng), "platform": o["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                       "verdict": o["expect"]["verdict"]},
            "family": o["family"], "kind_of_row": "variant", "note":
                "%s%s variant of {%s}: %s. Labels as the original." % (tag, kind.replace("_", "-"), orig_key, how),
            "variant_of": orig_key, "variant_kind": kind,
        }
        rows.append(row)
        by_key[key] = row
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["key"]] = "%s-%04d" % (SET, i)

    def fix(note):
        def rep(m):
            k = m.group(1)
            assert k in ids, ("unknown key in note", k)
            return ids[k]
        return re.sub(r"\{(\w+)\}", rep, note)

    out = []
    for row in rows:
        obj = {"id": ids[row["key"]], "text": row["text"], "author": row["author"],
               "created_at": row["created_at"], "platform": row["platform"],
               "account": row["account"], "kind": row["kind"], "expect": row["expect"],
               "family": row["family"], "kind_of_row": row["kind_of_row"],
               "note": fix(row["note"])}
        if row["kind_of_row"] == "variant":
            obj["variant_of"] = ids[row["variant_of"]]
            obj["variant_kind"] = row["variant_kind"]
        out.append(obj)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
