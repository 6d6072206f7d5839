#!/usr/bin/env python3
"""Build blind evaluation set b76 (Reedmarsh District Council, twelve single-post rules).

Every row below was written by hand for this set. The script at the bottom is deterministic
(seed 7676): it shuffles the rows, gives ids b76-NNN, picks a plausible author, a platform and a
weekday timestamp for each row, and writes posts.jsonl next to this file. Running it again gives
the same file.

Row helpers:
  P(rule, verdict, text, note, allowed=(), also=(), who=None, interest=None, when=None)  positive
  N(rule, text, note, allowed=(), who=None, when=None)                                   hard negative
  F(text, note, who=None, when=None)                                                     filler
`who` is a space-separated spec: "@Handle" tokens give the exact pool (used as is); "BA", "MMP",
"GR", "RI", "IND" restrict to a party; "opp" means not Broads Alliance; "!BA" etc. exclude a party;
"notcab" excludes the Leader, cabinet and Chairman; "!@Handle" excludes one person.
`when` is (first_date, last_date) as "YYYY-MM-DD" strings.
"""
import datetime as dt
import json
import pathlib
import random
import re
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
SEED = 7676
PREFIX = "b76"

ROWS = []

SEV = {"advice": 1, "review": 2, "block": 3}


def P(rule, verdict, text, note, allowed=(), also=(), who=None, interest=None, when=None):
    ROWS.append(dict(kind_of_row="positive", family=rule, rules=[rule, *also], verdict=verdict,
                     text=text, note=note, allowed=list(allowed), who=who, interest=interest,
                     when=when))


def N(rule, text, note, allowed=(), who=None, when=None):
    ROWS.append(dict(kind_of_row="hard_negative", family=rule, rules=[], verdict="ok", text=text,
                     note=note, allowed=list(allowed), who=who, interest=None, when=when,
                     near_miss_of=rule))


def F(text, note, who=None, when=None):
    ROWS.append(dict(kind_of_row="filler", family=None, rules=[], verdict="ok", text=text,
                     note=note, allowed=[], who=who, interest=None, when=when))


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIFT = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TONE = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"

# ---------------------------------------------------------------- officers.impartiality (review)
P(OFF, "review", "Stephen Rix's planning report on the Old Maltings is on the huh from start to finish. He's been asked twice to look again at the heritage harm and twice he's ignored us. Time he did different, or made way for someone who will.", "names the Head of Planning and presses him to change his report", who="opp")
P(OFF, "review", "Word is Hannah Larwood was a mite too cosy with the Swanton Lane developer at their 'pre-app'. I'd like to know whose side our planning officers are on, bor.", "questions a named planning officer's neutrality in public; innuendo", allowed=[DEF])
P(OFF, "review", "I've written to Jo Platten, Head of Environmental Services, telling her the bin round report needs rewriting before cabinet sees it or I'll raise it at full council. Squit like that shouldn't go out under the council's name.", "presses a named officer to rewrite a report", who="opp")
P(OFF, "review", "Colin Dack has clearly made his mind up about the Jolly Wherryman before the committee's even sat. A licensing manager should be neutral, not acting like the landlord's bouncer.", "questions the licensing manager's neutrality", allowed=[PA])
P(OFF, "review", "Funny how every recommendation from our 'independent' officers just happens to suit the Broads Alliance cabinet. Alison Crane's lot know which side their bread's buttered. That's a rum 'un.", "questions the Chief Executive's and officers' political neutrality", who="opp")
P(OFF, "review", "Marcus Ebbage told the Gull Point residents there was 'nothing to worry about'. Nothing to worry about? He want to come and stand on their cliff edge with them. Officers shouldn't be spinning for applicants.", "criticises a named planning officer and implies partiality")
P(OFF, "review", "Our finance director's budget figures are pure squit and Nadia Farrow knows it. Reedmarsh deserves a s151 officer who'll tell the truth, not one who writes what cabinet wants to hear.", "attacks the named s151 officer's honesty and neutrality", allowed=[PA, DEF], who="opp")
P(OFF, "review", "Dear planning department: I've told your officer twice now, change the recommendation on the Wherryford windpump or I'll call it in. Consider this the third time. 😤", "public pressure on an officer to change advice", allowed=[PRE])
P(OFF, "review", "Lucy Mallett in democratic services seems to think the opposition's motions can wait while the Leader's get fast-tracked onto every agenda. Not what I call impartial, mawther.", "questions a named officer's impartiality", who="opp")
P(OFF, "review", "Hats off to the Monitoring Officer for finding yet another reason not to look at a cabinet complaint. Graham Pilch could find a loophole in a fishing net.", "mocks the named Monitoring Officer and implies bias", allowed=[TONE], who="opp")
P(OFF, "review", "Officers in the housing team have been told what answer to give councillors on the Staithe Road flats, I'm sure of it. Hold yew hard: since when do our staff take orders from the party in power?", "alleges officers are politically directed", who="opp")
P(OFF, "review", "Beth Sayer in comms has refused AGAIN to put out a release on our flood motion. Funny how the Leader's ribbon-cutting photos go out the same afternoon. Comms team = Broads Alliance press office. #Reedmarsh", "accuses the named Head of Communications of partisanship", who="opp")
P(OFF, "review", "If the planning officer's report on the solar farm doesn't come back with the drainage objections in it, I'll be asking why, loudly. Officers work for all of us, not just Eastlight Solar.", "pressure on the case officer's report and a hint of bias")
P(OFF, "review", "That environmental health officer who came out to the Hobbleton pig unit complaints, the young chap with the ginger beard, couldn't have been less interested. Sat in his van half the visit. Not good enough from our officers.", "criticises an identifiable officer publicly")
P(OFF, "review", "Public question for the Chief Exec: why did Alison Crane sign off the Sandholme lights contract without it going to cabinet? Either she doesn't know the constitution or she's choosing to ignore it.", "public criticism of the named Chief Executive", allowed=[DEF])
P(OFF, "review", "Our heritage officer has gone native with the Maltings developers. Three site meetings with them and not one with the civic society. I shall be asking for a different officer on the case.", "questions an officer's neutrality by role and asks for them to be replaced")
P(OFF, "review", "Told the Head of Planning straight: your officers' advice on the Swanton Lane homes is wrong and I expect it rewritten before committee. He can take that as a friendly suggestion. For now.", "presses the Head of Planning to change advice, veiled threat", allowed=[BUL, PRE])
P(OFF, "review", "Cor blast me. The licensing report on the Sundowner festival reads like Tidal Events wrote it themselves. Colin, bor, whose side are you on?", "questions the licensing manager's neutrality by first name")
P(OFF, "review", "Another officer briefing that was more spin than substance. Stephen and his planners should stop doing the administration's dirty work for them.", "accuses the Head of Planning (first name) and team of partisanship", who="opp")
P(OFF, "review", "Jo Platten should be out of a job after the Christmas bin fiasco. Simple as that. Three weeks of bags on the huh all down Mill Loke.", "calls for a named officer to be sacked", allowed=[PA], when=("2026-01-05", "2026-01-23"))

N(OFF, "Huge thanks to Hannah Larwood in planning, who spent an hour on the phone explaining the Local Plan timetable to Scoulby parish council. Proper public service, that.", "thanks a named officer", allowed=[OFF])
N(OFF, "Welcome to Alison Crane, our new Chief Executive, who started this week. Looking forward to showing her the Broads: the boatyards, the marshes and a proper Sandholme chip. 🐟", "welcomes the new Chief Executive", allowed=[OFF], when=("2026-01-05", "2026-01-09"))
N(OFF, "The solar farm report is out. I disagree with parts of the policy it relies on and I'll say so at committee, because that's what members are for. Everyone can read it on the planning portal.", "disagrees with policy, not with an officer; keeps to the process")
N(OFF, "The bin round changes are a mess and that's cabinet's doing, not the crews'. Our lads and lasses on the lorries have been brilliant. Squit decisions come from the top.", "robust criticism of a cabinet decision; praises staff", who="opp")
N(OFF, "Thank you Colin Dack and the licensing team for the drop-in on the new taxi policy at Sandholme library. Good turnout, plenty of mardle.", "thanks a named officer", allowed=[OFF])
N(OFF, "Cabinet's budget is on the huh. £400k off rural buses while the Leader's prom project sails through. I'll vote against it and say why in the chamber.", "budget criticism aimed at cabinet", who="opp")
N(OFF, "Asked the Monitoring Officer whether I need to declare my allotment tenancy on the Scoulby item. Quick, clear answer from Graham Pilch. That's what you want.", "praises the Monitoring Officer's advice", allowed=[OFF])
N(OFF, "Officers' recommendation on the Gull Point caravans is due out next week. I'll read it properly before forming any view and I'd urge residents to do the same.", "waits for the officers' report with an open mind")
N(OFF, "The comms team did a cracking job on the flood leaflets: clear, big print, and through the doors before the surge. Well done Beth and team.", "praises a named officer", allowed=[OFF])
N(OFF, "I don't agree with the officers' recommendation on the Maltings and I'll explain why at committee. But they've set out the policy fairly, and weighing it is our job, not theirs.", "disagrees with a recommendation while respecting officers' role", allowed=[PRE])
N(OFF, "Cllr Bidwell's answer on car park charges was squit, bor. Not an officer's fault: it's his policy and he should own it.", "criticises a cabinet member's answer, explicitly not officers", who="opp")
N(OFF, "Shout out to the environmental health officer who came out on a Saturday to the Hobbleton pig unit smell. Couldn't fault him.", "thanks an officer by role", allowed=[OFF])
N(OFF, "Question for the Leader at full council: why did cabinet sign off the lights contract without scrutiny? Cabinet members take the decisions, so cabinet members answer for them.", "holds the executive, not officers, to account", who="opp")
N(OFF, "Councillors decide, officers advise. If you've views on the Swanton Lane homes, write in before the deadline: the planning officer will put every comment in the report.", "explains the process")
N(OFF, "A reminder that council staff can't get involved in campaigning, so please don't ask them to hand out our leaflets at the library. Ask me instead, I'm a volunteer!", "respects officers' neutrality")
N(OFF, "Went to the retirement do for Pat at the Reedmarsh depot: 41 years on the bins. Fare ye well Pat, and thank you for every one of them.", "thanks a retiring member of staff", allowed=[OFF])
N(OFF, "The Environment Agency got the Thurnby sluice wrong and I'll keep saying so. They're a national agency, not our staff, and fair game for criticism.", "criticises a national agency, not council officers", allowed=[OFF])
N(OFF, "The council's waste strategy should be scrapped. It was written for a city, not for lokes and droves where a lorry can't turn.", "policy criticism")
N(OFF, "The Leader's own cabinet paper on the Sandholme prom is full of holes. She should withdraw it and start again.", "criticises the Leader's paper", who="opp")
N(OFF, "Met Stephen Rix, Head of Planning, with Wherryford parish today about the moorings enforcement. Useful, straight answers. Follow-up in March.", "neutral report of a meeting with a named officer", allowed=[OFF])

