#!/usr/bin/env python3
"""Blind set b57 (Kellowbridge and Dunmarsh Council): hand-written rows plus a deterministic
script that shuffles them, gives ids, picks authors, platforms and timestamps, and writes
posts.jsonl. Fixed seed: running it again gives the same file."""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 5757
HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- roster (mirrors council.toml)
# handle, name, party, role
ROSTER = [
    ("@GwenPryceLloyd", "Gwen Pryce-Lloyd", "mf", "leader"),
    ("@AlunBarraMF", "Alun Barraclough", "mf", "cabinet"),
    ("@TeresaVokins", "Teresa Vokins", "mf", "cabinet"),
    ("@CllrDilwynCoates", "Dilwyn Coates", "mf", "member"),
    ("@MarjHapgood", "Marjorie Hapgood", "mf", "member"),
    ("@RaviChandaranaMF", "Ravi Chandarana", "mf", "member"),
    ("@StuKettley", "Stuart Kettley", "mf", "member"),
    ("@MayorGrahamOttley", "Graham Ottley", "mf", "mayor"),
    ("@CeriMaddoxPA", "Ceri Maddox", "pa", "member"),
    ("@OluFasanmiPA", "Olu Fasanmi", "pa", "member"),
    ("@HannahThrelfall", "Hannah Threlfall", "pa", "member"),
    ("@BrynAshworthPA", "Bryn Ashworth", "pa", "member"),
    ("@ShonaMcAvoyPA", "Shona McAvoy", "pa", "member"),
    ("@FenMorrisseyGB", "Fen Morrissey", "gb", "member"),
    ("@TomWilkGreen", "Tomasz Wilk", "gb", "member"),
    ("@BethLangridgeGB", "Beth Langridge", "gb", "member"),
    ("@LornaGittinsCI", "Lorna Gittins", "ci", "member"),
    ("@IdrisPenhaleInd", "Idris Penhale", "ind", "member"),
]
PERSONAL = {"@dilwyn_bees": "Dilwyn Coates", "@lornas_kitchen": "Lorna Gittins"}
HOLDERS = {  # interest -> (holder handle, words in a post that touch the body)
    "Coates & Daughter Land Agents": ("@CllrDilwynCoates", ["coates & daughter"]),
    "Dunmarsh Community Energy": ("@HannahThrelfall", ["community energy"]),
    "Ynysmere Canoe Club": ("@FenMorrisseyGB", ["canoe club", "paddlers"]),
    "Hollinsford Mart Ltd": ("@AlunBarraMF", ["hollinsford mart", "the mart", "livestock market"]),
    "Kettley Haulage": ("@StuKettley", ["kettley haulage", "haulier", "haulage"]),
    "Marches Credit Union": ("@OluFasanmiPA", ["credit union"]),
    "Tanhouse Green Community Hub": ("@ShonaMcAvoyPA", ["tanhouse green community hub", "tanhouse hub"]),
    "Brockhurst Vale Academy Trust": ("@MarjHapgood", ["brockhurst vale academy", "brockhurst vale pupils"]),
    "Pentre Lane paddocks": ("@IdrisPenhaleInd", ["pentre lane"]),
}

ROWS = []


def P(fam, text, note, v=None, also=(), allow=(), a="any", d=None, interest=None):
    ROWS.append(dict(text=text, family=fam, kind_of_row="positive", rules=[fam, *also],
                     allowed=list(allow), verdict=v, note=note, a=a, d=d, interest=interest))


def H(near, text, note, allow=(), a="any", d=None):
    ROWS.append(dict(text=text, family="hard_negative", kind_of_row="hard_negative", rules=[],
                     allowed=list(allow), verdict="ok", note=note, a=a, d=d, near=near))


def F(text, note="ordinary ward business", a="any", d=None):
    ROWS.append(dict(text=text, family="filler", kind_of_row="filler", rules=[], allowed=[],
                     verdict="ok", note=note, a=a, d=d))


SEV = {"officers.impartiality": "review", "resources.political-use": "review",
       "position.improper-advantage": "review", "gifts.hospitality": "advice",
       "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
       "predetermination.closed-mind": "review", "interests.declared-interest": "review",
       "data-protection.personal-data": "review", "security.credentials": "block",
       "confidentiality.disclosure": "review", "tone.irony-risk": "advice"}
ORDER = ["ok", "advice", "review", "block"]

# =================================================================== officers.impartiality
O = "officers.impartiality"
P(O, "Read the officer report on Cwm Road three times now. Funny how every single judgement call lands the developer's way. Rhiannon Teague's department might want to remember who actually pays their wages.",
  "questions the neutrality of the named Head of Planning's department in public", allow=["respect.personal-attack"])
P(O, "Have asked Colin Stebbings to go back and have another look at his recommendation on the Old Toll House. I'll be honest, I'm expecting a different answer second time round.",
  "presses a named officer to change his advice", allow=["predetermination.closed-mind"])
P(O, "Some of us remember Nadeem Qureshi's 'prudent' forecasts from before the last election. Remarkable how the numbers always seem to suit whoever's sat in the Leader's office.",
  "questions the s151 officer's impartiality", a="opp")
P(O, "Third year running Northgate gets no resurfacing. Sian Mottram's team have clearly decided which wards matter, and it's not the ones that vote the wrong way. Draw your own conclusions.",
  "implies a named officer is partisan", a="@CeriMaddoxPA")
P(O, "A word to the wise for our Head of Housing: the temporary accommodation paper going to cabinet will need a rather different tone if he'd like it to have a smooth ride.",
  "veiled pressure on an officer (by role) to change a report", a="mf", allow=["bullying.intimidation"])
P(O, "Officers telling us the depot can't be kept open. Same officers who said the leisure centre couldn't be saved. Same officers who now sit on the panel picking the new operator. Hmm. 🤔",
  "questions officers' neutrality in public; role, not name")
P(O, "Derek in licensing seems to think his job is cheerleading for every late bar in Kellowbridge. It isn't, Derek.",
  "criticises the Licensing Manager by first name", allow=["respect.personal-attack"])
P(O, "I'd gently suggest the planning officer who wrote paragraph 7.4 pops up Blackstock Lane at 7am and counts the lorries herself before she signs anything else off.",
  "criticises the planning officer who wrote a report")
P(O, "Asked the Chief Exec a straight question in writing on 12 Jan. Still nothing. Philippa, the families in Tanhouse are waiting too 📅",
  "chases and criticises the named Chief Executive in public", d=("2026-02-02", "2026-03-27"))
P(O, "Strange, isn't it, that the comms team found the time to film the Leader cutting a ribbon but couldn't manage one press release on the Ynysmere flooding. Jess Brightwell, any comment?",
  "questions the named Head of Communications' impartiality", a="opp")
P(O, "The ecology advice on Nantlle Farm reads like it was written with one eye on the applicant's glossy brochure. I've told officers I expect it redrafted before it gets anywhere near committee.",
  "demands officers rewrite their advice", allow=["predetermination.closed-mind"])
P(O, "Not for the first time, our Monitoring Officer's 'advice' lands just in time to stop the opposition asking anything awkward. Coincidence, surely 🙃",
  "questions the Monitoring Officer's neutrality, with sarcasm", a="opp", allow=["tone.irony-risk"])
P(O, "Amy Northall recommended approval on the old dairy site. Amy doesn't live on Dairy Lane. We do.",
  "criticises a named planning officer's recommendation")
P(O, "If officers can't find a way to get the Hollinsford crossing into next year's programme, maybe what we need is different officers. Just saying.",
  "pressure on officers with a veiled threat to their jobs")
P(O, "Paul Drinkall's environmental health team have been 'monitoring' the smell at Blackstock for eighteen months. Monitoring is not a verb that helps anyone in Cowlbury.",
  "criticises a named officer's team in public")
P(O, "Interesting that the officer recommending the castle car park hotel used to work for the applicant's consultants. Just an observation, nothing more.",
  "insinuates an officer is biased", allow=["defamation.allegation"])
P(O, "Rang the case officer this morning and made it very plain what the conditions on the quarry ought to say. Let's see if she was listening.",
  "presses a case officer to change conditions", allow=["predetermination.closed-mind"])
P(O, "Dear council officers: you're employed to serve the whole council, not the cabinet's re-election campaign. A few of you seem to have forgotten which is which. #Kellowbridge",
  "publicly questions officers' political neutrality", a="opp")
P(O, "Kwame Annan told scrutiny there were 'no families in B&B longer than six weeks'. I've met three this month. Either he wasn't told or he wasn't telling.",
  "criticises a named officer's evidence, implying he misled", allow=["defamation.allegation"])
P(O, "Gentle nudge to our finance director: the figures in the budget book don't need to be this gloomy. Other assumptions are available, and I've sent him a few.",
  "presses the s151 officer to change his advice", a="opp")

H(O, "Huge thanks to Sian Mottram and the highways crews who were out gritting from 4am. Absolute heroes ❄️",
  "thanks a named officer", allow=[O], d=("2026-01-05", "2026-01-30"))
H(O, "The officer report on the Northgate bus lane is online now. Whatever you think of the scheme, please read it before the meeting.",
  "points to an officer report without criticism")
H(O, "I disagree with the decision to close the depot. Officers set out the options fairly; it's the politicians who picked the wrong one.",
  "criticises politicians, defends officers", a="opp")
H(O, "Asked officers for a briefing on the flood grant figures and had a clear answer within a day. That's how it should work.",
  "praises officers' service")
H(O, "The Chief Executive's annual report is out. Good stuff on recycling; I'll be asking the Leader about the housing numbers at Full Council.",
  "mentions an officer's report, directs challenge at the Leader", a="opp")
H(O, "Policy says 35% affordable. The developer's offering 12%. That's for the committee to weigh, and I'll be watching closely.",
  "criticises an offer, not officers")
H(O, "Welcome to Amy Northall, who joins our planning team this month! Great to have another local face in the department.",
  "welcomes a named officer", allow=[O])
H(O, "Our housing department is stretched to breaking because the grant keeps being cut. Staff are doing an impossible job.",
  "defends officers")
H(O, "The new council website is a maze. Six clicks to find the bin calendar. I've fed back through the proper channels.",
  "criticises a website, not a person")
H(O, "I'll be asking the cabinet member, not officers, why the Hollinsford crossing has slipped again. Officers deliver; cabinet decides.",
  "aims challenge at the politician", a="opp")
H(O, "Useful meeting with Derek Foulkes about the Quay Street noise complaints. He's walked residents through the process and they know how to log them now.",
  "neutral mention of a named officer", allow=[O])
H(O, "If you want to object to a planning application, write in with planning reasons: traffic, design, drainage. Officers have to weigh every comment.",
  "explains process")
H(O, "Asked the Monitoring Officer about the new register forms. Clear, helpful answer. Forms due by 28 Feb, colleagues.",
  "neutral mention of an officer", allow=[O], d=("2026-01-05", "2026-02-20"))
H(O, "Scrutiny heard the finance director set out the budget risks. Sobering. The choices that follow are ours as politicians, not his.",
  "reports officer's evidence neutrally")
H(O, "Officers are not fair game. If you've got a problem with a decision, take it up with me or the cabinet member. Leave the staff alone.",
  "defends officers")
