#!/usr/bin/env python3
"""Blind set b14 (Wrenholme and Sedgefen District Council): hand-written rows plus a deterministic builder.

Run: python3 build.py  -> writes posts.jsonl (same output every run; fixed seed).
Rule suffix in the rows: "!" means the rule is expected at block, "^" means gifts.hospitality at review."""
import json, random, re, datetime as dt

# Hand-written rows, part A. Rule suffix "!" = block, "^" = review (raised from advice).
ROWS = []
def pos(fam, text, rules, note, allowed=(), author=None, account="councillor"):
    ROWS.append(dict(family=fam, kind_of_row="positive", text=text, rules=list(rules),
                     allowed=list(allowed), note=note, author=author, account=account))
def neg(near, text, note, allowed=(), author=None, account="councillor"):
    ROWS.append(dict(family="hard_negative", kind_of_row="hard_negative", text=text, rules=[],
                     allowed=list(allowed), note="near " + near + ": " + note, author=author, account=account))

PD = "predetermination.closed-mind"
# ---------------- predetermination.closed-mind ----------------
pos(PD, "Tithe Drove. 140 houses on land that was under water in 2020. I'll be voting no at committee and nothing in the officer report is going to change that.",
    [PD+"!"], "settled vote against a registered pending application (Tithe Drove, WS/25/0412/FUL), 'whatever the officers say' in other words")
pos(PD, "Had a pint with the Drowned Ox regulars tonight. Good news lads – that 2am licence is going through, I'll make sure of it 🍻",
    [PD+"!"], "settled view FOR a pending licence variation on the register (The Drowned Ox, LIC/26/0007)", allowed=["position.improper-advantage"])
pos(PD, "People keep asking where I stand on the Cuckoo Fen solar farm. Simple: it's getting my vote. We need the clean power, end of discussion.",
    [PD+"!"], "settled support for registered pending application (Cuckoo Fen Farm); 'end of discussion'")
pos(PD, "Whatever the highways people come back with, a warehouse the size of six football pitches at the old sugar works is never getting past me.",
    [PD+"!"], "closed mind against registered outline application (Former Beet Sugar Works); dismisses consultee evidence in advance")
pos(PD, "Re 22 Ferry Bank: my mind's made up. Seven bedsits crammed into a terrace with no parking is a no from me on the night.",
    [PD+"!"], "'my mind's made up' on a registered HMO application (22 Ferry Bank)")
pos(PD, "Not going to pretend I'm sitting on the fence about the caravan park extension off Mere Lane. It's exactly what Wrenholme needs and I'll be backing it all the way.",
    [PD+"!"], "settled support for registered pending application (Wrenholme Lakes Caravan Park, Mere Lane)")
pos(PD, "Lode Street does not need another shop flogging three-litre cider at 6am. When that licence comes to the sub-committee I'm refusing it, simple as.",
    [PD+"!"], "predetermined refusal of registered licence application (Lode Street Convenience, LIC/26/0019)")
pos(PD, "Quick update for Gull Drove folk: the Fenbright scheme comes to committee in April. Honestly, save yourselves the stamp – as far as I'm concerned it's dead in the water.",
    [PD+"!"], "applicant named in register description (Fenbright Homes, Tithe Drove); 'dead in the water' = settled refusal")
pos(PD, "Driver licence review on Thursday for the cabbie caught on dashcam doing 70 through Causeway End. There's one outcome I'll be supporting and it's revocation. No second chances.",
    [PD], "settled view on a licensing hearing that is not on the pending register, so review rather than block")
pos(PD, "Got the appeal bundle for the Brackenholt Farm enforcement notice. Won't need to read much of it tbh – the notice stands and I'll be saying so at the hearing.",
    [PD], "closed mind on an enforcement appeal (quasi-judicial) not on the register; 'won't need to read it'")
pos(PD, "Solar at Cuckoo Fen = 38 hectares of Grade 2 farmland gone for good. Residents, rest easy: you've got one guaranteed vote against on that committee. 🚜",
    [PD+"!"], "settled opposition to registered application (Cuckoo Fen); 'guaranteed vote against'")
pos(PD, "The sugar works scheme means 300 jobs for Saltney Lode. I'll be moving approval in April. Objectors can have their three minutes but it won't change a thing.",
    [PD+"!"], "predetermined approval of registered application; says objectors cannot change the outcome")

neg(PD, "Lots of emails about Tithe Drove – thank you. I sit on planning so I can't give you a view yet. I'll read every objection and the officer report and make my decision on the night.",
    "open mind stated on a registered application", allowed=[])
neg(PD, "I have real concerns about flooding at Tithe Drove and I'll be asking the drainage engineers some hard questions. But I'll listen to the evidence before I vote.",
    "predisposition with an open mind, explicitly allowed by RULES.md")
neg(PD, "Our group is pushing for a Local Plan policy capping HMOs at 10% of any street. That's policy-making, not a view on any single application.",
    "policy campaigning, not a pending quasi-judicial matter")
neg(PD, "Cuckoo Fen solar farm: how to comment. Deadline 20 March, reference WS/26/0031/FUL. Every view counts, whether you're for it or against it.",
    "neutral procedural post naming the register reference")
neg(PD, "Not on the sub-committee hearing the Drowned Ox application, but I've made sure residents' noise complaints are in front of members via the licensing team.",
    "passes on representations without stating a view on the outcome")
neg(PD, "I'm against the government's national targets for solar on farmland, and I'll keep saying so to ministers. Individual applications here get judged on their own merits.",
    "national policy view, explicitly separated from pending applications")
neg(PD, "Predisposed? Sure, I've got views about big warehouses. Predetermined? No. I'll walk into the sugar works meeting with an open mind and vote on what's in front of me.",
    "uses the vocabulary of the rule to affirm an open mind")
neg(PD, "I've decided to speak as ward councillor on 22 Ferry Bank and set out residents' worries, which means I'll step off the committee for that item and won't vote.",
    "ward councillor speaking as advocate and withdrawing from the decision; borderline so allowed",
    allowed=[PD])
neg(PD, "Last year the planning committee approved 94% of applications. Members have to judge each case on planning merits – that's the law, and it's a good one.",
    "general statement about planning law")
neg(PD, "Caravan park plans for Mere Lane are on the portal now. I know feelings run high both ways. Come along to the drop-in on Thursday and put your questions to the officers.",
    "neutral signposting about a registered application")
neg(PD, "Walked past the Drowned Ox on a Friday afternoon and it was heaving – lovely to see Market Row buzzing again.",
    "shares the venue name, no view on the licence")
neg(PD, "We'll be voting against the budget tonight. Council tax up 4.99% for fewer services is indefensible.",
    "'voting against' on a budget, which is not a quasi-judicial matter")

ID = "interests.declared-interest"
MOSSOP, CROW, TW, EBB, HAV, KAZ, FEN = "@GideonMossopFVA", "@BethanCrowhurstLD", "@AlaricTW_Reform", "@LorcanEbbage", "@ConnieHaverstock", "@YusraKazmiGreen", "@RuairiFennimore"
# ---------------- interests.declared-interest ----------------
pos(ID, "Council's retendering the verge-cutting and ditch-clearing contract for the villages. About time a local outfit with proper kit got a look-in instead of some national firm from Peterborough.",
    [ID], "author directs Mossop Agricultural Contractors Ltd (registered); post backs local bidders for a council contract without declaring", author=MOSSOP)
pos(ID, "Pleased cabinet's new winter gritting framework finally lets agricultural contractors tender for the rural routes. I pushed hard for that change and I'm glad it landed.",
    [ID], "framework opens council work to the author's own kind of firm (Mossop Agricultural Contractors Ltd), undeclared", author=MOSSOP)
pos(ID, "Thrilled the climate fund is opening a £250k pot for community-owned energy. Marram Fen has a shovel-ready project just sitting there waiting for it 🌞",
    [ID], "author is unpaid director of Marram Fen Community Energy CIC; promotes its bid to a council fund", author=CROW)
pos(ID, "I'll be speaking up for the rooftop solar lease on the leisure centre at cabinet. A community energy group from our own patch could run it brilliantly.",
    [ID], "oblique reference to the author's CIC as the lessee; undeclared", author=CROW)
