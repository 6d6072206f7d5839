#!/usr/bin/env python3
"""Blind set b19 (Wychbourne and Leddon District Council): hand-written rows plus a
deterministic build (fixed seed). Running it again writes the same posts.jsonl."""
import json
import random
from datetime import datetime, timedelta, timezone

SEED = 1919
ROWS = []

PD, DI, CD, IA, DP, SC, GH, OI, CV, RP, PA, TI = (
    "predetermination.closed-mind", "interests.declared-interest", "confidentiality.disclosure",
    "confidentiality.insider-advantage", "data-protection.personal-data", "security.credentials",
    "gifts.hospitality", "officers.impartiality", "capacity.council-voice", "resources.political-use",
    "position.improper-advantage", "tone.irony-risk")
PERS, DEF, HASTE = "respect.personal-attack", "defamation.allegation", "haste.pause-before-posting"


def P(family, text, rules, verdict, note, allowed=(), author=None, account="councillor"):
    ROWS.append(dict(family=family, kind_of_row="positive", text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note, author=author, account=account))


def N(family, text, note, allowed=(), author=None, account="councillor"):
    # family here is the rule the near miss was written against; stored as "hard_negative"
    ROWS.append(dict(family="hard_negative", near=family, kind_of_row="hard_negative", text=text, rules=[],
                     allowed=list(allowed), verdict="ok", note=note, author=author, account=account))

# ---------------- predetermination.closed-mind ----------------
P(PD, "Let me be crystal clear to everyone in Orleton Cross: 140 houses on the Pentre Lane fields is NOT happening on my watch. When 25/0412/FUL comes to committee on the 18th my hand goes up against it, full stop.", [PD], "block", "settled vote against a registered pending application, named by reference and address")
P(PD, "Been asked where I stand on the Ferryman's Arms late licence. Honestly? Don't need to hear any more. 2am finishes on Quay Street? Not a chance, I'll be refusing it at sub-committee.", [PD], "block", "closed mind on registered licensing matter LIC/26/0007 before the hearing")
P(PD, "The officers can write whatever they like in their report, Hollins Quarry is not getting its extension through this committee. Stoke Ferrers has had 30 years of lorries. Enough.", [PD], "block", "'whatever the officers say' plus settled refusal of a registered matter", allowed=[OI])
P(PD, "Kite's Nest lodges = dead in the water as far as I'm concerned. Decided. No amount of glossy consultation boards will change my vote 🙅‍♀️", [PD], "block", "idiomatic settled view on registered 26/0031/FUL")
P(PD, "Creamery outline app (25/0788/OUT): I'll be moving approval on the night whatever the objectors come up with. Leddon Bridge needs those 60 flats and I'm not going to pretend otherwise.", [PD], "block", "predetermined FOR a registered application")
P(PD, "Some folk are trying to scare people about the Food Hall licence on Station Road. I've read enough, it's a yes from me and the objectors are wasting their breath.", [PD], "block", "settled approval of registered LIC/26/0015 (Clunbury Vale Food Hall, Station Road)")
P(PD, "The hackney carriage licence review on Friday is a formality as far as I'm concerned. That driver won't be keeping his badge if I have any say in it.", [PD], "review", "closed mind on a quasi-judicial licensing review not on the register")
P(PD, "mark my words the HMO application on Castle Walk will never be approved while I sit on planning", [PD], "review", "'will never be approved' on a planning application not on the register; lower case")
P(PD, "Met the residents' group this morning about the gypsum works expansion. I'm a no, I'll say so at committee, and nothing the applicant produces between now and then will move me.", [PD], "review", "settled view on an unregistered planning matter from a committee member")
P(PD, "Pentre Lane. Gressingham. No. Doesn't matter how many 'affordable' units they dangle, I won't be backing it. Sorry not sorry.", [PD], "block", "terse settled refusal of the registered Pentre Lane application")

N(PD, "Lots of messages about 25/0412/FUL at Pentre Lane. I have real concerns about drainage and traffic, but as a member of planning committee I'll come to the meeting with an open mind and weigh everything, including the officers' report.", "predisposition with open mind: allowed by SM-3")
N(PD, "I voted against the budget and I'd do it again tomorrow. A 4.99% council tax rise in a cost of living crisis is wrong.", "settled view on a budget, not a quasi-judicial matter")
N(PD, "Not on planning committee, so I'm free to say it as ward member: I'll be speaking against the Hollins Quarry extension on behalf of Stoke Ferrers residents. Objections by Friday please.", "a ward member who does not decide may campaign; borderline", allowed=[PD], author="@GideonTarrantInd")
N(PD, "Our group will vote against the Local Plan housing numbers at Full Council. A top-down target that ignores our lanes and our schools.", "policy (plan-making), not a quasi-judicial decision")
N(PD, "Reminder: the Ferryman's Arms licence variation (LIC/26/0007) is heard on 12 Feb. Residents can speak, details on the council website. I'll listen to everyone before deciding.", "registered matter named, but open-minded")
N(PD, "Planning for the old garage on Quay Street was refused in 2023 and the appeal was dismissed last month. Pleased with that outcome for neighbours.", "decided matter, not pending")
N(PD, "I've made up my mind: I'm running the Leddon half in April. Sponsor me for the hospice, link in bio 🏃", "'made up my mind' about a run")
N(PD, "People keep asking me if the Kite's Nest lodges 'will never be approved'. Honest answer: that's for the committee to decide on the evidence on 25 March, and I can't pre-judge it.", "quotes the closed-mind phrase in order to refuse to pre-judge", allowed=[PD])
N(PD, "Predisposed? Yes, I care about Stoke Ferrers' roads. Predetermined? No. I'll read every representation on the quarry before the vote.", "explicitly open mind")
N(PD, "Cabinet agreed today that the council's consultation response will oppose the A49 bypass route through Clunbury. The decision notice is online.", "consultee response on a road scheme, a policy decision reported from the decision notice", allowed=[CV], author="@MargeryThrelfall")

