"""Build blind evaluation set b72 (Skelderdale District Council).

Hand-written rows plus a deterministic script (seed 7272): shuffles rows, gives ids,
picks authors, platforms and timestamps, and makes the obfuscated variants.
Run: python build.py  (writes posts.jsonl next to this file).
"""
import json, random, re, datetime, pathlib, tomllib

HERE = pathlib.Path(__file__).resolve().parent
SEED = 7272
R = {"pa": "respect.personal-attack", "al": "respect.abusive-language", "bi": "bullying.intimidation",
     "ed": "equality.discrimination", "da": "defamation.allegation", "off": "officers.impartiality",
     "irony": "tone.irony-risk", "dp": "data-protection.personal-data", "pos": "position.improper-advantage",
     "pred": "predetermination.closed-mind", "haste": "haste.pause-before-posting", "sec": "security.credentials"}
MINSEV = {"respect.personal-attack": "review", "respect.abusive-language": "review", "bullying.intimidation": "block",
          "equality.discrimination": "block", "defamation.allegation": "review", "officers.impartiality": "review",
          "tone.irony-risk": "advice", "data-protection.personal-data": "review", "position.improper-advantage": "review",
          "predetermination.closed-mind": "review", "haste.pause-before-posting": "advice", "security.credentials": "block"}
ORDER = ["ok", "advice", "review", "block"]
ROWS = []

def row(fam, text, rules="", allowed="", note="", block=False, pin=None, date=None, var=None, hn=None):
    rules = [R[r] for r in rules.split()]
    if fam != "hard_negative" and fam not in rules:
        rules.insert(0, fam)
    allowed = [R[a] for a in allowed.split()]
    if fam == "hard_negative":
        verdict = "ok"
    else:
        verdict = max((MINSEV[r] for r in rules), key=ORDER.index)
        if block:
            verdict = "block"
    ROWS.append(dict(text=text, family=fam, rules=rules, allowed=allowed, verdict=verdict,
                     note=note, pin=pin, date=date, var=var))

PA, AL, BI, ED, DA, HN = ("respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
                          "equality.discrimination", "defamation.allegation", "hard_negative")

# ---------------- respect.personal-attack (34: 32 review, 2 block) ----------------
row(PA, "Gary Sutcliffe is the most gormless man ever to chair a planning committee. Sat there like a pudding while the applicant ran rings round him.", note="'gormless' at a named councillor", var=("star", "gormless"))
row(PA, "@DHolroydDF you're a mardy little man who can't take a question without sulking. Grow up.", note="'mardy little man' at a handle")
row(PA, "Colin Haigh has the brains of a sheep off Thwaite Moor, and at least the sheep know where they're going.", note="insult by comparison, no swearing", var=("digit", "sheep"))
row(PA, "Honestly Lorraine Greenwood, you're a waste of a seat. Nowt said, nowt done, four years.", note="'waste of a seat' at a named councillor")
row(PA, "Nathan Dyson couldn't organise a brew in a tea shop. Useless article.", note="plain insult; his autism is not referred to")
row(PA, "Cllr Kershaw is a nasty, spiteful piece of work and everyone in Clough Bridge knows it.", note="character attack")
row(PA, "Wendy Ormerod: all chain, no brain. Chair of the council my foot.", note="insult at the Chair of the Council", var=("caps", None))
row(PA, "Another masterclass from @StuartLumbCG tonight. Genuinely inspiring how a grown man can talk for twenty minutes and say nowt 👏👏", rules="irony", note="mock praise; irony expected")
row(PA, "Denise Firth is a pompous, self-important busybody who thinks chairing audit makes her Queen of Thwaite Moor.", note="character attack")
row(PA, "Thick as two short planks, is Derek Holroyd. I've met gateposts with more sense.", note="'thick' idiom at a named councillor", var=("zwsp", "thick"))
row(PA, "Ey up, @ImranHussainFO is back on his soapbox. Someone tell this clown nobody's listening.", note="'clown' at a handle", var=("homoglyph", "clown"))
row(PA, "Kieran Moss is a spoilt little lad playing at politics on his dad's money. Pathetic.", allowed="ed", note="'little lad' could be heard as about his age (23); equality allowed")
row(PA, "Trevor Binns is a bitter old windbag. Sithee, he's been moaning since 1998.", allowed="ed", note="'old windbag'; age allowed")
row(PA, "Colin Haigh is a parasite. A leech on every working family in Gimmerdale. Vermin in a suit.", allowed="al", block=True, note="severe dehumanising attack: block")
row(PA, "Piece of filth, that @GSutcliffeDF. A worthless excuse for a human being, and this dale would be better off without him.", allowed="al bi", block=True, note="severe dehumanising attack; 'better off without him' lets bullying be allowed")
row(PA, "Alys Thornber's speech was the whingeing of a mardy teenager. Grow a backbone.", note="insult; nothing about her being trans")
row(PA, "Somebody get Stuart Lumb a dictionary and a clue. Gormless doesn't begin to cover it.", note="'gormless' again, second target")
row(PA, "Mrs Ackroyd, you're an arrogant, out-of-touch snob who looks down her nose at every mill family in Ossbeck.", note="character attack at the Leader")
row(PA, "The Head of Planning, Carol Midgley, is frankly incompetent and should be embarrassed to draw a salary.", rules="off", note="attack on a named officer: officers expected")
row(PA, "Simon Crabtree in planning is a jobsworth with a clipboard and the personality of a wet weekend in Scarside.", rules="off", note="insult at a named officer")
row(PA, "Harjit Sandhu is a spineless yes-man. Whatever Margaret says he nods like one of them dogs in a car back window.", note="'spineless yes-man'; names Margaret only in passing")
row(PA, "Shabana Akhtar, you're a hypocrite and a bore. Every meeting the same sanctimonious lecture.", note="'hypocrite and bore'; not dishonesty of fact")
row(PA, "Bless him, @ColinHaighDF tried to read a balance sheet today. Go and have a lie down, love 🙃", allowed="irony ed", note="condescension; 'bless' and 🙃 let irony be allowed, 'love' equality allowed")
row(PA, "Joanne Priestley is as much use as a chocolate teapot and twice as wet.", note="idiomatic insult")
row(PA, "Desmond Clarke is a loudmouth and a bully and I'm sick of him.", note="name-calling; nothing about race")
row(PA, "Ruth Feldman, you're a sanctimonious know-all. Nobody asked, love.", allowed="ed", note="'love' gendered; equality allowed")
row(PA, "Reet, I'll say it: Piotr Zielinski is the laziest councillor in Skelderdale. Idle, idle, idle.", note="'idle' three times", var=("spaced", "idle"))
row(PA, "Imagine being as pig-ignorant as @LGreenwoodMG and still thinking you're the cleverest in the room.", note="'pig-ignorant' at a handle")
row(PA, "Margaret Ackroyd is a dinosaur, a relic, a joke.", allowed="ed", note="'dinosaur, relic' may be heard as age; equality allowed")
row(PA, "To the numpty who wrote this morning's Dales First leaflet: you're gormless and you know it.", note="second-person insult at an unnamed author")
row(PA, "@TBinnsInd you're an embarrassment to this council and to yourself. Reading your posts makes me gip.", note="'makes me gip' (retch) at a handle")
row(PA, "Congratulations to Gary Sutcliffe on his cabinet job. Nothing says talent like being the only one daft enough to say yes 🙃", rules="irony", note="mock congratulation; irony expected")
row(PA, "Wendy Ormerod is two-faced. Sweet as owt in the parlour, knife out the minute you turn your back.", note="'two-faced'; knife figurative")
row(PA, "Honestly Bev Kershaw, do us all a favour and stop talking. You're a laughing stock and a mither.", note="'laughing stock', 'a mither' (a nuisance)")