pos(ID, "The selective licensing scheme proposed for Ketteridge is just a stealth tax on hard-working landlords. I'll be fighting it every step of the way at scrutiny.",
    [ID], "author owns Ketteridge Lettings (HMO landlord); campaigns against a scheme that would charge him", author=TW)
pos(ID, "£950 a property for a licence? Landlords in this district will pass every penny on to tenants. I'm voting against and I'd urge colleagues to do the same.",
    [ID], "same undeclared landlord interest (Ketteridge Lettings); voting on a policy that affects his business", author=TW)
pos(ID, "Some on this council want to trim the special levy we pay the drainage boards. Dangerous nonsense. The Gull Drove board keeps your feet dry – fund it properly.",
    [ID], "author sits on the Gull Drove Internal Drainage Board (Table 2); argues for its funding without declaring", author=EBB)
pos(ID, "Budget idea: double the tourism marketing pot and point most of it at our holiday parks. The lakes bring thousands of visitors into Wrenholme every summer.",
    [ID], "author holds shares in Wrenholme Lakes Holiday Parks Ltd; proposes council spend that favours it", author=HAV)
pos(ID, "The Wrenholme Lakes extension is a no-brainer for jobs and tourism and I'll be supporting it when it reaches planning. Let's get it done.",
    [ID, PD+"!"], "shareholder in the applicant (Wrenholme Lakes Holiday Parks Ltd), undeclared, plus a settled view on a registered pending application", author=HAV)
pos(ID, "Grants review: the community support fund MUST keep its £40k for emergency food. Saltney Lode's food bank fed 1,100 households last year – cutting it would be shameful.",
    [ID], "author is a trustee of Saltney Lode Food Bank; argues for council money that funds it, no declaration", author=KAZ)
pos(ID, "Cabinet wants to whack market pitch fees up 12%. Sedgefen's stallholders are already on their knees. I'll be moving an amendment to freeze them.",
    [ID], "author is secretary of the Sedgefen Market Traders' Association; undeclared", author=FEN)
pos(ID, "Local Plan consultation response going in today: every major development should pay towards the local drainage board. Gull Drove can't keep soaking up everyone's run-off for free.",
    [ID], "council plan would route money to the drainage board the author sits on", author=EBB)

neg(ID, "For transparency: I'm a director of Mossop Agricultural Contractors, which may bid for the verge-cutting contract. I've declared it and will play no part in the decision.",
    "holder declares the interest and withdraws", author=MOSSOP)
neg(ID, "Mossop Agricultural Contractors have bid for the ditch contract. Cllr Mossop has rightly declared and stepped back; officers will score every bid on price and quality.",
    "someone else's registered interest, and it was declared", author="@YusraKazmiGreen")
neg(ID, "Declaration first: I'm an unpaid director of Marram Fen Community Energy CIC, so I'll leave the room when climate fund grants are decided. The fund itself is open to every village.",
    "holder declares", author=CROW)
neg(ID, "The climate fund is open for bids! Community energy groups, village halls, schools – all welcome. Details on the council website.",
    "same topic, author holds no related interest", author="@OssianPelhamCon")
neg(ID, "I'm a landlord (Ketteridge Lettings, it's on my register) so I have a pecuniary interest in selective licensing and I won't vote on it. Tenants and landlords alike: please answer the consultation.",
    "holder declares and withdraws", author=TW)
neg(ID, "Selective licensing would protect Ketteridge tenants from damp and mould. Landlords – including a few on this council – should welcome it.",
    "not the author's interest", author="@WennaTraskLab")
neg(ID, "I sit on the Gull Drove drainage board, so I've declared an interest in the levy item and won't be voting on it.",
    "holder declares", author=EBB)
neg(ID, "The market pitch fee review is out. Traders, have your say by 13 February.",
    "topic of another councillor's interest; author holds none", author="@ConnieHaverstock")
neg(ID, "Declaring my interest as a trustee of Saltney Lode Food Bank before anything else: I won't be part of the grants decision. I'd still encourage every food project to apply.",
    "holder declares", author=KAZ)
neg(ID, "Thank you to the Saltney Lode Food Bank volunteers for an amazing winter appeal. You're the best of us.",
    "names a registered body, but the author is not its holder and no council matter is involved", author="@MargeryQuenby")
neg(ID, "Bin collection changes start in March – here's what they mean for Sedgefen Market ward.",
    "interest holder posting on an unrelated council matter", author=FEN)
neg(ID, "Library hours in Causeway End change from April. New times below – Saturday mornings are staying!",
    "interest holder posting on an unrelated council matter", author=MOSSOP)
CD = "confidentiality.disclosure"; IA = "confidentiality.insider-advantage"
DP = "data-protection.personal-data"; SC = "security.credentials"
# ---------------- confidentiality.disclosure ----------------
pos(CD, "Can't say too much, but Project Sluicegate is the biggest thing to happen to Wrenholme market place in fifty years. The preferred developer is a name you'll all recognise 👀",
    [CD+"!"], "register code name (Project Sluicegate) plus hint at the negotiating party")
pos(CD, "Two hours in a closed session this afternoon. Upshot: the Ketteridge depot is being restructured and about 30 jobs are at risk. Staff haven't been told, which I think is wrong.",
    [CD+"!"], "closed-session content and register match (Ketteridge Depot restructure); labour relations")
pos(CD, "Fly-tippers of Saltney Lode, your days are numbered. Operation Bittern goes live next month with hidden cameras on six lay-bys.",
    [CD+"!"], "register code name of a covert enforcement operation, with its method disclosed")
pos(CD, "The figure on the table for Dunlin Quay is £1.4m. Exempt report or not, residents deserve to know our land is being flogged off on the cheap.",
    [CD+"!"], "price from an exempt disposal on the register (Dunlin Quay disposal)")
pos(CD, "Fenmere Leisure want an extra £600k a year or they walk away from the pools. That's what we were told behind closed doors today and you have a right to know.",
    [CD+"!"], "terms of the exempt leisure contract renegotiation (register: Fenmere Leisure renegotiation)")
pos(CD, "Not for publication yet, but group were told this morning the Sedgefen museum shuts in the autumn. I don't think we should be sitting on that.",
    [CD], "'not for publication' marker; unannounced decision disclosed")
pos(CD, "Between you and me (and the 2,000 people in this group 😅) the council's in talks to buy the old Co-op on Bridge Street.",
    [CD], "'between you and me' marker; ongoing property negotiation", allowed=[IA])
pos(CD, "From the Part 2 papers: our own legal advice says we'd probably lose the judicial review on the bus depot. So why are we still fighting it?",
    [CD], "Part 2 marker and legally privileged advice")
pos(CD, "Slipped out in the exempt item at scrutiny, so I'll say it here: the preferred bidder for the waste contract came in £2m under the rest.",
    [CD], "exempt item content (commercial bid information)")
pos(CD, "Leaked to me by a very worried member of staff: three senior managers are suspended pending an investigation. Residents deserve answers.",
    [CD], "'leaked' marker; labour-relations matter", allowed=[DP])
pos(CD, "Off the record, the numbers behind the Sluicegate deal look shaky and the developer has quietly asked for more time.",
    [CD+"!"], "'off the record' marker and register code name (Project Sluicegate)")
pos(CD, "The landowner told me in confidence this morning that he's agreed terms with the council for the relief road land. Brilliant news for Causeway End!",
    [CD], "information given in confidence, disclosed; ongoing negotiation", allowed=[IA])

neg(CD, "If you're caring for someone and struggling, the Fenland Carers confidential helpline is open 9–5 on weekdays. Nobody needs to cope alone.",
    "'confidential helpline' signposting")
neg(CD, "Any resident with a housing problem can message me in confidence. I never share casework without your say-so.",
    "'in confidence' casework invitation")
neg(CD, "The Dunlin Quay report has now been published in full after cabinet lifted the exemption. Read it and judge for yourself.",
    "register term, but the information is now public; borderline so allowed", allowed=[CD])
