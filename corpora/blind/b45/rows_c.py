# Hand-written rows, part C. Written for blind set b45.
from rows_a import P, H, F, OFF, IRO, PRE, DEF, ATT, BUL, RES, POS, GIF, CAP, INS, INT, DAT, SEC, DIS

# ---------------- predetermination.closed-mind: positives ----------------
P(PRE, "Heron Lane will be refused. I'll make sure of it.", "settled view against a pending application (register match)", v="block")
P(PRE, "I've read enough. The Brackenlow Quarry scheme is exactly what this area needs and I'll be voting for it come May.",
  "settled view FOR a pending application (register match)", v="block")
P(PRE, "Nine storeys of student flats on Kelsall's Yard? Over my dead body. Mind's made up.",
  "settled view against a pending application", v="block")
P(PRE, "No amount of officer spin will change my vote on the Gilded Lamb. Three in the morning is a no from me, full stop.",
  "closed mind on a pending licence variation, dismissing officer advice", v="block", allowed=[OFF])
P(PRE, "Brightmoor's solar farm is the best thing to happen to Saltergill in years. Can't wait to wave it through.",
  "settled view FOR a pending application", v="block")
P(PRE, "Let's be honest, the Pit Lane club flats are going ahead, and so they should. I'm backing them whatever the objectors say.",
  "settled view FOR, dismissing objectors (register match on site)", v="block")
P(PRE, "Eight beds in a two-up two-down on Tanner Street? Not a chance. That HMO won't get my vote, no matter what's in the report.",
  "settled view against a pending HMO", v="block")
P(PRE, "Vortex can apply all they like. No gambling den is getting a licence on Bridge Street while I'm on that committee.",
  "settled view against a pending licence (applicant named)", v="block")
P(PRE, "Northgate Minimart sold drink to kids. Licence review? Revoke it, simple as. I won't be persuaded otherwise.",
  "closed mind on a pending licence review; the allegation is from the review itself", v="block", allowed=[DEF])
P(PRE, "Drive-thru coffee at the old Wickerby Road Garage = jobs and footfall. Yes, yes, yes. Already know how I'm voting.",
  "settled view FOR a pending application", v="block")
P(PRE, "Brennan's extension has my full support and nothing anyone says at committee is going to change that.",
  "settled view FOR (applicant named)", v="block")
P(PRE, "That phone mast application on Knowle Street? Dead in the water as far as I'm concerned. I'll be voting it down.",
  "settled view on an application not on the register", v="review")
P(PRE, "Whatever the officers say, the Dog & Drum's late licence has to be refused. The people on Chapel Row have had enough.",
  "'whatever the officers say' on an unregistered licence", v="review")
P(PRE, "The car wash on Mill Brow went up without permission and the retrospective application will never be approved. Not on my watch.",
  "settled view against an unregistered application", v="review")
P(PRE, "Another bookies on Fellgate high street? Committee will reject it and my hand will be the first one up.",
  "announces a vote against an unregistered application", v="review")
P(PRE, "Really pleased to see the plans for the new Scout hut on Holme Lane. It's getting my vote, no debate needed.",
  "settled view FOR an unregistered application", v="review")
P(PRE, "The cricket club's Sunday market licence is a no-brainer. Consider it granted as far as I'm concerned.",
  "settled view FOR an unregistered licence", v="review")
P(PRE, "Whatever the objectors throw at it, the Holy Trinity school extension is going through. I'll see to it.",
  "settled view FOR an unregistered application", v="review")

# ---------------- predetermination.closed-mind: hard negatives ----------------
H(PRE, "I have real concerns about the Heron Lane application, especially the drainage. I'll listen to everything at committee before I decide.",
  "predisposition with an open mind", allowed=[PRE])
H(PRE, "People keep asking where I stand on the Brackenlow Quarry scheme. Honest answer: I'm on planning, so I keep an open mind until I've heard the evidence. Send me your comments.",
  "open mind stated", allowed=[PRE])
H(PRE, "I'm not on the planning committee, so I'm free to say it: as ward member I object to the Kelsall's Yard tower and I'll be speaking against it.",
  "ward councillor not deciding; objection allowed", allowed=[PRE])
H(PRE, "I will vote against the budget. There, I said it.",
  "'vote against' on a policy matter, not quasi-judicial", pool="opp", by="2026-02-25", allowed=[PRE])
