"""Build blind set b77 (accounts set) for Kelbarrow and Fellside District Council.

Every row below was written by hand for this set. The script only keeps each
account's rows in written order, spreads the account's posts over the weekday
calendar (one post a day at most), times comments 4 to 55 minutes after the row
before them under the same post, shuffles the rows, gives ids B77-A-NNNN,
resolves parent_id and writes accounts.jsonl next to this file.

Deterministic: seed 7777. Running it again gives the same file.
Usage: python build.py
"""
import datetime as dt
import json
import pathlib
import random

SEED = 7777
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "accounts.jsonl"

# rule ids
H = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
IR = "tone.irony-risk"
OI = "officers.impartiality"
BI = "bullying.intimidation"
DEF = "defamation.allegation"
EQ = "equality.discrimination"
DP = "data-protection.personal-data"

# base severity of each rule used here (the first severity RULES.md gives)
SEVERITY = {
    H: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
    IR: "advice", OI: "review", BI: "block", DEF: "review", EQ: "block",
    DP: "review",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def p(kor, text, rules=(), allowed=(), note=""):
    """A top-level post. kor: pos | hn | fill. rules/allowed: extra to the convention."""
    return {"type": "post", "kor": kor, "text": text, "rules": list(rules),
            "allowed": list(allowed), "note": note, "comments": []}


def c(by, kor, text, rules=(), allowed=(), note=""):
    """A comment under the post written just before it."""
    return {"type": "comment", "by": by, "kor": kor, "text": text,
            "rules": list(rules), "allowed": list(allowed), "note": note}


def acct(author, platform, pattern, role, rows, account="councillor", about=""):
    return {"author": author, "platform": platform, "pattern": pattern,
            "role": role, "rows": rows, "account": account, "about": about}


ACCOUNTS = []

# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts (7 accounts, 23 hostile posts)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@GaryFearonReform", "x", H, "positive", about="Gary Fearon (Reform UK) -> Alison Kirkbride, Leader", rows=[
    p("fill", "Pitheads surgery Saturday 10-12 at the Miners' Welfare. Bring your bin gripes, your pothole photos, your parking woes. Kettle'll be on, marra. #Kelbarrow"),
    p("pos", "Another meltdown from the Leader at full council. Voice going up an octave every time somebody asks where the harbour money went. Bless her. Somebody fetch Alison a laal cuppa and a lie down 🙃",
      [PA, IR], note="target named as 'the Leader' and 'Alison'; mock sympathy ('Bless her', cuppa and a lie down)"),
    p("pos", "Kirkbride says she 'listens to Pitheads'. Aye, the way a gate listens to the wind. Gey clueless about anything east of the Civic Hall car park, and it shows every week.",
      [PA], note="surname only; belittling ('gey clueless')"),
    p("fill", "Potholes on Lonning Road reported again. Three cars with wrecked tyres this month. Highways, over to you 🚧"),
    p("pos", "Queen Alison of the Civic Hall has spoken 👑 Peasants of Pitheads may now return to their hovels. @AlisonKirkbrideLab isn't fit to represent anyone beyond her own cabinet table.",
      [PA, IR], note="nickname 'Queen Alison' and handle; mock deference and 'isn't fit to represent anyone'"),
    p("fill", "Grand turnout at the Colliers' community day. Proper Kelbarrow, that. Cheers to the volunteers who stood in the clarty car park all afternoon."),
    p("pos", "Watched the Leader's new 'vision' video so you don't have to. Eight minutes, no answers, one gurt ring light. Our Alison would lowp in the harbour in January if she thought it'd get her on the telly. #MeltdownMonday",
      [PA], note="fourth hostile day; ridicule of the person rather than the plan"),
]))

ACCOUNTS.append(acct("@WendyPattinsonCon", "facebook", H, "positive", about="Wendy Pattinson (Conservative) -> Maureen Tyson, Cabinet Member for Housing", rows=[
    p("fill", "Birkerdale school gate parking meeting Tuesday in the village hall. The lonning by the school is a gurt clarty mess at pick-up and someone will get hurt. Come and have your say."),
    p("pos", "Cllr Maureen Tyson promised us damp surveys by Christmas. Still waiting. I'd ask her where they are but she'll only read out another press release in that voice. Maureen, pet, leave the spreadsheets to the grown-ups.",
      [PA], [EQ], note="full name then first name; 'pet ... grown-ups' is a gendered, belittling put-down (equality allowed)"),
    p("fill", "Thank you to the Birkerdale WI for the cake stall for the school minibus. £412 raised! Gey proud of this laal village ❤️"),
    p("pos", "Our Housing Queen was on the radio this morning explaining that mould is mostly about 'ventilation habits'. Nobody tell Mrs Tyson that some of us live in the real world and not a council-funded bubble.",
      [PA, IR], note="nickname 'Housing Queen', 'Mrs Tyson'; mockery of the person"),
    p("fill", "Gritting update: the Birkerdale fell road goes on the secondary route from Monday. Take care on the top bends, folk, it's like glass up yonder first thing."),
    p("pos", "Three tenants on the Skellgill estate rang me this week about black mould. Three. Meanwhile 'Mo from Housing' is grinning behind a giant cheque at an offcomer developer's ribbon-cutting. You couldn't make her up. Clueless, and proud of it.",
      [PA], note="third hostile day; nickname 'Mo from Housing'; 'Clueless, and proud of it'"),
]))