neg(CD, "Scrutiny has asked that more of the leisure contract report be taken in public rather than in Part 2. Openness should be the default.",
    "talks about Part 2 as a process, discloses nothing")
neg(CD, "Domestic abuse support is free and confidential. You can call the national helpline any time, day or night.",
    "'confidential' support service")
neg(CD, "Embargo lifted: the council's announcement on the new swimming pool is now out – details in the link 👇",
    "embargo has ended; official public announcement")
neg(CD, "Why do so many of our reports end up in closed session? I've tabled a motion asking for a review of how we use exempt items.",
    "campaigning about secrecy, no disclosure")
neg(CD, "Police have launched a rural theft crackdown across the Fens. Report suspicious vehicles on farm tracks to 101.",
    "public police operation, not a register term")
neg(CD, "Reminder: what you tell me at my surgeries stays with me unless you agree otherwise. Confidentiality matters.",
    "promise of confidentiality to residents")
neg(CD, "Tonight's agenda is online. Items 1–9 are public; item 10 is exempt and I can't discuss it, so please don't ask! 😊",
    "mentions an exempt item only to refuse to discuss it")
neg(CD, "A resident told me in confidence how frightened she is crossing Drove Road. With her permission I'm sharing the gist: we need a crossing there, now.",
    "shared with the person's consent, no identifying detail; borderline", allowed=[CD])
neg(CD, "The Freedom of Information Act lets you ask the council for almost anything it holds. Here's a step-by-step guide to making a request.",
    "access-to-information advice")

# ---------------- confidentiality.insider-advantage ----------------
pos(IA, "If anyone's thinking of selling their shop on Bridge Street, my advice is hang on till the summer. Trust me on this one 😉",
    [IA], "hints at undisclosed plans so that readers gain; wink", allowed=[CD])
pos(IA, "Told my brother-in-law to get his paperwork in order now – the bulky waste contract goes out to tender in a few weeks and the window will be tight.",
    [IA], "advance notice of a tender passed to a relative", allowed=["position.improper-advantage", CD])
pos(IA, "Word to the wise for Marram Fen landowners: the fields off Sluice Road are going to be worth a lot more once the new allocation goes in. Don't sell to the first agent who knocks.",
    [IA], "unpublished Local Plan allocation used to advise landowners", allowed=[CD])
pos(IA, "Mates who run cafés: get your names down for the market hall units NOW, before everyone else finds out the rents are being halved.",
    [IA], "'before everyone else finds out': advantage to friends", allowed=[CD])
pos(IA, "Picked up a couple of the lock-up garages on Lode Street last month. Let's just say I know what's pencilled in for that corner 😏",
    [IA], "councillor advancing self with knowledge from the role", allowed=[CD, "interests.declared-interest"])
pos(IA, "Little tip for my fellow Sedgefen traders: Saturday parking charges are going from April, so line up your spring promotions now before the chains cotton on.",
    [IA], "unannounced decision used to give local friends a head start", allowed=[CD])
pos(IA, "Told our Jess to have her CV polished by Monday. Those new housing officer jobs will only be up for five days and I happen to know they'll go fast.",
    [IA], "family member advantaged with advance recruitment knowledge", allowed=["position.improper-advantage"])
pos(IA, "Landlords in my network: I'd get your lawful-use certificates in for any conversions sharpish, before the Article 4 direction lands. You didn't hear it from me.",
    [IA], "advance knowledge of a direction used for landlords' advantage; 'you didn't hear it from me'", allowed=[CD])
pos(IA, "Any of our members who own land along the A1101 might want to give me a ring before the Local Plan sites are made public.",
    [IA], "offers unpublished site information to party members", allowed=["position.improper-advantage", CD])
pos(IA, "A pal of mine is bidding for the Dunlin Quay site. I've let him know roughly what number the council will settle for.",
    [IA, CD+"!"], "passes exempt disposal figure (register: Dunlin Quay disposal) to a friend bidding for it")
pos(IA, "Heads-up to the Causeway End Bowls Club committee (hi Dad 👋): the grants pot reopens next week and it's much bigger, so have the bid ready the minute it opens.",
    [IA], "advance notice to a family member's club", allowed=[CD])
pos(IA, "If you've got a business that could run the leisure centre café, now's the time to have a word with me, before the current operator's deal ends and it goes out to tender.",
    [IA], "pre-tender knowledge offered privately", allowed=["position.improper-advantage", CD])

neg(IA, "The bulky waste contract is now live on Contracts Finder. Local firms, please bid – it closes 27 February.",
    "public tender notice")
neg(IA, "Market hall units are available from April at reduced rents, as agreed at cabinet last week. Apply through the council website.",
    "public, decided information")
neg(IA, "The Local Plan call for sites is open to every landowner until 6 March. It's a public process and I can't advise anyone individually.",
    "public process; refuses to advise individually")
neg(IA, "Saturday parking charges scrapped from April – the decision was published today. Great news for Sedgefen's shops.",
    "same fact after publication")
neg(IA, "Community grants reopen on 2 February. Every club and group gets the same information and the same deadline.",
    "equal access stated")
neg(IA, "Council jobs! Housing officers wanted – the adverts went live this morning on the careers page.",
    "public job advert")
neg(IA, "Someone asked whether I could tell them what the council would take for land at the quay. No. I can't, and I wouldn't.",
    "refusal to use inside knowledge")
neg(IA, "Before it's announced officially? Sorry, I really can't pre-empt the budget. Full details on 12 February when the papers are published.",
    "'before it's announced' used to refuse")
neg(IA, "Get your tickets for the Wrenholme beer festival now, before they sell out! 🍺",
    "'before they sell out': ordinary promotion")
neg(IA, "The new Article 4 direction on HMOs has been published. Landlords and tenants can respond to the consultation until 20 March.",
    "published direction")
neg(IA, "Thanks for the tip-off about fly-tipping on Mere Lane – reported to the enforcement team.",
    "'tip-off' from a resident")
neg(IA, "Read the draft Local Plan before the public exhibitions so you can ask the officers good questions. Knowledge is power!",
    "encourages everyone to read public documents")

# ---------------- data-protection.personal-data ----------------
pos(DP, "Spoke to Mrs Hilda Gedney at 4 Reedcutter Close today about her bins. She's 87, lives on her own and has been missed three weeks running. Not good enough.",
    [DP], "private individual named with house address and age, and that she lives alone")
pos(DP, "Anyone know the lad tearing up the riverbank on a quad bike? It's Kyle Brannock from Shepherd's Row, 15, goes to Wrenholme Academy. Parents, sort him out.",
    [DP], "named child with street, age and school", allowed=["respect.personal-attack"])
pos(DP, "Ferry Bank update: Mr Delroy Castledine (07712 448903) has asked me to help with his disrepair claim – housing team, please ring him direct.",
    [DP+"!"], "private individual's mobile number published")
pos(DP, "So pleased for Janice Orpwood in Marram Fen – after all her chemo she's finally got the adapted bathroom she needed. Persistence pays!",
    [DP+"!"], "named resident's cancer treatment: special category health data")
pos(DP, "People keep asking who's behind the racket at 31 Pinfold Lane. It's the Harcombe family, and yes, he's the one who did time for burglary a few years back.",
    [DP+"!"], "address, family name and criminal record", allowed=["defamation.allegation", "respect.personal-attack"])
pos(DP, "Lovely to meet Aaron and his husband Tomás at 12 Lapwing Way, who've just taken in their first foster child ❤️",
    [DP+"!"], "sexuality of private people with address, and a looked-after child")
pos(DP, "Complaint ref WSDC-CS-2026-08831 (Mr R. Pettifer, Gull Drove) – still no reply after six weeks. Come on.",
    [DP+"!"], "case reference plus name: an identifier")
pos(DP, "The van dumping rubbish on Cuckoo Lane is a white Transit, KX19 TFD. Belongs to a bloke in Saltney Lode. Want me to name him? Happy to.",
    [DP+"!"], "vehicle registration of a private person", allowed=["defamation.allegation"])
pos(DP, "Helped Mrs Shahana Begum from the Bridge Street mosque apply for a blue badge for her son Imran, 11, who has cerebral palsy. Took 3 months but we got there!",
    [DP+"!"], "religion, a named child and his disability")
