"""Build accounts.jsonl for blind set b151 (account-level rules, Wrensea and Bramberry).

Every text below was written by hand. The script only lays the rows out: it keeps each
account's rows in written order, picks one weekday per post (never two posts of an account
on one day) between 2 Feb and 27 Mar 2026, gives comments times after the row before them
under the same post, shuffles, assigns ids B151-NNNN, resolves parent_id and computes each
verdict. Standard library only; fixed seed, so running it twice gives the same bytes.
"""
import datetime as dt
import json
import os
import random

SET = "B151"
SEED = 15151
HERE = os.path.dirname(os.path.abspath(__file__))

SEVERITY = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

HR = "harassment.repeated-target"
MO = "moderation.third-party-comments"
MX = "capacity.mixed-account"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
SC = "security.credentials"

ACCOUNTS = []


def acct(handle, pattern, role, platform, rows, account="councillor", note=""):
    ACCOUNTS.append(dict(handle=handle, pattern=pattern, role=role, platform=platform,
                         account=account, rows=rows, note=note))


def pos(text, rules=(), allowed=(), note="", kind="post"):
    """A positive row: the account rule is added to its rules by the builder."""
    return dict(kor="positive", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kind=kind)


def fil(text, note=""):
    """Filler: expects nothing (the account rule is allowed in positive accounts)."""
    return dict(kor="filler", text=text, rules=[], allowed=[], note=note, kind="post")


def neg(text, rules=(), allowed=(), note="", kind="post"):
    """A hard negative row: never expects or allows the account rule."""
    return dict(kor="hard_negative", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kind=kind)


def com(by, text, kor, rules=(), allowed=(), note=""):
    """A comment under the owner's latest post in the account (kind comment)."""
    return dict(kor=kor, text=text, rules=list(rules), allowed=list(allowed), note=note,
                kind="comment", by=by)

# ---------------------------------------------------------------- harassment.repeated-target
acct("@MandySowterReform", HR, "positive", "x", [
    fil("Sidlow Sands caravan park owners: the site licence fee consultation closes on the 20th. It is NOT a done deal. Tell them what you think at wbdc.example.org/sites"),
    pos("Harriet Quennell turned up to the Sidlow Sands flood meeting in her Barbour, said 'lessons will be learned', then hopped back in the Volvo to her nice dry house up in Bramberry. The Duchess of the Downs has done her bit for the little people 🙄",
        allowed=[PA, IR], note="mockery of the Leader's visit; first hostile occasion"),
    fil("Great turnout for the Sidlow beach clean this morning. 14 bags, a shopping trolley and one very sad lilo. Thank you all 🌊"),
    pos("Watched Harriet try to explain the budget gap at full council. Reading off a card somebody wrote for her and STILL losing her place. If brains were chalk she couldn't mark out a hopscotch grid.",
        rules=[PA]),
    fil("Shoreway 700 bus: the operator says the cut to hourly is 'under review'. I've asked for the passenger numbers and will post them when they arrive."),
    pos("Oh well done Harriet, a whole ten minutes on the Sidlow drainage before you had to dash off to your wine tasting. Truly a woman of the people 👏👏",
        rules=[IR], allowed=[PA]),
    pos("You can block me @HarrietQuennellLD, I'll still be at every Bramberry surgery, every parish meeting, outside every village hall you set foot in. You don't get to hide up that hill forever.",
        rules=[BU], note="pursuit after being blocked"),
])

acct("@DerekRuddleInd", HR, "positive", "facebook", [
    fil("Harbour Mouth: the slipway is shut Monday to Wednesday next week for resurfacing. The fishermen know but pass it on to anyone launching a dinghy."),
    pos("Our esteemed Finance man Owen Pardew wants another 4.99% off you. Same bloke who couldn't balance the raffle tin at the bowls club. Pardew the Pickpocket strikes again!",
        rules=[PA], allowed=[DF], note="nickname and belittling; 'raffle tin' read as a jibe, defamation allowed"),
    fil("Met Harbour Mouth Residents' Association tonight. Parking, parking, parking. Then the gull-proof bins, which apparently aren't gull-proof."),
    pos("Funny how the Harbour Mouth car park contract went to a firm whose director plays golf with Owen Pardew every Wednesday. Just an observation. Draw your own conclusions folks.",
        allowed=[DF], note="insinuation, not a stated allegation"),
    fil("Big thank you to the crew at the lifeboat station for the open day. The tea urn was working harder than anyone ☕"),
    pos("I'll say it plainly since nobody else will. Owen Pardew has been shifting money out of the harbour reserve to hide the overspend on his pet projects, and he misled full council about it. That's dishonest and he knows it.",
        rules=[DF], allowed=[PA], note="allegation of dishonesty stated as fact"),
    fil("Anyone who lost a fish box off the east quay in the blow on Tuesday, the harbour office has two. Go and claim them before the gulls do."),
])

