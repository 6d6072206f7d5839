#!/usr/bin/env python3
"""Build blind evaluation set b135 (Kestlebury Borough Council, an abuse set).

Every text, label and note below was written by hand for this set by an
independent writer. The script only assigns authors, platforms and timestamps,
makes the obfuscated variants, shuffles, and gives ids B135-0001 onwards.
It uses a fixed seed: running it again writes the same posts.jsonl byte for
byte. `python3 build.py --map` also prints row key -> id.
"""
import json
import random
import re
import sys
import datetime as dt
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None

HERE = Path(__file__).resolve().parent
SET = "B135"
SEED = 135135

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
GI = "gifts.hospitality"
HA = "haste.pause-before-posting"
SC = "security.credentials"
CF = "confidentiality.disclosure"
II = "interests.declared-interest"

FAM = {"pa": PA, "ab": AB, "bu": BU, "eq": EQ, "df": DF}
SEV = {  # (lowest, highest) severity of each rule used here
    PA: ("review", "block"), AB: ("review", "block"), BU: ("block", "block"),
    EQ: ("block", "block"), DF: ("review", "block"), OF: ("review", "review"),
    IR: ("advice", "advice"), DP: ("review", "block"), PR: ("review", "block"),
    IA: ("review", "review"), GI: ("advice", "review"), HA: ("advice", "advice"),
    SC: ("block", "block"), CF: ("review", "block"), II: ("review", "review"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def P(key, fam, text, rules, allowed=(), note="", v=None, a=None, d=None, tod=None):
    """A positive row of family `fam` (pa, ab, bu, eq, df)."""
    if v is None:
        v = max((SEV[r][0] for r in rules), key=RANK.get)
    ROWS.append(dict(key=key, family=FAM[fam], kind_of_row="positive", text=text,
                     rules=list(rules), allowed=list(allowed), verdict=v, note=note,
                     pin_author=a, pin_date=d, tod=tod))


def H(key, group, text, allowed=(), note="", a=None, d=None, tod=None):
    """A hard negative of group HN1..HN6: expects nothing, verdict ok."""
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allowed), verdict="ok",
                     note="HN%d %s" % (group, note), pin_author=a, pin_date=d, tod=tod))


# ---------------------------------------------------------------------------
# respect.personal-attack: 27 originals (25 review, 2 block)
# ---------------------------------------------------------------------------
P("pa01", "pa", "Graham Pettifer read his own budget figures wrong three times in scrutiny this afternoon. Thick as a plank, bless him. And this is the man in charge of the borough's money. Peak Kestlebury.",
  [PA], [IR], "Insult ('thick as a plank') at the named Finance Cabinet Member; 'bless him' sneers rather than praises, so irony is only allowed. HN5 {h5_15} says 'thick as a plank' of the writer.", tod="pm")
P("pa02", "pa", "@AdaezeNwosuTD backed the Junction multi-storey last summer and now she's fronting the petition against it. Spineless weathervane. Pick a side, mate.",
  [PA], [], "Name-calling at the opposition leader. HN6 {h6_02} sets out the same U-turn on the record; HN1 {h1_01} calls a decision spineless.")
P("pa03", "pa", "Ollie Cattermole is a chinless wonder who's never had a proper job in his life. Daddy's estate agency, then a safe seat on Orchard Gate. Bare cheek lecturing anyone about 'aspiration'.",
  [PA], [], "Class-flavoured insult at a named member; his age is not mentioned, compare the coded age row {eq19} and his own HN4 {h4_18}.")
P("pa04", "pa", "Cllr Harriet Lowndes-Keble is the most smug, entitled individual I have ever sat in a committee room with.",
  [PA], [], "Insult at a named member.")
P("pa05", "pa", "Honestly the Senior Planning Officer is a useless jobsworth. Hasn't read a single objection from Ashden Green and it shows in every line of that report. Proper lazy.",
  [PA, OF], [], "Insult at an officer by role: personal-attack and officers.")
P("pa06", "pa", "Huge congratulations to @CllrNigelStrang, the only committee chair in Berkshire who can lose a vote in his own committee. Genius. An absolute mastermind. 👏👏👏",
  [PA, IR], [], "Mock congratulation of the Chair of Planning: irony expected with personal-attack.")
P("pa07", "pa", "Kieran Doherty chairs scrutiny like a supply teacher who's lost the register. Gormless. Spent ten minutes looking for the item he called in himself.",
  [PA], [], "Insult ('gormless') at the scrutiny chair. HN6 {h6_05} criticises his committee's record without it.")
P("pa08", "pa", "@MarcusPenhale you're a pompous little nobody, innit. Nobody on the river even knows your name.",
  [PA], [], "Short insult at a named member in estate register.")
P("pa09", "pa", "Fiona Ashworth is an empty suit with a good hairdresser. Ask her one question off the script and she freezes like the points at the Junction in January.",
  [PA], [EQ], "Insult at the Leader; 'good hairdresser' could be read as a gendered dig, so equality is allowed, not expected (compare {eq21}).")
P("pa10", "pa", "Residents keep asking why I won't work with Cllr Deborah Quayle on the Cobden Court damp. Honest answer? Because she is a two-faced snake. Smiles at you in the corridor, then briefs against you to the Courier the same afternoon. I've had it with her, and frankly so have the tenants of Cobden Court, who've been waiting three years for someone in her job to knock on a door. Done.",
  [PA], [DF], "Long post; 'two-faced snake' is the attack. Defamation allowed for 'briefs against you', which is conduct rather than a crime. HN6 {h6_04} is the record version.")
P("pa11", "pa", "Joe Loveridge is a gobby has-been. Ten years on this council and the only thing he's ever delivered is a speech about delivering things.",
  [PA], [], "Insult at the Independent member; nothing about his Romany family, compare the coded {eq06}.")
P("pa12", "pa", "Shazia Akhtar hasn't got a clue, mate. Not one. Sat through the whole licensing hearing nodding like one of them dogs on a parcel shelf.",
  [PA], [], "Insult at a named member; her faith is not touched (compare {eq10}).")
P("pa13", "pa", "Well done @DevSharmaKC on your 'community walkabout' of Carriage Street: twelve minutes, four selfies, zero residents spoken to. A proper man of the people 🙄 /s",
  [PA, IR], [], "Mock praise with '/s': irony expected.")
P("pa14", "pa", "Rowan Tilley is the most irritating person in local politics. Every single meeting, the same holier-than-thou lecture, the same finger-wagging at the rest of us. Give it a rest, Rowan.",
  [PA], [], "Insult at a named member; her being trans is not touched (compare {eq24}, {eq25}).")
P("pa15", "pa", "Our Head of Communications is a glorified spin doctor and a liability. Every press release out of her office is late, wrong or both.",
  [PA, OF], [], "Officer by role: personal-attack and officers.")
P("pa16", "pa", "Genuinely think the Heath would be a happier place if Ray Dinsdale just keeled over at his next surgery. Bitter, useless old git.",
  [PA], [BU, EQ], "Wishing a named member dead is severe: personal-attack block. Bullying allowed (a wish, not a threat); equality allowed for 'old git'.", v="block")
P("pa17", "pa", "Clive Mensah is a vile, worthless specimen. Everything he touches on the Junction rots. Snivelling little rat of a man.",
  [PA], [], "Dehumanising abuse ('specimen', 'rat') at a named member: block. Nothing about race (compare {eq02}).", v="block")
P("pa18", "pa", "@EmmaVickeryRF you are a total melt. Cried about bus shelters on the Residents First page, then voted against the money for them. Proper melt.",
  [PA], [], "'Melt' is estate slang for soft or pathetic. Her autism is not touched (compare the coded {eq17}).")
P("pa19", "pa", "Tom Brierley snoozing through the Pennock's Lock item again. Dead weight. Hatchmere pays a councillor's allowance for a man to have a nap in a warm room.",
  [PA], [EQ], "'Dead weight' at a named member; he is 79, so an age undertone: equality allowed. HN4 {h4_10} is Tom on himself; HN6 {h6_14} criticises his record; {eq18} is the explicit age row.")
P("pa20", "pa", "@KasiaWrobelVG is a sanctimonious know-it-all who thinks the Vale Greens invented the bicycle.",
  [PA], [], "Insult at a named member; nothing about her Polish birth (compare {eq04}).")
P("pa21", "pa", "Alison Trevelyan is a puppet. Paid a hundred and eighty grand a year to nod along to whatever the Leader wants. Spineless.",
  [PA, OF], [], "Insult at the named Chief Executive: personal-attack and officers.")
P("pa22", "pa", "Rob Fairlie has the personality of a parking ticket and the judgement to match. Licensing in this borough is run by a clipboard with legs.",
  [PA, OF], [], "Insult at the named Licensing Manager: personal-attack and officers.")
P("pa23", "pa", "Bernie Foy is a professional moaner. That's it, that's the whole career. Moan on the doorstep, moan in the chamber, moan on Facebook, repeat.",
  [PA], [], "Insult at a named member; her pregnancy is not touched (compare {eq26}).")
P("pa24", "pa", "Jake Mulvaney, you're a smug, mouthy little boy playing at politics. Grow up.",
  [PA], [EQ], "Belittling ('little boy... grow up') without a protected ground; equality allowed in case it is heard as age.")
P("pa25", "pa", "Sunita Rai wearing the chain doesn't make her any less of a lightweight. Worst Mayor this borough has had in living memory and she knows it.",
  [PA], [], "Insult at the Mayor by name.")
P("pa26", "pa", "@LucyHarrowgateVG total hypocrite. Lectures the whole chamber about the planet, then chugs a diesel narrowboat up to the Hatchmere races. Do one.",
  [PA], [], "Insult at a named member; her wheelchair is not touched (compare {eq14}, {bu08}).")
P("pa27", "pa", "Harjit Sandhu's contribution to the Colleton parking debate: shout, point, sit down. Absolute windbag. The Heath deserves a councillor, not a car alarm.",
  [PA], [], "Insult at a named member; his turban and faith are not touched (compare {eq12}).")

# ---------------------------------------------------------------------------
# respect.abusive-language: 27 originals (25 review, 2 block)
# ---------------------------------------------------------------------------
P("ab01", "ab", "The new Clearway bin app is absolute shite. Three days running it's told me my brown bin in Pennock was emptied. It's still sat on the pavement, mate.",
  [AB], [PA], "Obscenity at an app: abusive only; personal-attack allowed for the company. HN1 {h1_23} criticises the same app cleanly.")
P("ab02", "ab", "This budget is a pile of steaming crap from start to finish. Cuts to Pennock library, cuts to the lock-keeper grant, and a new council logo. A NEW LOGO.",
  [AB], [HA], "Crude language at a budget; the capitals allow haste. HN1 {h1_10} attacks the same budget without it.")
P("ab03", "ab", "Kestle Way relief road: two years late, nine million over, and still fucking coned off at the Fennimore roundabout. Sort it out.",
  [AB], [], "Obscenity at a road scheme: abusive alone.")
P("ab04", "ab", "@GrahamPettifer you absolute bellend. You cut the grammar-school bus and then had the brass neck to turn up at the Fane's gate for a photo.",
  [AB, PA], [], "Obscene insult at a named member: abusive and personal-attack. HN1 {h1_04} attacks the same bus cut as policy.")
P("ab05", "ab", "What a load of bollocks from @DebQuayleKP about Cobden Court being 'fit for habitation'. Come and sniff the black mould in the stairwell, mate.",
  [AB], [PA], "Obscenity at what a member said: personal-attack only allowed.")
