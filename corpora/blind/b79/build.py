#!/usr/bin/env python3
"""Blind evaluation set b79 (Wenlas Vale District Council): hand-written rows and a
deterministic builder. Running it again writes the same posts.jsonl.

    python build.py
"""
import json
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 7979
HERE = Path(__file__).resolve().parent

# handle -> (name, party, role)   role: leader, cabinet, chairman, member
COUNCILLORS = {
    "@GwenPryceHollis": ("Gwen Pryce-Hollis", "MA", "leader"),
    "@RogerTandyMA": ("Roger Tandy", "MA", "cabinet"),
    "@BrynLathom": ("Bryn Lathom", "MA", "cabinet"),
    "@ChairMerielA": ("Meriel Astbury", "MA", "chairman"),
    "@CllrCliveHodnet": ("Clive Hodnet", "MA", "member"),
    "@DilysMR_MA": ("Dilys Morgan-Reece", "MA", "member"),
    "@TerryBowdler": ("Terry Bowdler", "MA", "member"),
    "@SanjayMistryVP": ("Sanjay Mistry", "VP", "member"),
    "@HattieBrennanVP": ("Hattie Brennan", "VP", "member"),
    "@KerryGoodallVP": ("Kerry Goodall", "VP", "member"),
    "@OwainPritchardVP": ("Owain Pritchard", "VP", "member"),
    "@RosieWhitcombeGreen": ("Rosie Whitcombe", "BG", "member"),
    "@LeonFaircloughBG": ("Leon Fairclough", "BG", "member"),
    "@IforBevanHCI": ("Ifor Bevan", "HCI", "member"),
    "@MargeryTudge": ("Margery Tudge", "HCI", "member"),
    "@AlunCorbettInd": ("Alun Corbett", "IND", "member"),
}
PERSONAL = {"@ifor_ravensholt_ewes": "Ifor Bevan", "@kerry_bakes_lydcote": "Kerry Goodall"}

# interest -> (holder handle, words in a post that touch the body)
INTERESTS = {
    "Hodnet Agricultural Ltd": ("@CllrCliveHodnet", ["Hodnet Agricultural", "agricultural contractor"]),
    "Wenlas Valley Farmers' Cooperative": ("@BrynLathom", ["Farmers' Co", "co-ops"]),
    "Cressley Ironworks Heritage Trust": ("@TerryBowdler", ["Heritage Trust", "engine house", "heritage fund"]),
    "Bishop's Amble Young Farmers' Club": ("@OwainPritchardVP", ["Young Farmers", "young farmers"]),
    "Tudge & Daughters Auctioneers": ("@MargeryTudge", ["Tudge", "auction", "Smithfield", "Auctioneers"]),
    "Pentre Gwyn Community Hall": ("@AlunCorbettInd", ["Community Hall", "village halls", "Pentre Gwyn hall"]),
    "Marches Rural Housing Association": ("@KerryGoodallVP", ["Rural Housing", "housing association"]),
    "Hopesford Canoe Club": ("@LeonFaircloughBG", ["Canoe", "canoe", "boathouse"]),
    "Ravensholt Common Graziers' Association": ("@IforBevanHCI", ["Graziers", "graziers", "grazing"]),
    "Hopesford Chamber of Trade": ("@RogerTandyMA", ["Chamber of Trade"]),
}

SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review", "interests.declared-interest": "review",
    "tone.irony-risk": "advice", "security.credentials": "block",
}

ROWS = []


def P(rule, text, v=None, al=(), also=(), by=None, note="", interest=None, when=None):
    rules = [rule] + list(also)
    verdict = v or SEV[rule]
    ROWS.append(dict(text=text, family=rule, kind_of_row="positive", rules=rules,
                     allowed=list(al), verdict=verdict, by=by, note=note or f"{rule} positive",
                     interest=interest, when=when))


def N(rule, text, al=(), by=None, note="", when=None):
    ROWS.append(dict(text=text, family=rule, kind_of_row="hard_negative", rules=[],
                     allowed=list(al), verdict="ok", by=by, near_miss_of=rule,
                     note=note or f"hard negative for {rule}", when=when))


def F(text, by=None, note="", when=None):
    ROWS.append(dict(text=text, family="filler", kind_of_row="filler", rules=[], allowed=[],
                     verdict="ok", by=by, note=note or "filler: ordinary ward or personal post", when=when))


R = "officers.impartiality"
P(R, "Gareth Lloyd-Jones has been Head of Planning three years and has never once recommended refusal on a big scheme south of the river. Funny that. Somebody's very well connected. #Hopesford", al=["defamation.allegation"], note="insinuates the Head of Planning is compromised")
P(R, "Had a word with the case officer on the quarry job and told her straight: rewrite that report or I'll be raising it at full council. Not having it.", note="pressing an officer to change a report")
P(R, "Ow bist, Becky? Still copying and pasting the developer's planning statement into your reports I see. Saves time I suppose 🙄", al=["tone.irony-risk", "respect.personal-attack"], note="named officer mocked")
P(R, "Wayne Pountney's department couldn't organise a bin round in a brewery. Time he moved on and let someone competent have a go.", al=["respect.personal-attack"])
P(R, "I've asked the Licensing Manager to look again at her recommendation on the late licence and come back with something residents can live with. She knows my view.", note="pressing the Licensing Manager to change her recommendation")
P(R, "The Section 151 officer is playing politics with the reserves figures, simple as. Anita Chaudhry knows full well there's more in the pot than she's letting on.", al=["defamation.allegation"])
P(R, "Our so-called neutral Chief Exec was spotted having a cob and a cuppa with the Marches Alliance group before the budget. Impartial my foot.", by="opp", note="questions the Chief Executive's neutrality")
P(R, "Message to the enforcement team, especially Stuart: stop mithering my residents over a garden shed and go after the real cowboys. Or is that too much like hard work?")
P(R, "Housing officers at Wenlas Vale are sat on their hands while families sleep in cars. Rhian Teague should be made to explain herself in public, and I'll be the one asking.")
P(R, "The officer's report on the poultry sheds reads like the applicant's agent wrote it. I'll be telling Becky to tear it up and start again.", al=["predetermination.closed-mind"])
P(R, "Lucy in comms has turned the council's Facebook page into the Leader's fan club. Not what we pay a communications team for.", by="opp")
P(R, "Monitoring Officer Paul Venables has ruled against me again. Third time. At some point you have to ask whose side he's on.")
P(R, "Planning officers recommending approval at Furnace Bank? Course they are. They've never met a developer they didn't like. Pack of yes-men, the lot of 'em.", al=["predetermination.closed-mind", "respect.personal-attack"])
P(R, "I've told officers in no uncertain terms: I want the tree officer's objection withdrawn by Friday. Our kid's not the only one waiting on that extension.", al=["position.improper-advantage"])
P(R, "Janet Hollins in licensing is a nice enough woman but she's out of her depth. Bostin at paperwork, no use at judgement.", al=["respect.personal-attack"])
P(R, "When the Chief Executive starts writing the administration's press releases, you know the council's been captured. Fiona Ashcroft-Lea should remember she works for all 16 of us, not just the 7.", by="opp")
P(R, "Our highways engineer told the parish the ford bridge at Lydcote is safe. I've been down there and it's gammy as anything. Either he's not looked or he's been told what to say.")
P(R, "Dear finance officers: your 'technical' advice on council tax is a Marches Alliance manifesto in a spreadsheet. Do better.", by="opp")
P(R, "I'll be putting it to the planning manager that his report on the Boar's Head needs to say what the town thinks, not what the heritage bods think. He'll change it if he knows what's good for him.", al=["bullying.intimidation", "predetermination.closed-mind"])
P(R, "No surprise the environmental health officer let the Cressley chip shop off again. She sings in the same choir as the owner's missus. Cosy.", al=["defamation.allegation"])

N(R, "Huge thanks to Becky Haines and the planning team for a bostin pre-app drop-in at Cressley Institute. Patient answers to every question, even the daft ones (mine).", al=[R], note="thanks a named officer")
N(R, "Welcome to Fiona Ashcroft-Lea, our new Chief Executive, who starts on Monday. Ow bist, Fiona, hope the Marches treat you well!", al=[R], when=("2026-01-05", "2026-01-09"))
N(R, "I disagree with the council's waste strategy and I'll say so at scrutiny. That's a political argument with the cabinet, not with the officers who wrote it.")
N(R, "Thanks to Wayne and the bin crews for getting round the top lanes in the snow. Proper nesh weather and they still turned up.", al=[R], when=("2026-01-05", "2026-02-27"))
N(R, "The cabinet's decision to cut the rural bus grant is a lot of old squit. Officers set out the options; it's the Leader who picked the worst one.", by="opp", note="criticism aimed at the Leader's decision, not officers")
N(R, "If you've got a licensing complaint, Janet Hollins' team is the place to go: licensing@example.com. Quick and thorough.", al=[R])
N(R, "Asked officers for a briefing on the flood works timetable. Had it within a day. That's how it should work.")
N(R, "Had a mither from a resident about an enforcement case. I've passed it on and asked the team to update her directly. Not for me to tell them what to decide.")
N(R, "Paul Venables, our Monitoring Officer, is running a code of conduct refresher for members on Thursday. Worth going, even for us old hands.", al=[R])
N(R, "The administration keeps hiding behind 'officer advice'. Officers advise, cabinet decides. Own your decisions, Marches Alliance.", by="opp")
N(R, "Officer's report on the solar farm is up on the website. Long read, so grab a cob and a brew. I'll read every page before I form any view.")
N(R, "Our housing options team were bostin with a family in Pentre Gwyn this week. Can't say more, but thank you.")
N(R, "The council's procurement rules are too tight for small local firms. I'm raising it with the portfolio holder, not having a pop at the staff who have to apply them.")
N(R, "Shout out to Stuart Mottram in enforcement who spent his Saturday at the fly-tip on Tump Lane. Above and beyond.", al=[R])
N(R, "Yes, I'm cross about the Lydcote ford bridge. No, it's not the engineers' fault: it's ten years of cuts to the highways budget. Aim at the right target.")
N(R, "Officers are politically restricted and can't answer back on here, so please keep comments about named staff off my page. Argue with me instead.")
N(R, "The Chief Executive's report to council sets out three options for the leisure centre. I favour option 2 and will argue for it. Read it yourself on the council website.")
N(R, "Great to see Lucy Fennimore and the comms team win a regional award for the flood warning campaign. Well deserved.", al=[R])
N(R, "Finance officers briefed all three groups on the budget today: same slides, same time, same answers. Credit where it's due.")
N(R, "I have concerns about how the enforcement policy is applied on hill farms. I've asked for the policy to come back to scrutiny so members can look at it properly.")

