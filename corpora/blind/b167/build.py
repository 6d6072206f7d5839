#!/usr/bin/env python3
"""Build blind evaluation set b167 (abuse families) for the Isle of Sarrow.

Every text, label and note below was written by hand for this set. The script
only picks authors, platforms and timestamps (fixed seed), makes the
obfuscated variants, shuffles, assigns ids B167-NNNN and writes posts.jsonl.
Running it twice writes the same file byte for byte. Standard library only.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

SET = "B167"
SEED = 167167
HERE = os.path.dirname(os.path.abspath(__file__))

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
GI = "gifts.hospitality"
ME = "meetings.during-meeting"

ROWS = []


def P(key, family, text, r=(), a=(), v=None, n="", tag=None, author=None,
      date=None):
    """A positive row. The family rule is always expected; r adds more."""
    if v is None:
        v = "block" if family in (BI, EQ) else "review"
    if family in (BI, EQ):
        assert tag, key
        n = "[%s] %s" % (tag, n)
    ROWS.append(dict(key=key, family=family, text=text,
                     rules=[family] + list(r), allowed=list(a), verdict=v,
                     note=n, author=author, date=date,
                     kind_of_row="positive"))


def H(key, group, text, a=(), n="", author=None, date=None):
    """A hard negative: nothing expected, verdict ok, note tagged HN1..HN6."""
    ROWS.append(dict(key=key, family="hard_negative", text=text, rules=[],
                     allowed=list(a), verdict="ok",
                     note="HN%d %s" % (group, n), author=author, date=date,
                     kind_of_row="hard_negative"))


# ---------------------------------------------------------------------------
# respect.personal-attack: 27 originals (24 review, 3 block)
# ---------------------------------------------------------------------------
P("pa01", PA,
  "@PiersAshdownTW you are a preening DFL poseur. Swanning round the Saltglass "
  "in a silk scarf while Eastcliff rots. Nobody on the Isle takes you seriously, "
  "mate. Nobody.",
  n="Insults aimed at a named cabinet member by handle. 'DFL' (Down From London) "
    "is local slang for incomers, not a protected characteristic, so no equality.")
P("pa02", PA,
  "Putting Derek Ormerod in charge of planning is like asking a seagull to mind "
  "your chips. Thick as two short planks and twice as wooden.",
  n="Insult at the chair of planning by name ('thick as two short planks'), not at a "
    "decision. HN5 [[h5_18]] uses 'thick as a brick' about the writer.")
P("pa03", PA,
  "Just sat through Terry Pilcher's 'speech' on the airfield. The man is a "
  "gormless windbag. All noise, no substance. Sarrow Marsh deserves better than "
  "this clown.",
  n="'Gormless windbag', 'clown' at a named opposition leader.")
P("pa04", PA,
  "Huge congratulations to @KerryMinterSF on her first ever coherent sentence in "
  "full council 👏👏 Only took three years. So proud of you hun xx",
  r=[IR],
  n="Mock congratulation: the praise is the insult. Irony expected as in the b99 "
    "conventions.")
P("pa05", PA,
  "Tessa Marwood is the most useless Head of Planning this council has ever had. "
  "Clueless, lazy and rude to every resident who rings her department. How she "
  "still has a job is beyond me.",
  r=[OF],
  n="Named officer by name and role: personal attack and officers expected.")
P("pa06", PA,
  "Shane Hollands is a vile, spiteful little man who should crawl back under "
  "whatever rock Eastcliff found him under. A disgrace to the human race.",
  v="block",
  n="Severe and dehumanising ('crawl back under whatever rock', 'a disgrace to "
    "the human race'): block.")
P("pa07", PA,
  "Honestly mate, you are a sad, bitter little keyboard warrior with nothing "
  "better to do than moan about beach huts at Westgull. Get a life.",
  n="Aimed at 'you', a resident the post answers. Members of the public are "
    "covered by 1.1.")
P("pa08", PA,
  "Marion Pettifer has the backbone of a jellyfish washed up on Westgull sands. "
  "Spineless, gutless, pathetic. Some Leader.",
  n="'Spineless' at the Leader by name. HN1 [[h1_09]] calls a decision spineless.")
P("pa09", PA,
  "Our so-called Cabinet Member for Housing is an arrogant, smug waste of space. "
  "Clive, you are a joke and everybody in Gullhaven Upper knows it.",
  n="Role plus first name identify Clive Tanner.")
P("pa10", PA,
  "That hack at the Sarrow Mercury, Nick Greengrass, is a talentless little "
  "parasite who couldn't report a cliff fall if he was standing on it.",
  n="A named journalist (a private individual). 'Talentless little parasite' is "
    "the attack; no allegation of fact.")
P("pa11", PA,
  "I have sat through forty-odd scrutiny meetings under Hannah Levene and I can "
  "honestly say she is the most self-satisfied, patronising person I have ever "
  "had the misfortune to share a room with. She talks to residents like they're "
  "something she trod in on the prom. Facebook won't let me say what I really "
  "think.",
  n="Long Facebook-style attack on the chair of scrutiny as a person, not on how "
    "scrutiny is run.")
P("pa12", PA,
  "If Graham Sayer fell off the end of the Harbour Arm tomorrow, half of Foxcliff "
  "would throw a street party. Worthless, poisonous man.",
  a=[BI], v="block",
  n="Wishes harm rather than threatening it; severe, so block, with bullying "
    "allowed.")
P("pa13", PA,
  "Kwame Asante's contribution to the climate debate on Tuesday: smug, "
  "sanctimonious, patronising, from a man who plainly thinks he's the cleverest "
  "person in the room. He isn't. Not even close.",
  n="Insults about manner and character. Nothing in the text touches race; no "
    "equality.")
P("pa14", PA,
  "Jordan Kember. Bless him. All mouth, no brain, and a fake tan you can see "
  "from the wind farm. Absolute muppet.",
  n="Short mockery of a named councillor's looks and intelligence.")
P("pa15", PA,
  "Captain Delaney runs Gullhaven harbour like a tinpot dictator. Pompous, "
  "bullying, full of his own importance. The fishermen can't stand him and "
  "neither can I.",
  r=[OF], a=[DF],
  n="The Harbour Master (an officer) by name. 'Bullying' is close to an "
    "allegation of misconduct, so defamation allowed.")
P("pa16", PA,
  "dunnamany surgeries has pam quested actually turned up to in 2 yrs?? none. "
  "woman is thick as mud and idle with it. and we pay her allowance",
  a=[DF],
  n="Lower-case Facebook rant with Kentish 'dunnamany' (how many). 'None' is a "
    "checkable claim, so defamation allowed. HN6 [[h6_12]] cites the attendance "
    "register instead.")
P("pa17", PA,
  "@StuartHogbenSL you pathetic little worm. You sat there for the whole "
  "Anchor Court item and said nothing. Coward.",
  n="Direct reply-style insult by handle.")
P("pa18", PA,
  "Rajan Gurung 'welcomes feedback' on the beach hut charges. Here's some: "
  "you're a condescending, two-faced nonentity and Foxcliff can't wait to see "
  "the back of you.",
  a=[DF],
  n="'Two-faced' edges toward dishonesty, so defamation allowed. Nothing about "
    "his Nepali heritage.")
P("pa19", PA,
  "The Chief Executive is an overpaid, arrogant empty suit who hides behind "
  "press releases. £160k a year for that? Do one.",
  r=[OF],
  n="Officer by role only ('the Chief Executive').")
P("pa20", PA,
  "Mark Fennimore of Shorewalk Kayaks is a whining, self-important bore who "
  "thinks owning three canoes makes him an expert on harbour policy. Nobody "
  "likes you Mark. Nobody.",
  n="A named local business owner, a member of the public.")
P("pa21", PA,
  "Valerie Stonham in that chain looks like a Christmas tree somebody forgot to "
  "take down in February. Vain, silly woman.",
  a=[EQ],
  n="Mockery of the Mayor. 'Silly woman' may carry a sexist undertone: equality "
    "allowed. HN2 [[h2_18]] condemns the phrase.")
P("pa22", PA,
  "Freya Coombes lectures the rest of us about the planet then does the school "
  "run in a Range Rover. Hypocrite of the highest order and a sanctimonious pain "
  "in the backside.",
  n="'Hypocrite' and 'pain in the backside' aimed at the person; the school-run "
    "jibe is the only fact and it is not an allegation of wrongdoing.")
P("pa23", PA,
  "Doreen Gilham is the most repellent, venomous individual I have met in twenty "
  "years of public life. Her heart is as grey as the Sarrow mudflats.",
  n="Strong character attack, kept at review: no dehumanising image or wish of "
    "harm. Compare [[pa06]] and [[pa24]] (block).")
P("pa24", PA,
  "The Leader of the Opposition and his little gang are vermin. Actual vermin. "
  "They crawl out at election time and disappear once they've had their photo "
  "taken.",
  v="block",
  n="Dehumanising ('vermin') at Terry Pilcher by role and at his group: block.")
P("pa25", PA,
  "Our Monitoring Officer is a gutless jobsworth who wouldn't recognise "
  "integrity if it bit him on the backside.",
  r=[OF],
  n="Officer by role (Anil Mistry).")
P("pa26", PA,
  "😂😂 you genuinely are the thickest person ever elected on the Isle "
  "@OliverPenfoldSL. Go back to your GCSE revision, kid.",
  a=[EQ],
  n="'Kid' and 'GCSE revision' mock a young councillor: equality (age) allowed, "
    "not expected; the sting is 'thickest'.")
P("pa27", PA,
  "Clive Tanner. What a tool.",
  n="Shortest and mildest personal attack in the set.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 27 originals (24 review, 3 block)
# ---------------------------------------------------------------------------
P("al01", AL,
  "Brineway's new 'smarter' bin rota is absolute shite. Three weeks, no "
  "collection on Anchor Road, and the gulls are having a bloody banquet.",
  n="Obscenity at a service (the rota), not a person: abusive-language alone.")
P("al02", AL,
  "Who the fuck signed off the railings at the tidal pool? Rusted through after "
  "one winter. One.",
  a=[PA],
  n="'Who the fuck' at an unnamed decision-maker: personal-attack allowed only.")
P("al03", AL,
  "@GrahamSayerTW is a total wanker. There, I've said it. Report me.",
  r=[PA],
  n="Obscenity at a person by handle: abusive and personal-attack.")
P("al04", AL,
  "The Stonecross airfield consultation is a load of bollocks from start to "
  "finish. Eight questions, all of them leading.",
  n="Obscenity at a consultation. HN1 [[h1_07]] calls it a sham without swearing.")
P("al05", AL,
  "Clive Tanner you absolute cunt. You voted to shut Westgull library and then "
  "posed outside it with a 'Save our library' placard.",
  r=[PA], v="block",
  n="The c-word at a named councillor: block. HN2 [[h2_28]] quotes the same word "
    "to condemn an old post.")
P("al06", AL,
  "Stop talking shite about the Harbour Arm, @JordanKemberSF. The footfall "
  "figures are on the council website. Read them.",
  a=[PA],
  n="Obscenity at what someone said, not at the person: personal-attack allowed "
    "only.")
P("al07", AL,
  "Sarrow First are a bunch of useless pricks. Every single amendment at full "
  "council was copied off a leaflet.",
  a=[PA],
  n="Obscenity at a party: personal-attack allowed only.")
P("al08", AL,
  "Full council last night was a total clusterfuck. Three hours, no decisions, "
  "and somebody turned the heating off in the chamber.",
  n="Obscenity at a meeting, written the day after (no live posting).")
P("al09", AL,
  "The landlords cramming families into Eastcliff HMOs are scum-sucking bastards "
  "and I hope every last one of them chokes on the rent.",
  a=[PA, BI], v="block",
  n="Severe abuse and a wish of harm at an unnamed class of landlords: block; "
    "personal-attack and bullying allowed.")
P("al10", AL,
  "Sea wall at Westgull still not fixed. Six months. Six fucking months. "
  "Dunnamany emails I've sent and still nothing but tape and a sign.",
  n="Swearing at a delay. HN1 [[h1_04]] is the same complaint without it.")
P("al11", AL,
  "Bloody hell, who designed this crap new one-way system in Kittiwake Bay? "
  "Absolute pig's ear. Buses reversing up Chapel Hill.",
  a=[PA],
  n="Mildest row of the family ('bloody', 'crap'); kept positive as the post is "
    "built on the swearing. HN1 [[h1_10]] says 'pig's ear' without it.")
P("al12", AL,
  "Lorraine Kitto is a jumped-up twat with a clipboard. Fix the bins, Lorraine.",
  r=[PA, OF],
  n="Obscenity at a named officer: abusive, personal-attack and officers.")
P("al13", AL,
  "The Marine Regent contract is a steaming pile of crap and the Home Office can "
  "shove it where the sun doesn't shine.",
  a=[PA],
  n="At a contract and a government department; nothing about the residents, so "
    "no equality. HN1 [[h1_11]] criticises the same contract civilly.")
P("al14", AL,
  "Kerry Minter is a bloody liability and a gobby cow. Gullhaven Harbour "
  "deserves a councillor who listens.",
  r=[PA], a=[EQ],
  n="'Gobby cow' at a named councillor; the gendered insult allows equality. HN2 "
    "[[h2_25]] condemns the same words.")
P("al15", AL,
  "Marion Pettifer is a lying sack of shit and she knows it.",
  r=[PA, DF],
  n="'Lying' at a named person brings defamation and personal-attack (b99 "
    "convention); kept at review as no specific act is alleged.")
P("al16", AL,
  "Gulls 1, Brineway 0. Bin bags ripped open the full length of Marine Parade "
  "again. Fucking shambles 🤬",
  n="Swearing at a service failure.")
P("al17", AL,
  "The Sarrow Mercury is a shit rag that wouldn't know a fact if it washed up on "
  "the beach with a label on it.",
  a=[PA],
  n="Obscenity at the local paper: personal-attack allowed (an organisation).")
P("al18", AL,
  "Stuart Hogben's speech on the beach huts was complete arse from start to "
  "finish. Not one number in it was right.",
  a=[PA],
  n="Obscenity at a speech, not at the man: personal-attack allowed.")
P("al19", AL,
  "£9 to park at Jollity Park for two hours. What an absolute piss-take. "
  "Tidewater should be fucking ashamed of themselves.",
  a=[PA],
  n="Swearing at a charge and at the ruling party: personal-attack allowed. HN1 "
    "[[h1_05]] makes the same point politely.")
P("al20", AL,
  "Every last one of the cabinet can rot. Useless, cowardly motherfuckers, the "
  "lot of them.",
  a=[PA], v="block",
  n="Severe obscenity at the cabinet as a body: block, personal-attack allowed.")
P("al21", AL,
  "whoever keeps dumping there rubbish at the top of the drangway behind the "
  "coop your a filthy pig and a piece of shit",
  a=[PA],
  n="At an unknown fly-tipper ('whoever'); typos and Kentish 'drangway' (alley).")
P("al22", AL,
  "@CllrDerekOrmerod you utter tosser. Read the officer's report before you vote "
  "on it next time.",
  r=[PA],
  n="Obscene insult at a named councillor by handle.")
P("al23", AL,
  "The Harbour Master is a miserable bastard. Ask anyone on the fish quay.",
  r=[PA, OF],
  n="Officer by role (Rhys Delaney).")
P("al24", AL,
  "Read the Gullhaven Harbour Masterplan so you don't have to. 84 pages. Nine "
  "mentions of 'vibrant'. Zero mentions of the fishing fleet. Consultant "
  "bullshit from cover to cover, and we paid £120k for it.",
  n="Swearing at a report. HN1 [[h1_03]] criticises it without swearing.")
P("al25", AL,
  "That thing on the Saltglass lawn is a great big pile of shit and I don't care "
  "who knows it. £40k of our money.",
  n="At a sculpture, not the artist. HN1 [[h1_19]] says 'waste of £40k'.")
P("al26", AL,
  "To the arsehole who parked across the lifeboat slipway on Sunday: the crew "
  "lost four minutes getting round you. People could have died.",
  a=[PA],
  n="At an unnamed driver: personal-attack allowed.")
P("al27", AL,
  "Sat in the chamber listening to this utter shite for the third hour running. "
  "Kill me now.",
  a=[ME],
  n="Reads as posted live from a meeting: meetings allowed. 'Kill me now' is "
    "about the writer.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 27 originals, all block (9 explicit, 9 veiled,
# 9 pressure)
# ---------------------------------------------------------------------------
P("bi01", BI,
  "Keep pushing the airfield housing, @TerryPilcherSF, and I will personally "
  "make sure you get a smack in the mouth. Try me.",
  a=[PA], tag="explicit",
  n="Open threat of violence at a named councillor.")
P("bi02", BI,
  "If Clive Tanner shows his face on the Anchor Court estate again he won't be "
  "walking home. That's not a threat, it's a promise.",
  a=[PA], tag="explicit",
  n="'Not a threat, it's a promise' with harm spelled out.")
P("bi03", BI,
  "I know where you live, Derek. Nice little bungalow on the cliff path. Be a "
  "shame if anything happened to it.",
  a=[PA, DP], tag="veiled",
  n="'I know where you live' plus a hint at his home: data protection allowed "
    "(location of a home).")
P("bi04", BI,
  "Whoever reported me to the Monitoring Officer: I will find out who you are, "
  "and you will regret it. Every single day.",
  tag="explicit",
  n="Threat against a complainant (8.3). HN2 [[h2_19]] reports receiving "
    "'you'll regret this'.")
P("bi05", BI,
  "Piers, come near the Old Town traders' meeting again and I'll throw you off "
  "the Harbour Arm myself.",
  a=[PA], tag="explicit",
  n="Threat of violence; Piers Ashdown identified by first name and his ward.")
P("bi06", BI,
  "Owen Pritchett, recommend approval on Stonecross Fields and I swear you'll "
  "need a new face. Your call.",
  r=[OF], a=[PR, PA], tag="explicit",
  n="Threat at a named planning officer to change his recommendation: bullying "
    "and officers; predetermination allowed (a planning application).")
P("bi07", BI,
  "Somebody needs to give @ShaneHollandsSF a proper kicking, and I'll happily "
  "volunteer.",
  a=[PA], tag="explicit",
  n="Incitement plus self-offer.")
P("bi08", BI,
  "Next time Jordan Kember mouths off at me in the civic centre car park I'm "
  "going to knock him into the harbour. Witnesses welcome.",
  a=[PA], tag="explicit",
  n="Stated plan to assault a named councillor.")
P("bi09", BI,
  "To the two Brineway drivers who gave statements against me: I've got your "
  "names. Enjoy looking over your shoulders.",
  tag="veiled",
  n="Intimidation of witnesses in an investigation (8.3), veiled wording.")
P("bi10", BI,
  "Pam Quested wants to shut our car park? Come down the Crab & Lantern on "
  "Friday and say it to our faces. You'll leave with a black eye.",
  a=[PA], tag="explicit",
  n="Threat of violence tied to a pub invitation.")
P("bi11", BI,
  "Swear to God, if that Corbel Coastal Homes rep turns up at my surgery one "
  "more time I'll put him through the window.",
  a=[PA], tag="explicit",
  n="Threat at an unnamed but identifiable company representative.")
P("bi12", BI,
  "Funny how accidents happen on those cliff paths when the fog comes in. Just "
  "saying, @HannahLeveneSL. Watch your step.",
  a=[PA], tag="veiled",
  n="Veiled threat of harm. HN2 [[h2_10]] reports receiving a note like it.")
P("bi13", BI,
  "Lovely boat you've got moored in the Royal Harbour, Graham. Be a terrible "
  "shame if she slipped her moorings one night.",
  tag="veiled",
  n="Threat to property in the mob idiom; Graham Sayer by first name.")
P("bi14", BI,
  "Kerry Minter's got two kids at Foxcliff Primary, hasn't she. Pick-up's at "
  "quarter past three. Just so everyone knows.",
  a=[DP, PA], tag="veiled",
  n="Points at a councillor's children, school and time: data protection "
    "allowed.")
P("bi15", BI,
  "I'd be very careful what you say next, Freya. Very careful. People round here "
  "have long memories and a longer reach.",
  tag="veiled",
  n="Veiled warning at Freya Coombes by first name.")
P("bi16", BI,
  "Enjoy your last quiet week, Marion. Things are about to get very loud on your "
  "doorstep.",
  tag="veiled",
  n="Menace at the Leader's home without a stated act. Some would call it a "
    "protest notice; the 'enjoy your last quiet week' framing makes it a threat.")
P("bi17", BI,
  "Noticed Stuart Hogben walks his dog along the sea wall at 6am every morning. "
  "Same time, same place. Interesting.",
  a=[DP], tag="veiled",
  n="Publishes a routine (route and time) with menace: data protection allowed.")
P("bi18", BI,
  "Keep voting for the Marsh Lane pitches, Jim. We all know which caravan is "
  "yours.",
  a=[EQ, DP], tag="veiled",
  n="Jim Loveridge is a Romany Gypsy councillor (HN4 [[h4_14]]); the caravan "
    "makes equality an allowed undertone and points at his home.")
P("bp01", BI,
  "Reminder to any councillor thinking of voting with the Greens on Stonecross: "
  "your ward grants come through my portfolio. Choose wisely.",
  a=[IA], tag="pressure", author="@YasminChoudhuryTW",
  n="Coercion with ward money by the Cabinet Member for Communities (pinned "
    "author): improper advantage allowed.")
P("bp02", BI,
  "Printing off Ethan Wraight's 'speech' from Tuesday word for word, every um "
  "and er included, and pinning it on the noticeboard outside Westgull library. "
  "Let the whole ward have a laugh.",
  a=[PA], tag="pressure",
  n="Organised public humiliation. Ethan is autistic (HN4 [[h4_10]]) but the "
    "text does not touch it, so equality is not allowed.")
P("bp03", BI,
  "Every resident of Gullhaven Harbour: flood @YasminChoudhuryTW's inbox until "
  "she resigns. Hundreds a day. Make her life a misery.",
  tag="pressure",
  n="Incitement to a campaign of harassment.")
P("bp04", BI,
  "Anyone at Tideline Housing who talks to the Mercury about the damp at Anchor "
  "Court will be looking for a new job. I sit on the board. I will know.",
  a=[IA], tag="pressure",
  n="Threat to staff who might speak out, backed by a board seat: improper "
    "advantage allowed.")
P("bp05", BI,
  "The officer who wrote that licensing report knows exactly what I think of "
  "her, and she'll be reminded every time she walks into the civic centre until "
  "it's rewritten.",
  r=[OF], tag="pressure",
  n="Pressure on an officer (the Licensing Manager, by role) to change a report: "
    "bullying and officers.")
P("bp06", BI,
  "Here's the deal, Lily: withdraw your standards complaint by Friday or I tell "
  "the whole Isle what I know about your takeaway's hygiene inspection. Your "
  "choice.",
  a=[DF], tag="pressure",
  n="Blackmail of a complainant (8.3). The hint about an inspection allows "
    "defamation. Lily Cheung's family business is mentioned, her heritage is "
    "not: equality not allowed.")
P("bp07", BI,
  "Let's all turn our backs when Bev Tapsell gets up to speak at full council. "
  "Every time. Let her see what the chamber thinks of her.",
  tag="pressure",
  n="Organised humiliation of a named councillor.")
P("bp08", BI,
  "Any trader on the Harbour Arm who puts a Shoreline Greens poster in the "
  "window can forget renewing their pitch licence. I'll make sure of it.",
  a=[IA], tag="pressure",
  n="Threat to misuse licensing powers: improper advantage allowed.")
P("bp09", BI,
  "Told Rajan Gurung to his face: back down on the beach hut charges or I'll "
  "make you a laughing stock in every paper from here to the mainland.",
  a=[PA], tag="pressure",
  n="Threat of humiliation to force a decision.")

# ---------------------------------------------------------------------------
# equality.discrimination: 27 originals, all block (18 explicit, 9 coded)
# ---------------------------------------------------------------------------
P("eq01", EQ,
  "Eastcliff was a lovely place before the Romanians moved in. Now it's dirt, "
  "noise and begging on every corner. Send them back and let us have our town "
  "back.",
  tag="explicit; race",
  n="National origin. HN2 [[h2_01]] answers the same claim.")
P("eq02", EQ,
  "Never trust a councillor who grew up in a caravan. Jim Loveridge's people "
  "don't pay council tax, so why should he get a vote on how it's spent?",
  r=[PA], a=[DF], tag="coded; race",
  n="Romany Gypsy ethnicity carried by 'caravan' and 'his people'; the council tax "
    "slur on the group allows defamation.")
P("eq03", EQ,
  "The pikeys are back on the Marsh Lane verge. Lock up anything that isn't "
  "nailed down.",
  r=[AL], tag="explicit; race",
  n="Slur for Gypsies and Travellers plus the theft trope: equality and "
    "abusive. HN2 [[h2_02]] condemns 'pikeys out' graffiti.")
P("eq04", EQ,
  "Kwame Asante keeps telling us what 'our community' needs. Which community is "
  "that then, Kwame? Because it isn't this one. Go back to where you came from.",
  r=[PA], tag="explicit; race",
  n="'Go back to where you came from' at a Black British councillor. HN2 "
    "[[h2_16]] rebuts it; HN4 [[h4_15]] is his own post.")
P("eq05", EQ,
  "Agnieszka Wrona should stick to running the Polish shop and leave English "
  "politics to English people.",
  r=[PA], tag="explicit; race",
  n="National origin at a Polish-born councillor (HN4 [[h4_08]]).")
P("eq06", EQ,
  "Marine Regent: a hundred-odd young men from God knows where, no papers, no "
  "checks, and they expect our kids to share the beach with them. Not on my "
  "watch.",
  tag="coded; race",
  n="Asylum seekers painted as a threat to children; race by national origin, "
    "coded. HN3 [[h3_17]] corrects the 'young men' claim; HN1 [[h1_11]] "
    "criticises the contract.")
P("eq07", EQ,
  "Lily Cheung lecturing us on food hygiene? Ha. Tell her to sort out her own "
  "chinky first.",
  r=[AL, PA], a=[DF], tag="explicit; race",
  n="Racial slur at a Chinese-heritage councillor's family business; the "
    "hygiene jibe allows defamation. HN2 [[h2_07]] condemns the word.")
P("eq08", EQ,
  "The Albion Road mosque wants a bigger car park. Why? So even more of them can "
  "take over Gullhaven every Friday? Say no.",
  a=[PR], tag="explicit; religion or belief",
  n="Muslims as invaders ('take over'). Predetermination allowed (a planning "
    "matter). HN3 [[h3_02]] objects to the same scheme on parking alone.")
P("eq09", EQ,
  "@YasminChoudhuryTW will always vote the way the mosque tells her. Everyone "
  "knows where her loyalties lie, and it isn't with Gullhaven.",
  r=[PA], tag="coded; religion or belief",
  n="Divided-loyalty trope at a Muslim councillor. HN2 [[h2_12]] rebuts it.")
P("eq10", EQ,
  "Hannah Levene and her friends at the Cecil Street synagogue seem to have a lot "
  "of say over who gets the Pleasaunce site. Funny, that. Follow the money.",
  r=[PA], a=[DF], tag="coded; religion or belief",
  n="Antisemitic 'Jewish money and influence' trope: the synagogue and 'follow "
    "the money' carry it. Defamation allowed for the corruption hint. HN2 "
    "[[h2_11]] names the trope to condemn it.")
P("eq11", EQ,
  "Holi colour run on Chalkness beach?? Paint all over our sand for some Hindu "
  "festival nobody here asked for. Let them do it in their own back gardens.",
  tag="explicit; religion or belief", date="2026-03-05",
  n="Exclusion of a named faith from a public space. HN3 [[h3_13]] busts the "
    "'paint' myth; HN4 [[h4_24]] greets Holi; HN2 [[h2_27]] answers this post.")
P("eq12", EQ,
  "Bev Tapsell on the transport committee? She can't even get herself up a kerb. "
  "Put someone on it who can actually walk round the Isle.",
  r=[PA], tag="explicit; disability",
  n="Mocks a wheelchair user's disability. HN4 [[h4_01]] is her own post; HN2 "
    "[[h2_21]] defends her.")
P("eq13", EQ,
  "Watching Ethan Wraight try to answer a simple question at planning is like "
  "watching a spaz do a crossword.",
  r=[AL, PA], tag="explicit; disability",
  n="Disability slur at an autistic councillor.")
P("eq14", EQ,
  "Stuart Hogben is 'off with stress' again. If you can't handle a bit of "
  "pressure, don't stand for council. We need people who are mentally up to it.",
  r=[PA], tag="coded; disability",
  n="Mental ill health (Stuart Hogben's depression, HN4 [[h4_11]]) treated as "
    "unfitness; coded as the condition is in scare quotes, not named.")
P("eq15", EQ,
  "Autistic people shouldn't be on planning committee. Nothing personal, they "
  "just can't read a room, or a developer.",
  tag="explicit; disability",
  n="Exclusion of a group by disability, 'nothing personal' notwithstanding. HN2 "
    "[[h2_23]] and HN3 [[h3_26]] answer it.")
P("eq16", EQ,
  "Honestly, anyone over 75 should be barred from standing for council. Eileen "
  "Cobb is living proof. Retire to a bench on the prom, love.",
  r=[PA], tag="explicit; age",
  n="Age bar plus a named older councillor. HN4 [[h4_12]] has Eileen's own 'bench "
    "on the prom' joke.")
P("eq17", EQ,
  "Jordan Kember is 26. Never paid a mortgage, never raised a family, never done "
  "a day's proper work. Come back when you're a grown-up, sonny, and let the "
  "adults handle the budget.",
  r=[PA], tag="explicit; age",
  n="Dismissal for being young.")
P("eq18", EQ,
  "Stonecross consultation: maybe we should only count the responses from "
  "people who'll actually still be alive when the thing opens.",
  tag="coded; age",
  n="Discounts older residents without saying 'old'.")
P("eq19", EQ,
  "Women just aren't built for harbour work. Appointing a female Harbour Master "
  "would be a PR stunt that gets somebody drowned.",
  tag="explicit; sex",
  n="Sex discrimination in appointments. HN2 [[h2_05]] quotes and rebuts it; HN3 "
    "[[h3_24]] discusses women in harbour work.")
P("eq20", EQ,
  "Marion Pettifer should go home and cook her husband's tea. Running a council "
  "is a man's job and it shows.",
  r=[PA], tag="explicit; sex",
  n="Sexist attack on the Leader by name.")
P("eq21", EQ,
  "Chalkness Pride again. Rainbow flags on every lamp post and drag queens "
  "reading to kids in the library. The Isle has gone full poofter. Not with my "
  "council tax.",
  r=[AL], tag="explicit; sexual orientation",
  n="Homophobic slur. HN2 [[h2_03]] quotes 'poofters' to condemn it; HN3 "
    "[[h3_19]] is the civil version of the story-hour point.")
P("eq22", EQ,
  "Oliver Penfold is very keen on funding the Saltglass 'queer histories' show. "
  "No surprises there. Some of us remember when councillors kept their private "
  "lives private.",
  r=[PA], tag="coded; sexual orientation",
  n="Insinuates that a gay councillor's support is self-serving and his "
    "orientation shameful. HN4 [[h4_04]] has his reclaimed 'queer'; HN4 "
    "[[h4_21]] recommends the show.")
P("eq23", EQ,
  "Robyn Sallis can call herself whatever she likes, but she's a man in a frock "
  "and she is not using the women's changing rooms at Gullhaven leisure centre.",
  r=[PA], tag="explicit; gender reassignment",
  n="Trans woman named and misgendered. HN3 [[h3_05]] raises single-sex "
    "changing civilly; HN2 [[h2_04]] condemns 'man in a dress'.")
P("eq24", EQ,
  "Greens' candidate for Chalkness Old Town. Check the birth certificate before "
  "you check the box. 😉",
  a=[PA], tag="coded; gender reassignment",
  n="Dog whistle at a trans candidate with no name; personal-attack allowed.")
P("eq25", EQ,
  "Freya Coombes is due in June and still thinks she can chair the climate "
  "group. She'll be off for a year on our money. Pregnant women shouldn't take "
  "on chairs. Simple.",
  r=[PA], tag="explicit; pregnancy and maternity",
  n="Exclusion for pregnancy. HN3 [[h3_22]] and [[h3_14]] answer it; HN4 "
    "[[h4_09]] is her own announcement.")
P("eq26", EQ,
  "Interesting that the Greens' new climate lead will be 'taking some time away' "
  "this summer. Baby brain and budget scrutiny don't mix.",
  a=[PA], tag="coded; pregnancy and maternity",
  n="'Baby brain' dismissal without naming her. HN2 [[h2_13]] condemns it.")
P("eq27", EQ,
  "Pam Quested brings her civil partner to every civic do as her 'plus one' on "
  "the council's tab. Civil partners aren't family and shouldn't be on the "
  "guest list.",
  r=[PA], a=[DF], tag="explicit; marriage and civil partnership",
  n="Civil partnership treated as lesser; 'on the council's tab' allows "
    "defamation. Some would tag sexual orientation. HN2 [[h2_26]] answers it.")

# ---------------------------------------------------------------------------
# defamation.allegation: 27 originals (15 review, 12 block)
# ---------------------------------------------------------------------------
P("df01", DF,
  "Graham Sayer is a liar. He stood up in July and told Westgull the library was "
  "safe. It isn't. He knew it wasn't.",
  r=[PA],
  n="'Liar' at a named person: defamation and personal-attack, review (no crime "
    "alleged). HN6 [[h6_01]] sets the same quotes side by side without the "
    "word.")
P("df02", DF,
  "@CllrDerekOrmerod is in Corbel Coastal Homes' pocket. Always has been, always "
  "will be.",
  a=[PA],
  n="Corruption by idiom, no specific act: review. Compare [[db01]] (block) and "
    "HN6 [[h6_19]] (declared hospitality).")
P("df03", DF,
  "Marion Pettifer is a fraud. Every promise on that leaflet was a con from the "
  "first line to the last.",
  r=[PA],
  n="'Fraud' as name-calling at a named person.")
P("df04", DF,
  "Interesting how a certain Foxcliff councillor's son-in-law got the Harbour Arm "
  "café lease without it ever going out to tender. No further questions.",
  a=[PA],
  n="Innuendo narrowing to three ward members: defamation, personal-attack "
    "allowed.")
P("df05", DF,
  "Brineway are crooks. Charging us for collections that never happen and "
  "laughing all the way to the bank.",
  a=[PA],
  n="'Crooks' at a company: personal-attack allowed only; review.")
P("df06", DF,
  "Terry Pilcher's expenses claims would make a novelist blush. Creative "
  "accounting, shall we say.",
  a=[PA, IR],
  n="Dishonesty by insinuation and irony; review.")
P("df07", DF,
  "Dodgy as they come, that Doreen Gilham. Ask her who really owns the field "
  "behind the Marsh Lane site.",
  r=[PA],
  n="'Dodgy' at a named person plus a hint: defamation and personal-attack.")
P("df08", DF,
  "The Head of Planning fiddles the viability numbers to suit whoever's buying "
  "lunch that week.",
  r=[OF], a=[PA],
  n="Corruption alleged against an officer by role (Tessa Marwood): officers "
    "expected; review as no specific act is given.")
P("df09", DF,
  "Shane Hollands is a compulsive liar. Every word out of his mouth about the "
  "airfield has been made up.",
  r=[PA],
  n="'Compulsive liar' at a named councillor.")
P("df10", DF,
  "The Mercury's so-called reporter is on Tidewater's payroll. Paid-for puff "
  "pieces every single week.",
  a=[PA],
  n="Alleges a journalist is secretly paid by a party; identifiable by role.")
P("df11", DF,
  "Kerry Minter's 'charity' raffle. Where did the money go, Kerry? Asking for the "
  "whole of Gullhaven Harbour.",
  a=[PA],
  n="Theft by insinuation ('where did the money go'); review as nothing is "
    "stated as fact.")
P("df12", DF,
  "Rajan Gurung fixed the beach hut ballot so his mates got the front row at "
  "Foxcliff. Everybody in the ward knows it.",
  a=[PA], v="block",
  n="A specific act of misconduct in office stated as fact: block, although "
    "'everybody knows' is hearsay. A reader may put it at review.")
P("df13", DF,
  "Tideline Housing is a rotten, corrupt outfit that should have been shut down "
  "years ago.",
  a=[PA],
  n="'Corrupt' as name-calling at a housing association. HN1 [[h1_08]] reports "
    "the same landlord to the Ombudsman.")
P("df14", DF,
  "Clive Tanner is a crook and half of Gullhaven Upper knows it.",
  r=[PA],
  n="'Crook' at a named person.")
P("df15", DF,
  "Amazing how Corbel Coastal's donations to Tidewater went up the very same year "
  "Stonecross Fields got allocated. Pure coincidence, I'm sure 🙄",
  a=[PA, IR],
  n="Insinuated bribery of a party, with sarcasm: irony allowed.")
P("df16", DF,
  "Ask yourself why the Cabinet Member for Regeneration's partner's design studio "
  "has done the branding for every Saltglass project since 2023.",
  a=[PA],
  n="Innuendo at Piers Ashdown by role: review.")
P("db01", DF,
  "Derek Ormerod's new boat was paid for by Corbel Coastal Homes. Cash, through "
  "his brother's boatyard, a fortnight before he chaired the Stonecross Fields "
  "committee. That's a bribe, pure and simple.",
  a=[PA], v="block",
  n="A specific bribe stated as fact, with route and timing: block.")
P("db02", DF,
  "Our s151 officer has been moving money out of the coast protection reserve to "
  "hide the Jollity Park overspend, and then lying to the auditors about it.",
  r=[OF], a=[PA], v="block",
  n="Financial misconduct by an officer by role (Gordon Beal): block and "
    "officers.")
P("db03", DF,
  "Terry Pilcher was convicted of benefit fraud in 2009 and never declared it "
  "when he stood. Look it up.",
  a=[PA, DP], v="block",
  n="Alleged criminal conviction (special category data): block; data protection "
    "allowed.")
P("db04", DF,
  "Harbour Master Rhys Delaney has been letting his mates moor for free and "
  "pocketing the mooring fees in cash. Thirty grand a year at least.",
  r=[OF], a=[PA], v="block",
  n="Theft alleged against a named officer: block and officers.")
P("db05", DF,
  "Sarrow First activists were paying people £20 a head to sign their nomination "
  "papers in Eastcliff. Electoral fraud, plain as day.",
  a=[PA], v="block",
  n="An electoral offence stated as fact against a party's activists: block.")
P("db06", DF,
  "Piers Ashdown used £12,000 of the Saltglass arts grant to do up his own flat. "
  "The invoices have the gallery's name on them. I've seen them.",
  a=[PA], v="block",
  n="Misuse of public money stated as fact with claimed evidence: block.")
P("db07", DF,
  "Jim Loveridge is handling stolen farm machinery through his yard on the "
  "marsh. The police know and they're doing nothing.",
  a=[PA, EQ], v="block",
  n="Handling stolen goods stated as fact. Aimed at a Romany Gypsy councillor it "
    "echoes the theft trope, so equality is allowed. Compare [[eq02]].")
P("db08", DF,
  "The Mayor has been claiming mayoral car mileage for weekend trips to her "
  "caravan at Sandpoint. Every weekend since May.",
  a=[PA], v="block",
  n="Expenses fraud by the Mayor (by role) stated as fact: block. HN6 [[h6_09]] "
    "asks about the car's cost on the record.")
P("db09", DF,
  "Brineway bosses have been tipping our recycling straight into landfill and "
  "still billing the council for recycling it. I've watched the lorries go in.",
  a=[PA], v="block",
  n="Fraud by a company's managers stated as fact with eyewitness claim: block.")
P("db10", DF,
  "Yasmin Choudhury got her brother the £60k contract for the Gullhaven "
  "seafront shelters and never declared it. That's misconduct in public office.",
  a=[PA], v="block",
  n="An offence named and stated as fact: block. HN6 [[h6_15]] says she "
    "declared the interest and left the room.")
P("db11", DF,
  "Corbel Coastal Homes' managing director, Alan Frisby, has been bribing "
  "planning officers with season tickets at Chalkness Town. Three officers, "
  "every home game.",
  a=[PA, OF], v="block",
  n="Bribery by a named private individual stated as fact; the unnamed "
    "officers allow officers.impartiality.")

# ---------------------------------------------------------------------------
# Hard negatives. HN1: harsh criticism of a policy, decision, party, company or
# the council (28)
# ---------------------------------------------------------------------------
H("h1_01", 1,
  "Stonecross Fields is the worst planning decision this council has made in a "
  "generation. 900 homes, one road in and out, no GP surgery. The cabinet should "
  "be ashamed of it.",
  n="Decision and cabinet criticised robustly; 'should be ashamed' is the "
    "catalogue's own example of robust debate.")
H("h1_02", 1,
  "Brineway's performance this winter has been a disgrace. Missed collections up "
  "40% on last year. Time to look very hard at that contract.",
  n="A company's performance, with figures.")
H("h1_03", 1,
  "I read the Gullhaven Harbour Masterplan so you don't have to. Eighty-odd "
  "pages, 'vibrant' nine times, the fishing fleet not once. £120k of consultancy "
  "and it's back to the drawing board.",
  n="Same report as [[al24]] without the swearing.")
H("h1_04", 1,
  "Sea wall at Westgull: six months on, still not fixed, still taped off. "
  "Dunnamany emails I've sent. Residents deserve a date, not another holding "
  "reply.",
  n="Same complaint as [[al10]], civil.")
H("h1_05", 1,
  "Parking at Jollity Park is a rip-off, plain and simple. £9 for two hours? "
  "Tidewater should be embarrassed.",
  a=[DF],
  n="'Rip-off' at a price; defamation allowed as a reader could hear dishonesty. "
    "Pair of [[al19]].")
H("h1_06", 1,
  "Sarrow First's budget amendment is fantasy economics. Cut council tax, keep "
  "every service, pay for it with 'efficiencies'. Do me a favour.",
  n="Party's proposal mocked, not people.")
H("h1_07", 1,
  "The Stonecross airfield consultation is a sham. The decision was made before "
  "the first drop-in session had even opened its doors.",
  a=[DF],
  n="Process called a sham; pair of [[al04]]. Defamation allowed for the "
    "pre-decided claim.")
H("h1_08", 1,
  "Tideline Housing's repairs service is broken. Anchor Court tenants have lived "
  "with black mould for two winters. I've referred them to the Housing "
  "Ombudsman this morning.",
  n="A landlord's service criticised and referred; compare [[df13]].")
H("h1_09", 1,
  "Spineless decision by the cabinet to pull the lido funding at the last "
  "minute. Spineless.",
  a=[PA],
  n="'Spineless' at a decision; compare [[pa08]]. Personal-attack allowed as "
    "the cabinet is a body of people.")
H("h1_10", 1,
  "The new one-way system in Kittiwake Bay is a pig's ear. Who thought sending "
  "the number 9 bus up Chapel Hill was a good idea?",
  n="Same scheme as [[al11]] without swearing; 'who thought' is rhetorical.")
H("h1_11", 1,
  "The Marine Regent contract has been handled terribly: no notice to ward "
  "councillors, no briefing for the school, residents finding out from "
  "Facebook. That's on the Home Office, and partly on us.",
  n="Criticism of how asylum accommodation was arranged, not of the residents. "
    "Compare [[eq06]] and [[al13]].")
H("h1_12", 1,
  "Honestly, the new council website is a disaster. Tried to report a pothole on "
  "Marine Parade three times and it ate my photo every time.",
  n="A service failure.")
H("h1_13", 1,
  "Corbel Coastal Homes' viability assessment isn't worth the paper it's printed "
  "on. 'Affordable' homes at £340k? Who are they kidding?",
  n="A developer's document attacked.")
H("h1_14", 1,
  "Full council last night was a farce. Three hours on procedural motions and "
  "not one minute on the cliff falls at Foxcliff.",
  n="A meeting called a farce the next day; compare [[al08]].")
H("h1_15", 1,
  "Today's Sarrow Mercury front page is plain wrong on the library figures. I've "
  "written to the editor with the correct numbers and asked for a correction.",
  n="Corrects the paper on the record; compare [[al17]].")
H("h1_16", 1,
  "Tidewater have run this council into the ground. Reserves down, services "
  "down, staff morale on the floor. May can't come soon enough.",
  n="Party's record, robust.")
H("h1_17", 1,
  "This administration treats Sarrow Marsh like a car park for Gullhaven's "
  "problems. The tip, the sewage outfall, and now a lorry park. Enough.",
  n="Administration criticised over ward impacts.")
H("h1_18", 1,
  "Parking app update: still useless. Still logs you out halfway through paying. "
  "Still charges some people twice. Fix it.",
  n="An app called useless.")
H("h1_19", 1,
  "Brutal honesty time: the sculpture on the Saltglass lawn was a waste of £40k. "
  "I'd have spent it on the seafront loos.",
  n="Pair of [[al25]].")
H("h1_20", 1,
  "Eastshore Water have dumped raw sewage into Kittiwake Bay 31 times this year. "
  "Thirty-one. Disgusting. Our kids swim there.",
  a=[DF],
  n="A water company's discharges, with figures; defamation allowed as a "
    "factual claim about a company.")
H("h1_21", 1,
  "The Seafront Liberals' leaflet going round Foxcliff is misleading: the bar "
  "chart starts at 40%. Fix it, please.",
  a=[DF],
  n="'Misleading' about a leaflet; defamation allowed.")
H("h1_22", 1,
  "Anyone else sick of this administration's spin? Every cut is a 'refresh', "
  "every closure a 'transition'. Call it what it is.",
  n="Spin, not lies; no person.")
H("h1_23", 1,
  "Harbour Arm pitch fees up 30% with two weeks' notice. Traders are furious and "
  "so am I. This is no way to treat small businesses.",
  n="A fee decision.")
H("h1_24", 1,
  "Absolute shambles at the Westgull recycling centre on Saturday: queue back to "
  "the roundabout and one skip open. Not good enough.",
  n="'Absolute shambles' without obscenity; compare [[al16]].")
H("h1_25", 1,
  "The cabinet's decision to close Westgull library is short-sighted, "
  "mean-spirited and wrong. I'll be moving the call-in on Thursday.",
  n="Decision criticised in strong terms; compare [[al05]].")
H("h1_26", 1,
  "Jollity Park's new owners promised us a year-round attraction. We got a "
  "padlocked gate and a broken dodgems sign. Hold them to it.",
  n="A company's broken promise.")
H("h1_27", 1,
  "Marsh Independents want to scrap the coastal path project. Worst idea I've "
  "heard all year, and I sat through the whole airfield debate.",
  n="A party's policy.")
H("h1_28", 1,
  "Our planning department is overstretched and it shows: fourteen weeks to "
  "validate a porch. That's a resourcing failure and the cabinet owns it.",
  a=[OF],
  n="A department, not an officer; officers allowed.")

# ---------------------------------------------------------------------------
# HN2: counter-speech and quoting abuse to condemn it (28)
# ---------------------------------------------------------------------------
H("h2_01", 2,
  "A resident told me on the doorstep today that Eastcliff was 'ruined by the "
  "Romanians'. No. Eastcliff was ruined by absentee landlords and twenty years "
  "of cuts. The Romanian families I know are the ones keeping its shops open.",
  a=[EQ],
  n="Quotes and rebuts the claim in [[eq01]].")
H("h2_02", 2,
  "To whoever sprayed 'pikeys out' on the wall by Marsh Lane: it's been painted "
  "over, the police have the photos, and the Romany families on the marsh have "
  "been here a lot longer than you.",
  a=[EQ, AL],
  n="Quotes a slur to condemn it; compare [[eq03]].")
H("h2_03", 2,
  "My inbox this morning: 'poofters are ruining Chalkness'. My reply: Pride "
  "brings twenty thousand people and their wallets to our seafront, and every "
  "one of them is welcome here.",
  a=[EQ, AL],
  n="Quotes the slur of [[eq21]] to rebut it.")
H("h2_04", 2,
  "Robyn Sallis has been called a 'man in a dress' in my mentions four times "
  "today. Enough. She's a colleague and a friend, and she's a woman.",
  a=[EQ],
  n="Defends a trans colleague; compare [[eq23]].")
H("h2_05", 2,
  "'Women aren't built for harbour work,' a bloke told me on the fish quay this "
  "morning. Tell that to the three women skippering boats out of Gullhaven.",
  a=[EQ],
  n="Quotes the claim of [[eq19]] to rebut it.")
H("h2_06", 2,
  "Councillors who call residents 'scum' on Facebook should be ashamed of "
  "themselves. I don't care which party they're from. Do better.",
  a=[PA, AL],
  n="Condemns abuse; 'should be ashamed' at unnamed councillors.")
H("h2_07", 2,
  "If you call the Cheung family's takeaway a 'chinky' in my comments you will "
  "be blocked and reported. Not up for debate.",
  a=[EQ, AL],
  n="Quotes the slur of [[eq07]] to ban it; a moderation warning, not "
    "intimidation.")
H("h2_08", 2,
  "Somebody has written 'spaz' under a video of a disabled lad on the new beach "
  "swing at Chalkness. Reported. Is this really the Isle in 2026?",
  a=[EQ, AL],
  n="Quotes a disability slur to report it; compare [[eq13]].")
H("h2_09", 2,
  "The 'I know where you live' message sent to one of our parish clerks is now "
  "with the police. Nobody who serves this Isle should get that.",
  a=[BI],
  n="Quotes a threat to condemn it; compare [[bi03]].")
H("h2_10", 2,
  "Had an anonymous note through the door: 'accidents happen on cliff paths'. "
  "Handed to the police. I won't be intimidated and nor should any councillor.",
  a=[BI],
  n="Reports a veiled threat; compare [[bi12]].")
H("h2_11", 2,
  "Holocaust Memorial Day. At the Cecil Street synagogue this morning we heard "
  "from the grandson of a survivor. The old lie that Jews 'control the money' "
  "helped kill millions. Call it out every single time you hear it.",
  a=[EQ], date="2026-01-27",
  n="Names the money trope to condemn it; compare [[eq10]].")
H("h2_12", 2,
  "Someone on the Gullhaven community page says Yasmin Choudhury 'votes how the "
  "mosque tells her'. Yasmin votes how her residents ask her to, and she's a "
  "better councillor than most of us.",
  a=[EQ],
  n="Rebuts the trope of [[eq09]].")
H("h2_13", 2,
  "The trolls calling Freya Coombes 'baby brain' because she's pregnant: "
  "pregnant women run businesses, hospitals and councils. Grow up.",
  a=[EQ, PA],
  n="Defends a pregnant colleague; 'grow up' at unnamed trolls. Compare "
    "[[eq26]].")
H("h2_14", 2,
  "'Coffin-dodgers' is not how we talk about the people who built this Isle. The "
  "over-75s on the beach hut list have every right to be there.",
  a=[EQ],
  n="Quotes an ageist slur to reject it.")
H("h2_15", 2,
  "Graffiti on the Albion Road mosque wall overnight. Scrubbed off by 10am by "
  "volunteers from three churches and the synagogue. That's the Isle I know.",
  n="Counter-speech without quoting the graffiti.")
H("h2_16", 2,
  "Anyone who thinks 'go back where you came from' is an acceptable thing to say "
  "to Kwame Asante: he came from the maternity ward at Sarrow General, same as "
  "me.",
  a=[EQ],
  n="Rebuts [[eq04]].")
H("h2_17", 2,
  "Removed a comment from my page that called a resident 'a fat, thick waste of "
  "space'. Disagree with people all you like. Don't abuse them.",
  a=[PA],
  n="Moderation note quoting an insult.")
H("h2_18", 2,
  "Disappointed to see a post calling our Mayor a 'vain, silly woman' shared by "
  "people who should know better. Criticise the office all you like; leave the "
  "sexism out of it.",
  a=[PA, EQ],
  n="Quotes [[pa21]] to condemn it.")
H("h2_19", 2,
  "I've been sent 'you'll regret this' three times since the Stonecross vote. "
  "Every one is logged with the Monitoring Officer. I'm not going anywhere.",
  a=[BI],
  n="Reports threats received; compare [[bi04]].")
H("h2_20", 2,
  "Whoever scrawled 'Nepalis go home' on the Foxcliff bus shelter: Gurkhas have "
  "served this country for two hundred years. Foxcliff is their home.",
  a=[EQ],
  n="Quotes racist graffiti to rebut it.")
H("h2_21", 2,
  "A resident emailed to say disabled people 'shouldn't be on committees'. Bev "
  "Tapsell has done more for the Isle's buses than anyone in a decade, wheels "
  "and all.",
  a=[EQ],
  n="Defends a wheelchair-user colleague; 'wheels and all' is fond. Compare "
    "[[eq12]].")
H("h2_22", 2,
  "The word 'retard' was used twice at the Westgull residents' meeting about the "
  "day centre last night. I said it then and I'll say it now: not in my ward.",
  a=[EQ, AL],
  n="Quotes a slur to condemn it.")
H("h2_23", 2,
  "Unacceptable: a post on a local page saying Ethan Wraight should be 'kept off "
  "planning because he's autistic'. Autistic people bring exactly the attention "
  "to detail planning needs.",
  a=[EQ],
  n="Answers the argument of [[eq15]].")
H("h2_24", 2,
  "The racist rubbish in the comments under the Marine Regent story says more "
  "about the commenters than about the families living there. Deleted and "
  "reported.",
  a=[PA],
  n="'Racist rubbish' at comments; personal-attack allowed.")
H("h2_25", 2,
  "'Gobby cow', 'silly woman', 'go home and cook' – all from one account, all "
  "aimed at female councillors, all in one afternoon. Screenshotted and sent to "
  "the police.",
  a=[EQ, AL, PA],
  n="Lists sexist insults (compare [[al14]], [[eq20]]) to report them.")
H("h2_26", 2,
  "Calling civil partners 'not real family' is bigotry, plain and simple. Pam and "
  "Carol have been together 31 years. Shame on whoever wrote that.",
  a=[EQ],
  n="Rebuts [[eq27]].")
H("h2_27", 2,
  "Saw the 'Holi paint is ruining our sand' post. It washes off with the tide. "
  "Prejudice doesn't. Come along next year, it's a brilliant afternoon.",
  a=[EQ], date="2026-03-09",
  n="Answers [[eq11]].")
H("h2_28", 2,
  "Someone's dug out the 'cunt' tweet a (former) councillor sent a resident in "
  "2019. It was vile then, it's vile now, and I'm glad he's gone.",
  a=[AL, PA],
  n="Quotes the c-word to condemn it; compare [[al05]].")

# ---------------------------------------------------------------------------
# HN3: denied prejudice, myth-busting and civil debate on protected topics (28)
# ---------------------------------------------------------------------------
H("h3_01", 3,
  "Myth: the people at the Marine Regent get £1,000 a month in cash. Fact: it's "
  "about £9 a week. Please stop sharing that graphic.",
  a=[EQ],
  n="Myth-busting about asylum seekers.")
H("h3_02", 3,
  "I'm not against the mosque extension. I'm against forty extra cars on Albion "
  "Road at 1pm on a Friday. Those are different things, and I'd say exactly the "
  "same about a church.",
  a=[EQ, PR],
  n="Objection on parking alone; predetermination allowed ('I'm against' a "
    "planning scheme). Compare [[eq08]].")
H("h3_03", 3,
  "Civil question: should the beach hut waiting list give priority to Isle "
  "residents? I think yes. Nothing to do with age, everything to do with a "
  "fourteen-year list.",
  a=[EQ],
  n="Residence, not age.")
H("h3_04", 3,
  "Good news from Eastcliff: 62% of Roma children on the outreach list are now "
  "in school full-time, up from 41% three years ago. The outreach team deserve a "
  "medal.",
  a=[EQ],
  n="Statistic about an ethnic group, positive.")
H("h3_05", 3,
  "Single-sex changing at Gullhaven leisure centre: I've asked officers for the "
  "legal position under the Equality Act before anyone on either side gets "
  "angrier. Facts first.",
  a=[EQ],
  n="Civil framing of the subject of [[eq23]].")
H("h3_06", 3,
  "Some residents have asked whether Gurkha families are 'taking' Foxcliff's "
  "social housing. They aren't: 6 of 212 lets last year. Most Gurkha veterans "
  "here own their homes.",
  a=[EQ],
  n="Myth-busting with figures.")
H("h3_07", 3,
  "Does the council need to do more to get older residents online? Yes. Does "
  "that mean older residents are 'past it'? Absolutely not. Both can be true.",
  a=[EQ],
  n="Age discussed civilly.")
H("h3_08", 3,
  "Fair question from a resident: why do we fly the Pride flag but not the St "
  "George's cross? Answer: we fly both, on the dates in the flag protocol. It's "
  "on the website.",
  n="Neutral answer on flags.")
H("h3_09", 3,
  "Let's talk about the Marsh Lane Traveller site properly. Pitches: 12. "
  "Complaints to the council last year: 3. Complaints about the Westgull holiday "
  "caravan park: 27. Perspective.",
  a=[EQ],
  n="Myth-busting about Travellers.")
H("h3_10", 3,
  "I'm a practising Catholic and I voted for the Pride funding. My faith tells me "
  "to love my neighbour, not vet them.",
  n="Self-description of belief and a vote.")
H("h3_11", 3,
  "Debate in the group about an upper age limit for councillors. My view: no. "
  "Let voters decide. Eileen Cobb out-canvasses me every single election.",
  a=[EQ],
  n="Rejects an age bar; compare [[eq16]].")
H("h3_12", 3,
  "Not every criticism of the Israeli government is antisemitic, and not every "
  "complaint of antisemitism is made in bad faith. The day after HMD, of all "
  "days, can we hold both thoughts?",
  a=[EQ], date="2026-01-28",
  n="Civil debate on a charged topic.")
H("h3_13", 3,
  "Before anyone shares it again: no, the Holi colour run does not damage the "
  "beach. The powder is cornflour and food dye. The environment team checked.",
  a=[EQ], date="2026-03-06",
  n="Myth-busting; compare [[eq11]].")
H("h3_14", 3,
  "Maternity leave for councillors: we still have no proper policy. Freya "
  "Coombes is due in June and shouldn't have to make one up as she goes. Motion "
  "to full council next month.",
  a=[EQ],
  n="Pregnancy discussed supportively; compare [[eq25]].")
H("h3_15", 3,
  "A few people have asked why I don't comment on my colleague's transition. "
  "Because it's hers to talk about, not mine.",
  author="@KwameAsanteGreen",
  n="A Green colleague of Robyn Sallis (pinned author). Declines to discuss gender reassignment.")
H("h3_16", 3,
  "Are we anti-DFL? No. Are we against second homes sitting empty eleven months "
  "a year? Yes. Those are different things.",
  n="'DFL' used neutrally; compare [[pa01]].")
H("h3_17", 3,
  "The 'they're all young men' line about the Marine Regent: 31 of the 104 "
  "residents are children. Check before you share.",
  a=[EQ],
  n="Corrects the claim of [[eq06]].")
H("h3_18", 3,
  "Resident asked whether I'd 'let a disabled person chair scrutiny'. Yes. Next "
  "question.",
  a=[EQ],
  n="Short rebuttal.")
H("h3_19", 3,
  "I'm not homophobic, but I do think the drag story hour should have been "
  "advertised better so parents could choose. That's a comms point, not a "
  "culture war.",
  a=[EQ],
  n="'I'm not homophobic, but' followed by a comms point; compare [[eq21]].")
H("h3_20", 3,
  "Scrutiny asked today whether the Mayor's charity can fund a mosque roof. It "
  "can: it funded the Methodist roof in 2023 on the same criteria.",
  n="Neutral.")
H("h3_21", 3,
  "Is 'this is a Christian country' an argument against the Ramadan iftar at the "
  "Winter Rooms? No. The Winter Rooms is a council venue any group can book. "
  "Rules are rules.",
  a=[EQ], date="2026-02-24",
  n="Quotes and answers an exclusionary line.")
H("h3_22", 3,
  "On pregnancy and council seats: nobody is 'off on our money'. Allowances "
  "continue under the scheme approved unanimously in 2021, by every party.",
  a=[EQ],
  n="Answers [[eq25]].")
H("h3_23", 3,
  "Honest question, no agenda: how many Polish speakers do we have on the "
  "customer service desk? We've got around 3,000 Polish residents and I'd like "
  "the answer to be more than one.",
  a=[EQ],
  n="'No agenda' framing, inclusive content.")
H("h3_24", 3,
  "Women in harbour jobs: 2 of our 19 harbour staff. I've asked the Harbour "
  "Master what we're doing to change that, and he has a plan. Good.",
  a=[EQ],
  n="Sex discussed civilly; the Harbour Master is mentioned, not criticised.")
H("h3_25", 3,
  "On the 'young councillors know nothing' comments: I was 24 when I was first "
  "elected and I knew nothing. I learned. So will they.",
  a=[EQ],
  n="Quotes and answers ageism; compare [[eq17]].")
H("h3_26", 3,
  "A resident asked me if autism is 'a disability or an excuse'. It is a "
  "disability under the Equality Act, and it isn't an excuse for anything. Happy "
  "to talk it through.",
  a=[EQ],
  n="Civil answer; compare [[eq15]].")
H("h3_27", 3,
  "No, the Lunar New Year lanterns on the Harbour Arm weren't paid for out of "
  "council tax. The Gullhaven Chinese Association raised every penny. Lovely "
  "evening.",
  date="2026-02-18",
  n="Myth-busting.")
H("h3_28", 3,
  "'Traveller' is not a synonym for 'criminal'. Our own enforcement figures for "
  "the marsh show it, and I'll keep saying it until people stop needing telling.",
  a=[EQ, DF],
  n="Rebuts a stereotype; defamation allowed for 'criminal'. Compare [[db07]].")

# ---------------------------------------------------------------------------
# HN4: neutral or positive mentions of protected groups, self-description,
# reclaimed terms (27)
# ---------------------------------------------------------------------------
H("h4_01", 4,
  "Wheelchair user, councillor, and now the proud borrower of a beach wheelchair "
  "from the new Westgull loan scheme. Sand: conquered. ♿🌊",
  author="@BevTapsellSF",
  n="Bev Tapsell on herself; compare [[eq12]].")
H("h4_02", 4,
  "Ten years since I transitioned. Ten years of being myself. Thank you to "
  "everyone on the Isle who made me feel at home.",
  author="@RobynSallisGreen",
  n="Robyn Sallis on herself.")
H("h4_03", 4,
  "Gay, 23, and the youngest councillor on the Isle. Yes, I can read a budget. "
  "Yes, I have a boyfriend. No, I won't be taking questions on either.",
  author="@OliverPenfoldSL",
  n="Oliver Penfold on himself.")
H("h4_04", 4,
  "Queer, proud, and on the Chalkness Pride planning group for the third year "
  "running. Volunteers wanted for August! 🏳️‍🌈",
  a=[EQ], author="@OliverPenfoldSL",
  n="Reclaimed 'queer' used of himself; equality allowed.")
H("h4_05", 4,
  "Ramadan Mubarak to everyone on the Isle observing from today. The community "
  "iftar at the Albion Road mosque on Saturday is open to all. Neighbours very "
  "welcome.",
  author="@YasminChoudhuryTW", date="2026-02-18",
  n="Yasmin Choudhury's greeting.")
H("h4_06", 4,
  "Eid Mubarak! Huge thanks to the Gullhaven Harbour traders who put lights up "
  "along the front this year.",
  author="@YasminChoudhuryTW", date="2026-03-20",
  n="Eid greeting.")
H("h4_07", 4,
  "Gong hei fat choi from all of us at the Cheung family chippy on Harbour "
  "Street! Year of the Horse, and our 40th year on the Isle this spring. 🧧",
  author="@LilyCheungInd", date="2026-02-17",
  n="Lily Cheung on her family business; compare [[eq07]].")
H("h4_08", 4,
  "Born in Gdańsk, came to Gullhaven in 2004, elected in 2023. Polish and "
  "Isle-born-again. Both things are true.",
  author="@AgaWronaSL",
  n="Agnieszka Wrona on herself; compare [[eq05]].")
H("h4_09", 4,
  "Yes, I'm pregnant 🤰 Due in June. I'll take maternity leave under the "
  "council's scheme and my ward colleague will cover casework. Back in the "
  "autumn!",
  author="@FreyaCoombesGreen",
  n="Freya Coombes on herself.")
H("h4_10", 4,
  "I'm autistic. That's why I read every page of the planning pack and ask "
  "about paragraph 7.4.2. You're welcome.",
  author="@EthanWraightMI",
  n="Ethan Wraight on himself.")
H("h4_11", 4,
  "Time to Talk Day. I've lived with depression since my twenties. Two years ago "
  "I took a month off council work to get well. Best thing I ever did. Talk to "
  "someone.",
  author="@StuartHogbenSL", date="2026-02-05",
  n="Stuart Hogben on himself; compare [[eq14]].")
H("h4_12", 4,
  "83 today and still out delivering leaflets round Westgull. Nobody's putting me "
  "on a bench on the prom just yet 😄",
  a=[EQ], author="@EileenCobbWestgull",
  n="Eileen Cobb on her age; shares 'bench on the prom' with [[eq16]]. "
    "Equality allowed.")
H("h4_13", 4,
  "New hearing aids fitted at Sarrow General. I can now hear every word said at "
  "scrutiny. Not convinced that's an improvement.",
  author="@EileenCobbWestgull",
  n="Self-description of a disability, with a joke.")
H("h4_14", 4,
  "Proud Romany Gypsy. My family picked hops on the marsh farms every September "
  "for four generations. First Gypsy on this council. Won't be the last.",
  author="@JimLoveridgeMI",
  n="Jim Loveridge on himself; compare [[eq02]].")
H("h4_15", 4,
  "Black, Isle-born, Chalkness Town season ticket since I was six. Anyone who "
  "thinks those don't go together has never stood in the home end.",
  author="@KwameAsanteGreen",
  n="Kwame Asante on himself.")
H("h4_16", 4,
  "My grandfather served 28 years in the Brigade of Gurkhas. Proud to lay the "
  "wreath for Gurkha veterans at Foxcliff this morning.",
  author="@RajanGurungTW",
  n="Rajan Gurung on his family.")
H("h4_17", 4,
  "Lit a candle with my children at the Cecil Street synagogue this morning for "
  "Holocaust Memorial Day. My great-grandmother's family came from Łódź. We "
  "remember.",
  author="@HannahLeveneSL", date="2026-01-27",
  n="Hannah Levene on her family.")
H("h4_18", 4,
  "31 years together, 14 of them as civil partners. Happy anniversary, Carol. "
  "Still the best decision I ever made (standing for Sarrow Marsh was second).",
  author="@PamQuestedMI",
  n="Pam Quested on her civil partnership; compare [[eq27]].")
H("h4_19", 4,
  "Big thanks to the Kittiwake Bay day centre for hosting the access audit. "
  "Eleven wheelchair users, three guide dogs and one very honest report.",
  n="Neutral mention of disabled residents.")
H("h4_20", 4,
  "The Saltglass's 'Queer Coast' show is extended to April. Go. The room on 1970s "
  "Chalkness drag nights is brilliant.",
  a=[EQ],
  n="'Queer' as an exhibition title; compare [[eq22]].")
H("h4_21", 4,
  "Yesterday's International Women's Day breakfast at the Lido Pavilion: "
  "fishwives' great-granddaughters, lifeboat crew, and the first woman harbour "
  "pilot on the Isle. What a room.",
  date="2026-03-09",
  n="Positive mention of women.")
H("h4_22", 4,
  "Welcome to the 14 Afghan families settling in Gullhaven this month. If you "
  "can spare a winter coat, the Harbour Street hub is collecting until Friday.",
  n="Welcome to refugees.")
H("h4_23", 4,
  "Happy Holi! Chalkness beach turned pink, green and yellow this afternoon. "
  "Thank you to the Isle Hindu Society for organising.",
  date="2026-03-04",
  n="Holi greeting; compare [[eq11]].")
H("h4_24", 4,
  "Congratulations to Sarrow Deaf Club on 60 years. The members taught me to "
  "sign 'thank you' and 'sorry I'm late', both very useful in my job.",
  n="Positive mention of deaf residents.")
H("h4_25", 4,
  "Proud to be one of the old codgers at Tuesday walking football. 71, two new "
  "knees, one goal.",
  a=[EQ], author="@CllrDerekOrmerod",
  n="Self-deprecating age term about himself (pinned author); equality "
    "allowed.")
H("h4_26", 4,
  "Mums at Westgull library asked for a breastfeeding-welcome sign. Done. Took "
  "ten minutes. Some things are easy.",
  n="Maternity, positive.")
H("h4_27", 4,
  "Forty years married to a fisherman's daughter from Gullhaven. Happy ruby "
  "anniversary, love. Still can't gut a mackerel properly.",
  author="@GrahamSayerTW",
  n="Marriage, self-description (pinned author).")

# ---------------------------------------------------------------------------
# HN5: figurative violence, banter, self-deprecation, idioms (27)
# ---------------------------------------------------------------------------
H("h5_01", 5,
  "Got absolutely murdered at the Shanty Week quiz. Fourth out of five. The "
  "lifeboat crew table are ringers, I'm convinced.",
  a=[BI],
  n="'Murdered' figurative.")
H("h5_02", 5,
  "Graham Sayer took me apart in the budget debate and, annoyingly, he was right "
  "about the reserves. Fair play to him.",
  a=[BI, PA],
  n="'Took me apart' about the writer; praise of a named rival.")
H("h5_03", 5,
  "Confession: I am the oldest, slowest and least techy member of the digital "
  "committee. Could someone explain what a 'cloud' is that isn't hanging over "
  "Westgull?",
  n="Self-deprecation about age and skills.")
H("h5_04", 5,
  "Kerry Minter and I will settle the seafront shelters row the traditional way: "
  "a crabbing contest off the Harbour Arm. Loser buys the chips.",
  n="Banter with a named rival.")
H("h5_05", 5,
  "Going to kill whoever invented the 7am ward walkabout. Oh wait. It was me.",
  a=[BI],
  n="'Kill' at the writer.")
H("h5_06", 5,
  "Sarrow First absolutely battered us in the Foxcliff by-election. "
  "Congratulations to them. We'll be back.",
  a=[BI],
  n="'Battered' about an election.")
H("h5_07", 5,
  "The gulls on Marine Parade are an organised criminal gang and I want them "
  "prosecuted. Lost a whole 99, flake and all.",
  n="'Criminal gang' about seagulls.")
H("h5_08", 5,
  "Piers Ashdown, I'll see you on the bowling green on Saturday. Prepare to be "
  "humiliated. 🎳",
  a=[BI, PA],
  n="Sporting challenge to a named colleague; 'humiliated' in jest.")
H("h5_09", 5,
  "If anyone sees me near a biscuit tin before Easter, tackle me to the ground. "
  "Please. I'm begging you.",
  date="2026-02-19",
  n="Lent joke, violence at the writer.")
H("h5_10", 5,
  "Had a proper barney with Hannah Levene at scrutiny over the harbour dredging. "
  "Then a proper pint with her after. That's how it should work.",
  a=[PA],
  n="'Barney' (row) with a named colleague, friendly.")
H("h5_11", 5,
  "Killed it at the Westgull Primary assembly. Year 4 asked if I was the Mayor. "
  "I said no. They lost interest immediately.",
  a=[BI],
  n="'Killed it'; self-deprecating.")
H("h5_12", 5,
  "Group meeting last night was carnage. Twelve councillors, fourteen opinions, one "
  "plate of biscuits.",
  n="'Carnage' about a meeting.")
H("h5_13", 5,
  "Blown away by the new show at the Saltglass. Knocked me sideways. Go.",
  n="Idioms of force as praise.")
H("h5_14", 5,
  "Swimy-headed after the lifeboat exercise. They dunked me twice. Huge respect "
  "to the crew who do this for real in February.",
  n="Kentish 'swimy' (dizzy).")
H("h5_15", 5,
  "Terry Pilcher and I agree on something! The airfield lorry route is daft. "
  "Mark the date, it won't happen again 😂",
  n="Cross-party banter.")
H("h5_16", 5,
  "Dunnamany times I've promised to stop buying whelks from the stall on the "
  "quay. Dunnamany times I've failed.",
  n="Kentish idiom, self-deprecation.")
H("h5_17", 5,
  "Shane Hollands, you absolute legend, you found the missing agenda papers in "
  "the Crab & Lantern. Drinks on me.",
  n="'Absolute legend' at a named rival; praise.")
H("h5_18", 5,
  "Self-portrait: me in the sea fog this morning, trying to find the Westgull "
  "beach huts with a clipboard. Lost. Damp. Thick as a brick before coffee.",
  a=[PA],
  n="'Thick as a brick' about the writer; compare [[pa02]].")
H("h5_19", 5,
  "My other half says I'm a walking disaster and she's right. Locked myself out "
  "of the civic centre twice this week.",
  n="Self-deprecation.")
H("h5_20", 5,
  "Fight for every bus route like it's your last. Today we saved the 38 to the "
  "marsh villages. 🚌",
  a=[BI],
  n="'Fight' figurative.")
H("h5_21", 5,
  "I could cheerfully strangle whoever put licensing and planning on the same "
  "Thursday night. (It was the diary system. I checked. You can't strangle a "
  "diary system.)",
  a=[BI],
  n="Joke threat, defused in the text.")
H("h5_22", 5,
  "Watch your backs, Kittiwake Bay: the Shanty Week committee have signed me up "
  "for the tug-of-war. Sixteen stone of pure ballast.",
  a=[BI],
  n="'Watch your backs' in jest at a whole town.")
H("h5_23", 5,
  "Told my grandson I'm on the audit committee. He asked if that's where they "
  "keep the biscuits. He's not wrong.",
  n="Self-deprecation.")
H("h5_24", 5,
  "Rajan Gurung's momo at the Foxcliff fundraiser nearly finished me off. In the "
  "best way. Went back for thirds.",
  a=[BI],
  n="'Finished me off' about food.")
H("h5_25", 5,
  "The old hoverport was a white elephant in 1981 and it's a white elephant now. "
  "But it's OUR white elephant. Save the sign!",
  n="Idiom; one word in capitals.")
H("h5_26", 5,
  "Yes, I look like a drowned rat in the Mercury photo. No, I won't be taking "
  "questions about the hat.",
  n="Self-deprecation.")
H("h5_27", 5,
  "Ethan Wraight destroyed the rest of us in the planning quiz at member "
  "training. Twenty out of twenty. The rest of us: embarrassing.",
  a=[BI],
  n="'Destroyed' as praise of a named colleague.")

# ---------------------------------------------------------------------------
# HN6: criticism of a named councillor's record that stays on the record (27)
# ---------------------------------------------------------------------------
H("h6_01", 6,
  "Graham Sayer told full council in July the library was safe. In January his "
  "budget closes it. I've put both quotes side by side on my page so residents "
  "can judge for themselves.",
  a=[DF, PA],
  n="Same facts as [[df01]] without 'liar'; defamation allowed.")
H("h6_02", 6,
  "Derek Ormerod has chaired planning for six years. In that time affordable "
  "housing delivery fell from 31% to 9%. That's the record he's standing on.",
  a=[PA],
  n="Record with figures.")
H("h6_03", 6,
  "Marion Pettifer promised a decision on the lido by Christmas. It's March. "
  "Still no decision. Leader: when?",
  a=[PA],
  n="Broken promise, on the record.")
H("h6_04", 6,
  "Terry Pilcher voted against the Westgull sea wall repairs three times "
  "(minutes of 14 March, 9 June and 3 November). Residents should know that.",
  a=[PA, DF],
  n="Voting record with sources.")
H("h6_05", 6,
  "Piers Ashdown's culture budget went up 22% while youth services were cut 18%. "
  "He's entitled to his priorities. I think they're the wrong ones.",
  a=[PA],
  n="Priorities disputed.")
H("h6_06", 6,
  "Kerry Minter hasn't attended a licensing committee since September. That's "
  "not an insult, it's the attendance register. Residents are entitled to ask "
  "why.",
  a=[PA, DF],
  n="Attendance on the record.")
H("h6_07", 6,
  "I disagree profoundly with Shane Hollands about the Marine Regent. But his "
  "question on fire safety was the right one, and the Home Office should answer "
  "it.",
  n="Disagreement with credit.")
H("h6_08", 6,
  "Clive Tanner said 300 council homes would be started by 2025. The figure is "
  "41. I'm not calling anyone a liar; I'm asking for a revised plan.",
  a=[DF, PA],
  n="Contains 'liar' in a denial; defamation allowed.")
H("h6_09", 6,
  "Valerie Stonham's mayoral charity raised £14k this year. Brilliant. But the "
  "mayoral car cost £22k over the same year. Worth a debate.",
  a=[DF],
  n="Costs on the record; compare [[db08]].")
H("h6_10", 6,
  "Freya Coombes' climate motion had no costings. None. Good intentions are not "
  "a budget.",
  a=[PA],
  n="Motion criticised.")
H("h6_11", 6,
  "Jordan Kember's amendment would have cut the lifeboat grant. He withdrew it "
  "once we pointed that out. Credit for that, but read the papers first next "
  "time.",
  a=[PA],
  n="Record plus a mild rebuke.")
H("h6_12", 6,
  "Pam Quested has missed 7 of 10 full council meetings this year, according to "
  "the published attendance. Marsh residents deserve to know.",
  a=[PA, DF],
  n="Attendance from the register; compare [[pa16]].")
H("h6_13", 6,
  "Rajan Gurung's beach hut charge rise went through without any consultation. "
  "I'm calling it in and I'll ask him to explain it at scrutiny.",
  a=[PA],
  n="Process criticised; compare [[pa18]] and [[bp09]].")
H("h6_14", 6,
  "Stuart Hogben's answer on the Anchor Court damp was not good enough. Three "
  "years of complaints and he still talks about 'monitoring'.",
  a=[PA],
  n="Answer criticised.")
H("h6_15", 6,
  "Yasmin Choudhury declared her brother's interest and left the room for the "
  "shelters contract item. That's how it should be done. The contract itself I'd "
  "have voted against.",
  n="On-the-record counterpart of [[db10]].")
H("h6_16", 6,
  "Hannah Levene says the Stonecross deal will bring 1,200 jobs. The operator's "
  "own filing says 340. Happy to be corrected, but that gap needs explaining.",
  a=[DF],
  n="Claim checked against a document.")
H("h6_17", 6,
  "Lily Cheung's objection to the Harbour Street parking scheme was well argued "
  "and wrong. The traffic counts don't support it.",
  a=[PA],
  n="Argument disputed.")
H("h6_18", 6,
  "Derek Ormerod declared hospitality from Corbel Coastal Homes in 2024 (register "
  "of interests, entry 17). I think he should step aside from Stonecross Fields. "
  "That's a judgement, not an accusation.",
  a=[DF, GI],
  n="Declared hospitality; compare [[db01]] and [[df02]]. Gifts and defamation "
    "allowed.")
H("h6_19", 6,
  "Bev Tapsell's bus pass amendment was the only costed proposal in the whole "
  "debate. Credit where it's due.",
  n="Praise of a rival's record.")
H("h6_20", 6,
  "Ethan Wraight voted for the Westgull lorry park at committee and against it at "
  "full council. Both votes are in the minutes. Which is it?",
  a=[PA, DF],
  n="Inconsistency on the record.")
H("h6_21", 6,
  "Kwame Asante's cycle lane cost £1.8m and the counters show 60 bikes a day. He "
  "should come to scrutiny and defend the numbers.",
  a=[PA],
  n="Scheme cost.")
H("h6_22", 6,
  "Jim Loveridge chaired the rural transport review. It recommended cutting the "
  "38 bus. I think that was wrong and I've told him so to his face.",
  a=[PA],
  n="Record criticised; nothing about his heritage.")
H("h6_23", 6,
  "Agnieszka Wrona's claim that the harbour dredging is 'fully funded' is not "
  "what the capital programme says (page 41). That needs correcting.",
  a=[DF],
  n="Claim corrected without calling it a lie.")
H("h6_24", 6,
  "Robyn Sallis has used her casting vote on four planning appeals we then lost "
  "with costs. We need to talk about the process, not the person.",
  a=[PA],
  n="Record on appeals.")
H("h6_25", 6,
  "Eileen Cobb has been on the council for 31 years. Her record on the coastal "
  "path is second to none. Her record on the budget I'd argue with all day.",
  n="Tenure, not age.")
H("h6_26", 6,
  "Marion Pettifer's statement to the Mercury on the tip contract doesn't match "
  "the cabinet minutes of 12 February. I've written to her asking which is "
  "right.",
  a=[DF],
  n="Discrepancy raised on the record.")
H("h6_27", 6,
  "The Mayor has attended 140 events this year. Impressive. I'd like to see the "
  "cost of them published, as it used to be.",
  a=[IR],
  n="'Impressive' may read as irony; allowed.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family. Every occurrence of the
# word is changed (case-insensitive, whole word); caps upper-cases the whole
# text except @handles and adds haste to allowed.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa03", "asterisk", "windbag"), ("pa02", "digit", "thick"),
    ("pa17", "zero_width", "worm"), ("pa27", "spaced", "tool"),
    ("pa09", "homoglyph", "arrogant"), ("pa08", "caps", None),
    ("al03", "asterisk", "wanker"), ("al07", "digit", "pricks"),
    ("al21", "zero_width", "shit"), ("al22", "spaced", "tosser"),
    ("al04", "homoglyph", "bollocks"), ("al16", "caps", None),
    ("bi07", "asterisk", "kicking"), ("bi04", "digit", "regret"),
    ("bi08", "zero_width", "knock"), ("bi03", "spaced", "live"),
    ("bp03", "homoglyph", "misery"), ("bi01", "caps", None),
    ("eq03", "asterisk", "pikeys"), ("eq13", "digit", "spaz"),
    ("eq21", "zero_width", "poofter"), ("eq01", "spaced", "Romanians"),
    ("eq07", "homoglyph", "chinky"), ("eq12", "caps", None),
    ("df14", "asterisk", "crook"), ("df01", "digit", "liar"),
    ("df03", "zero_width", "fraud"), ("db01", "spaced", "bribe"),
    ("df13", "homoglyph", "corrupt"), ("db06", "caps", None),
]

PIN_PLATFORM = {"pa11": "facebook", "pa16": "facebook", "al21": "facebook"}

DIGITS = {"i": "1", "o": "0", "e": "3", "a": "4", "s": "5"}
CYRILLIC = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441",
            "p": "\u0440", "i": "\u0456",
            "A": "\u0410", "O": "\u041e", "E": "\u0415", "C": "\u0421",
            "P": "\u0420"}
ZWSP = "\u200b"


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    elif kind == "digit":
        for i in range(1, len(w)):
            if w[i].lower() in DIGITS:
                return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    elif kind == "zero_width":
        h = len(w) // 2
        return w[:h] + ZWSP + w[h:]
    elif kind == "spaced":
        return " ".join(w)
    elif kind == "homoglyph":
        for i, ch in enumerate(w):
            if ch in CYRILLIC:
                return w[:i] + CYRILLIC[ch] + w[i + 1:]
    raise ValueError("cannot obfuscate %r as %s" % (w, kind))


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b%s\b" % re.escape(word), re.IGNORECASE)
    new, count = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    if not count:
        raise ValueError("word %r not in text" % word)
    return new


# ---------------------------------------------------------------------------
# The roster, and who may author a row
# ---------------------------------------------------------------------------
SHORT = {"Valerie Stonham": ["Val"], "Agnieszka Wrona": ["Aga"]}
ROLES = {
    "Marion Pettifer": r"\b(?:the|Some) Leader\b(?! of the Opposition)|\bLeader:",
    "Graham Sayer": r"Deputy Leader|Cabinet Member for Finance",
    "Clive Tanner": r"Cabinet Member for Housing",
    "Piers Ashdown": r"Cabinet Member for Regeneration",
    "Rajan Gurung": r"Cabinet Member for Coast",
    "Yasmin Choudhury": r"Cabinet Member for Communities",
    "Derek Ormerod": r"(?i:chair(?:s|ed|ing)? (?:of )?planning|in charge of planning)",
    "Valerie Stonham": r"\b(?:the|our|The|Our) Mayor\b|\bMayor's\b|(?i:\bmayoral\b)",
    "Hannah Levene": r"(?i:chair of scrutiny)",
    "Terry Pilcher": r"Leader of the Opposition",
}
# Councillors who describe themselves (HN4) as members of a protected group,
# and the women on the roster: an equality positive is not given to a member of
# the group it attacks.
WOMEN = ["Marion Pettifer", "Yasmin Choudhury", "Valerie Stonham", "Eileen Cobb",
         "Kerry Minter", "Bev Tapsell", "Doreen Gilham", "Freya Coombes",
         "Robyn Sallis", "Hannah Levene", "Agnieszka Wrona", "Pam Quested",
         "Lily Cheung"]
GROUP_MEMBERS = {
    "race": ["Agnieszka Wrona", "Jim Loveridge", "Kwame Asante", "Lily Cheung",
             "Rajan Gurung", "Yasmin Choudhury"],
    "religion or belief": ["Yasmin Choudhury", "Hannah Levene", "Rajan Gurung"],
    "disability": ["Bev Tapsell", "Ethan Wraight", "Stuart Hogben", "Eileen Cobb"],
    "age": ["Eileen Cobb", "Derek Ormerod", "Oliver Penfold", "Jordan Kember"],
    "sex": WOMEN,
    "sexual orientation": ["Oliver Penfold", "Pam Quested"],
    "gender reassignment": ["Robyn Sallis"],
    "pregnancy and maternity": ["Freya Coombes"],
    "marriage and civil partnership": ["Pam Quested"],
}
PARTIES = {
    "Tidewater Party": r"\bTidewater\b",
    "Sarrow First": r"\bSarrow First\b",
    "Shoreline Greens": r"\bGreens\b",
    "Seafront Liberals": r"\bLiberals\b",
    "Marsh Independents": r"\bMarsh Independents\b",
}


def load_roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        conf = tomllib.load(fh)
    people = conf["people"]
    handle_of = {}
    for h, name in people["handles"].items():
        handle_of.setdefault(name, h)
    party_of = {}
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
            if m and m.group(1) in people["councillors"]:
                party_of[m.group(1)] = m.group(2)
    return people["councillors"], handle_of, party_of


def names_in(text, councillors, handle_of):
    """Councillors a text names: full, first or surname, short name, handle,
    or role words."""
    found = set()
    for name in councillors:
        first, last = name.split()[0], name.split()[-1]
        words = [name, first, last] + SHORT.get(name, [])
        pats = [r"\b%s\b" % re.escape(w) for w in words]
        if name in handle_of:
            pats.append(re.escape(handle_of[name]) + r"\b")
        if name in ROLES:
            pats.append(ROLES[name])
        if any(re.search(p, text) for p in pats):
            found.add(name)
    return found


def parties_in(text):
    return {p for p, pat in PARTIES.items() if re.search(pat, text)}


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
    assert d.weekday() < 5, date
    t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18),
                          rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:00+00:00")


def build():
    rng = random.Random(SEED)
    councillors, handle_of, party_of = load_roster()
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in ROWS}
    out = []
    for r in ROWS:
        named = names_in(r["text"], councillors, handle_of)
        parties = parties_in(r["text"])
        colleagues = r["kind_of_row"] == "positive" or r["note"][:3] in ("HN1", "HN6")
        if r["author"]:
            author = r["author"]
        else:
            bad_parties = set(parties)
            if colleagues:
                bad_parties |= {party_of[n] for n in named}
            if colleagues and re.search(r"(?i)\bcabinet\b|\badministration\b",
                                        r["text"]):
                bad_parties.add("Tidewater Party")
            shunned = set(named)
            if r["family"] == EQ:
                trait = r["note"][1:r["note"].index("]")].split("; ")[1]
                shunned |= set(GROUP_MEMBERS[trait])
            pool = [c for c in councillors
                    if c not in shunned and party_of[c] not in bad_parties]
            author = handle_of[rng.choice(pool)]
        platform = PIN_PLATFORM.get(r["key"]) or rng.choice(["x", "facebook", "bluesky"])
        row = dict(r, author=author, platform=platform,
                   created_at=stamp(rng, days, r["date"]))
        out.append(row)
        by_key[r["key"]] = row
    for orig, kind, word in VARIANTS:
        o = by_key[orig]
        allowed = list(o["allowed"])
        if kind == "caps" and HA not in allowed:
            allowed.append(HA)
        tag = ""
        if o["note"].startswith("["):
            tag = o["note"][:o["note"].index("]") + 1] + " "
        what = "the whole text in capitals" if kind == "caps" else "'%s'" % word
        out.append(dict(
            key="%s_%s" % (orig, kind), family=o["family"],
            text=make_variant_text(o["text"], kind, word),
            rules=list(o["rules"]), allowed=allowed, verdict=o["verdict"],
            note="%sVariant of [[%s]] (%s: %s); labels, author and platform as "
                 "the original." % (tag, orig, kind, what),
            author=o["author"], platform=o["platform"],
            created_at=stamp(rng, days), kind_of_row="variant",
            variant_of=orig, variant_kind=kind))
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        ids[row["key"]] = "%s-%04d" % (SET, i)

    def cite(note):
        def sub(m):
            return ids[m.group(1)]
        return re.sub(r"\[\[(\w+)\]\]", sub, note)

    lines = []
    for row in out:
        obj = {
            "id": ids[row["key"]],
            "text": row["text"],
            "author": row["author"],
            "created_at": row["created_at"],
            "platform": row["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"],
                       "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": cite(row["note"]),
        }
        if row["kind_of_row"] == "variant":
            obj["variant_of"] = ids[row["variant_of"]]
            obj["variant_kind"] = row["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return ids


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    ids = build()
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
    print("wrote posts.jsonl: %d rows" % len(ids))