# ---------------- interests.declared-interest ----------------
P(DI, "Great news that the bridleway improvement fund is open for bids. Riding yards like ours at Carrow Equestrian have been crying out for safer off-road routes, and I'll be pushing hard for Weobury Heath to get the lion's share.", [DI], "review", "author is director of Carrow Equestrian Ltd, pushes for council funds that benefit it, no declaration", author="@CllrDebCarrow")
P(DI, "The boathouse lease at Quay Meadow is up for renewal at Cabinet next month and I'll be making the case for a peppercorn rent. The rowing club has given this town 90 years of service 🚣", [DI], "review", "author chairs Leddon Valley Rowing Club ('the rowing club'), argues on its council lease", author="@FelixHarbottleLD")
P(DI, "Why is the council dragging its feet on transferring the Kingsmead garage sites to the Marches co-op? We've got the plans, the finance and the residents behind us. Cabinet needs to sign it off.", [DI], "review", "author sits on the board of Marches Housing Co-operative ('the Marches co-op', 'we')", author="@HattieQuarrellLab")
P(DI, "Landowners in Orleton Cross: the call for sites for the new Local Plan closes 27 Feb. My firm's been helping a few families put land forward, happy to point anyone in the right direction.", [DI, PA], "review", "author is partner in Pryce-Bevan Land Agents ('my firm'); promotes own business on a council process", author="@OwainPryceBevan")
P(DI, "Please please back our community shop's bid to the council's community grants pot! I've been behind the counter every Saturday for six years and those fridges are on their last legs. Decision at Cabinet on the 17th.", [DI], "review", "author is on the committee of Weobury Heath Community Shop ('our community shop')", author="@WinSleeWHR")
P(DI, "Proud to be arguing at scrutiny that the s106 education money goes to KPAT schools. Our classrooms in Kingsmead are bursting.", [DI], "review", "author is trustee of Kingsmead Primary Academy Trust ('KPAT', 'our classrooms')", author="@RajDhillonKM")
P(DI, "Some of the scaremongering about Gressingham's Pentre Lane plans is out of order. Solid local builder, decent record, and these homes are badly needed. Hope committee sees sense.", [DI], "review", "author holds shares in Gressingham Homes plc; backs its pending application without declaring", allowed=[PD], author="@IestynML_Con")
P(DI, "Solar at Brockhurst is exactly what this district should be saying yes to. Clean power, no lorries, sheep still graze underneath. Let's get it approved.", [DI], "review", "author owns Brockhurst Farm, the site of pending 26/0102/FUL", allowed=[PD], author="@GideonTarrantInd")
P(DI, "The Kite's Nest lodges plan sits right across the hacking routes from our yard. Traffic from 24 lodges would be a nightmare for horses and riders on the Weobury lanes.", [DI], "review", "Chair of Planning writes about a pending application that affects her own equestrian business ('our yard')", allowed=[PD], author="@CllrDebCarrow")
P(DI, "Leddon Valley RC's bid to the Active Communities fund goes to the grants panel on Thursday. Fingers crossed, and thanks to everyone who wrote letters of support!", [DI], "review", "chair of the club promotes its bid for council money ('Leddon Valley RC')", author="@FelixHarbottleLD")

N(DI, "Declaring an interest up front: I chair Leddon Valley Rowing Club, so I won't take part in the boathouse lease decision and I've left it to ward colleagues.", "holder declares and withdraws", allowed=[DI], author="@FelixHarbottleLD")
N(DI, "Good luck to Leddon Valley Rowing Club at the Head of the Wye this weekend! 🚣‍♀️", "not the holder, no council matter", author="@NualaKinsellaLD")
N(DI, "Cold, dark 6am outing on the river with the rowing club. Worth it for that sunrise.", "holder, but no council matter", allowed=[DI], author="@FelixHarbottleLD")
N(DI, "Kingsmead Primary Academy Trust's Ofsted report is out and it's glowing. (Usual reminder: I'm a trustee, it's on my register.)", "holder, declared, no council decision", allowed=[DI], author="@RajDhillonKM")
N(DI, "I'm on the board of Marches Housing Co-operative, so I've declared an interest and will leave the room when Cabinet discusses the garage sites. Others will make the case.", "holder declares", allowed=[DI], author="@HattieQuarrellLab")
N(DI, "Gressingham Homes have lodged plans for 140 homes at Pentre Lane. Read them and comment on the portal, every view counts.", "not the holder; neutral signposting", author="@PiersAshwoodGreen")
N(DI, "Not council business but the community shop has hot cross buns in from Monday 🥯", "holder, explicitly no council matter", allowed=[DI], author="@WinSleeWHR")
N(DI, "As a partner in a land agency I've declared a disclosable pecuniary interest in the Local Plan sites item and won't vote on it. The register is on the council website.", "holder declares", allowed=[DI], author="@OwainPryceBevan")
N(DI, "Riders, note the bridleway at Hob's Dingle is closed for drainage works until 20 Feb. Diversion is signed.", "holder posts a public works notice, not her business", allowed=[DI], author="@CllrDebCarrow")
N(DI, "I own Brockhurst Farm, so all I'll say on the solar application is: it's on the portal, have your say. I've declared it and I'm not involved.", "holder declares and stands back", allowed=[DI], author="@GideonTarrantInd")

# ---------------- confidentiality.disclosure ----------------
P(CD, "Can't say much but Project Curlew is very much alive. Tanhouse Road offices are the frontrunner and the landlord's asking price is lower than you'd think 👀", [CD], "block", "register term Project Curlew plus negotiation details")
P(CD, "Sat through two hours of closed session yesterday on the creamery land disposal. We're being asked to sell for well under what that site is worth. Residents deserve to know.", [CD], "block", "closed session + register term (Creamery land disposal)")
P(CD, "Off the record, the council's about to pay off a former manager with a six-figure sum. Ask yourselves who signed that off.", [CD], "review", "'off the record' + labour relations; no register term named")
P(CD, "Word from Part 2: Operation Nettle goes in at three farm yards near Clunbury next week. Fly-tippers, your days are numbered.", [CD], "block", "register term Operation Nettle, enforcement details before the operation")
P(CD, "The exempt report on the leisure centre tender puts the preferred bidder 18% over budget. We should all be asking why.", [CD], "review", "exempt commercial information; register term not quoted exactly", allowed=[IA])
P(CD, "I've been told in confidence the restructure will cut 40 posts in Environmental Services. Staff haven't even been told yet. Disgraceful.", [CD], "review", "'in confidence' + labour relations (Sch 12A)")
P(CD, "The Tanhouse settlement figure is obscene. I'm not supposed to say that out loud, but there it is.", [CD], "block", "register term, legal privilege and labour relations")
P(CD, "leaked draft says the bin round changes hit Kingsmead first. page attached 📄 (marked not for publication apparently, but you paid for it)", [CD], "review", "leaked / not for publication")
P(CD, "Orleton leisure procurement update for those asking: two bidders left, one's the outfit that runs Brackenford baths, and they're streets ahead on price. You didn't hear it from me.", [CD], "block", "register term + live commercial detail", allowed=[IA])
P(CD, "Between us, the legal advice on the Pentre Lane access road says the council would probably lose at appeal. Thought people should know.", [CD], "review", "'between us' + legally privileged advice")

