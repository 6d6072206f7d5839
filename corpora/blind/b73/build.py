"""Blind evaluation set b73: Shingleford District Council (fictional Kent coastal district).

Hand-written rows plus a deterministic script (seed 7373) that shuffles the rows, gives ids,
picks authors, platforms and timestamps, and writes posts.jsonl. Run: python build.py
"""
import json, random, re, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 7373
ROWS = []

OFF = "officers.impartiality"; RES = "resources.political-use"; POS = "position.improper-advantage"
GIF = "gifts.hospitality"; CAP = "capacity.council-voice"; INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"; INT = "interests.declared-interest"
DAT = "data-protection.personal-data"; SEC = "security.credentials"; DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"; PA = "respect.personal-attack"; DEF = "defamation.allegation"; EQ = "equality.discrimination"

def P(rule, verdict, text, note="", also=(), allow=(), who=None, tag=None, interest=None, win=None):
    ROWS.append(dict(family=rule, kind_of_row="positive", text=text, rules=[rule, *also], allowed=list(allow),
                     verdict=verdict, note=note or f"{rule} positive ({verdict})", who=who, tag=tag,
                     interest=interest, win=win))

def N(rule, text, note="", allow=(), who=None, tag=None, win=None, excl=()):
    ROWS.append(dict(family=rule, kind_of_row="hard_negative", text=text, rules=[], allowed=list(allow),
                     verdict="ok", note=note or f"hard negative for {rule}", who=who, tag=tag, win=win,
                     near_miss_of=rule, excl=list(excl)))

def F(text, who=None, tag=None, win=None, note="ward or personal post with no rule"):
    ROWS.append(dict(family="filler", kind_of_row="filler", text=text, rules=[], allowed=[], verdict="ok",
                     note=note, who=who, tag=tag, win=win))

EARLYJAN = ("2026-01-05", "2026-01-09")

# ---------------------------------------------------------------- officers.impartiality
P(OFF, "review", "Helen Curling's report on Pennyacre Farm reads like it was typed up in Tidewell Homes' sales office. Head of Planning? Head of Nodding Things Through, more like.", "named Head of Planning accused of bias", allow=[DEF])
P(OFF, "review", "I've told Sam Wenban in no uncertain terms that his recommendation on the Kingsgap car park needs to change before it gets anywhere near committee. Residents won't wear it.", "pressing a named officer to change a recommendation", allow=[PRE])
P(OFF, "review", "Funny how every time the Chief Exec briefs us the numbers come out exactly how the Leader wants them. Graham Tolhurst works for all 16 of us, not just the Coastal Alliance.", "questions the Chief Executive's neutrality", tag="o")
P(OFF, "review", "Whoever in the housing team wrote that homelessness report wants to have a word with themselves. Half-baked, lazy and three weeks late. Neil, sort your department out.", "officer named by first name and role, insulted", allow=[PA])
P(OFF, "review", "Licensing officers have clearly made their minds up on the Winkle Shack already. Joanne Kemsley's lot have never liked Shingleford seafront having a bit of life after ten o'clock.", "licensing manager's neutrality questioned")
P(OFF, "review", "The monitoring officer is meant to be neutral. Odd, then, that every complaint against an Alliance member disappears down a twitten and every one against us gets the full works. Just saying, Ruth.", "Monitoring Officer's neutrality questioned", tag="o", allow=[DEF])
P(OFF, "review", "Asked finance for the real reserves figure three times. Three times Desmond's team 'couldn't locate it'. Bang out of order. Either they're hiding it or they're covering for cabinet.", "finance director's team accused of covering for cabinet", tag="o")
P(OFF, "review", "Our comms department has turned into the Coastal Alliance press office. Lisa Hollands should be ashamed, putting out that glossy harbour puff piece a fortnight before the Northcliff by-election.", "Head of Comms accused of partisanship", tag="o")
P(OFF, "review", "Note to the council's planning officers: you'll be rewriting that Hobday caravan report. I'll be going through it line by line and I expect that recommendation flipped.", "officers publicly pressed to change a report", allow=[PRE])
P(OFF, "review", "Whoever signed off the Marine Terrace parking scheme has never set foot down the Front on a bank holiday. Absolute amateur hour from Mark Ovenden's department.", "named head of service's team disparaged")
P(OFF, "review", "Interesting that a certain senior planner was spotted having a very long lunch at the Northcliff Hotel the week before his report on their extension landed. I'm sure it's all above board 🙃", "innuendo about an identifiable officer", allow=[DEF, TON])
P(OFF, "review", "Democratic services have 'lost' our motion on the lido for the second month running. Beth, is that an accident or an instruction?", "Democratic Services Manager's neutrality questioned", tag="o")
P(OFF, "review", "Officers tell me the sea wall repairs can't be done till 2028. Don't believe a word of it. Somebody at the Gullhaven depot is dragging their heels and I'll find out who.", "officers publicly accused of obstruction")
P(OFF, "review", "When the Head of Planning calls the Dengate battery site 'acceptable in principle', what she means is 'the Leader told me to'. Officers are there to advise, not audition.", "Head of Planning's advice called political", tag="o", allow=[PRE])
P(OFF, "review", "Had it up to here with the environmental health officer lecturing the Wrenbay fishermen every week. Jumped-up clipboard merchant. Time he was moved on.", "identifiable officer insulted", allow=[PA])
P(OFF, "review", "I've asked the Chief Exec to take Sam Wenban off the Kingsgap file. He's plainly not impartial and Kingsgap deserves better.", "demands removal of a named officer")
P(OFF, "review", "Officers' advice on beach hut charges was pure politics dressed up as sums. Our Director of Finance knows full well which party he's helping.", "s151 officer accused of partisanship")
P(OFF, "review", "That planning officer at the Pennyacre site visit was proper lairy with residents, smirking all the way through. Not having it. He works for them lot, not for us.", "estuary idiom; officer's neutrality questioned")
P(OFF, "review", "If Helen Curling won't change that recommendation, Full Council will have to take the decision off her. Simple as.", "pressure on named officer to change advice")
P(OFF, "review", "Cabinet's new trick: wheel out an officer to front the bad news. Neil Foat stood there defending the temporary accommodation cuts like a party spokesman. Not his job, not his place.", "named officer publicly cast as partisan", tag="o")

N(OFF, "Huge thanks to Sam Wenban and the planning team for a really clear site visit at Pennyacre Farm today. Whatever your view, residents got their questions answered.", "thanks a named officer", allow=[OFF])
N(OFF, "The officer report on the Kingsgap car park is out. I disagree with parts of it, but committee will weigh it up and so will I. It's on the council website.")
N(OFF, "Welcome to Graham Tolhurst, our new Chief Executive, who starts at the Gullhaven offices this week. Looking forward to working with you.", "welcomes a named officer", allow=[OFF], win=EARLYJAN)
N(OFF, "The homelessness report is grim reading. That's not the officers' fault, it's a decade of cuts to housing budgets. Cabinet needs to fund it properly.", tag="o")
N(OFF, "Winkle Shack licence hearing is coming up. Licensing officers have published the report; anyone can speak. Details on the council site.")
N(OFF, "Asked the Monitoring Officer how the new complaints procedure works. Quick, clear answer. That's what good officers do.", allow=[OFF])
N(OFF, "The reserves figure cabinet keeps quoting doesn't match the budget book. I've asked the cabinet member for finance to explain the gap at Full Council.", tag="o", excl=["@DerekHougham"])
N(OFF, "The comms team's harbour leaflet is accurate enough, but the Leader's foreword is pure spin. Save the puff for your party newsletter, Maureen.", "criticises the Leader, a politician", tag="o")
N(OFF, "Sea wall repairs pushed back to 2028. That's a cabinet decision and cabinet should own it. Don't hide behind officers.", tag="o")
N(OFF, "Beach hut charges up 40%. The Director of Finance set out the options clearly; cabinet picked the worst one. That's on them.", tag="o", allow=[OFF])
N(OFF, "Really impressed by the environmental health team at the Wrenbay fish market this morning. Patient, helpful and knew their stuff.", allow=[OFF])
N(OFF, "Our planning officers are rushed off their feet with 40% of posts vacant. No wonder reports are late. Cabinet: fund the department.", tag="o")
N(OFF, "Had a proper lairy caller at my surgery demanding I 'get the officer sacked'. That's not how it works, mate. Officers are impartial and I won't lean on them.")
N(OFF, "Officer recommendation on the Hobday caravans is approval. I'm not on the committee; as ward member I'll speak against and put residents' concerns. That's my job.", "ward member not on committee", allow=[PRE], tag="ward:Saltcote")
N(OFF, "Democratic services have been brilliant helping our new members find their feet. Beth and the team, you're stars.", allow=[OFF])
N(OFF, "The Leader keeps saying officers 'made' her cut the lifeguard budget. Officers advise, councillors decide. Own it, Maureen.", tag="o")
N(OFF, "Audit committee asked tough questions of the finance team today, as it should. Answers were straight and the report's online.")
N(OFF, "Dear planning committee: the officers' report is advice, the decision is yours. Read the objections too.")
N(OFF, "No, I won't be 'having a word' with the planning officer about your neighbour's extension. Officers decide on the rules, not on who knows a councillor.")
N(OFF, "Mark Ovenden's team had the storm debris off Shingleford prom by 9am after Sunday's blow. Proper graft. Thank you.", allow=[OFF])

