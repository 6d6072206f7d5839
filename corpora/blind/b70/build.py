"""Build blind set b70 (accounts.jsonl) for Cawdleby District Council.

Every text, label and note below was written by hand for this set. The script
only places the rows in time, shuffles them and gives ids, deterministically
(seed 7070): running it again writes the same file.

    python build.py          # writes accounts.jsonl next to this file
"""

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 7070
HERE = Path(__file__).resolve().parent
OUT = HERE / "accounts.jsonl"

RT = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DEF = "defamation.allegation"
DP = "data-protection.personal-data"
IRO = "tone.irony-risk"
CRED = "security.credentials"

# The severity each expected rule carries on these rows (the verdict is the highest).
SEVERITY = {
    RT: "block", BUL: "block", EQ: "block",
    MOD: "review", PA: "review", AB: "review", OFF: "review", DEF: "review", DP: "review",
    MIX: "advice", IRO: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


# --------------------------------------------------------------------------
# Row helpers. kind_of_row: "pos" (expects the account rule), "hn" (hard
# negative), "fill" (ordinary business inside the account).
# --------------------------------------------------------------------------
def post(text, kor, rules=(), allowed=(), note="", key=None):
    return {"kind": "post", "text": text, "kor": kor, "rules": list(rules),
            "allowed": list(allowed), "note": note, "key": key}


def comment(parent, by, text, kor, rules=(), allowed=(), note=""):
    return {"kind": "comment", "parent": parent, "by": by, "text": text, "kor": kor,
            "rules": list(rules), "allowed": list(allowed), "note": note}


def acct(handle, platform, pattern, role, rows, account="councillor"):
    return {"handle": handle, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


def hostile(text, extra=(), allowed=(), note=""):
    return post(text, "pos", [RT, *extra], allowed, note)


def fill(text, note="ordinary ward business"):
    return post(text, "fill", note=note)


ACCOUNTS = [
    # ======================================================================
    # harassment.repeated-target: positive accounts
    # ======================================================================
    acct("@GaryEptonReform", "x", RT, "positive", [
        fill("Gritter's been down Sluice Lane and Fen Bank Road first thing. Causey outside Tolgowt school is still like glass mind, I've reported it. Mind how you go duck ❄️"),
        hostile("Lovely to see our Leader @HelenaFrisbyCon out at Tolgowt End for the sluice photo op this morning. Wellies so clean you could eat your tea off them. First time they've touched fen mud I reckon 👢😂",
                [IRO], [PA], "mock praise of the Leader's clean wellies; first of four digs at Helena Frisby"),
        hostile("Asked Helena at full council why Tolgowt's pumping money ended up in Harnby Wold. Got that little smile. You know the one. Frit of a straight answer, always has been, always will be.",
                [PA], [IRO], "second dig at the Leader: 'frit' (a coward) and the 'little smile'"),
        fill("Tolgowt End surgery Saturday 10 till 12 at the Methodist hall. Drains, bins, the 47 bus, whatever's mithering you. Kettle'll be on ☕"),
        hostile("Funny how every time Cawdleby DC needs a contractor it turns out they shoot on the same estate as Mrs Frisby's husband. Just an observation. I'm sure it's all above board 🙂",
                [IRO], [DEF, PA], "third occasion: insinuation of favouritism dressed as an observation; defamation allowed"),
        hostile("Day 41 of asking the Leader to come and meet Tolgowt residents. Since then she's cut three ribbons and had her photo took with a prize bullock at the Wold show. The bullock looked more interested tbh. #MardyHelena",
                [PA], [IRO], "fourth occasion: mockery and a nickname hashtag"),
    ]),
    acct("@DawnTuplinInd", "facebook", RT, "positive", [
        fill("Bin day change for Scalderby Marsh over Christmas and New Year: grey bins Saturday 3rd instead of Friday 2nd. Green bins are off till the 12th. Pass it on to anyone not on Facebook, especially older neighbours 👍"),
        hostile("Sat through housing scrutiny last night. Cllr Odling read his answers off a sheet someone had typed for him, word for word, and still lost his place twice. Bless him, it's a lot of long words for one man. The damp at Marsh View is still there, by the way.",
                [PA, IRO], [], "belittles the housing portfolio holder with mock sympathy ('Bless him'); first of three"),
        fill("Thank you to everyone who came to the Marsh View tenants' meeting. Forty-odd people on a dowly wet Wednesday. I've got your list of repairs and it's gone to the housing team with photos."),
        hostile("Hear Neil Odling has had his own roof done this autumn. Lovely job, new guttering and everything. Some of us are still waiting on the council to fix the roofs he's actually responsible for. Must be nice 🏠",
                [IRO], [PA], "second occasion: a dig at his own home, mock praise"),
        fill("Road closure: Saltings Lane shut 19th to 23rd for water main works. Diversion via Marsh Road. Bus stops moved to outside the chapel."),
        hostile("To the gentleman in charge of housing who left Thursday's residents' meeting after twenty minutes for 'another engagement': half of Scalderby saw your car in the Plough car park at half seven, Neil. Hope the pint was worth it. We've long memories on the Marsh.",
                [PA], [BUL, IRO, DEF], "third occasion: public ridicule over the pub; 'long memories' reads as electoral, intimidation only allowed"),
    ]),
    acct("@KevCammackLab", "x", RT, "positive", [
        fill("Rudlow Tops village hall has got its warm space running again Tues & Thurs 10-3. Soup, tea, wifi and a natter. No need to book, just turn up."),
        hostile("Another solar farm on grade 2 land up Rudlow recommended for approval. Adrian Pask's planning dept: where the grass is always greener on the developer's side of the fence 🤔",
                [OFF], [DEF, IRO, PA], "first dig at the Head of Planning, an officer, by name: hints he favours developers"),
        fill("Well done Rudlow Juniors U11s, league champions with two games to spare. Proud of you lot ⚽"),
        hostile("Our Head of Planning told committee the drainage board 'raised no objection'. Drainage board tells me they were never sent the plans. One of them has got it wrong. I'll let you work out which.",
                [OFF], [DEF], "second occasion, the officer named by role: implies he misled committee"),
        fill("Pothole on Top Road by the old chapel finally filled. Took four reports and a photo of a cyclist's buckled wheel, but it's done."),
        hostile("Mr Pask sat gizzening at the back of committee while Rudlow folk queued three minutes each to speak. If it's that funny he can come and live next to the substation. Folk up here know which road he drives home on, mind.",
                [OFF, PA, BUL], [], "third occasion: mockery ('gizzening', grinning) and a veiled warning about his route home"),
    ]),
    acct("@SharonLeggate", "x", RT, "positive", [
        fill("Harnby Wold Young Farmers raised £2,140 at the tractor run for the children's hospice. Proper yellerbellies the lot of you, thank you 🚜❤️"),
        hostile("Our Green friend @PoppyWintertonGreen wants to 'rewild' the Frithby levels. Poppy duck, that's called a fen. Our grandads drained it so folk could eat. Maybe ask a yellerbelly before you ask a focus group 🌾",
                [IRO], [PA, EQ], "mild alone (policy banter with a patronising 'Poppy duck'); first of three on the same Green councillor"),
        fill("Harnby Wold flood gauges are now live on the county site, link below. Worth bookmarking if you're near the beck."),
        hostile("Watched Cllr Winterton explain carbon credits to a room of tatie growers last night. Sweet girl. Came all the way from Nottingham to tell us how to farm. Bless her.",
                [PA, IRO], [EQ], "gendered, patronising put-down ('Sweet girl', 'Bless her')"),
        fill("Lovely to open the new defibrillator outside Harnby post office. Thanks to the WI for the fundraising and to Mick at the shop for the power supply."),
        hostile("Some of us have farmed this land five generations. Some of us moved here in 2021 with a bike with a basket on it. Guess which one the Greens think should decide what grows on the Wolds 🚲🧺 #notfromroundhere",
                [PA], [IRO], "third occasion: unnamed but identifiable (the Green incomer); mockery of her as an outsider"),
    ]),
    acct("@phildowse.bsky.social", "bluesky", RT, "positive", [
        fill("Westholme Drain flood wardens met last night. New sandbag store at the pumping station is stocked. If you're on the low side of Drain Road and want to join the text alert, message me."),
        hostile("Deputy Leader Graham Stovin says the Cawdleby market square scheme is 'on time and on budget'. So was the Titanic for a bit. 🚢",
                [IRO], [PA], "mild alone; first of three digs at the Deputy Leader"),
        fill("Cawdleby DC budget consultation is open till 20 Feb. Lib Dems will be pushing for the rural bus top-up and keeping the Westholme toilets open. Have your say."),
        hostile("Stovin answered my question on car park charges with ten minutes about his grandad's threshing machine. The man's a mawkin: stands in a field, flaps about, frightens nobody and does nowt.",
                [PA], [], "calls him a mawkin (scarecrow) who does nothing"),
        fill("Grit bin on Carr Lane refilled. Thank you to the depot team who came out in the sleet."),
        hostile("Fair play to Cllr Stovin, he's finally been to Westholme. Only took three years, a flood and a TV camera. Maybe next time he'll come when there's no photographer. Not holding my breath.",
                [IRO], [PA], "third occasion: mock praise ('Fair play')"),
        fill("Westholme library's Saturday opening stays, confirmed at cabinet. Thanks to the 600-odd who signed the petition."),
    ]),
    acct("@LorraineBucknallCRA", "x", RT, "positive", [
        fill("Cawdleby Residents' Alliance public meeting on the hospital bus, 7pm Tuesday, Tolgowt End community centre. All welcome, whatever party or none."),
        hostile("Our MP Jonathan Ashwell is touring the fens today. Somebody show him which end of a tatie goes in the ground 🥔",
                [PA], [IRO], "first of four on the MP: belittles him as clueless"),
        hostile("@JonAshwellMP voted against the rural bus fund in March and then turned up at the new Cawdleby bus shelter for the photo in June. He's got more front than Skeggy.",
                [PA], [], "second occasion: a voting record point wrapped in 'more front than Skeggy' (shameless)"),
        fill("Lovely afternoon at Tolgowt End school judging the Christmas card competition. Impossible job, they were all winners."),
        hostile("Noticed the MP's Cawdleby office is shut on a Friday again. Third Friday running. Maybe he's busy. Maybe he's on a yacht. Who can say. Just asking questions 🤷‍♀️",
                [IRO], [DEF, PA], "third occasion: insinuation 'just asking questions'"),
        fill("Dog fouling on Sluice Bank path reported again, and the council warden is doing early patrols next week. Bag it and bin it folks."),
        hostile("Jonathan, you were frit of the village hall hustings last time and you'll be frit next time. Fens don't forget and neither do I. See you at the count, duck 😘",
                [PA], [BUL, IRO], "fourth occasion: 'frit' (coward); 'fens don't forget' could be read as a warning, allowed only"),
    ]),
    acct("@callumskipworth.bsky.social", "bluesky", RT, "positive", [
        fill("Rudlow Tops: the mobile library is back on its Thursday route from next week, 11:15 at the chapel."),
        hostile("Read Nadine Overton's budget amendment so you don't have to. Spend more, tax more, hope nobody reads page 4. Credit where it's due, the font was lovely.",
                [IRO], [PA], "mostly policy; the mock praise of the font is the dig; first of three on the Labour group leader"),
        hostile("Cllr Overton threw a right mardy strop in full council because the Chairman wouldn't let her speak a third time. Arms folded, bottom lip out. My four year old does the same when the tablet goes off 😂",
                [PA], [IRO, EQ], "compares her to a sulking toddler"),
        fill("Great turnout at the Rudlow litter pick, 23 bags and a shopping trolley out of the beck."),
        fill("Planning applications for Rudlow Tops this month are on the council site. If you want to comment, the deadline is in the letter, not the site notice. Shout if you're stuck."),
        hostile("Nice to see Nadine's found Rudlow Tops on a map. Only took an election leaflet. Chin up Nadine, only another 18 months of opposition to go 💙",
                [IRO], [PA], "third occasion: mock sympathy ('Chin up')"),
    ]),

    # ======================================================================
    # harassment.repeated-target: hard-negative accounts
    # ======================================================================
    acct("@MargChatterton", "x", RT, "hard_negative", [
        post("In May 2024 the Leader promised every Harnby Wold village a working bus link by this winter. Three of our seven still haven't got one. @HelenaFrisbyCon needs to say what went wrong and when it'll be fixed.",
             "hn", note="civil criticism of the Leader's record (a broken promise); names her"),
        fill("Harnby Wold: Wold Lane closed Monday for hedge cutting, 9 till 3. Farm traffic only."),
        post("Full council: asked Cllr Frisby again about closing the Cawdleby pool. Her answer was that the figures 'speak for themselves'. They do, and they say it lost less than we were told. Publish the working papers, please.",
             "hn", note="repeated, robust criticism of the Leader's decision; asks for papers"),
        post("Credit to the Leader for getting the county to pay for the Harnby Wold flood gauges. Good result, and I said so in the chamber. Still think she's wrong on the pool mind.",
             "hn", note="approving occasion, with a civil disagreement"),
        fill("Harnby Wold carol service at St Helen's raised £310 for the food bank. Thank you all, and the choir for braving a dowly night."),
        post("Third time of asking: what's the Leader's plan for broadband on the tops? Not a perfect plan, any plan. Helena, happy to meet any time, my door's open and the kettle's on.",
             "hn", note="fourth civil post on the same person's record; 'third time of asking' is persistence, not hostility"),
    ]),
    acct("@StuFixterLD", "x", RT, "hard_negative", [
        post("The Frithby Levels water plan puts all the new pumping at the Tolgowt end and leaves Frithby Eau on a 1970s pump. Wrong priority. I'll be saying so at scrutiny.",
             "hn", note="criticism of a policy led by Derek Clipsham; does not name him"),
        post("Still not convinced by the water plan. The model assumes the Eau never tops its banks two winters running. It did, 2024 and 2025. Needs to go back to the drainage board before cabinet signs it off.",
             "hn", note="second post on the same policy"),
        fill("Frithby Eau Christmas lights switch-on Friday 5pm. Hot chocolate from the scouts, and Santa's arriving by tractor 🎅🚜"),
        post("Cllr Clipsham came to Frithby on Tuesday and listened to residents for two hours, which I appreciate. But listening isn't the same as changing the plan, and the plan's still wrong for us.",
             "hn", note="names the portfolio holder, credits him, criticises the plan"),
        fill("Bus shelter glass on Eau Bank replaced. Thanks to the team for the quick turnaround after the vandalism."),
        post("Scrutiny called in the Frithby Levels water plan last night, 7-2. Not personal with Derek, he's a decent bloke and a proper yellerbelly. It's the sums. Let's get it right before the next big wet.",
             "hn", note="fourth post on the policy; explicitly not personal"),
    ]),
    acct("@JaniceIngamellsLab", "facebook", RT, "hard_negative", [
        fill("Scalderby Marsh warm hub at St Guthlac's is open Mon, Wed, Fri 10-2 this winter. Free soup, no questions asked."),
        post("I think Cllr Odling got the Marsh View repairs contract badly wrong and I told him so at cabinet. Tenants have waited long enough and giving it to a firm with no experience of fen properties was a mistake. Happy to be proved wrong.",
             "hn", note="one sharp, civil criticism of the housing portfolio holder's decision"),
        fill("Reminder: council tax support applications for next year can be done on the phone if you're not online. Ring the council and ask for the benefits team."),
        fill("Marsh Road crossing: county have agreed a survey. Only a survey, but it's a start after two years of asking."),
        post("Fair's fair. Neil Odling came back to Marsh View this week with an extra damp crew and a start date, and he wasn't frit of facing a room of angry tenants either. Thank you Neil, that's what we asked for. Let's keep at it.",
             "hn", note="later thanks to the same person; only one critical occasion"),
        fill("Scalderby Marsh food bank is short of tinned meat, UHT milk and toiletries. Drop-off at the co-op or the chapel."),
    ]),

    # ======================================================================
    # capacity.mixed-account: positive accounts
    # ======================================================================
    acct("@AshBraderCon", "x", MIX, "positive", [
        post("Made Dad's haslet recipe for the first time since he passed. Kitchen smells like 1989. Not bad, not as good as his 🥲", "pos", [MIX], note="cooking a late father's recipe"),
        fill("Cawdleby market square: the new lighting goes on next Thursday. Stalls stay open till 7 that night."),
        post("Our Alfie scored his first goal for Cawdleby Colts U9s this morning and celebrated like he'd won the cup. His dad may have been louder than him.", "pos", [MIX], [DP], "a named young son"),
        fill("Town centre parking: first hour free in Sheep Market car park from 1 Feb, agreed at cabinet."),
        post("Two days of man flu and a right mardy mood. Jo says I've been a mawkin on the settee all week. She's not wrong 🤧", "pos", [MIX], [DP], "his own illness and his partner"),
        fill("Surgery this Saturday at Cawdleby library, 10-12. No appointment needed."),
    ]),
    acct("@HannahGoodhandLD", "x", MIX, "positive", [
        post("Rang a full peal of Plain Bob at St Helen's last night, 2 hrs 51. Arms are dead this morning. Worth it 🔔", "pos", [MIX], note="bell-ringing"),
        fill("Harnby Wold: county have finally agreed a 30mph limit through Low Harnby. Consultation notice goes up next week."),
        post("Our Martha was the back end of the donkey in the school nativity and took it VERY seriously. Not a dry eye in the house.", "pos", [MIX], [DP], "a named child"),
        fill("Lib Dem group motion on rural public toilets passed unanimously at full council. Thanks to all sides."),
        post("Sorry if I've been slow on messages this week, migraine flattened me from Monday. Back at it now, bear with me.", "pos", [MIX], [DP], "her own health; mentions council messages but is a personal post"),
        fill("Low Harnby bus stop post is leaning after the gales. Highways are aware."),
    ]),
    acct("@tombrocklesby.bsky.social", "bluesky", MIX, "positive", [
        post("Won the doubles at the Fox & Hounds darts league last night with my brother. 180 on the last leg. Ears still ringing from the cheer 🎯", "pos", [MIX], note="pub darts"),
        fill("Westholme Drain: the drainage board will be weed-cutting the main drain from next week. Expect noise and the odd muddy verge."),
        post("Mam turns 90 on Sunday. Party at the Legion, 3 o'clock, all welcome if you knew her from the chip shop days ❤️", "pos", [MIX], [DP], "a parent's age and party"),
        fill("Reform group asked at full council why the Westholme recycling centre hours were cut. No answer yet. I'll keep at it."),
        post("Shot 23 out of 25 at the clay ground Saturday. Best I've done. Shoulder's black and blue mind.", "pos", [MIX], note="clay pigeon shooting"),
        fill("Street light out on Carr Lane by the bend, reported on the council app. Should be ten working days."),
    ]),
    acct("@kerrywass.bsky.social", "bluesky", MIX, "positive", [
        post("Lifted the last of the Charlotte taties today. Two buckets and a lot of slug damage. Next year it's nematodes 🥔", "pos", [MIX], note="allotment potatoes"),
        fill("Frithby Eau tree planting along the bank Saturday morning, spades provided. 200 whips to get in."),
        post("Rich is home from the heart unit after his stent. Grumbling about the hospital food so he's definitely on the mend. Thank you for all the messages 💚", "pos", [MIX], [DP], "her partner's heart procedure"),
        fill("Green group budget amendment: £40k for flood resilience grants for Frithby homes. Voted down but we'll bring it back."),
        post("Seed swap at ours Sunday. I've got far too many borlotti beans and a strange squash that might be a cucumber.", "pos", [MIX], note="seed swap"),
        fill("The Frithby Eau footbridge inspection is booked for February. I'll post the result when I get it."),
    ]),
    acct("@DennisScupham", "facebook", MIX, "positive", [
        post("Little Isla Rose was christened at St Botolph's on Sunday. Grandad may have cried. Don't tell anyone 👶", "pos", [MIX], [DP], "a named grandchild"),
        fill("Tolgowt End: the community speed watch team clocked 41 drivers over 30 on Fen Bank Road in an hour. Police have the details. Slow down, there's kids."),
        post("Onions weighed in at 6lb 2oz at the Cawdleby show. Beat last year's by 4oz. Secret's in the soot, that's all I'm saying.", "pos", [MIX], note="show onions"),
        fill("Tolgowt End pumping station open day Saturday. Drainage board staff will show you how it all works. Good for kids."),
        post("Fifty years ago today me and Mavis walked out of Tolgowt chapel into a hailstorm. Still not sure she's forgiven the weather. Love you duck x", "pos", [MIX], note="wedding anniversary without the word"),
        fill("Residents on Sluice Lane: the flytipping has been cleared and a camera is going up. Thank you for the reports."),
    ]),
    acct("@RachelEnderbyCon", "facebook", MIX, "positive", [
        post("Finlay and Esme started nursery this morning. Both waved without a backward glance and I cried in the car park. Pathetic 😭", "pos", [MIX], [DP], "named twins at nursery"),
        fill("Scalderby Marsh: new bus timetable starts 2 March. The 9.10 to Cawdleby now leaves at 9.05, so don't get caught out."),
        post("Line dancing at the village hall on Tuesday night. I have two left feet and a borrowed hat. Best laugh I've had in months 🤠", "pos", [MIX], note="line dancing"),
        fill("Cabinet agreed the Scalderby Marsh playing field drainage works. £62k, starting in spring."),
        post("Girls' weekend in Skeggy. Fish and chips, the tuppenny falls and a paddle in a howling gale. Wouldn't change it.", "pos", [MIX], note="a weekend at the seaside"),
        fill("Planning committee site visit to Saltings Farm on Thursday. Residents are welcome to watch from the lane, but please don't approach committee members."),
    ]),
    acct("@ImranQureshiLab", "facebook", MIX, "positive", [
        post("Eid dinner at ours: three generations round the table and my mum still won't tell anyone the biryani recipe. Eid Mubarak to everyone celebrating 🌙", "pos", [MIX], note="family Eid dinner (his own faith, not personal data of others)"),
        fill("Cawdleby Town: the food bank at the Corn Exchange needs volunteers on Saturday mornings. Two hours, no experience needed."),
        post("Dad's home after his hip op at the county hospital. Up and down the stairs already and moaning about the telly remote. Thanks to the brilliant ward 6 team.", "pos", [MIX], [DP], "a father's operation"),
        fill("Labour group asked for a report on temporary accommodation costs in the district. Up 38% in a year. We'll push for answers at scrutiny."),
        post("Took our Zara out for her first driving lesson on the old airfield. Both survived. The clutch may not have.", "pos", [MIX], [DP], "a named daughter"),
        fill("New dog bins on the Cawdleby riverside walk, thank you to the street scene team."),
    ]),

    # ======================================================================
    # capacity.mixed-account: hard negatives and a separate personal account
    # ======================================================================
    acct("@BerylSowerbyCDC", "facebook", MIX, "hard_negative", [
        post("Delighted to launch this year's Chairman's Charity Wold Walk: 12 miles from Harnby to Rudlow on Saturday 7 March, in aid of the Fens and Wolds Air Ambulance. Councillors, officers and residents all welcome. Sign-up link below.",
             "hn", note="a council charity event in her role as Chairman"),
        post("Training for the Chairman's walk is going... steadily. Rudlow hill and my knees have had a frank exchange of views. Sponsorship page in the comments, every pound goes to the air ambulance.",
             "hn", note="self-deprecating, but about the civic charity event"),
        post("As Chairman it was a privilege to present long service awards to 14 of the council's staff today, 350 years of service between them.",
             "hn", note="civic duty"),
        post("Chairman's Civic Service at Cawdleby parish church on Sunday 1 March. All welcome, tea in the church hall afterwards.",
             "hn", note="civic event"),
        post("We did it! 78 walkers, 12 miles, one very muddy Chairman, and £6,420 raised for the air ambulance so far. Thank you Cawdleby.",
             "hn", note="result of the council charity walk"),
        post("Visited Tolgowt End primary as Chairman this morning to talk about what the council does. Had me gizzening all morning. Best question: 'Do you get a crown?' Sadly no.",
             "hn", note="civic school visit"),
    ]),
    acct("@LiamHurdissLab", "facebook", MIX, "hard_negative", [
        post("Cawdleby Family Hub opens at the old health centre on Monday. Baby weighing, stay-and-play, benefits advice and a midwife clinic under one roof. Families from across the district welcome.",
             "hn", note="'family' about a council service"),
        post("It's Foster Care Fortnight. The fens and wolds need more foster families. If you've ever wondered, come to the info evening at the Family Hub, 6pm Thursday.",
             "hn", note="'families' about residents"),
        post("Half-term: free holiday activities and a hot meal for kids on free school meals at Rudlow, Westholme and Cawdleby. Book through the council site. Lots of families missed out last year, so don't leave it late duck.",
             "hn", note="'kids' and 'families' about residents"),
        post("Huge thanks to the Rudlow Tops community centre family, the volunteers who kept the warm space open every single day of that cold snap.",
             "hn", note="'family' used of volunteers"),
        post("Rudlow Tops: young families have asked for a crossing near the school. I've put it to county highways and will report back.",
             "hn", note="ward business"),
    ]),
    acct("@gills_wold_bees", "facebook", MIX, "hard_negative", [
        post("Hives wrapped up for the winter. The girls were very mardy about it. Fondant on, fingers crossed for a mild February 🐝", "hn", note="separate personal account: bees"),
        post("Grandson helped me jar the last of the heather honey. More went in him than in the jars.", "hn", note="separate personal account: grandson, unnamed"),
        post("Church flower rota for Lent is up on the porch noticeboard. I've put myself down for the daffs, don't fight me for them.", "hn", note="separate personal account: church"),
        post("Anyone near Harnby got a spare queen excluder? Mine's warped. Will pay in honey. I look like a mawkin in this bee suit but it works.", "hn", note="separate personal account"),
        post("Second in the honey class at the Wold show, beaten by Jean again. One day, Jean. One day 🏆", "hn", note="separate personal account"),
    ], account="personal"),

    # ======================================================================
    # moderation.third-party-comments: positive accounts
    # ======================================================================
    acct("@LynneHemstockCon", "facebook", MOD, "positive", [
        post("Scalderby Marsh play park reopens Saturday after the resurfacing. Thanks to the parish council and the groundworks lads who turned it round in a fortnight. See you on the swings! 🛝", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Trudy Kettleborough", "Be nice if them from number 9 Dyke Row kept their kids off it after dark. It was their eldest burnt the last bin, everyone knows it was. Foreign lot, they don't care.", "pos", [MOD], [DP, DEF, EQ], "an address, a crime alleged against a child and a xenophobic jibe, left up"),
        comment("a", "Pat Leivers", "Grandkids will be made up, thanks Lynne 👍", "hn", note="civil comment"),
        comment("a", "@LynneHemstockCon", "Thanks Pat, come down Saturday, the WI are doing a cake stall.", "hn", note="councillor's reply; the abusive comment above is still up"),
        post("Consultation on the Scalderby Marsh parking scheme closes Friday. Link below. Please have your say whichever way you feel about it.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "Darren Fotherby", "Lynne you thick cow nobody on the Marsh wants this. Stick to baking.", "pos", [MOD], [PA, AB, EQ], "abusive, gendered insult of the councillor left up"),
        comment("b", "@marshlad77", "Whoever dreamt this scheme up wants tying to the sluice gate at high water and leaving there.", "pos", [MOD], [BUL, AB], "violent threat against whoever designed the scheme"),
        comment("b", "Gordon Yates", "Done it. Against, as it goes, but thanks for putting the link up.", "hn", note="civil disagreement"),
    ]),
    acct("@BarryRanshawLab", "facebook", MOD, "positive", [
        post("Westholme Drain flooding update: the drainage board pumps ran 36 hours straight over the weekend. No homes flooded this time. Thank you to the crews, they were out in it all night.", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Kev Brumby", "Funny how the pumps work fine now the drainage board chairman's own farm is downstream. He's been pocketing the grant money for years, ask anyone.", "pos", [MOD], [DEF], "theft of grant money stated as fact about an identifiable person"),
        comment("a", "Sandra Hewson", "Credit where it's due, they were brilliant Friday night. My neighbour's 86 and they checked on her twice.", "hn", note="civil comment"),
        comment("a", "@westholme_wazza", "about f***ing time. the b*****ds left us under three foot of water in 2024 and nobody gave a sh*t", "pos", [MOD], [AB], "obscene comment left up"),
        post("Surgery this Saturday at Westholme library 10-12. I'll have the drainage board's engineer with me for the first hour for anyone with flood questions.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "Maureen Doughty", "Can you ask him about 17 Carr Lane? That's Mr Bellamy's, he's 91 and lives on his own with dementia, his number is 07700 900417. Nobody's been near him since the water came up.", "pos", [MOD], [DP, CRED], "well meant, but a vulnerable man's address, phone number and health condition left up"),
        comment("b", "Phil Winn", "Will he be able to tell us why the Carr Lane grips haven't been cleared? Been asking since October.", "hn", note="civil question"),
        comment("b", "@BarryRanshawLab", "Phil, I'll put that to him first thing Saturday. Maureen, I've messaged you about your neighbour.", "hn", note="councillor's reply; the personal-data comment is still up"),
    ]),
    acct("@AnjaliDesaiLD", "facebook", MOD, "positive", [
        post("Good news: Cawdleby DC has agreed to keep the town's public toilets open after the Lib Dem motion. Thanks to everyone who wrote in.", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Roy Gadsby", "Keep them open for who? Half the town's Lithuanians now, they can use their own. Cawdleby for Cawdleby folk.", "pos", [MOD], [EQ], "hostility to a national group, left up"),
        comment("a", "June Ingle", "Thank you Anjali, with my bladder that's a blessing 😂", "hn", note="civil comment"),
        comment("a", "Tony Marr", "Shame the council had to be shamed into it. Should never have been on the cuts list in the first place.", "hn", note="robust criticism of the council"),
        post("Cawdleby Town: the Corn Exchange refurbishment plans are on show at the library all week. Staff will be there Wednesday 2-6 to answer questions.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "@cawdlebycallum", "Go back to wherever you came from and take your woke plans with you", "pos", [MOD], [EQ, PA], "racist abuse of the councillor left up"),
        comment("b", "Keith Dunderdale", "Ask the architect how his wife got the council cleaning contract. Fraud, plain and simple, and Desai knows it.", "pos", [MOD], [DEF, PA], "fraud alleged as fact against an identifiable architect"),
        comment("a", "@AnjaliDesaiLD", "Tony, fair point, and I said the same in the chamber. June, glad to help!", "hn", note="councillor's reply to the civil commenters; the abusive comments are still up"),
    ]),
    acct("@ColinStennettInd", "facebook", MOD, "positive", [
        post("Tolgowt End: the 47 bus is back to hourly from Monday after the driver shortage. Thank you for your patience, I know it's been a nightmare.", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Denise Haw", "Tell that to the driver on the 8.10. Bald bloke, lives on Eau Bank Road next to the garage, drives a red Astra RX68 FTA. Drives that bus like he's had a skinful every morning.", "pos", [MOD], [DP, DEF], "a private person's street, car registration and an allegation of drink-driving"),
        comment("a", "Mick Tinsley", "Hourly's still no good for folk on early shifts at the packhouse but it's better than nowt.", "hn", note="civil criticism"),
        comment("a", "@ColinStennettInd", "Agreed Mick. I'm pushing for a 6am run for the packhouse shifts, will report back.", "hn", note="councillor's reply; the comment above it is still up"),
        post("Pictures from the Tolgowt End Christmas fayre. What a turnout! £1,300 for the church roof.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "@tolgowt_terry", "Stennett sat there like a fat mawkin all afternoon, useless t**t", "pos", [MOD], [PA, AB], "obscene personal insult of the councillor"),
        comment("b", "Brian Elsom", "Good job the pikeys from the Drove weren't there or the raffle prizes would've walked.", "pos", [MOD], [EQ, AB], "ethnic slur against Travellers"),
        comment("b", "Wendy Hebb", "Lovely day, the brass band were smashing.", "hn", note="civil comment"),
    ]),
    acct("@KathElvidgeGreen", "facebook", MOD, "positive", [
        post("Frithby Eau tree planting: 400 whips in on Saturday along the bank. Thank you to the 35 volunteers, the scouts and the drainage board for the permission 🌳", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Les Brackenbury", "Trees and bike lanes and rainbow flags. Greens are all poofs and hippies, no wonder the town's going to pot.", "pos", [MOD], [EQ, AB], "homophobic slur left up"),
        comment("a", "Ellie Sharpe", "Our two loved it, thanks for organising 🌱", "hn", note="civil comment"),
        comment("a", "Norman Fixby", "Trees on a flood bank. Whoever signed that off wants their head testing. Roots and banks don't mix, ask any drainage man.", "hn", note="robust criticism of a decision, no person targeted"),
        post("Frithby Eau residents' meeting on the water plan, Thursday 7pm, village hall. Bring your questions for the council and drainage board.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "@frithby_frank", "Tell that drainage engineer Osgerby we know he lives out Rudlow way. Be a shame if his drive flooded an' all.", "pos", [MOD], [BUL, OFF], "veiled threat against a named officer"),
        comment("b", "Gaz Tunnard", "Kath Elvidge couldn't organise a fart in a bean factory, dozy mare", "pos", [MOD], [PA, AB, EQ], "crude personal insult of the councillor"),
        comment("b", "@KathElvidgeGreen", "Norman, the drainage board agreed the species and distances with us. I'll bring their note on Thursday.", "hn", note="councillor's reply to the civil critic; abusive comments still up"),
    ]),
    acct("@WayneSkoylesReform", "facebook", MOD, "positive", [
        post("Rudlow Tops: I've asked the council for a full breakdown of what the district spends on consultants. Residents deserve to know where the money goes.", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Shane Dobbs", "I'll tell you where it goes, straight into Fiona Heneage's pocket. Chief exec's been on the fiddle for years.", "pos", [MOD], [DEF, OFF], "theft alleged as fact against a named officer"),
        comment("a", "Carol Bett", "Reform councillor moaning about waste while your lot spent a fortune on leaflets. Pot, kettle.", "hn", note="robust political jibe at the councillor"),
        comment("a", "@WayneSkoylesReform", "Fair challenge Carol, our leaflets aren't paid for out of council tax though. I'll share the answer when it comes.", "hn", note="councillor's reply"),
        post("Packed meeting at Rudlow on the hotel rumours. For the record: there is no application and no contract to house asylum seekers at the Wold Hotel. I'll keep residents updated.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "Dean Featherstone", "Good. We don't want their sort in Rudlow. Fill it with them and see how long before our lasses can't walk home.", "pos", [MOD], [EQ], "racist insinuation about asylum seekers"),
        comment("b", "@rudlow_rebel", "Owner of the Wold Hotel is Gary Spinks, lives at The Paddocks on Cawdleby Road, 07700 900233. Give him a ring and let him know what we think.", "pos", [MOD], [DP, BUL, CRED], "a private person's address and phone number with a call to harass him"),
        comment("b", "Ann Shucksmith", "Thank you for clearing that up Wayne. The rumours were getting silly.", "hn", note="civil comment"),
    ]),
    acct("@MartinPogsonCRA", "facebook", MOD, "positive", [
        post("Harnby Wold: the mobile post office will now call at Low Harnby on Tuesdays 1-2pm. Small win, but it matters up here.", "fill", key="a", note="the post the comments sit under"),
        comment("a", "Terry Oglesby", "No thanks to that useless lump Trevor Marris, fat lazy get never shifts his backside out of the planning chair.", "pos", [MOD], [PA, AB], "abusive insult of another councillor left up"),
        comment("a", "Hazel Codd", "Thank you Martin, saves me the bus into Cawdleby.", "hn", note="civil comment"),
        comment("a", "Roger Tamblyn", "Tuesdays 1-2, an hour a week. Whoopee. Don't strain yourselves at the council 🙄", "hn", note="sarcastic but acceptable criticism of the council"),
        post("Harnby Wold: the quarry lorry route consultation closes on the 30th. I'll be submitting the Alliance's response with residents' comments.", "fill", key="b", note="the post the comments sit under"),
        comment("b", "@harnby_hellraiser", "Quarry can shove its lorries up its a**e. And the council with it. F*** the lot of them.", "pos", [MOD], [AB], "obscene comment left up"),
        comment("b", "Sheila Gilliatt", "It's the Kemp lad from Wold Cottages drives them lorries too fast, he's only just passed his test and he was done for drink driving last year.", "pos", [MOD], [DP, DEF], "a young man's home and a criminal conviction named"),
        comment("a", "@MartinPogsonCRA", "Roger, you're right that an hour's not enough. I'm asking for a second day.", "hn", note="councillor's reply under the first post"),
    ]),

    # ======================================================================
    # moderation.third-party-comments: hard-negative accounts
    # ======================================================================
    acct("@JulieBarnattLab", "facebook", MOD, "hard_negative", [
        post("Westholme Drain: the winter fuel support scheme is open. Up to £150 for households on low incomes. You can apply at the library if you're not online, and I'm happy to help.", "hn", key="a", note="ward business; comments below are civil or rude-but-acceptable"),
        comment("a", "Bob Sardeson", "£150 won't touch the sides with heating oil at the price it is. Council needs to do more.", "hn", note="civil criticism"),
        comment("a", "@JulieBarnattLab", "I agree Bob, and I'll be arguing for more in the budget. It's a start.", "hn", note="councillor's reply"),
        comment("a", "Lee Fowler", "Labour lot couldn't run a bath. Another gimmick.", "hn", note="rude but ordinary political criticism"),
        post("A note on comments: I've taken down a comment on my last post that gave a neighbour's address and accused them of a crime. Criticise me all you like, but please leave private individuals out of it. Thanks.", "hn", key="b", note="notice of a removed comment (the comment itself is not in the set)"),
        comment("b", "Wendy Cropley", "Quite right Julie. Some folk.", "hn", note="civil comment"),
        comment("b", "@drainroad_dave", "Censorship. Typical.", "hn", note="curt but acceptable"),
    ]),
    acct("@AlanSmalleyCon", "facebook", MOD, "hard_negative", [
        post("Frithby Eau: planning committee refused the 120-home scheme at Eau Farm last night. Officers and members went through it carefully. Decision notice to follow.", "hn", key="a", note="ward business; comments below are robust"),
        comment("a", "Yvette Crowder", "Glad it's gone. The road couldn't take it.", "hn", note="civil comment"),
        comment("a", "Simon Grange", "So where are our kids supposed to live then? You lot pulled the ladder up behind you. Shameful decision.", "hn", note="robust criticism of a decision and the councillors"),
        comment("a", "@AlanSmalleyCon", "Simon, I understand the frustration. That site flooded twice. There's a better one on Frithby Road coming forward and I'll back homes there.", "hn", note="councillor's reply"),
        post("Frithby Eau: Christmas tree collection is 12 and 13 January. Cut them into lengths and leave them by your green bin.", "hn", key="b", note="ward business"),
        comment("b", "Kenny Bratley", "Bet they'll still not come down our lane. Mardy bin men never do 🙄", "hn", note="grumble about the service, rude but acceptable"),
        comment("b", "@AlanSmalleyCon", "Kenny, message me your street and I'll make sure it's on the list.", "hn", note="councillor's reply"),
    ]),
]


# --------------------------------------------------------------------------
# Placement in time, shuffling and ids
# --------------------------------------------------------------------------
def weekdays():
    d, end, out = date(2026, 1, 5), date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for a in ACCOUNTS:
        posts = [r for r in a["rows"] if r["kind"] == "post"]
        has_comments = {r["parent"] for r in a["rows"] if r["kind"] == "comment"}
        chunk = len(days) / len(posts)
        when, last = {}, {}
        for i, p in enumerate(posts):
            lo, hi = int(i * chunk), int((i + 1) * chunk)
            d = days[rng.randrange(lo, hi)]
            hour = rng.randint(8, 12) if p["key"] in has_comments else rng.randint(8, 18)
            t = datetime(d.year, d.month, d.day, hour, rng.randint(0, 59), tzinfo=timezone.utc)
            p["_t"] = t
            if p["key"]:
                when[p["key"]] = p
                last[p["key"]] = t
        for r in a["rows"]:
            if r["kind"] == "comment":
                t = last[r["parent"]] + timedelta(minutes=rng.randint(4, 55))
                last[r["parent"]] = t
                r["_t"] = t
        for r in a["rows"]:
            rules = r["rules"]
            kor = {"pos": "positive", "hn": "hard_negative", "fill": "filler"}[r["kor"]]
            allowed = list(r["allowed"])
            if kor == "filler" and a["role"] == "positive" and a["pattern"] not in allowed:
                allowed.append(a["pattern"])
            verdict = "ok"
            for rule in rules:
                if RANK[SEVERITY[rule]] > RANK[verdict]:
                    verdict = SEVERITY[rule]
            row = {
                "text": r["text"],
                "author": a["handle"],
                "created_at": r["_t"].isoformat(),
                "platform": a["platform"],
                "account": a["account"],
                "kind": r["kind"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = (a["handle"], r["parent"])
            else:
                row["_key"] = (a["handle"], r["key"]) if r["key"] else None
            row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict}
            row["family"] = "hard_negative" if kor == "hard_negative" else a["pattern"]
            row["account_pattern"] = a["pattern"]
            row["account_role"] = a["role"]
            row["kind_of_row"] = kor
            row["note"] = r["note"] or ("ordinary ward business" if kor == "filler" else "")
            rows.append(row)

    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        row["id"] = f"B70-A-{n:04d}"
        if row.get("_key"):
            ids[row["_key"]] = row["id"]
    out = []
    for row in rows:
        rec = {"id": row["id"]}
        for k in ("text", "author", "created_at", "platform", "account", "kind"):
            rec[k] = row[k]
        if row["kind"] == "comment":
            rec["comment_by"] = row["comment_by"]
            rec["parent_id"] = ids[row["_parent"]]
        for k in ("expect", "family", "account_pattern", "account_role", "kind_of_row", "note"):
            rec[k] = row[k]
        out.append(rec)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    print(f"wrote {len(recs)} rows to {OUT.name}")
