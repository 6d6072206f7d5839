#!/usr/bin/env python3
"""Blind evaluation set b51 (Wrackley and Porthvane Council), written by hand on 2026-12-02.

Holds the hand-written rows and a deterministic script (seed 5151) that shuffles them, gives out
ids (b51-NNN), picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again produces the same file.
"""
import json, random, re, datetime as dt
from pathlib import Path

SEED = 5151
HERE = Path(__file__).resolve().parent

OI = "officers.impartiality"; RP = "resources.political-use"; PA = "position.improper-advantage"
GH = "gifts.hospitality"; CV = "capacity.council-voice"; IA = "confidentiality.insider-advantage"
PD = "predetermination.closed-mind"; DI = "interests.declared-interest"
DP = "data-protection.personal-data"; SC = "security.credentials"
CD = "confidentiality.disclosure"; TI = "tone.irony-risk"
PAT = "respect.personal-attack"; DEF = "defamation.allegation"; BUL = "bullying.intimidation"
EQ = "equality.discrimination"

FIXED = {OI: "review", RP: "review", PA: "review", CV: "review", IA: "review", DI: "review",
         SC: "block", TI: "advice"}

# handle -> (name, party, role)   role: leader, cabinet, chairman, member, personal
HANDLES = {
    "@MorwennaTLD": ("Morwenna Tresize", "ld", "leader"),
    "@JoryPengellyLD": ("Jory Pengelly", "ld", "cabinet"),
    "@TamsinRoweLD": ("Tamsin Rowe", "ld", "cabinet"),
    "@DerekHockingCllr": ("Derek Hocking", "ld", "member"),
    "@ChairmanNance": ("Gerald Nance", "ld", "chairman"),
    "@RaviMenonLD": ("Ravi Menon", "ld", "member"),
    "@AnnieSpargo": ("Annie Spargo", "ld", "member"),
    "@annies_allotment": ("Annie Spargo", "ld", "personal"),
    "@KittoMarrackCon": ("Kitto Marrack", "con", "member"),
    "@kitto_sails": ("Kitto Marrack", "con", "personal"),
    "@RosPascoeCon": ("Rosalind Pascoe", "con", "member"),
    "@BrynCarveth": ("Bryn Carveth", "con", "member"),
    "@ColinRickardCon": ("Colin Rickard", "con", "member"),
    "@HayleyTruscottLab": ("Hayley Truscott", "lab", "member"),
    "@SamOduyaLab": ("Sam Oduya", "lab", "member"),
    "@NedPolglaseGreen": ("Ned Polglase", "green", "member"),
    "@LowennaJago": ("Lowenna Jago", "green", "member"),
    "@ElowenVosper": ("Elowen Vosper", "ind", "member"),
    "@PiranEddyInd": ("Piran Eddy", "ind", "member"),
    "@piran_surfs": ("Piran Eddy", "ind", "personal"),
    "@CaroleBuntPF": ("Carole Bunt", "pf", "member"),
}
HOLDERS = {
    "Carveth Boatyard Ltd": "@BrynCarveth", "Porthvane Surf Life Saving Club": "@PiranEddyInd",
    "Kestle Cove Community Land Trust": "@ElowenVosper", "Saltmoor Learning Trust": "@NedPolglaseGreen",
    "Pengelly Holiday Lets": "@JoryPengellyLD", "Wrackley Credit Union": "@HayleyTruscottLab",
    "Higher Bosvennen Farm": "@RosPascoeCon", "The Seaglass Cafe": "@CaroleBuntPF",
    "Lanrow Vale Allotment Association": "@LowennaJago",
}
# words that point at a holder's interest: a post containing one is never given to that holder at random
INTEREST_WORDS = {
    "@BrynCarveth": ["boatyard", "dredging", "slipway", "mooring"],
    "@PiranEddyInd": ["surf club", "lifesaving", "lifeguard", "slsc"],
    "@ElowenVosper": ["land trust", "clt"],
    "@NedPolglaseGreen": ["learning trust", "school transport"],
    "@JoryPengellyLD": ["holiday"],
    "@HayleyTruscottLab": ["credit union"],
    "@RosPascoeCon": ["bosvennen farm", "bypass"],
    "@CaroleBuntPF": ["seaglass"],
    "@LowennaJago": ["allotment"],
}
SELF_HANDLE = "@SamOduyaLab"
SELF_MARKERS = ["01632 960418", "cllr.sam.oduya@", "3 Chapel Steps"]

ROWS = []

def _row(family, kor, text, note, rules, allowed, verdict, **kw):
    ROWS.append(dict(family=family, kind_of_row=kor, text=text, note=note,
                     rules=list(rules), allowed=list(allowed), verdict=verdict, **kw))

def P(fam, text, note, rules=None, allowed=(), v=None, **kw):
    rules = rules or [fam]
    if v is None:
        v = FIXED[fam]
    _row(fam, "positive", text, note, rules, allowed, v, **kw)

def N(near, text, note, allowed=(), **kw):
    _row("hard_negative", "hard_negative", text, "near miss of %s: %s" % (near, note), [], allowed, "ok",
         near_miss_of=near, **kw)

def F(text, note="ordinary ward post", **kw):
    _row("filler", "filler", text, note, [], [], "ok", **kw)

# ---------------------------------------------------------------- officers.impartiality
P(OI, "Had another go at getting Gwen Liddicoat's team to look again at the Polventon report. If the recommendation hasn't shifted by Thursday I'll want to know why.", "presses the Head of Planning, by name, to change a report", allowed=[PD])
P(OI, "Three years. Same pothole on Bosvennen Road. Same shrug from whoever runs the highways programme these days. Simon, are you even reading my emails?", "criticises the Head of Highways (first name) in public", party="opp")
P(OI, "Funny how the harbour team's “independent” review always lands exactly where the Leader wanted it to land.", "questions the neutrality of officers (the harbour team) in public", party="opp")
P(OI, "Mark Hendy's budget numbers have been “revised” three times since October. At some point you stop calling it prudence and start calling it guesswork.", "names and criticises the s151 officer", party="opp")
P(OI, "I've asked Dawn Tippett to rewrite the licensing report so it actually reflects what Kestle Cove residents told us. Fingers crossed she listens this time.", "presses the Licensing Manager by name to change a report")
P(OI, "Officers say the sea wall can wait another year. Officers don't live on Beach Terrace. Maybe whoever wrote that report should stand down there on a spring tide before writing the next one.", "criticises the officers who wrote a report")
P(OI, "Not convinced our Chief Exec is quite as neutral as the job description suggests. Every briefing this month has read like a Lib Dem press release.", "questions the Chief Executive's political neutrality", party="opp")
P(OI, "Oliver Bray recommended approval of a carport that blocks my resident's only kitchen window. Not his finest hour, and I've told him so.", "names and criticises a planning officer's advice")
P(OI, "Met the council's new waste contract manager today. Lovely chap. Hasn't a clue. Saltmoor collections have been chaos since he arrived.", "belittles an identifiable officer", allowed=[PAT, TI])
P(OI, "When the Head of Planning starts sounding like the developer's agent, residents are entitled to ask whose side she's actually on.", "questions an officer's impartiality by role", allowed=[PAT])
P(OI, "Dear comms team: a press release that quotes three cabinet members and not one opposition councillor isn't “impartial”, it's campaign literature. Do better.", "accuses the communications officers of bias", party="opp")
P(OI, "Told the highways officer in no uncertain terms that his traffic modelling for Chynoweth Quay needs redoing before it goes anywhere near committee. We'll see if he gets the message.", "presses an officer to change his advice")
P(OI, "Simon Crago says the 20mph scheme “isn't supported by the data”. Whose data, Simon? Not the parents standing at the Tregellis school gates every morning.", "publicly challenges a named officer's advice")
P(OI, "Interesting that the monitoring officer only ever seems to find “concerns” when it's an opposition councillor asking the questions 🤔", "insinuates bias by the Monitoring Officer", allowed=[TI], party="opp")
P(OI, "The officer report on the harbour car park charges reads like it was written backwards from the answer. I've asked for it to be withdrawn and started again.", "attacks an officer report and presses for it to be rewritten")
P(OI, "Rob Jenkin has now cancelled three site meetings with the Kestle Cove fishermen. If he can't find the time, perhaps someone else should have his job.", "names an officer and questions whether he should keep his job", allowed=[PAT])
P(OI, "Planning officers are paid to advise, not to lecture elected members on “material considerations” every time we happen to disagree with them.", "criticises planning officers as a group")
P(OI, "Still waiting for the housing team to explain why a family of five was offered a one-bed in Lanrow. Whoever signed that off should be embarrassed.", "criticises the officer who made an allocation decision")
P(OI, "Gwen, I know you read these. Please have a word with your enforcement lot because frankly they're hopeless.", "addresses the Head of Planning and disparages her staff", allowed=[PAT])
P(OI, "Nadia Coombe's team sat on our flood warning graphic for four days “for sign-off”. Four days. In January. Genuinely no idea what they do all day.", "names the Head of Communications and disparages her team")
P(OI, "I have no confidence in the council's Head of Planning and I'm saying so publicly.", "plain: public no-confidence in a named officer role")

N(OI, "Huge thanks to Rob Jenkin and the harbour team for clearing the slipway after the storm. Out at 6am in horizontal rain. Legends.", "names an officer to thank him")
N(OI, "The officer report on Polventon Field is now online. It's long but worth a read before committee in May.", "mentions an officer report neutrally", allowed=[PD])
N(OI, "Cabinet's decision to cut the sea wall budget is wrong and I'll keep saying so until it's reversed.", "robust criticism of a cabinet decision, not officers", party="opp")
N(OI, "I've asked officers for a briefing on the 20mph scheme. Simon Crago is coming to the Tregellis residents' meeting on the 12th to answer questions.", "names an officer in a neutral arrangement")
N(OI, "Our planning team is badly under-resourced after years of cuts. That's a political choice by the administration, not the fault of the people doing the work.", "defends officers, blames politicians", party="opp")
N(OI, "The monitoring officer has published new guidance on declaring interests. Every councillor should read it, me included.", "mentions the Monitoring Officer approvingly")
N(OI, "Disagree strongly with the Lib Dem cabinet's harbour car park charges. Their policy, their responsibility.", "criticises a policy and its politicians", party="opp")
N(OI, "Dawn Tippett from licensing explained the review process really clearly at the Kestle Cove meeting. Questions answered, no spin. Thank you.", "praises a named officer")
N(OI, "Welcome to our new Chief Executive, Alun Treloar, who starts on Monday. Looking forward to working with him.", "names an officer in welcome")
N(OI, "If you've had a bad experience with the housing team, message me the details privately and I'll raise it through the proper complaints route.", "mentions officers, uses proper channels")
N(OI, "Spoke to Mark Hendy about the budget timetable. The consultation runs until 6 February. Please respond, it does get read.", "names the s151 officer neutrally")
N(OI, "Bin crews in Saltmoor have been heroes this week. Whatever you think of the politics, the people doing the work deserve our thanks.", "praises staff")
N(OI, "The Lib Dem leadership keep hiding behind “officer advice”. Officers advise, cabinet decides. Own your decisions.", "criticism aimed at politicians, not officers", allowed=[OI], party="opp")
N(OI, "Comms team have done a cracking job on the winter flooding leaflet. Please share it with anyone who isn't online.", "praises officers")
N(OI, "Asked a written question about why the harbour review cost £80k. The answer will be published with the Full Council papers.", "scrutiny through the proper route")
N(OI, "Officers are bound by political neutrality, so please don't tag them into party rows. Tag me instead, I'm fair game.", "protects officers' neutrality")
N(OI, "Scrutiny today: I tore into the administration's waste strategy. The contract is theirs, and so is the mess.", "criticism of politicians", party="opp")
N(OI, "Our senior planner Oliver Bray retires this week after 31 years. Half the extensions in Porthvane bear his fingerprints. Enjoy the garden, Oliver!", "names an officer in tribute")
N(OI, "Planning officers gave clear advice at committee last night. I voted the other way, and that's how the system is meant to work.", "disagreement with advice without criticising officers", date=("2026-03-05", "2026-03-06"))
N(OI, "The housing team found emergency accommodation for a family in Lanrow within three hours on Friday. Brilliant work by people who rarely get thanked.", "praises officers")