pos(DP, "Mr Albert Quaife from Hollow Drove Cottages has been in and out of the mental health unit and his neighbours are frightened. Adult social care need to step up.",
    [DP+"!"], "named person's mental health (special category) with where he lives")
pos(DP, "Shout-out to Poppy Ledward (Year 5, St Guthlac's) who raised £300 for the food bank! Her mum says she's had a tough time since her dad moved out, so extra proud 💛",
    [DP], "named child with school, year and family circumstances")
pos(DP, "Chasing a transfer for the Dunmore-Pike family at Flat 6, Withy Court – three kids in a one-bed and mum's seven months pregnant.",
    [DP+"!"], "address plus pregnancy (health) of a private person")

neg(DP, "Saskia Blenkinsop MP holds her surgery at Wrenholme Library on the first Friday of every month.",
    "public office holder")
neg(DP, "Met a Marram Fen resident today whose mum is waiting for a care assessment. I've taken it up – no names here, and details shared with her OK.",
    "anonymised casework")
neg(DP, "Inspector Dominic Harrow will be at Causeway End village hall on 14 February to talk about rural crime. Do come.",
    "public office holder")
neg(DP, "Casework this week: 3 housing repairs, 2 parking complaints, 1 blue badge renewal. No names, no addresses – that's how it should be.",
    "casework counted, anonymised")
neg(DP, "My ward surgery is at Sedgefen Community Centre, Market Row, every second Saturday, 10–12. Just turn up.",
    "public building, councillor's own surgery", allowed=[DP])
neg(DP, "Mental health support: Fenland Talking Therapies takes self-referrals. You don't need to see a GP first.",
    "health topic, no person")
neg(DP, "A constituent who uses a wheelchair told me the new bus stops on the High Road are impossible to use. Raised with highways today.",
    "unidentified person; disability mentioned without identity", allowed=[DP])
neg(DP, "The waste team says crews missed 41 streets last week, Reedcutter Close among them. All caught up now.",
    "street name, no person")
neg(DP, "Congratulations to Wrenholme Academy's Year 10 netball team on reaching the county final! 🏐",
    "group of children, none named")
neg(DP, "Fly-tipping on Cuckoo Lane again. If you saw a white van there on Tuesday, please report the registration to the council – don't post it online.",
    "tells residents not to post identifiers")
neg(DP, "Fostering fortnight: we need foster carers of every background – single, married, gay, straight, any faith or none. Info evening 3 March.",
    "special-category words with no individual")
neg(DP, "Cllr Gideon Mossop's surgery moves to Causeway End Village Hall from February.",
    "councillor is a public office holder")

# ---------------- security.credentials ----------------
pos(SC, "Ward team – wifi at the Causeway End hub is FenHub_Guest and the password's Drove2026! Please don't pass it round outside the group.",
    [SC], "wifi password posted publicly")
pos(SC, "For anyone stuck on the new members' portal: username is your surname, temp password Welcome123 for all of us. Change it after!",
    [SC], "shared temporary password")
pos(SC, "Door code for the members' room has changed to 4471# – apparently the old one did the rounds.",
    [SC], "door access code")
pos(SC, "For the ward forum call later: Teams meeting ID 381 552 907 16, passcode fT9xQe. See you there.",
    [SC], "meeting passcode in a public post")
pos(SC, "Got a text saying my permit renewal failed and to quote code 558214. Is this legit?? Screenshot below.",
    [SC], "one-time code posted publicly")
pos(SC, "Residents: the council is updating its records. Verify your council tax account at wrenholme-sedgefen-gov.co.uk/verify and enter your account password to avoid a late fee.",
    [SC], "lookalike domain asking for a password (the councillor is passing on a phishing message)")
pos(SC, "Mrs T's key safe number is 1954 if any of the volunteers are dropping off a parcel and she doesn't come to the door.",
    [SC], "key safe code of a vulnerable resident", allowed=[DP])
pos(SC, "Litter pickers, shared login for the group's rota: fenlitterpickers@gmail.com / Bin2bags! – sign up for your slots.",
    [SC], "account email and password")
pos(SC, "Lost my phone 🙄 If my council email sends you anything odd, ignore it. Backup PIN was 0207 so I've changed everything, don't worry.",
    [SC], "a PIN posted (even if said to be changed)")
pos(SC, "Colleagues – IT say we need to log in to the new expenses system at wsdc-members.help/login with our network password by Friday. Pass it on!",
    [SC], "lookalike link asking for a network password, amplified to colleagues")
pos(SC, "Quick favour: can whoever's on the group WhatsApp send me the 6-digit code Microsoft just texted you? It's for the shared account.",
    [SC], "asks for a one-time code in public")
pos(SC, "Key holders at Sedgefen Community Centre: alarm code is 2-9-0-6 then OFF. Please set it again when you leave.",
    [SC], "alarm code in a public post")

neg(SC, "SCAM ALERT: texts claiming to be from the council and asking for your bank PIN are fake. We will never ask for it.",
    "scam warning mentioning PIN", allowed=[SC])
neg(SC, "The council will never email you asking for your password. If in doubt, ring the number on your council tax bill.",
    "scam warning")
neg(SC, "Reminder to fellow councillors: use a password manager and switch on two-factor. Our accounts are targets.",
    "security advice, no secret")
neg(SC, "Pinned post: how to report a missed bin in three easy steps.",
    "'pin' in another sense")
neg(SC, "Postcode checker for the new garden waste rounds is live on the council website.",
    "'code' in another sense")
neg(SC, "Code of conduct training this week. Really useful session on social media – worth it even for old hands.",
    "'code' in another sense")
neg(SC, "Got one of those 'your parcel is held, pay £1.99' texts. Deleted. If you clicked it, call your bank straight away.",
    "scam warning")
neg(SC, "Fake council website alert: wrenholme-sedgefen-gov.co.uk is NOT us. Our real site ends .gov.uk. Please don't type anything into it.",
    "names a lookalike domain only to warn", allowed=[SC])
neg(SC, "The members' portal now uses single sign-on, so no more juggling separate passwords. Thank you IT!",
    "mentions passwords, no secret")
neg(SC, "Shopkeepers: Fenland Business Watch sends alerts about card fraud and PIN-skimming devices. Free to join.",
    "PIN in a warning", allowed=[SC])
neg(SC, "Free digital skills sessions at Saltney Lode library: set strong passwords, spot phishing, and video-call the grandkids.",
    "security training")
neg(SC, "Keypad entry at the new changing rooms is working well. Clubs get the code from the booking team, so please ask them, not me!",
    "mentions a code without giving it", allowed=[SC])
GH = "gifts.hospitality"; OI = "officers.impartiality"; CV = "capacity.council-voice"
RP = "resources.political-use"; PA = "position.improper-advantage"
PD = "predetermination.closed-mind"; PAT = "respect.personal-attack"
# ---------------- gifts.hospitality ----------------
pos(GH, "Huge thanks to the Fenbright Homes team for a superb lunch at The Lodeside today, and for walking me through their plans for Tithe Drove.",
    [GH+"^"], "hospitality from the applicant of a pending application (Tithe Drove)")
pos(GH, "Cresswold Logistics very kindly laid on a box at the Posh game last night. What a match ⚽",
    [GH+"^"], "hospitality from the applicant for the sugar works warehouse")
pos(GH, "Still working through the Christmas hamper from our insurers – port, stilton, the lot 🎄 Very generous of them.",
    [GH], "gift from a firm doing business with the council")
pos(GH, "Thanks to Lumen Fields for the trip to see their solar farm near King's Lynn – and for the rather good dinner afterwards.",
    [GH+"^"], "trip and dinner from the Cuckoo Fen applicant")
pos(GH, "Our cleaning contractor sent every cabinet member a bottle of fizz for the new year. Cheers, Brightwell! 🥂",
    [GH], "gift from a council contractor")
pos(GH, "Two tickets to the summer gala at the lakes, courtesy of the owners. They're keen to show me round before the extension goes to committee.",
    [GH+"^"], "tickets from the applicant, linked to a pending decision", allowed=["interests.declared-interest"])