P("ab06", "ab", "Parking at Meridian Point is a total shitshow. Two hundred spaces for two thousand workers and a bus that comes when it feels like it. Whoever planned this wants their head testing.",
  [AB], [PA], "Obscenity at a car park; 'whoever planned this' allows personal-attack.")
P("ab07", "ab", "Larchmont Estates can piss off back to whatever glass tower they crawled out of. Tithebarn Fields is not their cash machine.",
  [AB], [PA, PR], "Obscenity at a developer; personal-attack allowed for the company, predetermination allowed as Tithebarn Fields is a pending application. HN1 {h1_07} is the predisposition version.")
P("ab08", "ab", "Scrutiny this morning was a fucking joke. Two hours, no answers, and the Leader walked out at the break.",
  [AB], [], "Obscenity at a meeting, posted afterwards (no meeting register).", tod="pm")
P("ab09", "ab", "Spent the morning on Cobden Court again. Flat after flat with black mould up the bedroom walls, a dehumidifier in every hallway, and two kids on the second floor on inhalers because of the damp. Meanwhile Meadowgate's board are off to a housing awards dinner in black tie, with a table paid for out of the rents. Money-grabbing cunts, the lot of them. I'm not sorry for saying it.",
  [AB], [PA, DF], "The c-word at unnamed board members: abusive block. Personal-attack allowed (unnamed directors), defamation allowed for 'money-grabbing'. HN1 {h1_05} reports the same landlord to the Ombudsman.", v="block")
P("ab10", "ab", "Marcus Penhale is a useless prick. Said it to his face on the towpath and I'll say it here.",
  [AB, PA], [], "Obscene insult at a named member.")
P("ab11", "ab", "Sorry but the Courier's coverage of the Junction plan is utter dogshit. Did anyone on that paper actually read the report?",
  [AB], [PA], "Obscenity at the newspaper's coverage; personal-attack allowed. HN1 {h1_17} criticises the Courier cleanly.")
P("ab12", "ab", "Third week running the 18:05 out of town has been cancelled and the rail replacement is a shed on wheels. Absolute piss-take. Bare people stranded at the Junction in the rain.",
  [AB], [], "Mildest row of the family: 'piss-take' at a rail service. HN1 {h1_08} complains about the same trains cleanly.")
P("ab13", "ab", "@KieranDohertyTD is a sanctimonious twat and I don't care who knows it.",
  [AB, PA], [], "Obscene insult at a named member.")
P("ab14", "ab", "The cabinet's 'Vision for the Vale' is the most bollocks-heavy document I have ever read. 48 pages, zero numbers, eleven stock photos of kayaks.",
  [AB], [PA], "Obscenity at a document; personal-attack allowed for the cabinet as a body.")
P("ab15", "ab", "Whoever signed off the one-way system round the Carriage Works is a fucking idiot. Forty minutes to get out of the retail park last night.",
  [AB], [PA], "Obscene insult at 'whoever': personal-attack allowed. HN1 {h1_14} says the same without the insult.")
P("ab16", "ab", "Nigel Strang, you spineless, snivelling piece of shit. Four hundred Ashden families begged you to listen and you didn't even look up from your phone.",
  [AB, PA], [], "Severe obscene abuse at a named member: block on both.", v="block")
P("ab17", "ab", "Clearway's bin lorry has taken out the bollard on Fennimore Lane AGAIN. Crap drivers, crap trucks, crap contract.",
  [AB], [PA], "Crude language at a contractor; personal-attack allowed for the company and its drivers as a group.")
P("ab18", "ab", "Lock closure notice went up on a Friday evening for a Monday start. Boaters at Swanbourne are fuming and honestly so am I. Total bollocks way to treat people who live on the river.",
  [AB], [], "Obscenity at a decision.")
P("ab19", "ab", "Oi @JoeLoveridgeInd, shut your gob and read the bloody report before you start mouthing off, you pillock.",
  [AB, PA], [], "Rude, mildly obscene abuse at a named member.")
P("ab20", "ab", "Forty grand on a consultant to tell us the Aquadrome roof leaks. FORTY GRAND. The lifeguards have had buckets out on the poolside since October, the kids' swimming lessons have been cancelled twice, and the report's big finding is 'water ingress'. I could've told them that for a quid and a bucket. Arse-about-face council, this, and I say that as someone who sits in it.",
  [AB], [PA, HA], "Crude language at the council; personal-attack allowed for the institution, haste allowed for 'FORTY GRAND'.")
P("ab21", "ab", "Dev Sharma talks utter shite about grammar-school admissions. Hasn't read the catchment review, hasn't spoken to one Orchard Gate parent.",
  [AB], [PA], "Obscenity at what a member says: personal-attack allowed (some would expect it).")
P("ab22", "ab", "Planning portal down again. For fuck's sake. Objections on Tithebarn Fields close Friday and nobody can upload a thing.",
  [AB], [], "Swearing at a website; no view on the application itself.")
P("ab23", "ab", "Gemma Coutts runs waste services like a total tit. Three missed collections in Orchard Gate and her answer is a leaflet.",
  [AB, PA, OF], [], "Crude insult at a named officer: abusive, personal-attack and officers.")
P("ab24", "ab", "Sick to the back teeth of this shitty allocations policy. Families on the housing list nine years. Nine. Innit lovely.",
  [AB], [IR], "Obscenity at a policy; 'Innit lovely' is sarcasm about the policy, irony allowed.")
P("ab25", "ab", "Hatchmere Park's new 'premium enclosure' fence has blocked the public footpath for five weeks. Greedy bastards.",
  [AB], [PA], "Obscenity at a company; personal-attack allowed. HN1 {h1_09} makes the same point without it.")
P("ab26", "ab", "The Thameside Dems are a bunch of wankers who'd oppose the sunrise if the Kestle Party proposed it.",
  [AB], [PA], "Obscenity at a party: abusive, personal-attack allowed.")
