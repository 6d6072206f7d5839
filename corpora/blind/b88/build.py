#!/usr/bin/env python3
"""Build blind evaluation set b88 (Scarthedge District Council, Derbyshire Peak District).

Hand-written rows plus a deterministic script (seed 8888): shuffles the rows, gives ids
B88-NNNN, picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again gives the same file.
"""
import json, random, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8888

# ---------------------------------------------------------------- people
# key: (name, handle, party, ward, role)
CLLRS = {
    "bowden":    ("Graham Bowden", "@CllrGrahamBowden", "DF", "Scarthwell Central", "leader"),
    "oldfield":  ("Janet Oldfield", "@JanetOldfieldDF", "DF", "Scarthwell Hallbank", "cabinet"),
    "sheldon":   ("Philip Sheldon", "@PhilSheldonCllr", "DF", "Wetherlow and Stoney Cross", "planchair"),
    "eyre":      ("Margaret Eyre", "@CllrMargaretEyre", "DF", "Tidsley and Brackendale", "chairman"),
    "hadfield":  ("Stephen Hadfield", "@SteveHadfieldDF", "DF", "Castlegrave and Thirlow", "cabinet"),
    "needham":   ("Carol Needham", "@CarolNeedhamDales", "DF", "Scarthwell Hallbank", ""),
    "gregory":   ("Roy Gregory", "@RoyGregoryTidsley", "DF", "Tidsley and Brackendale", ""),
    "bhatt":     ("Sunita Bhatt", "@SunitaBhattPP", "PP", "Hollinsford Mills", "groupleader"),
    "cotterill": ("Liam Cotterill", "@LiamCotterill", "PP", "Hollinsford Mills", ""),
    "marsden":   ("Dawn Marsden", "@DawnMarsdenPP", "PP", "Hollinsford Moorside", ""),
    "brock":     ("Owen Brocklehurst", "@OwenBrock_PP", "PP", "Scarthwell Central", ""),
    "wilde":     ("Hannah Wilde", "@HannahWildeGreen", "GP", "Castlegrave and Thirlow", ""),
    "ashworth":  ("Tom Ashworth", "@TomAshworthGP", "GP", "Mossop Edge", ""),
    "bramwell":  ("Ken Bramwell", "@KenBramwellHCI", "HCI", "Wetherlow and Stoney Cross", ""),
    "fox":       ("Lorraine Fox", "@LorraineFoxHCI", "HCI", "Mossop Edge", ""),
    "lomas":     ("Jess Lomas", "@JessLomasIndy", "IND", "Hollinsford Moorside", ""),
}
PERSONAL = {"gregory_p": ("gregory", "@roy_tups_and_ewes"), "wilde_p": ("wilde", "@hannah_climbs_edges")}
PARTY_WORDS = {"DF": ["dales first"], "PP": ["peak progress"], "GP": ["greener peak"],
               "HCI": ["high country independents", "high country indies"]}
INTEREST_HOLDERS = {
    "Hollinsford Community Land Trust": "cotterill",
    "Scarthwell Agricultural Show Society": "gregory",
    "Wetherlow Stone Ltd": "bramwell",
    "Castlegrave Caving Centre": "hadfield",
    "Tidsley Well Dressing Committee": "eyre",
    "Peakland Holiday Cottages": "needham",
    "Mossop Edge Farm": "fox",
    "Hollinsford Mills Credit Union": "bhatt",
    "Scarthwell Brass Band": "oldfield",
    "Thirlow Village Hall": "wilde",
}
# words that tie a post to an interest's body (authors holding it are avoided unless set by hand)
INTEREST_WORDS = {
    "cotterill": ["land trust", "clt"], "gregory": ["show society", "agricultural show", "showground"],
    "bramwell": ["wetherlow stone"], "hadfield": ["caving centre"], "eyre": ["well dressing committee"],
    "needham": ["peakland"], "fox": ["mossop edge farm"], "bhatt": ["credit union"],
    "oldfield": ["brass band"], "wilde": ["thirlow village hall"],
}

ROWS = []

def P(rule, verdict, text, note, allowed=(), by=None, interest=None, when=None, also=(), media=None):
    """Positive row: expects `rule` (plus `also`)."""
    ROWS.append(dict(kind_of_row="positive", family=rule, rules=[rule, *also], allowed=list(allowed),
                     verdict=verdict, text=text, note=note, by=by, interest=interest, when=when, media=media))

def H(near, text, note, allowed=(), by=None, when=None, media=None):
    """Hard negative row: expects nothing, near miss of `near`."""
    ROWS.append(dict(kind_of_row="hard_negative", family=near, near_miss_of=near, rules=[],
                     allowed=list(allowed), verdict="ok", text=text, note=note, by=by, when=when, media=media))

def F(text, note, by=None, when=None):
    ROWS.append(dict(kind_of_row="filler", family="filler", rules=[], allowed=[], verdict="ok",
                     text=text, note=note, by=by, when=when))

# ================================================================ officers.impartiality
O = "officers.impartiality"
P(O, "review", "Ey up, Martin Bagshawe's planning report on the Greave Farm barns is as one-sided as owt I've read. Somebody in that department has already decided and it shows.", "questions a named head of planning's neutrality")
P(O, "review", "I've told the licensing team straight: that report needs rewriting before it goes to committee or I'll be asking why. Paul Redfern knows exactly what I mean.", "pressing a named officer to change a report")
P(O, "review", "Funny how Shona Kirkland always finds a reason to recommend approval when it's a big developer and never when it's a lad wanting a porch in Stoney Cross. Just saying.", "innuendo about a named planning officer's neutrality", allowed=["defamation.allegation"])
P(O, "review", "Our finance director Imogen Slack would have you believe the reserves are empty. Funny that, considering who she plays golf with. Don't believe a word of her budget paper.", "attacks a named director's honesty and neutrality", allowed=["defamation.allegation"])
P(O, "review", "The bin round in Hallbank has been a shambles for a month and Kevin Wragg is hiding behind his desk at Moorgate House. Time he got his coat, frankly.", "named head of service, calls for him to go", allowed=["respect.personal-attack"])
P(O, "review", "Dear officers: if the recommendation on the Wetherlow car park comes back 'approve' again I'll take it the department isn't listening to a single resident. Change it.", "pressing officers to change a recommendation")
P(O, "review", "Our so-called impartial Monitoring Officer has ruled against opposition councillors three times in a row. Nowt impartial about that lad in my book.", "questions the Monitoring Officer's neutrality in public")
P(O, "review", "Whoever wrote the housing allocations report (and we all know it was Beth Mellor's team) clearly had their instructions from the Leader's office. Proper stitched up.", "alleges named officer's team is politically directed")
P(O, "review", "The comms team at the council are basically Dales First's press office these days. Lucy Gratton should be on their payroll not ours.", "named communications manager accused of partisanship")
P(O, "review", "Had a word with the planning case officer this morning and made it very clear the Castlegrave chapel report had to be changed before Thursday. We'll see if she's listened.", "reports pressing an officer to change advice")
P(O, "review", "The Chief Exec has been in the job ten minutes and already acting like she's an elected member. Rachel Ollerenshaw: you weren't voted in, duck.", "attacks the named chief executive in public", allowed=["respect.personal-attack"])
P(O, "review", "Can someone explain why the officer who wrote the Brackendale parking review lives on one of the streets that got exempted? Asking for the whole of Tidsley.", "innuendo questioning an identifiable officer's neutrality", allowed=["defamation.allegation"])
P(O, "review", "Dem services have 'lost' my motion twice now. Tariq Hussain, I'm not daft. Put it on the agenda or I'll put it on here every day till you do.", "pressing a named officer, public pressure", allowed=["bullying.intimidation"])
P(O, "review", "The planners at Moorgate House are frit of the quarry companies, simple as. Every report reads like it's been drafted by Peakrock's lawyers.", "questions planning officers' independence", allowed=["defamation.allegation"])
P(O, "review", "Told the head of environmental health he'd better find some noise readings that back up the residents on Mill Lane, or I'll find someone who will.", "pressing an officer to produce evidence to order")
P(O, "review", "That licensing officer who sat there smirking through the taxi hearing wants reminding who he works for. It's the people of this district, not the cab firms.", "criticises an identifiable officer's conduct and neutrality", allowed=["respect.personal-attack"])
P(O, "review", "Our housing officers told a family in Moorside there was nowt they could do. Lazy, couldn't-care-less attitude from the top down in that department. Beth Mellor, sort your team out.", "public criticism of named housing manager and team")
P(O, "review", "Officers' report says 'no highways objection' to the new estate on the Tidsley road. I've asked them to revisit it and I expect a different answer by the time it comes to committee.", "pressing officers for a different conclusion")

H(O, "Massive thanks to Kevin Wragg and the environmental services crew who were out gritting the Hollin Pass road at 4am. Proper heroes, the lot of them.", "thanks named officer", allowed=[O])
H(O, "The planning report on Greave Farm barns is out. I disagree with the recommendation and I'll be making the case at committee in the normal way. Read it yourselves, link on the council site.", "disagrees with recommendation through proper channel, no officer named", allowed=[O])
H(O, "The bin round in Hallbank has been a shambles for a month. This is what happens when the cabinet cuts the crews by a third. Put the money back.", "blames cabinet policy, not officers")
H(O, "Welcome to Rachel Ollerenshaw, our new Chief Executive, who starts this week. Looking forward to working with you, Rachel.", "welcomes named officer", allowed=[O], when=("2026-01-05", "2026-01-09"))
H(O, "Cllr Janet Oldfield would have you believe the reserves are empty. Her own budget papers say otherwise. Page 14, have a look.", "criticises a cabinet member (a councillor), not an officer")
H(O, "The licensing policy on taxis is a dog's dinner and the cabinet member should be ashamed of it. Drivers in Hollinsford are being priced out.", "robust criticism of policy and a councillor")
H(O, "Asked the Monitoring Officer for advice on whether I need to declare at Thursday's meeting. Quick clear answer as always, cheers Daniel.", "praises named officer", allowed=[O])
H(O, "Spent the afternoon with Shona from planning walking the Castlegrave chapel site. Knows her stuff. Whatever you think of the scheme, the officers have been thorough.", "praise of named officer", allowed=[O])
H(O, "The housing allocations policy was written by this administration and they own it. Dales First: stop hiding behind 'officer advice' and take responsibility.", "blames councillors for a policy, defends officers implicitly", by="opp")
H(O, "I'll be asking officers at committee why the highways assessment for the Tidsley road didn't include the school run. Fair question, and I'll ask it in the meeting.", "asks officers a question through the proper forum", allowed=[O])
H(O, "Shout out to Paul Redfern and the licensing team for the quick work shutting down the illegal sunbed place. Safety first.", "thanks named licensing manager", allowed=[O])
H(O, "Our planners are stretched to breaking: six vacancies and a backlog of 400 applications. That's a staffing decision by the administration, not the officers' fault.", "defends officers, blames administration")
H(O, "Had a meeting with the head of environmental health about the Mill Lane noise. Readings being taken next week. Residents, keep your diaries going, they help.", "reports normal engagement with officer", allowed=[O])
H(O, "Our finance team produced the clearest budget book I've seen in twelve years on this council. The politics in it is Cabinet's, the clarity is Imogen Slack's.", "praises named finance director", allowed=[O])
H(O, "The Chief Executive's pay rise is a decision for full council and I'll be voting against it. Not personal: we can't give 6% at the top and 2% to the bin crews.", "criticises a pay decision, not the officer personally", allowed=[O])
H(O, "The officer's report on the Wetherlow car park recommends approval. I've read it twice and I still have concerns about access. I'll listen to the debate on the night.", "concerns about a report, open mind", allowed=[O, "predetermination.closed-mind"])
H(O, "Our housing team got a family in Moorside rehoused in four days after the flood. Credit where it's due, Beth Mellor and co.", "praise for named housing manager", allowed=[O])
H(O, "Whoever signed off the new Moorgate House car park barrier clearly never drives a Land Rover. It's a physical impossibility. Rant over.", "joke about a barrier, no identifiable officer")