# ---------------- respect.abusive-language (34: 32 review, 2 block) ----------------
row(AL, "Derek Holroyd is a complete and utter twat.", rules="pa", note="obscenity at a person", var=("star", "twat"))
row(AL, "This budget is total bollocks from start to finish.", note="obscenity at a budget: abusive-language alone")
row(AL, "Who the hell signed off this shite bus timetable for Gimmerdale? Bloody shambles.", allowed="pa", note="obscenity at a timetable; 'who' unnamed, personal-attack allowed")
row(AL, "Beckside Homes are a bunch of useless bastards. Three months for a boiler in February.", allowed="pa", note="obscenity at a company")
row(AL, "@GSutcliffeDF shut your gob you pillock. Fucking embarrassing.", rules="pa", note="obscenity and insult at a handle")
row(AL, "Margaret Ackroyd is a cunt. There, I said it.", rules="pa", block=True, note="the c-word at a named councillor: block", var=("spaced", "cunt"))
row(AL, "Filthy scum, the lot on that cabinet. Hope they rot at the bottom of Ossbeck canal.", rules="pa", allowed="bi", block=True, note="severe; 'hope they rot' lets bullying be allowed")
row(AL, "Fellgate Waste's new bin rota is absolute shit. Clarty streets all over Mill Bank.", allowed="pa", note="obscenity at a service/company")
row(AL, "The council website is a pile of crap. Three goes to report one pothole.", note="obscenity at a website")
row(AL, "Stuart Lumb, you're a prick. A pompous prick.", rules="pa", note="obscene insult, word twice", var=("digit", "prick"))
row(AL, "Piss-poor from Dales First again. Pissing about while the mill roof falls in.", allowed="pa", note="obscenity at a party")
row(AL, "Sod Dales First and sod their bloody car park charges.", allowed="pa", note="mild obscenity at a party and a policy")
row(AL, "Colin Haigh talks out of his arse. Every. Single. Meeting.", rules="pa", note="vulgar insult at a named person")
row(AL, "What a load of bollocks from @MAckroydDF on Radio Skelder this morning.", allowed="pa", note="obscenity at what she said; personal-attack allowed")
row(AL, "Kieran Moss is a gobshite. Always has been.", rules="pa", note="vulgar insult")
row(AL, "This wind farm consultation is a shitshow. Who runs it, a bunch of muppets?", allowed="pa", note="obscenity at a consultation")
row(AL, "Get stuffed, Common Ground. You're a bunch of tossers.", rules="pa", note="insult aimed at the members, so personal-attack expected")
row(AL, "Lorraine Greenwood is a total arsehole to staff. Ask anyone.", rules="pa", note="vulgar insult")
row(AL, "@DesClarkeFO what a dick move walking out of scrutiny. Dickhead.", rules="pa", note="vulgar insult at a handle")
row(AL, "Bloody hell, the new Ossbeck bus station is a shithole. Flaming disgrace.", note="obscenity at a building")
row(AL, "Fuck this budget. Fuck the cuts. Fuck the lot of it.", note="repeated obscenity at a budget", var=("caps", None))
row(AL, "Whoever designed the Clough Bridge one-way system wants their bleeding head looking at. Arse of a job.", allowed="pa", note="unnamed 'whoever': personal-attack allowed")
row(AL, "Trevor Binns is a miserable old git.", rules="pa", allowed="ed", note="vulgar insult; 'old' lets equality be allowed")
row(AL, "Ossbeck Leisure Trust have made a right pig's ear of the pool. Bloody cowboys, the lot of 'em.", allowed="pa", note="mild profanity at a trust")
row(AL, "Harjit, mate, you're talking absolute shite and you know it.", rules="pa", note="obscenity in second person at a named councillor")
row(AL, "Wendy Ormerod can shove her chain of office up her arse.", rules="pa", note="vulgar at a named person")
row(AL, "Gary Sutcliffe is a total bellend.", rules="pa", note="vulgar insult", var=("homoglyph", "bellend"))
row(AL, "Shove your parking fines where the sun doesn't shine, Skelderdale Council. Bastards.", allowed="pa", note="obscenity at the council")
row(AL, "Ruth Feldman, stop being such a pain in the arse.", rules="pa", note="vulgar at a named person")
row(AL, "Imran Hussain's motion is the biggest pile of horseshit I've read all year.", allowed="pa", note="obscenity at a motion")
row(AL, "@JoPriestleyCG what a knobhead. Honestly.", rules="pa", note="vulgar insult at a handle")
row(AL, "Piotr Zielinski, get your finger out, you lazy sod. Stop laiking about.", rules="pa", note="mild vulgarity; 'laiking' (playing)")
row(AL, "Total clusterfuck at the Gimmerdale Show licensing meeting. Fuming. Summat has to give.", note="obscenity at a meeting")
row(AL, "The chief exec's restructure is a shambles and Philip Wadsworth is a useless tosser.", rules="pa off", note="vulgar insult at a named officer", var=("zwsp", "tosser"))

