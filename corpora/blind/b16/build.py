# Hand-written positive rows for blind set b16 (Threlmoor Borough Council).
PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DEF = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
CD = "confidentiality.disclosure"
PIA = "position.improper-advantage"
HS = "haste.pause-before-posting"
SC = "security.credentials"


def P(text, rules=(), allowed=(), block=False, note="", date=None, author=None):
    return dict(text=text, extra=list(rules), allowed=list(allowed), block=block,
                note=note, date=date, author=author)


PERSONAL = [
    P("Watching Cllr Strickland-Hyde try to read a budget spreadsheet is like watching a Labrador attempt a crossword. Bless him.",
      allowed=[IR], note="mockery of a named councillor's intellect; 'bless him' is condescending, irony allowed"),
    P("@DecFairbrother you are genuinely the thickest man ever to sit on this council, and believe me that's a crowded field.",
      note="insult to intellect aimed at a person by @handle and 'you'"),
    P("Gwen Airey has the charisma of a damp tea towel and about half the brains.",
      note="everyday insult, no swearing, at a named councillor"),
    P("Someone please explain to the deputy leader that consultation means listening, not nodding along like a dashboard dog while officers talk. Empty vessel, that man.",
      note="insult aimed at a person referred to by role only (deputy leader)"),
    P("Cllr Tallentire rolled up to scrutiny looking like he'd been dragged through a hedge backwards and spoke like it too. Pathetic little man.",
      note="mockery of appearance plus 'pathetic little man' at a named councillor"),
    P("Our finance portfolio holder couldn't run a bath, let alone a ninety million pound budget. Clueless, start to finish.",
      note="insult to competence of a person by role (cabinet member for finance), not a critique of a decision"),
    P("Graham Postlethwaite is frankly out of his depth and everyone in the planning department knows it. Time Threlmoor found a head of planning with a backbone.",
      rules=[OI], note="belittling a named officer in public; officer target also raises officers.impartiality"),
    P("Lorna Wetherell, our so-called chief executive, is an overpaid pen-pusher who hasn't had an original thought since about 2009.",
      rules=[OI], note="insult at the named chief executive (officer)"),
    P("Shelley, love, nobody takes you seriously. You're a GB News comments section with a lanyard.",
      allowed=[EQ], note="belittling a named councillor addressed as 'you'; patronising 'love' so equality allowed"),
    P("Ambrose Fell is a sad old crank who should have been put out to grass years ago.",
      allowed=[EQ], note="insult at a named councillor with an age jibe; equality (age) allowed"),
    P("What a spineless, weaselly performance from @EwanLightfootLD at committee. Slipperiest man in Threlmoor, no contest.",
      note="character insult at a councillor by handle"),
    P("Honestly Faisal, you're a sanctimonious bore. Nobody in Threlmoor Central can bear another twenty minutes of you droning on about cycle lanes.",
      note="'you' insult aimed at a named councillor; the cycle-lane topic is incidental"),
    P("Hamish Caddell is a parasite. A worthless, bloodsucking waste of skin who has contributed precisely nothing.",
      block=True, note="severe, dehumanising attack on a named councillor: block"),
    P("Rhiannon Peascod: all hair and no brain. Can she even spell housing?",
      allowed=[EQ], note="appearance and intellect mockery of a named woman councillor; equality (sex) allowed"),
    P("Congratulations to Cllr Nixon-Barraclough on her fourteenth U-turn of the year. A weathervane in a rosette. Sheer genius 👏👏",
      rules=[IR], note="mock praise belittling a named councillor; irony-risk expected as well"),
    P("Nell Dobson is a smug, self-righteous little madam and I am done pretending otherwise.",
      allowed=[EQ], note="personal insult; 'little madam' is gendered so equality allowed"),
    P("You, @BrynTallentireRUK, are a clown. An entire circus, in fact. Red nose, big shoes, the lot 🤡",
      note="ridicule of a councillor addressed by handle and 'you'"),
    P("The same moaning pensioners from the Hollinthwaite residents' group turned up again at the ward forum. Miserable old busybodies with nothing better to do.",
      allowed=[EQ], note="insult aimed at a group of residents; age element, equality allowed"),
    P("Whoever the housing officer was who dealt with my constituent yesterday is a jobsworth of the highest order. A petty little clipboard tyrant.",
      rules=[OI], note="insult at an officer identified by role"),
    P("Toby Strickland-Hyde: born with a silver spoon in his mouth and still hasn't worked out which end to hold.",
      note="class and intellect mockery of a named councillor"),
    P("Cllr Bankole is a lightweight. Out of his depth, out of ideas and frankly out to lunch most days.",
      note="belittling a named councillor's ability"),
    P("The leader of this council is a vile, rotten excuse for a human being and Threlmoor deserves far better than her.",
      block=True, note="severe dehumanising attack on a person by role (leader): block"),
    P("Margery is a doddery old relic who still thinks email is a passing fad. Step aside, granny, and let someone awake have a go.",
      allowed=[EQ], note="age-based mockery of the named leader; equality (age) allowed as a borderline second reading"),
    P("Replying to @ParveenCL_Con: nobody asked you and nobody ever will. Go back to being furniture at the back of the chamber.",
      note="dismissive insult at a councillor by handle"),
    P("Can the Green councillor for Scarbeck stop being such an insufferable know-all? Nobody elected you to lecture the rest of us.",
      note="insult at a person identified by role and ward"),
    P("Ewan Lightfoot is the sort of wet, gutless man who'd apologise to a lamppost after walking into it.",
      note="ridicule of a named councillor's character"),
    P("The Reform pair on this council are a couple of halfwits who couldn't find Scarbeck on a map of Scarbeck.",
      note="insult aimed at two identifiable councillors (the group's members), not at a policy"),
    P("Hamish, you absolute plank. Genuinely the dimmest contribution I have heard in eleven years on this council.",
      note="British insult ('plank') aimed at a named councillor as 'you'"),
    P("Sunita Kaur-Rigg ought to be embarrassed. Useless at her job, hopeless with numbers and hiding behind jargon every time she's asked a straight question.",
      rules=[OI], note="insult at the named s151 officer"),
    P("Bryn Tallentire is scum. Low-life, gutter-dwelling scum.",
      block=True, note="severe dehumanising attack ('scum'): block"),
    P("Imagine being as smug and oily as @TobyStricklandHyde. A grease-ball in a gilet.",
      note="appearance and character insult at a councillor by handle"),
    P("Cordelia spent ten minutes at committee proving she has the attention span of a goldfish and the judgement of a toddler.",
      note="intellect mockery of a named councillor (first name)"),
]