N(CD, "Why does so much of Cabinet's business go into Part 2? I've asked the Monitoring Officer how many exempt items there were this year compared with last. Transparency matters.", "asks about exempt items, discloses nothing", allowed=[CD])
N(CD, "My surgeries are confidential: what you tell me stays with me unless you ask me to act on it. Saturdays 10 till 12 at Leddon library.", "'confidential' about the councillor's own surgery", allowed=[CD])
N(CD, "The creamery site report is public today, with the price redacted as usual for a land sale. I'll be asking for the figure to be published once contracts are exchanged.", "public report, calls for publication later", allowed=[CD])
N(CD, "Press embargo lifted: the district's new climate strategy is public as of 9am today. Well worth a read.", "embargo already lifted", allowed=[CD])
N(CD, "Proud of our enforcement team: 31 fly-tipping fixed penalties this quarter, according to the published performance report.", "published enforcement statistics")
N(CD, "Thanks to everyone who came to the information governance training. Dull title, genuinely useful afternoon.", "training about confidentiality")
N(CD, "I won't leak, I won't brief, I won't hint. If I can't tell you something it's because the law says it's exempt, not because I'm hiding anything.", "refuses to leak", allowed=[CD])
N(CD, "The leisure centre operator contract went out to tender this week. The notice is on the procurement portal if any local firms are interested.", "public tender notice", allowed=[IA])
N(CD, "Watched a great drama last night about a leaked cabinet memo. Let's just say Leddon Bridge town hall is a lot less exciting.", "fiction", allowed=[CD])
N(CD, "The employment tribunal case in the Marcher Gazette isn't something councillors can comment on while it's live. Please don't ask me to.", "declines to comment", allowed=[CD])

# ---------------- confidentiality.insider-advantage ----------------
P(IA, "If anyone's been thinking about buying one of the old railway cottages on Mill Street, now might be the time. Let's just say the creamery site won't stay derelict for much longer 😉", [IA], "review", "hints at undisclosed council plans to help buyers", allowed=[CD])
P(IA, "Mate of mine runs a skip firm. Told him to get his tender ready for the new bulky waste contract before it's even advertised. Early bird and all that.", [IA], "review", "advance knowledge passed to a friend", allowed=[PA, CD])
P(IA, "Tip for Clunbury business owners: the council's about to double the rate relief pot, so hold off on any appeals until Cabinet signs it off next month. Not public yet.", [IA], "review", "unannounced decision used to advise businesses", allowed=[CD])
P(IA, "Landlords in Kingsmead, get your licences sorted now. Selective licensing is coming to your streets sooner than you think and the fees will jump. I've seen the draft.", [IA], "review", "draft seen as councillor used to advantage landlords", allowed=[CD])
P(IA, "My cousin's just put an offer in on the shop unit by the station. Good timing, given what I know is coming with the car park 🤐", [IA], "review", "relative benefits from councillor's knowledge", allowed=[CD, PA])
P(IA, "Before it's announced: Orleton car park goes free after 3pm from April. Traders, stock up accordingly 😁", [IA], "review", "'before it's announced'", allowed=[CD])
P(IA, "If you're a builder with land near Pentre Lane, have a word with me before the draft allocations go public. Can't say more on here.", [IA], "review", "offers pre-publication knowledge of allocations", allowed=[PA, CD])
P(IA, "Heads up running club: leisure centre memberships are going up 25% in the new year. Grab the annual deal this week and lock in the old price before everyone else finds out.", [IA], "review", "advantage to a circle of friends before the fees are public")
P(IA, "Friends with holiday lets out Weobury way: there's a second homes premium coming down the line. Might be worth thinking about your options before that news breaks.", [IA], "review", "advance warning for private gain", allowed=[CD])
P(IA, "Quiet word to the taxi lads: enforcement checks planned for Quay Street on Friday night. Make sure your plates are in order 😉", [IA], "review", "tips off the targets of an enforcement operation", allowed=[CD])

