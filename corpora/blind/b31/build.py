"""Build blind set b31 (Dunhythe District Council): hand-written rows plus a
deterministic shuffle/assignment. Run: python3 build.py  -> posts.jsonl"""
import json, random, re, datetime as dt
from pathlib import Path

SEED = 3131
HERE = Path(__file__).resolve().parent

PA, AL, BI, ED, DA = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination",
                      "defamation.allegation")
OI, IR, HA, DP = ("officers.impartiality", "tone.irony-risk",
                  "haste.pause-before-posting", "data-protection.personal-data")
CD, SC = "confidentiality.disclosure", "security.credentials"
HN = "hard_negative"

ROWS = []
def R(fam, text, rules, allowed, verdict, note, key=None, date=None):
    ROWS.append(dict(family=fam, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, key=key, date=date))

def N(text, note, allowed=(), date=None):
    R(HN, text, [], allowed, "ok", note, date=date)

# ---------------------------------------------------------------- personal attack (50)
R(PA, "Cllr Fairlie couldn't organise a bin collection if you handed him the bins, the lorry and a map. Utterly out of his depth and everyone in Kittle Bay knows it.",
  [PA], [], "review", "Mockery of a named councillor's competence; no swearing.")
R(PA, "@DawnPeverell you've got the attention span of a gnat and about half the charm. Read the report before you start typing.",
  [PA], [], "review", "Insult to an addressed @handle (intelligence/character).")
R(PA, "Watching Marian Colbeck try to answer a question on the harbour wall is like watching a goldfish attempt long division.",
  [PA], [], "review", "Simile mocking the Leader's intelligence.")
R(PA, "Honestly @BarryKetteringRUK, is there anything at all going on between those ears? Genuinely asking.",
  [PA], [IR], "review", "Rhetorical question implying stupidity; mock-sincere 'genuinely asking' so irony allowed.")
R(PA, "Leon Stroud has all the backbone of a wet lettuce. Folds the second anyone from regional office raises their voice.",
  [PA], [], "review", "Contempt for a named councillor's character.")
R(PA, "Our Head of Planning, Alastair Dunn, is a jobsworth with a clipboard where his brain should be.",
  [PA, OI], [], "review", "Insult aimed at a named officer, so officers.impartiality too.")
R(PA, "Congratulations to @TrevMabey on finally finding the council chamber after three years. Truly a towering intellect 👏👏",
  [PA, IR], [], "review", "Mock praise of a named councillor: personal attack plus irony marker.")
R(PA, "Nell Quarrie is a sanctimonious little busybody who thinks a yellow rosette makes her the conscience of Thornsea. Spare us.",
  [PA], [], "review", "Belittling insult to a named councillor.")
R(PA, "To @shinglestreet_kev who replied to me: you're a sad little man shouting at clouds from your mum's spare room. Blocked.",
  [PA], [], "review", "Sneering insult aimed at a resident who replied (second person + handle).")
R(PA, "Rosalind Pim chairs planning the way a toddler chairs a tea party. Lots of noise, nothing of substance, and everyone leaves sticky.",
  [PA], [], "review", "Mockery of the planning chair as a person, not of a decision.")
R(PA, "Look at the state of Cllr Okonjo's 'costings'. Did she do them in crayon? Clueless doesn't begin to cover it.",
  [PA], [], "review", "Starts on a document but the insult 'clueless' and crayon jibe are aimed at her.")
R(PA, "Anand Varghese: a calculator with a comb-over. Not one original thought in that shiny head.",
  [PA], [], "review", "Appearance mockery plus intelligence insult.")
R(PA, "Fergus Haldane is the dimmest bulb on the Lib Dem benches, and believe me that is a crowded field.",
  [PA], [], "review", "Intelligence insult; the jibe at the benches is aimed at people too.", key="pa_dimmest")
R(PA, "Is @OllieBrancker actually thick or does he just play it for the cameras? Either way he's an embarrassment to Pelham Marsh.",
  [PA], [], "review", "'thick' and 'embarrassment' aimed at an @handle.")
R(PA, "Kerry Lasseter's site visit was a masterclass in smug incompetence. Someone that arrogant shouldn't be let near a planning file.",
  [PA, OI], [], "review", "Personal insult to a named planning officer.")
R(PA, "Oh look, @SaoirseGreen has discovered the sea exists. Bless her little hemp socks. Run along and hug a groyne, dear.",
  [PA, IR], [ED], "review", "Patronising mockery ('bless', 'dear') of a named councillor; mock tone so irony; 'dear' gendered so equality allowed.")
R(PA, "Yvonne Achterberg in that chain looks like a Christmas tree that's given up. Talks like one too.",
  [PA], [], "review", "Appearance mockery of the mayor.")
R(PA, "Carys, you are a pompous, self-important windbag and the sooner Gullsend sees through you the better.",
  [PA], [], "review", "Second-person insult, first name only.")
R(PA, "@HamzaQureshiLab mate you're a muppet. A proper, certified, gold-plated muppet.",
  [PA], [], "review", "Mild British insult, repeated, aimed at an @handle.", key="pa_muppet")
R(PA, "That reply from @PelhamMarshMum was the dimmest thing I've read all week. Some people should not be allowed near a keyboard.",
  [PA], [], "review", "Contempt aimed at a resident who replied.")
R(PA, "Gordon Fairlie: all mouth and no trousers. A pub bore who somehow got himself elected.",
  [PA], [], "review", "Idiomatic insult of a named councillor.")
R(PA, "Barry Kettering is a nasty little weasel of a man and I won't pretend otherwise.",
  [PA], [], "review", "Animal insult aimed at a named councillor.")
R(PA, "Leader of the council? Marian Colbeck couldn't lead a conga line at a wedding.",
  [PA], [], "review", "Competence mockery of the Leader as a person.")
R(PA, "Another masterpiece from our Monitoring Officer, Simon Tregear. Spineless pen-pusher. He'd rule the sky was green if the Leader asked him nicely.",
  [PA, OI], [DA], "review", "Insult to a named officer questioning his neutrality; implied lack of independence so defamation allowed.")
R(PA, "Dear @TrevMabey, the grown-ups are talking. Go and sit in the corner with your crayons.",
  [PA], [IR], "review", "Belittling, infantilising put-down of an @handle.")
R(PA, "Dawn Peverell has the political instincts of a seagull: screech, grab a chip, and crap on everyone underneath.",
  [PA], [AL], "review", "Animal comparison aimed at a named councillor; 'crap' is mild so abusive-language only allowed.")
R(PA, "Cllr Stroud's speech this morning was so dull I lost the will to live. The man is a human beige cardigan.",
  [PA], [], "review", "Mocking the man, not the speech's content.")
