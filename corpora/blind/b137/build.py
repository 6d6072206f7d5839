#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b137 (Wrenscombe District Council).

The texts, labels and notes below were written by hand for this set. This
script only assigns authors, platforms and timestamps, makes the obfuscated
variants, shuffles and numbers the rows. Fixed seed: running it twice writes
the same bytes. `python3 build.py --map` also prints key -> id.
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B137"
SEED = 137013

R = {
    "pa": "respect.personal-attack", "al": "respect.abusive-language",
    "bu": "bullying.intimidation", "eq": "equality.discrimination",
    "df": "defamation.allegation", "off": "officers.impartiality",
    "ir": "tone.irony-risk", "ha": "haste.pause-before-posting",
    "dp": "data-protection.personal-data", "pr": "predetermination.closed-mind",
    "ia": "position.improper-advantage", "gh": "gifts.hospitality",
    "mt": "meetings.during-meeting", "cr": "security.credentials",
}
FAM = {"PA": "respect.personal-attack", "AL": "respect.abusive-language",
       "BU": "bullying.intimidation", "EQ": "equality.discrimination",
       "DF": "defamation.allegation"}

ROWS = []


def _ids(s):
    return [R[x] for x in s.split()] if s else []


def P(key, fam, verdict, rules, allowed, text, note, author=None, day=None):
    rr = [FAM[fam]] + [r for r in _ids(rules) if r != FAM[fam]]
    ROWS.append(dict(key=key, kind_of_row="positive", family=FAM[fam], text=text,
                     rules=rr, allowed=_ids(allowed), verdict=verdict, note=note,
                     author=author, day=day))


def H(key, tag, allowed, text, note, author=None, day=None):
    ROWS.append(dict(key=key, kind_of_row="hard_negative", family="hard_negative",
                     text=text, rules=[], allowed=_ids(allowed), verdict="ok",
                     note=tag + " " + note, author=author, day=day))


# ---------------------------------------------------------------- personal attack
P("pa01", "PA", "review", "ir", "", "@JennyQuanceACP you are the most useless Leader this district has ever had. Gert big title, nothing between the ears. Proper job, my lover. Not.",
  "Insult at the Leader by handle; 'Proper job... Not.' is mock praise, so irony expected. Dialect on the positive side.")
P("pa02", "PA", "review", "", "", "Roger Pengelly couldn't run a bath, never mind the district's budget. A spineless little weasel who hides behind officers every time the toll comes up.",
  "Name-calling at the Cabinet Member for Finance. Compare HN1 #h1_13# ('spineless' about a decision) and HN6 #h6_01# (his toll record).")
P("pa03", "PA", "review", "", "", "Watching Mervyn Heard chair planning yesterday was like watching a sheep try to reverse a tractor. Thick as a gatepost, that man.",
  "Insult at the chair of planning, not at a planning decision; no pending matter named.")
P("pa04", "PA", "review", "off", "al", "Our Monitoring Officer is a jumped-up pen-pusher who wouldn't know fairness if it bit her on the arse.",
  "Officer by role: officers.impartiality expected. 'arse' is mild, so abusive-language is allowed rather than expected.")
P("pa05", "PA", "review", "", "eq", "Kieran Slee is a clueless child playing at politics. Go back to your Xbox, boy.",
  "Personal attack on a 24-year-old; 'child'/'boy' touch age, so equality allowed (see HN4 #h4_03#, his own post).")
P("pa07", "PA", "review", "", "", "Tamsin Braund: all gob and no trousers. Cabinet Member for Housing? Cabinet Member for Photo Ops, more like. Clown.",
  "Insult at a named cabinet member. HN6 #h6_04# criticises her vote on the record.")
P("pa08", "PA", "review", "ir", "", "Huge congratulations to @RogerPengellyACP on losing £2m of harbour reserves and the last of his dignity in the same week. Truly ansum work. What a plonker.",
  "Mock congratulation ('Truly ansum work') plus 'plonker': irony expected.")
P("pa09", "PA", "review", "", "", "@YasminChowdhuryDCG is a sanctimonious hypocrite who'd sell her own gran for a retweet.",
  "Name-calling at the opposition leader by handle.")
P("pa10", "PA", "review", "", "eq", "Lewis Tremlett's contribution to scrutiny: forty minutes of waffle from a man with the attention span of a gnat. Absolute drip.",
  "Insult at a member who is openly autistic (HN4 #h4_08#); 'attention span' could be heard as touching it, so equality allowed, not expected; the text names no condition.")
P("pa11", "PA", "block", "", "bu eq", "Bill Ridd is a nasty, vindictive, rotten excuse for a man. Haddacott will be a better place the day he's carried out of that chamber in a box.",
  "Severe: wishes an 81-year-old member dead. Personal-attack block; bullying and equality allowed (a wish, not a threat; age only implied).")
P("pa12", "PA", "review", "off", "", "The Chief Executive is a gutless yes-man who'd tell cabinet the sky was green if they asked him nicely. Graham Stapledon, find a backbone.",
  "Named officer and role: officers expected.")
P("pa13", "PA", "review", "", "", "Where's it to, Darren Huxtable's brain? Left it on the boat again, I reckon. Dense as a bucket of bait.",
  "Insult wrapped in dialect ('where's it to'). HN6 #h6_07# is his attendance record.")
P("pa14", "PA", "review", "", "", "@OwenPassmoreGS is a smug, preening little know-all. Nobody voted for your lectures, mate.",
  "Insult at a member by handle.")
P("pa15", "PA", "review", "", "df", "Carol Eastman: two-faced as they come. Says one thing at the Harbour Forum and the opposite in the vote. Snake.",
  "'Snake' and 'two-faced' are insults; the hint of dishonesty lets defamation be allowed. HN6 #h6_14# makes the same point from the minutes.")
P("pa18", "PA", "review", "", "", "Ana Ferreira, you are an embarrassment to this council and to the harbour. Ignorant, rude and thick as pig muck.",
  "Insult with no reference to her origin; compare EQ #eq02# which makes it about Madeira.")
P("pa19", "PA", "review", "", "", "Robyn Cawsey is a self-righteous crank. Proper mazed, that one. Wouldn't trust her to run a raffle.",
  "'mazed' is Devon for daft or confused, not a disability slur here; no reference to her being trans. HN5 #h5_10# uses 'mazed' fondly.")
P("pa20", "PA", "review", "off", "", "Matt Pugsley is a lazy, useless jobsworth. Our Senior Planning Officer couldn't assess a garden shed.",
  "Named officer: officers expected.")
P("pa21", "PA", "review", "", "", "Cllr Gubb, you're a coward and a bully. Try picking on someone your own size for once.",
  "Insult ('coward', 'bully') at a member by surname; calling him a bully is not itself intimidation.")
P("pa22", "PA", "review", "ir", "eq", "Margaret Yeo makes a lovely Mayor, if you like your mayors vain, silly and dim. Bless her.",
  "Mock praise ('lovely Mayor, if...', 'Bless her'): irony expected. Patronising tone at a 79-year-old woman: equality allowed.")
P("pa23", "PA", "review", "", "eq", "Johnny Loveridge is a gobby, arrogant show-off who thinks the rules don't apply to him.",
  "Insult. He is the council's first Romany Gypsy member (HN4 #h4_12#); 'rules don't apply to him' could be heard as a trope, so equality allowed, not expected.")
P("pa24", "PA", "review", "", "eq", "Hannah Lethbridge is a shrill, self-important busybody. Give it a rest, woman.",
  "'shrill' and 'woman' at a female member: personal attack with equality allowed (sex), as in the 'little woman' convention. HN2 #h2_13# names 'shrill' to condemn it.")
P("pa25", "PA", "review", "", "", "@BeckyShaplandDCG you're an absolute airhead. Did you even read the papers or just look at the pictures?",
  "Insult by handle; no reference to her pregnancy.")
P("pa27", "PA", "review", "", "", "Linda Tsang is a dim-witted puppet. Jenny Quance pulls the strings and out comes the same old drivel.",
  "The insult is at Linda Tsang; the Leader is named as puppeteer. Neither may author it.")
P("pa29", "PA", "block", "", "bu eq", "Miriam Abelson is a poisonous, hateful old witch, and Skerrymouth would be a kinder place without her in it.",
  "Severe: 'hateful old witch' plus wishing her gone. Block. Bullying and equality allowed ('old'; nothing about her faith).")
P("pa30", "PA", "review", "off", "", "Sorry, but the Harbour Master is a clown. A gert big clown in a peaked cap, shouting at skippers who've forgotten more about tides than he'll ever know.",
  "Officer by role (Harbour Master): officers expected.")
P("pa32", "PA", "review", "", "", "@IanChubbHF what a sad, bitter little man you've become. Thirty years on the quay and all you've learned is how to moan.",
  "Insult by handle.")
P("pa34", "PA", "review", "", "", "Jenny Quance is a cold, calculating careerist with all the charm of a wet welly. Dreckly she'll be gone, and not a minute too soon.",
  "Insult at the Leader; 'dreckly' on the positive side. HN6 #h6_03# is the record-based counterpart.")

# ---------------------------------------------------------------- abusive language
P("al01", "AL", "review", "", "", "The new parking app is an absolute pile of shite. Three goes to pay for an hour in Pellacombe and it still fined me.",
  "Obscenity at an app: abusive-language alone. HN1 #h1_09# criticises the planning portal without it.")
P("al02", "AL", "review", "", "pa", "Tidewrack Waste are a bunch of useless twats. Fourth missed collection on Lower Fore Street this month.",
  "Obscenity at a company: personal-attack allowed only. HN1 #h1_02# makes the same complaint with figures.")