# ---------------------------------------------------------------- resources.political-use
P(RP, "Leaflets for Saturday's Lib Dem action day are printed and stacked in the members' room at the Guildhall. Grab a bundle on your way out of committee 🔶", "party leaflets stored and handed out on council premises", party="ld")
P(RP, "Quick one: if you'd like a Labour poster for your window, drop me a line on my council email and I'll bring one round.", "party campaigning through the council email account", party="lab", author="@HayleyTruscottLab")
P(RP, "Massive thanks to Jess in Member Services who helped me lay out our Green Party newsletter this week 💚", "council staff time used on party material", party="green")
P(RP, "Running our phone bank from the group room at the Guildhall on Tuesday, 6 till 8. Plenty of desks, and the wifi's good. Every call counts in May!", "campaign phone bank in a council room", party="opp")
P(RP, "A few of us slipped out between meetings and took the council pool car round Bosvennen to finish the canvass quicker 😂 Great response on the doors.", "council vehicle used for canvassing", party="con")
P(RP, "Made our election leaflet header using the council crest. Looks dead official 😎 Vote Porthvane First on 7 May!", "council logo on party election material", party="pf")
P(RP, "Sending our Lib Dem residents' survey to everyone on my casework list this week. If you've contacted me about anything in the past year, look out for it in your inbox.", "council casework data used for party mailing", party="ld", allowed=[DP])
P(RP, "Typing this on my council iPad on the train to a party hustings. Multitasking 💪 Vote Labour!", "council device used for party campaigning", party="lab")
P(RP, "Conservative group meeting Thursday in Committee Room 2 to plan the May campaign and sort out delivery rounds. All members welcome.", "election campaign planned in a council committee room", party="con")
P(RP, "Printed 400 Green Party petitions on the members' printer before anyone noticed 🙈", "council printer used for party material", party="green")
P(RP, "Our campaign video was filmed in the council chamber after hours. Big thanks to the porters for letting us in! Vote Independent.", "party/campaign video made in the chamber with staff help", party="ind")
P(RP, "I've asked our neighbourhood officer to pop a few of my Labour leaflets through doors on her rounds this week. Saves my knees!", "council staff delivering party leaflets", party="lab")
P(RP, "Great news for Lib Dem supporters: our record of delivery in Saltmoor is now up on the council website under “ward updates” 🔶", "party material on the council website", party="ld")
P(RP, "Using the council's Facebook page to remind everyone that only the Lib Dems can beat the Tories in Tregellis.", "party message on the council's social media", party="ld", allowed=[CV])
P(RP, "Shout out to the events team for lending us the council gazebo and PA system for our Conservative summer fair stall ☀️", "council equipment lent for a party stall", party="con")
P(RP, "Signing people up for our campaign using the council's consultation tablets at the library. Two birds, one stone.", "council equipment used to collect party data", party="opp")
P(RP, "I'll be coordinating our party's election campaign in Porthvane from my council office, using my council email. Get in touch if you want to help.", "plain: council office and email for party campaigning", party="pf")
P(RP, "Drafted this week's Labour press release at my council desk over lunch, with a bit of help from one of the comms officers 😉", "council desk and comms officer used for party press release", party="lab", allowed=[OI])
P(RP, "Canvass packs for Chynoweth Quay are in my pigeonhole at the Guildhall. Pick them up from reception any time.", "council reception used to distribute canvass packs", party="ld")
P(RP, "The council franking machine has saved the Porthvane First campaign about £200 in stamps this month. Every little helps 😅", "council franking used for campaign post", party="pf")
P(RP, "Borrowed a couple of the council's hi-vis jackets and the litter pickers for our Tory “clean streets” photo op. Looks great on the leaflet.", "council equipment used for party photo", party="con")

N(RP, "Out canvassing for the Lib Dems in Saltmoor this morning. Bracing wind, warm welcome. Thank you to our volunteers!", "party campaigning with no council resources", party="ld")
N(RP, "My council email is for casework only. For anything party-related please contact Porthvane Labour at the address on our leaflets.", "keeps council email and party apart", party="lab")
N(RP, "Reminder to my group: leaflets go through the party office printer, not the members' room one. Let's keep it clean.", "reminds colleagues not to use council printer")
N(RP, "Ward surgery this Saturday at Lanrow community centre, 10 till 12. No party politics, just bring your problems.", "ward surgery, no party use")
N(RP, "Used my council laptop to clear 40 casework emails this morning. Inbox zero (for about ten minutes).", "council laptop for council work")
N(RP, "Our Green Party spring newsletter is out, printed at our own expense by a printer in Lanrow.", "party newsletter paid privately", party="green")
N(RP, "The council's Facebook page has the latest on the Kestle Cove road closure. Give it a follow for updates.", "points to the council page for council news")
N(RP, "Filmed a short video outside (not inside!) the Guildhall about our Labour pledges. Lessons learnt from last time.", "party video deliberately off council premises", party="lab")
N(RP, "Conservative group met this morning to agree our budget amendment. It'll be published with the Full Council papers.", "group meeting on council business", allowed=[RP], party="con", date=("2026-02-09", "2026-02-20"))
N(RP, "The council crest belongs to all residents, not a party. That's why you'll never see it on Porthvane First literature.", "mentions the crest to say it is not used", party="pf")
N(RP, "Pool car booked for the Bosvennen flood visit with the Environment Agency tomorrow.", "pool car for council business")
N(RP, "Volunteer with us! Lib Dem action day on Saturday, meeting in the Railway Inn car park at 10.", "party campaigning from a pub car park", party="ld")
N(RP, "Took the council tablets to Lanrow community centre so older residents could fill in the budget consultation. 60 responses in two hours.", "council tablets for a council consultation")
N(RP, "Our campaign phones were paid for by the local party, as our Electoral Commission return will show.", "campaign resources paid privately", party="opp")
N(RP, "Thank you to Member Services for sorting my casework database. Answering residents is so much quicker now.", "staff help with council work")
N(RP, "Independent councillors don't get a party machine. It's me, a flask, and a bag of leaflets I paid for myself.", "self-funded campaigning", party="ind")
N(RP, "Any Labour member wanting to help in Wrackley Harbour on Sunday: meet at mine, not at the civic offices.", "campaign meeting kept off council premises", party="lab", author="@HayleyTruscottLab")
N(RP, "The council's gazebo is available for community groups to borrow for free. Ask the events team.", "council equipment for community groups")
N(RP, "Writing tonight's Tory blog at my kitchen table, on my own laptop, with a very large tea.", "party writing with own equipment", party="con")
N(RP, "Council printers are for council work, says the new members' guide. Fair enough, and that's why our leaflets go to a printer in Wrackley.", "cites the rule and complies")

# ---------------------------------------------------------------- position.improper-advantage
P(PA, "If your extension's stuck in the planning queue, DM me. I sit on the committee and can usually get things moving a bit faster 😉", "offers to speed up applications through the role")
P(PA, "My brother-in-law's roofing firm does cracking work, and he knows exactly how the council's repairs team likes things done. Message me and I'll pass on your number.", "promotes a relative's business with an insider angle")
P(PA, "Any Kestle Cove business wanting a pavement licence this summer, have a word with me first. I know who to nudge in licensing.", "offers influence over a licence")
P(PA, "For those asking: yes, I can get you nearer the top of the housing list if your case is urgent. Drop me a line.", "offers preferment on the housing list")
P(PA, "Looking for a builder? My son's just set up on his own, Spargo & Son. Having a councillor in the family never hurts when the building inspectors come round 😄", "promotes a family business trading on the role", author="@AnnieSpargo")
P(PA, "Residents who back me in May will find their potholes get fixed first. That's just how it works round here.", "offers council services as a reward for votes")
P(PA, "Happy to put in a word with the planning officer for any of the Fore Street traders who helped with my campaign.", "offers influence to supporters", allowed=[OI])
P(PA, "Parking ticket on the seafront? Send me the PCN number and I'll see if I can get it quietly cancelled.", "offers to get fines cancelled through the role")
P(PA, "To the café owner who refused my group a table on Saturday: your licence comes up for review soon. Just saying.", "threatens to use the role against a business", allowed=[BUL])
P(PA, "Need a tree survey for a planning condition? Use my mate Dave at Coastline Arb. He knows what the council wants to see and I'll make sure his report gets read.", "steers work to a friend and promises influence")
P(PA, "Got a council tax letter you don't like? Message me. I've got the revenues manager's ear and can usually make these things go away.", "offers to make council debts go away through contacts")
P(PA, "My daughter's after a summer job. Any business with a council contract fancying taking her on would be doing me a big favour 😉", "seeks a favour from council contractors")
P(PA, "Thinking of bidding for the harbour café concession? Come and talk to me first. As cabinet member I can tell you what they're after and who to impress.", "offers an advantage in a tender", allowed=[IA], author="@JoryPengellyLD")
P(PA, "As your councillor I can fast-track your application if you support my campaign.", "plain: favour for support")
P(PA, "Free plug for my wife's holiday flat in Porthvane, and any guest who mentions my name gets a week's parking permit from the council on me 😊", "promotes a connected business with council perks")
P(PA, "The beach hut waiting list is seven years long. Unless you know the right councillor. Which, handily, you do. Message me 🏖️", "offers to jump the beach hut list")
P(PA, "Business owners: join the Chamber (which I chair) and I'll make sure your issues go straight to the top of the council's pile.", "promises council preferment for joining his organisation")
P(PA, "Pop into the shop for a chat about any council problem. And while you're there, the pasties are two for a fiver 😉 Nothing says constituency service like a steak and stilton.", "uses the councillor role to drive trade to own shop")
P(PA, "My cousin runs Polgrain Skips. If you get a fly-tipping letter from the council, book one of his and I'll make sure enforcement go easy on you.", "promotes relative's firm and offers to soften enforcement")
P(PA, "Lot of people moaning about the school admissions appeals. Let me know if you need a friendly face on the panel, I can have a word.", "offers influence over an appeals panel")
P(PA, "Wedding at the Guildhall? The fees are steep, but I know the registrars and can probably get you mates' rates 💍", "offers discounted council fees through contacts")