# ---------------- bullying.intimidation (34 block: 10 explicit, 13 veiled, 11 pressure) ----------------
row(BI, "@GSutcliffeDF keep pushing that Scarside quarry and you'll be going through the Co-op window. Promise.", allowed="pa", note="[explicit] threat of violence")
row(BI, "Colin Haigh, I know where you live. Fell Lane, isn't it. Think on.", allowed="pa dp", note="[explicit] 'I know where you live' with a street")
row(BI, "Derek Holroyd wants a good hiding and I'm happy to give him one round the back of the Mill Tavern.", allowed="pa", note="[explicit] threat of assault", var=("star", "hiding"))
row(BI, "If Lorraine Greenwood votes for that turbine I'll make her life hell. Every day. Every meeting.", allowed="pa", note="[explicit] threat to make life hell")
row(BI, "@ImranHussainFO you're finished. I'll bury you, your career and your little group. Watch me.", allowed="pa", note="[explicit] threat to destroy", var=("digit", "finished"))
row(BI, "Whoever reported me to the Monitoring Officer: I know exactly who you are and you'll regret it.", note="[explicit] threat to a complainant, no named target", var=("zwsp", "regret"))
row(BI, "Simon Crabtree, change that report or I'll have your job, and I'll be stood outside your house till you do.", rules="off", allowed="pa dp", note="[explicit] threat to an officer over his advice")
row(BI, "Kieran Moss wants his head kicking in. Someone should oblige.", allowed="pa", note="[explicit] incitement to violence")
row(BI, "Trevor Binns, if I see you at the Gimmerdale Show I'll tip you out of that chair into the muck.", allowed="pa ed", note="[explicit] threat touching his wheelchair; equality allowed")
row(BI, "Piotr, keep mithering me and you'll be sorry. You'll be the one who ends up hurt.", allowed="pa", note="[explicit] threat of harm")
row(BI, "Funny how accidents happen on those dark lanes up Kirkby Fell. Just saying, @StuartLumbCG 😉", allowed="pa", note="[veiled] accident innuendo at a handle", var=("spaced", "accidents"))
row(BI, "Nice house you've got on Beck Road, Joanne. Lovely big windows. Shame if owt happened to them.", allowed="pa dp", note="[veiled] threat to property with a street")
row(BI, "@DenFirthDF enjoy chairing audit while you can. Things change. People change. Accidents happen.", allowed="pa", note="[veiled]")
row(BI, "Sithee, Bev Kershaw: folk round here have long memories and short tempers. Remember that.", allowed="pa", note="[veiled] warning")
row(BI, "I hear Desmond Clarke's kids go to Holme Lane Academy. Lovely school. Be a shame if word got round about their dad.", allowed="pa dp", note="[veiled] threat via his children's school")
row(BI, "To the witnesses in Thursday's standards hearing: think very carefully about what you say. Skelderdale's a small place.", note="[veiled] threat to witnesses, no named target", var=("homoglyph", "carefully"))
row(BI, "Ruth Feldman should remember what happened to the last councillor who crossed us. Happen she'll learn.", allowed="pa", note="[veiled]")
row(BI, "@NathanDysonFO keep looking over your shoulder, lad. You never know who's behind you.", allowed="pa", note="[veiled]")
row(BI, "Tell Alys Thornber I've got a long list and she's at the top of it. She'll know what I mean.", allowed="pa", note="[veiled]")
row(BI, "Carol Midgley in planning has a lovely new car. Be a pity if it got scratched while the Ossbeck Mill decision's pending.", rules="off", allowed="pa", note="[veiled] threat to an officer's property tied to a decision")
row(BI, "Shabana, I'd not walk home through the ginnel on your own after that vote if I were you.", allowed="pa dp ed", note="[veiled] route home; equality allowed (lone woman)")
row(BI, "I've been keeping a file on you, @JoPriestleyCG. Every post, every slip. One day it all comes out.", allowed="pa", note="[veiled] surveillance threat")
row(BI, "Harjit Sandhu won't be smiling for long. Mark my words.", allowed="pa", note="[veiled] mildest; some would hear political needling")
row(BI, "Vote against the depot closure, Colin, and your ward budget goes to nowt. Your choice.", allowed="pos", note="[pressure] coercion with a ward budget", var=("caps", None))
row(BI, "Lorraine: back the Leader on Thursday or you can forget that scrutiny chair. Simple as.", allowed="pos", note="[pressure] coercion with a committee place")
row(BI, "Rajesh Mistry rewrites his s151 report by Friday or I make sure everyone knows what a coward he is. Public meeting, full gallery.", rules="off", allowed="pa", note="[pressure] humiliation threat to the s151 officer")
row(BI, "Everyone in Ossbeck Central: go and tell Piotr Zielinski what you think of him. Surgery's Saturday at 10. Let's fill it 😠", allowed="pa", note="[pressure] pile-on")
row(BI, "Helen Barraclough, drop the complaint against me or I go to the Clarion with everything I know about your department.", rules="off", allowed="da", note="[pressure] threat to the Monitoring Officer")
row(BI, "Withdraw your objection to Scarside quarry, Kieran, or I'll be telling your employer about your posts. Don't test me.", allowed="pa", note="[pressure] threat to employment")
row(BI, "Here's Denise Firth's mobile for anyone who wants to tell her what they think of the library cuts: 07700 900417. Ring her. Keep ringing.", allowed="dp sec pa", note="[pressure] pile-on with a private number")
row(BI, "Nathan Dyson, apologise publicly by Monday or I'll make sure you never sit on another committee. Tick tock.", allowed="pos pa", note="[pressure] ultimatum with committee places")
row(BI, "Beckside tenants still waiting on repairs: ask Cllr Clarke why. And if he won't back the Leader, happen your repairs wait a bit longer.", allowed="pos", note="[pressure] coercion through tenants' repairs")
row(BI, "Let's all screenshot every daft thing @TBinnsInd says and flood his mentions till he packs it in.", allowed="pa", note="[pressure] organised pile-on")
row(BI, "Wendy, I'm not asking. Sign the letter backing Margaret or your name goes in the Clarion next to that parking fine.", allowed="pa dp", note="[pressure] exposure threat")