# ---------------------------------------------------------------- resources.political-use (review)
P(RES, "review", "Broads Alliance leaflets for the Sandholme campaign printing off now on the members' room printer. Cheaper than the print shop! 🖨️", "party leaflets on the council printer", who="BA")
P(RES, "review", "Canvassing in Wherryford Saturday for the Progressives! Drop me a line at cllr.kerry.brundle@example.com (council inbox, I check it all day) and I'll send you the route.", "council email used for party canvassing", who="@KerryBrundle")
P(RES, "review", "Party meeting Thursday in Committee Room 2 at the council offices. Booked it through democratic services so it's free. Members only, bring a mate.", "council room booked free for a party meeting")
P(RES, "review", "Fill in our Green Reed manifesto survey! It's hosted on the council's consultation portal, so it looks nice and official 😉", "party survey on council systems", who="GR")
P(RES, "review", "Asked my ward support officer to pull together the canvass sheets for Sandholme Front. Handy having council staff who know the patch, bor.", "council staff time on canvassing")
P(RES, "review", "Our new Progressives campaign video was filmed in the council chamber after hours. The caretaker let us in. Looks the part, don't it? #VoteProgressive", "council chamber used for a party video", who="MMP")
P(RES, "review", "Launch pics 📸 taken on the council's comms camera. Thanks to the team for lending it over the weekend. Vote Broads Alliance!", "council equipment for a campaign launch", who="BA")
P(RES, "review", "Sending the Reedmarsh Independents newsletter out through the council franking machine this week. Saves a fortune on stamps.", "council post room for a party newsletter", who="RI")
P(RES, "review", "Want a Broads Alliance poster for your window? Pick one up from main reception at the council offices. The girls on the desk have a pile.", "council reception staff handing out party posters", who="BA")
P(RES, "review", "Typed this Green Reed press release on my council laptop on the train. Don't tell IT 🤫", "council laptop for party material", who="GR")
P(RES, "review", "Canvass returns for Hobbleton all loaded into a spreadsheet on the council's shared drive so the whole team can get at it.", "party data on council IT")
P(RES, "review", "Rally for the Progressives at Sandholme Pavilion on Saturday. The council's letting us have the hall for nowt as I'm a member. 🎉", "free council hall for a party rally", who="MMP")
P(RES, "review", "Used the council's resident e-newsletter list for Sandholme to send out our party survey. 4,000 addresses and a cracking response.", "council mailing list for party campaigning", allowed=[DP])
P(RES, "review", "The council logo's on our leaflet because we ARE the council, bor. Broads Alliance: delivering for Reedmarsh.", "council logo on party literature", who="BA")
P(RES, "review", "Got the council's graphic designer to knock up our party Christmas card in her lunch hour. She's a star. 🎄", "council staff designing party material", when=("2026-01-05", "2026-01-09"))
P(RES, "review", "Independent campaign launch, courtesy of the council's PA system and a gazebo out of the Sandholme events store 🙌", "council equipment for a candidate launch", who="IND")
P(RES, "review", "My council officer support is drafting our leaflet copy this week. Makes all the difference having proper help.", "officer time on party leaflets")
P(RES, "review", "Party fundraiser raffle tickets: grab some from my pigeonhole in the members' room, or ask the porters to bring you a book.", "council porters and premises for party fundraising")
P(RES, "review", "Phone banking from the council contact centre after it shuts tonight. Two dozen lines and free calls. Progressives together! ☎️", "council phones for party phone banking", who="MMP")
P(RES, "review", "The Broads Alliance 'Record of Delivery' booklet is going in the envelope with the council tax bills this year. Makes sense to send them together.", "council mailing used for party material", who="BA")

N(RES, "Canvassing in Wherryford this Saturday with the Progressives! Meet at the Reading Room car park at 10. Kettle's on.", "party canvassing with no council resources", who="MMP")
N(RES, "Printed our leaflets at Rounce's on the Market Place, paid for by the Reedmarsh Independents, every penny.", "party leaflets paid privately", who="RI")
N(RES, "Reminder to all members: council printers, email and offices can't be used for party work. We pay our own way, and so we should.", "states the rule", allowed=[RES])
N(RES, "The council's consultation on the Sandholme prom is live on the council portal. It's the council's survey, not a party one, so give your honest views whatever your politics.", "council consultation, not party")
N(RES, "Party AGM at the Plough in Scoulby, back room, £3 for soup. All welcome, bring a mawther or two, we need the numbers.", "party event at a pub")
N(RES, "The council's new logo is a rum 'un: looks like a dodman wearing a hat. Not a political point, just taste.", "mentions the council logo, no campaigning")
N(RES, "Took my council laptop in to IT for the security update. Five minutes, job done.", "council laptop used for council business")
N(RES, "Surgery at Sandholme library Saturday 10 to 12. Council business only, no party stuff. Bring your casework.", "keeps council and party apart")
N(RES, "Green Reed newsletter went out today. Written at my own kitchen table, printed on my own dime. Tell me what you think.", "party newsletter privately produced", who="GR")
N(RES, "Council officers ran a brilliant holiday activities day at the Pavilion. Cross-party support for that one.", "praises council service")
N(RES, "Booked Hobbleton village hall for our party meeting and paid the £20 hire like anyone else.", "pays for a venue", who="RI")
N(RES, "No council logos on campaign material, so ours carry the party imprint only: promoted by R. Howes on behalf of the Market & Marsh Progressives, Reedmarsh.", "correct imprint, no council branding", allowed=[RES], who="@RachelHowesMMP")
N(RES, "Reported fly-tipping on the council's online form at 8. Cleared by 3. Cracking.", "uses a council service as a resident")
N(RES, "Our party Christmas card is in the post, designed by my daughter, who's 12 and charges in biscuits.", "party card made at home", when=("2026-01-05", "2026-01-09"))
N(RES, "Question to cabinet: will they confirm that no staff time went into the Leader's 'Record of Delivery' booklet? Residents deserve to know.", "raises a concern about misuse", allowed=[RES], who="opp")
N(RES, "Phone banking tonight from the party office above the bakery. Bring your own mobile and a flask.", "party activity at party premises")
N(RES, "The members' room printer is broken AGAIN. Council papers piling up. Suffin's gotta give.", "council printer, council business")
N(RES, "Broads Alliance campaign launch at the Swan, Wherryford. Our own banner, our own PA, our own beer money.", "party event, own resources", who="BA")
N(RES, "Council comms have put out the flood grant press release. Cross-party, and it's on the council's page, not mine.", "council communication used properly")
N(RES, "Own phone for party stuff, council phone for casework. Learned that the hard way. Two phones, one pocket, what a puckaterry.", "keeps resources apart")

# ---------------------------------------------------------------- position.improper-advantage (review)
P(POS, "review", "As your councillor I can fast-track your planning application if you give me a ring first. No need to queue like everyone else. 📞", "offers to fast-track applications")
P(POS, "review", "Having bother getting your dropped kerb approved? Drop me a line. I know the right people and can get you bumped up the list.", "offers queue-jumping through the role")
P(POS, "review", "Need a builder? My son's firm, Gotts & Son, does the best extensions in Sandholme, and being on the council I'll make sure your plans go through smoothly.", "promotes a family firm and offers to smooth approvals", who="@SheilaGottsCllr")
P(POS, "review", "Planning officers listen to me, bor. If you want that barn conversion on the Levels done, I'm your man. Pint at the Swan and we'll talk.", "offers influence over planning")
P(POS, "review", "Had a word with licensing and your late licence will come through, Mick. That's what friends on the council are for 😉", "claims to have swung a licence for a friend")
P(POS, "review", "Any Scoulby farmers wanting their hedge grant through quicker, I sit on the panel. Mardle with me after church Sunday.", "offers favour through a grants panel seat")
P(POS, "review", "Struggling to get a council house? I've helped a few folk jump the list when they've helped me at election time. You know where I am.", "offers housing favours for electoral help")
P(POS, "review", "Marsh View Boat Hire are the only firm I'd trust, and as your councillor I'll make sure they get the new council moorings contract. They've been good to me.", "promises a contract to a favoured firm", allowed=[GIFT])
P(POS, "review", "Parking ticket on the Quay? Send me the reference and I'll have a word. It'll disappear. Perks of knowing your local councillor.", "offers to make a penalty disappear")
P(POS, "review", "Want a stall at the Sandholme summer market? Forget the waiting list, message me and I'll slot you in. Friends first.", "offers to bypass a waiting list")
P(POS, "review", "Building control being slow? I'll ring them as Cllr and they'll be round the same day. Don't tell everyone or they'll all want it 🤫", "uses the title to jump a queue")
P(POS, "review", "My nephew's just set up as an electrician in Reedmarsh. Council tenants, tell the repairs team you want him and I'll back you up.", "steers council work to a relative")
P(POS, "review", "Any developers reading: I'm the one you want onside in Sandholme. Happy to open doors at the council for the right investor.", "offers access for investors", allowed=[PRE])
P(POS, "review", "Grant applications close Friday, but I can get yours in late if you're one of mine, mawther. Just say the word.", "offers to bend a deadline for supporters")
P(POS, "review", "Tell the housing officer you're a friend of mine and you'll get seen quicker. I promise you that.", "offers preferential treatment")
P(POS, "review", "Landlords having bother with the HMO inspectors, I can make a few calls. I sit on the panel that looks at their budget, so they take my calls.", "uses position to lean on inspectors")
P(POS, "review", "Booking a wedding at Sandholme Pavilion? Mention my name and the council will knock the hire fee down. Looked after three couples already this year. 💍", "offers discounts through the role")
P(POS, "review", "My wife's cleaning business does the best job in the district, and I'll be telling the council to use her for the offices. Keep it in the family, eh?", "promotes a spouse's business for council work")
P(POS, "review", "Taxi licence renewal stuck? I'm on licensing. Message me and we'll sort suffin out, no forms needed.", "offers to bypass licensing process")
P(POS, "review", "Reedmarsh lads, if you need work I can put a word in with the contractors who do the council's jobs. They owe me one.", "trades on leverage over council contractors")

N(POS, "As your councillor I can't fast-track anybody's planning application, and nor should I. What I can do is explain the process and chase a reply if it's overdue.", "rejects fast-tracking", allowed=[POS])
N(POS, "Want help with a council housing application? Come to my surgery. I'll help with the form, same as anyone else, no queue-jumping.", "fair casework help")
N(POS, "Shop local! Ramm's on Reedmarsh market do the best sausages in Norfolk, and no, I'm not related.", "promotes an unconnected business", allowed=[POS])
N(POS, "Stalls at the Sandholme summer market: the waiting list opens 1 March on the council website. First come, first served.", "public process")
N(POS, "Chased building control for a resident whose sign-off was three months overdue. They've now set a date. That's casework, not favours.", "ordinary casework")
N(POS, "Parking ticket on the Quay? The appeal form's on the council website and you've got 28 days. I can't make it disappear, but I can explain how to appeal.", "explains process, refuses a favour")
N(POS, "Congratulations to Lowne's Boatyard on 100 years in Wherryford. What a business, bor. ⛵", "congratulates an unconnected business")
N(POS, "My son's started his own building firm. Proud dad. He won't be doing any council work while I'm on the council, before anyone asks.", "connected business kept apart", allowed=[POS], who="@CliveBidwell @RogerCubittCllr @OwenPeggMMP @JamalOseiMMP @TobyGrintGreen @DerekFrary")
N(POS, "The hedge grant panel meets in March. Applications are scored on the published criteria; any queries go to the officer, not me.", "fair process")
N(POS, "Small business rate relief: if you think you qualify, here's how to apply. Helped three firms in my ward check their eligibility this month.", "signposting")
N(POS, "Looking for a reliable local builder? Try the Trading Standards approved list. The council can't recommend individual firms and neither can I.", "declines to recommend a firm")
N(POS, "Any young folk after an apprenticeship, the council's jobs fair is Thursday at Sandholme Pavilion. Cracking employers there.", "public event")
N(POS, "Pint at the Swan on Friday? I'll be there, off duty, talking about nothing more important than whether Norwich go up.", "social post with no favour")
N(POS, "Grant deadline is FRIDAY 5pm and late applications can't be accepted, so get cracking, mawther.", "deadline reminder")
N(POS, "Glad the council's moorings contract went through open tender. Whoever won it, the boaters of Wherryford needed it sorted.", "fair procurement")
N(POS, "The council house waiting list is long and it's unfair on everyone. The answer is building more homes, not shortcuts for the lucky few.", "policy view")
N(POS, "Tell the housing officer everything and be honest about your situation. If you're not happy with the response, come and see me.", "casework advice")
N(POS, "Taxi drivers: the licence renewal backlog is being cleared. If yours is over eight weeks, email me and I'll ask licensing for an update.", "chasing a delay, not a favour")
N(POS, "Hats off to the Jolly Farmers in Scoulby for the quiz night that raised £600 for the air ambulance.", "praises a community fundraiser")
N(POS, "Wedding hire at the Pavilion goes up 10% next year. I argued against it. Couples shouldn't be priced out.", "policy view")