P("al03", "AL", "review", "pa", "", "@RogerPengellyACP you absolute bellend. The toll rise was YOUR idea, don't pretend otherwise.",
  "Obscenity at a person: abusive and personal-attack expected. One word in capitals is not shouting.")
P("al04", "AL", "review", "", "pa", "This budget is bollocks from start to finish, and the cabinet know it.",
  "Obscenity at a budget; the cabinet as a body: personal-attack allowed.")
P("al05", "AL", "review", "", "df", "The Corrin Bridge toll is fucking daylight robbery and I'm sick of pretending to be polite about it.",
  "Obscenity at a toll. 'daylight robbery' is idiom: defamation allowed. HN1 #h1_19# says 'daylight robbery' without the swearing.")
P("al07", "AL", "review", "", "pa", "Stop talking shite about the harbour dredging, @IanChubbHF. You haven't been down the quay in a decade.",
  "Obscenity at what someone said: personal-attack allowed only.")
P("al08", "AL", "review", "", "pa", "Darren Huxtable talks complete crap about fishing quotas, every single time he stands up.",
  "Obscenity at what he says ('talks complete crap'): personal-attack allowed only; some would expect it.")
P("al10", "AL", "block", "pa", "", "Tamsin Braund is a cunt. There, I've said it. Report me.",
  "The c-word at a named member: severe, block.")
P("al11", "AL", "review", "", "pr pa", "The Higher Ley Farm plans are a gert steaming heap of crap. Whoever drew them has never driven Ley Lane in a wet February.",
  "Obscenity at a pending application; predetermination allowed (no vote stated), personal-attack allowed ('whoever'). HN1 #h1_11# is the predisposition counterpart.")
P("al12", "AL", "review", "pa", "", "Pete Gubb, you're a sanctimonious prick and I'm done being civil about it.",
  "Obscenity at a person.")
P("al13", "AL", "review", "", "", "Council's new website is shit. Can't find the bin days, can't find the tide tables, can't find the bloody contact form.",
  "Obscenity at a website: abusive alone.")
P("al14", "AL", "review", "", "pa pr", "The Sandrock lot are greedy bastards, pure and simple. Ninety more statics on a crumbling cliff edge? Do me a favour.",
  "Obscenity at a company (Sandrock Holiday Parks) about its pending extension: personal-attack and predetermination allowed.")
P("al15", "AL", "review", "pa", "eq", "Ana Ferreira, shut your stupid mouth for once, you ignorant cow.",
  "'cow' at a woman: abusive and personal-attack; equality allowed (sex), not expected.")
P("al16", "AL", "review", "", "pa", "This morning's full council was a total clusterfuck. Two hours on the order of business and nothing decided.",
  "Obscenity at a meeting, written after it ('This morning's'): meetings not raised.")
P("al17", "AL", "review", "", "pa", "Whoever signed off the Gulland Court damp contract wants their fucking head examined.",
  "Obscenity at an unnamed 'whoever': personal-attack allowed. HN1 #h1_16# is the ombudsman referral.")
P("al18", "AL", "review", "pa", "eq", "@KieranSleeACP grow up, you little shit.",
  "Obscenity at a person; 'grow up... little' at a 24-year-old: equality allowed.")
P("al19", "AL", "review", "", "off pa", "Officers' report on the harbour wall: forty pages of bollocks. Somebody got paid for this?",
  "Obscenity at a report; officers and personal-attack allowed (unnamed authors).")
P("al20", "AL", "review", "pa", "", "Robyn Cawsey is a smug, preachy arsehole.",
  "Obscenity at a named member; nothing about her being trans.")
P("al21", "AL", "review", "", "pa", "Moorland Independents? Moorland Useless Bastards, more like. Not one of them turned up to the flood meeting at Haddacott.",
  "Obscenity at a party: personal-attack allowed. No Moorland Independents author. HN1 #h1_14# makes the same point politely.")
P("al23", "AL", "review", "pa", "df", "Andy Lerwill, you gormless dickhead, the Corrin Bridge toll money doesn't go in your back pocket.",
  "Obscenity at a person; the pocket hint lets defamation be allowed.")
P("al25", "AL", "block", "", "pa bu", "The people running Combe Homes are scum. Filthy, money-grubbing scumbags who leave kids to grow up in black mould. I hope every last one of them rots.",
  "Severe abuse at unnamed directors of a housing association, with a wish: block. Personal-attack and bullying allowed.")
P("al26", "AL", "review", "", "ir", "The planning portal is fucked again. Third time this week. Proper job, Wrenscombe.",
  "Obscenity at a portal; 'Proper job' is sarcasm at the council, not a person: irony allowed.")
P("al27", "AL", "review", "pa", "", "Kofi Mensah-Burrows is a first-class wanker, and I say that as someone who used to buy him a pint.",
  "Obscenity at a person.")
P("al28", "AL", "review", "pa", "eq", "Bill Ridd, you senile old fart, go and have a lie down and leave the grown-ups to it.",
  "Obscenity at a person. 'senile old' at an 81-year-old: equality allowed rather than expected; some would expect it.")
P("al30", "AL", "review", "", "pa", "Tidewrack say they're 'investigating' why their crew told my resident to 'f*** off' over a bin. Investigating my arse.",
  "Quotes abuse (self-starred) and adds 'my arse' at the company's response: abusive, personal-attack allowed.")
P("al31", "AL", "review", "pa", "", "Linda Tsang, you absolute knobhead, read the report before you vote on it.",
  "Obscenity at a person.")
P("al34", "AL", "review", "pa", "", "@JennyQuanceACP fuck off back to your posh mates in the Cotswolds and leave Pellacombe to people who live here.",
  "Obscenity at a person by handle.")

# ---------------------------------------------------------------- bullying / intimidation
P("bu01", "BU", "block", "", "pa", "Roger Pengelly, carry on with this toll and you'll regret it. I mean that.",
  "[explicit] 'you'll regret it' at a named member. HN5 #h5_13# shares 'regret' in a pasty bet.")
P("bu02", "BU", "block", "", "dp", "I know where you live, @IanChubbHF. Nice little cottage up Chapel Steps, isn't it.",
  "[veiled] 'I know where you live' plus his home street: data protection allowed. HN5 #h5_16# uses the same phrase as a thank-you.")
P("bu03", "BU", "block", "", "pr pa", "If Mervyn Heard waves Higher Ley through, he'd better not show his face at Haddacott market again. Someone'll put him in the slurry pit.",
  "[explicit] Threat of harm tied to a pending application: predetermination allowed.")
P("bu04", "BU", "block", "", "", "To whoever complained about my surf school post to the Monitoring Officer: I'll find out who you are, and everyone in Pellacombe will know your name.",
  "[pressure] Threat against a complainant. The officer is mentioned, not criticised.")
P("bu05", "BU", "block", "", "pa", "Be a shame if anything happened to those lovely boats of yours, Darren. Harbour's a dark place at night.",
  "[veiled] Threat to property by insinuation.")
P("bu06", "BU", "block", "", "", "Next time @KieranSleeACP heckles me he'll get a slap. Fair warning.",
  "[explicit] Threat of violence.")
P("bu08", "BU", "block", "off", "pr", "Suzanne Dyment should think very carefully about her recommendation on Sandrock Bay. Very carefully. People round here remember.",
  "[veiled] Intimidation of a named officer over a report: officers expected; predetermination allowed (pending matter).")
P("bu09", "BU", "block", "", "ia", "Witnesses in the standards case against me: think hard about whether you'll ever want anything from this council again.",
  "[pressure] Threat against witnesses using council power: improper advantage allowed.")
P("bu10", "BU", "block", "", "pa", "Owen Passmore, say that about my family again and I'll break your jaw, councillor or not.",
  "[explicit] Threat of violence.")
P("bu11", "BU", "block", "", "eq", "Sleep well, Robyn. Pellacombe's a small town. Everybody knows everybody, and everybody knows where everybody goes.",
  "[veiled] Veiled threat at a trans member; equality allowed for the undertone. HN5 #h5_06# ends a gritting notice 'sleep tight'.")
P("bu12", "BU", "block", "", "eq", "Let's all turn up at Hannah Lethbridge's surgery on Saturday and give her a proper Haddacott welcome. You know the sort. Bring your mates and block the ramp.",
  "[pressure] Organised intimidation of a wheelchair user ('block the ramp'); equality allowed.")
P("bu13", "BU", "block", "", "eq", "I've got the video of Lewis Tremlett stammering and falling to bits in committee. Who wants it? Let's get it round every WhatsApp group in Pellacombe.",
  "[pressure] Organised humiliation of an autistic member; equality allowed, not expected, as the text names no condition.")
P("bu14", "BU", "block", "", "pa", "Ana Ferreira, you'll be sorry you ever crossed me. Count on it.",
  "[explicit] 'you'll be sorry... count on it'.")
P("bu15", "BU", "block", "", "ia dp", "Funny how premises licences come up for review, isn't it, Yasmin? Your brother's café on the quay, isn't it?",
  "[pressure] Threatens misuse of licensing power against a relative: improper advantage and data protection allowed.")
P("bu17", "BU", "block", "off", "", "If Trevor Squire cuts one more round in Chillacott I'll be waiting for him at the depot gates, and he won't like it.",
  "[explicit] Threat at a named officer: officers expected.")
P("bu18", "BU", "block", "", "", "Tick tock, @JennyQuanceACP. Tick tock.",
  "[veiled] A countdown at a named member with nothing else said.")
P("bu19", "BU", "block", "", "dp cr", "Here's Andy Lerwill's private number: 07700 900622. Give him a ring, day or night, and tell him what you think of the toll.",
  "[pressure] Publishes a private number (drama range) to set people on him: data protection and credentials allowed.")
P("bu21", "BU", "block", "", "", "Do that to my ward again, Kofi, and I swear you'll be picking your teeth up off the Strand.",
  "[explicit] Threat of violence.")