N(PA, "If your planning application is past its eight-week target, let me know and I'll ask for an update. Same service for everyone.", "same treatment for all")
N(PA, "As your councillor I can't fast-track anything, and nor should anyone. What I can do is make sure your case is properly heard.", "refuses fast-tracking")
N(PA, "Shout out to Polgrain Bakery for forty years on Fore Street. No connection to me, I just love their saffron buns.", "praise of a business with no connection")
N(PA, "Housing list questions: the allocations policy is online and it's points-based. I can help you check your banding is right.", "helps fairly with the housing list")
N(PA, "My son's started his own building firm. Proud mum. He won't be doing council work while I'm a councillor, before anyone asks.", "family business with no favour sought", author="@AnnieSpargo")
N(PA, "Got a parking ticket you think is unfair? Here's how to appeal it yourself. Takes five minutes online.", "explains the appeal process")
N(PA, "The harbour café concession is out to tender. Details on the council's procurement portal, open to all.", "open tender")
N(PA, "Pavement licence applications for the summer open on 1 March. Apply early, the process is the same for everyone.", "fair process")
N(PA, "I've declared my wife's holiday flat on my register of interests, and I leave the room whenever holiday lets come up.", "connected business, declared")
N(PA, "Beach hut waiting list is seven years long. I've asked cabinet to look at a fairer system than first come, first served.", "same topic, policy proposal")
N(PA, "Fly-tipping fines are going up. If you need a skip, use a licensed waste carrier and check they're on the Environment Agency register.", "advice without favour")
N(PA, "Anyone can email their councillor. A message from someone who didn't vote for me gets exactly the same attention as one who did.", "equal treatment")
N(PA, "Tree surveyors: the council keeps a list of accredited ones on its website. I can't recommend anyone personally.", "refuses to recommend")
N(PA, "Council tax letter worrying you? Call the revenues team, they have a hardship fund. Or I can help you make the call.", "proper help")
N(PA, "Chamber of Commerce breakfast this Friday. Councillors from all parties invited to hear what traders think.", "business event, no favour")
N(PA, "Our party raffle raised £320 for the lifeboat. Thanks to everyone who bought a ticket!", "raffle, no favour")
N(PA, "The only fast track in Porthvane is the 10:40 to Wrackley, and even that's late half the time 🚂", "joke on “fast track”")
N(PA, "Summer jobs fair at the leisure centre on 20 March. Dozens of local employers, open to every young person in the county.", "jobs, no favour")
N(PA, "Wedding season enquiries: Guildhall ceremony fees are set out on the council website, same for everyone. It's a beautiful room.", "council fees, no favour")
N(PA, "Members' enquiries are logged and answered in the same timescales as everyone else's. It's about transparency, not queue-jumping.", "explains there is no queue-jumping")
# ---------------------------------------------------------------- gifts.hospitality
P(GH, "Lovely evening as guests of Gullrock Homes at the Harbour Hotel. Great food, great company, and a real vision for Wrackley's waterfront.", "hospitality from a pending applicant (Harbour Yard)", v="review", allowed=[PD])
P(GH, "Thanks to the team at Sandpiper Parks for the weekend in one of their new lodges. The kids haven't stopped talking about the hot tub 😄", "hospitality from the pending caravan park applicant", v="review")
P(GH, "Just back from the rugby at Twickenham courtesy of Kernow Civils, who resurfaced half our roads last year. What a match 🏉", "hospitality from a council contractor", v="review")
P(GH, "A bottle of the good gin arrived for Christmas from the lovely folk at the Anchor Rooms 🍸 Cheers, all!", "gift from a licensee with a pending variation", v="review", date=("2026-01-05", "2026-01-09"))
P(GH, "Box at the Kestle Cove regatta courtesy of Marlow Marine, who I'm told are in the running for the harbour dredging work. The fizz flowed 🥂", "hospitality from a bidder for council work", v="review")
P(GH, "Treated to a slap-up lunch by the Chamber of Commerce after my talk on the high street today. Very generous of them.", "hospitality with no known decision sought", v="advice")
P(GH, "Picked up a rather nice fleece from Sunreach Energy at their Tregellis drop-in. Warm AND renewable 😄", "gift from the pending solar applicant", v="review")
P(GH, "The new chippy owners wouldn't let me pay for my cod and chips! Good luck with the takeaway application, guys 🐟", "free meal from a pending applicant (Salt & Batter)", v="review")
P(GH, "Thank you to the Porthvane Hotel for hosting my wife and me at their spa day. An absolute treat after a long winter.", "hospitality given to the councillor; no decision known", v="advice")
P(GH, "Our waste contractor sent a hamper round to each cabinet member. Would have been rude not to 🧺", "gift from a council contractor", v="review", author="@TamsinRoweLD")
P(GH, "Flew up to the housing expo in Manchester as guests of Tressa Developments. Really useful couple of days.", "travel and hospitality from a pending applicant (Polventon Field)", v="review")
P(GH, "Wrackfest have asked me back as their VIP guest again this summer after I had such a good time in the hospitality tent last year 🎶", "hospitality from the festival seeking a licence", v="review")
P(GH, "A local car dealer has lent me an electric car for a month “to try out”. Loving it so far ⚡🚗", "loan of a car with no known decision sought", v="advice")
P(GH, "Season tickets for the Porthvane Pirates arrived today. Thanks to the club chairman, who I'm meeting next week about their new stand ⚽", "gift from a club that seeks a planning decision", v="review")
P(GH, "Christmas came late: a case of red from the architects working on the Harbour Yard scheme. Far too kind 🍷", "gift from the pending applicant's architects", v="review", date=("2026-01-05", "2026-01-16"))
P(GH, "Dinner with the new owners of Quayside Amusements. Lovely people, and they insisted on picking up the bill.", "hospitality from a pending gambling licence applicant", v="review")
P(GH, "Two tickets to the Philharmonic from a grateful local developer. What a night 🎻", "gift from a developer", v="review")
P(GH, "Two nights at a lodge in the Lakes from an old contact in the building trade, whose firm is now working on the depot rebuild. Very kind of him.", "hospitality from someone doing business with the council", v="review")
P(GH, "Thank you to Gullrock Homes for the £150 hamper and the dinner invitation. Gratefully accepted both!", "plain: gift over £100 from a pending applicant", v="review")
P(GH, "The hotel group that's just bought the Esplanade sent chocolates and a voucher for two nights “to welcome me to the area”. How sweet.", "gift from a business that is new to the area", v="advice")
P(GH, "Round of golf and lunch as the guest of a firm of surveyors who do a lot of the council's valuation work. Shot 96, lunch was better.", "hospitality from a firm doing business with the council", v="review")

N(GH, "Gullrock Homes invited ward councillors to dinner. I've declined. It wouldn't be right while their application is pending.", "declines hospitality", allowed=[GH])
N(GH, "Registered the fleece from the Sunreach drop-in with the Monitoring Officer, as the code asks. Transparency matters.", "gift reported as registered", allowed=[GH])
N(GH, "Paid for my own ticket to the Chamber of Commerce dinner. Good speeches, cold soup.", "self-paid hospitality")
N(GH, "Lovely card from a resident whose drains we finally got sorted. That's the only thanks anyone needs ❤️", "thanks card, no gift")
N(GH, "Bought a bottle from the new distillery shop in Tregellis to support a local business. Very nice it is too.", "purchase, not a gift")
N(GH, "Thanks to the lifeboat crew for the tour of the station, and the tea. Brave, brilliant people.", "trivial hospitality at a charity visit")
N(GH, "Reminder to colleagues: gifts or hospitality worth £100 or more go on the register within 28 days. Check yours before the audit.", "rule reminder")
N(GH, "Sent the case of wine from a contractor back with a polite note. That's not how we do things here.", "gift returned", allowed=[GH])
N(GH, "Family Christmas presents this year included a very loud jumper. No registration required 😂", "family gift", date=("2026-01-05", "2026-01-09"))
N(GH, "Sunreach Energy's community drop-in is on Thursday at Tregellis hall. Go and ask them hard questions.", "mentions an applicant, no gift")
N(GH, "Dinner at the Harbour Hotel for my mum's 80th. We paid, obviously, and it was brilliant.", "self-paid meal")
N(GH, "Hamper raffle at the Saltmoor school fair raised £400. I won nothing, as usual.", "raffle")
N(GH, "Some residents ask if councillors get freebies. A sandwich at a meeting, yes. Anything over £100 goes on the public register.", "explains the rule")
N(GH, "The takeaway application for Fore Street is open for comments until the 20th. Have your say.", "applicant mentioned, no gift")
N(GH, "Renewed my Pirates season ticket with my own money, for my own misery ⚽😅", "self-paid season ticket")
N(GH, "Tressa Developments invited us to Manchester. I said no thanks, happy to meet them at the Guildhall with officers present.", "declines hospitality", allowed=[GH])
N(GH, "Rugby club dinner on Friday. Bought my ticket at the bar like everyone else.", "self-paid")
N(GH, "Offered a box at the regatta by a firm bidding for council work. Refused, and logged the offer with the MO as the code requires.", "refused and logged", allowed=[GH])
N(GH, "Borrowed my brother's electric car for the weekend to see if we'd get on with one. Verdict: yes, but the charging points in Bosvennen are hopeless.", "family loan")
N(GH, "Tea and a slice of saffron cake at the Lanrow WI coffee morning. Excellent hospitality and entirely undeclarable 😄", "trivial community hospitality")