ACCOUNTS.append(acct("@ShaunTweddleRUK", "facebook", H, "positive", about="Shaun Tweddle (Reform UK) -> Neil Calvert, Head of Planning (officer)", rows=[
    p("fill", "Gannet Hill baths: the petition to keep the early Sunday swim is at 640 names. Keep sharing, marras 🏊"),
    p("pos", "Funny how every scheme from that offcomer developer at Mossrigg gets a glowing report from Neil Calvert. Funny how the locals who object get 'noted'. I'll let folk draw their own conclusions about who our Head of Planning really works for.",
      [OI], [DEF], note="officer named in full and by role; insinuation of bias (defamation allowed)"),
    p("fill", "Streetlight out on Gannet Terrace again, third time this winter. Reported. If it's still dark Friday let me know."),
    p("pos", "Mr Rubber Stamp strikes again 🖍️ Calvert's department wants 40 holiday lets on the old pit yard. Local lads can't get a yam in their own town and planning is busy measuring out hot tubs. Not fit to run a bath, never mind a department.",
      [OI, PA], note="nickname 'Mr Rubber Stamp', surname; 'not fit to run a bath'"),
    p("fill", "Cheers to the Kelbarrow Colliers lads who cleared the snow from the bus shelter on Gannet Road. Gurt job."),
    p("pos", "Asked the Head of Planning a straight question at committee. Got twenty minutes of waffle and a smirk. Neil, if you're reading this (and we know you are 👀) the folk of Gannet Hill aren't as daft as you think. We see you.",
      [OI, PA], [BI], note="third hostile day; role and first name; 'We see you' edges towards intimidation (allowed)"),
]))

ACCOUNTS.append(acct("@BethanAskewLD", "bluesky", H, "positive", about="Bethan Askew (Lib Dem) -> Stephen Musgrave, Deputy Leader", rows=[
    p("fill", "Fellgarth car park charges consultation closes Friday. Local or day-tripper, have your say, the link is on the council's page 🚗⛰️"),
    p("pos", "Steady Steve Musgrave gave his budget speech again today. Thirty-one minutes. I've had livelier afternoons watching the beck freeze up yonder. The man couldn't find a pound coin in a gurt heap of pound coins.",
      [PA], note="nickname plus full surname; ridicule of competence"),
    p("fill", "Gey bonny up at Fellgarth Tarn this morning. Also gey icy: the path by the boathouse has been reported for gritting."),
    p("pos", "The Deputy Leader thinks a £2.3m hole is a 'timing issue'. Clueless doesnt quite cover it. Somebody give the abacus man his beads back 🧮",
      [PA], note="role and nickname 'the abacus man'; typo kept"),
    p("fill", "Fellgarth library reading group is back on Thursdays at 2. Bring a book, bring a pal, bring a scone."),
    p("pos", "Gold star to @SteveMusgraveKB for finally finding the finance papers ⭐ Only took him three meetings and a map. Bless.",
      [PA, IR], note="third hostile day; handle; mock praise ('Gold star', 'Bless')"),
]))

ACCOUNTS.append(acct("@TerryBrocklebank", "facebook", H, "positive", about="Terry Brocklebank (Independent) -> Joanne Bragg MP", rows=[
    p("fill", "Harbour wall works: the North Pier is closed to the public for about six weeks from Monday. Sorry, anglers. The south quay stays open."),
    p("pos", "Our MP Joanne Bragg turned up at the harbour for exactly eleven minutes today. Long enough for the photo, short enough not to get her nice boots clarty. Never mind, Joanne, the fishermen will still be here when you remember where Kelbarrow is.",
      [PA, IR], note="full name then first name; mock consolation"),
    p("fill", "Harbour Arcade shops have had a hard winter. Pop in, buy a coffee, say hello. They're the heart of the front."),
    p("pos", "Bragg says she 'stands up for west Cumbria'. Stands up, aye. Sits down sharpish when the whips tell her to. An offcomer with a Kelbarrow postal address and a London heart.",
      [PA], note="surname only; 'offcomer' used as a sneer at the person"),
    p("pos", "Still no reply from @JoBraggMP on the ferry link letter. Week six. I'd say she's busy but we've all seen the Instagram 🍸",
      [PA], note="handle; sly insinuation about how she spends her time"),
    p("fill", "Ward walkabout round the Harbour streets Saturday 10am from the Ship Inn corner. Come and show me the bits that need fixing."),
    p("pos", "Lovely to see the Member for Selfies back on the harbour for the cameras. Shame she couldn't find the same harbour when the lifeboat crew asked for a meeting. Isn't fit to represent a raffle, never mind a constituency.",
      [PA, IR], note="fourth hostile day; nickname 'the Member for Selfies'; mock welcome"),
]))

ACCOUNTS.append(acct("@NigelBownessCon", "x", H, "positive", about="Nigel Bowness (Conservative) -> Rowan Ecclestone, Green councillor", rows=[
    p("fill", "Birkerdale bridge weight limit signs are finally up. Credit to the highways team for getting it done before lambing traffic 🚜"),
    p("pos", "Cllr Ecclestone wants to 'rewild' the Birkerdale intaks. Rowan has never dagged a yow in his life and thinks a tup is a kind of yoghurt. Fell farmers deserve better than this offcomer's gap-year project.",
      [PA], note="title+surname then first name; belittling"),
    p("fill", "Good meeting with the Birkerdale commoners about the cattle grid. Fix agreed for March, fingers crossed."),
    p("pos", "Rowan the Ranger 🌿 is at it again. Another motion, another photo in a borrowed Barbour. Gey keen on saving the planet, less keen on reading the papers before committee.",
      [PA, IR], note="nickname 'Rowan the Ranger'"),
    p("pos", "@RowanGreenFell has 'concerns' about muckspreading near the tarn. Marra, it's a farm. The smell is the job. Maybe lowp back on the train to Manchester if the countryside's too clarty for you 🚂",
      [PA], note="third hostile day; handle; 'go back where you came from' aimed at an incomer (not a protected characteristic here)"),
    p("fill", "Lambing is nearly on us. Dog walkers on the Birkerdale fells: leads on and gates sneck'd behind you please. Thank you! 🐑"),
]))