acct("@PippaLangridgeCon", HR, "positive", "x", [
    fil("Amberfold fete committee meets Weds 7.30 at the Reading Room. New faces very welcome, especially anyone brave enough to run the tombola."),
    pos("Graham Stedham's report on the Amberfold barns recommends approval. Again. Does our Head of Planning ever read the objections or does he skim the developer's glossy brochure over his cornflakes?",
        rules=[OF], allowed=[PA], note="officer named; first hostile occasion"),
    fil("The bostal from Amberfold up to Saxby Beacon is badly rutted after the rain. Reported to County highways. Mind your ankles."),
    pos("Mr Stedham, you are a disgrace to your profession. Forty-odd objections from Amberfold and you brush them off like crumbs. Go and find another district to concrete over.",
        rules=[OF, PA]),
    fil("Pleased the Amberfold school crossing patrol post is being re-advertised. It matters on that bend."),
    pos("For the record, after committee tonight: I will be watching every report Graham Stedham signs until he's gone. I have a very long memory. He'd do well to remember that too.",
        rules=[OF, BU]),
])

acct("@NevCrouchley", HR, "positive", "x", [
    fil("Dunnock Bottom flood warden training next month, run by the Environment Agency. Two places left, DM me."),
    pos("Young Ellie Makepeace lecturing the chamber on housing. Dear girl, come back when you've paid a mortgage and done your hair for something other than a selfie.",
        rules=[PA], allowed=[EQ], note="age and sex put-down"),
    pos("@EllieMakepeaceLab What a marvellous contribution, Ellie. Did your tutor help with the long words? Gold star ⭐",
        rules=[IR], allowed=[PA], kind="reply", note="mock praise as an x reply; the post replied to is not in the set"),
    fil("The chalk stream at Dunnock is running clear again after the winter. Watercress beds coming back 🌿"),
    pos("Ellie Makepeace should be doing her homework, not sitting on planning committee. A child with a lanyard and an Instagram habit. Brookside deserves a grown-up.",
        rules=[PA], allowed=[EQ]),
    fil("Reminder: Dunnock Bottom parish precept meeting Tuesday. Bring your questions, leave the pitchforks at home 😄"),
    pos("A word to Ellie Makepeace. Lydmere is a small place and people talk. Some of them know where your parents live and what your dad does at the nurseries. I'd tread a lot more carefully in committee, young lady.",
        rules=[BU], allowed=[PA, EQ], note="veiled menace naming her family"),
])

acct("@KerryAnnDoust", HR, "positive", "bluesky", [
    fil("Eastbeach food bank is short of tinned fish, UHT milk and size 5 nappies this week. Drop-off at the Methodist hall 10 till 2."),
    pos("Gerald Fawkham, who owns half of Tolhurst and rents out the other half, says Eastbeach families should 'budget better'. Lord Gerald of the Manor, everyone.",
        allowed=[PA], note="political jibe about wealth; hostile occasion, personal attack only allowed"),
    pos("Sat through twenty minutes of Gerald Fawkham at scrutiny. A man so pickled in his own self-regard you could sell him in a jar at the Bramberry farm shop.",
        rules=[PA]),
    fil("The Eastbeach youth club is open again on lottery money, and the kids painted the mural themselves 💜"),
    pos("Absolute gem from Fawkham tonight: 'poverty is a state of mind'. Stunning insight Gerald, truly. Someone get the man a TED talk 🙃",
        rules=[IR], allowed=[PA]),
    pos("Gerald Fawkham is a leech. Grown fat on rents from the people he then votes to squeeze. There is nothing decent in the man.",
        rules=[PA]),
    pos("@GeraldFawkham you walk those spaniels down the Tolhurst bostal every Sunday at 8 on the dot, don't you. Maybe I'll join you one week. Just the two of us, no cameras, and we'll see how brave you are then.",
        rules=[BU], note="his routine and a proposed meeting without witnesses"),
])

acct("@LionelBastable", HR, "positive", "facebook", [
    fil("Tolhurst: sheep on the road by Five Lanes again. Slow down please, it's lambing."),
    pos("Our Downs portfolio holder Bea Winterton came out to Tolhurst to tell farmers how to farm. Wellies so new they squeaked. Bless her.",
        allowed=[PA, IR], note="mockery; first hostile occasion"),
    fil("Good meeting with the National Park rangers about fly-tipping in Sheepwash Lane. Cameras going up this month."),
    pos("Bea Winterton knows as much about sheep as a sheep knows about algebra, and she's writing the grazing policy for the whole scarp. A liability and a laughing stock. We wun't be druv by a woman who thinks a dew pond is a water feature.",
        rules=[PA], allowed=[EQ], note="'by a woman' allows equality"),
    fil("Harvest supper tickets, Tolhurst village hall, £12 with pudding. Sussex pond pudding, naturally."),
    pos("Bea Winterton has had this coming for a while. Every farmer from Saxby to Dunnock has her measure now. Don't come up our lane again Bea. You won't like the welcome.",
        rules=[BU]),
    fil("Tolhurst broadband: Openreach say fibre reaches us 'in the next phase'. I have asked which decade."),
])