H(O, "The cabinet's leisure strategy is a mess. Three consultants, two U-turns and still no plan for the Dunmarsh pool.",
  "criticises the cabinet's policy", a="opp")
H(O, "Environmental health are putting noise monitors in on Bridge Row. Thanks to the residents who kept diaries, it made the difference.",
  "neutral")
H(O, "Retirement do for our Head of Planning after 31 years. Rhiannon, you'll be missed, and the cake was excellent 🎂",
  "warm farewell to a named officer", allow=[O])
H(O, "Please don't take it out on the call centre staff. They didn't set the parking charges. Cabinet did. Direct your fury at us.",
  "defends staff, takes responsibility", a="mf")
H(O, "The report recommends refusing the hedge removal on Northgate Lane. Officers' reasons are in section 6 for anyone interested.",
  "neutral summary of an officer recommendation")

# =================================================================== resources.political-use
R = "resources.political-use"
P(R, "Leaflets for Saturday's Marches First canvass are boxed up in my pigeonhole at the Guildhall. Grab a bundle on your way past reception 📦",
  "party material stored and handed out in a council building", a="mf")
P(R, "Spent the afternoon ringing round the Tanhouse doorstep list from the members' room. Cheers to whoever kept the coffee coming ☕ Three new volunteers for May!",
  "party phone-banking from a council office")
P(R, "Our People's Alliance newsletter is going out this week to everyone on my casework list. They've all written to me, so they're obviously interested.",
  "casework contacts (council data) used for party mail", a="pa", allow=["data-protection.personal-data"])
P(R, "Massive thanks to Jess and the comms team for knocking our Green Borders manifesto into shape. Looks so professional now 🌿",
  "council staff time on a party manifesto", a="gb", allow=[O])
P(R, "The big printer on the second floor at Castle House has done the heavy lifting for our May leaflets. 400 and counting 🖨️",
  "council equipment used for election leaflets")
P(R, "Want to help the Green Borders campaign? Drop me a line at my kellowdunmarsh.gov.uk address and I'll pop you on the rota.",
  "council email used for party campaign", a="gb")
P(R, "Alliance branch meeting Thursday in Committee Room 2. Booked it through members' services so it's free! All members welcome.",
  "council room booked free for a party meeting", a="pa")
P(R, "New campaign video, filmed in the council chamber after hours 🎥 Thanks to the building manager for letting us in. Vote Marches First on 7 May!",
  "council chamber and staff used for party video", a="mf")
P(R, "Council van was heading out that way anyway, so the Cowlbury Independents' posters got a lift round the villages. Efficiency! 🚐",
  "council vehicle moving party posters", a="@LornaGittinsCI")
P(R, "We've printed the Alliance petition QR code on the back of the bin-day leaflets going to every house in Northgate. Every household gets one!",
  "party material on council leaflets", a="pa")
P(R, "The tablet the council gave me is now loaded with our canvassing app. Best use it's had yet.",
  "council equipment for canvassing")
P(R, "Signed off my last 50 campaign letters on the headed paper. People take it more seriously when it's got the crest on 😉",
  "council letterhead and crest on campaign letters")
P(R, "Thanks to Sandra in the ward office for helping stuff envelopes for the Marches First winter appeal during her lunch... well, it ran over a bit 😂",
  "council staff time on party work", a="mf")
P(R, "Green Borders canvass sheets are now on the shared drive in the members' folder, so everyone can update them from the office PCs.",
  "council IT holds party canvass data", a="gb")
P(R, "Huge turnout for the People's Alliance rally in the Guildhall foyer! Security were very accommodating 🙌",
  "party rally in a council building", a="pa")
P(R, "Anyone got the council crest as a hi-res file? Want it on our candidate leaflets so folk know who's actually delivering.",
  "seeks the council logo for party leaflets")
P(R, "Got the comms photographer to snap me on the new Dunmarsh footbridge. Perfect shot for the re-election leaflet 📸",
  "council staff photo used for campaigning")
P(R, "Election season and the council mobile is earning its keep. 300 calls to voters for the Independents this week and counting.",
  "council phone used for party canvassing", a="@LornaGittinsCI")
P(R, "Door-knocking in Slade Cross later. Meet at the area office car park; I've got the key so we can use the loos and the kettle first.",
  "council premises used as a campaign base")
P(R, "Pro tip for fellow Alliance candidates: the mail room franks anything left in the members' tray. Saves a fortune on stamps 📮",
  "council franking for party post", a="pa")

H(R, "Leaflets for Saturday's Marches First canvass are at mine. Knock on the side door and grab a bundle 📦",
  "party material at home", a="mf")
H(R, "Reminder to all members: council email, printers and offices must not be used for campaigning in the pre-election period. Ask members' services if in doubt.",
  "reminder of the rule")
H(R, "Surgery this Saturday in Committee Room 2, 10 till 12. All residents welcome, no appointment needed.",
  "council room used for council business")
H(R, "Our Green Borders leaflets came from Dunmarsh Print Co: local firm, recycled paper, paid for by the party. Imprint's on the back as the law says 🌿",
  "party pays for its own printing", a="gb")
H(R, "The council comms team have made a great short video on the new footbridge. Worth a watch.",
  "council comms for council business")
H(R, "My council email is for casework only. If you want to help the campaign, the party's details are on our website.",
  "keeps council and party apart")
H(R, "Campaign video filmed in the market square this morning. Freezing, but worth it! Vote People's Alliance on 7 May.",
  "campaign in a public place", a="pa")
H(R, "New laptops for members. Mine's already stuffed with planning papers for next month's committee.",
  "council equipment for council work")
H(R, "Council van left a pile of cones on Hollinsford Road for three weeks. Chased highways today and they're gone.",
  "council vehicle, no campaign")
H(R, "Branch meeting at the Plough, Cowlbury, Thursday. Back room booked and paid for. Members welcome.",
  "party meeting in a paid private venue")
H(R, "Used the council tablet to read the whole Local Plan evidence base on the train. My eyes hurt.",
  "council equipment for council work")
H(R, "Proud to see the council crest on the new Tanhouse community hub sign. Council funded, built by locals.",
  "council logo on a council project")
H(R, "Could officers please stop sending council press releases to my party email? Council address only, thanks. Let's keep things separate.",
  "keeps council and party apart")
H(R, "Door-knocking in Slade Cross this evening. Meet outside the Co-op. Bring a torch and warm socks 🧦",
  "campaign meeting point not on council premises")
H(R, "Spoke at the Guildhall youth parliament today. Brilliant questions on buses and mental health from the Year 10s.",
  "council building for council event")
H(R, "Our party pays for its own printing, venues and stamps. Asked the Leader to confirm theirs does too after those posters turned up in the Guildhall.",
  "raises a concern about misuse by others", a="opp")
H(R, "Members' services confirm ward councillors can book rooms for public surgeries. Booking mine for March.",
  "council rooms for council surgeries")
H(R, "An £18k logo refresh in a cost of living crisis? I'll be asking questions at scrutiny.",
  "criticises council spending on its logo", a="opp")
H(R, "Thanks to the council print unit for the flood advice leaflets. Every house on the river side of Ynysmere gets one this week.",
  "council printing for council information")
H(R, "Pre-election period starts soon, so I'll be posting fewer council announcements. Normal service after May.",
  "observes the pre-election rules")

# =================================================================== position.improper-advantage
PO = "position.improper-advantage"
P(PO, "If your planning application's gone quiet, DM me. I've got ways of getting things to the top of the pile 😉",
  "offers to use influence to speed up an application")
P(PO, "Anyone in Hollinsford wanting a driveway done: my brother-in-law's firm did ours, and he's doing the dropped kerbs on the new council scheme too. Tell him I sent you.",
  "promotes a relative's firm tied to council work")
P(PO, "Waiting on a housing transfer? Come and see me. A word in the right ear works wonders: four families moved up the list this year.",
  "offers favours in housing allocation")
P(PO, "Stuck on the taxi licence waiting list? Message me. I sit on licensing and I know how to make things move.",
  "offers to use committee role to speed a licence")
P(PO, "My daughter's just launched her own events catering business, and what perfect timing with the council's summer events programme coming up 😊 I'll make sure the right people hear about her!",
  "steers council work to a relative")
P(PO, "Firms tendering for the grounds maintenance contract: happy to meet for a coffee and talk through what the council's really looking for.",
  "offers private steer to bidders", allow=["confidentiality.insider-advantage"])
P(PO, "To the chap who asked me to sort his parking ticket: done. That's what having a councillor on speed dial is for 😎",
  "uses position to get a fine dropped")
P(PO, "So proud: my partner's joinery firm has just been added to the council's approved contractors list. Council tenants, ask for Nant Joinery by name!",
  "promotes a connected business for council work", allow=["interests.declared-interest"])
P(PO, "Shopkeepers on Northgate: back our campaign and I'll make sure your street is first in line for the market-town improvement grant.",
  "offers council grants for political support")
P(PO, "Favour to ask: anyone got a room to rent for my nephew, who's moving to Kellowbridge for work? I'll return it, I know a few people in building control 😉",
  "offers council influence in return for a personal favour")
P(PO, "Can't promise anything official, but people who muck in at the Cowlbury gala tend to find their planning queries get looked at a bit quicker. Just how it works round here.",
  "implies favours in planning for volunteers")
P(PO, "Need a skip permit same day? Ring my mate Gaz at Border Skips. I've had a word with highways so his sail through.",
  "favours a friend's firm via council influence")
P(PO, "Landlords: join the Kellowbridge Landlords' Forum, which I chair, and I'll personally see your HMO renewals are looked after.",
  "offers favours in licensing to members of a body he chairs")
P(PO, "Pleased to say the new café concession at Ynysmere Lake has gone to my old business partner. Best bacon baps in the Marches, trust me.",
  "promotes a connected business that won a council concession", allow=["interests.declared-interest"])
P(PO, "The Quayside's owners were good to us at election time. Nice to think their licence variation will get a sympathetic hearing. Loyalty counts.",
  "implies favour in a licensing decision in return for support", allow=["predetermination.closed-mind"])
P(PO, "Want your pothole done quicker? Tag me and I'll bump it up the list. Priority for people who actually vote 😉",
  "offers preferential service")
P(PO, "Selling a house in Dunmarsh? Use Marsh & Weir. My cousin runs it, knows the area, and knows the council inside out 😉",
  "promotes a relative's business by reference to council access")
P(PO, "Lots of you asking how to jump the allotment waiting list. Short answer: be nice to your councillor 🥕😄",
  "jokey offer of favours in allocation", allow=["tone.irony-risk"])
P(PO, "Builders quoting for the school extension: the head's a friend and I've told her which firm I trust. You know who you are, Dai 👍",
  "steers a contract to a friend")
P(PO, "Told the lad from Greyhaven I'd put in a good word with the planning chair if they sort the footpath on Cwm Road. Everyone wins.",
  "trades influence with an applicant", allow=["predetermination.closed-mind"])

H(PO, "If your planning application's gone past eight weeks, send me the reference and I'll chase it with the planning team. Same service for everyone.",
  "ordinary casework")
H(PO, "Wanting a driveway done? Trading Standards keep a list of approved traders. Never pay cash up front to doorstep callers.",
  "consumer advice")