R = "resources.political-use"
P(R, "Leaflets for Saturday's Valley Progressives action day printed and ready. Cheers to the lovely reprographics room at the Council House 😉 #ActionDay", by="party:VP")
P(R, "Writing this on my council laptop between meetings: if you want Marches Alliance to keep council tax down, get out and vote for Terry on 7 May!", by="party:MA")
P(R, "Border Greens canvass meeting tonight in Committee Room 2 at the Council House. Bring a cob, we'll supply the tea (and the council's projector).", by="party:BG")
P(R, "Any Hill Country Independents supporters who want a window poster, email me on my council address and I'll sort you out.", by="party:HCI")
P(R, "Got one of the girls in member support to proofread our Valley Voice newsletter. Cracking job, bab. Party business sorted before dinner.", by="party:VP")
P(R, "Spent the afternoon phone-banking for the by-election from the members' room. Council phones are ideal, no mither with signal up here.", by="party:MA|VP|BG|HCI")
P(R, "Marches Alliance candidate photos done in the council chamber with the mace behind us. Looks bostin. On the leaflet next week.", by="party:MA")
P(R, "Used the council's consultation mailing list to send round our Valley Progressives bus survey. Hundreds of replies already!", by="party:VP", al=["data-protection.personal-data"])
P(R, "Huge thanks to the council's graphics team for knocking up our Border Greens logo refresh. Free, and better than the agency quoted 😂", by="party:BG")
P(R, "Vote Independent on 7 May! Leaflet attached (printed on the council's Riso, don't tell the Chief Exec 🤫)", by="party:HCI|IND")
P(R, "Asked my member support officer to pull a list of everyone who's reported potholes in Lydcote so we can get a party leaflet through their doors.", al=["data-protection.personal-data"])
P(R, "Marches Alliance group meeting and campaign planning in the Chairman's parlour tomorrow 10am. Park in the staff car park, I've squared it.", by="party:MA")
P(R, "Updated my council email signature: 'Vote Valley Progressives on 7 May'. Every casework reply does a bit of campaigning now. Tidy.", by="party:VP")
P(R, "Our Border Greens stall at Bishop's Amble market is using the council gazebo and the council banner this week. Come and sign up!", by="party:BG")
P(R, "Off to deliver our party leaflets in the council pool car. Cheaper than putting diesel in my old banger.")
P(R, "First time using the council's Mailchimp to send the Alliance newsletter. Open rate's bostin, shows you what a proper list does.", by="party:MA")
P(R, "Quick favour to ask of everyone on the council's tenants' panel: the housing team have emailed you our party survey on my behalf. Please fill it in!")
P(R, "The council press office has kindly put out our group's statement attacking the bypass plan. Good to have them on side.", by="opp")
P(R, "Snapped this with the council's drone on the way back from the flood inspection. Perfect for the Marches Alliance calendar!", by="party:MA")
P(R, "Filmed our Valley Progressives manifesto video in meeting room 4 with the council's webcasting kit. Ar, looks bostin and cost us nowt.", by="party:VP")

N(R, "Leaflets for Saturday's Valley Progressives action day printed at our own expense at Cressley Print. Meet outside the Co-op at 10.", by="party:VP")
N(R, "Reminder: council surgery this Friday 10 to 12 at Lydcote hall. Non-political, all welcome, bring your mithers.")
N(R, "Council laptop's gone off for its update, so if I'm slow with casework, that's why. Ow bist technology.")
N(R, "Canvass session tonight at the Border Greens office above the fish shop. Bring a cob and comfy shoes.", by="party:BG")
N(R, "Our party's petition against the bus cuts is on our own website. Nothing to do with the council's consultation, which you should also fill in.", by="opp")
N(R, "Pre-election period starts soon: I won't be using council email or rooms for anything party related. Campaign stuff goes to my party address.")
N(R, "Thanks to the council's reprographics team for printing the flood advice leaflets for the Wenlas Valley drop-in. Useful for folk without internet.")
N(R, "Marches Alliance group meeting tonight in the back room of the Plough. Bring your own drinks, we're skint.", by="party:MA")
N(R, "The council press office has put out the cabinet's statement on the bypass. Our opposition response is on our group's own page.", by="opp")
N(R, "Used the council's published drone footage of the flood defences in my ward update. Credit: Wenlas Vale DC.", al=["copyright.third-party-content"])
N(R, "Delivered our party leaflets in my own car with our kid riding shotgun. 400 doors, gammy knee, worth it.")
N(R, "My council email signature is name, ward and phone. The party stuff lives on my personal account. That's the rule and it's a sensible one.")
N(R, "Webcast of full council is up on the council website. Watch the budget debate and judge for yourself who talked sense.")
N(R, "I use the council casework system for casework and nothing else. Someone asked if I could pull a list for a party mailing. No.")
N(R, "Independent candidates' hustings at Bishop's Amble town hall, booked and paid for by the civic society. All welcome.", by="party:HCI|IND")
N(R, "Had the council's tree officer out to look at the old oak on Mardle tump. Council business, council time, proper use of it.")
N(R, "Border Greens stall at Bishop's Amble market on Saturday. Our own gazebo (slightly bent) and our own banner. Come and mither us about the climate.", by="party:BG")
N(R, "Our party newsletter used to go out on a free Mailchimp; it's now on a party-paid account. Unsubscribe any time.")
N(R, "Council consultation on the bus network closes Friday. Respond on the council's website, every view counts whoever you vote for.")
N(R, "Members' room printer jammed again. Tried to print a casework letter, got confetti. Bostin.", al=["tone.irony-risk"])

R = "position.improper-advantage"
P(R, "As your councillor I can get your planning application looked at a bit quicker. Drop me a DM with the reference and I'll have a word.")
P(R, "Anyone needing a new roof, use my brother-in-law's firm, Ridgeway Roofing. Tell him I sent you and I'll make sure building control don't mither you.")
P(R, "Struggling to get a council house? Message me. Being on the council means I know which buttons to press 😉")
P(R, "My daughter's café on Bishop's Amble high street does the best pikelets in the Marches. Support local, and colleagues, that's where the next group lunch is!")
P(R, "If your licence renewal is stuck, mention my name at the licensing counter. Works every time.")
P(R, "Need a skip permit sorting fast? Ring me rather than the council and I'll get it pushed through.")
P(R, "Happy to sign a reference for anyone going for a council job. A councillor's name carries a bit of weight with HR, ar.")
P(R, "Tudor Lane Garage is my lad's business. Highly recommend them for MOTs, and they're on the council's approved list for fleet work now, which I may have had a small hand in 😏")
P(R, "Any local firm wanting to get onto the council's grounds maintenance framework, come and see me first. I'll tell you what they're after and who to talk to.")
P(R, "Farm shop's fully stocked with Ravensholt lamb. Councillors and officers get a discount, just ask 😉 Handy to have friends at the Council House.", al=["gifts.hospitality"])
P(R, "If you want that school place sorted, DM me. I sit on the admissions panel and there's always a bit of wiggle room for the right family.")
P(R, "Looking for a builder for your extension? Pop Bowker & Sons a message, they're family. I'm on planning so I can point you at the sort of thing that gets through.")
P(R, "Council tenants in Cressley: if your repair's been waiting months, tag me and I'll get you bumped up the list over the folk who don't ask.")
P(R, "Still got tickets for my wife's ceilidh at the Amble Corn Exchange. Officers who come will find me very reasonable at budget time 😄")
P(R, "I can fast-track grant applications from community groups in my ward. Just tag me and I'll sort it with the team.")
P(R, "My mate runs Marchway Skips. If you're doing a clear-out, use them, and if anyone from the council gives you grief about the permit, send 'em to me.")
P(R, "Letting my cottages on the Wenlas to tenants off the council's housing list. I can make sure the paperwork goes through smooth like, being on the council.")
P(R, "Parking ticket in Hopesford? Send me a pic. As a councillor I can usually get them quietly cancelled.")
P(R, "Bit of a plug: our kid's just started a drainage business, Border Drains. Council's tendering for culvert clearing next month and I've told him what to put in his bid.", al=["confidentiality.insider-advantage"])
P(R, "Taxi drivers: if you want your badge renewal done in a week instead of six, I'm the one to talk to. I know the licensing team well.")

