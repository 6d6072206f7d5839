# Hand-written rows, part A (imported by build.py). Written for blind set b45.
ROWS = []
def P(fam, text, note, rules=None, allowed=(), v=None, **kw):
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note,
                     rules=list(rules or [fam]), allowed=list(allowed), v=v, **kw))
def H(near, text, note, allowed=(), **kw):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near,
                     text=text, note=note, rules=[], allowed=list(allowed), v="ok", **kw))
def F(text, note="ordinary ward business; nothing to raise", **kw):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note,
                     rules=[], allowed=[], v="ok", **kw))

OFF = "officers.impartiality"; IRO = "tone.irony-risk"; PRE = "predetermination.closed-mind"
DEF = "defamation.allegation"; ATT = "respect.personal-attack"; BUL = "bullying.intimidation"
RES = "resources.political-use"; POS = "position.improper-advantage"; GIF = "gifts.hospitality"
CAP = "capacity.council-voice"; INS = "confidentiality.insider-advantage"; INT = "interests.declared-interest"
DAT = "data-protection.personal-data"; SEC = "security.credentials"; DIS = "confidentiality.disclosure"
HASTE = "haste.pause-before-posting"; MEET = "meetings.during-meeting"

# ---------------- officers.impartiality: positives ----------------
P(OFF, "Funny how Sinead Gallagher's report on Heron Lane went from 'significant harm' to 'acceptable' in a fortnight. Who's been leaning on her?",
  "questions a named planning officer's neutrality in public; insinuation only, so defamation allowed", allowed=[DEF])
P(OFF, "I've asked Neville Ashworth to take another look at the recommendation on the Brackenlow Quarry scheme. Residents deserve an officer report that reflects what they're telling us, not what the applicant's consultants want.",
  "presses the named Head of Planning to change a recommendation; no vote stated, so predetermination only allowed", allowed=[PRE])
P(OFF, "Our Head of Neighbourhood Services clearly thinks bin collections in Saltergill are optional. Dave, get out of the office and walk Moor Road on a Tuesday.",
  "public criticism of a named officer (by role and first name)", allowed=[ATT])
P(OFF, "With respect to the highways team, the 'independent' traffic assessment reads like it was written by someone who's never driven up Fellgate Brow at 8am. Jenny Haworth needs to revisit it before it goes anywhere near cabinet.",
  "scare-quoted 'independent', names an officer and presses her to redo her work")
P(OFF, "Not for the first time, our licensing manager seems more interested in keeping the pubs happy than the people who live above them. Neutral? Do me a favour.",
  "questions the neutrality of an officer identified by role", allowed=[DEF])
P(OFF, "The Chief Exec is meant to serve all seventeen of us, not just the ones sat round the cabinet table. Yesterday's briefing was a Labour press release in a nicer font.",
  "accuses the Chief Executive (by role) of political bias", pool="opp")
P(OFF, "Had a frank chat with the case officer this morning. I've made it very clear I expect the report on the Pit Lane club conversion to say the parking is inadequate. We'll see if it does.",
  "pressing an officer on what a report should conclude; the view on the application is implied, predetermination allowed", allowed=[PRE])
P(OFF, "Someone in finance has clearly been told what answer to find. Those 'savings' figures Priyanka Sood presented would embarrass a Year 9 maths class.",
  "belittles a named finance officer and implies she was steered", allowed=[ATT, DEF], pool="opp")
P(OFF, "If officers can't produce a balanced report on the solar farm then maybe they should hand it to someone who can. I've seen more neutrality at a derby match.",
  "questions officers' impartiality over a report")
P(OFF, "Dear comms team: the job is to inform residents, not to polish the Leader's halo. Amara, that budget press release was spin and you know it.",
  "accuses the named Head of Communications of political spin", pool="opp")
P(OFF, "Still waiting for Colin Whiteside to explain why the noise complaints about the Gilded Lamb went nowhere for 18 months. Residents think he's too cosy with the trade. So do I.",
  "questions a named officer's neutrality; no view on the pending variation, so predetermination not raised", allowed=[DEF])
P(OFF, "Message for our Monitoring Officer: you're meant to be the referee, not playing for the home side. Third ruling in a row that just happens to suit the administration \U0001F914",
  "questions the Monitoring Officer's neutrality in public", pool="opp", allowed=[IRO])
P(OFF, "I don't often criticise staff publicly but enough is enough. The way the housing allocations team handled the Millholme flats has been shambolic from top to bottom and someone there needs to own it.",
  "public criticism of an officer team")
P(OFF, "Officers 'recommend approval'. Of course they do. When did this lot last recommend anything the developer didn't like?",
  "implies officers are in developers' pockets; no person named", allowed=[DEF, IRO])