H(PO, "Waiting for a housing transfer? I can't move you up the list, nobody can, but I can make sure your circumstances are properly recorded. Surgery Saturday.",
  "refuses favours")
H(PO, "Stuck on the taxi licence list? The licensing team's online tracker is here. I've asked them to add expected dates for everyone.",
  "general help")
H(PO, "Declared at today's meeting that my daughter has bid for the events catering contract, and left the room for that item.",
  "declares and withdraws", allow=["interests.declared-interest"])
H(PO, "Interested in the grounds maintenance contract? It's on the procurement portal until 27 Feb. Questions go through the portal so every bidder sees the answers.",
  "open procurement", d=("2026-01-05", "2026-02-20"))
H(PO, "Parking ticket appeals: link below. I can't get tickets cancelled and wouldn't if I could, but if the signs were wrong, tell me and I'll chase highways.",
  "refuses favours")
H(PO, "Nant Joinery have made the Wales & Marches small business awards shortlist. Well done lads!",
  "praises a local firm, no connection or council work")
H(PO, "Shopkeepers on Northgate: the market-town improvement grant opens 1 March. Anyone can apply; happy to point you at the guidance.",
  "open grant", d=("2026-01-05", "2026-02-27"))
H(PO, "As your councillor I can't fast-track anything. What I can do is make sure it doesn't get lost. Drop me your reference.",
  "disclaims favours")
H(PO, "Cowlbury gala committee met this morning over bacon rolls. Volunteers wanted for the tombola and the dog show!",
  "community event")
H(PO, "Skip permits are now online and same-day. About time. Thanks to highways for finally sorting it.",
  "service change")
H(PO, "I chair the Landlords' Forum, so I've put it on my register and I won't take part in HMO licensing decisions.",
  "declares", allow=["interests.declared-interest"])
H(PO, "The new café at Ynysmere Lake has opened. Lovely baps. It went through open tender, details on the council site for anyone asking.",
  "praise plus open process")
H(PO, "Pothole? Report it on the app with a photo. I'll chase anything left more than 28 days. Everyone gets the same service.",
  "equal service")
H(PO, "Allotment waiting list is two years in Kellowbridge. No shortcuts, sadly, but I'm pushing for more plots at Tanhouse.",
  "no favours")
H(PO, "Had a cuppa with a Dunmarsh builder who wants to bid for council work. Pointed him to the portal and the Meet the Buyer day on 12 Feb.",
  "open process", d=("2026-01-05", "2026-02-11"))
H(PO, "Greyhaven asked to meet me about Cwm Road. I said no. I'm on planning, so any contact goes through officers and gets logged.",
  "refuses contact with an applicant")
H(PO, "Favour to ask: anyone got a spare camping chair for the Dunmarsh litter-pick HQ? Ours finally collapsed 😂",
  "harmless favour")
H(PO, "My brother-in-law runs a driveway firm, so I've never taken part in the dropped-kerb policy. It's on my register too.",
  "declares a connection", allow=["interests.declared-interest"])

# =================================================================== gifts.hospitality
G = "gifts.hospitality"
P(G, "Lovely evening at the Bastion Hotels supper club in Shrewsbury. The chateaubriand was outstanding. Can't wait to see what they do with the castle car park 🍷",
  "hospitality from an applicant with a pending application", v="review",
  allow=["predetermination.closed-mind"])
P(G, "Thanks to the team at Greyhaven Homes for the Six Nations tickets. What a game at Cardiff! 🏉",
  "gift from a developer with a pending application", v="review", d=("2026-02-09", "2026-03-27"))
P(G, "Cracking day out on the Brockhurst estate shoot. Thanks to our hosts. Not a bad way to spend a Tuesday!",
  "hospitality, host unnamed, no decision said to be sought", v="advice")
P(G, "Box at the Kellowbridge Town derby, courtesy of Marcher Aggregates. 2-0! ⚽",
  "hospitality from the quarry applicant", v="review")
P(G, "The new bistro at the Quayside sent us home with a bottle of their house fizz after the soft opening. Generous lot!",
  "gift from a licensee with a pending variation", v="review")
P(G, "Thanks to Sunfold Renewables for a very comfortable trip to their Somerset sites. Great lunch too ☀️",
  "hospitality from the solar farm applicant", v="review")
P(G, "Christmas hamper from Oakfold Poultry arrived a bit late, but I'm not complaining. Turkey for days!",
  "gift from the poultry applicant", v="review", d=("2026-01-05", "2026-01-09"))
P(G, "Chuffed with my new Barbour, a thank-you from the Kellowbridge Chamber of Trade for my year as their council link 🧥",
  "significant gift tied to the role; nothing sought; should be registered", v="advice")
P(G, "Long weekend in a Brecon cottage, courtesy of an old friend in the building trade. Needed that!",
  "hospitality from someone in the trade; unclear whether business sought", v="advice")
P(G, "Thanks to Spin Palace for a lovely dinner at Le Petit Coin. Great to hear all their plans for Northgate.",
  "hospitality from an applicant for a gaming licence", v="review")
P(G, "My free year at the Vitality Marches gyms has started. They run our leisure centres and the contract's up for renewal, so I'll be checking standards from the inside 💪",
  "gift from a contractor seeking renewal", v="review")
P(G, "Front-row seats at the Borderlands Festival launch party. Thank you to the organisers for having us! 🎶",
  "hospitality from an applicant for a premises licence", v="review")
P(G, "Great round at Penhallow Golf Club as a guest of the Rotary. Thanks chaps ⛳",
  "hospitality, nothing sought", v="advice")
P(G, "A case of the new Slade Cross IPA turned up on my doorstep from the brewery. Will report back 🍺",
  "gift from a local business", v="advice")
P(G, "Dinner at the Castle Brasserie with the directors of Marches Waste, who are pitching for the new recycling contract next month. The lamb was superb.",
  "hospitality from a bidder", v="review")
P(G, "Very kind of the Tanhouse Dairy developers to lay on lunch and a minibus for the members' site tour. Best sausage rolls in years.",
  "hospitality from an applicant", v="review")
P(G, "Day at Ludlow races, thanks to an old mate from the taxi trade. Backed two winners!",
  "hospitality from a trade the council licenses", v="advice")
P(G, "Someone left a bottle of single malt at my surgery with a card saying 'for all your help with the extension'. Whoever you are, thank you! 🥃",
  "gift from someone who sought a planning decision", v="review")
P(G, "Spa day voucher from the Kellowbridge Hotel for being a 'valued local partner'. Don't mind if I do 😌",
  "gift tied to the role", v="advice")
P(G, "Two nights at Cheltenham hosted by an agricultural supplier I've known for years. Their bid for the council's salt supply tender is in. Anyway, the champagne tent 👌",
  "hospitality from a bidder", v="review", d=("2026-03-13", "2026-03-27"))

H(G, "Bastion Hotels invited me to their supper club. I declined: they've got an application in and I'm on planning. The offer's registered with the Monitoring Officer.",
  "declined and registered", allow=[G])
H(G, "Six Nations in Cardiff. Paid for my own ticket and worth every penny 🏉",
  "paid for own", d=("2026-02-09", "2026-03-27"))
H(G, "Registered the Chamber of Trade's thank-you gift with the Monitoring Officer today, well inside the 28 days.",
  "registered gift", allow=[G])
H(G, "A box at the derby? No thanks. I'll be in the away end with a pie like always ⚽",
  "refusal")
H(G, "Mum's Christmas hamper finally finished. Turkey for days!", "family gift", d=("2026-01-05", "2026-01-09"))
H(G, "The councillors' gifts and hospitality register is online. Have a look: you've a right to know who's buying us lunch.",
  "transparency")
H(G, "Bought my daughter a Barbour for her 18th 🧥 She says it's 'vintage'. It's from 2015.",
  "family gift")
H(G, "Free lunch? At the Dunmarsh food bank volunteers' lunch everyone brings a dish. Best day of the month.",
  "no gift")
H(G, "Sunfold Renewables offered members a trip to their Somerset sites. I've asked them to send the information to the whole committee instead.",
  "declined hospitality", allow=[G])
H(G, "Bought a case of the new Slade Cross IPA with my own money. Great local brewery, go and support them 🍺",
  "paid for own")
H(G, "Tea and a Welsh cake at the Ynysmere WI. That's the sum total of my hospitality this month, and long may it stay that way ☕",
  "trivial hospitality")
H(G, "Mayor's charity dinner: £35 a ticket, all proceeds to the air ambulance. Bought mine!",
  "paid ticket")
H(G, "A resident baked me a Victoria sponge for sorting her bin collection. Shared it with the office. Some kindness is just kindness 🍰",
  "trivial token", allow=[G])
H(G, "Asked the Quayside to stop sending drinks vouchers to councillors. Not appropriate while their licence application's pending.",
  "refusal", allow=[G])
H(G, "Reminder, colleagues: gifts and hospitality worth £100 or more go on the register within 28 days. Form's on the intranet.",
  "reminder of the rule")
H(G, "Spin Palace's plans for Northgate are online. Read them yourself and send any comments to licensing by 20 Feb.",
  "neutral", d=("2026-01-05", "2026-02-19"))
H(G, "Birthday meal with my sister at Le Petit Coin. She paid. She always pays 🎂", "family")
H(G, "Turned down Cheltenham tickets from a company tendering with us. Nice try 😂 Refusal registered too.",
  "refusal registered", allow=[G], d=("2026-02-02", "2026-03-27"))
H(G, "Committee site visit to the old dairy today. We brought our own flasks; officers sorted the route.",
  "no hospitality")
H(G, "Golf? Me? I'd lose every ball on the course. Rotary quiz night though, count me in ⛳",
  "no hospitality")

# =================================================================== capacity.council-voice
C = "capacity.council-voice"
P(C, "Kellowbridge and Dunmarsh Council will not be rolling over for the government's new housing targets. We won't be bullied.",
  "a backbencher states a view as the council's", a="nonexec")
P(C, "Speaking for the council here: we're appalled by our MP's vote on rural bus funding.",
  "claims to speak for the council", a="opp")
P(C, "This council stands with the farmers at the border today 🚜",
  "personal account presents the council's stance", a="@dilwyn_bees")
P(C, "The view of this authority couldn't be clearer: the Dunmarsh pool must reopen.",
  "presents own view as the authority's", a="opp")
P(C, "We at the council have decided the new Ynysmere Lake events programme is exactly what this area needs. Bring it on!",
  "claims a council decision that is a personal view", a="nonexec")
P(C, "Kellowbridge says NO to the incinerator. Official.",
  "presents personal view as official council stance", a="nonexec")
P(C, "On behalf of everyone at the Guildhall, we're backing Ceri Maddox's campaign to save Northgate library.",
  "claims to speak for the council on a party campaign", a="pa")
P(C, "Council's official line as of this morning: the Leader's cuts are a disgrace.",
  "opposition view presented as the official line", a="opp")
P(C, "The council fully endorses the river pollution petition. Sign it here!",
  "claims council endorsement", a="gb")
P(C, "Message to Cardiff Bay from Kellowbridge and Dunmarsh Council: hands off our cross-border bus routes.",
  "speaks for the council", a="nonexec")
P(C, "Your council thinks the new speed limits are nonsense and we'll be asking highways to ignore them where we can.",
  "presents own view as the council's", a="nonexec")