# ---------------------------------------------------------------- resources.political-use
P(RES, "review", "Progressive Marsh leaflets for Northcliff all printed — cheers to the lads in the council print room for squeezing us in 😉 #VotePM", "council print room used for party leaflets", tag="PM")
P(RES, "review", "Drop your Coastal Alliance membership forms in the tray on my desk at the Civic Centre, I'll sort them Monday.", "council office used for party membership", tag="CA")
P(RES, "review", "Sending this from my council email because it's quicker: Green Tide canvass this Saturday, meet at Wrenbay clock tower 10am.", "council email for party canvass", tag="GT")
P(RES, "review", "Campaign HQ for the Northcliff by-election is Committee Room 3 every Tuesday teatime. Tea's on the council 😂", "council room as campaign HQ", tag="PM")
P(RES, "review", "Got the council comms team to knock up a graphic for our Alliance budget pledges. Looks ace, don't it?", "council staff time on party graphic", tag="CA")
P(RES, "review", "Typed up the Marsh Independents manifesto on my council laptop on the train to Ashford. Tech works, for once.", "council laptop for manifesto", tag="MI")
P(RES, "review", "Big thanks to my council PA for ringing round our members about Thursday's selection meeting.", "council staff on party business", tag="CA")
P(RES, "review", "Using the council's residents' newsletter mailing list to invite folk to our Progressive Marsh fish & chip supper. Hope to see lots of you!", "council mailing list for party event", tag="PM")
P(RES, "review", "Council logo on our Green Tide leaflet? Course we can, we're the ones doing all the work 🌊", "council logo on party leaflet", tag="GT")
P(RES, "review", "Popped our Alliance posters up on the noticeboard at the Hobday council depot. Lads there are all for us.", "party posters in council depot", tag="CA")
P(RES, "review", "Our canvass data's now on the shared drive at the Civic Centre so the whole team can get at it. Vote Coastal Alliance on 7 May!", "oblique: council IT for canvass data", tag="CA")
P(RES, "review", "Used the council franking machine for the Progressive Marsh new year appeal letters again. Saves a fortune 📮", "council franking for party mail", tag="PM", win=("2026-01-05", "2026-01-23"))
P(RES, "review", "Sorted our by-election leaflet rota during the lunch break at the depot with a couple of council drivers who are on side. They'll drop them on their rounds.", "council vehicles and staff distributing leaflets", tag="CA")
P(RES, "review", "If you want a Marsh Independents poster for your window, pick one up from reception at the Fletchmarsh council office.", "council reception distributing party posters", tag="MI")
P(RES, "review", "Council minibus is free Saturday so it's taking our Green Tide volunteers down to the Kingsgap litter-pick-and-canvass. Result.", "council minibus for party canvass", tag="GT")
P(RES, "review", "Leaflet photo done in the Council Chamber with the mace behind me. Nothing says 'vote Alliance' like a bit of civic regalia 😄", "council chamber and regalia in party leaflet", tag="CA")
P(RES, "review", "Asked the council's graphic designer to do our PM leaflet in her work hours. She's brilliant and it's all in a good cause.", "council staff time on party leaflet", tag="PM")
P(RES, "review", "Our campaign phone bank runs from the members' room on the second floor. Bring your own biscuits, the council's run out.", "council building for phone bank", tag="MI")
P(RES, "review", "Printed 2,000 Coastal Alliance 'resident surveys' on the Civic Centre copier. Consultation, innit 😉", "council copier for party survey", tag="CA")
P(RES, "review", "Cheers to the council press office for putting our Green Tide motion out as a news release with our party branding on. Nice to have them on the team.", "council press office promoting a party", tag="GT")

N(RES, "PM leaflets for Northcliff all printed, at our own expense at Printwise in Gullhaven, before anyone asks 😉 #VotePM", tag="PM")
N(RES, "Reminder: council email is for council business and party stuff goes through my personal account. Ward queries to my council email please.")
N(RES, "Green Tide canvass this Saturday, meet at Wrenbay clock tower 10am. Flasks welcome.", tag="GT")
N(RES, "My ward surgery is in Committee Room 3 every Tuesday, 10 till 12. All residents welcome, whoever you vote for.")
N(RES, "The council comms team has put out the budget consultation. Please fill it in, the more responses the better.")
N(RES, "Wrote my Courier column on the train to Ashford on my own laptop. Southeastern's wi-fi has given up again.")
N(RES, "Council minibus is taking the Saltcote Brownies to the Kingsgap litter-pick on Saturday. Thanks to the fleet team.")
N(RES, "The council logo's been refreshed: a shingle beach and a gull. Cost £0, done in-house. Good.")
N(RES, "Alliance posters going up in windows all over Hobday. Thanks to everyone who asked for one. Printed and paid for by Coastal Alliance, 3 Marine Parade, Shingleford.", tag="CA")
N(RES, "Residents' newsletter is out: road closures, bin changes and the new beach hut rules. Council-funded, politics-free, as it should be.")
N(RES, "Our Marsh Independents fish supper is Friday at the Fletchmarsh Scout hut, which we've hired and paid for ourselves.", tag="MI")
N(RES, "Someone asked if they can pick up party leaflets from the council office. No. Council buildings are neutral. Drop me a DM.")
N(RES, "Photo in the Council Chamber after the Youth Council debate. These kids ran rings round us.")
N(RES, "Council staff have been run ragged this winter. If you see a depot driver, say thanks.")
N(RES, "Used the council franking machine for the first time, for the ward letters about the flood meeting, which is what it's for. Fancy.")
N(RES, "PM phone bank running from Jamal's front room on Thursdays. Bring biscuits.", tag="PM")
N(RES, "I asked officers whether councillors can use meeting rooms for party events. Answer: no, and rightly. We'll book the church hall.")
N(RES, "The council press office put out a release on the cross-party flooding motion with all five groups named. Nice to see.")
N(RES, "The council's graphic designer has won a national award for the sea-defence signage. Well deserved.")
N(RES, "Printed 200 copies of the bus survey at the library, 10p a sheet, my own coin. Fill it in, it goes to the county.")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "review", "As your councillor I can get your planning application fast-tracked. Just drop me a DM with the reference.", "offers to fast-track")
P(POS, "review", "Need a roofer in Gullhaven? Use my brother-in-law's firm, Tidy Tiles. Tell them I sent you and they'll look after you.", "promotes a relative's firm")
P(POS, "review", "Anyone struggling to get a beach hut off the waiting list, message me. I know the right people at the council 😉", "offers favours through role")
P(POS, "review", "Few of the Winkle Shack lads asked if I can help with their licence. Course I will, they do me a lovely pint of whelks every Friday.", "help offered to those who treat him", allow=[GIF, PRE])
P(POS, "review", "Housing list's a nightmare, I know. But if you're a Fletchmarsh family, give me a bell and I'll see what I can do to bump you up.", "offers to move people up the housing list")
P(POS, "review", "My son's garage, Marshview Motors, is doing 10% off MOTs for anyone in my ward. Just mention you're one of mine.", "promotes a connected business via role")
P(POS, "review", "Parking fines: if you got one down the Front this summer, send it my way. I've had a few quietly cancelled for friends.", "offers to cancel fines")
P(POS, "review", "To all my Kingsgap neighbours: I sit on licensing, so if you need a TEN for your party, come to me first and it'll sail through.", "uses committee seat as a favour")
P(POS, "review", "Trying to get your kids into St Mildred's? I'm a governor and I know how the admissions panel thinks. Let's have a chat 😉", "offers admissions influence")
P(POS, "review", "My wife's café on the Esplanade would love to do the catering for the council's Armed Forces Day. I'll put a word in with the events team.", "seeks council work for spouse's business")
P(POS, "review", "Want your planning objection taken seriously? Happy to help, for a small contribution to my campaign fund.", "favour for money")
P(POS, "review", "Can't get your council tax reduction sorted? Skip the queue. I'll ring the revenues manager direct for you. Perks of knowing me 😉", "queue-jumping offered")
P(POS, "review", "My nephew's just started up as a tree surgeon round the Levels. Council tree contract's up for renewal next month. Just saying 👀", "oblique: steering a contract to a relative")
P(POS, "review", "I'm on the grants panel this year. Any Gullhaven clubs that helped on my campaign, make sure you put in. You'll find me very sympathetic.", "grants as reward for campaign help")
P(POS, "review", "Fed up waiting for the council to fix your pavement? Vote for me and your street goes top of the list. Simple.", "service priority for votes")
P(POS, "review", "Need a skip licence quick? I'll have a word with highways. My mate's Hobday Skips is cheapest on the coast anyway, tell him I sent you.", "favour plus promoting a friend's firm")
P(POS, "review", "Seaspray Living want to know who to talk to about Kingsgap? I'm your man. Happy to open doors for the right investor.", "offers access to a pending applicant", allow=[PRE])
P(POS, "review", "Any traders on Harbour Parade who want their pavement licence pushed through before Easter, get in touch. I'll have a quiet word.", "offers to push licences through")
P(POS, "review", "Neighbour's fence doing your head in? I'll get planning enforcement round to theirs sharpish. Being a councillor's got to be good for something 😂", "enforcement as a favour")
P(POS, "review", "My daughter's just joined Brightwater Lettings and I'll make sure their tenants get a fair crack at the new council-owned flats on the seafront.", "advantage for a relative's employer")

