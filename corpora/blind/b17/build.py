#!/usr/bin/env python3
"""Blind set b17 (Brackenwold District Council): hand-written rows plus a
deterministic builder. Run: python3 build.py  -> posts.jsonl"""
import json, random, datetime, re

SEED = 1717
PA = "respect.personal-attack"; AL = "respect.abusive-language"
BI = "bullying.intimidation"; ED = "equality.discrimination"
DA = "defamation.allegation"; OI = "officers.impartiality"
IR = "tone.irony-risk"; DP = "data-protection.personal-data"
HP = "haste.pause-before-posting"

# (text, rules, allowed, verdict, note[, key])  key marks originals of variants
R, B = "review", "block"

PERSONAL = [
 ("Honestly Cllr Tetley couldn't find his way out of a paper bag with a map and a torch. How is this man in charge of our money?", [PA], [], R, "Idiomatic insult of a named councillor's competence, not his budget.", "pa1"),
 ("@CllrParbold you are a pompous little man who thinks a chairman's badge makes him important. It doesn't.", [PA], [], R, "Belittling insult addressed by @handle."),
 ("Watching Rosalind Uttley try to answer a question about flood defences is like watching a goldfish attempt a crossword.", [PA], [], R, "Mocking simile aimed at a named councillor's intelligence.", "pa3"),
 ("The planning officer who wrote this report is either thick or thinks we are. Probably both.", [PA, OI], [], R, "Insult aimed at an officer identified by role."),
 ("Marion Quickfall: all hairspray and no brains. Always has been.", [PA], [ED], R, "Insult of a named leader; gendered image so equality allowed."),
 ("Cllr Cawthorne opens his mouth and the collective IQ of the chamber drops twenty points. Remarkable talent, really.", [PA], [IR], R, "Mockery of a named councillor's intelligence; 'remarkable talent' is sarcastic, irony allowed.", "pa6"),
 ("Dear @KwameABLab, nobody in this town can stand you. Even your own group roll their eyes when you get up. Do everyone a favour and stay sat down.", [PA], [], R, "Personal contempt addressed by @handle, no policy content."),
 ("Hattie Swinderby is a spineless weathervane with the backbone of a jellyfish.", [PA], [], R, "Insult by metaphor of a named councillor.", "pa8"),
 ("Our portfolio holder for environment is a clueless embarrassment. A total waste of oxygen.", [PA], [], B, "Role-identified target; 'waste of oxygen' is dehumanising, so judged severe (block). Arguably review."),
 ("Yvette Stainsby's budget figures are fiction and frankly so is her competence. Who hired this woman?", [PA, OI], [ED, DA], R, "Insult of a named officer (s151); 'fiction' could read as dishonesty, 'this woman' gendered: both allowed."),
 ("Seun Petch is a nasty, sneering little creep and everyone in Saltcote knows it.", [PA], [], R, "Plain name-calling of a named councillor."),
 ("You're pathetic @TeoWisGreen. A grown man crying about hedgehogs while families can't afford heating.", [PA], [], R, "Addressed insult; the policy point is secondary to the contempt."),
 ("Lorna Freshney is the most useless councillor this district has ever had, and the competition was stiff.", [PA], [], R, "Insult of a named councillor with a sneer."),
 ("Somebody should tell the Chief Executive that nodding along and collecting £160k is not a personality. Utter empty suit.", [PA, OI], [], R, "Insult aimed at an officer named by role."),
 ("Ranjit, mate, you are a joke. A sad, attention-seeking joke. Nobody reads your threads.", [PA], [], R, "Addressed by first name, 'you'; pure contempt."),
 ("Clement Ingoldby is an idiot.", [PA], [], R, "Plain insult of a named councillor.", "pa16"),
 ("What a smug, self-satisfied, arrogant individual Desmond Tetley is. Makes my skin crawl just listening to him.", [PA], [], R, "String of personal insults at a named councillor.", "pa17"),
 ("The Lib Dem in Wraxholme is a parasite who feeds off other people's casework. Vermin, the lot of them.", [PA], [], B, "Dehumanising ('parasite', 'vermin') at an identifiable councillor and her party: severe, block."),
 ("Great contribution from @ShonaMcGLab at committee today... if you enjoy listening to a foghorn with nothing to say 🙄", [PA, IR], [], R, "Mock praise turning into an insult of an @handle: personal attack plus irony."),
 ("Gideon Parbold has the charm of a damp garden shed and about as much going on upstairs.", [PA], [], R, "Idiomatic insult of a named councillor's intelligence.", "pa20"),
 ("Ffion Aldred is a vacuous airhead who only got selected because the association wanted a pretty face on the leaflet.", [PA], [ED], R, "Insult of a named councillor; sex-based framing so equality allowed."),
 ("Imagine being Cllr Freshney and thinking anyone takes you seriously. Clown.", [PA], [], R, "Mockery and name-calling of a named councillor.", "pa22"),
 ("Head of Planning Lewin Tharp is a jobsworth pen-pusher with no spine and no clue. Replace him.", [PA, OI], [], R, "Insult of a named officer and a public demand to replace him."),
 ("The Reform man for Saltcote Fen is beneath contempt. A nothing of a man, a human shrug. The village deserves a councillor, not a gargoyle.", [PA], [], R, "Role-identified councillor, layered insults without swearing."),
]