acct("@ShanePilbeam", HR, "positive", "x", [
    fil("Lydmere Mill: the potholes on Glasshouse Road are finally on the County list. Keep reporting them, it works."),
    fil("Spoke to the nursery growers about lorries cutting through the Mill estate. They'll use the bypass if the junction gets fixed. Progress."),
    pos("Sunita Verghese has moved more out-of-area families into Lydmere than anyone asked for. She looks after her own and the rest of us can whistle.",
        allowed=[PA, EQ, DF], note="coded 'her own'; hostile occasion, equality and defamation allowed"),
    fil("Fair play to Lydmere Town, 3-1 at home Saturday. The Lyd End was rocking 🔴"),
    fil("Market traders want the Sunday market back in Lydmere. I'm with them. Petition at the clock tower stall."),
    pos("Sunita Verghese is a useless, smirking excuse for a councillor. Every time she opens her mouth another Lydmere family drops down the list. Get back to Eastbeach and stay there.",
        rules=[PA], note="second of exactly two hostile posts"),
    fil("Street lights out in the Mill Lane twitten again. Logged it. Take a torch after dark for now."),
])

acct("@TrevorHammick", HR, "positive", "bluesky", [
    fil("The groynes at the west end of Marram beach are in a bad way. Photos sent to Coastal Engineering."),
    pos("King Callum Threlfall has decided the sea can have Marram Gap. Sat on his throne on the shingle bank ordering the tide back, and the tide said no thanks 👑🌊",
        allowed=[PA, IR], note="mockery of the portfolio holder"),
    fil("Marram Gap community pantry now open Tuesdays and Fridays. No forms, no questions."),
    pos("Threlfall's managed retreat: pay consultants a fortune, tell pensioners their bungalows are 'unviable'. And who's been quietly advising the developer who wants the land behind the new line? Somebody ought to ask Callum.",
        allowed=[DF], note="insinuation"),
    fil("Shingle recharge lorries start Monday. Expect delays on the coast road for a fortnight."),
    pos("Callum Threlfall is a coward and a fraud. Hid behind the officers all night at the Marram meeting and couldn't look one pensioner in the eye. Gutless.",
        rules=[PA], allowed=[DF]),
])

acct("@JeanTullettBramberry", HR, "hard_negative", "facebook", [
    neg("Harriet Quennell's decision to cut Bramberry library to three days is the wrong call. The village hall can't replace it and the saving is tiny. I'll be asking her to think again at full council."),
    neg("The Leader has pushed the Downs car park charges through cabinet without asking a single parish council. Harriet, that isn't how we do things up here, and you know it."),
    fil("Bramberry Gardening Club show this Saturday. Come for the onions, stay for the cake."),
    neg("Credit where it's due: Harriet Quennell has found the money for the Bramberry bus shelter after two years of asking. Thank you. Now do Amberfold's."),
    neg("I've read the Leader's budget three times. The reserves strategy is reckless and the cabinet is ignoring its own auditor. I'll vote against it and I'll say why, line by line."),
    neg("Harriet, come and stand at the Bramberry crossroads at 8.15 on a school morning and watch the lorries. Then tell me the traffic plan works. Invitation's open, I'll bring the flask ☕",
        note="an invitation, shares the Leader and the village with Mandy Sowter's posts"),
])

acct("@MartinColgateLab", HR, "hard_negative", "x", [
    neg("Callum Threlfall's managed retreat plan for Marram Gap asks the people with least to lose the most. I respect him and I think he's wrong. No plan without a compensation scheme."),
    neg("Reading the Marram shoreline options again. Option C is cheaper on paper and a disaster for the Gap's bungalows. Callum, publish the full costings for B."),
    neg("Some on here are calling Callum 'King Canute'. Pack it in. He's a hard-working councillor I disagree with about a plan, not a cartoon. Argue with the numbers.",
        note="counter-speech against the mockery line"),
    fil("Albion supporters' coach leaves the Wrensea clock tower at 12 on Saturday. Up the Seagulls 💙🤍"),
    neg("At scrutiny I asked Cllr Threlfall four questions on the retreat plan. Got two answers. Still waiting on the other two, and so is every household in Marram Gap."),
    neg("The coastal plan is rushed, underfunded and badly consulted. That's on the cabinet, and I'll keep saying so until it's fixed.",
        note="'I'll keep saying so' is about a plan, not a person"),
])

