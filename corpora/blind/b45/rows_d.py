# Hand-written rows, part D. Written for blind set b45.
from rows_a import P, H, F, OFF, IRO, PRE, DEF, ATT, BUL, RES, POS, GIF, CAP, INS, INT, DAT, SEC, DIS

# ---------------- security.credentials: positives ----------------
P(SEC, "New Wi-Fi at the Wickerby community hub! Network WickerbyHub_Guest, password Mill2026! Enjoy \U0001F60A", "a password posted")
P(SEC, "Zoom for this evening's Brackenlow residents' meeting: ID 845 2210 9937, passcode 660134. All welcome.", "meeting passcode")
P(SEC, "Can't log in to the members' portal again. Tried Harrowfell123 and Harrowfell1234. Any ideas, IT? \U0001F644", "the councillor's own passwords")
P(SEC, "Got a text saying my parcel's held. It wants \u00a31.45 at royalmail-redeliver-fee.top/hf7 to release it. Is this legit?", "spreads a malicious-looking link")
P(SEC, "Key safe at the community centre is 4471 if any volunteers are locked out this morning.", "a key safe code")
P(SEC, "If the gritter hasn't been, ring Dave at the depot on his own mobile, 07700 900218. He won't mind.",
  "a private phone number of someone else (an officer's own mobile)", rules=[SEC, DAT], allowed=[OFF])
P(SEC, "Verification code from the bank just came through, 553901, and I never asked for one. Anyone else?", "a one-time code")
P(SEC, "Lost my council phone. PIN's 1966 (obviously), so if you find it please hand it in!", "a PIN")
P(SEC, "For the newsletter team: the shared Canva login is wardnews@example.com / Tarnside#88. Don't lose it!", "a login and password")
P(SEC, "Our new key for the litter-reporting bot is sk_live_4fT9qL2xB7mN0pR8. Devs, go wild \U0001F916", "an API key")
P(SEC, "Door code for the Millholme youth club has changed to 2580#. Pass it on to the leaders.", "a door code")
P(SEC, "Check if your council tax band is wrong here: counciltax-refund-check.co/hf?ref=cllr. Mine was worth \u00a3640!", "a link that looks like a refund scam")
P(SEC, "Mum got a one-time code from the bank, then a 'fraud team' rang asking for it. Code was 318 442. Reported to Action Fraud.", "a one-time code posted")
P(SEC, "If you need Mrs Pickering out of hours, her private number is 01632 960771.",
  "another person's private phone number", rules=[SEC, DAT])
P(SEC, "Admin login for the Harrowfell in Bloom website is admin / bloom2026. Whoever's updating the gallery, crack on!", "a login and password")
P(SEC, "Alarm code at the Scout hut is 1-2-3-4. Yes, really. Someone please change it \U0001F602", "an alarm code")
P(SEC, "Download the new Harrowfell Bins app from bins-harrowfell.apk-download.xyz, it's far better than the council one!", "a link to a sideloaded app: looks malicious")
P(SEC, "Testing 2FA on the new members' email: backup codes 8841-2290 and 7730-1156. Ignore this, wrong window!!", "backup codes")