# ---------------------------------------------------------------- capacity.council-voice
P(CV, "Wrackley and Porthvane Council is proud to back the Save Our Pier campaign 💙", "a backbencher announces a council position", noexec=True)
P(CV, "Speaking for the council: we will not let the ferry operator walk away from the winter timetable.", "claims to speak for the council", noexec=True)
P(CV, "The council's position is clear. No more second homes in Kestle Cove. (My view, and I'm sure colleagues agree.)", "own view presented as council's position", noexec=True)
P(CV, "On behalf of Wrackley and Porthvane Council, congratulations to Saltmoor Rovers on the cup win! 🏆", "speaks on behalf of the council", noexec=True)
P(CV, "This council stands with the striking junior doctors.", "personal view as the council's", party="lab")
P(CV, "As far as this council is concerned, the Tregellis bypass is dead. Done. Finished.", "claims council position without decision", noexec=True)
P(CV, "We at the council have decided Lanrow library stays open, whatever the cabinet papers say.", "claims a council decision from the opposition", party="opp")
P(CV, "A message from your council: don't vote for parties that want to flog off our beaches.", "party message as council message", party="opp")
P(CV, "The council thinks the government's coastal erosion funding is an insult. So do I.", "asserts a council view (no motion passed)", noexec=True)
P(CV, "Wrackley and Porthvane Council opposes the closure of the coastguard station. Official.", "claims an official council position", noexec=True, date=("2026-01-05", "2026-01-20"))
P(CV, "Our council's official line on the harbour car park fees is that they were a mistake and will be reversed.", "opposition view given as the council's official line", party="opp")
P(CV, "This council welcomes refugees. Full stop. 🌍", "personal view as the council's", author="@piran_surfs", account="personal")
P(CV, "The council will be writing to the MP demanding an apology.", "announces a council action with no decision", noexec=True)
P(CV, "Council position, for the avoidance of doubt: we back our fishermen, not distant quota managers. 🎣", "declares a council position", noexec=True)
P(CV, "On behalf of the people and council of Porthvane, I'm demanding the ferry company reinstate the 7am sailing.", "speaks on behalf of the council", noexec=True)
P(CV, "The council has no intention of introducing beach parking charges. You heard it here first.", "backbencher states council intentions", noexec=True)
P(CV, "WPC (that's us!) is firmly against the new pylons across the moor.", "council's position claimed", noexec=True)
P(CV, "Today, on the council's behalf, I'm declaring a nature emergency for Saltmoor marsh 🌿", "claims to act for the council", party="green")
P(CV, "The council's behind the sea swimmers one hundred per cent on the sewage issue 🌊", "council backing claimed from a personal account", author="@kitto_sails", account="personal")
P(CV, "Speaking officially for the council here: the Porthvane carnival route will NOT be changing.", "claims to speak officially", noexec=True)
P(CV, "Wrackley and Porthvane Council backs Labour's plan for the railway. It's that simple.", "party policy as the council's", party="lab")

N(CV, "Full Council voted 34 to 12 last night to oppose the closure of the coastguard station. I was proud to vote for the motion.", "reports a council resolution accurately", date=("2026-01-22", "2026-01-23"))
N(CV, "My view, not the council's: the harbour car park fees are a mistake.", "labels own view")
N(CV, "The council's official account has the latest on the ferry timetable. Give @WrackPorthCncl a follow.", "points to the official account")
N(CV, "Personally I'd scrap beach parking charges. I'll be putting a motion to Full Council to do just that.", "personal view, proper route")
N(CV, "The council says the bypass is unaffordable. I think the council is wrong.", "reports the council's view and disagrees", allowed=[CV])
N(CV, "Labour's position is clear: no more second homes in Kestle Cove without a hefty premium.", "party position labelled as party", party="lab")
N(CV, "Congratulations to Saltmoor Rovers on the cup win from me and all the Saltmoor Greens! 🏆", "congratulations in own name", party="green")
N(CV, "Cabinet agreed today to keep Lanrow library open for another year. Good news, and credit where it's due.", "reports a decision")
N(CV, "Views my own. Reposts aren't endorsements. I'm a councillor, not the council.", "disclaimer")
N(CV, "The council's press release on the ferry is out. For what it's worth I'd go further than it does.", "distinguishes own view")
N(CV, "I'll be writing to the MP asking for an apology. Anyone who wants to co-sign, let me know.", "acts in own name")
N(CV, "The Leader has written on behalf of the council to the ferry operator, following yesterday's cabinet decision.", "accurate report of an authorised act")
N(CV, "This isn't council policy (yet), but I think Wrackley should welcome more refugee families. Here's why.", "flags that it is not council policy")
N(CV, "As Chairman of the Council I was delighted to open the new lifeboat station this morning.", "the Chairman in his civic role", author="@ChairmanNance", allowed=[CV])
N(CV, "On behalf of Porthvane First, congratulations to the carnival committee on a record year!", "speaks for the party, labelled", party="pf")
N(CV, "The council's consultation on the pylons closes Friday. My own view? Bury them.", "separates consultation and own view")
N(CV, "WPC's official position? There isn't one yet. The motion comes to Full Council on the 18th. Mine: against.", "says there is no council position", date=("2026-03-02", "2026-03-13"))
N(CV, "The Green group stands with the sea swimmers on sewage. We'll be pushing the council to do the same.", "party position, not council", party="green")
N(CV, "Full Council unanimously declared a nature emergency last night. Proud to have seconded it.", "reports a resolution", date=("2026-03-19", "2026-03-20"))
N(CV, "The carnival route is a matter for the carnival committee and the police, not the council. Ask them!", "says the council has no role")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(IA, "If anyone's thinking of selling a place near the old gasworks, I'd hang on a few months. Can't say more 🤐", "hints at an unannounced decision affecting property prices")
P(IA, "Tip for Saltmoor traders: get your pavement licence applications in this month. The fees are about to go up a lot. Trust me.", "tip based on unannounced fee rises")
P(IA, "Friends with boats: I'd grab a Wrackley mooring now while they're still £900. Won't be for long after what I heard at the cabinet briefing.", "advantage from a cabinet briefing", allowed=[CD])
P(IA, "My advice to anyone with a holiday let in Kestle Cove: get your paperwork in order before Easter. There's something coming I'm not allowed to mention.", "tip-off about unannounced enforcement", allowed=[CD])
P(IA, "If you were thinking about buying one of the lock-ups on Chapel Lane, now's the time. Before the council decides what to do with the land behind them.", "buy-now tip ahead of a council decision")
P(IA, "Developers: the Local Plan sites map is being redrawn and the north fields are looking very interesting. Just saying 👀", "hint to developers from an unpublished draft")
P(IA, "Word to the wise for anyone in the market: prices on Beach Terrace are going to jump once the flood defence news is out.", "property tip ahead of an announcement")
P(IA, "The beach hut tender closes in April, but I can tell you now roughly which bids are leading if you're thinking of putting one in. DM me.", "offers inside tender information", allowed=[CD])
P(IA, "To the lads at the surf school: get your concession application in now. The seafront ones are being cut from six to three next year.", "tip about an unannounced cut")
P(IA, "Anyone with shares in Kernow Civils? I'd hold. They're about to have a very good year courtesy of a certain council contract 😉", "investment tip from contract knowledge", allowed=[CD])
P(IA, "Buy now before the council announces the new harbour car park. Prices round there will go up.", "plain: buy before the council announces")
P(IA, "Park your camper at Gull Slip while you can. The overnight ban comes in May but you didn't hear that from me.", "shares an unannounced decision for advantage")
P(IA, "If you rent on Fore Street, lock in a long lease now. I know what's planned for rates relief and it's not good.", "advantage from knowledge of plans")
P(IA, "Retailers near the station might want to think carefully before renewing. The bus interchange move isn't public yet.", "tip about an unpublished move", allowed=[CD])
P(IA, "A little birdie at the Guildhall says the Lanrow allotments are getting a big extension. Get your name on the waiting list today, folks 🌱", "early tip to get ahead on a list")
P(IA, "Friendly heads-up to local builders: the schools capital programme has a big Saltmoor job in it. Sharpen your pencils before it goes out.", "advance notice to builders before procurement")
P(IA, "Selling your field near the proposed relief road? Don't. Seen the draft route. Hang on to it.", "tip based on a draft route")
P(IA, "Mates in hospitality: the late-night levy's going to be dropped, so don't rush to sell up. Heard it straight from the portfolio holder.", "tip from the portfolio holder before an announcement")
P(IA, "If your kids are applying to Lanrow Academy, put it first this year. The catchment's changing next year and you'll thank me.", "admissions tip ahead of a change")
P(IA, "Got wind of which car parks are going free in the summer. Let's just say I wouldn't buy an annual permit for the Esplanade.", "tip to avoid a cost")
P(IA, "My brother-in-law's been after a plot near Lanrow for ages. Told him to get an offer in on the Meadow End land quick, before the council's plans for the access road go public.", "insider advantage for a relative")

N(IA, "The harbour car park plans were published today. Have a look and comment before 14 February.", "published plans")
N(IA, "Tip-off received about fly-tipping on Chapel Lane. Enforcement are on it. Thanks to the resident who reported it.", "“tip-off” to the council")
N(IA, "Buy now before the lifeboat calendar sells out! All proceeds to the crew 💙", "“buy now before” for charity", date=("2026-01-05", "2026-01-16"))
N(IA, "Mooring fees for 2026-27 are in the budget papers published this morning: up 4%. Full details online.", "published information")
N(IA, "Holiday let owners: the consultation on a second-homes premium is now open. Everyone gets the same information at the same time.", "public consultation")
N(IA, "People ask me what's coming before it's public. My answer is always the same: wait for the papers, like everyone else.", "refuses to tip")
N(IA, "Heads-up: the beach hut tender is now open on the council's portal. Closes 30 April.", "public tender")
N(IA, "Schools admissions consultation on the Lanrow catchment is live until 31 January. Worth parents responding.", "public consultation", date=("2026-01-05", "2026-01-30"))
N(IA, "House prices on Beach Terrace are the talk of the pub since the flood defence scheme was announced. Good news all round.", "after announcement")
N(IA, "Just announced: Gull Slip overnight parking rules are being reviewed. Consultation opens Monday.", "announced review")
N(IA, "Before it's announced on Friday I won't comment, but the full report will be public and I'll share it then.", "“before it's announced” but refuses")
N(IA, "Developers: the Local Plan call for sites is open to everyone. Details on the council website.", "public call for sites")
N(IA, "Late-night levy goes to Full Council on 25 February. Papers are out. Hospitality businesses should read them.", "published papers", date=("2026-02-16", "2026-02-24"))
N(IA, "A little birdie (a robin, actually) told me spring is on the way. Daffodils out on Lanrow Hill already 🌼", "“little birdie” literal")
N(IA, "Traders asked about rates relief. The government scheme is applied automatically. No need to rush anything.", "public information")
N(IA, "Schools capital programme agreed at cabinet today: new classrooms for Saltmoor Primary. Contracts will be tendered openly later this year.", "public decision")
N(IA, "Surf school owners: seafront concession renewals are due by 1 March. The process is on the council site.", "public deadline", date=("2026-01-05", "2026-02-27"))
N(IA, "Selling a field? Get proper advice, and check the adopted Local Plan map, which is public.", "points to public map")
N(IA, "Heard a rumour the council is selling the Esplanade car park. Asked officers: not true. Don't buy into rumours.", "scotches a rumour")
N(IA, "Kernow Civils won the resurfacing contract after an open tender. Results published today.", "published result")
# ---------------------------------------------------------------- predetermination.closed-mind
P(PD, "Harbour Yard: 96 flats on our quayside? Not while I've got a vote on planning committee. Simple as that.", "settled against a registered matter (Harbour Yard)", v="block")
P(PD, "Polventon Field will be refused. I'll make sure of it.", "settled against a registered matter (Polventon Field)", v="block")
P(PD, "I don't need to read the officer report on the Net Loft to know it's wrong for Chynoweth Quay. It's a no from me.", "settled against the Old Net Loft, by name", v="block")
P(PD, "Sandpiper's plans to extend the caravan park are exactly what Kestle Cove needs, and I'll be backing them to the hilt at committee, objections or not.", "settled in favour, applicant named", v="block")
P(PD, "PA25/03977. Solar on Tregellis Down. Yes, yes, a thousand times yes. Nothing anyone says at committee will change my vote ☀️", "settled in favour, by reference", v="block")
P(PD, "Another chippy at 14 Fore Street? Over my dead body. I'll be voting that one down.", "settled against a registered matter by address", v="block")
P(PD, "The Anchor Rooms want a 2am licence. They can want. The licensing sub-committee (which I sit on) won't be giving it to them.", "settled against a pending licence variation", v="block")
P(PD, "The Driftwood Shack: brilliant little business. Their licence is a formality as far as I'm concerned 🍹", "settled in favour of a pending licence", v="block")
P(PD, "Wrackfest should get its licence, full stop. The moaners can moan.", "settled in favour of a pending licence", v="block")
P(PD, "An adult gaming centre at Quayside Amusements? Gambling dens don't belong on our seafront and I will never support that licence.", "settled against a pending gambling licence", v="block")
P(PD, "Whatever the officers end up recommending on Harbour Yard, my mind's made up.", "closed mind on a registered matter", v="block")
P(PD, "Saltmoor deserves better than Tressa's 140 boxes. I've made my decision and residents know exactly where I stand.", "settled against, applicant named", v="block")
P(PD, "LIC/26/0031. I'll be moving refusal. No need to drag it out.", "settled against by reference", v="block")
P(PD, "Let's be honest, the caravan park extension at Kestle Cove is going through. I'll be voting for it and so will anyone with any sense.", "settled in favour of a registered matter by site", v="block")
P(PD, "That mast application behind Bosvennen chapel has to be refused. I'll be voting against it at committee, end of.", "settled against an unregistered planning application", v="review")
P(PD, "The glamping pods at Higher Trebarva should never be approved. Nothing more to discuss.", "settled against an unregistered application", v="review")
P(PD, "Late licence for the kebab van on Lanrow Square? Not a chance. My vote's a no whatever the applicant comes up with.", "settled against an unregistered licence", v="review")
P(PD, "The appeal on the Saltmoor barn conversion: I've seen enough. It should be dismissed and I'll say so at the hearing.", "settled view on an unregistered appeal", v="review")
P(PD, "Really looking forward to approving the new marina café next month. Great scheme, I've no doubts at all.", "settled in favour of an unregistered application", v="review")
P(PD, "Extension on Beacon Close: I'm against it, and no amount of so-called “evidence” from the agent will change that.", "settled against an unregistered application", v="review")
P(PD, "The taxi licence appeals panel sits Thursday. I already know how I'm voting on the Polgrain Taxis case, put it that way.", "settled view on a licensing appeal", v="review")