ABUSIVE = [
    P("@HamishCaddell you complete and utter bellend.",
      rules=[PA], note="vulgar insult at a councillor by handle"),
    P("This budget is total bollocks from first page to last and the cabinet knows it.",
      note="vulgar language aimed at a budget, not a person: abusive-language only"),
    P("Fuck this council's parking strategy and fuck whoever signed it off.",
      allowed=[PA], note="obscene language at a policy; unnamed signer so personal-attack only allowed"),
    P("Declan Fairbrother is a pompous wanker. There, I said it.",
      rules=[PA], note="obscene insult at a named councillor"),
    P("Sorry but Cllr Mossop is a grade A knobhead and her motion was shite.",
      rules=[PA], note="vulgar insult at a named councillor"),
    P("Toby Strickland-Hyde is an absolute cunt and everyone in Low Fellgate knows it.",
      rules=[PA], block=True, note="the c-word at a named councillor: severe, block"),
    P("Our waste contract is a steaming pile of shite. Bins on Raisbeck Green not emptied for three weeks. Sort it out, Threlmoor.",
      note="vulgar language aimed at a contract and the council, no person"),
    P("Piss off, @BrynTallentireRUK. Take your foaming nonsense back to whichever forum coughed you up.",
      rules=[PA], note="'piss off' plus insult at a councillor by handle"),
    P("Ewan Lightfoot, you spineless little shit.",
      rules=[PA], note="obscene insult at a named councillor"),
    P("What a load of arse-covering crap from the officers on the flood report. Bloody useless, the lot of them.",
      rules=[PA, OI], note="vulgar language and insult at officers as a group"),
    P("Twat of the week award goes to the deputy leader. Again.",
      rules=[PA], note="obscene insult at a person by role"),
    P("Shit-for-brains Faisal Mirza strikes again with another cycle lane nobody asked for.",
      rules=[PA], note="vulgar insult at a named councillor"),
    P("Nell Dobson is a vile, poisonous bitch and I hope Scarbeck voters see straight through her.",
      rules=[PA], allowed=[EQ], block=True, note="severe gendered obscenity at a named councillor: block; equality allowed"),
    P("The Conservative group are a bunch of braying tossers who have never once set foot in a food bank.",
      rules=[PA], note="vulgar insult at the members of a party group"),
    P("Dickhead move from Cllr Airey. Votes down the youth centre, then poses for photos outside it.",
      rules=[PA], note="vulgar insult at a named councillor"),
    P("Honestly this motion is a fucking joke. Whoever drafted it should be embarrassed.",
      allowed=[PA], note="obscene language at a motion; drafter unnamed so personal-attack allowed"),
    P("@SeunBankoleLab get your head out of your arse and look at the actual numbers for once.",
      rules=[PA], note="crude language aimed at a councillor by handle"),
    P("Threlmoor Borough Council: still a shambolic shitshow, still charging us for the privilege.",
      note="obscene language aimed at the council, no person"),
    P("Rhiannon Peascod can kiss my arse if she thinks I'm backing that tenancy policy.",
      allowed=[PA], note="crude language aimed at a named councillor; mild, personal-attack allowed"),
    P("Ambrose Fell, you miserable old git, nobody wants your opinion on the town hall clock.",
      rules=[PA], allowed=[EQ], note="vulgar insult with age jibe; equality allowed"),
    P("Prick. That's the only word for a man who smirks while residents describe black mould in their kids' bedrooms. @TobyStricklandHyde",
      rules=[PA], note="obscene insult at a councillor by handle"),
    P("I hope the whole Reform group chokes on its own bile, the rancid, festering pack of bastards.",
      rules=[PA], allowed=[BI], block=True, note="severe obscene abuse at a group of councillors with wish of harm: block; intimidation allowed"),
    P("Bloody hell. Scarbeck Road has been shit for years and highways are still buggering about with cones.",
      allowed=[OI], note="mild vulgarity at a road and a service; officers (highways) allowed"),
    P("Cordelia, with respect, that speech was a total pile of wank.",
      allowed=[PA], note="obscene language aimed at a speech; personal-attack allowed"),
    P("The Lib Dem leaflet dropping through Ghyllside doors this week is bollocks dressed up as a bar chart.",
      note="vulgar language at a leaflet, not a person"),
    P("Screw you, Margery. And screw your cabinet of nodding yes-men.",
      rules=[PA], note="crude dismissal aimed at the named leader and cabinet"),
    P("Graham Postlethwaite and his planning crew can shove their 'policy compliant' report up their backsides.",
      rules=[PA, OI], note="crude abuse of a named officer and his team"),
    P("Absolute bellends, the lot of you on the cabinet. Every single one.",
      rules=[PA], note="vulgar insult at cabinet members as 'you'"),
    P("Gormless arsehole @ParveenCL_Con hasn't read a single page of the agenda, I'd bet my house on it.",
      rules=[PA], note="obscene insult at a councillor by handle"),
    P("What a bunch of shitehawks on the licensing committee, rolling over for the big pub chains again.",
      rules=[PA], note="vulgar insult at committee members"),
    P("Get fucked, Bryn. Your 'common sense' motion was neither.",
      rules=[PA], note="obscene dismissal of a named councillor"),
    P("Cllr Chaudhry-Lowe talking out of her arse about council tax again. Does she ever stop?",
      rules=[PA], note="vulgar insult at a named councillor"),
]

INTIMIDATION = [
    P("Keep pushing this one, @FaisalMirzaGreen, and you'll find out just how small a place Threlmoor really is.",
      allowed=[PA], note="veiled threat to a councillor by handle"),
    P("Cllr Mossop might want to remember that people round here have long memories. And I keep a very long list.",
      allowed=[PA], note="veiled threat"),
    P("I know which school your two go to, Declan. Think on before you bring that motion back.",
      allowed=[PA, DP], note="threat involving a councillor's children; data-protection allowed"),
    P("Nice car you've got there, Hamish. Be a real shame if anything happened to it on that dark lane of yours.",
      allowed=[IR], note="veiled threat to property and home; mock-friendly tone so irony allowed"),
    P("Anyone on the licensing panel who waves this through should be checking over their shoulder for a while. Just saying.",
      note="veiled threat to a group of councillors"),
    P("To the resident who reported me to the standards committee: I know exactly who you are, and you will regret it.",
      note="threat against a complainant"),
    P("A word to the wise, Ewan: drop the complaint, or every employer in the county hears what you're really like.",
      allowed=[PA], note="conditional threat to a named councillor's job over a complaint"),
    P("Rhiannon's office is on Fellgate Road, isn't it? Maybe a few of us should pop round for a proper chat. No cameras.",
      allowed=[DP], note="veiled threat to visit a named councillor in person"),
    P("If the deputy leader votes to shut Scarbeck library he won't be able to show his face in this town again. I'll personally see to it.",
      note="conditional intimidation of a person by role"),
    P("Ambrose, I'd think very carefully before giving evidence to that investigation. Witnesses have a habit of regretting it.",
      note="threat against a witness"),
    P("You'll be sorry you crossed me, @SeunBankoleLab. Not today, not tomorrow, but you will be.",
      note="explicit 'you'll regret'-type threat"),
    P("Gwen Airey's husband works for the county, doesn't he? Funny how jobs can just disappear.",
      allowed=[DP], note="threat to a relative's job"),
    P("I've got screenshots of everything @NellDobsonGreen has ever said in a group chat. One more word out of her and they all go public.",
      allowed=[PA], note="blackmail-style intimidation"),
    P("Tell Margery Ulthwaite to enjoy her last few months of sleeping soundly.",
      note="veiled threat to the named leader"),
    P("Someone ought to give Bryn Tallentire a good hard slap and I wouldn't be sorry if it were me.",
      allowed=[PA], note="threat of violence"),
    P("The officer who wrote this report, Tamsin Kewley, should know I'll be watching her every move from now on. Every single one.",
      rules=[OI], note="intimidation of a named officer"),
    P("Hope the planning officers enjoy the walk to their cars tonight. It's a long, dark car park behind the civic centre.",
      rules=[OI], note="veiled threat to officers as a group"),
    P("Vote against the skate park again, Toby, and I will make your life a living hell. Promise.",
      note="conditional threat to a named councillor"),
    P("Don't think I've forgotten where you live, Cordelia. Drove past only last week.",
      note="'I know where you live' threat"),
    P("I'd be very careful what you post about me, @ParveenCL_Con. Very careful. Accidents happen.",
      note="veiled threat of harm"),
    P("Mark my words: the people who signed that petition against me will be named and shamed, one by one, street by street.",
      note="intimidation of residents who signed a petition"),
    P("If Lightfoot shows up at the Raisbeck Green meeting he'd better bring his own security.",
      note="veiled threat of violence"),
    P("We'll see how brave @DecFairbrother is when there's no copper stood next to him.",
      note="veiled threat of violence"),
    P("Fancy a knock on the door at 3am, Shelley? Carry on like this and see.",
      note="threat to home"),
    P("Warning to whoever leaked my emails: I will find you, and when I do you'll never work in local government again.",
      allowed=[CD], note="threat to job of an unidentified person; 'leaked' may raise confidentiality"),
    P("The Greens think they can humiliate me in committee? Wait till I stand up and read out Faisal's divorce papers 😊",
      allowed=[DP, IR, PA], note="threat of public humiliation using private documents"),
    P("Lorna Wetherell, consider this your final warning. Keep blocking my requests and I'll make sure your next job interview is a very short one.",
      rules=[OI], note="threat to a named officer's job"),
    P("Hamish has two teenage daughters at Fellgate High. Might be time someone had a word with them about what their dad really gets up to.",
      allowed=[DP, DEF], note="threat involving a councillor's children; data-protection allowed"),
    P("Sunita might like to remember she's on a fixed-term contract and I sit on the appointments panel. Just a friendly reminder 🙂",
      rules=[OI], allowed=[IR, PIA], note="threat to a named officer's job dressed as a friendly reminder"),
    P("Plain and simple: if Margery closes that day centre I'll make her regret the day she was elected. I'll be on her doorstep every single morning.",
      note="conditional threat to harass at home"),
    P("Whoever keyed my car outside the ward surgery, I've a fair idea who you are, and I'll be returning the favour with interest.",
      note="threat of retaliation"),
    P("@AmbroseFellInd People who go running to the Gazette about me tend to find their planning applications move very slowly. Worth bearing in mind.",
      allowed=[PIA], note="threat using the councillor role; improper-advantage allowed"),
]

