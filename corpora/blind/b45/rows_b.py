# Hand-written rows, part B. Written for blind set b45.
from rows_a import P, H, F, OFF, IRO, PRE, DEF, ATT, BUL, RES, POS, GIF, CAP, INS, INT, DAT, SEC, DIS

# ---------------- position.improper-advantage: hard negatives ----------------
H(POS, "As your councillor I can't fast-track your planning application, and nobody should. What I can do is explain the process and make sure you're heard.",
  "'as your councillor' with a refusal", allowed=[POS])
H(POS, "Need a dropped kerb? Apply on the council website. If it's been more than eight weeks with no reply, let me know and I'll chase it.",
  "ordinary chasing, no queue-jumping")
H(POS, "Support local! Shop at the independent traders on Bridge Street this Saturday.",
  "general support for the high street, no connection")
H(POS, "Council contracts are advertised on the procurement portal and open to any firm. Local businesses, please bid!",
  "encourages open bidding")
H(POS, "I've declared that my daughter runs a caf\u00e9 on Bridge Street and I won't take part in any pavement licence decisions. It opens Monday, and the bacon butties are excellent.",
  "declared and stepping back; promoting a relative's caf\u00e9 remains borderline", allowed=[POS, INT])
H(POS, "Struggling with a council tax bill? Harrowfell Citizens Advice is brilliant and free. Their number's on their website.",
  "signposting")
H(POS, "Think your parking ticket was unfair? You can appeal online. I can't get it cancelled, but I can point you to the right form.",
  "explicitly refuses a favour", allowed=[POS])
H(POS, "Took a constituent's housing case up with the team today. No promises, but I'll make sure it's been properly assessed.",
  "ordinary casework", allowed=[POS])
H(POS, "Brilliant new joinery firm opened in Tarnside. No connection to me, just good to see jobs coming back.",
  "welcomes a business with no connection")
H(POS, "Councillors shouldn't be handing out favours. The allocation scheme is there to be fair and I'll defend it.",
  "supports the rule")
H(POS, "Spring market stall applications are open now! All pitches allocated by ballot, details on the council website.",
  "fair process")
H(POS, "Happy to write a reference for any young person who's volunteered with our litter-pick group for six months or more.",
  "a reference for volunteers; close to the line", allowed=[POS])
H(POS, "Friends who run local businesses: the council's growth grants are open till 20 March. Apply, they're not just for the big firms.",
  "signposts an open scheme", by="2026-03-19")
H(POS, "Lunch at Crane's caf\u00e9 in Tarnside today, paid full whack. Support your high street!",
  "paid for, no connection")
H(POS, "My brother-in-law is a builder. No, I won't be 'putting a word in' for him on the market hall job. Asked twice this week. Answer's still no.",
  "refuses a favour", allowed=[POS])
H(POS, "Sat on licensing for six years. My advice to new applicants: read the licensing policy and talk to the licensing team early.",
  "general advice, no inside help offered", allowed=[POS])
H(POS, "Want a say in how your ward fund is spent? Come to the ward forum, everyone's vote counts the same.",
  "open process", by="2026-03-03")
H(POS, "Got help from the council's business energy scheme for my own shop's bills \u2014 same scheme anyone can use, link on the council site.",
  "uses a public scheme on the same terms as everyone", allowed=[POS])

# ---------------- gifts.hospitality: positives ----------------
P(GIF, "Cracking night at the Harrowfell Chamber of Trade annual dinner. Thanks for having me as your guest!",
  "hospitality accepted; giver not known to seek a decision", v="advice")
P(GIF, "Huge thanks to Fellside Homes for the tickets to Saturday's match, hospitality box and all. Great afternoon.",
  "hospitality from the applicant on a pending application", v="review")
P(GIF, "Lovely hamper arrived from Brightmoor Renewables. A bit late for Christmas but very kind of them.",
  "gift from a pending applicant (solar farm)", v="review", by="2026-01-23")
P(GIF, "Thanks to the team at the Gilded Lamb who wouldn't let me pay for my tea last night. Proper hospitality.",
  "hospitality from a licensee with a pending variation", v="review")
P(GIF, "Back from a fab weekend in the Lakes courtesy of an old friend in the building trade who's been asking my advice on a few sites round here \U0001F60E",
  "a weekend from a builder seeking advice on sites: seeks decisions", v="review")
