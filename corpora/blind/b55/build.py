#!/usr/bin/env python3
"""Build posts.jsonl for blind set b55 (Sallowbridge and Hemsted Vale District Council).

All rows below were written by hand. The script shuffles them with a fixed seed, gives ids
b55-NNN, picks authors from plausible writers, platforms and weekday daytime timestamps
(08:00-18:59 GMT, 5 Jan - 27 Mar 2026), and writes posts.jsonl. Re-running gives the same file.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 5555
HERE = Path(__file__).resolve().parent

# handle -> (name, party, flags, name tokens used to keep a post off its subject's account)
PEOPLE = {
    "@CPeverellWA": ("Caroline Peverell", "WA", {"CAB", "LEADER"}, ["Caroline", "Peverell"]),
    "@HugoAMeade": ("Hugo Ashdown-Meade", "WA", {"CAB"}, ["Hugo", "Ashdown-Meade", "Meade"]),
    "@BernieQuayeWA": ("Bernadette Quaye", "WA", {"CAB"}, ["Bernadette", "Bernie", "Quaye"]),
    "@CllrRStannard": ("Rupert Stannard", "WA", {"PLAN"}, ["Rupert", "Stannard"]),
    "@MargaretOyelaran": ("Margaret Oyelaran", "WA", {"CHAIRMAN"}, ["Margaret", "Oyelaran"]),
    "@TobyWrenWA": ("Tobias Wren", "WA", {"LIC", "PLAN"}, ["Tobias", "Toby", "Wren"]),
    "@DeepaKothariWA": ("Deepa Kothari", "WA", {"LIC"}, ["Deepa", "Kothari"]),
    "@GavThrelfallWA": ("Gavin Threlfall", "WA", {"PLAN"}, ["Gavin", "Gav", "Threlfall"]),
    "@SiobhanMulcahyCG": ("Siobhan Mulcahy", "CG", {"LIC"}, ["Siobhan", "Mulcahy"]),
    "@KwameBHaleCG": ("Kwame Boateng-Hale", "CG", {"PLAN"}, ["Kwame", "Boateng-Hale"]),
    "@LettiePargeterCG": ("Lettie Pargeter", "CG", set(), ["Lettie", "Pargeter"]),
    "@FfionHarcourtGH": ("Ffion Harcourt", "GH", set(), ["Ffion", "Harcourt"]),
    "@OllieBrandrethGH": ("Ollie Brandreth", "GH", {"PLAN"}, ["Ollie", "Brandreth"]),
    "@NasreenChaudhryVI": ("Nasreen Chaudhry", "VI", {"LIC"}, ["Nasreen", "Chaudhry"]),
    "@DennisFairweatherVI": ("Dennis Fairweather", "VI", set(), ["Dennis", "Fairweather"]),
    "@PamGotobedInd": ("Pam Gotobed", "IND", {"PLAN", "LIC"}, ["Pam", "Gotobed"]),
}
PERSONAL = {"@tobywren_runs": "@TobyWrenWA", "@ffion_makes_pots": "@FfionHarcourtGH"}
HOLDER = {  # interest -> handle, and the words that touch the body
    "Hemsted Vale Homes Ltd": ("@GavThrelfallWA", ["Hemsted Vale Homes"]),
    "Sallowbridge Community Energy": ("@FfionHarcourtGH", ["Community Energy"]),
    "Otterwell Cricket Club": ("@DennisFairweatherVI", ["Cricket Club", "Otterwell CC"]),
    "Coldwick Village Hall Trust": ("@BernieQuayeWA", ["Village Hall"]),
    "Fernleigh Common Garden Centre": ("@PamGotobedInd", ["Garden Centre"]),
    "Downsview Housing Association": ("@KwameBHaleCG", ["Downsview"]),
    "Kothari Lettings": ("@DeepaKothariWA", ["Kothari Lettings"]),
    "Sallowbridge Food Bank": ("@LettiePargeterCG", ["Food Bank"]),
    "Brackenden Heath Community Minibus": ("@NasreenChaudhryVI", ["Community Minibus"]),
}
SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": None, "interests.declared-interest": "review",
    "data-protection.personal-data": None, "security.credentials": "block",
    "confidentiality.disclosure": None, "tone.irony-risk": "advice",
}

ROWS = []
FAM = None


def fam(f):
    global FAM
    FAM = f


def pos(text, note, verdict=None, rules=None, allowed=(), **kw):
    ROWS.append(dict(family=FAM, kind_of_row="positive", text=text, note=note,
                     rules=rules or [FAM], allowed=list(allowed),
                     verdict=verdict or SEV[FAM], **kw))


def hn(text, note, allowed=(), **kw):
    ROWS.append(dict(family="hard_negative", near_miss_of=FAM, kind_of_row="hard_negative",
                     text=text, note=note, rules=[], allowed=list(allowed), verdict="ok", **kw))


def fill(text, note="ordinary ward business", **kw):
    ROWS.append(dict(family="filler", kind_of_row="filler", text=text, note=note,
                     rules=[], allowed=[], verdict="ok", **kw))


OI, RP, PI, GH_, CV, CI, PD, DI, DP, SC, CD, TI = (
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk")
PA, BI, DF = "respect.personal-attack", "bullying.intimidation", "defamation.allegation"

# ================================================================ hand-written rows
# ============================================================ officers.impartiality (review)
fam(OI)
pos("Interesting that the Old Tannery recommendation reads like the applicant's agent drafted it. Whoever signed that off on the third floor at Weald House has some explaining to do.",
    "questions the neutrality of the planning officers who wrote the report (third floor = planning); no settled view on the application itself", allowed=[PD])
pos("Had a quiet word with Hannah Cresswell about the Fallowfield report. Suggested she might want to revisit para 6.4 before it goes public. We'll see if she takes the hint.",
    "pressing a named officer to change a report", allowed=[BI])
pos("Asked for the temporary accommodation numbers three times. Got three different answers from Phil Kerslake's team. Either they can't count or they'd rather we didn't.",
    "public criticism of a named officer's team, implying they hide figures", allowed=[PA])
pos("Funny how the s151 officer always finds money for the Leader's pet projects and never, ever for Sallowbridge South. Just an observation 🤔",
    "questions the neutrality of the finance director (an officer) in public", allowed=[TI], pool=("OPP",))
pos("Mr Pound might like to remember who pays his salary. Hint: it isn't the developers.",
    "insinuates the Head of Planning is partial to developers", allowed=[PA, DF])
pos("The licensing report on the Kingfisher could have been written by the brewery's solicitors. Not one line about the people on Bridge Street who can't sleep. Shoddy from the licensing team.",
    "criticises the licensing officers' report and implies bias; no settled view stated", allowed=[PD])
pos("Our Chief Exec was 'unavailable' for the Coldwick flood meeting but found a free afternoon for the Chamber of Trade lunch. Priorities, Jonathan?",
    "public criticism of a named officer (Chief Executive)", allowed=[PA])
pos("Told the planners this morning: if the Fernleigh drive-thru recommendation stays as it is, I'll be asking at Full Council exactly how it got there. Their move.",
    "pressure on officers to change a recommendation", allowed=[PD, BI])
pos("Dear Comms Team, when your press release about the bin changes reads like a Weald Alliance leaflet, people notice. Neutral, my foot.",
    "accuses the council's communications officers of partisanship", pool=("OPP",))
pos("Can someone explain why Ms Ambrose signs off late licences like sweets at a kids' party while half of Amblestone lies awake? I've asked. Crickets.",
    "public criticism of the named Licensing Manager", allowed=[PA])
pos("Every 'independent' viability assessment Marcus Tindall commissions somehow lands on exactly the developer's number. Coincidence, I'm sure.",
    "questions a named planning officer's neutrality with sarcasm", rules=[OI, TI], verdict="review", allowed=[DF])
pos("Sent Democratic Services my amendment. Imogen has 'concerns about the wording'. Funny, she never seems to have concerns when the cabinet's wording is sloppier than mine.",
    "implies the Democratic Services Manager favours the cabinet", pool=("OPP",))
pos("The climate report that's come out of Weald House is so watered down you could serve it as squash. Either someone leaned on the authors or they've given up.",
    "questions the independence of the officers who wrote the report")
pos("Gerald, mate. Three months on the Pound Lane fly-tip. THREE. What exactly does your department do all day?",
    "public criticism of the named Head of Environmental Services", allowed=[PA])
pos("Rang the planning department and reminded them, very politely, that members will be reading the solar report very closely and some of us have long memories 😉",
    "veiled pressure on officers about a report", allowed=[BI])
pos("Our 'impartial' Monitoring Officer threw out my complaint in 48 hours and sent the Leader's straight to full investigation. Draw your own conclusions.",
    "questions the Monitoring Officer's neutrality in public", pool=("OPP",))
pos("I'd love to see the first draft of the care home report, the one from before it was 'refined' after the meeting with the portfolio holder. Wouldn't you?",
    "insinuates officers changed a report under political pressure", allowed=[PD])
pos("I've told the Head of Planning his recommendation on Orchard Rise is wrong and he needs to change it before it comes to committee.",
    "plain: pressing an officer to change his advice", allowed=[PD])
pos("Word to the wise for some of the staff at Weald House: the administration won't be here forever. Worth remembering when you're drafting things for them.",
    "questions officers' neutrality with a veiled warning", allowed=[BI], pool=("OPP",))
pos("A mum in Sallowbridge was told by the housing desk to 'try the private sector' with two kids and £40 to her name. Not good enough, Phil, and I'll be saying so to your face.",
    "public criticism of the named Housing Options Manager")
hn("Huge thanks to Hannah Cresswell and the planning team for a clear, patient walk-through of the Local Plan timetable for Hemsted residents.",
   "thanks a named officer; naming alone may raise the rule", allowed=[OI])
hn("The officer recommendation on the Old Tannery is published today. Read it, then have your say before the deadline. Link on the council website.",
   "neutral signpost to a published report")
hn("Criticise the policy, not the people: the cabinet cut the housing team's budget and that's why the waits are long. Staff are doing their best with what they've got.",
   "criticism aimed at the cabinet's decision, defending staff", pool=("OPP",))
hn("Asked officers for a briefing on the flood response in Coldwick. Meeting set for Tuesday. Will report back.",
   "routine request to officers")
hn("Our bin crews are out in the sleet from 6am. Whatever you think of the new rota (and I think it's wrong), please be kind to them.",
   "criticises the rota, defends staff", win=("2026-01-05", "2026-02-27"))
hn("Congratulations to Chloe Ambrose on 25 years in licensing at the council. Amblestone's pubs are safer for her work.",
   "praise of a named officer", allowed=[OI])
hn("Officers can only work with the policies members give them. If you don't like the HMO rules, blame us councillors, not the planners.",
   "defends officers")
hn("Housing Options are at Sallowbridge library every Thursday 10–12. No appointment needed.",
   "service information")
hn("The report to cabinet is late. That's on the portfolio holder, who changed the brief twice, not on the people who had to write it.",
   "criticism of a cabinet member's conduct of business, not of officers", pool=("OPP",))
hn("I'm NOT going to lean on planning officers about Fallowfield, however many emails I get asking me to. That's not how it works. Write to them yourself, it counts.",
   "refuses to pressure officers; shares 'lean on' and 'Fallowfield'")
hn("Monitoring Officer training for new councillors this week: declarations, gifts, social media. Useful stuff, genuinely.",
   "mentions the Monitoring Officer neutrally")
hn("Shout-out to Sasha in comms for turning the gritting updates round in record time during the snow ❄️",
   "thanks a named officer", allowed=[OI], win=("2026-01-05", "2026-02-20"))
hn("Wish the Leader would stop hiding behind 'officer advice' and own her decisions. Officers advise; cabinet decides.",
   "criticises the Leader, not officers", pool=("OPP",))
hn("Public questions for the Planning Committee can be sent to Democratic Services by noon on the Friday before.",
   "process information")
hn("Phil Kerslake's team got a Hemsted family into a proper home before Christmas. That's public service.",
   "praise of a named officer's team", allowed=[OI], win=("2026-01-05", "2026-01-16"))
hn("The solar farm report is 212 pages. I have read every single one of them. Bring biscuits.",
   "about a report's length; no criticism of its authors")
hn("Don't like the new parking charges? Say so in the consultation. I have, loudly. The proposals came from cabinet, so aim your ire that way.",
   "criticism directed at cabinet", pool=("OPP",))
hn("Why does cabinet keep ignoring its own officers on the lido? The report was clear. The politics wasn't.",
   "supports officers' advice, criticises cabinet", pool=("OPP",))
hn("I disagree with the car park strategy's conclusions and I said so at scrutiny. The people who wrote it answered every question fairly, credit to them.",
   "disagrees with a document through the proper route and praises its authors", allowed=[OI])
hn("The Chief Executive's pay is set by the Appointments Committee. I voted against the rise because of the pay gap across the council, nothing personal.",
   "policy vote about pay; no criticism of the officer", allowed=[OI])

# ============================================================ resources.political-use (review)
fam(RP)
pos("Leaflets for Saturday's Common Ground canvass are in the members' room at Weald House. Grab a bundle on your way out of scrutiny!",
    "party leaflets stored and handed out in council premises", pool=("CG",))
pos("Printed our Green Hearth newsletter on the printer in the group office. Toner's a bit streaky but the message is clear 🌿",
    "party newsletter on council equipment (group office printer)", pool=("GH",))
pos("Want a Weald Alliance poster for your window? Drop me a line on my council email and I'll sort one out.",
    "council email used for party campaigning", pool=("WA",))
pos("Fantastic turnout for our campaign planning session in Committee Room 2 this afternoon. Booked it through member services, cheers team!",
    "council room booked for party campaign planning")
pos("Spent my lunch break on the work laptop drafting the Vale Independents manifesto. Multitasking queen 👑",
    "council laptop used for a party manifesto", pool=("VI",))
pos("Big thanks to Sasha in comms for proofreading our council tax leaflet for the group. Couldn't have done it without you!",
    "council officer's time used on a party leaflet", allowed=[OI])
pos("Our new campaign video was shot in the council chamber after hours, mace and all. Watch, share, and vote Alliance in May!",
    "council chamber used for a party campaign video", pool=("WA",))
pos("The council's residents' survey returns have been a goldmine for targeting our doorstep work in Otterwell. Use what you've got, eh?",
    "council data used for party targeting", allowed=[DP])
pos("Door-knocking tonight! Meet in the Weald House staff car park at 6, I'll let you all in on my pass.",
    "council premises and access pass used for canvassing")
pos("Asked the council's design team to pop our party logo next to the crest on the ward newsletter. Looks smart, doesn't it?",
    "council staff and branding on party material")
pos("Using the council's Mailchimp list for our Coldwick petition. Same residents, same cause, why not?",
    "council mailing list used for a campaign", allowed=[DP])
pos("Fancy joining Common Ground? Forms are in my pigeonhole at Weald House, or email my shvdc address and I'll send one.",
    "council pigeonhole and council email used for party recruitment", pool=("CG",))
pos("Ward newsletter goes out on council letterhead this week, and yes, it mentions the by-election 😇",
    "council letterhead on electioneering")
pos("Quick one from the members' room PC between meetings: vote Green Hearth on 7 May, Otterwell! 🌱",
    "campaign message sent from council equipment", pool=("GH",))
pos("The council's dial-a-ride bus is perfect for getting our older supporters to the polls on the day. Booking it now.",
    "council vehicle for party get-out-the-vote")
pos("Cheeky use of the franking machine at work for our Christmas cards to party members. Saved a fortune on stamps 🎄",
    "council franking machine for party post", win=("2026-01-05", "2026-01-23"))
pos("Our campaign team has been using the mess room at the council depot on Saturdays. Heating on, kettle on, canvass sorted.",
    "council depot used as a campaign base")
pos("Got the lovely people in the council's mapping team to plot every door we haven't knocked yet. Staff are brilliant.",
    "council staff time used for canvass mapping")
pos("Posting this from my council iPad: don't forget our Alliance fundraiser on Friday, tickets £15!",
    "plain: council equipment for party fundraising", pool=("WA",))
pos("Put the 'Love Sallowbridge' council logo on our party litter-pick flyer. Same civic pride, different rosette 🤷",
    "council branding on party material")
hn("Ward surgery this Saturday, 10–12, Sallowbridge North Community Centre. All welcome, whoever you vote for.",
   "ordinary surgery notice")
hn("Party leaflets delivered with my own two feet and my own printer ink. Fifteen hundred of them. Knees are done.",
   "campaigning with own resources")
hn("Reminder to group members: no campaigning from council email or council kit. Use your party accounts.",
   "a reminder of the rule")
hn("The printer in the members' room has been broken for a fortnight. Scrutiny papers printed at home again.",
   "council equipment, no campaigning")
hn("Council laptop came back from its update with a new keyboard layout. Every @ is now a \". Send help.",
   "council laptop, no campaigning", allowed=[TI])
hn("Committee Room 2 is booked for the public consultation on the Coldwick flood defences, Wednesday 2pm.",
   "council room for council business")
hn("Common Ground canvass Saturday 10am, meeting outside the Fox & Crane. We buy our own coffee, obviously.",
   "party campaigning with no council resources", pool=("CG",))
hn("Dial-a-ride for older residents in Brackenden Heath is back from Monday. Book through the council website.",
   "council vehicle scheme, no campaigning")
hn("Got a council email? Then you've done the phishing training. Don't open 'urgent invoice' attachments, colleagues.",
   "council email, no campaigning")
hn("Promoted by P. Lyle on behalf of Weald Alliance, 4 Market Place, Hemsted. Vote for a greener, cleaner Hemsted on 7 May!",
   "election imprint with the party's office address; party campaigning without council resources", allowed=[DP], pool=("WA",))
hn("Pre-election period from March: the council's comms team won't touch anything with a rosette on it, so don't ask them.",
   "the rule described")
hn("My council email is for casework; party things go to my personal one. Casework: cllr.l.pargeter@example.gov.uk",
   "own published contact details; separates council and party use", author="@LettiePargeterCG")
hn("Filmed a short video in the council chamber for the youth council's democracy week. The kids asked better questions than we do.",
   "council chamber used for a council event")
hn("Booked St Barnabas church hall for our party AGM, paid for out of subs before anyone asks.",
   "party meeting in a private venue at party cost")
hn("Quoted the council's published residents' survey in my budget speech. Read it yourselves, it's grim reading.",
   "published council data used in debate")
hn("Staff at Weald House deserve better than being dragged into party rows. Leave them out of it.",
   "defends staff")
hn("Council crest on a party leaflet? Not on my watch. I've reported the one that came through my door to the Monitoring Officer.",
   "reports another's misuse", allowed=[RP])
hn("Canvassing in Otterwell today. Lovely conversations about buses, potholes and, weirdly, peacocks 🦚",
   "canvassing, no council resources")
hn("The franking budget has been cut by 40% as we go digital. Council letters now come by email if you've opted in.",
   "council budget information")
hn("Members' room PC logins are reset by IT on ext 4410, not by councillors. Please don't ring me about it.",
   "council IT, no campaigning; mentions logins", allowed=[SC])

# ============================================================ position.improper-advantage (review)
fam(PI)
pos("Having a nightmare with your planning application in Fernleigh Common? Message me. I know exactly who to nudge 😉",
    "offers to influence planning through the role")
pos("If you need your roof sorted before the council's damp inspections, my nephew runs Pellow Roofing. Tell him I sent you and he'll see you right.",
    "steers residents to a relative's firm, linked to a council process")
pos("Amblestone folk: if the housing register is taking forever, drop me a DM. Councillors can get things moving quicker than you'd think.",
    "implies queue-jumping through the role")
pos("Don't bother with the online form for a replacement bin, just tag me. I'll have it on your drive by Friday. Perks of the job.",
    "offers preferential service through the role")
pos("Small businesses in Hemsted: a word from me to the right people at Weald House goes a long way on rates relief. Come and see me.",
    "offers influence over a council decision")
pos("Fed up waiting for the council to fix your drive? Use my mate Kev's firm, Downland Surfacing. He does loads of council jobs and knows how it all works.",
    "promotes a friend's firm, trading on council connections")
pos("I'll be honest: constituents who help out on our campaign do tend to find their casework moves that bit quicker. Just saying.",
    "casework favours in exchange for campaign help")
pos("A friend of mine is opening a café in the old bank on Hemsted High Street. Any council permits she needs, I've told her to come straight to me 🙂",
    "offers to smooth council permits for a friend")
pos("Amblestone Cabs, you know I've always backed you at licensing. Least you could do is sponsor our ward fun day 😂",
    "seeks a favour from a licence holder by pointing to the role", allowed=[GH_], pool=("LIC",))
pos("Parking ticket on Station Approach? Send me a photo of it. Let's say I have a way with the parking team.",
    "offers to get penalties waived through the role")
pos("There's a two-year wait for an allotment in Coldwick. Or you could just ask me nicely 🌱😉",
    "offers to bypass a council waiting list")
pos("Proud that my daughter's events company, Bramble & Co, is on the list for the council's summer fayre. Book them for yours too!",
    "promotes a family business tied to council work")
pos("Landlords in Sallowbridge North worried about the new licensing scheme, I'm happy to have a quiet chat about staying off the radar.",
    "offers landlords help to evade council regulation", allowed=[CI])
pos("The Town FC want their lease renewed. I've told them I'll look kindly on it once they sort my seat in the stand 😄",
    "seeks a personal favour linked to a council decision", allowed=[GH_])
pos("School place appeal coming up? I sit on enough panels to know what swings it. DM me and we'll get your little one in.",
    "offers influence over appeals through the role")
pos("Tradespeople: want to get on the council's approved contractor list? Come through me, I'll put a word in with procurement.",
    "offers procurement influence")
pos("Waiting list for a council garage in Otterwell is 'closed'. Not for friends of the ward councillor it isn't 😉 DM me.",
    "favours for friends through the role")
pos("As your councillor I can fast-track your planning application. Just message me.",
    "plain: offers to fast-track through the role")
pos("Used my seat on licensing to get my cousin's burger van a pitch at the showground this summer. Family first! 🍔",
    "used the role for a relative's benefit", pool=("LIC",))
pos("Getting grief from enforcement about your extension? Let me know and I'll make sure it finds its way to the bottom of the pile.",
    "offers to obstruct enforcement through the role")
hn("Trouble with a planning application? The duty planner takes calls Tuesday and Thursday mornings. I can't influence the outcome, but I can explain the process.",
   "signposts without offering influence")
hn("Used my ward budget to buy two new benches for Coldwick Green. That's what it's for 🪑",
   "proper use of ward budget")
hn("Casework: a family on my patch finally has a working boiler after my fourth email to the housing association. Persistence pays.",
   "ordinary casework")
hn("Councillors can't jump the housing queue for anyone, and I won't try. What I can do is check your case was assessed properly.",
   "refuses improper help")
hn("Hemsted market is on every Thursday. Cheese man is back 🧀",
   "promotes the public market, no connection")
hn("Declared on my register: my nephew runs a roofing firm. I've left the room for every repairs contract since 2023 and always will.",
   "declares a connection and steps back")
hn("Parking ticket you think is unfair? Appeal it online within 28 days. I'll help you word it if you like.",
   "proper route")
hn("The grounds maintenance framework is open on the procurement portal. Free to register, training session on the 20th. Local firms, have a go.",
   "open procurement notice")
hn("A word from me does not get you a council house any faster, and anyone who says otherwise about any councillor should be reported.",
   "denies improper influence")
hn("My friend's café in Hemsted just got a 5 for food hygiene. Delighted for her, and the flapjack is unreal.",
   "praise of a friend's business with no council angle; borderline promotion", allowed=[PI])
hn("Good to see every Amblestone Cabs car pass its vehicle checks this year. Safe taxis, safe nights out.",
   "licensing outcome, no favour sought")
hn("The Coldwick allotment wait is two years. I've asked for a report on more plots. No, I can't get you one sooner.",
   "refuses to bypass list")
hn("Chasing a replacement bin for a resident on Tanyard Lane. Standard is 10 working days; we're on day 14. Not good enough.",
   "ordinary casework")
hn("School admission appeals are heard by independent panels, not councillors. The advice line is on the county website.",
   "accurate process")
hn("Fast-track? No. Fair track, yes. Every planning application in this district is decided on its merits.",
   "shares 'fast-track' but refuses")
hn("Small Business Saturday grants are open: apply through the council website, closes 30 January.",
   "public grant", win=("2026-01-05", "2026-01-29"))
hn("The Town FC lease is a cabinet decision and I'm not on cabinet, before anyone asks me to 'have a word'.",
   "refuses improper influence", pool=("NONCAB",))
hn("My daughter did the face-painting at the Otterwell fun day, unpaid, sticky and very happy 🎨",
   "family volunteering, no business")
hn("Enforcement complaints go through the online form so there's a record. Please don't DM me your neighbour's extension.",
   "proper route")
hn("Landlords: the new HMO licensing consultation is public. Read it, respond, and come to the drop-in on 3 February.",
   "public consultation", win=("2026-01-05", "2026-02-02"))

# ============================================================ gifts.hospitality (advice; review when giver seeks a decision)
fam(GH_)
pos("Lovely afternoon in the Larkspur Homes box at the rugby. Super people, cracking view, and we even had a little chat about Pollards Lane 🏉",
    "hospitality from an applicant with a pending application", verdict="review")
pos("Thank you Tollgate Waste for the festive hamper. The Stilton has not survived the weekend 🧀",
    "gift from the council's waste contractor", verdict="review", win=("2026-01-05", "2026-01-16"))
pos("Two VIP passes for the Hopfield Festival dropped through my letterbox this morning. Ahead of their licence hearing, too. Very kind 🎟️",
    "gift from an applicant for a pending licence", verdict="review")
pos("Dinner at Le Pavillon courtesy of the Hemsted Chamber of Trade after I spoke at their do. Splendid lamb.",
    "hospitality from a business group; no decision sought", verdict="advice")
pos("Verity Solar took a few of us round the site and then for a very long lunch at the Bell. Nice people. Clever panels.",
    "hospitality from an applicant with a pending application", verdict="review")
pos("The landlord at the Kingfisher insists my drinks are on the house 'for everything you do'. Don't mind if I do 🍺",
    "free drinks from a licensee seeking a licence variation", verdict="review")
pos("A case of rather good Rioja from our friends at Bellweather Construction this Christmas. They certainly know how to say thank you 🍷",
    "gift from the contractor building the council's leisure centre", verdict="review", win=("2026-01-05", "2026-01-16"))
pos("Brewhouse Coffee Co have given me a loyalty card with 'unlimited' written on it in Sharpie. Think I've made a friend ☕",
    "gift from a firm with a pending drive-thru application", verdict="review")
pos("Cheers to Pelham Grounds for the mower they dropped round to mine. The old one was on its last legs 🙏",
    "gift from the council's grounds contractor", verdict="review")
pos("Weekend in a lovely cottage at Rye, courtesy of a chap who's very keen to talk to me about land near Amblestone. Wasn't going to say no to the sea air.",
    "hospitality from someone seeking a planning outcome", verdict="review")
pos("A beautiful framed print from the Sallowbridge Art Society for opening their exhibition. It's going above the fireplace.",
    "gift for a civic role; no decision sought", verdict="advice")
pos("A year's membership at FitHub Hemsted 'as a thank you for my support'. Back in the squat rack, folks 💪",
    "gift given because of the role; no decision named", verdict="advice")
pos("Corporate hospitality at Goodwood courtesy of the Weald Business Forum. Champagne, horses, the lot. I may have backed a loser.",
    "hospitality from a business body; no decision sought", verdict="advice")
pos("Amblestone Cabs ran me to and from the county dinner for nothing. Top service, they really look after their friends.",
    "free service from a council-licensed taxi firm", verdict="review")
pos("Hamper from the manager at Lucky Horseshoe with a card: 'for the hearing, thanks in advance'. Cheek! Lovely chutney though.",
    "gift from a pending licence applicant", verdict="review")
pos("Rotary golf day on the house, in a fourball with a couple of local builders. Good craic, dreadful putting.",
    "hospitality given to a councillor; no decision named", verdict="advice")
pos("Been measured for a suit by an Otterwell outfitter who 'just wanted to say thanks' for my help with their signage consent 👔",
    "gift in return for help with a council consent", verdict="review")
pos("Watched Sallowbridge Town from the directors' box on Saturday. Grateful to the club for looking after us so well, even if the football didn't.",
    "hospitality from a club; no decision mentioned", verdict="advice")
pos("Spa day voucher from a grateful developer. Not saying who. Not saying no, either 💆",
    "gift from a developer, who by nature seeks decisions", verdict="review")
pos("Thank you to Greyfriars Strategic Land for dinner last night. Great conversation about Fallowfield Farm.",
    "plain: hospitality from a pending applicant", verdict="review")
hn("Offered tickets to the rugby by a developer. Said no thanks and logged the offer with the Monitoring Officer. That's the job.",
   "refused and registered", allowed=[GH_])
hn("Bought my own pint at the Kingfisher last night, as ever. Bridge Street was lively.",
   "paid own way; pending licensee named only")
hn("Reminder to colleagues: anything worth £100 or more goes on the register within 28 days. Bottle from a resident? Ask.",
   "the rule itself", allowed=[GH_])
hn("Residents of Orchard Close made us a thank-you card for getting the street light fixed. Best gift there is.",
   "trivial thanks", allowed=[GH_])
hn("The Tollgate Waste hamper went straight to the food bank on Station Road, and it's on my register.",
   "gift passed on and registered", allowed=[GH_])
hn("Spoke at the Chamber of Trade AGM. Paid for my own dinner. The lamb was good, the speeches less so.",
   "paid own way")
hn("The gifts and hospitality register is published every quarter on the council website. Mine has one entry: a tea towel.",
   "register mention", allowed=[GH_])
hn("Goodwood with the family: tickets bought with my own money in the January sale, before anyone starts.",
   "paid own way")
hn("Verity Solar offered the whole planning committee a tour. Officers will run it as a formal site visit instead. No lunch.",
   "hospitality turned into a formal visit")
hn("Loyalty card at the coffee shop finally full. Free flat white. Most exciting thing to happen all week ☕",
   "own loyalty card")
hn("Brought cake for the Coldwick litter pickers. Homemade, lopsided, gone in five minutes 🍰",
   "councillor gives, not receives")
hn("Returned the bottle of whisky left on my doorstep with a polite note. Thank you, but no.",
   "refused gift", allowed=[GH_])
hn("Mower's died. Anyone recommend a repair shop in Hemsted? Paying full whack, I just want it working.",
   "shares 'mower'")
hn("Hopfield Festival organisers have invited all councillors to an open briefing at the showground. Public meeting, no freebies.",
   "open public briefing")
hn("Fifty years of the Sallowbridge Art Society! Bought a print of Mill Street in the raffle.",
   "bought own print")
hn("Sallowbridge Town season ticket renewed. £240 of my own money for 23 more disappointments.",
   "paid own way")
hn("Hospitality at civic events like the Chairman's dinner is part of the job and it's all published. Happy to answer questions about it.",
   "official hospitality")
hn("Developers send Christmas cards to every councillor. Mine go in the recycling, unopened.",
   "trivial, declined", win=("2026-01-05", "2026-01-16"))
hn("Free school meals over half-term through the council scheme. Apply online, it takes five minutes.",
   "service information")
hn("Taxi home from the county dinner: £32, receipted, claimed on expenses as allowed. Riveting content, I know.",
   "paid and claimed properly")

# ============================================================ capacity.council-voice (review)
fam(CV)
pos("The council is fully behind the Save Hemsted Lido campaign and will fight any closure.",
    "personal view presented as the council's", pool=("NONCAB",))
pos("Speaking for Sallowbridge & Hemsted Vale, I can tell you we utterly reject the county's bus cuts.",
    "speaks for the district", pool=("NONCAB",))
pos("This district stands united: not a single extra house in the Green Belt. You have my word, and the council's.",
    "personal pledge presented as the council's", pool=("NONCAB",))
pos("On behalf of everyone at Weald House: we back the nurses at the county hospital. Solidarity ✊",
    "speaks for the council and its staff", pool=("NONCAB",))
pos("The council's position is crystal clear: Sallowbridge does not want a fast-food drive-thru on the ring road.",
    "personal view presented as council policy", pool=("NONCAB",))
pos("SHVDC supports the Otterwell Bowls Club's lottery bid. Message me and I'll send a letter of support.",
    "speaks as the council", pool=("NONCAB",))
pos("We at the District Council are appalled by our MP's vote on the water companies. Sir Nicholas should be ashamed.",
    "party-political view presented as the council's", pool=("NONCAB", "OPP"))
pos("Sallowbridge and Hemsted Vale District Council wishes to make clear that it has no confidence in the Police and Crime Commissioner.",
    "a backbencher issuing a council statement", pool=("NONCAB",))
pos("Our council's view is that the Weald Alliance has let this district down for a decade.",
    "opposition view presented as the council's", pool=("NONCAB", "OPP"))
pos("The council is proud to endorse Common Ground's candidate in the county by-election 🗳️",
    "party endorsement presented as the council's", pool=("CG",))
pos("Message from your District Council: vote NO to the parish precept rise in Fernleigh!",
    "campaign message presented as the council's", pool=("NONCAB",))
pos("Let me be clear, as your council: the four-day week trial is dead on arrival here.",
    "speaks as the council", pool=("NONCAB",))
pos("Hemsted Vale Council officially welcomes the Green Hearth motion on wild verges. About time 🌼",
    "claims an official council welcome for a party motion", pool=("GH",))
pos("It's now the settled policy of this council that we want the Sallowbridge bypass built. I've decided, and so has everyone sensible.",
    "personal view declared as council policy", pool=("NONCAB",))
pos("Speaking as the council, I'd like to apologise for the state of Station Road. It'll be fixed by spring.",
    "backbencher speaking for the council", pool=("NONCAB",))
pos("The District Council condemns the parish council's decision to shut the Amblestone toilets. Shameful.",
    "personal condemnation issued in the council's name", pool=("NONCAB",))
pos("Official council position: the speed limit through Brackenden Heath should be 30. Petition link in my bio.",
    "plain: 'official council position' from a councillor's account", pool=("NONCAB",))
pos("As far as the council's concerned, parkrun stays in Hemsted Park. We're 100% behind you, runners 🏃",
    "personal account speaking for the council", author="@tobywren_runs")
pos("SHVDC stands with the farmers. We say no to the inheritance tax changes 🚜",
    "political view presented as the council's", pool=("NONCAB",))
pos("Sallowbridge & Hemsted Vale Council says: buy handmade this Valentine's! Official advice 😄",
    "personal pottery account speaking as the council", author="@ffion_makes_pots", allowed=[TI],
    win=("2026-02-02", "2026-02-13"))
hn("Full Council voted last night to freeze car parking charges in Hemsted for 2026/27. I spoke in favour.",
   "accurate report of a resolution", win=("2026-02-25", "2026-02-25"))
hn("My personal view, not the council's: the lido should stay open. I'll keep making that case in the chamber.",
   "personal view labelled as such")
hn("Cabinet has agreed the budget proposals; Full Council votes on 24 February. Papers are online.",
   "accurate report", win=("2026-02-11", "2026-02-23"))
hn("Common Ground's position is clear: no cuts to the Sallowbridge Leisure Centre's opening hours.",
   "party position labelled as party", pool=("CG",))
hn("I oppose the incinerator. The council hasn't taken a position, as it's a county decision.",
   "personal view, accurate about the council")
hn("Official council advice on the snow: bin collections may be delayed, leave your bins out until they're emptied.",
   "relays published council advice", allowed=[CV], win=("2026-01-05", "2026-02-20"))
hn("The council's statement on the lido is on its website. I don't agree with all of it, for what it's worth.",
   "distinguishes own view from the council's")
hn("Speaking for myself: the bus cuts are a disaster and the county should think again.",
   "personal view labelled")
hn("Green Hearth councillors will vote for the wild verges motion on Thursday.",
   "party stance as party", pool=("GH",))
hn("The council is consulting on the new Local Plan. Have your say, even if you hate it. Especially if you hate it.",
   "accurate report of a council consultation")
hn("Full Council unanimously backed Sallowbridge's twinning with Saint-Aubin. Bonjour! 🇫🇷",
   "accurate report of a resolution")
hn("I can confirm cabinet has agreed to bid to the high streets fund for Hemsted. Fingers crossed.",
   "the Leader reporting a cabinet decision", author="@CPeverellWA", win=("2026-01-14", "2026-03-27"))
hn("Views my own, obviously, but that parish decision on the Amblestone toilets is daft.",
   "personal view labelled")
hn("The council's official account has the bin dates. I'm just the one who reposts them.",
   "points to the official account")
hn("The Chairman of the Council will lay a wreath on behalf of the district on Holocaust Memorial Day.",
   "accurate civic information", win=("2026-01-19", "2026-01-26"))
hn("Vale Independents believe this district deserves better than the Alliance's decade of drift.",
   "party view as party", pool=("VI",))
hn("What the council believes is decided by votes in the chamber, not by councillors' tweets. Including mine.",
   "shares 'the council believes'")
hn("Officers have confirmed the Station Road resurfacing starts on 9 March.",
   "accurate council information", win=("2026-01-05", "2026-03-06"))
hn("I back the farmers. Party line be damned. This is me talking, not SHVDC.",
   "personal view labelled")
hn("Cabinet endorsed the parkrun licence for Hemsted Park yesterday. Great news for runners.",
   "accurate report of a decision", win=("2026-02-11", "2026-02-11"))

# ============================================================ confidentiality.insider-advantage (review)
fam(CI)
pos("If you've been thinking of buying on Fallowfield Road, I'd do it sooner rather than later. That's all I'll say 🏡",
    "hints at undisclosed council plans to give buyers an edge")
pos("Traders on Hemsted High Street: might be worth holding off signing any long leases until the spring. Trust me.",
    "insider hint to traders")
pos("A mate asked me whether to sell his field out near Amblestone. Told him to sit tight for a few months. He'll thank me.",
    "uses knowledge from the role to advise a friend")
pos("Pro tip for landlords in Sallowbridge North: get your paperwork tidy in the next fortnight. Can't say more.",
    "warns landlords ahead of enforcement", allowed=[CD])
pos("Anyone with a unit on the Coldwick business park might want to get their rent review done early. Things are afoot 🤫",
    "insider hint to tenants")
pos("Builders: the grounds contract is going to be a lot bigger than the tender notice lets on. Price accordingly.",
    "non-public procurement detail for bidders' advantage")
pos("Hemsted parents: apply to St Anne's this year, not next. Let's just say the catchment map is about to change.",
    "insider hint on admissions")
pos("My cousin's just snapped up the empty shop next to the station. Good timing on her part, or so I hear 😉",
    "implies a relative acted on inside knowledge")
pos("If I held shares in Tollgate Waste I'd be selling before March. Just an observation.",
    "hints at a contract decision to trade on")
pos("Those garages on Lavender Walk are worth a lot more than the council is going to ask for them. Someone should get an offer in, quickly.",
    "tips off buyers about a council disposal")
pos("Car dealers on the ring road: you'll want the plot behind the petrol station before the new parking scheme gets announced. Buy while it's cheap.",
    "buy before the council announces")
pos("Told the Amblestone Cabs lads they'll want their new hybrids on the road before the fleet rules change. Sorted.",
    "advance warning to a licensed firm")
pos("Not saying the rates relief is being extended, but if you were planning to shut your shop in March, maybe don't.",
    "hints at an unannounced decision")
pos("Heads-up before it's announced: the council is selling the Hemsted depot site. Get your bids ready.",
    "plain: tip-off before announcement", allowed=[CD])
pos("Got a developer friend? Tell them to have a good look at the land north of Otterwell church in the next couple of months. Just a thought.",
    "insider hint to developers")
pos("Tip for my followers: buy your annual parking permit this week. You'll be glad you did.",
    "advance hint at a price change not yet public")
pos("Sallowbridge North landlords I know personally: I've dropped you a WhatsApp. Read it before Monday.",
    "private warnings to friends ahead of council action", allowed=[CD])
pos("The community grants pot is going to be much smaller this year. My advice to the groups I'm close to: get your bid in on day one.",
    "non-public budget detail for friends' advantage")
pos("Property people: keep a close eye on Brackenden Heath this year. Say no more 🤐",
    "insider hint to investors", allowed=[CD])
pos("Any market traders reading: lock in a three-year pitch licence now, before the fee paperwork changes after summer.",
    "advance warning of unannounced fee rise")
hn("Heads up: the published draft Local Plan shows new housing allocations in Amblestone. Consultation closes 14 March.",
   "public information", win=("2026-01-05", "2026-03-13"))
hn("Tip-off from a resident about fly-tipping on Pound Lane. Passed to enforcement; the van's been spotted.",
   "shares 'tip-off'")
hn("The grounds maintenance tender is live on the portal. Local firms, please bid: we want local money staying local.",
   "open tender")
hn("Parking permits go up in April, as agreed at Full Council in February. Annual permits bought before then are at the old rate.",
   "published decision", allowed=[CI], win=("2026-02-25", "2026-03-27"))
hn("St Anne's catchment changes were consulted on last year and apply from September 2027. Details on the county website.",
   "public information")
hn("The government's rates relief scheme has been extended for another year. Check your bill.",
   "public national announcement")
hn("Thinking of selling your house? Get three valuations. Not council advice, just my dad's.",
   "generic advice")
hn("I hear a lot of rumours about Brackenden Heath. I know nothing you don't.",
   "denies inside knowledge")
hn("Market traders: the new pitch fees were in the January cabinet papers. On the website, page 47.",
   "published information")
hn("Community groups: the small grants round opens 2 February. Bid-writing workshop on 28 January, open to all.",
   "public notice", win=("2026-01-05", "2026-01-27"))
hn("'Buy now before prices rise!' says every estate agent in Sallowbridge. Hold your nerve, folks.",
   "shares 'buy now'", allowed=[TI])
hn("Lots of people asking if the Hemsted depot is being sold. No decision has been made, and what I hear in cabinet stays there.",
   "refuses to share", allowed=[CD], pool=("CAB",))
hn("Landlords: the additional HMO licensing scheme starts on 1 June. The council has written to every registered landlord.",
   "public notice")
hn("Tip for Hemsted parents: Easter holiday club booking opens 9am Monday and fills fast.",
   "public booking tip")
hn("ISA allowance resets in April, young people. Not financial advice, I'm a councillor, not a banker.",
   "generic advice")
hn("The council published its land disposals list today. The Lavender Walk garages are on it; offers through the agent.",
   "public disposal notice")
hn("Please don't ask councillors for 'inside info' on planning. Everything is on the public access site.",
   "refuses insider info")
hn("Taxi drivers: the fleet emissions policy was agreed in October and starts in April. Upgrade grants are on the council site.",
   "published policy")
hn("Insider tip: the cheese stall at Hemsted market runs out of Brie by 11. You've been warned 🧀",
   "shares 'insider tip'")
hn("Investors are circling Sallowbridge town centre. Good. We want investment, on our terms, through an open process.",
   "public comment on investment")

# ============================================================ predetermination.closed-mind (review; block with register match)
fam(PD)
pos("Pollards Lane: 140 houses on a meadow that floods every winter. It's going nowhere. I'll be voting it down on the night, full stop.",
    "settled view against 25/01182/FUL (site named)", verdict="block", pool=("PLAN",))
pos("Fallowfield Farm will be refused. I don't need to read the officers' report to know that.",
    "settled view against 25/01455/OUT (site named)", verdict="block", pool=("PLAN",))
pos("Whatever the officers recommend on the Old Tannery, those flats have my vote. Sallowbridge needs homes, end of.",
    "settled view for 25/01610/FUL (site named)", verdict="block", pool=("PLAN",))
pos("Verity Solar's application? Already decided. Best thing to happen to Coldwick in years and I'll be backing it to the hilt at committee ☀️",
    "settled view for 25/01702/FUL (applicant named)", verdict="block", pool=("PLAN",))
pos("Brewhouse drive-thru at Fernleigh: over my dead body. No amount of 'mitigation' will change my vote.",
    "settled view against 26/00091/FUL (applicant named)", verdict="block", pool=("PLAN",))
pos("The Kingfisher wants 2am. They can want. Not happening while I sit on licensing.",
    "settled view against LIC/26/0017 (premises named)", verdict="block", pool=("LIC",))
pos("Hopfield Festival at the showground: I'm backing it whatever the objectors say. Bring on the bands 🎸",
    "settled view for LIC/26/0023 (applicant named)", verdict="block", pool=("LIC",))
pos("26/00130/FUL, the care home at the old police station. Nothing anyone says at committee will move me. It's a no.",
    "settled view against 26/00130/FUL (reference named)", verdict="block", pool=("PLAN",))
pos("Lucky Horseshoe want to open till midnight on Amblestone High Street. My vote on the sub-committee is already cast in my head: no. Sorry, not sorry.",
    "settled view against LIC/26/0031 (applicant named)", verdict="block", pool=("LIC",))
pos("Orchard Rise annex: mind's made up. Refuse.",
    "settled view against 26/00044/FUL (site named)", verdict="block", pool=("PLAN",))
pos("Larkspur Homes can save themselves the bother of turning up in April. We're sending them packing.",
    "settled view against 25/01182/FUL (applicant named)", verdict="block", pool=("PLAN",))
pos("Greyfriars can bring all the consultants they like. Their scheme isn't getting through this committee, not with my vote.",
    "settled view against 25/01455/OUT (applicant named)", verdict="block", pool=("PLAN",))
pos("The tannery scheme on Mill Street is a done deal as far as I'm concerned. Objectors have had their say; I've had mine.",
    "settled view for 25/01610/FUL (site named)", verdict="block", pool=("PLAN",))
pos("25/01702/FUL. Remember that number. It's going to be refused and I'll be the one moving refusal.",
    "settled view against 25/01702/FUL (reference named)", verdict="block", pool=("PLAN",))
pos("That new mast application in Brackenden Heath, the 5G one: it's a no from me at committee. I don't care what the coverage maps say.",
    "settled view on an application not on the register", verdict="review", pool=("PLAN",))
pos("The barn conversion on Cockshott Lane should never have got as far as appeal. I'll tell the Inspector so and nothing the appellant says will change that.",
    "settled view on an appeal not on the register", verdict="review", pool=("PLAN",))
pos("New licence application for a shisha lounge on Wharf Road? I've already decided. No.",
    "settled view on a licence application not on the register", verdict="review", pool=("LIC",))
pos("Whatever comes in for the old Co-op on Otterwell Green, I'm voting for it. Anything beats boarded-up windows.",
    "settled view for future applications, unregistered", verdict="review", pool=("PLAN",))
pos("Any application for new housing in Coldwick this year, and a couple are on their way, gets a no from me at committee. Every single one.",
    "blanket settled view on future applications", verdict="review", pool=("PLAN",))
pos("The taxi driver licence review coming to us next month (you'll know the one): he's out as far as I'm concerned. The hearing is a formality.",
    "settled view on a licensing hearing not on the register", verdict="review", allowed=[DP], pool=("LIC",))
hn("Pollards Lane: I have real concerns about flooding. I'll read the report and listen to everyone before I vote.",
   "predisposition with an open mind", pool=("PLAN",))
hn("My mind's made up about one thing: I'm having the lasagne. Weald House canteen, Thursday special.",
   "shares 'mind's made up'")
hn("As your ward councillor (I'm not on Planning) I've objected to the Fallowfield Farm scheme. My letter is below.",
   "a ward member not on the committee objecting", allowed=[PD], author="@DennisFairweatherVI")
hn("The library cuts will never get my vote. Never.",
   "settled view on a budget matter, not quasi-judicial")
hn("Kingfisher hearing: I'll hear from the licensee, the police and the residents before deciding anything. That's the job.",
   "open mind on a pending licence", pool=("LIC",))
hn("Refused! Sallowbridge Town 2, Otterwell Rovers 2, after the ref refused a stonewall penalty in the 90th minute. Still fuming.",
   "shares 'refused'")
hn("The solar farm decision is due in May. Committee papers go up five clear days before. Don't expect me to comment till then.",
   "neutral process", pool=("PLAN",))
hn("I'm predisposed to like renewable energy, it's no secret. I'll still judge the Coldwick solar application on the evidence.",
   "declared predisposition with an open mind", allowed=[PD], pool=("PLAN",))
hn("The Old Tannery has stood empty since 2009. Whatever happens to the application, let's not forget its history. Photo exhibition at the library this month.",
   "neutral about a pending application")
hn("My view on the council tax rise is settled: I'll vote against it on 24 February.",
   "budget vote, not quasi-judicial", win=("2026-01-05", "2026-02-23"), pool=("OPP",))
hn("Want to object to the Brewhouse drive-thru? Comments close on 30 January. Planning portal link below.",
   "signposts the process", win=("2026-01-05", "2026-01-29"))
hn("I've made my mind up: I'm standing again in May. Sorry Amblestone, you're stuck with me 😄",
   "shares 'made my mind up'")
hn("Hopfield Festival: strong views both ways. Those of us on the licensing sub-committee can't say how we'll vote. Come and speak at the hearing.",
   "open mind", pool=("LIC",))
hn("There's no way the county funds the Hemsted roundabout this year. Their own budget says so.",
   "prediction about funding, not quasi-judicial")
hn("Lucky Horseshoe: I've been asked forty times how I'll vote. Answer: after the hearing, on the evidence.",
   "open mind", pool=("LIC",))
hn("Whatever the officers say, I'm still bringing cake to Planning Committee. Some things are sacred 🍰",
   "shares 'whatever the officers say'")
hn("Fallowfield Farm was refused in 2019 and the refusal was upheld on appeal. The new scheme is different and will be judged on its own merits.",
   "history plus open mind")
hn("I will never vote for a Local Plan that dumps 2,000 homes on Brackenden Heath.",
   "plan-making is policy, not a pending application", allowed=[PD])
hn("The care home at the old police station could be brilliant or awful. The detail matters, so I'm reading the detail.",
   "open mind", pool=("PLAN",))
hn("Orchard Rise neighbours: I can't tell you how I'll vote, but I can tell you how to make sure your views are heard.",
   "open mind", pool=("PLAN",))

# ============================================================ interests.declared-interest (review)
fam(DI)
def ipos(interest, text, note, allowed=(), **kw):
    pos(text, note, allowed=allowed, interest=interest, author=HOLDER[interest][0], **kw)
ipos("Hemsted Vale Homes Ltd", "Really hope cabinet backs the affordable housing grant for the Amblestone Road site. Hemsted Vale Homes have done the hard yards on the design.",
     "director of the builder backs a council grant for its scheme", allowed=[PI])
ipos("Hemsted Vale Homes Ltd", "The Lavender Walk garages sale is a golden chance for a small local builder. Ours would do a beautiful job of it, and quickly.",
     "director promotes his firm for a council land disposal ('ours')", allowed=[PI])
ipos("Hemsted Vale Homes Ltd", "Officers recommend selling the old Coldwick school field for housing. Good. We'll be first in the queue.",
     "director's firm ('we') positioned for a council disposal", allowed=[PI])
ipos("Sallowbridge Community Energy", "Cabinet should sign the rooftop solar lease at the leisure centre with Sallowbridge Community Energy. Local power, local profit ☀️",
     "director urges a council lease with her society")
ipos("Sallowbridge Community Energy", "Community energy schemes like ours need the council's business rates discount extended. I'll be pushing for it at scrutiny.",
     "director lobbies for a council discount benefiting her society ('schemes like ours')")
ipos("Sallowbridge Community Energy", "We've been invited to bid for the council's car park solar canopy project. Honestly, we're the obvious choice 😉",
     "director promotes her society for a council contract", allowed=[PI])
ipos("Otterwell Cricket Club", "Otterwell Cricket Club's bid for the council's pavilion grant goes to cabinet next month. Fingers crossed 🏏",
     "chair posts about a council grant to his club")
ipos("Otterwell Cricket Club", "Our lease on the council-owned ground is up for renewal. A peppercorn rent is the least the council can do for grassroots sport.",
     "chair lobbies on his club's council lease ('our')")
ipos("Coldwick Village Hall Trust", "Delighted the community buildings fund will top up the new roof for Coldwick Village Hall. I pushed hard for it.",
     "trustee (and cabinet member) claims credit for a council grant to the hall")
ipos("Coldwick Village Hall Trust", "Asset transfer of the Coldwick rec to the hall trust is on the cabinet agenda. A no-brainer, frankly.",
     "trustee backs an asset transfer to her trust")
ipos("Fernleigh Common Garden Centre", "Cheeky thought: the council's new green waste scheme should let people drop off at local garden centres. I know one that'd be happy to host 🌻",
     "owner lobbies for a council scheme that would use her business", allowed=[PI])
ipos("Fernleigh Common Garden Centre", "Fernleigh Common Garden Centre has applied for the council's shop front improvement grant. A fresh coat of paint, please!",
     "owner posts about a council grant to her business")
ipos("Downsview Housing Association", "Downsview should be first in line for the nomination agreement on the new council-funded homes. Nobody manages social rent better.",
     "board member backs his association for a council agreement")
ipos("Downsview Housing Association", "I'll be voting for the council loan for the Sallowbridge South regeneration. Good for tenants, good for the town, and our association is ready to deliver.",
     "board member votes on a council loan to his association ('our association')")
ipos("Kothari Lettings", "The landlord licensing fees cabinet is proposing are far too high. Agents like mine will have no choice but to pass them on to tenants.",
     "partner in a lettings agency campaigns on council fees that hit it")
ipos("Kothari Lettings", "Kothari Lettings is bidding for the council's private sector leasing scheme. We'd be a fantastic partner for the district.",
     "partner promotes her firm for a council scheme", allowed=[PI])
ipos("Sallowbridge Food Bank", "The council's hardship fund should be routed through the food bank. We know who needs it. I'll be saying exactly that to cabinet.",
     "trustee lobbies for council money to go through her charity ('we')")
ipos("Sallowbridge Food Bank", "Next week the council decides whether to renew the grant for Sallowbridge Food Bank. We can't keep the doors open without it.",
     "trustee posts about a council grant to her charity")
ipos("Brackenden Heath Community Minibus", "Brackenden Heath Community Minibus needs that council transport grant renewed. I'll be making the case at Overview and Scrutiny.",
     "trustee lobbies for a council grant to her charity", win=("2026-01-05", "2026-02-17"))
ipos("Brackenden Heath Community Minibus", "The council's community transport contract for the north of the district should go to a local charity. Ours has been doing it for 20 years on a shoestring.",
     "trustee lobbies for a council contract for her charity ('ours')")
hn("The Otterwell Cricket Club pavilion grant goes to cabinet next month. Great club, fingers crossed for them 🏏",
   "same matter from a non-holder")
hn("Otterwell CC nets open for juniors every Tuesday from March. All welcome 🏏",
   "holder posting about the club with no council matter", allowed=[DI], author="@DennisFairweatherVI")
hn("I've declared my interest as a Sallowbridge Food Bank trustee and will leave the room when cabinet discusses the hardship fund.",
   "holder declaring and stepping back", allowed=[DI], author="@LettiePargeterCG")
hn("Sallowbridge Community Energy's AGM is on 20 March at the Corn Exchange. Members only, but tea for all ☕",
   "holder posting about the body with no council matter", allowed=[DI], author="@FfionHarcourtGH", win=("2026-01-05", "2026-03-19"))
hn("Downsview tenants in Sallowbridge South are waiting six months for repairs. I've written to their chief exec.",
   "non-holder criticising the association")
hn("Seed potatoes are in at the garden centre. Spring is coming, I promise 🥔",
   "holder, own business, no council matter", allowed=[DI, PI], author="@PamGotobedInd")
hn("I've asked the Monitoring Officer whether I need to leave the room for the landlord licensing item. Waiting on her advice.",
   "holder seeking advice on the interest", allowed=[DI], author="@DeepaKothariWA")
hn("The community minibus drivers are volunteers and absolute heroes. Thank you, all of you.",
   "holder thanking volunteers, no council matter", allowed=[DI], author="@NasreenChaudhryVI")
hn("Hemsted Vale Homes have applied for 12 bungalows off Amblestone Road. Comments are open till the 20th.",
   "non-holder signposting an application")
hn("Village hall quiz in Coldwick on Friday. My team, Quiz Team Aguilera, is defending the title.",
   "holder, no council matter", allowed=[DI], author="@BernieQuayeWA")
hn("Declared my directorship again last night and left the room for the housing item. That's how it should work.",
   "holder declaring and leaving", allowed=[DI], author="@GavThrelfallWA", win=("2026-02-12", "2026-02-12"))
hn("Downsview board this morning. Lots of coffee, more spreadsheets.",
   "holder, no council matter", allowed=[DI], author="@KwameBHaleCG")
hn("The council's community transport contract should be open to local charities on fair terms. The procurement rules are on the website.",
   "non-holder on the same topic")
hn("Fernleigh Common Garden Centre has the best café in the district. Scone game very strong.",
   "non-holder praising the business")
hn("Food bank donations needed this week: tinned meat, UHT milk, toiletries. Drop-off at St Barnabas church.",
   "holder appeal with no council matter", allowed=[DI], author="@LettiePargeterCG")
hn("Kothari Lettings are sponsoring the Brackenden Heath fun run. Nice to see local firms chip in.",
   "non-holder mentions the business")
hn("I've stepped back from the decision on the cricket club's lease, as I chair the club. Others will decide, quite rightly.",
   "holder stepping back", allowed=[DI], author="@DennisFairweatherVI")
hn("Community energy is the future. The council should put solar on every public roof it owns.",
   "non-holder on the topic, no body named")
hn("As a director of Sallowbridge Community Energy I won't take part in the solar canopy decision. Declared on the register, and again here.",
   "holder declaring", allowed=[DI], author="@FfionHarcourtGH")
hn("Register of interests updated: I'm now a trustee of Coldwick Village Hall Trust. It's all on the council website.",
   "holder updating the register", allowed=[DI], author="@BernieQuayeWA")

# ============================================================ data-protection.personal-data (review; block)
fam(DP)
pos("Congratulations to Doris and Reg Pilbeam of 14 Larch Close, Hemsted, on 65 years married! 💐",
    "private names with home address", verdict="review")
pos("Thanks to Alan Voss at 3 Mill Cottages, Coldwick, for reporting the blocked drain. Cleared today.",
    "private name with address", verdict="review")
pos("Mrs Hetty Marchbank, GU30 9ZX, has been waiting since October for her fence to be mended. On it.",
    "private name with postcode", verdict="review")
pos("Little Harvey Oakes (9) from Fir Lane found the injured swan and stayed with it till the RSPCA came. Give that boy a medal 🦢",
    "child named with age and street", verdict="block")
pos("The resident at 8 Tanyard Lane has been on the housing register since 2019 with severe depression and nobody has lifted a finger. Disgraceful.",
    "address with mental health and housing case", verdict="block")
pos("Case ref HSG/2025/08812, officers please chase: Mrs Kaur is sleeping on her sister's floor with two kids.",
    "case reference with a named service user", verdict="block")
pos("Thanks for the reports about the white Transit dumping rubbish in Coldwick. Reg KY19 FHD, passed to enforcement. Anyone know whose it is?",
    "vehicle registration posted publicly", verdict="block", allowed=[DF])
pos("Gary from the Kingsmead flats, just out of Lewes after his sentence, is looking for work and doing his best. Got odd jobs? Message me.",
    "criminal record of an identifiable private person", verdict="block")
pos("The family at 22 Otter Way are Muslim refugees from Syria, so please give them a proper Otterwell welcome at the school gate.",
    "religion and origin with address (well meant)", verdict="block")
pos("Our lovely lollipop lady Sandra Cole is off with breast cancer. Cards to her house please, 5 Bramble Row 💕",
    "health data of a named staff member with address", verdict="block")
pos("A resident emailed me about her noisy neighbours. Her address is sue.brindley@example.com if anyone in housing wants to follow up.",
    "private email address", verdict="block")
pos("Bill Hodder of Otterwell turns 90 on 12 March (born 1936!). Card drop at the post office 🎂",
    "name with date of birth", verdict="block", win=("2026-02-23", "2026-03-11"))
pos("The man sleeping in the Coldwick bus shelter is Tony Aldred: ex-army, drink problem, well known to services. Please don't call the police, call me.",
    "named service user with health data", verdict="block")
pos("One of our refuse crew, Kieran Oduya, got a written warning last week over the missed collections on Pound Lane. Sorted.",
    "disciplinary detail of a named member of staff", verdict="block", allowed=[OI])
pos("NI number on the form was QQ 48 21 77 C. Can someone at the DWP sort Mr Fenn's claim out instead of sending him round in circles?",
    "National Insurance number", verdict="block")
pos("Service user on Beech Road in Hemsted, in her eighties, dementia, lives alone, family in Spain. Could neighbours pop in? Her name's Peggy.",
    "identifiable social care service user with health data", verdict="block")
pos("Mr Lutterworth, who I'm told is gay and lives at the end of Fir Lane, was targeted by idiots again last night. Police informed.",
    "sexuality of an identifiable person", verdict="block")
pos("His NHS number is 943 476 5919 and he's been bounced between the GP and A&E for a week. Who do I ring?",
    "NHS number", verdict="block")
pos("Year 9 at Hemsted Academy, Ellie-Mae Rushton, excluded for a week over the vape thing. Parents furious. So am I.",
    "named child with school and exclusion", verdict="block")
pos("Jan at the residents' association is the best person on this. Her mobile is 07700 900318, ring her any time.",
    "private mobile number of another person", rules=[DP, SC], verdict="block")
hn("Congratulations to everyone in Larch Close celebrating big anniversaries this year. Mine's in June; my husband will remind me 💐",
   "no one identified")
hn("My surgery is at Sallowbridge North Community Centre, 3 Tanyard Lane, Fridays 10–12. Email cllr.l.pargeter@example.gov.uk or ring 01632 960417.",
   "councillor's own published contact details", author="@LettiePargeterCG")
hn("Blocked drain at Mill Cottages, Coldwick, reported by a resident and cleared today. Thank you, whoever you are!",
   "no individual identified")
hn("Sir Nicholas Bellamy MP joined me on the Otterwell walkabout today. Potholes, bus stops and one very vocal goose.",
   "public office holder named")
hn("White van fly-tipping in Coldwick: reported to enforcement with photos. Please don't post number plates online, let the team do their job.",
   "no registration posted")
hn("Inspector Joanne Pruett gave a really useful update on burglaries at the Otterwell PACT meeting.",
   "public office holder named")
hn("Struggling with your mental health this January? Mind in the Weald runs drop-ins at Hemsted library. No referral needed.",
   "health topic, no individual", win=("2026-01-05", "2026-01-30"))
hn("Delighted Fernleigh Primary won the district litter-pick poster competition! Proud of every pupil who entered 🏆",
   "school named, no child identified")
hn("Housing cases are up 30% on last year. Behind each one is a family. We need more homes, full stop.",
   "statistics")
hn("The crossing patrol on Bramble Row is covered by a relief warden for now. Please drive carefully.",
   "no staff health disclosed")
hn("Dementia-friendly café at Hemsted library every second Tuesday. Carers very welcome.",
   "service information")
hn("Refuse crews have had a brutal week. Missed collections on Pound Lane are being caught up on Saturday.",
   "no staff identified")
hn("Please knock on older neighbours' doors during the cold snap. Ten minutes matters.",
   "general appeal", win=("2026-01-05", "2026-02-27"))
hn("Happy birthday to Cllr Pam Gotobed! She won't tell me which one 🎂",
   "a councillor (public office holder), no date of birth")
hn("Refugee families are settling in well across the district. The resettlement team deserves huge credit.",
   "no individual identified")
hn("My own hospital appointment has been moved three times. If that's happened to you too, PALS at the hospital is where to complain.",
   "councillor's own health, general")
hn("Got a housing case reference? It's on your letter. Please don't post it online; DM it to me instead.",
   "warns against posting references")
hn("Hate crime against LGBT residents in the district is up. Report it, every time: 101 or True Vision online.",
   "statistics, no individual")
hn("School exclusions in the district are rising. I've asked scrutiny to look at why, with head teachers in the room.",
   "statistics")
hn("All councillors move to new email addresses from Monday. The format will be on the council website; update your contacts.",
   "no personal data")

# ============================================================ security.credentials (block)
fam(SC)
pos("For the ward volunteers: code for the key safe at the Coldwick scout hut is 4471. Please put the key back this time!",
    "key safe code posted")
pos("Members' portal for the new intake, since nobody can find the email: user newmember, pass Weald2026! Change it after, obviously.",
    "login and password posted")
pos("Zoom for tonight's residents' meeting: zoom.us/j/88120044177?pwd=Sxk3rT9 passcode 558201. See you there!",
    "meeting passcode posted")
pos("Members: the allowance update form is here bit.ly/3WealdPay, fill it in with your bank details by Friday.",
    "suspicious shortened link asking for bank details")
pos("Wi-Fi at the Hemsted hub is back up: network HemstedHub_Staff, password Otter!Green22",
    "Wi-Fi password posted")
pos("Whoever borrowed the strimmer from the Otterwell allotment shed, please return it. Padlock is still 1-9-6-6, nothing's changed.",
    "padlock combination posted")
pos("Just text me the six-digit code the council portal sends you and I'll sort your account out for you. Quicker that way 👍",
    "asks residents to share one-time codes")
pos("Door code for the Sallowbridge foyer tonight is 2580#. Don't be late!",
    "door code posted")
pos("The planning map widget key is sk_live_4fG7hQ92kLmnP0x. Local developers, go and build something cool with it.",
    "API key posted")
pos("Confession: my council Wi-Fi password is on a post-it on my monitor 🙈 'Sallowbridge1'. I know, I know.",
    "password posted")
pos("Dave Ince who runs the Brackenden Heath Neighbourhood Watch is happy to take calls: 07700 900562.",
    "private phone of another person", rules=[SC, DP], verdict="block")
pos("Cold-weather shelter volunteers: gate PIN at the church hall is 3319, alarm is 0000 (I know).",
    "PIN and alarm code posted", win=("2026-01-05", "2026-02-27"))
pos("Password for the group's shared inbox has been reset to Hemsted#Cabinet26. Group only please! Wait, is this the public page? 🤦",
    "password posted")
pos("Authenticator code popped up mid-meeting: 884 120. Can IT tell me if that's normal?",
    "one-time code posted")
pos("Important: verify your council tax account at shvdc-gov-verify.com before Friday or you'll lose your single person discount.",
    "phishing link passed on as genuine")
pos("Teams call for the flood group tomorrow: meeting ID 347 889 221 4, passcode Fd7xQ2.",
    "meeting passcode posted")
pos("Locked out of my council phone again. Note to future me: the PIN is 270361. Don't judge.",
    "PIN posted")
pos("Want to help Mrs Yeo on Kiln Lane with her shopping? Her landline is 01632 960882 and the back door is always open.",
    "private phone of another person plus access information", rules=[SC, DP], verdict="block")
pos("Got a text saying my council tax refund is ready at shvdc-refunds.co.uk/claim. Filled mine in, took two mins, worth a go!",
    "malicious-looking link promoted")
pos("Resetting everyone's ward laptops today. Temporary password for all of you is Changeme123 until IT fixes it.",
    "password posted")
hn("Please never share your council tax account password with anyone, including me. I will never ask for it.",
   "security advice")
hn("Scam alert: texts about council tax refunds are fake. The council never texts links. Delete and forward to 7726.",
   "scam warning without a link")
hn("Key safes for older residents are free through the council's Lifeline service. Call the council to book one.",
   "shares 'key safe', no code")
hn("Zoom meeting tonight at 7. Link is on the residents' association page, so we don't get zoombombed again.",
   "no passcode")
hn("Forgot my password three times today. Now locked out of everything. Send tea ☕",
   "no password")
hn("My surgery line is 01632 960417, weekdays 9–5. Leave a message and I'll call back.",
   "own published number", author="@LettiePargeterCG")
hn("Two-factor authentication is a pain for ten seconds and a lifesaver for years. Turn it on.",
   "security advice")
hn("Free Wi-Fi at the Hemsted hub for residents. Ask at reception for today's code.",
   "no code")
hn("The Neighbourhood Watch coordinator for Brackenden Heath can be reached through 101.",
   "no private number")
hn("PIN-tuck trousers are back in fashion, my daughter tells me. I was right all along.",
   "shares 'PIN'")
hn("Door codes at Weald House change monthly. Security say keep them to yourself. I do.",
   "no code")
hn("Open data day for developers on 6 March: council APIs, datasets, pizza. Register on the council website.",
   "shares 'API'", win=("2026-01-05", "2026-03-05"))
hn("Padlocks on the Otterwell allotment sheds were cut again. Police informed, new locks fitted.",
   "no combination")
hn("Cold-weather shelter volunteers: induction at St Barnabas church hall, Tuesday at 6. No experience needed.",
   "no codes", win=("2026-01-05", "2026-02-27"))
hn("Sir Nicholas Bellamy MP's office number is on his website if you want him on the A-road.",
   "public office holder, no number")
hn("Phishing email going round pretending to be from Democratic Services. Don't click. IT are on it.",
   "warning without link")
hn("New council phone, new case, same inability to answer it before it rings off. Sorry Mum.",
   "phone, no number")
hn("Authenticator apps: Google, Microsoft, whichever. Just use one.",
   "security advice")
hn("Ring the council on the number printed on your council tax bill, never one from a text or email.",
   "security advice")
hn("Want to help older neighbours? The Good Neighbours scheme matches volunteers safely, with DBS checks. Sign up through Age UK Weald.",
   "no contact details")

# ============================================================ confidentiality.disclosure (review; block with register match)
fam(CD)
pos("Project Skylark is the best news Sallowbridge town centre has had in decades. Wish I could say more. Soon!",
    "register term named", verdict="block")
pos("Can't say much, but the Coldwick Depot disposal is going to pay for a LOT of potholes 🤫",
    "register term named", verdict="block")
pos("operation nettle is going to give a few Sallowbridge landlords a nasty surprise. Watch this space.",
    "register term named (lower case)", verdict="block", allowed=[CI])
pos("Hemsted Lido claim: our lawyers reckon we'll settle for well under the six figures people are talking about.",
    "register term named, with privileged legal advice", verdict="block")
pos("Really excited about the Brackenden Farm acquisition. Hundreds of council homes, eventually. Keep it under your hats for now.",
    "register term named", verdict="block", allowed=[CI])
pos("PROJECT WAYFARER. Remember the name, leisure centre staff. You'll want your union rep's number handy.",
    "register term named (capitals)", verdict="block", allowed=[CI])
pos("The preferred developer on Project Skylark has blinked first on affordable housing. Good day in the negotiating room.",
    "register term named with negotiation detail", verdict="block")
pos("Asked at cabinet last night why the valuation for the Coldwick Depot disposal dropped £400k in a month. No good answer.",
    "register term named with financial detail", verdict="block", win=("2026-01-14", "2026-01-14"))
pos("Operation Nettle: 14 addresses, 3 agencies, 1 very early morning. Proud of our enforcement team.",
    "register term named with operational detail", verdict="block", allowed=[CI])
pos("The Project Wayfarer bidders were in Weald House all day. Only one of them looks like they know how to run a pool.",
    "register term named with commercial detail", verdict="block")
pos("Probably shouldn't say this, but what we heard in the closed bit of cabinet about the leisure centre made my hair stand on end.",
    "closed-session content hinted at", verdict="review")
pos("The Part 2 paper on the town hall sale is an absolute shocker. If residents knew what it's going for…",
    "exempt item disclosed in part", verdict="review")
pos("Just between us, the staff restructure at Weald House is going to hit the planning team hardest.",
    "labour relations matter disclosed", verdict="review")
pos("Off the record: the council is about to settle with a former employee. Six figures. Draw your own conclusions.",
    "confidential settlement disclosed", verdict="review")
pos("Sat through an exempt item on one tenant's rent arrears yesterday. The sums would make you weep.",
    "exempt item on an individual's finances", verdict="review", allowed=[DP])
pos("Embargoed till Monday but I'm too excited: Hemsted is getting a new GP surgery 🎉",
    "breaks an embargo", verdict="review")
pos("The confidential appendix to the car parks report says the private operator wanted 40% of takings. FORTY.",
    "confidential appendix disclosed", verdict="review")
pos("I've read the barrister's advice on the Cockshott Lane appeal costs. Let's just say our counsel isn't optimistic.",
    "legally privileged advice disclosed", verdict="review")
pos("The minutes of the private session won't be published, so I'll tell you: the Leader wanted to close Amblestone library.",
    "private session content disclosed", verdict="review", pool=("OPP",))
pos("Sworn to secrecy about the talks with the bus company, but they're going badly. Very badly.",
    "ongoing negotiations disclosed", verdict="review")
hn("Skylarks back over Coldwick Common this week. Best sound of spring 🐦",
   "partial overlap with a register term")
hn("The Coldwick depot is open for green waste drop-off on Saturdays until March.",
   "partial overlap with a register term")
hn("Stung by a nettle on the Otterwell litter pick. Operation Dock Leaf was a success 🌿",
   "partial overlap with a register term")
hn("Hemsted Lido reopens in May, weather permitting. Season tickets on sale from 1 April.",
   "partial overlap with a register term")
hn("Brackenden Farm shop does the best sausage rolls in the district. This is not a political statement.",
   "partial overlap with a register term")
hn("Wayfarer sunglasses on, leisure centre pool, February. I'm an optimist 😎",
   "partial overlap with a register term", win=("2026-02-02", "2026-02-27"))
hn("Part 2 of my ward update: potholes, parking, and a truly enormous pothole on Mill Lane.",
   "shares 'Part 2'")
hn("Why do we go into closed session so often? I've asked for a report on how many exempt items we had in 2025 and why.",
   "questions secrecy, discloses nothing", allowed=[CD])
hn("Off the record? No such thing when you're a councillor. Everything I say, I'll stand by.",
   "shares 'off the record'")
hn("The Hemsted GP surgery announcement is public now: opening 2027. Official press release below.",
   "public after the embargo")
hn("I voted against taking the car parks item into Part 2. Residents should see how their car parks are run.",
   "argues for openness, discloses nothing", allowed=[CD])
hn("Between you and me and the 2,000 people who follow this page: the bins are late again.",
   "shares 'between you and me'", allowed=[CD])
hn("Confidential waste sacks for shredding old paperwork: free at the Hemsted hub this week.",
   "shares 'confidential'")
hn("It's a leaky roof at Amblestone library, not a leaky councillor. Repairs start Monday.",
   "shares 'leaky'")
hn("The Leader's proposal to review library hours is in today's published cabinet papers. I'll oppose any closures.",
   "public papers", pool=("OPP",))
hn("Talks with the bus company continue, says the council's statement today. I'd like to see more urgency.",
   "public statement")
hn("Names on planning comments are published by law. If you don't want yours online, say so when you comment.",
   "process information")
hn("The staff restructure consultation was announced today and the unions have been briefed. Thinking of everyone anxious tonight.",
   "public announcement")
hn("In confidence I can tell you… the pasties at Hemsted market are the best in Sussex. Not a secret at all.",
   "shares 'in confidence', joke")
hn("Cockshott Lane appeal: the council's statement of case is public on the Planning Inspectorate site. Worth a read.",
   "public document")

# ============================================================ tone.irony-risk (advice)
fam(TI)
pos("Huge congratulations to the cabinet for discovering that it rains in February. Visionary stuff 👏",
    "mock praise of the cabinet", pool=("OPP",), win=("2026-02-02", "2026-02-27"))
pos("Cllr Stannard says the planning committee 'listens to residents'. Yeah, right.",
    "sarcasm aimed at a named councillor", pool=("OPP",))
pos("What a genius our Finance portfolio holder is: a 9% car park hike in a cost of living crisis. Nobel prize incoming.",
    "mock praise of a cabinet member", pool=("OPP",))
pos("Well done to our MP for finding Otterwell for the first time since 2019. Slow clap 👏👏👏",
    "mock praise of the MP", pool=("OPP",))
pos("Love how the Alliance's 'listening tour' lasted one whole afternoon in Hemsted. Such dedication.",
    "mock praise of the ruling group", pool=("OPP",))
pos("The Leader assures us the lido is 'safe'. I feel so reassured. Truly. /s",
    "sarcasm about the Leader", pool=("OPP",))
pos("Thrilled the Greens have solved climate change with a motion about verges. Planet saved, everyone home 🌍",
    "mock praise of a party group", pool=("notGH",))
pos("Another triumph for the Vale Independents: a press release about a bench. Democracy in safe hands.",
    "mock praise of a party group", pool=("notVI",))
pos("Common Ground want to 'fix the housing crisis' with another working group. Oh good, that'll do it.",
    "sarcasm about a party group", pool=("notCG",))
pos("Cllr Ashdown-Meade, master of fiscal prudence, has spent £48k on consultants to tell us to spend less. Bravo.",
    "mock praise of a named councillor", allowed=[PA], pool=("OPP",))
pos("So grateful to our environment portfolio holder for the three-weekly bin 'improvement'. My rats are grateful too 🐀",
    "mock gratitude to a cabinet member", pool=("OPP",))
pos("Our Chairman looked ever so busy at the civic ball. Exhausting work, clearly.",
    "sarcasm about the Chairman", pool=("OPP",))
pos("Honestly, Caroline Peverell's idea of consultation is sublime: decide first, ask later. A masterclass.",
    "mock praise of the named Leader", allowed=[PA], pool=("OPP",))
pos("Shout out to the opposition for their brilliant alternative budget. All two pages of it 😂",
    "mock praise of the opposition", pool=("WA",), win=("2026-02-16", "2026-03-06"))
pos("Oh look, Sir Nicholas has discovered potholes. Only took him a general election.",
    "sarcasm about the MP")
pos("Delighted the Leader has 'heard residents' on the parking charges. Must have been a very quiet room.",
    "sarcasm about the Leader", pool=("OPP",))
pos("Such bravery from the Alliance group, voting to 'note' the flood report. Churchill would be proud.",
    "mock praise of the ruling group", pool=("OPP",))
pos("Genuinely touched that Cllr Threlfall found a gap between committees to unveil a plaque at his own development. Public service in action.",
    "mock praise of a named councillor", pool=("OPP",))
pos("The Greens' new slogan should be 'Not in anyone's back yard, ever'. Great leadership, guys 🙃",
    "mock praise of a party group", pool=("notGH",))
pos("Brilliant stuff from Cllr Mulcahy: against the budget, against the cuts, against the rise, against the freeze. Consistency is overrated, right?",
    "mock praise of a named councillor", pool=("WA",))
hn("Oh brilliant, it's raining on bin day again 🌧️ Love that for us.",
   "irony about the weather", allowed=[TI])
hn("Yeah right, as if the 14:05 to Hemsted was ever going to turn up on time.",
   "irony about a bus", allowed=[TI])
hn("Genuinely brilliant work from cabinet on the homelessness strategy. Credit where it's due.",
   "sincere praise")
hn("Congratulations to Cllr Stannard on twenty years chairing planning. We disagree on plenty, but respect.",
   "sincere praise of a councillor")
hn("Printer has jammed four times this morning. Truly the finest engineering of our age /s",
   "irony about a printer", allowed=[TI])
hn("Slow clap for me: locked my keys in the car at the big Sainsbury's with the engine running.",
   "self-deprecating irony", allowed=[TI])
hn("The MP came to Otterwell today and listened for a full hour. Good visit, thank you.",
   "sincere thanks to the MP")
hn("Three-hour committee. Bravo to everyone who stayed awake. Especially me.",
   "irony about a meeting's length", allowed=[TI])
hn("What a genius idea from a resident: a book swap in the old phone box on Coldwick Green. Love it.",
   "sincere praise, shares 'genius'")
hn("The Leader and I rarely agree, but she's right about the bus cuts.",
   "sincere agreement")
hn("Nobel prize to whoever invented heated car seats. Minus three in Otterwell this morning 🥶",
   "joke about a thing", win=("2026-01-05", "2026-02-27"))
hn("Roadworks on the Hemsted road for the fourth time this year. At this point they're a tourist attraction 🚧",
   "irony about roadworks", allowed=[TI])
hn("The opposition's alternative budget has some ideas worth stealing. I said so in the chamber and I'll say it here.",
   "sincere", win=("2026-02-16", "2026-03-27"))
hn("Not our finest hour on the bin rota, I'll be honest. We got it wrong and we're fixing it.",
   "self-criticism", pool=("WA",))
hn("The council's new app 'makes reporting easy'. It crashed twice. Feedback submitted, politely 😅",
   "irony about an app", allowed=[TI])
hn("Greens, Independents, Alliance, Common Ground: all of us voted together for the flood fund. Nice when it happens.",
   "sincere")
hn("Honestly gutted for the Vale Independents' candidate in the county seat. Clean campaign, tough patch.",
   "sincere")
hn("Oh good, snow. Said nobody with a 6am shift. Stay safe on the roads.",
   "irony about the weather", allowed=[TI], win=("2026-01-05", "2026-02-27"))
hn("Bravery award to the Coldwick crossing patrol who stood in the hail for an hour today. No irony, she's a legend.",
   "sincere praise")
hn("Must be nice being a pigeon at Hemsted station. Warm, well fed, no council tax.",
   "joke about pigeons", allowed=[TI])

# ============================================================ fillers
fill("Potholes on Tanyard Lane reported again. Highways say it's on the list for February. I'll keep chasing.")
fill("Green bin collections restart on 2 March. If you haven't renewed your permit, now's the time 🌱", win=("2026-01-05", "2026-02-27"))
fill("Lovely morning at Brackenden Heath Primary talking to Year 6 about what councillors actually do. Tough crowd.")
fill("Street light out on Kiln Lane? Report it on the county's highways page and drop me a line so I can chase.")
fill("Coldwick Common litter pick Saturday 10am, meet at the pond. Gloves and grabbers provided.")
fill("Sallowbridge station lift is out of action again. I've written to the rail company. Third time this winter.")
fill("Council tax bills go out in March. If you're struggling, the council's support scheme is there for you: apply online or ring.", win=("2026-02-16", "2026-03-27"))
fill("Thanks to everyone who came to the Otterwell PACT meeting. Speeding on Church Road is now the police's priority for the quarter.")
fill("Grit bins on Hemsted Hill have been refilled. Take what you need for your path, not your whole street 😉", win=("2026-01-05", "2026-02-20"))
fill("Amblestone bus shelter fixed at last. Only took two letters and a very persistent pensioner.")
fill("Holocaust Memorial Day: we remember. Service at the war memorial in Sallowbridge at 11am.", win=("2026-01-26", "2026-01-27"))
fill("Library opening hours at Otterwell are unchanged for 2026. Thank you to everyone who signed the petition.")
fill("Fly-tipping on Pound Lane cleared this morning. If you see it happening, note the time and report it, don't confront anyone.")
fill("Hedgehog highway holes going into Fernleigh Common fences this weekend with the Wildlife Group 🦔")
fill("Planning training for all councillors on Thursday afternoon. Homework: the NPPF. Wish me luck.")
fill("Reminder that my Amblestone surgery moves to the library from February. Same time, warmer room.", win=("2026-01-05", "2026-01-30"))
fill("The footpath by Hatchgate woods is flooded again. Wellies only for now.")
fill("Great to see the new defibrillator installed outside Coldwick post office. Training session on the 14th, free.")
fill("Happy Lunar New Year to everyone celebrating in the district 🧧", win=("2026-02-16", "2026-02-18"))
fill("St David's Day cawl at the Welsh society in Sallowbridge. Dydd Gŵyl Dewi hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿", win=("2026-03-02", "2026-03-02"))
fill("Parking outside Fernleigh Primary at pick-up is getting dangerous. Please use the church car park, it's two minutes' walk.")
fill("Young people's consultation on the skate park closes Friday. 340 responses so far!")
fill("Sandbags available at the Hemsted hub for properties at risk of flooding. Bring ID showing your address.")
fill("Spent the morning with the meals on wheels team in Otterwell. Fourteen stops, thirteen cups of tea offered.")
fill("The post box on Mill Lane has been moved ten metres, not removed. Mystery solved.")
fill("Budget scrutiny questions sent in. Reserves, car parks, the leisure centre. Watch this space.")
fill("Brackenden Heath village green daffodils are out. Spring is official 🌼", win=("2026-03-02", "2026-03-27"))
fill("A resident asked me what happens to recycling after collection. Visiting the sorting plant next week to find out.")
fill("Speed watch volunteers needed in Fernleigh Common. Training with the police, two hours a month.")
fill("Welcome to the new owners of the Amblestone post office. Good luck, and thank you for keeping it open.")
fill("International Women's Day: thank you to every woman who keeps this district running, paid and unpaid 💜", win=("2026-03-06", "2026-03-09"))
fill("Leaf clearance on the Otterwell footpaths is done. Sorry it took so long.")
fill("Pancake race on Hemsted High Street, Tuesday at noon. I've been training (eating).", win=("2026-02-12", "2026-02-17"))
fill("Sallowbridge Repair Café this Saturday at the Corn Exchange: bring your broken toasters and wobbly chairs.")
fill("Dog fouling bags on Coldwick Green have been refilled. No excuses now.")
fill("Finished my first half marathon since the knee op. Slow, sore, happy 🏃", author="@tobywren_runs")
fill("New glaze test: tried a speckled oat on the mugs this week. Half came out beautifully, half look like porridge.", author="@ffion_makes_pots")
fill("Parkrun PB this morning, 24:51. The hill at Hemsted Park still hates me.", author="@tobywren_runs")
fill("Thanks to the contractors for keeping the Sallowbridge leisure centre pool open during the repairs. Lane swimming as normal.")
fill("Bins are still running a day late this week after the New Year holiday. Back to normal from Monday.", win=("2026-01-05", "2026-01-09"))
fill("Electric vehicle chargers at the Otterwell car park are working again. Report faults on the app on the charger.")
fill("Scrutiny committee looked at temporary accommodation costs today. Long session, good questions from all sides.")
fill("Sallowbridge Town Women's FC won 4-1 at the weekend. Get down and support them, free entry ⚽")
fill("Tree planting with Coldwick Primary pupils this morning. Forty saplings, one casualty (my trousers).")


# ---------------------------------------------------------------- assignment
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)


def pool_ok(h, pool):
    name, party, flags, _ = PEOPLE[h]
    for p in pool:
        if p in ("WA", "CG", "GH", "VI", "IND") and party != p:
            return False
        if p == "OPP" and party == "WA":
            return False
        if p.startswith("not") and party == p[3:]:
            return False
        if p == "NONCAB" and flags & {"CAB", "LEADER", "CHAIRMAN"}:
            return False
        if p in ("PLAN", "LIC", "CAB") and p not in flags:
            return False
    return True


def mentions(h, text):
    return any(re.search(r"(?<![A-Za-z])" + re.escape(t) + r"(?![A-Za-z])", text)
               for t in PEOPLE[h][3])


def touches_other_interest(h, text, interest):
    low = text.lower()
    for body, (holder, words) in HOLDER.items():
        if holder == h and body != interest and any(w.lower() in low for w in words):
            return True
    return False


def pick_author(rng, row):
    if row.get("author"):
        return row["author"]
    cands = [h for h in PEOPLE if pool_ok(h, row.get("pool", ()))
             and not mentions(h, row["text"])
             and not touches_other_interest(h, row["text"], None)]
    assert cands, row["text"]
    return rng.choice(sorted(cands))


def pick_time(rng, row):
    lo, hi = row.get("win", (START.isoformat(), END.isoformat()))
    lo, hi = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    d = rng.choice(days)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                    rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = pick_author(rng, r)
        obj = {
            "id": f"b55-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": pick_time(rng, r),
            "platform": r.get("platform") or rng.choice(["x", "facebook", "bluesky"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if "near_miss_of" in r:
            obj["near_miss_of"] = r["near_miss_of"]
        if "interest" in r:
            obj["interest"] = r["interest"]
        obj["note"] = r["note"]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