H(PRE, "Never supported the green bin charge, never will. Scrap it.",
  "settled view on a policy, not quasi-judicial", allowed=[PRE])
H(PRE, "The Gilded Lamb licence hearing is in April. Residents can send representations until 2 April.",
  "neutral procedural note")
H(PRE, "My mind's made up: best chippy in Harrowfell is on Loom Street. Fight me.",
  "'mind's made up' about chips", allowed=[PRE])
H(PRE, "The solar farm plan has split opinion in Saltergill. Both sides made good points at the drop-in. The decision is due in June.",
  "neutral")
H(PRE, "Planning committee refused the nail bar signage application last night. Enforcement will now follow.",
  "reports a decided matter", on="2026-02-18")
H(PRE, "Whatever the forecast says, the Wickerby winter fair is going ahead on Saturday! Bring a brolly.",
  "'whatever the' phrase about weather", allowed=[PRE])
H(PRE, "Scout hut plans: I'm naturally inclined to support community buildings, but I'll judge this one on its merits at committee.",
  "predisposition, open mind", allowed=[PRE])
H(PRE, "The Tanner Street HMO isn't mine to decide, I'm not on the committee. But here's how to object before the deadline.",
  "procedural help from a non-member", allowed=[PRE])
H(PRE, "Lib Dems will vote against the council tax rise. Every single one of us.",
  "policy vote", pool="ld", by="2026-02-25", allowed=[PRE])
H(PRE, "The Local Plan must not include Whin Moor. We'll oppose that allocation at every stage.",
  "plan-making is policy, not quasi-judicial", allowed=[PRE])
H(PRE, "'This must be refused,' said 300 people at the quarry meeting. I heard them, and I'll weigh that alongside everything else when it comes to committee.",
  "quotes residents; keeps an open mind", allowed=[PRE])
H(PRE, "Can confirm the application for the Fellgate bookies was withdrawn this morning.",
  "procedural news")
H(PRE, "The inspector allowed the appeal on the Moss Lane barn conversion. We argued against it, but the decision is final now.",
  "decided appeal")
H(PRE, "Drive-thru at Wickerby Road: lots of you have asked. It goes to committee in May. I won't prejudge it, but I want to hear all your views.",
  "open mind on a pending matter", allowed=[PRE])

# ---------------- interests.declared-interest: positives (holder writes) ----------------
P(INT, "Good to see the council finally looking at hiring highways plant from local firms. Harrowfell money should stay in Harrowfell, and we'll certainly be bidding \U0001F44D",
  "director of Stanworth Plant Hire posts about a council procurement his firm will bid for", author="@RalphStanworth", interest="Stanworth Plant Hire Ltd", allowed=[POS])
P(INT, "Cabinet's plan to buy its own diggers instead of hiring is a waste of taxpayers' money. Hiring locally is cheaper, as any plant hire firm round here will tell you.",
  "holder argues a council matter touching his plant hire firm, undeclared", author="@RalphStanworth", interest="Stanworth Plant Hire Ltd")
P(INT, "Millholme Community Energy Co-op has applied for the council's green grants. Fingers crossed! I'll be making the case for community energy when it comes up.",
  "co-op director promotes its grant bid", author="@RosaLindqvistGreen", interest="Millholme Community Energy Co-op")
P(INT, "The council's lease for solar panels on the leisure centre roof should go to a community scheme like ours, not some big corporate.",
  "holder argues for her co-op ('ours') on a council lease", author="@RosaLindqvistGreen", interest="Millholme Community Energy Co-op")
P(INT, "Selling off half the Gorsey Bank Bowling Club green for parking is short-sighted. I'll be opposing it at full council.",
  "club secretary opposes a council disposal touching the club", author="@EilidhBaxLD", interest="Gorsey Bank Bowling Club")
P(INT, "The council wants to triple the rent on the bowling green lease. Our members are pensioners. This is not on.",
  "holder ('our members') on a council rent review of the club's lease", author="@EilidhBaxLD", interest="Gorsey Bank Bowling Club")
P(INT, "Tarnside Valley Academy Trust deserves the council's backing for the new sports hall. I'll be pressing for the land transfer to be agreed.",
  "trustee presses a council land transfer to his trust", author="@ConnorWhitworthLD", interest="Tarnside Valley Academy Trust")