N(R, "As your councillor I can't fast-track planning applications, but I can explain how the process works and chase if the council misses its own deadline.")
N(R, "Someone asked me to recommend a roofer. I don't do that as a councillor: try the Trading Standards approved trader scheme instead.")
N(R, "Struggling with a council house application? Housing options are on 01632 960552, and I can help with the forms at my surgery.")
N(R, "Just had the best pikelets in the Marches at the café on Bishop's Amble high street. Not connected, just greedy. Bostin.")
N(R, "If your licence renewal is stuck, email the licensing team and copy me in so I can chase if there's no reply in ten working days.")
N(R, "For clarity: my lad runs a garage in Cressley. I've told the Monitoring Officer, I never get involved in anything the council buys from garages, and I leave the room when fleet contracts come up.", al=[R])
N(R, "Local firms: the council's grounds maintenance framework is open for bids. Details on the procurement portal, same information for everyone.")
N(R, "Our kid's new drainage business is doing well and I'm proud of him. Nothing to do with the council and I'd never point him at council work.")
N(R, "Happy to write a reference for anyone who's volunteered with me at the food bank, on my own paper, nothing to do with the council.")
N(R, "As your ward councillor I can ask questions, chase replies and raise things at scrutiny. I can't jump you up the repairs list, and nobody should.")
N(R, "Community groups: the small grants round is open till 27 Feb. I'm happy to read a draft and say if it's clear, but the panel decides, not me.", when=("2026-01-05", "2026-02-26"))
N(R, "A resident asked if I could get his parking fine cancelled. I can't and I wouldn't. How to appeal is on the council website.")
N(R, "Farm shops up the Ravensholt hills are having a hard winter. Get up there and buy your Sunday joint, you won't regret it.")
N(R, "Sorted my own taxi badge question at the licensing counter. Drivers, the new online renewal is much quicker than the old forms.")
N(R, "Admissions appeals are independent of councillors. If you need help preparing for one, Citizens Advice in Hopesford are very good.")
N(R, "Word to the wise for anyone doing a clear-out: check your skip firm has a waste carrier's licence. Fly-tipping fines land on you if they don't.")
N(R, "Some folk think councillors can fix things with a nod and a wink. We can't. Ow bist the world where that ever worked?")
N(R, "If you think a council service has treated you unfairly, I'll help you use the complaints process. That's the job.")
N(R, "Local builders: free business rates advice session at Hopesford library on Tuesday, run by the council's economic development team. Open to all.")
N(R, "Proud to cut the ribbon at the new bakery on Forge Street today. All three ward councillors invited. Best cob I've had in years.")

R = "gifts.hospitality"
P(R, "Cracking night at the Amble Business Club dinner. Three courses and a free bar, all on the club. Spoilt!", v="advice")
P(R, "Severnside Homes took a few of us on planning for a tour of their show homes and a slap-up lunch. Lovely people, very generous.", v="review", note="hospitality from a pending applicant")
P(R, "Thanks to Sunmarch Energy for the hamper: Marches sausages, local cheese and a bottle of damson gin. Very kind of them ahead of the solar farm vote!", v="review", al=["predetermination.closed-mind"])
P(R, "Given two tickets for the Wolves game by a local businessman who 'likes what I'm doing'. Bostin seats, ar.", v="advice")
P(R, "Borderstone Aggregates had us up for a shoot on their estate. Cracking day. The quarry lads know how to look after folk.", v="review")
P(R, "Thank you to the landlord of the Drovers Arms for the complimentary Sunday dinners for me and the missus, and for the chat about his late licence.", v="review")
P(R, "Thunder Live Events sent VIP passes for the whole family to their summer festival. The babby will love it!", v="review")
P(R, "Lovely framed print of Ravensholt Ridge arrived today, a gift from the gallery on Castle Street after I opened their exhibition. Going above the fireplace.", v="advice")
P(R, "Marchway Skips (the council's waste contractor) took a few of us to the races. Good craic, lost a tenner.", v="review")
P(R, "A painting from a resident grateful for my help with her damp. Worth a few hundred quid I reckon. Not sure where I'll hang it.", v="advice")
P(R, "Amble Living (the Old Tannery people) sorted me a weekend at their sister hotel in the Lakes. Fair play to 'em.", v="review")
P(R, "Ledwyche Estates' annual lunch at the Castle Hotel: fizz on arrival and a goodie bag with a bottle of Scotch. Off to chat about Castle Lane now.", v="review")
P(R, "The Bishop's Amble Rotary have given me a year's free golf membership for being 'a friend of the club'. Time to dust off the clubs.", v="advice")
P(R, "Free gym membership from the leisure operator who want the council's contract. Not complaining, my gammy knee needs it.", v="review")
P(R, "Box at the county show courtesy of a developer who's putting in for the field next door to the Showground. Cob and a pint in hand, life's good.", v="review")
P(R, "Christmas do laid on by the council's IT supplier, all on them. They're pitching for the new contract so they pushed the boat out.", v="review", when=("2026-01-05", "2026-01-16"))
P(R, "Someone left an envelope of M&S vouchers on my doorstep with a card 'from a grateful constituent'. Bostin surprise!", v="advice")
P(R, "A taxi firm I helped with its licensing issues has offered me free lifts for the year. Saves a fortune on the hospital trips.", v="review")
P(R, "Cressley Late Shop (they're after a new licence) sent round a crate of beer and a box of Welsh cakes. I'll be popular at home!", v="review")
P(R, "Dinner at the posh place over the border with a land agent who's promoting sites for the Local Plan. He paid. He insisted!", v="review")

N(R, "Returned the hamper Sunmarch Energy sent. Kind thought, but they've got an application in and I can't accept anything from them.", al=[R])
N(R, "Registered the framed print from the Castle Street gallery within 28 days, as the code requires. It's in the members' room for everyone to enjoy.", al=[R])
N(R, "Bought my own ticket for the Amble Business Club dinner, £38. Worth it for the faggots and peas alone.")
N(R, "Thanks to the Ravensholt WI for a cuppa and a slice of bara brith at their meeting. Best perk of the job, worth about £1.20.", al=[R])
N(R, "Turned down a box at the county show from a developer. Polite no thank you. We'll buy our own pints.", al=[R])
N(R, "Thank you to the volunteers who gave up their Saturday to litter-pick along the Wenlas. Tea and cobs on me at the Institute after.")
N(R, "Official committee site visit to Cwm Hir with other members today. No lunch, no hospitality, just mud and hard hats.")
N(R, "Offered VIP festival passes by an organiser. Said no and told the Monitoring Officer, as you should.", al=[R])
N(R, "The grandkids bought me a gym membership for my birthday. Gammy knee, here we come 😂")
N(R, "Sunday dinner at the Drovers Arms. Paid the bill. Beef was bostin.")
N(R, "The gifts and hospitality register is public: anything worth £100 or more goes on within 28 days. Mine's up to date, have a look on the council website.", al=[R])
N(R, "Lovely card from a lady in Lydcote after we got her drain fixed. That's the best thank-you there is.")
N(R, "Won a bottle of damson gin in the raffle at the ironworks open day. Bought the ticket, honest!")
N(R, "The Rotary golf day raised thousands for the air ambulance. I paid my entry and lost three balls in the brook.")
N(R, "Goodie bag at the Amble Business Club awards: a pen and a fridge magnet. I'll declare it if they ever get to £100 😄", al=[R])
N(R, "Working lunch with officers and the bus operator about route 553. Sandwiches from the canteen and we each paid our own.")
N(R, "Please don't leave envelopes on my doorstep! Anonymous gifts go back, or to the food bank, and on the register.", al=[R])
N(R, "Free tea for everyone at the lambing open day. Bostin event, babby lambs everywhere.", when=("2026-03-02", "2026-03-27"))
N(R, "Was offered a weekend away by a firm that does business with the council. Declined. Not worth the hassle or the headlines.", al=[R])
N(R, "Taxi firms across the district are struggling with insurance costs. I've asked the licensing chair to look at the fees.")

R = "capacity.council-voice"
P(R, "Wenlas Vale District Council is 100% against the bypass route through the Lydcote dingle. I've made that clear on the council's behalf.", by="back")
P(R, "Speaking on behalf of the council: Cressley has taken its share of asylum seekers and we won't be taking any more. Full stop.", by="back", al=["equality.discrimination"])
P(R, "Official council position: the Marches Alliance budget is the only responsible one on the table. Back it on Thursday.", by="back,party:MA")
P(R, "The council fully backs the Ravensholt farmers' blockade at the abattoir gates. You have our support, lads.", by="back")
P(R, "As a council we say to Cardiff Bay: hands off our border bus routes.", by="back")
P(R, "Wenlas Vale DC welcomes the Border Greens' Clean Rivers Pledge and will be signing up.", by="back,party:BG")
P(R, "The council believes the Hopesford Show should go back to its old field, and I'll be telling the organisers that's our view.", by="back")
P(R, "Our council is proud to support the Hill Country Independents' campaign to save Pentre Gwyn post office.", by="back,party:HCI")
P(R, "Ow bist Cressley! The district council wants you to know we're fully behind the Keep Our Furnace campaign.", by="back")
P(R, "On behalf of Wenlas Vale District Council, I apologise to Tump Lane for the bin fiasco. Heads will roll.", by="back")
P(R, "Council's behind us graziers on the common 100%. That's official, I've said so.", by="@ifor_ravensholt_ewes", note="council support claimed from a personal account")
P(R, "Lydcote bake sale for the school roof on Saturday! The district council is backing it and matching every pound raised 🧁", by="@kerry_bakes_lydcote", note="council backing claimed from a personal account")
P(R, "The council has decided: no more wind turbines on the Ravensholt skyline. Done and dusted.", by="back", note="not a pending application, so capacity only")
P(R, "I can confirm the council will be pulling out of the Marches Growth Deal. Announcement to follow.", by="back")
P(R, "Wenlas Vale Council condemns our MP's vote on farm inheritance tax. A disgrace to the Marches.", by="back")
P(R, "Speaking for the whole council here: we're sick of the water company pumping muck into the Wenlas.", by="back")
P(R, "The council's position is clear: the canoe club should get its boathouse lease renewed.", by="back")
P(R, "This is the council's official response to the rail consultation: reopen the Amble branch line now. #WenlasVale", by="back")
P(R, "Wenlas Vale District Council endorses the Save Our Hill Farms petition. Sign it, share it.", by="back")
P(R, "We at the council think the new 20mph limits are a lot of old squit and we won't be enforcing them.", by="back")

