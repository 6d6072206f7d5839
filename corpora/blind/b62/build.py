"""Blind set b62 (Holmfen District Council): hand-written rows + deterministic assembly.

Run `python3 build.py` to (re)write posts.jsonl. Seed 6262; output is identical on every run.
"""
import json, random, re, datetime as dt

SEED = 6262
SEV = {"advice": 1, "review": 2, "block": 3}
DEFAULT = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
}

# handle -> (name, party, role)   role: leader / cabinet / chair / chairman / backbench
PEOPLE = {
    "@GordonPellowCon": ("Gordon Pellow", "con", "leader"),
    "@MaureenAskew": ("Maureen Askew", "con", "cabinet"),
    "@PaulineStix": ("Pauline Stixwould", "con", "cabinet"),
    "@DerekFairburnCllr": ("Derek Fairburn", "con", "chair"),
    "@SandraKettleby": ("Sandra Kettleby", "con", "chair"),
    "@ChairmanHunsdon": ("Philip Hunsdon", "con", "chairman"),
    "@NathanFerriby": ("Nathan Ferriby", "con", "backbench"),
    "@TrevorMawerReform": ("Trevor Mawer", "ref", "backbench"),
    "@KellyB_Reform": ("Kelly Brackenbury", "ref", "backbench"),
    "@IanOstlerLab": ("Ian Ostler", "lab", "backbench"),
    "@jadewressle": ("Jade Wressle", "lab", "backbench"),
    "@RuthGedneyLD": ("Ruth Gedney", "ld", "backbench"),
    "@OwenTattsLD": ("Owen Tattershaw", "ld", "backbench"),
    "@FreyaGreenKW": ("Freya Lindqvist-Bell", "grn", "backbench"),
    "@BarryScrimshaw": ("Barry Scrimshaw", "ind", "backbench"),
    "@LorraineDowseInd": ("Lorraine Dowse", "ind", "backbench"),
}
PERSONAL = {"@barry_tractors": "@BarryScrimshaw", "@ruths_bees": "@RuthGedneyLD"}
# words that show a post touches a registered interest -> holder handle
INTEREST_CUES = {
    "Marrowby Agricultural Show Society": (["marrowby show", "show society", "marrowby agricultural"], "@LorraineDowseInd"),
    "Scrimshaw Farms Ltd": (["scrimshaw farms"], "@BarryScrimshaw"),
    "Thrayle Community Energy": (["community energy"], "@FreyaGreenKW"),
    "Caistow Town Football Club": (["caistow town"], "@NathanFerriby"),
    "Fenlink Community Transport": (["fenlink", "community transport"], "@jadewressle"),
    "Hunsdon & Daughters": (["hunsdon"], "@ChairmanHunsdon"),
    "Wolds Credit Union": (["credit union"], "@IanOstlerLab"),
    "Wendlesby Village Hall Trust": (["wendlesby village hall"], "@OwenTattsLD"),
    "Askew Agricultural Supplies Ltd": (["askew ag"], "@MaureenAskew"),
}
OPP = ("ref", "lab", "ld", "grn", "ind")
MALE = lambda h: PEOPLE[h][0].split()[0] in ("Gordon", "Derek", "Philip", "Nathan", "Trevor", "Ian", "Owen", "Barry")
VETERAN = lambda h: PEOPLE[h][0].split()[0] in ("Gordon", "Derek", "Philip", "Barry", "Lorraine", "Maureen", "Sandra")
NOTCAB = lambda h: PEOPLE[h][2] not in ("leader", "cabinet", "chairman")

ROWS = []

def P(family, text, note, rules=None, v=None, allowed=(), by=None, grp=None, interest=None, acct="councillor", date=None):
    rules = list(rules) if rules else [family]
    if v is None:
        v = max((DEFAULT[r] for r in rules), key=lambda s: SEV[s])
    ROWS.append(dict(text=text, note=note, rules=rules, allowed=list(allowed), verdict=v, family=family,
                     kind_of_row="positive", by=by, grp=grp, interest=interest, acct=acct, date=date))

def N(near, text, note, allowed=(), by=None, grp=None, acct="councillor", date=None):
    ROWS.append(dict(text=text, note=note, rules=[], allowed=list(allowed), verdict="ok", family="hard_negative",
                     kind_of_row="hard_negative", near_miss_of=near, by=by, grp=grp, acct=acct, date=date))

def F(text, note="ordinary ward / personal post", by=None, grp=None, acct="councillor", date=None):
    ROWS.append(dict(text=text, note=note, rules=[], allowed=[], verdict="ok", family="filler",
                     kind_of_row="filler", by=by, grp=grp, acct=acct, date=date))

# ---------------------------------------------------------------- officers.impartiality (review)
O = "officers.impartiality"
P(O, "Read the officer report on the Maltings twice now. Whoever wrote it decided the answer first and worked backwards to get there. Not good enough from our planning department.", "questions the neutrality of the (unnamed) report author in public")
P(O, "Craig Ludford needs to explain why his team keeps siding with developers. Every. Single. Time.", "names the Head of Planning and questions his team's impartiality")
P(O, "Had a word with the licensing team this morning and told them the Drovers report needs to come back with a different recommendation before committee. We'll see if they listen.", "pressing officers to change a report", allowed=["predetermination.closed-mind"])
P(O, "Funny how the finance director's 'independent' figures always line up with whatever the Leader wants to hear 🤔", "insinuates the s151 officer is partisan", allowed=["tone.irony-risk"], grp=OPP)
P(O, "Emma in licensing has been nothing but obstructive to the Skedworth market traders for two years now. Time she was moved on tbh", "criticises a named officer and calls for her removal", allowed=["respect.personal-attack"])
P(O, "Asked the waste team to redo their bin round review so it stops blaming the crews. The draft we saw was a whitewash of management and I won't have it going out like that.", "pressing officers to rewrite a report")
P(O, "Chief Exec Alison Careby is a Tory appointment in all but name and you can see it in every paper she brings to cabinet.", "questions the Chief Executive's political neutrality by name", grp=OPP)
P(O, "The housing officer on the Marsh Lane families has been dragging his heels since the summer. Mark, if you're reading this, do your job mate.", "public criticism of a named housing officer", allowed=["respect.personal-attack"])
P(O, "Planning officers at Holmfen seem to have forgotten who pays their wages. Hint: it's the people of Thrayle, not Wolds Gate Homes.", "suggests planning officers favour an applicant")
P(O, "Our Monitoring Officer is meant to be impartial. So explain why every complaint against one of us gets fast-tracked while the ones about cabinet sit in a drawer for six months?", "questions the Monitoring Officer's neutrality", grp=OPP)
P(O, "Told environmental health they'd better find something to say about the smell from the digester site before it gets to committee, or I'll be asking why not in public.", "pressing officers to produce particular evidence", allowed=["predetermination.closed-mind"])
P(O, "Can anyone explain how Sunita Raithby got to 'no significant harm' on the broiler sheds? Genuinely baffled. Did she even go out to Orsby Marsh??", "challenges a named planning officer's advice in public")
P(O, "comms team at the council have basically become the Leader's personal PR dept. every press release reads like a blue leaflet now", "questions officers' political neutrality", grp=OPP)
P(O, "Will be asking for whoever wrote the car parking options paper to be taken off the project. The bias against market traders is obvious to anyone who reads it.", "calls for an officer's removal for bias")
P(O, "Dave Bratoft promised us the garden waste rounds would be sorted by Christmas. It's February. Someone needs to be held to account and it isn't the lads on the lorries.", "blames a named officer publicly", date=("2026-02-02", "2026-02-27"))
P(O, "I've told the head of leisure his options report is wrong and he should have another go at it before it's published. Residents deserve better than that.", "pressing an officer to change a report before publication")
P(O, "Officers at Holmfen House have gone native with the county. Whose side are they on? Not Caistow's, that's for sure.", "questions officers' loyalty and neutrality")
P(O, "Two weeks to answer a simple question from an elected member. Whoever in democratic services is sitting on my email, I'll be naming you at full council.", "threat to name an officer publicly", allowed=["bullying.intimidation"])
P(O, "The supposedly neutral officer briefing on the four-day week was anything but. Pages of upside, half a paragraph on risk. Officers shouldn't be campaigning for a policy.", "accuses officers of taking a political side", grp=("con", "ref"))
P(O, "With respect, Martin Swaby's advice on the code complaints has been partisan from start to finish and I'll be saying so at Standards.", "calls a named Monitoring Officer partisan")

N(O, "Huge thanks to Dave Bratoft and the street scene crews who were out at 5am gritting the Skedworth Fen roads. Proper heroes 👏", "an officer praised by name", allowed=[O])
N(O, "I disagree with the cabinet's decision on car parking charges. Officers set out the options fairly; it was the administration that chose the worst one.", "criticises politicians and defends officers", grp=OPP)
N(O, "The officer report for the Maltings is now on the planning portal. Have a read and get your comments in before the deadline.", "points to an officer report without comment")
N(O, "Planning officers will be at Wendlesby library on Thursday 2-6pm to answer questions on the draft Local Plan. Do pop in!", "officers mentioned neutrally")
N(O, "Asked officers for a breakdown of what the council spends on agency staff. Figures due next week and I'll share them.", "ordinary request to officers")
N(O, "Questioned the finance director at scrutiny about reserves today. Clear, straight answers, even if I don't like the policy behind them.", "officer described fairly")
N(O, "Our licensing team handle hundreds of applications a year with a tiny staff. Cuts have consequences, and it's not their fault.", "defends officers, criticises cuts")
N(O, "Emma Claxby retires next month after 31 years in licensing. Thank you Emma — Skedworth market won't be the same without you 💐", "officer thanked by name", allowed=[O])
N(O, "Not happy with the bin round changes. That was the cabinet's decision and the cabinet should answer for it, not the crews and not the staff told to make it work.", "criticism aimed at politicians", grp=OPP)
N(O, "Asked the Chief Executive to come to our parish meeting in Marrowby and she's said yes: 12 March. Bring your questions!", "ordinary mention of the Chief Executive")
N(O, "Environmental health were out at Orsby Marsh within 24 hours of my email. Brilliant service, thank you.", "praise for officers")
N(O, "If you're unhappy with how a council officer has handled your case, there's a formal complaints procedure on the website. I'm happy to help you use it.", "points to the proper route")
N(O, "Scrutiny report on housing voids is blunt. Good. Reports should tell us what we need to hear, not what we want to hear.", "approves of candid officer work")
N(O, "Officers recommend using £1.2m of reserves to balance the budget. I'll vote against the budget because of the administration's choices, not theirs.", "distinguishes officer advice from political choice", grp=OPP)
N(O, "Met with the Head of Planning to get my head round five-year land supply. Complicated stuff, patiently explained. Every new councillor should ask for this.", "officer mentioned kindly")
N(O, "Reminder: council staff can't answer political questions, so please don't give the call centre grief about the budget row. Message me instead.", "protects officers")
N(O, "Cabinet are hiding behind officers again. Take responsibility for your own decisions, Gordon.", "criticism of the Leader, not officers", grp=OPP)
N(O, "The planning pages on the council website are a nightmare to navigate. Raised it with IT, they agree, and a new version is coming in the spring.", "criticises a website")
N(O, "Whoever on the highways crew sorted the pothole on Cornhill within a day — thank you!", "thanks unnamed officers")
N(O, "Put a formal question to the Leader asking why three planning posts have been vacant for a year. Understaffing is a political choice.", "criticises the administration over staffing", grp=OPP)