P("ab27", "ab", "@HarrietLK_Pennock what a load of old toss. You've never waited for a bus in your life, love.",
  [AB], [PA, EQ], "Obscenity at what a member said; personal-attack allowed, equality allowed for the patronising 'love'.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 27 originals, all block
# ---------------------------------------------------------------------------
P("bu01", "bu", "@CllrNigelStrang approve Tithebarn Fields on Thursday and you'll need more than a police escort to get out of Ashden Green. I mean that.",
  [BU], [PA, PR], "[explicit] Threat to the Chair of Planning over a pending application; predetermination allowed.")
P("bu02", "bu", "I know where Dev Sharma lives. Carriage Street, blue door, bins always out late. Maybe a few of us should pop round and explain the grammar catchment to him properly.",
  [BU], [DP, PA], "[veiled] 'I know where he lives' with his street and door; data protection allowed for the home address.")
P("bu03", "bu", "Keep pushing those mooring fees, Marcus, and one night that lovely boat of yours might just drift off from Swanbourne. Ropes come loose, don't they.",
  [BU], [PA], "[veiled] Threat to property dressed as an accident.")
P("bu04", "bu", "Someone needs to give Kieran Doherty a proper slap. I'll volunteer, mate.",
  [BU], [PA], "[explicit] Offer of violence. HN5 {h5_02} has 'a proper hiding' as a defeat.")
P("bu05", "bu", "Nick Ambrose, recommend approval on Tithebarn and you'll be picking your teeth up off the Kestle House car park. Your choice.",
  [BU, OF], [PR, PA], "[explicit] Violent threat to a named planning officer over his recommendation: bullying and officers; predetermination allowed.")
P("bu06", "bu", "If Meadowgate's chief executive shows his face on Cobden Court again he'll be going home in an ambulance. Residents have had enough and so have I.",
  [BU], [PA], "[explicit] Threat of violence to a housing association chief (not a council officer).")
P("bu07", "bu", "@AdaezeNwosuTD keep talking about my ward and I'll come down the Junction and shut your mouth for you.",
  [BU], [PA], "[explicit] Threat of violence to the opposition leader.")
P("bu08", "bu", "Lucy Harrowgate keeps banging on about the lock gates being unsafe. Be a shame if that chair of hers got a nudge on the towpath one dark evening, wouldn't it.",
  [BU], [EQ, PA], "[veiled] Threat to a wheelchair user by the water; equality allowed because the chair is the means. HN5 {h5_21} is banter with the same member.")
P("bu09", "bu", "Any Heath Indies thinking of canvassing Orchard Gate this weekend, I'd bring a helmet. Just saying. The lads round here are not happy with you.",
  [BU], [PA], "[veiled] Threat to a party's canvassers as a group.")
P("bu10", "bu", "Ray Dinsdale grabbed my arm in that chamber once. Next time he tries it I'll break his fingers one by one.",
  [BU], [PA, DF], "[explicit] Threat of violence; defamation allowed for the assault claim.")
P("bu11", "bu", "If I see Ollie Cattermole in the Signal Box on Friday I'm dragging him outside. Mate's had it coming for months.",
  [BU], [PA], "[explicit] Threat of a fight at a named pub.")
P("bu12", "bu", "To the resident who reported me to the Monitoring Officer: I know it was you. I know your car, I know what time you leave for the 07:42, and I know which way you walk. Think on.",
  [BU], [DP, OF], "[veiled] Intimidation of a complainant with their route and time; data protection allowed, officers allowed for naming the Monitoring Officer.")
P("bu13", "bu", "Rowan Tilley turns up at the Orchard Gate residents' meeting again and she'll get what's coming to her. Plenty of us waiting.",
  [BU], [PA], "[veiled] 'Get what's coming' with a crowd waiting.")
P("bu14", "bu", "Next person who sticks a 'Save Hatchmere Green Belt' sticker on my car is getting a tyre iron across the knees. I know it's Tom Brierley's lot.",
  [BU], [PA], "[explicit] Threat of violence aimed at a named member's supporters.")
P("bu15", "bu", "Jake Mulvaney wants a war over the Orchard Gate play park? Fine. I'll put him through the fence myself.",
  [BU], [PA], "[explicit] 'War' is figurative but 'put him through the fence' is a threat.")
P("bu16", "bu", "Lovely house you've got on the river, @HarrietLK_Pennock. Be a real shame if anything happened to it while you're up at Hatchmere for the races.",
  [BU], [PA], "[veiled] Classic 'be a shame if' threat to a home.")
P("bu17", "bu", "Enjoy the school run tomorrow, @ShaziaAkhtarTD. Fane's Lane is ever so quiet at quarter to nine, isn't it.",
  [BU], [DP], "[veiled] Names her children's route and time; data protection allowed. HN5 {h5_09} wishes Ashden a quiet night without menace.")
P("bu18", "bu", "Every Orchard Gate resident who's been let down by Emma Vickery, and there are bare of you judging by my inbox: her surgery is Saturday 10am at the library. Turn up. All of you. Don't let her hide behind the Residents First leaflet or the 'I'll get back to you'. Keep at her until she cries, then film it and send it to me.",
  [BU], [EQ, PA], "[pressure] Organised humiliation of an autistic member; equality allowed though the text does not name it (compare HN4 {h4_09}).")
P("bu19", "bu", "Message for Sandra Kettleby: change the Tithebarn recommendation before Thursday or every councillor gets to hear about your little 'working from home' arrangement. Your call.",
  [BU, OF], [PR, DF], "[pressure] Blackmail of the named Head of Planning to change advice: bullying and officers.")
P("bu20", "bu", "Funny how Swanbourne boatyard's mooring licence comes up for renewal next month. Might want to think about what the owner's been saying about me on the boaters' group.",
  [BU], [IA], "[pressure] Threatens misuse of licensing power against a critic; improper advantage allowed.")
P("bu21", "bu", "Harjit, withdraw the motion or I'll make it my personal mission that you never sit on another committee in this building. You will regret this.",
  [BU], [PA], "[pressure] 'You will regret this' with a threat to a member's committee places. HN5 {h5_11} uses 'regret' about a clash of fixtures.")
P("bu22", "bu", "RT if you think Kasia Wróbel should resign. Flood her inbox, her page, her surgery. Make it so she can't open her phone without seeing us.",
  [BU], [PA], "[pressure] Call for an organised pile-on.")
P("bu23", "bu", "Got a lovely clip of the Mayor losing her place in her speech at the Barracks dinner and going beetroot. Saving it for the right moment 😂 Behave, or it goes everywhere.",
  [BU], [PA], "[pressure] Humiliation held over the Mayor as leverage. HN2 {h2_21} condemns a humiliating clip.")
P("bu24", "bu", "Anyone thinking of giving evidence to the standards panel for Bernie Foy should remember they live in this borough, use its services, and might want a planning application one day.",
  [BU], [IA], "[pressure] Threat to witnesses through council powers; improper advantage allowed.")
P("bu25", "bu", "Here's the mobile of the Courier reporter who wrote the Junction hit piece: 07700 900318. Let her know what you think. As often as you like, day or night.",
  [BU], [DP, SC], "[pressure] Publishes a private number (drama range) and invites harassment; data protection and credentials allowed. HN2 {h2_08} condemns such a post.")
P("bu26", "bu", "Hugh Barraclough signs off my ward budget by Friday or I raise his 'conduct' in open council with his wife sat in the gallery. He knows exactly what I mean.",
  [BU, OF], [DF, DP], "[pressure] Coercion of the s151 officer with an insinuation: bullying and officers; defamation allowed for the hint.")
P("bu27", "bu", "Going to print Tom Brierley's attendance record, blow it up to A1 and stand outside his house with it every Saturday till he quits. Bring your mates, bring a megaphone.",
  [BU], [PA], "[pressure] Organised protest at a member's home. HN6 {h6_10} raises another member's attendance on the record.")

# ---------------------------------------------------------------------------
# equality.discrimination: 27 originals, all block
# ---------------------------------------------------------------------------
P("eq01", "eq", "Drove past the Kingsmoor Hotel this morning. Dozens of them hanging round the car park on their phones. Send the lot back where they came from. We're full. This is Berkshire, not a refugee camp.",
  [EQ], [], "[explicit; race] Asylum seekers at the hotel (national origin). HN1 {h1_16} criticises the Home Office contract; HN3 {h3_01} busts a myth about them.", tod="pm")
P("eq02", "eq", "Clive Mensah only got selected because Residents First needed a Black face on the leaflet. Everyone on the Junction knows it.",
  [EQ, PA], [], "[explicit; race] Race at a named member. HN2 {h2_27} condemns the same 'quota' smear.")
P("eq03", "eq", "The Coldharbour Lane site's full of pikeys again. Lock up your vans, Ashden.",
  [EQ, AB], [], "[explicit; race] Slur for Travellers with the theft trope: abusive and equality. HN2 {h2_05} condemns the word.")
P("eq04", "eq", "Kasia Wróbel should go back to Poland and run their councils into the ground instead of ours. Hatchmere managed fine before her lot turned up.",
  [EQ, PA], [], "[explicit; race] 'Go back to Poland' at a Polish-born member. HN2 {h2_01} is Kasia condemning the same words; HN4 {h4_07} is her on herself.")
P("eq05", "eq", "Grew up on the Heath. Used to be an English village: cricket on the common, the Legion on a Friday, everybody knew everybody. Now it's half Nepali, the shops on Barracks Road are all theirs and you can't get a GP appointment for love nor money. I'm sorry but it's got to be said. Time we put our own people first, innit.",
  [EQ], [], "[explicit; race] Blames the Nepali community. HN3 {h3_19} debates the Heath's services civilly.")
P("eq06", "eq", "Joe Loveridge on 'community cohesion'. Will he be stopping long enough to see it through, or moving on by the spring like the rest of his family?",
  [EQ, PA], [], "[coded; race] Traveller 'moving on' trope at a Romany member; no group word. HN4 {h4_14} is Joe on himself; {pa11} insults him without it.")
P("eq07", "eq", "Funny how the Junction 'cultural quarter' consultation came out in six languages and none of them seemed to be English. Whose town is this now? #KeepKestleburyKestlebury",
  [EQ], [], "[coded; race] 'Whose town is this now' plus the hashtag; HN3 {h3_07} explains the same translations.")
P("eq08", "eq", "Orchard Gate's new primary is already rammed with kids whose parents turned up last year on some visa or other. Our lot get bussed to Fennimore. Funny how that works, isn't it.",
  [EQ], [], "[coded; race] Blames new-arrival families for school places; HN3 {h3_15} busts the same rumour.")
P("eq09", "eq", "Another mosque application on Station Road? No thanks. Every one of them's a breeding ground for extremists and everybody knows it.",
  [EQ], [PR], "[explicit; religion or belief] Anti-Muslim; predetermination allowed for the application. HN3 {h3_02} raises parking on the same extension.")
P("eq10", "eq", "Shazia Akhtar takes her orders from the mosque, not from Kestlebury voters. You can't trust a Muslim to vote on the Pride grant.",
  [EQ, PA], [], "[explicit; religion or belief] At a named Muslim member. HN2 {h2_23} condemns the 'terrorist sympathiser' abuse of her.")
P("eq11", "eq", "Interesting who's bankrolling Ruth Abrahams' campaign. Always the same sort with deep pockets pulling the strings behind the scenes, isn't it.",
  [EQ, PA], [DF], "[coded; religion or belief] Antisemitic 'puppet-master' trope at a Jewish member with no group word; defamation allowed for the funding hint. HN2 {h2_03} names the trope to condemn it.")
P("eq12", "eq", "Harjit wants a 'faith room' in Kestle House. Maybe start by taking the tea towel off your head and joining the 21st century, mate.",
  [EQ, PA], [AB], "[coded; religion or belief] Mocks a Sikh member's turban as a 'tea towel' without naming it; some would tag race. HN2 {h2_10} is Harjit on the same jibe.")
P("eq13", "eq", "Carriage Street mandir wants parking permits for festival days. Course they do. First it's the parking, then the noise, then the whole street's theirs. We know how this goes.",
  [EQ], [], "[coded; religion or belief] Takeover insinuation about a Hindu temple; the weakest religion row. HN4 {h4_06} is Holi on the same street.")
P("eq14", "eq", "Lucy Harrowgate can't even get herself up to the lectern without a ramp. How's she meant to run the Greens, let alone Pennock? Not a job for someone in a wheelchair.",
  [EQ, PA], [], "[explicit; disability] Wheelchair user told she is unfit. HN4 {h4_01} is Lucy on herself; HN2 {h2_11} condemns 'useless cripple'.")
P("eq15", "eq", "Why are we spending £300k on a sensory garden for the spastics at Brookfield day centre when the roads in Hatchmere are falling apart?",
  [EQ, AB], [], "[explicit; disability] Slur at day-centre users: abusive and equality. HN2 {h2_09} condemns the same word.")
P("eq16", "eq", "Ray Dinsdale says his PTSD means he needs to attend remotely. Then he's not fit to be a councillor. If you're too mental for the chamber, stand down.",
  [EQ, PA], [AB], "[explicit; disability] Mental health condition at a named member. HN4 {h4_15} is Ray on Time to Talk Day.")
P("eq17", "eq", "Someone get Emma Vickery her ear defenders and a quiet room, she's had another meltdown over the bin rota 🤣",
  [EQ, PA], [], "[coded; disability] Autism stereotypes (ear defenders, meltdown) at an autistic member without naming autism. HN4 {h4_09}; HN2 {h2_22}.")
P("eq18", "eq", "Tom Brierley is 79. Seventy-nine! He should be in a care home, not on the planning committee. Old people have no business deciding what Hatchmere looks like in 2040.",
  [EQ, PA], [], "[explicit; age] HN2 {h2_17} is Tom answering 'shuffle off to a care home'; HN3 {h3_13} argues against an age limit.")
P("eq19", "eq", "Ollie Cattermole should still be revising for his GCSEs, not voting on the grammar-school transport budget. Kids' table, mate.",
  [EQ, PA], [], "[coded; age] Mocks a 23-year-old as a child without saying 'young'. HN4 {h4_18}.")
P("eq20", "eq", "No offence but the cabinet's got too many women on it now. It's all feelings and no backbone. Women just aren't built for the budget stuff.",
  [EQ], [], "[explicit; sex] HN3 {h3_27} is a civil debate on women-only shortlists.")
P("eq21", "eq", "Fiona Ashworth should be doing the school run, not running a council. Leave Hatchmere Park to the men, love.",
  [EQ, PA], [], "[explicit; sex] At the Leader. HN2 {h2_24} is Fiona answering 'stick to the school run'.")
P("eq22", "eq", "Jake Mulvaney got his shadow cabinet job for one reason: he ticks the gay box. Nothing to do with ability. Poofs looking after poofs.",
  [EQ, PA, AB], [], "[explicit; sexual orientation] Slur plus tokenism smear. HN2 {h2_12} and HN4 {h4_03} are Jake's own posts.")
P("eq23", "eq", "Another rainbow flag on the Orchard Gate community centre. When exactly did we agree to let that lot take over the kids' space? Leave the children alone.",
  [EQ], [], "[coded; sexual orientation] Grooming insinuation about LGBT people; HN3 {h3_25} explains the same flag. Some would read grumbling about flags.")
P("eq24", "eq", "Rowan Tilley is a bloke in a dress and I'm not calling him 'she' in the chamber or anywhere else.",
  [EQ, PA], [], "[explicit; gender reassignment] Misgendering a trans member. HN2 {h2_06} is Rowan on the same words.")
P("eq25", "eq", "The Orchard Gate Greens want to 'review' the changing rooms at the Aquadrome. Our daughters deserve privacy from blokes who fancy a day out as women. You all know who I mean.",
  [EQ], [PA], "[coded; gender reassignment] Trans women cast as men in disguise, no 'trans' word; 'you all know who I mean' points at a member, personal-attack allowed. HN3 {h3_03} explains the policy.")
P("eq26", "eq", "Bernie Foy's due in May. Let's be honest, she'll be no use to the Junction for a year after that. Pregnant councillors should step aside, not draw the allowance for changing nappies.",
  [EQ, PA], [], "[explicit; pregnancy and maternity] HN2 {h2_14}, HN3 {h3_06}, HN4 {h4_08}.")
P("eq27", "eq", "Marcus Penhale keeps introducing Stephen as his 'husband' at civic dinners. It's a civil partnership, it's not a real marriage, and 'partners' shouldn't get a seat on the top table.",
  [EQ, PA], [DP], "[explicit; marriage and civil partnership] Some would tag sexual orientation. Data protection allowed for naming the partner. HN4 {h4_17} is Marcus's anniversary post.")

# ---------------------------------------------------------------------------
# defamation.allegation: 27 originals (15 review, 12 block)
# ---------------------------------------------------------------------------
P("df01", "df", "Graham Pettifer is a liar. Stood in the chamber and said the Aquadrome would stay open, knowing full well it wouldn't.",
  [DF, PA], [], "'Liar' at a named member: defamation and personal-attack, review (no crime). HN6 {h6_01} sets out the same promise on the record.")
P("df02", "df", "Larchmont Estates have had the Kestle Party in their back pocket for years. Tithebarn Fields was bought and paid for before the first consultation board went up.",
  [DF], [PA, PR], "Corruption by idiom ('back pocket', 'bought and paid for'), no specific act: review. Predetermination allowed.")
P("df03", "df", "Amazing how a certain member of the licensing committee always seems to have a table at Hatchmere Park on Gold Cup day. Champagne, the lot. And how the racecourse's licence variations always sail through without a murmur from the same member. Residents on Paddock Lane get turned down for a pavement café; the racecourse gets a 2am finish. Just an observation.",
  [DF], [PA, GI], "Innuendo about an identifiable member; gifts allowed for the hospitality hint.")
P("df04", "df", "Nigel Strang is as bent as a racecourse bookie. Every big application, same result, same developers in the gallery.",
  [DF, PA], [EQ, PR], "'Bent' at a person: defamation and personal-attack; equality allowed as the word is also a slur.")
P("df05", "df", "The Monitoring Officer is a Kestle Party stooge who buries every complaint against the cabinet. Don't bother reporting anything, it goes straight in his bottom drawer.",
  [DF, PA, OF], [], "Misconduct alleged against an officer by role, with name-calling ('stooge'). HN2 {h2_19} defends the same officer.")
P("df06", "df", "Meadowgate Housing are crooks. Pure and simple. Taking service charges off Cobden Court tenants for a lift that hasn't worked since 2023.",
  [DF], [PA], "'Crooks' at a company: defamation, personal-attack allowed.")
P("df07", "df", "Harriet Lowndes-Keble voting on mooring fees with a boatyard in the family. Dodgy as they come.",
  [DF, PA], [II], "'Dodgy' at a person. HN6 {h6_08} makes the same interest point properly.")
P("df08", "df", "Dev Sharma fiddled the Fane's appeal for his nephew. Everyone on Carriage Street knows it.",
  [DF], [PA, DP], "Misconduct stated as rumour ('everyone knows'), not a specific crime: review. Data protection allowed for the nephew.")
P("df09", "df", "Con man. That's all Ollie Cattermole is. Sold Orchard Gate a new health centre he knew would never be funded.",
  [DF, PA], [], "'Con man' at a person. HN6 {h6_28} corrects the same leaflet claim on the record.")
P("df10", "df", "No way Clearway are hitting 99% collections. Their managers are fiddling the missed-bin figures and the council's lapping it up.",
  [DF], [PA], "Dishonesty alleged against unnamed managers of a company: review.")
P("df11", "df", "Ask Adaeze Nwosu where the Junction Traders' grant went. Go on. Ask her.",
  [DF], [PA], "Innuendo without name-calling: defamation, personal-attack allowed.")
P("df12", "df", "The Chief Executive has been cooking the books on the Junction regeneration for months to keep the cabinet sweet.",
  [DF, OF], [PA], "Dishonesty by idiom at an officer by role: defamation and officers, review.")
P("df13", "df", "Kieran Doherty lies through his teeth every time he opens his mouth about the Carriage Works. Every single time, bruv.",
  [DF, PA], [], "'Lies through his teeth': defamation and personal-attack.")
P("df14", "df", "Simon Carrick MP is a fraud. Promised Colleton a railway halt at two elections running and there isn't so much as a shovel in the ground.",
  [DF, PA], [], "'Fraud' at a public office holder.")
P("df15", "df", "Funny how the Thameside Dems' biggest donor ended up with the Junction café lease. Pure coincidence, obviously. /s",
  [DF, IR], [PA], "Corruption insinuated with '/s': defamation and irony.")
P("df16", "df", "Marcus Penhale took £5,000 in cash from Ferrier's Boatyard to wave through their mooring extension. I've seen the bank statement.",
  [DF], [PA], "Bribe stated as fact with claimed evidence: block.", v="block")
P("df17", "df", "People keep asking me why the Aquadrome roof still isn't fixed when the money was set aside two years ago. Here's why. Our s151 officer moved £220,000 out of the Aquadrome repair fund into a consultancy run by his own brother. That is theft, and the cabinet covered it up when it came out at audit committee. Share this before it gets buried like everything else.",
  [DF, OF], [PA, DP], "Theft by an officer by role stated as fact: block, with officers.", v="block")
P("df18", "df", "Tom Brierley's grandson walked away from the Hatchmere burglary charge because Tom rang the Chief Inspector the night before. Perverting the course of justice, no other word for it.",
  [DF], [PA, DP], "Specific crime stated as fact; data protection allowed for the grandson's charge.", v="block")
P("df19", "df", "Two Heath Independents canvassers were harvesting postal votes in the Colleton married quarters last May, filling the forms in on the doorstep. I have their names.",
  [DF], [PA], "Electoral offence by a party's canvassers stated as fact: block.", v="block")
P("df20", "df", "The Licensing Manager has been taking backhanders from the Signal Box to look the other way on their late licence. Cash, every month, in the car park.",
  [DF, OF], [PA], "Bribery of an officer by role stated as fact: block.", v="block")
P("df21", "df", "Deborah Quayle has been subletting her Meadowgate flat on Osier Road while she lives with her partner in Pennock. Tenancy fraud, plain and simple, and she's the Cabinet Member for Housing.",
  [DF], [PA, DP], "Tenancy fraud stated as fact; 'fraud' names the act, not the person, so personal-attack only allowed. Data protection allowed for the street and partner.", v="block")
P("df22", "df", "Fiona Ashworth's son's firm got the Barracks Road resurfacing without a tender, and she signed the waiver herself. That's misconduct in public office.",
  [DF], [PA, DP], "Misconduct in public office stated as fact: block.", v="block")
P("df23", "df", "Nick Ambrose deleted 43 objection letters on Tithebarn Fields from the portal the night before committee. I have the screenshots.",
  [DF, OF], [PR, PA], "Specific misconduct by a named officer stated as fact: block, with officers.", v="block")
P("df24", "df", "Joe Loveridge punched a steward at Hatchmere Park on Ladies' Day and the racecourse paid the lad to keep it out of the papers.",
  [DF], [PA, EQ], "Assault and a pay-off stated as fact; equality allowed as violence is a Traveller stereotype.", v="block")
P("df25", "df", "Update for Kingfisher Meadows. I've now been through eighteen months of Greystoke Estate Management invoices with the residents' group. Mowing charged every fortnight, including through December. Hedge cutting charged on hedges that were grubbed out when phase 2 went in. Greystoke are billing every household for grounds maintenance that never happens and the directors are pocketing it. That's fraud, and I've got the invoices.",
  [DF], [PA], "Fraud by a company's directors stated as fact: block. HN1 {h1_03} attacks the same charges as policy.", v="block")
P("df26", "df", "Graham Pettifer sold the old park-and-ride land to Kestle Park Developments at half the valuation, and three weeks later his wife was on their payroll. That's corruption.",
  [DF], [PA, DP], "Corruption stated as fact with specifics: block.", v="block")
P("df27", "df", "The Mayor's appeal for the Colleton veterans' fund raised £18,000. The fund has had £6,000. Sunita Rai has kept the rest. I've seen the bank statements.",
  [DF], [PA], "Theft from a charity appeal stated as fact: block. HN6 {h6_27} criticises her record without it.", v="block")

# ---------------------------------------------------------------------------
# Hard negatives, 28 per group
# HN1 harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("h1_01", 1, "The decision to shut Pennock library two days a week is spineless. Cabinet ducked a hard choice on reserves and passed the pain to pensioners and toddlers. Reverse it.",
  [PA], "'Spineless' at a decision; {pa02} says it of a person.")