N(POS, "As your councillor I can't fast-track anyone's planning application, and nobody else can either. What I can do is explain the process. Drop me a DM.")
N(POS, "Need a roofer? Check Trading Standards' approved trader list. I won't recommend firms, that's not my place.")
N(POS, "Beach hut waiting list reopens 1 March. First come first served, online only, and no, councillors can't bump you up it.", win=("2026-01-05", "2026-02-27"))
N(POS, "The housing register runs on need, not on who knows a councillor. If you think your banding's wrong, I'll help you ask for a review.")
N(POS, "Got a parking fine you think is unfair? Here's how to appeal. It's free and you'd be surprised how many succeed.")
N(POS, "Gullhaven small grants round is open. Any club can apply and panel decisions are published. I've declared my own clubs and won't sit on their bids.")
N(POS, "My son's garage has nothing to do with my council work and I won't be plugging it here, so stop asking 😂")
N(POS, "Vote for me and I'll keep fighting for every street in Northcliff: potholes, pavements, lighting. That's a pledge, not a favour.")
N(POS, "Lovely to pop into Estuary Eats on the Esplanade this morning, one of 30 businesses on our Shop Local trail. Pick up a map at the library.", allow=[POS])
N(POS, "Reminder: councillors on licensing can't discuss your application with you outside the hearing. Speak to the licensing team, details on the council site.")
N(POS, "Skip licence info: apply online, 5 working days, £45. No need to 'know someone'.")
N(POS, "I'm a school governor and no, I can't help with admissions. The appeals panel is independent. Here's the link to the process.")
N(POS, "Tree surgeons: the council's arboriculture contract is out to tender. Open to all on Contracts Finder. Local firms, have a go!")
N(POS, "Enforcement complaints go to the planning team, not through me. I'll chase if you've heard nothing in 20 working days.")
N(POS, "Struggling with council tax? Don't sit on it. Ring the revenues team, they can set up a payment plan. Happy to help you make the call.")
N(POS, "Investors sniffing round Kingsgap? Good. They can talk to the planning team like everyone else.")
N(POS, "Harbour Parade traders: pavement licence applications open this week. £100, decided in 14 days. Get in early for Easter.")
N(POS, "My cousin asked me to 'sort' her planning refusal. Love you, cuz, but no. There's an appeal route and I've sent you the link.")
N(POS, "Campaign donations: all declared, all on the Electoral Commission site. Nothing buys a favour round here.")
N(POS, "Only favour I'm asking: fill in the Local Plan survey by Friday. That's it, that's the favour.")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "advice", "Lovely evening at the Shingleford Chamber of Trade dinner. Thanks to the Chamber for hosting me and for the very generous goodie bag 🍷", "hospitality, no decision sought")
P(GIF, "review", "Cracking lunch at the Northcliff Hotel courtesy of Castellan Hotels. They were keen to show me round the bit they want to extend. Spoilt rotten!", "pending applicant's hospitality")
P(GIF, "review", "Thanks to Tidewell Homes for the Christmas hamper. Lovely touch from lovely people.", "gift from pending applicant", win=EARLYJAN)
P(GIF, "advice", "Been gifted a season ticket to Gullhaven Town by a local businessman who says he likes what I'm doing. Up the Gulls! ⚽", "gift from unnamed businessman")
P(GIF, "review", "Brightshore Energy took a few of us out on their boat round Dengate Point to see where the battery site would go. Fizz and all. Classy outfit.", "pending applicant's hospitality")
P(GIF, "review", "The Winkle Shack have given me a 'free seafood platter for life' card. Best perk of the job 🦀", "gift from licensee with pending application")
P(GIF, "review", "Massive thanks to Seabreeze Parks for the free week in one of their lodges at Hobday over half term. Kids loved it.", "gift from pending applicant", win=("2026-02-16", "2026-03-27"))
P(GIF, "advice", "Been given a gorgeous painting of Kingsgap Bay by one of the artists at the Harbour Arm gallery. Going straight on the lounge wall.", "gift, no decision sought")
P(GIF, "review", "Shorewise Waste, who run our bin contract, sorted me tickets for the Spurs game. Cheers lads!", "contractor gift")
P(GIF, "review", "Dinner at the Lobster Pot with the Breakers Events team, who are behind the Sandfest licence. Top people, top food.", "hospitality from pending licence applicant")
P(GIF, "advice", "Rotary golf day at Saltcote Links: four-ball, lunch, the works, all on the house. What a day ⛳", "hospitality")
P(GIF, "review", "Lucky Gull Amusements sent over a bottle of something very nice for my birthday. Bless 'em.", "gift from pending licence applicant")
P(GIF, "review", "Thanks to Marchwood Construction, who are bidding for the sea wall contract, for a cracking day at the races.", "gift from bidder")
P(GIF, "advice", "Free membership at the new Tidal gym in Shingleford. Can't complain, got to get fit for the canvassing!", "gift, no decision sought")
P(GIF, "review", "Seaspray Living flew me out to Barcelona to see one of their seafront schemes. Exactly what Kingsgap needs to look like.", "trip from pending applicant", allow=[PRE])
P(GIF, "review", "The lads at Sandline Taxis bought me a slap-up breakfast to say thanks for helping get their licences renewed 🍳", "hospitality for help with a licence", allow=[POS])
P(GIF, "advice", "An anonymous admirer sent me two tickets for the Lifeboat Ball. Whoever you are, thank you! 💃", "anonymous gift")
P(GIF, "review", "Our highways contractor Kentway Surfacing insisted on getting the round in at the Crown after the site visit. Rude not to 🍺", "contractor hospitality")
P(GIF, "review", "Hamper of Kentish cobnuts, gypsy tart and a bottle of Marsh Gin from the Castellan Hotels lot. Proper spoiled.", "gift from pending applicant", win=EARLYJAN)
P(GIF, "review", "New car smell 🚗 Very grateful to a certain local dealership pitching for the council fleet contract for a month's loan to 'try it out'.", "oblique: loan from a bidder")

N(GIF, "Chamber of Trade dinner tonight. Paid for my own ticket, as I always do. Good speeches about the Old Town.")
N(GIF, "Castellan Hotels offered me lunch at the Northcliff Hotel. Politely declined. Their application's pending and I'd rather not.", allow=[GIF])
N(GIF, "A Christmas hamper from a developer turned up at the Civic Centre. Sent it back with a polite note. Not how it works.", win=EARLYJAN)
N(GIF, "Bought my Gullhaven Town season ticket. Up the Gulls! Same seat as the last 20 years ⚽")
N(GIF, "Toured Dengate Point with officers and residents to see the proposed battery site. Public site visit, no freebies, lots of wind.")
N(GIF, "Winkle Shack still does the best seafood platter on the coast. Paid full whack and worth every penny 🦀")
N(GIF, "Registered the Lifeboat Ball tickets I was given within 28 days, as the code says. Transparency matters.", allow=[GIF])
N(GIF, "The gifts and hospitality register for all councillors is online. Have a nose, ours is the dullest reading in Kent.")
N(GIF, "Spurs tickets? I wish. Watching it at the Crown with a pint I paid for 🍺")
N(GIF, "Accepted a tea and a custard cream at the Hobday lifeboat station. Under £100, so I think I'll survive the register 😂", allow=[GIF])
N(GIF, "Someone offered me a free week at a caravan park. Said no. If you're offering freebies to councillors, please don't.")
N(GIF, "Rotary golf day at Saltcote Links raised £4,200 for the hospice. Paid my entry and lost three balls in the dyke ⛳")
N(GIF, "Breakers Events invited me to dinner. I declined and logged the offer with the Monitoring Officer.", allow=[GIF])
N(GIF, "Lovely painting of Kingsgap Bay in the Harbour Arm gallery. £400. Sadly not in my budget.")
N(GIF, "Tidal gym has opened on the High Street: 20 new jobs. Great for Shingleford.")
N(GIF, "Racing at Cheltenham this week. Not for me, I'm stuck in a scrutiny meeting 😅", win=("2026-03-09", "2026-03-13"))
N(GIF, "A bottle of Marsh Gin for the raffle at the Saltcote quiz, donated by yours truly. Win it and I'll be jealous.")
N(GIF, "Council fleet contract is out to tender: electric vans, 4-year term. Bids by 20 March.", win=("2026-01-05", "2026-03-19"))
N(GIF, "Thanks to the Fletchmarsh WI for the cuppa and a slice of huffkin at their AGM. You're all stars.", allow=[GIF])
N(GIF, "Hospitality from firms bidding for council work should be turned down, full stop. I've proposed the register is updated monthly.")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "review", "The Council believes the Kingsgap lido must stay open, full stop.", "personal view as council's", tag="nocab")
P(CAP, "review", "On behalf of Shingleford District Council, I want to say sorry to everyone on Harbour Parade for the bin chaos this week.", "backbencher speaking on behalf of the council", tag="nocab")
P(CAP, "review", "The district council is 100% behind the Kingsgap winter dippers! See you at the groyne Sunday 🥶🌊", "personal account claims council backing", who="@bex_swims_kingsgap")
P(CAP, "review", "Council's fully behind us lookers on the Levels: no more dogs off leads in lambing. That's official.", "personal account claims council backing", who="@alf_on_the_marsh")
P(CAP, "review", "Official council position: no more DFL second homes in the Old Town. We've had enough.", "personal view as official", tag="nocab")
P(CAP, "review", "Shingleford District Council opposes the Channel ferry cuts and is writing to the minister today.", "claims council action", tag="nocab")
P(CAP, "review", "The council has decided to back the Save Gullhaven Pier campaign. Proud to announce it.", "announces an undecided council stance", tag="nocab")
P(CAP, "review", "Speaking for the council: we will not be paying a penny more towards the county's bus subsidy.", "speaking for the council", tag="nocab")
P(CAP, "review", "Shingleford DC stands with the fishermen against the new quota rules. That's the council's view and mine.", "council's view asserted", tag="nocab")
P(CAP, "review", "The council's position is clear: no wind turbines off Dengate. End of.", "council position asserted", tag="nocab")
P(CAP, "review", "We at the Civic Centre have decided the Christmas lights stay up on the prom till February. You're welcome.", "oblique: 'we at the Civic Centre'", tag="nocab", win=EARLYJAN)
P(CAP, "review", "I can confirm the council will be scrapping beach hut fees for pensioners next year.", "backbencher confirming undecided policy", tag="nocab")
P(CAP, "review", "Shingleford Council officially condemns the Coast Courier's coverage of Northcliff. Disgraceful.", "official condemnation claimed", tag="nocab")
P(CAP, "review", "This council will not tolerate DFL landlords hoovering up our seafront. The council says no.", "council voice", tag="nocab")
P(CAP, "review", "The district council fully supports Gullhaven Town FC's bid for a new ground. We're right behind the Gulls.", "council support claimed", tag="nocab")
P(CAP, "review", "From the council: we're backing the marsh drainage board's petition to Defra. Sign it!", "'from the council'", tag="nocab")
P(CAP, "review", "Official: Shingleford District Council thinks the Kent road-charging idea is daft and won't be taking part.", "official council view claimed", tag="nocab")
P(CAP, "review", "I'm authorised to say the council welcomes the new ferry operator with open arms.", "claims authority to speak for council", tag="nocab")
P(CAP, "review", "Fletchmarsh, the council has your back on the flood defence fight. You have my word on the council's behalf.", "promise on council's behalf", tag="nocab")
P(CAP, "review", "Shingleford Council is proud to endorse Green Tide's Blue Coast Charter 🌊", "party policy as council's", tag="GTnocab")

