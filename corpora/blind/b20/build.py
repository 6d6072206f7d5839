#!/usr/bin/env python3
"""Blind set b20 (Borough of Cradleigh Bank): hand-written rows plus a deterministic builder.
Run: python3 build.py  -> writes posts.jsonl (same output every run)."""
import json, random, datetime, re

SEED = 20_2026
PA, AL, BI, EQ, DF = ("respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
                      "equality.discrimination", "defamation.allegation")
OF, IR, DP, HA = "officers.impartiality", "tone.irony-risk", "data-protection.personal-data", "haste.pause-before-posting"

# (family, text, rules, allowed, verdict, note)
R = []
def add(fam, text, rules, allowed, verdict, note, key=None, date=None):
    R.append(dict(family=fam, text=text, rules=rules, allowed=allowed, verdict=verdict, note=note, key=key, date=date))

# ---------------- respect.personal-attack (20) ----------------
f = PA
add(f, "Cllr Pritchard couldn't run a bath, never mind a budget. Genuinely the thickest man I've sat opposite in that chamber.", [PA], [], "review", "Insult ('thickest man') aimed at a named councillor; the budget jab is an idiom, the target is the person.")
add(f, "@GurpreetSandhuCB you are an absolute waste of a seat. Cradleigh Bank deserves better than a nodding dog.", [PA], [], "review", "Insult to a councillor by @handle and 'you'.", key="pa2")
add(f, "Watching Cllr Halloway try to answer a straight question is like watching a goldfish attempt long division. Bless her.", [PA], [IR], "review", "Belittling simile about the Leader by name; 'bless her' is condescension, irony-risk borderline.")
add(f, "The planning officer who wrote that report clearly hasn't got two brain cells to rub together.", [PA, OF], [], "review", "Insult to an officer identified by role; officer target also raises impartiality.")
add(f, "Honestly Ollie Quayle is a spineless little weasel. Says one thing in Lodgefield and the exact opposite in committee.", [PA], [], "review", "Animal insult aimed at a named councillor; inconsistency claim is political, the insult is personal.")
add(f, "Some people on the Reform bench are just gobby attention-seekers with nothing between the ears. You know who you are, Stan.", [PA], [], "review", "Insult to a named councillor (first name) and his group as people.")
add(f, "Tessa Mould: the human embodiment of a parish newsletter nobody reads. Tedious, self-important and utterly pointless.", [PA], [], "review", "Witty but personal ridicule of a named councillor, no policy in sight.")
add(f, "Our Chief Exec Graham Peplow is an overpaid empty suit who wouldn't know Cradleigh Bank if it bit him on the backside.", [PA, OF], [], "review", "Insult to a named officer ('empty suit').")
add(f, "What a pathetic, snivelling performance from the Finance portfolio holder tonight. A coward and a clown.", [PA], [], "review", "Insults ('coward', 'clown') aimed at a person identified only by role.")
add(f, "@WayneCartledge mate you're a joke. A walking, talking joke. Nobody in Netherfold takes you seriously 😂", [PA], [], "review", "Ridicule aimed at a councillor by @handle.", key="pa10")
add(f, "Cllr Bhatti is a parasite on this council. Takes the allowance, does nothing, contributes nothing. Vermin-level work ethic.", [PA], [AL, DF], "block", "Dehumanising ('parasite', 'vermin') attack on a named councillor: severe, so block. Allowance jab is borderline misconduct claim.", key="pa11")
add(f, "Rowan Thistlewood has the intellect of a damp tea towel and roughly the same charm.", [PA], [], "review", "Insult to a named councillor by comparison; no obscenity.")
add(f, "Ffion, you're out of your depth and everyone can see it except you. Embarrassing to watch, honestly.", [PA], [], "review", "Belittling 'you' aimed at a named councillor; harsh and about the person, not a decision. Borderline-mild but personal.")
add(f, "The Head of Housing is frankly useless. Incompetent, arrogant, and hiding behind her inbox while families sleep in cars.", [PA, OF], [], "review", "Insults aimed at an officer identified by role.")
add(f, "Cllr Onslow chairing planning is like putting a toddler in charge of a JCB. Clueless old fool.", [PA], [EQ], "review", "Insult to named councillor; 'old fool' touches age, so equality borderline.")
add(f, "Kieran Tolley is a nasty, two-faced little man and I won't pretend otherwise just because it's January.", [PA], [], "review", "Name-calling of a named councillor.", key="pa16")
add(f, "People like Cllr Fitchett are why folk stop bothering to vote. Vacuous, smug and allergic to a day's graft.", [PA], [], "review", "Insults aimed at a named councillor.")
add(f, "oh well done @AbenaMensahLab, another stunning contribution from the council's resident genius 👏👏 truly, where would we be without you", [PA, IR], [], "review", "Mock praise of a named councillor: personal attack by sarcasm, irony-risk expected.")
add(f, "You lot on the Lib Dem benches are a bunch of gutless wonders. Not one backbone between the four of you.", [PA], [], "review", "Insult to a group of identifiable people (the Lib Dem councillors), not their policy.")
add(f, "Darren Whitehouse from enforcement is a jumped-up little jobsworth on a power trip. Someone needs to tell him.", [PA, OF], [], "review", "Insult to a named officer.")