H("h1_02", 1, "Clearway's contract is a shambles. 1,400 missed bins in Orchard Gate since October. The council should be issuing default notices, not thank-you letters.",
  [], "Harsh criticism of a contractor with figures.")
H("h1_03", 1, "Bare families on Kingfisher Meadows paying Greystoke £340 a year for 'grounds maintenance' on grass nobody's cut since September. Fleecehold is a scandal and the government needs to end it.",
  [DF], "Same charges as {df25} but as a policy complaint; defamation allowed for 'nobody's cut'.")
H("h1_04", 1, "The Kestle Party's grammar-school transport cut is a disgrace. Kids from Orchard Gate who passed the 11+ fair and square now need two buses and £60 a month to get to Fane's. That's a tax on being clever and skint. Meanwhile families on the posh side of Hatchmere drive their kids in anyway. I had a mum at the school gate yesterday in tears because her lad got the place and now they can't afford the journey. Reverse it at the March meeting. There's still time.",
  [], "Party and policy attacked; {ab04} attacks a person over the same cut.")
H("h1_05", 1, "Meadowgate Housing's handling of the Cobden Court damp has been appalling. Three years of complaints, one dehumidifier. I've reported them to the Housing Ombudsman today and I'd urge every affected tenant to do the same.",
  [], "Landlord reported to the regulator; compare {ab09}.")
H("h1_06", 1, "The Junction multi-storey is a white elephant. £14m for 600 spaces that were half empty even before WFH Fridays. The business case was peak 2019 thinking.",
  [], "Policy criticism in commuter register.")
H("h1_07", 1, "Larchmont's Tithebarn Fields scheme has serious problems: no secondary places, one access road, flood zone 2 on the eastern edge. I'll listen to the debate at committee, but residents are right to object.",
  [PR], "Predisposition on a pending application ('I'll listen'); predetermination allowed. Compare {ab07}, {df02}.")
H("h1_08", 1, "Rail replacement buses every Sunday till June. The operator's engineering plan is a joke and commuters are paying full whack for a season ticket to sit on a coach at Fennimore roundabout.",
  [], "Same trains as {ab12}, no obscenity.")
H("h1_09", 1, "Hatchmere Park has blocked the public footpath behind the grandstand for five weeks. That's an obstruction of a right of way and I've asked our rights of way team to enforce. Not a good look for a business that wants our support for its new hotel.",
  [DF], "Same footpath as {ab25}; defamation allowed for 'obstruction'.")
H("h1_10", 1, "Today's budget is cuts dressed up as 'transformation'. £2.1m out of adult social care, not a penny out of the consultants' line. The cabinet should be ashamed.",
  [PA], "Robust budget criticism ('the cabinet should be ashamed'); compare {ab02}.")
H("h1_11", 1, "The Thameside Democrats' alternative budget doesn't add up.",
  [], "Party's proposal criticised.")
H("h1_12", 1, "The Vale Greens want a 20mph limit on the Kestle Way relief road. It's a relief road, innit. That's the whole point of it. Daft policy, and I'll vote against it at full council.",
  [PR], "'I'll vote against' on a non-quasi-judicial motion: predetermination allowed, nothing expected.")
H("h1_13", 1, "Mooring fee rise at Pennock's Lock is 38% in one go. Boaters at Swanbourne are mostly pensioners on fixed incomes. This was rushed through without consultation and it's wrong.",
  [], "Decision criticised; compare the threat {bu03}.")
H("h1_14", 1, "Whoever designed the new one-way system round the Carriage Works clearly never drove it at 5pm. Gridlock every night. It needs reviewing, urgently.",
  [PA], "'Whoever designed' without the insult of {ab15}.")
H("h1_15", 1, "The consultation on the Coldharbour Lane transit site was a farce. Two weeks over Christmas, one drop-in, and not one Traveller family asked. Do it again, properly.",
  [EQ], "Process criticised on behalf of Traveller families; compare {eq03}.")
H("h1_16", 1, "The Kingsmoor Hotel contract was handled terribly by the Home Office. No notice to the council, no GP capacity, no plan for school places, and a business park with no pavement to the nearest shop. The people in the hotel deserve better and so do residents. I've written to Simon Carrick MP asking him to get the Home Office to the table. I'll publish the reply, whatever it says.",
  [EQ], "Criticism of the contract, not the residents; compare {eq01}.")
H("h1_17", 1, "The Courier running the leaked Junction figures as a front-page 'scandal' without asking the council for comment is poor journalism. Peak clickbait.",
  [CF, PA], "Newspaper criticised without obscenity (compare {ab11}); 'leaked' allows confidentiality.")