ACCOUNTS.append(acct("@KerryRitsonReform", "bluesky", H, "positive", about="Kerry Ritson (Reform UK) -> Fiona Nicholson, Lib Dem group leader", rows=[
    p("fill", "Mossrigg Community Centre roof repair is finally booked in. Thank you to everyone who emailed. The buckets can retire 🪣"),
    p("pos", "Fiona Nicholson on the bus cuts: 'we must look at all options'. Translation: no options and no idea. Famous Fellgarth wisdom from someone who hasn't been on a bus since about 1997.",
      [PA], note="full name; belittling"),
    p("fill", "Dog fouling on the Mossrigg rec is getting daft. Extra bins requested. Please, folk, bag it and bin it."),
    p("pos", "Nicholson's lot want a 'listening tour' of Mossrigg. Aye, go on then, Fiona. Folk round here have long memories and so do I. I know exactly which doors you'll be knocking on in May, and they'll have heard all about you before you get there.",
      [BI], note="surname and first name; veiled intimidation ('long memories', 'I know exactly which doors')"),
    p("fill", "Big thanks to the Mossrigg juniors' football coaches this season. Laal legends, the lot of them."),
    p("pos", "How sweet of the Lib Dem leader to discover Mossrigg exists. Couldn't find it on a map last year. Fit to lead a conga line, maybe. @FionaNicholsonLD",
      [PA, IR], note="third hostile day; role and handle; mock praise ('How sweet')"),
]))

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts (3 accounts)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@JLowthianCon", "facebook", H, "hard_negative", about="Jonathan Lowthian: civil criticism of the Leader's record, once approving", rows=[
    p("hn", "The Leader, Cllr Alison Kirkbride, promised in 2024 that the Harbour regeneration would be on site by this spring. It isn't. I've asked her for a revised timetable at full council and I hope we get a straight answer. Kelbarrow folk deserve to know.",
      note="criticism of the Leader's record, by name, civil"),
    p("fill", "Fellgarth Parish Council on Monday: the footpath diversion by the boathouse is on the agenda. Gey popular topic, judging by my inbox."),
    p("hn", "Second year running the Labour administration has missed its own target on affordable homes. Alison Kirkbride's cabinet set the target; her cabinet has to own the shortfall. We'll table an amendment to bring the Gannet Hill site forward.",
      note="same person criticised again, on policy and delivery"),
    p("hn", "Credit where it's due: the Leader's decision to keep Fellgarth library open on Saturdays is the right one, and I told her so in the chamber. Good call, Alison.",
      note="approving mention of the same person"),
    p("fill", "Snow on the tops, clarty in the valley. If you're driving over the pass, take it steady, marras."),
    p("hn", "I disagree with Cllr Kirkbride's budget. Raiding the reserves to avoid hard choices is not a plan, it's a postponement. She's doing a hard job, but on this she's wrong and our group will vote against.",
      note="fourth mention; robust but civil"),
]))

ACCOUNTS.append(acct("@MartinDalzellLD", "x", H, "hard_negative", about="Martin Dalzell: repeated criticism of the Harbour permit zone led by Darren Hodgson", rows=[
    p("hn", "The new Harbour permit zone is a mess. Residents pay £60 and still can't park outside their own yam because the bays are half the length of a Transit. Time for @DarrenHodgsonKH and cabinet to pause it and think again.",
      note="policy criticism naming the portfolio holder's handle"),
    p("fill", "Mossrigg bus shelter glass replaced. Thanks to everyone who reported it."),
    p("hn", "Went round Harbour Street and up yonder to the lifeboat station with residents this morning. Permit zone signs are confusing, the bays aren't enforced and the visitor scheme is gey hard to use for older folk. The policy needs rework, not a PR campaign.",
      note="policy, not person"),
    p("hn", "Cllr Hodgson and I agree on the aim: fewer cars clogging the front. We disagree on the method. A flat permit charge hits the laal terraces hardest. We'll bring a motion for a tiered scheme.",
      note="names the member, civil"),
    p("fill", "Mossrigg Community Centre coffee morning Friday from 10. Free, warm, and the scones are gurt."),
    p("hn", "Six weeks in and the Harbour permit zone has raised half what cabinet forecast. That's not a personal failing, it's a design flaw. Scrap the flat charge, Darren, and let's sit down and fix it.",
      note="fourth criticism of the same policy; first name, no attack"),
]))