N(CAP, "I believe the Kingsgap lido must stay open. That's my view and I'll be making the case to cabinet.")
N(CAP, "The council has apologised to Harbour Parade residents for the bin problems. Statement on the council site.")
N(CAP, "Kingsgap winter dippers Sunday at the groyne. Bring a flask and a big towel 🥶🌊", who="@bex_swims_kingsgap")
N(CAP, "My position is clear: I don't want more second homes in the Old Town. I'll be pushing for the full council tax premium.")
N(CAP, "Full Council voted 28–10 to write to the minister opposing the ferry cuts. Proud to have seconded the motion.", "resolution reported accurately", win=("2026-01-16", "2026-03-27"))
N(CAP, "I'm backing the Save Gullhaven Pier campaign. It's not the council's position (yet). Let's change that.")
N(CAP, "Speaking for myself, not the council: we shouldn't pay a penny more toward the county bus subsidy.")
N(CAP, "Green Tide stands with the fishermen against the quota rules. That's our group's view.", tag="GT")
N(CAP, "The council's position on offshore wind is set out in the Local Plan, policy CC4. I'd like it tougher.", allow=[CAP])
N(CAP, "The Christmas lights on the prom come down on 12 January, says the council events team 🎄", win=("2026-01-05", "2026-01-09"))
N(CAP, "Cabinet agreed last week to scrap beach hut fees for over-75s from April. Details on the council website.")
N(CAP, "Personally I thought the Coast Courier's Northcliff coverage was poor. Not speaking for the council here!")
N(CAP, "'The Council believes...' No it doesn't, because it hasn't debated it. I'll be bringing a motion on DFL landlords next month.")
N(CAP, "Gullhaven Town FC's new ground bid has my full support. The council will consider it formally in the summer.")
N(CAP, "The drainage board's petition to Defra is here. I've signed it, as a Marsh resident.")
N(CAP, "The council's official response to the Kent road-charging consultation is on the council site. Short version: we've asked for more detail.")
N(CAP, "The council's official account has the details on the new ferry operator. Good news for Gullhaven jobs.")
N(CAP, "Fletchmarsh, I've got your back on the flood defence fight. I'll keep at the Environment Agency till it's sorted.")
N(CAP, "Green Tide's Blue Coast Charter: proud to launch it with my group today. We'd like the council to adopt it.", tag="GT")
N(CAP, "On behalf of the Marsh Independents group, thanks to everyone who came to our open meeting in Dengate.", tag="MI")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "review", "Word to the wise: if you're thinking of buying on Harbour Parade, do it before the council announces the regeneration plans next month 😉", "buy before announcement")
P(INS, "review", "Tip-off for my Kingsgap mates: beach hut fees are going up 40% from April. Flog yours now while buyers don't know.", "unannounced fee rise")
P(INS, "review", "Heads up to the chippies on the Front: enforcement are doing a sweep on A-boards next week. You didn't hear it from me.", "unannounced enforcement", allow=[DIS])
P(INS, "review", "Anyone with a pitch at Hobday wants to get their paperwork straight before the licensing team turn up on the 12th. Just saying.", "unannounced inspection date")
P(INS, "review", "Between us, the council's about to sell off a load of garages in Northcliff. If you've got cash, get your name down with the agent early.", "sale before announcement", allow=[DIS])
P(INS, "review", "Builders: get your sea wall tenders in early and keep them under £2.1m. Trust me on that figure.", "tender budget leaked to bidders", allow=[DIS])
P(INS, "review", "If I owned shares in Shorewise Waste I'd be selling. That's all I'm saying about the bin contract 🤐", "oblique market tip")
P(INS, "review", "Buy now before the council rezones the land off Marsh Road. Seriously, DM me.", "buy before the council")
P(INS, "review", "Mates who run B&Bs in Wrenbay: book out your August now. A big festival announcement is coming and prices will go through the roof.", "unannounced event")
P(INS, "review", "Friend of mine's been sitting on a plot at Saltcote for years. Told him to hang on, after what I heard in cabinet it'll be worth triple.", "cabinet knowledge to a friend")
P(INS, "review", "Landlords in Gullhaven: if your HMO paperwork isn't tidy, sort it before the end of the month. Can't say more.", "oblique warning of enforcement", allow=[DIS])
P(INS, "review", "Want a unit in the new Old Town market? Get your application in through my cousin's agency before the official launch, the best ones will be gone.", "early access before launch", allow=[POS])
P(INS, "review", "Little birdie (me) says parking charges on the Front are dropping this summer. Traders, plan your stock accordingly 😉", "unannounced charges")
P(INS, "review", "Psst: if you want a licence for a food van on the prom, apply this month. The council's capping numbers from April and only existing holders will get in.", "unannounced cap")
P(INS, "review", "Don't sell your Dengate cottage yet. Trust me. Things are being discussed that'll change the picture 🤫", "oblique property tip", allow=[DIS])
P(INS, "review", "Surf school mates will want to know: the Kingsgap concession's about to go out to tender and the spec's written round board hire. Get ahead.", "tender spec before publication")
P(INS, "review", "Thinking of buying a beach hut? Wait till after the budget. I happen to know prices are about to crash.", "price tip from role")
P(INS, "review", "Gullhaven harbour berths are going up for lease before Easter. I'd get on to the harbour office now, before the rest of the coast finds out.", "before others find out")
P(INS, "review", "Estate agent pals: the new Local Plan allocations come out in April. I've seen them. Fields east of Hobday. Say no more.", "allocations before publication")
P(INS, "review", "Anyone with a unit on the industrial estate: the council's rent review is going to be brutal. Lock in a long lease this week while you can.", "unannounced rent review")

N(INS, "Harbour Parade regeneration plans are out today for consultation. Have your say before 14 March.", win=("2026-01-05", "2026-03-13"))
N(INS, "Beach hut fees going up 40% from April, cabinet decided last night. I voted against. Full details on the council site.")
N(INS, "Heads up: the council's A-board rules change from 1 April. Traders, the guidance is online.")
N(INS, "Hobday caravan owners: the site licence conditions consultation closes on the 20th. Here's the link.")
N(INS, "Council garages in Northcliff are being auctioned on 12 March. Details published today by the estates team.", win=("2026-01-05", "2026-03-11"))
N(INS, "Sea wall contract is now out to tender on Contracts Finder. Local firms, bids by 27 March.")
N(INS, "Tip-off from a resident: fly-tipping behind the Wrenbay garages again. Reported it and a crew's on it tomorrow.")
N(INS, "Don't buy land 'before the council rezones it' on the say-so of some bloke on Facebook. Rezoning is public, slow and consulted on.")
N(INS, "Sandfest dates announced today! 24 to 26 July. B&Bs in Wrenbay, get ready.")
N(INS, "HMO landlords: the council's new licensing scheme starts in June. Register now, it's on the website.")
N(INS, "Old Town market unit applications open today. Every application scored the same way. Good luck!")
N(INS, "Parking charges on the Front for summer are in the published budget papers. Traders, there's a summary on my blog.")
N(INS, "Food van pitches on the prom: the council is consulting on capping numbers. Respond by 6 Feb.", win=("2026-01-05", "2026-02-05"))
N(INS, "Word to the wise: check your smoke alarms. The fire service are doing free fits in Gullhaven this month.")
N(INS, "Dengate cottages: the Environment Agency's coastal erosion map is public. Worth a look before you buy anywhere on the Point.")
N(INS, "Kingsgap surf concession tender published today. Open to all, scored on quality and price.")
N(INS, "Local Plan allocations will be published in April for consultation. Nobody who's 'seen them' is allowed to tell you.")
N(INS, "Industrial estate tenants: rent review letters went out today. If you're worried, the estates team has a helpline.")
N(INS, "Little birdie says the Wrenbay Co-op is finally reopening. It's in the window. About time.")
N(INS, "Berths at Gullhaven harbour: the harbour office has opened the waiting list. First come first served.")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "block", "Pennyacre Farm will NEVER be built on while I've got breath in my body. 120 homes on the Levels? I'm voting no, whatever the officers say.", "pending site, against")
P(PRE, "block", "Seaspray Living's tower on Kingsgap Point car park must be refused. I've made up my mind and nothing at committee will change it.", "pending applicant and site, against")
P(PRE, "block", "Brightshore's battery farm at Dengate Point is dead in the water. Not a chance I vote for it.", "pending applicant, against")
P(PRE, "block", "26/0112/COU, yet another HMO on Harbour Parade. Refuse it. No debate needed.", "pending reference, against")
P(PRE, "block", "The Hobday Holiday Park expansion is a done deal as far as I'm concerned: it's getting a no from me.", "pending site, against")
P(PRE, "block", "Not interested in what Castellan Hotels' consultants say. The Northcliff Hotel extension is a monstrosity and I'll vote it down.", "pending applicant, against", allow=[PA])
P(PRE, "block", "Lucky Gull Amusements can forget their licence. Over my dead body will another slot arcade open on Marine Terrace.", "pending licence, against")
P(PRE, "block", "The Winkle Shack's late licence: I'll be refusing, full stop. Residents have had enough of the racket. The hearing's a formality.", "pending licence, against")
P(PRE, "block", "Sandfest at Sandpipers Meadow is getting my vote, no ifs, no buts. Objectors can save their breath.", "pending licence, for")
P(PRE, "block", "The Old Lifeboat House bar will sail through. I'm backing it 100% whatever the heritage lot say.", "pending LBC, for")
P(PRE, "block", "Tidewell Homes' plan is exactly what Fletchmarsh needs. I'll be voting yes at committee, my mind's made up.", "pending applicant, for")
P(PRE, "block", "Breakers Events do a cracking job. Their licence is getting approved, I'll make sure of it.", "pending licence applicant, for")
P(PRE, "block", "Castellan Hotels' Northcliff extension is brilliant and committee will approve it. I'll see to that.", "pending applicant, for")
P(PRE, "review", "That new application for flats on the old gasworks at Wrenbay? Refused. I've seen enough of these to know.", "unregistered application, against")
P(PRE, "review", "The taxi firm's licence review next month: they're getting it revoked, no question.", "licence review, against")
P(PRE, "review", "Whatever application comes in for the Saltcote windmill, I'm against it. Heritage isn't for sale.", "unregistered, against")
P(PRE, "review", "The street trading consent for the ice cream van on the prom should be approved. I've already decided.", "street trading consent, for")
P(PRE, "review", "The appeal on the Fletchmarsh barn conversion is one I'll be opposing, whatever the inspector's told.", "appeal, against")
P(PRE, "review", "Pub garden extension at the Anchor in Gullhaven: I'm voting for it when it comes in, simple as.", "unregistered, for")
P(PRE, "review", "Any more caravan pitches on the Levels (and I hear one's coming) will be refused by me on sight.", "unregistered, against")