# ---------------------------------------------------------------- gifts.hospitality (advice / review)
P(GIFT, "advice", "Lovely dinner at the Reedmarsh Chamber of Trade awards last night, and a goodie bag with a bottle of Norfolk gin. Spoilt, bor! 🍸", "hospitality and a gift, no decision sought")
P(GIFT, "advice", "Tickets for Carrow Road on Saturday, courtesy of a local businessman who says he likes my style. Shan't say no! ⚽", "gift from an unnamed businessman, no decision stated")
P(GIFT, "advice", "Just been given a gorgeous watercolour of Wherryford staithe by a local artist for 'all my hard work'. Going above the fireplace.", "gift of a painting")
P(GIFT, "advice", "Round of golf and lunch at Hobbleton Golf Club, on the Round Table. Cracking day, that's a rum 'un for February. ⛳", "hospitality, no decision", when=("2026-02-02", "2026-02-27"))
P(GIFT, "advice", "Free year's pass to the new Sandholme spa, a thank-you from the owners. Hot tub here I come 🧖", "gift of a membership")
P(GIFT, "advice", "Someone left a hamper on my doorstep with a card: 'from a grateful constituent'. Norfolk ham, crab pâté and a bottle of suffin strong. Who are you?!", "anonymous gift")
P(GIFT, "review", "Thanks to Riverline Homes for a cracking lunch at the Wherry Inn while they talked me through their Pipers Boatyard plans. Proper hosts.", "hospitality from a pending applicant")
P(GIFT, "review", "Great to be shown round Eastlight Solar's site in Suffolk yesterday, and they put us up at a lovely country hotel. Lots to think about for Thurnby.", "hospitality from a pending applicant")
P(GIFT, "review", "Golden Sands Amusements gave every member of the planning committee a bag of tokens and a stick of rock at their open day. Good fun! 🎰", "gifts from a pending applicant to decision makers")
P(GIFT, "review", "Tidal Events have kindly given me VIP passes to this year's Sundowner, hospitality tent and all. Can't wait 🎶", "gift from a pending licence applicant")
P(GIFT, "review", "The lads at Broadland Breaks sent over a case of wine after I met them about Gull Point. Very generous.", "gift from a pending applicant")
P(GIFT, "review", "New Year hamper from Coastway Highways, the council's road contractor. Norfolk turkey and all. Happy New Year to me!", "gift from a council contractor", when=("2026-01-05", "2026-01-09"))
P(GIFT, "review", "Fairland Homes took me and the Scoulby parish councillors out to dinner at the Crown to talk about their plans. Best steak I've had in years.", "hospitality from a pending applicant")
P(GIFT, "review", "Landlord of the Jolly Wherryman says my drinks are on the house till his licence hearing's done. Cheers Mick 🍺", "hospitality from a licensee with a pending variation", allowed=[PRE])
P(GIFT, "review", "Weekend on the Maltings Quarter boss's yacht. Talked a bit of business, drank a bit of rum. What a life! ⛵", "hospitality from a pending applicant")
P(GIFT, "review", "Bidders for the leisure contract laid on a lovely tour of their Cambridge centre, lunch included. Still making my mind up! 😄", "hospitality from bidders for a council contract")
P(GIFT, "review", "The council's waste contractor gave me a smart new e-bike for my 'commitment to recycling' 🚲", "gift from a council contractor")
P(GIFT, "review", "Sandholme Cabs are giving me free rides for the year since I helped them with their licences. Never paying for a cab again!", "gift from a licensed firm helped by the councillor", allowed=[POS])
P(GIFT, "review", "Lovely flowers and a box of chocolates from the Feathers Bar owners ahead of their licence review. Very thoughtful of them. 💐", "gift from a licensee under review")
P(GIFT, "review", "Off to Cheltenham next week with the firm bidding for the Sandholme prom works. Box, champagne, the lot 🏇", "hospitality from a bidder", when=("2026-03-02", "2026-03-06"))

N(GIFT, "Cup of tea and a slice of Norfolk shortcake at the Hobbleton WI. Thank you, ladies!", "trivial hospitality from a community group", allowed=[GIFT])
N(GIFT, "Riverline Homes offered me lunch to talk about their Pipers Boatyard plans. I declined: I'm on planning and I'll hear them at committee like everyone else.", "refuses hospitality from an applicant", allowed=[GIFT])
N(GIFT, "Reminder to fellow councillors: gifts and hospitality worth £100 or more go on the register within 28 days. Mine's up to date.", "registration reminder", allowed=[GIFT])
N(GIFT, "A resident gave me a jar of her marmalade for sorting her bins. Neighbourly, under a fiver, and very nice on toast 😄", "token gift", allowed=[GIFT])
N(GIFT, "Tidal Events offered VIP passes to the Sundowner. Returned them with thanks: the licence is before committee and it wouldn't be right.", "returns a gift", allowed=[GIFT])
N(GIFT, "Bought my own ticket for the Chamber of Trade dinner (£45, ouch). Great night celebrating Reedmarsh businesses.", "pays own way")
N(GIFT, "The hamper from a contractor went straight to the Sandholme food bank and it's on my register. Glad someone enjoyed the ham.", "gift passed on and registered", allowed=[GIFT], when=("2026-01-05", "2026-01-16"))
N(GIFT, "Thank you to the Wherryford regatta volunteers for feeding the five thousand on Saturday. Hats off to you all!", "thanks volunteers")
N(GIFT, "Planning site visit to Thurnby in the council minibus. Brought my own sandwiches, bor. Crab, obviously. 🦀", "no hospitality")
N(GIFT, "Declined the golf day invitation from one of the leisure contract bidders. Nice try, though.", "declines hospitality", allowed=[GIFT])
N(GIFT, "Norwich at home Saturday. Paid for my season ticket like every other mug. On the ball, City!", "pays own way")
N(GIFT, "Presented the prizes at Scoulby primary's art show and they gave me a painting of a dodman. Best gift ever. It's on my fridge.", "child's picture", allowed=[GIFT])
N(GIFT, "The gifts register is online for anyone to see. Mine: one bottle of wine won in a Christmas raffle, declared anyway.", "transparency", allowed=[GIFT])
N(GIFT, "Went to the Sundowner last year on a ticket I paid for. Loud, muddy, brilliant.", "paid ticket")
N(GIFT, "A free lunch from a developer is never free. That's why I won't take one.", "states a principle", allowed=[GIFT])
N(GIFT, "The Feathers Bar owners sent flowers to the office. I've sent them back with a polite note; their licence review's coming up.", "returns a gift", allowed=[GIFT])
N(GIFT, "Thanks to the Round Table for the charity golf day. Couldn't make it, but they raised £3,200 for the lifeboat.", "thanks a charity")
N(GIFT, "Tea and biscuits with the residents of Gull Lane sheltered housing. Mardled for two hours and ate far too many custard creams.", "ordinary visit")
N(GIFT, "A taxi driver I'd helped offered me a free ride. Paid the fare anyway, £8.40 and a tip. Cheers Darren.", "refuses a favour")
N(GIFT, "Anyone know where to get a good Norfolk turkey for Easter? Not asking for freebies, asking for a butcher 😂", "asks for a recommendation")

# ---------------------------------------------------------------- capacity.council-voice (review)
P(CAP, "review", "The council believes Sandholme should have a casino, and I'm proud to say it. Bring the visitors back, bor.", "a personal view presented as the council's", who="notcab")
P(CAP, "review", "Reedmarsh District Council is 100% behind the campaign to save the Catsholme ferry. Sign the petition at the Swan!", "council support claimed from a personal account", who="@derek_eels")
P(CAP, "review", "On behalf of Reedmarsh District Council: second homes are ruining the Broads villages and we want them taxed till the pips squeak.", "speaks on behalf of the council", who="notcab")
P(CAP, "review", "Official council position: no wind turbines off Sandholme. Full stop.", "personal view as official position", who="notcab")
P(CAP, "review", "Speaking for the council, we back the Green Reed Broads Rewilding Charter all the way 🌿", "party policy as council support", who="GR")
P(CAP, "review", "The council's view is that the county devolution deal is squit. I've told the minister as much.", "personal view as the council's", who="notcab")
P(CAP, "review", "Reedmarsh council fully supports the farmers' tractor protest at County Hall on Friday. See you there, bor 🚜", "claims council support for a protest", who="notcab")
P(CAP, "review", "Message from Reedmarsh District Council: we stand with the striking bus drivers. ✊", "council voice for a personal/party stance", who="MMP")
P(CAP, "review", "The council won't be working with the water company on anything until they stop dumping sewage in the Wenn. That's official, from me.", "declares an official council stance personally", who="notcab")
P(CAP, "review", "Council's fully behind the lads on the Levels who want the drainage board scrapped. That's the official line.", "official line claimed from a personal account", who="@dawn_scoulby_collies")
P(CAP, "review", "Reedmarsh District Council formally endorses the Market & Marsh Progressives' fair rents pledge.", "party pledge presented as council endorsement", who="MMP notcab")
P(CAP, "review", "The district council condemns the government's farm tax. We're with our farmers. #NoFarmersNoFood", "council voice claimed", who="notcab")
P(CAP, "review", "We at Reedmarsh District Council don't want the cable corridor through our marshes, and the council will fight it in every court in the land.", "speaks as the council", who="notcab")
P(CAP, "review", "The council wants Caroline Juby MP off the fence on dualling the A-road to Sandholme. Official.", "council position asserted personally", who="notcab")
P(CAP, "review", "Reedmarsh Council says: the pier should be bought back for the town. You heard it here first.", "personal idea as the council's", who="notcab")
P(CAP, "review", "Just to be clear, the council's stance is that the Broads Authority should be abolished and its planning powers handed to us.", "personal stance as council's", who="notcab")
P(CAP, "review", "Press statement from the council (well, from me, but same thing): we're against closing Reedmarsh police station.", "personal statement as council statement", who="notcab")
P(CAP, "review", "The council is proud to back the Reedmarsh Independents' campaign for free parking on market day.", "party campaign as council backing", who="RI")
P(CAP, "review", "This council believes every holiday let should pay double council tax. Been saying it for years, and now it's our position.", "personal view as council position", who="notcab opp")
P(CAP, "review", "On behalf of the council, happy to confirm we'll have a float in the Sandholme carnival this summer. Dust off your sequins! 🎉", "commits the council without authority", who="notcab")