ACCOUNTS.append(acct("@HazelStordyInd", "bluesky", H, "hard_negative", about="Hazel Stordy: one sharp criticism of the repairs pause, later thanks Maureen Tyson", rows=[
    p("fill", "Mossrigg surgery Saturday 11-1 at the library. Drop in, or use the contact form on my council page."),
    p("hn", "Pausing non-urgent repairs for three months is a gey poor decision. 'Non-urgent' covers broken snecks, draughty windows and damp that turns to mould by April. Cllr Maureen Tyson should reverse it before the cold snap makes it urgent for everyone.",
      note="sharp but about the decision"),
    p("fill", "Litter pick on the Mossrigg rec Sunday morning. Bags and grabbers provided. Wellies recommended, it's clarty."),
    p("fill", "Fallen tree on the Ellin riverside path near the footbridge. Reported. Take care if you walk that way."),
    p("fill", "Mossrigg food bank needs tinned meat and fish, and toiletries. Drop-off at the Co-op on Ullerby Road."),
    p("hn", "Fair play to Maureen Tyson: the repairs pause has been lifted for damp and heating jobs after the tenants' petition. She listened. Thank you, Maureen. More to do, but a good start.",
      note="later thanks to the same member"),
]))

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts (7 accounts, 21 personal posts)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@KeithMoffatGH", "facebook", MIX, "positive", about="Keith Moffat: grandchild, rugby league, anniversary + Gannet Hill business", rows=[
    p("pos", "Happy 6th birthday to our laal Ella! 🎂 Grandad's little lass is growing up far too fast. Party at the soft play, wish me luck ❤️",
      allowed=[DP], note="grandchild named with age"),
    p("fill", "Gannet Hill: the crossing on Sea View Road becomes a puffin crossing from next month. Works run for about three weeks."),
    p("pos", "Colliers 24 Scarside Rovers 18!! What a second half. Hoarse from shouting, frozen to the bone, wouldn't be anywhere else. Up the Colliers 🏉",
      note="sport on the councillor account"),
    p("fill", "Thanks to the council housing team for sorting the heating at the Gannet Hill flats so quickly after I raised it."),
    p("pos", "Forty years today since our Pat said yes. Forty years of putting up with me. Gey lucky man. Off for a Cumberland sausage and a pint to celebrate 🍻",
      note="wedding anniversary"),
    p("fill", "Gannet Hill surgery moves to the baths café this month: Saturday 10 to 11.30."),
]))

ACCOUNTS.append(acct("@GilesFothergill", "x", MIX, "positive", about="Giles Fothergill: holiday, puppy, fell race + Fellgarth business", rows=[
    p("pos", "Back from a week in Lanzarote ☀️ Brown as a berry and already missing the sun. Landed to sideways rain. Welcome yam, Giles.",
      note="holiday"),
    p("fill", "Fellgarth car park: the pay machine on the lower level is out of order. Reported. Use the app or the top machine meantime."),
    p("pos", "Meet Bracken, the newest member of the Fothergill household. Ten weeks old and has already chewed a wellie 🐶",
      note="pet"),
    p("fill", "March planning committee papers are out. Fellgarth items include the boathouse café extension; documents are on the council site."),
    p("pos", "Fellgarth Fell Race entry done ✅ Last year I finished behind a man in a gorilla suit. This year the gorilla is going down.",
      note="personal sport"),
    p("fill", "Thanks to Fellside Mountain Rescue for the talk at the parish council. Humbling work, and they need volunteers."),
]))

ACCOUNTS.append(acct("@IslaGaskarthGreen", "bluesky", MIX, "positive", about="Isla Gaskarth: baby's first steps, allotment, knitting + Birkerdale business", rows=[
    p("pos", "Our laal lad Finn took his first steps today, straight into the dog's water bowl 💧 Proud mam moment.",
      allowed=[DP], note="own child named"),
    p("fill", "Birkerdale community energy meeting Thursday at the Reading Room. Solar on the school roof is on the table."),
    p("pos", "Allotment report: broad beans in, rhubarb waking up, slugs already plotting. Gey happy with clarty hands on a Sunday 🌱",
      note="hobby"),
    p("fill", "Flood warning on Birker Beck lifted this morning. Thanks to the Environment Agency and the council crews who were out overnight."),
    p("pos", "Finally finished the jumper I started two winters ago. One sleeve longer than the other. Wearing it anyway 🧶",
      note="hobby"),
    p("fill", "Reminder: Birkerdale recycling is collected on Wednesday this week because of the bridge works."),
]))

ACCOUNTS.append(acct("@DennisWilkinsonInd", "facebook", MIX, "positive", about="Dennis Wilkinson: tups at the mart, wife's hip, grandson's wrestling + Thwaitebeck business", rows=[
    p("pos", "Sold the Herdwick tups at Kelbarrow mart today. Decent prices for once. Our lass says I can have a new quad. She's having me on 🐏",
      note="farm and family"),
    p("fill", "Thwaitebeck road closure: the stretch past the chapel is being resurfaced for four days from Monday, diversion via Low Row."),
    p("pos", "Our Brenda's home from Kelbarrow General after her new hip. Gey sore but in good spirits and already bossing me about from the settee. Thank you to the nurses on Ward 4.",
      allowed=[DP], note="wife's operation (health of a named private person)"),
    p("fill", "Thwaitebeck village hall grant approved. New boiler this spring. Thanks to everyone who filled in the survey."),
    p("pos", "Took the grandson to his first Cumberland wrestling practice. Lost his first bout, won his second, cried after both. Champion 🤼",
      allowed=[DP], note="grandchild (unnamed child)"),
    p("fill", "Fly-tipping at the top of the Thwaitebeck lonning again. If you saw a white van up there Tuesday morning, message me privately."),
]))

ACCOUNTS.append(acct("@SandraMcGlasson", "facebook", MIX, "positive", about="Sandra McGlasson: son's wedding, cat, pancakes + Gannet Hill business", rows=[
    p("pos", "Our Jamie got wed on Saturday! 💍 Beautiful day at the Fellgarth Hotel and the sun even came out. His mam cried through the whole thing.",
      allowed=[DP], note="son named"),
    p("fill", "Gannet Hill: new communal bins for the Sea View flats arrive next week. No more bags on the pavement."),
    p("pos", "Tiddles has brought us a live mouse at 5am for the third morning running. Twelve years old and still a gurt hunter 🐈",
      note="pet"),
    p("fill", "Thank you to everyone who came to the anti-social behaviour meeting with Inspector Pickthall. Extra patrols agreed round the Gannet Hill shops."),
    p("pos", "Pancake tea at ours: three burnt, two on the floor, one stuck to the ceiling 🥞 Don't tell environmental health.",
      note="home life"),
    p("fill", "Struggling with council tax? There's help. Ring the council's support line or come to my surgery Friday at the library."),
]))