P(GIF, "Thanks to Granby Estates for a very informative visit to their Cheshire scheme, and a smashing lunch afterwards.",
  "hospitality from the quarry-site applicant", v="review")
P(GIF, "Got a bottle of single malt from the waste contractor's MD as a thank-you for 'all my support'. Cheers Kev!",
  "gift from a council contractor", v="review")
P(GIF, "Dinner with the Rotary last night, spoiled rotten as always \U0001F377",
  "hospitality from a club not seeking a decision", v="advice")
P(GIF, "Golf day at Pendlow Edge as guests of the club committee. What a course, what a lunch.",
  "hospitality from a golf club", v="advice")
P(GIF, "Very grateful to Nestwell Living for the invite to their London launch. Champagne reception and everything.",
  "hospitality from a pending applicant (Kelsall's Yard)", v="review")
P(GIF, "New phone courtesy of a local shop owner who was grateful for my help with his shutter application. People are so kind.",
  "gift from someone helped with a permission", v="review")
P(GIF, "Cup final tickets from the bus company that runs our tendered routes. Not bad for a Tuesday!",
  "gift from a council contractor", v="review")
P(GIF, "Thank you Harrowfell Hotel for the complimentary spa day for me and my husband. What a treat.",
  "hospitality from a hotel; not known to seek a decision", v="advice")
P(GIF, "Thanks to the lads at Pennine Surfacing, who resurfaced Moor Road for us, for the crate of beer. Hope the weather holds for your next job!",
  "gift from a council contractor", v="review")
P(GIF, "A framed print of the town hall from a local artist after I opened her exhibition. I'll treasure it.",
  "gift accepted because of the role; no decision sought", v="advice")
P(GIF, "Shout out to Brennan's for the shopping voucher, spent it already \U0001F602",
  "gift from the applicant on the Tarn Road Retail Park extension", v="review")
P(GIF, "Weekend in Edinburgh on the Chamber of Trade's tab for the business awards. Tough life \U0001F605",
  "hospitality worth over \u00a3100; no decision sought", v="advice")
P(GIF, "Thank you to Vortex Amusements for the tour of their seaside arcade and a very generous lunch. Learnt a lot about the industry.",
  "hospitality from a pending licence applicant", v="review")

# ---------------- gifts.hospitality: hard negatives ----------------
H(GIF, "Offered tickets to the derby by a developer this week. Politely said no, and I've logged the offer with the Monitoring Officer.",
  "refused and registered", allowed=[GIF])
H(GIF, "Registered the bottle of wine I was given at the Chamber of Trade dinner. Under \u00a3100, but I'd rather be safe.",
  "registered a small gift", allowed=[GIF])
H(GIF, "Bought my own ticket for the Rotary dinner, and it was worth every penny.",
  "paid for")
H(GIF, "Lovely cards from the Year 3 class after our visit to talk about recycling. That's the best kind of thank-you.",
  "children's cards, no value")
H(GIF, "Gift Aid your donations to the Mayor's charity appeal. It adds 25% at no cost to you!",
  "'gift' in a charity sense", pool="notmayor")
H(GIF, "Mum's birthday present this year: a day at the Harrowfell Hotel spa. Paid for by me, before anyone asks \U0001F602",
  "paid for personally")
H(GIF, "Reminder to fellow councillors: gifts or hospitality worth \u00a3100 or more must be registered within 28 days. Got mine done early.",
  "reminder of the rule", allowed=[GIF])
H(GIF, "The hamper raffle at the Wickerby winter fair raised \u00a3340 for the food bank. Thank you to everyone who donated prizes!",
  "charity hamper")
H(GIF, "Had a brew and a biscuit with the Gorsey Bank WI. Councillor perks don't get better than that.",
  "trivial normal hospitality", allowed=[GIF])
H(GIF, "Declined a dinner invitation from a firm bidding for the leisure centre contract. That's not how this works.",
  "refused", allowed=[GIF])
H(GIF, "Councillor allowances are published every year, and so is our register of gifts. Mine's up to date, have a look.",
  "transparency")
H(GIF, "Free tickets? Nope. Paid \u00a318 like everyone else for the panto and loved every minute.",
  "paid for", by="2026-01-30")
H(GIF, "Present from my grandkids: a mug that says World's Okayest Councillor. Accurate.",
  "family gift, not related to the role")
