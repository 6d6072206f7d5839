"""Build posts.jsonl for blind set b85 (Kelldale District Council, County Durham).

The rows below were written by hand. The script shuffles them with a fixed seed, gives ids
b85-NNN, picks plausible authors, platforms and timestamps, and writes posts.jsonl.
Running it again gives the same file.
"""
import json
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 8585
HERE = Path(__file__).resolve().parent

R = {
    "OFF": "officers.impartiality",
    "RES": "resources.political-use",
    "POS": "position.improper-advantage",
    "GIF": "gifts.hospitality",
    "CAP": "capacity.council-voice",
    "INS": "confidentiality.insider-advantage",
    "PRE": "predetermination.closed-mind",
    "INT": "interests.declared-interest",
    "PD": "data-protection.personal-data",
    "SEC": "security.credentials",
    "DIS": "confidentiality.disclosure",
    "IRO": "tone.irony-risk",
    "PA": "respect.personal-attack",
    "DEF": "defamation.allegation",
    "BUL": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "HASTE": "haste.pause-before-posting",
}

# handle -> (name, party, roles)
COUNCILLORS = {
    "@AlanRaineKT": ("Alan Raine", "KT", {"leader", "cabinet"}),
    "@SueHeslopKT": ("Susan Heslop", "KT", {"cabinet"}),
    "@DerekLowtherKT": ("Derek Lowther", "KT", {"cabinet"}),
    "@CllrPaulineForster": ("Pauline Forster", "KT", {"planning-chair"}),
    "@ChairmanBarbaraG": ("Barbara Gowland", "KT", {"chairman"}),
    "@KeithAtkinsonKU": ("Keith Atkinson", "KT", set()),
    "@GemmaPattisonKT": ("Gemma Pattison", "KT", set()),
    "@RayBainbridgeNV": ("Ray Bainbridge", "NV", set()),
    "@LorraineDixonNV": ("Lorraine Dixon", "NV", set()),
    "@ShaunMaddisonNV": ("Shaun Maddison", "NV", set()),
    "@NicolaCoulsonNV": ("Nicola Coulson", "NV", set()),
    "@TessaWearmouthGreen": ("Tessa Wearmouth", "DG", set()),
    "@IanHodgsonGreen": ("Ian Hodgson", "DG", set()),
    "@CllrMaureenTweddle": ("Maureen Tweddle", "CI", set()),
    "@GordonKirkupCI": ("Gordon Kirkup", "CI", set()),
    "@ColinRobsonInd": ("Colin Robson", "IND", set()),
}
PERSONAL = {"@tessa_on_the_tops": "Tessa Wearmouth", "@wor_gordon_pigeons": "Gordon Kirkup"}
PARTY_WORDS = {
    "KT": ["Kelldale Together"],
    "NV": ["Northern Voice"],
    "DG": ["Dales Green"],
    "CI": ["Colliery Independents"],
}
INTEREST_HOLDERS = {
    "Atkinson Quarry Products Ltd": "Keith Atkinson",
    "Scarlington Miners' Welfare": "Ray Bainbridge",
    "Kelldale Upper Graziers' Association": "Derek Lowther",
    "Craghope Credit Union": "Susan Heslop",
    "East Hetherby Community Land Trust": "Maureen Tweddle",
    "Thornburn Moor Riding Centre": "Gemma Pattison",
    "Coalfield Banner Heritage Trust": "Lorraine Dixon",
    "Sedgeburn Lettings Ltd": "Colin Robson",
    "Gallowfield Amateur Boxing Club": "Shaun Maddison",
    "Kelldale Community Energy Co-op": "Tessa Wearmouth",
    "Bankside Traders' Association": "Gordon Kirkup",
    "Cowsike Allotment and Leek Society": "Ian Hodgson",
}
SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review", "interests.declared-interest": "review",
    "security.credentials": "block", "tone.irony-risk": "advice",
}

ROWS = []


def P(fam, text, v=None, **kw):
    rule = R[fam]
    ROWS.append(dict(kw, fam=rule, kind="positive", text=text, verdict=v or SEV[rule]))


def N(fam, text, **kw):
    ROWS.append(dict(kw, fam=R[fam], kind="hard_negative", text=text, verdict="ok"))


OPP = "opp"  # opposition author (mockery or criticism of the administration)

# ---------------------------------------------------------------- officers.impartiality
P("OFF", "Funny how every time Pitwheel Homes want summat, Helen Teasdale's report comes out glowing. Makes you wonder whose side she's on, doesn't it.", allow=["DEF"])
P("OFF", "Martin Scurr needs to rewrite that recommendation on the Kellhead quarry before it comes to committee. Residents have told him. Now it's his turn to listen.", allow=["PRE"])
P("OFF", "Wor Head of Environmental Services couldn't organise a bait box. Neil Brass, the bins in Scarlington have been missed three weeks running. Sort it or gan yem.", allow=["PA"])
P("OFF", "Heard the Licensing Manager's been quietly 'advising' a certain group on the side. Hardly neutral is it, Carol?")
P("OFF", "That officer report on the Sedgeburn lodges reads like the applicant's agent wrote it. Planning officers are meant to be impartial, not cheerleaders.")
P("OFF", "I'm calling on the Chief Executive to tell her planning team to change their advice on the Old Brickworks. Fiona Laidler, the whole of Gallowfield is watching.", allow=["PRE"])
P("OFF", "Anne Lumsden in Democratic Services has 'lost' my motion twice now. Twice. Draw your own conclusions, marras.", w=OPP)
P("OFF", "Steven Peart and his housing team treat Gallowfield tenants like muck. Time he found himself another job.", allow=["PA"])
P("OFF", "The s151 officer's 'independent' budget advice just happens to match the Leader's manifesto word for word. Independent my backside.", w=OPP)
P("OFF", "Officers at Kelldale House are running scared of the administration. Not one of them will put in writing what they told us in the corridor. Sackless, the lot.", w=OPP)
P("OFF", "Graham Oliphant isn't a referee, he's the Leader's twelfth man. Every complaint against Kelldale Together gets hoyed into the long grass.", w=OPP, allow=["DEF"])
P("OFF", "Our planning officer was having his bait with the quarry agent in the Market Place caff on Tuesday. Just saying. #Kelldale", allow=["DEF"])
P("OFF", "Whoever wrote the officer note on the allotment rents wants their head looking at. And Lisa, your comms team spun it like a top an' all.")
P("OFF", "Told the case officer straight: change that report or I'll be raising it at full council with his name on it.", allow=["BUL"])
P("OFF", "Helen Teasdale has had it in for Scarlington since the day she started. Every application from the colliery end gets knocked back on her desk.")
P("OFF", "Is it just me or has the Head of Planning gone canny soft since Kelldale Together got back in? Funny that.", w=OPP)
P("OFF", "The officers will do as they're told on the leisure review. They work for us, not the other way round. Haway.", w="KT")
P("OFF", "Carol Elstob let the Pit Pony run wild for years and now she wants to play the hard woman with a corner shop. Consistency, pet?")
P("OFF", "Message to the environmental health lot: I know exactly which officer signed off that clarty mess at the tip, and so will everyone else by Friday.", allow=["BUL"])
P("OFF", "Neil Brass told scrutiny the gritting was 'fully resourced'. Tell that to the folk stuck on the tops at Kellhead all week. He's either clueless or he's covering for the cabinet.", allow=["PA"])