ACCOUNTS.append(acct("@CraigMossopLab", "x", MIX, "positive", about="Craig Mossop: football, own knee op, pub quiz + Harbour business", rows=[
    p("pos", "Kelbarrow Athletic 2-1 Skelby Town and we're top of the league, marras! ⚽ Never in doubt. (It was always in doubt.)",
      note="sport"),
    p("fill", "Harbour ward: gas main works on Quay Street start Monday. Access for residents maintained throughout."),
    p("pos", "Knee op went fine. Surgeon says six weeks off the five-a-side. The five-a-side lads say forever 🦵",
      allowed=[DP], note="councillor's own health"),
    p("fill", "Met the Harbour Master and the fishermen about the silt at the south quay. Dredging bid goes in next month."),
    p("pos", "Pub quiz champions at the Ship! Team name: Quiz Team Aguilera. Prize: a meat raffle ticket and eternal glory 🏆",
      note="social life"),
    p("fill", "Thanks to the street cleaning crew who had Quay Street sparkling after Saturday's storm."),
]))

ACCOUNTS.append(acct("@ColinHollidayFI", "x", MIX, "positive", about="Colin Holliday: sheepdog trial, rum butter, daughter's graduation + Fellgarth business", rows=[
    p("pos", "Meg came third at the Thwaitebeck nursery trial! Not bad for an old lass who spent most of the run looking at me like I'd lost the plot 🐕",
      note="pet and hobby"),
    p("fill", "Fellgarth: the bridleway above the tarn is closed for repairs until the end of March. Signed diversion in place."),
    p("pos", "Rum butter batch number two. First batch mysteriously vanished. I blame the wife. She blames the dog. The dog blames nobody, it's a dog.",
      note="home life"),
    p("fill", "Fellgarth parish and district councillors met the national park planners about second homes. Good, frank meeting."),
    p("pos", "Our Lucy graduated today, first in the family to go to university 🎓 Her mam and me are fair bursting.",
      allowed=[DP], note="daughter named"),
    p("fill", "Gritting on the Fellgarth pass was late on Monday. I've asked highways why and will report back."),
]))

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives (council business with family words;
# a separate personal account)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@ChairEileenP", "facebook", MIX, "hard_negative", about="Eileen Postlethwaite, Chair: civic charity Fell Walk and civic duties", rows=[
    p("hn", "The Chair's charity Fell Walk is on! Thwaitebeck to Fellgarth over the top, nine miles, for Fellside Mountain Rescue. My training so far: the Civic Hall stairs twice without stopping. Sponsor forms at reception.",
      note="civic charity event with self-deprecating humour"),
    p("hn", "Honoured to welcome families from across the district to the Civic Hall for this morning's citizenship ceremony. Eleven new citizens, and a gey proud day for all of them.",
      note="'families' are residents; civic duty"),
    p("hn", "The Chair's Young Citizen awards are open. Nominate a young person who makes a difference in Kelbarrow or the fells. Gey proud of the laal ones we met last year.",
      note="civic awards"),
    p("hn", "Joined staff and residents at a Gannet Hill care home to mark a 100th birthday on behalf of the council. Card from the King, cake from the kitchen, stories of the pit and the harbour in the 1940s.",
      note="'birthday' but a civic visit; resident not named"),
    p("hn", "Fell Walk update: £1,840 raised so far for Fellside Mountain Rescue. Thank you, marras. My boots are broken in. My knees are another matter.",
      note="civic charity"),
    p("hn", "The Chair's civic service is at St Kentigern's, Kelbarrow, on Sunday the 22nd. All welcome, families especially.",
      note="civic event"),
]))

ACCOUNTS.append(acct("@LynnBrannanLab", "x", MIX, "hard_negative", about="Lynn Brannan, Cabinet Member for Children, Families and Communities: family hubs", rows=[
    p("hn", "The Pitheads Family Hub opens its doors on Monday! Health visitors, feeding support, benefits advice and a laal play corner under one roof 👶",
      note="'family hub' is a council service"),
    p("hn", "Half-term holiday activities and food programme: 1,200 free places across the district for families on free school meals. Book through the council website.",
      note="'holiday' is a council programme"),
    p("hn", "Happy first birthday to the Gannet Hill Family Hub 🎂 2,300 visits in its first year. Thank you to the staff and volunteers who make it feel like yam.",
      note="'birthday' of a council service"),
    p("hn", "Foster carers needed in Kelbarrow and Fellside. If you've room in your home and your heart, our fostering team would love a chat. Info session at the Civic Hall on Thursday.",
      note="council recruitment"),
    p("hn", "Cabinet has agreed our Families First strategy: earlier help for parents and more youth workers in Mossrigg and Pitheads. Papers on the council site.",
      note="portfolio business"),
]))

