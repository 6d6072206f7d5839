#!/usr/bin/env python3
"""Blind set b21 (Borough of Skelderby): hand-written rows + deterministic assembly."""
import json, random, re, datetime as dt, tomllib, pathlib

HERE = pathlib.Path(__file__).resolve().parent
SEED = 2121
PA, AL, BI, ED, DA = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination", "defamation.allegation")
OI, TI, DP, HP, SC = ("officers.impartiality", "tone.irony-risk", "data-protection.personal-data",
                      "haste.pause-before-posting", "security.credentials")

def r(text, rules, allowed, verdict, note, date=None):
    return dict(text=text, rules=rules, allowed=allowed, verdict=verdict, note=note, date=date, by=None)

POS = {}
POS[PA] = [
 r("Listening to @ShaneYarrowby at scrutiny is like watching a pigeon play chess. Knocks the pieces over, struts about, thinks it's won.", [PA], [TI], "review", "ridicule aimed at a councillor by @handle, via an idiom (pigeon chess), no swear words"),
 r("Cllr Kettlewell hasn't had an original thought since the Blair years and it shows every time he opens his mouth.", [PA], [], "review", "insult of a named councillor's intellect, not his policy"),
 r("The head of planning couldn't organise a raffle at a church fete. How is this man in charge of anything??", [PA, OI], [], "review", "officer referred to by role, mocked as incompetent; officer target also raises impartiality"),
 r("@InesPellowLD you are a spineless little weathervane and everyone in Wyke Gill knows it", [PA], [], "review", "insult by @handle and 'you'"),
 r("Harriet Lumb is a nasty, bitter piece of work. Always has been.", [PA], [], "review", "character attack on a named councillor"),
 r("Someone should tell Cllr Arkle that being thick isn't a personality.", [PA], [TI], "review", "calls a named councillor thick, dressed as a quip"),
 r("Honestly @TariqHollinsLab, you're a joke. A sad, smug joke in a cheap suit.", [PA], [], "review", "insult aimed at @handle, about the person and his clothes"),
 r("Bev Cotherstone is the most brainless person ever to sit in that chamber, and that's a crowded field", [PA], [], "review", "named councillor called brainless; the second clause insults others too"),
 r("Vermin. That's what the Saltcote Residents lot are. Vermin dressed up as a community group.", [PA], [AL], "block", "dehumanising insult of a group of residents (severe, so block)"),
 r("Our chief exec is a clueless overpaid clown and should be laughed out of the building tbh", [PA, OI], [], "review", "officer by role (Chief Executive) insulted as a person"),
 r("Watched Cllr Blakeston try to read out her own amendment. Bless. Lights on, nobody home \U0001F4A1", [PA, TI], [ED], "review", "mock sympathy ('Bless') plus 'lights on, nobody home' idiom; irony expected"),
 r("@DeclanOrmesbyLab grow a backbone you pathetic wet lettuce", [PA], [], "review", "insult to @handle using a food idiom, no profanity"),
 r("Moira Stannage is a parasite who's leeched off this borough for twenty years.", [PA], [DA], "review", "dehumanising metaphor for a named councillor; 'leeched' may imply misconduct, so defamation allowed"),
 r("The residents who turned up to heckle last night were a bunch of knuckle-dragging morons. Shameful.", [PA], [], "review", "residents (a group of people) insulted"),
 r("Cllr Pellow, you are beneath contempt. A worthless human being.", [PA], [], "block", "severe dehumanising attack on a named councillor"),
 r("Wonderful contribution from our Leader today. Truly, Gwen, the brain of Britain \U0001F644 Couldn't find Skelderby on a map.", [PA, TI], [], "review", "mock praise of the Leader followed by the insult; irony expected"),
 r("The bloke from Norvale's complaints line who rang me back today is an arrogant, sneering little man.", [PA], [], "review", "insult of an unnamed private individual identified by role at a company"),
 r("Shane Yarrowby: gobby, ignorant and utterly useless. Hobthrush deserves better than that lump.", [PA], [], "review", "string of personal insults at a named councillor (northern slang 'gobby', 'lump')"),
]
POS[AL] = [
 r("What a fucking shambles the bin rollout has been. Sort it out.", [AL], [], "review", "obscenity aimed at a policy: abusive-language applies whatever its target, no personal attack"),
 r("@RupertKettlewell you absolute bellend, read the report before you tweet", [AL, PA], [], "review", "obscene insult at @handle"),
 r("Cllr Yarrowby talks more shit than the sewage works at Brankin Ings.", [AL, PA], [], "review", "vulgar insult of a named councillor via a local joke"),
 r("Piss off back to your gated estate, Kenneth.", [AL, PA], [], "review", "vulgar dismissal of a named councillor"),
 r("This consultation is bollocks from start to finish and whoever signed it off knows it.", [AL], [PA], "review", "vulgarity aimed mainly at a document; signer alluded to, so personal attack allowed"),
 r("Tariq Hollins is a total cunt and I'd say it to his face.", [AL, PA], [BI], "block", "the c-word aimed at a named councillor: severe"),
 r("Bev, you daft twat, that's not what the motion said", [AL, PA], [ED], "review", "vulgar insult by first name"),
 r("Shitshow. Absolute shitshow. The new parking app has cost us a fortune and it doesn't even work", [AL], [], "review", "profanity about a council project, no person targeted"),
 r("@FionaBlakestonCon is a stuck-up cow who thinks she's better than the rest of us", [AL, PA], [ED], "review", "gendered abusive insult at @handle; equality allowed for the gendered term"),
 r("Fuck Reform and fuck every lying leaflet they've shoved through my door.", [AL], [PA, DA], "review", "obscenity at a party and its leaflets; people not directly named"),
 r("Whoever the planning officer was who wrote this, they're a dickhead. Plain and simple.", [AL, PA, OI], [], "review", "obscene insult at an officer identified by role"),
 r("Declan Ormesby is a lying sack of shit.", [AL, PA, DA], [], "review", "obscene insult plus 'lying' (dishonesty) about a named councillor; arguably block"),
 r("Absolute pig's ear of a junction. Whoever designed that roundabout wants their arse kicking.", [AL], [BI, PA], "review", "vulgar idiom; 'wants their arse kicking' is a stock idiom, not a real threat, so intimidation only allowed"),
 r("Dear Norvale Waste: your service is crap, your call centre is crap, and your excuses are crap.", [AL], [PA], "review", "vulgar language aimed at an organisation"),
 r("Harriet you prat, stop embarrassing yourself on here \U0001F926\u200d\u2640\ufe0f", [AL, PA], [], "review", "mild vulgar insult by first name; on the mild edge of abusive language"),
 r("Get to fuck, Seun. Nobody in the Quay voted for your bike lanes.", [AL, PA], [], "review", "obscene dismissal of a named councillor (Scottish/northern idiom)"),
 r("Councillor Arkle, kindly go and fuck yourself. Regards, everyone in Lowther Bank.", [AL, PA], [], "review", "polite framing around an obscene instruction to a named councillor"),
 r("Budget's a steaming pile of shite and the cabinet can shove it where the sun don't shine.", [AL], [PA], "review", "obscene language at a budget and the cabinet as a body"),
]
POS[BI] = [
 r("@HarrietLumbInd keep going the way you are and you'll find out how fast friends disappear round here. Just saying.", [BI], [PA], "block", "veiled threat of consequences to @handle"),
 r("I know which school your kids go to, Declan. Think on.", [BI], [DP, PA], "block", "'I know where...' style threat involving a councillor's children"),
 r("To whoever put in that standards complaint about me: I know it was you, and I won't forget it.", [BI], [], "block", "intimidation of a complainant (code 8.3)"),
 r("Cllr Pellow should be very careful walking to her car after the next meeting.", [BI], [], "block", "veiled threat of physical harm to a named councillor"),
 r("The officer who wrote that report will be looking for a new job by summer if I have anything to do with it.", [BI, OI], [PA], "block", "threat to an officer's job over their advice"),
 r("Shane, you want to watch yourself. People in Hobthrush have long memories and short tempers.", [BI], [], "block", "veiled threat by first name"),
 r("Anyone who gives evidence against me at the hearing should think very hard about what happens next.", [BI], [], "block", "threat to witnesses in a standards hearing (code 8.3)"),
 r("Nice house you've got on the end there, Rupert. Be a shame if anything happened to it \U0001F609", [BI], [TI, PA], "block", "mafia-style veiled threat dressed with a wink"),
 r("I'll make your life a misery, @TariqHollinsLab. Every meeting, every email, every day until you quit.", [BI], [PA], "block", "explicit campaign of intimidation against @handle"),
 r("Bev Cotherstone needs a good slap and I'm volunteering.", [BI], [PA], "block", "threat of violence framed as a quip"),
 r("If that planning officer recommends approval again I'll be waiting for him in the car park.", [BI, OI], [], "block", "threat to an officer by role, pressing his advice"),
 r("Fiona, I've screenshotted everything. One more word from you and it all goes public. Your choice.", [BI], [], "block", "blackmail-style intimidation of a named councillor"),
 r("The Saltcote Residents lot who keep emailing me: I've got your names and I'm passing them to some people who'll have a word.", [BI], [DP], "block", "intimidation of residents, threat to pass their names to others"),
 r("Kenneth Arkle will regret crossing me. Mark my words.", [BI], [], "block", "'will regret' threat at a named councillor"),
 r("Going to enjoy watching @SeunDaggettGreen squirm when I put all his mistakes up on the big screen at full council and make him read them out one by one.", [BI], [PA], "block", "planned public humiliation of @handle"),
 r("A message to the woman who complained to the Monitoring Officer about me: withdraw it by Friday or I'll be round to discuss it in person.", [BI], [], "block", "threat against a complainant with a deadline and a visit"),
 r("Moira, I've got mates on the estates who don't like people like you. Sleep tight x", [BI], [PA], "block", "veiled threat ending in a menacing sign-off"),
 r("Keep your head down, Gwen. Some of us are done being polite.", [BI], [], "block", "veiled threat at the Leader by first name"),
]
POS[ED] = [
 r("Nothing against her personally but you can't have a woman of Moira's age chairing scrutiny. Time to put her out to grass.", [ED], [PA], "block", "age and sex used to disqualify a named councillor"),
 r("If Cllr Daggett hates this country's roads so much he can go back where his parents came from.", [ED], [PA], "block", "'go back where...' racial attack on a named councillor"),
 r("Another mosque extension waved through. Tell me again this town isn't being taken over.", [ED], [], "block", "'taken over' trope against Muslims (religion)"),
 r("Fiona's been useless since she got pregnant. Shouldn't have stood if she wanted babies.", [ED], [PA], "block", "pregnancy and maternity used against a named councillor"),
 r("Why are we giving the blue badge bays to scroungers who can walk fine when it suits them?", [ED], [PA], "block", "disabled residents cast as scroungers (disability)"),
 r("A bloke in a dress is not going to tell me which toilets my daughter uses. Not in Skelderby.", [ED], [PA], "block", "gender reassignment: mocking trans woman as 'a bloke in a dress'"),
 r("The Traveller lot up at Wyke Gill will have the lead off the church roof by Easter. Always the same with them.", [ED], [DA], "block", "criminality stereotype of Travellers (race)"),
 r("Two poofs holding hands outside the library in front of kids. Is nothing sacred any more?", [ED, AL], [], "block", "homophobic slur plus hostility to a same-sex couple (sexual orientation)"),
 r("The Polish shops on Cotterlaw Road are why the street looks like a tip. Their lot just don't care.", [ED], [], "block", "nationality/race stereotype"),
 r("Tariq's lot always vote as a block. We all know where their loyalty lies and it isn't Skelderby.", [ED], [PA], "block", "coded dual-loyalty slur on religion/ethnicity of a named councillor"),
 r("Pensioners clogging up the buses at rush hour when they've got all day. Give the passes to people who actually work.", [ED], [], "block", "contempt for older people as a group (age); borderline with a policy view on pass hours"),
 r("Harriet only got the chair cos she's a woman and it ticks a box. Gets hysterical every time she's challenged too.", [ED, PA], [], "block", "sex-based attack on a named councillor with a gendered insult"),
 r("Wheelchair users want every pavement in the borough rebuilt just for them and the rest of us pay. Enough.", [ED], [], "block", "resentment aimed at disabled people as a group"),
 r("Jewish landlords again. Funny how it's always them buying up Saltcote.", [ED], [], "block", "antisemitic trope (religion/race)"),
 r("Single mums on the Brankin Ings estate have kids for the benefits, everyone knows it.", [ED], [PA], "block", "sex and marital status stereotype of a group of residents"),
 r("Ines is too old and too forgetful for this job now. Someone check she's taken her tablets.", [ED, PA], [], "block", "age and implied health/disability mocking of a named councillor"),
 r("Asylum seekers at the Lowther Hotel are trouble waiting to happen. Lock your doors, ladies.", [ED], [DA], "block", "casting asylum seekers (race/national origin) as a sexual danger"),
 r("Gay councillors shouldn't be anywhere near children's services. Common sense, that.", [ED], [], "block", "sexual orientation used to bar people from a role"),
]
POS[DA] = [
 r("Everyone knows Rupert Kettlewell took a backhander from Tees Lantern Homes to swing the Mardale vote.", [DA], [PA], "block", "bribery stated as fact about a named councillor and a company"),
 r("Cllr Hollins has been fiddling his mileage claims for years. Ask anyone in finance.", [DA], [PA], "review", "dishonesty about expenses stated as fact; arguably block (fraud)"),
 r("Moira Stannage is a liar. She knew about the pool closure in October.", [DA, PA], [], "review", "'is a liar' about a named councillor"),
 r("The Director of Resources cooked the books to hide the deficit before the election.", [DA, OI], [PA], "review", "misconduct idiom about an officer by role"),
 r("Norvale Waste are crooks, pure and simple. They've been billing us for rounds they never did.", [DA], [], "block", "fraud stated as fact about a company"),
 r("Bev Cotherstone stole from the food bank float when she was treasurer. Fact.", [DA], [PA], "block", "theft stated as fact about a named councillor"),
 r("Funny how Ken Arkle's brother-in-law keeps winning the grounds maintenance contract. Nothing to see here \U0001F440", [DA, TI], [PA], "review", "insinuated corruption with ironic 'nothing to see here'"),
 r("Shane Yarrowby faked his address to stand in Hobthrush. That's electoral fraud, no two ways about it.", [DA], [], "block", "electoral fraud stated as fact"),
 r("@GwenFairbeckLab has been on the take since day one.", [DA], [PA], "review", "'on the take' corruption idiom about @handle"),
 r("The chief executive buried the safeguarding report to protect her mates.", [DA, OI], [PA], "review", "misconduct allegation about an officer by role"),
 r("Ines Pellow forged signatures on her nomination papers.", [DA], [], "block", "forgery (a crime) stated as fact"),
 r("Declan's so-called charity is a front for lining his own pockets.", [DA], [PA], "review", "dishonesty idiom about a named councillor"),
 r("The chair of the Saltcote residents' association pocketed the lottery grant. I've seen the accounts.", [DA], [], "block", "theft alleged against an identifiable person by role"),
 r("Harriet Lumb lied to full council about the consultation figures and she knows it.", [DA, PA], [], "review", "dishonesty allegation about a named councillor"),
 r("Cllr Blakeston's husband's firm only got the Quay contract because she rigged the scoring.", [DA], [PA], "block", "procurement rigging (misconduct in office) stated as fact"),
 r("Tees Lantern Homes bribed their way to that planning consent. Everyone in the trade knows it.", [DA], [], "block", "bribery alleged against a company"),
 r("Seun Daggett is a fraud. Drives a diesel SUV to climate meetings lol", [DA, PA], [], "review", "'is a fraud' used loosely for hypocrisy; still an untrue-if-wrong label about a named person"),
 r("The head of planning is bent and has been for years.", [DA, OI], [PA], "review", "'bent' (corrupt) about an officer by role"),
]