# ---------------- respect.abusive-language (20) ----------------
f = AL
add(f, "This fucking budget is going to gut every library in the borough and they'll smile while they do it.", [AL], [PA], "review", "Obscenity aimed at a policy: abusive language whatever the target; 'they' is the cabinet, so PA only borderline.", key="al1")
add(f, "Cllr Pritchard is talking out of his arse again about the reserves.", [AL, PA], [], "review", "Vulgar insult aimed at a named councillor.")
add(f, "Stourvale Waste have made a total shit show of the bin rounds. Three weeks without a collection on Hawne Lane. Absolute piss take.", [AL], [], "review", "Obscene language aimed at a contractor's service; no person targeted.")
add(f, "@StanBagleyReform get fucked, honestly. Nobody wants your divisive crap in Brierly Gate.", [AL, PA], [], "review", "Obscene insult aimed at a councillor by @handle.", key="al4")
add(f, "Halloway is a stupid cow and always has been.", [AL, PA], [EQ], "review", "Gendered insult to a named councillor; equality borderline.")
add(f, "Quayle is an utter cunt. There, I said it.", [AL, PA], [EQ], "block", "The c-word aimed at a named councillor: severe abusive language.")
add(f, "Sick to death of this shite. Cradleigh Bank council, sort your bloody act out.", [AL], [], "review", "Obscene language aimed at the council as an institution; no individual.")
add(f, "Tessa Mould you absolute prick, you voted for the exact thing you campaigned against on every doorstep.", [AL, PA], [], "review", "Obscene insult to a named councillor; the voting record part is fair comment.")
add(f, "Dickhead of the week award goes to the cabinet member for finance. Again. Retire the trophy.", [AL, PA], [], "review", "Vulgar insult to a person identified by role.")
add(f, "The whole cabinet can kiss my arse. Bunch of tossers, the lot of them.", [AL, PA], [], "review", "Vulgar insults aimed at the cabinet as people.")
add(f, "bloody hell what a fuckup. new parking machines on the high st eat your card and the council's answer is 'ring this number'. useless", [AL], [], "review", "Obscenity aimed at a service failure; no person. Mild end of the family.")
add(f, "Shut your gob @KieranTolleyLab, nobody asked for your shitty opinion on our ward.", [AL, PA], [], "review", "Vulgar put-down aimed at a councillor by @handle.", key="al12")
add(f, "Brindle Forge Homes are a bunch of greedy bastards and the houses they threw up on Hawne Lane are shoddy rubbish.", [AL], [PA], "review", "Obscene insult aimed at a company (an organisation); its people as borderline PA.")
add(f, "Gurpreet Sandhu, what a spiteful, lying bitch. Vile.", [AL, PA], [DF, EQ], "block", "Severe gendered obscenity at a named councillor; 'lying' borderline defamation, 'bitch' borderline equality.")
add(f, "Screw the lot of them on the Green benches, smug twats.", [AL, PA], [], "review", "Vulgar insult aimed at a party group as people.")
add(f, "Cllr Cartledge is a bellend. Simple as.", [AL, PA], [], "review", "Vulgar insult to a named councillor.", key="al16")
add(f, "Excuse my language but this consultation is a load of steaming horseshit and whoever designed it should be ashamed.", [AL], [PA, OF], "review", "Obscenity aimed at a consultation; designer referred to vaguely, so PA/officers borderline.")
add(f, "FFS. The officer report on the Cawney Hill depot is utter wank from start to finish.", [AL, OF], [PA], "review", "Obscenity aimed at an officer report: criticising officers' work publicly raises impartiality.")
add(f, "Stan Bagley can go and piss up a rope.", [AL, PA], [], "review", "Vulgar dismissal of a named councillor.")
add(f, "Absolute scumbag behaviour from Cllr Onslow, shutting the residents down like that. Total arsehole.", [AL, PA], [], "review", "Obscene insults to a named councillor.")

# ---------------- bullying.intimidation (20) ----------------
f = BI
add(f, "@FfionReesLD keep pushing this and you'll find out how many friends you've really got in Brierly Gate. Just saying.", [BI], [PA], "block", "Veiled threat by @handle.")
add(f, "I know which school Cllr Mensah's kids go to. Maybe she should think about that before she votes to close ours.", [BI], [DP, PA], "block", "Threat invoking a councillor's children.")
add(f, "Whoever reported me to the Monitoring Officer: I will find out who you are, and you will regret it.", [BI], [], "block", "Threat against a complainant.", key="bi3")
add(f, "Cllr Quayle, a word of advice: people round here have long memories and short tempers. Be careful walking home from the civic centre.", [BI], [], "block", "Veiled threat dressed as advice.")
add(f, "Funny how accidents happen to people who stick their noses where they don't belong. Isn't it, @RowanGreenCB 😉", [BI], [IR, PA], "block", "Veiled threat with a wink; irony-risk borderline.")
add(f, "If Dennis Pritchard shows his face at the Saltwells Cross meeting he'd better bring a couple of minders.", [BI], [], "block", "Implied physical threat to a named councillor.")
add(f, "Got Cllr Sandhu's home address right here. Maybe a few of us should pay her a friendly visit and explain the housing list properly.", [BI], [DP], "block", "Intimidation: home address plus a 'visit'.")
add(f, "To the officer who signed the enforcement notice on my neighbour's extension: we know your car. We know where you park it.", [BI, OF], [], "block", "Threat to an officer identified by role.")
add(f, "Keep talking, Tessa. Every word gets screenshotted and I'll make sure your employer sees the lot.", [BI], [PA], "block", "Intimidation by threatening a councillor's livelihood.")
add(f, "Anyone thinking of giving evidence against me at the standards hearing should think very carefully about their future in this town.", [BI], [], "block", "Threat against witnesses.")
add(f, "Cllr Fitchett should watch her back. That's not a threat, it's a forecast.", [BI], [IR], "block", "Threat disguised by a disclaimer.")
add(f, "I'll bury you, Cartledge. Politically and otherwise.", [BI], [PA], "block", "'Otherwise' turns a political idiom into a threat.", key="bi12")
add(f, "Next time @KieranTolleyLab heckles me I'm putting him through the chamber doors. Watch.", [BI], [PA], "block", "Explicit threat of violence.")
add(f, "Drop the complaint, Wayne, or I'll tell everyone what I know about you and your marriage.", [BI], [PA, DF], "block", "Blackmail-style intimidation of a complainant.")
add(f, "Quite a few of us are planning to wait outside Cllr Onslow's surgery on Saturday. He won't be leaving in a hurry 👀", [BI], [], "block", "Implied mob intimidation.")
add(f, "Officers who keep blocking the Brierly Gate scheme will be named and shamed on here one by one until they learn. Starting with Carys Bellamy.", [BI, OF], [PA], "block", "Public humiliation campaign against officers to press their advice.")
add(f, "Let's see how brave Stan Bagley is when it's just him and a few of the lads in the car park after full council.", [BI], [], "block", "Implied physical threat.")
add(f, "The Labour group leader has had her last warning from me. Next time it won't be words.", [BI], [], "block", "Threat of violence to a person identified by role.")
add(f, "Ollie, mate, your wife must be very proud of you. Be a shame if she found out what you get up to at conference.", [BI], [PA, DF, IR], "block", "Blackmail-style insinuation.")
add(f, "@MHallowayCB I'd stay off Cawney Hill for a while if I were you. Not everyone round here is as polite as me.", [BI], [], "block", "Veiled threat by @handle.", key="bi20")