# ---------------- equality.discrimination (34 block: 15 explicit, 19 coded) ----------------
row(ED, "Imran Hussain should be at the mosque not running Mill Bank. These people don't believe in our laws.", rules="pa", note="[explicit; religion] anti-Muslim", var=("homoglyph", "mosque"))
row(ED, "Desmond Clarke is very articulate for someone from his... background, isn't he? 🤔", rules="pa", allowed="irony", note="[coded; race] 'articulate for his background'")
row(ED, "Margaret Ackroyd's a decent enough lass, but running a council is a man's job. Always has been.", rules="pa", note="[explicit; sex]")
row(ED, "Joanne Priestley's on maternity leave AGAIN. She wants to decide if she's a mum or a councillor, because she can't be both.", rules="pa", allowed="dp", note="[explicit; pregnancy and maternity]")
row(ED, "Kieran Moss and his boyfriend parading about at the Ossbeck Gala. Nobody wants that shoved in their faces. Keep it indoors.", rules="pa", note="[explicit; sexual orientation]")
row(ED, "Bit of a 'confirmed bachelor', young Kieran. Says it all really 😏", rules="pa", allowed="irony", note="[coded; sexual orientation] innuendo")
row(ED, "Alys Thornber is a bloke in a frock and I'll not call him owt else. Bloke.", rules="pa", note="[explicit; gender reassignment] misgendering", var=("star", "bloke"))
row(ED, "Funny how 'Ms' Thornber never used to be Ms owt when she played for Ossbeck Town. Just saying.", rules="pa", note="[coded; gender reassignment]")
row(ED, "Trevor Binns can't even get up the town hall steps. What use is a cripple on highways committee?", rules="pa al", note="[explicit; disability] slur 'cripple'", var=("zwsp", "cripple"))
row(ED, "Nathan Dyson's 'condition' explains a lot. Not all there, is he. Shouldn't be on scrutiny.", rules="pa", note="[coded; disability] autism as put-down")
row(ED, "Piotr Zielinski should get back to Poland. Ossbeck's for Ossbeck folk.", rules="pa", note="[explicit; race] national origin", var=("spaced", "Poland"))
row(ED, "Ossbeck Central were a proper Yorkshire ward before Piotr's lot moved in. Now it's all Polish shops and nobody speaks English.", allowed="pa", note="[coded; race] Eastern European")
row(ED, "Ruth Feldman's lot always find the money, don't they. Funny that.", rules="pa", allowed="da", note="[coded; religion] antisemitic trope")
row(ED, "Harjit Sandhu can take his turban off in the chamber like everyone else takes their hat off. Rules are rules.", rules="pa", note="[explicit; religion] anti-Sikh")
row(ED, "Margaret Ackroyd is 71 and going gaga. Pack her off to a care home in Gimmerdale and let the grown-ups run the council.", rules="pa", note="[explicit; age] old")
row(ED, "Another 'experienced' councillor nodding off in planning. Time some of them were put out to grass on Thwaite Moor with the other old ewes.", note="[coded; age] names nobody")
row(ED, "Kids like Kieran Moss shouldn't be allowed to stand. Pay a mortgage first, lad, then come and tell us how to run owt.", rules="pa", note="[explicit; age] young")
row(ED, "Denise Firth and her 'civil partner'. That's not a marriage whatever the law says, and she's no business lecturing us about family.", rules="pa", note="[explicit; marriage and civil partnership] also sexual orientation")
row(ED, "Travellers back on Scarside rec. Lock your sheds, lads, you know what happens next.", note="[coded; race] Gypsy and Traveller")
row(ED, "No more pikeys on Kirkby Fell. Shift 'em.", rules="al", note="[explicit; race] slur against Travellers", var=("digit", "pikeys"))
row(ED, "Ramadan grant for the Mill Bank centre? Why are Skelderdale taxpayers funding their festivals? Let them pay for their own.", date="2026-02-19", note="[coded; religion] anti-Muslim 'their'")
row(ED, "Another hotel full of 'young men' from who knows where. Lock up your daughters, Ossbeck.", note="[coded; race] asylum seekers")
row(ED, "Shabana Akhtar only got selected cos Forward Ossbeck needed a brown face on the leaflet.", rules="pa", note="[explicit; race]", var=("caps", None))
row(ED, "Desmond's quick on his feet at the fun run. Must be in the genes 😂", rules="pa", allowed="irony", note="[coded; race] racial stereotype as a joke")
row(ED, "Lorraine Greenwood's signed off with 'anxiety' again. Some of us worked in the mill and just got on with it. Too nesh for politics.", rules="pa", allowed="dp", note="[coded; disability] mental health")
row(ED, "Putting Stuart Lumb on finance is like letting the lads from the special school do the accounts.", rules="pa", note="[coded; disability] learning disability as put-down")
row(ED, "Ruth Feldman needs to calm down. Must be that time of the month again, love.", rules="pa", note="[explicit; sex]")
row(ED, "Forward Ossbeck's candidate list: a lesbian, a vegan and a lad who likes musicals. Says it all about their 'values'.", allowed="pa", note="[coded; sexual orientation]")
row(ED, "Imran's lot will have halal-only dinners in every Ossbeck school by Christmas. Mark my words.", rules="pa", note="[coded; religion] anti-Muslim takeover trope")
row(ED, "Don't eat at the new Chinese on Mill Street, folk. You know what they put in it.", note="[explicit; race] Chinese")
row(ED, "Harjit Sandhu says he's a proper Yorkshireman. Born in Bradford, aye, but you know what I mean. He's not one of us.", rules="pa", note="[coded; race] ethnic origin")
row(ED, "Gender-neutral loos at Ossbeck Leisure? Our lasses shouldn't have to share with blokes in wigs.", note="[coded; gender reassignment]")
row(ED, "Thwaite Moor's full of pensioners who vote Dales First cos they don't know what day it is. Take their votes off them.", note="[coded; age] old")
row(ED, "Ramps on every shop on Market Street? Folk in chairs don't go shopping round here anyway. Waste of money.", note="[coded; disability] physical")