N(PD, "I've got real concerns about the Harbour Yard scheme: height, flooding, parking. I'll listen to every side at committee before deciding.", "predisposition with an open mind", allowed=[PD])
N(PD, "The Polventon Field application goes to committee in May. Residents can still comment on the planning portal.", "neutral procedural information")
N(PD, "I'll never vote for a budget that closes Lanrow library.", "settled view, but not quasi-judicial")
N(PD, "As ward member (and not on the committee) I've lodged an objection to the Net Loft conversion on behalf of residents who asked me to.", "ward member objection, not a decision-maker", allowed=[PD])
N(PD, "My mind's made up on one thing: Kestle Cove does the best pasties in the county 🥟", "“mind's made up” on pasties")
N(PD, "Solar on Tregellis Down: 60 emails for, 40 against so far. I'm reading every one and will weigh them with the officer report.", "open mind on a pending matter")
N(PD, "Whatever the officers say about the forecast, the carnival's going ahead 😂", "“whatever the officers say” about weather")
N(PD, "Chip shop queues on Fore Street are the sign of a healthy high street. Hungry now.", "Fore Street chips, no view on a matter")
N(PD, "The Anchor Rooms licence hearing is on 15 April. Anyone wanting to make representations must do so by 20 March.", "procedural notice on a pending matter", date=("2026-01-05", "2026-03-13"))
N(PD, "The Driftwood Shack crew did a lovely job on Sunday's beach clean. Thanks, all!", "applicant praised for unrelated community work")
N(PD, "Predetermination rules mean I can't tell you how I'll vote on Wrackfest. I can tell you I'll read every representation.", "explains the rule")
N(PD, "Refused! The inspector dismissed the Saltmoor barn appeal last month. Decision letter on the portal.", "decided matter, not pending")
N(PD, "The caravan park extension was refused in 2019. The new application is different and will be judged on its own merits.", "open mind")
N(PD, "I will vote against the Tory budget amendment. Unapologetically.", "settled view on a budget, not quasi-judicial", party="opp")
N(PD, "Gambling harms are real. I'm hosting a GamCare session at the library, nothing to do with any particular application.", "topic near a pending licence, no view")
N(PD, "I'm predisposed in favour of renewable energy, which is no secret, but I'll decide the Tregellis Down application on the evidence.", "predisposition declared, open mind", allowed=[PD])
N(PD, "Our motion against second homes will never be approved by this cabinet, sadly.", "“never be approved” about a motion", party="opp")
N(PD, "Never approve of people parking on the pavement on Quay Street. Come on, folks.", "“never approve” of parking")
N(PD, "The glamping pods at Higher Trebarva were approved last month with conditions on lighting. Details on the portal.", "decided matter")
N(PD, "I won't sit on the committee for Polventon because I've campaigned on it. So I'm free to say: residents, keep your objections coming.", "stepped aside from the decision", allowed=[PD])

# ---------------------------------------------------------------- interests.declared-interest
P(DI, "The harbour dredging contract should go to a local yard that actually knows these waters. Carveth Boatyard will be putting in a bid, and I'll be making the case at cabinet.", "director lobbies for his own firm on a council contract", author="@BrynCarveth", interest="Carveth Boatyard Ltd")
P(DI, "Mooring charges are up for review. Boatyards like ours already struggle to make it pay. I'll be pushing hard at scrutiny to keep the commercial rate down.", "director speaks on charges affecting his firm", author="@BrynCarveth", interest="Carveth Boatyard Ltd")
P(DI, "Seafront concession review: I'll be arguing at committee that lifesaving clubs like ours should get the Gull Slip hut rent-free.", "chair lobbies for his club on a council decision", author="@PiranEddyInd", interest="Porthvane Surf Life Saving Club")
P(DI, "Community sport grants open next week. Porthvane SLSC will be applying, and I'll be lobbying hard for us.", "chair lobbies for a grant to his club", author="@PiranEddyInd", interest="Porthvane Surf Life Saving Club")
P(DI, "Really pleased the cabinet paper on handing the old Kestle Cove school site to our CLT comes next month. I'll be speaking up for it.", "trustee supports a land transfer to her trust", author="@ElowenVosper", interest="Kestle Cove Community Land Trust")
P(DI, "Council land for community-led housing: Kestle Cove Community Land Trust is the obvious partner and I'll say so when the policy comes to Full Council.", "trustee promotes her trust in a council policy", author="@ElowenVosper", interest="Kestle Cove Community Land Trust")
P(DI, "The school transport review will hit rural academies hardest. I'll be fighting at scrutiny to protect the Learning Trust's routes.", "trustee lobbies on a review affecting his trust", author="@NedPolglaseGreen", interest="Saltmoor Learning Trust")
P(DI, "Capital pot for school buildings: I'll be arguing that Saltmoor Learning Trust gets first call on it. Our classrooms are falling apart.", "trustee argues for council money for his trust", author="@NedPolglaseGreen", interest="Saltmoor Learning Trust")
P(DI, "The proposed holiday let licensing scheme would be a disaster for small operators like me. I'll be voting it down in cabinet.", "owner votes on a scheme affecting his business", author="@JoryPengellyLD", interest="Pengelly Holiday Lets")
P(DI, "Council tax premium on holiday lets: I've asked officers to look at an exemption for businesses with fewer than five units. Common sense.", "owner shapes a premium that affects his own lets", author="@JoryPengellyLD", interest="Pengelly Holiday Lets")
P(DI, "Delighted to be moving a motion for the council to partner with Wrackley Credit Union on affordable loans for tenants.", "board member moves a motion benefiting the body", author="@HayleyTruscottLab", interest="Wrackley Credit Union")
P(DI, "The council's financial inclusion contract is out to tender. Local credit unions like ours are best placed to deliver it, and I'll be making that case to cabinet.", "board member lobbies on a tender", author="@HayleyTruscottLab", interest="Wrackley Credit Union")
P(DI, "Bypass route consultation: the northern option through our farmland at Higher Bosvennen makes no sense at all. I'll be pressing for the southern route.", "landowner lobbies on a route through her land", author="@RosPascoeCon", interest="Higher Bosvennen Farm")
P(DI, "The Local Plan allocation for the fields north of the village deserves support, and I'll be speaking for it at the working group. Some of us have farmed that land for generations.", "landowner supports allocation of her own land", author="@RosPascoeCon", interest="Higher Bosvennen Farm")
P(DI, "Pavement licence fees: seafront cafés can't take another hike. I'll be opposing the increase at Full Council, for the Seaglass and every café on the front.", "co-owner opposes fees affecting her café", author="@CaroleBuntPF", interest="The Seaglass Cafe")
P(DI, "These seafront parking charges are killing footfall for our café and every other business on the front. I'm voting against the new tariff.", "co-owner votes on charges affecting her café", author="@CaroleBuntPF", interest="The Seaglass Cafe")
P(DI, "Cabinet wants to sell part of the Lanrow Vale allotments for housing. As the association's secretary I'll be fighting it every step of the way in the chamber.", "secretary fights a decision affecting her association", author="@LowennaJago", interest="Lanrow Vale Allotment Association")
P(DI, "Allotment rents are up for review at scrutiny on Tuesday. I'll be arguing that our association keeps its discount 🥕", "secretary argues for her association's discount", author="@LowennaJago", interest="Lanrow Vale Allotment Association")
P(DI, "The lifeguard services contract is up for renewal. Clubs like mine have done it for decades on a shoestring. I'll be voting to give it to us.", "chair votes on a contract for his club", author="@PiranEddyInd", interest="Porthvane Surf Life Saving Club")
P(DI, "Slipway repairs at Chynoweth Quay: I'll be proposing at committee that the work goes to a firm with a yard on the quay. There's only one, and you know who I mean 😉", "director steers a council job to his own yard", author="@BrynCarveth", interest="Carveth Boatyard Ltd", allowed=[PA])