# ---------------- security.credentials: hard negatives ----------------
H(SEC, "Scam alert: texts claiming to be from the council and asking for your bank PIN are fake. The council will never ask for it.", "scam warning without a link", allowed=[SEC])
H(SEC, "Strong passwords, people! Three random words beats 'Password1' every time.", "password advice", allowed=[SEC])
H(SEC, "The Zoom link for the Brackenlow residents' meeting is on the residents' association page. Message me and I'll send the passcode privately.", "passcode withheld", allowed=[SEC])
H(SEC, "Key safes for vulnerable residents are free from Age Concern Harrowfell. Ring them to get one fitted.", "key safe without a code", allowed=[SEC])
H(SEC, "Report potholes on the council website: harrowfell.example.gov.uk/report. That's the only official link.", "the council's own link")
H(SEC, "Free guest Wi-Fi in every Harrowfell library now. Ask at the desk for the details.", "no password", allowed=[SEC])
H(SEC, "Two-factor authentication is now switched on for all councillors' email. A bit of a faff, but worth it.", "security news", allowed=[SEC])
H(SEC, "Casework line: 01632 960418. Leave a message and I'll ring you back.", "own published number", author="@FarahIqbalFG", allowed=[DAT, SEC])
H(SEC, "Heating failed in a council home? Ring the out-of-hours line on 01632 960000 any time.", "a public service number", allowed=[SEC, DAT])
H(SEC, "Had a 'parcel held' text with a weird link? Don't click it. Forward it to 7726 and delete.", "scam advice without the link", allowed=[SEC])
H(SEC, "Changed all my passwords today after the data breach news. Took ages. Do yours too.", "no password given", allowed=[SEC])
H(SEC, "The door entry system at the Millholme youth club has been upgraded. Leaders will get their new codes in person.", "codes withheld", allowed=[SEC])
H(SEC, "PIN badges for the winter fair volunteers have arrived \U0001F602 They're tiny.", "'PIN' as a badge")
H(SEC, "Council tax bands are set by the Valuation Office Agency, not the council. Check yours on the official government website.", "no link")
H(SEC, "Never share one-time codes with anyone. Not the bank, not the police, not your councillor.", "advice", allowed=[SEC])
H(SEC, "Cyber security training this morning. Lesson one: don't write your password on a Post-it. Guilty as charged.", "no password given", allowed=[SEC])
H(SEC, "Bin collection days are now open data. Developers, the details are on the council's open data portal.", "no key")
H(SEC, "Left my council phone on the 36 bus. It's locked, so no panic, but please hand it in at the civic centre if you find it.", "no PIN given", allowed=[SEC])

# ---------------- confidentiality.disclosure: positives ----------------
P(DIS, "Can't say much, but Project Heron is finally moving. Preferred developer's been picked and they're local \U0001F64C", "register term", v="block")
P(DIS, "Residents asking about the old mill: the Tenter Mill disposal goes to cabinet in March, and the price is a lot less than you'd think.", "register term with financial detail", v="block")
P(DIS, "Big news soon on the Sandpiper Yard acquisition. We've offered \u00a31.2m and the owner wants more.", "register term with negotiating position", v="block")
P(DIS, "Dodgy landlords in Fellgate, your days are numbered. Operation Greylag starts next month and it's coming for your HMOs.", "register term (enforcement)", v="block", allowed=[BUL])
P(DIS, "The Moorcroft settlement is a scandal. Taxpayers paying six figures to make a legal claim go away, and we're not allowed to talk about it.", "register term (legal claim)", v="block")
P(DIS, "To the waste crews: I've read the Cobalt restructure papers and I'm with you. Forty posts going is not acceptable.", "register term (labour relations)", v="block")
P(DIS, "Wondering why the regeneration keeps slipping? Project Heron's developer wants the council to underwrite its losses. I'll leave that there.", "register term with negotiating detail", v="block")
P(DIS, "Operation Greylag update for Tarnside: the visits start on the 14th, so expect vans.", "register term with operational detail", v="block")
P(DIS, "Wish I could tell you more about the Moorcroft settlement, but the lawyers say no. All I'll say is it isn't small.", "register term, hinting at the sum", v="block")
P(DIS, "Between you and me (and my 2,000 followers \U0001F605), the leisure centre won't reopen till autumn.", "marker: between you and me", v="review")
P(DIS, "The Part 2 item at cabinet was about the bus depot land. Let's just say the valuation raised a few eyebrows.", "marker: Part 2 with a hint at contents", v="review")
P(DIS, "Off the record: two senior managers are leaving after the audit report. Watch this space.", "marker: off the record; staff matter", v="review", allowed=[OFF])
P(DIS, "Leaked draft of the budget shows libraries losing another \u00a3300k. Page 4 below \U0001F447", "marker: leaked draft", v="review", by="2026-02-20")
P(DIS, "Embargoed till Friday, but who cares: the new leisure centre operator is FitLife.", "marker: embargo broken", v="review", allowed=[INS])
P(DIS, "Sat in closed session today on the tenancy fraud case. Shocking stuff. The sum involved would make your eyes water.", "marker: closed session", v="review")
P(DIS, "Told in confidence this morning that our legal advice on the bypass says we'd lose a challenge. Thought you should know.", "marker: in confidence; legal privilege", v="review")
P(DIS, "The exempt report on the market hall lease says the tenant owes \u00a384k. 'Not for publication', apparently. Well, now it is.", "markers: exempt, not for publication; financial affairs", v="review")
P(DIS, "Sensitive HR matter at the depot. Can't name names, but the disciplinary panel sat this week and it didn't go well for the manager.", "labour relations (Sch 12A) about an identifiable post", v="review", allowed=[DAT, OFF])

