#!/usr/bin/env python3
"""Blind set b52 (London Borough of Wendlebury): hand-written rows plus a
deterministic builder. Seed 5252. Running it again writes the same posts.jsonl."""
import datetime as dt
import json
import os
import random
import re

SEED = 5252
HERE = os.path.dirname(os.path.abspath(__file__))

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
ED = "equality.discrimination"
DA = "defamation.allegation"
OI = "officers.impartiality"
TI = "tone.irony-risk"
DP = "data-protection.personal-data"
HP = "haste.pause-before-posting"
PIA = "position.improper-advantage"

# (name, handle, tokens that identify them in a text)
COUNCILLORS = [
    ("Adaeze Okonkwo-Reid", "@AdaezeOR_PA", ["Adaeze", "Okonkwo-Reid"]),
    ("Tariq Mahmood", "@TariqMahmoodPA", ["Tariq", "Mahmood"]),
    ("Siobhan Kearney", "@SiobhanKearneyTY", ["Siobhan", "Kearney"]),
    ("Desmond Ofori", "@DesOforiPA", ["Des", "Desmond", "Ofori", "Planning Chair"]),
    ("Priscilla Wong", "@MayorPrisWong", ["Priscilla", "Wong", "Mayor"]),
    ("Esther Feldman", "@EstherFeldmanQS", ["Esther", "Feldman"]),
    ("Shanice Campbell-Hayes", "@ShaniceCH_PA", ["Shanice", "Campbell-Hayes"]),
    ("Ravi Chandrasekar", "@RaviChandraPA", ["Ravi", "Chandrasekar"]),
    ("Aoife Brennan-Clarke", "@AoifeBC_PA", ["Aoife", "Brennan-Clarke"]),
    ("Kwame Asante-Boateng", "@KwameAB_CR", ["Kwame", "Asante-Boateng"]),
    ("Harriet Lockwood", "@HattieLockwoodCR", ["Harriet", "Hattie", "Lockwood"]),
    ("Bartosz Nowicki", "@BartNowickiCR", ["Bartosz", "Nowicki"]),
    ("Gemma Tolland", "@GemmaTollandCR", ["Gemma", "Tolland"]),
    ("Yusuf Demir", "@YusufDemirGreen", ["Yusuf", "Demir"]),
    ("Rosalind Pereira", "@RosPereiraGreen", ["Ros", "Rosalind", "Pereira"]),
    ("Lena Marchetti", "@LenaMarchettiGrn", ["Lena", "Marchetti"]),
    ("Declan Mulrooney", "@DeclanMulrooneyInd", ["Declan", "Mulrooney"]),
    ("Jerome Baptiste", "@JeromeBaptisteInd", ["Jerome", "Baptiste"]),
    ("Colin Pratchard", "@ColinPratchardRF", ["Colin", "Pratchard"]),
]
HANDLE = {n.split()[0]: h for n, h, _ in COUNCILLORS}

ROWS = []


def P(fam, key, text, extra=(), allowed=(), verdict="review", note="", author=None, date=None):
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=[fam] + list(extra), allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date))


def H(group, text, allowed=(), note="", author=None, date=None):
    ROWS.append(dict(key=None, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=list(allowed), verdict="ok",
                     note=f"{group} {note}".strip(), author=author, date=date))


# ---------------------------------------------------------------- personal attack
F = PA
P(F, "pa01", "Watching Cllr Nowicki try to read a budget table is like watching a pigeon attempt chess. Struts about, knocks the pieces over, then acts like it won.", note="Mockery of a named councillor's intelligence; no swear words.")
P(F, "pa02", "@HattieLockwoodCR you are genuinely the most useless person I have ever sat across a table from. Twelve years in that chamber and not one original thought.", note="Direct insult at an @handle.")
P(F, "pa03", "Kwame Asante-Boateng is a mug, plain and simple. Chats breeze at every meeting then votes however his whips tell him.", note="'Mug' (London: fool) at a named councillor; MLE 'chats breeze'.")
P(F, "pa04", "Bless Cllr Tolland, she tried her best tonight. Someone get her a colouring book for the next Scrutiny meeting 🖍️", allowed=[TI], note="Condescending mockery ('colouring book'); 'bless' makes irony borderline.")
P(F, "pa05", "Declan Mulrooney's a proper wasteman, man. Can't even turn up to his own ward surgery but he's got time for the radio every week.", note="MLE insult 'wasteman' at a named councillor.")
P(F, "pa06", "Honestly Ravi, you're a clown. A full circus clown with the shoes and everything. Sit down.", note="Second-person insult, extended mockery.")
P(F, "pa07", "Our Planning Chair has the spine of a wet paper bag and the judgement to match. Des Ofori, this is about you.", note="Insult at a named councillor's character, not a decision.")
P(F, "pa08", "Colin Pratchard is what happens when a Facebook comment section gets elected.", note="One-line put-down of a named person; no abusive words.")
P(F, "pa09", "Another 'statement' from Cllr Demir. Man writes like he's paid by the adjective and thinks like he's paid by the hour. Absolute neek.", note="'Neek' (MLE: nerd/fool) plus mockery.")
P(F, "pa10", "Esther Feldman: the people of Quill Street deserve a councillor, not a human screensaver.", note="Dehumanising mockery of a named councillor.")
P(F, "pa11", "The Head of Housing, Bernadette Leahy, is frankly incompetent and should be nowhere near a department that size. Every answer she gives is waffle.", extra=[OI], note="Personal attack on a named officer: officers.impartiality too.")
P(F, "pa12", "Gemma Tolland has the emotional intelligence of a parking meter and half the charm.", note="Insulting comparison at a named councillor.")
P(F, "pa13", "Shanice, love, nobody asked. You've been wrong about every single thing since May and you're too thick to notice.", allowed=[ED], note="'Too thick' at a named councillor; 'love' is patronising, equality borderline.")
P(F, "pa14", "Siobhan Kearney is a spineless, clueless little yes-woman. Zero backbone.", allowed=[ED], note="Name-calling; gendered 'yes-woman' makes equality borderline.")
P(F, "pa15", "Jerome Baptiste talks long. Bare long. Forty minutes of nothing and then he wonders why nobody rates him. Bruv is a walking snooze button.", note="MLE mockery ('long', 'bare') of a named councillor.")
P(F, "pa16", "I'm not saying Cllr Pereira is the dimmest bulb in the chamber. I'm saying if she got any dimmer we'd have to water her.", allowed=[TI], note="Joke-shaped insult at a named councillor.")
P(F, "pa17", "Tariq Mahmood, you are a pathetic little man and everyone in this borough can see it.", note="Plain contempt at a named councillor.")
P(F, "pa18", "Someone explain to @ColinPratchardRF that repeating a lie louder doesn't make it true. Actually don't bother, the man's a brick wall with a rosette.", allowed=[DA], note="Insult ('brick wall with a rosette'); 'repeating a lie' hints at dishonesty, defamation borderline.")
P(F, "pa19", "Priscilla Wong as Mayor is a joke. A walking photo op in a chain. Vacant behind the eyes.", note="Insult about the person, not a mayoral decision.")
P(F, "pa20", "Aoife Brennan-Clarke is a jumped-up nobody who got lucky in a by-election and now thinks she's Thatcher.", note="Belittling name-calling.")
P(F, "pa21", "Kwame, you absolute melt. Sit down and let the grown-ups talk.", note="MLE 'melt' (pathetic person) at a named councillor.")
P(F, "pa22", "The planning officer on this one, Rory Strachan, clearly hasn't got a clue what he's doing. Embarrassing work from a man on that salary.", extra=[OI], note="Attack on a named officer's competence in public.")
P(F, "pa23", "Cllr Lockwood's contribution today was a masterclass. In how to say absolutely nothing for fifteen minutes while looking smug. Genuinely gifted 👏", extra=[TI], note="Mock praise turning into insult; irony expected.")
P(F, "pa24", "Bartosz Nowicki is the sort of bloke who'd lose a debate with a lamppost and then claim victory on Facebook.", note="Mocking a named councillor.")
P(F, "pa25", "Don't let Ros Pereira's smile fool you, she's a nasty, spiteful piece of work and always has been.", note="Character attack.")
P(F, "pa26", "Cllr Ofori = peak. Man's a waste of space. Zero use to Holbrook.", note="MLE 'peak' (bad) plus 'waste of space'.")
P(F, "pa27", "Gemma, you're an embarrassment to yourself, your ward and your party. Go home.", note="Second-person humiliation.")
P(F, "pa28", "Declan Mulrooney is a parasite and a waste of oxygen. The borough would be better off if he'd never been born.", allowed=[AL], verdict="block", note="Severe dehumanising attack: block.")
P(F, "pa29", "Colin Pratchard is vermin. Subhuman behaviour from a subhuman councillor.", allowed=[AL], verdict="block", note="Severe dehumanising attack ('vermin', 'subhuman'): block.")
P(F, "pa30", "Imagine being Esther Feldman and genuinely thinking you're clever. Couldn't be me.", note="Mockery; the meme form 'couldn't be me' with no insult word.")
P(F, "pa31", "The Director of Finance is either clueless or pretending to be. Either way Neil Dobbins looks like a man who's never opened a spreadsheet in his life.", extra=[OI], note="Attack on a named officer.")
P(F, "pa32", "@RaviChandraPA mate you're a lightweight. A featherweight. Whatever comes below featherweight.", note="Belittling an @handle.")
P(F, "pa33", "Shanice Campbell-Hayes wouldn't know a community if it knocked on her door and handed her a leaflet. Fake, shallow and out of her depth.", note="Character attack on a named councillor.")
P(F, "pa34", "Every time Adaeze opens her mouth the IQ of the room drops. Proper dunce behaviour from our 'Leader'.", note="Insult about intelligence of a named leader.")