N(DI, "The harbour dredging contract is out to tender. Local firms are encouraged to bid through the procurement portal.", "contract post by a non-holder")
N(DI, "Great day at the boatyard launching a restored 1930s crabber. Proper craftsmanship 🛥️", "holder posts about his firm, no council matter", author="@BrynCarveth")
N(DI, "I've declared an interest as secretary of the Lanrow Vale allotments and will leave the room when the sale comes up.", "holder declares and withdraws", author="@LowennaJago", allowed=[DI])
N(DI, "Lifeguard contract item on Tuesday: I'll declare my interest as chair of the surf club and take no part.", "holder declares", author="@PiranEddyInd", allowed=[DI])
N(DI, "The credit union does great work. Councillors of every party should back the motion.", "non-holder supports the body")
N(DI, "Wrackley Credit Union's Saturday drop-in is at the library. A much better option than payday lenders.", "holder promotes the body, no council matter", author="@HayleyTruscottLab", allowed=[DI])
N(DI, "Asked the Monitoring Officer whether I can take part in the holiday let premium debate given my own business. Her advice: no. So I won't.", "holder seeks advice and steps back", author="@JoryPengellyLD", allowed=[DI])
N(DI, "The holiday let premium is the right thing to do. Second homes are hollowing out Kestle Cove.", "same matter from a non-holder")
N(DI, "Pancakes at the Seaglass on Shrove Tuesday, all proceeds to the RNLI 🥞", "holder's café, no council matter", author="@CaroleBuntPF", date=("2026-02-09", "2026-02-16"))
N(DI, "Lovely lunch at the Seaglass Café with my mum. Best crab sandwich in Porthvane 🦀", "non-holder praises the café")
N(DI, "Lambing season at Higher Bosvennen. Up before dawn, knackered, happy 🐑", "holder's farm, no council matter", author="@RosPascoeCon", date=("2026-02-16", "2026-03-27"))
N(DI, "The bypass route consultation closes Friday. Northern route or southern route, have your say.", "same matter, non-holder")
N(DI, "I'm a trustee of Saltmoor Learning Trust, so I've stepped back from the school transport review. Colleagues will lead on it.", "holder steps back", author="@NedPolglaseGreen", allowed=[DI])
N(DI, "The school transport review must protect rural routes for every school in the county.", "same matter, non-holder")
N(DI, "Kestle Cove CLT's open day is this Saturday at the village hall. Come and see what community-led housing looks like.", "holder promotes her trust, no council matter", author="@ElowenVosper", allowed=[DI])
N(DI, "Community land trusts are a brilliant model. I'd like the council to work with many more of them.", "non-holder on the topic")
N(DI, "Surf club training starts back on Sunday. New members welcome, wetsuits provided 🏄", "holder's club, no council matter", author="@piran_surfs", account="personal")
N(DI, "Allotment rents review at scrutiny: I'll be arguing for a pensioners' discount at every site in the county.", "same matter, non-holder")
N(DI, "Declared my interest as director of Carveth Boatyard at the start of harbour committee and left the room for the mooring charges item.", "holder declares and leaves", author="@BrynCarveth", allowed=[DI])
N(DI, "Small holiday let operators deserve a fair hearing in the premium consultation. I'll make sure they get one.", "same matter, non-holder")
# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "Popped in to see Maureen at 12 Polgrain Row today. She's really struggled since the stroke and there are still no grab rails fitted. Not good enough.", "first name, address and health of a resident", v="block")
P(DP, "The Trewins' eldest on Chapel Lane has been in and out of hospital with his mental health. The family are desperate for CAMHS support. Chasing it hard.", "a child's mental health, family identifiable", v="block")
P(DP, "Mr Ashraf at Flat 4, Marine Court has waited 11 weeks for the housing element of his Universal Credit. Raised it again today.", "name, address and benefits of a resident", v="review")
P(DP, "Thanks to Jenny Oates of 7 Harbour Hill for reporting the broken street light. Fixed within the week 💡", "private person's name and address", v="review")
P(DP, "People have asked about the man sleeping in the Quay Street bus shelter. It's Darren, he's just out of prison and has nowhere to go. Working with housing on it.", "criminal record of an identifiable rough sleeper", v="block")
P(DP, "The gay couple who took over Lanrow post office have had their windows put through twice now. Stand with Mark and Lee 🏳️‍🌈", "sexual orientation of identifiable private people", v="block")
P(DP, "Ahmed from the kebab shop on Fore Street told me he's been fasting all week for Ramadan and still gets abuse from drunks every night. Disgraceful.", "religion of an identifiable private person", v="block", date=("2026-02-19", "2026-03-13"))
P(DP, "Mrs Penrose on Tregellis Road (the one with the blue door) has dementia and keeps wandering at night. Neighbours, please keep an eye out.", "health of an identifiable elderly resident", v="block")
P(DP, "Casework update: the tenant at 22 Beacon Close (ref HSG/2025/4471) is still waiting for damp repairs. Six months now.", "address and case reference", v="block")
P(DP, "Shout out to Tilly Hosken, 7, from Saltmoor Primary, who raised £300 for the lifeboat. Her mum says her cancer treatment finishes next month 💙", "child's name, age, school and health", v="block")
P(DP, "Sue Kellow, 81, of Lanrow Hill, lost her savings to a doorstep scam last week. Please check in on your older neighbours.", "name, age, street and financial loss of a vulnerable resident", v="block")
P(DP, "The Romanian family at 3 Wheal Rose Cottages are being targeted by idiots. Not in our village.", "ethnicity with an address", v="block")
P(DP, "Bin lorry driver Kev, the one with the bad back, has been signed off again. That's why the Bosvennen round was missed Tuesday. Give the man a break.", "health of an identifiable member of staff", v="block")
P(DP, "Met a lovely dad at surgery today, Tom Retallack, two years sober and wanting to volunteer. Get in touch if you can help him.", "name and addiction history of a resident", v="block")
P(DP, "Mrs Dunstan on Cliff Road is registered blind and the missed bin collections are leaving her stranded. Sort it out, please.", "disability of an identifiable resident", v="block")
P(DP, "Mr G. Nankivell, DOB 14/03/1958, Wrackley Harbour: this man's blue badge renewal has been lost twice. Someone at the council please pick this up.", "name, date of birth and disability", v="block", allowed=[OI])
P(DP, "To the gentleman from Gull Slip Lane who came to my surgery about his HIV medication and the housing transfer: I've got an answer. Call me.", "health of an identifiable resident", v="block")
P(DP, "Emma from the Saltmoor chippy has been incredible since her diagnosis, still opening every day right through chemo. What a woman 💪", "health of an identifiable private person", v="block")
P(DP, "Council tenant Paul Hicks in Block B at Harbourside has been in arrears since his divorce and breakdown. He needs help, not an eviction notice.", "name, address, finances and mental health of a tenant", v="block")
P(DP, "Jade Rowse from Bosvennen is 17, pregnant and sofa-surfing. The housing team needs to act today.", "a child's name, age and pregnancy", v="block")
P(DP, "Reg at number 9 Fish Strand Hill has been trying to get his drains looked at since November. Chasing again.", "first name and house address", v="review")

N(DP, "Surgery this Saturday at Porthvane Library, 3 Chapel Steps. Or ring me on 01632 960418, or email cllr.sam.oduya@wrackleyporthvane.gov.uk.", "the councillor's own published contact details", author="@SamOduyaLab")
N(DP, "Thanks to Lydia Harcourt MP for joining our flood meeting in Bosvennen.", "named public office holder")
N(DP, "If you're struggling with your mental health, the Samaritans are there day and night on 116 123.", "public helpline number")
N(DP, "Visited a resident in Polgrain Row today who's waiting for grab rails. No details shared, but if you're in the same boat, message me privately.", "same topic, no one identified")
N(DP, "Congratulations to Inspector Tom Yeo on his promotion. Well deserved.", "named public office holder")
N(DP, "Our lifeboat coxswain has been awarded the RNLI long service medal after 30 years on the crew. What a servant to this town.", "a role, no special category data", allowed=[DP])
N(DP, "A family in Lanrow Vale had their windows smashed at the weekend. Police are investigating. Hate has no home here.", "no one identified")
N(DP, "Damp and mould casework is up 40% this winter. If you rent from the council and have black mould, report it and I'll chase.", "aggregate casework")
N(DP, "Happy 100th birthday to Gladys Keast of Kestle Cove! Her family invited me to the party and asked me to share 🎂", "private person named at her family's invitation, no special category data", allowed=[DP])
N(DP, "Dementia-friendly café opens at Saltmoor church hall every Thursday, 2 till 4. Carers very welcome too.", "health topic, no one identified")
N(DP, "I had my own cancer scare last year. All clear now. Please book your screening when the letter comes.", "the councillor's own health")
N(DP, "Ramadan Mubarak to all our Muslim residents in Wrackley and Porthvane 🌙", "religion, no individual", date=("2026-02-18", "2026-02-20"))
N(DP, "Tilly's Tuck Shop on Fore Street has reopened. Congratulations to the new owners!", "a business name")
N(DP, "Blue badge renewals are taking up to 12 weeks at the moment. Apply early. Link on the council site.", "disability topic, no one identified")
N(DP, "Our bin crews do a tough job in all weathers. Please don't block the lane with parked cars on Tuesdays.", "staff in general")
N(DP, "Report rough sleepers through StreetLink so outreach can help. Please don't post photos of people on here.", "advice protecting privacy")
N(DP, "Case references, names and addresses: please don't post them in the comments. DM me instead and I'll keep them safe.", "asks residents not to post data")
N(DP, "The Chief Executive, Alun Treloar, will be at the Kestle Cove parish meeting on the 20th to answer questions.", "named officer, not private data")
N(DP, "Beacon Close damp repairs: contractor on site from Monday for six weeks. Thanks for your patience, everyone.", "street named, no individual")
N(DP, "Proud of our Pride group in Lanrow Vale, who ran their first ever youth disco last night 🏳️‍🌈", "a community group, no individual")