# ================================================================ resources.political-use
R = "resources.political-use"
P(R, "review", "Peak Progress leaflets for Hollinsford Mills all printed and ready! Cheers to the print room at Moorgate House for squeezing them in on Friday.", "party leaflets on council print room", by=["bhatt", "cotterill"])
P(R, "review", "Want to help the Greener Peak campaign? Email me on my council address and I'll send you the canvassing sheets for Mossop Edge.", "council email used for party campaigning", by="ashworth")
P(R, "review", "Dales First branch meeting Tuesday 7pm, Committee Room 2 at Moorgate House. Members only, come and help plan the May campaign.", "party meeting in council offices")
P(R, "review", "Knocked up this quick graphic with the council logo for our High Country Independents campaign on the bus cuts. Share it round, folks.", "council logo on a party campaign graphic")
P(R, "review", "Got the lads from the depot to drop our campaign boards off round Tidsley in the council van on their way home. Teamwork!", "council van and staff time for party boards")
P(R, "review", "Writing this from my council laptop between meetings: if you want a Peak Progress poster for your window, reply with your street.", "council laptop, party poster drive")
P(R, "review", "Asked the council's policy team to pull together some figures on how many homes Dales First have failed to build. They'll make a belting leaflet.", "staff time asked for party attack material", by="opp")
P(R, "review", "Our Greener Peak survey is going out with the council tax reminders this month, so keep an eye out for it in the envelope.", "party survey in council mailing")
P(R, "review", "Franking machine at the council offices saved us a fortune on the election mailshot this time. Every penny counts for a small party, me duck.", "council franking for party mailshot")
P(R, "review", "Big thanks to the comms team for tidying up the words on our Dales First manifesto launch. Makes a difference having pros look it over.", "council comms staff on party manifesto")
P(R, "review", "Door-knocking in Stoney Cross tonight. I'll be the one in the council hi-vis with the High Country Independents rosette on it, can't miss me.", "council kit worn for party canvassing", by="bramwell")
P(R, "review", "Our campaign phone line is the number on my council-issued mobile, so give us a bell if you want to help Peak Progress in Scarthwell Central.", "council mobile as party campaign line", by="brock")
P(R, "review", "Using the council's residents' newsletter mailing list to invite folk to our Dales First coffee morning. If you got the email, that's us!", "council mailing list for party event", allowed=["data-protection.personal-data"])
P(R, "review", "Photocopied 400 'Save Our Buses: Vote Green' flyers on the members' room copier at lunch. Nobody was using it, so where's the harm.", "party flyers on council copier", by="GP")
P(R, "review", "Chuffed with our new party website. The council's IT lad set it up in his work hours as a favour, so a big cheers to him.", "council staff time on party website")
P(R, "review", "Filming my party political broadcast in the council chamber next week. Dales First looks right at home there, I reckon.", "council chamber used for party broadcast")
P(R, "review", "Volunteers for the Peak Progress leaflet drop: meet in the council's Hollinsford one-stop shop reception on Saturday, I've got the keys.", "council building used as party base")
P(R, "review", "Reminder to all Greener Peak members: use your scarthedge.gov addresses for campaign stuff, it looks more official and folk open them.", "instructs council email for campaigning")

H(R, "Peak Progress leaflets for Hollinsford Mills are printed and ready, paid for by the local party and printed by a firm in Glossop Road. Imprint's on the back as the law says.", "party leaflets with party resources", by=["bhatt", "cotterill"])
H(R, "Residents with casework, email me on my council address and I'll chase it up. Party stuff, use the Greener Peak contact page please, I keep them separate.", "council email for casework, explicit separation")
H(R, "My ward surgery is at Moorgate House every second Saturday. All residents welcome whatever your politics, no party business.", "ward surgery in a council building")
H(R, "Lovely to see the council logo on the new gritting lorries. Named 'Ey Up Gritter' after the schools' vote. Cracking.", "council logo on a genuine council item")
H(R, "The council van parked on double yellows outside the Co-op in Tidsley again. Lads, I know you're busy, but set an example eh?", "council van, no campaigning")
H(R, "Reading the committee papers on my council laptop on the train back from Sheffield. 312 pages. Send help and a cob.", "council laptop for council work")
H(R, "Asked the council's policy team for the figures on empty homes in the district for next week's scrutiny meeting. Answers in three days, grand.", "staff time for council scrutiny work")
H(R, "Council tax reminders are going out this month. Check your band, and if you're struggling the hardship fund is there for you.", "council mailing, no party content")
H(R, "Election leaflets paid for and promoted by Scarthwell Central Dales First, 4 Market Street. Not a penny of council money in them, before anybody asks.", "party resources, states no council money", by="bowden")
H(R, "The council's comms team put out a cracking explainer on the new bin days. Share it with your neighbours, it's clear as day.", "shares official council comms")
H(R, "Door-knocking in Stoney Cross tonight for High Country Independents. Rosette on, own coat, no council kit before anybody's mardy about it.", "canvassing with own kit", by="bramwell")
H(R, "My council mobile is for casework only: 01632 960214. Party volunteers, ring the branch instead.", "own published number, separates party", by="marsden")
H(R, "Spotted a party sticker on a council lamppost in Hallbank. Whoever's it is, get it off. Council property isn't a noticeboard for any party, mine included.", "objects to party use of council property", allowed=[R])
H(R, "Thinking of standing in May? Democratic services run a free candidates' briefing at Moorgate House for all parties and independents. Worth going.", "neutral council election briefing")
H(R, "Our Greener Peak team paid to hire Thirlow chapel for our launch. £40 and a tin of biscuits. Proper grassroots.", "party hires private venue", by="ashworth")
H(R, "Filming a short video in the council chamber for the youth council's democracy week. Cracking bunch of young people from the high school.", "chamber used for a council event, no party")
H(R, "Volunteers for the litter pick: meet at the Hollinsford one-stop shop at 10, council's lending us pickers and bags. All welcome, no politics.", "council kit for a civic litter pick")
H(R, "Got an email from the council's IT team: our laptops are getting updated Friday. Save your work or weep, colleagues.", "IT notice, no campaign")

# ================================================================ position.improper-advantage
X = "position.improper-advantage"
P(X, "review", "As your councillor I can get your planning application looked at quicker than the usual queue. Drop me a DM with the reference and I'll have a word.", "offers to fast-track through the role")
P(X, "review", "Anyone needing a dry stone waller for council grant work, use my son-in-law Craig, he knows what the officers like to see. Tell him I sent you.", "steers residents to a relative's firm with council angle")
P(X, "review", "If your bins keep getting missed on Hallbank Road, message me and I'll get you moved to the top of the list. Perks of knowing your councillor, eh.", "offers preferential service")
P(X, "review", "Shameless plug: my shop on Market Street does the best oatcakes in Scarthwell and I'm your councillor, so you know you can trust us. Pop in!", "promotes own business using the role")
P(X, "review", "Tip for anyone applying for a market stall licence: mention my name at the counter. They know me down there and it smooths things along nicely.", "uses name to smooth a licence")
P(X, "review", "Looking for a new tenancy at the council units on Tor Road? I sit on the panel. Buy me a pint at the Tup and we'll see what we can do.", "seeks a favour for council decision", allowed=["gifts.hospitality"])
P(X, "review", "Developers thinking of Scarthedge: my door is open, and I know which buttons to press at Moorgate House to get things moving. DM me.", "offers influence to developers")
P(X, "review", "Got a parking ticket in Castlegrave? Send it my way, I've had a few quietly cancelled for constituents this year. Don't spread it about.", "offers to get fines cancelled")
P(X, "review", "My nephew's roofing firm has done loads of council jobs and I can put a good word in on the repairs framework for anyone else wanting on it. Ring me.", "offers to influence a council framework")
P(X, "review", "Residents of Mossop Edge: need a disabled parking bay? Skip the form, I'll sort it with highways direct. One of the advantages of having a councillor who knows folk.", "offers to bypass the process")
P(X, "review", "If you're wanting a school place at Tidsley Primary for September, let me know privately. I've a bit of pull with admissions.", "claims pull with admissions")
P(X, "review", "My wife's cafe in Castlegrave is now the official place I hold informal chats about planning matters. Buy a brew and bend my ear!", "promotes spouse's business tied to role", by="male")
P(X, "review", "Any local builders want a heads up on which council contracts are coming and how to pitch them? I'm happy to help, for the right local firms.", "offers help to selected contractors", allowed=["confidentiality.insider-advantage"])
P(X, "review", "Rent arrears with the council? Don't panic, I've got the housing manager's ear and can make problems go away for the right people. Message me.", "offers to make enforcement go away")
P(X, "review", "Need a skip permit in a hurry? Use Bradwell Brothers skips, they're mates of mine and I make sure their permits go through same day.", "promotes friends' firm with permit favours")
P(X, "review", "Thinking of selling up? My estate agency on Hallbank Road can tell you what's coming in the Local Plan before anyone else can, being as I'm on the council.", "promotes own agency using council knowledge", allowed=["confidentiality.insider-advantage"])
P(X, "review", "Licensing hearings can be scary. Pubs in my ward: give me a ring before yours comes up and I'll make sure it goes your way.", "offers to influence licensing outcome", allowed=["predetermination.closed-mind"])
P(X, "review", "Mek sure you vote for me in May, because the folk who do will find I'm a lot quicker answering their emails. Just saying, ey up.", "offers preferential service for votes")