# ---------------- confidentiality.disclosure: hard negatives ----------------
H(DIS, "Heron Lane residents: the planning committee date has been set for April. Details on the council website.", "partial overlap with a register term (Heron)")
H(DIS, "Tenter Mill's open day is on Saturday. The old weaving shed is stunning, go and see it.", "partial overlap (Tenter Mill)")
H(DIS, "Spotted a heron on the pond at Sandpiper Yard nature reserve this morning \U0001F426", "partial overlaps")
H(DIS, "Greylag geese are back on Millholme Lodge. Sure sign spring's coming.", "partial overlap (Greylag)")
H(DIS, "Moorcroft Road resurfacing starts on Monday. Diversions signed.", "partial overlap (Moorcroft)")
H(DIS, "Cobalt blue for Harrowfell's new recycling bins? Apparently so. Not sure how I feel.", "partial overlap (Cobalt)")
H(DIS, "Confidential waste bins are now at every council building for residents' old paperwork. Free shredding!", "'confidential' in a benign sense", allowed=[DIS])
H(DIS, "Part 2 of the Local Plan consultation (site allocations) is open till 20 February.", "'Part 2' of a public document", allowed=[DIS], by="2026-02-19")
H(DIS, "Closed session? No. Every item at Cabinet this month is in public, and that's how it should be.", "marker word, nothing disclosed", allowed=[DIS])
H(DIS, "Leaking pipe on Loom Street fixed at last. Thanks to the crew from Pennine Water.", "'leak' in a plumbing sense")
H(DIS, "Between you and me and the lamppost, the Wickerby winter fair is the best day out in the borough.", "idiom", allowed=[DIS])
H(DIS, "Embargo lifted: Harrowfell has won a Purple Flag for its town centre at night! \U0001F389", "embargo lifted, public news", allowed=[DIS])
H(DIS, "The press release is embargoed till 10am, so I'll say more then.", "respects an embargo", allowed=[DIS])
H(DIS, "You're exempt from the green bin charge if you get pension credit. Check on the council website.", "'exempt' in a benefits sense", allowed=[DIS])
H(DIS, "People ask why some cabinet reports are marked exempt. Short thread on Schedule 12A and why it exists \U0001F9F5", "explains the law", allowed=[DIS])
H(DIS, "I won't comment on a legal matter that's before the courts. I hope people understand.", "declines to disclose")
H(DIS, "Project Hearth, the council's new warm spaces scheme, launched today in every library. Pop in for a brew.", "a public project name close to a register term", allowed=[DIS])
H(DIS, "In confidence? Nope. I'll always tell you what I can, when I can. Ward update below.", "marker word, nothing disclosed", allowed=[DIS])

# ---------------- tone.irony-risk: positives ----------------
P(IRO, "Oh brilliant, the Leader's found Saltergill on a map. Only took three years. Someone get that woman a medal \U0001F3C5", "mock praise of the Leader", pool="opp", allowed=[ATT])
P(IRO, "Huge congratulations to the Tories on their new leaflet: five spelling mistakes in one paragraph. Must be a record. /s", "sarcasm about a party", pool="notcon")
P(IRO, "Yeah right, Cllr Stanworth 'always listens to residents'. That's why he's never been to a single ward forum.", "'yeah right' about a named councillor", allowed=[ATT])
P(IRO, "What a genius move by the cabinet member for housing: launch a homes plan the same week half the Millholme flats have no heating. Masterful.", "mock praise of a cabinet member", pool="opp")
P(IRO, "Can't thank the Lib Dems enough for their bold stance of agreeing with whoever spoke last. Truly inspirational \U0001F644", "mock praise of a party", pool="notld")
P(IRO, "Sure, our MP really cares about the 42 bus. That's why she's mentioned it zero times in Parliament. Totally.", "sarcasm about the MP")
P(IRO, "Loving the Greens' new plan for Millholme. It's a blank page, but on very sustainable paper, so fair play.", "mock praise of a party", pool="notgreen")
P(IRO, "Cllr Hurst says the planning system is working perfectly. He must be using a different planning system to the rest of us \U0001F602", "irony about a named councillor")
P(IRO, "Another triumph from our Mayor: ribbon cut, photo taken, baths still shut. Bravo.", "mock praise of the Mayor", pool="opp")
P(IRO, "Oh I'm SO sorry to Cllr Clegg for asking a question at scrutiny. I forgot only he's allowed opinions.", "mock apology to a named councillor")
P(IRO, "Great to see the opposition finally turning up to a council meeting. Must have heard there were biscuits.", "sarcasm about opposition councillors", pool="lab")
P(IRO, "Cllr Greenhalgh's 'fully costed' plan is so fully costed it costs nothing and builds nothing. Genius.", "mock praise of a named councillor")
P(IRO, "Nice of Labour to discover the north end of the borough just in time for the elections. Welcome, tourists! \U0001F44B", "sarcasm about a party", pool="opp")
P(IRO, "Really looking forward to the Independents' manifesto. I'm sure it'll be every bit as consistent as their voting record \U0001F607", "mock anticipation about a group", pool="notind")
P(IRO, "Cllr Mirza's budget speech was so inspiring I nearly stayed awake for the second half.", "sarcasm about a named councillor", after="2026-02-26")
P(IRO, "Well done to the Leader on her 'listening tour'. I hear she listened to herself for a full hour.", "mock praise of the Leader", pool="opp")
P(IRO, "Our MP has bravely written a strongly worded letter. The potholes are terrified.", "sarcasm about the MP")
P(IRO, "Gosh, thank you Cllr Prescott for personally fixing the heating in Millholme! Oh wait, that was the residents' campaign. Silly me.", "mock thanks to a named councillor")