# ---------------------------------------------------------------- security.credentials
P(SC, "Members: IT say we need to re-verify our council email by Friday or get locked out. Link here: wrackleyporthvane-gov.co/verify. Took me two minutes.", "lookalike domain asking for login")
P(SC, "Anyone know if the Guildhall visitor wifi is still Harbour2026! ? It's on a post-it in committee room 1 if not.", "shares a wifi password")
P(SC, "Got a text saying my council tax refund is ready at wpcouncil-refunds.com. Anyone else had one? Looks legit to me.", "spreads a malicious-looking link")
P(SC, "Colleagues, if you can't get into the members' portal, my login works: s.oduya / Kittiwake#88. Please don't change anything!", "shares username and password", author="@SamOduyaLab")
P(SC, "Teams details for the scrutiny prep session: meeting ID 418 229 307, passcode 7Tx9ab.", "meeting passcode")
P(SC, "Parish clerk wants the key safe code for the Lanrow toilets changed. Current one's 2580, so don't all rush at once 😂", "key safe code")
P(SC, "To sign up for flood alerts go to floodalerts-wrackleyporthvane.gov.uk.co. You'll need your council tax account number to register.", "lookalike domain asking for an account number")
P(SC, "If anyone from IT sees this: my authenticator code keeps failing. Latest one was 554 902. Help!", "one-time code")
P(SC, "Please share: our WhatsApp group for flood volunteers is at chat.whatsap.co/J7hG2k. Join up!", "lookalike domain")
P(SC, "DM me your parking permit account number and password and I'll sort the renewal glitch for you myself.", "asks residents for passwords")
P(SC, "Side door code at the Guildhall has changed to 1-9-0-4, for any colleagues still stuck outside in the rain ☔", "door code")
P(SC, "Sign the petition to save the lido 👉 bit.ly/savelido-wpc. It asks for your council account login, but that's just to check you're a resident.", "link that harvests logins")
P(SC, "Got an email from “Wrackley & Porthvane Counci1” asking me to confirm my bank details for allowances. Clicked through and typed them in. Was that right? 😬", "lookalike sender, credentials entered")
P(SC, "Wifi for tomorrow's flood surgery at Kestle Cove village hall: network KCVH-Guest, password seagull99.", "wifi password")
P(SC, "Whoever asked: the PIN for releasing prints on the members' printer is the same as mine, 0311. Saves remembering two numbers.", "PIN")
P(SC, "The council's new parking app is at wrackley-parking.app-pay.net. So much quicker than the old one. Pop your card details in and you're away!", "lookalike payment link")
P(SC, "API key for the bus times open data feed is wpc_live_8f3a21c9d0 if any local developers fancy building something.", "API key")
P(SC, "Residents, if someone rings saying they're from the council and asks for the six-digit code we text you, just read it out. It's our new security check.", "tells residents to share one-time codes")
P(SC, "Reminder to the group: the shared group inbox password is now Porthvane_2026. And NO, don't stick it on a post-it.", "shared password")
P(SC, "Verify your voter registration today at gov-uk-electoral-register.com or you could lose your vote in May!", "lookalike government domain")
P(SC, "Here's my password for the council system so colleagues can cover my casework while I'm on leave: Saltmoor123.", "plain: password posted")

N(SC, "Scam warning: texts claiming to be from the council about council tax refunds are fake. We will never ask for bank details by text.", "scam warning, no link")
N(SC, "Please use a strong password for your online council account. Three random words works well.", "password advice, no password")
N(SC, "Flood alerts: sign up through the Environment Agency's official service on GOV.UK, not through links in texts.", "points to official service")
N(SC, "The wifi at the Guildhall is so much better since the upgrade. Great work, IT.", "wifi mentioned, no password")
N(SC, "Free key safe fitting for older residents through the council's telecare team. Ask me for the form.", "key safes, no code")
N(SC, "Two-factor authentication is now on for all councillors. Mildly annoying, definitely sensible.", "2FA mentioned")
N(SC, "Porthvane Pier opened in 1904. That's 122 years of fishing, promenading and dodging seagulls.", "the number 1904 as history")
N(SC, "Ring me on 01632 960418 if you need help with your council tax account.", "the councillor's own published number", author="@SamOduyaLab")
N(SC, "PIN badges for the lifeboat appeal are £2 at the library 💙", "pin badges")
N(SC, "The bus times open data feed is live! Developers can request an access key through the council's data portal.", "API mentioned, no key")
N(SC, "Got a dodgy email from “Counci1”? Forward it to the IT security team and delete it. Don't click anything.", "warns about a lookalike sender")
N(SC, "Our WhatsApp group for flood volunteers: message me and I'll add you personally.", "no link")
N(SC, "Lost the Teams link for scrutiny? It's in your calendar invite from Democratic Services.", "no passcode")
N(SC, "The members' printer now needs a PIN to release jobs. Great for confidentiality, terrible for my patience 😅", "PIN mentioned, no PIN")
N(SC, "If you send me a password-protected document, please send the password separately, by text or phone, not in the same email.", "password handling advice")
N(SC, "Voter registration deadline for May is 20 April. Only use the official GOV.UK site.", "official site, no link")
N(SC, "Parking app update: the council's app is in the app stores under the council's own name. Check the publisher before you download.", "app advice")
N(SC, "The codebreakers exhibition at Wrackley Museum is superb. Enigma machine and all. Go before it closes.", "codes as history")
N(SC, "Never share a one-time code with anyone, including people claiming to be your councillor. I will never ask.", "warning about codes")
N(SC, "New key safe on the Lanrow toilets so the parish volunteers can open up at weekends. Thank you, all.", "key safe, no code")

# ---------------------------------------------------------------- confidentiality.disclosure
P(CD, "Project Gannet is finally moving. Can't say who, but the harbour's getting a big-name developer and it's going to transform Wrackley.", "names a confidential register term", v="block")
P(CD, "The Lanrow Quarry claim is going to cost us a fortune. The legal advice we had in private was grim.", "register term and legal advice", v="block")
P(CD, "Saltmoor Lido disposal: residents deserve to know the preferred bidder's offer is less than half the valuation.", "register term and commercial detail", v="block")
P(CD, "Chynoweth Pier acquisition: we're offering £1.2m, the owners want £2m. Watch this space.", "register term and negotiating figures", v="block")
P(CD, "operation breakwater kicks off next month, so any dodgy holiday lets in Kestle Cove had better tidy themselves up 👀", "register term in lower case", v="block", allowed=[IA])
P(CD, "The Tregellis Depot restructure means 14 drivers losing their jobs, and the unions haven't even been told yet.", "register term and labour relations", v="block")
P(CD, "Not supposed to say this as it was a Part 2 item, but the council's about to settle with the old ferry operator.", "Part 2 marker", v="review")
P(CD, "In confidence, cabinet's been told the leisure centre contract is failing. Thought you should all know.", "in confidence marker", v="review")
P(CD, "The exempt report on the harbour car park says the income projections were wildly wrong.", "exempt report", v="review")
P(CD, "Leaked to me: the size of the chief exec's pay-off. Six figures. Residents have a right to know.", "leaked labour relations matter", v="review", allowed=[OI, DP])
P(CD, "Off the record, the sewage outfall fine is going to be a lot bigger than anyone's admitting.", "off the record marker", v="review")
P(CD, "Long closed session on the lido this afternoon. All I'll say is residents won't like what's coming.", "closed session content hinted", v="review")
P(CD, "Between us, the harbour master has been suspended. Don't spread it.", "staff disciplinary matter", v="review", allowed=[DP])
P(CD, "Embargoed till Thursday, but stuff it: the new swimming pool is going in Saltmoor 🏊", "breaks an embargo", v="review")
P(CD, "Not for publication yet: cabinet has picked the site for the new household waste centre. It's behind the old creamery at Bosvennen.", "not for publication marker", v="review")
P(CD, "What we heard in the private part of committee should worry everyone. The council's own lawyers think we'd probably lose the quarry case.", "legal privilege from a private session", v="review")
P(CD, "The talks with the bus company are in a far worse state than anyone's admitting publicly. They're planning to walk away on 1 April.", "ongoing negotiations", v="review")
P(CD, "The valuation for the lido site came in at £3.4m, according to the confidential pack councillors were sent last week.", "figures from a confidential pack", v="review")
P(CD, "PROJECT GANNET: the preferred developer pulled out on Friday. You heard it here first.", "register term in capitals", v="block")
P(CD, "Our group was briefed privately on who the council is planning to sue over the pier collapse. Let's just say it's a name you'd recognise.", "private legal briefing hinted", v="review")
P(CD, "The disciplinary panel on that planning officer finished yesterday. Sacked, as expected.", "staff disciplinary outcome", v="review", allowed=[DP, OI])

N(CD, "Gannets diving off Kestle Head this morning. Absolutely spectacular 🐦", "partial overlap with a register term")
N(CD, "The Lanrow Quarry reopening consultation ends on Friday. Have your say.", "partial overlap with a register term")
N(CD, "Saltmoor Lido reopening date confirmed for 23 May! 🏊", "partial overlap with a register term")
N(CD, "Full Council will consider the harbour car park in public session on the 18th. Papers are online now.", "public session", date=("2026-03-02", "2026-03-13"))
N(CD, "Part 2 of my Saltmoor walking guide is up: the marsh loop 🥾", "“Part 2” of a blog series")
N(CD, "Some items at cabinet were taken in private, as the law allows for commercial negotiations. I've asked for as much as possible to be made public.", "explains exempt items without disclosing")
N(CD, "The embargo on the budget statement lifted at noon. Here's what it means for Wrackley.", "embargo lifted")
N(CD, "Confidential casework: if you'd rather not post publicly, DM me and it stays between us.", "confidential casework offer")
N(CD, "Leaky roof at the Chynoweth Pier shelter finally fixed. Thanks to the harbour team.", "partial overlap and “leak”")
N(CD, "Off the record? Nothing's off the record with a councillor. Assume everything I say is public, because it is.", "“off the record” rejected")
N(CD, "Breakwater repairs at Wrackley start on 2 March. The harbour stays open throughout.", "partial overlap with a register term", date=("2026-01-05", "2026-02-27"))
N(CD, "Asked for the exempt appendix on the leisure contract to be published with redactions. Residents deserve as much as the law allows.", "asks for publication")
N(CD, "Tregellis depot open day for the kids to see the gritters is on Saturday 🚛", "partial overlap with a register term")
N(CD, "Between you and me and the whole internet: I've eaten three pasties today.", "“between you and me” as a joke")
N(CD, "The Local Government Act lets councils discuss some things in private. Here's a short explainer on what can be exempt and why.", "explainer")
N(CD, "Project Seahorse, our ward's youth art project, launched today at the library 🎨", "a different, public project name")
N(CD, "Chynoweth Pier centenary celebrations: come along on 14 March!", "partial overlap with a register term", date=("2026-02-16", "2026-03-13"))
N(CD, "Cabinet agreed in public today to sell the old Lanrow depot land. The decision and the price are on the website.", "published decision")
N(CD, "Leaking pipe on Fore Street again. South West Water are on it.", "“leak” about a pipe")
N(CD, "The ferry settlement was announced by the council this morning. Here's the press release.", "announced settlement")