# ---------------------------------------------------------------- abusive language
F = AL
P(F, "al01", "This bin contract is a total shitshow from start to finish. Three weeks of no collections on Cinder Lane.", note="Obscenity aimed at a contract: abusive-language alone.")
P(F, "al02", "Who the fuck signed off on these bus lane cameras? Absolute joke.", allowed=[PA], note="Obscenity; 'who' is an unnamed signer, personal-attack borderline.")
P(F, "al03", "@TariqMahmoodPA you're a dickhead, bruv. Simple as.", extra=[PA], note="Obscene insult at an @handle.")
P(F, "al04", "Orbis Waste are a bunch of useless wankers and I'm done being polite about it.", allowed=[PA], note="Obscene insult at a company; personal-attack allowed for an organisation.")
P(F, "al05", "Holbrook Estate's lifts have been broken for a month. Piss-poor doesn't cover it. Sort it out.", note="Mild vulgarity at a service; review.")
P(F, "al06", "Kwame Asante-Boateng is a lying sack of shit.", extra=[PA, DA], note="Obscene insult plus 'lying' (dishonesty) at a named person.")
P(F, "al07", "Civic Reform's budget amendment is bollocks dressed up as prudence.", allowed=[PA], note="Vulgarity at a party's amendment.")
P(F, "al08", "Honestly fuck this parking policy and fuck whoever thought it was a good idea.", allowed=[PA], note="Obscenity at a policy and an unnamed author of it.")
P(F, "al09", "Declan is a twat. There, I said it.", extra=[PA], note="Obscene insult at a named councillor.")
P(F, "al10", "Cllr Nowicki can kiss my arse if he thinks I'm apologising for standing up for Marlow Gate.", extra=[PA], note="Vulgar dismissal of a named councillor.")
P(F, "al11", "What a pile of crap this consultation is. 'Have your say' my arse.", note="Vulgarity at a consultation.")
P(F, "al12", "Gemma Tolland is a stuck-up cow and a bitch to anyone who disagrees with her.", extra=[PA], allowed=[ED], note="Gendered obscene insult; equality borderline.")
P(F, "al13", "Harriet Lockwood is a cunt and everyone in Larkspur Park knows it.", extra=[PA], verdict="block", note="The c-word at a named councillor: severe.")
P(F, "al14", "This damn budget is fucked. Fucked six ways to Sunday and the cabinet know it.", allowed=[PA], note="Obscenity at a budget.")
P(F, "al15", "Jerome Baptiste you absolute bellend, read the report before you tweet about it.", extra=[PA], note="Vulgar insult at a named councillor.")
P(F, "al16", "Shit roads, shit buses, shit bin service. Welcome to Wendlebury, pay your council tax on the way in.", note="Repeated obscenity, no person targeted.")
P(F, "al17", "Mandem on the estate are saying the regen plan is long and dead. They're not wrong, it's a load of bollocks.", note="Vulgarity at a plan; MLE framing.")
P(F, "al18", "Ravi Chandrasekar is a spineless prick who'd sell his own nan for a cabinet seat.", extra=[PA], note="Obscene insult at a named councillor.")
P(F, "al19", "Piss off @ColinPratchardRF. Nobody wants your opinion on our ward.", extra=[PA], note="Vulgar dismissal at an @handle.")
P(F, "al20", "Whoever at the council designed this new recycling calendar needs their bloody head examined. Christ on a bike.", allowed=[PA, OI], note="Mild profanity; unnamed staff so personal-attack and officers borderline.")
P(F, "al21", "Adaeze Okonkwo-Reid and her whole cabinet are filthy scum. I hope the lot of them rot.", extra=[PA], allowed=[BI], verdict="block", note="Severely toxic ('filthy scum', ill-wish): block; bullying borderline.")
P(F, "al22", "The People's Alliance housing plan is a steaming pile of shit and they should be ashamed.", allowed=[PA], note="Obscenity at a party's plan.")
P(F, "al23", "Sick to death of this bullshit. Fourth meeting in a row the agenda's been pulled.", note="Profanity at a process.")
P(F, "al24", "Bernadette Leahy runs housing like a shit corner shop. Useless.", extra=[PA, OI], note="Obscene put-down of a named officer.")
P(F, "al25", "Esther Feldman is a sanctimonious bitch.", extra=[PA], allowed=[ED], note="Gendered slur-like insult; equality borderline.")
P(F, "al26", "Tanners Yard deserves better than these arseholes in cabinet.", extra=[PA], note="Obscene insult at the cabinet members (identifiable individuals).")
P(F, "al27", "Fuck the Residents First lot, honestly. Fuck every single one of them.", allowed=[PA], note="Obscenity at a party's members.")
P(F, "al28", "The new cycle lane on Ashgrove Road is a clusterfuck. Whoever approved it wants sacking.", allowed=[PA], note="Obscenity at a scheme.")
P(F, "al29", "Yusuf Demir talks out of his arse at every single meeting.", extra=[PA], note="Vulgar insult at a named councillor.")
P(F, "al30", "Pardon my French but this Local Plan is shite.", note="Mild profanity at a plan.")
P(F, "al31", "Wallahi this council is taking the piss with these rent rises. Bare families getting shafted.", note="Vulgar idiom at the council; MLE 'wallahi', 'bare'.")
P(F, "al32", "Des Ofori is a gobshite. Next question.", extra=[PA], note="Vulgar insult at a named councillor.")
P(F, "al33", "Oi @GemmaTollandCR, shut your fucking mouth for once.", extra=[PA], allowed=[BI], note="Obscene command at an @handle; intimidation borderline.")
P(F, "al34", "Civic Reform's new leaflet is a load of piss. Recycle it, it's the only useful thing it'll ever do.", allowed=[PA], note="Vulgarity at a party leaflet.")