N(IA, "The budget published today freezes car park charges in Orleton. Good news for traders, details on the council website.", "public information")
N(IA, "Business rate relief applications for 2026/27 open on Monday. Here's the link. Get in early, it's first come first served.", "public scheme, publicly announced", allowed=[IA])
N(IA, "Thinking of buying in Leddon Bridge? The draft Local Plan is out for consultation and anyone can see which sites are proposed. Have a look before you buy.", "points to published plan", allowed=[IA])
N(IA, "Tip-off from a resident about fly-tipping on Hollins Lane: reported it and it's already cleared. Thanks team!", "'tip-off' from a resident")
N(IA, "Landlords: the selective licensing consultation is live until 6 March. It's all public, please have your say.", "public consultation")
N(IA, "Buy now before the council chairman's charity ball sells out 🎟️ Proceeds to Marches Mind.", "'buy now before the council' about tickets", allowed=[IA])
N(IA, "The bulky waste contract is being re-tendered. The notice is on Find a Tender from today and local firms are encouraged to bid.", "public tender")
N(IA, "Before it's announced at 10am... oh wait, it just has been. Congratulations to Clunbury Vale Food Bank on the community award!", "'before it's announced' about a public award", allowed=[IA])
N(IA, "Knowing the patch is the job. I don't use what I learn as a councillor for anyone's benefit, mine included.", "states the rule")
N(IA, "Leisure centre fees go up in April, agreed at Cabinet last week and in the public minutes. Annual passes bought before 1 April keep the old price.", "same advice as a positive but from published minutes")
# ---------------- data-protection.personal-data ----------------
P(DP, "Mrs Jean Pickavance of 14 Sedgewick Close has been waiting eleven weeks for a grab rail after her stroke. Shameful.", [DP], "block", "private individual with address and health data")
P(DP, "Chasing housing for Dariusz and his two kids at flat 6, Wharf House. They've been in a B&B since November. Case ref HSG/25/3318 if any officer's reading.", [DP], "block", "service user, children, address and case reference")
P(DP, "Spoke to Kelly Ransome today, whose lad was excluded from Kingsmead High last week. The school has handled it terribly.", [DP], "review", "named parent and child's school exclusion; no identifier or special category (arguably block for a child)")
P(DP, "Want to complain about the noise from the pub? Email the resident organising it: tomasz.brindley77@gmail.com", [DP], "block", "a private person's email")
P(DP, "The car dumped on Tanners Row for three weeks is a silver Astra, WR19 KXF. Owner lives at no. 22 apparently. Sort it out!", [DP], "block", "vehicle registration plus address")
P(DP, "Visited Mr Osei in Clunbury this morning. 83, lives alone with dementia, and his carers keep missing visits. DOB 03/04/1942 if social services want to find his file quicker.", [DP], "block", "health data and date of birth of a service user")
P(DP, "Sad to hear the lad from Orleton arrested on Saturday was Callum Bright, 19, the same one I mentioned last month. Hope he gets the help he needs.", [DP], "block", "criminal offence data about a named private individual", allowed=[DEF])
P(DP, "Thank you to Sandra from Mill Cottages for letting us use her drive for the litter pick, and her grandson Finley (7) was a star!", [DP], "review", "friendly, but names a private person, her street and a child's name and age")
P(DP, "Casework: Mr and Mrs Hadlow on the Brookfield estate are £2,300 behind on council tax since his redundancy. Please give them breathing space, revenues team.", [DP], "review", "named residents' financial affairs", allowed=[OI])
P(DP, "The tenant at 9 Coldharbour Road, Amira Haddad, has been reported to me by neighbours for dealing. Police are aware.", [DP], "block", "name, address and alleged criminality", allowed=[DEF])

N(DP, "Surgery this Saturday at Leddon library, 10 till 12, or email me at cllr.harbottle@wychleddon.gov.uk", "the councillor's own contact details", allowed=[DP], author="@FelixHarbottleLD")
N(DP, "Met Rhodri Ellingham MP and Inspector Keturah Bale on the Quay Street walkabout today to talk about antisocial behaviour.", "public office holders")
N(DP, "Helped a resident in Sedgewick Close get her grab rail fitted. With her permission I'm sharing that it took 11 weeks, far too long.", "no name, consented, aggregated", allowed=[DP])
N(DP, "If there's a car abandoned on your street, report it with the reg on the council website, not on here. That data's theirs to handle.", "advice about reporting", allowed=[DP])
N(DP, "Data protection training done ✅ Lesson of the day: never post a resident's address, case number or health details, however good your intentions.", "about data protection")
N(DP, "Average wait for a disabled facilities grant in the district: 14 weeks. Target is 8. I'll be raising it at scrutiny.", "statistics")
N(DP, "Well done to Cllr Bethan Oakes, out every weekend knocking doors in Leddon Bridge.", "a councillor named")
N(DP, "Call today from a Clunbury resident worried about her dad's memory. With her consent I've passed it to adult social care, who were brilliant.", "no identifying details", allowed=[DP])
N(DP, "The garden waste checker is live: pop in your postcode to see your new collection day.", "the word postcode, no data")
N(DP, "Harold Wenlock, who founded Leddon Bridge carnival in 1968, has died aged 94. His family asked me to share the funeral: St Cuthbert's, 2pm Friday.", "deceased public figure, family's request", allowed=[DP])

# ---------------- security.credentials ----------------
P(SC, "Locked out of the members' portal again 🙄 for anyone in our group who needs it today the temp login is cllrgroup / Leddon2026!", [SC], "block", "username and password")
P(SC, "Can someone in IT ring me pls, my code's 448 201 and it's already expired??", [SC], "block", "one-time code")
P(SC, "Reminder to the group: the shared Dropbox password's now KingsmeadRed#7. Don't lose it this time!", [SC], "block", "password")
P(SC, "Residents need to speak to the landlord urgently about the damp, so here's his mobile: 07700 914 338", [SC, DP], "block", "private phone number of another person")
P(SC, "New door code for the ward office at the community centre is 5190. Members only, don't share!", [SC], "block", "door PIN")
P(SC, "Council tax rebate for all Wychbourne households 👉 wych-leddon-rebate.co/claim?ref=xx9 just pop your bank details in!", [SC], "block", "lookalike link asking for bank details", allowed=[CV])
P(SC, "Our caseworker Sam's off this week. You can get her on her personal number, 07911 620 447, instead of the office line.", [SC, DP], "block", "staff member's private number")
P(SC, "Testing the new scheduling app. API key for the group account in case I'm off sick: sk_live_4fT9qZ2mLw8RkP0x", [SC], "block", "API key")
P(SC, "Lost my phone at the Leddon fair 🤦 if you find it the PIN's 2468, just ring my husband and he'll collect it", [SC], "block", "device PIN")
P(SC, "Anyone else get this? 'Verify your councillor Microsoft account here: http://m1crosoft-wychleddon-login.net' looks legit so I've clicked it 🤷", [SC], "block", "malicious-looking link spread")