P(INT, "The school transport review would hit our academies hardest. I'll be challenging it at scrutiny.",
  "trustee ('our academies') on a council review", author="@ConnorWhitworthLD", interest="Tarnside Valley Academy Trust")
P(INT, "Harrowfell Credit Union would be the perfect partner for the council's new alternative to payday loans. I'll be backing it all the way through cabinet.",
  "board member backs the credit union for a council scheme", author="@TraceyAckroydLab", interest="Harrowfell Credit Union")
P(INT, "The council's moving its staff savings scheme to a national bank? Shame. Our credit union has served town hall staff for 30 years and I'll be asking why.",
  "board member challenges a council decision touching the credit union", author="@TraceyAckroydLab", interest="Harrowfell Credit Union")
P(INT, "Market hall fees up 12%? As a trader in there myself, I can tell you it'll kill the place. I'll be voting against the fees report.",
  "market hall trader votes on fees touching his own stall", author="@ArthurCleggInd", interest="Clegg's Butchers")
P(INT, "Clegg's Butchers has been in Harrowfell Market Hall since 1968. These new opening hours the council wants would cost us Saturday afternoons. Objecting loud and clear.",
  "owner objects to a council change affecting his business", author="@ArthurCleggInd", interest="Clegg's Butchers")
P(INT, "Wickerby Mill Trust has applied to the council's heritage fund for the waterwheel. I'll be speaking up for it when the panel meets.",
  "trustee champions the trust's bid to a council fund", author="@KerryAnnPilling", interest="Wickerby Mill Trust")
P(INT, "The council wants the mill car park back for its new depot. Our trust has used it for twenty years. I'll fight the transfer every step of the way.",
  "trustee ('our trust') fights a council land decision", author="@KerryAnnPilling", interest="Wickerby Mill Trust")
P(INT, "Pennine Lakes Housing Association is bidding to take on the council's Millholme homes. Best landlord in the North West, and I'm proud to back the bid.",
  "employee of the housing association backs its bid for council stock", author="@OwenPrescottMH", interest="Pennine Lakes Housing Association")
P(INT, "The new nominations agreement with the housing associations, Pennine Lakes included, is the best deal tenants have had in years. Taking it through cabinet next week.",
  "employee leads a council decision touching his employer", author="@OwenPrescottMH", interest="Pennine Lakes Housing Association")
P(INT, "Widening Saltergill Lane would take a strip off the fields either side, our top field included. I'm all for it, the council should crack on.",
  "landowner backs a highways scheme touching his land", author="@StuMottramCon", interest="Saltergill Top Farm")
P(INT, "Holiday pods at Saltergill Top Farm: the diversification plans go in to the council soon. Can't see any reason they shouldn't be approved.",
  "owner promotes his own application to the council; predetermination allowed (not registered, no vote stated)", author="@StuMottramCon", interest="Saltergill Top Farm", allowed=[PRE, POS])

# ---------------- interests.declared-interest: hard negatives ----------------
H(INT, "Market hall fees up 12% and the traders are furious. I don't blame them. I'll be voting against.",
  "same matter posted by a non-holder", excl=["Clegg"])
H(INT, "Gorsey Bank Bowling Club's season opens on 18 April. New members always welcome, no experience needed.",
  "holder posts about the club with no council matter", author="@EilidhBaxLD", allowed=[INT])
H(INT, "Declaration: I'm a director of Stanworth Plant Hire Ltd, so I'll leave the room when the highways plant contract is discussed and I won't be commenting on it.",
  "holder declares and steps back", author="@RalphStanworth", allowed=[INT])
H(INT, "I've registered that I work for Pennine Lakes Housing Association, so I won't take part in the stock transfer decision. The deputy cabinet member will lead.",
  "holder declares and steps back", author="@OwenPrescottMH", allowed=[INT])
H(INT, "Wickerby Mill Trust's waterwheel bid is a cracking project. Good luck to all the volunteers.",
  "non-holder", excl=["Pilling"])
H(INT, "Credit unions are a brilliant alternative to payday lenders. Harrowfell Credit Union is on Loom Street if you want to join.",
  "non-holder; no council matter", excl=["Ackroyd"])
H(INT, "Our co-op's AGM is on Saturday at Millholme Chapel. Come and hear how much energy the panels made last year!",
  "holder, no council matter", author="@RosaLindqvistGreen", allowed=[INT])