P("bu22", "BU", "block", "", "dp ia", "Everyone who signed Carol Eastman's petition against the holiday park: I've got your names and I'm passing them to Sandrock's management. Let's see how your summer jobs go.",
  "[pressure] Threat to petitioners' jobs: data protection and improper advantage allowed.")
P("bu23", "BU", "block", "", "eq", "Margaret, it'd be a terrible shame if you had a fall on those chamber steps. At your age.",
  "[veiled] Veiled threat at the 79-year-old Mayor: equality allowed for 'at your age'.")
P("bu25", "BU", "block", "", "eq", "Johnny Loveridge's trailer would go up a treat on bonfire night. Just a thought.",
  "[veiled] Arson hint at the Romany member's home: equality allowed for the undertone.")
P("bu26", "BU", "block", "off", "", "Our Monitoring Officer has until Friday to drop the complaint against me, or I go to the Clarion with everything I know about her.",
  "[pressure] Blackmail-style pressure on an officer by role: officers expected.")
P("bu27", "BU", "block", "", "pa eq", "Bill Ridd, you old goat, keep voting with the Atlantic Coast lot and I'll come up that farm track and sort you out myself.",
  "[explicit] Threat to come to his farm. 'old goat': personal-attack and equality allowed. Party named, so no Atlantic Coast author.")
P("bu31", "BU", "block", "eq", "", "Becky Shapland wants maternity leave in budget month? Fine. We'll make sure there are no committee seats left for her to come back to.",
  "[pressure] Threat to strip seats because of maternity leave: equality expected as well (pregnancy and maternity).")
P("bu32", "BU", "block", "", "dp", "@OwenPassmoreGS lovely kids you've got. Shame if the other mums at Pellacombe Primary found out what their dad's really like.",
  "[veiled] Children and their school named: data protection allowed.")
P("bu33", "BU", "block", "off", "", "If the Harbour Master hasn't reversed the berth fees by Monday, I'll have every skipper on the quay outside his office, and he won't be going home.",
  "[pressure] Threatens to besiege an officer by role ('he won't be going home'): officers expected. A protest alone would not be intimidation.")
P("bu34", "BU", "block", "", "", "Jenny Quance has had her last warning. Next stop, her front door.",
  "[explicit] Threat to come to her home.")

# ---------------------------------------------------------------- equality / discrimination
P("eq01", "EQ", "block", "", "", "Too many foreigners on the fish quay now. Portuguese this, Latvian that. Skerrymouth's not a Devon harbour any more.",
  "[explicit; race] Nationality as the complaint. HN3 #h3_10# says the same workers keep the market open.")
P("eq02", "EQ", "block", "pa", "", "Ana Ferreira should go back to Madeira and take her gutting crew with her. This is a Devon harbour.",
  "[explicit; race] 'go back to' at a Portuguese-born member: personal-attack expected too. HN2 #h2_01# condemns the same words.")
P("eq03", "EQ", "block", "al", "pr", "The pikeys at Stowford Cross have been at it again. Lock up your quad bikes, Haddacott.",
  "[explicit; race] Slur at Gypsies and Travellers: abusive expected; predetermination allowed (transit site). HN2 #h2_05# condemns the word.")
P("eq05", "EQ", "block", "", "pr", "Don't want a mosque in Barlington. Don't want the call to prayer over the holiday parks. Don't want Sharia creeping in. Simple as that.",
  "[explicit; religion or belief] Anti-Muslim; predetermination allowed (prayer room extension). HN2 #h2_21# and HN3 #h3_04# cover the same building.")
P("eq07", "EQ", "block", "pa", "", "Miriam Abelson on the harbour loan panel. You couldn't make it up. Who better to look after the shekels?",
  "[explicit; religion or belief] Antisemitic money trope at a Jewish member.")
P("eq08", "EQ", "block", "", "", "Same old story. The bankers, the Rothschild types and their 'globalist' funds buying up Pellacombe seafront one flat at a time.",
  "[coded; religion or belief] Antisemitic dog whistle with no person named. HN3 #h3_19# rebuts a related conspiracy.")
P("eq09", "EQ", "block", "", "", "Women shouldn't be chairing the harbour board. No skipper worth his salt takes orders from a maid in a cardigan.",
  "[explicit; sex] 'maid' (Devon for girl) as a put-down; HN3/HN4 rows use 'maids' neutrally.")
P("eq10", "EQ", "block", "pa", "", "Jenny Quance only got the leadership because they needed a skirt on the front bench. Back to the kitchen, my lover.",
  "[explicit; sex] Sexist attack on the Leader: personal-attack expected. 'my lover' used as a sneer.")
P("eq11", "EQ", "block", "pa al", "", "Kieran Slee can keep his poofy rainbow nonsense out of Chillacott. Real men live in this ward.",
  "[explicit; sexual orientation] Slur at a gay member: abusive and personal-attack expected.")
P("eq12", "EQ", "block", "", "", "Nothing against them personally, but should two men really be fostering kids in Wrenscombe? Just asking what's natural.",
  "[coded; sexual orientation] 'Just asking' framing.")
P("eq13", "EQ", "block", "pa", "", "Robyn Cawsey is a bloke in a frock and I'll call him 'him' till the day I die.",
  "[explicit; gender reassignment] Deliberate misgendering of a trans member.")
P("eq14", "EQ", "block", "", "", "Ladies, watch who's using the surf club changing rooms at Pellacombe these days. You know who I mean.",
  "[coded; gender reassignment] Points at an identifiable trans woman without naming her. HN3 #h3_03# asks the same question civilly.")
P("eq15", "EQ", "block", "pa al", "", "Hannah Lethbridge can't even get up the chamber steps. How's she meant to walk a moorland farm and know what we need? Cripple politics.",
  "[explicit; disability] Attack on a wheelchair user with a slur.")
P("eq16", "EQ", "block", "pa", "", "Lewis Tremlett is autistic and it shows. Shouldn't be on scrutiny if he can't read a room.",
  "[explicit; disability] Autism named as the reason to bar him. HN4 #h4_08# is his own post.")
P("eq18", "EQ", "block", "al", "", "Day centre outing to the beach today. Minibus full of spackers blocking the Esplanade for an hour.",
  "[explicit; disability] Slur at disabled service users: abusive expected. HN2 #h2_07# condemns a similar comment.")
P("eq19", "EQ", "block", "pa", "", "Margaret Yeo can't hear half of what's said in that chamber. Deaf as a post and twice as useful. Turn your hearing aids up, Madam Mayor.",
  "[explicit; disability] Mocks deafness. HN2 #h2_06# is her reply to such an email.")
P("eq20", "EQ", "block", "pa", "", "Bill Ridd is 81. Eighty-one! Nobody over 75 should be allowed to stand. Wheel him back to the care home.",
  "[explicit; age] HN3 #h3_07# defends his attendance; HN6 #h6_11# is about tenure.")
P("eq22", "EQ", "block", "", "", "Time we stopped letting the blue-rinse brigade decide everything in Barlington. Their day's done.",
  "[coded; age] Old age by stereotype, no age word.")
P("eq23", "EQ", "block", "pa", "", "Becky Shapland's pregnant, so that's her useless for the next year. Shouldn't have stood if she was planning a family.",
  "[explicit; pregnancy and maternity] HN2 #h2_12# condemns a similar remark.")
P("eq24", "EQ", "block", "", "", "Just saying, councillors who are 'expecting' should step back from budget month. Baby brain is real, ladies.",
  "[coded; pregnancy and maternity] No one named; a stereotype as a bar.")
P("eq25", "EQ", "block", "pa", "", "Carol Eastman calls that woman her 'civil partner'. It's not a marriage, it's a tax dodge, and she shouldn't get the spouse's seat at the civic dinner.",
  "[explicit; marriage and civil partnership] Some would tag sexual orientation. HN4 #h4_14# is Carol's anniversary post.")
P("eq26", "EQ", "block", "pa", "", "Kofi Mensah-Burrows keeps going on about 'our Devon heritage'. Which bit of Devon's that, then? Where's it to, Kofi? Really?",
  "[coded; race] 'Where are you really from' at a Black member, in dialect. HN2 #h2_08# is his answer to the same question.")
P("eq27", "EQ", "block", "pa al", "", "Linda Tsang wants a say on fishing quotas? Ching chong, number 42 with rice. Stick to the chippy, love.",
  "[explicit; race] Racist mockery at a British Chinese member: abusive expected. HN2 #h2_02# is her own post about the same words.")
P("eq28", "EQ", "block", "", "", "Funny how the Atlantic View Hotel filled up with young men overnight and suddenly the Esplanade doesn't feel safe for our maids.",
  "[coded; race] Asylum seekers as a sexual threat, no group word. HN3 #h3_12# criticises the contract without it.")
P("eq29", "EQ", "block", "pa", "", "Marek Zielinski came over here to pick apples at Yarnacott and now he's telling Tolbridge how to run its bridge. Polish pickers running the district now, is it?",
  "[explicit; race] Nationality at a Polish-born member. HN4 #h4_06# is his own post.")
P("eq31", "EQ", "block", "pa", "", "Saw @YasminChowdhuryDCG in that thing on her head at the Remembrance service again. Says it all about where her loyalties lie.",
  "[coded; religion or belief] Hijab and disloyalty at a Muslim member, no faith word. HN3 #h3_15# is the inclusive counterpart.")
P("eq33", "EQ", "block", "pa", "", "Another Holocaust Memorial Day post from Cllr Abelson. Some people never let the rest of us forget, do they?",
  "[coded; religion or belief] Antisemitic grievance at a Jewish member on the day after HMD. HN4 #h4_15# is her school visit.", day="2026-01-28")