# ---------------- equality.discrimination (20) ----------------
f = EQ
add(f, "Course Cllr Bhatti wants more parking at the mosque. Knows where her loyalties lie, and it isn't Cradleigh Bank.", [EQ], [PA], "block", "Coded attack on a councillor's religion (dual loyalty trope).")
add(f, "Nothing against them personally but Travellers and Hawne Lane don't mix. Every time they pitch up, stuff goes missing. Fact.", [EQ], [], "block", "Criminality stereotype about Gypsies and Travellers (race).")
add(f, "Cllr Onslow is 79 and it shows. Time for the old codgers to make way before they forget which meeting they're in.", [EQ, PA], [], "block", "Attack on age, aimed at a named councillor and older members.")
add(f, "Funny how the Head of Housing keeps finding homes for her own sort first. Say no more.", [EQ, OF], [DF, PA], "block", "Coded racial insinuation against an officer identified by role.")
add(f, "Why is a woman who's just had a baby even on the planning committee? Go home and look after it, Ffion.", [EQ, PA], [], "block", "Attack on pregnancy and maternity and sex, aimed at a named councillor.")
add(f, "The gays have taken over the library again with their drag nonsense. Keep it away from normal families.", [EQ], [], "block", "Attack on people for sexual orientation ('normal families').")
add(f, "My grandad didn't fight in Burma so Cradleigh Bank could end up looking like Lahore.", [EQ], [], "block", "Coded racial hostility (replacement trope), no slur.")
add(f, "Cllr Mensah should remember she's a guest in this country before she lectures us about British values.", [EQ, PA], [], "block", "Attack on race or national origin aimed at a named councillor.")
add(f, "Wheelchair users wanting every kerb dropped at the taxpayer's expense. Some people expect everything handed to them on a plate.", [EQ], [], "block", "Attack on disabled people as a group.")
add(f, "Rowan Thistlewood is 'they/them' now apparently. It's a mental illness and we're all supposed to clap along.", [EQ, PA], [], "block", "Attack on gender identity aimed at a named councillor.")
add(f, "Women on this council are fine for the community events but they've no head for the finance brief.", [EQ], [], "block", "Sex stereotype about women councillors.")
add(f, "Jewish landlords in Saltwells are squeezing every last penny out of tenants. Not being funny, just what I've seen.", [EQ], [DF], "block", "Antisemitic stereotype (religion/race).")
add(f, "Another Polish shop on the high street. Another proper English pub boarded up. Connect the dots.", [EQ], [], "block", "Coded hostility on national origin.")
add(f, "Gurpreet only got the housing portfolio to tick the diversity box. Nobody's fooled.", [EQ, PA], [], "block", "Attack on a named councillor's race ('diversity box').")
add(f, "If you can't be bothered to speak proper English you shouldn't get a council house. Learn it or leave.", [EQ], [], "block", "Hostility on national origin ('learn it or leave').")
add(f, "Cllr Fitchett wants to marry a woman, fine, but don't expect the rest of us to pretend it's the same thing as a real marriage.", [EQ, PA], [], "block", "Attack on sexual orientation and marriage, named councillor.")
add(f, "Muslims in Brierly Gate don't integrate, never have, never will.", [EQ], [], "block", "Generalisation attacking a religious group.", key="eq17")
add(f, "Honestly the deaf lad they've put on reception at the civic centre is useless, it's like talking to a brick wall.", [EQ, PA], [OF], "block", "Attack on a staff member for disability.")
add(f, "The pikeys are back on the rec by the canal. Council will do nothing as usual.", [EQ, AL], [], "block", "Explicit slur against Travellers.", key="eq19")
add(f, "Old enough to remember when Cllr Bhatti's lot came over with nothing. Now they're running the place.", [EQ, PA], [], "block", "Coded racial attack ('her lot') on a named councillor.")