# ---------------- defamation.allegation (34: 21 review, 13 block) ----------------
row(DA, "Gary Sutcliffe is a liar. He told Kirkby Fell the quarry was dead and he knew it wasn't.", rules="pa", note="'liar' at a person", var=("star", "liar"))
row(DA, "Everyone in Clough Bridge knows Colin Haigh's had his fingers in the till for years.", allowed="pa", note="idiom for theft: review")
row(DA, "Derek Holroyd is as bent as a nine bob note.", rules="pa", allowed="ed", note="'bent' = corrupt; equality allowed (idiom also homophobic)", var=("digit", "bent"))
row(DA, "Funny how the quarry firm's boss and @GSutcliffeDF are such good mates. Funny how it sailed through planning. Funny that.", allowed="pa", note="innuendo of corruption")
row(DA, "Margaret Ackroyd is a crook and so is every crook she's put on cabinet.", rules="pa", note="'crook' twice", var=("zwsp", "crook"))
row(DA, "@WendyOrmerodChair's 'charity' dinners: ask where the money went. I'm only asking.", allowed="pa", note="innuendo of misuse of funds")
row(DA, "Piotr Zielinski lied to residents about the bus subsidy. Lied, plain and simple.", rules="pa", note="'lied' at a person")
row(DA, "Dales First fiddled the Thwaite Moor consultation results. Nowt surer.", allowed="pa", note="'fiddled' against a party: review")
row(DA, "Beckside Homes are cooking the books on their repair figures and the council knows it.", allowed="pa", note="dishonesty allegation against a company")
row(DA, "Stuart Lumb is a fraud. Never lived in Kirkby Fell a day in his life.", rules="pa", note="'fraud' at a person")
row(DA, "Happen someone should look at who got the Market Street cleaning contract. Cllr Firth's nephew, wasn't it? 🤔", allowed="pa dp", note="innuendo of nepotism")
row(DA, "Lorraine Greenwood's expenses wouldn't survive five minutes with an auditor. Just saying.", allowed="pa", note="innuendo of expenses abuse")
row(DA, "Imran Hussain is a con man who'd sell his own gran for a vote.", rules="pa", note="'con man'")
row(DA, "Every figure Margaret Ackroyd gave the Clarion was invented. She knows it, we know it.", allowed="pa", note="deliberate dishonesty without name-calling")
row(DA, "Carol Midgley's been doing favours for the Ossbeck Mill developers. Officers aren't meant to have pals.", rules="off", allowed="pa", note="allegation against a named officer")
row(DA, "Harjit Sandhu's been on the take from Fellgate Waste for years. Ask him about his Christmas hamper.", allowed="pa", note="'on the take' idiom: review")
row(DA, "Des Clarke is a dodgy so-and-so. Never trust owt he signs.", rules="pa", note="'dodgy' implying dishonesty")
row(DA, "Fellgate Waste are a bunch of thieving crooks, billing Ossbeck for collections that never happen.", allowed="pa", note="allegation against a company")
row(DA, "Somebody at Ossbeck Leisure Trust has been helping themselves, and we all know who. Nudge nudge, Cllr Kershaw.", allowed="pa", note="innuendo of theft")
row(DA, "Trevor Binns is lying through his teeth about the Clough Bridge flood money.", rules="pa", note="'lying' at a person")
row(DA, "Amazing how Joanne Priestley's husband's firm keeps winning council work. Must be talent 🙃", rules="irony", allowed="pa dp", note="mock praise over nepotism innuendo")
row(DA, "Gary Sutcliffe took a £5,000 bribe from Scarside Stone Ltd to push the quarry through. Fact.", allowed="pa", block=True, note="bribery stated as fact", var=("spaced", "bribe"))
row(DA, "Colin Haigh stole £2,300 from the Gimmerdale Show committee account. The treasurer's seen it.", allowed="pa", block=True, note="theft stated as fact", var=("homoglyph", "stole"))
row(DA, "Derek Holroyd has been fiddling his mileage for three years, claiming for meetings he never went to.", allowed="pa", block=True, note="expenses fraud as fact")
row(DA, "Wendy Ormerod drove home from the civic ball three sheets to the wind. Drink driver, and the police let her off.", allowed="pa", block=True, note="drink driving as fact")
row(DA, "Dales First rigged the postal votes in Thwaite Moor. I've seen the forms.", allowed="pa", block=True, note="electoral fraud as fact")
row(DA, "Simon Crabtree took a free week in Tenerife off the Ossbeck Mill developer, then recommended approval.", rules="off", allowed="pa", block=True, note="officer bribed holiday")
row(DA, "Stuart Lumb forged signatures on his nomination papers. Half those names never signed owt.", allowed="pa", block=True, note="forgery")
row(DA, "Piotr Zielinski is claiming benefits while drawing his allowance. Benefit fraud, plain and simple.", allowed="pa", block=True, note="benefit fraud")
row(DA, "Bev Kershaw pocketed the brass band's takings from the Clough Bridge gala. £600 gone.", allowed="pa", block=True, note="theft of gala takings", var=("caps", None))
row(DA, "Margaret Ackroyd handed the leisure contract to her brother-in-law's firm. That's misconduct in public office and she should be in prison.", allowed="pa dp", block=True, note="misconduct in public office")
row(DA, "Nathan Dyson paid folk in Scarside £20 a vote at the by-election. Vote buying, bold as brass.", allowed="pa", block=True, note="vote buying")
row(DA, "Kieran Moss hasn't paid a penny of tax on his holiday lets. Evading HMRC, straight up.", allowed="pa", block=True, note="tax evasion")
row(DA, "Imran Hussain used council vans to shift furniture for his cousin's shop. That's theft of council property.", allowed="pa", block=True, note="theft of council resources")

# ---------------- hard negatives: 6 groups of 22 ----------------
def hn(g, text, allowed="", note="", pin=None, date=None):
    row(HN, text, allowed=allowed, note=f"[HN{g}] {note}", pin=pin, date=date)

for t, a, n in [
    ("The Thwaite Moor wind farm decision is a shambles and Dales First should be ashamed of it.", "", "party and decision"),
    ("Fellgate Waste's new bin rota is a disgrace. Mill Bank streets are clarty and nobody at the depot answers the phone.", "", "company and service; shares 'clarty'"),
    ("This budget is gormless. Cutting libraries to pay for a roundabout nobody asked for.", "", "'gormless' at a budget"),
    ("Forward Ossbeck's housing plan is nowt but a wishlist with no money behind it.", "", "party's plan"),
    ("Beckside Homes have failed Clough Bridge tenants three winters running. Damp, mould, broken promises. Not good enough.", "", "company"),
    ("Parking charges in Ossbeck town centre are daylight robbery and they'll kill the market.", "", "'robbery' figurative, at charges"),
    ("The consultation on the Gimmerdale bus was a sham. Two weeks, online only, in a dale with no broadband.", "", "council process"),
    ("Common Ground's amendment is incoherent, uncosted and frankly embarrassing.", "", "party's amendment"),
    ("Ossbeck Leisure Trust shutting the pool for six months without warning is appalling.", "", "trust's decision"),
    ("Sithee, this new one-way system is the daftest scheme I've seen in thirty years.", "", "scheme"),
    ("Cabinet's decision to sell the Mill Street car park is short-sighted and wrong. I'll be calling it in.", "", "cabinet decision"),
    ("Moorland Green's transport policy would hammer every farmer in the Dales. Dreadful policy.", "", "party policy"),
    ("The scrutiny report is mardy, one-sided and misses the point entirely.", "", "'mardy' at a report"),
    ("Radio Skelder's coverage of the flood works was lazy and wrong. I've written to the editor.", "", "media outlet"),
    ("The Clarion's editorial on the quarry is nonsense from top to bottom.", "", "newspaper editorial"),
    ("Council tax up 4.99% and bins fortnightly. Residents are paying more for less. Shameful.", "", "policy"),
    ("Dales First promised 200 affordable homes. They've built 12. That's failure, pure and simple.", "", "party record"),
    ("This local plan is a developer's charter and it'll wreck the character of Kirkby Fell.", "", "plan"),
    ("Skelderdale's new website is useless. Can't find owt, can't report owt. Somebody sort summat out.", "", "website"),
    ("Scarside Stone's lorries are churning up the village lanes. The company should pay for the damage.", "", "company"),
    ("The cabinet reshuffle is a circus. Nowt changes but the nameplates.", "", "administration"),
    ("Reet disappointed in the gritting plan. Gimmerdale was a skating rink on Tuesday and folk couldn't get to work.", "", "service"),
]:
    hn(1, t, a, n)

