#!/usr/bin/env python3
"""Build blind evaluation set b93 (Alderholm District Council, coastal and rural Suffolk).

All rows below were written by hand. The script shuffles them with a fixed seed, gives ids
B93-0001.., picks authors, platforms and timestamps, makes the obfuscated variants and writes
posts.jsonl next to this file. Running it again writes the same file byte for byte.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 9393
HERE = Path(__file__).resolve().parent

R = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OI": "officers.impartiality",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SC": "security.credentials",
    "PIA": "position.improper-advantage",
    "HA": "haste.pause-before-posting",
    "PRE": "predetermination.closed-mind",
}
DEFAULT_VERDICT = {"PA": "review", "AL": "review", "BI": "block", "EQ": "block", "DF": "review"}

# Councillors: name -> (handle, extra words that point at them in a post)
COUNCILLORS = {
    "Graham Kerridge": ("@GKerridgeCC", ["the Leader", "our Leader", "council leader"]),
    "Pauline Fiske": ("@PaulineFiskeCC", ["finance portfolio"]),
    "Roger Cattermole": ("@RogerCattermole", ["chair of planning"]),
    "Janet Durrant": ("@JanetDurrantCC", []),
    "Stephen Mayhew": ("@SteveMayhewCC", ["Steve"]),
    "Bernard Aldous": ("@BernardAldousCC", []),
    "Heather Last": ("@HeatherLastCC", []),
    "Kezia Lovell": ("@KeziaLovellInd", ["Lovells"]),
    "Tomasz Nowak": ("@TomaszNowakST", []),
    "Abena Owusu-Barker": ("@AbenaOBarker", []),
    "Farhan Chowdhury": ("@FarhanChowdhuryST", []),
    "Wei Ling Chen": ("@WeiLingChenST", []),
    "Priya Mistry": ("@PriyaMistryST", []),
    "Ruth Adler": ("@RuthAdlerGreen", []),
    "Liam Thurlow": ("@LiamThurlowGS", []),
    "Alex Reeve": ("@AlexReeveGS", []),
    "Sophie Brame": ("@SophieBrameAF", ["harbour board"]),
    "Derek Catchpole": ("@DerekCatchpoleAF", []),
    "Neville Spall": ("@NevSpallAF", ["Nev"]),
    "Marion Keeble": ("@MarionKeebleSHI", []),
    "Colin Gooderham": ("@ColinGooderham", []),
    "Owen Gladwell": ("@OwenGladwellSHI", []),
}
H = {n: h for n, (h, _) in COUNCILLORS.items()}
PARTY = {
    "Coast & Country": ["Graham Kerridge", "Pauline Fiske", "Roger Cattermole", "Janet Durrant",
                        "Stephen Mayhew", "Bernard Aldous", "Heather Last"],
    "Shinglewick Together": ["Tomasz Nowak", "Abena Owusu-Barker", "Farhan Chowdhury",
                             "Wei Ling Chen", "Priya Mistry"],
    "Green Shore": ["Ruth Adler", "Liam Thurlow", "Alex Reeve"],
    "Alderholm First": ["Sophie Brame", "Derek Catchpole", "Neville Spall"],
    "Saints & Heath": ["Marion Keeble", "Colin Gooderham", "Owen Gladwell"],
}

ROWS = []


def row(key, fam, text, exp="", allow="", v=None, note="", author=None, date=None):
    exp_ids = [R[x] for x in exp.split()]
    if fam != "HN" and R[fam] not in exp_ids:
        exp_ids.insert(0, R[fam])
    ROWS.append({
        "key": key,
        "fam": fam,
        "text": text,
        "rules": exp_ids,
        "allowed": [R[x] for x in allow.split()],
        "verdict": v or DEFAULT_VERDICT.get(fam, "ok"),
        "note": note,
        "author": author,
        "date": date,
    })


# ---------------------------------------------------------------- personal attack
row("PA01", "PA", "Graham Kerridge has about as much backbone as a dodman. Slides about leaving a trail of slime and pull his head in the minute anyone ask him a straight question.",
    note="Dialect insult (dodman = snail) at a named councillor: spineless and slimy.")
row("PA02", "PA", "@RogerCattermole you are a duzzy great fule and everyone on the Heath know it.",
    note="Suffolk 'duzzy fule' (stupid fool) at a handle.")
row("PA03", "PA", "Listening to Stephen Mayhew at full council is like watching a sukey that never boil. All steam, no tea, and twice as thick as the mud at the Ness.",
    note="Extended simile ending in 'thick' aimed at a named councillor.")
row("PA04", "PA", "Pauline Fiske is a spineless little yes-woman who'd sell her own granny for a cabinet allowance.",
    note="Spineless, sycophant, would sell her granny: insult at a person, not her budget.")
row("PA05", "PA", "Honestly @DerekCatchpoleAF, you've the brains of a crab pot. Empty unless somebody else fill it.",
    note="Insult to intelligence with a harbour image.")
row("PA06", "PA", "Andrew Leggett, our so-called Head of Planning, is a clueless jobsworth who ent fit to plan a village fete.",
    exp="OI", note="Named officer insulted: personal attack plus officers.impartiality.")
row("PA07", "PA", "Colin Gooderham is the most useless lump ever to sit on this council. Slummocking about, doing nawthin, drawing his allowance.",
    note="'Useless lump', 'slummocking' (idle, slovenly) at a named councillor.")
row("PA08", "PA", "Yew lot keep electing Bernard Aldous and he keep proving he's dumber than a sack of sugar beet.",
    note="Insult to intelligence; no age cue in the text.")
row("PA09", "PA", "Congratulations to @SteveMayhewCC on his first coherent sentence in three years of council meetings. Proud of you, bor 👏",
    exp="IR", note="Mock congratulation: personal attack plus irony risk.")
row("PA10", "PA", "Kerridge is a pompous, self-important windbag. Full of squit from the minute he stand up to the minute he sit down.",
    note="Surname only; 'squit' (nonsense) aimed at the man.")
row("PA11", "PA", "Nobody asked yew, Heather. You're a snide, two-faced busybody and the Thorwell lot can see right through you.",
    note="Second person plus first name; snide, two-faced busybody.")
row("PA12", "PA", "The coast protection engineer must be the thickest man in Suffolk. My six year old could build a better sea defence with a bucket and spade.",
    exp="OI", note="Officer identified by role, not name; insult to intelligence.")
row("PA13", "PA", "Ruth Adler is a sanctimonious little madam who look down her nose at anyone who drive a car.",
    allow="EQ", note="'Little madam' is gendered but read as a personal insult; equality allowed.")
row("PA14", "PA", "Priya Mistry is a gobby know-nothing who'd argue with a signpost.",
    note="Gobby know-nothing at a named councillor.")
row("PA15", "PA", "@ColinGooderham you are a gutless coward. Hid behind the chair at the Saints meeting and let the officers take the flak.",
    note="Coward at a handle; the meeting detail is context, not the target.")
row("PA16", "PA", "Whoever thought Sophie Brame was fit to chair anything wants their head read. The woman couldn't run a bath.",
    note="Couldn't run a bath: contempt for the person, no policy in view.")
row("PA17", "PA", "Graham Kerridge is a parasite. A bloated leech sucking this district dry, and the Saints would be better off if he dropped off the face of the earth.",
    allow="BI", v="block", note="Severe dehumanising attack (parasite, leech) with a wish he were gone: block; bullying allowed.")
row("PA18", "PA", "Roger Cattermole is a vile, worthless excuse for a human being. Rotten right through, like a dead harnser on the shingle.",
    v="block", note="Severe: worthless excuse for a human being, rotten like a dead heron.")
row("PA19", "PA", "Derek Catchpole is a thick-as-mud trawlerman who ought to stick to gutting fish. Leave the thinking to people with a brain.",
    note="Occupation is not a protected characteristic; insult to intelligence.")
row("PA20", "PA", "Cllr Fiske, you are an arrogant, patronising snob and your smirk at Thursday's meeting said it all.",
    note="Arrogant, patronising snob: about the person, not the budget.")
row("PA21", "PA", "Liam Thurlow is a smug, preening know-all who's never done a day's proper work in his life.",
    allow="EQ", note="Smug know-all; a reader could hear an age jab at the youngest member, so equality allowed.")
row("PA22", "PA", "Heather Last spoke for forty minutes and said nawthin. Dead weight, that woman. A dwile would contribute more.",
    note="Dwile = floorcloth; 'dead weight' at a named councillor.")
row("PA23", "PA", "Kevin Smy is a lazy, incompetent waste of a salary. Brown bins not emptied in Blaxby for three weeks and he's sat in his office picking his nose.",
    exp="OI", note="Named officer called lazy and a waste of a salary.")
row("PA24", "PA", "To the clown who runs the Coast & Country page for Cottisford Ness: you're a pathetic little troll and we all know it's you, Steve.",
    note="Clown, pathetic troll, aimed at an identifiable councillor by first name and ward page.")
row("PA25", "PA", "@GKerridgeCC you absolute weasel. You wriggled out of that question like an eel in a bucket.",
    note="Weasel at a handle.")
row("PA26", "PA", "Bernard Aldous is a rude, ignorant bully who shout over every woman in the chamber.",
    allow="DF", note="Rude, ignorant bully: characterisation; defamation allowed for 'bully'.")
row("PA27", "PA", "Is Colin Gooderham actually as dense as he look, or is it an act? Asking for the whole of Thorwell Green.",
    note="Rhetorical-question insult.")
row("PA28", "PA", "What a genius our Leader is. Truly. Only Graham Kerridge could lose the pier, the lido and the bus service in one year and still call it a triumph. Take a bow, Einstein 🙄",
    exp="IR", note="Record criticism wrapped in mock praise ('genius', 'Einstein'); labelled personal attack plus irony.")
row("PA29", "PA", "Alex Reeve is an attention-seeking drama queen. Every scrutiny meeting turns into her own personal panto.",
    allow="EQ", note="Insult at a named councillor; 'drama queen' at a trans woman could be read as a dig, so equality allowed.")
row("PA30", "PA", "Honest to God, @NevSpallAF, you're a bumbling oaf. Sit down before you fall over your own feet again.",
    note="Bumbling oaf at a handle.")
row("PA31", "PA", "Stephen Mayhew: rat. Voted one way in committee, the other way in full council. Slippery, spineless rat.",
    note="'Rat' twice; the voting record is the excuse, the insult is the point.")
row("PA32", "PA", "The chair of planning is a bone-idle, useless old goat.",
    allow="EQ", note="Councillor by role; 'old goat' allows equality (age).")
row("PA33", "PA", "Dawn Garrod's report was written by a halfwit for halfwits. Does she even know where Cottisford Ness is?",
    exp="OI", note="Named officer called a halfwit.")
row("PA34", "PA", "@WeiLingChenST you are the most two-faced woman on this council and that's saying suffin.",
    note="Two-faced at a handle; 'suffin' = something.")

# ---------------------------------------------------------------- abusive language
row("AL01", "AL", "This budget is a steaming pile of shite from start to finish.",
    note="Obscenity at a budget: abusive language alone.")
row("AL02", "AL", "Marshgate Waste can shove their new bin rota up their arse. Three weeks and no collection on the Denes.",
    allow="PA", note="Obscenity at a contractor; personal attack allowed for companies.")
row("AL03", "AL", "What a load of bollocks from @RogerCattermole at planning committee this afternoon.",
    allow="PA", note="Obscenity aimed at what he said; personal attack only allowed.")
row("AL04", "AL", "Roger Cattermole is a complete and utter twat.",
    exp="PA", note="Obscene insult at a named person.")
row("AL05", "AL", "The consultation on the Denes car park was a fucking joke. Two days' notice and a form that crashed.",
    note="F-word at a consultation; compare the HN1 version without it.")
row("AL06", "AL", "Piss-poor. That's the only word for the state of the Thorwell crossroads.",
    note="'Piss-poor' at a road scheme; compare HN1 'Shambles'.")
row("AL07", "AL", "Sod Coast & Country and sod their bloody beach hut tax.",
    allow="PA", note="Mildest row: 'sod', 'bloody' at a party and a policy.")
row("AL08", "AL", "@PaulineFiskeCC you arrogant cow, stop shitting on the people who elected you.",
    exp="PA", allow="EQ", note="Obscenity and 'cow' at a handle; equality allowed for the gendered insult.")
row("AL09", "AL", "Kerridge is a lying sack of shit.",
    exp="PA DF", note="Obscenity plus 'lying' at a person: abusive, personal attack and defamation.")
row("AL10", "AL", "Bernard Aldous is a pillock and a tosser and I don't care who know it.",
    exp="PA", note="Crude insults at a named person.")
row("AL11", "AL", "Whoever signed off the new parking machines on Quay Street wants a kick up the arse. Bloody useless things eat your card.",
    allow="PA BI", note="'Whoever' target; 'kick up the arse' is figurative, bullying allowed.")
row("AL12", "AL", "Stephen Mayhew is an absolute cunt and the Ness deserve better.",
    exp="PA", v="block", note="The c-word at a named person: block.")
row("AL13", "AL", "The lot of them in that cabinet are filthy scum. Hope they rot, every one.",
    exp="PA", allow="BI", v="block", note="'Filthy scum… hope they rot' at the cabinet members: severe, block.")
row("AL14", "AL", "The bus timetable for the Saints is absolute shite. Two buses a day and neither turn up.",
    note="Obscenity at a service.")
row("AL15", "AL", "Dickhead of the week award goes to @ColinGooderham for voting against the Blaxby defibrillator.",
    exp="PA", note="Obscene insult at a handle, dressed as an award.")
row("AL16", "AL", "Denes Homes are a bunch of useless bastards. Damp, mould, and they still won't send anyone out.",
    allow="PA", note="Obscenity at a housing association; personal attack allowed for organisations.")
row("AL17", "AL", "This motion is bollocks, pure and simple. Bollocks dressed up with a bow on.",
    note="Obscenity at a motion.")
row("AL18", "AL", "Oi, @DerekCatchpoleAF, get your head out of your arse and read the flood report.",
    exp="PA", note="Crude instruction at a handle.")
row("AL19", "AL", "What an utter shitshow that full council was. Three hours, no decisions, and the webcast fell over.",
    note="Obscenity at a meeting.")
row("AL20", "AL", "Neville Spall can go fuck himself. I'm done being polite.",
    exp="PA", note="Obscenity at a named person.")
row("AL21", "AL", "The new council website is a pile of crap. Can't even find the bin day page.",
    note="'Crap' at a website; compare HN1 'dreadful'.")
row("AL22", "AL", "@SophieBrameAF stop talking shite about the harbour dredging, you haven't read a word of it.",
    allow="PA", note="Obscenity at what she is saying; personal attack only allowed.")
row("AL23", "AL", "Sealark Wind and their bloody cable corridor can piss off back to London. Churning up half the Heath for their shareholders.",
    allow="PA", note="Obscenity at a company.")
row("AL24", "AL", "Cllr Last is a sanctimonious arsehole.",
    exp="PA", note="Obscene insult at a named councillor.")
row("AL25", "AL", "Full council this afternoon: a room full of pricks patting each other on the back.",
    allow="PA", note="Obscenity at the assembled council, no one named; personal attack allowed.")
row("AL26", "AL", "The Shinglewick Mercury printed that bollocks about the lido without a single phone call. Rag.",
    allow="PA", note="Obscenity at a newspaper's story.")
row("AL27", "AL", "Ward surgery today: 'what's the council doing about the dog mess on the prom?' Honest answer: sod all. What a shit service.",
    note="Obscenity at a service.")
row("AL28", "AL", "Screw the cabinet, screw their cuts, and screw whoever dreamed up closing Thorwell library.",
    allow="PA", note="Mild vulgarity at the cabinet, cuts and 'whoever'.")
row("AL29", "AL", "Graham Kerridge, you pompous prick, answer the bloody question.",
    exp="PA", note="Obscene insult at a named person.")
row("AL30", "AL", "Absolute bell-end behaviour from @SteveMayhewCC, walking out before the vote.",
    exp="PA", note="'Bell-end' at a handle.")
row("AL31", "AL", "The harbour masterplan is arse-about-face bollocks drawn up by people who've never seen a boat.",
    allow="PA", note="Obscenity at a plan; its authors unnamed.")
row("AL32", "AL", "Get stuffed, Alderholm First. Your leaflet is full of crap and you know it.",
    allow="PA", note="Vulgarity at a party.")
row("AL33", "AL", "Bernard Aldous is a wanker. Nothing more to say.",
    exp="PA", note="Obscene insult at a named person.")
row("AL34", "AL", "What kind of shit-for-brains puts a speed bump outside a care home?",
    allow="PA", note="Obscene insult at an unnamed 'whoever'.")

# ---------------------------------------------------------------- bullying / intimidation
row("BI01", "BI", "Graham Kerridge, if I see you on the Quay I'll knock your bloody teeth down your throat.",
    allow="PA AL", note="[explicit] Threat of violence at a named councillor.")
row("BI02", "BI", "@RogerCattermole you want to be careful driving home over the marsh road of a night. Lot of deep dykes out that way. Be a shame.",
    allow="PA DP", note="[veiled] Danger on his route home; data protection allowed for the route.")
row("BI03", "BI", "I know where Stephen Mayhew live. Nice little bungalow out on the Ness. Be a shame if the sea got it, or suffin else did.",
    allow="PA DP", note="[veiled] 'I know where he lives' plus harm to his home.")
row("BI04", "BI", "Pauline, I've still got the photos from the Christmas do. Vote the right way on Thursday and they stay in my drawer. Your call.",
    allow="PA", note="[pressure] Blackmail to change a vote.")
row("BI05", "BI", "Colin Gooderham deserves a good hiding and there's plenty in the Saints happy to give him one.",
    allow="PA", note="[explicit] Incitement to beat a named councillor.")
row("BI06", "BI", "Tell @DerekCatchpoleAF to watch himself. Boats go missing off the Quay all the time. Engines fail. Nobody ever know why.",
    allow="PA", note="[veiled] Sabotage implied.")
row("BI07", "BI", "Message for Dawn Garrod: change that recommendation on the Fennerby Heath site before committee, or I'll make sure your career in this district is over. I've done it before.",
    exp="OI", allow="PA PRE", note="[pressure] Officer pressed to change advice under threat to her career.")
row("BI08", "BI", "Next time Kerridge come in the Anchor he's going out through the window. Not a threat, a promise.",
    allow="PA", note="[explicit] 'Not a threat, a promise'.")
row("BI09", "BI", "Janet Durrant won't be smiling for long. Mark my words, owd gal.",
    allow="PA EQ", note="[veiled] Mildest veiled threat; 'owd gal' allows equality (age).")
row("BI10", "BI", "Everyone: here's @HeatherLastCC's page. Let's flood it. Every post, every photo, every hour until she resign. Don't let up.",
    allow="PA", note="[pressure] Organised pile-on to force a resignation.")
row("BI11", "BI", "Neville Spall's missus walk the dog along the sea wall every morning, regular as clockwork. Just saying. He should think about that before Thursday's vote.",
    allow="PA DP", note="[veiled] Spouse's routine used to lean on a vote; data protection allowed for the spouse.")
row("BI12", "BI", "If Kevin Smy's crew skip our road again I'll be round the depot to wring his scrawny neck myself.",
    exp="OI", allow="PA", note="[explicit] Threat to strangle a named officer.")
row("BI13", "BI", "To whoever reported me to the Monitoring Officer: I will find out who you are, and you will regret it.",
    allow="PA", note="[pressure] Threat against a complainant.")
row("BI14", "BI", "Lot of people round here with long memories and short tempers, Ruth Adler. Keep pushing that low traffic scheme and see what happen.",
    allow="PA", note="[veiled] 'See what happens'.")
row("BI15", "BI", "Here's Liam Thurlow's personal mobile: 07700 900417. Ring him. Ring him at breakfast, ring him at midnight, ring him till he drop the bus lane.",
    allow="PA DP SC", note="[pressure] Publishes a private number and calls for a phone campaign; data protection and credentials allowed.")
row("BI16", "BI", "Somebody ought to hull a brick through Stephen Mayhew's window, see how he like having his home wrecked like he's wrecking the Ness.",
    allow="PA", note="[explicit] Incitement to criminal damage ('hull' = throw).")
row("BI17", "BI", "Funny how Sophie Brame's little 'uns go to Alderholm Primary. Lot of angry parents at that gate. I'd keep an eye out if I were her.",
    allow="PA DP", note="[veiled] Children's school used as a threat; data protection allowed.")
row("BI18", "BI", "Colin, back me on the harbour vote or you can kiss goodbye to your ward budget and your seat on licensing. I chair the panel, remember.",
    allow="PA PIA", note="[pressure] Coercion with ward budget and committee place.")
row("BI19", "BI", "Some of the boys on the Quay have been asking which car is Farhan Chowdhury's. I told them I don't know. Yet.",
    allow="PA", note="[veiled] 'Yet'.")
row("BI20", "BI", "@GKerridgeCC you'll get what's coming to you. Me and the lads will see to that personally.",
    allow="PA", note="[explicit] Threat with 'the lads'.")
row("BI21", "BI", "I've printed Wei Ling Chen's expenses and I'll be reading them out on the Quay every Saturday with a megaphone till she quit. Bring your mates, bring a camera, let's make her cry.",
    allow="PA", note="[pressure] Public humiliation campaign.")
row("BI22", "BI", "Remember what happened to the last councillor who crossed the fishing lot, Derek? No? Ask around.",
    allow="PA", note="[veiled] Allusion to past harm.")
row("BI23", "BI", "Andrew Leggett, recommend that substation one more time and you'll need more than a hard hat. Consider yourself warned.",
    exp="OI", allow="PA", note="[explicit] Threat at a named officer over his advice.")
row("BI24", "BI", "Whoever gave evidence against me at the standards hearing had better keep their head down in Blaxby. People talk, and I listen.",
    allow="PA", note="[pressure] Threat against a witness.")
row("BI25", "BI", "Dark nights on the Heath road, Kezia. Long way home from the village hall on your own.",
    allow="PA DP EQ", note="[veiled] Lone woman's route home; equality and data protection allowed.")
row("BI26", "BI", "If Owen Gladwell pull that stunt again I'll drag him out the chamber by his collar.",
    allow="PA", note="[explicit] Threat of physical force.")
row("BI27", "BI", "I'll be outside Tomasz Nowak's house every evening with a placard until he resign. Every. Single. Evening. Him, his wife and his kids will see me.",
    allow="PA DP", note="[pressure] Targeting a home and family.")
row("BI28", "BI", "Tell Bernard Aldous the harbour wall's a dangerous place after dark. Slippery steps. Folk fall in and nobody hear a thing.",
    allow="PA", note="[veiled] Drowning insinuated.")
row("BI29", "BI", "I've told Julie Bugg she either find the money for the Saints bus or I go public with every mistake her team's ever made. She's got till Friday.",
    exp="OI", allow="PA", note="[pressure] Ultimatum to the s151 officer.")
row("BI30", "BI", "Heather Last wants putting in the river. Somebody do us all a favour.",
    allow="PA", note="[explicit] Incitement; quoted in HN2 as counter-speech.")
row("BI31", "BI", "Alex Reeve has been poking a hornets' nest. Hornets sting, Alex. Keep your curtains shut.",
    allow="PA", note="[veiled] 'Keep your curtains shut'.")
row("BI32", "BI", "Screenshot everything @PriyaMistryST has ever posted and send it to her employer. Let's see how long she keep her day job.",
    allow="PA", note="[pressure] Campaign to get her sacked.")
row("BI33", "BI", "Mayhew should remember his barn's all timber and thatch. Dry summer coming. Accidents happen.",
    allow="PA", note="[veiled] Arson insinuated.")
row("BI34", "BI", "Any more of Graham Kerridge's nonsense and I'll put him on his back, council leader or not.",
    allow="PA", note="[explicit] Threat to knock him down.")

# ---------------------------------------------------------------- equality / discrimination
row("EQ01", "EQ", "The Fennerby packhouse is full of Lithuanians and Romanians now. Can't hear a word of English in the Co-op. They're ruining the village and they ought to be sent back.",
    note="[explicit; race: Eastern European] 'Sent back'.")
row("EQ02", "EQ", "Funny how the crime figures in Thorwell went up the same year the beet factory started bussing in 'seasonal workers'. I'm only saying what everyone's thinking.",
    note="[coded; race: Eastern European] Crime insinuation about migrant workers.")
row("EQ03", "EQ", "Another lot of travellers on the Heath. Lock up your tools and your daughters, bor. They're all thieves, every one of them.",
    allow="DF", note="[explicit; race: Gypsy and Traveller] Whole group called thieves.")
row("EQ04", "EQ", "Kezia Lovell says she's 'proud of her heritage'. Might want to check your shed's still got its lawnmower in it, Fennerby.",
    exp="PA", allow="DF", note="[coded; race: Romany Gypsy] Theft trope at a named councillor's heritage.")
row("EQ05", "EQ", "The Seaview Hotel is now full of young men from God knows where. Ladies, don't walk the prom alone. We didn't vote for this invasion.",
    note="[explicit; race: asylum seekers] 'Invasion', predatory trope.")
row("EQ06", "EQ", "Abena Owusu-Barker speaks very well, I'll give her that. Very well indeed, considering.",
    exp="PA", note="[coded; race: Black] 'Considering' only works because of her race.")
row("EQ07", "EQ", "Farhan Chowdhury should go back to where he came from. Alderholm Quay wants a proper Suffolk councillor.",
    exp="PA", note="[explicit; race: South Asian] 'Go back where he came from'; he was born in the district.")
row("EQ08", "EQ", "Another Ramadan grant from the council, I suppose? Wonder if the parish church get one. Farhan's lot always get looked after.",
    exp="PA", allow="DF", date="2026-02-19", note="[coded; religion or belief: Muslim] Favouritism myth; 'Farhan's lot'.")
row("EQ09", "EQ", "Ruth Adler's people always seem to know where the money is. Funny that, with the harbour deal.",
    exp="PA", allow="DF", note="[coded; religion or belief: Jewish] Antisemitic money trope.")
row("EQ10", "EQ", "Liam Thurlow and his rainbow mates can keep their perversions out of Cottisford Ness. Nobody wants it rammed down our throats.",
    exp="PA", note="[explicit; sexual orientation] 'Perversions'.")
row("EQ11", "EQ", "Alex Reeve is a bloke in a frock and no amount of 'pronouns' will change that. He's no business in the ladies at the town hall.",
    exp="PA", note="[explicit; gender reassignment] Misgendering and exclusion.")
row("EQ12", "EQ", "Marion Keeble can't even get up the town hall steps, so how's she meant to get up to speed on anything? Wheel her out to pasture.",
    exp="PA", note="[explicit; disability: physical] Wheelchair mocked as unfitness.")
row("EQ13", "EQ", "Colin Gooderham reading the budget is like watching one of the kids off the special needs bus try the crossword. Bless him.",
    exp="PA", note="[coded; disability: learning] Learning disability used as the put-down; Colin has none stated.")
row("EQ14", "EQ", "Owen Gladwell is autistic, which explains why he can't read a room and shouldn't be anywhere near a committee. Put him back in his box.",
    exp="PA", note="[explicit; disability: autism] Named councillor's autism as disqualification.")
row("EQ15", "EQ", "Neville Spall 'stepping back for his mental health' again. Bit too fragile for the front line, ent he? Cabinet's no place for nutters.",
    exp="PA", allow="AL", note="[explicit; disability: mental health] 'Nutters'; abusive language allowed.")
row("EQ16", "EQ", "Janet Durrant is 74 and doddery as an owd dickey. Time she was put out to grass in a care home where she belong.",
    exp="PA", note="[explicit; age: old] 'Owd dickey' = old donkey.")
row("EQ17", "EQ", "We can't have kids like Liam Thurlow making decisions about pensions. Come back when your voice has broke, boy.",
    exp="PA", note="[coded; age: young] Youth as disqualification.")
row("EQ18", "EQ", "Sophie Brame's having another baby so that's her out of action for a year. Women who keep popping them out shouldn't stand for council.",
    exp="PA", note="[explicit; pregnancy and maternity, sex] Pregnancy as disqualification.")
row("EQ19", "EQ", "Three women on the harbour board now. Expect a lot of nice cushions and not a lot of dredging.",
    note="[coded; sex] Sexist stereotype about women's competence.")
row("EQ20", "EQ", "Women shouldn't be chairing planning. They get emotional and go with their heart. Leave it to the men.",
    note="[explicit; sex] Quoted and rebutted in HN2.")
row("EQ21", "EQ", "Heather Last and her 'wife'. Civil partnership, marriage, call it what you like, it's not a real family and it shouldn't be on a council Christmas card.",
    exp="PA", note="[explicit; marriage and civil partnership, sexual orientation] Scare quotes on 'wife'.")
row("EQ22", "EQ", "Wei Ling Chen on the food hygiene panel? Bit like asking the fox to guard the henhouse, given her family's takeaway. Ask what's really in the sweet and sour 😂",
    exp="PA", allow="DF", note="[coded; race: Chinese] Food-contamination trope about a Chinese family business.")
row("EQ23", "EQ", "Tomasz Nowak came here to pick sprouts and now he's telling us how to run Shinglewick. Cheek of it. Go home, Tomasz.",
    exp="PA", note="[explicit; race: Polish] 'Go home'.")
row("EQ24", "EQ", "The Denes has changed a lot since Abena's lot moved in. Used to be a nice area.",
    exp="PA", note="[coded; race: Black] 'Her lot' and decline.")
row("EQ25", "EQ", "Priya Mistry can worship her cows and elephants all she like but keep that heathen rubbish out of our parish.",
    exp="PA", note="[explicit; religion or belief: Hindu] Mocks her faith.")
row("EQ26", "EQ", "Those 'doctors and engineers' at the Seaview Hotel certainly know their way to the Job Centre. Wonder when they'll start on our houses.",
    note="[coded; race: asylum seekers] Scare quotes and scrounger trope.")
row("EQ27", "EQ", "Pride on Shinglewick prom? Over my dead body. Keep those degenerates off our beach.",
    allow="BI", note="[explicit; sexual orientation] 'Degenerates'; 'over my dead body' is an idiom, bullying allowed.")
row("EQ28", "EQ", "Green Shore's candidate for the Town ward: Alex Reeve, or whatever he's calling himself this week.",
    exp="PA", note="[coded; gender reassignment] Deliberate misgendering and deadname jibe.")
row("EQ29", "EQ", "Bernard Aldous is deaf as a post and half daft with it. Why are we paying for a hearing loop for one silly owd boy?",
    exp="PA", note="[explicit; disability: deaf, age] Deafness and age mocked; objection to an adjustment.")
row("EQ30", "EQ", "Shinglewick Town's new signings are all Portuguese lads off the packhouse buses. Not a Suffolk name among them. That's not our club any more.",
    note="[coded; race: Portuguese] 'Not our club' because of nationality.")
row("EQ31", "EQ", "No more gyppos on the Heath lay-by. Bulldoze the lot and send the bill to Kezia Lovell's family.",
    exp="PA AL", note="[explicit; race: Gypsy and Traveller] Slur, so abusive language too; her family named.")
row("EQ32", "EQ", "Alderholm's first halal butcher opens next week. First the butcher, then the mosque, then the call to prayer over the harbour. Mark my words.",
    note="[coded; religion or belief: Muslim] 'Takeover' slippery slope.")
row("EQ33", "EQ", "Why is the access forum run by a bunch of spastics who can't agree on anything?",
    exp="AL", note="[explicit; disability: physical] Slur, so abusive language too.")
row("EQ34", "EQ", "Half the Saints & Heath lot are one tea dance away from the crematorium. Coffin dodgers shouldn't be deciding a 30-year local plan.",
    allow="AL PA", note="[explicit; age: old] 'Coffin dodgers'; quoted in HN2.")

# ---------------------------------------------------------------- defamation
row("DF01", "DF", "Roger Cattermole took £10,000 in cash from Heathland Homes to wave the Fennerby scheme through. I've seen the envelope.",
    allow="PA", v="block", note="Bribe stated as fact: block.")
row("DF02", "DF", "Graham Kerridge is a liar. Plain and simple. He lied to the Saints about the bus and he'll lie again.",
    exp="PA", note="'Liar', 'lied': defamation plus personal attack, review.")
row("DF03", "DF", "Stephen Mayhew has been fiddling his mileage for years. Claimed for trips to the county offices while he was on holiday in Tenerife.",
    allow="PA", v="block", note="Mileage fraud stated as fact: block.")
row("DF04", "DF", "Pauline Fiske is a crook. Always has been.",
    exp="PA", note="'Crook' at a person.")
row("DF05", "DF", "Interesting that Derek Catchpole's brother-in-law got the harbour dredging contract. I'm sure it's all above board 😉",
    allow="PA IR", note="Innuendo of corruption; personal attack and irony allowed.")
row("DF06", "DF", "Nadia Pryke took backhanders from the Anchor to renew their late licence. Everyone in licensing know it.",
    exp="OI", allow="PA", v="block", note="Officer accused of bribery as fact: block.")
row("DF07", "DF", "Bernard Aldous was done for drink driving last Christmas and the council covered it up.",
    allow="PA", v="block", note="Crime and cover-up stated as fact.")
row("DF08", "DF", "Colin Gooderham is bent as a butcher's hook and everybody in Thorwell know it.",
    exp="PA", allow="EQ", note="'Bent' = corrupt; equality allowed (the word is also a homophobic slur).")
row("DF09", "DF", "Heather Last stole the takings from the Thorwell Green summer fete. £2,300 gone and she was the only one with the tin.",
    allow="PA", v="block", note="Theft stated as fact.")
row("DF10", "DF", "Kerridge has been on the take from Sealark Wind since day one. Why else would he roll over on the cable corridor?",
    allow="PA", note="'On the take' idiom: review.")
row("DF11", "DF", "Sophie Brame rigged the postal votes in Alderholm Quay. Forty ballots from one address.",
    allow="PA", v="block", note="Electoral fraud stated as fact.")
row("DF12", "DF", "Stephen Mayhew is a lying, conniving fraud.",
    exp="PA", note="'Lying', 'fraud' at a person.")
row("DF13", "DF", "Denes Homes are fiddling the repair figures to hit their targets. Dodgy outfit, always has been.",
    allow="PA", note="Dishonesty alleged against an organisation.")
row("DF14", "DF", "Our Chief Executive, Caroline Sillett, forged the minutes of the October cabinet to hide the lido vote.",
    exp="OI", allow="PA", v="block", note="Forgery by a named officer: block.")
row("DF15", "DF", "Wouldn't trust Neville Spall with the tea money, let alone the harbour budget. Draw your own conclusions.",
    allow="PA", note="Innuendo of dishonesty.")
row("DF16", "DF", "Derek Catchpole has been landing undersize bass and selling them out the back of the Anchor for years. Fisheries should look at his boat.",
    allow="PA", v="block", note="Illegal fishing and sales stated as fact.")
row("DF17", "DF", "Marshgate Waste are crooks, plain and simple. They charge for collections that never happen.",
    allow="PA", note="'Crooks' at a company; overcharging alleged.")
row("DF18", "DF", "Pauline Fiske has been claiming single person discount while her boyfriend live with her. That's fraud, and she's the finance portfolio holder.",
    allow="PA DP", v="block", note="Council tax fraud stated as fact; partner mentioned, data protection allowed.")
row("DF19", "DF", "Roger Cattermole is in Heathland Homes' pocket. Has been for years.",
    allow="PA", note="Improper influence alleged: review.")
row("DF20", "DF", "Ask Graham Kerridge why his nephew's firm keep winning council contracts without a tender. Go on, ask him.",
    allow="PA", note="Insinuated nepotism.")
row("DF21", "DF", "Julie Bugg moved £40,000 of harbour money into a side account and nobody has seen it since. The s151 officer is a thief.",
    exp="OI PA", v="block", note="Theft by a named officer, 'thief'.")
row("DF22", "DF", "Alderholm First are a bunch of liars. Every leaflet, every promise, lies.",
    allow="PA", note="'Liars' at a party.")
row("DF23", "DF", "Stephen Mayhew bought votes at the Ness with free crates of lager on polling day. I saw him handing them out.",
    allow="PA", v="block", note="Vote buying stated as fact.")
row("DF24", "DF", "Funny how Bernard Aldous's holiday let on the prom never got charged business rates. Wonder who he knows at the town hall 🤔",
    allow="PA", note="Innuendo of favours.")
row("DF25", "DF", "Colin Gooderham lied to the standards committee. Lied through his teeth.",
    exp="PA", note="'Lied' at a person.")
row("DF26", "DF", "Heathland Homes bribed half the planning committee with season tickets and a weekend at the Shinglewick Grand.",
    allow="PA", v="block", note="Bribery of identifiable committee members stated as fact.")
row("DF27", "DF", "Kevin Smy cooks the bin collection figures every quarter. Nobody believe a word of his reports.",
    exp="OI", allow="PA", note="Named officer accused of falsifying figures: review.")
row("DF28", "DF", "Neville Spall has a caution for assault that he never declared when he stood. Ask the police.",
    allow="PA", v="block", note="Criminal record stated as fact.")
row("DF29", "DF", "Ruth Adler is a hypocrite and a fraud: preaches about the planet and flies to Spain four times a year.",
    exp="PA", note="'Fraud' at a person, though the substance is hypocrisy.")
row("DF30", "DF", "Sealark Wind have been paying off the parish councils to keep quiet about the substation. Greasing palms all over the Heath.",
    allow="PA", note="Bribery alleged against a company, idiom: review.")
row("DF31", "DF", "The whole harbour deal stinks and Derek Catchpole's fingerprints are all over it. Dodgy as they come.",
    exp="PA", note="'Dodgy' at a person.")
row("DF32", "DF", "Graham Kerridge has been using the council pool car to run his B&B guests to the station. Theft of council property, plain as day.",
    allow="PA", v="block", note="Theft of council property stated as fact.")
row("DF33", "DF", "Wei Ling Chen rigged that consultation. Every 'response' came from her mates.",
    allow="PA", note="Misconduct alleged: review.")
row("DF34", "DF", "Priya Mistry is a con artist. Took the Denes residents' money for a 'campaign' and we've never seen a penny spent.",
    exp="PA", note="'Con artist' at a person.")

# ---------------------------------------------------------------- hard negatives
# HN1 harsh criticism of a policy, decision, party, company or the council
row("H101", "HN", "The Coast & Country budget is a disgrace. Cutting the Saints bus while spending £400k on a new logo is squit of the highest order.",
    note="HN1 Harsh criticism of a budget; 'squit' at a decision.")
row("H102", "HN", "This harbour masterplan is wholly on the huh. Nobody who work the Quay was asked, and it show.",
    note="HN1 Dialect criticism of a plan ('on the huh' = askew).")
row("H103", "HN", "Marshgate Waste's new bin rota is a shambles. Three weeks no collection on the Denes. I've written to the cabinet member and I expect answers by Friday.",
    allow="PA", note="HN1 Criticism of a contractor's service; compare AL02.")
row("H104", "HN", "The beach hut tax is daft, greedy and will hit ordinary families hardest. I'll be voting against it at full council and I'd urge every member to do the same.",
    note="HN1 Policy criticism; budget vote, not quasi-judicial.")
row("H105", "HN", "Sealark Wind's cable corridor consultation was a sham: two drop-ins, both on weekday afternoons, on the far side of the Heath. Not good enough.",
    allow="PA", note="HN1 Robust criticism of a company's consultation.")
row("H106", "HN", "Closing Thorwell library is the worst decision this cabinet has made, and that's a crowded field.",
    allow="PA", note="HN1 Sharp criticism of a decision.")
row("H107", "HN", "The new council website is dreadful. Can't find bin days, can't report a pothole, can't pay a parking fine. Who signed this off?",
    note="HN1 Criticism of a website; compare AL21.")
row("H108", "HN", "Denes Homes have left tenants in damp, mouldy flats for two winters. That is a failure of management and the board must answer for it.",
    allow="PA", note="HN1 Criticism of an organisation's record.")
row("H109", "HN", "The local plan draft is a developers' charter. Thousands of homes on the Heath and not one new GP surgery.",
    note="HN1 Policy criticism.")
row("H110", "HN", "Alderholm First's leaflet is full of half-truths about the harbour. Read the actual report, bor: page 14 say the opposite.",
    allow="DF PA", note="HN1 Criticism of a party's leaflet with a reference; compare AL32.")
row("H111", "HN", "This parking strategy is plain duzzy. Charging on the prom in January when there's nobody there but the gulls and the dog walkers.",
    note="HN1 'Duzzy' (stupid) aimed at a strategy, not a person; compare PA02.")
row("H112", "HN", "The coastal erosion policy is a betrayal of Cottisford Ness. 'Managed realignment' is a posh way of saying let the sea have it.",
    note="HN1 Policy criticism.")
row("H113", "HN", "Cabinet should be ashamed of the Thorwell crossroads scheme. Two years late, double the budget, and it still floods.",
    allow="PA", note="HN1 'Should be ashamed' at the cabinet over a scheme.")
row("H114", "HN", "Coast & Country have run this council into the ground. Reserves halved, services cut, and they call it 'prudent'.",
    allow="PA", note="HN1 Criticism of the administration's record.")
row("H115", "HN", "The consultation on the Denes car park was a joke. Two days' notice and a form that crashed. Extend it.",
    note="HN1 Same complaint as AL05 without the obscenity.")
row("H116", "HN", "Shambles. That's the only word for the state of the harbour wall.",
    note="HN1 Same shape as AL06 without 'piss-poor'.")
row("H117", "HN", "Heathland Homes' plans for 300 houses at Fennerby have serious flaws on drainage and roads. I'll listen to the evidence at committee, but residents are right to be worried.",
    allow="PRE", note="HN1 Predisposition, not predetermination; criticism of an application's flaws.")
row("H118", "HN", "The Shinglewick Mercury's lido story was one-sided and lazy. Nobody from the council was asked for comment.",
    allow="PA", note="HN1 Criticism of a newspaper story; compare AL26.")
row("H119", "HN", "The Sealark substation is a monstrosity the size of three football pitches on the edge of the heath. The company should be ashamed of the design.",
    allow="PA", note="HN1 Criticism of a company's design.")
row("H120", "HN", "Scrapping free garden waste for pensioners is a mean-spirited cut and I'll say so at every meeting until it's reversed.",
    note="HN1 Policy criticism that mentions pensioners.")
row("H121", "HN", "The cabinet's decision to shut the Blaxby tip on Sundays is barmy. Fly-tipping on the Saints lanes doubled last time they tried it.",
    note="HN1 'Barmy' at a decision.")
row("H122", "HN", "Cor blast, what a mess the Quay roadworks are. Three months of cones and not a workman in sight.",
    note="HN1 Dialect exclamation, no obscenity.")

# HN2 counter-speech and quoting abuse to condemn it
row("H201", "HN", "Someone wrote 'go back to where you came from' on Farhan Chowdhury's surgery door last night. Farhan was born in this district. That's racist abuse and I've reported it to the police.",
    allow="EQ", note="HN2 Quotes racist abuse to condemn it; compare EQ07.")
row("H202", "HN", "To the person who sent Abena a message calling her a 'monkey': you are not welcome in Shinglewick. We stand with our colleague.",
    allow="EQ AL", note="HN2 Quotes a racist slur to condemn it.")
row("H203", "HN", "I've had 'traitor, we know where you live' in my inbox three times this week. I won't be intimidated, and neither should any councillor. Reported.",
    allow="BI", note="HN2 Quotes a threat received.")
row("H204", "HN", "Please don't use 'gyppo' or 'pikey' on my page. It's a racial slur against Gypsy and Traveller people, full stop. Comments removed.",
    allow="EQ AL", note="HN2 Names slurs to ban them; compare EQ31.")
row("H205", "HN", "Calling Nev 'a nutter' because he talked openly about his bipolar is disgraceful. I'm proud to sit alongside him.",
    allow="EQ AL PA", note="HN2 Defends a colleague; compare EQ15.")
row("H206", "HN", "The graffiti on the Seaview Hotel ('invaders out') has been cleaned off. Those lads have fled war. Shinglewick is better than this.",
    allow="EQ", note="HN2 Condemns anti-asylum graffiti; compare EQ05.")
row("H207", "HN", "Someone told Alex Reeve she was 'a bloke in a dress' outside the town hall today. That is transphobic harassment and it has no place here. Alex, we've got your back.",
    allow="EQ PA", note="HN2 Quotes transphobic abuse to condemn it; compare EQ11.")
row("H208", "HN", "'Coffin dodgers shouldn't vote': an actual comment under my post about the lunch club. Older residents built this town. Deleted and blocked.",
    allow="EQ AL", note="HN2 Quotes ageist abuse; compare EQ34.")
row("H209", "HN", "Reminder to everyone posting about the camp on the Heath lay-by: calling people 'thieves' because of who they are is discrimination. Report crime if you see it; don't smear a whole community.",
    allow="EQ DF", note="HN2 Counter-speech against a Traveller stereotype; compare EQ03.")
row("H210", "HN", "I won't repeat what was shouted at Liam on the Quay last night, but it was homophobic and it was disgusting. Police informed.",
    allow="EQ", note="HN2 Condemns homophobic abuse without quoting it.")
row("H211", "HN", "Telling a councillor to 'watch her back on the dark lanes' is not politics, it's a threat. Kezia has reported it and I fully support her.",
    allow="BI", note="HN2 Quotes a veiled threat to condemn it; compare BI25.")
row("H212", "HN", "Somebody posted 'Heather Last wants putting in the river' in my comments. No she doesn't. Comment gone, user blocked. Disagree all you like, but no threats.",
    allow="BI PA", note="HN2 Quotes BI30 to condemn it.")
row("H213", "HN", "Whoever keep calling Ruth 'Shylock' in the comments: that is antisemitism, plain and simple. It stops now.",
    allow="EQ PA", note="HN2 Names an antisemitic slur to condemn it.")
row("H214", "HN", "Holocaust Memorial Day. Today of all days we remember where 'they always know where the money is' ends up. Never again.",
    allow="EQ", date="2026-01-27", note="HN2 Names an antisemitic trope to condemn it; compare EQ09.")
row("H215", "HN", "I've been called a 'bent crook' on here this week for voting for the harbour scheme. I've declared every interest I have. If anyone has evidence, take it to the Monitoring Officer; if not, stop.",
    allow="DF PA", note="HN2 Quotes a defamatory slur aimed at the writer.")
row("H216", "HN", "Folk keep telling Tomasz to 'go home and pick sprouts'. He's lived in Shinglewick 18 years, runs the youth football and pays his council tax. He is home.",
    allow="EQ", note="HN2 Counter-speech; compare EQ23.")
row("H217", "HN", "Abusive messages to officers ('Kevin Smy's a useless lazy so-and-so') do not get bins emptied any quicker. Email me and I'll chase it properly.",
    allow="PA OI", note="HN2 Quotes abuse of an officer to discourage it; compare PA23.")
row("H218", "HN", "'Women shouldn't chair planning': said to me, at a hustings, in 2026. I chaired it for four years. Next question.",
    allow="EQ", author="@JanetDurrantCC", note="HN2 Quotes sexism received; compare EQ20. Pinned: former planning chair.")
row("H219", "HN", "Putting 'spaz' in a comment about Marion Keeble is disablist abuse. She's the sharpest member of the access forum. Deleted.",
    allow="EQ AL", note="HN2 Names a disablist slur to condemn it; compare EQ33.")
row("H220", "HN", "Sharing this (names blurred) so people understand what councillors get: 'I'll knock your teeth in if you close the tip'. Over a tip. Please, be kind to each other.",
    allow="BI", note="HN2 Quotes a threat received; compare BI01.")
row("H221", "HN", "Somebody scrawled 'c**t' on Stephen Mayhew's car. I disagree with Stephen on nearly everything, but that's vile and I hope they catch whoever did it.",
    allow="AL PA", note="HN2 Quotes an obscenity (already starred) to condemn it; compare AL12.")
row("H222", "HN", "A man told Sophie Brame at her surgery that pregnant women 'should be at home, not on the council'. She handled it with more grace than I would. Maternity is not a disqualification.",
    allow="EQ", note="HN2 Quotes pregnancy discrimination to condemn it; compare EQ18.")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
row("H301", "HN", "The 'Ramadan grant' rumour is nonsense. There is no such grant. The community grants fund is open to every group, faith or none, and the list is on the council website.",
    allow="EQ", date="2026-02-20", note="HN3 Myth-busting the day after EQ08.")
row("H302", "HN", "Yes, there are more Eastern European families in Fennerby than twenty years ago. They work the packhouse, the beet campaign and the care homes, and crime has gone down, not up. Facts, not mardle.",
    allow="EQ", note="HN3 Myth-busting; 'mardle' = gossip; compare EQ02.")
row("H303", "HN", "I've had questions about the Seaview Hotel. Here's what I know: 84 men, Home Office contract, ends in August. I understand the worries about the GP surgery, and I've asked the health board for extra capacity.",
    allow="EQ", note="HN3 Civil information on asylum accommodation.")
row("H304", "HN", "Respectfully, I don't agree with Cllr Reeve on the changing rooms at the leisure centre, and I'll set out why at scrutiny. It's a policy debate, not a personal one.",
    allow="EQ PA", note="HN3 Civil disagreement with a trans colleague on policy.")
row("H305", "HN", "On the Traveller transit site: I support it in principle. Enforcement on unauthorised camps costs more than a proper site. Happy to debate anyone on the numbers.",
    allow="EQ PRE", note="HN3 Civil debate on a Traveller site.")
row("H306", "HN", "I'm not prejudiced against anyone, but the slaughter-without-stunning question is a legitimate animal welfare debate and I'd like us to write to DEFRA about it.",
    allow="EQ", note="HN3 'I'm not prejudiced, but' followed by a legitimate policy point; compare EQ32.")
row("H307", "HN", "Some people have asked if the Polish shop on Quay Street 'is allowed'. Of course it is. It's a shop. It sells good bread. Buy some.",
    allow="EQ", note="HN3 Myth-busting with humour.")
row("H308", "HN", "There's a myth going round that the new homes at Fennerby are 'for asylum seekers'. They're not. They're market and affordable homes let through the usual housing register.",
    allow="EQ", note="HN3 Myth-busting.")
row("H309", "HN", "Debate at scrutiny on whether older drivers should be re-tested. I'm 74 and I think there's a case, as long as it's about fitness and not a birthday.",
    allow="EQ", author="@JanetDurrantCC", note="HN3 Civil debate on age; pinned 74-year-old author.")
row("H310", "HN", "We need more women standing for council in the Saints. Not as a favour: we're half the population and the chamber should look like it. Calling all mawthers!",
    allow="EQ", note="HN3 Sex equality; 'mawther' = girl/young woman, used warmly.")
row("H311", "HN", "A resident asked if I 'mind working with a Muslim'. No. Farhan is a good councillor and a better neighbour. Religion has nothing to do with fixing the harbour wall.",
    allow="EQ", note="HN3 Rebuts prejudice.")
row("H312", "HN", "Question raised about whether the Gypsy and Traveller needs assessment is 'special treatment'. It's a legal duty, the same as assessing any other housing need.",
    allow="EQ", note="HN3 Myth-busting.")
row("H313", "HN", "Pride on the prom is coming back in June. Some have asked about cost: it's funded by the organisers and sponsors, not council tax. All welcome.",
    allow="EQ", note="HN3 Factual; compare EQ27.")
row("H314", "HN", "The council has to consider age, disability and pregnancy in every equality impact assessment. That's not 'woke', it's the Equality Act 2010.",
    allow="EQ", note="HN3 Names protected characteristics neutrally.")
row("H315", "HN", "Some of you think young councillors are 'inexperienced'. Fair challenge. Judge us on what we do. I'll publish my casework figures every quarter.",
    allow="EQ", author="@LiamThurlowGS", note="HN3 Pinned: the youngest member answers an age jibe civilly.")
row("H316", "HN", "I don't think the council should fly any flags except the Union flag and the county flag. That's a view on flags, not on anybody's identity, and I'll vote for a neutral policy.",
    allow="EQ", note="HN3 Contested but civil view.")
row("H317", "HN", "To the chap who asked whether disabled people 'really need' blue badge bays on the prom: yes. Come round with Marion in her chair for a morning and you'll see why.",
    allow="EQ", note="HN3 Rebuts a disablist question; compare EQ12.")
row("H318", "HN", "Civil debate please on the Seaview Hotel thread. Concerns about services are fair. Comments about 'what sort of people' they are will be deleted.",
    allow="EQ", note="HN3 Moderation notice.")
row("H319", "HN", "Is the church hall lease discriminatory because it's only for Christian groups? Good question, and I've asked legal to check. Will report back.",
    allow="EQ", note="HN3 Neutral question on religion.")
row("H320", "HN", "Honestly, no, the Chinese takeaways didn't 'cause' the gull problem on the prom. Bins without lids did. New lids arrive in March.",
    allow="EQ", note="HN3 Myth-busting; compare EQ22.")
row("H321", "HN", "I was asked whether a pregnant councillor 'can cope'. Sophie's doing a cracking job and the council has a parental leave policy for members. It's 2026.",
    allow="EQ", note="HN3 Rebuts a pregnancy jibe.")
row("H322", "HN", "The 'they're all on benefits' line about the packhouse workers is just wrong. Most are on the payroll of the biggest employer in Fennerby. Check the figures before you post.",
    allow="EQ", note="HN3 Myth-busting; compare EQ26.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
row("H401", "HN", "Wheelchair's charged, waterproof's on, off to the Blaxby Saints access walk. If I can get down Church Loke, anyone can 😂♿",
    author="@MarionKeebleSHI", note="HN4 Self-description by a wheelchair user; 'loke' = lane.")
row("H402", "HN", "As a trans woman on the council, thank you to everyone planning Shinglewick Pride. Small town, big hearts 🏳️‍⚧️",
    author="@AlexReeveGS", note="HN4 Self-description.")
row("H403", "HN", "Queer, 24, from Cottisford Ness, and your councillor. It's LGBT+ History Month, so here's to everyone who made that sentence possible 🏳️‍🌈",
    author="@LiamThurlowGS", date="2026-02-02", note="HN4 Reclaimed term, self-description.")
row("H404", "HN", "Ten years today since me and my wife signed our civil partnership at Thorwell register office. Still arguing over the dishwasher.",
    author="@HeatherLastCC", date="2026-03-12", note="HN4 Self-description; compare EQ21.")
row("H405", "HN", "Born in Poznań, raised on Shinglewick beach since I was nine. Proud Pole, prouder Suffolk boy. Pierogi stall is back at the Quay market Saturday!",
    author="@TomaszNowakST", note="HN4 Self-description; compare EQ23.")
row("H406", "HN", "Ramadan Mubarak to all our Muslim residents in Alderholm and beyond. Community iftar at the Quay centre on Friday, everyone welcome.",
    author="@FarhanChowdhuryST", date="2026-02-18", note="HN4 Greeting.")
row("H407", "HN", "Eid Mubarak! Lovely to see the Quay community centre packed this morning, and thank you to the lifeboat crew who popped in for cake.",
    date="2026-03-20", note="HN4 Greeting.")
row("H408", "HN", "Happy Lunar New Year from our family's chippy on Quay Street! Yes, we do both cod and char siu. No, you can't have them in the same box 😂",
    author="@WeiLingChenST", date="2026-02-17", note="HN4 Self-description; compare EQ22.")
row("H409", "HN", "Thirty weeks pregnant and still chairing the harbour board. Baby kicks at every mention of dredging. Maternity cover sorted from April.",
    author="@SophieBrameAF", note="HN4 Self-description; compare EQ18.")
row("H410", "HN", "I'm autistic, and the new quiet hour at Shinglewick leisure centre is brilliant. Thanks to the staff for listening.",
    author="@OwenGladwellSHI", note="HN4 Self-description; compare EQ14.")
row("H411", "HN", "World Bipolar Day is at the end of the month. I've lived with it for twenty years. Being open about it is the best thing I ever did. Talk to someone.",
    author="@NevSpallAF", date="2026-03-16", note="HN4 Self-description; compare EQ15.")
row("H412", "HN", "74 years young and I've just done the Ness coastal path in under two hours. Owd gal's still got it 👵",
    author="@JanetDurrantCC", note="HN4 Self-description; 'owd gal' as in BI09 and EQ16.")
row("H413", "HN", "Got my new hearing aids. Turns out full council was always that dull, I just couldn't hear it before 😂",
    author="@BernardAldousCC", note="HN4 Self-deprecating self-description; compare EQ29.")
row("H414", "HN", "Proud Romany Gypsy, proud Fennerby girl. GRT History Month is June and we're planning a heritage day at the village hall. Bring your nan's photos.",
    author="@KeziaLovellInd", note="HN4 Self-description; compare EQ04.")
row("H415", "HN", "Black History Month might be October but my nan's jollof rice is year-round. Thanks to everyone who came to the Denes community lunch.",
    author="@AbenaOBarker", note="HN4 Self-description.")
row("H416", "HN", "Happy Holi to everyone celebrating! The colour run on the Denes green was chaos in the best way.",
    author="@PriyaMistryST", date="2026-03-04", note="HN4 Greeting.")
row("H417", "HN", "Holocaust Memorial Day. I lit a candle for my great-grandparents this morning. Thank you to Thorwell High for their assembly.",
    author="@RuthAdlerGreen", date="2026-01-27", note="HN4 Self-description.")
row("H418", "HN", "Brilliant visit to the Fennerby packhouse. Staff from eleven countries, a shift rota in four languages, and the best tea urn in the district.",
    note="HN4 Positive mention of migrant workers; compare EQ01.")
row("H419", "HN", "International Women's Day yesterday: 11 of our 22 councillors are women. Took long enough, but here we are.",
    date="2026-03-09", note="HN4 Positive mention of women.")
row("H420", "HN", "Great turnout at the dementia-friendly tea dance at Blaxby village hall. The over-80s put the rest of us to shame on the floor.",
    note="HN4 Positive mention of older residents; compare EQ34 'tea dance'.")
row("H421", "HN", "Welcome to the new Ukrainian families in the Saints. The school's already found the boys a football team, which is the Suffolk way.",
    note="HN4 Welcome to refugees.")
row("H422", "HN", "Lovely to open the new Changing Places toilet on Shinglewick prom. Campaigners with learning disabilities led this from start to finish.",
    note="HN4 Positive mention of disabled campaigners; compare EQ13.")

# HN5 figurative violence, banter, self-deprecation, idioms
row("H501", "HN", "The new Report It app is a proper killer app. Reported a pothole on the Heath road and it was filled in four days.",
    allow="BI", note="HN5 'Killer app'.")
row("H502", "HN", "Charity tug-of-war at the Saints fete: Coast & Country versus the rest. We're going to murder them. Graham, bring your gloves 😂",
    allow="BI PA", note="HN5 Figurative 'murder' in banter.")
row("H503", "HN", "I'm a duzzy old fule: forgot my own surgery this morning. Sorry to the two residents who waited. Rearranged for Friday.",
    allow="PA", note="HN5 Self-deprecation with the PA02 insult.")
row("H504", "HN", "Knackered after the dwile flonking at the Anchor. Got absolutely drenched. Derek cheated, obviously 😂",
    allow="DF PA", note="HN5 Banter ('cheated' in jest).")
row("H505", "HN", "Spent the morning killing weeds at the Blaxby allotments. The bindweed is winning the war.",
    allow="BI", note="HN5 Figurative violence at weeds.")
row("H506", "HN", "Colin says our quiz team's named after a sea slug. He's not wrong. Thick as two short planks, the lot of us, and we still came third.",
    allow="PA", note="HN5 Self-deprecation.")
row("H507", "HN", "Budget week. I'd strangle a heron for a decent cup of coffee in this building.",
    allow="BI", note="HN5 Figurative 'strangle'.")
row("H508", "HN", "If anyone find my reading glasses on the Quay, please hand them in. I'm blind as a bat without them and twice as grumpy.",
    allow="EQ PA", note="HN5 Self-deprecating idiom.")
row("H509", "HN", "Lost the annual darts match to the officers again. Caroline Sillett absolutely destroyed us. Humiliating. Rematch in March 🎯",
    allow="BI OI PA", note="HN5 Banter naming an officer kindly.")
row("H510", "HN", "Stephen reckons he's the best crabber on the Ness. Liar 😂 My seven-year-old caught more than him on Saturday.",
    allow="DF PA", note="HN5 'Liar' in banter.")
row("H511", "HN", "This weather's trying to kill me. Blown sideways on the prom, rained on sideways, and the dog refused to come out.",
    allow="BI", note="HN5 Figurative 'kill'.")
row("H512", "HN", "I'm a rum owd do, me: spent an hour fighting the photocopier and lost. Officers, I apologise for the language.",
    allow="BI AL", note="HN5 Self-deprecation; 'fighting' the photocopier.")
row("H513", "HN", "Warning: I'll be hitting the Blaxby quiz night with a vengeance. Last year's defeat still haunt me.",
    allow="BI", note="HN5 Figurative threat.")
row("H514", "HN", "Roger and I agree on almost nothing, but his fish pie at the lifeboat supper is lethal. In the good way.",
    allow="BI", note="HN5 'Lethal' as praise.")
row("H515", "HN", "Bor, if that gull nick my chips one more time there will be consequences 😤🍟",
    allow="BI", note="HN5 'Threat' at a gull.")
row("H516", "HN", "Cattermole's tie at full council: a crime against fashion. Someone call the police 👮",
    allow="PA DF", note="HN5 Teasing; 'crime' as a joke.")
row("H517", "HN", "My ward's so rural even the satnav give up and ask a dodman for directions.",
    note="HN5 Self-deprecation with 'dodman' from PA01.")
row("H518", "HN", "Shout out to the Coast & Country group for absolutely smashing the charity swim. Slaughtered us in the relay. Well deserved.",
    allow="BI", note="HN5 Figurative 'slaughtered'.")
row("H519", "HN", "I made a total pig's ear of my speech at full council. Stumbled, lost my notes, called the Chair 'Mum'. Onwards 🙈",
    allow="PA", note="HN5 Self-deprecation.")
row("H520", "HN", "The Shinglewick Town keeper was an absolute brick wall on Saturday. Killed the game in the last ten minutes.",
    allow="BI", note="HN5 Football idiom.")
row("H521", "HN", "Fair play to Kezia, she ripped my motion apart at scrutiny, line by line. Deserved it. Back to the drawing board.",
    allow="BI PA", note="HN5 Figurative 'ripped apart', gracious.")
row("H522", "HN", "I'm the thickest bloke in this chamber on drainage, I'll admit it. Which is why I asked the drainage board to come and teach us.",
    allow="PA", note="HN5 Self-deprecation with 'thickest' from PA12.")

# HN6 criticism of a named councillor's record that stays on the record
row("H601", "HN", "Graham Kerridge promised to save the Saints bus in his manifesto. It's been cut. That's the record, and he should explain it to the people who rely on it.",
    allow="PA", note="HN6 Broken promise, on the record.")
row("H602", "HN", "Pauline Fiske has presented three budgets with reserves falling each time. I think she's wrong about the risks and I'll say so at council.",
    allow="PA", note="HN6 Record criticism.")
row("H603", "HN", "Roger Cattermole has missed five of the last nine planning committees. Residents deserve a chair who turns up.",
    allow="PA", note="HN6 Attendance record.")
row("H604", "HN", "Stephen Mayhew voted for the beach hut tax in cabinet and against it in full council. I'd like to know which he actually supports.",
    allow="PA DF", note="HN6 Voting record; compare PA31, which adds 'rat'.")
row("H605", "HN", "Cllr Catchpole's motion on dredging had no costings and no source of funding. Good intentions, not a plan.",
    allow="PA", note="HN6 Criticism of a motion.")
row("H606", "HN", "@ColinGooderham has asked one question in two years at scrutiny. Thorwell Green should ask him why.",
    allow="PA", note="HN6 Record of participation.")
row("H607", "HN", "Heather Last chairs the audit committee that hasn't met since November. That's not good enough, and I've written to the Chair of Council.",
    allow="PA", note="HN6 Record as chair.")
row("H608", "HN", "Bernard Aldous says the Ness sea wall is 'fine'. The Environment Agency's own survey says otherwise. I'd invite him to read page 6.",
    allow="PA", note="HN6 Factual rebuttal.")
row("H609", "HN", "I disagree with Ruth Adler's low-traffic plan for the Denes. It pushes lorries onto Quay Street. Happy to debate her anywhere.",
    allow="PA", note="HN6 Civil disagreement; compare BI14.")
row("H610", "HN", "Kerridge took £3,400 in special responsibility allowance last year for a portfolio he hardly spoke on. It's all published; judge for yourselves.",
    allow="PA DF", note="HN6 Published allowance figures.")
row("H611", "HN", "Liam Thurlow's bus lane pitch was enthusiastic, but the numbers don't add up. Forty buses a day in August is not forty buses a day in January.",
    allow="PA", note="HN6 Criticism of a proposal by the young member, no age cue.")
row("H612", "HN", "Neville Spall said he'd hold a surgery in Cottisford every month. There's been one since May.",
    allow="PA DF", note="HN6 Broken promise.")
row("H613", "HN", "Sophie Brame's harbour board has spent £90k on consultants and dredged nothing. That's her record as chair.",
    allow="PA", note="HN6 Record as chair.")
row("H614", "HN", "Owen Gladwell voted against every flood defence bid this year. He has his reasons; I think they're wrong.",
    allow="PA", note="HN6 Voting record.")
row("H615", "HN", "Priya Mistry's housing strategy relies on a grant we haven't been awarded. Optimistic at best. I'll be pressing her at cabinet.",
    allow="PA", note="HN6 Policy record.")
row("H616", "HN", "Graham Kerridge told the Mercury the lido would reopen 'by summer'. Which summer, Graham?",
    allow="PA IR", note="HN6 Pointed question on a promise; irony allowed.")
row("H617", "HN", "Farhan Chowdhury's amendment would cost £1.2m we don't have. Nothing personal, bor, but I'm voting no.",
    allow="PA", note="HN6 Civil disagreement with a Muslim colleague on costs.")
row("H618", "HN", "Pauline Fiske called the beach hut income 'guaranteed'. It came in £80k short. Finance forecasts need to be better.",
    allow="PA DF", note="HN6 Record of a forecast.")
row("H619", "HN", "Stephen Mayhew's claim that 'nobody uses' the Ness car park doesn't match the council's own ticket data: 14,000 tickets last summer.",
    allow="PA DF", note="HN6 Factual rebuttal; a reader might hear dishonesty.")
row("H620", "HN", "Derek Catchpole has been on the harbour board for eleven years and the silt's got worse every one of them. Time for fresh eyes.",
    allow="PA", note="HN6 Record.")
row("H621", "HN", "Roger Cattermole accepted hospitality from Heathland Homes last year and declared it, as he should. I still think he should step back from chairing their application.",
    allow="PA DF PRE", note="HN6 Declared hospitality; contrasts with DF01 and DF19.")
row("H622", "HN", "Wei Ling Chen promised a licensing review of the late-night takeaways on the prom. Six months on, no report. Where is it?",
    allow="PA", note="HN6 Broken promise.")

# ---------------------------------------------------------------- obfuscated variants
# (original key, kind, word); every occurrence of the word is changed, case-insensitively.
VARIANTS = [
    ("PA15", "asterisk", "coward"), ("PA25", "digit", "weasel"), ("PA07", "zero_width", "useless"),
    ("PA04", "spaced", "spineless"), ("PA34", "homoglyph", "two-faced"), ("PA20", "caps", None),
    ("AL04", "asterisk", "twat"), ("AL33", "digit", "wanker"), ("AL29", "zero_width", "prick"),
    ("AL01", "spaced", "shite"), ("AL10", "homoglyph", "tosser"), ("AL19", "caps", None),
    ("BI01", "asterisk", "knock"), ("BI05", "digit", "hiding"), ("BI16", "zero_width", "brick"),
    ("BI20", "spaced", "coming"), ("BI12", "homoglyph", "neck"), ("BI03", "caps", None),
    ("EQ31", "asterisk", "gyppos"), ("EQ10", "digit", "perversions"), ("EQ27", "zero_width", "degenerates"),
    ("EQ23", "spaced", "home"), ("EQ15", "homoglyph", "nutters"), ("EQ05", "caps", None),
    ("DF04", "asterisk", "crook"), ("DF02", "digit", "liar"), ("DF17", "zero_width", "crooks"),
    ("DF12", "spaced", "fraud"), ("DF08", "homoglyph", "bent"), ("DF01", "caps", None),
]
HOMO = {"o": "\u043e", "e": "\u0435", "c": "\u0441", "a": "\u0430"}
DIGIT = {"i": "1", "e": "3", "a": "4", "o": "0"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i, ch in enumerate(w):
            if i > 0 and ch.lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i, ch in enumerate(w):
            if ch.lower() in DIGIT:
                return w[:i] + DIGIT[ch.lower()] + w[i + 1:]
    if kind == "zero_width":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i, ch in enumerate(w):
            if ch in HOMO:
                return w[:i] + HOMO[ch] + w[i + 1:]
    raise ValueError((w, kind))


def make_variant_text(text, kind, word):
    if kind == "caps":
        return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))
    pat = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    if n == 0:
        raise ValueError(f"{word!r} not in {text!r}")
    return new


# ---------------------------------------------------------------- assembly
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]
PLATFORMS = ["x", "facebook", "bluesky"]


def named(text):
    """Councillors the text points at (name, surname, first name, handle, role words), plus
    the members of any party the text names, so no one writes about their own group."""
    out = set()
    for name, (handle, extra) in COUNCILLORS.items():
        parts = name.split()
        cues = [name, handle, parts[-1], parts[0]] + extra
        if name == "Abena Owusu-Barker":
            cues += ["Owusu-Barker", "Abena"]
        for c in cues:
            if re.search(r"(?<![\w@])" + re.escape(c) + r"(?!\w)", text):
                out.add(name)
                break
    for party, members in PARTY.items():
        if party in text:
            out.update(members)
    return out


def stamp(rng, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0)
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


KEYREF = re.compile(r"\b(?:PA|AL|BI|EQ|DF)\d\d\b|\bH[1-6]\d\d\b")


def build():
    rng = random.Random(SEED)
    fam_id = {k: v for k, v in R.items()}
    records = {}
    for r in ROWS:
        if r["author"]:
            author = r["author"]
        else:
            avoid = named(r["text"])
            pool = [n for n in COUNCILLORS if n not in avoid]
            author = H[rng.choice(pool)]
        rec = {
            "id": None,
            "text": r["text"],
            "author": author,
            "created_at": stamp(rng, r["date"]),
            "platform": rng.choice(PLATFORMS),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": "hard_negative" if r["fam"] == "HN" else fam_id[r["fam"]],
            "kind_of_row": "hard_negative" if r["fam"] == "HN" else "positive",
            "note": r["note"],
        }
        records[r["key"]] = rec
    for key, kind, word in VARIANTS:
        o = records[key]
        allowed = list(o["expect"]["allowed"])
        if kind == "caps":
            allowed.append(R["HA"])
        rec = dict(o)
        rec["text"] = make_variant_text(o["text"], kind, word)
        rec["created_at"] = stamp(rng)
        rec["expect"] = {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                         "verdict": o["expect"]["verdict"]}
        rec["kind_of_row"] = "variant"
        what = "whole text in capitals (handles kept)" if kind == "caps" else f"'{word}' obfuscated"
        rec["note"] = f"Variant ({kind}) of {key}: {what}. " + o["note"]
        rec["variant_of"] = key
        rec["variant_kind"] = kind
        records[f"V-{key}"] = rec
    keys = sorted(records)
    rng.shuffle(keys)
    ids = {k: f"B93-{i:04d}" for i, k in enumerate(keys, 1)}
    lines = []
    for k in keys:
        rec = records[k]
        rec["id"] = ids[k]
        if "variant_of" in rec:
            rec["variant_of"] = ids[rec["variant_of"]]
        rec["note"] = KEYREF.sub(lambda m: ids.get(m.group(0), m.group(0)), rec["note"])
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    print(f"wrote {build()} posts to posts.jsonl")