N("OFF", "Massive thanks to Neil Brass and the gritting crews who were out on the tops at 4am. Kellhead bairns got to school. Champion job.", allow=["OFF"], when=("2026-02-02", "2026-02-27"))
N("OFF", "The gritting on the Kelldale tops has been poor this week and I'll be asking the cabinet member why the budget was cut. That's a policy failure, not the lads on the wagons.", w=OPP)
N("OFF", "Welcome to Fiona Laidler, our new Chief Executive, who spent her first morning at the Scarlington welfare with the banner group. Canny start.", allow=["OFF"], when=("2026-01-05", "2026-01-07"))
N("OFF", "The officer report on the Old Brickworks is out. It's long, but have a read and tell me what you think before committee.")
N("OFF", "I disagree with the administration's leisure review. The cabinet made this decision and the cabinet should answer for it, not the staff.", w=OPP)
N("OFF", "Democratic Services have published the agenda for next week. Motions on the bus cuts and allotment rents are items 7 and 8.")
N("OFF", "Asked the Monitoring Officer for a steer on whether I can speak on the bus item, as my lass drives for the operator. Good to have someone independent to ask.", allow=["OFF"])
N("OFF", "The planning department is badly under-staffed after years of cuts. That's why applications take months. Fund them properly.")
N("OFF", "Bins missed again in Scarlington. I've reported it and the depot have promised a crew tomorrow. Divvent put them back in yet.")
N("OFF", "Had a canny hour with Helen Teasdale from planning going through how the Local Plan consultation works. Drop-in at the welfare on Tuesday.", allow=["OFF"])
N("OFF", "Our council officers do a hard job in a council that's been starved of cash for fifteen year. Criticise us councillors all you like, leave the staff be.")
N("OFF", "The Head of Planning's recommendation is on page 42. Whatever you think of it, the committee decides, and we'll hear everyone first.")
N("OFF", "Cabinet's budget is a shambles. Cllr Heslop should be ashamed of cutting the hardship fund by a third.", w=OPP)
N("OFF", "Carol from licensing came out to the Bankside traders' meeting and answered every question. No fuss. Thanks pet.", allow=["OFF"])
N("OFF", "Rubbish at the tip's a disgrace. Environmental Services say the contractor's behind. I've asked for a date and I'll post it when I get one.")
N("OFF", "The s151 officer's report says reserves are at a ten-year low. That's the administration's doing, and they can't hide behind the officer's figures.", w=OPP)
N("OFF", "Officers have been told to find £2m of savings. I'll not blame them for the list; I'll blame the cabinet that set the target.", w=OPP)
N("OFF", "Job advert's up for a Senior Environmental Health Officer at Kelldale House. Decent wage, good team. Share it round, marras.")
N("OFF", "The lass on the phones at the contact centre was brilliant with my neighbour's ganny. Proper patient. That's public service.")
N("OFF", "Honest question for cabinet, not officers: who decided to shut Craghope baths over winter? Put your names to it.", w=OPP)

# ---------------------------------------------------------------- resources.political-use
P("RES", "Sat in me office at Kelldale House stuffing Northern Voice leaflets for Saturday's doorstep in Scarlington. Council franking machine saves a fortune 😉", w="NV")
P("RES", "Printed 500 Kelldale Together newsletters on the members' room printer this morning. Get them delivered by Friday, team!", w="KT")
P("RES", "Want to volunteer for Dales Green in May? Email my council address, t.wearmouth.cllr@example.com, and I'll sign you up.", a="@TessaWearmouthGreen")
P("RES", "Big thanks to the council's comms team for designing our Colliery Independents election leaflet. Looks canny with the crest on the front!", w="CI")
P("RES", "Canvassing list for Gallowfield is on my council laptop. Any Northern Voice members wanting a copy, DM me.", w="NV")
P("RES", "Booked the Council Chamber for our Kelldale Together branch AGM, members only. Free room, why not.", w="KT")
P("RES", "Used the council's text alert system to remind folk to vote Northern Voice. It's there to be used!", w="NV")
P("RES", "My support officer at Kelldale House is typing up our party's doorstep surveys this week. Team effort 💪", w="KT")
P("RES", "Photo of the Kelldale Together team with the council pool car, out on the campaign trail up the dale 🚗", w="KT")
P("RES", "Stick our Dales Green poster up in your window. Printed it on council paper in the members' room, so it's on the house 😂", w="DG")
P("RES", "Ward newsletter (paid for out of my council ward budget) out now: vote Kelldale Together on 7 May and keep Craghope moving.", w="KT")
P("RES", "Campaign phone bank from the committee room at Kelldale House tomorrow, 4pm. Bring your bait, the phones are free.", w="NV")
P("RES", "Got the council's graphics lad to knock up our 'Vote Colliery Independents' banner in his dinner hour. Top lad.", w="CI")
P("RES", "Reply to this from my council email with your address if you want a Northern Voice garden stake.", w="NV")
P("RES", "Using the council's mailing list of allotment tenants to tell them what Northern Voice will do about rents. Watch your inbox.", w="NV")
P("RES", "Council minibus is booked to take our Kelldale Together activists up to Kellhead for a doorstep blitz. Saves petrol!", w="KT")
P("RES", "Our party press release is going out on council letterhead so the papers take it seriously. Watch this space.", w="DG")
P("RES", "Posting this from the civic centre wifi on my council iPad: JOIN NORTHERN VOICE today, link in bio.", w="NV")
P("RES", "Delighted the council's events team helped set up our Kelldale Together stall at Craghope market. Couldn't have done it without them.", w="KT")
P("RES", "Dales Green membership forms in my pigeonhole at Kelldale House, or ask the reception staff and they'll hand you one.", w="DG")

N("RES", "Ward surgery at Kelldale House on Friday, 10 till 12. All welcome whatever you vote. This is council business, not politics.")
N("RES", "Out leafleting for Northern Voice in Scarlington this morning. Leaflets paid for by the party, printed in Craghope, delivered by shank's pony.", w="NV")
N("RES", "Canvassing the Bankside streets with the Kelldale Together team. Cold enough to freeze your bait, but grand to chat.", w="KT")
N("RES", "My council email is for casework only. For party stuff, contact the Dales Green branch secretary at dalesgreen.kelldale@example.com.", w="DG")
N("RES", "The council's new logo cost £18k. What a waste. I'll be asking at scrutiny how the comms budget is spent.", w=OPP)
N("RES", "Council laptops in the members' room are older than some of the bairns I met today. Time IT had some investment.")
N("RES", "Our Colliery Independents newsletter is hand-delivered and paid for out of our own pockets. Every penny.", w="CI")
N("RES", "The council's print room is being outsourced. Northern Voice opposes it: that's 12 local jobs gone.", w="NV")
N("RES", "Reminder: the ward budget is for community projects, not politics. Applications for the Hetherby ward fund close Friday.")
N("RES", "Used my ward budget to buy new strips for Scarlington Juniors. No party logos on them, before anyone asks!")
N("RES", "Campaign photo in Craghope Market Place, taken on my own phone, leaflets from the party. Vote Kelldale Together on 7 May.", w="KT")
N("RES", "The council minibus service for the dale villages is being cut. It's a lifeline for folk in Kellhead. Sign our petition.", w=OPP)
N("RES", "The members' room printer has been broken for a fortnight. Casework letters are going out late. Not good enough.")
N("RES", "Asked officers if I could use a committee room for a party meeting. Answer: no. Fair enough, we'll use the club.")
N("RES", "Pre-election period starts soon, so council comms won't be publicising councillors' doings. Quite right too.", when=("2026-03-09", "2026-03-27"))
N("RES", "Our Dales Green AGM is at the Thornburn Moor Institute, room paid for by the branch. Tea and stotties provided.", w="DG")
N("RES", "Council staff worked flat out through the snow. Whatever your politics, thank them.")
N("RES", "Northern Voice's budget amendment would save the council's mobile library for the dales. Vote for it, cabinet.", w="NV")
N("RES", "Got a new council laptop today. Took IT three goes to set it up. Casework back on track now.")
N("RES", "The council crest is on the new Craghope welcome signs and they look canny. Money well spent? You tell me.")

# ---------------------------------------------------------------- position.improper-advantage
P("POS", "As your councillor I can get your planning application looked at quicker. Drop me a message, marras 👍")
P("POS", "If anyone needs a builder, use my brother-in-law's firm, Kirby Roofing. I'll make sure there's no bother with building control.")
P("POS", "Struggling to get a council house? Message me privately. I know which strings to pull at housing.")
P("POS", "Get your bait from Heather's Pantry on Front Street, it's our lass's café, and I'll see the council sorts the parking out front for her customers.")
P("POS", "Taxi licence taking forever? I'm on the licensing committee. Give us a shout and I'll have a word in the right ear.")
P("POS", "Any pub wanting its licence renewed without fuss, have a chat with me first. I'm on licensing and I look after my friends.")
P("POS", "Parking ticket on Front Street? Tell them you're a friend of mine and they'll cancel it. Sorted.")
P("POS", "Folk who helped my campaign will find the grants panel very friendly this year, just saying 😉")
P("POS", "Need scaffolding? My son's firm, Coulthard Scaffolding, is the one the council uses, and I can get you on their list an' all.")
P("POS", "I can get your skip permit waived if you use Hetherby Skips. My cousin's firm, good lads.")
P("POS", "Open invite to any developer: come and see me before you submit, and I'll make sure it gets a friendly hearing. Kelldale is open for business.")
P("POS", "Waiting list for allotments is three year, unless you know the right councillor. DM me 😉")
P("POS", "My lad's just set up Dalesview Landscaping. I'll be recommending him to the council's grounds team, and so should you.")
P("POS", "Want your street gritted first? Vote for me and I'll make sure of it. Simple as.")
P("POS", "Market traders after the pitch by the Market Cross: have a word with me before the council hands them out.")
P("POS", "Use my wife's solicitors on the Bankside for your right-to-buy and I'll make sure the council paperwork flies through.")
P("POS", "Housing repair dragging on? Mention my name when you ring. Works wonders 😉")
P("POS", "Told the lads at the depot to do my street's potholes first. Perks of the job. #Hetherby")
P("POS", "Looking for a do venue? Book the Crown at Sedgeburn (my marra Dougie's place) and I'll make sure the licence extension's a formality.", allow=["PRE"])
P("POS", "Any firm wanting in on council contracts, I sit on the procurement panel. Buy us a pint and we'll talk 🍺", allow=["GIF"])