ABUSIVE = [
 ("This fucking budget will gut every library in the district.", [AL], [], R, "Obscenity aimed at a policy: abusive language whatever the target, no personal attack.", "al1"),
 ("Cllr Cawthorne is a total bellend and I'll say it to his face.", [AL, PA], [], R, "Vulgar insult of a named councillor."),
 ("Absolute shite from the cabinet today. Shite plan, shite consultation, shite outcome.", [AL], [PA], R, "Repeated vulgarity at the cabinet's plan; group insult allowed."),
 ("Oh piss off @DesTetleyCon, you of all people lecturing us on prudence.", [AL, PA], [], R, "Vulgar dismissal addressed by @handle.", "al4"),
 ("Wolds Clearway Waste have made a right bollocks of the bin rounds again. Sort it out ffs.", [AL], [], R, "Vulgarity aimed at a contractor's service."),
 ("Marion Quickfall is a gobshite. There, I said it.", [AL, PA], [], R, "Vulgar insult of a named leader."),
 ("What a load of absolute bullshit in that press release. Nobody in Hendle Carr believes a word of it.", [AL], [], R, "Obscenity aimed at a press release, not a person."),
 ("@BarnabyCawReform go fuck yourself, you smirking twat.", [AL, PA], [], B, "Severe obscene abuse addressed by @handle: block.", "al8"),
 ("Twat of the week award goes to the Saltcote Fen Reform councillor for his latest video.", [AL, PA], [], R, "Obscene label for a role-identified councillor."),
 ("Shona McGeachie is a complete and utter arsehole to work with. Ask anyone.", [AL, PA], [], R, "Vulgar insult of a named councillor."),
 ("The state of this pissing planning committee. Fenstone Homes say jump and the chair says how high.", [AL], [PA, DA], R, "Vulgar at a committee; deference jibe at the chair could be read as improper influence, so PA and DA allowed."),
 ("Fuck the consultation, fuck the cabinet's excuses and fuck whoever thought cutting the Kettlesholme bus was a good idea.", [AL], [PA], R, "Obscene at decisions and decision-makers; personal attack allowed."),
 ("Dickhead Dougal at environmental services has done it again. Brown bins not collected for three weeks.", [AL, PA, OI], [], R, "Vulgar nickname for a named officer.", "al13"),
 ("Teo Wisniewski is a sanctimonious prick.", [AL, PA], [], R, "Vulgar insult of a named councillor."),
 ("Crap roads, crap buses, crap council. Brackenwold deserves better than this shower of shit.", [AL], [PA], R, "Vulgarity at the council; 'shower' covers the people so PA allowed."),
 ("Whoever signed off the Gannerby car park contract is a fucking moron.", [AL, PA], [], R, "Obscene insult of the (identifiable) decision-maker."),
 ("Kwame is a knobhead. Genuinely the biggest knobhead in local politics.", [AL, PA], [], R, "Vulgar insult of a named councillor by first name.", "al17"),
 ("These cuts are a steaming pile of crap and the people making them should be ashamed of themselves.", [AL], [PA], R, "Vulgarity at a policy; 'should be ashamed' is robust criticism; PA allowed."),
 ("Cllr Uttley you vile, poisonous cow, I hope every voter in Saltcote Fen spits when they hear your name.", [AL, PA], [ED, BI], B, "Severe gendered abuse addressed to a named councillor: block; gendered slur allows equality, wish allows intimidation."),
 ("Hattie is talking absolute bollocks about the ward boundaries, as per.", [AL], [PA], R, "Vulgar about what a named councillor said; PA allowed."),
 ("Arse-covering, arse-licking, arse-about-face. That's our cabinet summed up.", [AL], [PA], R, "Vulgar characterisation of the cabinet as a group."),
 ("FFS. The bloody idiots in cabinet signed the waste contract extension without a single question. Pillocks.", [AL, PA], [HP], R, "Insults aimed at cabinet members with mild vulgarity; 'FFS' in caps a rage marker, haste allowed."),
 ("This council couldn't organise a piss-up in a brewery and the shitshow at Hendle Carr depot proves it.", [AL], [], R, "Obscenity ('shitshow') aimed at the council; the brewery idiom alone would be fine."),
 ("Listening to Ingoldby drone on is like being waterboarded with dishwater. Christ on a bike, what a tosser.", [AL, PA], [], R, "Vulgar insult of a named councillor."),
]