acct("@DawnEversfield", HR, "hard_negative", "bluesky", [
    fil("Saxby Hanger: the hanger path is closed for tree work till the 14th. Diversion via the dew pond."),
    neg("Owen Pardew stood up tonight and defended the car park charges like a nodding dog on a parcel shelf. Spineless, out of his depth and smug with it.",
        rules=[PA], note="one hostile post; a personal attack but no course of conduct"),
    fil("Saxby Hanger WI is 100 this year! The cake was outstanding 🎂"),
    neg("Owen Pardew's council tax base figures are out. Saxby's parish share goes up 3%. I'll go through them with the parish clerk before I comment."),
    fil("Found near the Saxby car park: a black dog collar with a brass tag. It's behind the bar at the Plough."),
    neg("Fair play to Owen Pardew for coming to Saxby parish council in person about the precept. We didn't agree, but it was a proper conversation."),
])

acct("@PhilScraseRUK", HR, "hard_negative", "x", [
    fil("Sidlow Sands seafront shelter's roof has been patched. Took eight months, but it's done."),
    neg("Kerry-Ann Doust is a sanctimonious hypocrite who's never held down a proper job in her life. Eastbeach can do a lot better.",
        rules=[PA], note="one hostile post at this person"),
    neg("Albion fans in Sidlow will be unbearable all week. Enjoy it lads, it won't last 😂⚽", note="football banter"),
    fil("Bungalow estate residents asked about the new bin day. It's Thursdays from March."),
    neg("Lionel Bastable has the manners of a farmyard goose. Honks at everyone, achieves nothing.",
        rules=[PA], note="one hostile post at a second person"),
    fil("Caravan season opens 1 March. I'm told the 20 limit on Sands Lane will actually be enforced this year."),
])
# ---------------------------------------------------------------- capacity.mixed-account
acct("@WendyHaffendenLD", MX, "positive", "facebook", [
    fil("Lydmere North: the consultation on the new cycle path along the Lyd closes Friday. Map and form at wbdc.example.org/lydpath"),
    pos("Grandma duty all half term! Took little Alfie to the Lido for his first proper swim and he screamed the place down 😂 Worth every penny.",
        allowed=[DP], note="grandson named"),
    fil("Ward surgery Saturday 10-12 at Lydmere library. Come and have a moan at me, that's what I'm there for."),
    pos("Nineteen years married today to my long-suffering Clive. Still can't load a dishwasher. Love you anyway xx",
        allowed=[DP], note="husband named"),
    pos("Our old spaniel Biscuit went over the rainbow bridge last night. Fourteen years of muddy paws on the Downs. The house is so quiet 💔"),
    fil("The bus shelter on Mill Road is back, three months after the lorry took it out. Small wins."),
])

acct("@GaryTuppenHM", MX, "positive", "x", [
    fil("Harbour Mouth: the new pontoon fingers are in. Harbour dues consultation open till the end of the month."),
    pos("Out on the Mary Ellen at first light, flat calm, three bass and a sunburnt nose in February. Don't tell the wife I skipped the shopping 🎣"),
    pos("My eldest, Kayleigh, got married at St Wilfrith's on Saturday. Proudest day of my life. She looked a picture 😭❤️",
        allowed=[DP], note="daughter named"),
    fil("Licensing committee Thursday: three premises on the Parade. I'm sitting, so I won't comment on any of them beforehand."),
    pos("Back's gone again. Three weeks off the boat and the physio says no lifting. Going stir crazy in the front room.",
        note="his own health; nothing allowed"),
    fil("Harbour Mouth fish market raised £640 for the lifeboat. Thanks to everyone who bought a crab sandwich 🦀"),
])

acct("@AnjaliBattLab", MX, "positive", "bluesky", [
    fil("Brookside: the new play area on Meadow Walk opens on the 18th. Came in under budget, which never happens."),
    pos("Half marathon done! 2:04, along the prom and back up the Lyd towpath. My legs have left the group chat 🏃🏽‍♀️"),
    fil("Housing scrutiny today. Temporary accommodation numbers in Lydmere are up again. I've asked for a breakdown by ward."),
    pos("Mum's home from Lydmere General after her hip op. 81, stubborn as anything and already trying to hoover. Thank you to the nurses on ward 4 🙏",
        allowed=[DP], note="mother's age and health"),
    pos("Cousin's wedding this weekend: three days of mehndi, dancing and far too much food. Back in action Tuesday!"),
    fil("Brookside surgery is at the community centre this month while the library roof is fixed."),
])

acct("@RogerBlundenDCI", MX, "positive", "facebook", [
    pos("Lambing's started at Hollowdean Farm. 40 on the ground, two sets of triplets, and about four hours' sleep since Sunday 🐑",
        allowed=[HA], note="tiredness mentioned"),
    fil("Amberfold: the Planning Committee site visit for the Downview barns is on the 11th. Residents may attend; no speaking on site."),
    pos("Ploughing match at Amberfold Saturday. Dad won it in 1971, I came a sad fourth. The family tradition of mediocrity continues 😄"),
    fil("The Amberfold dew pond restoration has its National Park grant. Volunteers wanted for the clay puddling in April."),
    pos("Our Jess passed her driving test first time. Lord help the lanes round Amberfold now 🚗",
        allowed=[DP], note="daughter named"),
    fil("Reminder: the Amberfold footpath order hearing is next week. Details on the council website."),
    pos("Shepherd's hut finished at last. Two winters of weekends. The wife says it's the best thing I've ever built, which I'm choosing to take as a compliment."),
])

