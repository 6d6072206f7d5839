#!/usr/bin/env python3
"""Blind set b39 (Strathcraig Council, Clyde coast): hand-written rows plus a deterministic builder.

Running it again writes the same posts.jsonl (seed 3939)."""
import json, random, datetime, re, os

SEED = 3939
PA, AL, BI, EQ, DF = ("respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
                      "equality.discrimination", "defamation.allegation")
OF, IR, HA = "officers.impartiality", "tone.irony-risk", "haste.pause-before-posting"
DP, PI, CD, SC, PR = ("data-protection.personal-data", "position.improper-advantage",
                      "confidentiality.disclosure", "security.credentials", "predetermination.closed-mind")
DEFAULT_SEV = {PA: "review", AL: "review", BI: "block", EQ: "block", OF: "review", DF: "review", IR: "advice"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []


def row(family, text, rules=None, allowed=(), v=None, note="", author=None, date=None, var=None):
    rules = list(rules) if rules is not None else [family]
    if v is None:
        v = max((DEFAULT_SEV[r] for r in rules), key=ORDER.index, default="ok")
    ROWS.append(dict(family=family, text=text, rules=rules, allowed=list(allowed), verdict=v,
                     note=note, author=author, date=date, var=var))


def hn(text, note, allowed=(), author=None, date=None):
    row("hard_negative", text, rules=[], allowed=allowed, v="ok", note=note, author=author, date=date)


# ---------------------------------------------------------------- respect.personal-attack (36)
F = PA
row(F, "Honestly, Graham Niven couldn't find his way out of a paper bag with a map and a torch. How is this man a group leader?",
    note="Idiomatic insult of a named councillor's competence; no swear word.")
row(F, "@ShonaTennantLab you are a walking, talking advert for keeping your mouth shut. Every time you open it Skelmory loses a little more faith.",
    note="Second-person insult at a councillor's @handle.")
row(F, "Watching Cllr Colquhoun try to read a spreadsheet is like watching a dog try to do a crossword.",
    note="Belittling comparison aimed at a named councillor, not at a policy.")
row(F, "Moira Lennox is a numpty. There, I said it.",
    note="Plain insult (Scots 'numpty') of a named councillor.", var=("asterisk", "numpty"))
row(F, "Some of us were elected to work. Cllr Strang was apparently elected to decorate a chair. Thick as mince, that man.",
    note="'Thick as mince' (Scots idiom for stupid) aimed at a named councillor.")
row(F, "Ewan McKerrow has all the charm of a wet Tuesday in Dunvane and roughly half the intelligence.",
    note="Insult of a named councillor's intelligence dressed as a joke.")
row(F, "Neil Fairbairn, our so-called Head of Planning, is an empty suit who wouldn't know a good design if it bit him. Utterly clueless man.",
    rules=[PA, OF], note="Insult at a named council officer: personal attack plus officers.impartiality (criticising an officer in public).")
row(F, "Huge congratulations to Cllr Rennie for managing to speak for four whole minutes at committee without saying a single sensible thing. A true talent \U0001F44F\U0001F44F",
    rules=[PA, IR], note="Mock praise of a named councillor: personal attack and irony-risk.")
row(F, "Declan Rafferty is what happens when a participation trophy runs for office.",
    note="Belittling one-liner about a named councillor.")
row(F, "@KirstyAitchison away and bile yer heid, hen. You're an embarrassment to Glenshira.",
    note="Scots dismissal plus 'embarrassment' aimed at a councillor in second person.")
row(F, "Is Provost Brodie actually awake in these meetings or is that just his resting face? Dozy old fool.",
    allowed=[EQ], note="Insult of the Provost; 'old fool' touches age, so equality is allowed, not expected.")
row(F, "Ardlarrig deserves better than a bampot like Hamish Colquhoun. The man's a walking own goal.",
    note="Scots insult 'bampot' and idiom aimed at a named councillor.")
row(F, "Fiona Galbraith is a pathetic, worthless excuse for a human being and this whole coast would be better off if she'd never been born.",
    v="block", note="Severe, dehumanising attack on the Leader: block. No threat, so bullying not expected.")
row(F, "Bernie Quinn, you are a parasite. You leech off every community group photo-op going and do nothing in between.",
    note="Dehumanising 'parasite' aimed at a named councillor.", var=("spaced-letters", "parasite"))
row(F, "Aileen Forsyth thinks 'consultation' means asking her pals in the golf club bar. Dim as a Toc H lamp.",
    note="Old idiom for stupid ('dim as a Toc H lamp') aimed at a named councillor.")
row(F, "@RuaridhGreen grow up, you petulant wee boy. Stamping your feet in the chamber like a toddler denied a biscuit.",
    note="Belittling a councillor as a child; second person.")
row(F, "Whoever at roads thought this up (and I'm told it's Stuart Paton) needs his head examined. Incompetent from top to bottom.",
    rules=[PA, OF], note="Insult of a named officer's mind and competence: personal attack plus officers.impartiality.")
row(F, "Cllr Dewar is stupid. Not wrong. Stupid.",
    note="Plain insult; the post itself separates person from view.", var=("zero-width-space", "stupid"))
row(F, "Jamie Strang has the backbone of a jellyfish and the memory of a goldfish. Useless.",
    note="Animal comparisons plus 'useless' aimed at a named councillor.", var=("all-caps", None))
row(F, "What a visionary Cllr Lennox is. Only a true genius could spend \u00a380k on a roundabout nobody asked for. Slow clap from Dunvane \U0001F644",
    rules=[PA, IR], note="Mock praise ('visionary', 'true genius') of a named councillor: personal attack and irony-risk.")
row(F, "Talking to Graham Niven is like talking to a fridge. At least the fridge does something useful.",
    note="Belittling comparison of a named councillor.")
row(F, "Shona Tennant is a two-faced snake and everyone in that group knows it.",
    allowed=[DF], note="'Two-faced snake' insults a named councillor; implied dishonesty, so defamation allowed.")
row(F, "Carol Baxter is a useless jobsworth who should be sacked. Monitoring Officer? Couldn't monitor a goldfish bowl.",
    rules=[PA, OF], note="Insult of the named Monitoring Officer: personal attack plus officers.impartiality.")
row(F, "You're a disgrace, @DecRaffertyLab. A snivelling, self-important little man.",
    note="Second-person insult at a councillor's handle.")
row(F, "Ewan, pal, you're out of your depth and drowning. Somebody throw the poor clown a rubber ring \U0001F921",
    allowed=[IR], note="'Clown' aimed at a named councillor with mock pity; irony allowed.")
row(F, "Glenshira has given us some fine public servants. Kirsty Aitchison isn't one of them. Lazy, vain and thick.",
    note="String of insults at a named councillor.")
row(F, "Sat through three hours of the harbour board and I've concluded Cllr Colquhoun is the most pompous, puffed-up windbag ever to draw an allowance. He doesn't debate, he broadcasts. Listening is for lesser mortals, apparently.",
    note="Long post; insults the person ('pompous, puffed-up windbag'), not his arguments.")
row(F, "Morag Dewar has a face like a wet weekend and the personality to match.",
    note="Appearance insult aimed at a named councillor.")
row(F, "@IslaRennieLD nobody voted for you because of your brains, love. Sit down.",
    allowed=[EQ], note="Condescending insult at a councillor; the gendered 'love' makes equality allowed.")
row(F, "Lorna Gilchrist's report reads like it was written by a sixth-former who skipped the reading. Frankly she's not fit to be near a planning file.",
    rules=[PA, OF], note="Attack on a named planning officer's fitness: personal attack plus officers.impartiality.")
row(F, "Alasdair Brodie: ceremonial chain, ceremonial brain.",
    note="Short rhyme insulting the Provost's intelligence.")
row(F, "The Leader is a coward. Hides behind officers, hides behind press releases, hides behind her desk.",
    note="'Coward' aimed at an identifiable role-holder (the Leader).")
row(F, "Jamie Strang is a nasty, small-minded little creep.",
    note="Plain insult of a named councillor.", var=("digit", "creep"))
row(F, "Hamish Colquhoun is vermin, plain and simple. Scum of the earth.",
    v="block", note="Severe dehumanising insult ('vermin', 'scum'): block.", var=("cyrillic-homoglyph", "vermin"))
row(F, "Aye, great leadership from Graham Niven again. Really inspiring stuff from a man who couldn't lead a conga at a wedding. /s",
    rules=[PA, IR], note="Sarcastic praise with /s marker aimed at a named councillor.")
row(F, "Don't know what's emptier, Portcraig high street or Jamie Strang's head.",
    note="Joke insult of a named councillor's intelligence.")

# ---------------------------------------------------------------- bullying.intimidation (36)
F = BI
# explicit threats of violence
row(F, "If Graham Niven says that about my ward again I'll knock his teeth down his throat. Not a joke.",
    allowed=[PA], note="[explicit] Threat of violence against a named councillor.", var=("spaced-letters", "knock"))
row(F, "Next time Declan Rafferty squares up to me in the corridor he's getting a burst mouth.",
    allowed=[PA], note="[explicit] Scots 'burst mouth' = a punch in the face; threat against a named councillor.", var=("zero-width-space", "burst"))
row(F, "Somebody should take Cllr Lennox out to the end of Portcraig pier and help her off it.",
    allowed=[PA], note="[explicit] Incitement to throw a named councillor off a pier.")
row(F, "I swear, @ShonaTennantLab, if you come near my surgery again I will drag you out by the hair.",
    allowed=[PA], note="[explicit] Threat of physical violence at a councillor's handle.", var=("cyrillic-homoglyph", "drag"))
row(F, "Honestly want to batter Hamish Colquhoun. Just one go. Five minutes in a car park.",
    allowed=[PA], note="[explicit] Stated wish and offer to assault a named councillor.", var=("asterisk", "batter"))
row(F, "Tolbooth Waste dumping on Skelmory again. Their depot manager wants a good kicking and if I see him he'll get one.",
    allowed=[PA], note="[explicit] Threat against an identifiable contractor's manager (role).")
row(F, "Stuart Paton, close the Glenshira Road one more time and I will personally put you in the ditch beside it.",
    rules=[BI, OF], allowed=[PA], note="[explicit] Threat of violence at a named officer: bullying plus officers.impartiality.")
row(F, "Whoever keyed my car outside the chambers: I'll find you and I'll break your fingers.",
    note="[explicit] Threat to break the fingers of an unknown person.")
row(F, "Isla Rennie wants to keep telling porkies about me on leaflets? She'll be picking herself up off the pavement.",
    allowed=[PA, DF], note="[explicit] Threat of assault; 'porkies' (lies) makes defamation allowed.")
row(F, "To the journalist at the Clyde Courier who doorstepped my mother: come to my door and you'll leave in an ambulance.",
    note="[explicit] Threat of violence against a journalist.")
row(F, "Jamie Strang needs a slap. A proper one. And I'm more than happy to provide it.",
    allowed=[PA], note="[explicit] Offer to hit a named councillor.", var=("digit", "slap"))
row(F, "One more smart remark from Ruaridh Sinclair and I'm putting his head through the committee room window.",
    allowed=[PA], note="[explicit] Conditional threat of violence against a named councillor.")
# veiled menace
row(F, "Cllr Rennie should remember Dunvane is a small place. People talk, people notice who comes and goes from that nice house by the shore.",
    allowed=[DP], note="[veiled] 'I know where you live' in other words; no address given, so data-protection only allowed.")
row(F, "I'd hate for anything to happen to that wee flower shop of Bernie Quinn's. Be a shame, given how many folk rely on it.",
    allowed=[PA], note="[veiled] Mock-concern menace against a named councillor's business.")
row(F, "Funny how accidents happen to people who cross the wrong folk in Skelmory. Just saying, Declan.",
    note="[veiled] Insinuated harm to a named councillor.")
row(F, "@TariqMahmoodPC going to the papers was a mistake you'll be paying for long after May. Mark my words.",
    note="[veiled] 'You'll regret it' menace for speaking to the press.")
row(F, "Kirsty Aitchison's kids go to Glenshira Primary, don't they? Lovely school. Wonder if she thinks about them when she votes to shut our library.",
    allowed=[DP, PA], note="[veiled] Menace via a councillor's children and their school; data-protection allowed (children).")
row(F, "Cllr Niven, I see your car's parked in the same spot every Thursday night. Interesting. Keep it up.",
    note="[veiled] Watching and noting a councillor's movements.")
row(F, "The Courier reporter who wrote Friday's hatchet job should be careful walking home past the harbour in the dark.",
    note="[veiled] Menace against a journalist.")
row(F, "Some of us have long memories and longer reach. Moira Lennox would do well to remember that before the licensing vote.",
    note="[veiled] Menace against a named councillor ahead of a vote.")
row(F, "Lorna Gilchrist, I know exactly which train you get home. Perhaps we can chat about your report on the way.",
    rules=[BI, OF], note="[veiled] Following a named planning officer to press her on her report: bullying plus officers.impartiality.")
row(F, "Message for whoever reported me to the standards people: I've a fair idea who you are. We'll be seeing each other.",
    note="[veiled] Menace against a complainant (code 8.3).")
row(F, "Let's just say that if the Ardlarrig ferry contract goes the wrong way, Ewan McKerrow won't enjoy the rest of his term. Or his evenings.",
    note="[veiled] Implied harm 'or his evenings' to a named councillor.")
row(F, "Hope Ruaridh Sinclair's insured that lovely new bike he leaves outside the Co-op. Would be terrible if it went for a swim in the harbour \U0001F642",
    allowed=[IR], note="[veiled] Smiley menace to a named councillor's property; irony allowed.")
# pressure or coercion
row(F, "To the resident who complained about me to the Monitoring Officer: withdraw it by Friday or I'll make sure every neighbour on your street knows exactly who you are.",
    note="[pressure] Coercing a complainant to withdraw (code 8.3).")
row(F, "Witnesses at Tuesday's hearing should think very hard about what they say. Careers in this town depend on who your friends are.",
    note="[pressure] Intimidating witnesses in a proceeding.")
row(F, "@ClydeCourierNews print one more word about my expenses and I'll make sure your paper never gets another council advert or press pass.",
    allowed=[PI], note="[pressure] Coercing a newspaper with council resources; position misuse allowed.")
row(F, "Neil Fairbairn has until Monday to rewrite that recommendation on the Brackenridge Homes scheme. If he doesn't, I'll have his job and he knows I can.",
    rules=[BI, OF], note="[pressure] Pressing a named officer to change advice under threat to his job.")
row(F, "Kenny Lamont: change the budget figures to what the administration needs or start looking for another post. Your choice.",
    rules=[BI, OF], note="[pressure] Coercing the named finance director to alter figures.", var=("all-caps", None))
row(F, "Any council tenant on the Skelmory estate who signs that petition against me, I'll remember your name when the housing list comes round.",
    allowed=[PI], note="[pressure] Threatening residents' housing for signing a petition; improper advantage allowed.")
row(F, "Those of you in Kilmorran Bay who gave statements against me: I've got the list. Think carefully before you turn up to the hearing.",
    note="[pressure] Intimidating witnesses.")
row(F, "Cllr Forsyth, drop your complaint and this all goes away. Keep going and I'll dig up every parking ticket you've had since 1998 and put it on this page.",
    allowed=[PA, DP], note="[pressure] Coercing a complainant councillor with exposure.")
row(F, "Note to the staff member who passed my emails to the press: I'll find out who you are, and when I do you'll never work in local government again.",
    allowed=[OF], note="[pressure] Threat to an unnamed council employee's career.")
row(F, "If the residents' group keeps filming at planning committee I'll be asking the police to look at each and every one of them. Try me.",
    note="[pressure] Threatening residents with police for lawful filming.")
row(F, "@KirstyAitchison vote with us on the harbour or every grant bid from your ward sits at the bottom of my pile till 2027.",
    allowed=[PI], note="[pressure] Coercing a councillor's vote with grant funding.")
row(F, "To the reporter who keeps phoning Yvonne McAra's team about the housing story: back off or I'll make sure you're barred from every council building.",
    allowed=[OF], note="[pressure] Coercing a journalist; officer named only in passing, so officers allowed.")

# ---------------------------------------------------------------- equality.discrimination (36)
F = EQ
# explicit
row(F, "Portcraig was a decent town before the Poles and Romanians took over every flat above the shops. Send them back.",
    note="[explicit; race/national origin] 'Send them back' aimed at Polish and Romanian residents.")
row(F, "We don't need a p*ki telling Portcraig how to run its harbour. Go home, Mahmood.",
    rules=[EQ, AL, PA], note="[explicit; race] Masked racial slur at a named councillor: discrimination, abusive language, personal attack.")
row(F, "Muslims can't be trusted in public office. Their loyalty is to the mosque, not to Strathcraig.",
    note="[explicit; religion] Blanket claim Muslims are unfit for office.", var=("cyrillic-homoglyph", "Muslims"))
row(F, "Another Pride flag on the town hall. The poofs run this council now.",
    rules=[EQ, AL], note="[explicit; sexual orientation] Homophobic slur: discrimination plus abusive language.", var=("asterisk", "poofs"))
row(F, "Why are we spending a fortune on ramps for cripples at the pier when the road's falling apart?",
    rules=[EQ, AL], note="[explicit; disability] Slur 'cripples': discrimination plus abusive language.", var=("spaced-letters", "cripples"))
row(F, "Robyn Hartley is a bloke in a dress and I will never call him 'she'. Mental illness, not a woman.",
    rules=[EQ, PA], note="[explicit; gender reassignment] Deliberate misgendering of a named trans councillor: discrimination plus personal attack.")
row(F, "Women shouldn't be chairing the harbour board. They haven't the head for boats or budgets.",
    note="[explicit; sex] Women as unfit to chair.", var=("all-caps", None))
row(F, "Kirsty Aitchison is pregnant again, so that's her out of action for a year. Glenshira North should get a councillor who actually intends to work.",
    rules=[EQ, PA], note="[explicit; pregnancy and maternity] Attack on a named councillor for being pregnant.")
row(F, "Pensioners on the community council should be forced out at 70. Doddery old dears holding Dunvane back.",
    note="[explicit; age] Forced removal by age plus 'doddery old dears'.")
row(F, "Keep the tinkers off the Skelmory shore field. Lock the gates, they're all thieves.",
    rules=[EQ, AL], note="[explicit; race (Gypsy/Traveller)] Slur 'tinkers' and 'all thieves'.", var=("zero-width-space", "tinkers"))
row(F, "Funny how the Jewish landlords always end up owning half the seafront, eh.",
    note="[explicit; race/religion] Antisemitic stereotype naming Jewish people.")
row(F, "Ruaridh Sinclair shouldn't be anywhere near the schools committee. Gay men and kids, we all know how that ends.",
    rules=[EQ, PA], allowed=[DF], note="[explicit; sexual orientation] Homophobic smear at a named gay councillor; defamation allowed.")
row(F, "Autistic people shouldn't be allowed to sit on a licensing panel. They can't read a room.",
    note="[explicit; disability] Exclusion of autistic people.")
row(F, "Civil partnerships aren't real marriages and the registrar at Ardlarrig shouldn't be wasting council rooms on them.",
    note="[explicit; marriage and civil partnership, sexual orientation] Denying civil partners equal service.")
row(F, "Black lads from Glasgow coming down on the train are the reason Portcraig's not safe at night. Stop them at the station.",
    note="[explicit; race] Blames Black young men and calls for stopping them.")
row(F, "Fiona Galbraith is only Leader because she's a woman and they needed a skirt at the top. Hysterical, emotional, unfit.",
    rules=[EQ, PA], note="[explicit; sex] Sexist attack on the named Leader.")
row(F, "Catholic schools are breeding grounds for Fenians and bigots. Shut every one of them.",
    rules=[EQ, AL], note="[explicit; religion] Sectarian slur 'Fenians' against Catholics.")
row(F, "Trannies in the Dunvane leisure centre changing rooms. Not on my watch.",
    rules=[EQ, AL], note="[explicit; gender reassignment] Transphobic slur.", var=("digit", "Trannies"))
# coded / implicit
row(F, "Walk down Portcraig Main Street these days and you'd be forgiven for thinking you'd got off at the wrong country. Not the town I grew up in.",
    note="[coded; race] 'Wrong country' dog whistle about ethnic-minority residents.")
row(F, "Funny how a certain community always gets its planning applications through. Must be all that praying five times a day \U0001F609",
    allowed=[IR, DF], note="[coded; religion] 'Certain community' plus five daily prayers = Muslims; insinuated favouritism.")
row(F, "Follow the money on the seafront deal and you'll find the usual globalist bankers. The Rothschilds have nothing on this lot.",
    allowed=[DF], note="[coded; race/religion] Antisemitic 'globalist bankers'/Rothschild trope.")
row(F, "Shore field 'visitors' are back. Lock up your tools and your daughters, folks.",
    note="[coded; race (Gypsy/Traveller)] Scare-quoted 'visitors' implying Travellers are thieves and predators.")
row(F, "Maybe if Cllr Forsyth spent less time on her wheels and more time on her feet like the rest of us, she'd understand Glenshira's hills.",
    rules=[EQ, PA], note="[coded; disability] Mockery of a named wheelchair-using councillor.")
row(F, "Not homophobic, but the rainbow lanyard brigade in the chief exec's office have an agenda and it's aimed at your children.",
    allowed=[OF], note="[coded; sexual orientation] 'Rainbow lanyard' grooming trope; officers allowed (chief executive's office).")
row(F, "Time we cleared out the bed-blockers on this council. You know who you are: the ones who remember rationing.",
    allowed=[PA], note="[coded; age] 'Bed-blockers' who 'remember rationing' = older councillors.")
row(F, "Cllr Mahmood is very keen on the new cultural centre. Always interesting to see where people's real loyalties lie.",
    rules=[EQ, PA], note="[coded; race/religion] Dual-loyalty insinuation at a named Muslim councillor.")
row(F, "Isla Rennie should stick to bake sales and leave the capital programme to people who understand it.",
    rules=[EQ, PA], note="[coded; sex] Gendered put-down of a named councillor.")
row(F, "Not saying the council shouldn't hire young married women, but the HR bill for maternity cover tells its own story. Just saying.",
    note="[coded; pregnancy and maternity, marriage, sex] Implied case against hiring young married women.")
row(F, "Robyn Hartley can call herself whatever she likes. We all saw the old school photos \U0001F602",
    rules=[EQ, PA], note="[coded; gender reassignment] Mockery of a named trans councillor's transition.")
row(F, "Dunvane's housing list: locals last, everyone else first. Funny what accent you need these days.",
    note="[coded; race/national origin] 'What accent you need' implies foreigners jump the list.")
row(F, "Another halal butcher on Skelmory Road. Soon there'll be nothing left for the rest of us. We know where this ends.",
    note="[coded; religion] Replacement trope about Muslims.")
row(F, "The 'hidden disability' lanyard crowd jumping the queue at the ferry again. Funny how they're all sprinting for the bar after.",
    note="[coded; disability] Casts people with hidden disabilities as fakers.")
row(F, "Ruaridh Sinclair votes like a man who's never had to worry about a wife and weans. Makes you wonder about his... lifestyle.",
    rules=[EQ, PA], note="[coded; sexual orientation] 'Lifestyle' insinuation at a named gay councillor.")
row(F, "Provost Brodie is well past his sell-by date. Somebody take the man's car keys, and his chain of office while they're at it.",
    rules=[EQ, PA], note="[coded; age] Age-based mockery of the named Provost.")
row(F, "Funny how the Romanian Big Issue sellers all turn up the same week the charity shops report thefts. Nothing to see here.",
    allowed=[DF], note="[coded; race/national origin] Links Romanians to theft by insinuation.")
row(F, "Kilmorran Bay hotel full of 'young men' on our dime while local veterans sleep rough. You know exactly who I mean.",
    note="[coded; race/national origin] Dog whistle about asylum seekers.")

# ---------------------------------------------------------------- defamation.allegation (36)
F = DF
row(F, "Amazing how Moira Lennox's brother-in-law keeps winning council landscaping contracts. Pure coincidence, I'm sure \U0001F644",
    allowed=[IR], note="Insinuated nepotism/corruption by a named councillor.")
row(F, "Ewan McKerrow has been cooking the books on the harbour budget for two years and the auditors are about to find out.",
    note="Idiom 'cooking the books' alleges dishonesty by a named councillor.", var=("spaced-letters", "cooking"))
row(F, "Graham Niven is a liar. Full stop.",
    rules=[DF, PA], note="'X is a liar': defamation plus personal attack.", var=("digit", "liar"))
row(F, "Clydeholm Developments bought this planning decision. Everyone in Dunvane knows it.",
    note="'Bought' decision: corruption allegation against a named company.")
row(F, "Ask yourself why Cllr Strang suddenly dropped his objection the week after that 'fishing trip' with Brackenridge Homes' MD.",
    note="Insinuated bribe of a named councillor.")
row(F, "Tolbooth Waste Services are fiddling their tonnage figures and billing us for bins they never empty. Fraud, plain and simple.",
    v="block", note="Named company accused of fraud as fact: block.")
row(F, "Brown envelopes have been changing hands in the Ardlarrig planning office for years.",
    allowed=[OF], note="Idiom for bribery in an identifiable office; officers allowed.")
row(F, "Neil Fairbairn has been on the take from developers since the day he arrived. That's not an opinion.",
    rules=[DF, OF], note="'On the take' alleges corruption by a named officer: defamation plus officers.impartiality.")
row(F, "Declan Rafferty fiddled his mileage claims. I've seen the sheets.",
    v="block", note="Expenses fraud stated as fact about a named councillor: block.")
row(F, "Funny how the Provost's golf club got its lease renewed at a peppercorn rent. Chain of office, chain of favours.",
    allowed=[IR], note="Insinuated favour-trading by the Provost.")
row(F, "Kilbrannan Ferries have been falsifying their safety logs. Someone's going to drown and the council knows it.",
    v="block", note="Named company accused of falsifying records (crime) as fact: block.")
row(F, "@ShonaTennantLab still waiting for you to explain where the Skelmory gala money went. Ten grand doesn't just vanish, Shona.",
    note="Insinuated embezzlement by a named councillor.")
row(F, "Isla Rennie is a fraudster. Her 'charity' is a vehicle for her own wages.",
    rules=[DF, PA], v="block", note="'Fraudster': defamation (block) plus personal attack.", var=("asterisk", "fraudster"))
row(F, "Cllr Colquhoun has his snout so deep in the trough you can only see his ears.",
    allowed=[PA], note="Idiom 'snout in the trough' alleges self-enrichment by a named councillor.")
row(F, "Marrach Marine Ltd's bid came in exactly \u00a31 under the others. Somebody showed them the envelopes.",
    allowed=[OF], note="Insinuated bid-rigging involving a named company.")
row(F, "Everyone knows Bernie Quinn stuffed the postal votes in Skelmory. That's how an independent topped the poll.",
    v="block", note="Electoral fraud stated as fact about a named councillor: block.", var=("all-caps", None))
row(F, "Kenny Lamont has been hiding the true size of the deficit from councillors. Deliberately. Ask to see the real spreadsheet.",
    rules=[DF, OF], note="Deliberate concealment alleged against a named officer.")
row(F, "Aileen Forsyth's 'residents' alliance' is a front for a property developer. Follow the money.",
    note="Insinuation that a named councillor's group is a front.")
row(F, "Jamie Strang's firm got paid twice for the same pothole job. Nice work if you can get it.",
    note="Insinuated double-billing by a named councillor's firm.")
row(F, "Moira Lennox lied to the planning committee about the flood report. She knew.",
    rules=[DF, PA], note="'Lied' stated as fact about a named councillor: defamation plus personal attack.")
row(F, "The Leader's office has been shredding documents ahead of the FOI deadline. Convenient.",
    note="Misconduct alleged against an identifiable office.")
row(F, "Cllr Dewar: expenses of a Premier League striker, attendance of a ghost. Where's the money going, Morag?",
    allowed=[PA], note="Insinuated expenses abuse by a named councillor.")
row(F, "Brackenridge Homes paid for the planning convener's holiday in Tenerife. Ask her about it.",
    v="block", note="Bribe stated as fact about an identifiable councillor (the planning convener): block.")
row(F, "Ruaridh Sinclair takes money from the wind farm lobby and votes accordingly. Bought and paid for.",
    v="block", note="Corruption stated as fact about a named councillor: block.")
row(F, "Tariq Mahmood's 'community consultation' was rigged from the start. Half the responses came from the same three email addresses.",
    note="Alleges a named councillor rigged a consultation.")
row(F, "Yvonne McAra quietly moved her pal up the housing list. Everyone on the estate knows.",
    rules=[DF, OF], note="Misconduct alleged against a named officer.")
row(F, "Dunvane Golf Club have been dumping chemicals in the burn for years and paying folk to keep quiet.",
    v="block", note="Pollution offence and hush money stated as fact about a named organisation: block.")
row(F, "Kirsty Aitchison has been economical with the truth about her business interests since day one.",
    allowed=[PA], note="Idiom 'economical with the truth' alleges dishonesty by a named councillor.")
row(F, "Hamish Colquhoun and his pals at Clydeholm Developments go back a long way. Long lunches. Longer memories. Planning permission.",
    note="Insinuated corrupt link between a named councillor and a named company.")
row(F, "Our MP Robert Torrance had a second job he forgot to mention, and a very generous 'consultancy' fee from the ferry operator.",
    note="Insinuated undeclared payments to a named MP.")
row(F, "Graham Niven has been pocketing the ward fund. Nobody's seen a penny of it spent in Kilmorran Bay.",
    v="block", note="Theft of public money stated as fact: block.", var=("cyrillic-homoglyph", "pocketing"))
row(F, "Ewan McKerrow is a crook. A smiling, handshaking crook.",
    rules=[DF, PA], note="'Crook' alleges criminality: defamation plus personal attack (review; arguably block).", var=("zero-width-space", "crook"))
row(F, "Who signed off the Glenshira Road resurfacing at three times the going rate? Stuart Paton did. And whose cousin owns the contractor? Ask him.",
    rules=[DF, OF], note="Rhetorical questions insinuating a named officer's corrupt contract award.")
row(F, "The Kilmorran Bay Hotel owners are running a brothel out of the top floor and the licensing team turns a blind eye.",
    v="block", allowed=[OF], note="Crime stated as fact about an identifiable business: block; licensing team named, officers allowed.")
row(F, "Strathcraig Housing Association fiddle their repair waiting lists to hit targets. Tenants are being lied to.",
    note="Dishonesty alleged against a named organisation.")
row(F, "Never seen a man so keen on a car park as Jamie Strang. Wonder if it's anything to do with the land his dad sold the council \U0001F914",
    note="Insinuated conflict and self-dealing by a named councillor.")

# ---------------------------------------------------------------- respect.abusive-language (31)
F = AL
row(F, "This f***ing ferry timetable is a joke. Who signed this off?",
    note="Masked obscenity aimed at a timetable, not a person.")
row(F, "Shona Tennant talks absolute shite every single meeting.",
    rules=[AL, PA], note="Obscenity aimed at a named councillor.", var=("cyrillic-homoglyph", "shite"))
row(F, "Strathcraig Council, sort your shit out. Three weeks and no bin collection in Skelmory.",
    note="Obscenity aimed at the council (institution).", var=("all-caps", None))
row(F, "@GrahamNivenCon away and take a long walk off a short pier, ya fud.",
    rules=[AL, PA], allowed=[BI], note="Scots vulgarity 'fud' at a councillor; 'walk off a pier' idiom so bullying only allowed.")
row(F, "Absolute c*nt of a decision on the harbour dues.",
    v="block", note="Masked c-word (severe) aimed at a decision: block.")
row(F, "Hamish Colquhoun is a pr*ck and a half.",
    rules=[AL, PA], note="Masked obscene insult of a named councillor.")
row(F, "What a load of bollocks from the cabinet this afternoon.",
    allowed=[PA], note="Obscenity at the cabinet's contribution; group target so personal attack allowed.")
row(F, "Declan Rafferty is a fucking disgrace.",
    rules=[AL, PA], note="Obscene insult of a named councillor.", var=("asterisk", "fucking"))
row(F, "@RuaridhGreen ya absolute bawbag",
    rules=[AL, PA], note="Scots vulgar insult 'bawbag' at a councillor.")
row(F, "Jamie Strang, you're a total c u n t and everyone knows it.",
    rules=[AL, PA], v="block", note="Spaced-out c-word at a named councillor: severe, block.")
row(F, "Pissed off beyond belief with the roads department. Fix the f'kin potholes.",
    allowed=[OF], note="Masked obscenity aimed at a department; officers allowed.")
row(F, "Kirsty Aitchison, shut your bloody gob for once, you tedious cow.",
    rules=[AL, PA], allowed=[EQ], note="Abusive insult at a named councillor; 'cow' is gendered so equality allowed.")
row(F, "Stuart Paton is a useless sh*t. Sack him.",
    rules=[AL, PA, OF], note="Masked obscene insult of a named officer.")
row(F, "Holy f*ck, \u00a32.4m on consultants. Are you kidding me, Strathcraig?",
    note="Masked obscenity about spending, no person targeted.")
row(F, "Morag Dewar can kiss my arse.",
    rules=[AL, PA], note="Vulgar dismissal of a named councillor.", var=("digit", "arse"))
row(F, "Whoever designed the new Portcraig bus station is a complete tosser.",
    rules=[AL, PA], note="Vulgar insult of an identifiable (unnamed) person by role.")
row(F, "fkn joke this council. utter dogsh1te budget",
    note="Obscenities masked with a digit and letter dropping; aimed at the council and budget.")
row(F, "Ewan McKerrow is a lying, thieving b@stard.",
    rules=[AL, PA, DF], v="block", note="Severe masked obscenity plus allegations of lying and theft: block.")
row(F, "Isla Rennie is a stuck-up wee bitch.",
    rules=[AL, PA], allowed=[EQ], note="Gendered obscene insult of a named councillor; equality allowed.")
row(F, "Wank. Utter wank. That's my review of the draft local plan.",
    note="Obscenity aimed at a plan.")
row(F, "Graham Niven and his gang of arseholes on the opposition benches.",
    rules=[AL, PA], note="Obscene insult of a named councillor and his group.")
row(F, "F U C K the harbour board and everyone on it.",
    allowed=[PA], note="Spaced obscenity at a board and its members; personal attack allowed.")
row(F, "Tariq, mate, you're a shitebag. Bottled the vote again.",
    rules=[AL, PA], note="Scots vulgar insult 'shitebag' (coward) at a named councillor.")
row(F, "@BernieQuinnInd go fuck yourself.",
    rules=[AL, PA], note="Obscene dismissal at a councillor's handle.", var=("spaced-letters", "fuck"))
row(F, "Motherf***ing roadworks on the Glenshira Road AGAIN.",
    note="Masked obscenity about roadworks.")
row(F, "Carol Baxter can shove her standards report up her arse.",
    rules=[AL, PA, OF], note="Vulgar abuse of the named Monitoring Officer.")
row(F, "Provost Brodie is a senile old fart.",
    rules=[AL, PA], allowed=[EQ], note="Vulgar insult; 'senile old' touches age, equality allowed.")
row(F, "Cllr Lennox = total dickhead.",
    rules=[AL, PA], note="Obscene insult of a named councillor.", var=("zero-width-space", "dickhead"))
row(F, "The new recycling rules are a pile of steaming crap and whoever wrote them should be embarrassed.",
    allowed=[PA, OF], note="Vulgar language about rules; writer unnamed, so personal attack and officers allowed.")
row(F, "Clydeholm Developments are a bunch of greedy fucking parasites.",
    allowed=[PA, DF], note="Obscene abuse of a named company; personal attack allowed (organisation).")
row(F, "Hamish, shut the f*** up and let someone with a brain speak.",
    rules=[AL, PA], note="Masked obscenity plus insult at a named councillor.")

# ---------------------------------------------------------------- hard negatives, group 1 (99)
G = "[HN1: criticism] "
hn("This budget is a disgrace. Cutting the Skelmory youth worker to pay for a new harbour logo is indefensible.", G + "Harsh words aimed at a budget, not a person.")
hn("The administration's parking policy for Portcraig is a shambles and the cabinet should be ashamed of it.", G + "Robust criticism of a policy and a collective decision.")
hn("Cllr Niven's voting record on affordable housing speaks for itself: against, against, against. Kilmorran Bay deserves better.", G + "Criticises a named councillor's record, not the person.")
hn("Closing Dunvane library on Saturdays is short-sighted, lazy policy-making. I'll be moving an amendment.", G + "'Lazy' describes policy-making, not a person.")
hn("\u00a32.4m on consultants is a scandal. That money should be fixing potholes on the Glenshira Road.", G + "Shares topic with an abusive positive, without obscenity.")
hn("I think the Leader is wrong on the ferry contract, badly wrong, and I'll say so at full council. Fiona, let's debate it in public.", G + "Disagreement with the Leader's position, civil.")
hn("The harbour dues increase is a stupid decision that will drive the fishing boats round to Carrick Sound.", G + "'Stupid' aimed at a decision.")
hn("Not calling for resignations, but Cllr McKerrow must come to scrutiny and explain how the harbour budget overspent by 40%.", G + "Demand for accountability, no allegation.")
hn("The draft local plan is a mess: no housing numbers for Skelmory, no flood map for Dunvane, nothing on the ferry. Back to the drawing board.", G + "Criticism of a plan.")
hn("I've disagreed with Cllr Tennant on most things for ten years, but her speech on child poverty today was the best in the chamber. Credit where it's due.", G + "Genuine praise of an opponent (not mock praise).")
hn("Bin collections in Skelmory have been rubbish since the contract changed. I've asked for Tolbooth Waste Services' missed-collection figures.", G + "Criticism of a contractor's performance with a request for data; no allegation of fraud.")
hn("This administration has failed Portcraig. Empty shops, broken lights, a pier that's been 'under review' since 2022. Judge them on it in May.", G + "Criticism of a record plus ballot-box call.")
hn("The Tory group's amendment was cynical, unfunded and, frankly, lazy. It deserved to fall.", G + "Criticises an amendment.")
hn("Daylight robbery: Strathcraig's car parking charges are now the highest on the Clyde coast.", G + "Idiom 'daylight robbery' about charges, not an allegation of theft.")
hn("Whoever thought a one-way system through Kilmorran Bay in July was a good idea clearly didn't ask anyone who lives here. Scrap it.", G + "Criticises a decision; no insult of the decision-maker.")
hn("The Labour group walked out of the budget meeting rather than vote. Poor politics, and their voters should ask why.", G + "Criticism of a group's conduct in a vote.", allowed=[PA])
hn("The council's response to the Portcraig floods was slow, confused and badly communicated. Residents deserve a full, independent review.", G + "Criticism of an institution's response.")
hn("Cllr Lennox's committee approved 94% of major applications last year. I think that's too many and I'll be asking why at scrutiny.", G + "Statistic and question about a committee's record.")
hn("The ferry fare rise is a kick in the teeth for island commuters.", G + "Violent-sounding idiom about a fare rise.")
hn("I've read the Kilbrannan Ferries contract summary and I'm not convinced the penalty clauses are strong enough. Questions tabled for scrutiny.", G + "Near miss to a defamation positive about the same company: legitimate scrutiny.")
hn("Strathcraig's record on school repairs is woeful. Skelmory High has had buckets in the corridor for three winters.", G + "Criticism of a record.")
hn("The cabinet member for roads should be embarrassed by this year's pothole numbers. Fix them.", G + "Criticism of performance in a role; no insult.")
hn("Hamish and I clashed hard at committee today. He thinks the seafront plan is ambitious; I think it's a white elephant. That's democracy.", G + "Names an opponent in a civil disagreement.")
hn("This is a terrible, terrible budget and I'll vote against it on Thursday.", G + "Budget vote (not quasi-judicial).")
hn("Ten years of broken promises on the Dunvane bypass. Time for the administration to admit it's never happening.", G + "Criticism of broken promises (politics, not an allegation of lying).")
hn("SNP group: big on press releases, short on delivery. Check the capital programme if you don't believe me.", G + "Party-political criticism.")
hn("The consultation on the Kilmorran Bay esplanade was a box-ticking exercise and the results show it.", G + "Criticism of a process.")
hn("I want an apology from the administration to the Portcraig families whose homes flooded. Not a press release. An apology.", G + "Demand for an apology.")
hn("Cllr Strang says the high street is 'thriving'. Nine empty units on Main Street say otherwise.", G + "Rebuts a claim with facts, without calling anyone a liar.")
hn("The leaflet going round Ardlarrig says I voted to close the pool. I didn't: here's the minute. Happy to talk to anyone about it.", G + "Corrects a leaflet without alleging dishonesty.")
hn("I'm adding my voice to the calls for Ewan McKerrow to step down as finance convener. The overspend happened on his watch.", G + "Resignation call based on the record.")
hn("Absolutely killed it at the Portcraig primary quiz this afternoon. Those P7s are ruthless.", "[HN1: idiom] 'Killed it' idiom.")
hn("The Dunvane pipe band murdered 'Mull of Kintyre' at the gala and I've never loved them more.", "[HN1: idiom] 'Murdered' a song.")
hn("Our new planning portal is a killer app. Honestly, give it a go and tell me what breaks.", "[HN1: idiom] 'Killer app'.")
hn("I could strangle whoever invented reply-all. 43 emails about the raffle.", "[HN1: idiom] Hyperbole at no real target.", allowed=[BI])
hn("Going to batter through these casework emails with a strong coffee. Wish me luck.", "[HN1: idiom] 'Batter through' shares a word with a threat positive.")
hn("Glenshira North bowling club took us to the cleaners in the charity match. Gracious in victory, mostly.", "[HN1: idiom] 'Took us to the cleaners'.")
hn("The roadworks on Shore Road are driving me round the bend, and I'm the one who asked for them.", "[HN1: idiom] Self-aware idiom.")
hn("Knocked it out of the park: Skelmory community garden raised \u00a34k at the weekend!", "[HN1: idiom] 'Knocked it out of the park'.")
hn("Ruaridh and I are going to knock some heads together at the ferry users' forum. Metaphorically, before anyone reports me \U0001F604", "[HN1: idiom] Cross-party allies; 'knock heads together' idiom.", allowed=[BI])
hn("Cold enough to freeze the brass off the Provost's chain at the Kilmorran Bay lights switch-on. Braw turnout though.", "[HN1: idiom] Weather joke.")
hn("That budget motion was dead on arrival and everyone in the chamber knew it.", "[HN1: idiom] 'Dead on arrival'.")
hn("I'd kill for a ferry timetable app that actually works. Taking suggestions.", "[HN1: idiom] 'I'd kill for'.")
hn("Portcraig Thistle got absolutely slaughtered 6-0 by Dunvane. Our keeper was a statue. Next week, lads.", "[HN1: sport] Sport result, violent idiom.")
hn("Congrats to Cllr Rafferty's five-a-side team, who beat ours fair and square and have been insufferable about it since. Rematch in March \U0001F602", "[HN1: banter] Friendly ribbing.", allowed=[IR])
hn("Graham, your penalty at the charity match was the worst thing I've ever seen on a football pitch. Love you, pal. \u00a31,200 raised for the lifeboat.", "[HN1: banter] Affectionate banter naming a councillor.", allowed=[PA])
hn("Bloodbath at the council-versus-press quiz. The Clyde Courier won by 30 points and are unbearable.", "[HN1: sport] 'Bloodbath' about a quiz.")
hn("Moira's shinty team gave us a proper doing on Saturday. My shins will never be the same.", "[HN1: sport] 'Gave us a doing' in sport.")
hn("The SNP group and the Labour group finally agree on something: the Provost is a shocking curling skip \U0001F602 Well played Alasdair, we'll get you next year.", "[HN1: banter] Cross-party teasing about a game.", allowed=[PA, IR])
hn("Fair to say the fire brigade crushed us at tug of war. Pride bruised, arms worse.", "[HN1: sport] 'Crushed us'.")
hn("Lost my voice screaming at the Scotland game. If I croak at surgery on Monday, that's why.", "[HN1: sport] Sport.")
hn("Ewan thinks Kilmorran Bay has the best chippy on the coast. He is wrong and I will fight him on this (in a strictly culinary sense) \U0001F35F", "[HN1: banter] Mock 'fight' over chips.", allowed=[BI])
hn("Our ward darts team is rubbish. I'm captain, so that's on me.", "[HN1: self-deprecation] Self-criticism.")
hn("I'm an idiot: left my council pass in the car and got locked out of my own surgery for twenty minutes.", "[HN1: self-deprecation] 'I'm an idiot' about oneself.")
hn("Confession: I'm useless with spreadsheets. Thankfully the budget papers come with a glossary and a very patient finance team.", "[HN1: self-deprecation] 'Useless' about oneself.")
hn("Saw my photo in the Courier and thought: who is that bald old numpty? Then realised \U0001F602", "[HN1: self-deprecation] 'Numpty' about oneself.")
hn("I talk too much in meetings. I know. My wife knows. The whole of Dunvane knows.", "[HN1: self-deprecation] Self-mockery.")
hn("Made a complete fool of myself trying to open the Portcraig play park. The ribbon won.", "[HN1: self-deprecation] Self-mockery.")
hn("My handwriting is so bad the clerk thought my amendment was in Gaelic. It wasn't.", "[HN1: self-deprecation] Self-mockery.")
hn("Honestly, I was thick as mince on planning law when I was elected. Two years of training later, slightly less so.", "[HN1: self-deprecation] 'Thick as mince' about oneself (shares an idiom with a positive).")
hn("Someone sprayed 'go home' on the Portcraig mosque wall overnight. That is racism, it has no place here, and I've reported it to the police.", "[HN1: counter-speech] Quotes racist graffiti to condemn it.", allowed=[EQ])
hn("A man in the public gallery called Cllr Mahmood a 'p*ki' at Thursday's meeting. I condemn it without reservation. We stand with Tariq.", "[HN1: counter-speech] Quotes a slur to condemn it.", allowed=[EQ, AL])
hn("'I know where you live.' That was in my inbox this morning. To whoever sent it: it's with the police. It won't stop me doing my job.", "[HN1: counter-speech] Quotes a threat received, to condemn it.", allowed=[BI])
hn("Calling Cllr Hartley 'a bloke in a dress' is not debate, it's transphobia. Robyn has my full support.", "[HN1: counter-speech] Quotes transphobic abuse to condemn it.", allowed=[EQ, PA])
hn("To everyone sharing the post calling Isla Rennie a 'stupid bitch': stop. Disagree with her policies all you like. That language is misogynistic abuse.", "[HN1: counter-speech] Quotes misogynistic abuse to condemn it.", allowed=[AL, EQ, PA])
hn("Some of the comments on my page about the Kilmorran Bay hotel residents are vile. 'Vermin', 'send them back'. I've deleted them and I'll keep deleting them.", "[HN1: counter-speech] Condemns and removes abusive comments.", allowed=[EQ])
hn("Threats of violence against planning officers are never acceptable. Whatever you think of a decision, the people who write the reports deserve to feel safe.", "[HN1: counter-speech] Condemns threats against officers.")
hn("'Tinkers', 'gyppos': I heard both words at the community council last night. Gypsy and Traveller families are our neighbours and that language is racist.", "[HN1: counter-speech] Quotes slurs to condemn them.", allowed=[EQ, AL])
hn("Got called a 'useless fat cow' outside the Co-op today for voting for the harbour levy. I'm fine. But nobody in public life should have to put up with this.", "[HN1: counter-speech] Reports abuse received.", allowed=[PA])
hn("The Courier comments calling Neil Fairbairn 'corrupt' are baseless and unfair. Officers can't answer back. Criticise the decision, not him.", "[HN1: counter-speech] Defends a named officer against an allegation.", allowed=[DF, OF])
hn("Antisemitic graffiti at Dunvane station about 'Rothschild bankers'. Reported, photographed, and being cleaned today. Hate has no home here.", "[HN1: counter-speech] Condemns an antisemitic trope.", allowed=[EQ])
hn("Whoever wrote 'burn the council down' on the Ardlarrig bus shelter: that's not protest, it's a threat. Police are aware.", "[HN1: counter-speech] Condemns a threat.", allowed=[BI])
hn("At Strathcraig Sheriff Court today a 42-year-old Skelmory man was convicted of assaulting a council enforcement officer. Sentencing next month. Thoughts with our colleague.", "[HN1: court report] Accurate court report of a conviction; nobody named.")
hn("Police Scotland have confirmed an investigation into alleged financial irregularities at a Portcraig charity. Nobody has been charged, and I won't comment while it's ongoing.", "[HN1: news report] Careful report with 'alleged' and no one named.")
hn("The Standards Commission hearing into a complaint against a Strathcraig councillor ended today with no breach found. The full decision will be on its website.", "[HN1: news report] Neutral report of a standards outcome.")
hn("The Clyde Courier reports Kilbrannan Ferries has been fined by the regulator for late safety returns. The company says it has tightened its procedures. Worth reading the whole piece.", "[HN1: news report] Reports a regulator's fine and the company's response.", allowed=[DF])
hn("Audit Scotland's report on Strathcraig's finances is out. It finds weaknesses in contract monitoring but no evidence of fraud. Link in replies.", "[HN1: news report] Uses 'fraud' in a finding of none.")
hn("A Dunvane man accused of stealing lead from the church roof appeared in court today and denies the charge. He is entitled to a fair trial, so please keep comments civil.", "[HN1: court report] Careful report of a denied charge.")
hn("BBC Scotland reports that Tolbooth Waste Services is being investigated by SEPA over the Skelmory tip. The firm denies wrongdoing. I've asked the council for a briefing.", "[HN1: news report] Balanced report of an investigation.", allowed=[DF])
hn("Jury found the accused not guilty in the harbour theft trial. That should be the end of the speculation on local Facebook groups.", "[HN1: court report] Reports an acquittal.")
hn("Fly-tipping on the Glenshira Road will be prosecuted. Cameras are up, and fines start at \u00a3500. Don't risk it.", "[HN1: lawful warning] Enforcement warning.")
hn("Scam warning: people are phoning Portcraig residents pretending to be the council and asking for bank details. We will never ask for your PIN. Hang up and report it.", "[HN1: lawful warning] Scam warning mentioning PIN.", allowed=[SC])
hn("I've referred comments made at Tuesday's community council to the Monitoring Officer. I won't say more while it's looked at.", "[HN1: standards referral] Lawful referral, no one named.")
hn("Landlords letting damp flats in Skelmory: the council's enforcement team will act, and I'll keep pushing until they do.", "[HN1: lawful warning] Enforcement warning to landlords.")
hn("Dog owners on Kilmorran Bay beach: bag it and bin it. Fixed penalties are \u00a380 and the wardens are out this week.", "[HN1: lawful warning] Penalty warning.")
hn("I have lodged a formal complaint with the Standards Commission about a councillor's social media conduct. It's for them to decide, not Facebook.", "[HN1: standards referral] Referral without naming or prejudging.")
hn("Reminder to anyone parking on the zig-zags at Skelmory Primary: police are patrolling from Monday and they will ticket you.", "[HN1: lawful warning] Parking enforcement warning.")
hn("Shops selling vapes to under-18s in Portcraig are breaking the law. Trading Standards are doing test purchases this month.", "[HN1: lawful warning] General legal warning.")
hn("If you've had an abusive message from someone claiming to be a councillor, screenshot it and report it. We take it seriously.", "[HN1: lawful warning] Advice on reporting abuse.")
hn("Abuse of staff at the Ardlarrig customer service centre will not be tolerated. Incidents are reported to the police.", "[HN1: lawful warning] Protecting staff.")
hn("We're coming for every seat on the Clyde coast in May. Kilmorran Bay, you're next.", "[HN1: ballot box] Campaign language.")
hn("Time to kick this administration out. Polling day is 7 May. Make it count.", "[HN1: ballot box] 'Kick out' at the ballot box.")
hn("The Tories are finished in Ardlarrig. We'll wipe them off the map at the ballot box.", "[HN1: ballot box] 'Wipe off the map' electorally.")
hn("Target seat: Dunvane. Door-knocking every Saturday until we win it.", "[HN1: ballot box] Campaign language.")
hn("Let's give the SNP a doing at the polls they'll never forget.", "[HN1: ballot box] 'Give them a doing' electorally.")
hn("Battle lines are drawn for the Skelmory by-election. Bring it on.", "[HN1: ballot box] Military idiom for an election.")
hn("Labour will smash it in Portcraig this year. Volunteers, sign up below.", "[HN1: ballot box] Campaign language.")
hn("Vote them out. Every single one. Peacefully, democratically, on 7 May.", "[HN1: ballot box] Electoral call.")

# ---------------------------------------------------------------- hard negatives, group 2 (64)
G2 = "[HN2: %s] "
hn("Happy Lunar New Year to everyone celebrating in Strathcraig! The lion dance at Portcraig pier was fantastic \U0001F40E", G2 % "festival" + "Lunar New Year greetings.", date="2026-02-17")
hn("Ramadan Mubarak to Muslim residents across Strathcraig. The Portcraig mosque is hosting open iftars on Fridays and everyone is welcome.", G2 % "festival" + "Ramadan greeting.", date="2026-02-19")
hn("Eid Mubarak! Lovely to join the Skelmory community for Eid prayers in the park this morning.", G2 % "festival" + "Eid greeting.", date="2026-03-20")
hn("Burns supper at Dunvane care home: haggis, neeps and a resident aged 101 reciting 'To a Mouse' from memory. Magic.", G2 % "festival" + "Older resident celebrated.", date="2026-01-23")
hn("Honoured to attend Holocaust Memorial Day at Ardlarrig Academy. The pupils' readings were remarkable. We remember.", G2 % "festival" + "Holocaust Memorial Day.", date="2026-01-27")
hn("St Patrick's Day c\u00e9il\u00ed at the Skelmory Irish Centre tonight. Tickets at the door.", G2 % "festival" + "Irish community event.", date="2026-03-17")
hn("LGBT History Month exhibition at Portcraig library all February. Some incredible local stories in there.", G2 % "festival" + "LGBT History Month.", date="2026-02-02")
hn("Holi colour run on the Kilmorran Bay esplanade this Saturday. Wear old clothes!", G2 % "festival" + "Hindu festival event.", date="2026-03-04")
hn("International Women's Day: celebrating the women who crew Strathcraig's lifeboats, run our food banks and chair our harbour board.", G2 % "festival" + "International Women's Day.", date="2026-03-06")
hn("Ash Wednesday service at St Columba's, Dunvane, at noon. The minister asked me to share.", G2 % "festival" + "Christian observance.", date="2026-02-18")
hn("Lent lunches at Kilmorran Bay Parish Church raised \u00a3900 for the food bank. Thank you to every soup-maker.", G2 % "festival" + "Church fundraising.")
hn("Celebrated New Year with the Portcraig Chinese School. The kids taught me to write 'horse' in calligraphy. Badly \U0001F602", G2 % "festival" + "Chinese community event.", date="2026-02-18")
hn("New census figures: 18% of Strathcraig residents are over 75, the highest on the coast. Our social care plan has to reflect that.", G2 % "statistics" + "Age statistics.")
hn("Hate crime reports in Strathcraig rose 12% last year, most of them race-related. The community safety partnership reports to committee in March.", G2 % "statistics" + "Hate crime statistics.")
hn("Disabled people in Strathcraig are twice as likely to be out of work. The council's supported employment scheme has places, please share.", G2 % "statistics" + "Disability statistics.")
hn("2,300 Strathcraig residents were born outside the UK. They work in our care homes, fish farms and hospital.", G2 % "statistics" + "Migration statistics, positive.")
hn("Gender pay gap for Strathcraig Council staff: 6.1%, down from 9.4%. Progress, but not enough.", G2 % "statistics" + "Sex statistics.")
hn("Ardlarrig General maternity unit: 412 babies born there last year. Keep the unit open.", G2 % "statistics" + "Maternity statistics.")
hn("One in five pensioners in Skelmory is in fuel poverty. Warm spaces are open at three libraries.", G2 % "statistics" + "Age statistics.")
hn("Gypsy/Traveller pitches in Strathcraig: 14. Assessed need: 31. That gap is why the site review matters.", G2 % "statistics" + "Traveller accommodation statistics.")
hn("Our chamber finally has a Muslim depute convener and its first Black chair of the education committee. About time it looked like the coast.", G2 % "representation" + "Welcomes diversity.")
hn("Proud to chair the council's disability forum. Nothing about us without us.", G2 % "representation" + "Disability forum.")
hn("Our women councillors' network met today. Mentoring for first-time women candidates opens next week.", G2 % "representation" + "Women in politics.")
hn("Young people's parliament: Skelmory High pupils grilled us on bus fares. Better questions than some committees.", G2 % "representation" + "Young people.")
hn("The harbour board now has two members under 30 and three women. Diverse boards make better decisions.", G2 % "representation" + "Age and sex on a board.")
hn("Guest speaker at the Portcraig Pride planning meeting: a trans nurse who talked us through gender clinic waiting lists. Hugely informative.", G2 % "representation" + "Trans speaker, supportive.")
hn("BSL interpretation is now available at every full council meeting. Thanks to the Deaf community for pushing for it.", G2 % "representation" + "Deaf access.")
hn("Shout-out to the Polish Saturday school in Dunvane: 120 pupils and growing.", G2 % "representation" + "Polish community (near miss to an equality positive).")
hn("The proposed Gypsy/Traveller site at Shore Field: residents have raised drainage and access concerns. Fair questions, and they'll be answered at the drop-in.", G2 % "civil debate: site" + "Civil concerns about a site.", allowed=[PR])
hn("I support the Kilmorran Bay hotel being used for asylum seekers in the short term, but the Home Office must fund local GP and school places properly.", G2 % "civil debate: hotel" + "Policy view on an asylum hotel.")
hn("I'm not against the new mosque on Harbour Lane, but Friday parking needs sorting. Let's get the traffic study right.", G2 % "civil debate: worship" + "Civil planning concern about a mosque.", allowed=[PR])
hn("The hotel contract is a Home Office decision, not the council's. I understand people are worried. Come to the public meeting and ask your questions.", G2 % "civil debate: hotel" + "Explains responsibility, calm.")
hn("Respectful debate at Skelmory community council about the proposed Hindu temple: traffic, noise, opening hours. That's how it should be done.", G2 % "civil debate: worship" + "Civil debate about a temple.")
hn("I've heard from residents both for and against the Traveller transit site. My job is to make sure every voice is heard before the decision.", G2 % "civil debate: site" + "Open mind on a site.")
hn("Asylum seekers in the Kilmorran Bay hotel aren't allowed to work while their claims are processed. That's national law, and I think it should change.", G2 % "civil debate: hotel" + "Policy view.")
hn("The Church of Scotland is closing three buildings on our coast. Let's work with them so the halls stay community spaces.", G2 % "civil debate: worship" + "Church buildings.")
hn("Concerns about the Portcraig hostel for refugee families are understandable. Misinformation isn't. Here are the facts from the Home Office letter.", G2 % "civil debate: hotel" + "Counters misinformation calmly.")
hn("Immigration is reserved to Westminster, but Strathcraig has a legal duty to look after unaccompanied asylum-seeking children. We will.", G2 % "civil debate: hotel" + "Duty to asylum-seeking children.")
hn("Some residents want the new gurdwara in Dunvane; others worry about the conservation area. Both views are welcome at the consultation.", G2 % "civil debate: worship" + "Balanced view of a gurdwara.", allowed=[PR])
hn("Not every worry about the asylum hotel is racism, and not every supporter is naive. Let's keep this debate decent.", G2 % "civil debate: hotel" + "Mentions racism to call for decency.")
hn("As a gay man who grew up in Skelmory in the 90s, seeing the rainbow flag over the town hall today means more than I can say.", G2 % "own identity" + "Councillor's own sexual orientation.", author="@RuaridhGreen")
hn("I'm a wheelchair user. The new Portcraig pier ramp is the first time in years I've reached the ferry without help. Thank you to everyone who fought for it.", G2 % "own identity" + "Councillor's own disability.", author="@AileenForsythGRA")
hn("Being a trans woman in public life isn't always easy. But Dunvane elected me to fix potholes, and that's what I'm doing today.", G2 % "own identity" + "Councillor's own gender identity.", author="@RobynHartleyGrn")
hn("Fifteen weeks pregnant and still chairing housing committee. Maternity cover is agreed with the group. See you all in the autumn!", G2 % "own identity" + "Councillor's own pregnancy.", author="@KirstyAitchison")
hn("As a Muslim and a Portcraig boy, I was proud to open the interfaith food bank with the minister and the priest this morning.", G2 % "own identity" + "Councillor's own religion.", author="@TariqMahmoodPC")
hn("I'm 78, the oldest member of this council, and I'm not retiring until the Kilmorran Bay sea wall is fixed.", G2 % "own identity" + "Councillor's own age.", author="@ProvostBrodie")
hn("My husband and I had our civil partnership at Ardlarrig registry office ten years ago today. Still the best decision I've ever made.", G2 % "own identity" + "Councillor's own civil partnership.", author="@RuaridhGreen")
hn("As a Catholic I've been asked about the school merger a lot. My view: denominational and non-denominational schools should be consulted equally.", G2 % "own identity" + "Councillor's own religion.", author="@ShonaTennantLab")
hn("I'm dyslexic. Long council papers are a struggle, so I asked for audio versions. Officers sorted it in a week. Small changes matter.", G2 % "own identity" + "Councillor's own disability.", author="@DecRaffertyLab")
hn("I'm a woman in my sixties on the harbour board. I've been underestimated my whole life and I quite enjoy it.", G2 % "own identity" + "Councillor's own sex and age.", author="@BernieQuinnInd")
hn("The Deaf Club in Dunvane needs a new home. Any landlords with a ground-floor space, get in touch.", G2 % "mention" + "Deaf community.")
hn("Dementia-friendly screenings at the Portcraig Picture House every Tuesday morning.", G2 % "mention" + "Dementia.")
hn("Thanks to the Skelmory Jewish Heritage Trust for the walking tour of the old synagogue site.", G2 % "mention" + "Jewish heritage.")
hn("Autism-friendly hours at Dunvane Leisure Centre start Monday: lights down, music off.", G2 % "mention" + "Autism (near miss to an equality positive).")
hn("Our older residents' forum asked for more benches on the esplanade. We listened: twelve going in this spring.", G2 % "mention" + "Older people.")
hn("The breastfeeding-friendly venues scheme now covers every library and leisure centre in Strathcraig.", G2 % "mention" + "Maternity.")
hn("Welcomed two Ukrainian families to Ardlarrig today. Their kids start at the primary on Monday.", G2 % "mention" + "Refugees.")
hn("Pride in Portcraig is back in June. Volunteer sign-up opens today and the council is lending the bunting.", G2 % "mention" + "Pride (near miss to a slur positive about a Pride flag).")
hn("The Clyde coast's links to the slave trade deserve attention all year, not only in October. New panel at Portcraig museum.", G2 % "mention" + "Race history.")
hn("A women's safety audit of Kilmorran Bay's lanes found seven dark spots. New lights going in this month.", G2 % "mention" + "Women's safety.")
hn("Trans people in Strathcraig wait up to four years for a gender clinic appointment. I've written to the health board.", G2 % "mention" + "Trans healthcare.")
hn("Interfaith breakfast at Dunvane Parish Church: Christians, Muslims, Sikhs, Jews and one very confused humanist (me). Lovely morning.", G2 % "mention" + "Religions together.")
hn("Young carers in Skelmory deserve a break. Free leisure passes are now available to every registered young carer under 18.", G2 % "mention" + "Young carers.")
hn("Halal and kosher options are now on the menu at every Strathcraig school. Thanks to the catering team for sorting it so quickly.", G2 % "mention" + "Religious diets (near miss to a halal positive).")


# ---------------------------------------------------------------- builder
# handle -> words that, when present in a post, mean that councillor is its target (never its author)
AUTHORS = {
    "@FionaGalbraithPC": ["Fiona", "Galbraith", "Leader"],
    "@EwanMcKerrow": ["Ewan", "McKerrow", "finance convener"],
    "@CllrMoiraLennox": ["Moira", "Lennox", "planning convener"],
    "@MoragDewarSNP": ["Morag", "Dewar"],
    "@ProvostBrodie": ["Alasdair", "Brodie", "Provost"],
    "@ShonaTennantLab": ["Shona", "Tennant"],
    "@DecRaffertyLab": ["Declan", "Rafferty"],
    "@KirstyAitchison": ["Kirsty", "Aitchison"],
    "@TariqMahmoodPC": ["Tariq", "Mahmood"],
    "@GrahamNivenCon": ["Graham", "Niven"],
    "@HColquhounCon": ["Hamish", "Colquhoun"],
    "@hamish_on_the_water": ["Hamish", "Colquhoun"],
    "@JamieStrangCon": ["Jamie", "Strang"],
    "@IslaRennieLD": ["Isla", "Rennie"],
    "@RuaridhGreen": ["Ruaridh", "Sinclair"],
    "@RobynHartleyGrn": ["Robyn", "Hartley"],
    "@BernieQuinnInd": ["Bernie", "Quinn"],
    "@BernieBlooms": ["Bernie", "Quinn"],
    "@AileenForsythGRA": ["Aileen", "Forsyth"],
}
PERSONAL = {"@hamish_on_the_water", "@BernieBlooms"}
PLATFORMS = ["x", "facebook", "bluesky"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 3, 27)

DIGIT = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "c": "\u0441", "p": "\u0440", "M": "\u041c"}