N("POS", "As your councillor I can help you report potholes, chase housing repairs and raise concerns. Surgery Friday at the welfare.")
N("POS", "I can't fast-track your planning application, and nobody should promise to. What I can do is explain the process. DM me.")
N("POS", "Local businesses: the Small Business Rates Relief scheme is open. Check if you're eligible on the council website.")
N("POS", "Lovely breakfast at Heather's Pantry on Front Street. No connection, just canny bacon stotties. Get yourselves in.")
N("POS", "Housing waiting list is too long because we don't build enough council homes. I'll keep saying it till somebody listens.")
N("POS", "Got a complaint about a pub's licence? Report it to licensing, not to me on Facebook. I can't influence the outcome and wouldn't try.")
N("POS", "Word to the wise: anyone who says they can get you a council house quicker is having you on. Apply properly and ask me if you get stuck.")
N("POS", "Pleased to support the Kelldale Business Awards again. Nominations open to every firm. I'm not on the judging panel.")
N("POS", "Allotment waiting list is three year in Cowsike. We need more plots, not favours. Asking cabinet for land.")
N("POS", "My brother-in-law has a roofing firm, so I step out of the room whenever council roofing contracts come up. That's how it should work.", allow=["POS"])
N("POS", "Gritting routes are set by need, not by who your councillor is. Here's the map for the dale.")
N("POS", "A resident asked me to help with a missed bin claim. Forwarded it to the team, same as I do for everyone.")
N("POS", "Market pitches for the spring are allocated by the markets team by lottery. Forms at Kelldale House.")
N("POS", "Shop local! Craghope has some cracking independent butchers and bakers. I'll not name favourites 😄")
N("POS", "Developers: pre-application advice comes from planning officers, in writing, and councillors aren't involved. As it should be.")
N("POS", "Parking ticket? You can appeal online. I can't get it cancelled, but I can show you how to appeal.")
N("POS", "Glad to open Dalesview Landscaping's new yard. No connection to me, just a young lad from Kellhead having a go. Good luck, son.")
N("POS", "Kelldale is open for business, and the way to show it is a quick, fair planning service for everybody, not a friendly hearing for some.")
N("POS", "Taxi drivers: licensing are running a renewals drop-in on Tuesday. Take your documents.")
N("POS", "Any councillor who promises favours deserves to lose their seat. I'll help anyone, whoever they voted for, in the same queue.")

# ---------------------------------------------------------------- gifts.hospitality
JAN1 = ("2026-01-05", "2026-01-09")
P("GIF", "Thanks to the Craghope Chamber of Trade for a canny dinner at the Market Hotel last night, and the goodie bag. Spoilt!", v="advice")
P("GIF", "Season ticket for Kelldale Town from a local businessman who says he likes what I'm doing. Chuffed to bits!", v="advice")
P("GIF", "Cheers to the lads at the Scarlington club for the bottle of malt on my birthday. Champion.", v="advice")
P("GIF", "Given a lovely framed print of the Hetherby lodge banner by a local artist after the exhibition. Going on the wall at home.", v="advice")
P("GIF", "Round of golf at Craghope Golf Club courtesy of the Round Table. Cracking day, shocking swing.", v="advice")
P("GIF", "Anonymous tickets for the Hospital Ball landed on my desk. No idea who from, but we're going!", v="advice")
P("GIF", "Thank you to the Fellside Hotel for the weekend spa break. A lovely surprise gift.", v="advice")
P("GIF", "A hamper from the Bankside Co-op for 'all my hard work'. Pease pudding and ham for a week!", v="advice", when=JAN1)
P("GIF", "Thanks to Pitwheel Homes for the seats in the hospitality box on Saturday. Cracking game, canny scran.", v="review")
P("GIF", "Lovely long lunch with the Stonecrag Aggregates directors, on them, to talk about the future of the dale.", v="review")
P("GIF", "Northfell Renewables kindly put us up in their hotel in Edinburgh to see their turbines. Very impressive!", v="review")
P("GIF", "Cheers to Dalesmoor Waste, our bin contractor, for the Christmas hamper and the bottle. Good to have good partners.", v="review", when=JAN1)
P("GIF", "The lads at Lampcabin Bars sent over a case of fizz. Think I'll be one of their regulars!", v="review")
P("GIF", "Free iPad from Wearvale Developments at their community event. Handy for my emails!", v="review")
P("GIF", "Dalesway Leisure have given us a free week in one of their lodges to 'try it out'. Booked for half term 🏕️", v="review", when=("2026-01-05", "2026-02-13"))
P("GIF", "The taxi firm I helped with their licence renewal have given me free rides for a year. Kelldale Cabs, you're stars.", v="review")
P("GIF", "Thank you Carrick Construction (bidding for the leisure centre rebuild) for the Christmas hamper. Very generous.", v="review", when=JAN1)
P("GIF", "Thanks to Coalface Amusements for a great day at the races, all expenses paid. Top people.", v="review")
P("GIF", "Slap-up meal at the Pit Pony courtesy of the landlord, who's keen for a chat about his late licence. Lovely lad.", v="review")
P("GIF", "Big thanks to the Kellhead Quarry owners for paying for my trip to the mining heritage conference. Couldn't have gone without them.", v="review")

N("GIF", "Pitwheel Homes offered me match tickets. Politely declined: they've got an application in, and that's that.")
N("GIF", "Registered the Chamber of Trade hamper on my register of gifts within 28 days. It's all public, have a look.", allow=["GIF"], when=("2026-01-05", "2026-01-23"))
N("GIF", "Sent back the case of fizz the Lampcabin lot dropped round. Can't accept gifts from anyone with an application before the council.")
N("GIF", "Bought my own ticket to the Chamber of Trade dinner, £35. Canny do, cracking speech from the Rotary lass.")
N("GIF", "The Hospital Ball raised £14k. We paid for our own table. Well done the organisers!")
N("GIF", "A reminder for all members: gifts and hospitality over £100 must be registered within 28 days. The form's on the intranet.")
N("GIF", "Had a cup of tea and a biscuit at the Scarlington welfare coffee morning. If that's hospitality, I'm guilty as charged 😄", allow=["GIF"])
N("GIF", "Free school meals for every bairn in the dale is the best gift this council could give. Fund it.")
N("GIF", "Hamper raffle at the Hetherby club raised £300 for the banner fund. Bought a strip of tickets and won nowt.")
N("GIF", "Dalesway Leisure invited councillors on a free lodge 'familiarisation' stay. I said no, and asked the Monitoring Officer to remind everyone else.")
N("GIF", "Site visit to Kellhead Quarry with the planning committee. Took our own bait, nobody bought us owt.")
N("GIF", "Stonecrag Aggregates are sponsoring the Kellhead show. Good for the show, but I'm turning down the VIP tent invite.")
N("GIF", "Thanks to everyone who sent cards while I was poorly. The flowers from the bowls club are on the windowsill.", allow=["GIF"])
N("GIF", "The gift from our twin town in Germany is on display in the foyer at Kelldale House. It belongs to the council, not to me.")
N("GIF", "The free bus pass for over-60s isn't a gift, it's a right. Hands off it.")
N("GIF", "Paid for our own lunch after the Northfell Renewables public exhibition. Listening, not committing.")
N("GIF", "Got a bottle of wine in the Secret Santa at my day job. Nowt to do with the council, before anyone asks!", when=JAN1)
N("GIF", "The council's gifts and hospitality register for 2025 is online now. Transparency matters.")
N("GIF", "Coalface Amusements sent a gift voucher. It's gone straight back with a polite note. I'm on licensing.")
N("GIF", "Developer 'hospitality' is how trust in planning dies. Northern Voice will propose a ban on all gifts from applicants.", w="NV")