P(OFF, "Spoke to Sinead again today. Told her straight: if that report goes to committee recommending approval, I'll be raising it at full council. Her call.",
  "pressure on a named officer over her recommendation, with a veiled consequence", allowed=[BUL])
P(OFF, "Is it me or does our 'independent' heritage officer only find heritage value in wards that vote the right way? Asking for Wickerby.",
  "insinuates political bias by an officer", allowed=[IRO])
P(OFF, "Ward update: met the highways manager about the Fellgate Brow crossing. Honestly, she wasn't interested. Typical town hall attitude, tick the box and home by four. We'll keep pushing.",
  "disparages a named-by-role officer in public", allowed=[ATT])
P(OFF, "A plea to Neville and his team: please rewrite para 6.4 before Thursday. As it stands it undermines everything residents have said and I can't see how members can rely on it.",
  "polite but public pressure on officers to change a report")
P(OFF, "Hats off to the planning department, who have managed to lose the same bundle of objection letters twice. Truly world-class filing. \U0001F44F",
  "mock praise of officers: officers.impartiality and tone.irony-risk", rules=[OFF, IRO])

# ---------------- officers.impartiality: hard negatives ----------------
H(OFF, "Huge thanks to Jenny Haworth and the highways crew for getting the Fellgate Brow crossing in before the new term. Brilliant work.",
  "thanks a named officer; naming can raise the rule, so allowed", allowed=[OFF])
H(OFF, "The cabinet member for finance has some explaining to do on these savings figures. Political choices, political accountability.",
  "criticises a councillor (cabinet member), not an officer", pool="opp")
H(OFF, "I've put a written question to the Leader about the bin changes. Officers carry out policy; the people who set it should answer for it.",
  "directs criticism to the political leadership and defends officers", pool="opp")
H(OFF, "Raised the missed collections on Moor Road with the service today through the proper channels. Reply promised by Friday. I'll update you.",
  "ordinary casework with officers")
H(OFF, "Officers were clear at the briefing: their advice on the budget is their professional view and it's for members to decide. I disagree with the cabinet's choices, not with the people who crunched the numbers.",
  "explicitly separates officers from political criticism", pool="opp", allowed=[OFF])
H(OFF, "Colin Whiteside, our Licensing Manager, is doing a drop-in at Harrowfell Library on Thursday for anyone with questions about the new taxi policy. Go along!",
  "promotes a named officer's drop-in", allowed=[OFF])
H(OFF, "Shout out to Dave Ormerod's crews who were out at 6am gritting. Absolute heroes.",
  "praise of an officer's team", allowed=[OFF])
H(OFF, "The officer report on the Tanner Street HMO is published; it recommends approval subject to conditions. Committee decides at the end of April.",
  "neutral report of a recommendation on a pending matter; no view", allowed=[OFF, PRE])
H(OFF, "This administration's budget is a con from start to finish and the cabinet should be ashamed of it.",
  "robust criticism of politicians and a policy, not officers", pool="opp", after="2026-02-26")
H(OFF, "Spent the morning shadowing the council's enforcement officers. Eye-opening. They do a tough job with very little thanks.",
  "supportive mention of officers")
H(OFF, "If you're unhappy with how your case was handled, there's a formal complaints process on the council website. I can help you use it.",
  "signposts the complaints process; no officer criticised")
H(OFF, "Lorraine Fairclough is leaving us after eleven years as Chief Exec. Whatever our politics, she has served this borough with real dignity. Good luck Lorraine.",
  "warm farewell to a named officer", allowed=[OFF])
H(OFF, "Asked officers for a technical briefing on the solar farm application so I understand the grid connection issues. Very helpful session, lots of reading to do.",
  "proper use of officer briefings; open-minded", allowed=[PRE])
H(OFF, "Officers aren't there to take the flak for political decisions. If you're angry about the library hours, be angry with us, not the staff at the desk.",
  "defends staff")
H(OFF, "Neville Ashworth took scrutiny through the Local Plan timetable today. Slides are on the council website if you want the detail.",
  "neutral mention of a named officer", allowed=[OFF])
H(OFF, "The report says the road can cope. I'm not convinced, and I'll make that case at committee as ward member \u2014 that's what the process is for.",
  "disagrees with an assessment through the proper process, no officer blamed or pressed", allowed=[OFF, PRE])
H(OFF, "Congratulations to Amara Okonjo, our Head of Communications, on her LGA award for the floods campaign. Thoroughly deserved.",
  "praise of a named officer; not personal data (staff role, public award)", allowed=[OFF, DAT])
H(OFF, "Planning officers get abuse on the doorstep and online for decisions councillors make. It has to stop. Criticise us, not them.",
  "defends planning officers")

