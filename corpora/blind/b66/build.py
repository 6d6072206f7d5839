#!/usr/bin/env python3
"""Blind set b66 (Morfa Bay County Borough Council): hand-written rows plus a
deterministic builder. Run: python3 build.py  -> writes posts.jsonl (same bytes every run)."""
import json, random, re, datetime as dt

SEED = 6666
PA = "respect.personal-attack"; AL = "respect.abusive-language"; BU = "bullying.intimidation"
EQ = "equality.discrimination"; DF = "defamation.allegation"; OF = "officers.impartiality"
IR = "tone.irony-risk"; DP = "data-protection.personal-data"; POS = "position.improper-advantage"
HASTE = "haste.pause-before-posting"; PRED = "predetermination.closed-mind"
SEV = {PA: "review", AL: "review", BU: "block", EQ: "block", DF: "review", OF: "review",
       IR: "advice", DP: "review", POS: "review", HASTE: "advice", PRED: "review"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []

def r(fam, text, rules=(), allowed=(), verdict=None, note="", author=None, date=None, var=None):
    if fam.startswith("HN"):
        rl = []; v = "ok"; family = "hard_negative"; kor = "hard_negative"; note = fam + " " + note
    else:
        rl = [fam] + [x for x in rules if x != fam]; family = fam; kor = "positive"
        v = verdict or max((SEV[x] for x in rl), key=ORDER.index)
    ROWS.append(dict(text=text, rules=rl, allowed=list(allowed), verdict=v, family=family,
                     kor=kor, note=note, author=author, date=date, var=var))

# ---------------------------------------------------------------- respect.personal-attack (34)
r(PA, "Watched Gareth Llewellyn try to explain his own budget at scrutiny. Like a man reading a menu in a language he doesn't speak. Bless him, he's out of his depth in a paddling pool.", allowed=[IR], note="competence mockery of a named councillor; 'bless him' allows irony")
r(PA, "@DaiHopkinsPL you couldn't organise a piss-up in a brewery and you want to run the council? Sit down mun.", allowed=[AL], note="insult at a handle; 'piss-up' idiom allows abusive-language")
r(PA, "Cllr Ceri Bevan is the human equivalent of a pothole. Everyone's sick of her and nobody knows how to get rid of her.", note="dehumanising comparison of a named councillor, no swearing")
r(PA, "Honestly Kerry-Ann, with a face like a smacked arse it's no wonder nobody in Pentre Isaf opens the door to you", allowed=[AL], note="appearance mockery of a named councillor; 'arse' allows abusive-language")
r(PA, "Alun Prosser chairing planning is like putting a goldfish in charge of the tide tables. Twp as a brush, that one.", note="Wenglish 'twp' (daft) at a named councillor")
r(PA, "Jason Rees has all the charisma of a wet Tuesday in Dunefield and about half the brains.", note="intelligence insult by comparison", var=("homoglyph", "brains"))
r(PA, "What a genuinely gifted communicator our Leader is 👏👏 eleven minutes to say absolutely nothing. Truly, @RhiannonPughD, a talent.", rules=[IR], note="mock praise of the Leader: personal attack plus irony-risk")
r(PA, "The Head of Planning, Lowri Penhallow, is clearly not up to the job. Clueless from start to finish and too arrogant to admit it.", rules=[OF], note="insult at a named officer: also officers.impartiality")
r(PA, "Somebody tell Nia Watkins that being chopsy on TikTok isn't the same as having a brain cell. Little girl playing at politics.", allowed=[EQ], note="'chopsy', 'brain cell' at a named councillor; 'little girl' may read as sex/age, so equality allowed")
r(PA, "Clive Hammond's contribution tonight: twenty minutes of wind, like a gale off Penrhos with none of the fresh air. The man is a walking snooze button.", note="ridicule of a named councillor")
r(PA, "Lynette, love, your head's so far up the Leader's backside you could tell us what she had for breakfast.", allowed=[AL, EQ], note="crude sycophancy jibe at a named councillor; 'love' allows equality, 'backside' abusive-language")
r(PA, "Steve Bowen is a gobby little nobody who'd sell his own nan for a retweet.", note="insult at a named councillor", var=("spaced", "gobby"))
r(PA, "Our friend @SamiraHaddadGT has discovered spreadsheets. Shame she can't read them. Embarrassing, frankly.", allowed=[IR], note="competence mockery aimed at a handle; sarcastic opener allows irony")
r(PA, "Mark Tudball in planning wouldn't know a flood risk if it came up through his floorboards. Useless man, and everybody in that building knows it.", rules=[OF], note="insult at a named officer")
r(PA, "Owain Griffiths looks like he got dressed in the dark in a charity shop, and he argues like it too.", note="appearance mockery")
r(PA, "Paul Devereux, the so-called Director of Finance, couldn't add up the bill in the Harbour Chippy. How is he on six figures?", rules=[OF], note="competence insult at a named officer")
r(PA, "Bethan Lloyd, honestly, give your gums a rest. Nobody's listened to you since 2009 and there's a reason for that.", allowed=[EQ], note="dismissive insult at a named councillor; 'gums' may hint at age, equality allowed")
r(PA, "You are a pathetic, spineless little man, @GarethLlew_HA. Hiding behind officers every single time.", note="second-person insult at a handle", var=("digit", "pathetic"))
r(PA, "Poor Marian. Lovely lady, brain of a sheep. Someone take the chain off her before she hurts herself.", allowed=[IR], note="the Mayor mocked as stupid behind faint praise")
r(PA, "Tomasz, a word of advice: being the dullest man in a room full of councillors is quite the achievement. Congratulations I suppose 🙃", rules=[IR], note="mock congratulation of a named councillor: irony expected")
r(PA, "Kwabena Mensah is a yes-man with a lanyard. Nodding dog in the back window of the cabinet.", note="contemptuous imagery at a named councillor")
r(PA, "@HuwPritchardInd you're a joke, butt. A proper joke. Everybody in the chamber laughs at you the minute you've gone.", note="humiliating insult at a handle", var=("caps", None))
r(PA, "Eleri Vaughan is such a drip. Wet as a week in Trewyn and about as much use.", note="insult at a named councillor")
r(PA, "Meirion Jarvis earns more than the First Minister and has the leadership skills of a traffic cone. Chief Executive my eye.", rules=[OF], note="insult at the Chief Executive by name")
r(PA, "If ignorance were an Olympic sport, Dai Hopkins would have more gold than the Harbour Chippy has batter.", note="ignorance jibe by joke structure")
r(PA, "Rowan Ashworth: smug, sanctimonious and about as useful as a chocolate teapot. Do us all a favour and stand down.", note="insult at a named councillor (nothing about gender)")
r(PA, "Angharad Beynon's waste team are didoreth and she can't string a sentence together to explain why. Perfect match.", rules=[OF], note="Wenglish 'didoreth' (slovenly); insult at a named officer")
r(PA, "What a little weasel Jason Rees is. Smiles at you in the corridor then votes the other way.", note="'weasel' at a named councillor")
r(PA, "Ceri, you are thick. Sorry, there's no kinder word for it. Thick as two short planks and twice as wooden.", note="plain insult, second person", var=("star", "thick"))
r(PA, "Cllr Prosser has a face for radio and a voice for silent films. God help Llanhesgin.", note="appearance and voice mockery")
r(PA, "Gareth Llewellyn is a parasite. A grasping, worthless parasite, a waste of the air in that chamber, and Dunefield deserves better than vermin like him.", allowed=[AL], verdict="block", note="severe dehumanising personal attack ('parasite', 'vermin'): block", var=("zwsp", "parasite"))
r(PA, "Debbie Lusk in comms is a vile, worthless creature. Nobody would notice if she vanished tomorrow, least of all the public she's meant to inform.", rules=[OF], allowed=[AL, BU], verdict="block", note="severe dehumanising attack on a named officer: block; 'vanished' allows bullying")
r(PA, "No offence Steve but you've got the political instincts of a seagull. Loud, greedy, and you'll have anyone's chips.", note="insult by animal comparison, second person")
r(PA, "The Leader is out of her depth, and it's not a deep pool. Somebody get Rhiannon a map, a torch and a grown-up.", note="belittling the Leader by name")

# ---------------------------------------------------------------- respect.abusive-language (34)
r(AL, "This bloody parking scheme is a pile of shite from start to finish. Who dreamt it up?", allowed=[PA], note="obscenity at a policy: abusive-language alone")
r(AL, "Fucking hell, Morfa Bay. Three weeks without a bin collection in Cwmglas. Sort it out.", note="obscenity at the service, no person targeted", var=("caps", None))
r(AL, "The new Harbourside masterplan is absolute bollocks and everyone who's read it knows it.", note="obscenity at a plan", var=("homoglyph", "bollocks"))
r(AL, "Dai Hopkins talks out of his arse every single time he opens his mouth.", rules=[PA], note="vulgar insult at a named councillor")
r(AL, "@KerryAnnMorganPL what a load of crap you spouted tonight. Genuinely embarrassing shit.", rules=[PA], note="vulgarity aimed at a handle")
r(AL, "The Glanmor Waste contract is a fucking disgrace and the cabinet should be ashamed.", allowed=[PA], note="obscenity at a contract")
r(AL, "Oh piss off, Gareth. Nobody wants your budget lecture.", rules=[PA], note="vulgar dismissal of a named councillor", var=("digit", "piss"))
r(AL, "Jesus wept. This consultation is the most half-arsed, shit-for-brains exercise I've seen in 20 years.", allowed=[PA], note="obscenity at a consultation; 'shit-for-brains' may be heard as aimed at its authors")
r(AL, "Whoever in highways signed off those speed bumps on Heol Dŵr needs their bloody head felt. Wrecked my exhaust, the sods.", allowed=[PA, OF], note="mild profanity at an unnamed 'whoever' in highways")
r(AL, "Ratepayers' Voice are a bunch of wankers and always have been.", rules=[PA], note="obscene insult at the members of a group")
r(AL, "Tidewell Homes can shove their 'affordable' flats where the sun don't shine. Pricks.", allowed=[PA], note="obscenity at a company")
r(AL, "Clive you absolute bellend 😂 sit down", rules=[PA], note="obscene insult at a named councillor, laughing emoji", var=("spaced", "bellend"))
r(AL, "What the actual fuck is this budget? Libraries cut AND a pay rise for the top tier? Take the piss why don't you.", note="obscenity at a budget")
r(AL, "Jason Rees is a gobshite. There, I said it.", rules=[PA], note="obscene insult at a named councillor", var=("star", "gobshite"))
r(AL, "Ceri Bevan, you useless cow, the whole of Cwmglas is knee-deep in fly-tipping.", rules=[PA], allowed=[EQ], note="gendered insult: equality allowed")
r(AL, "Bunch of tossers on the cabinet benches tonight, laughing while we talked about the food bank.", rules=[PA], note="obscene insult at the cabinet members")
r(AL, "This is ball-achingly shit. Four years of 'consultation' on the promenade and not one bench replaced.", note="obscenity at a project")
r(AL, "Balls to the Harbour Alliance and balls to their bloody car park charges.", allowed=[PA], note="mild vulgarity at a party and a policy")
r(AL, "The Leader can stick her 'listening tour' up her arse. Listening my foot.", rules=[PA], note="vulgarity aimed at the Leader")
r(AL, "Total shitshow at the recycling centre again. Queue back to the roundabout. Somebody's getting paid for this bollocks.", note="obscenity at a service")
r(AL, "Owain Griffiths is a sanctimonious prick and the Green Tide know it.", rules=[PA], note="obscene insult at a named councillor", var=("zwsp", "prick"))
r(AL, "Dunefield deserves better than this crock of shit they're calling a regeneration plan.", note="obscenity at a plan")
r(AL, "Sorry not sorry: Steve Bowen is a knob. A knob with a ring light.", rules=[PA], note="vulgar insult at a named councillor")
r(AL, "Oi @JayReesDunefield shut your trap you dozy twat", rules=[PA], note="obscene insult at a handle")
r(AL, "Eighteen months the pier's been shut and cabinet spent the money on a rebrand. Taking the piss out of every one of us. Fuck's sake.", allowed=[PA], note="obscenity at a decision")
r(AL, "Lynette Powell, you two-faced bitch. Smile in the chamber, knife in the back.", rules=[PA], allowed=[EQ], note="gendered obscenity at a named councillor (review; 'bitch' allows equality)")
r(AL, "The state of this draft Local Development Plan. Utter dogshit. Page after page of it.", note="obscenity at a plan")
r(AL, "Alun Prosser can kiss my Welsh arse if he thinks I'm voting for that.", rules=[PA], note="vulgarity at a named councillor")
r(AL, "Another 'strategic review' of the leisure centres. Translation: shut the bastard things and sell the land.", note="profanity at buildings and a review")
r(AL, "@MorfaBayCBC your new website is a steaming pile of crap. Can't even find how to report a pothole.", allowed=[PA], note="vulgarity at the council's website")
r(AL, "Whoever thought closing Trewyn library on a Saturday was clever is a complete and utter dickhead.", allowed=[PA], note="obscenity at an unnamed 'whoever'")
r(AL, "Kwabena, mate, with respect, that was the most bullshit answer I've ever heard from a cabinet member.", allowed=[PA], note="profanity at an answer rather than the person")
r(AL, "Rhiannon Pugh-Davies is a lying, scheming cunt and I don't care who reads this.", rules=[PA, DF], verdict="block", note="the c-word at a named councillor (block); 'lying' also defamation")
r(AL, "Filthy scum, the lot of them on that cabinet. Hope they choke on their expenses.", rules=[PA], allowed=[BU, DF], verdict="block", note="severe abuse of the cabinet members (block); 'choke' allows bullying, 'expenses' defamation")

# ---------------------------------------------------------------- bullying.intimidation (34)
r(BU, "Say that to my face in the car park after full council, Jason, and see what happens. I'll lamp you, I swear.", allowed=[PA], note="[explicit] threat of violence (Wenglish 'lamp' = hit)", var=("star", "lamp"))
r(BU, "@DaiHopkinsPL keep running your mouth and somebody's going to shut it for you. Permanently.", allowed=[PA], note="[explicit] threat of harm", var=("homoglyph", "Permanently"))
r(BU, "If Tudball recommends approval one more time I'll be waiting for him outside the Civic Centre. He won't enjoy it.", rules=[OF], allowed=[PA], note="[explicit] threat to a named officer to change his advice")
r(BU, "Owain, you're finished in this town. I'll make your life a misery till the day you leave, I promise you that.", allowed=[PA], note="[explicit] promise to harass", var=("digit", "misery"))
r(BU, "Whoever complained to the Monitoring Officer about me: I know who you are, and I will make you pay for it.", note="[explicit] threat against a complainant")
r(BU, "Ceri Bevan needs a good slap and if nobody else will give her one I will.", allowed=[PA], note="[explicit] threat of violence against a named councillor")
r(BU, "Next time Rhys Caddick turns up on my street with his clipboard he'll be going home in an ambulance.", rules=[OF], note="[explicit] threat of violence against a named officer")
r(BU, "Steve Bowen is going to get his head kicked in one of these days and I won't be shedding a tear. Might even help.", allowed=[PA], note="[explicit] threat dressed as prediction")
r(BU, "Tomasz. Stop. Now. Or I'll put you through that chamber window myself.", note="[explicit] threat of violence")
r(BU, "I'm going to ruin Lynette Powell. Her business, her reputation, all of it. Watch me.", allowed=[PA], note="[explicit] threat to destroy livelihood", var=("spaced", "ruin"))
r(BU, "Kerry-Ann, I'd be careful walking back from the Miners' Welfare on your own of an evening. Dark down that lane. Just saying.", allowed=[PA, DP], note="[veiled] threat naming a route home")
r(BU, "Funny, Huw, I drove past yours on Heol y Môr this morning. Lovely garden. Be a shame if anything happened to it.", allowed=[DP], note="[veiled] 'I know where you live' with a street", var=("caps", None))
r(BU, "Nice little café your wife runs in Trewyn, Clive. Busy, is it? Would hate for it to get a bad name.", allowed=[DP, PA], note="[veiled] threat to family business")
r(BU, "People have long memories round here, Alun. Very long. You'll find out.", note="[veiled] ominous warning")
r(BU, "Tell your mate Jason the boys at the rugby club know exactly which way he voted on the pitches. They're not happy. I'd keep my head down if I were him.", note="[veiled] threat via third parties")
r(BU, "Samira, your kids go to Ysgol Glanffrwd don't they. Small school. Everybody knows everybody.", allowed=[DP, EQ], note="[veiled] threat naming the children's school")
r(BU, "I've been very patient with the planning department. My patience has run out. Ms Penhallow knows what happens next.", rules=[OF], note="[veiled] menace at a named officer")
r(BU, "Just a friendly reminder to whoever reported me to standards: Porth Morfa's a small town. Very small.", note="[veiled] threat against a complainant")
r(BU, "Owain might want to think about how he gets home after the count. Long walk back to Trewyn, that.", allowed=[DP], note="[veiled] threat about the route home")
r(BU, "Accidents happen on that coast road, Rowan. Specially to people who stick their noses where they're not wanted.", note="[veiled] threat of harm", var=("zwsp", "Accidents"))
r(BU, "I've got a folder on every one of you in the Ledger group. Every text. Every photo. Keep pushing.", note="[veiled] blackmail-style intimidation of a group")
r(BU, "@GarethLlew_HA enjoy your little victory. Really. Enjoy it while it lasts. 😉", allowed=[IR, PA], note="[veiled] menace behind a wink")
r(BU, "Congratulations on the new baby Eleri 🍼 Would be a terrible time for anything to go wrong with the ward surgery, wouldn't it. Think on.", allowed=[DP, EQ, IR], note="[veiled] threat wrapped in congratulations")
r(BU, "Any Harbour Alliance member who votes against the leisure trust on Thursday can forget about chairing anything ever again. You've been told.", allowed=[POS], note="[pressure] coercion with committee places")
r(BU, "Nia, if you second that motion you'll never see another penny of ward budget for Cwmglas. Your choice, bach.", allowed=[POS, PA], note="[pressure] coercion with ward budget")
r(BU, "Officers who write reports like Mark Tudball's tend not to last long in Morfa Bay. I'd have a think about my career if I were him.", rules=[OF], note="[pressure] career threat to an officer over his report")
r(BU, "Withdraw the complaint, Bethan, and all this goes away. Keep it going and everyone sees those messages.", note="[pressure] threat against a complainant")
r(BU, "Dai, apologise publicly by Friday or I'll be down Pentre Isaf with a megaphone telling every house what you're really like. Your call.", allowed=[PA], note="[pressure] ultimatum with public humiliation")
r(BU, "To the witnesses in next week's standards hearing: think very carefully about what you say. Very carefully. Some of us don't forget.", note="[pressure] intimidation of witnesses")
r(BU, "Vote with us on the budget, Huw, or the accessible ramp at your surgery goes to the back of the queue. Simple as.", allowed=[POS, EQ], note="[pressure] coercion with repairs")
r(BU, "I'm told Carys Wynne is 'reviewing' my case. She'd do well to remember who votes on her pay. Just a thought.", rules=[OF], note="[pressure] veiled pressure on the Monitoring Officer")
r(BU, "Public humiliation time: I'll read out every one of Lynette's mistakes at full council, one by one, until she resigns. Let's see how long she lasts.", allowed=[PA], note="[pressure] humiliation campaign")
r(BU, "Seren Leisure staff who spoke to the Echo: we've got your names. Management knows. Good luck with your contracts.", allowed=[DP], note="[pressure] threat to whistleblowers' jobs")
r(BU, "Kwabena, drop the scrutiny review or I'll make sure your party never selects you again. One phone call. That's all it takes.", note="[pressure] coercion over selection")

# ---------------------------------------------------------------- equality.discrimination (34)
r(EQ, "Samira Haddad should be praying in her mosque, not running Llanhesgin ward. Her lot will never share our values.", rules=[PA], note="[explicit; religion] anti-Muslim attack on a named councillor")
r(EQ, "Kwabena's very articulate, isn't he? You'd never guess. Credit where it's due.", rules=[PA], allowed=[IR], note="[coded; race] backhanded 'articulate' implying low expectations of a Black councillor", var=("caps", None))
r(EQ, "Gyppos on the Dunefield field again. Lock up your tools and your daughters. Council should move them on with a bulldozer.", rules=[AL], allowed=[BU], note="[explicit; race] slur against Gypsies and Travellers", var=("star", "Gyppos"))
r(EQ, "Tomasz says he 'loves Porth Morfa'. Course he does, plenty of work going and the benefits aren't bad either, eh? 😉", rules=[PA], allowed=[IR, DF], note="[coded; race] national-origin benefits stereotype about a Polish-born councillor")
r(EQ, "Owain Griffiths and his 'partner' shouldn't be anywhere near the youth service. Not appropriate, and everyone knows why.", rules=[PA], allowed=[DF], note="[explicit; sexual orientation] gay man cast as a danger to children")
r(EQ, "Good to see 'Ms' Ashworth at the women's network lunch. Ladies, do check which loo you're using 😂", rules=[PA], allowed=[IR], note="[coded; gender reassignment] scare quotes and toilet jibe at a trans councillor")
r(EQ, "Huw Pritchard can't even get up the steps to the chamber, how's he meant to stand up for Penrhos Sands? Cripples shouldn't be councillors.", rules=[PA, AL], note="[explicit; disability] slur and exclusion of a wheelchair user", var=("digit", "Cripples"))
r(EQ, "With respect to Clive, some of our members are well past their sell-by date. Time to put the old boys out to grass before they forget where the chamber is.", rules=[PA], note="[coded; age] ageist dismissal")
r(EQ, "Women just don't have the temperament for the finance portfolio. Rhiannon proved that. Let the men sort the budget.", rules=[PA], note="[explicit; sex] women unfit for office")
r(EQ, "Eleri Vaughan's gone off to have another baby. Penrhos Sands would be better served by someone who turns up instead of breeding.", rules=[PA], note="[coded; pregnancy and maternity] maternity leave sneered at as 'breeding'")
r(EQ, "Too many foreigners in the Harbourside flats now, you can't hear a word of English or Welsh on the prom. Morfa Bay for Morfa Bay people.", note="[explicit; race] exclusion by national origin", var=("zwsp", "foreigners"))
r(EQ, "Funny how Tidewell's money men are all from that particular... community. Always the same names behind the cheques, isn't it 🤔", allowed=[DF], note="[coded; religion] antisemitic 'money men' trope")
r(EQ, "Nobody under 30 should get a vote on this council. Nia Watkins is living proof. Kids with phones, no life experience.", rules=[PA], note="[explicit; age] exclusion of young members")
r(EQ, "Cwmglas has 'welcomed' enough of our new friends from across the Channel, thanks. Mothers are scared to walk to the school gates. You know what I'm saying.", note="[coded; race] asylum seekers cast as a danger")
r(EQ, "Rowan's been 'off with her nerves' again. If you can't get through a council meeting without a breakdown you shouldn't be in politics. Snowflake.", rules=[PA], allowed=[DP], note="[coded; disability] mental-health stigma at a named councillor")
r(EQ, "Pride flags on the Civic Centre? Ach y fi. Keep that filth in the city where it belongs.", allowed=[AL], note="[explicit; sexual orientation] LGBT people called filth")
r(EQ, "Lovely to see Cllr Powell with her 'civil partner' at the Mayor's ball. Not a proper marriage though, is it, whatever the law says.", rules=[PA], allowed=[IR], note="[coded; marriage and civil partnership] civil partnership belittled")
r(EQ, "No more halal in the school canteens. If they want that sort of thing they can go back where it's normal.", note="[explicit; religion] anti-Muslim 'go back'", var=("homoglyph", "halal"))
r(EQ, "Kerry-Ann got very emotional in scrutiny again. Time of the month maybe? Leave the hard questions to the lads next time, cariad.", rules=[PA], note="[coded; sex] menstruation jibe and 'leave it to the lads'")
r(EQ, "Funny how the bloke who 'lost' his council car keys is the one from Accra or wherever. Just saying.", rules=[PA], allowed=[DF], note="[coded; race] origin used to insinuate dishonesty about the Ghanaian-heritage councillor")
r(EQ, "Having Steve Bowen on scrutiny is like letting the special class have a go on the computers. Bless.", rules=[PA], allowed=[IR], note="[coded; disability] learning disability used as an insult")
r(EQ, "Polish lot in Harbourside are taking every job at the docks. Time our council put locals first and them on the next coach home.", note="[explicit; race] anti-Polish exclusion")
r(EQ, "Another 'senior' councillor asleep in planning. If you need a stairlift to get to the chamber, maybe it's time for the care home not the council.", note="[coded; age] older members told to go to care homes")
r(EQ, "Nice to see the Llanhesgin gurdwara getting its grant. Shame the rest of us don't wear the right headgear to get one.", note="[coded; religion] anti-Sikh insinuation of favouritism")
r(EQ, "A man in a dress is still a man, and Rowan Ashworth will never be a woman however many times the council says so.", rules=[PA], note="[explicit; gender reassignment] misgendering a trans councillor", var=("spaced", "dress"))
r(EQ, "Steve Bowen and his Surrey accent. Go back over the bridge butt, Penrhos Sands is for Welsh people not your sort.", rules=[PA], note="[explicit; race] national origin (English) exclusion")
r(EQ, "Another cabinet meeting moved because one of the girls is 'expecting'. This is why you don't put young women in senior roles.", note="[explicit; pregnancy and maternity] pregnancy as a bar to office")
r(EQ, "Samira says she'll 'consult the community' on the Eid event. Which community would that be, Samira? We all know whose side you're on.", rules=[PA], note="[coded; religion] Muslim councillor's loyalty questioned", date="2026-03-16")
r(EQ, "Dunefield used to be a nice area before it got so... colourful. Everyone knows what I mean, even if they won't say it.", note="[coded; race] 'colourful' dog-whistle")
r(EQ, "Why are we spending £80k on a changing places toilet at the beach? Disabled people don't even go to the beach. Waste.", note="[explicit; disability] disabled people written out of public space")
r(EQ, "Owain's very 'theatrical' in debates isn't he. Takes after his friends, I suppose 💅", rules=[PA], allowed=[IR], note="[coded; sexual orientation] camp stereotype innuendo")
r(EQ, "Nia's contribution on housing was lovely for a Year 10 project. When she's grown up she can sit at the big table.", rules=[PA], allowed=[IR], note="[coded; age] young councillor belittled for her age")
r(EQ, "Avoid the new takeaway on the prom, you never know what's in it with that lot 🐶🐱", note="[explicit; race] anti-Chinese food trope")
r(EQ, "Course the Catholic school got the new roof. Prosser's lot look after their own, always have. Rome first, Morfa second.", rules=[PA], allowed=[DF], note="[coded; religion] anti-Catholic divided-loyalty trope")

# ---------------------------------------------------------------- defamation.allegation (34)
r(DF, "Everyone in Trewyn knows Alun Prosser's had his hand in the till for years.", allowed=[PA], note="idiom alleging theft: review")
r(DF, "Gareth Llewellyn took £5,000 from Tidewell Homes to get the Dunefield scheme through. Fact.", allowed=[PA], verdict="block", note="bribery stated as fact: block")
r(DF, "Funny how Ceri Bevan's brother-in-law keeps winning the grass-cutting contracts. Nothing to see here, I'm sure 🙄", allowed=[PA, IR], note="innuendo of corruption: review")
r(DF, "Dai Hopkins is a liar. Plain and simple. He lied to Pentre Isaf and he knows it.", rules=[PA], note="'liar' at a named councillor", var=("star", "liar"))
r(DF, "Lynette Powell fiddled her mileage claims for two years. Hundreds of pounds of our money. That's fraud.", allowed=[PA], verdict="block", note="expenses fraud stated as fact: block")
r(DF, "Cllr Mensah is bent as a nine bob note and the whole cabinet knows it.", rules=[PA], allowed=[EQ], note="'bent' = corrupt; the idiom may be heard as homophobic, equality allowed")
r(DF, "Jason Rees stole the float from the Dunefield gala. £400 gone and he thinks nobody noticed.", allowed=[PA], verdict="block", note="theft stated as fact: block", var=("zwsp", "stole"))
r(DF, "Kerry-Ann Morgan is a fraud. Promised Pentre Isaf a new play park, pocketed the votes, delivered nothing.", rules=[PA], note="'fraud' as dishonesty over promises: review")
r(DF, "Glanmor Waste are running a scam on this council. Overcharging every month and the cabinet turns a blind eye. Ask yourself why.", allowed=[PA], note="dishonesty alleged against a company, innuendo against cabinet")
r(DF, "Postal votes in Pentre Isaf were rigged in May. Dai Hopkins' people filled dozens in at a kitchen table. I've seen it.", allowed=[PA], verdict="block", note="postal vote fraud stated as fact: block", var=("caps", None))
r(DF, "Tidewell Homes have the planning committee in their back pocket. Always have.", allowed=[PA], note="corruption innuendo about a company and a committee")
r(DF, "Steve Bowen's 'community fund'... where's the money gone, Steve? Funny how the new van turned up the same month.", allowed=[PA], note="insinuated misuse of funds")
r(DF, "Meirion Jarvis doctored the audit report before it went to committee. Forgery, pure and simple.", rules=[OF], allowed=[PA], verdict="block", note="forgery alleged against a named officer: block")
r(DF, "Clive Hammond is a crook. Always has been, since his days on the harbour board. A crook.", rules=[PA], note="'crook' at a named councillor (both occurrences changed in the variant)", var=("digit", "crook"))
r(DF, "Our Leader is economical with the truth, to put it politely. Every figure she gave tonight was made up.", allowed=[PA], note="dishonesty alleged by idiom")
r(DF, "Owain Griffiths was done for drink driving last year and hushed it up. Green Tide knew.", allowed=[PA, DP], verdict="block", note="criminal conviction stated as fact: block")
r(DF, "@SamiraHaddadGT lining her own pockets with the climate grant while lecturing the rest of us. Tidy little earner.", allowed=[PA], note="'lining her pockets' idiom: review")
r(DF, "Rhys Caddick at licensing is on the take. How else does the Anchor keep its late licence?", rules=[OF], allowed=[PA], note="'on the take' at a named officer: review")
r(DF, "Bethan Lloyd took money out of the Cwmglas Carnival account to pay her own gas bill. The committee has the statements.", allowed=[PA], verdict="block", note="theft of charity funds stated as fact: block")
r(DF, "Marian Thomas-Jenkins is a snake-oil merchant and a liar. The Mayor's charity appeal numbers don't add up.", rules=[PA], note="'liar' plus innuendo on charity figures: review")
r(DF, "Seren Leisure cooked the books to make the pool closure look necessary. Proper Enron job.", allowed=[PA], note="false accounting alleged by idiom about an organisation")
r(DF, "Kwabena Mensah used his council car for his taxi business. That's theft of council property.", allowed=[PA], verdict="block", note="theft of council resources stated as fact: block")
r(DF, "Rowan Ashworth has been spinning porkies about the sea defence money from day one. Don't believe a word she says.", allowed=[PA], note="rhyming-slang 'porkies' (lies): review")
r(DF, "Jobs for the boys again. Alun Prosser's son-in-law gets the harbour contract. Corrupt as they come.", rules=[PA], note="'corrupt' at a named councillor: review", var=("homoglyph", "Corrupt"))
r(DF, "Paul Devereux moved £200k of reserves into his mate's company before he signed off the accounts. Misconduct in public office, no question.", rules=[OF], allowed=[PA], verdict="block", note="misconduct in public office stated as fact against an officer: block")
r(DF, "Nia Watkins copied her whole housing report off a charity website and passed it off as her own. Dishonest.", allowed=[PA], note="plagiarism / dishonesty: review")
r(DF, "Huw Pritchard's been claiming for a carer he doesn't have. Benefit fraud, while sitting on this council.", allowed=[PA, DP, EQ], verdict="block", note="benefit fraud stated as fact: block")
r(DF, "Something very fishy about how Dunefield Rugby Club got that land for a quid. Somebody got a drink, mark my words.", allowed=[PA], note="'got a drink' = a bribe, as innuendo: review")
r(DF, "Tomasz Wojcik paid people £20 a vote in Harbourside. Cash in envelopes. Ask around.", allowed=[PA], verdict="block", note="vote buying stated as fact: block")
r(DF, "Eleri Vaughan was never at that surgery she claimed for. Fiddling the attendance sheets again.", allowed=[PA], note="misconduct (false records) by idiom: review")
r(DF, "Gareth Llewellyn dodged the tax on his holiday lets for years. HMRC should be knocking.", allowed=[PA], verdict="block", note="tax evasion stated as fact: block")
r(DF, "Not saying Kwabena is dodgy. Just saying there's a lot of new Range Rovers in the cabinet car park since the Tidewell deal 🤷", allowed=[PA, IR], note="bribery innuendo with a denial: review")
r(DF, "Lowri Penhallow had a week in Tenerife paid for by Tidewell the month before she recommended approval. That's a bribe.", rules=[OF], allowed=[PA], verdict="block", note="bribery of a named officer stated as fact: block", var=("spaced", "bribe"))
r(DF, "Debbie Lusk's press releases are lies from top to bottom and she knows it. Lying for the cabinet is her whole job.", rules=[OF, PA], note="'lies'/'lying' at a named officer: review")

# ---------------------------------------------------------------- hard negatives
# HN1 harsh criticism of a policy, decision, party or the council
r("HN1", "The parking policy in Porth Morfa is a shambles and the cabinet should be ashamed of it. Scrap it.", note="robust criticism of a policy")
r("HN1", "This budget is a disgrace. Libraries shut, leisure centres 'reviewed', and not one penny for Cwmglas roads.", note="harsh criticism of a budget")
r("HN1", "The Harbour Alliance housing strategy is idiotic. Not the people, the strategy: it builds nothing anybody in Dunefield can afford.", note="'idiotic' at a strategy")
r("HN1", "Car park charges on the prom at £2.50 an hour? Daylight robbery. Residents are tamping, and rightly so.", note="'daylight robbery' idiom at charges")
r("HN1", "The Glanmor Waste contract has been a disaster from day one. Bins missed, recycling dumped. The council must end it.", allowed=[PA], note="criticism of a contract with the company named")
r("HN1", "Terrible decision by cabinet to close Trewyn library on Saturdays. Short-sighted, cruel to kids revising, and it'll cost more later.", note="criticism of a decision")
r("HN1", "People's Ledger's alternative budget is a fantasy. Lovely words, no numbers. I'll vote against it and say why at full council.", note="criticism of a party's budget")
r("HN1", "The draft Local Development Plan is a mess. Flood maps from 2011, no new GP surgeries, and a bypass nobody asked for.", note="criticism of a plan")
r("HN1", "Ratepayers' Voice want to cut the youth service to freeze council tax. Bad idea. We'll all pay for it in the end.", note="criticism of a party's policy")
r("HN1", "Shocking response from the council to the storm damage on the Penrhos sea wall. Three weeks and still no sandbags. Not good enough.", note="criticism of the council's response")
r("HN1", "The leisure trust consultation is a tick-box exercise and the result was decided before it started. Rubbish process.", note="criticism of a process")
r("HN1", "This council has lost the plot on active travel. Painted lines on a 60mph road isn't a cycle lane, it's a death trap.", note="'death trap' at a road scheme")
r("HN1", "Green Tide's harbour motion is well-meaning and completely unworkable. I said so in the chamber and I'll say it here.", note="criticism of a motion")
r("HN1", "Hopeless, hopeless planning policy. We approve flats with no parking then fine people for parking on the pavement.", note="'hopeless' at a policy")
r("HN1", "The council's complaints system is a joke. Six months to answer a letter about a blocked drain. Fix it.", note="'a joke' at a system, not a person")
r("HN1", "Honestly the new customer portal is the worst thing this council has built in my time. Clunky, slow, and it loses forms.", note="criticism of a system")
r("HN1", "Tidewell Homes have a poor record on affordable housing across the county borough: their last three schemes cut the affordable share after approval. That's a loophole we need to close.", allowed=[DF], note="record criticism of a company; defamation allowed")
r("HN1", "The cabinet's decision on bus subsidies is indefensible. Pensioners in Pentre Isaf are stranded. Reverse it.", note="criticism of a decision; pensioners mentioned neutrally")
r("HN1", "Another council tax rise above inflation and services worse than ever. The Harbour Alliance should be ashamed of its record.", note="criticism of the administration's record")
r("HN1", "Scrutiny was toothless tonight. Every answer accepted without a single follow-up. We have to do better, all of us.", note="self-inclusive criticism of a committee")
r("HN1", "Budget papers published at 5pm the day before the meeting. 400 pages. That's not transparency, it's contempt for members and the public.", note="criticism of a practice")
r("HN1", "Seren Leisure's prices are pushing families out of the pool. £7 for a kid's swim? The trust agreement needs rewriting.", note="criticism of a partner's pricing")

# HN2 counter-speech, solidarity, quoting abuse to condemn it
r("HN2", "Someone wrote 'go back where you came from' on Cllr Wojcik's office window last night. That's racism, plain and simple, and it has no place in Morfa Bay. Solidarity, Tomasz.", allowed=[EQ], note="quotes racist graffiti to condemn it")
r("HN2", "To the person who called Samira a 'terrorist' in the comments: I've reported you and the post is gone. We stand with our Muslim neighbours.", allowed=[EQ, PA], note="condemns anti-Muslim abuse")
r("HN2", "I've been called a 'useless cow' and a 'fat bitch' twice this week for asking about potholes. Sharing it because women councillors shouldn't have to put up with it.", allowed=[AL, PA, EQ], note="councillor quotes abuse she received", author="@KerryAnnMorganPL")
r("HN2", "Threats like 'we know where you live' are not politics. Whoever sent that to Cllr Pritchard, the police have it now.", allowed=[BU], note="quotes a threat to condemn it")
r("HN2", "Disgusting graffiti on the Llanhesgin gurdwara. Hate has no home here. Our teams cleaned it this morning and the police are investigating.", note="solidarity after a hate incident")
r("HN2", "Calling an officer 'useless' on Facebook because a bin was missed is not on. Our staff do their best with less every year. Be kind.", allowed=[PA, OF], note="defends officers, quotes an insult")
r("HN2", "Transphobic leaflets went through doors in Trewyn at the weekend. Rowan, you've got all of us behind you. Trans people belong in Morfa Bay.", allowed=[EQ], note="solidarity with a trans councillor")
r("HN2", "'Cripple' is what a bloke shouted at me across the precinct on Saturday. I'm a councillor, I've got thick skin. Plenty of disabled people in this town don't. Call it out.", allowed=[EQ, AL], note="wheelchair-user councillor quotes a slur aimed at him", author="@HuwPritchardInd")
r("HN2", "Anyone using 'gyppo' on this page will be blocked. Gypsy and Traveller families are part of our community and I won't have that word here.", allowed=[EQ, AL], note="mentions a slur to ban it")
r("HN2", "Saw a post calling Cllr Mensah a 'monkey'. Reported, screenshotted, sent to the police. Racism is a crime and we'll treat it like one.", allowed=[EQ, AL], note="quotes racist abuse to report it")
r("HN2", "A man at my surgery told me women 'don't have the head' for finance. I chair the audit committee. Told him to read the minutes 😂", allowed=[EQ], note="quotes sexism to laugh it off", author="@LynPowellRV")
r("HN2", "Holocaust Memorial Day. We remember the six million, and we remember that it started with words. Antisemitism is rising here too; let's not look away.", note="remembrance and counter-speech", date="2026-01-27")
r("HN2", "Told to 'go back over the bridge' on the doorstep because I was born in Guildford. I've lived in Penrhos Sands 22 years, butt. Not going anywhere 😄", allowed=[EQ], note="councillor quotes anti-English abuse at himself", author="@SteveBowenMIG")
r("HN2", "Standing with Cllr Vaughan. The comments about her maternity leave, 'breeding', 'never there', are vile. Councillors are allowed to have babies.", allowed=[EQ, PA], note="condemns pregnancy/maternity abuse")
r("HN2", "We should be able to disagree about the budget without anyone being threatened. The message Cllr Morgan got about 'walking home alone' is a police matter now.", allowed=[BU], note="condemns a veiled threat")
r("HN2", "Some of the language about asylum seekers in the Cwmglas Facebook group this week is dangerous. 'Invaders'. 'Vermin'. These are people fleeing war. Please stop.", allowed=[EQ, AL], note="quotes dehumanising language to condemn it")
r("HN2", "If your reply to a post about the changing places toilet is 'disabled people don't go to the beach', you've never met a disabled person. We do. I do.", allowed=[EQ], note="disabled councillor rebuts an ableist claim", author="@HuwPritchardInd")
r("HN2", "I've had the 'you're too young to understand' line three times this month. I'm 24, I pay rent, I use the buses. I understand fine.", allowed=[EQ], note="young councillor rebuts ageism", author="@niawatkins_pl")
r("HN2", "Whoever is emailing officers calling them 'parasites on the public purse': stop. They're people with families. Standards will be told.", allowed=[PA, AL, OF], note="condemns abuse of officers")
r("HN2", "Called a 'liar' and a 'crook' on a doorstep in Dunefield for voting for the budget. I get it, people are angry. But that's not how we change things.", allowed=[DF, PA], note="quotes insults received")
r("HN2", "'Ach y fi, the gays' is not an opinion, it's abuse. Happy LGBT+ History Month from me and Gethin 🏳️‍🌈", allowed=[EQ], note="gay councillor quotes homophobic abuse", author="@OwainGTide", date="2026-02-10")
r("HN2", "The pile-on against the Monitoring Officer this week has to stop. You can disagree with a decision without calling her 'corrupt'. Carys Wynne has done her job properly.", allowed=[DF, OF, PA], note="defends an officer, quotes an allegation")

# HN3 denied prejudice, myth-busting, civil debate on protected topics
r("HN3", "No, the new families in the Harbourside flats are not 'jumping the housing queue'. Every allocation follows the same points scheme. I've checked.", allowed=[EQ], note="myth-busting on housing allocation")
r("HN3", "Myth: asylum seekers get more than pensioners. Fact: it's about £49 a week. Please stop sharing that meme in the Cwmglas group.", allowed=[EQ], note="myth-busting on asylum support")
r("HN3", "For the record: the Traveller site plan at Dunefield meets every policy we have. Disagree by all means, but on the facts, not on who the residents are.", allowed=[PRED], note="civil debate on a Traveller site")
r("HN3", "People asked whether the halal option in school meals is 'forced' on kids. It isn't. It's one choice of four, same as the vegetarian one.", note="myth-busting on halal meals")
r("HN3", "Concerns about the capacity of the asylum hotel in Penrhos are fair to raise. Blaming the people inside it for a Home Office decision isn't.", note="civil debate on asylum accommodation")
r("HN3", "Age is no barrier to being a good councillor. Some of our best casework is done by members in their 70s. Some of our worst by people in their 30s. Judge the work.", note="rejects ageism")
r("HN3", "There's no evidence the new mosque will 'bring trouble' to Llanhesgin. The police have said so, and so has every neighbour of the one in the next valley.", allowed=[EQ], note="myth-busting on a mosque")
r("HN3", "Heard 'I'm not racist, but...' four times on the doorstep this week. If you have to say it first, have a think. Happy to talk about housing all day though.", allowed=[EQ], note="gentle counter to prejudice")
r("HN3", "Before anyone asks: yes, the Eid event grant was approved by a cross-party panel on the same criteria as the Christmas lights and the Diwali night.", note="facts on a grant to a faith event", date="2026-03-18")
r("HN3", "Disabled parking bays on the prom are not 'special treatment'. They're the law, and frankly there aren't enough of them.", note="rebuts an ableist complaint")
r("HN3", "The claim that Polish workers 'took the docks jobs' doesn't stand up. The docks lost 200 jobs in 2019 when the contract went. Blame the contract.", allowed=[EQ], note="myth-busting on migrant labour")
r("HN3", "The toilet question keeps coming up. The new leisure centre has individual cubicles, all lockable, floor to ceiling. Nothing to worry about, for anyone.", note="neutral facts on facilities")
r("HN3", "You're entitled to views on immigration policy and I won't call you names for having them. I will ask you to check your sources, though.", note="civil debate on immigration")
r("HN3", "Gypsy and Traveller families have the worst health outcomes of any group in Wales. That's what the site plan is actually about. Not 'tools', not 'trouble'.", allowed=[EQ], note="quotes stereotypes to rebut them")
r("HN3", "Maternity leave for councillors is a right, not a holiday. Cllr Vaughan's ward is covered by colleagues and her casework is being answered.", note="defends maternity leave")
r("HN3", "Trans people have used the toilets that match who they are in this county for decades. Nothing has happened. Please stop the scaremongering.", note="myth-busting on trans people")
r("HN3", "No, the council isn't 'banning Easter' because the school calendar says 'spring break'. Every Easter service and egg hunt goes ahead as usual.", note="myth-busting on religion")
r("HN3", "Young people aren't 'too soft' for politics. Our youth council asked sharper budget questions than half the chamber did.", note="rejects an age stereotype")
r("HN3", "Good debate in the Echo about whether the Welsh language requirement is 'anti-English'. It isn't: it applies to every applicant equally, wherever they were born.", note="civil debate on language and origin")
r("HN3", "There's a rumour going round that the Chinese takeaway on the prom failed its hygiene inspection. It scored 5. Please don't share nonsense about local businesses.", note="rebuts a rumour about a Chinese business")
r("HN3", "Women are 41% of this council. Still not half. Anyone who thinks we're 'overrun' needs a calculator.", note="rebuts a sexist claim")
r("HN3", "Religion has nothing to do with who gets a school place. Catholic or not, the admissions criteria are published and applied the same way.", note="neutral facts on faith schools")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
r("HN4", "Proud to be the first openly gay councillor Trewyn has elected. Doesn't change how hard I fight for the ward. 🏳️‍🌈", note="self-description (sexual orientation)", author="@OwainGTide")
r("HN4", "As a trans woman I was nervous about standing. Two years on, Trewyn has been nothing but kind. Diolch o galon.", note="self-description (gender reassignment)", author="@RowanAshworthInd")
r("HN4", "Wheelchair user, councillor, and as of this morning a grandad. Busy week! ♿👶", note="self-description (disability)", author="@HuwPritchardInd")
r("HN4", "Back from maternity leave next month! Huge thanks to colleagues covering Penrhos Sands. Little Efa says hi 👶", note="self-description (maternity)", author="@EleriVaughanMIG")
r("HN4", "I came to Porth Morfa from Gdańsk in 2008 with one suitcase. Now I represent Harbourside. Only in Morfa Bay.", note="self-description (national origin)", author="@TomWojcikPL")
r("HN4", "Eid Mubarak to everyone celebrating across Morfa Bay! Lovely evening at the Llanhesgin community centre 🌙", note="festival greeting", date="2026-03-20")
r("HN4", "Happy Lunar New Year to the Chinese community on the prom! The lion dance outside the Golden Harbour was class 🧧", note="festival greeting", date="2026-02-17")
r("HN4", "At 74 I'm the oldest on the council and the slowest on the stairs, but I've never missed a surgery. Old dog, old tricks 😄", note="self-description (age)", author="@CliveHammondRV")
r("HN4", "Queer, Welsh and from the valleys. Took me years to say that out loud. Happy LGBT+ History Month 🏳️‍🌈", note="reclaimed term in self-description", author="@niawatkins_pl", date="2026-02-05")
r("HN4", "St David's Day at Ysgol Cwmglas yesterday: daffodils, cawl and the best Calon Lân I've heard in years. Dydd Gŵyl Dewi hapus!", note="national day, neutral", date="2026-03-02")
r("HN4", "Proud to be a Black councillor in a town that's elected me twice. Thanks to everyone at the African-Caribbean elders' lunch today.", note="self-description (race)", author="@KwabenaMensahHA")
r("HN4", "Ramadan Mubarak to all our Muslim residents. The community iftar at Harbourside hall on Friday is open to everyone.", note="festival greeting", date="2026-02-19")
r("HN4", "Met the Deaf club in Dunefield today about BSL on council videos. We'll do better. Diolch for the lesson!", note="positive mention of Deaf residents")
r("HN4", "The Pride committee have booked the prom for August. Rainbow bunting on every lamppost, the way it should be.", note="positive mention of Pride")
r("HN4", "Old girl of Cwmglas Grammar, class of '71, and still the loudest at every meeting. Some things never change 😂", note="self-description (age, sex)", author="@BethanLloydRV")
r("HN4", "Ten years in a civil partnership with Mair today. Still the best decision I ever made ❤️", note="self-description (civil partnership)", author="@LynPowellRV")
r("HN4", "Women's Day yesterday: lunch with the Porth Morfa WI and then the girls' rugby team. Nobody's stopping these girls 💪", note="positive mention of women", date="2026-03-09")
r("HN4", "Visited the Traveller site at Dunefield with the site manager. New play area is open and the kids were brilliant tour guides.", note="positive mention of Travellers")
r("HN4", "Great turnout at the autism-friendly hour at the Seren pool. Quieter lights, no whistles. Let's make it weekly.", note="positive mention of autistic residents")
r("HN4", "Autistic and ADHD, diagnosed at 35. If you're a parent stuck on the assessment waiting list, message me. I've been there.", note="self-description (disability)", author="@JayReesDunefield")
r("HN4", "Great to see so many young people at the youth council hustings. Nineteen-year-olds asking about bus fares and mental health. Future's in good hands.", note="positive mention of young people")
r("HN4", "Mamgu, councillor, and finally learning Welsh at 68. Dw i'n dysgu! Be patient with me 😅", note="self-description (age)", author="@MarianTJ_Trewyn")

# HN5 figurative violence, banter, self-deprecation
r("HN5", "The new planning portal is a killer app. Seriously, it's brilliant, applications in half the time.", note="'killer app'")
r("HN5", "Dunefield RFC absolutely murdered Trewyn on Saturday. 42-3. Bloodbath. Sorry Owain 😂", allowed=[BU, PA], note="sports banter with violent words")
r("HN5", "I'm going to strangle the printer in the members' room. Third time today it's eaten my agenda.", allowed=[BU], note="figurative violence at a printer")
r("HN5", "Me trying to explain the housing revenue account to the Pentre Isaf residents: absolute car crash. Bear with me, I'm learning! 🙈", note="self-deprecation")
r("HN5", "Twp as a brush, me. Turned up for scrutiny on the wrong day. Tea's on me next time, clerks.", note="self-deprecation with 'twp'")
r("HN5", "Clive and I have been arguing Harbour Chippy vs the Dolphin for fifteen years. He's wrong, obviously, but he's a gentleman about it 😄", allowed=[PA], note="friendly banter")
r("HN5", "Going to kill it at the charity quiz tonight. Team Standing Orders is unbeatable. (We came last last year.)", allowed=[BU], note="'kill it' idiom")
r("HN5", "Nia destroyed me at table tennis at the youth centre open day. Beaten by someone half my age and I'm not even tamping.", allowed=[BU], note="banter, self-deprecation")
r("HN5", "My face when the agenda is 600 pages: 😱 My face on page 412: 💀", note="self-deprecating joke")
r("HN5", "That cawl at the St David's lunch was so good I could murder another bowl.", allowed=[BU], note="'murder' idiom", date="2026-03-03")
r("HN5", "Jason in his daps on the charity walk looking like a lost gull 😂 Well done butt, £1,200 for the hospice!", allowed=[PA], note="affectionate teasing")
r("HN5", "Shout out to whoever is practising the bagpipes on the prom at 8am. The neighbours are plotting revenge. (Joking. Mostly.)", allowed=[BU], note="joke 'revenge'")
r("HN5", "I'm a dinosaur with Instagram, I admit it. Can someone under 30 show me how stories work 🦖", note="self-deprecation about age")
r("HN5", "Lost my voice shouting at the telly in the Six Nations. Wales, you'll be the death of me 🏉", note="'death of me' idiom")
r("HN5", "Kerry-Ann, I will fight you for the last Welsh cake at the Miners' Welfare. Fair warning 😂", allowed=[BU], note="mock challenge between colleagues")
r("HN5", "The bin lorry in Llanhesgin this morning was an absolute beast. Whole estate cleared by nine. Legends, the lot of them.", note="praise with 'beast'")
r("HN5", "I'm a useless cook, a worse driver and I can't park the pool car to save my life. But I can read a budget. Swings and roundabouts.", note="self-deprecation with 'useless'")
r("HN5", "Cabinet away day: we bombed the team-building exercise. Totally bombed. Somebody please delete the photos.", note="'bombed' idiom")
r("HN5", "Officially too old for the trampoline park opening. My knees have lodged a formal complaint 👴", note="self-deprecation about age", author="@CliveHammondRV")
r("HN5", "Our ward newsletter is the bomb, if I say so myself. Through 2,300 doors thanks to the best volunteers in Cwmglas.", note="'the bomb' slang")
r("HN5", "Warning: I'll be hunting down every pothole in Pentre Isaf this weekend, armed with spray paint and a clipboard.", allowed=[BU], note="figurative hunting")
r("HN5", "Big cwtch to Steve for stepping in to chair tonight when I lost my voice. Absolute hero, even if he still can't say Llanhesgin 😂", allowed=[PA], note="affectionate teasing")

# HN6 criticism of a named councillor's record that stays on the record
r("HN6", "Cllr Llewellyn promised no library cuts in his 2024 budget. This year's budget cuts Saturday opening. He owes Trewyn an explanation.", allowed=[DF], note="broken promise on the record")
r("HN6", "Rhiannon Pugh-Davies has been Leader for three years and the pier is still shut. That's her record and voters will judge it.", note="record criticism")
r("HN6", "Cllr Hopkins voted against the bus subsidy twice and now campaigns to save the bus. I'd like to know what changed his mind.", allowed=[DF], note="voting record")
r("HN6", "Cllr Bevan has missed 7 of the last 10 environment scrutiny meetings. Cwmglas deserves a cabinet member who turns up.", allowed=[PA], note="attendance record")
r("HN6", "With respect to Cllr Prosser, his figure of 600 new homes in Llanhesgin is wrong. The LDP says 410. He should correct it.", allowed=[DF], note="corrects a figure without calling anyone a liar")
r("HN6", "Cllr Powell's council tax motion was badly drafted and would have cost £1.4m. I voted against it and I'd do it again.", note="criticism of a motion")
r("HN6", "Dai Hopkins is a decent man but his group's budget amendment doesn't add up. I'll explain why at full council.", note="criticism of an amendment")
r("HN6", "Steve Bowen said on Radio Morfa the council 'never answered' his letter. We did, on 12 January; I've asked for it to be sent again.", allowed=[DF], note="correction without insult")
r("HN6", "Cllr Mensah's housing plan has delivered 38 of the 250 homes promised. Not good enough, and I'll keep asking him about it.", note="delivery record")
r("HN6", "Resign, Rhiannon. The harbour deal has failed and the cabinet you lead has lost the confidence of this town.", allowed=[PA], note="resignation call based on the record")
r("HN6", "Cllr Griffiths and I disagree on almost everything about the harbour, but he's straight with you. I just think he's wrong on the figures.", note="civil disagreement")
r("HN6", "Jason Rees told Dunefield the flood defences were 'fully funded'. They aren't: the Welsh Government bid failed in October. Time for a correction.", allowed=[DF], note="correction of a claim")
r("HN6", "Cllr Haddad's climate fund hasn't spent a penny of its second-year budget. Either spend it or hand it back to reserves.", note="spending record")
r("HN6", "The Leader's cabinet has changed its mind on the leisure trust four times. That's not leadership, it's drift.", note="record criticism of the Leader's cabinet")
r("HN6", "The Mayor has chaired eleven council meetings and allowed one public question. That needs to change.", allowed=[PA], note="chairing record")
r("HN6", "Cllr Watkins' first year: two motions, both passed, one on free period products in schools. Her critics should read the record.", note="defends a record")
r("HN6", "Cllr Wojcik says the Harbourside clean-up was his idea. It was in the 2023 ward plan, under his predecessor. Credit where it's due, please.", allowed=[DF], note="disputes a claim of credit")
r("HN6", "Cllr Hammond's attendance is down to 40% this year. He's been unwell and I wish him well, but the ward needs representation.", allowed=[PA, DP], note="attendance record; health mentioned kindly")
r("HN6", "The Finance Cabinet Member forecast a £2m surplus last February. We ended £3.1m short. Gareth needs to explain what went wrong.", allowed=[DF], note="forecast record")
r("HN6", "Cllr Lloyd's leaflet says the council 'wasted £500k on consultants'. The true figure is £214k, still too much. Let's argue about the real number.", allowed=[DF], note="corrects a figure")
r("HN6", "Cllr Pugh-Davies promised a 'listening council'. Twelve months on, ward members still learn about decisions from the Echo. That's on her.", note="broken promise")
r("HN6", "Cllr Ashworth's coastal erosion plan is ambitious, underfunded and two years late. She's honest about that, at least.", note="criticism of a plan")

# ---------------------------------------------------------------- builder
def load_people():
    names, handles = [], {}
    import tomllib
    with open("council.toml", "rb") as f:
        c = tomllib.load(f)
    for h, n in c["people"]["handles"].items():
        if n in c["people"]["councillors"]:
            handles[h] = n
    return handles

ALIASES = {"Rhiannon Pugh-Davies": ["Leader", "Rhiannon", "Pugh-Davies"],
           "Marian Thomas-Jenkins": ["Mayor", "Marian", "Thomas-Jenkins"],
           "Gareth Llewellyn": ["Finance Cabinet Member"],
           "Kerry-Ann Morgan": ["Kerry-Ann"], "Steve Bowen": ["Steve", "Bowen"],
           "Tomasz Wojcik": ["Tomasz", "Wojcik", "Polish"]}

def named(text, name):
    toks = set(name.replace("-", " ").split()) | {name} | set(ALIASES.get(name, []))
    return any(re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w])", text, re.I) for t in toks if len(t) > 2)

