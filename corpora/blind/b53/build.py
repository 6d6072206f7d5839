#!/usr/bin/env python3
"""Blind set b53 (Metropolitan Borough of Skelbrook): hand-written single posts for twelve
single-post rules of RULES.md, plus a deterministic script (seed 5353) that shuffles the rows,
assigns ids, authors, platforms and timestamps and writes posts.jsonl. Run: python3 build.py"""
import datetime as dt
import json
import os
import random
import re

SEED = 5353
HERE = os.path.dirname(os.path.abspath(__file__))

# Hand-written rows, part 1 (imported by build.py). Every text written for this set.
OFF, RES, POS, GIF, CAP, INS, PRE, INT, DAT, SEC, DIS, TON = (
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk")

ROWS = []

def P(fam, text, note, rules=None, allowed=(), v=None, who=None, interest=None, window=None):
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note,
                     rules=list(rules or [fam]), allowed=list(allowed), v=v, who=who,
                     interest=interest, window=window))

def H(near, text, note, allowed=(), who=None, window=None):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near,
                     text=text, note=note, rules=[], allowed=list(allowed), v="ok", who=who,
                     window=window))

def F(text, note="ordinary ward post", who=None, window=None):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note, rules=[],
                     allowed=[], v="ok", who=who, window=window))

# ---------------- officers.impartiality: positives ----------------
P(OFF, "Asked planning three times to look again at the Cote Lane traffic figures. Esther Lockwood's report still reads like the developer's consultant wrote it. Not good enough.", "names a planning officer and questions the neutrality of her report; concerns, not a settled view on the application")
P(OFF, "Some of us have noticed that whenever the Riding Alliance wants something, highways magically find the money. Whenever it's Kelderside it's 'no budget'. Funny that.", "insinuates highways officers favour the ruling party", allowed=[TON], who="opp")
P(OFF, "I'd gently suggest Dale in licensing has another look at his recommendation before the report goes out. He knows full well what residents think.", "presses a named officer to change his recommendation before publication")
P(OFF, "Our Chief Exec, Alistair Medley, seems to have forgotten who he works for. Clue: it's residents, not the Leader's office.", "publicly questions the chief executive's political neutrality", allowed=["respect.personal-attack"], who="opp")
P(OFF, "Been told by 'officers' the bin round changes are purely operational. Pull the other one. This has the cabinet's fingerprints all over it and the officers involved know it.", "accuses officers of dressing up a political decision, questioning their neutrality", who="opp")
P(OFF, "If the finance officers can't write a budget report that isn't a glossy advert for the administration, maybe they should just pin a rosette on.", "says finance officers are partisan", who="opp")
P(OFF, "Janice Wadsworth's housing team have sat on the damp complaints from Ribbon Row for months. I want names and I want answers by Friday.", "criticises a named officer and her team in public")
P(OFF, "Officer recommendation on the Market Street takeaway comes out next week. I've made it very clear to them what it ought to say.", "pressing officers over the content of a report", allowed=[PRE])
P(OFF, "Mick Outhwaite told residents the potholes on Sough Lane are 'within tolerance'. Mick, come and drive it in a Fiesta at 30. Then tell me again.", "names and criticises the head of highways publicly")
P(OFF, "Curious how the Monitoring Officer's 'advice' always lands just in time to stop an opposition motion. Independent? Hmm.", "questions the Monitoring Officer's neutrality", allowed=[TON], who="opp")
P(OFF, "Spoke to the head of planning this morning and told him straight: change the wording in that report or I'll raise it at full council.", "pressing an officer to change a report", allowed=["bullying.intimidation"])
P(OFF, "Let's be honest, the comms team now work for the Riding Alliance press office in all but name. Every 'council' release this month reads like one of their leaflets.", "questions the political neutrality of communications staff", who="opp")
P(OFF, "Democratic Services decided my question wasn't 'relevant'. Lydia, it's relevant to the 400 people who signed the petition.", "criticises a named officer in public")
P(OFF, "Not sure which is slower, Skelbrook's licensing officers or a snail on the Ollerby road. At least the snail doesn't pretend it's consulting.", "mocks and criticises licensing officers", allowed=[TON])
P(OFF, "I've asked Pradeep Nair to rewrite section 4 of the budget paper so it shows the real hit to youth services, not the rosy version.", "publicly pressing the s151 officer to change a report")
P(OFF, "Environmental health clearly took a side on the Tanner's Arms noise complaints. Residents deserved a neutral hearing and didn't get one.", "questions officers' neutrality on a live licensing matter, without a settled view on the licence")
P(OFF, "Hats off to whoever wrote the Thornsett depot report. Shame they left out every fact that didn't suit the cabinet. Selective much? 👏", "mock praise of an officer, questioning their neutrality", rules=[OFF, TON], who="opp")
P(OFF, "Ffion, with respect, the council's head of comms shouldn't be liking the Leader's party posts. People notice these things.", "questions a named officer's political neutrality")
P(OFF, "The regeneration officers are far too cosy with Calder Crest Homes. Site visits, coffees, first-name terms. It does not look impartial.", "questions officers' impartiality towards an applicant", allowed=["defamation.allegation"])
P(OFF, "A word to our highways engineers: your Wragley Road traffic survey was done in half term. Redo it, or don't expect members to take it seriously.", "pressing officers to redo their evidence")

# ---------------- officers.impartiality: hard negatives ----------------
H(OFF, "Thanks to Esther Lockwood in planning for talking the Cote Lane residents through the process last night. Clear, patient, and no jargon.", "praise of a named officer, no pressure or criticism")
H(OFF, "Asked officers for a written answer on the Sough Lane potholes. I'll share it here when it comes.", "routine request to officers")
H(OFF, "The officer report on the bin changes is out. I disagree with the cabinet's choice, not with the people who set out the options.", "criticises politicians and expressly not officers", who="opp")
H(OFF, "Our Chief Executive Alistair Medley retires in the summer. Thank you for eleven years of steady hands, Alistair.", "names an officer kindly")
H(OFF, "I've asked the Monitoring Officer whether I can speak on the Tanner's Arms item. Whatever she advises, I'll follow it.", "seeks and accepts officer advice")
H(OFF, "Highways have agreed to re-run the Wragley Road traffic count after half term. Good outcome, thanks for listening.", "officers agree a request; thanks, not pressure")
H(OFF, "Disappointed with cabinet's decision to cut youth services. The finance report set out the options; cabinet picked the worst one.", "criticism aimed at cabinet, not officers", who="opp")
H(OFF, "The licensing team were out on Bridge Street on Friday night checking door staff. Good to see them about.", "praise of licensing officers")
H(OFF, "Housing officers have been brilliant with the Ribbon Row damp cases this month. Proper progress at last.", "praise of housing officers, same street as a positive")
H(OFF, "Democratic Services have confirmed my question will be taken at full council. Thanks, Lydia.", "names an officer in thanks")
H(OFF, "Not happy with the planning policy. The Riding Alliance wrote it and it's them I'll be holding to account.", "criticises the ruling party's policy", who="opp")
H(OFF, "Officer advice was clear and I followed it. Sometimes the right answer isn't the popular one.", "respects officer advice")
H(OFF, "Environmental health are putting noise monitors in on Bridge Street. Residents, keep logging every disturbance.", "reports an officer action neutrally")
H(OFF, "Big thanks to Mick and the highways crew for gritting through the night. Heroes in hi-vis. 🧡", "praise of a named officer and crew")
H(OFF, "I don't agree with the regeneration strategy, but I'll say this for the officers: every option was presented fairly.", "affirms officers' neutrality", who="opp")
H(OFF, "The finance officers' report is a grim read. That's not their fault, it's the funding settlement from Whitehall.", "defends officers")
H(OFF, "Pleased the head of planning has agreed to come to our Thornsett residents' meeting in person.", "neutral mention of an officer")
H(OFF, "Planning backlog finally cleared. The team has worked flat out since the autumn. Thank you.", "praise of planning staff")
H(OFF, "Why is cabinet ignoring its own officers' advice on the depot? Ask the cabinet, not the staff.", "targets cabinet, protects officers", who="opp")
H(OFF, "Is the council's new website any good? Honest feedback welcome and I'll pass it on to the web team.", "neutral feedback request about a service")

# ---------------- resources.political-use: positives ----------------
P(RES, "Leaflets for Saturday's Commonweal canvass are printed and boxed. Cheers to whoever left the Civic Hall reprographics room unlocked 😉", "party leaflets printed on council equipment", who="cw")
P(RES, "Drafting the Riding Alliance spring newsletter on the council iPad between meetings. Efficient or what?", "party material on council equipment", who="ra")
P(RES, "Want to help get me re-elected in May? Drop me a line on my council email and I'll add you to the delivery team.", "council email used for campaign recruitment")
P(RES, "Big thanks to the council's graphics team, who helped tidy up our Heather Party manifesto logo this week.", "council staff time on party material", who="hp")
P(RES, "Thornsett Commonweal activists: team meeting in room 2.14, Skelbrook Town Hall, Thursday at 6. Bring your canvass sheets.", "council office booked for party campaigning", who="cw")
P(RES, "Used the ward members' budget to print 'Thank you from your Riding Alliance councillors' cards for every house on the estate.", "council budget used for party-branded material", who="ra")
P(RES, "Quick one: can anyone in Member Services spare an hour to stuff envelopes for our campaign launch? Paid in biscuits, obviously.", "asks council staff to do campaign work")
P(RES, "Our new flyer has the borough crest right next to 'Vote Pickersgill on 7 May'. Looks dead official, that.", "council logo on an election flyer", who="@ShaunPickersgillInd")
P(RES, "Sent from the councillors' office printer as mine at home has given up: the Skelbrook Independents survey, 300 copies, job done 👍", "council printer for party survey", who="@BevAckroydSI")
P(RES, "Council van was going up to Marrow Clough anyway, so it dropped our Heather Party posters at the chapel. Teamwork!", "council vehicle used to deliver party posters", who="hp")
P(RES, "Kelderside canvass returns are now on the shared drive on the council network so the whole group can get at them.", "party canvass data stored on council systems", who="cw")
P(RES, "Press office kindly proofread my election address. Still no typos, unlike the other lot's.", "council staff proofreading election material")
P(RES, "Filming our campaign video in the Mayor's Parlour this afternoon. That oak panelling will look cracking on camera.", "council premises for a campaign video")
P(RES, "Reminder to RA members: the canvass rota is pinned in the council Teams channel, don't lose it.", "council IT used to organise party canvassing", who="ra")
P(RES, "Franked 200 of our 'Save Ollerby Library' party letters through the Town Hall post room. Sorted.", "council post room used for party mail")
P(RES, "Our group's by-election phone bank will run from the Members' Room on Tuesday afternoons. Council phones are free, so why not.", "council phones and rooms for a phone bank")
P(RES, "Borrowed the council's gazebo and PA for our Commonweal stall on the market. Saves us a fortune.", "council equipment at a party stall", who="cw")
P(RES, "Anyone who signed up at our party stall on Saturday: I'll reply from my skelbrook.gov.uk account over the weekend with the campaign details.", "council email for campaign follow-up")
P(RES, "Nice of the council's social media team to share our Riding Alliance event poster. That's the reach we need before May.", "council account and staff promoting a party event", who="ra")
P(RES, "Got my casework officer to pull together everyone who's contacted me about potholes so we can send them our party's highways pledge.", "council staff and casework records used for campaigning", allowed=[DAT])