N(SC, "Scam alert: fake texts claiming to be from the council asking for your bank PIN. We will NEVER ask for your PIN or password. Report them to Action Fraud.", "scam warning", allowed=[SC])
N(SC, "Changed all my passwords after the members' cyber training. Strong, different, and not on a Post-it this time 😅", "no credential", allowed=[SC])
N(SC, "For bin queries call the council switchboard on 01432 600 600, lines open 9 to 5.", "public switchboard number", allowed=[SC, DP])
N(SC, "The Wi-Fi at the community centre now has a password, so please ask at reception when you arrive for the digital skills class.", "mentions a password without giving it", allowed=[SC])
N(SC, "Two-factor authentication: turn it on. Took me five minutes and I sleep better. #CyberAware", "advice")
N(SC, "My office line is 01432 600 712, ring Tuesday or Thursday and I'll pick up.", "own office number", allowed=[SC, DP])
N(SC, "Has anyone had the email pretending to be from Anselm Cathcart asking for gift vouchers? It's fake. Delete it.", "scam warning naming the chief executive", allowed=[SC, OI])
N(SC, "The code for the litter-pick kit locker is with community centre reception, ask them not me 😄", "a code mentioned, not given", allowed=[SC])
N(SC, "Someone put a PIN lock on the public defib cabinet at Weobury Heath. Public access defibs must stay unlocked, and the parish has now sorted it.", "PIN in a different sense", allowed=[SC])
N(SC, "The official consultation is on the council's own website, wychleddon.gov.uk/have-your-say. Please don't trust lookalike sites.", "legitimate link", allowed=[SC])

# ---------------- gifts.hospitality ----------------
P(GH, "Lovely lunch at the Riverside Grill with the Gressingham Homes team today, who kindly picked up the bill. Good chat about Pentre Lane!", [GH], "review", "hospitality from an applicant with a pending application")
P(GH, "Thank you to Marlbrook Aggregates for the Christmas hamper. Very generous, the Stilton didn't last long 🧀", [GH], "review", "gift from the quarry applicant (25/0950/FUL)")
P(GH, "Cheers to Hendry & Vyse, who do the council's conveyancing, for the box at the Rovers game on Saturday. Great hospitality, shame about the result!", [GH], "advice", "hospitality from a council supplier, no decision sought")
P(GH, "Big thank you to the owners of the Ferryman's Arms for a fabulous meal on the house last week. They've worked hard on their late licence plans and deserve a fair hearing.", [GH], "review", "hospitality from a licence applicant")
P(GH, "Two VIP passes to the Marches Food Festival from Halloran Catering (they do our school meals), lovely gesture, see you there Saturday!", [GH], "advice", "gift from a council contractor")
P(GH, "Spent the weekend in a lodge at Brackenvale Park courtesy of Thornbury Leisure, who are bidding to run our leisure centre. Very relaxing!", [GH], "review", "hospitality from a bidder in a live procurement", allowed=[CD])
P(GH, "The Mill Street bistro that's applying for pavement café space wouldn't let me pay for dinner. Small businesses like this are what regeneration is about.", [GH], "review", "free meal from a business seeking a licence")
P(GH, "Thanks Verity at Orleton Print for the free run of newsletters, a thank-you for the council contract renewal 😊", [GH], "advice", "gift from a council supplier linked to the contract")
P(GH, "Lovely bottle of single malt from the Clunbury Vale Food Hall folks, 'for all your help' they said. Cheers!", [GH], "review", "gift from a pending licence applicant (LIC/26/0015)")
P(GH, "Honoured to be a guest of Kestrel Fleet Services, our bin lorry contractor, at their awards dinner in Birmingham last night. Hotel and all!", [GH], "advice", "hospitality from a contractor")

N(GH, "I've registered the £120 hamper from a local firm on my gifts and hospitality register, as the code says. Anything £100 or more goes on within 28 days.", "registered properly", allowed=[GH])
N(GH, "Politely declined a dinner invitation from a developer this week. Happy to meet at the council offices with an officer present, not over a steak.", "declined", allowed=[GH])
N(GH, "Thank you to everyone who brought cakes to the Weobury Heath litter pick! Bakers of the parish, you're stars 🍰", "residents' cakes")
N(GH, "Paid for my own ticket to the Chamber of Commerce dinner. A good place to hear from local businesses.", "paid", allowed=[GH])
N(GH, "Lovely lunch with my mum for her 80th at the Riverside Grill. Highly recommend the crumble.", "private lunch")
N(GH, "The members' hospitality register is online and I'd encourage residents to look. Mine has two entries this year: a cup of tea and a mince pie 😄", "about the register", allowed=[GH])
N(GH, "Gressingham Homes offered ward councillors a tour of their show homes. I said I'd go only with a planning officer present and no lunch.", "hospitality declined", allowed=[GH])
N(GH, "Thanks to the Ferryman's Arms for hosting our community quiz for the food bank. £412 raised!", "a venue hosting a charity event, no gift to the councillor", allowed=[GH])
N(GH, "A resident gave me a jar of damson jam after we got her streetlight fixed. Not registrable, but very much appreciated!", "trivial gift from a resident", allowed=[GH])
N(GH, "Free tickets to the Leddon carnival are available at the library for any family that needs them, thanks to our sponsors.", "free tickets for residents")

# ---------------- officers.impartiality ----------------
P(OI, "Tobias Wrenfield's report on Pentre Lane reads like it was written by the developer. Who exactly is the Head of Planning working for?", [OI], "review", "named officer's neutrality questioned", allowed=[DEF, PERS])
P(OI, "I've asked Lorna Fazakerley three times to change her recommendation on the Kite's Nest lodges. If she won't, I'll be asking why at committee.", [OI], "review", "pressing an officer to change advice")
P(OI, "Our licensing manager seems to think the Ferryman's can do no wrong. Hard to trust the officer advice on this one.", [OI], "review", "role-named officer's neutrality questioned", allowed=[PERS])
P(OI, "Funny how every time Labour asks a question the s151 officer's figures suddenly change. Political? You decide.", [OI], "review", "insinuates officer political bias", allowed=[TI, DEF])
P(OI, "The comms team are clearly briefing for the Tories, the Leader's face on every press release. Marisol Quennell needs to explain herself.", [OI], "review", "officer accused of partisanship")
P(OI, "Officers need to rewrite the quarry report before it comes to committee. As it stands the recommendation is just wrong and I expect it changed.", [OI], "review", "pressing officers to change a report")
P(OI, "Anselm Cathcart has been chief exec for six years and this council has gone backwards the whole time. Time for a change at the top.", [OI], "review", "public criticism of a named officer", allowed=[PERS])
P(OI, "The Monitoring Officer's ruling on my complaint was a stitch-up. Priscilla Ormerod should have stepped aside, she's far too close to cabinet.", [OI], "review", "officer's neutrality attacked", allowed=[DEF, PERS])
P(OI, "whoever in highways planned Orleton's gritting routes clearly doesn't live out here. sort it, officers. every winter the same", [OI], "review", "criticises unnamed officers as a group")
P(OI, "Dear planning officers: recommend approval on the creamery scheme again and expect a very public fight from me. Think carefully.", [OI], "review", "pressure on officers' advice", allowed=["bullying.intimidation"])