# ---------------------------------------------------------------- bullying
F = BI
P(F, "bi01", "Cllr Tolland should think very carefully before she speaks about my family again. Very carefully.", allowed=[PA], verdict="block", note="[veiled] Repeated warning with implied consequence.")
P(F, "bi02", "If Des Ofori turns up on Holbrook Estate again after what he said, he won't be walking back out. Mandem are waiting.", allowed=[PA], verdict="block", note="[explicit] Threat of violence with others invoked.")
P(F, "bi03", "I know which gym you use, @BartNowickiCR. Small borough, innit.", allowed=[DP], verdict="block", note="[veiled] 'I know where you go' form of intimidation.")
P(F, "bi04", "Word to the officers in planning: I remember who wrote that report. I've got a long memory and I sit on the staffing committee.", extra=[OI], verdict="block", note="[pressure] Pressure on officers via the member's role.")
P(F, "bi05", "Any People's Alliance member who votes for the amendment tomorrow can forget about a committee place for the next four years. Choose wisely.", allowed=[PIA], verdict="block", note="[pressure] Coercion with committee places.")
P(F, "bi06", "Funny how accidents happen to people who don't know when to stop talking. Just saying, Kwame.", verdict="block", note="[veiled] Implied harm.")
P(F, "bi07", "Touch our youth centre funding and I swear I'll come to your house and sort you out myself, Tariq.", allowed=[PA], verdict="block", note="[explicit] Threat to come to the home.")
P(F, "bi08", "To the resident who complained about me to the Monitoring Officer: I know it was you. Withdraw it or I'll make sure everyone on your road knows what you're like.", allowed=[DP, PA], verdict="block", note="[pressure] Threat against a complainant.")
P(F, "bi09", "Shanice is going to find out what happens when you cross the wrong people in Cinder Lane. Watch this space 👀", verdict="block", note="[veiled] Implied consequences.")
P(F, "bi10", "Jerome, say that to my face and see what happens. I'm not playing, fam. I'll bang you out.", allowed=[PA], verdict="block", note="[explicit] MLE 'bang you out' (punch).")
P(F, "bi11", "Every councillor who signs that standards complaint against me, I'll be publishing your expenses, your voting records and your kids' school catchment. Your call.", allowed=[DP], verdict="block", note="[pressure] Threat against complainants involving their children.")
P(F, "bi12", "Nice car you've got there, Cllr Pratchard. Would be a shame if anything happened to it on Quill Street.", verdict="block", note="[veiled] Classic menace formula.")
P(F, "bi13", "Hope Esther's got her affairs in order. Some of us don't forget.", verdict="block", note="[veiled] Ominous warning.")
P(F, "bi14", "Rory Strachan, you've got till Friday to change that recommendation. After that it gets personal.", extra=[OI], verdict="block", note="[pressure] Ultimatum to a named officer to change advice.")
P(F, "bi15", "Somebody needs to give Ravi Chandrasekar a proper slap and I'm happy to volunteer.", allowed=[PA], verdict="block", note="[explicit] Offer of violence.")
P(F, "bi16", "Tell Harriet to check her windows tonight. Just a friendly reminder 🙂", verdict="block", note="[veiled] Implied property damage.")
P(F, "bi17", "Witnesses at Thursday's hearing should remember they live in this borough too, and so do their families. Think on what you say.", verdict="block", note="[pressure] Threat against witnesses.")
P(F, "bi18", "If I see Declan Mulrooney at the community centre I'm dragging him out by his collar. Not a joke.", verdict="block", note="[explicit] Physical threat.")
P(F, "bi19", "Ros Pereira walks home through Larkspur Park every evening on her own. Maybe she shouldn't be so mouthy.", allowed=[DP, PA], verdict="block", note="[veiled] Routine plus 'mouthy': intimidation.")
P(F, "bi20", "Yusuf, drop the call-in or I'll tell the Echo what you got up to at conference. Your choice, bruv.", allowed=[DA], verdict="block", note="[pressure] Blackmail-style threat.")
P(F, "bi21", "Gemma Tolland deserves a kicking for what she said about Marlow Gate families.", allowed=[PA], verdict="block", note="[explicit] Endorsing violence against a named person.")
P(F, "bi22", "Adaeze should remember who put her in that chair. And who can take her out of it. Politically or otherwise.", verdict="block", note="[veiled] 'Or otherwise' turns it into a threat.")
P(F, "bi23", "Maxine Oduya, if that planning report lands with the same recommendation, don't expect to keep your job after May. I'll see to it.", extra=[OI], verdict="block", note="[pressure] Threat to a named officer's job over advice.")
P(F, "bi24", "Bit of advice for Cllr Brennan-Clarke: people round here have long memories and short tempers. Mind how you go.", verdict="block", note="[veiled] Menacing 'advice'.")
P(F, "bi25", "I'm going to make Colin Pratchard's life a living hell until he quits. Every meeting, every surgery, every street he walks down, I'll be there.", verdict="block", note="[explicit] Stated campaign of harassment.")
P(F, "bi26", "Ward budget money for Tanners Yard only goes to residents' groups that back me at the hustings. Those that don't, good luck.", allowed=[PIA], verdict="block", note="[pressure] Coercion with ward budgets.")
P(F, "bi27", "Bartosz has a lovely family. Be a shame if they had to read about what he's been doing.", allowed=[DA, DP], verdict="block", note="[veiled] Threat via family; innuendo.")
P(F, "bi28", "Next time Kwame points his finger at me in committee I'll break it for him.", verdict="block", note="[explicit] Threat of injury.")
P(F, "bi29", "Officers who leak to Civic Reform: we're going through the email logs. We'll find you and you'll be out on your ear, pension and all.", extra=[OI], verdict="block", note="[pressure] Threat to staff.")
P(F, "bi30", "Someone should pay a little visit to Priscilla Wong's flat and have a chat about her 'neutral' mayoralty.", allowed=[DP], verdict="block", note="[veiled] Incitement to visit a home.")
P(F, "bi31", "Council tenants on Holbrook who've been posting about me online: remember who signs off your repairs. Just saying.", allowed=[PIA], verdict="block", note="[pressure] Using the role to intimidate residents.")
P(F, "bi32", "Lena Marchetti better watch her back at full council. I mean that literally.", verdict="block", note="[explicit] 'Literally' removes the figurative reading.")
P(F, "bi33", "Shame about Siobhan's son getting into that bother at school. Would be awful if it became a story. Maybe she'll rethink her motion.", allowed=[DP], verdict="block", note="[veiled] Leveraging a child to change a vote.")
P(F, "bi34", "Tariq Mahmood, you're finished. I'm coming for you and I don't care what it costs me.", verdict="block", note="[explicit] Personal threat; no political frame.")