H(X, "As your councillor I'll chase up your planning query with the department, but I can't speed anything up or influence the outcome. Same process for everyone.", "explicitly refuses fast-track")
H(X, "If your bins keep getting missed on Hallbank Road, report it on the council website and copy me in. I'll keep pushing until the round gets fixed for the whole street.", "normal casework")
H(X, "Shop local this weekend: Market Street's got oatcakes, cheese and the best pork pies in the Peak. No, I don't own any of them, I just like my food.", "promotes local shops with no connection")
H(X, "Tip for anyone applying for a market stall licence: the form is on the council site and the licensing team run a drop-in on Tuesdays. Dead helpful.", "points to the official process")
H(X, "Several residents have asked me to 'put a word in' for their planning applications. I can't and won't. I'll explain the process, that's all.", "refuses favours")
H(X, "Got a parking ticket in Castlegrave you think is unfair? You can appeal online within 28 days. Here's how it works, step by step.", "explains appeals process")
H(X, "Dry stone wallers wanted! The Peak Park grant scheme opens next month. Plenty of good local firms listed on the Dry Stone Walling Association site.", "neutral signpost to firms", allowed=[X])
H(X, "Developers: the council's pre-application advice service is the route. Councillors on planning don't meet applicants privately and neither do I.", "refuses private developer meetings")
H(X, "Need a disabled parking bay? The form's a faff, I know. Ring me and I'll help you fill it in, then it goes to highways like anyone else's.", "helps with a form, no queue-jumping")
H(X, "Congratulations to my brother-in-law Craig on ten years of his walling business. Proud of you, lad. (Nowt to do with the council, before anyone asks.)", "family business, no council angle")
H(X, "Fast-track? There's no such thing, whatever you've heard in the Tup. Every housing application is assessed on need, and that's how it should be.", "rejects fast-track talk")
H(X, "Thinking of selling up in Hallbank? The draft Local Plan is public, all 300 pages, and consultation runs till March. Have your say.", "signposts public consultation")
H(X, "Licensing hearings can be scary. Pubs in my ward: the council's guidance notes are good and Pubwatch can help you prepare. I can't get involved in the decision.", "signposts help, refuses involvement")
H(X, "Rent arrears with the council? Don't suffer in silence. The tenancy sustainment team and the credit union can help. No judgement.", "signposts support", allowed=[X])
H(X, "Vote for me in May or don't, I'll answer your emails either way. That's the job.", "rejects vote-for-favours")
H(X, "If you're worried about a school place at Tidsley Primary, the appeals deadline is in the admissions booklet. I'm happy to explain the process but I can't influence it.", "explains process, no pull")
H(X, "My wife's cafe in Castlegrave won best cream tea in the Peak! Proud husband. (And no, I don't hold surgeries there.)", "family business praise, no role use", by="male")
H(X, "Council units on Tor Road up for let. The panel scores every bid on the published criteria. Details on the council site, closing date 20 March.", "neutral notice")

# ================================================================ gifts.hospitality
G = "gifts.hospitality"
P(G, "advice", "Lovely do at the Scarthwell Chamber of Trade dinner last night. Three courses, wine flowing, and they sent us home with a hamper of local cheese. Spoilt rotten!", "hospitality and gift from a business body")
P(G, "advice", "A local businessman who 'likes what I'm doing for the town' has given me two tickets for the Sheffield Wednesday box on Saturday. Can't wait!", "gift from unnamed businessman, no decision named")
P(G, "advice", "Bottle of 18-year-old single malt turned up on my doorstep from the Scarthwell Rotary with a card saying 'for all you do'. Too kind, lads.", "valuable gift, no decision sought")
P(G, "advice", "Thank you to the Hollin Hall Hotel for a fabulous spa weekend for two. Never felt so relaxed. Councillor life isn't all committee papers!", "hospitality from a local hotel")
P(G, "advice", "Anonymous envelope with two tickets to the Peak District charity ball, £150 a head. Whoever you are, thank you, I'll see you on the dance floor.", "anonymous valuable gift")
P(G, "review", "Cracking lunch at the Moorcock with the team from Pennine Crest Homes today. They picked up the tab, and a very interesting chat about Coldwell Lane. Nice people.", "hospitality from a pending applicant", allowed=["predetermination.closed-mind"])
P(G, "review", "Thanks to Peakrock Aggregates for the tour of Highcliffe Quarry and the slap-up dinner after. They've given me a lot to think about before the extension comes in.", "hospitality from a pending minerals applicant")
P(G, "review", "The lads at Goldcrust have sent a voucher for free meals for a year to 'help me get a taste' of what the Station Yard drive-thru will offer. Ha! Cheeky but appreciated.", "gift from a pending applicant")
P(G, "review", "Big thank you to Edgefest Events for the VIP weekend wristbands for me and the family. If Moorfest is half as good as their last one, we're in for a treat.", "gift from a pending licence applicant")
P(G, "review", "Enjoyed a night in one of the new lodges at Brackendale, courtesy of Lakeside Lodges Ltd. Woke up to the reservoir mist. Lovely spot for more of them.", "hospitality from a pending applicant", allowed=["predetermination.closed-mind"])
P(G, "review", "The landlord of the Tup and Lantern has told me my pints are on the house from now on. Grand chap. Shame his late licence has got so many objectors.", "free drinks from a pending licensee")
P(G, "review", "Shorefield Waste, who are bidding for our bin contract, kindly took a few of us councillors to the races at Uttoxeter. Great day, and they know their stuff.", "hospitality from a contract bidder")
P(G, "review", "Ridgeway Living have gifted me a framed print of Bradshaw's Mill as it'll look after their conversion. It's going up in the hall. Very generous of them.", "gift from a pending applicant")
P(G, "review", "Christmas hamper from Millward Highways, our road resurfacing contractor. Pork pie, Stilton, the lot. Reckon they'll be getting the next contract too, eh!", "gift from a council contractor", when=("2026-01-05", "2026-01-09"))
P(G, "review", "Wildpeak Glamping have invited me for a free weekend in a pod at Nether Booth Farm so I can 'see it for myself'. Packing the wellies, can't wait.", "accepting hospitality from a pending applicant")
P(G, "review", "Bit of a perk: Hollinsford Taxis run me to and from council meetings for nowt ever since I helped with their licence renewals. Top firm.", "free service from a licensed firm helped by the councillor")
P(G, "review", "Round of golf and lunch at Cavendish Park courtesy of the consultants pitching for our Local Plan evidence work. Shot a 92, don't laugh.", "hospitality from bidders for council work")
P(G, "review", "The chap applying to convert the Old Cheese Factory sent a case of wine after our chat. I'll crack one open tonight and toast Tidsley's future.", "gift from a pending listed building applicant")

H(G, "Invited to lunch by Pennine Crest Homes to 'discuss Coldwell Lane'. Politely declined. Planning members don't take hospitality from applicants, simple as.", "declined hospitality from applicant", allowed=[G])
H(G, "Two tickets for the Wednesday box from a local businessman returned with thanks. Kind thought, but I'll stick to the terraces and pay my own way.", "returned gift", allowed=[G])
H(G, "Chamber of Trade dinner tonight. Paid for my own ticket (£35) and will be listening to what our businesses need from the council this year.", "paid own way")
H(G, "Registered today: a bottle of whisky from the Rotary, worth about £110, within the 28 days the code requires. Thanks lads, it's on the register for all to see.", "gift registered properly", allowed=[G])
H(G, "Peakrock Aggregates offered a quarry tour and dinner. I've said I'll go on the committee's official site visit with officers instead, no dinner. Same rules for everyone.", "declines hospitality, uses official visit", allowed=[G])
H(G, "A lady at my surgery brought in a tray of flapjack for whoever was there. Shared it with the library staff. Best flapjack in Moorside, no contest.", "trivial token shared", allowed=[G])
H(G, "The Tup and Lantern's late licence has a lot of objectors. I'm not on the licensing committee, so I'll pass residents' views on to the process.", "no gift, licensing topic")
H(G, "Nobody sends me hampers, before anyone asks. My Christmas was a selection box from my granddaughter and a pair of socks. Living the dream.", "joke about no gifts", when=("2026-01-05", "2026-01-09"))
H(G, "Spent a night in one of the Brackendale bothies with the Scouts. Paid our £12 each, toasted marshmallows, nobody slept. Brilliant.", "paid stay, no business")
H(G, "Shorefield Waste asked if councillors wanted a day at the races. No thank you. They're bidding for a council contract and that's the end of it.", "refuses hospitality from bidder", allowed=[G])
H(G, "Reminder to new colleagues: any gift or hospitality over £100 goes on the register within 28 days. If in doubt, ask Democratic Services. Saves grief later.", "reminder of the rule", allowed=[G])
H(G, "Wildpeak Glamping have invited councillors for a free weekend at Nether Booth Farm. I've said no. I'll look at the plans like everyone else.", "declines applicant hospitality", allowed=[G])
H(G, "The Mayor's charity ball raised £8,400 for the air ambulance. I paid for our table myself. Cracking night, and a sore head this morning.", "paid for own ticket")
H(G, "Got a free coffee at Goldcrust on the ring road because their machine was broken and they felt bad. That's the full extent of my corruption, folks.", "jokey trivial item unrelated to decision", allowed=[G])
H(G, "Christmas hampers from contractors: the council policy is clear and I've sent mine back. Please don't, folks, it puts us in an awkward spot.", "returned contractor gift", allowed=[G], when=("2026-01-05", "2026-01-09"))
H(G, "Thanks to the Scarthwell Rotary for inviting me to speak at their lunch. I had the soup and paid for it. Brilliant questions about the bus cuts.", "paid own lunch")
H(G, "Taxi drivers in Hollinsford tell me licence fees are crippling them. I'll raise it at scrutiny. No, I don't get free rides, I get the bus.", "taxi topic, no gift")
H(G, "Received a thank-you card from the Old Cheese Factory Preservation Society for my talk on Tidsley's history. Lovely handwriting, no wine included, sadly.", "card only, not the applicant", allowed=[G])

# ================================================================ capacity.council-voice
C = "capacity.council-voice"
P(C, "review", "Scarthedge District Council is fully behind the Save Hollin Pass Buses petition. Sign it and share it, the council wants every name it can get.", "personal view presented as the council's", by="back")
P(C, "review", "On behalf of Scarthedge District Council, I'd like to say the Moorfest organisers are welcome here any time. We love what you do.", "speaks on behalf of the council", by="back", allowed=["predetermination.closed-mind"])
P(C, "review", "The official council position is that second homes are killing our villages and should pay triple council tax. You heard it here first.", "party view as official council position", by="back")
P(C, "review", "The Council believes the Peak Park planning board has let Castlegrave down for years. We'll be saying so loud and clear.", "the Council believes, from a backbencher", by="back")
P(C, "review", "Council's right behind us shepherds on the dog-walker problem this lambing. That's official from me. Keep them on leads!", "personal account claims official council backing", by="gregory_p", when=("2026-03-02", "2026-03-27"))
P(C, "review", "Scarthedge Council supports the climbers on the access row at Thirlow Edge 100%. No fences on our gritstone, and the council won't stand for it.", "personal account speaks for the council", by="wilde_p")
P(C, "review", "Speaking for the council here: we think the Sheffield bus company have treated Hollinsford with contempt. Shameful.", "speaking for the council", by="back")
P(C, "review", "Scarthedge District Council proudly endorses the Greener Peak Clean Rivers Pledge. Sign up today!", "party pledge presented as council endorsement", by="GP")
P(C, "review", "It's the position of this council that the High Country Independents' plan for a tourist tax is the only way forward. Full stop.", "party plan presented as council position", by="HCI")
P(C, "review", "As far as the council is concerned, the water company can forget any goodwill from Scarthedge until the sewage stops going into the Wye. Council's had enough.", "personal fury as council's stance", by="back")
P(C, "review", "The district council has decided to back the campaign to reopen the Tidsley railway line. I've just told the campaigners so myself.", "claims an unmade council decision", by="back")
P(C, "review", "Official statement from Scarthedge District Council: we condemn the MP's vote on rural bus funding. (Posted by me, your local Peak Progress councillor.)", "party statement labelled official council statement", by="PP")
P(C, "review", "The council's view is simple: no more holiday lets in Castlegrave. Not one. We're done with it.", "personal view presented as council's", by="back")
P(C, "review", "I can confirm on behalf of Scarthedge council that we will be funding the Mossop Edge youth club again next year. Don't worry, kids.", "commits the council without a decision", by="back")
P(C, "review", "Scarthedge District Council stands with the quarry workers 100% in their pay dispute with the owners. Solidarity from all of us at Moorgate House.", "council stance in a private dispute", by="back")
P(C, "review", "Message from the council to the fly-tippers on Moss Road: we're coming for you. Council's patience has run out. Signed, your councillor.", "speaks as the council", by="back")
P(C, "review", "This council officially opposes the government's plan to merge us with the city. Dales First have said it all along and now it's council policy. Proud day.", "party line presented as council policy without a resolution", by="DF")
P(C, "review", "On behalf of everyone at Scarthedge District Council: congratulations to Hollinsford FC on promotion and we'll be sponsoring your new kit!", "commits council sponsorship on own account", by="back")

