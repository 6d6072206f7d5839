"""Build blind set b86 (account-level rules, Sence Valley District Council, Leicestershire).

All rows below were written by hand for this set. The script keeps each account's rows in
written order, spreads an account's posts over the weekday calendar (5 Jan - 27 Mar 2026,
never two posts of one account on one day), gives comments times 4-55 minutes after the row
before them under the same post, shuffles, assigns ids B86-A-NNNN and resolves parent_id.
Seed 8686: running it again gives the same accounts.jsonl.
"""
import datetime as dt
import json
import pathlib
import random

SEED = 8686
HERE = pathlib.Path(__file__).resolve().parent

HR = "harassment.repeated-target"
MA = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
IR = "tone.irony-risk"
OI = "officers.impartiality"
BI = "bullying.intimidation"
DEF = "defamation.allegation"
EQ = "equality.discrimination"
DP = "data-protection.personal-data"
SEC = "security.credentials"

SEVERITY = {HR: "block", MA: "advice", MOD: "review", PA: "review", AB: "review",
            IR: "advice", OI: "review", BI: "block", DEF: "review", EQ: "block",
            DP: "review", SEC: "block"}
ORDER = ["ok", "advice", "review", "block"]


def P(kind_of_row, text, rules=(), allowed=(), note=""):
    return {"kind": "post", "kind_of_row": kind_of_row, "text": text,
            "rules": list(rules), "allowed": list(allowed), "note": note}


def C(comment_by, kind_of_row, text, rules=(), allowed=(), note=""):
    return {"kind": "comment", "comment_by": comment_by, "kind_of_row": kind_of_row,
            "text": text, "rules": list(rules), "allowed": list(allowed), "note": note}


POS, HN, FIL = "positive", "hard_negative", "filler"