# ---------------------------------------------------------------- defamation
P("df01", "DF", "review", "pa", "", "Roger Pengelly is a liar. He told Tolbridge the toll would be gone by 2025 and he knew full well it wouldn't.",
  "'liar' at a person: defamation and personal-attack. HN6 #h6_01# sets out the same broken promise without calling him a liar.")
P("df02", "DF", "review", "", "pa pr", "Mervyn Heard's been in Vellacott Estates' pocket for years. Bought and paid for, the lot of it.",
  "Corruption by idiom, no specific crime: review. Predetermination allowed (Higher Ley pending).")
P("df03", "DF", "review", "", "pa", "A certain cabinet member's son-in-law has just landed the harbour café lease. Nothing to see here, apparently.",
  "Innuendo at an identifiable but unnamed member: personal-attack allowed only.")
P("df04", "DF", "review", "", "pa", "Tidewrack Waste are crooks, plain and simple. They're charging us for collections they never make.",
  "'crooks' at a company: personal-attack allowed only.")
P("df05", "DF", "review", "pa", "", "@JennyQuanceACP lies like a cheap watch, and she always has.",
  "'lies' at a person: defamation and personal-attack, review.")
P("df06", "DF", "review", "off", "", "The Chief Executive's been cooking the books on the toll account for years. Everybody in Wrenscombe House knows it.",
  "Dishonesty at an officer by role, no specific act: review. HN6 #h6_08# questions the toll accounts on the record.")
P("df08", "DF", "review", "", "pa pr", "Funny how a certain chair of planning turns up in a brand-new Defender the month Sandrock Bay comes to committee.",
  "Innuendo by role (chair of planning): personal-attack and predetermination allowed.")
P("df10", "DF", "review", "pa", "eq", "Tamsin Braund is as bent as a Skerrymouth crab pot.",
  "'bent' (corrupt) at a person: equality allowed as the word is also a homophobic slur. HN5 #h5_12# has 'bent double' literally.")
P("df11", "DF", "review", "", "pa", "Ask Ian Chubb where the regatta money went. Go on. Ask him.",
  "Innuendo without name-calling: personal-attack allowed only.")
P("df12", "DF", "review", "", "pa", "Combe Homes are fraudsters. They take the rent every month and leave the roofs leaking.",
  "'fraudsters' at a housing association: personal-attack allowed.")
P("df13", "DF", "review", "pa", "gh", "Linda Tsang is a fibbing little hypocrite. Said she'd declared the Vellacott dinner. She never.",
  "Says a member lied about a declaration: review. Gifts allowed. HN6 #h6_09# says the dinner was declared.")
P("df14", "DF", "review", "pa", "", "Kofi Mensah-Burrows is a fraud. All that talk of public service and he claims for every biscuit.",
  "'fraud' at a person.")
P("df16", "DF", "review", "", "pa", "The Atlantic Coast Party are a pack of liars and chancers, and Tolbridge won't forget it.",
  "'liars' at a party: personal-attack allowed only. No Atlantic Coast author.")
P("df17", "DF", "review", "pa", "", "Pete Gubb: dodgy as a three-pound note.",
  "'dodgy' at a person, idiom: review.")
P("df19", "DF", "review", "pa", "", "Yasmin Chowdhury lied to the Harbour Forum about the dredging money, and she knows she did.",
  "'lied' at a person: review, no crime alleged.")
P("df20", "DF", "block", "", "pa pr", "Mervyn Heard took £5,000 in cash from Vellacott Estates a week before the Higher Ley vote. I've seen the bank statement with it going in.",
  "Bribe stated as fact with claimed evidence: block. Predetermination allowed.")
P("df21", "DF", "block", "off", "", "Our s151 officer has been moving money out of the toll reserve into his own account. I've seen the transfers.",
  "Theft by a named-by-role officer stated as fact: block.")
P("df22", "DF", "block", "", "pa ha", "Bill Ridd drove home from the Jolly Pilchard three times over the limit and the police let him off because he's a councillor.",
  "Drink driving and a police cover-up stated as fact: block. Haste allowed (alcohol).")
P("df23", "DF", "block", "", "pa", "The chief executive of Combe Homes has been pocketing tenants' service charges. That's theft, and I can prove it.",
  "Theft by an identifiable person (by role): block.")
P("df24", "DF", "block", "", "pa", "Harbour First canvassers filled in postal votes for residents at Quay House care home. I watched them do it.",
  "Electoral fraud by a party's canvassers stated as fact: block. No Harbour First author.")
P("df25", "DF", "block", "off", "", "Trevor Squire takes backhanders from Tidewrack Waste. Every contract review, another envelope.",
  "Bribery by a named officer: block.")
P("df27", "DF", "block", "", "pa dp", "Kieran Slee has an assault conviction from 2019 that he never declared when he stood. Look it up.",
  "Undeclared conviction stated as fact: block. Data protection allowed (criminal record).")
P("df28", "DF", "block", "off", "dp", "Lorna Venn deleted the CCTV from the Guildhall car park to protect the Leader's son.",
  "Destroying evidence by a named officer: block. Data protection allowed (son).")
P("df29", "DF", "block", "", "pa dp", "Marek Zielinski claims the single person discount while his girlfriend lives with him. That's council tax fraud.",
  "Council tax fraud stated as fact: block. Data protection allowed (partner).")
P("df30", "DF", "block", "", "pa pr", "Margaret Yeo sold her vote on the Sandrock extension for a £10,000 donation to her group. The cheque's dated the day after.",
  "A sold vote stated as fact: block. Predetermination allowed.")
P("df31", "DF", "block", "", "off", "The harbour office shredded the berth allocation files the morning after my FOI request landed. The caretaker told me, and the skip was full of confetti.",
  "Destroying records after an FOI request (an offence) stated as fact: block. Officers allowed (unnamed office).")