P(C, "As a council we're united against the closure of Ynysmere surgery. Every one of us.",
  "claims a council position that has not been resolved", a="nonexec")
P(C, "Kellowbridge and Dunmarsh has no confidence in the Police and Crime Commissioner. There, I've said it for all of us.",
  "speaks for the council", a="opp")
P(C, "Official: Kellowbridge and Dunmarsh Council wishes the Kellowbridge Town squad all the best in the cup. Come on you Castlemen! ⚽",
  "personal account posts as the council", a="@lornas_kitchen")
P(C, "The council doesn't recognise the figures in the Marches Gazette story and regards it as a hatchet job.",
  "a councillor issues a council response", a="nonexec")
P(C, "We (the council) will be writing to the Secretary of State demanding the A49 dualling. I'll share the letter once I've drafted it.",
  "backbencher presents own letter as the council's", a="opp")
P(C, "Kellowbridge and Dunmarsh Council apologises to the residents of Bridge Row for the flooding response. It wasn't good enough.",
  "a backbencher apologises on the council's behalf", a="opp")
P(C, "Our council believes in a second homes premium. The Welsh side's got it right. Time for ours.",
  "presents own view as the council's belief", a="nonexec")
P(C, "Kellowbridge has spoken and the council's view is simple: fewer bookies on Northgate is a win for everyone.",
  "presents own view as the council's", a="nonexec")
P(C, "Just so everyone's clear, the authority's stance on the bypass hasn't changed: we want it, and we want it now.",
  "presents own stance as the authority's", a="nonexec")

H(C, "My personal view, not the council's: the government's housing targets are unrealistic for border towns.",
  "personal view labelled")
H(C, "The council's official statement on the flooding is below ⬇️ My own thoughts as ward councillor in the replies.",
  "shares official statement, separates own view")
H(C, "People's Alliance group position: the Dunmarsh pool must reopen. We'll bring a motion to Full Council.",
  "party position labelled", a="pa")
H(C, "Full Council voted 34 to 8 last night to oppose the closure of Ynysmere surgery. That's now the council's formal position.",
  "reports a resolution", d=("2026-01-23", "2026-01-23"))
H(C, "I don't speak for the council. I speak for Northgate, and Northgate wants its library.",
  "disclaims council voice", a="@OluFasanmiPA")
H(C, "Kellowbridge says YES to sunshine! Castle Square charity fun run this Saturday ☀️",
  "playful use, no council view")
H(C, "Cabinet agreed to write to the Secretary of State about the A49. The Leader will share the letter.",
  "reports a decision")
H(C, "Speaking for myself and my group: no confidence in the PCC's rural crime plan.",
  "own and group view labelled", a="opp")
H(C, "Council website says bins will be a day late after the snow. That's fine, just tell people!",
  "reports council info")
H(C, "What does the council believe? Depends who you ask, which is rather the problem with this administration 😉",
  "criticism, no claim to speak for council", a="opp", allow=["tone.irony-risk"])
H(C, "Green Borders fully endorses the river pollution petition. Sign it here!", "party endorsement", a="gb")
H(C, "The council press office has responded to the Marches Gazette. I've got my own questions too, and I'll ask them at scrutiny.",
  "separates own questions from the council's response")
H(C, "Our group's motion on a second homes premium goes to Full Council. Will the administration back it?",
  "group view", a="opp")
H(C, "All the best to the Kellowbridge Town squad in the cup! Come on you Castlemen! ⚽", "personal support")
H(C, "The council's position on the old dairy application? There isn't one until the committee decides. That's how planning works.",
  "explains process")
H(C, "People ask 'what's the council going to do?' Honest answer: the council is 36 councillors and we don't all agree.",
  "explains")
H(C, "Agreed at Full Council last night: a formal apology to Bridge Row for the flooding response is now on the record.",
  "reports a resolution", d=("2026-03-20", "2026-03-20"))
H(C, "The council speaks through its resolutions and its official account. Everything on this page is me, your ward councillor.",
  "disclaimer")
H(C, "On behalf of the Cowlbury Independents: thank you to everyone who turned out for the flood clean-up.",
  "group voice labelled", a="@LornaGittinsCI")
H(C, "The official council line on the A49 is on the council account. Here's mine: dual it, and dual it now.",
  "separates own view")

# =================================================================== confidentiality.insider-advantage
I = "confidentiality.insider-advantage"
P(I, "Been thinking about a pitch on Kellowbridge market? Now's the time to get the form in. Can't say why. Trust me 👀",
  "hints at unannounced change to advantage traders")
P(I, "Friends in the trade: worth having your tender paperwork ready for something landing in the spring. That's all I'll say.",
  "tips off contacts about an unannounced tender")
P(I, "If I owned a house on Mill Lane I'd hang on to it for a year or two. Things are about to change round there 😉",
  "uses inside knowledge to advise on property")
P(I, "Anyone after a unit in Slade Cross might want to hold off signing a lease till after Easter. Cheaper options may be coming.",
  "hints at unannounced council property")
P(I, "Hypothetically, if you had a plot near the bypass route, you might not want to sell it this month. Hypothetically.",
  "tips off landowners")
P(I, "Mate asked if he should put an offer in on the old Co-op building on Northgate. Told him go for it before the price goes up 🤫",
  "insider advice for a friend")
P(I, "Tell your landlord mates in Dunmarsh to get their fire doors sorted before the end of March. Just do it.",
  "tips landlords ahead of enforcement", allow=["confidentiality.disclosure"])
P(I, "Castle car park charges are going up soon. Buy your annual permit now while it's still the old rate. You didn't hear it from me.",
  "advantage from unannounced decision")
P(I, "The waiting list for Ynysmere Lake moorings is about to get a lot more generous, if you catch my drift. Get your name down now ⛵",
  "hints at unannounced change")
P(I, "Small businesses in Tanhouse: the rate relief scheme's changing and the first through the door will do best. Apply in January, not February.",
  "insider timing advice", d=("2026-01-05", "2026-01-23"))
P(I, "My cousin's after a bungalow in Hollinsford. Told her to look along Chapel Road before certain news breaks. Good luck cuz x",
  "insider property tip for a relative")
P(I, "Builders: stock up on slate. Something big round here will need a lot of roofs in the next 18 months. Can't say more.",
  "hints at unannounced development")
P(I, "Café owners near the Guildhall: get your outdoor seating licence in before the new fees kick in. Not public yet, but trust me.",
  "unpublished fee change")
P(I, "Farming friends: get your grant applications in sharpish, before the rest of the county twigs what's coming.",
  "insider tip")
P(I, "Very interesting briefing today. Let's just say anyone holding shares in a certain bus operator might want to review their options.",
  "briefing knowledge used for share dealing advice")
P(I, "Thinking of bidding for the Dunmarsh kiosk? Maybe wait a few weeks. The rent's about to drop. Don't ask how I know.",
  "insider advice on council lease")
P(I, "Sorted my friend's son with the interview questions for the youth worker post. Fingers crossed for him 🤞",
  "uses role knowledge to advantage a candidate", allow=[PO])
P(I, "Quietly suggesting the Tanhouse allotment lot register as a charity before April. Reasons will become clear 😇",
  "inside knowledge of a coming change")
P(I, "Estate agents of Kellowbridge: you didn't hear it from me, but the Northgate flats are going to look a lot more attractive soon.",
  "tips off agents")
P(I, "If you're selling land round Penwythen, maybe hold fire till after the summer. I've seen some maps. Say no more.",
  "uses council maps to advise landowners")

H(I, "Market pitch applications are open on the council website. Anyone can apply, closing 28 Feb.",
  "public information", d=("2026-01-05", "2026-02-20"))
H(I, "The grounds maintenance tender is live on the portal. Same information for every bidder.", "public information")
H(I, "Mill Lane residents: the traffic scheme consultation is now public. Have your say before 6 March.",
  "public information", d=("2026-01-05", "2026-03-05"))
H(I, "Castle car park charges go up from 1 April, as agreed at cabinet and published last week. Annual permits stay at the old rate until then.",
  "published decision", d=("2026-02-09", "2026-03-27"))
H(I, "Hypothetically, if the bypass ever gets funded, where would you want the roundabout? Genuinely asking. The consultation opens next month.",
  "public engagement")
H(I, "The old Co-op on Northgate is up for auction. Would love a community use there. Anyone got a spare £400k? 😂",
  "public sale")
H(I, "Landlords in Dunmarsh: the council's published fire safety checklist is here. Worth a read whether or not you've had a visit.",
  "public guidance")
H(I, "New mooring prices at Ynysmere Lake are published. Cheaper for residents, which I pushed for.",
  "published")
H(I, "Small business rate relief is open now. Criteria on the council site, and I'm happy to help anyone apply.",
  "public")
H(I, "Tip-off from a resident about fly-tipping on Chapel Road. Reported to enforcement, and thanks for the photos.",
  "tip-off from a resident, no advantage")
H(I, "I can't say more until it's announced. I know people want news on the depot; you'll get it as soon as I'm allowed to give it.",
  "declines to share")
H(I, "Builders: Kellowbridge needs more roofs! The Local Plan published today allocates sites for 3,000 homes. Read it here.",
  "published plan")
H(I, "The cabinet paper on car park charges is now published. Read it before you comment, please.", "public")
H(I, "Heads-up café owners: pavement licence fees rise in April (it's in the published fees schedule). Renew before then and you pay the old rate.",
  "heads-up about published information")
H(I, "Farming friends: the new hedgerow grant round opened today. Details on the council site. First come first served, so crack on.",
  "public")
H(I, "Interesting briefing on buses today. The council will publish the options in March and everyone can comment.",
  "no advantage")
H(I, "The Dunmarsh kiosk lease is being advertised. Open process, closing 14 Feb.", "open", d=("2026-01-05", "2026-02-13"))
H(I, "Youth worker interviews next week. Good luck to everyone who applied. It's a fair process and I'm nowhere near it.",
  "no involvement")
H(I, "The Tanhouse allotment society asked me about becoming a charity. Pointed them to the Charity Commission's guidance.",
  "general help")
H(I, "Estate agents keep asking me about the Northgate flats. Answer: check the planning portal, same as everyone else.",
  "refuses to give an advantage")

# =================================================================== predetermination.closed-mind
PD = "predetermination.closed-mind"
P(PD, "Cwm Road. 120 houses on a field that floods every winter. It's not happening while I've got a vote on that committee.",
  "settled view against a registered application", v="block")
P(PD, "Not sure why we're bothering with a hearing for the Quayside. Quay Street's put up with them for years and 3am is a non-starter. Save everyone the time.",
  "settled view against a pending licence variation", v="block")
P(PD, "Blackstock Quarry extension is what Cowlbury needs: jobs for local lads. Whatever the objectors say at committee, it's a yes from me.",
  "settled view for a registered application", v="block")
P(PD, "I'll save the Spin Palace people the bother: Northgate doesn't want a slot arcade and my hand's going up against it.",
  "settled view against a pending licence", v="block")
P(PD, "The old Tanhouse Dairy scheme is the best thing to happen to Tanhouse Green in a decade. I'm backing it all the way, and nothing said at committee will change that.",
  "settled view for a registered application", v="block")