R(PA, "Reply to @KittleBayKaren: no, I won't 'engage'. You're a bitter old crank who's been wrong about everything since 1987.",
  [PA], [ED], "review", "Insult to a resident; 'old' touches age so equality allowed.")
R(PA, "Rosalind Pim is a pompous relic who should have been pensioned off along with the trams.",
  [PA], [ED], "review", "Insult; 'relic' and 'pensioned off' hint at age, so equality allowed.")
R(PA, "I've met cleverer traffic cones than Fergus Haldane. At least the cones do something useful.",
  [PA], [], "review", "Intelligence insult by comparison.")
R(PA, "Priti Malhotra's budget presentation proved she can't add up. How is someone that hopeless our s151 officer?",
  [PA, OI], [], "review", "Competence insult aimed at a named officer.")
R(PA, "@BisiOkonjo you're a two-faced bore, and half your own group says so behind your back.",
  [PA], [DA], "review", "'two-faced' insult; implies dishonesty so defamation allowed.")
R(PA, "Ollie Brancker thinks he's Churchill. He's more like a garden gnome with a megaphone.",
  [PA], [], "review", "Appearance/pomposity mockery.")
R(PA, "Anand, you are a condescending prig. Speak to residents like that again and see how long your majority lasts.",
  [PA], [BI], "review", "Insult; the 'majority' line is electoral, not a threat, but intimidation allowed.")
R(PA, "Seriously, what an absolute plank Cllr Mabey is. Voted against his own amendment because he hadn't read it.",
  [PA], [], "review", "'plank' insult aimed at him, with a factual hook.", key="pa_plank")
R(PA, "Saoirse Tindall is a sanctimonious child playing at politics with other people's money.",
  [PA], [], "review", "Infantilising insult of a named councillor.")
R(PA, "The fella at @saltcote_seadog who keeps replying to me is a gormless troll with the IQ of a bollard.",
  [PA], [], "review", "Insult aimed at a resident's handle.")
R(PA, "Barry Kettering is vermin. Worthless, grubby vermin, and Gullsend should scrape him off its shoe in May.",
  [PA], [AL], "block", "Dehumanising ('vermin') so severe: block. Abusive-language allowed as severely toxic.", key="pa_vermin")
R(PA, "Wendy Ashdown runs council comms like a kid running a lemonade stand. Useless from top to bottom.",
  [PA, OI], [], "review", "Competence insult of a named officer.")
R(PA, "Nell Quarrie: the only councillor who can talk for twenty minutes and say nothing at all. A vacuum in a cardigan.",
  [PA], [], "review", "Mockery of a named councillor.")
R(PA, "Marian, you're a laughing stock. The whole district is laughing AT you, not with you.",
  [PA], [HA], "review", "Second-person contempt; one capitalised word, so haste only allowed.")
R(PA, "Another week, another gormless performance from Cllr Peverell. Pitiful. Genuinely pitiful woman.",
  [PA], [], "review", "Contempt aimed at her as a person.")
R(PA, "Gordon Fairlie's grasp of coastal erosion is about as solid as the Kittle Bay cliffs. Thick as mince, that one.",
  [PA], [], "review", "Regional idiom 'thick as mince' aimed at a named councillor.")
R(PA, "Jonno Pryce, our Head of Waste, is a clown. A lazy, overpaid clown who hasn't set foot on Saltcote seafront since he got the job.",
  [PA, OI], [], "review", "Insult of a named officer.")
R(PA, "Cllr Haldane, nobody is interested in your waffle. You are the most tedious man in Kent, which takes some doing.",
  [PA], [], "review", "Second-person contempt.")
R(PA, "Pity anyone who has to sit next to @LeonStroudLab at full council. Tedious, vain and thick. Triple threat 🙄",
  [PA], [IR], "review", "List of insults at an @handle; 'triple threat' is sarcastic.")
R(PA, "Hamza Qureshi is a know-nothing show-off who couldn't find Gullsend on a map of Gullsend.",
  [PA], [], "review", "Intelligence mockery.")
R(PA, "To the resident who replied 'do your job': I do, unlike you, you idle sponger. Get off Facebook and get a job.",
  [PA], [], "review", "Insult aimed at a resident who replied ('you').")
R(PA, "Yvonne, you're a vain, preening peacock and the mayoralty deserves far better than you.",
  [PA], [], "review", "Second-person insult of the mayor.")
R(PA, "Dawn Peverell is a worthless specimen of a human being. The district would be no poorer without her.",
  [PA], [BI, AL], "block", "Severe dehumanising contempt; 'no poorer without her' edges toward wishing harm, so intimidation allowed.")

# ---------------------------------------------------------------- abusive language (20)
R(AL, "This fucking parking scheme is going to kill Thornsea high street. Whoever signed it off wants their head looking at.",
  [AL], [PA], "review", "Obscene language aimed mainly at a policy; the 'whoever signed it off' jibe allows personal-attack.")
R(AL, "Absolute shitshow at the harbour regeneration board again. Sort your shit out, Dunhythe.",
  [AL], [], "review", "Obscene language aimed at the council, not a person.")
R(AL, "Cllr Mabey is a useless twat.", [AL, PA], [], "review",
  "Obscene insult aimed at a named councillor.", key="al_twat")
R(AL, "Fuck the cuts, fuck the consultants, and fuck this cabinet's contempt for Gullsend.",
  [AL], [PA], "review", "Obscenity at policies and the cabinet as a body; personal-attack allowed (group).")
R(AL, "@BarryKetteringRUK you absolute bellend, read the bloody motion before you vote on it.",
  [AL, PA], [], "review", "Vulgar insult to an @handle.", key="al_bellend")
R(AL, "Pissed off doesn't begin to cover it. Three weeks without a collection in Saltcote and all we get from the contractor is bollocks.",
  [AL], [], "review", "Vulgar language aimed at a service failure; the mildest row of this family.")
R(AL, "Dawn Peverell is a cunt and I'm done pretending otherwise.",
  [AL, PA], [ED], "block", "The c-word aimed at a named woman: severe. Equality allowed (gendered slur).", key="al_cunt")
R(AL, "Tidewell Waste are a bunch of shit-for-brains cowboys.",
  [AL], [PA, DA], "review", "Obscene abuse of a contractor (an organisation); 'cowboys' hints at misconduct so defamation allowed.")
R(AL, "What a steaming pile of crap this budget is. Wipe your arse with it, that's all it's good for.",
  [AL], [], "review", "Crude language aimed at a document only.")
R(AL, "Leon Stroud can go fuck himself. Pompous prick.",
  [AL, PA], [], "review", "Obscene insult aimed at a named councillor.")