EQUALITY = [
    P("Funny how Cllr Bankole always finds money for 'community cohesion' projects in certain postcodes. Looking after his own, as ever.",
      allowed=[PA, DEF], note="coded racial insinuation ('his own', 'certain postcodes') about a Black councillor"),
    P("Parveen only got on the shadow cabinet because the Tories needed a brown face for the leaflets.",
      rules=[PA], note="tokenism jibe based on race at a named councillor"),
    P("Faisal Mirza will never really understand Threlmoor. He's just not one of us and never will be.",
      allowed=[PA], note="'not one of us' othering of a Muslim/Asian councillor"),
    P("A woman of her age should be at home with the grandchildren, not chairing the scrutiny committee.",
      note="sex and age stereotype"),
    P("Shelley's back from maternity leave and already can't keep up. Baby brain is real, folks 😂",
      rules=[PA], note="pregnancy and maternity mockery of a named councillor"),
    P("We don't need a mosque on Scarbeck Road. Everyone knows what goes on in those places.",
      note="dog whistle against Muslims"),
    P("Another Traveller site? Best lock up your sheds, Hollinthwaite. We all know how this goes.",
      note="criminality stereotype of Gypsies and Travellers (ethnic groups)"),
    P("Ambrose Fell is too old and too deaf to sit on this council. Put him in a home and let the younger ones get on with it.",
      rules=[PA], note="age and disability attack on a named councillor"),
    P("Nothing against gay people but do we really need a rainbow flag on the town hall? Keep it in the bedroom.",
      note="'nothing against... but' disparagement of gay people"),
    P("Funny how Cordelia's disability comes and goes depending on whether there's a camera about. Wheelchair for the photo op, sprinting for the bus after.",
      rules=[PA], allowed=[DEF], note="mocking and doubting a councillor's disability"),
    P("Blokes in frocks don't belong in the women's changing rooms at Threlmoor Leisure Centre and anyone who says otherwise wants their head examining.",
      note="derogatory description of trans women (gender reassignment)"),
    P("The Polish lot on Ghyllside Terrace are ruining the street. No English family can get a house there any more.",
      note="national-origin stereotype"),
    P("Nell Dobson gets so emotional in every debate. Typical woman, can't get through a budget meeting without welling up.",
      rules=[PA], note="sex stereotype at a named councillor"),
    P("Let's be honest, the Romanians aren't coming to Threlmoor to pick strawberries.",
      note="coded criminality stereotype about a nationality"),
    P("Cllr Peascod should've sorted her housing strategy before taking her third lot of maternity leave in five years. Some of us actually turn up.",
      rules=[PA], note="pregnancy and maternity attack on a named councillor"),
    P("Everyone at the civic centre knows Sunita Kaur-Rigg was a diversity hire. Ticked one box, never ticked the competence ones.",
      rules=[PA, OI], note="tokenism jibe on race at a named officer"),
    P("Interesting that all the new community liaison jobs went to people from the same mosque. Nothing to see here, obviously.",
      allowed=[DEF], note="religious insinuation of favouritism"),
    P("Ever listened to @BrynTallentireRUK speak? Sounds like he's got a learning disability. Would explain the voting record.",
      rules=[PA], note="disability used as an insult"),
    P("Threlmoor was a decent town before the Eastern Europeans turned up. Now look at the high street.",
      note="blaming a national-origin group"),
    P("Decent hard-working local families first, not the ones who've just hopped off the back of a lorry at Dover.",
      note="dog whistle about migrants and asylum seekers (race, national origin)"),
    P("The Greens' candidate for Ghyllside is a lady who used to be a gentleman. Just saying, voters deserve to know what they're getting.",
      allowed=[DP, PA], note="outing and disparaging a trans person; special-category data allowed"),
    P("Cllr Mirza took his oath of office on the Koran. Ask yourself where his loyalties really lie.",
      rules=[PA], note="dual-loyalty trope about a Muslim councillor"),
    P("Some of these so-called child asylum seekers are built like rugby props. Children my foot. Lock up your daughters.",
      note="predator trope about asylum seekers (race, national origin)"),
    P("Declan and his 'husband' (his word) held hands all through the civic dinner. Is that really the image we want for Threlmoor's mayoralty?",
      rules=[PA], note="disparaging a councillor's same-sex marriage (sexual orientation, civil partnership)"),
    P("Bit rich for the Jewish lobby to tell Threlmoor how to vote on a Gaza motion. We all know who pulls the strings.",
      note="antisemitic 'pulls the strings' trope"),
    P("Can we stop pretending the over-60s understand anything digital? Give the bin app to the young and let the dinosaurs queue for the phone line.",
      allowed=[PA], note="age-based contempt for older residents"),
    P("Another ramp, another hearing loop, another accessible loo. How much more are the rest of us paying so a handful of cripples can feel included?",
      rules=[AL], note="explicit disability slur"),
    P("Half the taxi licences in Threlmoor go to Pakis now. Ask yourself why.",
      rules=[AL], note="explicit racial slur"),
    P("Gypsies, tramps and thieves, as the old song goes. Hollinthwaite residents are right to be worried about the new site.",
      note="dog whistle linking Gypsies and Travellers to theft"),
    P("Not being funny, but a Muslim fronting our Holocaust Memorial Day event is a bit much, isn't it?",
      note="religious exclusion", date="2026-01-22"),
    P("Hijabs on the front desk at the civic centre now. This isn't the Threlmoor I grew up in.",
      allowed=[OI], note="religious hostility toward staff; unnamed staff so officers allowed"),
    P("Gwen Airey only got the planning chair because she's pregnant and the party didn't fancy the headlines if they passed her over. Positive discrimination gone mad.",
      rules=[PA], note="pregnancy and tokenism jibe at a named councillor"),
]