# ---------------------------------------------------------------- equality
F = ED
P(F, "ed01", "Funny how Ashgrove Market stopped being 'Ashgrove' the minute the Somali shops moved in. Nobody I grew up with recognises it. Just saying what everyone's thinking.", verdict="block", note="[coded; race] Othering of Somali residents.")
P(F, "ed02", "Muslims on the council should declare where their loyalty really lies before every vote.", verdict="block", note="[explicit; religion] Dual-loyalty trope against Muslims.")
P(F, "ed03", "Cllr Asante-Boateng is very well-spoken, I'll give him that. Surprising really.", extra=[PA], allowed=[TI], verdict="block", note="[coded; race] Backhanded 'articulate' trope at a Black councillor.")
P(F, "ed04", "Lena Marchetti is a bloke in a dress and I'll call him 'he' till the day I die.", extra=[PA], verdict="block", note="[explicit; gender reassignment] Misgendering a named trans councillor.")
P(F, "ed05", "With respect, Cllr Pratchard is nearly 80. Time to go home, put the slippers on and let people who still understand the world make the decisions.", extra=[PA], verdict="block", note="[coded; age] Ageist dismissal of a named councillor.")
P(F, "ed06", "Don't want gay couples fostering in Wendlebury. Kids need a proper mum and dad, not a lifestyle experiment.", verdict="block", note="[explicit; sexual orientation]")
P(F, "ed07", "Interesting how a certain community in Quill Street always seems to get its planning applications through. Follow the money, as they say. Esther will know.", extra=[PA], allowed=[DA], verdict="block", note="[coded; religion] Antisemitic 'certain community'/money trope aimed at a Jewish councillor.")
P(F, "ed08", "Why are we paying for wheelchair ramps at the library when half of them could walk if they tried? Scroungers.", allowed=[AL], verdict="block", note="[explicit; disability]")
P(F, "ed09", "Lock your sheds, Larkspur Park. The 'visitors' have arrived at the rec again. You know who I mean.", verdict="block", note="[coded; race] Anti-Traveller dog whistle.")
P(F, "ed10", "Women shouldn't chair Planning. Too emotional for the big decisions. Proven again today.", verdict="block", note="[explicit; sex]")
P(F, "ed11", "Shanice announcing she's pregnant three months into the cabinet job. Convenient. We all know where her head will be this year.", extra=[PA], verdict="block", note="[coded; pregnancy and maternity]")
P(F, "ed12", "Send the lot of them back to where they came from and Wendlebury might feel like England again.", verdict="block", note="[explicit; race] 'Go back' trope.")
P(F, "ed13", "Marlow Gate's car washes and nail bars: funny how nobody speaks English and everyone's paid in cash. Bartosz will know all about it.", extra=[PA], allowed=[DA], verdict="block", note="[coded; race] Anti-Eastern European stereotype tied to a Polish-born councillor.")
P(F, "ed14", "Another mosque extension on the planning list. How many do they need? It's a takeover, not a community.", verdict="block", note="[coded; religion] 'Takeover' trope against Muslims.")
P(F, "ed15", "Having Jerome on a committee is like having a special needs kid in the class, everyone has to slow down for him.", extra=[PA], verdict="block", note="[explicit; disability] Ableist insult.")
P(F, "ed16", "Ravi's very 'flamboyant' isn't he. Not sure that's what the lads on the estate want representing them, if you catch my drift.", extra=[PA], verdict="block", note="[coded; sexual orientation] Innuendo about a councillor's sexuality.")
P(F, "ed17", "Pensioners block every single good idea in this borough. Stop letting them vote on the future.", verdict="block", note="[explicit; age]")
P(F, "ed18", "New Holbrook allocations list out. Have a look at the surnames and tell me locals are being put first.", verdict="block", note="[coded; race] Surnames as proxy for ethnicity.")
P(F, "ed19", "Civil partnerships aren't real marriages and I won't be attending Cllr Demir's 'celebration'.", extra=[PA], verdict="block", note="[explicit; marriage and civil partnership, sexual orientation]")
P(F, "ed20", "Little Gemma's done her hair nice for the cameras. Shame about the policy. Leave the numbers to the men, sweetheart.", extra=[PA], verdict="block", note="[coded; sex] Sexist belittling of a named councillor.")
P(F, "ed21", "Hindus running the licensing committee now? Expect a lot more takeaway licences for their mates.", allowed=[DA], verdict="block", note="[explicit; religion] Anti-Hindu favouritism trope.")
P(F, "ed22", "The hotel on Cinder Lane is full of young men of fighting age who aren't from round here. Mums, keep your daughters in after dark.", verdict="block", note="[coded; race] Asylum seekers cast as sexual threat.")
P(F, "ed23", "Trans women are men. Any 'woman' on this council who needs a certificate to prove it isn't one.", verdict="block", note="[explicit; gender reassignment] Aimed at trans councillors.")
P(F, "ed24", "Declan's been 'off with stress' again. Some of us have mental toughness. Maybe politics isn't for the fragile.", extra=[PA], allowed=[DP], verdict="block", note="[coded; disability] Mocking mental ill health; health data borderline.")
P(F, "ed25", "Every time there's a stabbing in Cinder Lane we all know what the suspect description will say. Stop pretending.", verdict="block", note="[coded; race] Criminalising Black residents.")
P(F, "ed26", "Cllr Campbell-Hayes is 24. Twenty-four. Let the kid finish her gap year before she lectures grown adults about housing.", extra=[PA], verdict="block", note="[coded; age] Age used to dismiss a young councillor.")
P(F, "ed27", "Funny how the council's 'community iftar' gets a budget but the Christmas lights don't. We know who's running this borough now.", verdict="block", note="[coded; religion] Anti-Muslim 'who runs the borough' trope.", date="2026-02-26T14:12:00+00:00")
P(F, "ed28", "Chinese takeaways on the high street spread disease, always have. Don't @ me.", verdict="block", note="[explicit; race] Anti-Chinese disease trope.")
P(F, "ed29", "Mums on maternity leave shouldn't be drawing an allowance for a seat they're not sitting in. Adaeze, looking at you.", extra=[PA], verdict="block", note="[coded; pregnancy and maternity]")
P(F, "ed30", "Pride flag on the town hall again. Keep that filth away from our kids.", allowed=[AL], verdict="block", note="[explicit; sexual orientation]")
P(F, "ed31", "Mulrooney and his lot from across the water always did love a fiddle.", extra=[PA], allowed=[DA], verdict="block", note="[coded; race] Anti-Irish stereotype at a named councillor.")
P(F, "ed32", "Don't care how long his family's been here, a man in a turban doesn't represent English values wearing the Mayor's chain.", verdict="block", note="[explicit; religion, race] Anti-Sikh.")
P(F, "ed33", "Siobhan Kearney got the environment job because the leader needed a woman on the front bench. Tokenism, nothing else.", extra=[PA], verdict="block", note="[coded; sex]")
P(F, "ed34", "Roma beggars are back outside Ashgrove station. Council needs to move them on before they 'borrow' your purse.", verdict="block", note="[coded; race] Anti-Roma theft trope.")