H(C, "Full council voted last night to back the Save Hollin Pass Buses petition, 13 votes to 2. Good to see cross-party support. Sign it if you haven't.", "accurate report of a council resolution", allowed=[C])
H(C, "My personal view: second homes should pay triple council tax. That's not council policy, it's what I'll be arguing for at budget council.", "personal view labelled as such")
H(C, "Peak Progress believes the bus company has treated Hollinsford with contempt. We'll be raising it at full council on the 12th.", "party view presented as party's", by="PP")
H(C, "I think the Peak Park planning board has let Castlegrave down. That's me speaking, not the council, in case anyone's wondering.", "own view, disclaims council")
H(C, "Council's press release on the new gritting routes is out: link on the council's page. Worth a read if you're up in Mossop Edge.", "shares official council content", allowed=[C])
H(C, "Shepherds on the dog-walker problem this lambing: keep them on leads, folks. Ewes are heavy in lamb and a chase can kill them.", "personal account, no council claim", by="gregory_p", when=("2026-03-02", "2026-03-27"))
H(C, "The council should back the campaign to reopen the Tidsley railway line. I'm putting a motion to full council in March to ask it to.", "should, not does", allowed=[C])
H(C, "Greener Peak launch our Clean Rivers Pledge today. We'll be asking the council to sign up too. Fingers crossed.", "party pledge, asks council", by="GP")
H(C, "As a council we need to be braver on holiday lets. I'll be pushing for an Article 4 direction in Castlegrave. Watch this space.", "as a council we need to, a call not a claim", allowed=[C])
H(C, "Cabinet agreed on 14 January that the council will fund the Mossop Edge youth club for another year. It's in the minutes, item 6. Great news.", "accurate report of cabinet decision", allowed=[C])
H(C, "Personally, I stand with the quarry workers in their pay dispute. It's a private dispute and not one the council takes sides in, but I'll be at the picket with a flask.", "personal view with disclaimer")
H(C, "The Chairman's official statement on the passing of our former councillor Alan Birch is on the council's website. A true gentleman.", "refers to official council statement", allowed=[C])
H(C, "High Country Independents say a tourist tax is the only way forward. We're not the council and we'd need a vote, but we'll make the case.", "party position, disclaims council", by="HCI")
H(C, "Fly-tippers on Moss Road: the council's enforcement team have cameras up and prosecuted three of you last year. Stop it.", "reports actual council enforcement", allowed=[C])
H(C, "Council's official position on the merger, agreed at full council in November: opposed. I voted for that and I still agree with it.", "accurate report of a resolution", allowed=[C])
H(C, "Congratulations to Hollinsford FC on promotion! I'll be chucking a tenner in the kit fund myself. Up the Mills!", "personal congratulations, own money")
H(C, "Official: it's brass monkeys up on Mossop Edge today. Minus six on my car thermometer. Stay nesh, stay indoors.", "'official' used jokingly about the weather")
H(C, "I'm not the council, I'm one of sixteen councillors, and my views are my own. But I'll say it: the water company should be ashamed of the state of the Wye.", "explicit disclaimer")

# ================================================================ predetermination.closed-mind
D = "predetermination.closed-mind"
P(D, "block", "I'll be voting against the Coldwell Lane houses when they come to committee. 85 homes on a field that floods every winter? Not a chance.", "settled view on pending SDC/25/0412/FUL by site")
P(D, "block", "Pennine Crest Homes can put in as many revised plans as they like, my mind's made up. It's a no from me.", "settled view, names applicant")
P(D, "block", "Whatever the officers say, the Highcliffe Quarry extension will never get through this council while I'm on planning. Blasting at breakfast? Never.", "settled view, whatever the officers say, names site")
P(D, "block", "SDC/25/0519/FUL (them glamping pods at Nether Booth Farm) must be refused. Castlegrave's had enough of tents and pods and traffic.", "must be refused, names reference and site")
P(D, "block", "The Tup and Lantern wants to stay open till 2am. Over my dead body. I'll be voting to refuse that licence, and I've told the landlord.", "settled view on pending licence")
P(D, "block", "Moorfest is dead in the water as far as I'm concerned. The licensing sub-committee will refuse it and I'll make sure of it.", "settled view on pending event licence", allowed=["capacity.council-voice"])
P(D, "block", "Bradshaw's Mill flats: I've read enough. Forty flats with twelve parking spaces is daft and I'll be voting it down, simple as.", "settled view, names site")
P(D, "block", "A drive-thru at Station Yard, next to a primary school? It'll be refused, mark my words. I'm not even going to read the traffic report.", "refuses to consider evidence, names site")
P(D, "block", "Lakeside Lodges at Brackendale Reservoir have my vote, no question. Jobs for local lads, money in the villages, job done. Can't see owt changing my mind.", "settled view in favour, names applicant and site")
P(D, "block", "Nobody's going to talk me out of backing the Old Cheese Factory scheme. It's that or a ruin. Listed building consent should be a formality.", "settled view in favour, names site")
P(D, "block", "Pennine Booze & Vape on Hallbank Road? Another late-night offie selling to kids. My vote's a no before the hearing even starts.", "settled view on pending licence")
P(D, "block", "Edgefest Events have done everything we asked. I'll be voting yes to their licence at the hearing and anyone objecting is wasting their breath.", "settled view in favour of pending licence")
P(D, "review", "That barn conversion up at Hagg Side Farm is never getting approved, not on my watch. Whatever the plans say when they come in, it's a no.", "settled view on an unregistered application")
P(D, "review", "The taxi driver whose licence is up for review next week: I've seen enough. His licence should be revoked and I'll say so at the hearing.", "settled view on a taxi licence review")
P(D, "review", "The chip van wanting street trading consent on the Market Place can forget it. I've made up my mind and it's a no from me.", "settled view on street trading consent")
P(D, "review", "The wind turbine appeal at Stanage Top? The inspector should throw it out and when it comes back to us I'll vote against again. Never changing my mind.", "settled view on an appeal")
P(D, "review", "Whatever the officers recommend on the new supermarket plans for Hollinsford, I'll be backing it. We need it. Nowt else to say.", "settled view in favour, unregistered")
P(D, "review", "Heard the caravan site at Kettle Clough is putting plans in. Save yourselves the fee, lads, because that's getting refused when it reaches committee.", "prejudges an expected application")

H(D, "I have real concerns about the Coldwell Lane houses and flooding. I'll listen carefully to the evidence and the debate before I decide. Residents, get your comments in.", "predisposition with open mind")
H(D, "I'm not on the planning committee, so I can say it: as ward member I object to Pennine Crest's Coldwell Lane scheme and I've sent my objection in.", "ward member not on committee objecting", allowed=[D])
H(D, "My mind's made up on the budget: I'm voting against a 4.99% council tax rise. Families in Moorside can't take another hike.", "settled view on budget, not quasi-judicial")
H(D, "The Local Plan's housing numbers will never work for the Peak. I've made my mind up on that and I'll be saying so at full council.", "settled view on plan-making, not quasi-judicial", allowed=[D])
H(D, "Lots of folk asking about the Highcliffe Quarry extension. The application is on the council website, comments close 6 March. Have your say, whichever side you're on.", "neutral signpost to pending matter")
H(D, "Second homes policy: never again should we let the villages hollow out. I'll be pushing for a premium on council tax.", "policy view, not quasi-judicial")
H(D, "The Tup and Lantern licence hearing is in April. I sit on licensing, so I won't be saying owt about it till it's heard. Sorry folks, that's the rule.", "refuses to comment on pending licence")
H(D, "Refused! Brilliant news that the Peak Park turned down the quarry road scheme last week. Common sense won.", "decision already made elsewhere")
H(D, "Moorfest: I've heard from a lot of residents, for and against. I'll come to the hearing with an open mind and listen to both sides.", "open mind on pending licence")
H(D, "Bus cuts must be reversed. I will never support losing the 61 to Hollinsford. That's not a planning matter, it's a lifeline.", "'never' on a non-quasi-judicial matter")
H(D, "Voted against the parking charges at Cabinet. Dead in the water? Let's hope so. Towns like Scarthwell need footfall, not fees.", "political vote, not quasi-judicial")
H(D, "Station Yard drive-thru: the officers' report is out. I'm reading it before the site visit. Questions about the school crossing are the big one for me.", "engaging with evidence on pending matter")
H(D, "The Old Cheese Factory is a lovely building and I'd love to see it used again. Whether this particular scheme is right is for the committee to weigh up on the evidence.", "predisposition, open mind")
H(D, "Never say never? Well I'll say it: I'll never get the hang of the new committee system on my iPad. Send help.", "'never' joke")
H(D, "Objectors to Bradshaw's Mill: the deadline is Friday and the committee can only weigh what's on file. Put your concerns in writing.", "neutral advice on pending matter")
H(D, "Predetermination rules mean planning members can't say how they'll vote before the meeting. So no, I won't be telling you at the bus stop, Maureen!", "explains the rule")
H(D, "Refusing the Rowlee Farm barns last year was the right call and the inspector agreed on appeal last month. It's done and dusted.", "settled view on a decided matter")
H(D, "Whatever the government says, this district will never be a dumping ground for waste from the cities. That's a policy fight and I'm up for it.", "'never' and 'whatever' on policy")