# ---------------- resources.political-use: hard negatives ----------------
H(RES, "Leaflets for Saturday's Commonweal canvass are printed. At my own expense, on my own printer, at my own kitchen table 😅", "party leaflets on own equipment", who="cw")
H(RES, "Surgery this Saturday at Ollerby Library, 10 till 12. Council business only, no leaflets, I promise.", "council surgery, no campaigning")
H(RES, "Campaign launch for our May candidates at the Fleece on Friday night. All welcome, bring a friend.", "campaigning with no council resources")
H(RES, "Working from the Members' Room today catching up on casework. Door's open if you're passing.", "council room for council casework")
H(RES, "Our ward newsletter is out: printed by a local firm and paid for by Kelderside Commonweal. Imprint on the back, as always.", "party newsletter paid by the party", who="cw")
H(RES, "Read the whole 300-page local plan consultation on my council laptop. My eyes may never recover.", "council laptop for council work")
H(RES, "Reminder: my council email is for council business. For anything about the campaign, use the party address on the leaflet.", "keeps the two apart")
H(RES, "The council's graphics team have done a cracking job on the new recycling leaflets. Clear, simple, no jargon.", "praise of council staff work on council material")
H(RES, "The Mayor's Parlour was open to Year 5s today for Local Democracy Week. Lovely to see so many questions.", "council premises for civic use")
H(RES, "I'll be at the Riding Alliance stall on the market on Saturday. Our own gazebo, before anyone asks.", "party stall, own equipment", who="ra")
H(RES, "Pre-election period starts soon, so council channels go quiet on anything political. Follow my party page for campaign news.", "respects the pre-election rules")
H(RES, "Casework officer sorted three housing cases for me today. Unsung heroes, the lot of them.", "staff time on casework")
H(RES, "Council phones are down this morning. If you need me, my mobile's on the ward leaflet.", "council phones, no campaigning")
H(RES, "Borrowed my neighbour's gazebo for the Commonweal stall. Thank you, Pat!", "borrowed private equipment", who="cw")
H(RES, "The Town Hall post room sent out the ward newsletter this week: the council version, non-political, cleared by comms.", "council newsletter, not party", allowed=[RES])
H(RES, "Filming a short video in the park about the new play area. On my own phone, in my own time.", "no council resources")
H(RES, "Canvassed Hagthorpe tonight with the team. Lots of talk about the buses and the state of the pavements.", "campaigning with no resources")
H(RES, "Applied for a ward members' grant for the Kelderside gala. Fingers crossed, it's a great community day.", "ward budget for a community event")
H(RES, "Council Teams is down again. Has anyone else's calendar eaten itself?", "council IT, no campaigning")
H(RES, "The Town Hall is a polling station on 7 May. Don't forget your photo ID.", "civic information")

# ---------------- position.improper-advantage: positives ----------------
P(POS, "Any Hagthorpe resident waiting on a planning decision, message me. Being your councillor, I can usually get things moving faster than the queue.", "offers to use the role to jump a queue")
P(POS, "If you need your guttering sorted before the council's inspection, my nephew's lot at Clough Edge Roofing do a good job, and I'll put a word in with building control.", "steers work to a relative and offers influence")
P(POS, "Shout out to Brearley's Bakes on Mill Lane, run by my sister. And yes, I'll be suggesting them for the Mayor's reception catering 😄", "promotes a relative's business for council catering", who="@NadiaBrearleyCW")
P(POS, "Parking ticket outside the Town Hall? DM me the PCN number and I'll see what I can do. Perks of knowing people 😉", "offers to make fines go away through the role")
P(POS, "I've asked housing to bump my neighbour up the transfer list. She's been very good to me over the years and it's the least I can do.", "seeks a favour for a friend through the role")
P(POS, "Our family café on Kirkgate now does working lunches. Ideal for any council team after a caterer, and I'll make sure procurement know 😊", "promotes a connected business to the council")
P(POS, "To the lad who reversed into my car at the leisure centre: I sit on licensing. Your taxi badge renewal is due in April. Think on.", "threat through the role", allowed=["bullying.intimidation"])
P(POS, "If your group needs a hall I can get you the council rate at Ollerby Community Centre, even if you're not strictly eligible. Just mention my name.", "offers a concession through the role")
P(POS, "Applying for a market stall licence? Use my mate Gaz's stall design firm. He knows exactly what our licensing lot look for.", "steers licence applicants to a friend's firm")
P(POS, "Happy to write a letter on council headed paper backing your child's school appeal, if you're a member of our tenants' group.", "favour through the role, conditional on membership")
P(POS, "Old colleagues at Pellow & Moss Accountants: if you want a feel for which council tenders are worth chasing, you know where I am.", "offers inside help to former colleagues", allowed=[INS])
P(POS, "Allotment waiting list in Wragley is three years. Buy me a pint and we'll see if it's really three years 😉", "hints at queue jumping for a favour")
P(POS, "I'll be recommending Sedgeworth Skips to anyone who needs a skip permit from the council. Full disclosure: it's my son's company. Still the best.", "promotes a relative's business tied to a council permit")
P(POS, "My cousin runs the only driving school in Dunscar Bridge that knows the council's new taxi test inside out. Tell her I sent you.", "promotes a relative's business tied to council licensing")
P(POS, "Got a noise complaint against you? Come and see me at surgery and we'll make it go away.", "offers to make enforcement go away")
P(POS, "Grass cutting contract's up for renewal. Any local firm after it should talk to me first. I know what the panel likes, and who's on it.", "offers influence over a procurement", allowed=[INS])
P(POS, "Mentioned to the leisure centre manager that I'm a councillor and funnily enough a court became free straight away 😂 should do that more often", "seeks personal advantage through the role")
P(POS, "If planning give you grief over your extension, tag me. They tend to be a lot more reasonable once a councillor's copied in, if you know what I mean.", "offers to use the role to sway decisions", allowed=[OFF])
P(POS, "My wife's dog grooming business is looking for premises and the council has an empty unit on Tenter Street. I've had a word with the right people.", "uses the role for a spouse's business")
P(POS, "Wragley Bowls Club: I've put your name forward for the community grant. Don't forget who did when it comes to May.", "trades a grant for votes")

# ---------------- position.improper-advantage: hard negatives ----------------
H(POS, "Waiting on a planning decision? Timescales are on the council website, and I'm happy to chase if it's overdue. Same for everyone.", "equal help, no favour")
H(POS, "Need a roofer? I'm not allowed to recommend firms, but Trading Standards keep an approved traders list.", "declines to recommend")
H(POS, "Got a parking ticket outside the Town Hall myself today. Paid it. No exceptions for councillors, quite right too.", "no favour sought")
H(POS, "My sister's new bakery on Mill Lane opened today. Proud of her. I've declared the family link and will stay out of any council catering decisions.", "family business mentioned with a step back", allowed=[POS])
H(POS, "Housing transfers go on need, not on who knows a councillor. If you're struggling, I'll help you make your case properly.", "rejects favours")
H(POS, "Community groups can hire Ollerby Community Centre at the concessionary rate. Here's how to check if you qualify.", "public concession explained")
H(POS, "As your councillor I can't fast-track anything, but I can make sure your complaint gets a proper answer.", "shares the phrase, rejects the favour")
H(POS, "Applying for a taxi badge? The council's knowledge test guide is online. Good luck, everyone.", "neutral guidance")
H(POS, "Someone reversed into my car at the leisure centre. Insurance sorted, nobody hurt. Drive carefully, folks.", "same incident, no threat")
H(POS, "Allotment waiting lists are long everywhere. I'm pushing for more plots in Wragley, for everyone on the list.", "policy push, no queue jump")
H(POS, "Grass cutting contract is out to tender. Local firms can register on the council's procurement portal.", "neutral procurement notice")
H(POS, "Noise complaint? Environmental health is the route. If you get stuck, I'll help you log it properly.", "proper route")
H(POS, "Got a badminton court at the leisure centre tonight after waiting my turn like everyone else 🏸", "no advantage")
H(POS, "Tag me if you've waited more than eight weeks for a planning reply. I'll chase, because eight weeks is the council's own target.", "chasing a published target, for anyone")
H(POS, "Empty council units on Tenter Street are being marketed now. Any business can bid; details on the council's property page.", "open marketing")
H(POS, "Well done to Wragley Bowls Club on the community grant. Decided by the panel, not me, but I'm chuffed for you.", "grant mentioned without claiming credit")
H(POS, "My son's started a skip firm this year. I've told him not to expect any favours from me, and he knows it.", "relative's firm, favours refused", allowed=[POS])
H(POS, "Declared my wife's business at the start of the meeting and left the room for the unit lettings item. As it should be.", "declares and withdraws", allowed=[POS, INT])
H(POS, "Happy to write a letter of support for the tenants' group's lottery bid, as I would for any group in the ward.", "even-handed support")
H(POS, "Old colleagues at Pellow & Moss, good luck with the new office! And no, I can't tell you anything about tenders 😂", "refuses inside help", allowed=[POS])
# Hand-written rows, part 2 (executed after part 1).
# ---------------- gifts.hospitality: positives ----------------
P(GIF, "Thanks to Calder Crest Homes for a cracking lunch at the Brunswick Dyeworks site today. Lovely to see the plans up close.", "hospitality from a pending applicant", v="review")
P(GIF, "Two seats in the directors' box for Rovers v Hagthorpe Town, courtesy of the club. Cheers lads 🍻", "hospitality from a club with no known council decision pending", v="advice")
P(GIF, "Great evening at the Skelbrook Chamber of Trade annual dinner. Grateful to be their guest, sat next to some brilliant local employers.", "hospitality from a business body not seeking a decision", v="advice")
P(GIF, "Pennyfold Estates sent a hamper round for Christmas. Bit late getting to it, but the pork pie was excellent.", "gift from a pending applicant", v="review", window=("2026-01-05", "2026-01-16"))
P(GIF, "Ampwell Energy have invited me down to their HQ for a 'stakeholder day', train and hotel paid. Looking forward to it!", "paid travel and hotel from a pending applicant", v="review")
P(GIF, "Bottle of single malt left on my doorstep by the landlord of the Tanner's Arms with a note: 'thanks for all your support'. Very kind of him.", "gift from a licensee with a pending licence variation", v="review")
P(GIF, "Enjoyed the Greystone Minerals box at the rugby league at the weekend. Proper Yorkshire hospitality, that.", "hospitality from the quarry applicant", v="review")
P(GIF, "Spa day voucher from the team at Northgate Leisure, who run our leisure centres under contract. I've earned it this month 😅", "gift from a council contractor", v="review")
P(GIF, "The Kirkby Tarmac lads, who resurface half the borough's roads, treated ward members to a curry after the site walk. Very generous.", "hospitality from a council contractor", v="review")
P(GIF, "A gallery owner gave me a framed print of Ollerby Moor after I opened her exhibition. It'll go up in my study.", "gift tied to the role from a giver not seeking a decision", v="advice")
P(GIF, "Got a free year's membership at the new gym on Cross Street after cutting the ribbon. Not bad for five minutes with some scissors!", "gift tied to the role, giver not seeking a decision", v="advice")
P(GIF, "Two nights at a Lakeland hotel, courtesy of one of the firms bidding for the bus station contract. Don't worry, I'm not on the panel.", "hospitality from a bidder", v="review")
P(GIF, "Big thank you to Big Yorky's for the free tea for the whole family on Friday. Their Market Street plans deserve a fair hearing.", "gift from a pending applicant; no settled view", v="review")
P(GIF, "The Kelderfest organisers have sorted me a VIP wristband for this summer. Can't wait!", "gift from a pending licence applicant", v="review")
P(GIF, "Golf day with the Rotary at Thornsett, lunch and a round thrown in. Great cause, lovely course.", "hospitality from a charity club, no decision sought", v="advice")
P(GIF, "Lucky Reels have offered ward councillors a tour of their Wragley venue and dinner afterwards. I've said yes, always good to understand a business.", "hospitality from a pending gambling licence applicant", v="review")
P(GIF, "A local brewery has put me on their 'friends' list: a free case every month. Might have to cut back on evening surgeries 😂", "recurring gift, giver not known to seek a decision", v="advice")
P(GIF, "Thanks to the architects behind the St Bede's Church Hall conversion for dinner last night. Really impressive team.", "hospitality from the team behind a pending application", v="review")
P(GIF, "Accepted a season ticket from Skelbrook Rovers. They're after council backing for the training ground lease, but I'm a lifelong fan anyway!", "gift from a club seeking a council lease", v="review")
P(GIF, "The taxi firm I helped with their operator licence insisted on running me to the airport for free. Can't say no to that.", "gift from a firm helped with a licence", v="review")