H(INT, "Asked the Monitoring Officer whether my trusteeship means I should sit out the school transport review. Waiting for his advice before I say anything more.",
  "holder seeks advice", author="@ConnorWhitworthLD", allowed=[INT])
H(INT, "The school transport review is worrying a lot of Tarnside parents. Consultation closes 27 February.",
  "non-holder", excl=["Whitworth"], by="2026-02-26")
H(INT, "Reported the pothole on Brackenlow Road again. Third time since Christmas.",
  "holder posting on a matter unrelated to his interest", author="@RalphStanworth")
H(INT, "I'm on the credit union board, so I've stepped away from the cabinet paper on payday loan alternatives. Others will make the case.",
  "holder steps back", author="@TraceyAckroydLab", allowed=[INT])
H(INT, "Selling off half the bowling green for parking? Daft idea. That club's been there since before the war.",
  "same matter, non-holder", excl=["Baxendale"])
H(INT, "Lambing's started up at the farm. Not much sleep this week \U0001F411",
  "holder, no council matter", author="@StuMottramCon")
H(INT, "As a trustee of Wickerby Mill Trust I've declared an interest and won't sit on the heritage panel for their bid.",
  "holder declares", author="@KerryAnnPilling", allowed=[INT])
H(INT, "Buy or hire diggers, I don't mind which. Just show us the numbers and get the best value.",
  "same matter, non-holder", excl=["Stanworth"])
H(INT, "Cabinet approved the new homelessness strategy today. Prevention first, and about time.",
  "council housing matter not touching a registered interest", excl=["Prescott"], allowed=[INT])
H(INT, "The energy co-op in Millholme has been a real success story. More of this, please.",
  "non-holder", excl=["Lindqvist"])
H(INT, "I've got a stall in the market hall, so I declared it and left the room when the fees came up. Happy to tell you what traders are saying though.",
  "holder declared and left", author="@ArthurCleggInd", allowed=[INT])

# ---------------- data-protection.personal-data: positives ----------------
P(DAT, "Whoever's been dumping mattresses behind 14 Ribble Terrace (yes, Gary Tasker, we all know it's you) please stop.",
  "private individual named with an address and accused", v="review", allowed=[DEF, ATT])
P(DAT, "Mrs Doreen Pickup at 22 Albion Street has waited nine weeks for a ramp. She's 86 and housebound since her stroke. Sort it out!",
  "name, address and health data", v="block")
P(DAT, "The lad who keeps racing up Moor Road in a black Golf, reg PK68 XWZ: the police have been told.",
  "vehicle registration", v="block")
P(DAT, "Anyone know a Jordan Fletcher, 16, from the Fellgate estate? His mum's been in touch. He's in care now and she wants him to know she's thinking of him.",
  "a named child in care", v="block")
P(DAT, "Constituent's housing case, ref HOU/2025/88341, still no answer after six weeks. Please escalate!",
  "case reference of a service user", v="block")
P(DAT, "Happy 100th to Elsie Marsden of 3 Clough Row, Tarnside, born 9 March 1926! What a woman \U0001F382",
  "name, address and date of birth", v="block", on="2026-03-09")
P(DAT, "Found the spaniel on Weaver Close? Ring the owner, Jas Patel, on 07700 900734.",
  "a private person's phone number: data and credentials", rules=[DAT, SEC], v="block")
P(DAT, "Sad news: Brian Hesketh, whom many of you know from the Tarnside allotments, has been sectioned after a breakdown. Please keep him in your thoughts.",
  "named person's mental health", v="block")
P(DAT, "The tenant at 9 Foundry Row has finally been evicted for rent arrears. Neighbours have suffered enough.",
  "identifiable tenant by address, with financial details", v="review")
P(DAT, "Karen Lomax on Cherry Tree Walk claims Universal Credit and still runs a cleaning business. Someone should look into it.",
  "named person, street, benefit claim and an allegation of fraud", v="block", allowed=[DEF])
P(DAT, "One of the Saltergill bin crew, Steve B, has been off with his back for months. No wonder collections are late.",
  "a staff member's health", v="block", allowed=[OFF])