# ================================================================ interests.declared-interest
I = "interests.declared-interest"
P(I, "review", "Delighted the council's community housing fund is going to Hollinsford Community Land Trust's plans for six affordable homes on Mill Brow. Get it approved at cabinet!", "holder backs council funding for own CLT", by="cotterill", interest="Hollinsford Community Land Trust")
P(I, "review", "CLTs like ours are the answer to the housing crisis in the Peak. The council should hand us the Moorside garage site for a pound. Make it happen, cabinet.", "holder presses council asset transfer to own CLT, unnamed", by="cotterill", interest="Hollinsford Community Land Trust")
P(I, "review", "The council's grant to the Scarthwell Agricultural Show Society must be restored in this budget. Without it, the show's in real trouble. Vote for the amendment!", "holder lobbies on grant to own society", by="gregory", interest="Scarthwell Agricultural Show Society")
P(I, "review", "Those of us who run the show know what the showground car parking charge would do. The council's plan to charge us £2,000 for the field has to go.", "holder speaks for the show on a council charge", by="gregory", interest="Scarthwell Agricultural Show Society")
P(I, "review", "The council's new minerals policy is a disaster for Wetherlow Stone Ltd and every other quarry in the district. Councillors should throw it out at full council.", "holder attacks policy affecting employer", by="bramwell", interest="Wetherlow Stone Ltd")
P(I, "review", "As someone who's worked in stone all my life, I know from the inside what the council's HGV weight limit on the Stoney Cross road will do to our firm. Scrap it.", "holder speaks for employer without naming", by="bramwell", interest="Wetherlow Stone Ltd")
P(I, "review", "The council's tourism marketing budget should go to the attractions that bring folk in, like the Castlegrave Caving Centre. I'll be making the case in cabinet.", "holder pushes budget towards own firm", by="hadfield", interest="Castlegrave Caving Centre")
P(I, "review", "Business rate relief for adventure centres like ours in Castlegrave would make all the difference this winter. Council should extend it, simple as.", "holder seeks rate relief for own centre, unnamed", by="hadfield", interest="Castlegrave Caving Centre")
P(I, "review", "The council's community events grant should be ring-fenced for the Tidsley Well Dressing Committee. We've been doing this since 1820 and it's time the council paid its way.", "holder seeks grant for own committee", by="eyre", interest="Tidsley Well Dressing Committee")
P(I, "review", "Folk asking why the dressings might not go up this summer: ask the council why our grant was cut. We'll be pressing hard to get it back in the budget.", "holder speaks for committee on council grant, unnamed", by="eyre", interest="Tidsley Well Dressing Committee")
P(I, "review", "The council's proposed 100% premium on second homes and holiday lets would hammer agencies like Peakland Holiday Cottages and the families who clean for us. Vote it down.", "holder opposes council premium affecting own firm", by="needham", interest="Peakland Holiday Cottages")
P(I, "review", "Letting agents like us are being scapegoated. The council's Article 4 plan for Castlegrave will cost local jobs and I'll be speaking against it.", "holder speaks for own agency, unnamed", by="needham", interest="Peakland Holiday Cottages")
P(I, "review", "The council's plan to raise rents on its moorland farms by 30% is daylight robbery. I'll be fighting it for every tenant, Mossop Edge Farm included.", "holder fights council rent rise on own tenancy", by="fox", interest="Mossop Edge Farm")
P(I, "review", "Us tenants on the council's upland farms can't take a rent rise this year. Cabinet needs to freeze it, and I'll be telling them so on Thursday.", "holder speaks for tenants including self, unnamed", by="fox", interest="Mossop Edge Farm")
P(I, "review", "The council should put its hardship loan scheme through Hollinsford Mills Credit Union, not a national lender. Local money for local folk. Cabinet, sort it.", "holder pushes council scheme to own credit union", by="bhatt", interest="Hollinsford Mills Credit Union")
P(I, "review", "Credit unions like ours could run the council's staff savings scheme far better than the bank does. I'll be raising it with the finance portfolio.", "holder promotes own CU for council scheme, unnamed", by="bhatt", interest="Hollinsford Mills Credit Union")
P(I, "review", "Council's arts grant round: Scarthwell Brass Band deserves every penny we've bid for. Forty players, free concerts in the park. Back our bid!", "holder lobbies for own band's grant", by="oldfield", interest="Scarthwell Brass Band")
P(I, "review", "The council's village halls fund has to include halls like ours in Thirlow that need a new roof. I'll be pushing for it at the next meeting.", "holder pushes fund for own hall, unnamed", by="wilde", interest="Thirlow Village Hall")

H(I, "Delighted the council's community housing fund is going to Hollinsford Community Land Trust's plans for six affordable homes on Mill Brow. Great work by a cracking local group.", "same matter from a non-holder", by="bhatt")
H(I, "Declaring an interest as a board member of Hollinsford Community Land Trust: I'll be leaving the room when the Mill Brow grant is discussed at cabinet.", "holder declares", allowed=[I], by="cotterill")
H(I, "Scarthwell Show schedule is out! Sheep classes, dry stone walling demo and the terrier racing. Entries close 30 April.", "holder posts about body with no council matter", by="gregory")
H(I, "The council's grant to the Scarthwell Agricultural Show Society should be restored. It brings thousands into the town. Backing the amendment.", "same matter, non-holder", by="brock")
H(I, "The new minerals policy will hit quarry jobs in Wetherlow. I'll be listening to the workforce and the residents before full council.", "non-holder on quarry policy", by="ashworth")
H(I, "I work for Wetherlow Stone, as my register shows, so I won't be speaking or voting on the minerals policy. Monitoring Officer's advice and I'm following it.", "holder steps back", allowed=[I], by="bramwell")
H(I, "Fantastic afternoon at the Castlegrave Caving Centre with the Cubs from Thirlow. Forty kids, forty muddy faces.", "caving centre, no council matter", by="wilde")
H(I, "Tourism budget: the council needs to back the whole visitor economy, not pick winners. I'll be asking for a fair scheme open to all.", "non-holder on tourism budget", by="ashworth")
H(I, "Tidsley dressings will go up in July as always. Petals, clay and a lot of tea. Volunteers welcome, no experience needed.", "holder about body, no council matter", by="eyre")
H(I, "I chair the Tidsley Well Dressing Committee, so I've asked the Monitoring Officer whether I can speak on the events grant. Awaiting advice.", "holder asks the MO", allowed=[I], by="eyre")
H(I, "The second homes premium is the right policy. Holiday lets have emptied Castlegrave in winter. Vote it through.", "non-holder on the premium", by="wilde")
H(I, "Peakland Holiday Cottages, my family firm, is on my register. I'll be declaring and leaving the chamber for the second homes debate.", "holder declares", allowed=[I], by="needham")
H(I, "Council farm rents: tenants deserve a fair deal and a proper consultation before any rise. I'll be asking cabinet for one.", "non-holder on council farm rents", by="ashworth")
H(I, "Lambing's started at Mossop Edge Farm. Six sets of twins overnight and no sleep. Send coffee.", "holder about own farm, no council matter", by="fox", when=("2026-03-02", "2026-03-27"))
H(I, "Hardship loans: the council should look at all the local options including credit unions. Getting folk off doorstep lenders is the priority.", "non-holder on the scheme", by="wilde")
H(I, "Hollinsford Mills Credit Union is open Saturday mornings at the library. Savings from £1 a week. (I'm a director, it's on my register.)", "holder promotes body, no council matter", allowed=[I], by="bhatt")
H(I, "Scarthwell Brass Band playing carols at the market cross tonight. Bring a flask and your best voice.", "holder about band, no council matter", by="oldfield", when=("2026-01-05", "2026-01-06"))
H(I, "Village halls fund opens next month. Every hall committee in the district should apply, there's £200k in the pot.", "non-holder signposts fund", by="ashworth")

# ================================================================ data-protection.personal-data
DP = "data-protection.personal-data"
P(DP, "review", "Happy 100th birthday to Edna Slater of 14 Chapel Row, Tidsley! A century in the village and still makes the best parkin going.", "name with address")
P(DP, "review", "Bins not collected at Harold and June Pickford's, 3 Sough Lane, Hollinsford SK47 2RD, for the third week. Council, sort it.", "names with address and postcode")
P(DP, "review", "Mr Derek Wain at Ivy Cottage, Moss Road, Mossop Edge has been waiting since October for his fence repair. Not good enough.", "name with address")
P(DP, "block", "Mrs Pat Kenyon of Stoney Cross has dementia and keeps getting lost. If you see her wandering, please ring her daughter Lynn on 07700 900527.", "health data and private phone number", also=["security.credentials"])
P(DP, "block", "Lost dog! Belongs to Arthur Lees, ring him on 07700 900841, he's beside himself. Black and white collie answering to Moss.", "private mobile of a resident", also=["security.credentials"])
P(DP, "block", "The family in the flat above the Spar on Hallbank Road are refugees from Syria and need winter coats. Drop any spares at my house.", "identifiable from context, immigration status")
P(DP, "block", "Fly-tipper caught red-handed on Moss Road: white Transit, reg DP19 XKT. Shame on you. Everyone keep an eye out.", "vehicle registration", allowed=["defamation.allegation"])
P(DP, "block", "The lad who's just started at the Co-op in Castlegrave did three years for burglary. Just so folk know, keep an eye on your purses.", "criminal record, identifiable from context", allowed=["defamation.allegation"])
P(DP, "block", "Council tax account 40071928 (that's Mrs Hinchliffe on Tor View) has been overcharged for two years. Housing benefit mess again.", "account number with name")
P(DP, "block", "Chased housing case HOU/2025/3317 for the young mum at Brook Terrace. She's expecting again and can't manage the stairs.", "case reference, pregnancy, identifiable")
P(DP, "block", "Little Jayden Moore from Year 4 at Tidsley Primary was bullied so badly his mum's taken him out of school. The council must act.", "named child and school")
P(DP, "block", "Sad to hear the receptionist at the Hollinsford one-stop shop, you know who I mean, has been signed off with depression again. Thinking of you, love.", "staff health, identifiable")
P(DP, "block", "Karen Platt's private email is kplatt.home@example.com if anyone from the Moorside residents' group wants to get in touch with her about the tip.", "private email of a resident")
P(DP, "block", "The gay couple who've taken over the post office in Thirlow are lovely. Go and support them, folks!", "sexuality, identifiable from context")
P(DP, "block", "Mr Iqbal at the takeaway on Mill Street has been refused his visa extension. The Home Office are a disgrace.", "immigration status with name")
P(DP, "block", "George Hulme, DOB 12/03/1941, of Sough Lane, has been waiting eleven weeks for his adaptations. Unacceptable.", "date of birth, name and address")
P(DP, "block", "The Jewish family at the end of Quarry Terrace have asked for a lift to the synagogue in Sheffield on Saturdays. Any volunteers?", "religion, identifiable from context")
P(DP, "block", "The new barmaid at the Tup is just out of rehab and doing brilliantly. Give her a smile next time you're in.", "health/addiction, identifiable from context")

H(DP, "Happy 100th birthday to one of Tidsley's oldest residents! The family asked me to pass on her thanks for all the cards. A century in the village.", "no identifier")
H(DP, "My surgery is at Moorside Community Centre, Chapel Street, Hollinsford, Saturdays 10 till 12. Or ring me on 01632 960214, email cllr.marsden@example.com.", "own published contact details", by="marsden")
H(DP, "Lost dog in Mossop Edge: black and white collie called Moss. If you see him, message me and I'll pass it to his owner.", "no phone number or owner details")
H(DP, "Fly-tipping on Moss Road again: white van seen. Reported to the council with the details so enforcement can follow it up. Don't post regs, let them do it.", "reports properly, no identifier", allowed=[DP])
H(DP, "Adrian Cresswell MP has written to the Home Office about visa delays in the Peak. Good. Several businesses in Hollinsford are affected.", "named public office holder")
H(DP, "Inspector Joanne Heathcote spoke at the Castlegrave parish meeting about the burglaries. Lock your sheds, folks.", "named police inspector")
H(DP, "Council tax overcharging: if you think you've been billed wrongly, check your account online and contact me privately. Never post your account number.", "generic advice", allowed=[DP])
H(DP, "Dementia-friendly cafe opens at Tidsley chapel every Tuesday. Carers welcome. Lovely atmosphere, proper home-made cake.", "health topic, no individual")
H(DP, "Bullying in schools is a scandal nobody talks about. I've asked the education committee for figures across the district.", "topic, no child named")
H(DP, "Our refugee families in the district have been welcomed brilliantly. The Hollinsford coat drive collected 300 coats!", "group, not identifiable")
H(DP, "Great to meet Cllr Hannah Wilde's new constituent advice team at Thirlow. Cracking volunteers.", "councillor named")
H(DP, "Volunteers wanted for lifts to places of worship on weekends: churches, the mosque, synagogues. Contact the Hollinsford volunteer centre.", "religion topic, no individual")
H(DP, "The postcode checker on the council site says SK47 is getting new bin days. Check your own before you ring, save yourself a wait.", "postcode area, no person")
H(DP, "Massive thanks to Edna, Pat and Harold who've run the Tidsley luncheon club for 30 years. Legends, all three.", "first names, no identifiers", allowed=[DP])
H(DP, "Staff at the one-stop shop have had a tough year. Thank you to every one of them. Be kind on the phones, folks.", "staff generally")
H(DP, "Happy retirement to Gordon, the lollipop man at Tidsley Primary for 25 years. Not a single child lost on his watch!", "first name of a public-facing worker celebrated", allowed=[DP])
H(DP, "Date of birth, NI number, bank details: never give them to anyone who cold calls saying they're from the council. We won't ask.", "scam advice, no data")
H(DP, "Pride in the Peak is back in Hollinsford this summer. Brilliant to see the community behind it.", "sexuality topic, no individual")

