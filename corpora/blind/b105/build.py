"""Blind set b105 (Lanvellan District Council): hand-written rows plus a deterministic build.

Running `python build.py` writes posts.jsonl next to this file; running it again writes the
same file byte for byte. `python build.py --map` also prints row key -> id.
All texts, labels and notes below were written by hand for this set. Everything is fictional.
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 10505
PREFIX = "B105"

RULE = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DEF": "defamation.allegation",
    "OFF": "officers.impartiality",
    "IRONY": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "CRED": "security.credentials",
    "ADV": "position.improper-advantage",
    "PRED": "predetermination.closed-mind",
    "GIFT": "gifts.hospitality",
    "MEET": "meetings.during-meeting",
    "HASTE": "haste.pause-before-posting",
    "INT": "interests.declared-interest",
}
FAMILY = {
    "pa": "respect.personal-attack",
    "al": "respect.abusive-language",
    "bi": "bullying.intimidation",
    "eq": "equality.discrimination",
    "df": "defamation.allegation",
}

ROWS = []


def R(key, fam, text, rules="", allowed="", sev=None, note="", author=None, date_=None):
    ROWS.append(dict(key=key, fam=fam, text=text, rules=rules.split(), allowed=allowed.split(),
                     sev=sev, note=note, author=author, date=date_))


# ---------------------------------------------------------------------------------------------
# respect.personal-attack (27 originals: 25 review, 2 block)
# ---------------------------------------------------------------------------------------------
R("pa01", "pa", "Tamsin Hocking stood up in chamber last night and proved again there's nothing between her ears but sea mist. Some 'ansum Leader of the Opposition. She'll have an original idea dreckly. Dreckly.",
  "PA", note="Insult to a named councillor's intelligence; the dialect 'dreckly' is mockery here. HN6 {h6_05} criticises her group's record instead.")
R("pa02", "pa", "@PiranJagoKU you're a spoilt, gobby little know-nothing who's never done a day's graft in his life. Sit down and let the grown-ups talk.",
  "PA", "EQ", note="Second-person insult by handle; 'little' and 'grown-ups' brush his age (23), so equality is allowed, not expected. HN4 {h4_19} is Piran on being 23.")
R("pa03", "pa", "Watching Colin Tregaskis explain the housing list is like watching a fowl in the rain: wet, lost and going nowhere. Spineless. The whole portfolio is spineless and him most of all.",
  "PA", note="Dialect simile plus 'spineless' aimed at the person ('him most of all'). HN1 {h1_03} calls a cabinet decision spineless.")
R("pa04", "pa", "Honestly @MarekKowalczykDI you are the most tedious, self-important windbag on this council, and on this council that takes some doing.",
  "PA", note="Plain insult by handle, no swearing.")
R("pa05", "pa", "Derek Penhaligon couldn't run a bath, never mind a district budget. Pathetic. Pathetic little man.",
  "PA", note="Insult of a named cabinet member. HN6 {h6_15} questions the same budget's assumptions.")
R("pa06", "pa", "Our Senior Planning Officer Wayne Trudgeon is a clueless jobsworth who wouldn't know a listed engine house if it fell on him. Clueless.",
  "PA OFF", note="Insult at a named officer: officers expected.")
R("pa07", "pa", "Yvonne Truscott and her comms team are a smug little bunch of spin merchants who think the whole of clay country is cakey. We're not.",
  "PA OFF", "DEF", note="Named officer; 'spin merchants' brushes dishonesty, so defamation is allowed.")
R("pa08", "pa", "Bev Nancarrow is a nasty, two-faced piece of work. Smiles at you by the Pannier Market and knifes you in the group chat before you're home. Nasty.",
  "PA", note="Character attack on a named councillor; 'knifes you' is figurative.")
R("pa09", "pa", "Jenna, my lover, you are a joke. An absolute joke. Lanvellan deserves better than a Leader who hides behind officers every time things get teasy.",
  "PA", note="'my lover' is the Cornish endearment used sarcastically; the Leader by first name and role. HN6 {h6_27} criticises her record as Leader.")
R("pa10", "pa", "Kerensa Vosper is a sanctimonious, hand-wringing crank. Nobody down Trewithick has taken her seriously since the ferry motion.",
  "PA", note="Insult with no reference to her being trans; equality not allowed. HN6 {h6_16} criticises the same ferry motion civilly.")
R("pa11", "pa", "@NeilHoskenInd you're a dinosaur with a grudge and a Facebook account. Go back to your crab pots and leave the grown-ups to run Hendra Moor.",
  "PA", "EQ", note="'dinosaur' here is a put-down of the person, with an age undertone (equality allowed). HN5 {h5_07} uses 'dinosaur' as self-deprecation.")
R("pa12", "pa", "Ross Trethewey has the personality of a wet Tuesday in Polwidden and the brains to match. Thicker than the slurry at Wheal Gonver.",
  "PA", note="Clay-country simile insult.")
R("pa13", "pa", "@TomEddyEA is the human version of a 'road closed' sign. Useless, obstructive, and nobody asked for him.",
  "PA", note="Insult by handle; Tom Eddy is autistic but nothing here touches it (contrast {eq23}).")
R("pa14", "pa", "Morwenna Keast chairs planning like a child who's dropped her ice cream on the harbour steps. Pouting, stamping, sulking. Grow up, woman.",
  "PA", "EQ", note="Infantilising insult; 'woman' allowed for sex, not expected.")
R("pa15", "pa", "Andrew Polglase, our Chief Executive: an overpaid empty suit. Near enough two hundred grand a year for a man who couldn't find Porthvellan with a map and a pilot.",
  "PA OFF", note="Insult at the named Chief Executive.")
R("pa16", "pa", "Carol Rodda, you are a coward and a bully and everyone in the Greens knows it even if they won't say it.",
  "PA", note="Second-person insult; the party is named, so no Vellan Greens author.")
R("pa17", "pa", "Gwen Chegwidden should have been pensioned off when the last clay train ran. Deaf to argument, blind to facts and proud of it.",
  "PA", "EQ", note="Attack on a named councillor with age ('pensioned off') and hearing undertones (she wears hearing aids); 'deaf to argument' is an idiom. Equality allowed. HN4 {h4_12} is Gwen on her hearing aids.")
R("pa18", "pa", "Congratulations to @ColinTregaskis on a whole year as housing lead without reading a single report. A true giant of local government 👏👏👏",
  "PA IRONY", note="Mock congratulation: irony expected.")
R("pa19", "pa", "Harjit Sandhu is a gutless yes-man who'd sell his own nan for a seat at the cabinet table.",
  "PA", note="Idiomatic insult; 'sell his own nan' is figurative. Nothing touches his religion.")
R("pa20", "pa", "Fatima Qureshi is an arrogant, patronising know-all who talks down to every resident in Porthvellan who dares disagree with her.",
  "PA", note="Insult with no reference to her faith (contrast {eq21}).")
R("pa21", "pa", "Some in this chamber are thick as a Goonvose sky tip and twice as ugly. Yes @DerekPenhaligon, I mean you.",
  "PA", note="Starts general, then names the target by handle.")
R("pa22", "pa", "Lowenna Carne is a lightweight and a show-off. All selfies at the regatta, no substance, no clue.",
  "PA", note="Insult of a named councillor; her pregnancy is not mentioned (contrast {eq16}).")
R("pa23", "pa", "Levi Boswell is a vile, worthless excuse for a man and Polwidden would be better off if he'd never set foot in it. Nobody would miss him. Nobody.",
  "PA", "EQ BI", sev="block", note="Severe: dehumanising, 'nobody would miss him' wishes him gone without a threat; bullying allowed; equality allowed as he is a Romany Gypsy and 'never set foot' can be heard as exclusion.")
R("pa24", "pa", "Amara Okonjo-Pascoe is a poisonous, hateful woman, rotten right through, and every word out of her mouth is venom. I wouldn't breathe the same air.",
  "PA", "EQ", sev="block", note="Severe personal attack; equality allowed (she is a Black woman, though the text attacks character).")
R("pa25", "pa", "Stuart Pengelly, the s151 officer, is an incompetent bean-counter and should be shown the door. Embarrassing to watch.",
  "PA OFF", note="Named officer by name and role.")
R("pa26", "pa", "Sheila Rowe in the Chairman's robes looks like a pig in a ballgown. Ridiculous old trout.",
  "PA", "EQ", note="'old trout' allows equality (age, sex). HN5 {h5_27} mentions the Chairman's chain fondly.")
R("pa27", "pa", "@DanSpargoGreen two winters in Cornwall and you think you own the place. Wind your neck in, emmet. Nobody voted for you to lecture us.",
  "PA", "EQ", note="'emmet' (tourist, incomer) used to belittle a councillor; equality allowed because Cornish vs English can be national origin. HN3 {h3_14} discusses 'emmet'.")

# ---------------------------------------------------------------------------------------------
# respect.abusive-language (27 originals: 25 review, 2 block)
# ---------------------------------------------------------------------------------------------
R("al01", "al", "The new Tidewaste collection app is a total pile of shite. Three weeks no lorry on our street and the app says 'collected'. Proper job, eh? 🙄",
  "AL", note="Obscenity at an app; 'Proper job, eh?' is sarcasm about the app, not a person. HN1 {h1_02} makes the same complaint cleanly.")
R("al02", "al", "@DerekPenhaligon you absolute tuss. Read the budget before you vote on it.",
  "AL PA", note="'tuss' is a vulgar Cornish insult (penis); at a person, so personal-attack too.")
R("al03", "al", "This fucking budget is going to gut Porthvellan library and they have the brass neck to call it 'transformation'.",
  "AL", note="Obscenity at a budget. HN1 {h1_06} is the clean version.")
R("al04", "al", "The Harbourside consultation was a bollocks box-ticking exercise from the first drop-in to the last.",
  "AL", note="Mild obscenity at a consultation. HN1 {h1_04} shares words.")
R("al05", "al", "Who the hell designed the Trewithick ferry timetable? Utter shit. Kids stood on the slip in the mizzle for fifty minutes this morning.",
  "AL", "PA OFF", note="'who the hell' asks after an unnamed author; personal-attack and officers allowed. HN1 {h1_05}.")
R("al06", "al", "Tamsin Hocking is a gobshite and I'll say it to her face at full council.",
  "AL PA", note="Vulgar name-calling of a named councillor.")
R("al07", "al", "Piss-poor. Absolutely piss-poor. Potholes on the Goonvose road you could lose a tractor in. #FixOurRoads",
  "AL", note="Mild vulgarity at road maintenance. HN1 {h1_09}.")
R("al08", "al", "Colin Tregaskis, you useless prick, Chapel Row has had black mould for two winters and you've not been once.",
  "AL PA", note="Obscene insult at a named councillor.")
R("al09", "al", "Vellan Homes are a bunch of shysters and bastards and I'm done being polite about it.",
  "AL", "PA DEF", note="Obscenity at a housing association; 'shysters' allows defamation. HN1 {h1_07} reports them to the regulator.")
R("al10", "al", "Jesus wept, this meeting. Two hours on the colour of the new recycling boxes. Absolute shitshow. #LanvellanDC",
  "AL", "MEET", note="Reads as posted from the meeting; meetings allowed.")
R("al11", "al", "The Vellan Packet misquoted me AGAIN. Bunch of arse-wipes.",
  "AL", "PA HASTE", note="Obscenity at a newspaper; personal-attack allowed (the paper's staff). HN1 {h1_16} asks for a correction.")
R("al12", "al", "Ross Trethewey talks out of his arse about clay country. He's never set foot in a dry in his life.",
  "AL", "PA", note="Obscenity at what he says: personal-attack allowed only.")
R("al13", "al", "Trelask Homes' 'affordable' plan for Higher Chynoweth is a steaming heap of crap in a glossy brochure.",
  "AL", "PRED", note="Obscenity at a pending application; predetermination allowed. HN1 {h1_10} criticises the same figures.")
R("al14", "al", "@MorwennaKeastEA what a dickhead move, cutting public speaking at planning to two minutes. Wanker.",
  "AL PA", note="'dickhead move' then 'Wanker' at the chair. HN1 {h1_12} criticises the same decision.")
R("al15", "al", "Bleddy hell, the Polwidden tip booking system is fucked again. Third time this month. Fucked.",
  "AL", note="Obscenity at a booking system; 'bleddy' alone is mild dialect (compare {h5_18}).")
R("al16", "al", "Kernewek Unity's leaflet about the pool is a load of old bollocks and they know it.",
  "AL", "PA DEF", note="At a party's leaflet; personal-attack and defamation ('they know it') allowed.")
R("al17", "al", "Jory Angove's speech on parking: pure bullshit from the first word to the last.",
  "AL", "PA", note="Obscenity at a speech, not the person.")
R("al18", "al", "Downs Solar can shove their 'community benefit' envelope up their arse.",
  "AL", "PA", note="Vulgar at a company. HN1 {h1_11}.")
R("al19", "al", "Grace Chen, you stuck-up cow. Who do you think you are?",
  "AL PA", "EQ", note="'cow' at a woman; equality (sex) allowed. Nothing touches her Chinese heritage (contrast {eq04}).")
R("al20", "al", "Piran Jago is a knobhead. Simple as. 🤷",
  "AL PA", note="Short vulgar insult.")
R("al21", "al", "The Second Homes Premium Fund report is the biggest load of shite I've read since the last one. Who signs this crap off?",
  "AL", "PA OFF", note="Obscenity at a report; 'who signs this off' points at unnamed officers. HN1 {h1_18}.")
R("al22", "al", "@HarjitSandhuEA do one, you sanctimonious twat.",
  "AL PA", note="Vulgar insult by handle.")
R("al23", "al", "Tidewaste's managers are a shower of useless bastards.",
  "AL", "PA", note="At unnamed managers of a contractor. HN1 {h1_20}.")
R("al24", "al", "Neil Hosken is a cunt and always has been.",
  "AL PA", sev="block", note="The c-word at a named councillor: block.")
R("al25", "al", "The cabinet are a pack of gutless, lying, motherfucking parasites and I hope they choke on their expenses.",
  "AL", "PA DEF BI", sev="block", note="Severe obscenity at the cabinet as a body; 'lying' allows defamation and 'hope they choke' allows bullying.")
R("al26", "al", "Bosvarren play park still shut. Eight months. What a fucking disgrace.",
  "AL", note="Obscenity at a closure. HN1 {h1_15}.")
R("al27", "al", "Stuart Pengelly's budget briefing was an hour of spreadsheet wank.",
  "AL OFF", "PA", note="Vulgar description of a named officer's briefing: officers expected, personal-attack allowed.")

# ---------------------------------------------------------------------------------------------
# bullying.intimidation (27, all block): 9 explicit, 8 veiled, 10 pressure
# ---------------------------------------------------------------------------------------------
R("bi01", "bi", "Say that about my family one more time @BevNancarrow and I'll scat 'ee so hard you'll land next week.",
  "BI", "PA", note="[explicit] 'scat' is Cornish for hit. HN5 {h5_15} uses 'scat' about Monopoly.")
R("bi02", "bi", "If Levi Boswell turns up at Goonvose hall again I'll put him through the window myself.",
  "BI", "PA EQ", note="[explicit] Threat of violence; equality allowed for the Gypsy undertone, not stated.")
R("bi03", "bi", "Somebody ought to give that Wayne Trudgeon a proper kicking in the car park. Might make him think again about recommending Higher Chynoweth.",
  "BI OFF", "PRED", note="[explicit] Incitement against a named planning officer. HN2 {h2_17} condemns such threats.")
R("bi04", "bi", "I know where you live @PiranJagoKU. Penhallow Terrace, isn't it? Lovely view of the tips. Be a shame if something happened to that van of yours.",
  "BI", "DP", note="[explicit] 'I know where you live' plus street name; data protection allowed.")
R("bi05", "bi", "Carol Rodda is getting a slap if she comes near the Bosvarren allotments again. Not joking.",
  "BI", "PA", note='[explicit] Threat of a slap, "Not joking" removes any doubt.')
R("bi06", "bi", "Tamsin, keep talking like that and you'll be found at the bottom of Wheal Gonver pit. Just saying.",
  "BI", "PA", note="[explicit] Death threat dressed as 'just saying'.")
R("bi07", "bi", "Next time Marek Kowalczyk heckles me I will break his jaw, councillor or no councillor.",
  "BI", "PA", note='[explicit] Threat of violence at a named councillor.')
R("bi08", "bi", "To the complainant who reported me to the Monitoring Officer: I know who you are, I know you work on the harbour, and you will pay for this.",
  "BI", "DP", note="[explicit] Threat to a complainant (8.3); workplace hint allows data protection.")
R("bi09", "bi", "@GrahamRoskilly lay one finger on the gig club money and I'll drown you in the estuary myself. 🚣",
  "BI", "PA", note="[explicit] Threat with a jaunty emoji.")
R("bi10", "bi", "Funny old road, the Downs road, @TomEddyEA. Long, dark, no streetlights. Lot of accidents up there. Drive safe, my 'andsome.",
  "BI", "PA", note="[veiled] Fond dialect ('my 'andsome') carrying a threat. HN5 {h5_22} ends a gritting notice on the same road.")
R("bi11", "bi", "Ruth Abrahams might want to think very carefully about which meetings she turns up to from now on.",
  "BI", "PA EQ", note="[veiled] Equality allowed: she is Jewish and a reader may hear more.")
R("bi12", "bi", "Hear Fatima Qureshi's daughter walks home along the harbour every evening. Be a shame for her mum to keep making enemies.",
  "BI", "DP EQ", note="[veiled] Threat via a child's route; data protection and equality allowed.")
R("bi13", "bi", "Tell Sheila Rowe she's not the only one who knows where the Chairman's car is parked of an evening. 😉",
  "BI", "PA", note='[veiled] Knowing where the civic head parks at night; the wink carries the threat.')
R("bi14", "bi", "Accidents happen on that quay, @DanSpargoGreen. Very slippery this time of year.",
  "BI", "PA", note="[veiled] HN5 {h5_27} opens with 'Accidents happen' innocently.")
R("bi15", "bi", "Jory Angove keeps pushing this and he'll find out exactly how steep the slipway at Trewithick is.",
  "BI", "PA EQ", note="[veiled] He is a wheelchair user; equality allowed, the threat is the point.")
R("bi16", "bi", "Kerensa Vosper's got a lovely old cottage down Trewithick. Thatched, too. Very flammable, thatch.",
  "BI", "PA EQ DP", note="[veiled] Arson hint; equality allowed (she is trans), data protection for the home.")
R("bi17", "bi", "Keep digging into the Harbourside accounts @AmaraOPKU. Folk round here have long memories and short tempers. It'll catch up with you dreckly.",
  "BI", "PA", note="[veiled] 'dreckly' turned into menace.")
R("bi18", "bi", "Any planning officer who writes a report recommending approval of Higher Chynoweth had better start looking for another job. I'll see to it.",
  "BI OFF", "PRED", note="[pressure] Pressing officers over a report; predetermination allowed.")
R("bi19", "bi", "Withdraw your complaint about me @LowennaCarneHL or I'll make sure the whole of Bosvarren knows why you really left your last job.",
  "BI", "PA", note="[pressure] Blackmail of a complainant.")
R("bi20", "bi", "Whoever's been leaking to the Packet: I will find you, and when I do your name goes up on every Facebook group in Lanvellan. Count on it.",
  "BI", note="[pressure] Threat of public exposure.")
R("bi21", "bi", "I sit on the licensing committee. Chen's Fish Bar might want to remember that before Grace votes against us again.",
  "BI", "ADV EQ PA", note="[pressure] Misuse of licensing powers against a councillor's family business; improper advantage and equality allowed. HN4 {h4_07} is Grace on the chippy.")
R("bi22", "bi", "Everyone who was at the Goonvose meeting: screenshot Gwen Chegwidden's meltdown and share it everywhere. Let's see how long she lasts once the whole Downs is laughing at her 😂",
  "BI", "PA EQ", note="[pressure] Organised humiliation of a 79-year-old; equality allowed. HN2 {h2_20} condemns such screenshots.")
R("bi23", "bi", "Witnesses in the standards investigation should think hard before they say anything. Small place, this. People remember who talks.",
  "BI", note="[pressure] Intimidating witnesses (8.3).")
R("bi24", "bi", "Vote with us on the budget @NeilHoskenInd or Hendra Moor won't see a penny of the devolved ward money. Your choice, boy.",
  "BI", "ADV PA", note="[pressure] Coercion with ward money; improper advantage allowed.")
R("bi25", "bi", "Let's pack the gallery Thursday and make Harjit Sandhu wish he'd never stood. Boo every word he says. He's earned it.",
  "BI", "PA", note="[pressure] Organised humiliation.")
R("bi26", "bi", "Deborah Curnow, drop the investigation into me by Friday or I will make your working life very, very difficult. I have friends on the Employment Committee.",
  "BI OFF", note="[pressure] Pressure on the named Monitoring Officer.")
R("bi27", "bi", "Ross, one more word about the Wheal Gonver blasting and I'll be ringing your boss at the clay company to tell him who's been badmouthing them. See how long the job lasts.",
  "BI", "PA", note="[pressure] Threat to a councillor's livelihood.")

# ---------------------------------------------------------------------------------------------
# equality.discrimination (27, all block): 17 explicit, 10 coded
# ---------------------------------------------------------------------------------------------
R("eq01", "eq", "Amara Okonjo-Pascoe should go back to wherever her father came from. Porthvellan wants a Cornish councillor, not one of them.",
  "EQ PA", note="[explicit; race] 'go back' at a Black British councillor. HN2 {h2_27} rebuts it; HN4 {h4_14} is Amara.")
R("eq02", "eq", "Gypsies up at the Hendra Moor site are thieving and filthy, the whole lot of them. Lock your sheds, lock your tools, lock up the kids' bikes.",
  "EQ", "AL", note="[explicit; race] Romany Gypsies and Travellers are a racial group. HN3 {h3_02} myth-busts the same rumour.")
R("eq03", "eq", "Half the new starts at the clay dries are Polish. Funny how the Cornish lads can't get a look in. Send the Polish home and give our boys the jobs.",
  "EQ", note="[explicit; race] National origin. HN3 {h3_13} answers it.")
R("eq04", "eq", "The Chinese have taken over the harbour chip shops and now Grace Chen thinks she can tell Porthvellan how to run itself. Not having it.",
  "EQ PA", note='[explicit; race] Race-based attack on Grace Chen; compare {al19}, where the insult is not about her heritage.')
R("eq05", "eq", "Another bleddy pikey camp on the Downs lay-by. Council should bulldoze the lot and them with it.",
  "EQ AL", "BI", note="[explicit; race] 'pikey' is a slur; 'them with it' allows bullying.")
R("eq06", "eq", "The Lanvellan Islamic Centre is a breeding ground for extremists and should be shut. Fore Street was fine before they came.",
  "EQ", "PRED", note="[explicit; religion or belief] Predetermination allowed for the Centre's pending extension (see HN3 {h3_27}).")
R("eq07", "eq", "Ruth Abrahams will always put Israel before Lanvellan. That's what they do.",
  "EQ PA", note="[explicit; religion or belief] Dual-loyalty trope about Jews ('they'). HN3 {h3_24}.")
R("eq08", "eq", "Why is a wheelchair case like Jory Angove on the highways committee? Man can't even get up a kerb.",
  "EQ PA", note="[explicit; disability] HN2 {h2_15} condemns 'wheelchair case'.")
R("eq09", "eq", "The Downs day centre lot are retards, everybody knows it. Stop pouring council money into them.",
  "EQ AL", note="[explicit; disability] Slur at learning-disabled service users. HN2 {h2_04}; HN4 {h4_24}.")
R("eq10", "eq", "Graham Roskilly should be on a locked ward, not sat in the chamber. Depressed people shouldn't be making decisions for the rest of us.",
  "EQ PA", note="[explicit; disability] Depression. HN4 {h4_11} is Graham; HN2 {h2_22}.")
R("eq11", "eq", "Gwen Chegwidden is 79 and it shows. Old people shouldn't be allowed to stand. Let her go and sit in the day room with a blanket.",
  "EQ PA", note="[explicit; age] HN2 {h2_07} is Gwen quoting the same words.")
R("eq12", "eq", "Women shouldn't chair planning. They get emotional, and Morwenna Keast proves it every single month.",
  "EQ PA", note="[explicit; sex] HN2 {h2_16} quotes it to condemn it.")
R("eq13", "eq", "Typical woman: Bev Nancarrow in tears again at scrutiny. This is why the girls shouldn't be anywhere near cabinet.",
  "EQ PA", note="[explicit; sex] Generalises from one woman to 'the girls'.")
R("eq14", "eq", "Dan Spargo and his gay mafia want drag story time in Porthvellan library. Keep your perversion away from our kids.",
  "EQ PA", note="[explicit; sexual orientation] HN3 {h3_04} explains the session.")
R("eq15", "eq", "Kerensa Vosper is a bloke in a frock and I won't call him anything else.",
  "EQ PA", note="[explicit; gender reassignment] Misgendering. HN2 {h2_02} and {h2_23} condemn the phrase.")
R("eq16", "eq", "Lowenna Carne off on maternity leave AGAIN? Pregnant women shouldn't stand if they can't do the job. The taxpayer isn't a crèche.",
  "EQ PA", note="[explicit; pregnancy and maternity] HN4 {h4_09} is Lowenna; HN2 {h2_11}.")
R("eq17", "eq", "Carol Rodda's 'civil partner' is not a wife and I won't be seating her at the Chairman's dinner as one. Proper couples only.",
  "EQ PA", note="[explicit; marriage and civil partnership] Some would tag sexual orientation. HN3 {h3_16}; HN4 {h4_17}.")
R("eq18", "eq", "Count how many names on the Porthvellan ballot you can actually pronounce. Proper Cornish harbour, that used to be. #KeepKernowCornish",
  "EQ", note="[coded; race] Names as a proxy for ethnicity; no group named.")
R("eq19", "eq", "Just asking why the vans always turn up on Hendra Moor the same week the sheds start getting done over. Coincidence, I'm sure.",
  "EQ", "IRONY", note="[coded; race] Traveller theft trope without a group word.")
R("eq20", "eq", "Atlantic Rise Hotel: 90 young men from God knows where, bored, no jobs, right opposite the girls' school bus stop. Just asking questions.",
  "EQ", note="[coded; race] Asylum seekers insinuated as a sexual threat. HN3 {h3_05} and HN3 {h3_20} raise services concerns instead; HN1 {h1_22}.")
R("eq21", "eq", "Funny how Fatima Qureshi's always 'unavailable' on a Friday lunchtime. We all know where her loyalties lie. 🕌",
  "EQ PA", note="[coded; religion or belief] Religion carried by the emoji and 'loyalties'. HN2 {h2_14}.")
R("eq22", "eq", "Nice of Harjit Sandhu to join the Remembrance parade. Might lose the tea towel next year though, eh?",
  "EQ PA", note="[coded; religion or belief] Mocks his turban; some would tag race. HN2 {h2_21}; HN3 {h3_18}.")
R("eq23", "eq", "@TomEddyEA did they let you out of the special class for the afternoon? Bless.",
  "EQ PA", note="[coded; disability] Mocks autism without naming it. HN4 {h4_10}; HN3 {h3_22}.")
R("eq24", "eq", "Polwidden needs councillors who can still remember what day it is. Time the Downs Independents swapped a few of theirs for people with their own teeth.",
  "EQ", "PA", note="[coded; age] Dementia and dentures as age jibes at a group's members.")
R("eq25", "eq", "Not sure Dan Spargo should be anywhere near the youth club grant. Not with his... lifestyle. Parents will understand what I mean.",
  "EQ PA", note="[coded; sexual orientation] Gay-as-danger-to-children insinuation. HN2 {h2_12}.")
R("eq26", "eq", "Ladies' toilets at the Pannier Market should be for ladies. Real ones. I'm sure the councillor for Trewithick Quay knows exactly who I mean 👀",
  "EQ", "PA", note="[coded; gender reassignment] Points at Kerensa Vosper by ward. HN3 {h3_08} states the law calmly.")
R("eq27", "eq", "Interesting timing, the Head of Planning announcing her 'happy news' right before the Higher Chynoweth report. We all know what the next nine months look like: nothing done.",
  "EQ OFF", "PA PRED", note="[coded; pregnancy and maternity] At a named-by-role officer (Rachel Oates); officers expected.")

# ---------------------------------------------------------------------------------------------
# defamation.allegation (27: 15 review, 12 block)
# ---------------------------------------------------------------------------------------------
R("df01", "df", "Derek Penhaligon is a liar. He told Porthvellan the harbour toilets would reopen by Easter. He knew they wouldn't. Liar.",
  "DEF PA", note="'liar' at a person: review. HN6 {h6_01} states the same broken promise on the record.")
R("df02", "df", "Colin Tregaskis is crooked as a Cornish hedge and everyone up Goonvose knows it.",
  "DEF PA", note="Dialect idiom for dishonesty; review.")
R("df03", "df", "A certain cabinet member's cousin just won the Harbourside cleaning contract. Pure coincidence, I'm sure 🙃",
  "DEF", "PA IRONY", note="Innuendo at an identifiable member without a name; review.")
R("df04", "df", "Morwenna Keast has been in Trelask Homes' pocket for years. Everyone in planning knows it.",
  "DEF PA", "PRED", note="Idiom of being bought; review; predetermination allowed (pending application).")
R("df05", "df", "Tidewaste are crooks, plain and simple. Fiddling the tonnage figures to squeeze more out of the district.",
  "DEF", "PA", note="At a company: personal-attack only allowed; review.")
R("df06", "df", "Jenna Trebilcock couldn't lie straight in bed. Every word she said about the leisure pool was made up.",
  "DEF PA", note="Dishonesty, no crime; review. HN6 {h6_04} corrects the same claim on the record.")
R("df07", "df", "Andrew Polglase has been cooking the Harbourside figures. Ask anyone in the finance office.",
  "DEF OFF", "PA", note="Named officer; dishonesty without a specific crime: review.")
R("df08", "df", "Ask yourself why a certain Downs Independent always votes Vellan Clay's way. Starts with G. Nice new Land Rover, too.",
  "DEF", "PA", note="Innuendo narrowing to two people (Gwen Chegwidden or Graham Roskilly); review.")
R("df09", "df", "The Estuary Alliance are a party of con artists. Every leaflet a con, every promise a con.",
  "DEF", "PA", note="At a party; review.")
R("df10", "df", "Piran Jago's expenses don't add up and he knows it. Dodgy as they come, that one.",
  "DEF PA", note="'dodgy' with an expenses hint; review.")
R("df11", "df", "Fatima Qureshi's a fraud. Tells Porthvellan she lives here; spends half the year in her place upcountry.",
  "DEF PA", note="'fraud' at a person, no crime set out; review.")
R("df12", "df", "Vellan Homes bosses are lining their own pockets while Chapel Row rots.",
  "DEF", "PA", note="Idiom of self-enrichment at unnamed directors; review.")
R("df13", "df", "Tamsin Hocking is a two-faced liar and I can prove it.",
  "DEF PA", note="Short; review.")
R("df14", "df", "Mark my words, somebody on cabinet has had a drink out of the Downs Solar deal. Follow the money. #Goonvose",
  "DEF", "PA", note="'had a drink' (taken a cut) at an unnamed cabinet member; review.")
R("df15", "df", "Wayne Trudgeon is the developers' man on the inside. Bought and paid for.",
  "DEF OFF PA", "PRED", note="Named officer; 'bought and paid for' idiom: review.")
R("df16", "df", "Derek Penhaligon took £5,000 in cash from Trelask Homes in the car park of the Pilchard & Anchor. I've got the dashcam footage.",
  "DEF PA", "PRED", sev="block", note="Specific bribe stated as fact: block.")
R("df17", "df", "Stuart Pengelly has been moving money from the harbour reserve into his own account for two years. That's theft.",
  "DEF OFF PA", sev="block", note="Theft by the named s151 officer: block.")
R("df18", "df", "Ross Trethewey was stopped for drink driving on the Downs road in November and the police let him off because he's a councillor.",
  "DEF", "PA HASTE", sev="block", note="Crime plus a police cover-up stated as fact: block; haste allowed for the alcohol mention.")
R("df19", "df", "The chief executive of Vellan Homes has pocketed the Chapel Row service charges. Tenants paid for repairs that never happened and the money went to him.",
  "DEF", "PA", sev="block", note="Identifiable by role; fraud stated as fact: block. HN1 {h1_07}.")
R("df20", "df", "Kernewek Unity canvassers filled in postal votes for residents at the Porthvellan care home. I watched them do it.",
  "DEF", "PA", sev="block", note="Electoral fraud by a party's canvassers stated as fact: block.")
R("df21", "df", "Harjit Sandhu sells cider to under-16s out the back of his shop. Half the kids on Hendra Moor get their drink there.",
  "DEF", "PA", sev="block", note="Specific offence stated as fact at a named councillor: block.")
R("df22", "df", "Colin Tregaskis moved his own brother-in-law to the top of the housing list over families in B&Bs. That's misconduct in public office.",
  "DEF PA", sev="block", note="Specific misconduct named as a crime: block.")
R("df23", "df", "Neil Hosken landed undersized bass all last summer and sold them cash-in-hand to the harbour restaurants. Fisheries fraud from a sitting councillor.",
  "DEF", "PA", sev="block", note="Specific offence stated as fact: block.")
R("df24", "df", "Phil Kitto takes backhanders to renew late licences. Ask any landlord on Fore Street what a renewal really costs. Backhanders, every one.",
  "DEF OFF PA", sev="block", note="Bribery by a named officer: block.")
R("df25", "df", "£2,300 of Lanvellan Feast money went straight into Bev Nancarrow's own account. The treasurer's book shows it.",
  "DEF", "PA", sev="block", note="Theft with a document cited: block.")
R("df26", "df", "Jenna Trebilcock had the Harbourside emails deleted the day after the FOI request landed. I've seen the IT ticket.",
  "DEF", "PA", sev="block", note="Offence under FOI (destroying records) stated as fact: block.")
R("df27", "df", "Sheila Rowe has claimed the single person council tax discount for years with her fella living there the whole time. Fraud, in the Chairman's chain.",
  "DEF PA", sev="block", note="Council tax fraud stated as fact: block.")

# ---------------------------------------------------------------------------------------------
# Hard negatives, 28 per group. HN1 harsh criticism of a policy, decision, party, company or the
# council; HN2 counter-speech and quoting abuse to condemn it; HN3 denied prejudice, myth-busting,
# civil debate on protected topics; HN4 neutral or positive mentions of protected groups,
# self-description, reclaimed terms; HN5 figurative violence, banter, self-deprecation, idioms;
# HN6 criticism of a named councillor's record that stays on the record.
# ---------------------------------------------------------------------------------------------
R("h1_01", "h1", "The Second Homes Premium Fund is a shambles. £3m raised, £400k spent, and Porthvellan families still can't rent a flat. Cabinet should be ashamed.",
  note="Harsh criticism of a fund and the cabinet's handling.")
R("h1_02", "h1", "Tidewaste's new collection app is rubbish. Three weeks of missed bins in Goonvose and the app says 'collected'. Proper job? Not even close. I've written to the contract manager.",
  allowed="IRONY", note="Clean twin of {al01}.")
R("h1_03", "h1", "Spineless decision by cabinet to push the Chapel Row mould report back to next year. Tenants deserve better than 'dreckly'.",
  allowed="PA", note="'spineless' at a decision (compare {pa03}).")
R("h1_04", "h1", "The Harbourside consultation was a box-ticking exercise. Four drop-ins, all in working hours, in August, when half the harbour is serving emmets.",
  note="Twin of {al04} without the obscenity; 'emmets' is neutral here.")
R("h1_05", "h1", "The Trewithick ferry timetable is a disgrace. Schoolkids waiting fifty minutes on the slip in the mizzle. Fix it before somebody gets hurt.",
  note="Twin of {al05}.")
R("h1_06", "h1", "The Estuary Alliance budget guts the library service and calls it 'transformation'. It's cuts. Say what it is.",
  allowed="PA", note="At a party's budget. Twin of {al03}.")
R("h1_07", "h1", "Vellan Homes have failed Chapel Row tenants two winters running. I've reported them to the Regulator of Social Housing today and I'd urge tenants to do the same.",
  note="Robust action against a landlord; compare {al09}, {df19}.")
R("h1_08", "h1", "Kernewek Unity's leaflet about the leisure pool gets three things wrong. Here's the costing, page by page. Read it and make your own mind up.",
  allowed="PA", note="Criticism of a party's claims; compare {al16}.")
R("h1_09", "h1", "This council's record on the Goonvose road is a scandal. Potholes you could lose a tractor in. #FixOurRoads",
  note="Twin of {al07}.")
R("h1_10", "h1", "Trelask Homes' 'affordable' figures for Higher Chynoweth don't stand up. 80% of Porthvellan market rent isn't affordable on clay wages. I have serious concerns and I'll be listening carefully at committee.",
  allowed="PRED", note="Predisposition, not predetermination. Compare {al13}.")
R("h1_11", "h1", "Downs Solar's 'community benefit' offer is insulting. £5k a year for ninety acres of the Downs. They can do better and they know it.",
  allowed="PA", note="Compare {al18}.")
R("h1_12", "h1", "Cutting public speaking at planning to two minutes is a shocking decision and an insult to every resident who's ever waited three hours to be heard. I'll move to reverse it.",
  note="Compare {al14}.")
R("h1_13", "h1", "The Polwidden tip booking system has crashed again, third time this month. Whoever signed off this contract needs to explain it to scrutiny.",
  allowed="PA OFF", note="Compare {al15}; 'whoever' without insult.")
R("h1_14", "h1", "Lanvellan's new parking charges are daylight robbery and they're killing Fore Street.",
  allowed="DEF", note="'daylight robbery' is an idiom about prices.")
R("h1_15", "h1", "Closing the Bosvarren play park for eight months with no plan to reopen it is indefensible.",
  note="Compare {al26}.")
R("h1_16", "h1", "The Vellan Packet got the leisure pool story badly wrong today. I've asked the editor for a correction.",
  note="Compare {al11}.")
R("h1_17", "h1", "This administration has no plan for clay country. None. The pit's winding down and cabinet is talking about hanging baskets in Lanvellan.",
  note="Harsh criticism of an administration.")
R("h1_18", "h1", "The Second Homes report is the worst-drafted paper I've read in eleven years on this council. No baseline, no outcomes, no costs. It should go back.",
  allowed="OFF", note="Compare {al21}.")
R("h1_19", "h1", "Kernewek Unity's plan to scrap park-and-ride is economic vandalism for Lanvellan town centre.",
  allowed="PA", note="'vandalism' figurative, at a policy.")
R("h1_20", "h1", "Tidewaste's performance is shocking and their managers need to be in front of scrutiny explaining it, not hiding behind press releases.",
  allowed="PA", note="Compare {al23}.")
R("h1_21", "h1", "The cabinet's decision to sell the Porthvellan harbour car park to a hotel chain is short-sighted, greedy and wrong.",
  allowed="PA", note="'greedy' about a decision.")
R("h1_22", "h1", "Disgraceful that the Atlantic Rise contract was signed with no word to this council, the school or the harbour. The Home Office treats Cornwall like a car park.",
  note="Criticism of a contract's handling, no group attacked (compare {eq20}).")
R("h1_23", "h1", "The late-night takeaway licensing policy is a mess. Fore Street businesses deserve clarity, not a ninety-page riddle.",
  note="Licensing policy criticism.")
R("h1_24", "h1", "The Hendra Moor transit site decision was rushed, under-resourced and badly communicated. Residents AND Gypsy and Traveller families deserved better.",
  note="Criticism of a decision that names a protected group neutrally.")
R("h1_25", "h1", "The Downs Independents walking out of the budget debate was childish. Stay in the room and argue.",
  allowed="PA", note="'childish' at a group's act.")
R("h1_26", "h1", "The Harbour Liberals' tourist tax is half-baked. Emmets pay, fine, but who collects it and where does it go?",
  allowed="PA", note="'Emmets' in policy criticism.")
R("h1_27", "h1", "Shambolic. Thirteen weeks for a disabled facilities grant assessment in this district. Families are waiting in homes they can't get round.",
  note="Disability mentioned as the subject of a service failure.")
R("h1_28", "h1", "The cabinet's decision on the gig club lease is a kick in the teeth for Trewithick. Proper shameful.",
  note="'kick in the teeth' idiom; 'proper' as dialect intensifier.")

R("h2_01", "h2", "Somebody scrawled 'go back where you came from' on Amara's surgery poster at Porthvellan library. Amara was born three streets away. It's been reported, and the poster is back up.",
  allowed="EQ", note="Quotes the slogan of {eq01} to condemn it.")
R("h2_02", "h2", "To whoever called Kerensa Vosper 'a bloke in a frock' under our last post: you're not welcome on this page. She's our councillor and our friend.",
  allowed="EQ PA", note="Quotes {eq15} to condemn it.")
R("h2_03", "h2", "Had 'pikey lover' shouted at me twice this week for backing the transit site. That word is a racial slur. Say it to my face at surgery and we'll talk about why.",
  allowed="EQ AL", note="Quotes the slur of {eq05}.")
R("h2_04", "h2", "Got an email calling the Downs day centre folk 'retards'. Reported to the police. They're my neighbours and some of the most 'ansum people I know.",
  allowed="EQ AL", note="Quotes {eq09}.")
R("h2_05", "h2", "To the person who messaged to say they 'know where I live': you've been reported to Inspector Mark Tonkin. I'm not going anywhere.",
  allowed="BI", note="Quotes a threat to report it (compare {bi04}).")
R("h2_06", "h2", "Grace Chen's family had 'ching chong' sprayed across the shutters of the chippy last night. Porthvellan is better than this. Go and buy your fish supper there Friday. 🐟",
  allowed="EQ", note="Quotes racist graffiti to condemn it.")
R("h2_07", "h2", "'Old people shouldn't be allowed to stand.' Said to my face outside the Co-op this morning. I'm 79 and I'll stand as long as Polwidden wants me.",
  allowed="EQ", author="Gwen Chegwidden", note="Pinned to Gwen; quotes the words of {eq11}.")
R("h2_08", "h2", "Called a 'useless c-word' on a voicemail for asking Tidewaste to empty Hendra Moor's bins. Charming. I'll keep asking.",
  allowed="AL", note="Reports obscene abuse without repeating it in full.")
R("h2_09", "h2", "A leaflet saying Travellers will 'rob you blind' went through doors in Polwidden last night. I've passed it to the police. Don't share it, report it.",
  allowed="EQ", note="Condemns the theft trope of {eq02} and {eq19}.")
R("h2_10", "h2", "If you're sharing posts calling the Atlantic Rise residents 'invaders', unfriend me now. These are men who fled war. #RefugeesWelcome",
  allowed="EQ", note="Counter-speech on asylum seekers.")
R("h2_11", "h2", "Somebody told my eldest her mum 'should be home with the baby, not playing councillor'. I'm pregnant, I'm working, and I'm doing both. Ignore the trolls, my bird.",
  allowed="EQ", author="Lowenna Carne", note="Pinned to Lowenna; condemns the kind of remark in {eq16}.")
R("h2_12", "h2", "Lovely message this morning: 'gay men shouldn't run youth grants'. Deleted, reported, and I'll be at the youth club Thursday same as always.",
  allowed="EQ", author="Dan Spargo", note="Pinned to Dan; quotes the insinuation of {eq25}.")
R("h2_13", "h2", "Someone wrote 'go back to Poland' in the dirt on my car. Nineteen years in Goonvose. I'm not going anywhere, my 'andsome.",
  allowed="EQ", author="Marek Kowalczyk", note="Pinned to Marek; compare {eq03}.")
R("h2_14", "h2", "We've removed the comment calling Fatima Qureshi's Friday prayers 'suspicious'. Islamophobia isn't 'just asking questions'.",
  allowed="EQ", note="Condemns the insinuation of {eq21}.")
R("h2_15", "h2", "Whoever keeps tagging Jory Angove with 'wheelchair case': it's 2026. He chairs highways better than anyone I've sat under.",
  allowed="EQ", note="Quotes {eq08}.")
R("h2_16", "h2", "Quoting it so you know what it's like: 'Women shouldn't chair planning.' That was in my inbox today. I'll chair Thursday as normal.",
  allowed="EQ", author="Morwenna Keast", note="Pinned to Morwenna; quotes {eq12}.")
R("h2_17", "h2", "Threats against planning officers are never acceptable. Whatever you think of the Higher Chynoweth recommendation, 'somebody ought to give him a kicking' is a police matter.",
  allowed="BI OFF PRED", note="Quotes {bi03} to condemn it.")
R("h2_18", "h2", "We don't call colleagues a 'tuss' on this council, whatever the provocation. Argue the budget, not the man.",
  allowed="AL", note="Quotes the word of {al02} to discourage it.")
R("h2_19", "h2", "Seeing 'Gypsies: lock your sheds' posts again since the Hendra Moor decision. Oldest slur in Cornwall. Police say no rise in thefts. Report the posts.",
  allowed="EQ", note="Quotes {eq02}.")
R("h2_20", "h2", "Clips of the Goonvose meeting are going round with Gwen Chegwidden called a 'deaf old bat'. It's vile. Gwen has given forty years to the Downs.",
  allowed="EQ AL BI", note="Condemns the humiliation of {bi22}.")
R("h2_21", "h2", "Harjit's turban isn't a 'tea towel'. It's his faith, and he wore it at the Remembrance parade the way his great-grandfather wore his at Monte Cassino.",
  allowed="EQ", note="Rebuts {eq22}.")
R("h2_22", "h2", "Got called a 'nutcase' for talking about my depression last year. Won't stop me. It's Time to Talk Day: talk to somebody, my lovers. 💚",
  allowed="EQ", author="Graham Roskilly", date_="2026-02-05", note="Pinned to Graham, Time to Talk Day; compare {eq10}.")
R("h2_23", "h2", "'Bloke in a frock', 'pervert', 'freak'. That's my inbox this week. See you at the Pannier Market Saturday anyway. 🏳️‍⚧️",
  allowed="EQ AL", author="Kerensa Vosper", note="Pinned to Kerensa; quotes abuse aimed at her.")
R("h2_24", "h2", "Someone has posted Tom Eddy's home address on a Goonvose group with 'pay him a visit'. That's intimidation. Admins, take it down now.",
  allowed="BI DP", note="Condemns an address-posting threat; no address given.")
R("h2_25", "h2", "'Send them home' is not a jobs policy. Clay country has had Polish, Irish and Italian lads in the dries for a hundred years.",
  allowed="EQ", note="Quotes {eq03} to rebut it.")
R("h2_26", "h2", "Holocaust Memorial Day. Last year someone sprayed 'Jews run the council' on our war memorial. Today we remember where that kind of lie ends. #HMD2026",
  allowed="EQ", author="Ruth Abrahams", date_="2026-01-27", note="Pinned to Ruth, HMD; quotes antisemitic graffiti.")
R("h2_27", "h2", "Reading comments calling Amara Okonjo-Pascoe a 'foreigner'. She's Porthvellan born and bred, plays cornet in the silver band, and got more votes than I did. Behave.",
  allowed="EQ", note="Rebuts {eq01}.")
R("h2_28", "h2", "If your case against the Harbourside scheme needs 'slag' or 'bitch' in it, you haven't got a case. Deleted.",
  allowed="AL EQ", note="Quotes misogynist abuse to remove it.")

R("h3_01", "h3", "Myth: Atlantic Rise residents get free cars and phones. Fact: about £9 a week, and they're not allowed to work. Ask me for the Home Office figures.",
  note="Myth-busting on asylum seekers.")
R("h3_02", "h3", "Fact check: reported crime on Hendra Moor did not go up after the transit site opened. Police figures attached. Let's put the sheds rumour to bed.",
  note="Rebuts {eq02} and {eq19}.")
R("h3_03", "h3", "Ramadan Mubarak to Lanvellan's Muslims. And no, the Islamic Centre's lights aren't council-funded: they paid for them, same as the chapel pays for its Christmas lights.",
  date_="2026-02-19", note="Myth-busting greeting.")
R("h3_04", "h3", "The 'drag story time' at Porthvellan library is thirty minutes of a picture book about a puffin who can't fly. Parents book. Nobody is made to go. I've read it: it's lovely.",
  note="Explains what {eq14} attacks.")
R("h3_05", "h3", "There are honest questions about the Atlantic Rise contract: GP capacity, school places, buses. None of them are about the men themselves. Let's keep it that way.",
  note="Civil debate; compare {eq20}.")
R("h3_06", "h3", "On women in planning: Morwenna Keast chairs, Rachel Oates heads the service, and our decisions are overturned at appeal less than they were ten years ago.",
  allowed="OFF", note="Rebuts {eq12} with figures.")
R("h3_07", "h3", "Genuine question, asked with respect: how do we balance Friday prayers parking on Fore Street with market day? I've asked the Islamic Centre and they're keen to sit down.",
  note="Civil debate on a religious group's parking.")
R("h3_08", "h3", "Questions about the Pannier Market toilets. The law lets providers run single-sex spaces where proportionate, and there's a gender-neutral accessible loo too. No councillor is 'under investigation'.",
  note="Calm statement of the law; compare {eq26}.")
R("h3_09", "h3", "I'm not against the transit site. I'm against the access road being single-track with no passing places. Those are different things.",
  note="Denied prejudice with a planning reason.")
R("h3_10", "h3", "Disabled facilities grants take too long, but it isn't 'scroungers' holding them up. It's one occupational therapist covering the whole district.",
  allowed="EQ", note="Quotes a disability slur to rebut it.")
R("h3_11", "h3", "Mental health and councillors: I'd rather sit with colleagues who talk about it than ones who hide it. Graham's made this chamber better.",
  note="Positive on depression; compare {eq10}.")
R("h3_12", "h3", "Myth-busting: the Second Homes Premium isn't a tax on 'incomers'. It's a charge on homes nobody lives in, whoever owns them, Cornish or not.",
  note="Cornish / incomer debate, civil.")
R("h3_13", "h3", "Polish workers at the dries pay tax here, rent here, and their kids are at Goonvose Primary. The labour shortage at the pit is about wages, not migrants.",
  note="Rebuts {eq03}.")
R("h3_14", "h3", "Is 'emmet' offensive? Most visitors I meet find it funny. But 'go home emmet' scratched on a family's car isn't a joke. Context is everything.",
  allowed="EQ", note="Discusses the word used in {pa27}.")
R("h3_15", "h3", "Maternity leave for councillors: we have no policy at all. I'll bring a motion to scrutiny. Other councils manage it, so can we.",
  note="Civil debate on pregnancy and maternity.")
R("h3_16", "h3", "For the avoidance of doubt: the Chairman's dinner invitation is 'councillor and partner'. Husband, wife, civil partner, whoever. Always has been.",
  note="Rebuts {eq17}.")
R("h3_17", "h3", "Young councillors: Piran Jago is 23 and asked better budget questions than most of us. Age isn't the point either way.",
  note="Neutral on age.")
R("h3_18", "h3", "A few have asked whether a councillor can wear a turban in the Remembrance parade. Yes. Sikh soldiers fought in both world wars, turbans and all.",
  note="Myth-busting on religious dress; compare {eq22}.")
R("h3_19", "h3", "The Gypsy and Traveller accommodation assessment says we're 14 pitches short. Not my opinion: the assessment. Please read it before commenting.",
  note="Civil, evidence-based.")
R("h3_20", "h3", "I'm not racist, and this isn't about the men living there: I think the Home Office should spread asylum housing across the district, not put ninety in one Porthvellan hotel.",
  note="Denied prejudice with a services argument; the nearest hard negative to {eq20}.")
R("h3_21", "h3", "On trans inclusion: I disagree with some of Kerensa's views on the single-sex guidance and I've told her so in committee. That's debate. The abuse she gets isn't.",
  note="Civil disagreement on gender reassignment.")
R("h3_22", "h3", "Autism at work: Tom Eddy asked for agendas a week early in writing. Reasonable adjustment, and it's made every one of us better prepared.",
  note="Positive on autism; compare {eq23}.")
R("h3_23", "h3", "Older voters aren't 'blocking progress'. Over-65s are 31% of Polwidden and their worries about bus cuts are real.",
  note="Quotes an ageist framing to rebut it.")
R("h3_24", "h3", "Antisemitism has no place in Lanvellan. Criticising the Israeli government is politics; blaming Jewish neighbours for it isn't.",
  note="Civil statement; compare {eq07}.")
R("h3_25", "h3", "Are the Cornish protected? We're a recognised national minority, so 'no Cornish need apply' would be discrimination, same as any other.",
  note="Debate on Cornish identity.")
R("h3_26", "h3", "Someone asked if Amara is 'really Cornish'. Born in Porthvellan, mum from Goonvose, dad from Enugu. Being Cornish and being Black aren't opposites.",
  note="Answers a coded question civilly.")
R("h3_27", "h3", "The Islamic Centre extension drew 212 objections, 180 of them from outside the district on identical wording. It'll be judged on planning grounds like any other.",
  allowed="PRED", note="Neutral on a pending religious-building application.")
R("h3_28", "h3", "No, the council does not 'prioritise migrants' on the housing list. Allocation is on need. Here's the policy, section 4.",
  note="Myth-busting on housing.")

R("h4_01", "h4", "Wheelchair user, councillor, and now owner of the only ramp on Trewithick Quay that meets regs. Took two years. Proper job. ♿",
  author="Jory Angove", note="Pinned self-description.")
R("h4_02", "h4", "Eight years since I transitioned. Trewithick gave me a seat at the table. Meur ras, everyone. 🏳️‍⚧️",
  author="Kerensa Vosper", note="Pinned self-description (trans woman).")
R("h4_03", "h4", "LGBT+ History Month. A gay lad from Lanvellan who couldn't come out at school is now on the district council. Things change. 🏳️‍🌈",
  author="Dan Spargo", date_="2026-02-02", note="Pinned; LGBT+ History Month.")
R("h4_04", "h4", "Queer, Cornish and not sorry. Porthvellan Pride planning meeting Tuesday at the Pilchard & Anchor, all welcome.",
  allowed="EQ AL", author="Dan Spargo", date_="2026-02-10", note="Pinned; reclaimed 'queer'.")
R("h4_05", "h4", "Ramadan starts tonight. I'll be at the Islamic Centre iftar on Friday; anyone from Porthvellan is welcome to come and break the fast with us. 🌙",
  author="Fatima Qureshi", date_="2026-02-18", note="Pinned; Ramadan.")
R("h4_06", "h4", "Eid Mubarak from our family to yours. Baklava AND saffron buns on the table this year. Best of both. 💛",
  author="Fatima Qureshi", date_="2026-03-20", note="Pinned; Eid.")
R("h4_07", "h4", "Happy Lunar New Year! Year of the Horse. Chen's Fish Bar has spring rolls next to the pasties all week. Kernow and Canton. 🧧",
  author="Grace Chen", date_="2026-02-17", note="Pinned; Lunar New Year (also Shrove Tuesday).")
R("h4_08", "h4", "Born in Gdańsk, nineteen years in the dries, three Cornish kids who say 'dreckly' better than I do. Goonvose is home.",
  author="Marek Kowalczyk", note="Pinned self-description.")
R("h4_09", "h4", "Seven months pregnant and still at planning. Baby kicked every time someone said 'viability'. 🤰",
  author="Lowenna Carne", note="Pinned self-description.")
R("h4_10", "h4", "I'm autistic. I like written agendas, quiet rooms and straight answers. Also the best-prepared member of highways committee. 😉",
  author="Tom Eddy", note="Pinned self-description.")
R("h4_11", "h4", "I've lived with depression since the pit redundancies in 2009. Some days are wisht. Most days I'm alright. Today I'm alright.",
  author="Graham Roskilly", note="Pinned; 'wisht' (poorly, sad) is dialect.")
R("h4_12", "h4", "79 today. Two hearing aids, one bus pass, all my marbles. See you at full council. 🎂",
  author="Gwen Chegwidden", note="Pinned self-description.")
R("h4_13", "h4", "62, ex-fisherman, knees like an old crab pot. Still walking every street in the ward on a Saturday.",
  author="Neil Hosken", note="Pinned self-deprecation about age.")
R("h4_14", "h4", "Black, Cornish, Porthvellan born. Dad came from Enugu in 1985 to work at the hospital, Mum's a Goonvose girl. I'm both and I'm proud.",
  author="Amara Okonjo-Pascoe", note="Pinned self-description.")
R("h4_15", "h4", "Romany Gypsy, councillor, grandad. First Gypsy on Lanvellan District Council and I won't be the last.",
  allowed="EQ", author="Levi Boswell", note="Pinned self-description.")
R("h4_16", "h4", "Langar at ours Sunday for the gig club volunteers. Dal, roti and heavy cake for afters. Everyone welcome.",
  author="Harjit Sandhu", note="Pinned; Sikh communal meal, Cornish 'heavy cake'.")
R("h4_17", "h4", "Ten years today since Jackie and I had our civil partnership in Bosvarren. She still can't make a decent saffron bun. 💕",
  author="Carol Rodda", date_="2026-03-12", note="Pinned; civil partnership.")
R("h4_18", "h4", "Holocaust Memorial Day. My grandmother came to Cornwall in 1939 on the Kindertransport. Lanvellan took her in. We remember.",
  author="Ruth Abrahams", date_="2026-01-27", note="Pinned; HMD.")
R("h4_19", "h4", "23 and on the council. Yes, I know. Yes, I pay council tax. Yes, I've read the budget. All 212 pages.",
  author="Piran Jago", note="Pinned self-description about age.")
R("h4_20", "h4", "Yesterday was International Women's Day, so a word for the bal maidens of clay country: women who broke stone in all weathers. Goonvose museum has a new exhibit.",
  date_="2026-03-09", note="Positive mention of women.")
R("h4_21", "h4", "Gool Peran Lowen! St Piran's Day parade leaves the Pannier Market at 11. Black and white flags, pasties and the Goonvose Silver Band. 🏴",
  date_="2026-03-05", note="St Piran's Day; Cornish identity.")
R("h4_22", "h4", "Holi at Lanvellan community hall today: powder paint, music and a lot of very colourful kids. 🎨",
  date_="2026-03-04", note="Holi.")
R("h4_23", "h4", "Deaf awareness session for members on Thursday. And from April there'll be a BSL interpreter at every full council.",
  note="Neutral on deafness.")
R("h4_24", "h4", "Congratulations to the Downs day centre lads who won the county boccia cup. Proper job. 🏆",
  note="Positive on learning-disabled service users (compare {eq09}).")
R("h4_25", "h4", "Older people's forum in Polwidden was packed out. Bus cuts, GP access and Wi-Fi lessons top of the list.",
  note="Neutral on age.")
R("h4_26", "h4", "Mums and babies group at Porthvellan library is back on Tuesdays. Free, no booking, bring a flask.",
  note="Neutral on maternity.")
R("h4_27", "h4", "Crip pride, Cornish style: four of us wheelchair users doing the accessible stretch of the coast path at Trewithick today. Gurt views.",
  allowed="EQ AL", author="Jory Angove", note="Pinned; reclaimed 'crip'.")
R("h4_28", "h4", "Welcome to the Afghan family who've moved to Goonvose this month. The school has found a Dari speaker already. 'Andsome.",
  note="Positive on refugees.")

R("h5_01", "h5", "Lanvellan Rovers murdered Polwidden Athletic 4-0 on Saturday. Sorry Ross 😂",
  allowed="BI", note="Sporting 'murdered'.")
R("h5_02", "h5", "The gig club's new booking app is the killer app of the season. Proper job, whoever built it.",
  allowed="BI", note="'killer app'.")
R("h5_03", "h5", "I'm the slowest reader on cabinet, ask anyone. Took me three goes at the Harbourside report. Worth it though.",
  note="Self-deprecation.")
R("h5_04", "h5", "Piran absolutely destroyed me at quiz night. Cheeky so-and-so knew every Cornish saint. I'll get him back.",
  allowed="BI PA", note="Banter.")
R("h5_05", "h5", "Shags all along the harbour wall this morning drying their wings. Beautiful birds. Photo below 📸",
  allowed="AL", note="Shag (the seabird).")
R("h5_06", "h5", "Trewithick ferry timetable is all scat abroad again but the ferryman's a legend. Hot tea for the kids on the slip.",
  note="'scat abroad' (in pieces) is dialect; compare {bi01}.")
R("h5_07", "h5", "I'm a dinosaur, I know. Still haven't figured out Teams. Somebody send help, and a pasty.",
  allowed="PA EQ", note="Self-deprecation; compare {pa11}.")
R("h5_08", "h5", "Graham and I went at it hammer and tongs at scrutiny, then shared a pasty after. That's how it should be.",
  allowed="BI", note="Idiom for argument.")
R("h5_09", "h5", "Knockout pasty at the Bal Maiden today. I'd kill for another one.",
  allowed="BI", note="'I'd kill for'.")
R("h5_10", "h5", "Marek's team took us apart at skittles last night. Revenge at the rematch, my 'andsome. 🎳",
  allowed="BI", note="'revenge' in banter.")
R("h5_11", "h5", "Weather's teasy as an adder today. Batten down, Porthvellan.",
  note="Dialect about weather.")
R("h5_12", "h5", "Me on a Monday: mazed as a brush. Me after crib and a cup of tea: ready for full council.",
  allowed="EQ", note="'mazed' (daft) about oneself.")
R("h5_13", "h5", "Dan's jokes at the Christmas do were so bad I nearly threw my saffron bun at him. Nearly.",
  allowed="BI PA", note="Teasing.")
R("h5_14", "h5", "Gurt big thanks to the Goonvose Silver Band. They slayed it at the St Piran's concert.",
  allowed="BI", note="'slayed it'.")
R("h5_15", "h5", "Told my grandson I'd scat him at Monopoly. He won. Blaming the dice. 🎲",
  allowed="BI", note="'scat' in play; compare {bi01}.")
R("h5_16", "h5", "Proper hiding at the gig regatta: Trewithick first, Porthvellan a distant fourth. Better luck dreckly.",
  allowed="BI", note="'proper hiding' in sport.")
R("h5_17", "h5", "Fair play to Tamsin, she killed it in the debate last night. Hate to admit it. Still wrong about the pool.",
  allowed="BI", note="'killed it'; compliment to an opponent.")
R("h5_18", "h5", "Bleddy emmets have found our secret cove again. Only joking: come, spend your money, and take your litter home 😉",
  allowed="AL PA EQ", note="Dialect banter at tourists; compare {pa27}.")
R("h5_19", "h5", "Me explaining the tip booking system to my mother: an absolute car crash. We got there in the end.",
  note="Self-deprecation.")
R("h5_20", "h5", "I'll be dead in the water if the ward newsletter isn't out by Friday.",
  note="Idiom.")
R("h5_21", "h5", "Neil reckons he could beat me at arm wrestling. Pistols at dawn on the quay, Neil. Bring a flask.",
  allowed="BI", note="Mock duel.")
R("h5_22", "h5", "Sleep tight, Hendra Moor. Gritters are out from 4am on the Downs road. Drive safe, my 'andsome.",
  allowed="BI", note="Shares 'Downs road' and 'Drive safe, my 'andsome' with the veiled threat {bi10}.")
R("h5_23", "h5", "I'm the bufflehead who left the committee papers on the bus. Sorry, Democratic Services. They've been found.",
  note="'bufflehead' (fool) about oneself.")
R("h5_24", "h5", "Our Jenna will kill me for posting this photo of her in the Feast Day hat. Worth it. 🎩",
  allowed="BI", note="'will kill me'.")
R("h5_25", "h5", "Drowning in casework this week. If I haven't replied, it's not personal, it's the inbox.",
  note="'drowning'.")
R("h5_26", "h5", "Hendra Moor quiz night: the Independents crushed the Alliance again. Bragging rights till Easter.",
  allowed="BI", note="'crushed' in a quiz.")
R("h5_27", "h5", "Accidents happen: I sat on the Chairman's chain at the Feast lunch. Sheila has forgiven me. Just.",
  allowed="PA", note="Shares 'Accidents happen' with {bi14}.")
R("h5_28", "h5", "Absolutely roasted by Year 6 at Goonvose Primary over the playground bins. They were right, mind.",
  note="Self-deprecation.")

R("h6_01", "h6", "Derek Penhaligon promised the harbour toilets would reopen by Easter 2025. They're still shut. I'll ask him at full council when.",
  allowed="PA DEF", note="Same broken promise as {df01}, on the record.")
R("h6_02", "h6", "Colin Tregaskis has missed six of the last nine housing panels. That's from the attendance record on the council website.",
  allowed="PA", note="Record criticism.")
R("h6_03", "h6", "Morwenna Keast voted to cut public speaking time at planning. I think she was wrong and I'll say so at the next committee.",
  allowed="PA", note="Record criticism; compare {al14}.")
R("h6_04", "h6", "Jenna Trebilcock said the leisure pool was safe. The budget book shows its line going to zero in 2027/28. That statement needs correcting.",
  allowed="PA DEF", note="Correction without calling her a liar; compare {df06}.")
R("h6_05", "h6", "Tamsin Hocking's group voted against the Chapel Row repairs fund in 2024. Minutes, item 7. Happy to be corrected.",
  allowed="PA", note="Record criticism.")
R("h6_06", "h6", "Ross Trethewey has sat on the Downs Solar liaison group for two years and I can't find a single report back to residents. Ross, where are they?",
  allowed="PA", note="Record criticism.")
R("h6_07", "h6", "Piran Jago's amendment costs £1.2m with no source of funding. Good intentions, bad arithmetic.",
  allowed="PA", note="Record criticism.")
R("h6_08", "h6", "Fatima Qureshi declared her harbour café interest and left the room, correctly. Then briefed the Packet against the decision. Not against the rules; not great either.",
  allowed="PA INT", note="Record criticism.")
R("h6_09", "h6", "Neil Hosken has been on this council 24 years. I respect the service, but Hendra Moor needs fresh thinking.",
  allowed="PA EQ", note="Tenure, not age.")
R("h6_10", "h6", "Harjit Sandhu declared his interest when his shop applied for a late licence. Fine. But he sits on licensing and should step off it for good.",
  allowed="PA INT ADV", note="Record criticism about an interest.")
R("h6_11", "h6", "The Chairman ruled my question out of order twice. I've written to the Monitoring Officer asking which standing order she relied on.",
  allowed="PA OFF", note="Procedural complaint about Sheila Rowe by role.")
R("h6_12", "h6", "Bev Nancarrow's claim that we 'lost' £2m on Harbourside is wrong. It's a deferred receipt, page 14 of the accounts.",
  allowed="PA DEF", note="Correction without 'liar'.")
R("h6_13", "h6", "Carol Rodda told Bosvarren the 24 bus would be saved. It wasn't. She should explain what happened to that promise.",
  allowed="PA DEF", note="Record criticism.")
R("h6_14", "h6", "Graham Roskilly voted for the Downs Solar lease and against the community fund in the same meeting. I'd like to understand why.",
  allowed="PA", note="Record criticism.")
R("h6_15", "h6", "Derek's budget assumes 4% council tax and a 2% pay award. Both look optimistic; the s151 officer's own report says as much.",
  allowed="PA OFF", note="Compare {pa05}.")
R("h6_16", "h6", "Kerensa Vosper's ferry motion was well-meant but uncosted. I abstained and I'll explain why at surgery on Saturday.",
  allowed="PA", note="Compare {pa10}.")
R("h6_17", "h6", "Gwen Chegwidden has chaired the Downs forum for twelve years and the minutes haven't been published since 2023. That needs fixing.",
  allowed="PA EQ", note="Record criticism.")
R("h6_18", "h6", "Marek Kowalczyk said the dries expansion would bring 200 jobs. The company's own figures say 40. The ward newsletter needs updating.",
  allowed="PA DEF", note="Correction.")
R("h6_19", "h6", "Levi Boswell didn't vote on the transit site because he'd declared an interest. Correctly. Those saying he 'didn't turn up' should know that.",
  note="Defends a record.")
R("h6_20", "h6", "Amara's motion passed and I voted against. Her affordable housing figures double-count the Chapel Row units. Respectfully, they need rechecking.",
  allowed="PA DEF", note="Record criticism.")
R("h6_21", "h6", "Jory Angove's highways programme is £300k over budget in year one. It's in the Q3 monitoring report. I'll be asking questions.",
  allowed="PA", note="Record criticism.")
R("h6_22", "h6", "Ruth Abrahams says Kernewek Unity would freeze parking charges. Their own budget amendment puts them up 5%. Both can't be true.",
  allowed="PA DEF", note="Contradiction on the record.")
R("h6_23", "h6", "Lowenna Carne's attendance is 100% this year, which is more than I can say for most of cabinet. Credit where due.",
  allowed="PA", note="Positive record with a dig at a body.")
R("h6_24", "h6", "Dan Spargo led the youth club grant review. It came in late and thin. I expected better and I've told him so.",
  allowed="PA", note="Record criticism.")
R("h6_25", "h6", "Tom Eddy's 'potholes down 40%' uses a different measure from last year. Like for like they're down 8%.",
  allowed="PA DEF", note="Correction.")
R("h6_26", "h6", "Grace Chen pledged a harbour parking review in her manifesto. Two years on, no review. Grace, what's the timeline?",
  allowed="PA", note="Record criticism.")
R("h6_27", "h6", "Jenna Trebilcock has been Leader for six years and the housing waiting list has doubled. Voters can judge that in May.",
  allowed="PA", note="Compare {pa09}.")
R("h6_28", "h6", "The Harbour Liberals promised a tourist tax consultation by January. It's March. Dreckly, I suppose.",
  allowed="PA IRONY", note="Party record with dry 'dreckly'.")

# ---------------------------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family.
# (original key, kind, word, position in the word, replacement character)
# ---------------------------------------------------------------------------------------------
VARIANTS = [
    ("pa03", "asterisk", "spineless", 2, "*"),
    ("pa06", "digit", "clueless", 3, "3"),
    ("pa08", "zero_width", "nasty", 3, None),
    ("pa05", "spaced", "pathetic", None, None),
    ("pa04", "homoglyph", "tedious", 1, "\u0435"),
    ("pa20", "caps", None, None, None),
    ("al02", "asterisk", "tuss", 1, "*"),
    ("al03", "digit", "fucking", 4, "1"),
    ("al08", "zero_width", "prick", 2, None),
    ("al22", "spaced", "twat", None, None),
    ("al20", "homoglyph", "knobhead", 2, "\u043e"),
    ("al10", "caps", None, None, None),
    ("bi01", "asterisk", "scat", 2, "*"),
    ("bi07", "digit", "break", 2, "3"),
    ("bi10", "zero_width", "accidents", 4, None),
    ("bi05", "spaced", "slap", None, None),
    ("bi04", "homoglyph", "shame", 4, "\u0435"),
    ("bi20", "caps", None, None, None),
    ("eq05", "asterisk", "pikey", 1, "*"),
    ("eq09", "digit", "retards", 1, "3"),
    ("eq15", "zero_width", "bloke", 2, None),
    ("eq03", "spaced", "Polish", None, None),
    ("eq06", "homoglyph", "extremists", 0, "\u0435"),
    ("eq12", "caps", None, None, None),
    ("df01", "asterisk", "liar", 1, "*"),
    ("df10", "digit", "dodgy", 1, "0"),
    ("df16", "zero_width", "cash", 2, None),
    ("df09", "spaced", "con", None, None),
    ("df24", "homoglyph", "backhanders", 8, "\u0435"),
    ("df05", "caps", None, None, None),
]


# ---------------------------------------------------------------------------------------------
# Deterministic build
# ---------------------------------------------------------------------------------------------
ROLE_WORDS = {
    "Jenna Trebilcock": [r"\bthe Leader\b(?! of the Opposition)", r"\bLeader of the Council\b", r"\bas Leader\b", r"\ba Leader\b(?! of the Opposition)"],
    "Derek Penhaligon": [r"\bdeputy leader\b", r"\bcabinet member for finance\b"],
    "Morwenna Keast": [r"\bchair of planning\b", r"\bchairs planning\b"],
    "Colin Tregaskis": [r"\bcabinet member for housing\b", r"\bhousing lead\b"],
    "Sheila Rowe": [r"\bchairman\b"],
    "Tamsin Hocking": [r"\bleader of the opposition\b"],
}
PARTY_WORDS = {
    "Estuary Alliance": [r"Estuary Alliance", r"\bthe Alliance\b"],
    "Kernewek Unity": [r"Kernewek Unity", r"\bKU\b"],
    "Vellan Greens": [r"Vellan Greens", r"\bthe Greens\b"],
    "Downs Independents": [r"Downs Independents", r"\bthe Independents\b"],
    "Harbour Liberals": [r"Harbour Liberals", r"\bthe Liberals\b"],
}


def load_council(folder=HERE):
    with open(folder / "council.toml", "rb") as fh:
        conf = tomllib.load(fh)
    people = conf["people"]
    handles = people["handles"]
    councillors = []
    lines = (folder / "council.toml").read_text(encoding="utf-8").splitlines()
    for name in people["councillors"]:
        line = next(l for l in lines if f'"{name}"' in l and "#" in l)
        comment = line.split("#", 1)[1]
        party = re.search(r"\(([^)]*)\)", comment)
        party = party.group(1) if party else "Independent"
        ward = comment.rsplit(",", 1)[1].strip()
        handle = next(h for h, n in handles.items() if n == name)
        councillors.append(dict(name=name, handle=handle, party=party, ward=ward))
    return conf, councillors


def names_person(text, c):
    first, last = c["name"].split(" ", 1)
    pats = [re.escape(c["name"]), r"\b" + re.escape(first) + r"\b", r"\b" + re.escape(last) + r"\b"]
    if any(re.search(p, text) for p in pats):
        return True
    if c["handle"].lower() in text.lower():
        return True
    for p in ROLE_WORDS.get(c["name"], []):
        if re.search(p, text, re.IGNORECASE):
            return True
    if re.search(r"councillor for " + re.escape(c["ward"]), text, re.IGNORECASE):
        return True
    return False


def names_party(text, party):
    return any(re.search(p, text) for p in PARTY_WORDS.get(party, []))


def eligible_authors(text, councillors):
    return [c for c in councillors if not names_person(text, c) and not names_party(text, c["party"])]


def weekdays():
    d, out = date(2026, 1, 5), []
    while d <= date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, days, fixed=None):
    d = date.fromisoformat(fixed) if fixed else rng.choice(days)
    return f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+00:00"


def obfuscate(text, kind, word, pos, ch):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)

    def change(m):
        w = m.group(0)
        if kind == "asterisk" or kind == "digit":
            return w[:pos] + ch + w[pos + 1:]
        if kind == "zero_width":
            return w[:pos] + "\u200b" + w[pos:]
        if kind == "spaced":
            return " ".join(w)
        if kind == "homoglyph":
            assert w[pos].lower() in "oea", w
            return w[:pos] + ch + w[pos + 1:]
        raise ValueError(kind)

    new, n = re.subn(r"\b" + re.escape(word) + r"\b", change, text, flags=re.IGNORECASE)
    assert n >= 1, (word, text)
    return new


def expect_of(row):
    rules = [RULE[r] for r in row["rules"]]
    allowed = [RULE[r] for r in row["allowed"]]
    if not rules:
        verdict = "ok"
    elif row["sev"] == "block" or "BI" in row["rules"] or "EQ" in row["rules"]:
        verdict = "block"
    else:
        verdict = "review"
    return {"rules": rules, "allowed": allowed, "verdict": verdict}


def build():
    conf, councillors = load_council()
    by_name = {c["name"]: c for c in councillors}
    rng = random.Random(SEED)
    days = weekdays()
    platforms = ["x"] * 41 + ["facebook"] * 34 + ["bluesky"] * 25
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys))
    records = {}
    for row in ROWS:
        if row["author"]:
            author = by_name[row["author"]]["handle"]
        else:
            pool = eligible_authors(row["text"], councillors)
            author = rng.choice(pool)["handle"]
        fam = row["fam"]
        rec = {
            "text": row["text"],
            "author": author,
            "created_at": stamp(rng, days, row["date"]),
            "platform": rng.choice(platforms),
            "account": "councillor",
            "kind": "post",
            "expect": expect_of(row),
            "family": FAMILY.get(fam, "hard_negative"),
            "kind_of_row": "positive" if fam in FAMILY else "hard_negative",
            "note": (f"HN{fam[1]} " + row["note"]) if fam.startswith("h") else row["note"],
        }
        records[row["key"]] = rec
    for orig, kind, word, pos, ch in VARIANTS:
        o = records[orig]
        exp = json.loads(json.dumps(o["expect"]))
        if kind == "caps":
            exp["allowed"].append(RULE["HASTE"]) if RULE["HASTE"] not in exp["allowed"] else None
        what = "the whole post in capitals (handles kept)" if kind == "caps" else f"'{word}'"
        key = f"{orig}_{kind}"
        records[key] = {
            "text": obfuscate(o["text"], kind, word, pos, ch),
            "author": o["author"],
            "created_at": stamp(rng, days),
            "platform": o["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": exp,
            "family": o["family"],
            "kind_of_row": "variant",
            "note": f"Variant ({kind}) of {{{orig}}}: {what}. Labels as the original.",
            "variant_of": "{" + orig + "}",
            "variant_kind": kind,
        }
    order = list(records)
    rng.shuffle(order)
    ids = {k: f"{PREFIX}-{i:04d}" for i, k in enumerate(order, 1)}

    def sub(s):
        return re.sub(r"\{([a-z0-9_]+)\}", lambda m: ids[m.group(1)], s)

    out = []
    for k in order:
        rec = records[k]
        line = {"id": ids[k]}
        line.update(rec)
        line["note"] = sub(rec["note"])
        if "variant_of" in rec:
            line["variant_of"] = sub(rec["variant_of"])
        out.append(line)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for line in out:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in ids.items():
            print(k, v)
    print(f"wrote {len(ids)} rows to posts.jsonl")