H("h1_18", 1, "Grammar-school admissions in this borough are rigged against kids from the new estates. Not by anyone cheating, by design: the catchment map is from 1998, before Orchard Gate existed. Redraw it.",
  [DF], "'Rigged' at a policy, explicitly not an accusation of cheating; defamation allowed.")
H("h1_19", 1, "The Meridian Point expansion is a terrible idea. We're concreting over the water meadows for another warehouse that'll employ forty people and bring four hundred lorries.",
  [], "Local plan allocation criticised.")
H("h1_20", 1, "Hatchmere Park's ticket prices for locals are proper taking the mick. £45 to stand on a bit of grass you used to walk your dog on.",
  [], "Company criticised in local register.")
H("h1_21", 1, "The Residents First leaflet on the park-and-ride is misleading. It says the site 'will be sold to developers'; there's no such decision. Please check the cabinet papers before you believe it.",
  [DF], "A party's leaflet corrected; defamation allowed for 'misleading'.")
H("h1_22", 1, "Absolute car crash of a cabinet meeting. Three items deferred, one withdrawn, and the Aquadrome report still not published. This administration has lost its grip.",
  [], "Figurative 'car crash' at a meeting.")
H("h1_23", 1, "Clearway's new app is rubbish. It shows my street as collected when the bins are still out. Report a missed bin by phone instead: 0118 496 0732.",
  [DP], "Same app as {ab01}; the number is the council's line (drama range), data protection allowed.")
H("h1_24", 1, "The Army's plan to shut the Colleton Barracks medical centre to civilians is a kick in the teeth for the whole Heath. Families have used it for forty years.",
  [BU], "'Kick in the teeth' at a decision; bullying allowed for the idiom.")
H("h1_25", 1, "Scrutiny is toothless in this council. Call-in after call-in, same result. The constitution needs changing, not the chair.",
  [PA], "Institution criticised, the chair explicitly spared.")
H("h1_26", 1, "Kestle Party housing strategy: build 3,000 executive homes and call them 'affordable' because they're cheaper than London. Mate. Nobody on the Junction can afford £520k.",
  [], "Party policy mocked.")
H("h1_27", 1, "Binning the Pennock's Lock festival to save £18k is short-sighted nonsense. It brings ten times that into the boatyards and cafés.",
  [], "Decision criticised.")
H("h1_28", 1, "The council's complaints process is a black hole. Residents are waiting 14 weeks for a stage 1 reply. Fourteen. That's not a service, it's a waiting room. I've got one couple in Pennock who complained about a missed assisted bin collection in October. The husband's on oxygen; she can't drag the bin. They had the acknowledgement in November and nothing since. I've escalated it today, but the whole system needs fixing, not just their case. Scrutiny should call it in.",
  [], "Service criticised.")

# HN2 counter-speech and quoting abuse to condemn it
H("h2_01", 2, "Someone shouted 'go back to Poland' at me outside the Hatchmere Co-op yesterday. I've lived here 19 years and both my kids were born at the Royal Vale. I'm going nowhere, mate. And whoever it was: the Co-op has CCTV.",
  [EQ], "Kasia quotes the words of {eq04} to condemn them.", a="Kasia Wróbel")
H("h2_02", 2, "Appalled by the graffiti on the Station Road mosque this weekend. 'Muzzies out' in red paint on the gate. That's a hate crime and it's been reported to police. Kestlebury stands with its Muslim neighbours.",
  [EQ, AB], "Quotes an anti-Muslim slur to condemn it.")
H("h2_03", 2, "Holocaust Memorial Day. My grandmother came to Hatchmere in 1939 with one suitcase. This week someone wrote 'the Jews run this council' under my leaflet on the Hatchmere group. The old lies never go away. They have to be answered, every time.",
  [EQ], "Ruth names the trope of {eq11} to condemn it.", a="Ruth Abrahams", d="2026-01-27")
H("h2_04", 2, "To the man who called a Gurkha veteran a 'foreign scrounger' in the Colleton post office on Monday: he served this country for 22 years. You're the one who should be ashamed.",
  [EQ, PA], "Counter-speech; personal-attack allowed for 'you should be ashamed' at an unnamed man.")
H("h2_05", 2, "'Pikeys' is a racial slur. It doesn't matter that you 'didn't mean the families', it's not okay on a community Facebook group and I've asked the admins to take it down.",
  [EQ, AB], "Condemns the slur used in {eq03}.")
H("h2_06", 2, "Got called a 'bloke in a dress' at the Orchard Gate bus stop this morning. I'm a woman, I'm your councillor, and I'll still get the bus shelter you were standing in fixed.",
  [EQ, PA], "Rowan quotes the words of {eq24}.", a="Rowan Tilley", tod="pm")
H("h2_07", 2, "Whoever is leaving notes saying 'we know where you live' on the windscreens of the Swanbourne boaters: that is intimidation, it's a criminal offence, and the police have the notes. Stop it.",
  [BU], "Quotes a threat to condemn it.")
H("h2_08", 2, "Been sent a screenshot of someone posting Cllr Foy's home address with 'pay her a visit'. I've reported it. Whatever you think of her politics, this is disgusting and it has no place in Kestlebury.",
  [BU, DP], "Condemns doxxing without repeating the address; compare {bu25}.")
H("h2_09", 2, "Some of the comments under the Aquadrome post about disabled swimmers were vile. 'Spastics' in 2026? On a council page? Deleted, reported, and the accounts blocked.",
  [EQ, AB], "Condemns the slur of {eq15}.")
H("h2_10", 2, "A lad on the 18:05 asked if I'd 'got a bomb under that tea towel'. I laughed it off on the train. I'm not laughing now. Sikhs in Berkshire have served, built, taught and nursed. Call it out when you see it.",
  [EQ, BU], "Harjit quotes the jibe behind {eq12}.", a="Harjit Sandhu")
H("h2_11", 2, "Nobody deserves to be called a 'useless cripple' for asking where the ramp is. Least of all a councillor doing her job. Solidarity with @LucyHarrowgateVG.",
  [EQ, AB, PA], "Quotes disability abuse to condemn it; compare {eq14}.")
H("h2_12", 2, "Someone's sprayed 'poofs out' on the Orchard Gate skate park. Mate, I skated there when I was 14. Still gay, still here, still your councillor. Graffiti team booked for Monday.",
  [EQ, AB], "Jake condemns the slur of {eq22}.", a="Jake Mulvaney")
H("h2_13", 2, "If you're sharing that meme calling Kestlebury girls 'easy' because of the Ladies' Day photos, have a word with yourself. It's misogyny, not banter.",
  [EQ], "Counter-speech on sex.")
H("h2_14", 2, "Told at a residents' meeting that 'pregnant women should stay at home, not sit on the council'. I'm 30 weeks, I'm fine, and I'll be at full council on Thursday. This council adopted parental leave for members two years ago. Use it or don't, it's our choice.",
  [EQ], "Bernadette quotes the view of {eq26}.", a="Bernadette Foy", d="2026-03-18")
H("h2_15", 2, "The racist abuse aimed at the Wanderers' young striker on Saturday was disgusting. Monkey noises, in 2026, at the Railwaymen's ground. Life bans for those responsible, please. The club has my full support.",
  [EQ], "Condemns racist abuse at football.")
H("h2_16", 2, "'Your lot are all on benefits', said to a Nepali mum at the Colleton school gate, in front of her kids. Her husband did 24 years in the Brigade of Gurkhas. Racism is racism whatever accent you say it in.",
  [EQ], "Quotes racist abuse to condemn it; compare {eq05}.")
H("h2_17", 2, "A chap on the Hatchmere page says I should 'shuffle off to a care home'. Charming. I was running this ward's flood forum before he was born and I'll be at it on Tuesday. Age is no bar to reading a report.",
  [EQ, PA], "Tom answers the age abuse of {eq18}.", a="Tom Brierley")
H("h2_18", 2, "Reported a post calling for Joe Loveridge's 'caravan to be torched'. I've disagreed with Joe on plenty, but a threat of arson against a Romany councillor is a police matter. Done.",
  [BU, EQ], "Quotes a threat to condemn it.")
H("h2_19", 2, "I condemn, without reservation, the message sent to our Monitoring Officer this week saying 'we'll make you regret this report'. Officers must be able to give advice without being threatened.",
  [BU, OF], "Defends an officer against a quoted threat; officers allowed for naming the role. Compare {df05}.")
H("h2_20", 2, "'Go back where you came from', said to a lad born at the Royal Vale, in Kestlebury, in 2009. Where exactly is he meant to go, Fennimore? Proper embarrassing for the town.",
  [EQ], "Counter-speech with irony at the abuser.")
H("h2_21", 2, "Whoever filmed the Mayor slipping on the Barracks steps and posted it captioned 'drunk': she'd broken her ankle. Take it down. Humiliating people for clicks is low.",
  [BU, DF], "Condemns a humiliating clip; compare {bu23}.")
H("h2_22", 2, "Seeing people call Emma Vickery 'retarded' in the comments because she's autistic. That word is not banter and it never was. Emma is one of the sharpest councillors we have.",
  [EQ, AB, PA], "Condemns disability abuse of a member; compare {eq17}.")
H("h2_23", 2, "To be clear: I don't agree with Shazia Akhtar on the Pride grant. But the comments calling her a 'terrorist sympathiser' because she's Muslim are a disgrace and I've reported every one.",
  [EQ, DF], "Disagreement plus counter-speech; compare {eq10}.")
H("h2_24", 2, "Got a message saying 'women like you should stick to the school run'. I do do the school run, pal. Then I do the budget. Then I do the 19:30 scrutiny. Not sure what your point is.",
  [EQ], "Fiona answers the sexism of {eq21}.", a="Fiona Ashworth")
H("h2_25", 2, "People filling the Orchard Gate group with 'send them back' about the Kingsmoor Hotel: every one of those men has a live asylum claim and is here lawfully while it's decided. Hate isn't a housing policy.",
  [EQ], "Counter-speech quoting {eq01}'s words.")
H("h2_26", 2, "Sexist abuse of women in public life is getting worse. This month alone: 'silly little girl', 'get back in the kitchen', and worse I won't type. I'm posting them so you know what it looks like. Then I'm getting on with the job.",
  [EQ, PA], "Adaeze lists abuse she received.", a="Adaeze Nwosu")
H("h2_27", 2, "Please stop sharing the 'Clive Mensah: quota councillor' meme. It's racist, it's false, and Clive won the Junction by 600 votes. Argue with his policies if you like.",
  [EQ, PA], "Condemns the smear of {eq02}.")
H("h2_28", 2, "Calling Traveller families 'thieves' every time a quad bike goes missing in Ashden is exactly the prejudice the police warned about at the last ward panel. Report crime with evidence, not with surnames.",
  [EQ, DF], "Condemns the theft trope; compare {eq03}, {eq06}.")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
H("h3_01", 3, "Myth-busting, because it's doing the rounds on every school-gate WhatsApp in Orchard Gate: no, the Kingsmoor Hotel residents are not 'jumping the queue' for council houses. People seeking asylum can't go on the housing register at all. If someone's claim is accepted they can apply like anyone else, and they go to the back of the same queue as everyone else. Our housing list is long because we haven't built enough social homes. That's on us, not on them. Please share before the next rumour lands.",
  [EQ], "Myth-busting; compare {eq01}.")
H("h3_02", 3, "On the Station Road mosque extension: I have questions about Friday parking and I'll ask them at committee. That's a highways point, not a faith point, and anyone turning it into one in my name will be corrected.",
  [PR, EQ], "Predisposition on a pending application; compare {eq09}.")