# ---------------------------------------------------------------- defamation
F = DA
P(F, "da01", "Everyone in Tanners Yard knows Siobhan Kearney's had her hand in the till for years.", allowed=[PA], note="Idiom alleging theft; review.")
P(F, "da02", "Cllr Nowicki took a backhander from Brightvale Homes to wave through the Marlow Gate tower. Fact.", allowed=[PA], verdict="block", note="Bribery stated as fact.")
P(F, "da03", "Des Ofori is bent as a nine bob note. Every planning decision he chairs smells.", extra=[PA], note="'Bent' = corrupt, idiom; name-calling too.")
P(F, "da04", "Tariq Mahmood fiddled his mileage claims to the tune of £4,000 last year. That's fraud.", allowed=[PA], verdict="block", note="Expenses fraud stated as fact.")
P(F, "da05", "Funny how Colin Pratchard's nephew keeps winning council contracts. Just an observation 🤔", allowed=[PA, TI], note="Innuendo of nepotism.")
P(F, "da06", "Kwame Asante-Boateng lied to full council about the housing figures and he knows it.", allowed=[PA], note="Dishonesty allegation.")
P(F, "da07", "Priscilla Wong used the Mayor's charity fund to pay for her own holiday. I've seen the receipts.", allowed=[PA], verdict="block", note="Theft of charity money stated as fact.")
P(F, "da08", "Ros Pereira is a fraud. Pure and simple.", extra=[PA], note="'Fraud' at a named person.")
P(F, "da09", "Cllr Demir's been on the take since day one, ask anyone in Ashgrove Market.", allowed=[PA], note="'On the take' idiom; review.")
P(F, "da10", "Declan Mulrooney stuffed postal votes in the Holbrook by-election. That's how he won.", allowed=[PA], verdict="block", note="Electoral fraud stated as fact.")
P(F, "da11", "Brightvale Homes are crooks and the council keeps handing them land.", allowed=[PA], note="'Crooks' at a company.")
P(F, "da12", "Gemma Tolland is a serial liar. Every leaflet she puts out is made up.", extra=[PA], note="'Liar' at a named councillor.")
P(F, "da13", "Bartosz Nowicki was done for drink driving last year and kept it from the voters.", allowed=[PA, DP], verdict="block", note="Criminal conviction stated as fact; criminal record data borderline.")
P(F, "da14", "Adaeze's dodgy as anything. There's a reason the audit keeps getting delayed.", allowed=[PA], note="Innuendo of misconduct.")
P(F, "da15", "Neil Dobbins has been cooking the books for the cabinet. The finance officers all know it.", extra=[OI], allowed=[PA], note="Allegation against a named officer.")
P(F, "da16", "Harriet Lockwood sold the old library site to her husband's mate for half what it was worth. Misconduct in public office, plain and simple.", allowed=[PA], verdict="block", note="Specific misconduct stated as fact.")
P(F, "da17", "Ravi's a snake-oil merchant and the regeneration 'consultation' was rigged.", extra=[PA], note="Name-calling plus rigging allegation.")
P(F, "da18", "Esther Feldman's been claiming a council tax discount on a flat she doesn't even live in. That's tax fraud.", allowed=[PA], verdict="block", note="Tax fraud stated as fact.")
P(F, "da19", "Orbis Waste are fiddling the tonnage figures and the cabinet is letting them.", allowed=[PA], note="Dishonesty allegation against a company.")
P(F, "da20", "Jerome Baptiste is a hypocrite and a con man. Don't trust a word he says.", extra=[PA], note="'Con man' at a named councillor.")
P(F, "da21", "Shanice Campbell-Hayes nicked money from the residents' association float when she was treasurer.", allowed=[PA], verdict="block", note="Theft stated as fact.")
P(F, "da22", "Everyone knows Aoife got her cabinet post by doing favours for the developers. Brown envelope politics.", allowed=[PA], note="Corruption innuendo ('brown envelope').")
P(F, "da23", "Cllr Pratchard bribed the licensing panel to get his mate's club reopened.", allowed=[PA], verdict="block", note="Bribery stated as fact.")
P(F, "da24", "Tomasz Wieczorek in licensing is in the pocket of the bar owners on Ashgrove Road.", extra=[OI], allowed=[PA], note="Corruption idiom against a named officer.")
P(F, "da25", "Lena's expenses don't add up. Something very dodgy going on there, and I reckon we'll all find out soon.", allowed=[PA], note="Innuendo.")
P(F, "da26", "Yusuf Demir forged signatures on the Ashgrove petition. Dozens of them.", allowed=[PA], verdict="block", note="Forgery stated as fact.")
P(F, "da27", "Cllr Kearney's a crook. A smiling, well-dressed crook.", extra=[PA], note="'Crook' at a named councillor.")
P(F, "da28", "Des Ofori misled the planning committee on purpose to get his friends' scheme approved.", allowed=[PA], note="Deliberate deception and favouritism alleged.")
P(F, "da29", "Gideon Ashworth has been using council staff to decorate his house. That is theft of council resources.", extra=[OI], allowed=[PA], verdict="block", note="Named officer; theft stated as fact.")
P(F, "da30", "Marlow Gate Housing Trust are cowboys and liars. They take the rent and pocket the repairs money.", allowed=[PA], note="Dishonesty allegation against an organisation.")
P(F, "da31", "Kwame's always got a 'mate' who can sort you a deal. Man is sketchy, innit. Don't say I didn't warn you.", allowed=[PA], note="MLE innuendo of dodgy dealing.")
P(F, "da32", "Gemma Tolland pocketed the raffle money from the Marlow Gate summer fair. I was there.", allowed=[PA], verdict="block", note="Theft stated as fact.")
P(F, "da33", "Word on the ends is Cllr Mahmood's been getting favours from the landlord lobby. Draw your own conclusions.", allowed=[PA], note="Rumour-framed corruption innuendo.")
P(F, "da34", "Siobhan Kearney should be in prison for what she did with the parks budget. Stole it, basically.", allowed=[PA], verdict="block", note="Theft of public money asserted.")