acct("@JosieTicknerGreen", MX, "positive", "x", [
    fil("Marram Gap: the beach huts consultation is open. Keep the huts, move the kiosk? Tell us."),
    pos("Sea swim at 7 with the Marram Bluetits. 8.4 degrees. Screamed like a gull. Ten out of ten, would recommend 🥶🌊"),
    pos("Tilly's first day at Marram Gap Primary and I cried more than she did. Who knew a book bag could be so emotional 😭🎒",
        allowed=[DP], note="child named with her school"),
    fil("Flood defence drop-in Thursday at the Gap chapel, 4-7pm. The Coastal Engineering team will bring the maps."),
    pos("Sourdough attempt number six. Could be used as a doorstop. Taking it down the allotment for the birds."),
    fil("An air quality monitor is going up at the coast road roundabout. First readings in May."),
])

acct("@ChairmanWBDC", MX, "positive", "facebook", [
    fil("A privilege to welcome the Wrensea Sea Cadets to the council chamber today for their civic visit."),
    pos("My grandson Harvey turned seven today and we had a Lido party with far too much cake. Grandma is shattered 🎂",
        allowed=[DP], note="civic account; grandson named with his age"),
    fil("The Chairman's charity quiz raised £2,310 for Downs Hospice. Thank you to every team, even the one called Quiz Team Aguilera."),
    pos("Happy golden wedding to my Ron. Fifty years and he still brings me tea in bed. Off to the seaside for the weekend, as if we don't live there ❤️",
        allowed=[DP], note="husband named"),
    fil("Laid a wreath at the Tolhurst war memorial on behalf of the council. A moving service."),
    pos("Knee replacement booked for May. Sorry to all the groups I'll miss. I'll be back on civic duty on crutches if I have to!",
        note="her own health; nothing allowed"),
])

acct("@StuAnsell", MX, "positive", "x", [
    pos("Twelve-hour night shift in the glasshouses done. Tomatoes don't pick themselves. Bed now, then licensing panel at 2. Coffee ☕☕☕",
        allowed=[HA], note="own job and council duty in one post; tiredness"),
    fil("Wrensea Parade: the seafront shelters are getting new benches. About time."),
    pos("Albion away at Palace Saturday, me and the boys. Usual pre-match at the Anchor. Let's have it 🔵⚪"),
    fil("The Parade beach hut waiting list has 400 names on it. I've asked the cabinet member how it's run."),
    pos("Missus hid the telly remote again. Found it in the bread bin. Thirty years married and still a mystery."),
    fil("Licensing panel refused the late licence on the Parade today. I sat on it, so nothing from me beyond the decision notice."),
])

acct("@LornaPescod", MX, "hard_negative", "facebook", [
    neg("As a mum of three myself I know what the summer holidays cost, so I'm really pleased the free Lido sessions for under-16s are back. Book at wbdc.example.org/lido"),
    neg("Parents of Wrensea Parade: the school streets trial outside Seafield Primary starts Monday. Mums, dads, grandparents, please keep off the zigzags."),
    neg("A young mum at my housing surgery said 'my little girl has never had her own bedroom'. That's why we're building the Eastbeach homes.",
        note="quotes an unnamed resident"),
    neg("My late grandad was a beach photographer on the Parade in the fifties, so I'm delighted the Seafront Heritage Trail is funded. Panels go up in May."),
    neg("Family fun day in Marine Gardens, Sunday 12-4. Free, with face painting and the Wrensea Silver Band."),
    neg("Well done to Wrensea Young Carers, shortlisted for a county award. Looking after a parent while doing your GCSEs is extraordinary."),
])

acct("@KenEtherton", MX, "hard_negative", "x", [
    neg("As a grandad of five I'm chuffed the Lydmere Mill play park is rebuilt. Open from Monday."),
    neg("My dad did forty years in the Lydmere glasshouses, so the nursery workers' heritage project means a lot. Oral histories wanted: contact the museum."),
    neg("Dads and lads football at the Mill rec restarts next month. Free, all abilities, run by the community centre with council funding."),
    neg("Lydmere Mill warm space is open Tue and Thu through March. Grandparents, bring the little ones, there's a toy corner."),
    neg("Mothering Sunday lunch at the Mill community centre for older residents on their own. Thanks to the volunteers who cooked for sixty."),
])