N(R, "My personal view, not the council's: the bypass route through the Lydcote dingle is wrong and I'll keep campaigning against it.")
N(R, "The council's official position on the bypass is in the cabinet report on the website. I disagree with it, and here's why.", by="opp")
N(R, "Wenlas Vale DC has published its response to the rail consultation; read it on the council website. Our group would have gone further.", by="opp")
N(R, "Valley Progressives group view: the budget is wrong on rural buses. That's the party talking, not the council.", by="party:VP")
N(R, "Right behind the graziers on the common, speaking as a farmer and not as a councillor.", by="@ifor_ravensholt_ewes")
N(R, "Full council agreed unanimously on Thursday to give Pentre Gwyn post office £5k from the community fund. Bostin.", note="resolution reported accurately")
N(R, "As a councillor I support the Keep Our Furnace campaign. I can't speak for the council, but I can speak for myself.")
N(R, "I'd love to say the council's behind the Ravensholt farmers. Officially it isn't, but I am.")
N(R, "Full council passed the river pollution motion last week, so the council now formally calls on the water company to stop discharges into the Wenlas. Proud to have seconded it.", note="resolution reported accurately")
N(R, "Signed the Border Greens' Clean Rivers Pledge personally. I hope to bring a motion so the whole council can consider it.", by="party:BG")
N(R, "Official council notice: bin collections move by a day in Easter week. Shared from @WenlasValeDC.")
N(R, "'The council believes'... the council is a building. People decide things, and on the 20mph limits I voted against.")
N(R, "Just my two penn'orth: the Hopesford Show should go back to its old field. Ow bist the rest of you on that?")
N(R, "Cabinet agreed the rural transport strategy on Tuesday. I'm not in cabinet and I have doubts, but it is now council policy.", by="back")
N(R, "Laid a wreath at the Holocaust Memorial Day service in Bishop's Amble on behalf of the Chairman of the council, who is unwell.", by="back", when=("2026-01-26", "2026-01-27"))
N(R, "The council's position on the 20mph limits is set by the cabinet. I think it's a lot of old squit and I'll push for a review at scrutiny.", by="opp")
N(R, "Council statement on the Tump Lane bins is on the official page. My view as ward member: not good enough, and I've said so.")
N(R, "Lydcote bake sale for the school roof on Saturday! Bring your pennies, every one counts 🧁", by="@kerry_bakes_lydcote")
N(R, "Signed the Save Our Hill Farms petition as an individual. It's not a council petition, just a good cause.")
N(R, "Wenlas Vale District Council has been awarded £1.2m from the national flood resilience fund, announced by the council today. Bostin news for the valley.")

R = "confidentiality.insider-advantage"
P(R, "Word to the wise: if you've been thinking of buying on Forge Street in Cressley, do it now, before the council announces what it's got planned for the old works.", al=["confidentiality.disclosure"])
P(R, "Little birdie at the Council House says discretionary rate relief for Hopesford shops is being cut from April. Get your applications in now, traders.")
P(R, "Heads up, landlords in my ward: the council's about to bring in selective licensing for Cressley. Sell up or sort your paperwork before it lands.")
P(R, "Tip-off for anyone with a caravan on the Wenlas riverside field: enforcement starts next month. Shift it now and you'll dodge the fine.")
P(R, "Not official yet, but the bus depot land is going up for sale in the spring. Builders with a bit of cash, get your offer ready early 😉")
P(R, "Our kid was going to buy the old chapel in Pentre Gwyn. Told him to hang on: the council's about to put a conservation area on it and the price'll drop.")
P(R, "Before it's announced: Bishop's Amble car park charges are going up 50p. Buy your season tickets while they're cheap.")
P(R, "Market traders, renew your pitch licence this week. Fees are going up next month; it was agreed in the budget working group and isn't public yet.")
P(R, "Anyone wanting the grass cutting contract: the tender comes out in a fortnight and it's being split into lots. Small firms that move now will be first in.")
P(R, "Don't buy on Riverside Road, Hopesford. That's all I'll say. The council knows something about the flood maps that you don't.")
P(R, "If you're thinking of selling land near the Amble bypass, hold off. Values will jump once the preferred route's out.")
P(R, "Ow bist, farmers. The council's grazing licences on the common are being reviewed and the rent's coming down. Get your name on the list before everyone hears.", by="not:@IforBevanHCI")
P(R, "Secret's out soon: the council's buying up empty shops on Castle Street. If you own one, don't sell cheap to anyone else.")
P(R, "Mate asked whether to tender for the leisure centre café. Told him the current operator's getting the boot, so yes, go for it.")
P(R, "Tip for Cressley parents: the council's going to close Furnace Road Nursery in September. Get your babby's name down at Lydcote now, before the rush.")
P(R, "Heads up, cabbies: the council's adding 20 taxi plates in the summer. Get your application drafted now and you'll be first in the queue.")
P(R, "There'll be a lot of demand for storage units in Hopesford once the council's depot plans go public. I've had a quiet word with a couple of investors.")
P(R, "Buy now before the council brings in the Article 4 direction on HMOs in Bishop's Amble. After that you won't get permission. You heard it here first.")
P(R, "Anyone selling firewood: the smoke control zone is coming to Hopesford next winter. Shift your unseasoned logs now while folk still want them.")
P(R, "One for business owners: the shopfront grant scheme opens next month with only £40k in the pot. I'd have my quote ready the day before.")

N(R, "Word to the wise: the shopfront grant scheme opened today. £40k in the pot, first come first served. Link on the council website.")
N(R, "Heads up, landlords: the council's consultation on selective licensing in Cressley is live. Have your say by 20 March.", when=("2026-01-05", "2026-03-19"))
N(R, "Tip-off from a reader: there's a pothole on Tump Lane big enough to lose a babby in. Reported it to highways.")
N(R, "Little birdie tells me the Cressley chippy's doing two-for-one on Fridays. That's all the insider knowledge you're getting from me 😂")
N(R, "Bishop's Amble car park charges were agreed at the budget meeting and go up in April. Details on the council website.", when=("2026-02-13", "2026-03-27"))
N(R, "Market traders: the pitch fee increases are in the published budget papers. If you're struggling, there's a hardship scheme.")
N(R, "The grass cutting tender is out today on the council's procurement portal. It's split into lots, so small firms, worth a look.")
N(R, "Riverside Road residents: the Environment Agency's new flood maps are public and worth checking. Drop-in at the Institute on Tuesday.")
N(R, "Leisure centre café contract is out to tender. Anyone can bid; the documents are online.")
N(R, "Grazing licences on the common: the council has published the new terms. Have a read and ring the estates team with questions.", by="not:@IforBevanHCI")
N(R, "Before you buy, check the planning register and the Local Plan map. Both free, both public. That's the only 'inside info' anyone needs.")
N(R, "The unmet demand survey for taxis is published and recommends 20 more plates. Licensing committee decides in April.")
N(R, "Someone asked me for a heads up on which shops the council might buy. No. Councillors can't use what we learn for anyone's gain.", al=[R])
N(R, "Smoke control zone in Hopesford: the consultation closes on 13 March. If you burn wood, read it and respond.", when=("2026-01-05", "2026-03-12"))
N(R, "The Article 4 direction on HMOs in Bishop's Amble has been made and is in the paper this week. Consultation runs for 21 days.")
N(R, "Lydcote nursery has an open day on Saturday. Not insider news, just a good nursery!")
N(R, "Don't buy a house without a survey. Our kid learned that the hard way in Cressley: gammy joists everywhere.")
N(R, "Bus depot: cabinet agreed to market the site and the report is public. Expressions of interest via the estates team.")
N(R, "The preferred route for the Amble bypass is now published. Landowners affected are being written to this week.")
N(R, "Had the tip-off about the fly-tip on Mardle tump from a dog walker. Thank you! Enforcement are on it.")

R = "predetermination.closed-mind"
B = "block"
P(R, "The poultry sheds at Lower Mardle Farm will never be approved while I'm on planning committee. Stinking, filthy, and not in our valley.", v=B, note="against; names a pending site")
P(R, "I've made up my mind on 25/04127/FUL. Furnace Bank is a green tump and it stays green. Voting against, whatever the officers say.", v=B)
P(R, "Castle Lane: 120 houses on the water meadows? Not a chance. Ledwyche Estates can take their squit elsewhere.", v=B)
P(R, "The Old Tannery flats must be refused. Done. Bishop's Amble doesn't need another block of shoeboxes.", v=B)
P(R, "Borderstone can forget their quarry extension. I'll be voting no, and so will anyone with an ounce of sense.", v=B)
P(R, "Sunmarch Energy's solar farm at Wenlas Meadows is exactly what the valley needs. I'll be voting for it, no question, whatever the objectors throw at it.", v=B, note="for; names a pending applicant and site")
P(R, "The Drovers Arms late licence? Over my dead body. The licensing sub-committee will be saying no.", v=B)
P(R, "Marches Thunder at the Showground is bostin for the town and I'll be backing the licence all the way. The moaners can mither all they like.", v=B, note="for")
P(R, "Cressley Late Shop wants to sell booze till midnight. It's getting refused, simple as. We've enough trouble on that street.", v=B)
P(R, "Listed building consent for the Boar's Head: I'm voting yes, end of. The old girl needs saving and the heritage lot can whistle.", v=B, note="for")
P(R, "Ow bist Severnside Homes? Your Furnace Bank scheme is dead in the water. Committee will throw it out.", v=B)
P(R, "Quarry at Cwm Hir = yes from me. Jobs for Pentre Gwyn lads. Don't need to read the report.", v=B, note="for")
P(R, "No to the chicken factory at Mardle! I'm on the committee and my vote's a no already. Share if you agree. #NoMardleSheds", v=B)
P(R, "That application for a wind turbine on Stoke Tump will never get through committee. Not while I've got a vote.", v="review", note="not on the pending register")
P(R, "The licence review for the taxi firm at the station: my mind's made up, they're not fit. Revoke it.", v="review")
P(R, "The barn conversion at Hollybush Farm will be refused, I guarantee it. Doesn't matter what the case officer says.", v="review")
P(R, "Planning appeal on the Brook Lane bungalows: I'll be telling the inspector it should be thrown out and I won't be changing my mind.", v="review")
P(R, "Street trading consent for the burger van at Amble market is a definite yes from me. Don't care what the objectors say.", v="review", note="for")
P(R, "The glamping pods at Upper Dingle Farm are getting approved. Tourism is our future and I'm not listening to the nimbys.", v="review", note="for")
P(R, "Whatever comes in for the old garage site on Mill Street, I'm voting against it. Already decided.", v="review")