# ---------------- defamation.allegation (20) ----------------
f = DF
add(f, "Cllr Pritchard is a liar. He told residents the pool was safe while the closure report sat on his desk.", [DF, PA], [], "review", "'Liar' about a named councillor, stated as fact.", key="df1")
add(f, "Everyone knows Barry Onslow took a backhander from Brindle Forge Homes to wave through the Hawne Lane scheme.", [DF], [PA], "block", "Bribery stated as fact about a named councillor.", key="df2")
add(f, "Stourvale Waste are fiddling their tonnage figures and the council is paying them for bins they never empty.", [DF], [], "block", "Fraud stated as fact about a company (identifiable organisation).")
add(f, "Funny how Cllr Halloway's brother-in-law keeps winning council contracts. Nothing to see here 🙄", [DF], [IR, PA], "review", "Insinuated corruption about a named councillor.")
add(f, "@TessaMouldInd fiddled her expenses last year and everyone in the group knows it.", [DF], [PA], "block", "Expenses fraud stated as fact about a named councillor (arguably review).")
add(f, "Lewis Hartshorne has been cooking the books on the reserves for three years. The s151 officer is meant to be independent, not the Leader's accountant.", [DF, OF], [PA], "review", "Dishonesty idiom about a named officer; questions his neutrality.")
add(f, "Rigged. The Lodgefield by-election count was rigged and Stan Bagley knows exactly who did it.", [DF], [PA], "block", "Electoral fraud stated as fact; identifies a named councillor as complicit.")
add(f, "Cllr Sandhu is in the pocket of the developers. Always has been, always will be.", [DF], [PA], "review", "Corruption idiom about a named councillor.")
add(f, "Wayne Cartledge doesn't even live in the ward he represents. Lied on his nomination papers.", [DF], [PA], "block", "False statement on nomination papers (an electoral offence) stated as fact.")
add(f, "The Chief Exec has been bumping up his mates' salaries behind closed doors. Cosy little arrangement.", [DF, OF], [], "review", "Misconduct allegation about an officer by role.")
add(f, "Kieran Tolley nicked money from the food bank float when he was treasurer. Ask anyone.", [DF], [PA], "block", "Theft stated as fact about a named councillor.")
add(f, "Our Green councillor is a fraud. Cares about the planet right up until there's a free trip on offer.", [DF, PA], [], "review", "'Fraud' used for hypocrisy about an identifiable councillor; not a specific crime, so review (arguably block).")
add(f, "Brindle Forge paid off somebody at the civic centre. You don't get approval that quick otherwise.", [DF], [OF], "block", "Bribery stated as fact about a named company.")
add(f, "Ffion Rees-Hart is a serial liar. Every leaflet she's put out this year has been pure fiction.", [DF, PA], [], "review", "'Serial liar' about a named councillor.")
add(f, "Lorna Fitchett has been signing in for meetings she never turned up to. Check the registers yourselves.", [DF], [PA], "review", "Misconduct (false attendance) alleged as fact; arguably block.")
add(f, "Enforcement turn a blind eye to Cllr Onslow's mate's scrapyard. Wonder why. Ask Darren Whitehouse.", [DF, OF], [], "review", "Insinuated corruption by a named officer and councillor.")
add(f, "Dodgy Dennis strikes again. Another contract, another crony.", [DF, PA], [], "review", "'Dodgy' nickname and cronyism about a named councillor.")
add(f, "Abena Mensah covered up the safeguarding complaint at the youth club to protect one of her own.", [DF], [PA], "review", "Serious misconduct (cover-up) stated as fact; arguably block.")
add(f, "Cllr Quayle is on the take, plain and simple.", [DF], [PA], "review", "Corruption idiom about a named councillor.", key="df19")
add(f, "Gurpreet Sandhu embezzled thousands from the gurdwara building fund before she ever stood for council.", [DF], [PA], "block", "Embezzlement stated as fact about a named councillor.")

# ---------------- hard negatives (100) ----------------
def hn(text, note, allowed=(), date=None):
    add("hard_negative", text, [], list(allowed), "ok", note, date=date)