N(CAP, "My personal view, not the council's: Sandholme should have a casino. Let's have the debate.", "clearly personal", allowed=[CAP])
N(CAP, "Reedmarsh District Council has published its budget proposals. Consultation closes 2 Feb. Details on the council website.", "reports a council fact", allowed=[CAP], when=("2026-01-05", "2026-01-30"))
N(CAP, "I'm 100% behind the campaign to save the Catsholme ferry. Sign the petition at the Swan, bor.", "personal support only", who="@derek_eels")
N(CAP, "Full council voted last night to oppose the cable corridor through the marshes, 11 votes to 5. So that is now the council's position, and rightly so.", "reports a resolution accurately", allowed=[CAP], when=("2026-02-26", "2026-02-26"))
N(CAP, "Speaking for the Green Reed group: we back the Broads Rewilding Charter all the way 🌿", "speaks for the party, not the council", who="GR")
N(CAP, "As a Progressives councillor I stand with the striking bus drivers. Not speaking for the council, just for me and my party.", "clearly personal/party", who="MMP")
N(CAP, "'The council believes in value for money', says the Leader. Funny way of showing it with a £90k prom sign.", "quotes the Leader to criticise", who="opp")
N(CAP, "Party view: second homes are hollowing out the Broads villages. We'd tax them harder if we ran the council.", "party view as such", who="opp")
N(CAP, "I think the county devolution deal is squit. My view, not an official council one. But I'll argue for it to become one.", "clearly personal")
N(CAP, "The council's official statement on the Sandholme flooding is on its website. Please share that rather than my ramblings.", "points to the council's own statement")
N(CAP, "Farmers' tractor protest at County Hall on Friday. I'll be there in a personal capacity. See you, bor 🚜", "personal capacity stated")
N(CAP, "Cabinet agreed the new enforcement policy on Wednesday. It's now council policy whether I like it or not (I don't).", "reports a decision accurately", allowed=[CAP], who="opp", when=("2026-03-05", "2026-03-06"))
N(CAP, "Nobody speaks for Reedmarsh council except the council. Councillors speak for themselves. Worth remembering this election season.", "states the principle", allowed=[CAP])
N(CAP, "Reedmarsh Independents are campaigning for free parking on market day. Sign up at our stall.", "party campaign as party", who="RI")
N(CAP, "I'd like the council to formally back the fair rents pledge, so I'll be bringing a motion to March full council.", "seeks a council position through the proper route", who="MMP")
N(CAP, "The water company should stop dumping sewage in the Wenn. I'll be writing to them as ward councillor.", "speaks as a ward councillor")
N(CAP, "The council's carnival float was agreed by cabinet, cross-party, and it's in the budget. Proud of it.", "reports an agreed decision", allowed=[CAP])
N(CAP, "What does the council think about the pier? Honestly, nobody's asked it yet. Come to the consultation on the 12th and have your say.", "no council voice claimed")
N(CAP, "The council's logo on the new bins is on the huh, tilted a good ten degrees. Someone had a long lunch.", "mentions the council, claims no position")
N(CAP, "Personally I think the Broads Authority should hand planning back to us. Group view too. Not the council's. Yet.", "clearly personal/group")

# ---------------------------------------------------------------- confidentiality.insider-advantage (review)
P(INS, "review", "Word to the wise: if you've been thinking of buying a beach hut at Sandholme, do it before March. Can't say why, but you'll thank me.", "tips off buyers ahead of a council change")
P(INS, "review", "Heads up, Wherryford boat owners: get your mooring renewals in this week, before the new charges are announced. You didn't hear it from me.", "advance tip on unannounced charges")
P(INS, "review", "Tip-off for anyone with land on the Thurnby Levels: hold on to it. There's suffin big coming through the council in the spring.", "hints at undisclosed council plans for gain")
P(INS, "review", "If I had a spare £200k I'd be buying round the back of the market place right now. Just saying. 😉", "hints at property advantage")
P(INS, "review", "Little birdie tells me Sandholme car parks are going free for residents this summer. Don't bother buying a season ticket, bor.", "leaks an unannounced decision to save people money")
P(INS, "review", "Traders on the market: don't sign the new lease yet. Wait for the rent review next month. I've seen the numbers.", "advantage from unpublished figures", allowed=[DIS])
P(INS, "review", "A friend asked if she should sell her bungalow on Cliff Road. Told her hang on: what I've heard in cabinet briefings says prices are going up. 🏠", "uses briefing knowledge to advise a friend", who="BA")
P(INS, "review", "Buy now before the council announces the new Reedmarsh bypass route. Fields either side will be worth a fortune.", "buy before it's announced")
P(INS, "review", "Any builders out there: the council's about to put out a big repairs contract. Get your paperwork ready now and you'll be ahead of the rest.", "advance notice to favoured bidders")
P(INS, "review", "Mate of mine's been asking about the old bus depot. Told him to get an offer in before the council lists it. He'll thank me later.", "tips a friend before a sale")
P(INS, "review", "Heads up to the Sandholme hoteliers: the tourism levy's coming, not for a while yet. Put your prices up now before anyone asks questions.", "advance warning for commercial gain")
P(INS, "review", "Don't sell your shares in Sandholme Pier Co just yet, that's all I'll say. Council's got plans. 🤐", "share tip from council knowledge")
P(INS, "review", "Applying for the new hedge grants? Get in quick. I know the pot's a lot smaller than they'll let on.", "unpublished budget knowledge for advantage")
P(INS, "review", "Anyone with a holiday let in Hobbleton: register it as a business before April. I've seen what's coming in the second homes paper.", "advice from an unpublished paper")
P(INS, "review", "Fishing lads, get your beach licence renewed now at the old rate. The price is doubling and it's not been announced yet.", "tip before an announcement")
P(INS, "review", "Told my brother to get his planning in for the barn before the new Local Plan policies come out. Window's closing, bor.", "advantage for a relative from unpublished policy")
P(INS, "review", "Tip for the bidders: the scoring on the bins contract gives extra weight to electric lorries. Worth knowing, eh?", "procurement knowledge shared for advantage")
P(INS, "review", "Psst, the council's buying the old Cooper's garage on Mill Loke. Whoever owns the bit next door, don't take the first offer.", "tip from a confidential acquisition", allowed=[DIS])
P(INS, "review", "Little birdie at County Hall says Wherryford school is closing. Anyone buying a house for the catchment, look elsewhere.", "unannounced information shared for advantage")
P(INS, "review", "Heads up: flood defence money for Sandholme Cliffs is being pulled. If you've a clifftop house, now's the time to sell, before the news gets out.", "sell before the news")

N(INS, "Word to the wise: beach hut applications for 2026 open 1 March on the council website. Get in quick, they always go.", "public information")
N(INS, "Heads up, Wherryford boaters: the new mooring charges were published today. Here's the table and what it means for you.", "published charges")
N(INS, "Tip-off from a resident: someone's been fly-tipping on Marsh Drove at night. Reported to the council and the police.", "a tip-off received and reported")
N(INS, "Little birdie (a bishy barnabee, actually) landed on my notes at Scoulby surgery today. Spring's coming, bor 🐞", "literal little birdie")
N(INS, "The council's announced free parking for residents at Sandholme this summer. Here's how to get your permit.", "announced scheme")
N(INS, "Thinking of buying near the Maltings? Read the planning documents first. All public, all on the portal.", "points to public documents")
N(INS, "The draft Local Plan is out for consultation. If you own land that might be allocated, the maps are all public, so have a look.", "public consultation")
N(INS, "Heads up: the council's big repairs contract is out to tender on Contracts Finder. Local firms, go for it.", "public tender")
N(INS, "Flood defence funding for Sandholme Cliffs confirmed by the Environment Agency this morning: £3.1m. Good news for the cliff.", "announced funding")
N(INS, "Don't sell your Pier Co shares on a rumour. Wait for facts. Financial advice from me? Never. I can barely manage my own.", "declines to give tips")
N(INS, "Tip for anyone applying for the hedge grant: read the guidance notes. Applications that follow them score higher. It's all published.", "published guidance")
N(INS, "The tourism levy is going out to consultation in spring, announced at cabinet last night. Hoteliers, have your say.", "announced consultation", when=("2026-03-05", "2026-03-05"))
N(INS, "Hot tip: Reedmarsh market Thursday, Pegg's pies. Not a relative of any councillor, honest. 🥧", "food tip", who="!@OwenPeggMMP")
N(INS, "I can't tell anyone about council decisions before they're public, so please stop asking me about the bus depot. When it's public, you'll know.", "refuses to tip off", allowed=[INS])
N(INS, "The Wherryford school rumours are squit. County have confirmed no plans to close it. Don't panic-sell, don't panic-buy.", "dispels a rumour with published facts")
N(INS, "Beach fishing licences go up in April. It's in the fees and charges agreed at full council, so renew early if you want the old rate.", "published fees", allowed=[INS], when=("2026-02-26", "2026-03-27"))
N(INS, "Marsh harrier quartering the Levels at first light. Best tip I can give anyone: get out there early.", "wildlife")
N(INS, "The bins contract bidders' briefing is open to all and the scoring criteria are published. No secrets, as it should be.", "open procurement")
N(INS, "The second homes paper goes to cabinet in March and will be public a week before. I'll share the link the minute it's up.", "waits for publication")
N(INS, "Rumour mill says the bypass route's decided. It isn't: the consultation hasn't even closed. Ignore the squit.", "corrects a rumour")

# ---------------------------------------------------------------- predetermination.closed-mind (block with register match / review)
P(PRE, "block", "The Pipers Boatyard flats will never get past me. 24 boxes on our staithe? I'll be voting against, whatever the officers say.", "settled view against a pending application (site)")
P(PRE, "block", "Swanton Lane: 120 houses on Scoulby's best field. My mind's made up. This must be refused, and it will be.", "settled view against a pending application (site)")
P(PRE, "block", "RDC/26/0045/FUL: more slot machines on the pier. Not while I'm on planning, bor. Dead in the water.", "settled view against a pending application (reference)")
P(PRE, "block", "Eastlight Solar can forget it. The Levels are grazing marsh, not a panel farm. I'll vote it down and I don't care what their consultants say.", "settled view against a pending application (applicant)")
P(PRE, "block", "Cheers to Tidal Events! The Sundowner is just what Sandholme needs and I'll be backing the licence all the way. Sorted 🎉", "settled view for a pending licence (site, applicant)")
P(PRE, "block", "The Feathers Bar should lose its licence, full stop. I've heard enough. Whatever's said at the review, my vote's going one way.", "settled view on a pending licence review")
P(PRE, "block", "The Old Maltings scheme is brilliant and I'll be voting for it. Objectors can mardle all they like, it's a done deal as far as I'm concerned.", "settled view for a pending application")
P(PRE, "block", "Gull Point caravans: 60 more statics on a crumbling cliff? No chance. That application's getting refused.", "settled view against a pending application")
P(PRE, "block", "Wherryford Windpump as a holiday let: I've made up my mind. Great use for an old mill and it'll have my vote. 🌬️", "settled view for a pending listed building consent")
P(PRE, "block", "The Jolly Wherryman wants music till 1am. Not a hope. I'll be voting to refuse the variation, and so will anyone with any sense.", "settled view against a pending licence variation")
P(PRE, "block", "Broadland Breaks have my full backing. Whatever the cliff folk say, those caravans are going through.", "settled view for a pending application (applicant)")
P(PRE, "block", "Riverline Homes are the best thing to happen to Wherryford in years. Their flats get a big yes from me, no question.", "settled view for a pending application (applicant)")
P(PRE, "block", "Fairland Homes' Scoulby estate: I won't be listening to another word from their consultants. It's a no.", "closed mind on a pending application (applicant)")
P(PRE, "review", "That new application for a phone mast behind Scoulby chapel will be refused. I've told the village already: over my dead body.", "settled view on an application not on the register")
P(PRE, "review", "The taxi driver caught speeding on the Sandholme front will lose his licence when it comes to us. No need for a hearing, I'll vote to revoke.", "settled view on a licence review not on the register")
P(PRE, "review", "The Hobbleton bungalow appeal should be thrown out and I'll be telling the Inspector so. No compromise, no way.", "settled view on an appeal")
P(PRE, "review", "The street trading consent for the burger van on Reedmarsh market place is getting a no from me at licensing. Made my mind up.", "settled view on a street trading consent")
P(PRE, "review", "Whatever the officers recommend on the Eastmere barn conversion when it comes in, I'm voting against. 🚫", "closed mind on a coming application")
P(PRE, "review", "Anyone thinking of putting flats above the old Woolies in Reedmarsh can save the fee. It'll never be approved on my watch.", "settled view on a future application")
P(PRE, "review", "That tattoo parlour licence on Beach Road? Yes from me, sign it off today. Sandholme needs the footfall.", "settled view for a licence not on the register")