# ---------------------------------------------------------------- resources.political-use (review)
R = "resources.political-use"
P(R, "Vote Green on 7 May! If you'd like a poster for your window, drop me a line at my holmfen.gov.uk address and I'll bring one round 🌍", "council email used for party campaigning", grp=("grn",))
P(R, "Big thanks to everyone who helped fold 2,000 Labour leaflets in committee room 3 last night 🌹 Many hands!", "council room used for party leafleting", grp=("lab",))
P(R, "Ran our Reform survey off on the members' room printer this morning. Saves the branch a few quid 😉", "council printer used for party material", grp=("ref",))
P(R, "Canvass sheets are ready for Saturday — collect them from my pigeonhole at Holmfen House any time this week.", "council building used to distribute campaign material")
P(R, "Quick Lib Dem team huddle in the council chamber at 5.30 before they lock up. Bring your walk lists!", "council chamber used for party campaign meeting", grp=("ld",))
P(R, "Got the council's graphics team to knock up a design for our Conservative spring newsletter. Looks cracking, thanks all!", "council staff time for party newsletter", grp=("con",))
P(R, "Our Independent leaflet has the district council crest on the back so people know it's the real deal.", "council logo on campaign material", grp=("ind",))
P(R, "Emailing every Caistow resident I've got on file from my council account tonight with the reasons to back the Lib Dems in May.", "council email account used for party campaigning", grp=("ld",))
P(R, "Sorry for the slow membership renewals, everyone — doing them between casework on the council laptop now 💻", "council equipment used for party administration")
P(R, "Used the council franking machine for the Green Party mailout. I'll square it with members' services later, promise 😅", "council franking machine used for party post", grp=("grn",))
P(R, "Want a Labour sign for your garden? Ring my council mobile and I'll drop one off.", "council phone used for campaign", grp=("lab",))
P(R, "Delighted the council's youth engagement officer is helping us put on our Young Conservatives hustings. Great to have the support.", "council staff time for party event", grp=("con",))
P(R, "Filmed our campaign video in the council chamber after the committee finished. Looks very official 👌 #VoteIndependent", "council chamber used for campaign filming", grp=("ind",))
P(R, "Members' ICT have set me up on the council mailing software, so tonight's Focus email goes to 1,800 Caistow inboxes.", "council software for party newsletter", grp=("ld",))
P(R, "Our canvass data's on the shared drive at the council now so the whole group can get at it easily.", "council IT used to store party data")
P(R, "Council minibus booked for Saturday to get our activists over to the Skedworth by-election. Cheers, fleet services! 🚐", "council vehicle for campaigning")
P(R, "Just held our Labour branch AGM in a Holmfen House meeting room. Free, warm, biscuits. What's not to like.", "council room for party AGM", grp=("lab",))
P(R, "Party donations can be dropped in at the members' office in Holmfen House, Mon–Fri. Thank you for your support!", "council office used to collect party donations")
P(R, "Asked my council PA to pull together the addresses of everyone who's emailed me about potholes so they can all get our Tory leaflet.", "council support staff and casework data for party mailing", grp=("con",))
P(R, "Reform press release on the budget went out via the council press office distribution list this morning. Cheers Joe 👍", "council press office used for party release", grp=("ref",), allowed=[O])

N(R, "Surgery this Saturday 10–12 at Caistow Methodist Hall, Cornhill. No appointment needed, kettle's on.", "the councillor's own ward surgery", by="@RuthGedneyLD")
N(R, "Out delivering Focus leaflets in Caistow today — paid for by the local party, printed in Boston. Freezing but fun!", "campaigning with party resources", grp=("ld",))
N(R, "My council email is for casework only. If you want to help our campaign, please use the party address on our website.", "keeps council and party apart")
N(R, "Lovely turnout for the Labour branch meeting at the Red Lion. Room paid for out of branch funds, before anyone asks 😄", "party meeting in a paid private room", grp=("lab",))
N(R, "The council logo is on every bin lorry, every road sign and every planning notice. It's not on my leaflets and it never will be.", "rejects use of the logo")
N(R, "Council laptop died halfway through the budget papers. IT had it sorted in twenty minutes. Legends.", "council laptop used for council work")
N(R, "Reminder: the public gallery is open for Full Council on Wednesday. Democracy in action, come and watch!", "council chamber, no party use")
N(R, "The council's comms team put out a really clear explainer on the new food waste caddies. Worth two minutes of your time.", "council comms for council business")
N(R, "Folding Green Party leaflets at my kitchen table tonight with two cats helping. They are not helping.", "party work at home", grp=("grn",))
N(R, "Every councillor's council mobile number is on the Holmfen website if you need us about casework.", "council phone for casework")
N(R, "Pre-election period starts soon, so council social media will go quiet on anything political. Those are the rules and quite right too.", "respects purdah")
N(R, "Got our Reform leaflets printed at a little printer in Skedworth. Support local business 👍", "party material printed privately", grp=("ref",))
N(R, "Used the council laptop to read all 400 pages of the Local Plan evidence base. My eyes.", "council equipment for council work")
N(R, "Campaign day Saturday! Meet at the Market Cross in Thrayle at 10. Comfy shoes essential.", "campaigning without council resources")
N(R, "To be clear, since I've been asked: council staff cannot help with our by-election campaign and they won't. We're all volunteers.", "rejects use of staff")
N(R, "Council staff worked incredibly hard on the budget papers. Whatever you think of the policy, the work is first class.", "praise for staff, no party use")
N(R, "Our Conservative association has booked Marrowby Methodist hall for a hustings; every candidate invited.", "party event in a private hall", grp=("con",))
N(R, "The council's community minibus for the over-70s is running from Marrowby again on Tuesdays. Call the number on the leaflet.", "council minibus for a council service")
N(R, "Asked members' services how a residents' group can book a committee room for a flooding meeting. Non-party, everyone welcome.", "council room for a non-party community meeting", allowed=[R])
N(R, "Volunteers needed to deliver our Labour newsletter in Thrayle South! DM me — party stuff through my personal messages please, not the council inbox.", "separates party and council channels", grp=("lab",))

# ---------------------------------------------------------------- position.improper-advantage (review)
PO = "position.improper-advantage"
P(PO, "Anyone in Wendlesby struggling to get an answer on a planning application, give me a shout. Being on the committee means I can usually get your file looked at a bit quicker 😉", "offers faster treatment through the role")
P(PO, "My nephew's roofing firm does cracking work and he's doing council tenants a special rate if they mention me. Tell him Barry sent you 👍", "promotes a relative's business through the role", by="@BarryScrimshaw")
P(PO, "If you're after a taxi licence and the wait's killing you, DM me. I sit on licensing and I know who to nudge.", "offers to influence licensing")
P(PO, "Top tip for your extension plans: use Fairburn & Sons. Can't say more but their drawings tend to sail through 😉", "promotes a family firm with a hint of influence", by="@DerekFairburnCllr")
P(PO, "Been asked if I can get a mate's market pitch moved to the good spot by the Buttercross. Consider it done, mate.", "favour for a friend through the role")
P(PO, "Council house swap stuck? Message me privately. I've got a way of getting things to the top of the pile.", "offers queue-jumping")
P(PO, "Shout out to my wife's café on Cornhill ☕ council staff get 20% off if they say they know me!", "promotes a connected business to council staff", grp=MALE)
P(PO, "Parking fine in Caistow? Send me the details and I'll see it goes away. One of the perks of knowing the right people at Holmfen House.", "offers to make fines disappear")
P(PO, "To any contractors reading: the grass cutting contract comes up this year and I'd be very happy to put a good word in for local lads. Pop round for a chat.", "offers influence over a contract", allowed=["confidentiality.insider-advantage"])
P(PO, "Don't normally do this but my son-in-law's bidding for the leisure centre café contract. Good lad, good food. Worth a look, officers 👀", "promotes a relative to officers deciding a contract", allowed=[O])
P(PO, "Had a word with housing for a family friend and got her bumped up to Band A. Sometimes being a councillor pays off 🙌", "boasts of securing a favour")
P(PO, "Keddle Wolds businesses: I sit on the grants panel. If you're applying, come and see me first and I'll make sure yours gets looked at favourably.", "offers favourable treatment on grants")
P(PO, "Need a skip permit in a hurry? I had a word for a neighbour last week and she had it the same afternoon. Just ask.", "offers favours through the role")
P(PO, "Anyone thinking of selling in Keddle Wolds, you know where to find me. And being chairman of the council, I hear about the new developments before most 😉", "promotes own agency using the position", by="@ChairmanHunsdon", allowed=["confidentiality.insider-advantage", "interests.declared-interest"])
P(PO, "Got my cousin a trial shift with the parks team. It's who you know, folks!", "uses role to get a relative work")
P(PO, "Happy to write to the licensing committee in support of any Skedworth business that takes an advert in our community newsletter.", "support offered in return for advertising")
P(PO, "Farmers, got a drainage enforcement notice? I've a very good relationship with the enforcement team. Let's have a cuppa and sort it quietly.", "offers to make enforcement go away")
P(PO, "Looking for a wedding venue? My daughter's barn at Marrowby is gorgeous and I can make the licensing side painless, seeing as I chair that committee 😉", "promotes family business with licensing influence", by="@SandraKettleby")
P(PO, "Planning enforcement sniffing round your shed? Tell them you've spoken to me. Usually does the trick.", "invites use of the councillor's name to avoid enforcement")
P(PO, "Any of the council's contractors fancy sponsoring our village fete? I'll remember who helped when contracts come round 😉", "seeks sponsorship in return for favour")