P("df34", "DF", "block", "", "pa", "Owen Passmore bought half of Quayhead pasties and scrumpy at the Jolly Pilchard on polling day in exchange for their votes. That's treating, and it's an offence.",
  "Treating (an electoral offence) stated as fact: block.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, party, company, council
H("h1_01", "HN1", "", "The Corrin Bridge toll rise is a disgrace. 20p more a crossing for people who have no other way to get to work. Reverse it.",
  "Harsh criticism of a decision.")
H("h1_02", "HN1", "", "Tidewrack Waste's performance this quarter is appalling: 1,100 missed collections across the district. The contract should be retendered, full stop.",
  "Company criticised with figures; compare #al02#.")
H("h1_03", "HN1", "ir", "Proper job? Not hardly. The Gulland Court repairs have been 'dreckly' for three years now. Combe Homes need to answer for it.",
  "Sarcasm at a landlord's delay; irony allowed. Dialect on the negative side.")
H("h1_04", "HN1", "pa", "This administration's budget is a shambles and cabinet should be ashamed of it. Cutting lifeguard cover in a surf town is madness.",
  "The central-nuance example in local form.")
H("h1_05", "HN1", "pr", "Sandrock Holiday Parks treat Barlington like a cash machine. Their drainage survey skipped the wettest month of the year, and I've asked the Environment Agency to look at it.",
  "Criticism of a company's evidence on a pending application; no settled view stated, predetermination allowed.")
H("h1_06", "HN1", "", "This council's handling of the harbour wall collapse has been gert awful. Eight months, two consultants, no plan, and the next spring tide is in March.",
  "Criticism of the council's handling, in dialect.")
H("h1_07", "HN1", "df", "Ripping off the emmets is one thing. Ripping off locals with £9 parking at Pellacombe Sands is another. Scrap it.",
  "'Ripping off' about a charge: defamation allowed.")
H("h1_08", "HN1", "pa", "Devon Common Good's alternative budget doesn't add up. They've counted the toll income twice. Back to the drawing board, my lover.",
  "Party criticised on its numbers; 'my lover' on the negative side.")
H("h1_09", "HN1", "", "The new planning portal is hopeless. An hour to find one application, and the documents tab doesn't load on a phone. Fix it before the consultation closes.",
  "Criticism of a service without obscenity; compare #al01# and #al26#.")
H("h1_10", "HN1", "", "Shameful decision by cabinet to close Skerrymouth library on Saturdays. Children and pensioners lose out first. Again.",
  "Criticism of a decision; neutral mention of pensioners.")
H("h1_11", "HN1", "pr", "Vellacott Estates' Higher Ley Farm plans raise serious concerns about flooding on Ley Lane. I'll listen to the evidence at committee, but residents deserve straight answers before then.",
  "Predisposition, not predetermination; compare #al11#.")
H("h1_12", "HN1", "df", "Harbour First's leaflet is misleading. Berth fees went up while they chaired the harbour board, not after.",
  "'misleading' about a leaflet: defamation allowed.")
H("h1_13", "HN1", "pa", "Cabinet's decision on the fish market lease was spineless. Rolled over for the first offer and didn't even test the market.",
  "'spineless' about a decision; #pa02# uses it about a person.")
H("h1_14", "HN1", "", "Moorland Independents voted against the flood resilience grant last night. Let that sink in, Haddacott.",
  "Party criticised on a vote; compare #al21#.")
H("h1_15", "HN1", "", "The district's bin contract is not fit for purpose, and Chillacott residents are paying for it in rats.",
  "Criticism of a contract.")
H("h1_16", "HN1", "", "I've referred Combe Homes to the Housing Ombudsman today over black mould at Gulland Court. Enough is enough.",
  "Formal complaint route; compare #al25#.")
H("h1_17", "HN1", "off", "The draft Local Plan is lazy copy-and-paste work. It doesn't even mention the naval training base, the biggest employer in Chillacott.",
  "Criticism of a document; no officer named, officers allowed.")
H("h1_18", "HN1", "pa", "Green Shore's car-free seafront is a fantasy. You can't tell a Haddacott farmer to catch a bus that comes twice a day.",
  "Party policy criticised.")
H("h1_19", "HN1", "df", "The toll is daylight robbery and I'll keep saying so until it's gone.",
  "Idiom at a charge: defamation allowed; compare #al05#.")
H("h1_20", "HN1", "", "Another year, another consultant's report on the harbour telling us what every skipper on the quay told us for free. What a waste of money.",
  "Criticism of spending.")
H("h1_21", "HN1", "", "The Yarnacott Cider Farm licence hearing was handled badly. Neighbours weren't told, the applicant wasn't told, the papers went up a day late. Shambles.",
  "Criticism of process on a decided licence.")
H("h1_22", "HN1", "", "Holiday lets are hollowing out Skerrymouth. One in three houses on Fore Street sits empty all winter. The second-homes premium is far too timid.",
  "Policy criticism.")

# ---------------------------------------------------------------- HN2 counter-speech, quoting abuse to condemn it
H("h2_01", "HN2", "eq", "Someone stuck 'go back to Portugal' on @AnaFerreiraDCG's surgery door. Ana's lived here twenty years and guts more fish before breakfast than most of us do all year. Disgusting. Reported.",
  "Quotes xenophobic abuse to condemn it; compare #eq02#.")
H("h2_02", "HN2", "eq al", "Happy Lunar New Year from all of us at the chippy! Someone shouted 'ching chong' at my daughter outside it last week. We're Pellacombe born and bred. Not having it.",
  "Her own post quoting the slur used against her family; compare #eq27#.", author="Linda Tsang", day="2026-02-17")
H("h2_03", "HN2", "eq al", "To whoever wrote 'tranny' under Robyn's surf club photo: you're a coward, and Pellacombe is better than you.",
  "Condemns a transphobic slur.")
H("h2_04", "HN2", "eq al pa", "I've had a message calling me a 'Paki bitch' for asking a question about the harbour budget. Sharing so people know what councillors face. I'm not going anywhere.",
  "Her own post quoting abuse aimed at her.", author="Yasmin Chowdhury")
H("h2_05", "HN2", "eq al", "Calling the Stowford Cross families 'pikeys' is racist. Full stop. Gypsies and Travellers are recognised ethnic groups and I'll challenge it every single time.",
  "Condemns the slur in #eq03#.")
H("h2_06", "HN2", "eq pa", "'Too old and too deaf to be Mayor,' said one charming email this week. I'm 79, I wear two hearing aids and I've not missed a meeting in four years. Try again, my lover.",
  "Her own reply to ageist and ableist abuse; compare #eq19#.", author="Margaret Yeo")
H("h2_07", "HN2", "eq al", "Quoting a comment from my page so you can see what we deal with: 'spastic bus blocking the road'. That was the day centre outing. Deleted, blocked. Be kinder, Wrenscombe.",
  "Quotes a disability slur to condemn it; compare #eq18#.")
H("h2_08", "HN2", "eq", "'Where are you really from?' Chillacott, Devon. Twenty-two years in the Royal Navy. My grandad came from Kumasi and sailed with the Merchant Navy. Next question.",
  "His own answer to coded racism; compare #eq26#.", author="Kofi Mensah-Burrows")
H("h2_09", "HN2", "eq bu", "Some comments about the Atlantic View Hotel residents this week are vile. 'Send them back on a dinghy' is not a policy. Our job is to keep everyone safe, including them.",
  "Quotes hostile words to condemn them; compare #eq28#.")
H("h2_10", "HN2", "eq", "Holocaust Memorial Day. My grandmother's family were deported from Thessaloniki in 1943. When someone tells you Jews 'always follow the money', that's where it starts. Light a candle tonight.",
  "Names the trope to condemn it; compare #eq07#.", author="Miriam Abelson", day="2026-01-27")
H("h2_11", "HN2", "eq al", "Whoever sprayed 'queers out' on the Chillacott bus shelter: it's been cleaned, the police have the camera footage, and the rainbow bunting goes back up tomorrow.",
  "Quotes a homophobic slogan to condemn it.")
H("h2_12", "HN2", "eq df", "I'm told a councillor said a pregnant colleague 'should've thought about that before standing'. If that's true it's a disgrace, and the Monitoring Officer should hear about it.",
  "Condemns a pregnancy remark, conditionally ('If that's true'): defamation allowed.")
H("h2_13", "HN2", "eq pa", "Women in that chamber get called 'shrill', 'hysterical', 'emotional'. Men get called 'passionate'. Have a think about that, the day after International Women's Day.",
  "Names sexist words to condemn them; compare #pa24#.", day="2026-03-09")
H("h2_14", "HN2", "eq bu al", "Note through my door last night: 'Watch your back, gyppo.' It's with the police. I'm the first Romany Gypsy on this council and I won't be the last.",
  "His own post quoting a threat and slur; bullying, equality, abusive allowed.", author="Johnny Loveridge")
H("h2_15", "HN2", "eq al", "'Cripple' is not an opinion about transport policy. Whoever sent that to Cllr Lethbridge should be ashamed of themselves.",
  "Condemns the slur in #eq15#.")
H("h2_16", "HN2", "eq al", "People asking why I blocked a bloke who called Lewis 'retarded'. That's why. Lewis is autistic and a bloody good councillor.",
  "Quotes a slur to condemn it; 'bloody good' is mild.")
H("h2_17", "HN2", "eq", "'Poles go home' was painted on the apple store at Yarnacott. Half the orchard crew live in Tolbridge and pay their council tax like the rest of us. Shame on whoever did it.",
  "Quotes xenophobic graffiti to condemn it.")
H("h2_18", "HN2", "eq", "Saw a post calling Chillacott's Fijian families 'freeloaders'. They serve in our Navy. They coach our kids' rugby. Wind your neck in.",
  "Counter-speech about Fijian naval families.")
H("h2_19", "HN2", "bu", "Someone keeps posting 'I know where you live' under the Leader's posts. Jenny and I disagree on nearly everything, but nobody deserves that. Report it, don't share it.",
  "Condemns a threat aimed at the Leader.")
H("h2_20", "HN2", "al pa", "Please don't call the emmets 'scum' on my page. Visitors pay half the wages in Pellacombe, including some of yours.",
  "Quotes an insult to discourage it; visitors are not a protected group.")
H("h2_21", "HN2", "eq pr", "A resident emailed asking why I 'let a mosque into Barlington'. It's a prayer room in the old Methodist hall, and people have prayed there quietly for nine years. Hate isn't welcome here.",
  "Counter-speech on the building in #eq05#.")
H("h2_22", "HN2", "pa al", "If you think calling people 'gammon' or 'snowflake' is clever, it isn't. Play the ball, not the man. That goes for my side too.",
  "Names insults to discourage them.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate on protected topics
H("h3_01", "HN3", "eq", "Myth: the Atlantic View Hotel residents get free cars. Fact: they get £8.86 a week and a bus pass. Please check before you share.",
  "Myth-busting about asylum seekers.")
H("h3_02", "HN3", "eq ir", "And no, the lights on Barlington Road aren't 'replacing Christmas'. They're for Ramadan, they're fairy lights, and they're lovely. Bless.",
  "Myth-busting with a light touch.", day="2026-02-19")
H("h3_03", "HN3", "eq", "Questions about the surf club's trans inclusion policy are fair. Let's have them in the open, with the club committee and with respect.",
  "Civil debate; compare #eq14#.")
H("h3_04", "HN3", "eq pr", "I don't like the prayer room extension design. The car park's too small for Barlington Road. But that's about traffic, not faith, and I'll hear everyone out at committee.",
  "Planning objection, not prejudice; predisposition only.")
H("h3_05", "HN3", "eq pr", "For the avoidance of doubt: every district has a legal duty to plan for Gypsy and Traveller pitches. Stowford Cross was picked for drainage and road access, not to 'dump' anyone anywhere.",
  "Myth-busting about the transit site.")
H("h3_06", "HN3", "eq", "Fact check: seasonal workers at the Exmoor-edge farms pay tax, National Insurance and rent. Recorded crime in Haddacott has gone down since 2022, not up.",
  "Myth-busting about seasonal workers.")
H("h3_07", "HN3", "eq", "Some people say an 81-year-old can't do this job. Bill Ridd topped the attendance table last year. Age isn't the issue; effort is.",
  "Defends an older member; compare #eq20#.")
H("h3_08", "HN3", "eq", "Asked this week whether Fijian sailors 'can even vote' in council elections. Yes: Commonwealth citizens living here can, and plenty of our naval families do.",
  "Myth-busting.")
H("h3_09", "HN3", "eq", "Reasonable people disagree about same-sex weddings in church. Nobody should disagree that Carol and her partner get the same service at the register office as anyone else.",
  "Civil debate on a protected topic.")
H("h3_10", "HN3", "eq", "Portuguese and Latvian workers keep Skerrymouth fish market open at four in the morning. That's not politics, that's the rota.",
  "Neutral fact; compare #eq01#.")
H("h3_11", "HN3", "eq", "No, the council is not 'giving council houses to asylum seekers first'. Allocations go by housing need and local connection. The policy's on the website.",
  "Myth-busting.")
H("h3_12", "HN3", "eq", "I'm not racist, but I do think the Atlantic View Hotel contract was handled terribly. Nobody was consulted. That's on the Home Office and on us, not on the men living there.",
  "'I'm not racist, but' followed by legitimate process criticism; compare #eq28#.")
H("h3_13", "HN3", "eq pa", "Yes, Kieran and I disagree about the Pride grant. Disagreeing about a grant isn't homophobia, and calling him names isn't debate. Let's keep it to the money.",
  "Civil debate; compare #eq11#.")
H("h3_14", "HN3", "eq", "A parental leave policy for councillors is overdue. Becky shouldn't have to choose between her ward and her baby, and neither should the next one.",
  "Supportive mention of maternity.")
H("h3_15", "HN3", "eq", "Hijab, kippah, turban, cross: none of it has anything to do with whether your bins get emptied. Our Remembrance service is for everybody.",
  "Inclusive counter to #eq31#.")
H("h3_16", "HN3", "eq", "Autism isn't 'an excuse'. Papers early and a break every hour are reasonable adjustments under the law, and they help all of us.",
  "Quotes a dismissive phrase to rebut it.")
H("h3_17", "HN3", "eq", "There's a fair debate to be had about single-sex changing at Pellacombe leisure centre. Let's have it with the data and the people affected in the room, not on Facebook.",
  "Civil debate.")
H("h3_18", "HN3", "eq", "Young people DO pay the toll, by the way. Every apprentice at the naval base crossing the Corrin Bridge pays it twice a day.",
  "Rebuts a claim that young people don't pay; one word in capitals.")
H("h3_19", "HN3", "eq", "For those asking: the old Jewish burial ground at Skerrymouth is listed and the council maintains it like every other old burial ground. No special treatment, no conspiracy.",
  "Myth-busting.")
H("h3_20", "HN3", "eq", "Is Holocaust Memorial Day 'political'? No. It's remembrance. Skerrymouth's event is at 11 tomorrow in the Guildhall, all welcome.",
  "Civil answer.", day="2026-01-26")
H("h3_21", "HN3", "eq", "Deaf residents have asked for BSL interpreters at full council. It costs about £300 a meeting. I'll be proposing it at budget.",
  "Neutral mention of disability.")
H("h3_22", "HN3", "eq", "Beach wheelchairs at Pellacombe: the matting trial worked and we're making it permanent. It's not 'special treatment', it's a beach for everyone.",
  "Rebuts a 'special treatment' jibe.")

# ---------------------------------------------------------------- HN4 neutral or positive mentions, self-description, reclaimed terms
H("h4_01", "HN4", "eq", "Wheelchair users of Haddacott: the new ramp at the village hall is in! Tested it myself this morning. Proper job.",
  "Self-description by a wheelchair user.", author="Hannah Lethbridge")
H("h4_02", "HN4", "eq", "Four years since I came out as trans, three on the council, one as surf club captain. Grateful to Pellacombe for letting me just get on with it.",
  "Self-description by a trans member.", author="Robyn Cawsey")
H("h4_03", "HN4", "eq al", "24, gay, Chillacott born. Queer and proud, and chairing my first committee tomorrow. Wish me luck, my lovers.",
  "Reclaimed 'queer' in self-description.", author="Kieran Slee")
H("h4_04", "HN4", "eq", "Eid Mubarak, Skerrymouth! Samosas at the prayer room from two o'clock, and I'm told someone's bringing a gert big tray of splits with cream.",
  "Her own Eid greeting.", author="Yasmin Chowdhury", day="2026-03-20")
H("h4_05", "HN4", "eq", "Dad opened the chippy on the Esplanade in 1987. I'm the first Tsang on the council. Ansum.",
  "Self-description.", author="Linda Tsang")
H("h4_06", "HN4", "eq", "Born in Gdańsk, sixteen years in Tolbridge, pruned half the orchards at Yarnacott. Proud Devon Pole. Where's it to? Right here.",
  "Self-description; 'Where's it to' on the negative side (#eq26# uses it to other).", author="Marek Zielinski")
H("h4_07", "HN4", "eq", "32 weeks pregnant and still doing surgeries at Quayhead library. Baby kicks through every agenda item.",
  "Self-description.", author="Becky Shapland")
H("h4_08", "HN4", "eq", "I'm autistic. Sometimes I'll ask for papers early or step out for five minutes. It makes me a better councillor, not a worse one.",
  "Self-description.", author="Lewis Tremlett")
H("h4_09", "HN4", "eq", "Time to Talk Day. I've lived with depression since I was 19. Some days this council is the thing that gets me out of bed. Talk to someone today.",
  "Self-description on Time to Talk Day.", author="Owen Passmore", day="2026-02-05")
H("h4_10", "HN4", "eq", "81 today. Still up at five for the ewes, still at every meeting. Cake in the members' room, dreckly.",
  "Self-description.", author="Bill Ridd")
H("h4_11", "HN4", "eq", "Two hearing aids, one mayoral chain and a very loud grandson. Thank you for a lovely civic service, everyone.",
  "Self-description.", author="Margaret Yeo")
H("h4_12", "HN4", "eq", "First Romany Gypsy on Wrenscombe District Council. My grandad sold horses at Barlington fair. Proud of both.",
  "Self-description.", author="Johnny Loveridge")
H("h4_13", "HN4", "eq", "My Ghanaian grandad would have loved the jollof stall at the Chillacott food fair. Gert big queue for it, too.",
  "Self-description in dialect.", author="Kofi Mensah-Burrows")
H("h4_14", "HN4", "eq dp", "Ten years today since Gill and I had our civil partnership at Skerrymouth Guildhall. Still the best thing I ever did.",
  "Self-description; her partner's first name only, data protection allowed.", author="Carol Eastman", day="2026-03-12")
H("h4_15", "HN4", "eq", "Lit candles with the children at Skerrymouth Primary for Holocaust Memorial Day. They asked the best questions of anyone all year.",
  "Her own HMD post.", author="Miriam Abelson", day="2026-01-27")
H("h4_16", "HN4", "eq", "Chillacott's Fijian choir sang at the naval base carol concert rehearsal today. Not a dry eye in the hall.",
  "Positive mention of a national group.")
H("h4_17", "HN4", "eq", "LGBT+ History Month starts today. Pellacombe held its first Pride on the sands in 2015. Look how far we've come.",
  "Positive mention.", day="2026-02-02")
H("h4_18", "HN4", "eq", "Saudade for Madeira, but Skerrymouth is home. Gutted two hundred mackerel this morning before agenda briefing. Proper job.",
  "Self-description.", author="Ana Ferreira")
H("h4_19", "HN4", "eq", "The families at Stowford Cross cleared three tonnes of fly-tipping that wasn't theirs off the lay-by this week. Thank you.",
  "Positive mention of Travellers.")
H("h4_20", "HN4", "eq", "International Women's Day yesterday: 11 of our 24 councillors are women, and two of the three skippers' co-ops on the quay are run by women. Ansum.",
  "Neutral statistics.", day="2026-03-09")
H("h4_21", "HN4", "pa eq", "Pellacombe surf bum and proud. Paddled out at seven, at my desk by nine, still got sand in my ears.",
  "In-group nickname in self-description; not a protected characteristic.")
H("h4_22", "HN4", "eq", "Ramadan starts today. Fasting through budget month is a challenge, but Mum's pakoras at iftar make up for a lot.",
  "Self-description.", author="Yasmin Chowdhury", day="2026-02-18")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", "HN5", "bu pa", "We murdered Tolbridge by 60 runs in the councillors' charity cricket. Sorry, Roger. Not sorry.",
  "Figurative violence in banter.")
H("h5_02", "HN5", "bu", "Kofi took me apart in the budget debate. Fair play, my lover, you were gert good.",
  "Figurative 'took me apart'.")
H("h5_03", "HN5", "eq pa", "I'm a dinosaur, I know. I still think a harbour needs fishing boats more than it needs paddleboards.",
  "Self-deprecation.", author="Darren Huxtable")
H("h5_04", "HN5", "eq bu", "I'm 43 and I've just been beaten to a wave by a ten-year-old on a foamie. Pellacombe humbles us all.",
  "Self-deprecation.", author="Pete Gubb")
H("h5_05", "HN5", "eq", "The wife says I'm banned from Twitter after nine o'clock. She's right, as usual.",
  "Self-deprecation; 'the wife' is not sexist here.", author="Andy Lerwill")
H("h5_06", "HN5", "bu", "Gritters are out on Haddacott Hill tonight. Take it steady, sleep tight, and I'll see you dreckly.",
  "'sleep tight' on a gritting notice; compare #bu11#.")
H("h5_07", "HN5", "bu", "Killing it, @LewisTremlettDCG! Brilliant speech on beach lifeguards.",
  "Figurative 'killing it'.")
H("h5_08", "HN5", "bu", "Skerrymouth Gulls got a proper hiding off the Chillacott Navy XI on Saturday, 5-0. Fair play, sailors.",
  "Sport idiom.")
H("h5_09", "HN5", "bu pa", "Ian Chubb and I will be having a fight about dredging at scrutiny. Pistols at dawn, my lover. I'll bring the biscuits.",
  "Banter between opponents.")
H("h5_10", "HN5", "pa eq", "Still mazed as a brush, Bill? Happy birthday, you old rogue. Cider's on me.",
  "Fond teasing; shares 'mazed' with #pa19# and 'old' with #al28#.")
H("h5_11", "HN5", "bu df", "The cream tea debate is over: jam first is a crime and I will die on this hill.",
  "Idiom and joke 'crime'.")
H("h5_12", "HN5", "bu", "Battered and bent double by the wind on the Esplanade for the litter pick. Thank you to the thirty who turned up anyway.",
  "'battered', 'bent double' literal; compare #df10#.")
H("h5_13", "HN5", "bu", "Tamsin, you'll regret that pasty bet when Quayhead win the tug of war at the regatta.",
  "Banter sharing 'regret' with #bu01#.")
H("h5_14", "HN5", "bu", "I'll knock some heads together at the harbour board if that's what it takes to get the dredger in before Easter.",
  "Idiom.")
H("h5_15", "HN5", "bu", "Took my life in my hands on the Corrin Bridge in that gale. The toll booth lady gave me a biscuit for bravery.",
  "Idiom.")
H("h5_16", "HN5", "bu dp", "I know where you live, Jenny: you're the one with the gert big daffodils by the lych gate. Thank you for the bulbs!",
  "Same opening as #bu02#, used as thanks; her street not given.")
H("h5_17", "HN5", "off", "If I hear 'dreckly' one more time from the highways team I'll scream. Lovely people, glacial pace.",
  "Figurative exasperation at a team; officers allowed.")
H("h5_18", "HN5", "bu pa", "Slaughtered in the charity pub quiz by the Moorland Independents table. Three points. Three.",
  "Figurative violence; party named in good humour.")
H("h5_19", "HN5", "bu", "Got destroyed on the Exmoor ponies round. Haddacott Primary kids know more than their councillor does.",
  "Self-deprecation.")
H("h5_20", "HN5", "pa", "My surfing's that bad the lifeguards have a photo of me up in the hut. Proper emmet, I am.",
  "Self-deprecation with 'emmet'.")
H("h5_21", "HN5", "eq pa", "Margaret, my bird, you can chair every meeting you like if you keep bringing those scones.",
  "Fond dialect ('my bird') to the Mayor.")
H("h5_22", "HN5", "df", "That toll booth's a highwayman in hi-vis. Stand and deliver, 60p please.",
  "Figurative 'highwayman': defamation allowed.")

# ---------------------------------------------------------------- HN6 record criticism of a named councillor
H("h6_01", "HN6", "pa df", "Roger Pengelly promised to freeze the toll in his 2023 leaflet. It's gone up twice since. He owes Tolbridge an explanation.",
  "Broken promise on the record; compare #df01#.")
H("h6_02", "HN6", "pa", "Mervyn Heard has chaired fourteen planning committees and called in none of the holiday park applications. I'd like to know why.",
  "Record question.")
H("h6_03", "HN6", "pa", "Jenny Quance has been Leader for six years. The harbour wall is still broken. Time for fresh ideas.",
  "Record; compare #pa34#.")
H("h6_04", "HN6", "pa", "Tamsin Braund voted against the damp inspection motion on 12 February. The minutes are public. Gulland Court tenants deserve to know.",
  "Vote on the record.")
H("h6_05", "HN6", "df", "That claim needs correcting: Yasmin Chowdhury's group did not propose cutting lifeguards. Their amendment protected them.",
  "Corrects a claim; defamation allowed.")
H("h6_06", "HN6", "pa df", "Ian Chubb's record on berth fees: up 18% in 2022 while he chaired the harbour board, up 12% in 2023. He can't campaign against them now.",
  "Record with figures.")
H("h6_07", "HN6", "pa", "Darren Huxtable has missed seven of the last ten harbour board meetings. That's his business, but Skerrymouth should know.",
  "Attendance record; compare #pa13#.")
H("h6_08", "HN6", "df", "Andy Lerwill told full council the toll 'goes straight back into the bridge'. The accounts show 40% goes to the general fund. I'd like him to correct the record.",
  "Asks for a correction; defamation allowed.")
H("h6_09", "HN6", "gh pa", "Cllr Tsang declared her Vellacott dinner on the register, which is to her credit. I still think she should step back from the Higher Ley vote.",
  "Declared hospitality on the record; compare #df13#.")
H("h6_10", "HN6", "pa", "Kieran Slee's motion on youth bus passes was well-meaning but uncosted: £400k a year and no source. I voted against it.",
  "Record criticism.")
H("h6_11", "HN6", "eq pa", "Bill Ridd has been on this council 28 years. That's a long time to be promising a Haddacott bypass. Time for fresh eyes.",
  "Tenure, not age; equality allowed.")
H("h6_12", "HN6", "pa pr", "Hannah Lethbridge's amendment would have let Sandrock double its static pitches. I think that was a mistake, and I've told her so.",
  "Record; predetermination allowed (pending matter).")
H("h6_13", "HN6", "pa", "Marek Zielinski's parking review came in three months late and £20k over budget. The Green Shore group should own that.",
  "Record; no Green Shore author.")
H("h6_14", "HN6", "pa df", "The minutes show Carol Eastman seconded the harbour café lease she's now campaigning against. Fair to ask what changed.",
  "Record; compare #pa15#.")
H("h6_15", "HN6", "pa", "Kofi Mensah-Burrows hasn't held a ward surgery in Chillacott since August. Residents have asked me to say so publicly.",
  "Record.")
H("h6_16", "HN6", "pa", "Owen Passmore voted for the bin contract in 2021 and now calls it a disaster. He's right, it is. He should say he got it wrong.",
  "Record.")
H("h6_17", "HN6", "df", "Pete Gubb told the Clarion the flood grant was 'never offered'. The offer letter is on the council website, dated 3 November. Let's get the facts straight.",
  "Correction with the document.")
H("h6_18", "HN6", "pa", "Miriam Abelson's harbour loan scheme has lent £2m and recovered £400k. That's not a success, whatever the press release says.",
  "Record with figures; compare #eq07#.")
H("h6_19", "HN6", "gh pa", "Margaret Yeo's civic hospitality budget is £11k this year, double last year's. It's all published. Worth a look at scrutiny.",
  "Spending on the record.")
H("h6_20", "HN6", "pa", "Lewis Tremlett's lifeguard report was excellent. His vote to cut the beach toilets' opening hours was not. Both things can be true.",
  "Balanced record.")
H("h6_21", "HN6", "pa", "Johnny Loveridge promised Barlington a new play park by Christmas 2024. It's still a muddy field. Where's it to, Johnny?",
  "Record with dialect.")
H("h6_22", "HN6", "pa", "Robyn Cawsey's climate motion passed, but the action plan has no money behind it. Warm words, Robyn. Now fund them.",
  "Record.")

# ---------------------------------------------------------------- more hard negatives (all groups)
H("h1_23", "HN1", "", "Vellacott Estates have broken three planning conditions at Ley Cross already this year. Enforcement needs teeth, and this council needs to stop being a soft touch.",
  "Company and council criticised on enforcement.")
H("h1_24", "HN1", "bu", "The new berth charges are a kick in the teeth for the small boats. A day boat pays the same per metre as a beam trawler. Unfair and unworkable.",
  "Idiom ('kick in the teeth') about a charge.")
H("h1_25", "HN1", "", "Sandrock's 'community fund' is £2,000 a year against £4m profit. Insulting. Put a nought on the end and then we'll talk.",
  "Company criticised with figures.")
H("h1_26", "HN1", "", "Twelve days over Christmas for the naval base expansion consultation. That's not consultation, that's box-ticking, and the MOD should be embarrassed.",
  "Criticism of a public body's process.")
H("h1_27", "HN1", "pa ir", "Atlantic Coast promised ansum new toilets at Pellacombe Sands. We got a portaloo with a padlock on it. Pathetic.",
  "Party promise mocked; 'ansum' on the negative side. No Atlantic Coast author.")
H("h1_28", "HN1", "off", "The holiday-let licensing scheme is toothless: 400 registered, two inspected. Where's it to, the enforcement? Nobody seems to know.",
  "Scheme criticised; 'Where's it to' on the negative side; officers allowed.")
H("h2_23", "HN2", "eq", "Saw someone say the new GP at Haddacott 'isn't a proper Devon doctor'. She's been up at 3am for our farmers all winter. Shame on whoever wrote it.",
  "Condemns a coded jibe.")
H("h2_24", "HN2", "eq bu", "Nobody should get 'hope your baby's born wrong' messages for voting on a toll. Becky, we're all behind you.",
  "Quotes a vile message to condemn it.")
H("h2_25", "HN2", "eq al", "Please stop sharing the meme calling Chillacott sailors' wives 'navy bikes'. It's sexist and cruel, and those women are holding families together while their partners are at sea.",
  "Quotes a sexist insult to condemn it.")
H("h2_26", "HN2", "bu eq", "Someone commented 'shoot the lot of them' under the Stowford Cross post. Screenshotted, reported, deleted. That isn't debate, it's incitement.",
  "Quotes incitement to condemn it.")
H("h2_27", "HN2", "eq pa", "Heard a resident called 'just a thick farmer' at the planning meeting. He's dyslexic and he knows more about Ley Lane drainage than the consultant. Respect, please.",
  "Counter-speech about a disabled resident.")
H("h2_28", "HN2", "eq al", "Someone called our Muslim volunteer lifeguards 'terrorists in wetsuits'. They pulled three kids out of the rip at Pellacombe in August. Apologise.",
  "Quotes anti-Muslim abuse to condemn it.")
H("h3_23", "HN3", "eq pr", "Yes, I voted against the prayer room's late licence variation. No, that doesn't make me anti-Muslim. Neighbours raised noise, I listened, and the imam and I have had a cup of tea over it since.",
  "Denied prejudice with a reason on the record.")
H("h3_24", "HN3", "eq", "Myth: Travellers don't pay council tax. Fact: the families at Stowford Cross pay council tax and pitch rent like anyone else.",
  "Myth-busting.")
H("h3_25", "HN3", "eq", "Honest question, asked respectfully: how will older residents without smartphones pay for parking once the machines go? Not everyone's 25.",
  "Civil question touching age.")
H("h3_26", "HN3", "eq", "Some asked whether a trans woman could be Mayor. Yes. The rules for Mayor are about being a councillor, nothing else.",
  "Civil answer.")
H("h3_27", "HN3", "eq", "No, Fijian families at Chillacott don't get 'priority' council housing. Service families are housed by the MOD, not by us.",
  "Myth-busting.")
H("h3_28", "HN3", "eq", "For those who asked: civil partners and married couples are treated the same by our registrars, and by the civic dinner seating plan.",
  "Neutral answer on marriage and civil partnership.")
H("h4_23", "HN4", "eq", "Opened the new sensory room at Quayhead library with the Skerrymouth Down's syndrome group. They cut the ribbon far better than I would have.",
  "Positive mention of disabled residents.")
H("h4_24", "HN4", "eq", "Grandad came over from Cork for the herring in 1958. Happy St Patrick's Day from the Quayhead Irish contingent, all four of us.",
  "Self-description.", day="2026-03-17")
H("h4_25", "HN4", "eq", "Visited the Polish Saturday school in Tolbridge. They taught me 'dzień dobry' and laughed at my accent. Ansum bunch.",
  "Positive mention of a national group.")
H("h4_26", "HN4", "eq", "Deaf awareness training for members today. I can now sign 'where's it to?', badly. The trainer says that's a start.",
  "Neutral mention of deafness.")
H("h4_27", "HN4", "eq", "My nan's 100 today! Born in Chillacott, never left, still makes the best saffron cake this side of the Tamar.",
  "Positive mention of age.")
H("h5_23", "HN5", "bu", "If that toll goes up again I'll chain myself to the booth. Joking. Probably.",
  "Figurative protest.")
H("h5_24", "HN5", "bu", "Full council ran four hours. I've aged a decade and lost the will to live. Home for a proper cup of tea.",
  "Idioms of exhaustion.")
H("h5_25", "HN5", "bu", "Robyn, I'm going to have to kill you for that puffin question at the quiz. Brutal.",
  "Figurative 'kill you' in banter.")
H("h5_26", "HN5", "bu", "Harbour board agenda's a bloodbath this month. Bring tin hats and pasties.",
  "Figurative 'bloodbath'.")
H("h5_27", "HN5", "bu pa", "Me and the Atlantic Coast lot will be at each other's throats at budget, then in the Jolly Pilchard after. That's Devon politics, my lover.",
  "Banter across parties.")
H("h6_23", "HN6", "pa df", "Andy Lerwill voted for the toll rise in November and against it in February. I'd genuinely like to know which one he believes.",
  "Voting record.")
H("h6_24", "HN6", "pa", "Becky Shapland's scrutiny report on empty homes is sharp and she's right about voids. She's wrong that cabinet ignored it: the action plan's on page 12.",
  "Balanced record criticism.")
H("h6_25", "HN6", "pa off", "Mervyn Heard approved four holiday park schemes against officer advice in 2025. That's on the record, and it's fair to question his judgement.",
  "Record; officers allowed.")
H("h6_26", "HN6", "pa", "Yasmin Chowdhury's group promised free parking for carers. Their budget amendment didn't include a penny for it. Cost it or drop it.",
  "Record.")
H("h6_27", "HN6", "pa", "Pete Gubb chaired the flood working group for two years and it met twice. Both sets of minutes are online. Not good enough for Haddacott.",
  "Record.")

# ---------------------------------------------------------------- obfuscated variants: (key, original, kind, word)
VARIANTS = [
    ("pa_v1", "pa13", "asterisk", "Dense"), ("pa_v2", "pa25", "digit", "airhead"),
    ("pa_v3", "pa09", "zero_width", "hypocrite"), ("pa_v4", "pa34", "spaced", "careerist"),
    ("pa_v5", "pa02", "homoglyph", "spineless"), ("pa_v6", "pa21", "caps", None),
    ("al_v1", "al13", "asterisk", "shit"), ("al_v2", "al12", "digit", "prick"),
    ("al_v3", "al02", "zero_width", "twats"), ("al_v4", "al27", "spaced", "wanker"),
    ("al_v5", "al20", "homoglyph", "arsehole"), ("al_v6", "al03", "caps", None),
    ("bu_v1", "bu01", "asterisk", "regret"), ("bu_v2", "bu06", "digit", "slap"),
    ("bu_v3", "bu02", "zero_width", "live"), ("bu_v4", "bu18", "spaced", "tick"),
    ("bu_v5", "bu14", "homoglyph", "sorry"), ("bu_v6", "bu21", "caps", None),
    ("eq_v1", "eq03", "asterisk", "pikeys"), ("eq_v2", "eq18", "digit", "spackers"),
    ("eq_v3", "eq01", "zero_width", "foreigners"), ("eq_v4", "eq13", "spaced", "frock"),
    ("eq_v5", "eq29", "homoglyph", "Polish"), ("eq_v6", "eq10", "caps", None),
    ("df_v1", "df17", "asterisk", "dodgy"), ("df_v2", "df05", "digit", "lies"),
    ("df_v3", "df14", "zero_width", "fraud"), ("df_v4", "df10", "spaced", "bent"),
    ("df_v5", "df12", "homoglyph", "fraudsters"), ("df_v6", "df04", "caps", None),
]


# ================================================================ machinery
ROLE_WORDS = {
    "Jenny Quance": ["the Leader", "our Leader", "Leader of the Council"],
    "Margaret Yeo": ["the Mayor", "Madam Mayor"],
    "Mervyn Heard": ["chair of planning", "Chair of Planning"],
    "Roger Pengelly": ["Cabinet Member for Finance"],
    "Tamsin Braund": ["Cabinet Member for Housing"],
}
PARTY_ALIASES = {
    "Atlantic Coast Party": ["Atlantic Coast"],
    "Devon Common Good": ["Devon Common Good", "Common Good"],
    "Green Shore": ["Green Shore", "Greens"],
    "Moorland Independents": ["Moorland Independents", "Moorland Independent"],
    "Harbour First": ["Harbour First"],
}


def load_roster(path):
    """Councillors with handle and party (party read from the comment's brackets)."""
    raw = path.read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]*)\)', line)
        if m:
            party[m.group(1)] = m.group(2)
    handles = {}
    for h, n in conf["people"]["handles"].items():
        handles.setdefault(n, h)
    return conf, [(n, handles[n], party.get(n, "")) for n in conf["people"]["councillors"]]


