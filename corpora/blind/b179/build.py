#!/usr/bin/env python3
"""Build posts.jsonl for blind set b179 (single-post abuse set).

Every text below was written by hand for this set. The script reads the
roster from council.toml, picks authors (never a councillor the post names,
never a member of a party the post names; pinned rows excepted), platforms
and timestamps with a fixed seed, makes the obfuscated variants, shuffles and
gives ids B179-0001 onwards. Notes cite rows by {key}; the script turns keys
into ids. Running it again writes the same posts.jsonl byte for byte.

    python build.py          # writes posts.jsonl
    python build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SEED = 17900
PREFIX = "B179"
TZ = ZoneInfo("Europe/London")
START, END = dt.date(2026, 2, 2), dt.date(2026, 4, 24)

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
PD = "predetermination.closed-mind"
DP = "data-protection.personal-data"
IA = "position.improper-advantage"
GH = "gifts.hospitality"
HA = "haste.pause-before-posting"
IN = "interests.declared-interest"
CI = "confidentiality.insider-advantage"

# Extra ways a councillor is named: short names and role words (regexes).
EXTRA_NAMES = {
    "Gillian Scrimshaw": [r"gill", r"(?:the|council) leader(?! of the opposition)", r"leader of the council"],
    "Trevor Odling": [r"trev", r"deputy leader", r"cabinet member for finance"],
    "Maureen Dring": [r"cabinet member for (?:coastal economy|tourism)", r"tourism portfolio"],
    "Colin Frisby": [r"cabinet member for housing"],
    "Kerry Haxby": [r"cabinet member for communities", r"communities portfolio"],
    "Stuart Cammack": [r"stu", r"chair(?:man)? of planning"],
    "Brenda Epton": [r"the chairman(?! of)", r"chairman of the council"],
    "Arnold Tuxworth": [r"arnie"],
    "Ashley Pell": [r"ash"],
    "Ruth Brackenbury": [r"leader of the opposition"],
    "Tomas Jankauskas": [r"chair of (?:overview and )?scrutiny"],
    "Vincent Ho": [r"vince"],
    "Neville Bratley": [r"nev"],
    "Derek Sowerby": [r"chair of the (?:gullsby )?pier trust"],
}
PARTY_WORDS = {
    "Seabank Party": [r"seabank"],
    "Coast Progressives": [r"progressives?"],
    "Wold Greens": [r"wold greens?", r"the greens", r"green group"],
    "Marsh Independents": [r"marsh independents?"],
    "Ratepayers' League": [r"ratepayers'?"],
}


def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    people = cfg["people"]
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#[^()\n]*\(([^)]+)\)', raw, re.M):
        party[m.group(1)] = m.group(2)
    handle = {}
    for h, name in people["handles"].items():
        if name in people["councillors"] and name not in handle:
            handle[name] = h
    return people["councillors"], party, handle


def word_re(w):
    return re.compile(r"(?<![\w@])" + w + r"(?!\w)", re.I)


def named_councillors(text, councillors, handle):
    out = set()
    for name in councillors:
        first, last = name.split()[0], name.split()[-1]
        pats = [re.escape(name), re.escape(first), re.escape(last)] + EXTRA_NAMES.get(name, [])
        if any(word_re(p).search(text) for p in pats):
            out.add(name)
        elif re.search(re.escape(handle[name]) + r"(?!\w)", text, re.I):
            out.add(name)
    return out


def named_parties(text):
    return {p for p, ws in PARTY_WORDS.items() if any(word_re(w).search(text) for w in ws)}


ROWS = []


def P(key, fam, text, rules, allowed, verdict, note, author=None, date=None):
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text, rules=rules,
                     allowed=allowed, verdict=verdict, note=note, author=author, date=date))


def H(key, grp, text, allowed, note, author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=allowed, verdict="ok", note=f"{grp}: {note}",
                     author=author, date=date))



# ---------------------------------------------------------------------------
# respect.personal-attack: 34 originals (31 review, 3 block). No swearing.
# ---------------------------------------------------------------------------
P("pa01", PA, "Four years Ruth Brackenbury has sat for Gullsby Central and I still couldn't tell you one thing she stands for. A weathervane in a rosette. Gullsby deserves better than her.",
  [PA], [], "review", "Contempt for the person (a weathervane in a rosette), not for a policy; no swearing. HN6 {h6_04} criticises her attendance on the record.")
P("pa02", PA, "Putting @CllrCammack in charge of planning is like letting a tup run Kelderby Mart. Bleats a lot, follows whoever's in front and panics the minute somebody opens a gate. 🐑",
  [PA], [], "review", "Extended farmyard ridicule of the chair of planning as a person (a tup is a ram). HN6 {h6_02} sets out his planning record instead.")
P("pa03", PA, "Huge congratulations to @TrevOdling for finally locating the calculator 👏👏 Only took him three budgets and a £2.3m hole. Genius. Absolute genius.",
  [PA, IR], [], "review", "Mock congratulation that ridicules the person; irony expected. HN6 {h6_12} makes the reserves point without the sneer.")
P("pa04", PA, "I've seen more backbone in the jellyfish washed up on Marram beach than in Colin Frisby. Coastline say jump, he asks how high and whether they'd like a cuppa after.",
  [PA], [], "review", "Spinelessness jibe at a named cabinet member; no swearing. Zero-width variant {v_pa04}.")
P("pa05", PA, "Our Chief Executive is an overpaid empty suit who couldn't organise a raffle at the Swallowby sheep fair. £160k a year for that. Time he went.",
  [PA, OF], [], "review", "Personal attack on an officer by role, so officers expected. HN1 {h1_22} criticises the restructure without attacking a person.")
P("pa06", PA, "Wayne Wrisdale: big van, big gob, small brain. That's the whole Ratepayers' League summed up in one bloke.",
  [PA], [], "review", "Insult at a named councillor ('small brain', 'big gob') that spills onto his party. HN6 {h6_05} costs his motion instead.")
P("pa07", PA, "Stop sulking, @JamieOldroydGreen. You've been mardy since the vote went against you and it's embarrassing. Answer the question or sit down.",
  [PA], [], "review", "Belittling a named councillor as sulky and 'mardy' (Lincolnshire/Midlands for sulky); nothing about his being trans. HN5 {h5_17} uses 'mardier' of the writer. Caps variant {v_pa07}.")
P("pa08", PA, "Thanks to everyone who came out to the Fleetby drainage drop-in, cracking turnout and some really useful points about the pumping station and the outfall 👍 Shame the local Marsh Independents councillor couldn't be bothered to show his face, but then Neville Bratley has never let the people of Fleetby get in the way of an afternoon kip. Next session 14th, Methodist hall.",
  [PA], [], "review", "An otherwise civil notice with a personal jibe buried in the middle (idle, puts his nap before residents). HN6 {h6_08} questions his votes without the jibe.")
P("pa09", PA, "Sheila Hutson lectures the rest of us about carbon every meeting, then drives her Volvo four hundred yards from her front door to the Corn Exchange. Sanctimonious hypocrite.",
  [PA], [], "review", "Name-calling ('sanctimonious hypocrite') on top of a personal-conduct jibe. HN6 {h6_09} disagrees with her amendment on the record.")
P("pa10", PA, "Genuine question: is Carol Pinder actually thick, or does she just pretend so nobody asks her to read anything? Asking for the whole of Swallowby.",
  [PA], [], "review", "Insult dressed as a question. HN6 {h6_13} criticises her record on the regeneration board.")
P("pa11", PA, "The Senior Planning Officer is either incompetent or asleep at his desk. Either way he shouldn't be let anywhere near another report.",
  [PA, OF], [], "review", "Personal attack on an officer by role; officers expected. Compare {df19}, which alleges he is in a developer's pocket.")
P("pa12", PA, "Oh look, Gillian Scrimshaw has discovered the coast. Must be an election coming 🙄 She's even brought wellies. Pity she didn't bring a brain.",
  [PA], [IR], "review", "Sarcastic opening ending in a plain insult ('didn't bring a brain'); irony allowed. HN6 {h6_03} makes the lifeguard point on the record.")
P("pa13", PA, "Kerry Haxby is a nasty piece of work. All smiles in the chamber, then off to the Gullsby Facebook groups to knife you the minute your back's turned.",
  [PA], [BI], "review", "Character attack; 'knife you' is figurative back-stabbing, so bullying only allowed. Homoglyph variant {v_pa13}.")
P("pa14", PA, "@JanetLeggate you are a disgrace to the Marsh and an embarrassment to that chamber. Nobody out here believes a word you say anymore.",
  [PA], [DF], "review", "'A disgrace' aimed at the person; 'nobody believes a word you say' hints at dishonesty, so defamation allowed.")
P("pa15", PA, "Honestly Maureen, you're a clown. Proper seaside one, red nose, big shoes, the lot. Except the ones on Gullsby pier are funny on purpose.",
  [PA], [], "review", "Name-calling at a named cabinet member by first name. Asterisk variant {v_pa15}. HN5 {h5_10} teases a colleague's tie.")
P("pa16", PA, "That woman from the Save Marram Dunes group is a crank and a busybody with far too much time on her hands. Don't engage, folks, it only encourages her.",
  [PA], [], "review", "Personal attack on an identifiable member of the public (the campaign group's spokeswoman), not a councillor.")
P("pa17", PA, "Tomas Jankauskas is a worthless, gutless waste of a seat and the sooner he crawls back under whichever stone he came out from, the better for Kelderby.",
  [PA], [EQ], "block", "Severe personal attack (worthless, crawl back under a stone): block. He is Lithuanian-born, so 'whichever stone he came out from' could be heard as about origin: equality allowed. Compare {eq02}, which is about origin outright.")
P("pa18", PA, "Everyone up on the Wolds knows what Arnold Tuxworth is: a cold, spiteful, vicious old man who'd sell his own mother for a committee seat. Not one person will miss him when he's gone.",
  [PA], [EQ, BI], "block", "Severe character assassination: block. 'Old man' and 'when he's gone' (he is 84) allow equality and bullying. Compare {eq21}, which attacks his age itself.")
P("pa19", PA, "Nice to see the Chairman enjoying the civic reception again. Shame she's as much use as a chocolate fireguard the other 364 days of the year.",
  [PA], [IR], "review", "Insult at the Chairman of the Council by role; irony allowed for 'Nice to see'. HN6 {h6_11} questions her hospitality budget instead.")
P("pa20", PA, "@LeviBoswellMarsh you're a bully and a blowhard. Shouting louder in the chamber doesn't make you right, it just makes you look like what you are.",
  [PA], [], "review", "Name-calling at a named councillor; nothing about his being Romany, so no equality.")
P("pa21", PA, "Beverley Skipworth has single-handedly wrecked the planning department. Arrogant, rude and clueless. Ask any agent in the district who's had to deal with her.",
  [PA, OF], [], "review", "Personal attack on a named officer (Head of Planning); officers expected.")
P("pa22", PA, "@AshPellCP is a spoilt little boy playing at politics. Go back to uni and let the grown-ups get on with it, son.",
  [PA], [EQ], "review", "Belittling a named councillor; 'little boy', 'son' lean on his youth, so equality (age) allowed. {eq23} attacks his age outright; HN3 {h3_13} defends it.")
P("pa23", PA, "Whatever happened to Derek Sowerby? Oh aye, he turned into a pompous windbag who thinks being chair of the Pier Trust makes him lord of the manor.",
  [PA], [], "review", "Name-calling ('pompous windbag'); nothing about his sight.")
P("pa24", PA, "Some people are born useless, some achieve uselessness, and some have it thrust upon them by the good people of Swallowby. Take a bow, Anil Mistry. 👏",
  [PA, IR], [], "review", "Mock tribute (a twist on Twelfth Night) that calls a named councillor useless; irony expected.")
P("pa25", PA, "Vincent Ho is smug, lazy and completely out of his depth, and the Progressives know it.",
  [PA], [], "review", "Plain insult at a named councillor; nothing about origin. HN6 {h6_17} questions his silence on the working group.")
P("pa26", PA, "The Leader's a coward. Frit of her backbenchers, frit of the Standard, frit of the public gallery. Probably frit of her own shadow.",
  [PA], [], "review", "'Coward' and 'frit' (Lincolnshire for frightened) at the Leader by role. HN5 {h5_19} uses 'frit' in a friendly dare. Spaced variant {v_pa26}.")
P("pa27", PA, "The Standard's so-called political editor is a sneering little hack who wouldn't recognise a fact if it bit him on the backside.",
  [PA], [], "review", "Attack on an identifiable journalist by role. HN1 {h1_12} criticises the paper's coverage instead.")
P("pa28", PA, "If smugness were a qualification @GraceAdeyemiCP would have a doctorate. Every time she opens her mouth in that chamber I lose the will.",
  [PA], [], "review", "Sneer at a named councillor; nothing about race. {eq10} is the racist attack on her.")
P("pa29", PA, "Our Monitoring Officer is the nodding dog in the back window of the Leader's car. Yes Leader, no Leader, whatever you say Leader. A joke of an appointment.",
  [PA, OF], [], "review", "Ridicule of an officer by role and a charge of partiality; officers expected.")
P("pa30", PA, "@NevBratley you pillock, you voted FOR it! Now you're on Facebook crying about it? Unbelievable.",
  [PA], [AL], "review", "'Pillock' is a mild insult, not obscene: personal-attack expected, abusive only allowed. HN6 {h6_08} makes the same voting point civilly.")
P("pa31", PA, "Graham Motley is a miserable, bitter old sourpuss who hasn't had a good word for anyone since 1987.",
  [PA], [EQ], "review", "Insult at a named councillor; 'old' allows equality (age). Nothing about his PTSD.")
P("pa32", PA, "Simon Lazarus is a weasel. Says one thing on the Kelderby Facebook page and votes the opposite way in committee.",
  [PA], [DF], "review", "Animal name-calling plus a charge of duplicity; defamation allowed. Digit variant {v_pa32}. Compare {eq08}, the antisemitic trope about him.")
P("pa33", PA, "Farida Choudhury is a vile, venomous woman and every decent person in this district should cross the road when they see her coming.",
  [PA], [BI, EQ], "block", "Severe personal attack calling for her to be shunned: block. Bullying allowed (an organised cold shoulder); equality allowed as she is a visibly Muslim woman, though the text names neither.")
P("pa34", PA, "The Cabinet Member for Housing has the morals of a seagull and the work ethic of a deckchair. Coastline tenants deserve better than that man.",
  [PA], [], "review", "Insult at a cabinet member by role, in seaside terms. HN6 {h6_15} corrects his housing figures.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 34 originals (31 review, 3 block).
# ---------------------------------------------------------------------------
P("al01", AL, "The new parking app is absolute shite. Took me 20 minutes to pay for an hour on Kelderby market place and then it charged me twice.",
  [AL], [], "review", "Obscenity at an app, not a person. HN1 {h1_02} makes the same complaint without it.")
P("al02", AL, "Whoever signed off the new bollards on Gullsby front wants their arse kicking from here to Marram. Three cars written off in a fortnight.",
  [AL], [PA, BI, OF], "review", "Crude idiom at 'whoever' (an unnamed officer or member): personal-attack, officers and bullying allowed; the kicking is figurative.")
P("al03", AL, "@WayneWrisdale you absolute tosser. Read the report before you start gobbing off on Facebook.",
  [AL, PA], [], "review", "Obscene insult at a named councillor. Asterisk variant {v_al03}.")
P("al04", AL, "Bracken Waste have made a right pig's ear of the bins AGAIN. Three weeks no collection in Fleetby, gulls ripping the bags open, and their depot won't pick up the phone. Fucking shambles.",
  [AL], [PA], "review", "Obscenity at a contractor's service; personal-attack allowed for the company. HN1 {h1_04} is the clean version. Caps variant {v_al04}.")
P("al05", AL, "What a load of bollocks from @TrevOdling on the reserves. There's no 'prudent buffer', there's a hole, and he knows it.",
  [AL], [PA, DF], "review", "Obscenity at what a named councillor said: personal-attack only allowed; 'he knows it' hints at dishonesty, defamation allowed. Zero-width variant {v_al05}.")
P("al06", AL, "Stuart Cammack is a pompous prick and always has been.",
  [AL, PA], [], "review", "Obscene insult at a named councillor.")
P("al07", AL, "Colin Frisby is a lying cunt and every family on the Coastline waiting list knows it.",
  [AL, PA, DF], [], "block", "The c-word at a named councillor, plus 'lying': block; defamation expected for the charge of lying.")
P("al08", AL, "Seabank councillors are scum. Absolute scum. Hope every last one of the bastards loses their seat in May.",
  [AL], [PA], "block", "Severely toxic ('scum', 'bastards') at a party's members as a body: block; personal-attack allowed for a party. Hoping they lose an election is not a threat.")
P("al09", AL, "This budget is a steaming pile of crap and the cabinet knows it.",
  [AL], [PA], "review", "Obscenity at a budget; the cabinet as a body only allowed personal-attack. HN1 {h1_03} calls the budget 'a con' without obscenity.")
P("al10", AL, "Piss-poor consultation on the Marram chalets. Six days' notice, one meeting in a room with no heating and no microphone. Do better.",
  [AL], [], "review", "The mildest row: 'piss-poor' is vulgar but aimed at a consultation. HN1 {h1_11} says 'sham' without it.")
P("al11", AL, "WTAF is this? New 'Welcome to Gullsby' sign cost £38k and it's spelt GULSBY. You couldn't make this shit up 🤦",
  [AL], [], "review", "Obscenity (WTAF, 'shit') at a sign; no target person.")
P("al12", AL, "@SheilaHutsonGreen stop talking shite about the solar farm. Nobody up on the Wolds wants the bloody thing.",
  [AL], [PA], "review", "Obscenity at what a named councillor says: personal-attack only allowed. Digit variant {v_al12}.")
P("al13", AL, "Ratepayers' League are a bunch of gobshite wannabes with a Facebook page and a grudge against everyone.",
  [AL], [PA], "review", "Obscene insult at a party; personal-attack allowed. HN1 {h1_09} mocks the same party's manifesto cleanly.")
P("al14", AL, "Absolute bellend behaviour from the Leader this afternoon, walked out of the chamber halfway through a question like a toddler who's dropped her ice cream.",
  [AL, PA], [], "review", "'Bellend' at the Leader's conduct, by role: both expected.")
P("al15", AL, "Dear Kelderby Standard: your front page this week is fit for one thing and it involves the downstairs loo. Arse-wipe journalism.",
  [AL], [PA], "review", "Crude insult at a newspaper; personal-attack allowed.")
P("al16", AL, "@LiamCoddRL mate, you're a knobhead. A well-meaning knobhead, but a knobhead.",
  [AL, PA], [], "review", "Obscene insult at a named councillor, half-affectionate but public. Homoglyph variant {v_al16}.")
P("al17", AL, "the state of the causey on Fleetby Road is fucking dangerous, my mam went over on it tuesday and nobody from highways has even rung her back",
  [AL], [], "review", "Obscenity at a pavement ('causey', Lincolnshire for pavement).")
P("al18", AL, "Dunelands extension is a shitshow. 400 more statics on grazing marsh in a flood zone? Are Sandpiper off their bloody heads?",
  [AL], [PA, PD], "review", "Obscenity at a pending application and its applicant: personal-attack allowed for the company, predetermination allowed. HN1 {h1_01} keeps an open mind on the same scheme.")
P("al19", AL, "Gillian Scrimshaw, you utter twat. You've just cost Marram Sands its lifeguards for the summer.",
  [AL, PA], [], "review", "Obscene insult at a named councillor. Spaced variant {v_al19}. HN1 {h1_15} attacks the same cut cleanly.")
P("al20", AL, "These bus timetable changes are utter crap. The 07:10 from Crowholme now gets into Kelderby AFTER the schools start. Who signs this shit off??",
  [AL], [PA], "review", "Obscenity at a timetable; 'who signs this off' allows personal-attack. HN1 {h1_08} is the clean version.")
P("al21", AL, "Told the Chief Exec to his face that the Coastal Services restructure is a load of old shite. He didn't like it. Tough.",
  [AL], [OF, PA], "review", "Obscenity at a restructure, told to an officer: officers and personal-attack allowed.")
P("al22", AL, "@MaureenDringSB what a pile of wank that tourism strategy is. Did you write it on the back of a chip paper on the front?",
  [AL], [PA], "review", "Obscenity at a strategy with a jab at its author: personal-attack allowed.")
P("al23", AL, "They can stick their 'Coastal Vision 2040' up their arse. We want the toilets on the front open, not glossy brochures.",
  [AL], [PA], "review", "Crude at a strategy and 'they' (the administration): personal-attack allowed. HN1 {h1_07} says 'glossy nothing' without it.")
P("al24", AL, "Trevor Odling is a nasty, slimy, lying little shit and I hope he chokes on his expenses.",
  [AL, PA, DF], [BI], "block", "Severe obscene abuse of a named councillor: block. 'Lying' expects defamation; wishing he chokes allows bullying.")
P("al25", AL, "Jeez, the state of this agenda pack. 612 pages and the bloody index is wrong from page 40. Who the hell proof-reads this crap?",
  [AL], [OF, PA], "review", "Mild ('bloody', 'hell', 'crap') at an agenda pack; 'who proof-reads' points at unnamed officers, so officers and personal-attack allowed. HN4 {h4_12} is a cheerful post about the same pack.")
P("al26", AL, "Shove your 'consultation' where the sun don't shine, Seabank. The Kelderby market stalls are staying in the market place.",
  [AL], [PA], "review", "A crude euphemism with no swear word, at a party: abusive expected (judgement call), personal-attack allowed.")
P("al27", AL, "Dear Sandpiper Leisure: putting pitch fees up 30% on pensioners in park homes is a proper bastard move. Shame on the lot of you.",
  [AL], [PA], "review", "Obscenity at a company's decision; personal-attack allowed. HN1 {h1_13} says 'shamefully' without it.")
P("al28", AL, "Fuck me, the sea wall repairs are finally signed off! Only took six years and two storms. Well done all 😂",
  [AL], [IR], "review", "Obscenity as an exclamation in a mostly glad post: still abusive language; 'Well done all' may read as sarcastic, irony allowed. HN1 {h1_16} is the angry clean version.")
P("al29", AL, "Some absolute wankers have dumped a whole kitchen in the layby on the Crowholme road. Again. If you know who, report them.",
  [AL], [PA], "review", "Obscenity at unknown fly-tippers; personal-attack allowed.")
P("al30", AL, "@ColinFrisbySB cheers for nothing you useless arsehole. Mrs D in Kelderby South has been in a damp flat for two years and you haven't even replied.",
  [AL, PA], [], "review", "Obscene insult at a named cabinet member in a casework complaint. HN6 {h6_15} criticises his housing figures.")
P("al31", AL, "Whoever keyed the cars outside the chippy on the prom last night: you are a sad little prick. Police have the CCTV.",
  [AL], [PA], "review", "Obscenity at an unknown vandal ('whoever'): personal-attack allowed.")
P("al32", AL, "The new one-way system in Swallowby is a total clusterfuck. Lorries stuck on the corner by the Buttercross every market day.",
  [AL], [], "review", "Obscenity at a road scheme. HN1 {h1_17} calls the same scheme 'a dog's breakfast'.")
P("al33", AL, "@RuthBrackenbury hun, with the greatest respect, your motion was shit. Well-meaning, but shit.",
  [AL], [PA], "review", "Obscenity at a motion, addressed to its mover: personal-attack allowed.")
P("al34", AL, "Spare us the bullshit about pharmacy closures, @AnilMistrySB. You voted for the cuts in February.",
  [AL], [PA], "review", "Obscenity at what a named councillor says: personal-attack only allowed. {df26} calls him a liar outright.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 34 originals, all block
# (8 [explicit], 15 [veiled], 11 [pressure]).
# ---------------------------------------------------------------------------
P("bi01", BI, "If Stuart Cammack votes that caravan park through, I'll be waiting for him in the Corn Exchange car park and he won't be driving home.",
  [BI], [PA, PD], "block", "[explicit] A threat of violence tied to a vote on a pending application; predetermination allowed.")
P("bi02", BI, "Somebody needs to give @WayneWrisdale a proper kicking. I'd volunteer, me.",
  [BI], [PA], "block", "[explicit] Incitement to assault with the writer volunteering. Asterisk variant {v_bi02}. HN5 {h5_03} has 'battered 5-0'.")
P("bi03", BI, "Next time Ruth Brackenbury sticks her nose into Marsh business she'll get it broken. Not a figure of speech.",
  [BI], [PA], "block", "[explicit] A threat of injury, with the figurative reading ruled out by the writer.")
P("bi04", BI, "To whichever planning officer wrote the Dunelands report: I know your car, I know where you park it and I know what time you leave. Change the recommendation.",
  [BI, OF], [PA, PD], "block", "[explicit] Surveillance-style threat to make an officer change advice: officers expected, predetermination allowed. Compare {bi27}.")
P("bi05", BI, "Anyone who complains about my page to the Monitoring Officer had better be ready for a visit. And no, I don't mean from me in my council hat.",
  [BI], [], "block", "[veiled] A veiled threat to would-be complainants (code 2.1 and 8.3). HN2 {h2_20} reports a threat instead of making one.")
P("bi06", BI, "Vincent Ho wants to watch himself on the prom after dark. Accidents happen on them steps down to the beach.",
  [BI], [PA], "block", "[veiled] 'Accidents happen' as a threat to a named councillor. Spaced variant {v_bi06}.")
P("bi07", BI, "I will personally make sure Colin Frisby never sets foot in the Trawlermen's Club again without getting a smack in the mouth.",
  [BI], [PA], "block", "[explicit] A plain threat of assault. Digit variant {v_bi07}.")
P("bi08", BI, "Say that to my face in the Jolly Marshman, @LeviBoswellMarsh, and see what happens. Bring your cousins. You'll need them.",
  [BI], [PA, EQ], "block", "[explicit] A challenge to a fight. 'Bring your cousins' may be a dig at a Romany family, so equality allowed.")
P("bi09", BI, "If Owen Tennant recommends the Crowholme quarry extension he'd better not show his face in Crowholme again. Folk are angry and I won't be the one stopping them.",
  [BI, OF], [PA, PD], "block", "[veiled] A named officer is warned off his recommendation with a hint of mob harm: officers expected, predetermination allowed.")
P("bi10", BI, "Burn the lot of them out. Start with Odling's place out at Swallowby, he won't be hard to find.",
  [BI], [PA, DP], "block", "[explicit] Incitement to arson at a named councillor's home; data protection allowed for pointing at where he lives.")
P("bi11", BI, "Lovely house you've got on Wold View Road, @GillScrimshaw. Be a shame if the Marram lot found out which one it was.",
  [BI], [PA, DP], "block", "[veiled] Naming the Leader's home street with a mock-polite threat; data protection allowed.")
P("bi12", BI, "Funny how quickly tyres go flat round Swallowby when folk vote the wrong way. Just saying, Carol.",
  [BI], [PA], "block", "[veiled] Threat of damage linked to how a named councillor votes. Zero-width variant {v_bi12}.")
P("bi13", BI, "Trevor, your grandkids go to Swallowby Primary, don't they? Lovely school. Big playground. Right on the main road.",
  [BI], [PA, DP], "block", "[veiled] Menace through a councillor's grandchildren and their school; data protection allowed (children).")
P("bi14", BI, "I'd keep my head down if I were @JamieOldroydGreen. Not everyone in Kelderby is as open-minded as me.",
  [BI], [PA, EQ], "block", "[veiled] A warning that others may harm a trans councillor; equality allowed for the undertone. HN4 {h4_02} is Jamie's own TDoV post.")
P("bi15", BI, "Enjoy your walks along the sea bank while you still can, Sheila. Gets very lonely out there after dark.",
  [BI], [PA], "block", "[veiled] 'While you still can' plus isolation: a threat by implication.")
P("bi17", BI, "There's a lot of deep water in the marsh drains, @JanetLeggate. I'd be careful where I walked that dog of yours.",
  [BI], [PA], "block", "[veiled] Drowning hinted at through marsh drains and her dog. HN5 {h5_01} is a blocked dyke notice.")
P("bi18", BI, "To whoever leaked the Pier Trust minutes: I will find out who you are, and when I do you'll wish you'd never been born.",
  [BI], [PA, OF], "block", "[explicit] A direct threat to an unknown leaker (possibly staff, so officers allowed).")
P("bi19", BI, "Nice shop you've got there, Anil. Shame about all them windows getting put in round Swallowby lately.",
  [BI], [PA, EQ], "block", "[veiled] The protection-racket line at a named councillor's family pharmacy; equality allowed for the shopkeeper undertone.")
P("bi20", BI, "Long memory, me. And I know people on both sides of the Kelderby road. Think on, Tomas.",
  [BI], [PA], "block", "[veiled] 'Think on' (Northern and Lincolnshire: mind what I say) after a hint of connections. Homoglyph variant {v_bi20}.")
P("bi21", BI, "The ringleader of the Dunelands objectors lives at the end of Saltings Lane in Marram. Just so everyone knows. 👀",
  [BI], [PA, DP, PD], "block", "[veiled] Pointing followers at a private campaigner's street: intimidation of an objector; data protection and predetermination allowed.")
P("bi22", BI, "Bit of friendly advice for the new lad on the Progressives' bench: keep quiet, keep your head down, and nobody gets hurt. 🤐",
  [BI], [PA, EQ], "block", "[veiled] 'Nobody gets hurt' at an identifiable new, young member; equality (age) allowed.")
P("bi23", BI, "Brenda, you rule me out of order one more time and we'll be having a very different sort of conversation in the car park.",
  [BI], [PA], "block", "[veiled] A car-park threat to the Chairman over her rulings.")
P("bi24", BI, "Message for the Ratepayers: vote against the beach hut charges on Thursday and you can forget any of your ward schemes getting a penny from the Coastal Fund this year. I sign those off. Your choice.",
  [BI], [IA], "block", "[pressure] Coercing a group's vote with ward money the writer controls; improper advantage allowed. Caps variant {v_bi24}.", author="Maureen Dring")
P("bi25", BI, "@GrahamMotleyInd withdraw your complaint about me by Friday or I make sure the whole district knows exactly why you left the RAF.",
  [BI], [PA, DP, EQ], "block", "[pressure] Blackmail to make a complainant withdraw, using his health history (PTSD): data protection and equality allowed. HN4 {h4_11} is his own Time to Talk post.")
P("bi26", BI, "To the residents at Dunelands who've been complaining to Environmental Health about me: I sit on the licensing sub-committee. Remember that when your site licence comes up.",
  [BI], [IA], "block", "[pressure] Threatening complainants with the writer's licensing role; improper advantage allowed.")
P("bi27", BI, "Note for officers: I've got a very long list of who wrote what in the Dunelands report. Careers in this authority get made and broken by members. Recommend refusal.",
  [BI, OF], [PD], "block", "[pressure] Career threat to officers to change a recommendation: officers expected, predetermination allowed.")
P("bi28", BI, "Calling on everyone in Gullsby to turn up at Derek Sowerby's surgery on Saturday and let him know exactly what you think. Fill the room. Make him feel it.",
  [BI], [PA], "block", "[pressure] Organising a crowd to intimidate a named councillor at his surgery.")
P("bi29", BI, "To whoever gave evidence against me to the standards panel: I know it's one of three of you. Think very carefully before Thursday's hearing.",
  [BI], [], "block", "[veiled] Witness intimidation before a standards hearing (code 8.3).")
P("bi30", BI, "Kerry, if you don't back me at group on Monday, the whips will hear exactly how long you were 'off sick' last year and why. Your call.",
  [BI], [PA, DP], "block", "[pressure] Blackmail over a colleague's sickness record; data protection allowed.", author="Colin Frisby")
P("bi31", BI, "Every time Liam Codd stands up to speak at full council I want the gallery laughing. Every single time. Let's see how long he lasts.",
  [BI], [PA], "block", "[pressure] An organised humiliation campaign to drive a named councillor out. HN4 {h4_12} is Liam on his ADHD.")
P("bi32", BI, "A word for the Standard reporter who keeps ringing my wife: I'm on the panel that awards the council's public notices contract. Keep it up, duck.",
  [BI], [IA], "block", "[pressure] Threatening a newspaper's council contract to stop a reporter; improper advantage allowed. 'Duck' is Lincolnshire and East Midlands for love.", author="Trevor Odling")
P("bi33", BI, "Staff at Gullsby leisure centre who signed that letter about me: I've got your names in front of me and the restructure papers next to them. Draw your own conclusions.",
  [BI, OF], [IA], "block", "[pressure] Threatening council staff's jobs over a complaint: officers expected, improper advantage allowed.", author="Kerry Haxby")
P("bi34", BI, "Share this photo of Cllr Pell asleep in full council as far as it'll go. Let's make him a meme till he quits 😂😂",
  [BI], [PA], "block", "[pressure] A public humiliation campaign with the aim of making him quit.")
P("bi35", BI, "Tenants at Coastline who've been slagging me off in the residents' group: I sit on the nominations panel. I know who you are.",
  [BI], [IA], "block", "[pressure] Tenants' housing linked to criticism of the writer; improper advantage allowed.")

# ---------------------------------------------------------------------------
# equality.discrimination: 34 originals, all block (20 [explicit], 14 [coded]).
# ---------------------------------------------------------------------------
P("eq02", EQ, "Tomas Jankauskas should go back to packing carrots. He's not one of us and he never will be. Kelderby needs Kelderby-born councillors.",
  [EQ, PA], [], "block", "[explicit; race] Excludes a Lithuanian-born councillor for his national origin. HN4 {h4_07} is Tomas on the carrots himself; HN2 {h2_02} condemns 'go back to Lithuania'.")
P("eq03", EQ, "Pikeys are back on the verge by the sea bank. Same every summer: mess everywhere, sheds emptied, and the council does nowt. Lock up.",
  [EQ, AL], [DF], "block", "[explicit; race] Slur for Gypsies and Travellers with the theft trope; abusive expected for the slur, defamation allowed. Asterisk variant {v_eq03}.")
P("eq04", EQ, "Levi Boswell on the licensing committee? Fox, meet henhouse. We all know how his lot treat horses, verges and other people's property.",
  [EQ, PA], [DF], "block", "[coded; race] 'His lot' about a Romany councillor, with the horses and property tropes; no group word. HN2 {h2_16} is Levi on Roma Day.")
P("eq05", EQ, "No more mosques in Kelderby. This is a Christian market town and it's staying that way. Object to the Islamic Centre extension before it's too late.",
  [EQ], [PD], "block", "[explicit; religion or belief] Excluding Muslims from the town; predetermination allowed on the extension. HN3 {h3_01} objects to the same scheme on parking.")
P("eq06", EQ, "Dr Choudhury says she represents 'everyone in Kelderby North'. Everyone? Or just the ones who kneel facing the same direction she does?",
  [EQ, PA], [], "block", "[coded; religion or belief] Prayer direction as code for Muslims; questions a Muslim councillor's loyalty to non-Muslims.")
P("eq07", EQ, "Funny how @DrFaridaC always has a 'prior engagement' when the Chairman's reception has pork pies and a bar. Won't mix, won't integrate, wants to run the place.",
  [EQ, PA], [], "block", "[coded; religion or belief] Pork and alcohol as code for her faith, with the 'won't integrate' trope. HN4 {h4_04} is her Ramadan invitation.")
P("eq08", EQ, "Interesting how Simon Lazarus always seems to know where the money is on these solar farm deals. Runs in the family, I suppose. 💰",
  [EQ, PA], [DF], "block", "[coded; religion or belief] The antisemitic money trope ('runs in the family') at a Jewish councillor; no group word; defamation allowed. HN4 {h4_14} is his Pesach post.")
P("eq09", EQ, "Islam isn't compatible with life on the Lincolnshire coast, and neither are the people who follow it. Said it before, will say it again.",
  [EQ], [], "block", "[explicit; religion or belief] A blanket attack on Muslims. HN3 {h3_11} busts the iftar myth.")
P("eq10", EQ, "@GraceAdeyemiCP go back to Lagos if you don't like the way we do things in Gullsby.",
  [EQ, PA], [], "block", "[explicit; race] 'Go back to' at a Nigerian-born councillor. Zero-width variant {v_eq10}; HN2 {h2_10} condemns abuse of her on the prom.")
P("eq12", EQ, "Five minutes off the plane from Hong Kong and Vincent Ho thinks he can tell Marram what to do with its own beach. Not your country, pal.",
  [EQ, PA], [], "block", "[explicit; race] National origin used to deny him a say. HN4 {h4_06} is his Lunar New Year post.")
P("eq13", EQ, "Lovely to see Cllr Ho at the Lunar New Year do. Made me wonder which country he'll be loyal to when the sea defence contract goes out to tender. 🤔🇨🇳",
  [EQ, PA], [IR, DF], "block", "[coded; race] The dual-loyalty insinuation through a flag emoji at a Hong Kong-born councillor; irony and defamation allowed. HN3 {h3_14} rebuts the 'spy' rumour.", date="2026-02-18")
P("eq14", EQ, "The Esplanade Hotel is full of foreign men who've no business being anywhere near Gullsby's kids. Shut it down and ship them back where they came from.",
  [EQ], [], "block", "[explicit; race] Asylum seekers cast as a danger to children by nationality. HN3 {h3_09} and {h3_18} raise the hotel civilly.")
P("eq15", EQ, "Another 'vulnerable family' checked into the Esplanade this week. Six foot, bearded, twenty-five and very much on his own. Funny sort of family. Mind how you go on the prom, ladies.",
  [EQ], [], "block", "[coded; race] Scare quotes and a warning to women imply the asylum seekers are sexual predators; no group named. HN2 {h2_08} condemns the 'rape hotel' posts.")
P("eq16", EQ, "Derek Sowerby can't see the agenda, never mind read the room. Blind men shouldn't be chairing anything, let alone the Pier Trust.",
  [EQ, PA], [], "block", "[explicit; disability] Says a blind councillor is unfit to chair because he is blind. Spaced variant {v_eq16}. HN4 {h4_01} is Derek testing tactile paving; HN6 {h6_19} criticises his chairing on the record.")
P("eq17", EQ, "Do we really want someone who can't sit still for five minutes and forgets what he said last week scrutinising a £40m budget? Asking for Gullsby, @LiamCoddRL.",
  [EQ, PA], [], "block", "[coded; disability] Mocks the traits of ADHD, which Liam has spoken about ({h4_12}), without naming it.")
P("eq18", EQ, "Graham Motley is a headcase. Everyone up Crowholme knows the RAF binned him for being a nutter. Why is he on scrutiny?",
  [EQ, PA, AL], [DP, DF], "block", "[explicit; disability] Mental-health slurs ('headcase', 'nutter') at a councillor with PTSD; abusive expected for the slurs, data protection and defamation allowed. HN3 {h3_20} defends him.")
P("eq19", EQ, "The lot from the learning disability day centre shouldn't be let loose on the prom in season. It puts visitors off and that's our livelihoods.",
  [EQ], [], "block", "[explicit; disability] Wants people with learning disabilities kept off the seafront. HN2 {h2_09} condemns a slur about the same centre.")
P("eq20", EQ, "The wheelchair brigade want the whole of Marram beach boardwalked now. If you can't walk on sand, the seaside isn't for you. Stay at home.",
  [EQ], [], "block", "[explicit; disability] Tells wheelchair users to stay away. HN3 {h3_06} questions the boardwalk's cost while backing access.")
P("eq21", EQ, "Arnold Tuxworth is eighty-four. EIGHTY-FOUR. He belongs in a care home in Swallowby, not on the planning committee. Senile old fossils out.",
  [EQ, PA], [], "block", "[explicit; age] Unfit because of his age. HN6 {h6_22} questions his 30 years on planning (tenure), HN3 {h3_07} defends him.")
P("eq22", EQ, "Well done to Cllr Tuxworth for staying awake through the whole Dunelands item this afternoon 👏 Has anyone checked he knows which century it is?",
  [EQ, PA, IR], [], "block", "[coded; age] Mock praise about dozing and confusion at an 84-year-old; irony expected. HN4 {h4_09} is his birthday post.")
P("eq23", EQ, "Ash Pell is 21 and still wet behind the ears. Kids shouldn't be councillors. Come back when you've paid a mortgage and a council tax bill, sunshine.",
  [EQ, PA], [], "block", "[explicit; age] Excludes a councillor for youth. HN3 {h3_13} answers it; {pa22} is the lighter 'little boy' jibe.")
P("eq24", EQ, "Kerry Haxby's due in June and wants to stay in the cabinet? Be serious. Pregnant women can't do this job properly and shouldn't pretend they can.",
  [EQ, PA], [], "block", "[explicit; pregnancy and maternity] Says pregnant women cannot do the job. HN4 {h4_08} is Kerry at 28 weeks; HN3 {h3_12} on parental leave.")
P("eq25", EQ, "Hope the Communities portfolio goes to somebody who'll actually be around this summer. We all know Kerry's going to be, erm, otherwise engaged 🍼😴",
  [EQ, PA], [], "block", "[coded; pregnancy and maternity] Her coming maternity leave as a reason to strip her portfolio, said through a baby-bottle emoji.")
P("eq26", EQ, "The problem with this cabinet is too many women. All hormones and hand-wringing. We need men in there who can make a decision.",
  [EQ], [PA], "block", "[explicit; sex] Women as unfit to decide; personal-attack allowed for the cabinet as a body. Caps variant {v_eq26}. HN2 {h2_11} condemns the same line.")
P("eq27", EQ, "Dear Cabinet Member for Tourism: the grown-ups are talking about the sea defences now. Maybe pop the kettle on? ☕",
  [EQ, PA], [IR], "block", "[coded; sex] Sends a woman cabinet member to make the tea; no word for sex in the text.")
P("eq28", EQ, "Ash Pell's 'Pride' stall at the Gullsby carnival was a disgrace. Keep your lifestyle choices away from our kids, thanks.",
  [EQ, PA], [], "block", "[coded; sexual orientation] 'Lifestyle choices' and 'our kids' as the grooming insinuation at a gay councillor. HN4 {h4_03} is Ash's own post.")
P("eq29", EQ, "Janet Leggate and her 'partner' can do what they like behind closed doors, but I don't want a lesbian laying the Marsh wreath on Remembrance Sunday.",
  [EQ, PA], [], "block", "[explicit; sexual orientation] Bars a lesbian councillor from a civic role. Homoglyph variant {v_eq29}. HN2 {h2_15} condemns 'pair of dykes'.")
P("eq30", EQ, "A civil partnership isn't a marriage and it never will be. Janet shouldn't get the spouse's seat at the civic dinner. Proper husbands and wives only.",
  [EQ, PA], [], "block", "[explicit; marriage and civil partnership] Less favourable treatment for being in a civil partnership (some would tag sexual orientation). HN4 {h4_10} is Janet's anniversary; HN3 {h3_15} is the respectful dissent.")
P("eq31", EQ, "Jamie Oldroyd will always be a woman to me, whatever it says on the lanyard. Sorry, 'Cllr' Oldroyd. SHE knows what she is.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Deliberate misgendering of a trans man. HN2 {h2_06} condemns 'it' and 'freak'.")
P("eq32", EQ, "Asked a perfectly simple question at scrutiny today: which changing rooms will Cllr Oldroyd be using at the new leisure centre? Got shouted down. Funny, that. 🤷",
  [EQ, PA], [], "block", "[coded; gender reassignment] Singles out a trans councillor's body under cover of 'a simple question'. HN3 {h3_05} asks the design question respectfully.")
P("eq33", EQ, "Packing plant at Swallowby advertising in three languages and not one of them English. Local jobs for local people, not for whoever's got off the coach from Bucharest this week.",
  [EQ], [], "block", "[coded; race] 'The coach from Bucharest' stands for Romanian workers; the weakest race row. HN3 {h3_04} busts the jobs myth.")
P("eq34", EQ, "Roma Day, is it? Outmarsh Lane's had 'Roma day' every day since they opened that site. Count your spanners. 🔧",
  [EQ], [DF], "block", "[coded; race] The theft trope at the Traveller site on International Roma Day, with no slur. HN2 {h2_16} is the same day from Levi; HN3 {h3_10} on council tax.", date="2026-04-08")
P("eq35", EQ, "Anil Mistry's Holi do on Swallowby green: paint everywhere, music blaring, not an English face in sight. Keep your festivals indoors where they belong.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Tells a Hindu councillor to keep his festival out of sight ('not an English face' also touches race). HN4 {h4_05} is his Holi post.", date="2026-03-05")
P("eq38", EQ, "The pea factory minibus drops another load of Polacks outside the chemist in Kelderby every morning and they stand there smoking and spitting. Lovely welcome for shoppers.",
  [EQ, AL], [], "block", "[explicit; race] Slur for Poles with a contempt picture; abusive expected for the slur. Digit variant {v_eq38}. HN4 {h4_17} is the Polish Saturday school.")

# ---------------------------------------------------------------------------
# defamation.allegation: 34 originals (19 review, 15 block).
# ---------------------------------------------------------------------------
P("df01", DF, "Trevor Odling is a liar. Plain and simple. He stood in Swallowby library and told us it would stay open, and he knew full well it wouldn't.",
  [DF, PA], [], "review", "'Liar' at a named councillor, with the claim he knew: review, no crime alleged. HN6 {h6_01} sets out the same broken promise without the word. Asterisk variant {v_df01}.")
P("df02", DF, "Stuart Cammack took £5,000 from Sandpiper Leisure to wave the Dunelands extension through. I've seen the bank transfer.",
  [DF], [PA, PD], "block", "A specific bribe stated as fact with claimed proof: block; predetermination allowed. Caps variant {v_df02}.")
P("df03", DF, "Funny how a certain cabinet member's son-in-law keeps winning the beach hut maintenance contract. Third year running now. I'm sure it's all completely above board 😉",
  [DF], [PA, IR], "review", "[innuendo] Corruption implied about an identifiable small group (the cabinet) without a name; personal-attack and irony allowed.")
P("df04", DF, "Lee Harrop rigged the beach hut ballot so his own relatives got the front-row huts at Marram. Three of the winners share his surname.",
  [DF, OF], [PA], "block", "Misconduct by a named officer stated as fact: officers expected, block.")
P("df05", DF, "Everyone knows Colin Frisby's bent. Ask anybody who's tried to get a Coastline flat without knowing him first.",
  [DF, PA], [EQ], "review", "'Bent' (corrupt) at a named councillor; equality allowed as the word is also a homophobic slur. Digit variant {v_df05}.")
P("df07", DF, "Ask yourself why the Sandpiper Leisure boss was at the Leader's 60th. Then ask why the council never defended the Sandpiper appeal. I'll leave that there.",
  [DF], [PA, GH], "review", "[innuendo] Two facts set side by side to imply the Leader was bought; gifts allowed for the hospitality hint.")
P("df08", DF, "Gillian Scrimshaw's husband got the £240k seafront shelters contract with no tender, and she sat on the panel that signed it off. That's misconduct in public office.",
  [DF], [PA, IN], "block", "A specific offence (misconduct in public office) stated as fact: block; interests allowed.")
P("df09", DF, "Maureen Dring is a fraud. Claims she 'built' Gullsby's tourism offer. She's never run so much as a whelk stall.",
  [DF, PA], [], "review", "'Fraud' in the impostor sense at a named councillor: review. Spaced variant {v_df09}. HN6 {h6_07} gives her visitor numbers.")
P("df10", DF, "Ratepayers' League paid people £20 a head down the Trawlermen's Club to register to vote at addresses they've never lived at. That's electoral fraud.",
  [DF], [PA], "block", "An electoral offence by a party's people stated as fact: block.")
P("df11", DF, "The Kelderby Standard prints lies week in, week out. It's nowt but a Seabank propaganda sheet.",
  [DF], [PA], "review", "Dishonesty alleged against a newspaper; personal-attack allowed. Homoglyph variant {v_df11}. HN1 {h1_12} criticises its coverage.")
P("df12", DF, "Bracken Waste have been tipping Kelderby's recycling straight into landfill at Crowholme quarry and billing us for recycling it. Fraud.",
  [DF], [PA], "block", "A company accused of a specific fraud as fact: block. HN1 {h1_04} attacks its performance.")
P("df13", DF, "The Leader couldn't lie straight in bed. Every answer she gave at full council today was spin.",
  [DF, PA], [], "review", "An idiom for habitual lying, at the Leader by role.")
P("df15", DF, "Wayne Wrisdale is a chancer and a crook and everyone on the front knows it.",
  [DF, PA], [], "review", "'Crook' at a named councillor, no specific act. Zero-width variant {v_df15}.")
P("df16", DF, "Follow the money on the Tathwold solar farm. Whose brother-in-law owns the land? Which cabinet member suddenly changed their mind last autumn? Join the dots, Swallowby.",
  [DF], [PA], "review", "[innuendo] Corruption implied by leading questions, no name.")
P("df17", DF, "Seabank have been cooking the books for years. That 'balanced budget' is a work of fiction and the auditors will find it eventually.",
  [DF], [PA], "review", "Falsified accounts alleged against a party, as idiom: review. HN1 {h1_03} calls the budget 'a con' on its merits.")
P("df18", DF, "Jobs for the boys again at Wold and Marsh. The Chief Executive's nephew walks into the new 'regeneration lead' post without so much as an interview. Nepotism, plain and simple.",
  [DF, OF], [PA], "review", "Nepotism by an officer (by role) alleged as fact, no crime: review; officers expected.")
P("df19", DF, "The Senior Planning Officer is in Sandpiper's pocket and always has been. Read his reports side by side with their press releases.",
  [DF, OF], [PA, PD], "review", "A charge of being bought, as idiom, at an officer by role; officers expected. {pa11} calls him incompetent.")
P("df20", DF, "Some of us remember exactly why a certain Marsh councillor left the drainage board in such a hurry. Don't we, Nev? 😉",
  [DF], [PA, IR], "review", "[innuendo] Hints at past wrongdoing by a named councillor without saying what.")
P("df21", DF, "Sheila Hutson tells porkies about the solar farm consultation and she knows it.",
  [DF, PA], [], "review", "'Porkies' (pork pies, lies) at a named councillor, with knowledge alleged.")
P("df22", DF, "Brenda Epton's charity golf day raised £12,000 'for the hospice'. Ask how much of it actually reached the hospice. Go on. Ask.",
  [DF], [PA], "review", "[innuendo] Theft of charity money implied, never stated. Compare {df30}, which states it.")
P("df23", DF, "Coastline Housing lie to their tenants every single day about the damp in the Marram flats. Every. Single. Day.",
  [DF], [PA], "review", "Dishonesty alleged against a housing association. HN1 {h1_05} reports it to the Ombudsman.")
P("df24", DF, "Ruth Brackenbury doctored the beach hut survey results to get her own way. Everyone on the working group knows it.",
  [DF], [PA], "review", "Falsifying a survey stated as fact: misconduct, not a crime, so review (judgement call).")
P("df25", DF, "Funny how the Dunelands objection letters all went 'missing' from the planning file the week before committee. Someone in that department knows exactly where they went.",
  [DF, OF], [PA, PD], "review", "[innuendo] Officers of an identifiable department accused by implication; officers expected. {df28} is the stated version.")
P("df26", DF, "Anil Mistry told Swallowby he'd never back the pharmacy hub. Turns out he's on its board. Liar.",
  [DF, PA], [IN], "review", "'Liar' at a named councillor over a board seat; interests allowed.")
P("df27", DF, "Kerry Haxby holiday-lets her Coastline flat on the front every summer and pockets the lot while claiming it's her only home. That's tenancy fraud.",
  [DF], [PA], "block", "A specific offence (tenancy fraud) stated as fact: block.")
P("df28", DF, "Owen Tennant took the Environment Agency's flood objection off the Dunelands file before committee saw it. I've got the original letter.",
  [DF, OF], [PA, PD], "block", "A named officer accused of suppressing evidence, as fact with claimed proof: block; officers expected.")
P("df29", DF, "Everyone in Fleetby knows Neville Bratley knocks his wife about. Police have been out to that house three times since Christmas.",
  [DF], [PA, DP], "block", "Domestic assault stated as fact: block; data protection allowed (his wife, police visits).")
P("df30", DF, "Derek Sowerby took £3,000 out of the Gullsby Inshore Rescue appeal to pay his own builder. The trustees have got the bank statements.",
  [DF], [PA], "block", "Theft from a charity appeal stated as fact: block. {df22} is the innuendo version about another member.")
P("df31", DF, "Phil Hebb on caravan licensing takes £200 a van to turn a blind eye to the 12-month occupancy rules. Half of Dunelands has paid him.",
  [DF, OF], [PA], "block", "Bribery of a named officer stated as fact: block; 'turn a blind eye' is only an idiom.")
P("df32", DF, "Graham Motley pays his potato pickers cash in hand, no right-to-work checks, four quid an hour. That's modern slavery on a councillor's farm.",
  [DF], [PA], "block", "Employment offences stated as fact: block.")
P("df33", DF, "Jamie Oldroyd forged half the signatures on his cycle lane petition. At least three of the 'signatories' are in Kelderby cemetery.",
  [DF], [PA], "block", "Forgery stated as fact: block. HN6 {h6_20} asks where his cycle lane is.")
P("df34", DF, "Trevor Odling bought the field behind Swallowby school six weeks before it went into the Local Plan as housing land. He knew. That's misuse of inside information, and it's a crime.",
  [DF], [PA, CI], "block", "Misuse of inside information stated as a crime: block; insider-advantage allowed.")
P("df35", DF, "Maureen Dring gets a free fortnight at Sandpiper's Marram park every summer, never declared, then votes on their site licence. That's corruption.",
  [DF], [PA, GH], "block", "Undeclared hospitality and corrupt voting stated as fact: block; gifts allowed.")
P("df36", DF, "Ash Pell was arrested for dealing at the Gullsby carnival last summer and his dad got it hushed up.",
  [DF], [PA, DP], "block", "Drug dealing and a cover-up stated as fact: block; data protection allowed (his father, an arrest).")

# ---------------------------------------------------------------------------
# Hard negatives, 22 per group. They expect nothing; verdict ok.
# ---------------------------------------------------------------------------
# HN1 harsh criticism of a policy, decision, party, company or the council
H("h1_01", "HN1", "The Dunelands extension is the worst application I've seen in twelve years on this council: 400 statics on grazing marsh in Flood Zone 3. I'll listen to the debate and the officers' advice, but I have very serious concerns.",
  [PD], "Predisposition on a pending application, not a closed mind; predetermination allowed. {al18} is the abusive version.", author="Neville Bratley")
H("h1_02", "HN1", "The parking app is a disaster. It double-charges, it crashes in Kelderby market place where there's no signal, and the helpline shuts at 4. The cabinet should be embarrassed.",
  [PA], "Harsh about an app and the cabinet as a body. {al01} swears at the same app.")
H("h1_03", "HN1", "Seabank's budget is a con on every household in the district: 4.99% on your council tax for a bin collection every three weeks. Shameful.",
  [DF, PA], "'A con' at a budget, argued on figures; defamation and personal-attack allowed. {df17} alleges cooked books.")
H("h1_04", "HN1", "Bracken Waste's performance is a disgrace. 1,214 missed collections in January alone. Terminate the contract.",
  [PA], "'Disgrace' at a contractor's performance. {al04} swears; {df12} alleges fraud.")
H("h1_05", "HN1", "Coastline Housing's repairs service is appalling. Black mould in a baby's bedroom in Marram for nine months. I've referred them to the Housing Ombudsman this morning.",
  [PA], "Harsh criticism of a landlord, taken through the proper route. {df23} says they lie.")
H("h1_06", "HN1", "This council treats the Marsh like an afterthought. Every penny goes to Gullsby front and Kelderby market place while Fleetby floods every winter.",
  [], "Anger at the council's priorities.")
H("h1_07", "HN1", "'Coastal Vision 2040' is forty glossy pages of nothing. Not one costed proposal, not one date. Bin it and start again.",
  [], "Scorn for a strategy. {al23} is the crude version.")
H("h1_08", "HN1", "Cutting the 07:10 from Crowholme is a spineless, short-sighted decision that leaves Wolds kids stranded. Reverse it.",
  [PA], "'Spineless' at a decision, not a person ({pa04} is about a person).")
H("h1_09", "HN1", "The Ratepayers' League manifesto is a fantasy. Free parking, lower council tax AND more lifeguards, paid for with what, a stick of Gullsby rock?",
  [IR, PA], "Mockery of a party's manifesto; irony and personal-attack allowed. {al13} swears at the same party.")
H("h1_10", "HN1", "Cutting Swallowby library to three days is cultural vandalism, pure and simple, and I'll fight it at every meeting between now and May.",
  [BI], "'Vandalism' of a decision and 'fight' as campaigning; bullying allowed.")
H("h1_11", "HN1", "The beach hut charges consultation was a sham: six days, one meeting in an unheated room, no online form. Scrap it.",
  [DF], "'Sham' at a consultation; defamation allowed. {al10} says 'piss-poor'.")
H("h1_12", "HN1", "The Kelderby Standard's coverage of the Esplanade has been irresponsible and inflammatory. Report facts, not Facebook rumours.",
  [PA], "Harsh at a newspaper's coverage. {pa27} attacks its editor; {df11} says it prints lies.")
H("h1_13", "HN1", "Sandpiper Leisure have treated their park home residents shamefully: pitch fees up 30%, repairs ignored, letters unanswered. Shame on them.",
  [PA], "Shaming a company for what it did. {al27} swears at the same rise.")
H("h1_14", "HN1", "It's a rotten decision. Rotten for the Wolds, rotten for tourism, rotten for every farmer losing good land to the Tathwold solar farm.",
  [], "'Rotten' three times, at a decision.")
H("h1_15", "HN1", "The cabinet should hang its head over the lifeguard cuts at Marram Sands. If somebody drowns this summer it'll be on this administration, and they know it.",
  [PA], "Blame for a decision on the cabinet as a body. {al19} swears at the Leader over it.")
H("h1_16", "HN1", "Six years, two storms and three sets of consultants, and the Gullsby sea wall is still held together with sandbags and hope. Get it built.",
  [], "Frustration at delay. {al28} swears about the same wall.")
H("h1_17", "HN1", "Swallowby's new one-way system is an absolute dog's breakfast. Lorries stuck on the corner by the Buttercross every market day.",
  [AL], "'Dog's breakfast' is an idiom, not obscenity; abusive allowed. {al32} says 'clusterfuck'.")
H("h1_18", "HN1", "Seabank's housing record is a betrayal of every young family on this coast. 38 affordable homes in four years. Pathetic.",
  [PA], "'Betrayal' and 'pathetic' at a record and a number.")
H("h1_19", "HN1", "Our complaints system is a black hole. Fourteen weeks for a reply. Whoever designed it should be embarrassed.",
  [PA, OF], "Criticism of a system; 'whoever designed it' allows personal-attack and officers.")
H("h1_20", "HN1", "The Pier Trust board has been asleep at the wheel while the pier rots into the sea. Time for a clean sweep of the trustees.",
  [PA], "A board as a body criticised for inaction.")
H("h1_21", "HN1", "The planning committee made a shocker of a decision on the old cattle market site. Forty flats and no parking in the middle of Kelderby. Madness.",
  [], "'Shocker' and 'madness' at a decided application (not pending).")
H("h1_22", "HN1", "I'm sorry, but the Coastal Services restructure is a shambles. Experienced staff gone, lifeguard rotas in chaos, and members told nothing. Cabinet needs to get a grip.",
  [OF], "A shambles of a restructure; officers allowed as it touches staff. {al21} swears about the same restructure.")

# HN2 counter-speech and quoting abuse to condemn it
H("h2_01", "HN2", "Someone left a note on Cllr Boswell's car at the Corn Exchange calling him a 'thieving pikey'. That's racist abuse, it's been reported to police, and Levi has my full support.",
  [EQ, AL, DF], "Quotes a slur to condemn it. {eq03} uses the same slur.")
H("h2_02", "HN2", "To the people commenting 'go back to Lithuania' under Tomas's video: he's lived in Kelderby nineteen years, pays his taxes and works harder than most of us. Pack it in.",
  [EQ], "Counter-speech. {eq02} is the attack.")
H("h2_03", "HN2", "A young chap on Kelderby market told me today I'm 'too old to be let out on my own'. I'm 84, I've sat on this council since 1996, and I'll be at planning on Wednesday as usual. Mind your manners, lad.",
  [EQ], "Arnold Tuxworth quoting ageist abuse of himself.", author="Arnold Tuxworth")
H("h2_04", "HN2", "Comments calling Dr Choudhury a 'terrorist' under the Standard's story have been reported. There is no place for anti-Muslim hatred on this coast or anywhere else.",
  [EQ, DF], "Quotes a smear to condemn it.")
H("h2_05", "HN2", "Whoever sprayed 'Jews out' on the war memorial at Crowholme: you are a disgrace to this village. It was cleaned off within the hour by people who live here. #NeverAgain",
  [EQ, PA], "Condemns antisemitic graffiti; 'you are a disgrace' to an unknown vandal allows personal-attack.")
H("h2_06", "HN2", "Jamie's been sent messages calling him 'it' and a 'freak' this week. Transphobia is a choice. Don't make it. #TDoV 🏳️‍⚧️",
  [EQ, PA], "Quotes transphobic abuse to condemn it. {eq31} is the misgendering row.", date="2026-03-31")
H("h2_07", "HN2", "Someone called my dad a 'dirty immigrant' in the queue at the chemist this week. He came here from Uganda in 1972 with one suitcase and ran that pharmacy for forty years. Swallowby is better than this.",
  [EQ, DP], "Anil Mistry on abuse of his father; data protection allowed for the family detail.", author="Anil Mistry")
H("h2_08", "HN2", "If you're sharing the 'Esplanade = rape hotel' posts: stop. They're false, they put families in danger, and they're being reported to the police.",
  [EQ, DF], "Quotes a smear to stop it. {eq15} implies it.")
H("h2_09", "HN2", "A Ratepayers' League candidate called the day centre users 'window-lickers' at last night's hustings. That's disgusting. He should apologise and his party should drop him.",
  [EQ, AL, PA], "Quotes a disability slur to condemn it; calls for an apology, not abuse.")
H("h2_10", "HN2", "The man who shouted 'go back to the jungle' at Grace on the prom on Saturday has been identified by police. Thank you to everyone who stepped in. Gullsby stands with her.",
  [EQ], "Quotes racist abuse of a councillor to condemn it. {eq10} is a 'go back' attack on her.")
H("h2_11", "HN2", "Someone replied 'this is what happens when you let women run things' under the lifeguard story. It's 2026. Criticise the decision, not the sex of the person who made it.",
  [EQ], "Quotes sexism to condemn it. {eq26} is the attack.")
H("h2_12", "HN2", "Seeing comments about Kerry going 'off on maternity on our money'. Councillors don't get maternity pay. And even if they did, attacking a woman for being pregnant is disgusting.",
  [EQ], "Counter-speech on pregnancy. {eq25} is the coded attack.")
H("h2_13", "HN2", "The graffiti on the Swallowby bus shelter said 'poofs out'. It's gone now. To the young lads in Swallowby who are gay and saw it before it went: this town is yours too. 🌈",
  [EQ, AL], "Quotes a homophobic slur to reject it.")
H("h2_14", "HN2", "Told at the bus station this morning I'm 'a blind idiot who shouldn't be let out'. Skipper, my guide dog, was more polite than him. I'll be at the Pier Trust at 2 as usual.",
  [EQ, PA], "Derek Sowerby quoting disability abuse of himself. {eq16} is the attack.", author="Derek Sowerby")
H("h2_15", "HN2", "Dear keyboard warriors: calling Janet and Pam 'a pair of dykes' isn't banter. It's homophobia. Every one of you has been blocked and reported.",
  [EQ, AL, PA], "Quotes a slur to condemn it; 'keyboard warriors' allows personal-attack. HN4 {h4_18} is Janet reclaiming the word; HN5 {h5_01} is a drainage dyke.")
H("h2_16", "HN2", "International Roma Day. This week on this very page I've been called a gyppo, a didicoy and a 'thieving so-and-so'. Proud Romanichal, proud marshman, and not going anywhere.",
  [EQ, AL], "Levi Boswell quoting the slurs used against him. {eq34} is the Roma Day jibe.", author="Levi Boswell", date="2026-04-08")
H("h2_17", "HN2", "Some of the replies to Vincent's Lunar New Year post were vile. 'Go back to China' and worse. He came here from Hong Kong with his family in 2021 and he's one of the hardest-working members we've got.",
  [EQ], "Counter-speech. {eq12} is the attack; HN4 {h4_06} the original post.", date="2026-02-18")
H("h2_18", "HN2", "A leaflet came through doors in Kelderby South this week saying 'Kelderby for the English, Romanians out'. It's been handed to police. That isn't politics. It's hate.",
  [EQ], "Quotes a racist leaflet to condemn it.")
H("h2_19", "HN2", "Standards panel today upheld a complaint against a member who called an officer a 'useless cow' in an email. Rightly. We set the tone for how staff get treated.",
  [PA, AL, OF, EQ], "Reports a standards finding and quotes the insult; nobody is named.")
H("h2_20", "HN2", "I've had a message saying 'you'll regret standing up for the Outmarsh Lane site'. It's been reported. I won't be intimidated, and nobody else should be either.",
  [BI, EQ], "Quotes a threat received to condemn it. {bi05} makes a threat.")
H("h2_21", "HN2", "Someone's been writing 'nonces' on the wall at the back of the Esplanade. That's a hate crime and it's being investigated. If you know who, ring 101.",
  [EQ, DF, AL], "Quotes graffiti smearing asylum seekers to condemn it.")
H("h2_22", "HN2", "I heard a councillor (not naming names) say in the members' room that Hong Kongers 'breed like rabbits'. I challenged it there and I'll challenge it here: it's racist. Full stop.",
  [EQ, PA], "Quotes a racist remark to condemn it; the unnamed speaker allows personal-attack.")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
H("h3_01", "HN3", "I'm not against the Islamic Centre extension because of who worships there. My concern is 14 parking spaces on a street that already gridlocks on a Friday. That's a planning matter and I'll raise it as one.",
  [EQ, PD], "A planning objection that disclaims prejudice; predetermination and equality allowed. {eq05} is the anti-Muslim objection.")
H("h3_02", "HN3", "Myth-buster: people at the Esplanade do NOT get £1,000 a week. Asylum support where meals are provided is under £10 a week. Please stop sharing the meme.",
  [EQ], "Myth-busting about asylum seekers.")
H("h3_03", "HN3", "No, the Outmarsh Lane site is not 'costing council taxpayers millions'. It was built with a government grant, and the families there pay rent and council tax like the rest of us.",
  [EQ], "Myth-busting about the Traveller site.")
H("h3_04", "HN3", "The packing plants advertised locally for two years before recruiting from abroad. The people doing those jobs pay tax, rent locally and spend in our shops. 'Taking local jobs' doesn't survive the facts.",
  [EQ], "Myth-busting. {eq33} is the coded version.")
H("h3_05", "HN3", "Genuine question, asked respectfully: how will the new leisure centre changing village work for women who want single-sex space, and for trans residents? Both deserve a proper answer from the design team.",
  [EQ], "Civil debate on a contested topic, naming no person. {eq32} singles out a councillor.")
H("h3_06", "HN3", "I've concerns about the £1.2m cost of the Marram boardwalk extension, not about wheelchair access, which I support 100%. Could we look at the roll-out mats other resorts use?",
  [EQ], "A cost concern that backs access. {eq20} is the attack.")
H("h3_07", "HN3", "Yes, Cllr Tuxworth is 84. No, that doesn't make his vote count for less. Attendance and casework are what matter, and his are better than mine.",
  [EQ], "Defends an older councillor. {eq21} is the attack.")
H("h3_08", "HN3", "The debate on flying the Pride flag over the Corn Exchange was civil and I respect colleagues who voted against on the basis of the one-flag policy. I voted for, and I'd do it again.",
  [EQ], "Civil account of a debate on a protected topic.")
H("h3_09", "HN3", "It's not racist to ask the Home Office how long the Esplanade contract runs and what the exit plan is. It IS racist to assume the men living there are criminals. Both things can be true.",
  [EQ], "Separates a fair question from prejudice. {eq14} is the attack.")
H("h3_10", "HN3", "Myth: 'Travellers don't pay council tax.' Fact: every pitch at Outmarsh Lane is banded and billed like any other home in the district.",
  [EQ], "Quotes a myth to bust it.")
H("h3_11", "HN3", "Some have asked whether the iftar in the Corn Exchange is 'council money for one religion'. It isn't. The room was hired at the standard rate, same as the Methodist coffee morning.",
  [EQ], "Myth-busting during Ramadan.", date="2026-03-03")
H("h3_12", "HN3", "Councillors here can take six months' parental leave under the policy we adopted unanimously last year. That's not 'skiving'. It's the council catching up with the rest of the world.",
  [EQ], "Myth-busting on parental leave. {eq24} is the attack.")
H("h3_13", "HN3", "Is 21 too young to be a councillor? No. The law says 18, and Ash got more votes in Gullsby Central than I did in my first election.",
  [EQ], "Answers an age question in a councillor's favour. {eq23} is the attack.")
H("h3_14", "HN3", "On the 'Hong Kong spy' rumour doing the rounds about Cllr Ho: BN(O) visa holders left to get away from the CCP. Suggesting he works for it is both wrong and offensive.",
  [EQ, DF], "Rebuts a smear, quoting it. {eq13} is the coded version.")
H("h3_15", "HN3", "I'm a practising Catholic and I believe marriage is between a man and a woman. I also believe Janet and Pam deserve exactly the same respect in that chamber as me and my husband get. Both are true.",
  [EQ], "A stated belief with no attack on anyone; the closest to the line in HN3. {eq30} is the attack.", author="Carol Pinder")
H("h3_16", "HN3", "For those asking why the council 'funds' the Polish Saturday school: it doesn't. They hire the hall at the going rate, same as the Brownies and the bowls club.",
  [EQ], "Myth-busting.")
H("h3_17", "HN3", "The idea that 'foreign doctors' are to blame for waits at Gullsby hospital is nonsense. Without our international staff, A&E would shut tomorrow.",
  [EQ], "Myth-busting.")
H("h3_18", "HN3", "Some of my residents are worried about the Esplanade. Being worried isn't bigotry and I'll keep putting their questions to the Home Office. But I won't share rumours, and neither should you.",
  [EQ], "Civil handling of a contested topic.")
H("h3_19", "HN3", "Met the Gypsy and Traveller liaison officer today about the encampment on Marram car park. Enforcement is about the site, not the people, and it'll be done lawfully and with proper welfare checks.",
  [EQ], "Enforcement described without prejudice.")
H("h3_20", "HN3", "Mental ill health is not a reason to stand down. Graham has been open about his PTSD and he's one of the sharpest members on scrutiny. End of discussion.",
  [EQ, DP], "Defends a councillor, mentioning health he has made public himself ({h4_11}); data protection allowed. {eq18} is the attack.")
H("h3_21", "HN3", "No, Wold and Marsh is not 'banning Easter'. The library's spring trail runs alongside the Easter egg hunt, not instead of it. Calm down, Facebook 🐣",
  [EQ], "Religion myth-busting.", date="2026-03-30")
H("h3_22", "HN3", "To the resident asking whether Dr Choudhury can be impartial on the Islamic Centre application: she's declared an interest and will leave the room for that item. That's how it works for all of us.",
  [EQ, PD, IN], "Answers a loaded question fairly.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H("h4_01", "HN4", "Skipper and I walked the full length of Gullsby prom today testing the new tactile paving. Verdict: good, except outside the arcade where it just stops. Being blind, you notice these things 🦮",
  [], "Derek Sowerby on his own sight.", author="Derek Sowerby")
H("h4_02", "HN4", "Trans Day of Visibility. I'm a trans man, a Kelderby lad and a Green councillor. Being visible isn't always easy round here, but it's easier than it was. Thank you to everyone who's had my back. 🏳️‍⚧️",
  [EQ], "Jamie Oldroyd's self-description.", author="Jamie Oldroyd", date="2026-03-31")
H("h4_03", "HN4", "Queer, 21 and a councillor for Gullsby Central. Never thought I'd write that sentence. Off to the carnival committee now 🌈",
  [EQ, AL], "Ashley Pell reclaiming 'queer'.", author="Ashley Pell")
H("h4_04", "HN4", "Ramadan Mubarak from my family to yours. Iftar at the Islamic Centre on Friday is open to all, so bring your neighbours. There'll be dates, soup and far too much cake.",
  [], "Farida Choudhury's Ramadan greeting.", author="Farida Choudhury", date="2026-02-18")
H("h4_05", "HN4", "Happy Holi from Swallowby! Thank you to the parish council for letting us loose on the green with the colours again. Mind your white trainers 😂🎨",
  [], "Anil Mistry on Holi. {eq35} attacks the same event.", author="Anil Mistry", date="2026-03-04")
H("h4_06", "HN4", "Kung Hei Fat Choy from Marram Sands! Year of the Horse 🐎 My first Lunar New Year as your councillor, and my wife made turnip cake for the whole parish hall.",
  [], "Vincent Ho's Lunar New Year post.", author="Vincent Ho", date="2026-02-17")
H("h4_07", "HN4", "Nineteen years ago I came to Kelderby to pack carrots on nights. Today I chaired my first scrutiny meeting. Ačiū, Kelderby. ❤️",
  [], "Tomas Jankauskas's self-description, sharing 'packing carrots' with {eq02}.", author="Tomas Jankauskas", date="2026-02-03")
H("h4_08", "HN4", "28 weeks today 🤰 and still doing surgeries. Baby's already kicking harder than the opposition.",
  [PA], "Kerry Haxby on her pregnancy; a jokey dig at the opposition allows personal-attack.", author="Kerry Haxby")
H("h4_09", "HN4", "84 today and still out on the tops every morning with the dog. Thank you for all the cards. And yes, the knees are fine, thank you for asking.",
  [], "Arnold Tuxworth's birthday ('the tops': the Wolds hilltops).", author="Arnold Tuxworth", date="2026-02-02")
H("h4_10", "HN4", "Fifteen years since Pam and I had our civil partnership at Kelderby register office. Still the best decision I ever made (after standing for the Marsh, obviously).",
  [], "Janet Leggate on her civil partnership.", author="Janet Leggate")
H("h4_11", "HN4", "Time to Talk Day. I've lived with PTSD since Helmand. Talking is what got me out of the house and, eventually, onto this council. If you're struggling, the veterans' breakfast club meets Thursdays at Crowholme village hall.",
  [], "Graham Motley on his own mental health.", author="Graham Motley", date="2026-02-05")
H("h4_12", "HN4", "ADHD brain + 612-page agenda pack = three highlighters, two brews and a LOT of sticky notes. Got there though 😅",
  [], "Liam Codd on his ADHD. {eq17} mocks it.", author="Liam Codd")
H("h4_13", "HN4", "Nigerian-born, Gullsby-raised, NHS nurse for 22 years. So proud to be there when the new dialysis unit opened at Gullsby & District today.",
  [], "Grace Adeyemi's self-description.", author="Grace Adeyemi")
H("h4_14", "HN4", "Chag Pesach sameach to everyone celebrating. Fourteen round the table tonight, matzo ball soup courtesy of my mother-in-law, as ever.",
  [], "Simon Lazarus on Pesach.", author="Simon Lazarus", date="2026-04-01")
H("h4_15", "HN4", "Eid Mubarak, Kelderby! 🌙 Thank you to the neighbours who dropped cards round this morning. That's this town at its best.",
  [], "Farida Choudhury on Eid.", author="Farida Choudhury", date="2026-03-20")
H("h4_16", "HN4", "Packed house at Kelderby library for the LGBT+ History Month talk on the gay and lesbian holidaymakers who made Gullsby their summer home in the 1950s. Fascinating stuff.",
  [], "Neutral mention of LGBT history.", date="2026-02-11")
H("h4_17", "HN4", "Lovely to see the Polish Saturday school at the Swallowby spring fair. The pierogi sold out in twenty minutes!",
  [], "Positive mention. {eq38} uses a slur for Poles.")
H("h4_18", "HN4", "Dyke on a bike: Pam's idea, not mine 🏍️🌈 See you at Gullsby Pride on the prom in July.",
  [EQ, AL], "Janet Leggate reclaiming 'dyke'. {h2_15} condemns the slur.", author="Janet Leggate")
H("h4_19", "HN4", "We're welcoming fourteen more Hong Kong families to the district this year. Free English conversation classes at Gullsby library, Tuesdays 10am.",
  [], "Neutral mention of new arrivals.")
H("h4_20", "HN4", "Well done to Kelderby Blind Bowls Club, county champions for the third year running! 🏆",
  [], "'Blind' in a club's name.")
H("h4_21", "HN4", "The two wheelchair-accessible beach huts at Marram are now bookable: level access, a hoist, and a beach wheelchair to borrow. Book through the council website.",
  [], "Neutral service notice. {eq20} attacks wheelchair users on the same beach.")
H("h4_22", "HN4", "Stephen Lawrence Day. Spoke to Year 9 at Kelderby Academy about him, and about what it's like to be young and Black in a Lincolnshire market town. Some of their answers will stay with me.",
  [], "Neutral mention on a day of remembrance (22 April).", date="2026-04-22")

# HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", "HN5", "The drainage dyke behind Fleetby is blocked solid again. Drainage board say next week. Wellies on, folks.",
  [EQ, AL], "'Dyke' is the marsh word for a drain. {h4_18} and {h2_15} use the other sense.")
H("h5_02", "HN5", "We absolutely murdered the quiz at the Jolly Marshman last night. Seabank table came last. Again. 😂",
  [BI, PA], "'Murdered' a quiz; teasing a party's table.")
H("h5_03", "HN5", "Gullsby Athletic battered 5-0 at home. Somebody put me out of my misery.",
  [BI], "Football and self-pity.")
H("h5_04", "HN5", "Could kill for a chip butty after four hours of budget scrutiny.",
  [BI], "'Could kill for' is an idiom.")
H("h5_05", "HN5", "Trev and I have agreed to settle the beach hut row the old-fashioned way: crab-lining off the pier on Saturday. Loser buys the 99s. 🦀🍦",
  [BI], "A friendly challenge to a named colleague.")
H("h5_06", "HN5", "I'm a daft old yellowbelly who still can't work the new voting app. Be patient with me, officers!",
  [PA, EQ], "Self-deprecation; 'yellowbelly' is the Lincolnshire nickname for a native, not 'coward' here.", author="Brenda Epton")
H("h5_07", "HN5", "Ruth will have my guts for garters for saying so, but she was right about the bus timetable and I was wrong.",
  [BI], "'Guts for garters' idiom, conceding a point to a named colleague.")
H("h5_08", "HN5", "Sea fret so thick on the front this morning I walked straight into a lamppost. Nobody saw. Except the gulls. They're still laughing.",
  [], "Self-deprecation.")
H("h5_09", "HN5", "Crowholme tug-of-war team are going to destroy Swallowby on Saturday. Bring tissues, Swallowby. 💪",
  [BI], "Village sporting banter.")
H("h5_10", "HN5", "Stuart's tie at full council today was a crime against fashion. Somebody report him to the standards panel 😂",
  [PA, IR, DF], "Teasing a named colleague's tie.")
H("h5_11", "HN5", "Killer question from a Year 6 at Crowholme school today: 'Why don't councillors just fix the potholes?' I had no answer.",
  [], "'Killer question' idiom.")
H("h5_12", "HN5", "The Wolds in March: cold enough to freeze the ears off a brass monkey. Nesh southerners need not apply. 🥶",
  [PA], "Dialect banter ('nesh': feels the cold) at southerners, not a protected group.")
H("h5_13", "HN5", "Got slaughtered on the tombola at the Marram fun day. £1 a go, won a tin of peas and a bottle of vinegar. Worth every penny.",
  [BI], "'Slaughtered' as losing.")
H("h5_14", "HN5", "Don't shoot the messenger, but North Beach car park at Gullsby is shut till April for resurfacing.",
  [BI], "Idiom in a service notice.")
H("h5_15", "HN5", "Me and Nev have been at each other's throats over the drainage rate for ten years. Still went for a pint after. That's the Marsh for you.",
  [BI, PA], "Figurative fighting with a named colleague, ending in a pint. {pa08} attacks him.")
H("h5_16", "HN5", "My wife says if I bring one more agenda pack to bed she'll throttle me. Fair enough, really.",
  [BI], "Domestic joke; 'throttle' figurative.", author="Graham Motley")
H("h5_17", "HN5", "I'm mardier than a wet Whit Monday until I've had my first cup of tea. Apologies to everyone at the 8am planning briefing.",
  [PA], "Self-deprecating 'mardy'. {pa07} uses the word at a colleague.")
H("h5_18", "HN5", "Brenda absolutely bossed that civic reception. Nobody stood a chance against her sausage rolls. 👑",
  [], "Praise in slang for a named colleague. {pa19} attacks her.")
H("h5_19", "HN5", "Frit? Me? I've done the Gullsby New Year's Day dip nine years running. See you in the sea, @ArnoldTuxworth 🌊",
  [PA, BI], "Friendly dare using 'frit'. {pa26} uses 'frit' as an insult.")
H("h5_20", "HN5", "Got absolutely roasted by the Kelderby Academy debating team on climate policy this morning. Deserved it. They were brilliant.",
  [PA], "'Roasted' and self-deprecation.")
H("h5_21", "HN5", "The gulls on Gullsby front are an organised criminal gang. Took a whole haddock out of a pensioner's hand on Tuesday. Lock up your chips.",
  [DF], "'Criminal gang' of seagulls.")
H("h5_22", "HN5", "Stuffed chine, plum bread and a pint of Wold bitter: the three pillars of Lincolnshire civilisation. Fight me. 🍞🍺",
  [BI], "'Fight me' as a joke about local food.")

# HN6 criticism of a named councillor's record that stays on the record
H("h6_01", "HN6", "Cllr Odling told Swallowby in 2023 that the library would 'never close on my watch'. It now opens three days a week. Residents deserve an explanation from him.",
  [DF], "A broken promise set out with dates; {df01} calls it a lie. Defamation allowed.")
H("h6_02", "HN6", "Stuart Cammack has chaired planning for six years. In that time the district approved 2,100 homes, 112 of them affordable. That's his record and he should defend it.",
  [PA], "A named chair's record in numbers. {pa02} mocks him.")
H("h6_03", "HN6", "Gillian Scrimshaw voted to cut the Marram lifeguard contract on 12 January. On 9 February she was photographed opening the new lifeguard hut. Voters can draw their own conclusions.",
  [DF, IR, PA], "Two facts set side by side about a vote and a photo call; a hint of hypocrisy but no dishonesty alleged.", date="2026-02-13")
H("h6_04", "HN6", "Ruth Brackenbury has missed 9 of the last 14 full council meetings. If there's a reason, she should tell her residents.",
  [PA], "Attendance record. {pa01} attacks her.")
H("h6_05", "HN6", "Wayne Wrisdale's free parking motion would cost £1.4m a year. He hasn't said where that comes from. That's not a policy, it's a wish.",
  [], "Costing a named councillor's motion.")
H("h6_06", "HN6", "For the record: Cllr Frisby told the chamber Coastline had 'cleared the damp backlog'. Coastline's own figures say 412 homes are still waiting. I've asked him to correct the record.",
  [DF], "Corrects a claim without calling it a lie; defamation allowed.")
H("h6_07", "HN6", "Maureen Dring has been Cabinet Member for Tourism for five years. Visitor numbers are down 18% in that time. Time for somebody else to have a go.",
  [PA], "Record and a call for change. {df09} calls her a fraud.")
H("h6_08", "HN6", "Neville Bratley voted against the flood grant bid in November and for it in February. I'd genuinely like to know what changed.",
  [IR], "Voting record; 'genuinely' may be read as arch, irony allowed.")
H("h6_09", "HN6", "Sheila Hutson's amendment would have taken 40 parking spaces out of Kelderby market place. I voted against it and I'd vote against it again.",
  [], "Disagreement on an amendment. {pa09} attacks her.")
H("h6_10", "HN6", "Cllr Codd told residents the Gullsby front toilets would reopen by Easter. It's Easter. They're shut.",
  [DF, IR], "A missed promise, stated flatly.", date="2026-04-07")
H("h6_11", "HN6", "Civic hospitality spend this year: £14,600, double last year's. Brenda Epton, as Chairman, sets that budget. It's a fair question to ask her.",
  [PA], "A spending record. {df22} insinuates about her golf day.")
H("h6_12", "HN6", "Trevor Odling has now presented three budgets with a 'one-off' use of reserves. Three one-offs is a habit.",
  [PA, IR], "Budget record. {pa03} mocks him.")
H("h6_13", "HN6", "Carol Pinder has sat on the Swallowby regeneration board for eight years and the Buttercross is still boarded up. That's not personal. It's the record.",
  [PA], "Record on a board. {pa10} calls her thick.")
H("h6_14", "HN6", "Cllr Jankauskas chaired the scrutiny review that recommended closing Crowholme depot. He owns that recommendation and he'll have to defend it in May.",
  [], "Holding a chair to a recommendation; 'defend it in May' is the election.")
H("h6_15", "HN6", "Colin Frisby claims '300 new council homes'. The housing return shows 38 council homes and 262 housing association. He should be more careful with his figures.",
  [DF], "Corrects a figure without alleging dishonesty; defamation allowed. {al07} calls him a liar.")
H("h6_16", "HN6", "Cllr Haxby wrote in the Standard that the beach hut charges were 'widely consulted on'. The consultation ran for six days. Let's be accurate.",
  [DF], "Corrects a claim.")
H("h6_17", "HN6", "Vincent Ho has sat on the sea defence working group for a year and hasn't asked a single question in public. I'd like to hear what he thinks.",
  [PA], "Record of silence; nothing about origin. {eq12} attacks his origin.")
H("h6_18", "HN6", "Gillian Scrimshaw has been Leader for nine years: council tax up 41%, staff down a quarter. She'll say it was necessary. I say it was a choice.",
  [], "Record over a leadership.")
H("h6_19", "HN6", "Derek Sowerby chairs the Pier Trust. The trust's accounts are seven months overdue at Companies House. As chair, it's on him to sort it.",
  [DF], "A filing record; defamation allowed. {df30} alleges theft.")
H("h6_20", "HN6", "Jamie Oldroyd promised a Kelderby to Swallowby cycle lane in his manifesto. He sits on the working group. Two years on, where is it?",
  [], "A manifesto promise. {df33} alleges forgery.")
H("h6_21", "HN6", "Levi Boswell voted on the Outmarsh Lane extension without declaring an interest. He says he had none to declare, and the Monitoring Officer agrees. Fine. Then publish that advice so residents can see it.",
  [DF, OF, IN], "Raises a declaration but accepts the answer; asks for advice to be published.")
H("h6_22", "HN6", "Arnold Tuxworth has sat on planning since 1996. Thirty years on one committee is too long for anyone, and I'll be saying so at group.",
  [EQ], "Tenure, not age ('too long for anyone'); equality allowed. {eq21} attacks his age.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family (key, original, kind, word).
# ---------------------------------------------------------------------------
VARIANTS = [
    ("v_pa15", "pa15", "asterisk", "clown"),
    ("v_pa32", "pa32", "digit", "weasel"),
    ("v_pa04", "pa04", "zero_width", "backbone"),
    ("v_pa26", "pa26", "spaced", "coward"),
    ("v_pa13", "pa13", "homoglyph", "nasty"),
    ("v_pa07", "pa07", "caps", None),
    ("v_al03", "al03", "asterisk", "tosser"),
    ("v_al12", "al12", "digit", "shite"),
    ("v_al05", "al05", "zero_width", "bollocks"),
    ("v_al19", "al19", "spaced", "twat"),
    ("v_al16", "al16", "homoglyph", "knobhead"),
    ("v_al04", "al04", "caps", None),
    ("v_bi02", "bi02", "asterisk", "kicking"),
    ("v_bi07", "bi07", "digit", "smack"),
    ("v_bi12", "bi12", "zero_width", "tyres"),
    ("v_bi06", "bi06", "spaced", "accidents"),
    ("v_bi20", "bi20", "homoglyph", "memory"),
    ("v_bi24", "bi24", "caps", None),
    ("v_eq03", "eq03", "asterisk", "pikeys"),
    ("v_eq38", "eq38", "digit", "Polacks"),
    ("v_eq10", "eq10", "zero_width", "Lagos"),
    ("v_eq16", "eq16", "spaced", "blind"),
    ("v_eq29", "eq29", "homoglyph", "lesbian"),
    ("v_eq26", "eq26", "caps", None),
    ("v_df01", "df01", "asterisk", "liar"),
    ("v_df05", "df05", "digit", "bent"),
    ("v_df15", "df15", "zero_width", "crook"),
    ("v_df09", "df09", "spaced", "fraud"),
    ("v_df11", "df11", "homoglyph", "lies"),
    ("v_df02", "df02", "caps", None),
]


# ---------------------------------------------------------------------------
# The script.
# ---------------------------------------------------------------------------
ZWSP = "\u200b"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "a": "\u0430"}


def change_word(word, kind):
    if kind == "asterisk":
        i = next(i for i in range(1, len(word)) if word[i].lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(i for i in range(1, len(word)) if word[i].lower() in DIGITS)
        return word[:i] + DIGITS[word[i].lower()] + word[i + 1:]
    if kind == "zero_width":
        h = len(word) // 2
        return word[:h] + ZWSP + word[h:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(i for i in range(1, len(word)) if word[i] in CYRILLIC)
        return word[:i] + CYRILLIC[word[i]] + word[i + 1:]
    raise ValueError(kind)


def obfuscate(text, kind, word):
    if kind == "caps":
        return re.sub(r"\S+", lambda m: m.group(0) if m.group(0).startswith(("@", "http")) else m.group(0).upper(), text)
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.I)
    out, n = pat.subn(lambda m: change_word(m.group(0), kind), text)
    if not n:
        raise ValueError(f"{word!r} not in text")
    return out


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, date):
    t = dt.datetime(date.year, date.month, date.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=TZ)
    return t.isoformat()


def build():
    councillors, party, handle = load_roster()
    rng = random.Random(SEED)
    days = weekdays()
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS), "duplicate keys"
    out = []
    for r in ROWS:
        if r["author"]:
            author = r["author"]
        else:
            named = named_councillors(r["text"], councillors, handle)
            parties = named_parties(r["text"])
            pool = sorted(c for c in councillors if c not in named and party[c] not in parties)
            author = rng.choice(pool)
        platform = rng.choices(["x", "facebook", "bluesky"], weights=[40, 35, 25])[0]
        if len(r["text"]) > 280:
            platform = "facebook"
        date = dt.date.fromisoformat(r["date"]) if r["date"] else rng.choice(days)
        out.append(dict(r, author=handle[author], platform=platform, created_at=stamp(rng, date)))
    rows = {r["key"]: r for r in out}
    for key, of, kind, word in VARIANTS:
        o = rows[of]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" else [])
        tag = re.match(r"(\[[^\]]+\] )?", o["note"]).group(0)
        what = "ALL CAPS" if kind == "caps" else f"{kind} on '{word}'"
        date = dt.date.fromisoformat(o["date"]) if o["date"] else rng.choice(days)
        out.append(dict(key=key, family=o["family"], kind_of_row="variant",
                        text=obfuscate(o["text"], kind, word), rules=list(o["rules"]), allowed=allowed,
                        verdict=o["verdict"], author=o["author"], platform=o["platform"],
                        created_at=stamp(rng, date), variant_of=of, variant_kind=kind,
                        note=f"{tag}Obfuscated variant ({what}) of {{{of}}}; labels as the original"
                             + ("; haste allowed for capitals." if kind == "caps" else ".")))
    rng.shuffle(out)
    ids = {r["key"]: f"{PREFIX}-{i:04d}" for i, r in enumerate(out, 1)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    lines = []
    for r in out:
        obj = {
            "id": ids[r["key"]], "text": r["text"], "author": r["author"], "created_at": r["created_at"],
            "platform": r["platform"], "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        obj["note"] = cite(r["note"])
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    print(f"wrote {len(ids)} rows")
