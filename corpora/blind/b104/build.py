"""Build blind set b104 (accounts.jsonl) from the hand-written rows below.

Every text, label and note in this file was written by hand for this set.
The script only orders, dates, shuffles and numbers them. It is deterministic
(seed 10404): running it again gives the same accounts.jsonl byte for byte.

    python build.py          # writes accounts.jsonl next to this file
"""
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 10404

# account rules
HAR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
CAP = "capacity.mixed-account"
# post rules
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
HS = "haste.pause-before-posting"

SEVERITY = {
    HAR: "block", MOD: "review", CAP: "advice",
    PA: "review", AB: "review", BU: "block", EQ: "block", OF: "review",
    DP: "review", DF: "review", IR: "advice", HS: "advice",
}
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}

OWNER = object()  # comment_by placeholder for the page owner's own replies


def pos(text, rules=(), allowed=(), note=""):
    return {"k": "positive", "text": text, "rules": list(rules), "allowed": list(allowed), "note": note}


def fil(text, note=""):
    return {"k": "filler", "text": text, "rules": [], "allowed": [], "note": note}


def hn(text, rules=(), allowed=(), note=""):
    return {"k": "hard_negative", "text": text, "rules": list(rules), "allowed": list(allowed), "note": note}


def com(by, row):
    row = dict(row)
    row["comment_by"] = by
    return row