THREAT = [
 ("Cllr Petch, I'd think very carefully before you vote against the bypass. People in Saltcote have long memories and you have to walk home somehow.", [BI], [PA], B, "Veiled threat of harm tied to a vote.", "bi1"),
 ("To whoever complained to the Monitoring Officer about me: I know exactly who you are, and I won't forget it.", [BI], [], B, "Threat against a complainant."),
 ("@TeoWisGreen keep pushing the cycle lane and see what happens. Just saying.", [BI], [IR], B, "Veiled threat by @handle."),
 ("Nice house you've got on Mill Lane, @HattieSwinLD. Would be a shame if the whole village found out what you've been up to.", [BI], [DP, DA], B, "Intimidation naming where she lives, with an insinuation.", "bi4"),
 ("Shona McGeachie will regret crossing me on the licensing panel. Mark my words.", [BI], [PA], B, "'Will regret' threat at a named councillor."),
 ("Any officer who leaks to the press again will be hunted down, and I will personally make sure they never work in local government again.", [BI, OI], [], B, "Threat aimed at officers."),
 ("Cerys Maddocks might remember that officers' contracts come up for review, and members sit on the panel. Just a thought before her next report.", [BI, OI], [], B, "Veiled threat to a named officer's job to change her advice."),
 ("If Barnaby turns up at the Gannerby hustings he'd better bring a bodyguard.", [BI], [], B, "Implied threat of violence.", "bi8"),
 ("Ranjit, drop the complaint, or I'll make your life a misery on every committee you sit on. Your choice.", [BI], [], B, "Threat against a complainant councillor."),
 ("I've got a list of every resident who signed that petition against me. I'll be remembering names come grant time.", [BI], [], B, "Intimidation of residents via council grants."),
 ("Next time Cllr Aldred interrupts me in committee I'll give her something to really cry about.", [BI], [PA, ED], B, "Threat; 'cry about' gendered, equality allowed."),
 ("Let's all make sure @LornaFreshneyInd has a really uncomfortable few weeks. You know what to do, folks 😉", [BI], [IR], B, "Incitement to a pile-on with a wink."),
 ("We know which school your kids go to, Desmond. Think about that next time you talk about closing ours.", [BI], [DP], B, "Threat invoking the councillor's children.", "bi13"),
 ("The witness who spoke at the standards hearing is going to find Hendle Carr a very lonely place from now on.", [BI], [], B, "Threat against a witness."),
 ("Keep it up Kwame. Every time you open your mouth I add another page to the file. When it lands you won't know what's hit you.", [BI], [], B, "Menacing build-up of a 'file'."),
 ("Rosalind Uttley should be dragged out of that chamber by her ankles, and I'd happily hold one.", [BI], [PA], B, "Violent image with the author volunteering."),
 ("Parbold deserves to be humiliated. I'm printing his worst quotes on placards and we'll stand outside his daughter's work every Saturday until he quits.", [BI], [DP, PA], B, "Humiliation campaign targeting family."),
 ("Clem, a friendly word: the farmers round Kettlesholme aren't people you want to upset. Vote the wrong way on the solar farm and you'll find out why.", [BI], [], B, "'Friendly word' veiled threat.", "bi18"),
 ("I am going to find you @BarnabyCawReform and you will be sorry.", [BI], [], B, "Plain threat."),
 ("Dougal Fenby: sort the Saltcote bins by Friday or I'll be round your office with twenty angry residents and a camera, and we won't leave.", [BI, OI], [], B, "Intimidation of a named officer."),
 ("People thinking of standing against me in May should know I play dirty and I don't lose. Ask the last one.", [BI], [], B, "Menacing warning to would-be candidates."),
 ("Tell the resident who reported my parking that I've seen the CCTV and I know which house it was.", [BI], [DP], B, "Threat against a complainant resident."),
 ("Some councillors need a proper slap to wake them up. Cawthorne first in the queue.", [BI], [PA], B, "Violence wished at a named councillor."),
 ("Any Lib Dem who shows their face canvassing on the Ings estate will get a warm welcome 🔥🔥 if you catch my drift", [BI], [IR], B, "Coded threat to a group, with fire emoji."),
]

EQUAL = [
 ("Cllr Ashdown-Boateng should go back to wherever his family came from before he tells Brackenwold how to live.", [ED], [PA], B, "'Go back' racist trope at a named councillor.", "ed1"),
 ("Say what you like, but a woman of Marion's age has no business running a district. Time she retired to her knitting.", [ED], [PA], B, "Age and sex as disqualification."),
 ("Another Traveller site? Lock your sheds, Hendle Carr. We all know what comes with them.", [ED], [], B, "Coded criminality stereotype of Travellers (ethnicity).", "ed3"),
 ("Ffion's back from maternity leave and already off again with the baby. This is why you can't give serious portfolios to young mums.", [ED], [PA], B, "Pregnancy/maternity and sex."),
 ("The Polish shops on Bridge Street are fine but let's be honest, that's where half the crime on that street comes from.", [ED], [], B, "National-origin crime stereotype framed as reasonable."),
 ("Teo can't even pronounce Saltcote properly. Foreigners shouldn't be making decisions about English villages.", [ED], [PA], B, "National origin as disqualification, named target."),
 ("Wheelchair users on the planning site visits just slow everyone down. Some roles aren't for everyone.", [ED], [], B, "Disability as disqualification."),
 ("Equal marriage was a mistake and Cllr Ingoldby parading his 'husband' round the civic dinner proves it.", [ED], [PA], B, "Sexual orientation and marriage; scare quotes."),
 ("We've got two Muslim councillors on planning now. Can't expect them to vote fairly on the mosque car park, can you.", [ED], [], B, "Religion as presumed bias.", "ed9"),
 ("Trans 'women' in the council's women's network. Blokes in lipstick. Embarrassing.", [ED], [PA, AL], B, "Gender reassignment: demeaning group."),
 ("Not being funny but the Eastern Europeans on the Ings estate breed like rabbits and then want bigger council houses.", [ED], [AL], B, "Dehumanising national-origin stereotype."),
 ("Hattie Swinderby should stick to the school run and leave the budget to the men.", [ED], [PA], B, "Sex-based dismissal of a named councillor.", "ed12"),
 ("Old Clement Ingoldby is past it. Doddery, smells of Werther's. Over-75s should be barred from standing.", [ED, PA], [], B, "Age-based mockery of a named councillor plus a call to bar an age group."),
 ("Funny how every time there's a problem with taxi licensing it's the same community. You know the one.", [ED], [], B, "Coded racial insinuation ('you know the one')."),
 ("Seun Petch was only picked because the Lib Dems needed a black face on the leaflet. Tokenism, nothing more.", [ED, PA], [], B, "Race used to demean a named councillor."),
 ("The Jewish landlords in Brackenwold Town always seem to do very well out of these grants, don't they.", [ED], [DA], B, "Antisemitic trope by insinuation.", "ed16"),
 ("Gay people shouldn't be allowed to foster in this district. Simple as.", [ED], [], B, "Plain discrimination by sexual orientation."),
 ("Kwame's lot are always the loudest at meetings. It's cultural, isn't it.", [ED], [PA], B, "Coded racial stereotype."),
 ("Disabled bays outside the town hall are wasted on scroungers faking it. Half of them walk better than me.", [ED], [], B, "Disabled people cast as fakers."),
 ("Rosalind's clearly going through the change. Explains the meltdown in cabinet.", [ED, PA], [], B, "Sex and age (menopause) mockery of a named councillor."),
 ("The gypsies who've pitched up on Saltcote Fen aren't residents, they're a plague. Move them on before they strip the place bare.", [ED], [AL], B, "Dehumanising Gypsy/Traveller ethnicity.", "ed21"),
 ("Why is the council paying for a prayer room? If they want to pray five times a day they can do it back home.", [ED], [], B, "Religion and 'back home' race trope."),
 ("Pregnant and on the cabinet? Somebody needs their head examining. She'll be no use to anyone by summer.", [ED], [PA], B, "Pregnancy as incapacity."),
 ("Ranjit Dhillon-Ware wants us to respect 'all faiths'. Funny how his lot never respect ours. Turbans off in the chamber, I say.", [ED], [PA], B, "Religion (Sikh turban) targeted at a named councillor."),
]