# harsh criticism of policies, decisions, companies, parties (24)
hn("This budget is a disgrace. Cutting the hospice grant while the civic centre gets new carpets is indefensible.", "Harsh criticism of a budget decision.")
hn("The cabinet's parking strategy is a shambles from top to bottom and they should be embarrassed to defend it.", "Robust criticism of a policy; cabinet criticised for defending it.")
hn("Stourvale Waste have missed Hawne Lane three weeks running. Their contract is not worth the paper it's written on. We need a review.", "Harsh criticism of a contractor's performance, no allegation of crime.")
hn("Brindle Forge Homes' plans for the old glassworks are ugly, cramped and wrong for the canal. I'll be making that case loudly.", "Strong opposition to a company's design; no predetermination register.")
hn("An idiotic decision to close the Netherfold library two months before the new estate opens. Reverse it.", "'Idiotic' aimed at a decision.")
hn("The Tory administration has run our reserves into the ground. That's not an insult, it's the outturn report.", "Partisan criticism grounded in the record.")
hn("Labour's motion tonight was a gimmick, pure and simple, and they know it won't survive scrutiny.", "Partisan criticism of a motion.")
hn("Reform's leaflet on bin collections is nonsense from start to finish. Here's the actual data.", "Criticism of a party leaflet, with correction.")
hn("Daylight robbery: £6 to park at the hospital for an hour. Whoever signed off this tariff needs to think again.", "Idiom 'daylight robbery' about prices.")
hn("The Lib Dems voted for this cut in December and against it in March. I'll let residents judge.", "Pointing to a voting record; no insult.")
hn("I have never seen a consultation as badly designed as this one. Fourteen pages, no plain English, closes in ten days.", "Criticism of a process.")
hn("Cradleigh Bank's pothole backlog is a scandal. 4,100 open reports. The highways plan has failed.", "'Scandal' about a service.")
hn("Strongly disagree with Cllr Pritchard on the council tax rise. His numbers assume growth we haven't seen in a decade.", "Named councillor, but disagreement with his argument, civilly.")
hn("The Greens' policy on the ring road would cost jobs in Lodgefield. I respect Cllr Thistlewood's passion but the sums don't add up.", "Named councillor, civil disagreement.")
hn("Frankly the housing allocation policy is cruel in its effect on single dads. Cruel. We must rewrite it.", "'Cruel' aimed at a policy's effect.")
hn("This is a rotten deal for taxpayers and I'll vote against the budget amendment on Thursday.", "'Rotten deal'; vote on a budget (not quasi-judicial).")
hn("The Conservative group has had 12 years to fix Saltwells Cross bus links. Twelve. Not good enough.", "Partisan record criticism.")
hn("Cllr Halloway's answer on temporary accommodation was evasive and I'll be putting a written question in.", "Criticises an answer as evasive, seeks scrutiny; civil.", allowed=[PA])
hn("The scrutiny committee was toothless tonight. We let a £2m overspend through with two questions. We all need to do better.", "Self-inclusive criticism of a committee.")
hn("Whoever thought a 7am weekday-only opening for the tip was a good idea has never met a shift worker. Rethink please.", "Criticises a decision's thinking, light touch.")
hn("Absolutely furious about the SEND transport cuts. Kids left at the kerb. This is a policy failure and the cabinet owns it.", "Anger at a policy; cabinet held responsible.")
hn("Stan Bagley and I disagree on almost everything, but his point about the market traders was right and I said so in committee.", "Named rival, civil.")
hn("Brindle Forge have not delivered one of the affordable homes they promised in 2022. The council must enforce the s106.", "Factual criticism of a company's delivery, call for enforcement.")
hn("The planning framework is outdated, the process is slow and applicants are fed up. Time for a proper review.", "Criticism of a framework, not officers.")

# resignation calls on the record (8)
hn("Cllr Pritchard should resign as finance lead. Three overspends in three years is a record, not bad luck.", "Resignation call based on record.", allowed=[PA])
hn("After the housing ombudsman report, the cabinet member for housing should consider her position. That's what accountability means.", "Role-only resignation call on the record.")
hn("I'm calling on the Leader to step down. The audit findings are damning and residents deserve a fresh start.", "Resignation call based on an audit report.")
hn("Resign, Barry. Planning committee has overturned its own officers five times this year and lost every appeal.", "Resignation call based on record.", allowed=[PA])
hn("If the s151 warning is accurate the finance portfolio holder cannot stay in post. Simple as that.", "Conditional resignation call.")
hn("Respectfully, it's time for the Labour group leader to go. Two motions, two defeats, no plan.", "Resignation call on the political record.")
hn("I said it in chamber and I'll say it here: the administration has lost the confidence of this borough and should make way.", "Collective call to step aside.")
hn("Cllr Quayle should stand down from the licensing panel while the appeal is heard. That's about process, not about him.", "Procedural call to step aside.")

# counter-speech quoting abuse to condemn it (12)
hn("Someone scrawled 'Pakis out' on the bus shelter on Brierly Road. Disgusting. It's been reported and I've asked for it to be cleaned today.", "Quotes a slur to condemn it.", allowed=[EQ, AL])
hn("A resident called Cllr Mensah a 'jumped-up foreigner' at my surgery this morning. That's racism, and it has no place in Saltwells Cross.", "Counter-speech quoting a racist insult.", allowed=[EQ, PA])
hn("I've been called a 'lying cow' four times this week for supporting the LTN. I'm not lying, and I'm not going anywhere.", "Quotes abuse the author received.", allowed=[AL])
hn("'Go back where you came from' is not an argument about immigration policy. It's abuse. Let's keep the debate about policy.", "Quotes an abusive phrase to reject it.", allowed=[EQ])
hn("To whoever keeps messaging our officers calling them 'useless parasites': they are doing their jobs. Stop it.", "Condemns abuse of officers.", allowed=[PA, OF])
hn("Comments calling Travellers 'thieving gyppos' will be deleted from my page. Disagree about sites by all means, but not like that.", "Quotes a slur to set a moderation line.", allowed=[EQ, AL])
hn("Cllr Bagley received a message saying 'we know where you live'. Whatever you think of his politics, threats like that are unacceptable.", "Condemns a threat against a rival.", allowed=[BI])
hn("No, Cllr Thistlewood is not 'a mental case' for being non-binary. Please stop sending me this stuff.", "Counter-speech quoting transphobic abuse.", allowed=[EQ, PA])
hn("Someone has called Cllr Fitchett a 'dyke' under my post about the Pride flag. Reported and blocked. Solidarity, Lorna.", "Quotes a homophobic slur to condemn it.", allowed=[EQ, AL])
hn("The phrase 'bent councillors' is getting thrown around a lot. If you've got evidence, go to the police. If not, stop.", "Quotes an allegation to reject it.", allowed=[DF])
hn("Seeing people call the new Sikh lads on the council 'diversity hires'. They won their wards. Show some respect.", "Counter-speech against a coded racist jibe.", allowed=[EQ])
hn("'Shut up, you stupid old man' shouted at a pensioner at the consultation event. I asked the person to leave. We can do better than this.", "Quotes abuse to condemn it.", allowed=[AL, PA, EQ])