ACCOUNTS.append(acct("@heathers_herdwicks", "facebook", MIX, "hard_negative", account="personal", about="Heather Armstrong's separate personal account: farm and family only", rows=[
    p("hn", "Scanning day at ours: more twins than last year 🐑🐑 and one yow carrying triplets, bless her. Busy April ahead.",
      note="personal account, farm news, no council business"),
    p("hn", "Grandson came to help with the feeding. Fell in the clarty bit by the gate within five minutes. Took him yam looking like a Herdwick himself.",
      note="grandson unnamed, personal account"),
    p("hn", "Bramble the collie has discovered the new quad and would like to drive it.",
      note="pet"),
    p("hn", "Rain. Again. The beck's over the lonning. Wellies, waterproofs and a flask of tea on the cracket by the Aga.",
      note="weather"),
    p("hn", "Baked a gurt tray of flapjack for the lads rebuilding the wall the storm knocked down. Gone in ten minutes.",
      note="farm life"),
]))

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts (Facebook pages; 3 bad
# comments left up in each)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@DarrenHodgsonKH", "facebook", MOD, "positive", about="Darren Hodgson's page", rows=[
    p("fill", "Harbour wall repair update: the contractor is on site, the pier is closed for six weeks and the £1.1m scheme is on budget so far. Questions welcome below."),
    c("Lee Warwick", "pos", "Waste of money. Same as always, that contractor Ellis Marine gets every job. Ste Ellis has been fiddling council contracts for years and you lot let him.",
      allowed=[DEF], note="allegation of fraud against a named private person and firm"),
    c("Anne Pearson", "hn", "Will the south quay steps stay open for the rowing club? We train Saturday mornings.", note="civil question"),
    c("@DarrenHodgsonKH", "hn", "Yes Anne, the south quay steps stay open throughout. The harbour office will post if anything changes.",
      note="councillor replies to a civil commenter, leaves the comment above up"),
    p("fill", "Gritting: all primary routes treated by 6am. Pavements round the Harbour are next. Take care, it's like a rink out there."),
    c("Wayne Fisher", "pos", "Hodgson you useless fat b*stard, my mam went flying on Quay Street yesterday. Get off your backside.",
      allowed=[PA, AB], note="abusive insult at the councillor"),
    c("Gaz Dobson", "pos", "It's the lad at 14 Quay Street nicking the grit bins for his drive, Kyle Nixon, lives with his nana. Go and knock.",
      allowed=[DP, DEF], note="private person's name and address with an allegation of theft"),
    c("Marion Steel", "hn", "Thanks to the gritter crews, out before five. Gey grateful.", note="civil"),
]))

ACCOUNTS.append(acct("@JaniceSewellLab", "facebook", MOD, "positive", about="Janice Sewell's page", rows=[
    p("fill", "Anti-social behaviour on the Harbour front: I met the police and the youth service this week. More patrols on Friday and Saturday nights and the youth bus is back from March."),
    c("Trevor Ashburner", "pos", "It's that lot from the hostel on Brow Street. Everyone knows what they are. Put them back on the first boat, we were fine before they came.",
      allowed=[EQ], note="coded hostility to asylum seekers / migrants"),
    c("Carol Ponsonby", "hn", "The youth bus was brilliant last year, my two loved it. Thanks Janice.", note="civil"),
    c("Mick Harker", "pos", "The Bewley lass at 3 Ship Lane runs that gang and her mam's on the drugs, everyone knows.",
      allowed=[DP, DEF], note="private family named with address, allegations of crime and drug use"),
    p("fill", "Good news: the Harbour Street public toilets reopen next month after the refit."),
    c("Dean Crellin", "pos", "Janice Sewell is a lying cow, she said that last year. Same as every Labour rat on that council.",
      allowed=[PA, AB], note="abusive personal insult"),
    c("Jean Hetherington", "hn", "Will the changing places room be in it this time? My grandson uses a wheelchair.", note="civil question"),
    c("@JaniceSewellLab", "hn", "Yes Jean, the changing places room is part of the refit and open from day one.", note="councillor reply"),
]))

ACCOUNTS.append(acct("@BillTinnionFI", "facebook", MOD, "positive", about="Bill Tinnion's page", rows=[
    p("fill", "Second homes in Thwaitebeck: 41% of houses in the village now sit empty half the year. I'll push for the full council tax premium at budget council. Your views welcome."),
    c("Rob Dickinson", "pos", "Tell the offcomers to get out. Put a brick through a few windows and the rest will get the message.",
      allowed=[BI], note="incitement to criminal damage against incomers"),
    c("Ruth Bland", "hn", "Fully support the premium. My daughter can't afford to live in the village she grew up in.", note="civil"),
    c("Pete Hallam", "hn", "I'm an offcomer with a second home here and I spend in the shop and the pub most weekends. Please don't make us the villains.", note="civil disagreement"),
    p("fill", "Thwaitebeck bus: the 31 keeps its Saturday service after all. Thanks to everyone who wrote in."),
    c("Shane Tuer", "pos", "About time. Now sort the driver out, that creepy Alan Fleming on the 31 stares at the schoolgirls. Someone should sort him.",
      allowed=[DEF, BI], note="named private person, allegation and veiled threat"),
    c("Debbie Quayle", "pos", "Bill Tinnion is a useless gowk who only turns up when there's a camera. Thick as two short planks, the lot of them.",
      allowed=[PA], note="insult without swearing ('gowk', 'thick')"),
    c("@BillTinnionFI", "hn", "Fair comment that I should be on the bus more, Debbie. I'll be on the 8.10 on Friday if anyone wants a natter.",
      note="councillor answers the abusive comment but leaves it up"),
]))

