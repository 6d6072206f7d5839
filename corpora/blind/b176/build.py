#!/usr/bin/env python3
"""Build blind evaluation set b176 (abuse family): Wrenmoor District Council.

Hand-written rows plus a deterministic script (seed 17676): reads the roster
from council.toml, picks authors (never a councillor the post names, never a
member of a party it names; pinned rows excepted), platforms and timestamps,
makes the 30 obfuscated variants, shuffles, assigns ids B176-0001.. and turns
row keys in notes ({key}) into ids. Standard library only.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B176"
SEED = 17676

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
IA = "position.improper-advantage"
PD = "predetermination.closed-mind"
GH = "gifts.hospitality"
HS = "haste.pause-before-posting"
ID = "interests.declared-interest"

HN = "hard_negative"
BASE = {PA: "review", AL: "review", BI: "block", EQ: "block", DF: "review",
        OF: "review", IR: "advice", DP: "review", IA: "review", PD: "review",
        GH: "advice", HS: "advice", ID: "review"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def R(key, fam, text, rules=(), allowed=(), note="", block=False, author=None, date=None):
    rules = list(rules)
    if fam != HN and fam not in rules:
        rules.insert(0, fam)
    verdict = "ok"
    for r in rules:
        if RANK[BASE[r]] > RANK[verdict]:
            verdict = BASE[r]
    if block:
        verdict = "block"
    ROWS.append(dict(key=key, family=fam, text=text, rules=rules, allowed=list(allowed),
                     verdict=verdict, note=note, author=author, date=date,
                     kind_of_row=HN if fam == HN else "positive"))


# ---------------------------------------------------------------- personal attack
F = PA
R("pa01", F, "@MarcusVealeWN you are the most gutless housing portfolio holder this district has ever had. Wheal Rose Close has had black mould since backalong and you couldn't find it with a map and a torch.",
  note="Insult at the Cabinet Member for Housing by handle; the mould is the context, 'gutless' is aimed at him. HN1 {h1_15} calls a decision gutless.")
R("pa02", F, "Trevor Coaker chairs planning like a man who's been pixie-led across Carrow Tor in the fog. Clueless. Utterly clueless, every single Thursday.",
  note="'Pixie-led' (lost, befuddled) is dialect; the repeated 'clueless' is aimed at the chair. HN1 {h1_18} says the cabinet are clueless on buses; HN5 {h5_17} is a member pixie-led to the wrong hall.")
R("pa03", F, "Roger Pengelly is a smug, self-satisfied windbag and everyone in Okeworthy knows it. Puffed up like a toad on a warm stone.",
  note="Plain insult at a named member.")
R("pa04", F, "Listening to Nadia Rahimi at full council is like being stuck behind a tractor on the Lydcott road. Tedious, pompous and completely empty. She'll get to the point dreckly, she says. She never does.",
  note="Insult at the opposition leader; 'dreckly' (later, some time) is dialect.")
R("pa05", F, "@JoeAdeyemiWR you're a pathetic attention seeker. Every post a selfie, every selfie a sulk.",
  note="Insult by handle.")
R("pa06", F, "Ann Northey wears that chain like she won it on the Apple Fair tombola. An embarrassment to the office of Mayor, and a bore with it.",
  note="Insult at the Mayor by name. HN5 {h5_20} jokes about the same chain.")
R("pa07", F, "The Senior Planning Officer is a jobsworth with all the imagination of a cattle grid. Every answer's no, every reason's 'policy'.",
  rules=[OF], note="Insult at an officer by role: officers expected.")
R("pa08", F, "Gill Hext: arrogant, out of touch and too idle to read her own cabinet papers. Proper job, Leader. /s",
  rules=[IR], note="Insult at the Leader; 'Proper job... /s' is mock praise, irony expected. HN5 {h5_16} uses 'Proper job!' sincerely.")
R("pa09", F, "Rosa Kowalczyk is a sanctimonious nag. Nobody in Wrenford North asked to be lectured about compost by her every blessed week.",
  allowed=[EQ], note="'Nag' is a gendered put-down; equality allowed, not expected.")
R("pa10", F, "Oh well DONE @KieranMudgeMA, a whole month in committee without saying anything stupid. Oh wait. 🙄",
  rules=[IR], allowed=[HS], note="Mock congratulation at a member: personal attack with irony expected; one capitalised word allows haste.")
R("pa11", F, "Craig Stentiford is a puppet. Sits there nodding like one of those dogs on a parcel shelf while his group leader does the thinking for him.",
  note="Insult at a named member.")
R("pa12", F, "Walter Cudlipp is a rude old goat who shouts down anyone under fifty at committee. Time somebody told him.",
  allowed=[EQ], note="Insult with an age edge ('old goat', 'under fifty'); equality allowed only, the attack is on his manner.")
R("pa13", F, "Janet Rowe, you are a hypocrite and a coward. You voted for the library cuts and then turned up to the Okeworthy protest with a placard.",
  note="'Hypocrite and a coward' at a named member; the vote is context. HN6 {h6_05} criticises her motion on the record.")
R("pa14", F, "Sam Heard is as thick as a Devon bank. Two years chairing scrutiny and the man still can't read a balance sheet, my lover.",
  note="Insult at the Chair of Scrutiny; 'thick as a Devon bank' is a local twist on 'thick as a hedge', 'my lover' the Devon address used sarcastically.")
R("pa15", F, "Mick Doney: all mouth and no trousers. A loudmouth with nothing between the ears but Stannary Fair bunting.",
  note="Insult at the League's leader by short name.")
R("pa16", F, "Priya Chandran is a self-serving snob who looks down her nose at every tenant in Greystow. Always has.",
  note="Insult at a named member.")
R("pa17", F, "@GraceTanInd you're a joke, and not even a funny one. Go back to sitting on the fence, it suits you.",
  note="Insult by handle; 'go back to sitting on the fence' is about her independence, not origin. Some readers may hear 'go back'; equality not allowed because the text ties it to the fence.")
R("pa18", F, "Graham Kitto is the most useless Monitoring Officer in the south west and a coward to boot. Sat on that complaint for five months.",
  rules=[OF], note="Insult at a named officer: officers expected.")
R("pa19", F, "Derek Blatchford nodding off in full council AGAIN. Dead weight. Somebody prod him, the man's a waste of an allowance.",
  allowed=[EQ, HS], note="Insult at a member who is 78 (see HN4 {h4_13}); age not mentioned, equality allowed only. One capitalised word: haste allowed.")
R("pa20", F, "Tamsin Hockaday is an insufferable know-all. Ask her the time and she tells you how the sundial was made, then how it should be carbon neutral.",
  note="Insult at the Green leader.")
R("pa21", F, "Helen Yeo: two-faced. Smiles at you in the Okeworthy shop and knifes you in group. Snake.",
  allowed=[BI], note="Name-calling; 'knifes you' is figurative, bullying allowed only.")
R("pa22", F, "Bethan Lethbridge has the political judgement of a jasper in a jam jar. Buzzes about, achieves nothing, stings everyone.",
  note="Insult at a named member; 'jasper' is Devon for wasp. HN5 {h5_07} is a real jasper at a picnic.")
R("pa23", F, "Lily Tuckett is a vain, vacuous little show-off who'd open an envelope if there was a photographer there.",
  allowed=[EQ], note="'Vain, vacuous little' at a woman: equality allowed, not expected.")
R("pa24", F, "@OllieFriendGT sit down, you pompous twerp. Nobody in Greystow wants another lecture about hedgehog highways.",
  note="Insult by handle.")
R("pa25", F, "Paul Squance is the laziest councillor in Coxleigh. Hasn't held a surgery since the floods. Waste of space and a waste of a seat.",
  note="Insult at a named member, mixing a checkable claim with 'waste of space'. HN6 {h6_21} is his record on the toilets, on the record.")
R("pa26", F, "Fiona Lillicrap, our Head of Planning, is an incompetent bully and should be shown the door before she drives off any more of her staff.",
  rules=[OF], allowed=[DF], note="Insult at a named officer; 'bully' is a charge of misconduct, defamation allowed.")
R("pa27", F, "Sophie Palk is a useless airhead. Lovely photos at the lido, nothing upstairs.",
  allowed=[EQ], note="'Airhead' at a woman: equality allowed. She is pregnant (HN4 {h4_09}) but the text does not touch it.")
R("pa28", F, "Joseph Adeyemi is a worthless, pathetic excuse for a man and Wrenford North would be better off if he'd never been born.",
  block=True, allowed=[BI], note="Severe personal attack: block. Wishing he had never been born is not a threat, so bullying is allowed only.")
R("pa29", F, "Congratulations to the Leader on closing three libraries in one year. What a genius. Truly, Gill, we are not worthy. 👏👏👏",
  rules=[IR], note="Mock praise at the Leader as a person ('What a genius', 'we are not worthy'): personal attack and irony. HN6 {h6_04} puts her votes on the record.")
R("pa30", F, "Our s151 officer couldn't add up the takings at a church cream tea. Hopeless man, hopeless department.",
  rules=[OF], note="Insult at an officer identified by role: officers expected.")
R("pa31", F, "The chair of planning is a bumbling old fool and the Kilnfield Lane hearing will be a circus with him in charge.",
  allowed=[EQ, PD], note="Insult at the chair by role; 'old fool' allows equality; the pending Kilnfield Lane application allows predetermination (no register in this set).")
R("pa32", F, "Nadia Rahimi is a nasty, vindictive, spiteful piece of work. Poison in human form. Everyone who's worked with her says the same.",
  block=True, note="Severe personal attack ('poison in human form'): block.")
R("pa33", F, "Cllr Veale, you absolute drip. Three years in the job and the damp's still on the walls and you're still wringing your hands.",
  note="Insult at a named member by surname.")
R("pa34", F, "Listen to Ollie Friend droning on about 'biodiversity net gain' like a sat nav stuck on recalculating. Insufferable little man.",
  note="Insult at a named member; 'little man' is a put-down, not a trait.")

# ---------------------------------------------------------------- abusive language
F = AL
R("al01", F, "The new parking app is complete shite. Three goes to pay for forty minutes in Wrenford. Who signed this off?",
  note="Obscenity at an app: abusive only. HN1 {h1_01} says the same without it.")
R("al02", F, "Moorclean have made a right pig's ear of the Coxleigh round again. Three weeks, no collection. Fucking joke.",
  allowed=[PA], note="Obscenity about a contractor's service; personal attack allowed for a company.")
R("al03", F, "@TrevCoakerCllr stop talking bollocks about the housing numbers. 412 families on the list is not 'broadly on track'.",
  allowed=[PA], note="Obscenity at what someone said: personal attack allowed only.")
R("al04", F, "Roger Pengelly is a total arsehole and always has been, ever since school.",
  rules=[PA], note="Obscenity at a person: abusive and personal attack.")
R("al05", F, "This budget is a steaming pile of crap with a bow on top. The moor villages get the crap, Wrenford gets the bow.",
  note="Obscenity at a budget. HN1 {h1_03} is the civil version.")
R("al06", F, "The Alliance cabinet are a bunch of useless tossers and the whole district knows it.",
  allowed=[PA], note="Obscenity at the cabinet as a body: personal attack allowed.")
R("al07", F, "Piss-poor consultation on the pannier market. Forty people asked, four hundred ignored.",
  note="Obscenity at a consultation. HN1 {h1_07} calls it a sham without it.")
R("al08", F, "The Moor Courier can shove its 'exclusive' where the sun don't shine. Load of shit from start to finish.",
  allowed=[PA], note="Obscenity at the local paper: personal attack allowed. HN1 {h1_13} criticises its journalism.")
R("al09", F, "Kieran Mudge is a gobby little shit and someone should have told him years ago.",
  rules=[PA], note="Obscenity at a person.")
R("al10", F, "Whoever designed the Greystow Quay one-way system wants their bloody head testing. Absolute dog's breakfast. Fucking madness.",
  allowed=[PA], note="Obscenity at a road scheme; 'whoever' allows personal attack. HN1 {h1_16} calls it a dog's breakfast without obscenity.")
R("al11", F, "Honestly Tamsin Hockaday is the biggest cunt on this council and I'll say it to her face on Thursday.",
  rules=[PA], block=True, note="The c-word at a named member: severe, block. 'Say it to her face' is not a threat.")
R("al12", F, "Whoever at Pellow Estates thought it was fine to fell the Kilnfield Lane oaks in nesting season can go fuck themselves with a rusty chainsaw.",
  block=True, allowed=[PA, PD], note="Violent obscenity at unnamed staff of a developer: severe, block. Personal attack allowed (company, 'whoever'); the pending application allows predetermination.")
R("al13", F, "Scrutiny this morning was a total clusterfuck. Nobody had the papers, nobody knew the agenda.",
  note="Obscenity at a meeting, after it.")
R("al14", F, "@MickDoneySL what a load of horseshit about the lido. It's been losing money since 2019 and you know it.",
  allowed=[PA], note="Obscenity at what someone said: personal attack allowed only.")
R("al15", F, "Sophie Palk, you stupid bitch, read the report before you open your mouth at cabinet.",
  rules=[PA], allowed=[EQ], note="Gendered obscenity at a person; equality allowed. HN2 {h2_07} quotes 'stupid bitch' to condemn it.")
R("al16", F, "Derek Blatchford is a senile old twat and Lydcott deserves better.",
  rules=[PA], allowed=[EQ], note="Obscenity at a person with an age slur ('senile'): equality allowed, not expected, as the post is abuse rather than an argument about his age. A reviewer may want equality expected. HN2 {h2_16} condemns 'senile' at a colleague.")
R("al17", F, "Lydcott cattle grid repairs: six months, £40k, and it's still fucked. Ponies walking straight over it.",
  note="Obscenity about a repair job. HN1 {h1_19} asks who approved the contract.")
R("al18", F, "Those wankers at Carrow Wind have ripped up the bridleway again and left it like a ploughed field.",
  allowed=[PA], note="Obscenity at a company's staff. HN1 {h1_10} is the civil version.")
R("al19", F, "Joe Adeyemi is a prize dickhead. Gold-plated. Framed. On the wall.",
  rules=[PA], note="Obscenity at a person.")
R("al20", F, "Wrenford bus station toilets shut AGAIN. Nowhere to piss between Greystow and the moor. Where's the money to? Shit service.",
  allowed=[HS], note="Obscenity about a service; 'where's it to' is Devon; one capitalised word allows haste.")
R("al21", F, "Ollie Friend can kiss my arse. And so can his hedgehogs.",
  rules=[PA], note="Obscenity at a person.")
R("al22", F, "The damp report from Torrel Homes is a pile of fucking lies and whitewash.",
  allowed=[PA, DF], note="Obscenity at a report; 'lies' allows defamation and personal attack for the landlord. HN1 {h1_20} calls it a whitewash.")
R("al23", F, "Crap roads, crap buses, crap broadband. Welcome to Hallacombe, my lover.",
  note="Mild obscenity, repeated, at services. The mildest abusive row; some would not expect it.")
R("al24", F, "Gill Hext can stick her 'listening tour' up her arse. She hasn't listened to Lydcott in ten years.",
  rules=[PA], note="Obscenity at a person.")
R("al25", F, "The Stannary League are a shower of shits. Every last one of them.",
  allowed=[PA], note="Obscenity at a party: personal attack allowed.")
R("al26", F, "Fiona Lillicrap's planning department couldn't organise a piss-up in a brewery.",
  rules=[OF], allowed=[PA], note="Obscene idiom at a department named by its officer: officers expected, personal attack allowed.")
R("al27", F, "Bethan's amendment voted down by a row of gutless arseholes on the Alliance benches. Shame on every one of them.",
  allowed=[PA], note="Obscenity at unnamed members of a group: personal attack allowed.")
R("al28", F, "Pengelly's 'efficiency review' is bullshit and he knows it.",
  allowed=[PA, DF], note="Obscenity at what a member wrote; 'he knows it' hints at dishonesty, defamation allowed.")
R("al29", F, "FFS. Coxleigh tip closes at 3pm on a Saturday in summer and now there's a fly-tip every five yards up Pound Lane. What a fucking shambles.",
  note="Obscenity at the tip hours.")
R("al30", F, "Sam Heard, you gormless tosspot. Chair of scrutiny who can't scrutinise.",
  rules=[PA], note="Obscenity at a person.")
R("al31", F, "The consultation on shutting the Hallacombe day centre is a sham and a piss-take.",
  note="Obscenity at a consultation. HN1 {h1_08} calls the decision cruel.")
R("al32", F, "Well done to the housing team for the shitty letter telling a disabled tenant to 'manage condensation by opening windows'. In January. On the moor.",
  allowed=[PA, OF, IR], note="Obscenity at a letter; unnamed officers allow officers and personal attack; 'Well done' allows irony.")
R("al33", F, "@RosaKowalczykGT fuck off with your virtue signalling, nobody wants it.",
  rules=[PA], note="Obscenity at a person by handle.")
R("al34", F, "What a crock of shit the Local Plan review is. Sorry not sorry.",
  note="Obscenity at a plan. HN1 {h1_09} is the civil version.")

# ---------------------------------------------------------------- bullying and intimidation
F = BI
R("bi01", F, "Say that about my ward again, @JoeAdeyemiWR, and I'll knock your teeth down your throat.",
  allowed=[PA], note="[explicit] Threat of violence by handle.")
R("bi02", F, "If Kieran Mudge turns up at the Greystow regatta he'll be going in the Torrel head first, and I'll be the one doing the pushing.",
  allowed=[PA], note="[explicit] Threat to push a named member into the river.")
R("bi03", F, "Next time Nadia Rahimi interrupts me I'm going to grab that microphone and ram it down her neck.",
  allowed=[PA], note="[explicit] Threat of violence at a named member.")
R("bi04", F, "Craig Stentiford, I know where you live, I know what you drive, and I'll be round.",
  note="[explicit] 'I know where you live' with a promise to come round.")
R("bi05", F, "Any Moorclean driver who knocks my bin over again gets a slap. Tell them that at the depot.",
  allowed=[PA], note="[explicit] Threat of violence at a contractor's staff.")
R("bi06", F, "Dominic Westlake: recommend approval for Kilnfield Lane and you'll be needing a new job and a new face.",
  rules=[OF], allowed=[PD], note="[explicit] Threat at a named planning officer over a recommendation: officers expected, predetermination allowed.")
R("bi07", F, "Helen Yeo had better keep her head down at the Okeworthy show. I'll be waiting by the sheep pens and I won't be there for the sheep.",
  note="[explicit] Threat to confront a named member at a known event.")
R("bi08", F, "We'll burn the Alliance out of Coxleigh one front door at a time. Mark my words.",
  allowed=[PA], note="[explicit] Arson image at a party's members' homes; read as a threat, not campaigning. HN5 {h5_14} is 'fight this in every ward'.")
R("bi09", F, "Mick Doney, you'll be leaving the chamber on a stretcher if you call me a liar again.",
  allowed=[PA], note="[explicit] Threat of injury.")
R("bi10", F, "The Mayor wants dragging off that dais by her own chain. I'd happily do it myself.",
  allowed=[PA], note="[explicit] Threat of violence at the Mayor by role.")
R("bi11", F, "Say one more word about my family, Ollie, and I will break your legs. That is not a joke.",
  note="[explicit] Threat, with 'not a joke' closing off the banter reading.")
R("bi12", F, "You'll regret that vote, @BethanLethbridge. Maybe not this month. But you will regret it.",
  note="[veiled] 'You'll regret' at a named member. HN5 {h5_04} has 'regret nothing'.")
R("bi13", F, "Nice house Sam Heard's got out past Hallacombe church. Lovely big windows. Shame if anything happened to those windows.",
  allowed=[DP], note="[veiled] Threat to property at a member's home; the home's location allows data protection.")
R("bi14", F, "Funny, Janet Rowe's little girl gets off the school bus at quarter to four by Okeworthy post office. Just saying.",
  allowed=[DP], note="[veiled] Menace through a child's route and time; data protection allowed.")
R("bi15", F, "Dimpsy comes early on the moor road, Walter Cudlipp. Long walk home from the Drowned Miner on your own.",
  note="[veiled] Dusk ('dimpsy') and a lonely walk home: menace without a stated act. HN5 {h5_11} uses 'dimpsy' about weather.")
R("bi16", F, "Torrel's running very high this week. Be a shame if a certain chair of planning slipped on the quay steps.",
  allowed=[PA], note="[veiled] 'Be a shame if' at the chair by role.")
R("bi17", F, "People round here have long memories, @GraceTanInd. Long memories and short tempers. Think on.",
  note="[veiled] Veiled menace by handle.")
R("bi18", F, "Still driving that silver Golf, Marcus? Parked it outside the same house every Tuesday night, I notice. Keep it up.",
  allowed=[DP], note="[veiled] Surveillance of a member's movements; data protection allowed for the route and time.")
R("bi19", F, "Tamsin Hockaday thinks she's safe behind a keyboard. She isn't.",
  note="[veiled] 'She isn't' safe.")
R("bi20", F, "Lot of lonely lanes between Greystow and home, @PriyaChandranSL. You drive careful now.",
  note="[veiled] Mock concern that reads as menace.")
R("bi21", F, "I'd think very hard about that complaint to the Monitoring Officer, Rosa. Very hard. Things have a way of coming back round.",
  note="[veiled] Threat to a complainant.")
R("bi22", F, "Everybody pile into @SophiePalkWS's mentions tonight. Let her know what Wrenford South thinks of her. Don't let up till she deletes her account.",
  note="[pressure] Organised pile-on. HN2 {h2_19} condemns pile-ons.")
R("bi23", F, "To everyone who gave evidence to the standards panel against me: I've got the list, and your neighbours will be hearing exactly who you are.",
  allowed=[DP], note="[pressure] Threat to expose witnesses.")
R("bi24", F, "Got a lovely recording of Derek Blatchford forgetting the name of his own ward at committee. Dropping it at 6pm. Grab the popcorn 🍿",
  allowed=[EQ], note="[pressure] Public humiliation of a 78-year-old; equality allowed for the age undertone.")
R("bi25", F, "The officer who wrote the Hallacombe day centre report should know I've asked every one of my members to email her line manager, daily, until she retracts it.",
  rules=[OF], note="[pressure] Organised pressure on an officer identifiable by her report: officers expected.")
R("bi26", F, "Janet, withdraw that motion or I'll make sure Okeworthy doesn't see another penny of ward grant money while I'm on cabinet.",
  allowed=[IA], note="[pressure] Coercion with ward money; improper advantage allowed.")
R("bi27", F, "I sit on licensing. The landlord of the Drowned Miner might want to remember that before he puts up another poster for my opponent.",
  allowed=[IA], note="[pressure] Threat to misuse a licensing role; improper advantage allowed.")
R("bi28", F, "Let's all be outside Bethan Lethbridge's surgery on Saturday, and walk her back to her car after. Every week till she gets the message.",
  allowed=[EQ], note="[pressure] Organised following of a member; she is a wheelchair user (HN4 {h4_01}), equality allowed for the undertone.")
R("bi29", F, "Print this and stick it in every window on Fore Street: OLIVER FRIEND SOLD OUT GREYSTOW. Let him see it every time he walks to the shop.",
  allowed=[PA, HS], note="[pressure] Organised humiliation at a named member; capitals allow haste.")
R("bi30", F, "To the League member who reported me: you'll be spending a lot of time at standards hearings yourself from now on. I've got plenty of time and plenty of forms.",
  note="[pressure] Retaliation against a complainant.")
R("bi31", F, "Mick Doney was crying in the car park after group last night. Pathetic. Shall I post the photo? Reply YES 👇",
  allowed=[PA], note="[pressure] Humiliation poll about a named member.")
R("bi32", F, "Any Torrel Homes tenant who keeps writing to the Courier about damp will find their repairs slipping to the bottom of the list. I'll see to that.",
  allowed=[IA], note="[pressure] Threat to tenants who complain; improper advantage allowed.")
R("bi33", F, "Graham Kitto, drop the investigation into me or I'll make sure your contract isn't renewed. Cabinet owes me.",
  rules=[OF], allowed=[IA], note="[pressure] Threat to a named officer's job: officers expected.")
R("bi34", F, "Every time Nadia Rahimi stands up next meeting, we all laugh. Loudly. Every time. Pass it on.",
  note="[pressure] Organised humiliation in the chamber.")

# ---------------------------------------------------------------- equality and discrimination
F = EQ
R("eq01", F, "Joseph Adeyemi should go back to Africa and leave Wrenford to Wrenford people.",
  rules=[PA], note="[explicit; race] 'Go back to Africa' at a Black councillor born in Wrenford (HN4 {h4_15}). HN2 {h2_11} condemns a letter saying the same.")
R("eq02", F, "Too many Poles on the pannier market now. Can't hear a Devon voice on a Saturday. Send them home.",
  note="[explicit; race] National origin. HN3 {h3_07} busts the queue-jumping myth.")
R("eq03", F, "Lock your sheds, the pikeys are back at Blackdown Cross.",
  rules=[AL], note="[explicit; race] Slur for Travellers with the theft trope: abusive expected. HN2 {h2_03} condemns the word.")
R("eq04", F, "Rosa Kowalczyk will never be one of us. A Pole shouldn't be making decisions for Devon people, simple as.",
  rules=[PA], note="[explicit; race] National origin at a named member (born in Gdańsk, HN4 {h4_08}).")
R("eq05", F, "Nadia Rahimi takes her orders from the mosque, not her voters. Muslims shouldn't be setting the Christmas lights budget.",
  rules=[PA], note="[explicit; religion or belief] At a named Muslim member. HN3 {h3_16} busts the 'Christmas banned' story.")
R("eq06", F, "The Jews on the Greystow harbour trust are running it for themselves, same as they run everything.",
  note="[explicit; religion or belief] Antisemitic control trope with the group named. HN2 {h2_04} condemns the trope on Holocaust Memorial Day.")
R("eq07", F, "Bethan Lethbridge can't even get up the chamber steps in that wheelchair. Why are we paying cripples to sit on committees?",
  rules=[PA, AL], note="[explicit; disability] Slur and exclusion at a named wheelchair user: abusive expected. HN2 {h2_05} condemns the slur.")
R("eq08", F, "Craig Stentiford is autistic and it shows. People like that should not be chairing anything.",
  rules=[PA], note="[explicit; disability] At a named autistic member (HN4 {h4_10}).")
R("eq09", F, "Sam Heard's on antidepressants. Would you let a nutter like that vote on your council tax?",
  rules=[PA], allowed=[AL, DP], note="[explicit; disability] Depression named and mocked; 'nutter' allows abusive; health data allows data protection. HN4 {h4_11} is his own account.")
R("eq10", F, "Walter Cudlipp is 81. Old men like him belong in a home, not in the council chamber.",
  rules=[PA], note="[explicit; age] HN4 {h4_12} is his 81st birthday; HN6 {h6_08} respects his service and disagrees with his vote.")
R("eq11", F, "Come back when you've paid off a mortgage and need to shave every day, Kieran Mudge. Sit down, sonny, the grown-ups are talking.",
  rules=[PA], note="[coded; age] Dismisses a 23-year-old member for his youth without saying 'young'. HN2 {h2_09} rebuts 'too young'.")
R("eq12", F, "Women shouldn't be running planning departments. Too emotional for the big calls. Ask anyone who's sat through one of Fiona Lillicrap's briefings.",
  rules=[PA, OF], note="[explicit; sex] At women generally and a named officer: officers and personal attack expected.")
R("eq13", F, "Gill Hext only got Leader because the Alliance needed a woman for the photos. Typical female: all tears, no spine.",
  rules=[PA], note="[explicit; sex] At the Leader.")
R("eq14", F, "Kieran Mudge flouncing about with his rainbow lanyard. Keep your gay agenda out of Greystow Primary, thanks.",
  rules=[PA], note="[explicit; sexual orientation] At a gay member (HN4 {h4_03}).")
R("eq15", F, "Tamsin Hockaday is a bloke in a dress and always will be. He's got no business in the women's toilets at the Guildhall.",
  rules=[PA], note="[explicit; gender reassignment] Misgendering a trans member with exclusion. HN2 {h2_20} blocks this phrase on a page; HN3 {h3_05} explains single-sex changing.")
R("eq16", F, "Sophie Palk's pregnant again. We can't have a cabinet member swanning off on maternity every other year. She should resign.",
  rules=[PA], note="[explicit; pregnancy and maternity] HN4 {h4_09} is her own post; HN2 {h2_18} answers the same remark.")
R("eq17", F, "Helen Yeo keeps calling her civil partner her 'wife'. It isn't a real marriage and the council shouldn't pretend it is by putting it in the members' directory.",
  rules=[PA], note="[explicit; marriage and civil partnership] Some would tag sexual orientation. HN2 {h2_13} answers the same line.")
R("eq18", F, "No offence but I don't want a Chinese woman deciding how Coxleigh spends its money. Grace Tan should stick to the chip shop.",
  rules=[PA], note="[explicit; race] At a named member of Chinese heritage whose family runs a takeaway (HN4 {h4_07}).")
R("eq19", F, "The asylum seekers at the Moorview Hotel are filthy and dangerous. Keep them out of Wrenford.",
  note="[explicit; race] Dehumanising asylum seekers (national origin). HN2 {h2_17} quotes 'filthy' to condemn it; HN3 {h3_01} busts the cost myth.")
R("eq20", F, "Priya Chandran and her cow-worshipping nonsense. Hindus have no place on the Apple Fair committee.",
  rules=[PA], note="[explicit; religion or belief] At a named Hindu member. HN3 {h3_12} is a civil debate about a Diwali stall.")
R("eq21", F, "Mick Doney's a gypsy through and through. Light-fingered, like the rest of them. Count the Stannary Fund twice.",
  rules=[PA], allowed=[DF], note="[explicit; race] Romany Gypsy member (HN4 {h4_14}) with the theft trope; the hint at the fund allows defamation.")
R("eq22", F, "Why are we spending £300k on a day centre for retards when the roads are falling apart?",
  rules=[AL], note="[explicit; disability] Slur at day-centre users: abusive expected. HN2 {h2_12} condemns the word.")
R("eq23", F, "Funny how Oliver Friend always knows exactly where the money is. Runs in the family, I expect.",
  rules=[PA], allowed=[DF], note="[coded; religion or belief] Antisemitic money trope at a Jewish member (HN2 {h2_04}) with no group word; relies on knowing he is Jewish.")
R("eq24", F, "Nothing personal, Joe Adeyemi, but Wrenford North deserves a councillor who actually looks like the people of Wrenford North.",
  rules=[PA], note="[coded; race] 'Looks like' at a Black member; no group named.")
R("eq25", F, "Notice Nadia Rahimi never lays a wreath at Remembrance. Tells you where her loyalties lie.",
  rules=[PA], note="[coded; religion or belief] Disloyalty insinuation at a Muslim member; no faith named. Some would tag race.")
R("eq26", F, "When the fair folk roll in for the Stannary Fair I'd count the lead on the church roof. Ask Mick Doney, he'd know.",
  rules=[PA], allowed=[DF], note="[coded; race] 'Fair folk' (Travellers) and the theft trope at a Romany member; defamation allowed.")
R("eq27", F, "Someone get Bethan Lethbridge a ramp. She's been up on that high horse so long she's forgotten she can't get down on her own.",
  rules=[PA], note="[coded; disability] Mocks a wheelchair user without naming the chair.")
R("eq28", F, "Cabinet meets at 10am on a Tuesday because that's the only hour the Alliance's bus-pass brigade are awake. Pensioners' club, not a cabinet.",
  allowed=[PA], note="[coded; age] Age mockery at a party's members; no one named, personal attack allowed.")
R("eq29", F, "Gill Hext should spend less time in the chamber and more time in the kitchen where she's some use.",
  rules=[PA], note="[coded; sex] The 'kitchen' put-down with no group word.")
R("eq30", F, "Tamsin, or whatever he was calling himself before, should remember the voters of Hallacombe knew him first.",
  rules=[PA], note="[coded; gender reassignment] Deadnaming and misgendering insinuation.")
R("eq31", F, "Kieran Mudge and his 'friend' will be at the regatta again, holding hands in front of the kiddies. Lovely. Just lovely.",
  rules=[PA], allowed=[IR], note="[coded; sexual orientation] Scare quotes and 'in front of the kiddies'; the sarcastic 'Lovely' allows irony.")
R("eq32", F, "Lydcott was a quiet village for three hundred years. Then the Moorview coach started dropping off. Three break-ins since. Draw your own conclusions.",
  note="[coded; race] Blames asylum seekers for crime by insinuation. HN3 {h3_22} raises GP capacity without origin.")
R("eq33", F, "Funny how Sophie Palk's 'family commitments' started just as the budget got hard. Very convenient bump, that.",
  rules=[PA], note="[coded; pregnancy and maternity] Sneers at a pregnancy as an excuse.")
R("eq34", F, "Sam Heard 'off sick' again. Some of us don't get the luxury of being sad for a living.",
  rules=[PA], note="[coded; disability] Depression (HN4 {h4_11}) mocked as laziness without naming it.")

# ---------------------------------------------------------------- defamation
F = DF
R("df01", F, "Roger Pengelly is a liar. Swore blind there'd be no cuts to Okeworthy library, then cut Saturday hours in half.",
  rules=[PA], note="'Liar' at a named member: defamation and personal attack, review. HN6 {h6_02} states the same facts without the word.")
R("df02", F, "Gill Hext is a crook and a con artist and always has been.",
  rules=[PA], note="Name-calling of dishonesty: review.")
R("df03", F, "Marcus Veale has been fiddling the housing list for his mates for years. Everyone at Wheal Rose Close knows who got the new flats.",
  allowed=[PA], note="Misconduct alleged without a specific crime or proof claimed: review.")
R("df04", F, "A certain chair of planning seems to have had a lot of new slate on his barn roof since Pellow Estates came to town. Just an observation.",
  allowed=[PA, GH], note="Innuendo at a member identifiable by role: review, personal attack allowed, gifts allowed.")
R("df05", F, "The Alliance are a bunch of crooks. Every last one of them.",
  allowed=[PA], note="Dishonesty at a party: personal attack allowed only.")
R("df06", F, "Moorclean Services are fraudsters, billing us for rounds they never do.",
  allowed=[PA], note="'Fraudsters' at a company with a general claim: review.")
R("df07", F, "Janet Rowe lies through her teeth about the Okeworthy surgery. Every leaflet, every meeting. She lies.",
  rules=[PA], note="Repeated 'lies' at a named member: review.")
R("df08", F, "Ask yourself why the Guildhall roof job went to a Hallacombe firm nobody had heard of, run by a chap who drinks with a certain chair of planning every Friday.",
  allowed=[PA], note="Innuendo of favouritism: review.")
R("df09", F, "Mick Doney is a twister. Twisted the Stannary Fund figures and twisted the truth about them after.",
  rules=[PA], note="'Twister' (cheat) with a general claim about figures: review. HN6 {h6_07} corrects the same figures.")
R("df10", F, "Torrel Homes are liars. They told the Courier the mould at Wheal Rose Close was 'lifestyle'. It's a leaking roof and they know it.",
  allowed=[PA], note="'Liars' at a housing association: review, personal attack allowed.")
R("df11", F, "The Chief Executive misled full council about the lido costs, and she knew full well she was doing it.",
  rules=[OF], allowed=[PA], note="Deliberate deception alleged of an officer by role: officers expected, review.")
R("df12", F, "Nadia Rahimi's expenses would make an MP blush. Just saying. 👀",
  allowed=[PA, IR], note="Innuendo only: review.")
R("df13", F, "@GraceTanInd is a chancer and a fraud. Always has been.",
  rules=[PA], note="'Fraud' name-calling by handle: review.")
R("df14", F, "Pellow Estates are crooks who've bought half this council.",
  allowed=[PA], note="At a developer and the council in general: review.")
R("df15", F, "The Head of Planning cooks the books on every viability report that crosses her desk.",
  rules=[OF], allowed=[PA], note="Dishonesty alleged of an officer by role, with no specific case: review.")
R("df16", F, "Derek Blatchford couldn't lie straight in bed.",
  rules=[PA], note="Idiom for a liar: review.")
R("df17", F, "Everyone in Lydcott knows Walter Cudlipp's been overgrazing the common and lying to the commoners' council about his stock numbers.",
  allowed=[PA], note="Misconduct and lying alleged about grazing: review. 'Commoners' here is the grazing body, not the party.")
R("df18", F, "Ollie Friend, the man who swore blind he'd never vote for the incinerator. Then voted for it. Liar.",
  rules=[PA], note="'Liar' for a change of vote: review. HN6 {h6_22} sets out the same U-turn.")
R("df19", F, "Funny how Paul Squance's son's landscaping firm does all the Coxleigh verges now. Funny that.",
  allowed=[PA, DP], note="Innuendo of favouritism; the son allows data protection.")
R("df20", F, "Roger Pengelly took a £5,000 'consultancy fee' from Pellow Estates, paid into his wife's account the week before the Kilnfield Lane vote.",
  block=True, allowed=[PA, PD, DP], note="Bribery stated as fact with amount and timing: block.")
R("df21", F, "Neil Brimacombe moved £60,000 from the flood reserve into a consultancy run by his cousin. That's theft, plain and simple.",
  rules=[OF], block=True, allowed=[PA], note="Theft by the named s151 officer stated as fact: block.")
R("df22", F, "Ann Northey was three times over the limit driving home from the Apple Fair civic dinner and the police let her off because she's the Mayor.",
  block=True, allowed=[PA, HS], note="Drink-driving and a police cover-up stated as fact: block; haste allowed for the alcohol mention.")
R("df23", F, "The Alliance's canvassers have been collecting postal votes at the Hallacombe care home and filling them in themselves.",
  block=True, allowed=[PA], note="Electoral fraud by a party's canvassers stated as fact: block.")
R("df24", F, "The Torrel Homes chief executive has been charging tenants for repairs that were never done and pocketing the difference.",
  block=True, allowed=[PA], note="Fraud by an identifiable chief executive: block. HN1 {h1_05} reports the same landlord to the Ombudsman.")
R("df25", F, "Kieran Mudge took £1,200 from the Greystow regatta raffle takings. The committee know and they've hushed it up.",
  block=True, allowed=[PA], note="Theft stated as fact: block.")
R("df26", F, "Helen Yeo has a conviction for assault that she never declared when she stood for election.",
  block=True, allowed=[PA, DP], note="Undeclared conviction stated as fact; criminal record allows data protection.")
R("df27", F, "Dominic Westlake takes backhanders from agents to get applications through. Everyone in the trade knows the going rate.",
  rules=[OF], block=True, allowed=[PA], note="Bribery by a named officer: block.")
R("df28", F, "Sam Heard claims single person discount on his council tax while his partner lives with him. That's fraud.",
  block=True, allowed=[PA, DP], note="Council tax fraud stated as fact; the partner allows data protection.")
R("df29", F, "Marcus Veale's been selling council house keys: families jumped up the list for £500 a time.",
  block=True, allowed=[PA], note="Bribery stated as fact with a price: block. Compare {df03}, review.")
R("df30", F, "Moorclean's depot manager sells the scrap from Coxleigh tip for cash and keeps the lot.",
  block=True, allowed=[PA], note="Theft by an identifiable manager: block.")
R("df31", F, "Priya Chandran signed off an £8,000 Stannary Fund grant to her own pharmacy without it ever going to committee.",
  block=True, allowed=[PA, ID], note="Misuse of office stated as fact: block; interests allowed.")
R("df32", F, "Gill Hext had the minutes of the day centre meeting rewritten afterwards to hide that she voted for closure. That's falsifying public records.",
  block=True, allowed=[PA], note="Falsification stated as fact: block. HN6 {h6_14} sets out her pledge and the cabinet paper.")
R("df33", F, "Walter Cudlipp has claimed farm subsidy for moorland he doesn't graze for ten years. Defrauding the taxpayer.",
  block=True, allowed=[PA], note="Subsidy fraud stated as fact: block. Compare {df17}, review.")
R("df34", F, "Joe Adeyemi used his council credit card for his holiday in Spain. I've seen the statement.",
  block=True, allowed=[PA], note="Misuse of public money with claimed proof: block.")

# ---------------------------------------------------------------- hard negatives
F = HN
# HN1 harsh criticism of a policy, decision, party, company or the council
R("h1_01", F, "The parking app is a disaster. Three goes to pay, two error messages and a fine. Scrap it and bring back the machines.",
  note="HN1 Harsh on an app, no obscenity. Pairs {al01}.")
R("h1_02", F, "Moorclean's performance in Coxleigh is appalling: 3 missed collections in 5 weeks. The contract has penalty clauses. Use them.",
  note="HN1 At a contractor's performance. Pairs {al02}.")
R("h1_03", F, "This budget is a cowardly fudge. It ducks every hard choice and leaves the moor villages to pay for Wrenford's mistakes.",
  note="HN1 'Cowardly' at a budget. Pairs {al05}.")
R("h1_04", F, "The Alliance's record on housing is shameful. 412 families on the list, 19 homes built. That's the number they should be ashamed of.",
  allowed=[PA], note="HN1 At a party's record.")
R("h1_05", F, "Torrel Homes are failing their tenants at Wheal Rose Close. I've reported them to the Housing Ombudsman today and I'll share the reply.",
  note="HN1 A complaint to the regulator. Pairs {df24} and {df10}.")
R("h1_06", F, "Pellow Estates' Kilnfield Lane plans: I have serious concerns about flooding on the lower field, and I'll listen carefully to all the evidence at committee.",
  allowed=[PD], note="HN1 Predisposition, not predetermination. Pairs {al12}.")
R("h1_07", F, "The pannier market consultation was a sham: one drop-in, on a weekday, at 2pm, when every trader was behind a stall.",
  note="HN1 'Sham' about a process. Pairs {al07}, {al31}.")
R("h1_08", F, "Closing the Hallacombe day centre is a cruel decision and cabinet should be ashamed of it.",
  note="HN1 Strong words at a decision and cabinet as a body.")
R("h1_09", F, "The Local Plan review is a mess. Chapter 4 contradicts chapter 2, and the housing figures date from 2019.",
  note="HN1 Pairs {al34}.")
R("h1_10", F, "Carrow Wind ripped up the bridleway and left it. Disgraceful. I've asked the rights of way team to enforce the reinstatement condition.",
  note="HN1 Pairs {al18}.")
R("h1_11", F, "The lido rescue plan is half-baked. No revenue figures, no business case, no chance.",
  note="HN1 At a plan.")
R("h1_12", F, "Parking charges up 40% in Wrenford. Daylight robbery, and every trader on Market Street knows it.",
  allowed=[DF], note="HN1 'Daylight robbery' idiom at a price rise; defamation allowed.")
R("h1_13", F, "The Moor Courier's front page today is lazy, one-sided journalism. They didn't even ask us for a comment.",
  allowed=[PA], note="HN1 At a newspaper's journalism. Pairs {al08}.")
R("h1_14", F, "The Stannary League's manifesto costings are fantasy. £3m of promises, £0 of funding, and a bypass nobody has designed.",
  note="HN1 At a party's costings.")
R("h1_15", F, "Cabinet's decision to shut Okeworthy library on Saturdays is gutless and wrong, and I'll be moving a motion to reverse it.",
  note="HN1 'Gutless' at a decision. Pairs {pa01}.")
R("h1_16", F, "The new one-way system at Greystow Quay is a dog's breakfast. Lorries are mounting the pavement by the old lime kilns.",
  note="HN1 Pairs {al10}.")
R("h1_17", F, "Wrenmoor District Council's complaints process is a joke. Fourteen weeks for a reply about one pothole.",
  note="HN1 At the council's process.")
R("h1_18", F, "The Alliance cabinet are clueless on rural buses. The 98 now runs twice a day. Twice. Try getting to a hospital appointment on that.",
  allowed=[PA], note="HN1 'Clueless' at the cabinet as a body on a policy. Pairs {pa02}.")
R("h1_19", F, "Whoever approved the Lydcott cattle grid contract without a penalty clause needs to answer for it at scrutiny.",
  allowed=[OF], note="HN1 Accountability, no insult. Pairs {al17}.")
R("h1_20", F, "Torrel Homes' damp report is a whitewash. Tenants deserve an independent survey, and I've asked for one.",
  allowed=[DF], note="HN1 'Whitewash' at a report. Pairs {al22}.")
R("h1_21", F, "Dreadful decision to cut the moorland rangers. Penny wise, pound foolish, and the fires this summer will prove it.",
  note="HN1 At a decision.")
R("h1_22", F, "The Radicals' amendment was grandstanding nonsense dressed up as policy. Not a single costed line.",
  allowed=[PA], note="HN1 At an amendment and a party.")
# HN2 counter-speech and quoting abuse to condemn it
R("h2_01", F, "Happy Lunar New Year from our family takeaway on Coxleigh Cross 🧧 And to whoever shouted 'go back to China' at my dad on Saturday: he's been frying chips in Coxleigh since 1988. He's going nowhere.",
  allowed=[EQ], author="Grace Tan", date="2026-02-17", note="HN2 Quotes racist abuse to answer it. Pairs {eq18}.")
R("h2_02", F, "Someone scrawled 'Poles out' on the bus shelter on Fore Street. Reported, and the council's cleaning it off today. Wrenford is my home and theirs.",
  allowed=[EQ], author="Rosa Kowalczyk", note="HN2 Pairs {eq02}.")
R("h2_03", F, "'Pikeys' is a racial slur. It doesn't matter if your granddad said it. Please stop using it in the Lydcott community group.",
  allowed=[EQ, AL], note="HN2 Names a slur to condemn it. Pairs {eq03}.")
R("h2_04", F, "Holocaust Memorial Day. My great-grandmother left Vienna in 1938 with one suitcase. The lie that Jews 'control the money' was told then. It's still told now, including on our own town pages. Name it. Reject it.",
  allowed=[EQ], author="Oliver Friend", date="2026-01-27", note="HN2 Names an antisemitic trope to reject it. Pairs {eq06} and {eq23}.")
R("h2_05", F, "Someone commented 'cripple' under Cllr Lethbridge's post yesterday. It's been removed and reported. Disability hate is hate.",
  allowed=[EQ, AL], note="HN2 Pairs {eq07}.")
R("h2_06", F, "To the person who emailed me calling our Muslim neighbours 'invaders': no. The Islamic Centre on Fore Street raised £3,000 for the flood appeal last winter. You don't speak for this town.",
  allowed=[EQ], note="HN2 Quotes anti-Muslim abuse to answer it.")
R("h2_07", F, "Called a 'stupid bitch' three times this week for backing the cycle lane. Women in politics, this is what it's like. I'm not going anywhere.",
  allowed=[AL, EQ], author="Lily Tuckett", note="HN2 Quotes abuse received. Pairs {al15}.")
R("h2_08", F, "Shouting 'you'll regret this' at a planning officer outside the Guildhall isn't protest, it's intimidation. Officers do their job. Argue with the policy.",
  allowed=[BI, OF], note="HN2 Quotes a threat to condemn it.")
R("h2_09", F, "No, Kieran Mudge is not 'too young to be on council'. He's 23 and he reads more of the papers than most of us.",
  allowed=[EQ], note="HN2 Rebuts ageism. Pairs {eq11}.")
R("h2_10", F, "The comment 'trannies out of the ladies' loos' on my page has been deleted and the account blocked. Trans people in Wrenmoor deserve better.",
  allowed=[EQ, AL], note="HN2 Quotes a transphobic slur to remove it. Pairs {eq15}.")
R("h2_11", F, "Anonymous letter this morning calling Cllr Adeyemi a 'foreigner' and telling him to 'go home'. His home is Wrenford North, where he was born. It's gone to the police.",
  allowed=[EQ, BI], note="HN2 Pairs {eq01}.")
R("h2_12", F, "'Retards' is not an acceptable word for the people who use the Hallacombe day centre, and I won't have it on my page. Those are our neighbours.",
  allowed=[EQ, AL], note="HN2 Pairs {eq22}.")
R("h2_13", F, "Someone told me today my civil partnership 'isn't a real marriage'. Eighteen years, a mortgage and two spaniels say otherwise. 🐶🐶",
  allowed=[EQ], author="Helen Yeo", note="HN2 Pairs {eq17}.")
R("h2_14", F, "Nobody, on any side, should be posting 'I know where you live' at another councillor. I've seen it twice this month. Stop.",
  allowed=[BI], note="HN2 Quotes a threat phrase to condemn it. Pairs {bi04}.")
R("h2_15", F, "A man at my surgery said the Travellers at Blackdown Cross should 'be burnt out'. I told him to leave and I reported it. That's incitement, not an opinion.",
  allowed=[EQ, BI], note="HN2 Reports incitement.")
R("h2_16", F, "Let's be clear: calling a colleague 'senile' because she asked for the papers in large print is ageist and disablist. Apologise.",
  allowed=[EQ, PA], note="HN2 Pairs {al16}.")
R("h2_17", F, "'Filthy', said a comment under the Moorview Hotel story. They're people, many of them fleeing war. Criticise the Home Office contract if you like; don't dehumanise the men living there.",
  allowed=[EQ], note="HN2 Pairs {eq19}.")
R("h2_18", F, "To the man who told me at the Apple Fair that pregnant women 'shouldn't be on cabinet': I'll be back after maternity leave, and my deputy will cover the leisure portfolio brilliantly.",
  allowed=[EQ], author="Sophie Palk", note="HN2 Pairs {eq16}.")
R("h2_19", F, "Piling into a councillor's mentions until they delete their account is bullying, whatever their party. I've asked my own group not to do it.",
  allowed=[BI], note="HN2 Pairs {bi22}.")
R("h2_20", F, "Anyone calling Cllr Hockaday 'a bloke in a dress' on my page will be blocked. She is a councillor and a woman.",
  allowed=[EQ, PA], note="HN2 Pairs {eq15}.")
R("h2_21", F, "A leaflet's going round Okeworthy saying 'no more Polish shops'. It's from no party I know of and it's disgraceful. The Polski sklep on Market Street is a lifeline for half the street.",
  allowed=[EQ], note="HN2 Quotes an anti-Polish leaflet to condemn it.")
R("h2_22", F, "The protest banner outside the Moorview Hotel said 'Rapists not welcome'. Those men have been accused of nothing. Banners like that get people hurt.",
  allowed=[EQ, DF], note="HN2 Quotes a smear to condemn it.")
# HN3 denied prejudice, myth-busting, civil debate on protected topics
R("h3_01", F, "Myth: the Moorview Hotel costs Wrenmoor council tax payers money. Fact: it's a Home Office contract and the district pays nothing. Ask me anything.",
  allowed=[EQ], note="HN3 Myth-busting about asylum accommodation.")
R("h3_02", F, "I'm not against the Blackdown Cross transit site. I'm asking for proper toilets and water there, for the families using it as much as for the neighbours.",
  allowed=[EQ], note="HN3 Civil position on a Traveller site.")
R("h3_03", F, "Yes, the Islamic Centre has applied for a noticeboard on Fore Street. No, it doesn't include a loudspeaker. Read the application before you share the rumour.",
  allowed=[EQ, PD], note="HN3 Myth-busting on a pending application.")
R("h3_04", F, "Genuine question for the disability forum: would a hearing loop in the Guildhall gallery help more than live captions? Budget's tight and I'd rather ask than guess. Ideas to access@example.org",
  note="HN3 Civil question on disability access.")
R("h3_05", F, "On single-sex changing at Wrenford lido: we've taken advice, we're following the EHRC code, and every user will have a private cubicle. Happy to explain more.",
  allowed=[EQ], note="HN3 Civil on a sex and gender topic. Pairs {eq15}.")
R("h3_06", F, "Older people aren't a burden on the budget. Over-65s in Lydcott run the community shop, the community bus and half the parish council.",
  allowed=[EQ], note="HN3 Rebuts an ageist idea. Pairs {eq28}.")
R("h3_07", F, "Myth-busting: Polish families in Wrenford pay the same council tax and get the same housing points as everyone else. There's no 'queue jumping'.",
  allowed=[EQ], note="HN3 Pairs {eq02}.")
R("h3_08", F, "Some residents asked whether the rainbow bench by Greystow Quay 'pushes an agenda'. It's a bench. It marks LGBT+ History Month, and you can sit on it whoever you are.",
  allowed=[EQ], date="2026-02-10", note="HN3 Pairs {eq14} ('gay agenda').")
R("h3_09", F, "I didn't agree with flying the Pride flag from the Guildhall for a month rather than a week, and I voted for a week. That's about flag protocol, not about anyone's sexuality.",
  allowed=[EQ], note="HN3 Denied prejudice with a stated reason; a careful tool may look twice.")
R("h3_10", F, "Young people aren't apathetic. Wrenford youth council got 600 votes out of 900 eligible. Some of us would kill for that turnout.",
  allowed=[EQ, BI], note="HN3 'Would kill for' idiom; rebuts a stereotype of the young.")
R("h3_11", F, "Pregnant and worried about keeping your job with the council? You can't be dismissed for pregnancy. HR has a confidential line, and so does the union.",
  allowed=[EQ], note="HN3 Information about pregnancy rights.")
R("h3_12", F, "Debate on Thursday about whether the Apple Fair should have a Diwali sweets stall next to the harvest supper. I'll argue yes, Cllr Squance no. Come along, it'll be civil, I promise.",
  allowed=[EQ], note="HN3 Civil debate on a religious topic. Pairs {eq20}.")
R("h3_13", F, "Having depression doesn't stop you being a good councillor. Saying it does is the discrimination. Time to Talk Day today, so: talk.",
  allowed=[EQ], date="2026-02-05", note="HN3 Pairs {eq34}.")
R("h3_14", F, "Gypsies and Travellers have come to the Stannary Fair for two hundred years. The horse fair is part of Wrenford's history, not a threat to it.",
  allowed=[EQ], note="HN3 Pairs {eq26}.")
R("h3_15", F, "I'm not homophobic for asking what the Pride grant was spent on. And the answer (a well-used youth night, properly audited) was a good one. Happy to be corrected.",
  allowed=[EQ], note="HN3 Denied prejudice that holds up.")
R("h3_16", F, "The 'Christmas was banned' story that went round in December was false. The lights went up, the tree went up, and volunteers from the Islamic Centre helped string them.",
  allowed=[EQ], note="HN3 Pairs {eq05}.")
R("h3_17", F, "Accessible toilets are not a 'luxury'. For a wheelchair user, no toilet means no trip into Wrenford at all.",
  allowed=[EQ], note="HN3 Rebuts a disablist idea.")
R("h3_18", F, "A resident asked if Chinese takeaways 'should be inspected more'. No. Every food business is inspected on the same risk rating and the scores are public.",
  allowed=[EQ], note="HN3 Quotes a prejudiced question to answer it civilly.")
R("h3_19", F, "Wrenford Rovers girls' section now has more juniors than the boys. Anyone who says girls 'don't want to play' hasn't been up the rec on a Saturday morning.",
  allowed=[EQ], note="HN3 Rebuts a sex stereotype.")
R("h3_20", F, "No, equal marriage didn't 'abolish' anything. Civil partnerships still exist, and mixed-sex couples have been able to have one since 2019.",
  allowed=[EQ], note="HN3 Myth-busting on marriage and civil partnership.")
R("h3_21", F, "I get asked whether employing autistic staff is 'a risk' for the council. The risk is losing good people because we didn't make small adjustments.",
  allowed=[EQ], note="HN3 Pairs {eq08}.")
R("h3_22", F, "Honest debate on the asylum dispersal plan is fine. I have questions about GP capacity in Lydcott. None of them is about where anybody was born.",
  allowed=[EQ], note="HN3 Pairs {eq32}.")
# HN4 neutral or positive mentions, self-description, reclaimed terms
R("h4_01", F, "Wheelchair user, councillor, and as of today proud owner of a moor-proof all-terrain chair. See you up Carrow Tor 🦽",
  author="Bethan Lethbridge", note="HN4 Self-description. Pairs {eq07}, {eq27}.")
R("h4_02", F, "Ten years since I came out as a trans woman. Hallacombe has been kinder to me than I ever dared hope. Thank you.",
  author="Tamsin Hockaday", allowed=[EQ], note="HN4 Self-description.")
R("h4_03", F, "Gay, 23, Greystow born and bred, and your councillor. Happy LGBT+ History Month 🏳️‍🌈",
  author="Kieran Mudge", date="2026-02-02", allowed=[EQ], note="HN4 Self-description.")
R("h4_04", F, "Queer kids of Greystow: youth night at the Methodist hall is on Thursday. Come as you are.",
  author="Kieran Mudge", allowed=[EQ, AL], note="HN4 Reclaimed 'queer' by a gay member.")
R("h4_05", F, "Ramadan Mubarak to everyone in Wrenford fasting from today. Iftar at the Islamic Centre on Friday is open to all, so bring a neighbour.",
  author="Nadia Rahimi", date="2026-02-18", note="HN4 Positive mention of a faith.")
R("h4_06", F, "Eid Mubarak! Thank you to Wrenford Rovers for lending us the clubhouse for the Eid breakfast.",
  author="Nadia Rahimi", date="2026-03-20", note="HN4 Positive mention of a faith.")
R("h4_07", F, "Our family's run the takeaway on Coxleigh Cross since 1988. Tonight Dad's doing salt and pepper chips for the Rovers fundraiser. Queue from six.",
  author="Grace Tan", note="HN4 Self-description. Pairs {eq18}.")
R("h4_08", F, "Born in Gdańsk, raised in Wrenford, councillor for Wrenford North. The Polish Saturday school open day is this week — come and try the pączki.",
  author="Rosa Kowalczyk", note="HN4 Self-description. Pairs {eq04}.")
R("h4_09", F, "Twenty-eight weeks pregnant and still doing the Wrenford South surgeries. Bring biscuits. 🤰",
  author="Sophie Palk", note="HN4 Self-description. Pairs {eq16}, {eq33}.")
R("h4_10", F, "I'm autistic. If I don't look at you in committee, I'm still listening. Happy to talk about adjustments any time.",
  author="Craig Stentiford", allowed=[EQ], note="HN4 Self-description. Pairs {eq08}.")
R("h4_11", F, "Two years ago I was signed off with depression. Today I chaired my first scrutiny meeting. If you're struggling, talk to someone.",
  author="Sam Heard", note="HN4 Self-description. Pairs {eq09}, {eq34}.")
R("h4_12", F, "81 today. Still up at five for the ponies. Cake at the Lydcott shop from ten, my lovers.",
  author="Walter Cudlipp", note="HN4 Self-description. Pairs {eq10}.")
R("h4_13", F, "New hearing aids from Wrenford audiology. Be warned, colleagues: I can hear the muttering at the back now. 😄",
  author="Derek Blatchford", allowed=[PA], note="HN4 Self-description with a tease.")
R("h4_14", F, "First Romany Gypsy on Wrenmoor council, and proud of it. My grandad sold horses at the Stannary Fair for fifty years.",
  author="Michael Doney", allowed=[EQ], note="HN4 Self-description. Pairs {eq21}, {eq26}.")
R("h4_15", F, "My mum came from Lagos in 1979 to nurse at Wrenford cottage hospital. She retires this week after 46 years. Proud son.",
  author="Joseph Adeyemi", note="HN4 Self-description. Pairs {eq01}, {eq24}.")
R("h4_16", F, "Happy Holi! Colours on Greystow rec this Saturday from 11. Wear old clothes, you will go home pink.",
  author="Priya Chandran", date="2026-03-04", note="HN4 Positive mention of a festival.")
R("h4_17", F, "Eighteen years with my civil partner Jo today. Still the best decision I ever made.",
  author="Helen Yeo", date="2026-03-12", note="HN4 Self-description. Pairs {eq17}.")
R("h4_18", F, "Lit a candle at Greystow chapel for Holocaust Memorial Day with the Year 6s from Greystow Primary. Their questions were better than any speech.",
  author="Oliver Friend", date="2026-01-27", note="HN4 Positive mention.")
R("h4_19", F, "Welcome to the Syrian family who've moved into Hallacombe this month. The school says the two girls are already running the playground.",
  allowed=[EQ], note="HN4 Positive mention of a refugee family.")
R("h4_20", F, "International Women's Day yesterday: 9 of our 24 councillors are women. Not enough. Stand in 2027, we'll help.",
  date="2026-03-09", allowed=[EQ], note="HN4 Neutral mention of sex.")
R("h4_21", F, "Grockles back on the moor road already and it's only March. Drive slow, watch for the ponies, and buy a pasty in Lydcott.",
  allowed=[EQ], note="HN4 'Grockles' (tourists) is a fond local nickname; tourists are not a protected group.")
R("h4_22", F, "Up-country folk always ask why we call strangers 'my lover'. It's just Devon for hello. Cream first, mind.",
  allowed=[EQ], note="HN4 In-group idiom; 'up-country' is not a protected characteristic.")
# HN5 figurative violence, banter, self-deprecation, idioms
R("h5_01", F, "Rovers slaughtered Okeworthy Athletic 5-0 last night. Sorry, Janet 😂",
  allowed=[BI, PA], note="HN5 Sporting 'slaughtered' with teasing.")
R("h5_02", F, "Scrutiny took me apart this morning over the bin contract. Fair enough, I deserved it.",
  allowed=[BI], note="HN5 Self-deprecation.")
R("h5_03", F, "I'm a mazed old fool for signing up to the Lydcott fun run at my age. Pray for my knees.",
  allowed=[EQ, PA], note="HN5 Self-deprecation; 'mazed' is Devon for daft.")
R("h5_04", F, "Killed it at the Greystow quiz: came last, won the wooden spoon, regret nothing.",
  allowed=[BI], note="HN5 'Killed it', 'regret nothing'. Pairs {bi12}.")
R("h5_05", F, "Trevor Coaker and I will settle the cream-first question by duel: scones at ten paces, Guildhall Square, Friday noon. Seconds welcome.",
  allowed=[BI], note="HN5 Mock duel.")
R("h5_06", F, "If one more person asks me whether the bins are going fortnightly I will scream into a pasty.",
  note="HN5 Exasperation at nobody.")
R("h5_07", F, "A jasper at the Okeworthy picnic went for me like it had a personal grudge. Three stings. Still voted.",
  note="HN5 A real wasp. Pairs {pa22}.")
R("h5_08", F, "Teasy as an adder this morning, so sorry to the officers who got me before my coffee.",
  allowed=[PA], note="HN5 Self-deprecation; 'teasy' is Devon for irritable.")
R("h5_09", F, "Ollie Friend, you beautiful lunatic, you actually walked the Carrow Tor charity hike dressed as a dinosaur. 🦖",
  allowed=[PA, EQ], note="HN5 Affectionate banter.")
R("h5_10", F, "The Radicals are going to crush us at the by-election, apparently. We'll see. Knocking doors from 9.",
  allowed=[BI], note="HN5 Figurative 'crush'.")
R("h5_11", F, "Soaked through canvassing. Mizzle in the morning, proper drenching by dimpsy. Looked like a drowned rat in the Drowned Miner.",
  note="HN5 Weather and self-deprecation; shares 'dimpsy' and the pub with {bi15}.")
R("h5_12", F, "Bethan beat me at the Greystow pool tournament again. I'll have my revenge next year, Lethbridge. 🎱",
  allowed=[BI], note="HN5 Sporting 'revenge'.")
R("h5_13", F, "My knees are older than the Guildhall. Twenty minutes to get up Carrow Tor. Dinosaur 🦕",
  allowed=[EQ], note="HN5 Self-deprecation about age.")
R("h5_14", F, "Budget night. We will fight this in every ward, on every doorstep, until the libraries are safe.",
  allowed=[BI], note="HN5 Campaign 'fight'. Pairs {bi08}.")
R("h5_15", F, "The wife says I'm unbearable during budget week. She's not wrong.",
  allowed=[EQ], note="HN5 Self-deprecation.")
R("h5_16", F, "Proper job! Pothole on Pound Lane filled in four days. Somebody get the highways crew a pasty each.",
  allowed=[IR], note="HN5 Sincere praise. Pairs {pa08}.")
R("h5_17", F, "Pixie-led again: drove to the wrong village hall for the Hallacombe parish meeting. Sorry, all.",
  note="HN5 Self-deprecation. Pairs {pa02}.")
R("h5_18", F, "Knocked the Alliance table for six at the Apple Fair quiz too. Sorry not sorry, Roger.",
  allowed=[PA], note="HN5 Banter.")
R("h5_19", F, "Reffed the under-9s this morning. Got shouted at more than at full council. 'Kill the ref!' I survived.",
  allowed=[BI], note="HN5 Quoted touchline cliché.")
R("h5_20", F, "The Mayor's chain weighs a ton. Ann says it's why she never loses an argument: one swing and you're done. 😂",
  allowed=[BI, PA], note="HN5 Joke about the chain. Pairs {pa06}, {bi10}.")
R("h5_21", F, "Wisht old day up on the moor. Sleet sideways, ponies sulking, me sulking. Home for a pasty.",
  note="HN5 'Wisht' (dreary) idiom.")
R("h5_22", F, "I'll be honest, my speech at council was rubbish. Waffle, no numbers, lost my place twice. Must do better.",
  allowed=[PA], note="HN5 Self-criticism.")
# HN6 criticism of a named councillor's record that stays on the record
R("h6_01", F, "Cllr Veale promised 50 council homes at Wheal Rose Close by 2025. We have 12. I'd like him to explain the gap at scrutiny.",
  allowed=[PA], note="HN6 Pairs {pa01}, {pa33}.")
R("h6_02", F, "Roger Pengelly said there'd be no cuts to Okeworthy library. Saturday opening has gone from 8 hours to 4. That claim needs revisiting.",
  allowed=[DF], note="HN6 Pairs {df01}.")
R("h6_03", F, "Trevor Coaker has chaired planning for six years. In that time 3 of 11 major refusals were overturned on appeal, at a cost of £220k. That's a record he has to defend.",
  allowed=[PA], note="HN6 Pairs {pa02}.")
R("h6_04", F, "Gill Hext voted for the rural bus motion in 2024 and for the cut in 2025. Lydcott deserves to know why.",
  allowed=[PA], note="HN6 Pairs {pa29}.")
R("h6_05", F, "Janet Rowe's motion on the surgery is well meant but uncosted. I'll vote against it unless the figures turn up.",
  note="HN6 Pairs {pa13}.")
R("h6_06", F, "Nadia Rahimi's group proposed £1.2m in new spending and £300k in savings. The sums don't add up, and I'll say so in the chamber.",
  allowed=[PA], note="HN6 Pairs {pa04}.")
R("h6_07", F, "Cllr Doney told the Courier the Stannary Fund was 'fully spent'. The outturn report says £84k is unallocated. Let's get the record straight.",
  allowed=[DF], note="HN6 Correction without calling it a lie. Pairs {df09}.")
R("h6_08", F, "Walter Cudlipp has served Lydcott for 28 years and I respect that. I still think his opposition to the affordable homes scheme is wrong.",
  allowed=[EQ], note="HN6 Tenure and a vote, not age. Pairs {eq10}.")
R("h6_09", F, "The Mayor's civic dinner cost £6,400. I asked for the breakdown and Ann Northey provided it promptly. Still too much, in my view.",
  allowed=[PA], note="HN6 On the record.")
R("h6_10", F, "Marcus Veale has missed 7 of 10 housing board meetings this year. Attendance is public; it's on the council website.",
  allowed=[PA], note="HN6 Attendance record.")
R("h6_11", F, "Sam Heard's scrutiny report on the lido is thorough and I agree with most of it. Recommendation 4 is wrong though, and here's why 👇",
  note="HN6 Disagreement with a report. Pairs {pa14}.")
R("h6_12", F, "Priya Chandran says the Greystow parking scheme was 'consulted on'. It was, for ten days in August. That isn't good enough.",
  allowed=[DF], note="HN6 On the record.")
R("h6_13", F, "Joe Adeyemi voted for the pannier market fees rise and is now campaigning against it. He's entitled to change his mind; he should say that he has.",
  allowed=[DF, PA], note="HN6 Inconsistency, not dishonesty.")
R("h6_14", F, "In May 2023 the Alliance leaflet with Gill Hext's photo on it promised to keep Hallacombe day centre open. Cabinet paper 14 proposes closing it. I want her to explain what changed.",
  allowed=[DF], note="HN6 Pledge against paper. Pairs {df32}.")
R("h6_15", F, "Kieran Mudge's amendment would have cost the moor parishes £90k. I'm glad it fell.",
  note="HN6 On the record.")
R("h6_16", F, "Helen Yeo chaired the lido task group and its figures were out by £400k. The error was in the consultant's model, but she should have spotted it.",
  allowed=[PA], note="HN6 Criticism of a chair's oversight.")
R("h6_17", F, "Rosa Kowalczyk's been a councillor for 8 years and never once voted for a budget. Fine. But say what you'd cut instead.",
  allowed=[PA], note="HN6 Voting record.")
R("h6_18", F, "Trevor Coaker declared his Pellow Estates hospitality (lunch, £45) properly. I still think the chair of planning shouldn't accept it.",
  allowed=[GH, DF], note="HN6 Declared hospitality. Pairs {df04}.")
R("h6_19", F, "Tamsin Hockaday said the solar scheme at Coxleigh would 'pay for itself in five years'. The business case says eleven.",
  allowed=[DF], note="HN6 A claim against the papers.")
R("h6_20", F, "Derek Blatchford hasn't asked a single question at full council this term. The webcasts are there for anyone to check.",
  allowed=[PA], note="HN6 Participation record. Pairs {pa19}.")
R("h6_21", F, "Paul Squance voted to close the Coxleigh toilets and then complained in the Courier about the lack of toilets. The minutes are clear.",
  allowed=[PA, DF], note="HN6 Pairs {pa25}.")
R("h6_22", F, "Oliver Friend's incinerator U-turn: against it in his 2022 leaflet, for it in the 2025 vote. I think he was wrong to change, but he did explain why at the time.",
  allowed=[DF], note="HN6 Pairs {df18}.")

# ---------------------------------------------------------------- variants
VARIANTS = [
    ("pa01", "asterisk", "gutless"), ("pa02", "digit", "clueless"), ("pa20", "zero_width", "insufferable"),
    ("pa24", "spaced", "twerp"), ("pa11", "homoglyph", "puppet"), ("pa14", "caps", None),
    ("al04", "asterisk", "arsehole"), ("al09", "digit", "shit"), ("al18", "zero_width", "wankers"),
    ("al33", "spaced", "fuck"), ("al06", "homoglyph", "tossers"), ("al29", "caps", None),
    ("bi01", "asterisk", "teeth"), ("bi09", "digit", "stretcher"), ("bi13", "zero_width", "windows"),
    ("bi11", "spaced", "legs"), ("bi12", "homoglyph", "regret"), ("bi22", "caps", None),
    ("eq03", "asterisk", "pikeys"), ("eq22", "digit", "retards"), ("eq07", "zero_width", "cripples"),
    ("eq01", "spaced", "Africa"), ("eq02", "homoglyph", "Poles"), ("eq15", "caps", None),
    ("df13", "asterisk", "fraud"), ("df07", "digit", "lies"), ("df16", "zero_width", "lie"),
    ("df10", "spaced", "liars"), ("df24", "homoglyph", "pocketing"), ("df21", "caps", None),
]
DIGITS = {"e": "3", "i": "1", "o": "0", "a": "4", "s": "5"}


def obf_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i in range(1, len(w)):
            if w[i].lower() in DIGITS:
                return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        if "o" in w:
            return w.replace("o", "\u043e", 1)
        if "e" in w:
            return w.replace("e", "\u0435", 1)
    raise ValueError((w, kind))


def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.I)
    if not pat.search(text):
        raise ValueError("word %r not in text" % word)
    return pat.sub(lambda m: obf_word(m.group(0), kind), text)


# ---------------------------------------------------------------- roster and authors
SHORT = {
    "Gillian Hext": ["Gill"], "Trevor Coaker": ["Trev"], "Joseph Adeyemi": ["Joe"],
    "Oliver Friend": ["Ollie"], "Michael Doney": ["Mick"], "Walter Cudlipp": ["Wally"],
}
ROLES = [
    (r"\bthe Leader\b(?! of the Opp)|\bLeader of the Council\b", "Gillian Hext"),
    (r"\bMayor\b", "Ann Northey"),
    (r"\bchair of planning\b", "Trevor Coaker"),
    (r"\bDeputy Leader\b|\bCabinet Member for Finance\b|\bfinance portfolio\b", "Roger Pengelly"),
    (r"\bCabinet Member for Housing\b|\bhousing portfolio\b", "Marcus Veale"),
    (r"\bCabinet Member for Leisure\b|\bleisure portfolio\b", "Sophie Palk"),
    (r"\bLeader of the Opposition\b|\bopposition leader\b", "Nadia Rahimi"),
    (r"\bchair of scrutiny\b|\bchairing scrutiny\b", "Sam Heard"),
    (r"\bGreen leader\b|\bLeader of the Green", "Tamsin Hockaday"),
    (r"\bCommoners' leader\b", "Walter Cudlipp"),
    (r"\bLeague's leader\b|\bLeader of the League\b", "Michael Doney"),
]
PARTY_WORDS = {
    "Moorland Alliance": r"\bAlliance\b",
    "Wrenford Radicals": r"\bRadicals?\b",
    "Green Torrel": r"\bGreen Torrel\b|\bGreens\b|\bGreen group\b|\bGreen leader\b",
    "Commoners' Independents": r"\bCommoners'? (?:Independents|group|leader)\b",
    "Stannary League": r"\bStannary League\b|\bLeague\b",
    "Independent": r"\bIndependent\b",
}


def load_roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    party = {}
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
            if m:
                party[m.group(1)] = m.group(2)
    handles = {h: n for h, n in cfg["people"]["handles"].items()
               if n in cfg["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return cfg["people"]["councillors"], party, by_name


def named_people(text, councillors, by_name):
    """Councillors a text names (full, first, surname, short name, handle, role)."""
    out = set()
    low = text.lower()
    for n in councillors:
        first, last = n.split()[0], n.split()[-1]
        words = [n, first, last] + SHORT.get(n, [])
        if any(re.search(r"\b" + re.escape(w.lower()) + r"\b", low) for w in words):
            out.add(n)
        if by_name[n].lower() in low:
            out.add(n)
    for pat, n in ROLES:
        if re.search(pat, text, re.I):
            out.add(n)
    return out


def named_parties(text):
    return {p for p, pat in PARTY_WORDS.items() if re.search(pat, text)}


def rand_time(rng, date=None):
    start = dt.date(2026, 1, 5)
    if date is None:
        while True:
            d = start + dt.timedelta(days=rng.randrange(0, 82))
            if d.weekday() < 5:
                break
    else:
        d = dt.date.fromisoformat(date)
    t = dt.datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(0, 60),
                    rng.randrange(0, 60), tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    councillors, party, by_name = load_roster()
    rows = {r["key"]: r for r in ROWS}
    assert len(rows) == len(ROWS), "duplicate key"
    out = []
    for r in ROWS:
        if r["author"]:
            name = r["author"]
        else:
            named = named_people(r["text"], councillors, by_name)
            parties = named_parties(r["text"])
            pool = [n for n in councillors if n not in named and party[n] not in parties]
            name = rng.choice(pool)
        plat = rng.choices(["x", "facebook", "bluesky"], weights=[40, 34, 26])[0]
        rec = dict(key=r["key"], text=r["text"], author=by_name[name],
                   created_at=rand_time(rng, r["date"]), platform=plat,
                   account="councillor", kind="post",
                   expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
                   family=r["family"], kind_of_row=r["kind_of_row"], note=r["note"])
        out.append(rec)
    base = {o["key"]: o for o in out}
    for okey, kind, word in VARIANTS:
        o = base[okey]
        allowed = list(o["expect"]["allowed"])
        if kind == "caps" and HS not in allowed:
            allowed.append(HS)
        note = "Variant (%s) of {%s}%s; labels as the original." % (
            kind, okey, "" if word is None else ", word '%s'" % word)
        if kind == "caps":
            note += " Capitals add haste to allowed."
        rec = dict(key="v_%s_%s" % (okey, kind), text=obfuscate(o["text"], kind, word),
                   author=o["author"], created_at=rand_time(rng), platform=o["platform"],
                   account="councillor", kind="post",
                   expect=dict(rules=list(o["expect"]["rules"]), allowed=allowed,
                               verdict=o["expect"]["verdict"]),
                   family=o["family"], kind_of_row="variant", note=note,
                   variant_of=okey, variant_kind=kind)
        out.append(rec)
    rng.shuffle(out)
    ids = {o["key"]: "%s-%04d" % (SET, i + 1) for i, o in enumerate(out)}

    def sub(s):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], s)

    lines = []
    for o in out:
        rec = {"id": ids[o["key"]]}
        for k in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row"):
            rec[k] = o[k]
        rec["note"] = sub(o["note"])
        if o["kind_of_row"] == "variant":
            rec["variant_of"] = ids[o["variant_of"]]
            rec["variant_kind"] = o["variant_kind"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    if "--map" in sys.argv:
        for o in out:
            print(o["key"], ids[o["key"]])
    print("wrote %d posts" % len(lines), file=sys.stderr)


if __name__ == "__main__":
    main()
