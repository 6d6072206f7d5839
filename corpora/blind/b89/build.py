#!/usr/bin/env python3
"""Blind set b89: account-level rules at Tarrowmouth and Fellside District Council.

Every row below was written by hand for this set. The script keeps each account's
rows in written order, spreads an account's posts one per chunk of the weekday
calendar (5 Jan to 27 Mar 2026, never two posts of an account on one day), gives
comments times 4 to 55 minutes after the row before them under the same post,
shuffles all rows with a fixed seed, assigns ids B89-A-NNNN and resolves parent_id.
Running it again writes the same accounts.jsonl.
"""
import datetime as dt
import json
import pathlib
import random

SEED = 8989
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "accounts.jsonl"

RT = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IRO = "tone.irony-risk"
SEC = "security.credentials"

SEVERITY = {RT: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
            BUL: "block", EQ: "block", OFF: "review", DP: "review", DEF: "review",
            IRO: "advice", SEC: "block"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


# ---- row helpers -----------------------------------------------------------
def P(text, exp=(), allow=(), note=""):
    """positive post (expects the account rule)"""
    return {"k": "post", "kor": "positive", "text": text, "exp": list(exp), "allow": list(allow), "note": note}


def F(text, note="ordinary ward or council business"):
    """filler post"""
    return {"k": "post", "kor": "filler", "text": text, "exp": [], "allow": [], "note": note}


def N(text, note=""):
    """hard-negative post"""
    return {"k": "post", "kor": "hard_negative", "text": text, "exp": [], "allow": [], "note": note}


def BAD(by, text, allow=(), note=""):
    """third-party comment left up on the page (positive for moderation)"""
    return {"k": "comment", "kor": "positive", "by": by, "text": text, "exp": [], "allow": list(allow), "note": note}


def OKC(by, text, note="civil comment"):
    """acceptable comment or reply (hard negative)"""
    return {"k": "comment", "kor": "hard_negative", "by": by, "text": text, "exp": [], "allow": [], "note": note}


def ACC(handle, platform, pattern, role, rows, account="councillor"):
    return {"handle": handle, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


# ---- the accounts ----------------------------------------------------------
ACCOUNTS = [
    # ===== harassment.repeated-target: positive =====
    ACC("@LeeTurnbullRUK", "x", RT, "positive", [
        F("Out on the Links estate this morning with residents about the pavements on Dunstan Road. Trip hazards everywhere. Photos sent to highways, I'll chase."),
        P("Alison Charlton has had the Leader's chair four years and the only thing she's delivered is a ribbon-cutting. Canny work if you can get it. Some of us had proper jobs before this.",
          [PA], [], "target Alison Charlton (Leader), occasion 1: belittling 'only thing she's delivered … proper jobs'"),
        P("Another glossy @AlisonCharltonTF video about 'investing in Tarrowmouth'. Lovely hair, pet. Shame about the potholes 🙄",
          [IRO], [PA, EQ], "target Alison Charlton by handle, occasion 2: mock compliment on her hair, gendered 'pet'"),
        F("Full council Thursday. I'll be asking why the harbour toilets are still shut three months after the storm. Residents deserve an answer."),
        P("Funny how the Leader's old business partner keeps landing the council catering contracts. I'm not saying owt. Just saying, like.",
          [], [DEF], "target the Leader by role, occasion 3: insinuated favouritism"),
        F("Ta to the lads at Seaton Hagg bowls club for having me. Clubhouse roof is on my list for the ward fund."),
        P("Haway Alison, stand down and let somebody with a backbone have a go. All mouth and nee trousers, that one. Always has been.",
          [PA], [], "target Alison Charlton by first name, occasion 4: 'no backbone', 'all mouth'"),
    ]),
    ACC("@WalterYoungerFI", "facebook", RT, "positive", [
        F("Grand turnout at the Brackenlaw village hall drop-in. Main things raised: the 464 bus, speeding through the village and the state of the burn path after the floods. I'll report back."),
        P("Cllr Denise Robson says the damp in the Hollinbank flats is down to 'lifestyle'. Easy said from a detached house in Ellerburn with a wood burner, hinny. She wouldn't last a week in one of them flats, soft as clarts.",
          [PA], [], "target Denise Robson (Cabinet Member for Housing), occasion 1: 'soft as clarts', patronising 'hinny'"),
        F("The gritter routes for the fell roads have been changed again. If your road's been dropped, message me the name and I'll take it up with highways."),
        P("Denise Robson: wrong on damp, wrong on repairs, and had the brass neck to show her face at the tenants' meeting. Folk in Hollinbank have long memories, Denise. So have I. You'll want to think on before you come canvassing round our doors.",
          [BUL], [PA], "target Denise Robson, occasion 2: 'long memories … So have I … think on before you come canvassing' reads as a threat"),
        P("Hear our Cabinet Member for Housing was at the Links Hotel dinner with the builder who got the Hollinbank windows contract. Course she was. Nowt to see here 🤐",
          [], [DEF, "gifts.hospitality"], "target Denise Robson by role, occasion 3: insinuated hospitality from a contractor"),
        F("Well done to the Brackenlaw First School bairns who raised £412 for the mountain rescue. Smashing effort."),
    ]),
    ACC("@KevinTaitLab", "x", RT, "positive", [
        F("Ward surgery Saturday 10 till 12 at Seaton Hagg library. Bring your bait if you like, I'll be there till the last person's seen."),
        P("Gillian Wardle, Head of Planning, has recommended approval for the Links caravan park expansion AGAIN. Does she read the objections or just weigh them? Time the council found someone who works for residents, not developers.",
          [OFF], [PA], "target Gillian Wardle (Head of Planning, officer), occasion 1"),
        P("Asked Ms Wardle a straight question at committee and got twenty minutes of planning waffle. If she can't explain her own report in plain English maybe she shouldn't be writing them. Bless her, she does try.",
          [OFF, IRO], [PA], "target Gillian Wardle, occasion 2: 'Bless her, she does try' mock sympathy"),
        F("Councillors from all parties backed our motion on auto-enrolment for free school meals today. Proper result for families in Seaton Hagg."),
        P("Word is the Head of Planning and the agent for Ellerburn Homes go back a long way. Same rambling club, same Sunday dinners. I'm sure it's all above board 😉",
          [OFF], [DEF, IRO], "target the Head of Planning by role, occasion 3: insinuated closeness to an agent"),
        F("Litter pick on the harbour front, canny turnout, 23 bags. Ta to everyone who came."),
    ]),
    ACC("@MargaretCraigsCon", "bluesky", RT, "positive", [
        F("Pleased to confirm the Tarrowmouth Links play area refurbishment starts in March. Thanks to the parents' group for keeping at it."),
        P("Cllr Rowan Pringle wants us all on bikes up Brackenlaw bank in January sleet. Spoken like someone who's never done a day's graft or had to get a bairn to nursery. Student politics.",
          [PA], [], "target Rowan Pringle (Green councillor), occasion 1: 'never done a day's graft'"),
        F("Reminder: Ellerburn recycling centre is on winter hours until the end of March and closes at 4pm."),
        P("Oh look, Rowan's put out another leaflet about 'climate justice'. How very sweet. Perhaps next time spell Tarrowmouth right, pet 🙂",
          [IRO], [PA, EQ], "target Rowan Pringle by first name, occasion 2: 'How very sweet' mock praise"),
        P("Somebody ask Rowan Pringle where the community garden grant went, because it wasn't on a garden. Or on the community. Asking for the whole of Hollinbank.",
          [], [DEF], "target Rowan Pringle, occasion 3: insinuated misuse of a grant"),
        F("Smashing afternoon at the Crookhaugh WI. The scones were a credit to them and the questions were sharp as owt."),
    ]),
    ACC("@ColinPurvisLD", "x", RT, "positive", [
        F("The Ellerburn footbridge reopens on Monday. Took long enough, but the burn path's back."),
        P("Graham Milburn voted to shut the Seaton Hagg day centre and then turned up at its closing do for the photo. Man's got a neck like a giraffe. No shame whatsoever.",
          [PA], [], "target Graham Milburn (Deputy Leader), occasion 1: 'neck like a giraffe … no shame'"),
        F("Our budget amendment would keep the library van running to the fell villages for £38k. Small money, big difference."),
        P("Deputy Leader Milburn 'can't recall' the briefing on the day centre. Must be the age, Graham. Maybe time for a canny long rest by the fire with a tartan blanket.",
          [PA], [EQ, IRO], "target Graham Milburn, occasion 2: age jibe"),
        P("@GrahamMilburnCon has blocked me again. Grown man hiding behind a mute button. I'll be sat in front of you at every meeting from now till May, Graham. Every single one. You'll not get away from me.",
          [BUL], [PA], "target Graham Milburn by handle, occasion 3: 'You'll not get away from me' read as intimidation"),
        F("Thanks to the Tarrowmouth lifeboat crew for the tour. Incredible volunteers, every one of them."),
    ]),
    ACC("@GeorgeHedleyInd", "facebook", RT, "positive", [
        F("Crookhaugh surgery this Friday at the Miners' Welfare, 2 till 4."),
        P("Richard Errington MP came up to Crookhaugh once in two years, stood in the clarts for a photo and was back on the A1 before his tea was cold. Tourist.",
          [PA], [], "target Richard Errington MP, occasion 1: 'Tourist'"),
        P("Our MP's register of second jobs is longer than the 464 timetable. Consultancy for a water company while Crookhaugh has had sewage in the burn three summers running. Funny that, eh.",
          [], [DEF], "target the MP by role, occasion 2: insinuated conflict of interest"),
        F("Highways have fixed the sunk drain on Front Street. Took six emails, but it's done."),
        P("Errington's office says he'll 'look into it'. He looked into it last year an' all. The man couldn't find the Cheviot with a map and a sherpa.",
          [PA], [], "target Errington by surname, occasion 3: belittling"),
        F("Congratulations to Crookhaugh Juniors U11s on the cup run. Grand lads and lasses."),
        P("Wey aye, Richard, lovely speech in the Commons about 'rural Northumberland'. Shame you think rural Northumberland stops at the bypass. Gold star, bonny lad ⭐",
          [IRO], [PA], "target Richard Errington by first name, occasion 4: 'Gold star, bonny lad' mock praise"),
    ]),
    ACC("@EdShanksCon", "bluesky", RT, "positive", [
        F("Tarrowmouth Harbour ward: new lighting on the quay steps goes in next month."),
        P("Marian Potts lecturing the chamber on budgets again. Marian couldn't run a bath without hiring a consultant and going over budget.",
          [PA], [], "target Marian Potts (Labour group leader), occasion 1"),
        F("Ward newsletter is out this week. If you don't get one through the door, message me."),
        P("Chin up, Marian. Another week, another press release nobody read. Maybe get the bairns at the primary to help with the spelling next time.",
          [PA, IRO], [], "target Marian Potts, occasion 2: 'Chin up' mock sympathy"),
        P("Funny how every time Cllr Potts runs a 'community consultation' it's her own cousins who turn up and fill the forms in. Democracy, Labour style.",
          [], [DEF], "target Cllr Potts, occasion 3: insinuated rigging of consultation"),
        F("Cracking day at the Tarrowmouth fish quay open day. Ta to the harbour trust."),
    ]),

    # ===== harassment.repeated-target: hard negative =====
    ACC("@HazelTelferLD", "x", RT, "hard_negative", [
        N("The Leader, Cllr Alison Charlton, promised in 2023 that the harbour regeneration would be on site by now. It isn't. I'd like a straight timetable at full council, not another launch event.",
          "civil criticism of the Leader's record, 1 of 4"),
        F("Plodging on Tarrowmouth sands with the Friends of the Links beach clean. 40 volunteers, 60 bags."),
        N("Credit where it's due: Alison Charlton's decision to keep the fell bus subsidy is the right one, and I told her so today. Canny result for the villages.",
          "approving the Leader, 2 of 4"),
        F("Casework reminder: if you've had a council tax letter you don't understand, get in touch and I'll help."),
        N("Cllr Charlton's budget cuts the youth service by a third while the consultants' line goes up. That's a choice, and I think it's the wrong one. We'll table an amendment.",
          "policy criticism of the Leader, 3 of 4"),
        N("Asked the Leader four times now for the harbour timetable. Four times, no answer. I'm not gannin anywhere, Alison: residents want to knaa, and so do I.",
          "persistent but civil question to the Leader, 4 of 4"),
        F("Seaton Hagg library's Tuesday homework club needs two more volunteers. Could you help?"),
    ]),
    ACC("@ShaunLisleLab", "facebook", RT, "hard_negative", [
        N("Cllr Keith Armstrong's harbour parking charges start on 2 February. £1.80 an hour for folk nipping to the chemist is daft. The policy's wrong and I'll keep saying so.",
          "criticises the parking policy of a named cabinet member, 1 of 4"),
        F("Hollinbank allotments have plots free. Contact the society secretary if you fancy one."),
        N("Traders on Quay Street tell me footfall's down since the charges came in. Keith, the scheme needs a free half hour. Simple fix, doesn't cost the earth.",
          "2 of 4: a proposal addressed to him by first name"),
        N("The highways portfolio holder says the charges 'pay for maintenance'. Then show us the figures. Publish the income and where it's gone, that's all we're asking.",
          "3 of 4: challenge on evidence"),
        F("Bin day changes for the Links estate from 2 March. Check the council website for your street."),
        N("Third time harbour parking's been on the agenda and third time it's been nodded through. Proper disappointing. Petition's at 1,100 signatures, keep them coming.",
          "4 of 4: criticism of the decision"),
    ]),
    ACC("@EsmeWilkinsonGreen", "bluesky", RT, "hard_negative", [
        F("Red squirrel in Ellerburn woods this morning 🐿️ The wildlife corridor the council planted is working."),
        N("Pausing non-urgent repairs in council homes over winter is a shocking decision. Cllr Denise Robson has got this one badly wrong, and tenants in Hollinbank with black mould on the bairns' bedroom walls will pay for it. Reverse it.",
          "one sharp criticism of a named cabinet member's decision"),
        F("Tree planting on Brackenlaw common on Saturday. Bring wellies, it's clarty."),
        F("Our motion on solar panels for the Civic Centre roof passed today with cross-party support."),
        N("Good news: Cllr Robson has lifted the repairs pause for damp and mould cases. Thank you, Denise, that was the right call and tenants will feel the difference.",
          "later thanks the same member"),
        F("Reminder: the consultation on the Hollinbank 20mph zone closes on Friday."),
    ]),

    # ===== capacity.mixed-account: positive =====
    ACC("@BrianStoreyInd", "facebook", MIX, "positive", [
        P("Wor little Isla was two today! Grandad spoilt her rotten: a cake shaped like a tractor and a plodge in the burn in her new wellies 🎂🚜",
          [], [DP], "personal: granddaughter named with her age"),
        F("Hollinbank residents: the council's warm space at the community centre is open Mon, Wed and Fri 10 till 3. Tea and a natter, nowt to pay."),
        P("Leeks are in the trench. Same secret feed me father used. No, I'm not telling you what's in it 😄",
          [], [], "personal: leek growing"),
        F("I've asked highways to look again at the crossing on Station Road after two near misses this month."),
        P("Anybody know a canny mechanic in Hollinbank? The Land Rover's making a noise like a bag of spanners.",
          [], [], "personal: car trouble"),
        F("The Hollinbank surgery extension was approved at committee. Good news for patients."),
    ]),
    ACC("@TracyGibsonLab", "facebook", MIX, "positive", [
        F("Seaton Hagg food bank needs tins of meat and UHT milk this week. Drop-off at the library."),
        P("Proud mam moment: our Chloe scored twice for Tarrowmouth Girls U14s on Saturday! ⚽💜",
          [], [DP], "personal: daughter named"),
        F("Extra gritting confirmed for Seaton Hagg bank. Thanks to the residents who reported it."),
        P("Our Darren's home from the hospital after his knee op. Grumpy as owt but on the mend. Thanks for all the messages x",
          [], [DP], "personal: husband's operation"),
        F("The budget consultation closes Friday. Please have your say, it takes five minutes."),
        P("Pan haggerty for tea, me nana's recipe. Divvent @ me about the cheese.",
          [], [], "personal: tea"),
    ]),
    ACC("@NeilDoddCon", "x", MIX, "positive", [
        F("Links ward: contractors start on the seafront railings on 19 January. Footpath partly closed for three weeks."),
        P("Howay the lads! What a result at St James' last night. Still hoarse ⚫⚪",
          [], [], "personal: football"),
        F("Met the harbour trust about the storm damage. The repairs bid goes to cabinet in March."),
        P("Pigeons back in the loft after the winter. The old blue chequer hen's still the pick of them.",
          [], [], "personal: pigeon racing"),
        F("Thanks to Tarrowmouth Links Primary for the questions at today's school council visit. Sharp bunch."),
        P("Cheese scone or stottie? Settle it. (Correct answer: stottie, ham and pease pudding.)",
          [], [], "personal: food"),
    ]),
    ACC("@ElaineBrewisFI", "facebook", MIX, "positive", [
        P("Thirty years married today to the best man in Crookhaugh. Still brings me a cuppa every morning ❤️",
          [], [], "personal: anniversary"),
        F("Crookhaugh & Whinmoor: mobile library stops start again from 12 January, same times as before."),
        P("Our Bess (the collie, not the mother-in-law 😂) has had her pups. Six of them, all spoken for.",
          [], [], "personal: dog"),
        F("I've written to the Environment Agency about the flood bank at Whinmoor haugh. Reply due within 20 working days."),
        P("Off to the caravan at the coast for a few days. Back Tuesday, so messages will be slow.",
          [], [], "personal: holiday"),
        F("Well done to the Whinmoor show committee for securing the field for August."),
    ]),
    ACC("@WayneNixonRUK", "facebook", MIX, "positive", [
        F("Harbour ward: the bus shelter on Quay Road is being replaced next week after the damage."),
        P("Finally got the new hip. Walking like a newborn foal, but the surgeon at the General says I'll be dancing by Easter. Nee chance.",
          [], [DP], "personal: councillor's own operation"),
        F("Asked for a report on the empty shops on Front Street. More at full council."),
        P("Our Kayleigh had a little lad last night, 7lb 3oz, Mason James. Grandad Wayne is made up! 👶💙",
          [], [DP], "personal: new baby named with weight"),
        F("Thanks to the Fishermen's Mission for the chat about harbour dues."),
        P("Sea coal on the beach this morning after the big tide. Takes me back to me granda with his bike and his sacks.",
          [], [], "personal: memory"),
    ]),
    ACC("@FionaRutherfordLD", "bluesky", MIX, "positive", [
        F("Ellerburn parish meeting tonight on the 20mph pilot. I'll be there to listen."),
        P("Dawn dip at Tarrowmouth sands, 7°C. Absolutely baltic. Would recommend 🥶🌊",
          [], [], "personal: sea swimming"),
        F("Good news: the Ellerburn surgery pharmacy's opening hours are extended from February."),
        P("Book club's pick this month is a doorstop. Halfway through and nobody's died yet, which is frankly a disappointment.",
          [], [], "personal: book club"),
        F("The council tax support scheme explained in a thread below 🧵"),
        P("So proud of our Jamie, graduated from Newcastle today in marine biology. First in the family with a degree 🎓",
          [], [DP], "personal: son named"),
    ]),
    ACC("@MickHallLab", "x", MIX, "positive", [
        F("Brackenlaw: the bus consultation ends Friday. The 464 matters, tell them so."),
        P("Dad got his dementia diagnosis today. Thanks to the memory clinic staff, who were kindness itself. Going to be a long road.",
          [], [DP], "personal: father's diagnosis (health)"),
        F("Ward walkabout on the Moor Road estate on Thursday from 10."),
        P("Three-pound trout out of the Tarrow this morning, put her back. Best start to a day off.",
          [], [], "personal: fishing"),
        F("Raised the state of the Brackenlaw playground at scrutiny. Officers to report back in March."),
        P("Leek club annual show on Saturday. The tension is unbearable and the leeks are enormous.",
          [], [], "personal: leek show"),
    ]),

    # ===== capacity.mixed-account: hard negative (civic role) =====
    ACC("@IanThirlwallChair", "facebook", MIX, "hard_negative", [
        N("The Chairman's Cheviot Challenge is on! On 18 April I'll walk 20 miles from Crookhaugh to Tarrowmouth harbour for the mountain rescue and the Hollinbank hospice. My training so far has been the stairs at the Civic Centre. Sponsor link below.",
          "Chairman's charity walk: civic role, self-deprecating"),
        N("Grand civic reception for the Tarrowmouth lifeboat crew today. Their families came too, and the bairns got to sit in the Chairman's chair. Canny day.",
          "'families' of the crew at a civic event"),
        N("Family fun day at Seaton Hagg park on Saturday, run by the council's play team: bouncy castle, face painting and a dog show. All welcome, nowt to pay.",
          "'family' about residents"),
        N("Honoured to present long-service awards to council staff today. Forty years each for two of the lads on the bin rounds. That's some miles.",
          "civic duty"),
        N("Cheviot Challenge training: 12 miles on the Ellerburn fell path in sideways sleet. My knees have lodged a formal complaint. £1,340 raised so far, thank you all.",
          "charity training, civic"),
        N("Hosted the visitors from our twin town at the Civic Centre. They were very taken with the stotties.",
          "civic hospitality"),
        N("The Chairman's charity quiz raised £860 for the hospice. Thanks to everyone who turned out on a wet Wednesday.",
          "civic charity"),
    ]),
    # ===== capacity.mixed-account: separate personal account =====
    ACC("@sandras_bees_hollinbank", "facebook", MIX, "separate_personal", [
        N("First warm day. The bees were out on the crocuses by ten. Both hives came through the winter strong 🐝", "personal account, no council business"),
        N("Bramble jelly's set at last. Third attempt. Divvent tell me mam.", "personal account"),
        N("Entering the heather honey at the Whinmoor show this year. Dark as treacle, off the fell.", "personal account"),
        N("Grandson helped me clean the smoker. More smoke in the kitchen than ever went in the hive 😂", "personal account, grandson not named"),
        N("Anybody at the beekeeping club got a spare queen excluder? Mine's gone rusty.", "personal account"),
        N("Snowdrops in the churchyard are a picture this week.", "personal account"),
    ], account="personal"),

    # ===== moderation.third-party-comments: positive =====
    ACC("@RowanPringleGreen", "facebook", MOD, "positive", [
        F("The Ellerburn to Tarrowmouth cycle path consultation is open until 6 March. Ten minutes of your time, for or against, please have your say."),
        BAD("Dougie Laidler", "Pringle you're a waste of skin. Nobody wants your daft lanes. Crawl back under whatever rock you came from.",
            [PA], "abusive comment about the councillor left up"),
        OKC("Kath Mennim", "Would the path go past the school? Our two would use it if it's lit."),
        BAD("Ronnie Swan", "Jackie Coxon that runs the café at Ellerburn has been fiddling her books for years, and now she wants a cycle path to bring in more mugs. Ask her about the cash in hand.",
            [DEF, DP], "defamatory allegation about a named private person left up"),
        F("Thanks to the 30 volunteers who planted 400 hedgerow whips on Brackenlaw common. Clarty work, smashing result."),
        OKC("Mo Hindmarsh", "Canny job. Where do we sign up for the next one?"),
        BAD("Tommy Brunton", "f***ing tree huggers. Shove your hedges where the sun doesn't shine.",
            [AB], "obscene comment left up"),
        OKC("@RowanPringleGreen", "Thanks Mo! Next one's on 21 March, details on the Friends of Brackenlaw page.", "councillor replies without removing the comment above"),
    ]),
    ACC("@MarianPottsLab", "facebook", MOD, "positive", [
        F("Seaton Hagg food bank had its busiest ever week. If you can spare a tin, drop-off is at the library. Nobody should go hungry in 2026."),
        BAD("Lenny Rowell", "Maybe if the hotel on the front wasn't full of them lot getting three meals a day on our money, wor own folk wouldn't need a food bank. Send them back where they came from.",
            [EQ], "discriminatory comment (asylum seekers, race/nationality) left up"),
        OKC("Sheena Tweddle", "Dropped a bag off this morning. The volunteers are lovely."),
        BAD("Lol Dinning", "Marian you're a parasite. Forty years leeching off the council and never done a proper day's work. Disgrace.",
            [PA], "abusive comment about the councillor left up"),
        F("My statement on the proposed closure of the Seaton Hagg day centre: we will fight this at cabinet and at full council."),
        OKC("Brenda Orde", "My mam went there for eight years. It's a lifeline. Thank you for fighting it."),
        BAD("Jed Waugh", "The cabinet member who signed this off wants to watch his back when he's walking his dog on the links of a night. Just saying.",
            [BUL], "veiled threat against a councillor left up"),
        OKC("@MarianPottsLab", "Thank you Brenda. Please send your mam's story to the consultation, it really does count.", "councillor replies without removing the threat above"),
    ]),
    ACC("@KeithArmstrongTF", "facebook", MOD, "positive", [
        F("Harbour parking: from 2 February the first 30 minutes will be free. We listened to the traders."),
        BAD("Davie Scott", "Armstrong's on the take from the car park company, everybody in Tarrowmouth knaas it. Brown envelopes all round.",
            [DEF], "allegation of bribery left up"),
        OKC("Pam Renwick", "That's a good change, thank you. Will blue badge holders still park free?"),
        OKC("@KeithArmstrongTF", "Yes Pam, blue badge holders stay free at all times.", "councillor replies, bribery comment left up"),
        F("The road into Crookhaugh closes for resurfacing 9 to 13 March, 7pm to 6am. Diversion via Whinmoor."),
        BAD("Mac Rudd", "The contractor's foreman is a right animal. Lives at 14 Heugh Terrace, Crookhaugh, if anybody wants to tell him what they think of his wagons at 3am.",
            [DP, BUL], "private address with an invitation to confront him, left up"),
        OKC("Alma Craster", "Will the 464 still run while the works are on?"),
        BAD("Bazza Rudd", "Hope the next pothole swallows you whole, you useless fat slug.",
            [PA], "abusive comment about the councillor left up"),
    ]),
    ACC("@VickySnowballCon", "facebook", MOD, "positive", [
        F("Met the police and youth workers about the antisocial behaviour at Hollinbank park. More patrols from next week, and the youth club's extra night starts in February."),
        BAD("Sharon Iley", "It's the Kerr lad from 22 Larch Close, everybody knaas he's selling on the swings. Get him lifted.",
            [DP, DEF], "names a young person with address and alleges dealing, left up"),
        OKC("Bill Oliver", "Good to hear. Will there be a PCSO at the park on Friday nights?"),
        BAD("Sheila Tully", "Youth club? Give them a good hiding, and the parents an' all. Bunch of feral scum.",
            [AB], "abusive comment about local young people left up"),
        F("Hollinbank in Bloom is back! First meeting Tuesday 7pm at the community centre."),
        OKC("Jean Elder", "Count me in pet, I'll bring the biscuits."),
        OKC("@VickySnowballCon", "Thanks Jean! Bring the secateurs an' all 😄", "councillor reply"),
        BAD("Dorothy Gair", "Last year's 'winner' Moira at 9 Fellside Road only won because her husband's on the committee. Fixed from start to finish, she's a known cheat.",
            [DEF, DP], "allegation of cheating against a named private person with address, left up"),
    ]),
    ACC("@LynnReedLab", "facebook", MOD, "positive", [
        F("Tenants on the Harbour estate: the council's new repairs line is 01632 960431, open 8 till 6. Report damp and mould, it's your right."),
        BAD("Col Harle", "The housing officer they sent was a big soft nancy boy who minced round the flat with his clipboard. No use to anybody.",
            [EQ, PA], "homophobic comment about a council officer left up"),
        OKC("Trish Ainsley", "Rang it this morning and got through first time. Thanks Lynn."),
        BAD("Gordon Fail", "Landlord of 3 Marine Row is a crook. Here's his mobile, 07700 900518, ring him at all hours till he fixes the damp.",
            [DP, SEC, DEF, BUL], "private phone number and 'crook' allegation left up"),
        F("Surgery moved to Wednesday this week at the Harbour community hub, 4 till 6."),
        OKC("Len Dickinson", "Will you still be there if I come at half five?"),
        OKC("@LynnReedLab", "Aye Len, I'll be there till the last person's seen.", "councillor reply"),
        BAD("Nicola Blakey", "Reed you're a useless tart. You only got elected because your dad drank with half the ward.",
            [PA, EQ], "gendered insult of the councillor left up"),
    ]),
    ACC("@StuartUsherFI", "facebook", MOD, "positive", [
        F("The Whinmoor Fell wind farm application goes to planning committee in April. I sit on that committee, so I won't be saying how I'll vote. I'll listen to every side."),
        BAD("Rab Coxon", "The developer's rep, that smarmy lad Ellis, wants his head kicking in. He'll get it an' all if he turns up at the village hall again.",
            [BUL, PA], "threat of violence left up"),
        OKC("Jenny Robb", "Will there be a public meeting before it goes to committee?"),
        OKC("@StuartUsherFI", "Aye Jenny, the developer's drop-in is 3 March at Whinmoor village hall, and anyone can register to speak at committee.", "councillor reply, threat left up"),
        F("Whinmoor gala committee needs volunteers for the tombola and fell race marshals."),
        BAD("Kenny Hume", "Aidan Lyall at High Whinmoor Farm is as bent as a nine bob note. Fiddled his subsidy claims for years and now he's selling the village out.",
            [DEF, DP], "fraud allegation against a named private person left up"),
        OKC("Mary Telford", "I'll do the tombola again, put me down."),
        BAD("Jimmy Nesbit", "Usher you spineless jellyfish, sat on the fence so long you've got splinters up your arse.",
            [PA, AB], "crude insult of the councillor left up"),
    ]),
    ACC("@DawnPattinsonRUK", "facebook", MOD, "positive", [
        F("Residents have raised the unauthorised encampment on Brackenlaw common. I've asked the council for an update on the legal process, and on bins and toilets in the meantime."),
        BAD("Rick Tate", "Pikeys again. Same every year. Lock your sheds, they're thieves the lot of them.",
            [EQ, AB], "racist slur about Gypsy/Traveller people left up"),
        OKC("Lorraine Bell", "Thanks Dawn. The bins by the gate are overflowing, can they get emptied?"),
        BAD("Kel Gray", "Somebody should gan up there with a can of petrol one night and sort it the old way.",
            [BUL, EQ], "incitement to arson left up"),
        F("Brackenlaw bus shelter is finally repaired. Took four months but it's done."),
        OKC("Ann Straker", "About time! Thank you."),
        OKC("@DawnPattinsonRUK", "Thanks Ann, it was a long haul but we got there.", "councillor reply"),
        BAD("Jonty Moffitt", "The lad that smashed it is Kyle Bain, 16, lives above the chippy on Main Street. Name and shame.",
            [DP, DEF], "names a child with age and address and alleges vandalism, left up"),
    ]),

    # ===== moderation.third-party-comments: hard negative =====
    ACC("@PhilJoblingCon", "facebook", MOD, "hard_negative", [
        N("Cabinet has agreed the new bin timetable: fortnightly black bins from April, weekly food waste. Details on the council website.", "post"),
        OKC("Bev Snaith", "Useless lot, the whole pack of you. Fortnightly in summer? The flies'll be the size of gulls.", "rude but aimed at the council and the policy"),
        OKC("Norrie Lamb", "Hadaway man, how's a family of six supposed to manage with one bin a fortnight? Rubbish decision. Literally.", "robust criticism of the decision"),
        OKC("@PhilJoblingCon", "Norrie, households of five or more can apply for a bigger bin free, link's on the council site. Fair point on summer: I've asked for a review in September.", "councillor reply"),
        N("I've removed two comments from this page that named a private resident and made allegations about them. Argue about the policy as hard as you like, but leave private individuals out of it. Phil", "removal notice"),
        OKC("Irene Sowerby", "Fair enough Phil. Still think the bin plan's a shambles, mind.", "robust, civil"),
        OKC("Ray Forster", "Another masterclass from the brains trust at the Civic Centre 🙄 Canny job, lads.", "sarcasm at the council as a body"),
    ]),
    ACC("@CarolBolamLab", "facebook", MOD, "hard_negative", [
        N("Labour's budget amendment: reverse the cut to the Seaton Hagg youth service, paid for by cutting the consultants' budget. The vote's on Thursday.", "post"),
        OKC("Alf Pearson", "Hadaway, Labour telling us about money. Your lot couldn't run a bath.", "rude jibe at a party"),
        OKC("Gail Errol", "Where were you lot when the 464 got cut to two a day? Nowhere, that's where.", "robust challenge"),
        OKC("@CarolBolamLab", "Fair challenge, Gail. I voted against the 464 cut in 2024 and the minutes are public. Happy to send them.", "councillor reply"),
        N("Bonny turnout at the Seaton Hagg gala planning meeting last night. Thanks everyone.", "post"),
        OKC("Stan Wardhaugh", "Aye bonny turnout. Shame the council's cut the gala grant to nowt. Shambles.", "criticism of the decision"),
        OKC("Wilma Gow", "Rubbish idea from a clueless cabinet, cutting that grant. Tell them from us, Carol.", "robust criticism of the cabinet as a body"),
        OKC("Jack Dodds", "Whoever on the cabinet signed off that grant cut wants his head looking at.", "idiomatic 'wants his head looking at' about an unnamed decision-maker; rude but acceptable"),
    ]),
]


# ---- scheduling ------------------------------------------------------------
def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [i for i, r in enumerate(acc["rows"]) if r["k"] == "post"]
        n = len(posts)
        chunk = len(days) / n
        last_time = None
        parent_key = None
        for i, r in enumerate(acc["rows"]):
            if r["k"] == "post":
                j = posts.index(i)
                lo, hi = int(j * chunk), int((j + 1) * chunk) - 1
                day = days[rng.randint(lo, hi)]
                ncomm = 0
                for r2 in acc["rows"][i + 1:]:
                    if r2["k"] == "post":
                        break
                    ncomm += 1
                latest_hour = 12 if ncomm else 18
                t = dt.datetime.combine(day, dt.time(rng.randint(8, latest_hour), rng.randint(0, 59)))
                parent_key = (acc["handle"], i)
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
            last_time = t
            pattern, role = acc["pattern"], acc["role"]
            kor = r["kor"]
            if kor == "positive":
                rules = [pattern]
                rules += [x for x in r["exp"] if x not in rules]
                allowed = [x for x in r["allow"] if x not in rules]
                family = pattern
            elif kor == "filler":
                rules = []
                allowed = [pattern] if role == "positive" else []
                family = pattern
            else:
                rules, allowed, family = [], [], "hard_negative"
            verdict = "ok"
            for x in rules:
                if RANK[SEVERITY[x]] > RANK[verdict]:
                    verdict = SEVERITY[x]
            row = {
                "text": r["text"],
                "author": acc["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["k"],
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
                "family": family,
                "account_pattern": pattern,
                "account_role": role,
                "kind_of_row": kor,
                "note": r["note"],
                "_key": (acc["handle"], i),
            }
            if r["k"] == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = parent_key
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        row_id = f"B89-A-{n:04d}"
        ids[row["_key"]] = row_id
    out = []
    for row in rows:
        rec = {"id": ids[row["_key"]]}
        for k, v in row.items():
            if k.startswith("_"):
                continue
            rec[k] = v
        if "_parent" in row:
            rec["parent_id"] = ids[row["_parent"]]
        out.append(rec)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {OUT.name}")


if __name__ == "__main__":
    build()