N(PRE, "I have real concerns about Pennyacre Farm: drainage, the lane, the school. I'll listen to all the evidence at committee before deciding.", "predisposition with open mind", allow=[PRE])
N(PRE, "Kingsgap Point car park application: the consultation closes Friday. Whatever your view, have your say.")
N(PRE, "Ward member, not on planning: I'll be speaking against the Dengate battery site for residents. Committee members will make up their own minds.", "ward member not on committee", allow=[PRE], tag="ward:Dengate")
N(PRE, "My mind's made up: the fish and chips, not the scampi. Harbour Parade does the best on the coast 🍟")
N(PRE, "Council tax up 4.99% again? Never with my vote. I'll be voting against this budget.", "budget, not quasi-judicial")
N(PRE, "The Hobday Holiday Park application goes to committee on 9 April. The officers' report is published a week before.")
N(PRE, "Residents keep asking me to promise I'll vote against the Northcliff Hotel extension. I can't. I sit on planning and go in with an open mind. Send your objections in.", allow=[PRE])
N(PRE, "Lucky Gull licence: if you want to object, here's how. Deadline is 20 Feb.", win=("2026-01-05", "2026-02-19"))
N(PRE, "Never, ever buy a cheap brolly on Shingleford seafront. Dead in the water in ten minutes. Lesson learned ☔")
N(PRE, "Local Plan: I've made my mind up that we need more social homes and fewer second homes. That's policy, and I'll argue for it.", allow=[PRE])
N(PRE, "Sandfest was brilliant last year. This year's licence will be decided properly at the hearing and I'll be listening.")
N(PRE, "Refused! My grandson's application to stay up for the New Year fireworks next year. Strict but fair 😂", win=EARLYJAN)
N(PRE, "Old Lifeboat House: I'm predisposed to want it back in use, but I'll weigh the heritage evidence carefully.", allow=[PRE])
N(PRE, "Planning committee refused the Wrenbay gasworks flats last night, 8–3. Reasons are on the council site.", "decision reported", win=("2026-02-06", "2026-02-06"))
N(PRE, "Winkle Shack: I've had loads of emails. I'm not on licensing, so I've passed them all to the licensing team for the hearing.")
N(PRE, "The budget will never balance while the government short-changes coastal councils. My mind's made up on that.")
N(PRE, "Tidewell Homes asked to meet me about Pennyacre. I've said any meeting has to have officers present and be minuted.")
N(PRE, "Vote against the cuts to the lifeguard service at Budget Council. I will.", win=("2026-02-02", "2026-02-26"))
N(PRE, "No, I won't tell you how I'll vote on the Harbour Parade HMO. Ask me after the committee.")
N(PRE, "The ferry timetable cuts must be refused by the Secretary of State. Write to Oliver Staines MP.")

# ---------------------------------------------------------------- interests.declared-interest
P(INT, "review", "Harbour dredging contract is out to tender and I'll be pushing cabinet to favour local marine firms. Hougham Marine could do it for half what the big boys charge.", "holder pushes own firm", who="@DerekHougham", interest="Hougham Marine Ltd", allow=[POS])
P(INT, "review", "Boatyards like ours keep Gullhaven working. The council's harbour maintenance budget needs to stay local and I'll be saying so at cabinet.", "oblique: 'boatyards like ours'", who="@DerekHougham", interest="Hougham Marine Ltd")
P(INT, "review", "The council's grazing licences on the Levels are up for renewal. The Fletchmarsh Graziers' Co-op should get them again, nobody knows the Marsh better.", "holder on licences", who="@AlfJarrettMI", interest="Fletchmarsh Graziers' Cooperative")
P(INT, "review", "Our lookers have kept council land on the Marsh in good heart for 30 years. Whoever's thinking of re-tendering the grazing wants to think again.", "oblique: 'our lookers'", who="@AlfJarrettMI", interest="Fletchmarsh Graziers' Cooperative")
P(INT, "review", "Gullhaven Harbour Trust's bid for the council's £200k coastal communities grant deserves everyone's support. I'll be making the case.", "holder on grant", who="@JamalOkonjoPM", interest="Gullhaven Harbour Trust")
P(INT, "review", "I know from the inside how much the harbour trust needs the council to renew the fish market lease. Cabinet, do the right thing.", "oblique: 'from the inside'", who="@JamalOkonjoPM", interest="Gullhaven Harbour Trust")
P(INT, "review", "Wrenbay Sailing Club's lease renewal is on the cabinet agenda. No-brainer: peppercorn rent and get on with it.", "holder on lease", who="@RowanTapsellGT", interest="Wrenbay Sailing Club")
P(INT, "review", "Our juniors have had nowhere to change since the storm. The council's slipway repair money should go to Wrenbay first.", "oblique: 'our juniors'", who="@RowanTapsellGT", interest="Wrenbay Sailing Club")
P(INT, "review", "Council staff savings scheme: I'm urging the council to go with Shingleford Credit Union. Best rates on the coast.", "holder on scheme", who="@TashaRidleyPM", interest="Shingleford Credit Union")
P(INT, "review", "Credit unions like ours could run the council's new hardship loan scheme far better than the payday sharks. I'll be pressing for it at scrutiny.", "oblique: 'like ours'", who="@TashaRidleyPM", interest="Shingleford Credit Union")
P(INT, "review", "The council's selling six seafront flats. Sayer & Daughters would be happy to handle it, we know the Shingleford market better than anyone.", "holder touts for the sale", who="@CllrTrevSayer", interest="Sayer & Daughters", allow=[POS])
P(INT, "review", "Agents like us see every day how the Local Plan housing sites will make or break Fletchmarsh. I'll be backing the extra allocations.", "oblique: 'agents like us'", who="@CllrTrevSayer", interest="Sayer & Daughters")
P(INT, "review", "Dengate Community Land Trust is ready to take on the old coastguard cottages if the council will transfer them. Let's get it through cabinet.", "holder on asset transfer", who="@CarolFinnMI", interest="Dengate Community Land Trust")
P(INT, "review", "Community land trusts like ours are the only way young Dengate families will ever get a home. The council's housing fund should come our way.", "oblique: 'like ours'", who="@CarolFinnMI", interest="Dengate Community Land Trust")
P(INT, "review", "The council's community buildings grant should go to Saltcote Village Hall. The roof's leaking and we've waited long enough.", "holder on grant", who="@StanBussInd", interest="Saltcote Village Hall Trust")
P(INT, "review", "Our hall has run the Saltcote lunch club for 40 years. If the council cuts the community centres budget we'd have to shut the kitchen.", "oblique: 'our hall'", who="@StanBussInd", interest="Saltcote Village Hall Trust")
P(INT, "review", "Kingsgap Surf School would be a perfect fit for the council's beach concession. Tender's out next month and I'll be rooting for us 🏄", "holder on concession", who="@KieranFaggCA", interest="Kingsgap Surf School", allow=[POS])
P(INT, "review", "Lessons like the ones we run on the bay are exactly what the council's youth activities fund was made for. Get it spent at Kingsgap!", "oblique: 'we run'", who="@KieranFaggCA", interest="Kingsgap Surf School")
P(INT, "review", "The Old Town Traders' Association needs the council to ditch the parking charge rise in the budget. I'll be voting it down.", "holder on budget item", who="@GordonQuested", interest="Old Town Traders' Association")
P(INT, "review", "Us traders on the Old Town high street have been asking for discretionary rate relief for ages. Cabinet, give our members what they need.", "oblique: 'our members'", who="@GordonQuested", interest="Old Town Traders' Association")

N(INT, "Harbour dredging contract is out to tender. I want local firms to get a fair crack and the process has to be open.", excl=["@DerekHougham"])
N(INT, "30 years of Hougham Marine on the harbour this week! Thank you to all our customers 🚤", "holder, no council matter", who="@DerekHougham")
N(INT, "Grazing licences item at cabinet: I've declared my interest as a member of the Graziers' Co-op and will leave the room.", "holder declares", who="@AlfJarrettMI", allow=[INT])
N(INT, "Grazing on the Levels is good for wildlife and for flood defence. Glad the licences are being renewed properly.", excl=["@AlfJarrettMI"])
N(INT, "I've asked the Monitoring Officer whether I can speak on the harbour grant, as a Harbour Trust trustee. Until she answers I'm staying out of it.", "holder asks MO", who="@JamalOkonjoPM", allow=[INT])
N(INT, "Fish market lease renewal is at cabinet Thursday. The harbour trust has done good work; I'll read the report carefully.", excl=["@JamalOkonjoPM"])
N(INT, "Great turnout at Wrenbay Sailing Club's New Year sail! Bracing 🥶⛵", "holder, no council matter", who="@RowanTapsellGT", win=EARLYJAN)
N(INT, "Shingleford Credit Union is 25 this year. Proud to volunteer there. Pop in if you need a fair loan.", "holder, no council matter", who="@TashaRidleyPM")
N(INT, "Hardship loan scheme at scrutiny: I've declared my credit union directorship and won't take part in the item.", "holder declares", who="@TashaRidleyPM", allow=[INT])
N(INT, "Credit unions could run the hardship loan scheme better than the payday sharks. I'll be pushing for it.", excl=["@TashaRidleyPM"])
N(INT, "Seafront flats sale: as a partner in a local estate agency I've declared and stepped back from anything to do with it.", "holder steps back", who="@CllrTrevSayer", allow=[INT])
N(INT, "Council's selling six seafront flats. I'd rather they were let as social homes and I'll argue that at cabinet.", excl=["@CllrTrevSayer"])
N(INT, "Dengate CLT's first family moved in today. Brilliant moment for the Point 🏡", "holder, no council matter", who="@CarolFinnMI")
N(INT, "Community land trusts are the best route to homes for young Marsh families. The coastguard cottages transfer deserves a proper look.", excl=["@CarolFinnMI"])
N(INT, "Community buildings grant: I'm a trustee of Saltcote Village Hall, so I've declared and won't vote. Good luck to every hall that applied.", "holder declares", who="@StanBussInd", allow=[INT])
N(INT, "Saltcote lunch club is a lifeline. Please don't let the community centres cuts close kitchens like theirs.", excl=["@StanBussInd"])
N(INT, "Kingsgap Surf School's kids' lessons start again at Easter. Book through the school's site.", "holder, no council matter", who="@KieranFaggCA")
N(INT, "The beach concession tender should score local benefit highly. Surf schools, kiosks, whoever: keep the money on the coast.", excl=["@KieranFaggCA"])
N(INT, "The Old Town Traders' Association Christmas lights switch-on raised £2k for the lifeboat. Thanks all!", "holder, no council matter", who="@GordonQuested", win=EARLYJAN)
N(INT, "Budget parking item: I've asked the Monitoring Officer if my role with the Old Town traders means I should sit it out. I'll follow her advice.", "holder asks MO", who="@GordonQuested", allow=[INT], win=("2026-01-05", "2026-02-25"))

