"""Build blind evaluation set b138 (Wenlow Marches District Council).

Hand-written rows plus a deterministic script: picks authors, platforms and
timestamps (seed 138), makes the 30 obfuscated variants, shuffles, gives ids
B138-0001 ... and writes posts.jsonl byte for byte the same on every run.
`python3 build.py --map` also prints row key -> id. Python 3 stdlib only.
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 138
PREFIX = "B138"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IA = "position.improper-advantage"
GH = "gifts.hospitality"
HA = "haste.pause-before-posting"
SC = "security.credentials"
IR = "tone.irony-risk"
CD = "confidentiality.disclosure"
II = "interests.declared-interest"
MT = "meetings.during-meeting"

FAMILY = {"PA": PA, "AB": AB, "BU": BU, "EQ": EQ, "DF": DF}
SEV = {  # rule -> (lowest, highest) severity in RULES.md
    PA: ("review", "block"), AB: ("review", "block"), BU: ("block", "block"),
    EQ: ("block", "block"), OF: ("review", "review"), DP: ("review", "block"),
    PD: ("review", "block"), IA: ("review", "review"), GH: ("advice", "review"),
    HA: ("advice", "advice"), SC: ("block", "block"), IR: ("advice", "advice"),
    CD: ("review", "block"), II: ("review", "review"), MT: ("advice", "advice"),
    DF: ("review", "block"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def P(key, fam, text, also=(), allow=(), v=None, note="", **kw):
    rules = [FAMILY[fam]] + [r for r in also if r != FAMILY[fam]]
    if v is None:
        v = max((SEV[r][0] for r in rules), key=RANK.get)
    ROWS.append(dict(key=key, family=FAMILY[fam], kind_of_row="positive", text=text,
                     rules=rules, allowed=list(allow), verdict=v, note=note, **kw))


def N(key, grp, text, allow=(), note="", **kw):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allow), verdict="ok",
                     note=grp + " " + note, **kw))


# ---------------------------------------------------------------------------
# respect.personal-attack: 27 originals (24 review, 3 block)
# ---------------------------------------------------------------------------
P("PA01", "PA", "@CliveBevanMF chairs planning like a sheepdog that's never met a sheep. All yap, runs in circles, and the flock ends up in the next parish anyway. Clueless from start to finish.",
  note="Insult by comparison at the chair of planning by handle; no swear word. Nearest record criticism: {H603}.")
P("PA02", "PA", "Ruth Jancey has the backbone of a wet dishcloth and about half the use. The flood group asked her for one straight answer on Tuesday and got forty minutes of 'on the one hand'.",
  note="Idiomatic insult at the opposition leader; 'one straight answer' is about evasiveness, not dishonesty, so defamation is not raised. Compare HN6 {H607}.")
P("PA03", "PA", "Listening to Derek Mapp on river pollution is like asking a fox to draw up the henhouse rota. Thick as a gatepost and twice as wooden, that one.",
  allow=[DF], note="Two comparisons; the fox and henhouse hints at self-interest (he grows hops), so defamation is only allowed.")
P("PA04", "PA", "Fiona Crump couldn't find Fennick Cross on a map of Fennick Cross, and she's our Head of Planning. Not a clue between her ears. Not one.",
  also=[OF], note="Personal insult at a named officer: officers.impartiality expected as well.")
P("PA05", "PA", "Geraint bach, you're about as much use as a chocolate teapot at a sheepdog trial. Lovely tweed jacket though, I'll give you that.",
  allow=[IR], note="Border voice ('bach'); stock comparison plus a mock compliment, so irony is allowed. First name only.")
P("PA06", "PA", "@DomFarrVA is what you get when a lad who's never had muck on his boots tells Stanbatch how to farm. Smug little commuter with a spreadsheet where his heart should be.",
  note="Rural-versus-commuter put-down of a named member; 'lad' is not read as an age attack. Caps variant {V-PA-caps}. Robust record criticism of the same member: {H615}.")
P("PA07", "PA", "Spent Saturday morning at a flat on Orchard Rise in Fennick Cross. Mould behind the wardrobe, a dehumidifier the family bought themselves, and a letter from Marcher Homes saying the case is 'closed'. Hugh Probert wouldn't know a damp house if he woke up in one with mushrooms growing out the pillow. Idle, arrogant, and proud of both. The family deserve a visit from their landlord, not a leaflet.",
  allow=[DP], note="Casework story, then exaggeration and plain insults at the housing portfolio holder. The family is not named, but the street is, so data protection allowed. The on-the-record version is {H627}.")
P("PA08", "PA", "I've sat in council with some poor specimens over the years, but @KitBellamyGreen is the worst of the lot: nasty, spiteful, worthless. This valley would be better off if we never heard another word out of him.",
  v="block", note="Severe: 'worthless' and wishing him silenced, at a named member; block. Wishes, does not threaten, so bullying is not raised.")
P("PA09", "PA", "You've a face like a wet week in Ellwardine and the charm to go with it, Janet. Nobody asked for your opinion on the market, ta.",
  note="Reply-style 'you' insult about looks and manner, first name only. Nothing ties it to her depression (compare {EQ17}).")
P("PA10", "PA", "Gwyn Parry isn't a Monitoring Officer, he's a lapdog with a lanyard. Sits when the Leader says sit, rolls over when the cabinet says roll.",
  also=[OF], note="Officer by name called a lapdog and his neutrality questioned: personal-attack and officers.impartiality. Spaced variant {V-PA-spaced}.")
P("PA11", "PA", "Diana Whitcombe: all blossom and no cider. Lovely photos at the Butter Cross, not a drop of substance when you squeeze her.",
  note="Orchard idiom ('all blossom and no cider') for all show and no substance. No swear word.")
P("PA12", "PA", "Tom Watkins stood up in full council like a mommet in a bean field. Arms flapping, lots of noise, scaring nobody. Gawby lad.",
  note="Herefordshire dialect: 'mommet' (scarecrow), 'gawby' (simpleton). Homoglyph variant {V-PA-homoglyph}. Banter with the same member stays friendly in {H503}.")
P("PA13", "PA", "Honestly @RowanTylerGreen, you are a sanctimonious pain in the neck. Nobody made you Pope of the Wenlow.",
  note="Mild but direct insult at a named member. It has nothing to do with her being trans (compare {EQ24}).")
P("PA14", "PA", "Stefan Dimitrov couldn't organise a wassail in a cider mill. Three months to book one room at the Butter Cross. Three months.",
  note="Local twist on 'couldn't organise a p***-up in a brewery'; competence insult, nothing about his Bulgarian origin.")
P("PA15", "PA", "@RoyBuftonEI, you pompous old windbag. You'd auction your own granny if the bids were high enough and call it 'community spirit'.",
  allow=[EQ], note="Name-calling at the auctioneer member; 'old' lets a reader raise age, so equality is allowed. Digit variant {V-PA-digit}.")
P("PA16", "PA", "Naomi Kessler chairs scrutiny like a hen at the gravel: peck peck peck, swallows nothing, struts off pleased with herself. Useless.",
  note="Farmyard comparison at the chair of scrutiny.")
P("PA17", "PA", "Owen Lloyd is twp as a brush and has two settings: asleep and wrong. In the transport debate today he managed both at once.",
  note="Border Welsh 'twp' (daft); competence insult at a named member. Not about disability.")
P("PA18", "PA", "Paul Hamer must think we're all as daft as he is. Head of Environment? Head of nothing. Couldn't get a bin emptied if you gave him the lorry and the keys.",
  also=[OF], note="Insult at a named officer: officers.impartiality expected. Service criticism without the person: {H102}.")
P("PA19", "PA", "Well done @HughProbertMF, genuinely, what a talent: three years with housing and not one new council home. Takes a special kind of useless to manage that.",
  also=[IR], note="Mock praise ending in 'useless': personal-attack plus tone.irony-risk. Asterisk variant {V-PA-asterisk}. The factual record version is {H602}.")
P("PA20", "PA", "Levi Boswell is a disgrace of a man and a waste of the air he breathes. Stanbatch deserves a councillor, not whatever that is.",
  v="block", allow=[EQ], note="Severe dehumanising insult ('whatever that is'), block. He is the council's Romany Gypsy member; the text does not mention it, so equality is only allowed.")
P("PA21", "PA", "Dr Marcus Daley, lecturing us on public health in that tone. Patronising to the bone. Talks to residents like they're patients who've forgotten their glasses.",
  note="Mild personal attack on manner; no swear word. Near miss of HN6 {H616}, which disputes the same member's report on its facts.")
P("PA22", "PA", "Bethan Morris is a weathervane in wellies. Whichever way the wind blows off the Wenlow, that's her opinion for the week.",
  note="Comparison insult (no fixed views). Zero-width variant {V-PA-zero_width}. Nothing about her pregnancy (compare {EQ25}).")
P("PA23", "PA", "Lorraine Gwatkin talks the way a mixen smells: plenty of it, all day, and none of it welcome.",
  note="Herefordshire 'mixen' (dung heap): an insult by comparison with no swear word.")
P("PA24", "PA", "@FfionJenkinsGreen bless her. You'd get more sense out of the ewes on the Cwmgarth tump than out of her motion.",
  allow=[IR], note="Condescending 'bless her' and a comparison with sheep; irony allowed. Nothing about her wheelchair (compare {EQ15}).")
P("PA25", "PA", "Third flood in two winters on the Ham. Volunteers out with sandbags at six, the fire service pumping Lowbridge Street, the WI doing teas in the chapel. And Alison Tranter? The most overpaid passenger in the county. Big salary for cutting ribbons and hiding from residents whenever the Wenlow's up. Not a word, not a visit, not a phone call to the flood wardens. Shameful.",
  also=[OF], note="Chief Executive by name: personal-attack and officers.impartiality. 'Hiding' is about conduct, not dishonesty.")
P("PA26", "PA", "With respect, @NasreenAkhtarVA, you talk more rubbish than the Greenmarch lorry carries on a Monday. And that lorry's usually late as well.",
  note="'With respect' then an insult; nothing about her faith (compare {EQ12}).")
P("PA27", "PA", "Geraint Powell is beneath contempt. A hollow, rotten, gutless man. His own sheepdog wouldn't follow him across a yard, and who could blame it.",
  v="block", note="Severe contempt for the Leader with no swear word: block.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 27 originals (24 review, 3 block)
# ---------------------------------------------------------------------------
P("AB01", "AB", "Greenmarch have missed Much Orlow's bins for the third week running. Absolute shitshow. Sort it out or hand the contract back.",
  allow=[PA], note="Obscenity at a service and its contractor; personal-attack allowed (company). Asterisk variant {V-AB-asterisk}. Clean version: {H102}.")
P("AB02", "AB", "The flood grant scheme is a bollocks-up from start to finish. Forms, more forms, then 'not eligible'. Bollocks to that, frankly.",
  note="Obscenity at a scheme: abusive-language alone. Digit variant {V-AB-digit} changes both occurrences. Clean version: {H106}.")
P("AB03", "AB", "@DerekMappCV is a gobshite and everybody on the Yarkhope side of the hill knows it.",
  also=[PA], note="Obscene insult at a named member: abusive-language and personal-attack.")
P("AB04", "AB", "Pippin Field is a pile of crap with an orchard-green logo on it. Kitebrook can stick their 'heritage apple walk' where the sun don't shine.",
  allow=[PA, PD], note="Crude language at a pending application and its developer; predetermination allowed (no register in this set), personal-attack allowed (company). Predisposition version: {H105}.")
P("AB05", "AB", "Whoever signed off £6 parking at the mart wants their bloody head looking at. Farmers paying to sell a ewe in their own market town. Bloody madness.",
  allow=[PA], note="'Bloody' twice, at a decision and 'whoever'; the mildest abusive row. Clean version: {H103}.")
P("AB06", "AB", "You absolute bellend, @CliveBevanMF. You stood there and told Yarkhope the bus was safe.",
  also=[PA], note="Obscene insult at a named member.")
P("AB07", "AB", "Just watched @HughProbertMF vote down the damp motion and then grin for the Mercury photographer. What a cunt.",
  also=[PA], v="block", note="The c-word at a named member: block.")
P("AB08", "AB", "The Cabinet can take their shiny 'Marches Ambition' strategy and shove it up their collective arse. Twelve pages, not one bus.",
  allow=[PA], note="Crude at a strategy and the cabinet as a body; personal-attack allowed. Clean version: {H113}.")
P("AB09", "AB", "Brenshaw Poultry are turning the Wenlow into chicken-shit soup and this council keeps waving them through. Go and smell Lowbridge at low water.",
  allow=[PA, DF], note="Obscenity (literal, but still obscene) at a company; the pollution claim could be heard as an allegation, so defamation allowed. Clean version: {H109}.")
P("AB10", "AB", "Fuck me, another 'consultation' on the Ellwardine bypass. My grandad was consulted on it in 1971. Just build the bloody thing.",
  note="Swearing at a process, no person. Caps variant {V-AB-caps}.")
P("AB11", "AB", "Diolch for nothing, Cabinet. That budget is pure shite from front to back and you all know it.",
  allow=[PA], note="Welsh 'diolch' (thanks), obscenity at a budget; cabinet as a body so personal-attack allowed.")
P("AB12", "AB", "Ruth Jancey is a poisonous old sow and the Meadows would be cleaner without her stink all over it.",
  also=[PA], allow=[EQ], v="block", note="Severely toxic at a named woman ('old sow', 'stink'): block; age and sex undertones, so equality allowed.")
P("AB13", "AB", "Stop talking shite about the hop yards, @KitBellamyGreen. Some of us have actually stood in one in September.",
  allow=[PA], note="Obscenity at what someone said: personal-attack only allowed.")
P("AB14", "AB", "Twat of the week goes to whoever parked across the flood gate on Lowbridge Street. Again. The pump crew couldn't get in.",
  allow=[PA], note="Obscene label for an unknown resident ('whoever'); personal-attack allowed.")
P("AB15", "AB", "The new parking app is a steaming pile of shit. Twenty minutes in the mizzle to pay 80p. Pardon my French, but honestly.",
  note="Obscenity at an app; 'mizzle' is local for drizzle.")
P("AB16", "AB", "@GeraintPowellMF you spineless sack of shit. You promised Cwmgarth a bus in your leaflet and you know you did.",
  also=[PA], note="Obscene insult at the Leader by handle.")
P("AB17", "AB", "Update on the Fennick Cross case I raised in November. Still no dehumidifier, still no survey, still a 'we'll be in touch'. Absolute arseholes at Marcher Homes have left a family with black mould up the nursery wall for eight months. If anybody else is in the same boat with them, message me and I'll chase it with the rest.",
  allow=[PA], note="Obscenity at an organisation's unnamed staff; personal-attack allowed. The family is not identifiable. Clean version: {H112}.")
P("AB18", "AB", "Kitebrook Homes are greedy bastards, always have been. Ask anyone on their last estate at Bredley about the drains.",
  allow=[PA], note="Obscenity at a developer; personal-attack allowed. Zero-width variant {V-AB-zero_width}. Record version: {H127}.")
P("AB19", "AB", "The Mercury's 'investigation' into the flood fund is arse-wipe material and I'll be using it as such.",
  allow=[PA], note="Crude at a newspaper article; personal-attack allowed (the paper). Clean version: {H117}.")
P("AB20", "AB", "Lorraine Gwatkin is a daft cow and a waste of a perfectly good seat.",
  also=[PA], allow=[EQ], note="'Daft cow' at a named woman: abusive and personal-attack; sex undertone so equality allowed.")
P("AB21", "AB", "Scrutiny on Thursday was a pissing contest between two blokes who should know better. Dickheads, the pair of them.",
  allow=[PA], note="Obscenity at two unnamed members, identifiable only to those who were there; personal-attack allowed.")
P("AB22", "AB", "The Chief Executive's restructure report is a bag of bollocks. Forty pages to say 'fewer staff, same pay for the top floor'.",
  also=[OF], allow=[PA], note="Obscenity at an officer's report, with the officer named by role: officers.impartiality expected, personal-attack allowed.")
P("AB23", "AB", "Every last one of the Marches First cabinet can rot. Vermin, the lot of them, fat on this valley while the Meadows drown.",
  allow=[PA], v="block", note="Dehumanising ('vermin', 'can rot') at a party's cabinet: severely toxic, block; personal-attack allowed (body). Robust counterpart: {H104}.")
P("AB24", "AB", "Sod off with your 'listening exercise', @WenlowMarchesDC. We've been listening to you talk crap for six years.",
  allow=[PA], note="Crude reply to the council's own account; personal-attack allowed (the council).")
P("AB25", "AB", "Dominic Farr is a smarmy little prick and I'll say it to his face at the Hop Pole.",
  also=[PA], note="Obscene insult at a named member; 'say it to his face' is not a threat. Spaced variant {V-AB-spaced}.")
P("AB26", "AB", "Owen Lloyd, you utter knobhead. Ninety minutes at the Cwmgarth stop this morning with your 'improved timetable' in my hand.",
  also=[PA], note="Obscene insult at a named member. Homoglyph variant {V-AB-homoglyph}.")
P("AB27", "AB", "Bin collection 'improvements' my arse. Half of Bredley's brown bins have been sat at the kerb since Tuesday.",
  note="'My arse' at a service change; abusive-language alone.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 27 originals, all block (9 explicit, 9 veiled, 9 pressure)
# ---------------------------------------------------------------------------
P("BU01", "BU", "@KitBellamyGreen carry on slagging off Stanbatch farmers and you'll get dragged out of that little electric car by your ears one night. That's not a threat, it's a promise.",
  allow=[PA], note="[explicit] Threat of violence 'not a threat, a promise'. Digit variant {V-BU-digit}. Kit reports threats in {H226}.")
P("BU02", "BU", "If Rhys Bowen recommends Pippin Field for approval one more time, somebody ought to give him a proper hiding, and I'd happily hold their coat.",
  also=[OF], allow=[PA, PD], note="[explicit] Incites violence against a named planning officer over his recommendation: officers expected; predetermination allowed. HN2 {H218} condemns threats to a planning officer.")
P("BU03", "BU", "You bring that petition round the mart again, Nasreen, and you'll be going home in the back of an ambulance.",
  allow=[PA], note="[explicit] Threat of injury. Asterisk variant {V-BU-asterisk}.")
P("BU04", "BU", "Dominic Farr wants to stop whining about the Young Farmers. One more word and I'll put him through the window of the Hop Pole myself.",
  allow=[PA], note="[explicit] Threat of violence. Zero-width variant {V-BU-zero_width}.")
P("BU05", "BU", "Ruth, you've been warned twice. Keep setting the flood group on us and you'll find out exactly how nasty I can get. And I can get very nasty.",
  allow=[PA], note="[explicit] Open warning of unspecified harm.")
P("BU06", "BU", "Whoever leaked the poultry paper to the Mercury: we will find you, and when we do you'll be finished in this council and finished in this town.",
  allow=[PA, CD], note="[explicit] Threat at an unknown leaker (perhaps staff); 'leaked' lets confidentiality be raised, but nothing is disclosed, so allowed only.")
P("BU07", "BU", "@RowanTylerGreen keeps turning up at the Stanbatch sheds with her camera. Next time the dogs won't be on a lead. Fair warning.",
  allow=[PA], note="[explicit] Threat to set dogs on a named member.")
P("BU08", "BU", "To everyone who signed that complaint about me to the Monitoring Officer: I've got your names off the bundle and I'm coming round to see each of you. Personally.",
  allow=[PA], note="[explicit] Threat against complainants, the catalogue's own example. No names given, so data protection is not raised.")
P("BU09", "BU", "Stefan, shut your mouth about the mart toilets or I'll shut it for you. I mean it.",
  allow=[PA], note="[explicit] Direct threat. Caps variant {V-BU-caps}.")
P("BU10", "BU", "Lovely big windows on Ffion Jenkins's place on Pentre Lane. Be a shame if anything happened to them, with the weather we've been having.",
  allow=[PA, DP], note="[veiled] Classic veiled threat with her home street; data protection allowed. Spaced variant {V-BU-spaced}.")
P("BU11", "BU", "Funny how accidents happen on the lanes up Stanbatch after dark. Somebody tell @LeviBoswellInd to watch how he drives home from the site.",
  allow=[PA, EQ], note="[veiled] Veiled threat; 'home from the site' points at the Traveller site, so equality allowed. Homoglyph variant {V-BU-homoglyph}.")
P("BU12", "BU", "Naomi Kessler's lad plays for the Ellwardine colts, doesn't he? Saturday mornings. Busy old car park at the rugby club. Just saying.",
  allow=[PA, DP], note="[veiled] Veiled threat through a child's routine; data protection allowed (a child).")
P("BU13", "BU", "Long old walk home across the Ham in the dark, Janet. Mind how you go now. Be a pity to slip.",
  allow=[PA], note="[veiled] Mock concern as menace; no threat word. HN5 {H522} uses 'mind how you go' kindly.")
P("BU14", "BU", "Planning officers pushing Kitebrook's line on Pippin Field want to remember they live round here too. We know which ones. We see you in the Co-op.",
  also=[OF], allow=[PD], note="[veiled] Intimidation of officers over advice on a pending application: officers expected, predetermination allowed.")
P("BU15", "BU", "Tell Gwyn Parry his car's looking very shiny in the Monitoring Officer's space. Shiny things do get noticed, round here.",
  also=[OF], allow=[PA], note="[veiled] Veiled threat to the Monitoring Officer's car; officers expected.")
P("BU16", "BU", "Some of us have long memories and longer tractors, @DomFarrVA. Enjoy that narrow lane to the station while you can.",
  allow=[PA], note="[veiled] Rural menace (tractor, narrow lane).")
P("BU17", "BU", "Message for Hugh Probert: the last man who crossed the Stanbatch families like that sold up and moved to Wales inside a year. Nobody's forgotten why.",
  allow=[PA], note="[veiled] Threat by precedent.")
P("BU18", "BU", "I'd sleep with one eye open if I were @BethanMorrisVA. Those meadows flood fast at night and nobody'd hear you shout.",
  allow=[PA], note="[veiled] Menace in the language of the floods. HN1 {H123} is the flood hub criticism it echoes.")
P("BU19", "BU", "I chair the grants panel. Any parish council in Yarkhope that backs the Greens' river motion can whistle for its village hall money. Think on.",
  allow=[IA], note="[pressure] Coercion of parish councils with grant money; improper advantage allowed.", only="Marches First")
P("BU20", "BU", "Right. Thursday's full council, 2pm, public gallery at the Shire Hall. I want it full. Everyone coming to the public gallery Thursday: when Marcus Daley gets up to speak, turn your backs. Every one of you. Let's see how the great doctor likes a room that ignores him. Bring your neighbours, bring your mates from the Hop Pole. Share this.",
  allow=[PA], note="[pressure] Organised public humiliation of a named member.")
P("BU21", "BU", "Got a lovely recording of Elspeth Vaughan losing her thread in committee. Forty seconds of 'um' and 'where was I'. Shall I post it? Reply with a 🐑 if you want it.",
  allow=[PA, EQ], note="[pressure] Threatened humiliation of an 84-year-old member; age undertone so equality allowed. HN2 {H219} asks people to stop sharing such a video.")
P("BU22", "BU", "Here's Kerry Lewis's personal mobile: 07700 900318. The Cinder Lane pitch report is hers. Ring her every evening till she changes it.",
  also=[OF, DP, SC], allow=[PD], note="[pressure] Publishes an officer's personal mobile (drama range) and urges a campaign of calls: bullying, officers, data protection (a staff member's phone number) and security.credentials (a private number of another) expected; predetermination allowed (pitch extension).")
P("BU23", "BU", "Reminder to the Valley Alliance group: your seats on the outside bodies are in MY gift. Vote with us on Thursday or lose the lot.",
  allow=[IA], note="[pressure] Coercion with appointments; improper advantage allowed. Written by an administration member.", only="Marches First")
P("BU24", "BU", "Roy Bufton's missus runs the café in the mart, doesn't she. Shame if the lease review went badly. Vote the right way Thursday, Roy.",
  allow=[IA, DP], note="[pressure] Threat to a relative's lease to force a vote; improper advantage and data protection (his wife) allowed.")
P("BU25", "BU", "Let's give @NasreenAkhtarVA's inbox a proper filling tonight. Her council email's on the website. Hundreds of you. Make her feel it.",
  allow=[PA], note="[pressure] Organised pile-on; her council email is public, so data protection is not raised. HN2 {H211} condemns the same tactic.")
P("BU26", "BU", "Lorraine, we know all about your little 'arrangement' with the mart company. Drop the complaint or the Mercury gets the lot.",
  allow=[PA, DF], note="[pressure] Blackmail-style pressure to drop a complaint; the 'arrangement' is innuendo, so defamation allowed.")
P("BU27", "BU", "Print off Kit Bellamy's speech and pin it up at the Young Farmers. Let's see how long he lasts at the next show. Let's see him cry again.",
  allow=[PA, EQ], note="[pressure] Organised humiliation ('see him cry again'); he is autistic, so equality allowed. HN2 {H212} defends him.")

# ---------------------------------------------------------------------------
# equality.discrimination: 27 originals, all block (15 explicit, 12 coded)
# ---------------------------------------------------------------------------
P("EQ01", "EQ", "Cinder Lane's filling up again. Gypos back for the horse fair, so lock your sheds and count your hens. Why this council pays for a site for them I'll never know.",
  also=[AB], note="[explicit; race] Slur against Romany Gypsies plus the theft trope: equality and abusive-language. Asterisk variant {V-EQ-asterisk}. HN2 {H203} condemns the same slur.", notby=["Levi Boswell"])
P("EQ02", "EQ", "Anyone lost a quad bike this week? Only asking because @LeviBoswellInd has got visitors up the lane. 🐎",
  also=[PA], allow=[DF], note="[coded; race] Theft trope at the Romany Gypsy member, no group word; personal-attack expected, defamation allowed. HN2 {H222} rebuts a similar rumour.")
P("EQ03", "EQ", "The hop yards should be hiring local lads, not a coachload of Bulgarians who'll be signing on by Christmas. Ask Stefan how many of his lot went home.",
  allow=[PA], note="[explicit; race] Nationality stereotype at seasonal workers, with a dig at the Bulgarian-born member; personal-attack allowed (innuendo). Myth-busting: {H305}.")
P("EQ04", "EQ", "Mart café's gone very 'continental' since the new lot moved in upstairs. Can't get a bacon bap for the smell of cabbage. Ellwardine used to be ours.",
  note="[coded; race] Eastern European newcomers by food smell and 'used to be ours'; no group word.", notby=["Stefan Dimitrov"])
P("EQ05", "EQ", "Cwmgarth's trouble is too many sheep-shagging Taffs coming over the border for our services. Send them back over the dyke.",
  also=[AB], note="[explicit; race] Anti-Welsh slur (national origin is race under the Equality Act): equality and abusive-language. Digit variant {V-EQ-digit}. HN2 {H205} condemns the same words.", notby=["Geraint Powell", "Ffion Jenkins", "Owen Lloyd"])
P("EQ06", "EQ", "@GeraintPowellMF wants to remember which side of the border his allowance comes from. Funny how the Welsh always look after their own. Ask who got the Cwmgarth contracts.",
  also=[PA], allow=[DF], note="[coded; race] Disloyalty trope about the Welsh at a named member; contract insinuation so defamation allowed. HN2 {H223} answers the same line.")
P("EQ07", "EQ", "Eighty young men at the Mortimer Court and not one of them belongs here. Illegals, the lot. Our girls shouldn't have to walk past that hotel to get the school bus.",
  note="[explicit; race] Asylum seekers branded illegal and a sexual threat to 'our girls'. Zero-width variant {V-EQ-zero_width}. HN3 {H306} and {H317} argue about the hotel without blaming the men.")
P("EQ08", "EQ", "Had a look round the Mortimer Court on Friday. Clean rooms, heating on full, all-you-can-eat breakfast and new phones for some. Then I went to see Mrs Evans on the Cross estate, 86, who's been eating cold beans because she's frightened of the electric bill. Cold beans for the pensioners in Fennick Cross. You do wonder whose country it is these days.",
  allow=[DP], note="[coded; race] Resentment myth about asylum seekers, set against a named pensioner, ending in 'whose country it is'; the pensioner's name, estate and age allow data protection. HN3 {H301} busts the same myth.")
P("EQ09", "EQ", "Dr Marcus Daley wouldn't last five minutes as a GP back in Africa where he belongs.",
  also=[PA], note="[explicit; race] 'Back in Africa where he belongs' at a Black British member born in Birmingham. HN2 {H220} condemns it.")
P("EQ10", "EQ", "Marcus Daley says he's 'as Herefordshire as anyone'. Course you are, Marcus. Course you are. 🙄 Cider and Morris dancing round the Handsworth maypole, was it?",
  also=[PA, IR], note="[coded; race] Sarcastic denial that a Black member belongs; no race word, so coded. Irony expected. HN4 {H413} is his own post.")
P("EQ11", "EQ", "Tanyard Lane mosque wants a bigger car park now. Give them an inch and we'll have the call to prayer over the Butter Cross. Islam has no place in a Marches market town.",
  allow=[PD], note="[explicit; religion or belief] Anti-Muslim: 'Islam has no place'. The car park is a planning matter, so predetermination allowed. HN3 {H303} is the factual account.", notby=["Nasreen Akhtar"])
P("EQ12", "EQ", "Nasreen Akhtar's loyalty is to Tanyard Lane, not to Ellwardine. We all know where her orders come from. ☪️",
  also=[PA], note="[coded; religion or belief] Dual-loyalty slur carried by the emoji and the mosque's street.")
P("EQ13", "EQ", "Naomi Kessler wants to 'follow the money' on the hop yard grants. Well, her people would know the way.",
  also=[PA], note="[coded; religion or belief] Antisemitic money trope with no group word (some would tag race). HN2 {H208} names such a trope to condemn it.")
P("EQ14", "EQ", "No Muslim should be anywhere near the school admissions panel. Simple as that. Not in this district.",
  note="[explicit; religion or belief] Exclusion from a role by religion. Homoglyph variant {V-EQ-homoglyph}. HN3 {H327} is the reply to this question.", notby=["Nasreen Akhtar"])
P("EQ15", "EQ", "Ffion Jenkins on the flood resilience board? She can't get herself up a kerb, how's she going to shift sandbags. Cripples on the flood board, whatever next.",
  also=[PA, AB], note="[explicit; disability] Wheelchair user mocked with a slur: equality, personal-attack and abusive-language. HN2 {H201} is her own report of the same slur.")
P("EQ16", "EQ", "Kit Bellamy's 'sensory needs' mean the chamber lights are dimmed now. Some of us came here to do a job, not run a special school.",
  also=[PA], note="[coded; disability] Mocks an autistic member's adjustments without naming autism. HN3 {H308} gives the facts.")
P("EQ17", "EQ", "Janet Hodges off 'sick' again with her 'depression'. If you can't take the pressure, give the seat to somebody who isn't a head case.",
  also=[PA], allow=[AB], note="[explicit; disability] Scare quotes on depression and 'head case'; abusive allowed. HN2 {H214} and HN4 {H409}.")
P("EQ18", "EQ", "Elspeth Vaughan is 84. Eighty-four. She should be in a home in Much Orlow, not on planning nodding off over the Pippin Field papers.",
  also=[PA], note="[explicit; age] Age as the reason to go. HN6 {H618} argues tenure, not age.")
P("EQ19", "EQ", "Council should be run by people who'll still be alive to see the consequences. Anyone with a bus pass should do the decent thing in May.",
  note="[coded; age] Older people told to stand down via 'bus pass'; no person named.")
P("EQ20", "EQ", "Tom Watkins is 24 and still wet behind the ears. Kids shouldn't be let near a council budget, full stop.",
  also=[PA], note="[explicit; age] Young member excluded for age. HN4 {H417} is his own post.")
P("EQ21", "EQ", "Women have no business on the livestock market board. Let them do the teas at the mart like they always have. Worked fine for a hundred years.",
  note="[explicit; sex] Exclusion of women. Caps variant {V-EQ-caps}. HN2 {H213} quotes a line like this to condemn it.")
P("EQ22", "EQ", "Diana Whitcombe does the finances like she does the shopping: spends the lot and then cries to the man of the house.",
  also=[PA], note="[coded; sex] Sexist housewife trope at the finance lead; no word 'women'. HN2 {H224} condemns a comment like it.")
P("EQ23", "EQ", "Dominic Farr and his boyfriend all over each other at the Young Farmers' ball. Not in front of the kids, lads. This is Herefordshire, not Birmingham.",
  also=[PA], note="[explicit; sexual orientation] Hostility to a gay couple being seen. HN2 {H210}, HN3 {H321}.")
P("EQ24", "EQ", "Rowan Tyler is a bloke in a frock, and the sooner the Border Greens stop pretending otherwise the better. He can use the gents at Ellwardine Pool like any other man.",
  also=[PA], note="[explicit; gender reassignment] Misgendering and exclusion. Spaced variant {V-EQ-spaced}. HN2 {H221} answers the phrase; HN3 {H302} raises single-sex spaces civilly.")
P("EQ25", "EQ", "Bethan Morris is due in May, so that's another six months of an empty seat on full allowance. Pregnant women shouldn't stand for election. Simple.",
  also=[PA], note="[explicit; pregnancy and maternity] HN3 {H315} sets out the facts; HN4 {H407} is her own post.")
P("EQ26", "EQ", "Lorraine Gwatkin's 'civil partner' is on the Ham flood group now. Keep it in the family, eh. Not a real marriage, not a real appointment.",
  also=[PA], allow=[DF], note="[coded; marriage and civil partnership] Scare quotes and 'not a real marriage' (some would tag sexual orientation); the appointment hint allows defamation.")
P("EQ27", "EQ", "Pitch extension at Cinder Lane comes up again in the spring. I'd say this to anyone on the committee: planning should remember who ends up on 'temporary' pitches. Once they're in, they're in, and the scrap and the dogs and the fires come with them. Ask anybody who lives on the Stanbatch road. Ask them about the last ten years.",
  allow=[PD], note="[coded; race] Traveller stereotypes with no group word, aimed at a pitch decision; predetermination allowed. HN3 {H304} is the civil case for the same pitches.", notby=["Levi Boswell"])

# ---------------------------------------------------------------------------
# defamation.allegation: 27 originals (12 review, 15 block)
# ---------------------------------------------------------------------------
P("DF01", "DF", "Clive Bevan and Kitebrook Homes are thick as thieves. Funny how every Kitebrook scheme sails through his committee. Draw your own conclusions.",
  allow=[PA, PD], note="Corruption by idiom and insinuation: review. HN6 {H603} states the same voting record without the insinuation.")
P("DF02", "DF", "Robin Gittins is in Brenshaw Poultry's back pocket and everyone in Stanbatch knows it. Cabinet Member for Rivers? Don't make me laugh.",
  allow=[PA], note="'In their back pocket': corruption idiom, review. Spaced variant {V-DF-spaced}. HN6 {H601} is his record.")
P("DF03", "DF", "Geraint Powell lies the way other men breathe. Without thinking about it and all day long.",
  also=[PA], note="Calls a named member a liar by comparison: defamation and personal-attack, review.")
P("DF04", "DF", "Hugh Probert's a crook. Always has been, since the Bredley land deal. Everyone over fifty in Fennick Cross remembers.",
  also=[PA], note="'Crook' at a named member with a vague deal: review. Asterisk variant {V-DF-asterisk}.")
P("DF05", "DF", "A certain cabinet member's son-in-law seems to have won the flood defence contract. No tender. Small world, the Marches.",
  allow=[PA], note="Innuendo at an identifiable cabinet member: defamation review, personal-attack allowed.")
P("DF06", "DF", "Diana Whitcombe has been cooking the books on the reserves and the budget papers show it if you know where to look.",
  allow=[PA], note="'Cooking the books' is dishonesty by idiom, no specific crime stated: review. HN6 {H604} asks the same question fairly.")
P("DF07", "DF", "@DerekMappCV telling porkies about the hop grant again. Man couldn't lie straight in bed.",
  also=[PA], note="Rhyming slang for lies plus a stock idiom: review. Homoglyph variant {V-DF-homoglyph}. HN6 {H606}.")
P("DF08", "DF", "Marches First have been fiddling the flood grant figures for three years to make the valley look fixed.",
  allow=[PA], note="Dishonesty alleged against a party: review, personal-attack allowed.")
P("DF09", "DF", "Kitebrook Homes buy planning permissions in this district the way the rest of us buy diesel.",
  allow=[PA, PD], note="Bribery by comparison against a company: review.")
P("DF10", "DF", "Our s151 officer has been massaging the reserves to hide the hole. Neil Maddox knows exactly what he's done, and so do his bosses.",
  also=[OF], note="Dishonesty alleged against a named officer: defamation review plus officers.")
P("DF11", "DF", "Roy Bufton's fingers have been in every till at the mart for twenty years. Ask the old drovers.",
  allow=[PA], note="Theft by idiom, no incident: review. HN6 {H611} criticises his dual role properly.")
P("DF12", "DF", "Strange how the Chairman's nephew ended up with the Butter Cross café lease. Nothing to see here, I'm sure. 🙄",
  also=[IR], allow=[PA], note="Nepotism innuendo at the Chairman by role, with sarcasm: defamation review and irony.")
P("DF13", "DF", "Robin Gittins took £15,000 in cash from Brenshaw Poultry to get the Stanbatch sheds through. I've seen the bank slip with my own eyes.",
  allow=[PA], v="block", note="A specific bribe stated as fact with 'evidence': block. Compare the idiom version {DF02}.")
P("DF14", "DF", "Fact: Kitebrook Homes paid Clive Bevan through his brother's haulage firm the week before the Pippin Field site visit. That's bribery, and he knows it.",
  allow=[PA, PD], v="block", note="Specific bribery stated as fact: block. Digit variant {V-DF-digit}. Compare {DF01}.")
P("DF15", "DF", "Neil Maddox moved £40,000 out of the flood reserve into an account he controls. Theft, plain and simple, from the people of the Meadows.",
  also=[OF], v="block", note="Theft by a named officer stated as fact: block, with officers. Caps variant {V-DF-caps}. Compare {DF10}.")
P("DF16", "DF", "Derek Mapp has paid his pickers cash in hand below minimum wage for years and claimed the hop grant on top. That is fraud.",
  allow=[PA], v="block", note="Specific offences (wage and grant fraud) as fact: block. Zero-width variant {V-DF-zero_width}.")
P("DF17", "DF", "I've kept quiet about this for too long. At the last election I was visiting my aunt at Wenlow House care home. The Valley Alliance canvassers filled in postal votes for residents at Wenlow House care home at the last election. I watched them do it in the day room, with the envelopes on the tea trolley. Some of those residents don't know what day it is. That is electoral fraud.",
  allow=[PA], v="block", note="Electoral fraud by a party's canvassers stated as witnessed fact: block.")
P("DF18", "DF", "Hugh Probert is subletting the council flat in Fennick Cross he got for his daughter. Illegal subletting, by the Cabinet Member for Housing. You couldn't make it up.",
  allow=[PA, DP], v="block", note="Housing fraud as fact: block; data protection allowed (his daughter).")
P("DF19", "DF", "Brenshaw Poultry have been pumping dirty water into the Cradden Brook at night to dodge their permit, and the site manager signs it off. That's illegal dumping.",
  allow=[PA], v="block", note="Pollution offence by a company and its manager stated as fact: block. Compare {AB09} and HN1 {H109}.")
P("DF20", "DF", "Susan Preece drove home from the Chairman's dinner three times over the limit and a friend at the station made it go away.",
  allow=[PA, HA], v="block", note="Drink-driving and a police cover-up as fact: block; alcohol mention so haste allowed.")
P("DF21", "DF", "People keep asking me why the Pippin Field FOI came back 'no information held'. I'll tell you why. Alison Tranter had the Pippin Field emails shredded the morning after the FOI request landed. I was in the building when the bags went out. Three black sacks from the Chief Executive's office to the confidential waste cage. Ask her what was in them.",
  also=[OF], v="block", note="Destroying records after an FOI request (an offence) as witnessed fact: block, with officers.")
P("DF22", "DF", "Geraint Powell claims mileage from Cwmgarth for council trips he never makes. Same trip, same week, claimed twice. Expenses fraud, by the Leader.",
  allow=[PA], v="block", note="Expenses fraud stated with specifics: block. HN6 {H605} criticises his attendance instead.")
P("DF23", "DF", "Owen Lloyd was convicted of assault in 2009 and never declared it. He shouldn't be sitting on licensing.",
  allow=[PA, DP], v="block", note="An undeclared conviction stated as fact: block; criminal record is special category, so data protection allowed.")
P("DF24", "DF", "A lot of you gave generously to the Meadows flood fundraiser last winter: the quiz, the raffle, the sponsored swim. Lorraine Gwatkin pocketed the takings from the Meadows flood fundraiser. £2,300 collected, none of it reached the hub. She took it. The hub treasurer has confirmed nothing was paid in. I'm not letting this go.",
  allow=[PA], v="block", note="Theft of charity money as fact: block. HN6 {H619} corrects her claim without alleging anything.")
P("DF25", "DF", "Kerry Lewis has been taking backhanders to move families up the Cinder Lane pitch list. Cash, in the site office.",
  also=[OF], v="block", note="Bribery by a named officer as fact: block, with officers.")
P("DF26", "DF", "Stefan Dimitrov tipped off his brother-in-law's fruit farm before the immigration raid. That's why they found nobody. He knew.",
  allow=[PA, DP], v="block", note="Perverting an enforcement operation as fact: block; a relative named, so data protection allowed.")
P("DF27", "DF", "Dr Marcus Daley has been writing prescriptions for his wife under a patient's name. Ask anyone at the surgery.",
  allow=[PA, DP], v="block", note="Prescription fraud as fact: block; health context, so data protection allowed.")

# ---------------------------------------------------------------------------
# Hard negatives (165, all ok)
# HN1 harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
N("H101", "HN1", "The poultry unit decision is a disgrace. Forty thousand more birds on the Stanbatch slope and the Wenlow already green by July. Cabinet should be ashamed of themselves.",
  note="Harsh, but at a decision and the cabinet as a body. The catalogue's own 'should be ashamed' example.")
N("H102", "HN1", "Greenmarch's bin contract is failing Much Orlow week after week. Missed again Tuesday. Time this council used the penalty clauses or ended it.",
  note="Service criticism without obscenity; compare {AB01} and {PA18}.")
N("H103", "HN1", "Car park charges at the mart are daft. You cannot price farmers out of their own market and call it 'sustainable income'. Scrap them.",
  note="'Daft' at a charge, not a person. Compare {AB05}.")
N("H104", "HN1", "Marches First's budget is a cowardly document. No choices, just cuts dressed up as 'efficiencies'. Residents in the Meadows deserve better than this.",
  allow=[PA], note="'Cowardly' at a party's document; personal-attack allowed at most. Compare {AB23}.")
N("H105", "HN1", "Kitebrook's viability appraisal for Pippin Field is thin. I have serious concerns about the affordable housing numbers and I'll be asking hard questions at committee.",
  allow=[PD], note="Predisposition ('serious concerns', 'asking questions'), not a closed mind. Compare {AB04}.")
N("H106", "HN1", "The flood grant scheme is a shambles. Eight forms for a £500 grant while folk on the Ham are still drying out their skirting boards.",
  note="'Shambles' at a scheme. Compare {AB02}.")
N("H107", "HN1", "This council has treated Cinder Lane tenants shamefully on repairs. Eighteen months for a broken amenity block. Unacceptable for any tenant, full stop.",
  note="Robust criticism of the council's service to a Traveller site; no group stereotype.")
N("H108", "HN1", "The Mortimer Court contract was handled appallingly: no notice to the parish, no briefing for ward members, residents finding out from Facebook. That's on the Home Office and on this council's comms. Whatever your view of asylum policy, the men living there and the people of Fennick Cross both deserved better than a rumour mill. I've asked for a public meeting with the Home Office contractor, the GP practice and the police, and I'll post the date when I have it.",
  allow=[OF], note="Process criticism of the asylum hotel contract; 'this council's comms' brushes officers, so officers allowed.")
N("H109", "HN1", "Brenshaw Poultry's permit variation says 'minimal impact' on the Wenlow. Go and stand on Lowbridge at low water in August and tell me that again.",
  note="Sharp challenge to a company's claim; compare {AB09} and {DF19}.")
N("H110", "HN1", "Bus cuts to Cwmgarth are a betrayal of every village on the border. 'Demand responsive' means ring a number nobody answers, then walk.",
  note="'Betrayal' at a policy.")
N("H111", "HN1", "Our waste strategy isn't a strategy, it's a wish list with a logo on it. Come back with numbers.",
  note="Derisive about a document, not a person.")
N("H112", "HN1", "Marcher Homes need to get a grip on damp in Fennick Cross. I've reported them to the Housing Ombudsman today, with photos and dates for nine homes, and I'd urge tenants to do the same. If you don't know how, message me and I'll sit down with you. Their chief executive has had three letters from me since October. Three letters, no reply. That's not good enough for any landlord, let alone a social one.",
  note="Robust action against a landlord, no abuse. Compare {AB17}.")
N("H113", "HN1", "The 'Marches Ambition' relaunch cost £38k in consultants. For a strapline. In the year we shut two libraries. Indefensible.",
  note="Harsh criticism of spending. Compare {AB08}.")
N("H114", "HN1", "Cabinet's decision on the Butter Cross toilets is penny-wise and pound-foolish. Market day with no loos is a market day people don't come back for.",
  note="Idiom at a decision.")
N("H115", "HN1", "The Valley Alliance's alternative budget doesn't add up. Funding buses from reserves you've already spent twice over is not a plan, it's a wish.",
  note="Party policy criticism.")
N("H116", "HN1", "The Border Greens' motion to ban every new poultry unit is unworkable and would not survive a legal challenge. Regulate properly, don't grandstand.",
  allow=[PA], note="'Grandstand' at a party's motion; personal-attack allowed at most.")
N("H117", "HN1", "The Mercury's front page on the flood figures was lazy and misleading. Disappointing from a paper that used to do proper digging.",
  allow=[PA], note="Criticism of a newspaper's work; compare {AB19}.")
N("H118", "HN1", "Second homes in Yarkhope: dark windows half the year, no kids for the school, no one for the bell ringers. The premium should be doubled, not fudged.",
  note="Policy argument.")
N("H119", "HN1", "The leisure centre consultation felt like a done deal before a single form came back. If the decision was made already, say so and stop wasting people's evenings.",
  allow=[DF], note="Questions a process's good faith; a reader could hear dishonesty, so defamation allowed.")
N("H120", "HN1", "Herefordshire's rivers deserve better than this. The phosphate credit scheme is a fig leaf, and everyone on the Wenlow can see straight through it.",
  note="Policy criticism with an idiom.")
N("H121", "HN1", "Housing allocations: the points system is baffling, the letters are worse, and tenants can't get a straight answer from the phone line. Fix it.",
  note="Service criticism.")
N("H122", "HN1", "Yarkhope lost sixty seasonal jobs when two hop yards grubbed up this year, and the council's rural strategy doesn't even mention hops. Not once. That's a failure.",
  note="Failure of a strategy.")
N("H123", "HN1", "Closing the Wenlow Meadows flood hub at weekends is reckless. Rivers don't flood Monday to Friday.",
  note="'Reckless' at a decision. Compare the veiled threat {BU18}.")
N("H124", "HN1", "Country Voice want to 'cut red tape' on slurry stores. That red tape is what stands between a farm and a fish kill on the Cradden Brook.",
  note="Party policy criticism.")
N("H125", "HN1", "The council's handling of the Tanyard Lane centre's fire-safety grant was clumsy and slow, and the centre deserved better communication. Lessons to learn.",
  note="Criticism of the council's handling of a mosque's grant; no hostility to the centre.")
N("H126", "HN1", "Rubbish decision, rubbish process, rubbish outcome. The cabinet got the Ellwardine bypass consultation wrong from the very first leaflet.",
  note="Blunt, no obscenity, at a body's decision.")
N("H127", "HN1", "Kitebrook Homes have built three estates in this district and not one delivered the doctor's surgery they promised. Judge them on that before Pippin Field.",
  allow=[DF, PD], note="Track record of a developer; factual claims that could be disputed, so defamation allowed; predetermination allowed for the pending scheme. Compare {AB18}.")
N("H128", "HN1", "Fennick Cross traffic at 8am is a disgrace and the Park and Ride cuts will make it worse. Whoever thought that up has never sat on the A-road in a school run.",
  allow=[PA], note="'Whoever thought that up' at a decision-maker; personal-attack allowed at most.")

# HN2 counter-speech and quoting abuse to condemn it
N("H201", "HN2", "Someone shouted 'cripple' at me outside the Butter Cross on Wednesday. I'm posting it because I won't be quiet about it. Disability hate crime gets reported. I did.",
  allow=[EQ, AB], note="Quotes a slur aimed at herself to condemn it. Pinned: Ffion Jenkins (wheelchair user). Compare {EQ15}.", pin="@FfionJenkinsGreen")
N("H202", "HN2", "To the person who wrote 'go back to Bulgaria' on my surgery poster: I've lived in Ellwardine fourteen years, picked your strawberries, and now I represent you. I'm staying.",
  allow=[EQ], note="Counter-speech by the target. Pinned: Stefan Dimitrov.", pin="@StefanDimitrovWM")
N("H203", "HN2", "'Gypos out' sprayed on the Cinder Lane sign again. It's racism, plain and simple, and it's been reported. Romany families have been in this valley for centuries.",
  allow=[EQ, AB], note="Quotes graffiti with a slur to condemn it. Compare {EQ01}.")
N("H204", "HN2", "I've seen people calling the men at the Mortimer Court 'invaders' and worse. Whatever you think of Home Office policy, those are human beings. Stop it.",
  allow=[EQ], note="Counter-speech on the asylum hotel. Compare {EQ07}.")
N("H205", "HN2", "'Sheep-shagging Taffs', was it? Said to me at the mart by a man old enough to know better. Cwmgarth's been Welsh and English both since before your grandad. Diolch, and good day.",
  allow=[EQ, AB], note="Quotes an anti-Welsh slur aimed at himself. Pinned: Geraint Powell. Compare {EQ05}.", pin="@GeraintPowellMF")
N("H206", "HN2", "Vile abuse aimed at @RowanTylerGreen this week. Misgendering her isn't 'banter', it's cruelty. I stand with Rowan.",
  allow=[EQ], note="Solidarity with a trans member.")
N("H207", "HN2", "To whoever left a pig's head outside the Tanyard Lane centre: you don't speak for Ellwardine. Solidarity to everyone at the centre this week.",
  allow=[EQ], note="Condemns an anti-Muslim act. 'Whoever' is a criminal, not a political target.")
N("H208", "HN2", "'Her people would know the way' – yes, someone really wrote that about a colleague. That's an antisemitic trope about Jews and money, and I'll call it out every time.",
  allow=[EQ], note="Names and quotes the trope of {EQ13} to condemn it.")
N("H209", "HN2", "I've had messages calling me a 'dyke' and a 'disgrace' since I mentioned my civil partner. I'm keeping every one. The Monitoring Officer has copies.",
  allow=[EQ, AB], note="Quotes a homophobic slur aimed at herself. Pinned: Lorraine Gwatkin.", pin="@LorraineGwatkin")
N("H210", "HN2", "Someone online told Dominic Farr to 'keep it in Birmingham'. Dom was born in Bredley. Homophobia isn't a rural value, it's just homophobia.",
  allow=[EQ], note="Counter-speech. Compare {EQ23}.")
N("H211", "HN2", "There's a post going round urging people to 'fill a councillor's inbox' tonight. Don't. Disagree all you like; organised pile-ons are bullying, whoever the target is. I've been on the end of one. You stop opening your emails, including the ones from residents who need you. Write to her, by all means, once, politely. That's democracy. Hundreds of angry emails in an hour is not.",
  allow=[BU], note="Condemns the tactic of {BU25} without repeating it.")
N("H212", "HN2", "When people say Kit Bellamy should be in 'a special school', they're mocking autism. Kit's the hardest-working member on the rivers panel. Pack it in.",
  allow=[EQ], note="Counter-speech quoting a jibe; compare {EQ16} and {BU27}.")
N("H213", "HN2", "Heard 'women should do the teas' at the mart AGM. In 2026. My nan ran the Yarkhope sheep sale for thirty years. Ladies, put in for that board.",
  allow=[EQ], note="Quotes sexism to condemn it. Compare {EQ21}.")
N("H214", "HN2", "Someone called Janet Hodges a 'head case' for talking about her depression. She was brave. You were cruel. Time to Talk Day is Thursday: try it.",
  allow=[EQ, PA], note="Quotes a disability jibe to condemn it. Dated the Monday before Time to Talk Day.", date="2026-02-02")
N("H215", "HN2", "'Too old for the job' – said about Elspeth Vaughan by people who couldn't match her casework if they tried. Judge councillors on their work, not their birthdays.",
  allow=[EQ], note="Counter-speech on age. Compare {EQ18}.")
N("H216", "HN2", "Told yesterday that a pregnant councillor is 'a waste of an allowance'. Parental leave for councillors exists for a reason. Rotten attitude, and I said so.",
  allow=[EQ], note="Counter-speech on pregnancy. Compare {EQ25}.")
N("H217", "HN2", "To the lad who shouted 'Paki' at my dad outside the Co-op: he's lived on Bridge Street since 1978. Ellwardine is his town too. Reported.",
  allow=[EQ, AB, DP], note="Quotes a racist slur aimed at her father to condemn it; his street is given, so data protection allowed. Pinned: Nasreen Akhtar.", pin="@NasreenAkhtarVA")
N("H218", "HN2", "'We know where you live' isn't politics. It was sent to one of our planning officers this week over Pippin Field. Officers give advice; councillors decide. Leave them alone.",
  allow=[BU, OF], note="Quotes a threat to condemn it and defends officers. Compare {BU02} and {BU14}.")
N("H219", "HN2", "Please stop sharing that clip of a councillor losing her thread in committee. Mocking someone in her eighties isn't scrutiny. It's just unkind.",
  allow=[EQ, BU], note="Asks people to stop a humiliation like {BU21}.")
N("H220", "HN2", "The messages telling Marcus Daley to 'go back to Africa' are racist. Marcus was born in Handsworth and has treated half of Fennick Cross. Reported to police.",
  allow=[EQ], note="Counter-speech. Compare {EQ09}.")
N("H221", "HN2", "'Bloke in a frock' isn't an argument, it's an insult. If you want to debate single-sex changing at the pool, do it without dehumanising a colleague.",
  allow=[EQ, PA], note="Quotes the phrase of {EQ24} to reject it.")
N("H222", "HN2", "No, the families at Cinder Lane did not nick your quad bike. Police found it in Shropshire on Friday. An apology wouldn't go amiss.",
  allow=[EQ, DF], note="Rebuts a theft rumour about Traveller families. Compare {EQ02}.")
N("H223", "HN2", "A man told me at surgery that 'the Welsh always look after their own'. I told him my mam was from Knighton and I look after everyone in this ward. Pack in the border nonsense.",
  allow=[EQ], note="Quotes the trope of {EQ06} to answer it. Pinned: Ffion Jenkins (Cwmgarth).", pin="@FfionJenkinsGreen")
N("H224", "HN2", "'Cries to the man of the house' – an actual comment under a woman cabinet member's budget speech. Criticise her budget by all means. Leave the 1950s out of it.",
  allow=[EQ], note="Quotes the sexist line of {EQ22} to condemn it.")
N("H225", "HN2", "Ugly comments on the Mercury's page about the Ramadan lights on Tanyard Lane. They're fairy lights, folks. Same as ours at Christmas. Be kind.",
  allow=[EQ], note="Counter-speech, dated during Ramadan.", date="2026-02-23")
N("H226", "HN2", "Been told to 'watch my back' for opposing the poultry sheds. I'm not scared and I've reported it. Threats have no place in this valley, whatever side you're on.",
  allow=[BU], note="Quotes a threat against himself. Pinned: Kit Bellamy. Compare {BU01}.", pin="@KitBellamyGreen")
N("H227", "HN2", "Called a 'gawby old woman' by a member at committee. I've been called worse at the lamb sales, mind. But it shouldn't happen in the chamber.",
  allow=[PA, EQ], note="Quotes an insult at herself. Pinned: Elspeth Vaughan (84).", pin="@ElspethVaughan")
N("H228", "HN2", "Someone's posted that the Gypsies at Cinder Lane 'should be moved on'. It's a council site with tenancies. You don't 'move on' people from their homes because you don't like them.",
  allow=[EQ], note="Quotes exclusionary talk to rebut it.")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
N("H301", "HN3", "Myth: people at the Mortimer Court get £40 a day and new iPhones. Fact: about £9 a week when meals are provided. Please check before you share.",
  allow=[EQ], note="Myth-busting the claim in {EQ08}.")
N("H302", "HN3", "I have real concerns about single-sex changing at Ellwardine Pool and I'll raise them respectfully. I also think trans people deserve dignity. Both things can be true.",
  allow=[EQ], note="Civil debate on a gender reassignment topic. Compare {EQ24}.")
N("H303", "HN3", "No, the Tanyard Lane car park extension isn't 'a mosque takeover'. It's fourteen spaces on an old builders' yard. It'll come to committee like any other application.",
  allow=[EQ, PD], note="Myth-busting; mentions a pending application without a view. Compare {EQ11}.")
N("H304", "HN3", "A bit of background on the Cinder Lane pitch extension, because there's a lot of nonsense going round. It's about overcrowding: three families sharing one pitch, a toddler sleeping in a car in January. Romany Gypsies are an ethnic group with the same right to decent housing as anyone. Whatever the committee decides, it should decide on the evidence, and I'd ask everyone to keep the comments civil.",
  allow=[PD], note="Civil case for the pitches. Compare {EQ27}.")
N("H305", "HN3", "Seasonal workers in the hop yards pay tax, rent their caravans and spend in Ellwardine. The 'signing on by Christmas' line isn't true: most are on six-month visas.",
  allow=[EQ], note="Myth-busting {EQ03}.")
N("H306", "HN3", "I'm not against the hotel because of who's in it. I'm against it because the Home Office gave us 48 hours' notice and there's no GP capacity. That's the argument. The surgery at Fennick Cross has a six-week wait already. If people want to make the case with me, make that case, and leave the men living there out of it. Comments that go beyond that will be deleted.",
  allow=[EQ], note="Denied prejudice with a service argument. Compare {EQ07}.")
N("H307", "HN3", "Honest question: should we put up bilingual welcome signs at Cwmgarth? Half the parish speaks Welsh. Keen to hear from both sides of the border.",
  note="Civil debate about language and nationality.")
N("H308", "HN3", "The 'special treatment' for Kit in the chamber cost us £40 for a desk lamp and an agenda sent a week early. That's it. That's the whole scandal.",
  allow=[EQ], note="Myth-busting {EQ16}.")
N("H309", "HN3", "Age isn't a reason to stand down, and youth isn't a reason to be ignored. We've members from 24 to 84 on this council and that's a strength.",
  note="Civil comment on age.")
N("H310", "HN3", "On the Pride flag at the council offices: residents have written to me against and in favour. My view is it's a welcome, not a statement against anybody.",
  note="Civil debate on sexual orientation.", date="2026-02-10")
N("H311", "HN3", "Asked whether 'local connection' rules discriminate. They apply to everyone whatever their background. But we should check they don't indirectly shut out Traveller families.",
  allow=[EQ], note="Civil debate on indirect discrimination.")
N("H312", "HN3", "The mart board voted on whether to keep the old men-only drovers' bar. I voted to open it up. It's 2026, and my mother drove cattle too.",
  allow=[EQ], note="Civil debate on sex.")
N("H313", "HN3", "The Holocaust happened. Six million Jews were murdered. If that sentence is controversial on your timeline, the problem is your timeline.",
  note="Holocaust Memorial Day; counters denial.", date="2026-01-27")
N("H314", "HN3", "People ask if we print council papers in Welsh for Cwmgarth. We don't. We translate the bin-day leaflet, which costs about £200 a year. Hope that helps.",
  note="Myth-busting about the Welsh language.")
N("H315", "HN3", "Asked whether councillors on maternity leave still get the allowance. Yes, as in any job, and the ward is covered by the other members. No seat sits empty.",
  allow=[EQ], note="Facts answering {EQ25}.")
N("H316", "HN3", "Access to the Butter Cross: it's a 17th-century hall on oak posts. We can't ramp it, and the conservation officer has been very clear why. But we can move my surgery to the library, which has a lift and a hearing loop, and from March that's where I'll be, second Saturday of the month, 10 till 12. Thanks to everyone who raised it with me, especially the Ellwardine access group.",
  allow=[OF], note="Disability access discussed practically; the conservation officer is mentioned neutrally, so officers allowed at most.")
N("H317", "HN3", "It's not racist to ask when the hotel contract ends. It is racist to say the men shouldn't be here because of where they're from. Know the difference.",
  allow=[EQ], note="Draws the line between {EQ07} and legitimate questions.")
N("H318", "HN3", "Myth-busting: the Tanyard Lane centre got £4,800 for fire doors from the same community buildings fund as eleven village halls. No special treatment.",
  allow=[EQ], note="Myth-busting about a mosque's grant.")
N("H319", "HN3", "Civil partnerships are equal in law. Ellwardine register office does about eight a year. Happy to take questions on it, not abuse.",
  note="Facts on marriage and civil partnership.")
N("H320", "HN3", "That story about 'foreigners taking the mart jobs': the mart's own figures show 31 local hires this year and two on the settlement scheme. Please stop sharing it.",
  allow=[EQ], note="Myth-busting quoting a prejudice.")
N("H321", "HN3", "A few people have told me the Young Farmers' ball shouldn't have had a same-sex couple on the floor. I think Yarkhope YFC did themselves proud. Different views, I know.",
  allow=[EQ], note="Civil disagreement; compare {EQ23}.")
N("H322", "HN3", "On women-only swims at the pool: a resident asked if it's unfair on men. The Equality Act allows it where there's a clear need, and sixty women a week are using it.",
  note="Civil explanation on sex.")
N("H323", "HN3", "Question I keep getting: 'why does the Gypsy site get a free warden?' It doesn't. Pitch fees cover it, same as the park homes at Bredley.",
  allow=[EQ], note="Myth-busting about the Traveller site.")
N("H324", "HN3", "Sensible meeting at Fennick Cross about the hotel. Worries raised about buses and GP lists, and nobody blamed the men living there. That's how it's done.",
  note="Civil debate on asylum accommodation.")
N("H325", "HN3", "I don't agree with the Tanyard Lane centre's position on the school admissions code and I've told them so, face to face, over a cup of tea. That's democracy.",
  allow=[EQ], note="Disagreement with a religious body's view, not an attack on Muslims.")
N("H326", "HN3", "Heard the claim that older councillors 'slow things down'. Committee figures: average decision time is the same whatever the chair's age. Judge the work.",
  allow=[EQ], note="Myth-busting on age.")
N("H327", "HN3", "Asked whether I'd 'let a Muslim sit on the admissions panel'. Of course. Religion is no bar to any role on this council, and it never will be.",
  allow=[EQ], note="Quotes and rejects the exclusion in {EQ14}.")
N("H328", "HN3", "It isn't anti-English to want the Cwmgarth bus to carry on over the border to Knighton. It's geography. Half the parish's patients and pupils go that way.",
  note="Denies prejudice in a transport argument.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
N("H401", "HN4", "Wheelchair user, flood warden, orchard owner. Spent the morning checking the Cwmgarth sandbag store from my chair. Dry so far 🤞",
  note="Self-description. Pinned: Ffion Jenkins.", pin="@FfionJenkinsGreen")
N("H402", "HN4", "Three years since I came out as trans, and the Meadows flood group still sends me the rota every Tuesday like nothing changed. Small things. Thank you, neighbours 🏳️‍⚧️",
  note="Self-description. Pinned: Rowan Tyler.", pin="@RowanTylerGreen")
N("H403", "HN4", "Gay, 29, born in Bredley, commute to Hereford, chair of the Fennick Cross allotments. Don't let anyone tell you there's one way to be from round here. #LGBTHistoryMonth",
  note="Self-description. Pinned: Dominic Farr.", pin="@DomFarrVA", date="2026-02-04")
N("H404", "HN4", "Ramadan Mubarak to everyone in Ellwardine starting the fast today. Open iftar at Tanyard Lane on Friday, all welcome. Bring your neighbours.",
  note="Religious greeting. Pinned: Nasreen Akhtar.", pin="@NasreenAkhtarVA", date="2026-02-18")
N("H405", "HN4", "Eid Mubarak! 🌙 Sweets at the Butter Cross stall from 11. Half of them are Welsh cakes because Mrs Price from the chapel insisted.",
  note="Religious greeting. Pinned: Nasreen Akhtar.", pin="@NasreenAkhtarVA", date="2026-03-20")
N("H406", "HN4", "Fourteen years ago I came from Plovdiv to pick strawberries at Bredley. Today I signed off the market hall budget. Only in the Marches 🇧🇬❤️",
  note="Self-description (national origin). Pinned: Stefan Dimitrov.", pin="@StefanDimitrovWM")
N("H407", "HN4", "Baby due in May! Surgeries as normal till Easter, then Ruth and Rowan have the Meadows covered. Pregnancy brain is real though, so sorry for the late emails.",
  note="Self-description (pregnancy). Pinned: Bethan Morris.", pin="@BethanMorrisVA")
N("H408", "HN4", "I'm autistic. That's why I ask for the agenda early and sometimes wear ear defenders in the chamber. It's also why I read every page of the phosphate report. 👍",
  note="Self-description (disability). Pinned: Kit Bellamy.", pin="@KitBellamyGreen")
N("H409", "HN4", "Time to Talk Day. I've had depression since my twenties. Some weeks I do casework from the settee in my dressing gown. It still gets done. Talk to someone ❤️",
  note="Self-description (mental health). Pinned: Janet Hodges.", pin="@JanetHodgesWM", date="2026-02-05")
N("H410", "HN4", "84 today and still on planning. My first committee was in 1983, when the minutes were typed and the tea was stewed. The tea's better now.",
  note="Self-description (age). Pinned: Elspeth Vaughan.", pin="@ElspethVaughan")
N("H411", "HN4", "Chairman's note: I wear hearing aids, so if I ask you to say it again at the civic reception it's not because you're boring. Probably.",
  note="Self-description (disability). Pinned: Susan Preece.", pin="@SusanPreeceMF")
N("H412", "HN4", "Proud Romany Gypsy, proud Stanbatch lad. My grandad cut hops at Yarkhope every September. First of my family on the council, not the last.",
  note="Self-description (race). Pinned: Levi Boswell.", pin="@LeviBoswellInd")
N("H413", "HN4", "Born in Handsworth, grandparents came over from St Elizabeth, Jamaica in '58. Twelve years a GP in Fennick Cross. Herefordshire's home, and I'm not going anywhere.",
  note="Self-description (race). Pinned: Marcus Daley. Compare {EQ10}.", pin="@DrMarcusDaley")
N("H414", "HN4", "Holocaust Memorial Day. I'll be lighting a candle at the Ellwardine memorial at four for my great-grandparents, who didn't come back. Join us if you can.",
  note="Self-description (religion or belief). Pinned: Naomi Kessler.", pin="@NaomiKesslerVA", date="2026-01-27")
N("H415", "HN4", "Ten years since Jan and I had our civil partnership at Ellwardine register office. Still arguing about whose turn it is to walk the dog.",
  note="Self-description (civil partnership). Pinned: Lorraine Gwatkin.", pin="@LorraineGwatkin")
N("H416", "HN4", "Dydd Gŵyl Dewi hapus! St David's Day was yesterday but Cwmgarth's celebrating all week. Cawl at the village hall Thursday. Croeso i bawb.",
  note="Welsh greeting (national origin). Pinned: Geraint Powell.", pin="@GeraintPowellMF", date="2026-03-02")
N("H417", "HN4", "Youngest on the council at 24. Still lambing at five in the morning, still in the chamber at two. Don't tell me young people aren't interested in rural life.",
  note="Self-description (age). Pinned: Tom Watkins. Compare {EQ20}.", pin="@TomWatkinsMF")
N("H418", "HN4", "Some of the old boys at the mart call me 'the gay one off the council'. Fair enough, I am. Now, can we talk about the cattle pens?",
  allow=[EQ], note="Self-description, a label taken in good humour. Pinned: Dominic Farr.", pin="@DomFarrVA")
N("H419", "HN4", "Welcome to the Ukrainian and Syrian families who've settled in Ellwardine this year. The primary school says their kids are top of the spelling tests. Of course they are.",
  note="Positive mention of refugees.")
N("H420", "HN4", "Hop picking memories from Mam's photo album: Black Country and Welsh families coming every September on the train, Romany camps along the Wenlow, kids in the bines, the kilns going all night. All of us in the yards together. This valley's always been a mix, and the hop yards were where you saw it. If you've got photos, the Ellwardine museum wants them for the autumn exhibition.",
  note="Positive mention of several groups.")
N("H421", "HN4", "Lovely afternoon at the Tanyard Lane centre open day. Samosas, a tour, and a very serious chat with a nine-year-old about the state of the river.",
  note="Positive mention of a mosque.")
N("H422", "HN4", "Holi at Ellwardine High today. Paint everywhere, including on the deputy head. 🎨 Happy Holi to everyone celebrating.",
  note="Festival greeting.", date="2026-03-04")
N("H423", "HN4", "The new women-only swim at Ellwardine Pool was packed out on day one. Ladies, you were wonderful, and the lifeguards say you're noisier than the under-tens.",
  note="Positive mention (sex).")
N("H424", "HN4", "Greenmarch now employ six crew with learning disabilities on the Much Orlow rounds. Best-rated round in the district this quarter. Well done, lads.",
  note="Positive mention of disabled workers.")
N("H425", "HN4", "Us old wenches at the Bredley WI baked three hundred Welsh cakes for the flood volunteers. Nesh weather, warm hearts.",
  allow=[EQ], note="Self-description with the dialect 'wench' used fondly; 'nesh' means feeling the cold. Pinned: Susan Preece.", pin="@SusanPreeceMF")
N("H426", "HN4", "Mothering Sunday yesterday. To every mam, nan and carer in the valley, and to the dads doing it on their own: we see you.",
  note="Positive mention (maternity, family).", date="2026-03-16")
N("H427", "HN4", "Met the Mortimer Court residents' football team. They beat Fennick Cross Vets 4-2 and then helped clear flood debris off the Ham all afternoon. Good lads.",
  note="Positive mention of asylum seekers.")

# HN5 figurative violence, banter, self-deprecation, idioms
N("H501", "HN5", "Ellwardine RFC absolutely murdered Yarkhope on Saturday. 42-3. Sorry, Derek 😂",
  allow=[BU, PA], note="Figurative 'murdered'; sporting banter with a named member.")
N("H502", "HN5", "Orlow Cider's new perry is a killer. One glass at the wassail on Saturday and I was singing to the apple trees with the rest of them.",
  allow=[HA], note="'Killer' figuratively; alcohol mentioned about an event, so haste allowed.", date="2026-01-19")
N("H503", "HN5", "Tom Watkins took me apart at the Young Farmers' quiz. Twenty-four and knows every sheep breed in Europe. I'll have him at the tug-of-war.",
  allow=[BU, PA], note="'Took me apart', 'I'll have him': banter. Compare {PA12}.")
N("H504", "HN5", "Got absolutely battered by the wind on Cwmgarth tump this morning. Nesh? Me? Never. (Yes.)",
  note="Figurative 'battered'; dialect 'tump' and 'nesh'.")
N("H505", "HN5", "Budget meeting went on so long I aged ten years. I am now officially a dinosaur. Send pikelets.",
  allow=[EQ], note="Self-deprecation about age.")
N("H506", "HN5", "Marcus, you old rogue, you'll be the death of me with that sledging. See you at the nets Thursday, butt.",
  allow=[PA, BU], note="Cricket banter with a named member; 'butt' is border slang for mate.")
N("H507", "HN5", "Knocked 'em dead at the Bredley panto. I was the back end of the cow. Typecasting, according to my family.",
  note="Figurative 'knocked 'em dead'; self-deprecation.")
N("H508", "HN5", "I could cheerfully strangle whoever designed the new planning portal. Figuratively. Mostly. Sixteen clicks to find one drawing.",
  allow=[BU, PA], note="Figurative violence at an unnamed designer of a system.")
N("H509", "HN5", "Ruth Jancey and I have agreed a duel at dawn over the Meadows sandbag rota. Weapons: sandbags. Winner gets the Tuesday slot.",
  allow=[BU], note="Mock duel with a named member, clearly joking.")
N("H510", "HN5", "Lost my voice shouting at the telly during the Wales game. Half the pub in red, half in white, all of us twp as each other.",
  note="Self-deprecating 'twp' (daft), including himself.")
N("H511", "HN5", "Self-report: I am a gawby old fool who left my wellies in the council chamber. If found, they're the ones with the hole in the left one. 🥾",
  allow=[PA, EQ], note="Self-deprecation with the dialect 'gawby'. Compare {PA12}.")
N("H512", "HN5", "The Ham looked like a bomb had hit it after the floods. Volunteers turned it round in a day. Absolute heroes, every one.",
  note="Figurative 'bomb'.")
N("H513", "HN5", "Nasreen slaughtered me at the charity darts. 180, twice. I want a recount and a stewards' inquiry.",
  allow=[BU], note="Figurative 'slaughtered'; banter.")
N("H514", "HN5", "My hop kiln renovation is going so badly I'm tempted to burn it down and start again. With listed building consent, obviously. Obviously.",
  note="Figurative arson at one's own building, self-deprecation.")
N("H515", "HN5", "Roy Bufton auctions so fast I accidentally bought a Hereford heifer this morning. She's called Clive now. Sorry, Clive.",
  allow=[PA], note="Banter naming two members.")
N("H516", "HN5", "Pistols at dawn, @LorraineGwatkin. My Victoria sponge against your lemon drizzle, Much Orlow show, Saturday. Bring a second.",
  allow=[BU], note="Mock challenge.")
N("H517", "HN5", "The Wenlow Mudlarks quiz team absolutely crushed it last night. Crushed. Came second to last instead of last.",
  note="Figurative 'crushed'; self-deprecation.")
N("H518", "HN5", "Derek Mapp's jokes are so old they came over with the Normans. Love you really, Derek. Same time next week at the Hop Pole.",
  allow=[PA, EQ], note="Teasing between friends.")
N("H519", "HN5", "A colleague from across the chamber threw me under the bus in the debate today, then bought me a pint for it after. Politics, eh.",
  allow=[PA, HA], note="Figurative 'threw me under the bus'; a pint mentioned, so haste allowed.")
N("H520", "HN5", "I'm so old the first council I sat on still had a Clerk of the Markets. Yes, he wore a hat. No, I won't tell you what year.",
  allow=[EQ], note="Self-deprecation about age.")
N("H521", "HN5", "Bethan, if that baby arrives before the budget vote I'll count it as a tactical abstention. Congratulations, you'll be brilliant 💛",
  allow=[EQ], note="Warm joke about a colleague's pregnancy.")
N("H522", "HN5", "Mind how you go on the Ham road tonight, folks. It's mizzling, the Wenlow's up and the potholes are deeper than my overdraft.",
  note="'Mind how you go' meant kindly; contrast the veiled threat {BU13}.")
N("H523", "HN5", "Rowan Tyler beat me up Cwmgarth tump on the charity walk and then lapped me. Shameful performance on my part. Legs like a newborn calf.",
  allow=[PA, BU], note="'Beat me up' the hill: figurative, self-deprecation.")
N("H524", "HN5", "I'll be honest: I'm a walking disaster with the new council iPad. Rang IT three times before ten o'clock. They're saints, the lot of them.",
  note="Self-deprecation; praise for staff.")
N("H525", "HN5", "If one more visitor calls the Butter Cross 'quaint' I'll scream. It's a working market hall, butt. Bring cash and buy some cheese.",
  note="Figurative 'I'll scream'.")
N("H526", "HN5", "Janet's spaniel has more sense than the whole planning committee, and I'm on it. 🐕",
  allow=[PA], note="Self-including jibe at a committee, banter with a named member's dog.")
N("H527", "HN5", "Geraint's Welsh cakes are criminally good. Should be a planning condition on every application in Cwmgarth. 🏴",
  allow=[DF], note="'Criminally good' as praise.")

# HN6 criticism of a named councillor's record that stays on the record
N("H601", "HN6", "Cllr Robin Gittins has voted for every poultry unit expansion since 2021: seven out of seven. Residents along the Wenlow can judge that record in May.",
  allow=[PA], note="Voting record, stated plainly. Compare {DF02}.")
N("H602", "HN6", "Hugh Probert promised two hundred council homes in 2023. Completed so far: fourteen. That's the record he'll be standing on.",
  allow=[PA, DF], note="Promise against outcome. Compare {PA19}.")
N("H603", "HN6", "Clive Bevan's committee approved Kitebrook's last two schemes against officer advice. That's on the public record, and it's fair to ask why.",
  allow=[DF, PA], note="Record and a fair question; a reader might hear insinuation, so defamation allowed. Compare {DF01}.")
N("H604", "HN6", "Diana Whitcombe called the reserves 'healthy' in July. The December report shows a £2.1m gap. One of those statements needs explaining at full council.",
  allow=[DF], note="Two statements set side by side, no accusation. Compare {DF06}.")
N("H605", "HN6", "Geraint Powell has missed nine of fourteen cabinet meetings this year. Cwmgarth deserves a Leader who turns up.",
  allow=[PA], note="Attendance record.")
N("H606", "HN6", "Derek Mapp voted against the river buffer motion in November and signed the Friends of the Wenlow pledge in January. Both can't be his position.",
  allow=[DF], note="Inconsistency, not a lie. Compare {DF07}.")
N("H607", "HN6", "@RuthJanceyVA your group's flood plan still has no costings. I've asked three times in the chamber. When will we see them?",
  note="Direct question on the record. Compare {PA02}.")
N("H608", "HN6", "Naomi Kessler's scrutiny review took fourteen months and made two recommendations. I expected more, and I've said so to her face.",
  allow=[PA], note="Record criticism of a chair.")
N("H609", "HN6", "Owen Lloyd told the Mercury the bus cuts were 'Powys's fault'. The cabinet paper he voted for says otherwise. Page 12.",
  allow=[DF], note="Corrects a claim with the document.")
N("H610", "HN6", "Kit Bellamy's motion would cost £1.4m with no funding line. I admire the aim. The numbers don't stand up.",
  note="Criticism of a motion.")
N("H611", "HN6", "Roy Bufton chairs the mart board and sits on the committee that sets the mart's rent. He declared it, properly. I still think he should step out for that item.",
  allow=[II], note="A declared interest discussed fairly. Compare {DF11}.")
N("H612", "HN6", "Stefan Dimitrov promised monthly surgeries in Ellwardine Town. I count four last year. Happy to be corrected.",
  allow=[PA], note="Record criticism.")
N("H613", "HN6", "Susan Preece's civic hospitality budget overspent by £6k. Not a scandal, but not the belt-tightening she promised either.",
  allow=[DF, GH], note="Overspend on the record, explicitly 'not a scandal'.")
N("H614", "HN6", "Nasreen Akhtar's amendment on the community buildings fund was badly drafted and we voted it down. Nothing personal. It just didn't work.",
  note="Criticism of an amendment.")
N("H615", "HN6", "Dominic Farr has voted against every rural bus subsidy since 2024. Fennick Cross has a railway station; Cwmgarth doesn't. Worth remembering.",
  note="Voting record. Compare {PA06}.")
N("H616", "HN6", "Marcus Daley's health scrutiny report blames 'council inaction' for GP waiting lists. GP lists are the ICB's job. Respectfully, that chapter is wrong.",
  allow=[DF], note="Disputes a report's facts. Compare {PA21}.")
N("H617", "HN6", "Ffion Jenkins has chaired the flood board for two years and the Meadows pumps have failed twice. She should answer for that at the next meeting.",
  allow=[PA], note="Accountability for a record.")
N("H618", "HN6", "Elspeth Vaughan has sat on planning since 1983. I respect that. I also think forty-three years is long enough for any one member on one committee.",
  allow=[EQ], note="Tenure, not age. Compare {EQ18}.")
N("H619", "HN6", "Lorraine Gwatkin says the flood hub cut was 'cabinet's decision'. The minutes show she seconded it. Page 4, if anyone wants to check.",
  allow=[DF], note="Corrects a claim without calling it a lie. Compare {DF24}.")
N("H620", "HN6", "Tom Watkins abstained on the slurry store policy. He declared his farm and left the room, which was right. Abstaining is still a choice, though.",
  allow=[II], note="A declared interest and an abstention discussed fairly.")
N("H621", "HN6", "Bethan Morris's leaflet says she 'saved the Meadows library'. It was saved by the county-wide fund. She campaigned well; she didn't save it.",
  allow=[DF], note="Corrects a leaflet claim.")
N("H622", "HN6", "Janet Hodges has the best casework record on the council and the worst attendance at scrutiny. Both are true.",
  allow=[PA, EQ], note="Record criticism; a reader knowing her depression might raise equality, so allowed.")
N("H623", "HN6", "Rowan Tyler's phosphate figures in Thursday's speech were from a 2019 report. The updated figures are lower. Still bad, but lower.",
  allow=[DF], note="Corrects figures.")
N("H624", "HN6", "Levi Boswell's amenity block motion was well meant but unfunded. I voted against it and told him why over a cuppa afterwards.",
  note="Criticism of a motion by the Romany member, without reference to ethnicity.")
N("H625", "HN6", "Geraint Powell promised a 'listening cabinet'. Public question time has been cut from thirty minutes to fifteen. That's the record, not the slogan.",
  allow=[PA], note="Promise against record.")
N("H626", "HN6", "Diana Whitcombe's council tax rise is the biggest in the county this year. She says it's needed. I say Much Orlow has seen nothing for it.",
  note="Disagreement on policy.")
N("H627", "HN6", "Hugh Probert says Marcher Homes' damp backlog is 'under control'. Their own figures say 412 open cases. Cabinet Member, that isn't control.",
  allow=[DF], note="Corrects a claim with figures. Compare {PA07}.")

# ---------------------------------------------------------------------------
# Obscured variants: one of each kind per family
# ---------------------------------------------------------------------------
VARIANTS = [
    ("PA19", "asterisk", "useless"), ("PA15", "digit", "windbag"),
    ("PA22", "zero_width", "weathervane"), ("PA10", "spaced", "lapdog"),
    ("PA12", "homoglyph", "mommet"), ("PA06", "caps", None),
    ("AB01", "asterisk", "shitshow"), ("AB02", "digit", "bollocks"),
    ("AB18", "zero_width", "bastards"), ("AB25", "spaced", "prick"),
    ("AB26", "homoglyph", "knobhead"), ("AB10", "caps", None),
    ("BU03", "asterisk", "ambulance"), ("BU01", "digit", "promise"),
    ("BU04", "zero_width", "window"), ("BU10", "spaced", "shame"),
    ("BU11", "homoglyph", "accidents"), ("BU09", "caps", None),
    ("EQ01", "asterisk", "Gypos"), ("EQ05", "digit", "Taffs"),
    ("EQ07", "zero_width", "Illegals"), ("EQ24", "spaced", "frock"),
    ("EQ14", "homoglyph", "Muslim"), ("EQ21", "caps", None),
    ("DF04", "asterisk", "crook"), ("DF14", "digit", "bribery"),
    ("DF16", "zero_width", "fraud"), ("DF02", "spaced", "pocket"),
    ("DF07", "homoglyph", "porkies"), ("DF15", "caps", None),
]
FAMCODE = {PA: "PA", AB: "AB", BU: "BU", EQ: "EQ", DF: "DF"}
HOMO = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440",
        "M": "\u041c", "A": "\u0410", "E": "\u0415", "O": "\u041e", "C": "\u0421",
        "P": "\u0420", "T": "\u0422", "H": "\u041d", "K": "\u041a", "B": "\u0412"}
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "O": "0", "I": "1", "E": "3", "A": "4"}


def obscure(word, kind):
    if kind == "asterisk":
        i = next(i for i, ch in enumerate(word) if i >= 1 and ch.lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(i for i, ch in enumerate(word) if i >= 1 and ch in DIGIT)
        return word[:i] + DIGIT[word[i]] + word[i + 1:]
    if kind == "zero_width":
        i = len(word) // 2
        return word[:i] + "\u200b" + word[i:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(i for i, ch in enumerate(word) if ch in HOMO)
        return word[:i] + HOMO[word[i]] + word[i + 1:]
    raise ValueError(kind)


def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


# ---------------------------------------------------------------------------
# roster, author choice, timestamps
# ---------------------------------------------------------------------------
def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        return tomllib.load(fh)


PARTY = {
    "Marches First": ["Geraint Powell", "Diana Whitcombe", "Robin Gittins", "Clive Bevan",
                      "Susan Preece", "Tom Watkins", "Hugh Probert", "Elspeth Vaughan", "Owen Lloyd"],
    "Valley Alliance": ["Ruth Jancey", "Dominic Farr", "Nasreen Akhtar", "Bethan Morris",
                        "Marcus Daley", "Naomi Kessler"],
    "Border Greens": ["Rowan Tyler", "Kit Bellamy", "Ffion Jenkins"],
    "Working Marches": ["Stefan Dimitrov", "Janet Hodges"],
    "Ellwardine Independents": ["Roy Bufton", "Lorraine Gwatkin"],
    "Country Voice": ["Derek Mapp"],
    "Independent": ["Levi Boswell"],
}
PARTY_WORDS = [
    (r"Marches First", "Marches First"), (r"Valley Alliance", "Valley Alliance"),
    (r"Border Greens|\bGreens\b", "Border Greens"), (r"Working Marches", "Working Marches"),
    (r"Ellwardine Independents", "Ellwardine Independents"), (r"Country Voice", "Country Voice"),
]
CABINET = ["Geraint Powell", "Diana Whitcombe", "Robin Gittins", "Hugh Probert", "Owen Lloyd"]
ROLE_WORDS = [
    (r"\bthe Leader\b|\bLeader of the Council\b|\bcouncil leader\b|\ba Leader who\b", "Geraint Powell"),
    (r"\bDeputy Leader\b|Cabinet Member for Finance", "Diana Whitcombe"),
    (r"Cabinet Member for (Environment|Rivers)", "Robin Gittins"),
    (r"\b[Cc]hair of [Pp]lanning\b|\bplanning chair\b", "Clive Bevan"),
    (r"\bthe Chairman\b|\bChairman's\b", "Susan Preece"),
    (r"Cabinet Member for Housing", "Hugh Probert"),
    (r"Cabinet Member for Transport", "Owen Lloyd"),
    (r"\b[Cc]hair of [Ss]crutiny\b|\bscrutiny chair\b", "Naomi Kessler"),
]
SHORT = {"Dominic Farr": ["Dom"], "Susan Preece": ["Sue"]}


def name_tokens(cfg):
    handles = {}
    for h, n in cfg["people"]["handles"].items():
        handles.setdefault(n, []).append(h)
    out = {}
    for n in cfg["people"]["councillors"]:
        first, last = n.split(" ", 1)
        toks = [n, first, last] + SHORT.get(n, [])
        for h in handles.get(n, []):
            toks += [h, h[1:]]
        out[n] = toks
    return out, handles


def named_in(text, toks):
    found = set()
    for n, ts in toks.items():
        for t in ts:
            if re.search(r"(?<![A-Za-z])" + re.escape(t) + r"(?![A-Za-z])", text):
                found.add(n)
                break
    for pat, n in ROLE_WORDS:
        if re.search(pat, text):
            found.add(n)
    return found


def excluded(row, toks):
    text = row["text"]
    ex = set(named_in(text, toks))
    for pat, party in PARTY_WORDS:
        if re.search(pat, text):
            ex.update(PARTY[party])
    if re.search(r"\bcabinet\b|\badministration\b", text, re.I):
        ex.update(CABINET)
    ex.update(row.get("notby", []))
    return ex


def weekdays():
    d = datetime.date(2026, 1, 5)
    out = []
    while d <= datetime.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamp(rng, day):
    t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                          tzinfo=datetime.timezone.utc)
    return t.isoformat()


def pick_platform(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[42, 33, 25])[0]


def build():
    cfg = load_council()
    toks, handles = name_tokens(cfg)
    handle_of = {n: hs[0] for n, hs in handles.items()}
    councillors = cfg["people"]["councillors"]
    rng = random.Random(SEED)
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in ROWS}
    rows = []
    for r in ROWS:
        r = dict(r)
        if r.get("pin"):
            r["author"] = r["pin"]
        else:
            ex = excluded(r, toks)
            pool = [c for c in councillors if c not in ex]
            if r.get("only"):
                pool = [c for c in pool if c in PARTY[r["only"]]]
            r["author"] = handle_of[rng.choice(pool)]
        r["platform"] = r.get("plat") or pick_platform(rng, r["text"])
        day = datetime.date.fromisoformat(r["date"]) if r.get("date") else rng.choice(days)
        r["created_at"] = stamp(rng, day)
        rows.append(r)
    done = {r["key"]: r for r in rows}
    for okey, kind, word in VARIANTS:
        o = done[okey]
        if kind == "caps":
            text = caps(o["text"])
            allowed = o["allowed"] + [HA]
        else:
            text = re.sub(re.escape(word), lambda m: obscure(m.group(0), kind), o["text"], flags=re.I)
            allowed = list(o["allowed"])
        assert text != o["text"], (okey, kind)
        vkey = "V-%s-%s" % (FAMCODE[o["family"]], kind)
        what = "ALL CAPS, handles kept; haste allowed" if kind == "caps" else "'%s' -> '%s'" % (
            word, obscure(word, kind).replace("\u200b", "<U+200B>"))
        tag = ""
        m = re.match(r"(\[[^\]]+\])", o["note"])
        if m:
            tag = m.group(1) + " "
        rows.append(dict(key=vkey, family=o["family"], kind_of_row="variant", text=text,
                         rules=list(o["rules"]), allowed=allowed, verdict=o["verdict"],
                         note="%s%s variant of {%s}: %s." % (tag, kind, okey, what),
                         author=o["author"], platform=o["platform"],
                         created_at=stamp(rng, rng.choice(days)), variant_of=okey,
                         variant_kind=kind))
    rng.shuffle(rows)
    ids = {r["key"]: "%s-%04d" % (PREFIX, i + 1) for i, r in enumerate(rows)}

    def cite(note):
        return re.sub(r"\{([A-Za-z0-9_-]+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for r in rows:
        obj = {
            "id": ids[r["key"]], "text": r["text"], "author": r["author"],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": cite(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
    print("wrote posts.jsonl: %d rows" % len(ids))