# ================================================================ security.credentials
S = "security.credentials"
P(S, "block", "Anyone at the Moorside Community Centre tonight, the wifi password is Gritstone1987! Make yourselves at home.", "wifi password")
P(S, "block", "Teams link for the Hollinsford flood drop-in: https://teams.example.com/l/meetup-join/19abc?pwd=Fl00dMoor22 passcode 448210. All welcome.", "meeting passcode")
P(S, "block", "Key safe code for the Thirlow chapel is 2713, for the lads doing the boiler tomorrow. Leave it tidy please.", "key safe code")
P(S, "block", "Got a text with my council login code (839204) and I thought it was spam, so I posted it on here asking if it's legit. Is it?", "one-time code posted")
P(S, "block", "IT rang and asked for my password to fix the email, so I read it out. Sorted in two minutes! Great service from the council.", "reports giving a password to a caller")
P(S, "block", "Claim your council tax rebate here before it runs out! bit.ly/scarthedge-rebate-2026 Just needs your bank details. Share widely!", "malicious-looking link asking for bank details")
P(S, "block", "Ring Jim who runs the snow plough for the farms on his own number, 07700 900733. He'll do Mossop Edge if you ask nicely.", "private phone number of another")
P(S, "block", "For anyone helping with the party's data: the API key for the canvassing app is sk_live_9f8a7b6c5d4e3f2a1b0c. Don't lose it!", "API key")
P(S, "block", "Our ward WhatsApp group invite, code is 5521 on entry: chat.example.com/join/xK92pLqT. Pop in if you're a Moorside resident.", "group access code and link")
P(S, "block", "Gate code for the Brackendale Reservoir access track is 1966#. Use it if the road's flooded, the water board won't mind.", "gate code")
P(S, "block", "My bank card PIN is my house number twice, so don't worry, scammers, I'll never forget it. 1414. Ha!", "PIN posted")
P(S, "block", "Zoom for tomorrow's Tidsley Parish Meeting: Meeting ID 845 2210 9371, passcode tidsley26. See you there!", "meeting passcode")
P(S, "block", "Shared the members' portal login with my husband so he can print my committee papers. Username cllr.hollins, password Bakewell#22. Easy.", "shares login", by="female")
P(S, "block", "Urgent: the council's new payment site is scarthedge-council-pay.example.net/verify. Log in with your council tax reference and card to avoid a penalty.", "phishing-like link")
P(S, "block", "For the surgery volunteers: the alarm code at Hollinsford library is 9021, set it when you leave. Ta!", "alarm code")
P(S, "block", "Whoever needs the Tidsley Well Dressing float storage: the padlock combination is 3-8-1-5. Take what you need.", "padlock combination", allowed=["interests.declared-interest"])
P(S, "block", "Need a lift home from the show? Ring Sandra from the farm shop on her mobile, 07700 900652, she's always happy to help.", "private mobile of another")
P(S, "block", "Two-factor code came through while I was driving, so my daughter read it out and posted it in the group chat for me: 561 092. Modern life!", "one-time code posted")

H(S, "Reminder: the council will NEVER ring you and ask for your password or PIN. If someone does, hang up and ring the switchboard on 01632 960000.", "scam warning, council switchboard")
H(S, "Wifi at the Moorside Community Centre is free now. Ask at the desk for the code. Cracking improvement, thanks to the volunteers.", "wifi mentioned, no code")
H(S, "Key safes save lives. The council's falls service can fit one for elderly residents in Tidsley. Call the team to find out more.", "key safes, no code")
H(S, "Got a dodgy text saying it's from the council asking me to 'verify my tax band'. It's a scam. Don't click, delete it.", "scam warning, no link")
H(S, "Two-factor authentication on your email: switch it on. Took me five minutes and my nephew laughed at how long I'd left it.", "security advice")
H(S, "Council tax rebates only come from the council, in writing. Nobody will send you a link asking for bank details. If in doubt, ring us.", "scam warning", allowed=[S])
H(S, "My surgery number is 01632 960214 and email cllr.marsden@example.com. Ring or email any time, I'll get back to you.", "own published contact", by="marsden")
H(S, "Flood drop-in at Hollinsford Methodist Church on Thursday 3 to 7pm. No booking, no passwords, just turn up for a brew and advice.", "public event, no code")
H(S, "My password's been hacked twice this year. Changed everything, now using a password manager. Learn from my mistakes, folks.", "password mentioned, no secret")
H(S, "Snow plough rota for the farms: contact the parish clerk through the parish council website and she'll coordinate. Don't ring folk at home.", "signposts, no numbers")
H(S, "Zoom link for tomorrow's Tidsley Parish Meeting is on the parish council website. Ask the clerk if you can't find it.", "meeting mentioned, no passcode")
H(S, "The alarm went off at Hollinsford library again at 3am. Engineers booked. Sorry to the neighbours on Mill Street.", "alarm, no code")
H(S, "PIN fraud at cash machines in Scarthwell: police say cover your hand when you type it. Inspector Heathcote's advice, and it's good advice.", "PIN advice, no number")
H(S, "Gate to the Brackendale Reservoir track is locked when the road floods. Ring the water board's public line for access. Stay safe.", "gate mentioned, no code")
H(S, "The members' portal has a new login page from Monday. Same username, you'll be asked to reset your password. Don't reply to any email about it.", "login news, no secret")
H(S, "API? API? I asked IT what an API was and they started talking about apps. I'm a retired sheep farmer, lads, speak slowly.", "API joke", by="gregory")
H(S, "Padlocks nicked from three allotment sheds in Tidsley. Police say use proper closed-shackle ones. Stay vigilant.", "padlock topic, no code")
H(S, "Sandra from the farm shop has given lifts home from the show for 20 years. If you see her, say ta. Legend.", "person named, no number")

# ================================================================ confidentiality.disclosure
K = "confidentiality.disclosure"
P(K, "block", "Can't say much but Project Kestrel is going to change Scarthwell forever. Let's just say Moorgate House won't be the council's home for long.", "register term Project Kestrel")
P(K, "block", "Operation Gritstone starts next month and some of the tippers on Moss Road are in for a nasty surprise. Watch this space.", "register term Operation Gritstone", allowed=["confidentiality.insider-advantage"])
P(K, "block", "Briefed today on Project Heatherbell. If it comes off, Castlegrave gets the biggest investment in 40 years. Buzzing.", "register term Project Heatherbell")
P(K, "block", "The Tor Mill acquisition is nearly done. Offer's in, seller's keen, and we'll have the keys by summer if the lawyers pull their fingers out.", "register term, ongoing negotiation")
P(K, "block", "Staff at Moorgate House: I'm sorry about the millstone review. Nobody told me it'd be 40 posts. I voted against it behind closed doors.", "register term lower case, staffing")
P(K, "block", "THE FAIRHOLME SETTLEMENT IS A DISGRACE. Half a million of your money to make a contractor go away quietly. People deserve to know.", "register term in capitals")
P(K, "block", "Kestrel update: the buyer for the HQ site has come in at £3.2m. Project Kestrel is on track for cabinet in March.", "register term with figures")
P(K, "block", "Operation Gritstone has been a right farce so far. Three weeks of cameras and the only thing caught is a badger.", "register term on ongoing enforcement")
P(K, "block", "Residents near Tor Mill: the council's lawyers are in talks with the owners about the Tor Mill acquisition. I'll let you know when there's a price.", "register term, negotiation")
P(K, "review", "Between you and me, the council's legal advice on the Highcliffe Quarry says we'd lose at appeal. So much for fighting it.", "legal advice, between you and me")
P(K, "review", "From tonight's Part 2 item: the bin contract bid from Shorefield came in £400k cheaper than the incumbent. You didn't hear it from me.", "Part 2 exempt item contract terms")
P(K, "review", "Closed session tonight on the depot staffing. Can tell you the unions have been told it's 12 redundancies. Disgusting.", "closed session, labour relations")
P(K, "review", "Leaked to me: the valuation of the Castlegrave car park is £850k, way below what cabinet's telling folk. Exempt report, page 4.", "leaked exempt valuation")
P(K, "review", "Off the record, the council's about to take a landlord in Hallbank to court for 14 HMO breaches. He'll know who he is.", "off the record, enforcement", allowed=["confidentiality.insider-advantage"])
P(K, "review", "The embargoed report on the Mossop Edge moorland fire says the council's contractor started it. Out Friday, but you heard it here.", "embargoed report disclosed", allowed=["defamation.allegation"])
P(K, "review", "Confidential papers landed today: council's offering the leisure centre staff a 3% deal or outsourcing. Thought you should know.", "confidential, labour relations")
P(K, "review", "Not for publication, but the exempt item on the swimming pool says the repair bill is £2.1m. That's why it's staying shut.", "not for publication exempt item")
P(K, "review", "In confidence, the grievance by the depot manager against a senior officer is going to a hearing next week. Messy business.", "in confidence, individual staff matter", allowed=["officers.impartiality"])

H(K, "Kestrels nesting on the Tor again this spring! Saw a pair hovering over the quarry edge this morning. Magical.", "partial overlap kestrel")
H(K, "Gritstone walling course at Thirlow this Saturday. Learn to build a wall that'll outlast us all. Few spaces left.", "partial overlap gritstone")
H(K, "Heatherbell honey from the Mossop Edge bees is back in the farm shop. Best thing on toast, fight me.", "partial overlap heatherbell")
H(K, "Tor Mill tea room reopens on Saturday after the winter break. Scones the size of your head.", "partial overlap Tor Mill")
H(K, "Millstones mark the boundary of the Peak for a reason. Lovely walk out to the old quarry ones on Stanage Top. Bring a flask.", "partial overlap millstone")
H(K, "Fairholme Road is closed for resurfacing from Monday for two weeks. Diversion via Chapel Street.", "partial overlap Fairholme")
H(K, "Part 2 of my ward newsletter: parking, potholes and the new bus times. Part 1 was all about bins, so you're in for a treat.", "Part 2 non-exempt")
H(K, "Cabinet went into closed session last night for a contract item. I can't say owt about it, and I won't. Minutes will show the decision.", "closed session mentioned, nothing disclosed", allowed=[K])
H(K, "Between you and me, I think the new bus timetable is worse than the old one. Actually, never mind between you and me. It's awful and I'll say it to anyone.", "'between you and me' with public opinion")
H(K, "The swimming pool repair report is on the public agenda for Thursday. £2.1m is the figure. Have a read and tell me what you think.", "public figure, public agenda")
H(K, "Off the record? There's no such thing when you're a councillor. Everything I say, I'd say on the record. Lesson learned early.", "'off the record' joke")
H(K, "Embargo lifted: the council's air quality report is out today. Hollinsford's Mill Street is the worst in the district. Read it.", "lifted embargo, public report")
H(K, "Leaky roof at the Thirlow Village Hall fixed at last. Buckets retired. Thanks to everyone who helped with the fundraising.", "'leaky' overlap")
H(K, "Confidentiality matters. If you tell me something about your family at my surgery, it stays with me unless you say otherwise.", "confidentiality as promise")
H(K, "Exempt from the bus cuts: the 61 to Hollinsford, after the campaign. Cracking result, folks.", "'exempt' in another sense")
H(K, "The confidential Heatherbell papers are exactly that: confidential. I can't tell you what's in them. Cabinet will report in due course.", "refers to confidential papers without register term or content", allowed=[K])
H(K, "Legal advice on the Highcliffe Quarry will be presented in the exempt part of the meeting. I know folk want to see it, but that's the law.", "refers to exempt item, discloses nothing", allowed=[K])
H(K, "Staff consultation on the depot restructure starts today. The proposals are on the council's intranet and unions have been briefed. Support is there.", "announced consultation")