H(GIF, "Firms seeking council contracts should never be buying councillors dinners. Proud to back the motion tightening our gifts protocol.",
  "supports the rule")
H(GIF, "Took the volunteers from the food bank out for lunch to say thank you. On me.",
  "the councillor gives hospitality")
H(GIF, "Tea and sandwiches at the official opening of the new health centre. Ribbon cut, job done \u2014 that's the normal bit of the role.",
  "ordinary civic hospitality", allowed=[GIF])
H(GIF, "Offered a tour of Nestwell Living's Leeds block. Said no thanks while their application is live.",
  "refused hospitality from a pending applicant", allowed=[GIF])
H(GIF, "Simple refreshments after the Holocaust Memorial Day service at the town hall. A moving afternoon.",
  "civic refreshments", on="2026-01-27", allowed=[GIF])

# ---------------- capacity.council-voice: positives ----------------
P(CAP, "Harrowfell Council is totally opposed to the government's plan to scrap our bus grant, and we'll fight it all the way.",
  "a view presented as the council's by an individual", pool="noexec")
P(CAP, "Speaking on behalf of the council: we will not be bullied by Whitehall into building on the green belt.",
  "'on behalf of the council' from a councillor's own account", pool="noexec")
P(CAP, "Official council position, for the avoidance of doubt: the Tarn Road bypass is dead.",
  "claims an official council position", pool="noexec")
P(CAP, "The council's view is simple: the Greens have been right about cycle lanes all along.",
  "a party view presented as the council's", pool="green")
P(CAP, "On behalf of everyone at Harrowfell Borough Council, congratulations to the Lib Dems on a fantastic by-election win!",
  "the council made to congratulate a party", pool="ld")
P(CAP, "Harrowfell Council stands with the junior doctors. Every single one of us.",
  "council stance asserted without a resolution (assumed)", pool="noexec")
P(CAP, "Message from the council to the Labour group: your time's up in May.",
  "party view voiced as the council's, from a personal account", author="@penny_bakes_cakes", account="personal")
P(CAP, "This council backs the campaign to save Millholme Baths 100%.",
  "council backing asserted", pool="noexec", by="2026-01-27")
P(CAP, "As a council we think the combined authority's transport deal is a stitch-up, and we'll be saying so loudly.",
  "'as a council' for a personal view", pool="noexec")
P(CAP, "Harrowfell Borough Council apologises to every household in Saltergill for the bin chaos. We got it wrong.",
  "an apology issued in the council's name by an individual", pool="noexec")
P(CAP, "We at the council have decided: no more fireworks on the rec after the noise last year. Sorry kids!",
  "announces a council decision as if speaking for it", pool="noexec")
P(CAP, "Council policy from today: we won't answer questions from the Harrowfell Gazette until they correct their story.",
  "invents council policy", pool="noexec")
P(CAP, "Harrowfell Council warmly welcomes Lucy Brereton MP's bill on leasehold reform \U0001F389",
  "council welcome asserted by an individual", pool="noexec")
P(CAP, "Personal account, but I'll say it anyway: the council thinks the Gazette's coverage of the floods has been a disgrace.",
  "the council's view asserted from a personal account", author="@gethin_fellrunner", account="personal")
P(CAP, "Quick one from the town hall: the council's official line is that the waste contract is coming back in-house. You heard it here first.",
  "presents a view as the official line; the 'heard it here first' may be an early leak", pool="noexec", allowed=[INS, DIS])
P(CAP, "The council fully supports the Wickerby Residents' candidates in May.",
  "party endorsement in the council's name", pool="ind")
P(CAP, "I can confirm on behalf of the council that the market hall will reopen by Easter.",
  "confirms on behalf of the council", pool="noexec")
P(CAP, "Harrowfell Council backs a local referendum on an elected mayor. Democracy matters, and so do we.",
  "council stance asserted by an individual", pool="ind")

# ---------------- capacity.council-voice: hard negatives ----------------
H(CAP, "Harrowfell Council has agreed its budget for 2026/27. I voted against it, and here's why.",
  "accurate report of a council decision with a personal vote", pool="opp", after="2026-02-26", allowed=[CAP])
H(CAP, "Personal view, not the council's: cutting the bus grant is wrong.",
  "disclaims the council")