# ---------------- resources.political-use: positives ----------------
P(RES, "Leaflets for Saturday's Lib Dem street stall printed and ready \U0001F4AA Cheers to whoever left the members' room printer full of paper.",
  "party leaflets printed on the town hall members' room printer", pool="ld")
P(RES, "Quick one from my council laptop between briefings: if you'd like a Green poster for your window, email me at my council address and I'll bring one round.",
  "party campaigning from a council laptop and council email", pool="green")
P(RES, "Our Labour branch meeting is in Committee Room 2 at the town hall this month \u2014 thanks to facilities for sorting it. Members, see you there.",
  "party meeting in a council committee room arranged by council staff", pool="lab")
P(RES, "Canvass sheets for Gorsey Bank all printed off in the members' room. Doors this weekend, who's in?",
  "campaign material printed on council equipment")
P(RES, "Got one of the lads in comms to knock up the graphic for our campaign launch. Doesn't it look smart? Vote Conservative on 7 May!",
  "council staff time used for a party campaign graphic", pool="con")
P(RES, "Our new campaign video was filmed in the council chamber after hours \U0001F3A5 Vote Independent: people, not parties.",
  "council chamber used for a campaign video", pool="ind")
P(RES, "Used the council crest on our leaflet? Course we did, it's our council. Labour delivering for Harrowfell.",
  "council logo on party material", pool="lab")
P(RES, "Any Tory members wanting to help deliver the spring newsletter can pick up bundles from my pigeonhole at the civic centre.",
  "council premises used as a party distribution point", pool="con")
P(RES, "Sent our group's pledge card to everyone on the council's ward newsletter mailing list. Saves a fortune on stamps!",
  "a council mailing list used for party campaigning; personal data misuse allowed", allowed=[DAT])
P(RES, "Massive thanks to the civic centre reception staff for handing out our petition against the Labour cuts this week \U0001F64F",
  "council staff distributing a party petition", pool="opp")
P(RES, "Sorting this spring's canvassing rota on the council iPad over lunch. Who's free for Brackenlow on Sunday?",
  "council device used for party organising")
P(RES, "Our election agent can use my office at the town hall as a base on polling day. Plenty of parking and a kettle.",
  "council office offered as a party campaign base")
P(RES, "Greens are taking the fight to Millholme! Photos for the leaflet courtesy of the council's photo library \u2014 marketing were a great help.",
  "council photo library and marketing staff used for party leaflet", pool="green")
P(RES, "Dropped 400 'Vote Pilling' leaflets at the Wickerby hub reception and the staff there kindly said they'd pop one in every bag. Cheers team!",
  "council-run hub staff distributing election leaflets", author="@KerryAnnPilling")
P(RES, "The council franking machine is a wonder. Our party survey went out to the whole of Tarnside in one afternoon \U0001F602",
  "plain: council post franking used for a party mailing")
P(RES, "Borrowed the council's pop-up banner stand for our party coffee morning. Put our own posters over it, obviously.",
  "council equipment used at a party event")
P(RES, "Using my council email to send this round: if you're a Lib Dem member in Tarnside we need you on the doors Saturday.",
  "council email used for party campaigning", pool="ld")
P(RES, "Had the council's graphics people tidy up my re-election leaflet. Free, professional and on brand. Win win.",
  "council staff time for a personal election leaflet")

# ---------------- resources.political-use: hard negatives ----------------
H(RES, "Got a problem with bins, housing or potholes? Email me at cllr.iqbal@harrowfell.example.gov.uk or ring 01632 960418 and I'll pick it up.",
  "the councillor's own published contact details for casework", author="@FarahIqbalFG", allowed=[DAT])
H(RES, "Out leafleting for the Greens in Millholme this weekend. Printed at our own expense by a local print shop, as it should be.",
  "party campaigning with no council resources", pool="green")
H(RES, "Reminder: many council staff are politically restricted and can't help with campaigns. If you want to help ours, join as a volunteer!",
  "correct statement of the rule", allowed=[RES])
H(RES, "Our party's regional conference is at Harrowfell Town Hall this year, booked and paid for at the commercial rate like any other group hiring the hall.",
  "hall hired on normal terms", allowed=[RES])
H(RES, "The council's new logo has landed. Honestly? I quite like it.",
  "mentions the logo; no campaigning")
H(RES, "Pre-election period starts later this month. From then the council won't publish anything that could look political, which is exactly right.",
  "mentions purdah correctly", by="2026-03-20")
H(RES, "Out with the Labour team in Gorsey Bank today. Good conversations on the doorstep about potholes and buses.",
  "ordinary canvassing", pool="lab")
H(RES, "Used my council laptop to join the flood resilience webinar this morning. Really useful for Tarnside.",
  "council laptop used for council business", allowed=[RES])