DEFAMATION = [
    P("Everyone at the civic centre knows Hamish Caddell's brother-in-law landed the Scarbeck resurfacing contract. Brown envelopes all round.",
      allowed=[PA], block=True, note="bribery stated as fact in idiom ('brown envelopes'): block"),
    P("Cllr Strickland-Hyde has been fiddling his mileage claims for years. Ask anyone in Democratic Services.",
      allowed=[PA], note="expenses fiddling stated as fact; review, arguably block"),
    P("Margery Ulthwaite lied to full council about the day centre closure. Plain and simple, she lied.",
      rules=[PA], note="'lied' stated as fact about a named person"),
    P("The deputy leader took a five grand backhander from Kelsick Homes to wave the Fellgate scheme through. Fact.",
      allowed=[PA], block=True, note="bribe stated as fact about a person by role: block"),
    P("Seun Bankole has been cooking the books on the reserves figure. The numbers don't add up because they were never meant to.",
      allowed=[PA], note="dishonesty allegation (idiom)"),
    P("Bryn Tallentire is a con man. He took residents' money for his so-called legal fund and spent it on a fortnight in Tenerife.",
      rules=[PA], block=True, note="theft/fraud stated as fact: block"),
    P("Wonder how Ewan Lightfoot paid for that new conservatory on a councillor's allowance 🤔 Wonder which developer chipped in.",
      allowed=[PA, IR], note="insinuated corruption"),
    P("Cordelia Nixon-Barraclough rigged the postal votes in Ghyllside. I've seen enough to know.",
      allowed=[PA], block=True, note="electoral fraud stated as fact: block"),
    P("Graham Postlethwaite is in the developers' pockets and his reports are written to order.",
      rules=[OI], allowed=[PA], note="corruption allegation against a named officer"),
    P("Our so-called independent councillor Ambrose Fell is on the take from the quarry company. Why else would he keep defending them?",
      allowed=[PA], note="'on the take' idiom"),
    P("Faisal Mirza is a liar. Every word he said about the cycle lane consultation was a lie.",
      rules=[PA], note="'liar' about a named councillor"),
    P("Rhiannon Peascod sublets her council flat for cash while claiming she lives in it. Housing fraud by the cabinet member for housing!",
      allowed=[PA], block=True, note="housing fraud stated as fact: block"),
    P("Shelley Mossop pocketed the takings from the Hollinthwaite Christmas raffle. Not a penny reached the hospice.",
      allowed=[PA], block=True, note="theft stated as fact: block"),
    P("@DecFairbrother has been feeding confidential reports to his mate at the Gazette for months and everyone knows it.",
      allowed=[CD, PA], note="misconduct allegation; 'confidential' may raise confidentiality"),
    P("Lorna Wetherell buried the auditor's findings to protect her own bonus. That's a cover-up and she's behind it.",
      rules=[OI], allowed=[PA], note="misconduct allegation against the named chief executive"),
    P("Nell Dobson's community garden grant went straight into her partner's landscaping business. Jobs for the boys, Green style.",
      allowed=[PA, DP], note="corruption allegation stated as fact; review, arguably block"),
    P("Parveen Chaudhry-Lowe forged the signatures on her nomination papers. I've seen the originals.",
      allowed=[PA], block=True, note="forgery stated as fact: block"),
    P("Cllr Airey is as bent as a nine-bob note.",
      rules=[PA], note="corruption idiom ('bent')"),
    P("The Labour cabinet is a den of thieves. They've been robbing Threlmoor blind since 2019.",
      rules=[PA], note="dishonesty allegation at an identifiable group; hyperbolic so review"),
    P("Sunita Kaur-Rigg is covering up a two million pound overspend and lying to members about it.",
      rules=[OI], allowed=[PA], note="dishonesty allegation against a named officer"),
    P("Toby Strickland-Hyde's a crook, simple as that. Always has been.",
      rules=[PA], note="'crook' about a named councillor"),
    P("Everyone knows Hamish was done for drink-driving last year and the party hushed it up.",
      allowed=[PA, DP], block=True, note="criminal conviction stated as fact: block; criminal-record data allowed"),
    P("The Reform group's 'charity' fundraiser was a scam from start to finish. Not one of those invoices was real.",
      allowed=[PA], block=True, note="fraud stated as fact about an identifiable group: block"),
    P("Is it true the leader's son-in-law gets a consultancy fee from Fellside Waste Services? Because I'm told it is, and nobody's declared it.",
      allowed=[DP], note="insinuated undeclared interest/corruption posed as a question"),
    P("Ewan Lightfoot hasn't told the truth once in this chamber. Pathological liar.",
      rules=[PA], note="'liar' about a named councillor"),
    P("Jory Pennock's department has been falsifying the recycling figures to hit targets. I've seen the spreadsheets.",
      rules=[OI], allowed=[PA], note="falsification stated as fact about a named officer's department; review, arguably block"),
    P("Kelsick Homes bribed their way onto the preferred bidder list. Simple as.",
      block=True, note="bribery stated as fact about an organisation: block"),
    P("Margery's been feathering her own nest with the regeneration money since day one.",
      allowed=[PA], note="idiom for misusing public money"),
    P("Ambrose Fell stripped the lead off the old chapel roof back in the nineties. Ask anyone in Hollinthwaite.",
      allowed=[PA], block=True, note="theft stated as fact: block"),
    P("Nice little earner for Cllr Bankole, chairing the pension committee while his mate's firm manages half the fund. Pure corruption.",
      allowed=[PA, IR], note="corruption allegation"),
    P("Bryn fiddled the attendance register to claim allowances for meetings he never went to. Fraudster.",
      rules=[PA], block=True, note="fraud stated as fact plus 'fraudster': block"),
    P("@TobyStricklandHyde lies as easily as he breathes. Lied about the bypass, lied about the bins, lied about the budget.",
      rules=[PA], note="'lies' stated as habitual dishonesty"),
]



def H(group, text, allowed=(), note="", date=None, author=None):
    return dict(group=group, text=text, allowed=list(allowed), note=note, date=date, author=author)


C = "criticism"
R = "resign"
Q = "counter-speech"
HC = "hate-crime report"
S = "protected groups"
D = "immigration/Travellers debate"
B = "banter/idiom"
SD = "self-deprecation"
T = "thanks to officer"
SA = "sarcasm about process"
SW = "scam warning"

