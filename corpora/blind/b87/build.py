#!/usr/bin/env python3
"""Blind evaluation set b87 (Cradlebrook Metropolitan Borough Council, Black Country).

Hand-written rows plus a deterministic builder: shuffles the rows with a fixed seed,
gives ids B87-0001.., picks authors, platforms and timestamps, makes the obfuscated
variants and writes posts.jsonl next to this file. Running it again gives the same file.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8787

PA, AL, BU, EQ, DE = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination",
                      "defamation.allegation")
OF, DP, SC, PI, TI = ("officers.impartiality", "data-protection.personal-data",
                      "security.credentials", "position.improper-advantage",
                      "tone.irony-risk")
HA, PD, CF = ("haste.pause-before-posting", "predetermination.closed-mind",
              "confidentiality.disclosure")

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, date=None, avoid=()):
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=rules, allowed=allowed, verdict=verdict, note=note,
                     pin=None, date=date, avoid=list(avoid)))


def H(key, group, text, allowed, note, pin=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=allowed, verdict="ok",
                     note=f"{group}: {note}", pin=pin, date=date, avoid=[]))


# ---------------------------------------------------------------- personal attack
F = PA
P("pa01", F, "Graham Totney couldn't run a bath, let alone a budget. Gawby.", [PA], [], "review", "Dialect insult ('gawby') plus competence put-down at a named councillor.")
P("pa02", F, "Ow bist @CllrWollaston? Still pretendin' to understand the Local Plan? Yow'm about as much use as a chocolate teapot, mate.", [PA], [], "review", "Mocking insult at a handle; Black Country greeting on the positive side.")
P("pa03", F, "Sandra Hickman has the brains of a cob and half the personality.", [PA], [], "review", "Insult without swearing at the Leader by name.")
P("pa04", F, "Colin Nock stood up in full council, talked for ten minutes and said nuffin. Empty yed, empty suit.", [PA], [], "review", "'Empty yed' (empty head) at a named councillor.")
P("pa05", F, "Saft as a brush, that Stuart Fellows. Honestly ay worth the seat he sits on.", [PA], [], "review", "'Saft' (daft) at a person; the same word appears at a budget in a hard negative.")
P("pa06", F, "Huge congratulations to Lorraine Pardoe for readin' out a whole statement without losin' her place. Bostin' effort, bab 👏👏", [PA, TI], [EQ], "review", "Mock congratulation; 'bab' allows equality (sex).")
P("pa07", F, "Keith Dainty is a jumped-up pen-pusher who wouldn't know a decent scheme if it bit him on the backside.", [PA, OF], [], "review", "Insult at the named Head of Planning (officer).")
P("pa08", F, "Brenda Guest is a nasty, spiteful little woman and everybody in Chainley knows it.", [PA], [EQ], "review", "'Little woman' allows equality (sex); the attack is on her character.")
P("pa09", F, "Yow'm a joke, @IanBeddallGreen. A total joke. Go back to huggin' trees and leave the grown-ups to it.", [PA], [], "review", "Belittling a handle.")
P("pa10", F, "Ryan Cartwright is a spoilt little lad who's never done a day's graft in his life.", [PA], [EQ], "review", "'Little lad' allows equality (age).")
P("pa11", F, "Maureen Homer is a fossil. Should've been put on display in the Chainmakers' Museum years ago.", [PA], [EQ], "review", "'Fossil' is an attack with age only allowed (compare e08, which is age discrimination).")
P("pa12", F, "Tina Bloomer talks more rubbish than the miskin round the back of the Nailers Arms.", [PA], [], "review", "'Miskin' (bin) dialect; insult at a named councillor.")
P("pa13", F, "Kuldip Sahota is a spineless yes-man. Whatever Sandra says, he nods like one of them dogs in a car back window.", [PA], [], "review", "Spineless yes-man; names two councillors, so neither may author it.")
P("pa14", F, "Sunita Malhi, our so-called Director of Finance, can't add up. Clueless from top to bottom.", [PA, OF], [], "review", "Insult at a named officer.")
P("pa15", F, "Whoever wrote Graham Totney's speech should be sacked, and whoever read it out should be laughed out of the chamber. Oh wait, same bloke 🙄", [PA], [], "review", "Indirect put-down of a named councillor via a joke.")
P("pa16", F, "Trevor Round is a pompous windbag. Every meetin', same drone, same sermon.", [PA], [], "review", "Character insult; nothing about his disability.")
P("pa17", F, "Delroy Bennett is a clown and a hypocrite, and that's me bein' polite.", [PA], [], "review", "Clown and hypocrite at a named councillor.")
P("pa18", F, "Marek Nowicki's about as sharp as a bag of wet mortar.", [PA], [], "review", "Dim-wit insult with no reference to his origin.")
P("pa19", F, "Julie Pearsall, yow'm a mardy, moanin' wench and nobody can stand yer.", [PA], [EQ], "review", "'Wench' is neutral in the Black Country (see the hard negatives) but here part of an insult; equality (sex) allowed.")
P("pa20", F, "Derek Wollaston is thick as two short planks and half as useful.", [PA], [], "review", "Stock insult at a named councillor.")
P("pa21", F, "Nobody asked yow, @GrahamTotneyFA. Crawl back under yer stone.", [PA], [], "review", "Dismissive insult at a handle.")
P("pa22", F, "Sandra Hickman's idea of leadership is hidin' in the Mayor's parlour till the angry people go home. Coward.", [PA], [], "review", "'Coward' at the Leader.")
P("pa23", F, "Can somebody tell @LorrainePardoe she's not on The Apprentice? Smug, self-satisfied and thick with it.", [PA], [], "review", "Smug and thick, at a handle.")
P("pa24", F, "Mick Hingley runs the bin service the way he runs his mouth: badly and all over the shop. Useless article.", [PA, OF], [], "review", "Insult at the named Head of Waste (officer).")
P("pa25", F, "Nasreen Akhtar's a gobby know-nuffin who thinks shoutin' is an argument.", [PA], [], "review", "'Gobby' at a person; compare the hard negative where Tina reclaims 'gobby'.")
P("pa26", F, "Ian Beddall must be the most borin' mon in the Black Country. Watchin' the cut freeze is more excitin'.", [PA], [], "review", "Mild ridicule of a named councillor ('the cut' = canal).")
P("pa27", F, "Well done @StuFellowsFA, yow've finally found the committee room. Only took yer two year 👏 Genius.", [PA, TI], [], "review", "Mock praise ('Genius') at a handle.")
P("pa28", F, "Shona Bissell is a sanctimonious crank. Pure and simple.", [PA], [], "review", "Aimed at her politics and manner, not at her being trans.")
P("pa29", F, "Our Chief Exec Alison Raybould is a puppet with Sandra's hand up the back. Spineless.", [PA, OF], [], "review", "Insult at the named Chief Executive; also names the Leader.")
P("pa30", F, "Brenda Guest should be ashamed. Pathetic, two-faced and gutless.", [PA], [], "review", "'Two-faced' read as a character insult, not an allegation of dishonesty.")
P("pa31", F, "Colin Nock's a waste of space. Anvil End ay seen him since the count.", [PA], [], "review", "Waste of space at a named councillor.")
P("pa32", F, "Dear @DelroyBennettCT, if brains was petrol yow wouldn't have enough to drive a moped round the Wrekin.", [PA], [], "review", "Elaborate insult; 'round the Wrekin' idiom.")
P("pa33", F, "Graham Totney is a parasite. A leech on every family in Chainley. Vermin in a good suit.", [PA], [], "block", "Severe dehumanising attack: block.")
P("pa34", F, "Derek Wollaston is a worthless waste of skin. Cradlebrook'd be better off if he'd never been born.", [PA], [], "block", "Severe: 'better off if he'd never been born'; not a threat, so no bullying.")

# ---------------------------------------------------------------- abusive language
F = AL
P("al01", F, "This budget is a pile of absolute shite and Forge Alliance know it.", [AL], [PA], "review", "Obscenity at a budget; the party allows personal-attack.")
P("al02", F, "The new bin app is a load of bollocks. Tried three times, crashed three times. Bostin' work, Tipley Waste 🙄", [AL], [PA, TI], "review", "Obscenity at a service; mock praise of a company only allowed.")
P("al03", F, "@GrahamTotneyFA yow'm a dickhead. A complete and utter dickhead.", [AL, PA], [], "review", "Obscene insult at a handle.")
P("al04", F, "Sod the consultation, sod the consultants, and sod whoever signed off this bloody car park scheme.", [AL], [PA], "review", "Mild swearing at a scheme and 'whoever'.")
P("al05", F, "What a crock of shit that cabinet report was. Forty pages of nuffin.", [AL], [PA], "review", "Obscenity at a report.")
P("al06", F, "Anvil Homes can shove their 'tenant satisfaction survey' where the sun don't shine. Piss-take from start to finish.", [AL], [PA], "review", "Vulgarity at a company's survey.")
P("al07", F, "Colin Nock is a pillock and a tosser, and I'll say it to his face at the next meetin'.", [AL, PA], [BU], "review", "Obscene insult at a named councillor; 'to his face' is not a threat, bullying allowed.")
P("al08", F, "Another pothole on the oss road through Pennock Green. This council's highways budget is a f***ing joke.", [AL], [PA], "review", "Self-censored obscenity at a budget.")
P("al09", F, "Stuart Fellows, yow absolute bellend.", [AL, PA], [], "review", "Short obscene insult at a named councillor.")
P("al10", F, "The Local Plan is a steamin' pile of crap dressed up in nice fonts.", [AL], [], "review", "Vulgarity at a document.")
P("al11", F, "Honestly, the licensing committee this mornin' was a shitshow from start to finish.", [AL], [], "review", "Obscenity at a meeting.")
P("al12", F, "Brenda Guest talks out of her arse every single week.", [AL, PA], [], "review", "Vulgar insult at a named councillor.")
P("al13", F, "Forge Alliance are a bunch of useless bastards and the sooner they're out the better.", [AL], [PA], "review", "Obscenity at a party.")
P("al14", F, "Scrap this piss-poor excuse for a leisure strategy and start again.", [AL], [], "review", "Mildest vulgarity, at a strategy.")
P("al15", F, "Derek Wollaston? Dozy git. Dozy, arrogant git.", [AL, PA], [], "review", "'Git' repeated at a named councillor.")
P("al16", F, "Kin' 'ell, who designed these new bus lanes? Whoever it was wants their 'ead feelin'.", [AL], [PA], "review", "'Kin' 'ell' (f***ing hell) in dialect; 'whoever' allows personal-attack.")
P("al17", F, "Tipley Waste Services are shite at collectin' bins and shite at answerin' the phone.", [AL], [PA], "review", "Obscenity twice at a company.")
P("al18", F, "Get stuffed, @SandraHickmanFA. And take yer bloody cabinet with yer.", [AL, PA], [], "review", "Rude dismissal of the Leader's handle with mild swearing.")
P("al19", F, "@IanBeddallGreen what a load of bollocks yow spouted on Radio Nailer this mornin'.", [AL], [PA], "review", "Obscenity aimed at what he said, so personal-attack only allowed.")
P("al20", F, "The officers' report on the Gosty Vale depot is bollocks and the committee should bin it.", [AL], [OF], "review", "Obscenity at an officers' report; no officer named, officers allowed.")
P("al21", F, "Marek Nowicki is a jumped-up little shit.", [AL, PA], [], "review", "Obscene insult at a named councillor.")
P("al22", F, "This consultation is a piss-take. Six days to respond over Christmas? Do one.", [AL], [], "review", "Vulgarity at a consultation.")
P("al23", F, "Nasreen Akhtar, yow'm a sanctimonious cow.", [AL, PA], [EQ], "review", "'Cow' at a woman; equality (sex) allowed.")
P("al24", F, "Cabinet decision on the swimmin' baths: absolute bollocks. Shame on every one of 'em.", [AL], [PA], "review", "Obscenity at a decision; cabinet collectively allows personal-attack.")
P("al25", F, "That website redesign cost £80k and it's crap. Pure crap.", [AL], [], "review", "Vulgarity at a website.")
P("al26", F, "Ryan Cartwright, shut yer gob, yer smug little twat.", [AL, PA], [EQ], "review", "Obscene insult at a named councillor; 'little' allows equality (age).")
P("al27", F, "F*** the parkin' charges. F*** the lot of 'em.", [AL], [PA], "review", "Censored f-word at a policy and 'the lot of 'em'.")
P("al28", F, "Tina Bloomer is full of shit and she knows it.", [AL, PA], [], "review", "Obscene insult at a named councillor.")
P("al29", F, "Forge Alliance have pissed away £2m on a bus station nobody uses.", [AL], [PA], "review", "Vulgarity about a party's spending.")
P("al30", F, "Jesus wept. This motion is bollocks from top to bottom.", [AL], [], "review", "Obscenity at a motion.")
P("al31", F, "Trevor Round, yer an arse. A pompous arse.", [AL, PA], [], "review", "Vulgar insult at a named councillor.")
P("al32", F, "Ar, I said it: the cabinet's a shower of shite.", [AL], [PA], "review", "'Ar' (yes); obscenity at the cabinet.")
P("al33", F, "Graham Totney is a c*nt. There. Said it.", [AL, PA], [], "block", "The c-word at a named councillor: block.")
P("al34", F, "Forge Alliance councillors are filthy scum and I hope every one of 'em rots.", [AL], [PA], "block", "Severe: 'filthy scum… hope they rot' at a party's councillors.")

# ---------------------------------------------------------------- bullying / intimidation
F = BU
P("bu01", F, "Delroy Bennett wants a smack in the mouth, and if he says that again in the chamber I'll be the one to give it him.", [BU], [PA], "block", "[explicit] Threat of violence at a named councillor.")
P("bu02", F, "@ColinNockFA keep talkin' and yow'll be pickin' yer teeth up off the Civic Hall car park.", [BU], [PA], "block", "[explicit] Threat of violence at a handle.")
P("bu03", F, "If Ian Beddall turns up at the Pennock Green residents' meetin' he'll be leavin' in an ambulance. Promise.", [BU], [PA], "block", "[explicit] Threat of injury.")
P("bu04", F, "I know where Lorraine Pardoe lives. Lower Gosty Lane, the house with the blue door. Might pay her a visit.", [BU], [PA, DP], "block", "[explicit] 'I know where you live' with her street; data protection allowed.")
P("bu05", F, "Somebody needs to give Graham Totney a proper hidin'. I'll hold his coat.", [BU], [PA], "block", "[explicit] Incitement to a beating.")
P("bu06", F, "Keep goin', Tina Bloomer, and yow'll find out what happens to wenches who don't know when to shut up.", [BU], [PA, EQ], "block", "[explicit] Threat tied to her sex; equality allowed.")
P("bu07", F, "Trevor Round, carry on like this and I'll tip that wheelchair into the cut meself.", [BU], [PA, EQ], "block", "[explicit] Threat touching disability (wheelchair); equality allowed.")
P("bu08", F, "To whoever reported me to the Monitorin' Officer: I'll find out who yow am, and yow'll wish yow'd never opened yer mouth.", [BU], [PA], "block", "[explicit] Threat against a complainant.")
P("bu09", F, "Sandra Hickman, yow'm finished. I'll make sure yow never walk out of that chamber again without lookin' over yer shoulder.", [BU], [PA], "block", "[explicit] Threat of ongoing menace at the Leader.")
P("bu10", F, "Next time Mick Hingley shows his face at the depot he's gettin' lamped.", [BU, OF], [PA], "block", "[explicit] Threat of violence at a named officer.")
P("bu11", F, "Shame about Derek Wollaston's car. Be a shame if it happened again, wouldn't it?", [BU], [PA], "block", "[veiled] Implied repeat of criminal damage.")
P("bu12", F, "Stuart Fellows won't be smilin' for long. Just sayin'.", [BU], [PA], "block", "[veiled] The mildest veiled threat.")
P("bu13", F, "Nice little school Kuldip Sahota's kids go to. Gosty Vale Primary, ay it? Lovely walk home along the cut.", [BU], [PA, DP], "block", "[veiled] Children's school and route home; data protection allowed.")
P("bu14", F, "Julie Pearsall walks home on her own from the Anvil End surgery every Thursday. Dark down them gullies this time of year.", [BU], [PA, DP, EQ], "block", "[veiled] Lone woman's route home; equality and data protection allowed.")
P("bu15", F, "People like Marek Nowicki want to be careful. Folk round here have long memories and short tempers.", [BU], [PA, EQ], "block", "[veiled] 'People like' could point at his origin; equality allowed.")
P("bu16", F, "Accidents happen on the Chainley towpath, @RyanCartwrightGr. Mind how yer go 😉", [BU], [PA], "block", "[veiled] 'Accidents happen' with a wink.")
P("bu17", F, "Tell Brenda Guest her husband's shop on Forge Street would look a lot worse with its windows put in.", [BU], [PA, DP], "block", "[veiled] Threat to a spouse's property; data protection allowed.")
P("bu18", F, "Alison Raybould should think very carefully before she signs off that report. Very carefully. We know what she drives.", [BU, OF], [PA, DP], "block", "[veiled] Pressure and menace at the named Chief Executive.")
P("bu19", F, "Funny how quick a career can end, @NasreenAkhtarCT. One phone call. Think on.", [BU], [PA], "block", "[veiled] Threat to her career.")
P("bu20", F, "A little bird says Shona Bissell's got things in her past she'd hate to see on the front of the Chronicle. Vote my way on Tuesday and they stay buried.", [BU], [PA, EQ], "block", "[veiled] Blackmail; 'things in her past' may point at her transition, equality allowed.")
P("bu21", F, "Whoever's leakin' from the Forge Alliance group: we'll find yer. And then we'll have a chat. A long one.", [BU], [PA, CF], "block", "[veiled] Menace at an unnamed leaker; 'leakin'' allows confidentiality.")
P("bu22", F, "Liam Tromans wants to be careful who he's upsettin'. Not everybody's as patient as me.", [BU], [PA], "block", "[veiled] Implied consequence.")
P("bu23", F, "Jodie Perks knows the right answer on Furnace Lane. Be a pity if she got it wrong, seein' as she's only on a temporary contract 😉", [BU, OF], [PA], "block", "[veiled] Pressure on a named planning officer's job.")
P("bu24", F, "Everybody screenshot Tina Bloomer's post and flood her mentions till she deletes it. Don't let up.", [BU], [PA], "block", "[pressure] Organised pile-on.")
P("bu25", F, "Here's Colin Nock's private mobile: 07700 900417. Ring him. Keep ringin'. All night if yer have to.", [BU], [PA, DP, SC], "block", "[pressure] Publishing a private number to harass; data protection and credentials allowed.")
P("bu26", F, "Kerry Hadley can back the budget or watch Nailers Bank get nuffin from the ward fund for four year. Her choice.", [BU], [PA, PI], "block", "[pressure] Coercion with the ward budget; improper advantage allowed.")
P("bu27", F, "Any officer who puts their name to the Gosty Vale closure report should know we'll be namin' and shamin' them on here every day till they quit.", [BU, OF], [PA], "block", "[pressure] Intimidating officers over a report.")
P("bu28", F, "Let's all turn up outside Delroy Bennett's house Saturday and let him hear what Chainley thinks. Bring placards. Bring yer voices.", [BU], [PA, DP], "block", "[pressure] Crowd at a councillor's home.")
P("bu29", F, "Vote against me on the depot again, @MarekNowickiCT, and yow can forget a seat on any committee while I'm whip. I've a long memory.", [BU], [PA, PI], "block", "[pressure] Coercion with committee places.")
P("bu30", F, "Ryan Cartwright thinks he can cross me. Watch me make his life a misery every single meetin' till May.", [BU], [PA], "block", "[pressure] Declared campaign of humiliation.")
P("bu31", F, "Maureen Homer's complaint about me will be withdrawn by Friday. If not, everybody'll hear what I know about her family.", [BU], [PA, DP], "block", "[pressure] Threat against a complainant via her relatives.")
P("bu32", F, "I'll be postin' Ian Beddall's every expenses claim, every parkin' ticket, every embarrassin' photo, every day, till he resigns. Every. Day.", [BU], [PA, DP], "block", "[pressure] Sustained exposure campaign.")
P("bu33", F, "Tag @JuliePearsallInd in every post yow make today. Every one. Let's see how long she lasts 😂", [BU], [PA], "block", "[pressure] Organised pile-on at a handle.")
P("bu34", F, "To the witness in the standards hearin': I know it was yow. Change yer statement or I'll make sure the whole of Tipley Marsh knows yer name.", [BU], [PA, DP], "block", "[pressure] Threat against a witness.")

# ---------------------------------------------------------------- equality / discrimination
F = EQ
P("eq01", F, "Marek Nowicki should go back to Poland and take his lot with him. Cradlebrook's for Cradlebrook folk.", [EQ, PA], [], "block", "[explicit; race (Polish)] 'Go back' at a named councillor.")
P("eq02", F, "Nasreen Akhtar's first loyalty is to the mosque, not to Pennock Green. No Muslim should be sittin' in that cabinet.", [EQ, PA], [], "block", "[explicit; religion (anti-Muslim)] Dual-loyalty attack.")
P("eq03", F, "Shona Bissell is a bloke in a frock. I'll be callin' him 'he' till the day I die.", [EQ, PA], [], "block", "[explicit; gender reassignment] Deliberate misgendering.")
P("eq04", F, "Trevor Round can't even get up the Civic Hall steps. Why are we electin' cripples to run the borough?", [EQ, PA, AL], [], "block", "[explicit; disability (physical)] Slur 'cripples'.")
P("eq05", F, "No more pikeys on Tipley Marsh. Shut the site, move 'em on, job done.", [EQ, AL], [PD], "block", "[explicit; race (Gypsy and Traveller)] Slur; the site is a planning matter, predetermination allowed.")
P("eq06", F, "Ryan Cartwright's a poof and he's got no business anywhere near our youth services.", [EQ, PA, AL], [], "block", "[explicit; sexual orientation] Slur plus implication about children.")
P("eq07", F, "Women shouldn't chair finance. Simple as. Give it to a bloke with a head for numbers.", [EQ], [], "block", "[explicit; sex] No one named.")
P("eq08", F, "Maureen Homer is 73 and gaga. Stick her in a home and give the seat to somebody whose brain still works.", [EQ, PA], [], "block", "[explicit; age (old)] Age and dementia put-down.")
P("eq09", F, "Kerry Hadley's gone off to have another babby on full allowance. Pregnant councillors should step down, full stop.", [EQ, PA], [], "block", "[explicit; pregnancy and maternity]")
P("eq10", F, "Delroy Bennett only got the cabinet job cause he's black. Box ticked.", [EQ, PA], [], "block", "[explicit; race (Black/Caribbean heritage)]")
P("eq11", F, "Kuldip Sahota can take his turban off when he comes in the chamber or stay out. This is England.", [EQ, PA], [], "block", "[explicit; religion (anti-Sikh) and race]")
P("eq12", F, "The asylum seekers in the Chainley hotel are scroungers and criminals, every last one. Bus 'em out.", [EQ], [], "block", "[explicit; race (asylum seekers)] Group smear.")
P("eq13", F, "The Jews on the Cradlebrook business forum are pullin' the strings again. Follow the money.", [EQ], [DE], "block", "[explicit; religion (antisemitic)] Puppet-master trope.")
P("eq14", F, "Julie Pearsall and her so-called 'civil partner' are a mockery of marriage. Not in my borough's register office.", [EQ, PA], [], "block", "[explicit; marriage and civil partnership / sexual orientation]")
P("eq15", F, "Liam Tromans is autistic and it shows. Somebody like that shouldn't get a vote on anythin'.", [EQ, PA], [], "block", "[explicit; disability (autism)]")
P("eq16", F, "Delroy Bennett's ever so well-spoken for somebody from his... background.", [EQ, PA], [], "block", "[coded; race (Black/Caribbean heritage)] Only knowing Delroy is Black makes it so.")
P("eq17", F, "Pennock Green's gone from faggots and peas to curry houses in twenty year. Ask yerself who's been votin' for that.", [EQ], [], "block", "[coded; race (South Asian)] Demographic-change dog whistle; 'faggots' here is the dish.")
P("eq18", F, "The Tipley Marsh job fair leaflets were all in Polish. Who's this council actually for? Not the likes of us. Marek's lot have had it their own way long enough.", [EQ, PA], [], "block", "[coded; race (Polish/Eastern European)]")
P("eq19", F, "Funny how Nasreen Akhtar's 'community centre' grant went to a buildin' with a dome on top. Just sayin' 🕌👀", [EQ, PA], [DE], "block", "[coded; religion (anti-Muslim)] Defamation allowed (grant insinuation).")
P("eq20", F, "Shona Bissell 'got her start' in Tipley Marsh politics years ago. Wonder what she was called back then 🤔", [EQ, PA], [], "block", "[coded; gender reassignment] Deadnaming insinuation.")
P("eq21", F, "Ryan Cartwright on the fosterin' panel? Keep an eye on him, that's all I'm sayin'.", [EQ, PA], [DE], "block", "[coded; sexual orientation] Gay-men-as-danger trope.")
P("eq22", F, "Cradlebrook Central gets what it deserves electin' a lad who still thinks a mortgage is a type of pizza. Kids shouldn't be on the council.", [EQ], [PA], "block", "[coded; age (young)] No name, but points at Ryan Cartwright; 'kids shouldn't be on the council'.",
  avoid=["@RyanCartwrightGr", "@SandraHickmanFA", "@TinaBloomerCT"])
P("eq23", F, "Nice of Tina Bloomer to grace us after her 'stress leave'. Fragile sorts should find a quieter hobby.", [EQ, PA], [], "block", "[coded; disability (mental health)]")
P("eq24", F, "Trevor Round wants a place on the highways panel. Bit rich, he ay walked a pavement in twenty year 😂", [EQ, PA], [], "block", "[coded; disability (physical)] Mocks his wheelchair use.")
P("eq25", F, "Kuldip Sahota calls himself a Black Country mon. Born in Chainley? Ar, course he was. Still ay one of us.", [EQ, PA], [], "block", "[coded; race (South Asian / Sikh)] No group named.")
P("eq26", F, "Interestin' how every time Sandra Hickman has a bad week it's 'that time of the month' in the cabinet room.", [EQ, PA], [], "block", "[coded; sex]")
P("eq27", F, "Hope Kerry Hadley's enjoyin' her 'year off'. Some of us actually work for our allowance 🍼", [EQ, PA], [TI], "block", "[coded; pregnancy and maternity]")
P("eq28", F, "Certain people's 'friends' from north London always find the money for our regeneration schemes. Same faces, same synagogue 🤑", [EQ], [DE], "block", "[coded; religion (antisemitic)] Money trope.")
P("eq29", F, "Chainley takeaway owners 'forgot' their business rates again. Some communities think the rules don't apply to 'em, if yer catch my drift 🥢", [EQ], [DE], "block", "[coded; race (Chinese)]")
P("eq30", F, "Lock up yer tools, Anvil End. The caravans are back on the rec.", [EQ], [], "block", "[coded; race (Gypsy and Traveller)] Criminality trope.")
P("eq31", F, "Council layin' on an iftar in the Civic Hall for Ramadan. Will they be doin' a pig roast for the rest of us? Who runs Cradlebrook these days 🤔", [EQ], [], "block", "[coded; religion (anti-Muslim)] Ramadan jibe, dated 19 Feb.", date="2026-02-19")
P("eq32", F, "Julie Pearsall lecturin' us on 'family values'. Which one of yer's the husband, Julie? 😂", [EQ, PA], [], "block", "[coded; marriage and civil partnership / sexual orientation]")
P("eq33", F, "Liam Tromans can't read a room, can't look anybody in the eye and can't take a joke. Should he really be chairin' scrutiny? We all know why.", [EQ, PA], [], "block", "[coded; disability (autism)]")
P("eq34", F, "Time Brenda Guest's generation stepped aside. Let 'em do their jigsaws and leave the decisions to people who'll live with 'em.", [EQ, PA], [], "block", "[coded; age (old)]")

# ---------------------------------------------------------------- defamation
F = DE
P("de01", F, "Sandra Hickman is a liar. Plain and simple. She lied to Chainley about the library.", [DE, PA], [], "review", "'Liar', 'lied' at the Leader.")
P("de02", F, "Graham Totney is as bent as a nine-bob note.", [DE, PA], [EQ], "review", "'Bent' idiom (corrupt); also used homophobically, equality allowed.")
P("de03", F, "Derek Wollaston's been on the take from developers for years. Ask him where his new conservatory came from.", [DE], [PA], "review", "Corruption idiom and innuendo.")
P("de04", F, "@StuFellowsFA is a crook and everybody in Tipley Marsh knows it.", [DE, PA], [], "review", "'Crook' at a handle.")
P("de05", F, "Funny how Colin Nock's brother-in-law keeps winnin' council contracts. Nothin' to see here 🙈", [DE], [PA, DP], "review", "Innuendo of corruption; relative mentioned, data protection allowed.")
P("de06", F, "Lorraine Pardoe lied to full council about the Nailers Bank flood money and she knows it.", [DE, PA], [], "review", "'Lied' at a named councillor.")
P("de07", F, "Brenda Guest is a dodgy so-and-so. Wouldn't trust her with the raffle tickets.", [DE, PA], [], "review", "'Dodgy' at a person.")
P("de08", F, "Keith Dainty the planning chief is in the developers' pocket. Every decision, same winners.", [DE, OF], [PA], "review", "Corruption insinuation at a named officer.")
P("de09", F, "Forge Alliance are a bunch of crooks runnin' a racket out of the Civic Hall.", [DE], [PA], "review", "'Crooks… racket' at a party.")
P("de10", F, "Anvil Homes are con artists. They take the rent and do nuffin.", [DE], [PA], "review", "'Con artists' at a company.")
P("de11", F, "Ian Beddall fiddled the Greens' selection count and lied about it. Fraud.", [DE, PA], [], "review", "Dishonesty allegation, not a stated crime.")
P("de12", F, "Kuldip Sahota is a lyin' hypocrite who'd sell his own ward for a cabinet seat.", [DE, PA], [], "review", "'Lyin'' at a named councillor.")
P("de13", F, "Ask Tina Bloomer where the community chest money went. Go on, ask her. Watch her squirm.", [DE], [PA], "review", "Innuendo of misuse of funds.")
P("de14", F, "Trevor Round is a fraud. Calls himself independent, votes with Forge Alliance every time.", [DE, PA], [], "review", "'Fraud' in the political sense; still an allegation at a person.")
P("de15", F, "Derek Wollaston fixed the plannin' agenda so his mate's application came up while the objectors were on holiday. Corrupt.", [DE, PA], [], "review", "Misconduct and 'corrupt', not a specific crime.")
P("de16", F, "Everybody knows Marek Nowicki's 'consultancy' is a front. Where's the money really comin' from?", [DE], [PA], "review", "Innuendo; nothing about his origin.")
P("de17", F, "Delroy Bennett's expenses would make a cat laugh. Creative accountin' at its finest 😏", [DE], [PA, TI], "review", "Innuendo of expenses abuse.")
P("de18", F, "Julie Pearsall is a two-faced liar and I've got the emails to prove it.", [DE, PA], [], "review", "'Liar' at a named councillor.")
P("de19", F, "Gareth Pountney, our so-called Monitorin' Officer, is bent as they come. Covers for the Leader every time.", [DE, PA, OF], [], "review", "'Bent' at a named officer; also names the Leader by role.")
P("de20", F, "Tipley Waste Services are crooks, overchargin' the council and pocketin' the difference.", [DE], [PA], "review", "'Crooks' at a company.")
P("de21", F, "Nasreen Akhtar is a con woman who'll say anythin' for a vote.", [DE, PA], [], "review", "'Con woman' at a named councillor.")
P("de22", F, "Graham Totney took a £10,000 bribe from Hollin Developments to push the Furnace Lane scheme through. Fact.", [DE], [PA], "block", "Bribe stated as fact.")
P("de23", F, "Colin Nock nicked the takings from the Anvil End gala. £2,300 gone. Everybody knows.", [DE], [PA], "block", "Theft stated as fact.")
P("de24", F, "Stuart Fellows has been fiddlin' his mileage claims for three year. Thousands of pounds of our money.", [DE], [PA], "block", "Mileage fraud stated as fact.")
P("de25", F, "Lorraine Pardoe was drink-drivin' home from the Nailers Arms last Friday. Should be banned and locked up.", [DE], [PA], "block", "Drink driving stated as fact.")
P("de26", F, "Forge Alliance rigged the postal votes in Chainley. I've seen it with me own eyes.", [DE], [PA], "block", "Electoral fraud stated as fact, at a party.")
P("de27", F, "Jodie Perks took a free week in Marbella off the Furnace Lane developer. That's why she recommended approval.", [DE, OF], [PA], "block", "An officer's bribed holiday stated as fact.")
P("de28", F, "Brenda Guest forged the signatures on her nomination papers. Every one of 'em.", [DE], [PA], "block", "Forgery stated as fact.")
P("de29", F, "Ian Beddall's been claimin' benefits while drawin' his allowance. That's benefit fraud, pure and simple.", [DE], [PA], "block", "Benefit fraud stated as fact.")
P("de30", F, "Derek Wollaston stole four grand from the Gosty Vale allotment society when he was treasurer. Never paid a penny back.", [DE], [PA], "block", "Theft stated as fact.")
P("de31", F, "Sandra Hickman is guilty of misconduct in public office and the police are sittin' on it.", [DE], [PA], "block", "Misconduct in public office stated as fact.")
P("de32", F, "Kuldip Sahota paid £20 a vote on the Pennock Green estate at the last election. Cash in envelopes.", [DE], [PA], "block", "Vote buying stated as fact.")
P("de33", F, "Trevor Round's scaffoldin' firm ay paid a penny of tax in ten year. Cash in hand, the lot. Tax dodger.", [DE, PA], [], "block", "Tax evasion stated as fact plus 'tax dodger'.")
P("de34", F, "Marek Nowicki took a council laptop and two tablets home when he left cabinet and flogged 'em online.", [DE], [PA], "block", "Theft of council property stated as fact.")

# ---------------------------------------------------------------- hard negatives
H("h1_01", "HN1", "This budget is saft. Cuttin' the youth service to pay for a roundabout nobody asked for.", [], "'Saft' at a budget, not a person (cf. pa05).")
H("h1_02", "HN1", "The Gosty Vale depot closure is a disgrace and the cabinet should be ashamed of itself.", [PA], "Robust criticism of a decision.")
H("h1_03", "HN1", "Tipley Waste Services have missed Anvil End three weeks runnin'. That's not a blip, it's a failure of the contract, and I'm askin' for a review.", [], "Criticism of a contractor's performance.")
H("h1_04", "HN1", "Forge Alliance's parkin' plan is yampy. Charge people to park at the doctor's? Come off it.", [], "'Yampy' (daft) at a plan.")
H("h1_05", "HN1", "Anvil Homes' repairs backlog is shameful. 1,400 jobs outstandin' and damp in babbies' bedrooms. Fix it.", [], "Harsh criticism of a company.")
H("h1_06", "HN1", "The Local Plan consultation is a shambles: wrong maps, broken links and a deadline in the school holidays.", [], "Shambles at a consultation (cf. al10).")
H("h1_07", "HN1", "I voted against this budget because it's wrong for Cradlebrook. Simple as. Council tax up, services down.", [], "Plain opposition to a budget.")
H("h1_08", "HN1", "The new bin app is useless. Crashed on me four times this mornin'. Somebody get it sorted.", [], "Same topic as al02 without obscenity.")
H("h1_09", "HN1", "The leisure strategy is a load of old flannel. Where's the pool for Chainley?", [], "Dismissive of a strategy.")
H("h1_10", "HN1", "This council has let Pennock Green down for a decade. Every administration, every party. We need better.", [], "Criticism of the council.")
H("h1_11", "HN1", "Cradlebrook Leisure Trust's price rise is daylight robbery for pensioners.", [DE], "'Daylight robbery' idiom at a price rise.")
H("h1_12", "HN1", "The cabinet report on the swimmin' baths is mardy, muddled and months late.", [], "'Mardy' at a report.")
H("h1_13", "HN1", "Forge Alliance have had twelve year and the high street's half boarded up. Time for a change.", [], "Criticism of a party's record.")
H("h1_14", "HN1", "The bus lane scheme is the most gawby bit of highways plannin' I've seen in thirty year.", [], "'Gawby' at a scheme (cf. pa01).")
H("h1_15", "HN1", "Ar, I'm angry. Shuttin' the Chainley library is wrong and I'll fight it every step of the way.", [BU], "Political 'fight'.")
H("h1_16", "HN1", "Tipley Waste's contract renewal should be scrapped. Poor service, poor value, poor communication.", [], "Criticism of a contract.")
H("h1_17", "HN1", "The housin' allocation policy is a mess. Families waitin' six year while flats sit empty.", [], "Criticism of a policy.")
H("h1_18", "HN1", "The council's response to the Tipley Marsh floodin' was too slow and too little. Residents deserve an apology.", [], "Criticism of the council.")
H("h1_19", "HN1", "This motion is a cynical stunt and Forge Alliance should be embarrassed to have tabled it.", [PA], "Harsh words at a motion and a party.")
H("h1_20", "HN1", "The car park charges are a tax on workin' people, full stop. Scrap 'em.", [], "Policy criticism (cf. al27).")
H("h1_21", "HN1", "The regeneration scheme is a white elephant. £12m on a 'cultural quarter' while the market's dyin'.", [], "'White elephant' idiom.")
H("h1_22", "HN1", "Shockin' decision from the plannin' committee on Furnace Lane. I disagree with it and I'll be askin' for it to be looked at again.", [PD], "Criticism of a decided planning matter.")

H("h2_01", "HN2", "Somebody called Nasreen Akhtar a 'terrorist' in my mentions today. That's vile and it's been reported. Stand with Nasreen.", [EQ, PA], "Quotes anti-Muslim abuse to condemn it.")
H("h2_02", "HN2", "Another day, another 'go back where yow came from' in my DMs. I was born in Pennock Green, bab. I'm goin' nowhere.", [EQ], "Abuse received, pinned to Nasreen Akhtar.", pin="@NasreenAkhtarCT")
H("h2_03", "HN2", "To the bloke who called me a 'fat ugly cow' under my bin post: screenshotted and sent to the police. Have a nice day.", [AL, PA, EQ], "Abuse received, pinned to Tina Bloomer.", pin="@TinaBloomerCT")
H("h2_04", "HN2", "Callin' Traveller families 'pikeys' is a slur, not banter. Use it on my page and yow'll be blocked.", [AL, EQ], "Names the slur to condemn it (cf. eq05).")
H("h2_05", "HN2", "'Cripple' is not a word we use about anybody, let alone a colleague. Trevor Round deserves better than the comments on Saturday's thread.", [AL, EQ, PA], "Quotes a disability slur to condemn it.")
H("h2_06", "HN2", "Somebody wrote 'I know where you live' on Delroy Bennett's Facebook. That's a threat, it's a crime and it's with the police. Solidarity, Delroy.", [BU], "Quotes a threat to condemn it.")
H("h2_07", "HN2", "'Bloke in a frock' isn't debate, it's abuse. Shona Bissell is a councillor and a woman and she's owed respect.", [EQ, PA], "Quotes transphobic abuse (cf. eq03).")
H("h2_08", "HN2", "Whoever sprayed 'Poles out' on the Tipley Marsh community centre: yow don't speak for this town. It'll be cleaned off by dinnertime.", [EQ], "Condemns anti-Polish graffiti.")
H("h2_09", "HN2", "Got told I should 'resign and stay home with the babby'. No ta. Maternity leave is a right, and I'll be back in May.", [EQ], "Abuse received, pinned to Kerry Hadley.", pin="@KerryHadleyCT")
H("h2_10", "HN2", "Reportin', not repeatin': the antisemitic post about the business forum has gone to the Monitorin' Officer. There's no place for it here.", [EQ], "Reports antisemitism without repeating it.")
H("h2_11", "HN2", "Read the replies under Ryan Cartwright's post and yow'll see why LGBT+ History Month still matters. Disgustin' stuff. Ryan, we've got yer back.", [EQ], "Counter-speech, dated 5 Feb.", date="2026-02-05")
H("h2_12", "HN2", "Bein' called a 'liar' and a 'crook' by anonymous accounts is part of the job now, apparently. It shouldn't be. Let's keep it about policy.", [DE, PA], "Quotes defamatory words about oneself.")
H("h2_13", "HN2", "A resident told Liam Tromans he 'shouldn't get a vote' because he's autistic. That's discrimination, full stop, and I'm proud to serve alongside him.", [EQ], "Condemns disability discrimination (cf. eq15).")
H("h2_14", "HN2", "Quote-postin' this so yow can see what our crews put up with: 'I'll be waitin' at the depot for yer.' That was aimed at a bin crew. Not on.", [BU, OF], "Quotes a threat to condemn it.")
H("h2_15", "HN2", "We've had folk screenshottin' councillors' posts and tellin' people to 'flood their mentions'. Pile-ons are bullyin', whoever the target. Pack it in.", [BU], "Condemns pile-ons (cf. bu24).")
H("h2_16", "HN2", "Somebody asked 'which one of yer's the husband'. Neither, bab. Me and Bev have been civil partners eleven year. Grow up.", [EQ], "Abuse received, pinned to Julie Pearsall.", pin="@JuliePearsallInd")
H("h2_17", "HN2", "The Chronicle's comments called Kuldip Sahota's turban 'a tea towel'. Racist rubbish. Kuldip's served Pennock Green for fifteen year.", [EQ, PA], "Quotes anti-Sikh abuse to condemn it.")
H("h2_18", "HN2", "Anybody callin' Maureen Homer 'gaga' on this page will be blocked. She's sharper than the lot of us.", [EQ, PA], "Condemns ageist abuse (cf. eq08).")
H("h2_19", "HN2", "'Scroungers and criminals' is how one post described asylum seekers in Chainley this week. They're families, a lot of 'em children. Shame on whoever wrote it.", [EQ], "Quotes a group smear to rebut it (cf. eq12).")
H("h2_20", "HN2", "The c-word has been used about three women councillors on this platform this month. Report it every time.", [AL, EQ], "Refers to the slur without using it.")
H("h2_21", "HN2", "Postin' a colleague's private number and tellin' people to 'keep ringin'' is harassment. I've reported the account.", [BU, DP], "Condemns doxxing (cf. bu25).")
H("h2_22", "HN2", "Holocaust Memorial Day. The 'follow the money' line about Jewish people is an ancient lie that ended in the camps. Call it out when yow see it.", [EQ], "Names an antisemitic trope to condemn it, dated 27 Jan.", date="2026-01-27")

H("h3_01", "HN3", "No, the council is not payin' for a 'Ramadan festival'. The Civic Hall iftar was paid for by the mosque committee and open to all. Facts matter.", [EQ], "Myth-busting the Ramadan rumour, dated 20 Feb (cf. eq31).", date="2026-02-20")
H("h3_02", "HN3", "Myth-bust: Polish families in Tipley Marsh are not 'jumpin' the housin' queue'. Allocation is by need and time on the list. Nationality plays no part.", [EQ], "Myth-busting.")
H("h3_03", "HN3", "I've been asked whether the Traveller site on Tipley Marsh will mean more crime. Police figures show no rise near the existin' site. Let's debate it on the evidence.", [EQ, PD], "Civil debate on a protected topic.")
H("h3_04", "HN3", "Asylum hotel questions at my surgery this mornin'. Fair concerns about GP places and school spaces, and I'll take 'em to the Home Office. Blamin' the families gets us nowhere.", [EQ], "Civil debate.")
H("h3_05", "HN3", "Should there be an age limit for councillors? No. Maureen's 73 and runs rings round most of us. Ryan's 24 and spots things we miss. The mix is good.", [EQ], "Denies age prejudice.")
H("h3_06", "HN3", "For the record: the 'gay agenda in schools' leaflet goin' round Chainley is nonsense. The relationships curriculum is set nationally.", [EQ], "Myth-busting.")
H("h3_07", "HN3", "Genuine question, no agenda: what's the council's policy on prayer rooms in council buildings? I'd be happy to see a multi-faith room in the Civic Hall if there's demand.", [EQ], "Civil question on religion.")
H("h3_08", "HN3", "There's a respectful debate to be had about single-sex changin' at the leisure centre. I'd ask everybody to have it without targetin' individual trans people.", [EQ], "Civil debate on a contested topic.")
H("h3_09", "HN3", "Somebody said disabled councillors 'cost too much' in adjustments. The total last year was £1,900. Less than the mayoral car's insurance.", [EQ], "Myth-busting.")
H("h3_10", "HN3", "I'm not against sheltered housin' for Sikh elders in Pennock Green. I'm against buildin' it on the flood plain. Them's different things.", [EQ, PD], "Denied prejudice on a planning topic.")
H("h3_11", "HN3", "Immigration is a legitimate political topic. Abusin' people who've lived in Cradlebrook for twenty year isn't. Know the difference.", [EQ], "Draws the line.")
H("h3_12", "HN3", "The stat about 'foreign workers takin' the jobs' at the Chainley warehouse is wrong. 82% live within five miles. Check before yer share.", [EQ], "Myth-busting.")
H("h3_13", "HN3", "Maternity cover for councillors: I back a proper scheme so nobody has to choose between a babby and a seat.", [EQ], "Supportive policy view.")
H("h3_14", "HN3", "I voted against the Lunar New Year lanterns grant because the events budget is overspent, same as I did on the Christmas lights top-up. It ay about who it's for.", [EQ], "Denied prejudice, consistent record.")
H("h3_15", "HN3", "Is the access road to the Traveller site safe? That's a plannin' question and I'll listen to the highways evidence before I decide anythin'.", [EQ, PD], "Open mind on a planning matter.")
H("h3_16", "HN3", "No, Delroy didn't 'get the job because he's black'. He got it because he chaired scrutiny for four year and knows housin' inside out.", [EQ], "Rebuts a racist claim (cf. eq10).")
H("h3_17", "HN3", "People ask if a woman can run the council's finances 'with all the pressure'. Sunita Malhi has balanced seven budgets. Next question.", [EQ, OF], "Names an officer positively.")
H("h3_18", "HN3", "Fact check: the mosque extension in Pennock Green was approved after parkin' amendments, same as the church hall on Forge Street.", [EQ], "Myth-busting.")
H("h3_19", "HN3", "On the 'pregnant councillors should step down' nonsense: the law doesn't require it, voters don't want it, and I won't stand for it.", [EQ], "Rebuts maternity discrimination (cf. eq09).")
H("h3_20", "HN3", "The autism-friendly hour at the leisure centre is not 'special treatment'. It costs nothin' and helps families. Calm down, everybody.", [EQ], "Myth-busting.")
H("h3_21", "HN3", "Some folk say Black Country dialect sounds 'common'. It's the oldest livin' English round here, and I'll keep talkin' it in the chamber, ta very much.", [], "Dialect pride, no protected group attacked.")
H("h3_22", "HN3", "Should English classes for new arrivals be free? I think so, because it gets folk into work. Happy to hear the other side.", [EQ], "Civil debate.")

H("h4_01", "HN4", "Wheelchair user, Anvil End lad, and yes I got up the Civic Hall ramp today without the lift. Now fix the lift 😂", [EQ], "Self-description, pinned to Trevor Round.", pin="@TrevRoundInd")
H("h4_02", "HN4", "Five year since I transitioned and three since Tipley Marsh elected me. Thank yow to everybody who's backed me.", [EQ], "Self-description, pinned to Shona Bissell.", pin="@ShonaBissellGreen")
H("h4_03", "HN4", "Maternity leave update: babby's thrivin', I'm knackered, and my casework's in safe hands with the ward team.", [EQ, HA], "Self-description, pinned to Kerry Hadley.", pin="@KerryHadleyCT")
H("h4_04", "HN4", "I'm 73, an ode wench by anybody's measure, and I've still got more puff than the cabinet. See yer at the Gosty Vale litter pick.", [EQ, PA], "Self-description, pinned to Maureen Homer.", pin="@MoHomerFA")
H("h4_05", "HN4", "Born in Poznań, raised in Tipley Marsh, and I make better faggots and peas than my mother-in-law. Don't tell her.", [EQ, AL], "Self-description, pinned to Marek Nowicki; 'faggots' is the Black Country dish.", pin="@MarekNowickiCT")
H("h4_06", "HN4", "Queer, Black Country born and bred, and proud to speak at the LGBT+ History Month launch today.", [EQ], "Reclaimed term, pinned to Ryan Cartwright, dated 10 Feb.", pin="@RyanCartwrightGr", date="2026-02-10")
H("h4_07", "HN4", "Me and Bev have been civil partners eleven year today. She still cor make a decent cuppa.", [EQ, DP], "Self-description, pinned to Julie Pearsall.", pin="@JuliePearsallInd")
H("h4_08", "HN4", "I'm autistic, so I'll be the one in ear defenders at the fireworks plannin' meetin'. Ask me about it, I don't mind.", [EQ], "Self-description, pinned to Liam Tromans.", pin="@LiamTromans")
H("h4_09", "HN4", "Langar at the Pennock Green gurdwara on Sunday fed 600 people. Anybody's welcome, turban or no turban.", [EQ], "Positive mention, pinned to Kuldip Sahota.", pin="@KuldipSahota")
H("h4_10", "HN4", "Black, Chainley born, Albion season ticket. My dad came over from Jamaica in '61 to work the foundry.", [EQ], "Self-description, pinned to Delroy Bennett.", pin="@DelroyBennettCT")
H("h4_11", "HN4", "Saft ode bat that I am, I left my agenda on the bus again. If yow find it, it's got a Chainley Albion scarf round it.", [EQ, PA], "Self-deprecating self-description, pinned to Brenda Guest.", pin="@BrendaGuestFA")
H("h4_12", "HN4", "Ramadan Mubarak to everybody in Pennock Green observin' from tonight. Iftar at the community centre Friday, all welcome.", [EQ], "Positive greeting, pinned to Nasreen Akhtar, dated 18 Feb.", pin="@NasreenAkhtarCT", date="2026-02-18")
H("h4_13", "HN4", "Eid Mubarak to all our Muslim neighbours across Cradlebrook. Lovely to see the park full this mornin'.", [EQ], "Positive mention, dated 20 Mar.", date="2026-03-20")
H("h4_14", "HN4", "Happy Lunar New Year to the Chinese community in Chainley. The lion dance on the high street last night was bostin'.", [EQ], "Positive mention, dated 18 Feb.", date="2026-02-18")
H("h4_15", "HN4", "International Women's Day yesterday: a shout-out to the wenches of the Chainley chain shops who struck for a fair wage and won. Proper Black Country women.", [EQ], "'Wenches' neutral and admiring, dated 9 Mar.", date="2026-03-09")
H("h4_16", "HN4", "Our Traveller liaison team has done cracking work on the site access road. Thanks to the families for their patience.", [EQ, PD, OF], "Positive mention; access road allows predetermination.")
H("h4_17", "HN4", "Proud to support the Polish Saturday school at Tipley Marsh library. Dzień dobry from the ward team!", [EQ], "Positive mention.")
H("h4_18", "HN4", "Lovely afternoon with the deaf club at the Chainmakers' Museum. A BSL tour was a first for us.", [EQ], "Positive mention of disabled people.")
H("h4_19", "HN4", "Got called 'gobby' on the market. Ar, I am. That's why yow elected me, bab 😂", [PA], "Reclaimed insult, pinned to Tina Bloomer (cf. pa25).", pin="@TinaBloomerCT")
H("h4_20", "HN4", "Cracking turnout at the Pennock Green Vaisakhi plannin' meetin'. Food's already sorted, bab, don't yow worry.", [EQ], "Positive mention of a Sikh festival.")
H("h4_21", "HN4", "Faggots and peas, grey peas and bacon, and a pint of mild. Chainley Albion fundraiser sold out 🍻", [AL, EQ, HA], "'Faggots' is food; alcohol mention allows haste.")
H("h4_22", "HN4", "Holocaust Memorial Day service at the Civic Hall this mornin'. Thank yow to Cradlebrook's Jewish community for sharin' their families' stories.", [EQ], "Positive mention, dated 27 Jan.", date="2026-01-27")

H("h5_01", "HN5", "I could murder a cob and a cuppa after that four-hour budget meetin'.", [BU], "Figurative 'murder'.")
H("h5_02", "HN5", "Charity boxin' at the Nailers Arms Friday. Colin Nock reckons he'll go easy on me. Liar 😂", [BU, PA, DE], "'Liar 😂' banter.")
H("h5_03", "HN5", "Me and @IanBeddallGreen at war again over whose allotment grows the bigger marrows. He's goin' down.", [BU], "Figurative war.")
H("h5_04", "HN5", "Killed it on Radio Nailer this mornin', if I say so meself. Mom said I sounded saft. Mom's always right.", [BU, PA], "Figurative 'killed', self-deprecation.")
H("h5_05", "HN5", "Proper gawby moment: turned up at the wrong ward surgery. Sorry Anvil End, I'll be there next Tuesday.", [PA], "Self-deprecation with 'gawby'.")
H("h5_06", "HN5", "Strangled by the new IT system again. If anybody finds my will to live, keep it, I've given up.", [BU], "Figurative 'strangled'.")
H("h5_07", "HN5", "Ready to fight for every penny of the Chainley high street fund. Gloves are off 🥊", [BU], "Figurative fight.")
H("h5_08", "HN5", "Sandra Hickman and me don't agree on much, but she makes a bostin' bread puddin'. Truce for the bake-off.", [PA, TI], "Friendly cross-party banter.")
H("h5_09", "HN5", "Destroyed at the pub quiz by the Gosty Vale WI again. Humiliatin'. We'll be back.", [BU, HA], "Figurative 'destroyed'.")
H("h5_10", "HN5", "Ow bist, yer mardy lot! The rain ay stopped us, litter pick's on, bring yer wellies.", [PA], "Affectionate 'mardy lot'.")
H("h5_11", "HN5", "Graham Totney's tie at full council today. I've seen better-dressed scarecrows 😂 (He said the same about my cardigan. Fair.)", [PA], "Teasing between colleagues.")
H("h5_12", "HN5", "Knackered, saft as a brush and in need of a cob. Long day on the doorstep in Tipley Marsh.", [HA, PA], "Self-deprecation with 'saft as a brush' (cf. pa05).")
H("h5_13", "HN5", "Chainley Albion 4 Anvil Athletic 0. Absolutely murdered 'em. Bostin'.", [BU], "Football banter.")
H("h5_14", "HN5", "Gonna kill that pothole on Forge Street with me bare hands if highways don't get there first 😤 Reported, obviously.", [BU], "Figurative 'kill' at a pothole.")
H("h5_15", "HN5", "Trevor Round challenged me to a wheelchair race round the Civic Hall car park. I lost. Badly. He's unbearable now 😂", [EQ, PA], "Affectionate banter with a disabled colleague.")
H("h5_16", "HN5", "Yampy day. Three meetin's, two funerals and a burst pipe at the surgery. Tara-a-bit, I'm off for a lie down.", [HA], "Tiredness, 'yampy' about the day.")
H("h5_17", "HN5", "The cabinet got slaughtered at scrutiny this afternoon. Fair play to the chair: tough questions, fair questions.", [BU, PA], "Figurative 'slaughtered'.")
H("h5_18", "HN5", "Brenda Guest threatened to 'sort me out' if I didn't buy a raffle ticket. Bought five. Terrified of her 😂", [BU, PA], "Mock threat banter.")
H("h5_19", "HN5", "My grandson says I'm 'an ode dinosaur' because I still print my agenda. He ay wrong.", [EQ, PA], "Age self-deprecation (cf. pa11).")
H("h5_20", "HN5", "Knocked on 300 doors today and got nipped by a wammel on Chainley Lane. Democracy's a contact sport.", [BU], "'Wammel' (dog); figurative contact sport.")
H("h5_21", "HN5", "Liar liar pants on fire, @KuldipSahota said the cake sale would be quiet. Sold out in twenty minutes 😂", [DE, PA], "'Liar' banter.")
H("h5_22", "HN5", "I'll strangle the next person who hits 'reply all' on the ward mailin' list. Joking. Mostly.", [BU], "Hyperbolic 'strangle'.")

H("h6_01", "HN6", "Graham Totney promised no council tax rise in his manifesto. This budget puts it up 4.99%. He should explain that to Chainley.", [DE, PA], "Record criticism.")
H("h6_02", "HN6", "Sandra Hickman has missed four of the last six scrutiny sessions on housin'. Residents deserve a Leader who turns up.", [PA], "Attendance record.")
H("h6_03", "HN6", "Derek Wollaston chaired the meetin' that approved Furnace Lane against officer advice. He should publish his reasons.", [PA, OF], "Record criticism on a decided matter.")
H("h6_04", "HN6", "Lorraine Pardoe voted to close the Nailers Bank library in 2024 and now campaigns to save it. Voters can judge that.", [DE, PA], "Voting record (cf. de06).")
H("h6_05", "HN6", "Colin Nock's environment portfolio is £3.1m overspent this year. That needs an answer at full council, not a press release.", [PA], "Portfolio record.")
H("h6_06", "HN6", "Stuart Fellows hasn't held a ward surgery in Tipley Marsh since June, accordin' to the council's own list. Where is he?", [PA], "Attendance record.")
H("h6_07", "HN6", "Brenda Guest told the Chronicle the bus lanes were 'fully consulted'. The consultation had 41 responses. That ay full.", [DE, PA], "Challenges a public claim.")
H("h6_08", "HN6", "Kuldip Sahota backed the car park charges in cabinet and opposed them in his leaflet. Which is it, Kuldip?", [DE, PA], "Voting record (cf. de12).")
H("h6_09", "HN6", "Trevor Round voted with the administration on every cut this year while tellin' Anvil End he opposed them. Check the minutes.", [DE, PA], "Voting record (cf. de14).")
H("h6_10", "HN6", "Ian Beddall's Green plan for Pennock Green has no costings. None. I've asked three times in writin'.", [PA], "Policy record.")
H("h6_11", "HN6", "Marek Nowicki's fly-tippin' penalty scheme raised £800 and cost £42,000. That's the record he stands on.", [PA], "Portfolio record.")
H("h6_12", "HN6", "Delroy Bennett said housin' repairs would be 'cleared by Christmas'. 1,400 are still outstandin'. He should apologise.", [DE, PA], "Broken promise.")
H("h6_13", "HN6", "Nasreen Akhtar's street lightin' motion was withdrawn twice for lack of detail. Good idea, poor homework.", [PA], "Record criticism.")
H("h6_14", "HN6", "Julie Pearsall abstained on the youth service cuts. On summat this important, Anvil End deserved a yes or a no.", [PA], "Voting record.")
H("h6_15", "HN6", "Ryan Cartwright has sat on plannin' committee for a year and asked one question. One.", [PA], "Committee record.")
H("h6_16", "HN6", "Tina Bloomer's leaflet says she 'saved' the Central library. It was saved by a petition of 6,000 residents. Credit where it's due.", [DE, PA], "Challenges a claim.")
H("h6_17", "HN6", "Shona Bissell's cycle-lane plan would take out 200 parkin' spaces on Tipley Road. I think that's wrong for traders and I'll say so at cabinet.", [PA], "Policy disagreement.")
H("h6_18", "HN6", "Liam Tromans chairs scrutiny and hasn't called the Leader in once on the depot. Scrutiny should scrutinise.", [PA], "Record criticism (cf. eq33).")
H("h6_19", "HN6", "Maureen Homer has voted against every one of the Greens' climate motions, eleven in total. That's her right, and it's ours to point it out.", [PA], "Voting record.")
H("h6_20", "HN6", "Kerry Hadley's housing review was due last April. It's still not published. Who's pickin' it up?", [PA], "Record criticism, nothing about maternity.")
H("h6_21", "HN6", "The Leader's claim that bin collections are 'at record levels' ay borne out by the council's own figures. Correct the record, Sandra.", [DE, PA], "Challenges a claim.")
H("h6_22", "HN6", "Graham Totney's figures on the reserves don't match the s151 officer's report. One of 'em's wrong, and I know which I trust.", [DE, PA, OF], "Figures challenged.")

# ---------------------------------------------------------------- variants
# (family, original key, kind, chosen word)
VARIANTS = [
    (PA, "pa01", "asterisk", "Gawby"), (PA, "pa17", "digit", "clown"),
    (PA, "pa22", "zwsp", "Coward"), (PA, "pa28", "spaced", "crank"),
    (PA, "pa33", "homoglyph", "parasite"), (PA, "pa21", "caps", None),
    (AL, "al09", "asterisk", "bellend"), (AL, "al28", "digit", "shit"),
    (AL, "al12", "zwsp", "arse"), (AL, "al03", "spaced", "dickhead"),
    (AL, "al17", "homoglyph", "shite"), (AL, "al13", "caps", None),
    (BU, "bu05", "asterisk", "hidin'"), (BU, "bu12", "digit", "smilin'"),
    (BU, "bu10", "zwsp", "lamped"), (BU, "bu04", "spaced", "visit"),
    (BU, "bu11", "homoglyph", "shame"), (BU, "bu25", "caps", None),
    (EQ, "eq04", "asterisk", "cripples"), (EQ, "eq06", "digit", "poof"),
    (EQ, "eq05", "zwsp", "pikeys"), (EQ, "eq03", "spaced", "frock"),
    (EQ, "eq01", "homoglyph", "Poland"), (EQ, "eq10", "caps", None),
    (DE, "de04", "asterisk", "crook"), (DE, "de01", "digit", "liar"),
    (DE, "de22", "zwsp", "bribe"), (DE, "de02", "spaced", "bent"),
    (DE, "de09", "homoglyph", "crooks"), (DE, "de23", "caps", None),
]
VOWELS = "aeiouAEIOU"
DIGITS = {"i": "1", "I": "1", "e": "3", "E": "3", "o": "0", "O": "0", "a": "4", "A": "4"}
GLYPHS = {"o": "\u043e", "e": "\u0435", "c": "\u0441"}


def obfuscate(word, kind):
    if kind == "asterisk":  # one asterisk replacing the first vowel after the first letter
        for i in range(1, len(word)):
            if word[i] in VOWELS:
                return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        for i in range(1, len(word)):
            if word[i] in DIGITS:
                return word[:i] + DIGITS[word[i]] + word[i + 1:]
    if kind == "zwsp":
        mid = len(word) // 2
        return word[:mid] + "\u200b" + word[mid:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":  # first of o, e, c that the word has, one character
        for ch in "oec":
            i = word.lower().find(ch)
            if i >= 0 and word[i] in GLYPHS:
                return word[:i] + GLYPHS[word[i]] + word[i + 1:]
    raise ValueError((word, kind))


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def make_variant(orig, kind, word):
    if kind == "caps":
        text = caps(orig["text"])
    else:
        pat = re.compile(r"(?<![\w'])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
        if not pat.search(orig["text"]):
            raise ValueError(f"{word!r} not in {orig['key']}")
        text = pat.sub(lambda m: obfuscate(m.group(0), kind), orig["text"])
    allowed = list(orig["allowed"]) + ([HA] if kind == "caps" else [])
    return dict(key=f"{orig['key']}_{kind}", family=orig["family"], kind_of_row="variant",
                text=text, rules=list(orig["rules"]), allowed=allowed,
                verdict=orig["verdict"], note=orig["note"], pin=None, date=None, avoid=[],
                variant_of_key=orig["key"], variant_kind=kind)


# ---------------------------------------------------------------- people
def load_people():
    import tomllib
    with open(HERE / "council.toml", "rb") as fh:
        cfg = tomllib.load(fh)
    handles = {h: n for h, n in cfg["people"]["handles"].items()
               if n in cfg["people"]["councillors"]}
    return handles


ROLE_WORDS = {"Sandra Hickman": ["the Leader", "Leader's"],
              "Derek Wollaston": ["Chair of Planning", "plannin' chair"],
              "Graham Totney": ["Cabinet Member for Finance"],
              "Colin Nock": ["environment portfolio"],
              "Julie Pearsall": ["Bev"]}


def names_in(text, handles):
    named = set()
    for h, name in handles.items():
        first, last = name.split()[0], name.split()[-1]
        terms = [name, first, last, h] + ROLE_WORDS.get(name, [])
        for t in terms:
            if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.IGNORECASE):
                named.add(h)
    return named


def main():
    rng = random.Random(SEED)
    handles = load_people()
    by_key = {r["key"]: r for r in ROWS}
    rows = [dict(r) for r in ROWS]
    for fam, key, kind, word in VARIANTS:
        rows.append(make_variant(by_key[key], kind, word))
    rng.shuffle(rows)
    key_to_id = {}
    for i, r in enumerate(rows, 1):
        r["id"] = f"B87-{i:04d}"
        key_to_id[r["key"]] = r["id"]
    # authors and platforms: originals first, variants copy theirs
    sorted_handles = sorted(handles)
    chosen = {}
    for r in rows:
        if r["kind_of_row"] == "variant":
            continue
        if r["pin"]:
            author = r["pin"]
        else:
            excluded = names_in(r["text"], handles) | set(r["avoid"])
            author = rng.choice([h for h in sorted_handles if h not in excluded])
        platform = rng.choice(["x", "facebook", "bluesky"])
        chosen[r["key"]] = (author, platform)
    start = dt.date(2026, 1, 5)
    days = [start + dt.timedelta(d) for d in range((dt.date(2026, 3, 27) - start).days + 1)]
    weekdays = [d for d in days if d.weekday() < 5]
    out = []
    for r in rows:
        src = r.get("variant_of_key", r["key"])
        author, platform = chosen[src]
        day = dt.date.fromisoformat(r["date"]) if r["date"] else rng.choice(weekdays)
        ts = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                         rng.randint(0, 59), rng.randint(0, 59),
                         tzinfo=dt.timezone.utc)
        obj = {
            "id": r["id"], "text": r["text"], "author": author,
            "created_at": ts.isoformat(), "platform": platform,
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = key_to_id[r["variant_of_key"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts")


if __name__ == "__main__":
    main()