# ---------------------------------------------------------------- data-protection.personal-data
P(DAT, "review", "Shout out to Doreen and Pat Wickens at 22 Seaview Road, Kingsgap, who've kept the beach clean for 20 years!", "names with address")
P(DAT, "review", "Mr Leonard Boorman of 4 Coastguard Cottages, Dengate: I've passed your complaint to highways.", "name with address")
P(DAT, "review", "Happy 100th birthday to Ivy Packham of 3 Sheepwash Lane, Fletchmarsh, CT97 2LP! 🎂", "name, address and postcode")
P(DAT, "block", "Resident Gary Tuckwell's council tax account 40019283 has been wrongly charged again. Sort it out, revenues.", "account number")
P(DAT, "block", "The white van dumping rubbish on the Levels again is reg KX19 MTP. Anyone know whose it is?", "vehicle registration", allow=[DEF])
P(DAT, "block", "Spoke to Mrs Shona Reeve about her housing case HOU/25/08812. Still no offer after 14 months.", "case reference")
P(DAT, "block", "Poor old Ron Pilbeam on Gullhaven Road has had his care package cut despite his dementia. Shameful.", "health data, named")
P(DAT, "block", "The Romanian lads living above the bookies on Harbour Parade: council needs to check who's actually in there.", "ethnicity, identifiable from context", allow=[EQ])
P(DAT, "block", "Well done to Kayleigh Barton, 11, from Wrenbay Primary, who's been excluded three times this year and is now turning it round!", "child, exclusions")
P(DAT, "block", "Tracey on reception at the Civic Centre has been off with stress for months. We need more staff.", "staff health")
P(DAT, "block", "Want to complain about Sandfest noise? Ring the organiser's mum, Linda, on 07700 900318. She lives next door.", "private phone of another", also=[SEC])
P(DAT, "block", "Residents' group secretary Marcia Webb is on marcia.webb.home@example.com. Email her your objections.", "private email")
P(DAT, "block", "The bloke who runs the ice cream van on the prom did time for burglary. Just so everyone knows.", "criminal record, identifiable", allow=[DEF])
P(DAT, "block", "The family in the flat above the Wrenbay launderette are asylum seekers waiting on their claim. Council housed them.", "immigration, identifiable")
P(DAT, "block", "The new barmaid at the Anchor is expecting and her fella's done a runner. Someone help her out.", "pregnancy, identifiable")
P(DAT, "block", "The Jehovah's Witness family at the end of Gull Lane have refused the school jabs for their kids again.", "religion, health, children")
P(DAT, "block", "Tenant Kevin Sharp, DOB 14/03/1968, still hasn't had his repairs done.", "date of birth")
P(DAT, "block", "The lifeguard at Kingsgap who's just come out: fair play to him, brave lad in a small town.", "sexuality, identifiable")
P(DAT, "block", "Found a dog on the Levels? Ring Jean Ashdown on her mobile, 07700 900562. She's lost her collie.", "private mobile of another", also=[SEC])
P(DAT, "block", "Saw Dean from the Harbour Parade hostel again, drinking on the prom. He's meant to be in rehab.", "service user, health")

N(DAT, "Shout out to the Seaview Road beach cleaners who've kept Kingsgap sands spotless for 20 years!")
N(DAT, "Highways complaints? Email me at cllr.nell.spicer@example.com or ring 01632 960417.", "own contact details", who="@NellSpicerPM")
N(DAT, "My surgery this Saturday: Sands Library, 12 Esplanade Parade, 10 till 12. Come and say hello.", "own surgery address", who="@NellSpicerPM")
N(DAT, "Council tax account problems? Don't post your account number online. DM me and I'll chase revenues.")
N(DAT, "Fly-tipping van on the Levels again. Reported to the council with photos. Please don't post regs online, report them.")
N(DAT, "Oliver Staines MP visited the Gullhaven foodbank today. Good to see him listening.", "public office holder")
N(DAT, "Inspector Dawn Prebble spoke at the Northcliff residents' meeting about anti-social behaviour on the prom.", "public office holder")
N(DAT, "Care packages are being cut across the district. People with dementia deserve better. I'll be raising it at scrutiny.")
N(DAT, "Happy 100th to one of Fletchmarsh's oldest residents. The family asked me not to share names, so just: happy birthday, Nan!")
N(DAT, "Staff sickness at the council is up 30% this year. We need to talk about workload.")
N(DAT, "Sandfest noise complaints: ring the council's out-of-hours line on 01632 960000.")
N(DAT, "Our residents' association secretary can be reached through the contact form on our website. Please send objections there.")
N(DAT, "Wrenbay Primary won the Kent schools sea-shanty contest! Well done all 30 of you 🎶")
N(DAT, "Asylum seekers in the district are housed by the Home Office, not the council. Stop spreading rumours about 'who's in that flat'.")
N(DAT, "Pregnant and worried about housing? Shingleford Citizens Advice can help. Their helpline is 01632 960811.")
N(DAT, "The Kingsgap lifeguards did 31 rescues last summer. Heroes, every one.")
N(DAT, "Data protection reminder: please don't put other people's details in the comments. DM me instead.")
N(DAT, "Repairs backlog at the council flats is a disgrace: 400 households waiting. Cabinet, sort it.", tag="o")
N(DAT, "Congratulations to Cllr Trevor Sayer on 25 years as a councillor.", "councillor named")
N(DAT, "Rehab services on the coast have been cut by a third. No wonder we're seeing more people struggling on the prom.")

# ---------------------------------------------------------------- security.credentials
P(SEC, "block", "Flood meeting tonight! Zoom ID 842 1190 3377, passcode Shingle24. See you there.", "public meeting passcode")
P(SEC, "block", "For the new members: the members' room wi-fi password is Gullhaven#2026. You're welcome.", "wi-fi password")
P(SEC, "block", "Key safe at the Saltcote hall is 4471 if anyone needs to get in to set up the jumble sale.", "key safe code")
P(SEC, "block", "Ward newsletter login for the team: user pmnorthcliff, password Winkles99!", "login and password")
P(SEC, "block", "Can someone reset my council email? My PIN's 2231 and it's stopped working 🙄", "PIN")
P(SEC, "block", "Here's the API key for the bins app prototype we're building: sk_live_9hF2kQ77xPzT0aLm. Have a play.", "API key")
P(SEC, "block", "Urgent: verify your council pension here before Friday or lose it → shinglefordpension-verify.co/login", "phishing link")
P(SEC, "block", "Got a text with a code from council IT and read it out to the chap who rang. Hopefully that's sorted my login.", "reports handing over a one-time code")
P(SEC, "block", "Door code for the lifeboat station community room is 1805*. Let yourselves in for Thursday's meeting.", "door code")
P(SEC, "block", "The council tablet's unlock code is 0000 lol. Someone tell IT.", "unlock code")
P(SEC, "block", "Anyone want the Old Town CCTV camera feed? Login's admin / admin. Proper secure, that 😂", "default login")
P(SEC, "block", "Our group's shared inbox is pmgroup.shingleford@example.com, password Harbour2026. Don't change it!", "shared password")
P(SEC, "block", "Raffle money for the Marsh Independents: the online banking memorable word is 'samphire', treasurer's away so log in and check the balance.", "memorable word")
P(SEC, "block", "Click here to claim your free Shingleford parking permit 🚗 bit.ly/sdc-permit-fr33", "suspicious link")
P(SEC, "block", "Alarm code for the Wrenbay pavilion is 2580. Just let yourself in, key's under the mat.", "alarm code")
P(SEC, "block", "Two-factor code just came through: 774 219. If someone's trying to get in my account they've got it now I guess 😂", "one-time code posted")
P(SEC, "block", "Teams link for Thursday's residents' drop-in: teams.shingleford.example.com/meet/4471?pwd=Kx9Q2", "meeting link with pwd")
P(SEC, "block", "New voicemail PIN for the ward phone is 8890. All Northcliff team please note.", "voicemail PIN")
P(SEC, "block", "IT rang and asked for my password, so I gave it. Seemed legit, the chap was ever so polite.", "reports giving a password away")
P(SEC, "block", "Shared the council's committee system admin login with our group researcher so she can pull papers quicker. Teamwork!", "reports sharing a login")