NEG = [
    # harsh criticism of policies, budgets, decisions, parties, the council
    H(C, "The council's parking policy is a shambles and the cabinet should be ashamed of the mess they've made of Threlmoor Central.", note="robust criticism of a policy and of the cabinet's record"),
    H(C, "This budget is a disgrace. Cutting the youth service by 40% while spending on consultants is indefensible.", note="harsh criticism of a budget"),
    H(C, "Closing Scarbeck library is a shortsighted, idiotic decision and I will fight it at every stage.", note="'idiotic' aimed at a decision"),
    H(C, "Daylight robbery. A 9% rise in garden waste charges for a service that turns up when it feels like it.", note="idiom about a charge"),
    H(C, "Labour have run Threlmoor's housing into the ground. Waiting list up, repairs backlog up, answers down.", note="criticism of a party's record"),
    H(C, "The Conservative amendment was cynical, uncosted and frankly insulting to every family on the waiting list.", note="'insulting' aimed at an amendment"),
    H(C, "Reform's motion on the flags was a gimmick. Not one idea in it about potholes, buses or bins.", note="criticism of a party's motion"),
    H(C, "The Lib Dems' bar charts are getting more creative every year. The actual figures: Labour 41%, them 9% last time.", allowed=[IR], note="mild ribbing of a leaflet with the figures; no allegation of lying"),
    H(C, "The Greens voted against the bypass and then complained about traffic through Raisbeck Green. You can't have it both ways.", note="pointing out an inconsistency in a party's votes"),
    H(C, "Threlmoor Borough Council's handling of the Hollinthwaite flooding was slow, muddled and not good enough. Residents deserve a full review.", note="criticism of the council's handling"),
    H(C, "I've read the regeneration business case twice. It is wishful thinking from start to finish and the risk section is a fairy tale.", note="harsh criticism of a document"),
    H(C, "The decision to scrap free parking on Sundays is going to kill our market stone dead. Reverse it.", note="'kill' as an idiom about a market"),
    H(C, "Utterly shameful that the administration still hasn't published the damp and mould audit. What are they hiding from tenants?", note="criticism of the administration's transparency, not of an individual"),
    H(C, "The bin contract renewal was rushed through with no scrutiny. It's a scandal and I'll be calling it in.", note="'scandal' about a process"),
    H(C, "Council tax up again, services down again. Threlmoor residents are paying more for less and it stinks.", note="strong language about outcomes"),
    H(C, "The consultation on the town centre plan was a box-ticking exercise. Two weeks, one drop-in, no paper copies. Pathetic effort.", note="'pathetic' aimed at a consultation"),
    H(C, "Cllr Strickland-Hyde's budget amendment would have cut £2m from adult social care. I think that's wrong and I said so in the chamber.", note="names a councillor but criticises his amendment civilly"),
    H(C, "I disagree profoundly with Cllr Mossop's motion on the asylum hotel. It stokes fear and offers no solution. Here's my speech.", note="civil disagreement with a named councillor's motion"),
    H(C, "Margery's cabinet has now missed three deadlines on the local plan. That is a failure of leadership, and they need to own it.", note="criticism of leadership record, civil"),
    H(C, "The Tories ran this place for twelve years and left the leisure centre with a leaking roof. Spare us the lectures on maintenance.", note="partisan criticism of a party's record"),
    H(C, "The highways capital programme is a joke. Fellgate Road has been 'next year' since 2021.", note="'a joke' aimed at a programme"),
    H(C, "With respect to the cabinet member, the answer I got at questions was waffle. I'll ask again in writing and publish the reply.", note="robust but civil challenge to a person's answer"),
    H(C, "Whoever thought moving the one-stop shop to the top of Castle Brow was accessible has never pushed a pram up it. Rethink this.", note="criticism of a decision; no insult"),
    H(C, "The licensing committee got this badly wrong. Granting a 4am licence next to sheltered housing is reckless and I'll support the appeal.", note="criticism of a committee decision (already decided)"),
    H(C, "Another glossy strategy, another launch event, another year of nothing changing. Threlmoor is tired of PowerPoint politics.", note="criticism of the council's approach"),
    H(C, "The Labour group's refusal to hold a public meeting on the day centre is cowardly politics. Face the families.", note="'cowardly' aimed at a group's decision, borderline", allowed=[PA]),
    H(C, "Bryn Tallentire's figures on asylum costs are wrong. The Home Office pays for the hotel, not Threlmoor. Here's the FOI answer.", note="correcting a named councillor's figures without calling him a liar"),
    H(C, "This administration treats scrutiny as an inconvenience. Reports land at 5pm the night before. It's disrespectful to every member.", note="criticism of practice"),
    H(C, "Not one penny of the levelling up money has reached Scarbeck. Not one. I want to know where it's gone and I've asked for the breakdown.", note="accountability question, no allegation of theft"),
    H(C, "The waste strategy is bonkers. Four bins, three colours, two collection days and zero leaflets explaining it.", note="'bonkers' aimed at a strategy"),
    # resignation calls on the record
    H(R, "The cabinet member for housing should resign. Three damp deaths in five years and no action plan is a record nobody could defend.", note="resignation call based on the record"),
    H(R, "I'm calling on the leader to step down. The day centre decision broke a manifesto promise and she's lost the confidence of this chamber.", note="resignation call on the record"),
    H(R, "Resign, Toby. You promised Low Fellgate a new GP surgery and voted against the funding twice.", allowed=[PA], note="resignation call addressing a named person but resting on his votes"),
    H(R, "If the deputy leader knew about the contract overspend and said nothing, he should go. If he didn't know, he should explain why not.", note="conditional resignation call on accountability"),
    H(R, "The Reform group leader should consider his position after the motion he tabled was ruled unlawful by the monitoring officer.", note="resignation call on record"),
    H(R, "A vote of no confidence in the administration is tabled for March. This is about the budget, not personalities.", note="formal motion"),
    H(R, "Cllr Lightfoot missed nine of the last twelve committee meetings. Raisbeck Green deserves a councillor who turns up. Time to stand aside.", note="attendance record stated as fact, civil resignation call"),
    H(R, "Honourable thing would be for the finance portfolio holder to resign over the pension fund losses. Ministers have gone for less.", note="resignation call on the record"),
    H(R, "Whoever leads this council after May needs to start by apologising to the Hollinthwaite flood families. The current lot have run out of road.", note="political criticism"),
    H(R, "I'm not calling for anyone's head. I'm calling for the planning committee to reopen the Scarbeck Mill application to proper public debate.", note="near miss: 'anyone's head' idiom"),
    # counter-speech quoting abuse to condemn it
    H(Q, "Someone scrawled 'go home' on the wall of the Ghyllside mosque last night. To our Muslim neighbours: this is your home. We'll have it scrubbed off by lunchtime.", allowed=[EQ], note="quotes hate graffiti to condemn it"),
    H(Q, "I've been called a 'fat old cow' three times this week on here for backing the cycle lanes. I'm not going anywhere.", allowed=[PA], note="quotes abuse received, condemns it"),
    H(Q, "Yesterday a man shouted 'traitor, we know where you live' at my colleague Cllr Mirza outside the surgery. It's been reported to the police. This has no place in Threlmoor.", allowed=[BI], note="reports a threat to condemn it"),
    H(Q, "To the person who messaged Cllr Dobson calling her a 'stupid bitch': that's not debate, it's abuse, and it's been reported.", allowed=[AL, PA], note="counter-speech quoting an obscene insult"),
    H(Q, "Seeing 'gyppos out' sprayed on the bus shelter near the Hollinthwaite site made me feel sick. Gypsy and Traveller families are part of this borough.", allowed=[EQ, AL], note="quotes a slur to condemn it"),
    H(Q, "Words like 'scrounger' and 'benefit scum' get thrown around far too easily. The families I meet at the food bank are working two jobs.", allowed=[PA], note="quotes insults to reject them"),
    H(Q, "Some of the replies to Cllr Chaudhry-Lowe this morning were openly racist. I don't agree with her on much but I stand with her on this.", note="cross-party solidarity against racist abuse"),
    H(Q, "'Liar', 'crook', 'traitor': that's the vocabulary in my inbox since the budget vote. It's not how we disagree in Threlmoor.", allowed=[DEF], note="lists insults received, to condemn them"),
    H(Q, "Being told my 'kind' shouldn't be on the council because I'm gay is not a political argument. It's bigotry. Blocked and reported.", allowed=[EQ], note="councillor quotes homophobic abuse received"),
    H(Q, "A resident told me yesterday that disabled people 'should be grateful for what they get'. No. Access is a right, not a favour.", allowed=[EQ], note="quotes disablist remark to reject it"),
    H(Q, "Whoever posted a photo of Cllr Peascod's house with 'we know where you are' underneath: the police have it. Politicians' families are off limits.", allowed=[BI], note="condemns an intimidating post"),
    H(Q, "Calling Cllr Tallentire 'scum' doesn't win the argument on asylum, it loses it. Take on his ideas, not his character.", allowed=[PA], note="rebukes an insult aimed at an opponent"),
    # hate-crime reports
    H(HC, "Police are appealing for witnesses after racist abuse was shouted at a taxi driver on Mill Wynd on Saturday. If you saw anything please call 101.", note="hate-crime appeal"),
    H(HC, "Hate crime reporting centre now open at Threlmoor library every Tuesday. You can report anonymously. Racism, homophobia, disablism: all of it counts.", note="service information"),
    H(HC, "Sadly had to report an antisemitic leaflet pushed through doors in Low Fellgate. Inspector Dominic Raine's team are investigating.", note="report of antisemitic material; names a public office holder"),
    H(HC, "Recorded hate crimes in Threlmoor rose 12% last year according to the police and crime panel. Most were racially motivated. We must do better.", note="statistics"),
    H(HC, "A trans woman was assaulted outside the Fleece on Friday. Thinking of her tonight. If you have information, contact Crimestoppers.", note="report of transphobic attack"),
    H(HC, "Disability hate crime is the most under-reported of all. If someone mocks or targets you because of your disability, you can report it.", note="awareness"),
    H(HC, "The swastika daubed on the war memorial has been removed. Thanks to the street scene crew for the quick response. Police are looking at CCTV.", note="report of hate graffiti removal"),
    H(HC, "Spoke to the family whose windows were smashed in what police are treating as a racially aggravated attack. The community has rallied round. Thank you all.", note="hate-crime report"),
    # supportive or neutral mentions of protected groups
    H(S, "Proud to light up the town hall purple for Holocaust Memorial Day. We remember the six million Jews and all victims of persecution.", date="2026-01-27", note="commemoration"),
    H(S, "Wonderful Lunar New Year celebration at Ghyllside community centre. Dragon dance, dumplings and a lot of very happy kids. Gong hei fat choy!", date="2026-02-17", note="festival"),
    H(S, "Ramadan Mubarak to all our Muslim residents. The Threlmoor Central mosque's community iftar is open to everyone on Friday.", date="2026-02-19", note="religious festival"),
    H(S, "Eid Mubarak from Scarbeck! Lovely to join the celebrations at the Jamia Masjid this morning.", date="2026-03-20", note="religious festival"),
    H(S, "LGBT+ History Month: the rainbow flag is flying over the civic centre all February. Everyone is welcome in Threlmoor.", date="2026-02-02", note="supportive mention of sexual orientation"),
    H(S, "Trans people are part of our community and deserve to use council services without fear. Our new guidance makes that clear.", note="supportive mention of gender reassignment"),
    H(S, "As a deaf councillor I'm thrilled the chamber finally has a working hearing loop. Took eight years of asking!", note="councillor's own disability"),
    H(S, "International Women's Day: a hundred years since Threlmoor elected its first woman councillor. Today 7 of our 15 are women. Progress, not enough yet.", date="2026-03-06", note="sex, supportive"),
    H(S, "The Older People's Forum ran rings around the cabinet at Tuesday's Q&A. Sharp, well-prepared and very funny. More please.", note="age, admiring"),
    H(S, "Congratulations to Cllr Peascod, who's going on maternity leave next month. Cllr Fairbrother will cover housing questions until she's back.", note="pregnancy and maternity, neutral notice"),
    H(S, "Happy St Patrick's Day to Threlmoor's Irish community, and to the Raisbeck Green ceilidh band who kept us dancing till late.", date="2026-03-17", note="national origin, festive"),
    H(S, "Our new Gypsy, Roma and Traveller liaison post is a step forward. Families on the Hollinthwaite site asked for it and we listened.", note="supportive, Travellers"),
    H(S, "Visited Threlmoor Deaf Club's 90th birthday tea. They've seen off three town halls and two bypass plans. Legends.", note="disability group, banter-positive"),
    H(S, "My husband and I were the first same-sex couple married at Threlmoor register office. Ten years on, still the best decision I've made.", note="councillor's own sexuality and marriage"),
    H(S, "Black History Month may be in October but the Windrush exhibition at the museum runs until April. Go, it's brilliant.", note="race, supportive"),
    H(S, "The Sikh gurdwara's langar fed 300 people after the floods. No questions asked. Threlmoor owes them a huge thank you.", note="religion, supportive"),
    H(S, "Autism-friendly sessions at Threlmoor pool are now every Sunday morning. Quieter, lights down, no whistles.", note="disability, service info"),
    H(S, "Young carers are some of the most remarkable people in this borough. Met twelve of them today. Humbled.", note="age and disability, supportive"),
    H(S, "Time to Talk Day: I've had depression on and off since my twenties. Talking about it helped me. Your council has a free listening line.", date="2026-02-05", note="councillor's own mental health"),
    H(S, "Accessible changing places toilet now open at Scarbeck park. Thanks to the parents who campaigned for it for years.", note="disability, supportive"),
    # civil debate on immigration, Traveller sites, asylum
    H(D, "I have real concerns about the Home Office using the Fellgate hotel for asylum accommodation with no extra GP capacity. That's a question of resources, not of the people staying there.", note="civil asylum debate"),
    H(D, "We need a proper transit site for Travellers so we stop having unauthorised encampments on playing fields. It's better for everyone, including Traveller families.", note="civil Traveller-site debate"),
    H(D, "Net migration is a legitimate topic for debate. But the people who care for our elderly and staff our hospital came from all over the world, and I won't pretend otherwise.", note="balanced immigration debate"),
    H(D, "Residents at the Hollinthwaite meeting raised traffic, drainage and access on the proposed Traveller site. All fair planning questions. I'll be pushing for answers.", note="civil planning concerns"),
    H(D, "Reform want a cap on asylum dispersal to Threlmoor. I disagree, but it's a fair question to put to a vote, and I'll argue the case against in the chamber.", note="civil disagreement"),
    H(D, "The asylum backlog is a national failure. People are stuck in hotels for two years, unable to work. Let them work and pay taxes.", note="policy argument"),
    H(D, "Some residents on Castle Brow are worried about the hotel. I went and listened. Worry isn't racism, and neither is asking questions. Abuse is, and that's different.", note="distinguishes concern from abuse"),
    H(D, "Enforcement against unauthorised encampments costs the council £180k a year. A permanent site would cost less over ten years. The numbers are in the report.", note="cost argument"),
    H(D, "Our Ukrainian families scheme has housed 64 people since 2022. Many are now working in Threlmoor businesses. A proud record.", note="supportive"),
    H(D, "I'll be voting for the motion calling for English classes to be properly funded. Integration works when we invest in it.", note="policy position (not quasi-judicial)"),
    H(D, "I was born in Lahore and grew up on Ghyllside Terrace. Immigration made Threlmoor, and it's fair to debate how much and how fast. Both can be true.", note="councillor's own origin, balanced"),
    H(D, "The small boats crossings are dangerous and the gangs behind them are criminals. Safe routes would put them out of business.", note="'criminals' aimed at smuggling gangs in general, not an identifiable person"),
    # banter and idioms
    H(B, "Absolutely murdered that karaoke at the Scarbeck Christmas do. Apologies to everyone's ears. 🎤", note="idiom 'murdered'"),
    H(B, "Threlmoor Rovers got slaughtered 5-0 on Saturday. Brutal. We go again.", note="sport idiom"),
    H(B, "Cllr Caddell and I agree on nothing except that Mrs Airey's flapjacks are lethal. Bring more on Thursday please.", note="friendly cross-party banter, 'lethal' idiom"),
    H(B, "Bloody brilliant turnout at the Raisbeck Green litter pick. 40 bags in two hours. You lot are stars.", note="'bloody' as intensifier in praise"),
    H(B, "Dead chuffed with the new bus shelter on Fellgate Road. Only took three years and a petition.", allowed=[IR], note="'dead chuffed' idiom, light sarcasm about delay"),
    H(B, "I could kill for a bacon butty after a four-hour budget meeting.", note="idiom 'could kill for'"),
    H(B, "Scrutiny committee was a bit of a bloodbath today. Good robust session. Officers came prepared, members asked sharp questions.", allowed=[OI], note="idiom about a tough meeting"),
    H(B, "Toby and I have been knocking lumps off each other in the chamber for six years and then going for a pint. That's how it should be.", note="friendly cross-party note"),
    H(B, "Quiz night at the Fleece: the Labour group came dead last. Ewan's team won. I'll never hear the end of it.", note="self-mocking banter"),
    H(B, "The new mayor's chain is so heavy it's a health and safety hazard. Someone get Cllr Fell a neck brace.", allowed=[IR], note="affectionate banter"),
    H(B, "Our planning committee chair is an absolute machine. Six applications, four hours, not a single adjournment.", note="'absolute machine' praise"),
    H(B, "Fair play to the Greens, they smashed it at the climate fair. Best stall there by a mile.", note="'smashed it' praise"),
    H(B, "That pothole on Mill Wynd is a killer. Two tyres this month. Reported again.", note="'killer' idiom about a pothole"),
    H(B, "Cllr Mossop and I had a proper ding-dong on BBC Radio Cumbria this morning. We'll both live. Good debate.", note="friendly after a debate"),
    # self-deprecation
    H(SD, "I'm the first to admit I'm useless with spreadsheets. Which is why I asked Cllr Bankole to walk me through the budget line by line. Thanks Seun.", note="self-deprecating"),
    H(SD, "Total idiot moment: turned up to the wrong ward surgery. Apologies to Ghyllside residents who waited, I'll be there next week.", note="self-insult"),
    H(SD, "Grey hair, dodgy knees and still the youngest on the Conservative benches. Send help.", note="self-deprecating about age"),
    H(SD, "Note to self: do not attempt a live video from the allotment in a gale. Looked like a startled scarecrow.", note="self-mockery of appearance"),
    H(SD, "I got the bin day wrong in my own newsletter. Yes, your councillor is a muppet. It's Thursday, not Tuesday.", note="self-insult"),
    H(SD, "Confession: I still can't work the voting buttons in the chamber. Eleven years. Hopeless.", note="self-deprecation"),
    H(SD, "Lost my voice shouting at the rugby, so my speech on the local plan will be delivered in mime. Apologies in advance.", note="humour"),
    # thanking named officers
    H(T, "Huge thanks to Jory Pennock and the street scene team for clearing the flood debris on Scarbeck Road within a day.", allowed=[OI], note="thanks a named officer"),
    H(T, "Really grateful to Tamsin Kewley for talking Low Fellgate residents through the planning process so patiently last night.", allowed=[OI], note="thanks a named officer"),
    H(T, "Thank you to Sunita Kaur-Rigg for a clear, honest budget briefing. Difficult numbers explained without jargon.", allowed=[OI], note="thanks a named officer; 'honest' used positively"),
    H(T, "Lorna Wetherell's staff awards this week were a joy. Council workers keep this borough going and deserve the recognition.", allowed=[OI], note="praise naming the chief executive"),
    H(T, "Idris Beckwith ran the best member training session I've been to in years. Code of conduct, social media, the lot. Recommend.", allowed=[OI], note="thanks the monitoring officer"),
    H(T, "Graham Postlethwaite's team turned round the Hollinthwaite school extension application in record time. Well done all.", allowed=[OI], note="thanks a named officer"),
    H(T, "Shout-out to the housing officer who stayed late to get a family on Castle Brow into temporary accommodation. You know who you are. Thank you.", allowed=[OI], note="thanks an unnamed officer"),
    H(T, "Thanks to the revenues team, and especially Sunita, for sorting the council tax error for Raisbeck Green households so quickly.", allowed=[OI], note="thanks named officer"),
    # sarcasm about processes
    H(SA, "Oh good, another 'listening exercise' on the bus station. Fourth one. I'm sure this time they'll hear us. /s", allowed=[IR], note="sarcasm aimed at a process"),
    H(SA, "Love it when the agenda arrives at 4.59pm on a Friday. Really helps with scrutiny. Brilliant system, honestly.", allowed=[IR], note="sarcasm about process"),
    H(SA, "Yeah right, the new booking system will 'save time'. It took me 25 minutes to reserve a parking permit.", allowed=[IR], note="sarcasm about an IT system"),
    H(SA, "Delighted to learn the pothole I reported in October is now 'under assessment'. Should be sorted by the time my grandchildren can drive.", allowed=[IR], note="sarcasm about a service"),
    H(SA, "The council's new 'digital first' strategy launched today. On paper. In a ring binder. You couldn't make it up.", allowed=[IR], note="sarcasm about a strategy"),
    # scam warnings
    H(SW, "SCAM WARNING: residents in Hollinthwaite are getting texts claiming to be from the council asking for card details and a PIN to 'refund' council tax. The council will never ask for your PIN.", allowed=[SC, 'haste.pause-before-posting'], note="scam warning using 'PIN' and capitals"),
    H(SW, "Rogue traders are knocking in Raisbeck Green offering to 'fix' roofs for cash. It's fraud. Don't let them in and report them to Trading Standards.", note="'fraud' about unnamed rogue traders"),
    H(SW, "Fake emails pretending to be from Threlmoor Borough Council are asking for bank logins. Don't click the link. Forward them to report@phishing.gov.uk.", allowed=[SC], note="phishing warning"),
    H(SW, "Pension fraud is on the rise among older residents. Free sessions at Scarbeck library on spotting scam calls, every Wednesday in March.", note="fraud-awareness session"),
]


