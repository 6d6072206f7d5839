#!/usr/bin/env python3
"""Build blind evaluation set b99 (Forgewell Metropolitan Borough Council, abuse rules, single posts).

Every text, label and note below was written by hand for this set. The script reads the roster
from council.toml, picks authors, platforms and timestamps with a fixed seed, makes the
obfuscated variants, shuffles, gives ids B99-0001.. and writes posts.jsonl. Running it again
writes the same file byte for byte.

    python build.py          # writes posts.jsonl
    python build.py --map    # also prints row key -> id (for the README)
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9999
PREFIX = "B99"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
DP = "data-protection.personal-data"
CR = "security.credentials"
IA = "position.improper-advantage"
PD = "predetermination.closed-mind"
GH = "gifts.hospitality"
MT = "meetings.during-meeting"

ROWS = []


def P(key, fam, text, rules=(), allowed=(), verdict="review", note="", author=None, date=None):
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=[fam, *rules], allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date))


def H(key, group, text, allowed=(), note="", author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=list(allowed), verdict="ok",
                     note=f"{group} {note}", author=author, date=date))


# ---------------------------------------------------------------- respect.personal-attack
P("pa01", PA, "@CllrRollason chaired planning last night like a man who'd lost the instructions. Keith, yow'm out of your depth and everyone in that room could see it.",
  note="Insult at a named councillor by handle and first name; no swear word.")
P("pa02", PA, "Ow am ya, Lee? Still saft as a brush, I see. Three years on the council and not one original thought in that yed of yours.",
  note="Dialect greeting turned into an insult ('saft', 'yed' = head). HN5 {h5_02} uses the same 'saft as a brush' kindly.")
P("pa03", PA, "Spineless. That's the only word for @ColinParkesNE. Folds like a wet cob every time Slagway pull a face.",
  note="Insult at a named councillor. Asterisk variant on 'spineless'. HN1 {h1_14} calls a decision spineless.")
P("pa04", PA, "Congratulations to Denise Hadley on another year as Leader! What an achievement, to be wrong about absolutely everything for twelve months on the trot. Bostin' effort, bab 👏",
  rules=[IR], note="Mock congratulation: personal attack with irony expected.")
P("pa05", PA, "Gareth Pritchard calls himself chair of scrutiny. Couldn't scrutinise a bag of pork scratchings. Useless, the lot of it, and him most of all.",
  note="Belittling a named councillor. HN6 {h6_14} criticises his committee's output on the record.")
P("pa06", PA, "I've met cleverer things in the cut than Philip Gripton. At least the carp know when to keep their mouths shut.",
  note="Insult by comparison, no swear word. Caps variant.")
P("pa07", PA, "Mandy Hingley, Head of Planning, has the backbone of a jellied eel. Whatever the developers want, the developers get. Pathetic.",
  rules=[OF], allowed=[DE], note="Insult at a named officer; 'whatever the developers want' could be heard as bias, so defamation allowed.")
P("pa08", PA, "@KathGuestCL yow'm a nasty, bitter little woman and the whole of Chainley knows it.",
  allowed=[EQ], note="Insult at a named councillor; 'little woman' is belittling, equality only allowed.")
P("pa09", PA, "Arthur Round stood up in full council to talk about bins again. The man's a walking yawn. Somebody put him out of his misery and buy him a pipe and slippers.",
  allowed=[EQ, BU], note="Mockery of an 81-year-old colleague; age jab (pipe and slippers) allowed as equality, 'put him out of his misery' allowed as bullying.")
P("pa10", PA, "Errol Bennett is a clown. A preening, self-important clown in a cheap suit. Leader of the Progressives? Leader of nothing.",
  note="Name-calling at a named councillor. Digit variant on 'clown'.")
P("pa11", PA, "Honestly @ChloePearsallFP, if brains were gunpowder yow couldn't blow your nose.",
  note="Old insult idiom at a handle; no swear word.")
P("pa12", PA, "The Chief Executive couldn't run a bath, never mind a borough. Julian Stott: overpaid, out of touch and out of his depth.",
  rules=[OF], note="Insult at the named Chief Executive.")
P("pa13", PA, "Asif Qureshi's speech on the Chainworks was the usual hot air from a man who loves the sound of his own voice more than his ward. Vain, lazy and ineffective.",
  note="Starts as speech criticism and turns to the man: 'vain, lazy'.")
P("pa14", PA, "Some councillors are all mouth and no trousers. Looking at you, @LeeBissellFC 👀",
  note="Idiom insult pointed at a handle.")
P("pa15", PA, "Wendy Lau is a sanctimonious busybody who has never done a day's graft in her life.",
  note="Insult at a named councillor.")
P("pa16", PA, "Nobody in Nailsend would shed a tear if Pat Joyce disappeared off the face of the earth. Worthless man. Worthless councillor.",
  verdict="block", allowed=[BU], note="Severe: wishes a named councillor gone and calls him worthless; block. Bullying allowed.")
P("pa17", PA, "Brenda Cartwright is a vile, poisonous excuse for a human being and the chain of office is wasted on her.",
  verdict="block", allowed=[AB], note="Severe dehumanising insult at the Mayor; block. Abusive allowed.")
P("pa18", PA, "@DannyHomerFP give it a rest, yow yampy wet lettuce. Every meeting, same whining.",
  note="Dialect insult ('yampy' = daft). Zero-width variant on 'lettuce'. HN2 {h2_18} condemns 'yampy' used of disabled residents.")
P("pa19", PA, "Oh well done @ShabanaHussainAP, another housing strategy with your face on the front. Genius at work, clearly. Must take real talent to be that useless at the one job yow've got 🙄",
  rules=[IR], note="Sarcastic mock praise ending in 'useless' at the person; irony expected.")
P("pa20", PA, "Marjorie Bache nodding along in committee like one of them dogs on a car's back shelf. Not a thought in her head that Gripton didn't put there.",
  note="Insult at a named councillor (and a swipe at a colleague).")
P("pa21", PA, "Tomasz Nowicki is a yes-man. A lapdog. Hadley whistles and he comes running with his tail wagging.",
  note="Name-calling; spaced variant on 'lapdog'.")
P("pa22", PA, "Whoever told Rebecca Feldman she could do public speaking owes the rest of us an apology. Grating, smug and wrong.",
  note="Insult about a named councillor's manner.")
P("pa23", PA, "Our Monitoring Officer is a jobsworth with a clipboard where her heart should be.",
  rules=[OF], note="Insult at an officer identified by role.")
P("pa24", PA, "Cllr Gurpreet Bains has the personality of a wet weekend in Lockstone and the financial sense of a lad with his first payslip.",
  note="Insult at a named councillor; HN6 {h6_06} criticises the same member's budget statement on the record.")
P("pa25", PA, "Alys Morgan, yow'm a hypocrite. Bikes for everyone else, taxi to every meeting.",
  allowed=[DE], note="Personal insult; the taxi claim is factual-sounding, defamation allowed.")
P("pa26", PA, "Dear @PhilGriptonWI, the adults are talking. Go and sit in the corner with your crayons.",
  note="Condescending insult at a handle.")
P("pa27", PA, "Sandra Hickman has never had an idea of her own in her life. Parrot. Pure parrot.",
  note="Name-calling.")
P("pa28", PA, "Ryan Tibbetts is the most arrogant little pup I've ever had the misfortune to sit opposite. Somebody teach that lad some manners.",
  allowed=[EQ], note="Insult with an age edge ('pup', 'lad'); equality allowed.")
P("pa29", PA, "Keith, with respect, and I use the word loosely, yow'm a dinosaur who should have been pensioned off years ago.",
  allowed=[EQ], note="Insult with an age edge; equality allowed. HN5 {h5_20} is a councillor calling himself a dinosaur.")
P("pa30", PA, "@GarethPritchardFP is a weasel. A smiling, hand-shaking, back-stabbing weasel.",
  allowed=[DE], note="Name-calling; homoglyph variant on 'weasel'.")
P("pa31", PA, "Colin Parkes is the human equivalent of a pothole: everybody's fed up with him and nobody can get rid of him.",
  note="Insult by comparison; HN6 {h6_02} counts his potholes instead.")
P("pa32", PA, "The Senior Planning Officer, Craig Jukes, is either thick or pretending to be. Either way he shouldn't be writing reports.",
  rules=[OF], note="Insult at a named officer.")
P("pa33", PA, "Denise Hadley thinks she's the Queen of Sheba. Lady Muck of Forgewell Central, looking down her nose at the rest of us.",
  note="Idiomatic insult at the Leader.")
P("pa34", PA, "Kath Guest's contribution to the budget debate, in full: shouting, pointing and getting her facts wrong. A bully and a bore.",
  allowed=[DE], note="Insult; 'a bully' is opinion, defamation allowed.")

# ---------------------------------------------------------------- respect.abusive-language
P("ab01", AB, "Sod the Chainworks masterplan and sod the Anvil Party's bloody consultation. Twelve months of nothing.",
  allowed=[PA], note="Mildest abusive row: obscenity at a scheme and a party's consultation.")
P("ab02", AB, "This budget is an absolute pile of shite and everyone in Forgewell knows it.",
  note="Obscenity at a budget. Caps variant. HN1 {h1_01} says the budget is a disgrace without obscenity.")
P("ab03", AB, "Whoever designed the new Lockstone gyratory was off their head on something. What a fucking mess.",
  allowed=[PA, OF], note="Obscenity at a road design; the designer is probably an officer, officers allowed.")
P("ab04", AB, "@LeeBissellFC yow'm a total knob.",
  rules=[PA], note="Obscenity at a handle. Homoglyph variant on 'knob'.")
P("ab05", AB, "Slagway have missed our road three weeks running. Bunch of useless twats.",
  allowed=[PA], note="Obscenity at a company. Zero-width variant on 'twats'. HN1 {h1_02} makes the same complaint civilly.")
P("ab06", AB, "Bollocks from @ErrolBennettFP again about the reserves. Utter, utter bollocks.",
  allowed=[PA], note="Obscenity at what a councillor said; personal-attack only allowed.")
P("ab07", AB, "Twenty minutes on hold to the council's 'customer service' line to be told to ring back tomorrow. Crap service, crap system, crap all round.",
  note="Obscenity at a service.")
P("ab08", AB, "Philip Gripton is a prize prat and a pompous arse.",
  rules=[PA], note="Obscenity at a named councillor. Spaced variant on 'prat'.")
P("ab09", AB, "The Chronicle's front page today is a load of shit dressed up as journalism.",
  allowed=[PA], note="Obscenity at a newspaper. HN1 {h1_09} criticises the Chronicle's story civilly.")
P("ab10", AB, "Stop talking shite about Nailsend, @ColinParkesNE. Yow day even know where the library was till last week.",
  allowed=[PA], note="Obscenity at what someone said ('day' = didn't); personal-attack only allowed.")
P("ab11", AB, "Keith Rollason is a smug cunt. There, I've said it.",
  rules=[PA], verdict="block", note="The c-word at a named councillor; block.")
P("ab12", AB, "The directors of Lockstone Homes are parasitic bastards. Leaving families with black mould while they pay themselves fortunes. I hope they rot in hell, the lot of 'em.",
  verdict="block", allowed=[PA, BU, DE], note="Severe: unnamed directors, 'rot in hell'; block. HN1 {h1_16} reports the same landlord to the regulator.")
P("ab13", AB, "Pitheap Lane plans are a total dog's dinner. Whoever drew them up wants their bloody head testing.",
  allowed=[PA, OF, PD], note="Mild obscenity at a pending application's plans; predetermination allowed.")
P("ab14", AB, "Another piss-poor excuse from the cabinet about the baths closing. Piss-poor.",
  allowed=[PA], note="Obscenity at the cabinet as a body.")
P("ab15", AB, "The new council app is a steaming pile of crap. Took me six goes to report one pothole.",
  note="Obscenity at an app. HN1 {h1_06} says the app is rubbish.")
P("ab16", AB, "@DannyHomerFP yow'm a gobshite, plain and simple.",
  rules=[PA], note="Obscenity at a handle.")
P("ab17", AB, "Arthur Round can kiss my arse. Fifty years on the Wold and he still thinks he owns it.",
  rules=[PA], note="Obscenity at a named councillor; 'fifty years' is tenure.")
P("ab18", AB, "Honestly this meeting is a shitshow. Three hours and we've approved the minutes.",
  allowed=[PA, MT], note="Obscenity at a meeting, apparently posted during it; meetings allowed.")
P("ab19", AB, "Bloody hell fire, the state of Chainley high street. Boarded up, filthy, and the cabinet couldn't give a toss.",
  allowed=[PA], note="Mild obscenity at the state of a street and the cabinet as a body.")
P("ab20", AB, "Lockstone Homes: useless bastards. Still no heating at Wharf Court.",
  allowed=[PA], note="Obscenity at a housing association.")
P("ab21", AB, "Tell you what, @ChloePearsallFP, stick your 'listening tour' up your arse.",
  rules=[PA], note="Obscenity aimed at a handle.")
P("ab22", AB, "The Anvil Party are a bunch of shysters and wankers, and I'm being polite.",
  allowed=[PA, DE], note="Obscenity at a party; 'shysters' allows defamation.")
P("ab23", AB, "Gareth Pritchard is a whingeing little shit.",
  rules=[PA], note="Obscenity at a named councillor. Digit variant on 'shit'.")
P("ab24", AB, "Fuck this parking scheme. Fuck the meters. And fuck whoever thought £3 an hour in Nailsend was a good idea.",
  allowed=[PA], note="Obscenity at a scheme and 'whoever'. HN1 {h1_04} says the charges are daft.")
P("ab25", AB, "Scrutiny report on the bins? Twenty pages of arse-covering bollocks.",
  allowed=[PA, OF], note="Obscenity at a report.")
P("ab26", AB, "What a bellend @PhilGriptonWI is. Voted against the Wold bus then moaned there's no bus.",
  rules=[PA], note="Obscenity at a handle. Asterisk variant on 'bellend'. HN1 {h1_12} makes the same point about his party civilly.")
P("ab27", AB, "Wendy Lau talks out of her arse about the cut. Never set foot on a narrowboat.",
  allowed=[PA], note="Obscenity about what a named councillor says; personal-attack only allowed.")
P("ab28", AB, "The Forge Fund 'bidding process' is a crock of shit and the Leader knows it.",
  allowed=[PA], note="Obscenity at a process. HN1 {h1_07} criticises the Forge Fund scoring civilly.")
P("ab29", AB, "Slagway's new wheelie bins are a pile of pants, lids snap if yow look at them. Crap bins, crap contract.",
  allowed=[PA], note="Mild obscenity at bins and a contract.")
P("ab30", AB, "Gurpreet Bains, yow pompous dickhead, the reserves are not your personal piggy bank.",
  rules=[PA], allowed=[DE], note="Obscenity at a named councillor; 'piggy bank' hints at misuse, defamation allowed.")
P("ab31", AB, "Sick to death of this shite. Third flood on Canal Street this winter and highways just shrug.",
  allowed=[PA, OF], note="Obscenity at a situation; the highways department is mentioned.")
P("ab32", AB, "Ryan Tibbetts is a jumped-up little prick.",
  rules=[PA], note="Obscenity at a named councillor.")
P("ab33", AB, "Cabinet's bloody useless. Absolute clowns, the whole shower of 'em. Pissing money up the wall on consultants.",
  allowed=[PA], note="Obscenity at the cabinet as a body.")
P("ab34", AB, "Denise Hadley's speech was a load of old cobblers, and she can shove her 'vision for Forgewell' where the sun don't shine.",
  rules=[PA], note="Crude phrase aimed at a named councillor.")

# ---------------------------------------------------------------- bullying.intimidation
P("bu01", BU, "@LeeBissellFC keep mouthing off about my ward and yow'll find out what happens. I know where yow live, Lee.",
  verdict="block", allowed=[PA], note="[explicit] 'I know where yow live'. Digit variant on 'live'. HN2 {h2_12} quotes the phrase to report it.")
P("bu02", BU, "Colin Parkes, come down the Hammer & Tongs and say that. See how far yow get walking back to the car.",
  verdict="block", allowed=[PA], note="[explicit] Threat of violence after the pub.")
P("bu03", BU, "If Slagway's area manager shows his face in Nailsend again he'll be going wum in an ambulance.",
  verdict="block", allowed=[PA], note="[explicit] Threat of violence at a contractor's manager ('wum' = home). Asterisk variant on 'ambulance'.")
P("bu04", BU, "Gareth, yow'll regret this. I mean that. Yow will regret ever crossing me.",
  verdict="block", allowed=[PA], note="[explicit] 'Yow'll regret'. Spaced variant on 'regret'. HN5 {h5_10} uses 'regret' in darts banter.")
P("bu05", BU, "Anybody who reports me to the Monitoring Officer over this had better watch their back. I will find out who it was.",
  verdict="block", allowed=[PA, OF], note="[explicit] Threat against would-be complainants.")
P("bu06", BU, "That complainant from Beacon Wold who went crying to the Standards Committee: I've got your name and I've got your street. Enjoy the next few months.",
  verdict="block", allowed=[PA, DP], note="[explicit] Threat against a complainant.")
P("bu07", BU, "Keep pushing, Errol. I've put bigger men than yow on their backs.",
  verdict="block", allowed=[PA], note="[explicit] Threat of violence.")
P("bu08", BU, "Somebody should give Philip Gripton a proper hiding. Might knock some sense into him.",
  verdict="block", allowed=[PA], note="[explicit] Incitement to violence. HN5 {h5_06} uses 'a proper hiding' about a football result.")
P("bu09", BU, "Craig Jukes, the planning officer: recommend refusal on my ward's application again and yow'll need more than a hard hat.",
  rules=[OF], verdict="block", allowed=[PA], note="[explicit] Threat at a named officer to change advice.")
P("bu10", BU, "Alys Morgan wants to keep mouthing off, she can keep doing it from a hospital bed.",
  verdict="block", allowed=[PA], note="[explicit] Threat of violence at a named councillor.")
P("bu11", BU, "Tell the Ironmaster protest lot from me: block that road again and we'll clear yow off it ourselves, and it won't be gentle.",
  verdict="block", allowed=[PA], note="[explicit] Threat of force against protesters.")
P("bu12", BU, "Ow am ya, Denise? Lovely house yow've got on Sandpit Lane. Big windows. Be a shame if owt happened to them.",
  verdict="block", allowed=[PA, DP], note="[veiled] Home location plus 'be a shame if'. Homoglyph variant on 'shame'.")
P("bu13", BU, "Sleep tight, @KathGuestCL. Ar, sleep tight.",
  verdict="block", allowed=[PA], note="[veiled] The mildest veiled threat. Zero-width variant on 'sleep'. HN5 {h5_08} says 'sleep tight' kindly.")
P("bu14", BU, "Shabana, your kids still go to Nailsend Primary, do they? Funny how things get round in a small town.",
  verdict="block", allowed=[PA, DP], note="[veiled] Children's school; data protection allowed.")
P("bu15", BU, "Asif Qureshi walks his wammel down the towpath every night about ten. Dark down there. Canal's deep. Just saying.",
  verdict="block", allowed=[PA, DP], note="[veiled] Route and time ('wammel' = dog) with 'canal's deep'.")
P("bu16", BU, "Some of us have long memories in Chainley. Tomasz might want to remember that, next time he votes. Tararabit.",
  verdict="block", allowed=[PA], note="[veiled] Warning about a vote, signed off with a friendly 'tararabit'.")
P("bu17", BU, "Accidents happen on the cut all the time. Slippery locks. Somebody should warn Rebecca Feldman, what with her canoeing.",
  verdict="block", allowed=[PA], note="[veiled] 'Accidents happen'.")
P("bu18", BU, "Hayley's ramp at the Council House is a bit steep, ay it? Be a terrible shame if somebody let go of the chair at the top.",
  verdict="block", allowed=[PA, EQ], note="[veiled] Threat touching a wheelchair user; equality allowed. HN4 {h4_01} is Hayley on the Council House lift.")
P("bu19", BU, "@RyanTibbettsFP yow might want to think about who yow've been upsetting. Not everyone round here is as nice as me.",
  verdict="block", allowed=[PA], note="[veiled] Warning.")
P("bu20", BU, "Bostin' photo of Chloe Pearsall and her eldest at the carnival. Lovely babby. Be a shame if anything spoilt it.",
  verdict="block", allowed=[PA, DP], note="[veiled] Warmth turned to menace about a child.")
P("bu21", BU, "Patrick Joyce's van's parked outside the Hammer & Tongs again. Them tyres look a bit soft. Shame if they went down on the Wold road.",
  verdict="block", allowed=[PA, EQ], note="[veiled] Vehicle tampering hint; equality allowed for the Traveller van undertone.")
P("bu22", BU, "Everyone who's sick of Gareth Pritchard: full public gallery Thursday. Boo him every time he opens his mouth till he gives up. Let's see how long he lasts.",
  verdict="block", allowed=[PA], note="[pressure] Organised humiliation. Caps variant.")
P("bu23", BU, "Vote my way on the Chainworks, Marjorie, or kiss goodbye to your ward fund. Simple as that.",
  verdict="block", allowed=[PA, IA], note="[pressure] Coercion with ward money; improper advantage allowed.")
P("bu24", BU, "I've got a folder on every one of the Progressives. Step out of line on Tuesday and it goes to the Chronicle. Yow know who yow are.",
  verdict="block", allowed=[PA], note="[pressure] Blackmail-style threat at a group.")
P("bu25", BU, "Sharing Philip Gripton's home number so residents can tell him what they think of the Wold bus cuts: 07700 900417. Ring him. Ring him all night.",
  verdict="block", allowed=[PA, DP, CR], note="[pressure] Publishes a private number (drama range) to set people on him. HN2 {h2_17} condemns such a post.")
P("bu26", BU, "Memo to the officer who wrote that report on Forgewell market: rewrite it or I'll make sure everyone in this borough knows your name and what yow did. Your choice.",
  rules=[OF], verdict="block", allowed=[PA], note="[pressure] Pressing an officer to change a report with a threat of exposure.")
P("bu27", BU, "Danny Homer cried in the group room last week. Anyone want the video? 😂 Shall I post it?",
  verdict="block", allowed=[PA, EQ], note="[pressure] Humiliation; equality allowed as Danny is autistic.")
P("bu28", BU, "Right, @ChloePearsallFP, I'm going to post one of your old tweets every day till yow resign. One a day. Every day. Enjoy.",
  verdict="block", allowed=[PA], note="[pressure] Announced campaign of humiliation.")
P("bu29", BU, "Landlord of the Hammer & Tongs signed that petition against me. Funny how licensing reviews come round, ay it.",
  verdict="block", allowed=[IA], note="[pressure] Threat to misuse licensing powers; improper advantage allowed.")
P("bu30", BU, "Witnesses in the standards complaint against me should think carefully about whether they'll ever want anything from this council again.",
  verdict="block", allowed=[IA], note="[pressure] Threat against witnesses.")
P("bu31", BU, "Arthur Round, stand down by Easter or I'll make sure every meeting between now and May is a misery for yow. Try me.",
  verdict="block", allowed=[PA, EQ], note="[pressure] Ultimatum; equality allowed (an 81-year-old told to stand down).")
P("bu32", BU, "Let's all turn up at Alys Morgan's surgery on Saturday and stand there silent, staring. Every week. She'll get the message.",
  verdict="block", allowed=[PA], note="[pressure] Organised intimidation at a ward surgery.")
P("bu33", BU, "To the tenant on Wharf Court who went to the Chronicle about the damp: I sit on the allocations panel. Just so yow know.",
  verdict="block", allowed=[IA, PA], note="[pressure] Threat to a complaining tenant with council power.")
P("bu34", BU, "Shame Wendy Lau's family's takeaway has been so quiet lately. Shame if folk stopped going altogether. A few words in the right ears and that could be arranged.",
  verdict="block", allowed=[PA, EQ], note="[pressure] Threat to a family business; equality allowed (Chinese takeaway).")

# ---------------------------------------------------------------- equality.discrimination
P("eq01", EQ, "Chainley market used to be ours. Now it's Romanians selling knock-off fags and thieving anything not nailed down. Time they were sent packing.",
  verdict="block", allowed=[DE], note="[explicit; race] Romanian traders as thieves. HN2 {h2_01} condemns 'Romanians out' graffiti.")
P("eq02", EQ, "Another Polish shop on Forgewell high street. Ow many more? Yow cor hear a word of English from the cut to the market hall. These people don't integrate and never will.",
  verdict="block", note="[explicit; race] Polish residents. Homoglyph variant on 'Polish'. HN3 {h3_17} answers the 'foreign shops' complaint.")
P("eq03", EQ, "Errol Bennett only got to lead the Progressives because they needed a Black face on the leaflet. Token. That's all he is.",
  rules=[PA], verdict="block", note="[explicit; race] Black British councillor called a token. HN2 {h2_10} condemns this attack.")
P("eq04", EQ, "Another mosque in Lockstone? Muslims don't want to live alongside us, they want to replace us. Say no.",
  verdict="block", allowed=[PD], note="[explicit; religion or belief] Anti-Muslim replacement trope; predetermination allowed (planning).")
P("eq05", EQ, "Shabana Hussain's first loyalty isn't to Lockstone and never will be. We all know where it lies. 🕌",
  rules=[PA], verdict="block", note="[coded; religion or belief] Dual-loyalty smear via emoji.")
P("eq06", EQ, "Funny how Rebecca Feldman always ends up on the finance panel. Her lot always did know how to count.",
  rules=[PA], verdict="block", note="[coded; religion or belief] Antisemitic money trope with no group word. HN2 {h2_04} names the trope to condemn it.")
P("eq07", EQ, "Gurpreet Bains should take that thing off his head if he wants to be taken seriously in the Council House.",
  rules=[PA], verdict="block", note="[explicit; religion or belief] Anti-Sikh (turban). HN4 {h4_16} is Gurpreet on langar.")
P("eq08", EQ, "Women like Kath Guest should stick to the WI, not the finance committee. Too emotional for numbers.",
  rules=[PA], verdict="block", note="[explicit; sex] Caps variant. HN2 {h2_15} is Kath framing such a letter.")
P("eq09", EQ, "Ryan Tibbetts pushing his gay agenda in the schools again. Keep it away from our kids.",
  rules=[PA], verdict="block", note="[explicit; sexual orientation]")
P("eq10", EQ, "Alys Morgan is a bloke. Always will be. Stick a frock on a chainmaker and he's still a chainmaker.",
  rules=[PA], verdict="block", note="[explicit; gender reassignment] Spaced variant on 'bloke'. HN2 {h2_07} removes 'bloke in a frock' comments.")
P("eq11", EQ, "Why are we paying for a wheelchair user to sit on the highways committee? She cor even get up a kerb, never mind inspect one. Hayley Southall should step aside.",
  rules=[PA], verdict="block", note="[explicit; disability] Wheelchair user.")
P("eq12", EQ, "Danny Homer's 'autism' seems to flare up whenever he's losing an argument. Funny that. Not fit for committee.",
  rules=[PA], verdict="block", note="[explicit; disability] Autism. HN2 {h2_11} and HN3 {h3_16} answer it.")
P("eq13", EQ, "Gareth Pritchard's had more time off with his 'depression' than he's spent in meetings. Man up or step down.",
  rules=[PA], verdict="block", note="[explicit; disability] Depression. HN4 {h4_11} is Gareth on Time to Talk Day.")
P("eq14", EQ, "No point asking Marjorie Bache anything, she cor hear a word. Deaf as a post. Time the Wold had a councillor who can actually listen.",
  rules=[PA], verdict="block", note="[explicit; disability] Deafness. HN4 {h4_13} is Marjorie on her hearing aids.")
P("eq15", EQ, "The new day centre on Furnace Hill is full of mongs now. Used to be a nice street.",
  rules=[AB], verdict="block", note="[explicit; disability] Learning disability slur; abusive expected. Digit variant on 'mongs'.")
P("eq16", EQ, "Arthur Round is 81. Eighty-one! Councils should have an age limit. Anybody over seventy is past it, full stop.",
  rules=[PA], verdict="block", note="[explicit; age] Old age. HN3 {h3_08} argues against an age limit.")
P("eq17", EQ, "Sorry, but nobody under 30 should sit on planning committee. Ryan Tibbetts was in nappies when I was fighting the old quarry. Kids don't belong here.",
  rules=[PA], verdict="block", note="[explicit; age] Young age. HN3 {h3_19} is the training-not-age contrast.")
P("eq18", EQ, "Chloe Pearsall's pregnant again, so that's her out of action for a year. Shouldn't stand for election if yow'm going to be off having babbies.",
  rules=[PA], verdict="block", note="[explicit; pregnancy and maternity] HN4 {h4_09} is Chloe's announcement.")
P("eq19", EQ, "Sandra Hickman and her 'civil partner'. It ay a marriage and it never will be, no matter what the law says.",
  rules=[PA], verdict="block", note="[explicit; marriage and civil partnership] Some would tag sexual orientation. HN4 {h4_17} is Sandra's anniversary.")
P("eq20", EQ, "Gyppos back on Slag Lane field. Lock up your sheds, Nailsend.",
  rules=[AB], verdict="block", note="[explicit; race] Traveller slur plus theft trope; abusive expected. Asterisk variant on 'Gyppos'. HN2 {h2_08} condemns the word.")
P("eq21", EQ, "The Ironmaster Hotel: eighty foreign men, no jobs, nothing to do, and our girls walk past it to school. Yow do the maths.",
  verdict="block", note="[coded; race] Asylum seekers cast as a sexual danger by insinuation. HN3 {h3_05} is the nearest hard negative.")
P("eq22", EQ, "Wendy Lau should go back to running her dad's chippy. Chinese takeaway politics, the lot of it: cheap, and yow'm hungry again in an hour.",
  rules=[PA], verdict="block", note="[explicit; race] Chinese heritage stereotype. HN4 {h4_07} is Wendy on the family chippy.")
P("eq23", EQ, "Chainley ay English any more. Pakis at one end, Poles at the other.",
  rules=[AB], verdict="block", note="[explicit; race] Racial slur; abusive expected. Zero-width variant on 'Pakis'. HN2 {h2_05} condemns the word's history.")
P("eq24", EQ, "Errol Bennett says he 'represents Lockstone'. Which Lockstone? The one with the jerk chicken vans and the bass yow can hear from the cut?",
  rules=[PA], verdict="block", note="[coded; race] Racial stereotype of a Black councillor's community; no group word.")
P("eq25", EQ, "Anybody else noticed the Big Issue sellers in Forgewell all seem to come from the same part of Europe? Asking for a friend 🤔 #KeepForgewellBlackCountry",
  verdict="block", note="[coded; race] Roma/Romanian insinuation with a dog-whistle hashtag.")
P("eq26", EQ, "Follow the money on the Chainworks. Same few families, same bankers, same 'globalists' every time. Yow know the ones.",
  verdict="block", allowed=[DE], note="[coded; religion or belief] Antisemitic dog whistle ('globalists', 'same few families').")
P("eq27", EQ, "Rainbow crossing outside Nailsend Primary now. Remember when a crossing was just for crossing and kids were just kids? Some things should be left to parents.",
  verdict="block", note="[coded; sexual orientation] Insinuates gay people are a threat to children. HN3 {h3_15} explains the crossing.")
P("eq28", EQ, "Lockstone baths has a 'women's' changing room again. Inverted commas theirs, not mine. Ask Cllr Morgan who's in there.",
  rules=[PA], verdict="block", note="[coded; gender reassignment] Insinuation about a trans councillor. HN3 {h3_03} is civil disagreement on the same policy.")
P("eq29", EQ, "Pat Joyce wants more money for the Slag Lane transit site. Of course he does. Family first, ay it. Keep an eye on your copper pipe.",
  rules=[PA], verdict="block", allowed=[DE, PD], note="[coded; race] Traveller theft trope at a Traveller councillor. HN2 {h2_21} calls it out.")
P("eq30", EQ, "Danny Homer's motion read like it was written in crayon. Bless him. Somebody should put him on the special bus.",
  rules=[PA], verdict="block", note="[coded; disability] 'Special bus' mocks disability without naming it.")
P("eq31", EQ, "Nobody born after the foundries shut should get a vote on the Chainworks. They ay earned it.",
  verdict="block", note="[coded; age] Excluding younger people by age.")
P("eq32", EQ, "Chloe's 'baby brain' explains a lot about that housing motion 🤰😂",
  rules=[PA], verdict="block", note="[coded; pregnancy and maternity] HN2 {h2_20} condemns this line.")
P("eq33", EQ, "Council lights up Lockstone Road for Ramadan but cor fix the lights on the towpath. Ow many more of Forgewell's 'communities' will we bend over for? We know who runs this place now.",
  verdict="block", date=(2, 19), note="[coded; religion or belief] 'We know who runs this place' about Muslims. HN3 {h3_02} busts the myth the next day.")
P("eq34", EQ, "Funny how the Mayor's always 'too tired' for the evening meetings. Typical wench. Better at cutting ribbons than budgets.",
  rules=[PA], verdict="block", note="[explicit; sex] 'Wench' used as a put-down; HN4 {h4_21} and {h4_07} use it fondly.")

# ---------------------------------------------------------------- defamation.allegation
P("de01", DE, "Keith Rollason is in Hamblett Homes' back pocket. Always has been. Bought and paid for.",
  rules=[PA], allowed=[PD], note="Idiom of corruption at a named councillor; review. Predetermination allowed (Pitheap Lane).")
P("de02", DE, "Denise Hadley is a liar. She lied about the baths, she lied about the bins and she'll lie about the budget.",
  rules=[PA], note="'Liar'. Digit variant on 'liar'. HN6 {h6_03} sets out the same baths promise on the record.")
P("de03", DE, "Interesting that a certain cabinet member's brother-in-law got the Chainworks demolition contract. Nothing to see here, I'm sure 🤔",
  allowed=[PA, IR], note="Innuendo of corruption at an identifiable member.")
P("de04", DE, "Lockstone Homes' figures on damp repairs are made up. Cooked. Every single one.",
  allowed=[PA], note="Fabrication alleged against a company; review.")
P("de05", DE, "Colin Parkes: bent as a nine-bob note.",
  rules=[PA], allowed=[EQ], note="Idiom for corrupt; 'bent' is also a homophobic slur, equality allowed. Spaced variant on 'bent'.")
P("de06", DE, "Gurpreet Bains wouldn't know an honest set of accounts if it bit him. Dodgy as they come.",
  rules=[PA], note="'Dodgy' at a named councillor. Homoglyph variant on 'dodgy'.")
P("de07", DE, "Amazing how the Slagway contract renewal sailed through the week after the cabinet's day at the races. Purely coincidental, obviously.",
  allowed=[PA, GH, IR], note="Innuendo of hospitality buying a decision.")
P("de08", DE, "Asif Qureshi is a con man. Always has been, always will be.",
  rules=[PA], note="'Con man'. Zero-width variant on 'con'.")
P("de09", DE, "The Chief Executive's been fiddling the figures on the Chainworks for months. Everybody in the Council House knows.",
  rules=[OF], allowed=[PA], note="Dishonesty alleged against an officer by role; review (no specific crime).")
P("de10", DE, "Philip Gripton's 'community group' is a front for his mates. Follow the grant money, folks.",
  allowed=[PA], note="Innuendo of grant misuse.")
P("de11", DE, "Lee Bissell is a crook and the whole of Forgewell Central knows it.",
  rules=[PA], note="'Crook'. Asterisk variant on 'crook'.")
P("de12", DE, "Strange how Wold Solar's planning went through so smooth. Strange how a certain chair of planning has a new Range Rover. Just saying.",
  allowed=[PA], note="Innuendo of a bribe at an identifiable councillor.")
P("de13", DE, "Brenda Cartwright's expenses would make a chainmaker blush. Creative accounting, we'll call it.",
  allowed=[PA], note="Innuendo of expenses abuse.")
P("de14", DE, "Errol Bennett is a two-faced fraud who'd sell his own nan for a vote.",
  rules=[PA], note="'Fraud' as name-calling; review.")
P("de15", DE, "The Forgewell Chronicle is in the council's pocket. Paid-for puff pieces every week and everyone knows who's paying.",
  allowed=[PA], note="Corruption alleged against a newspaper.")
P("de16", DE, "The market hall traders were promised the money. Where did it go? Ask Tomasz Nowicki. Go on, ask him.",
  allowed=[PA], note="Innuendo of misappropriation. HN6 {h6_10} corrects his market hall claim on the record.")
P("de17", DE, "Kath Guest lies like a rug. Told the Chainley meeting the tip was staying open when she knew full well it was shutting.",
  rules=[PA], note="Lying alleged as fact with a knowing element; review.")
P("de18", DE, "Slagway are thieves, plain and simple. Charging for bins they never empty.",
  allowed=[PA], note="'Thieves' at a company. Caps variant.")
P("de19", DE, "Rumour in the Hammer & Tongs is that a certain Wold Independent has been paying his 'consultancy' bills out of the ward fund. Can't say who. Starts with P.",
  allowed=[PA], note="Innuendo pointing at an identifiable member.")
P("de20", DE, "Keith Rollason took £8,000 in cash from Hamblett Homes before the Pitheap Lane vote. I've seen the photos of the envelope.",
  verdict="block", allowed=[PA, PD], note="Specific bribe stated as fact; block. HN6 {h6_01} criticises his chairing on the record.")
P("de21", DE, "Our s151 officer, Stuart Aston, moved £40,000 out of the highways reserve into an account only he controls. That's theft.",
  rules=[OF], verdict="block", allowed=[PA], note="Theft by a named officer stated as fact; block.")
P("de22", DE, "Lee Bissell was caught drink-driving on the Wold road in November and his mates in the police made it go away.",
  verdict="block", allowed=[PA, HA], note="Crime and cover-up stated as fact; block. Haste allowed (drink).")
P("de23", DE, "The chief executive of Lockstone Homes has been pocketing the tenants' service charges. Fact. Thousands of pounds a year.",
  verdict="block", allowed=[PA], note="Theft by an identifiable (by role) housing association chief; block.")
P("de24", DE, "Postal votes at Cokeley Green care home were filled in by Anvil Party canvassers. I watched them do it.",
  verdict="block", allowed=[PA], note="Electoral fraud by a party's canvassers stated as witnessed; block.")
P("de25", DE, "Mandy Hingley takes backhanders from developers. Every major application in Forgewell, she gets her cut.",
  rules=[OF], verdict="block", allowed=[PA], note="Bribery by a named officer stated as fact; block.")
P("de26", DE, "Colin Parkes claimed 3,000 miles in expenses last year for a car he sold in 2024. That's fraud, and I've got the log book.",
  rules=[PA], verdict="block", note="Mileage fraud stated with 'evidence'; block.")
P("de27", DE, "Sandra Hickman took the Nailsend carnival float money home and it never came back. Ask the committee.",
  verdict="block", allowed=[PA], note="Theft of takings stated as fact; block.")
P("de28", DE, "Gareth Pritchard has a conviction for assault that he never declared when he stood. Look it up.",
  verdict="block", allowed=[PA, DP], note="Undeclared conviction stated as fact; data protection allowed (criminal record).")
P("de29", DE, "Tomasz Nowicki had the council's CCTV footage of his son's car crash deleted. Abuse of office, pure and simple.",
  verdict="block", allowed=[PA, DP], note="Evidence destruction stated as fact; data protection allowed (son).")
P("de30", DE, "Brenda Cartwright has been claiming single person discount on her council tax while her fella lives there full time. That's fraud.",
  verdict="block", allowed=[PA, DP], note="Council tax fraud stated as fact; data protection allowed (partner).")
P("de31", DE, "Slagway's managers sold the scrap metal from Furnace Hill tip for cash and split it between them. Tens of thousands.",
  verdict="block", allowed=[PA], note="Theft by identifiable managers stated as fact; block.")
P("de32", DE, "Philip Gripton sold his vote on the Wold Solar scheme for a £10,000 'donation' to his campaign.",
  verdict="block", allowed=[PA], note="Vote selling stated as fact; block.")
P("de33", DE, "Julian Stott shredded the Chainworks files the day after the FOI request came in. I saw the bags go out.",
  rules=[OF], verdict="block", allowed=[PA], note="Offence under FOI law by the named Chief Executive stated as witnessed; block.")
P("de34", DE, "Anvil Party canvassers were handing out free faggots-and-peas suppers in Lockstone in exchange for votes. That's treating, and it's a crime.",
  verdict="block", allowed=[PA], note="Electoral offence (treating) stated as fact; block.")

# ---------------------------------------------------------------- hard negatives
# HN1 harsh criticism of a policy, decision, party, company or the council
H("h1_01", "HN1", "The Anvil Party's budget is a disgrace. Cutting Lockstone baths while spending £2m on consultants for the Chainworks. Shameful priorities, and the cabinet should be ashamed of themselves.",
  allowed=[PA], note="Robust criticism of a budget and the cabinet; contrast {ab02}.")
H("h1_02", "HN1", "Slagway's performance on Nailsend bins has been woeful for a year. Missed collections, broken promises. The contract must be re-tendered.",
  allowed=[PA], note="Criticism of a contractor's performance; contrast {ab05}.")
H("h1_03", "HN1", "Ow am ya, Forgewell? Not bostin', if yow'm waiting on a Lockstone Homes repair. Fourteen weeks for a boiler. Unacceptable.",
  note="Dialect greeting on a service complaint.")
H("h1_04", "HN1", "The parking charges in Nailsend are daft, saft and damaging. Traders are on their knees. Scrap them.",
  note="'Saft' at a policy, not a person; contrast {ab24}.")
H("h1_05", "HN1", "I'll say it plainly: the Chainworks scheme is a white elephant and the cabinet's decision to pour more money into it is reckless.",
  allowed=[PA], note="Criticism of a decision.")
H("h1_06", "HN1", "The council's new app is rubbish. Clunky, slow, and it crashes. Residents deserve better and I've told the cabinet so.",
  note="Criticism of an app without obscenity; contrast {ab15}.")
H("h1_07", "HN1", "The Forge Fund scoring was opaque and unfair to Chainley. I've asked for the full scoring matrix to be published.",
  allowed=[OF], note="Criticism of a process; contrast {ab28}.")
H("h1_08", "HN1", "Hamblett Homes' viability assessment for Pitheap Lane has more holes than a colander. I have serious concerns and I'll want answers at committee.",
  allowed=[PD, PA], note="Predisposition on a pending application; predetermination allowed.")
H("h1_09", "HN1", "The Forgewell Chronicle got the story on the baths badly wrong today. Nobody asked us for comment and the figures are out of date.",
  allowed=[PA, DE], note="Criticism of a newspaper's accuracy; contrast {ab09} and {de15}.")
H("h1_10", "HN1", "The one-way system through Furnace Hill is an absolute shambles. Whoever signed it off needs to come and sit in the queue at 8am.",
  allowed=[PA, OF], note="Criticism of a road scheme with 'whoever'.")
H("h1_11", "HN1", "The Progressives' alternative budget: all fur coat and no knickers. Sounds lovely, doesn't add up.",
  allowed=[PA], note="Idiom aimed at a party's policy.")
H("h1_12", "HN1", "Wold Independents voted to cut the Wold bus and now want credit for 'saving' it. Yow cor have it both ways, ar kid.",
  allowed=[PA], note="Criticism of a party's voting; contrast {ab26}.")
H("h1_13", "HN1", "Tansey quarry's lorry movements are wrecking the Wold lanes. The operator is breaching its conditions and enforcement needs to act now.",
  allowed=[DE, PA], note="A factual complaint about a company's compliance; defamation allowed.")
H("h1_14", "HN1", "Closing Nailsend library is cultural vandalism and a spineless decision. The cabinet are wrong, wrong, wrong.",
  allowed=[PA], note="'Spineless' at a decision; contrast {pa03}.")
H("h1_15", "HN1", "The council's consultation on the Lockstone Flight moorings was a joke. Two weeks over Christmas, online only. Redo it properly.",
  note="Criticism of a consultation.")
H("h1_16", "HN1", "Lockstone Homes is failing its tenants. I've reported them to the Regulator of Social Housing today.",
  allowed=[DE, PA], note="Complaint to a regulator; contrast {ab12} and {ab20}.")
H("h1_17", "HN1", "Council tax up 4.99% and what do Chainley residents get? Potholes yow could lose a babby in. Not good enough.",
  note="Dialect hyperbole at a policy.")
H("h1_18", "HN1", "Green Lock's plan to close the Lockstone road to through traffic would kill the high street. Bad idea, badly consulted.",
  allowed=[PA, BU], note="Figurative 'kill' at a party's plan.")
H("h1_19", "HN1", "The cabinet's handling of the Ironmaster Hotel contract has been secretive and shambolic. Residents were told nothing.",
  allowed=[PA], note="Criticism of process on the asylum hotel, no group attacked; contrast {eq21}.")
H("h1_20", "HN1", "Chainmakers' League want to bring back the tram. Bostin' idea in 1925. Costed at nothing, funded by nobody.",
  allowed=[PA, IR], note="Sarcasm at a party's policy.")
H("h1_21", "HN1", "Another year, another Slagway price rise for garden waste. Ripping off residents, that's what it is.",
  allowed=[DE, PA], note="'Ripping off' about pricing; defamation allowed; contrast {de18}.")
H("h1_22", "HN1", "The budget for the Black Country heritage trail was slashed in a back-room deal and the cabinet should be ashamed.",
  allowed=[DE, PA], note="'Back-room deal' about a decision; defamation allowed.")

# HN2 counter-speech and quoting abuse to condemn it
H("h2_01", "HN2", "Someone scrawled 'Romanians out' on the bus shelter on Chainley High Street. It was painted over this morning. Chainley ay like that and never will be. Our Romanian neighbours are welcome here.",
  allowed=[EQ], note="Quotes racist graffiti to condemn it; contrast {eq01}.")
H("h2_02", "HN2", "I've had a message calling me 'a saft old cow who should be put down'. Reported to the police. Councillors are fair game for criticism, not threats.",
  allowed=[PA, BU, EQ], note="Quotes abuse received.")
H("h2_03", "HN2", "To whoever keeps calling the Ironmaster residents 'invaders' in my comments: deleted and blocked. These are men fleeing war. Have a word with yourself.",
  allowed=[EQ], note="Counter-speech on asylum seekers; contrast {eq21}.")
H("h2_04", "HN2", "Holocaust Memorial Day. My great-grandmother's family were murdered for being Jews. When I hear the old lie that 'they control the money' in a council debate, I remember where it ends. Never again.",
  allowed=[EQ, BU], author="Rebecca Feldman", date=(1, 27), note="Names the antisemitic money trope to condemn it; contrast {eq06} and {eq26}.")
H("h2_05", "HN2", "A pupil asked me why people called the lads at the foundry 'the Pakis' when my dad worked there in the 70s. Because it was normal then, and it was never right. Good to hear it said out loud in our schools now.",
  allowed=[EQ, AB], note="Quotes a slur historically to condemn it; contrast {eq23}.")
H("h2_06", "HN2", "Somebody called one of our tip staff a 'useless parasite' yesterday and spat at him. That's assault, not feedback. Our staff deserve respect.",
  allowed=[PA, AB, OF, DE], note="Defends staff; quotes the insult.")
H("h2_07", "HN2", "Comments calling @AlysMorganGreen 'a bloke in a frock' have been removed from my page. Disagree with her politics all yow like. That's not politics.",
  allowed=[EQ, PA], note="Removes transphobic comments; contrast {eq10}.")
H("h2_08", "HN2", "'Gyppos' is a slur. Seeing it on a Nailsend community page today was sickening. The Traveller families on Slag Lane are residents like anyone else.",
  allowed=[EQ, AB], note="Names the slur to condemn it; contrast {eq20}.")
H("h2_09", "HN2", "I've been told I'm 'too old and too deaf' to represent the Wold. I'm 79 with two hearing aids and I've never missed a meeting. Ageism and ableism in one breath. Not having it.",
  allowed=[EQ], author="Marjorie Bache", note="Self-description while rebutting abuse; contrast {eq14}.")
H("h2_10", "HN2", "Vile racist abuse aimed at Cllr Errol Bennett online this week, calling him a 'token'. Whatever our differences across the chamber, I stand with him.",
  allowed=[EQ, PA], note="Solidarity; quotes the slur of {eq03}.")
H("h2_11", "HN2", "Saw a post saying Danny Homer's autism is 'an excuse'. It isn't. It's part of who he is, and he's one of the best caseworkers in Nailsend.",
  allowed=[EQ, PA], note="Counter-speech; contrast {eq12}.")
H("h2_12", "HN2", "Someone messaged me 'I know where yow live' last night. Reported. If yow disagree with my vote, email me at the Council House like a grown-up.",
  allowed=[BU], note="Quotes a threat to report it; contrast {bu01}.")
H("h2_13", "HN2", "Removed a comment from my page that called Rebecca Feldman's family 'moneylenders'. Antisemitism has no place on my timeline or in Forgewell.",
  allowed=[EQ, PA], note="Removes antisemitic comment.")
H("h2_14", "HN2", "Whoever stuck 'NO MOSQUE' stickers on the lampposts along Lockstone Road: we've taken them down. Object to a planning application through the proper process, not by frightening neighbours.",
  allowed=[EQ, PD], note="Condemns anti-Muslim stickers; contrast {eq04}.")
H("h2_15", "HN2", "Had a letter this week saying women 'should stick to the WI'. Framed it. It's going on my office wall next to my accountancy certificate.",
  allowed=[EQ], author="Kath Guest", note="Humorous rebuttal of sexism; contrast {eq08}.")
H("h2_16", "HN2", "Being told I'm a 'foreigner' who should 'go home to Poland' is nothing new for me. I've lived in Chainley 22 years. This is home. Ar, bostin' home.",
  allowed=[EQ], author="Tomasz Nowicki", note="Self-description while rebutting xenophobia.")
H("h2_17", "HN2", "A reminder to everyone: posting Cllr Gripton's phone number and telling people to 'ring him all night' is harassment, however angry yow are about the bus. I've reported the account.",
  allowed=[BU, DP], note="Condemns doxxing; contrast {bu25}.")
H("h2_18", "HN2", "The 'yampy' and 'retard' comments under the day centre post have been deleted. Those are the people I represent. Shameful.",
  allowed=[EQ, AB], note="Quotes disability slurs to condemn them; contrast {eq15}.")
H("h2_19", "HN2", "Happy Lunar New Year! And to the man in the market who shouted 'ching chong' at my mom today: we're still open, and her chips are still the best in Chainley. Xin nian kuai le 🧧",
  allowed=[EQ, AB], author="Wendy Lau", date=(2, 17), note="Quotes a racist taunt; Lunar New Year.")
H("h2_20", "HN2", "Calling a pregnant colleague 'baby brained' in the chamber isn't banter. It's discrimination. @ChloePearsallFP deserves an apology.",
  allowed=[EQ, PA], note="Condemns {eq32}.")
H("h2_21", "HN2", "People asking whether Patrick Joyce will 'keep an eye on the copper pipe'. Grow up. That's a racist trope about Travellers and yow know it.",
  allowed=[EQ, PA, DE], note="Names the trope of {eq29} to condemn it.")
H("h2_22", "HN2", "Somebody wrote 'women like her should be at home' under my post about the budget. I am at home, as it happens, working on the budget. 😂",
  allowed=[EQ], author="Denise Hadley", note="Quotes sexist comment with humour.")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
H("h3_01", "HN3", "No, the Ironmaster Hotel residents are not getting 'free cars'. I checked with the Home Office contract manager. It's a rumour, and a nasty one.",
  allowed=[EQ], note="Myth-busting about asylum seekers.")
H("h3_02", "HN3", "For those asking about the Ramadan lights on Lockstone Road: they're paid for by the traders' association, not the council. Not a penny of council tax.",
  allowed=[EQ], date=(2, 20), note="Myth-busting after {eq33}.")
H("h3_03", "HN3", "I don't agree with Alys Morgan on the new changing-room policy at Lockstone baths, and I'll say why at scrutiny: the consultation didn't reach older women swimmers. That's a process point, not a point about her.",
  allowed=[EQ, PA], note="Civil disagreement with a trans colleague; contrast {eq28}.")
H("h3_04", "HN3", "Is the Slag Lane transit site in the right place? I'm not sure it is: access onto the Wold road is poor. That's a highways question, and Traveller families deserve a site that works.",
  allowed=[EQ, PD], note="Civil debate on a Traveller site; predetermination allowed.")
H("h3_05", "HN3", "I'm not racist, but I do think the Ironmaster contract was handled badly: no notice to residents, no meeting, no answers. That's on the Home Office and the cabinet, not on the men living there.",
  allowed=[EQ, PA], note="'I'm not racist, but' before a legitimate process point; the nearest HN to {eq21}.")
H("h3_06", "HN3", "Myth: Polish workers 'took' the foundry jobs. Fact: the foundries shut in the 80s and 90s; most Polish families arrived after 2004. The blame belongs with the closures.",
  allowed=[EQ], note="Myth-busting; contrast {eq02}.")
H("h3_07", "HN3", "The £90k for a Changing Places toilet at the market hall is a legal duty, not a 'luxury'. Every wheelchair user in Forgewell deserves a loo they can use.",
  allowed=[EQ], note="Defends access spending; contrast {eq11}.")
H("h3_08", "HN3", "Should councils have an upper age limit? No. Voters decide who's past it, not a rule. Though I'd happily debate term limits.",
  allowed=[EQ], note="Civil debate on age; contrast {eq16}.")
H("h3_09", "HN3", "Some have asked whether asylum seekers jump the housing queue here. They don't. Asylum accommodation is the Home Office's; council housing follows our published allocations policy.",
  allowed=[EQ], note="Myth-busting.")
H("h3_10", "HN3", "Question from a resident: 'Why do the Sikh lads get to carry a dagger at school?' The kirpan is an article of faith, protected in law, and Nailsend Primary has a sensible policy on it. Happy to explain more.",
  allowed=[EQ, BU], note="Explains the kirpan; quotes the question.")
H("h3_11", "HN3", "I've no problem with Traveller families. I do have a problem with fly-tipping on Slag Lane, whoever does it, and I've asked enforcement to act.",
  allowed=[EQ], note="Denied prejudice plus a neutral enforcement point; contrast {eq20}.")
H("h3_12", "HN3", "The Lockstone Road mosque car park: residents' parking worries are legitimate and deserve a proper answer. So does the mosque's case for expanding. I'll listen to both at committee.",
  allowed=[EQ, PD], note="Predisposition, open mind; contrast {eq04}.")
H("h3_13", "HN3", "Women are under-represented on Forgewell's cabinet: two of nine. That's a fact, not a complaint about the men. We should ask why.",
  allowed=[EQ], note="Civil point about sex representation.")
H("h3_14", "HN3", "A statistic for the 'they're all on benefits' brigade: employment among Eastern European residents in Chainley is higher than the borough average. Look at the census.",
  allowed=[EQ], note="Myth-busting with a quoted stereotype.")
H("h3_15", "HN3", "I know some residents have concerns about the rainbow crossing. It was paid for by the Pride group, not the council, and it says everyone's welcome. That's all it is.",
  allowed=[EQ], note="Explains the crossing; contrast {eq27}.")
H("h3_16", "HN3", "Autism isn't 'an excuse' for anything. Reasonable adjustments in committee, such as breaks and papers in advance, help everyone, not just autistic members.",
  allowed=[EQ], note="Myth-busting on autism.")
H("h3_17", "HN3", "On the 'too many foreign shops' complaint I got today: Forgewell high street's vacancy rate fell from 18% to 11% last year, largely thanks to new independent shops, many run by new arrivals. That's regeneration.",
  allowed=[EQ], note="Answers a xenophobic complaint with figures; contrast {eq02}.")
H("h3_18", "HN3", "Pregnant councillors are entitled to parental leave arrangements under our constitution, agreed unanimously last year. Good. Nobody should have to choose.",
  allowed=[EQ], note="Civil point; contrast {eq18}.")
H("h3_19", "HN3", "I'm not against young people on planning committee. I am in favour of training before anyone sits on it, whatever their age.",
  allowed=[EQ], note="Denied prejudice plus neutral point; contrast {eq17}.")
H("h3_20", "HN3", "Asked whether civil partnership ceremonies should be held in the Council House chamber: yes, same as weddings. It's the law and it's right.",
  allowed=[EQ], note="Civil debate; contrast {eq19}.")
H("h3_21", "HN3", "No, the council is not 'banning Christmas'. The market hall lights went up as usual. The Diwali lights went up too. Both can exist.",
  allowed=[EQ], note="Myth-busting on religion.")
H("h3_22", "HN3", "Myth-busting on the Chainley gurdwara extension: the application is for a kitchen for the langar, not a 'second temple'. I haven't decided how I'll vote; I'll read the officers' report.",
  allowed=[EQ, PD], note="Myth-busting, open mind.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H("h4_01", "HN4", "As the only wheelchair user in the chamber, I'm delighted the Council House lift is finally fixed. Three weeks of being carried up the stairs by the porters was an experience. Bostin' lads, mind.",
  allowed=[EQ], author="Hayley Southall", note="Self-description; contrast {bu18} and {eq11}.")
H("h4_02", "HN4", "Starting LGBT+ History Month proud to be Forgewell's first trans woman councillor. Ow am ya, everyone? Tea's on at the Council House Thursday.",
  allowed=[EQ], author="Alys Morgan", date=(2, 2), note="Self-description.")
H("h4_03", "HN4", "Being 24 and gay on the council, I get asked a lot if I'm 'the youth rep'. I'm the Furnace Hill rep. Ar, the whole of it.",
  allowed=[EQ], author="Ryan Tibbetts", note="Self-description; contrast {eq09} and {eq17}.")
H("h4_04", "HN4", "Queer, Black Country and bostin' at pub quizzes. Vote Ryan 😂 #LGBTHistoryMonth",
  allowed=[EQ], author="Ryan Tibbetts", date=(2, 10), note="Reclaimed 'queer' in self-description.")
H("h4_05", "HN4", "Ramadan Mubarak to everyone in Lockstone starting their fast today. Iftar at the community centre Friday, all welcome, Muslim or not. Bring your appetite.",
  allowed=[EQ], author="Shabana Hussain", date=(2, 18), note="Ramadan greeting; contrast {eq05}.")
H("h4_06", "HN4", "Eid Mubarak from me and my family! Thank yow to everyone who joined us at the iftars this month.",
  allowed=[EQ], author="Shabana Hussain", date=(3, 20), note="Eid greeting.")
H("h4_07", "HN4", "Grew up behind the counter of my dad's chippy on Chainley High Street. Chips, curry sauce and homework. Proud Black Country Chinese wench. Still do a Friday shift.",
  allowed=[EQ], author="Wendy Lau", note="Self-description; 'wench' fondly; contrast {eq22} and {eq34}.")
H("h4_08", "HN4", "Born in Wrocław, made in Chainley. 22 years here and I still cor get used to grey peas and bacon. Ar, I tried them again.",
  allowed=[EQ], author="Tomasz Nowicki", note="Self-description.")
H("h4_09", "HN4", "Little announcement: babby number two due in June! I'll be working through as long as I can. Lockstone residents, your casework is safe with me 🤰",
  allowed=[EQ], author="Chloe Pearsall", note="Pregnancy announcement; contrast {eq18}.")
H("h4_10", "HN4", "I'm autistic and I'd like committee papers five days ahead, not the night before. Not a special favour: it helps everyone read them properly.",
  allowed=[EQ], author="Danny Homer", note="Self-description; contrast {eq30}.")
H("h4_11", "HN4", "Time to Talk Day. I've lived with depression for fifteen years. Some weeks are grim. Talk to somebody, ar kid. It does help.",
  allowed=[EQ], author="Gareth Pritchard", date=(2, 5), note="Self-description; contrast {eq13}.")
H("h4_12", "HN4", "81 today and still the youngest at the Wold bowls club. Tararabit, off for a slice of cake.",
  allowed=[EQ], author="Arthur Round", note="Self-description on age.")
H("h4_13", "HN4", "New hearing aids, bostin' bits of kit. I can finally hear what the Progressives are saying in the chamber. Not sure that's an improvement 😂",
  allowed=[EQ, PA], author="Marjorie Bache", note="Self-description with teasing.")
H("h4_14", "HN4", "My grandad pulled his wagon onto Nailsend common every spring. I'm the first Traveller on this council. Proud of both. #StPatricksDay",
  allowed=[EQ], author="Patrick Joyce", date=(3, 17), note="Self-description.")
H("h4_15", "HN4", "My grandad came from Kingston to work in the Chainley foundry in 1958. Cast iron and curry goat. Black Country through and through.",
  allowed=[EQ], author="Errol Bennett", note="Self-description; contrast {eq24}.")
H("h4_16", "HN4", "Served langar at Chainley gurdwara on Sunday. Four hundred meals, anyone welcome, no questions. If yow've never been, goo. Bring an appetite.",
  allowed=[EQ], author="Gurpreet Bains", note="Positive mention of Sikh practice.")
H("h4_17", "HN4", "Ten years since me and Jan had our civil partnership at the old Council House. Still the best decision I ever made (sorry, Anvil Party).",
  allowed=[EQ], author="Sandra Hickman", date=(3, 12), note="Self-description; contrast {eq19}.")
H("h4_18", "HN4", "Lit a candle this morning for Holocaust Memorial Day with pupils from Cokeley Green Academy. Their questions were the best part. As a Jewish councillor, I'm grateful.",
  allowed=[EQ], author="Rebecca Feldman", date=(1, 27), note="Self-description on HMD.")
H("h4_19", "HN4", "Yam yams and proud. Bostin' turnout for the Black Country dialect night at the Hammer & Tongs.",
  allowed=[EQ, PA], note="In-group nickname used fondly.")
H("h4_20", "HN4", "Huge thanks to the Romanian and Bulgarian lads from the Chainley bakery who cleared the snow off the whole parade this morning. Bostin' neighbours.",
  allowed=[EQ], note="Positive mention; contrast {eq01}.")
H("h4_21", "HN4", "Yesterday was International Women's Day. Forgewell's women chainmakers went on strike in 1910 and won. Proud to stand in the same hall as those wenches' great-granddaughters.",
  allowed=[EQ], date=(3, 9), note="'Wenches' used with pride; contrast {eq34}.")
H("h4_22", "HN4", "Happy Holi to everyone celebrating! Lockstone park looked bostin' covered in colour this afternoon. The kids all went home pink.",
  allowed=[EQ], date=(3, 4), note="Festival greeting.")

# HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", "HN5", "Our pub quiz team absolutely murdered the Progressives at the Hammer & Tongs last night. Revenge is sweet, ar kid.",
  allowed=[BU, PA], note="Figurative 'murdered'.")
H("h5_02", "HN5", "Bostin' to see yow back on your feet after the op, Keith. Still saft as a brush, I hope? See yow at bowls Thursday, yow old rogue 😄",
  allowed=[PA, EQ], note="Friendly banter using the words of {pa02}.")
H("h5_03", "HN5", "I'm so saft I turned up to Tuesday's committee on Monday. In my defence, it was raining.",
  allowed=[PA], note="Self-deprecation.")
H("h5_04", "HN5", "Gareth Pritchard took me apart in scrutiny today. Fair play, he'd done his homework. I'll be better prepared next time.",
  allowed=[BU, PA], note="'Took me apart' as praise.")
H("h5_05", "HN5", "Lee Bissell nicked the last pork scratchings at the Mayor's lunch. I'll have my revenge at the raffle.",
  allowed=[DE, BU, PA], note="'Nicked' and 'revenge' as banter.")
H("h5_06", "HN5", "Lost my voice shouting at the Nailers on Saturday. Proper hiding, 4-0. Ref wants his eyes testing 😂",
  allowed=[BU, PA], note="'Proper hiding' about football; contrast {bu08}.")
H("h5_07", "HN5", "Colin's killing it on the charity canal walk. Twenty miles, bent double by the end, blisters on his blisters. Dig deep and sponsor him!",
  allowed=[BU], note="'Killing it', 'bent double'; contrast {de05}.")
H("h5_08", "HN5", "It's lookin' a bit black over Bill's mother's. Gritters are out tonight. Stay safe on the Wold road, bab, and sleep tight.",
  allowed=[BU], note="Weather idiom and 'sleep tight' kindly; contrast {bu13}.")
H("h5_09", "HN5", "I'll goo to the foot of our stairs, every streetlight in Nailsend is working! First time in a decade.",
  allowed=[IR], note="Idiom of surprise; mild irony.")
H("h5_10", "HN5", "Kath Guest destroyed me at darts again. She'll regret it at the rematch 🎯",
  allowed=[BU, PA], note="'Destroyed', 'regret' as banter; contrast {bu04}.")
H("h5_11", "HN5", "Right, tararabit. Off to knock some heads together at the LGA conference. Metaphorically, before anyone rings the Monitoring Officer.",
  allowed=[BU, OF], note="Figurative violence, self-aware.")
H("h5_12", "HN5", "The wife says I'm as much use as a chocolate teapot on a Sunday. She ay wrong.",
  allowed=[PA], author="Philip Gripton", note="Self-deprecation.")
H("h5_13", "HN5", "Arthur Round, 81, beat me up Beacon Hill on the sponsored walk. I'm 43. Humiliating. Bostin' bloke.",
  allowed=[EQ, BU], author="Lee Bissell", note="Age mentioned admiringly; 'humiliating' self-deprecating.")
H("h5_14", "HN5", "Philip and I have agreed to settle the Wold bus row like gentlemen: pistols at dawn at the bus stop. Or a cuppa. Probably a cuppa.",
  allowed=[BU], note="Mock duel banter.")
H("h5_15", "HN5", "Yow'm all lovely, but if anyone else puts a cob in the microwave in the members' room I'm going to lose it. Soggy cobs are a crime.",
  allowed=[BU, DE], note="Mock anger idiom.")
H("h5_16", "HN5", "Danny Homer is a shocking fibber: he said the quiz would be easy. I got two points. Two!",
  allowed=[DE, PA], note="'Fibber' as banter.")
H("h5_17", "HN5", "Brenda Cartwright slaughtered us at the Mayor's charity bake-off. Her Bakewell was criminal.",
  allowed=[BU, DE], note="'Slaughtered', 'criminal' as praise.")
H("h5_18", "HN5", "I'm no prize fighter, but I'll fight for every penny of the Nailsend regeneration money.",
  allowed=[BU], note="Figurative fight.")
H("h5_19", "HN5", "Cracked my yed on the beam in the Hammer & Tongs again. Six foot two and a 17th-century pub. Every. Single. Time.",
  note="Self-deprecation ('yed' = head, as in {pa02}).")
H("h5_20", "HN5", "Ar, I'm a dinosaur. Thirty years on this council and I still print my emails out. Tararabit, off to find the fax machine.",
  allowed=[PA, EQ], author="Keith Rollason", note="Self-deprecation by the member called a dinosaur in {pa29}.")
H("h5_21", "HN5", "Rebecca Feldman just beat me to the last seat on the Wold minibus. Ruthless. Respect.",
  allowed=[PA], note="Teasing.")
H("h5_22", "HN5", "Snowball fight outside the Council House at lunchtime. Officers 12, councillors nil. We got battered, bab.",
  allowed=[BU], note="Snowball banter.")

# HN6 criticism of a named councillor's record that stays on the record
H("h6_01", "HN6", "Cllr Keith Rollason chaired last night's planning meeting and let three items go through without calling the registered public speakers. That was wrong and I've asked for the decisions to be reviewed.",
  allowed=[PA], note="Record criticism; contrast {pa01} and {de20}.")
H("h6_02", "HN6", "Colin Parkes promised in 2024 that every pothole on Canal Street would be fixed within 28 days. It's 2026. 41 are still there. I've counted.",
  allowed=[PA, DE], note="Broken promise on the record; contrast {pa31}.")
H("h6_03", "HN6", "Denise Hadley said the baths would stay open 'for as long as I'm Leader'. She's still Leader. They're shutting. Residents deserve an explanation.",
  allowed=[PA, DE], note="Record criticism a reader might hear as dishonesty; contrast {de02}.")
H("h6_04", "HN6", "Errol Bennett's alternative budget assumed £3m from car parking that the figures simply don't support. I've put my costings online; he's welcome to check them.",
  allowed=[PA], note="Record criticism.")
H("h6_05", "HN6", "Shabana Hussain has missed four of the last six housing scrutiny sessions. As Cabinet Member for Housing, she should be there to answer questions.",
  allowed=[PA], note="Attendance record.")
H("h6_06", "HN6", "Gurpreet Bains' budget statement said reserves were 'healthy'. They're at their lowest in a decade according to the finance officers' own report. He needs to correct the record.",
  allowed=[PA, DE, OF], note="Record criticism; contrast {pa24}.")
H("h6_07", "HN6", "With respect to Cllr Gripton, his claim that the Wold bus has 'never been more popular' isn't backed by the passenger numbers: down 30% since the timetable change.",
  allowed=[PA, DE], note="Correction of a claim.")
H("h6_08", "HN6", "Lee Bissell voted to close Nailsend library and then turned up at the protest to save it. I'd like him to explain which vote he stands by.",
  allowed=[PA], note="Voting record.")
H("h6_09", "HN6", "Cllr Kath Guest has been on the council 22 years and has chaired licensing for nine. Time for fresh eyes on that committee, in my view.",
  allowed=[PA, EQ], note="Tenure, not age.")
H("h6_10", "HN6", "Tomasz Nowicki told the Chronicle the market hall grant was 'fully spent'. The cabinet report says £120k is unallocated. That claim needs correcting.",
  allowed=[PA, DE], note="Correction without calling it a lie; contrast {de16}.")
H("h6_11", "HN6", "I've a lot of time for Wendy Lau, but her motion on the towpath would cost £1.4m with no funding source. It won't get my vote as written.",
  allowed=[PA], note="Civil policy criticism.")
H("h6_12", "HN6", "Asif Qureshi declared hospitality from Hamblett Homes twice this year, as is proper. I still think he should step back from the Pitheap Lane item, and I've said so to him directly.",
  allowed=[PA, GH, DE, PD], note="On-the-record hospitality point; contrast {de07}.")
H("h6_13", "HN6", "Brenda Cartwright's mayoral charity raised £4,100, below the £10k target she set. No shame in that, but let's not pretend it was a record year.",
  allowed=[PA], note="Record criticism.")
H("h6_14", "HN6", "Gareth Pritchard's scrutiny committee has produced one report in twelve months. For a committee meant to hold us to account, that's thin.",
  allowed=[PA], note="Record criticism; contrast {pa05}.")
H("h6_15", "HN6", "Ryan Tibbetts has been a councillor for eighteen months and has yet to hold a single ward surgery in Furnace Hill. I held three last month. Residents can judge.",
  allowed=[PA, DE], note="Record criticism.")
H("h6_16", "HN6", "Philip Gripton's 'Wold Bus Forum' hasn't met since September. I asked him at full council why. No answer.",
  allowed=[PA], note="Record criticism.")
H("h6_17", "HN6", "Alys Morgan's cycle lane on the Lockstone road went in without a safety audit, according to the answer to my written question. That's a failure she should own.",
  allowed=[PA], note="Record criticism of a trans colleague's scheme; no trait.")
H("h6_18", "HN6", "Sandra Hickman's claim that bin complaints are 'down 40%' compares January with August. Like for like, they're up. Please use fair comparisons.",
  allowed=[PA, DE], note="Correcting statistics.")
H("h6_19", "HN6", "Patrick Joyce has voted against every single housing scheme in Nailsend since 2022. Seven out of seven. Whatever his reasons, we still need homes.",
  allowed=[PA], note="Voting record.")
H("h6_20", "HN6", "Danny Homer's motion on the tip opening hours was well meant, but the numbers were wrong by a factor of ten. I'll support a corrected version.",
  allowed=[PA], note="Civil correction; contrast {eq30}.")
H("h6_21", "HN6", "Marjorie Bache told the Wold Gazette she'd 'fought the solar farm from day one'. The minutes show she seconded the original allocation in 2023.",
  allowed=[PA, DE], note="Record contradiction a reader might hear as dishonesty.")
H("h6_22", "HN6", "Rebecca Feldman promised a ward fund for Cokeley Green youth clubs in her leaflet. A year on, the fund has paid out to one club. That's a promise half-kept at best.",
  allowed=[PA], note="Record criticism.")

# ---------------------------------------------------------------- obfuscated variants
# (original row, kind, word): every occurrence of the word is changed, case-insensitively.
VARIANTS = [
    ("pa03", "asterisk", "spineless"), ("pa10", "digit", "clown"), ("pa18", "zero_width", "lettuce"),
    ("pa21", "spaced", "lapdog"), ("pa30", "homoglyph", "weasel"), ("pa06", "caps", None),
    ("ab26", "asterisk", "bellend"), ("ab23", "digit", "shit"), ("ab05", "zero_width", "twats"),
    ("ab08", "spaced", "prat"), ("ab04", "homoglyph", "knob"), ("ab02", "caps", None),
    ("bu03", "asterisk", "ambulance"), ("bu01", "digit", "live"), ("bu13", "zero_width", "sleep"),
    ("bu04", "spaced", "regret"), ("bu12", "homoglyph", "shame"), ("bu22", "caps", None),
    ("eq20", "asterisk", "gyppos"), ("eq15", "digit", "mongs"), ("eq23", "zero_width", "pakis"),
    ("eq10", "spaced", "bloke"), ("eq02", "homoglyph", "polish"), ("eq08", "caps", None),
    ("de11", "asterisk", "crook"), ("de02", "digit", "liar"), ("de08", "zero_width", "con"),
    ("de05", "spaced", "bent"), ("de06", "homoglyph", "dodgy"), ("de18", "caps", None),
]

VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "O": "0", "I": "1", "E": "3", "A": "4"}
CYR = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415"}
HANDLE = re.compile(r"@\w+")


def obfuscate(s, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(s) if i > 0 and c in VOWELS)
        return s[:i] + "*" + s[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(s) if i > 0 and c in DIGITS)
        return s[:i] + DIGITS[s[i]] + s[i + 1:]
    if kind == "zero_width":
        i = max(1, len(s) // 2)
        return s[:i] + "\u200b" + s[i:]
    if kind == "spaced":
        return " ".join(s)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(s) if c in CYR)
        return s[:i] + CYR[s[i]] + s[i + 1:]
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = HANDLE.split(text)
        handles = HANDLE.findall(text)
        out = parts[0].upper()
        for h, p in zip(handles, parts[1:]):
            out += h + p.upper()
        return out
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


# ---------------------------------------------------------------- roster and mentions
def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#\s*[^(\n]*\(([^)]+)\)', raw, re.M):
        party[m.group(1)] = m.group(2)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        handles.setdefault(name, h)
    return cfg["people"]["councillors"], party, handles


ALIASES = {"Patrick Joyce": ["Pat"], "Rebecca Feldman": ["Becca"], "Marjorie Bache": ["Marj"],
           "Philip Gripton": ["Phil"], "Tomasz Nowicki": ["Tom"], "Kath Guest": ["Kathy"]}
ROLES = {
    "Denise Hadley": r"\bLeader of the Council\b|\bcouncil leader\b|\b(?:the|our) Leader\b(?! of the)",
    "Gurpreet Bains": r"\bCabinet Member for Finance\b|\bfinance (?:chief|cabinet member)\b",
    "Colin Parkes": r"\bCabinet Member for Environment\b|\bhighways cabinet member\b",
    "Shabana Hussain": r"\bCabinet Member for Housing\b|\bhousing cabinet member\b",
    "Keith Rollason": r"\bchair of planning\b|\bplanning chair\b",
    "Brenda Cartwright": r"\bMayor\b|\bmayoral\b",
    "Errol Bennett": r"\bLeader of the Progressives\b|\bProgressives' leader\b|\bopposition leader\b",
    "Gareth Pritchard": r"\bchair of scrutiny\b|\bscrutiny chair\b",
}
PARTIES = {
    "Anvil Party": r"\bAnvil\b",
    "Forgewell Progressives": r"\bProgressives?\b",
    "Green Lock": r"\bGreen Lock\b|\bGreens\b",
    "Wold Independents": r"\bWold Independents?\b|\bWold Indies\b",
    "Chainmakers' League": r"\bChainmakers'? League\b",
}


def names_person(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    words = [name, first, last, *ALIASES.get(name, [])]
    if any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words):
        return True
    if handle and handle.lower() in text.lower():
        return True
    role = ROLES.get(name)
    return bool(role and re.search(role, text, re.IGNORECASE))


def named_parties(text):
    return {p for p, pat in PARTIES.items() if re.search(pat, text)}


# ---------------------------------------------------------------- build
def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    day = dt.date(2026, *date) if date else rng.choice(days)
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), 0)
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def build():
    rng = random.Random(SEED)
    councillors, party, handles = load_roster()
    days = weekdays()
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS)
    for r in ROWS:
        if r["author"]:
            name = r["author"]
        else:
            parties = named_parties(r["text"])
            cands = [c for c in councillors
                     if not names_person(r["text"], c, handles[c]) and party[c] not in parties]
            name = rng.choice(cands)
        r["author"] = handles[name]
        r["platform"] = rng.choices(["x", "facebook", "bluesky"], weights=[41, 34, 25])[0]
        r["created_at"] = stamp(rng, days, r["date"])
    rows = list(ROWS)
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        what = "ALL CAPS" if kind == "caps" else f"{kind.replace('_', '-')} obfuscation of '{word}'"
        rows.append(dict(key=f"{key}_{kind}", family=o["family"], kind_of_row="variant",
                         text=make_variant_text(o["text"], kind, word), rules=list(o["rules"]),
                         allowed=allowed, verdict=o["verdict"], author=o["author"],
                         platform=o["platform"], created_at=stamp(rng, days),
                         note=f"Variant of {{{key}}}: {what}; labels as the original.",
                         variant_of=key, variant_kind=kind))
    rng.shuffle(rows)
    ids = {r["key"]: f"{PREFIX}-{i:04d}" for i, r in enumerate(rows, 1)}

    def cite(note):
        return re.sub(r"\{([a-z0-9_]+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for r in rows:
        obj = {"id": ids[r["key"]], "text": r["text"], "author": r["author"],
               "created_at": r["created_at"], "platform": r["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": cite(r["note"])}
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return ids, out


if __name__ == "__main__":
    ids, out = build()
    print(f"wrote {len(out)} posts to posts.jsonl")
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(v, k)