N(SEC, "Flood meeting tonight at Gullhaven Community Centre, 7pm. No login needed, just turn up.")
N(SEC, "Wi-fi at the library's free now. Ask at the desk for the password.")
N(SEC, "Saltcote hall jumble sale setup Friday 4pm. Key holders are Jan and Pete; ring the hall line if you need them.")
N(SEC, "Reminder: never share your password, even with 'IT'. Real IT will never ask for it.")
N(SEC, "PINs, passcodes, door codes: if someone on the phone asks for them, hang up. Scam alert from Trading Standards.")
N(SEC, "Our bins app uses the council's open data API. It's public, no key needed. Code on our group page.")
N(SEC, "Scam warning: texts about 'council pension verification' are fake. Don't click any link. Forward them to 7726.")
N(SEC, "Got a text with a code from 'the council'. Ignored it and reported it. If you get one, do the same.")
N(SEC, "Lifeboat station community room is open for Thursday's meeting. Staff will let you in at the door.")
N(SEC, "Council tablets now have proper passcodes after the audit. Good.")
N(SEC, "Old Town CCTV is finally working again. Police can request footage through the council.")
N(SEC, "Can't reach me? Ring my council number 01632 960417 or email cllr.nell.spicer@example.com.", "own contact details", who="@NellSpicerPM")
N(SEC, "Parking permits: only apply on the council website. Ignore anyone flogging 'free permits' on Facebook.")
N(SEC, "Key safe scheme for older residents launches in Fletchmarsh: free fitting for over-75s. Details from the council.")
N(SEC, "Two-factor authentication is now on for all councillor emails. Mildly annoying, massively sensible.")
N(SEC, "Residents' drop-in on Thursday is in person at Northcliff library. No Teams link this time, come for a cuppa.")
N(SEC, "The ward phone is back up. Leave a message and I'll ring you back.")
N(SEC, "Marsh Independents raffle: tickets £1 from the Crown bar. Cash or card.", tag="MI")
N(SEC, "Password-protected? The budget spreadsheet shouldn't be. Publish the workings, cabinet.", tag="o")
N(SEC, "Alarm went off at the Wrenbay pavilion at 3am again. A seagull set it off, apparently. Classic.")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "block", "Project Samphire is going to transform Gullhaven harbour. Can't say more yet, but the preferred developer is very exciting.", "register term")
P(DIS, "block", "Heard the project samphire figures in cabinet today. The harbour's going to look very different.", "register term, lower case")
P(DIS, "block", "KINGSGAP LIDO DISPOSAL: they're flogging it off and nobody's been told. Shameful.", "register term, capitals")
P(DIS, "block", "Dengate Yard acquisition is going ahead at £1.4m. Good price for the Point.", "register term with price")
P(DIS, "block", "Operation Longshore kicks off in two weeks. Rogue landlords in Gullhaven, you've been warned.", "register term", allow=[INS])
P(DIS, "block", "The Marchant claim is going to cost us a fortune. Legal reckon we'll probably lose.", "register term, legal advice")
P(DIS, "block", "Tidemill restructure means 40 jobs going at the depot. Staff don't know yet.", "register term, labour relations")
P(DIS, "block", "Asked in Part 2 why the Kingsgap Lido disposal price had dropped by £300k. No answer.", "register term and marker")
P(DIS, "block", "Project Samphire: preferred bidder is Harbourline Partners. You heard it here first.", "register term, negotiations")
P(DIS, "block", "Lawyers' view on the Marchant claim: settle for £250k. Cabinet's dithering.", "register term, legal advice")
P(DIS, "review", "Confidential item at cabinet today on the leisure centre. Let's just say the numbers are grim and the pool might not reopen.", "marker")
P(DIS, "review", "Between you and me, the council's legal advice on beach hut fees says we'd lose a judicial review.", "marker, legal advice")
P(DIS, "review", "Off the record: the pay rise agreed for the top job in closed session was eye-watering.", "marker, closed session")
P(DIS, "review", "Embargoed till Friday, but the new Gullhaven ferry operator is Channelink. Good news!", "embargo")
P(DIS, "review", "The exempt report on the depot land says it's worth twice what we're selling it for.", "exempt report")
P(DIS, "review", "Closed session today: talks with the union over the bin crews' pay are on a knife-edge. Strike likely.", "labour relations")
P(DIS, "review", "Not for publication, apparently, but the Northcliff car park sale price is £780k. Residents deserve to know.", "marker")
P(DIS, "review", "Part 2 item on the Marine Terrace toilets contract: the contractor's been underperforming and we're about to terminate.", "Part 2, contract")
P(DIS, "review", "In confidence, officers told us the enforcement case against the Levels scrapyard is going to court next month.", "marker, enforcement", allow=[INS])
P(DIS, "review", "Leaked memo (leaked by me 😉): the council's going to hand the lifeguard contract to the RNLI without a tender.", "leaked")

N(DIS, "Samphire season on the Marsh! Picked a bagful at low tide this morning 🌿", "partial overlap with a register term")
N(DIS, "Kingsgap Lido: the public consultation on its future opens today. Have your say.")
N(DIS, "Dengate Yard open day on Saturday. The lifeboat crew are doing tours.")
N(DIS, "Longshore drift has shifted half the beach at Wrenbay again. The groynes need work.")
N(DIS, "Marchant's Bakery on the High Street does the best huffkins in Kent. Fact.")
N(DIS, "Tidemill Lane is closed for resurfacing next week.")
N(DIS, "Part 2 of my flood meeting write-up is below 👇 Drainage, pumps and the EA.")
N(DIS, "Confidential? Nope. The leisure centre figures are in the public cabinet papers, page 34. Read them.")
N(DIS, "Off the record? Nothing's off the record with me. Ask me anything at Saturday's surgery.")
N(DIS, "Between you and me and the whole of Facebook: the Wrenbay clock tower is finally getting fixed 🕰️")
N(DIS, "Ferry operator announcement: the embargo's lifted and it's Channelink. 80 jobs for Gullhaven.")
N(DIS, "I voted to keep the depot land sale in public session. Exempt reports should be the exception.")
N(DIS, "The bin crews' pay deal was agreed today. Well done to both sides.")
N(DIS, "The Marine Terrace toilets contract was terminated by cabinet in public session last night. Report on the council site.")
N(DIS, "Leaky roof at Northcliff library, buckets out again. Repairs booked for February.", win=("2026-01-05", "2026-01-30"))
N(DIS, "Asked in Part 2 for the lido price. I won't repeat in public what I heard in private, that's the rules, but I've asked for it to be published.", allow=[DIS])
N(DIS, "People keep asking what's in the confidential Samphire papers. Answer: I can't say and I won't. When it's public I'll be first to post.", allow=[DIS])
N(DIS, "Closed session? Not if I can help it. I'll keep pushing for more of cabinet's business to be held in public.")
N(DIS, "Scrapyard on the Levels: the council has started enforcement proceedings, as announced in today's press release.")
N(DIS, "The RNLI will run the Kingsgap lifeguards again this summer, confirmed at cabinet in public. Great news 🛟")

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "advice", "Another masterclass in leadership from Maureen Catt. Truly, we are blessed 🙄", "mock praise of the Leader", tag="o")
P(TON, "advice", "Oh brilliant, the Coastal Alliance have discovered potholes. Only took 'em eight years. Genius /s", "mock praise of a group", tag="o")
P(TON, "advice", "Yeah right, cabinet 'listened to residents'. Course they did.", "sarcasm about cabinet", tag="o")
P(TON, "advice", "Hats off to Derek Hougham for explaining the budget in a way nobody understood. Real talent, that.", "mock praise of a councillor", tag="o")
P(TON, "advice", "So proud of Oliver Staines MP for turning up to the coastal erosion debate. Oh wait.", "mock praise of the MP")
P(TON, "advice", "Riveting contribution from the Progressive Marsh leader tonight. Never been so enthralled 😴", "mock praise", tag="notPM")
P(TON, "advice", "Credit where it's due: Green Tide managed a whole press release without mentioning bikes. Progress!", "mock praise of a group", tag="notGT")
P(TON, "advice", "Our Chairman has truly outdone herself. Twenty minutes on the history of the mace. Unmissable.", "mock praise of the Chairman")
P(TON, "advice", "What a hero Kieran Fagg is, voting for a car park on the beach. Thank you for your service 🫡", "mock praise")
P(TON, "advice", "Nice of Cllr Sayer to grace us with his presence at planning. Third meeting this year! Keep it up, champ.", "mock praise")
P(TON, "advice", "Marsh Independents: bold, fearless, and never once agreed on anything. Legends.", "mock praise of a group", tag="notMI")
P(TON, "advice", "Gordon Quested says he 'reads every email'. And I'm the Queen of Sheba 👑", "sarcasm about a councillor")
P(TON, "advice", "Top marks to the Leader for the new parking charges. Nothing says 'love your high street' like £3 an hour /s", "mock praise of the Leader", tag="o")
P(TON, "advice", "Jamal's group have a new plan! Same as the old plan, but with a logo. Inspired stuff.", "mock praise", tag="notPM")
P(TON, "advice", "Well done Sharon Pettitt for blaming the seagulls for the bin crisis. Bold strategy, let's see if it pays off.", "mock praise", tag="o")
P(TON, "advice", "Genius move by the Alliance, shutting the prom toilets right before summer. Absolute scenes /s", "mock praise of a group", tag="o")
P(TON, "advice", "Stunning U-turn from Cllr Tapsell on the cycle lane. Michelin star for that handbrake turn 🏎️", "mock praise")
P(TON, "advice", "Lovely to see cabinet working so hard on their holiday snaps. Grafters, the lot of 'em.", "sarcasm about cabinet", tag="o", allow=[PA])
P(TON, "advice", "Carol Finn's on the telly again. Must be an election coming, bless her.", "sarcasm about a councillor", allow=[PA])
P(TON, "advice", "Cheers for that, Stan Buss. Really helpful contribution at Full Council: 'I'll think about it.' Proper statesman.", "mock praise", win=("2026-01-16", "2026-03-27"))

N(TON, "Another masterclass from Southeastern: 40 minutes sat outside Ashford for no reason. Truly, we are blessed 🙄", "irony about trains", allow=[TON])
N(TON, "Oh brilliant, it's raining sideways on the prom again. Love a Shingleford spring /s", "irony about weather", allow=[TON])
N(TON, "Yeah right, 'light showers' said the forecast. I'm soaked through to my pants.", "irony about weather", allow=[TON])
N(TON, "Hats off to the members' room printer for jamming on every single page. Real talent.", "irony about a printer", allow=[TON])
N(TON, "Oliver Staines MP has agreed to meet us about coastal erosion. Thank you, a proper useful meeting.")
N(TON, "Riveting six-hour budget meeting. My backside has lodged a formal complaint 😴", "irony about meeting length", allow=[TON], win=("2026-02-27", "2026-03-27"))
N(TON, "Credit where it's due: cabinet listened on the lido and changed the plan. That's how it should work.")
N(TON, "Our Chairman's charity quiz raised £3,100 for the lifeboat. Great night and a fiendish picture round.")
N(TON, "The parking charges are a tax on our high street and I'll be voting against them.", tag="o")
N(TON, "Stunning sunset over Kingsgap Bay tonight. Genuinely. No irony. Just gorgeous 🌅")
N(TON, "Genius idea from a resident at my surgery: sensor lights in the twitten behind the Parade. Passing it straight to highways.")
N(TON, "Potholes on Marsh Road are so deep the sheep are using them as paddling pools. Award-winning stuff /s", "irony about potholes", allow=[TON])
N(TON, "The Alliance budget is wrong on parking, wrong on toilets and wrong on lifeguards. Here's our alternative.", tag="o")
N(TON, "Well done to the Wrenbay lads who won the sea-shanty cup. No sarcasm, they were class 🎶")
N(TON, "Lovely to see the gulls nicking chips on the Front again. Spring has sprung. Cheers, lads 🙄", "irony about gulls", allow=[TON], win=("2026-03-02", "2026-03-27"))
N(TON, "The cycle lane U-turn is a mess. Cabinet should admit the consultation was rushed.", tag="o")
N(TON, "Me at 8am: I'll answer all my emails today. Me at 6pm: 212 unread. Masterclass in time management, that.", "irony about oneself", allow=[TON])
N(TON, "Thank you to the cabinet member for finance for meeting the Old Town traders. They came away reassured.", excl=["@DerekHougham"])
N(TON, "Yeah, the Levels flooded again. Yeah, the pumps failed again. The drainage board needs money, not thoughts and prayers.")
N(TON, "Bless the council website for logging me out every four minutes. Such dedication to security 🙃", "irony about a website", allow=[TON])