def acct(author, platform, pattern, role, rows, account="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    acct("@WayneGronowReform", "x", HAR, "positive", [
        fil("Drove the length of Pier Road this morning. Eleven potholes between the chippy and the dock gates. Reported every one. Trefwyn Dock deserves tidy roads same as anywhere else. #TrefwynDock",
            "ward casework"),
        pos("Our Leader's 'Sgwrs Sir' listening tour rolled into Trefwyn yesterday. Forty minutes, a photo with the lifeboat crew, back in the car. Duw duw. Lady Eirian doesn't do the Dock after dark, does she. Too common for her, we are.",
            allowed=[PA], note="1st hostile post at Eirian Prydderch (Leader): 'Lady Eirian' mockery of the tour, no direct insult"),
        fil("Reform UK surgery Saturday at the Seafarers' Institute, 10 till 12. Bring your council tax letters, your damp, your parking tickets. Kettle's on.",
            "surgery notice"),
        pos("Fair play to @EirianPrydderch, she's found £400k for new signs on the bypass. Lush. Meanwhile my constituents are in B&Bs. What a woman. Honestly, somebody give her a medal, bless her cotton socks. 🏅",
            rules=[IR], note="2nd hostile post: mock praise of the Leader"),
        pos("Eirian Prydderch is a jumped-up headmistress who's never had a proper job in her life. Talks down to Dock people like we're twp. She'll be 'looking into it now in a minute', like she has been for two years. Not fit to run a bath, never mind a county.",
            rules=[PA], note="3rd hostile post: belittling insult"),
        fil("Good turnout at the Trefwyn Dock litter pick. 32 bags off the foreshore and a fridge. Diolch to the Sea Cadets and everyone who came down.",
            "community event"),
        pos("Eirian likes her Sunday swim at Traeth Gwyn, 7 o'clock sharp, regular as clockwork. Plenty of Dock boys know that too. She might want to think on before she shuts our leisure centre, that's all I'm saying.",
            rules=[BU], note="4th hostile post: tells the Leader people know her routine and where she will be; veiled menace"),
    ]),
    acct("@TerrySkyrmeCCI", "facebook", HAR, "positive", [
        fil("Porth Cadno ferry timetable for the spring is out. Two sailings a day from March and the early one is back. Good news for the hauliers and the B&Bs on Harbour Hill.",
            "port news"),
        pos("Cllr Holloway told the harbour forum last night what 'the visitor economy' needs. Eight years he's been here. Eight. My family have fished out of Porth Cadno since the 1800s, but apparently a man who still says 'Pen-bro-kuh' knows best. Another one who came down the M4 and found us quaint.",
            allowed=[EQ, PA], note="1st hostile post at Marcus Holloway (Economy, Ports and Tourism), coded as an English incomer"),
        fil("Met the Harbour Trust about the silting in the inner basin. Dredging survey booked for March. Tidy. Captain Summers says the pontoons will be fine for the season.",
            "names the harbour master, an officer, neutrally"),
        pos("Marcus Holloway wants a tourist tax. Course he does. His sort always want to pull the ladder up once they've got the cottage with the sea view. Not one word of Welsh in eight years, mind. Not one. Tells you all you need to know about where his heart is.",
            allowed=[EQ, PA], note="2nd hostile post: 'his sort', outsider framing"),
        fil("Penblwydd hapus to Porth Cadno RNLI, 150 years this month. A big cwtch to every volunteer who ever went out in the dark for strangers. 🧡",
            "community post"),
        pos("Holloway is a white settler with a lanyard and a Labour rosette. He'll be back over the bridge the minute the allowance dries up. People round here have long memories, butt.",
            rules=[PA], allowed=[EQ, BU], note="3rd hostile post: 'white settler' insult; 'long memories' read as electoral"),
    ]),
    acct("@EmlynVaughanInd", "facebook", HAR, "positive", [
        fil("Llanfeuno Young Farmers raised £2,300 at the tractor run for the air ambulance. Da iawn bois a merched, tidy effort in the rain.",
            "community post"),
        pos("Refused AGAIN. Third time the Williams family have asked to put a bungalow on their own land so their son can come home and farm. And who's behind it? Catrin Jeremy, Head of Planning, sat in Castell Meurig with her policies and her flat white, never set foot on a hill farm in her life. She'll wave through forty holiday lets on the coast quick enough mind.",
            rules=[OF], allowed=[DP, PA], note="1st hostile post at Catrin Jeremy, Head of Planning (officer); a private family named"),
        fil("Pothole on the Foel road by the chapel filled at last. Took four months but chware teg to the highways crew who came out in the sleet.",
            "ward casework"),
        pos("Asked Ms Jeremy at committee why her department keeps finding reasons to say no to young Welsh families and yes to second homes. She smiled and said 'policy'. That smile. Some of us up the mountain have long memories and we know whose side she's on.",
            rules=[OF], allowed=[BU], note="2nd hostile post: questions her neutrality; 'long memories' allows bullying"),
        fil("Store lambs strong at Castell Meurig mart again this week. Good to see the pens full and the café busy.",
            "rural post"),
        pos("Catrin Jeremy should do the decent thing and go. A townie with a clipboard who thinks the countryside is the view from her car window. Twp as a box of frogs on rural need and too proud to learn. Every valley family she's turned away knows her name.",
            rules=[OF, PA], note="3rd hostile post: insult and call to resign aimed at the officer"),
    ]),
    acct("@GillianMathiasCon", "x", HAR, "positive", [
        fil("Aberhiraeth slipway repairs start Monday. Boats will launch from the north beach till Easter. Thanks for bearing with us, all.",
            "ward notice"),
        pos("Cllr Rowlands gave us all a lecture on housing at full council. All of 24, still lives with her mam, never paid a mortgage. Lovely speech though, cariad, very passionate. Did you write it yourself?",
            rules=[IR], allowed=[PA, EQ], note="1st hostile post at Bethan Rowlands (young Labour councillor): mock praise, age put-down"),
        fil("Great to welcome the Wales Coast Path rangers to Aberhiraeth today. Stile by the lime kiln finally fixed.",
            "ward post"),
        pos("@BethanRowlandsLab has discovered the second homes premium. Bless. Next week she'll discover a budget has two sides. Somebody get the girl a calculator and a cwtch.",
            rules=[IR], allowed=[PA, EQ], note="2nd hostile post: mock sympathy, 'the girl'"),
        pos("Bethan Rowlands is out of her depth and everybody in that chamber knows it. A little croten playing at politics while the grown-ups clear up after her. Embarrassing.",
            rules=[PA], allowed=[EQ], note="3rd hostile post: belittling, gendered and age put-down"),
        fil("Aberhiraeth WI St David's Day tea on Saturday. Welsh cakes, bara brith and the best teisen lap in the county. Croeso i bawb.",
            "community event"),
        pos("Heard a few Trefwyn Heights mams have been talking about Bethan's 'private life' at the school gates. I'd not want to be the one everybody's chattering about, bach. Be a shame if it went any further. Think on.",
            rules=[BU], allowed=[PA, EQ], note="4th hostile post: veiled threat to spread gossip about her private life"),
    ]),
    acct("@BrianScourfieldInd", "facebook", HAR, "positive", [
        fil("Trefwyn Heights bus shelter on Bush Lane is back up after the storm. Thanks to everyone who reported it.",
            "ward casework"),
        pos("Gethin Rhys-Morgan has put council tax up 9.4% and told us it hurts him as much as it hurts us. On his allowance and his wife's salary, butt? Pull the other one, it's got bells on. He wouldn't know a struggling family if one knocked his door.",
            allowed=[PA, DP], note="1st hostile post at Gethin Rhys-Morgan (Deputy Leader, Finance); his wife's salary raised"),
        fil("Surgery this Friday 5 till 7 in the Heights Community Centre. Benefits adviser with me. Paned and a Welsh cake on the go.",
            "surgery notice"),
        pos("Funny how the harbour dues contract went to the same firm three times running. Funny how the Deputy Leader's cousin sits on its board. Funny old world. Not saying nothing, just noticing. 🤔",
            allowed=[DF, DP], note="2nd hostile post: insinuation of corruption, not stated as fact"),
        fil("Heights Juniors under-11s won the county cup! Tidy football, bois. Proud of every one of you.",
            "community post"),
        pos("Let's call it what it is. Gethin Rhys-Morgan has been fiddling the harbour dues figures to hide the hole in his budget, and he knows it. A crook with a calculator. Duw, the cheek of the man.",
            rules=[DF, PA], note="3rd hostile post: allegation of dishonesty stated as fact"),
    ]),
    acct("@FfionHafGreen", "bluesky", HAR, "positive", [
        fil("Beach clean at Penrhos Sands: 61 kg of plastic, one shopping trolley and a very confused crab. Diolch i bawb 💚",
            "community event"),
        pos("Nia Wyn Lewis on the school closures: 'a difficult decision'. Difficult for who, Nia? Not for you, tucked up in Gwenallt with your own village school safe. Three small schools gone in a year and she still had the face to stand up at the eisteddfod and talk about community. 🙄",
            allowed=[PA], note="1st hostile post at Nia Wyn Lewis (Education and the Welsh Language)"),
        fil("🧵 What the new active travel route from Penrhos to Castell Meurig does and doesn't include. Short version: cycle path yes, crossing by the garage no. I'm pushing for the crossing.",
            "policy explainer"),
        pos("Nia Wyn Lewis 'listening' to the parents at Ysgol Penrhos tonight. Ten out of ten for the head tilt, cariad, you've really mastered it. Truly a masterclass in looking concerned. 👏👏👏",
            rules=[IR], note="2nd hostile post: mock praise"),
        fil("The dunes boardwalk consultation closes on the 20th. Have your say, and mention the nesting season if you care about the ringed plovers like I do.",
            "consultation notice"),
        pos("I'll be at Nia Wyn Lewis's surgery again Saturday. And the one after. And at cabinet, and at the school gates in Gwenallt if I have to. She can't hide behind a translation headset forever. Every week, wherever she goes. 💚",
            allowed=[BU], note="3rd hostile post: persistence framed as following her; hostile given the posts before"),
    ]),
    acct("@LeeMaddocksReform", "bluesky", HAR, "positive", [
        fil("Three-weekly black bin trial starts in Porth Cadno in April. I voted against it. Here's what you need to know about your collection days 🧵",
            "robust policy post"),
        fil("Fly-tipping at the top of Heol Capel again. Reported. If you saw a white Transit up there Tuesday, ring the council on 01632 960417.",
            "ward casework; council number in drama range"),
        pos("Carys Thomas couldn't find her way round a recycling box with a map and a torch. Talks net zero at conferences in Cardiff, lets the bins pile up in Porth Cadno. Hopeless, mun.",
            rules=[PA], note="1st hostile post at Carys Thomas (Environment and Waste)"),
        fil("Harbour Hill car park machines taking cards again. Only took six weeks. 🙃",
            "ward casework, mild sarcasm at a service"),
        fil("Spoke to the Dyfed-Powys neighbourhood team about the boy racers on the prom. Extra patrols Friday and Saturday nights.",
            "ward casework"),
        pos("Cllr Thomas says the bin trial is 'going well'. Going well! Maggots on Quay Street, gulls the size of Labradors, and she's off cutting ribbons. Duw duw. Tidy job, Carys, smashing. Have a gold star. ⭐",
            rules=[IR], note="2nd hostile post (the minimum of two): mock praise"),
        fil("Iechyd da to Porth Cadno Rowing Club on the new gig. She's a beauty, bois.",
            "community post; 'iechyd da' as congratulation"),
    ]),
    acct("@DarrenPhelpsReform", "x", HAR, "positive", [
        pos("Asked Sian Protheroe in scrutiny how many Cwmgwyn families are in temporary accommodation. She 'didn't have the figure to hand'. No. Course she didn't.",
            note="1st hostile post at Sian Protheroe (Housing): could pass as robust scrutiny alone"),
        fil("Cwmgwyn Tinplate Heritage Centre reopens Saturday with the new rolling mill exhibit. Bring the kids, it's free.",
            "community post"),
        pos("Sian Protheroe: lovely smile, lovely photos, not a clue. Couldn't find an empty council house if you parked her outside one with the keys in her hand. The Labour machine's favourite ornament.",
            rules=[PA], allowed=[EQ], note="2nd hostile post: belittling, 'ornament'"),
        pos("How. Many. Families. In. B&Bs. Simple question, Sian bach. Try again.",
            note="3rd hostile post: hectoring; account context matters"),
        fil("Street lights out on Heol y Ffwrnes. Reported, reference given. Shout if yours is off too.",
            "ward casework"),
        pos("Sian Protheroe off on a 'fact-finding' trip to Amsterdam to look at social housing. Lush for some. Hope the canals were nice, love. Meanwhile the Mainwaring boys from Cwmgwyn are sleeping in a car.",
            allowed=[IR, EQ, DP], note="4th hostile post: sneering; names a homeless private family"),
        pos("I'll be outside Sian's surgery in Trefwyn on Saturday with the Cwmgwyn families. And the Saturday after. And after that. She can't duck us forever, and we know where to find her.",
            rules=[BU], note="5th hostile post: 'we know where to find her'"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    acct("@HelenRochLD", "x", HAR, "hard_negative", [
        hn("The Leader's decision to close Priory Street library two days a week is the wrong call. Eirian Prydderch says it saves £38k. The cost to the kids who do their homework there is higher. I'll move an amendment at budget council.",
           note="civil criticism of the Leader's decision"),
        hn("Credit where it's due: Eirian Prydderch's U-turn on the Penrhos lifeguard cuts is the right call, and she made it quickly. Chware teg. More of that, please.",
           note="approving mention of the Leader"),
        fil("Priory ward surgery has moved to the Methodist hall this month, same time. Paned on.",
            "surgery notice"),
        hn("Eirian, the 'Sgwrs Sir' tour is a good idea badly done. Forty minutes in each town isn't listening, it's a photo op. Come to the Priory for an evening and I'll put the kettle on and bring the residents. Now in a minute, not next year!",
           note="criticism of the listening tour plus an invitation; shares the topic of Wayne Gronow's posts"),
        hn("The Leader owes Trefwyn swimmers a straight answer on when the pool closes and for how long. 'In due course' isn't a date, Eirian.",
           note="robust demand about a decision"),
        hn("Voted against the Leader's budget today. Libraries, lifeguards and a 9.4% rise: three bad calls in one paper. Plaid and Labour have the numbers so it passed. Now we hold them to every promise they made in the debate.",
           note="policy criticism"),
    ]),
    acct("@OwainPritchardLD", "facebook", HAR, "hard_negative", [
        hn("Marcus Holloway's visitor levy is half-baked. £1.30 a night hits the small guesthouses in Aberhiraeth and barely touches the big caravan parks. I'll say that to his face at cabinet and I'll say it here.",
           note="robust criticism of the portfolio holder's policy"),
        fil("Aberhiraeth harbour wall: contractors on site from the 9th. Footpath diverted round the back of the lifeboat station.",
            "ward notice"),
        hn("Full disclosure, I'm an incomer myself. Came down from Bristol 22 years ago, learnt my Welsh at night classes in the chapel vestry, still mangle my mutations. So I've no time for anyone who says Marcus shouldn't have a view because of where he was born. Where he's wrong is the port deal, and he's wrong on the numbers.",
           note="writer calls himself an incomer; rejects the outsider framing"),
        hn("Cllr Holloway is a grafter and a decent bloke, fair play to him. His ferry port deal is still a lemon: 25 years, no break clause, and the operator can drop the winter sailings. Show us the small print, Marcus.",
           note="civil criticism of the deal, 'lemon' aimed at the deal"),
        fil("Llongyfarchiadau to Ysgol Aberhiraeth on a glowing Estyn report. Tidy work by the staff and the governors.",
            "community post"),
        hn("Third time of asking: will Cllr Holloway publish the business case for the Porth Cadno port deal before cabinet votes? Nothing personal. The county deserves to see the numbers.",
           note="repeated but civil scrutiny"),
    ]),
    acct("@MandyRossiterCCI", "bluesky", HAR, "hard_negative", [
        fil("Penrhos Sands prom shelters painted and the benches are back out. Tidy for Easter.",
            "ward post"),
        hn("Gethin Rhys-Morgan is the most arrogant man in that chamber. Sat there smirking while we talked about food banks. Pompous, patronising and pleased with himself, the lot.",
           rules=[PA], note="single hostile post at the Finance member: a personal attack, not a course of conduct"),
        fil("Reminder: Penrhos beach car park free after 4pm from 1 March. I pushed for it and it's finally in.",
            "ward notice"),
        hn("Met Gethin Rhys-Morgan about the beach car park charges. He listened, took notes and agreed to look at a winter rate for locals. Diolch, Gethin.",
           note="civil later mention"),
        fil("Penrhos Sands Blue Flag application is in. Fingers crossed for May.",
            "ward post"),
        hn("Finance scrutiny today. Cllr Rhys-Morgan's answers on reserves were clear and I've no quarrel with how he set them out. I still think the reserves are too thin and I'll vote that way.",
           note="civil later mention with disagreement"),
    ]),
    acct("@TonyWaltersLab", "x", HAR, "hard_negative", [
        fil("Trefwyn Dock Labour doorstep Saturday, meeting 10am outside the Seafarers'. Bring a brolly.",
            "party activity"),
        hn("Wayne Gronow: loudest mouth in Trefwyn and the emptiest head on the Dock. A foghorn with nothing behind it, butt.",
           rules=[PA], note="single attack at Wayne Gronow (a harasser in this set)"),
        fil("Dock Road crossing approved for the school run. Three years of asking. Diolch to the parents who kept on at us.",
            "ward news"),
        fil("Refinery apprentice intake doubled this year. Good news for Trefwyn kids.",
            "ward news"),
        hn("Emlyn Vaughan is a dinosaur in a Barbour jacket, twp and proud of it. Wouldn't know a housing waiting list from a sheep dip.",
           rules=[PA], note="single attack at a second person, Emlyn Vaughan (also a harasser)"),
        fil("Dock ward newsletter out this week, delivered by our volunteers. Diolch bois.",
            "party activity"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    acct("@HywelBevanPlaid", "facebook", CAP, "positive", [
        fil("Rural Affairs update: the farm diversification grant opens 2 February. Up to £15k for smallholdings in the county. Details on the council website.",
            "council business"),
        pos("First twins of the lambing on our farm at 4 this morning! Ewe and both lambs doing tidy. Duw, I'm getting too old for the night checks 🐑🐑",
            allowed=[HS], note="personal farm news on the cabinet member's council page; mentions tiredness"),
        fil("Met Foel Gwynt and Llanfeuno community councils about gritting on the mountain road. Extra route agreed over Bwlch y Gwynt.",
            "council business"),
        pos("Our granddaughter Mali won the recitation at Llanfeuno eisteddfod! Seven years old and word perfect. Mamgu's in bits. So proud of you cariad ❤️",
            allowed=[DP], note="named granddaughter with her age"),
        fil("Bovine TB briefing for farmers at Castell Meurig mart, Thursday 7pm. Welsh Government vets attending.",
            "council business"),
        pos("Fly, our old collie, retired today after twelve years on the hill. She's earned her spot by the Rayburn. Best worker I ever had and the best cwtch.",
            note="personal: the family dog"),
    ]),
    acct("@HuwDevonaldCCI", "facebook", CAP, "positive", [
        pos("Out on the Mari Lwyd (the boat, not the horse 😂) at first light. Pots full of lobster and one very cross spider crab. Lush morning on the water.",
            note="personal: his own fishing trip"),
        fil("Aberhiraeth harbour: pontoon bookings for the season are open. Local boats get first refusal till 31 March.",
            "council business"),
        pos("Penblwydd priodas hapus to my Rhian, 30 years married this week and she still laughs at my jokes. Well, most of them. Love you cariad.",
            allowed=[DP], note="named wife and wedding anniversary"),
        fil("Coastal erosion meeting, Aberhiraeth Memorial Hall, next Wednesday. Natural Resources Wales and the council's engineers both coming.",
            "council business"),
        pos("Our Gareth's first season skippering his own boat. Watched him come round the point this morning and had a lump in my throat, duw duw. Proud dad.",
            allowed=[DP], note="named son"),
        fil("Small inshore boats fisheries grant: deadline Friday. Ring my office if you need help with the forms, 01632 960283.",
            "council business; his own office number"),
    ]),
    acct("@ElinJenkinsCadeirydd", "facebook", CAP, "positive", [
        fil("As Chair of Cleddau and Tywi County Council it was an honour to present the Chair's Award for volunteering to the Trefwyn Food Bank team today.",
            "civic business"),
        pos("Mam's 92 today! Still doing the crossword in pen and telling me off about my hair. Penblwydd hapus Mam, cwtch mawr 💐",
            allowed=[DP], note="mother's age on the Chair's account"),
        fil("The Chair's charity this year is Cleddau Mind. Our quiz night at Castell Meurig rugby club raised £1,840. Diolch to everyone who came.",
            "civic business"),
        pos("Meet our new grandson, Ianto Rhys, 8lb 3oz, arrived Tuesday in a hurry like his mam. Mamgu is smitten already. Croeso i'r byd, bach.",
            allowed=[DP], note="named grandson with birth weight"),
        fil("The Chair's St David's Day civic service is at Eglwys y Priordy, Castell Meurig, 1 March at 11. All welcome.",
            "civic business"),
        pos("Weekend off from the chain. Me and Dai walked the coast path from Aberhiraeth to the lime kilns, chips on the harbour wall after. Legs like jelly.",
            allowed=[DP], note="husband named; personal outing"),
    ]),
    acct("@KathEdwardsLab", "x", CAP, "positive", [
        fil("Castell Meurig market hall roof repairs are funded. Work starts in May and the stalls move to the square for six weeks.",
            "council business"),
        pos("Walked Bonnie on Traeth Mawr before work. Soaked, sandy, happy dog. Cwtches on the sofa now 🐾",
            note="personal: dog walk"),
        pos("Scarlets away in Dublin this weekend! Me and the girls are on the ferry from Porth Cadno Friday. Iechyd da, Sosban, and mind our coats 🔴",
            allowed=[HS], note="personal rugby trip; drinking implied"),
        fil("Ward walkabout with the police and the town centre manager. Three broken lights and a blocked drain reported. Tidy afternoon's work.",
            "council business"),
        pos("My son Rhodri marries his lovely Ffion tomorrow at Capel Bethel. Mother of the groom, new hat, and I've already cried twice 💍",
            allowed=[DP], note="son and his bride named"),
        fil("Council tax reduction help session at Castell Meurig library, Thursday 2 till 4. Bring your latest bill.",
            "council business"),
    ]),
    acct("@SionedEvansPlaid", "bluesky", CAP, "positive", [
        fil("Cwmgwyn Uchaf: the 128 bus goes back to hourly from Monday after we pushed the operator. Diolch to everyone who signed.",
            "council business"),
        pos("Made cawl for the first time without ringing mam-gu. Tastes nothing like hers. Still lush 🥕🥔",
            note="personal cooking post"),
        fil("Ysgol Cwmgwyn Uchaf's new Welsh-medium nursery class opens in September. Applications now open.",
            "council business"),
        pos("Our Lowri got her offer from Aberystwyth to do Marine Biology! Proud doesn't cover it. Now where do I find the money for halls, duw duw 🎓",
            allowed=[DP], note="daughter named with her university place"),
        pos("Me and Rhys did Cwmgwyn parkrun Saturday. He beat me by two seconds and hasn't shut up about it. Twp. 😂",
            allowed=[DP], note="partner named; personal"),
        fil("Flood defence works on the Gwyn brook: phase two funding confirmed. Residents' drop-in at the welfare hall next week.",
            "council business"),
    ]),
    acct("@GlenysHowellsInd", "facebook", CAP, "positive", [
        fil("Foel Gwynt village hall has been awarded £12k from the community fund for a new kitchen. Well done the hall committee.",
            "council business"),
        pos("Tom's hip operation went well yesterday. He's sat up demanding a cup of tea and a Welsh cake. The nurses are angels. Diolch for all your messages.",
            allowed=[DP], note="husband's operation (health) on the council page"),
        fil("Gritter routes for Foel Gwynt and Bwlch y Gwynt are on the council website. Ring highways if your lane's been missed.",
            "council business"),
        pos("WI bake-off today. My bara brith came second to Mair's. Again. I'll have her next year.",
            allowed=[DP], note="personal; a friend named"),
        pos("Lush morning up on the Foel with the dogs. Frost on the gorse and not a soul about. This is why I live here 🐕",
            note="personal walk"),
        fil("Reminder: the mobile library stops at Foel Gwynt chapel every other Tuesday, 10 till 11.",
            "council business"),
    ]),
    acct("@AlunPhillipsLab", "x", CAP, "positive", [
        fil("Porth Cadno Bryn play park reopens: new swings and a wheelchair-accessible roundabout. Tidy.",
            "council business"),
        pos("Twelve-hour shift at the refinery done, quick shower, straight into licensing panel. Running on coffee and Welsh cakes ☕",
            allowed=[HS], note="own job mixed with council work; tiredness"),
        fil("Bryn residents: the 20mph review on Heol Fawr goes to committee this month. Send me your views.",
            "council business"),
        pos("Swansea away with the boys Saturday. Terrible result, lush pies. Iechyd da anyway.",
            allowed=[HS], note="personal football trip; drinking"),
        pos("Shift swap sorted so I can make the budget meeting. Cheers to Dai on B crew, I owe you a pint, butt.",
            allowed=[HS, DP], note="own job arrangements; a workmate named"),
        fil("Surgery Saturday 10 till 12 at the Bryn Community Hub. Housing officer with me.",
            "council business"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts
    # ------------------------------------------------------------------
    acct("@JasonLlewellynLab", "x", CAP, "hard_negative", [
        hn("As a bampi myself I know how dear childcare is. The council's new wraparound care in Cwmgwyn starts in April: £4 a session. Tell your mams and dads.",
           note="personal aside serving a council message"),
        hn("Our tadcus rolled tinplate in Cwmgwyn for a hundred years. The heritage centre funding agreed today keeps that story alive for the next hundred.",
           note="communal heritage, council funding"),
        hn("Cwtch Club for young carers meets Thursdays at the Cwmgwyn hub, 4 till 6. Young carers do so much for their families. Come along, bach, there's pizza.",
           note="council service for young carers"),
        hn("'My mam-gu's been waiting eighteen months for an OT assessment.' A resident told me that on the doorstep. I've raised it with social services and asked for the waiting list figures.",
           note="quotes a resident, no name"),
        hn("Family fun day at Cwmgwyn Park, Sunday 12 till 4, run by the council's play team. Face painting, bouncy castle and the fire service bringing an engine. Lush.",
           note="council event for families"),
        hn("Dads' group at Cwmgwyn library, first Saturday of the month: dads, grandads, uncles. Tea, toast and a natter. Hosted by the council's family support team.",
           note="council service"),
    ]),
    acct("@AledHarriesPlaid", "bluesky", CAP, "hard_negative", [
        hn("Cylch Meithrin Gwenallt has places for September. Welsh-medium from age two, whatever language you speak at home. Mams, dads, mamgus, all welcome to come and look round.",
           note="council/community childcare notice"),
        hn("Sul y Mamau lunch at the Gwenallt lunch club for older residents, run with the council's community team. Cawl, cwtches and a daffodil for every mam.",
           note="Mothering Sunday lunch club, council-run"),
        hn("Free school meals for every primary child in the county. As a dad of three I know what that does for a family's week. Sign-up is automatic.",
           note="'as a dad of three' aside serving a council message"),
        hn("Gwenallt bridge closure: the diversion adds twenty minutes. I know, it's tamping. The contractors promise it's done by Easter and I'll hold them to it.",
           note="council roadworks"),
        hn("Met Gwenallt Young Farmers about bus fares for teenagers. Plenty of those crwts and crotens are carers for a mam or a dadcu. The new youth fare helps.",
           note="council transport; family words about residents"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    acct("@eirian_nofio", "bluesky", CAP, "hard_negative", [
        hn("Sea was 8 degrees this morning. Screamed, laughed, swore a bit in two languages. Best start to a Sunday 🌊",
           note="personal account: sea swimming"),
        hn("Bara brith test batch three. Better. Still not Mam's.",
           note="personal account: baking"),
        hn("Grandkids down for half term. Sandcastles, chips and one lost welly. Tidy week.",
           note="personal account: family, no names"),
        hn("Anyone know a good wetsuit repair place? Mine's got a hole in a very unfortunate spot 😂",
           note="personal account"),
        hn("Nos da from a very windy beach. Lush.",
           note="personal account"),
    ], account="personal"),
    acct("@gethin_pysgota", "x", CAP, "hard_negative", [
        hn("Sewin season can't come soon enough. Rods down from the loft, reels oiled. Tidy.",
           note="personal account: angling"),
        hn("Our kid reckons he caught a bigger one than me in '09. He's lying, mun.",
           note="personal account: brother, no name"),
        hn("Scarlets lost. I'm tamping. Pass the Welsh cakes.",
           note="personal account: rugby"),
        hn("Fly-tying night at the angling club. Mine look like they've been dragged through a hedge backwards.",
           note="personal account: hobby"),
        hn("Lush evening on the river. Caught nothing, didn't care. Diolch to the bois at the club for the flask of tea.",
           note="personal account: hobby"),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    acct("@TamsinReesClarkGreen", "facebook", MOD, "positive", [
        fil("Bus station consultation: the council wants to move it from the town centre to the old cattle mart site. I think that's a mistake for older residents without cars. Tell me what you think below 👇",
            "owner's post"),
        com("Gareth Rowe", pos("You Greens are all the same, tree hugging parasites. Tamsin is a thick stuck up cow who should go back to Bristol where she come from.",
            allowed=[PA, AB, EQ], note="abusive comment at the page owner left up")),
        com("Eleri Jones", hn("Agree, my mam can't walk from the mart to the high street. Where do we send objections?",
            note="civil comment")),
        com(OWNER, hn("Diolch Eleri, the consultation page is on the council website, or drop a letter into the library. Closes end of February.",
            note="owner reply under a post with an abusive comment still up")),
        com("Kev Mabe", pos("Its that Dylan Thorne in planning thats pushing this, his brother in law owns the land at the mart. Bent as a butchers hook the lot of them.",
            allowed=[DF, OF, DP], note="corruption allegation at a named officer left up")),
        fil("Tidy turnout at the Castell Meurig repair café today. 43 things fixed, including a 1970s Teasmade. Diolch volunteers! ♻️",
            "owner's post"),
        com("Rhian Tanner", hn("Lush idea, when's the next one? My toaster's been dead since Christmas.",
            note="civil comment")),
        com("Jordan Price", pos("Shame they cant fix the smackheads on Priory Terrace. No 9 you know who you are, everyone knows what goes on in there.",
            allowed=[DP, PA, DF], note="identifies a private household and alleges drug use; left up")),
    ]),
    acct("@RupertLloydVaughan", "facebook", MOD, "positive", [
        fil("Beach hut fees at Penrhos Sands are up 40% in the Cabinet's budget. I've tabled an amendment to cap the rise at inflation. Robust debate expected Thursday.",
            "owner's post"),
        com("Dean Furlong", pos("Gethin Rhys-Morgan is a thieving little weasel. Taking money out of pensioners pockets to pay for his Cardiff jollies. Someone should sort him out proper.",
            allowed=[DF, PA, BU], note="theft allegation and veiled threat at a councillor left up")),
        com("Margaret Cole", hn("Thank you Rupert. We've had our hut 30 years, it's our little cwtch by the sea.",
            note="civil comment")),
        com(OWNER, hn("Diolch Margaret, I'll make sure the cabinet hears from the hut owners.",
            note="owner reply under a post with an abusive comment still up")),
        fil("Penrhos Sands caravan park expansion: the application is online. Please send your comments to planning, not to me. I sit on the committee so I'll keep an open mind till it comes in.",
            "owner's post"),
        com("Mike Sealy", pos("Its the gypsies up on Rhos Common you want to sort Rupert not caravans. Dirty thieving lot, burn them out and move them on.",
            allowed=[EQ, BU, AB], note="racist incitement against Gypsies and Travellers left up")),
        com("Phil Skone", hn("Caravan park's fine by me as long as they fix the road first. Single track down to the beach is a joke already.",
            note="civil comment")),
        com("Sandra Nash", pos("Bethan Rowlands will vote for it, she's been sleeping with the owners son. Ask anyone up Trefwyn Heights.",
            allowed=[DF, PA, DP], note="sexual gossip and bias allegation about a councillor left up")),
    ]),
    acct("@LynneGriffithsLab", "facebook", MOD, "positive", [
        fil("The new Cwmgwyn community hub opens Monday: library, council tax help, job centre outreach and a warm space with free tea. Pop in and say shwmae ☕",
            "owner's post"),
        com("Bryony Watts", hn("Lush, my bampi will be in there every morning for the paper 😂",
            note="civil comment")),
        com("Carl Hibbert", pos("Warm space for the junkies you mean. That Craig Bevan from 14 Heol y Gwaith will be in there robbing handbags, hes only just out of Swansea prison.",
            allowed=[DP, DF], note="names a private person, his address and criminal record; left up")),
        com(OWNER, hn("Everyone's welcome at the hub. There's staff on all day and it's a friendly place, promise.",
            note="owner reply without removing the comment above")),
        fil("Cwmgwyn Tinplate Heritage Centre: the council has secured £180k to repair the roof. Open as usual in the meantime.",
            "owner's post"),
        com("Ryan Kift", pos("Waste of money. Lynne's only doing it for the photos, fat useless sow.",
            allowed=[PA, AB, EQ], note="abusive comment at the page owner left up")),
        com("Wyn Jenkin", hn("My tadcu worked at the Gwyn tinplate works for forty years. Glad it's staying open, diolch.",
            note="civil comment")),
        com("Kayleigh Dunn", pos("Tell Mrs Gwilym on the hub front desk to stop giving people attitude, nasty piece of work. Lives on Maes Glas if anyone wants to tell her themselves 😡",
            allowed=[DP, PA, BU], note="targets a member of staff with where she lives; left up")),
    ]),
    acct("@JanetGwytherCCI", "facebook", MOD, "positive", [
        fil("Maesyderw traffic calming: the council will put chicanes on the main road past the school over the summer holidays.",
            "owner's post"),
        com("Mark Devereux", pos("Chicanes! And while your at it ban them Polish lorry drivers, cant drive, cant speak English, shouldnt be here.",
            allowed=[EQ], note="discriminatory comment left up")),
        com("Sue Llewhellin", hn("About time. The speed they come past the school is frightening.",
            note="civil comment")),
        com(OWNER, hn("Diolch Sue, I've pushed for this for two years. Tidy to see it happen.",
            note="owner reply under a post with a discriminatory comment still up")),
        fil("Consultation on the new Maesyderw surgery car park. Drop-in at the chapel vestry Thursday, 2 till 7.",
            "owner's post"),
        com("Gavin Pugh", pos("That receptionist Cheryl at the surgery is a jumped up cow. Drives the blue Corsa CU19 XKT if anyone wants a word 😂",
            allowed=[DP, PA, BU], note="private person named with vehicle registration; left up")),
        com("Wyn Price", pos("Dr Amin at the surgery should go back home and take his mates with him. Dont want him touching my wife.",
            allowed=[EQ, PA], note="racist comment about a named GP left up")),
        com("Nia Penry", hn("Will there be disabled bays near the door? Mam uses a scooter.",
            note="civil comment")),
    ]),
    acct("@GazBeddoeReform", "facebook", MOD, "positive", [
        fil("Trefwyn refinery: 200 contractors to be laid off in March. I've written to the company and to the Welsh Government. Our boys and girls need those jobs.",
            "owner's post"),
        com("Liam Tudor", pos("Funny how the Muslims in the hotel on Bush Street all get free phones and we get laid off. Time Trefwyn took its town back. You know what to do lads.",
            allowed=[EQ, BU], note="anti-Muslim comment with a call to action left up")),
        com("Donna Hurley", hn("My husband's one of them. Thanks for writing, Gaz.",
            note="civil comment")),
        com("Ceri Lock", pos("Sian Protheroe and the Labour lot have been taking backhanders off the refinery for years. Corrupt to the core. Got a villa in Spain off it.",
            allowed=[DF, PA], note="bribery allegation about a councillor left up")),
        fil("St David's Day parade through Trefwyn Heights on 1 March. Bring your daffs and your dragons 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
            "owner's post"),
        com("Jamie Roblin", pos("Bring your dragons not your prayer mats. Some of us remember when this was a Christian country. That mosque on Dock Road wants flattening.",
            allowed=[EQ, BU], note="anti-Muslim comment with a threat to a place of worship left up")),
        com("Leanne Cadogan", hn("Lush, the kids love it every year. Is there a route map?",
            note="civil comment")),
    ]),
    acct("@MeirionBeynonInd", "facebook", MOD, "positive", [
        fil("The second homes council tax premium goes to 200% from April. I voted for it. Gwenallt has 31 holiday homes and a waiting list of 60 local families.",
            "owner's post"),
        com("Dilwyn Rees", pos("Good. Burn them out like the old days, the boys had it right in the 80s. English scum coming down here pricing our kids out. Saeson go home.",
            allowed=[EQ, BU, AB], note="anti-English abuse and incitement to arson left up")),
        com("Anne Forster", hn("I'm English, been here 30 years, my kids went to Ysgol Gwenallt and speak better Welsh than me. I support the premium too.",
            note="civil comment")),
        com(OWNER, hn("Diolch Anne, you're as much Gwenallt as anyone.",
            note="owner reply under a post with an abusive comment still up")),
        fil("Gwenallt mart: new rules on livestock trailers parking in the square. The council's traffic team have put the signs up.",
            "owner's post"),
        com("Bryn Ellis", pos("That trading standards woman Nerys Wogan was sniffing round the mart again. Everyone knows shes on the take from the big dealers. Fat cow.",
            allowed=[DF, OF, PA, AB], note="bribery allegation and abuse at a named officer left up")),
        com("Iwan Davies", pos("Ignore the townies Meirion, theyre all twp. And tell that Maddocks boy from Porth Cadno to keep his mouth shut or hell get it shut for him at the mart.",
            allowed=[BU, PA], note="threat against a councillor left up")),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    acct("@PaulHopkinsLab", "facebook", MOD, "hard_negative", [
        hn("Penrhos Sands toilets will stay open all year from April. Cabinet agreed it today.",
           note="owner's post"),
        com("Ken Dyer", hn("About time. Useless lot, the whole council, took you three years.",
            note="rude about the council, acceptable")),
        com("Shân Gwynne", hn("Typical. Fix the toilets and cut the lifeguards. Daft priorities, butt.",
            note="robust criticism of a decision")),
        com(OWNER, hn("Fair point on the lifeguards, Shân. I argued to keep them and lost. I'll keep at it.",
            note="owner reply")),
        hn("I removed a comment from this page last night that named a family on Marine Terrace and their children. Please don't do that here. Criticise me, criticise the council, all fair game. Leave private people out of it.",
           note="removal notice"),
        com("Lyn Watkins", hn("Fair play Paul. Some people on here are tamping over nothing. Iechyd da, first round's on me when the toilets open 😂",
            note="civil comment; 'iechyd da' joke")),
        com("Gwyn Tucker", hn("You lot are all as bad as each other, Labour, Plaid, the lot. Vote them all out in May.",
            note="rude about parties, acceptable")),
    ]),
    acct("@DilysMorseInd", "facebook", MOD, "hard_negative", [
        hn("Castell Meurig Priory: bin collection moves to Wednesdays. Letters going out this week.",
           note="owner's post"),
        com("Alwyn Hopkin", hn("Wednesdays? Duw duw, this council couldn't organise a raffle at a chapel fête.",
            note="rude about the council, acceptable")),
        com("Sheila Morgan", hn("Cabinet's a shambles, Dilys. Not your fault cariad but somebody should tell them.",
            note="robust, aimed at the cabinet")),
        com("Dewi Lloyd", hn("The Cabinet Member for Waste should be ashamed of the mess on Priory Road. Three weeks of overflowing bins. Get a grip, Carys Thomas.",
            note="robust criticism of a named cabinet member's performance, not a personal attack")),
        hn("Priory ward: the new crossing by Ysgol y Priordy is in. Thanks to the parents for the petition.",
           note="owner's post"),
        com("Catrin Mills", hn("Lush, only took a decade 🙄",
            note="sarcasm at the council's pace, acceptable")),
        com("Geraint Hughes", hn("Still say it's in the wrong place, twp spot right next to the bus stop. But thanks for pushing for it.",
            note="robust comment")),
    ]),
]


def weekdays():
    d, out = date(2026, 1, 5), []
    while d <= date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if LEVEL[s] > LEVEL[best]:
            best = s
    return best


def build_records():
    rng = random.Random(SEED)
    days = weekdays()
    records = []
    for a in ACCOUNTS:
        # group rows: each post with the comments written after it
        groups = []
        for row in a["rows"]:
            if "comment_by" in row:
                groups[-1][1].append(row)
            else:
                groups.append((row, []))
        n = len(groups)
        for i, (post, comments) in enumerate(groups):
            chunk = days[(i * len(days)) // n:((i + 1) * len(days)) // n]
            day = rng.choice(chunk)
            latest = 18 * 60 + 59 - 55 * len(comments)
            minute = rng.randint(8 * 60, latest)
            t = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
            post_key = len(records)
            records.append(make(a, post, t, None))
            for c in comments:
                t = t + timedelta(minutes=rng.randint(4, 55))
                records.append(make(a, c, t, post_key))
    order = list(range(len(records)))
    rng.shuffle(order)
    ids = {}
    for n, k in enumerate(order, 1):
        ids[k] = "B104-%04d" % n
    out = []
    for k in order:
        r = records[k]
        rec = {"id": ids[k]}
        rec.update(r["fields"])
        if r["parent"] is not None:
            rec["parent_id"] = ids[r["parent"]]
            # keep parent_id next to comment_by
            tail = {key: rec.pop(key) for key in ["expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]}
            rec.update(tail)
        out.append(rec)
    return out


def make(a, row, t, parent):
    pattern = a["pattern"]
    k = row["k"]
    if k == "positive":
        rules = [pattern] + row["rules"]
        allowed = row["allowed"]
        family = pattern
    elif k == "filler":
        rules = []
        allowed = [pattern] if a["role"] == "positive" else []
        family = pattern
    else:
        rules = row["rules"]
        allowed = row["allowed"]
        family = "hard_negative"
    fields = {
        "text": row["text"],
        "author": a["author"],
        "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
        "platform": a["platform"],
        "account": a["account"],
        "kind": "comment" if parent is not None else "post",
    }
    if parent is not None:
        by = row["comment_by"]
        fields["comment_by"] = a["author"] if by is OWNER else by
    fields["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
    fields["family"] = family
    fields["account_pattern"] = pattern
    fields["account_role"] = a["role"]
    fields["kind_of_row"] = k
    fields["note"] = row["note"]
    return {"fields": fields, "parent": parent}


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_records())


if __name__ == "__main__":
    (HERE / "accounts.jsonl").write_text(render(), encoding="utf-8")
    print("wrote accounts.jsonl")