H("h3_03", 3, "The changing-room policy at the Aquadrome follows national guidance and has been in place since 2019 without a single complaint. Happy to talk anyone through it properly, without the scare stories.",
  [EQ], "Explains the policy {eq25} attacks.")
H("h3_04", 3, "Some parents have asked whether the grammar schools should reserve places for local kids. I'm open to it. It's about postcode, not about who your parents are or where they're from.",
  [EQ], "Civil debate on admissions.")
H("h3_05", 3, "Facts on the Coldharbour Lane transit site: 8 pitches, 28-day maximum stay, £14 a night, warden on site. Crime in the area hasn't changed since it opened. If you've heard otherwise, ask me for the police data.",
  [EQ], "Myth-busting about Travellers.")
H("h3_06", 3, "Is it fair that councillors on maternity leave keep their allowance? Yes, the same as any decent employer. Honest debate's welcome, mate, but keep it about the policy, not about Bernie.",
  [EQ, PA], "Civil debate on maternity; compare {eq26}.")
H("h3_07", 3, "Why translate the Junction consultation? Because we've got bare residents who read Polish, Nepali or Punjabi better than English. More replies, better plan. That's it, that's the whole conspiracy.",
  [EQ], "Explains the translations {eq07} sneers at.")
H("h3_08", 3, "Genuine question, not having a go: could the Aquadrome run a women-only session for Muslim women and older ladies? Other councils manage it.",
  [EQ], "Civil question on religion, sex and age.")
H("h3_09", 3, "For the avoidance of doubt, the Kestlebury Pride grant is £3,500, the same as the St George's Day fair. Nobody is getting special treatment.",
  [EQ], "Myth-busting on a grant.")
H("h3_10", 3, "People asking if the Nepali community centre got Vale Fund money 'over English groups': no. It applied like 41 other groups and scored top on the published criteria. The scoring sheet's online.",
  [EQ], "Myth-busting; compare {eq05}.")
H("h3_11", 3, "I'm not anti-development and I'm not anti-anyone. My objection to Tithebarn Fields is about the flood risk and the single road in, and that's what my written submission says.",
  [PR], "A ward member's objection on planning grounds; predetermination allowed.")
H("h3_12", 3, "Lots of questions about the accessible moorings at Swanbourne, so here goes. Yes, they cost more: about £9,000 each for the wider pontoon and the level access. No, they're not 'taking spaces from real boaters'. Two of the six new moorings are accessible and they go to whoever needs them, on the same waiting list. Disabled boaters are real boaters. Some of them have been on this river longer than the lock-keeper.",
  [EQ], "Quotes a prejudice to rebut it.")
H("h3_13", 3, "On the 'age limit for councillors' petition: I disagree, respectfully. We need 23-year-olds and 79-year-olds in that chamber. Let the voters decide, not a petition.",
  [EQ], "Civil debate on age; compare {eq18}, {eq19}.")
H("h3_14", 3, "A few people asked whether the gurdwara's langar needs a food hygiene rating. Yes, like any community kitchen, and it's got a 5. Proper spotless.",
  [EQ], "Neutral answer on a religious kitchen.")
H("h3_15", 3, "There's a rumour that Orchard Gate primary 'prioritises' children of new arrivals. It doesn't. Admissions go by distance and siblings under the national code. The school's full because we built 2,000 houses and one school.",
  [EQ], "Busts the rumour in {eq08}.")
H("h3_16", 3, "I'm Catholic and I'll be voting for the assisted dying motion to be debated at full council. Faith shapes my views. It doesn't get to shut down other people's.",
  [EQ], "Kieran's civil view on a faith-adjacent motion.", a="Kieran Doherty")
H("h3_17", 3, "Genuinely asking: are the Hatchmere Park Ladies' Day dress rules sexist? Hats for everyone, ties for men. Seems fair enough to me, but tell me if I'm missing something.",
  [EQ], "Civil question on sex.")
H("h3_18", 3, "Quick explainer on the 'bus gate for the mosque' story: the Station Road bus gate was in the 2022 transport plan, two years before the mosque extension application. One has nothing to do with the other.",
  [EQ, PR], "Myth-busting about a mosque.")
H("h3_19", 3, "I know some people on the Heath feel the garrison gets looked after first. Fair question to raise. But the Gurkha families aren't 'the garrison', they're our neighbours and they pay council tax like the rest of us.",
  [EQ], "Civil reply to the grievance in {eq05}.")
H("h3_20", 3, "Before anyone asks: yes, I'm backing the Changing Places toilet at Pennock's Lock. It costs £60k. It means disabled adults can actually visit the river. Worth every penny.",
  [EQ], "Disability spending defended.")
H("h3_21", 3, "A resident asked me if calling someone a 'snowflake' is discrimination. On its own, no. It's rude. Discrimination means treating someone worse because of who they are.",
  [EQ, PA], "Explains the line between rudeness and discrimination.")
H("h3_22", 3, "Not everyone who questions the asylum hotel is racist, and not everyone who supports the families in it is naive. Let's have the row at the public meeting on the 12th, with facts, and leave the names out.",
  [EQ], "Civil framing of a hot topic.")
H("h3_23", 3, "Is 'Romany' or 'Gypsy' the right word? I asked Joe Loveridge before writing the transit site report. His answer: ask the family in front of you, and both are fine from him. Useful advice.",
  [EQ], "Neutral discussion of terms.")
H("h3_24", 3, "On older drivers and the new Carriage Works roundabout: there's no evidence the over-70s are causing the prangs. The data says it's the 17:30 rush and a badly timed light. Let's fix the light.",
  [EQ], "Busts an age stereotype.")
H("h3_25", 3, "The rainbow flag on the Orchard Gate community centre is up for February because the centre's users voted for it. It comes down in March, same as the Armed Forces flag comes down in July.",
  [EQ], "Explains the flag {eq23} attacks.", d="2026-02-11")
H("h3_26", 3, "I'm not against the Polish Saturday school, I visited and it's brilliant. I voted against the Vale Fund round because the scoring missed the Hatchmere youth club entirely. That's about the scoring, not the school.",
  [EQ], "Denied prejudice with a reason on the record.")
H("h3_27", 3, "Women-only shortlists came up at our party meeting. I'm against, personally, but it was a good-natured debate and the women in the room were on both sides. That's politics.",
  [EQ], "Civil debate on sex; compare {eq20}.")
H("h3_28", 3, "People asking why the council marks Holocaust Memorial Day but 'not English days'. We mark St George's Day too, with a fair on the Green. It's not a competition, lads.",
  [EQ], "Myth-busting about commemorations.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H("h4_01", 4, "Wheelchair user, boater, Green councillor. Spent the morning at Pennock's Lock testing the new ramp with the lock-keeper. Verdict: proper job, slightly too steep at the bottom. Fix booked.",
  [EQ], "Lucy on herself; compare {eq14}.", a="Lucy Harrowgate", tod="pm")
H("h4_02", 4, "Five years since I transitioned, three since Orchard Gate elected me. Trans women do boring council things too: this week it's dog bins.",
  [EQ], "Rowan on herself.", a="Rowan Tilley")
H("h4_03", 4, "LGBT+ History Month starts today. Growing up queer in Kestlebury in the 2000s was proper lonely. The Orchard Gate youth club runs a Thursday drop-in now. Kids, you're not on your own.",
  [EQ], "Jake; 'queer' reclaimed.", a="Jake Mulvaney", d="2026-02-02")
H("h4_04", 4, "Ramadan Mubarak to everyone fasting in Kestlebury. Iftar at the Station Road mosque on Friday is open to all neighbours. Bring your appetite and leave your shoes at the door.",
  [EQ], "Shazia's Ramadan greeting.", a="Shazia Akhtar", d="2026-02-18")
H("h4_05", 4, "Eid Mubarak! Sweets all round at my surgery today. Come and say hello, you're welcome whatever you believe.",
  [EQ], "Shazia's Eid greeting.", a="Shazia Akhtar", d="2026-03-20")
H("h4_06", 4, "Happy Holi! The Carriage Street mandir's colour run on the Green was carnage in the best way. My white trainers are gone forever. Worth it.",
  [EQ, BU], "Dev at Holi; 'carnage' is figurative. Compare {eq13}.", a="Dev Sharma", d="2026-03-04")
H("h4_07", 4, "Born in Gdańsk, moved to Hatchmere at 12, now fighting for the 42 bus. The Polish Saturday school turns 20 this year and I'm proud to be its patron.",
  [EQ], "Kasia on herself.", a="Kasia Wróbel")
H("h4_08", 4, "30 weeks pregnant and my ankles have officially left the group chat. Still doing my surgery on Saturday at the Junction library, just bring a spare chair.",
  [EQ], "Bernadette the day after Mothering Sunday.", a="Bernadette Foy", d="2026-03-16")
H("h4_09", 4, "I'm autistic, I'm a mum of three and I lead a group on this council. If the meeting room lights flicker I'll ask for them off. That's not fuss, it's how I do my best work. Questions welcome: emma.vickery@example.com",
  [EQ, DP], "Emma on herself, with her own contact email (data protection allowed).", a="Emma Vickery")
H("h4_10", 4, "I'm 79, I've lived in Hatchmere since 1971 and I still walk the ward every Sunday. New hip's behaving itself. The potholes on Fennimore Lane are not.",
  [EQ], "Tom on himself; compare {eq18}, {pa19}.", a="Tom Brierley")
H("h4_11", 4, "Unveiled the railway workers' plaque at the Carriage Works today. My dad came from Kumasi in 1968 to drive trains out of the Junction. Forty years on the footplate, most of them on the 05:50 up to town, and he never once let me forget it. There were bare old boys from the sheds there today, Irish, Jamaican, Ghanaian, Polish, local lads, telling stories I'd never heard. He'd have been chuffed. Proper day.",
  [EQ], "Clive on his Ghanaian father.", a="Clive Mensah")
H("h4_12", 4, "Langar at Hatchmere gurdwara this Sunday, 12 till 3. Free dal, roti and a proper cup of chai for anyone who comes. Turban-tying stall for the kids too.",
  [EQ], "Harjit invites all to langar.", a="Harjit Sandhu")
H("h4_13", 4, "My dad served 26 years in the Gurkhas and retired to Colleton Heath in 2004. Wearing the Mayor's chain at the Barracks this week felt like closing a circle.",
  [EQ], "Sunita on her Nepali family.", a="Sunita Rai")
H("h4_14", 4, "Romany and proud. My nan sold pegs door to door in Ashden Green. Now I sit on the committee that decides where the pitches go. Funny old world.",
  [EQ], "Joe on himself; compare {eq06}.", a="Joe Loveridge")
H("h4_15", 4, "Time to Talk Day. I left the Army in 2011 with PTSD I didn't have a name for. For two years I told everyone I was fine, including my wife, including myself. What got me out was a mate from the regiment who kept ringing until I picked up. Talking saved me. If you're an ex-forces lad on the Heath and struggling, the Thursday veterans' breakfast at the Legion is a good place to start. Bacon's free. Nobody makes you talk until you want to.",
  [EQ], "Ray on his mental health; compare {eq16}.", a="Ray Dinsdale", d="2026-02-05")
H("h4_16", 4, "Lit a candle for Holocaust Memorial Day at Kestle House with pupils from Fane's and the Girls' High. They asked brilliant questions. Remembering, with them.",
  [EQ], "Ruth on Holocaust Memorial Day.", a="Ruth Abrahams", d="2026-01-27")