N(OI, "Huge thanks to Lorna Fazakerley and the planning team for their patient session with Weobury residents last night.", "thanks a named officer", allowed=[OI])
N(OI, "The officer recommendation on Hollins Quarry is approval. I disagree, and I'll explain why at committee, but giving professional advice is their job.", "disagrees with a recommendation while respecting officers", allowed=[OI])
N(OI, "The planning service is under-resourced, and that's a political choice by this cabinet. Fund the department properly.", "criticises cabinet, not officers")
N(OI, "Cabinet's housing policy has failed Kingsmead. The cabinet member should be ashamed.", "criticises a politician")
N(OI, "Dylan Hebblethwaite will be at the Quay Street licensing drop-in on Thursday, 2 to 6pm. Pop in with questions.", "neutral mention", allowed=[OI])
N(OI, "Our comms team's flood alerts this week were brilliant: clear, fast and in Welsh and English. Well done all.", "praise")
N(OI, "Asked the chief exec for a briefing on the bin round changes. He's arranged it for members of all parties next Tuesday, which is exactly right.", "neutral, fair", allowed=[OI])
N(OI, "Officers' report for the 18th is now published. Read it and send me your views before committee.", "signposting")
N(OI, "I disagree with the Leader's decision to overrule scrutiny on car parking. Decisions like this should be debated, not waved through.", "politician criticised")
N(OI, "Congratulations to Tobias Wrenfield on 25 years in local government planning. A true public servant.", "praise of a named officer", allowed=[OI])
# ---------------- capacity.council-voice ----------------
P(CV, "Wychbourne and Leddon Council firmly opposes the government's plan to merge our district into a Marches unitary. We will fight it every step of the way.", [CV], "review", "personal view stated as the council's", account="personal")
P(CV, "On behalf of the council I'd like to apologise to Kingsmead residents for the missed bins this week.", [CV], "review", "'on behalf of the council' from a councillor's own account")
P(CV, "Official council position: no more HMOs in Leddon Bridge. Full stop.", [CV], "review", "'official council position' from a personal account", account="personal")
P(CV, "The district council supports a ceasefire and stands with everyone campaigning for peace.", [CV], "review", "a position the council has not taken, presented as its own")
P(CV, "Speaking for the council here: we think the MP is wrong about the bypass and we'll be telling him so.", [CV], "review", "'speaking for the council'")
P(CV, "Leddon Labour and the district council are united: the A49 bypass route through Clunbury is unacceptable.", [CV], "review", "party view fused with the council's", author="@HattieQuarrellLab")
P(CV, "The council's view is clear: Reform's plans for local government would be a disaster for the Marches.", [CV], "review", "party-political view presented as the council's")
P(CV, "We at Wychbourne & Leddon DC welcome the Lib Dem amendment and will be backing it. 🔶", [CV], "review", "speaks as the council for a party amendment", author="@NualaKinsellaLD")
P(CV, "Council statement: we don't recognise the Gazette's figures on temporary accommodation today and we're asking the paper to correct them.", [CV], "review", "issues a 'council statement' from a personal account", account="personal")
P(CV, "Our council believes the four-day week pilot works and we'll be keeping it whatever ministers say.", [CV], "review", "'our council believes'")

N(CV, "My own view, not the council's: the bypass route through Clunbury is the wrong one.", "explicitly personal", allowed=[CV])
N(CV, "The council's official statement on the flooding is linked below. Sharing so residents see it.", "shares the council's statement", allowed=[CV])
N(CV, "Full Council voted 28 to 12 last night to declare a nature emergency. Proud to have seconded the motion.", "reports a council resolution")
N(CV, "Labour's position is clear: no to the cuts in children's centres. We'll vote against them at budget council.", "party voice, clearly a party")
N(CV, "Speaking as a ward councillor, not for the council: the Kingsmead bin service has been poor this month.", "disclaims council voice", allowed=[CV])
N(CV, "'The council believes' is how the press release starts, but plenty of us don't. Here's why I voted against.", "quotes the phrase to dissent", allowed=[CV])
N(CV, "Cabinet agreed today to bid for the Marches Growth Deal. The formal decision notice is on the council website.", "cabinet member reports a formal decision", allowed=[CV], author="@OwainPryceBevan")
N(CV, "Views my own. Reposts aren't endorsements. Lib Dem councillor for Clunbury Vale.", "bio disclaimer", author="@NualaKinsellaLD")
N(CV, "The council has a legal duty to house homeless families. That's not a political opinion, it's the Housing Act.", "states a legal duty", allowed=[CV])
N(CV, "Lib Dems on Wychbourne & Leddon believe residents deserve a say on reorganisation. Sign our petition 👇", "party group voice, labelled", allowed=[CV], author="@FelixHarbottleLD")

# ---------------- resources.political-use ----------------
P(RP, "Printing the last of our Focus leaflets in the members' room before the by-election. Cheers to the council printer 🖨️", [RP], "review", "council equipment for party leaflets", author="@NualaKinsellaLD")
P(RP, "Any Labour volunteers for Saturday's canvass, reply to my council email and I'll send the walk sheets.", [RP], "review", "council email for campaigning", author="@RajDhillonKM")
P(RP, "Filming our Green Party campaign video in the council chamber later. Hope the Chair doesn't mind 😅", [RP], "review", "council premises for party video", author="@PiersAshwoodGreen")
P(RP, "Asked my ward support officer to pull together everyone who's emailed about potholes so we can send them the Tory newsletter.", [RP], "review", "staff time and residents' data for party mailing", allowed=[DP, OI], author="@IestynML_Con")
P(RP, "Vote Conservative on 7 May! (Posted from my council iPad on the train, the joys of multitasking.)", [RP], "review", "council device for campaigning", author="@MargeryThrelfall")
P(RP, "Our new party leaflet has the council crest on it so people know we mean business. On the doorstep this weekend!", [RP], "review", "council logo on party material")
P(RP, "Booked committee room 2 at the civic centre for our branch meeting. Lib Dem members welcome, park in the staff car park.", [RP], "review", "council rooms for party meeting", author="@FelixHarbottleLD")
P(RP, "Using the council's residents' e-newsletter list to tell people about the Independent group's petition. Sign below!", [RP], "review", "council mailing list for a political petition", allowed=[DP], author="@GideonTarrantInd")
P(RP, "Big thanks to the council comms team for designing our campaign poster. Looks fab!", [RP], "review", "staff time for campaigning", allowed=[OI])
P(RP, "Franking the election addresses through the council post room saves us a fortune. Every penny counts for a small party.", [RP], "review", "council postage for election material")