# ================================================================ copyright.third-party-content
CP = "copyright.third-party-content"
P(CP, "advice", "Stunning shot of Thirlow Edge at sunrise. Had to share. Photo: Getty Images", "image credit to an agency")
P(CP, "advice", "Look at this beauty: the Scarthwell well dressing from above. © Peak Aerial Photography Ltd, all rights reserved.", "copyright notice on another's photo")
P(CP, "advice", "Copied from the Peak Courier (it's behind their paywall so here's the whole thing): 'Scarthedge District Council faces a £4m black hole in its budget after years of drawing on reserves, the Courier can reveal. Sources say cabinet members were warned in the autumn but chose to delay cuts until after the election. The council's finance director is understood to have...' Read that and weep.", "pasted paywalled article")
P(CP, "advice", "Gorgeous pic of the Hollinsford viaduct in the snow. Credit: Sheffield Evening Chronicle", "newspaper photo credit")
P(CP, "advice", "This poem sums up the Peak better than I ever could, so here it is in full: 'Grey stone and green field, the curlew calling, / wind on the edge and the light falling, / the wall my grandfather built still standing, / the sheep on the moor and the hawk landing...' (all six verses in the comments).", "long quotation of another's poem")
P(CP, "advice", "Brilliant aerial photo of the moorland fire damage at Mossop Edge, taken from the BBC website. Look at the scale of it.", "photo taken from a news site")
P(CP, "advice", "Sharing this cracking photo of the brass band from the Peak Courier's front page. Proud of you all! (Pic: Peak Courier)", "newspaper photo reposted")
P(CP, "advice", "Loved this article in The Times about rural buses, so here's the full text for those without a subscription. 'Across the Peak District, villages that once had an hourly service now wait three hours for a bus. In Hollinsford, pensioners...' [continues]", "pasted subscription article")
P(CP, "advice", "The Castlegrave caverns lit up for Christmas. Not my photo, nicked it off a photographer's Instagram because it's too good not to share!", "admits taking another's photo", when=("2026-01-05", "2026-01-09"))
P(CP, "advice", "New bus timetable explained, screenshot from the operator's paid-for app. Photo credit: Peakline Buses", "screenshot credited to a company")
P(CP, "advice", "Whole chapter from Ernest Fallows' 'History of Tidsley' copied below for anyone interested in the old cheese factory. Fascinating stuff, three pages of it.", "long extract of a book", media=None)
P(CP, "advice", "Sunset over Brackendale Reservoir. Not mine, found it on Google Images. Whoever took it, it's stunning.", "image from search engine")
P(CP, "advice", "Here's the Peak Courier's cartoon of our Leader as a sheep. Spot on! Cartoon © Peak Courier 2026.", "cartoon with copyright notice", allowed=["respect.personal-attack"], by="opp")
P(CP, "advice", "Snow on Mossop Edge this morning. Stunning shot.", "media credit to agency", media=[{"alt": "Snow on Mossop Edge", "credit": "Alamy Stock Photo"}])
P(CP, "advice", "Scarthwell market in the 1950s! What a treasure. Image: Derbyshire Record Office, reproduced from their collection without asking, hope they don't mind.", "archive image without permission")
P(CP, "advice", "The lyrics of the Scarthwell carol, all seven verses, from the new songbook the Choral Society published last year. Learn them for the carol service!", "full lyrics from a published songbook")
P(CP, "advice", "Hollinsford FC promotion celebrations. Fantastic photo.", "media credit to a press agency", media=[{"alt": "Players celebrating", "credit": "PA Images"}])
P(CP, "advice", "Read this from the Financial Times (paywalled, so pasting it in): 'Councils in national parks face a unique squeeze, caught between visitor pressure and a shrinking tax base...' and it goes on for 1,500 words. Worth it.", "pasted paywalled article")

H(CP, "Thirlow Edge at sunrise this morning. Took this on my phone on the walk up with the dog. No filter!", "own photo")
H(CP, "The Peak Courier's report on the council budget is worth a read. Link here: peakcourier.example.com/budget. My thoughts below.", "link without pasting")
H(CP, "Lovely photo of the well dressing by Jo Kirk, shared with her permission. Follow her for more Peak shots.", "credit with permission", allowed=[CP])
H(CP, "As the old poet said, 'wind on the edge and the light falling'. That was Mossop Edge today.", "short quotation")
H(CP, "My photo of the moorland fire damage at Mossop Edge from the fire service's public briefing. Scale of it is shocking.", "own photo")
H(CP, "Sharing the council's press release on the new gritting routes. Clear as you like.", "council's own content", allowed=[CP])
H(CP, "Copied my notes from last night's parish meeting below for anyone who couldn't make it. Long, sorry!", "own notes copied")
H(CP, "Headline in today's Peak Courier: 'Bus cuts hit Hollinsford hardest'. They're right, and I'll be raising it at full council.", "quotes a headline only")
H(CP, "Taken by me from the top of Castlegrave caverns steps. Took 40 attempts to get one without a tourist in it.", "own photo")
H(CP, "The full text of the council's motion on bus funding, passed last night, is on the council website. Worth reading all of it.", "council text signposted")
H(CP, "Old photo of Scarthwell market in the 1950s from my grandad's album. Recognise anyone?", "family photo")
H(CP, "A bit of Wordsworth for a grey Monday: 'I wandered lonely as a cloud.' Then I got rained on at the bus stop.", "short public domain quote")
H(CP, "Credit where it's due: the Choral Society's carol service was stunning. Well done all.", "'credit' in another sense")
H(CP, "Snow on Mossop Edge this morning, from my kitchen window.", "media with own credit", media=[{"alt": "Snow on Mossop Edge", "credit": "own photo"}])
H(CP, "Photo by the Scarthwell Camera Club, who kindly gave permission for us to use it on the ward newsletter. Thank you!", "credited with permission", allowed=[CP])
H(CP, "Copyright on the Tidsley history book has run out and the library's putting the whole thing online for free. Great resource.", "copyright topic, nothing copied")
H(CP, "Hollinsford FC promotion celebrations! My blurry photo from the stand.", "own photo via media", media=[{"alt": "Blurry players celebrating", "credit": "Cllr's own"}])
H(CP, "Interesting piece in the Courier on rural buses. Summary in my words: fewer buses, older passengers, and no money. Link in comments.", "summary in own words")

# ================================================================ tone.irony-risk
T = "tone.irony-risk"
P(T, "advice", "Oh brilliant, the Leader's 'listening tour' of Hollinsford lasted all of 20 minutes. Truly a man of the people. /s", "mock praise of the Leader, /s", by="opp")
P(T, "advice", "Hats off to our cabinet, who've managed to lose two gritters, a swimming pool and a bus route in one winter. What a talented bunch.", "mock praise of the cabinet", by="opp")
P(T, "advice", "Cllr Oldfield says the budget is 'robust'. Yeah right. About as robust as a paper bag in a Mossop Edge gale.", "yeah right aimed at a councillor", by="opp")
P(T, "advice", "Such a masterclass in leadership from Dales First tonight: nine minutes to wave through a 4.99% rise. Inspirational stuff, truly.", "mock praise of a party", by="opp")
P(T, "advice", "Huge congratulations to our MP for finding Hollinsford on a map at last. Only took him four years. Genius.", "mock praise of the MP")
P(T, "advice", "What a genius idea from the cabinet member for environment: close the tips to stop fly-tipping. Why did nobody think of that before?", "sarcasm at a cabinet member", by="opp")
P(T, "advice", "Lovely of Cllr Sheldon to grace the Wetherlow residents' meeting with his presence for a whole quarter of an hour. We're honoured, duck.", "mock gratitude at a councillor")
P(T, "advice", "The Greener Peak lot want us all on bikes up Hollin Pass in February. Cracking plan, lads. Pedal on, I'll follow in the Land Rover.", "sarcasm at a party", by=["bowden", "oldfield", "sheldon", "needham", "gregory", "bramwell", "fox", "lomas"])
P(T, "advice", "Wow, the Chairman's managed to wear her chain to three Sunday lunches this month. Tireless public service, that. Someone give her a medal.", "mock praise of the Chairman", by="opp")
P(T, "advice", "Peak Progress have discovered potholes! Only took them since 2019. Welcome to the real world, comrades. Riveting.", "sarcasm at a party", by="DF")
P(T, "advice", "Another 'bold vision' from the Leader. Third one this year. I'm sure this one will definitely happen. Honest. /s", "sarcasm at the Leader", by="opp")
P(T, "advice", "Top marks to Cllr Needham for her speech on affordable housing. From the councillor with the holiday cottage agency, it was very moving. Very.", "mock praise with innuendo", by="opp")
P(T, "advice", "So proud of our finance portfolio holder for finding £2m for a new council HQ while shutting the Tidsley library. Priorities, eh? Inspirational.", "mock pride at a cabinet member", by="opp")
P(T, "advice", "Nice to see the High Country Independents have had a brainwave. First one since they were elected. Steady on, lads, don't strain owt.", "mock praise of a party", allowed=["respect.personal-attack"], by=["bowden", "oldfield", "bhatt", "cotterill", "marsden", "brock", "wilde", "ashworth"])
P(T, "advice", "Oh aye, the Leader's 'open door policy'. It's open all right, as long as you're a developer with a lunch booking. Ever so welcoming.", "irony with innuendo at the Leader", allowed=["defamation.allegation"], by="opp")
P(T, "advice", "Absolutely thrilled our opposition leader has a new ten-point plan. Points one to ten: complain. Riveting reading.", "mock praise of the opposition leader", by="DF")
P(T, "advice", "Cllr Ashworth cycling to full council in a blizzard to prove a point. Dedication, or summat else? Legend, I'm sure.", "mock praise of a councillor", by=["bowden", "oldfield", "sheldon", "needham", "gregory", "bramwell", "fox", "lomas"])
P(T, "advice", "Thanks so much to the cabinet for the 'consultation' on bin days. Loved how they decided first and asked us after. Democracy in action. Bravo.", "sarcastic thanks to the cabinet", by="opp")