N(PO, "As your councillor I can't fast-track anyone's planning application, and nor should I. I can explain the process and chase if you've heard nothing.", "declines to fast-track")
N(PO, "Support local! Thrayle Market is on every Thursday, loads of great stalls, get yourselves down there.", "promotes the public market")
N(PO, "Struggling with a housing application? I'm happy to check it's complete with you and ask officers where it's up to.", "ordinary casework")
N(PO, "Declared at committee that my brother-in-law runs a haulage firm that does work for the council, and left the room for that item. As you should.", "declaration, no favour")
N(PO, "Great to see so many small firms at the council's Meet the Buyer event. Tenders are open to everyone — details on the portal.", "fair procurement")
N(PO, "The Cornhill Café are doing a charity coffee morning for the air ambulance on Friday. All welcome ☕", "promotes an unconnected café's charity event")
N(PO, "No, I can't get your parking ticket cancelled. Nobody can, except through an appeal. Here's the link to the form.", "refuses favour")
N(PO, "Pleased to help the Skedworth traders' association with their grant bid form. Same offer to any group in the ward.", "help offered to all")
N(PO, "The grants panel meets next month. I sit on it, so I won't advise individual applicants — officers can help with your bid.", "avoids advantage")
N(PO, "Shout out to Thrayle Fish Bar, who fed the flood volunteers for nothing last week. Legends 🐟", "thanks an unconnected business")
N(PO, "If planning enforcement have been in touch, get proper advice early. The council's duty planner service is free on Tuesday mornings.", "points to a public service")
N(PO, "Helped a family in Orsby Marsh find the right form for a blue badge. That's the job.", "ordinary casework")
N(PO, "I get asked a lot if I can 'have a word' with licensing. I can't, and you wouldn't want a system where I could.", "rejects influence")
N(PO, "Local builders: the council wants firms for its small works framework. Information day at Holmfen House on 3 February.", "open opportunity", date=("2026-01-05", "2026-01-30"))
N(PO, "My lad's band are playing the Drovers on Saturday night. Proud dad moment 🎸", "family news, no role or favour", allowed=[PO], grp=MALE)
N(PO, "Chased the housing team for a Thrayle South family who've waited 18 months. Every family deserves the same urgency.", "casework for all")
N(PO, "Friendly reminder that councillors don't decide who gets a council house. It's a points system, the same for everyone.", "explains no favours")
N(PO, "Family news: after 40 years Dad's retiring from the hardware shop and no, I'm not taking it on, sorry Caistow 😂", "family business mentioned, nothing sought")
N(PO, "A constituent asked if knowing a councillor would speed up their licence. Short answer: no. Long answer: also no.", "rejects favour")
N(PO, "The taxi licensing backlog is unacceptable and I'll raise it at scrutiny for everyone stuck in the queue, not just those who email me.", "seeks fairness for all")

# ---------------------------------------------------------------- gifts.hospitality (advice / review)
G = "gifts.hospitality"
P(G, "Cracking night at the Wolds Gate Homes annual dinner 🍷 Thanks for having me, lovely people!", "hospitality from a pending applicant (H/25/0412/FUL)", v="review")
P(G, "Brightfield Renewables very kindly took a few of us to the races at Market Rasen yesterday. Great day out in their hospitality box 🏇", "hospitality from the solar farm applicant", v="review")
P(G, "Thank you to the lovely people at Quayline Estates for the hamper that arrived this morning 🎁 Very thoughtful of them.", "gift from the Maltings applicant", v="review")
P(G, "The landlord at the Drovers wouldn't let me pay for Sunday lunch today. Nice to be appreciated!", "hospitality from a licensee seeking a variation (LIC/26/0007)", v="review")
P(G, "Lincoln City box last night courtesy of a builder pal. Imps won, free bar, happy councillor 😄", "hospitality from a builder, no decision sought: advice")
P(G, "Two weeks in a friend's villa in the Algarve, all on him. Back in the ward next month, sunburnt!", "substantial gift, registration reminder: advice")
P(G, "Fascinating tour of the Grange Bioenergy site, followed by a slap-up lunch on them. Lots to think about.", "hospitality from the digester applicant", v="review")
P(G, "Lovely bottle of single malt from the bin contractor to say thanks for supporting their contract extension 🥃", "gift from a contractor tied to a council decision", v="review")
P(G, "Fryday sent over a book of vouchers for free meals. My kids think I'm the best dad ever 😂", "gift from the drive-thru applicant", v="review", grp=MALE)
P(G, "West End tickets for Saturday from a developer friend of mine. Never been to a proper show!", "gift from a developer: advice (no decision named)")
P(G, "Lindell Poultry dropped off a turkey for each of us at Christmas. Bit late but thank you, it fed the whole family!", "gift from the poultry unit applicant", v="review", date=("2026-01-05", "2026-01-09"))
P(G, "Champagne reception at the Hollowgate Holiday Park owners' evening last night. Very generous hosts 🥂", "hospitality from the caravan park applicant", v="review")
P(G, "Caistow Chamber of Trade treated us to a three-course dinner at their annual awards. What an evening.", "hospitality from a business body: advice")
P(G, "Got sent a Fortnum's hamper by the consultancy bidding for the Local Plan review. Wasn't expecting that!", "gift from a bidder", v="review")
P(G, "Spent the weekend at a country house hotel as a guest of a firm I met at a housing conference. The spa 😍", "hospitality, registration reminder: advice")
P(G, "Free gym membership for a year from the new leisure operator. Might actually get fit now 💪", "gift from a council contractor: advice")
P(G, "Jackpot Alley gave me a £50 play card at their open day. Gave the winnings to the food bank, honest 😂", "gift from an adult gaming centre seeking a licence", v="review")
P(G, "Lovely signed print of St Botolph's from the artist whose studio got the rates relief. It's going in the hall.", "gift from a past beneficiary: advice")
P(G, "Dinner at the Saracen's Head with the chap who wants to buy the council's old bus garage site. He insisted on paying. Good conversation.", "hospitality from a would-be purchaser of council land", v="review")
P(G, "Club shirt and two season tickets from Caistow Town, who've been talking to us about the ground lease. Up the Town! ⚽", "gift from a club seeking a lease", v="review")

N(G, "Offered two tickets to the races by a developer. Said no thanks and told the Monitoring Officer, as the code says.", "gift refused and reported", allowed=[G])
N(G, "Lovely card from the Marrowby WI thanking me for the litter pick. That's the best kind of gift 💌", "thank-you card")
N(G, "Registered the Chamber of Trade dinner with the Monitoring Officer today. The register's public if anyone wants to look.", "hospitality registered", allowed=[G])
N(G, "Bought my own ticket for the Wolds Gate Homes charity ball: £45, every penny to the hospice.", "paid own way", allowed=[G])
N(G, "The Drovers does the best Sunday roast in Thrayle. Paid full whack and worth every penny.", "paid for a meal")
N(G, "Thank you to everyone who brought cake to the volunteers' lunch at Skedworth Fen. We were spoilt rotten!", "residents' cake for volunteers")
N(G, "Food bank hamper raffle is up to £340! Prizes donated by local shops. Tickets £1 at the Co-op.", "raffle for charity")
N(G, "Handed back a bottle of wine left on my doorstep by a constituent with a planning application in. Kind thought, but I can't accept it.", "gift returned", allowed=[G])
N(G, "Christmas lunch for the over-80s at Keddle Wolds village hall: 60 dinners served by our amazing volunteers. Best day of the year.", "councillor served lunch", date=("2026-01-05", "2026-01-09"))
N(G, "Free swim for carers at the leisure centre this half-term. Just ask at reception.", "public offer")
N(G, "Reminder to fellow councillors: gifts and hospitality worth £100 or more must be registered within 28 days. The form's on the intranet.", "reminder of the rule")
N(G, "Had a coffee at the Brightfield consultation event — the only thing I took. Lots of questions for them, and I asked them all.", "trivial refreshment at a public event", allowed=[G])
N(G, "Our twin town gave the council a beautiful glass bowl, now on display in the Holmfen House foyer.", "civic gift to the council")
N(G, "Judging the baking at the Marrowby WI was hard work. Someone has to eat the Victoria sponges 🍰", "judging at a community event")
N(G, "Thanks to Caistow Rotary for the invite to their charter night. Can't make it, I'm at a parish meeting, but have a great night.", "invitation declined")
N(G, "Paid for my own lunch on the Grange Farm site visit, as did every member of the committee. Site visits are about the site.", "paid own way")
N(G, "Got a 'world's best grandad' mug for my birthday. Priceless ☕", "family gift", grp=VETERAN)
N(G, "Signed copy of the new Thrayle history book, bought at the launch (£12, worth it). Our local history volunteers are brilliant.", "bought, not given")
N(G, "The Chairman's charity dinner raised £4,200 for the air ambulance. Every guest paid for their own ticket.", "charity dinner paid by guests")
N(G, "Our gifts and hospitality register is published online. Check any of us, any time. Transparency isn't optional.", "about the register")

# ---------------------------------------------------------------- capacity.council-voice (review)
C = "capacity.council-voice"
P(C, "Holmfen District Council firmly opposes the county's plan to close Wendlesby tip. We will fight this every step of the way.", "a backbencher speaking as the council", grp=NOTCAB)
P(C, "Speaking for the council here: we are sick to the back teeth of the government ignoring rural Lincolnshire. Enough.", "claims to speak for the council", grp=NOTCAB)
P(C, "The official position of Holmfen DC is that the pylons go underground. Full stop.", "personal view presented as official position", grp=NOTCAB)
P(C, "On behalf of everyone at Holmfen District Council I want to say we're fully behind the farmers' tractor protest on Saturday 🚜", "on behalf of the council from a personal view", grp=NOTCAB)
P(C, "The council has decided it won't be taking part in the county's devolution nonsense. You heard it here first.", "announces a council decision that has not been made", grp=NOTCAB)
P(C, "Holmfen Council backs Reform's call for a local referendum on the new wind farms.", "party policy presented as the council's", grp=("ref",))
P(C, "The district council is backing the Save Caistow Cottage Hospital campaign 100%. Sign the petition!", "council backing claimed", grp=NOTCAB)
P(C, "Message from Holmfen District Council: ignore the county's consultation, it's a stitch-up.", "speaks as the council", grp=NOTCAB)
P(C, "As a council we think the new Wolds Connect bus timetable is a disgrace, and we've told them so.", "council voice for a personal view", grp=NOTCAB)
P(C, "Holmfen DC welcomes the Green Party's plan for a Lincolnshire Wolds national park 🌳", "party plan presented as welcomed by the council", grp=("grn",))
P(C, "I can tell you the council's view is that the Tollbar road closure was handled appallingly by the county.", "claims to state the council's view", grp=NOTCAB)
P(C, "Just so everyone's clear, the council does NOT support the new incinerator near Skedworth and never will.", "council position asserted", grp=NOTCAB)
P(C, "Holmfen Council's statement on the floods: the Environment Agency has let us down badly. (From me, not the press office, they're too slow.)", "personal statement styled as the council's", grp=NOTCAB)
P(C, "Personal account but I'll say it anyway: Holmfen District Council believes the four-day week is working and it's here to stay.", "council's belief claimed on a personal account", by="@barry_tractors", acct="personal")
P(C, "The council's view, which I'm sharing here, is that the Lib Dem budget amendment is irresponsible.", "party line presented as the council's view", grp=lambda h: PEOPLE[h][1] == "con" and PEOPLE[h][2] not in ("leader", "cabinet", "chairman"))
P(C, "Holmfen DC is proud to support Labour's plan for publicly owned buses 🚌", "party policy presented as council support", grp=("lab",))
P(C, "Can confirm the council is opposed to route B for the Caistow bypass. We'll be writing to the minister.", "council position asserted without a decision", grp=NOTCAB)
P(C, "We at Holmfen District Council have no confidence in the drainage board. Time for a change.", "speaks for the council", grp=NOTCAB)
P(C, "The district council wants the A16 dualled, and our MP needs to get on with it.", "council's wishes asserted", grp=NOTCAB)
P(C, "Official: Holmfen District Council backs the campaign to keep Thrayle's post office open 🙌", "official council backing claimed on a personal account", by="@ruths_bees", acct="personal")