R(AL, "The Reform lot are a shower of wankers, every last one of them.",
  [AL, PA], [], "review", "Obscene insult aimed at the people in a named group.", key="al_wankers")
R(AL, "Shite decision, shite process, shite consultation. Kittle Bay deserves better than this crap.",
  [AL], [], "review", "Vulgar words aimed only at a decision and process.")
R(AL, "@OllieBrancker shut your fat fucking mouth for once.",
  [AL, PA], [BI], "review", "Aggressive obscene insult to an @handle; arguably block; intimidation allowed.")
R(AL, "Marian Colbeck is a dozy bitch who should never have been let near the leadership.",
  [AL, PA], [ED], "review", "Gendered obscene insult; equality allowed.")
R(AL, "Dickheads. The lot of them. Every cabinet member who voted for the harbour car park charges.",
  [AL, PA], [], "review", "Obscene insult aimed at identifiable people (the cabinet members who voted).")
R(AL, "Whoever designed the new Pelham Marsh roundabout needs a kick up the arse and a new career. Bloody shambles.",
  [AL], [PA, BI], "review", "Crude language about an unnamed designer; idiom 'kick up the arse' so intimidation allowed.")
R(AL, "Bisi Okonjo talks more shit than the Saltcote outfall pipe.",
  [AL, PA], [], "review", "Vulgar insult aimed at a named councillor.")
R(AL, "Motherfucking potholes on Gullsend Road ate another tyre this morning. FIX THE FUCKING ROAD.",
  [AL], [HA], "review", "Obscene language about roads; partial capitals and rage so haste allowed.")
R(AL, "@FergusHaldaneLD piss off back to your Focus leaflets, you sanctimonious little shit.",
  [AL, PA], [], "review", "Obscene insult to an @handle.")
R(AL, "This council is run by a pack of lying, thieving bastards.",
  [AL, DA], [PA], "review", "Obscenity plus an allegation of dishonesty and theft against the council's leadership (identifiable body); personal-attack allowed (group).")

# ---------------------------------------------------------------- bullying / intimidation (25)
R(BI, "Funny how @DawnPeverell goes quiet whenever I mention her husband's business. Keep pushing, Dawn. There's plenty more where that came from.",
  [BI], [PA], "block", "Veiled threat to expose a councillor's family business.")
R(BI, "Kerry Lasseter should think very carefully about what she writes in that officer report. People round here remember who crossed them.",
  [BI, OI], [], "block", "Veiled threat pressing an officer over her report.")
R(BI, "To whoever made the standards complaint about me: I know exactly who you are, and so will the rest of Saltcote by Friday.",
  [BI], [DP], "block", "Threat to expose a complainant (8.3).")
R(BI, "Nice house you've got on Marram Rise, @OllieBrancker. Be a shame if people started taking an interest in it.",
  [BI], [DP], "block", "'I know where you live' style threat; a street is named so data-protection allowed.")
R(BI, "Leon, keep lying about my record and you'll find out how nasty I can get.",
  [BI], [PA, DA], "block", "Explicit threat; 'keep lying' is an allegation so defamation allowed.")
R(BI, "Hamza Qureshi wants to vote against the harbour scheme? Fine. Let's see how long his family's cafe lasts once I've finished telling people about it.",
  [BI], [PA], "block", "Threat against a councillor's family business to influence a vote.")
R(BI, "A message for the resident who reported me to the Monitoring Officer: withdraw it this week or I'll make your life very uncomfortable.",
  [BI], [], "block", "Threat against a complainant to withdraw (8.3).")
R(BI, "Cllr Tindall, you might want to check who's behind you on the walk home from the chamber. Just saying 😉",
  [BI], [IR, PA], "block", "Veiled physical threat dressed with a wink.")
R(BI, "Any officer who gives evidence against me at the hearing had better have a long memory, because I certainly do.",
  [BI], [OI], "block", "Intimidating witnesses in proceedings (8.3).")
R(BI, "I'm making it my personal mission to finish Barry Kettering. Politically, socially, every way there is. He won't be able to show his face in Gullsend.",
  [BI], [PA], "block", "Campaign of humiliation against a named person.")
R(BI, "Gordon, I'd stay off the seafront on Saturday if I were you. Lots of angry fishermen about, and I've told them exactly where to find you.",
  [BI], [], "block", "Incitement and veiled threat of harm.")
R(BI, "We've all got skeletons, @NellQuarrieLD. Yours are in a folder on my desk. Vote the right way on Thursday.",
  [BI], [], "block", "Blackmail over a vote.", key="bi_skeletons")
R(BI, "Carys Wendell: you will regret humiliating me in that meeting. Mark my words.",
  [BI], [], "block", "'You will regret' threat.", key="bi_regret")
R(BI, "Let's give Cllr Mabey the welcome he deserves at his Saltcote surgery on Monday. Bring eggs 🥚🥚",
  [BI], [IR], "block", "Incitement to pelt a councillor; the joke framing allows irony.", key="bi_eggs")
R(BI, "If Rosalind Pim approves that application she'd better not expect to sleep easy. We all know where the planning chair lives.",
  [BI], [PA], "block", "Threat tied to a planning decision; 'we know where she lives'.", key="bi_lives")
R(BI, "Screenshotting every resident who's been slagging me off in the comments. You'll be hearing from me personally, one by one, at your front doors.",
  [BI], [], "block", "Threat to turn up at critics' homes.")
R(BI, "A word to Simon Tregear: if this investigation goes the wrong way I'll make sure your next job application lands on a desk that remembers.",
  [BI, OI], [], "block", "Threat to the Monitoring Officer's career over an investigation (8.3).")
R(BI, "Keep writing letters to the Gazette about me, Mrs Ferris of Gullsend. I've got your number and I've got all the time in the world.",
  [BI], [DP, PA], "block", "Threat to a private resident, identified by name and area, so data-protection allowed.")
R(BI, "Bisi thinks she can embarrass me at scrutiny and walk away. She can't. Nobody does that to me twice.",
  [BI], [], "block", "Veiled threat of retaliation.")
R(BI, "Dear Anand, accidents happen on those cliff paths. Do watch your step 👀",
  [BI], [IR], "block", "Veiled threat of physical harm.")
R(BI, "Fergus Haldane should be publicly shamed for this. Print his face, stick it on every lamppost in Thornsea East and let people tell him what they think.",
  [BI], [PA], "block", "Incitement to humiliate a named councillor.")
R(BI, "I'm told @HamzaQureshiLab's kids go to Gullsend Primary. Interesting. Very interesting.",
  [BI], [DP], "block", "Veiled threat referring to a councillor's children's school.")
R(BI, "The councillors who voted this through will be named, and we'll be paying each of them a visit. Not by appointment.",
  [BI], [], "block", "Threat of unannounced visits to identifiable councillors.")