# ---------------------------------------------------------------------------
# Explicit authors for hard negatives that speak about the author's own life,
# party or ward (so the author is the right person).
AUTHOR_FOR = {
    "As a deaf councillor": "@AmbroseFellInd",
    "My husband and I were the first same-sex": "@DecFairbrother",
    "Congratulations to Cllr Peascod, who's going": "@MargeryUlthwaite",
    "I was born in Lahore": "@ParveenCL_Con",
    "Grey hair, dodgy knees": "@HamishCaddell",
    "I've been called a 'fat old cow'": "@NellDobsonGreen",
    "Being told my 'kind'": "@DecFairbrother",
    "Yesterday a man shouted": "@NellDobsonGreen",
    "Quiz night at the Fleece": "@SeunBankoleLab",
    "Toby and I have been knocking": "@MargeryUlthwaite",
    "Cllr Mossop and I had a proper ding-dong": "@FaisalMirzaGreen",
    "I'm the first to admit I'm useless": "@RhiPeascod",
    "Cllr Caddell and I agree on nothing": "@FaisalMirzaGreen",
    "Fair play to the Greens": "@HamishCaddell",
    "Labour have run Threlmoor's housing": "@TobyStricklandHyde",
    "The Conservative amendment was cynical": "@SeunBankoleLab",
    "Reform's motion on the flags": "@EwanLightfootLD",
    "The Lib Dems' bar charts": "@DecFairbrother",
    "The Greens voted against the bypass": "@HamishCaddell",
    "Cllr Strickland-Hyde's budget amendment": "@SeunBankoleLab",
    "I disagree profoundly with Cllr Mossop": "@FaisalMirzaGreen",
    "Margery's cabinet has now missed": "@EwanLightfootLD",
    "The Tories ran this place": "@MargeryUlthwaite",
    "The Labour group's refusal": "@CordeliaNB_LD",
    "Bryn Tallentire's figures on asylum": "@NellDobsonGreen",
    "Resign, Toby.": "@DecFairbrother",
    "The Reform group leader should consider": "@EwanLightfootLD",
    "Cllr Lightfoot missed nine": "@HamishCaddell",
    "Some of the replies to Cllr Chaudhry-Lowe": "@FaisalMirzaGreen",
    "Calling Cllr Tallentire 'scum'": "@RhiPeascod",
    "Reform want a cap on asylum": "@DecFairbrother",
    "Our planning committee chair is an absolute machine": "@HamishCaddell",
    "The cabinet member for housing should resign": "@TobyStricklandHyde",
    "I'm calling on the leader to step down": "@TobyStricklandHyde",
    "If the deputy leader knew": "@GwenAireyCon",
    "Honourable thing would be for the finance": "@ParveenCL_Con",
    "Lost my voice shouting at the rugby": "@BrynTallentireRUK",
}