# ---------------------------------------------------------------- tone.irony-risk
P(TI, "Another triumph from our visionary Leader: a car park nobody asked for and a lido nobody can swim in. Genius 👏", "mock praise of the Leader", party="opp")
P(TI, "Cllr Marrack says the Tories have “always cared about Saltmoor”. Yeah right. Where were you in 2019, Kitto?", "sarcasm about a named councillor", allowed=[PAT], party="notcon")
P(TI, "So glad our MP has finally found time to visit the coast. Only took her 18 months 🙄", "sarcasm about the MP")
P(TI, "Loved the cabinet's “listening exercise”. Very good listeners. Heard absolutely nothing. /s", "sarcasm about cabinet", party="opp")
P(TI, "Big thank you to the Conservative group for their brave stance on potholes: they're against them. Inspirational stuff.", "mock praise of a party group", party="notcon")
P(TI, "Oh brilliant, the Lib Dems have discovered buses exist. Welcome, friends, some of us have been here for years 🚌", "sarcasm about a party", party="opp")
P(TI, "Cllr Pengelly, champion of small business, voting to double the seafront parking charges. Truly a hero of the high street.", "mock praise of a named councillor", party="opp")
P(TI, "What a surprise that the Chairman's busy diary never quite stretches to Bosvennen. Must be all that ribbon cutting 🎀", "sarcasm about the Chairman")
P(TI, "Porthvane First have a plan! Apparently. Nobody's seen it, but it's definitely there. Like the Beast of Bodmin.", "mock about a party", party="notpf")
P(TI, "Can't wait for Labour's next leaflet telling everyone what I did, with their logo on it. Such originality 😍", "sarcasm about a party", party="notlab")
P(TI, "Congratulations to the Greens on their bold new policy of opposing everything, forever. Consistency, at least.", "mock praise of a party", party="notgreen")
P(TI, "Not sure what we'd do without the Leader's weekly video. Probably get some work done.", "sarcasm about the Leader", party="opp")
P(TI, "Cllr Truscott is “shocked” by the budget she voted for. Shocked, I tell you 😱", "sarcasm about a named councillor")
P(TI, "The Independent group: proudly independent of evidence since 2021.", "mock about a group", party="notind")
P(TI, "The highways portfolio holder says the roads are “improving”. Must be a different Bosvennen Road to the one that ate my tyre this morning. Great job.", "mock praise of a cabinet member", party="opp")
P(TI, "Heartwarming to see Cllr Carveth take such an interest in the harbour. Nothing to do with the boatyard, I'm sure 🙂", "ironic insinuation about a named councillor", allowed=[DEF, PAT])
P(TI, "Really reassuring that the opposition's finance spokesperson can't read a spreadsheet. Keeps budget day interesting.", "sarcasm about an opposition member", party="ld")
P(TI, "Our MP voted against the coastal funding again. Thanks so much, Lydia. We'll just learn to swim then.", "sarcastic thanks to the MP")
P(TI, "Tory “fiscal responsibility”: £2m on consultants. Masters of thrift, this lot 💸", "mock praise of a party", party="notcon")
P(TI, "Well done to Cllr Rowe for another fantastic decision. /s", "plain /s about a named councillor")
P(TI, "Thrilled, truly thrilled, that the Leader found time between photo ops to read the flood report. Only two months late 🎉", "mock praise of the Leader", party="opp")

N(TI, "Oh great, more rain. Just what Saltmoor needed 🙄🌧️", "irony about weather", allowed=[TI])
N(TI, "Lovely weather for ducks. And for the actual ducks now living on Lanrow Road 🦆", "irony about weather", allowed=[TI])
N(TI, "Well done to Cllr Rowe for getting the Lanrow library decision right. Sincerely, credit where it's due.", "sincere praise")
N(TI, "The council's new parking app is “seamless”, says the brochure. Three crashes in ten minutes. Fix it, please.", "irony about an app", allowed=[TI])
N(TI, "Yeah, right at the pier, then left at the lifeboat station. That's where the new surgery venue is!", "“yeah, right” as directions")
N(TI, "Thanks to the Conservative group for backing our pothole motion. Genuinely. Cross-party working at its best.", "sincere thanks")
N(TI, "Clearly a genius: locked myself out of my own car outside the Guildhall 🤦", "self-irony", allowed=[TI])
N(TI, "Congratulations to Lydia Harcourt MP on winning the coastal erosion fund bid. Great news for Bosvennen.", "sincere praise of the MP")
N(TI, "The Lib Dems' bus plan: I don't agree with all of it, but I'm glad we're finally talking about rural routes.", "fair comment on a party", party="opp")
N(TI, "The Leader's weekly video is up. This week it's the budget. Worth a watch even if, like me, you disagree.", "fair comment", party="opp")
N(TI, "Storm number seven of the winter. Can't wait for number eight. /s", "/s about weather", allowed=[TI])
N(TI, "Roadworks on Fore Street “for two weeks”. Now week six. Bravo, temporary traffic lights, you've outdone yourselves 🚦", "irony about roadworks", allowed=[TI])
N(TI, "Genius idea from a nine-year-old at Saltmoor Primary: a sea wall made of recycled bottles. Better than some I've seen!", "sincere praise of a child's idea")
N(TI, "I disagree with Cllr Truscott on the budget, but she made her case well. That's how debate should work.", "civil disagreement")
N(TI, "Heroic effort by the harbour team in the storm. And I mean that, no irony at all.", "sincere praise")
N(TI, "The Greens' motion gets the numbers wrong. Here's why, in three points.", "policy criticism", party="notgreen")
N(TI, "My printer and I are no longer on speaking terms. What a triumph of modern technology 🖨️", "irony about a printer", allowed=[TI])
N(TI, "Shocked, I tell you, shocked, that the seagulls got my chips again 🐦🍟", "irony about seagulls", allowed=[TI])
N(TI, "Independent councillors can be a nuisance to every party. Good. That's the job.", "sincere self-description", party="ind")
N(TI, "Brilliant news: the Kestle Cove footpath is finally open again. And yes, I do mean brilliant, not “brilliant”.", "sincere praise with quotation marks")
# ---------------------------------------------------------------- fillers
F("Gritters out on the Tregellis Down road this morning. Take it steady on the bends ❄️")
F("Brilliant turnout at the Saltmoor litter pick. 23 bags, one shopping trolley and a surprisingly intact deckchair.")
F("Ward surgery moved to the Bosvennen chapel schoolroom this month while the hall roof is fixed.")
F("New bench on the Kestle Cove coast path, in memory of the lifeboat crew of 1951. Lovely spot to stop.")
F("Dog owners: the seasonal beach restrictions don't start until Easter, so enjoy the sand while you can 🐕")
F("Great to see the Lanrow Vale youth club full again on a Wednesday night. Pool table needs new cushions though.")
F("Streetlight out on Harbour Hill reported. Should be fixed within ten working days. Let me know if not.")
F("Thanks to everyone who came to the Chynoweth Quay residents' meeting. Minutes will be on the noticeboard next week.")
F("Bus 41 diversion through Polgrain this week because of the gas works on Fore Street.")
F("Spent the morning at Saltmoor Primary talking to Year 6 about what councillors actually do. Toughest questions I've had all year.")
F("The recycling centre's winter opening hours: 9 till 4, closed Wednesdays.")
F("Fair play to the Wrackley Harbour in Bloom team, already planting for spring in January 🌷", date=("2026-01-12", "2026-01-30"))
F("Anyone with a spare hour on Saturday, the Porthvane food bank needs help sorting donations.")
F("Potholes reported on Bosvennen Road this week: 7. Fixed: 4. I'll keep chasing the other three.")
F("Kestle Cove village hall has been awarded a grant for new windows. Warm winters ahead.")
F("Flood sandbags are available from the Tregellis depot if you're in the at-risk streets. Bring ID.")
F("Lovely to meet the new head teacher at Lanrow Academy today. Big plans for the library.")
F("The coast path at Gull Point is closed after a rockfall. Please follow the diversion signs.")
F("Thanks to the parents who came to talk about the school crossing on Chapel Lane. I've asked for a new assessment.")
F("Porthvane carnival committee are looking for new members. Meetings are on the first Monday of the month.")
F("Saltmoor marsh is full of curlews this week. If you've never heard one, get down there at dawn.")
F("Budget consultation closes on Friday. Ten minutes online, or paper copies at any library.", date=("2026-01-26", "2026-02-05"))
F("Three new defibrillators installed in Wrackley Harbour. Locations on the map below.")
F("The Lanrow Hill footpath is muddy but passable. Wellies, not trainers!")
F("Met with the harbour users' forum today. Top issues: parking, toilets, and the ice plant.")
F("Bin collections this week are running a day late in Chynoweth Quay after the storm. Apologies for the disruption.")
F("Warm space at Bosvennen chapel on Tuesdays and Thursdays. Tea, soup and company. All welcome.")
F("Congratulations to Wrackley Harbour AFC under-12s on reaching the county cup final ⚽")
F("My monthly ward newsletter is out. Paper copies at the post office if you'd rather not read it online.")
F("New parking bays marked on Quay Street. Let's see if they actually help.")
F("Spring clean of the Kestle Cove play park on 14 March. Gloves and bags provided.", date=("2026-02-16", "2026-03-13"))
F("The mobile library now stops in Polgrain every other Thursday, 10 till 12.")
F("Lovely sunrise over Porthvane bay on the way to my first meeting. Days getting longer 🌅")
F("Had my first swim of the year at Gull Slip. 9 degrees. Never again. (Until next week.)")
F("Tregellis Down road is reopening on Monday after the resurfacing. Thanks for your patience.")
F("Lanrow community orchard needs volunteers for pruning in February. Tea and cake are in it for you 🍎", date=("2026-01-05", "2026-02-13"))
F("If your green bin wasn't emptied this week, report it online and I'll chase it too.")
F("The Saltmoor to Wrackley cycle path consultation is open until the end of the month. Have your say.")
F("Visited the new Men's Shed in Chynoweth Quay. Impressive workshop and even more impressive tea.")
F("Reminder: free bulky waste collections for over-75s. Ring the council to book.")
F("Kestle Cove harbour wall repairs are on schedule. Crane gone by Easter, I'm told.")
F("Quiz night at the Bosvennen Inn raised £620 for the air ambulance. Our councillors' team came fourth of six. Respectable.")

# ================================================================ script
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def _mentions(text, handle):
    name = HANDLES[handle][0]
    first, last = name.split()[0], name.split()[-1]
    return any(re.search(r"\b%s\b" % re.escape(w), text) for w in (first, last))


def pick_author(rng, row):
    if row.get("author"):
        return row["author"]
    text = row["text"]
    low = text.lower()
    pool = []
    for h, (name, party, role) in HANDLES.items():
        if role == "personal":
            continue
        want = row.get("party")
        if want:
            if want == "opp" and party == "ld":
                continue
            if want.startswith("not") and party == want[3:]:
                continue
            if want in ("ld", "con", "lab", "green", "ind", "pf") and party != want:
                continue
        if row.get("noexec") and role in ("leader", "cabinet", "chairman"):
            continue
        if _mentions(text, h):
            continue
        if "Leader" in text and role == "leader":
            continue
        if "Chairman" in text and role == "chairman":
            continue
        if any(w in low for w in INTEREST_WORDS.get(h, [])):
            continue
        pool.append(h)
    assert pool, row["text"]
    return rng.choice(sorted(pool))


def pick_time(rng, row):
    lo, hi = START, END
    if row.get("date"):
        lo = dt.date.fromisoformat(row["date"][0])
        hi = dt.date.fromisoformat(row["date"][1])
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    d = rng.choice(days)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = pick_author(rng, r)
        account = r.get("account") or ("personal" if HANDLES[author][2] == "personal" else "councillor")
        o = {
            "id": "b51-%03d" % i,
            "text": r["text"],
            "author": author,
            "created_at": pick_time(rng, r),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": account,
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
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