# hate-crime reports (6)
hn("Police are investigating racist graffiti at the Netherfold community centre. If you saw anything on Tuesday night please call 101. Thank you Inspector Siddons for the quick response.", "Hate-crime report naming a public office holder.")
hn("There's been a spate of antisemitic leaflets pushed through doors in Lodgefield. Please hand any you receive to the police and don't share images.", "Hate-crime report.")
hn("Hate crime against disabled people is hugely under-reported. You can report it online or at any of our libraries, anonymously if you prefer.", "Awareness post about disability hate crime.")
hn("Two men arrested after a homophobic assault on the high street on Saturday. My thoughts are with the victim. This town stands with him.", "Report of a hate crime.")
hn("The gurdwara on Cawney Road was vandalised overnight. I've spoken to the committee and the police. An attack on one faith is an attack on all of us.", "Report of an attack on a place of worship.")
hn("Third Party Reporting Centre for hate crime now open at Saltwells Cross library, Tuesdays and Thursdays. Trained staff, confidential support.", "Service information; 'confidential' used for support, not disclosure.")

# supportive / neutral mentions of protected groups, own identity (18)
hn("As a gay man who grew up in Cawney Hill in the 90s, seeing the rainbow flag over the civic centre this morning got me a bit choked up.", "Councillor describing own sexuality.", date="2026-02-02")
hn("I'm a wheelchair user and I've just spent twenty minutes trying to get into the new leisure centre. The ramp's lovely, the door isn't. Fixing it.", "Councillor describing own disability; practical.")
hn("Ramadan Mubarak to all our Muslim residents. Iftar at the Brierly Gate centre on Thursday, everyone welcome, bring an appetite.", "Supportive mention of a faith group.", date="2026-02-19")
hn("I'm 74, I'm still on this council, and no, I'm not planning to retire. Age is experience. Now, about the bus passes…", "Councillor describing own age.")
hn("As a practising Catholic I'll be at Ash Wednesday mass before full council. Praying for good sense all round.", "Councillor describing own faith.", date="2026-02-18")
hn("Proud to be the first Black woman to lead a group on this council. Prouder still of the young people at the Saltwells youth forum today.", "Councillor describing own ethnicity.")
hn("Trans people in Cradleigh Bank deserve the same dignity and the same services as everyone else. That's not controversial.", "Supportive mention of gender identity.")
hn("Great session with the Deaf club on how we make council meetings accessible. BSL interpreters at full council from March.", "Supportive mention of disability.")
hn("Holocaust Memorial Day service at the war memorial, 11am. Please come. We remember, so it never happens again.", "Remembrance.", date="2026-01-27")
hn("Lovely morning at the Polish Saturday school. Forty kids, two languages and a lot of pierogi. This is Netherfold.", "Positive mention of national origin group.")
hn("Mums returning to work after maternity leave told us childcare is the biggest barrier. Our new pilot starts in April.", "Neutral mention of maternity.")
hn("As a Sikh and a Black Country lad through and through, Vaisakhi planning starts now. Bigger parade this year!", "Councillor describing own faith and roots.")
hn("My wife and I celebrated 30 years married last week. Same-sex couples couldn't even do that here when we met. Things change.", "Councillor describing own same-sex marriage.")
hn("Older residents are being hit hardest by the bank branch closures. We're running digital drop-ins at every library.", "Neutral mention of age group.")
hn("I have ADHD and I'll be honest, 200-page agenda packs are hard work. Asked Democratic Services for summaries, they said yes.", "Councillor describing own neurodivergence.")
hn("Lunar New Year celebration in the market square on Tuesday. Dragon dance at 12. Kung hei fat choi!", "Supportive festival post.", date="2026-02-17")
hn("Women make up 29% of this council. Not good enough. If you're a woman thinking of standing, message me, I'll buy the coffee.", "Encouraging women to stand.")
hn("Gypsy, Roma and Traveller History Month isn't until June but the Hawne Lane heritage project with local families starts this week.", "Neutral, supportive mention of Travellers.")

# civil debate on immigration and Traveller sites (10)
hn("I support a transit site for Travellers in the borough. It means fewer unauthorised encampments and better conditions for families. Let's talk about where.", "Civil Traveller site debate.")
hn("I have real concerns about the proposed Traveller site at the old quarry: access road, flood risk, no school places. Those are planning questions.", "Planning concerns about a site, no stereotype.")
hn("The asylum hotel on the ring road has 180 residents and no extra GP capacity. That's a Home Office failure, not the residents' fault.", "Immigration debate blaming government, not people.")
hn("Net migration is a legitimate thing to debate. So is the fact that our care homes would close without overseas staff. Both can be true.", "Balanced immigration debate.")
hn("Reform say we should refuse every dispersal placement. I think that's wrong and unworkable, but it's a fair debate and I'll have it.", "Civil disagreement on asylum policy.")
hn("Unauthorised encampment on the Lodgefield rec has now moved on. Clean-up crew in this afternoon. Thanks to everyone for staying calm.", "Neutral update on an encampment.")
hn("Question for the council: how many of our 42 Traveller pitches are actually in use? We need the figures before the local plan debate.", "Asking for data on Traveller provision.")
hn("English classes for new arrivals are full with a waiting list of 90. Learning the language is key to integration; let's fund more places.", "Supportive integration post, no hostility.")
hn("I'm against the government's new immigration rules on care workers because they'll hit Cradleigh Bank's care sector hardest.", "Policy opposition on immigration.")
hn("Residents on Quarry Lane are worried about the encampment and that's understandable. I've asked enforcement for a timeline and will report back.", "Civil engagement with concerns.")