# ---------------- gifts.hospitality: hard negatives ----------------
H(GIF, "Calder Crest Homes offered lunch at the Brunswick site visit. I said no thanks and ate my own sandwiches in the car.", "hospitality refused", allowed=[GIF])
H(GIF, "Skelbrook Rovers sent me derby tickets. Sent them back; I buy my own season ticket, and it's on my register.", "gift returned", allowed=[GIF])
H(GIF, "Registered the Chamber of Trade dinner on my gifts and hospitality form today, well inside the 28 days.", "gift registered", allowed=[GIF])
H(GIF, "Bought a raffle strip at the Rotary golf day and won a bottle of red. Luck, not lobbying 🍷", "prize bought into", allowed=[GIF])
H(GIF, "Pennyfold Estates sent a Christmas hamper. It's gone straight to the Dunscar food bank and I've asked them not to do it again.", "gift passed on and refused", allowed=[GIF], window=("2026-01-05", "2026-01-16"))
H(GIF, "Lovely cup of tea and a biscuit at the Ollerby luncheon club. Best hospitality in the borough, hands down.", "trivial refreshment at a community club")
H(GIF, "Declined Ampwell Energy's 'stakeholder day'. Happy to meet them at the Town Hall like anyone else.", "hospitality declined", allowed=[GIF])
H(GIF, "Paid for my own ticket to the Chamber of Trade dinner. £45 well spent for the conversations alone.", "paid own way")
H(GIF, "Gift of the week: a drawing of me by a Year 2 at Thornsett Vale Primary. Apparently I have green hair.", "child's drawing, no value")
H(GIF, "Reminder to new members: anything worth £100 or more goes on the register within 28 days. Ask the Monitoring Officer if in doubt.", "reminder of the rule", allowed=[GIF])
H(GIF, "Big Yorky's offered the ward team a free tea. Politely declined; we paid like everyone else.", "declined", allowed=[GIF])
H(GIF, "A resident brought me a Christmas card and a mince pie. That's the full extent of my 'hospitality' 😂", "token gesture", window=("2026-01-05", "2026-01-09"))
H(GIF, "Thanks to the Kelderside gala volunteers for the burger. I paid, before anyone asks!", "paid")
H(GIF, "The Tanner's Arms landlord offered to stand me a pint. Told him I'll buy my own while his licence is pending.", "refused from a licensee", allowed=[GIF])
H(GIF, "The Mayor's charity ball raised £8k for the hospice. Tickets bought, not given.", "paid")
H(GIF, "Greystone Minerals are holding a quarry open day. It's open to the public, so I'll go along with the residents' group.", "public event, no hospitality accepted", allowed=[GIF])
H(GIF, "The gallery on Kirkgate has a lovely Ollerby Moor print for sale. Bought one for my mum's birthday.", "bought, not given")
H(GIF, "Opened the new gym on Cross Street today. They offered free membership; I said no, but I'll pay and join!", "declined", allowed=[GIF])
H(GIF, "The brewery on Tenter Street does great tours, £12 a head. Took the family on Saturday.", "paid")
H(GIF, "Kelderfest early bird tickets are on sale. I'll buy mine if and when the licence is granted.", "will pay; no view on the licence")

# ---------------- capacity.council-voice: positives ----------------
P(CAP, "Skelbrook Council fully supports the Ollerby bypass campaign and will be lobbying hard for it.", "personal view presented as the council's (no motion passed)", who=["opp"])
P(CAP, "On behalf of Skelbrook MBC, I want to say we stand firmly against closing Dunscar Bridge police station.", "claims to speak on behalf of the council", who=["opp"])
P(CAP, "The council's position is clear: no more HMOs in Kelderside.", "party view stated as the council's position", who=["cw"])
P(CAP, "Our council will not be signing up to the regional mayor's transport plan. End of.", "claims a council decision", who=["opp"])
P(CAP, "Skelbrook MBC is officially backing the Hagthorpe Town takeover bid. Great news for the club!", "claims official council backing", who=["nonexec"])
P(CAP, "The council is 100% behind the Wragley pigeon show, so come along on Saturday!", "personal account speaking as the council", who="@keithsowden_lofts")
P(CAP, "Speaking for the whole council here: we are appalled by the Home Office's plan for the old barracks.", "claims to speak for the whole council", who=["opp"])
P(CAP, "The Heather Party group, and so the council when it comes down to it, opposes any new fracking licences in the borough.", "party view passed off as the council's", who=["hp"])
P(CAP, "As a council we condemn the Argus's coverage of the Thornsett floods. Shameful reporting.", "claims a council condemnation", who=["nonexec"])
P(CAP, "Official: Skelbrook Council wants the Kelder Valley line reopened. I've been saying it for years.", "presents own view as official council position", who=["opp"])
P(CAP, "Skelbrook says no to the four-day bin trial. We've heard you, residents.", "speaks as the council against a cabinet decision", who=["opp"])
P(CAP, "The borough council does not recognise the government's homelessness figures for Skelbrook.", "states a council position without a decision", who=["opp"])
P(CAP, "I can confirm the council will be refunding everyone caught by the Market Street camera glitch.", "announces a council decision not made", who=["opp"])
P(CAP, "Council view, for the avoidance of doubt: we want 20mph on every residential street.", "personal policy presented as the council's view", who=["hp"])
P(CAP, "The council has thrown its weight behind the Save Dunscar Baths campaign. Sign the petition!", "personal account claiming council backing", who="@bev_on_the_allotment")
P(CAP, "Skelbrook MBC is proud to stand with the striking bus drivers. Solidarity ✊", "party solidarity presented as the council's", who=["cw"])
P(CAP, "We at the council think the PCC's precept rise is completely unjustified.", "speaks for the council", who=["opp"])
P(CAP, "Let me be clear on behalf of Skelbrook: the town centre is open for business and these 'ghost town' claims are nonsense.", "claims to speak on behalf of the borough council", who=["ra", "nonexec"])
P(CAP, "The council's official line on the Ollerby Moor wildfires: the grouse estates pay for the clean-up.", "personal line as official council line", who=["hp"])
P(CAP, "Skelbrook Council endorses Graham Tillotson MP's bill on free school buses.", "political endorsement attributed to the council", who=["nonexec"])

# ---------------- capacity.council-voice: hard negatives ----------------
H(CAP, "Full Council last night backed the Ollerby bypass campaign. Proud to have seconded the motion.", "accurate report of a resolution", window=("2026-01-15", "2026-01-15"))
H(CAP, "My personal view: the council should oppose closing Dunscar Bridge police station. I'll be bringing a motion.", "personal view marked as such")
H(CAP, "The Commonweal group believes there should be no new HMOs in Kelderside. We'll make that case at Full Council.", "party view stated as the party's", who=["cw"])
H(CAP, "The council has published its response to the mayor's transport plan. I don't agree with all of it, and here's why.", "reports the council's published response")
H(CAP, "The council's statement on the Thornsett floods is on its website. Sharing for anyone who missed it.", "shares an official statement")
H(CAP, "The Heather Party opposes any new fracking licences in the borough. That's our group position, not (yet) the council's.", "party view, distinguished", who=["hp"])
H(CAP, "Cabinet agreed yesterday to trial four-day bin collections. I argued against it; the decision stands.", "reports a decision accurately", who=["opp"])
H(CAP, "'The council believes the figures speak for themselves,' says the cabinet member. I think they tell a very different story.", "quotes the cabinet member, own view separate", who=["opp"])
H(CAP, "I'm backing the Save Dunscar Baths campaign. Sign the petition. This is me, not the council.", "personal support marked as such")
H(CAP, "Speaking for myself and not the council: I'm appalled by the Home Office plan for the barracks.", "shares words with a positive but disclaims")
H(CAP, "Skelbrook Council has confirmed refunds for the Market Street camera glitch. Details on the council site.", "announced scheme")
H(CAP, "The council thinks 20mph everywhere is a step too far. I think it's a step we need.", "contrasts own view with the council's", allowed=[CAP])
H(CAP, "Not the council's position (yet!) but I'd love to see the Kelder Valley line reopened.", "disclaims")
H(CAP, "Skelbrook MBC's formal response to the PCC precept consultation is on page 14 of the cabinet papers.", "points to the real response")
H(CAP, "Our group stands with the striking bus drivers. The council funds routes but doesn't employ them, so it's for the operator to settle.", "party solidarity stated as the group's", who=["cw"])
H(CAP, "On behalf of the Kelderside Commonweal councillors: thank you to everyone who came to the hustings.", "speaks for the party group, not the council", who=["cw"])
H(CAP, "The council's account has the official line on the wildfires. Mine's spicier: the grouse estates should pay.", "own view separated from the official line", who=["hp"])
H(CAP, "Officers confirm town centre footfall is up 6% on last year. Good news whatever your politics.", "reports a fact")
H(CAP, "This is my personal account. Views my own, not Skelbrook MBC's.", "disclaimer")
H(CAP, "The Mayor, on behalf of the borough, welcomed the delegation from our twin town today.", "the Mayor acting in office", who=["nonexec"])