ACCOUNTS = [
    # ------------------------------------------------------------------ repeated targeting
    dict(author="@DarrenShipleyRUK", platform="x", account="councillor", pattern=HR, role=POS,
         note="Darren Shipley (Reform UK) -> Graham Tilley, Leader", rows=[
        P(FIL, "Pothole on Hathersby Road by the old chapel has been there since Bonfire Night. Reported it again today, ref logged, I'll chase. #SenceValley"),
        P(POS, "Graham Tilley stood up at full council and told us the budget was 'robust'. Only thing robust about Graham is his expenses claim for biscuits. Man's never run owt bigger than a raffle.",
          [HR, PA], [DEF], "belittling plus expenses insinuation"),
        P(FIL, "Good turnout at the Brackendon Market drop-in this morning. Main worries: parking, the 27 bus, and speeding on Fosse Lane."),
        P(POS, "Ay up, the Leader's found the town centre! First time @GrahamTilleySV has been seen on Brackendon High Street without a photographer since 2019. Proper nesh an' all, didn't get out the car till the cameras did.",
          [HR, PA, IR], [], "mockery by handle and role"),
        P(POS, "Tilley says he 'listens to residents'. He does, youth. Listens, nods, then does exactly what his mates at the golf club tell him. Draw your own conclusions.",
          [HR, PA], [DEF], "golf club insinuation"),
        P(FIL, "Surgery Saturday 10-12 at Hathersby library. Bring your cob and your complaints. Ring me on 07700 900214 if you can't make it."),
        P(POS, "Lovely speech from Graham today about 'difficult choices'. Bless him, he's had that much practice choosing the wrong one. Gold star, mi duck. \U0001F31F",
          [HR, IR, PA], [], "mock praise, first name only"),
    ]),
    dict(author="@KellyBromptonRUK", platform="facebook", account="councillor", pattern=HR, role=POS,
         note="Kelly Brompton (Reform UK) -> Fern Haddon, Green councillor", rows=[
        P(FIL, "Fly-tipping in the jitty behind Coronation Terrace reported AGAIN. Enforcement team are on it, thanks to the residents who sent photos in."),
        P(POS, "Young Fern Haddon lecturing us about climate at committee in her designer wellies. Sweetheart, some of us were working before you were born. Go back to your uni essays.",
          [HR, PA], [EQ], "age and gendered put-down"),
        P(FIL, "Met Fosseby Wolds parish council about the speed camera. They want one, I want one, now we just need County to want one."),
        P(POS, "Fern's 'consultation' on the cycle lane got 41 responses. Forty-one! Half of them her mates from the vegan cafe I should think. Bless her little cotton socks, she thinks that's a mandate.",
          [HR, IR, PA], [], "mock sympathy, first name"),
        P(FIL, "Thanks to Brackendon Sence Bank WI for having me today. Lovely ladies, lovely cake, hard questions about the bus station."),
        P(POS, "Apparently @FernHaddonGreen has blocked me. Fair enough, love. If you can't take a bit of scrutiny, go back to stacking shelves at the health food shop and leave it to the grown-ups.",
          [HR, PA], [EQ], "handle; 'love', 'grown-ups'"),
    ]),
    dict(author="@RoyNeedhamInd", platform="facebook", account="councillor", pattern=HR, role=POS,
         note="Roy Needham (Independent) -> Keith Walsham, Head of Planning (officer)", rows=[
        P(FIL, "Stoneywell Cross residents: the consultation on the new bus timetable closes Friday. Have your say, it's five minutes of your time."),
        P(POS, "Once again Keith Walsham's planning report reads like it was typed up in the developer's office. Funny, that. Head of Planning? Head of Rubber Stamps more like.",
          [HR, OI, PA], [DEF], "officer's neutrality questioned"),
        P(FIL, "Grit bins on Nailby Road refilled today after I chased it. Mind how you go on the hill, it's like glass first thing."),
        P(POS, "Asked Mr Walsham a straight question at committee. Got a ten-minute answer and not one word of it meant owt. Man could talk the hind leg off a donkey and still not tell you which way the donkey went.",
          [HR, OI, PA], [], "surname with title"),
        P(POS, "Walsham's at it again: approval recommended for the Cottesthorpe field while residents' objections have somehow 'gone astray'. Third time this year. Keith, duck, you're not fooling anybody.",
          [HR, OI, PA], [DEF], "'gone astray' insinuation"),
        P(FIL, "Grand to see the new defibrillator up outside Stoneywell Cross Co-op. Thanks to everyone who did the quiz night to pay for it."),
    ]),
    dict(author="@TrevBilsonCon", platform="x", account="councillor", pattern=HR, role=POS,
         note="Trevor Bilson (Conservative) -> Helen Pochin, Lib Dem group leader", rows=[
        P(FIL, "Budget papers are out. The district's council tax proposal is 2.99%. Read them yourselves and tell me what you think."),
        P(POS, "Chin up, @HelenPochinLD. I'm sure one day one of your motions will make sense. \U0001F643",
          [HR, IR, PA], [], "mock sympathy by handle"),
        P(FIL, "Brackendon in Bloom meeting at the Corn Exchange Thursday. New volunteers very welcome, no experience needed."),
        P(POS, "Helen Pochin: leaflets in every letterbox, ideas in none. Heard her at Oakley Magna hall last week and I've had more sense out of my satnav.",
          [HR, PA], [], "full name"),
        P(POS, "Pochin's gone all mardy because I asked where her 'fully costed' plan is. Same place as her sense of humour, Helen: nowhere to be found. How sweet that she still thinks she runs the opposition.",
          [HR, PA, IR], [], "surname and first name"),
        P(FIL, "Ow do Oakley Magna! Drainage crew are finally clearing the culvert on Mill Lane next week. Thanks for bearing with it."),
    ]),
    dict(author="@TonyGambleLab", platform="bluesky", account="councillor", pattern=HR, role=POS,
         note="Tony Gamble (Labour) -> Deepak Mistry, Cabinet Member for Housing", rows=[
        P(FIL, "Housing waiting list in Sence Valley is up again this quarter. That's families, not numbers. Labour will keep asking for a council-house building programme."),
        P(POS, "Deepak Mistry tells cabinet the empty homes are 'under control'. Deepak, mate, you couldn't control a shopping trolley in Brackendon Tesco car park.",
          [HR, PA], [], "full then first name"),
        P(FIL, "Nice to see the Hathersby almshouses done up. Proper job by the trust and the builders."),
        P(POS, "Interesting how every time Cllr Mistry's landlord pals need a licence sorted it goes through lickety-split, and my tenants' damp complaints sit in a tray for six months. Just saying.",
          [HR, PA], [DEF], "landlord pals insinuation"),
        P(FIL, "Surgery at Stoneywell Cross community centre Friday 2-4. Tea's mashed, come and have a natter."),
        P(POS, "@CllrDeepakMistry's new housing strategy is twelve pages of stock photos and one of his own face. Gold star for modesty, youth. \U0001F44F",
          [HR, IR, PA], [], "mock praise by handle"),
    ]),
    dict(author="@CliveHextallSVI", platform="facebook", account="councillor", pattern=HR, role=POS,
         note="Clive Hextall (Sence Valley Independents) -> Richard Hollis MP", rows=[
        P(FIL, "Sence Valley Independents: no party whip, just local people. Our January ward reports are up on the SVI page now."),
        P(POS, "Richard Hollis MP turned up in Fosseby for the flood photo in brand new wellies, tags still on. Stood on the dry bit, pointed at the wet bit, went home. Typical.",
          [HR, PA], [], "full name and title"),
        P(POS, "Hollis wants our votes again. Last time he was this keen on Sence Valley was the last election. About as much use as a chocolate teapot and twice as sweet on himself.",
          [HR, PA], [], "surname"),
        P(FIL, "Sandbags at Fosseby village hall and Brackendon fire station for anyone on the Sence Bank side. Take what you need."),
        P(POS, "A word to Richard and his little helpers. We've got long memories in Fosseby, and we know exactly whose doors you knocked on and what you promised them. Be seeing you.",
          [HR, BI], [], "veiled threat, first name"),
        P(POS, "Bless Richard, he's written to the Minister about our flood defences. Again. Third letter, same Minister. Try a carrier pigeon, duck, it'd get there quicker. \U0001F54A\ufe0f",
          [HR, IR, PA], [], "mock sympathy"),
        P(FIL, "Thanks to Inspector Mandy Kirk and the team for the rural crime drop-in at Nailby. Good advice on locking up sheds and quad bikes."),
    ]),
    dict(author="@BevTandySVI", platform="x", account="councillor", pattern=HR, role=POS,
         note="Bev Tandy (Sence Valley Independents) -> Sandra Oldacre, Deputy Leader", rows=[
        P(FIL, "Stoneywell Cross parish meeting Thursday, village hall. Agenda includes the play park and the jitty lighting."),
        P(POS, "Sandra Oldacre on Radio Leicester saying the leisure centre closure is 'temporary'. Sandra, mi duck, so was your hair colour. \U0001F485",
          [HR, PA, IR], [EQ], "appearance put-down"),
        P(POS, "@SandraOldacre walked out of scrutiny when the questions got hard. Frit, she was. Absolutely frit.",
          [HR, PA], [], "handle"),
        P(FIL, "Leisure centre petition is at 2,300 names. Thank you all. Handing it in at full council on the 24th."),
        P(POS, "Deputy Leader Oldacre: can't answer a question, can't read a spreadsheet, can't find Stoneywell Cross on a map. She can smile for a photo though, I'll give her that.",
          [HR, PA], [EQ], "role and surname; gendered jibe"),
        P(FIL, "Ay up! Stoneywell Cross Christmas lights come down this week. Thanks to the volunteers out in this nesh weather."),
    ]),
    # hard negatives: repeated naming without hostility
    dict(author="@HelenPochinLD", platform="x", account="councillor", pattern=HR, role=HN,
         note="Helen Pochin criticises Graham Tilley's bus cuts civilly, once approvingly", rows=[
        P(HN, "The Leader's budget takes \u00a3180k out of rural bus support. I think that's the wrong choice and I'll be moving an amendment to restore it. Graham Tilley and I disagree on this, robustly."),
        P(HN, "Cllr Tilley said at cabinet the 27 bus 'isn't viable'. It's viable for the 300 people in Fosseby who use it to get to work. The policy's wrong and we'll keep saying so."),
        P(HN, "Credit where it's due: Graham Tilley backed our motion on Sence flood wardens today. Good call, and thanks to him for reaching across the chamber."),
        P(HN, "Back on the buses. The Leader's reply to my question was polite, detailed and, I'm afraid, still wrong on the numbers. Full answer on my website."),
        P(HN, "The Leader's annual report says 'a listening council'. Then let's see it listen: 4,000 people signed the bus petition. Cabinet should think again."),
        P(HN, "Mardy weather in Brackendon today but a good turnout for our action day on the bus cuts. Graham, if you're reading, the door's open for a chat. @GrahamTilleySV"),
    ]),
    dict(author="@HasinaBegumLab", platform="facebook", account="councillor", pattern=HR, role=HN,
         note="Hasina Begum criticises the market relocation led by Lynne Hubbard, never her", rows=[
        P(HN, "Brackendon market is moving off the Market Place to the Sheep Street car park. Cllr Lynne Hubbard's cabinet paper says it'll boost footfall. The traders I spoke to this morning don't agree, and neither do I."),
        P(HN, "Second week of the moved market. Half the pitches empty and the rest stood in a wind tunnel. The policy isn't working. Please look again, Cabinet."),
        P(HN, "Some folk are calling the market traders mardy. They're not mardy, they're losing money. Labour will call the decision in at scrutiny."),
        P(HN, "Thank you to Cllr Hubbard for meeting the traders' association today. We still disagree on the move but it was a proper conversation."),
        P(HN, "Scrutiny has sent the market decision back to Cabinet. That's the system working. Over to you, Lynne."),
        P(FIL, "Brackendon Sence Bank surgery this Saturday 10 till 12 at the Canal Street community hall. All welcome."),
    ]),
    dict(author="@OllieSpademanGP", platform="bluesky", account="councillor", pattern=HR, role=HN,
         note="Ollie Spademan: one sharp criticism of Deepak Mistry's policy, later thanks; irony words used kindly", rows=[
        P(HN, "Frankly the allocations policy @CllrDeepakMistry brought to cabinet is a mess. It shoves single young people to the back of every queue. Vote it down."),
        P(FIL, "Hedge-laying workshop at the Oakley Magna nature reserve. Blister count: three. Worth it."),
        P(HN, "Bless the volunteers who did the Sence river clean today, four skips of rubbish out of one stretch. Gold star, the lot of you \u2b50"),
        P(HN, "Cabinet has changed the allocations policy after our objections. Thank you, Deepak Mistry, for listening. Genuinely."),
        P(HN, "Chin up, Oakley Magna: the footpath diversion is finally sorted and the stile's mended."),
        P(HN, "Green group will keep pushing for more social rent in the Local Plan. Not a dig at anyone, just the numbers."),
    ]),
    dict(author="@MickOrtonLab", platform="x", account="councillor", pattern=HR, role=HN,
         note="Mick Orton names Trevor Bilson repeatedly, friendly or on policy", rows=[
        P(HN, "Cheers @TrevBilsonCon for backing the jitty lighting on Albert Street. We don't agree on much, me and Trev, but this one's sorted."),
        P(HN, "Trev Bilson and I went head to head on council tax at full council. He's wrong, obviously \U0001F604 but he argued it well."),
        P(HN, "Bilson's motion on the leisure centre was thin on funding and I voted against. Happy to debate it with him any time."),
        P(HN, "Ay up, charity footy: Labour v Tories at Brackendon Town FC on Saturday. Trev's in goal. Bring a cob and a flask."),
        P(HN, "Congratulations to Trevor Bilson on 25 years as a school governor in Oakley Magna. Proper public service, that."),
        P(FIL, "Fosse Lane speeding: County have agreed to a traffic survey. Small win, but a win."),
    ]),
    # ------------------------------------------------------------------ mixed accounts
    dict(author="@JulieSmeetonCon", platform="facebook", account="councillor", pattern=MA, role=POS,
         note="Julie Smeeton: granddaughter, holiday, rugby on a ward account", rows=[
        P(POS, "So proud of our Maisie at her first ballet exam at Brackendon Dance School today. Didn't wobble once \U0001F979\u2764\ufe0f", [MA], [DP], "grandchild named with school"),
        P(FIL, "Hathersby ward: green bin collections restart on 2 February. Stickers for 2026 are on the council website."),
        P(POS, "Back from a week in Skeg with my sister. Windy as owt, chips were grand. Back to the grindstone Monday.", [MA]),
        P(FIL, "Pleased to confirm the Hathersby Road bus shelter replacement is in this year's capital programme."),
        P(POS, "Tigers won! Welford Road was rocking. My voice has gone, so no speeches from me at full council this week \U0001F602", [MA]),
        P(POS, "Our Maisie's 6 today! Grandma's made a unicorn cake and it's leaning like a drunk at chucking-out time \U0001F984\U0001F382", [MA], [DP], "grandchild named, age"),
    ]),
    dict(author="@RajParmarLab", platform="x", account="councillor", pattern=MA, role=POS,
         note="Rajesh Parmar: football, mum's operation, son's driving test", rows=[
        P(FIL, "Licensing sub-committee this week. Papers are on the council website for anyone who wants a read."),
        P(POS, "What a game at the King Power. Up the Foxes \U0001F499\U0001F98A", [MA]),
        P(FIL, "Stoneywell Cross walkabout today with the street scene team. Three dumped mattresses, one abandoned car, lots of good neighbours."),
        P(POS, "Mum's home from the Royal after her hip op. On a frame and already bossing the nurses about. Thank you Ward 7.", [MA], [DP], "parent's operation"),
        P(FIL, "The council's cost of living fund is open again. If you're struggling with heating, apply. It's not charity, it's your council."),
        P(POS, "Our Arjun passed his driving test first time! Hide your bollards, Leicestershire \U0001F697", [MA], [DP], "son named"),
    ]),
    dict(author="@WendyMawbySVI", platform="facebook", account="councillor", pattern=MA, role=POS,
         note="Wendy Mawby: baking, dog, husband's knee, chimney sweep", rows=[
        P(POS, "Made me first proper pork pie from scratch. Hot water crust didn't collapse. Melton, look out \U0001F967", [MA]),
        P(FIL, "Environment Agency flood alert for the Sence at Fosseby. Sandbags at the village hall. Check on your neighbours, please."),
        P(POS, "Our Bess has had her pups! Six of them, all healthy, all mucky. Husband's already naming them after Foxes players \U0001F436", [MA]),
        P(POS, "Graham (my Graham, not the Leader \U0001F602) has his knee done at the General next Tuesday. Send good vibes, he's mardy as anything about it.", [MA], [DP], "husband's operation"),
        P(FIL, "Fosseby Wolds parish and I are pushing for a proper survey of the flood bank. Letter went to County this morning."),
        P(POS, "Anybody know a decent chimney sweep round Fosseby? Ours has retired to Mablethorpe.", [MA]),
    ]),
    dict(author="@NeilPrattCon", platform="x", account="councillor", pattern=MA, role=POS,
         note="Neil Pratt: new baby, golf, sleepless nights", rows=[
        P(FIL, "Pothole fund: an extra \u00a340k for Cottesthorpe and Nailby roads this year. Report them on the council app."),
        P(POS, "She's here! Welcome to the world Florence Rose Pratt, 7lb 2oz, born at the Leicester Royal this morning. Mum and baby doing brilliantly. Dad a wreck.", [MA], [DP], "new baby named"),
        P(FIL, "Cabinet agreed the Cottesthorpe village hall grant today. Congratulations to the trustees, well deserved."),
        P(POS, "Round in 92 at Brackendon Golf Club. Handicap coming down, ego going up \u26f3", [MA]),
        P(FIL, "Budget consultation closes Friday. Tell us what matters in Cottesthorpe and Nailby."),
        P(POS, "Three nights, no sleep. Any tips for a colicky newborn gratefully received (as are spare eyelids).", [MA]),
    ]),
    dict(author="@LucyMarvinGreen", platform="bluesky", account="councillor", pattern=MA, role=POS,
         note="Lucy Marvin: allotment, own migraine, book club, family do", rows=[
        P(POS, "Broad beans in at the allotment. The pigeons have been notified and are already planning lunch.", [MA]),
        P(FIL, "Climate emergency motion passed at full council with cross-party support. Now the action plan, please."),
        P(POS, "Migraine day. Off the screens. Back tomorrow.", [MA], [DP], "own health"),
        P(FIL, "Oakley Magna: Repair Caf\u00e9 at the Methodist hall Saturday. Bring your broken toasters."),
        P(POS, "Finished Middlemarch at last. Dorothea deserved better. Book club wine was excellent.", [MA]),
        P(POS, "On the train to St Pancras for my sister's engagement do. Brought a cob for the journey, obviously.", [MA]),
    ]),
    dict(author="@StuBreamLD", platform="facebook", account="councillor", pattern=MA, role=POS,
         note="Stuart Bream: band gig, anniversary, selling a bike", rows=[
        P(FIL, "Road closure: Cottesthorpe Lane shut 9-20 March for gas main works. Diversion via Nailby."),
        P(POS, "Our band's playing the Black Horse in Hathersby Friday. Covers, a few originals and my dodgy harmonica. Come along!", [MA]),
        P(FIL, "Thanks to the street lighting team for fixing the twitchel light on Church Walk within a week of my report."),
        P(POS, "Twenty years married to the most patient woman in Leicestershire today. Love you, Jo \u2764\ufe0f", [MA], [DP], "wife named"),
        P(FIL, "Brackendon Market ward newsletter out this week: the parking review and the new recycling point."),
        P(POS, "Selling my old bike, 21-speed, bit rusty, \u00a340 ono. Message me.", [MA]),
    ]),
    dict(author="@JeanWraggSV", platform="facebook", account="councillor", pattern=MA, role=HN,
         note="Jean Wragg as Chairman: civic charity and 'family' events", rows=[
        P(HN, "The Chairman's charity this year is Sence Valley Air Ambulance. Our sponsored walk along the Sence from Brackendon to Fosseby is on 14 March. Sign up at the Council Offices."),
        P(HN, "Honoured to present long-service awards to council staff today. 312 years of service between them, and a fair few family connections across the district."),
        P(HN, "Chairman's family fun day: bouncy castles booked, tombola prizes welcome. Every penny to the air ambulance."),
        P(HN, "My training for the Sence walk so far: two laps of the park and a cob. Every step counts for the air ambulance!"),
        P(HN, "Laid a wreath as Chairman at the Holocaust Memorial Day service at Brackendon Minster. A moving service."),
        P(HN, "Thank you to Hathersby Primary for singing at the Chairman's reception. Proper bobby dazzlers, every one of them."),
    ]),
    dict(author="@JasSandhuLab", platform="x", account="councillor", pattern=MA, role=HN,
         note="Jas Sandhu: residents' families, casework, homely words", rows=[
        P(HN, "Families in Stoneywell Cross have waited two years for the play park. The money's now in the budget. Work starts in April."),
        P(HN, "Home visits today with the housing team: three families in damp flats on Wharf Street. Cases raised, follow-ups booked."),
        P(HN, "My casework this week: bins, benches and one very determined lady about a bus stop. All in a week's work, me duck."),
        P(HN, "Kids' holiday activity programme for Easter now open for bookings. Free for families on free school meals."),
        P(HN, "Felt like a proud parent today: the new youth club at Stoneywell Cross signed up its first 40 members."),
        P(HN, "Langar with constituents at the gurdwara in Brackendon. Thank you for the welcome and the hard questions about the town centre."),
    ]),
    dict(author="@PatChestertonInd", platform="bluesky", account="councillor", pattern=MA, role=HN,
         note="Pat Chesterton: first-person diary style, all council business", rows=[
        P(HN, "My morning: knee-deep at the Fosseby flood bank with the Environment Agency. The culvert's blocked again."),
        P(HN, "Spent my lunch break with the Local Plan appendix. Riveting stuff. Comments in by 20 March, everyone."),
        P(HN, "Back from the licensing hearing. Long afternoon, careful decision, reasons published next week."),
        P(HN, "Happy birthday to Brackendon Corn Exchange: 150 years today. Cake at the council reception, all welcome."),
        P(HN, "Long day but a good one: the Hathersby community fridge is saved after the council found it a new home."),
    ]),
    dict(author="@jeans_allotment", platform="facebook", account="personal", pattern=MA, role="separate_personal",
         note="Jean Wragg's separate personal account: allotment only, no council business", rows=[
        P(HN, "Rhubarb forcing pots are on. Give it six weeks and we'll have pink stalks."),
        P(HN, "Granddaughter helped me sow sweet peas today. More compost on the floor than in the pots."),
        P(HN, "Anyone swapping seed potatoes? I've too many Charlotte and not enough Pink Fir Apple."),
        P(HN, "Frost again. Nesh I may be, but the broad beans are tougher than me."),
        P(HN, "Allotment society AGM Thursday. Cake and an argument about the water troughs, same as every year."),
        P(HN, "First purple sprouting of the year. Steamed, with butter. Heaven."),
    ]),
    # ------------------------------------------------------------------ moderation
    dict(author="@LynneHubbardCon", platform="facebook", account="councillor", pattern=MOD, role=POS,
         note="Lynne Hubbard's bin and fly-tipping posts with abusive comments left up", rows=[
        P(FIL, "From 2 March green bin collections in Brackendon move to Tuesdays. Full calendar on the council website. Any questions, ask below."),
        C("Gaz Tomlin", POS, "Lynne Hubbard you thick cow, you couldn't organise a bin round if your life depended on it", [MOD], [PA, AB, EQ], "abusive insult at the councillor"),
        C("Sheila Moss", HN, "Will last year's garden waste stickers still work till March?"),
        C("@LynneHubbardCon", HN, "Hi Sheila, yes, 2025 stickers are valid until 1 March. Thanks for asking."),
        C("Darryl Cope", POS, "The bin lad on our street, the ginger one, drives like a maniac. Somebody wants to let his tyres down and see how he likes it.", [MOD], [BI, PA], "incitement against a crew member"),
        C("Bernie Walton", POS, "Lynne Hubbard wants stringing up for this bin mess.", [MOD], [BI], "violent threat"),
        P(FIL, "Fly-tipping in the Wharf Street jitty cleared today. Thanks to the street scene crew."),
        C("Kev Hurd", POS, "We all know who's dumping it, them lot at number 9 Wharf Street, same every week. Scrounging scum.", [MOD], [DP, PA, DEF], "address and allegation"),
        C("Mandy Pell", HN, "Thank you! It's been there a fortnight. Any chance of a camera?"),
        C("Tina Grundy", POS, "Hubbard's probably flogging the scrap to her brother-in-law. Corrupt as they come.", [MOD], [DEF], "corruption allegation"),
    ]),
    dict(author="@KSturgessLab", platform="facebook", account="councillor", pattern=MOD, role=POS,
         note="Karen Sturgess: encampment and litter pick, discriminatory comments left up", rows=[
        P(FIL, "Residents in Nailby: the council knows about the unauthorised encampment on the recreation ground. Officers visited today and the legal process has started. Please report problems to the council."),
        C("Ron Platt", POS, "Lock up your sheds, the pikeys are back. Same every year, they rob us blind and the council does nowt.", [MOD], [EQ], "slur against Travellers"),
        C("Janet Coe", HN, "Thanks Karen. Will the playground stay open?"),
        C("@KSturgessLab", HN, "Hi Janet, yes, the playground is open as normal. Ring the council if there are any problems."),
        C("Lee Dakin", POS, "Give it a week and someone'll torch their caravans. Can't say I'd blame them.", [MOD], [BI, EQ], "incitement"),
        P(FIL, "Nailby community litter pick this Saturday, meet at the church at 10. Gloves and bags provided."),
        C("Ron Platt", POS, "Best pick up what the gyppos left first. Filthy lot.", [MOD], [EQ], "slur"),
        C("Sue Gadsby", HN, "Count me in, I'll bring the grabbers from the WI."),
        C("Craig Buswell", POS, "Karen Sturgess is a gormless waste of space who only turns up when there's a camera. Useless mare.", [MOD], [PA, EQ], "personal abuse"),
    ]),
    dict(author="@BarryCufflinCllr", platform="facebook", account="councillor", pattern=MOD, role=POS,
         note="Barry Cufflin (Chair of Planning): bribery allegations, objector's details, threat", rows=[
        P(FIL, "Planning committee meets 18 February. As Chair I can't comment on individual applications before then, but the papers are online and anyone can register to speak."),
        C("Phil Sharman", POS, "Don't need to comment Barry, we all know you've had a drink off Brackenfield Homes. Bent as a nine bob note.", [MOD], [DEF, PA], "bribery allegation"),
        C("Anne Dexter", HN, "How do I register to speak? Is there a deadline?"),
        C("@BarryCufflinCllr", HN, "Hi Anne, register with Democratic Services by noon the day before. Details are on the agenda page."),
        C("Gav Ling", POS, "It's the woman at 22 Mill Lane, Oakley Magna kicking up all the fuss. Her number's 07700 900381 if anyone wants to tell her what they think.", [MOD], [DP, SEC, BI], "private address and phone"),
        P(FIL, "Really pleased the Oakley Magna Neighbourhood Plan passed its referendum. Well done to the steering group."),
        C("Phil Sharman", POS, "Cufflin and his cronies will ignore it soon as the brown envelopes arrive.", [MOD], [DEF], "corruption insinuation"),
        C("Yvonne Start", HN, "Well done everyone involved, a lot of work went into that."),
        C("Dave Oakes", POS, "If Cufflin lets that estate through I'll be waiting for him in the car park after committee. Just saying.", [MOD], [BI], "threat"),
    ]),
    dict(author="@SueLountLab", platform="facebook", account="councillor", pattern=MOD, role=POS,
         note="Sue Lount: anti-social behaviour posts, a named lad and threats left up", rows=[
        P(FIL, "Anti-social behaviour around Brackendon Rec has got worse. I met the police and the youth service today. More patrols from next week."),
        C("Carl Bennett", POS, "It's the Hollins lad from 14 Beech Close, everybody knows he's dealing. Lives with his nan.", [MOD], [DP, DEF], "child named with address and allegation"),
        C("Dawn Spence", HN, "Thanks Sue. Any chance the lights on the path can stay on later?"),
        C("@SueLountLab", HN, "Dawn, I've asked. The lighting team are looking at the timers."),
        C("Shaun Tyler", POS, "Couple of us dads will sort it ourselves if the police won't. They'll get a proper hiding.", [MOD], [BI], "threat of violence"),
        C("Lorraine Fox", POS, "That Hollins kid's mum is on the sick and works cash in hand at the chippy. Someone ring the DWP on her.", [MOD], [DP, DEF], "allegation about a private person"),
        P(FIL, "Youth club at the Rec pavilion reopens Tuesdays and Thursdays. Free, 11-16s, run by Sence Valley Youth Trust."),
        C("Carl Bennett", POS, "Waste of money on scrotes. Sue Lount cares more about druggies than taxpayers. Brainless woman.", [MOD], [PA, EQ], "personal abuse"),
        C("Gemma Hall", HN, "Brilliant news, my two used to love it there."),
    ]),
    dict(author="@MartinPeggLD", platform="facebook", account="councillor", pattern=MOD, role=POS,
         note="Martin Pegg: library campaign, abuse and a staff member's health left up", rows=[
        P(FIL, "Oakley Magna library: I'm opposing the cut in opening hours at cabinet on Thursday. Please sign the petition, link below."),
        C("Nigel Fossey", POS, "Pegg's a sanctimonious little weasel. Lib Dems would sell their grannies for a bar chart.", [MOD], [PA], "personal abuse"),
        C("Rita Vann", HN, "Signed. That library's a lifeline for us older ones."),
        C("@MartinPeggLD", HN, "Thank you Rita. Cabinet's at 2pm Thursday and the public gallery is open."),
        C("Bryony Fellows", POS, "The librarian Mrs Chauhan is on her phone all day, no wonder nobody goes, and she's off sick half the time with her 'depression'.", [MOD], [DP, PA], "staff member's health"),
        P(FIL, "Cabinet voted to keep Saturday opening at Oakley Magna library. Thank you to the 1,800 people who signed."),
        C("Nigel Fossey", POS, "Don't believe a word from this lot. Pegg fiddled his expenses last year, everyone knows it.", [MOD], [DEF], "fraud allegation"),
        C("Mo Khalid", HN, "Great result. Well done everyone."),
        C("Terry Bowe", POS, "Get the Polish lot off the library computers and there'd be room for the rest of us.", [MOD], [EQ], "nationality"),
    ]),
    dict(author="@SimonGoacher", platform="facebook", account="councillor", pattern=MOD, role=HN,
         note="Simon Goacher: rude but acceptable comments, a reply and a removal notice", rows=[
        P(HN, "Fosseby Road will be closed 2-13 February for resurfacing. Sorry for the disruption, it'll be worth it."),
        C("Dean Rowe", HN, "Proper shambles this council, the roads are like the surface of the moon."),
        C("Pam Orridge", HN, "Where were you when the 27 bus got cut, Simon? Bit late to care about Fosseby now."),
        C("@SimonGoacher", HN, "Fair point Pam. I voted against that cut and I'll keep pushing to get it back."),
        C("Steve Ball", HN, "Oh aye, two weeks. See you in June then \U0001F602"),
        P(HN, "I've removed a comment from this page that named a resident and their address. Debate the policy as robustly as you like, but leave private people out of it."),
        C("Karen Woodward", HN, "Fair enough Simon. It was out of order."),
        C("Gary Hames", HN, "The mardy lot at County Hall should come and drive down Nailby Lane in a Fiesta."),
    ]),
    dict(author="@AliKirkmanLD", platform="facebook", account="councillor", pattern=MOD, role=HN,
         note="Alison Kirkman: robust comments on car park charges", rows=[
        P(HN, "Car park charges in Brackendon go up to \u00a31.80 an hour from April. I voted against. Here's why, and what we're proposing instead."),
        C("Ray Hubble", HN, "Useless, the lot of you. Town centre's dying and you keep kicking it."),
        C("Lorna Dakin", HN, "Daylight robbery. Whoever signed this off wants their head looking at."),
        C("@AliKirkmanLD", HN, "Ray, I agree it's hurting the high street. Come to the traders' meeting on the 12th."),
        C("Bev Rudkin", HN, "Alison you're the only one on that council who answers her messages, fair play duck."),
        P(HN, "Thanks to everyone who came to the traders' meeting. Notes and next steps below."),
        C("Ray Hubble", HN, "Good meeting. Cabinet's plan is daft but at least somebody's listening."),
        C("Hitesh Patel", HN, "Whoever dreamt these charges up has never tried parking in Brackendon on market day. Bonkers policy."),
    ]),
]