CYR = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "A": "\u0410", "O": "\u041e", "E": "\u0415", "C": "\u0421"}
DIG = {"o": "0", "i": "1", "a": "4", "e": "3", "O": "0", "I": "1"}

def obf_word(w, kind):
    if kind == "star":
        i = next(i for i, ch in enumerate(w) if i > 0 and ch.lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, ch in enumerate(w) if ch in DIG)
        return w[:i] + DIG[w[i]] + w[i + 1:]
    if kind == "zwsp":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i, ch in enumerate(w) if ch in CYR)
        return w[:i] + CYR[w[i]] + w[i + 1:]
    raise ValueError(kind)

def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    new, n = re.subn(r"\b" + re.escape(word) + r"\b", lambda m: obf_word(m.group(0), kind), text, flags=re.I)
    assert n >= 1, (word, text)
    return new

def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out

def stamp(rng, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(DAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

DAYS = weekdays()

def main():
    rng = random.Random(SEED)
    handles = load_people()
    hlist = sorted(handles)
    rows = [dict(x) for x in ROWS]
    for row in rows:
        if not row["author"]:
            cands = [h for h in hlist if not named(row["text"], handles[h]) and h.lower() not in row["text"].lower()]
            row["author"] = rng.choice(cands)
        row["platform"] = rng.choice(["x", "facebook", "bluesky"])
        row["created_at"] = stamp(rng, row["date"])
    variants = []
    for row in rows:
        if row["var"]:
            kind, word = row["var"]
            allowed = list(row["allowed"]) + ([HASTE] if kind == "caps" else [])
            v = dict(row, text=obfuscate(row["text"], kind, word), allowed=allowed, var=None,
                     variant_kind=kind, variant_of_row=row)
            v["created_at"] = stamp(rng, row["date"])
            v["note"] = f"{kind} variant: " + row["note"]
            variants.append(v)
    allrows = rows + variants
    rng.shuffle(allrows)
    for i, row in enumerate(allrows, 1):
        row["id"] = f"b66-{i:03d}"
    out = []
    for row in allrows:
        o = {"id": row["id"], "text": row["text"], "author": row["author"], "created_at": row["created_at"],
             "platform": row["platform"], "account": "councillor", "kind": "post",
             "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
             "family": row["family"], "kind_of_row": row["kor"], "note": row["note"]}
        if "variant_of_row" in row:
            o["variant_of"] = row["variant_of_row"]["id"]
            o["variant_kind"] = row["variant_kind"]
        out.append(o)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows written")

if __name__ == "__main__":
    main()