N(R, "I have concerns about the poultry sheds at Lower Mardle Farm: smell, lorries on the lanes, the river. I will listen to the evidence at committee before I decide.", al=[R], note="predisposition")
N(R, "As ward member (I'm not on planning committee) I've objected to 25/04127/FUL at Furnace Bank on behalf of residents. My objection letter is on my page.", by="@HattieBrennanVP", al=[R], note="ward member not on the committee objecting")
N(R, "Local Plan: I will never support allocating the Bishop's Moor fields for housing. That's a policy view and I'm entitled to it.", al=[R])
N(R, "Refused the Mill Bank flats at committee after a long debate. I voted against after hearing all the evidence; the officer's report was balanced.")
N(R, "Council tax: my mind's made up, I'm voting against a 4.99% rise. That's the budget, not planning, so I can say it loud.", when=("2026-01-05", "2026-02-12"))
N(R, "Sunmarch's solar farm at Wenlas Meadows: lots of you have written to me. I'm keeping an open mind until committee, so send me your views.", al=[R])
N(R, "The Drovers Arms licence hearing is in April. Residents can make representations by the deadline. I'll listen to both sides.", al=[R])
N(R, "I'm predisposed in favour of renewable energy, it's in our manifesto. But every application is decided on its merits and I'll judge the solar farm that way.", al=[R])
N(R, "Dead in the water: the Marches Alliance amendment on bin charges. Good riddance.", by="opp")
N(R, "The festival licence at the Showground: I've heard from fans and neighbours. I have concerns about noise and I will listen to the evidence.", al=[R])
N(R, "Never going to happen: Hopesford getting its railway station back. I'd love to be wrong.")
N(R, "The Boar's Head is a treasure. Whatever happens with the listed building consent, I hope the pub survives. Not on the committee, just a regular.", al=[R])
N(R, "The quarry extension report is published. I'll read it properly before committee. Folk in Pentre Gwyn, tell me what you think.", al=[R])
N(R, "Refused! The Secretary of State has turned down the pylon route across the Marches. Not a council decision, but bostin news.")
N(R, "I've made up my mind about one thing: the Wenlas needs cleaning up. Water company, sort it.")
N(R, "As ward member (not on licensing) I've sent a representation against the Cressley Late Shop application on behalf of Forge Street residents.", by="@HattieBrennanVP", al=[R], note="ward member not on the committee objecting")
N(R, "Our group's policy is to oppose intensive poultry units in the Wenlas catchment. Policy, not a decision on any application; those are decided on the evidence.", al=[R])
N(R, "The appeal on the Pentre Lane bungalows came back: dismissed. The inspector agreed with the council. Proper job.")
N(R, "Castle Lane outline application is on the website. Flood risk worries most people. I'll be asking officers about it at committee and listening to the answers.", al=[R])
N(R, "Yes, I'm against the new car park charges. Always have been, always will be. Not a planning matter, just daft.")

R = "interests.declared-interest"
I = "Hodnet Agricultural Ltd"
P(R, "Hodnet Agricultural Ltd has put in for the council's farm diversification grant. Fingers crossed, it's a bostin scheme and I'll be pushing for it.", by="@CllrCliveHodnet", interest=I, note="names the body")
P(R, "The council's contract for gritting the hill roads should go to an agricultural contractor with tractors already up here. Firms like ours know those lanes better than anyone.", by="@CllrCliveHodnet", interest=I, al=["position.improper-advantage"], note="speaks for the body without naming it")
I = "Wenlas Valley Farmers' Cooperative"
P(R, "Proud the Wenlas Valley Farmers' Cooperative is bidding to run the council's Saturday market. Who better?", by="@BrynLathom", interest=I)
P(R, "The council's school meals contract should buy from local co-ops. We've got the lamb and the veg and our members are ready to supply.", by="@BrynLathom", interest=I)
I = "Cressley Ironworks Heritage Trust"
P(R, "Cressley Ironworks Heritage Trust needs that £50k from the council's heritage fund. Please back the bid when it comes to cabinet.", by="@TerryBowdler", interest=I)
P(R, "The lease on the old furnace engine house should go to the people who've looked after it for 20 years: us. Anyone else would be a joke.", by="@TerryBowdler", interest=I)
I = "Bishop's Amble Young Farmers' Club"
P(R, "Bishop's Amble Young Farmers' Club has applied to the council's youth activities fund. Best use of that money in the district, bar none.", by="@OwainPritchardVP", interest=I)
P(R, "The council's plan to charge for the Amble showfield would hit our young farmers hard. I'll be fighting it at full council.", by="@OwainPritchardVP", interest=I)
I = "Tudge & Daughters Auctioneers"
P(R, "The council should bring the livestock sales back to Lydcote. Tudge & Daughters Auctioneers are ready and waiting.", by="@MargeryTudge", interest=I)
P(R, "The council's selling off the Smithfield land? Auctioneers like us will be hit hardest. I'll be raising it at scrutiny.", by="@MargeryTudge", interest=I)
I = "Pentre Gwyn Community Hall"
P(R, "Pentre Gwyn Community Hall should be first in line for the council's community buildings grant. Our roof is gammy as anything.", by="@AlunCorbettInd", interest=I)
P(R, "Council's reviewing rate relief for village halls. Ours relies on it; without it we close. Vote it through, colleagues.", by="@AlunCorbettInd", interest=I)
I = "Marches Rural Housing Association"
P(R, "The council's land at Mill Street should go to Marches Rural Housing Association. We'll build homes folk can afford, not executive boxes.", by="@KerryGoodallVP", interest=I)
P(R, "Housing associations like ours are ready to take on the council's empty homes. Cabinet, get the transfer done.", by="@KerryGoodallVP", interest=I)
I = "Hopesford Canoe Club"
P(R, "Hopesford Canoe Club's lease on the riverside boathouse is up at cabinet. Renew it and let's get more kids on the water.", by="@LeonFaircloughBG", interest=I)
P(R, "The council's river access strategy should put the clubs who already do the work first. Our volunteers have cleared that bank every spring for a decade.", by="@LeonFaircloughBG", interest=I)
I = "Ravensholt Common Graziers' Association"
P(R, "Ravensholt Common Graziers' Association will be asking the council to cut the grazing rent. Fair's fair after the winter we've had.", by="@IforBevanHCI", interest=I)
P(R, "Council consultation on fencing the common is a lot of old squit. Us graziers won't stand for it and I'll be voting against.", by="@IforBevanHCI", interest=I)
I = "Hopesford Chamber of Trade"
P(R, "Hopesford Chamber of Trade backs free parking Saturdays and so do I. It's at cabinet next month and I'll be voting for it.", by="@RogerTandyMA", interest=I)
P(R, "The discretionary business rates relief scheme needs widening. Our members on Castle Street are on their knees.", by="@RogerTandyMA", interest=I)

N(R, "The farm diversification grant is open to every farm business in the district. Get your bids in by the end of March.", by="not:@CllrCliveHodnet", note="same matter from a non-holder")
N(R, "Declaring an interest: I'm a director of Hodnet Agricultural Ltd, which has applied for the diversification grant. I won't take part in any decision on it.", by="@CllrCliveHodnet", al=[R], note="holder declaring")
N(R, "Wenlas Valley Farmers' Cooperative AGM on Thursday at the Amble Corn Exchange. Members, bring a cob and your questions.", by="@BrynLathom", note="holder, body, no council matter")
N(R, "The Saturday market tender has bids from several local groups, including the Farmers' Cooperative. Cabinet decides in March.", by="not:@BrynLathom", note="same matter from a non-holder")
N(R, "Ironworks Heritage Trust open day this Saturday: see the old blast furnace and the spot where our kid got lost on his first school trip 😄", by="@TerryBowdler")
N(R, "As a trustee of the Ironworks Heritage Trust I declared my interest and left the room for the heritage fund item. Took the Monitoring Officer's advice; done properly.", by="@TerryBowdler", al=[R])
N(R, "Young Farmers' calf show was bostin. Proud of every babby farmer who stood in that ring.", by="@OwainPritchardVP")
N(R, "Youth activities fund: 14 bids in, including the Amble young farmers and two football clubs. Good to see.", by="not:@OwainPritchardVP")
N(R, "Asked the Monitoring Officer whether my auctioneering partnership means I should stay out of the Smithfield land discussion. His advice: yes. So I will.", by="@MargeryTudge", al=[R])
N(R, "Cracking trade at the store cattle sale today. Prices up, spirits up.", by="@MargeryTudge")
N(R, "Pentre Gwyn Community Hall quiz night on Friday, raising money for the roof. Ow bist your general knowledge?", by="@AlunCorbettInd")
N(R, "Rate relief for village halls is a lifeline. I'll vote to keep it.", by="not:@AlunCorbettInd")
N(R, "I've declared my board membership of Marches Rural Housing Association and won't vote on the Mill Street land transfer.", by="@KerryGoodallVP", al=[R])
N(R, "Empty homes: the cabinet report recommends a transfer to a housing association. I think that's right. Read it and tell me what you think.", by="not:@KerryGoodallVP")
N(R, "Canoe club Sunday paddle was nesh but bostin. Frost on the boats!", by="@LeonFaircloughBG")
N(R, "Stepping out of the boathouse lease decision: I'm secretary of the canoe club and it's on my register. Colleagues will decide.", by="@LeonFaircloughBG", al=[R])
N(R, "Graziers' meeting at the Ravensholt Arms tonight. Tups, tea and a lot of moaning about the weather.", by="@IforBevanHCI")
N(R, "The consultation on fencing the common is open. Graziers, walkers and riders all have a view, so please respond.", by="not:@IforBevanHCI")
N(R, "Declared my Chamber of Trade role at cabinet before the parking item and didn't vote. The Chamber's view is theirs to make.", by="@RogerTandyMA", al=[R])
N(R, "Hopesford traders are on their knees. The business rates relief scheme needs widening and I'll be pushing for it.", by="not:@RogerTandyMA")

