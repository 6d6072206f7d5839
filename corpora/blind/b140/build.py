#!/usr/bin/env python3
"""Build the b140 blind evaluation set (abuse families) for Brackenhaven Borough Council.

Every row below was written by hand. The script only picks authors, platforms and
timestamps (fixed seed), makes the 30 obfuscated variants, shuffles, assigns ids
B140-0001 ... and writes posts.jsonl. Standard library only. Running it twice
gives the same file byte for byte. `python3 build.py --map` also prints key -> id.
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B140"
SEED = 14040

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"
PI = "position.improper-advantage"
PR = "predetermination.closed-mind"
HA = "haste.pause-before-posting"
ME = "meetings.during-meeting"
IN = "interests.declared-interest"

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, author=None, platform=None, date=None):
    ROWS.append(dict(key=key, kind_of_row="positive", family=family, text=text, rules=rules,
                     allowed=allowed, verdict=verdict, note=note, author=author,
                     platform=platform, date=date))


def H(key, tag, text, allowed, note, author=None, platform=None, date=None):
    ROWS.append(dict(key=key, kind_of_row="hard_negative", family="hard_negative", text=text,
                     rules=[], allowed=allowed, verdict="ok", note="[%s] %s" % (tag, note),
                     author=author, platform=platform, date=date))


# ---------------------------------------------------------------- respect.personal-attack
F = PA
P("pa01", F, "Colin Armstrong is a sackless gowk who couldn't run a bath, never mind a group of twelve councillors. Embarrassing for Orebank.",
  [PA], [], "review", "Cumbrian insults without swearing ('sackless' = feeble, 'gowk' = fool) at a named councillor.")
P("pa02", F, "@DerekFearonHP you are a gormless, jumped-up little man and everybody in Orebank knows it. Do one.",
  [PA], [], "review", "Second-person insults at a handle.")
P("pa03", F, "Sandraw lido consultation update. 412 responses so far, which is brilliant for a village our size, and thank you to the Dippers for handing out forms on the prom. I'll be honest though: Tuesday's meeting was hard going. Felix Rowntree is the most pompous, self-satisfied windbag ever to sit in that chamber, and he looks down his nose at anyone who's done a day's graft. Drop-in is Thursday 6-8 at the Sandraw Institute.",
  [PA], [], "review", "Long facebook post; the insult sits in the middle of an ordinary consultation update.")
P("pa04", F, "Watching Joanne Sharpe try to read out her own motion was like watching a chocolate teapot try to mash a brew. Doylem.",
  [PA], [], "review", "'Doylem' (idiot) and a chocolate teapot; 'mash' = brew tea.")
P("pa05", F, "Ian Messenger: lapdog. Sits up, rolls over, begs for a cabinet seat. Woof woof \U0001F436",
  [PA], [], "review", "Lapdog jibe at a named backbencher.")
P("pa06", F, "Congratulations to @GPattinsonHP on his budget speech. Truly the finest mind ever to fail a cycling proficiency test. What a genius \U0001F44F\U0001F44F /s",
  [PA, IR], [], "review", "Mock praise marked /s; the sting is an insult to his intelligence, so both personal-attack and irony are expected.")
P("pa07", F, "The Senior Planning Officer is a smug, arrogant jobsworth who treats every Kelsthwaite resident like something she's trodden in.",
  [PA, OF], [], "review", "Officer attacked by role (Sian Fisher); officers.impartiality expected too.")
P("pa08", F, "Is there a bigger waste of space on this council than Karen Bewley? Useless in the ward, useless in the cabinet, useless full stop.",
  [PA], [], "review", "'Waste of space' at a named cabinet member.")
P("pa09", F, "Stan Hodgson is a revolting, slimy excuse for a man. Vile to the core, and everyone who's ever worked with him says the same. That chain of office has never been so disgraced.",
  [PA], [], "block", "Severe: 'revolting, slimy excuse for a man', 'vile to the core'. Block.")
P("pa10", F, "You're a clown, @ColinArmstrongCA. A clown in a cheap suit with a clipboard. Nobody takes you seriously, not even your own group.",
  [PA], [], "review", "Everyday insult, no swearing.")
P("pa11", F, "That Terry Benn is a proper doylem. Gob like the Haven Yard foghorn and nowt between the ears. Give ower, marra.",
  [PA], [], "review", "Dialect insults ('doylem', 'nowt between the ears'); 'marra' used with contempt here, fondly in the hard negatives.")
P("pa12", F, "Two-faced snake. Smiles at you over a pint in the Shovel & Lamp then knifes you in group. You know who you are, @KellyFongHP.",
  [PA], [HA], "review", "'Two-faced snake' at a handle; 'knifes you' is figurative. Haste allowed for the pint.")
P("pa13", F, "Lorraine Dixon chairing planning is like letting a toddler drive a bin wagon. Thick as mince and twice as pleased with herself.",
  [PA], [], "review", "'Thick as mince' at the chair of planning.")
P("pa14", F, "Neil Casson, Head of Waste, is an incompetent buffoon who couldn't organise a bin round in a cul-de-sac. Time he went.",
  [PA, OF], [], "review", "Named officer insulted; officers expected.")
P("pa15", F, "Graham Pattinson is a pathetic little weasel. Always has been, since school. Ask anyone who sat next to him.",
  [PA], [], "review", "'Pathetic little weasel'.")
P("pa16", F, "Steelby day centre: the carers, the families and the folk who use it packed the public gallery last night and they were magnificent. Twenty-two speakers, not one of them rude. And Karen Bewley sat there stony-faced through the lot, the cold, heartless, brainless creature that she is, and didn't have the decency to look a single carer in the eye. The call-in is on the 12th. Petition at example.org/steelbyday, please share.",
  [PA], [], "review", "Long facebook post with the insult in the middle; compare HN1 {h1_08} on the same closure.")
P("pa17", F, "@MoiraTysonHP Leader? You couldn't lead a conga at a Harriers do. Absolute lightweight, out of your depth since day one.",
  [PA], [], "review", "Mockery of the Leader at her handle.")
P("pa18", F, "Derek Fearon looks like he got dressed in the dark in a charity shop and talks like he's reading the back of a cornflake packet. Tragic, man.",
  [PA], [], "review", "Mockery of appearance and manner.")
P("pa19", F, "Joanne Sharpe is the most despicable, rotten human being I've come across in thirty years of public life. A disgrace to this coast. I'd not spit on her if she was on fire.",
  [PA], [BU], "block", "Severe; 'wouldn't spit on her if she was on fire' is an idiom of contempt rather than a threat, so bullying is only allowed.")
P("pa20", F, "Felix Rowntree = soggy lettuce in a Barbour jacket. Wet as Gowder Beck in February and about as much use.",
  [PA], [], "review", "'Wet lettuce' insult with local colour.")
P("pa21", F, "What a nasty, spiteful little man @IanMessengerHP is. Ask anyone in Sandraw who's ever needed him.",
  [PA], [], "review", "'Nasty, spiteful little man'.")
P("pa22", F, "Hannah Birkett, our Head of Comms, is a useless, patronising airhead. Every press release from @BrackenhavenBC reads like a nursery newsletter.",
  [PA, OF], [], "review", "Named officer insulted; officers expected.")
P("pa23", F, "@coastlass82 you're a sad, bitter nobody with far too much time on your hands. Get a life and get off my timeline.",
  [PA], [], "review", "A member of the public by handle: code 1.1 covers the public too.")
P("pa24", F, "Eleanor Hine is a sanctimonious, preachy bore. Every speech is a sermon and every sermon is about her.",
  [PA], [], "review", "Nothing in the text touches her being trans; equality not expected. Compare {eq14} and {eq15}.")
P("pa25", F, "The opposition leader is a spineless ditherer who'd sell his own granny for a front page in the Haven Herald.",
  [PA], [], "review", "Identifiable by role (Colin Armstrong).")
P("pa26", F, "Some people on this council are as thick as two short planks. Won't say who. Starts with M, sits in the Leader's chair \U0001F914",
  [PA], [IR], "review", "Coy, but identifiable by initial and role (Moira Tyson), so personal-attack is expected.")
P("pa27", F, "Aye, Wilf Dalzell, champion of the fells. Champion of nowt, more like. Sackless, idle and forever greetin' about his own ewes.",
  [PA], [IR], "review", "Mock title then insults; nothing about his age.")

# ---------------------------------------------------------------- respect.abusive-language
F = AB
P("ab01", F, "The new bin app is an absolute pile of shite. Third week running it's told Orebank it's blue bin day when it's green. Sort it out.",
  [AB], [], "review", "Obscenity at a thing (the bin app); compare HN1 {h1_12}.")
P("ab02", F, "CoastClear are a bunch of useless fucking cowboys. Ropewalk bins not emptied for three weeks and nobody answers the phone.",
  [AB], [PA], "review", "Obscenity at a company; personal-attack allowed.")
P("ab03", F, "Colin Armstrong is a massive prick. There, I said it.",
  [AB, PA], [], "review", "Obscenity at a named person.")
P("ab04", F, "What a load of bollocks that Harbour Quarter 'consultation' was. Decided before a single form went out.",
  [AB], [], "review", "Obscenity at a consultation.")
P("ab05", F, "@GPattinsonHP you absolute bellend. Two million on consultants for the Harbour Quarter and Orebank baths roof still leaking into the deep end.",
  [AB, PA], [], "review", "Obscene insult at a handle.")
P("ab06", F, "Coast road update, for those who've asked. I drove Sandraw to Steelby this morning with the highways map on the passenger seat and counted 61 marked defects in under five miles. Sixty-one. The state of that road is a fucking disgrace, an absolute shitshow, and whoever signed off last year's 'resurfacing' wants their arse kicking from here to Hagg Pike. I've asked for the contract file and a site meeting. Report potholes at example.org/potholes.",
  [AB], [PA, BU], "review", "Long facebook post, swearing in the middle; 'whoever' is unnamed, so personal-attack and the figurative kicking only allowed.")
P("ab07", F, "Derek Fearon is a cunt. A lazy, lying cunt.",
  [AB, PA], [DE], "block", "The c-word at a named person: block. 'Lying' allows defamation.")
P("ab08", F, "Piss-poor. That's the only word for this budget. Piss. Poor.",
  [AB], [], "review", "Mildest row: crude rather than obscene, at a budget.")
P("ab09", F, "Shut Steelby day centre so the cabinet can have a shiny marina. Fuck the lot of them.",
  [AB], [PA], "review", "Obscenity at the cabinet as a body.")
P("ab10", F, "Hallgarth Homes can shove their 'affordable' flats up their arse. Nobody on a Yard wage can afford \u00a3240k.",
  [AB], [PA], "review", "Crude obscenity at a developer.")
P("ab11", F, "Twat of the week goes to @KarenBewleyHP for evicting the Ropewalk Court allotments on a bank holiday weekend.",
  [AB, PA], [], "review", "Obscene label at a handle.")
P("ab12", F, "Harriers' new pitch drains like a bastard sponge. Whoever designed it wants shooting. Council money, again.",
  [AB], [PA, BU], "review", "Swearing at a pitch; 'wants shooting' is an idiom, bullying allowed.")
P("ab13", F, "Pissing down again and still nobody's cleared the Kelsthwaite gullies. Fucking shambles, the whole shitty lot of it.",
  [AB], [], "review", "Obscenity at a service.")
P("ab14", F, "Joanne Sharpe you are a sanctimonious twat and your motion was utter wank.",
  [AB, PA], [], "review", "Obscenity at a named person and her motion.")
P("ab15", F, "Our Mayor is a pompous knobhead in a gold necklace. Somebody had to say it.",
  [AB, PA], [], "review", "Obscene insult at the Mayor by role (Stan Hodgson).")
P("ab16", F, "Mark Huddart's planning department couldn't find its own arse with both hands and a torch. Fucking hopeless, the lot of them.",
  [AB, OF], [PA], "review", "Obscenity at a department led by a named officer; officers expected, personal-attack allowed.")
P("ab17", F, "Ey up marras. Fellview Hotel contract renewed AGAIN without a vote. Absolute shite governance. Bollocks to that.",
  [AB], [], "review", "Obscenity at governance; nothing about the hotel's residents. Compare HN1 {h1_11}.")
P("ab18", F, "@Orebank_Dave stop talking shite about the pit museum, you've never once set foot in it.",
  [AB], [PA], "review", "Obscenity at what a resident says; personal-attack allowed.")
P("ab19", F, "To the arseholes who voted to shut Steelby day centre: I hope you rot, you heartless bastards, every last one of you.",
  [AB], [PA, BU], "block", "Severe: obscenity and 'I hope you rot' at the members who voted. Block.")
P("ab20", F, "Mafting in the chamber again. Heating on full blast in March. Who's paying for this shite? Us, that's who.",
  [AB], [ME], "review", "'Mafting' = too hot. Obscenity at a cost; meetings allowed as it may be posted from the chamber.")
P("ab21", F, "Green Shore are a bunch of wankers in cagoules. Total wankers.",
  [AB], [PA], "review", "Obscenity at a party.")
P("ab22", F, "shit council, shit Leader, shit roads. #Brackenhaven",
  [AB, PA], [], "review", "Obscenity at the council and at the Leader by role.")
P("ab23", F, "Honestly @FelixRowntreeGS get to fuck with your 'parking is a climate choice' bollocks.",
  [AB, PA], [], "review", "'Get to fuck' at a handle.")
P("ab24", F, "Sandraw lido: a correction, because the Herald has made a mess of it. The lido is NOT closing this summer. The council has agreed a one-year lease with the Dippers and the pool opens on the late May bank holiday as normal. Whoever wrote Saturday's piece churned out a steaming pile of shite and couldn't be arsed to ring a single councillor first. The decision notice is on the council website and I'm happy to answer questions here.",
  [AB], [PA], "review", "Long facebook correction with the obscenity in the middle, at an unnamed reporter.")
P("ab25", F, "Kelsthwaite library hours cut again. Bollocks. Absolute bollocks.",
  [AB], [], "review", "Short obscenity at a decision.")
P("ab26", F, "Divn't give a shite what the gadgee from Hallgarth says, them houses on Pitbrow Lane are a pile of crap.",
  [AB], [PA, PR], "review", "Dialect ('gadgee' = man); obscenity at houses and what a developer's man said. Predetermination allowed (a planning scheme).")
P("ab27", F, "Moira Tyson, you are a vile, poisonous, two-faced bitch and this coast can't wait to see the back of you.",
  [AB, PA], [EQ], "block", "Severe gendered obscenity at the Leader: block; equality allowed for 'bitch'.")

# ---------------------------------------------------------------- bullying.intimidation
F = BU
P("bu01", F, "@ColinArmstrongCA keep slagging off my ward and I'll bray you into next week. Not a joke.",
  [BU], [PA], "block", "[explicit] 'Bray' = beat. Compare HN5 {h5_01} (the Harriers got brayed).")
P("bu02", F, "Somebody wants to give Derek Fearon a proper hiding round the back of the Shovel & Lamp. I'll happily hold their coats.",
  [BU], [PA], "block", "[explicit] Incitement to a beating.")
P("bu03", F, "I know where you live, @FelixRowntreeGS. Sandraw's a small place. Think on.",
  [BU], [], "block", "[explicit] The textbook phrase.")
P("bu04", F, "If Sian Fisher recommends approval on Pitbrow Lane again I'll be waiting for her in the Civic Hall car park to sort her out myself.",
  [BU, OF], [PA, PR], "block", "[explicit] Threat to a named planning officer over a recommendation; officers expected, predetermination allowed.")
P("bu05", F, "Harbour Quarter vote on Thursday. I've sat through four years of this scheme and I know the figures better than most. So let me be very clear to Graham Pattinson: if you push this through on Thursday you will regret it, and I will personally make sure the rest of your time on this council is a misery. Every meeting. Every ward. The public gallery opens at 5.30 and there'll be tea in the foyer. Come along.",
  [BU], [PA], "block", "[explicit] Long facebook post; 'you will regret it' in the middle of a meeting notice.")
P("bu06", F, "To whoever reported me to the Monitoring Officer: I will find out who you are, and you will wish you'd kept your mouth shut.",
  [BU], [PA], "block", "[explicit] Threat against a complainant.")
P("bu07", F, "Joanne Sharpe wants chucking off the harbour wall and I'd be first in the queue to do the chucking.",
  [BU], [PA], "block", "[explicit] Violence, with the poster volunteering.")
P("bu08", F, "Touch Orebank baths, @KarenBewleyHP, and I will make your life hell. Every day. Every meeting. Every door you knock on.",
  [BU], [PA], "block", "[explicit] 'Make your life hell'.")
P("bu09", F, "Terry Benn, say that about my family again and I'll put your teeth through the back of your head.",
  [BU], [PA], "block", "[explicit] Threat of violence.")
P("bu10", F, "Nice house you've got on Fellgate Road, @MoiraTysonHP. Be a shame if anything happened to those lovely big windows.",
  [BU], [PA, DP], "block", "[veiled] Home street plus damage insinuated; data protection allowed for the street.")
P("bu11", F, "Funny how accidents happen on the coast road after dark. Just saying, Lorraine Dixon. Drive safe \U0001F609",
  [BU], [PA], "block", "[veiled] Accident insinuation.")
P("bu12", F, "Wilf Dalzell's got a lot of sheep up on Gowder Fell. Be a terrible shame if a gate got left open. Lot of gates up there.",
  [BU], [], "block", "[veiled] Threat to a hill farmer's flock.")
P("bu13", F, "@MarekZCA you know what happens to people who cross me? Ask around Steelby. Then keep your head down.",
  [BU], [PA], "block", "[veiled] 'You know what happens'. Nothing about his being Polish.")
P("bu14", F, "I've a long memory and a longer list, Daniel Osei. Your name's on it now. Sleep well, marra.",
  [BU], [], "block", "[veiled] The list and 'sleep well'; compare HN5 {h5_19}.")
P("bu15", F, "Our complainant from Kelsthwaite might want to remember whose ward she lives in, and who signs off her disabled facilities grant.",
  [BU], [PI, DP], "block", "[veiled] Threat to a complainant through council powers; improper advantage and data protection (a health-related grant) allowed.")
P("bu16", F, "Morning Mr Tweddle. Lovely lass, your daughter. Sandraw High, isn't it? Think carefully about what goes in Thursday's report.",
  [BU, OF], [DP], "block", "[veiled] The s151 officer's child and her school, tied to his report; officers expected, data protection allowed.")
P("bu17", F, "Kelly Fong's pharmacy has an awful lot of glass at the front. Just an observation \U0001F9F1",
  [BU], [EQ], "block", "[veiled] Brick emoji at a family business; equality allowed for the undertone.")
P("bu18", F, "The Point employs a lot of folk, Shona. Your husband included. I'd think very hard before seconding that motion.",
  [BU], [PI, PA], "block", "[veiled] A spouse's job used as leverage over a vote.")
P("bu19", F, "Everyone pack the gallery on Thursday and slow-handclap Ruth Glaister every time she opens her mouth. Let's see how long she lasts.",
  [BU], [PA], "block", "[pressure] Organised humiliation; nothing about her wheelchair, so equality is not allowed.")
P("bu20", F, "Withdraw your complaint by Friday, Eleanor, or every member of my group votes against every single thing your ward asks for until May 2027.",
  [BU], [PI], "block", "[pressure] Coercion of a complainant with votes.")
P("bu21", F, "Got the video of Ross Kirkbride losing his words at scrutiny. 400 views already. Share it everywhere, let's make him famous \U0001F602",
  [BU], [EQ, PA], "block", "[pressure] Spreading a humiliating clip; equality allowed as readers may know he is autistic (HN4 {h4_08}).")
P("bu22", F, "Here's @JeanTubmanFI's council email. Fill her inbox till she resigns: jean.tubman@example.org",
  [BU], [DP], "block", "[pressure] Pile-on to force a resignation; a councillor's council address is public, so data protection only allowed.")
P("bu23", F, "A message for the witnesses in the Ropewalk Court standards case: think carefully about whether you still want that housing transfer this year.",
  [BU], [PI], "block", "[pressure] Threat to witnesses through housing decisions.")
P("bu24", F, "Kelsthwaite school crossing. Three years of petitions, two near misses, one lollipop lady doing the job of a traffic light. The vote to fund the signals failed by ONE vote last night. So here's what's going to happen: every one of you ring Levi Boswell at home on 07700 900583, 7am every morning, until he changes his vote. Don't stop till he cracks. Then come to the school gate on Friday at 3 and show the kids we're on their side.",
  [BU], [DP, SC], "block", "[pressure] Long facebook post; the pile-on with a home number sits in the middle. Data protection and credentials (another's private number) allowed.")
P("bu25", F, "Tagging the Coast Alliance lot who voted with the Leader: @JoSharpeCA @DanOseiCA @RowenaSantosCA. Make sure they feel it, folks. Door-knocks, emails, the lot. Every day.",
  [BU], [PA], "block", "[pressure] A directed campaign of pressure at three members.")
P("bu26", F, "Let's all turn our backs on the Mayor at the Apple Fair and boo him off the stage. Make him feel as small as he is.",
  [BU], [PA], "block", "[pressure] Organised public humiliation of the Mayor.")
P("bu27", F, "Officers who keep writing reports against the Harbour Quarter should remember budget-setting is next month and restructures happen. Just a thought for the planning team.",
  [BU, OF], [], "block", "[pressure] Jobs threatened to change officers' advice.", date="2026-01-21")

# ---------------------------------------------------------------- equality.discrimination
F = EQ
P("eq01", F, "Went to the Point's jobs fair at Steelby Civic Hall today. Good turnout, good stands, and the apprenticeships look decent. But I'll say what half the queue was saying: the Point should be hiring local lads, not busloads of Romanians who can't speak a word of English and send every penny home. Brackenhaven jobs for Brackenhaven folk. Next fair's in May. Bring your CV and your bait box.",
  [EQ], [], "block", "[explicit; race] Long facebook post; the attack on Romanians sits between two ordinary paragraphs. HN3 {h3_04} and HN2 {h2_15} answer the same claim.")
P("eq02", F, "Marek Zielinski should go back to Poland and take his vote with him. Steelby doesn't need a foreigner telling us how to run things.",
  [EQ, PA], [], "block", "[explicit; race] National origin; compare HN4 {h4_04}.")
P("eq03", F, "Funny how Daniel Osei always finds a way to bring up his 'heritage'. Some of us have been on this coast five generations. Some of us actually belong here.",
  [EQ, PA], [], "block", "[coded; race] 'Some of us belong here' at a Black councillor; no group word.")
P("eq04", F, "Gyppos back on the Gowder Bridge site again. Lock up your quad bikes and your dogs, Kelsthwaite.",
  [EQ, AB], [], "block", "[explicit; race] Slur and theft trope at Gypsies and Travellers; abusive expected for the slur.")
P("eq05", F, "Levi Boswell on licensing? Handy for his cousins' scrap yard. Somebody count the lead on Kelsthwaite church roof.",
  [EQ, PA], [DE], "block", "[coded; race] The Gypsy theft trope at a Romany councillor (HN4 {h4_10}); defamation allowed.")
P("eq06", F, "The Steelby Islamic Centre extension must be stopped. We don't want more mosques breeding extremists on our coast. Muslims have no place here.",
  [EQ], [PR], "block", "[explicit; religion or belief] Predetermination allowed (a planning matter). Compare HN3 {h3_02}.")
P("eq07", F, "Samira Akhtar says she 'represents all of Steelby'. With that thing on her head? We all know where her loyalties lie.",
  [EQ, PA], [], "block", "[coded; religion or belief] The hijab and the loyalty trope, without naming the faith; HN4 {h4_27} is her own post.")
P("eq08", F, "Miriam Adler on the finance committee. Well, they do say her lot are good with money. Keep an eye on the Coast Fund, folks \U0001F440",
  [EQ, PA], [DE], "block", "[coded; religion or belief] Antisemitic money trope with no group word; HN2 {h2_17} condemns the same trope.")
P("eq09", F, "Priya Raghunathan can keep her cow-worshipping nonsense and her Diwali lights off the Harbour railings. This is a Christian country.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Anti-Hindu; compare HN3 {h3_22}.")
P("eq10", F, "Women shouldn't chair planning. Too emotional, too easily led. Lorraine Dixon proves it every single month.",
  [EQ, PA], [], "block", "[explicit; sex] HN2 {h2_22} quotes the same line to condemn it.")
P("eq11", F, "Shona pet, leave the finance to the men and get back to what you're good at \U0001F485",
  [EQ, PA], [], "block", "[coded; sex] Patronising sexism, no slur.")
P("eq12", F, "Aaron Steele flouncing round the chamber in his rainbow lanyard. Nobody elected him to push his gay agenda on our kids. Keep it in the bedroom, lad.",
  [EQ, PA], [], "block", "[explicit; sexual orientation] Compare HN4 {h4_13} and HN5 {h5_06} (dialect 'gay' = very).")
P("eq13", F, "Kelsthwaite library's spring events list is out and most of it is lovely: the Apple Fair history talk, the knitting club, Lego Saturdays. But drag story time? Really? Keep those people away from our children. You all know exactly what they're after and why they want to get in front of five-year-olds. Not in Kelsthwaite. Otherwise the knitting club is on Wednesdays at 10 and they'd love new members.",
  [EQ], [], "block", "[coded; sexual orientation] Long facebook post; the grooming slur sits in the middle. Some would tag gender reassignment. HN3 {h3_06} answers it.")
P("eq14", F, "Eleanor Hine is a bloke in a frock and I will never call him anything else. Men don't become women by filling in a form.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Misgendering a trans councillor; HN2 {h2_09} condemns the phrase.")
P("eq15", F, "Eleanor Hine lecturing us about women's safety in the Sandraw lido changing rooms? Rich, coming from 'her' \U0001F644",
  [EQ, PA], [], "block", "[coded; gender reassignment] Scare quotes do the work; HN3 {h3_03} is the civil version of the debate.")
P("eq16", F, "Ruth Glaister should stick to the disabled bays and leave the real work to folk who can get round the ward. Cripples can't do doorsteps.",
  [EQ, PA, AB], [], "block", "[explicit; disability] Slur at a wheelchair user; abusive expected for the slur.")
P("eq17", F, "Ross Kirkbride being 'special' again at scrutiny. Rocking in his chair, no eye contact, can't cope with a simple question. Someone fetch his carer.",
  [EQ, PA], [], "block", "[coded; disability] Mocks autistic traits without naming autism (HN4 {h4_08}).")
P("eq18", F, "Why are we spending a fortune on Steelby day centre for a bunch of retards who don't even know what day it is?",
  [EQ, AB], [], "block", "[explicit; disability] Slur at people with learning disabilities.")
P("eq19", F, "Careful what you say to Felix, he might have another of his 'episodes' and need a month off with his nerves. Fit to be a councillor? Don't make me laugh.",
  [EQ, PA], [DP], "block", "[coded; disability] Mental health used to mock and disqualify; data protection allowed (health).")
P("eq20", F, "Wilf Dalzell is 83 and half deaf. Past it. Old fossils like him want putting out to pasture with his sheep, not deciding our kids' future.",
  [EQ, PA], [], "block", "[explicit; age] Age and deafness; tagged age. HN4 {h4_05} is Wilf on himself.")
P("eq21", F, "Aaron Steele's first proper job was getting elected. Some of us were down the pit at his age. Come back when you've started shaving, son.",
  [EQ, PA], [], "block", "[coded; age] Youth used to dismiss; no age given. Some would read a put-down about experience.")
P("eq22", F, "Shona McAlees is about to drop a sprog and swan off on maternity for six months. Why should Kelsthwaite pay a councillor to sit at home breastfeeding? Stand down now.",
  [EQ, PA], [], "block", "[explicit; pregnancy and maternity] HN4 {h4_07} is Shona's own post; HN3 {h3_05} the civil debate.")
P("eq23", F, "Jean Tubman keeps calling her civil partner her 'wife'. It's not a marriage and never will be, and people like her shouldn't be on the family services panel.",
  [EQ, PA], [], "block", "[explicit; marriage and civil partnership] Some would tag sexual orientation. HN4 {h4_09}.")
P("eq24", F, "The Fellview Hotel's new 'guests' are hanging round the Sandraw Co-op in designer trainers on our money. Not one of them's from round here and not one's a real refugee. You know what they are.",
  [EQ], [], "block", "[coded; race] Asylum seekers as a group, by insinuation; HN1 {h1_11} criticises the same contract properly, HN3 {h3_01} busts the money myth.")
P("eq25", F, "Half the nurses at the West Coast Infirmary can barely speak English. Filipinos and Indians everywhere you look. No wonder my mam can't understand a word on the ward.",
  [EQ], [], "block", "[explicit; race] HN3 {h3_08} and HN2 {h2_24} are the nearest hard negatives.")
P("eq26", F, "Kelly Fong running the food hygiene review? Do we get a discount on the cat at her uncle's takeaway? \U0001F408\U0001F961",
  [EQ, PA], [DE], "block", "[coded; race] The 'cat in the takeaway' slur at a British Chinese councillor, only through emoji and context.")
P("eq27", F, "Daniel Osei should go back to Africa if he hates Britain so much.",
  [EQ, PA], [], "block", "[explicit; race] HN2 {h2_04} is Daniel quoting the same line.")

# ---------------------------------------------------------------- defamation.allegation
F = DE
P("de01", F, "Graham Pattinson is a liar. He told the Ropewalk Court tenants the new lifts were funded. They never were.",
  [DE, PA], [], "review", "'Liar' at a named person with a claimed fact.")
P("de02", F, "Lorraine Dixon took \u00a35,000 off Hallgarth Homes before the Pitbrow Lane vote. Cash, in a Co-op carrier bag, in the Shovel & Lamp car park. I was there.",
  [DE], [PA, PR], "block", "A specific bribe stated as fact: block.")
P("de03", F, "Funny how Hallgarth Homes always gets its way in Kelsthwaite. Somebody's palm is very well greased, and it isn't mine \U0001F911",
  [DE], [PA, IR], "review", "Bribery in idiom; the company is identifiable, the councillor by implication.")
P("de04", F, "Derek Fearon has his snout so deep in the CoastClear trough he can't see daylight. Bought and paid for.",
  [DE, PA], [], "review", "Corruption in idiom ('snout in the trough', 'bought and paid for').")
P("de05", F, "Our s151 officer Richard Tweddle moved \u00a3180,000 out of the harbour reserve into a company his brother runs. That's theft, plain and simple.",
  [DE, OF], [PA], "block", "Theft by a named officer stated as fact; officers expected.")
P("de06", F, "Colin Armstrong is a crook. Always has been, always will be.",
  [DE, PA], [], "review", "'Crook' at a named person.")
P("de07", F, "Stan Hodgson was done for drink-driving in November and the police made it go away because he's the Mayor. Everyone at Steelby nick knows.",
  [DE], [PA, HA], "block", "A crime and a cover-up stated as fact; haste allowed for the drink word.")
P("de08", F, "Coast Fund grants for 2025/26 were published on Friday and I've been through every line. Most of it is good news: the Orebank pit museum roof, the Sandraw Dippers' hut, two apprentice bursaries. But it's no coincidence that three of the grants went to businesses owned by Karen Bewley's family. She sat on the panel, declared nothing and waved them through. That is corruption and I've reported it to the police. Full list at example.org/coastfund.",
  [DE], [PA, IN], "block", "Long facebook post; a specific allegation of corrupt conduct in the middle.")
P("de09", F, "Moira Tyson has told more porkies than a Cumberland sausage factory. Never believe a word she says.",
  [DE, PA], [], "review", "'Porkies' (pork pies = lies) in a joke.")
P("de10", F, "Fellside Homes are a bunch of crooks. They take the service charge every month and do nowt.",
  [DE], [PA], "review", "'Crooks' at an organisation; compare HN1 {h1_07} on the same landlord.")
P("de11", F, "CoastClear's directors have been billing the council for bin rounds that never ran. \u00a3400k of fake invoices. That's fraud.",
  [DE], [PA], "block", "Specific fraud stated as fact.")
P("de12", F, "Ian Messenger? Bent as a butcher's hook, that one.",
  [DE, PA], [EQ], "review", "'Bent' = corrupt; equality allowed as the word is also a homophobic slur.")
P("de13", F, "Chored. That's the word for it. Somebody chored the Apple Fair takings and we all know who was holding the tin. Ask Terry Benn.",
  [DE], [PA], "review", "'Chored' = stole (Cumbrian). Theft by insinuation at an identifiable person.")
P("de14", F, "Jean Tubman filled in the postal votes for half of Gowder House care home. I watched her do it.",
  [DE], [PA], "block", "Electoral fraud stated as witnessed fact.")
P("de15", F, "The Harbour Party are a pack of liars and cheats. Every leaflet they put out is a lie.",
  [DE], [PA], "review", "At a party; compare HN1 {h1_23}.")
P("de16", F, "Daniel Osei's 'community interest company' is a money-laundering front. Follow the money.",
  [DE], [PA], "block", "A named crime stated as fact.")
P("de17", F, "Trevor Iredale in licensing is on the take from the Harbour Bar owners: free drinks and a brown envelope every Christmas, and their licence review never happens.",
  [DE, OF], [PA, HA], "block", "Bribery of a named officer with particulars; 'on the take' is idiom but the particulars make it a stated crime.")
P("de18", F, "Kelly Fong fiddled her expenses. Twice. Ask to see her mileage claims for last January.",
  [DE], [PA], "block", "Expenses fraud stated as fact, with particulars.")
P("de19", F, "Felix Rowntree lies like other people breathe. Not one word of his lido 'costings' is true and he knows it.",
  [DE, PA], [], "review", "Dishonesty, no crime. HN6 {h6_09} criticises the same costings on the record.")
P("de20", F, "Wilf Dalzell's farm got \u00a360k from the Coast Fund for a 'visitor centre' that's a shed full of quad bikes. He sat on the panel. That's fraud.",
  [DE], [PA], "block", "Grant fraud stated as fact.")
P("de21", F, "A certain cabinet member's son-in-law just landed the Harbour Quarter landscaping contract. No tender. Nothing to see here \U0001F648",
  [DE], [PA, IR], "review", "Innuendo at an identifiable small group (cabinet members).")
P("de22", F, "Joanne Sharpe is a fraud and a fantasist. She never did half the things on her leaflet.",
  [DE, PA], [], "review", "'Fraud' as name-calling.")
P("de23", F, "Alison Carrick, our Chief Executive, had the Fellview Hotel contract papers shredded the day after the FOI request came in. That's destroying evidence.",
  [DE, OF], [PA], "block", "Destruction of records stated as fact about a named officer.")
P("de24", F, "Hallgarth Homes are cowboys and con merchants. Half of Orebank's been done out of their deposits by them.",
  [DE], [PA], "review", "Dishonesty in idiom at a company.")
P("de25", F, "The Harbour Bar is a drugs den and the licensing committee know it full well. Shut it down.",
  [DE], [PA], "block", "Criminal activity at a business stated as fact, with committee complicity implied.")
P("de26", F, "Orebank baths: thank you to the 2,300 people who signed the petition and to the lifeguards who collected signatures in their own time. We handed it in at full council on Wednesday. I'll say this plainly because Orebank deserves the truth: Colin Armstrong lied through his teeth to the residents' association in January, told them to their faces he'd fight for the baths, and then voted to shut them. Next step: the call-in on the 3rd.",
  [DE, PA], [], "review", "Long facebook post; 'lied through his teeth' in the middle. HN6 {h6_01} makes a similar point without the charge of lying.")
P("de27", F, "Graham Pattinson's been cooking the books for years. That Coast Fund 'underspend' is sitting in somebody's pocket.",
  [DE], [PA], "review", "Fraud in idiom ('cooking the books'), no particulars.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, decision, party, company, council
H("h1_01", "HN1", "The Harbour Quarter scheme is a shambles from top to bottom. \u00a32m on consultants and not one new job in Brackenhaven. The cabinet should be ashamed of it.",
  [], "A scheme and the cabinet as decision-maker; robust, civil.")
H("h1_02", "HN1", "CoastClear's performance this winter has been dire. 14% of Orebank collections missed in January. The contract needs re-tendering, full stop.",
  [], "A contractor's performance with figures; compare {ab02}.")
H("h1_03", "HN1", "Cutting Kelsthwaite library to three days a week is short-sighted, mean-spirited and wrong. We'll be calling it in.",
  [], "Harsh words at a decision; compare {ab25}.")
H("h1_04", "HN1", "This budget is a disgrace. It guts the fells bus, freezes the hardship fund and spends a fortune on a marina nobody asked for.",
  [], "'Disgrace' at a budget; compare {ab08}.")
H("h1_05", "HN1", "Hallgarth Homes have built some of the worst houses on this coast. Damp walls, cracked render, gardens like a bog. Buyers deserve better.",
  [DE], "A developer's build quality; defamation allowed for the factual claims.")
H("h1_06", "HN1", "The Coast Alliance's alternative budget is fantasy economics. Numbers pulled out of thin air and not a single costed line.",
  [], "At a party's budget.")
H("h1_07", "HN1", "Fellside Homes is failing its tenants. Mould reports at Ropewalk Court up 40%, repairs taking months. I've reported them to the Housing Ombudsman today.",
  [], "A landlord reported on the record; compare {de10}.")
H("h1_08", "HN1", "Shutting Steelby day centre to save \u00a390k while the marina overspends by \u00a31.2m is the worst decision this council has made in a decade. Shameful.",
  [], "'Shameful' at a decision; same closure as {pa16} and {ab19}.")
H("h1_09", "HN1", "Absolute dog's dinner of a parking strategy. Charge Sandraw beach users \u00a38 a day and then wonder why the chippy's empty.",
  [], "Idiom at a strategy.")
H("h1_10", "HN1", "The Harbour Party's record on the coast road is pathetic. Twelve years, two resurfacing promises, zero resurfacing.",
  [PA], "'Pathetic' at a party's record; compare {ab06}.")
H("h1_11", "HN1", "The Fellview Hotel contract. I've been asked why I'm angry about it, so here goes. The way it was handled is a scandal: no consultation, no briefing for Sandraw's ward members, no plan for GP registrations, no extra school places. None of that is the fault of the people living in the hotel, who have been nothing but polite neighbours, and anyone using this post to have a go at them will be blocked. My anger is with the Home Office contractor and our cabinet.",
  [], "Long facebook post on the same contract as {eq24} and {ab17}; the anger is at the handling.")
H("h1_12", "HN1", "The new bin app is rubbish. Genuinely rubbish. It crashes, it lies about collection dates and it cost \u00a3140k.",
  [], "'It lies' about an app; compare {ab01}.")
H("h1_13", "HN1", "Green Shore's lido plan is naive nonsense that would bankrupt the leisure budget in three years.",
  [], "At a party's plan.")
H("h1_14", "HN1", "The council's handling of the Pitbrow Lane consultation has been cack-handed from start to finish. Letters went to the wrong streets twice.",
  [], "'Cack-handed' is clumsy, not obscene; about process, not the merits.")
H("h1_15", "HN1", "The Marras' Union wants to renationalise the buses from a district council budget. Pie in the sky, marra.",
  [], "At a party's policy, with dialect.")
H("h1_16", "HN1", "Haven Marine moving apprentice training down south is a kick in the teeth for Steelby. Bad decision, badly explained.",
  [], "A company's decision.")
H("h1_17", "HN1", "This council's complaints process is a joke. Eleven weeks to acknowledge a letter about a blocked drain.",
  [], "At the council's process.")
H("h1_18", "HN1", "The administration has turned the Coast Fund into a slush fund for pet projects. Every grant this year went to wards it holds.",
  [DE], "'Slush fund' may be heard as misconduct; defamation allowed. Compare {de08}.")
H("h1_19", "HN1", "Scrapping free parking for fell rescue volunteers is a cheap, stupid decision and it will cost lives on Hagg Pike one day.",
  [], "'Stupid decision'.")
H("h1_20", "HN1", "The scrutiny report on the marina reads like it was written by the marina's own PR team. Toothless.",
  [OF], "At a report; officers allowed.")
H("h1_21", "HN1", "The cabinet's plan to sell Orebank miners' welfare hall is heartless. That hall was built with pitmen's pennies.",
  [], "'Heartless' at a plan; compare {pa16}.")
H("h1_22", "HN1", "West Coast Buses have axed the 30 after 6pm and Kelsthwaite folk are stranded. Dreadful company, dreadful decision.",
  [PA], "'Dreadful company'.")
H("h1_23", "HN1", "Harbour Party leaflet claims they 'saved' Sandraw lido. They voted to close it in 2024. Check the minutes.",
  [DE], "Correcting a party's claim without calling it a lie; compare {de15}.")
H("h1_24", "HN1", "The leisure contract with FitCoast is a rip-off. \u00a330 a month for a gym with no working showers.",
  [DE], "'Rip-off' at a price.")
H("h1_25", "HN1", "This year's council tax rise is brutal for pensioners on the coast. 4.99% on top of everything else. Heartless.",
  [], "Pensioners mentioned neutrally.")
H("h1_26", "HN1", "The new 'Coast Pride' branding cost \u00a338k and looks like clip art. Embarrassing waste of money.",
  [], "At spending.")
H("h1_27", "HN1", "The consultation on the Steelby Islamic Centre car park was a mess. Residents weren't told and neither was the centre. Both deserve better from planning.",
  [OF, PR], "Process criticism on a faith building's application; compare {eq06}.")
H("h1_28", "HN1", "Shameful that the Harbour Quarter board still meets behind closed doors. Open it up or shut it down.",
  [], "At a board's secrecy.")

# ---------------------------------------------------------------- HN2 counter-speech, quoting abuse to condemn it
H("h2_01", "HN2", "Someone sprayed 'Poles go home' on the Polish Saturday school door in Steelby last night. Whoever did it: you don't speak for this town. Scrubbed off this morning with two of the dads.",
  [EQ], "Quotes a racist slogan to condemn it.")
H("h2_02", "HN2", "I've been called a 'dyke' twice this week on here. I'm not hiding and I'm not resigning. Block button's warm.",
  [EQ, AB], "Jean Tubman quoting abuse aimed at her.", author="@JeanTubmanFI")
H("h2_03", "HN2", "To the man who shouted 'cripple' at Ruth Glaister outside the Co-op: that's a hate incident and it's been reported. Ruth has more guts than you'll ever have.",
  [EQ, AB, PA], "Quotes the slur of {eq16} to condemn it; 'more guts than you' is mild.")
H("h2_04", "HN2", "Lovely email this morning telling me to 'go back to Africa'. I was born in the West Coast Infirmary, pal. Reported.",
  [EQ], "Daniel Osei quoting {eq27}-style abuse.", author="@DanOseiCA")
H("h2_05", "HN2", "'Gyppos' is a slur. Putting it in a planning objection doesn't make it polite. I've asked for the Gowder Bridge objections that use it to be set aside.",
  [EQ, AB], "Names the slur of {eq04} to condemn it.")
H("h2_06", "HN2", "Comments calling the Fellview Hotel residents 'rats' and 'invaders' are being deleted from this page. Argue about the contract all you like. Dehumanising people is not debate.",
  [EQ], "Quotes dehumanising words to remove them.")
H("h2_07", "HN2", "Whoever wrote 'I know where you live' on my surgery poster: I'm not scared, and the police have the CCTV.",
  [BU], "Quotes the threat of {bu03} as its target.")
H("h2_08", "HN2", "A member of the public called our Senior Planning Officer a 'useless cow' at the Pitbrow Lane drop-in. Disagree with the report by all means. Don't abuse the people who write it.",
  [PA, OF], "Defends an officer against a quoted insult.")
H("h2_09", "HN2", "The phrase 'bloke in a frock' has turned up in three emails to @EleanorHineGS this month. It's cruel and it's cowardly. Solidarity, Eleanor.",
  [EQ], "Quotes {eq14}'s phrase to condemn it.")
H("h2_10", "HN2", "Told I'm 'too old and past it' for asking about the fell bus. I'm 83 and I've outlasted every one of my critics so far. Still here, still asking.",
  [EQ], "Wilf Dalzell quoting ageist abuse aimed at him.", author="@WilfDalzellFI")
H("h2_11", "HN2", "Someone stuck a 'Muslims out' sticker on the Steelby Islamic Centre noticeboard. Not in our name. Tea and biscuits at the centre on Saturday, all welcome.",
  [EQ], "Quotes the sticker to condemn it.")
H("h2_12", "HN2", "No, it's not 'just banter' to call a lad a 'poof' on the Harriers touchline. We asked the club to act and they have.",
  [EQ, AB], "Quotes a homophobic slur to condemn it.")
H("h2_13", "HN2", "Someone told Shona McAlees yesterday she should 'stay home and breastfeed' instead of chairing. Pregnant women are allowed to do their jobs. Sexist nonsense.",
  [EQ], "Condemns {eq22}-style abuse.")
H("h2_14", "HN2", "I've had a 'retard' comment about Steelby day centre users on my page. It's gone, and so is the commenter. Those folk are our neighbours.",
  [EQ, AB], "Quotes the slur of {eq18} to condemn it.")
H("h2_15", "HN2", "The 'Romanians taking local jobs' leaflet going round Orebank is wrong. The Point recruited locally first and the figures are public.",
  [EQ], "Rebuts the claim in {eq01}.")
H("h2_16", "HN2", "Troll on here calls me 'Kung Flu Kelly'. Seven years of handing out prescriptions through a pandemic for this coast. Bye.",
  [EQ], "Kelly Fong quoting a racist nickname aimed at her.", author="@KellyFongHP")
H("h2_17", "HN2", "'Jews and their money': a comment under my Coast Fund post. Deleted, reported, and I'll say it plainly: antisemitism has no home on this page.",
  [EQ], "Quotes the trope of {eq08} to condemn it.")
H("h2_18", "HN2", "Someone posted that Levi Boswell's family should 'count the silverware' before he visits. That's an old, ugly trope about Gypsies and it's disgusting.",
  [EQ, DE], "Condemns the trope of {eq05}.")
H("h2_19", "HN2", "If your reply to a post about the lido is 'go fuck yourself', I'm not engaging. Try again with an argument.",
  [AB], "Quotes an obscenity to refuse it.")
H("h2_20", "HN2", "A councillor calling a resident 'a thick gadgee' in a meeting isn't acceptable from any party, including mine. I've said so to my group.",
  [PA], "Condemns an insult.")
H("h2_21", "HN2", "We've reported the 'you'll regret this' messages sent to Kelsthwaite planning officers. Lobby, object, campaign. Never threaten.",
  [BU, OF], "Quotes the phrase of {bu05} to condemn it.")
H("h2_22", "HN2", "'Women can't chair planning.' Said to my face, in 2026, by a grown man at the Apple Fair. Lorraine's chaired it perfectly well for four years.",
  [EQ], "Quotes {eq10} to condemn it.", author="@JoSharpeCA")
H("h2_23", "HN2", "Got told my 'sort shouldn't be near kids' for reading at library story time. I'm gay, I'm a councillor and I'm reading The Gruffalo on Saturday. Come along.",
  [EQ], "Aaron Steele quoting homophobic abuse aimed at him.", author="@AaronSteeleCA")
H("h2_24", "HN2", "Anyone calling the Filipino nurses at the Infirmary 'foreigners who can't speak English' should spend a night on Ward 7. They kept my dad alive.",
  [EQ], "Counter-speech to {eq25}.")
H("h2_25", "HN2", "'Mong' is not a word we use on this page. Not about Ross, not about anyone.",
  [EQ, AB], "Quotes a disability slur to ban it.")
H("h2_26", "HN2", "The graffiti on the harbour wall calling the Mayor a 'c***' has been painted over. Criticise the man at the ballot box.",
  [AB, PA], "Quotes a censored obscenity to condemn it.")
H("h2_27", "HN2", "Threats to 'torch' Hallgarth's site cabin are criminal and stupid. Oppose the scheme through the planning process.",
  [BU], "Condemns a quoted threat.")
H("h2_28", "HN2", "I won't repeat what was shouted at the lasses in hijabs at Sandraw bus stop. I will say this: we see you, you belong here, and the police have the footage.",
  [EQ], "Counter-speech without quoting; 'you belong here' answers {eq03}.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate
H("h3_01", "HN3", "Myth: asylum seekers at the Fellview Hotel get \u00a3300 a week. Fact: where meals are provided it's under \u00a310 a week. Happy to share the Home Office figures.",
  [], "Myth-busting; compare {eq24}.")
H("h3_02", "HN3", "I'm not against the Steelby Islamic Centre extension. I do have concerns about parking on Furnace Street, and I'll raise them at committee with an open mind.",
  [PR, EQ], "Denied prejudice and predisposition on a planning matter.")
H("h3_03", "HN3", "There's a fair debate to be had about single-sex changing at Sandraw lido. It should be had respectfully, with trans residents in the room, not about them.",
  [EQ], "Civil debate on {eq15}'s topic.")
H("h3_04", "HN3", "No, Polish and Romanian workers aren't 'taking' jobs at the Point. Unemployment in Steelby is at a 20-year low. Let's talk about wages instead.",
  [EQ], "Myth-busting; compare {eq01}.")
H("h3_05", "HN3", "Should councillors get parental leave? Yes. There's no legal right to it for us at the moment, and that keeps young mums out of local politics. I'll be moving a motion.",
  [], "Civil debate on pregnancy and maternity.")
H("h3_06", "HN3", "Drag story time is a reading session for families who choose to go. If you don't want to, don't. Nobody's children are being 'recruited' into anything.",
  [EQ], "Answers {eq13}.")
H("h3_07", "HN3", "The Gowder Bridge transit site is council-run, licensed and inspected. Crime around it is no higher than Kelsthwaite's average; the police have confirmed it.",
  [], "Myth-busting about a Traveller site.")
H("h3_08", "HN3", "I'm not saying the Filipino nurses shouldn't be here. They're the backbone of the Infirmary. I'm saying the NHS should fund the language support it promised them.",
  [EQ], "Denied prejudice that is genuinely not prejudice.")
H("h3_09", "HN3", "Is it ageist to ask whether councillors over 80 should stand? I think it is, if the question is about the age and not the work. Judge people by their casework.",
  [EQ], "Civil debate on age.")
H("h3_10", "HN3", "Yes, the Equality Impact Assessment for the day centre matters. It's a legal duty, not 'woke box-ticking'.",
  [], "Quotes a dismissive phrase to answer it.")
H("h3_11", "HN3", "'Reverse racism' in the Point's apprenticeship scheme? No. It's open to every school leaver on this coast; the outreach days just go to more schools now.",
  [EQ], "Myth-busting.")
H("h3_12", "HN3", "A few people have asked whether Ramadan will change bin days in Steelby. It won't. Collections are as normal. Ramadan Mubarak to everyone observing.",
  [], "Neutral answer on a faith topic.", date="2026-02-18")
H("h3_13", "HN3", "We can disagree about how many Traveller pitches the district needs without words like 'invasion'. I'll vote on the evidence.",
  [EQ], "Civil debate; quotes a loaded word to reject it.")
H("h3_14", "HN3", "Respectful debate, please, on the rainbow crossing. Cost: \u00a34,200 from the events budget, not potholes. You can think it's a waste without being hateful.",
  [], "Civil debate on a sexual orientation topic.")
H("h3_15", "HN3", "I'm not homophobic. I just don't think the council should fly any flag except the Union flag and the borough flag. That goes for every flag, every month.",
  [EQ], "Denied prejudice with a neutral reason; some would doubt it.")
H("h3_16", "HN3", "Myth-busting: Steelby day centre isn't 'full of people from out of area'. 92% of users live in the borough.",
  [], "Myth-busting about disabled users.")
H("h3_17", "HN3", "Disabled bays at the harbour car park: most enforcement complaints are about cars with no badge at all, not badge holders 'faking it'. Let's not go there.",
  [EQ], "Myth-busting about disability.")
H("h3_18", "HN3", "Of course faith groups can hire Orebank welfare hall. So can atheists, quiz teams and the Harriers supporters' club. Same rates for all.",
  [], "Religion or belief, neutral.")
H("h3_19", "HN3", "Asked at full council whether women-only swims at Orebank baths discriminate against men. Legal's answer: no, the Equality Act allows them. Fine by me.",
  [], "Civil debate on sex.")
H("h3_20", "HN3", "'They don't integrate.' I hear it about the Romanian families on the Ropewalk estate. Their kids play for the Harriers U11s and the mams run the school tuck shop. Come and meet them.",
  [EQ], "Quotes a trope to rebut it.")
H("h3_21", "HN3", "I'm not against immigration. I'm against a Home Office that puts people in a hotel on a coast with no buses and no GP capacity. Those are different things.",
  [EQ], "Denied prejudice; policy criticism.")
H("h3_22", "HN3", "Good debate at scrutiny on whether the Diwali lights on the harbour railings should come out of the events budget. Civil, funny in places, and settled: they should.",
  [], "Compare {eq09}.")
H("h3_23", "HN3", "A resident asked whether Jewish councillors should declare an interest on Middle East motions. No. Faith isn't a registrable interest, and the question leans on an old slur.",
  [EQ], "Answers an antisemitic premise.")
H("h3_24", "HN3", "Should 16-year-olds vote in council elections? I lean yes. @WilfDalzellFI leans no. Both are decent positions and we had a good natter about it.",
  [], "Civil debate on age; names a councillor kindly.")
H("h3_25", "HN3", "Autism isn't a reason someone 'can't cope' with committee. Reasonable adjustments, like written questions and breaks, are in our constitution for a reason.",
  [EQ], "Answers {eq17}'s framing.")
H("h3_26", "HN3", "The 'they get council houses first' line about refugees keeps coming up. Allocations go by need and local connection. Nobody jumps the queue by nationality.",
  [EQ], "Myth-busting.")
H("h3_27", "HN3", "Can we talk about the 19% gender pay gap at Haven Marine without it turning into men versus women? The gap is the issue, not the lads on the tools.",
  [], "Civil debate on sex.")
H("h3_28", "HN3", "I'm not anti-mosque, anti-church or anti-anything. Every application for a place of worship is judged on the same planning policies.",
  [PR], "Denied prejudice, general.")

# ---------------------------------------------------------------- HN4 neutral or positive mentions, self-description, reclaimed terms
H("h4_01", "HN4", "I use a wheelchair, I've chaired three committees and I still can't reach the top shelf in the members' room. Small ask, @BrackenhavenBC \U0001F604",
  [], "Ruth Glaister on herself.", author="@RuthGlaisterCA")
H("h4_02", "HN4", "Two years as the first openly trans councillor on this coast. Still boring everyone about bus timetables. Wouldn't change it.",
  [], "Eleanor Hine on herself.", author="@EleanorHineGS")
H("h4_03", "HN4", "Ghana's Independence Day, and Dad's flag is up in the window on Ropewalk Steps again. Akwaaba from Brackenhaven \U0001F1EC\U0001F1ED",
  [], "Daniel Osei on his family.", author="@DanOseiCA", date="2026-03-06")
H("h4_04", "HN4", "Came to work at the Point in 2006 from Gda\u0144sk, met my wife in the Harriers bar, never left. Steelby is home.",
  [], "Marek Zielinski on himself.", author="@MarekZCA")
H("h4_05", "HN4", "I'm 83, I still lamb my own ewes, and I'll be at the fell bus meeting on Thursday. Bring your own biscuits.",
  [], "Wilf Dalzell on himself.", author="@WilfDalzellFI")
H("h4_06", "HN4", "Ramadan Mubarak to everyone in Steelby starting their fast this week \U0001F319 The Islamic Centre's open iftar is on Sunday. All welcome, bring an appetite.",
  [], "Samira Akhtar.", author="@SamiraAkhtarGS", date="2026-02-18")
H("h4_07", "HN4", "30 weeks pregnant and the chamber stairs are a proper fell walk now \U0001F930 Thanks to everyone who moved my committee to the ground floor.",
  [], "Shona McAlees on herself.", author="@ShonaMcAleesCA")
H("h4_08", "HN4", "Autistic and on the council. Yes, I'll wear the ear defenders in full council. No, I'm not being rude, it's the PA system.",
  [], "Ross Kirkbride on himself.", author="@RossKirkbrideFI")
H("h4_09", "HN4", "Me and my wife marked ten years of our civil partnership with tatie pot at the Shovel & Lamp. Ten years of her putting up with me.",
  [], "Jean Tubman on herself.", author="@JeanTubmanFI")
H("h4_10", "HN4", "Romany and proud. My grandad drove a vardo over Gowder Fell every summer. I'm giving a talk on Gypsy history at Kelsthwaite library next week, come along.",
  [EQ], "Levi Boswell on himself; equality allowed for the group word.", author="@LeviBoswellInd")
H("h4_11", "HN4", "Happy Lunar New Year from our family to Brackenhaven \U0001F9E7 Mum's dumplings are legendary, so the pharmacy shuts at 4 today.",
  [], "Kelly Fong.", author="@KellyFongHP", date="2026-02-17")
H("h4_12", "HN4", "Holocaust Memorial Day at the harbour memorial. My great-grandmother's name was read out. Thank you, Brackenhaven, for standing with us.",
  [], "Miriam Adler.", author="@MiriamAdlerMU", date="2026-01-27")
H("h4_13", "HN4", "Aye, I'm queer, I'm from Orebank and I'm on the council. All three still surprise my nana.",
  [EQ], "Aaron Steele; reclaimed 'queer'.", author="@AaronSteeleCA")
H("h4_14", "HN4", "Mabuhay! The Filipino nurses' ceilidh at Sandraw Institute raised \u00a31,900 for the Infirmary children's ward. Best pancit on the coast.",
  [], "Rowena Santos.", author="@RowenaSantosCA")
H("h4_15", "HN4", "Thank you to the Hindu Cultural Society for the Holi colours on Harbour Green. My sari will never be the same and I don't mind one bit.",
  [], "Priya Raghunathan.", author="@PriyaRHP", date="2026-03-09")
H("h4_16", "HN4", "Steelby Deaf Club has started BSL classes for councillors. I'm terrible. My sign for 'bin' apparently means 'goat'.",
  [], "Deafness, neutral; self-deprecating.")
H("h4_17", "HN4", "Lovely visit to the over-80s lunch club at Kelsthwaite Methodist. One lady is 101 and still beats everyone at dominoes.",
  [], "Age, positive.")
H("h4_18", "HN4", "Yesterday, for International Women's Day, we unveiled the plaque to the Haven Yard women welders of 1942. Their granddaughters were there to see it.",
  [], "Sex, positive.", date="2026-03-09")
H("h4_19", "HN4", "The new Changing Places toilet at Sandraw beach is open: hoist, bench, space for two carers. Disabled folk deserve a day at the seaside too.",
  [], "Disability, positive.")
H("h4_20", "HN4", "Pride on the Harbour is back in June and the Harriers have asked to march again. Gay, straight, bi, trans or just fond of a parade: get your name down.",
  [], "Sexual orientation and gender reassignment, positive.")
H("h4_21", "HN4", "Well done to the Steelby Islamic Centre youth club for the beach clean at Sandraw. Forty bags of rubbish. Grand lads and lasses.",
  [], "Religion, positive.")
H("h4_22", "HN4", "Welcome to the Polish Saturday school's new head. Forty kids in Steelby learning their grandparents' language every week.",
  [], "National origin, positive.")
H("h4_23", "HN4", "New mums' group at Orebank library, Tuesdays at 10. Prams welcome, crying welcome, the tea's on us.",
  [], "Maternity, neutral.")
H("h4_24", "HN4", "Black, Cumbrian, and fed up of being asked which one I 'really' am. Both, marra. Both.",
  [EQ], "Daniel Osei on himself.", author="@DanOseiCA")
H("h4_25", "HN4", "The Point's new apprentice intake: Romanian, Polish and Cumbrian lads and lasses in the same cohort. Best intake in years, says the training manager.",
  [], "National origin, positive; compare {eq01}.")
H("h4_26", "HN4", "Old gadgees' walking group off up Hagg Pike on Saturday. Average age 74. Pace: glacial. Banter: excellent.",
  [EQ], "Age, fond; dialect 'gadgee'.")
H("h4_27", "HN4", "I wear a hijab, I support the Harriers and I have opinions on the Harbour Quarter. All three at once, somehow \U0001F604",
  [], "Samira Akhtar on herself; compare {eq07}.", author="@SamiraAkhtarGS")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", "HN5", "The Harriers got absolutely brayed 42-6 at the weekend. Brutal. Heads up, lads, it's a long season.",
  [BU], "'Brayed' = beaten at rugby; compare {bu01}.")
H("h5_02", "HN5", "Mafting in these robes. If I keel over during the civic service, somebody save the biscuits.",
  [], "'Mafting' = too hot; the Mayor on himself; compare {ab20}.", author="@MayorStanH")
H("h5_03", "HN5", "Me? A doylem? Only on Mondays, and whenever I try to use the bin app \U0001F643",
  [PA], "Self-deprecation with the insult of {pa04}.")
H("h5_04", "HN5", "Our Wilf murdered the quiz at the Shovel & Lamp last night. Knows every Harriers score since 1962.",
  [BU, HA], "'Murdered' the quiz; a pub.")
H("h5_05", "HN5", "That budget meeting was a bloodbath. Four hours, 31 amendments, and not a biscuit left standing.",
  [BU], "Figurative violence.")
H("h5_06", "HN5", "It's gay cold up Gowder Fell this morning, marras. Gritter's out. Wrap up.",
  [EQ], "Cumbrian 'gay' = very; equality allowed for a tool that misreads it.")
H("h5_07", "HN5", "Aye, I'm a sackless gowk when it comes to spreadsheets. Thank heavens for our finance officers.",
  [PA], "Self-deprecation with the insults of {pa01}.")
H("h5_08", "HN5", "Give over, @TerryBennMU, you big daft lump \U0001F602 Happy 60th, marra. First pint's on me.",
  [PA, HA], "Birthday banter at a councillor.")
H("h5_09", "HN5", "I'd kill for a bacon butty after that licensing hearing.",
  [BU], "Idiom.")
H("h5_10", "HN5", "Colin Armstrong and I will settle the Harbour Quarter row the old way: tug of war at the Apple Fair. He's going down \U0001F4AA",
  [BU, PA], "Cross-party banter by the Deputy Leader.", author="@GPattinsonHP")
H("h5_11", "HN5", "Gurning contest at the Kelsthwaite Apple Fair: I came fourth. Judges said my face was 'not ugly enough'. Devastated.",
  [], "Self-deprecation.")
H("h5_12", "HN5", "Knackered, soaked and covered in clarty mud from the beck clean-up. Best Saturday in ages.",
  [HA], "'Clarty' = muddy; tiredness word.")
H("h5_13", "HN5", "The Yard foghorn could wake the dead. It nearly woke group meeting at 8am.",
  [], "Idiom.")
H("h5_14", "HN5", "Off to get my head kicked in at five-a-side by lads half my age. Pray for my knees.",
  [BU], "Figurative, self-deprecating.", author="@ColinArmstrongCA")
H("h5_15", "HN5", "Derek Fearon's tatie pot at the charity bake-off was a crime against Cumbrian cooking. I had seconds anyway.",
  [DE, PA], "'Crime' as a joke; compare {pa18}.")
H("h5_16", "HN5", "And that's the Harbour Quarter debate kicked into the long grass. Again.",
  [], "Idiom.")
H("h5_17", "HN5", "Ruth Glaister absolutely destroyed me at the charity quiz. Never felt so thick in my life. Rematch at Easter.",
  [BU, PA], "Banter; compare {bu19}.")
H("h5_18", "HN5", "Bit of a dinosaur, me. Still print my agenda papers and read them with a highlighter and a mash of tea.",
  [EQ], "Self-deprecation about age.", author="@TerryBennMU")
H("h5_19", "HN5", "You're all mad, swimming in the sea in January. Sandraw Dippers, I salute you from the warm car. Sleep well tonight, you've earned it.",
  [PA], "Banter; shares 'sleep well' with {bu14}.")
H("h5_20", "HN5", "Proper scrow in my car after the fell rescue fundraiser. Seven wet dogs and a sheep-shaped cake.",
  [], "'Scrow' = mess.")
H("h5_21", "HN5", "Nowt so queer as folk. Sandraw voted for the lido and against the car park you need to reach it. Love this place.",
  [EQ], "Idiom; 'queer' = strange.")
H("h5_22", "HN5", "If the Harriers lose to Steelby Town again I'm emigrating. Or at least moving to Orebank.",
  [], "Banter.")
H("h5_23", "HN5", "Shot myself in the foot there: wrong date for Kelsthwaite surgery. It's Friday at 10, not Thursday. Sorry, marras.",
  [BU], "Idiom.")
H("h5_24", "HN5", "The Mayor and I have a truce on the great rum butter debate. For now. Pistols at dawn if he says shop-bought is fine again.",
  [BU], "Banter with the Mayor.")
H("h5_25", "HN5", "Lal lad in Orebank asked if I was 'the boss of the bins'. Honestly, son, nobody is the boss of the bins. Not even the bin app.",
  [], "'Lal' = little.")
H("h5_26", "HN5", "Cabinet away day: flip charts, trust falls, and Graham Pattinson nearly flattening me in the egg-and-spoon. Ruthless competitor, that man.",
  [PA, BU], "Banter by a cabinet colleague.", author="@KarenBewleyHP")
H("h5_27", "HN5", "Having a barney with the printer again. It's winning. Send help and toner.",
  [], "Idiom.")

# ---------------------------------------------------------------- HN6 criticism of a named councillor's record
H("h6_01", "HN6", "Moira Tyson promised in 2024 that Orebank baths would stay open. This month her cabinet voted to close them. Residents deserve an explanation.",
  [DE], "A broken promise set out on the record; compare {de26}.")
H("h6_02", "HN6", "Graham Pattinson's budget relies on \u00a33.1m of asset sales that haven't been identified. That's a big gap, and he should publish the list.",
  [], "Budget record.")
H("h6_03", "HN6", "Derek Fearon has missed 9 of the last 14 environment scrutiny sessions. Orebank deserves a cabinet member who turns up.",
  [PA], "Attendance record.")
H("h6_04", "HN6", "Lorraine Dixon voted for the Pitbrow Lane site allocation in 2023 and now says she always had doubts. Which is it?",
  [DE], "Inconsistency on the record.")
H("h6_05", "HN6", "Colin Armstrong's group has opposed every budget for six years without once tabling a costed alternative. That's not opposition, it's commentary.",
  [], "Record of a group leader.")
H("h6_06", "HN6", "Karen Bewley's housing strategy promised 400 affordable homes by 2026. We're at 112. The numbers speak for themselves.",
  [], "Record against a target.")
H("h6_07", "HN6", "Ian Messenger voted against the Sandraw sea defence money twice. He now claims credit for the new wall on his leaflets. The minutes are on the council website.",
  [DE], "Claims versus minutes, no 'liar'.")
H("h6_08", "HN6", "Stan Hodgson has used the Mayor's car for 46 engagements this year, up from 19. I've asked for the list. It may all be legitimate; let's see.",
  [DE], "Questions use of resources without alleging misuse.")
H("h6_09", "HN6", "Felix Rowntree's lido costings assumed 90,000 visits a year. The busiest year on record was 31,000. I don't think his plan stands up.",
  [], "The same costings as {de19}, on the record.")
H("h6_10", "HN6", "Joanne Sharpe chaired the working group that recommended cutting Kelsthwaite library to three days. She now leads the campaign against it. I welcome the change of heart, but it is a change.",
  [], "Record of a U-turn.")
H("h6_11", "HN6", "A long one, sorry. I've gone through Wilf Dalzell's votes on the fell bus since 2022. He voted to cut the subsidy in 2022 and 2024, abstained in 2025, and has now put out a leaflet saying he 'fought for' the route. I'm sure Wilf believes he did his best for Gowder Fellside, and he's served that ward well for many years, but the votes are what they are and the minutes are public. Judge for yourselves, and come to the bus meeting on Thursday.",
  [DE], "Long facebook post; record criticism all the way through.")
H("h6_12", "HN6", "Terry Benn has put in zero written questions in three years. For an opposition councillor, that's remarkable.",
  [], "Record.")
H("h6_13", "HN6", "Miriam Adler's amendment to the Coast Fund rules would have shut out every business outside Brackenhaven town. Fellside traders rightly kicked up a fuss.",
  [], "Record of a Jewish councillor on money, with no trope; compare {eq08}.")
H("h6_14", "HN6", "Aaron Steele's night bus motion was well-meaning but uncosted. I'll back it if he comes back with numbers.",
  [], "Record of the youngest member, with no age.")
H("h6_15", "HN6", "Moira Tyson told full council the marina was 'on budget'. The quarterly report shows a \u00a31.2m overspend. I'd ask her to correct the record.",
  [DE], "Asks for a correction rather than calling her a liar; compare {de09}.")
H("h6_16", "HN6", "Samira Akhtar voted against the Furnace Street parking scheme she campaigned for. She's explained why in her newsletter. I don't find her reasons convincing.",
  [], "Record of a Muslim councillor, no trope.")
H("h6_17", "HN6", "Daniel Osei's claim that Ropewalk has 'the worst roads in the borough' isn't backed by the highways survey. Ropewalk ranks 5th of 7.",
  [DE], "Corrects a claim.")
H("h6_18", "HN6", "Levi Boswell has declared an interest and left the room on licensing three times this year. That's what the code requires, and it's also three Kelsthwaite items without their member's voice.",
  [], "Record; compare {eq05}.")
H("h6_19", "HN6", "Ross Kirkbride's scrutiny report on CoastClear was thorough and fair, but he backed off the key recommendation in committee. Why?",
  [], "Record of the autistic member, fairly put.")
H("h6_20", "HN6", "Eleanor Hine's Green Shore group wants 20mph on every road in Sandraw. I think that's wrong for the coast road and I'll say so at committee.",
  [], "Record of a trans councillor's policy, no trait.")
H("h6_21", "HN6", "Kelly Fong's record as chair of regulatory: 3 food hygiene prosecutions in 4 years, down from 17. Fewer problems or fewer inspections?",
  [], "Record as a question; compare {eq26}.")
H("h6_22", "HN6", "Shona McAlees promised a ward surgery every week in Kelsthwaite. There have been four since May. Residents have noticed.",
  [], "Record of the pregnant member, nothing about pregnancy.")
H("h6_23", "HN6", "Rowena Santos has spoken in full council twice in two years. Rowena, Harbour ward wants to hear from you.",
  [], "Record.")
H("h6_24", "HN6", "Marek Zielinski backed the Point's expansion in 2021 and voted against the road improvements it needs in 2025. I can't square those two votes.",
  [], "Record of the Polish-born member.")
H("h6_25", "HN6", "Jean Tubman's planning committee attendance is 61%, the lowest of any member. Gowder Fellside deserves better.",
  [], "Record.")
H("h6_26", "HN6", "Graham Pattinson signed off the CoastClear contract extension without a scrutiny review. The contract has failed. That's on him.",
  [PA], "Responsibility assigned on the record.")
H("h6_27", "HN6", "Priya Raghunathan's health scrutiny report on Infirmary waits was excellent. A shame the cabinet she sits in ignored every recommendation.",
  [], "Praise and record criticism.")

# ---------------------------------------------------------------- variants: (original, kind, word)
VARIANTS = [
    ("pa01", "asterisk", "gowk"), ("pa10", "digit", "clown"), ("pa05", "zero_width", "lapdog"),
    ("pa15", "spaced", "weasel"), ("pa11", "homoglyph", "doylem"), ("pa17", "caps", None),
    ("ab01", "asterisk", "shite"), ("ab03", "digit", "prick"), ("ab14", "zero_width", "twat"),
    ("ab15", "spaced", "knobhead"), ("ab21", "homoglyph", "wankers"), ("ab25", "caps", None),
    ("bu01", "asterisk", "bray"), ("bu03", "digit", "live"), ("bu07", "zero_width", "chucking"),
    ("bu05", "spaced", "regret"), ("bu10", "homoglyph", "shame"), ("bu08", "caps", None),
    ("eq16", "asterisk", "Cripples"), ("eq18", "digit", "retards"), ("eq04", "zero_width", "Gyppos"),
    ("eq02", "spaced", "foreigner"), ("eq06", "homoglyph", "mosques"), ("eq14", "caps", None),
    ("de22", "asterisk", "fraud"), ("de12", "digit", "bent"), ("de06", "zero_width", "crook"),
    ("de19", "spaced", "lies"), ("de15", "homoglyph", "liars"), ("de04", "caps", None),
]

VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "O": "0", "I": "1", "E": "3", "A": "4", "S": "5"}
HOMO = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440",
        "O": "\u041e", "E": "\u0415", "A": "\u0410", "C": "\u0421", "P": "\u0420"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(w) if i > 0 and c in VOWELS)
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(w) if i > 0 and c in DIGITS)
        return w[:i] + DIGITS[w[i]] + w[i + 1:]
    if kind == "zero_width":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(w) if c in HOMO)
        return w[:i] + HOMO[w[i]] + w[i + 1:]
    raise ValueError(kind)


KEEP = re.compile(r"(@\w+|\S+@\S+\.\w+|\w+\.(?:org|com|net)/\S*)")


def make_variant(text, kind, word):
    if kind == "caps":
        parts = KEEP.split(text)
        return "".join(p if KEEP.fullmatch(p) else p.upper() for p in parts)
    pat = re.compile(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate_word(m.group(0), kind), text)


# ---------------------------------------------------------------- who a post names
ALIASES = {"Joanne Sharpe": ["Jo Sharpe"], "Daniel Osei": ["Dan Osei"]}
ROLES = [
    (r"\bLeader\b(?! of the Coast)", "Moira Tyson"),
    (r"Deputy Leader|Cabinet Member for Finance", "Graham Pattinson"),
    (r"\bMayor\b", "Stan Hodgson"),
    (r"chair(?:ing|s)? (?:of )?planning|planning chair", "Lorraine Dixon"),
    (r"Cabinet Member for Housing", "Karen Bewley"),
    (r"Cabinet Member for Environment", "Derek Fearon"),
    (r"opposition leader|Leader of the Coast Alliance", "Colin Armstrong"),
    (r"Senior Planning Officer", "Sian Fisher"),
    (r"Chief Executive", "Alison Carrick"),
    (r"s151 officer", "Richard Tweddle"),
    (r"Head of Comms|Head of Communications", "Hannah Birkett"),
    (r"Head of Waste", "Neil Casson"),
    (r"Monitoring Officer", "Gillian Mossop"),
]
PARTY_WORDS = {
    "Harbour Party": [r"Harbour Party", r"\bcabinet\b", r"\bCabinet\b", r"the administration"],
    "Coast Alliance": [r"Coast Alliance"],
    "Green Shore": [r"Green Shore"],
    "Fellside Independents": [r"Fellside Independents"],
    "Marras' Union": [r"Marras' Union"],
}


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        data = tomllib.load(f)
    people = data["people"]
    handles = people["handles"]
    # party of each councillor from the roster comment "(Party)"
    party = {}
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*"([^"]+)",\s*#[^(]*\(([^)]+)\)', line)
            if m and m.group(1) in people["councillors"]:
                party[m.group(1)] = m.group(2)
    assert set(party) == set(people["councillors"]), "every councillor needs a (Party) comment"
    return people["councillors"], people["officers"], handles, party


def named(text, persons, handles):
    out = set()
    by_person = {}
    for h, p in handles.items():
        by_person.setdefault(p, []).append(h)
    for p in persons:
        first, last = p.split(" ", 1)
        pats = [re.escape(p), r"\b%s\b" % re.escape(first), r"\b%s\b" % re.escape(last)]
        pats += [re.escape(a) for a in ALIASES.get(p, [])]
        pats += [re.escape(h) + r"\b" for h in by_person.get(p, [])]
        if any(re.search(x, text) for x in pats):
            out.add(p)
    for rx, p in ROLES:
        if re.search(rx, text, re.IGNORECASE if rx.islower() else 0):
            out.add(p)
    return out


def parties_named(text):
    return {party for party, pats in PARTY_WORDS.items() if any(re.search(x, text) for x in pats)}


# ---------------------------------------------------------------- assembly
START = datetime.date(2026, 1, 12)
END = datetime.date(2026, 3, 27)


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    d = datetime.date.fromisoformat(date) if date else rng.choice(days)
    h = rng.randint(8, 18)
    m = rng.randint(0, 59)
    return "%sT%02d:%02d:00+00:00" % (d.isoformat(), h, m)


def build():
    rng = random.Random(SEED)
    councillors, officers, handles, party = load_council()
    handle_of = {}
    for h, p in handles.items():
        if p in councillors and p not in handle_of:
            handle_of[p] = h
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    targets_of_author = {h: set() for h in handle_of.values()}
    by_key = {}
    for r in ROWS:
        text = r["text"]
        names = named(text, councillors + officers, handles)
        pnamed = parties_named(text)
        if r["author"]:
            author = r["author"]
        else:
            pool = []
            for p in councillors:
                if p in names or party.get(p) in pnamed:
                    continue
                h = handle_of[p]
                if r["kind_of_row"] == "positive" and targets_of_author[h] & names:
                    continue
                pool.append(h)
            author = rng.choice(pool)
        if r["kind_of_row"] == "positive":
            targets_of_author[author] |= names
        if r["platform"]:
            platform = r["platform"]
        elif len(text) > 280:
            platform = "facebook"
        else:
            platform = rng.choice(["x", "x", "facebook", "bluesky", "bluesky", "facebook", "x"])
        r["_author"], r["_platform"] = author, platform
        r["_created"] = stamp(rng, days, r["date"])
        by_key[r["key"]] = r
    out = []
    for r in ROWS:
        out.append(r)
    for orig, kind, word in VARIANTS:
        o = by_key[orig]
        allowed = list(o["allowed"])
        if kind == "caps" and HA not in allowed:
            allowed.append(HA)
        label = "ALL CAPS" if kind == "caps" else "%s on '%s'" % (kind.replace("_", " "), word)
        out.append(dict(key="v_" + orig, kind_of_row="variant", family=o["family"],
                        text=make_variant(o["text"], kind, word), rules=list(o["rules"]),
                        allowed=allowed, verdict=o["verdict"],
                        note="Variant of {%s} (%s). Same labels%s." % (orig, label, "; haste allowed for capitals" if kind == "caps" else ""),
                        _author=o["_author"], _platform=o["_platform"],
                        _created=stamp(rng, days), variant_of=orig, variant_kind=kind))
    rng.shuffle(out)
    ids = {}
    for i, r in enumerate(out, 1):
        ids[r["key"]] = "%s-%04d" % (SET, i)
    lines = []
    for r in out:
        note = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], r["note"])
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["_author"],
            "created_at": r["_created"],
            "platform": r["_platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": note,
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    print("wrote %d posts" % len(ids))