ACCOUNTS.append(acct("@CarolRoutledgeC", "facebook", MOD, "positive", about="Carol Routledge's page", rows=[
    p("fill", "Pleased to open the new play area at Thwaitebeck rec today. Thank you to the parish council and the families who fundraised for two years."),
    c("Kay Walby", "pos", "Lovely. Shame about the pervert at No. 7 Rec Terrace who watches the kids from his window. Gordon Ashbridge his name is, everyone should know.",
      allowed=[DEF, DP], note="named private person, address, allegation of sexual misconduct"),
    c("Steph Gate", "hn", "Gey canny play area, ours loved it. Any chance of a bench for the grandparents?", note="civil"),
    c("@CarolRoutledgeC", "hn", "Good idea Steph, I'll ask the parish.", note="councillor reply"),
    p("fill", "Rural broadband: Thwaitebeck and Low Row are finally on this year's rollout list."),
    c("Gary Lamplugh", "pos", "Carol you thick old bag, you wouldn't know broadband from a bog roll. Tory scum.",
      allowed=[PA, AB, EQ], note="abusive; 'old bag' ageist and sexist"),
    c("Tony Hind", "pos", "Ring the Openreach lad direct, Dave Sowerby, 07700 900417. Bung him a twenty and you're top of the list.",
      allowed=[DP, DEF], note="private person's phone number and an allegation of taking bribes"),
    c("Liz Ferguson", "hn", "Brilliant news. Any dates yet?", note="civil"),
]))

ACCOUNTS.append(acct("@PaulIredaleKB", "facebook", MOD, "positive", about="Paul Iredale's page", rows=[
    p("fill", "The Candlemas Pit museum gets a £250k heritage grant! Our mining history, properly told at last."),
    c("Barry Kitchen", "pos", "Money for a museum while the estate's crawling with smackheads. Number 22 Colliery Close is a crack den, the Pearsons, everyone knows.",
      allowed=[DEF, DP, AB], note="private family named with address, allegation of drug dealing"),
    c("Ann Dowie", "hn", "My grandad worked Candlemas till it closed. Fantastic news, thank you.", note="civil"),
    c("@PaulIredaleKB", "hn", "Ann, we'd love his story for the oral history project if the family are willing. Message me.", note="councillor reply"),
    p("fill", "Pitheads: drop-in on the new bus timetable, Wednesday 2 to 4 at the Miners' Welfare."),
    c("Kev Salkeld", "pos", "Iredale you two-faced rat, you'd sell your own nan for a vote. Crawl back under your stone.",
      allowed=[PA], note="personal insult"),
    c("Jason Mounsey", "pos", "Half the drivers are foreign now anyway, can't understand a word they say. Send them home and give the jobs to Kelbarrow lads.",
      allowed=[EQ], note="discrimination on national origin"),
    c("Lorraine Pape", "hn", "Can you ask about the 7.05? It doesn't meet the train any more.", note="civil"),
]))

ACCOUNTS.append(acct("@AndyMessengerInd", "facebook", MOD, "positive", about="Andrew Messenger's page", rows=[
    p("fill", "Harbour Arcade: the council has agreed a rent holiday for the independent shops until June. Use them or lose them, marras."),
    c("Scott Fell", "pos", "The kebab shop in the arcade is a front for laundering. The owner Mr Demir is a crook, ask anyone.",
      allowed=[DEF], note="allegation of crime against a named private trader"),
    c("Nicola Kirk", "hn", "Great news, the bakery deserves it.", note="civil"),
    c("Dot Graham", "hn", "About time. Too late for the wool shop though.", note="civil, critical"),
    p("fill", "Consultation on the Harbour cycle lane closes Friday. Both sides of the argument welcome on this page, but keep it civil please."),
    c("Ryan Ostle", "pos", "Cyclists are f***ing parasites. Next one who cuts me up on Quay Street is going under my wheels and I'm not joking.",
      allowed=[BI, AB], note="obscene and threatening"),
    c("Dean Hutton", "pos", "Andy Messenger is a spineless gowk. Independent my backside, he's in Kirkbride's pocket and we all know what he got for it.",
      allowed=[PA, DEF], note="insult and insinuation of corruption"),
    c("Jill Atkinson", "hn", "I cycle to work along Quay Street and I've been knocked off twice. Please build the lane.", note="civil"),
]))