DEFAME = [
 ("Everyone knows Gideon Parbold's brother-in-law got the Wraxholme drainage contract. Funny how that works.", [DA], [], R, "Implied corruption (nepotism) by insinuation.", "da1"),
 ("Desmond Tetley has had his snout in the trough for fifteen years and his expenses show it.", [DA], [PA], R, "Idiom alleging dishonest expenses."),
 ("Fenstone Homes paid off the planning committee. There's no other explanation for the Gannerby decision.", [DA], [], B, "Bribery stated as fact about a company and committee."),
 ("@CllrParbold took a backhander from Fenstone, plain and simple. Twenty grand in a brown envelope.", [DA], [PA], B, "Specific bribe stated as fact.", "da4"),
 ("Marion Quickfall lied to full council about the leisure centre figures. Lied. Not misspoke.", [DA], [PA], R, "Dishonesty alleged as fact."),
 ("Wolds Clearway Waste are fiddling their tonnage returns to claim more off the council. Someone call the auditors.", [DA], [], B, "Fraud stated as fact about a company."),
 ("Lorna Freshney fills in her mileage claims like a novelist. Creative accounting at our expense.", [DA], [PA], R, "Idiom implying false claims."),
 ("Alistair Mowbray buried the auditor's report to save his own skin. Cover-up, pure and simple.", [DA, OI], [PA], R, "Misconduct alleged of a named officer.", "da8"),
 ("Cawthorne is a fraudster. He ran a cowboy building firm in Lincoln and left half the street unpaid.", [DA, PA], [], B, "'Fraudster' label plus specific conduct."),
 ("Shona McGeachie fiddled the postal votes in Gannerby. I've seen the envelopes.", [DA], [], B, "Electoral fraud alleged as fact."),
 ("Yvette Stainsby has been cooking the books on the reserves for two years. Finance director my foot.", [DA, OI], [PA], R, "Idiom alleging dishonesty by a named officer."),
 ("The Green councillor for Hendle Carr is in the pocket of the wind farm lobby. Ask him who paid for his 'fact-finding' trip.", [DA], [], R, "Insinuated improper payment to an identifiable councillor."),
 ("Kwame Ashdown-Boateng is a liar and always has been.", [DA, PA], [], R, "'X is a liar'.", "da13"),
 ("Clem Ingoldby's farm got permission for six barns while he sat on the committee. Bent as a nine-bob note.", [DA], [PA], R, "Corruption idiom tied to a specific decision."),
 ("Cerys Maddocks was got at by the developer before she wrote that report. Officers don't change their minds that fast for free.", [DA, OI], [], R, "Hedged bribery insinuation about a named officer. Arguably block."),
 ("Hattie Swinderby stole from the Wraxholme village hall fund when she was treasurer. That's why she quit.", [DA], [PA], B, "Theft stated as fact.", "da16"),
 ("Teo's 'community energy' co-op is a scam to line his own pockets.", [DA], [PA], R, "Dishonesty idiom about a named councillor."),
 ("Rosalind Uttley's husband's firm has had £300k from this council without a tender. Corrupt from top to bottom.", [DA], [], R, "Corruption label tied to a specific claim."),
 ("Dougal Fenby has been taking kickbacks from Wolds Clearway for years. Everyone at the depot knows.", [DA, OI], [], B, "Bribery of a named officer stated as fact."),
 ("Barnaby Cawthorne has a conviction for assault he's never declared. Look it up.", [DA], [DP], B, "Criminal record alleged as fact; data-protection allowed (criminal record)."),
 ("Ranjit Dhillon-Ware rigged the selection meeting and everyone in Brackenwold Labour knows it.", [DA], [], R, "Misconduct (rigging) alleged as fact.", "da21"),
 ("The Kettlesholme Sports Club treasurer has been helping himself to the lottery grant. Ask where the new minibus went.", [DA], [], R, "Theft by idiom about a person identifiable by role."),
 ("Seun Petch is as crooked as they come. Wouldn't trust him with the raffle tickets.", [DA, PA], [], R, "'Crooked' label."),
 ("Lewin Tharp and Fenstone Homes are thick as thieves. Every application they put in sails through. You do the maths.", [DA, OI], [], R, "Corruption insinuated about a named officer and company."),
]