def obfuscate(text, kind, word):
    if kind == "all-caps":
        return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))
    assert word.lower() in text.lower(), word

    def one(m):
        w = m.group(0)
        if kind == "asterisk":
            i = next(i for i in range(1, len(w)) if w[i].lower() in "aeiou")
            return w[:i] + "*" + w[i + 1:]
        if kind == "digit":
            i = next(i for i in range(1, len(w)) if w[i].lower() in DIGIT)
            return w[:i] + DIGIT[w[i].lower()] + w[i + 1:]
        if kind == "zero-width-space":
            k = len(w) // 2
            return w[:k] + "\u200b" + w[k:]
        if kind == "spaced-letters":
            return " ".join(w)
        if kind == "cyrillic-homoglyph":
            i = next(i for i in range(1, len(w)) if w[i] in CYR)
            return w[:i] + CYR[w[i]] + w[i + 1:]
        raise ValueError(kind)
    # every occurrence of the breach word is obfuscated, whatever its case
    return re.sub(re.escape(word), one, text, flags=re.IGNORECASE)


# an equality post is never authored by a councillor who shares the characteristic it attacks
SHARES = {"gender reassignment": ["@RobynHartleyGrn"], "sexual orientation": ["@RuaridhGreen"],
          "religion": ["@TariqMahmoodPC", "@ShonaTennantLab"], "race": ["@TariqMahmoodPC"],
          "disability": ["@AileenForsythGRA", "@DecRaffertyLab"], "pregnancy": ["@KirstyAitchison"],
          "age": ["@ProvostBrodie", "@BernieQuinnInd", "@BernieBlooms"]}