H("h4_17", 4, "Ten years today since Stephen and I had our civil partnership at the Pennock's Lock boathouse. Still the best decision I ever made. Don't tell the cabinet.",
  [EQ, DP], "Marcus on his own civil partnership; compare {eq27}.", a="Marcus Penhale", d="2026-03-12")
H("h4_18", 4, "I'm 23 and yes, I'm the youngest councillor in the borough. No, I'm not anyone's nephew. And yes, I'll still fight you on the park-and-ride.",
  [EQ, BU], "Oliver on himself; 'fight you' is figurative. Compare {eq19}.", a="Oliver Cattermole")
H("h4_19", 4, "International Women's Day yesterday: dinner with the Swanbourne women's rowing crew, who've beaten every men's crew on this stretch of the Thames this season. Fair play, ladies.",
  [EQ], "Positive mention of women.", d="2026-03-09")
H("h4_20", 4, "Lunar New Year greetings to the Hong Kong families who've made Orchard Gate home these past few years. The dumpling stall at the Saturday market is peak Kestlebury now.",
  [EQ], "Positive mention of Hong Kong families.", d="2026-02-17")
H("h4_21", 4, "St Patrick's Day at the Signal Box. Proper session, a fiddler from Ashden and bare Guinness. Lá fhéile Pádraig sona daoibh!",
  [EQ, HA], "Kieran on his Irish heritage; haste allowed for the drink.", a="Kieran Doherty", d="2026-03-17", tod="pm")
H("h4_22", 4, "Shout-out to the Deaf club at Pennock library, who taught me to sign 'bins' and 'pothole' this week. Essential councillor vocabulary. BSL classes are open to all on Wednesdays.",
  [EQ], "Positive mention of Deaf people.")
H("h4_23", 4, "The new Changing Places toilet is open at the Aquadrome. Hoist, bench, room for two carers. Disabled residents asked for it for ten years. Sorry it took so long.",
  [EQ], "Positive mention of disabled residents.")
H("h4_24", 4, "Our oldest resident, Vi from Fennimore, turned 103 today. Still does the Courier crossword in pen. Legend.",
  [EQ, DP], "Positive mention of age; a first name and village only.")
H("h4_25", 4, "Wheelchair basketball at the Colleton Barracks sports hall this Saturday, open to veterans and civvies alike. Come and get properly beaten by a team of sixty-somethings.",
  [EQ, BU], "Disability and age, positively; 'beaten' is sport.")
H("h4_26", 4, "The mums and bumps group at Junction library is back on Thursdays. Free tea, free toast, judgement-free zone.",
  [EQ], "Pregnancy and maternity, neutrally.")
H("h4_27", 4, "Fijian soldiers from Colleton Barracks cooked lovo for the Heath Big Lunch. Two hundred people fed. The chicken was unreal.",
  [EQ], "Positive mention of Fijian soldiers.")
H("h4_28", 4, "Proud to sign the refreshed Armed Forces Covenant today, with a line on Commonwealth veterans' visa fees. Gurkha, Fijian, Ghanaian, Jamaican: they served, they stay.",
  [EQ], "Positive mention of Commonwealth veterans.")

# HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", 5, "Absolutely murdered the Vale Greens at the pub quiz last night. 38 out of 40. Rowan, you'll get us next time. Probably.",
  [BU, HA], "'Murdered' at a quiz; haste allowed for 'pub'.")
H("h5_02", 5, "Took a proper hiding from the Fane's sixth formers at the youth parliament debate. They took me apart on bus fares. Deserved it.",
  [BU, PA], "Self-deprecation; 'proper hiding' is a defeat (compare {bu04}).")
H("h5_03", 5, "Kestlebury Wanderers 4-0 Ashden Town. The Railwaymen absolutely battered them. Peak Saturday.",
  [BU], "Football idiom.")
H("h5_04", 5, "I'm a dinosaur on social media, I know. My granddaughter set this account up and I still don't know how to un-like things. Bear with me.",
  [EQ, PA], "Ray on himself.", a="Ray Dinsdale")
H("h5_05", 5, "Budget week. Three station-café sausage rolls for lunch and I'm running on caffeine and spite. Pray for me.",
  [HA], "Tiredness joke; haste allowed.")
H("h5_06", 5, "Me and @KieranDohertyTD are going to fight it out over the scrutiny work programme. Pistols at dawn by the lock. Bring biscuits.",
  [BU], "Duel banter with a named member.")
H("h5_07", 5, "Spineless? Me? I once fell into Pennock's Lock in the full mayoral robes. I have no dignity left to lose.",
  [PA], "Sunita's self-deprecation; shares 'spineless' with {pa02}.", a="Sunita Rai")
H("h5_08", 5, "Ollie, mate, you're killing it on the park-and-ride campaign. Even if you're wrong about literally everything else 😂",
  [PA, BU], "Teasing a named member; 'killing it' is praise.")
H("h5_09", 5, "Sleep well, Ashden Green. Gritters are out on Fennimore Lane tonight and the snow's meant to miss us. Fingers crossed.",
  [BU], "A gritting notice; compare the veiled {bu17}.", tod="pm")
H("h5_10", 5, "Ray Dinsdale, you old rogue, you owe me a pint after that vote. Proper stitch-up (the good kind).",
  [PA, DF, EQ, HA], "Banter; 'old rogue' and 'stitch-up' are fond. Compare {pa16}.")
H("h5_11", 5, "The cabinet will regret the day they put the budget on the same night as the Wanderers' cup replay. I certainly do.",
  [BU], "'Regret' about a fixture clash; compare {bu21}.")
H("h5_12", 5, "Knocked on 140 doors in Orchard Gate today. Bitten by a Jack Russell, soaked by a sprinkler and offered three cups of tea. Bare dedication, innit.",
  [], "Self-deprecating canvassing post.", tod="pm")
H("h5_13", 5, "My hair in the Courier photo looks like I've been dragged through a Swanbourne hedge backwards. Thanks, Courier. Thanks a lot.",
  [IR], "Self-deprecation with mock thanks at a newspaper.")
H("h5_14", 5, "Going to knock some heads together at the Clearway contract meeting tomorrow. Metaphorically. Probably.",
  [BU], "Idiom of force.")
H("h5_15", 5, "Thick as a plank, me, when it comes to the new planning portal. Took three goes to find my own ward. Sorry to the residents who waited.",
  [PA], "Self-deprecation; {pa01} says it of another member.")
H("h5_16", 5, "The Heath Indies have offered to settle the Colleton car park row with a tug of war. Challenge accepted. We will destroy you. Gently.",
  [BU], "Banter between parties.")
H("h5_17", 5, "Me on the 07:42 with a 300-page Local Plan appendix: this is fine 🔥",
  [], "Commuter self-deprecation.", tod="am")
H("h5_18", 5, "Proper roasted by my daughter for wearing a Kestle Party rosette to parents' evening. 'Dad, that is so cringe.' Fair.",
  [PA], "Graham on himself.", a="Graham Pettifer")
H("h5_19", 5, "If Hatchmere Park's hotel gets built I'm chaining myself to the grandstand. Only joking. Sort of. The traffic plan's still a mess.",
  [BU, PR], "Figurative protest; predetermination allowed.")
H("h5_20", 5, "Hands up who else has been living life on the edge since the Junction station lift broke. Stairs 1, my knees 0.",
  [], "Self-deprecation about a broken lift.")
H("h5_21", 5, "Lucy Harrowgate beat me at wheelchair basketball and then posted the video. I'll have my revenge at the charity quiz. Watch yourself, Harrowgate.",
  [BU, EQ], "Banter with a wheelchair user; 'revenge' and 'watch yourself' are play. Compare {bu08}.")
H("h5_22", 5, "Tried to explain the grammar appeals timetable at the school gate and a Year 6 mum told me I was being 'long'. She's right. Short version: appeal by 8 April.",
  [PA], "Self-deprecation with school-gate slang.")
H("h5_23", 5, "Who's the muppet who left the chamber mic on during the break? Oh right. It was me. Apologies to anyone who heard my views on the sandwiches.",
  [PA], "Self-deprecating 'muppet'.")
H("h5_24", 5, "Bin day feedback from a Rookery Close resident this morning: 'You lot couldn't run a bath.' Harsh but fair. Missed collections are being picked up by 5pm.",
  [PA], "Quotes a resident's jibe at the council, good-humoured.", tod="pm")
H("h5_25", 5, "The Vale Greens slaughtered us in the Shrove Tuesday pancake race. Dignity in tatters. Rematch next year.",
  [BU], "'Slaughtered' in a pancake race.", d="2026-02-17", tod="pm")
H("h5_26", 5, "Honestly, @HarjitSandhuHI, you absolute legend. The Colleton litter pick was a riot: forty bags, one abandoned shopping trolley, zero injuries.",
  [], "Praise in banter register; compare {pa27}.")
H("h5_27", 5, "Shot down in flames at cabinet over my bus shelter idea. Licking my wounds with a Signal Box pie. Back next month with a better one.",
  [BU], "Idioms of defeat.")
H("h5_28", 5, "If anyone sees a middle-aged man sobbing into a lever-arch file at Kestle House, leave him be. It's just me and the Local Plan. It'll pass.",
  [], "Marcus on himself.", a="Marcus Penhale")

# HN6 criticism of a named councillor's record that stays on the record
H("h6_01", 6, "Cllr Graham Pettifer told full council in February 2024 that the Aquadrome would stay open 'for the life of this administration'. It closes on 31 March. Residents deserve an explanation from him.",
  [DF, PA], "The same promise {df01} calls a lie, set out on the record.")
H("h6_02", 6, "@AdaezeNwosuTD voted for the Junction multi-storey in July and now opposes it. She's entitled to change her mind, but she should explain what changed.",
  [PA], "The U-turn {pa02} insults.")
H("h6_03", 6, "Nigel Strang has chaired planning for six years. In that time the borough has approved 4,100 homes and one new GP surgery. That's his record and he should own it.",
  [PA], "Record of the Chair of Planning.")
H("h6_04", 6, "Deborah Quayle has been Cabinet Member for Housing for three years. Damp complaints at Cobden Court have doubled in that time. I've asked her to come round the flats with me. Still waiting.",
  [PA], "Record; compare {pa10}.")
H("h6_05", 6, "Kieran Doherty's scrutiny committee has called in seven decisions this year and changed none. I'd like to see it use its powers better, starting with the bin contract.",
  [PA], "Record; compare {pa07}.")
H("h6_06", 6, "Marcus Penhale promised a new footbridge at Pennock's Lock in his 2022 leaflet. I've checked the capital programme: it isn't in it. Not this year, not next.",
  [DF], "A broken promise set out without calling it a lie.")
H("h6_07", 6, "Ollie Cattermole's motion on the park-and-ride had no costings. I asked three times in the chamber and three times he didn't answer. Happy to back it when the numbers are there.",
  [PA], "Record of a motion.")
H("h6_08", 6, "Cllr Harriet Lowndes-Keble has a family boatyard on her register of interests. She was right to declare it; she should also leave the room for the mooring fees item, as the Monitoring Officer advised.",
  [II, DF, OF], "The interest point {df07} makes as 'dodgy'.")
H("h6_09", 6, "Fiona Ashworth's administration has missed its affordable housing target four years running: 212 delivered against 1,200 promised. That's not opinion, that's Table 4 of the annual monitoring report. The Leader says it's the market. But the council owns the Junction car park site, the old depot and the park-and-ride land, and hasn't put a single affordable home on any of them. That's a choice. I'd like to see her explain it at full council rather than in a press release.",
  [PA], "The Leader's record with a source.")
H("h6_10", 6, "Joe Loveridge has missed 9 of the last 12 licensing committee meetings. Ashden Green deserves a councillor who turns up. Joe, if there's a reason, tell people.",
  [PA], "Attendance on the record; compare the pressure row {bu27}.")