# ---------------------------------------------------------------- hard negatives
G = "HN1"
for t in [
    "The cabinet's parking permit hike is a shambles and every resident in Cinder Lane is paying for it. Scrap it.",
    "This council's handling of the Holbrook lifts is a disgrace. Six weeks. Six weeks of pensioners stuck on the 14th floor.",
    "Civic Reform's budget amendment is fantasy economics. Cuts dressed up as savings, and it's the youth clubs that get battered.",
    "The bin contract with Orbis Waste is failing. Missed collections up 40%. We need the break clause reviewed now.",
    "Peak decision from cabinet, honestly. Closing Ashgrove library the same week they launch a 'community hub' consultation. Make it make sense.",
    "The People's Alliance housing strategy is long on slogans and short on homes. 312 promised, 41 delivered.",
    "Residents First's leaflet this week is misleading about a road charge. We don't have one and nobody has proposed one.",
    "I voted against this budget because it's a bad budget. It kills the Tanners Yard play scheme and I won't pretend otherwise.",
    "That consultation was a tick-box exercise and the council should be embarrassed by the response rate.",
    "Absolute farce of a planning process. Objections lost, site notices up for three days. Ashamed of how this council treats residents.",
    "The regen plan is dead on arrival, bruv. No social rent, no new GP surgery, no chance.",
    "Council's new recycling calendar is a mess. Three different dates on three different leaflets. Sort it.",
    "Cabinet's decision on the Larkspur Park lease is wrong and I'll be calling it in.",
    "The Green group's transport motion means well but the maths doesn't work and it would hammer night-shift workers who need their cars.",
    "Rent up 7% on council homes while repairs wait 90 days. That's not a policy, that's a punishment.",
    "This council has failed Marlow Gate for a decade. Every party in that chamber owns a piece of that.",
    "The new CPZ scheme is daylight robbery dressed up as 'air quality'. Scrap it.",
    "Wendlebury's temporary accommodation bill is out of control and cabinet keep hiding behind 'national pressures'.",
    "Calling it what it is: outsourcing the repairs call centre has failed and it's tenants who suffer.",
    "Scrutiny asked for the numbers three times. Three. Cabinet owes this chamber an apology for the delay.",
    "The licensing policy review is toothless. Ashgrove Road keeps its 4am noise problem because nobody had the bottle to change anything.",
    "Pathetic response from the council on damp and mould. Residents deserve better than a leaflet about opening windows.",
]:
    H(G, t, note="harsh criticism of a policy, decision, party or the council; no person attacked.")

G = "HN2"
for t, al, n in [
    ("Someone emailed Cllr Marchetti calling her 'a bloke in a dress'. That's vile and I stand with Lena. It's been reported to the police.", [ED], "quotes transphobic abuse to condemn it."),
    ("Solidarity with @YusufDemirGreen after the abuse he got this week. Being Muslim doesn't make anyone's loyalty questionable. Full stop.", [ED], "solidarity; rejects the dual-loyalty trope."),
    ("Got told I should 'go back where I came from' on the doorstep today. Thirty-one years in Wendlebury, born at Ashgrove General. Not going anywhere 💪🏾", [ED], "reporting racist abuse received."),
    ("To whoever left the note calling Cllr Campbell-Hayes a 'stupid little girl': you don't speak for Cinder Lane. She's the hardest working councillor I know.", [PA, ED], "quotes a gendered insult to condemn it."),
    ("Threats against councillors are not 'part of the job'. Des Ofori was told he 'wouldn't walk out' of Holbrook last week. That's a police matter and I'm glad it's being treated as one.", [BI], "reports a threat to condemn it."),
    ("Calling opponents 'vermin' is dehumanising whoever does it. I won't share the post. I've reported it.", [AL, PA], "condemns dehumanising language."),
    ("The antisemitic leaflet in Quill Street going on about 'a certain community' is disgusting. Esther, you have every one of us behind you.", [ED], "condemns an antisemitic leaflet."),
    ("I've been called a 'lying c-word' three times this week. Not posting for sympathy, posting so people see what councillors deal with. Be kinder.", [AL, DA], "reports abuse received."),
    ("Gypsy and Traveller families at the Larkspur site are our residents. Posts telling people to 'lock their sheds' are prejudice and I'll keep calling them out.", [ED], "counter-speech against an anti-Traveller trope."),
    ("Bruv, if you think calling someone a 'retard' in my comments is banter, it isn't. Deleted and blocked. Do better.", [ED, AL], "quotes an ableist slur to condemn it."),
    ("A man at the market told Cllr Wong she should 'go back to China'. She was born three streets from the town hall. Absolutely not OK.", [ED], "reports racist abuse of a colleague."),
    ("I don't agree with Harriet Lockwood on much, but the abuse she's getting online is disgraceful. Argue with her votes, not her face.", [PA], "solidarity across parties."),
    ("Reminder: 'scroungers' is not how we talk about disabled residents. Comments like that on my page will be removed.", [ED], "moderation notice quoting a slur."),
    ("Mandem, allow the threats in the comments. Cllr Nowicki's kids don't need to read that. Argue the policy or log off.", [BI], "MLE counter-speech against threats."),
    ("Got a message saying women 'shouldn't chair Planning'. Funny, I've chaired Licensing for three years without a single decision overturned. Next.", [ED], "rebuts a sexist message."),
    ("Someone on Facebook is telling people Cllr Mulrooney rigged the by-election. There's zero evidence and the returning officer confirmed the count. Stop spreading it.", [DA], "debunks a defamatory rumour."),
    ("Comments calling LGBT+ people 'filth' under the Pride flag post have been reported. Our LGBT+ residents are part of this borough, end of.", [ED, AL], "condemns homophobic comments."),
    ("Stood with the Somali Women's Forum today after graffiti on their centre. Hate has no home in Ashgrove Market.", [], "solidarity after a hate incident."),
    ("If you're sending Cllr Brennan-Clarke messages saying 'people round here have long memories', know that we've logged them and handed them over.", [BI], "quotes veiled threats to condemn them."),
    ("Want to publicly thank Cllr Mahmood for how he handled being called a 'terrorist' at the hustings. Dignity in the face of ignorance.", [ED], "praises a colleague who was abused."),
    ("The 'young men of fighting age' line about the Cinder Lane hotel is dog-whistle nonsense. These are asylum seekers, some of them teenagers.", [ED], "names a dog whistle to reject it."),
    ("Calling a pregnant councillor 'convenient' for announcing it is sexist rubbish. Congratulations Shanice, we've got your back.", [ED], "counter-speech on pregnancy discrimination."),
]:
    H(G, t, al, n)

G = "HN3"
for t in [
    "No, the council does not give asylum seekers priority for social housing. They aren't eligible for it. Please stop sharing that post.",
    "Myth: Polish workers in Marlow Gate don't pay tax. Fact: they pay the same income tax and NI as everyone else.",
    "The mosque extension on Fenner Street went through the same planning process as the church hall next door. Same rules for everyone.",
    "Just to be clear: the Travellers' site at Larkspur has had fewer police call-outs this year than the nightclub on Ashgrove Road.",
    "Benefit fraud in disability payments is well under 1%. The 'scroungers' story is a myth and it hurts people who rely on support.",
    "There is no 'two-tier' council tax for any religion in Wendlebury. Bands are set by property value. That's it.",
    "Someone asked whether trans staff are on a different HR policy. No. Same policy, same protections, same expectations.",
    "Older residents are not 'blocking progress'. Over-65s were the biggest group volunteering at the food bank last winter.",
    "Fact check: the 'Chinese takeaways spread disease' post doing the rounds is rubbish. Hygiene ratings are public and the high street averages 4.6.",
    "Does the council fund iftars but not Christmas? No. Both come out of the same community events pot, £1,200 each.",
    "I'm not against new housing in Quill Street. I'm against this scheme because it has no affordable units. Nothing to do with who lives there.",
    "Allocations are based on need and time on the list, not surnames. Anyone claiming otherwise should read the allocations policy, page 4.",
    "For anyone wondering: no, migrants aren't why your GP waits are long. Underfunding and staff shortages are.",
    "Nobody's 'taking over' Ashgrove Market. It's changed, like every bit of London changes. My mum's Turkish shop was 'new' once too.",
    "Young people aren't 'too young' to serve. Under-30s are a tiny share of councillors nationally. We need more, not fewer.",
    "I've been asked if I'm 'against the Irish' because I criticised the Holbrook Irish Centre lease. My grandad's from Cork. It's about the rent level, nothing else.",
    "The Roma families outside the station are not 'beggars stealing purses'. Police confirm no thefts linked to them. Outreach is working with them on housing.",
    "Maternity leave for councillors is legal, normal and long overdue. No allowance rules were broken.",
    "The claim that LGBT+ foster carers are 'an experiment' is false. Wendlebury has 14 brilliant same-sex foster families and their kids are thriving.",
    "Women are 41% of this council. And no, we're not 'too emotional'. The most heated person at last week's planning committee was a man.",
    "Knife crime is not a 'Black problem'. In Cinder Lane it tracks poverty and school exclusion, and that's where our funding is going.",
    "Jewish residents do not get planning permission more easily. Every Quill Street decision since 2020 is on the public portal. Look for yourself.",
]:
    H(G, t, note="denied prejudice or myth-busting; may repeat a trope to refute it.")