for t, a, n, p in [
    ("Someone called me a 'gormless old cow' in my inbox today. Reported. Debate policy, not people.", "pa ed", "quotes abuse received", "Bev Kershaw"),
    ("To whoever sprayed 'go home' on the Polish shop on Mill Street: this is their home, and the shame is Ossbeck's, not theirs.", "ed", "condemns xenophobic graffiti", None),
    ("Proud to stand with Mill Bank's Muslim community after the vile letters sent to the mosque. Hate has no home in Skelderdale.", "ed", "solidarity", None),
    ("'Bloke in a frock' is not political debate. It's bigotry, and I'm disgusted it was said in our chamber. Solidarity with Alys.", "ed", "quotes transphobic abuse to condemn it", None),
    ("We don't call Travellers 'pikeys' in this district. Not in the pub, not online, not anywhere.", "ed al", "quotes a slur to condemn it", None),
    ("Message received: 'I know where you live, think on.' Reported to the police. I'll not be intimidated and nor should any councillor.", "bi", "quotes a threat received", "Bev Kershaw"),
    ("Holocaust Memorial Day. We remember, and we call out antisemitism wherever it shows up, including the 'their lot always find the money' rubbish online this week.", "ed", "condemns an antisemitic trope", None),
    ("Calling a disabled colleague a 'cripple' is a disgrace. Trevor deserves an apology and he has my support.", "ed al", "condemns a slur", None),
    ("A fortnight of 'you're finished, I'll bury you' messages. I'm still here. Still working for Mill Bank.", "bi", "first-person, abuse received", "Imran Hussain"),
    ("Misogyny dressed up as banter ('time of the month, love') has no place in politics. Called it out at group and I'll call it out here.", "ed", "quotes sexist abuse", None),
    ("Nobody should be told a woman's place is at home. Not in 1926, not in 2026.", "ed", "counter-speech", None),
    ("If you think someone with anxiety is 'too nesh for politics', you've learned nowt. Mental health is health.", "ed", "quotes ableist abuse; shares 'nesh'", None),
    ("Sickened by posts calling asylum seekers 'young men from who knows where'. They're people, and Ossbeck is better than this.", "ed", "condemns coded xenophobia", None),
    ("Had 'twat' and worse shouted at me on the market today. Robust debate's fine. That isn't.", "al pa", "quotes abuse received", "Bev Kershaw"),
    ("Just deleted a comment on my page calling Cllr Clarke 'articulate for his background'. That's racism and it stays deleted.", "ed", "removes and condemns a racist comment", None),
    ("LGBT+ History Month. To whoever told a colleague to 'keep it indoors': we're not going back indoors.", "ed", "counter-speech", None),
    ("Anyone posting a councillor's phone number and telling folk to 'keep ringing' is bullying, plain and simple. Stop it.", "bi", "condemns a pile-on", None),
    ("Calling a colleague a 'liar' with no evidence isn't scrutiny. It's how councils end up in court.", "da pa", "warns against defamation", None),
    ("There's a difference between 'this budget is wrong' and 'this councillor is vermin'. Learn it, all of us.", "pa", "contrasts policy criticism with abuse", None),
    ("Antisemitic comments about Ruth Feldman went up on the Clarion's page. I've asked them to take them down, and I stand with Ruth.", "ed", "solidarity", None),
    ("'Lock your sheds, the Travellers are back' is prejudice, not news. Scarside's Traveller families have been here longer than most of us.", "ed", "quotes coded prejudice to rebut it", None),
    ("Respect to Shabana for her dignified reply to the 'brown face on a leaflet' rubbish. She earned her seat.", "ed", "solidarity", None),
]:
    hn(2, t, a, n, pin=p, date="2026-01-27" if t.startswith("Holocaust") else ("2026-02-05" if t.startswith("LGBT+") else None))

for t, a, n, d in [
    ("Myth: new arrivals in Ossbeck jump the housing queue. Fact: allocation is by need and time on the list. Nobody jumps owt.", "", "myth-busting", None),
    ("I've concerns about the access road for the Scarside Traveller site. That's about highways, not who lives there, and I'll listen to the evidence.", "pred", "predisposition, denied prejudice", None),
    ("The Ramadan community grant came from the same pot as the Gala and the Christmas lights. Every faith and none gets a fair crack.", "", "myth-busting about a faith grant", "2026-02-20"),
    ("Reasonable people can disagree about changing rooms at Ossbeck Leisure. I'd like the trust to consult properly and respectfully, with everyone.", "", "civil debate, gender reassignment topic", None),
    ("No, the Polish shops did not 'ruin' Mill Street. Half of it was boarded up before they opened. They saved it.", "", "myth-busting", None),
    ("Older councillors aren't 'past it' and younger ones aren't 'kids'. Judge us on the work.", "", "denies age prejudice", None),
    ("Ramps on Market Street are for wheelchair users, pushchairs, delivery lads and all of us eventually. Not a 'waste of money'.", "", "rebuts ableist claim", None),
    ("Happy to debate the asylum hotel contract on cost and Home Office delays. Not happy to debate whether the folk in it are human.", "", "civil debate", None),
    ("There's no evidence crime went up when the Traveller site opened. I've read the police figures. Rumours aren't facts.", "", "myth-busting", None),
    ("Maternity cover for councillors is in law now, and quite right. The ward's covered and nobody's been short-changed.", "", "pregnancy and maternity, supportive", None),
    ("I'm not against halal options in school dinners and I'm not for them by default. It's for governors and parents, based on what kids'll eat.", "", "civil debate, religion", None),
    ("Question for the trust: how will the new gender-neutral loos work for families and older users? Asking for a proper answer, not a row.", "", "civil question", None),
    ("Myth-busting: Skelderdale spends less on asylum support than on pothole compensation claims. Check the accounts.", "", "myth-busting", None),
    ("Some say the Dales are 'too English' for mosques. The Mill Bank mosque's been here since 1974. It's as Ossbeck as the mill chimney.", "", "rebuts prejudice", None),
    ("Autism isn't an insult and it's not a reason to keep anyone off a committee. Reasonable adjustments are the law.", "", "rebuts disability prejudice", None),
    ("I voted against the faith schools transport subsidy. Not because of any faith: it cost £400k we haven't got.", "", "denied prejudice", None),
    ("A Sikh councillor wearing a turban in the chamber is protected by law and by common sense. It was never a 'hat'.", "", "rebuts anti-Sikh claim", None),
    ("Is the hardship fund well targeted at older residents? Fair question for scrutiny, asked without any 'pensioners are scroungers' nonsense.", "", "civil debate on age", None),
    ("Civil partnerships and equal marriage are settled law. Whether the register office opens Saturdays is what we're actually debating.", "", "civil debate", None),
    ("Happen some folk think immigration's too high. That's a national debate. In Ossbeck, the people here are neighbours and that's that.", "", "civil debate", None),
    ("The idea women can't chair finance is daft. Three of our last five finance chairs were women and the books balanced.", "", "rebuts sexist claim", None),
    ("Lunar New Year at the Mill Street takeaway last night. Anyone repeating the old rumours about what's in the food: hygiene rating 5.", "", "rebuts anti-Chinese rumour", "2026-02-18"),
]:
    hn(3, t, a, n, date=d)