N(C, "My personal view, not the council's: the county's plan to close Wendlesby tip is short-sighted.", "view labelled as personal")
N(C, "Full Council voted 22–9 last night to oppose the tip closure. Here's how I voted and why.", "resolution reported accurately", date=("2026-01-15", "2026-01-15"))
N(C, "The council's official statement on the flooding is on the Holmfen website. Worth reading in full.", "points to the real statement")
N(C, "Lib Dems on Holmfen District Council believe the bus cuts should be reversed. Here's our plan.", "party voice, labelled", grp=("ld",))
N(C, "Views my own. I think Holmfen should be pushing the county much harder on potholes.", "personal view")
N(C, "Holmfen Greens believe the Wolds deserve national park status. Join our campaign!", "party voice", grp=("grn",))
N(C, "Cabinet agreed today to write to the minister about the pylons. I supported it.", "reports a decision", grp=("con",))
N(C, "Council press release: the new food waste service starts in April. Details on the website.", "relays the council's own release")
N(C, "I'll be proposing a motion that the council formally opposes route B of the bypass. Will it pass? We'll see.", "proposes a council position")
N(C, "Speaking as your ward councillor, not for the council: I'm backing the tractor protest.", "personal capacity made clear")
N(C, "Independent group statement: we won't be supporting the budget. The council's position will be settled by the vote on Wednesday.", "group voice, labelled", grp=("ind",))
N(C, "Holmfen's Labour group are backing the post office campaign. Sign our petition ✍️", "party voice", grp=("lab",))
N(C, "The council's position on devolution is set out in the cabinet report. I disagree with it, and here's why.", "distinguishes own view")
N(C, "I'd love the council to take a stand on the A16. Until there's a vote, it's just my opinion.", "own opinion")
N(C, "The district council doesn't run schools or the hospital — that's the county and the NHS. But I'll lobby on your behalf.", "explains remit")
N(C, "Our MP Annabel Vesey says the A16 is a priority. Good. Now let's see the money.", "quotes a public office holder")
N(C, "This is my personal account, so the usual: views mine, not Holmfen DC's.", "disclaimer")
N(C, "Reform councillors on Holmfen will vote against the wind farm motion. The council's final position is for Full Council.", "party voice", grp=("ref",))
N(C, "My motion on the cottage hospital passed unanimously! So now I can say it properly: Holmfen District Council officially supports the campaign.", "accurate report of a resolution", allowed=[C])
N(C, "Conservative group position: we back farmers. Always have, always will.", "party voice", grp=("con",))

# ---------------------------------------------------------------- confidentiality.insider-advantage (review)
I = "confidentiality.insider-advantage"
P(I, "If anyone's thinking about buying on Station Street in Wendlesby I'd do it sooner rather than later. Say no more 🤐", "hints at undisclosed plans to benefit buyers")
P(I, "Word to the wise for Thrayle market traders: get your pitch applications in this month, before the fees go up. Not announced yet but it's coming.", "unannounced fee rise shared for advantage")
P(I, "Told a mate who runs a café to put in for the leisure centre kiosk now, because the current lot are out in June. Not public yet!", "unannounced contract change shared with a friend", allowed=["confidentiality.disclosure"])
P(I, "Hearing the council's about to buy land off Fen Drove. If you own anything round there, I'd hang on to it for a bit 😉", "tip about a council purchase")
P(I, "Small businesses in Caistow: the rates relief pot is being doubled from April. Get your bids drafted now and you'll be first in the queue before anyone else hears.", "advance notice for advantage")
P(I, "Friendly tip for Skedworth landlords: selective licensing is coming to your streets. Might be the time to sell before it's announced.", "tip to sell before announcement")
P(I, "Taxi firms, buy electric now. We had a briefing this week on a big change to licence conditions and you'll want to be ahead of it.", "briefing content used to advantage an industry")
P(I, "Builders, heads up: the small works framework is being re-let and I happen to know local firms will get extra weighting. Drop me a line.", "inside knowledge of tender weighting", allowed=[PO])
P(I, "Just between us Marrowby folk, the top car park is going free after 3pm from the summer. You didn't hear it from me.", "unannounced decision shared", allowed=["confidentiality.disclosure"])
P(I, "Anyone with room for a few caravans on their land near Keddle, get an application in this side of Easter. Things are about to get a lot stricter.", "advance warning of policy change for advantage")
P(I, "Told my brother to snap up the unit on Tollbar Road while it's cheap. Won't be cheap once the council's plans come out 😉", "family advantage from council plans")
P(I, "Farming friends: the council farm tenancies on Sloothby Road go out to tender in the autumn. Get your paperwork ready early.", "early notice of a tender to friends")
P(I, "Grapevine says the council depot in Thrayle will be up for sale next year. Any developers looking for a site... I know nothing 🙊", "tip about a disposal", allowed=["confidentiality.disclosure"])
P(I, "Parents, quietly: book the Caistow holiday club now. Places are being cut from next term and it hasn't been announced.", "unannounced cut shared for advantage")
P(I, "Local traders: the Christmas market's moving to the Buttercross end next year. Whoever bags a shop lease there first wins. Not official yet.", "unannounced change for commercial advantage")
P(I, "Handy hint if you've a grant bid in: resubmit it under the net zero heading. That's where the unspent money's going, from what we heard in the members' briefing.", "briefing information for applicants' advantage")
P(I, "Estate agents: the Caistow Road homes look likely to get through with a big school contribution, so prices round there will climb. Get your listings in now.", "insider view for commercial advantage", allowed=["predetermination.closed-mind"])
P(I, "Bid for the allotment site lease before it goes public next month, rent's being halved. Tip-off of the week 🥕", "tip-off before publication")
P(I, "Own a holiday let in Keddle Wolds? The second homes premium is about to double. Might be time to move your mum in before the letters go out 😉", "advice to avoid a charge using advance knowledge")
P(I, "There'll be a lot of demand for storage round Wendlesby once the depot news breaks. Just saying, if you've got a spare barn.", "hints at unannounced news for gain")

N(I, "The council has announced a rates relief scheme for small businesses from April. Apply on the website.", "announced scheme")
N(I, "Selective licensing consultation is now open for Skedworth. Landlords and tenants, please have your say.", "public consultation")
N(I, "Heads up, Thrayle: roadworks on Cornhill all next week. Allow extra time.", "public notice")
N(I, "Tip-off from residents about fly-tipping on Fen Drove. Reported it and crews are out tomorrow.", "tip-off from residents")
N(I, "The small works framework is open to all local firms. Details on the procurement portal, same information for everyone.", "open tender")
N(I, "Fees and charges for 2026/27 were published today, including market pitches. Link below.", "published information")
N(I, "Word to the wise: get your garden waste permit before 1 March or you'll miss the first collection.", "public deadline", date=("2026-01-05", "2026-02-27"))
N(I, "Parents, holiday club booking opens Monday at 9am. Set an alarm!", "public booking")
N(I, "Car parking in Marrowby will be free after 3pm from June, as agreed at cabinet last night. Good news for the high street.", "published decision", date=("2026-03-19", "2026-03-19"))
N(I, "Thinking of buying in Wendlesby? Have a look at the emerging Local Plan first. All published, all public.", "public plans")
N(I, "The council has confirmed the second homes premium will double from April 2027. Details on the website.", "published decision")
N(I, "Before it's announced? Nope, it has been: the tip stays open. Great work from everyone who campaigned.", "announced outcome")
N(I, "Members' briefing on the budget today. The papers go public on Friday and I'll share my thoughts then.", "waits for publication")
N(I, "Taxi drivers: the consultation on electric vehicle licence conditions closes 20 March. Make sure your voice is heard.", "public consultation")
N(I, "Farmers, the council's new hedgerow grant went live this morning. Details on the website 🌿", "announced grant")
N(I, "Estate agents already putting boards up on Caistow Road like it's a done deal. It isn't. The application hasn't been decided.", "corrects speculation")
N(I, "Grapevine says the Co-op in Skedworth is expanding. Honestly no idea, ask them, not me!", "rumour without inside knowledge")
N(I, "I'm often asked for the inside track on council plans. There isn't one: if I know, you'll know when it's public.", "rejects insider use")
N(I, "Christmas market dates for 2026 confirmed: 4–6 December at the Buttercross. Traders can apply now.", "published dates")
N(I, "Allotment rents frozen for another year. Decision published this morning.", "published decision")