# ---------------- tone.irony-risk: hard negatives ----------------
H(IRO, "Oh great, more rain. Just what the Wickerby winter fair needed \u2614\U0001F602", "irony about the weather", allowed=[IRO])
H(IRO, "Me: a councillor for twelve years. Also me: still can't work the chamber microphones. Truly a tech genius.", "self-deprecation", allowed=[IRO])
H(IRO, "Sincere thanks to Cllr Ackroyd for her help with the food bank rota. A proper team player.", "sincere praise", excl=["Ackroyd"])
H(IRO, "Yeah right, as if I'd miss the Fellgate pancake race. See you at noon!", "'yeah right' about oneself", on="2026-02-17", allowed=[IRO])
H(IRO, "The printer in the members' room has jammed again. Wonderful. Love it. Couldn't be happier.", "irony about a printer", allowed=[IRO])
H(IRO, "The new parking app is so user-friendly it only took me forty minutes to pay for twenty minutes' parking.", "irony about an app", allowed=[IRO])
H(IRO, "Roadworks on Bridge Street AND Moor Road in the same week. Who could possibly have predicted traffic? /s", "irony about roadworks", allowed=[IRO])
H(IRO, "Hats off to the Tarnside litter pickers: forty bags in one morning. Genuinely brilliant.", "sincere praise")
H(IRO, "I disagree with the bin changes and I'll say so at full council. Serious question: where do households with no yard put a third bin?", "civil disagreement", pool="opp")
H(IRO, "Forecast said 'light drizzle'. Moor Road is currently a river. Thanks, Met Office \U0001F602", "irony about the weather", allowed=[IRO])
H(IRO, "Brilliant idea from Cllr Baxendale at scrutiny today on library hours. I'll be backing it.", "sincere praise", excl=["Baxendale"])
H(IRO, "My kids say my jokes at the school assembly were 'literally the worst'. Harsh but fair.", "self-deprecation")
H(IRO, "Yes, I read every email. Yes, it takes ages. No, I'm not complaining (much).", "self-deprecation", allowed=[IRO])
H(IRO, "Genius pigeons have worked out how to open the bins in Fellgate Park. Respect, honestly \U0001F426", "'genius' about pigeons", allowed=[IRO])
H(IRO, "The Conservative leaflet says we've cut bus routes. We haven't. Here are the figures.", "factual rebuttal", pool="lab")
H(IRO, "Congratulations to Cllr Mottram on 25 years' service. Whatever our differences, that's real dedication.", "sincere praise", excl=["Mottram"])
H(IRO, "Lovely spring weather for the daffodil planting: hail, then sun, then hail. Classic Harrowfell.", "irony about weather", allowed=[IRO])
H(IRO, "Our MP asked about the 42 bus in Parliament today. Credit where it's due: thank you.", "sincere praise of the MP")