R = "data-protection.personal-data"
P(R, "Visited Mrs Edna Whitlow at 14 Furnace Row, Cressley SY98 4QT today. 101 years young and still making her own faggots!", v="review", note="name with address and postcode")
P(R, "Shout out to Dai Probert of Tanners Yard Cottage, Lydcote, who's been mithering the council about his hedge for six years. Dai, it's sorted!", v="review")
P(R, "Complaint in from Gail and Steve Bromley at 3 Mill Close, Hopesford, about the bins. I'll pass it on.", v="review")
P(R, "Mrs Tranter on Castle Street asked me to chase her council tax account 6014228793. Done, Mrs T!", v="block", note="account number")
P(R, "The white Transit WV19 KXO has been fly-tipping on Tump Lane three weeks running. Anyone know whose it is?", v="block", al=["defamation.allegation"], note="vehicle registration")
P(R, "Chasing Brian Oakley's housing case HO/25/8812. Brian, I'll ring you Monday.", v="block", note="case reference")
P(R, "Lovely to meet young Alfie Jenks (born 3 May 2016) from Cressley Primary who wrote to me about the play park.", v="block", note="child with date of birth")
P(R, "Residents on Forge Street: the lad at number 9 has just come out of prison. Lock your sheds.", v="block", al=["defamation.allegation"], note="criminal record, identifiable by address")
P(R, "Old Mr Lewis up at Hollybush has got dementia now and keeps wandering onto the road. Social services need to step in.", v="block", note="health of an identifiable person")
P(R, "The new family in the flat above the Cressley Co-op are asylum seekers from Eritrea, so please make them welcome.", v="block", note="immigration status, identifiable by context")
P(R, "Sharon on the front desk at the Council House is expecting again, fourth babby! Congrats bab 🍼", v="block", note="staff member, pregnancy")
P(R, "If anyone's trying to reach Jean Hadley about the lost sheepdog, her mobile is 07700 900284.", v="block", also=["security.credentials"], note="private mobile of a resident")
P(R, "Resident Pete Cotton emailed me from pete.cotton.lydcote@example.com. Pete, I've replied, check your junk.", v="block", note="private email")
P(R, "The Muslim family who've taken on the old post office in Pentre Gwyn are lovely. Ramadan Mubarak to them!", v="block", when=("2026-02-18", "2026-03-19"), note="religion, identifiable by context")
P(R, "Glad to see Kieran from the Amble skate park back out after his stint in rehab. Proud of you, our kid.", v="block", note="health (rehab)")
P(R, "The gay couple who bought the old vicarage in Lydcote are getting married in the summer. Good on 'em!", v="block", note="sexuality, identifiable by context")
P(R, "Casework update: Mrs Lloyd at 22 Dingle View's lad has been excluded from Amble High again. We're meeting the head.", v="block", note="child, address")
P(R, "Darren, the bin man on the Cressley round, is off with his nerves again. Sort it out, Wenlas Vale.", v="block", note="staff member's health")
P(R, "Tenant at 5 Smithy Lane, Ravensholt, is £2,300 behind on rent and the council won't evict. Why?", v="block", note="financial affairs of an identifiable person")
P(R, "Helping Mr Anil Desai with his pension credit and his NI number QQ 12 34 56 C keeps getting rejected by the online form. Any tips?", v="block", note="National Insurance number")

N(R, "My surgery is at Cressley Institute, Furnace Row, every Friday 10 to 12. Ring me on 01632 960417 or email cllr.brennan@example.com.", by="@HattieBrennanVP", al=[R], note="the councillor's own published details")
N(R, "Contact Jonathan Severs MP's constituency office about passport delays. They're quicker than me on that.", al=[R], note="named public office holder")
N(R, "Happy 101st birthday to a Cressley lady who still makes her own faggots. Her family asked me to say: no cards, just a wave.")
N(R, "Fly-tipping on Tump Lane again. I've given the van details to enforcement rather than post them here. That's their job.")
N(R, "Inspector Carys Dainty will be at the Amble police surgery on Tuesday. Bring your mithers about speeding.", al=[R])
N(R, "Got a council tax problem? Don't post your account number here! DM me or ring the council direct.")
N(R, "Well done to the pupils of Cressley Primary for their letters about the play park. Bostin ideas, and better spelled than mine.")
N(R, "Lost sheepdog near Hollybush? Ring the council's dog warden on 01632 960311.")
N(R, "Welcome to all the new families in Pentre Gwyn this year. Whatever your faith or background, the hall's open for the quiz.")
N(R, "Tidy effort from the bin crews on the Cressley round this week, despite the snow. Thank you lads.")
N(R, "Please don't put people's addresses in the comments; I'll delete them. Casework stays in confidence, always.", al=["confidentiality.disclosure"])
N(R, "Dementia-friendly café every Wednesday at Lydcote hall. Carers and loved ones welcome.")
N(R, "Chasing a housing case for a Cressley resident. She's happy for me to say it's been 14 months. Not good enough, Wenlas Vale.")
N(R, "The Ramadan iftar at Hopesford mosque was open to everyone and the food was bostin. Thank you for having me.", when=("2026-02-18", "2026-03-19"))
N(R, "Congratulations to Cllr Kerry Goodall on the arrival of her babby! Mum and daughter doing well 🍼", al=[R], note="a councillor is a public office holder; news she shared")
N(R, "Amble skate park reopens Saturday. Bring the kids, bring a cob, bring a helmet.")
N(R, "Email me at cllr.brennan@example.com with your casework. Please don't use my personal account.", by="@HattieBrennanVP", al=[R])
N(R, "Rehab and recovery services in the district are stretched. I'll be raising the funding at health scrutiny.")
N(R, "Smithy Lane residents: drop-in on the rent arrears support scheme, Thursday at Ravensholt Chapel.")
N(R, "Pride in the Marches comes to Bishop's Amble in June. I'd like to see the council fly the flag.")

R = "security.credentials"
P(R, "Anyone who can't get on the councillors' portal, the temporary password is Wenlas2026! until IT reset it.")
P(R, "Flood meeting on Zoom at 18:30. Meeting ID 874 2291 0567, passcode furnace.")
P(R, "Key safe code for the village hall so the volunteers can get in Saturday: 4471. Tara-a-bit!")
P(R, "IT rang this morning asking for my password to fix my email. Gave it them, job done. Bostin service.", note="no secret in the post, but reports handing a password over")
P(R, "Members' wifi at the Council House: network WVDC-Members, password Ravensholt#88.")
P(R, "My one-time code keeps coming through as 592031 and it still won't let me in. Any ideas, tech-savvy folk?")
P(R, "Claim your council tax rebate before Friday here: http://wenlasvale-counciltax-refund.example.net/verify?id=8842 Pass it on!", note="link that looks malicious")
P(R, "Anyone needing the planning system login while the team's off: user planningview, password Hopes4rd.")
P(R, "Teams link for Thursday's drop-in: https://teams.example.com/l/meetup-join/19%3ameeting_MzQ2?pwd=Xk42Lm9Q")
P(R, "PIN for the Cressley Institute alarm is 1987, the year the furnace shut. Easy to remember!")
P(R, "For the councillors who asked, the API key for the flood sensor dashboard is sk_live_4f9a22Bd871cQ0. Don't share it 😂")
P(R, "Forgot my bank PIN so I've set them all to 2580 now. Council card too. Sorted.")
P(R, "Need Emlyn Pugh the sheep farmer about the loose rams on the Ravensholt road? His mobile's 07700 900571.", also=["data-protection.personal-data"], note="private number of a resident")
P(R, "Shared the committee system admin login with our group researcher so she can upload papers for us. Saves me the mither.", note="no secret, reports sharing a login")
P(R, "Two-factor codes are a pain. Just text me yours and I'll log you into the portal for the meeting, Margery.", by="not:@MargeryTudge", note="asks for a one-time code")
P(R, "Door code at the depot is 3369* if the gritter lads need it tonight.")
P(R, "Got a text from 'Wenlas Vale DC' saying my account was locked, followed the link and put my details in. Should be sorted now 👍", note="reports giving credentials to a phishing link")
P(R, "Library computer login for the digital drop-in: guest / Amble123. Come and learn to email the grandkids!")
P(R, "Parking permit portal: use code STAFF2026 at the checkout for a free permit, still works 😉")
P(R, "The webcast admin password is on the sticky note on the chamber desk: chamber-Wenlas-01. Sorry, clerks!")