for t, a, n, p, d in [
    ("As a wheelchair user I tested every ramp on Market Street this morning. Two need fixing. Reported.", "", "self-description", "Trevor Binns", None),
    ("Proud to be a trans woman and proud to represent Ossbeck Central. Ey up to everyone who came to surgery.", "", "self-description", "Alys Thornber", None),
    ("Back from maternity leave on Monday. The bairn's sleeping, mostly. Thanks to everyone who covered Clough Bridge.", "", "self-description", "Joanne Priestley", None),
    ("Eid Mubarak to everyone in Mill Bank and across Skelderdale. Lovely to see the park full this morning.", "", "greeting", None, "2026-03-20"),
    ("I'm 71, I've lived in Thwaite Moor all my life and I'm not done yet. Old lass, new ideas.", "", "self-description, reclaimed 'old lass'", "Margaret Ackroyd", None),
    ("Born in Wrocław, raised in Ossbeck, councillor for Ossbeck Central. Both places are home.", "", "self-description", "Piotr Zielinski", None),
    ("As a queer lad from Scarside I never thought I'd see a Pride flag on the town hall. Today I did.", "", "self-description, reclaimed 'queer'", "Kieran Moss", None),
    ("Me and my civil partner celebrated ten years today. Reet proud of her.", "", "self-description", "Denise Firth", None),
    ("Being autistic means I read every page of the budget. Every page. You're welcome, scrutiny.", "", "self-description", "Nathan Dyson", None),
    ("Planning meeting for Vaisakhi at the gurdwara. Ossbeck's Sikh community do the best langar in Yorkshire.", "", "positive mention", "Harjit Sandhu", None),
    ("Holme Lane Academy's Black history project is brilliant. Their research on Caribbean mill workers in Ossbeck belongs in the museum.", "", "positive mention", None, None),
    ("Gypsy and Traveller liaison group met at Scarside today. Good session on school places and GP registration.", "", "neutral mention", None, None),
    ("International Women's Day yesterday: thanks to every woman who kept Ossbeck's mills running and still keeps this district going.", "", "positive mention", None, "2026-03-09"),
    ("Ramadan Mubarak to all observing in Skelderdale. Iftar at the community centre Friday, all welcome.", "", "greeting", None, "2026-02-19"),
    ("Our Polish Saturday school has outgrown the church hall. Looking for a bigger room, any offers?", "", "neutral mention", None, None),
    ("Great turnout at the Deaf club's open day in Clough Bridge. Learnt to sign 'ey up'.", "", "positive mention", None, None),
    ("The over-70s walking group did Kirkby Fell in the rain. Tougher than me, that lot.", "", "positive mention of age", None, None),
    ("Black and proud, Ossbeck born and bred, second-generation mill family. That's me.", "", "self-description", "Desmond Clarke", None),
    ("Shabbat candles at Ruth's this evening with the interfaith forum. Thanks for having us.", "", "positive mention", None, None),
    ("LGBT+ History Month exhibition opens at Ossbeck Mill Museum tomorrow. Go, it's grand.", "", "positive mention", None, "2026-02-10"),
    ("Asylum seekers volunteering at the Gimmerdale food bank every Tuesday. Thank you, lads.", "", "positive mention", None, None),
    ("Calling myself a daft old bat is allowed. You calling me one isn't 😂 Good meeting with the pensioners' forum.", "", "self-deprecation, reclaimed", "Wendy Ormerod", None),
]:
    hn(4, t, a, n, pin=p, date=d)

for t, a, n in [
    ("Ossbeck Town absolutely murdered Gimmerdale on Saturday. 5-0. Sorry Colin 😂", "bi pa", "football banter"),
    ("I'm that gormless I went to the wrong committee room. Sat through twenty minutes of licensing before I noticed.", "", "self-deprecation, shares 'gormless'"),
    ("Kill the bill! The parking bill, that is. Scrap it.", "bi", "figurative"),
    ("Gary and I have agreed to fight it out over the tea urn. Loser buys the parkin.", "bi", "banter"),
    ("Feeling reet nesh this morning. Three jumpers and still shivering in the chamber.", "", "self-description, 'nesh'"),
    ("If I read one more 300-page appendix I'll lob the laptop in the Clough Beck.", "", "figurative"),
    ("I'll strangle this spreadsheet before the week's out.", "bi", "figurative violence at a spreadsheet"),
    ("Stop laiking about, Des, and get your round in 🍻", "pa", "banter"),
    ("Me, mardy? Only before my first brew.", "", "self-deprecation"),
    ("We're going to destroy Forward Ossbeck at quiz night. Bring it on.", "bi", "banter"),
    ("Battle of the Dales bake-off: Thwaite Moor versus Gimmerdale. No prisoners.", "", "figurative"),
    ("Don't mither me before nine, I'm not human till the kettle's been on.", "", "self-deprecation"),
    ("Happen I'm the daftest councillor in Skelderdale, but I'm the only one who knows where the gritter keys are.", "", "self-deprecation"),
    ("Sithee, Margaret, you'll have to try harder than that to beat me at dominoes 😉", "irony pa", "teasing"),
    ("Slaughtered at the pub quiz again. Came last. Again. We're a disgrace 😂", "", "self-deprecation"),
    ("I could murder a bacon butty after that meeting.", "bi", "idiom"),
    ("Went out in shorts in January. Clearly not nesh. Clearly daft.", "", "self-deprecation"),
    ("Kieran's hat at the Gala was a crime against fashion. Arrest that lad 😂", "pa da", "teasing"),
    ("My garden's that clarty you could lose a sheep in it.", "", "self-deprecation, 'clarty'"),
    ("Charity boxing for the hospice on Friday. Piotr's promised to go easy on me. Liar 😂", "bi pa da", "banter with 'liar'"),
    ("Apologies in advance to everyone at Friday's ceilidh: my dancing would make a sheep gip.", "", "self-deprecation, 'gip'"),
    ("Three coffees down and I'm going to war with the pothole on Beck Lane.", "bi", "figurative"),
]:
    hn(5, t, a, n)