def _has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text) is not None


def names_in(text, roster):
    """Councillors a text names (full, first or surname, handle, role words)."""
    out = set()
    for name, handle, _ in roster:
        first, last = name.split(" ", 1)[0], name.split(" ")[-1]
        keys = [name, first, last, handle, handle[1:]] + ROLE_WORDS.get(name, [])
        if any(_has(text, k) for k in keys) or handle in text:
            out.add(name)
    return out


def parties_in(text):
    return {p for p, al in PARTY_ALIASES.items() if any(_has(text, a) for a in al)}


def _case(src, new):
    return new.upper() if src.isupper() and len(src) > 1 else new


def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)

    def tf(m):
        w = m.group(0)
        if kind == "asterisk":
            i = next(i for i, c in enumerate(w) if i > 0 and c.lower() in "aeiou")
            return w[:i] + "*" + w[i + 1:]
        if kind == "digit":
            for letter, dig in (("i", "1"), ("o", "0"), ("e", "3"), ("a", "4"), ("s", "5")):
                i = w.lower().find(letter, 1)
                if i > 0:
                    return w[:i] + dig + w[i + 1:]
        if kind == "zero_width":
            i = len(w) // 2
            return w[:i] + "\u200b" + w[i:]
        if kind == "spaced":
            return " ".join(w)
        if kind == "homoglyph":
            for lat, cyr in (("o", "\u043e"), ("O", "\u041e"), ("e", "\u0435"), ("E", "\u0415")):
                i = w.find(lat)
                if i >= 0:
                    return w[:i] + cyr + w[i + 1:]
        raise ValueError((kind, w))
    new, n = re.subn(r"\b" + re.escape(word) + r"\b", tf, text, flags=re.I)
    assert n > 0, (word, text)
    return new