# ---------------- confidentiality.insider-advantage: positives ----------------
P(INS, "If anyone's been thinking about buying one of the garages on Tenter Street, now's the time. Trust me. Can't say more yet.", "hints at undisclosed council plans for advantage")
P(INS, "Small businesses on Kirkgate: get your rate relief applications in this month, before the scheme gets cut back. You didn't hear it from me.", "tip about an unannounced cut")
P(INS, "Heads up to landlords on Ribbon Row: you'll want your paperwork in order by Easter. Let's just say a lot of doors are going to get knocked.", "tips off targets of unannounced enforcement", allowed=[DIS])
P(INS, "Market traders: stall fees are going up 30% in April. Book the year up front at the old rate while you still can.", "acts on unannounced fees")
P(INS, "Anyone with a house on Coldwell Road: I'd hold off selling for a bit. Something's coming that'll add a few quid to your value 😉", "property tip from council knowledge")
P(INS, "Mate asked me if he should bid on the old Co-op building. I said absolutely, and sooner rather than later. The council's plans for that corner are... interesting.", "tip based on council plans")
P(INS, "Tip for parents: get your Ollerby Primary applications in early this year, the catchment's about to shrink. Not public yet.", "unannounced change used for advantage", window=("2026-01-05", "2026-01-14"))
P(INS, "Buy your resident parking permits for the year before cabinet meets in March. Say no more.", "tips buying before a decision", window=("2026-01-05", "2026-03-06"))
P(INS, "Run a skip firm? Watch this space. There's a tender coming that's practically written for a local outfit your size. Get your paperwork ready now.", "advance notice of a tender")
P(INS, "Friends with land near the Wragley tip: hang on to it. It won't be a tip much longer and what replaces it will be very good news for you.", "land tip from council knowledge")
P(INS, "One for the taxi drivers: the new licensing fees aren't out yet, but renew before 1 April if you've any sense.", "advance notice of unpublished fees")
P(INS, "Don't sign a long lease in the market hall just yet. I know what's in the review and you'll want to wait.", "uses review contents for advantage")
P(INS, "Was told in a briefing today which streets are in the next resurfacing round. If you're a trader on one of them, DM me and plan your deliveries.", "shares briefing knowledge selectively")
P(INS, "Little birdie (well, a cabinet briefing) says the Hagthorpe business grants reopen next week with double the pot. Get your bids drafted tonight.", "unannounced grants")
P(INS, "If I were a developer I'd be looking very hard at the land behind Dunscar station right now. That's all I'm saying.", "development tip")
P(INS, "My advice to my cousin: buy the flat on Lees Bank Road, quick, before the council announces what's happening across the road.", "tip to a relative before an announcement")
P(INS, "Thornsett landlords: the selective licensing boundary is moving. I've seen the map. Sort yourselves out before it's published.", "unpublished map used to warn landlords")
P(INS, "Sports clubs! The pitch hire discount goes in September. Lock in a three-year booking now while the old rules apply.", "unannounced change")
P(INS, "Someone asked me if a pavement café licence on Market Street is worth it. Apply this month, I said. The fee's doubling and they haven't told anyone yet.", "unannounced fee rise")
P(INS, "To the chap asking about the empty shop on Bridge Street: put an offer in. Quickly. You'll thank me when the regeneration money lands.", "regeneration tip")

# ---------------- confidentiality.insider-advantage: hard negatives ----------------
H(INS, "The Tenter Street garages go to auction next month. It's on the council's property page for anyone interested.", "public sale")
H(INS, "Rate relief applications close on 31 March. The scheme's on the council website, don't miss out.", "public deadline")
H(INS, "Landlords: the selective licensing consultation is open. Have your say before it closes.", "public consultation")
H(INS, "Market stall fees for 2026/27 were in the budget papers last week. Up 5%.", "published fees", window=("2026-03-02", "2026-03-27"))
H(INS, "Thinking of selling? The local plan map is public. Check what's proposed near you first.", "public information")
H(INS, "Primary admissions deadline is 15 January. Apply on time, whatever your catchment.", "public deadline", window=("2026-01-05", "2026-01-14"))
H(INS, "Resident permit prices are reviewed in the cabinet paper published today. Comments welcome.", "published paper")
H(INS, "Heads up: roadworks on Kirkgate from Monday for three weeks. Traders, the council's letter has all the details.", "'heads up' about public works")
H(INS, "Tip-off from a resident about fly-tipping behind Coldwell Road. Passed to enforcement, thanks for reporting.", "'tip-off' in the other direction")
H(INS, "Hagthorpe business grants reopen next week, announced by cabinet today. Link on the council site.", "announced scheme")
H(INS, "Taxi licensing fees for April were published in December. Worth checking before you renew.", "published fees")
H(INS, "Between the bus station and the Co-op there's a lot of empty retail. I'd love to see it filled.", "wish, no tip")
H(INS, "The Bridge Street regeneration plans went out to consultation today. Drop-in at the library on Thursday.", "public consultation")
H(INS, "Buy local this Mother's Day. Market Street traders need you.", "'buy' without inside knowledge", window=("2026-03-02", "2026-03-13"))
H(INS, "Get your pitch bookings in early, clubs. The summer schedule always fills up fast.", "general advice")
H(INS, "Someone asked if a pavement café licence is worth it. The fee's on the council website; I'd say yes if you've got the space.", "public fee")
H(INS, "I can't give anyone a steer on land or property. Councillors mustn't use what we hear in briefings. Ask an agent.", "refuses", allowed=[INS])
H(INS, "The council announced this morning that the Wragley tip will close in 2028. Consultation on what replaces it opens in spring.", "announced")
H(INS, "Heads-up: the 2026 resurfacing list is on the council website now. Check if your street's on it.", "published list")
H(INS, "The selective licensing map is published. Landlords, check your address on the council site.", "published map")

# ---------------- predetermination.closed-mind: positives ----------------
P(PRE, "Cote Lane will be built on over my dead body. I'm voting no at committee and nothing in the officers' report will change that.", "settled against a pending application named by site", v="block")
P(PRE, "26/00241/FUL. Another takeaway on Market Street? Not a chance. Consider my vote cast.", "settled view on a pending reference", v="block")
P(PRE, "The quarry extension at Ollerby Moor is dead in the water as far as I'm concerned. I won't vote for it, full stop.", "settled against a pending application", v="block")
P(PRE, "Ampwell's battery farm at Marrow Clough is exactly what the valley needs, and I'll be backing it on the night whatever the objectors say.", "settled in favour of a pending application", v="block")
P(PRE, "Let me save everyone some time on the Tanner's Arms late licence: no. Not at 2am, not ever.", "settled against a pending licence", v="block")
P(PRE, "Kelderfest deserves its licence and it's getting my vote. Objectors can write all the letters they like.", "settled in favour of a pending licence", v="block")
P(PRE, "Brunswick Dyeworks is a done deal in my book. 164 homes, brownfield, sorted. I don't need to hear any more.", "settled in favour, pending site", v="block")
P(PRE, "Lucky Reels on Wragley Retail Park? Not on my watch. I've already decided and I'll be moving refusal.", "settled against a pending licence", v="block")
P(PRE, "I've read enough. The St Bede's Church Hall flats should be thrown out and I'll say so at committee.", "settled against a pending application", v="block")
P(PRE, "Drive-through at the Thornsett Vale Garden Centre? My mind's made up. Refuse it.", "settled against a pending application", v="block")
P(PRE, "Calder Crest can put in as many revised plans as they like. My answer will still be no.", "settled against a pending applicant's scheme", v="block")
P(PRE, "Pennyfold Estates are wasting their money on consultants. This committee member is a no and that won't change.", "settled against a pending applicant", v="block")
P(PRE, "Honestly can't think of a thing anyone could say at committee to make me vote against Big Yorky's. It's a yes from me.", "settled in favour of a pending applicant", v="block")
P(PRE, "The Greystone Minerals application must be refused. There is no version of it I could ever support.", "settled against a pending applicant", v="block")
P(PRE, "That HMO application on Albion Terrace is going nowhere. I'll be voting it down.", "settled view on an application not on the register", v="review")
P(PRE, "Whatever the inspector makes of the Holme Farm appeal, it should never have got this far and my view isn't going to shift.", "settled view on a pending appeal not on the register", v="review")
P(PRE, "Whoever applies for a licence at the old Palace cinema, if it's for a nightclub, I'm a no. Simple as.", "settled view on a licence not on the register", v="review")
P(PRE, "The phone mast on Crag View? Refused. I don't care how many technical reports they send in.", "settled view on an unregistered application", v="review")
P(PRE, "The Moor End solar farm should sail through planning and I'll be voting for it no matter what.", "settled in favour of an unregistered application", v="review")
P(PRE, "Operator licence for that taxi firm on Kirk Street: never. Not after last year.", "settled view on an unregistered licence", v="review")