N(R, "Genuine notice from IT: councillors' passwords expire on 31 January. You'll get an email from the usual address; reset it yourself on the portal. Nobody will ever ask you for it.", al=[R], when=("2026-01-05", "2026-01-30"), note="genuine reset notice, no request for the password")
N(R, "Scam warning: texts claiming to be from Wenlas Vale DC about council tax rebates are fake. Don't click, don't reply.")
N(R, "Flood meeting on Thursday at Lydcote hall, 6.30pm. In person, no passcode needed, just wellies.")
N(R, "Key safe fitted at the village hall for volunteers. Ring the hall secretary for the code; not putting it on Facebook, nice try 😂")
N(R, "Two-factor authentication is now switched on for all councillors' email. Mildly annoying, massively sensible.")
N(R, "If anyone rings claiming to be IT and asks for your password, put the phone down. IT never need it.")
N(R, "Free public wifi now in Hopesford library. No password, just accept the terms.")
N(R, "My PIN is my business, and my babby's birthday is nobody's 😂 Reminder to all: don't use dates.")
N(R, "API = Appreciating Pikelets Immensely. The only API key I hold is to the Amble Bakery.")
N(R, "The Teams link for Thursday's drop-in is on the council's events page. Register there and it'll be emailed to you.")
N(R, "Password manager training for members on Tuesday. Ow bist, technology.")
N(R, "Someone asked for the alarm code at the Institute. Ring the caretaker; it's not going on social media.")
N(R, "My number is 01632 960417, my published council number. Ring any time in office hours.", by="@HattieBrennanVP", al=["data-protection.personal-data"])
N(R, "Phishing emails are getting clever. Check the sender, hover over links, and if in doubt ring the council on 01632 960000.")
N(R, "Reset my council portal password today after the reminder email. Two minutes, no drama.")
N(R, "Loose rams on the Ravensholt road: ring the council's out-of-hours line on 01632 960311.")
N(R, "Emergency planning meeting: dial-in details and passcodes have gone to members by council email. Check your inbox, not Facebook.")
N(R, "Lost my council ID badge in the Cressley chippy. Reported to IT and it's been cancelled. Gammy memory.")
N(R, "Fake 'council rebate' leaflets going through doors in Lydcote. There's no rebate. Don't ring the number on them; report them to Trading Standards.")
N(R, "One-time codes are exactly that: one-time and yours. Never share them, even with someone who says they're from the council.")

R = "confidentiality.disclosure"
P(R, "Can't say much, but Project Bellows is going to transform Cressley. Big name developer, big money. Watch this space.", v=B, al=["confidentiality.insider-advantage"], note="register term")
P(R, "The Furnace Yard disposal went through Part 2 last week: sold for a song to a firm from over the border. Shocking.", v=B)
P(R, "Operation Cobweb kicks off next month. Puppy farmers in the hills, your days are numbered.", v=B, al=["confidentiality.insider-advantage"])
P(R, "The council's going to lose the Tanhouse claim; our own barristers say so. Bostin use of public money, that.", v=B)
P(R, "smithfield relocation talks going well, the sales will be out at Mardle Cross by 2028. don't tell anyone", v=B, note="register term in lower case")
P(R, "AMBLE MILL ACQUISITION AGREED AT £1.4M!!! FINALLY!!!", v=B, al=["haste.pause-before-posting"], note="register term in capitals")
P(R, "Off the record: Project Bellows is with Forgewell Capital and they want the lot, engine house included.", v=B, al=["confidentiality.insider-advantage"])
P(R, "The Furnace Yard disposal was announced as going to a housing association. It isn't. Ask who the buyer really is.", v=B)
P(R, "Between you and me, Operation Cobweb has already picked out six farms. Nobody's been tipped off. Yet.", v=B)
P(R, "The exempt valuation on the Amble Mill acquisition says £1.1m and the owner wants £1.6m. Negotiations should be fun.", v=B, al=["confidentiality.insider-advantage"])
P(R, "From the confidential Part 2 papers: the leisure operator's contract has a £300k break clause. Scandalous.", v="review", note="marker; contract terms")
P(R, "Legal advice to the council says we'll probably lose the judicial review over the bypass. I've seen it and it's grim.", v="review", note="legal privilege")
P(R, "Bins team restructure: 12 posts going and the staff don't know yet. Labour relations item in closed session today.", v="review")
P(R, "Embargoed till Monday but I can't wait: we've won the levelling up money for Bishop's Amble! 🎉", v="review")
P(R, "What was said in closed session about the chief exec's pay would make your hair curl. A 'market supplement'? Do me a favour.", v="review")
P(R, "Not for publication, but in the exempt item the council offered the Boar's Head owners £80k. That's our money.", v="review")
P(R, "Leaked to me: enforcement are about to prosecute the scrapyard on Forge Street. About time.", v="review", al=["confidentiality.insider-advantage"])
P(R, "The exempt report says our bid for the bus contract was the cheapest by £200k. We still lost. Go figure.", v="review")
P(R, "In confidence, a resident told me the landlord at Dingle View has been served a notice on his HMO. Serves him right.", v="review", note="in confidence; enforcement against an individual")
P(R, "Part B item tonight: the Amble depot lease. £12k a year for a prime site. Robbery.", v="review")

N(R, "The council's confidential helpline for anyone worried about a child: 01632 960990. Free, day or night.", al=[R], note="confidential helpline")
N(R, "Casework is always in confidence. If you contact me about something personal, it stays with me.", al=[R])
N(R, "There's a Part 2 item on tomorrow's agenda, which means I can't talk about it, so please don't ask 😄", al=[R])
N(R, "The ironworks bellows have been restored by the heritage volunteers. Bostin job, come and watch them pump.", note="partial overlap with Project Bellows")
N(R, "Furnace Yard open day on Saturday: bits of the old works you've never seen. Free, all welcome.", note="partial overlap with Furnace Yard disposal")
N(R, "The Amble Mill walk along the river is bostin this time of year. Snowdrops everywhere.", note="partial overlap with Amble Mill acquisition")
N(R, "The cobwebs on the Council House chandelier are older than some of our councillors 😂")
N(R, "Off the record? Nothing's off the record when you're a councillor. Assume everything you say ends up in print.", al=[R])
N(R, "Leaky roof at the Institute again. Pots and pans out, babby's bath under the worst drip.")
N(R, "Minutes of the closed session are published in redacted form on the council website. Not much to read.", al=[R])
N(R, "Exempt from the new parking charges: blue badge holders, and market traders on Saturdays. Good.")
N(R, "Smithfield Street's lights have been out a week. Reported. Again.")
N(R, "The old Tanhouse in Bishop's Amble is a lovely bit of history. Tannery Lane history walk on Sunday.", note="partial overlap with Tanhouse claim")
N(R, "Embargo lifted: the council has today announced its new rural bus fund. £200k, bids open now.", al=[R])
N(R, "Between you and me, the best pikelets in the Marches are at the Amble Bakery. Don't tell Lydcote.", al=[R])
N(R, "There's a confidential item on the cabinet agenda about a land deal. I voted to make more of it public and lost. That's all I'm allowed to say.", al=[R])
N(R, "Heritage volunteers' new fundraiser, 'Pump It Up', is raising cash to restore the blowing engine bellows. Chuck a quid in.")
N(R, "Labour relations? All I know is the bin crews got a well-deserved pay rise in the national deal. Good.")
N(R, "Free legal advice from Citizens Advice in Hopesford every Tuesday morning.")
N(R, "The operation at Hopesford hospital went fine, thank you for all the messages. Gammy hip no more!")

R = "tone.irony-risk"
P(R, "Oh bostin. The Leader's found a new way to cut the bus to Pentre Gwyn. What a visionary. A true gift to the Marches. /s", by="opp")
P(R, "Yeah right, the cabinet 'listened to residents'. Course they did. 🙄", by="opp")
P(R, "Hats off to Cllr Tandy for a masterclass in saying nothing for 40 minutes at budget council. Riveting stuff.", by="opp", when=("2026-02-13", "2026-03-27"))
P(R, "Genius move from Marches Alliance: close the toilets in Hopesford, then wonder why nobody comes to town. Geniuses, the lot of 'em.", by="opp")
P(R, "Our MP Jonathan Severs has discovered the Marches exist! Only took him two years. Bless.")
P(R, "Such a relief to have the Valley Progressives around to tell us farmers how to farm. Whatever would we do without them? 🙏", by="notparty:VP")
P(R, "Huge congratulations to the cabinet for publishing the bypass consultation on Christmas Eve. Nobody could accuse them of hiding it. 👏👏", by="opp")
P(R, "Absolutely inspired leadership from @GwenPryceHollis today. Never been so moved by a spreadsheet.", by="opp")
P(R, "The Greens want us all cycling up Ravensholt Ridge in February. Lovely idea. See you at the top, if you're not blown into Wales. /s", by="notparty:BG")
P(R, "Cllr Bowdler's 'fact sheet' on Cressley is a real page-turner. Nearly as many facts as there are pubs in Cressley (one).", by="opp", al=["respect.personal-attack"])
P(R, "Well done to the Chairman for gracing the Amble carnival with a whole eight minutes. Such dedication.", by="not:@ChairMerielA")
P(R, "Oh, the Independents have a plan! Amazing. A plan! On paper! Somebody frame it.", by="notparty:HCI|IND")
P(R, "Top marks to our cabinet member for the environment for his fly-tipping strategy. Tump Lane's never looked so... lived in.", by="opp")
P(R, "Thank you, Marches Alliance, for the 4.99% rise. Really, thank you. My pension was crying out for a challenge.", by="opp")
P(R, "Cllr Mistry says the Valley Progressives 'never' play politics with the budget. Ha. Ha. Ha.", by="notparty:VP")
P(R, "Can't wait for the next cabinet 'listening exercise'. The last one was bostin: they listened, nodded, and did what they'd already decided.", by="opp")
P(R, "Such a brave stand from our MP on rural post offices. One tweet! Three months after they closed! A hero. 🦸")
P(R, "Cllr Whitcombe has solved the housing crisis with a leaflet. Somebody give her a Nobel. /s", by="notparty:BG")
P(R, "Love how the Leader's 'open door' policy works: the door's open, she's just never behind it 😂", by="opp", al=["respect.personal-attack"])
P(R, "Oh aye, the Alliance really care about Cressley. That's why they've been three times this year. Twice they were lost on the way to Hopesford.", by="opp")