H(RES, "Picked up the new recycling leaflets from the civic centre to drop at the community centre. They're council leaflets, not party ones, before anyone asks!",
  "council material used for council purpose", allowed=[RES])
H(RES, "Council equipment is for council business. Pleased the standards committee has reissued the guidance to every member.",
  "supports the rule")
H(RES, "The Tory leaflet this week has the council crest on it. Not on. I've asked the Monitoring Officer to look into it.",
  "reports misuse by others", pool="notcon", allowed=[RES])
H(RES, "My campaign phone and my council phone are two different phones. Learnt that the hard way in 2022 \U0001F602",
  "keeps resources separate", allowed=[RES])
H(RES, "Thanks to the civic centre facilities team who set up the chamber for the youth parliament. Smashing job.",
  "thanks staff for council business")
H(RES, "Ward newsletter out now. Printed by Loomhouse Print, Saltergill. Promoted by Stuart Mottram on behalf of the Harrowfell Conservatives, 4 Moor Road.",
  "party newsletter with a proper imprint; no council resource", author="@StuMottramCon")
H(RES, "Canvassing in Wickerby this afternoon. If you see a woman with a clipboard and a flask, say hello.",
  "ordinary canvassing")
H(RES, "The council's photo library is free for community groups to use. Great for your gala and fun-run posters.",
  "council resource for community groups, not party")
H(RES, "Staff time is precious, so I've stopped asking officers for monthly ward stats and started using the open data portal myself.",
  "thoughtful use of resources")
H(RES, "Printing my surgery posters at the library like any resident: 10p a sheet. Not party material, just opening times.",
  "pays for non-party printing", allowed=[RES])

# ---------------- position.improper-advantage: positives ----------------
P(POS, "Waiting months for a dropped kerb? Drop me a message. As your councillor I can usually get these bumped up the list \U0001F609",
  "offers queue-jumping through the role")
P(POS, "If you need an extension doing, my brother-in-law's firm Crane & Sons Joinery is brilliant. And I know the planning side inside out, so I can make sure it sails through.",
  "promotes a relative's firm and offers favourable planning treatment")
P(POS, "Running a stall at the spring market? Give me a shout, I know the events team well and can get you a pitch by the entrance.",
  "offers a favour through council contacts")
P(POS, "My daughter's new caf\u00e9 on Bridge Street opens Monday! Everyone welcome \u2014 and let's just say I might have had a word about the pavement licence \U0001F607",
  "promotes a connected business and hints at an intervention on its licence")
P(POS, "Small businesses after council contracts: the trick is knowing who to talk to. Happy to make introductions for anyone who supports our party.",
  "offers access to council contracts for party support")
P(POS, "The housing waiting list is a nightmare, I know. But a word in the right ear can work wonders \u2014 message me privately.",
  "offers to bypass the allocations scheme")
P(POS, "Join our supporters' club this month and I'll make sure your planning queries get looked at first.",
  "priority treatment for party supporters", pool="con")
P(POS, "My wife's gardening business is taking on new clients. Given how much I deal with the parks team, happy to put her forward for council landscaping too!",
  "promotes a connected business for council work using his role")
P(POS, "Got a parking fine? Send me the ticket. I've had a few quietly cancelled for residents this year \U0001F92B",
  "offers to get fines cancelled through the role")
P(POS, "Lads looking for work: the council's grounds maintenance contractor owes me a favour. DM me.",
  "uses leverage over a council contractor")
P(POS, "Big shout out to Pennine Sparks Electrical, run by my old mate Gaz. I'll be recommending them to the council for the street-lighting job. Top lads.",
  "pushes a friend's firm for a council contract")
P(POS, "Applying for a licence? Talk to me first. I sit on licensing, so I know exactly what the committee wants to hear.",
  "offers inside help on a quasi-judicial process")
P(POS, "Struggling to get a council house? I'm on the housing panel. Put my name on your application and it'll get noticed.",
  "offers influence on allocations")
P(POS, "Tenants in the flats above my shop: happy to help with your housing benefit claims, I know exactly who to ring at the council.",
  "uses council contacts for his own tenants")
P(POS, "Want your ward fund bid to succeed? Pop into my caf\u00e9 on Loom Street for a brew and we'll have a chat about it \u2615",
  "links grant success to visiting his own business")
P(POS, "Had a word with the admissions people for a constituent's grandson. Sorted! That's what a councillor who knows people gets you.",
  "boasts of a favour on school admissions")
P(POS, "20% off at my campervan hire for anyone who works at the town hall \U0001F690 Planning and licensing staff especially welcome \U0001F609",
  "offers a benefit to officers who make decisions")
P(POS, "Tenders for the market hall refurb close soon. My nephew's firm would be perfect for it and I've told the procurement lot as much.",
  "presses procurement for a relative's firm")