HARD = [
 # harsh criticism of policies and decisions
 ("The cabinet's parking charges are a shambles from start to finish and they should be ashamed of what they've done to Bridge Street traders.", [], "policy criticism"),
 ("This budget is a disgrace. Libraries, youth clubs, the Kettlesholme bus: all gone so the leadership can boast about a council tax freeze.", [], "policy criticism"),
 ("Idiotic decision to close the Saltcote Fen recycling centre. Fly-tipping will triple and we'll all pay to clear it.", [], "'idiotic' aimed at a decision"),
 ("The waste contract extension was rushed through with no scrutiny. That's not how a council should spend £14m.", [], "process criticism"),
 ("£4 to park for an hour at Gannerby? Daylight robbery, and the cabinet knows it.", [], "'daylight robbery' idiom about charges"),
 ("I've read the leisure centre business case three times. The numbers don't add up and I'll be asking why at scrutiny.", [], "robust scrutiny, no allegation of dishonesty"),
 ("Cllr Tetley's budget is the worst I've seen in twelve years on this council. I'll be voting against every line of it.", [], "harsh criticism of a named councillor's budget, not him"),
 ("The planning committee got the Wraxholme decision badly wrong. We'll be supporting residents who want to challenge it through the proper channels.", [], "criticism of a decision"),
 ("Absolutely furious about the bus cuts. Pensioners in Kettlesholme are now cut off from the surgery. This is a failure of leadership.", [], "angry but policy-aimed"),
 ("The Reform group's motion on flags is a pointless distraction from the housing crisis.", [], "criticism of a motion"),
 ("Labour's alternative budget is fantasy economics. Pretty slogans, no costings.", [], "criticism of a party's budget"),
 ("The Lib Dems have flip-flopped on the bypass three times in a year. Voters deserve to know where they actually stand.", [], "criticism of a party's record"),
 ("The Greens' plan to ban cars from the market square would kill the Saturday market stone dead.", [], "'kill stone dead' idiom about a policy"),
 ("Wolds Clearway's performance on brown bins has been poor all winter and the contract penalties should be applied in full.", [], "criticism of a contractor's performance, no misconduct alleged"),
 ("Fenstone Homes' Gannerby scheme is too dense, too tall and in the wrong place. I'll be making that case at committee.", [], "objection to a scheme"),
 ("The consultation on the town hall sale was a sham exercise: four weeks over Christmas, one drop-in, no paper copies.", [], "'sham' aimed at a process"),
 ("I disagree with every word Cllr Cawthorne said about the asylum hotel tonight, and I'll say why at full council.", [], "disagreement with a named councillor's views"),
 ("The administration has lost control of the capital programme. Three projects, three overspends, zero apologies.", [], "harsh criticism of administration"),
 ("Cutting the flood warden grant in Saltcote Fen is reckless and short-sighted. Ask anyone who was here in 2019.", [], "policy criticism"),
 ("The new bin calendar is a mess. Whoever designed it has never tried to read it at 7am in the rain. Let's fix it.", [], "criticism of a product, mild"),
 ("Spending £90k on a rebrand while the potholes on the Wolds road swallow cars whole is obscene.", [], "'obscene' aimed at spending; near miss for abusive-language"),
 ("The leadership's handling of the Hendle Carr depot fire was slow, confused and defensive. We need an independent review.", [], "criticism of handling"),
 ("Frankly the cabinet's housing strategy is a dog's dinner. Let's start again with the people on the waiting list in the room.", [], "idiom aimed at a strategy"),
 ("My opposite number's speech on the budget was full of holes. Here's my thread on where the figures fall apart 🧵", [], "criticism of a speech's arguments"),
 ("Shameful vote tonight. Every Conservative councillor voted to end free swimming for under-16s. Remember that in May.", [], "criticism of a vote record"),
 ("Wrong, wrong, wrong. The cabinet's decision on the market tolls will empty the square. I've called it in.", [], "emphatic policy disagreement"),
 ("The leader's claim that reserves are 'healthy' is not supported by the s151 report. I've asked for the figures to be published.", [], "correcting a claim without calling anyone a liar"),
 ("The administration is sleepwalking into a section 114 notice and nobody in cabinet seems bothered.", [], "harsh criticism of financial management"),
 # resignation calls
 ("After three overspends and a damning audit, the Cabinet Member for Finance should do the decent thing and resign.", [], "resignation call on the record"),
 ("Resign, Desmond. The bus cuts happened on your watch and Kettlesholme is paying for it.", [PA], "resignation call by first name; PA allowed"),
 ("I'm calling on the Chair of Planning to step down from the committee while the Wraxholme decision is reviewed.", [], "resignation call, procedural"),
 ("The leader has lost the confidence of this council. It's time for a vote of no confidence, and I'll be tabling it.", [], "no-confidence motion"),
 ("If Cllr Cawthorne can't accept the standards panel's finding he should stand down and let Saltcote Fen choose again.", [], "resignation call based on a finding"),
 ("Time for a new Labour group leader. Two lost by-elections and no plan. Nothing personal, Kwame, but it's time.", [PA], "resignation call; PA allowed"),
 ("The Environment portfolio holder promised the depot would be fixed by Christmas. It isn't. She should go.", [], "resignation call based on record"),
 ("I've said it in the chamber and I'll say it here: the cabinet should resign en masse over the leisure centre fiasco.", [], "group resignation call"),
 ("Voters in Wraxholme deserve a councillor who turns up. Four meetings missed out of six. Step aside and let someone else do it.", [], "resignation call based on attendance (published figures)"),
 ("Calling on the administration to stand down and let an all-party group run the recovery plan.", [], "political call"),
 # counter-speech quoting abuse
 ("Someone left a comment calling Cllr Petch a 'black face on a leaflet'. That's racist and it's been reported. Seun is an excellent councillor.", [ED], "counter-speech quoting racist abuse"),
 ("A man shouted 'go back where you came from' at my colleague Kwame outside the library today. Not in our town. Not ever.", [ED], "condemning racist abuse"),
 ("I've had emails calling me a 'stupid cow' and worse since the budget vote. Disagree with me all you like, but that language has no place here.", [AL], "councillor reporting abuse received"),
 ("'Lock your sheds' is not a planning objection. It's a slur on the Traveller community and I won't accept it in my ward.", [ED], "counter-speech on anti-Traveller trope"),
 ("To the people calling Cllr Wisniewski a 'foreigner' for daring to have an opinion on Saltcote: he has lived here 22 years. Pack it in.", [ED], "counter-speech"),
 ("'Blokes in lipstick' is the kind of hate our trans residents put up with every day. The women's network welcomes trans women. Full stop.", [ED], "counter-speech for trans inclusion"),
 ("Being told I 'should stick to the school run' by a constituent this morning tells you everything about how far we still have to go.", [ED], "counter-speech on sexist remark"),
 ("Someone graffitied 'scum' on the Labour office door overnight. We disagree with Labour on plenty, but this is vile and I've told the police.", [PA], "condemning abuse of opponents"),
 ("Threats like 'we know where your kids go to school' are being sent to councillors across the district. Report them. Don't engage.", [BI], "counter-speech quoting a threat"),
 ("Calling Travellers 'a plague' is dehumanising and, frankly, a disgrace from anyone seeking public office.", [ED], "counter-speech"),
 ("No, Muslim councillors are not 'biased by birth' on the mosque application. Every member declares interests under the same code.", [ED], "counter-speech"),
 ("Read the comments under our Pride post and you'll see why we still need Pride. Hateful stuff. I've removed it and blocked the accounts.", [], "counter-speech, no quote"),
 # hate-crime reports
 ("Appalled to hear of the antisemitic graffiti at the Brackenwold Town cemetery. Police are investigating; please share any dashcam footage.", [], "hate-crime report"),
 ("A Polish-owned shop on Bridge Street had its window smashed last night in what police are treating as a hate crime. Pop in and show some support today.", [], "hate-crime report"),
 ("Chief Inspector Nethercott confirms extra patrols near the gurdwara after Saturday's incident. Thank you to everyone who stood with the sangat.", [], "hate-crime report, named public office holder"),
 ("If you've experienced disability hate crime you can report it online, by phone, or through our third-party reporting centre at the library.", [], "information on reporting"),
 ("Homophobic attack outside the Red Lion in Gannerby at the weekend. Thinking of the two young men involved. Hate has no home here.", [], "hate-crime report"),
 ("Racist stickers found on lamp posts along Station Road. Highways are removing them today. Please photograph and report any you see.", [], "hate-crime report"),
 ("Reports of Muslim women having hijabs pulled in the town centre. Absolutely unacceptable. Police aware; please report anything you see.", [], "hate-crime report"),
 # supportive or neutral mentions of protected groups
 ("Lovely afternoon at the Brackenwold Town Gurdwara. Thank you for the langar and the warm welcome 🙏", [], "supportive, religion"),
 ("Holocaust Memorial Day service at the war memorial this morning. We remember the six million and all victims of persecution.", [], "HMD", (1, 27)),
 ("Proud to march with Brackenwold Pride again this year. Love is love 🏳️‍🌈", [], "supportive, sexual orientation"),
 ("Trans women are women. Our council's policies should reflect that, and I'll keep saying it.", [], "supportive, gender reassignment"),
 ("As a wheelchair user myself, the new ramp at Gannerby station is a game-changer. Thanks to everyone who campaigned for it.", [], "own disability, supportive"),
 ("Ramadan Mubarak to all our Muslim residents. Iftar at the community centre this Friday, everyone welcome.", [], "supportive, religion", (2, 19)),
 ("Happy Lunar New Year to everyone celebrating in Brackenwold! Year of the Horse 🐎", [], "supportive", (2, 17)),
 ("Our older residents built this district. The winter warmth hubs are open every weekday at the library and church hall.", [], "supportive, age"),
 ("Congratulations to Cllr Aldred on the birth of her daughter! Ffion's casework is being covered by ward colleagues while she's on leave.", [], "neutral, maternity", ),
 ("International Women's Day: 6 of our 14 councillors are women. Not enough yet, but a lot more than when I was first elected.", [], "IWD, sex", (3, 6)),
 ("The Traveller Education Service does brilliant work with Gypsy, Roma and Traveller families across the district. Funding must stay.", [], "supportive, ethnicity"),
 ("Neurodivergent residents told us the council website is hard to use. We listened, and the new version goes live on Monday.", [], "supportive, disability"),
 ("My husband and I celebrated our 10th wedding anniversary this weekend. Thanks for the lovely cards, Kettlesholme ❤️", [], "councillor's own same-sex marriage implied, neutral"),
 ("Good to meet the Brackenwold Deaf Club today. BSL interpretation at full council is long overdue and I'll be pushing for it.", [], "supportive, disability"),
 ("The Polish Saturday School is looking for a new hall. If any church or community group can help, please get in touch.", [], "neutral, national origin"),
 ("St David's Day greetings from a Welsh girl a long way from home. Cymru am byth! 🏴󠁧󠁢󠁷󠁬󠁳󠁿", [], "own identity", (3, 2)),
 ("Black History Month planning meeting tonight. We want local stories: the first black mayor of Brackenwold deserves a plaque.", [], "supportive, race"),
 ("Pregnant councillors should be able to attend remotely. Changing the standing orders is the least we can do.", [], "supportive, pregnancy; near miss for ED"),
 # civil debate on immigration and Traveller sites
 ("I have real concerns about the Home Office using the Wolds Hotel for asylum seekers: no consultation, no GP capacity. Those are questions for the Home Office, not the people in the hotel.", [], "civil immigration debate"),
 ("Net migration is a legitimate subject for debate. What isn't legitimate is blaming individual families for the housing waiting list.", [], "civil immigration debate"),
 ("The proposed Traveller transit site at Hendle Carr needs proper drainage and access. I'll be asking officers for the highways assessment.", [], "civil Traveller site debate"),
 ("We have a legal duty to assess Gypsy and Traveller accommodation need. Unauthorised encampments are what happens when councils don't.", [], "civil Traveller site debate"),
 ("I oppose the asylum hotel plan because of the site, not the people. Please keep comments on my page respectful.", [], "civil immigration debate"),
 ("Reform's motion on 'stopping the boats' is a national issue. This council can't control immigration, so why are we debating it?", [], "civil debate"),
 ("Residents on Saltcote Fen have raised concerns about an unauthorised encampment. The council's enforcement team has visited and a welfare check is being done.", [], "neutral, Traveller encampment"),
 ("Migrant workers keep the Wolds farms and packhouses going. Any debate about immigration has to start there.", [], "civil immigration debate"),
 ("The asylum dispersal numbers for Brackenwold are published today: 38 people. I'll post the Home Office letter in full.", [], "neutral numbers"),
 ("Our party's position: fewer hotels, faster decisions, proper funding for councils that host. Here's the motion we're bringing.", [], "civil immigration debate"),
 # banter and idioms
 ("Cllr Freshney absolutely murdered Mr Brightside at the charity karaoke. Never seen anything like it 🎤😂", [], "banter idiom 'murdered'"),
 ("Brackenwold Town 4-0 Gannerby Rovers. A bloodbath. Commiserations to my Gannerby colleagues, see you at committee 😄", [], "football banter"),
 ("Bloody brilliant turnout at the Saltcote Fen litter pick today. 40 bags filled!", [], "'bloody brilliant'"),
 ("The new planning portal is a killer app. Finally something that works first time.", [], "'killer app' idiom"),
 ("Cllr Tetley has challenged me to a bake-off for Comic Relief. Desmond, you're going down 🍰", [], "friendly challenge, near miss for threats"),
 ("We're coming for every seat in May. Every single one. Watch this space 🗳️", [], "campaign rhetoric, near miss for intimidation"),
 ("My ward colleague Clem is a legend. Eighty-one and out gritting paths at 7am with the rest of us.", [], "praise mentioning age"),
 ("Lost the pub quiz to the Lib Dem table again. Hattie, you are a menace. Rematch next month.", [IR, PA], "banter, 'menace' affectionate"),
 ("That storm absolutely battered the Wolds road last night. Crews out since dawn, hats off to them.", [], "weather idiom"),
 ("Teo brought his famous beetroot brownies to group meeting. Dangerous stuff. I've had three.", [], "banter"),
 ("Sorry Kwame, your quiz team got slaughtered fair and square 😂 Drinks on me next time.", [], "banter 'slaughtered'"),
 ("Dragged myself up Gannerby Hill for the charity walk. My knees will never forgive me.", [], "banter idiom 'dragged'"),
 # self-deprecation
 ("Spent twenty minutes trying to unmute myself on the Teams call. I am a dinosaur, clearly.", [], "self-deprecation"),
 ("I'm an idiot: I put the wrong date on my surgery leaflet. It's Saturday 14th, not Friday. Apologies all!", [], "self-deprecation, 'idiot' about self"),
 ("Honestly, my handwriting on the casework forms is criminal. Apologies to whoever has to type them up.", [], "'criminal' idiom about self"),
 ("Old, bald and still can't parallel park. But I can tell you the state of every pothole in Wraxholme.", [], "self-deprecation about age"),
 ("Note to self: don't wear suede shoes to a flood site visit. Lesson learned, pride wounded.", [], "self-deprecation"),
 ("First budget speech done. Stumbled over the numbers, dropped my notes, went bright red. Got there in the end!", [], "self-deprecation"),
 # thanking named officers
 ("Huge thanks to Dougal Fenby and the environmental services team for clearing the fly-tip on Mill Lane within a day.", [OI], "thanking a named officer"),
 ("Thank you to Cerys Maddocks for a really clear briefing on the local plan for new members. Much appreciated.", [OI], "thanking a named officer"),
 ("Yvette Stainsby and the finance team worked all weekend on the budget papers. Whatever we think of the budget, the work behind it is first class.", [OI], "thanking a named officer"),
 ("Grateful to Patience Okonjo-Hale for the refresher on the code of conduct today. Useful for old hands as well as new ones.", [OI], "thanking the monitoring officer"),
 ("Alistair Mowbray's message to staff after the depot fire was spot on. Thank you to everyone who worked through that night.", [OI], "thanking the chief executive"),
 ("Lewin Tharp's team turned round the Kettlesholme village hall application in record time. Credit where it's due.", [OI], "thanking a named officer"),
 # other traps
 ("SCAM WARNING: fraudsters are phoning residents pretending to be from the council and asking for bank PINs. We will never ask for your PIN.", ["security.credentials", HP], "scam warning using 'fraudsters' and 'PIN'; caps in the warning, haste allowed"),
 ("All councillors completed anti-bribery and fraud awareness training today. Worth every minute.", [], "crime words in a neutral context"),
 ("The leaflet going round Gannerby says we closed the library. We didn't: it moved to the community hub. Here's the cabinet report.", [], "correcting a leaflet without calling anyone a liar"),
 ("Police figures out today: burglary down 12% across the district, shoplifting up. I'll raise shop theft at the community safety partnership.", [], "crime statistics"),
 ("Harriet Coningsby MP and I don't agree on much, but we're both backing the Saltcote Fen flood bid. Good.", [], "named MP, neutral"),
 ("Yes, another consultation on the bin calendar. Because the last four went so well. 🙃", [IR], "sarcasm about a process, not a person"),
 ("The Standards Committee found no breach in the complaint against me. I respect the process and I'm getting back to work.", [], "neutral standards outcome"),
 ("Don't let anyone tell you the Kettlesholme bus is safe. It isn't. Come to the public meeting on Thursday and make your voice heard.", [], "campaign call, near miss for intimidation"),
]