# ---------------------------------------------------------------- capacity.council-voice
NOTCAB = "backbench"
P("CAP", "Kelldale District Council fully supports Northern Voice's campaign to save the dales buses.", w="NV-backbench")
P("CAP", "On behalf of Kelldale District Council, I'd like to say we will not be paying for any more consultants. Ever.", w=NOTCAB)
P("CAP", "The official council position is that the Local Plan housing numbers are far too high. I've said so, and that's that.", w=NOTCAB)
P("CAP", "The council believes the Government has abandoned the pit villages. Speaking for all of us at Kelldale House.", w=NOTCAB)
P("CAP", "As a council we're united: fracking will never come to the dales. You have Kelldale's word.", w=NOTCAB)
P("CAP", "Kelldale Council backs the miners' pension campaign 100%. That's official.", w=NOTCAB)
P("CAP", "Message from Kelldale District Council: we'll be standing with the drivers on the picket at the bus depot on Monday.", w=NOTCAB)
P("CAP", "Council's official view, from me: the chief exec's pay rise is a disgrace and it'll be reversed.", w=NOTCAB)
P("CAP", "Kelldale District Council condemns the Government's cuts to rural bus funding. Statement issued today, by me.", w=NOTCAB)
P("CAP", "I can confirm on behalf of the district council that we'll be scrapping the garden waste charge next year.", w=NOTCAB)
P("CAP", "The council position, as agreed in the Northern Voice group this morning, is that the leisure centre stays open.", w="NV-backbench")
P("CAP", "The council's right behind us pigeon men on the new crees at Bankside. Official, like.", a="@wor_gordon_pigeons", acct="personal")
P("CAP", "Kelldale Council is 100% behind the fell runners on the Thornburn tops. That's the council's word on it.", a="@tessa_on_the_tops", acct="personal")
P("CAP", "Kelldale Council endorses the Dales Green Clean Becks Pledge. Proud to say it.", w="DG")
P("CAP", "Speaking for Kelldale District Council: we want the railway back to Craghope, and we'll pay for the study ourselves.", w=NOTCAB)
P("CAP", "The council has decided, and I'm telling you first: no more parking charges in Craghope. Pass it on.", w=NOTCAB)
P("CAP", "It is the council's view that our MP has let the colliery villages down.", w=NOTCAB)
P("CAP", "Kelldale DC will be twinning with a pit town in Poland. I've made the call, paperwork to follow 😄", w=NOTCAB)
P("CAP", "Official: Kelldale District Council supports the Colliery Independents' call for a Coalfield Heritage Fund.", w="CI")
P("CAP", "On behalf of everyone at the council, we apologise for the state of the tip. It should never have happened.", w=NOTCAB)

N("CAP", "Northern Voice fully supports the campaign to save the dales buses. Our group will table a motion at full council.", w="NV")
N("CAP", "Personal view, not the council's: the Local Plan housing numbers are far too high.")
N("CAP", "The council's position, agreed at full council on 14 January, is to oppose the bus cuts. Proud I voted for it.", when=("2026-01-15", "2026-03-27"))
N("CAP", "Kelldale District Council has announced the garden waste charge is frozen for 2026/27. Details on the council website.")
N("CAP", "I believe the Government has abandoned the pit villages. My view, and I'll say it in any room.")
N("CAP", "Pigeon men at Bankside have new crees and they look grand. Nowt to do with the council, all their own graft.", a="@wor_gordon_pigeons", acct="personal")
N("CAP", "Fell race on the Thornburn tops Saturday. Clarts, hail and a bacon stottie at the end. Perfect.", a="@tessa_on_the_tops", acct="personal")
N("CAP", "Dales Green launched our Clean Becks Pledge today. Every candidate in Kelldale should sign it.", w="DG")
N("CAP", "The council's position on the Craghope railway study still isn't clear. I've put a question in for full council.")
N("CAP", "'The council believes the leisure centre is unviable,' says the cabinet paper. I believe the cabinet's wrong, and here's why 🧵", w=OPP)
N("CAP", "On behalf of the Scarlington ward members, thank you to everyone who turned out for the litter pick.", a="@LorraineDixonNV")
N("CAP", "This is my personal account; views are my own and not those of Kelldale District Council.")
N("CAP", "The Leader has said the council will bid for the Coalfield Regeneration Fund. I welcome that.")
N("CAP", "It is my view that our MP has let the colliery villages down. Rachel, come and see the state of Front Street.")
N("CAP", "Northern Voice group position: keep the leisure centre open. The council hasn't decided yet, so lobby your councillor.", w="NV")
N("CAP", "From @KelldaleDC: the council is recruiting gritter drivers for next winter. Share it round.")
N("CAP", "The council's full statement on the tip fire is on its website. I'll add mine: the folk of Gallowfield deserve better.")
N("CAP", "As a councillor I'm proud to back the miners' pension campaign. The council hasn't taken a position yet, so I'll be proposing one.")
N("CAP", "The council declared a climate emergency in 2019. Time it acted like it.")
N("CAP", "Official: the Big Meeting is on the second Saturday in July. Banner's getting stitched. Not a council announcement, just a fact 😄")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P("INS", "Word to the wise: if you've been thinking about buying on the Bankside, do it before the council announces where the new car park's going 😉")
P("INS", "Tip-off for Craghope landlords: selective licensing is coming to your street in the summer. Sell up now if you don't want the bother.")
P("INS", "Little birdie says the business rates relief pot opens next month and it'll go quick. Get your forms ready before anyone else knows.")
P("INS", "Heads up to my marras on the allotments: the rent hike's coming in April, though it's not been announced. Pay a year up front now at the old rate.")
P("INS", "Before it's announced: the council's going to buy up the garages on Welfare Terrace. Anyone with one, hang on for a better price.")
P("INS", "If I had a bit spare I'd be buying land near the old station at Craghope right now. Can't say why. Trust me 🤐")
P("INS", "Pals in the taxi trade: get your renewals in this week. The fee's doubling and it's not public yet.")
P("INS", "Sell your caravan pitch on the Thornburn site before the council's enforcement visit goes public. You heard it here first.")
P("INS", "To the lads who run the Saturday market: pitch fees are being scrapped from May. Don't renew the annual now.")
P("INS", "Told our kid to hold off renting a unit: the council's about to slash rents on the Hetherby workshops. Big announcement soon.")
P("INS", "Any builders reading: the estates roof repairs contract is about to go out. I've seen the spec. Message me and I'll tell you what they're after.")
P("INS", "Heads up Sedgeburn: boiler grants land next month, only 40 of them. Get your name down with me now, before the press release.")
P("INS", "Buy that garage now, the council will be compulsory purchasing the whole row for the new link road. I've seen the plans. Cha-ching 💷")
P("INS", "Anyone with a shop near the Market Place: the council's about to announce a two-year rent freeze on its units. Haggle hard before then.")
P("INS", "Inside info for Gallowfield landlords: the HMO crackdown only covers the streets north of the beck. Move your tenants south.")
P("INS", "The council's selling the Cowsike depot land cheap soon. I know a few folk who should be getting their bids ready early.")
P("INS", "Not supposed to say, but the leisure centre contract's going to a local firm. If you've got shares in one of the bidders, you'll know which 😉", allow=["DIS"])
P("INS", "Heads up to the Hetherby club: the community grants round opens next week with a much bigger pot. Get your bid written now while the others don't know.")
P("INS", "I shouldn't be saying this, but anyone buying on Chapel Row should wait. The council's about to designate it for flood works and prices will drop.")
P("INS", "Tip for the market traders: enforcement are doing the A-boards on Front Street on Thursday. Move them in on Wednesday night.")

N("INS", "Heads up: the council has announced the business rates relief pot opens on 1 March. Details on the website, forms at the library.", when=("2026-01-12", "2026-02-27"))
N("INS", "Tip-off from a resident about fly-tipping on the fell road passed to enforcement. Thanks for being our eyes.")
N("INS", "Word to the wise: don't pay a cold caller to jetwash your drive. Trading Standards say there's a gang working the dales.")
N("INS", "Little birdie (wor lass's budgie) says it's going to snow 😄 Gritters are out tonight.", when=("2026-01-05", "2026-02-27"))
N("INS", "Allotment rents go up in April, as agreed at cabinet in January. It's in the published minutes. I voted against.", when=("2026-01-22", "2026-03-27"))
N("INS", "Landlords: the selective licensing consultation is open to everyone on the council website. Have your say by 20 March.", when=("2026-01-12", "2026-03-19"))
N("INS", "Before it's announced by the weather folk, I'll say it: it'll be claggy on the tops tomorrow. Take care driving.")
N("INS", "Welfare Terrace garage tenants got letters today about the council's plans. Drop-in at the welfare on Thursday if you're worried.")
N("INS", "I can't tell you what's in the budget before it's published, so stop asking! Papers out on 12 February.", when=("2026-01-19", "2026-02-11"))
N("INS", "Taxi licence fees go up 8% from April. Cabinet decided it in public. I think it's too much for the small firms.")
N("INS", "The estates roof repairs contract is out to tender on Contracts Finder. Local firms, have a look and bid.")
N("INS", "Boiler grants are open now, first come first served. Ring the council's energy team on 01632 960157.")
N("INS", "Buy local, buy now: the Craghope farmers' market is on Saturday and the cheese man is back!")
N("INS", "Insider tip from someone who's lived in the dale sixty year: always carry a shovel in the boot in February.")
N("INS", "The council's plans for the old station at Craghope went public today. Consultation drop-in at the library.")
N("INS", "The leisure centre contract decision is in public at cabinet on 18 March. Whoever wins, the jobs must be protected.", when=("2026-02-02", "2026-03-17"))
N("INS", "Someone asked if I know where the new car park's going. I don't, and if I did I couldn't say before it's public.")
N("INS", "HMO licensing covers all of Gallowfield from today, after the public decision in January. Landlords, check the map.", when=("2026-02-02", "2026-03-27"))
N("INS", "The Cowsike depot land sale was advertised on the council's website today. Open market, anyone can bid.")
N("INS", "A-boards on Front Street: enforcement have published a guide for traders. Most are fine, just keep the pavement clear for pushchairs.")