# ---------------- predetermination.closed-mind: hard negatives ----------------
H(PRE, "I have real concerns about traffic from the Cote Lane scheme, but I'll listen to all the evidence at committee before I decide.", "predisposition with an open mind", allowed=[PRE])
H(PRE, "Residents keep asking my view on the Ollerby Moor quarry. As a committee member I can't give one yet. Come and speak at the meeting.", "declines to give a view")
H(PRE, "The Tanner's Arms hearing date is on the council website. Residents can still send in representations.", "procedural information")
H(PRE, "I'll never vote for a budget that closes Ollerby Library. Never.", "settled view but not quasi-judicial")
H(PRE, "My mind's made up: the best pork pie in Skelbrook is on Kirkgate market. Fight me.", "shares the phrase, no matter")
H(PRE, "As ward councillor (I'm not on planning) I've lodged an objection to the St Bede's Church Hall conversion on behalf of residents.", "ward member objecting, not deciding", allowed=[PRE])
H(PRE, "Lots of chat about Kelderfest. I'm keeping an open mind and will hear from both sides.", "open mind")
H(PRE, "Big Yorky's application: I'll weigh the officers' report and the objections before deciding anything.", "open mind")
H(PRE, "The Marrow Clough battery plan raises questions about fire safety. I've asked officers to cover them in the report.", "concerns, not a settled view")
H(PRE, "Refused: my request for a fourth biscuit at committee. Outrageous.", "joke, no matter")
H(PRE, "I'll vote against the council tax rise. Not changing my mind on that.", "budget vote, not quasi-judicial", who=["opp"])
H(PRE, "Brunswick Dyeworks has been derelict for twenty years. Whatever happens with the current application, the site needs a future.", "no view on the application", allowed=[PRE])
H(PRE, "The inspector dismissed the Hollin Farm appeal yesterday. Residents will be relieved.", "decided matter")
H(PRE, "Lucky Reels' application is heard in April. Everyone gets a fair hearing, including them.", "open mind")
H(PRE, "Don't care what anyone says, Skelbrook Rovers will never go down. Never.", "'never' about football")
H(PRE, "I've made up my mind to stand again in May.", "'made up my mind' about standing")
H(PRE, "Predisposed? Sure, I've always favoured brownfield first. Predetermined? No. I judge every application on its merits.", "predisposition acknowledged, open mind")
H(PRE, "Drive-through at the garden centre: consultation closes Friday. Have your say on the planning portal.", "procedural")
H(PRE, "The Crag View phone mast was refused last year and the operator never appealed.", "decided matter")
H(PRE, "I've objected to the Greystone quarry in my personal capacity, so I won't sit on the committee for that item.", "objects and steps aside", allowed=[PRE])
# Hand-written rows, part 3 (executed after part 2).
BEV, HAN, BRE, IDR, OWE, RAC, FAR, KEI, SHA = ("@BevAckroydSI", "@HannahBirtwhistleRA", "@BrendanFearnleyRA",
    "@IdrisOkonjo", "@OwenStansfield", "@RachelCrowtherCW", "@FarhanQureshiTV", "@KeithSowdenWragley",
    "@ShaunPickersgillInd")
CU, CLT, FPH, KTF, HYD, ACA, PHA, CRI, NHA = ("Dunscar Bridge Credit Union", "Hagthorpe Community Land Trust",
    "Fearnley Plant Hire Ltd", "Kelderside Tenants' Federation", "Marrow Clough Hydro Co-operative",
    "Thornsett Vale Academy Trust", "Moorside Pharmacy", "Wragley Cricket Club", "Northfold Housing Association")

# ---------------- interests.declared-interest: positives ----------------
P(INT, "Really hope cabinet approves the £40k financial inclusion grant next month. Dunscar Bridge Credit Union is ready to deliver it from day one.", "director posting for a grant to her credit union", who=BEV, interest=CU)
P(INT, "The council's consultation on a new payroll savings partner for staff is a chance to back local. Our credit union is the obvious choice.", "oblique: 'our credit union' in a council choice", who=BEV, interest=CU)
P(INT, "Scrutiny's looking at how the council commissions debt advice. Credit unions, mine included, should get first refusal.", "holder pushing for her body in commissioning", who=BEV, interest=CU)
P(INT, "Delighted the council's finally looking at handing the old Hagthorpe bowling green to community ownership. Our CLT has the plans ready to go.", "trustee backing an asset transfer to her trust", who=HAN, interest=CLT)
P(INT, "Backing the community asset transfer motion at Full Council. The Hagthorpe Community Land Trust has waited years for this.", "trustee supporting a motion that benefits the trust", who=HAN, interest=CLT)
P(INT, "The council's plant hire framework is out to tender. Good to see local firms finally getting a look-in, and yes, we've put our bid in.", "owner posting about a tender his firm bid for", who=BRE, interest=FPH)
P(INT, "Members should back keeping winter gritting with local hire firms, not the national outfit. Fearnley Plant Hire has never once let this borough down.", "owner lobbying on a contract touching his firm", who=BRE, interest=FPH)
P(INT, "Cabinet must renew the tenant engagement contract with the Kelderside Tenants' Federation. It's the only body that actually knows these estates.", "chair lobbying for a contract to his federation", who=IDR, interest=KTF)
P(INT, "The housing review wants to cut funding to tenants' groups. As chair of ours, I'll be fighting that all the way at scrutiny.", "chair intending to take part on a matter touching his body", who=IDR, interest=KTF)
P(INT, "Hope colleagues back the hydro co-op's bid for the council's green energy loan. Marrow Clough Hydro could power 300 homes.", "secretary lobbying for a council loan to his co-op", who=OWE, interest=HYD)
P(INT, "The council's power purchase tender should favour community energy. Schemes like ours on the Clough have waited a long time for exactly this.", "oblique: 'schemes like ours' in a tender", who=OWE, interest=HYD)
P(INT, "The proposal to charge for river access along the Clough would cripple our co-op. I'll be speaking against it.", "holder speaking against a charge on his co-op", who=OWE, interest=HYD)
P(INT, "Pushing the council to transfer the Thornsett playing fields to the academy trust. Our pupils deserve proper pitches.", "trustee lobbying for a transfer to her trust", who=RAC, interest=ACA)
P(INT, "Cabinet's school transport review will hit Thornsett Vale Academy hardest. I'll be pressing for an exemption for the academy.", "trustee seeking an exemption for her school", who=RAC, interest=ACA)
P(INT, "The council is retendering the stop-smoking service. Community pharmacies like ours in Ollerby are best placed to deliver it. Commissioners, please listen.", "owner lobbying on a contract his pharmacy could win", who=FAR, interest=PHA)
P(INT, "Moorside Pharmacy will be going for the council's new sexual health outreach contract. Fingers crossed members get behind it.", "owner posting about a contract bid", who=FAR, interest=PHA)
P(INT, "Hoping cabinet approves the 25-year lease on the Wragley Rec cricket ground. Wragley Cricket Club's been there since 1891.", "chairman lobbying for a lease to his club", who=KEI, interest=CRI)
P(INT, "Pleased the council's new sports strategy lists the Wragley cricket ground as a priority for investment. Our club's been asking for years.", "oblique: 'our club' and council investment", who=KEI, interest=CRI)
P(INT, "Cabinet should pick Northfold Housing Association as partner for the Ollerby regeneration homes. Best track record in the borough.", "board member lobbying for his association", who=SHA, interest=NHA)
P(INT, "The council's nomination agreement with housing associations is up for renewal. Ours has always taken more than its share of homeless families.", "oblique: 'ours' in a council agreement", who=SHA, interest=NHA)

# ---------------- interests.declared-interest: hard negatives ----------------
H(INT, "Really hope cabinet approves the financial inclusion grant next month. Credit unions do brilliant work in this borough.", "same matter from a non-holder", who=["notholder:" + CU])
H(INT, "Dunscar Bridge Credit Union AGM on Thursday. Members, see you there. I'm bringing the parkin.", "holder, no council matter", who=BEV)
H(INT, "I've declared my interest as a director of Dunscar Bridge Credit Union and will leave the room when cabinet takes the inclusion grant.", "holder declaring and withdrawing", allowed=[INT], who=BEV)
H(INT, "Hagthorpe Community Land Trust litter pick on Sunday morning. Gloves and bags provided!", "holder, no council matter", who=HAN)
H(INT, "The asset transfer of the old Hagthorpe bowling green is on the cabinet agenda. Good luck to the land trust.", "same matter from a non-holder", who=["notholder:" + CLT])
H(INT, "Fearnley Plant Hire is taking on two apprentices this spring. Great chance for school leavers.", "holder, no council matter", who=BRE)
H(INT, "The plant hire framework is on the cabinet agenda. I've declared an interest and won't be taking part.", "holder declaring", allowed=[INT], who=BRE)
H(INT, "Kelderside Tenants' Federation meets tonight: mould, damp, and the bus timetable. All tenants welcome.", "holder, body's own meeting", who=IDR, allowed=[INT])
H(INT, "Cabinet should renew the tenant engagement contract. Tenants know the estates better than anyone.", "same matter from a non-holder", who=["notholder:" + KTF])
H(INT, "Marrow Clough Hydro turned its turbine on for the winter. Lovely sound, the river doing the work.", "holder, no council matter", who=OWE)
H(INT, "Asked the Monitoring Officer if my hydro co-op membership stops me voting on the green energy loan. It does, so I won't.", "holder asking and stepping back", allowed=[INT], who=OWE)
H(INT, "Proud trustee moment: Thornsett Vale Academy's choir made the regional final!", "holder, no council matter", who=RAC)
H(INT, "I'll be backing the Thornsett playing fields transfer to the academy trust at cabinet. Pupils deserve proper pitches.", "same matter from a non-holder", who=["notholder:" + ACA, "ra"])
H(INT, "Pharmacist hat on: please get your flu jab. Any pharmacy, any GP, just get it.", "holder, public health message, no council matter", who=FAR)
H(INT, "The stop-smoking service is being retendered. Community pharmacies would be a great fit.", "same matter from a non-holder", who=["notholder:" + PHA])
H(INT, "Wragley Cricket Club winter nets start Tuesday. Juniors free.", "holder, no council matter", who=KEI)
H(INT, "I chair Wragley Cricket Club, so I've declared an interest and left cabinet for the Rec lease item.", "holder declaring", allowed=[INT], who=KEI)
H(INT, "Cabinet picks its housing partner for the Ollerby regeneration next month. Whoever it is, we need social rent, not 'affordable'.", "same matter from a non-holder, no body named", who=["notholder:" + NHA])
H(INT, "Lovely to see the new Northfold homes in Ollerby filling up. Well done to the build team.", "holder, no council matter", who=SHA, allowed=[INT])
H(INT, "Stepping back from the tenants' group funding item in the housing review. I chair the federation. Colleagues will make the case.", "holder stepping back", allowed=[INT], who=IDR)