N(PRE, "I have concerns about the Pipers Boatyard flats: height, parking, flooding. I'll listen to the evidence at committee before I decide.", "predisposition with an open mind")
N(PRE, "Swanton Lane: lots of you have been in touch. I'm not on planning, so as ward member I'm free to object, and I have. My letter's on the portal.", "ward member not on the committee objecting", allowed=[PRE], who="@DawnLoades")
N(PRE, "My mind's made up on one thing: the Broads need more affordable homes. How that applies to any application is for the committee, on the evidence.", "policy predisposition")
N(PRE, "The Gull Point caravan application comes to committee in June. Residents can speak for three minutes; here's how to register.", "process information")
N(PRE, "I will never vote for a budget that cuts the lifeboat grant. Never.", "budget, not quasi-judicial")
N(PRE, "Refused! Planning committee turned down the Beck Farm barns last night after a long debate. Decision notice to follow.", "reports a decision already taken", when=("2026-02-12", "2026-02-12"))
N(PRE, "The Sundowner licence hearing is in April. I've questions about noise and traffic on Front Meadow and I'll be asking them. Open mind, open ears. 👂", "open mind on a pending licence")
N(PRE, "Not keen on more amusements in principle, but the pier application will be judged on its merits and I'll read every word of the report first.", "predisposition, open mind", allowed=[PRE])
N(PRE, "Is the solar farm on Marsh Drove 'dead in the water'? No. The application is live and nobody has decided anything. Don't believe the squit.", "corrects a rumour")
N(PRE, "As ward member for Wherryford (I'm not on licensing) I've sent in an objection to the Jolly Wherryman variation on behalf of residents on Ferry Lane.", "ward member not on the committee objecting", allowed=[PRE], who="@KerryBrundle")
N(PRE, "The Local Plan must NOT allocate the Scoulby meadows. I've made my mind up on that and I'll vote accordingly at full council.", "plan-making, not quasi-judicial", allowed=[PRE])
N(PRE, "I'm predisposed to support affordable housing and I won't pretend otherwise. But I'll listen to the evidence on the Maltings and decide on the night.", "declared predisposition, open mind")
N(PRE, "Second homes council tax premium: I'll vote for it. Never been more sure of anything.", "policy view")
N(PRE, "Feathers Bar review: I sit on the licensing sub-committee so I can't comment on the merits. Anyone with evidence, send it to the licensing team by the deadline.", "refuses to comment")
N(PRE, "Dead in the water: my hopes of a dry week for the Thurnby drainage works. Rain again, bor. 🌧️", "idiom about weather")
N(PRE, "The ferry subsidy cut must be reversed by the county. I'll never accept it.", "not a council quasi-judicial matter")
N(PRE, "I'll vote against the car park charges at full council. Made my mind up months ago and said so in my manifesto.", "budget decision", when=("2026-01-05", "2026-02-24"))
N(PRE, "The windpump application has had 40 letters of support and 12 objections. Officers are still assessing it. Decision due in May.", "neutral update")
N(PRE, "Our party supports renewable energy. That's policy. Each application is decided on its merits, and our planning members keep an open mind.", "party policy, open mind")
N(PRE, "I have serious concerns about the Swanton Lane homes and I'll say so at committee, but I'll hear Fairland Homes and the residents out before I vote.", "strong predisposition, open mind")

# ---------------------------------------------------------------- interests.declared-interest (review)
P(INT, "review", "Good to see the council's river dredging contract out to tender. Kerrison Boatyard has the plant and the know-how, we'll be bidding, and I'll be pushing for a local firm at cabinet.", "holder pushes his firm on a council contract", allowed=[POS], interest="Kerrison Boatyard Ltd", who="@TerryKerrison")
P(INT, "review", "Boatyards like ours have been crying out for the council to repair the Wherryford public slipway. I'll be making the case at the budget meeting.", "holder speaks for his business on a budget line without naming it", interest="Kerrison Boatyard Ltd", who="@TerryKerrison", when=("2026-01-05", "2026-02-24"))
P(INT, "review", "The council's grazing licences on the Thurnby marshes are up for renewal. The Thurnby Levels Graziers' Association wants a ten-year term and I'll be backing that all the way.", "holder backs his association on council licences", interest="Thurnby Levels Graziers' Association", who="@TobyGrintGreen")
P(INT, "review", "Our lookers on the Levels can't carry another rent rise on the council grazing. I'll be voting against the new rates, bor.", "holder speaks for 'our lookers' on council rents", interest="Thurnby Levels Graziers' Association", who="@TobyGrintGreen")
P(INT, "review", "Sandholme Pleasure Beach deserves a fair deal in the council's seafront lease review, and I'll make sure it gets one.", "shareholder on a council lease review", interest="Sandholme Pleasure Beach Ltd", who="@BarryYoungsBA")
P(INT, "review", "I know from the inside that the seafront rides can't take the beach concession fees the council's proposing. I'll argue to drop them.", "holder speaks from the inside on council fees", allowed=[POS], interest="Sandholme Pleasure Beach Ltd", who="@BarryYoungsBA")
P(INT, "review", "Reedmarsh Market Traders' Association is asking the council to freeze pitch fees. I'll be backing them all the way at full council. 💪", "chair backs his association on council fees", interest="Reedmarsh Market Traders' Association", who="@OwenPeggMMP")
P(INT, "review", "Us traders have been on at the council about the market place toilets for years. I'll be pushing hard for the money in the capital budget.", "holder speaks for 'us traders' on a budget item", interest="Reedmarsh Market Traders' Association", who="@OwenPeggMMP")
P(INT, "review", "The council's consultation on the Wherryford staithe moorings lease is open. Wherryford Sailing Club needs that lease renewed on the old terms and I'll be making the case.", "commodore on a council lease to her club", interest="Wherryford Sailing Club", who="@KerryBrundle")
P(INT, "review", "Our juniors need the council's sports grant more than anyone. I'll be speaking up for them when the grants panel meets. ⛵", "holder speaks for 'our juniors' on a council grant", interest="Wherryford Sailing Club", who="@KerryBrundle")
P(INT, "review", "The council's landlord licensing scheme is a sledgehammer. Agents like Broadsway Lettings will be hit hardest, and I'll be voting it down at cabinet.", "partner in a letting agency on a council scheme", interest="Broadsway Lettings", who="@CliveBidwell")
P(INT, "review", "Speaking as someone who manages a fair few lets in Reedmarsh, the council's proposed HMO fees are too high. I'll be pushing for a cut.", "holder speaks for his business without naming it", interest="Broadsway Lettings", who="@CliveBidwell")
P(INT, "review", "Hobbleton Village Hall Trust has applied to the council's community buildings fund for a new roof. I'll make sure the panel knows how badly we need it.", "trustee pushes her trust's council grant bid", interest="Hobbleton Village Hall Trust", who="@MoBlowersInd")
P(INT, "review", "Our hall has been asking the council for a fair rent on the playing field for years. Time it was sorted. I'll raise it at the asset review.", "holder speaks for 'our hall' on a council asset", interest="Hobbleton Village Hall Trust", who="@MoBlowersInd")
P(INT, "review", "Eastmere Community Land Trust has bid to the council's rural housing fund: twelve affordable homes for local families. I'll be backing it to the hilt. 🏡", "board member backs her CLT's council bid", interest="Eastmere Community Land Trust", who="@FreyaLarkGreen")
P(INT, "review", "CLTs like ours should get first refusal on council land in the villages. I'll be pushing the asset transfer policy that way.", "holder speaks for 'CLTs like ours' on council policy", interest="Eastmere Community Land Trust", who="@FreyaLarkGreen")
P(INT, "review", "Sandholme Coastal Credit Union would be the perfect partner for the council's hardship loans scheme. I'll be urging cabinet to pick us.", "director urges council to pick his credit union", allowed=[POS], interest="Sandholme Coastal Credit Union", who="@JamalOseiMMP")
P(INT, "review", "Credit unions like ours could run the council's staff savings scheme far cheaper than a bank. I'll be making that case.", "holder speaks for 'credit unions like ours'", interest="Sandholme Coastal Credit Union", who="@JamalOseiMMP")
P(INT, "review", "The draft Local Plan should allocate the land behind Scoulby Farm for housing. Scoulby Farm Partnership is ready to bring it forward.", "partner promotes her farm's land in the Local Plan", allowed=[POS], interest="Scoulby Farm Partnership", who="@AgnesTuckInd")
P(INT, "review", "The council's hedge and ditch grants are a lifeline for farms like ours in Scoulby. I'll be voting to keep every penny of the budget.", "holder speaks for 'farms like ours' on a council budget", interest="Scoulby Farm Partnership", who="@AgnesTuckInd")

N(INT, "The council's river dredging contract is out to tender. Local firms should bid: good to see the work stay in the Broads.", "same matter from a non-holder", who="!@TerryKerrison")
N(INT, "Kerrison Boatyard is 60 this month. Dad would've been proud. Cake and a pint at the yard on Saturday.", "holder on his business, no council matter", who="@TerryKerrison")
N(INT, "Dredging contract at cabinet next week: I have a registered interest (Kerrison Boatyard), so I'll be declaring it and leaving the room.", "holder declares and steps back", allowed=[INT], who="@TerryKerrison")
N(INT, "Lambing's started on the Levels. The Graziers' Association lads are out day and night. Hats off, bor. 🐑", "holder on his body, no council matter", who="@TobyGrintGreen")
N(INT, "Council grazing licences on the Thurnby marshes are up for renewal. Graziers, the consultation closes 20 March.", "same matter from a non-holder", who="!@TobyGrintGreen", when=("2026-01-05", "2026-03-19"))
N(INT, "Seafront lease review at cabinet last night. I declared my interest in Sandholme Pleasure Beach and left the room for that item, as I always do.", "holder declares and steps back", allowed=[INT], who="@BarryYoungsBA", when=("2026-01-22", "2026-01-22"))
N(INT, "Market Traders' New Year do was a rum 'un. Raffle, squit and sausage rolls. Happy New Year, all.", "holder on his body, no council matter", who="@OwenPeggMMP", when=("2026-01-05", "2026-01-16"))
N(INT, "Market pitch fees should be frozen. Traders are struggling and the market's the heart of Reedmarsh.", "same matter from a non-holder", who="!@OwenPeggMMP")
N(INT, "Wherryford Sailing Club frostbite series starts Sunday. Bring your thermals and a flask. 🥶", "holder on her club, no council matter", who="@KerryBrundle")
N(INT, "I've asked the Monitoring Officer whether my role at Wherryford Sailing Club means I should sit out the moorings lease item. I'll follow the advice, whatever it is.", "holder asks the Monitoring Officer", allowed=[INT], who="@KerryBrundle")
N(INT, "The landlord licensing consultation closes Friday. Tenants and landlords alike, make your views known.", "same matter from a non-holder", who="!@CliveBidwell")
N(INT, "I've a registered interest in Broadsway Lettings, so I won't take any part in the landlord licensing decision. Cabinet colleagues will take it.", "holder declares and steps back", allowed=[INT], who="@CliveBidwell")
N(INT, "Hobbleton Village Hall quiz night Friday, raising funds for the new roof. Teams of six, £2 a head.", "holder on her hall, fundraising only", who="@MoBlowersInd")
N(INT, "The community buildings fund is open again. Village halls, get your bids in by 27 Feb.", "same matter from a non-holder", who="!@MoBlowersInd", when=("2026-01-05", "2026-02-20"))
N(INT, "Eastmere CLT's bid to the rural housing fund comes to the grants panel on Tuesday. I'm on the CLT board, so I've declared and I won't be anywhere near the decision.", "holder declares and steps back", allowed=[INT], who="@FreyaLarkGreen")
N(INT, "Our credit union's new counter opens in Sandholme library Friday. Save a little, borrow fair.", "holder on his body, no council decision", who="@JamalOseiMMP")
N(INT, "The council's hardship loans scheme needs a partner that won't charge the earth. A credit union would be ideal.", "same matter from a non-holder", who="!@JamalOseiMMP")
N(INT, "Sugar beet campaign done at Scoulby Farm. Muddy old season, bor. Fare ye well to the last lorry. 🚜", "holder on her farm, no council matter", who="@AgnesTuckInd")
N(INT, "Local Plan: I've told the Monitoring Officer that my family farm at Scoulby has land put forward, and I'll take no part in the debate on allocations.", "holder declares and steps back", allowed=[INT], who="@AgnesTuckInd")
N(INT, "Hedge and ditch grants are a lifeline for Broads farms. I'll vote to keep the budget whole.", "same matter from a non-holder", who="!@AgnesTuckInd")