# banter and idioms (12)
hn("Absolutely murdered that karaoke at the staff charity night. Sorry to everyone's ears.", "Idiom 'murdered' for a song.")
hn("Cllr Cartledge and I have a bet on the Albion derby. Loser wears the other's shirt at full council. He's going down 😂", "Friendly cross-party banter.", allowed=[IR])
hn("That was a bloodbath at the Hawthorns on Saturday. 4-0. I need a lie down.", "'Bloodbath' about football.")
hn("The new recycling app is a killer. Scan the barcode, it tells you which bin. Genius.", "Idiom 'killer' as praise.")
hn("Bloody brilliant turnout at the canal litter pick. Forty volunteers and a shopping trolley count of seven.", "'Bloody' as intensifier in praise.")
hn("Honestly @OllieQuayleLD makes the worst tea in the building. Cross-party consensus on that one.", "Light banter about tea; not an insult of substance.", allowed=[PA, IR])
hn("We're coming for every seat in May. Every single one. Leaflets out this weekend, who's in?", "Campaign idiom, not a threat.")
hn("Lodgefield parkrun destroyed me this morning. My knees have lodged a formal complaint.", "Self-mocking idiom.")
hn("Cllr Mould's Black Forest gateau at the bake sale should be classed as a controlled substance. Dangerous stuff.", "Mock-serious praise of a colleague's baking.", allowed=[IR])
hn("Stan, you absolute legend, thanks for lending us your gazebo for the Brierly Gate fun day.", "'Absolute legend' as praise.")
hn("Kill your engine when you're waiting outside school. Idling is an air quality nightmare. #CleanAirCB", "'Kill your engine' idiom.")
hn("Black Country Day is coming and I'm taking no prisoners on the faggots and peas stall. Get there early.", "Black Country dish 'faggots and peas' plus idiom 'no prisoners'.")

# self-deprecation (5)
hn("Got lost in my own ward this morning looking for the new sheltered housing block. Some councillor I am.", "Self-deprecation.")
hn("Just realised I've been pronouncing 'Hartshorne' wrong for three years. Apologies to our Director of Finance. I'm an idiot.", "Self-deprecating 'I'm an idiot'; names an officer neutrally.", allowed=[OF])
hn("My speech on the budget tonight was, in technical terms, a car crash. I'll do better on Thursday.", "Self-critical idiom.")
hn("Me, chairing a meeting on digital inclusion, while failing to unmute myself for five minutes. Peak 2026.", "Self-deprecating.")
hn("I'm a dinosaur when it comes to TikTok, so the youth forum are teaching me. Pray for them.", "Self-deprecating.")

# thanking named officers (5)
hn("Huge thanks to Priti Raval and the housing team for getting a family on Netherfold Road rehoused within a week. Brilliant work.", "Thanks a named officer.", allowed=[OF])
hn("Carys Bellamy gave the clearest briefing on the local plan I've heard in ten years. Thank you.", "Thanks a named officer.", allowed=[OF])
hn("Thank you to Darren Whitehouse for sorting the fly-tipping on Canal Street so quickly. Residents are really grateful.", "Thanks a named officer.", allowed=[OF])
hn("Our Monitoring Officer Nadia Okonjo ran a really useful code of conduct refresher for new members today. Worth every minute.", "Thanks a named officer; mentions the code.", allowed=[OF])
hn("Credit where it's due: Lewis Hartshorne's team closed the accounts on time for the first time in years. Well done all.", "Thanks a named officer.", allowed=[OF])

# other near misses (17)
hn("Scam alert: fraudsters are phoning residents pretending to be from the council and asking for bank details. We will never ask for your card or PIN by phone.", "Scam warning; 'fraudsters' unnamed, 'PIN' as advice.", allowed=[DF, "security.credentials"])
hn("Correction: the leaflet going round Cawney Hill says the library is closing. It isn't. Here's the cabinet decision in full.", "Corrects a leaflet without calling anyone a liar.")
hn("Burglaries in Saltwells Cross are down 18% on last year according to Inspector Siddons. Keep locking those sheds.", "Crime statistics from a public office holder.")
hn("Jenna Aldridge MP and I don't agree on much, but she's been a strong voice on the hospital car parking. Thank you, Jenna.", "Thanks a public office holder.")
hn("Completed my anti-bribery and gifts training today. Reminder to colleagues: anything over £100 goes on the register within 28 days.", "'Bribery' in a training context.")
hn("Standards complaint against me has been dismissed. I thank the Monitoring Officer for a fair process and bear no grudge against whoever made it.", "Complaint outcome, no threat to complainant.", allowed=[OF])
hn("Oh good, another 60-page consultation with a 48-hour deadline. Love that for us. /s", "Sarcasm about a process, not a person.", allowed=[IR])
hn("I know where you live, say the bin men, and they still can't find Hawne Close. Joking aside, I've reported the missed streets.", "Quotes a threat idiom about bin crews humorously; no target threatened.", allowed=[BI, IR])
hn("The report into the depot fire doesn't blame anyone by name and nor should we. Let's wait for the findings.", "Restraint about blame.")
hn("Councillors are not immune from criticism. Criticise my votes, my speeches, my leaflets. That's democracy. Just leave my kids out of it.", "Sets a boundary without threatening anyone.")
hn("Had a long, frank and occasionally heated chat with Cllr Bagley about the market. Disagreed on most things, shook hands at the end.", "Describes civil disagreement.")
hn("The old Brindle Forge works was notorious for pollution in the 1970s. Good to see the new remediation plan take that history seriously.", "Historical criticism of a site, not an allegation against the current company.")
hn("Black Country dialect night at the library was bostin. Ow bist? Yow'll be theer next time, ar?", "Dialect; no insult.")
hn("I'll be honest, I was wrong about the LTN. The data shows traffic on side streets is down. Happy to say so.", "Admission of error.")
hn("Reminder: if you're worried a councillor has broken the code of conduct you can complain to the Monitoring Officer. That includes me.", "Encourages complaints.")
hn("The chamber got loud tonight. Passionate debate on the care home closures. That's what we're here for.", "Describes robust debate.")
hn("Nobody on this council is corrupt as far as I know, and people who say otherwise without evidence should think about the damage they do.", "Discusses corruption claims without making one.", allowed=[DF])