acct("@bea_and_the_bees", MX, "hard_negative", "bluesky", [
    neg("First inspection of the year: both hives made it through winter! Queen spotted, plenty of brood 🐝"),
    neg("Snowdrops out in the hanger at last. Walked the long way round with the dog and a flask."),
    neg("Gran's marmalade recipe, attempt two. It set this time. Kitchen smells of Seville oranges 🍊"),
    neg("Dew ponds in the mist this morning. The Downs doing their best impression of the Highlands."),
    neg("My sister's down with the twins. The bees are apparently 'boring' and the dog is 'the best thing in Sussex'."),
], account="personal", note="the Downs portfolio holder's separate personal account; no council business")

acct("@toby_rows_wrensea", MX, "hard_negative", "x", [
    neg("Gig rowing at 6 out of Harbour Mouth. Sea like glass, hands like raw sausages 🚣"),
    neg("Wrensea Gig Club came 3rd at the winter regatta. The cox says we were 'nearly in time'."),
    neg("Dad's 70th at the Anchor tonight. Speeches dreadful, cake excellent."),
    neg("New oars arrived. Yes, I am unreasonably excited about carbon fibre."),
    neg("Rest day. Sofa, rugby and a shameful amount of toast."),
], account="personal", note="the Seafront portfolio holder's separate personal account; no council business")
# ---------------------------------------------------------------- moderation.third-party-comments
acct("@SunitaVerghese_LD", MO, "positive", "facebook", [
    fil("Eastbeach: 42 new council homes on the old bus depot site get their keys this spring. The first homes this council has built in thirty years."),
    com("Dennis Pook", "And who gets them? Not locals. Straight off the boats and into a brand new flat while my lad sleeps on my sofa.", "positive",
        allowed=[EQ], note="racist comment left up"),
    com("Carol Ivemy", "Great news. When does the allocations policy for the next phase come out?", "hard_negative"),
    com("@SunitaVerghese_LD", "Thanks Carol, it goes to cabinet in April and I'll post it here.", "hard_negative",
        note="owner replies to a civil comment and leaves the racist one up"),
    fil("Housing Options drop-in at Eastbeach library Thursday, 10-1. Bring any letters you've had."),
    com("Maxine Hedger", "Claire Dumbrell in Housing Options is a lazy cow who sits on her backside while families sleep in cars. Sack her.", "positive",
        allowed=[PA, AB, OF], note="abuse of a named officer"),
    com("Lee Sturt", "The woman at 9 Coastguard Cottages is subletting her council flat to students and claiming benefits on top. Someone check her out.", "positive",
        allowed=[DP, DF], note="address with an allegation about a private person"),
    fil("The cold weather shelter at St Wilfrith's hall is open every night while it's below zero. Please share."),
    com("Gail Rapley", "Sunita you are a useless lying cow and you can f*** off back where you came from", "positive",
        allowed=[PA, AB, EQ, DF]),
    com("Ian Mepham", "Thank you for this. I volunteer there Tuesdays, anyone who wants to help just turn up at 7.", "hard_negative"),
])

acct("@GeraldFawkham", MO, "positive", "facebook", [
    fil("Tolhurst: on the unauthorised encampment on the recreation ground, I've spoken to enforcement and the police. Welfare checks are done and notice was served this morning."),
    com("Barry Wickens", "Pikeys again. Every spring. Turf the lot of them off with a tractor and be done with it.", "positive",
        allowed=[EQ, BU]),
    com("Sandra Foord", "Thanks Gerald. Any idea when the rec will be usable for the youth football?", "hard_negative"),
    com("Craig Holdaway", "Torch the caravans, they'll soon get the message.", "positive",
        allowed=[BU, EQ]),
    fil("The Tolhurst parish hall roof appeal has reached £18k. Thank you all."),
    com("Jim Carver", "Nice one. Now sort the potholes on Five Lanes, they're an absolute disgrace and you lot know it.", "hard_negative",
        note="robust, aimed at the council"),
    fil("The Conservative Group's alternative budget: freeze the Downs car park charges, fund it from reserves. Full details at fawkham.example.com"),
    com("Pete Lusted", "You are an absolute bastard Fawkham, a rich c*** who never did a day's graft in his life.", "positive",
        allowed=[PA, AB]),
    com("Gill Saunders", "Kerry-Ann Doust is a lying snake who fiddles her expenses, everyone in Eastbeach knows it.", "positive",
        allowed=[DF, PA], note="allegation about another councillor"),
])

acct("@OwenPardew", MO, "positive", "facebook", [
    fil("Budget 2026/27: the district share of council tax goes up 2.99%, among the lowest in the county. Where the money goes: wbdc.example.org/budget"),
    com("Norman Tilley", "Graham Stedham took a backhander from Downview Homes for the Amberfold barns. The whole planning department's bent.", "positive",
        allowed=[DF, OF]),
    com("Jackie Bowring", "2.99% is still more than my pension went up. Not impressed.", "hard_negative"),
    com("@OwenPardew", "Jackie, fair point. The pension-age council tax support scheme is still there, details at the link.", "hard_negative"),
    fil("Finance surgery: one-to-one slots on business rates relief at Lydmere library on Friday."),
    com("Wayne Dumbrill", "Business rates? Ring my mate Terry on 07700 900417, he'll sort you a 'discount' for cash if you know what I mean 😉", "positive",
        allowed=[SC, DP], note="a private person's mobile and a hint of fraud"),
    com("Lisa Greenfield", "Owen Pardew is a thick, smug little weasel and the whole of Lydmere knows it.", "positive",
        allowed=[PA]),
    fil("Harbour reserve: the audit committee gets the full paper on the 23rd. It's a public session, come along."),
    com("Dave Ockenden", "You lot couldn't run a whelk stall.", "hard_negative", note="rude but acceptable"),
])