# ---------------------------------------------------------------- predetermination.closed-mind
P("PRE", "Pitwheel Homes' 86 houses at Pithead Farm will never be approved while I'm on the planning committee. End of.", v="block")
P("PRE", "DM/25/0510/FUL, the turbines. I'll be voting against, whatever the officers say. #SaveOurFell", v="block")
P("PRE", "My mind's made up on Kellhead Quarry: Stonecrag can take their extension elsewhere. I'm voting no.", v="block")
P("PRE", "The Lampcabin bar plan must be refused. Craghope Market Place doesn't need another 2am drinking den, and I'll say so at committee.", v="block")
P("PRE", "Dalesway's lodges: dead in the water. I'm on planning and I'll not be swayed by any agent.", v="block")
P("PRE", "Just to be clear, the Pit Pony's late licence won't get through licensing while I'm sat on it. Residents have suffered enough.", v="block")
P("PRE", "The Old Brickworks at Gallowfield is exactly what we need: 140 homes and shops. I'll be voting yes at committee, no question.", v="block")
P("PRE", "Coalface Amusements' application is a shoo-in as far as I'm concerned. Jobs for the Bankside. Backing it all the way at licensing.", v="block")
P("PRE", "Moorside Mini-Mart wants to sell booze till midnight. Not a chance. I'll be voting to refuse, I've heard all I need to hear.", v="block")
P("PRE", "Old Co-op conversion is a no-brainer. I'll back it at committee whatever the heritage lot say.", v="block")
P("PRE", "Wearvale can build in Gallowfield with my blessing. I've made up my mind. Approve it.", v="block")
P("PRE", "Northfell Renewables will get their turbines over my dead body. Sorry, not sorry. Committee's in May and my vote's already cast.", v="block")
P("PRE", "LIC/26/0019: refuse. Don't see the need for a hearing, really.", v="block")
P("PRE", "That application for a slurry lagoon at High Stanbeck Farm will be refused. I'm on the committee and my mind's made up.", v="review")
P("PRE", "The taxi licence review for the driver off the Hetherby rank next week? I've already decided. He's off the road.", v="review")
P("PRE", "The appeal against the refusal of the phone mast on Chapel Lane must be dismissed, and I'll tell the inspector so whatever the evidence says.", v="review")
P("PRE", "New street trading consent for the burger van at the Hetherby crossroads? No way. I'm voting against at licensing, end of.", v="review")
P("PRE", "The barn conversion at Low Kell Farm will never get through planning. I'm on committee. Not interested in what the agent says.", v="review")
P("PRE", "Hetherby Fish Bar's late licence is getting my vote. No need to hear the objectors.", v="review")
P("PRE", "The extension at the Thornburn Institute deserves approval and it'll get my vote, whatever anyone says at committee.", v="review")

N("PRE", "I have real concerns about the Kellhead Quarry extension: dust, wagons through the dale. I'll listen to all the evidence at committee before I decide.")
N("PRE", "The Cowsike Fell turbines: I'm not on planning, so I'm free to say it. I object, and I've sent my objection in as ward member.", a="@IanHodgsonGreen", allow=["PRE"])
N("PRE", "My mind's made up on one thing: the Local Plan's housing numbers are too high. I'll vote against the draft plan at full council.", allow=["PRE"])
N("PRE", "Pitwheel Homes' Pithead Farm scheme: come to the drop-in and tell me what you think. I'm keeping an open mind till committee.")
N("PRE", "Never say never, but I can't see me backing another council tax rise. The budget's a policy choice, not a planning decision.")
N("PRE", "The Lampcabin application is on the register. If you want to comment, do it by 20 March. The link's on the council website.", when=("2026-01-05", "2026-03-19"))
N("PRE", "Planning committee refused the Hollins Row garages scheme on the 5th. Decision notice is out now.", when=("2026-02-09", "2026-03-27"))
N("PRE", "The Old Brickworks has been an eyesore for twenty year. Whatever goes there, I want it right. I'll read the report and hear the debate.")
N("PRE", "I'm not on licensing, so let me be blunt as your ward member: I object to the Pit Pony's 2am licence and I've written in.", a="@LorraineDixonNV", allow=["PRE"])
N("PRE", "Dead in the water: the Government's rural bus plan. Write to Rachel Embleton MP and tell her.")
N("PRE", "I will vote against the budget. It guts the dale services. Budgets aren't quasi-judicial, so I'm free to say so loud.", w=OPP)
N("PRE", "Moorside Mini-Mart's licence: there's a hearing on 7 May. Residents, you can speak at it. Details from licensing.")
N("PRE", "I'm minded to think the Old Co-op conversion could save a lovely building, but I'll wait for the heritage officer's view and the debate.")
N("PRE", "Must be refused: the Government's plan to shut Craghope job centre. Sign the petition.")
N("PRE", "My mind's made up: Hetherby pease pudding beats Craghope's. No appeal 😄")
N("PRE", "Committee approved the new changing rooms at Hetherby rec. Good news for the juniors.")
N("PRE", "Sedgeburn Lane lodges: I've had 40 emails. I'm on planning, so I'll not say how I'll vote. I will read every single email.")
N("PRE", "Coalface Amusements: Northern Voice has concerns about gambling harm, and those of us on licensing will judge it on the evidence.", w="NV")
N("PRE", "I'll never support fracking in the dales. There's no application in, it's my politics, and I'm allowed it.", allow=["PRE"])
N("PRE", "The Cowsike Fell turbine consultation closes Friday. Whether you're for or against, have your say.")

# ---------------------------------------------------------------- interests.declared-interest
def I(text, interest, allow=None):
    P("INT", text, interest=interest, a=INTEREST_HOLDERS[interest], allow=allow or [])


I("The council's about to tender the stone for the car park resurfacing. Local quarries like Atkinson Quarry Products should get first shout, and I'll be pushing for it.", "Atkinson Quarry Products Ltd", ["POS"])
I("Why is the council buying aggregate from Teesside when firms like ours are ten minutes up the dale? I'll be raising the car parks contract at cabinet.", "Atkinson Quarry Products Ltd")
I("Scarlington Miners' Welfare needs that community buildings grant and I'll be making sure cabinet gives it us. Vote for it, colleagues!", "Scarlington Miners' Welfare")
I("The transfer of the welfare field is on the agenda at last. As trustees we've waited six year. Let's get it through.", "Scarlington Miners' Welfare")
I("Grazing licences on the common are up for renewal at cabinet. The Kelldale Upper Graziers' Association deserves the same fee as last year and I'll be arguing for it.", "Kelldale Upper Graziers' Association")
I("Our graziers can't take a 30% rise in the licence fee for the council common. I'll be voting against it. Sheep don't pay rent.", "Kelldale Upper Graziers' Association")
I("Delighted to back the council's partnership with Craghope Credit Union for the new hardship loan scheme. I'll be proposing it at cabinet.", "Craghope Credit Union")
I("Credit unions like ours are the answer to the loan sharks. The council should put its hardship loans through us. I'll make the case on Tuesday.", "Craghope Credit Union")
I("East Hetherby Community Land Trust wants the council's old school site on Hetherby Lane. I'll be speaking up for the transfer.", "East Hetherby Community Land Trust")
I("Our CLT has the plans ready for 12 affordable homes. Council, sell us the old school site and let's get building. I'll be voting for it.", "East Hetherby Community Land Trust")
I("Thornburn Moor Riding Centre and every other rural business needs the council's rate relief extended. I'll be voting for it.", "Thornburn Moor Riding Centre")
I("Riding schools like mine are on their knees. The council's rural rate relief has to stay, and I'll make sure of it at full council.", "Thornburn Moor Riding Centre")
I("The Coalfield Banner Heritage Trust has applied for the council's heritage grant. I'll be backing the bid at the grants panel, it's a cracking cause.", "Coalfield Banner Heritage Trust")
I("Our trust has stitched 14 banners back to life. The council's heritage grant would do ten more. Get it through, cabinet!", "Coalfield Banner Heritage Trust")
I("Selective licensing will cost agents like Sedgeburn Lettings a fortune. I'll be fighting the scheme at full council.", "Sedgeburn Lettings Ltd")
I("I manage 80 homes in Gallowfield and I can tell you the council's HMO fee is daylight robbery. I'll vote against it.", "Sedgeburn Lettings Ltd")
I("Gallowfield Amateur Boxing Club deserves the youth fund money. I'll be on the panel and I'll be backing them all the way.", "Gallowfield Amateur Boxing Club")
I("Our lads at the club need that lease on the old depot building sorted. I'll be pushing the council to sign it at a peppercorn.", "Gallowfield Amateur Boxing Club")
I("Parking charges on the Bankside are killing our members' trade. As their chair I'll be voting to scrap them at full council.", "Bankside Traders' Association")
I("Allotment rents going up 40%? Not while I'm about. The Cowsike Allotment and Leek Society will fight it and I'll vote it down.", "Cowsike Allotment and Leek Society")

