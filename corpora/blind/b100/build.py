#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b100 (Greythorpe District Council).

Every row below was written by hand for this set. The script shuffles the rows with a fixed
seed, gives ids B100-NNNN, picks a plausible author, a platform and a timestamp for each, and
writes posts.jsonl next to this file. Running it again gives the same file.

Row helpers:
  P(family, text, verdict, allow=..., by=..., when=..., note=..., rules=..., interest=...)
  H(family, text, allow=..., by=..., when=..., note=...)      hard negative, verdict ok
  F(text, by=..., when=..., note=...)                           filler, verdict ok
allow: space-separated short names (see ABBR). by: an author pool expression (see POOLS) or
explicit handles. when: (first_date, last_date) inclusive, ISO dates.
"""
import csv
import datetime as dt
import json
import random
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 10000

ABBR = {
    "off": "officers.impartiality", "res": "resources.political-use",
    "pos": "position.improper-advantage", "gift": "gifts.hospitality",
    "cap": "capacity.council-voice", "ins": "confidentiality.insider-advantage",
    "pre": "predetermination.closed-mind", "int": "interests.declared-interest",
    "dp": "data-protection.personal-data", "sec": "security.credentials",
    "dis": "confidentiality.disclosure", "tone": "tone.irony-risk",
    "pa": "respect.personal-attack", "abuse": "respect.abusive-language",
    "bully": "bullying.intimidation", "eq": "equality.discrimination",
    "def": "defamation.allegation", "copy": "copyright.third-party-content",
    "haste": "haste.pause-before-posting", "meet": "meetings.during-meeting",
}

ROWS = []


def _allow(s):
    return [ABBR[a] for a in s.split()] if s else []


def P(fam, text, v, allow="", by=None, when=None, note="", rules=None, interest=None):
    rs = [ABBR[r] for r in (rules.split() if rules else [fam])]
    ROWS.append(dict(text=text, rules=rs, allowed=_allow(allow), verdict=v, family=ABBR[fam],
                     kind_of_row="positive", by=by, when=when, note=note, interest=interest))


def H(fam, text, allow="", by=None, when=None, note=""):
    ROWS.append(dict(text=text, rules=[], allowed=_allow(allow), verdict="ok", family=ABBR[fam],
                     kind_of_row="hard_negative", near_miss_of=ABBR[fam], by=by, when=when,
                     note=note))


def F(text, by=None, when=None, note=""):
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok", family=None,
                     kind_of_row="filler", by=by, when=when, note=note or "filler: ordinary ward or personal post"))


JAN = ("2026-01-05", "2026-01-16")
MAR = ("2026-03-02", "2026-03-27")

# ---------------------------------------------------------------- officers.impartiality (review)
P("off", "Read Colin Metcalfe's report on the Saltings housing last night. Funny how every single 'material consideration' lands the developer's way. Whose side is our Head of Planning on, like?", "review", "def", note="questions a named officer's neutrality")
P("off", "Told Sophie Thwaites straight: that highways bit of her report wants redoing before it comes anywhere near committee. It's not good enough for Gorsedale folk and she knows it.", "review", "bully", note="pressing a named officer to change a report")
P("off", "Karen Swales has been Licensing Manager for donkey's years and drinks in half the pubs she's meant to be regulating. Not saying owt. Just saying. 🍺", "review", "def", note="insinuation about the Licensing Manager")
P("off", "Our s151 officer says the reserves can't stretch to the Furnace Estate play parks. Funny how they stretched to the Leader's fountain on the marina. Numbers to order, is it, Anita?", "review", "def", by="opp", note="s151 officer's advice portrayed as political")
P("off", "Phil Raine promised me the bins on Ironmasters would be sorted by Christmas. It's February. Either he doesn't know his own rounds or he doesn't care. Which is it, Phil?", "review", "pa", when=("2026-02-02", "2026-02-27"), note="public criticism of a named head of service")
P("off", "The planning officer on the Thackby Beck pods (you know who you are) wants to have a proper think about whose interests he's serving. Residents deserve a neutral officer, not one who's had his dinner bought.", "review", "def pa", note="unnamed but identifiable case officer; insinuation")
P("off", "Officers have been told what to write on the Carrmouth bus station report, mark my words. Nowt that comes out of that building is independent any more.", "review", "def", note="questions officers' neutrality as a body")
P("off", "Our Monitoring Officer was hand-picked by this administration and by heck it shows. Complaints against their lot vanish, complaints against ours get the full works. Impartial me foot, Richard.", "review", "def", by="opp", note="Monitoring Officer's neutrality questioned")
P("off", "Message to the housing team, and Ian Trotter in particular: change your advice on the Dock Street allocations or I'll take it to scrutiny and name names. Me constituents have waited long enough.", "review", "bully", note="pressing a named officer to change advice")
P("off", "Gemma in comms writes press releases that read like Estuary Alliance leaflets. 'Council news' my eye. She knows exactly who she's working for.", "review", "def", by="non:EA", note="Head of Comms by first name; neutrality")
P("off", "Leanne from environmental health has been nebby round the chippies on Front Street three times this month. Fair enough if it was everyone, but it's only the ones who didn't sign her mate's petition. Dead odd, that.", "review", "def", note="named EHO accused of bias")
P("off", "Asked Dan Hewison three times to change his recommendation on the Brinkcliffe garage appeal. Three times he's said no. Some officers think they run this place. They don't.", "review", "pa", note="pressing a named case officer")
P("off", "The Chief Exec sat in on the Leader's group meeting on Monday, apparently. Politically neutral? Aye, course she is 🙄", "review", "def tone", by="opp", note="Chief Executive's neutrality questioned by role")
P("off", "Whoever wrote the officer report on the coke ovens burner must have been paid by the word, and by the applicant. Absolute whitewash. Officers need reminding who pays their wages round here.", "review", "def", note="report author unnamed but identifiable; no closed mind on the application")
P("off", "Bit of friendly advice for the new lad in planning: the last officer who recommended approval up Gorsedale didn't last long here. Read the room, son.", "review", "bully", note="veiled pressure on a junior officer")
P("off", "Licensing officers are far too cosy with the big nightclub operators in Greythorpe. I'll be asking why the same two officers always seem to get their applications. Proper coincidence, that.", "review", "def", note="officers' neutrality questioned, not named")
P("off", "Had a word with our Colin (Head of Planning, for them that don't know him) and told him the committee report on the Helmsby caravans wants rewriting before it comes to us. He knows what I mean 😉", "review", "pre", by="plan", note="pressing an officer to rewrite a report")
P("off", "Julie Hammond is supposed to be politically neutral but she laughed at every one of the Leader's jokes at the Chamber of Trade do and none of ours. Tells you everything, that does.", "review", "tone", by="opp", note="Chief Executive named, neutrality questioned")

H("off", "Massive thanks to Phil Raine and the bin crews who were out in the snow on Ironmasters this morning. Proper heroes, the lot of them ❄️", "off", note="thanks to a named officer")
H("off", "Colin Metcalfe's report on the Saltings housing is on the planning portal now. Have a read before committee, it's a long 'un but it sets out both sides fairly.", "off", note="pointing to an officer's published report")
H("off", "Whose side are they on? Not Greythorpe's. The cabinet's cut to the Furnace Estate youth club is a disgrace and I'll be voting against the budget.", "", by="opp", note="robust criticism of cabinet policy, no officer")
H("off", "Welcome to Sophie Thwaites, our new Senior Planning Officer, who's come to us from up the coast. Dead good to have her on board.", "off", note="welcome to a named officer")
H("off", "Asked the Licensing Manager for advice on the festival application. Straight answer: wait for the report and keep an open mind. Will do.", "off pre", note="officer's advice reported fairly")
H("off", "Some folk on here are having a proper go at council officers over the bin delays. Please don't. They don't set the budget, we do. Shout at us, not at them.", "", note="defending officers")
H("off", "The s151 officer's report to budget council says reserves are below the safe level. That's the cabinet's doing, not hers. Read it and weep.", "off", by="opp", when=("2026-02-16", "2026-02-25"), note="cites officer advice to criticise cabinet")
H("off", "Officers' recommendation on the Saltings housing is approval. I've got questions about the drainage and I'll be asking them at committee, with an open mind.", "off pre", note="reports an officer recommendation; predisposition only")
H("off", "Dead proud of Leanne and the environmental health team who shut down that rat-infested takeaway in Carrmouth. Proper job, that.", "off", note="praise for a named officer")
H("off", "Julie Hammond, our Chief Executive, has written to every member about the flooding. Clear as day. Sandbags at Carrmouth depot from 8am.", "off", note="named officer in public role")
H("off", "The Monitoring Officer's annual report is out. Three complaints upheld, all about members, none about officers. Worth a read if you're into that sort of thing.", "", note="neutral report of a published document")
H("off", "Asked officers to look again at the bus shelter on Marsh Lane. They'll check what's left in the highways budget. Fair enough, can't ask fairer than that.", "", note="routine request, no pressure on advice")
H("off", "Fed up with this council. Bins late, potholes everywhere, and the cabinet blames everyone but themselves. Whose side are they on, honestly?", "", note="criticism of the council and cabinet, not officers")
H("off", "Richard Blenkin, Monitoring Officer, has confirmed in writing that I don't need to declare on the Dock Street item. Sharing for transparency.", "off int", note="named officer's advice shared openly")
H("off", "Ian Trotter and the housing team got a family rehoused before the weekend after the ceiling came down. Don't often see that speed. Ta, all of you.", "off", note="thanks to a named officer")
H("off", "Officers aren't the enemy. The policy is. Cabinet told them to close the Greythorpe tip on Sundays and they're doing what they've been told.", "", note="defends officers, criticises cabinet")
H("off", "Karen Swales has retired after thirty years in licensing. Knew every landlord from Carrmouth to Thackby and never once bent a rule for any of them. Enjoy it, pet 💐", "off", note="tribute to a named officer")
H("off", "Planning report says the coke ovens burner meets policy. I think the policy's wrong and I'll say so at full council. That's politics, not a pop at officers.", "off pre", by="notplan", note="disagrees with policy, not with officers")

# ---------------------------------------------------------------- resources.political-use (review)
P("res", "Working Teesside leaflets for Greythorpe Furnace all printed and stacked in me front room. Cheers to the lads in the council print room for squeezing us in between the bin calendars 😉", "review", by="WT", note="council print room used for party leaflets")
P("res", "Alliance canvass session tonight: meet in committee room 2 at the civic centre from half five, I've booked it through members' services. Bring comfy shoes and a brolly.", "review", by="EA", note="council room booked for canvassing")
P("res", "Sent the Greens' spring newsletter round from my council inbox this morning. If it didn't reach you, drop me a line and I'll forward it 🌱", "review", by="G", note="council email for party newsletter")
P("res", "Cracking photo of me and the Leader for our new Alliance leaflet, taken by the council's photographer at the flood wall opening. Mint, eh? Vote Alliance on 7 May!", "review", by="EA&non:@DerekHarwoodEA", note="council photographer's work on a party leaflet")
P("res", "Our kid's doing the design for the Independents' posters on my council laptop in the members' room. Proper talent, that lad. Posters up by the weekend!", "review", by="CDI", note="council laptop and room for campaign material")
P("res", "Dropping our Working Teesside petition forms at the Carrmouth customer service desk this afternoon. The girls on reception said they'll hand them out for us. Sign it!", "review", by="WT", note="council front desk staff distributing party forms")
P("res", "New Alliance leaflet has the council crest on the front so folk know we're the ones delivering. Dead proud of how it's come out.", "review", by="EA", note="council logo on party material")
P("res", "Cheers to Gemma and the comms team for turning round our party press release so quick. Working Teesside: delivering for Carrmouth.", "review", "off", by="WT", note="comms staff time on party release")
P("res", "Posting this from the members' room PC cos me phone's dead: Greens street stall Saturday on Greythorpe High Street, come and say hiya and sign up!", "review", by="G", note="council equipment for party promotion (casually admitted)")
P("res", "The council's flood warden group has 600 Carrmouth folk on it so I've popped our Independents' survey in there. Every voice counts come May! example.org/cdi-survey", "review", by="CDI", note="council-run channel used for party survey")
P("res", "Big thanks to the depot lads who dropped our Alliance placards round the estate in the council van this morning. Teamwork makes the dream work!", "review", by="EA", note="council van and staff for campaigning")
P("res", "Our new Working Teesside video was filmed in the council chamber after hours, the caretaker let us in. Looks dead professional, eh? Link below.", "review", by="WT", note="council chamber for a party video")
P("res", "Used the council's mailing list for the Ironmasters Regeneration Forum to let everyone know about our Alliance coffee morning Friday. Same people, same issues, makes sense!", "review", "dp", by="EA", note="council mailing list for party event")
P("res", "Independent candidate tip: the civic centre franking machine is dead handy for getting the leaflets out when you're skint 😂 Don't tell the Monitoring Officer.", "review", "tone", by="CDI IND", note="joke that admits misuse of council franking")
P("res", "Knocking team, the ward profile data officers pulled together for me shows which streets have the most pensioners. That's where Working Teesside is going Saturday. 💪", "review", by="WT", note="officer-prepared data used for canvassing")
P("res", "Greens meeting next Tuesday at the Helmsby Staithe council office by the harbour. The officer on duty's kindly said she'll put the kettle on for us 🌱", "review", by="G", note="council office and officer time for party meeting")
P("res", "Got our Alliance mailshot out the door today. The lasses in members' services did the envelopes in their lunch hour, bless 'em. Dead good of them.", "review", by="EA", note="council staff stuffing party envelopes")
P("res", "Vote for change in Thackby on 7 May 🗳️ Campaign line is my council mobile, 07700 900318, ring me any time about the campaign.", "review", by="IND", note="council-issued phone as campaign line")

H("res", "Working Teesside leaflets all printed at our own expense at a proper printer on Dock Road. Knocking from 10 on Saturday, all welcome.", "res", by="WT", note="campaign with own resources")
H("res", "My ward surgery's in committee room 2 at the civic centre, Friday 10 till 12. Any resident, any issue, no politics.", "res", note="council room for ward surgery")
H("res", "Council's new print room contract saves £40k a year. Good news for council tax payers, and scrutiny asked for exactly this two years ago.", "", note="council resources as subject")
H("res", "Reminder to candidates of every party: you can't use council offices, email or staff for campaigning. Members' services have sent the guidance round. Play fair, folks.", "", when=MAR, note="warning against misuse")
H("res", "I'll be answering emails from my council inbox tomorrow after a week off with flu. Apologies for the wait, I'm on it.", "", note="council email for casework")
H("res", "The Alliance have spent a fortune of council money on a glossy 'Greythorpe Reborn' magazine six weeks before an election. Funny timing. I've asked the Monitoring Officer to look at it.", "res def", by="opp", when=MAR, note="accuses others of misuse; no misuse by the author")
H("res", "The council photographer got some mint shots of the new flood wall opening. All on the council's Flickr page for anyone to use.", "copy", note="council photographer, no campaign")
H("res", "Greens street stall Saturday, Greythorpe High Street, outside the old Woolies. Bring your questions, we'll bring the flapjack 🌱", "", by="G", note="party campaigning with no council resource")
H("res", "Using my own laptop for party stuff and the council one for casework only. Took a while to get the hang of two logins, mind.", "res sec", note="separates resources properly")
H("res", "The council crest is being redesigned. Consultation open till 20 Feb, link on the council website. Proper bit of heritage, the old one, I hope they keep the blast furnace on it.", "", when=("2026-01-05", "2026-02-19"), note="council logo as subject")
H("res", "Depot lads were out gritting Marsh Lane at 5am in the council wagons. Thanks lads, you're mint.", "", note="council staff and vehicles, no campaign")
H("res", "Alliance coffee morning at the Ironmasters Community Centre Friday. We paid for the room hire ourselves, same as everybody else has to.", "res", by="EA", note="party event, room paid for")
H("res", "Using council resources for party campaigns is wrong whoever does it. I'll back any motion that tightens the rules, including on our own side.", "", note="about the rule itself")
H("res", "Lovely to see the council chamber opened up for the schools' mock election. Bairns from Carrmouth Primary running rings round us 😂", "", note="council chamber, civic use")
H("res", "Vote Working Teesside on 7 May 🗳️ Leaflet designed by our volunteers, printed with members' subs. Promoted by Working Teesside, 3 Cable Street, Carrmouth.", "res", by="WT", when=MAR, note="campaign with imprint, own resources")
H("res", "The council's comms team have put out the official notice of election. Nominations close 8 April. Whatever your colour, have a go.", "", when=MAR, note="neutral election notice")
H("res", "The council's ward profile for Gorsedale is published online and it's an eye-opener: a third of households over 65. We need the bus back.", "res", note="published council data used in argument")
H("res", "Leaflets off me own printer, ink from Asda, envelopes out of me mam's drawer. Independent campaigning at its finest 😂", "", by="CDI IND", note="own resources")

# ---------------------------------------------------------------- position.improper-advantage (review)
P("pos", "Anyone on Gorsedale having bother with a planning application, give us a ring. As your councillor I can get it looked at a lot quicker than going through the portal 😉", "review", by="@MarkBainbridgeEA @RayHebdenWT", note="offers to fast-track through the role")
P("pos", "Me brother-in-law's roofing firm is doing a cracking deal for Carrmouth Docks residents this month. Tell him I sent you and he'll see you right. Support local!", "review", note="promotes a connected business")
P("pos", "Need a skip? Our kid runs Estuary Skips and he's on the council's approved list. Message me and I'll sort you out with mate's rates.", "review", note="promotes a relative's firm via council link")
P("pos", "Council house repair been waiting months? DM me and I'll have a word with the right people to bump you up the list. That's what I'm here for.", "review", note="offers queue-jumping")
P("pos", "Anyone wanting a market stall in Greythorpe, come to me, not the office. I'll get you a pitch by the clock, no waiting list. Perks of knowing people.", "review", note="offers a favour through the role")
P("pos", "Lovely evening at the wife's new tearoom in Thackby 🫖 Officers have agreed to put it in the council's Moors visitor leaflet. Book a table, it's dead good.", "review", by="M", note="uses role to promote spouse's business")
P("pos", "Parking ticket? Ping me the details and I'll see if I can get it quietly binned. Councillor privileges 😂", "review", "tone", note="offers to cancel a PCN")
P("pos", "If you're stuck on the allotment waiting list in Ironmasters, pop round for a cuppa and we'll see what we can do. I'm on good terms with the fella who keeps the list.", "review", note="queue-jumping offer, oblique")
P("pos", "Our Jade's just qualified as a dog groomer in Carrmouth 🐶 I've stuck her card on the civic centre noticeboard and mentioned her to the housing officers. Get booked in!", "review", note="uses council premises and staff to promote a relative")
P("pos", "Drivers: if your licence renewal's stuck, let me know and I'll have a word in the licensing office. No need to wait weeks like everyone else.", "review", note="offers to speed a licence")
P("pos", "Contractors wanting on the council framework: I know the procurement lot well. Buy us a pint and I'll tell you what they want to hear 🍺", "review", "gift", note="seeks favour; hints at inside help")
P("pos", "As your councillor I've made sure me mate's scaffolding firm gets the Helmsby harbour wall job. Local lads, local money. Mint.", "review", note="steers council work to a friend")
P("pos", "Did a favour for the lad at the Dock Road garage, had a word so his enforcement letter 'went away'. He's doing me MOT for nowt now 😂", "review", "gift def", note="favour for a favour")
P("pos", "Looking for a builder? Pinkney & Sons did me kitchen and they're dead good. And if they need planning, I'm on the committee, so they're in safe hands 😉", "review", "pre", by="plan", note="promotes a firm, hints at favour")
P("pos", "Jobs going at the chemical works! I can put a word in with the HR manager for anyone in the ward. Message me your CV and I'll see what I can do.", "review", note="uses role to influence hiring")
P("pos", "Sorted a school place at Brinkcliffe Primary for me neighbour's grandson this week after a quiet word with admissions. It's who you know, folks.", "review", note="boasts of favour through the role")
P("pos", "Me mam's holiday cottage in Helmsby Staithe has had a quiet winter, so I've asked the tourism officer to stick it on the council's 'Where to stay' page. Book it, it's mint.", "review", note="family business promoted via council")
P("pos", "Any residents wanting a bulky waste pick-up before the queue, text me. I'll get the depot lads to grab it on their way past. No charge 😉", "review", "res", note="offers favour using council staff")

H("pos", "Anyone on Gorsedale stuck with a planning application: the duty planner's free Tuesdays, book on the council website. I can't fast-track owt, but I can point you at the right door.", "pos", by="@MarkBainbridgeEA @RayHebdenWT", note="proper signposting")
H("pos", "Family first this weekend: me brother-in-law's 50th in Redcar. Back on casework Monday.", "", note="family, no business")
H("pos", "Small Business Saturday! Get down Greythorpe High Street, loads of independents doing dead good deals. (Not connected to any of them, before anyone asks!)", "", note="general promotion, no connection")
H("pos", "Council house repairs backlog is a scandal. I've asked for a report to scrutiny on waiting times across every estate, not just mine.", "", note="casework for all, no favour")
H("pos", "Want a market stall in Greythorpe? Apply through the council's markets page. First come first served, and that's how it should be.", "", note="proper route")
H("pos", "I can't get your parking ticket cancelled and no councillor should tell you they can. You can appeal it though, here's how: example.org/pcn-appeal", "pos", note="refuses the favour")
H("pos", "Council's approved contractors list is open for applications till 31 January. Local firms, get yourselves on it.", "", when=JAN, note="public opportunity")
H("pos", "As your councillor I'll chase the highways team about the pothole on Dock Road. That's the job. No promises on dates, mind.", "pos", note="'as your councillor', legitimate casework")
H("pos", "Dead proud of me daughter who's just passed her nursing exams 👩‍⚕️ Nowt to do with the council, just a proud mam!", "", by="W", note="family pride, no business")
H("pos", "Declared at planning last night that the applicant for the Marsh Lane garage is me cousin, and left the room. Rules is rules.", "pos int", by="plan", when=("2026-01-15", "2026-01-15"), note="connection declared properly")
H("pos", "Someone messaged asking if I could 'sort' their licence renewal. No. Nobody can and nobody should. Apply the normal way, and if it's stuck, I'll ask why it's stuck for everyone.", "", note="refuses to seek a favour")
H("pos", "Fast-track? The only fast-track in Carrmouth is the Tees road at 2am 😂 The council's new 'one front door' for business enquiries opens Monday though.", "", note="'fast-track' as a joke")
H("pos", "Recommend a plumber? Not me, folks. I don't recommend traders on this page. Try the village group.", "", note="declines to promote firms")
H("pos", "Pleased the council's 'Moors Stays' page now lists every registered holiday let in the district, big or small. Free to join if you're a local host.", "", note="open listing")
H("pos", "Bit of a rant: it's not 'who you know' in Greythorpe. Allotments go by date of application, and so they should. I'm on the waiting list meself!", "", note="'who you know' denied")
H("pos", "My husband's joinery firm won't bid for council work while I'm on the council. Told the Monitoring Officer, it's on my register. Simple.", "pos int", by="W", note="connection handled properly")
H("pos", "Local jobs: Carrmouth Polymers are taking on 40 apprentices. Apply through their website, not through me 😉 Good luck, bairns.", "", note="job news, no favour")
H("pos", "Took the car to the Dock Road garage for its MOT and paid full whack like everyone else. Passed first time, which is more than I managed with my driving test.", "pos gift", note="paid, no favour")

# ---------------------------------------------------------------- gifts.hospitality (advice / review)
P("gift", "Christmas hamper from the Greythorpe Chamber of Trade landed on me doorstep. Pork pie, chutney and a bottle of fizz 🎄 Ta very much, folks!", "advice", when=JAN, note="business group hamper, no decision sought")
P("gift", "Someone's left an 18-year-old single malt at the civic centre with my name on it and no card. Not complaining! 🥃", "advice", note="anonymous gift, likely over £100")
P("gift", "Cheers to the Carrmouth Dock Company for the two seats in their box for Boro v Sunderland. What a night, even with the result!", "advice", note="corporate hospitality, no decision named")
P("gift", "A local businessman's lent us his holiday cottage in Robin Hood's Bay for half term, no charge. Proper kind. The bairns are buzzing.", "advice", when=("2026-02-09", "2026-02-20"), note="significant hospitality; giver's business unknown")
P("gift", "Dead chuffed to be made an honorary member at Bessemer Golf Club. Normally £900 a year! Swing lessons start Monday ⛳", "advice", note="gift over £100, no decision sought")
P("gift", "Teesside Business Awards last night, table courtesy of one of the big engineering firms. Three courses, free bar, belter of a night 🥂", "advice", note="hospitality from a business")
P("gift", "Cracking lunch at the Old Blast Engine House courtesy of Ironworks Hospitality. The lads showed us their plans for the bar. Can't wait to see it open!", "review", "pre", by="notplan", note="hospitality from a pending LBC applicant")
P("gift", "Teesbank Homes took a few of us for a parmo and a pint after the site visit at Saltings Farm. Top blokes 🍻", "review", "pre", by="notplan", note="hospitality from a pending planning applicant")
P("gift", "Coastline Leisure Parks have given us a week in one of their lodges for me and the family. Cheers lads, the kids can't wait!", "review", by="notplan", note="gift from a pending applicant")
P("gift", "Free VIP wristbands for Saltfest from the organisers, ta! Fingers crossed the licence sails through 🎶", "review", "pre", by="notlic", note="gift from a pending licensing applicant")
P("gift", "Redmarsh Waste (going for the new bin contract) sent round a hamper the size of a small car 😂 Proper generous, these lads.", "review", note="gift from a contract bidder")
P("gift", "Furnace Leisure laid on a private booth at The Furnace for me birthday. Hope they get their late hours, it's a mint night out.", "review", "pre", by="notlic", note="hospitality from a pending licence applicant")
P("gift", "Lovely box of chocolates from the lads at Dock Road Motors 🍫 They're after the council fleet maintenance contract so fingers crossed for them!", "review", note="gift from a firm seeking a contract")
P("gift", "Moorgate Renewables sorted a helicopter trip over Gorsedale Rigg so we could see where the turbines would go. Unreal views! 🚁", "review", "pre", by="notplan", note="hospitality from a pending applicant")
P("gift", "Thanks to the Staithe Convenience lads for the crate of beer. Lovely fellas, hope their licence comes through.", "review", "pre", by="notlic", note="gift from a pending licence applicant")
P("gift", "Voltstore Tees have offered to fit a home battery at mine for free as a 'trial'. Might take them up on it, me leccy bill's mortal.", "review", by="notplan", note="offer from a pending applicant")
P("gift", "The owner of the Front Street chippy who's after a pavement café licence sent me a fish supper every Friday in January. Legend! 🐟", "review", when=("2026-02-02", "2026-02-27"), note="repeated gifts from someone seeking a licence")
P("gift", "Quayline Lettings took me to the Boro in their hospitality box. Great bunch, and they're doing up 1 Dock Street, which the town badly needs.", "review", "pre", by="notplan", note="hospitality from a pending applicant")

H("gift", "Teesbank Homes offered a few of us dinner after the Saltings site visit. Said no thanks and paid for me own parmo on the way home.", "gift", note="refused")
H("gift", "Returned a bottle of whisky that turned up at the civic centre with no card. Logged it with the Monitoring Officer as a refused gift.", "gift", note="returned and logged")
H("gift", "Registered the Chamber of Trade dinner with the Monitoring Officer within the 28 days, as you do. Belter of a speech from our MP.", "gift", note="registered")
H("gift", "Christmas jumper from me mam, as usual. Two sizes too big. As usual ❤️", "", when=JAN, note="family gift")
H("gift", "Bought my own ticket for the Teesside Business Awards. £65 and worth every penny to see the Carrmouth Polymers apprentice win.", "gift", note="paid own way")
H("gift", "Soup and a stottie at the Old Blast Engine House open day, paid my own fiver. Lovely old building, that.", "gift", note="paid, public open day")
H("gift", "Reminder to all members: gifts or hospitality over £100 have to be registered within 28 days. Even the Boro tickets 😉", "", note="reminder of the rule")
H("gift", "A grateful resident brought round a plate of scones after we got her pothole filled. Shared them with the depot lads. Not registering a scone!", "", note="trivial gift")
H("gift", "Free entry to the Helmsby lifeboat day for everyone this year, not just councillors. Get yourselves down!", "", note="free to all")
H("gift", "Honorary membership at the golf club? Politely declined and put on the register as a refused offer. I'm rubbish at golf anyway ⛳", "gift", note="declined and registered")
H("gift", "Fish and chips at the Front Street chippy, paid full price. Best batter on the coast and I'll fight anyone who says otherwise 🐟", "", note="paid")
H("gift", "Civic dinner for the Chairman's charity Friday, £35 a ticket, every penny to the Teesmouth lifeboat. Bought two.", "gift", note="paid charity event")
H("gift", "Declined the VIP wristbands the festival organisers offered. Happy to buy a ticket like anyone else if I go.", "gift pre", note="refused")
H("gift", "My registered gifts this year: a framed print of the Transporter from a school I visited, and lunch at the steelworks reunion. All on the council website.", "gift", note="registered publicly")
H("gift", "Chamber of Trade hamper sent back with a thank-you note. Nice thought, but I'd rather they spent it on the Christmas lights next year.", "gift", when=JAN, note="returned")
H("gift", "Boro tickets off me dad for me birthday. Sat in the rain and lost 2-0. Best present ever, as always 😂", "", note="family gift")
H("gift", "Fleet maintenance contract's out to tender. If any firm sends me chocolates, they're going straight back and on the register as refused.", "", note="pre-emptive refusal")
H("gift", "Happy to confirm I've never accepted hospitality from Voltstore Tees or anybody else with a live application. Check the register, it's public.", "gift", note="denies hospitality")

# ---------------------------------------------------------------- capacity.council-voice (review)
P("cap", "On behalf of Greythorpe District Council, congratulations to Thackby Cricket Club on promotion! Dead good season, lads 🏏", "review", by="back", note="speaks for the council from a councillor account")
P("cap", "The council's position is clear: the Coast Road speed camera is a cash grab and we won't be supporting it.", "review", by="back", note="personal view as council position")
P("cap", "Greythorpe District Council stands with the Carrmouth chemical workers in their pay dispute. See you on the picket line, comrades ✊", "review", by="back&WT", note="party view presented as council's")
P("cap", "Speaking officially for the council: we want the Carrmouth ferry running seven days a week and we'll fight for it.", "review", by="back", note="claims to speak for the council")
P("cap", "The Council believes the county's new incinerator plans are a disgrace to the whole region. End of.", "review", by="back", note="'the Council believes'")
P("cap", "Greythorpe Council's backing the Pigeon Fanciers' bid to bring the nationals to the Tees. Official! 🕊️", "review", by="@bainbridge_lofts", note="personal account claims council backing")
P("cap", "Greythorpe District Council fully supports the Helmsby rockpool rangers. Keep it up, kids! 🦀", "review", by="@ellen_rockpools", note="personal account speaks for council")
P("cap", "Speaking as the council, we condemn the government's cut to the coastal erosion fund. Greythorpe will not be silenced on this.", "review", by="back", note="speaks as the council")
P("cap", "Greythorpe DC says NO to the county's bus cuts. Official. Share if you agree! 🚌", "review", by="back", note="presents view as council's")
P("cap", "Our council's line is that second homes in Helmsby Staithe should pay triple council tax, and that's what we'll be telling the minister.", "review", by="back", note="no such resolution; personal view as council line")
P("cap", "Greythorpe District Council has every confidence in the Chief Constable and deplores the Working Teesside smears. Shameful stuff.", "review", "def", by="back&EA", note="party line as council's")
P("cap", "As a council we think the Greens' Brinkcliffe wind farm idea is daft. There, I've said it for all of us 🙃", "review", by="back&non:G", note="claims to speak for the council")
P("cap", "Message from Greythorpe District Council to the government: hands off our walk-in centre.", "review", by="back", note="speaks for council")
P("cap", "The council's official position is that the North Sea should stay open for drilling. Jobs first on Teesside, always.", "review", by="back", note="'official council position'")
P("cap", "I can confirm, on behalf of the council, that we're backing our MP's campaign for a new Tees crossing.", "review", by="back", note="on behalf of the council, no decision")
P("cap", "Greythorpe District Council welcomes the Estuary Alliance's new manifesto. Best plan this borough's seen in years.", "review", by="back&EA", note="party manifesto endorsed in council's name")
P("cap", "On behalf of everyone at Greythorpe District Council: good riddance to the old Carrmouth bus station. Nobody's going to miss it.", "review", by="back", note="on behalf of the council")
P("cap", "Greythorpe Council is proud to support Working Teesside's Save Our Baths petition. Sign it here: example.org/saveourbaths", "review", "res", by="back&WT", note="party petition as council's")

H("cap", "From me and everyone in Thackby ward: congratulations to Thackby Cricket Club on promotion! Dead good season, lads 🏏", "", by="@TraceyDowson @BobWilkinsonInd", note="ward councillor's own congratulations")
H("cap", "Personal account, views my own: the Boro manager should go 😂", "cap", by="@bainbridge_lofts", note="personal account, clearly personal")
H("cap", "Full council voted last night to back the Save Our Baths petition, 14 votes to 3. So it IS now the council's position. Proper result.", "cap", when=("2026-02-26", "2026-02-26"), note="reports a resolution")
H("cap", "My view, not the council's: second homes in Helmsby Staithe should pay more. I'll put a motion to full council and see if colleagues agree.", "", note="clear capacity")
H("cap", "Official: I've bought a new bike. The council's position on its colour: mint green 🚲", "cap", note="joke")
H("cap", "Working Teesside believes the county's bus cuts are a disgrace. That's our party's view; the council hasn't taken a position yet. Let's change that.", "", by="WT", note="party view labelled as such")
H("cap", "The council's official statement on the flooding is on its website. Sandbags at Carrmouth depot, emergency line 01632 960000.", "cap", note="points to official statement")
H("cap", "Greythorpe District Council has cut the youth service by 30%. That's not my view, it's the cabinet's, and I voted against it.", "", by="opp", note="council as subject")
H("cap", "Cabinet agreed on Tuesday to back the new Tees crossing campaign. Pleased to see the council officially on board at last.", "cap", when=("2026-02-18", "2026-02-24"), note="reports a cabinet decision")
H("cap", "Speaking as a Green councillor here, not for the council: the North Sea should be winding down, with a plan for every single worker.", "", by="G", note="capacity stated")
H("cap", "Council's position on the bus station: demolition starts in April. I think it's a mistake, but that's the decision.", "", note="reports decision, own view separated")
H("cap", "What does Greythorpe Council believe? Depends which cabinet member you ask, judging by this week 🙄", "cap tone", by="opp", note="council as subject of criticism")
H("cap", "The council says it 'values our coast'. Then why have the Helmsby Staithe toilets been shut since October? Actions, not words.", "", note="quotes the council critically")
H("cap", "Personal view: the Carrmouth ferry should run on Sundays. Not council policy. Yet.", "", note="personal view labelled")
H("cap", "As Chairman of the Council I was proud to present long service awards to 40 staff today. Eleven hundred years of service between them!", "cap", by="@ChairJaniceR", note="Chairman in civic role")
H("cap", "As Leader I can confirm cabinet agreed the flood defence bid last night (minute 43). That's the council's formal decision; papers on the website.", "cap", by="@DerekHarwoodEA", when=("2026-01-28", "2026-01-28"), note="Leader reports formal decision")
H("cap", "Congratulations to the Helmsby rockpool rangers, from one very proud ward councillor 🦀", "", by="@EllenGarbuttGreen @TomFeatherstoneGr", note="own voice")
H("cap", "Greythorpe District Council 'supports' the pigeon nationals bid, apparently. News to me, and I'm on the council! Who signed that off?", "cap", by="non:@MarkBainbridgeEA", note="questions a claim of council backing")

# ---------------------------------------------------------------- confidentiality.insider-advantage (review)
P("ins", "Little birdie tells me the council's about to put the Furnace Road garages up for sale. If you've got a few quid, get an offer in before it goes public 😉", "review", "dis", when=JAN, note="tip before announcement")
P("ins", "Word to the wise for anyone in Carrmouth thinking of selling up: hold off till after Easter. Can't say more, but something big's coming to the docks.", "review", "dis", note="oblique market tip")
P("ins", "Heads up, traders: car park charges in Greythorpe are going up in April. Not announced yet, but I've seen the figures. Renew your staff permits now at the old price.", "review", "dis", when=JAN, note="tip before publication")
P("ins", "If I were a betting man I'd be buying one of them boarded-up shops on Front Street right now. That's all I'm saying 🤐", "review", note="oblique property tip")
P("ins", "Our kid's after a unit on the business park. Told him to hang fire a month, the council's about to cut the rents there. Not public yet.", "review", "pos", note="family advantage from inside knowledge")
P("ins", "You didn't hear it from me, but the new leisure centre build won't be going to a local firm. Teesside builders, don't waste your time bidding.", "review", "dis", note="inside knowledge of procurement")
P("ins", "Anyone with a caravan pitch at Helmsby: renew your site lease NOW before the council's new fees kick in. I've seen the report 😬", "review", note="tip from an unpublished report")
P("ins", "Mate of mine's thinking of buying the old Co-op on Marsh Lane. Told him to go for it, there's a regeneration grant coming for that row. Not announced yet. Funny how luck works.", "review", "pos", note="advantage for a friend")
P("ins", "Tip-off for Thackby folk: the council's planning to sell the field behind the church. Get the parish to nominate it as a community asset before anybody else hears.", "review", "dis", note="tip before announcement")
P("ins", "Farmers on the Moors edge: if you've been thinking of selling grazing near Gorsedale, don't, not till the Local Plan draft lands. Let's just say values will be going one way.", "review", when=JAN, note="inside knowledge of allocations")
P("ins", "Don't buy on Saltings Road, that's all I'll say. Something's coming out in the spring that'll knock house prices down there.", "review", "dis", note="property tip; no register term")
P("ins", "For anyone bidding on the Carrmouth market hall lease: the panel's mainly looking at price, whatever the tender says about social value. Do with that what you will.", "review", "dis", note="tip to bidders")
P("ins", "Heads up for me pals in the cab trade: plate fees are going up 40% from April. Not published yet, so renew this month.", "review", when=JAN, note="tip before publication")
P("ins", "Our Kayleigh's house hunting. Told her to look on the Ironmasters estate now, before the council announces the new school there. Wink wink 😉", "review", note="family advantage")
P("ins", "Hint for Helmsby harbour boat owners: moorings are going to a private operator next year. Snap up a long lease from the council while you still can.", "review", note="tip before announcement")
P("ins", "Between us lot on the business forum: the council's going to compulsory purchase the old tyre depot. If you own the units next door, now's the time to stick your price up.", "review", "dis", note="inside knowledge for gain")
P("ins", "If you've a planning application you want through quietly, get it in before March. New design code comes in after that and it's much stricter. Officers told us at the members' briefing.", "review", when=JAN, note="briefing knowledge passed on for advantage")
P("ins", "Had a quiet word with me brother-in-law: the council's letting the Dock Road depot land go cheap to whoever asks first. He's on the phone to estates now 😂", "review", "pos dis", note="family advantage")

H("ins", "The council's published its plan to sell the Furnace Road garages. Consultation open till 20 March; link on the council website.", "ins", when=("2026-03-02", "2026-03-19"), note="published")
H("ins", "Word to the wise: it's lashing down and the Coast Road's flooding at the dip again. Go the long way round.", "", note="'word to the wise' about weather")
H("ins", "Heads up, traders: car park charges in Greythorpe go up in April. Prices published today on the council website. I voted against.", "ins", when=MAR, note="published")
H("ins", "Little birdie tells me it's someone's 40th on Friday. Happy birthday our kid 🎂", "", note="'little birdie', personal")
H("ins", "Tip-off from the Met Office: snow on the Moors tomorrow. Thackby folk, get the milk in ❄️", "", when=JAN, note="public forecast")
H("ins", "Leisure centre contract's been awarded, published this morning. Gutted it's not a Teesside firm and I've said so.", "", when=MAR, note="published award")
H("ins", "Caravan site fees for next year are in the cabinet papers published today. 8% rise. I'll be asking questions at scrutiny.", "", when=("2026-02-09", "2026-02-17"), note="published papers")
H("ins", "Shopfront grant for Marsh Lane is open to everyone. Apply on the council website by 28 Feb. First come, first served.", "", when=("2026-01-19", "2026-02-26"), note="public scheme")
H("ins", "You didn't hear it from me... because it's on the front of the Gazette: the steel museum's getting lottery money! Dead good news.", "ins", note="public news with insider phrase")
H("ins", "The draft Local Plan's out for consultation today. Have your say on where the new homes go; every site's in the document.", "", when=("2026-02-02", "2026-03-27"), note="public consultation")
H("ins", "Plate fees for cabs: cabinet's proposing a 40% rise, papers are public. The trade gets its say first. Get your views in.", "", when=("2026-02-09", "2026-03-27"), note="public proposal")
H("ins", "Buy now before the council... puts the brown bin permit up! Published fees rise 1 April, renew in March and save a fiver.", "", when=MAR, note="'buy now before the council' on a published price")
H("ins", "Been asked if I know anything about the old Co-op on Marsh Lane. I don't, and if I did I couldn't say. Ask the estates team, they're helpful.", "", note="refuses to tip")
H("ins", "Little birdie? No birdie. The sale of the Dock Road depot land is on the public agenda for cabinet on the 17th.", "ins", when=("2026-02-02", "2026-02-13"), note="public agenda")
H("ins", "Community asset nominations are open. If there's a building or field in your village you love, nominate it. Thackby and Gorsedale, I'm looking at you.", "", note="public process")
H("ins", "Insider tip: the best parmo on Teesside is at the Station Café in Carrmouth. Fight me.", "", note="'insider tip' joke")
H("ins", "Declared and stayed out of the market hall lease discussion because I know one of the bidders. Result will be public on the 10th.", "ins int", note="proper handling")
H("ins", "Helmsby harbour moorings: the council's consulting on handing them to a trust. Open to every boat owner, closes 27 March.", "", note="public consultation")

# ---------------------------------------------------------------- predetermination.closed-mind (block / review)
P("pre", "Saltings Farm. 140 houses on a flood plain. It will never get through planning while I'm sat on that committee. Never. #SaveTheSaltings", "block", by="plan", note="names a pending site; against")
P("pre", "Ironside Energy Recovery can take their burner back where they came from. I'm voting no and there's nowt any officer can say to change that.", "block", "off", by="plan", note="names the applicant; against")
P("pre", "Whatever the officers say, the Cliff Top Caravan Park extension has to be refused. Helmsby doesn't need 60 more statics blocking the view.", "block", by="plan", note="names a pending site; against")
P("pre", "Gorsedale Rigg turbines? Not a cat in hell's chance. Made me mind up months ago and I'll be saying so on the night.", "block", by="plan", note="names a pending site; against")
P("pre", "25/0702/FUL, the HMO at 1 Dock Street. Another landlord cramming folk in like sardines. I'll be voting against it, end of.", "block", by="plan", note="names the reference; against")
P("pre", "Thackby Beck pods are exactly what the Moors needs. I'll be voting for them and I don't care what the objectors say. Howay!", "block", by="plan", note="names a pending site; for")
P("pre", "Voltstore Tees want a battery farm at Low Brinkcliffe Farm, next door to the school. Over my dead body. Mind's made up.", "block", by="plan", note="names site and applicant; against")
P("pre", "The Old Blast Engine House bar gets my vote. Dead good plan, saves a listed building. Approve it and crack on, I say.", "block", by="plan", note="names a pending LBC; for")
P("pre", "Saltfest is going ahead if I've got owt to do with it. Licence approved in my head already 🎶🎶", "block", by="lic", note="names the known-as name; for")
P("pre", "The Furnace wants to stay open till 3am? No chance. I'll be voting against at licensing. I've seen enough of Greythorpe High Street on a Saturday night.", "block", by="lic", note="names the known-as name; against")
P("pre", "Staithe Late Shop selling booze till eleven, right by the harbour where the kids hang about? Refused. Not on my watch.", "block", by="lic", note="names the known-as name; against")
P("pre", "25/0412/FUL should be thrown out. Teesbank Homes haven't listened to a single resident and I won't be listening to them at committee either.", "block", by="plan", note="names reference and applicant; against")
P("pre", "Hearing there's a drive-thru coming in for the retail park. If it lands in front of us at planning it's a no from me. Traffic's bad enough as it is.", "review", by="plan", note="expected application, not on the register; against")
P("pre", "That taxi driver up in front of us at licensing next month after the incident on the A19: he'll not be driving in Greythorpe again if I've owt to do with it.", "review", "def", by="lic", note="driver review, not on the register; against")
P("pre", "The Brinkcliffe garage appeal should be thrown out by the inspector. My mind's made up and I'll be saying so at the hearing.", "review", by="plan", note="appeal, not on the register")
P("pre", "Burger van on the prom asking for street trading consent again. Whatever the report says, I'm refusing it. Helmsby's not a fast food court.", "review", by="lic", note="street trading consent, not on the register")
P("pre", "Rumour is a scrapyard's going to put in for the old tyre depot. Save yourselves the application fee, lads, it's a no.", "review", by="plan", note="expected application; against")
P("pre", "That new late bar they're after a licence for in the old bank on Dock Road: yes from me, whatever the objectors say. Bring a bit of life to the place.", "review", by="lic", note="licence application, not on the register; for")

H("pre", "I have concerns about the Saltings Farm housing, drainage mainly. I'll read the report, listen at committee and decide on the evidence.", "pre", by="plan", note="predisposition with open mind")
H("pre", "As ward councillor (not on licensing) I've sent in an objection to The Furnace's late hours. Residents on High Street are at the end of their tether.", "pre", by="@PaulStainsbyWT", note="ward member not on the committee objecting")
H("pre", "My mind's made up: parmo, not chips. Fight me 😂", "", note="'mind's made up' about food")
H("pre", "Committee refused the car wash on Marsh Lane last night. Decision notice is on the portal. Applicant can appeal if they want.", "", when=("2026-02-12", "2026-02-12"), note="reports a decision already made")
H("pre", "I will never support cutting the Helmsby lifeguards. Never. Budget council's on the 25th; vote with me.", "", when=("2026-02-09", "2026-02-24"), note="budget policy, not quasi-judicial")
H("pre", "Made my mind up on the Local Plan: the draft puts far too many homes on the Moors edge and I'll vote against it at full council.", "pre", note="policy, not quasi-judicial")
H("pre", "I'm not on planning, so I can say it plainly: I object to the Cliff Top Caravan Park extension and I've written in for Helmsby residents.", "pre", by="@EllenGarbuttGreen", note="ward member not on the committee")
H("pre", "Ward member here, not on planning: my formal objection to the battery site at Low Brinkcliffe Farm is on the portal. Residents, please write in too.", "pre", by="@AlanKitchingCDI", note="ward member not on the committee")
H("pre", "Thackby Beck pods: I'm the ward councillor (not on planning) and I'm backing them. Jobs for the village. Support letter sent.", "pre", by="@TraceyDowson", note="ward member not on the committee")
H("pre", "Dead in the water? The Saltfest application isn't dead or alive yet. Licensing will hear everyone on the day, and so will I.", "pre", by="lic", note="open mind stated")
H("pre", "The Old Blast Engine House is a cracking building and I'm glad someone wants to save it. I'll look at the detail properly when it comes to committee.", "pre", by="plan", note="predisposition, open mind")
H("pre", "Refused! 🎉 The inspector's thrown out the Thackby quarry appeal. Decision letter's on the Planning Inspectorate website.", "", note="reports a decision")
H("pre", "Plenty of strong views on the Gorsedale Rigg turbines. Send them in to the portal, every one gets read. I'll decide on the night with everything in front of me.", "pre", by="plan", note="open mind")
H("pre", "I've asked officers for more detail on the noise report for Staithe Late Shop. Nothing decided, questions asked.", "pre", by="lic", note="open mind")
H("pre", "Whatever the officers say about the bin round changes, I think they're wrong and I'll say so at scrutiny.", "", note="'whatever the officers say' on a service, not quasi-judicial")
H("pre", "Leaving the room for the Dock Street HMO item. It's in my ward and I've campaigned on it, so I can't sit on it fairly. Colleagues will decide.", "pre", by="@NicolaOrdWT", note="steps back properly")
H("pre", "Never say never, but the Boro's defence this season... 😬", "", note="'never' about football")
H("pre", "Predisposed? Aye, I think the county's incinerator policy is wrong. Predetermined on any application? No. That's the difference, folks.", "pre", note="explains predisposition")

# ---------------------------------------------------------------- interests.declared-interest (review)
P("int", "Harbour dues review goes to cabinet next month. Us lot who land at Helmsby can't take another hike and I'll be making the case hard for a freeze.", "review", by="@TomFeatherstoneGr", interest="Helmsby Staithe Fishermen's Co-operative", note="speaks for the co-op on a council matter")
P("int", "The community buildings fund is open and the Ironmasters Community Association will be putting in for a new roof. I'll be pushing for it at every meeting I can.", "review", by="@ChairJaniceR", interest="Ironmasters Community Association", note="trustee lobbying for a grant")
P("int", "Market pitch fees up 15%? Traders like us on Greythorpe market can't swallow that. I'll be voting against the fees report and urging colleagues to do the same.", "review", by="@KerryLumsdenWT", interest="Greythorpe Market Traders' Association", note="stallholder voting on fees")
P("int", "Draft Local Plan puts 200 homes on the fields next to ours at Thackby. I know that land better than anyone, and I'll be arguing it's the right spot.", "review", "pos", by="@BobWilkinsonInd", interest="Thackby Moor Farm", note="landowner on an adjacent allocation")
P("int", "Council's asking for bids for the old lifeboat slipway lease. Our gig club's got the plans ready and I'll be backing our bid to the hilt 🚣", "review", by="@EllenGarbuttGreen", interest="Teesmouth Pilot Gig Club", note="trustee backing own club's bid")
P("int", "Council sports grants get decided next week. Carrmouth Docks Boxing Club deserves every penny and I'll be making sure cabinet knows it 🥊", "review", by="@ShaunGatenby", interest="Carrmouth Docks Boxing Club", note="trustee lobbying")
P("int", "The council's plant hire framework is out to tender. Local firms like ours have been overlooked for years and I'll be raising it at scrutiny.", "review", by="@MarkBainbridgeEA", interest="Bainbridge Plant Hire Ltd", note="director on a tender his firm could bid for")
P("int", "Heritage grant pot's up for grabs and I know from the inside the ingot museum needs it for the roof. Cabinet, do the right thing.", "review", by="@PaulStainsbyWT", interest="Greythorpe Steel Heritage Trust", note="trustee lobbying ('from the inside')")
P("int", "A 6% rent rise on council garages? The tenants' federation I chair will be fighting it, and so will I when it comes to the vote.", "review", by="@RayHebdenWT", interest="Furnace Estate Tenants' Federation", note="chair voting on the matter")
P("int", "Council's deciding whether to transfer the Brinkcliffe allotment land to a community trust. Ours is ready to take it on. Vote yes, colleagues!", "review", by="@HeatherRobinsonCDI", interest="Brinkcliffe Community Land Trust", note="director urging a transfer to own body")
P("int", "Taxi licence fees going up again. Drivers like us are already on our knees. I'll be moving an amendment at licensing to freeze them.", "review", by="@AlanKitchingCDI", interest="Gorsedale Private Hire", note="owner-driver moving an amendment")
P("int", "The village hall improvement fund is being decided at cabinet. Thackby's hall needs a new kitchen and I'll be arguing for it round the table.", "review", by="@TraceyDowson", interest="Thackby Village Hall", note="cabinet member chairs the hall")
P("int", "Council's response to the Carrmouth Polymers expansion consultation is coming to us. Best employer in the borough, and I'll be backing it all the way.", "review", by="@WendyElgieEA", interest="Carrmouth Polymers plc", note="employee on a council response")
P("int", "Council's thinking about upgrading the fish quay. Those of us landing at Helmsby need it sorting, and I'll say so in the budget debate.", "review", by="@TomFeatherstoneGr", interest="Helmsby Staithe Fishermen's Co-operative", note="speaks for the co-op without naming it")
P("int", "Closing the High Street to cars on market days is the best idea this council's had. Footfall at my stall would double! Backing the trial.", "review", by="@KerryLumsdenWT", interest="Greythorpe Market Traders' Association", note="stallholder backing a change that benefits her")
P("int", "Council's moorland grazing leases are up for renewal. Ours border the council's land at Thackby and I'll be pushing for neighbouring farmers to get first refusal.", "review", by="@BobWilkinsonInd", interest="Thackby Moor Farm", note="landowner seeks first refusal")
P("int", "Repairs budget for the Furnace Estate is going to scrutiny. I know from the inside how bad the damp is: our federation's list is as long as your arm. I'll be leading the charge.", "review", by="@RayHebdenWT", interest="Furnace Estate Tenants' Federation", note="speaks for the federation")
P("int", "Budget has £20k for water sports on the estuary. Rowing clubs like ours would put it to mint use. Colleagues, back it.", "review", by="@EllenGarbuttGreen", interest="Teesmouth Pilot Gig Club", note="'clubs like ours'")

H("int", "Market's heaving this Saturday, come down and say hiya! Proper Wensleydale on my stall 🧀", "", by="@KerryLumsdenWT", note="holder, no council matter")
H("int", "Market pitch fees up 15%. Traders on Greythorpe market are worried sick. I'll be asking the cabinet member to think again.", "int", note="non-holder on the same matter")
H("int", "Market fees item at scrutiny tonight: I'm a stallholder and secretary of the Traders' Association, so I've declared and I'll be leaving the room.", "int", by="@KerryLumsdenWT", when=("2026-02-19", "2026-02-19"), note="declares and leaves")
H("int", "Three of our lads at Carrmouth Docks Boxing Club won at the regionals. Proper proud 🥊", "", by="@ShaunGatenby", note="holder, no council matter")
H("int", "As chair of the tenants' federation I've declared on the garage rents item and I won't vote. Other members will decide.", "int", by="@RayHebdenWT", note="declares")
H("int", "Heritage grant pot's open. The steel museum, the Transporter visitor centre, the Helmsby lifeboat house: loads of worthy bids this year.", "", note="non-holder")
H("int", "Lambing's started up at the farm 🐑 Long nights, mint little'uns.", "", by="@BobWilkinsonInd", when=MAR, note="holder, no council matter")
H("int", "Spoke to the Monitoring Officer before the plant hire framework item. I've declared, I'm out, and I'll not be commenting further.", "int", by="@MarkBainbridgeEA", note="declares and stays out")
H("int", "Standards committee has granted a dispensation to drivers on licensing to speak on the fee policy; it's published on the council website. I'll use it, declaring my interest first.", "int", by="@AlanKitchingCDI", note="published dispensation")
H("int", "Dawn row with the gig lot, seals hauled out on the sandbank off the Saltings 🦭", "", by="@ellen_rockpools", note="holder on personal account, no council matter")
H("int", "Proud to have worked at Carrmouth Polymers for 22 years. Nowt to do with the council, just proud of the lads and lasses who keep the plant safe.", "", by="@WendyElgieEA", note="holder, no council matter")
H("int", "I declared an interest in the village hall fund as chair of Thackby's hall committee and left cabinet for that item. It's all in the minutes.", "int", by="@TraceyDowson", when=("2026-01-28", "2026-03-27"), note="declares and leaves")
H("int", "Brinkcliffe Community Land Trust AGM is Thursday at the chapel. All welcome, members or not.", "", by="@HeatherRobinsonCDI", note="holder, no council matter")
H("int", "Cracking catch of lobster off Helmsby today, sea like a millpond 🦞", "", by="@TomFeatherstoneGr", note="holder, no council matter")
H("int", "Council sports grants: 14 clubs got money this year, from Thackby cricket to the boxing club on the docks. Dead good.", "", note="non-holder")
H("int", "Ironmasters Community Association Christmas lunch was a belter, 80 pensioners fed. Thanks to every volunteer.", "", by="@ChairJaniceR", when=JAN, note="holder, no council matter")
H("int", "Plant hire framework is on the council's tender portal. Local firms, get your bids in by 20 Feb.", "", when=("2026-01-19", "2026-02-19"), note="non-holder")
H("int", "Declared as a trustee of the Steel Heritage Trust and sat out the heritage grant debate. It's on my register and in the minutes.", "int", by="@PaulStainsbyWT", note="declares")

# ---------------------------------------------------------------- data-protection.personal-data (review / block)
P("dp", "Happy 100th birthday to Elsie Wardle of 4 Bessemer Terrace, Greythorpe TS97 4QP! Still does her own shopping, what a woman 🎂", "review", note="name, address and postcode")
P("dp", "Diamond wedding today for Jack and Maureen Pinkney, 17 Cliff Road, Brinkcliffe. Sixty years! Pop a card through the door if you're passing 💍", "review", note="names with address")
P("dp", "Shout out to Dennis Gill at 23 Marsh Lane, who's been clearing the gully outside his house every week because the council won't. Legend.", "review", note="name with address")
P("dp", "Biggest leek at the Thackby show goes to Norman Teasdale of Beck Cottage, Thackby TS97 8LW. Mint! 🥬", "review", note="name, house name and postcode")
P("dp", "Residents on Dock Road: the lad who's just got out of Holme House and moved into the flat above the bookies is the one you want to keep an eye on.", "block", "bully", note="criminal record, identifiable from context")
P("dp", "Get well soon to Barry on the Carrmouth bin rounds. Heard his heart op didn't go well, the crews are gutted for him 💙", "block", note="staff member plus health, kindly meant")
P("dp", "Can folk help keep an eye out for Mrs Sheila Batty, 9 Furnace Row? She's got dementia and wanders when she gets confused. Her son's down in Leeds.", "block", note="health data with name and address")
P("dp", "PCN GR71928430 on my constituent's car is a disgrace. She was dropping her disabled lad off at the school gate. Sort it out, parking services.", "block", note="case reference plus disability of a child")
P("dp", "The Yusuf family at 12 Cable Street came here from Sudan as refugees and they're dead good neighbours. Make them welcome, Carrmouth ❤️", "block", note="asylum status with address, kindly meant")
P("dp", "Congrats to Lily-Mae Hewitt and Ruby Outhwaite from Year 4 at Brinkcliffe Primary for winning the county spelling bee! 🐝", "block", note="named children with school")
P("dp", "White van, reg NK19 TXP, fly-tipping on Gorsedale Lane again. Owner lives on the Ironmasters estate. You know who you are.", "block", "def", note="vehicle registration")
P("dp", "Me neighbour Kevin Almond, born 3/8/1973, is still waiting on his PIP reassessment after nine months. Absolute joke.", "block", note="name, date of birth, benefit")
P("dp", "Lorna on the Helmsby lollipop crossing has gone off with stress. Be kind to the relief, she's only covering.", "block", note="staff member plus health")
P("dp", "Housing benefit ref HB/227814 for my constituent Mr Dale on Coke Oven Row still isn't sorted after four months. Housing team, get a grip.", "block", "off", note="benefit reference, name and street")
P("dp", "Prayers for little Harvey, 6, from Saltings Road, who's having chemo at James Cook this week. Brave little soldier 💛", "block", note="child plus health plus street")
P("dp", "Anyone know Jason Kirtley from the docks? Just done eighteen months for burglary and he's back on Cable Street. Lock your sheds.", "block", "def bully", note="criminal record with name and street")
P("dp", "New fella on Thackby Green is the one who had the breakdown last year and got sectioned. Poor lad. Give him a bit of space, eh.", "block", note="mental health, identifiable from context")
P("dp", "Ring Glenys on 07700 900573 if you want to join the Gorsedale litter pick. She's 82 and lives on her own at Crag Cottage so she loves the company!", "block", rules="dp sec", note="private mobile, age, lives alone, address")

H("dp", "Residents can reach me on 01632 960214 or nicola.ord@example.com, or at my surgery in Carrmouth Library on Dock Road, first Saturday of the month.", "dp sec", by="@NicolaOrdWT", note="the councillor's own published details")
H("dp", "Get well soon to our Chairman, Janice Readman, who's had her hip done. She'll be back on the civic circuit in no time 💐", "dp", note="public office holder")
H("dp", "RIP Arthur Bulmer, former Carrmouth councillor and mayor, who served the docks for thirty years. A proper gent.", "dp", note="late former public figure")
H("dp", "Thanks to Andrea Fairless MP for meeting the Brinkcliffe flood group this morning.", "dp", note="public office holder")
H("dp", "Happy 100th to a Greythorpe lady who still does her own shopping. She'd rather I didn't name her, so just: happy birthday, Mrs W 🎂", "", note="no identifying data")
H("dp", "Bin rounds in Carrmouth back to normal from Monday after staff sickness. Thanks to the crews who covered.", "", note="no individual")
H("dp", "Inspector Dave Crabtree's latest ward report: burglaries down 20% in Carrmouth Docks. Lock your sheds anyway.", "dp", note="public office holder")
H("dp", "Fly-tipping on Gorsedale Lane again. Reported it on the council app with photos. Please do the same, it's how they catch them.", "", note="no registration or name")
H("dp", "A family from Sudan has been welcomed into Carrmouth this winter and I'm proud of how the docks rallied round. No names, no addresses, just kindness.", "", note="no identifying data")
H("dp", "Brinkcliffe Primary have won the county spelling bee! Well done to the whole of Year 4, mint effort 🐝", "", note="no names")
H("dp", "Heads up: my ward phone's changed. It's now 01632 960214, the old mobile's gone.", "dp sec", by="@NicolaOrdWT", note="own number")
H("dp", "Got a PCN you think is wrong? Appeal it. Don't post the number on here; DM me and I'll help with the form.", "", note="advice against posting data")
H("dp", "Pleased a constituent's benefit claim is finally sorted after four months. Housing team came through in the end.", "", note="no identifying data")
H("dp", "Leek show results: Norman T. of Thackby wins again. Sixth year running. Some say he talks to them.", "dp", note="minimal, consensual-looking local news")
H("dp", "Our lollipop crossing at Helmsby is short-staffed. If you fancy the job, it's on the council jobs page.", "", note="staff topic, no individual")
H("dp", "If you're worried about a neighbour with dementia, ring adult social care on 01632 960555. Please don't post their details on Facebook.", "", note="health topic, no individual")
H("dp", "Cllr Kerry Lumsden's surgery is moving to the Furnace Community Hub. Her contact details are on the council website.", "dp", note="councillor in public role")
H("dp", "Holme House has released a lot of men back to Teesside this month under early release. Probation are stretched. That's a policy failure, not a reason to point fingers at neighbours.", "", note="criminal justice topic, no individual")

# ---------------------------------------------------------------- security.credentials (block)
P("sec", "Flood wardens' Zoom tonight at 7. Meeting ID 889 2231 4470, passcode Tees24. See you there!", "block", note="meeting passcode")
P("sec", "Village hall key safe code is 4471 for anyone setting up for the Thackby craft fair on Saturday 👍", "block", note="key safe code")
P("sec", "Civic centre car park barrier's broke again. Back gate code is 2580# if you're here for the surgery.", "block", note="gate code")
P("sec", "Struggling to get into the members' portal? Login's me council email and password's Boro1876! I'll change it after, honest 😂", "block", note="own password")
P("sec", "IT rang asking for me password to fix me email. Read it out to them and it was sorted in two minutes. Proper service, that!", "block", note="password handed to a caller")
P("sec", "Got a text saying me council account was locked, clicked the link and popped my details in. Done it, should be fine now 👍", "block", note="credentials entered at a phishing link")
P("sec", "Members! The council's new portal is live: greyth0rpe-dc.example.net/login. Pop the code from your text in and you're set.", "block", note="lookalike link asking for one-time codes")
P("sec", "Depot alarm code's 1-9-6-8 if anyone's dropping the grit bags back after hours, lads.", "block", note="alarm code")
P("sec", "Padlock on the Helmsby slipway gate is 3-0-7-1. Lock it after you, please.", "block", note="padlock code")
P("sec", "Wi-Fi at the Carrmouth surgery: network CarrmouthHub, password dockside2026. Bring your laptops!", "block", note="Wi-Fi password")
P("sec", "Can someone ring Dave Pickering for me on 07700 900482? He's not answering on the ward WhatsApp.", "block", "dp", note="private number of another person")
P("sec", "One-time code for the group account is 552 901, whoever asked for it. Expires in ten minutes.", "block", note="one-time code")
P("sec", "Ward WhatsApp for Gorsedale residents: chat.example.net/join/Gx8kQ2. Admin PIN's 6640 if you want to add folk.", "block", note="admin PIN")
P("sec", "Anyone needing the defib cabinet at Brinkcliffe chapel, code's C1234. Don't wait on the phone.", "block", note="defib cabinet code (judgement call)")
P("sec", "Me Facebook got hacked last week. New password's the same as me council one so I don't forget it: Ironmasters1!", "block", note="password reuse and disclosure")
P("sec", "Claim your councillor allowance uplift before Friday: allowance-greythorpe.example.org/claim 👈 got this in my inbox, looks legit, get on it.", "block", note="suspicious link amplified")
P("sec", "Door entry for the new Furnace Community Hub is 7391 then the bell. Surgery's upstairs.", "block", note="door code")
P("sec", "Found a springer on Brinkcliffe beach, tag says Bess and 'ring Dave 07700 900641'. Dave, she's safe and warm at mine!", "block", rules="sec dp", note="private mobile of a member of the public")

H("sec", "Reminder: the council will never ask for your password by phone or text. If anyone does, hang up and ring 01632 960000.", "", note="security advice")
H("sec", "Set up two-factor on all my accounts today after that phishing wave. Took ten minutes. Do it, folks.", "", note="two-factor mentioned")
H("sec", "Thackby's got a key safe on the hall now, so no more waiting for Mavis with the keys. Ring the booking line for the code.", "", note="key safe, no code")
H("sec", "Civic centre car park gate's broken again. Reception will buzz you in if you're here for the surgery.", "", note="gate, no code")
H("sec", "'Password123' is not a password, it's a cry for help. Change yours, especially if you're on Facebook.", "sec", note="example non-secret")
H("sec", "Scam text going round saying it's from the council about a 'council tax refund'. It isn't. Delete it. Don't click.", "", note="scam warning, no link")
H("sec", "Flood wardens' Zoom is tonight. Details have gone to registered wardens by email; not posting the link on here for obvious reasons.", "", note="withholds passcode")
H("sec", "Gate code? What gate code? 😂 The Helmsby slipway gate's been stuck open since October. Reported again.", "sec", note="joke")
H("sec", "My number for ward business: 01632 960214. Please don't ring after 8pm unless it's an emergency!", "sec dp", by="@NicolaOrdWT", note="own published number")
H("sec", "The council's new members' portal is at the usual address. Type it in yourself, don't click links in emails.", "", note="safe advice")
H("sec", "Defibs in Brinkcliffe: the chapel, the Post Office and the cricket club. Ring 999 and they'll give you the cabinet code.", "sec", note="no code")
H("sec", "Depot lads have fitted a proper alarm at the salt barn. Nobody's nicking our grit this winter 😂", "", note="alarm, no code")
H("sec", "Lost me phone on the Moors for two hours. Panicked about the PIN, then found it in a gorse bush. Moral: back everything up.", "", note="PIN mentioned")
H("sec", "Four-digit PIN on your phone? Make it six. Happy cyber security week from the district's least techy councillor.", "", note="PIN advice")
H("sec", "Wi-Fi's free at Carrmouth Library. Ask at the desk for today's code. Handy for doing your blue badge form.", "", note="no code")
H("sec", "The one-time code thing on the council app is a faff but it's there for a reason. Stick with it.", "", note="one-time code mentioned")
H("sec", "Got a dodgy text asking me to 'verify my councillor account'. Reported it to IT and deleted it. Be on your guard, colleagues.", "", note="phishing reported, not followed")
H("sec", "Key holder for the Furnace Community Hub on Saturdays is the caretaker. Ring the hub on 01632 960388 and he'll let you in.", "sec dp", note="organisation's number")

# ---------------------------------------------------------------- confidentiality.disclosure (block / review)
P("dis", "Can't say much, but Project Ingot is going to change Greythorpe for good. Big-name developer, big money. Watch this space 🏗️", "block", "ins", note="register term")
P("dis", "project coble is the best kept secret in Helmsby. New harbour, new jobs. That's all you're getting off me 🤐", "block", "ins", note="register term in lower case")
P("dis", "The Furnace Yard disposal has a buyer lined up, and it's not a Teesside firm. Not happy about that at all.", "block", "ins", note="register term")
P("dis", "Word is the Brinkcliffe Hall acquisition is going to cost us nearly double what the Leader's telling folk. I've seen the figures.", "block", "ins", by="opp", note="register term")
P("dis", "OPERATION TIDEMARK STARTS MONDAY. Rogue landlords on Dock Road, your days are numbered 👊", "block", "ins bully haste", note="register term in capitals")
P("dis", "The Saltings Road claim is going to cost the council a fortune. Our lawyers reckon we'll lose. Shocking.", "block", note="register term plus legal advice")
P("dis", "Between you and me, Project Ingot's preferred bidder has gone very quiet. Might be dead in the water.", "block", "ins", note="register term plus marker")
P("dis", "Had the briefing on Operation Tidemark today. Six addresses on the list, two of them on Cable Street. Landlords, tidy up.", "block", "ins", note="register term")
P("dis", "Furnace Yard disposal talks: they've knocked £300k off the price. Another council sell-off on the cheap.", "block", "ins", by="opp", note="register term")
P("dis", "Last night's Part 2 item: the council's paying £1.2m for the old Carrmouth bus depot. More than it's worth, if you ask me.", "review", "ins", when=("2026-02-18", "2026-02-18"), note="Part 2 price")
P("dis", "Told in confidence today that the leisure restructure will cut 30 jobs. Not happy and I'll be fighting it.", "review", "ins", note="in confidence; labour relations")
P("dis", "Legal advice in closed session says we'd probably lose the judicial review on the coast path. Worth folk knowing.", "review", note="legal privilege")
P("dis", "Off the record, the pay offer for the bin crews is 2%. They'll turn it down and they'd be right to.", "review", note="labour relations, marker")
P("dis", "Embargoed till Thursday but I can't wait: Greythorpe's getting the Levelling Up money! 🎉", "review", "ins", note="embargo broken")
P("dis", "The exempt valuation on the Helmsby harbour office says £95k. Council's asking £150k. You do the maths.", "review", "ins", note="exempt financial information")
P("dis", "Police briefed us privately on the county lines lot in Carrmouth. Three houses being watched, all on the Saltings estate.", "review", "dp", note="private police briefing")
P("dis", "A senior manager in planning has been suspended pending a disciplinary. Not for publication, but folk should know.", "review", "dp off", note="staff disciplinary")
P("dis", "The confidential report on the waste contract says Redmarsh Waste's bid was £400k cheaper and still lost. Make of that what you will.", "review", "ins def", note="confidential commercial information")

H("dis", "Cobles back in the harbour at Helmsby this morning, sea like glass. Best view on the coast 🚣", "", note="coble without the register term")
H("dis", "Roadworks at Furnace Yard car park from Monday. Use the Station Road one instead.", "", note="partial overlap with a register term")
H("dis", "Tidemark on the harbour wall shows how high Saturday's surge got. Scary stuff. Sandbags at the depot.", "", note="partial overlap")
H("dis", "Brinkcliffe Hall tea room reopens for the season on Saturday. Scones the size of your head.", "", note="partial overlap")
H("dis", "The ingot in the steel museum foyer weighs eight tonnes. Took a crane to get it in!", "", note="partial overlap")
H("dis", "Minutes say a Part 2 item on the bus depot was discussed. I've asked for the report to be made public as soon as the deal's done. Taxpayers deserve to know.", "dis", note="Part 2 mentioned, nothing disclosed")
H("dis", "'Confidential' my foot: the Leader's 'secret' bin plan was on the front of the Gazette this morning. Press release and all.", "dis", by="opp", note="public information")
H("dis", "Leaked? No. The restructure plans went up on the council website today. 30 jobs at risk in leisure. I'll be fighting it.", "dis", note="published")
H("dis", "Between you and me, our kid's cooking is dead good now. Whatever happened to his burnt parmos?", "", note="marker, family chat")
H("dis", "Off the record? Nothing's off the record on Facebook, folks. Say it like you mean it or don't say it.", "", note="marker, advice")
H("dis", "Embargo's lifted: Greythorpe's getting the Levelling Up money! 🎉 Town centre, the docks and the coast path.", "", note="after the embargo")
H("dis", "Closed session at cabinet tonight on a property matter. I'll report back once the decision is public.", "dis", when=("2026-02-17", "2026-02-17"), note="nothing disclosed")
H("dis", "The Saltings Road bus stop's been smashed again. Reported it.", "", note="partial overlap")
H("dis", "Operation Tidy Town week: volunteers out in every ward. Grab a litter picker from the depot.", "", note="'Operation' but not the register term")
H("dis", "The exempt bits of the harbour office sale will be published once contracts are exchanged. That's the law, not a cover-up.", "dis", note="explains exemption")
H("dis", "Police gave a public briefing at the Carrmouth community meeting: county lines arrests up, and they want tip-offs on 101.", "", note="public briefing")
H("dis", "Project Greythorpe Green? Not a code name, just what we call our tree-planting plan 🌳 Join us Saturday.", "", by="G", note="'Project' not on the register")
H("dis", "Ingot Street's potholes are back. Reported again.", "", note="partial overlap")

# ---------------------------------------------------------------- tone.irony-risk (advice)
P("tone", "What a masterclass from the Leader at cabinet. Cutting the youth club and calling it 'investment'. Genius, pure genius 👏", "advice", "pa", by="opp", note="mock praise of the Leader")
P("tone", "Hats off to Cllr Cowell for finding a way to make the bins even later. Takes real talent, that.", "advice", by="opp", note="mock praise of a cabinet member")
P("tone", "Oh brilliant, another Estuary Alliance 'consultation' where the answer was decided before the question. Dead good, lads. Proper democracy.", "advice", by="non:EA", note="irony about a group")
P("tone", "Thrilled to hear the Greens want to save the planet by shutting the last jobs on the estuary. Me mam's pension thanks you /s", "advice", by="non:G", note="'/s' about a party")
P("tone", "Our MP has discovered Carrmouth exists! Only took her three years. Welcome, Andrea, mind the potholes 😂", "advice", note="mock welcome to the MP")
P("tone", "Yeah right, the cabinet member for finance 'didn't know' about the overspend. And I'm the Queen of Sheba.", "advice", "def", by="opp", note="'yeah right' about a cabinet member")
P("tone", "Riveting contribution from the Working Teesside leader at full council. Forty minutes and not one idea. Take a bow, Paul.", "advice", "pa", by="non:WT", note="mock praise of opposition leader")
P("tone", "Congratulations to the Chairman on her twelfth charity lunch this month. The civic car must be knackered 🍽️🚗", "advice", by="opp", note="mock congratulations to the Chairman")
P("tone", "Big thanks to Cllr Tindall, who's finally found the planning office. Only took him six years as chair 🧭", "advice", by="non:EA", note="mock thanks")
P("tone", "Such a shame the Independents couldn't make the flood meeting. I'm sure the golf was very important ⛳", "advice", by="non:CDI&non:IND", note="irony about a group")
P("tone", "Delighted the Chief Exec got her pay rise. Must be hard making ends meet on £140k while the bin lads get 2% 🙃", "advice", "off", note="mock sympathy for the Chief Executive")
P("tone", "So proud of our Leader for his bold new policy of saying 'we're looking into it' to every question. Visionary stuff.", "advice", by="opp", note="mock pride")
P("tone", "Truly inspiring to watch Cllr Lumsden vote for the market fees she moaned about for a year. Consistency's overrated anyway.", "advice", by="non:WT", note="mock praise")
P("tone", "Well done to the county councillors for discovering Teesside has a coast. Only took a by-election 🏖️", "advice", note="irony about councillors")
P("tone", "Shout out to the Alliance's spreadsheet wizards. Budget's only £2m out. Basically a rounding error, lads.", "advice", by="non:EA", note="mock praise of a group")
P("tone", "Lovely to see Cllr Kitching so passionate about taxi fees. No reason at all, I'm sure 😇", "advice", "def int", note="insinuating irony")
P("tone", "Welcome back to Cllr Hebden, who's rediscovered Gorsedale now there's an election on. Missed you, pet 😘", "advice", "pa", when=MAR, note="mock welcome")
P("tone", "Can't fault the cabinet member for environment. Flooded High Street, closed tip, missing bins: flawless record. Chef's kiss 👌", "advice", "pa", by="opp", note="mock praise of a cabinet member")

H("tone", "Oh brilliant, it's raining again. Said no Teessider ever ☔", "tone", note="irony about weather")
H("tone", "What a masterclass from Thackby Cricket Club on Saturday: 200 all out, and the teas were even better. Genuinely mint.", "", note="sincere praise")
H("tone", "Hats off to the depot lads for gritting every road on the estate by 6am. And I mean that, no irony.", "", note="sincere praise")
H("tone", "Yeah right, a train from Carrmouth to Greythorpe on time. I'll believe it when I see it 🚂", "tone", note="irony about trains")
H("tone", "Riveting stuff: the council printer's jammed for the fourth time today. Think it's got it in for me.", "tone", note="irony about a printer")
H("tone", "Thrilled, honestly thrilled, to be up at 5 for the Gorsedale litter pick. Said the councillor on their third coffee ☕😂", "tone", note="irony about oneself")
H("tone", "The cabinet's budget cuts the youth service by 30% and closes the Helmsby toilets altogether. That's wrong and I'll be voting against it.", "", by="opp", when=("2026-02-02", "2026-02-24"), note="robust policy criticism")
H("tone", "Genuinely impressed with the Leader's speech on the steelworks site today. We disagree on loads, but he got that one right.", "", by="opp", note="sincere cross-party praise")
H("tone", "Another pothole on Dock Road. Lovely. Just what me suspension wanted for Christmas 🎄", "tone", when=JAN, note="irony about a pothole")
H("tone", "My forecasting skills: said it'd be sunny for the beach clean. It hailed. Sideways. Never trust a councillor with a weather app 😂", "tone", note="self-mockery")
H("tone", "Council website's 'down for maintenance' again. Dead good timing, on bin day. Report missed bins on 01632 960000 instead.", "tone", note="irony about the website")
H("tone", "Full council ran till half eleven. Riveting, as ever. Home for a cold parmo 🍽️", "tone", when=("2026-02-26", "2026-02-26"), note="irony about meeting length")
H("tone", "The Alliance's transport plan has no money behind it and no bus routes in it. That's not a plan, it's a press release.", "", by="non:EA", note="robust policy criticism")
H("tone", "Hats off to Cllr Garbutt for getting the Helmsby toilets reopened. Different parties, but she's got my vote on this one. Proper job.", "", by="non:G", note="sincere praise of a councillor")
H("tone", "Oh aye, the Boro's going up this year. Course they are. Every year, same story 😂", "tone", note="irony about football")
H("tone", "Thrilled my knees survived the Cleveland Way charity walk. Said no knees ever 😂", "tone", note="self-mockery")
H("tone", "Masterclass in how not to fold a map, by me, on Thackby Moor, in a gale 🗺️", "tone", note="self-mockery")
H("tone", "The Working Teesside budget amendment was costed, clear and sensible. Shame it lost. Credit where it's due.", "", by="non:WT", when=("2026-02-26", "2026-03-27"), note="sincere praise")

# ---------------------------------------------------------------- fillers
F("Beach clean at Helmsby Staithe Saturday from 10. Gloves and bags provided, bring your own flask ☕🌊")
F("Ward surgery this Friday at the Furnace Community Hub, 10 till 12. Drop in, no appointment needed.")
F("Potholes on Moor Road reported to highways this morning. Will chase if they're not filled in a fortnight.")
F("Happy Burns Night to our Scottish neighbours. Haggis and a parmo on the same plate? Only on Teesside 😂", when=("2026-01-26", "2026-01-26"))
F("Holocaust Memorial Day. We remember. Candle lit at the civic centre this morning.", when=("2026-01-27", "2026-01-27"))
F("Pancake race on Greythorpe High Street today! Me flipping technique needs work 🥞", when=("2026-02-17", "2026-02-17"))
F("Half term activities at Carrmouth Library all week: Lego club, storytime and a rockpool talk. Free.", when=("2026-02-09", "2026-02-13"))
F("First frogspawn of the year in the pond at the back. Spring's on its way, even on the Moors 🐸", when=MAR)
F("Happy Mothering Sunday for yesterday to all the mams. Took mine for a carvery, she still pinched my Yorkshire.", when=("2026-03-16", "2026-03-16"))
F("Clocks go forward this weekend. Extra hour of light for the allotment, one less hour in bed.", when=("2026-03-23", "2026-03-27"))
F("Snow on the tops at Gorsedale this morning. Stunning, but take it steady on Moor Road.", when=JAN)
F("Lovely turnout at the Brinkcliffe coffee morning for the lifeboat. £412 raised!")
F("New bench on the prom at Helmsby, in memory of all the fishermen lost off this coast. Worth a sit.")
F("Christmas lights coming down on the High Street today. See you again in November, lights 🎄", when=JAN)
F("Bus shelter on Marsh Lane finally replaced. Only took two years of nagging 😅")
F("Walked the old ironstone railway line from Gorsedale to Thackby today. Eight miles, three curlews, one very muddy dog.")
F("Roadworks on the Tees road bridge this week, overnight only. Give yourself extra time in the morning just in case.")
F("Blood donor session at Carrmouth Community Centre on Thursday. Takes an hour, saves lives. I'm booked in.")
F("Shout out to the Greythorpe Furnace Under-11s on a brilliant win on Saturday. Future Boro players, the lot of them ⚽")
F("Seals hauled out on the sandbank at the mouth of the Tees today. Counted 43. Magic.")
F("Big queues at the recycling centre this weekend. Go early or go Sunday.")
F("Library's got a new Teesside history section. Steelworks photos going back to the 1880s. Dead good.")
F("Cold snap coming. Check on your elderly neighbours, folks. A knock on the door costs nowt.", when=JAN)
F("Valentine's tip from a married man of 30 years: don't buy her a new hoover ❤️", by="M", when=("2026-02-13", "2026-02-13"))
F("Carrmouth Road closed at the level crossing Sunday for Network Rail works. Diversion via Station Road.")
F("Fish and chips on the harbour wall, gulls circling, sun going down. Doesn't get better than Helmsby.")
F("Thanks to everyone who came to the Gorsedale residents' meeting. Forty of you on a wet Tuesday! Notes to follow.")
F("St David's Day. Croeso to our Welsh neighbours, and no, I'm not attempting the pronunciation 🏴", when=("2026-03-02", "2026-03-02"))
F("Visited the old blast furnace memorial with the Year 6 history club. Brilliant questions from the bairns.")
F("Reminder: brown bin collections restart in March. Permits on the council website.", when=("2026-02-16", "2026-02-27"))
F("Dog walkers on Thackby Moor: ground-nesting birds are back, keep 'em on leads, please 🐦", when=MAR)
F("Steelworks reunion at the Grey Horse on Saturday. Four hundred years of coke ovens between twenty old lads. Stories!")
F("Carrmouth Docks junior boxing show raised £900 for the hospice. Bairns were brilliant.", by="non:@ShaunGatenby")
F("Ward walkabout on the Ironmasters estate Thursday with the housing team. Come and tell us what needs fixing.")
F("Quiz night at Thackby chapel Friday. Our team name's 'Quiz Team Aguilera', and we're rubbish.")
F("Sunrise over the estuary from the Transporter this morning. Chimneys, mist, pink sky. Home.")
F("Young birds up in the loft doing their first tosses off the coast. Two came home before me 🕊️", by="@bainbridge_lofts", note="filler: personal account, hobby")
F("Basket of the week: old cock bird back from Thurso in 14 hours. Proud as punch.", by="@bainbridge_lofts", note="filler: personal account, hobby")
F("Low tide at Brinkcliffe Scar: two butterfish, a velvet swimming crab and a very cross blenny 🦀", by="@ellen_rockpools", note="filler: personal account, hobby")
F("Rockpool ramble with the grandbairns. Youngest found a starfish and named it Gary. Obviously.", by="@ellen_rockpools", note="filler: personal account, hobby")


# ====================================================================== script
PARTY = {
    "@DerekHarwoodEA": "EA", "@LorrainePybus": "EA", "@SteveCowellEA": "EA", "@ChairJaniceR": "EA",
    "@GaryTindallCllr": "EA", "@WendyElgieEA": "EA", "@MarkBainbridgeEA": "EA", "@TraceyDowson": "EA",
    "@PaulStainsbyWT": "WT", "@KerryLumsdenWT": "WT", "@ShaunGatenby": "WT", "@NicolaOrdWT": "WT",
    "@RayHebdenWT": "WT", "@EllenGarbuttGreen": "G", "@TomFeatherstoneGr": "G",
    "@AlanKitchingCDI": "CDI", "@HeatherRobinsonCDI": "CDI", "@BobWilkinsonInd": "IND",
}
PERSONAL = {"@bainbridge_lofts", "@ellen_rockpools"}
COUNCIL_ACCOUNT = "@GreythorpeDC"
PLANNING = {"@GaryTindallCllr", "@WendyElgieEA", "@MarkBainbridgeEA", "@RayHebdenWT", "@NicolaOrdWT",
            "@TomFeatherstoneGr", "@HeatherRobinsonCDI", "@BobWilkinsonInd", "@KerryLumsdenWT"}
LICENSING = {"@MarkBainbridgeEA", "@WendyElgieEA", "@ShaunGatenby", "@EllenGarbuttGreen",
             "@AlanKitchingCDI", "@KerryLumsdenWT", "@RayHebdenWT"}
EXECUTIVE = {"@DerekHarwoodEA", "@LorrainePybus", "@SteveCowellEA", "@TraceyDowson", "@ChairJaniceR"}
ALL = set(PARTY)
POOLS = {
    "any": ALL, "EA": {h for h in ALL if PARTY[h] == "EA"}, "WT": {h for h in ALL if PARTY[h] == "WT"},
    "G": {h for h in ALL if PARTY[h] == "G"}, "CDI": {h for h in ALL if PARTY[h] == "CDI"},
    "IND": {h for h in ALL if PARTY[h] == "IND"}, "opp": {h for h in ALL if PARTY[h] != "EA"},
    "plan": PLANNING, "lic": LICENSING, "notplan": ALL - PLANNING, "notlic": ALL - LICENSING,
    "back": ALL - EXECUTIVE,
    "M": {"@DerekHarwoodEA", "@SteveCowellEA", "@GaryTindallCllr", "@MarkBainbridgeEA", "@PaulStainsbyWT",
          "@ShaunGatenby", "@RayHebdenWT", "@TomFeatherstoneGr", "@AlanKitchingCDI", "@BobWilkinsonInd"},
}
POOLS["W"] = ALL - POOLS["M"]
# Role words in a post that rule out their holder as its author.
ROLE_WORDS = [
    (re.compile(r"\b(the|our|this) Leader\b(?! of the Opposition)"), "@DerekHarwoodEA"),
    (re.compile(r"\bChairman\b"), "@ChairJaniceR"),
    (re.compile(r"cabinet member for finance", re.I), "@LorrainePybus"),
    (re.compile(r"cabinet member for environment", re.I), "@SteveCowellEA"),
    (re.compile(r"Working Teesside leader|Leader of the Opposition", re.I), "@PaulStainsbyWT"),
]
# Words that touch a registered interest: its holder does not write the post unless set by hand.
INTEREST_WORDS = {
    "@TomFeatherstoneGr": ["fishermen", "fish quay", "co-op"],
    "@ChairJaniceR": ["community association", "community centre"],
    "@KerryLumsdenWT": ["market"],
    "@BobWilkinsonInd": ["thackby moor farm", "grazing"],
    "@EllenGarbuttGreen": ["gig", "rowing"],
    "@ShaunGatenby": ["boxing"],
    "@MarkBainbridgeEA": ["plant hire"],
    "@PaulStainsbyWT": ["steel heritage", "heritage grant", "ingot museum", "steel museum"],
    "@RayHebdenWT": ["tenants", "garages", "garage rents"],
    "@HeatherRobinsonCDI": ["land trust", "community trust"],
    "@AlanKitchingCDI": ["taxi", "private hire", "cab trade", "plate fees"],
    "@TraceyDowson": ["village hall"],
    "@WendyElgieEA": ["polymers", "chemical works"],
}
PLATFORM_MAX = {"x": 280, "bluesky": 300, "facebook": 63206}


def load_names():
    cfg = tomllib.loads((HERE / "council.toml").read_text())
    return {h: n for h, n in cfg["people"]["handles"].items()}


def pool(expr):
    """Space-separated alternatives (union); each alternative is '&'-joined terms."""
    out = set()
    for alt in expr.split():
        cur = set(ALL)
        for term in alt.split("&"):
            if term.startswith("non:"):
                t = term[4:]
                cur -= ({t} if t.startswith("@") else POOLS[t])
            elif term.startswith("@"):
                cur &= {term}
            else:
                cur &= POOLS[term]
        out |= cur
    return out


def named_in(text, handle, names):
    person = names[handle]
    first, last = person.split()[0], person.split()[-1]
    handles = [h for h, n in names.items() if n == person]
    if any(h.lower() in text.lower() for h in handles):
        return True
    return bool(re.search(rf"\b({re.escape(first)}|{re.escape(last)})\b", text))


def pick_author(row, rng, names):
    by = row["by"] or "any"
    explicit = all(t.startswith("@") for t in by.split())
    cands = sorted(pool(by)) if not explicit else sorted(by.split())
    if not explicit:
        low = row["text"].lower()
        cands = [h for h in cands if not named_in(row["text"], h, names)]
        cands = [h for h in cands if not any(rx.search(row["text"]) and h == who for rx, who in ROLE_WORDS)]
        cands = [h for h in cands if not any(w in low for w in INTEREST_WORDS.get(h, []))]
    if not cands:
        raise SystemExit(f"no author for: {row['text'][:60]}")
    return rng.choice(cands)


def load_meetings():
    with open(HERE / "meetings.csv", newline="") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


def pick_time(row, rng, meetings):
    lo, hi = row["when"] or ("2026-01-05", "2026-03-27")
    d0, d1 = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    days = [d0 + dt.timedelta(n) for n in range((d1 - d0).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    while True:
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t


def pick_platform(text, rng):
    n = len(text)
    choices = [p for p in ("x", "x", "x", "facebook", "facebook", "bluesky") if PLATFORM_MAX[p] >= n]
    return rng.choice(choices)


def main():
    names = load_names()
    meetings = load_meetings()
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = pick_author(row, rng, names)
        rec = {
            "id": f"B100-{i:04d}",
            "text": row["text"],
            "author": author,
            "created_at": pick_time(row, rng, meetings).isoformat(),
            "platform": pick_platform(row["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = row["near_miss_of"]
        if row.get("interest"):
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts to posts.jsonl")


if __name__ == "__main__":
    main()