acct("@EllieMakepeaceLab", MO, "positive", "facebook", [
    fil("Brookside youth forum tonight: the young people want a skate park more than anything. I'm taking that to cabinet."),
    com("Gordon Frewin", "Skate park, what a joke. Silly little girl playing at politics. Go back to school love.", "positive",
        allowed=[PA, EQ]),
    com("Zara Linfield", "So proud of our young people for speaking up! Count me in for the fundraising.", "hard_negative"),
    fil("Lydmere Brookside: the library roof repair is funded. Reopening late spring."),
    com("Mick Pratley", "Typical. Money for libraries nobody uses while the Polish lot in the Brookside flats get everything handed to them.", "positive",
        allowed=[EQ]),
    com("Rita Coombes", "Libraries matter. My grandkids are in there every Saturday.", "hard_negative"),
    fil("Lovely evening with Lydmere Pride planning June's picnic on the Lyd meadows 🏳️‍🌈"),
    com("Keith Orpen", "Disgusting perverts. Keep it away from children or someone will make sure you regret it.", "positive",
        allowed=[EQ, BU]),
    com("Neela Sharma", "Can't wait. Is there a volunteer sign-up?", "hard_negative"),
])

acct("@TobyNylandLD", MO, "positive", "facebook", [
    fil("Seafront: the Parade beach huts move to a new lease scheme in April. Current holders get first refusal. Letters go out this week."),
    com("Rob Hoadley", "Beach huts for the rich, overflowing bins for the rest of us. Cracking priorities.", "hard_negative"),
    com("Tanya Gilham", "The lad in the silver Golf, reg starts GK19, who races up the Parade every Friday is Jordan from the flats above the bookies. Someone should do something.", "positive",
        allowed=[DP], note="partial plate, first name and where he lives"),
    fil("Lido summer hours are out: the 7am early swim is back by popular demand 🏊"),
    com("Shaun Rusbridge", "Rhys Moorcroft the seafront manager is a drunk. Seen him falling out of the Anchor at 3 in the afternoon on a work day.", "positive",
        allowed=[DF, PA, OF]),
    com("Heather Mileham", "Yes!! Early swim gang reunited 🙌", "hard_negative"),
    fil("The Marine Gardens toilets are open again after the vandalism. Sorry it took so long."),
    com("Darren Foulds", "Whoever smashed them wants their hands breaking. Scum.", "positive",
        allowed=[BU, AB]),
    com("@TobyNylandLD", "Thanks everyone for your patience. The police have the CCTV and are following it up.", "hard_negative",
        note="owner reply under a threatening comment that stays up"),
])

acct("@CallumThrelfall", MO, "positive", "facebook", [
    fil("Marram Gap shoreline plan: drop-ins start next week. All three options, all the costs, all the maps. Come and argue with me."),
    com("Len Bashford", "Should walk Threlfall and those Coastal Engineering clowns out to the end of the groyne at high tide and leave them there.", "positive",
        allowed=[BU, PA]),
    com("June Harting", "Will there be an evening session for those of us who work?", "hard_negative"),
    com("@CallumThrelfall", "Yes June, Thursday 6-8pm at the Gap chapel.", "hard_negative"),
    fil("Thank you to the 60 volunteers who helped with the shingle planting on Marram beach. Sea kale and horned poppy back by summer 🌼"),
    com("Carl Seago", "Naomi Shergold lives at 3 Dune Close if anyone fancies telling her what they think of her plan in person.", "positive",
        allowed=[DP, BU, OF], note="an officer's home address with an invitation to call"),
    com("Pam Threadgold", "Well done all. Lovely to see.", "hard_negative"),
    fil("Flood warning for Marram Gap and Sidlow overnight. Sandbags at the Gap chapel car park."),
    com("Stan Budgen", "Sandbags again. Twenty years of sandbags. Clueless, the lot of you.", "hard_negative", note="harsh, aimed at the council"),
])