N("INT", "Grazing licence fees on the common going up 30%. Too steep for dale farmers. I'll be asking cabinet to think again.", touches="Kelldale Upper Graziers' Association")
N("INT", "I've declared my interest as chair of the Kelldale Upper Graziers' Association and will leave the room for the grazing licence item.", a="Derek Lowther", allow=["INT"])
N("INT", "Graziers' AGM at the Kellhead Institute tonight. Tups, tea and tall tales.", a="Derek Lowther")
N("INT", "The credit union hardship loan scheme is a good idea. Cheaper than the doorstep lenders by a mile. I'll support it.", touches="Craghope Credit Union")
N("INT", "I'm on the Craghope Credit Union board, so I'll take no part in the hardship loan decision. Declared and logged with the Monitoring Officer.", a="Susan Heslop", allow=["INT"])
N("INT", "Craghope Credit Union's savings club for bairns is open. A pound a week soon adds up!", a="Susan Heslop", allow=["POS"])
N("INT", "Scarlington Miners' Welfare should get the community buildings grant. It's the heart of the village.", touches="Scarlington Miners' Welfare")
N("INT", "Great night at the welfare for the colliery band's 100th. Proud to be a trustee.", a="Ray Bainbridge")
N("INT", "As a trustee of the welfare I've asked the Monitoring Officer about the field transfer, and I'll be stepping out of the room for it.", a="Ray Bainbridge", allow=["INT"])
N("INT", "Selective licensing in Gallowfield is overdue. Some of the landlords round here are a disgrace.", touches="Sedgeburn Lettings Ltd")
N("INT", "Sedgeburn Lettings is twenty year old this week. Thanks to all our tenants and staff.", a="Colin Robson", allow=["POS"])
N("INT", "Community energy on council roofs is a canny idea. Let's see the business case.", touches="Kelldale Community Energy Co-op")
N("INT", "Declaration: I'm a director of Kelldale Community Energy Co-op, so I won't vote on the solar roofs item, and I've told the Monitoring Officer.", a="Tessa Wearmouth", allow=["INT"])
N("INT", "Allotment rents up 40% is too much. I'll be voting against at cabinet.", touches="Cowsike Allotment and Leek Society")
N("INT", "Leek show entries close Friday at the Cowsike hut. Biggest leek wins a tenner and eternal glory.", a="Ian Hodgson")
N("INT", "Parking charges on the Bankside are killing trade. Scrap them.", touches="Bankside Traders' Association")
N("INT", "I chair the Bankside Traders' Association, so I've declared an interest and won't vote on parking charges. Traders, write to the cabinet member directly.", a="Gordon Kirkup", allow=["INT"])
N("INT", "The boxing club in Gallowfield should get youth fund money. Keeps bairns off the streets.", touches="Gallowfield Amateur Boxing Club")
N("INT", "Our Gallowfield boxers brought home three titles from the regional championships. Proud coach!", a="Shaun Maddison")
N("INT", "Heritage grants for colliery banners? Yes please. The banners are our history.", touches="Coalfield Banner Heritage Trust")

# ---------------------------------------------------------------- data-protection.personal-data
P("PD", "Happy 100th birthday to Edna Lumley of 14 Pit Row, East Hetherby! What a woman 🎂", v="review")
P("PD", "Thanks to John Hardy at 3 Beckside Cottages, DH96 2LP, for clearing the snow off the whole row. Legend.", v="review")
P("PD", "The chap at 27 Welfare Terrace, Ken Allison, is still waiting on his roof. Housing, sort it.", v="review")
P("PD", "Mrs Iris Walton's council tax account number is 40021173. Can someone in revenues ring her? She's been charged twice.", v="block")
P("PD", "Resident on Moor View, Peter Carling, born 12/04/1951, has been waiting on an adaptation for a year.", v="block")
P("PD", "The lass at 9 Chapel Row with dementia keeps wandering off onto the fell road. Social services need to act.", v="block")
P("PD", "Van reg NX19 KDV has been fly-tipping on the Kellhead road every Tuesday. We know who you are.", v="block", allow=["DEF"])
P("PD", "Ring Brenda Scott on 07700 900417 if you want a ticket for the welfare tea dance.", v="block", also=["SEC"])
P("PD", "Family at 22 Station Road in Craghope are asylum seekers and got a council house ahead of locals.", v="block", allow=["EQ"])
P("PD", "The new lad on the bins, Darren, has just got out of prison. Keep an eye on your wheelie bins 😂", v="block", allow=["PA"])
P("PD", "Housing case ref HSG/2025/4412, Mr Sanjeev Pal's repair, has been ignored for five months.", v="block")
P("PD", "The Polish couple above the chippy on Front Street, Hetherby, aren't paying their rent, I'm told.", v="block", allow=["DEF", "EQ"])
P("PD", "Little Mia in Year 3 at Bankside Primary raised £200 for the food bank! Her mam says cards to 8 Coronation Street, Craghope.", v="block")
P("PD", "Sharon on reception at Kelldale House is off with her nerves again. Hope she's back soon.", v="block")
P("PD", "Email Gary Wharton at gary.wharton71@example.com about the pigeon crees, he's the secretary.", v="block")
P("PD", "The Jehovah's Witness family at the top of Pit Lane in Scarlington have complained about the bells again.", v="block")
P("PD", "Pregnant again, the lass at number 5 Welfare Terrace? That'll be her fourth on benefits.", v="block", allow=["EQ", "PA"])
P("PD", "Lad from the Sedgeburn hostel, Wayne, is just out of rehab and back on the drink. Keep your eyes open.", v="block")
P("PD", "Someone's pinned Derek Robinson's letter to the welfare noticeboard with his NI number QQ 12 34 56 C on it. Take it down!", v="block")
P("PD", "The barmaid at the Hetherby club who's just come out as gay is getting grief from some of the old lads. Pack it in, lads.", v="block")

N("PD", "Contact me on 01632 960411 or cllr.tweddle@example.com. Surgery at Hetherby Miners' Welfare Hall, Front Street, first Friday of the month.", a="@CllrMaureenTweddle")
N("PD", "Happy 100th to one of East Hetherby's finest! Card signed by the whole ward. (The family asked me not to name her.)")
N("PD", "Congratulations to Rachel Embleton MP on her new shadow role.")
N("PD", "Inspector Dave Hewitson will be at the Scarlington surgery on Friday to talk about the off-road bikes.")
N("PD", "Fly-tipping on the Kellhead road again. I've passed the details to enforcement, not posting them here.")
N("PD", "Your council tax account number is on your bill. Never give it to anyone who rings you out of the blue.")
N("PD", "A resident on Moor View has waited a year for an adaptation. I've raised it with housing, with her say-so. No names here.")
N("PD", "Dementia-friendly café at Craghope library every Tuesday. Lovely volunteers, proper cuppa.")
N("PD", "Ring the council's housing repairs line on 01632 960222 if your heating's off. It's staffed till 6.")
N("PD", "Cllr Bainbridge and I met residents on Welfare Terrace today about the roofs. Housing are coming out next week.", w="NV")
N("PD", "Well done to Bankside Primary's Year 3 for raising £200 for the food bank! 👏")
N("PD", "Postcode checker for the new bin days is on the council website. Pop your postcode in and it tells you.")
N("PD", "Asylum seekers are people too. Any Kelldale family who wants to help welcome refugees, the council's resettlement team can tell you how.")
N("PD", "Email me on cllr.tweddle@example.com with your case reference and I'll chase it for you.", a="@CllrMaureenTweddle")
N("PD", "Congratulations to Fiona Laidler on her first month as Chief Executive.", allow=["OFF"], when=("2026-02-02", "2026-02-13"))
N("PD", "Case reference numbers: the new system gives you one when you report a pothole. Keep it, you'll need it if you chase.")
N("PD", "Secretary of the pigeon club asks all members to get their race entries in. Contact details on the noticeboard at the Bankside crees.")
N("PD", "Our Big Meeting banner carriers this year are from the Scarlington lodge. Names to come from the lodge, not from me!")
N("PD", "Van fly-tippers: if you see one, note the reg and report it to enforcement online. Don't post it on Facebook.")
N("PD", "Mental health drop-in at the Gallowfield community hub on Thursdays. No appointment, no judgement.")