# ---------------------------------------------------------------- data-protection.personal-data (review / block)
P(DP, "review", "Congratulations to Ivy Cushion of 14 Beck Lane, Scoulby St Andrew, NR97 4QX, who turns 100 on Saturday! 🎂", "private name with address and postcode")
P(DP, "review", "Popped in to see Ron and Betty Harrison at 3 Staithe Cottages, Wherryford, about their damp. The council's sending someone round Monday.", "private names with address")
P(DP, "review", "Thanks to Lee Warnes at 22 Cliff Road, Sandholme, for letting us keep the litter-pick kit on his drive. Legend, bor.", "private name with address")
P(DP, "review", "Found a black lab? He belongs to Sandra Bloom, 7 Mill Loke, Hobbleton, NR97 2LP. Please take him home!", "private name with address and postcode")
P(DP, "block", "Resident Jackie Thrower's council tax account 40018832 has been wrongly billed three years running. Sort it out, Reedmarsh!", "name with an account number")
P(DP, "block", "Mrs Pointer on Beck Lane has dementia and keeps wandering down to the staithe at night. Neighbours, please keep an eye out.", "health data about an identifiable resident")
P(DP, "block", "The family above the chip shop on Marine Parade are refugees from Syria. Lovely people, please make them welcome.", "immigration/ethnicity of a family identifiable from context")
P(DP, "block", "Lost: brown spaniel, answers to Nelson. Owner Pam Goodings, 07700 900417. Please ring her, she's beside herself.", "private individual's mobile number", also=[SEC])
P(DP, "block", "Van reg AK19 RMX fly-tipping on Marsh Drove again. We know who you are.", "vehicle registration", allowed=[DEF, BUL])
P(DP, "block", "Case ref HOU/2026/00417: Mr D. Lacey has been waiting 14 months for a repair. Unacceptable, housing team.", "case reference with a name")
P(DP, "block", "Happy 18th to Mia Sutton from Reedmarsh, born 2 Feb 2008 and now old enough to vote! 🎉", "date of birth of a named young person", when=("2026-02-02", "2026-02-06"))
P(DP, "block", "The lad who's been in rehab, Jordan from the flats by the bus station, is back on the Sandholme front dealing again. Police, please act.", "health and alleged crime about an identifiable person", allowed=[DEF])
P(DP, "block", "The new barmaid at the Swan in Wherryford is expecting! Everyone's thrilled for her. 👶", "pregnancy of a person identifiable from context")
P(DP, "block", "The Polish family at 9 Ferry Lane have been reported to the council for overcrowding. Housing, get round there.", "nationality and address of a family", allowed=[EQ])
P(DP, "block", "Worried about young Callum, 14, from the Abbey estate, who's been excluded from Reedmarsh High again. His mum's at her wits' end.", "a child's school exclusion")
P(DP, "block", "Darren in the council's revenues team was signed off with stress last month and the backlog's through the roof.", "health of a named member of staff")
P(DP, "block", "Forwarding this from Mandy Gaze (mandy.gaze@example.com) about the potholes on Mill Loke. Highways, reply to her direct please.", "private email address")
P(DP, "block", "The Muslim family who've bought the old post office in Hobbleton have asked about a prayer room at the village hall. Lovely to see.", "religion of a family identifiable from context")
P(DP, "block", "Had a chat with the lifeguard at Sandholme North who's just come out as gay. Brave lad, and the whole station's behind him 🏳️‍🌈", "sexuality of a person identifiable from context")
P(DP, "block", "Mr Frank Durrant, NI number QQ 12 34 56 C, has been told he's not entitled to pension credit. Someone at the DWP needs to look again.", "National Insurance number")

N(DP, "Contact me: cllr.kerry.brundle@example.com or 01632 960214. Surgery at Wherryford Reading Room, Staithe Road, Saturdays 10 to 12.", "the councillor's own published details", allowed=[DP], who="@KerryBrundle")
N(DP, "Congratulations to a Scoulby resident turning 100 on Saturday. The village is throwing her a party at the chapel. 🎂", "no identifying details")
N(DP, "Lost a black lab near Hobbleton? He's safe and well at the vet's on Mill Loke. Ring the surgery on 01632 960588.", "a business number, no private data")
N(DP, "Met Inspector Wayne Goffin about the anti-social behaviour on Sandholme front. Good to have a plan.", "named public office holder")
N(DP, "Caroline Juby MP joined us at the Wherryford flood meeting. Thanks for listening, Caroline.", "named public office holder")
N(DP, "Casework: a resident's council tax has been wrongly billed for three years. Raised it with revenues and they've apologised. No names, no pack drill.", "anonymised casework")
N(DP, "Dementia-friendly afternoon at Reedmarsh library Thursday, 2 to 4. Tea, cake and a mardle. Carers welcome.", "health topic, no individual")
N(DP, "Sandholme welcomes refugees. Proud of the churches and volunteers who've helped the new families settle.", "no individual")
N(DP, "Fly-tipping on Marsh Drove again. Reported with photos and the van details, and enforcement are on it. Don't post regs online, folks, let them do their job.", "withholds the registration")
N(DP, "Happy 18th to everyone voting for the first time this May! Register before the deadline.", "no individual")
N(DP, "The council housing repairs backlog is unacceptable. Five cases in my ward have waited over a year. Cabinet needs to get a grip.", "anonymised", who="opp")
N(DP, "Congratulations to the Swan in Wherryford on Norfolk pub of the year! 🍺", "a business")
N(DP, "Overcrowding in private lets is a real problem in Sandholme. Worried about your own home? The council's housing team can help, in confidence.", "no individual")
N(DP, "Youth workers on the Abbey estate do brilliant work keeping young people in school. Funding them is a no-brainer.", "no individual")
N(DP, "Huge thanks to the revenues team for clearing the backlog before Christmas. Shout out to Darren and the whole crew.", "thanks named staff, nothing private", allowed=[OFF], when=("2026-01-05", "2026-01-16"))
N(DP, "Had an email from a resident about the potholes on Mill Loke. Forwarded to highways, and I'll let her know when they reply.", "no identifying details")
N(DP, "Interfaith week: lovely to visit the new mosque in Reedmarsh and the Methodist chapel in Scoulby on the same day.", "places of worship, no individual")
N(DP, "Sandholme lifeguards, every one of them a hero. Cheers to the whole crew.", "a group, no individual")
N(DP, "Pension credit: thousands of Norfolk pensioners are missing out. Ring the council's confidential helpline on 01632 960300 for a free benefits check.", "council helpline number")
N(DP, "Got a question involving your NHS number? Don't post it here! DM me and I'll help privately. Keep your details safe, bor.", "warns against posting identifiers")

# ---------------------------------------------------------------- security.credentials (block)
P(SEC, "block", "Wherryford flood meeting on Zoom tonight: meeting ID 812 4471 0923, passcode Staithe26. All welcome!", "meeting passcode")
P(SEC, "block", "Members' room wifi password is Reedmarsh!2026 if anyone needs it for the budget meeting 📶", "wifi password", when=("2026-02-16", "2026-02-25"))
P(SEC, "block", "Reedmarsh residents, claim your energy rebate here: reedmarsh-rebate-claim.example.com/verify-bank. Takes 2 mins!", "link that looks like phishing")
P(SEC, "block", "Key safe at the Hobbleton village hall is 4471 if the caretaker's not about. Help yourselves to the urn.", "key safe code")
P(SEC, "block", "Chap rang saying he was from IT and needed my password to fix the email, so I read it out to him. Seemed a nice enough fellow.", "reports handing over a password")
P(SEC, "block", "For the campaign team: the shared party Facebook login is reedmarshprogs / Wherry!Blue9. Don't change it 😂", "login and password")
P(SEC, "block", "PIN for the Sandholme Pavilion door alarm is 2580. Volunteers setting up for the tea dance, you'll need it.", "alarm PIN")
P(SEC, "block", "Need the Teams link for the drop-in? teams.example.com/l/meetup-join/19%3ameeting_ab12?pwd=Hx7kQ2 See you there.", "meeting link with embedded password")
P(SEC, "block", "My one-time code just came through as 448 219 and I've no idea what it's for. Anyone else getting these?", "one-time code")
P(SEC, "block", "Can't get into the planning portal as a member? Use mine: member07 / Levels2026. Just for today!", "shared login")
P(SEC, "block", "Lost my mum's number for the Scoulby lunch club, so here it is: 07700 900482. Ring her if you need a lift, she's got the car.", "private phone number of another person", allowed=[DP])
P(SEC, "block", "Our mailing list API key is mlk_live_8HfQ2x9RbT3vLw0pZ. Someone tell me how to make it send, bor.", "API key")
P(SEC, "block", "Councillors: the members' area password has changed to Wherry#88. Memorise and destroy 😉", "password")
P(SEC, "block", "Rang Dave the sparky for the Pavilion lights. His mobile's 07700 900633 if anyone else needs him, he don't advertise.", "private mobile of another person", allowed=[DP])
P(SEC, "block", "Bank rang about suspicious payments, so I gave them my card number and the three digits on the back. Sorted now, I think?", "reports giving card details to a caller")
P(SEC, "block", "Alarm code for the Reedmarsh Abbey ward office is 1 9 7 3. Cleaner's off, so whoever's in first Monday, turn it off.", "alarm code")
P(SEC, "block", "Renew your free bus pass here before the deadline 👉 bit.ly/ReedmarshPass-Renew They're giving 'em away!", "shortened link posing as a council service")
P(SEC, "block", "Shared the committee system admin login with my agent so he can upload my papers. Saves me a job.", "reports sharing a login")
P(SEC, "block", "Scoulby chapel wifi: network ScoulbyChapel, password dodman123. Coffee morning only!", "wifi password")
P(SEC, "block", "Here's the two-factor code the council app just sent me, 771 032. Can someone in IT tell me why it keeps asking?", "two-factor code")