acct("@HarrietQuennellLD", MO, "hard_negative", "facebook", [
    neg("Downs car park charges: I've heard the anger. Cabinet will review them in six months with the parish councils at the table."),
    com("Ted Parslow", "Review my foot. You lot couldn't organise a pub crawl in Lydmere.", "hard_negative"),
    com("Jenny Aylmore", "Six months is too long. Scrap them now, you're killing the village shops.", "hard_negative"),
    com("@HarrietQuennellLD", "Jenny, I hear you. Shop footfall is part of the review and I'll share the figures.", "hard_negative"),
    neg("I've removed a comment from this page that named a resident and their children. Criticise me and the council all you like, but leave private families out of it.",
        note="removal notice"),
    com("Bob Furlonger", "Censorship. Typical.", "hard_negative"),
    neg("Bramberry library: three days a week from April. Not the decision I wanted, and the volunteers' offer is still on the table."),
    com("Hazel Tugwell", "Shameful decision. Our village deserves better from its own councillor.", "hard_negative"),
    com("Frank Beeny", "We wun't be druv, Harriet. We'll keep it open ourselves if we have to.", "hard_negative"),
])

acct("@AdrianPellatt", MO, "hard_negative", "facebook", [
    neg("Eastbeach: the seafront cycle lane goes to consultation on the 9th. I have serious doubts and I'll be saying so."),
    com("Mark Hollingdale", "Waste of money. Nobody cycles along Eastbeach in a gale.", "hard_negative"),
    com("Sue Pentecost", "Some of us do cycle, actually! Please don't kill it off.", "hard_negative"),
    neg("Eastbeach seafront shelters repainted and the lighting fixed. Thanks to the seafront team."),
    com("Terry Voke", "About time. Took longer than building the pier.", "hard_negative"),
    neg("Surgery this Saturday 10-12, Eastbeach Methodist hall."),
    com("Ron Stapley", "Councillors never listen anyway. Waste of a Saturday.", "hard_negative"),
    com("Pauline Gorringe", "The gulls have shredded every bin bag in Coastguard Road again and the council still won't give us wheelie bins. Useless.", "hard_negative"),
])

# ---------------------------------------------------------------- layout
TARGET = {
    "@MandySowterReform": "Harriet Quennell, Leader", "@DerekRuddleInd": "Owen Pardew, Deputy Leader and Finance",
    "@PippaLangridgeCon": "Graham Stedham, Head of Planning (an officer)",
    "@NevCrouchley": "Ellie Makepeace, the youngest member", "@KerryAnnDoust": "Gerald Fawkham, Conservative Group Leader",
    "@LionelBastable": "Bea Winterton, Downs portfolio holder", "@ShanePilbeam": "Sunita Verghese, Housing portfolio holder",
    "@TrevorHammick": "Callum Threlfall, Coast portfolio holder",
}

FIRST_DAY = dt.date(2026, 2, 2)
LAST_DAY = dt.date(2026, 3, 27)


def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def default_note(a, r):
    p, kor = a["pattern"], r["kor"]
    if p == HR:
        if kor == "positive":
            return "hostile post aimed at " + TARGET[a["handle"]]
        if kor == "filler":
            return "ward business; expects nothing"
        return "civil criticism of decisions or a single remark; no course of conduct"
    if p == MX:
        if kor == "positive":
            return "personal or family content on a council account"
        if kor == "filler":
            return "council business on the same account"
        if a["account"] == "personal":
            return "separate personal account; personal content only"
        return "council business with a family or communal aside"
    if kor == "positive":
        return "abusive, defamatory, discriminatory, threatening or personal-data comment left up"
    if kor == "filler":
        return "the page owner's post"
    if r["kind"] == "comment":
        return "civil or robust comment, or the owner's reply; nothing to remove"
    return "the page owner's post"


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for a in ACCOUNTS:
        n_posts = sum(1 for r in a["rows"] if r["kind"] != "comment")
        picked = sorted(rng.sample(range(len(days)), n_posts))
        day_iter = iter(picked)
        last_time, last_post = None, None
        for r in a["rows"]:
            if r["kind"] == "comment":
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
            else:
                d = days[next(day_iter)]
                t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 14), rng.randint(0, 59))
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if a["role"] == "positive" and r["kor"] == "positive":
                rules = [a["pattern"]] + rules
            if a["role"] == "positive" and r["kor"] == "filler":
                allowed = [a["pattern"]] + allowed
            allowed = [x for x in allowed if x not in rules]
            row = {
                "id": None,
                "text": r["text"],
                "author": a["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": a["platform"],
                "account": a["account"],
                "kind": r["kind"],
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(rules)},
                "family": "hard_negative" if r["kor"] == "hard_negative" else a["pattern"],
                "account_pattern": a["pattern"],
                "account_role": a["role"],
                "kind_of_row": r["kor"],
                "note": r["note"] or default_note(a, r),
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = last_post
            else:
                last_post = row
            last_time = t
            rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "%s-%04d" % (SET, i)
    for row in rows:
        if "_parent" in row:
            row["parent_id"] = row.pop("_parent")["id"]
    return rows


def main():
    rows = build()
    with open(os.path.join(HERE, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows from %d accounts" % (len(rows), len(ACCOUNTS)))


if __name__ == "__main__":
    main()