# ---------------- obfuscated variants (15) ----------------
VARIANTS = [  # (key of original, kind, word to disguise)
    ("al1", "star", "fucking"), ("pa11", "star", "parasite"), ("eq19", "star", "pikeys"),
    ("pa2", "digit", "waste"), ("df1", "digit", "liar"), ("al16", "digit", "bellend"),
    ("bi12", "zwsp", "bury"), ("al4", "zwsp", "fucked"),
    ("df2", "spaced", "backhander"), ("pa16", "spaced", "nasty"),
    ("eq17", "cyrillic", "Muslims"), ("bi3", "cyrillic", "regret"), ("al12", "cyrillic", "shitty"),
    ("pa10", "caps", None), ("bi20", "caps", None),
]
DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456"}

def disguise(text, kind, word):
    if kind == "caps":
        return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))
    assert word in text, (word, text)
    if kind == "star":
        vi = next(i for i, c in enumerate(word) if i > 0 and c in "aeiou")
        w = word[:vi] + "*" + word[vi + 1:]
    elif kind == "digit":
        vi = next(i for i, c in enumerate(word) if c in DIGITS)
        w = word[:vi] + DIGITS[word[vi]] + word[vi + 1:]
    elif kind == "zwsp":
        h = len(word) // 2
        w = word[:h] + "\u200b" + word[h:]
    elif kind == "spaced":
        w = " ".join(word)
    elif kind == "cyrillic":
        vi = next(i for i, c in enumerate(word) if c in CYR)
        w = word[:vi] + CYR[word[vi]] + word[vi + 1:]
    return text.replace(word, w, 1)

def load_people():
    import tomllib
    with open("council.toml", "rb") as fh:
        c = tomllib.load(fh)
    return {h: n for h, n in c["people"]["handles"].items() if n in c["people"]["councillors"]}

def main():
    rng = random.Random(SEED)
    handles = load_people()
    def pick_author(text):
        low = text.lower()
        ok = []
        for h, name in sorted(handles.items()):
            parts = [p.lower() for p in re.split(r"[ -]", name)] + [h.lower()]
            if name.split()[0] == "Oliver": parts.append("ollie")
            if any(re.search(r"\b" + re.escape(p) + r"\b", low) for p in parts if len(p) > 2):
                continue
            ok.append(h)
        return rng.choice(ok)
    days = []
    d = datetime.date(2026, 1, 5)
    while d <= datetime.date(2026, 3, 27):
        if d.weekday() < 5: days.append(d)
        d += datetime.timedelta(days=1)
    def stamp(date=None):
        day = datetime.date.fromisoformat(date) if date else rng.choice(days)
        t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        return t.isoformat() + "+00:00"
    rows = []
    for r in R:
        rows.append(dict(text=r["text"], author=pick_author(r["text"]), created_at=stamp(r["date"]),
                         platform=rng.choice(["x", "facebook", "bluesky"]), account="councillor", kind="post",
                         expect={"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
                         family=r["family"], kind_of_row="positive" if r["family"] != "hard_negative" else "hard_negative",
                         note=r["note"], _key=r["key"]))
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"B20-{i:04d}"
    bykey = {r["_key"]: r for r in rows if r["_key"]}
    n = len(rows)
    for key, kind, word in VARIANTS:
        o = bykey[key]
        allowed = list(o["expect"]["allowed"]) + ([HA] if kind == "caps" and HA not in o["expect"]["allowed"] else [])
        n += 1
        rows.append(dict(text=disguise(o["text"], kind, word), author=o["author"], created_at=stamp(),
                         platform=o["platform"], account="councillor", kind="post",
                         expect={"rules": list(o["expect"]["rules"]), "allowed": allowed, "verdict": o["expect"]["verdict"]},
                         family=o["family"], kind_of_row="positive",
                         note=f"Obfuscated variant ({kind}) of {o['id']}; same labels." + (" Shouting may raise haste advice." if kind == "caps" else ""),
                         variant_of=o["id"], id=f"B20-{n:04d}", _key=None))
    order = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note", "variant_of"]
    with open("posts.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in order if k in row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows")

if __name__ == "__main__":
    main()