def n(text, note, allowed=(), date=None, by=None):
    return dict(text=text, rules=[], allowed=list(allowed), verdict="ok", note=note, date=date, by=by)

HN = [
 # harsh criticism of policies, decisions, companies, parties
 n("The bin rollout has been a total shambles and the cabinet should be embarrassed. Residents deserve an apology, not a press release.", "harsh criticism of a policy and the cabinet's handling"),
 n("This budget is a disgrace. Cutting the youth service to pay for a new logo is idiotic.", "'idiotic' aimed at a decision"),
 n("Norvale Waste's performance this winter has been dreadful. The contract penalties exist for a reason, so use them.", "harsh criticism of a contractor's performance, no allegation"),
 n("Reform's plan for the library would gut it. Bad policy, badly costed, badly argued.", "criticism of a party's policy"),
 n("The Conservative amendment was lazy and cynical. Voted against it, proudly.", "criticism of an amendment"),
 n("Labour have run Skelderby like a private members' club for a decade. Time for a change at the ballot box.", "party criticism, electoral framing"),
 n("Tees Lantern Homes have delivered 11 of the 60 affordable homes they promised. That's a broken promise and we will hold them to it.", "factual criticism of a company, no allegation of crime"),
 n("Parking charges at the Quay are daylight robbery. I'll be calling the decision in to scrutiny.", "'daylight robbery' idiom about prices"),
 n("Closing Brankin Ings baths is short-sighted, mean and wrong. I'll keep fighting it.", "harsh words about a decision"),
 n("A stupid decision, made in a hurry, that will cost us more in the long run. Pothole fund cut AGAIN.", "'stupid' aimed at a decision"),
 n("The Lib Dem leaflet on council tax is nonsense from start to finish. The real figures are on the council website, check them yourself.", "disputes a leaflet's content without calling anyone a liar"),
 n("The Green group's transport motion was well meant but completely unworkable. Happy to explain why over a brew.", "civil disagreement"),
 n("Shocking that the cabinet waved through a 9% rent rise without a single question. Scrutiny exists for a reason.", "criticism of the cabinet's decision-making"),
 n("I think the Leader's town centre strategy is badly wrong and I said so in the chamber today. Robust debate, that's the job.", "disagreement with a named office holder's policy"),
 n("Cllr Kettlewell's street lighting motion was misguided and the numbers don't add up. I'll be voting against.", "criticism of a named councillor's motion, not of him"),
 n("This consultation is a box-ticking exercise and the questions are loaded. Please fill it in anyway and tell them what you think.", "criticism of a consultation"),
 n("The regeneration masterplan is a vanity project. Glossy pictures, no funding, no plan.", "criticism of a project"),
 n("The government's funding settlement is a kick in the teeth for northern councils.", "criticism of national policy"),
 n("Farce at the Cotterlaw Road junction again. Temporary lights for six months and still no plan. Not good enough.", "criticism of roadworks management"),
 n("Worst bus timetable change I can remember. Moorline Buses need to reverse it now.", "criticism of a company's decision"),
 n("I disagree with Cllr Hollins on almost everything in this budget, but credit where it's due: the hardship fund is the right call.", "balanced disagreement with a named councillor"),
 n("Reform councillors voted to scrap the climate plan. I think that's reckless and I'll say so on every doorstep in Wyke Gill.", "'reckless' aimed at a vote"),
 # resignation calls on the record
 n("After the audit findings on the leisure contract, the portfolio holder should resign. Accountability matters.", "resignation call on the record"),
 n("I'm calling on Cllr Arkle to step down as chair of licensing after the committee's vote of no confidence.", "resignation call based on a formal vote"),
 n("The Leader promised the pool would stay open. It's closing. She should do the honourable thing and go.", "resignation call on a broken promise"),
 n("Three poor Ofsted visits under this cabinet. The children's services lead has to go.", "resignation call on performance"),
 n("If the administration can't balance the books, they should stand aside and let someone who can.", "'balance the books' is not an allegation"),
 n("Resign, Rupert. Not for who you are but for what your group's amendment did to Saltcote's bus routes.", "resignation call addressed by first name, on the record", [PA]),
 n("Reform's group leader should give up the leadership after the leaflet fiasco. That's a political judgement, not a personal one.", "resignation call on a political error"),
 n("Calls for the housing portfolio holder to resign are growing and I'm adding my voice. The figures speak for themselves.", "resignation call on figures"),
 n("The planning chair should step aside from this application given the concerns residents have raised. Not an accusation, just good governance.", "governance request, explicitly not an allegation"),
 # counter-speech quoting abuse
 n("Someone left a note on my car calling me a 'traitor who'll get what's coming'. Reported to police. I won't be intimidated.", "quotes a threat to condemn it", [BI]),
 n("Disgusted by a post calling our Muslim neighbours 'invaders'. That's not Skelderby. Reported.", "quotes a slur to condemn it", [ED]),
 n("A man shouted 'go back to where you came from' at Cllr Daggett outside the Civic Centre today. We stand with Seun.", "reports racist abuse of a colleague", [ED]),
 n("'Useless fat cow' is not political debate. It's abuse, and I'll report every comment like it.", "quotes an insult to condemn it", [PA, AL]),
 n("To the people calling officers 'corrupt pen-pushers' in my replies: they're not, and they can't answer back. Leave them out of it.", "defends officers against a quoted allegation", [DA, OI]),
 n("I've been called a 'stupid old bat' three times this week for backing the cycle lanes. Still backing them.", "quotes abuse received", [PA, ED]),
 n("Comments saying trans people are 'mentally ill' will be deleted. This page is for everyone.", "moderation notice quoting abuse", [ED]),
 n("If your reply to this is 'f*** off back to Leeds', you've missed the point. Engage with the argument.", "quotes an obscene reply to reject it", [AL]),
 n("Whoever wrote 'we know where you live' on Cllr Pellow's front door: that is a crime and the police have been told.", "condemns a threat against a colleague", [BI]),
 n("I condemn without reservation the graffiti calling Cllr Hollins a 'nonce'. Vile, false, and now with the police.", "condemns a defamatory slur", [DA, AL, PA]),
 # hate-crime reports
 n("Spoke to the family whose shop window was smashed on Cotterlaw Road last night. Police are treating it as racially aggravated. Please share any doorbell footage with them.", "hate-crime report"),
 n("Antisemitic stickers have appeared on the Saltcote bus shelters. Our street team are removing them today. Report hate incidents online or on 101.", "hate-incident report"),
 n("Hate crime awareness session at Hobthrush library Thursday 2pm, run with the neighbourhood policing team. All welcome.", "event notice"),
 n("Disability hate crime reports in the borough rose 14% last year. Under-reporting is still the bigger problem.", "statistics"),
 n("A gay couple were attacked leaving the Lowther Arms on Saturday. I've spoken to Supt Faceby and arrests have been made. Solidarity with them both.", "hate-crime report naming a public office holder"),
 n("If you've been abused because of your religion, Tell MAMA and CST both offer confidential support. You don't have to put up with it.", "support signposting"),
 n("The mosque on Brankin Road received a threatening letter this week. Police are investigating. Went down today to offer our support.", "hate-incident report", [BI]),
 # protected groups: supportive or neutral, own identity
 n("Lovely Lunar New Year celebration at the Quay with the Chinese community association. The lion dance was brilliant \U0001F409", "supportive mention of a community", date="2026-02-17"),
 n("As a gay man who grew up on the Brankin Ings estate, I know how much visibility matters. Proud to back Skelderby's first Pride in the Park.", "councillor describing his own sexuality", by="@DeclanOrmesbyLab"),
 n("I'm deaf in one ear, so if I look blankly at you in a meeting, come round to my left side \U0001F604 Hearing loops in every committee room now, finally.", "councillor's own disability"),
 n("Trans people have lived in Skelderby as long as anyone else. They deserve the same dignity at the GP and the job centre.", "supportive mention of trans people"),
 n("Ramadan Mubarak to all our Muslim residents. The iftar at Cotterlaw community centre on Friday is open to everyone.", "religious greeting", date="2026-02-19"),
 n("Dropped in on the over-75s lunch club in Mardale Rise. Sharp as tacks, the lot of them, and they beat me at dominoes.", "warm mention of older residents"),
 n("New Changing Places toilet at the Quay opens Monday. A proper win for disabled residents and their carers.", "disability access"),
 n("Maternity services at the Lowther must stay local. Pregnant women shouldn't face a 40-minute drive in labour.", "pregnancy mentioned in a service campaign"),
 n("Our Polish Saturday school has 120 pupils now. Fantastic to see.", "supportive mention of a national community"),
 n("As a Black woman in local politics I get asked if I'm 'the councillor's assistant' about once a month. Still here. Still the councillor.", "councillor's own identity, quotes a microaggression", [ED], by="@InesPellowLD"),
 n("International Women's Day: a shout out to the women running our food banks, youth clubs and half our junior football teams.", "IWD greeting", date="2026-03-06"),
 n("Civil partnership ceremonies are back at the Old Town Hall from April. Book through the registrars.", "neutral service notice"),
 n("Holocaust Memorial Day service at St Hild's at 11. We remember, and we teach our children to remember.", "HMD notice", date="2026-01-27"),
 n("Gypsy, Roma and Traveller children have the lowest school attendance in the borough. We need to understand why and listen to families.", "neutral policy concern about a protected group"),
 n("I'm 71 and I'm not going anywhere. Age is experience, not an excuse.", "councillor's own age", by="@KenArkleCon"),
 n("Autism-friendly quiet hour at the leisure centre every Tuesday from next week, thanks to the campaigners at Skelderby Parents Forum.", "disability inclusion"),
 n("Good meeting with the Hindu temple committee about Diwali on the Quay later this year. Lights back on the river!", "supportive mention of a faith group"),
 n("Women's safety walk round the Quay last night showed exactly where the lighting is poor. Report going to cabinet.", "sex mentioned in a safety context"),
 # civil immigration debate
 n("I think the Home Office is wrong to keep using the Lowther Hotel for asylum accommodation. It isn't fair on the people housed there or on the town. Councils need a say.", "civil view on asylum policy"),
 n("Net migration is a legitimate topic. We can talk about numbers and services without demonising anyone.", "civil framing"),
 n("Residents have asked whether the hotel contract is putting pressure on GP places. I've asked the ICB for the figures and will publish them.", "factual inquiry"),
 n("Proper integration needs English classes funded, not cut. That's where the council can actually help.", "policy view"),
 n("Reform say immigration is the number one issue on the doorstep. In Saltcote it's potholes and bins. Different wards, different priorities.", "party comparison"),
 n("I support a lower, managed level of immigration and I also support treating every person who arrives here decently. Those aren't contradictions.", "civil restrictionist view"),
 n("The proposed transit site at Wyke Gill needs proper consultation with settled residents and with Traveller families alike.", "neutral mention of Travellers"),
 n("Half our care homes would struggle to open tomorrow without staff from overseas. Worth remembering in this debate.", "pro-migration point"),
 # banter and idioms
 n("Cllr Ormesby absolutely murdered 'Sweet Caroline' at the charity karaoke. Raised \u00a3640 though, so we forgive him \U0001F3A4", "'murdered' a song: banter", [TI]),
 n("Bloodbath at the Riverside: Skelderby Town 5, visitors 0. What a day.", "football idiom"),
 n("The new planning portal has one killer feature: search by postcode at last!", "'killer feature' idiom"),
 n("Bloody brilliant turnout for the Hobthrush litter pick. 80 bags!", "mild intensifier in praise"),
 n("Rupert and I agree on nothing, but he makes a mean bacon butty at the cross-party charity breakfast. Fair play, you old rogue \U0001F602", "cross-party banter", [TI]),
 n("I'd kill for a cuppa after that six-hour budget meeting.", "'kill for' idiom"),
 n("Cabinet away day was a riot. (Not literally. Please stop emailing me.)", "idiom with a joke"),
 n("Harriet beat me at the quiz again. I demand a recount \U0001F624", "banter", [TI]),
 n("The gritters smashed it this week. Every main route clear by 6am.", "'smashed it' praise"),
 n("Knocked 'em dead at the schools debate. Well, the Year 10s were kind enough to clap.", "idiom with self-deprecation"),
 n("Going to fight tooth and nail for the Mardale Rise bus. Watch this space.", "campaign idiom"),
 n("Shane and I had a proper ding-dong on the radio this morning, then shared a lift home. That's politics round here.", "friendly cross-party mention"),
 # self-deprecation
 n("Just spent 20 minutes trying to unmute myself on the committee call. Tech genius, me \U0001F648", "self-deprecation"),
 n("Turned up to the wrong ward surgery. In my defence, both halls are beige.", "self-deprecation"),
 n("My other half says my canvassing jacket makes me look like a lost geography teacher. Not wrong.", "self-deprecation"),
 n("I'm an idiot: the date in my last post was wrong. Surgery is THURSDAY 12th, not Tuesday.", "self-insult"),
 n("Grey hair, dodgy knees, still knocking doors. Ageing gracefully it is not.", "self-deprecation about own age"),
 # thanking officers
 n("Huge thanks to Carys Whitwell and the neighbourhood team for clearing the flytip on Saltcote Lane within a day.", "thanks to a named officer", [OI]),
 n("Owen Baysdale gave up his evening to explain the local plan to Mardale residents. Patient, clear and fair. Thank you.", "thanks to a named officer", [OI]),
 n("Credit to Priti Laverack's finance team for the clearest budget papers I've seen in 12 years.", "thanks to a named officer", [OI]),
 n("Thanks to Graham Tockett for the standards training this morning. Useful reminder of what we can and can't post!", "thanks to the Monitoring Officer", [OI]),
 n("Adaeze Moorsholm answered every question at the residents' meeting, including the angry ones. Good public service.", "thanks to the Chief Executive", [OI]),
 # other traps
 n("Scam alert: fraudsters are texting residents pretending to be the council about council tax refunds. We will never ask for your bank details or PIN by text.", "scam warning using 'fraudsters' and 'PIN'", [SC]),
 n("We're coming for every seat in May. Every single one. \U0001F339", "campaign rhetoric, not a threat"),
 n("Correction to the Conservative leaflet: the pool isn't closing in March, it's under review. I'm sure it was an honest mistake; let's stick to the facts.", "correction without calling anyone a liar"),
]