# ---------------- data-protection.personal-data: positives ----------------
P(DAT, "Popped round to see Mrs Doreen Illingworth at 14 Carr Road about her hedge. Lovely lady, all sorted.", "private person's name with house address", v="review")
P(DAT, "Council finally fixed the drain outside Ahmed Siddiqui's house on Lowfield Close, SB7 3NL. Three months he's waited!", "name with street and postcode", v="review")
P(DAT, "Get well soon to Stan Oldfield of Birks Lane, in Skelbrook General after his stroke. Stan, the whole ward's thinking of you.", "health of a named private person", v="block")
P(DAT, "Yes, it's the family at number 22 Tenter Street with the arrears. Council tax ref 4471123908. It's being dealt with.", "account reference and financial details", v="block")
P(DAT, "Met young Kayden, 8, from Ollerby Primary, who's been helping his mum Leanne through her chemo. What a lad.", "child and health details", v="block")
P(DAT, "Spoke to Parveen Akhtar on Coldwell Road about her transfer. She's been diagnosed with MS and the stairs are impossible now.", "health of a named resident", v="block")
P(DAT, "Can anyone help Gary Rushworth? Just out of prison and needs a room round Dunscar. Give him a ring on 07700 900583.", "criminal record and a private phone number", rules=[DAT, SEC], v="block")
P(DAT, "Email in from Joan Firth (joanfirth1948@example.com) about the bus stop. Joan, I've sent it on to highways!", "private email address", v="block")
P(DAT, "That white van, SB19 KLT, has been dumping rubbish behind Kirkgate again. Passed to enforcement.", "vehicle registration with an allegation", v="block", allowed=["defamation.allegation"])
P(DAT, "Congratulations to Mr and Mrs Hinchliffe of 3 Moor View on their diamond wedding! Sixty years!", "names with house address", v="review")
P(DAT, "Terry on the Thornsett bin round is off again with his back. Bear with the crew, folks.", "staff health", v="block")
P(DAT, "The care leaver I've been helping, Jade, 17, has finally got a flat at Ravenscliffe Court. So proud of her.", "child service user with address", v="block")
P(DAT, "Catching up with Mohammed from the mosque on Bradley Street. He's struggled since his support package was cut.", "religion and care service user, identifiable", v="block")
P(DAT, "Shout out to Kev Baines, two years sober and now volunteering at the Mill Lane food bank. Inspirational.", "health of a named private person", v="block")
P(DAT, "Update for neighbours of 41 Sough Lane: the tenant, Mr Dobson, is being evicted next week for anti-social behaviour.", "enforcement details of a named tenant with address", v="block", allowed=["defamation.allegation"])
P(DAT, "Happy 90th birthday Eileen Tordoff, born 9 March 1936, from all of us on Clough Head Road!", "date of birth of a private person", v="block", window=("2026-03-09", "2026-03-09"))
P(DAT, "Asked the school to look again at Ellie-Mae Dyson's EHCP. Her mum's been fighting two years. Autism doesn't go away.", "child with health details", v="block")
P(DAT, "Housing case HSG/25/08812, the lady on Albion Terrace, is now with a senior officer.", "case reference", v="block")
P(DAT, "Well done Danny Shaw from Wragley, found not guilty yesterday. Knew you were innocent all along, mate.", "criminal proceedings of a named person", v="block")
P(DAT, "Mr Patel from the newsagent's on Kirkgate told me his lad's been excluded from Hagthorpe High again. These kids need more support.", "identifiable child with school exclusion", v="block")

# ---------------- data-protection.personal-data: hard negatives ----------------
H(DAT, "Popped round to see a resident on Carr Road about her hedge. Sorted.", "no identifiable person")
H(DAT, "Drain on Lowfield Close finally fixed. Three months of chasing!", "street only, no person")
H(DAT, "Get well soon to Cllr Owen Stansfield, in hospital this week. Back on your feet soon, Owen!", "named public office holder", allowed=[DAT])
H(DAT, "Surgery every Saturday, 10 till 12, Skelbrook Central Library, 2 Cloth Hall Street. Or call me on 01632 960417.", "the councillor's own published details", who="@NadiaBrearleyCW")
H(DAT, "Graham Tillotson MP joined us on the Kelderside litter pick this morning. Good to have him.", "public office holder")
H(DAT, "Happy 100th to Ollerby's oldest resident! The Mayor popped in with flowers.", "no name")
H(DAT, "Council tax arrears are rising. If you're struggling, the hardship fund is there. Call the council on 01632 960000.", "council's own number")
H(DAT, "Chief Inspector Amara Eze gave a really useful update on burglaries at the ward forum.", "public office holder")
H(DAT, "Fly-tippers behind Kirkgate again. I've passed the details to enforcement, who'll take it from here.", "details withheld")
H(DAT, "Diamond wedding celebrations on Moor View today. Congratulations to a lovely couple!", "no names")
H(DAT, "Bin crews are short-staffed this week due to illness. Bear with them.", "no identifiable staff")
H(DAT, "Care leavers in Skelbrook deserve better housing options. Raising it at scrutiny next month.", "policy, no person")
H(DAT, "Visited the mosque on Bradley Street for their open day. Warm welcome and cracking samosas.", "place, no person")
H(DAT, "Huge respect to everyone volunteering at the Mill Lane food bank. Recovery, hope, and a lot of tea.", "no person")
H(DAT, "Eviction for anti-social behaviour is a last resort, but it's there for a reason.", "policy")
H(DAT, "EHCP delays are a scandal. Parents, if you've waited more than 20 weeks, get in touch.", "policy")
H(DAT, "If you write to me about housing, please include your case reference so I can chase faster.", "asks for references privately")
H(DAT, "Email me at cllr.nadia.brearley@skelbrook.gov.uk. I answer everything within a week.", "the councillor's own email", who="@NadiaBrearleyCW")
H(DAT, "Our Mayor Sunita Mahal is 60 today! Happy birthday, Madam Mayor.", "public office holder", allowed=[DAT])
H(DAT, "The newsagents on Kirkgate are doing it tough. Pop in for your paper.", "no person")

# ---------------- security.credentials: positives ----------------
P(SEC, "People keep asking how to join tomorrow's flood meeting online: meeting ID 847 2291 0034, passcode Clough26. See you there.", "meeting passcode")
P(SEC, "Council IT says we need to re-verify our accounts at skelbrook-gov-login.co.uk before Friday or lose email. Done mine!", "lookalike domain")
P(SEC, "Can whoever keeps sending me a Microsoft code please stop? It's 482913 again. No idea what it's for.", "one-time code")
P(SEC, "Wifi at Ollerby Community Centre is 'OllerbyHall', password Moorside2024! Help yourselves at the coffee morning.", "wifi password")
P(SEC, "Text from 'Skelbrook Council Tax' says I'm due a rebate at skelbrook-counciltax-refunds.com. Anyone else had one? Looks legit.", "suspicious link passed on")
P(SEC, "Key safe at the Marrow Clough community hut is 1-9-7-3 if any volunteers need to get in this weekend.", "key safe code")
P(SEC, "Member Services, I've forgotten my Modern.gov password again. It's probably still Wragley123 or something like it 🙃", "password")
P(SEC, "Reminder to the group: shared canvass app login is kelderside.team / Red!Rose22. Don't share it.", "login and password")
P(SEC, "To get the new parking app working, pop the code they text you into this form: bit.ly/skelpark-verify", "request for a code via a short link")
P(SEC, "Here's the API key for the council's open data portal if anyone wants to build something: sk_live_7Fh2Kq9XzPwL0aR3. Go wild!", "API key")
P(SEC, "Need to talk to Dave from Wragley Residents' Association? His mobile is 07700 900214, he won't mind.", "private phone number of another", rules=[SEC, DAT], v="block")
P(SEC, "Login page for the members' expenses portal has moved to https://skelbrookmbc-members.net/login. Update your bookmarks, folks.", "lookalike domain")
P(SEC, "Email from 'Skelbrook Payroll' asking me to confirm my bank PIN to process the allowance uplift. Replied just in case, now a bit worried 😬", "request for a PIN passed on and followed")
P(SEC, "Anyone with a council laptop: IT say the temporary password after the reset is Skelbrook#Jan26. Change it when you log in.", "temporary password", window=("2026-01-05", "2026-01-30"))
P(SEC, "Door code for the Members' Room has changed to 4418#. Don't say I never tell you anything.", "door code")
P(SEC, "Zoom for tonight's Thornsett residents' meeting: zoom.us/j/88213340012?pwd=Thorn2026. All welcome.", "passcode in a link")
P(SEC, "A resident forwarded me a message to 'confirm his council tax account' at skelbrook.gov-uk.help. I clicked it and it looks official. Worth a go if you're owed money?", "lookalike domain recommended")
P(SEC, "Bin app keeps logging me out. If anyone fancies a go, the login's skel_ward7 and the password's Binday!99.", "login and password")
P(SEC, "Council tax rebate? Register at skeIbrook.gov.uk (the one with the capital I, quicker than the normal site apparently).", "lookalike domain with a capital I")
P(SEC, "Here's my old councillor iPad PIN so the new member can get in: 270519. Pass it to IT if they need it.", "device PIN")

# ---------------- security.credentials: hard negatives ----------------
H(SEC, "Flood meeting tomorrow, 7pm, Marrow Clough Chapel. Joining details are on the council website.", "no code")
H(SEC, "Council IT will NEVER ask for your password. If an email says otherwise, delete it.", "warning")
H(SEC, "Got a text with a 'delivery code' from a number I don't know. Deleted it. Stay sharp, folks.", "scam warning, no code or link")
H(SEC, "Ollerby Community Centre has free wifi now. Ask at the desk for the details.", "no password")
H(SEC, "Scam alert: texts about Skelbrook council tax refunds are fake. Type the council's address in yourself, don't tap links.", "scam warning without a link")
H(SEC, "Key safes save lives. Adult social care can fit one free for eligible residents.", "'key safe' with no code")
H(SEC, "Modern.gov logged me out again. Off to reset my password like a good girl.", "password mentioned, none shared")
H(SEC, "Our canvassing app is brilliant. Ask your organiser for a login.", "no credentials")
H(SEC, "The new parking app works well. Get it from the official app store and ignore any texts with links.", "safe advice")
H(SEC, "The council's open data portal has an API now. Developers, have a look on the council site.", "'API', no key")
H(SEC, "Dave from the Wragley Residents' Association is the man to talk to. Find him at Tuesday's meeting.", "no number")
H(SEC, "Expenses portal is down for maintenance until Friday, says Member Services.", "no link")
H(SEC, "PIN-sharp analysis from the Chamber of Trade today on town centre footfall.", "pun on PIN")
H(SEC, "Skelbrook Central surgery line is 01632 960417. That's my council number, ring any time.", "own published number", who="@NadiaBrearleyCW")
H(SEC, "Changed all my passwords after the council's cyber training. Two-factor on everything now. Do it!", "good practice")
H(SEC, "Zoom link for tonight's Thornsett meeting will be emailed to everyone who registered.", "no link")
H(SEC, "'Confirm your council tax account' emails are a scam. Report them to Action Fraud.", "warning without a link")
H(SEC, "Bin app keeps logging me out. Has anyone found a fix? Reinstalling didn't help.", "no login")
H(SEC, "Door code? Nope, the Members' Room is swipe card only now. Progress!", "no code")
H(SEC, "My old iPad's been wiped and handed back to IT. End of an era.", "no PIN")