G = "HN4"
for t, au, d in [
    ("Eid Mubarak to everyone celebrating in Wendlebury! Ashgrove Market was buzzing this morning 🌙", None, "2026-03-20T11:05:00+00:00"),
    ("As a trans woman and a councillor, I'm proud to open the Tanners Yard LGBT+ history exhibition today.", "Lena", "2026-02-03T12:30:00+00:00"),
    ("Happy Lunar New Year from Quill Street! Year of the Horse 🐎 Great turnout at the community centre.", None, "2026-02-17T16:40:00+00:00"),
    ("Proud to be a Black woman representing the ward I grew up in. Cinder Lane made me.", "Shanice", None),
    ("I'm 79 and still out canvassing three days a week. Age is just a number, mandem 😂", "Colin", None),
    ("Queer and from the ends. Both things are true and both make me who I am.", "Ravi", None),
    ("Back in the chamber after maternity leave. Thank you to everyone who covered my casework while I was off with the baby.", "Aoife", None),
    ("Great session with Wendlebury Deaf Club. Learned my first ten BSL signs and got laughed at (kindly) for every one of them.", None, None),
    ("Visited the Ashgrove gurdwara for langar today. Fed 400 people in two hours. Incredible volunteers.", None, None),
    ("As a wheelchair user, the new step-free entrance at the civic centre means I can finally come through the front door like everyone else.", "Jerome", None),
    ("Holocaust Memorial Day at Quill Street synagogue. We remember, and we stand with our Jewish neighbours.", None, "2026-01-27T13:15:00+00:00"),
    ("The Larkspur Gypsy and Traveller site finally has proper drainage. Took three years of pushing. Well done to the residents' group.", None, None),
    ("Older residents' tea dance at Holbrook community hall today. The mandem from the youth club did the sound system. Peak vibes, both generations 🕺", None, None),
    ("Proud that the Somali Women's Forum got £8k from the ward fund. They run the best homework club in the borough.", None, None),
    ("Our asylum welcome group at St Aldric's had 60 people through the door for English classes this week.", None, None),
    ("International Women's Day yesterday: shout out to the women who run the Tanners Yard food bank, every single one a volunteer.", None, "2026-03-09T09:20:00+00:00"),
    ("Ramadan Mubarak to Wendlebury's Muslim residents. Open iftar at the civic centre on Friday, all welcome.", None, "2026-02-18T10:45:00+00:00"),
    ("My husband and I celebrated ten years of our civil partnership this weekend. Still can't agree on the thermostat.", "Yusuf", None),
    ("I'm dyslexic. If my posts have typos, that's why. Doesn't stop me reading every report cover to cover.", None, None),
    ("Old girl's still got it: 71 and ran the Larkspur parkrun in 34 minutes 😅", "Harriet", None),
    ("Holi in Ashgrove Park was gorgeous yesterday. Colour everywhere, kids everywhere, aunties running the chai stall like a military operation.", None, "2026-03-05T09:50:00+00:00"),
    ("Proud to be an immigrant councillor. Came from Kraków at 19 with one suitcase, now I represent Marlow Gate.", "Bartosz", None),
]:
    H(G, t, note="neutral or positive mention of a protected group, or self-description.", author=HANDLE[au] if au else None, date=d)

G = "HN5"
for t, al in [
    ("We're going to absolutely murder Civic Reform at the charity quiz on Friday. Bring tissues, Kwame 😂", [BI, PA]),
    ("I'm a walking disaster with spreadsheets. Bless the finance team for their patience with me.", []),
    ("Killed it at the ward surgery today. 23 residents, 23 cases opened. Cream crackered.", []),
    ("Des, your tie today. Bruv. We need to talk 😂 (love you really)", [PA]),
    ("Budget scrutiny next week is going to be a bloodbath. Bring snacks.", []),
    ("Tariq smashed the housing presentation. Man's on fire this month 🔥", []),
    ("I'm such a muppet, left my council pass at home again. Security know me by name now.", []),
    ("Going to fight tooth and nail for the Holbrook youth centre. They'll have to drag me out of that chamber.", []),
    ("Me trying to explain the Local Plan on a doorstep: peak. Ended up drawing it on the back of a pizza menu 🍕", []),
    ("Gemma and I are going to war over the best jerk chicken on Cinder Lane. Loser buys. Bring it on.", [BI]),
    ("Lost the five-a-side to the officers' team 7-2. Humiliating. I blame my knees, which are 54 years old.", []),
    ("Shoutout to the mandem at Tanners Yard boxing club. Got absolutely battered in sparring by a 15-year-old. Deserved it.", []),
    ("My dad jokes at Full Council are a crime against humanity, according to my own group whip.", []),
    ("Ravi, I will destroy you at Mario Kart at the staff social. You have been warned 😈", [BI]),
    ("Long day bruv. Long long day. But we got the crossing on Fenner Street approved!", [HP]),
    ("If I have to read one more 200-page appendix I'm going to hurl the laptop into the canal. Jokes. Mostly.", []),
    ("Colin's lemon drizzle at the Quill Street fete was deadly. Genuinely lethal. I had three slices.", []),
    ("Harriet roasted me in committee today and honestly fair play, my figures were wrong. Will correct on Monday.", [PA]),
    ("Dragging myself out of bed at 6am for the Larkspur litter pick. If I fall asleep on the bin bags, leave me there.", [HP]),
    ("I'm the worst canvasser in the party. Got chased off Marlow Gate towpath by a goose.", []),
    ("Jerome's wheelchair rugby team absolutely murdered us. 42-6. Never again. Or maybe next month.", [BI]),
    ("Cabinet felt like a boxing match today, but we shook hands after. That's democracy innit.", []),
]:
    H(G, t, al, "figurative violence, banter or self-deprecation.")