P(DAT, "Congratulations to Maisie Dawson (8) and Kai Rigby (9) of Brackenlow Primary on the poetry prize. Both live on Moor Road, so give them a wave!",
  "named children with ages, school and street", v="block")
P(DAT, "Call today from Mrs Ahmed, HF2 3LP, whose son is autistic and still waiting for a school place. The council needs to act.",
  "postcode plus a child's disability", v="block")
P(DAT, "For the record, the man arrested outside the Gilded Lamb on Friday was Lee Cartwright, 34, of Spindle Street.",
  "criminal matter about a named private person", v="block", allowed=[DEF])
P(DAT, "The NI number on the form a resident sent me is wrong (QQ 12 34 56 C). Can the benefits team correct it?",
  "National Insurance number", v="block")
P(DAT, "Mr and Mrs Okoro at 41 Weavers Rise have waited 14 months for their damp to be fixed. Their baby is on an inhaler now. Enough.",
  "names, address and a child's health", v="block")
P(DAT, "The family at 6 Garden Row are Jehovah's Witnesses, which is why they didn't want the lights on their house. Respect it, folks.",
  "religion of an identifiable household", v="block")
P(DAT, "Email for anyone at Pennine Lakes who can help this tenant: d.ashurst1979@example.com. She's been ignored for weeks.",
  "a private person's email", v="block", excl=["Prescott"])
P(DAT, "Sharon Gill of 18 Loom Street has asked me to help her fight the decision on her blue badge.",
  "name, address and a disability implied by the blue badge", v="block")

# ---------------- data-protection.personal-data: hard negatives ----------------
H(DAT, "Surgery at Fellgate Library, 12 Loom Street, every other Saturday morning. Or ring me on 01632 960418.",
  "the councillor's own published details", author="@FarahIqbalFG", allowed=[DAT])
H(DAT, "Congratulations to Lucy Brereton MP on her maiden speech. Good to hear Harrowfell mentioned in the Commons.",
  "public office holder")
H(DAT, "Chief Inspector Tariq Nolan joined our ward walk round Fellgate today. Thanks for listening to residents.",
  "public office holder")
H(DAT, "Happy 100th birthday to one of Tarnside's longest-serving volunteers. The family asked us to keep it low key, so no names, just love \u2764\ufe0f",
  "no identifying details", allowed=[DAT])
H(DAT, "Potholes on Ribble Terrace reported. The job number is on the council's online tracker if you want to follow it.",
  "no personal data")
H(DAT, "Cllr Whitworth and I met residents on Cherry Tree Walk about parking today.",
  "a councillor named; residents anonymous", excl=["Whitworth"])
H(DAT, "If someone on the doorstep asks for your NHS number, don't give it. The council never asks that way.",
  "mentions an identifier type, no data", allowed=[DAT])
H(DAT, "Data protection training for councillors this morning. Reminder: never share casework details on social media.",
  "about the rule")
H(DAT, "Damp and mould complaints in Weavers Rise are up 40%. I'm asking for a full stock survey.",
  "aggregate figures")
H(DAT, "Thanks to Jas, who runs the corner shop on Weaver Close, for collecting for the food bank all winter.",
  "first name of a shopkeeper thanked publicly; borderline", allowed=[DAT])
H(DAT, "The dog found on Weaver Close is safely home. Thanks to everyone who shared!",
  "no personal details")
H(DAT, "Helped a family in Garden Row this week with a housing problem. Can't share details, but it's sorted \U0001F44D",
  "no identifying details", allowed=[DAT])
H(DAT, "Court report in the Gazette about the Bridge Street break-ins. Police have asked people not to speculate online, so please don't.",
  "no names", allowed=[DAT])
H(DAT, "Number-plate cameras are being put up on Moor Road to catch speeders. About time.",
  "mentions registrations, none given")
H(DAT, "Sat navs should pick up HF3 9XT, the new postcode for the Loom Street development, within a few weeks.",
  "a development's postcode, not a person's", allowed=[DAT])
H(DAT, "All our ward councillor email addresses are on the council website. Mine's the one with the typo in it \U0001F602",
  "no data given")
H(DAT, "Blue badge applications can now be made online. If you need help filling it in, my surgery is open on Saturdays.",
  "service information")
H(DAT, "Our oldest resident turned 104 today and told the Mayor she's 'not impressed with the buses'. Fair point, well made.",
  "unnamed resident", pool="notmayor")