P(PD, "Nantlle Farm poultry sheds. Nope. No. Not a chance. Don't care how many conditions they dangle.",
  "settled view against a registered application", v="block")
P(PD, "The hotel on the castle car park is a done deal as far as I'm concerned. Brilliant for the town. See you at the ribbon cutting 🏨",
  "settled view for a registered application", v="block")
P(PD, "Borderlands Festival licence? Over my dead body. Dunmarsh had enough of it last summer.",
  "settled view against a pending licence", v="block")
P(PD, "Sunfold's solar farm: I know where I stand, and the officer report won't shift me. A hundred acres of panels on good farmland.",
  "settled view against a registered application, report prejudged", v="block")
P(PD, "Old Toll House takeaway: my vote's against. Slade Cross doesn't need another chip-fat flue. It's 26/0044/FUL if you want to write in.",
  "settled view against a registered application", v="block")
P(PD, "26/0019/FUL. I've read enough. Refuse.",
  "settled view on a registered reference", v="block")
P(PD, "Smokestack BBQ has my backing, end of story. Anyone who objects to a bit of woodsmoke should move to the city 🔥",
  "settled view for a registered applicant", v="block")
P(PD, "The Greyhaven lot can send in as many revised drawings as they like. The answer will be the same.",
  "settled view against a registered applicant", v="block")
P(PD, "Oakfold's sheds will go through, and rightly. Farmers have to make a living. Objectors from the city can jog on.",
  "settled view for a registered applicant", v="block")
P(PD, "That HMO application on Bridge Row will be refused if I've got anything to do with it. Seven bedsits in a two-up two-down? Do me a favour.",
  "settled view on an unregistered planning application", v="review")
P(PD, "Taxi driver's appeal against his revocation comes to sub-committee next month. He's had his chances. I won't be the one giving him another.",
  "settled view on a licensing appeal", v="review")
P(PD, "New mast application for Ynysmere churchyard. I'm a no before I've opened the plans, and proud of it.",
  "settled view on an unregistered application", v="review")
P(PD, "Kellowbridge Tandoori's late licence: get it approved. Good food, good people, never any bother. Minds are made up on our benches.",
  "settled view for an unregistered licence", v="review")
P(PD, "The turbine on Penwythen Top: I've decided, and the inspector's appeal hearing won't change that. It's a blot.",
  "settled view on a planning appeal", v="review")
P(PD, "Whoever's applied to turn Cowlbury chapel into flats: don't waste your money on the architect. It's getting thrown out, I'll see to that.",
  "settled view on an unregistered application", v="review")

H(PD, "Cwm Road: I have real concerns about flooding and I'll be asking hard questions. But I'll listen to the evidence at committee before I decide.",
  "predisposition with an open mind", allow=[PD])
H(PD, "Quayside licence hearing is in April. If you live on Quay Street and want to make representations, here's how.",
  "process information")
H(PD, "Blackstock Quarry: strong views both ways in Cowlbury. I'm on the committee, so I'll keep my counsel till I've heard everyone.",
  "open mind")
H(PD, "My mind's made up: the new Northgate bakery's cheese scones are the best in the county 🧀", "settled view on scones")
H(PD, "The old dairy application is on the portal. Link here. Comments close 20 Feb.",
  "neutral", d=("2026-01-05", "2026-02-19"))
H(PD, "I will vote against the budget. Cutting the bus subsidy is a red line for our group.",
  "settled view on a non-quasi-judicial matter", a="opp")
H(PD, "'This must be refused,' says my wife, of my plan for a second shed 😂", "joke")
H(PD, "Never approve an application without a site visit. Best advice from my first planning training, and I stand by it.",
  "general principle")
H(PD, "As ward councillor (not on planning committee) I've sent in an objection to the Nantlle Farm poultry units on behalf of residents. It's on the portal.",
  "ward member objecting, not a decision-maker", allow=[PD])
H(PD, "The hotel officer report comes out a week before committee. I'll read it properly before forming a view.",
  "open mind")
H(PD, "Borderlands Festival: residents have raised noise worries with me, and the organisers have made their case. The sub-committee will weigh both.",
  "balanced")
H(PD, "I have concerns about losing farmland to the solar farm. I also see the climate case. That's why we have a committee process.",
  "predisposition", allow=[PD])
H(PD, "Refused to lose! What a finish from Wales in Cardiff 🏴", "sport", d=("2026-02-09", "2026-03-27"))
H(PD, "Reminder: planning members must come to committee with an open mind. We can have views; we must be willing to be persuaded.",
  "reminder")
H(PD, "A leaflet says I've 'already decided' on the Old Toll House takeaway. I haven't. I'll decide at committee on the evidence, as I'm required to.",
  "rebuts a claim of predetermination", allow=[PD])
H(PD, "The Greyhaven revised drawings are in: lower roofs, bigger gap to the brook. Have a look and tell officers what you think.",
  "neutral")
H(PD, "I'll never support closing the Dunmarsh pool. Never.", "settled view on policy, not quasi-judicial", a="opp")
H(PD, "Spin Palace: people keep asking my view. I'm on licensing, so I can't give one. Representations go to the licensing team by 20 Feb.",
  "declines to give a view", d=("2026-01-05", "2026-02-19"))
H(PD, "Made my mind up on the bus lane: it's a disaster and cabinet should scrap it.",
  "settled view on an executive decision", a="opp")
H(PD, "The Oakfold Poultry application goes to committee on 28 April. Officers recommend approval with conditions; papers online a week before.",
  "factual")

# =================================================================== interests.declared-interest
DI = "interests.declared-interest"
P(DI, "Delighted cabinet is looking at community groups for the council's rooftop solar tender. Dunmarsh Community Energy is ready to go. Let's get it done ☀️",
  "holder promotes her body for a council tender", a="@HannahThrelfall", interest="Dunmarsh Community Energy")
P(DI, "Asked at scrutiny why the council's roof-lease terms for energy co-ops are so tight. Schemes like ours can't make the numbers work on ten-year leases.",
  "holder presses council terms affecting her body ('ours')", a="@HannahThrelfall", interest="Dunmarsh Community Energy")
P(DI, "The plan to charge clubs for launching at Ynysmere Lake is daft. Our paddlers already pick litter every week. I'll be arguing against it at cabinet.",
  "holder argues against a council charge on her club", a="@FenMorrisseyGB", interest="Ynysmere Canoe Club")
P(DI, "Ynysmere Canoe Club has put in for the council's small sports grant. £4,000 buys new buoyancy aids. Please back our bid, colleagues! 🛶",
  "holder lobbies for a council grant to her club", a="@FenMorrisseyGB", interest="Ynysmere Canoe Club")
P(DI, "The review of the livestock market lease is long overdue. The Mart has served this county for 150 years and deserves a long-term deal from the council.",
  "shareholder presses a council lease decision", a="@AlunBarraMF", interest="Hollinsford Mart Ltd")
P(DI, "Pleased to see the market rent freeze in the draft budget. Hollinsford Mart needs the breathing space.",
  "shareholder welcomes a budget item benefiting the company", a="@AlunBarraMF", interest="Hollinsford Mart Ltd")
P(DI, "Gritting contract's up for renewal. Local hauliers know these roads better than some outfit from Birmingham. Keep it local, I say.",
  "haulage owner lobbies on a contract his trade would bid for", a="@StuKettley", interest="Kettley Haulage")
P(DI, "Why is the weight restriction on the B4368 being extended? It'll cost local firms like mine a fortune in diversions. I'll be objecting loudly.",
  "haulage owner objects to a council order affecting his firm", a="@StuKettley", interest="Kettley Haulage")
P(DI, "Council staff should be offered payroll saving through Marches Credit Union. I've asked the cabinet member to make it happen.",
  "board member lobbies for council arrangement with the union", a="@OluFasanmiPA", interest="Marches Credit Union")
P(DI, "Our credit union would be the natural partner for the new hardship loan scheme. I'll be pressing for it at scrutiny.",
  "board member promotes the union for a council scheme", a="@OluFasanmiPA", interest="Marches Credit Union")
P(DI, "The asset transfer for the hub should go through this spring. The building's been empty far too long, and we're ready.",
  "trustee presses an asset transfer to her charity ('we're ready')", a="@ShonaMcAvoyPA", interest="Tanhouse Green Community Hub")
P(DI, "Gutted the community grants pot is being cut by 20%. Hubs like ours in Tanhouse will struggle. I'll be voting against.",
  "trustee votes on grants affecting her charity", a="@ShonaMcAvoyPA", interest="Tanhouse Green Community Hub")
P(DI, "School transport review: Brockhurst Vale pupils cannot lose the 07:40 bus. Cabinet must protect it.",
  "trustee of the academy trust lobbies on its transport", a="@MarjHapgood", interest="Brockhurst Vale Academy Trust")
P(DI, "Brockhurst Vale Academy's bid for the council's playing field lease is a strong one and I hope cabinet backs it.",
  "trustee backs the trust's bid for a council lease", a="@MarjHapgood", interest="Brockhurst Vale Academy Trust")
P(DI, "The draft Local Plan should take land off Pentre Lane for housing. Flat, drains well, right next to the village. Obvious choice.",
  "landowner promotes his own land for allocation", a="@IdrisPenhaleInd", interest="Pentre Lane paddocks")
P(DI, "Disappointed the Local Plan team left the Pentre Lane paddocks out of the site allocations. I'll be raising it at the next meeting.",
  "landowner lobbies for his land", a="@IdrisPenhaleInd", interest="Pentre Lane paddocks")
P(DI, "The council's farm lettings policy needs proper land agents, not desk officers. Firms like mine handle tenancies every single day.",
  "director promotes his trade for council work", a="@CllrDilwynCoates", interest="Coates & Daughter Land Agents")
P(DI, "Coates & Daughter has been shortlisted for the council's estates valuation framework. Proud of the team 👏",
  "director publicises his firm's council bid", a="@CllrDilwynCoates", interest="Coates & Daughter Land Agents")
P(DI, "The draft climate plan is good, but it needs cheap loans for community-owned energy. What we've built in Dunmarsh is the blueprint.",
  "director presses council lending her body would use", a="@HannahThrelfall", interest="Dunmarsh Community Energy")
P(DI, "Council wants to bring waste haulage in-house? Good luck. Private hauliers round here do it cheaper and better.",
  "haulage owner argues against in-sourcing that affects his trade", a="@StuKettley", interest="Kettley Haulage")

H(DI, "Great that cabinet is looking at community groups for rooftop solar. Dunmarsh Community Energy shows what's possible ☀️",
  "same matter from a non-holder", a="@TomWilkGreen")
H(DI, "Dunmarsh Community Energy AGM at the Weir Street hall. Members, bring your questions!",
  "holder, no council matter", a="@HannahThrelfall", allow=[DI])
H(DI, "Declared my interest as a director of Dunmarsh Community Energy and left the room for the rooftop solar item.",
  "holder declares and withdraws", a="@HannahThrelfall", allow=[DI])
H(DI, "Ynysmere Canoe Club's winter paddle: freezing and magnificent 🛶🥶",
  "holder, no council matter", a="@FenMorrisseyGB", allow=[DI])
H(DI, "Ynysmere Canoe Club deserve that sports grant. They pick litter on the lake every week.",
  "non-holder", a="@BethLangridgeGB")