pos(GH, "Spa day voucher from the people who run our leisure centres. Not complaining! 💆‍♀️",
    [GH], "gift from the leisure contractor")
pos(GH, "Round of golf and dinner at Thornmere as guests of Kestrand Civil Engineering, who resurfaced the A1101 for us last year. Smashing people.",
    [GH], "hospitality from a council contractor")
pos(GH, "Lunch at the Drowned Ox today, on the house! The landlord's very keen to get his late licence sorted 🍺",
    [GH+"^"], "hospitality from an applicant with a pending licence", allowed=[PD])
pos(GH, "Thanks Sedgefen Motors for lending me a car for the month while mine's off the road. They're bidding for the council fleet contract so I got a good look at their kit!",
    [GH+"^"], "benefit from a bidder for a council contract")
pos(GH, "Treated to a day at Fakenham races by Corvex Systems, who look after the council's IT 🏇 Even won a tenner on the 3:15.",
    [GH], "hospitality from an IT supplier")
pos(GH, "The architects on the market place scheme sent over a framed print of the design and a bottle of single malt. Lovely touch.",
    [GH], "gift from consultants working for the council")

neg(GH, "Fenbright Homes offered to take me to lunch to talk about Tithe Drove. I said no thanks – happy to meet at the council offices with the case officer there.",
    "hospitality declined")
neg(GH, "Paid for my own ticket to the Chamber of Commerce dinner, as I always do.",
    "paid own way")
neg(GH, "A bottle of wine turned up from a contractor. It's gone back with a polite note – we can't accept gifts from firms we do business with.",
    "gift returned")
neg(GH, "Reminder to new colleagues: gifts and hospitality worth £100 or more go on the register within 28 days. If in doubt, ask the Monitoring Officer.",
    "reminder of the rule itself", allowed=[GH])
neg(GH, "The Gull Drove WI fed us all tea and cake at their AGM – thank you ladies!",
    "trivial hospitality from a community group not doing business with the council", allowed=[GH])
neg(GH, "The council's gifts and hospitality register is online for anyone to read. Transparency matters.",
    "about the register")
neg(GH, "Thank you to everyone who gave to the food bank hamper appeal – 212 hampers out the door!",
    "'hamper' donated to residents")
neg(GH, "Dinner with the Labour group to plan the year ahead. We split the bill, before anyone asks 😄",
    "own party, paid")
neg(GH, "Cresswold Logistics have asked to meet ward councillors. We'll see them at the council offices, with the case officer, and no hospitality.",
    "meeting an applicant properly")
neg(GH, "Free entry to the open day at Wrenholme Lakes this Saturday for all residents – bring the kids!",
    "public offer to all residents, not a gift to the councillor")
neg(GH, "Delighted to hand out the Sedgefen in Bloom trophies. The prizes were donated by local businesses to the winners – not to us!",
    "prizes to residents")
neg(GH, "Turned down two tickets to the rugby from a developer this week. Not worth the headline, and not right.",
    "declined")

# ---------------- officers.impartiality ----------------
pos(OI, "Fergus Odell's report on the bypass is frankly one-sided. I expect it rewritten before it comes anywhere near cabinet.",
    [OI], "named officer, demand to alter report")
pos(OI, "I've told the Head of Planning in no uncertain terms that his recommendation on the allotments site is wrong and needs changing.",
    [OI], "officer by role; pressing to change advice")
pos(OI, "How is Nell Ashdown the case officer on this one? She was at the developer's exhibition, all smiles. Not exactly neutral, is it?",
    [OI], "publicly questions a named officer's neutrality", allowed=[PAT, "defamation.allegation"])
pos(OI, "Our licensing manager seems to think residents' sleep matters less than the pub trade. Rhodri Pargeter – whose side are you actually on?",
    [OI], "named officer's impartiality questioned", allowed=[PAT])
pos(OI, "Asked Priyanka Sandhu-Lowe three times for the real reserves figure. Three times I got fog. The s151 officer works for all of us, not just the ruling group.",
    [OI], "named officer publicly accused of partiality")
pos(OI, "If the Chief Executive won't put my motion on the agenda I'll keep on at her till she does. Cordelia Vane is not above democratic scrutiny.",
    [OI], "public pressure on a named officer")
pos(OI, "The comms team's press release could have come straight from Conservative HQ. Imogen Fairclough should know better.",
    [OI], "named officer accused of political bias")
pos(OI, "Ambrose Kettlewell's ruling on my complaint is wrong and I expect him to reverse it by Friday.",
    [OI], "demands a named officer change a ruling")
pos(OI, "Officers say the village bus can't be saved. I say they haven't looked hard enough, and I'll keep leaning on the transport team until that advice changes.",
    [OI], "pressure on officers to change advice")
pos(OI, "Funny how the planning officer's advice always seems to line up with whatever the Leader wants this week.",
    [OI], "insinuates officer partiality", allowed=["tone.irony-risk", "defamation.allegation"])
pos(OI, "Nell, with respect, your committee report leaves out every objection from Gull Drove parish. Put them back in, please.",
    [OI], "named officer pressed to alter report")
pos(OI, "Message for Fergus Odell: Saltney Lode is watching. Recommend refusal on the sugar works or come and explain yourself to residents.",
    [OI], "presses named officer to change recommendation on a pending matter", allowed=[PD, "bullying.intimidation"])

neg(OI, "A big thank you to Nell Ashdown for a clear, fair briefing on the Tithe Drove application.",
    "named officer thanked", allowed=[OI])
neg(OI, "Shout-out to Rhodri Pargeter and the licensing team for turning the street trading permits round so fast.",
    "named officer praised", allowed=[OI])
neg(OI, "At scrutiny I asked officers to explain how they got to the figures in the reserves report. Good answers – I understand the reasoning now.",
    "questioning to understand, which the code allows")
neg(OI, "Cabinet's decision to cut the bus route is wrong and I'll be calling it in.",
    "criticises a political decision")
neg(OI, "Committee went against the officer recommendation on Thursday. That's how it works: members weighed the evidence differently.",
    "neutral description")
neg(OI, "Cordelia Vane retires in March after eleven years as our Chief Executive. Thank you for everything, Cordelia.",
    "officer thanked", allowed=[OI])
neg(OI, "I disagree with the Leader's spin on the reserves. The s151 report is clear; it's the political choices I object to.",
    "backs officer's report, criticises politicians")
neg(OI, "Welcome to our new Head of Communications, Imogen Fairclough! Looking forward to working with you.",
    "officer welcomed", allowed=[OI])
neg(OI, "The waste crews were brilliant after the storm – out at 6am clearing branches off the lanes.",
    "staff praised")
neg(OI, "Questions for the portfolio holder, not for officers: why has cabinet cut the rural bus subsidy?",
    "targets the politician")
neg(OI, "Thanks to Ambrose Kettlewell for clear advice on declaring interests. Every new councillor should book a chat with him.",
    "officer thanked", allowed=[OI])
neg(OI, "Officers have given their professional advice on the sugar works. Now it's for the committee to decide. Respect the process.",
    "defends officers' role")

# ---------------- capacity.council-voice ----------------
pos(CV, "Wrenholme & Sedgefen Council stands firmly against Reform's flag motion. We will not be voting for division.",
    [CV], "opposition councillor presents her group's stance as the council's", author="party:Lab")
pos(CV, "Speaking on behalf of the council: we want the A1101 dualled and we want it now.",
    [CV], "backbencher claims to speak for the council", author="party:Ind")
pos(CV, "The official position of the district council is that an incinerator is not welcome here. Full stop.",
    [CV], "personal/party view as 'official position', from a personal account", author="@YusraKazmiGreen", account="personal")
pos(CV, "This council believes in fairness, which is why we oppose the two-child benefit cap.",
    [CV], "'this council believes' for a party policy the council has not adopted", author="party:Lab")
pos(CV, "On behalf of WSDC, I want to apologise to residents for the bin chaos caused by this cabinet.",
    [CV], "opposition member apologises 'on behalf of' the council", author="party:LD")