# ---------------------------------------------------------------- predetermination.closed-mind (block with register / review)
PD = "predetermination.closed-mind"
P(PD, "Let me be crystal clear: the 140 houses on Caistow Road will be refused when they come to committee. I'll make sure of it.", "settled view against H/25/0412/FUL", v="block")
P(PD, "Skedworth Fen solar farm? Over my dead body. I'm voting no, whatever the officers recommend.", "settled view against H/25/0587/FUL", v="block")
P(PD, "The Maltings scheme is exactly what Wendlesby needs and I'll be voting it through. Don't care what the objectors say.", "settled view FOR H/25/0633/OUT", v="block")
P(PD, "Four broiler sheds on Marsh Lane Farm? Not a chance. Made my mind up the day it came in.", "settled view against H/25/0701/FUL", v="block")
P(PD, "Hollowgate caravan park extension is a no from me. No point pretending otherwise before the meeting.", "settled view against H/25/0755/FUL", v="block")
P(PD, "That digester at Grange Farm is going nowhere while I sit on planning. Simple as.", "settled view against H/25/0802/FUL", v="block")
P(PD, "The Drovers can forget their 2am licence. I've decided already, and nothing the landlord says at the hearing will change that.", "settled view against LIC/26/0007", v="block")
P(PD, "Jackpot Alley will not get a licence in Skedworth Market Place. Not while I'm on the licensing committee.", "settled view against LIC/26/0015", v="block")
P(PD, "Honestly the Fryday drive-thru is a great investment for Caistow, 40 jobs. I'll be backing it at committee, end of.", "settled view FOR H/26/0019/FUL", v="block")
P(PD, "Brightfield's solar scheme is brilliant and I'll be voting for it. The objectors are just anti-everything.", "settled view FOR H/25/0587/FUL", v="block")
P(PD, "H/25/0412/FUL should be thrown out. I've seen enough, I don't need the officer report to tell me.", "settled view against, by reference", v="block")
P(PD, "Wolds Gate Homes can save themselves the bother. Their application is dead in the water as far as I'm concerned.", "settled view against, naming the applicant", v="block")
P(PD, "Ginnel Bar late licence — yes yes yes. Wendlesby needs a bit of nightlife and I'll vote it through whatever the police say 🍸", "settled view FOR LIC/26/0011", v="block")
P(PD, "Lindell Poultry's sheds are a done deal as far as I'm concerned. Farming is farming and I'll back them all the way.", "settled view FOR H/25/0701/FUL", v="block")
P(PD, "Any wind turbine application in my ward gets a no from me at committee. I don't need to read the reports.", "settled view on future planning applications (not on the register)")
P(PD, "That two-storey extension on Church Lane that's just come in? Refuse it. I'll be saying exactly that at planning.", "settled view on an unregistered application")
P(PD, "The new vape shop licence in Thrayle has my vote before I even see the papers. Good business, good people.", "settled view FOR an unregistered licence")
P(PD, "Not interested in the officer report on the Keal Road barn conversion. It's a no.", "settled view on an unregistered application", allowed=[O])
P(PD, "The appeal on the Sutterby Lane bungalow must fail, and I'll be telling the inspector that in no uncertain terms.", "settled view on an appeal")
P(PD, "Swift Cars' operator licence will get through, I've known the family for years and they're good people. I'll be voting yes.", "settled view FOR an unregistered licence", allowed=[PO])

N(PD, "I have real concerns about the Caistow Road housing: traffic, school places, drainage. I'll listen to all the evidence at committee before I decide.", "predisposition with an open mind")
N(PD, "I'm not on the planning committee, so I'm free to say it: as ward councillor I object to the Skedworth Fen solar farm and I've written in to say so.", "ward member not on planning objecting", allowed=[PD])
N(PD, "My mind's made up: council tax shouldn't go up 4.99% when pensioners are struggling. I'll vote against the budget.", "settled view on policy, not quasi-judicial")
N(PD, "Never going to support selling off our parks. Never.", "settled policy view")
N(PD, "The Maltings application is due at committee on 12 May. Residents can speak for three minutes; register by the Friday before.", "procedural information")
N(PD, "The Drovers licence hearing is next month. Residents worried about noise, put it in writing to licensing by the deadline.", "procedural information")
N(PD, "Whatever the officers say, I'll keep pushing for more buses in Marrowby.", "policy lobbying, not a quasi-judicial matter")
N(PD, "Been asked how I'll vote on the poultry sheds. Honest answer: I don't know yet, and I shouldn't until I've heard everything at committee.", "open mind")
N(PD, "The council refused a caravan extension at Hollowgate back in 2019. The new application is different and will be judged on its merits.", "history, open mind")
N(PD, "I'm predisposed to like renewable energy (I'm a Green, no shock there) but I'll judge the Brightfield scheme on the evidence and the policies.", "predisposition declared, open mind", grp=("grn",))
N(PD, "Whatever happens with the digester at Grange Farm, the committee must test the odour evidence properly. I'll be asking questions.", "open mind, questions")
N(PD, "I'll vote against the budget, against the car park charges and against any attempt to close Wendlesby library. Done.", "settled policy views", grp=OPP)
N(PD, "Jackpot Alley: I'm on the licensing panel so I can't comment on it. Please send your views to the licensing team.", "declines to comment")
N(PD, "My view on the four-day week is settled: it works, keep it.", "settled policy view")
N(PD, "Made my mind up about one thing: the planning portal needs fixing 😅", "settled view on a website")
N(PD, "Stepping off the committee for the Fryday drive-thru item because I've spoken publicly about it. That way I can campaign freely for residents.", "properly stepping back", allowed=[PD])
N(PD, "'This must be refused!' That's what people keep telling me about the Maltings. I can't say that — but I'm listening and I'll read every letter.", "quotes others, keeps an open mind")
N(PD, "Planning committee refused the Keal Road barn conversion last night. The applicant has six months to appeal.", "reports a decided matter")
N(PD, "Devolution deal? I will never vote for a mayor for Greater Lincolnshire. Never.", "policy, not quasi-judicial")
N(PD, "Lots of strong feeling about the Ginnel Bar late licence. I've got an open mind and I'll weigh the police evidence and residents' letters.", "open mind")

# ---------------------------------------------------------------- interests.declared-interest (review)
D = "interests.declared-interest"
SHOW, FARM, TCE, CTFC, FEN, HUN, CU, WVH, ASK = (
    "Marrowby Agricultural Show Society", "Scrimshaw Farms Ltd", "Thrayle Community Energy",
    "Caistow Town Football Club", "Fenlink Community Transport", "Hunsdon & Daughters",
    "Wolds Credit Union", "Wendlesby Village Hall Trust", "Askew Agricultural Supplies Ltd")
P(D, "Really hope the council renews the grant for the Marrowby Show this year. Biggest day in the Wolds calendar and it can't run without that £8k.", "holder (show society trustee) lobbying on the council grant", by="@LorraineDowseInd", interest=SHOW)
P(D, "Pushing hard for the show society to get the showground lease at a peppercorn rent. Fingers crossed at cabinet 🤞", "holder lobbying on a council lease", by="@LorraineDowseInd", interest=SHOW)
P(D, "The council wants to buy a strip of our land at Orsby for the cycle path. Not at that price. Scrimshaw Farms will be fighting it.", "director's company in a land deal with the council", by="@BarryScrimshaw", interest=FARM)
P(D, "The council's review of the dyke maintenance agreement along our farm boundary goes to cabinet next week. I'll be making our case loud and clear.", "holder pressing a council agreement touching his land", by="@BarryScrimshaw", interest=FARM)
P(D, "Thrayle Community Energy has bid for the council's net zero fund to put panels on the leisure centre roof. Please back us, councillors! ☀️", "director lobbying for her society's bid", by="@FreyaGreenKW", interest=TCE)
P(D, "Our community energy scheme is exactly what the council's climate grant was made for. I'll be speaking up for it at scrutiny.", "director speaking for her body's grant", by="@FreyaGreenKW", interest=TCE)
P(D, "Caistow Town need that ground lease extended, council. Sort it please. 25 years minimum.", "committee member lobbying on the club's lease", by="@NathanFerriby", interest=CTFC)
P(D, "The club's bid to the council's sports facilities fund goes to panel on Tuesday. The lads have worked so hard on it ⚽", "committee member promoting the club's council bid", by="@NathanFerriby", interest=CTFC)
P(D, "Fenlink's council contract is up for renewal and honestly nobody else could do it. Fingers crossed, councillors 🤞", "trustee lobbying on the council contract", by="@jadewressle", interest=FEN)
P(D, "Gutted the council might cut community transport funding. I'll be arguing at budget council to keep every penny for schemes like ours.", "trustee arguing a budget line touching her charity", by="@jadewressle", interest=FEN)
P(D, "Hunsdon & Daughters have put in to be the council's agent for selling surplus land. Best local knowledge in the Wolds, if I say so myself.", "partner promoting his firm's bid", by="@ChairmanHunsdon", interest=HUN, allowed=[PO])
P(D, "The council needs a proper agent to market the empty units on Cornhill. We'd do it for half the fee the London lot charge.", "partner pitching his firm for council work", by="@ChairmanHunsdon", interest=HUN, allowed=[PO])
P(D, "Wolds Credit Union has asked the council for a loan to open in Skedworth. I'll be making the case at cabinet: it's the best answer to loan sharks.", "director lobbying on a council loan", by="@IanOstlerLab", interest=CU)
P(D, "The council should move its staff savings scheme to our credit union. Local, ethical, and I'll keep pushing for it.", "director pushing council business to his body", by="@IanOstlerLab", interest=CU)
P(D, "Wendlesby Village Hall Trust has applied for the community asset transfer of the old playing field. Please support our bid!", "trustee promoting his trust's asset transfer", by="@OwenTattsLD", interest=WVH)
P(D, "The council's reviewing rate relief for village halls. Ours can't survive without it and I'll be fighting for it at Full Council.", "trustee arguing a council matter touching his hall", by="@OwenTattsLD", interest=WVH)
P(D, "Proud the council's new farm support grants will help local agri businesses. Askew Agricultural Supplies is already lined up as a registered supplier for the scheme.", "shareholder promoting her company within a council scheme", by="@MaureenAskew", interest=ASK)
P(D, "Delighted the council's picked a local firm for grounds maintenance supplies. Askew Ag will do a cracking job 🌱", "shareholder's company gets a council contract", by="@MaureenAskew", interest=ASK)
P(D, "Car parking charges on show day would finish the Marrowby Show. I'll be voting to exempt us.", "trustee voting on an exemption for her body", by="@LorraineDowseInd", interest=SHOW)
P(D, "The hedge-cutting contract for the Orsby verges is going out to tender. We've got the kit and we'll be bidding 🚜", "director's company bidding for a council contract", by="@BarryScrimshaw", interest=FARM, allowed=[PO])