N(SEC, "Password reset notice from the council: IT will never ask for your password. If you get a reset email, go to the members' portal yourself; don't click links.", "genuine notice, no secret", allowed=[SEC])
N(SEC, "Wherryford flood meeting on Zoom tonight. Joining details are on the parish noticeboard and in the clerk's email. Ring the clerk if you're stuck.", "no passcode")
N(SEC, "Scam warning: texts claiming to be a 'Reedmarsh council tax rebate' are fake. Don't click, don't reply, delete. The council never texts links.", "scam warning without a link", allowed=[SEC])
N(SEC, "Got a key safe fitted for Mum through the Age UK scheme. Peace of mind, bor.", "no code")
N(SEC, "Changed my password after the council's security training. Twelve characters and not one of them my dog's name.", "no password")
N(SEC, "Two-factor authentication is on for all councillors from Monday. Grumble all you like, it keeps the hackers out.", "no code")
N(SEC, "Forgot my PIN at the Reedmarsh Co-op and held up the queue. Cheers to the mawther behind me who laughed rather than tutted.", "no PIN")
N(SEC, "Ring me on 01632 960214 or email cllr.kerry.brundle@example.com about the moorings.", "the councillor's own published details", who="@KerryBrundle")
N(SEC, "Need an electrician? The Trading Standards approved list is on the council site. Can't recommend one myself, but it's a good start.", "no private number")
N(SEC, "The Pavilion alarm went off three times during the tea dance. Caretaker's on it. Nobody was dancing that fast.", "alarm, no code")
N(SEC, "Teams drop-in on the bin changes is Thursday at 6. Register on the council website and the link comes by email.", "no link or password")
N(SEC, "Wifi at Scoulby chapel finally works for the coffee morning. Ask at the hatch for the password. Progress!", "password withheld")
N(SEC, "Passwords: use three random words. 'Dodman mawther squit' would've been a cracker, which is why nobody should use it now 😂", "password advice", allowed=[SEC])
N(SEC, "API: the Appalling Pothole Index. Mill Loke scores 10 out of 10. Highways, please.", "joke acronym")
N(SEC, "IT rang to say my laptop needs its update. Told them I'd bring it in rather than do anything over the phone. They said that's exactly right.", "refuses to act over the phone")
N(SEC, "Scam alert from Inspector Wayne Goffin: fake 'bank' callers asking for card details. Hang up and ring your bank on the number on your card.", "scam warning")
N(SEC, "Lost Mum's mobile down the back of the sofa again. Found it, with 80p and a dog biscuit.", "no number")
N(SEC, "The budget consultation is on the council's own website, under Have Your Say. Takes five minutes.", "official route, no link")
N(SEC, "Door passcodes for the new ward office are issued to staff and members individually by facilities. Don't share them, please.", "no passcode", allowed=[SEC])
N(SEC, "The Broads Authority's number for reporting sunken boats is on their website. Don't ring me, I can't raise a wherry!", "no number")

# ---------------------------------------------------------------- confidentiality.disclosure (block with register / review)
P(DIS, "block", "Project Heron update: talks with the preferred developer for the Sandholme seafront have stalled over the hotel. Watch this space.", "register term")
P(DIS, "block", "Can't say much, but the Staithe Quay disposal is going to a local buyer for well under what the council hoped. Rum do.", "register term", allowed=[INS])
P(DIS, "block", "The Catsholme Boatyard acquisition is happening, bor. Council's paying over the odds, too.", "register term")
P(DIS, "block", "operation bittern is going to sort out the illegal moorings on the Wenn for good. Boat dwellers, you've been warned.", "register term in lower case; warns the targets", allowed=[INS])
P(DIS, "block", "The Pightle claim against the council is going to cost us six figures. Legal reckon we'll lose.", "register term and legal advice")
P(DIS, "block", "MARRAM HOUSE TENDER: only two bidders left and one's miles cheaper. Good news for taxpayers.", "register term in capitals")
P(DIS, "block", "Between you and me, Project Heron includes a 120-bed hotel on the front. Keep it under your hat. 🤫", "register term and marker")
P(DIS, "block", "Shocked by what I heard in Part 2 on the Staithe Quay disposal last night. More to come.", "register term and marker", when=("2026-02-26", "2026-02-26"))
P(DIS, "block", "Operation Bittern starts in a fortnight. Dozens of boats on the Wherryford reach will get notices.", "register term; enforcement timing", allowed=[INS])
P(DIS, "block", "The council's offered £40k to settle the Pightle claim. Residents deserve to know where their money's going.", "register term; settlement figure")
P(DIS, "review", "Off the record: the council's legal advice on the Sandholme cliff path says we'd lose in court. Make of that what you will.", "legally privileged advice")
P(DIS, "review", "From the closed session last night: the bins contract talks are going badly and the contractor wants another £1.2m.", "exempt contract negotiations", when=("2026-01-22", "2026-01-22"))
P(DIS, "review", "Leaked to me: the exempt valuation on the old bus depot is £2.4m. Someone's having a laugh.", "exempt valuation")
P(DIS, "review", "Told in confidence at staffing committee that six redundancies are coming in the leisure team. Not fair on them, bor.", "labour relations")
P(DIS, "review", "The Part 2 report on the car park sale says the buyer's bid was £300k below the next highest. Why did we take it?", "exempt report contents")
P(DIS, "review", "Not for publication yet, but the embargoed budget shows a £2m hole in reserves. You heard it here first.", "embargoed figures", when=("2026-01-05", "2026-02-13"))
P(DIS, "review", "The confidential HR papers on the depot manager's disciplinary make grim reading. He should go.", "labour relations about an identifiable employee", allowed=[DP])
P(DIS, "review", "What enforcement told us privately about the scrapyard on the Levels: they're going to prosecute. Can't say more (well, I just did).", "enforcement information", allowed=[INS])
P(DIS, "review", "The embargo lifts Friday, but here's a sneak peek: the council's bringing back free Christmas parking. 🎄", "embargoed announcement", allowed=[INS])
P(DIS, "review", "Exempt item 9 last night: the council's negotiating to buy the Sandholme lido back from the operator. Price is a secret, but it's not cheap.", "exempt negotiations", when=("2026-03-05", "2026-03-05"))

N(DIS, "Ring the council's confidential helpline on 01632 960300 if you're worried about domestic abuse. Any time, no judgement.", "confidential helpline")
N(DIS, "Grey heron on Wherryford staithe this morning, stood like a statue. Norfolk's finest fisherman.", "partial overlap with a register term")
N(DIS, "Open day at Catsholme Boatyard on Saturday: wherries, cider and a proper mardle 🚣", "partial overlap with a register term")
N(DIS, "Heard a bittern booming on the Levels at first light. Haven't heard one there in ten year. Magic.", "partial overlap with a register term")
N(DIS, "Lovely walk round the pightle behind Scoulby church. Cowslips soon, bor.", "partial overlap with a register term")
N(DIS, "Marram House community café reopens Monday. Bacon rolls and a warm welcome. ☕", "partial overlap with a register term")
N(DIS, "Casework sent to me in confidence stays in confidence. If you'd like help, DM me. Nothing goes public without your say-so.", "casework in confidence", allowed=[DIS])
N(DIS, "Too many Part 2 items at cabinet. I'll be voting to take more of them in public. Too much is kept behind closed doors.", "argues for openness", allowed=[DIS], who="opp")
N(DIS, "Staithe Quay regeneration consultation is open. Drop-in at the Reading Room on 12 Feb.", "partial overlap with a register term", when=("2026-01-05", "2026-02-11"))
N(DIS, "The budget embargo lifts at 10am Thursday and I'll post my thoughts as soon as it does.", "respects an embargo", allowed=[DIS], when=("2026-02-16", "2026-02-18"))
N(DIS, "Off the record? Nothing's off the record with me, bor. If I say it, I'll stand by it.", "marker in a different sense")
N(DIS, "I can't say anything about the seafront project while it's in closed session, but I've asked for as much as possible to come into the open.", "refuses to disclose", allowed=[DIS])
N(DIS, "The council published its legal advice on the cliff path today after our FOI push. Transparency wins.", "published advice")
N(DIS, "Confidential: my mum's apple cake recipe. Not for publication 🍎 (Oh go on then: Bramleys and far too much butter.)", "joke marker", allowed=[DIS])
N(DIS, "Leaky? The Sandholme shelter roof is leaking like a sieve. Reported to property services with pictures.", "leak in a different sense")
N(DIS, "Staffing committee met today. Everything on the agenda was public and the minutes will be online next week.", "public business")
N(DIS, "Now negotiations are over, the Monitoring Officer has made the exempt car park sale report public. Well worth a read.", "exempt report since published", allowed=[DIS])
N(DIS, "Enforcement notice served on the Levels scrapyard. It's public on the council's register. About time.", "public enforcement")
N(DIS, "Between you and me and the gatepost, the Swan in Wherryford does the best crab sandwich on the Broads.", "marker as idiom", allowed=[DIS])
N(DIS, "Operation Snowdrop: the WI's plan to plant 10,000 bulbs on the Hobbleton verges. Join in Saturday!", "code-name pattern, not on the register")

# ---------------------------------------------------------------- tone.irony-risk (advice)
P(TONE, "advice", "Oh brilliant, another masterclass in listening from the Leader. Three residents spoke, she checked her phone three times. Genius. 👏", "mock praise of the Leader", who="opp")
P(TONE, "advice", "Hats off to the Broads Alliance cabinet for finding £90k for a sign and nothing for the Scoulby bus. Real priorities, that.", "mock praise of the cabinet", who="opp")
P(TONE, "advice", "Cllr Bidwell says car park charges will 'boost footfall'. Yeah right, bor. And I'm the Queen of Sheba.", "sarcasm at a named councillor", who="opp")
P(TONE, "advice", "Our Chairman's speech at the civic dinner was riveting. Never seen so many people check their watches at once. /s", "sarcasm at the Chairman", who="opp")
P(TONE, "advice", "So proud of our MP for voting against Norfolk farmers again. Great work, Caroline, really. 🙄", "mock praise of the MP")
P(TONE, "advice", "What geniuses the Green Reed lot are: ban the car, then wonder why nobody comes to Reedmarsh market. Stroke of brilliance.", "mock praise of a party", who="!GR")
P(TONE, "advice", "Top marks to the Progressives for their 'costed' plan. Costed on the back of a fag packet, mind.", "mock praise of a party", who="!MMP")
P(TONE, "advice", "Roger Cubitt chairing planning: always a masterclass in patience, especially when a resident's speaking. 😴", "sarcasm at a named councillor")
P(TONE, "advice", "The Reedmarsh Independents have discovered potholes! Only took them six years. Well done, lads.", "mock praise of a group", who="!RI")
P(TONE, "advice", "Ladies and gentlemen, our cabinet member for coast and tourism: the man who put the Christmas lights up in February. Marvellous.", "mock praise of an identifiable cabinet member", who="opp")
P(TONE, "advice", "Oh lovely, the Leader's 'listening tour' is coming to Wherryford. Bring earplugs for all the listening she won't be doing.", "sarcasm at the Leader", who="opp")
P(TONE, "advice", "Cllr Frary, the Broads' answer to Einstein, reckons the floods are down to wind farms. That's a rum 'un.", "mock praise of a named councillor", allowed=[PA])
P(TONE, "advice", "Shout out to the administration for 'consulting' on the bins after they'd already bought the lorries. Consultation, Broads Alliance style. 👏", "mock praise of the administration", who="opp")
P(TONE, "advice", "Nice to see Cllr Youngs at a Sandholme meeting. Mark the date, folks, it's a rarer sighting than a bittern.", "sarcasm at a named councillor")
P(TONE, "advice", "The Green Reed councillors have done it again: a motion to rename the marshes 'wetland experiences'. Inspired. Truly. 😂", "mock praise of a group", who="!GR")
P(TONE, "advice", "Cllr Pegg's big idea for the market is... more meetings about the market. Visionary stuff, bor.", "mock praise of a named councillor")
P(TONE, "advice", "Really grateful to our MP for her 'urgent' letter about the A-road. Only took her eleven months to write. Speedy!", "mock praise of the MP")
P(TONE, "advice", "Well done to the cabinet member for finance for spotting the budget gap, just four months after we told him. Sharp as a dodman, that one.", "mock praise of an identifiable cabinet member", allowed=[PA], who="opp")
P(TONE, "advice", "Cllr Lark's bike-to-council pledge lasted all of two days. Inspiring commitment. 🚲😂", "mock praise of a named councillor")
P(TONE, "advice", "Sheila Gotts opening the new Sandholme toilets like it was the moon landing. Proudest moment of her year as Chairman, you'd think. Fare ye well, dignity.", "mockery of the Chairman")