ACCOUNTS.append(acct("@AnnStalkerFI", "facebook", MOD, "positive", about="Ann Stalker's page", rows=[
    p("fill", "Birkerdale school is safe! The county has confirmed it stays open. Thank you to every parent who wrote in ❤️"),
    c("Julie Tyer", "pos", "No thanks to the head, Mrs Braithwaite. She's an alcoholic and the whole village knows it. Should be sacked.",
      allowed=[DEF, DP], note="named staff member, health allegation"),
    c("Kath Bell", "hn", "Wonderful news. Gey relieved for the laal ones.", note="civil"),
    c("Steve Robley", "pos", "Should put the travellers' kids in a class of their own, they drag the rest down.",
      allowed=[EQ], note="discrimination against Gypsy and Traveller children (race)"),
    p("fill", "Wind turbine plans on Birkerdale Fell: the application is in. Please read the documents and comment on the planning portal."),
    c("Mark Hine", "pos", "Anyone round here who supports this can expect a visit. We know who you are and where your cars are parked.",
      allowed=[BI], note="threat against supporters"),
    c("Sue Tiffin", "hn", "I'm for it. The fell's not pristine, it's been quarried for two hundred years.", note="civil"),
    c("@AnnStalkerFI", "hn", "Thanks Sue. Every view counts, so please put it on the portal where it's on record.", note="councillor reply"),
]))

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative accounts (robust or rude but
# acceptable comments, replies, a removal notice)
# ---------------------------------------------------------------------------

ACCOUNTS.append(acct("@MaryHuddartFI", "facebook", MOD, "hard_negative", about="Mary Huddart's page", rows=[
    p("hn", "Council tax is going up 4.99%. I voted against. Here's what I'd have cut instead: the Civic Hall refurb and the consultants' budget.", note="political post"),
    c("Jim Sharp", "hn", "Useless, the whole shower of you. Same every year.", note="rude but aimed at the council"),
    c("Tom Bowe", "hn", "Gey easy to vote against when you know you'll lose, Mary.", note="sharp but fair jab"),
    c("Gail Strong", "hn", "Aye, the Civic Hall gets new carpets while the Thwaitebeck road's a clarty ditch. Champion.", note="sarcasm about a decision"),
    c("@MaryHuddartFI", "hn", "Fair point on the road, Gail. It's on the list for April and I'll keep nagging.", note="councillor reply"),
    p("hn", "I've removed two comments from my last post: one named a private individual and one was abusive. Debate is welcome here. Abuse and people's addresses are not.",
      note="removal notice"),
    c("Norman Bewley", "hn", "Quite right Mary. Keep it clean.", note="civil"),
]))

ACCOUNTS.append(acct("@JoeSteelLab", "facebook", MOD, "hard_negative", about="Joe Steel's page", rows=[
    p("hn", "Cabinet's plan for Mossrigg leisure: a new pool by 2028, paid for partly by selling the old baths site.", note="policy post"),
    c("Wes Tunstall", "hn", "Daft idea from a clueless cabinet. The old baths should stay with the community.", note="rude about the cabinet, not a person"),
    c("Pam Oglethorpe", "hn", "Another vanity project. Mossrigg'll be paying for this till our grandbairns are grey.", note="robust criticism"),
    c("@JoeSteelLab", "hn", "Pam, the pool is funded by grant and the site sale, not council tax. The full figures are in the cabinet papers.", note="councillor reply"),
    p("hn", "Mossrigg rec floodlights: fixed at last. Took far too long, sorry.", note="ward business"),
    c("Sharon Wren", "hn", "Where were you lot when the youth club shut? Floodlights are nice but the kids need somewhere to go.", note="robust"),
    c("@JoeSteelLab", "hn", "Fair challenge, Sharon. The youth club bid is in for Mossrigg. I'll post when we hear.", note="councillor reply"),
]))


# ---------------------------------------------------------------------------
# deterministic assembly
# ---------------------------------------------------------------------------

def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


DEFAULT_NOTE = {
    ("fill", H): "ward business in a harassment account",
    ("fill", MIX): "ward business on the mixed account",
    ("fill", MOD): "the councillor's own post; the comments beneath are judged separately",
}


def expect_for(kor, pattern, role, rules, allowed):
    if kor == "pos":
        r = [pattern] + [x for x in rules if x != pattern]
        a = [x for x in allowed if x not in r]
    elif kor == "fill" and role == "positive":
        r, a = [], [pattern]
    else:
        r, a = [], []
    verdict = "ok"
    for x in r:
        if ORDER[SEVERITY[x]] > ORDER[verdict]:
            verdict = SEVERITY[x]
    return {"rules": r, "allowed": a, "verdict": verdict}


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for a in ACCOUNTS:
        posts = []
        for r in a["rows"]:
            if r["type"] == "post":
                posts.append(r)
            else:
                posts[-1]["comments"].append(r)
        n = len(posts)
        if a["pattern"] == H and a["role"] == "positive":
            span = 30
            start = rng.randint(0, len(days) - span)
            window = days[start:start + span]
        else:
            window = days
        chosen = []
        for i in range(n):
            lo = i * len(window) // n
            hi = (i + 1) * len(window) // n
            chosen.append(window[rng.randrange(lo, hi)])
        for post, day in zip(posts, chosen):
            latest = 18 * 60 + 59 - 55 * len(post["comments"])
            minute = rng.randint(8 * 60, latest)
            group = [post] + post["comments"]
            key = None
            for j, r in enumerate(group):
                if j:
                    minute += rng.randint(4, 55)
                ts = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                 rng.randint(0, 59), tzinfo=dt.timezone.utc)
                kor = r["kor"]
                fam = "hard_negative" if kor == "hn" else a["pattern"]
                note = r["note"] or DEFAULT_NOTE.get((kor, a["pattern"]), "")
                row = {
                    "_key": f"{a['author']}#{len(rows)}",
                    "text": r["text"],
                    "author": a["author"],
                    "created_at": ts.isoformat(),
                    "platform": a["platform"],
                    "account": a["account"],
                    "kind": "post" if r["type"] == "post" else "comment",
                    "expect": expect_for(kor, a["pattern"], a["role"], r["rules"], r["allowed"]),
                    "family": fam,
                    "account_pattern": a["pattern"],
                    "account_role": a["role"],
                    "kind_of_row": {"pos": "positive", "hn": "hard_negative", "fill": "filler"}[kor],
                    "note": note,
                }
                if r["type"] == "comment":
                    row["comment_by"] = r["by"]
                    row["_parent"] = key
                else:
                    key = row["_key"]
                rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["_key"]] = f"B77-A-{i:04d}"
    out = []
    order = ["id", "text", "author", "created_at", "platform", "account", "kind",
             "comment_by", "parent_id", "expect", "family", "account_pattern",
             "account_role", "kind_of_row", "note"]
    for row in rows:
        row["id"] = ids[row["_key"]]
        if "_parent" in row:
            row["parent_id"] = ids[row["_parent"]]
        out.append({k: row[k] for k in order if k in row})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print(f"wrote {len(rows)} rows to {OUT.name}")