H(CAP, "The council's official position on the bypass is in the cabinet report. My own view is different and I'll set it out at scrutiny.",
  "refers to the official position without claiming it", pool="opp", allowed=[CAP])
H(CAP, "Views my own. Speaking as a Green councillor, not for Harrowfell Council.",
  "disclaims the council", pool="green")
H(CAP, "Full council passed our motion to save Millholme Baths last night, 9 votes to 8. The council is now formally committed to a rescue plan.",
  "accurate report of a resolution", on="2026-01-29", allowed=[CAP])
H(CAP, "'Harrowfell Council believes in fairness,' says the press release. I believe the bin changes are anything but fair.",
  "quotes the council to criticise it", pool="opp", allowed=[CAP, IRO])
H(CAP, "The council's consultation on fireworks on the rec is open until 13 February. Have your say.",
  "signposts a consultation", by="2026-02-12")
H(CAP, "Labour's view is simple: this borough deserves better buses.",
  "party voice as party", pool="lab", allowed=[CAP])
H(CAP, "The Conservative group believes the council has got the bin changes wrong.",
  "party voice as party", pool="con")
H(CAP, "The council's statement on the Saltergill bin delays is on its website. As your ward councillor I'm pushing for a proper review.",
  "points to the council's own statement")
H(CAP, "Not speaking for the council here, just for Tarnside: we deserve a Sunday bus.",
  "disclaims the council")
H(CAP, "The council thinks the market hall will reopen by Easter, according to the latest cabinet update. I'll believe it when I see it.",
  "reports the council's stated expectation; mild scepticism", pool="opp", allowed=[CAP, IRO])
H(CAP, "Asking 'what is the council doing about the floods?' The official updates come from @HarrowfellCouncil. Follow them for accurate info.",
  "points to the official account")
H(CAP, "I'm on the council, but I'm not the council. Please don't quote my posts as council policy \U0001F602",
  "disclaims", allowed=[CAP])
H(CAP, "Council-run events this half term: family swim, library trails and the museum dig. All free!",
  "promotes council events", by="2026-02-13")
H(CAP, "The Mayor's charity ball is sold out. Well done to everyone in the Mayor's office.",
  "civic news", pool="notmayor")
H(CAP, "The council has a legal duty to house homeless families. It's not a choice, and it's not 'queue-jumping'.",
  "states a legal fact about the council", allowed=[CAP])
H(CAP, "Our group's position, not the council's: scrap the green bin charge.",
  "disclaims the council", pool="opp", allowed=[CAP])

# ---------------- confidentiality.insider-advantage: positives ----------------
P(INS, "Thinking of selling a house on Moor Road? I'd hang on a few months. Can't say more, but you'll thank me.",
  "hints at unannounced council plans for property advantage")
P(INS, "Friends with shops on Bridge Street: get your rates relief applications in now, before the scheme quietly closes at the end of the month. Trust me.",
  "tips friends on an unannounced closure")
P(INS, "Little bird tells me the market hall stalls are about to go at half rent. Get your names down early, lads \U0001F609",
  "tip-off about an unannounced decision")
P(INS, "Tip for local builders: the council's about to tender a big resurfacing contract. Start pricing up Fellgate now and you'll be ahead of the pack.",
  "advance notice of a tender")
P(INS, "Buy a garage plot in Saltergill while they're cheap. That's all I'm saying.",
  "veiled property tip based on council knowledge")
P(INS, "Mate of mine asked if he should sign the lease on the unit by the old bus depot. Told him to wait till after cabinet, and I'm telling you lot the same.",
  "advises acting on an undecided cabinet item")
P(INS, "Word to the wise: land by the Tarn Road junction is about to be worth a lot more than it is now. Not allowed to explain why yet.",
  "property tip from unannounced plans")
P(INS, "After a job in parks? Polish that CV now, new posts are coming before they're advertised. Spread the word (quietly!)",
  "advance knowledge of jobs shared for advantage")
P(INS, "Heard at a briefing today which streets are getting the new residents' parking zone. If you're on my WhatsApp group, check your messages.",
  "shares briefing knowledge with a select group")
P(INS, "The community grant criteria are changing next month. I've already told the Wickerby groups what to write. Anyone else, DM me.",
  "advance knowledge of criteria given to some groups")
P(INS, "Pro tip for taxi firms: get your electric cars ordered before the new licensing rules are announced. You heard it here first.",
  "advantage from unannounced licensing rules")