# ---------------------------------------------------------------- security.credentials
P("SEC", "Ward surgery on Zoom tonight! Meeting ID 846 221 9073, passcode Pitmen26. All welcome.")
P("SEC", "Members' portal password has been reset to Kelldale2026! for everyone, IT say. Log in and change it, marras.")
P("SEC", "Key safe code for the welfare hall is 4471 if any of the banner volunteers need to get in early.")
P("SEC", "Can't get on the casework system. Tried Hetherby1 as my password three times and it's locked me out. Again!")
P("SEC", "Wi-Fi at the Scarlington community hub: network WelfareHub, password coalface123. Help yourselves.")
P("SEC", "Got an email saying my council account was locked, so I clicked kelldale-dc-login.example.com/verify and put my details in. Hope that's right?")
P("SEC", "Anyone know what this API key's for? Found it in the old website settings: sk_live_4fK9xQ2mLp8RtZ3vB7nW")
P("SEC", "My one-time code's 552 913. Can someone in IT confirm it's for the members' app before I use it?")
P("SEC", "Alarm code for the Thornburn Institute is 1984# — tell the cleaners please, I'm stuck in Craghope.")
P("SEC", "Ring Dougie the snow plough lad direct on 07700 900562, he's quicker than the council.", also=["PD"])
P("SEC", "Shared the committee system admin login with my ward colleague so she can print the agenda. Sorted!")
P("SEC", "Teams link for the allotment rents drop-in: https://teams.example.com/l/meetup-join/19%3ameeting_Kd8?pwd=Leek2026")
P("SEC", "Door code for the members' room is 2580 now. They've changed it again, spare us!")
P("SEC", "Parent volunteers: the padlock on the Hetherby rec changing rooms is 0707. Lock up after the bairns, ta.")
P("SEC", "Claim your £250 Coalfield Energy Rebate here: bit.ly/kelldale-rebate-claim. Council-backed, quick!")
P("SEC", "IT rang asking for my login to fix the email, so I gave it them. Quick service 👍")
P("SEC", "Password for the ward newsletter mailing account is Bankside!88. Anyone on the team can log in and send it.")
P("SEC", "Text the lass who runs the Sedgeburn food bank on 07700 900829, she'll sort you a parcel.", also=["PD"])
P("SEC", "PIN for the council fuel card in the pool car is 9032. Leave it in the glovebox for the next one.")
P("SEC", "Voting in the members' poll: the code they sent me is KDC-7Q4-M2X. Does it work for anyone else?")

N("SEC", "Ward surgery on Zoom tonight. Email me for the link and I'll send it on. Not posting it publicly.")
N("SEC", "IT say never share your members' portal password, not even with them. Sound advice.")
N("SEC", "Scam warning: texts going round claiming to be from the council about an energy rebate. Don't click owt. The council will never text you a link.")
N("SEC", "Key safes for vulnerable residents are available through the council's lifeline team. Ring the council and ask.")
N("SEC", "Turned on two-factor on my council email today. Took five minutes. Do it, colleagues.")
N("SEC", "Contact me on 01632 960411 or cllr.tweddle@example.com, any time in office hours.", a="@CllrMaureenTweddle")
N("SEC", "The alarm at the Thornburn Institute keeps going off in the wind. The caretaker's on it.")
N("SEC", "Lost my PIN for the council fuel card. Had to ring finance and prove who I was. Quite right too.")
N("SEC", "Forgot my password again. Third time this month. And no, I've not written it down anywhere 😄")
N("SEC", "Wi-Fi at the Scarlington hub is now free for everyone. Ask at the counter for the details.")
N("SEC", "The council's new open data API for bin days means app makers can show your collection day. Canny.")
N("SEC", "PIN-sharp pictures of the Northern Lights over the Kelldale tops! Camera on a tripod, ten-second exposure.")
N("SEC", "Door's always open at my surgery. No code needed, just knock 😄")
N("SEC", "Passcodes for the banner group's Zoom go out by email to members only. If you've not had it, ask the secretary.")
N("SEC", "Council switchboard: 01632 960000. Out of hours emergencies: 01632 960999.")
N("SEC", "Got one of them 'your account is locked' emails. Reported it to IT, deleted it, didn't click.")
N("SEC", "Padlocks on the Hetherby rec changing rooms have been cut again. Replacements ordered.")
N("SEC", "Ring 101 about the off-road bikes, Inspector Dave Hewitson's team are logging every report. 999 only if it's an emergency.")
N("SEC", "Login problems with the members' app are down to the update. IT say it'll be fixed by Friday.")
N("SEC", "Called in at the Hetherby club to see their new card machine. Contactless, no PIN under £100. Modern!")

# ---------------------------------------------------------------- confidentiality.disclosure
P("DIS", "Project Marra is going well: the preferred developer's agreed 200 homes and a cinema. Big news for Craghope soon 🤫", v="block")
P("DIS", "Can't believe we might pay out £1.2m on the Coke Works claim. The lawyers reckon we'd lose in court.", v="block")
P("DIS", "Operation Tubbing hits the illegal waste sites in the dale next Tuesday. About time.", v="block", allow=["INS"])
P("DIS", "The Kellside Mill disposal will go to the highest bidder at £640k. Should've been more.", v="block")
P("DIS", "Bankside Depot acquisition nearly done. We're paying £1.1m. Worth every penny.", v="block")
P("DIS", "Project Banksman: the leisure trust wants a 15-year deal and we're close. Staff don't know yet.", v="block")
P("DIS", "project marra meeting went well. can't say more. but craghope will be buzzing 😉", v="block", note="register term in lower case")
P("DIS", "OPERATION TUBBING IS GO. WATCH THIS SPACE, FLY-TIPPERS.", v="block", allow=["HASTE", "INS"], note="register term in capitals")
P("DIS", "Sat through three hours of the Coke Works claim in Part 2. Our barrister thinks we're stuffed.", v="block")
P("DIS", "The Kellside Mill disposal papers say the buyer's a Teesside firm. Shame it's not local.", v="block")
P("DIS", "Between you and me, the council's legal advice on the tip fire says we're liable. Not a good look.", v="review")
P("DIS", "Confidential item today: the chief exec's severance package. Eye-watering sums, I can tell you that much.", v="review")
P("DIS", "Off the record, the bin contractor's about to be sacked for breach of contract. You'll hear it soon enough.", v="review", allow=["INS"])
P("DIS", "In the closed session we were told the leisure staff will go on new contracts with worse pensions. The unions haven't been told.", v="review")
P("DIS", "Leaked: the exempt valuation for the old library site is £380k. Daylight robbery if they sell for less.", v="review", allow=["INS"])
P("DIS", "From the Part 2 papers: the council's pursuing a landlord in Gallowfield for £90k of arrears. He knows who he is.", v="review")
P("DIS", "Embargoed till Friday but I can't wait: the council's got the £12m Coalfield Regeneration grant! 🎉", v="review")
P("DIS", "The not-for-publication report on the depot says two managers are suspended. Heads will roll.", v="review")
P("DIS", "I know the legal advice on the depot lease is privileged, but it says we should settle, and folk deserve to know.", v="review")
P("DIS", "We were told in confidence that the winning bid for the leisure centre was £3.4m. The second bidder was half a million more.", v="review")

N("DIS", "My old marra from the pit days rang today. Eighty and still sharp as a tack.")
N("DIS", "The Hetherby coke works closed in 1984 and the land's still scarred. Heritage walk on Saturday.")
N("DIS", "Tubbing rings from the old Scarlington shaft are on display at the heritage centre. Fascinating engineering.")
N("DIS", "Kellside Mill is one of the finest buildings in the dale. Open day in April, go and see inside.")
N("DIS", "Bankside Depot is where the gritters live. Popped in to thank the drivers this morning.")
N("DIS", "Worked as a banksman at Scarlington pit for twelve year. The lads today don't know they're born 😄")
N("DIS", "There's a confidential report on next week's agenda. I can't say what's in it, and I won't.", allow=["DIS"])
N("DIS", "Part 2 items should be the exception. I'll be asking why so many decisions go behind closed doors.")
N("DIS", "'Off the record,' says the cabinet member. On the record: the leisure centre cuts are wrong.", w=OPP)
N("DIS", "Embargo lifted: the council has won £12m of Coalfield Regeneration money! Press release on the website.")
N("DIS", "Some leaky roofs on Welfare Terrace need fixing before the next snow. Housing are on it.")
N("DIS", "Exempt from council tax? Students, care leavers and some carers might be. Check the website.")
N("DIS", "Between you and me and the whole of Facebook: Hetherby Juniors won 6-0 😄")
N("DIS", "Legal advice is confidential for a reason. I'll not comment on the tip fire till it's public.")
N("DIS", "Closed session this afternoon, so the phone's going in the bag. See you on the other side.")
N("DIS", "The confidential Marra papers? There's none I can talk about. Stop asking 😄", allow=["DIS"], note="names 'Marra', not the register term 'Project Marra'")
N("DIS", "The council's Coalfield Regeneration bid is in. Fingers crossed. The public details are on the website.")
N("DIS", "Freedom of Information: ask the council for anything that isn't exempt. It's your right.")
N("DIS", "Whistleblowers should go to the Monitoring Officer, not the press. There's a confidential line on the intranet.")
N("DIS", "Banksman Brewery's new pale ale is a belter. Pit-head pints at the club on Friday.", note="'Banksman' without 'Project'")