N(RP, "Out canvassing in Kingsmead this weekend with the Labour team. Leaflets paid for by the party, as always.", "campaigning with party resources", allowed=[RP], author="@HattieQuarrellLab")
N(RP, "Council email for casework only, party stuff through my personal address. Simple rule, keeps everyone straight.", "states the rule", allowed=[RP])
N(RP, "The council printer has finally been replaced! Committee papers no longer come out streaky.", "council printer, no politics")
N(RP, "Surgery at the civic centre on Saturday: bring your council tax, housing or planning problems.", "council premises for council work")
N(RP, "Green Party campaign day Saturday in Orleton. Meet outside the Bell, 10am.", "campaigning, no council resources", author="@PiersAshwoodGreen")
N(RP, "Hired the Methodist hall for our AGM. Thanks to the church for a warm room and strong tea.", "private venue")
N(RP, "The council crest was redrawn in 1974 and I still think the old heron was better. Sorry, heritage nerd moment.", "the crest, no politics")
N(RP, "My council laptop is for council work. Campaign stuff lives on my own (very old) laptop, so please stop sending party things to my .gov address 😂", "refuses the misuse", allowed=[RP])
N(RP, "Council staff are politically restricted during the election period, so please don't ask officers about our campaign.", "respects restriction", allowed=[RP, OI])
N(RP, "Vote for the Weobury Heath Residents on 7 May! Local, independent and funded by bake sales, not big donors.", "campaigning, no council resources", author="@WinSleeWHR")

# ---------------- position.improper-advantage ----------------
P(PA, "Had a word with the planners for my neighbour's extension. As your councillor I can usually get these moving quicker, DM me if yours is stuck.", [PA], "review", "offers to speed up planning through the role", allowed=[OI])
P(PA, "Need a roofer? My brother-in-law's firm, Harcombe Roofing, does all the council's repairs round here and he'll look after you if you mention me.", [PA], "review", "promotes a relative's business through the role")
P(PA, "On the housing waiting list? Message me. I know people in allocations and can get you bumped up.", [PA], "review", "offers queue-jumping")
P(PA, "If you're after a pavement licence, I'm on licensing. Send me your application first and I'll make sure it lands on the right desk 😉", [PA], "review", "offers favour in a licensing matter", allowed=[TI], author="@BethanOakesLab")
P(PA, "Parking permit not sorted? Leave it with me. I'll have a quiet word and it'll be done by Friday.", [PA], "review", "'quiet word' favour")
P(PA, "Shameless plug: my daughter's catering company would be perfect for the council's civic events. I've already put her name forward to the events team.", [PA], "review", "seeks council business for a relative")
P(PA, "Looking for a school place? As a governor and your councillor I can put in a good word with admissions.", [PA], "review", "uses position to influence admissions")
P(PA, "The verge permit queue is months long, but for Orleton folk who voted for me I'll see what I can do 😉", [PA], "review", "favours in return for votes", allowed=[TI])
P(PA, "My practice can do the planning drawings for anyone heading to committee, and I'll know exactly what the committee's looking for.", [PA], "review", "promotes own business using committee insight", allowed=[IA])
P(PA, "Got a fixed penalty for fly-tipping? Let me know, I can usually get them cancelled for constituents.", [PA], "review", "offers to cancel enforcement")

N(PA, "Stuck with a planning application? The council's pre-application advice service is the way to go. Happy to explain how it works.", "signposting", allowed=[PA])
N(PA, "I can't fast-track anything and wouldn't if I could, but I can chase a reply if your case has gone quiet. Drop me a line.", "proper casework", allowed=[PA])
N(PA, "Congratulations to Harcombe Roofing on 50 years of trading in Leddon Bridge!", "unconnected business congratulated", allowed=[PA])
N(PA, "Housing waiting list: the allocations policy is here. Priority goes on need, not on who you know. I'll help you check your banding is right.", "proper casework", allowed=[PA])
N(PA, "Shop local this Saturday: Mill Street traders have a craft market from 10am.", "general support for local shops")
N(PA, "My daughter starts her first job today at a catering company in Ledworth. Proud mum moment 🥹", "family news, no council link", author="@BethanOakesLab")
N(PA, "As your councillor I can raise your parking permit problem with the service and ask them to review it. I can't promise an outcome.", "'as your councillor' for proper casework", allowed=[PA])
N(PA, "Local firms: the council's supplier portal is open and we want more Wychbourne businesses bidding. Free workshop on 3 March.", "open procurement")
N(PA, "Fixed penalty for fly-tipping? The appeal route is on the council site, you'll need photos and receipts. I can't cancel them, and nor should anyone.", "refuses to intervene", allowed=[PA])
N(PA, "Glad to help the Hadley Street residents get their street light fixed. That's what councillors are for.", "casework")