R(BI, "Ollie, drop the complaint or I'll tell everyone what you got up to at the Christmas do. Your choice, mate.",
  [BI], [], "block", "Blackmail to make a complainant withdraw (8.3).")
R(BI, "Funny thing about @SaoirseGreen's allotment. Things go missing from sheds all the time round there. Hope nothing happens to hers.",
  [BI], [IR], "block", "Veiled threat to property.")

# ---------------------------------------------------------------- equality / discrimination (25; 13 coded)
R(ED, "Not being funny but a woman Leader was always going to fold under pressure. Marian Colbeck proves it. Too emotional for the job.",
  [ED], [PA], "block", "Explicit: sex, aimed at a named councillor.")
R(ED, "Bisi Okonjo should go back to Lagos if she hates this country so much.",
  [ED], [PA], "block", "Explicit: race/national origin, 'go back'.", key="ed_lagos")
R(ED, "Muslims shouldn't be on the planning committee when there's a mosque application in. Simple as. Their loyalties lie elsewhere.",
  [ED], [], "block", "Explicit: religion.", key="ed_muslims")
R(ED, "Sorry, but someone in a wheelchair can't be expected to do ward walkabouts properly. Time Gullsend had a councillor who's able-bodied.",
  [ED], [], "block", "Explicit: disability.")
R(ED, "Pregnant and standing for cabinet? She'll be off for a year and the taxpayer will be footing the bill. Ridiculous appointment.",
  [ED], [PA], "block", "Explicit: pregnancy and maternity.")
R(ED, "Saltcote doesn't need a gay pride flag on the town hall, and it certainly doesn't need gay teachers telling our kids what's normal.",
  [ED], [], "block", "Explicit: sexual orientation.")
R(ED, "Trans 'women' have no business in the Thornsea leisure centre changing rooms, and neither do the perverts who enable them.",
  [ED, PA], [AL], "block", "Explicit: gender reassignment; 'perverts' aimed at a group of people.")
R(ED, "Hamza Qureshi is a Pakistani first and a councillor second. Always will be.",
  [ED], [PA], "block", "Explicit: race/national origin, questioning loyalty.")
R(ED, "At 78, Cllr Pim is past it. Old people shouldn't be making decisions about a future they won't be around to see.",
  [ED], [PA], "block", "Explicit: age.")
R(ED, "Gypsies and Travellers bring crime wherever they go. That's why Pelham Marsh says no to the site.",
  [ED], [DA], "block", "Explicit: race (Romany Gypsies and Irish Travellers are ethnic groups).")
R(ED, "Jews always look after their own, which explains a lot about who got the harbour contract.",
  [ED], [DA], "block", "Explicit: antisemitic trope; insinuated corruption so defamation allowed.")
R(ED, "Gullsend's turned into Little Karachi. Full of Pakis, the lot of it.",
  [ED, AL], [], "block", "Explicit racial slur.", key="ed_slur")
R(ED, "Funny how the new community centre in Gullsend is suddenly serving a very particular community. Crescent-shaped, if you catch my drift.",
  [ED], [IR], "block", "Coded: religion (Muslims) via 'crescent-shaped'.")
R(ED, "Interesting that all of Cllr Okonjo's 'diversity' picks look rather like her. Just an observation.",
  [ED], [PA, DA], "block", "Coded: race, insinuating favouritism by colour.")
R(ED, "Nothing against them personally, but people who 'identify' as something they're not shouldn't be running the youth service.",
  [ED], [], "block", "Coded: gender reassignment.")
R(ED, "Thornsea used to be a proper English town. Walk down the High Street now and you'd think you were in Mogadishu.",
  [ED], [], "block", "Coded: race, via a foreign city.", key="ed_mogadishu")
R(ED, "Lovely to see the harbour festival back. Shame about the 'globalist' money behind it. Always the same surnames, isn't it?",
  [ED], [], "block", "Coded: antisemitic dog whistle ('globalist', 'same surnames').")
R(ED, "I'd never trust a man who marches at Pride to make sensible decisions about our schools. Just saying.",
  [ED], [], "block", "Coded: sexual orientation.")
R(ED, "We all know why Priti Malhotra got the s151 job, and it wasn't her spreadsheets. Diversity hire.",
  [ED, OI], [PA], "block", "Coded: race/sex, aimed at a named officer, so officers.impartiality too.")
R(ED, "The Kittle Bay bungalows should go to local families, not be handed to the 'new arrivals' who've never paid a penny in. We all know who I mean.",
  [ED], [], "block", "Coded: race/national origin ('new arrivals').")
R(ED, "Some of us still believe marriage is between a man and a woman, and councillors who've 'married' otherwise have no business lecturing us on family values.",
  [ED], [PA], "block", "Coded: sexual orientation and marriage, aimed at identifiable councillors.")
R(ED, "Funny how Cllr Haldane's 'condition' flares up every time there's a difficult vote. Convenient, some might say.",
  [ED], [PA, IR], "block", "Coded: disability, mocking a named councillor's condition.")
R(ED, "Pelham Marsh wants to stay as it is. No caravans, no 'cultural enrichment', no strangers who don't share our values. Read between the lines.",
  [ED], [], "block", "Coded: race (Travellers, migrants).")
R(ED, "Bit rich being lectured on British values by someone whose granddad came over on a boat. Isn't it, Hamza?",
  [ED], [PA], "block", "Coded: race/national origin aimed at a named councillor.")
R(ED, "Women on the planning committee: great at choosing curtains, less great at reading drainage reports 😂",
  [ED], [IR], "block", "Coded as a joke: sex.")

# ---------------------------------------------------------------- defamation (25)
R(DA, "Cllr Colbeck lied to full council about the harbour wall costs. She knew the real figure and she hid it.",
  [DA], [PA], "review", "Allegation of dishonesty stated as fact.")
R(DA, "Gordon Fairlie took a backhander from Gannetshore Developments. That's why the Kittle Bay dunes scheme sailed through.",
  [DA], [PA], "block", "Bribe stated as fact: severe.", key="da_backhander")
R(DA, "Trevor Mabey is fiddling his mileage claims. Saltcote to County Hall is not 140 miles, Trevor.",
  [DA], [PA], "block", "Expenses fraud stated as fact.")
R(DA, "Everyone knows Rosalind Pim is in Kittlewake Homes' pocket. Funny how they never lose at her committee.",
  [DA], [PA], "review", "Insinuated corruption.")
R(DA, "@LeonStroudLab is a proven liar. Said one thing at the hustings and did the opposite in cabinet.",
  [DA, PA], [], "review", "'Liar' about an @handle: dishonesty and personal attack.", key="da_liar")