N(D, "Great to see the Marrowby Show grant on the cabinet agenda. A fantastic day out for the whole Wolds.", "same matter, posted by a non-holder")
N(D, "Marrowby Show dates announced: 18–19 July! Sheep, tractors, cake. See you there 🐑", "holder about her body, no council matter", by="@LorraineDowseInd")
N(D, "Declared my interest as a show society trustee and left the room for the grant item. Proper procedure.", "holder declaring", by="@LorraineDowseInd", allowed=[D])
N(D, "Lambing's started up at ours. Little ones everywhere 🐑", "holder's farm life, no council matter", by="@barry_tractors", acct="personal")
N(D, "Thrayle Community Energy AGM is on 10 March. Members, come along and grill us!", "holder about her body, no council matter", by="@FreyaGreenKW", date=("2026-01-05", "2026-03-09"))
N(D, "I've declared my directorship of Thrayle Community Energy and won't take part in the net zero fund decision.", "holder stepping back", by="@FreyaGreenKW", allowed=[D])
N(D, "Caistow Town 3–1 up at half time! Come on you Town ⚽", "holder about his club, no council matter", by="@NathanFerriby")
N(D, "Caistow Town's ground lease deserves a fair hearing. The club's at the heart of the town.", "same matter by a non-holder")
N(D, "The volunteer drivers at Fenlink are the best people I know. Always recruiting, give it a go!", "holder about her charity, no council matter", by="@jadewressle")
N(D, "Asked the Monitoring Officer whether I can speak on the community transport budget given my Fenlink trusteeship. Waiting to hear back.", "holder asking the Monitoring Officer", by="@jadewressle", allowed=[D])
N(D, "Hunsdon & Daughters turns 50 this year! Raising a glass to my dad, who started it above the chip shop.", "holder about his firm, no council matter", by="@ChairmanHunsdon", allowed=[PO])
N(D, "The credit union's junior savers club is running again at Thrayle primary. Lovely to see kids learning about money.", "holder about his body, no council matter", by="@IanOstlerLab")
N(D, "Should the council lend money to a community lender? I think yes, better than payday lenders. Cabinet decides next week.", "the loan question from a non-holder, no body named")
N(D, "Wendlesby Village Hall quiz night on Friday! 7.30pm, £2 a head, bring your own nibbles 🧠", "holder about his hall, no council matter", by="@OwenTattsLD")
N(D, "Left the meeting when the village hall asset transfer came up. I'm a trustee, so it's not for me to decide.", "holder stepping back", by="@OwenTattsLD", allowed=[D])
N(D, "Wendlesby Village Hall Trust's bid for the playing field is on Thursday's agenda. Good luck to them.", "same matter by a non-holder")
N(D, "My interests are on the council website, including my Askew Ag shares, and that's why I'm not voting on the farm grants.", "holder declaring", by="@MaureenAskew", allowed=[D])
N(D, "Askew Ag have sponsored the Young Farmers' ploughing match. Nice to see local firms chip in.", "about the company by a non-holder")
N(D, "Not speaking on the ground lease item, as I'm on the club committee. Colleagues will decide it properly.", "holder stepping back", by="@NathanFerriby", allowed=[D])
N(D, "Hedges all trimmed before the nesting season. Wrens will be back soon 🐦", "holder's farm life", by="@barry_tractors", acct="personal")

# ---------------------------------------------------------------- data-protection.personal-data (review / block)
DP = "data-protection.personal-data"
P(DP, "Visited Mrs Joan Elsom at 14 Keal Row, Orsby Marsh today. 92 and still no working boiler. Come on, housing.", "private person named with address", v="review")
P(DP, "Mr Terry Bland of 3 Fen Cottages, Skedworth PE24 9ZX is STILL waiting for his fence to be fixed. Shocking.", "name, address and postcode", v="review")
P(DP, "Spoke to Kerry Dunn, whose lad has autism and has been out of school since October. The county needs to act.", "health of an identifiable child", v="block")
P(DP, "Gary Whitlam on Sutton Lane has just come out after his sentence for burglary and the council's housed him next to a primary school?!", "criminal record of a named private person", v="block", allowed=["defamation.allegation"])
P(DP, "Popped in on Stan Pickering, who's been battling bowel cancer and can't manage his bins. Assisted collection sorted 👍", "health of a named private person", v="block")
P(DP, "Anyone know the family at 22 Tollbar Close? Council tax account 40012876 has been sent to me by mistake.", "account reference with address", v="block")
P(DP, "Case ref HDC/HB/55120: Mrs Amy Fretwell's housing benefit suspended for nine weeks. This is how they treat people.", "case reference and named benefit claimant", v="block")
P(DP, "Shout out to 7-year-old Poppy Ingle from Caistow Primary who raised £200 for the hospice! Her mum says it's been a tough year since Poppy's diabetes diagnosis 💙", "named child with a health condition", v="block")
P(DP, "Dennis at number 9 Marsh Road is on the sex offenders register and parents deserve to know.", "criminal record of an identifiable person", v="block", allowed=["defamation.allegation"])
P(DP, "Carol Sneath, the tenant I've been helping in Thrayle South, says I can share that she's HIV positive, and housing STILL won't move her.", "named person's health (consent claimed)", v="block")
P(DP, "Her NHS number is 943 476 5919 and the surgery still can't find her records. Mrs Harrison from Caistow, please DM me.", "NHS number with a name", v="block")
P(DP, "Mr Lee Varney, DOB 04/08/1961, of Wendlesby: the council have lost his blue badge application three times now.", "date of birth and disability application", v="block")
P(DP, "The lad causing bother at the skate park is Kai Renshaw, 14, lives on Paddock Way. Parents, have a word.", "named child with street", v="block")
P(DP, "The council worker who collapsed at the depot, Steve on the Thrayle crew, has a heart condition he'd never told them about. Wishing him well.", "identifiable staff member's health", v="block")
P(DP, "Meet Abdul, the only Muslim taxi driver in Skedworth, who's been turned down for a licence renewal three times.", "religion of an identifiable person", v="block")
P(DP, "Visited the Parkers at Willow Farm, Marrowby LN9 6ZZ, who've now been flooded twice this winter.", "names with address and postcode", v="review")
P(DP, "Shannon, the care leaver I've been helping (18, on the Fenside estate, pregnant), has been told there's no flat for her.", "service user with pregnancy and location", v="block")
P(DP, "Email from a resident, Jean Coupland (jeanc1948@example.com), asking why her bins weren't emptied. Anyone else the same?", "private email address with name", v="block")
P(DP, "Year 10 Thrayle Academy pupil Lacey Morbey has been excluded twice this term since her mum's arrest. We need a better approach for kids like her.", "named child, exclusion, parent's arrest", v="block")
P(DP, "Van KX19 ZRT has been dumping rubbish in the lay-by on Fen Drove. Owner's a Mr Gibbons from Skedworth, I'm told.", "vehicle registration with a named owner", v="block", allowed=["defamation.allegation"])

N(DP, "My surgery is at Caistow Methodist Hall, Cornhill. Email cllr.gedney@holmfen.example.gov.uk or ring 01632 960418 any weekday.", "the councillor's own published details", by="@RuthGedneyLD")
N(DP, "Joined Annabel Vesey MP at the Thrayle food bank today. Great chat with the volunteers.", "public office holder named")
N(DP, "If you're struggling with your mental health, the Lincs Mind line is free and confidential. You're not on your own 💚", "health in general, no person")
N(DP, "Lots of households on Keal Row have no working heating. I'm pushing housing for a proper boiler replacement programme.", "street, no person")
N(DP, "Congratulations to Caistow Primary's Year 4, who raised £600 for the hospice! Amazing kids 🎉", "children not identifiable")
N(DP, "If you've a council tax query, please don't post your account number publicly. DM me or ring the council.", "warns against posting identifiers")
N(DP, "Blue badge applications are taking 12 weeks. If you're waiting, send me your details privately and I'll chase.", "casework invitation")
N(DP, "Inspector Tom Welbourn tells me burglaries in Skedworth are down a fifth this year. Good news.", "public office holder named")
N(DP, "A constituent going through cancer treatment asked why the bin lorry can't wait for her. It can: request an assisted collection online.", "health, not identifiable")
N(DP, "Number plates spotted fly-tipping can be reported to the council online. Please don't post them on Facebook.", "warns against posting registrations")
N(DP, "Fen Cottages residents: I've reported the broken fences along your row. Let me know if yours has been missed.", "street, no person")
N(DP, "Back at work after the knee op! Thank you for all the cards and the grapes 🍇", "the councillor's own health")
N(DP, "Happy 100th birthday to Thrayle's oldest resident, Edna! Cake, bunting and a card from the King 🎂", "celebration, first name only", allowed=[DP])
N(DP, "The council has 212 households in temporary accommodation. Each one a family, not a number.", "statistics")
N(DP, "A warm welcome to our new Head of Housing, who starts on Monday.", "officer role, unnamed")
N(DP, "The Men's Shed in Marrowby is a lifeline for older blokes dealing with loneliness and grief. Tuesdays 10–2.", "health in general")
N(DP, "LN9 has some of the worst broadband in the country. We need better.", "postcode district, no person")
N(DP, "Met the vicar at St Botolph's to talk about opening the church as a warm space on Tuesdays.", "role, no private data")
N(DP, "Youth club at Skedworth is back on Thursdays: 11 to 16 year olds, free, all welcome.", "children in general")
N(DP, "Cllr Trevor Mawer's surgery is at the Skedworth library, Fridays 10 till 12, if you need him.", "councillor named with his public surgery")