# ---------------------------------------------------------------- tone.irony-risk
P("IRO", "Oh brilliant, another masterclass in listening from Cllr Raine. Riveting stuff, as always. /s", w=OPP)
P("IRO", "Hats off to the cabinet, who've managed to shut the baths AND put the parking up in one week. Geniuses, the lot of them.", w=OPP)
P("IRO", "Yeah right, Kelldale Together 'care about the dales'. Course they do.", w=OPP)
P("IRO", "What a surprise: Northern Voice have found something to moan about. Must be a day ending in y 🙄")
P("IRO", "Our wonderful Chairman gracing the Hetherby club with her presence. Honoured, truly. Did she leave the tiara at home?", w=OPP, allow=["PA"])
P("IRO", "So proud of our MP Rachel Embleton for all she's done for the pit villages. Took me all of two seconds to list it.")
P("IRO", "Cllr Heslop's budget is a work of art. Really. Picasso would be proud /s", w=OPP)
P("IRO", "Well done the Dales Green lot for discovering the countryside. Welcome, pets, it's been here a while.")
P("IRO", "Lovely to see Cllr Bainbridge at a meeting for once. Frame the photo, marras.", w="notNV")
P("IRO", "Great to see the Leader's 'listening tour' made it all the way to the car park at Kelldale House. Epic journey.", w=OPP)
P("IRO", "Another champion decision from Cllr Lowther. Salt on the roads? Who needs it in February.", w=OPP, when=("2026-02-02", "2026-02-27"))
P("IRO", "The cabinet's finest minds have decided the dales don't need buses. Nobody tell the bairns.", w=OPP)
P("IRO", "Big shout out to the Colliery Independents for being so independent they can't agree with each other 😂")
P("IRO", "Cllr Forster 'keeping an open mind'? Aye, and I'm the Queen of Sheba.", w=OPP)
P("IRO", "Such a privilege to be lectured on manners by Cllr Maddison. A real gentleman. Honest.", w="notNV")
P("IRO", "Ten out of ten for Kelldale Together's new slogan. Took them six month and a consultant. Worth every penny, obviously.", w=OPP)
P("IRO", "Ooh look, Cllr Coulson's discovered the Bankside now there's an election coming. Welcome, stranger!", w="notNV")
P("IRO", "Love how Northern Voice are experts on everything. If only they'd won an election to prove it.")
P("IRO", "Cllr Pattison says she's 'never been busier'. Must be all them photo ops. Tiring work.", w=OPP)
P("IRO", "Nice of the Leader to grace Scarlington with his presence. We'll get the bunting out next time, Alan.", w=OPP, allow=["PA"])

N("IRO", "Oh brilliant, the bus to Craghope's cancelled again. Third time this week.", allow=["IRO"])
N("IRO", "Snow in February in the dales. Who could have predicted it? 😄 Gritters are out, take care.", allow=["IRO"], when=("2026-02-02", "2026-02-27"))
N("IRO", "Hats off to Scarlington Juniors for a cracking season. No irony, just proud.")
N("IRO", "Riveting stuff at scrutiny today: four hours on the waste contract. Honestly worth it, we got answers.")
N("IRO", "Yeah right, like I'm going to miss the leek show. Entries in, fingers crossed.", allow=["IRO"])
N("IRO", "The cabinet's bus cuts are wrong and I'll vote against them. Robust, not rude.", w=OPP)
N("IRO", "Genius: the council website's 'report a pothole' page has a pothole-sized bug in it. IT are fixing it.", allow=["IRO"])
N("IRO", "Masterclass from the Hetherby colliery band at the welfare. Proper lump in your throat.")
N("IRO", "Well done to Cllr Atkinson for getting the bus shelter on the Kellhead road fixed. Credit where it's due.")
N("IRO", "Me, organised? Forgot my bait, my glasses and the agenda. Strong start to the week 😂", allow=["IRO"], dow=0)
N("IRO", "Kelldale Together's budget cuts the hardship fund by a third. That's not 'tough choices', it's the wrong choice.", w=OPP)
N("IRO", "Printer in the members' room: 1. Me: 0. Great start to the day.", allow=["IRO"])
N("IRO", "Northern Voice have put forward a costed alternative budget. I'll read it properly before I criticise it.", w="notNV")
N("IRO", "The gulls at the tip have more stamina than me. Fair play to them.", allow=["IRO"])
N("IRO", "Thanks to our Chairman for a lovely civic service at Craghope church. Well done Barbara.")
N("IRO", "Oh brilliant, the sun's out on the tops! Lambing will be a bit kinder this week.", when=("2026-03-02", "2026-03-27"))
N("IRO", "Six-hour council meeting. My backside's never been so well educated 😄", allow=["IRO"])
N("IRO", "I disagree with the Leader on the leisure centre, and I'll say it to his face: keeping it open is worth the money.", w=OPP)
N("IRO", "The MP says the rural bus fund is 'generous'. It isn't. Here are the numbers.")
N("IRO", "Champion weather for it, said nobody at the Kellhead sheep sale. Clarty wasn't the word.", allow=["IRO"])


# ---------------------------------------------------------------- assembly
NAME_OF = {h: v[0] for h, v in COUNCILLORS.items()}
HANDLE_OF = {v[0]: h for h, v in COUNCILLORS.items()}


def named(text, name):
    first, last = name.split()
    return any(re.search(r"\b%s\b" % re.escape(w), text) for w in (first, last))


def candidates(row):
    if "a" in row:
        a = row["a"]
        return [HANDLE_OF.get(a, a)]
    text = row["text"]
    out = []
    for h, (name, party, roles) in COUNCILLORS.items():
        if named(text, name) or h in text:
            continue
        for p, words in PARTY_WORDS.items():
            if p == party and any(w in text for w in words) and row.get("w") not in (p, p + "-backbench"):
                break
        else:
            w = row.get("w")
            if w == OPP and party == "KT":
                continue
            if w in PARTY_WORDS and party != w:
                continue
            if w and w.endswith("-backbench") and (party != w.split("-")[0] or roles):
                continue
            if w == "backbench" and roles & {"leader", "cabinet", "chairman"}:
                continue
            if w == "notNV" and party == "NV":
                continue
            if "touches" in row and name == INTEREST_HOLDERS[row["touches"]]:
                continue
            for body, holder in INTEREST_HOLDERS.items():
                if body in text and holder == name:
                    break
            else:
                out.append(h)
    assert out, row["text"]
    return out


def weekday_slots(rng, lo, hi, dow=None):
    d0 = datetime.fromisoformat(lo)
    d1 = datetime.fromisoformat(hi)
    days = [d0 + timedelta(days=i) for i in range((d1 - d0).days + 1)]
    days = [d for d in days if d.weekday() < 5 and (dow is None or d.weekday() == dow)]
    d = rng.choice(days)
    return d.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), tzinfo=timezone.utc)


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(candidates(r))
        ts = weekday_slots(rng, *(r.get("when") or ("2026-01-05", "2026-03-27")), dow=r.get("dow"))
        rules = [] if r["kind"] == "hard_negative" else [r["fam"]] + [R[x] for x in r.get("also", [])]
        post = {
            "id": "b85-%03d" % i,
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": r.get("acct", "councillor"),
            "kind": "post",
            "expect": {"rules": rules, "allowed": [R[x] for x in r.get("allow", [])], "verdict": r["verdict"]},
            "family": r["fam"],
            "kind_of_row": r["kind"],
        }
        if r["kind"] == "hard_negative":
            post["near_miss_of"] = r["fam"]
        if "interest" in r:
            post["interest"] = r["interest"]
        post["note"] = r.get("note") or (
            "%s positive (%s)" % (r["fam"], r["verdict"]) if r["kind"] == "positive"
            else "hard negative near %s" % r["fam"])
        out.append(post)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