R(DA, "Tidewell Waste have been dumping Dunhythe's recycling in landfill and pocketing the difference. Fraud, plain and simple.",
  [DA], [], "block", "Fraud stated as fact about a named company.", key="da_fraud")
R(DA, "The Reform group's treasurer, Dawn Peverell, has been helping herself to the campaign fund. Ask where the raffle money went.",
  [DA], [PA], "block", "Theft stated as fact.")
R(DA, "Anand Varghese cooked the books to hide a £2m hole in the leisure budget.",
  [DA], [], "review", "Dishonesty idiom ('cooked the books').")
R(DA, "Cllr Brancker forged signatures on his nomination papers. I've seen them.",
  [DA], [], "block", "Forgery (electoral offence) stated as fact.")
R(DA, "Brindlemere Leisure bribed their way into the seafront lido contract. Someone in the cabinet got a very nice holiday out of it.",
  [DA], [], "block", "Bribery stated as fact about a company and the cabinet.")
R(DA, "Hamza Qureshi is a crook and everyone in Gullsend knows it.",
  [DA, PA], [], "review", "'crook' is both allegation and insult.", key="da_crook")
R(DA, "Alastair Dunn has been quietly waving through his golf mates' extensions for years. Corrupt to the core.",
  [DA, OI], [PA], "review", "Corruption allegation about a named officer.")
R(DA, "Saoirse Tindall's 'charity' is a front for paying her partner a salary. Follow the money.",
  [DA], [], "review", "Misconduct/dishonesty insinuated as fact.")
R(DA, "Fergus Haldane rigged the Thornsea East selection. Postal votes went missing and he knows exactly where they went.",
  [DA], [], "block", "Electoral fraud alleged as fact.")
R(DA, "Yvonne Achterberg drove home from the mayor's ball three sheets to the wind, and the police let her off because of who she is.",
  [DA], [], "block", "Drink-driving (a crime) stated as fact, plus police misconduct.")
R(DA, "Nell Quarrie is a shameless fibber. Not one word of her Focus leaflet on the bypass is true.",
  [DA, PA], [], "review", "'Shameless fibber': dishonesty and insult.")
R(DA, "Carys Wendell has been claiming single person discount while her boyfriend lives with her. Fiddling her council tax while lecturing us all on fairness.",
  [DA], [DP, PA], "block", "Council tax fraud stated as fact; household details so data-protection allowed.")
R(DA, "Our Chief Exec, Geraldine Oakes, shredded the pier survey emails before the inquiry could see them. That's a cover-up.",
  [DA, OI], [], "block", "Destroying evidence alleged of a named officer.")
R(DA, "Barry Kettering is on the developers' payroll. Always has been.",
  [DA], [], "review", "Insinuated corruption about a named councillor.")
R(DA, "Kittlewake Homes lied to the planning committee about the flood risk, and they know it.",
  [DA], [], "review", "Dishonesty alleged of a named company.")
R(DA, "Bisi Okonjo abused her position to get her nephew a job at the council. Nepotism, pure and simple.",
  [DA], [], "review", "Misconduct alleged as fact.")
R(DA, "Marian Colbeck's husband gets the grounds maintenance contract every single year. Coincidence? Course it isn't. Corruption.",
  [DA], [], "review", "Corruption insinuated about the Leader.")
R(DA, "Harriet Sowerby MP pocketed a consultancy fee from Gannetshore and never declared it.",
  [DA], [], "review", "Undeclared payment (misconduct) alleged of a public office holder.")
R(DA, "Inspector Dale Frimley has been tipping off the pub landlords before every licensing raid. Bent copper.",
  [DA, PA], [], "block", "Misconduct in public office alleged as fact; 'bent copper' also an insult.")
R(DA, "Dunhythe First, the so-called residents' group, is bankrolled by a convicted fraudster and launders his money for him.",
  [DA], [], "block", "Money laundering alleged of a named organisation.")

