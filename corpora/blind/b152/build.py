#!/usr/bin/env python3
"""Build the blind evaluation set b152 (Deanmarch District Council).

Every post below was written by hand for this set. The script only picks
authors, platforms and timestamps (fixed seed), makes the obfuscated variants,
shuffles, assigns ids B152-0001.. and writes posts.jsonl. Standard library only.
Running it twice writes the same file byte for byte.
`python3 build.py --map` also prints row key -> id.
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

SET = "B152"
SEED = 15215
HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "PA": "respect.personal-attack",
    "AB": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OF": "officers.impartiality",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "PD": "predetermination.closed-mind",
    "IA": "position.improper-advantage",
    "HA": "haste.pause-before-posting",
    "GI": "gifts.hospitality",
    "ME": "meetings.during-meeting",
    "SC": "security.credentials",
}

ROWS = []
_FAM = [None]


def family(name):
    _FAM[0] = name


def R(key, text, rules, allowed, verdict, note, pin=None, date=None):
    """One hand-written row. rules/allowed: space-separated short codes."""
    ROWS.append({
        "key": key,
        "family": _FAM[0],
        "text": text,
        "rules": [CODES[c] for c in rules.split()],
        "allowed": [CODES[c] for c in allowed.split()],
        "verdict": verdict,
        "note": note,
        "pin": pin,
        "date": date,
    })


# ---------------------------------------------------------------------------
# 1. respect.personal-attack: 27 originals
# ---------------------------------------------------------------------------
family("respect.personal-attack")

R("pa01", "Ow bist, @CliveBrainFF? Still a gawby with a calculator, I see. Thee couldn't add up the takings at a chapel fete, butt.",
  "PA", "", "review",
  "Dialect insult ('gawby', a fool) at the finance portfolio holder by handle, wrapped in the friendly greeting 'ow bist, butt'. Compare HN5 {h5_03} and {h5_04}.")
R("pa02", "Watching Maureen Teague answer questions at full council is like watching a sheep try to get over a cattle grid. Clueless woman. Utterly clueless.",
  "PA", "EQ", "review",
  "Insult at the Leader by name; 'clueless woman' may carry a sex undertone, so equality is only allowed.")
R("pa03", "Graham Meek is the most spineless chair of planning this district has ever had. Folds like a wet deckchair the minute a developer smiles at him.",
  "PA", "DF", "review",
  "Insult at the chair of planning; 'folds... the minute a developer smiles' hints at undue influence, so defamation is allowed. HN1 {h1_07} criticises the same scheme civilly.")
R("pa04", "Honestly @RuthAmbroseWVD you are a pompous, self-important little busybody and everybody in Redcliff knows it.",
  "PA", "", "review", "Name-calling at the chair of scrutiny by handle.")
R("pa05", "Nobody asked you, Bethan. Go back to your spreadsheets and leave the grown-ups to talk about the Deep Level site. Patronising know-nothing.",
  "PA", "", "review", "Belittling a named councillor by first name ('leave the grown-ups to talk', 'know-nothing').")
R("pa06", "The Senior Planning Officer who wrote the Scowle Lane report is either incompetent or lazy, probably both. A GCSE student would have spotted the drainage problem.",
  "PA OF", "PD", "review",
  "Insult at an officer identified by role; officers.impartiality expected. The application is pending, so predetermination is allowed.")
R("pa07", "Terry Kear couldn't organise a bin round in a cul-de-sac. Useless article. The man's a walking caddle.",
  "PA", "", "review", "Insult at the environment portfolio holder; 'caddle' is Forest for a muddle.")
R("pa08", "Helena Whitcombe is a nasty, twisted, poisonous woman who would sell her own mother for a headline. Vile. Nobody in Redcliff can stand her.",
  "PA", "EQ", "block",
  "Severe personal attack (nasty, twisted, poisonous, vile) at the opposition leader: block. 'Woman' is incidental; equality only allowed.")
R("pa09", "Dear @OwenTriggFF, being loud isn't the same as being clever. You're a gobby little show-off and you embarrass Cindermoor South every time you open your mouth.",
  "PA", "", "review", "Mocking, belittling insult at a named councillor by handle.")
R("pa10", "Sat through two hours of Alun Gough droning on at scrutiny. The man is a pompous windbag with the brains of a mommet. 🙄",
  "PA", "", "review", "Insult at a named group leader; 'mommet' is Forest for a scarecrow.")
R("pa11", "How can anyone take Saoirse Flynn seriously? Hypocrite, show-off, and a thundering bore. Thee'd get more sense out of an oolert.",
  "PA", "", "review", "String of insults at a named group leader; 'oolert' is Forest for an owl.")
R("pa12", "Our Chief Executive is a spineless yes-man who hasn't had an original thought since he got here. Jonathan Awre, do us all a favour and clear off.",
  "PA OF", "", "review", "Insult at the Chief Executive, named: personal-attack and officers.impartiality.")
R("pa13", "Kelvin Baldwin, you're a coward. You hid behind the officers' report because you haven't got the backbone to say what you actually think.",
  "PA", "", "review", "'You're a coward' at a named councillor. The officers' report is mentioned, not criticised.")
R("pa14", "@DilysMorseCllr you are thick as two short planks, butt, and the tenants at Colliers Court deserve better than a housing lead who can't read a damp survey.",
  "PA", "", "review", "'Thick as two short planks' at the housing portfolio holder; the damp point is legitimate, the insult is not. HN6 {h6_04} makes the same point on the record.")
R("pa15", "Huge congratulations to @GrahamMeekWye on winning Deanmarch's Most Useless Councillor award for the fourth year running. Truly, what a talent. 👏👏 /s",
  "PA IR", "", "review", "Mock congratulation with '/s': personal-attack and irony.")
R("pa16", "Royston Jenkins is a doddery old fool who should have been put out to grass years ago.",
  "PA", "EQ", "review", "Insult at the Chairman of the Council with an age edge ('doddery old'); equality allowed, not expected. HN4 {h4_17} is Royston on his hearing aids.")
R("pa17", "Marek Zielinski is a worthless, lying little rat. The sooner he crawls back under whatever stone he came from the better. Scowlbury deserves a councillor, not vermin.",
  "PA DF", "EQ", "block",
  "Dehumanising attack ('rat', 'vermin') at a named councillor: block. 'Lying' expects defamation. 'Whatever stone he came from' may be read as a dig at his Polish birth; equality allowed. Compare {eq24}.")
R("pa18", "Jonah, love, you're a sanctimonious little prig. Get off your high horse, you've been a councillor for five minutes.",
  "PA", "", "review", "Belittling insult at a named councillor by first name.")
R("pa19", "Whoever is running the @DeanmarchDC comms desk clearly has the IQ of a wet sock. Harriet Knowles, is this really the best your team can do?",
  "PA OF", "", "review", "Insult at the comms team and its named head (an officer): personal-attack and officers.impartiality.")
R("pa20", "Farhan, you're an absolute clown. A one-man circus. Every scrutiny meeting you turn up with another daft motion and no idea how to pay for it.",
  "PA", "", "review", "'Absolute clown' at a named councillor. HN6 {h6_09} disagrees with Farhan on the record.")
R("pa21", "Bill Voyce has been a councillor longer than some of the trees up the tump and he's been wrong about everything for the whole of it. Stubborn old goat.",
  "PA", "EQ", "review", "Insult at a named councillor with an age edge ('stubborn old goat'); equality allowed. HN5 {h5_03} uses 'stubbornest old sheep badger' as fond banter.")
R("pa22", "Mark Tandy should be ashamed. Arrogant, rude, and hopeless at his job. Gorsty residents have been fobbed off by him three times now.",
  "PA OF", "", "review", "Insults at a named planning officer: personal-attack and officers. The cabinet-should-be-ashamed hard negative {h1_16} aims at a decision.")
R("pa23", "Ruth Ambrose has all the charm of a blocked drain and about the same intelligence.",
  "PA", "", "review", "Insult at a named councillor.")
R("pa24", "@LowriEllisDI you are a disgrace to this council, a pathetic attention seeker, and frankly Oakhollow would be better off if you just disappeared.",
  "PA", "BI EQ", "block",
  "Severe attack at a named councillor wishing she 'just disappeared': block. It wishes rather than threatens, so bullying is only allowed; Lowri is a trans woman (HN4 {h4_02}), equality allowed for a possible undertone though the text names no trait.")
R("pa25", "Clive Brain. What a name. Never has a man been so badly named. 🧠❌",
  "PA", "IR", "review", "Mocking a councillor through his surname; irony allowed.")
R("pa26", "@TeganHookCP wind your neck in. Sheep badgers' darling my foot. You're a gormless loudmouth who's never done a day's graft in her life.",
  "PA", "", "review", "'Gormless loudmouth' at a named councillor by handle.")
R("pa27", "Yeah right, Maureen Teague 'listens to residents'. The only thing that woman listens to is the sound of her own voice. Arrogant, smug and completely out of touch.",
  "PA IR", "", "review", "'Yeah right' sarcasm plus insults at the Leader; irony expected. HN6 {h6_02} criticises her record.")

# ---------------------------------------------------------------------------
# 2. respect.abusive-language: 27 originals
# ---------------------------------------------------------------------------
family("respect.abusive-language")

R("ab01", "The new Clearway Dean recycling app is an absolute pile of shite. Three goes at booking a bulky collection and it crashed every time.",
  "AB", "", "review", "Obscenity at an app, no person: abusive-language alone. HN5 {h5_02} praises a 'killer app'.")
R("ab02", "Who the fuck signed off these parking charges at Wyecross Abbey car park? £6 for two hours to look at a ruin. Taking the piss.",
  "AB", "PA", "review", "Obscenity about charges; 'who... signed off' points vaguely at a decision-maker, so personal-attack allowed. HN1 {h1_03} makes the same complaint cleanly.")
R("ab03", "Clive Brain is a complete and utter twat. There, I said it.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
R("ab04", "@TerryKearOak get your finger out you lazy sod, the Oakhollow tip has been shut three Saturdays on the bounce.",
  "AB PA", "", "review", "'Lazy sod' at a portfolio holder by handle; mild obscenity, still at a person.")
R("ab05", "Graham Meek is an absolute cunt and I don't care who reads this.",
  "AB PA", "", "block", "The c-word at a named councillor: severe, block.")
R("ab06", "This budget is bollocks from start to finish. Bollocks on the reserves, bollocks on the car parks, bollocks on Scowlbury baths.",
  "AB", "", "review", "Repeated obscenity at a budget, no person. HN1 {h1_04} says 'this budget is a disgrace'.")
R("ab07", "Fuck me, the state of the Wyecross road after the boar have been at it. Whoever's meant to be fixing the verges round here is taking the piss.",
  "AB", "PA", "review", "Obscenity about a road; 'whoever' is unidentified, personal-attack allowed.")
R("ab08", "@HelenaWhitcombe stop talking absolute shite about the Deep Level figures. You know full well they're wrong.",
  "AB", "PA DF", "review", "Obscenity at what a named councillor says; personal-attack allowed. 'You know full well' hints she misleads knowingly, so defamation allowed.")
R("ab09", "Dilys Morse, you useless cow. Colliers Court tenants living with black mould and you're posing for photos at the carnival.",
  "AB PA", "EQ", "review", "'Useless cow' at a named woman: abusive and personal-attack; equality (sex) allowed. HN2 {h2_17} condemns the same words.")
R("ab10", "Forest First are a bunch of gutless arseholes. Every single one of them voted to close Cindermoor library on Saturdays.",
  "AB", "PA", "review", "Obscenity at a party: abusive; personal-attack allowed.")
R("ab11", "Rhys Jarrett is a sanctimonious prick.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
R("ab12", "The Dean Clarion is a shit rag run by wankers. Cancel your subscriptions.",
  "AB", "PA", "review", "Obscenity at the local paper and its unnamed staff; personal-attack allowed.")
R("ab13", "Scrutiny this morning was a total fucking farce. Three hours, no answers, and the cabinet member reading off his phone the whole time.",
  "AB", "", "review", "Obscenity at a meeting after the event.")
R("ab14", "Honestly hope the whole Forest First cabinet rots. Spineless bastard careerists, the lot of them. Piss off and take your cuts with you.",
  "AB", "PA BI", "block", "Severe obscenity and an ill wish ('hope... rots') at the cabinet as a body: block. Personal-attack and bullying allowed.")
R("ab15", "Fuck off, @AlunGoughInd. Seriously. Just fuck off.",
  "AB PA", "", "review", "'Fuck off' at a named councillor by handle.")
R("ab16", "Clearway Dean's bin lorries are knackered old pieces of shit and so is the contract. Bloody embarrassing.",
  "AB", "", "review", "Obscenity at lorries and a contract. HN1 {h1_02} criticises the same contractor civilly.")
R("ab17", "The Scowle Lane plans are a steaming pile of crap dressed up as 'sustainable growth'. Marlow Oakes must think we're all gawbies.",
  "AB", "PA PD", "review", "Crude language at a pending application; settled view allowed as predetermination; the developer jibe allows personal-attack. HN1 {h1_07} is predisposition.")
R("ab18", "Jonathan Awre, with respect, what the hell are you playing at? This is the third bollocks-up of a consultation this year.",
  "AB OF", "PA", "review", "Obscenity about a consultation aimed at the named Chief Executive: abusive and officers; personal-attack allowed.")
R("ab19", "Sian Worgan is a gobshite. Always has been.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
R("ab20", "Forest First, Wye Valley Dems, Green Dean: all the same shower of shit when it comes to the Forest. Not one of them stood up for the sheep badgers.",
  "AB", "PA", "review", "Obscenity at three parties; personal-attack allowed.")
R("ab21", "Kelvin bloody Baldwin. Dickhead of the highest order.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
R("ab22", "@NathanOkoroWVD you are a vile piece of shit and I hope your career burns.",
  "AB PA", "", "block", "'Vile piece of shit' at a named councillor: severe, block.")
R("ab23", "This consultation on the boar cull is a load of old bollocks. Nobody from the council has been up Staunchley woods in years.",
  "AB", "", "review", "Obscenity at a consultation. HN1 {h1_10} makes the same complaint cleanly.")
R("ab24", "Ow bist, butt? Me? Pissed off. Scowlbury baths shut AGAIN. Whoever's running leisure needs a kick up the arse.",
  "AB", "PA BI", "review", "Obscenity with an unnamed target; 'kick up the arse' is an idiom, so bullying only allowed.")
R("ab25", "Bethan Lloyd talks out of her arse about the quarry and everyone knows it.",
  "AB", "PA", "review", "Obscenity at what a named councillor says; personal-attack allowed (some would expect it).")
R("ab26", "Deep Level masterplan: 200 pages of consultant wank. £180k of our money.",
  "AB", "", "review", "Obscenity at a report.")
R("ab27", "Priyanka Desai can kiss my arse if she thinks Cindermoor North is having a 24-hour garage next to the school.",
  "AB PA", "PD", "review", "'Kiss my arse' at a named councillor; mentions an application, predetermination allowed.")

# ---------------------------------------------------------------------------
# 3. bullying.intimidation: 27 originals, all block
# ---------------------------------------------------------------------------
family("bullying.intimidation")

R("bi01", "Keep pushing the Scowle Lane scheme, @GrahamMeekWye, and you'll find out what happens to people who cross the Forest. You've been warned.",
  "BI", "PA PD", "block", "[explicit] Warning with an implied consequence at the chair of planning; predetermination allowed on the pending scheme.")
R("bi02", "Lovely house you've got up by Gorsty tump, Royston. Be a shame if anything happened to that greenhouse.",
  "BI", "DP", "block", "[veiled] Mafia-style 'be a shame if' with the councillor's home location; data protection allowed.")
R("bi03", "If Clive Brain closes Scowlbury baths I will personally drag him out of the council offices by his ears. Not joking.",
  "BI", "", "block", "[explicit] Threat of physical force, 'not joking'. HN5 {h5_07} is the joking kind.")
R("bi04", "I know where you drink, Kelvin. The Gale & Gaveller, Friday nights, back room. See you there. 😉",
  "BI", "DP", "block", "[veiled] 'I know where you drink' with his routine; data protection allowed.")
R("bi05", "Message to Fiona Gwilliam in planning: change the recommendation on the garage site or I will make sure every resident in Cindermoor North knows your name. Your choice.",
  "BI OF", "PD", "block", "[pressure] Pressing a named officer to change advice under threat of exposure: bullying and officers.")
R("bi06", "Any more lies from @NathanOkoroWVD about the food bank and he'll get a smack in the mouth. Simple as that.",
  "BI", "PA DF", "block", "[explicit] Threat of violence; 'any more lies' allows defamation and personal-attack.")
R("bi07", "To whoever complained to the Monitoring Officer about me: I know it was you. I'll be at your door before the hearing and we'll have a little chat about withdrawing it.",
  "BI", "", "block", "[pressure] Threat against a complainant to withdraw a complaint.")
R("bi08", "Saoirse, thee'd best watch thee step on the riverside path after dark. Wye's deep there and the bank gives way easy.",
  "BI", "", "block", "[veiled] Veiled threat in dialect ('thee'd best watch thee step'). HN5 {h5_21} has 'carnage on the Wye'.")
R("bi09", "Vote against the quarry expansion on Thursday, @TeganHookCP, and don't expect a single penny of ward money for Scowlbury ever again. I sit on that panel.",
  "BI", "IA", "block", "[pressure] Coercing a vote by threatening misuse of the ward fund; improper advantage allowed.")
R("bi10", "Next time Lowri Ellis opens her mouth in the chamber I'll shut it for her.",
  "BI", "PA", "block", "[explicit] Threat of violence to silence a named councillor.")
R("bi11", "Bethan, I've got screenshots of every daft message you've sent in the group chat. Back the budget or they all go to the Clarion. Up to you.",
  "BI", "", "block", "[pressure] Blackmail to force a vote.")
R("bi12", "Funny how accidents happen down the old gales, isn't it @WayneBevanCP? Shafts everywhere. You want to be careful poking about in things that don't concern you.",
  "BI", "", "block", "[veiled] 'Accidents happen' at a free miner by handle.")
R("bi13", "Ruth Ambrose wants a fight over the scrutiny report? She'll get one. I'll make her life hell until she stands down.",
  "BI", "PA", "block", "[explicit] Open campaign of intimidation to force a resignation. HN5 {h5_10} uses 'came out swinging' about a debate.")
R("bi14", "Pete Yemm: if the Free Miner loses its licence on your say-so, I'll have you out of a job by Christmas. I've done it before.",
  "BI OF", "IA", "block", "[pressure] Threat to the named Licensing Manager's job over a licensing decision: bullying and officers.")
R("bi15", "Tell your lad to mind himself walking home from Cindermoor Academy, Farhan. Lot of people round here very angry with his dad.",
  "BI", "DP", "block", "[veiled] Threat through the councillor's child with his school; data protection allowed.")
R("bi16", "Whoever keeps slashing the Green Dean posters on Wyecross bridge: when I catch you, you'll be going in the river. Head first.",
  "BI", "", "block", "[explicit] Threat of violence at an unknown member of the public; the target being a vandal does not excuse it.")
R("bi17", "I've got the video of Rhys Jarrett losing it and rocking in the corridor after planning. Anyone want it? Happy to share. Let's see how he likes being famous.",
  "BI", "PA EQ DP", "block", "[pressure] Offering to spread a humiliating video of an autistic member (HN4 {h4_09}); equality allowed for the disability undertone, data protection for health. HN2 {h2_04} refuses to share it.")
R("bi18", "Tick tock, @MaureenTeagueFF. Elections aren't the only way people get removed.",
  "BI", "", "block", "[veiled] Veiled threat against the Leader.")
R("bi19", "Alun, I swear if you block the Redcliff depot sale one more time I'll put you through the window of the Dene Indies office.",
  "BI", "", "block", "[explicit] Threat of violence.")
R("bi20", "Reminder to the Commoners: I have a long memory and a longer list. Every one of you who votes against the boar cull will be named on my page with your home village. See how your neighbours like it.",
  "BI", "DP", "block", "[pressure] Threat to expose councillors' homes to coerce votes; data protection allowed.")
R("bi21", "Esther, nice car. Shame about all the glass round Wyecross lately. Lot of windows getting put through. Just saying.",
  "BI", "", "block", "[veiled] Veiled threat of criminal damage.")
R("bi22", "Simon Ruck, sign off my ward grant or I swear I'll be down that finance office and you'll regret the day you met me.",
  "BI OF", "", "block", "[explicit] Threat to the named s151 officer to force a decision: bullying and officers.")
R("bi23", "To the Foresthome tenants who gave statements to the standards panel about me: I know every one of your names. Think very carefully before the hearing. Think about your tenancies.",
  "BI", "IA", "block", "[pressure] Threat against witnesses, hinting at their tenancies; improper advantage allowed.")
R("bi24", "Sleep well, @OwenTriggFF. While you can.",
  "BI", "", "block", "[veiled] Shortest veiled threat in the set.")
R("bi25", "Everyone at Thursday's full council: when Levi Loveridge stands up to speak, let's all turn our backs. Every time. Make him feel exactly as welcome as he is.",
  "BI", "PA EQ", "block", "[pressure] Organised humiliation of the Romany Gypsy councillor (HN4 {h4_07}); equality allowed for the undertone.")
R("bi26", "Marek, you want to carry on mouthing off about my expenses? Meet me behind the Gale & Gaveller on Friday and say it to my face. We'll sort it Forest style.",
  "BI", "", "block", "[explicit] Challenge to a fight.")
R("bi27", "Dilys, your Jess started at Scowlbury Primary in September, didn't she? Sweet kid. You'd hate for her to hear what people are saying about her mam.",
  "BI", "DP", "block", "[veiled] Threat through a named child and her school; data protection allowed.")

# ---------------------------------------------------------------------------
# 4. equality.discrimination: 27 originals, all block
# ---------------------------------------------------------------------------
family("equality.discrimination")

R("eq01", "Nathan Okoro should go back to wherever his family came from and leave Forest business to Foresters.",
  "EQ PA", "", "block", "[explicit; race] 'Go back to wherever his family came from' at a Black British councillor (born in Gloucester, HN2 {h2_02}).")
R("eq02", "Funny how the WVD candidates in Cindermoor South all seem to be... how shall I put it... not from round here. Proper Foresters need not apply, apparently.",
  "EQ", "PA", "block", "[coded; race] Insinuation about the ethnicity of a party's candidates; no group word, the pauses carry it.")
R("eq03", "Farhan Qureshi's loyalty is to the mosque, not to Cindermoor. Muslims like him shouldn't be allowed anywhere near the planning committee.",
  "EQ PA", "", "block", "[explicit; religion or belief] Dual-loyalty slur and exclusion of Muslims. HN2 {h2_06} quotes similar words to condemn them.")
R("eq04", "The Islamic centre wants a car park extension. Give them an inch and the whole of Cindermoor South will be under Sharia by 2035. Wake up, Foresters.",
  "EQ", "PD", "block", "[coded; religion or belief] 'Sharia' takeover trope attached to a planning matter; predetermination allowed. HN3 {h3_13} busts the same myth.")
R("eq05", "Slade Bottom transit site has been open a week and my neighbour's quad bike has gone. Funny that. Gypsies and thieving go together like sheep and ticks.",
  "EQ", "DF", "block", "[explicit; race] Theft stereotype about Gypsies as a group; defamation allowed for the implied accusation. HN3 {h3_01} gives the crime figures.")
R("eq06", "Pikeys on the Slade Bottom site again, and Levi Loveridge standing up for his own as usual. Council should bulldoze the lot.",
  "EQ AB PA", "BI", "block", "[explicit; race] Slur 'pikeys' plus 'his own' at the Romany councillor; bullying allowed for 'bulldoze the lot'. HN2 {h2_16} condemns the word.")
R("eq07", "Levi's lot always know where the scrap's to be had. Keep your gates locked in Pithay Green, that's all I'm saying.",
  "EQ", "PA DF", "block", "[coded; race] Traveller theft trope by insinuation ('Levi's lot'), no group named.")
R("eq08", "Esther Rosen will always side with the money men. It's in the blood with her people.",
  "EQ PA", "", "block", "[explicit; religion or belief] Antisemitic money trope and 'in the blood' at a Jewish councillor (tagged religion or belief; some would tag race).")
R("eq09", "Ask yourself who really owns the land at Deep Level. Same old families, same old banks, same old 'cosmopolitans'. Esther knows.",
  "EQ", "PA", "block", "[coded; religion or belief] 'Cosmopolitans' dog whistle plus a Jewish councillor's first name; no group word.")
R("eq10", "Women have no business anywhere near finance. Tegan Hook proves it every single week. Back in the kitchen, love.",
  "EQ PA", "", "block", "[explicit; sex] Sexist exclusion of women, aimed at a named councillor.")
R("eq11", "Tegan Hook's due in January and still standing for cabinet? Pregnant women should step aside, full stop. We need councillors who'll actually turn up, not ones on maternity leave.",
  "EQ PA", "", "block", "[explicit; pregnancy and maternity] Pregnancy as a bar to office. HN4 {h4_08} is Tegan on her bump; HN3 {h3_09} on remote voting.")
R("eq12", "Bit convenient that a certain Commoners councillor gets 'pregnant' right when the boar cull vote comes round. Hormones and hard decisions don't mix.",
  "EQ", "PA", "block", "[coded; pregnancy and maternity] Scare quotes and 'hormones' at an identifiable pregnant councillor; HN2 {h2_21} answers it.")
R("eq13", "Ken Dowle can't even get up the steps to the chamber. Why are we paying a cripple to sit on the planning committee?",
  "EQ AB PA", "", "block", "[explicit; disability] Slur 'cripple' at a wheelchair user (HN4 {h4_01}).")
R("eq14", "Rhys Jarrett is autistic and it shows. People like that shouldn't be making decisions about other people's lives.",
  "EQ PA", "", "block", "[explicit; disability] Exclusion of autistic people, aimed at a named councillor.")
R("eq15", "Redcliff day centre users' 'art exhibition' at the library. Lovely, I'm sure. Now can we have the library back for normal people?",
  "EQ", "IR", "block", "[coded; disability] Mock praise and 'normal people' against adults with learning disabilities; HN4 {h4_20} praises the same show. Irony allowed.")
R("eq16", "Wayne Bevan can barely read. Word blindness, he calls it. Thick, more like. Dyslexics have no business writing council motions.",
  "EQ PA", "", "block", "[explicit; disability] Dyslexia mocked as stupidity; HN4 {h4_15} is Wayne on his dyslexia, HN2 {h2_28} the rebuttal.")
R("eq17", "Bill Voyce is 79. Time the old codgers were cleared out of the council. Nobody over 70 should be allowed to stand.",
  "EQ PA", "", "block", "[explicit; age] Age bar on standing; HN3 {h3_18} and HN4 {h4_12} are the counterparts.")
R("eq18", "Owen Trigg is 23. Twenty-three! Kids like him should be barred from the cabinet until they've paid off a mortgage. Children shouldn't run councils.",
  "EQ PA", "", "block", "[explicit; age] Age bar against the young.")
R("eq19", "Jonah Pell's a poof and everyone knows it. No wonder he wants rainbow benches in Oakhollow.",
  "EQ AB PA", "", "block", "[explicit; sexual orientation] Homophobic slur at a named councillor. HN2 {h2_09} condemns it; HN4 {h4_03} is Jonah reclaiming 'queer'.")
R("eq20", "Funny how Jonah's so keen on the 'inclusive' youth club. Not sure I'd want that sort running things with teenage lads about. Just asking questions.",
  "EQ PA", "DF", "block", "[coded; sexual orientation] Gay-predator insinuation at a named councillor; defamation allowed. HN3 {h3_16} answers the same rumour.")
R("eq21", "Lowri Ellis is a bloke in a dress. Always will be. He should use the gents like everybody else.",
  "EQ PA", "", "block", "[explicit; gender reassignment] Misgendering and exclusion of a trans woman; HN2 {h2_03} quotes 'a bloke in a dress' to condemn it.")
R("eq22", "Interesting that the Dene Indies' 'Ms' Ellis has such strong views on the women's changing rooms at Scowlbury baths. Very interesting. 🤔",
  "EQ", "PA IR", "block", "[coded; gender reassignment] Scare-quoted 'Ms' at a trans councillor; HN3 {h3_04} and {h3_21} discuss the policy civilly.")
R("eq23", "Sian Worgan's 'civil partnership' isn't a real marriage and she's got no right to lecture anyone about family values at the Cindermoor family hub.",
  "EQ PA", "", "block", "[explicit; marriage and civil partnership] Demeaning a civil partnership (some would tag sexual orientation). HN4 {h4_13} is Sian's anniversary.")
R("eq24", "Marek Zielinski should stick to fixing boilers with the rest of the Poles. Foresters first, foreigners last.",
  "EQ PA", "", "block", "[explicit; race] National-origin stereotype and exclusion; HN2 {h2_11}, HN4 {h4_10}.")
R("eq25", "Tumpside Hotel full of young foreign men with nothing to do, and it's right on the walk to Scowlbury Primary. I'm not saying anything. I'm just saying keep your girls close.",
  "EQ", "", "block", "[coded; race] Asylum seekers cast as a sexual threat by insinuation; HN2 {h2_27} condemns the leaflet, HN4 {h4_19} welcomes the families.")
R("eq26", "Diwali fireworks in Cindermoor park till 10pm, again. Priyanka Desai's lot think they own the place. Go and do it in India.",
  "EQ PA", "", "block", "[explicit; religion or belief] 'Go and do it in India' at Hindu residents and a named councillor (some would tag race). HN3 {h3_15} corrects the times.", date="2026-11-09")
R("eq27", "Never trust a Paddy with the purse strings. Saoirse Flynn should be on the ferry back to Rosslare, not on the budget working group.",
  "EQ PA", "AB", "block", "[explicit; race] Anti-Irish slur and 'back to' at a named councillor; abusive allowed for 'Paddy'. HN2 {h2_13}.")

# ---------------------------------------------------------------------------
# 5. defamation.allegation: 27 originals
# ---------------------------------------------------------------------------
family("defamation.allegation")

R("df01", "Clive Brain is a liar. He told Scowlbury the baths were safe and he knew full well they weren't.",
  "DF PA", "", "review", "'A liar' at a named councillor, claiming he knew: review (no crime). HN6 {h6_01} says the same record 'needs correcting'.")
R("df02", "Graham Meek took £5,000 from Marlow Oakes Homes to push Scowle Lane through. I've seen the bank transfer.",
  "DF", "PA PD GI", "block", "Bribery stated as fact with claimed evidence: block.")
R("df03", "@DilysMorseCllr is as bent as a butcher's hook. Everyone at Foresthome knows it.",
  "DF PA", "EQ", "review", "'Bent' (corrupt) idiom at a named councillor: review. Equality allowed because 'bent' is also a homophobic slur.")
R("df04", "Our s151 officer has been moving money out of the Dean Renewal Fund into a private account. Simon Ruck should be arrested.",
  "DF OF", "PA", "block", "Theft by a named officer stated as fact: block, plus officers.")
R("df05", "A certain cabinet member's nephew just got the Clearway Dean subcontract. Pure coincidence, I'm sure. 🙃",
  "DF", "PA IR", "review", "Innuendo of nepotism at an identifiable but unnamed member; irony allowed.")
R("df06", "Terry Kear was caught drink-driving on the Staunchley road in August and his mates in the police made it go away.",
  "DF", "PA", "block", "Crime and a police cover-up stated as fact: block.")
R("df07", "Helena Whitcombe is a fraud. Fake residents' petitions, fake surveys, fake everything.",
  "DF PA", "", "review", "'A fraud' and 'fake petitions' at a named councillor: review; no specific crime is detailed.")
R("df08", "Foresthome Housing's chief executive has been pocketing the Colliers Court service charges for years. That's where your money went, tenants.",
  "DF", "PA", "block", "Theft by an identifiable person (by role) stated as fact: block. HN1 {h1_08} criticises the same landlord.")
R("df09", "Maureen Teague lies like she breathes. Every single word about the library was a lie.",
  "DF PA", "", "review", "Calling the Leader a habitual liar: review.")
R("df10", "Kelvin Baldwin claims mileage for council trips he never makes. I've got photos of his log book and half the dates are days he was in Tenerife.",
  "DF", "PA", "block", "Expenses fraud stated as fact with claimed evidence: block. HN6 {h6_26} asks for a breakdown instead.")
R("df11", "Marlow Oakes Homes are crooks. Dodgy as they come.",
  "DF", "PA", "review", "'Crooks' at a company: review; personal-attack allowed for a company.")
R("df12", "Royston Jenkins helped himself to the Cindermoor Carnival float money. £1,200 cash, gone, and the committee covered for him.",
  "DF", "PA", "block", "Theft stated as fact with an amount: block.")
R("df13", "Alun Gough is on the take. Always has been.",
  "DF", "PA", "review", "'On the take' (corruption) idiom, no specifics: review.")
R("df14", "Wyecross postal votes for the Forest First candidate were filled in by staff at the Riverside care home. Dozens of them. That's electoral fraud and Forest First know it.",
  "DF", "PA", "block", "Electoral fraud by identifiable staff and a party stated as fact: block.")
R("df15", "Our Chief Executive has been cooking the books on the Deep Level figures. Jonathan Awre knows exactly what he's doing.",
  "DF OF", "PA", "review", "Dishonesty alleged against the named Chief Executive, no specific crime: review, plus officers.")
R("df16", "Clearway Dean's depot manager sells the scrap metal from Oakhollow tip for cash and pockets it. Ask anyone who works there.",
  "DF", "PA", "block", "Theft by a person identifiable by role stated as fact: block.")
R("df17", "Ow bist, @RuthAmbroseWVD? Still fiddling your expenses, butt?",
  "DF PA", "IR", "review", "Expenses fiddling alleged in a mock-friendly dialect greeting: review; irony allowed. The greeting also opens HN5 {h5_03}.")
R("df18", "Sian Worgan lied on her register of interests. Her wife's firm got the Redcliff depot fencing contract and she voted for it. That's a criminal offence.",
  "DF", "PA", "block", "Failure to declare a pecuniary interest (an offence) stated as fact: block. HN6 {h6_17} is a correction of the same claim.")
R("df19", "Everyone knows Mark Tandy's recommendations can be bought. Just ask the developers.",
  "DF OF", "PA", "review", "Corruption innuendo at a named planning officer: review, plus officers.")
R("df20", "Bill Voyce has been grazing sheep on common he isn't entitled to and claiming the farm subsidy for it. Fraud, plain and simple, and I'll be reporting it.",
  "DF", "PA", "block", "Subsidy fraud stated as fact: block.")
R("df21", "Green Dean's accounts are a joke. Where did the crowdfunder money go, @SaoirseFlynnGreen? Dodgy doesn't cover it.",
  "DF", "PA", "review", "Insinuated misuse of funds at a party and its named leader: review.")
R("df22", "Pete Yemm takes backhanders from pub landlords to go easy on licence reviews. Half the Cindermoor pubs know the going rate.",
  "DF OF", "PA", "block", "Bribery by a named officer stated as fact: block, plus officers.")
R("df23", "Owen Trigg is a con artist who tricked Cindermoor South into voting for him.",
  "DF PA", "", "review", "'Con artist' at a named councillor: review.")
R("df24", "Wayne Bevan has been working a gale he never registered with the Gaveller and selling the coal cash in hand. Tax fraud on top of everything else.",
  "DF", "PA", "block", "Illegal mining and tax fraud stated as fact: block. HN4 {h4_15} is Wayne on his free mine.")
R("df25", "Bethan Lloyd's 'independent' quarry report was bought and paid for by Redstone. Shameless.",
  "DF", "PA", "review", "'Bought and paid for' corruption idiom at a named councillor: review.")
R("df26", "Ken Dowle got his brother a Foresthome bungalow by jumping him up the list over a family who'd waited six years. He sits on the allocations panel. That's misconduct in public office.",
  "DF", "PA IA", "block", "Misconduct in public office stated as fact: block; improper advantage allowed.")
R("df27", "Farhan Qureshi is a hypocrite and a liar. Says he'll fight for Cindermoor South, then votes with Forest First every time it matters.",
  "DF PA", "", "review", "'A liar' at a named councillor over his voting: review. Some would call it political hyperbole; the word still expects defamation by this set's convention.")

# ---------------------------------------------------------------------------
# 6. hard negatives: 165 rows, expect nothing, verdict ok.
#    HN1 harsh criticism of a policy, decision, party, company or the council
#    (incl. satire of a policy); HN2 counter-speech and quoting abuse to condemn
#    it; HN3 denied prejudice, myth-busting and civil debate on protected
#    topics; HN4 neutral or positive mentions of protected groups,
#    self-description, reclaimed terms; HN5 figurative violence, banter,
#    self-deprecation, idioms; HN6 criticism of a named councillor's record,
#    strong but fair scrutiny, reported speech, corrections.
# ---------------------------------------------------------------------------
family("hard_negative")

# HN1 (29)
R("h1_01", "The cabinet's decision to shut Cindermoor library on Saturdays is short-sighted and wrong, and Forest First should be ashamed of it. Kids revising for GCSEs have nowhere else to go.",
  "", "", "ok", "HN1 'Should be ashamed' at a party over a decision; the positive {ab10} swears at the same party over the same vote.")
R("h1_02", "Clearway Dean's performance this autumn has been a shambles. Missed collections in Pithay Green four weeks out of six. The contract has penalty clauses. Use them.",
  "", "", "ok", "HN1 'Shambles' at a contractor's performance; compare {ab16}.")
R("h1_03", "Wyecross Abbey car park charges are a tax on tourists and locals alike. £6 for two hours is daylight robbery, and the cabinet knows it.",
  "", "DF", "ok", "HN1 'Daylight robbery' is an idiom about a price; defamation allowed. {ab02} is the sweary version.")
R("h1_04", "This budget is a disgrace. It guts youth services, raids the reserves for a vanity project at Deep Level, and calls it 'prudent'. We will vote against it.",
  "", "", "ok", "HN1 Harsh words at a budget; {ab06} says 'bollocks'.")
R("h1_05", "BREAKING: Deanmarch cabinet unveils bold plan to fix the potholes on the Staunchley road, by renaming them 'heritage features'. Tourists will flock. 🚗🕳️",
  "", "IR", "ok", "HN1 Satire of a policy, not of a person; irony allowed.")
R("h1_06", "Ow bist, Scowlbury? Not good, is it. Baths shut, bus cut, library hours halved. This administration has treated our ward like an afterthought for four years.",
  "", "", "ok", "HN1 Dialect greeting and strong criticism of an administration's record.")
R("h1_07", "Marlow Oakes Homes' Scowle Lane plans would put 140 houses on top of the old scowles with one road in and out. I have serious concerns, and I will listen to every submission at committee before I decide.",
  "", "PD", "ok", "HN1 Predisposition, not predetermination, on a pending application; compare {ab17} and {pa06}.")
R("h1_08", "Foresthome Housing's response on damp at Colliers Court is simply not good enough. I've written to their board and to the Housing Ombudsman today. Tenants deserve answers, not leaflets.",
  "", "", "ok", "HN1 Criticism of a housing association through the proper channels; {df08} accuses its chief of theft.")
R("h1_09", "Forest First's record on the Forest: sold the Redcliff depot, shut two public loos, cut the verge budget the boar keep ripping up. Incompetent stewardship from start to finish.",
  "", "PA", "ok", "HN1 'Incompetent' at a party's record; personal-attack allowed.")
R("h1_10", "The consultation on the boar cull was badly designed, badly publicised and badly timed, closing the week half the commoners were at the sheep sales. Rerun it.",
  "", "", "ok", "HN1 Consultation criticised without swearing; {ab23} is the sweary version.")
R("h1_11", "The Wye Valley Democrats' alternative budget is a fantasy. Numbers that don't add up, savings that don't exist. Nice leaflet, shame about the maths.",
  "", "", "ok", "HN1 Scorn for a party's budget, not a person.")
R("h1_12", "I'm furious. Absolutely furious. Residents in Gorsty have waited 14 months for a cattle grid repair and the council's answer is 'no budget'. Find one.",
  "", "HA", "ok", "HN1 Anger at a decision; haste allowed for the rage markers.")
R("h1_13", "The Deep Level regeneration has become a money pit. £2.3m spent and not a spade in the ground. Whoever keeps commissioning these consultancy reports needs to stop.",
  "", "OF", "ok", "HN1 Money pit criticism; 'whoever' may point at officers, so officers allowed. {ab26} is the sweary version.")
R("h1_14", "Green Dean's motion on the bypass is naive nonsense. You can't wish lorries off the A-road with a press release.",
  "", "", "ok", "HN1 'Naive nonsense' at a motion.")
R("h1_15", "Planning enforcement in this district is toothless. Three breaches reported in Oakhollow since the spring, zero action. That's a resourcing failure and it's the cabinet's responsibility.",
  "", "", "ok", "HN1 Blames the cabinet for resourcing, not the officers.")
R("h1_16", "Shameful decision today on Scowlbury baths. The cabinet should be ashamed. Hang your heads, Forest First.",
  "", "", "ok", "HN1 The canonical 'cabinet should be ashamed'; {pa22} says a named officer 'should be ashamed'.")
R("h1_17", "Redstone quarry's blasting is rattling windows in Staunchley at 7am. Their community liaison is a joke. Enforce the planning conditions.",
  "", "", "ok", "HN1 'A joke' at a company's liaison, a function rather than a person.")
R("h1_18", "New from the cabinet: the Cindermoor bus will now run on every Tuesday that falls on a full moon. Residents are asked to be 'flexible'. Genius. 🌕",
  "", "IR", "ok", "HN1 Satire of a bus cut; 'Genius' is mock praise of a policy, irony allowed.")
R("h1_19", "The Commoners' Party opposing the cattle grid scheme is pure populism. Sheep on the A-road kill drivers. Grow up and back the safety case.",
  "", "PA", "ok", "HN1 'Grow up' at a party; personal-attack allowed.")
R("h1_20", "I've never seen a worse-run consultation than the Wyecross parking one. Maps wrong, dates wrong, online form broken. Scrap it and start again.",
  "", "", "ok", "HN1 Process criticism.")
R("h1_21", "The Dean Clarion's front page on the Tumpside Hotel was irresponsible scaremongering. Print the facts: 42 families, mostly women and children, and no rise in crime.",
  "", "", "ok", "HN1 Criticism of a newspaper's coverage; compare {ab12}.")
R("h1_22", "Forest First promised a leisure centre in 2022. It's nearly 2027. Still a field. Still a promise. Still nothing.",
  "", "", "ok", "HN1 A broken promise set out plainly.")
R("h1_23", "This council's handling of the ash dieback felling was ham-fisted. Residents woke up to chainsaws with no notice. An apology is the minimum.",
  "", "", "ok", "HN1 Criticism of the council as a body.")
R("h1_24", "Cabinet cut the rural hopper bus and called it 'modernisation'. Call it what it is: a cut, and it'll leave pensioners in Pithay Green stranded.",
  "", "", "ok", "HN1 Criticism of a cut; 'pensioners' is a neutral mention of age.")
R("h1_25", "Clearway Dean's boss says the new three-weekly bin round is 'a success'. Tell that to the foxes having a banquet on Scowlbury high street. 🦊",
  "", "IR PA", "ok", "HN1 Mocks a company's claim; irony and personal-attack allowed (the boss is identifiable).")
R("h1_26", "The Dene Independents say they're 'not a party'. Then they whip every vote. Pick one, lads.",
  "", "", "ok", "HN1 Jab at a group's consistency.")
R("h1_27", "This is a truly rotten decision. Closing Redcliff day centre to save £140k, when the people who use it have nowhere else in the district to go. Reverse it.",
  "", "", "ok", "HN1 'Rotten decision' about a disability service; the decision is the target.")
R("h1_28", "Marlow Oakes shouldn't be let anywhere near the Forest until they've fixed the drainage on their Hewell Quay estate. Forty homes flooded last winter. That's their track record.",
  "", "PD DF", "ok", "HN1 Criticism of a developer's track record; predetermination allowed on the pending scheme, defamation allowed for the factual claim.")
R("h1_29", "Sheep shit all up Cindermoor high street again and the council's answer is a leaflet. A bloody leaflet. We need grids on the Gorsty road, not glossy paper.",
  "", "AB", "ok", "HN1 Mild, literal swearing about sheep droppings and a leaflet; abusive allowed. Nearest positives {ab07}, {ab16}.")

# HN2 (28)
R("h2_01", "Someone sprayed 'Gyppos out' on the Slade Bottom sign last night. That's racism, plain and simple, and it has no place in the Forest. Reported to the police. Levi, you have my full support.",
  "", "EQ AB", "ok", "HN2 Quotes a slur to condemn it; compare {eq06}.")
R("h2_02", "A man at my surgery today called Cllr Okoro 'that foreigner'. Nathan was born in Gloucester. I told him that's not on, and it isn't. Racism is racism, even in a nice voice.",
  "", "EQ", "ok", "HN2 Reported racist remark challenged; compare {eq01}.")
R("h2_03", "To the person who emailed me calling Lowri Ellis 'a bloke in a dress': no. Lowri is a woman, a colleague, and a very good councillor. Don't email me that again.",
  "", "EQ", "ok", "HN2 Shares the exact phrase of {eq21}, quoted to condemn it.")
R("h2_04", "I've been sent a video of Rhys getting upset after planning and asked to 'share it for a laugh'. I won't. Anyone passing it round should be ashamed. Being autistic isn't a joke.",
  "", "BI EQ", "ok", "HN2 Refuses what {bi17} offers.")
R("h2_05", "My inbox this morning: 'Tell that pregnant cow to stand down.' About Tegan Hook. Tegan is due in January and doing a brilliant job. Misogyny dressed up as concern. Not in my name.",
  "", "EQ AB PA", "ok", "HN2 Quoted abuse about pregnancy, condemned; compare {eq11}.")
R("h2_06", "'Muslims shouldn't be on planning.' Said to me on a doorstep in Cindermoor South yesterday. I said Farhan is the hardest-working member we've got. I'll keep saying it.",
  "", "EQ", "ok", "HN2 Quotes the exclusion in {eq03} to answer it.")
R("h2_07", "Someone left a note on Esther's car calling her a 'money-grabbing Jew'. This is the Forest in 2026. We are better than this. Solidarity with Esther and with Wyecross's Jewish families.",
  "", "EQ AB", "ok", "HN2 Quotes an antisemitic note to condemn it; compare {eq08}.")
R("h2_08", "Got called a 'useless fat twat' on here this morning. Lovely. Blocked, reported, moving on. The bins still need sorting.",
  "", "AB", "ok", "HN2 The author quotes abuse aimed at themself.")
R("h2_09", "Yes, I've seen the comments calling Jonah a 'poof' under the rainbow bench post. They're deleted and the accounts reported. Homophobia gets no airtime on my page.",
  "", "EQ AB", "ok", "HN2 Condemns the slur used in {eq19} and says the comments are removed.")
R("h2_10", "A constituent told me 'old Voyce should've been put down years ago'. Bill is 79, sharp as a tack, and has forgotten more about commoning than most of us will ever know. Ageism isn't banter.",
  "", "EQ BI", "ok", "HN2 Reported ageist and violent remark, condemned.")
R("h2_11", "To the man who shouted 'go back to Poland' at Marek outside the Scowlbury Co-op: he's lived here 19 years, he's a Forester, and you're the one who should be ashamed.",
  "", "EQ PA", "ok", "HN2 Counter-speech; 'you're the one who should be ashamed' at an unnamed member of the public, personal-attack allowed.")
R("h2_12", "Whoever wrote 'we know where you live' on Cllr Teague's office window: that's a threat, it's a crime, and it's been reported. We can disagree with Maureen on everything and still stand with her on this.",
  "", "BI", "ok", "HN2 Quotes a threat to condemn it.")
R("h2_13", "The Clarion's comments section has people calling Saoirse a 'thick Paddy'. I disagree with Saoirse on most things. I'll defend her from that every day of the week.",
  "", "EQ AB", "ok", "HN2 Quotes the slur used in {eq27} to condemn it.")
R("h2_14", "A member of the public called Ken a 'crip' in the meeting chat yesterday. Ken Dowle, who uses a wheelchair, deserves better, and so does every disabled resident who was watching.",
  "", "EQ AB DP", "ok", "HN2 Quotes a disability slur to condemn it; compare {eq13}. Ken is public about using a wheelchair ({h4_01}); data protection allowed for the health mention.")
R("h2_15", "I was told I'd 'regret' opposing the quarry expansion. I've reported it. I won't be intimidated, and nor should any councillor in this district.",
  "", "BI", "ok", "HN2 Reports a threat received.")
R("h2_16", "'Pikeys' is a slur. Not 'just a word', not 'banter'. If you're using it about the families at Slade Bottom, you're being racist. Full stop.",
  "", "EQ AB", "ok", "HN2 Names the slur of {eq06} to reject it.")
R("h2_17", "Someone on Facebook says Dilys Morse is 'a useless cow who should be sacked'. I've criticised Dilys's housing record many times. But that isn't criticism, it's abuse, and I'd ask people to stop.",
  "", "AB PA", "ok", "HN2 Quotes the words of {ab09} to condemn them.")
R("h2_18", "Line from this morning's standards training worth repeating: 'Calling someone a liar in a post can land you in court.' Worth remembering, colleagues, whatever side you're on.",
  "", "DF", "ok", "HN2 Reported speech containing 'liar', no target.")
R("h2_19", "People keep telling me Diwali 'isn't a Forest tradition'. Neither were Christmas trees once. The Cindermoor lights were beautiful and Priyanka's event was packed. Happy Diwali. 🪔",
  "", "EQ", "ok", "HN2 Answers a grumble about a festival; compare {eq26}.", date="2026-11-09")
R("h2_20", "Some charmer on here says trans women like Lowri 'should use the gents'. Lowri uses the ladies', as the law allows and decency expects. Next.",
  "", "EQ", "ok", "HN2 Quotes the exclusion in {eq21} to reject it.")
R("h2_21", "To whoever keeps posting that 'hormones' make Tegan unfit to vote on the boar cull: that's sexist rubbish, and pregnancy discrimination is unlawful. Tegan votes like everyone else.",
  "", "EQ", "ok", "HN2 Answers {eq12}.")
R("h2_22", "The graffiti on the Cindermoor Islamic Centre ('Sharia town') has been scrubbed off by volunteers from three chapels and the Miners' club. That's the real Forest. Thank you all.",
  "", "EQ", "ok", "HN2 Quotes hateful graffiti in a post of thanks; compare {eq04}.")
R("h2_23", "Cllr Whitcombe got a message saying 'we'll see how brave you are when your house is on fire'. Politics aside, that's vile, and it's now with the police. Solidarity, Helena.",
  "", "BI", "ok", "HN2 Quotes a threat against an opponent to condemn it.")
R("h2_24", "Received my first ever 'you should be hung' email today. About a bin policy. A bin policy! Forwarded to the police. Disagree with me all you like, folks, but keep it civil.",
  "", "BI", "ok", "HN2 The author quotes a threat received.")
R("h2_25", "When a man called Cllr Okoro a 'monkey' at the Scowlbury hustings, the room went quiet. It shouldn't have. I should have challenged it louder and I'm sorry I didn't. Never again.",
  "", "EQ AB", "ok", "HN2 Quotes a racist slur to condemn it.")
R("h2_26", "'Retards' is not an acceptable word for the people who use Redcliff day centre. I heard it twice at the consultation today. Their families heard it too. Do better, Deanmarch.",
  "", "EQ AB", "ok", "HN2 Quotes a disability slur to condemn it; compare {eq15}.")
R("h2_27", "Someone is pushing leaflets through doors saying the Tumpside Hotel residents are 'a danger to our girls'. Zero evidence, pure fear-mongering. Please bin them and talk to your neighbours instead.",
  "", "EQ", "ok", "HN2 Condemns the trope of {eq25}.")
R("h2_28", "Quick one: somebody replied to my post calling Wayne 'thick' because he's dyslexic. Wayne runs a free mine, a business and a ward surgery. Dyslexia isn't thickness. Reported.",
  "", "EQ PA", "ok", "HN2 Answers {eq16}.")

# HN3 (27)
R("h3_01", "Myth-busting time. The Slade Bottom transit site has had zero recorded crimes linked to it since it opened, according to Inspector Paul Ridler at the community safety partnership. The rumours are just that.",
  "", "EQ", "ok", "HN3 Myth-busting the theft trope of {eq05}, citing a public office holder.")
R("h3_02", "I've been asked if the Tumpside Hotel families 'get priority' for council housing. They don't. Asylum accommodation is Home Office business; our allocations policy hasn't changed. Facts matter.",
  "", "EQ", "ok", "HN3 Myth-busting about asylum seekers.")
R("h3_03", "Respectfully, I disagree with colleagues about the Islamic centre car park application. I have questions about traffic on Chapel Row. That's all it is, traffic, and I'll weigh the evidence at committee.",
  "", "PD EQ", "ok", "HN3 Civil planning concerns about a faith building; predisposition only. Compare {eq04}.")
R("h3_04", "There's a real debate to be had about single-sex changing at Scowlbury baths, and it can be had politely. The leisure provider's policy follows the Equality Act guidance. Happy to go through it at my surgery.",
  "", "EQ", "ok", "HN3 Civil debate on a gender reassignment topic; {eq22} is the coded jibe.")
R("h3_05", "No, the council is not 'banning Christmas'. The Cindermoor lights switch-on is 28 November as always, the Diwali lights came down two weeks ago, and there's room for both.",
  "", "", "ok", "HN3 Myth-busting about festivals.", date="2026-11-23")
R("h3_06", "Some residents say older councillors 'should make way'. I'd say judge us on our record, not our birth certificates, and that goes for the 23-year-olds too.",
  "", "EQ", "ok", "HN3 Answers age prejudice without targeting anyone.")
R("h3_07", "Question I get a lot: are the Polish shops on Scowlbury high street 'taking over'? Four out of thirty-one units. They pay rates, employ locals and fill units that sat empty for years. That's a high street working.",
  "", "EQ", "ok", "HN3 Myth-busting about Polish businesses; compare {eq24}.")
R("h3_08", "I'm not against the Traveller site. I'm against the access road layout, which puts caravans on a blind bend. Fix the layout and I'll support it. I've said the same to Levi.",
  "", "EQ PD", "ok", "HN3 'I'm not against... I'm against the layout': a genuine highways objection, stated civilly.")
R("h3_09", "Should pregnant councillors be able to vote remotely? I think yes, and I've asked for a report to come to the constitution working group. It's about access, not special treatment.",
  "", "", "ok", "HN3 Civil debate on pregnancy and maternity; compare {eq11}.")
R("h3_10", "Fair question from a resident: why did we fly the Progress flag at the council offices in February? Answer: LGBT+ History Month, agreed by full council in 2023. You don't have to like it; it's the policy.",
  "", "", "ok", "HN3 Explains a policy on sexual orientation and gender identity.")
R("h3_11", "I've been accused of being 'anti-Welsh' for opposing the bilingual signs on the Wyecross road. I'm not. My nan was from Monmouth. It's a cost question, £38k, and I'd rather fix the bridge.",
  "", "EQ", "ok", "HN3 Denied prejudice with a cost reason.")
R("h3_12", "For the avoidance of doubt: Redcliff day centre users are not 'a burden'. The centre costs £140k and saves far more in crisis placements. The case for it is financial as well as moral.",
  "", "EQ", "ok", "HN3 Rebuts a disability slur ('a burden') with figures.")
R("h3_13", "There's been a lot of nonsense about the Islamic centre 'wanting Sharia'. They want 14 more parking spaces and a bike rack. I've read the application. So can you.",
  "", "EQ PD", "ok", "HN3 Myth-busting {eq04}; the application is described, not prejudged.")
R("h3_14", "Reasonable people can disagree about the faith school bid at the old Oakhollow chapel. I have reservations about catchment and transport, not about anyone's religion.",
  "", "EQ", "ok", "HN3 Civil debate on a religion topic.")
R("h3_15", "No, the Diwali fireworks in Cindermoor park did not 'go on till midnight'. The permit said 9.30pm and they stopped at 9.20. I was there. Let's stick to what happened.",
  "", "EQ", "ok", "HN3 Corrects the grievance in {eq26}.", date="2026-11-10")
R("h3_16", "Is the new youth club 'grooming kids into being gay'? No. It's a youth club. It has table tennis, a homework room and a trained youth worker. Come and visit before you share that post.",
  "", "EQ", "ok", "HN3 Quotes and rebuts the smear behind {eq20}.")
R("h3_17", "Asked on the doorstep whether I'd want 'one of them' as a neighbour, meaning a Gypsy family. I've got one. They live two doors down and they cleared my drive when the snow came. So, yes.",
  "", "EQ", "ok", "HN3 Answers prejudice with a neighbourly story.")
R("h3_18", "I'll say it plainly: I don't think age should bar anyone from standing for council, young or old. Owen at 23 and Bill at 79 both bring something to that chamber.",
  "", "EQ", "ok", "HN3 Names the ages of two councillors to oppose {eq17} and {eq18}.")
R("h3_19", "Happy to meet the residents who signed the petition against the mosque extension. I'll listen. But I'll also tell you that 'we don't want their sort' isn't a planning objection.",
  "", "EQ PD", "ok", "HN3 Quotes prejudice to reject it; stays open on the application.")
R("h3_20", "The Clarion says the Tumpside Hotel 'costs every Forester £200 a year'. It costs the council nothing; it's Home Office funded. Correction requested.",
  "", "", "ok", "HN3 Corrects a newspaper figure about asylum accommodation.")
R("h3_21", "Trans inclusion and women's safety are both real concerns and I won't pretend otherwise. What I won't do is single out one colleague. This is a policy debate, not a person.",
  "", "EQ", "ok", "HN3 Civil debate; contrast {eq22}, which singles out a colleague.")
R("h3_22", "Does step-free access mean we lose the heritage cobbles on Wyecross quay? No. It means we lay a flat strip alongside them. Ken Dowle's idea, and a good one.",
  "", "", "ok", "HN3 Disability access discussed positively.")
R("h3_23", "The claim that 'foreign drivers' cause most crashes on the Staunchley road is wrong. The police data shows speeding by local drivers and sheep on the carriageway. Sorry, but that's what it says.",
  "", "EQ", "ok", "HN3 Myth-busting on national origin.")
R("h3_24", "A constituent asked if I 'have a problem with gay couples' because I abstained on the registry office fees. No. I abstained because I hadn't seen the costings. I was at Sian and Jo's celebration and cried buckets.",
  "", "EQ DP", "ok", "HN3 Denied prejudice; mentions a colleague's partner by first name, data protection allowed.")
R("h3_25", "Menopause policy for council staff: one colleague called it 'woke nonsense' in the group chat. I'd gently disagree. It's about keeping experienced women in work. Happy to talk it through.",
  "", "EQ", "ok", "HN3 Civil debate on a sex and age topic.")
R("h3_26", "'Not racist, but' posts about the Slade Bottom site keep turning up on the Pithay Green page. If the next word after 'but' is about a whole group of people, it probably is. Be better.",
  "", "EQ", "ok", "HN3 Challenges the 'not racist, but' formula.")
R("h3_27", "Fact check: the Welsh-speaking family who moved into Redcliff did not 'jump the housing queue'. They bought a house. With a mortgage. Like people do.",
  "", "EQ", "ok", "HN3 Myth-busting on national origin; no private names.")

# HN4 (27): self-description rows are pinned to the councillor who describes themself.
R("h4_01", "Thirty years down the pit, fifteen in a wheelchair since the roof came in at Deep Level. Still here, still stroppy, still fighting for Cindermoor North. ♿",
  "", "", "ok", "HN4 Self-description by Ken Dowle (wheelchair user).", pin="Ken Dowle")
R("h4_02", "Trans Day of Remembrance today. I light a candle every year for the ones who weren't as lucky as me: a trans woman with a seat on the council and a Forest that mostly just calls me 'Lowri, butt'. 🕯️",
  "", "EQ", "ok", "HN4 Self-description by Lowri Ellis (trans woman).", pin="Lowri Ellis", date="2026-11-20")
R("h4_03", "Queer, 26, Green, and a Forester to my boots. Yes, all four at once. Ow bist, Oakhollow? Surgery Saturday at the village hall.",
  "", "EQ AB", "ok", "HN4 Reclaimed 'queer' by Jonah Pell about himself; compare {eq19}.", pin="Jonah Pell")
R("h4_04", "Jummah at the Cindermoor Islamic Centre, then straight to the Miners' match. Lost 2-1. Allah tests us in many ways. 😂",
  "", "", "ok", "HN4 Farhan Qureshi on his faith and football.", pin="Farhan Qureshi")
R("h4_05", "Shanah tovah to everyone marking Rosh Hashanah in Wyecross and across the Forest. Apples and honey at ours tonight: apples from Bill Voyce's orchard, honey from the Gorsty bees. 🍎🍯",
  "", "", "ok", "HN4 Esther Rosen's new year greeting.", pin="Esther Rosen", date="2026-09-11")
R("h4_06", "Happy Diwali from Cindermoor! Mum's made enough barfi to feed the whole of North ward. Community hall from 4pm, everyone welcome, Foresters and furriners alike. 🪔",
  "", "EQ", "ok", "HN4 Priyanka Desai's Diwali invitation; 'furriners' is Forest banter for outsiders, used of everyone.", pin="Priyanka Desai", date="2026-11-06")
R("h4_07", "Proud Romany Gypsy, born in a trailer on the Pithay Green verge and now sitting on the council that used to move us on. My grandad wouldn't believe it.",
  "", "EQ", "ok", "HN4 Self-description by Levi Loveridge.", pin="Levi Loveridge")
R("h4_08", "28 weeks today and this baby kicks harder than the Commoners' Party whip. Still doing surgery Saturday, bump and all. 🤰",
  "", "", "ok", "HN4 Tegan Hook on her pregnancy.", pin="Tegan Hook")
R("h4_09", "I'm autistic. That means I'll read every page of the Deep Level appendices and I will notice when table 4 doesn't match table 9. You're welcome, Scowlbury. 😄",
  "", "", "ok", "HN4 Self-description by Rhys Jarrett.", pin="Rhys Jarrett")
R("h4_10", "11 November: Remembrance here, Independence Day back in Poland. Wreath at the Scowlbury cenotaph at 11, pierogi at ours at 6. Both matter to me. 🇵🇱🌺",
  "", "", "ok", "HN4 Marek Zielinski on his two national days.", pin="Marek Zielinski", date="2026-11-11")
R("h4_11", "Black History Month starts today. This year I'm telling the story of the Black miners who worked the Forest pits in the 1950s. Yes, there were some, and no, they're not in the museum yet. Working on it.",
  "", "", "ok", "HN4 Nathan Okoro on Black History Month.", pin="Nathan Okoro", date="2026-10-01")
R("h4_12", "79 years a Forester, 41 years a sheep badger, and still the youngest-thinking man in the Commoners, I'll have you know. Lambing talk at Pithay Green hall on Tuesday.",
  "", "", "ok", "HN4 Bill Voyce on his age.", pin="Bill Voyce")
R("h4_13", "Ten years since Jo and I signed our civil partnership at the old Cindermoor registry office. Best decision I ever made, and I've made a few good ones on planning committee. ❤️",
  "", "", "ok", "HN4 Sian Worgan's civil partnership anniversary.", pin="Sian Worgan")
R("h4_14", "Born in Wexford, raised in Gloucester, adopted by the Forest. Sláinte to everyone at the Wyecross Irish music night. Standing room only!",
  "", "", "ok", "HN4 Saoirse Flynn on her Irish roots.", pin="Saoirse Flynn")
R("h4_15", "Dyslexic free miner here. I can't spell 'gaveller' first time but I can find a coal seam blindfold. Reading group for dyslexic adults starts at Oakhollow library next week. I'll be there.",
  "", "", "ok", "HN4 Wayne Bevan on his dyslexia.", pin="Wayne Bevan")
R("h4_16", "World Mental Health Day tomorrow. Two years ago I couldn't get out of bed for a month. Depression doesn't care if you're a councillor. Talk to someone. I did.",
  "", "", "ok", "HN4 Kelvin Baldwin on his depression.", pin="Kelvin Baldwin", date="2026-10-09")
R("h4_17", "Hearing aids in, chain of office on, ready for the civic service. If I shout at you, it's not personal, it's the batteries. 😄",
  "", "", "ok", "HN4 Royston Jenkins (Chairman) on his hearing aids.", pin="Royston Jenkins")
R("h4_18", "Youngest councillor in Deanmarch history at 23 and I still get asked if I'm here on work experience. Ha. Youth surgery on Friday, bring your mates.",
  "", "", "ok", "HN4 Owen Trigg on his age.", pin="Owen Trigg")
R("h4_19", "A warm welcome to the eleven new families from the Tumpside Hotel who've joined Scowlbury Primary this term. The head says the kids are brilliant. Let's make them feel at home.",
  "", "", "ok", "HN4 Positive mention of asylum-seeking families; compare {eq25}.")
R("h4_20", "Brilliant afternoon at the Redcliff day centre art show. Some of the lino prints of the Wye are better than anything I've seen in a gallery. Buy one if you can!",
  "", "", "ok", "HN4 Positive mention of disabled artists; {eq15} mocks the same show.")
R("h4_21", "Bi Visibility Day today. To the bi teenager in Oakhollow who wrote to me last year: you're not confused, you're not a phase, you're brilliant.",
  "", "", "ok", "HN4 Supportive message on sexual orientation.", date="2026-09-23")
R("h4_22", "Interfaith Week walk round Cindermoor: the Baptist chapel, the Islamic centre, St Aldhelm's and the Quaker meeting house. Tea at every stop. I may never need tea again. ☕",
  "", "", "ok", "HN4 Neutral-positive mention of faith groups.", date="2026-11-10")
R("h4_23", "International Day of Disabled People today. Huge thanks to the Dean Access Group for auditing every public toilet in the district. Not one passed in full. We've got work to do.",
  "", "", "ok", "HN4 Disability access, positive mention.", date="2026-12-03")
R("h4_24", "At 64 I've been called a 'silver surfer' by the comms team. I'll take it. Mind you, this silver surfer has just found three errors in the cabinet report.",
  "", "EQ", "ok", "HN4 Helena Whitcombe accepting an age nickname about herself.", pin="Helena Whitcombe")
R("h4_25", "Plenty of us still call ourselves Gypsies and travelling folk, with pride. It's the word others spit that we've taken back. Gypsy, Roma and Traveller families: my door's open.",
  "", "EQ", "ok", "HN4 Levi Loveridge on reclaiming 'Gypsy'; compare {eq05}.", pin="Levi Loveridge")
R("h4_26", "Two of our planning team start maternity leave this month. Welcome to the cover staff, and very best wishes to both mums-to-be. 💐",
  "", "DP", "ok", "HN4 Positive mention of pregnancy and maternity; no names, but a small team may make staff identifiable, so data protection allowed.")
R("h4_27", "A Year 5 at the Wyecross assembly asked me whether Jewish people 'have horns'. No, I said, just a lot of opinions. Lovely kids. Somebody just needs to stop telling them nonsense.",
  "", "EQ", "ok", "HN4 Esther Rosen on a child's question about Jewish people.", pin="Esther Rosen")

# HN5 (27)
R("h5_01", "Cindermoor Miners absolutely murdered Hewell Quay 5-0 on Saturday. Proper hiding. Up the Miners! ⚽",
  "", "BI", "ok", "HN5 Football idiom ('murdered', 'proper hiding').")
R("h5_02", "The new bus timetable app is a killer app, honestly. First thing this council's bought in years that actually works. 📱",
  "", "BI", "ok", "HN5 'Killer app'; {ab01} swears at another app.")
R("h5_03", "Ow bist, @BillVoyceCommoner? Still the stubbornest old sheep badger in the Forest? Good. Never change, butt. 🐑",
  "", "PA EQ", "ok", "HN5 Fond banter in dialect; 'stubbornest old' appears in {pa21} as an insult.")
R("h5_04", "I'm a gawby. Turned up to Scowlbury hall for my surgery on the wrong day. Sorry to the three people who came on Tuesday. I'll be there this Thursday, promise.",
  "", "PA", "ok", "HN5 Self-deprecation with the same dialect insult as {pa01}.")
R("h5_05", "Lowri took me apart in the quiz at the Gale & Gaveller last night. Destroyed. Humiliated. I'll get my revenge at the Christmas one. 🍺",
  "", "BI HA", "ok", "HN5 Quiz banter; the same pub as {bi04} and {bi26}. Haste allowed for the pint emoji.")
R("h5_06", "Karaoke at the Miners' club: Clive Brain murdered 'Delilah'. Absolutely murdered it. Tom Jones wants a word. 🎤😂",
  "", "BI PA", "ok", "HN5 'Murdered that song' idiom about a named colleague.")
R("h5_07", "If one more person asks me about the Staunchley potholes I'll... go out and fix them myself, apparently. Shovel's in the boot. 😅",
  "", "BI", "ok", "HN5 The 'if one more person... I'll' set-up turns into a joke.")
R("h5_08", "Me at budget scrutiny: 🧟. Running on four hours' sleep and a bacon cob from the Wyecross van. If I make no sense, blame the tiredness, not the maths.",
  "", "HA", "ok", "HN5 Self-deprecation about tiredness; haste allowed.")
R("h5_09", "Full disclosure: I'm nesh. Wore two coats and a hat to the Gorsty cattle grid site visit. Bill Voyce turned up in a T-shirt. He'll outlive us all.",
  "", "", "ok", "HN5 Self-deprecation in dialect ('nesh').")
R("h5_10", "That debate was a bloodbath. The opposition came out swinging, we swung back, and the motion fell by one vote. Democracy is a contact sport. Pint, anyone?",
  "", "BI HA", "ok", "HN5 Figurative violence about a debate.")
R("h5_11", "Killing it today, team. 412 food bank parcels packed at the Scowlbury hub. Legends, every one of you. 💪",
  "", "BI", "ok", "HN5 'Killing it'.")
R("h5_12", "Absolute car crash of a presentation from me at cabinet. Slides in the wrong order, clicker died, dropped my notes. If anyone needs me I'll be hiding under Wyecross bridge. 🙈",
  "", "", "ok", "HN5 Self-deprecation.")
R("h5_13", "Nathan, you're a menace. Third raffle in a row you've won the hamper at the Redcliff fair. Fix! 😂",
  "", "PA DF", "ok", "HN5 Raffle banter; 'Fix!' is a joke accusation.")
R("h5_14", "Bash the Boar 5k fun run on Sunday. Not an actual boar-bashing, before anyone emails me. Raising money for the air ambulance. 🐗🏃",
  "", "BI", "ok", "HN5 Event name with a violent verb.")
R("h5_15", "Me and the Chairman in a dead heat on the coconut shy at the Gorsty fete. Lethal weapon with a wooden ball, that man. Rematch next year, Royston.",
  "", "BI", "ok", "HN5 Fete banter ('lethal weapon').")
R("h5_16", "Old Forest saying: 'Thee cassn't fatten a pig on market day.' Meaning, as I tried to tell cabinet, you can't fix a five-year housing shortage in one budget meeting.",
  "", "", "ok", "HN5 Dialect proverb used to make a policy point.")
R("h5_17", "I'm a dinosaur with Teams, I admit it. Forty minutes on mute, waving at the screen like a mommet. Thank you to the IT helpdesk for rescuing me.",
  "", "", "ok", "HN5 Self-deprecation; 'mommet' appears in {pa10} as an insult.")
R("h5_18", "Those Oakhollow boar absolutely slaughtered my veg patch overnight. Not a carrot left. They've got more front than the cabinet. 🐗",
  "", "BI", "ok", "HN5 'Slaughtered' about wild boar and a veg patch.")
R("h5_19", "Tegan and I have agreed a ceasefire on the cattle grid row for the length of one pint. Don't tell the whips. 🍻",
  "", "HA", "ok", "HN5 Cross-party banter.")
R("h5_20", "Helena Whitcombe skewered me at scrutiny today and, annoyingly, she was right about the housing numbers. Back to the drawing board. Fair play, Helena.",
  "", "BI", "ok", "HN5 'Skewered' about being beaten in debate.")
R("h5_21", "Wyecross Rowing Club thrashed Redcliff by three lengths on Saturday. Carnage on the Wye. Glorious. 🚣",
  "", "BI", "ok", "HN5 Sporting idiom; {bi08} uses the river as a threat.")
R("h5_22", "Cabinet away day: we were told to 'kill our darlings'. I killed three pet projects before lunch. Nobody was harmed. Mostly. 😇",
  "", "BI", "ok", "HN5 'Kill your darlings'.")
R("h5_23", "That ewe on the Cindermoor roundabout is the most effective traffic-calming measure this district has ever had. Give her a job in highways. 🐑",
  "", "", "ok", "HN5 Joke about a sheep.")
R("h5_24", "Confession: I called a caller 'butt' on the phone this morning and he was from Surrey. Long pause. Explained it's Forest for 'mate'. We're friends now.",
  "", "", "ok", "HN5 Dialect self-deprecation ('butt').")
R("h5_25", "Got absolutely roasted by the Year 6s at Pithay Green school. 'Why is your hair like that?' 'Why are you so old?' Brutal. Best visit all year.",
  "", "PA", "ok", "HN5 Self-deprecation quoting children's teasing.")
R("h5_26", "Farhan's lemon drizzle at the scrutiny bake-off was criminal. Criminally good. I want a recount.",
  "", "DF", "ok", "HN5 'Criminal' as praise of a cake.")
R("h5_27", "Somebody shoot me, I've just volunteered to run the tombola again. 🙃",
  "", "BI", "ok", "HN5 'Shoot me' about oneself.")

# HN6 (27)
R("h6_01", "Cllr Brain told full council in March that Scowlbury baths were 'safe for ten years'. The engineers' report says otherwise. He needs to come back to council and correct the record.",
  "", "DF", "ok", "HN6 Correcting a named councillor's claim without calling it a lie; {df01} calls him a liar.")
R("h6_02", "Maureen Teague has led this council for six years. In that time: two libraries cut, the leisure centre never built, council tax up 27%. That's the record she'll be judged on in May.",
  "", "PA", "ok", "HN6 Record criticism of the Leader.")
R("h6_03", "I asked Cllr Meek three times at planning why the Scowle Lane drainage objections hadn't been addressed. Three times he didn't answer. Residents deserve an answer.",
  "", "PA", "ok", "HN6 Strong scrutiny of the chair of planning.")
R("h6_04", "Dilys Morse has been housing portfolio holder for four years and Colliers Court still has black mould. I'm not questioning her sincerity. I'm questioning her results.",
  "", "PA", "ok", "HN6 The damp point of {pa14} made on the record.")
R("h6_05", "For the record: at Tuesday's cabinet, Cllr Kear said residents who miss the bin window 'only have themselves to blame'. I think that's wrong and unkind, and I'll say so at scrutiny.",
  "", "PA", "ok", "HN6 Reported speech with a fair response.")
R("h6_06", "Helena Whitcombe's alternative budget double-counts the car park income. I've set out where on page 4 of our response. Happy to be corrected if I've got it wrong.",
  "", "", "ok", "HN6 Scrutiny of a named opponent's budget.")
R("h6_07", "Cllr Gough's leaflet says the Dene Independents 'saved Redcliff depot'. The minutes show he voted to sell it in 2024. Voters can judge.",
  "", "DF PA", "ok", "HN6 Set the record against a claim; a reader may hear dishonesty, defamation allowed.")
R("h6_08", "Owen Trigg has missed 9 of the last 14 committee meetings he sits on. The attendance figures are public. That's not good enough, and he knows it.",
  "", "PA", "ok", "HN6 Attendance record.")
R("h6_09", "Farhan Qureshi is wrong on the Deep Level bond. Flat wrong. Here's the Treasury guidance he's misreading: the borrowing cap applies to the whole programme.",
  "", "PA", "ok", "HN6 'Flat wrong' about an argument; {pa20} calls him a clown.")
R("h6_10", "Clive Brain's claim that reserves are 'at a record high' isn't true. The audited accounts show them lower than in 2022. I'm sure it's a mistake, but it needs correcting.",
  "", "DF", "ok", "HN6 'Isn't true' about a claim, explicitly not alleging dishonesty.")
R("h6_11", "Cllr Voyce's motion to scrap the cattle grid scheme would cost £400k in clawback. He's entitled to the view; he's not entitled to pretend it's free.",
  "", "PA DF", "ok", "HN6 'Pretend it's free' is sharp but about an argument.")
R("h6_12", "Graham Meek has chaired planning for five years. Appeals lost after his committee overturned the recommendation: 11. That's a lot of public money on costs. Time for a review of how committee handles advice.",
  "", "PA OF", "ok", "HN6 Record of the chair of planning; officers allowed as their advice is mentioned.")
R("h6_13", "Royston Jenkins was wrong to cut off Cllr Okoro at full council. Chairs should protect debate, not shut it down. I've written to him asking for a clarification of standing orders.",
  "", "PA", "ok", "HN6 Criticism of the Chairman's conduct of a meeting.")
R("h6_14", "Ruth Ambrose's scrutiny report on Clearway Dean is the sharpest piece of work this council has produced in years. I disagree with two of its recommendations, and I'll say why at cabinet.",
  "", "", "ok", "HN6 Praise plus disagreement.")
R("h6_15", "Kelvin Baldwin promised Scowlbury a crossing by the school in 2024. Two years on, no crossing. I'd like him to tell residents what happened.",
  "", "PA", "ok", "HN6 Broken promise by a named councillor.")
R("h6_16", "Cllr Pell called our rural bus plan 'a con' at scrutiny. It isn't, and I've sent him the passenger figures. We can disagree without calling each other's work a con.",
  "", "DF PA", "ok", "HN6 Reported speech containing 'con', about a plan.")
R("h6_17", "Correction: yesterday I said Sian Worgan voted on the depot fencing contract. She didn't. She declared an interest and left the room, as the minutes show. Apologies to Sian; the post is deleted.",
  "", "DF", "ok", "HN6 A correction of the kind of claim made in {df18}.")
R("h6_18", "Alun Gough has changed his position on Redstone quarry three times since 2023. I don't think it's dishonest; I think he hasn't made his mind up. But Redcliff deserves to know where he stands.",
  "", "DF PA", "ok", "HN6 Record of shifting positions, dishonesty expressly disclaimed.")
R("h6_19", "Cllr Hook says the cattle grids will 'cost commoners their livelihoods'. The DEFRA figures she's quoting are from 2011. The up-to-date ones tell a very different story.",
  "", "", "ok", "HN6 Challenges a named councillor's evidence.")
R("h6_20", "I've asked Cllr Desai to publish the minutes of the Cindermoor North ward fund panel she chairs. Three grants this year went to groups she's involved with. Probably all above board; let's see the paperwork.",
  "", "DF", "ok", "HN6 Fair scrutiny that a careful tool could read as innuendo; defamation allowed.")
R("h6_21", "@MaureenTeagueFF you told the Clarion you'd 'never' close Wyecross library. The cabinet papers for next week propose exactly that. Which is it?",
  "", "DF PA", "ok", "HN6 Holds the Leader to a quoted promise; compare {df09}.")
R("h6_22", "At the Pithay Green parish meeting one resident said Cllr Loveridge 'only cares about his own'. Levi has held four surgeries in Pithay Green this autumn. The record says otherwise.",
  "", "EQ PA", "ok", "HN6 Reported speech with a coded jibe, answered with the record; compare {eq06}.")
R("h6_23", "Ken Dowle is the most stubborn man on this council, and on the Deep Level pension question his stubbornness has saved retired miners' families a fortune. Credit where it's due.",
  "", "PA", "ok", "HN6 'Stubborn' as praise.")
R("h6_24", "Cllr Flynn's amendment would have cut the Redcliff day centre budget by 8%. She says it wouldn't. Page 12 of the amendment says it would. Read it yourselves.",
  "", "DF", "ok", "HN6 Contradicts a named councillor with the document.")
R("h6_25", "Nathan Okoro has asked 31 written questions this year and had answers to 19. That's a problem with the administration, not with Nathan, and I'll back his call for a response deadline.",
  "", "", "ok", "HN6 Scrutiny record, supportive.")
R("h6_26", "Cllr Zielinski's expenses claim for the Cardiff conference was £612. I've asked for the breakdown. Nothing wrong with asking; everyone's claims should be open.",
  "", "DF", "ok", "HN6 Expenses scrutiny without allegation; contrast {df10}.")
R("h6_27", "Tegan Hook is the toughest negotiator the Commoners have had. She got more out of the cattle grid deal than anyone expected. I still think it's a bad deal. Both things are true.",
  "", "", "ok", "HN6 Praise and disagreement.")

# ---------------------------------------------------------------------------
# 7. Author constraints beyond "never a councillor the post names, never a
#    member of a party the post names": a few rows need an author from the
#    administration (Forest First) or from outside it, and two are pinned to
#    cabinet members writing about themselves.
# ---------------------------------------------------------------------------
SIDE = {
    # written from outside the administration
    "h1_03": "opp", "h1_04": "opp", "h1_05": "opp", "h1_06": "opp", "h1_12": "opp",
    "h1_13": "opp", "h1_15": "opp", "h1_18": "opp", "h1_23": "opp", "h1_24": "opp",
    "h1_27": "opp", "h1_29": "opp", "h2_12": "opp", "h2_17": "opp", "h5_16": "opp",
    "h5_18": "opp", "h6_01": "opp", "h6_02": "opp", "h6_03": "opp", "h6_04": "opp",
    "h6_05": "opp", "h6_10": "opp", "h6_12": "opp", "h6_13": "opp", "h6_15": "opp",
    "h6_21": "opp", "h6_25": "opp", "ab13": "opp",
    # written from inside the administration
    "h1_11": "admin", "h2_23": "admin", "h5_10": "admin", "h5_20": "admin",
    "h6_06": "admin", "h6_16": "admin", "h6_24": "admin", "bi11": "admin", "bi19": "admin",
}
EXTRA_PIN = {"h5_12": "Dilys Morse", "h5_22": "Terry Kear"}
# Realism only: an attack on a group is not written by a councillor of that group.
AVOID = {"eq04": ["Farhan Qureshi"], "eq05": ["Levi Loveridge"], "eq07": ["Levi Loveridge"]}
ADMIN_PARTY = "Forest First"

PARTY_PATTERNS = {
    "Forest First": [r"Forest First"],
    "Wye Valley Democrats": [r"Wye Valley Democrats", r"Wye Valley Dems", r"\bWVD\b"],
    "Green Dean": [r"Green Dean"],
    "Commoners' Party": [r"\bCommoners\b"],
    "Dene Independents": [r"Dene Independents", r"Dene Indies"],
    "Independent": [],
}
ROLE_PATTERNS = {
    "Maureen Teague": [r"\bLeader\b"],
    "Clive Brain": [r"Deputy Leader", r"[Ff]inance portfolio"],
    "Dilys Morse": [r"[Hh]ousing portfolio", r"housing lead"],
    "Terry Kear": [r"[Ee]nvironment portfolio"],
    "Graham Meek": [r"[Cc]hair of planning"],
    "Royston Jenkins": [r"\bChairman\b"],
    "Helena Whitcombe": [r"[Oo]pposition leader", r"Leader of the Opposition"],
    "Ruth Ambrose": [r"[Cc]hair of scrutiny"],
}
CABINET = ["Maureen Teague", "Clive Brain", "Dilys Morse", "Terry Kear"]


def load_roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        conf = tomllib.load(f)
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as f:
        raw = f.read()
    party = {}
    for name, comment in re.findall(r'^\s*"([^"]+)",\s*#\s*(.*)$', raw, re.M):
        m = re.search(r"\(([^)]+)\)", comment)
        if name in conf["people"]["councillors"]:
            party[name] = m.group(1) if m else comment.split(",")[0].strip()
    handle = {}
    for h, person in conf["people"]["handles"].items():
        if person in conf["people"]["councillors"]:
            handle.setdefault(person, h)
    return conf["people"]["councillors"], party, handle


def named_people(text, councillors, handle):
    named = set()
    for name in councillors:
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b%s\b" % re.escape(first), text) or re.search(r"\b%s\b" % re.escape(last), text):
            named.add(name)
        if handle[name].lower() in text.lower():
            named.add(name)
        for pat in ROLE_PATTERNS.get(name, []):
            if re.search(pat, text):
                named.add(name)
    if re.search(r"[Cc]abinet member", text):
        named.update(CABINET)
    return named


def named_parties(text):
    return {p for p, pats in PARTY_PATTERNS.items() if any(re.search(x, text) for x in pats)}


# ---------------------------------------------------------------------------
# 8. Obfuscated variants: one of each kind per family. Every occurrence of the
#    word is changed, case-insensitively. Caps variants keep handles as they are
#    and add haste.pause-before-posting to `allowed`.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa07", "asterisk", "useless"), ("pa10", "digit", "windbag"), ("pa26", "zero_width", "gormless"),
    ("pa20", "spaced", "clown"), ("pa13", "homoglyph", "coward"), ("pa11", "caps", None),
    ("ab03", "asterisk", "twat"), ("ab06", "digit", "bollocks"), ("ab11", "zero_width", "prick"),
    ("ab19", "spaced", "gobshite"), ("ab21", "homoglyph", "dickhead"), ("ab15", "caps", None),
    ("bi03", "asterisk", "drag"), ("bi10", "digit", "shut"), ("bi26", "zero_width", "face"),
    ("bi18", "spaced", "removed"), ("bi08", "homoglyph", "deep"), ("bi13", "caps", None),
    ("eq06", "asterisk", "Pikeys"), ("eq19", "digit", "poof"), ("eq13", "zero_width", "cripple"),
    ("eq24", "spaced", "Poles"), ("eq27", "homoglyph", "Paddy"), ("eq03", "caps", None),
    ("df03", "asterisk", "bent"), ("df07", "digit", "fraud"), ("df17", "zero_width", "fiddling"),
    ("df13", "spaced", "take"), ("df21", "homoglyph", "dodgy"), ("df06", "caps", None),
]
DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440",
            "O": "\u041e", "E": "\u0415", "A": "\u0410", "C": "\u0421", "P": "\u0420"}


def _obfuscate_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i in range(len(w)):
            if w[i].lower() in DIGITS:
                return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        k = len(w) // 2
        return w[:k] + "\u200b" + w[k:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i in range(len(w)):
            if w[i] in CYRILLIC:
                return w[:i] + CYRILLIC[w[i]] + w[i + 1:]
    raise ValueError("cannot obfuscate %r as %s" % (w, kind))


def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    new, n = re.subn(r"\b%s\b" % re.escape(word), lambda m: _obfuscate_word(m.group(0), kind), text, flags=re.I)
    if n == 0:
        raise ValueError("word %r not in text" % word)
    return new


# ---------------------------------------------------------------------------
# 9. Timestamps: weekdays 08:00-18:59 Europe/London, 7 Sep to 3 Dec 2026.
#    BST (+01:00) until Sunday 25 Oct 2026, GMT (+00:00) after.
# ---------------------------------------------------------------------------
START, END = datetime.date(2026, 9, 7), datetime.date(2026, 12, 3)
BST_END = datetime.date(2026, 10, 25)
WEEKDAYS = [START + datetime.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + datetime.timedelta(days=i)).weekday() < 5]


def stamp(rng, date=None):
    d = datetime.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    hh, mm = rng.randint(8, 18), rng.randint(0, 59)
    off = "+01:00" if d < BST_END else "+00:00"
    return "%sT%02d:%02d:00%s" % (d.isoformat(), hh, mm, off)


PLATFORMS = ["x"] * 8 + ["facebook"] * 7 + ["bluesky"] * 5


def build():
    rng = random.Random(SEED)
    councillors, party, handle = load_roster()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    out = []
    for r in ROWS:
        pin = r["pin"] or EXTRA_PIN.get(r["key"])
        if pin:
            author = pin
        else:
            named = named_people(r["text"], councillors, handle)
            parties = named_parties(r["text"])
            side = SIDE.get(r["key"])
            pool = [c for c in councillors if c not in named and party[c] not in parties
                    and c not in AVOID.get(r["key"], [])
                    and (side != "opp" or party[c] != ADMIN_PARTY)
                    and (side != "admin" or party[c] == ADMIN_PARTY)]
            assert pool, r["key"]
            author = rng.choice(pool)
        row = dict(r)
        row["author"] = handle[author]
        row["platform"] = rng.choice(PLATFORMS)
        row["created_at"] = stamp(rng, r["date"])
        row["kind_of_row"] = "hard_negative" if r["family"] == "hard_negative" else "positive"
        out.append(row)
    by_key = {r["key"]: r for r in out}
    for orig, kind, word in VARIANTS:
        o = by_key[orig]
        v = dict(o)
        v["key"] = orig + "v"
        v["text"] = obfuscate(o["text"], kind, word)
        v["allowed"] = list(o["allowed"]) + ([CODES["HA"]] if kind == "caps" else [])
        v["created_at"] = stamp(rng)
        v["kind_of_row"] = "variant"
        v["variant_of"] = orig
        v["variant_kind"] = kind
        what = "the whole post in capitals" if kind == "caps" else "'%s' obfuscated" % word
        v["note"] = "Variant (%s) of {%s}: %s; same labels%s." % (
            kind, orig, what, ", haste allowed" if kind == "caps" else "")
        out.append(v)
    rng.shuffle(out)
    ids = {}
    for i, r in enumerate(out, 1):
        ids[r["key"]] = "%s-%04d" % (SET, i)

    def cite(m):
        return ids[m.group(1)]

    lines = []
    for r in out:
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
            "note": re.sub(r"\{(\w+)\}", cite, r["note"]),
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
        for k in sorted(ids, key=ids.get):
            print(k, ids[k])
    else:
        print("wrote %d posts" % len(ids))