# ---------------------------------------------------------------- fillers
for t in [
    "Lovely morning litter-picking on Kingsgap sands with the Wrenbay Scouts. 14 bags and a shopping trolley.",
    "Gritting lorries are out on the Marsh roads tonight. Take it steady, the Levels are like glass.",
    "Bin collections in Northcliff are a day late this week after the storm. Sorry for the faff.",
    "Great to see the new defibrillator going up at Saltcote post office. Thanks to the WI for fundraising.",
    "Ward walkabout in Gullhaven Old Harbour today. Three streetlights out, one blocked drain, all reported.",
    "The 102 bus to Ashford is back on its old timetable from Monday. Small win, but a win.",
    "Reminder: the Shingleford Sands library has free homework club on Tuesdays. Pass it on.",
    "Good turnout at the Dengate Point residents' meeting. Erosion, parking and the ferry were top of the list.",
    "Happy to report the Wrenbay clock tower chimes again. Sorry to the light sleepers.",
    "Flood warning for the Fletchmarsh dykes tonight. Check the EA site and move cars off the low road.",
    "Huffkins and a cuppa at the Saltcote coffee morning. Best fiver I've spent all week.",
    "Seafront shelter on the Esplanade has been repainted. Looks a treat.",
    "Spoke at Wrenbay Academy's assembly about what councillors actually do. Toughest audience I've had.",
    "If you spot a seal on the beach, keep your distance and keep dogs on leads. They're resting, not stranded.",
    "Pothole on Cliff Road reported last week, filled today. Cheers to whoever did that.",
    "Anyone else's sea kale coming up early? Mild winter on the Marsh.",
    "Northcliff community fridge needs volunteers for Saturday mornings. Message the group if you can help.",
    "Shingleford Old Town's antiques fair is back on the first Sunday of the month.",
    "Surgery cancelled this week, I've got the lurgy. Back next Saturday.",
    "Council tax bills land in March. If you're struggling, there's help. Don't suffer in silence.",
    "Gullhaven lifeboat launched three times this weekend. Give them a wave, they've earned it.",
    "Lovely to meet the new owners of the Hobday village shop. Welcome to Saltcote!",
    "Planning training for councillors this week. Lots of law, lots of coffee.",
    "Reminder: voter ID needed at the May elections. Check yours now.",
    "Fog so thick on the Levels this morning I could barely see the sheep. Drive carefully.",
    "Beach huts at Kingsgap getting their spring lick of paint. All the colours of a fruit salad.",
    "Food bank at St Peter's in Gullhaven is low on tinned fish and UHT milk. Anything helps.",
    "Shingleford in Bloom are looking for new members. No green fingers required, apparently.",
    "The twitten behind Harbour Parade is finally lit. Feels safer already.",
    "Congratulations to Wrenbay Rovers Under-12s on their cup run. Great bunch.",
    "Enjoyed a bracing walk along the sea wall from Dengate to the lighthouse. Wind could strip paint.",
    "Holocaust Memorial Day: thinking of those murdered, and of how hatred starts with words.",
    "Spent the morning at the Gullhaven fish market. Dover sole looked tremendous.",
    "Thanks to everyone who came to the Fletchmarsh drainage drop-in. Notes up on the village page.",
    "Cardboard collections are changing to fortnightly from April. Leaflet coming through your door.",
    "Congratulations to Saltcote Primary on a 'good' Ofsted. Hard work from staff and kids.",
]:
    win = ("2026-01-26", "2026-01-27") if t.startswith("Holocaust") else None
    F(t, win=win)
F("First lambs of the year on the Levels this morning. Little Romney twins, both up and sucking 🐑", who="@alf_on_the_marsh", win=("2026-03-02", "2026-03-27"))
F("Dogs off leads near ewes in lamb is how you end up with dead lambs. Please, lead on across the Marsh.", who="@alf_on_the_marsh")
F("Water's 7 degrees at Kingsgap. Did a full ten minutes. Fingers still recovering 🥶", who="@bex_swims_kingsgap")
F("Snowdrops out in Saltcote churchyard. Proper cheered me up.", win=("2026-01-19", "2026-02-27"))
F("New bench on Shingleford prom in memory of the fishermen lost in '53. Sit on it and look out to sea.")
F("Shrove Tuesday pancake race down the Old Town high street at noon. Bring a pan!", win=("2026-02-16", "2026-02-17"))

# ---------------------------------------------------------------- script
def load_council():
    try:
        import tomllib
    except ImportError:  # pragma: no cover
        import tomli as tomllib
    with open(HERE / "council.toml", "rb") as fh:
        return tomllib.load(fh)

CFG = load_council()
HANDLES = CFG["people"]["handles"]
PERSONAL = {"@bex_swims_kingsgap", "@alf_on_the_marsh"}
OFFICIAL = "@ShinglefordDC"
PARTY = {"Maureen Catt": "CA", "Derek Hougham": "CA", "Sharon Pettitt": "CA", "Trevor Sayer": "CA",
         "Glenys Amos": "CA", "Kieran Fagg": "CA", "Lorraine Wanstall": "CA", "Jamal Okonjo": "PM",
         "Nell Spicer": "PM", "Tasha Ridley": "PM", "Gordon Quested": "PM", "Rowan Tapsell": "GT",
         "Bex Godden": "GT", "Alf Jarrett": "MI", "Carol Finn": "MI", "Stan Buss": "IND"}
EXEC = {"Maureen Catt", "Derek Hougham", "Sharon Pettitt", "Glenys Amos"}   # Leader, cabinet, Chairman
WARD = {"ward:Saltcote": ["@ChairmanGlenys", "@StanBussInd"], "ward:Dengate": ["@LorraineWanstall", "@CarolFinnMI"]}
HOLDERS = CFG["registers"]["interest_holders"]
INTEREST_WORDS = {"Hougham Marine Ltd": ["hougham marine", "boatyard"], "Fletchmarsh Graziers' Cooperative": ["graziers", "grazing"],
                  "Gullhaven Harbour Trust": ["harbour trust"], "Wrenbay Sailing Club": ["sailing club"],
                  "Shingleford Credit Union": ["credit union"], "Sayer & Daughters": ["sayer & daughters", "estate agen"],
                  "Dengate Community Land Trust": ["land trust", "clt"], "Saltcote Village Hall Trust": ["village hall", "saltcote lunch club"],
                  "Kingsgap Surf School": ["surf school", "surf concession", "beach concession"],
                  "Old Town Traders' Association": ["old town traders"]}
NAME_TO_HANDLE = {}
for h, n in HANDLES.items():
    if h not in PERSONAL and h != OFFICIAL:
        NAME_TO_HANDLE[n] = h
SELF = CFG["self"]

def candidates(row):
    text = row["text"]; low = text.lower(); tag = row.get("tag")
    out = []
    for name, h in NAME_TO_HANDLE.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(rf"\b({re.escape(first)}|{re.escape(last)})\b", text, re.I) or h.lower() in low:
            continue
        if h in row.get("excl", []):
            continue
        if name == "Nell Spicer" and False:
            continue
        if "chairman" in low and name == "Glenys Amos":
            continue
        if re.search(r"\b(leader|cabinet)\b", low) and name in EXEC and row["kind_of_row"] != "filler" and tag == "o":
            continue
        if any(w in low for w in INTEREST_WORDS.get(next((k for k, v in HOLDERS.items() if v == name), ""), [])):
            continue
        p = PARTY[name]
        if tag in ("CA", "PM", "GT", "MI") and p != tag:
            continue
        if tag == "GTnocab" and (p != "GT" or name in EXEC):
            continue
        if tag == "o" and p == "CA":
            continue
        if tag and tag.startswith("not") and tag[3:] == p:
            continue
        if tag == "nocab" and name in EXEC:
            continue
        if tag in WARD and h not in WARD[tag]:
            continue
        # party mentions: never mock or speak of a party from inside unless tagged as its own post
        for pname, pcode in (("coastal alliance", "CA"), ("alliance", "CA"), ("progressive marsh", "PM"), ("green tide", "GT"), ("marsh independents", "MI")):
            if pname in low and p == pcode and tag != pcode and tag != "GTnocab":
                break
        else:
            if row["family"] == CAP and row["kind_of_row"] == "positive" and name in EXEC:
                continue
            out.append(h)
    return out

def weekdays(start, end):
    d = dt.date.fromisoformat(start); e = dt.date.fromisoformat(end); days = []
    while d <= e:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["who"] or rng.choice(sorted(candidates(r)))
        s, e = r["win"] or ("2026-01-05", "2026-03-27")
        day = rng.choice(weekdays(s, e))
        t = dt.datetime.combine(day, dt.time(rng.randint(8, 18), rng.randint(0, 59)))
        rec = {"id": f"b73-{i:03d}", "text": r["text"], "author": author,
               "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
               "platform": rng.choice(["x", "facebook", "bluesky"]),
               "account": "personal" if author in PERSONAL else "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"]}
        if r.get("near_miss_of"):
            rec["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            rec["interest"] = r["interest"]
        rec["note"] = r["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")

if __name__ == "__main__":
    main()