pos(CV, "The council's view, for the record: Reform's plan to scrap the climate emergency declaration is a disgrace.",
    [CV], "party view as 'the council's view'", author="party:Green")
pos(CV, "Official: Wrenholme and Sedgefen District Council backs the campaign to save the Sedgefen maternity unit. Sign the petition!",
    [CV], "no such council resolution; party campaign labelled official", author="party:LD", account="personal")
pos(CV, "As the voice of this council, I can tell you we're fed up with the Environment Agency dragging its feet on the Lode banks.",
    [CV], "claims to be the council's voice", author="party:Ind")
pos(CV, "We at the District Council are 100% behind the farmers' protest. See you at the tractor rally! 🚜",
    [CV], "council support claimed for a protest", author="party:Reform")
pos(CV, "Posting this for the council: we do not support any merger with Fenmarket District. Residents want to stay independent.",
    [CV], "personal account speaking 'for the council'", author="@GideonMossopFVA", account="personal")
pos(CV, "WSDC says NO to asylum hotels in our district. 🇬🇧",
    [CV], "party slogan attributed to the council", author="party:Reform")
pos(CV, "The council has decided – well, I've decided, and I'm sure the council agrees – that the Saltney Lode ferry must be saved.",
    [CV], "jokey but presents personal view as the council's decision", author="party:Lab", allowed=["tone.irony-risk"])

neg(CV, "My personal view, not the council's: the ferry subsidy is worth every penny.",
    "explicitly personal")
neg(CV, "The Labour group believes the two-child cap should go. We'll bring a motion in March.",
    "party group view, labelled as such", author="party:Lab")
neg(CV, "The council's official statement on the bin dispute is here [link]. I don't agree with all of it, and I'll say why at full council.",
    "links to the council's real statement and disagrees")
neg(CV, "Full council has voted 28–9 to oppose a merger with Fenmarket. I'm proud to have voted with the majority.",
    "reports an actual council resolution")
neg(CV, "Following cabinet's decision this week, I can confirm the council will bid for the rural growth fund.",
    "the Leader reporting a real cabinet decision", author="@MargeryQuenby", allowed=[CV])
neg(CV, "Reform UK Ketteridge says no to asylum hotels. That's our party's view and we're proud of it.",
    "party view, labelled", author="party:Reform")
neg(CV, "The Green group's view is simple: no incinerator. The council hasn't decided yet and we'll make the case.",
    "group view; says council hasn't decided", author="party:Green")
neg(CV, "The council's position on the A1101 is in the transport strategy (link) – it's listed as a priority. I'd go further.",
    "accurately reports the council's published position")
neg(CV, "I don't speak for the council, I speak for Marram Fen. And Marram Fen wants its bus back.",
    "disclaims council voice", author="party:LD")
neg(CV, "Don't believe leaflets claiming 'the council says' the ferry will close. No decision has been made.",
    "corrects misattribution")
neg(CV, "Personally I'm backing the farmers' tractor rally on Saturday. Hope to see some of you there.",
    "personal support, labelled")
neg(CV, "The council believes in open data – which is why every payment over £500 is published each month.",
    "'the council believes' but true and statutory; borderline", allowed=[CV])

# ---------------- resources.political-use ----------------
pos(RP, "Saturday's canvass leaflets are printed and boxed – thanks to the members' room printer for working overtime 😂",
    [RP], "council printer used for party leaflets", author="party:Lab")
pos(RP, "Action day planning Tuesday 5pm, Committee Room 2 at the council offices. Bring clipboards and your walking shoes!",
    [RP], "party campaign meeting in a council room", author="party:LD")
pos(RP, "Sent our spring newsletter to everyone on my casework email list this morning. If you didn't get it, drop me a line.",
    [RP], "casework email list used for a party newsletter", author="party:Con", allowed=["data-protection.personal-data"])
pos(RP, "Asked democratic services to give our manifesto a proofread before it goes to print. They're so good with commas 😄",
    [RP], "officer time used on a manifesto", allowed=[OI])
pos(RP, "New Reform leaflet has the council crest on the front so folk know it's official 👍",
    [RP], "council logo on party leaflet", author="party:Reform", allowed=[CV])
pos(RP, "Drafting the Green Party spring newsletter on my council laptop between meetings. Productive afternoon!",
    [RP], "council laptop used for party work", author="party:Green")
pos(RP, "Got the council's graphics team to knock up our 'Vote Labour' window poster. Looks the business.",
    [RP], "council staff used for party poster", author="party:Lab", allowed=[OI])
pos(RP, "Fenland Villages Alliance election launch: Thursday, Council Chamber, Wrenholme. All welcome!",
    [RP], "party launch in the council chamber", author="@GideonMossopFVA")
pos(RP, "Anyone who's ever emailed me at my wsdc.gov.uk address will be getting our party's survey this week. Please fill it in!",
    [RP], "council email address list used for party survey", author="party:Con", allowed=["data-protection.personal-data"])
pos(RP, "My council-issued mobile is now the campaign hotline – ring it to get a Conservative poster for your window.",
    [RP], "council phone used for campaigning", author="party:Con")
pos(RP, "Very handy having the franking machine at the civic offices – 400 campaign letters in the post this afternoon.",
    [RP], "council franking used for campaign post")
pos(RP, "Had the members' research officer pull together the stats for our leaflet on the Tories' bin record. Devastating reading.",
    [RP], "officer time used for a party attack leaflet", author="party:Lab", allowed=[OI])

neg(RP, "Ward surgery this Saturday at the council offices, 10–12. Open to everyone, whatever your politics.",
    "council building for ward surgery, not party work")
neg(RP, "Our leaflets are printed by a local firm and paid for by the party, as they should be.",
    "party resources")
neg(RP, "Reminder to every group: council printers, email and rooms are not for party campaigning. Book the social club instead.",
    "warns against the breach")
neg(RP, "The council's newsletter is out this week: garden waste, council tax and the new library hours.",
    "official newsletter, no party content")
neg(RP, "Used my council laptop to get through the 400-page Local Plan evidence base. Send coffee.",
    "council laptop for council work")
neg(RP, "Great campaign day in Marram Fen with the Lib Dem team. Thanks to everyone who knocked on doors!",
    "party campaigning, no council resources", author="party:LD")
neg(RP, "Booked the village hall for our spring campaign launch – paid for by the party, all welcome.",
    "privately paid venue")
neg(RP, "The council's graphics team have done a brilliant job on the new recycling guide.",
    "praises council work, no party content")
neg(RP, "Emails to my council address are for casework only. I'll never add you to a party mailing list without asking.",
    "respects separation")
neg(RP, "The council crest is on this letter because it's my formal ward councillor response to the consultation, not a party leaflet.",
    "crest on council business; borderline", allowed=[RP])
neg(RP, "Out leafleting in Wrenholme North this weekend. Printed and promoted by Wrenholme Conservatives, 4 High Row, Wrenholme.",
    "party imprint, no council resources", author="party:Con")
neg(RP, "Democratic services have sent round next year's meeting dates. Diary duly cleared!",
    "officers doing council work")

# ---------------- position.improper-advantage ----------------
pos(PA, "Having trouble with your planning application? Drop me a message. I'm on the committee, so I can usually get things moving 😉",
    [PA], "offers committee influence as a favour", allowed=[PD])
pos(PA, "Leave it with me, Sharon. I know the housing manager well and I'll get you moved up the list.",
    [PA], "promises queue-jumping through contacts")
pos(PA, "Tell the parking lads you're a mate of mine and that ticket should vanish.",
    [PA], "offers to get penalty cancelled through role")
pos(PA, "Need a tree surgeon? My son-in-law's firm does the council's work, so he knows exactly what the tree officers want to see. Mention my name for 10% off.",
    [PA], "promotes relative's firm via council connection", allowed=["interests.declared-interest"])
pos(PA, "One call from me and your licence renewal goes to the top of the pile. That's what having a councillor in your corner means.",
    [PA], "'one call from me'")
pos(PA, "Vote for me in May and I'll make sure your street gets resurfaced before the others. Simple as that.",
    [PA], "offers preferential treatment for votes")