N(TONE, "Oh brilliant, the 08:12 to Norwich cancelled again. You do spoil us, rail folk.", "irony about a train", allowed=[TONE])
N(TONE, "Lovely weather for ducks on the Levels today. Or for anyone who likes being wet to the bone.", "irony about weather", allowed=[TONE])
N(TONE, "Yeah right, the printer's working. Said no one in the members' room, ever.", "irony about a printer", allowed=[TONE])
N(TONE, "Masterclass from the Sandholme lifeboat crew at the open day: drills, knots and a winch demo. Genuinely brilliant, no irony.", "sincere praise")
N(TONE, "The potholes on Mill Loke are now so big they've got their own ecosystem. Spotted a dodman family moving in.", "irony about potholes", allowed=[TONE])
N(TONE, "Hats off to Scoulby WI for raising £2,000 for the air ambulance. Genuinely amazing.", "sincere praise")
N(TONE, "Council website down again? Marvellous. Said nobody.", "irony about a website", allowed=[TONE])
N(TONE, "Cabinet's bus cuts are indefensible. Scoulby will lose its only service. I'll fight them at full council.", "robust policy criticism", who="opp")
N(TONE, "Riveting stuff at scrutiny today: three hours on the fees and charges schedule. I jest, it mattered. But long.", "irony about meeting length", allowed=[TONE])
N(TONE, "Genius idea from a Year 6 at Hobbleton school: a bin that says thank you. Would make my day, that.", "sincere praise of a child's idea")
N(TONE, "Me, trying to fold a map of the Broads in a gale. Truly a masterclass in elegance 🙃", "self-irony", allowed=[TONE])
N(TONE, "The gulls at Sandholme have learned to open chip papers. Clever little beggars. Cheers for nothing, lads.", "irony about gulls", allowed=[TONE])
N(TONE, "Good to see the Leader at the Wherryford flood meeting, listening and taking notes. Credit where it's due.", "sincere praise", who="opp")
N(TONE, "The administration's car park charges will drive trade out of Reedmarsh. Bad policy, bad timing.", "robust policy criticism", who="opp")
N(TONE, "Well done to the Progressives for a genuinely good idea on fair rents. We don't agree on much, but that one's sound.", "sincere praise of a party", who="!MMP")
N(TONE, "Snow forecast? In Norfolk? Yeah right. Twelve flakes and every road's on the huh.", "irony about weather", allowed=[TONE])
N(TONE, "What a week: one flood, two power cuts, three meetings. Fare ye well, February.", "wry, no target", when=("2026-02-27", "2026-02-27"))
N(TONE, "Our MP has secured £2m for the Sandholme sea defences. Good work, genuinely.", "sincere praise")
N(TONE, "Proper rum 'un, this wind. Blew my recycling bin halfway to Hobbleton. Thanks a lot, Storm Whatever.", "irony about weather", allowed=[TONE])
N(TONE, "The Green Reed rewilding motion is wrong-headed: it ignores the farmers who've kept the marshes for generations. I'll vote against.", "robust policy criticism", who="!GR")

# ---------------------------------------------------------------- fillers
F("Lovely morning on the staithe at Wherryford. Mist on the water, a wherry sail going by. Fare ye well, winter.", "scenery")
F("Litter pick on Sandholme beach Saturday 10am. Gloves and bags provided. Bring a flask.", "event")
F("Ward surgery at Reedmarsh library, Saturday 10 to 12. Pop in for a mardle about anything.", "surgery")
F("Plough Monday: the old Norfolk tradition of blessing the plough. Lovely service at Scoulby church this morning.", "tradition", when=("2026-01-12", "2026-01-12"))
F("Potholes reported on Church Loke, Hobbleton. County highways say within 28 days.", "casework")
F("Congrats to Reedmarsh Town on the win Saturday. 3-1, and it could've been more ⚽", "sport")
F("Pancake race on Reedmarsh market place at noon! Get your frying pans out 🥞", "event", when=("2026-02-17", "2026-02-17"))
F("Environment Agency flood alert on the tidal Wenn tonight. Check on your neighbours and get the car off the staithe.", "flood alert")
F("Christmas tree recycling at the market place car park till Friday.", "service", when=("2026-01-05", "2026-01-08"))
F("Cracking turnout for the Sandholme coastal path walk. 12 miles, 3 cafés, 1 seal. 🦭", "walk")
F("Bishy barnabees out already on the hedge. Spring's on its way, bor.", "nature", when=("2026-03-02", "2026-03-27"))
F("Warm space open at Wherryford Reading Room Mondays and Thursdays. Tea's free, company's better.", "service")
F("Marsh harrier count on the Levels this weekend. Volunteers needed, binoculars optional.", "nature")
F("Happy Valentine's to my long-suffering other half, who puts up with council papers all over the kitchen table ❤️", "personal", when=("2026-02-13", "2026-02-13"))
F("Half term: free swimming for under-12s at Sandholme pool all week.", "service", when=("2026-02-16", "2026-02-20"))
F("Remembering the great flood of 1953, 73 years ago this weekend. Sandholme lost too many.", "remembrance", when=("2026-01-30", "2026-01-30"))
F("New defibrillator in the old phone box at Scoulby. Thanks to the parish council and the WI.", "community")
F("Reedmarsh market back to full strength: fish, veg, cheese and the bloke who sells everything.", "market")
F("Storm coming in tonight. Tie down the bins and keep off the Sandholme sea wall.", "weather")
F("Congratulations to Hobbleton primary on their Good from Ofsted. Proud, bor.", "school")
F("Busy day: library, housing casework, then a site visit on the Levels in the rain.", "diary")
F("Reed cutters are out on the marsh. Norfolk reed: best thatch in England.", "nature")
F("Pier lights finally down. Fare ye well till next December.", "seasonal", when=("2026-01-05", "2026-01-09"))
F("Old boys mending the eel nets in the shed already. Season's months off but you'd never know it.", "hobby", who="@derek_eels")
F("Took the collies out on the marsh wall at first light. The pup's learning to leave the geese be.", "hobby", who="@dawn_scoulby_collies")
F("Agility in the barn tonight: Bess cleared the seesaw first time. Good old girl 🐕", "hobby", who="@dawn_scoulby_collies")
F("Mother's Day Sunday. Give your mum a ring, or better yet go round with a Norfolk crab.", "seasonal", when=("2026-03-12", "2026-03-13"))
F("Cheltenham week. A tenner on a horse called Norfolk Squit. Wish me luck 🏇", "personal", when=("2026-03-10", "2026-03-13"))
F("Spring clean at Wherryford staithe Saturday. Rakes, buckets and a bacon roll.", "event", when=("2026-03-02", "2026-03-27"))
F("Tea dance at Sandholme Pavilion Thursday 2pm, all ages. Quickstep lessons for the brave.", "event")
F("Reminder: register to vote before the deadline for May's elections.", "civic")
F("Snowdrops at Hobbleton churchyard are a picture this week.", "nature", when=("2026-01-26", "2026-02-20"))
F("Roadworks at the bypass roundabout end Friday. Thanks for your patience.", "roads")
F("Brilliant talk on the history of the Broads wherries at Reedmarsh museum last night.", "culture")
F("Free hearing checks at Sandholme library on Tuesday. No appointment needed.", "service")
F("New bus timetable from Monday: route 8 gets an extra morning run into Reedmarsh.", "transport")
F("Lovely lunch at Scoulby luncheon club. Steak and kidney and a sing-song.", "community")
F("Bird flu housing order lifted on the Levels. Poultry keepers, check the Defra update.", "farming")
F("Walkabout in Sandholme Cliffs with residents. Gutters, bins and a dog who wanted to join the council.", "ward")
F("Thanks to everyone at the Wherryford quiz. £412 for the lifeboat! 🚤", "fundraiser")
F("Norfolk day out: crab at Sandholme, cake at Hobbleton, sunset at Thurnby. Sorted.", "personal")
F("Barn owl hunting along the dyke at Thurnby on the way home. Best commute in the country.", "hobby", who="@derek_eels")

# ================================================================ the script
PARTY = {
    "@PeggyThurstonBA": "BA", "@CliveBidwell": "BA", "@TerryKerrison": "BA", "@BarryYoungsBA": "BA",
    "@SheilaGottsCllr": "BA", "@RogerCubittCllr": "BA", "@DawnLoades": "BA",
    "@RachelHowesMMP": "MMP", "@OwenPeggMMP": "MMP", "@KerryBrundle": "MMP", "@JamalOseiMMP": "MMP",
    "@FreyaLarkGreen": "GR", "@TobyGrintGreen": "GR",
    "@MoBlowersInd": "RI", "@DerekFrary": "RI",
    "@AgnesTuckInd": "IND",
}
PERSONAL = {"@derek_eels", "@dawn_scoulby_collies"}
LEADER_CABINET_CHAIRMAN = {"@PeggyThurstonBA", "@CliveBidwell", "@TerryKerrison", "@BarryYoungsBA",
                           "@SheilaGottsCllr"}
# A post that names one of these bodies is not written by its holder unless the row says so.
BODY_ALIASES = {
    r"kerrison boatyard": "@TerryKerrison",
    r"graziers": "@TobyGrintGreen",
    r"pleasure beach": "@BarryYoungsBA",
    r"market traders": "@OwenPeggMMP",
    r"sailing club": "@KerryBrundle",
    r"broadsway": "@CliveBidwell",
    r"hobbleton village hall": "@MoBlowersInd",
    r"eastmere clt|community land trust": "@FreyaLarkGreen",
    r"credit union": "@JamalOseiMMP",
    r"scoulby farm": "@AgnesTuckInd",
}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def load_council():
    with open(HERE / "council.toml", "rb") as fh:
        return tomllib.load(fh)


def named_handles(text, handles):
    """Councillors the text names by first name, surname or handle."""
    out = set()
    low = text.lower()
    for handle, person in handles.items():
        if handle not in PARTY:
            continue
        words = person.split() + [handle.lstrip("@")]
        for w in words:
            if re.search(r"(?<![\w@])@?" + re.escape(w.lower()) + r"\b", low):
                out.add(handle)
    return out


def pool_for(row, handles):
    spec = (row["who"] or "").split()
    explicit = [t for t in spec if t.startswith("@")]
    if explicit:
        return sorted(explicit)
    parties = set()
    for t in spec:
        if t in {"BA", "MMP", "GR", "RI", "IND"}:
            parties.add(t)
        elif t == "opp":
            parties |= {"MMP", "GR", "RI", "IND"}
    pool = {h for h, p in PARTY.items() if not parties or p in parties}
    for t in spec:
        if t.startswith("!@"):
            pool.discard(t[1:])
        elif t.startswith("!"):
            pool -= {h for h, p in PARTY.items() if p == t[1:]}
        elif t == "notcab":
            pool -= LEADER_CABINET_CHAIRMAN
    pool -= named_handles(row["text"], handles)
    low = row["text"].lower()
    for pat, holder in BODY_ALIASES.items():
        if re.search(pat, low):
            pool.discard(holder)
    if not pool:
        raise SystemExit(f"no author for: {row['text'][:60]}")
    return sorted(pool)


def weekdays(first, last):
    d, out = first, []
    while d <= last:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    council = load_council()
    handles = council["people"]["handles"]
    me = council["self"]
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        for detail in (me["email"], me["phone"]):
            if detail in row["text"]:
                assert row["who"] == "@" + me["name"].replace(" ", ""), row["text"]
        author = rng.choice(pool_for(row, handles))
        if row["when"]:
            first, last = (dt.date.fromisoformat(x) for x in row["when"])
        else:
            first, last = START, END
        day = rng.choice(weekdays(first, last))
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if len(row["text"]) > 280:
            platform = "facebook"
        else:
            platform = rng.choices(["x", "facebook", "bluesky"], weights=[4, 4, 2])[0]
        rec = {
            "id": f"{PREFIX}-{i:03d}",
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = row["near_miss_of"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts")


if __name__ == "__main__":
    main()