# obfuscated variants: (family, index, kind, old, new); caps variants uppercase the text except @handles
VARIANTS = [
 (PA, 8, "star", "Vermin. That's what", "V*rmin. That's what"),
 (AL, 0, "star", "fucking", "f*cking"),
 (AL, 1, "digit", "bellend", "b3llend"),
 (DA, 0, "digit", "backhander", "backh4nder"),
 (AL, 5, "zwsp", "cunt", "cu\u200bnt"),
 (ED, 7, "zwsp", "poofs", "po\u200bofs"),
 (DA, 2, "spaced", "liar", "l i a r"),
 (AL, 6, "spaced", "twat", "t w a t"),
 (PA, 7, "cyrillic", "brainless", "brainl\u0435ss"),
 (PA, 12, "cyrillic", "parasite", "p\u0430r\u0430site"),
 (BI, 8, "caps", None, None),
 (PA, 3, "caps", None, None),
]

def caps(text):
    return re.sub(r"(@\w+)|([^@]+)", lambda m: m.group(1) or m.group(2).upper(), text)

def main():
    rng = random.Random(SEED)
    conf = tomllib.loads((HERE / "council.toml").read_text())
    handles = {h: p for h, p in conf["people"]["handles"].items() if p in conf["people"]["councillors"]}
    hlist = sorted(handles)

    PARTY = {"labour": ["@GwenFairbeckLab", "@TariqHollinsLab", "@MoiraStannage", "@DeclanOrmesbyLab"],
             "conservative": ["@RupertKettlewell", "@FionaBlakestonCon", "@KenArkleCon"],
             "reform": ["@BevCotherstoneRUK", "@ShaneYarrowby"], "lib dem": ["@InesPellowLD"],
             "green group": ["@SeunDaggettGreen"], "saltcote resid": ["@HarrietLumbInd"]}

    def pick_author(text, by=None):
        if by:
            return by
        low = text.lower()
        party_out = {h for k, hs in PARTY.items() if k in low for h in hs}
        ok = []
        for h in hlist:
            toks = [t for t in handles[h].lower().split() if len(t) > 3]
            nick = {"Oluwaseun Daggett": ["seun"], "Gwendolyn Fairbeck": ["gwen", "leader"],
                    "Kenneth Arkle": ["ken "], "Rupert Kettlewell": [], }.get(handles[h], [])
            if h in party_out or h.lower() in low or any(t in low for t in toks + nick):
                continue
            ok.append(h)
        return rng.choice(ok)

    days = [dt.date(2026, 1, 5) + dt.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= dt.date(2026, 3, 27)]

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        return t.isoformat()

    rows = []
    for fam, items in POS.items():
        for i, it in enumerate(items):
            rows.append(dict(key=(fam, i), family=fam, kind_of_row="positive", **it))
    for it in HN:
        rows.append(dict(key=None, family="hard_negative", kind_of_row="hard_negative", **it))
    base = {row["key"]: row for row in rows if row["key"]}
    for fam, i, kind, old, new in VARIANTS:
        o = base[(fam, i)]
        if kind == "caps":
            text = caps(o["text"])
            allowed = o["allowed"] + ([HP] if HP not in o["allowed"] else [])
        else:
            assert old in o["text"], (fam, i, old)
            text = o["text"].replace(old, new, 1)
            allowed = list(o["allowed"])
        rows.append(dict(key=None, family=fam, kind_of_row="positive", text=text, rules=list(o["rules"]),
                         allowed=allowed, verdict=o["verdict"], date=None, by=None,
                         note=f"obfuscated variant ({kind}) of the original; same labels" +
                              ("; shouting may raise haste (allowed)" if kind == "caps" else ""),
                         variant_src=(fam, i)))
    rng.shuffle(rows)
    ids = {}
    for k, row in enumerate(rows, 1):
        row["id"] = f"B21-{k:04d}"
        if row["key"]:
            ids[row["key"]] = row
    for row in rows:
        row["author"] = None
    # originals first so variants can copy author/platform
    for row in rows:
        if "variant_src" not in row:
            row["author"] = pick_author(row["text"], row.get("by"))
            row["platform"] = rng.choice(["x", "facebook", "bluesky"])
    out = []
    for row in rows:
        o = {"id": row["id"], "text": row["text"]}
        if "variant_src" in row:
            src = ids[row["variant_src"]]
            row["author"], row["platform"] = src["author"], src["platform"]
            o["variant_of"] = src["id"]
        o.update(author=row["author"], created_at=stamp(row["date"]), platform=row["platform"],
                 account="councillor", kind="post",
                 expect={"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
                 family=row["family"], kind_of_row=row["kind_of_row"], note=row["note"])
        out.append(o)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows")

if __name__ == "__main__":
    main()