# ---------------------------------------------------------------- security.credentials (block)
S = "security.credentials"
P(S, "Ward meeting on Zoom tonight, all welcome: zoom.us/j/83920017463 passcode Wolds26! See you there.", "meeting passcode posted")
P(S, "For fellow members: the new Wi-Fi in the members' room is HDC-Members, password Caistow#2026.", "Wi-Fi password posted")
P(S, "Can't get into the committee papers system AGAIN. Login's councillor14, password Biscuit123 — can someone at IT please help 😂", "login and password posted")
P(S, "Just got a text with code 482915 from the council's MFA thing but I didn't ask for one. What do I do?", "one-time code posted")
P(S, "Residents: book your bulky waste at holmfen-council-bins.co/login with your council tax number! Much quicker.", "lookalike domain asking for account details")
P(S, "Apparently from IT: all councillors must re-verify their email at hoImfen.gov-uk.com before Friday. Copied from the email.", "lookalike domain (capital I for l)")
P(S, "Key safe code for the community hall is 4471 if any volunteers need it tomorrow.", "key safe code")
P(S, "Anyone know the door code for the Holmfen House side entrance? Is it still 1966#?", "door code posted")
P(S, "Need Mrs Dobbs on the allotment committee? Her mobile's 07700 900614.", "private phone number of another person", rules=[S, DP], v="block")
P(S, "Council grant scheme now open, apply here: bit.ly/HolmfenGrant26-claim (you'll need your bank card to verify).", "suspicious shortened link asking for card details")
P(S, "Never share your login code with anyone! (Mine was 552031, it's expired now so no harm 😅)", "one-time code posted")
P(S, "Fellow Lib Dems, campaign database login is caistowLD / FocusTeam!24, please change your own once you're in.", "shared password posted", grp=("ld",))
P(S, "Reminder to the group: petition site key is sk_petition_7f3K9qLm2XvB. Use it in the form builder, don't share it about.", "API key posted")
P(S, "Bloke from the council's 'IT department' rang asking for the six-digit code on my phone. Gave it him, he seemed legit. Was that wrong?", "reports handing over a code on request")
P(S, "Everyone please click holmfen-dc-payroll.com and confirm your bank details for the members' allowance. IT say it's urgent.", "lookalike payroll domain")
P(S, "To claim your council tax rebate, text your card number and PIN to 07700 900227. Passing this on from a friend!", "request for card and PIN")
P(S, "Fenlink booking line's changed while the office is shut — ring Mick's own mobile instead, 07700 900381.", "another person's private mobile", rules=[S, DP], v="block")
P(S, "Anyone need the alarm code for the Marrowby pavilion? It's 2580, same as always.", "alarm code posted")
P(S, "New payments page for parking fines: https://holmfen-gov.uk.pay-secure.net — quicker than the old site!", "lookalike payment link")
P(S, "Got an email from 'Holmfen IT' saying verify your councillor account by replying with your Microsoft password. Sent mine, has anyone else?", "reports sending a password on a phishing request")

N(S, "Scam alert: fake council tax rebate texts doing the rounds. The council will never ask for your PIN. Delete and report.", "scam warning without a link or code")
N(S, "Password tip: three random words, not your cat's name. Stay safe online, folks 🐱", "general advice")
N(S, "The council's website is holmfen.gov.uk. If a link looks slightly different, don't click it.", "genuine domain, warning")
N(S, "Key safes save lives. If an older relative has carers, ask adult social care about getting one fitted.", "key safe, no code")
N(S, "Zoom details for Thursday's ward meeting will be emailed to those who register. Register via my council email.", "no passcode posted")
N(S, "IT have switched on two-factor login for members. Slightly annoying, very sensible.", "security practice")
N(S, "Ring me on 01632 960418 if you need help with casework, or pop into the surgery on Saturday.", "the councillor's own number", by="@RuthGedneyLD")
N(S, "Lost my members' room pass. Reported it to facilities. Don't be me 🤦", "lost pass, nothing posted")
N(S, "The bin app is on the App Store, search 'Holmfen Bins' — it's the council's own. Don't download the lookalikes.", "warns of lookalikes")
N(S, "Had a phishing email pretending to be from the Chief Executive. Reported it to IT. Check those sender addresses, everyone!", "phishing reported, no link")
N(S, "Door codes change at Holmfen House on Monday. Members, check your email from facilities.", "no code posted")
N(S, "If anyone asks for your one-time code over the phone, it's a scam. Every single time.", "general advice")
N(S, "Never share your PIN. Not with the bank, not with 'the council', not even with your nephew.", "general advice")
N(S, "Community grants are open. Apply through holmfen.gov.uk/grants only — we never ask for bank details upfront.", "genuine domain")
N(S, "Our MP's office number is on her website if you need help with a passport.", "public office holder's office")
N(S, "I change my password every three months and I forget it every three months 🙃", "no password posted")
N(S, "The community hall key is with the caretaker now. Collect it from her at the hall on Wednesdays.", "key, no code")
N(S, "Parking fines: pay only on the council website or the number printed on the ticket. There's a copycat site about.", "warning without link")
N(S, "All our council contact numbers are on the council website. Those are the ones to use.", "public numbers")
N(S, "Cyber security training for members today: phishing, passwords, tailgating. Surprisingly useful!", "training")

# ---------------------------------------------------------------- confidentiality.disclosure (block register / review markers)
CD = "confidentiality.disclosure"
P(CD, "Can't say much but Project Samphire is going to transform the riverside in Thrayle. Watch this space 👀", "register term", v="block")
P(CD, "The Caistow Cattle Market disposal is being pushed through behind closed doors and residents deserve to know.", "register term", v="block")
P(CD, "We're about to pay out a fortune on the Skegwell Quarry settlement and nobody will be told how much.", "register term (legal claim)", v="block")
P(CD, "Operation Harrow starts next week. Rogue traders of Skedworth, you've been warned.", "register term (enforcement)", v="block", allowed=[I])
P(CD, "The wendlesby depot acquisition price is eye-watering. Happy to share more if people ask.", "register term in lower case", v="block")
P(CD, "THRAYLE LEISURE CENTRE OUTSOURCING: the staff haven't been told yet and they should be.", "register term in capitals", v="block")
P(CD, "Fun fact: the preferred bidder on project samphire is a firm from Leeds. Local jobs? Don't make me laugh.", "register term in lower case", v="block")
P(CD, "Two hours on the Skegwell Quarry settlement today. Lips sealed... mostly. It's a LOT of money.", "register term", v="block")
P(CD, "Leisure centre staff: if you're hearing rumours about the Thrayle Leisure Centre outsourcing, talk to your union rep now.", "register term", v="block")
P(CD, "Caistow Cattle Market disposal has a buyer lined up already, I'm told. Wonder who?", "register term", v="block")
P(CD, "From tonight's Part 2 item: the council is looking at closing one of its three pools. Thought you should know.", "exempt item content disclosed", date=None)
P(CD, "Off the record, the budget gap is nearer £4m than the £2.6m they're admitting.", "off-the-record figures disclosed")
P(CD, "This was in the confidential pack but people have a right to know: the Tollbar car park sale is going ahead.", "confidential papers disclosed")
P(CD, "Between you and me, the council's legal advice on the bypass says we'd probably lose.", "privileged legal advice disclosed")
P(CD, "Leaked to me: the staff restructure will cut 40 posts in customer services.", "leaked labour relations information")
P(CD, "Embargoed till Friday but I'm too excited: Marrowby is getting its new health hub! 🎉", "embargo broken")
P(CD, "Closed session today on a disciplinary — the officer involved has been suspended, and about time.", "closed session, labour relations", allowed=[O])
P(CD, "Not for publication, but the bids for the new bus depot came in £600k over.", "not-for-publication financial information")
P(CD, "What the exempt report doesn't tell you: we're paying the outgoing consultants a £90k pay-off.", "exempt report contents")
P(CD, "I'm told in confidence the council is negotiating to buy the old Co-op building. Great news for Skedworth if it comes off.", "confidential negotiation disclosed", allowed=[I])

N(CD, "Confidential helpline for anyone worried about domestic abuse: the number's on the council website, any time day or night.", "'confidential' helpline")
N(CD, "Message me in confidence if you're having bother with your landlord. I'll never share your details.", "casework in confidence")
N(CD, "Samphire season can't come soon enough at the Thrayle market fish stall 🌿", "partial overlap with a register term")
N(CD, "There's a Part 2 item on tonight's agenda, so the public will be asked to leave for ten minutes. That's normal, and the decision will be published.", "mentions a Part 2 item without its content", allowed=[CD])
N(CD, "Caistow Cattle Market every Wednesday: best livestock sale in the county. Support our farmers!", "partial overlap")
N(CD, "Skegwell Quarry blasting is scheduled for Tuesday. Nearby residents have been sent letters.", "partial overlap")
N(CD, "Thrayle leisure centre reopens after its refurb on 2 February. New changing rooms at last!", "partial overlap", date=("2026-01-05", "2026-01-30"))
N(CD, "Leaky roof at Wendlesby library finally fixed. Only took three years 🙃", "'leaky' about a roof", allowed=["tone.irony-risk"])
N(CD, "Off the record? No such thing for a councillor. If I say it, I'll stand by it.", "marker words, nothing disclosed")
N(CD, "Embargoed press releases are a journalist's game. I just post things once they're public.", "marker word, nothing disclosed")
N(CD, "The council's whistleblowing line is confidential. If you work for Holmfen and see something wrong, use it.", "confidential line")
N(CD, "Why is so much of Holmfen's business done in Part 2? I'm bringing a motion for more openness.", "about secrecy, nothing disclosed")
N(CD, "Between you and me and the whole internet: I've finally worked out the council's new intranet 😂", "marker phrase as a joke")
N(CD, "Clearing the old bins out of the Wendlesby depot yard begins Monday.", "partial overlap")
N(CD, "Harrow and plough demos at the Marrowby Show this year! 🚜", "partial overlap with 'Harrow'")
N(CD, "Your casework is confidential. I won't name you, your street or your problem without your OK.", "confidentiality promise")
N(CD, "The exempt report on the pool was made public today now the deal has closed. Link below.", "report now published")
N(CD, "Confidential waste sacks can be collected by the council for a small fee. Handy for small businesses.", "'confidential waste'")
N(CD, "The budget papers are public from today. No leaks needed, read them yourself!", "'leaks' with public papers")
N(CD, "Code of conduct refresher today: what's said in closed session stays there. Good reminder for all of us.", "training, nothing disclosed")