USED = {}


def pick_author(rng, text, note, family):
    bar = set()
    if family == "equality.discrimination":
        for k, hs in SHARES.items():
            if k in note.split("]")[0]:
                bar.update(hs)
    ok = [h for h, keys in AUTHORS.items() if not any(k in text for k in keys) and h not in text and h not in bar]
    least = min(USED.get(h, 0) for h in ok)
    h = rng.choice(sorted(x for x in ok if USED.get(x, 0) == least))
    USED[h] = USED.get(h, 0) + 1
    return h


def timestamp(rng, date=None):
    if date:
        d = datetime.date.fromisoformat(date)
    else:
        while True:
            d = START + datetime.timedelta(days=rng.randrange((END - START).days + 1))
            if d.weekday() < 5:
                break
    t = datetime.datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60),
                          tzinfo=datetime.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for r in rows:
        author = r["author"] or pick_author(rng, r["text"], r["note"], r["family"])
        r["_author"] = author
        r["_platform"] = rng.choice(PLATFORMS)
        out.append(r)
    # variants go after the originals, then everything is shuffled once more
    variants = []
    for r in out:
        if r["var"]:
            kind, word = r["var"]
            allowed = list(r["allowed"])
            if kind == "all-caps" and HA not in allowed:
                allowed.append(HA)
            variants.append(dict(family=r["family"], text=obfuscate(r["text"], kind, word), rules=list(r["rules"]),
                                 allowed=allowed, verdict=r["verdict"], author=r["_author"], _author=r["_author"],
                                 _platform=r["_platform"], date=None, var=None, _of=r, _kind=kind, _word=word))
    allrows = out + variants
    rng.shuffle(allrows)
    for n, r in enumerate(allrows, 1):
        r["_id"] = "b39-%03d" % n
    lines = []
    for r in allrows:
        o = {"id": r["_id"], "text": r["text"], "author": r["_author"], "created_at": timestamp(rng, r["date"]),
             "platform": r["_platform"], "account": "personal" if r["_author"] in PERSONAL else "councillor",
             "kind": "post", "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
             "family": r["family"], "kind_of_row": "hard_negative" if r["family"] == "hard_negative" else "positive"}
        if "_of" in r:
            o["variant_of"] = r["_of"]["_id"]
            o["obfuscation"] = r["_kind"]
            what = "the whole post in capitals (@handles kept)" if r["_kind"] == "all-caps" else "the word '%s'" % r["_word"]
            o["note"] = "Variant of %s: %s obfuscation of %s. Labels copied from the original%s. Original note: %s" % (
                r["_of"]["_id"], r["_kind"], what,
                " (haste.pause-before-posting added to allowed: shouting)" if r["_kind"] == "all-caps" else "",
                r["_of"]["note"])
        else:
            o["note"] = r["note"]
        lines.append(json.dumps(o, ensure_ascii=False))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "posts.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d rows" % len(lines))


if __name__ == "__main__":
    main()