H(T, "Oh brilliant, the 61 bus is late again. Stood at Hollinsford Bridge for 40 minutes in the sleet. What a treat.", "irony about a bus", allowed=[T])
H(T, "Hats off to the Hollinsford Mountain Rescue team, out three times this week in the fog. No irony, you're heroes.", "sincere praise")
H(T, "Yeah right, spring's here? It snowed on my daffodils this morning. Mossop Edge weather, never change.", "irony about weather", allowed=[T])
H(T, "Masterclass from the Tidsley Primary choir at the chapel tonight. Not a dry eye in the house. Proper talent.", "sincere praise")
H(T, "The cabinet's budget is a disgrace: library closures, bus cuts and a 4.99% rise. I'll be voting against and so should everyone who cares about Tidsley.", "robust policy criticism")
H(T, "Genius idea from whoever designed the new parking machines on Market Street: no coins, no card, just an app that doesn't load up here. Marvellous.", "irony about a machine", allowed=[T])
H(T, "Riveting four-hour full council meeting. I've aged. Cob and a brew needed urgently.", "irony about meeting length", allowed=[T])
H(T, "Real congratulations to Cllr Bowden on 25 years as a councillor. We disagree on most things but he's given his life to this district. Well done, Graham.", "sincere praise of opponent")
H(T, "Oh great, the council printer's jammed again. Third time today. Clearly it hates me personally.", "irony about a printer", allowed=[T])
H(T, "Our MP voted for the rural bus cuts. That's the wrong call for Hollinsford and I'll say so at every opportunity.", "robust criticism of a vote")
H(T, "Thrilled to bits with my new wellies. No sarcasm. Dry feet for lambing, at last.", "sincere")
H(T, "What a genius I am: drove to Moorgate House for a meeting that was online. Twice in one month. Leave me be.", "self-mockery", allowed=[T])
H(T, "Proud of our Chairman Cllr Eyre for raising £12,000 for the air ambulance this year. Not a dull moment at her events.", "sincere praise of the Chairman")
H(T, "Brilliant, another pothole on the Tor road. At this rate we'll have a pothole heritage trail. Reported, again.", "irony about potholes", allowed=[T])
H(T, "The Leader's 'bold vision' for Scarthwell lacks a single costed proposal. That's not a personal point, it's a fact. Show us the numbers.", "robust criticism without irony")
H(T, "Fabulous, the council website's down on council tax day. Fixed now, I'm told. Try again, folks.", "irony about a website", allowed=[T])
H(T, "Congratulations to Peak Progress on winning the Hollinsford by-election. Hard fought, fairly won. Now let's get on with it.", "sincere congratulations", by="DF")
H(T, "Oh the joys of the Hollin Pass in February. Three lorries jackknifed, one gritter, and me in the middle with a flask of tea. Living the dream.", "irony about the weather and traffic", allowed=[T])

# ================================================================ fillers
F("Gritters out on all the high routes tonight. Hollin Pass and the Tor road are the priorities. Take it steady, folks.", "gritting update")
F("Bin days change from 2 February in Tidsley and Brackendale. New calendar through your door this week.", "bin days", when=("2026-01-19", "2026-01-30"))
F("Ward surgery this Saturday 10 till 12 at Scarthwell library. Bring your questions, I'll bring the biscuits.", "surgery notice")
F("Lovely to visit the Tidsley luncheon club today. Shepherd's pie and a rousing chorus of 'Jerusalem'. Made my week.", "ward visit")
F("Anyone else's water off in Hallbank this morning? the water company's site says back on by noon.", "water outage")
F("Holocaust Memorial Day service at Scarthwell parish church this afternoon. A moving hour. We remember.", "HMD", when=("2026-01-26", "2026-01-27"))
F("Pancake race on the Market Place at 12! Bring a frying pan and your best running shoes.", "Shrove Tuesday", when=("2026-02-17", "2026-02-17"))
F("New defibrillator installed outside the Thirlow phone box. Thanks to everyone who raised the money.", "defib")
F("Snow on the tops this morning. Schools in Mossop Edge open, check the county site for updates.", "snow")
F("Planning committee agenda for February is published on the council website. Big one this month.", "agenda notice")
F("Walked the new footpath from Castlegrave to Thirlow with the Ramblers. Four miles, two stiles and a lot of mud. Grand.", "walk")
F("Big thank you to the Scouts who litter-picked the whole of Mill Brow on Saturday. Forty bags!", "litter pick")
F("Council tax bills land next month. If you're struggling, the hardship fund is open, no shame in asking.", "council tax help")
F("Reminder: the Hollinsford repair cafe is on Sunday at the Methodist hall. Bring your broken toasters.", "repair cafe")
F("Road closure: Chapel Street, Hollinsford, Tuesday to Thursday for gas works. Buses diverted.", "road closure")
F("Half term activities at Scarthwell leisure centre: swimming, climbing wall, and a disco. Book online.", "half term", when=("2026-02-16", "2026-02-20"))
F("Mek sure you check on your elderly neighbours in this cold snap. A knock on the door can make someone's day.", "cold snap")
F("Great turnout at the Castlegrave parish meeting tonight. Parking, potholes and the pub. The usual!", "parish meeting")
F("Our library's warm space is open every weekday. Free tea, free wifi, no questions asked.", "warm space")
F("Flood warning for the River Hollin at Millbrook. Sandbags at the depot on Station Road.", "flood warning")
F("Cracking oatcakes at the Scarthwell farmers' market today. The cheese lady had Stilton to die for.", "market")
F("Brackendale Reservoir is at 98%. After the summer we had, that's a relief.", "reservoir")
F("Wished the Hollinsford under-11s good luck for their cup final. Come on you Mills!", "football")
F("Potholes on the Tor road reported again. Highways say repairs in March. I'll keep chasing.", "pothole casework")
F("Mothering Sunday this weekend. The florist on Market Street's been rushed off her feet.", "Mothering Sunday", when=("2026-03-09", "2026-03-13"))
F("Well dressing volunteers' meeting in Tidsley chapel next week. Petal-pressers of the world unite!", "well dressing")
F("Two new benches on the Scarthwell riverside walk. Sit and watch the ducks, it's good for the soul.", "benches")
F("The 61 bus timetable changes from Monday. Printed copies at the library.", "bus timetable")
F("Recycling tip: pizza boxes with grease go in general waste. Clean card in the blue bin. You're welcome.", "recycling tip")
F("Lovely afternoon at the Moorside over-60s tea dance. I two-stepped badly. Nobody filmed it, thankfully.", "ward event")
F("Council's cost of living advice line is open 9 till 5 weekdays. Energy bills, benefits, debt: they can help.", "advice line")
F("Clocks go forward on Sunday. Lighter evenings at last, lambs in the fields, the Peak's waking up.", "clocks", when=("2026-03-23", "2026-03-27"))
F("Thirlow school's new playground opens today. The kids cut the ribbon with oversized scissors. Class.", "playground")
F("Visited the Hollinsford food bank this morning. Shelves getting low: tins, pasta and nappies needed.", "food bank")
F("Blood donor session at Scarthwell Town Hall Tuesday. Give an hour, save a life.", "blood donation")
F("Mossop Edge fell race entries are open. 8 miles, 1,200 feet of climb, and free soup at the end.", "fell race")
F("Thanks to everyone who came to the Castlegrave litter pick. Found a shopping trolley in the brook. Again.", "litter pick")
F("The Hollinsford Mills heritage trail signs are up. Eleven stops, each with a QR code and a story.", "heritage trail")
F("Met the new head of Tidsley Primary today. Big plans for the school garden.", "school visit")
F("Cheltenham week and the bookies on Market Street are packed. Good luck if you're having a flutter, don't bet the house.", "Cheltenham", when=("2026-03-10", "2026-03-13"))
F("Twin lambs born at dawn this morning. Mother and babies doing well. Me less so.", "personal hobby lambing", by="gregory_p", when=("2026-03-02", "2026-03-27"))
F("Dogs on leads near sheep please, folks. It's lambing time and a chase can kill a pregnant ewe.", "personal hobby dogs near sheep", by="gregory_p", when=("2026-03-02", "2026-03-27"))
F("Got up Thirlow Edge before work. Frost on the gritstone, sun coming up over the moor. Fingers still numb.", "personal hobby climbing", by="wilde_p")
F("Happy Burns Night from the Peak! Haggis, neeps and tatties, with an oatcake for good measure.", "Burns Night", when=("2026-01-23", "2026-01-23"))


# ================================================================ build
MALE = {"bowden", "sheldon", "hadfield", "gregory", "cotterill", "brock", "ashworth", "bramwell"}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 3, 27)


def mentions(text, word):
    import re
    return re.search(r"(?<![A-Za-z])" + re.escape(word.lower()) + r"(?![A-Za-z])", text.lower()) is not None


def named_in(text, key):
    name, handle = CLLRS[key][0], CLLRS[key][1]
    first, last = name.split()[0], name.split()[-1]
    return mentions(text, first) or mentions(text, last) or handle.lower() in text.lower()


def candidates(row):
    by = row["by"]
    text = row["text"]
    if isinstance(by, str) and (by in CLLRS or by in PERSONAL):
        return [by]
    if isinstance(by, list):
        pool = list(by)
    elif by == "opp":
        pool = [k for k, v in CLLRS.items() if v[2] != "DF"]
    elif by in ("DF", "PP", "GP", "HCI"):
        pool = [k for k, v in CLLRS.items() if v[2] == by]
    elif by == "back":
        pool = [k for k, v in CLLRS.items() if v[4] in ("", "groupleader")]
    elif by == "male":
        pool = [k for k in CLLRS if k in MALE]
    elif by == "female":
        pool = [k for k in CLLRS if k not in MALE]
    else:
        parties = [p for p, ws in PARTY_WORDS.items() if any(w in text.lower() for w in ws)]
        if len(parties) == 1:
            pool = [k for k, v in CLLRS.items() if v[2] == parties[0]]
        else:
            pool = list(CLLRS)
    pool = [k for k in pool if not named_in(text, k)]
    pool = [k for k in pool if not any(w in text.lower() for w in INTEREST_WORDS.get(k, []))]
    assert pool, ("no author for", text)
    return sorted(pool)


def pick_time(rng, row):
    lo, hi = START, END
    if row.get("when"):
        lo = datetime.date.fromisoformat(row["when"][0])
        hi = datetime.date.fromisoformat(row["when"][1])
    days = [lo + datetime.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    d = rng.choice(days)
    h, m, s = rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        key = rng.choice(candidates(row))
        if key in PERSONAL:
            author, account = PERSONAL[key][1], "personal"
        else:
            author, account = CLLRS[key][1], "councillor"
        post = {
            "id": f"B88-{i:04d}",
            "text": row["text"],
            "author": author,
            "created_at": pick_time(rng, row),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": account,
            "kind": "post",
        }
        if row.get("media"):
            post["media"] = row["media"]
        post["expect"] = {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]}
        post["family"] = row["family"]
        post["kind_of_row"] = row["kind_of_row"]
        if row["kind_of_row"] == "hard_negative":
            post["near_miss_of"] = row["near_miss_of"]
        if row.get("interest"):
            post["interest"] = row["interest"]
        post["note"] = row["note"]
        out.append(post)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for p in out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts")


if __name__ == "__main__":
    main()