# ---------------------------------------------------------------- hard negatives (110)
# A. harsh criticism of policies, decisions, parties, the council (20)
N("The cabinet's harbour car park charges are a disgrace. Fishermen, carers and shift workers will pay the price for this decision.", "Harsh criticism of a decision.")
N("This budget is a shambles from start to finish and the administration should be embarrassed to have put its name to it.", "Harsh criticism of a budget and administration.")
N("Dunhythe's waste contract is failing residents. Missed collections up 40% since the switch. Scrap it and bring the service back in-house.", "Policy criticism.")
N("The Local Plan draft is lazy, thin and frankly insulting to anyone who lives in Pelham Marsh. We'll be responding in detail.", "'lazy' and 'insulting' about a document.")
N("Idiotic decision to close the Kittle Bay toilets right before the summer season. Who thought this was a good idea? Reverse it.", "'Idiotic' about a decision.")
N("Reform's motion on the seafront was pure gesture politics. Nothing costed, nothing deliverable, nothing for Saltcote.", "Party policy criticism.")
N("Labour's amendment would have blown a hole in the reserves. I voted against it and I'd do it again.", "Party criticism.")
N("The Lib Dem leaflet on the bypass is wrong: the funding bid was withdrawn in 2024, not this year. The minutes are online.", "Correcting a leaflet without calling anyone a liar.")
N("The Tories have run Dunhythe into the ground over twelve years. Potholes, empty shops, shut libraries. Time for change in May.", "Party record criticism.")
N("Daylight robbery. £4.20 an hour to park on Thornsea front. This policy will gut the high street.", "'Daylight robbery' idiom about a charge.", allowed=[DA])
N("The Greens' plan for the marsh car park is naive and would cost jobs. I respect the aim; I don't respect the maths.", "Criticism of a party plan.")
N("Council tax up 4.99% and library hours cut again. Residents are paying more for less and they know it.", "Council criticism.")
N("Cabinet should be ashamed of how the lido consultation was run. Two weeks, over Christmas, online only. Pathetic.", "'Pathetic' about a process.")
N("Really disappointed in the council's response to the cliff fall at Marram Point. Slow, confused, and residents left in the dark.", "Council criticism.")
N("This administration's housing record is dreadful. 112 affordable homes in four years against a target of 600.", "Record criticism.")
N("The Independent group's budget alternative is a fantasy. Lovely words, no numbers.", "Group's policy criticism.")
N("The regeneration scheme is a white elephant: a £9m fountain nobody asked for while the harbour wall crumbles.", "Scheme criticism.")
N("The planning committee got the Gannetshore decision badly wrong. It ignores the flood data and I hope it's called in.", "Criticism of a decided planning decision.")
N("Banning busking on the seafront is a petty, mean-spirited policy. Let people play music.", "'petty, mean-spirited' about a policy.")
N("Dunhythe Council's complaints process is a joke. Six weeks for an acknowledgement letter. Not good enough.", "'a joke' about a process.")
# B. resignation calls (7)
N("After the harbour wall overspend, Cllr Fairlie should do the decent thing and resign as cabinet member. Accountability matters.", "Resignation call based on record.")
N("Marian Colbeck has lost the confidence of this chamber. Her budget failed, her flagship scheme failed. She should step down.", "Resignation call based on record.")
N("I've called for the Leader's resignation. Not out of spite, but because the Kittle Bay report is damning and someone has to take responsibility.", "Resignation call.")
N("Cllr Peverell has missed eleven of the last twelve meetings. If you can't do the job, Dawn, hand it to someone who can.", "Pointed but civil, based on attendance.", allowed=[PA])
N("Time for Trevor Mabey to go as portfolio holder. Three missed deadlines on the Saltcote flood scheme is three too many.", "Resignation call.")
N("The Reform group leader should resign over those WhatsApp messages. Not because I disagree with him, but because what was said about Traveller families was unacceptable.", "Resignation call condemning discrimination; no insult.", allowed=[ED])
N("Rosalind Pim chaired the meeting that approved the dunes scheme against officer advice. She should stand aside as planning chair.", "Resignation call on record.")
# C. self-deprecation (8)
N("Me at 8am trying to read a 400-page Local Plan with no coffee: absolute numpty. Send help ☕", "Self-deprecation.")
N("Turned up to my Gullsend surgery on the wrong day. Proper idiot. Apologies to the three people who came on Tuesday!", "Self-deprecation.")
N("Confession: I am hopeless at TikTok. My grandson had to explain what a duet is. Twice.", "Self-deprecation.")
N("I'm a clueless old dinosaur when it comes to spreadsheets, which is why I'm so grateful for the finance team's patience.", "Self-deprecation mentioning own age; thanks staff.", allowed=[OI])
N("Yes, I'm the thick councillor who asked what 'S106' meant at my first meeting. Still the best question I ever asked.", "Self-deprecation.")
N("Walked straight into the glass door at the civic centre. In front of the mayor. My dignity is on the seabed somewhere off Thornsea.", "Self-deprecation.")
N("Ugly mug, nice hat. Photo from the Saltcote beach clean this morning. Thanks to all 40 volunteers! 🧤", "Self-deprecation about own appearance.")
N("Lost my voice shouting at the rugby. I'll sound like a foghorn with a cold at cabinet today, apologies in advance.", "Self-deprecation.")
# D. friendly banter (12)
N("Cllr Haldane and I agree on nothing, except that the Thornsea chippy does the best haddock in Kent. Truce declared for one lunch 🐟", "Friendly cross-party banter.")
N("@LeonStroudLab you absolute legend, thanks for covering my surgery while I was off with flu. Owe you a pint.", "Warm banter to an @handle.")
N("Lost the charity pub quiz to the Lib Dems. Gutted. @NellQuarrieLD you smug so-and-so, rematch in March 😂", "Banter; 'smug' in jest.", allowed=[PA, IR])
N("Great fun at the cross-party bake-off. Cllr Mabey's Victoria sponge was a crime against baking but we love him anyway 🎂", "Banter; 'crime' about a cake.", allowed=[IR])
N("Beaten by a Green in the Kittle Bay 5k. @SaoirseGreen, you're a machine. My knees are ruined.", "Banter/compliment.")
N("Cllr Okonjo murdered that karaoke number at the mayor's charity night. Respect.", "'murdered' idiom as praise.")
N("Mayor Yvonne absolutely killed it at the lifeboat fundraiser. £3,400 raised!", "'killed it' idiom.")
N("Told @OllieBrancker his tie looked like a deckchair. He told me my jokes are older than the pier. Fair.", "Mutual friendly teasing.", allowed=[PA])
N("Cheeky beggar @HamzaQureshiLab nicked the last biscuit at group meeting. Reporting him to standards 😂", "Joke about 'nicked' and 'standards'.", allowed=[IR, DA])
N("Dawn and I argued about the lido for two hours, then split a bag of chips on the harbour wall. Local politics at its best.", "Civil disagreement, warm.")
N("Gordon Fairlie, you old rogue, happy 70th! Forty years serving Kittle Bay. Enjoy the cake.", "Affectionate birthday banter mentioning age.", allowed=[ED])
N("Our five-a-side team got thrashed 6-0 by Dunhythe Rovers. Absolute massacre. The ref needs glasses (he doesn't, we were rubbish).", "Sport banter; 'massacre'.")
# E. quoting abuse to condemn it (12)
N("Someone emailed Cllr Okonjo today calling her a 'monkey' and telling her to go home. That is racism, pure and simple, and it has been reported to the police.", "Counter-speech quoting racist abuse.", allowed=[ED, AL, PA])
N("To the person who wrote 'I know where you live' under Cllr Tindall's post: that's a threat and it has been reported. Nobody in public life should put up with it.", "Counter-speech quoting a threat.", allowed=[BI])
N("I was called a 'fat useless cow' at the Saltcote drop-in. I'm sharing it because councillors shouldn't have to swallow abuse in silence.", "Councillor reporting abuse aimed at themselves.", allowed=[PA, AL, ED])
N("Graffiti on the Gullsend mosque wall this morning: 'Muslims out'. Disgusting. Cleaned off by 10am thanks to the street team. Hate has no home here.", "Hate-crime report quoting graffiti.", allowed=[ED])
N("A trans woman was called a 'freak' and spat at on Thornsea seafront yesterday. That is a hate crime. If you saw anything, please call 101.", "Hate-crime appeal.", allowed=[ED, PA])
N("Every time a woman councillor speaks up, someone in the replies calls her 'hysterical'. It's sexist and it's tiresome. Call it out.", "Counter-speech about sexism.", allowed=[ED])
N("Cllr Kettering was sent a message saying he 'deserves a bullet'. I disagree with Barry on almost everything, but that is vile and I stand with him.", "Solidarity quoting a threat.", allowed=[BI])
N("Someone called me a 'corrupt liar' on Facebook for voting for the cycle lanes. No, I'm not, and no, I won't be hiding the post. Debate the policy.", "Rebutting an allegation made against self.", allowed=[DA, PA])
N("Leaflet pushed through doors in Pelham Marsh this week: 'Gypsies = crime'. It is a lie and it is racist. It has been reported.", "Counter-speech quoting a racist leaflet.", allowed=[ED, DA])
N("'Go back to where you came from' was the reply to my post about the Lunar New Year lanterns. I was born in Dunhythe General. Try again.", "Councillor rebutting racist reply.", allowed=[ED])
N("A resident told one of our tip staff she was 'a thick bitch'. Abuse of staff will not be tolerated, and the site has CCTV.", "Condemning abuse of staff.", allowed=[AL, PA, ED])
N("Called a 'paedo enabler' for backing the youth club funding. That sort of smear is exactly why good people won't stand for office.", "Condemning a smear.", allowed=[DA, PA])
# F. insult words aimed at things (12)
N("The new parking app is an idiot of a thing. Wouldn't take my card six times. Fix it please, @DunhytheDC.", "'idiot' about an app.")
N("This weather is vile. Sandbags available at Saltcote depot from 9am.", "'vile' about weather.")
N("Thornsea bus shelter is a disgusting, pathetic wreck. Reported again. Third time this month.", "Insult words about a shelter.")
N("Stupid, stupid printer. Ward newsletter delayed until Monday, sorry all.", "'stupid' about a printer.")
N("The new roundabout at the top of Marsh Lane is a moronic piece of design. Cars pointing three ways at once.", "'moronic' about a design.")
N("The seafront shelter smells like something died in it. Cleansing team booked for Thursday.", "Unpleasant image about a shelter.")
N("Bloody seagulls had my chips again. Brazen little thugs.", "'thugs' about seagulls; mild 'bloody'.")
N("That pothole on Pelham Road is a monster. Swallowed a Fiesta's front wheel. Reported to highways.", "'monster' about a pothole.")
N("Worst. Wi-Fi. Ever. The civic centre's connection is a joke and a crime against productivity.", "'crime' about Wi-Fi.")
N("The old pier lights are ugly as sin. Good news: the replacements arrive in March.", "'ugly' about lights.")
N("The council website search is useless. Genuinely useless. Type 'bins' and you get the cemetery page.", "'useless' about a website.")
N("Killer view from Marram Point this morning. Absolutely stunning. 🌅", "'Killer' idiom.")
# G. protected groups mentioned supportively, civil debate (18)
N("Proud to see the Progress Pride flag flying at Dunhythe town hall for LGBT+ History Month. Everyone belongs here.", "Supportive (sexual orientation).", date="2026-02-02")
N("Happy Lunar New Year to everyone celebrating in Dunhythe! Wonderful lion dance in Harbour Square today.", "Supportive (race/culture).", date="2026-02-17")
N("Ramadan Mubarak to our Muslim neighbours in Gullsend. Community iftar at the centre on Friday, all welcome.", "Supportive (religion).", date="2026-02-18")
N("Trans people deserve safety and dignity in Thornsea like everyone else. Our leisure centre policy will stay inclusive.", "Supportive (gender reassignment).")
N("As a deaf councillor I've pushed for BSL interpretation at every full council. Delighted it finally starts in March.", "Own disability, supportive.")
N("Wheelchair-accessible beach mats at Kittle Bay are back for the season. Thank you to the Disability Forum for pushing for them.", "Supportive (disability).")
N("Visited the Traveller site at Pelham Marsh with the liaison team today. Residents asked for better bin access and safer lighting. On it.", "Supportive (Travellers).")
N("Holocaust Memorial Day: Dunhythe remembers. Thank you to the synagogue and our schools for a moving service.", "Supportive (religion/race).", date="2026-01-27")
N("Older residents are the backbone of our volunteer groups. Age is no barrier at the Saltcote lifeboat shop: average age 74!", "Supportive (age).")
N("Having a baby shouldn't stop anyone standing for council. I'll be backing the parental leave policy for members at full council.", "Supportive (pregnancy and maternity).")
N("Same-sex couples have been marrying at the Thornsea register office for over a decade now. Congratulations to everyone tying the knot this spring 💍", "Supportive (sexual orientation, marriage).")
N("Ahead of International Women's Day: celebrating the women of Dunhythe's fishing fleet, past and present.", "Supportive (sex).", date="2026-03-06")
N("Dunhythe welcomes refugees. The families staying in Kittle Bay have been turning up to the beach clean every single week.", "Supportive (race/nationality).")
N("The story of Dunhythe's Caribbean nurses deserves telling all year round. New plaque unveiled at the old hospital today.", "Supportive (race).")
N("Met the new Hindu temple committee in Thornsea today. Great plans for a community kitchen open to all.", "Supportive (religion).")
N("Our Pride committee is recruiting! Young or old, gay or straight, come along on Wednesday evening.", "Supportive (sexual orientation, age).")
N("On the asylum hotel in Kittle Bay: I've asked the Home Office for proper consultation and funding for GP places. That's a fair request, not an attack on anyone.", "Civil debate on asylum.")
N("I support a permanent Traveller site in principle, but the Marsh Lane plot floods every winter. Let's find a better one together.", "Civil debate on a Traveller site.")
# H. civil criticism of the same named people (13)
N("Cllr Colbeck promised a harbour wall plan by Christmas. It's now March. Where is it, Marian?", "Civil accountability question.")
N("I disagree profoundly with Cllr Kettering on asylum, but I'll debate him on the facts, not with insults on Facebook.", "Civil disagreement.")
N("Cllr Stroud's homelessness figures are out of date. The latest return shows 214 households, not 150. Happy to share the source.", "Correcting a named councillor's figures.")
N("Anand Varghese has now missed three scrutiny sessions on the reserves. That is not good enough for the finance portfolio.", "Record criticism.")
N("Cllr Pim's casting vote on the dunes scheme was a mistake, in my view, and I've written to her setting out why.", "Civil criticism of a decision.")
N("With respect to @FergusHaldaneLD, his bypass numbers don't add up. Here's the county's own traffic model.", "Civil rebuttal.")
N("Cllr Peverell's motion was badly drafted and legally unworkable, which is why I couldn't support it. Happy to work on a better one.", "Criticism of a motion.")
N("Not impressed with Cllr Mabey's answer on Saltcote flooding. Residents deserve dates, not 'in due course'.", "Civil criticism of an answer.")
N("Cllr Tindall and I disagree on the marsh car park, and that's fine. But her claim it's 'unused' is wrong: the counts are in the agenda pack.", "Civil factual correction.")
N("Cllr Qureshi's record on licensing is weak, frankly. Three policies promised, none delivered.", "Record criticism.")
N("Cllr Brancker has voted with the administration on every budget line while telling Pelham Marsh he's independent. Residents can judge that for themselves.", "Pointed record criticism; implies inconsistency.", allowed=[PA])
N("The Mayor's decision to cancel the civic reception for the lifeboat crew was wrong, and I've told her so directly.", "Civil criticism of a decision.")
N("Cllr Okonjo's housing motion was well meant but unfunded. I couldn't vote for it.", "Civil criticism.")
# I. other traps (8)
N("Scam alert: fraudsters are cold-calling Thornsea pensioners pretending to be from council tax. The council will never ask for your bank PIN.", "Scam warning using 'fraudsters' and 'PIN'.", allowed=[SC, DA])
N("We're coming for every seat in Gullsend in May. Watch this space. 🌹", "Campaign slogan, not a threat.", allowed=[BI])
N("I'll be knocking on every door in Saltcote this weekend. Got questions about the flood scheme? I'll be on your doorstep.", "Canvassing, not a threat.")
N("Anti-bribery training for all members on Thursday. Mandatory, and genuinely useful: the case studies are eye-opening.", "'bribery' in a training notice.")
N("Crime in Dunhythe Harbour is down 12% on last year. Thanks to Inspector Frimley's team for the extra patrols.", "Crime statistics; thanks a public office holder.")
N("Our scrutiny committee will be relentless on the lido contract. Every invoice, every decision. That's what scrutiny is for.", "'relentless' about scrutiny.")
N("Just finished 'The Liar's Dictionary'. Highly recommend it, and the library has three copies!", "'Liar' in a book title.")
N("Huge thanks to Jonno Pryce and the waste team for clearing Saltcote seafront after the storm. Brilliant work.", "Thanking a named officer.", allowed=[OI])