H(DI, "As a shareholder in Hollinsford Mart I won't take part in the market lease discussion. Declared, and handed to the deputy.",
  "holder declares", a="@AlunBarraMF", allow=[DI])
H(DI, "Hollinsford Mart's Christmas fatstock show raised £6k for the air ambulance. Brilliant.",
  "non-holder", a="@LornaGittinsCI", d=("2026-01-05", "2026-01-16"))
H(DI, "Asked the Monitoring Officer for advice before the gritting contract item, given my haulage business. I'll follow it to the letter.",
  "holder seeks advice", a="@StuKettley", allow=[DI])
H(DI, "The B4368 weight limit is good news for Cowlbury. No more 44-tonners past the primary school.",
  "non-holder on the same matter", a="@LornaGittinsCI")
H(DI, "Marches Credit Union now has 4,000 members! Proud to volunteer on its board 💚",
  "holder, no council matter", a="@OluFasanmiPA", allow=[DI])
H(DI, "Credit unions beat payday lenders every time. The council should promote them more.",
  "non-holder", a="@BrynAshworthPA")
H(DI, "Coffee morning at the Tanhouse hub on Friday. Bring a friend ☕",
  "holder, no council matter", a="@ShonaMcAvoyPA", allow=[DI])
H(DI, "The Tanhouse hub asset transfer is on next month's cabinet agenda. Good luck to them.",
  "non-holder", a="@RaviChandaranaMF")
H(DI, "Declared my trusteeship of Brockhurst Vale Academy Trust at cabinet and didn't vote on the playing field lease.",
  "holder declares", a="@MarjHapgood", allow=[DI])
H(DI, "Brockhurst Vale pupils need that 07:40 bus. I've signed the parents' petition.",
  "non-holder", a="@MayorGrahamOttley")
H(DI, "Walked the dogs up Pentre Lane at first light. Frost on the hedges and a red kite overhead.",
  "holder, no council matter", a="@IdrisPenhaleInd", allow=[DI])
H(DI, "Local Plan sites: Penwythen is being asked to take a lot. Drop-in at the village hall on 4 Feb, come along.",
  "non-holder", a="@CllrDilwynCoates", d=("2026-01-05", "2026-02-03"))
H(DI, "Coates & Daughter are sponsoring the under-10s kit this season ⚽ Good luck lads and lasses!",
  "holder, no council matter", a="@CllrDilwynCoates", allow=[DI])
H(DI, "The farm lettings policy review is out for consultation. Tenant farmers, have your say.",
  "non-holder", a="@IdrisPenhaleInd")
H(DI, "Owning a haulage firm means I step out of any council debate on haulage contracts. That's the rule, and it's right.",
  "holder states he withdraws", a="@StuKettley", allow=[DI])

# =================================================================== data-protection.personal-data
DP = "data-protection.personal-data"
P(DP, "Congratulations to Eileen and Bert Pugh of 14 Castle Mews on 60 years married! 💍",
  "private individuals named with their address", v="review")
P(DP, "Mrs Jenkins at 22 Brook Terrace, KB4 7TR, has waited nine weeks for a grab rail since her stroke. Shocking.",
  "name, address, postcode and health", v="block")
P(DP, "The tenant at 3 Weir Cottages, the one just out of prison, is causing havoc. Housing, sort it.",
  "address and criminal record", v="block", allow=["defamation.allegation"])
P(DP, "Resident Dean Morley (NI QQ 12 34 56 C) has asked me to chase his benefits. Over to you, DWP.",
  "name and National Insurance number", v="block")
P(DP, "Met young Kayleigh at the Tanhouse youth club. Only 14 and already caring for her mum, who has MS. Let's get her some support.",
  "identifiable child and a parent's health", v="block")
P(DP, "Case ref HSG/2025/08812: Mr Ahmed's family have been in one room for 11 weeks. Posting the reference so housing can't pretend they've lost it.",
  "case reference and name of a service user", v="block")
P(DP, "White Transit, reg KB19 XTR, dumping rubbish on Chapel Road every Thursday. Name and shame!",
  "vehicle registration", v="block", allow=["defamation.allegation"])
P(DP, "Bridge Row folk: the bloke at number 9 is on the register for offences against kids, so keep yours close.",
  "address and criminal record", v="block", allow=["defamation.allegation", "bullying.intimidation"])
P(DP, "Please send get-well wishes to Gladys Morgan, 94, of Orchard Close, Dunmarsh, who's in the Community Hospital with pneumonia 💐",
  "name, age, address and health", v="block")
P(DP, "Our lollipop lady Pat Evans has been signed off with depression. Please be kind when you see her.",
  "staff member and mental health", v="block")
P(DP, "Darren Roper, born 03/05/1987, of Tanhouse Road owes the council £4k in rent. You know who you are.",
  "name, date of birth, address and account information", v="block", allow=["bullying.intimidation"])
P(DP, "Thanks to Mr and Mrs Bellamy at 7 Slade Lane for letting us use their drive as litter-pick HQ 🙏",
  "names with address", v="review")
P(DP, "Can anyone help Sonia? sonia.price84@example.com. Single mum in Ynysmere, just lost her job and really struggling with her anxiety.",
  "email and mental health", v="block")
P(DP, "The family at 41 Mill Lane are Syrian and Muslim and they've been targeted twice now. Police need to step up.",
  "address with ethnicity and religion", v="block")
P(DP, "Rang Mr Davies back on 07700 900417 about his fence. Line was dead, so if anyone sees him tell him I tried!",
  "private individual's phone number (also a private number under security.credentials)", v="block",
  also=["security.credentials"])
P(DP, "Chased adult social care about my constituent's care package again. Her NHS number is 485 777 3456 if anyone there is reading. Please pick it up.",
  "NHS number of a service user", v="block")
P(DP, "Shout-out to Tom Griffiths of Pen-y-Bryn Farm, Ynysmere, LD7 3XX, who cleared the fallen tree before the council got there 🌳",
  "name, address and postcode", v="review")
P(DP, "A Year 9 at Brockhurst Vale, the lad with the red BMX, got excluded last week for dealing. Parents, talk to your kids.",
  "identifiable child and alleged offence", v="block", allow=["defamation.allegation"])
P(DP, "Craig on the Ynysmere bin round has had his hours cut since his cancer diagnosis. Not on.",
  "staff member and health", v="block")
P(DP, "Mrs Okonkwo, flat 3 on Quay Street, told me she's HIV positive and scared of losing her housing support. Please help me get her seen.",
  "name, address and special category health", v="block")

H(DP, "Congratulations to all the couples celebrating diamond weddings this year. The Mayor's reception is on 20 March 💍",
  "no individual", d=("2026-01-05", "2026-03-19"))
H(DP, "Contact me on cllr.threlfall@kellowdunmarsh.gov.uk or 01632 960418. Surgery at Dunmarsh Library, 14 Weir Street, first Saturday of the month.",
  "councillor's own published contact details", a="@HannahThrelfall")
H(DP, "Got a case reference from housing? DM it to me privately, not in the comments, and I'll chase it.",
  "asks for private channel")
H(DP, "Fly-tipping? Report it with the location and a photo. Please don't post number plates online; let enforcement do their job.",
  "advice")
H(DP, "Thanks to Elin Beddoes MP for joining our river walk today.", "public office holder")
H(DP, "Please don't put people's addresses in the comments, even with good intentions. I've removed a few. Message me instead.",
  "advice")
H(DP, "Get-well wishes to everyone on the wards at the Community Hospital this winter. The staff are amazing 💐",
  "no individual")
H(DP, "Ynysmere surgery has a new appointments line: 01632 960233. Much better than the old queue.",
  "public business number", allow=[DP])
H(DP, "Mental health drop-in at the Tanhouse hub every Wednesday. No referral needed.", "service information")
H(DP, "Chief Inspector Mark Rudge confirmed extra patrols on Bridge Row after residents raised concerns.",
  "public office holder")
H(DP, "Young Carers Week is coming. If you're under 18 and looking after someone, the council's young carers team is here for you.",
  "service information")
H(DP, "Refugee families have been made really welcome in Ynysmere. Proud of this community.", "no individual")
H(DP, "Met a wonderful 94-year-old at the Dunmarsh lunch club who told me about the 1947 floods. Living history!",
  "not identifiable", allow=[DP])
H(DP, "Report crime on 101. Never give your bank details to anyone who cold-calls.", "advice")
H(DP, "Feeling rough out of hours? Ring 111 rather than struggling on.", "advice")
H(DP, "Last year's data breach affected 300 residents. I've asked what's changed since. Answers in writing, please.",
  "about data protection, no data")
H(DP, "Mrs Evans from my primary school would be proud: I can finally spell 'accommodation' first time 😂",
  "harmless memory", allow=[DP])
H(DP, "My own street, Orchard Rise, hasn't had a gully clean in two years. Practising what I preach: reported it!",
  "own street")
H(DP, "Cllr Bryn Ashworth's details are on the council website; he's covering my casework while I'm away.",
  "fellow councillor")
H(DP, "Brockhurst Vale Academy won the county debating final! So proud of the whole team 🏆", "no individual")

# =================================================================== security.credentials
S = "security.credentials"
P(S, "For anyone joining the Ynysmere flood meeting online: Zoom ID 831 2204 9917, passcode floods26",
  "meeting passcode", v="block")
P(S, "New laptop finally set up! Sticky note on the lid says KDC_member!2026 so I don't forget 😂 #techsavvy",
  "password", v="block")
P(S, "Anyone know why the members' portal keeps rejecting me? Tried Dunmarsh1 and Dunmarsh1! about ten times now.",
  "passwords tried", v="block")
P(S, "The Tanhouse hub key safe is 4471 if any volunteers need to get in early on Saturday.",
  "key safe code", v="block")
P(S, "Got a text saying my council account was locked, link was kdc-login-verify.co/reset. Put my details in and it seems fine now?",
  "malicious-looking link", v="block")
P(S, "Ring my Alliance colleague on his own mobile, 07700 900882. He's not on the council website yet.",
  "another person's private phone number", v="block", a="pa", allow=[DP])
P(S, "Guildhall wifi: network KDC-Guest, key Castle#Gate88. Saves you asking at reception.",
  "network key", v="block")
P(S, "Six-digit code from the bank popped up just as I was typing this: 402918. Why do they always arrive at the worst moment?",
  "one-time code", v="block")
P(S, "Council tax rebates sorted in five minutes: bit.ly/kdc-rebate-2026 — pop your bank details in and done!",
  "phishing-style link", v="block")
P(S, "Members' room door code is now 1966# (yes, that year ⚽). Please don't prop it open.",
  "door code", v="block")
P(S, "Shared inbox login for new canvassers: alliance.kellowbridge / Northgate44. Don't change anything!",
  "login and password", v="block", a="pa")
P(S, "Note to self because I keep forgetting: Castle House barrier 2580.",
  "barrier PIN", v="block")
P(S, "Direct debit failed? Sign back in at kellowdunmarsh-gov.uk.payments-secure.info, quickest way to fix it.",
  "lookalike domain", v="block")
P(S, "Mum's number for the lunch club volunteers is 07700 900156. Ring her, not me!",
  "private person's phone number", v="block", also=[DP])