VARIANTS = [  # (key, kind, word)
 ("pa16", "star", "idiot"), ("pa22", "digit", "Clown"), ("pa8", "zwsp", "spineless"), ("pa17", "cyr", "arrogant"), ("pa20", "caps", None),
 ("al1", "star", "fucking"), ("al4", "spaced", "piss"), ("al8", "digit", "twat"), ("al13", "zwsp", "Dickhead"), ("al17", "cyr", "knobhead"),
 ("bi1", "caps", None), ("bi8", "spaced", "bodyguard"), ("bi13", "cyr", "school"), ("bi18", "zwsp", "upset"),
 ("ed1", "star", "back"), ("ed3", "digit", "sheds"), ("ed12", "caps", None), ("ed21", "spaced", "plague"),
 ("da4", "cyr", "backhander"), ("da16", "digit", "stole"),
]

CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456"}
DIG = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7", "Q": "9"}

def obfuscate(text, kind, word):
    if kind == "caps":
        return re.sub(r"@\w+|[^@]+", lambda m: m.group(0) if m.group(0).startswith("@") else m.group(0).upper(), text)
    assert word in text, (word, text)
    w = word
    if kind == "star":
        i = len(w) // 2
        nw = w[:i] + "*" + w[i + 1:]
    elif kind == "digit":
        for i, ch in enumerate(w):
            if ch in DIG and i > 0:
                nw = w[:i] + DIG[ch] + w[i + 1:]; break
        else:
            raise ValueError(w)
    elif kind == "zwsp":
        i = len(w) // 2
        nw = w[:i] + "\u200b" + w[i:]
    elif kind == "spaced":
        nw = " ".join(w)
    elif kind == "cyr":
        for i, ch in enumerate(w):
            if ch in CYR:
                nw = w[:i] + CYR[ch] + w[i + 1:]; break
    return text.replace(w, nw)