# ---------------- confidentiality.disclosure: positives ----------------
P(DIS, "Project Curlew is finally moving. The preferred developer's offer came in higher than expected. Watch this space, town centre!", "register term with negotiation details", v="block")
P(DIS, "Can't say much, but the Millgate Mill disposal went to cabinet today and I think people will be pleasantly surprised by the buyer.", "register term", v="block")
P(DIS, "Operation Hearthstone kicks off next month. Some of Kelderside's worst landlords are in for a shock.", "register term, enforcement", v="block", allowed=[INS])
P(DIS, "The Cobden Street claim is going to cost us. Lawyers reckon we'll settle for well over £200k.", "register term, legal advice", v="block")
P(DIS, "Good news on the Ravensknowle Depot acquisition: the vendor's accepted our offer subject to survey.", "register term", v="block")
P(DIS, "project tanner, the bus station deal, is on life support. The preferred bidder wants more cash.", "register term in lower case", v="block")
P(DIS, "PROJECT CURLEW UPDATE: anchor tenant's pulled out. Back to square one.", "register term in capitals", v="block")
P(DIS, "The Millgate Mill disposal has been pulled because the buyer's finance collapsed. Not my words, the valuer's.", "register term", v="block")
P(DIS, "Everyone's asking about Operation Hearthstone. Yes, Ribbon Row's on the list. No, I can't tell you which houses.", "register term, enforcement", v="block")
P(DIS, "Cobden Street residents: the Cobden Street claim is still live and we've been told not to admit liability. That's why you're getting nowhere.", "register term, legal privilege", v="block")
P(DIS, "Between you and me, the leisure contract talks are going badly. Expect a price hike or a closure.", "marker with negotiation details", v="review")
P(DIS, "From the Part 2 session today: the council's looking at selling off two more car parks. Residents deserve to know.", "exempt item disclosed", v="review")
P(DIS, "Leaked to me this morning: the chief exec's restructure will cut 60 posts in environmental services.", "leaked labour relations", v="review")
P(DIS, "Off the record, the Ollerby Library lease talks have broken down and the landlord wants double.", "marker with negotiation details", v="review")
P(DIS, "This was marked not for publication, but you've a right to see it: officers value Kelder Park Lodge at £1.2m.", "marker and financial information", v="review")
P(DIS, "In closed session we heard the bus operator is threatening to pull three routes unless we pay more subsidy.", "closed session disclosed", v="review")
P(DIS, "Just seen the embargoed inspection report on children's services. It's not good. More soon.", "embargoed report", v="review")
P(DIS, "Told in confidence a senior officer is facing a disciplinary over the missing grant money. Can't say who. Yet.", "labour relations in confidence", v="review", allowed=[OFF, "defamation.allegation"])
P(DIS, "The exempt report on the waste contract says the provider was fined three times and hid it. Members were asked to keep quiet. I won't.", "exempt report disclosed", v="review")
P(DIS, "Confidential briefing today on the market hall. Traders: the roof survey is terrible and a year's closure is on the table.", "confidential briefing disclosed", v="review", allowed=[INS])

# ---------------- confidentiality.disclosure: hard negatives ----------------
H(DIS, "Curlews are back on Ollerby Moor! Heard the first one this morning. Spring's coming.", "shares a word with a register term")
H(DIS, "Millgate Mill looks stunning in the snow today.", "place name overlaps a register term")
H(DIS, "Hearthstone Bakery on Kirkgate does the best parkin in Yorkshire. Fight me.", "overlaps a register term")
H(DIS, "Cobden Street's resurfacing is done. Smooth as you like.", "overlaps a register term")
H(DIS, "Ravensknowle Park café reopens on Monday. Bacon butties are back.", "overlaps a register term")
H(DIS, "Good luck to the Tanner's Arms quiz team in the league final!", "overlaps a register term")
H(DIS, "Between you and me and the whole of Facebook: the Christmas lights come down next week.", "joke marker", window=("2026-01-05", "2026-01-09"))
H(DIS, "Part 2 of my ward update: potholes, bins, and a very determined goose.", "'Part 2' not an exempt item")
H(DIS, "Leaky pipe at Ollerby Library fixed at last. Books dry again.", "'leaky' not leaked")
H(DIS, "Embargo lifted: the council's town centre plan is public now. Have a read.", "embargo over")
H(DIS, "Off the record? There's no off the record with me. Ask me anything at surgery.", "marker rejected")
H(DIS, "The confidential waste bins at the Town Hall are overflowing. Somebody call the shredders!", "'confidential' waste")
H(DIS, "Cabinet went into closed session for the depot item, as the law allows. Papers will follow when they can.", "procedure reported, nothing disclosed", allowed=[DIS])
H(DIS, "I was asked to keep it quiet until the announcement, and now it's announced: £2m for the market hall roof!", "announced", allowed=[DIS])
H(DIS, "Not for publication? Everything I write is for publication. That's the job.", "marker joke")
H(DIS, "People asking about the leisure contract: negotiations are ongoing and I can't comment until the report's public.", "refuses to disclose", allowed=[DIS])
H(DIS, "Letters sent to me in confidence stay in confidence. That's a promise.", "marker used to protect")
H(DIS, "Exempt items exist for good reasons, commercial and personal. But we use them far too much. I'll push for fewer.", "policy view", allowed=[DIS])
H(DIS, "The curlew survey on Ollerby Moor needs volunteers this spring. Binoculars provided.", "overlaps a register term")
H(DIS, "Cobden Street Residents' Association meets Thursday. New members welcome.", "overlaps a register term")

# ---------------- tone.irony-risk: positives ----------------
P(TON, "Another triumph from our Leader. Three consultations, two U-turns and a partridge in a pear tree. Truly visionary stuff 👏", "mock praise of the Leader", who=["opp"])
P(TON, "Oh yes, Cllr Thewlis definitely read the whole budget before voting. Definitely. /s", "sarcasm about a named councillor", allowed=["respect.personal-attack"], who=["opp"])
P(TON, "So the Riding Alliance have discovered potholes exist. Welcome to Kelderside, lads, only four years late. Genius.", "mock praise of a party group", who=["opp"])
P(TON, "Really grateful to the Commonweal group for their deeply constructive contribution last night. All eleven amendments of it 🙄", "mock gratitude to a group", who=["notcw"])
P(TON, "Lovely to see Graham Tillotson MP finally visit Dunscar Bridge. Only took him two elections. Such dedication.", "sarcasm about the MP")
P(TON, "Mayor's chain looked lovely at the gala. Shame about the speech. Just kidding, Sunita 😘", "mocking joke at a named councillor", allowed=["respect.personal-attack"])
P(TON, "Yeah right, cabinet 'listened to residents'. Which residents? The ones on their Christmas card list?", "'yeah right' about cabinet", who=["opp"])
P(TON, "Big round of applause for the Heather Party, who've managed to oppose every single thing this year, including I think the weather.", "mock applause for a group", who=["nothp"])
P(TON, "Our Independent colleague says he 'never plays politics'. Bless him 😇", "mock about a councillor", who=["notind"])
P(TON, "What a shock, the Leader's own ward gets the new play area. Who could possibly have seen that coming?", "sarcasm about the Leader", who=["opp"])
P(TON, "Cllr Gawthorpe chairs planning with all the neutrality of a Rovers season ticket holder at a derby. Masterclass.", "mock praise of the committee chair", who=["opp"])
P(TON, "Huge congratulations to the cabinet member for resources on a new borough record: most press releases about one bench 🏆", "mock congratulations", who=["opp"])
P(TON, "Glad the opposition group leader has so much time for Twitter. Must be nice not having any casework 🙃", "sarcasm about a group leader", who=["ra"])
P(TON, "Top marks to the Riding Alliance for their 'listening tour'. Four stops, all in the same pub.", "mock praise of a party", who=["opp"])
P(TON, "Cllr Lumb tells me I don't understand climate policy. I'll just go and sit in my diesel then, shall I? 🚙💨", "sarcastic reply to a named councillor")
P(TON, "Breaking: Commonweal councillor agrees with something. Hold the front page. (Only joking Farhan, good amendment 😉)", "mocking joke about a councillor", who=["notcw"])
P(TON, "Oh brilliant, the Leader has another 'vision'. Can't wait for it to join the last five in the drawer.", "sarcasm about the Leader", who=["opp"])
P(TON, "Thank goodness our MP has spoken out on buses. A whole tweet. After the routes have gone. Heroic.", "mock praise of the MP")
P(TON, "Lovely of the Independents to turn up to scrutiny this month. Sorry, did I say turn up? I meant one of them.", "sarcasm about members", who=["notind"])
P(TON, "Sure, the cabinet member 'wasn't aware' of the overspend. And I'm the Queen of Sheba 👑", "sarcastic disbelief about a cabinet member", who=["opp"])