# ---------------- fillers ----------------
for t in [
 "Gritting routes for Gorsey Bank updated. The back lanes are on the secondary list, so take care on the hill.",
 "Great turnout at the Tarnside litter pick: 23 bags, one shopping trolley and a garden gnome (now rehomed).",
 "Surgery this Saturday at the Wickerby community hub, 10 till 12. Just pop in.",
 "Lovely visit to Millholme Primary's new reading garden today. The kids designed it themselves.",
 "The 42 bus timetable changes from Monday. New times are at the stops and online.",
 "Fly-tipping on Back Albion Street has been cleared. If it comes back, report it and I'll chase.",
 "Streetlight out on Moor Road reported. Engineer booked for Thursday.",
 "Fab morning at the Fellgate youth club open day. Our young people are brilliant.",
 "Full council this week. I'll be speaking on the bus services motion. Agenda's online.",
 "Warm spaces are open in every library until the end of March. Free, friendly, and the kettle's on.",
 "Congratulations to Harrowfell Rovers U12s on winning the league cup! \u26bd",
 "Potholes on Saltergill Lane logged. Please keep reporting them, it really does help.",
 "Met the headteachers in Tarnside about safer crossings. Next step: a walkabout with highways.",
 "Dog mess on the rec is getting worse. Bag it and bin it, please. Plenty of bins, honest.",
 "New benches along the canal towpath in Millholme, paid for from the ward fund. Go and sit on one.",
 "Pancake race in the Market Place went ahead despite the drizzle. Winner did it in 14 seconds flat \U0001F95E",
 "Happy Lunar New Year to everyone celebrating in Harrowfell! \U0001F9E7",
 "Flood warning for Tarn Brook. Sandbags available at the depot on Mill Brow. Stay safe.",
 "Gorsey Bank library hours are staying as they are, whatever you've heard. Same as last year.",
 "Walked the ginnel behind Cherry Tree Walk with residents. It needs lighting, and I've asked for a survey.",
 "Thanks to everyone who came to the Saltergill coffee morning. \u00a3212 raised for the air ambulance.",
 "The town hall clock is being repaired. No, it hasn't been right since 1987.",
 "Council tax bills land next month. If you're struggling, the hardship fund is there. Ask me how to apply.",
 "Would you use a Sunday bus into Harrowfell town centre? Reply below, it helps me make the case.",
 "Planted 200 crocus bulbs on the Wickerby verge with the WI. Roll on spring \U0001F338",
 "The new zebra crossing on Fellgate Brow is in. Two years of pushing, but it's there.",
 "Visited the food bank at St Anne's. Demand is up again this winter. Tinned veg especially welcome.",
 "Register to vote by 20 April if you want a say in May.",
 "Great debate at the youth parliament today. Sharper questions than we get at full council, honestly.",
 "Tarnside Community Centre's roof is fixed. Classes are back from Monday.",
 "Blocked drain on Weaver Close reported and cleared within a day. Credit where it's due.",
 "Cold snap on the way. Knock on your neighbours' doors, especially the older ones.",
 "Scrutiny is looking at damp and mould in council homes this spring. Got a story to share? Message me.",
 "Fellgate Park playground reopens on Friday after the resurfacing. The kids have been very patient.",
 "Recycling tip: lids back on plastic bottles, please. The sorting line prefers it.",
 "Ward walkabout in Brackenlow Moor on Friday at 2pm. Meet at the chapel gates.",
 "Holocaust Memorial Day: we remember the six million Jews murdered in the Holocaust, and all victims of persecution and genocide.",
 "Ramadan Mubarak to all our Muslim neighbours. Wishing you a peaceful month.",
]:
    kw = {}
    if "Pancake" in t or "Lunar" in t: kw["on"] = "2026-02-17"
    if "Holocaust" in t: kw["on"] = "2026-01-27"
    if "Ramadan" in t: kw["on"] = "2026-02-18"
    if "Full council this week" in t: kw["on"] = "2026-01-26"
    if "Council tax bills land next month" in t: kw["by"] = "2026-02-27"
    if "Warm spaces" in t: kw["by"] = "2026-03-20"
    if "Scrutiny is looking" in t: kw["by"] = "2026-03-06"
    F(t, **kw)
F("Pendlow Edge in the snow this morning. Legs gone, lungs gone, worth it \U0001F3D4\ufe0f", "personal account, personal content", author="@gethin_fellrunner", account="personal")
F("Lemon drizzle attempt number three. Finally didn't sink in the middle \U0001F34B", "personal account, personal content", author="@penny_bakes_cakes", account="personal")