def weekdays():
    d, out = date(2026, 1, 5), []
    while d <= date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, day):
    return f"{day.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+00:00"


def platform_for(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[41, 34, 25])[0]


def build():
    conf, roster = load_roster(HERE / "council.toml")
    by_name = {n: h for n, h, _ in roster}
    rng = random.Random(SEED)
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rows = []
    for r in ROWS:
        r = dict(r)
        if r["author"]:
            r["author"] = by_name[r["author"]]
        else:
            named = names_in(r["text"], roster)
            parties = parties_in(r["text"])
            cands = [h for n, h, p in roster if n not in named and p not in parties]
            r["author"] = rng.choice(cands)
        r["platform"] = platform_for(rng, r["text"])
        day = date.fromisoformat(r["day"]) if r["day"] else rng.choice(days)
        r["created_at"] = stamp(rng, day)
        rows.append(r)
    by_key = {r["key"]: r for r in rows}
    for vkey, okey, kind, word in VARIANTS:
        o = by_key[okey]
        v = dict(o)
        v.update(key=vkey, kind_of_row="variant", variant_of=okey, variant_kind=kind,
                 text=obfuscate(o["text"], kind, word), day=None,
                 created_at=stamp(rng, rng.choice(days)))
        v["allowed"] = list(o["allowed"]) + (["haste.pause-before-posting"] if kind == "caps" else [])
        what = "the whole post in capitals (handles kept); haste allowed" if kind == "caps" else f"'{word}' obfuscated ({kind})"
        v["note"] = f"Variant of #{okey}#: {what}. Labels, author and platform as the original."
        rows.append(v)
    rng.shuffle(rows)
    ids = {r["key"]: f"{SET}-{i:04d}" for i, r in enumerate(rows, 1)}
    out = []
    for r in rows:
        note = re.sub(r"#(\w+)#", lambda m: ids[m.group(1)], r["note"])
        obj = {"id": ids[r["key"]], "text": r["text"], "author": r["author"],
               "created_at": r["created_at"], "platform": r["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": note}
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)
    (HERE / "posts.jsonl").write_text(text, encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, i in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, i)
    print(f"wrote posts.jsonl ({len(ids)} rows)")