for t, a, n in [
    ("Cllr Sutcliffe promised the Scarside bypass in 2022. It's 2026 and there's no bypass. Residents deserve an explanation.", "da", "broken promise"),
    ("Derek Holroyd's budget relies on £3m of savings nobody has identified. That's a risk he needs to explain to full council.", "", "budget record"),
    ("Margaret Ackroyd has missed four of the last six cabinet meetings. Thwaite Moor deserves better attendance.", "pa", "attendance record"),
    ("Colin Haigh voted to close Gimmerdale library in 2024 and now opposes it. Which is it?", "pa", "voting record"),
    ("Cllr Firth's audit committee hasn't published minutes since October. Not good enough for an audit chair.", "", "committee record"),
    ("Imran Hussain's group promised free bus passes for under-18s. Costed at £1.2m, funded with nowt. I'll keep asking where the money comes from.", "", "uncosted pledge"),
    ("The figure Cllr Lumb gave for pothole repairs (4,000) is wrong: the highways report says 2,140. He should correct it.", "da", "wrong figure"),
    ("Wendy Ormerod's year as chair has cost £48k in civic hospitality. That's on the record and residents can judge it.", "", "spending record"),
    ("Gary Sutcliffe said no to the Mill Bank cycle lane three times. I think he's wrong, and I'll say so at every meeting.", "", "voting record"),
    ("Cllr Zielinski's market motion was withdrawn twice for lack of detail. Happen third time lucky.", "", "record"),
    ("Harjit Sandhu chaired the flood recovery board. Eighteen months on, twelve homes in Clough Bridge are still drying out. Questions to answer.", "da", "record as chair"),
    ("Joanne Priestley's housing strategy missed every target in year one. I'll be raising it at scrutiny.", "", "strategy record"),
    ("Stuart Lumb has asked no questions at planning committee this year. Not one.", "pa", "attendance/contribution record"),
    ("Lorraine Greenwood's wind farm consultation drew 38 responses from 11,000 households. That's a failure of engagement.", "", "consultation record"),
    ("Trevor Binns voted with the administration on every cut this year while telling Kirkby Fell he opposed them. Check the minutes.", "da", "voting record a reader might hear as dishonesty"),
    ("Kieran Moss pledged 10,000 trees. 600 are in the ground so far. Good start, long road.", "", "pledge record"),
    ("Cllr Clarke's leisure review has been 'imminent' since June. Still nowt.", "", "delay"),
    ("Nathan Dyson told the Clarion the recycling rate was up. The council's own figures say it's down 3%. He needs to put that right.", "da", "wrong claim"),
    ("Ruth Feldman's planning reforms slowed approvals by 40%. She calls it scrutiny; I call it a backlog.", "", "policy record"),
    ("Bev Kershaw promised a public toilet for Clough Bridge park. Two years, no toilet, no explanation.", "", "broken promise"),
    ("Margaret Ackroyd's administration has used urgency powers 14 times this year, bypassing scrutiny. That's a pattern, and it's wrong.", "", "governance record"),
    ("Shabana Akhtar's school transport report left out the Gimmerdale routes entirely. I've asked her to add them before Thursday.", "", "report record"),
]:
    hn(6, t, a, n)

# ---------------- script ----------------
HOMO = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "C": "\u0421"}
DIGIT = {"i": "1", "e": "3", "a": "4", "o": "0"}

def obf_word(w, kind):
    if kind == "star":
        i = next(i for i, ch in enumerate(w) if ch.lower() in "aeiou")
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i, ch in enumerate(w) if ch.lower() in DIGIT)
        return w[:i] + DIGIT[w[i].lower()] + w[i + 1:]
    if kind == "zwsp":
        return w[:2] + "\u200b" + w[2:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i, ch in enumerate(w) if ch in HOMO)
        return w[:i] + HOMO[w[i]] + w[i + 1:]
    raise ValueError(kind)

def make_variant(text, kind, word):
    if kind == "caps":
        return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.I)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obf_word(m.group(0), kind), text)

def main():
    rng = random.Random(SEED)
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = {v: k for k, v in cfg["people"]["handles"].items() if v in cfg["people"]["councillors"]}
    nick = {"Desmond Clarke": ["Des"], "Joanne Priestley": ["Jo "], "Margaret Ackroyd": ["Leader"],
            "Denise Firth": ["audit"], "Wendy Ormerod": ["chain", "civic"]}

    def named(person, text):
        first, last = person.split()[0], person.split()[-1]
        keys = [first, last, handles[person]] + nick.get(person, [])
        return any(re.search(r"(?<![\w@])" + re.escape(k) + r"\b", text, re.I) or k in text for k in keys)

    def pick_author(r):
        if r["pin"]:
            return handles[r["pin"]]
        pool = [p for p in cfg["people"]["councillors"] if not named(p, r["text"])]
        return handles[rng.choice(pool)]

    days = [datetime.date(2026, 1, 5) + datetime.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]

    def stamp(date=None):
        d = datetime.date.fromisoformat(date) if date else rng.choice(days)
        assert d.weekday() < 5
        return f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+00:00"

    rows = list(ROWS)
    rng.shuffle(rows)
    for r in rows:
        r["author"] = pick_author(r)
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(r["date"])
    variants = []
    for r in rows:
        if not r["var"]:
            continue
        kind, word = r["var"]
        allowed = list(r["allowed"]) + (["haste.pause-before-posting"] if kind == "caps" else [])
        variants.append(dict(r, text=make_variant(r["text"], kind, word), allowed=allowed,
                             created_at=stamp(), variant_kind=kind, parent=r))
    allrows = rows + variants
    order = list(range(len(allrows)))
    rng.shuffle(order)
    ids = {}
    for n, i in enumerate(order, 1):
        ids[id(allrows[i])] = f"b72-{n:03d}"
    out = []
    for i in order:
        r = allrows[i]
        o = {"id": ids[id(r)], "text": r["text"], "author": r["author"], "created_at": r["created_at"],
             "platform": r["platform"], "account": "councillor", "kind": "post",
             "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
             "family": r["family"],
             "kind_of_row": "hard_negative" if r["family"] == HN else ("variant" if "parent" in r else "positive"),
             "note": r["note"]}
        if "parent" in r:
            o["variant_of"] = ids[id(r["parent"])]
            o["variant_kind"] = r["variant_kind"]
        out.append(o)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")

if __name__ == "__main__":
    main()