# ---------------------------------------------------------------- tone.irony-risk (advice)
T = "tone.irony-risk"
P(T, "Well done to the cabinet for putting car park charges up the same week Aldi opened with free parking. Genius. Absolute genius 👏", "mock praise of the cabinet", grp=OPP)
P(T, "Our Leader says the bin changes are 'going well'. Yeah right, Gordon. Come and have a sniff of Cornhill.", "'yeah right' aimed at the Leader", grp=OPP)
P(T, "Thrilled the Reform lot have discovered potholes exist. Welcome to 2019, lads /s", "/s aimed at a group", grp=("con", "lab", "ld", "grn", "ind"))
P(T, "Special thanks to Cllr Ostler for his brave stance of abstaining on everything. Real leadership 🙄", "mock praise of a named councillor")
P(T, "Love how the Greens want us all on bikes. In the Fens. In February. Brilliant plan, totally thought through 👍", "mock praise of a party", grp=("con", "ref", "lab", "ld", "ind"))
P(T, "Shout out to our MP for her *tireless* work on the A16. I'm sure the tarmac's in the post.", "sarcasm about the MP", grp=("lab", "ld", "grn", "ind"))
P(T, "Nice of the Lib Dems to remember Skedworth exists now there's an election coming. Touching, really.", "sarcasm about a party", grp=("con", "ref", "lab", "grn", "ind"))
P(T, "Hats off to the Conservatives: five years, three bin systems, zero improvements. What a record 🏆", "mock praise of the administration", grp=OPP)
P(T, "Labour's budget amendment: spend more, tax less, shake the magic money tree. What could possibly go wrong /s", "/s about a group", grp=("con", "ref", "ld", "grn", "ind"))
P(T, "Delighted the Chairman enjoyed his 14th civic reception of the month. Somebody has to eat those vol-au-vents.", "mock delight at the Chairman", grp=OPP)
P(T, "So the cabinet member for environment has discovered flooding. Only took her three winters. Proud of you, Pauline 😘", "mock pride in a named councillor", grp=OPP)
P(T, "Can't wait for the next 'listening exercise' from this administration, where they listen very carefully and then do whatever they'd already decided.", "sarcasm about the administration", grp=OPP)
P(T, "Oh good, another Reform press release about 'waste' from the group that wanted a £40k flagpole. Sure.", "sarcasm about a group", grp=("con", "lab", "ld", "grn", "ind"))
P(T, "Big congratulations to Cllr Fairburn for turning up to a planning site visit. A historic day for Holmfen.", "mock congratulations to a named councillor")
P(T, "Independent group now on their fourth position on the bypass this year. Consistency, thy name is Holmfen Independents 😂", "mock praise of a group", grp=("con", "ref", "lab", "ld", "grn"))
P(T, "Love that the Leader's 'open door policy' comes with a door that's always locked. Very modern.", "sarcasm about the Leader", grp=OPP)
P(T, "Yes, I'm sure the Lib Dem bar chart showing them winning Marrowby is totally to scale. Totally.", "sarcasm about a party", grp=("con", "ref", "lab", "grn", "ind"))
P(T, "What a shock, the Tory group voted for their own allowance rise. Nobody saw that coming 😐", "sarcasm about a group", grp=OPP)
P(T, "Thank you SO much to the Labour councillor who lectured me on rural buses. Always lovely to hear from someone who's never caught one.", "mock thanks to a councillor", grp=("con", "ref", "ld", "grn", "ind"))
P(T, "Top marks to the Greens for the car-free Thrayle plan. I'm sure the farmers will love pedalling to market with a trailer of sheep 🐑🚲", "mock praise of a party", grp=("con", "ref", "lab", "ld", "ind"))

N(T, "Great, another Monday, another rain warning. Lincolnshire in February, what a treat 🌧️", "irony about the weather", allowed=[T], date=("2026-02-02", "2026-02-23"))
N(T, "Printer in the members' room has jammed again. Truly the finest technology 2009 had to offer.", "irony about a printer", allowed=[T])
N(T, "The cabinet's car parking decision is wrong and it will hurt the high street. I'll be calling it in to scrutiny.", "plain criticism", grp=OPP)
N(T, "Yeah right, like I'd miss the Marrowby Show. Wouldn't miss it for the world 🐄", "'yeah right' not aimed at anyone")
N(T, "Genuinely, well done to the cabinet member for environment on the new flood grants. Credit where it's due.", "sincere praise", grp=OPP)
N(T, "Learnt the hard way that /s doesn't translate on Facebook. So, sincerely: thank you to everyone who came to the litter pick!", "/s mentioned, sincere thanks")
N(T, "Brilliant. Fantastic. Amazing. That's the Thrayle Young Farmers' panto, and you should go.", "sincere praise", date=("2026-01-05", "2026-01-23"))
N(T, "The A16 roadworks have lasted longer than some marriages. Hang in there, Caistow.", "irony about roadworks", allowed=[T])
N(T, "I think Labour's budget amendment is unaffordable, and here's why, line by line.", "plain criticism", grp=("con", "ref", "ld", "grn", "ind"))
N(T, "Nothing says spring like a pothole the size of a bath on Fen Drove. Reported it (again).", "irony about a pothole", allowed=[T])
N(T, "Thanks to the Lib Dems for backing our motion on rural buses. Cross-party working is possible!", "sincere thanks", grp=("con", "ref", "lab", "grn", "ind"))
N(T, "Me, a grown adult, lost in Holmfen House again. Twenty years on the council 🙃", "irony about oneself", allowed=[T], grp=VETERAN)
N(T, "The administration has put car park charges up 30%. I think that's a mistake for our market towns.", "plain criticism", grp=OPP)
N(T, "What a genius idea from the Skedworth Scouts: a tool library! Pop along on Saturday.", "sincere 'genius'")
N(T, "Yeah, right turn only at Tollbar roundabout now, folks. Don't ask me why, ask county highways.", "'yeah right' pun")
N(T, "Sincerely pleased our MP secured the A16 money. Well done, and thank you.", "sincere praise of the MP")
N(T, "Meeting lasted four hours. FOUR. Bring back the two-hour rule 😩", "complaint about meeting length", allowed=[T])
N(T, "Reform's council tax motion was flawed, but they were right to raise the issue. I'll work with them on a better one.", "fair criticism", grp=("con", "lab", "ld", "grn", "ind"))
N(T, "The council's new app says my bin was emptied. My bin, still full, disagrees 😂", "irony about an app", allowed=[T])
N(T, "Proud of my Conservative colleagues for standing up for farmers at Full Council.", "sincere praise", grp=("con",))

# ---------------------------------------------------------------- fillers
F("Litter pick on Saturday at Thrayle riverside, 10am from the footbridge. Gloves and grabbers provided 🗑️")
F("Gritters are out tonight across Skedworth Fen and the Wolds roads. Take care on the untreated lanes.")
F("Lovely morning at Marrowby Primary reading The Gruffalo to Reception. Tough crowd, brilliant questions.")
F("Potholes on Sloothby Road reported again. County highways say it's on the list. I'll keep chasing.")
F("Well done to the Caistow in Bloom team, who've been planting bulbs all week. Spring's coming!")
F("Flood warning on the Steeping at Orsby Marsh. Sandbags at the parish hall if you need them.")
F("Cracking turnout at the Wendlesby warm space this morning. Soup, cards and a good natter.")
F("Bus 57 from Keddle to Thrayle is back on its normal timetable from Monday.")
F("Reminder: food waste caddies are being delivered through March. Yours will turn up with a leaflet.")
F("Congratulations to the Thrayle Tigers under-11s on their cup run! ⚽🐯")
F("Defibrillator now installed outside Skedworth Methodist church. Thank you to everyone who fundraised.")
F("Street lights out on Bridge Street, Wendlesby. Reported to the county. Please let me know of any others.")
F("Snowdrops are out at St Botolph's, Caistow. Well worth a Sunday stroll.", date=("2026-01-26", "2026-02-20"))
F("Spent the morning with the Marrowby parish council on speeding through the village. A speed watch group is starting.")
F("Happy retirement to Norman, who's run the Keddle post office counter for 35 years. You'll be missed!")
F("Blood donation session at Thrayle leisure centre on the 20th. Book online.")
F("The Skedworth Fen drainage scheme consultation has a drop-in at the village hall on Tuesday.")
F("Really good scrutiny session on rural broadband today. Some actual progress to report for once.")
F("Dog fouling on the Caistow riverside walk is getting worse. Bag it and bin it, please.")
F("Fly-tipping on Fen Drove cleared within two days of reporting. Keep reporting it, it works.")
F("Budget council is on 25 February. I'll post a summary afterwards of what it means for our ward.", date=("2026-01-05", "2026-02-24"))
F("Coffee morning raised £312 for the Thrayle hospice shop. Thank you bakers!")
F("Did you know you can report a missed bin online before 4pm and get it picked up the next day?")
F("Lovely to see the Wendlesby WI's knitted post box toppers. Pure joy 🧶")
F("Our ward has three new volunteer snow wardens. Thank you for keeping the paths clear.")
F("Walked the Thrayle Canal path with the Ramblers today. 9 miles, 2 stiles, 1 very muddy councillor.")
F("Planning committee meets on 4 March. Agenda published a week before on the council website.", date=("2026-01-05", "2026-03-03"))
F("Youth council debate on climate this afternoon. These young people are sharper than half the chamber.")
F("Recycling centres are open as normal over half term.")
F("Anyone know who owns the abandoned trolley in the Keddle beck? It's been there since autumn 🛒")
F("Road closure on the A158 near Orsby overnight for resurfacing, 8pm to 6am, all week.")
F("Ice on the footpaths by Caistow station. Reported to the county for gritting.", date=("2026-01-05", "2026-02-13"))
F("Thank you to the Skedworth Rotary for the new bench by the war memorial 🙏")
F("Nearly 300 responses to my ward survey on parking! Results out next month.")
F("Massive thanks to the Marrowby Young Farmers for clearing the snow from the church path.")
F("The new bus shelter at Tollbar is finally up. Only took 18 months of asking.")
F("Spent the afternoon at the Caistow job fair. 40 local employers, loads of apprenticeships.")
F("Happy Pancake Day! Lemon and sugar or you're wrong 🥞", date=("2026-02-17", "2026-02-17"))
F("New tyres on the old Fergie today. She'll see out another harvest 🚜", by="@barry_tractors", acct="personal")
F("Anyone selling a decent hedge trimmer attachment? Asking for me.", by="@barry_tractors", acct="personal")
F("Bees are flying on the first warm day! Checked the hives and all three colonies made it through winter 🐝", by="@ruths_bees", acct="personal", date=("2026-03-02", "2026-03-27"))
F("Swarm season prep: new frames built, smoker cleaned. Bring on May 🐝", by="@ruths_bees", acct="personal")

# ================================================================ assembly
def pick_author(row, rng):
    if row.get("by"):
        return row["by"]
    low = row["text"].lower()
    cands = []
    for h, (name, party, role) in PEOPLE.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b%s\b" % re.escape(first.lower()), low) or re.search(r"\b%s\b" % re.escape(last.lower()), low):
            continue
        if any(any(c in low for c in cues) and holder == h for cues, holder in INTEREST_CUES.values()):
            continue
        g = row.get("grp")
        if g is not None:
            if callable(g):
                if not g(h):
                    continue
            elif party not in g:
                continue
        cands.append(h)
    return rng.choice(sorted(cands))

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)

def weekdays(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out

def pick_time(row, rng):
    if row.get("date"):
        a, b = (dt.date.fromisoformat(x) for x in row["date"])
    else:
        a, b = START, END
    day = rng.choice(weekdays(a, b))
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return t.isoformat()

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        o = {
            "id": "b62-%03d" % i,
            "text": r["text"],
            "author": pick_author(r, rng),
            "created_at": pick_time(r, rng),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": r["acct"],
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r.get("near_miss_of"):
            o["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            o["interest"] = r["interest"]
        o["note"] = r["note"]
        out.append(o)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))

if __name__ == "__main__":
    main()