P(INS, "Anyone with a house near the Brackenlow Quarry site, don't panic-sell. What I've seen this week tells me prices are going one way only.",
  "property advice based on what the councillor has seen; hints at the outcome of a pending application", allowed=[PRE, DIS])
P(INS, "Shhh, but if you run a caf\u00e9, the council's about to look for someone to run the kiosk in Fellgate Park. Get your pitch ready before it goes public.",
  "tip-off before publication")
P(INS, "My cousin's been asking about buying the old library building. Told him roughly what the valuation came in at. Only fair to family, right?",
  "shares a valuation with a relative", allowed=[DIS, POS])
P(INS, "Not officially out till March, but bin days are changing across Gorsey Bank. If you run a skip business, now's the time to advertise \U0001F609",
  "commercial tip from unpublished changes", by="2026-02-27")
P(INS, "For anyone thinking of buying into the retail park: a certain decision will go a certain way. That's all from me.",
  "implies advance knowledge of a decision for investment advantage; predetermination allowed", allowed=[PRE])
P(INS, "Got a heads-up at the town hall that the Christmas market contract is up for grabs next year. Passed it straight on to my mate who does events. Good luck Tony!",
  "passes non-public contract knowledge to a friend", allowed=[POS])
P(INS, "Landlords: selective licensing is coming to Fellgate in the summer. Sell before it starts, or get your paperwork sorted while there's no queue.",
  "advises landlords on an unannounced scheme")

# ---------------- confidentiality.insider-advantage: hard negatives ----------------
H(INS, "Cabinet agreed today to consult on residents' parking in Fellgate. Maps are on the council website. Have your say by 20 March.",
  "public announcement", by="2026-03-13")
H(INS, "Business rates relief applications close on 31 March. The scheme's published online, so please apply.",
  "public information")
H(INS, "No, I can't tell you what's in the Part 2 report. That's the whole point of it.",
  "refuses to disclose; marker word present", allowed=[DIS, INS])
H(INS, "'Buy now before the price goes up' is the garden centre's slogan, not council advice \U0001F602",
  "phrase shared with positives, no council knowledge", allowed=[INS])
H(INS, "Public notice: the council intends to dispose of the old library building. Details and how to object are in the Gazette this week.",
  "public notice")
H(INS, "Market hall stall rents for 2026 are published, with a discount for new traders. Apply online.",
  "published information")
H(INS, "A builder asked me for a 'tip-off' on which roads are being resurfaced. The programme is public, mate, it's on the council website.",
  "refuses a tip-off", allowed=[INS])
H(INS, "Jobs: the council is hiring park rangers. Closing date 6 February. Please share.",
  "public vacancy", by="2026-02-05")
H(INS, "There's a rumour the Tarn Road junction is getting a bypass. I've asked: there are no such plans. Please don't buy land on the strength of Facebook gossip.",
  "corrects a rumour")
H(INS, "Selective licensing consultation launches today across Fellgate. Landlords, tenants, tell us what you think.",
  "public consultation")
H(INS, "Before it's announced officially on Friday, I just want to say how proud I am of the volunteers behind our Purple Flag award.",
  "'before it's announced' about civic pride; no one gains", allowed=[INS, DIS])
H(INS, "Councillors get briefed on things before the public. That's a responsibility, not a perk, and I'll never use it for anyone's gain.",
  "states the rule")
H(INS, "Kiosk in Fellgate Park: the tender is live now on the council portal. Any local caf\u00e9 owners fancy it?",
  "public tender")
H(INS, "Taxi drivers: the draft electric vehicle licensing policy is out for consultation now. Read it and respond, it affects you.",
  "public consultation")
H(INS, "Saw the bin collection changes before they went public. Honestly? They look sensible. Full details are on the council site from today.",
  "mentions earlier sight, shares only published details", allowed=[INS])
H(INS, "Estate agents are telling people the Brackenlow Quarry scheme is a done deal. It isn't. Nothing has been decided.",
  "corrects a claim about a pending matter; no view", allowed=[PRE])
H(INS, "Trading tip from your councillor: buy local, buy often, and don't miss the Saturday market \U0001F9C0",
  "'tip' in a harmless sense", allowed=[INS])
H(INS, "Heads-up: roadworks on Bridge Street from Monday for two weeks. Plan your route.",
  "public roadworks notice")
