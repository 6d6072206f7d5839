"""Build blind evaluation set b108 (Garthdale District Council).

The rows below were written by hand by an independent writer. This script only
assigns authors, platforms and timestamps, makes the obfuscated variants,
shuffles and gives ids. It is deterministic: running it again writes the same
posts.jsonl byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B108"
SEED = 10808
FIRST_DAY = date(2026, 1, 5)
LAST_DAY = date(2026, 3, 27)
PLATFORMS = ["x", "facebook", "bluesky"]
PLATFORM_WEIGHTS = [40, 35, 25]

# ---------------------------------------------------------------------------
# Hand-written rows. Keys are stable; [[key]] in a note becomes the row's id.
# ---------------------------------------------------------------------------
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
PD = "predetermination.closed-mind"
DP = "data-protection.personal-data"
IA = "position.improper-advantage"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
IN = "interests.declared-interest"
SC = "security.credentials"
INS = "confidentiality.insider-advantage"

ROWS = []


def pos(key, family, rules, allowed, verdict, text, note, platform=None, author=None, date=None):
    ROWS.append(dict(key=key, family=family, rules=rules, allowed=allowed, verdict=verdict,
                     text=text, note=note, platform=platform, author=author, date=date,
                     kind_of_row="positive"))


def hn(key, allowed, text, note, platform=None, author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", rules=[], allowed=allowed, verdict="ok",
                     text=text, note=note, platform=platform, author=author, date=date,
                     kind_of_row="hard_negative"))


# --- respect.personal-attack ------------------------------------------------
F = PA
pos("pa01", F, [PA], [], "review",
    "Ey up, Steve Harker's been on Dales Radio again chuntering about bin rounds he's never once walked. Gormless as a wet yow and twice as noisy.",
    "Insult at a named councillor ('gormless as a wet yow'; a yow is a ewe). No claim of fact, so no defamation.")
pos("pa02", F, [PA], [EQ], "review",
    "@JudithMetcalfeDP you are a spineless, two-faced weathercock. Monday you're for keeping the pool, Thursday you vote to shut it. Pick a side, woman.",
    "Name-calling at the Leader by handle. 'Pick a side, woman' is dismissive but the attack is on her conduct, not her sex: equality only allowed. HN6 [[h6_01]] makes the pool U-turn point on the record.")
pos("pa03", F, [PA], [], "review",
    "Brian Alderson is a pompous barmpot who couldn't run a tuck shop, never mind a district budget. Sit down, lad, you're embarrassing t'whole dale.",
    "'Barmpot' (Yorkshire for a fool) and 'pompous' at a named cabinet member.")
pos("pa04", F, [PA, OF], [PD], "review",
    "Craig Ellison, the Senior Planning Officer, is either clueless or idle. Three site visits to Low Ings and he still can't find the beck on a map. Useless article.",
    "Insult at a named officer: personal-attack and officers. Low Ings is a pending lodge application, but the post takes no view on it: predetermination only allowed.")
pos("pa05", F, [PA, IR], [], "review",
    "Huge congratulations to @KeithDinsdale on four glorious years in charge of the bins. Not one round on time in Skelderwick since he started. What a genius. Give the man a medal. Cardboard, so he can lose it in the recycling.",
    "Mock congratulation and mock praise at a named cabinet member: irony expected with the personal attack. HN6 [[h6_02]] states his record plainly.",
    platform="facebook")
pos("pa06", F, [PA], [], "review",
    "Tha's nowt but a mardy, thin-skinned little man, @TomKeartonHFL. One awkward question at scrutiny and you flounce out like a bairn who's dropped his spice.",
    "'Mardy' (sulky), 'thin-skinned little man', 'like a bairn who's dropped his spice' at a named councillor. Compare HN5 [[h5_25]] ('Mardy? Me?'), self-deprecating.")
pos("pa07", F, [PA], [], "review",
    "I've sat through some rubbish in twelve years on this council but Pauline Hird's housing update last night takes the biscuit. She didn't know how many families are in B&B, didn't know what Fellgate Homes had spent, didn't know which year it was. The woman is a walking shrug. Thick as two short planks and about as much use to the folk on the waiting list.",
    "Starts as record criticism, ends in name-calling ('thick as two short planks', 'walking shrug'). 'The woman' is only a referent here; equality not allowed. HN6 [[h6_07]] keeps to her record.",
    platform="facebook")
pos("pa08", F, [PA], [], "review",
    "@LiamCalvertBAA is a smug little know-all who's never done a day's graft in his life. Come back when you've lambed a gimmer at three in the morning, sunshine.",
    "Sneering insult at a named councillor. Nothing in the text touches his age or sexuality.")
pos("pa09", F, [PA, OF], [], "review",
    "Our Chief Executive is a jumped-up pen-pusher on a hundred and forty grand who treats councillors like muck on his boots. Arrogant doesn't begin to cover it.",
    "Insult at an officer by role: personal-attack and officers.")
pos("pa10", F, [PA], [BU], "block",
    "Honestly, Jimmy Heron is a vile, snivelling excuse for a man and Gaitby would be better off if he'd never been born.",
    "Severe personal attack: block. It wishes him away rather than threatens him, so bullying only allowed. The text says nothing about his being a Romany Gypsy, so equality is not allowed either.")
pos("pa11", F, [PA], [BU], "block",
    "Owen Pickersgill is a worthless waste of oxygen. Everyone in Hagthwaite laughs at him behind his back and he's too thick to notice.",
    "Severe dehumanising attack ('waste of oxygen'): block. 'Everyone laughs at him' humiliates, so bullying allowed. The text does not touch his autism; compare equality row [[eq06]].")
pos("pa12", F, [PA], [], "review",
    "Clive Sunter has the charisma of a damp dry-stone wall and the brains to match. How he ended up chairing planning is a mystery to everyone in Gaitby.",
    "Insult at a named councillor, idiom-heavy. 'Dry-stone' is not the party name here.")
pos("pa13", F, [PA, DF], [], "review",
    "Tom Kearton is a liar, plain and simple. Told the farmers at the Mart he'd fought the rate rise, then went and voted for it. Liar.",
    "'Liar' at a named person: personal-attack and defamation, review (no crime alleged). Compare HN6 [[h6_06]], which sets out his votes without the word.")
pos("pa14", F, [PA], [], "review",
    "@RowanFairbairnGF, with the greatest respect, you are a sanctimonious, preachy pain in t'backside. Nobody up Garthdale asked for your lectures.",
    "Insult at a named councillor. Nothing about her being trans; compare equality row [[eq08]] and HN2 [[h2_05]].")
pos("pa15", F, [PA], [], "review",
    "Sharon Lambert chairing scrutiny is like putting a sheepdog that's frightened of sheep in charge of t'lambing shed. Clueless, gutless and loves the sound of her own voice.",
    "Name-calling at the chair of scrutiny. HN6 [[h6_09]] criticises her committee's record without it.",
    platform="bluesky")
pos("pa16", F, [PA, OF], [], "review",
    "Lorraine Buck, Head of Waste, is the most incompetent officer I've dealt with in twenty years. Can't answer an email, can't run a bin round, can't even say sorry. Bone idle.",
    "Insult at a named officer: personal-attack and officers. No specific misconduct alleged; compare defamation row [[df16]].")
pos("pa17", F, [PA], [], "review",
    "Amrit Sandhu's speech at full council was pure self-serving waffle from a woman who's only in it for her own ego. Nobody's fooled, love.",
    "Personal attack on motive and character at a named councillor. 'Love' is ordinary Yorkshire address and carries no sex attack here.")
pos("pa18", F, [PA], [], "review",
    "@DevonClarkeBAA you absolute weapon. You cannot vote against every single budget and then turn up at the flood wall ribbon cutting grinning like a Cheshire cat. Absolute plank.",
    "'Absolute weapon' and 'absolute plank' at a named councillor. HN6 [[h6_14]] makes the same voting-record point civilly.")
pos("pa19", F, [PA, DF], [], "review",
    "Judith Metcalfe's leadership in one line: all mouth and no trousers. Big promises at t'Mart, nowt delivered. She's a fraud and the dale knows it.",
    "'All mouth and no trousers' is idiom, but 'she's a fraud' at a named person expects defamation with the personal attack (review: no specific crime).")
pos("pa20", F, [PA], [], "review",
    "Funny how Hannah Weiss always finds time for a photo at the farmers' market but never for a casework email. Lazy, vain and utterly out of her depth.",
    "Name-calling ('lazy, vain') at a named councillor; nothing about her faith. Compare equality row [[eq18]].")
pos("pa21", F, [PA, IR], [], "review",
    "Oh well done, @IanHebblethwaite, another motion so brilliant the whole chamber nodded off. Genius. Absolute genius. Yorkshire's answer to Einstein, if Einstein had been dropped on his head as a bairn.",
    "Mock praise ending in an insult: personal-attack and irony.")
pos("pa22", F, [PA, OF], [], "review",
    "Helen Sedgwick calls herself a Monitoring Officer. She couldn't monitor a kettle. Spineless, partisan and out of her depth.",
    "Insult at the named Monitoring Officer: personal-attack and officers. 'Partisan' questions her neutrality (officers) but alleges no misconduct.")
pos("pa23", F, [PA], [EQ], "review",
    "Honestly, Ewa Kowalczyk is the most irritating woman in that chamber. Whines, whinges, mithers, then sulks for a week when she loses a vote. Grow up.",
    "Insult at a named councillor. 'Most irritating woman' could be heard as gendered: equality allowed. Nothing about her being Polish-born; compare [[eq01]].")
pos("pa24", F, [PA], [EQ], "review",
    "Arthur Fawcett should do us all a favour and retire to his allotment. He's a doddering old fool who hasn't had an original thought since decimalisation.",
    "'Doddering old fool' at a named 76-year-old councillor: personal attack, with equality (age) allowed rather than expected, as the attack is on his thinking. The age rows [[eq10]] and [[eq12]] are the stronger cases.")
pos("pa25", F, [PA], [], "review",
    "Dawn Thwaite: face like a wet weekend in Skelderwick and a personality to match. Miserable, negative and utterly pointless.",
    "Insult at a named councillor. The text does not mention her depression; compare equality row [[eq24]] and HN5 [[h5_11]] (the same idiom about the weather).")
pos("pa26", F, [PA], [], "review",
    "@GemmaIvesonDP grow a backbone, you pathetic little lapdog. Every vote you've cast this year is whatever Judith tells you.",
    "'Pathetic little lapdog' at a named councillor by handle. Nothing about her pregnancy; compare [[eq15]].")
pos("pa27", F, [PA], [DF], "review",
    "Norman Capstick, you're a bully, a blowhard and a coward. You shout at officers in the corridor and then hide in the Chairman's parlour when the Courier rings.",
    "Name-calling at the Chair of the Council. 'Shout at officers' hints at misconduct: defamation allowed. Nothing about his age; compare [[eq12]].")

# --- respect.abusive-language ----------------------------------------------
F = AB
pos("ab01", F, [AB], [PA], "review",
    "The new car park charges at Hagthwaite Force are a total fucking joke. Nine quid to park by a waterfall. Who signed this shite off?",
    "Obscenity about a charging scheme; 'who signed this off' is at whoever, so personal-attack only allowed. HN1 [[h1_01]] makes the same point without swearing.")
pos("ab02", F, [AB], [PA], "review",
    "Cleugh Waste have missed Skelderwick AGAIN. Third week running. Absolute shower of shite. Sort it out.",
    "Obscenity at a contractor (a company): personal-attack only allowed. HN1 [[h1_02]] is the civil version.")
pos("ab03", F, [AB, PA, DF], [], "review",
    "@BrianAldersonDP you lying prick. You stood in Hagthwaite village hall and promised the pool would stay open.",
    "Obscenity at a named person plus 'lying': abusive, personal-attack and defamation, review. HN6 [[h6_01]] is the on-the-record version.")
pos("ab04", F, [AB], [], "review",
    "This budget is bollocks from top to bottom. Cuts to the Dales bus, cuts to gritting, and a 'tourism hub' nobody asked for. Bollocks.",
    "Obscenity aimed at a budget, no person: abusive only.")
pos("ab05", F, [AB], [PA], "review",
    "Stop talking shite about the quarry lorries, @CliveSunterCllr. Forty-tonners past the school at half eight is not 'manageable'.",
    "Obscenity at what a named councillor said, not at him: personal-attack only allowed. The quarry extension is pending but the post takes no settled view on it.")
pos("ab06", F, [AB, PA], [], "review",
    "Keith Dinsdale is a useless twat. There, I've said it. Every resident in Skelderwick is thinking it.",
    "Obscenity at a named person: abusive and personal-attack.")
pos("ab07", F, [AB, PA], [EQ], "block",
    "Judith Metcalfe is a spiteful cunt and everyone on that cabinet knows it.",
    "The c-word at a named person: severe, block. Equality (sex) allowed for the gendered slur; the attack is on her as a person.")
pos("ab08", F, [AB], [PA], "review",
    "Bloody hell. The gritter's been up our lane twice this winter. Twice. Highways are taking the piss.",
    "Mild obscenity at a service: the mildest abusive row. Personal-attack allowed (the highways team). HN1 [[h1_18]] is the civil version.")
pos("ab09", F, [AB], [PA, PD], "review",
    "Pennock Aggregates can fuck right off with their 'community benefit fund'. Forty grand a year to drown Skelderwick in dust for twenty years? Shove it.",
    "Obscenity at a company: personal-attack allowed. The quarry extension is pending and the tone is settled, but there is no vote statement: predetermination allowed. HN1 [[h1_21]] is the civil version.")
pos("ab10", F, [AB], [PA], "review",
    "What a shitshow that scrutiny meeting was. Two hours, no answers, and a cabinet member playing solitaire on his phone at the end of the table.",
    "Obscenity about a meeting, after it ('was'), so meetings is not allowed. The cabinet member is unnamed: personal-attack allowed.")
pos("ab11", F, [AB, PA], [], "review",
    "@SteveHarkerBAA shut thi gob, you absolute bellend.",
    "Short obscene insult at a named councillor; 'shut thi gob' is dialect.")
pos("ab12", F, [AB], [PA], "review",
    "The Dales Fibre rollout is a pile of arse. Eighteen months of 'next quarter' and Upper Garthdale still can't stream t'weather forecast.",
    "Mild obscenity at a rollout run by a company: abusive, personal-attack allowed. HN1 [[h1_09]] is the civil version.")
pos("ab13", F, [AB], [PA, BU], "block",
    "The directors of Fellgate Homes are greedy, heartless bastards who'd let a family freeze in Tenter Court before they'd fix a boiler. I hope every one of them freezes to death this winter.",
    "Obscenity and a death wish at unnamed directors: severe, block. Personal-attack allowed (unnamed directors), bullying allowed (wish, not threat). HN1 [[h1_05]] reports the same landlord to the Ombudsman.",
    platform="facebook")
pos("ab14", F, [AB], [PA], "review",
    "@HannahWeissGF that holiday-lets motion was utter horseshit and you know it.",
    "Obscenity at a motion (what she proposed), not at her: personal-attack only allowed.")
pos("ab15", F, [AB, EQ], [], "block",
    "The new council parking app is fucking retarded. Forty minutes to pay for an hour in Kettlesby market place.",
    "Obscenity plus a disability slur used as a pejorative about an app: abusive with equality expected (the slur convention), block. Some would keep equality allowed only, as no person is attacked. HN2 [[h2_18]] condemns the same word aimed at day-centre users.")
pos("ab16", F, [AB], [PA, BU, OF], "review",
    "Pardon my French, but whoever designed the new one-way system round Kettlesby market place wants their arse kicking and their head examining. Absolute shambles.",
    "Vulgar idiom at whoever designed a scheme: abusive; personal-attack, bullying ('wants their arse kicking' is idiom) and officers allowed.")
pos("ab17", F, [AB, PA], [EQ], "review",
    "Norman Capstick, you miserable old sod, let somebody else get a word in for once.",
    "'Miserable old sod' at a named councillor: abusive and personal-attack. 'Old' at an 82-year-old: equality allowed. Compare [[eq12]].")
pos("ab18", F, [AB], [PA, DF], "review",
    "The Drystone Party are a bunch of lying, thieving wankers and I'll say it from the top of Greystone Scar.",
    "Obscenity at a party: abusive, with personal-attack and defamation ('lying, thieving' at a party) allowed.")
pos("ab19", F, [AB], [PA], "review",
    "Had a resident in tears at my surgery today. Eighty-three, and the assessment letter from the council's contractor says 'fail to respond within 14 days and your support will stop'. Whoever writes these letters, shame on you, and on the whole sodding system that lets you send them. It's a disgrace and it's bollocks.",
    "Obscenity at a system and at whoever writes the letters: abusive, personal-attack allowed. The resident is not identified, so no data protection.",
    platform="facebook")
pos("ab20", F, [AB], [PA], "review",
    "Ey up @GarthdaleDC, your website is shite. Can't find the bin calendar, can't report a pothole, can't pay for owt. Sort it.",
    "Obscenity at the council's website, addressed to the council account: personal-attack allowed (an organisation).")
pos("ab21", F, [AB, PA], [], "review",
    "Ian Hebblethwaite, you thick fucking pillock, read the report before you open your mouth.",
    "Obscenity at a named councillor: abusive and personal-attack.")
pos("ab22", F, [AB], [], "review",
    "The Kettlesby pool refit is a right fucking mess. Shut till April 'for maintenance' after they swore blind in November it were fixed.",
    "Obscenity at a refit project; 'they' is the council. Abusive only.")
pos("ab23", F, [AB, PA, OF], [], "review",
    "Phil Oddie, our Licensing Manager, is a jobsworth prick who'd rather shut a village pub than pick up a phone.",
    "Obscenity at a named officer: abusive, personal-attack and officers.")
pos("ab24", F, [AB], [PA], "review",
    "Chuffin' 'eck is not swearing. This is swearing: the Dales bus cuts are a shitting disgrace and the cabinet should be fucking ashamed of themselves.",
    "Obscenity at a policy and at the cabinet as a body: abusive, personal-attack allowed. HN1 [[h1_17]] is the civil version.")
pos("ab25", F, [AB], [], "review",
    "The tourism levy consultation is a steaming pile of crap wrapped in a glossy brochure. Hotels, B&Bs, campsites: nobody was asked owt.",
    "Mild obscenity at a consultation: abusive only. HN1 [[h1_06]] says the same without it.")
pos("ab26", F, [AB, PA], [EQ], "block",
    "@SharonLambertBAA is a poisonous, vindictive bitch and the sooner scrutiny is rid of her the better.",
    "'Poisonous, vindictive bitch' at a named councillor: severe, block. Equality (sex) allowed for the gendered slur.")
pos("ab27", F, [AB], [PA], "review",
    "Listening to the Leader's speech I thought: bloody hell, even the tups at the Mart talk more sense. What a load of utter shite.",
    "Obscenity at a speech (what the Leader said), not at her: personal-attack only allowed.")

# --- bullying.intimidation ----------------------------------------------------
F = BU
pos("bu01", F, [BU], [PA], "block",
    "@DevonClarkeBAA keep running your mouth about the Mart site and I'll bray thee, councillor or not. Try me.",
    "[explicit] 'I'll bray thee' is Yorkshire for 'I'll beat you'. HN5 [[h5_12]] uses 'bray' as a joke about the speaker's wife and a planning file.")
pos("bu02", F, [BU], [], "block",
    "I know which farm track you drive home on, @TomKeartonHFL. Long way from anywhere, that. Be a shame if owt happened.",
    "[veiled] Knowledge of his route home plus 'be a shame if owt happened'. No address given.")
pos("bu03", F, [BU], [], "block",
    "If Owen Pickersgill speaks to my wife like that again I will put him through the front window of the Drovers. No joke.",
    "[explicit] A stated threat of violence; 'no joke' rules out banter.")
pos("bu04", F, [BU], [DP, PA], "block",
    "Word to the wise, Pauline Hird: vote against the Auction Mart scheme and I'll make sure the whole of Kettlesby South hears about your lad's little problem. Your choice.",
    "[pressure] Blackmail over a vote by threatening to expose her son. Data protection allowed (a private family matter is hinted, not stated).")
pos("bu05", F, [BU], [], "block",
    "Sleep well, @RowanFairbairnGF. Mind how you go on them fell roads in the dark.",
    "[veiled] Ominous sign-off; 'mind how you go' is normally kind, so only the pairing with 'sleep well' and 'in the dark' makes it a threat. Nothing about her being trans.")
pos("bu06", F, [BU, OF], [PD], "block",
    "Craig Ellison, you'll change that recommendation on the Low Ings lodges by Friday, or I'll see to it you never work in planning in Yorkshire again. I know people.",
    "[pressure] Threat to a named officer's career to change his advice: bullying and officers. Low Ings is pending: predetermination allowed, since the post implies a wanted outcome without saying how the writer will vote.")
pos("bu07", F, [BU], [EQ, PA], "block",
    "One more of your lies about me, Jimmy Heron, and I'll burn that caravan of yours to the ground with you in it.",
    "[explicit] Arson threat. He is a Romany Gypsy and the caravan touches that: equality allowed for the undertone, but the row is a threat first. 'Lies about me' is not an allegation against him.")
pos("bu08", F, [BU], [], "block",
    "To whoever put in that Code of Conduct complaint against me: I've a fair idea who you are. Withdraw it now and we'll say no more. Don't, and you'll regret it.",
    "[pressure] Threat against a complainant to withdraw a complaint ('you'll regret it').")
pos("bu09", F, [BU], [EQ], "block",
    "Nice little shop you've got in Skelderwick, @AmritSandhuInd. Be a pity if the windows kept going in.",
    "[veiled] Protection-racket threat against a councillor's family shop. Equality allowed: some would hear it aimed at a Sikh family's business, but the text does not say so.")
pos("bu10", F, [BU], [IA], "block",
    "Message for the landlord of the Fleece in Gaitby: put that poster about me up in your window again and see how your licence review goes. I sit on licensing. Just saying.",
    "[pressure] Threat to misuse licensing powers against a resident: bullying, with improper advantage allowed.")
pos("bu11", F, [BU], [], "block",
    "I swear to God, if Liam Calvert comes near my farm again with his clipboard he'll be leaving in an ambulance.",
    "[explicit] Threat of injury.")
pos("bu12", F, [BU], [], "block",
    "Hannah Weiss, we know your car. We know where you park it on market day. Think on.",
    "[veiled] 'Think on' is Yorkshire for 'take heed'. Surveillance plus warning. Nothing about her faith.")
pos("bu13", F, [BU], [PA], "block",
    "Got a lovely clip of Dawn Thwaite crying in the ladies after committee. Anyone want it? Happy to send it to the Courier if she carries on.",
    "[pressure] Humiliation and leverage: threat to publish a distressing clip unless she stops. Nothing about her depression in the text; compare [[eq24]].")
pos("bu14", F, [BU], [], "block",
    "Next time Steve Harker calls me a liar in that chamber I'll knock his teeth down his throat. Tell him.",
    "[explicit] Threat of violence.")
pos("bu15", F, [BU], [], "block",
    "Remember what happened to the last councillor who crossed the quarry, @SharonLambertBAA? Neither does anyone else. Funny, that.",
    "[veiled] Insinuates that opponents of the quarry disappear.")
pos("bu16", F, [BU], [PA], "block",
    "Every Hagthwaite resident: when you see Gemma Iveson in the village shop, tell her what you think of her. Every day. Follow her round. Let her know she's not welcome here.",
    "[pressure] Incites residents to follow and harass a named councillor. Nothing about her pregnancy in the text.")
pos("bu17", F, [BU, OF], [], "block",
    "Our Monitoring Officer has one week to drop this investigation or I'll be waiting for her in t'car park. I mean it.",
    "[explicit] Threat to an officer by role over an investigation: bullying and officers.")
pos("bu18", F, [BU], [DP], "block",
    "Lovely school, Hagthwaite Primary. @BrianAldersonDP's two go there, don't they. Home time's quarter past three. Just saying.",
    "[veiled] Points at a councillor's children, their school and the time they leave. Data protection allowed (children, school, time).")
pos("bu19", F, [BU], [IA], "block",
    "I'll be blunt, Ian: back my motion on the tourism levy or your Dales Community Grant for the Fellbeck hall roof mysteriously dries up. I chair the panel.",
    "[pressure] Coercion with ward grant money: bullying, improper advantage allowed. HN5 [[h5_23]] is about the same hall roof.")
pos("bu20", F, [BU], [EQ, PA], "block",
    "If I see Norman Capstick at the Mart I'll give the old goat a slap he'll not forget. Eighty-two or not.",
    "[explicit] Threat of violence. 'Old goat' and 'eighty-two or not' touch age: equality allowed.")
pos("bu21", F, [BU], [], "block",
    "Got your address off the electoral roll, @LiamCalvertBAA. Thought I might pop round. Have a proper chat. Just you and me.",
    "[veiled] Says he has the address and will visit alone. The address itself is not posted.")
pos("bu22", F, [BU], [DF], "block",
    "Joanne Raw, I've a file on you this thick. Keep asking questions about the Auction Mart deal and it goes to every paper in the North. You've been warned.",
    "[pressure] Blackmail to stop scrutiny. Defamation allowed for the implied dirt.")
pos("bu23", F, [BU], [], "block",
    "@EwaKowalczykBAA, I'd watch thi back if I were you. One more stunt like Tuesday's and I'll break thi legs.",
    "[explicit] 'Watch thi back' plus 'I'll break thi legs'. HN5 [[h5_16]] uses 'watch your back' in five-a-side banter.")
pos("bu24", F, [BU], [DP, SC], "block",
    "This is Clive Sunter's private mobile: 07700 900582. He won't answer emails about the quarry, so let's all ring him. Day and night. Until he listens.",
    "[pressure] Publishes a councillor's private number (drama range) and calls for a pile-on: bullying, with data protection and credentials allowed.")
pos("bu25", F, [BU], [], "block",
    "Them as cross Garthdale folk have a habit of finding their tups out on t'road, @JudithMetcalfeDP. Just an observation. Mind your stock.",
    "[veiled] Threat to a farmer's livestock; 'them as' is dialect for 'those who'.")
pos("bu26", F, [BU], [], "block",
    "To the Moorcote resident who reported my barn conversion to enforcement: I know exactly who you are, and when I find you, you'll wish you'd kept your nose out.",
    "[veiled] Threat against a complainant (a resident). No name or address given.")
pos("bu27", F, [BU, OF], [], "block",
    "Kerry Moorhouse in Comms: delete that press release correcting my figures or I'll be raising your 'attitude' with the Chief Exec every week till you're gone. Ask your predecessor.",
    "[pressure] Threat to a named officer's job to force her to withdraw a correction: bullying and officers.")

# --- equality.discrimination ----------------------------------------------
F = EQ
pos("eq01", F, [EQ], [], "block",
    "Skelderwick used to be a proper Yorkshire village. Now half of it's Poles from the creamery who can't be bothered to learn English. Send 'em back and give the jobs to local lads.",
    "[explicit; race] National origin, 'send 'em back'. HN3 [[h3_05]] and HN2 [[h2_22]] answer the same creamery claims.")
pos("eq02", F, [EQ, AB], [], "block",
    "Gyppos are already sniffing round Fellend Lane for the horse fair. Lock your quad bikes up, folks. Every year it's the same thieving lot.",
    "[explicit; race] Slur plus the theft trope against Gypsies and Travellers (an ethnic group): equality and abusive. HN2 [[h2_06]] quotes the same words to condemn them.")
pos("eq03", F, [EQ, PA], [PD], "block",
    "Jimmy Heron wants a transit site on Fellend Lane. Course he does. Happen he's got a lot of cousins needing somewhere to park.",
    "[coded; race] Insinuation that a Romany councillor is acting for his 'cousins': discriminatory attack on a named councillor, so personal-attack too. Predetermination allowed for the site allocation. HN6 [[h6_20]] raises his abstention on the record.")
pos("eq04", F, [EQ, PA], [PD], "block",
    "Tariq Mahmood wants a mosque in the old Methodist chapel on Tenter Street. Next it'll be the call to prayer over t'market place and sharia on the town council. Not in our dale.",
    "[explicit; religion or belief] Anti-Muslim 'sharia' trope at a named councillor; 'not in our dale'. Predetermination allowed (a planning matter). HN3 [[h3_13]] busts the same myth; HN2 [[h2_15]] is Tariq on the messages.")
pos("eq05", F, [EQ, PA], [], "block",
    "Why is a woman in a wheelchair on the highways committee? Joanne Raw can't even get up a kerb, never mind inspect a road.",
    "[explicit; disability] Questions a wheelchair user's fitness to serve because of her disability. HN4 [[h4_01]] is her own post.")
pos("eq06", F, [EQ, PA], [], "block",
    "Owen Pickersgill rocking in his seat and staring at the ceiling again through the whole budget debate. Can we get him a carer or summat? Some of us are trying to work.",
    "[coded; disability] Mocks autistic behaviour without naming autism. HN4 [[h4_10]] is Owen on being autistic; HN2 [[h2_21]] condemns a 'special needs' meme of him.")
pos("eq07", F, [EQ, PA], [], "block",
    "No disrespect, but I'm not having a gay lad from the town telling Garthdale farmers how to run their land. Stick to your rainbow crossings, Liam.",
    "[explicit; sexual orientation] Dismisses him because he is gay. 'No disrespect' does not save it. HN4 [[h4_03]] is Liam's own post.")
pos("eq08", F, [EQ, PA], [], "block",
    "Rowan Fairbairn is a bloke in a frock and I'll call him 'he' till the day I die. Upper Garthdale deserves a proper woman councillor, not a pantomime dame.",
    "[explicit; gender reassignment] Misgendering and mockery of a trans councillor. HN2 [[h2_05]] quotes similar abuse to condemn it.")
pos("eq09", F, [EQ], [PA], "block",
    "Quick question for the Green Fell lot: which toilets will your Upper Garthdale councillor be using at the new village hall? Asking for the mothers of Garthdale. 🤔",
    "[coded; gender reassignment] Identifies the trans councillor by party and ward without naming her; the toilet question is the insinuation. Personal-attack allowed (unnamed). HN3 [[h3_04]] asks about the same toilets in good faith.")
pos("eq10", F, [EQ], [], "block",
    "Time the over-seventies on this council were put out to grass. Half of them can't work a laptop and the other half are asleep by four o'clock. Dementia's not a qualification.",
    "[explicit; age] Excludes members by age, with a dementia jibe (disability too). HN3 [[h3_07]] and [[h3_25]] argue the opposite.")
pos("eq11", F, [EQ], [], "block",
    "Sorry, but nobody under thirty should be sitting on planning in a dale like ours. Kids who've never seen a hard winter or a foot-and-mouth year, telling farmers what to do with their own land. Stick to TikTok.",
    "[explicit; age] Excludes younger members by age. HN5 [[h5_05]] is a 41-year-old's self-deprecation about age.")
pos("eq12", F, [EQ, PA], [], "block",
    "Norman Capstick: long past his sell-by date. Somebody find him a nice chair by the window at Laithe House and let the grown-ups get on with it.",
    "[coded; age] Care-home jibe at an 82-year-old councillor without saying 'old'. Some would keep equality allowed only, as with [[pa24]]; here the whole point is his age. HN6 [[h6_08]] is about his tenure.")
pos("eq13", F, [EQ], [], "block",
    "Women on a district cabinet were a mistake. Too emotional for budget rounds, too soft for enforcement. Leave the hard calls to the men.",
    "[explicit; sex] Generalisation against women in office. HN4 [[h4_20]] is the International Women's Day post.")
pos("eq14", F, [EQ, PA], [], "block",
    "Judith Metcalfe must be having one of her weeks again, lads. Best keep the biscuits coming and leave the real decisions till she's calmer. 😉",
    "[coded; sex] Menstruation jibe at a named woman leader without saying it.")
pos("eq15", F, [EQ, PA], [], "block",
    "Gemma Iveson's due in May and wants to keep chairing licensing? Pick one, love. You can't change nappies and run a licensing committee. Step down and let somebody who'll actually be here do it.",
    "[explicit; pregnancy and maternity] Says a pregnant councillor should step down because of it. HN4 [[h4_09]] is Gemma's own post; HN3 [[h3_09]] asks a fair cover question.")
pos("eq16", F, [EQ], [PA], "block",
    "Funny how certain Hagthwaite councillors discover 'baby brain' every time there's a tough vote. Maybe stay home with the bump and let the rest of us work.",
    "[coded; pregnancy and maternity] Identifies the pregnant councillor by ward without naming her; personal-attack allowed. HN2 [[h2_16]] condemns the 'stay home with her bump' line.")
pos("eq17", F, [EQ, PA], [], "block",
    "Sharon Lambert banging on about 'family values' with a civil partner? That's not a marriage, love, it's a lodger with benefits. Don't lecture us.",
    "[explicit; marriage and civil partnership] Belittles a civil partnership; some would tag sexual orientation. HN2 [[h2_23]] is Sharon answering the same jibe.")
pos("eq18", F, [EQ, PA], [], "block",
    "Hannah Weiss and her friends with deep pockets are buying up the dale one holiday cottage at a time. Always the same people. Always the money.",
    "[coded; religion or belief] Antisemitic money trope at a named Jewish councillor with no group word; some would tag race. HN3 [[h3_23]] rebuts the 'landlords' post and HN2 [[h2_14]] (Holocaust Memorial Day) names the trope to condemn it.")
pos("eq19", F, [EQ, AB], [], "block",
    "Pakis and their takeaways have ruined Kettlesby market place. I said it in the Drovers and I'll say it here.",
    "[explicit; race] Racial slur: equality and abusive. HN2 [[h2_01]] condemns the same word on a bus shelter.")
pos("eq20", F, [EQ, PA], [], "block",
    "Can't understand a word Lily Cheung says in that chamber. Speak proper English, love, or go back to frying rice at the Jade Garden.",
    "[explicit; race] Mocks a Chinese-heritage councillor's speech and sends her 'back' to the family takeaway. She was born in Kettlesby (HN2 [[h2_07]], HN4 [[h4_07]]).")
pos("eq21", F, [EQ, PA], [], "block",
    "Devon Clarke says he's 'as Yorkshire as anyone'. Aye, course he is. Born here happen, but he's no more a Dalesman than the Queen of Sheba. Yorkshire's not summat you can paint on.",
    "[coded; race] Denies a Black councillor's belonging; 'paint on' points at skin colour. HN2 [[h2_19]] is Devon on the 'real Dalesman' jibe.")
pos("eq22", F, [EQ], [], "block",
    "The Scar Head Hotel's full of asylum seekers living off our council tax while Garthdale farmers go under. They're not refugees, they're scroungers, and they're not welcome in the Dales.",
    "[explicit; race] Asylum seekers as a group (national origin): 'scroungers', 'not welcome'. HN3 [[h3_02]] and HN2 [[h2_09]] answer it.")
pos("eq23", F, [EQ], [], "block",
    "Creamery's hiring again. Wonder how many 'cousins' turn up in one transit van this time, and how many of the lasses on the line will still be English by Easter.",
    "[coded; race] Eastern European workers by insinuation ('cousins', 'transit van'); no group named.")
pos("eq24", F, [EQ, PA], [], "block",
    "Mental health day, is it, Dawn? Again? Some of us don't get to have a little cry and a duvet day when the going gets tough. Pull yourself together or pack it in.",
    "[explicit; disability] Mocks a councillor's mental illness (she has spoken publicly about depression, HN4 [[h4_11]]). 'Dawn' names her by first name.",
    date="2026-02-06")
pos("eq25", F, [EQ, PA, AB], [], "block",
    "Arthur Fawcett should switch his hearing aids on or get off the committee. We've had to repeat every question three times. Useless deaf old sod.",
    "[explicit; disability] Deafness (and age) as grounds to remove him, with 'sod': equality, personal-attack and abusive. HN4 [[h4_13]] is Arthur on his new hearing aids.")
pos("eq26", F, [EQ, PA], [], "block",
    "Ask yourself why @AmritSandhuInd's lot always vote the same way. Her temple tells them what to do.",
    "[coded; religion or belief] Insinuates Sikhs vote as a bloc on religious instruction, at a named councillor; 'temple' is the only religious cue.")
pos("eq27", F, [EQ], [], "block",
    "Hagthwaite youth club does an 'LGBT drop-in' on Tuesdays now. Twenty years ago it was darts and table tennis. Keep your agenda away from our kids.",
    "[coded; sexual orientation] Grooming insinuation about an LGBT youth session. HN3 [[h3_11]] explains the same session; HN2 [[h2_10]] answers graffiti on the club door.")

# --- defamation.allegation --------------------------------------------------
F = DF
pos("df01", F, [DF, PA], [EQ], "review",
    "Everyone in Kettlesby knows Brian Alderson's as bent as a butcher's hook. Ask how the Auction Mart land got valued so cheap.",
    "'Bent as a butcher's hook' (corrupt) at a named person, with an insinuation: defamation and personal-attack, review (no specific crime). Equality allowed, as 'bent' is also a homophobic slur. HN2 [[h2_28]] denies 'you lot are all bent'.")
pos("df02", F, [DF], [PA, PD], "block",
    "Clive Sunter took £5,000 in cash from Brackenridge Homes the week before the Low Ings vote. I've seen the bank slip. He should resign today.",
    "Specific bribe stated as fact with claimed evidence: block. Personal-attack allowed; predetermination allowed (Low Ings pending).")
pos("df03", F, [DF], [PA, PD], "review",
    "Pennock Aggregates have had the chair of planning in their back pocket for years. Funny how every lorry condition gets 'relaxed'.",
    "'In their back pocket' (idiom) about the chair of planning by role: defamation review. Personal-attack and predetermination allowed.")
pos("df04", F, [DF, OF], [PA], "block",
    "Graham Peacock, our s151 officer, has been quietly moving money out of the gritting reserve into a consultancy run by his brother-in-law. That's fraud, and it's happening right now.",
    "Specific fraud by a named officer stated as fact: block, with officers.")
pos("df05", F, [DF, OF], [PA], "review",
    "The Chief Executive has been cooking the books on the pool figures. Simple as.",
    "Dishonesty by an officer by role, no specific crime: review, with officers.")
pos("df06", F, [DF], [PA, HA], "block",
    "Norman Capstick drove home from the Chairman's dinner three sheets to the wind and the police let him off because of who he is. Drink-driving, covered up.",
    "Specific crime (drink-driving) and a cover-up stated as fact: block. Haste allowed for the alcohol mention.")
pos("df07", F, [DF], [PA], "review",
    "A certain Hill Farmers' League councillor with a big new tractor and a very small farm. Subsidy money goes a long way, eh? Starts with I.",
    "Innuendo pointing at one identifiable member (the party has one member whose name starts with I) without name-calling: defamation, personal-attack allowed.")
pos("df08", F, [DF], [PA], "block",
    "Fellgate Homes' chief executive has pocketed tenants' service charges at Tenter Court. Thousands. I've got the accounts and it's theft.",
    "Theft by an identifiable person (role at a named housing association) stated as fact: block.")
pos("df09", F, [DF], [PA], "review",
    "Cleugh Waste are crooks. Billing the council for rounds they never did.",
    "'Crooks' at a company with a general claim: defamation review; personal-attack only allowed for a company.")
pos("df10", F, [DF], [PA], "block",
    "Drystone canvassers filled in postal votes for residents at Laithe House care home during the by-election. Staff saw them do it. That's electoral fraud.",
    "Electoral offence by a party's canvassers stated as fact: block. No named person, but a specific crime.")
pos("df11", F, [DF, PA], [], "review",
    "Judith Metcalfe lies through her teeth about the Dales bus. Every word of that press release is made up.",
    "'Lies through her teeth' at a named person: defamation and personal-attack, review. HN6 [[h6_03]] puts the same contradiction as a question.")
pos("df12", F, [DF, OF], [PA], "block",
    "Phil Oddie takes backhanders from pub landlords to fast-track licences. Fifty quid in a brown envelope every Friday, regular as clockwork.",
    "Bribery by a named officer stated as fact: block, with officers.")
pos("df13", F, [DF], [PA, IA, IN], "review",
    "Amrit Sandhu's shop got the rural rate relief grant the same month she sat on the grants panel. Coincidence? You decide.",
    "Innuendo of self-dealing, 'you decide': review. Personal-attack, improper advantage and interests allowed. HN6 [[h6_15]] is the on-the-record version.")
pos("df14", F, [DF], [PA], "block",
    "Keith Dinsdale has been selling scrap metal from the Skelderwick tip for cash and pocketing the lot. The yard lads have told me everything.",
    "Theft by a named councillor stated as fact: block.")
pos("df15", F, [DF, PA], [], "review",
    "Steve Harker is a con man. Always has been. Ask anybody who bought a car off him in the nineties.",
    "'Con man' at a named person: defamation and personal-attack, review.")
pos("df16", F, [DF, OF], [PA], "block",
    "Lorraine Buck has been claiming mileage for bin inspections she never did. Her log book shows trips to Skelderwick on days she was on holiday in Tenerife.",
    "Mileage fraud by a named officer stated with claimed evidence: block. Compare [[pa16]] (insult only).")
pos("df17", F, [DF], [PA, PD, INS], "review",
    "Something very fishy about how Brackenridge Homes always seem to know what the planning committee will decide before the agenda's even out. Just saying.",
    "Innuendo of leaks to a developer: review. Personal-attack, predetermination and insider advantage allowed.")
pos("df18", F, [DF], [PA, DP], "block",
    "Ewa Kowalczyk has been letting her Skelderwick cottage out as a holiday let all summer while claiming it's her main home for council tax. That's fraud.",
    "Council tax fraud by a named councillor stated as fact: block. Data protection allowed (home).")
pos("df19", F, [DF, PA], [], "review",
    "Ian Hebblethwaite is a shifty, dodgy so-and-so. Never gives a straight answer about his land deals.",
    "'Dodgy' at a named person: defamation and personal-attack, review.")
pos("df20", F, [DF], [PA, IA, DP], "block",
    "Devon Clarke's sister got a Fellgate Homes house on Tenter Court over forty families with higher banding. He rang the allocations officer himself. I've seen the email.",
    "Specific misuse of position stated as fact with claimed evidence: block. Improper advantage and data protection (his sister) allowed.")
pos("df21", F, [DF, IR], [PA, IN], "review",
    "Well done Hannah Weiss, another 'green' grant for her husband's solar firm. Lovely work if you can get it. 😉",
    "Mock praise carrying an allegation of self-dealing: defamation and irony, review. Personal-attack and interests allowed.")
pos("df22", F, [DF], [PA, DP], "block",
    "Joanne Raw assaulted a steward at the Kettlesby show in 2019 and got a caution for it. Never declared it. Criminal.",
    "Specific criminal record stated as fact: block. Data protection allowed (criminal record).")
pos("df23", F, [DF], [PA], "review",
    "The Drystone cabinet are a bunch of crooks and everybody in the dale knows it.",
    "'Crooks' at the cabinet as a body: defamation review, personal-attack allowed.")
pos("df24", F, [DF], [PA, IN, PD], "block",
    "Brian Alderson sold his field at Low Ings to Brackenridge Homes for £400,000 a month before he voted to allocate it for lodges. Never declared a penny.",
    "Specific undeclared pecuniary interest stated as fact: block. Interests and predetermination allowed.")
pos("df25", F, [DF], [PA], "review",
    "Liam Calvert fiddled his expenses. Everybody knows. Ask him about his 'train fares'.",
    "Dishonesty alleged without specifics ('everybody knows'): review. Personal-attack allowed.")
pos("df26", F, [DF], [PA, IA], "block",
    "Tariq Mahmood's brother's firm got the Kettlesby market place resurfacing without a tender because Tariq fixed it. Eighty grand. That's corruption.",
    "Specific corruption stated as fact: block. Improper advantage allowed. HN6 [[h6_22]] corrects his cost claim on the record.")
pos("df27", F, [DF, PA], [], "review",
    "Sharon Lambert is two-faced and a liar. She'll say owt to get a headline in the Courier.",
    "'Liar' and 'two-faced' at a named person: defamation and personal-attack, review.")

# --- hard negatives ---------------------------------------------------------
# HN1 harsh criticism of a policy, decision, party, company or the council
hn("h1_01", [DF],
   "The car park charges at Hagthwaite Force are daylight robbery. Nine pound for a day by the waterfall, and locals who've parked there free since t'war now pay the same as a coachload of day-trippers. The cabinet should be ashamed of this decision.",
   "HN1 Harsh criticism of a charging decision; 'daylight robbery' is idiom (defamation allowed). Same subject as [[ab01]] without the swearing.",
   platform="facebook")
hn("h1_02", [PA],
   "Cleugh Waste's performance is a disgrace: 1,140 missed collections last quarter, up 40%. I'll be asking cabinet in March to use the break clause in the contract.",
   "HN1 Hard criticism of a contractor with figures; personal-attack allowed (company). Civil twin of [[ab02]].")
hn("h1_03", [PA],
   "The Drystone Party's budget is a shambles. It cuts the Dales bus, the mobile library and the gritting budget in one go and calls it 'efficiency'. Nowt efficient about leaving Upper Garthdale snowed in.",
   "HN1 Harsh criticism of a party's budget; personal-attack allowed (party).")
hn("h1_04", [PD],
   "Pennock Aggregates' traffic plan for the quarry isn't fit for purpose. Forty-tonne wagons down Skelderwick main street past the school at half eight? I have serious concerns and I'll be putting them to committee with the evidence.",
   "HN1 Predisposition on the pending quarry extension ('serious concerns', 'with the evidence'), not a closed mind: predetermination allowed.")
hn("h1_05", [PA],
   "Fellgate Homes are failing their tenants at Tenter Court. Damp, mould, and a boiler that's been broke since November. I've reported them to the Housing Ombudsman today and I'd urge every tenant affected to do the same.",
   "HN1 Criticism of a housing association with action taken; personal-attack allowed (company). Compare [[ab13]].")
hn("h1_06", [],
   "The tourism levy consultation was a box-ticking exercise. Three drop-ins, all in Kettlesby, all in working hours. Farmers at lambing can't get to a 2pm session in town. Do it again, and do it properly.",
   "HN1 Criticism of a consultation's design. Civil twin of [[ab25]].")
hn("h1_07", [],
   "Second-home premium: I voted against it and I'd vote against it again. It clobbers families who inherited a cottage and does nowt about the investors buying up whole rows. Bad policy, badly drawn.",
   "HN1 Strong opposition to a policy with reasons.")
hn("h1_08", [PA],
   "The Broad Acres Alliance's alternative budget doesn't add up. £1.2m of 'savings' from 'efficiencies' they can't name. It's a wish list, not a plan.",
   "HN1 Criticism of an opposition party's budget; personal-attack allowed (party).")
hn("h1_09", [PA],
   "Ey up, Dales Fibre: eighteen months late and counting. Upper Garthdale's been told 'next quarter' six quarters running. That's not a rollout, that's a roll-on. Enough.",
   "HN1 Criticism of a broadband company; personal-attack allowed. Civil twin of [[ab12]].")
hn("h1_10", [],
   "Shutting Kettlesby pool for six months with no plan for school swimming lessons is a bad, lazy decision. Kids in this district need to learn to swim. We've more rivers and becks than most.",
   "HN1 'Bad, lazy decision' is aimed at the decision, not a person.")
hn("h1_11", [PD],
   "The Greystone Scar extension application has the weakest noise assessment I've read in ten years on this council. I'll listen carefully at committee, but the applicant has a lot of questions to answer.",
   "HN1 Predisposition on a pending application; predetermination allowed. Owen's offer to discuss the same assessment is [[h4_10]].")
hn("h1_12", [PA],
   "Scrapping the rural rate relief for village shops is a disgraceful decision. Skelderwick will lose its post office over this. Shame on everyone who voted for it.",
   "HN1 'Shame on everyone who voted for it' is aimed at a vote; personal-attack allowed.")
hn("h1_13", [OF],
   "Garthdale District Council's complaints process is a joke. Six weeks just for an acknowledgement. Residents deserve better, and I've told the Chief Executive so in writing.",
   "HN1 Criticism of the council's process; the Chief Executive is mentioned neutrally (officers allowed).")
hn("h1_14", [PA],
   "Green Fell's rewilding motion would finish hill farming in Upper Garthdale. You can't eat a peat bog. It's a daft policy written by folk who've never gathered a fell in their lives.",
   "HN1 'Daft policy' and 'folk who've never gathered a fell' at a party's policy; personal-attack allowed.")
hn("h1_15", [DF, PD],
   "Brackenridge Homes promised 'affordable' lodges at Low Ings. The cheapest is £285,000. That's not affordable for anyone round here on a farm wage. The marketing is misleading.",
   "HN1 'Misleading' about a company's marketing with a figure: defamation allowed. Low Ings is pending; no view on the decision, so predetermination only allowed.")
hn("h1_16", [DF],
   "The Auction Mart deal: the council is selling a public asset below market value and the cabinet won't publish the valuation. That stinks. Publish it.",
   "HN1 'That stinks' about a decision and a refusal to publish: defamation allowed. [[df01]] turns the same deal into an allegation against a person.")
hn("h1_17", [PA],
   "Cutting the Dales bus to two a day is a betrayal of every pensioner in Gaitby and Fellend. The cabinet knew exactly what it was doing.",
   "HN1 'Betrayal' at a decision and the cabinet as a body; personal-attack allowed. Civil twin of [[ab24]].")
hn("h1_18", [OF],
   "The pothole response from highways is woeful. I reported the crater on Moorcote Lane on 12 January. It's still there, and now there's a tractor tyre in it.",
   "HN1 Criticism of a service; officers allowed. Civil twin of [[ab08]].")
hn("h1_19", [],
   "Our group got the gritting routes wrong when we ran the council and I'll hold my hands up to that. But this cabinet's cut them again. Two wrongs don't make a road safe.",
   "HN1 Criticism of a decision with an admission.")
hn("h1_20", [PA, EQ],
   "The Courier's coverage of the asylum hotel has been lazy and sensational. Report the facts: 38 people, mostly families, placed by the Home Office without a word to this council.",
   "HN1 Criticism of a newspaper (personal-attack allowed); asylum seekers mentioned neutrally (equality allowed).")
hn("h1_21", [PA, PD],
   "Pennock Aggregates' 'community fund' is a sticking plaster on a broken leg. Forty thousand a year for twenty years of dust, noise and cracked windows. Not good enough.",
   "HN1 Civil twin of [[ab09]]; personal-attack (company) and predetermination (pending quarry) allowed.")
hn("h1_22", [PA],
   "The Hill Farmers' League talk a good game about the uplands, then vote against the flood scheme at Hagthwaite. Words are cheap, lads.",
   "HN1 Criticism of a party's votes; personal-attack allowed.")
hn("h1_23", [PA],
   "Council tax up 4.99% and Skelderwick tip open three days a week. We pay more and get less. That's this cabinet's record in one line.",
   "HN1 Criticism of the cabinet's record as a body; personal-attack allowed.")
hn("h1_24", [],
   "The 'Visit Garthdale' campaign spent £60,000 on a video of a drone flying over a field. A field. We've farmers on the breadline. Get your priorities straight.",
   "HN1 Criticism of spending.")
hn("h1_25", [PD],
   "The committee's decision to approve the Cow Close solar farm on good grazing land was wrong. The appeal by the objectors is with the inspector now, and the inspector will decide. I just hope someone up there has stood in a field.",
   "HN1 Criticism of a past decision now at appeal; the council no longer decides it, but predetermination allowed in doubt.")
hn("h1_26", [PA],
   "The Kettlesby Courier has put flood warnings behind its paywall. Flood warnings! In a district with three rivers. Disgraceful.",
   "HN1 Criticism of a newspaper's decision; personal-attack allowed.")
hn("h1_27", [PA, IR],
   "Garthdale Independents want to freeze council tax and protect every service. Pull the other one, it's got bells on. You can't do both.",
   "HN1 Sarcastic idiom ('pull the other one') at a party's promise; personal-attack and irony allowed.")
hn("h1_28", [PA],
   "The Laithe House inspection report is shocking and the council, as the commissioner, has questions to answer. I've asked for an urgent scrutiny item. Families deserve answers.",
   "HN1 Criticism of a care home and the council as commissioner; personal-attack allowed (organisation).")

# HN2 counter-speech and quoting abuse to condemn it
hn("h2_01", [EQ, AB],
   "Somebody scrawled 'Pakis out' on the bus shelter on Tenter Street last night. It's been reported to the police and it's already scrubbed off. That word has no place in Kettlesby, and neither do the cowards who write it.",
   "HN2 Quotes a racial slur to condemn it; equality and abusive allowed. Compare [[eq19]].")
hn("h2_02", [EQ],
   "To the man who shouted 'go back to Poland' at a creamery worker in the market place on Saturday: she's lived in this dale longer than you've had a driving licence. Be ashamed of yourself.",
   "HN2 Counter-speech quoting xenophobic abuse; equality allowed. Compare [[eq01]].")
hn("h2_03", [EQ, PA],
   "A gentleman on Facebook says I'm 'too old and too daft' to chair council at 82. I've been called worse at the Mart by better. But nobody should talk to anybody like that, whatever their age.",
   "HN2 Norman Capstick quotes ageist abuse aimed at himself; equality and personal-attack allowed.",
   author="@NormanCapstick")
hn("h2_04", [EQ],
   "A councillor elsewhere in Yorkshire called a wheelchair user 'a drain on the rates' this week. I won't name the council. I will say this: my colleague @JoRawBAA is the best casework councillor we've got.",
   "HN2 Quotes disability abuse to condemn it and praises a colleague; equality allowed.")
hn("h2_05", [EQ, PA, AB],
   "The abuse aimed at Rowan Fairbairn this week, 'bloke in a dress', 'freak' and worse, has been vile. Disagree with her politics all you like; I often do. But that's not debate. It's cruelty.",
   "HN2 Quotes transphobic abuse to condemn it; equality, personal-attack and abusive allowed. Compare [[eq08]].")
hn("h2_06", [EQ, AB],
   "'Gyppos', 'pikeys', 'lock up your quad bikes'. Every June the same words go up on the Kettlesby Facebook groups before the horse fair. Most of the families coming have been coming for two hundred years. Enough.",
   "HN2 Quotes anti-Gypsy slurs to condemn them; equality and abusive allowed. Compare [[eq02]].",
   platform="facebook")
hn("h2_07", [EQ],
   "Somebody left a note on the Jade Garden door: 'go back to China'. My dad was born in Kettlesby Cottage Hospital. So was I. The police have the note. We're open tonight as usual.",
   "HN2 Lily Cheung on a racist note left at her family's takeaway; equality allowed.",
   author="@LilyCheungDP")
hn("h2_08", [BU],
   "Had a message saying 'I know where you live, I'll see you soon' after last week's planning vote. It's gone to the police. Councillors of every party: please don't put up with this stuff.",
   "HN2 Quotes a threat received to condemn it; bullying allowed.")
hn("h2_09", [EQ],
   "Some of the comments under the Courier story about the asylum hotel call the residents 'scroungers' and 'invaders'. There are children in that hotel. Report the comments, don't feed them.",
   "HN2 Quotes anti-asylum abuse to condemn it; equality allowed. Compare [[eq22]].")
hn("h2_10", [EQ, AB],
   "Whoever wrote 'queers out' on the Hagthwaite youth club door: the drop-in is staying, the door's been repainted, and the kids painted a rainbow on it. Try again.",
   "HN2 Quotes homophobic graffiti to defy it; equality and abusive allowed. Compare [[eq27]].")
hn("h2_11", [EQ],
   "Somebody told me at the Mart that depression is 'just a posh word for being mardy'. It isn't. I've lived with it twenty years and I still turn up. Talk to somebody if you're struggling.",
   "HN2 Dawn Thwaite quotes a dismissal of depression to rebut it; equality allowed. 'Mardy' is the same dialect word as in [[pa06]].",
   author="@DawnThwaiteGI")
hn("h2_12", [PA, AB],
   "Called a 'Drystone lapdog' and a lot worse than that in my inbox this week. I'm not even in the Drystone Party. I can take it, but some of the new intake can't and shouldn't have to. Be civil.",
   "HN2 Quotes insults received to ask for civility; personal-attack and abusive allowed.")
hn("h2_13", [OF, DF, PA],
   "Today a resident called our Senior Planning Officer 'a useless bent jobsworth' at the front counter. He's none of those things. He's a professional doing a hard job. Staff deserve respect.",
   "HN2 Defends an officer by quoting abuse; officers, defamation and personal-attack allowed.")
hn("h2_14", [EQ],
   "Holocaust Memorial Day. Last month somebody posted that my family 'always follow the money' because I back the holiday-lets cap. That's an old lie, and it has a body count. Tonight I light a candle for my great-grandparents.",
   "HN2 Hannah Weiss names an antisemitic trope aimed at her to condemn it; equality allowed. Compare [[eq18]].",
   author="@HannahWeissGF", date="2026-01-27")
hn("h2_15", [EQ, PD],
   "I've had the 'sharia on the town council' messages again since the Tenter Street chapel plans went in. I'm a Kettlesby lad. I go to the mosque and I go to the match. There's nowt sinister about either.",
   "HN2 Tariq Mahmood quotes anti-Muslim abuse to rebut it; equality allowed, predetermination allowed (he mentions a pending plan without a view). Compare [[eq04]].",
   author="@TariqMahmoodDP")
hn("h2_16", [EQ],
   "A man on the Skelderwick page said Gemma should 'stay home with her bump'. Pregnant councillors have every right to serve. The law's on her side and so am I.",
   "HN2 Quotes pregnancy discrimination to condemn it; equality allowed. Compare [[eq16]].")
hn("h2_17", [EQ, BU],
   "'Keep your eye on your quad, the Herons are back' went up on a Gaitby noticeboard this week. My family have farmed and traded horses in this dale since 1850. I'll shake hands with anybody who wants to come and say it to my face.",
   "HN2 Jimmy Heron quotes anti-Gypsy abuse aimed at his family; 'say it to my face' is a challenge to talk, not a threat (bullying allowed).",
   author="@JimmyHeronGI")
hn("h2_18", [EQ, AB],
   "The 'retard' comment at last night's Beckside day centre consultation was disgusting. The people who use that centre were in the room. It's been reported.",
   "HN2 Quotes a disability slur to condemn it; equality and abusive allowed. Compare [[ab15]].")
hn("h2_19", [EQ],
   "Got told 'you're not a real Dalesman' again on a doorstep in Kettlesby North. Mum's from Accra, Dad's Kettlesby born and bred, and I was born in the Cottage Hospital. I've eaten more parkin than you, pal. Aye, I'm a real Dalesman.",
   "HN2 Devon Clarke quotes a racist doorstep jibe to rebut it; equality allowed. Compare [[eq21]].",
   author="@DevonClarkeBAA")
hn("h2_20", [PA, AB, EQ],
   "A word to everyone commenting under my post about the tip: calling a councillor 'a thick bitch' isn't criticism, whatever you think of her party. Keep it to the policy or I'll delete it.",
   "HN2 Quotes gendered abuse in comments to condemn it; personal-attack, abusive and equality allowed.")
hn("h2_21", [EQ, PA],
   "Some folk are sharing a meme of Owen Pickersgill with 'special needs' written across it. He's autistic, he's said so himself, and he's sharper than most of us. Take it down.",
   "HN2 Condemns a disability meme of a colleague; equality and personal-attack allowed. Compare [[eq06]].")
hn("h2_22", [EQ],
   "The comments about 'too many foreigners' at the creamery meeting were wrong. Without Polish, Romanian and Lithuanian workers that creamery shuts, and two hundred Dales jobs go with it.",
   "HN2 Quotes xenophobic comments to rebut them; equality allowed. Compare [[eq01]] and [[eq23]].")
hn("h2_23", [EQ],
   "A bloke at my surgery told me a civil partnership 'isn't a proper marriage'. Helen and I have been together nineteen years. It's proper enough for the taxman, love.",
   "HN2 Sharon Lambert quotes a jibe at her civil partnership; equality allowed. Compare [[eq17]].",
   author="@SharonLambertBAA")
hn("h2_24", [BU],
   "I had a letter this week saying a councillor I won't name 'should be strung up from the market cross'. That's not politics, it's a threat, and it's with the police.",
   "HN2 Quotes a threat to condemn it; bullying allowed.")
hn("h2_25", [OF, DF],
   "Whoever keeps leaving comments calling our Monitoring Officer 'a crook' under every post: she isn't, it's defamatory, and I'll be removing them. Complain through the proper process.",
   "HN2 Quotes a defamatory comment about an officer to remove it; officers and defamation allowed.")
hn("h2_26", [EQ],
   "I was told on Tuesday to 'get back in t'kitchen'. Forty years on this council, fifty as a farmer's wife, and I can still out-argue the lot of them. Daft beggar.",
   "HN2 Beryl Outhwaite quotes sexist abuse aimed at her; equality allowed. 'Daft beggar' is a mild, fond-sounding dismissal of an unnamed man.",
   author="@BerylOuthwaiteHFL")
hn("h2_27", [AB, PA],
   "A visitor called one of our hill farmers a 'sheep-shagger' in the Hagthwaite car park on Saturday. Funny to some. Not when it's your dad. Don't.",
   "HN2 Quotes an abusive jibe at farmers to condemn it; abusive and personal-attack allowed.")
hn("h2_28", [DF, PA],
   "A resident shouted 'you lot are all bent' at me after the Auction Mart vote. I understand the anger. But we're not bent, the valuation is being published on Friday, and I'll answer any question about it.",
   "HN2 Quotes an accusation of corruption to answer it; defamation and personal-attack allowed. Compare [[df01]].")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
hn("h3_01", [EQ, PD],
   "The Tenter Street prayer room: forty seats, no loudspeaker, no minaret, parking conditions attached. I've read the application. Much of what's going round on Facebook simply isn't in it.",
   "HN3 Myth-busting a pending application; equality and predetermination allowed (no view on the decision).")
hn("h3_02", [EQ],
   "Myth: the asylum hotel residents get council houses first. Fact: they're housed by the Home Office, not by us, and not one of them is on our waiting list.",
   "HN3 Myth-busting; equality allowed. Answers [[eq22]].")
hn("h3_03", [EQ],
   "I'm not against the horse fair. I'm against two hundred horses on Fellend Lane with no water and no toilets. Let's agree a proper site with the families before June.",
   "HN3 Denied prejudice, practical objection; equality allowed.")
hn("h3_04", [EQ],
   "A genuine question, asked in good faith: how do we make the new village hall toilets work for everyone? Trans residents, older women who've asked for more privacy, disabled users. Let's sit down and sort it.",
   "HN3 Civil debate on a protected topic; equality allowed. The same toilets as [[eq09]].")
hn("h3_05", [EQ],
   "Polish and Romanian workers don't 'undercut' local wages at the creamery. They're on the same agreed rates as everyone else. The problem is the whole sector pays too little.",
   "HN3 Myth-busting on migrant workers; equality allowed.")
hn("h3_06", [EQ],
   "The Gypsy and Traveller accommodation assessment is out. Short version: we need eight pitches, we have none, and the law says we must plan for them.",
   "HN3 Neutral policy statement on Gypsies and Travellers; equality allowed.")
hn("h3_07", [EQ],
   "Age isn't the question. Whether a councillor does the casework is. I know eighty-year-olds who'd run rings round a thirty-year-old, and the other way round.",
   "HN3 Civil debate on age; equality allowed. Answers [[eq10]] and [[eq11]].")
hn("h3_08", [EQ],
   "Three of the new buses on the 72 route have wheelchair ramps that don't work. That's not a nice-to-have. It's the law.",
   "HN3 Disability access, stated as a duty; equality allowed.")
hn("h3_09", [EQ],
   "On parental leave for councillors: I'm for it. I just want the cover arrangements written down so no ward goes without a voice for six months. That's a fair question, surely.",
   "HN3 Civil question on maternity cover; equality allowed. Compare [[eq15]].")
hn("h3_10", [EQ, AB],
   "Happy to debate immigration with anyone. Numbers, housing, GP places, all fair game. What's not fair game is calling people 'vermin'. There's a line.",
   "HN3 Civil debate on immigration with a quoted slur rejected; equality and abusive allowed.")
hn("h3_11", [EQ],
   "Myth-busting: the LGBT drop-in at Hagthwaite youth club is a one-hour session on Tuesdays, run by qualified youth workers, for young people who want it. Nobody is made to go. Parents are welcome to look in.",
   "HN3 Explains the session that [[eq27]] insinuates about; equality allowed.")
hn("h3_12", [EQ],
   "I voted for the Ramadan iftar in the market place and I'm a Methodist. Good food, good company, and half the town came. That's Kettlesby at its best.",
   "HN3 Positive comment on an interfaith event; equality allowed.")
hn("h3_13", [EQ, PD],
   "The 'Islamic Centre will blast the call to prayer over the market' post is false. The application is for a quiet prayer room. Read it before you share it.",
   "HN3 Myth-busting; equality and predetermination allowed. Answers [[eq04]].")
hn("h3_14", [EQ],
   "Not racist, just honest: we need more housing for locals. Which is why I back the Tenter Court scheme, for everybody on the waiting list, whoever they are and wherever they're from.",
   "HN3 Denied prejudice that lands on an inclusive point; equality allowed. The opening words are the cue some checkers will bite on.")
hn("h3_15", [EQ],
   "Somebody asked me whether Gypsies pay council tax. Families on the Fellend site pay rent and council tax like anyone else. Those who stop for the fair pay the pitch fees. Hope that helps.",
   "HN3 Myth-busting; equality allowed.")
hn("h3_16", [EQ],
   "I'm a practising Catholic and I voted against the chaplaincy cut at the hospice. Faith isn't a dirty word in this chamber, whatever your faith.",
   "HN3 Religion mentioned neutrally; equality allowed.")
hn("h3_17", [EQ],
   "Do pregnant councillors get 'special treatment'? No. Remote attendance for committees is set by law, not by us. Move on.",
   "HN3 Myth-busting on pregnancy; equality allowed.")
hn("h3_18", [EQ],
   "On the disabled bays in Kettlesby market place: fair point from the traders that some get misused. The answer is enforcement, not fewer bays.",
   "HN3 Civil debate on disabled parking; equality allowed.")
hn("h3_19", [EQ],
   "The equality impact assessment on the bus cuts says older residents in Gaitby will be hit hardest. I've asked cabinet to read it before Thursday.",
   "HN3 Neutral mention of age in policy; equality allowed.")
hn("h3_20", [EQ],
   "To the chap who says 'all Muslims' think this or that: I've four Muslim constituents who disagree with each other about everything, the bins included. Same as the rest of us.",
   "HN3 Rebuts a generalisation; equality allowed.")
hn("h3_21", [EQ],
   "Lots of questions about 'foreign' doctors at the Kettlesby practice. They're doctors. Qualified, registered, and keeping the surgery open. Be glad of them.",
   "HN3 Myth-busting on overseas doctors; equality allowed.")
hn("h3_22", [EQ],
   "I'm not anti-trans and I'm not anti-women. I want the council's policy written down so everybody knows where they stand. Let's not make it a war.",
   "HN3 Civil position on a contested topic; equality allowed. 'War' is figurative.")
hn("h3_23", [EQ],
   "Fact check: the 'Jewish landlords buying up the dale' post going round is nonsense. Holiday lets here are owned by all sorts. The cap debate is about numbers, not about anybody's religion.",
   "HN3 Rebuts an antisemitic post; equality allowed. Compare [[eq18]].")
hn("h3_24", [EQ],
   "Disabled access at the Cottage Hospital bus stop: the kerb's too high and the shelter's on the wrong side of the road. Raised with highways. Small things matter.",
   "HN3 Disability access, neutral; equality allowed.")
hn("h3_25", [EQ],
   "Should there be an age limit for councillors? No. Should all of us, whatever our age, get training on the new planning rules? Yes.",
   "HN3 Civil debate on age; equality allowed.")
hn("h3_26", [EQ],
   "I'm against the rainbow crossing on Tenter Street because of the cost, £14,000, not because of what it stands for. Put the money into the youth club and I'll back that.",
   "HN3 Objection on cost with prejudice disclaimed; equality allowed.")
hn("h3_27", [EQ],
   "For anyone who thinks the Dales were always one colour: Kettlesby's first Black police constable walked the market beat in 1968. The library exhibition about him is on till the end of March. Go.",
   "HN3 Local Black history as myth-busting; equality allowed.")
hn("h3_28", [EQ],
   "Young folk aren't 'snowflakes' for asking about mental health support in rural schools. They're the ones who'll still be living here. Listen to them.",
   "HN3 Rebuts an age jibe; equality allowed.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
hn("h4_01", [EQ],
   "Wheelchair user, councillor, mum of two. This morning I found out the new market toilets have a door I can't open. So I've asked for a fix, and a site visit with me in the chair.",
   "HN4 Joanne Raw's self-description; equality allowed. Compare [[eq05]].",
   author="@JoRawBAA")
hn("h4_02", [EQ],
   "I'm a trans woman and I've been your councillor in Upper Garthdale for six years. On Thursday I'll be at the library talking about growing up in a dale. All welcome, brews on me.",
   "HN4 Rowan Fairbairn's self-description in LGBT+ History Month; equality allowed.",
   author="@RowanFairbairnGF", date="2026-02-03")
hn("h4_03", [EQ],
   "Gay, 25 and proud to be the youngest councillor in Garthdale. LGBT+ History Month starts today. Brew and cake at the Kettlesby Castle community room on Saturday.",
   "HN4 Liam Calvert's self-description; equality allowed. Compare [[eq07]].",
   author="@LiamCalvertBAA", date="2026-02-02")
hn("h4_04", [EQ, AB],
   "Queer as owt and Yorkshire to the bone. Our queer history group's walking the old packhorse road over to Gaitby on Sunday. Bring boots and a flask.",
   "HN4 Reclaimed 'queer' in self-description; equality and abusive allowed. HN5 [[h5_03]] has 'nowt so queer as folk'.",
   author="@LiamCalvertBAA")
hn("h4_05", [EQ],
   "Ramadan Mubarak to everyone starting the fast today. Open iftar at the Islamic Centre on Friday, all welcome, and aye, there'll be parkin.",
   "HN4 Tariq Mahmood's Ramadan greeting; equality allowed.",
   author="@TariqMahmoodDP", date="2026-02-18")
hn("h4_06", [EQ],
   "Eid Mubarak, Kettlesby! Thanks to the Drovers for letting us use their back room when the centre flooded. That's this town.",
   "HN4 Tariq Mahmood's Eid greeting; equality allowed.",
   author="@TariqMahmoodDP", date="2026-03-20")
hn("h4_07", [EQ],
   "Happy Lunar New Year from the Cheung family at the Jade Garden! Year of the Horse, and we're a horse-fair town, so it's a good 'un. Dumplings on the house from five.",
   "HN4 Lily Cheung's Lunar New Year post; equality allowed. Compare [[eq20]].",
   author="@LilyCheungDP", date="2026-02-17")
hn("h4_08", [EQ],
   "Born in Poland, twenty years in Skelderwick, and I still can't get a Yorkshire pudding to rise. My neighbour says I'm 'nearly local' now. I'll take it.",
   "HN4 Ewa Kowalczyk's self-description; equality allowed.",
   author="@EwaKowalczykBAA")
hn("h4_09", [EQ],
   "Yes, I'm pregnant, due in May, and yes, I'll be chairing licensing on Tuesday. Cover for my maternity leave is agreed with the Monitoring Officer. Bairn number two!",
   "HN4 Gemma Iveson's self-description; equality allowed. Compare [[eq15]].",
   author="@GemmaIvesonDP")
hn("h4_10", [EQ],
   "I'm autistic. It's why I ask for papers early and sit near the door. It's also why I read every appendix. Ask me owt about the quarry noise assessment.",
   "HN4 Owen Pickersgill's self-description; equality allowed.",
   author="@OwenPickersgillGF")
hn("h4_11", [EQ],
   "Time to Talk Day. I've had depression since my twenties. Some days I'm grand; some days getting up the dale to a meeting is a mountain. Talking helped me. Brew's on at Upper Garthdale hall, ten till twelve.",
   "HN4 Dawn Thwaite's self-description on Time to Talk Day; equality allowed. Compare [[eq24]].",
   author="@DawnThwaiteGI", date="2026-02-05")
hn("h4_12", [EQ],
   "82 today and still chairing council. The grandchildren got me a cake shaped like a tup. Thanks for all the messages. I'll be back in the chair on Monday.",
   "HN4 Norman Capstick on his age; equality allowed.",
   author="@NormanCapstick")
hn("h4_13", [EQ],
   "Deaf as a post in my left ear since the quarry days, 76 years old, and new hearing aids from the NHS this week. First time in years I've heard the curlews. Marvellous.",
   "HN4 Arthur Fawcett's self-description; equality allowed. 'Deaf as a post' used of himself. Compare [[eq25]].",
   author="@ArthurFawcettGI")
hn("h4_14", [EQ],
   "Proud Romany Gypsy and proud Dalesman. Our family's horses will be at Kettlesby fair in June like they've been for 170 years. Come and say hello.",
   "HN4 Jimmy Heron's self-description; equality allowed.",
   author="@JimmyHeronGI")
hn("h4_15", [EQ],
   "Mum's Ghanaian, Dad's Kettlesby through and through, and Sunday dinner at ours is jollof rice with Yorkshire puds. Don't knock it till you've tried it.",
   "HN4 Devon Clarke's self-description; equality allowed.",
   author="@DevonClarkeBAA")
hn("h4_16", [EQ],
   "Langar at the community hall on Sunday: my family, the Skelderwick WI and the lads from the football club all cooking together. Everybody fed, nobody pays. Come hungry.",
   "HN4 Amrit Sandhu on a Sikh community meal; equality allowed.",
   author="@AmritSandhuInd")
hn("h4_17", [EQ],
   "Nineteen years with Helen, twelve as civil partners. Anniversary tea at the Black Tup tonight. She still thinks I'm daft. She's right.",
   "HN4 Sharon Lambert on her civil partnership; equality allowed.",
   author="@SharonLambertBAA", date="2026-03-12")
hn("h4_18", [EQ],
   "Holocaust Memorial Day. My great-grandparents didn't come back from Theresienstadt. Tonight at Kettlesby library we'll read names and light candles. Come if you can.",
   "HN4 Hannah Weiss on Holocaust Memorial Day; equality allowed.",
   author="@HannahWeissGF", date="2026-01-27")
hn("h4_19", [EQ],
   "Holi at Kettlesby community centre today: colour everywhere, and half the Tups' under-twelves covered in pink powder. Best Wednesday we've had in years.",
   "HN4 Positive mention of a Hindu festival; equality allowed.",
   date="2026-03-04")
hn("h4_20", [EQ],
   "For International Women's Day yesterday: in 1974 Nancy Tennant became the first woman to win the champion tup at Kettlesby sale. Her granddaughter farms the same fell today.",
   "HN4 Positive mention of women in farming; equality allowed. Compare [[eq13]].",
   date="2026-03-09")
hn("h4_21", [EQ, HA],
   "St Patrick's Day in the Drovers: Irish tunes, a fiddler from Gaitby and more stout than is good for anybody. Half this dale's got an Irish grandad if you look back far enough.",
   "HN4 Positive mention of Irish heritage; equality allowed, haste allowed for the drink.",
   date="2026-03-17")
hn("h4_22", [EQ],
   "Big thanks to the Polish Saturday school in Skelderwick for the pierogi stall at the lambing fundraiser. Sold out in forty minutes.",
   "HN4 Positive mention of a Polish community group; equality allowed.")
hn("h4_23", [EQ],
   "I'm seventy, a farmer's wife and a Methodist local preacher, and I've never missed a full council. Age is just a number, though mine's getting big.",
   "HN4 Beryl Outhwaite's self-description; equality allowed.",
   author="@BerylOuthwaiteHFL")
hn("h4_24", [EQ],
   "Deaf awareness session for councillors on Thursday with the Dales Deaf Club. I can now sign 'bin collection'. Very useful in this job.",
   "HN4 Neutral mention of deafness; equality allowed.")
hn("h4_25", [EQ, PA],
   "Proud offcumden here. Came over from t'other side of the Pennines for a fortnight's walking in 2004 and never went home. Offcumdens keep the dale going too.",
   "HN4 Reclaimed dialect term for incomers (not a protected characteristic); equality and personal-attack allowed.",
   author="@HannahWeissGF")
hn("h4_26", [EQ],
   "Kettlesby Tups' new women's team played their first home match today. Won 4-1, and a lass from Hagthwaite got a hat-trick. Brilliant.",
   "HN4 Neutral mention of sex; equality allowed.")
hn("h4_27", [EQ],
   "The new Changing Places toilet at the Hagthwaite visitor centre opens Monday. Hoist, bench, space for two carers. Families with disabled kids can finally all visit the Force together.",
   "HN4 Disability access, positive; equality allowed.")
hn("h4_28", [EQ, DP],
   "Our Jamie has Down's syndrome and he started work at the creamery shop this week. Proudest dad in Skelderwick.",
   "HN4 A father on his own son's disability; equality allowed, data protection allowed (a family member's health, shared by the parent).",
   author="@KeithDinsdale")

# HN5 figurative violence, banter, self-deprecation, idioms
hn("h5_01", [BU],
   "Kettlesby Tups got absolutely battered 5-0 at Gaitby on Saturday. Murdered. I'm still not over it, lads.",
   "HN5 Sporting figurative violence; bullying allowed.")
hn("h5_02", [BU, PA],
   "The Broad Acres lot took me apart in the budget debate last night, fair play to them. Had it coming. Pint's on me Friday, @SteveHarkerBAA.",
   "HN5 'Took me apart' as banter with an opponent; bullying and personal-attack allowed.")
hn("h5_03", [EQ],
   "Nowt so queer as folk: forty people at the parish meeting about dog muck, six at the one about the flood scheme.",
   "HN5 Yorkshire idiom where 'queer' means odd; equality allowed. Compare [[h4_04]].")
hn("h5_04", [PA],
   "Ey up, it's me, the grumpy old tup of the Hill Farmers' League. Aye, I shouted at the telly again. Aye, I'm sorry. Aye, I'll do it again next week.",
   "HN5 Tom Kearton's self-deprecation; personal-attack allowed.",
   author="@TomKeartonHFL")
hn("h5_05", [EQ],
   "I'm 41 and the young 'uns at Kettlesby Academy think I'm a fossil. Fair. I still print my emails.",
   "HN5 Ian Hebblethwaite's self-deprecation about age; equality allowed. Compare [[eq11]].",
   author="@IanHebblethwaite")
hn("h5_06", [PA],
   "Yorkshire born, Yorkshire bred, strong in t'arm and thick in t'ead. That's the only excuse I've got for forgetting my own ward surgery this morning. Sorry, Moorcote.",
   "HN5 Self-deprecating Yorkshire rhyme; personal-attack allowed.")
hn("h5_07", [BU],
   "If the gritter doesn't come up Hagthwaite bank tonight I'll be out there myself with a shovel and a flask, and heaven help anybody who parks on t'brow.",
   "HN5 Figurative warning about parking; bullying allowed.")
hn("h5_08", [BU],
   "Killing it at the Moorcote quiz night. Team 'Councillors Who Can't Count' came third out of four. Fourth was the vicar's lot.",
   "HN5 'Killing it' as idiom; bullying allowed.")
hn("h5_09", [BU],
   "Steve and I had it out over the Auction Mart in the chamber tonight. Fisticuffs at the Mart gates? Nay. Two brews and a handshake in t'corridor after.",
   "HN5 Figurative fight denied; bullying allowed.")
hn("h5_10", [PA],
   "Daft as a brush, me. Left my glasses in the mistal and read the whole agenda upside down.",
   "HN5 Self-deprecation with a dialect idiom ('mistal' is a cowshed); personal-attack allowed.")
hn("h5_11", [PA],
   "Face like a wet weekend, weather like a wet weekend, and it's only Tuesday. Still, at least the beck's not over the road. Yet.",
   "HN5 The idiom from [[pa25]] aimed at the speaker and the weather; personal-attack allowed.")
hn("h5_12", [BU],
   "Our lass says if I bring one more planning file to the tea table she'll bray me with it. Fair enough.",
   "HN5 'Bray' (hit) as a domestic joke; bullying allowed. Compare [[bu01]].")
hn("h5_13", [BU],
   "Going to war with the potholes on Moorcote Lane. Armed with a camera, a tape measure and a very strongly worded email.",
   "HN5 Figurative war; bullying allowed.")
hn("h5_14", [BU],
   "I'll swing for whoever ate the last bit of parkin in the members' room. You know who you are.",
   "HN5 'I'll swing for' as a mock threat over cake; bullying allowed.")
hn("h5_15", [BU, EQ],
   "Beaten fair and square in the Gaitby dominoes league by an 88-year-old retired shepherd. Slaughtered me. Humbling.",
   "HN5 Figurative defeat, with an age mentioned fondly; bullying and equality allowed.")
hn("h5_16", [BU],
   "Watch your back, @LiamCalvertBAA, the Drystone five-a-side team are coming for your title. Training starts Monday. Bring ibuprofen.",
   "HN5 Five-a-side banter by a Drystone member (pinned); 'watch your back' as in [[bu23]]; bullying allowed.",
   author="@KeithDinsdale")
hn("h5_17", [EQ],
   "Happen I'm old-fashioned, but I still reckon the best planning tool is a pair of wellies and a walk round the site.",
   "HN5 Self-deprecation ('happen' means perhaps); equality allowed.")
hn("h5_18", [PA],
   "Ee by gum, the state of my hair after the Hagthwaite Force site visit. Drowned rat. Please don't share the photo.",
   "HN5 Self-deprecation; personal-attack allowed.")
hn("h5_19", [BU],
   "That budget presentation nearly finished me off. Ninety-four slides. I lost the will to live at slide twelve and the feeling in my feet at slide sixty.",
   "HN5 Figurative exhaustion; bullying allowed.")
hn("h5_20", [BU],
   "Our kid's threatening to throttle me if I sing at the Valentine's quiz again. She's not wrong. I'm dreadful.",
   "HN5 Mock threat reported in banter ('our kid' is a sibling); bullying allowed.")
hn("h5_21", [PA],
   "Tha can allus tell a Yorkshireman, but tha can't tell 'im much. Proved again in the chamber today, mostly by me.",
   "HN5 Yorkshire saying turned on the speaker; personal-attack allowed.")
hn("h5_22", [HA],
   "Lambing's started. I've been up since three, I smell of yows and iodine, and I've a committee at ten. Forgive me if I nod off during item 7.",
   "HN5 Tiredness mentioned: haste allowed.")
hn("h5_23", [],
   "Owt for nowt? Not in this dale. The Fellbeck hall roof is finally fixed after three years of me mithering. Thanks to everyone who nagged alongside me.",
   "HN5 Dialect ('mithering', nagging) and thanks. Compare [[bu19]] about the same roof.")
hn("h5_24", [BU],
   "Knocked for six by the turnout at Gaitby's flood meeting. 140 people in a hall built for 80, and every one of them had a question.",
   "HN5 Idiom; bullying allowed.")
hn("h5_25", [PA],
   "Mardy? Me? Only before my first brew. After that I'm a ray of Dales sunshine.",
   "HN5 Self-deprecation with 'mardy'; personal-attack allowed. Compare [[pa06]].")
hn("h5_26", [],
   "Gi'o'er, @DawnThwaiteGI, you'll have me blushing. Thanks for the kind words about the flood volunteers, lass.",
   "HN5 Friendly banter to a named councillor ('gi'o'er' means give over).")
hn("h5_27", [],
   "I'll be honest, the snow up Upper Garthdale has beaten me this week. Three days snowed in, no broadband, and I've read every back issue of the farming paper. Send help. Or teacakes.",
   "HN5 Self-deprecation about the weather.")
hn("h5_28", [PA],
   "The lads at the Mart reckon I'm as much use as a chocolate teapot at auctioneering. They've a point. Bid on a tup by scratching my nose.",
   "HN5 Self-deprecating idiom; personal-attack allowed.")

# HN6 criticism of a named councillor's record that stays on the record
hn("h6_01", [DF, PA],
   "Brian Alderson promised in May that the pool would stay open. In January, as Cabinet Member for Finance, he proposed closing it. Those are facts. He should explain the U-turn.",
   "HN6 Record criticism with a broken promise; defamation and personal-attack allowed. Compare [[ab03]] and [[pa02]].")
hn("h6_02", [PA],
   "@KeithDinsdale has held the environment portfolio for four years. Missed collections have doubled in that time. That's his record and he has to own it.",
   "HN6 Portfolio record; personal-attack allowed. Compare [[pa05]].")
hn("h6_03", [DF],
   "Judith Metcalfe said the Dales bus cut would 'protect core routes'. The 72 is a core route. It's been cut to two a day. I'd like her to square that circle at full council.",
   "HN6 Contradiction put as a question; defamation allowed. Compare [[df11]].")
hn("h6_04", [DF, IN],
   "Clive Sunter chaired 22 planning meetings last year and declared an interest at none of them. That may well be right. But residents have asked, and he should answer them in public.",
   "HN6 A reasonable question on declarations; defamation and interests allowed (a reader may hear a hint).")
hn("h6_05", [PA],
   "Steve Harker's group tabled fourteen budget amendments and costed three. I'll debate him any day of the week, but the numbers have to add up.",
   "HN6 Record criticism; personal-attack allowed.")
hn("h6_06", [DF],
   "Tom Kearton voted against the Hagthwaite flood defences twice. Hagthwaite flooded in November. I'm not saying one caused the other; I'm saying residents deserve to know why he voted that way.",
   "HN6 Votes on the record; defamation allowed. Compare [[pa13]].")
hn("h6_07", [PA],
   "Pauline Hird has held housing for three years. Families in B&B have gone from 12 to 41 in that time. I'd like a plan, not another press release.",
   "HN6 Portfolio record; personal-attack allowed. Compare [[pa07]].")
hn("h6_08", [EQ],
   "Norman Capstick has chaired council for six years. That's a long stint for anybody, and I'll be nominating someone else at annual council. Nothing personal, Norman: it's time for fresh eyes in that chair.",
   "HN6 About tenure, not age; equality allowed. Compare [[eq12]].")
hn("h6_09", [PA],
   "Sharon Lambert's scrutiny committee has met four times this year and called the Leader in once. Scrutiny that doesn't scrutinise isn't doing its job.",
   "HN6 Committee record; personal-attack allowed. Compare [[pa15]].")
hn("h6_10", [],
   "Liam Calvert's motion on bus passes for under-25s was costed at £80,000. It's a good idea, but he didn't say where the money comes from. Fix that and I'll back it.",
   "HN6 Constructive record criticism.")
hn("h6_11", [DF],
   "Hannah Weiss says holiday lets are '40% of Gaitby housing'. The council's own figure is 23%. That claim needs correcting.",
   "HN6 Corrects a claim without calling it a lie; defamation allowed.")
hn("h6_12", [PA],
   "Ian Hebblethwaite missed nine of twelve committee meetings last year. Residents in High Fellbeck deserve a councillor who turns up.",
   "HN6 Attendance record; personal-attack allowed.")
hn("h6_13", [PA],
   "Gemma Iveson's committee granted the Fleece its late licence against police advice, and she voted for it. Her reasons should be in the minutes. They aren't.",
   "HN6 Decision record; personal-attack allowed.")
hn("h6_14", [PA],
   "Devon Clarke voted against every budget for four years, including the ones that paid for his own ward's flood wall. That's his record, and he should own it at the election.",
   "HN6 Voting record; personal-attack allowed. Compare [[pa18]].")
hn("h6_15", [IN, DF],
   "Amrit Sandhu chaired the community grant panel when it funded the Skelderwick WI, which she belongs to. It was declared and she left the room. Still, the process needs a second look.",
   "HN6 Declared interest described accurately; interests and defamation allowed. Compare [[df13]].")
hn("h6_16", [PA, OF],
   "Owen Pickersgill has tabled forty written questions this year. Good on him. But the answers have cost officers two hundred hours. Maybe focus them a bit?",
   "HN6 Record criticism; personal-attack and officers allowed.")
hn("h6_17", [PA],
   "Rowan Fairbairn's rewilding motion would take 800 hectares out of grazing. She's sincere, but she's wrong, and the farmers of Upper Garthdale will tell her so.",
   "HN6 Policy disagreement with a named councillor; personal-attack allowed.")
hn("h6_18", [PA],
   "Arthur Fawcett promised a ward newsletter every quarter. The last one came out in 2024. Come on, Arthur.",
   "HN6 Broken promise; personal-attack allowed.")
hn("h6_19", [DF],
   "Joanne Raw's figures on temporary accommodation were from 2023. Still a fair point, but the 2025 numbers are better. Let's all work from the same data.",
   "HN6 Corrects figures; defamation allowed.")
hn("h6_20", [EQ, IN],
   "Jimmy Heron abstained on the Traveller site allocation. I understand why, with his family's links to the fair, and he declared it properly. But Gaitby residents want to know where he stands.",
   "HN6 Abstention on the record with his heritage mentioned neutrally; equality and interests allowed. Compare [[eq03]].")
hn("h6_21", [PA],
   "Lily Cheung's town-centre parking review was promised for September. It's March. Where is it?",
   "HN6 Missed deadline; personal-attack allowed.")
hn("h6_22", [DF],
   "Tariq Mahmood told the Courier the market place resurfacing came in on budget. The outturn report says 18% over. He should correct that.",
   "HN6 Corrects a claim; defamation allowed. Compare [[df26]].")
hn("h6_23", [PA],
   "Beryl Outhwaite has voted against every housing allocation in High Fellbeck for eight years. She's entitled to. But then don't complain when the young ones leave.",
   "HN6 Voting record; personal-attack allowed.")
hn("h6_24", [PA],
   "Dawn Thwaite's flood grant scheme paid out £12,000 of its £200,000 in the first year. The idea was good; the delivery wasn't. Time to review it.",
   "HN6 Scheme record; personal-attack allowed.")
hn("h6_25", [PD, PA],
   "Ewa Kowalczyk's group said they'd 'never' back a quarry extension. Now two of them have signed Pennock's letter of support. What changed?",
   "HN6 Inconsistency on the record; predetermination (pending quarry) and personal-attack allowed.")
hn("h6_26", [PA],
   "Judith Metcalfe's leadership has given us a peer review that says 'requires improvement' on governance and a £3m budget gap. Her record, her responsibility.",
   "HN6 Leadership record; personal-attack allowed.")
hn("h6_27", [DF],
   "Keith Dinsdale told full council the tip would stay open seven days a week. It's now three. I'm sure he didn't mean to mislead anybody, but the promise was broken.",
   "HN6 Broken promise without alleging a lie; defamation allowed.")
hn("h6_28", [DF],
   "Steve Harker has claimed the highest mileage on the council three years running: £4,100 last year. It's within the rules. I'd just like to know why it's double the next councillor's.",
   "HN6 Expenses on the record; defamation allowed (a reader may hear a hint).")

# Extra author constraints, for realism (who could plausibly have written it).
AVOID = {
    "eq16": ["Gemma Iveson"],             # the unnamed target
    "ab24": ["Drystone Party"],           # attacks the cabinet
    "h1_16": ["Drystone Party"],
    "h1_17": ["Drystone Party"],
    "h1_19": ["Drystone Party"],          # 'when we ran the council'
    "h1_23": ["Drystone Party"],
    "h6_05": ["Broad Acres Alliance"],
    "h6_25": ["Broad Acres Alliance"],
}
PIN = {
    "h3_12": "@BerylOuthwaiteHFL",        # the Methodist
    "h3_16": "@SteveHarkerBAA",           # the Catholic
}
for _r in ROWS:
    _r["avoid"] = AVOID.get(_r["key"], [])
    if _r["key"] in PIN:
        _r["author"] = PIN[_r["key"]]

# Obfuscated variants: (original, kind, word, obfuscated form of the word in
# lower case). Every occurrence of the word is changed, case-insensitively.
ZW = "\u200b"
VARIANTS = [
    ("pa03", "asterisk", "barmpot", "b*rmpot"),
    ("pa15", "digit", "gutless", "gutl3ss"),
    ("pa06", "zero_width", "mardy", "mar" + ZW + "dy"),
    ("pa26", "spaced", "pathetic", None),
    ("pa14", "homoglyph", "sanctimonious", "sanctim\u043enious"),
    ("pa18", "caps", None, None),
    ("ab06", "asterisk", "twat", "tw*t"),
    ("ab02", "digit", "shite", "sh1te"),
    ("ab11", "zero_width", "bellend", "bell" + ZW + "end"),
    ("ab21", "spaced", "pillock", None),
    ("ab04", "homoglyph", "bollocks", "b\u043ellocks"),
    ("ab09", "caps", None, None),
    ("bu01", "asterisk", "bray", "br*y"),
    ("bu11", "digit", "ambulance", "ambu1ance"),
    ("bu05", "zero_width", "sleep", "sle" + ZW + "ep"),
    ("bu14", "spaced", "teeth", None),
    ("bu22", "homoglyph", "warned", "warn\u0435d"),
    ("bu18", "caps", None, None),
    ("eq19", "asterisk", "pakis", "p*kis"),
    ("eq02", "digit", "gyppos", "gypp0s"),
    ("eq08", "zero_width", "frock", "fr" + ZW + "ock"),
    ("eq01", "spaced", "poles", None),
    ("eq22", "homoglyph", "scroungers", "scr\u043eungers"),
    ("eq13", "caps", None, None),
    ("df09", "asterisk", "crooks", "cr*oks"),
    ("df11", "digit", "lies", "l1es"),
    ("df19", "zero_width", "dodgy", "dod" + ZW + "gy"),
    ("df15", "spaced", "con", None),
    ("df05", "homoglyph", "cooking", "c\u043eoking"),
    ("df02", "caps", None, None),
]
KIND_WORDS = {
    "asterisk": "an asterisk for a vowel",
    "digit": "a digit for a letter",
    "zero_width": "a zero-width space (U+200B) inside the word",
    "spaced": "spaced-out letters",
    "homoglyph": "a Cyrillic homoglyph",
}

# ---------------------------------------------------------------------------
# Roster and name matching (validate.py repeats this logic).
# ---------------------------------------------------------------------------
PARTY_ALIASES = {
    "Drystone Party": ["Drystone"],
    "Broad Acres Alliance": ["Broad Acres"],
    "Green Fell": ["Green Fell"],
    "Garthdale Independents": ["Garthdale Independents", "Garthdale Independent"],
    "Hill Farmers' League": ["Hill Farmers"],
    "Independent": [],
}
SHORT_NAMES = {
    "Joanne Raw": ["Jo Raw", "Jo"],
    "Norman Capstick": ["Norm"],
    "Steve Harker": ["Steven"],
}
ROLE_WORDS = {
    "Judith Metcalfe": ["the Leader", "Leader of the Council"],
    "Brian Alderson": ["Deputy Leader", "Cabinet Member for Finance", "finance portfolio"],
    "Keith Dinsdale": ["Cabinet Member for Environment", "environment portfolio"],
    "Pauline Hird": ["Cabinet Member for Housing", "housing portfolio"],
    "Clive Sunter": ["chair of planning", "chairing planning", "planning chair"],
    "Norman Capstick": ["Chair of the Council", "Chairman", "chairs council"],
    "Gemma Iveson": ["chair of licensing", "chairing licensing"],
    "Sharon Lambert": ["chair of scrutiny", "chairing scrutiny"],
    "Steve Harker": ["opposition leader", "Leader of the Broad Acres"],
}


def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    people = data["people"]
    councillors = list(people["councillors"])
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#[^(]*\(([^)]+)\)', line)
        if m and m.group(1) in councillors:
            party[m.group(1)] = m.group(2)
    handle_of = {}
    for h, who in people["handles"].items():
        if who in councillors and who not in handle_of:
            handle_of[who] = h
    return councillors, party, handle_of, people["handles"]


def _has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text, re.IGNORECASE) is not None


def named_people(text, councillors, handles):
    """Councillors a text names: full name, first name, surname, short name,
    handle or role words."""
    out = set()
    for who in councillors:
        first, last = who.split()[0], who.split()[-1]
        words = [who, first, last] + SHORT_NAMES.get(who, []) + ROLE_WORDS.get(who, [])
        if any(_has(text, w) for w in words):
            out.add(who)
    for h, who in handles.items():
        if who in councillors and h.lower() in text.lower():
            out.add(who)
    return out


def named_parties(text):
    return {p for p, al in PARTY_ALIASES.items() if any(_has(text, a) for a in al)}


# ---------------------------------------------------------------------------
# Obfuscation.
# ---------------------------------------------------------------------------
def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def obfuscate(text, kind, word, form):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    assert pat.search(text), (word, text)

    def repl(m):
        s = m.group(0)
        if kind == "spaced":
            return " ".join(s)
        if kind == "zero_width":
            i = form.index(ZW)
            return s[:i] + ZW + s[i:]
        assert len(form) == len(s)
        return "".join(f if f != w.lower() else w for f, w in zip(form, s))

    return pat.sub(repl, text)


# ---------------------------------------------------------------------------
# Build.
# ---------------------------------------------------------------------------
def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, days, fixed=None):
    d = date.fromisoformat(fixed) if fixed else rng.choice(days)
    assert d.weekday() < 5 and FIRST_DAY <= d <= LAST_DAY, fixed
    return f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+00:00"


def build():
    rng = random.Random(SEED)
    councillors, party, handle_of, handles = load_roster()
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate key"
    out = []
    by_key = {}
    for r in ROWS:
        row = dict(r)
        if row["author"] is None:
            names = named_people(row["text"], councillors, handles)
            parties = named_parties(row["text"])
            cands = [c for c in councillors
                     if c not in names and party[c] not in parties
                     and c not in row["avoid"] and party[c] not in row["avoid"]]
            row["author"] = handle_of[rng.choice(cands)]
        else:
            assert row["author"] in handles, row["author"]
        if row["platform"] is None:
            row["platform"] = rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
        row["created_at"] = stamp(rng, days, row["date"])
        out.append(row)
        by_key[row["key"]] = row
    for orig, kind, word, form in VARIANTS:
        o = by_key[orig]
        text = obfuscate(o["text"], kind, word, form)
        assert text != o["text"], (orig, kind)
        allowed = list(o["allowed"])
        if kind == "caps":
            if HA not in allowed:
                allowed.append(HA)
            note = f"Obfuscated variant of [[{orig}]]: ALL CAPS (handles keep their spelling); same labels, with haste allowed for the shouting."
        else:
            note = f"Obfuscated variant of [[{orig}]]: {KIND_WORDS[kind]} in '{word}'; same labels."
        row = dict(key=f"{orig}~{kind}", family=o["family"], rules=list(o["rules"]),
                   allowed=allowed, verdict=o["verdict"], text=text, note=note,
                   platform=o["platform"], author=o["author"], date=None,
                   kind_of_row="variant", variant_of=orig, variant_kind=kind)
        row["created_at"] = stamp(rng, days)
        out.append(row)
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        ids[row["key"]] = f"{SET}-{i:04d}"

    def cite(m):
        k = m.group(1)
        if k not in ids:
            raise SystemExit(f"unknown key in note: {k}")
        return ids[k]

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
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": re.sub(r"\[\[([\w~]+)\]\]", cite, row["note"]),
        }
        if row["kind_of_row"] == "variant":
            obj["variant_of"] = ids[row["variant_of"]]
            obj["variant_kind"] = row["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(f"{k}\t{v}")