def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        n_posts = sum(1 for r in acc["rows"] if r["kind"] == "post")
        chunk = len(days) / n_posts
        post_days = [days[int(i * chunk) + rng.randrange(max(1, int(chunk)))] for i in range(n_posts)]
        k = -1
        last_time = None
        parent_key = None
        for j, r in enumerate(acc["rows"]):
            key = (acc["author"], j)
            if r["kind"] == "post":
                k += 1
                has_comments = j + 1 < len(acc["rows"]) and acc["rows"][j + 1]["kind"] == "comment"
                hour = rng.randint(8, 12) if has_comments else rng.randint(8, 17)
                t = dt.datetime.combine(post_days[k], dt.time(hour, rng.randint(0, 59)))
                parent_key = key
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
            last_time = t
            rules = r["rules"]
            verdict = max(["ok"] + [SEVERITY[x] for x in rules], key=ORDER.index)
            if r["kind_of_row"] == FIL and acc["role"] == POS:
                allowed = [acc["pattern"]]
            else:
                allowed = r["allowed"]
            family = "hard_negative" if r["kind_of_row"] == HN else acc["pattern"]
            row = {
                "text": r["text"], "author": acc["author"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"], "account": acc["account"], "kind": r["kind"],
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
                "family": family, "account_pattern": acc["pattern"], "account_role": acc["role"],
                "kind_of_row": r["kind_of_row"], "note": r["note"] or acc["note"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["comment_by"]
                row["_parent"] = parent_key
            row["_key"] = key
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["_key"]] = "B86-A-%04d" % i
    out = []
    for row in rows:
        o = {"id": ids[row["_key"]]}
        for f in ["text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "account_pattern", "account_role", "kind_of_row", "note"]:
            o[f] = row[f]
        if row["kind"] == "comment":
            o["comment_by"] = row["comment_by"]
            o["parent_id"] = ids[row["_parent"]]
        out.append(o)
    with open(HERE / "accounts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print(len(rows), "rows written to accounts.jsonl")