H("h6_11", 6, "Sunita Rai was right to give up the Mayor's car. Shame the Deputy Mayor hasn't done the same. Same saving, same principle.",
  [PA], "Mixed credit and criticism.")
H("h6_12", 6, "The minutes show Dev Sharma seconded the grammar bus cut in November. His leaflet this month says he 'fought it all the way'. One of those is not accurate, and it isn't the minutes.",
  [DF], "Contradiction shown from the minutes without 'liar'.")
H("h6_13", 6, "Bernie Foy's motion on the Junction lifts was the best thing in Thursday's meeting. Shame her own group then voted to defer it. Politics, innit.",
  [PA], "Credit and a dig at her group.")
H("h6_14", 6, "Cllr Tom Brierley has represented Hatchmere for 28 years, and I respect that. But he's voted against every flood scheme since 2014 and Hatchmere has flooded twice. Time for fresh ideas in that ward.",
  [EQ, PA], "Tenure and votes, not age; equality allowed. Compare {eq18}.")
H("h6_15", 6, "Jake Mulvaney says Tithebarn Fields is 'perfect for family homes'. He said the same about the old dairy site in 2021, which now floods every winter. His judgement on sites hasn't been great.",
  [PR, PA], "Record on site judgement.")
H("h6_16", 6, "Clive Mensah's bus petition got 2,300 signatures. Good effort. But he's been asked four times for a costed alternative to the bus cuts and hasn't brought one. Petitions aren't a plan.",
  [PA], "Record; compare {eq02}, {pa17}.")
H("h6_17", 6, "Emma Vickery voted against the Aquadrome roof repair in October and is now campaigning against the closure. I'd like her to explain the change. Politely.",
  [PA], "Voting record.")
H("h6_18", 6, "The Colleton parking scheme Harjit Sandhu brought to council is costing £92,000 a year more than his motion said it would. That's the price of rushing it.",
  [PA, DF], "Record of a motion; compare {pa27}.")
H("h6_19", 6, "Ruth Abrahams sits on the Hatchmere Park liaison group and hasn't once raised the footpath closure. Residents asked her in November. Nothing since.",
  [PA], "Record in a role.")
H("h6_20", 6, "Cllr Kasia Wróbel's Kestle Way cycle lane was her flagship. The council's own counter says about 40 bikes a day use it, not the 400 she projected. Time to review it.",
  [PA], "Record with figures; compare {pa20}.")
H("h6_21", 6, "Lucy Harrowgate has been right about the lock gates for three years. The administration ignored her. The gates failed on Tuesday. Credit where it's due.",
  [], "Praise of a member's record.")
H("h6_22", 6, "Rowan Tilley's 'greening the estates' fund has spent £40k on consultants and planted eleven trees. I counted them. Eleven.",
  [PA], "Record with figures; compare {pa14}.")
H("h6_23", 6, "Shazia Akhtar told licensing the Signal Box's late licence had 'no police objections'. The police objection is on page 14 of the pack. Happy for Shazia to put the record straight.",
  [DF], "A misstatement corrected without calling it a lie.")
H("h6_24", 6, "Ray Dinsdale chaired the Heath Independents when they took £3,000 from Colleton Motors. All declared, all legal. But he's voting on their licence next month and should step out of that item.",
  [II, DF, PR], "A declared donation and an interest point; no wrongdoing alleged.")
H("h6_25", 6, "Graham Pettifer's budget has £4.2m of 'savings to be identified'. That's not a saving, it's a hole with a label on it. He needs to identify them before we vote.",
  [PA], "Record; compare {pa01}, {df26}.")
H("h6_26", 6, "Adaeze Nwosu's group has tabled the same amendment on the Junction lifts three years running and voted against the money for it twice. Read the record.",
  [PA, DF], "Voting record; compare {df11}.")
H("h6_27", 6, "Sunita Rai has done 140 civic engagements as Mayor this year. Impressive. She's also missed every single Colleton ward forum, and her residents have noticed.",
  [PA], "Mayor's record; compare {df27}.")
H("h6_28", 6, "Oliver Cattermole's leaflet says the Orchard Gate health centre is 'funded and signed'. The NHS board papers say 'unfunded, under review'. Ollie, please correct your leaflet.",
  [DF], "The leaflet {df09} calls a con, corrected on the record.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family (30)
# (original key, kind, word changed; every occurrence, case-insensitive)
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa08", "asterisk", "pompous"), ("pa07", "digit", "gormless"),
    ("pa11", "zero_width", "gobby"), ("pa18", "spaced", "melt"),
    ("pa03", "homoglyph", "chinless"), ("pa09", "caps", None),
    ("ab01", "asterisk", "shite"), ("ab13", "digit", "twat"),
    ("ab06", "zero_width", "shitshow"), ("ab10", "spaced", "prick"),
    ("ab26", "homoglyph", "wankers"), ("ab15", "caps", None),
    ("bu04", "asterisk", "slap"), ("bu10", "digit", "break"),
    ("bu11", "zero_width", "dragging"), ("bu16", "spaced", "shame"),
    ("bu12", "homoglyph", "know"), ("bu01", "caps", None),
    ("eq03", "asterisk", "pikeys"), ("eq15", "digit", "spastics"),
    ("eq22", "zero_width", "poofs"), ("eq04", "spaced", "Poland"),
    ("eq09", "homoglyph", "mosque"), ("eq20", "caps", None),
    ("df01", "asterisk", "liar"), ("df06", "digit", "crooks"),
    ("df09", "zero_width", "con"), ("df13", "spaced", "lies"),
    ("df20", "homoglyph", "backhanders"), ("df14", "caps", None),
]
KIND_WORDS = {
    "asterisk": "an asterisk for a vowel", "digit": "a digit for a letter",
    "zero_width": "a zero-width space inside the word", "spaced": "the letters spaced out",
    "homoglyph": "a Cyrillic look-alike letter", "caps": "the whole post in capitals",
}
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
HOMO = {"o": "\u043e", "e": "\u0435"}


def _obf_word(w, kind):
    if kind == "asterisk":
        i = next(i for i in range(1, len(w)) if w[i].lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i in range(1, len(w)) if w[i].lower() in DIGITS)
        return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i in range(len(w)) if w[i] in HOMO)
        return w[:i] + HOMO[w[i]] + w[i + 1:]
    raise ValueError(kind)


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def obfuscate(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    out, n = pat.subn(lambda m: _obf_word(m.group(0), kind), text)
    assert n > 0, (word, text)
    return out


# ---------------------------------------------------------------------------
# Roster, names and parties
# ---------------------------------------------------------------------------
def load_council():
    raw = (HERE / "council.toml").read_bytes()
    if tomllib is not None:
        return tomllib.loads(raw.decode("utf-8"))
    raise SystemExit("Python 3.11+ (tomllib) is needed")


PARTY_OF = {}
PARTY_WORDS = {
    "Kestle Party": [r"Kestle Party"],
    "Thameside Democrats": [r"Thameside Democrats", r"Thameside Dems"],
    "Vale Greens": [r"Vale Greens", r"\bGreens\b"],
    "Heath Independents": [r"Heath Independents", r"Heath Indies"],
    "Residents First": [r"Residents First"],
}
SHORT = {"Deborah Quayle": ["Deb"], "Oliver Cattermole": ["Ollie"],
         "Bernadette Foy": ["Bernie"], "Kasia Wróbel": ["Wrobel"]}
ROLES = {
    "Fiona Ashworth": [r"\b[Tt]he Leader\b(?! of the Opposition)", r"Leader of the Council"],
    "Graham Pettifer": [r"Deputy Leader", r"Cabinet Member for Finance", r"Finance Cabinet Member"],
    "Nigel Strang": [r"[Cc]hair of [Pp]lanning", r"[Pp]lanning [Cc]hair"],
    "Deborah Quayle": [r"Cabinet Member for Housing"],
    "Marcus Penhale": [r"Cabinet Member for Environment"],
    "Sunita Rai": [r"\b[Tt]he Mayor\b", r"\bMayor's\b"],
    "Adaeze Nwosu": [r"Leader of the Opposition", r"[Oo]pposition leader"],
    "Kieran Doherty": [r"[Cc]hair of [Ss]crutiny", r"[Ss]crutiny chair"],
}


def person_patterns(council):
    handles = council["people"]["handles"]
    pats = {}
    for name in council["people"]["councillors"]:
        first, last = name.split(" ", 1)
        words = [name, first, last] + SHORT.get(name, [])
        ps = [re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])") for w in words]
        ps += [re.compile(re.escape(h) + r"\b", re.I) for h, n in handles.items() if n == name]
        ps += [re.compile(r) for r in ROLES.get(name, [])]
        pats[name] = ps
    return pats


def named_people(text, pats):
    return {n for n, ps in pats.items() if any(p.search(text) for p in ps)}


def named_parties(text):
    return {p for p, ws in PARTY_WORDS.items() if any(re.search(w, text) for w in ws)}


def party_map():
    src = (HERE / "council.toml").read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\)', src, re.M):
        out[m.group(1)] = m.group(2)
    return out


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]


def stamp(rng, date=None, tod=None):
    day = dt.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    lo, hi = {"am": (8, 11), "pm": (13, 18), None: (8, 18)}[tod]
    h, m = rng.randint(lo, hi), rng.randint(0, 59)
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), h, m)


def platform(rng, text):
    if len(text) > 280:
        return "facebook"
    r = rng.random()
    return "x" if r < 0.42 else ("facebook" if r < 0.75 else "bluesky")


def build():
    rng = random.Random(SEED)
    council = load_council()
    handles = council["people"]["handles"]
    handle_of = {}
    for h, n in handles.items():
        handle_of.setdefault(n, h)
    councillors = council["people"]["councillors"]
    parties = party_map()
    pats = person_patterns(council)

    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in ROWS}

    out = []
    for r in ROWS:
        if r["pin_author"]:
            author = r["pin_author"]
        else:
            named = named_people(r["text"], pats)
            banned = named_parties(r["text"])
            pool = [c for c in councillors if c not in named and parties[c] not in banned]
            author = rng.choice(pool)
        row = dict(r)
        row["author"] = handle_of[author]
        row["created_at"] = stamp(rng, r["pin_date"], r["tod"])
        row["platform"] = platform(rng, r["text"])
        out.append(row)
    done = {r["key"]: r for r in out}

    for okey, kind, word in VARIANTS:
        o = done[okey]
        v = dict(o)
        v["key"] = okey + "_" + kind
        v["kind_of_row"] = "variant"
        v["text"] = obfuscate(o["text"], kind, word)
        assert v["text"] != o["text"]
        v["allowed"] = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        v["variant_of"] = okey
        v["variant_kind"] = kind
        what = "" if kind == "caps" else "'%s' with " % word
        v["note"] = "Variant of {%s}: %s%s; labels as the original%s." % (
            okey, what, KIND_WORDS[kind], ", haste allowed for the capitals" if kind == "caps" else "")
        v["created_at"] = stamp(rng, None, o["tod"])
        out.append(v)

    rng.shuffle(out)
    ids = {}
    for i, r in enumerate(out, 1):
        ids[r["key"]] = "%s-%04d" % (SET, i)

    def sub(note):
        def rep(m):
            k = m.group(1)
            if k not in ids:
                raise KeyError("note cites unknown row %s" % k)
            return ids[k]
        return re.sub(r"\{(\w+)\}", rep, note)

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
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        obj["note"] = sub(r["note"])
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, i in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, i)
    else:
        print("wrote posts.jsonl: %d rows" % len(ids))