def load_people():
    import tomllib
    with open("council.toml", "rb") as f:
        c = tomllib.load(f)
    handles = {h: n for h, n in c["people"]["handles"].items() if n in c["people"]["councillors"]}
    return handles

def main():
    rng = random.Random(SEED)
    handles = load_people()
    rows = []
    for fam, block in [("respect.personal-attack", PERSONAL), ("respect.abusive-language", ABUSIVE),
                       ("bullying.intimidation", THREAT), ("equality.discrimination", EQUAL),
                       ("defamation.allegation", DEFAME)]:
        for r in block:
            text, rules, allowed, verdict, note = r[:5]
            rows.append(dict(text=text, rules=list(rules), allowed=list(allowed), verdict=verdict,
                             note=note, family=fam, kind_of_row="positive", key=r[5] if len(r) > 5 else None, date=None))
    for r in HARD:
        text, allowed, note = r[:3]
        rows.append(dict(text=text, rules=[], allowed=list(allowed), verdict="ok", note="Hard negative: " + note,
                         family="hard_negative", kind_of_row="hard_negative", key=None, date=r[3] if len(r) > 3 else None))
    bykey = {r["key"]: r for r in rows if r["key"]}
    variants = []
    for key, kind, word in VARIANTS:
        o = bykey[key]
        allowed = list(o["allowed"]) + ([HP] if kind == "caps" and HP not in o["allowed"] else [])
        variants.append(dict(text=obfuscate(o["text"], kind, word), rules=list(o["rules"]), allowed=allowed,
                             verdict=o["verdict"], note=f"Obfuscated variant ({kind}) of the row for key {key}: same labels. " + o["note"],
                             family=o["family"], kind_of_row="positive", key=None, date=None, variant_of_key=key, vkind=kind))
    allrows = rows + variants
    rng.shuffle(allrows)
    # ids
    for i, r in enumerate(allrows, 1):
        r["id"] = f"B17-{i:04d}"
    idmap = {r["key"]: r["id"] for r in allrows if r.get("key")}
    start = datetime.date(2026, 1, 5)
    days = [start + datetime.timedelta(d) for d in range(82) if (start + datetime.timedelta(d)).weekday() < 5]
    def pick_author(text):
        low = text.lower()
        cands = []
        for h, n in sorted(handles.items()):
            parts = [p.lower() for p in re.split(r"[ \-]", n)] + [h.lower()]
            if any(p in low for p in parts):
                continue
            cands.append(h)
        return rng.choice(cands)
    orig_author = {}
    out = []
    for r in allrows:
        if r.get("variant_of_key"):
            continue
        r["author"] = pick_author(r["text"]); r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        if r.get("key"):
            orig_author[r["key"]] = (r["author"], r["platform"])
    for r in allrows:
        if r.get("variant_of_key"):
            r["author"], r["platform"] = orig_author[r["variant_of_key"]]
        if r["date"]:
            d = datetime.date(2026, *r["date"])
        else:
            d = rng.choice(days)
        assert d.weekday() < 5, (d, r["text"])
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        obj = {"id": r["id"], "text": r["text"], "author": r["author"],
               "created_at": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "platform": r["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"]}
        if r.get("variant_of_key"):
            obj["variant_of"] = idmap[r["variant_of_key"]]
            obj["note"] = obj["note"].replace(f"key {r['variant_of_key']}", idmap[r["variant_of_key"]])
        out.append(obj)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows written")

if __name__ == "__main__":
    main()