G = "HN6"
for t, al in [
    ("Cllr Nowicki voted against the Marlow Gate tower in committee and for it at full council. I'd like him to explain the change.", []),
    ("Kwame Asante-Boateng promised 'no cuts to youth services' in his manifesto. His group's amendment cuts £400k from them. That's the record.", [DA]),
    ("Tariq Mahmood has missed 9 of the last 14 housing board meetings. Residents deserve a cabinet member who turns up.", [PA]),
    ("Cllr Ofori's committee approved three schemes with zero affordable units this year. I think that's wrong and I'll say so at every meeting.", []),
    ("Adaeze Okonkwo-Reid said in October the library wouldn't close. It's closing. She owes Ashgrove an explanation.", [DA]),
    ("Colin Pratchard's leaflet says crime is up 30% in Quill Street. Police data says 4%. He should correct it.", [DA]),
    ("I respect Siobhan Kearney but her parks strategy has no money attached to it. A plan without a budget is a wish.", []),
    ("Esther Feldman has been the only cabinet member to answer every scrutiny question in writing. Fair play. I still disagree with her on the CPZ.", []),
    ("Cllr Demir's cycle lane motion ignored the disability access audit. That's a serious gap and he should revisit it.", []),
    ("Gemma Tolland has voted with the administration on every budget line she publicly opposed. Her voters should know.", [DA, PA]),
    ("Ravi Chandrasekar's consultation report left out 200 objections from Tanners Yard. I've asked him to publish them in full.", [DA]),
    ("Declan Mulrooney said he'd hold surgeries every week. The published diary shows four since May. That's the record.", [PA]),
    ("Priscilla Wong's decision as Mayor to refuse the urgent question was within the rules, but I think it was a bad call and I'll say so.", []),
    ("Shanice Campbell-Hayes's rent policy will hit 3,000 households. I've read it twice. It's the wrong policy and I'll oppose it.", []),
    ("Aoife Brennan-Clarke told the Echo the repairs backlog was 'cleared'. It's 1,870 jobs on the council's own dashboard.", [DA]),
    ("Harriet Lockwood has been consistent: against every cycle lane, every LTN, every bus gate. I disagree, but she's upfront about it.", []),
    ("Jerome Baptiste abstained on the damp and mould motion. Twice. I'd genuinely like to know why.", []),
    ("Ros Pereira's group voted to scrap the Tanners Yard play scheme in 2024 and now campaign to save it. Read the minutes.", []),
    ("Lena Marchetti's transport paper is thin on costings. Happy to work with her on it, but it isn't ready for cabinet.", []),
    ("Cllr Nowicki's answer on temporary accommodation costs was out by £2.1m. He should come back to council and correct it.", [DA]),
    ("Yusuf Demir's record on planning: 12 objections, 0 alternatives. Opposition is easy; show us the plan.", [PA]),
    ("Des Ofori accepted the officers' recommendation on every major application this year. Some call that diligence; I call it abdication. He should lead.", [PA]),
]:
    H(G, t, al, "criticism of a named councillor's record, votes or statements that stays on the record.")

# Self-description rows whose author must fit the text.
PINNED = {
    "Got told I should 'go back where I came from'": "Kwame",
    "Got a message saying women 'shouldn't chair": "Rosalind",
    "Nobody's 'taking over' Ashgrove Market": "Yusuf",
    "Women are 41% of this council": "Siobhan",
}
for _r in ROWS:
    for _p, _who in PINNED.items():
        if _r["text"].startswith(_p):
            _r["author"] = HANDLE[_who]

# ---------------------------------------------------------------- variants
# (original key, kind, word, obfuscated word)
VARIANTS = [
    ("pa02", "asterisk", "useless", "us*less"),
    ("pa06", "digit", "clown", "cl0wn"),
    ("pa05", "zwsp", "wasteman", "waste\u200bman"),
    ("pa03", "spaced", "mug", "m u g"),
    ("pa17", "homoglyph", "pathetic", "p\u0430thetic"),
    ("pa12", "caps", None, None),
    ("al01", "asterisk", "shitshow", "sh*tshow"),
    ("al03", "digit", "dickhead", "d1ckhead"),
    ("al04", "zwsp", "wankers", "wan\u200bkers"),
    ("al09", "spaced", "twat", "t w a t"),
    ("al07", "homoglyph", "bollocks", "b\u043ellocks"),
    ("al02", "caps", None, None),
    ("bi15", "asterisk", "slap", "sl*p"),
    ("bi21", "digit", "kicking", "k1cking"),
    ("bi01", "zwsp", "carefully", "care\u200bfully"),
    ("bi10", "spaced", "bang", "b a n g"),
    ("bi16", "homoglyph", "windows", "wind\u043ews"),
    ("bi07", "caps", None, None),
    ("ed02", "asterisk", "Muslims", "Musl*ms"),
    ("ed06", "digit", "gay", "g4y"),
    ("ed08", "zwsp", "Scroungers", "Scroun\u200bgers"),
    ("ed12", "spaced", "back", "b a c k"),
    ("ed04", "homoglyph", "bloke", "bl\u043eke"),
    ("ed10", "caps", None, None),
    ("da02", "asterisk", "backhander", "b*ckhander"),
    ("da12", "digit", "liar", "l1ar"),
    ("da03", "zwsp", "bent", "be\u200bnt"),
    ("da27", "spaced", "crook", "c r o o k"),
    ("da23", "homoglyph", "bribed", "brib\u0435d"),
    ("da10", "caps", None, None),
]


def caps(text):
    return " ".join(w if w.startswith("@") else w.upper() for w in text.split(" "))


def named(text):
    out = set()
    for name, handle, toks in COUNCILLORS:
        if handle.lower() in text.lower():
            out.add(handle)
            continue
        for t in toks:
            if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text):
                out.add(handle)
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
    days = weekdays()
    handles = [h for _, h, _ in COUNCILLORS]
    platforms = ["x", "facebook", "bluesky"]

    def stamp():
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=dt.timezone.utc)
        return t.isoformat()

    out = []
    by_key = {}
    for r in ROWS:
        author = r["author"] or rng.choice(sorted(set(handles) - named(r["text"])))
        row = dict(text=r["text"], author=author, created_at=r["date"] or stamp(),
                   platform=rng.choice(platforms), account="councillor", kind="post",
                   expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
                   family=r["family"], kind_of_row=r["kind_of_row"], note=r["note"])
        out.append(row)
        if r["key"]:
            by_key[r["key"]] = row
    for key, kind, word, obf in VARIANTS:
        o = by_key[key]
        if kind == "caps":
            text = caps(o["text"])
            allowed = o["expect"]["allowed"] + ([HP] if HP not in o["expect"]["allowed"] else [])
        else:
            assert word in o["text"], (key, word)
            text = o["text"].replace(word, obf)
            allowed = list(o["expect"]["allowed"])
        v = dict(text=text, author=o["author"], created_at=stamp(), platform=o["platform"],
                 account="councillor", kind="post",
                 expect=dict(rules=list(o["expect"]["rules"]), allowed=allowed, verdict=o["expect"]["verdict"]),
                 family=o["family"], kind_of_row="positive",
                 note=f"Obfuscated variant ({kind}) of the original; same labels. " + o["note"],
                 _orig=o, variant_kind=kind)
        out.append(v)
    rng.shuffle(out)
    for i, row in enumerate(out, 1):
        row["id"] = f"b52-{i:03d}"
    keys = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            rec = {k: row[k] for k in keys}
            if "_orig" in row:
                rec["variant_of"] = row["_orig"]["id"]
                rec["variant_kind"] = row["variant_kind"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