# ---------------------------------------------------------------- obfuscated variants (20)
VARIANTS = [  # key, obfuscation, old, new   (old=None -> ALL CAPS)
    ("pa_plank", "asterisk", "plank", "pl*nk"),
    ("al_twat", "asterisk", "twat", "tw*t"),
    ("ed_slur", "asterisk", "Pakis", "P*kis"),
    ("pa_muppet", "digit", "muppet. A proper, certified, gold-plated muppet.", "mupp3t. A proper, certified, gold-plated mupp3t."),
    ("al_wankers", "digit", "wankers", "w4nkers"),
    ("ed_lagos", "digit", "go back", "g0 back"),
    ("da_crook", "digit", "crook", "cr0ok"),
    ("al_cunt", "zero-width", "cunt", "cu\u200bnt"),
    ("da_backhander", "zero-width", "backhander", "back\u200bhander"),
    ("bi_skeletons", "zero-width", "skeletons", "ske\u200bletons"),
    ("pa_vermin", "spaced", "is vermin. Worthless, grubby vermin", "is v e r m i n. Worthless, grubby v e r m i n"),
    ("bi_lives", "spaced", "lives", "l i v e s"),
    ("da_fraud", "spaced", "Fraud,", "F r a u d,"),
    ("bi_regret", "cyrillic", "regret", "r\u0435gret"),
    ("ed_muslims", "cyrillic", "Muslims", "Musl\u0456ms"),
    ("da_liar", "cyrillic", "liar", "li\u0430r"),
    ("pa_dimmest", "caps", None, None),
    ("al_bellend", "caps", None, None),
    ("bi_eggs", "caps", None, None),
    ("ed_mogadishu", "caps", None, None),
]