P(S, "API key for the flood sensor dashboard, it's read-only so relax: kdc_live_7f3a91c2e8b04d1a",
  "API key", v="block")
P(S, "Free Borderlands Festival tickets for residents! Grab them here before they go: tinyurl.com/borderlands-fr33-tix 🎟️",
  "suspicious shortened link", v="block")
P(S, "Teams call for the Penwythen broadband group: link below, and the dial-in PIN is 662 901 477#",
  "PIN", v="block")
P(S, "Someone from 'IT' rang and asked me to read back the code they'd just texted. Did it, then twigged. Posting so you don't: it was 775311.",
  "one-time code posted (and compromised)", v="block")
P(S, "Allotment gate at Ynysmere: the combination is the year the castle fell, backwards 😉 Local historians will get it.",
  "access code in riddle form", v="block")
P(S, "Members' allowance portal login is still staff number and date of birth. Mine's 004512 / 120465 and no, I'm not worried 😂",
  "credentials", v="block")

H(S, "Never share a council Zoom passcode publicly. Officers email it to registered attendees.", "advice")
H(S, "Changed every password after today's training. Long passphrases now, nothing guessable. Be like me 😇",
  "no credential", allow=[S])
H(S, "Scam alert: texts pretending to be the council asking for bank details. We will never ask for your PIN. Don't click, just delete.",
  "scam warning without link", allow=[S])
H(S, "Tanhouse hub volunteers: the key safe code has changed. Ask at the desk for the new one, I'm not posting it here!",
  "withholds code")
H(S, "Guildhall wifi is free for visitors. Ask at reception for the code.", "withholds code")
H(S, "Members' portal down again. IT say it'll be back by lunch. Patience, colleagues ☕", "no credential")
H(S, "My casework line is 01632 960418 (council number, not personal). Weekdays 9 to 5.",
  "own published number", a="@HannahThrelfall")
H(S, "Flood meeting: register on the council website and you'll be sent the joining link.", "no credential")
H(S, "PIN badges! Dunmarsh Scouts are selling enamel pins for the hut roof fund. £3 each 📌", "pin badges")
H(S, "New two-factor login for members is a faff, but worth it.", "no credential")
H(S, "API = Always Pester IT? 😂 Day three with the new casework system.", "joke")
H(S, "Car park barrier at Castle House broken again. Just drive in, it's open.", "no credential")
H(S, "Combination of rain, wind and a high tide has Ynysmere on flood watch. Sandbags at the depot.", "weather")
H(S, "Need two more key holders for the Slade Cross hall. DM me your name (not your address!).", "no credential")
H(S, "Text saying your council tax is overdue, with a link? It's a scam. The real site is kellowdunmarsh.gov.uk, type it in yourself.",
  "scam warning, official domain", allow=[S])
H(S, "Code of conduct refresher done ✅ Sections 4 and 7 worth rereading, colleagues.", "code of conduct")
H(S, "Access code for the new Ynysmere Lake car park is... there isn't one! Free after 6pm 🎉", "no code")
H(S, "Reset my password for the fourth time this month. It wants 14 characters, a symbol, a hieroglyph and a blood sample 😂",
  "no credential", allow=["tone.irony-risk"])
H(S, "If a caller says they're from the council and asks for a one-time code, hang up. We never ask for codes.",
  "advice", allow=[S])
H(S, "The recycling centre's moving from gate codes to number-plate recognition. Register your car online.", "service change")

# =================================================================== confidentiality.disclosure
CD = "confidentiality.disclosure"
P(CD, "Project Heron update for riverside folk: talks with the preferred developer are going well and heads of terms should be agreed by Easter 🤞",
  "register term, negotiations", v="block")
P(CD, "Quick one: the Tanhouse Mill acquisition has hit a snag on price. Doesn't mean it's dead.",
  "register term, exempt acquisition", v="block")
P(CD, "The Bramwell claim is going to cost us, and our own lawyers reckon we'll lose. Time somebody was honest about that.",
  "register term, legal privilege", v="block")
P(CD, "Northgate traders: Operation Greyfriar will be knocking on some doors soon. Not yours, I'm sure 😉",
  "register term, enforcement", v="block", allow=[I])
P(CD, "The Slade Cross depot sale is the worst-kept secret in the Guildhall. Two bidders left. One's local.",
  "register term, exempt disposal", v="block")
P(CD, "Tenant farmers: the Penwythen Farms estate review is what you should be asking about, not the rent rise.",
  "register term", v="block", allow=[I])
P(CD, "project heron, lol, the name alone tells you it's about the river. Not saying more.",
  "register term in lower case", v="block")
P(CD, "Everyone asking about the old mill: yes, it's the TANHOUSE MILL ACQUISITION and yes, we're paying over the odds.",
  "register term in capitals", v="block")
P(CD, "Long chat with the family's solicitor today. The Bramwell claim could be settled by summer if the council sees sense.",
  "register term, legal claim", v="block")
P(CD, "Officers reckon Operation Greyfriar has already identified 14 cowboy builders. Good. Can't come soon enough.",
  "register term, enforcement detail", v="block")
P(CD, "What was said once the public gallery emptied today about the leisure contract would curl your hair. The operator wants £1.2m to walk away early.",
  "discloses a closed item's content", v="review")
P(CD, "Members got the private cabinet papers today. The library numbers are worse than the public report lets on: three branches, not one.",
  "discloses exempt papers", v="review")
P(CD, "Press and public were asked to leave for item 9, so here's what you missed: the pool contractor wants out, and it's about money.",
  "discloses an exempt item", v="review")
P(CD, "Just between us, Northgate: the bus operator has told the council it's pulling the 42 in June. Don't quote me.",
  "shares a confidential communication", v="review", allow=[I])
P(CD, "I've been told I shouldn't share this yet, but the new chief exec's salary is £160k. You're paying for it, so you should know.",
  "shares information knowingly withheld", v="review")
P(CD, "Saw the unredacted version of that report. The blacked-out bits are the interesting bits: the land went for £2.4m.",
  "discloses redacted content", v="review")
P(CD, "A grievance against the housing department came to the staffing panel today. No names, but it's serious and heading for tribunal.",
  "labour relations item", v="review", allow=[DP])
P(CD, "The legal advice on the bypass route, which we were told to keep to ourselves, says the consultation was flawed. Residents deserve to know.",
  "discloses privileged advice", v="review")
P(CD, "Pink papers day. Won't say what's on them, but Ynysmere care home isn't safe, put it that way.",
  "hints at exempt papers' content", v="review")
P(CD, "Not for the Gazette yet, but the council's agreed in principle to buy back the Guildhall annexe from the pension fund. Watch this space.",
  "discloses an unannounced property decision", v="review", allow=[I])

H(CD, "Two herons on the riverside this morning, bold as brass 🐦", "heron, not the project")
H(CD, "The old Tanhouse Mill is a beautiful building. I'd love to see it reused. Anyone know its history?",
  "mill, no acquisition")
H(CD, "Bramwell Park play area reopens Monday after resurfacing 🛝", "Bramwell, not the claim")
H(CD, "Greyfriars Church coffee morning raised £340 for the defibrillator. Thank you all!", "Greyfriars, not the operation")
H(CD, "Depot options are on the public part of the cabinet agenda. Public item, public papers, link below.",
  "public item", allow=[CD])
H(CD, "Penwythen farms open day: lambing at Cae Glas, all welcome 🐑", "farms, not the review")
H(CD, "Part 2 of my Northgate walkabout video is up. This time, the back lanes 🎥", "Part 2 of a video")
H(CD, "Some of cabinet's business is in closed session, as the law allows for commercial matters. I'll report the public parts tomorrow.",
  "explains closed session without content", allow=[CD])
H(CD, "Embargoed until 10am? Nope. Our group's budget amendment is published in full right now ⬇️",
  "nothing embargoed")
H(CD, "'Between you and me': the three worst words in local government. If it matters to residents, it should be public.",
  "comment on secrecy")
H(CD, "Leaking pipe on Castle Street. Welsh Water are on it 💧", "leak of water")
H(CD, "Confidential advice is confidential. That's why I won't discuss the legal claim on the leisure centre, however much I'd like to.",
  "declines to disclose", allow=[CD])
H(CD, "Off the record? Nothing I say is off the record. Ask me anything about the bypass at Thursday's public meeting.",
  "rejects secrecy")
H(CD, "The exempt report on the Guildhall annexe was discussed and I voted against the recommendation. That's all I can say.",
  "no content disclosed", allow=[CD])
H(CD, "Operation Brighter Mornings done: every streetlight in Dunmarsh is now LED 💡", "public operation")
H(CD, "'Not for publication'? Everything in the public reports pack IS for publication. Please read it!", "public papers")
H(CD, "Project Harvest, Ynysmere school's veg garden, has won a regional award 🥕", "public project")
H(CD, "In confidence, residents can report modern slavery concerns to the safeguarding line. You'll be protected.",
  "service information")
H(CD, "Briefed on the Tanhouse redevelopment. It's commercially confidential for now, and I've asked for public consultation as early as possible.",
  "acknowledges confidentiality without content", allow=[CD])
H(CD, "Pink papers on the desk, black coffee in hand, grey sky outside. Thursday 🙃",
  "mentions exempt papers, no content", allow=[CD])

# =================================================================== tone.irony-risk
T = "tone.irony-risk"
P(T, "Well done to the Leader for discovering Dunmarsh exists. Only took three years and a flood 👏",
  "mock praise of the Leader", a="opp")
P(T, "Congratulations to the cabinet on another bold, visionary budget that somehow cuts exactly the same things as last year. Genius.",
  "mock praise of the cabinet", a="opp")
P(T, "Our MP has been SO busy for the border villages this year. I'm sure the list of achievements is in the post. /s",
  "sarcasm about the MP")
P(T, "Cllr Kettley says the B4368 is 'perfectly safe'. Course it is, and I'm the Archbishop of Wales.",
  "sarcasm about a councillor", a="opp", allow=["respect.personal-attack"])
P(T, "Loving Marches First's commitment to openness. Can't wait to read all about it in the minutes of the meeting they cancelled 🙃",
  "mock praise of a party", a="opp")
P(T, "Nice of the Alliance to finally notice the Northgate potholes. Must be an election coming or something 🤔",
  "sarcasm about a group", a="notpa")
P(T, "Truly inspiring to watch the Greens vote against the cycle lane they campaigned for. Consistency is overrated anyway.",
  "mock praise of a group", a="notgb")
P(T, "Thank you, Cllr Coates, for your fourteen-minute speech on the importance of keeping meetings short. Riveting.",
  "mock thanks to a councillor")
P(T, "The Independents have a plan for Cowlbury! Apparently. Somewhere. Possibly on the back of a beer mat 🍺",
  "sarcasm about a group", a="notci")
P(T, "Shout-out to our cabinet member for highways for the magnificent new crater on Slade Lane. A real landmark. Tourists will flock.",
  "mock praise of the cabinet member", a="opp")
P(T, "Gwen's 'listening tour' reached Tanhouse today. Lots of talking, not much listening. Still, it's the thought that counts 😇",
  "sarcasm about the Leader", a="opp")
P(T, "Amazing how our Leader always finds the cameras before she finds the answers. Real talent, that.",
  "mock praise", a="opp", allow=["respect.personal-attack"])