import json
import random
import re
import tomllib
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 16016

SEVERITY = {PA: "review", AL: "review", BI: "block", EQ: "block", DEF: "review", OI: "review",
            IR: "advice", DP: "review", CD: "review", PIA: "review", HS: "advice", SC: "block"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

with open(HERE / "council.toml", "rb") as fh:
    COUNCIL = tomllib.load(fh)
HANDLES = {h: n for h, n in COUNCIL["people"]["handles"].items() if n in COUNCIL["people"]["councillors"]}
NAME_TO_HANDLE = {n: h for h, n in HANDLES.items()}
PARTY = {
    "Margery Ulthwaite": "Lab", "Declan Fairbrother": "Lab", "Oluwaseun Bankole": "Lab", "Rhiannon Peascod": "Lab",
    "Tobias Strickland-Hyde": "Con", "Gwendolyn Airey": "Con", "Hamish Caddell": "Con", "Parveen Chaudhry-Lowe": "Con",
    "Bryn Tallentire": "Reform", "Shelley Mossop": "Reform", "Ewan Lightfoot": "LD",
    "Cordelia Nixon-Barraclough": "LD", "Faisal Mirza": "Green", "Nell Dobson": "Green", "Ambrose Fell": "Ind",
}
CABINET = {"Margery Ulthwaite", "Declan Fairbrother", "Oluwaseun Bankole", "Rhiannon Peascod"}
# Names by which a councillor may be identified in a post.
ALIASES = {
    "Margery Ulthwaite": ["Margery", "Ulthwaite", "the leader", "leader of this council", "leader's"],
    "Declan Fairbrother": ["Declan", "Fairbrother", "deputy leader"],
    "Oluwaseun Bankole": ["Seun", "Bankole", "finance portfolio", "Our finance"],
    "Rhiannon Peascod": ["Rhiannon", "Peascod", "member for housing"],
    "Tobias Strickland-Hyde": ["Toby", "Strickland-Hyde"],
    "Gwendolyn Airey": ["Gwen", "Airey", "planning committee chair", "planning chair"],
    "Hamish Caddell": ["Hamish", "Caddell"],
    "Parveen Chaudhry-Lowe": ["Parveen", "Chaudhry-Lowe"],
    "Bryn Tallentire": ["Bryn", "Tallentire", "Reform group leader"],
    "Shelley Mossop": ["Shelley", "Mossop"],
    "Ewan Lightfoot": ["Ewan", "Lightfoot"],
    "Cordelia Nixon-Barraclough": ["Cordelia", "Nixon-Barraclough"],
    "Faisal Mirza": ["Faisal", "Mirza"],
    "Nell Dobson": ["Nell", "Dobson", "Green councillor for Scarbeck"],
    "Ambrose Fell": ["Ambrose", "Cllr Fell"],
}
PARTY_WORDS = {
    "Lab": ["Labour"], "Con": ["Tory", "Tories", "Conservative"], "Reform": ["Reform"],
    "LD": ["Lib Dem"], "Green": ["Green"],
}


def excluded(text, positive):
    out = set()
    for name, al in ALIASES.items():
        if any(a in text for a in al) or NAME_TO_HANDLE[name] in text:
            out.add(name)
    if re.search(r"\bcabinet\b", text, re.I):
        out |= CABINET
    if positive:
        for party, words in PARTY_WORDS.items():
            if any(w in text for w in words):
                out |= {n for n, p in PARTY.items() if p == party}
    return out


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


DAYS = weekdays()


def stamp(rng, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(DAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


# ---------------------------------------------------------------------------
# Obfuscation
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456", "c": "\u0441", "p": "\u0440"}
LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}


def _swap_first(word, table, start=1):
    for i in range(start, len(word)):
        if word[i].lower() in table:
            return word[:i] + table[word[i].lower()] + word[i + 1:]
    raise ValueError(word)


def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    assert word in text, (word, text)
    if kind == "star":
        new = _swap_first(word, {v: "*" for v in "aeiou"})
    elif kind == "digit":
        new = _swap_first(word, LEET)
    elif kind == "zwsp":
        m = len(word) // 2
        new = word[:m] + "\u200b" + word[m:]
    elif kind == "spaced":
        new = " ".join(word)
    elif kind == "cyrillic":
        new = _swap_first(word, CYR)
    else:
        raise ValueError(kind)
    return text.replace(word, new)


FAMILIES = {
    PA: PERSONAL, AL: ABUSIVE, BI: INTIMIDATION, EQ: EQUALITY, DEF: DEFAMATION,
}
SHORT = {"PA": PA, "AL": AL, "BI": BI, "EQ": EQ, "DEF": DEF}
VARIANTS = [
    ("AL", 5, "star", "cunt"), ("AL", 0, "star", "bellend"), ("AL", 3, "star", "wanker"),
    ("PA", 29, "star", "scum"), ("AL", 30, "star", "fucked"),
    ("PA", 1, "digit", "thickest"), ("DEF", 10, "digit", "liar"), ("AL", 4, "digit", "knobhead"),
    ("EQ", 27, "digit", "Pakis"), ("DEF", 20, "digit", "crook"),
    ("PA", 12, "zwsp", "parasite"), ("BI", 10, "zwsp", "sorry"), ("DEF", 3, "zwsp", "backhander"),
    ("AL", 12, "zwsp", "bitch"), ("EQ", 26, "zwsp", "cripples"),
    ("AL", 8, "spaced", "shit"), ("PA", 27, "spaced", "plank"), ("DEF", 30, "spaced", "Fraudster"),
    ("AL", 10, "spaced", "Twat"), ("BI", 18, "spaced", "live"),
    ("DEF", 17, "cyrillic", "bent"), ("PA", 4, "cyrillic", "Pathetic"), ("EQ", 1, "cyrillic", "brown"),
    ("BI", 3, "cyrillic", "shame"), ("AL", 13, "cyrillic", "tossers"),
    ("PA", 16, "caps", None), ("AL", 16, "caps", None), ("BI", 0, "caps", None),
    ("DEF", 31, "caps", None), ("EQ", 17, "caps", None),
]


def verdict_for(rules, block):
    if block:
        return "block"
    v = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[v]:
            v = SEVERITY[r]
    return v


def main():
    rng = random.Random(SEED)
    platforms = ["x", "x", "facebook", "facebook", "bluesky"]
    originals = {}
    rows = []
    for fam, items in FAMILIES.items():
        for i, it in enumerate(items):
            rules = [fam] + [r for r in it["extra"] if r != fam]
            allowed = [a for a in it["allowed"] if a not in rules]
            row = dict(text=it["text"], _ex=excluded(it["text"], True), _author=it["author"], _date=it["date"],
                       expect=dict(rules=rules, allowed=allowed, verdict=verdict_for(rules, it["block"])),
                       family=fam, kind_of_row="positive", note=it["note"])
            originals[(fam, i)] = row
            rows.append(row)
    for h in NEG:
        author = h["author"]
        for k, v in AUTHOR_FOR.items():
            if h["text"].startswith(k):
                author = v
        rows.append(dict(text=h["text"], _ex=excluded(h["text"], False), _author=author, _date=h["date"],
                         expect=dict(rules=[], allowed=list(h["allowed"]), verdict="ok"),
                         family="hard_negative", kind_of_row="hard_negative",
                         note=f"hard negative ({h['group']}): {h['note']}"))
    # Authors, platforms and timestamps for originals.
    for row in rows:
        if row["_author"]:
            row["author"] = row["_author"]
        else:
            cands = sorted(h for h, n in HANDLES.items() if n not in row["_ex"])
            row["author"] = rng.choice(cands)
        row["platform"] = rng.choice(platforms)
        row["created_at"] = stamp(rng, row["_date"])
    variants = []
    for short, idx, kind, word in VARIANTS:
        orig = originals[(SHORT[short], idx)]
        allowed = list(orig["expect"]["allowed"])
        if kind == "caps" and HS not in allowed and HS not in orig["expect"]["rules"]:
            allowed.append(HS)
        variants.append(dict(text=obfuscate(orig["text"], kind, word), _orig=orig, author=orig["author"],
                             platform=orig["platform"], created_at=stamp(rng),
                             expect=dict(rules=list(orig["expect"]["rules"]), allowed=allowed,
                                         verdict=orig["expect"]["verdict"]),
                             family=orig["family"], kind_of_row="positive",
                             note=f"obfuscated variant ({kind}) of the original; same labels" +
                                  ("; shouting may raise haste (allowed)" if kind == "caps" else "")))
    allrows = rows + variants
    rng.shuffle(allrows)
    for i, row in enumerate(allrows, 1):
        row["id"] = f"B16-{i:04d}"
    out = []
    for row in allrows:
        rec = dict(id=row["id"], text=row["text"], author=row["author"], created_at=row["created_at"],
                   platform=row["platform"], account="councillor", kind="post", expect=row["expect"],
                   family=row["family"], kind_of_row=row["kind_of_row"], note=row["note"])
        if "_orig" in row:
            rec["variant_of"] = row["_orig"]["id"]
        out.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