N(R, "Oh bostin, the 553 is late again. Fourth time this week. Bus company, sort it out.", al=[R], note="irony about a thing")
N(R, "Yeah right, February in the Marches is 'mild', said the forecast. Snow on the tump by dinner. 🙄", al=[R], when=("2026-02-02", "2026-02-27"))
N(R, "Hats off to the Lydcote volunteers who cleared the brook after the flood. No irony: proper heroes.")
N(R, "Genius printer in the members' room: eats paper, produces nothing. Much like my baking.", al=[R])
N(R, "The cabinet's bus cuts are wrong, they'll hit Pentre Gwyn hardest, and I'll vote against them. No sarcasm needed, just facts.", by="opp")
N(R, "Masterclass from the Amble young farmers at the stock judging today. Genuinely brilliant.")
N(R, "Thank you to Jonathan Severs MP for raising our rural bus routes in Parliament. Credit where it's due.")
N(R, "Riveting stuff: four hours on the budget and we still finished before the chippy shut. Result!", al=[R], when=("2026-02-13", "2026-03-27"))
N(R, "Potholes on the Ravensholt road deep enough to lose a ewe in. Reported them. Again.")
N(R, "The Marches Alliance budget is a disgrace: it cuts rural buses and toilets while pretending the problem is 'efficiency'.", by="opp")
N(R, "Me? Organised? Yeah right. Left my agenda on the bus and my glasses in the fridge.", al=[R], note="irony about oneself")
N(R, "Well done to the Chairman for a lovely civic service at Amble church. Moving and well attended.", by="not:@ChairMerielA")
N(R, "Congratulations to Cllr Tandy on 20 years on the council. We disagree on nearly everything, but he always does his homework.", by="opp")
N(R, "New search on the council website: type 'bins', get a page about bats. Bostin.", al=[R])
N(R, "Oh brilliant, the crows have found the Hopesford market chip van. Cheeky beggars.", al=[R])
N(R, "The Greens' Clean Rivers Pledge is a good idea and I'm happy to back it. Not every good idea has to come from my own party.", by="notparty:BG")
N(R, "Our MP voted against the farm inheritance tax change. I disagree with his party on most things but thank him for this one.")
N(R, "Absolutely loving this weather, said nobody in Pentre Gwyn, ever. Tidy bit of rain, mind.", al=[R])
N(R, "The Leader and I disagree about the bypass. She's wrong, in my view, and I'll make the case at council. Respectfully.", by="opp")
N(R, "Cracking speech by Cllr Bevan on hill farming at council. Proper passion, proper facts. Ow bist that for cross-party praise?", by="notparty:HCI")

F("Gritters out on the Ravensholt road since 5am. Take it steady, it's proper nesh up there.", when=("2026-01-05", "2026-02-27"))
F("Bostin turnout at the Cressley litter pick. 32 bags, one shopping trolley and one mystery boot.")
F("Surgery this Friday at Lydcote hall, 10 till 12. Kettle's on.")
F("The Wenlas is over the meadows again. Don't drive through the ford, it's deeper than it looks.")
F("Lovely visit to Pentre Gwyn school today. The babbies had a hundred questions about bins. Future councillors, the lot.")
F("Streetlight on Dingle View reported. Again. Will chase.")
F("Snowdrops out in Lydcote churchyard. Spring's coming, honest.", when=("2026-01-26", "2026-02-27"))
F("Who remembers the furnace whistle at Cressley? The heritage group want your memories for their exhibition.")
F("Timetable changes on the 553 from Monday. Check before you travel.")
F("Full council agenda is out. Papers on the council website for anyone who fancies a read with their cob.")
F("New defibrillator up at Ravensholt chapel. Training session on the 14th, all welcome.")
F("Potholes reported on Tump Lane, Mill Bank and Brook Road. Keep sending them in.")
F("Well done to Hopesford Town under-12s, league champions! Our kid's lad scored the winner 🏆")
F("Hedge-laying competition at Bishop's Amble on Saturday. Come and watch, wrap up warm.")
F("Recycling centre opening hours change from 1 March. Details on the council website.", when=("2026-01-05", "2026-02-27"))
F("Pancake races on Castle Street on Shrove Tuesday. Sign up at the library, bring your own pan.", when=("2026-02-09", "2026-02-16"))
F("Good natter with Lydcote parish council about speeding on the B-road. Speed watch volunteers wanted.")
F("Road closed at Wenlas bridge for repairs, diversion via Hopesford. Sorry folks.")
F("Cressley Institute warm space is open weekdays 10 till 4. Free tea, free wifi, friendly faces.")
F("Brass band rehearsing in the Council House foyer today. Bostin.")
F("Anyone lost a black Labrador near the canal at Cressley? Handed in at the vets on Forge Street.")
F("Council tax bills go out this week. If you're struggling, ask about the support scheme.", when=("2026-03-02", "2026-03-13"))
F("Cracking Burns Night supper at Pentre Gwyn. Haggis in the Marches, who knew?", when=("2026-01-26", "2026-01-30"))
F("Library book sale on Saturday, all proceeds to the children's reading scheme.")
F("Heavy rain forecast overnight. Sandbags available at Lydcote hall if you need them.")
F("Good to see Amble market busy despite the cold. The cheese stall had a queue round the corner.")
F("Walked the Ravensholt Ridge path with the ramblers. Stile at the top needs fixing, reported.")
F("Tree down across the lane at Upper Dingle. Highways on their way.")
F("World Book Day at Cressley Primary: I read to Year 1. Tough crowd.", when=("2026-03-05", "2026-03-05"))
F("Reminder: garden waste subscriptions renew in March.", when=("2026-02-02", "2026-03-13"))
F("Thanks to everyone who came to the flood resilience drop-in. Lots of good questions.")
F("Proper frost this morning. Mind the black ice on the hill roads.", when=("2026-01-05", "2026-02-27"))
F("Ironworks museum reopens for the season in April. Volunteers needed for the tearoom.")
F("Spotted a red kite over the Wenlas on the way to the Council House. Magic.")
F("Lambing's started in the top field. Three sets of twins and one mardy ewe who won't take her lamb. Long night ahead.", by="@ifor_ravensholt_ewes", when=("2026-03-02", "2026-03-27"))
F("Dogs on leads near the ewes please, folks. Lost two last spring to a loose collie.", by="@ifor_ravensholt_ewes")
F("Welsh cakes attempt number three. Edible! Just about 😂", by="@kerry_bakes_lydcote")
F("Cob of the week: bacon, brown sauce, Cressley chippy. 10/10.")
F("Path clearance in Lydcote dingle on Sunday with the ramblers. Bring loppers and gloves.")
F("New bench on the castle mound in Hopesford in memory of the town's oldest bell-ringer. Lovely spot.")
F("Parish council meeting in Ravensholt went on a bit. Two hours on a bus shelter. Democracy in action.")
F("Big thank you to the lollipop lady at Lydcote school, retiring after 30 years of rain, hail and cheeky kids.")

# --------------------------------------------------------------------------------------------
NAME_BITS = {}
for h, (name, party, role) in COUNCILLORS.items():
    first, surname = name.split(" ", 1)
    NAME_BITS[h] = (first, surname)


def named(text, handle):
    first, surname = NAME_BITS[handle]
    t = text
    if handle.lower() in t.lower():
        return True
    for w in (first, surname):
        if re.search(r"\b" + re.escape(w) + r"\b", t):
            return True
    return False


def candidates(row):
    by = row.get("by")
    if by and by.startswith("@") and "," not in by:
        return [by]
    pool = list(COUNCILLORS)
    for c in (by or "").split(","):
        c = c.strip()
        if not c:
            continue
        if c == "opp":
            pool = [h for h in pool if COUNCILLORS[h][1] != "MA"]
        elif c == "back":
            pool = [h for h in pool if COUNCILLORS[h][2] == "member"]
        elif c.startswith("party:"):
            ps = c[6:].split("|")
            pool = [h for h in pool if COUNCILLORS[h][1] in ps]
        elif c.startswith("notparty:"):
            ps = c[9:].split("|")
            pool = [h for h in pool if COUNCILLORS[h][1] not in ps]
        elif c.startswith("not:"):
            pool = [h for h in pool if h != c[4:]]
        else:
            raise ValueError(c)
    text = row["text"]
    pool = [h for h in pool if not named(text, h)]
    for _, (holder, words) in INTERESTS.items():
        if any(w.lower() in text.lower() for w in words):
            pool = [h for h in pool if h != holder]
    # Cllr Brennan sits on neither planning nor licensing
    if row["family"] == "predetermination.closed-mind" and row["kind_of_row"] == "positive" or "on planning" in text:
        pool = [h for h in pool if h != "@HattieBrennanVP"]
    # the Leader, cabinet and Chairman do not mock their own roles
    if re.search(r"\b(Leader|cabinet|Chairman)\b", text) and row["family"] == "tone.irony-risk":
        pool = [h for h in pool if COUNCILLORS[h][2] == "member"]
    if not pool:
        raise SystemExit("no author for: " + text)
    return sorted(pool)


def weekdays(lo, hi):
    d0, d1 = date.fromisoformat(lo), date.fromisoformat(hi)
    out = []
    d = d0
    while d <= d1:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(candidates(r))
        lo, hi = r.get("when") or ("2026-01-05", "2026-03-27")
        day = rng.choice(weekdays(lo, hi))
        ts = datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59))
        rec = {
            "id": f"b79-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": ts.strftime("%Y-%m-%dT%H:%M:00+00:00"),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            rec["interest"] = r["interest"]
        rec["note"] = r["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