P(T, "Great to see the Alliance group leader finally reading the budget papers. Only two weeks after voting them down. Progress!",
  "mock praise of a group leader", a="notpa")
P(T, "Cllr Wilk wants a 20mph limit on the A-road. Next week: banning rain. Visionary /s",
  "sarcasm about a councillor", a="notgb")
P(T, "Oh good, another press release from the cabinet member telling us how well it's all going. I'll read it aloud to the people waiting three hours for the 42.",
  "sarcasm about a cabinet member", a="opp")
P(T, "Such a comfort that our MP found time for a photo at the food bank. I'm sure the people queuing were thrilled.",
  "mock gratitude to the MP")
P(T, "Huge respect to whichever genius in the administration decided closing the toilets counts as a 'service improvement'. Words fail me. Nearly.",
  "mock praise of people in the administration", a="opp", allow=[O])
P(T, "Apparently the Mayor's chain needed 'urgent restoration'. Thank goodness. For a moment I worried we'd prioritise Bridge Row's flood defences 🙄",
  "sarcasm about the Mayor", a="opp")
P(T, "Breaking: Marches First councillor reads a report before voting on it. More at ten.",
  "sarcasm about a party's councillors", a="opp")
P(T, "The Alliance have the answer to everything, so long as nobody asks how to pay for it. Lovely stuff, really.",
  "mock praise of a group", a="notpa")

H(T, "Well done to the Leader for coming to Dunmarsh today and listening to flooded residents. Credit where it's due 👏",
  "sincere praise", a="opp")
H(T, "Oh brilliant, it's raining again. Ynysmere's basically a lake at this point 🌧️ Sandbags at the depot.",
  "irony about weather", allow=[T])
H(T, "Congratulations to the cabinet on a budget that protects the bus subsidy. I didn't vote for all of it, but that part's right.",
  "sincere praise", a="opp")
H(T, "Printer in the members' room has jammed. Again. Truly a masterpiece of engineering 🙄",
  "irony about a printer", allow=[T])
H(T, "Genius idea from a Year 6 at Brockhurst Vale: solar panels on every bus shelter. Sending it to highways!",
  "sincere 'genius'")
H(T, "Yeah right, like I'd miss the Dunmarsh pancake race. See you on the start line 🥞",
  "'yeah right' about oneself", d=("2026-02-16", "2026-02-17"), allow=[T])
H(T, "Nice to see the Northgate potholes filled at last. Thanks to the highways crews.", "sincere thanks")
H(T, "I'm SO good with technology that I've just sent a Teams message to myself. Three times 😂",
  "self-deprecating irony", allow=[T])
H(T, "The A49 at rush hour: a relaxing spa experience. Highly recommend /s", "irony about a road", allow=[T])
H(T, "Real talent on show at the Tanhouse Green youth talent show dress rehearsal today 🎤", "sincere")
H(T, "Consistency matters: I said I'd vote against closing the depot, and I did.", "sincere", a="opp")
H(T, "Thank you, Cllr Coates, for chairing a tricky planning committee so clearly and briskly. Much appreciated.",
  "sincere thanks")
H(T, "Our new parking app: fourteen steps to pay for twenty minutes. Innovative! I've sent feedback.",
  "irony about an app", allow=[T])
H(T, "Breaking news: the sun came out in Kellowbridge. Residents confused ☀️", "irony about weather", allow=[T])
H(T, "I disagree with the Greens on the cycle lane, but they made their case well. Good debate.", "sincere", a="notgb")
H(T, "Love a three-hour meeting. Said no one ever. Anyway, the crossing got approved!",
  "irony about meeting length", allow=[T])
H(T, "The cabinet member for highways has agreed to meet Slade Lane residents next week. Thanks for listening.",
  "sincere", a="nonexec")
H(T, "The MP's visit to the food bank was welcome. Now we need the policy change to go with it.", "sincere, firm")
H(T, "Oh joy, another consultation about consultations. Please respond anyway, it genuinely matters!",
  "irony about a process", allow=[T])
H(T, "Mayor Ottley's charity ball raised £12k for the air ambulance. Brilliant work, Graham and team 👏", "sincere")

# =================================================================== fillers
F("Bins in Ynysmere are running a day late this week because of the ice. Leave them out, crews will get to you.",
  d=("2026-01-05", "2026-01-30"))
F("Lovely to open the sensory garden at Brockhurst Vale library this morning. Volunteers did all the planting 🌱")
F("Gully cleaning on Weir Street booked for 12 Feb after the flooding reports. Cars off the road that morning please.",
  d=("2026-01-05", "2026-02-11"))
F("Surgery at Cowlbury village hall Saturday, 10 till 12. Pop in, no appointment.")
F("The 42 bus timetable changes from 2 Feb. I asked for the 07:15 to be kept and it has been 👍", d=("2026-01-05", "2026-01-30"))
F("Dunmarsh litter pick Sunday 10am, meet at the war memorial. Gloves and bags provided 🧤")
F("Streetlight out on Chapel Road reported. Fix due within ten working days.")
F("Huge thanks to Penwythen Young Farmers for clearing the ditch by the school. Community spirit at its best.")
F("Flood warden training in Ynysmere on 3 March. If you live near the river and can spare two hours, please sign up.",
  d=("2026-01-05", "2026-03-02"))
F("Warm spaces: Tanhouse hub, Northgate library and Dunmarsh church hall are open weekdays. Free tea and a natter ☕")
F("Council tax bills go out in March. If you're struggling, ask about the support scheme early, don't wait for arrears.")
F("The pothole on the Slade Cross roundabout has finally been filled.")
F("St David's Day at Penwythen primary: a sea of daffodils and tiny dragons 💛", d=("2026-03-02", "2026-03-02"))
F("Happy to support the Castle Trust's lottery bid for the gatehouse repairs. Letter sent.")
F("Winter gritting routes are on the council website. Main bus routes first, then school routes.", d=("2026-01-05", "2026-02-27"))
F("Local Plan drop-in at Hollinsford library on 4 Feb, 2 till 7. Maps, officers and biscuits.", d=("2026-01-05", "2026-02-03"))
F("Reported the abandoned car on Mill Lane. Enforcement will tag it this week.")
F("Holocaust Memorial Day. A wreath laid at Castle Gardens. We remember.", d=("2026-01-27", "2026-01-27"))
F("Northgate library's reading challenge for kids restarts at February half term. Sign up at the desk.", d=("2026-01-05", "2026-02-13"))
F("Dog fouling on the Brockhurst playing fields is getting worse. Extra bins ordered and wardens will patrol.")
F("Well done to Kellowbridge RFC under-12s on reaching the county final 🏉")
F("Fallen tree on the B4368 cleared. Road open both ways again.")
F("Recycling tip: clean foil goes in the blue bin, crisp packets don't ♻️")
F("Quay Street closed 16 to 20 Feb for Welsh Water works. Diversion via Castle Street.", d=("2026-01-05", "2026-02-13"))
F("Bulb planting with Tanhouse Primary today. 2,000 crocuses in the verges, come back in March 🌸", d=("2026-01-05", "2026-02-13"))
F("Sandbags available at Ynysmere depot, 8 till 4. Please only take what you need.")
F("Thanks to everyone at the Cowlbury speed watch. 41 cars over 30 in an hour. Data's gone to the police.")
F("Dunmarsh market's back on Thursdays from March. Local veg, cheese and the best Welsh cakes going.", d=("2026-01-05", "2026-02-27"))
F("Great to meet the new head at Ynysmere primary. Lots of ideas for the forest school area.")
F("Footpath 14 at Penwythen has reopened after the bridge repair. Muddy but passable 🥾")
F("Blue badge renewals can be done online now. If the form's a pain, bring it to my surgery and we'll do it together.")
F("Kellowbridge in Bloom meets next Wednesday. New volunteers always welcome 🌷")
F("Tanhouse Road potholes: 14 reported, 11 fixed, 3 booked in. Keep reporting them.")
F("Pancake race outside Northgate library was chaos in the best way 🥞", d=("2026-02-17", "2026-02-17"))
F("Bus shelter on Hollinsford Road smashed again. New glass ordered and a CCTV request is in.")
F("Lunar New Year at the Kellowbridge Chinese Community Centre. Gorgeous lanterns and dumplings for days 🧧", d=("2026-02-17", "2026-02-20"))
F("Free school meals auto-enrolment is working: 230 more children across the county now get them.")
F("Ynysmere Lake path resurfacing starts next week. Cyclists, use the road route for a fortnight.")
F("Garden waste subscriptions renew on 1 March. Same price as last year.", d=("2026-01-05", "2026-02-27"))
F("Snow on the Penwythen hill road this morning. Gritters out since 5am. Take it steady ❄️", d=("2026-01-05", "2026-01-30"))
F("Chatted to Slade Cross WI about the new timetable. They had better ideas than the consultants did.")
F("Air quality monitor now up outside Northgate primary. Results published monthly.")
F("Bees flying on a mild February day. Gave them fondant and left them be 🐝", "personal hobby account",
  a="@dilwyn_bees", d=("2026-02-02", "2026-02-27"))
F("First proper hive inspection of the year. Queen spotted, brood looking good. Spring's coming 🐝", "personal hobby account",
  a="@dilwyn_bees", d=("2026-03-09", "2026-03-27"))
F("Bara brith, batch three. Extra tea in the soak this time ☕🍞", "personal hobby account", a="@lornas_kitchen")


# =================================================================== the deterministic script
def pool(tag, text):
    low = text.lower()

    def named(name):
        parts = re.split(r"[\s-]+", name.lower())
        return any(re.search(r"\b" + re.escape(p) + r"\b", low) for p in parts if len(p) > 2)

    cands = []
    for h, name, party, role in ROSTER:
        if named(name):
            continue
        if tag == "any":
            ok = True
        elif tag == "opp":
            ok = party != "mf"
        elif tag == "nonexec":
            ok = role == "member"
        elif tag.startswith("not"):
            ok = party != tag[3:]
        else:
            ok = party == tag
        if ok:
            cands.append(h)
    # never the holder of an interest whose body the post touches
    for interest, (holder, words) in HOLDERS.items():
        if any(w in low for w in words) or interest.lower() in low:
            cands = [c for c in cands if c != holder]
    return cands


def weekdays(d0, d1):
    out, d = [], d0
    while d <= d1:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    out = []
    for i, r in enumerate(rows, 1):
        a = r["a"]
        if a.startswith("@"):
            author = a
        else:
            cands = pool(a, r["text"])
            assert cands, r["text"]
            author = rng.choice(cands)
        if r["d"]:
            d0, d1 = (dt.date.fromisoformat(x) for x in r["d"])
        else:
            d0, d1 = start, end
        day = rng.choice(weekdays(d0, d1))
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        platform = rng.choices(["x", "facebook", "bluesky"], weights=[4, 4, 2])[0]
        rules = r["rules"]
        verdict = r["verdict"]
        if verdict is None:
            verdict = max((SEV[x] for x in rules), key=ORDER.index) if rules else "ok"
        row = {
            "id": f"b57-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": rules, "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r.get("near"):
            row["near_miss_of"] = r["near"]
        if r.get("interest"):
            row["interest"] = r["interest"]
        row["note"] = r["note"]
        out.append(row)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