def caps(text):
    return "".join(tok if tok.startswith("@") else tok.upper()
                   for tok in re.split(r"(@\w+)", text))

# ---------------------------------------------------------------- assignment
def load_people():
    import tomllib
    with open(HERE / "council.toml", "rb") as f:
        c = tomllib.load(f)
    hs = {h: n for h, n in c["people"]["handles"].items() if n in c["people"]["councillors"]}
    return hs

CON = ["@MarianColbeck", "@AnandVargheseCon", "@GordonFairlieKB", "@CllrRosPim", "@TrevMabey", "@MayorYvonneA"]
LAB = ["@LeonStroudLab", "@BisiOkonjo", "@CarysWendellLab", "@HamzaQureshiLab"]
# a post that attacks or criticises a party, group or office is not written by its own members
PARTY_EXCLUDE = [
    (r"\btor(y|ies)\b|conservative|cabinet|administration", CON),
    (r"\bleader\b", ["@MarianColbeck", "@BarryKetteringRUK", "@LeonStroudLab"]),
    (r"\bmayor", ["@MayorYvonneA"]),
    (r"planning chair|planning committee|chairs planning", ["@CllrRosPim"]),
    (r"labour", LAB),
    (r"lib dem|focus|yellow rosette", ["@FergusHaldaneLD", "@NellQuarrieLD"]),
    (r"\bgreens?\b", ["@SaoirseGreen"]),
    (r"reform", ["@BarryKetteringRUK", "@DawnPeverell"]),
    (r"independent", ["@OllieBrancker"]),
]

def weekdays(start, end):
    d, out = start, []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out

def stamp(rng, days, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(days)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()

def main():
    rng = random.Random(SEED)
    handles = load_people()
    days = weekdays(dt.date(2026, 1, 5), dt.date(2026, 3, 27))

    def pick_author(text):
        low = text.lower()
        ok = []
        for h, name in sorted(handles.items()):
            first, last = name.split()[0], name.split()[-1]
            if h.lower() in low or re.search(r"\b(%s|%s)\b" % (first.lower(), last.lower()), low):
                continue
            if any(re.search(rx, low) and h in hs for rx, hs in PARTY_EXCLUDE):
                continue
            ok.append(h)
        return rng.choice(ok)

    rows = []
    for r in ROWS:
        rows.append(dict(r, author=pick_author(r["text"]), platform=rng.choice(["x", "facebook", "bluesky"]),
                         created_at=stamp(rng, days, r["date"])))
    by_key = {r["key"]: r for r in rows if r["key"]}
    for key, ob, old, new in VARIANTS:
        o = by_key[key]
        if ob == "caps":
            text = caps(o["text"])
            allowed = o["allowed"] + ([HA] if HA not in o["allowed"] + o["rules"] else [])
        else:
            assert o["text"].count(old) == 1, (key, old)
            text = o["text"].replace(old, new)
            allowed = list(o["allowed"])
        rows.append(dict(o, text=text, allowed=allowed, key=None, variant_of=key, obfuscation=ob,
                         created_at=stamp(rng, days),
                         note=f"{ob} variant of the {o['family']} row: " + o["note"]))
    rng.shuffle(rows)
    ids = {}
    for i, r in enumerate(rows, 1):
        r["id"] = f"b31-{i:03d}"
        if r.get("key"):
            ids[r["key"]] = r["id"]
    out = []
    for r in rows:
        row = {"id": r["id"], "text": r["text"], "author": r["author"], "created_at": r["created_at"],
               "platform": r["platform"], "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"],
               "kind_of_row": "hard_negative" if r["family"] == HN else "positive",
               "note": r["note"]}
        if r.get("variant_of"):
            row["variant_of"] = ids[r["variant_of"]]
            row["obfuscation"] = r["obfuscation"]
        out.append(row)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "rows written")

if __name__ == "__main__":
    main()