pos(PA, "Got a council tax summons? Don't panic. I'll have a quiet word with revenues and they'll make it go away.",
    [PA], "'quiet word' to make enforcement go away")
pos(PA, "Any Ketteridge business that joins my networking breakfast gets first dibs on the council contracts I hear about.",
    [PA], "trades council contract knowledge for membership", allowed=["confidentiality.insider-advantage"])
pos(PA, "My wife's café on Market Row does the best breakfast in town – and now I'm on cabinet, guess who's catering the council away days 😄",
    [PA], "uses role to steer council business to a spouse's café", allowed=["interests.declared-interest"])
pos(PA, "Worried about a school place for September? I sit on the admissions appeals panel. Message me and we'll see what we can do for your little one.",
    [PA], "offers influence over an appeal panel", allowed=[PD])
pos(PA, "Garden waste bins sold out? I've put a few aside for supporters. DM me.",
    [PA], "reserved council service for supporters")
pos(PA, "Fed up waiting on your grant decision? It helps to know the right people, and I'm the right people. Inbox me.",
    [PA], "'I'm the right people'")

neg(PA, "I'll raise your case with the housing team, but I can't move anyone up the list. Everyone's assessed the same way.",
    "explicitly refuses favouritism")
neg(PA, "As your councillor I'm happy to explain how planning works and how to comment. I can't influence the outcome, and I shouldn't.",
    "'as your councillor' with proper limits")
neg(PA, "Parking tickets: I can't cancel them, but here's how to appeal (link).",
    "refuses, signposts appeal")
neg(PA, "Local businesses: council contracts are advertised openly on Contracts Finder. Everyone gets the same chance.",
    "equal access")
neg(PA, "Got a council tax summons? Ring revenues early – they can set up a payment plan. Citizens Advice can help too.",
    "legitimate advice on same topic")
neg(PA, "As your councillor I'll keep chasing highways about the potholes on Drove Road until they're fixed.",
    "chasing a public service, a legitimate role")
neg(PA, "None of my family has anything to do with council contracts, and I'd declare it if they ever did.",
    "disclaims connection")
neg(PA, "Support local! Eat at the Market Row cafés this weekend – loads of great independents.",
    "promotion with no connection")
neg(PA, "Problem with the council? I can help you find the right person and chase for an answer. That's the job.",
    "legitimate casework help")
neg(PA, "Can I fast-track your application? No. Can I make sure it isn't lost in a pile? Yes.",
    "uses the keyword to refuse")
neg(PA, "Garden waste bins can be ordered on the council website from 1 March. Same price for everyone.",
    "public service info")
neg(PA, "My daughter's started a cake business! Nothing to do with the council – just a proud dad 🎂",
    "family business, no use of role; borderline", allowed=[PA])
CR = "copyright.third-party-content"; TI = "tone.irony-risk"; PAT = "respect.personal-attack"
# ---------------- copyright.third-party-content ----------------
pos(CR, "Stunning shot of the Wrenholme floods from the air 📸 Photo: © Fenland Gazette / Mark Tilbury",
    [CR], "third-party photo with copyright credit")
pos(CR, "For those without a subscription, here's the Eastern Courier piece in full: \"The district's finances are in a far worse state than councillors have been told, according to documents seen by this newspaper. Auditors raised concerns in November about the use of reserves to balance the books, and warned that without action the council could face a section 114 notice within two years. The council's own figures show a gap of £4.2m by 2028. Opposition councillors said the findings were alarming, while a spokesperson said the authority remained financially resilient and was taking steps...\"",
    [CR], "long paste of a paywalled article")
pos(CR, "Paywalled, so I've copied it out for you – this bit is spot on: \"Rural councils are being asked to run twenty-first century services on nineteenth century funding formulas. Every year the gap grows, and every year ministers promise a fair funding review that never arrives. Meanwhile the bus stops, the library shuts early and the village loses another reason for young people to stay.\"",
    [CR], "copied paywalled text")
pos(CR, "Credit: Getty Images. The Lode in flood, 1947. Look how little the banks have changed since.",
    [CR], "agency image credit")
pos(CR, "Copied from the Fen Tigers Heritage page, all credit to them: \"The skaters of Saltney Lode were famous across the county. In the hard winter of 1895 over two thousand people came to watch the championship on the washes, and a local labourer, Turkey Smart's great rival, won a leg of mutton and a purse of five pounds...\"",
    [CR], "'copied from' another page with a long extract")
pos(CR, "Typed up the whole of chapter three of Dr Ruth Aske's new history of Sedgefen because it's too good not to share. Grab a cuppa, it's a long one 👇",
    [CR], "a book chapter reposted in full")
pos(CR, "Screenshot of today's Inside Housing feature on rural homelessness below. Image via Alamy.",
    [CR], "screenshot of a trade-press article and agency image")
pos(CR, "Nabbed this drone footage from @FenSkiesPhoto – didn't ask but I'm sure they won't mind! Look at the Lode at sunrise 😍",
    [CR], "someone else's footage used without permission")
pos(CR, "📷 Shutterstock. THIS is what a proper town square looks like. Come on, Wrenholme, we can do better.",
    [CR], "stock agency image credit")
pos(CR, "Whole of this week's Municipal Journal editorial, because everyone on this council needs to read it:\n\n\"There is a quiet crisis in district government. Councils that once ran leisure centres, museums and markets now run little more than bins and planning, and even those are stretched. The answer is not another round of reorganisation...\" (cont. in thread)",
    [CR], "a whole editorial pasted as a thread")
pos(CR, "Pinched this cartoon from Private Eye this week – it's us to a tee 😂",
    [CR], "cartoon from a magazine reposted")
pos(CR, "The words of 'Fen Wind Blowing' by the Crowland Ramblers, which the choir sang so beautifully on Sunday:\nWhere the dykes run straight to the edge of the sky,\nand the lapwing calls when the rain comes by,\nI'll walk the drove till the light is low,\nand home on the fen wind blowing...\n(all four verses below)",
    [CR], "full song lyrics reposted")

neg(CR, "Took this one myself on the dawn walk along the Lode. Feel free to share it.",
    "own photo")
neg(CR, "Worth a read from the Eastern Courier on council finances (link). My thoughts in the thread.",
    "link only, no paste")
neg(CR, "The Gazette quotes me today: \"We need the bypass, and we need it this decade.\" Glad they ran it.",
    "short quote of the author's own words")
neg(CR, "Photo by my daughter, used with her permission (and the promise of chips).",
    "permission stated")
neg(CR, "Council press release on the flood defence funding (link). Good news for Saltney Lode.",
    "link to the council's own release")
neg(CR, "Wrenholme Museum kindly gave permission for us to use their old market photos in the exhibition at the library. Pop in!",
    "permission obtained")
neg(CR, "Sharing the Environment Agency flood map for the district – it's under the Open Government Licence, so share away.",
    "openly licensed material")
neg(CR, "Quote of the day from a resident at my surgery: \"Sixty years I've lived here and never seen the drains this bad.\" (Shared with her OK.)",
    "short quote with consent")
neg(CR, "Listening to the Crowland Ramblers at the Remembrance concert. Beautiful evening.",
    "mentions the band, no lyrics")
neg(CR, "You can read the full Local Plan consultation on the council website (link).",
    "link to public document")
neg(CR, "My photo, my terrible framing 😂 Wrenholme market on a wet Tuesday.",
    "own photo")
neg(CR, "Lesson learned: if you use someone's photo, ask first and credit them. Our group page got a takedown notice last month!",
    "advice about copyright")

# ---------------- tone.irony-risk ----------------
pos(TI, "Congratulations to Cllr Pelham on discovering that potholes exist. Only took him four years 👏👏",
    [TI], "mock congratulations aimed at a named councillor", allowed=[PAT])
pos(TI, "Oh wonderful, the Leader has promised a review. That'll fix everything. /s",
    [TI], "'/s' marker aimed at the Leader")
pos(TI, "Hats off to the highways portfolio holder for his bold new strategy of waiting for the roads to mend themselves.",
    [TI], "mock praise of a role holder")
pos(TI, "Cllr Thorne-Waddell says he 'stands up for renters'. Yeah, right.",
    [TI], "'yeah right' aimed at a named councillor", allowed=[PAT])