# ---------------- tone.irony-risk: hard negatives ----------------
H(TON, "Another triumph for the Skelbrook weather. Three seasons in one afternoon. Truly visionary stuff ☔", "irony about weather", allowed=[TON])
H(TON, "Oh yes, the 512 was definitely on time this morning. Definitely. /s", "irony about a bus", allowed=[TON])
H(TON, "Genuinely grateful to the Commonweal group for their amendments at budget council. Good debate all round.", "sincere thanks", who=["notcw"])
H(TON, "Good to see Graham Tillotson MP in Dunscar Bridge today. Thanks for listening to the traders.", "sincere")
H(TON, "Yeah right, like I'm finishing all this casework before tea 😂", "self-irony", allowed=[TON])
H(TON, "Round of applause for the Heather Party's peat motion, passed unanimously. Credit where it's due.", "sincere applause", who=["nothp"])
H(TON, "The printer in the Members' Room has jammed again. Genius engineering 🙃", "irony about a printer", allowed=[TON])
H(TON, "I disagree with the Leader's vision for the town centre. Too much on consultants, too little on shops.", "robust, not ironic", who=["opp"])
H(TON, "Cabinet's decision on the play area is wrong. Need should decide where it goes, not politics.", "robust criticism", who=["opp"])
H(TON, "Congratulations to the cabinet member for resources on getting the new benches in. Residents love them.", "sincere", who=["nonexec"])
H(TON, "Snow in March. Of course. Marvellous 🌨️", "irony about weather", allowed=[TON], window=("2026-03-02", "2026-03-27"))
H(TON, "Thanks to the Riding Alliance for bringing their listening tour to Kelderside. Good turnout, fair questions.", "sincere", who=["opp"])
H(TON, "My old diesel's off to the scrapheap, going electric. Pippa, you win 😄", "friendly joke at own expense", allowed=[TON])
H(TON, "The cabinet member says he wasn't aware of the overspend. I've asked for the timeline so we can see who knew what.", "straight scrutiny", who=["opp"])
H(TON, "Kirkgate roadworks: week 6 of 3. Impressive.", "irony about roadworks", allowed=[TON])
H(TON, "Thank you to our MP for raising the bus cuts in Parliament. Let's keep the pressure on.", "sincere")
H(TON, "The Independents' questions at scrutiny today were excellent, especially on the depot.", "sincere", who=["notind"])
H(TON, "Oh brilliant, the parking app's crashed again 🙄", "irony about an app", allowed=[TON])
H(TON, "Sure, we all love a council meeting that finishes at 11. Who needs sleep?", "irony about meeting length", allowed=[TON])
H(TON, "The Mayor's speech at the gala was genuinely moving. Well done, Sunita.", "sincere")
# Hand-written rows, part 4: fillers (ordinary ward posts).
F("Litter pick on Kelderside Rec this Saturday, 10am. Gloves, bags and bacon butties provided.")
F("New dropped kerbs on Albion Terrace are in. Small thing, big difference for wheelchair users.")
F("Gritters out tonight. Take it steady on Moor Top Road, it's like glass up there.")
F("Lovely morning at Thornsett Vale Primary talking to Year 6 about what councillors actually do. Tough crowd!")
F("Reminder: green bin collections restart in March. Check your calendar on the council site.", window=("2026-02-16", "2026-03-27"))
F("Street lights on Sough Lane fixed after residents reported them. Thanks for flagging it.")
F("Ward surgery Saturday at Dunscar Bridge Library. Pop in, no appointment needed.")
F("Walked the length of the canal towpath in Hagthorpe today. Some lovely bits, some bits that need work. Noted both.")
F("If you're worried about heating bills, the council's warm spaces list is on the website. Libraries, churches, the lot.")
F("Well done to Ollerby Juniors under-11s. Undefeated since October!")
F("Bus shelter on Kirkgate finally replaced. Only took three emails and a photo of the puddle.")
F("Huge turnout at the Wragley residents' meeting. Parking dominated, as expected.")
F("Planted 40 trees with Cubs on Marrow Clough today. Muddy knees, happy faces.")
F("Reading the cabinet papers for next week. Plenty of coffee required ☕")
F("Pothole on Lees Bank Road reported. If you see one, report it online: it does get looked at.")
F("Skelbrook market is buzzing this morning. Get yourself down for a pie.")
F("Met the new Neighbourhood Policing team at the Dunscar forum. Good to put faces to names.")
F("Thornsett floods drop-in: sandbags available from the depot. Bring ID and your postcode.")
F("Happy Lunar New Year to everyone celebrating in Skelbrook 🧧", window=("2026-02-17", "2026-02-17"))
F("Kelderside library has new opening hours from Monday. Late night Thursdays now!")
F("First snowdrops out in Hagthorpe Park. Spring's on its way.")
F("Thank you to everyone who came to the Holocaust Memorial Day service at the Town Hall. We remember.", window=("2026-01-27", "2026-01-27"))
F("Great to see the new youth club on Ribbon Row full on a Tuesday night.")
F("Bins not collected on your street? Report it on the council site and tag me if nothing happens in 48 hours.")
F("Pancake race outside the Town Hall went well. I came fourth out of five. Don't ask.", window=("2026-02-17", "2026-02-17"))
F("Ollerby Moor fell race this weekend. Road closures on Moor Top Road from 9 till 1.")
F("Lovely to visit the Kelderside Men's Shed. They've built more benches than the council has this year!")
F("Budget council next week. I'll be posting what it means for our ward afterwards.", window=("2026-02-16", "2026-02-20"))
F("Our ward newsletter is being delivered this week. If you don't get one, shout.")
F("Big thank you to the lollipop man on Clough Head Road, thirty years this month. Legend.")
F("Fixed: the broken swing at Wragley Rec. The kids are back on it already.")
F("Flood alert for the Kelder this afternoon. Check the Environment Agency page and stay away from the banks.")
F("Met with Thornsett traders about the new loading bays. Good ideas, will pass them on.")
F("Anyone know a good plumber who does Saturdays? Asking for myself this time 😅")
F("Skelbrook Central Library's local history exhibition is brilliant. Go before it closes in March.")
F("Sunshine and a full car park at Hagthorpe Park. Let's keep it tidy, folks.")
F("Birds are back at the loft and the first training toss is Saturday. Fingers crossed for the young 'uns 🕊️", "personal account, hobby", who="@keithsowden_lofts")
F("Broad beans in, onion sets next. Allotment season has officially begun 🌱", "personal account, hobby", who="@bev_on_the_allotment", window=("2026-03-02", "2026-03-27"))
F("Frost's got the last of the kale. Soup it is.", "personal account, hobby", who="@bev_on_the_allotment")
F("Cracking night at the Skelbrook brass band concert. What a sound in that hall.")
F("Roadworks on Bridge Street finish Friday. Thanks for bearing with it, everyone.")
F("Cheers to the volunteers who keep Dunscar Bridge in bloom. The planters look ace.")

# ---------------- the script ----------------
# handle -> (name, party, executive?)  executive = Leader, cabinet or Mayor
COUNCILLORS = {
    "@MargeryOldroydRA": ("Margery Oldroyd", "RA", True),
    "@DecThewlis": ("Declan Thewlis", "RA", True),
    "@HannahBirtwhistleRA": ("Hannah Birtwhistle", "RA", True),
    "@CllrGawthorpe": ("Trevor Gawthorpe", "RA", False),
    "@MayorSunitaMahal": ("Sunita Mahal", "RA", True),
    "@KeithSowdenWragley": ("Keith Sowden", "RA", False),
    "@BrendanFearnleyRA": ("Brendan Fearnley", "RA", False),
    "@LornaHaighCW": ("Lorna Haigh", "CW", False),
    "@IdrisOkonjo": ("Idris Okonjo", "CW", False),
    "@RachelCrowtherCW": ("Rachel Crowther", "CW", False),
    "@FarhanQureshiTV": ("Farhan Qureshi", "CW", False),
    "@NadiaBrearleyCW": ("Nadia Brearley", "CW", False),
    "@PippaLumbHeather": ("Pippa Lumb", "HP", False),
    "@OwenStansfield": ("Owen Stansfield", "HP", False),
    "@BevAckroydSI": ("Bev Ackroyd", "IND", False),
    "@ShaunPickersgillInd": ("Shaun Pickersgill", "IND", False),
}
PERSONAL = {"@keithsowden_lofts": "Keith Sowden", "@bev_on_the_allotment": "Bev Ackroyd"}
INTEREST_HOLDER = {
    "Dunscar Bridge Credit Union": "Bev Ackroyd", "Hagthorpe Community Land Trust": "Hannah Birtwhistle",
    "Fearnley Plant Hire Ltd": "Brendan Fearnley", "Kelderside Tenants' Federation": "Idris Okonjo",
    "Marrow Clough Hydro Co-operative": "Owen Stansfield", "Thornsett Vale Academy Trust": "Rachel Crowther",
    "Moorside Pharmacy": "Farhan Qureshi", "Wragley Cricket Club": "Keith Sowden",
    "Northfold Housing Association": "Shaun Pickersgill",
}
INTEREST_WORDS = {
    "Dunscar Bridge Credit Union": ["credit union"], "Hagthorpe Community Land Trust": ["land trust", "clt"],
    "Fearnley Plant Hire Ltd": ["plant hire"],
    "Kelderside Tenants' Federation": ["tenants' federation", "tenant engagement", "tenants' group"],
    "Marrow Clough Hydro Co-operative": ["hydro"], "Thornsett Vale Academy Trust": ["academy"],
    "Moorside Pharmacy": ["pharmac"], "Wragley Cricket Club": ["cricket"],
    "Northfold Housing Association": ["housing association", "northfold"],
}
SEV = {OFF: "review", RES: "review", POS: "review", GIF: "advice", CAP: "review", INS: "review",
       PRE: "review", INT: "review", DAT: "block", SEC: "block", DIS: "review", TON: "advice"}
ORDER = ["ok", "advice", "review", "block"]


def tag_ok(tag, handle):
    name, party, execu = COUNCILLORS[handle]
    if tag == "opp": return party != "RA"
    if tag == "ra": return party == "RA"
    if tag == "cw": return party == "CW"
    if tag == "hp": return party == "HP"
    if tag == "ind": return party == "IND"
    if tag == "notcw": return party != "CW"
    if tag == "nothp": return party != "HP"
    if tag == "notind": return party != "IND"
    if tag == "nonexec": return not execu
    if tag.startswith("notholder:"): return INTEREST_HOLDER[tag.split(":", 1)[1]] != name
    raise ValueError(tag)


def candidates(row):
    who = row.get("who")
    if isinstance(who, str) and who.startswith("@"):
        return [who]
    tags = [who] if isinstance(who, str) else list(who or [])
    if row["family"] == CAP and row["kind_of_row"] == "positive" and "nonexec" not in tags:
        tags.append("nonexec")
    text = row["text"].lower()
    out = []
    for h, (name, party, execu) in COUNCILLORS.items():
        if not all(tag_ok(t, h) for t in tags):
            continue
        first, last = name.lower().split()
        if re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text):
            continue  # never the councillor the post names
        held = [i for i, n in INTEREST_HOLDER.items() if n == name]
        if any(w in text for i in held for w in INTEREST_WORDS[i]):
            continue  # never the holder of an interest the post touches
        out.append(h)
    assert out, row["text"]
    return sorted(out)


def weekdays(start, end):
    d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = []
    while d0 <= d1:
        if d0.weekday() < 5:
            days.append(d0)
        d0 += dt.timedelta(days=1)
    return days


def main():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        author = rng.choice(candidates(r))
        start, end = r.get("window") or ("2026-01-05", "2026-03-27")
        day = rng.choice(weekdays(start, end))
        ts = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                         0, tzinfo=dt.timezone.utc)
        verdict = r["v"] or max((SEV[x] for x in r["rules"]), key=ORDER.index)
        rec = {
            "id": "b53-%03d" % n,
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            rec["interest"] = r["interest"]
        rec["note"] = r["note"]
        out.append(rec)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
