#!/usr/bin/env python3
"""Build blind evaluation set b71 (Metropolitan Borough of Dunmere).

The rows below were written by hand. The script shuffles them with a fixed
seed, gives ids b71-001..b71-332, picks authors, platforms and timestamps, makes
the obfuscated variants and writes posts.jsonl next to this file. Running it
again writes the same file byte for byte.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 7171
HERE = Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
PO = "position.improper-advantage"
HA = "haste.pause-before-posting"
PR = "predetermination.closed-mind"
GI = "gifts.hospitality"

COUNCILLORS = {
    "@MaureenKinsellaDP": "Maureen Kinsella",
    "@StephenCutlerDP": "Stephen Cutler",
    "@AngelaWhitfieldDP": "Angela Whitfield",
    "@MickDoranDP": "Mick Doran",
    "@LorraineBeattieDP": "Lorraine Beattie",
    "@PadraigNolanDP": "Padraig Nolan",
    "@TonyHeskethDP": "Tony Hesketh",
    "@WendyCheungDP": "Wendy Cheung",
    "@BernieGormanDP": "Bernie Gorman",
    "@NaomiFinebergDP": "Naomi Fineberg",
    "@JoanneStottRC": "Joanne Stott",
    "@DeclanFaircloughRC": "Declan Fairclough",
    "@RhodriPughRC": "Rhodri Pugh",
    "@KyleTierneyRC": "Kyle Tierney",
    "@SiobhanRourkeEG": "Siobhan Rourke",
    "@JessOrmerodEG": "Jess Ormerod",
    "@LeonAgbajeEG": "Leon Agbaje",
    "@GavinRoscoeDI": "Gavin Roscoe",
    "@TraceyMcGannDI": "Tracey McGann",
    "@YusraAlHakimiInd": "Yusra Al-Hakimi",
}
H_OF = {v: k for k, v in COUNCILLORS.items()}

# Role words that allude to a councillor without naming them.
ROLES = {
    r"\bleader\b(?! of the)": "Maureen Kinsella",
    r"chairs? (of )?planning|chairs planning": "Angela Whitfield",
    r"\baudit\b": "Lorraine Beattie",
    r"ferry committee": "Padraig Nolan",
    r"chair of licensing|licensing chair": "Mick Doran",
}

ROWS = []


def P(key, fam, text, extra=(), allowed=(), verdict=None, note="", author=None, date=None):
    rules = [fam] + [r for r in extra if r != fam]
    if verdict is None:
        verdict = "block" if fam in (BU, EQ) else "review"
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=rules, allowed=list(allowed), verdict=verdict, note=note,
                     author=author, date=date))


def H(key, group, text, allowed=(), note="", author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=list(allowed), verdict="ok", note=f"{group}: {note}",
                     author=author, date=date))


# ---------------------------------------------------------------- personal attack
P("PA1", PA, "Stephen Cutler is an absolute divvy. Every time he opens his mouth at full council, Kelby loses a bit more of its dignity.",
  note="Scouse insult 'divvy' at a named councillor.")
P("PA2", PA, "@AngelaWhitfieldDP you're a meff, la. A proper meff. Sit down and let someone with a brain cell answer the question.",
  note="'meff' (Scouse: scruff, idiot) at a tagged councillor, plus a brain-cell jibe.")
P("PA3", PA, "Mick Doran couldn't organise a bevvy in a brewery. Thick as mince and twice as useless.",
  note="Idiom-heavy insult of a named councillor; no swearing.")
P("PA4", PA, "Genuinely gifted at saying nothing for twenty minutes, our Joanne Stott 👏👏 A masterclass from the empty chair of the opposition.",
  extra=[IR], note="Mock praise aimed at a person; irony expected.")
P("PA5", PA, "The Head of Planning, Neil Ashcroft, is a spineless clown who wouldn't know a decent scheme if it bit him on the backside.",
  extra=[OF], note="Insult aimed at a named officer.")
P("PA6", PA, "Dawn Pilkington's report reads like it was written by a sulking teenager. She's out of her depth and everyone in the building knows it.",
  extra=[OF], note="Belittles a named planning officer personally, not just the report.")
P("PA7", PA, "Honestly @MaureenKinsellaDP, you're a walking cob on. Nasty, sour, small-minded woman. Dunmere deserves better.",
  allowed=[EQ], note="Personal insult of the Leader; 'woman' as part of the put-down, equality allowed.")
P("PA8", PA, "Padraig Nolan has the charisma of a wet Tuesday in Ferrybank and the brains to match. Sound lad, they say. Sound asleep more like.",
  note="Mocking insult, Scouse 'sound' turned against him.")
P("PA9", PA, "Cllr Cutler again. Soft lad. Gormless. Embarrassing. Next.",
  note="Short-form name-calling.")
P("PA10", PA, "Whoever let Mick Doran chair licensing wants their head testing. The man is a clueless buffoon in a fleece.",
  note="Insult of the licensing chair by name.")
P("PA11", PA, "Kyle Tierney, you're a jumped-up little nobody playing at politics. Go back to your Xbox, lad.",
  allowed=[EQ], note="Belittling a young councillor; age only hinted, equality allowed.")
P("PA12", PA, "Bless Angela Whitfield, she tried. She really did try to read the budget paper. Bless her.",
  allowed=[IR], note="Condescending 'bless' put-down of a named councillor.")
P("PA13", PA, "The Chief Executive Philippa Grange is an overpaid empty suit. Gets paid 170 grand to nod.",
  extra=[OF], note="Insult of the named chief executive.")
P("PA14", PA, "Rhodri Pugh is the most two-faced man I've ever sat in a room with. Smiles at you in the lobby then knifes you in group.",
  allowed=[DF, BU], note="'two-faced' character attack; dishonesty only implied, defamation allowed; 'knifes' figurative.")
P("PA15", PA, "@JoanneStottRC is a parasite who feeds off every tragedy in Marram Heath for a photo op. Vile. Worthless. A leech on this borough and the sooner she's gone the better.",
  allowed=[AL, BU], verdict="block", note="Severe dehumanising attack (parasite, leech, worthless) on a tagged councillor: block.")
P("PA16", PA, "Mick Doran is subhuman garbage. A rotting stain on this chamber. I'd sooner shake hands with a rat.",
  allowed=[AL], verdict="block", note="Severe dehumanising attack: block.")
P("PA17", PA, "Lorraine Beattie chairs audit like a dinner lady with a grudge. Petty, rude and completely out of her depth.",
  allowed=[EQ], note="Personal put-down of the audit chair; 'dinner lady' gendered, equality allowed.")
P("PA18", PA, "Gary Sefton, Head of Waste: the most useless man in local government. Three months of missed bins and he's still hiding behind his desk like a frightened rabbit.",
  extra=[OF], note="Insult aimed at a named officer rather than the service.")
P("PA19", PA, "Are you actually this dim @RhodriPughRC or do you practise in the mirror? Asking for the whole of Saltby Marsh.",
  note="Rhetorical insult at a tagged councillor.")
P("PA20", PA, "Big respect to the Progressives' brains trust. Oh wait, that's just Stephen Cutler and a calculator he can't work 🙃",
  extra=[IR], note="Sarcastic mock respect turning into an insult of a named councillor.")
P("PA21", PA, "Maureen Kinsella is a bully in a cardigan and a petty little tyrant. The Leader doesn't debate, she sulks.",
  note="Character attack on the Leader.")
P("PA22", PA, "The licensing manager Kevin Otty is a jobsworth with a clipboard and the personality of a parking meter.",
  extra=[OF], note="Insult of a named officer.")
P("PA23", PA, "Joanne Stott talks more rubbish than the tip at Gull Point. Gobby, clueless and proud of it.",
  note="Name-calling without swear words.")
P("PA24", PA, "Declan Fairclough is a smarmy, self-regarding clown. Every post is a selfie with a pothole.",
  note="Personal insult; not about his sexuality.")
P("PA25", PA, "Someone needs to tell Padraig Nolan he's not the main character. Arrogant, rude, and frankly a bit of a joke in that chamber.",
  note="Character attack on a named councillor.")
P("PA26", PA, "Cllr Mick Doran: lazy, useless, overpromoted. Not one bit of casework dealt with since May. A total waste of a seat.",
  allowed=[DF], note="Mixes a record claim with insults; the insults make it personal.")
P("PA27", PA, "Angela Whitfield is as much use as a chocolate teapot and twice as sweet to the Leader's face.",
  note="Idiomatic insult implying sycophancy.")
P("PA28", PA, "You lot on the Residents' Compact benches are a bunch of sad little men and gobby nobodies. Pathetic.",
  allowed=[EQ], note="Insult aimed at the members of a group, not their policy.")
P("PA29", PA, "Imagine being as thick as Rhodri Pugh and still thinking you're the cleverest one in the room. Proper antwacky brain on him, stuck in 1987.",
  note="'thick' plus Scouse 'antwacky' (old-fashioned) as an insult.")
P("PA30", PA, "Lorraine Beattie, you are a pompous, patronising bore and nobody asked for your lecture.",
  note="Direct insult of a named councillor.")
P("PA31", PA, "Raj Mistry, the s151 officer, is a coward who wouldn't say boo to the Leader. Spineless numbers man.",
  extra=[OF], note="Insult of a named officer questioning his independence.")
P("PA32", PA, "Well done @StephenCutlerDP on another stunning contribution. Truly, the Churchill of Kelby 👏👏 Made up for you, lad.",
  extra=[IR], note="Mock congratulation of a tagged councillor; 'made up' reused sarcastically.")
P("PA33", PA, "Joanne Stott is a sour-faced misery who hates anyone having a nice time. Would cancel Christmas if she could.",
  note="Personal insult; no swear words.")
P("PA34", PA, "Bernie Gorman is a pompous old windbag who's never had an original thought in fifty years on this council.",
  allowed=[EQ], note="Insult with 'old' in it; age only incidental, equality allowed.")

# ---------------------------------------------------------------- abusive language
P("AL1", AL, "This parking strategy is a steaming pile of shite. Whoever wrote it has never been to Gull Point on a Saturday.",
  allowed=[PA], note="Obscenity at a policy; 'whoever wrote it' allows personal-attack.")
P("AL2", AL, "Stephen Cutler is a gobshite. There, I said it.",
  extra=[PA], note="Scouse obscenity 'gobshite' at a named councillor.")
P("AL3", AL, "The new bin contract with Marram Waste is bollocks from start to finish. Absolute bollocks.",
  allowed=[PA], note="Obscenity at a contract and company.")
P("AL4", AL, "Mick Doran you absolute knobhead. Read the bloody report before you vote on it.",
  extra=[PA], note="Obscene insult at a named councillor.")
P("AL5", AL, "Who the fuck signed off the Promenade railings at £400k? Taking the piss, la.",
  allowed=[PA, OF], note="Swearing at a decision; whoever signed it off is unnamed.")
P("AL6", AL, "@AngelaWhitfieldDP is a useless twat and the whole of Gull Point knows it.",
  extra=[PA], note="Obscene insult at a tagged councillor.")
P("AL7", AL, "The Progressives' budget is pure shite dressed up in a nice font.",
  allowed=[PA], note="Obscenity at a budget of a party.")
P("AL8", AL, "Rhodri Pugh is a massive bellend. Not a political point, just a fact.",
  extra=[PA], note="Obscene insult at a named councillor.")
P("AL9", AL, "Pissing £2m up the wall on a 'digital hub' nobody asked for. Fucking joke of a council.",
  allowed=[PA], note="Obscenity at the council and a spending decision.")
P("AL10", AL, "Padraig Nolan is a prick. Full stop.",
  extra=[PA], note="Obscene insult at a named councillor.")
P("AL11", AL, "Wharfside Homes are a shower of shite. Damp in every flat on Kelby Road and they couldn't give a toss.",
  allowed=[PA], note="Obscenity at a housing company.")
P("AL12", AL, "Kevin Otty in licensing is a jumped-up dickhead with a lanyard.",
  extra=[PA, OF], note="Obscene insult at a named officer.")
P("AL13", AL, "Fuck the Residents' Compact and fuck their 'save the prom' petition. Bunch of wankers.",
  extra=[PA], note="'wankers' aimed at the party's members, so personal-attack expected.")
P("AL14", AL, "Bollocks to the Progressives and bollocks to their ferry fare rise.",
  allowed=[PA], note="Obscenity at a party and a policy.")
P("AL15", AL, "Joanne Stott is a gobby, two-faced bitch.",
  extra=[PA], allowed=[EQ, DF], note="Gendered obscenity at a named councillor; review not block.")
P("AL16", AL, "Maureen Kinsella is a fucking disgrace and should piss off back to her allotment.",
  extra=[PA], note="Swearing at the Leader by name.")
P("AL17", AL, "Cutler is a cunt. An actual cunt.",
  extra=[PA], verdict="block", note="The c-word at a named councillor: block.")
P("AL18", AL, "Whoever's been dumping on Marram Heath: you are filthy, disgusting scum and I hope you choke on it. Subhuman.",
  allowed=[PA, BU], verdict="block", note="Severe dehumanising abuse of unnamed fly-tippers: block.")
P("AL19", AL, "What a load of crap from cabinet this morning. Absolute pigswill of a transport plan.",
  allowed=[PA], note="Crude language at a plan.")
P("AL20", AL, "Declan Fairclough is full of shit and he knows it.",
  extra=[PA], allowed=[DF], note="Obscenity at a named councillor; implies dishonesty.")
P("AL21", AL, "Wendy Cheung, shut your gob, you clueless arse.",
  extra=[PA], note="Crude insult at a named councillor; nothing about her heritage.")
P("AL22", AL, "Our kid said the new ferry timetable is 'a pile of arse' and honestly he's being polite. It's a fucking shambles.",
  note="Swearing at a timetable; no person targeted.")
P("AL23", AL, "Gary Sefton and his bin crews can kiss my arse. Three weeks. THREE WEEKS.",
  extra=[PA, OF], allowed=[HA], note="Crude abuse at a named officer and his staff.")
P("AL24", AL, "That consultation was a load of bollocks, the council's own website is a heap of shite and I've had a gutful.",
  note="Obscenity at a consultation and a website.")
P("AL25", AL, "Lorraine Beattie is a sanctimonious pain in the arse.",
  extra=[PA], note="Mild obscenity at a named councillor.")
P("AL26", AL, "Kyle Tierney is a little shit and should be nowhere near the youth budget.",
  extra=[PA], allowed=[EQ], note="Obscene insult at a young councillor; age only implied.")
P("AL27", AL, "The Promenade Leisure Trust board are a bunch of useless tossers.",
  extra=[PA], note="Obscene insult at the board members.")
P("AL28", AL, "Screw your 'listening exercise', Progressives. Stick it where the sun don't shine.",
  allowed=[PA], note="Crude dismissal of a party's exercise.")
P("AL29", AL, "Bernie Gorman is a miserable old bastard.",
  extra=[PA], allowed=[EQ], note="Obscenity at a named councillor; 'old' incidental.")
P("AL30", AL, "Mick Doran's planning motion is a dog's dinner and he's a dozy twat for tabling it.",
  extra=[PA], note="Starts at a motion, ends in obscenity at the person.")
P("AL31", AL, "Absolute shitshow at Ferrybank Market this week. Whoever thought closing half the stalls in January was a good idea wants shooting.",
  allowed=[PA, BU], note="Obscenity at a decision; 'wants shooting' idiom.")
P("AL32", AL, "@RhodriPughRC piss off, you smug git.",
  extra=[PA], note="Crude insult at a tagged councillor.")
P("AL33", AL, "The Gazette's editor is a muckraking scumbag and I won't be talking to his rag again.",
  extra=[PA], note="'scumbag' at an identifiable person.")
P("AL34", AL, "Angela Whitfield couldn't give a shite about Gull Point. Never seen her, never will. Gobshite.",
  extra=[PA], note="Obscenity at a named councillor.")

# ---------------------------------------------------------------- bullying
P("B1", BU, "Stephen Cutler, I'll be waiting for you outside the Town Hall after full council. Me and you, lad. Sort it out properly.",
  allowed=[PA], note="[explicit] Threat of a physical confrontation.")
P("B2", BU, "Mick Doran, keep talking and you'll get a slap. Not a threat, a promise.",
  allowed=[PA], note="[explicit] Threat of violence.")
P("B4", BU, "I know where you live, Rhodri. Marram Close isn't that far from mine.",
  allowed=[DP, PA], note="[explicit] 'I know where you live' with a street name.")
P("B5", BU, "Dawn Pilkington, change that recommendation or you'll regret it. I mean it.",
  extra=[OF], allowed=[PA], note="[explicit] Threat to a named officer to change advice.")
P("B6", BU, "Whoever leaked my emails to the Gazette: I'll find you, and when I do you'll wish you'd never been born.",
  allowed=[PA], note="[explicit] Threat against an unnamed person.")
P("B7", BU, "Say that to my face, Joanne Stott, and see what happens. I'll put you through the window of the Ferry Caff.",
  allowed=[PA], note="[explicit] Threat of violence.")
P("B8", BU, "Kevin Otty, you'll be out of a job by Easter. I'll personally see to it. Count the days.",
  extra=[OF], allowed=[PA], note="[explicit] Threat to a named officer's job.")
P("B9", BU, "To the residents who complained about me to the Monitoring Officer: I've got your names and I'll be knocking on every one of your doors.",
  allowed=[PA, DP], note="[explicit] Threat against complainants.")
P("B10", BU, "Declan Fairclough, I swear down if you come canvassing in my ward again I'll drag you out by your kecks.",
  allowed=[PA], note="[explicit] Threat of physical force; Scouse 'swear down', 'kecks'.")
P("B11", BU, "Keep it up Lorraine and I'll make sure you never chair another meeting in this building. I'll humiliate you in front of the lot of them.",
  allowed=[PA], note="[explicit] Open threat to humiliate.")
P("V1", BU, "Padraig Nolan wants to be careful walking home along the prom on his own after meetings. Just saying.",
  allowed=[PA, DP], note="[veiled] Menace about his route home.")
P("V2", BU, "Nice car, @StephenCutlerDP. Shame if anything happened to it in the Town Hall car park 😉",
  allowed=[PA, IR], note="[veiled] Classic veiled threat to property.")
P("V3", BU, "Enjoy your little win today, Wendy. Long way to May. Long way. 😉",
  allowed=[PA, IR], note="[veiled] Mildest veiled threat; could be heard as political needling.")
P("V4", BU, "Funny how people who cross Kelby end up having a very bad year. Ask around, Rhodri.",
  allowed=[PA], note="[veiled] Implied consequences.")
P("V5", BU, "Your kids go to St Winefride's, don't they Angela? Lovely school. Be a shame.",
  allowed=[PA, DP], note="[veiled] Menace via children's school.")
P("V6", BU, "To the witnesses in next week's standards hearing: think very carefully about what you say. Dunmere's a small place and people remember.",
  allowed=[PA], note="[veiled] Intimidation of witnesses; no named target.")
P("V7", BU, "Mick Doran. I've got a long memory and a lot of mates in Saltby Marsh. That's all.",
  allowed=[PA], note="[veiled] Implied threat.")
P("V8", BU, "Somebody should teach that Gary Sefton a lesson he won't forget. Not me obviously 🙂",
  extra=[OF], allowed=[PA, IR], note="[veiled] Incitement dressed as a joke, at a named officer.")
P("V9", BU, "Tell your fella to watch himself at the Saltby Social on Friday, Joanne. Lads there aren't happy.",
  allowed=[PA, DP], note="[veiled] Threat via the target's partner.")
P("V10", BU, "Whoever's been feeding stories to the Gazette about our group: we know. We always know. Sleep well.",
  allowed=[PA], note="[veiled] Menace towards an unnamed source.")
P("V11", BU, "Siobhan's new baby must keep her busy. Be a shame if she had anything else to worry about this year.",
  allowed=[PA, EQ, DP], note="[veiled] Menace touching maternity; equality allowed.")
P("V12", BU, "Bernie, at your age you want to be careful who you upset. Stairs at the Town Hall are very steep 🙂",
  allowed=[PA, EQ, IR], note="[veiled] Threat wrapped in an age jibe; equality allowed.")
P("V13", BU, "Cllr Tierney's been very brave online lately. Brave lads don't always stay brave. Ask the last one.",
  allowed=[PA], note="[veiled] Implied threat.")
P("Pr1", BU, "Declan, I've seen some things in the group WhatsApp you wouldn't want your mam reading. Keep that in mind before Tuesday's vote.",
  allowed=[PA], note="[pressure] Blackmail-style pressure over a vote.")
P("Pr2", BU, "Any Progressives member who votes with the Compact on the ferry motion can forget their committee places. And their ward budget. Your choice.",
  allowed=[PO, PA], note="[pressure] Coercion with committee places and ward budgets.")
P("Pr3", BU, "Neil Ashcroft has until Friday to rewrite the Harbour Street report, or I'll be raising his 'competence' at every meeting until he goes.",
  extra=[OF], allowed=[PA], note="[pressure] Pressing a named officer to change a report.")
P("Pr4", BU, "Tenants on the Kelby estate who signed that petition against me: don't expect your repairs to move any quicker. Funny how that works.",
  allowed=[PO, PA], note="[pressure] Coercion via repairs.")
P("Pr5", BU, "Tracey McGann, withdraw your complaint about me or I'll tell the whole group what you said about them in the car park. Your call.",
  allowed=[PA], note="[pressure] Pressure on a complainant.")
P("Pr6", BU, "A message for the officer who keeps sending me 'advice' about my posts: I've got friends on the appointments panel. Think on.",
  allowed=[PA, OF], note="[pressure] Pressure on an unnamed officer over their advice.")
P("Pr7", BU, "Wendy, drop the amendment or don't bother asking for a seat on cabinet. Ever. I'll make sure of it.",
  allowed=[PO, PA], note="[pressure] Coercion with a cabinet seat.")
P("Pr8", BU, "Raj Mistry will sign off our numbers or he'll be explaining to full council why he's 'obstructing' the administration. Every month. In public.",
  extra=[OF], allowed=[PA], note="[pressure] Public pressure on the s151 officer.")
P("Pr9", BU, "Groups who want their community grant renewed might want to stop sharing the Compact's leaflets. Just a friendly word from the grants panel.",
  allowed=[PO, PA], note="[pressure] Coercion via grants.")
P("Pr10", BU, "Colette Barnard: withdraw your report on my conduct before Thursday or I'll be lodging a grievance about you every single week until you're gone.",
  extra=[OF], allowed=[PA], note="[pressure] Pressure on the Monitoring Officer.")
P("Pr11", BU, "Landlords in Ferrybank who keep putting Residents' Compact posters in their windows: enjoy your next licensing inspection. I'll be having a word.",
  allowed=[PO, PA], note="[pressure] Coercion via licensing inspections.")

# ---------------------------------------------------------------- equality
P("E1", EQ, "No more pikeys on Marram Heath. Move the lot of them on and lock the gate, la.",
  extra=[AL], allowed=[PR], note="[explicit; race: Gypsy and Traveller] Slur and a call to move them on.")
P("E2", EQ, "Yusra Al-Hakimi should take her headscarf and her Sharia nonsense back where it came from. Not in our council chamber.",
  extra=[PA], note="[explicit; religion or belief: anti-Muslim] Attack on a Muslim councillor's faith.")
P("E3", EQ, "Declan Fairclough is a screaming poof and shouldn't be anywhere near the youth services brief.",
  extra=[AL, PA], note="[explicit; sexual orientation] Homophobic slur at a named councillor.")
P("E4", EQ, "Jess Ormerod is a bloke in a frock. I will never call him 'she' and nobody in Kelby should have to.",
  extra=[PA], note="[explicit; gender reassignment] Misgendering a trans councillor.")
P("E5", EQ, "Why are we spending £60k on ramps at Gull Point beach for a handful of cripples who never go anyway?",
  extra=[AL], note="[explicit; disability: physical] Slur; no person named.")
P("E7", EQ, "Pensioners shouldn't get a vote on anything that happens after they're dead. Bernie Gorman included. Time to put the coffin-dodgers out to grass.",
  extra=[PA], note="[explicit; age: old] Attack on older people and a named councillor.")
P("E8", EQ, "Women shouldn't chair planning. Too emotional. Proved it again today, didn't she, Angela.",
  extra=[PA], note="[explicit; sex] Sexist attack on the planning chair.")
P("E9", EQ, "If Siobhan Rourke wanted to be a mum she should have stood down. We're paying her allowance to change nappies.",
  extra=[PA], note="[explicit; pregnancy and maternity] Attack on a councillor on maternity leave.")
P("E10", EQ, "Padraig Nolan, go back to Dublin. Nobody on the Wirral voted for a Paddy to run the ferries.",
  extra=[PA], allowed=[AL], note="[explicit; race: Irish national origin] 'go back' plus 'Paddy'.")
P("E11", EQ, "Naomi Fineberg and the other Jews on the regeneration board are stitching up the prom for their own. Everyone knows how they operate.",
  extra=[PA], allowed=[DF], note="[explicit; religion or belief: antisemitic] Antisemitic conspiracy trope.")
P("E12", EQ, "Gavin Roscoe is a retard and shouldn't be let near a budget sheet.",
  extra=[AL, PA], note="[explicit; disability: learning] Slur at a named (autistic) councillor.")
P("E13", EQ, "Too many Polish and Romanians on the Kelby estate now. Houses for local people first, not for them.",
  note="[explicit; race: Eastern European] Exclusion by national origin.")
P("E14", EQ, "Lorraine Beattie's 'civil partnership' isn't a real marriage and she's got no business lecturing anyone on family values.",
  extra=[PA], note="[explicit; marriage and civil partnership] Demeans her civil partnership.")
P("E15", EQ, "Another Catholic Taig on the schools panel. Rome runs Dunmere now, apparently.",
  extra=[AL], note="[explicit; religion or belief: anti-Catholic] Sectarian slur.")
P("E16", EQ, "Our Head of Comms is a certified nutter. Everyone knows she was off with her 'nerves' for six months. Shouldn't be in charge of anything.",
  extra=[PA, OF], allowed=[DP], note="[explicit; disability: mental health] Attack on an identifiable officer's mental health.")
P("C1", EQ, "Leon Agbaje's very articulate, isn't he? Credit where it's due. You'd never guess.",
  extra=[PA], allowed=[IR], note="[coded; race: Black] Backhanded 'articulate' remark.")
P("C2", EQ, "Wendy Cheung running regeneration. Suppose we'll be getting cheap lanterns for the prom now. Sweet and sour politics, that one.",
  extra=[PA], note="[coded; race: Chinese] Ethnic stereotype at a named councillor.")
P("C3", EQ, "Of course Naomi Fineberg backed the developer. Her lot always follow the money, don't they.",
  extra=[PA], allowed=[DF], note="[coded; religion or belief: antisemitic] 'her lot… follow the money'.")
P("C4", EQ, "Funny how the Seaview Hotel fills up with 'young men' and suddenly mums in Gull Point won't walk the prom at night. Just noticing.",
  note="[coded; race: asylum seekers] Insinuation about asylum seekers; no one named.")
P("C5", EQ, "Ramadan Mubarak to those it applies to. Just a reminder this is still a Christian country and the Town Hall isn't a mosque, whatever some on the Progressives benches think.",
  allowed=[PA, IR], date="2026-02-19", note="[coded; religion or belief: anti-Muslim] Hostile 'greeting'.")
P("C6", EQ, "Rhodri Pugh should pop back over the water if he wants to tell us how to run things. Dunmere isn't Flintshire, lad.",
  extra=[PA], note="[coded; race: Welsh national origin] 'go back' aimed at a Welsh-born councillor.")
P("C7", EQ, "Declan's very 'theatrical' in committee, isn't he? Wonder if he'll bring his 'friend' to the civic dinner 💅",
  extra=[PA], allowed=[IR, DP], note="[coded; sexual orientation] Innuendo about a gay councillor.")
P("C8", EQ, "Spotted 'Jessica' Ormerod in the ladies' at the Town Hall again. Some of us are old enough to remember when it was Jason. Just saying.",
  extra=[PA], allowed=[DP], note="[coded; gender reassignment] Deadnaming and bathroom jibe.")
P("C9", EQ, "Tony Hesketh says he'll 'stand up' for Ferrybank. Bit ambitious, that 😂",
  extra=[PA], allowed=[IR], note="[coded; disability: physical] Mocks a wheelchair user.")
P("C10", EQ, "Putting Gavin Roscoe in charge of scrutiny is like letting the special class do the register. Bless him.",
  extra=[PA], allowed=[IR], note="[coded; disability: learning] Disability used as the put-down.")
P("C11", EQ, "Kyle Tierney should finish school before he lectures grown-ups about council tax. Does his mam know he's out? 🍼",
  extra=[PA], note="[coded; age: young] Belittles a councillor for youth.")
P("C12", EQ, "Another 'senior' member asleep at the back of planning this morning. Maybe it's time Dunmere tried councillors who still have their own teeth.",
  allowed=[PA], note="[coded; age: old] Ageist jibe; no one named.")
P("C13", EQ, "Maureen Kinsella should be at home with her feet up knitting for the grandkids, not running a borough. Leave it to the fellas, love.",
  extra=[PA], note="[coded; sex] Sexist dismissal of the Leader.")
P("C14", EQ, "Bikes going missing on Marram Heath the same week the caravans turn up. Funny that. Only saying what everyone's thinking.",
  allowed=[DF], note="[coded; race: Gypsy and Traveller] Crime insinuation against Travellers.")
P("C15", EQ, "Another one off on 'maternity leave' right before the budget. Convenient, Siobhan. Some of us actually turn up.",
  extra=[PA], note="[coded; pregnancy and maternity] Sneers at maternity leave.")
P("C16", EQ, "Seems if you wear a turban in Kelby you can park wherever you like. Different rules for some, eh? #OneRuleForThem",
  note="[coded; religion or belief: anti-Sikh] Hostile insinuation about Sikhs.")
P("C17", EQ, "Ferrybank's corner shops all 'changing hands' to a certain community lately. Don't recognise my own parade. Anyone else feel like a stranger round here?",
  note="[coded; race: Arab/Yemeni heritage] 'certain community' replacement trope.")
P("C18", EQ, "Tracey's 'anxiety' flares up every time there's a difficult vote. Convenient. Snowflake.",
  extra=[PA], allowed=[DP], note="[coded; disability: mental health] Mocks a councillor's mental health.")
P("C20", EQ, "'Hysterical' doesn't begin to cover Joanne Stott at cabinet questions today. Hormones, lads, hormones 🙄",
  extra=[PA], note="[coded; sex] Sexist 'hysterical… hormones' jibe.")

# ---------------------------------------------------------------- defamation
P("D1", DF, "Stephen Cutler is a liar. He told Kelby the library was safe and he knew full well it wasn't.",
  extra=[PA], note="'liar' at a named person with a knowing-falsehood claim.")
P("D2", DF, "Everyone in Saltby Marsh knows Mick Doran's had his hand in the till at the Social for years.",
  allowed=[PA], note="Theft idiom as common knowledge; review.")
P("D3", DF, "Funny how Rhodri Pugh's brother-in-law keeps winning the prom contracts. Nothing to see here, I'm sure 🤔",
  allowed=[PA, IR, DP], note="Corruption innuendo.")
P("D4", DF, "Angela Whitfield is corrupt to the core. Every planning decision she chairs has someone's mate behind it.",
  extra=[PA], note="'corrupt' at a named councillor.")
P("D5", DF, "Lying Joanne Stott at it again. Not a word of truth in that leaflet.",
  extra=[PA], note="'Lying' at a named councillor.")
P("D6", DF, "Padraig Nolan is a crook. Simple as.",
  extra=[PA], note="'crook' at a named councillor.")
P("D7", DF, "Ask yourself why Wharfside Homes' director was at the Leader's birthday do. Then ask why they got the Kelby contract without a tender. I'll wait.",
  allowed=[PA, GI], note="Corruption innuendo about the Leader and a company.")
P("D8", DF, "The Head of Planning Neil Ashcroft has been cooking the books on the Harbour Street viability report to suit the administration.",
  extra=[OF], allowed=[PA], note="Dishonesty allegation against a named officer ('cooking the books' idiom).")
P("D9", DF, "Declan Fairclough is a fraud. Claims to live in Marram Heath but everyone knows he lives over in Thornby with his girlfriend.",
  extra=[PA], allowed=[DP], note="'fraud' at a person plus a residence allegation.")
P("D10", DF, "Our Leader misled full council on the ferry subsidy. Every number she gave was invented. She knows it, we know it.",
  allowed=[PA], note="Deliberate-deception allegation about the Leader; review.")
P("D11", DF, "Marram Waste are a bunch of chancers fiddling the tonnage figures to squeeze more money out of the council.",
  allowed=[PA], note="Dishonesty allegation against a company.")
P("D12", DF, "Kevin Otty waves through licences for his mates' bars and stalls everyone else. Jobs for the boys in licensing.",
  extra=[OF], allowed=[PA], note="Favouritism allegation against a named officer.")
P("D13", DF, "Word in the Ferry Caff is that Lorraine Beattie's audit report got 'softened' after a quiet chat with the Leader. Make of that what you will.",
  allowed=[PA], note="Misconduct innuendo via rumour.")
P("D14", DF, "Gavin Roscoe is a liar and a hypocrite.",
  extra=[PA], note="'liar' at a named councillor.")
P("D15", DF, "Bernie Gorman's been on the fiddle with his mileage for years. Never drives anywhere, claims for everything.",
  allowed=[PA], note="'on the fiddle' idiom about expenses; review.")
P("D16", DF, "The Residents' Compact are running a dishonest campaign, and Kyle Tierney knows full well the figures on that leaflet are lies.",
  extra=[PA], note="'lies' at a named person.")
P("D17", DF, "Funny how Wendy Cheung voted for the Harbour Street licence and the owner's van was doing her garden the week after. Just an observation 😉",
  allowed=[PA, IR, GI], note="Innuendo of a favour in return for a vote.")
P("D18", DF, "Tony Hesketh is a proper snake. Says one thing in group, votes the other, then lies about it on Facebook.",
  extra=[PA], note="'snake' plus 'lies' at a named councillor.")
P("D19", DF, "Promenade Leisure Trust cooked the attendance numbers to keep their grant. Fact.",
  allowed=[PA], note="Dishonesty allegation against a trust, stated as fact but idiomatic.")
P("D20", DF, "Rhodri Pugh, stop lying about the Saltby Marsh flood money. You took it off our ward and you know it.",
  extra=[PA], note="'lying' at a named councillor.")
P("D21", DF, "The Progressives fiddled the consultation results. Plain and simple. Hundreds of objections 'lost'.",
  allowed=[PA], note="Dishonesty allegation against a party.")
P("K1", DF, "Angela Whitfield took a £20k bribe from Lansing Developments to push the Gull Point flats through planning. I've seen the bank transfer.",
  allowed=[PA], verdict="block", note="Bribery stated as fact: block.")
P("K2", DF, "Mick Doran stole £3,000 from the Saltby Marsh carnival account. That's not a rumour, that's what happened.",
  allowed=[PA], verdict="block", note="Theft from a carnival account stated as fact: block.")
P("K3", DF, "Stephen Cutler was caught drink driving on the Dunmere bypass last month and it was hushed up.",
  allowed=[PA, DP], verdict="block", note="Drink driving stated as fact: block.")
P("K4", DF, "Joanne Stott committed postal vote fraud in Marram Heath last May. Dozens of forms filled in by the same hand.",
  allowed=[PA], verdict="block", note="Postal vote fraud stated as fact: block.")
P("K5", DF, "Maureen Kinsella forged the signatures on the Ferrybank Market petition. Every one of them.",
  allowed=[PA], verdict="block", note="Forgery stated as fact: block.")
P("K6", DF, "Padraig Nolan has been claiming expenses for trips to London he never made. That's fraud, and he's done it for three years.",
  extra=[PA], verdict="block", note="Expenses fraud stated as fact: block.")
P("K7", DF, "Raj Mistry the finance director accepted a free holiday in Tenerife from the Marram Waste bosses. That's why their contract was renewed.",
  extra=[OF], allowed=[PA, GI], verdict="block", note="Officer bribed with a holiday: block.")
P("K8", DF, "Rhodri Pugh took council paving slabs from the depot for his own drive. Stole them. Ask the lads at the depot.",
  allowed=[PA], verdict="block", note="Theft of council property stated as fact: block.")
P("K9", DF, "Declan Fairclough is fiddling housing benefit on a flat he doesn't live in while drawing his allowance.",
  allowed=[PA, DP], verdict="block", note="Benefit fraud stated as fact: block.")
P("K10", DF, "Lorraine Beattie paid people in Kelby £20 a vote last May. Cash, on the doorstep.",
  allowed=[PA], verdict="block", note="Vote buying stated as fact: block.")
P("K11", DF, "Gavin Roscoe hasn't paid a penny of tax on his cash-in-hand taxi work for ten years. Tax evasion, plain and simple.",
  allowed=[PA, DP], verdict="block", note="Tax evasion stated as fact: block.")
P("K12", DF, "The Leader's husband's firm got the prom lighting contract and she signed it off herself. Misconduct in public office. She should be in prison for it.",
  allowed=[PA, DP], verdict="block", note="Misconduct in public office stated as fact: block.")
P("K13", DF, "Wendy Cheung pocketed the raffle money from the Lunar New Year fundraiser. £600 gone. She stole it.",
  allowed=[PA], verdict="block", date="2026-02-24", note="Theft of raffle money stated as fact: block.")

# ---------------------------------------------------------------- HN1 policy/decision/party/company/council
H("N101", "HN1", "The ferry fare rise is a disgrace. The Progressives should be ashamed of pricing working families off the Mersey.", note="Harsh criticism of a party's policy.")
H("N102", "HN1", "This parking strategy is a shambles, la. Gull Point on a Saturday is already chaos and this makes it worse.", note="Same topic as a positive, aimed at the strategy.")
H("N103", "HN1", "Marram Waste's performance on the new bin contract is dire. Three missed collections on Kelby Road this month. The contract needs a full review.", note="Criticism of a contractor's performance.")
H("N104", "HN1", "The Promenade railings at £400k are indefensible value for money. I'll be asking for the business case at scrutiny.", note="Criticism of a spending decision.")
H("N105", "HN1", "Wharfside Homes' damp repairs are a scandal. Families in Kelby are living with black mould. This is a failing landlord and the council must act.", note="Harsh criticism of a housing company.")
H("N106", "HN1", "This budget is a con on Ferrybank. Cuts dressed up as 'efficiencies'. Not having it.", allowed=[DF], note="'con' aimed at a budget, not a person.")
H("N107", "HN1", "Closing half the stalls at Ferrybank Market in January was a daft decision by people who've clearly never worked a market. Reverse it.", allowed=[PA], note="Criticism of a decision.")
H("N108", "HN1", "The Residents' Compact's 'save the prom' petition means well but the numbers don't add up. Their plan costs more than it saves.", note="Civil criticism of a party's plan.")
H("N109", "HN1", "Honestly the council's website is antwacky. Took me 20 minutes to report a pothole. Sort it out, Dunmere.", note="Scouse 'antwacky' at a website.")
H("N110", "HN1", "The 'digital hub' is a vanity project and a waste of £2m of public money. Scrap it and put the money into youth clubs.", note="Criticism of a project.")
H("N111", "HN1", "Cabinet's transport plan is a dog's dinner. No buses to Marram Heath after 6pm, no cycle lanes, nothing.", note="Idiom at a plan, shared with a positive.")
H("N112", "HN1", "I'm livid with this administration's decision to close Kelby library. It's wrong, it's short-sighted, and we'll fight it at every meeting.", note="Angry criticism of a decision; 'fight' political.")
H("N113", "HN1", "The consultation on the Seaview Hotel contract was a box-ticking exercise. Nobody in Gull Point was asked. Shameful process.", note="Criticism of a process.")
H("N114", "HN1", "The Progressives have run this borough into the ground. Twelve years of managed decline. Time for change in May.", note="Party criticism.")
H("N115", "HN1", "Promenade Leisure Trust's new prices are a joke. £9 for a swim? Kids in Saltby Marsh won't get in the water. Shocking.", note="Criticism of a trust's prices.")
H("N116", "HN1", "The Gazette's coverage of the flood money was one-sided. I've written to the editor asking for a correction.", note="Criticism of a newspaper's coverage.")
H("N117", "HN1", "Proper cob on with the council this morning. Third year running the gritters have missed our estate. Not good enough.", note="Scouse 'cob on' aimed at the council's service.")
H("N118", "HN1", "The Compact want to cut the grant to the Kelby food bank. Shameful priorities from a party that claims to stand up for residents.", note="Party policy criticism.")
H("N119", "HN1", "This is the worst licensing policy I've seen in 15 years on the council. It'll shut half the pubs on the prom. Vote it down.", note="Criticism of a policy (not a pending application).")
H("N120", "HN1", "The council's handling of the Saltby Marsh flood money has been incompetent from start to finish. We need an independent review.", note="Criticism of the council.")
H("N121", "HN1", "Sick of Dunmere Council treating Ravensby like an afterthought. No youth club, no bus, no bank. We're not a divvy little suburb to be ignored.", note="Anger at the council; Scouse 'divvy' not at a person.")
H("N122", "HN1", "Lansing Developments have a shocking record on affordable housing elsewhere on the Wirral. Residents are right to be sceptical of their promises.", allowed=[DF], note="Criticism of a developer's record.")

# ---------------------------------------------------------------- HN2 counter-speech
H("N201", "HN2", "Someone called me a 'screaming poof' outside the Co-op today. I'm reporting it. Homophobia has no place in Dunmere.", allowed=[EQ, AL], author="@DeclanFaircloughRC", note="Quoting a slur to condemn it (self).")
H("N202", "HN2", "To whoever sent Cllr Agbaje that vile racist message: you don't speak for Gull Point. We stand with Leon.", note="Solidarity against racist abuse.")
H("N203", "HN2", "Calling Travellers 'pikeys' is a slur, full stop. I won't sit quietly while anyone on this council uses that language.", allowed=[EQ, AL], note="Quotes a slur to condemn it.")
H("N204", "HN2", "Got told to 'go back to Dublin' by a fella in the queue at the chippy. Lived here 30 years, lad. Not going anywhere.", allowed=[EQ], author="@PadraigNolanDP", note="Quotes abuse received (self).")
H("N205", "HN2", "Jess Ormerod is a woman, a brilliant councillor and my friend. The abuse she's getting online is disgraceful. Solidarity, Jess 💜", note="Solidarity with a trans councillor.")
H("N206", "HN2", "'Coffin-dodger' is what one of the Compact's supporters called me on Facebook. I'm 76 and I'll be knocking doors till May, thank you very much.", allowed=[EQ, PA], author="@BernieGormanDP", note="Quotes ageist abuse received.")
H("N207", "HN2", "Had an 'I know where you live' message last night. It's with the police. I won't be intimidated and I won't stop speaking up for Gull Point.", allowed=[BU], author="@TraceyMcGannDI", note="Quotes a threat received.")
H("N208", "HN2", "'Retard' is not banter. If you heard it used in the chamber yesterday and laughed along, have a word with yourself.", allowed=[EQ, AL], note="Condemns a slur.")
H("N209", "HN2", "On Holocaust Memorial Day we remember. And we call out the 'her lot follow the money' rubbish whenever we see it, including in this borough.", allowed=[EQ], date="2026-01-27", note="Condemns an antisemitic trope.")
H("N210", "HN2", "A councillor in this borough said 'women shouldn't chair planning'. In 2026. Proud to be a woman who chairs planning. Next.", allowed=[EQ], author="@AngelaWhitfieldDP", note="Quotes sexist abuse to rebut it.")
H("N211", "HN2", "The word 'Taig' was shouted at a lad outside St Winefride's last week. Sectarianism belongs in the past, not in our borough.", allowed=[EQ, AL], note="Condemns a sectarian slur.")
H("N212", "HN2", "Nobody should be called a 'cripple' for asking for a ramp at the beach. The Gull Point ramps are going in and I'm made up.", allowed=[EQ, AL], note="Condemns a disability slur.")
H("N213", "HN2", "I've had 'go back over the water, Taff' more times than I can count. It was never funny. It's still not.", allowed=[EQ], author="@RhodriPughRC", note="Quotes anti-Welsh abuse received.")
H("N214", "HN2", "Whoever wrote 'Muslims out' on the bus shelter on Ferrybank Road: you are not welcome here, they are. Graffiti team have cleaned it. Solidarity with our Muslim neighbours.", allowed=[EQ], note="Condemns anti-Muslim graffiti.")
H("N215", "HN2", "Someone posted that Siobhan should 'stand down if she wants to be a mum'. She's on maternity leave, as is her right. I'm covering her casework. Leave her be.", allowed=[EQ], note="Defends a councillor on maternity leave.")
H("N216", "HN2", "Calling Cllr Cheung 'sweet and sour' is racist. It isn't banter. It's 2026, la.", allowed=[EQ], note="Condemns a coded racist jibe.")
H("N217", "HN2", "To the lads who shouted 'gobshite' and worse at our volunteers on the litter pick: those volunteers do more for Dunmere than you ever will.", allowed=[AL, PA], note="Quotes abuse to condemn it.")
H("N218", "HN2", "I've had messages calling me a 'nutter' since I spoke about my depression. I'll keep speaking about it. Mental health is health.", allowed=[EQ, PA], author="@TraceyMcGannDI", note="Quotes disability abuse received.")
H("N219", "HN2", "Seeing 'young foreign men' posts about the Seaview Hotel again. Those men are asylum seekers, many fleeing war. Judge people by what they do, not where they're from.", allowed=[EQ], note="Counter-speech on asylum seekers.")
H("N220", "HN2", "Telling a Black councillor he's 'very articulate… you'd never guess' is not a compliment. Have a think about why you said it.", allowed=[EQ], note="Calls out coded racism.")
H("N221", "HN2", "Got called a 'bloke in a frock' at my surgery on Saturday. I'm still here, still a woman, still your councillor. Now, about those potholes…", allowed=[EQ], author="@JessOrmerodEG", note="Quotes transphobic abuse received.")
H("N222", "HN2", "Threatening council officers is never acceptable. Dawn Pilkington was doing her job. The 'you'll regret it' message she got is with the police.", allowed=[BU, OF], note="Defends a named officer; quotes a threat.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate
H("N301", "HN3", "Myth: asylum seekers in the Seaview Hotel get £40 a day in cash. Fact: it's under £10 a week for those in catered hotels. Check before you share.", note="Myth-busting on asylum seekers.")
H("N302", "HN3", "Myth-busting: the Travellers on Marram Heath had nothing to do with the bike thefts. Police confirmed the arrests were two local lads. Stop the rumours.", note="Rebuts a Traveller rumour.")
H("N303", "HN3", "I'm not against the Seaview Hotel contract because of who's in it. I'm against it because the Home Office gave us 48 hours' notice and no money for GP places.", allowed=[EQ], note="Denied prejudice, reasoned objection.")
H("N304", "HN3", "Civil question for the Compact: how would your housing allocation policy treat families who've arrived from Poland or Romania? Genuinely want to understand it.", note="Civil debate on national origin and housing.")
H("N305", "HN3", "There's no 'special treatment' for the gurdwara on parking. Any place of worship can apply for the same dispensation. St Winefride's has one too.", note="Myth-busting about Sikhs.")
H("N306", "HN3", "Long, respectful debate in group about changing rooms at the new leisure centre. We don't all agree, but every view was heard and nobody was called names. That's how it should be.", note="Civil debate on a gender topic.")
H("N307", "HN3", "The 'Polish lads take all the jobs' line is wrong. Ferrybank unemployment fell while migration rose. The figures are on the ONS site.", allowed=[EQ], note="Quotes a stereotype to rebut it.")
H("N308", "HN3", "No, the Ramadan lights on Ferrybank Road were not paid for out of council tax. The mosque committee paid, same as local firms sponsor the Christmas lights.", note="Myth-busting on religion.")
H("N309", "HN3", "Age is no barrier to being a good councillor, and neither is youth. Some of our sharpest members are in their twenties and some are in their seventies.", note="Civil point on age.")
H("N310", "HN3", "I'll say this once: I've nothing against women chairing anything. My criticism of the Gull Point decision is about the decision. Full stop.", note="Denied prejudice about sex.")
H("N311", "HN3", "People asking if a Changing Places toilet at Gull Point is 'worth it'. Yes. Disabled people do go to the beach; they just can't stay long without one.", note="Myth-busting on disability.")
H("N312", "HN3", "Should we translate council tax leaflets into Polish and Arabic? I think yes, because it gets bills paid. Happy to hear counter-arguments, civilly.", note="Civil debate on language and origin.")
H("N313", "HN3", "To correct a rumour: maternity leave for councillors is a right under the parental leave policy this council passed unanimously. No allowance is 'wasted'.", note="Myth-busting on maternity.")
H("N314", "HN3", "Respectfully, I disagree with Cllr Al-Hakimi on the faith schools admissions motion. Not because of her faith or mine, but because I think catchment should come first.", note="Civil disagreement with a Muslim councillor.")
H("N315", "HN3", "The claim that Traveller sites push up crime isn't supported by the evidence. Read the police report before the Marram Heath site consultation. I'll be listening to all views.", allowed=[PR], note="Myth-busting on Travellers; keeps an open mind.")
H("N316", "HN3", "Genuine question, no agenda: why do civil partnership ceremonies at the Town Hall cost more than weddings? If it's a pricing error, let's fix it.", note="Civil question on civil partnership.")
H("N317", "HN3", "For the record: I'm Catholic, my husband's Protestant, and our kids go to a non-faith school. Sectarianism is finished in Dunmere and I'd like to keep it that way.", author="@JoanneStottRC", note="Denied prejudice, self-description on religion.")
H("N318", "HN3", "Some are saying Cllr Ormerod 'shouldn't use the ladies'. The law and our leisure centre policy say otherwise. Let's debate policy, not people.", allowed=[EQ], note="Rebuts a transphobic claim.")
H("N319", "HN3", "No, Chinese takeaways in Dunmere are not 'all cash in hand'. Stereotypes aren't evidence.", allowed=[EQ], note="Rebuts a racial stereotype.")
H("N320", "HN3", "I oppose free parking for all over-65s. Not because I've anything against pensioners (me mam's 81) but because it should be means-tested.", note="Policy debate touching age.")
H("N321", "HN3", "Myth: 'Gypsies don't pay council tax.' Residents of the Marram Heath site pay council tax and rent like everyone else.", allowed=[EQ], note="Myth-busting on Gypsies and Travellers.")
H("N322", "HN3", "We can disagree about the parking plan for the mosque extension without making it about religion. Traffic on Dune Road is a fair concern; talk of 'taking over' isn't.", allowed=[EQ, PR], note="Civil debate on a faith building.")

# ---------------------------------------------------------------- HN4 neutral/positive, self-description, reclaimed
H("N401", "HN4", "Proud to be gay, proud to be a Scouser, proud to represent Marram Heath. Happy LGBT+ History Month 🏳️‍🌈", author="@DeclanFaircloughRC", date="2026-02-04", note="Self-description.")
H("N402", "HN4", "As a trans woman on the council I get asked a lot what it's like. Mostly it's casework and bins, la. Same as everyone else.", author="@JessOrmerodEG", note="Self-description.")
H("N403", "HN4", "Wheelchair user, councillor, and as of today proud tester of the new beach wheelchair at Gull Point thanks to the Promenade Leisure Trust. Made up! ♿🏖️", author="@TonyHeskethDP", note="Self-description; disability.")
H("N404", "HN4", "Back from maternity leave next month. Baby's sound, I'm knackered, and I can't wait to get back to Saltby Marsh casework. Thanks to Cllr Doran for covering.", author="@SiobhanRourkeEG", note="Self-description; maternity.")
H("N405", "HN4", "Gung Hei Fat Choy! Lovely to see so many families at the Lunar New Year celebration at Ferrybank Market. Year of the Horse 🐎🧧", date="2026-02-17", note="Positive mention of Chinese community.")
H("N406", "HN4", "Ramadan Mubarak to all our Muslim residents. Iftar at the Ferrybank mosque on Friday and all are welcome, so bring your appetite.", date="2026-02-19", note="Positive mention; same day and topic as a coded positive.")
H("N407", "HN4", "I'm 76, I've been a councillor for 31 years and I still get made up when a new bench goes in. Old git, happy git.", author="@BernieGormanDP", note="Self-description; reclaimed 'old git'.")
H("N408", "HN4", "Our kid and I were the first in our family to go to uni. Two Black lads from Gull Point. Proud to be serving the ward we grew up in.", author="@LeonAgbajeEG", note="Self-description; race.")
H("N409", "HN4", "Shabbat shalom to everyone at the Dunmere Hebrew Congregation, and thank you for the warm welcome at Friday's community lunch.", note="Positive mention; Jewish community.")
H("N410", "HN4", "Married my partner Sue in a civil partnership at this very Town Hall in 2012. Today I chaired audit in the same room. Funny old world.", author="@LorraineBeattieDP", note="Self-description; civil partnership.")
H("N411", "HN4", "As an autistic councillor I'd love people to know the quiet room at the Town Hall really helps. Thanks to facilities for sorting it.", author="@GavinRoscoeDI", note="Self-description; disability.")
H("N412", "HN4", "Padraig here, Cork born, Dunmere made. Happy St Patrick's Day to our Irish community and to everyone who's Irish for the day 🍀", author="@PadraigNolanDP", date="2026-03-17", note="Self-description; Irish origin.")
H("N413", "HN4", "Welsh-born, Wirral-raised. Dydd Gŵyl Dewi hapus for yesterday from just over the water, la 🌼", author="@RhodriPughRC", date="2026-03-02", note="Self-description; 'over the water' used warmly.")
H("N414", "HN4", "Great to visit the Polish Saturday school in Kelby. 40 kids, brilliant teachers, and the best pierogi I've had this side of Kraków.", note="Positive mention of Polish community.")
H("N415", "HN4", "Welcome to our new Gypsy and Traveller liaison officer. Looking forward to working together on the Marram Heath site improvements.", note="Neutral mention of Gypsies and Travellers.")
H("N416", "HN4", "International Women's Day yesterday and I spent it at the Saltby Marsh women's boxing club. Absolute legends, every one of them.", date="2026-03-09", note="Positive mention; sex.")
H("N417", "HN4", "Queer, 23, renter, councillor. Yes, you can be all four. Ask me anything at Saturday's surgery.", author="@KyleTierneyRC", note="Self-description; reclaimed 'queer'; age.")
H("N418", "HN4", "The Langar at the Kelby gurdwara fed 300 people on Sunday. Nobody asked anyone's religion. That's Dunmere at its best.", note="Positive mention of Sikhs.")
H("N419", "HN4", "Eid Mubarak to all our Muslim neighbours in Ferrybank and beyond! Lovely to see the prom full of families this morning.", date="2026-03-20", note="Positive mention; Eid.")
H("N420", "HN4", "Out and proud dyke since 1989 and still the loudest voice at audit committee. Happy LGBT+ History Month, Dunmere.", author="@LorraineBeattieDP", date="2026-02-10", note="Reclaimed term, self-description.")
H("N421", "HN4", "Huge thanks to the Deaf community group for teaching us BSL basics at Gull Point library. Everyone should learn 'thank you' at least.", note="Positive mention of Deaf people.")
H("N422", "HN4", "Three generations of the Cheung family have run a chippy on Ferrybank Road. I'm the first to swap the fryer for the council chamber. Me nan's still not impressed 😂", author="@WendyCheungDP", note="Self-description; shares 'chippy' with a coded positive.")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation
H("N501", "HN5", "Kelby Rovers absolutely murdered Saltby Marsh 5-0 on Saturday. Bloodbath. Sorry Mick 😂", allowed=[BU, PA], note="Figurative violence about football.")
H("N502", "HN5", "I'm a total divvy. Left my council pass in the chippy again. Third time this month.", note="Self-deprecation with 'divvy'.")
H("N503", "HN5", "If I read one more 300-page viability appendix I'm going to throw the laptop in the Mersey.", note="Figurative frustration.")
H("N504", "HN5", "Me, pretending to understand the treasury management strategy: 🤡 Honestly, I'm a meff with spreadsheets.", note="Self-deprecation with 'meff'.")
H("N505", "HN5", "Going to kill this budget amendment at scrutiny. Dead in the water by Thursday.", allowed=[BU], note="Figurative 'kill' about an amendment.")
H("N506", "HN5", "Our kid says I look like a gobshite in my new council photo. He's not wrong. Kecks too short and all.", allowed=[AL], note="Self-deprecation with 'gobshite'.")
H("N507", "HN5", "Cllr Stott and I have agreed to disagree on the prom bins. She's buying the bevvies on Friday though, that's the deal 🍻", allowed=[HA, PA], note="Cross-party banter.")
H("N508", "HN5", "Fighting fit after the Saltby Marsh 10k. Well. Fighting. Not fit.", note="Self-deprecation.")
H("N509", "HN5", "Absolute massacre at the quiz night. Kelby Social Club took us apart. I'll have my revenge next month.", allowed=[BU], note="Figurative violence, quiz.")
H("N510", "HN5", "Made up with the new gritters. I'd hug the drivers if they'd let me.", note="Positive banter.")
H("N511", "HN5", "Which divvy booked two committees and a surgery for the same slot on Tuesday? Oh. It was me.", note="Self-deprecation.")
H("N512", "HN5", "Antwacky, me. Still using a Nokia. Our kid's disowned me.", note="Self-deprecation with 'antwacky'.")
H("N513", "HN5", "Right, I'm going to strangle whoever invented PDF forms. Not literally. Mostly.", allowed=[BU], note="Figurative 'strangle'.")
H("N514", "HN5", "Cob on of the week: me, when the vending machine ate my last quid. Apologies to reception for the language.", note="Self-deprecation with 'cob on'.")
H("N515", "HN5", "Declan's ties get louder every committee. Today's was a crime against fabric. I've reported it to Standards 😂", allowed=[PA, IR], note="Friendly teasing of a colleague.")
H("N516", "HN5", "Boss day on the litter pick at Gull Point. Filthy beach, filthy hands, happy volunteers. Sound turnout, thanks all.", note="'filthy' and Scouse 'boss', 'sound' in a positive post.")
H("N517", "HN5", "Got absolutely battered in the charity five-a-side. Padraig's tackles should be investigated by the police 😂", allowed=[PA, DF, BU], note="Sporting banter.")
H("N518", "HN5", "Thick as mince, me. Took three goes to log in to the new system. IT lads, you are saints.", note="Self-deprecation reusing 'thick as mince'.")
H("N519", "HN5", "I'd cheerfully bury the Highways Act in the dunes at Marram Heath and never dig it up.", allowed=[BU], note="Figurative burial of legislation.")
H("N520", "HN5", "Happy birthday to our Leader! Another year older and still running rings round the lot of us. Cake in the members' room 🎂", note="Friendly cross-party birthday post.")
H("N521", "HN5", "Bernie Gorman just called me 'a young pup' for the fourth time this week. I'm 52, Bernie 😂", allowed=[PA, EQ], note="Age banter between colleagues.")
H("N522", "HN5", "Total meltdown at home: our kid ate the last Penguin. War has been declared. Peace talks after tea.", allowed=[BU], note="Domestic banter.")

# ---------------------------------------------------------------- HN6 record criticism
H("N601", "HN6", "Cllr Stephen Cutler promised in 2024 that Kelby library would stay open. It's now closing. He should explain to residents why that promise wasn't kept.", allowed=[DF], note="Broken promise on the record.")
H("N602", "HN6", "Cllr Mick Doran has attended 4 of 12 licensing meetings this year. Residents deserve a committee chair who turns up.", allowed=[PA], note="Attendance record.")
H("N603", "HN6", "Angela Whitfield voted for the Gull Point flats against the objections of 600 residents. That's her record, and I'll remind Gull Point of it in May.", note="Voting record.")
H("N604", "HN6", "The Leader said the ferry subsidy would be protected. The budget cuts it by 30%. That's a broken promise, and she should own it.", allowed=[DF], note="Broken promise; not a lie allegation.")
H("N605", "HN6", "Cllr Pugh's figure for the Saltby Marsh flood fund (£1.2m) is wrong; the cabinet report says £800k. He should correct it.", allowed=[DF], note="Wrong figure, correction asked.")
H("N606", "HN6", "Joanne Stott has voted against every youth services budget line since 2022. I think that's the wrong call and I'll say so at every opportunity.", note="Voting record.")
H("N607", "HN6", "Padraig Nolan chaired the ferry committee through three fare rises in two years. Whatever his intentions, the outcome for commuters has been poor.", note="Record as chair.")
H("N608", "HN6", "Cllr Kinsella's administration has missed the housing target four years running. That's the record. Judge it in May.", note="Administration record.")
H("N609", "HN6", "With respect to Cllr Beattie, audit committee signed off the Wharfside accounts without the qualified opinion being discussed. That needs revisiting.", allowed=[DF], note="Committee record.")
H("N610", "HN6", "Cllr Tierney's leaflet says council tax went up 9%. It went up 4.99%. I'm sure it's a mistake, but it should be corrected.", allowed=[DF], note="Wrong figure, correction asked.")
H("N611", "HN6", "Gavin Roscoe's scrutiny review of bins was thorough and I agree with most of it, but his recommendation on charging for green bins is wrong for Kelby.", note="Disagreement with a recommendation.")
H("N612", "HN6", "Declan Fairclough's motion on prom parking was poorly drafted and would have cost £300k nobody had budgeted. I voted against it and I'd do it again.", note="Criticism of a motion.")
H("N613", "HN6", "Cllr Cheung promised a decision on Harbour Street lighting by Christmas. It's March. Ferrybank residents are still waiting.", allowed=[DF], note="Missed deadline.")
H("N614", "HN6", "Cllr Whitfield has turned down three invitations to meet the Gull Point residents' group. They deserve to hear from the chair of planning directly.", allowed=[PA], note="Engagement record.")
H("N615", "HN6", "I've checked the minutes: Cllr Doran missed the last two full council votes on the flood money. His residents should know that.", allowed=[PA], note="Attendance record.")
H("N616", "HN6", "Cllr Hesketh said the leisure trust 'balanced its books'. The trust's own accounts show a £400k deficit. I'd ask him to look again.", allowed=[DF], note="Contradicted claim.")
H("N617", "HN6", "Rhodri Pugh's record on Saltby Marsh flooding is weak: two years as portfolio holder, no flood defence scheme. That's not personal, it's the record.", note="Portfolio record.")
H("N618", "HN6", "Cllr Agbaje's position on the Seaview Hotel contract has changed three times. I'd like to understand why, and so would Gull Point.", allowed=[DF], note="Changing position.")
H("N619", "HN6", "Yusra Al-Hakimi's housing plan is ambitious but uncosted. I've asked for the figures at cabinet; until then I can't back it.", note="Policy critique of a named councillor.")
H("N620", "HN6", "Maureen Kinsella has led this council for 12 years. In that time the reserves have halved. That's the record she's asking you to renew.", note="Leadership record.")
H("N621", "HN6", "Cllr Fineberg told scrutiny the regeneration board had 'no conflicts'. The register shows two board members declared interests. She should clarify.", allowed=[DF], note="Contradicted statement.")
H("N622", "HN6", "Cllr Stott's claim that the Progressives 'never consulted' on the prom isn't accurate: there were three consultations. Let's debate on the facts.", allowed=[DF], note="Correction of a claim.")

# ---------------------------------------------------------------- obfuscated variants
# (original key, kind, word): every occurrence of the word is changed.
VARIANTS = [
    ("PA2", "star", "meff"), ("PA1", "digit", "divvy"), ("PA23", "zwsp", "clueless"),
    ("PA15", "spaced", "parasite"), ("PA3", "cyrillic", "useless"), ("PA10", "caps", None),
    ("AL2", "star", "gobshite"), ("AL10", "digit", "prick"), ("AL6", "zwsp", "twat"),
    ("AL8", "spaced", "bellend"), ("AL4", "cyrillic", "knobhead"), ("AL14", "caps", None),
    ("B5", "star", "regret"), ("B4", "digit", "live"), ("V2", "zwsp", "shame"),
    ("V6", "spaced", "carefully"), ("B1", "cyrillic", "waiting"), ("B2", "caps", None),
    ("E1", "star", "pikeys"), ("E12", "digit", "retard"), ("E3", "zwsp", "poof"),
    ("E5", "spaced", "cripples"), ("E10", "cyrillic", "paddy"), ("E7", "caps", None),
    ("D1", "star", "liar"), ("D6", "digit", "crook"), ("K1", "zwsp", "bribe"),
    ("K2", "spaced", "stole"), ("D4", "cyrillic", "corrupt"), ("D14", "caps", None),
]
DIGITS = {"i": "1", "o": "0", "a": "4", "e": "3"}
CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "C": "\u0421"}


def obfuscate(word, kind):
    if kind == "star":
        i = next(i for i, c in enumerate(word) if i > 0 and c.lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(word) if i > 0 and c.lower() in DIGITS)
        return word[:i] + DIGITS[word[i].lower()] + word[i + 1:]
    if kind == "zwsp":
        i = len(word) // 2
        return word[:i] + "\u200b" + word[i:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "cyrillic":
        i = next(i for i, c in enumerate(word) if c in CYR)
        return word[:i] + CYR[word[i]] + word[i + 1:]
    raise ValueError(kind)


def make_variant(row, kind, word):
    text = row["text"]
    allowed = list(row["allowed"])
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        text = "".join(p if p.startswith("@") else p.upper() for p in parts)
        if HA not in allowed and HA not in row["rules"]:
            allowed.append(HA)
    else:
        pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.I)
        assert pat.search(text), (row["key"], word)
        text = pat.sub(lambda m: obfuscate(m.group(0), kind), text)
    v = dict(row)
    v.update(key=row["key"] + "-" + kind, text=text, allowed=allowed,
             kind_of_row="obfuscated_variant", variant_of=row["key"], variant_kind=kind,
             note=f"{row['note']} Variant ({kind}) of the original.", date=None)
    return v


def mentioned(text):
    """Councillors named, tagged or alluded to by role in text."""
    out = set()
    low = text.lower()
    for handle, name in COUNCILLORS.items():
        if handle.lower() in low:
            out.add(name)
        for tok in name.replace("-", " ").split() + [name]:
            if tok.lower() in ("al",):
                continue
            if re.search(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", text, re.I):
                out.add(name)
    for pat, name in ROLES.items():
        if re.search(pat, text, re.I):
            out.add(name)
    return out


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS)
    rows = list(ROWS)
    variants = []
    for key, kind, word in VARIANTS:
        variants.append(make_variant(by_key[key], kind, word))
    allrows = rows + variants
    order = list(range(len(allrows)))
    rng.shuffle(order)
    ids = {}
    for n, idx in enumerate(order, 1):
        ids[allrows[idx]["key"]] = f"b71-{n:03d}"
    days = weekdays()
    handles = sorted(COUNCILLORS)
    # authors and platforms for originals first, in hand-written order
    for r in rows:
        if r["author"] is None:
            named = mentioned(r["text"])
            pool = [h for h in handles if COUNCILLORS[h] not in named]
            r["author"] = rng.choice(pool)
        plats = ["x", "facebook", "bluesky"]
        if len(r["text"]) > 280:
            plats = ["facebook", "bluesky"] if len(r["text"]) <= 300 else ["facebook"]
        r["platform"] = rng.choice(plats)
    for v in variants:
        o = by_key[v["variant_of"]]
        v["author"], v["platform"] = o["author"], o["platform"]
    out = []
    for r in allrows:
        day = dt.date.fromisoformat(r["date"]) if r.get("date") else rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["author"],
            "created_at": t.isoformat(),
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        }
        if r["kind_of_row"] == "obfuscated_variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    out.sort(key=lambda o: o["id"])
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