pos(TI, "What a visionary Cllr Quenby is: axe the bus, then launch a consultation on rural isolation. Inspired stuff.",
    [TI], "mock praise of the Leader", allowed=[PAT])
pos(TI, "Lovely to see the Reform group have found the council chamber at last. Only missed seven of the last nine meetings 🙃",
    [TI], "sarcasm about a group's members", author="party:Lab")
pos(TI, "Thanks SO much to @OssianPelhamCon for the 4.99% council tax rise. Truly, what would we do without you.",
    [TI], "mock thanks to a named councillor")
pos(TI, "Great leadership from the Labour group: voted for the cuts in committee, against them on Facebook. Such consistency!",
    [TI], "mock praise of a party group", author="party:Con")
pos(TI, "Touching to see Cllr Crowhurst's deep concern for farmers. Shame it only surfaces in election years, bless her.",
    [TI], "mock sympathy aimed at a named councillor", allowed=[PAT])
pos(TI, "Sure, Cllr Mossop is 'totally independent'. And I'm the Queen of Sheba.",
    [TI], "ironic disbelief at a named councillor", allowed=[PAT])
pos(TI, "Gold star for Cllr Ebbage, who spoke for twenty minutes at committee without saying a single thing. A rare talent.",
    [TI], "mock praise, belittling a named councillor", allowed=[PAT])
pos(TI, "Another triumph for our beloved Leader: three consultants, two reports, zero buses. Bravo 👏",
    [TI], "mock praise of the Leader")

neg(TI, "Lovely weather for a litter pick, said nobody ever 🌧️ Still, 14 bags filled – thank you all!",
    "sarcasm about the weather, not a person", allowed=[TI])
neg(TI, "Genuinely, well done to Cllr Pelham on getting the rural bus funding through. Credit where it's due.",
    "sincere praise of a named councillor")
neg(TI, "Me, organised? Turned up at the wrong village hall this morning 🤦‍♀️",
    "self-deprecation")
neg(TI, "The council's new parking app is, and I cannot stress this enough, a mess. Fix it, please.",
    "criticism of an app, not a person", allowed=[TI])
neg(TI, "Congratulations to Cllr Kazmi on ten years on the council. A tireless campaigner for Saltney Lode.",
    "sincere congratulations")
neg(TI, "Hats off to the gritting crews who were out at 4am. Heroes, the lot of them.",
    "'hats off' sincerely")
neg(TI, "Oh great, another storm. Stay safe out there everyone, and check on your neighbours 🌬️",
    "mild sarcasm about weather", allowed=[TI])
neg(TI, "The Leader says the budget is balanced. I've read it and I disagree: reserves are plugging a £2m gap.",
    "plain disagreement, no irony")
neg(TI, "Brilliant turnout at Wrenholme Academy's careers fair – bravo to the staff and students.",
    "'bravo' sincerely")
neg(TI, "Yes, I know, I swore I'd never wear hi-vis. Here I am in hi-vis 😂",
    "self-deprecating humour")
neg(TI, "Cllr Mossop and I disagree on almost everything, but he chairs the flood forum brilliantly.",
    "sincere praise across parties")
neg(TI, "Four years of promises on the bypass and still no spade in the ground. Cabinet needs to deliver.",
    "robust criticism, no irony")

# ====================== builder ======================
SEED = 1414
BASE = {
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "confidentiality.disclosure": "review", "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "gifts.hospitality": "advice", "officers.impartiality": "review",
    "capacity.council-voice": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "copyright.third-party-content": "advice",
    "tone.irony-risk": "advice", "respect.personal-attack": "review",
}
ORDER = ["ok", "advice", "review", "block"]
COUNCILLORS = {  # handle: (surname, party)
    "@MargeryQuenby": ("Quenby", "Con"), "@OssianPelhamCon": ("Pelham", "Con"),
    "@CllrAttwater": ("Attwater", "Con"), "@ConnieHaverstock": ("Haverstock", "Con"),
    "@LorcanEbbage": ("Ebbage", "Con"), "@HeskethBrume": ("Brume", "Ind"),
    "@GideonMossopFVA": ("Mossop", "Ind"), "@TamsinOR_Lab": ("Okonjo-Reeve", "Lab"),
    "@RuairiFennimore": ("Fennimore", "Lab"), "@WennaTraskLab": ("Trask", "Lab"),
    "@BethanCrowhurstLD": ("Crowhurst", "LD"), "@PiersLudd": ("Luddington", "LD"),
    "@YusraKazmiGreen": ("Kazmi", "Green"), "@AlaricTW_Reform": ("Thorne-Waddell", "Reform"),
}
# Words that touch a registered interest: its holder never gets such a row at random,
# so that only the interest rows (with fixed authors) concern the author's own interest.
INTEREST_WORDS = {
    "@GideonMossopFVA": ["verge", "ditch", "gritting", "agricultural contractor", "mossop agricultural"],
    "@BethanCrowhurstLD": ["solar", "community energy", "climate fund", "cuckoo fen", "lumen"],
    "@AlaricTW_Reform": ["landlord", "hmo", "selective licensing", "article 4", "bedsit", "ferry bank", "lettings"],
    "@LorcanEbbage": ["drainage", "flood", "run-off"],
    "@ConnieHaverstock": ["lakes", "caravan", "mere lane", "tourism", "holiday park"],
    "@YusraKazmiGreen": ["food bank", "emergency food"],
    "@RuairiFennimore": ["market pitch", "traders", "stallholder", "market hall"],
}
FIXED_EXTRA = {  # authors fixed for consistency with the text (role claimed in the post)
    "now I'm on cabinet": "party:Con",
    "I'm on the committee, so I can usually": "@CllrAttwater",
}

def sev(rule):
    if rule.endswith("!"): return rule[:-1], "block"
    if rule.endswith("^"): return rule[:-1], "review"
    return rule, BASE[rule]

def pick_author(rng, row):
    spec = row["author"]
    for k, v in FIXED_EXTRA.items():
        if k in row["text"]:
            spec = v
    if spec and spec.startswith("@"):
        return spec
    low = row["text"].lower()
    pool = []
    for h, (sur, party) in COUNCILLORS.items():
        if spec and spec.startswith("party:") and party != spec[6:]:
            continue
        if sur.lower() in low or h.lower() in low:
            continue
        if h == "@MargeryQuenby" and "leader" in low and "labour group" not in low:
            continue
        if row["family"] != "interests.declared-interest" and any(w in low for w in INTEREST_WORDS.get(h, [])):
            continue
        pool.append(h)
    return rng.choice(sorted(pool))

def pick_time(rng, text):
    low = text.lower()
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    if "christmas" in low or "new year" in low:
        end = dt.date(2026, 1, 16)
    days = [start + dt.timedelta(d) for d in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    day = rng.choice(days)
    lo, hi = 8, 18
    if "this morning" in low: lo, hi = 9, 12
    if "this afternoon" in low or "later:" in low: lo, hi = 14, 18
    if "tonight" in low: lo, hi = 16, 18
    h = rng.randint(lo, hi); m = rng.randint(0, 59); s = rng.randint(0, 59)
    return dt.datetime(day.year, day.month, day.day, h, m, s).strftime("%Y-%m-%dT%H:%M:%S+00:00")

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        rules, v = [], "ok"
        for x in r["rules"]:
            name, s = sev(x)
            rules.append(name)
            if ORDER.index(s) > ORDER.index(v): v = s
        author = pick_author(rng, r)
        if len(r["text"]) > 280:
            platform = rng.choice(["facebook", "facebook", "bluesky"]) if len(r["text"]) <= 300 else "facebook"
        else:
            platform = rng.choice(["x", "x", "facebook", "facebook", "bluesky"])
        out.append({
            "id": "B14-%04d" % i, "text": r["text"], "author": author,
            "created_at": pick_time(rng, r["text"]), "platform": platform,
            "account": r["account"], "kind": "post",
            "expect": {"rules": rules, "allowed": r["allowed"], "verdict": v},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        })
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "rows")

if __name__ == "__main__":
    main()