# ---------------- tone.irony-risk ----------------
P(TI, "Oh brilliant, another masterclass in listening from our Leader. Truly, Margery, Kingsmead is blessed 🙏", [TI], "advice", "mock praise of a named councillor", allowed=[PERS])
P(TI, "Cllr Pryce-Bevan says the housing target is 'achievable'. Yeah right. And I'm the Queen of Sheba.", [TI], "advice", "'yeah right' about a named councillor", allowed=[PERS])
P(TI, "Congratulations to Rhodri Ellingham MP on his third visit to the district in five years. Don't wear yourself out, Rhodri /s", [TI], "advice", "/s and mock congratulations to the MP")
P(TI, "Nice to see @IestynML_Con has discovered Stoke Ferrers exists. Only took him till an election year 🙄👏", [TI], "advice", "sarcasm at an @handle", allowed=[PERS])
P(TI, "Our Lib Dem colleagues have bravely promised to fix every pothole, end hunger and make it stop raining. Inspiring stuff.", [TI], "advice", "mock praise of a group of councillors")
P(TI, "Another triumph for the Green transport plan: a bike rack nobody asked for and three months consulting on the colour. Genius, Piers. Genius.", [TI], "advice", "mock praise of a named councillor", allowed=[PERS])
P(TI, "Cllr Tarrant absolutely smashing it as usual: five council meetings missed this year, but his Facebook's never been busier 😂", [TI], "advice", "ironic praise; attendance claim", allowed=[PERS, DEF])
P(TI, "What a shock that the Leader 'couldn't make' the flood meeting in Clunbury. I'm sure her diary was just packed. Totally believable.", [TI], "advice", "scare quotes and mock belief aimed at a person")
P(TI, "Hats off to Hattie Quarrell for that stunning U-turn on parking charges, the most athletic thing Labour's managed in years 🤸", [TI], "advice", "mock praise of a named councillor", allowed=[PERS])
P(TI, "Thank you, cabinet, for your deep and abiding interest in Weobury Heath. See you at the next election, no doubt, same as last time 😘", [TI], "advice", "mock thanks to the cabinet members")

N(TI, "The council's parking policy is a shambles and cabinet should rethink it. Not sarcasm, just fact.", "robust criticism of policy", allowed=[TI])
N(TI, "Genuinely brilliant work from Cllr Nuala Kinsella on the flood grants. 200 emails answered this week. Thank you!", "sincere praise", allowed=[TI])
N(TI, "Oh great, raining again for the Clunbury fun run. Waterproofs on everyone 🌧️", "sarcasm about the weather", allowed=[TI])
N(TI, "Yeah, right turn only at the Orleton junction from Monday. Highways say it's to ease the queues.", "literal 'right'", allowed=[TI])
N(TI, "I'll be honest: the Leader and I disagree on almost everything, but she was right to apologise for the bin chaos.", "sincere credit")
N(TI, "Congratulations to Rhodri Ellingham MP on securing the flood defence money for Leddon Bridge. Credit where it's due.", "sincere congratulations", allowed=[TI])
N(TI, "Love a Monday committee meeting. Said no one ever. Coffee please ☕", "self-directed joke about a meeting", allowed=[TI])
N(TI, "Route 44 cut again. The bus strategy has failed and needs rethinking, not another press release.", "criticism of a policy")
N(TI, "A real U-turn on parking charges from cabinet, and I mean that kindly: they listened to traders and I thank them.", "sincere praise with U-turn", allowed=[TI])
N(TI, "The Green group's bike rack proposal is modest, but it's a good start. Let's build on it.", "sincere", allowed=[TI])

# ---------------- build ----------------
import tomllib  # noqa: E402

HERE = __import__("pathlib").Path(__file__).resolve().parent
with open(HERE / "council.toml", "rb") as fh:
    COUNCIL = tomllib.load(fh)
HANDLES = {h: n for h, n in COUNCIL["people"]["handles"].items() if n in COUNCIL["people"]["councillors"]}
PARTY = {
    "Margery Threlfall": ["Conservative", "Tory", "Tories", "cabinet", "Leader"],
    "Owain Pryce-Bevan": ["Conservative", "Tory", "Tories", "cabinet"],
    "Deborah Carrow": ["Conservative", "Tory", "Tories"],
    "Iestyn Morgan-Lacy": ["Conservative", "Tory", "Tories"],
    "Hattie Quarrell": ["Labour"], "Rajinder Dhillon": ["Labour", "Raj"], "Bethan Oakes": ["Labour"],
    "Felix Harbottle": ["Lib Dem", "Liberal Democrat"], "Nuala Kinsella": ["Lib Dem", "Liberal Democrat"],
    "Piers Ashwood": ["Green"], "Gideon Tarrant": ["Independent"], "Winifred Slee": ["Residents", "Win"],
}
# words that would make a post touch the author's own registered interest (avoid accidental positives)
INTEREST_WORDS = {
    "Deborah Carrow": ["carrow", "kite's nest", "equestrian", "riding", "riders", "yard", "bridleway", "horse"],
    "Felix Harbottle": ["rowing", "boathouse", "leddon valley rc"],
    "Hattie Quarrell": ["co-op", "marches housing", "garage sites"],
    "Owain Pryce-Bevan": ["land agen", "local plan", "call for sites", "allocations", "my practice", "my firm", "landowner", "growth deal"],
    "Winifred Slee": ["community shop", "weobury heath shop"],
    "Rajinder Dhillon": ["kpat", "kingsmead primary", "s106", "school"],
    "Iestyn Morgan-Lacy": ["gressingham", "pentre lane"],
    "Gideon Tarrant": ["brockhurst", "solar"],
}


def eligible(row):
    text = row["text"].lower()
    out = []
    for handle, name in sorted(HANDLES.items()):
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        if first in text or last in text or handle.lower() in text:
            continue
        if any(w in text for w in INTEREST_WORDS.get(name, [])):
            continue
        if row["family"] in (TI, CV) or row.get("near") in (TI, CV):
            if any(w.lower() in text for w in PARTY[name]):
                continue
        out.append(handle)
    return out


def timestamp(rng):
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    while True:
        day = start + timedelta(days=rng.randrange(0, 82))
        if day.weekday() < 5 and day <= datetime(2026, 3, 27, tzinfo=timezone.utc):
            break
    t = day + timedelta(hours=rng.randrange(8, 19), minutes=rng.randrange(60), seconds=rng.randrange(60))
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["author"] or rng.choice(eligible(r))
        out.append({
            "id": f"B19-{i:04d}",
            "text": r["text"],
            "author": author,
            "created_at": timestamp(rng),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": r["account"],
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": (f"near miss for {r['near']}: " if r["kind_of_row"] == "hard_negative" else "") + r["note"],
        })
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
