"""Build blind set b92 (account-level rules) at Brackenfleet and Saltmere District Council.

Every row below was written by hand for this set. The script only keeps each
account's rows in written order, spreads an account's posts over the weekday
calendar (one per chunk, never two posts of an account on one day), times
comments 4 to 55 minutes after the row before them under the same post,
shuffles, assigns ids B92-A-NNNN and resolves parent_id. Fixed seed: running it
again gives the same accounts.jsonl.

Usage: python build.py   (writes accounts.jsonl next to this file)
"""
import datetime as dt
import json
import os
import random

SEED = 9292
HERE = os.path.dirname(os.path.abspath(__file__))

RT = "harassment.repeated-target"
MA = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
SEC = "security.credentials"


def P(kor, text, rules=(), allowed=(), note=""):
    return dict(kind="post", kor=kor, text=text, rules=list(rules), allowed=list(allowed), note=note)


def C(by, kor, text, rules=(), allowed=(), note=""):
    return dict(kind="comment", by=by, kor=kor, text=text, rules=list(rules), allowed=list(allowed), note=note)


def A(handle, platform, pattern, role, rows, account="councillor"):
    return dict(handle=handle, platform=platform, pattern=pattern, role=role, rows=rows, account=account)


F = "filler"
POS = "positive"
HN = "hard_negative"

ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@TrevDringInd", "x", RT, POS, [
        P(F, "Gosberdyke Drove finally gritted this morning after three days of asking. Thanks to the highways crew out at 5am, proper grafters them lads 🚜"),
        P(POS, "Our Leader @JoCammackCon turned up to the Gosberdyke flood meeting in brand new wellies, took one look at the slub and got straight back in the Range Rover. Fen Tiger she is not. Mardy townie with a lanyard more like.",
          [PA], note="target Joanne Cammack (Leader), 1 of 4: belittling"),
        P(F, "Surgery this Saturday at Gosberdyke village hall, 10 while 12. Bring your drainage and bin gripes, I'll bring the plum bread."),
        P(POS, "Asked Joanne Cammack a straight question at Cabinet about where the drainage money's gone. Got ten minutes of waffle and a big smile. Lovely bit of theatre, Jo. Really. Bravo 👏 #BrackenfleetDC",
          [IR], note="target Cammack 2 of 4: mock praise"),
        P(POS, "Funny how every contract our Leader signs off ends up with a firm from over Saltmere way that her husband plays golf with. Not saying owt. Folk round here can add up.",
          [], [DEF], note="target Cammack 3 of 4: insinuation of corruption; defamation allowed"),
        P(F, "Black over Bill's mother's this afternoon. If the Wend Lode pumping station alarm goes off, ring the drainage board's out-of-hours line, not me, they're quicker 😂"),
        P(POS, "Cammack's nowt but a sit-down councillor. Never been up a drove in her life, never picked a tatie, wouldn't know a pea viner from a Pot Noodle. Time she went, and I'll be stood at the count waving her off.",
          [PA], note="target Cammack 4 of 4: belittling"),
    ]),
    A("@ShaunPaskReform", "facebook", RT, POS, [
        P(F, "Good news for Tidwell Drove: the 505 bus keeps its Saturday run after all. Pleased we kicked up a fuss about it."),
        P(POS, "Cllr Wrobel lectured the chamber yesterday about 'community cohesion'. With respect, duck, some of us have had family on this fen for four hundred years. Not sure someone who got off a coach in 2006 gets to tell yellerbellies how to live.",
          [PA], [EQ], note="target Agnieszka Wrobel (Labour) 1 of 3: origin put-down; equality allowed"),
        P(F, "Reform surgery at the Plough, Tidwell, Thursday 6pm. All welcome, no appointment needed, first half's on me."),
        P(POS, "Agnieszka Wrobel wants more translated leaflets. Course she does. Who do you reckon she's really working for, Riverside folk or her lot in the HMOs on Wend Street? Ask yourselves that.",
          [], [EQ, DEF], note="target Wrobel 2 of 3: coded, dual-loyalty insinuation"),
        P(F, "Potholes on Cowfen Lane reported again. If you clatter one, take a photo and send it in on the council website, the more reports the quicker they come."),
        P(POS, "Saw Cllr Wrobel's 'listening event' pulled in six people. Well done Aga, cracking turnout 👏👏 Maybe next time do it in English so the rest of us can come along.",
          [IR], [EQ], note="target Wrobel 3 of 3: mock praise with language jibe"),
    ]),
    A("@DeniseScrimshawCon", "x", RT, POS, [
        P(POS, "Martin Leggate's report on the Marram End solar farm reads like the developer wrote it for him. Either our Head of Planning can't read a flood map or he doesn't want to. Which is it, Martin?",
          [OF], [PA, DEF], note="target Martin Leggate (Head of Planning, officer) 1 of 3"),
        P(F, "The new Saltmere surgery car park is open. Took two years and a lot of chuntering but it's done."),
        P(POS, "Once again Mr Leggate 'recommends approval'. Once again the fen floods. Once again he's nowhere to be seen when the water's over the causey. Some of us are keeping a list, Martin.",
          [OF], [BU], note="target Leggate 2 of 3"),
        P(F, "Reminder: the Local Plan consultation closes 27 February. Have your say, even if it's to tell us we've got it wrong."),
        P(POS, "Planning committee: our Head of Planning mumbling into his tablet for forty minutes like a lad who's not done his homework. If he's too frit to stand by his own advice he wants a job where nobody asks him owt.",
          [OF, PA], note="target Leggate 3 of 3: belittling"),
        P(F, "Saltmere lifeboat open day raised £2,400. Smashing effort, and the bacon cobs were top drawer."),
    ]),
    A("@KevOdlinLabour", "bluesky", RT, POS, [
        P(F, "Westgate tenants' meeting: 42 came, 31 damp reports logged. Thank you to everyone who turned out on such a dowly night."),
        P(POS, "Congratulations to Cllr Rupert Tunnard, who managed to stand in front of a mouldy council flat for a photo without once looking at the mould. Real talent, that 🏆",
          [IR], note="target Rupert Tunnard (Housing) 1 of 4: mock praise"),
        P(POS, "Bless Rupert. Told Cabinet the black mould on the Westgate estate is 'lifestyle condensation'. Try drying your washing in a Fen January, you great soft ha'porth.",
          [IR, PA], note="target Tunnard 2 of 4"),
        P(F, "Labour's alternative budget puts £400k into damp and mould repairs. Costings are on our website, pick holes if you like."),
        P(POS, "Tunnard's housing answer today: 'we're reviewing it'. Same as October. Same as last March. The man's a stuck record with a pension attached.",
          [PA], note="target Tunnard 3 of 4"),
        P(F, "Riverside litter pick Saturday, meet by the Town Bridge at 10. Gloves and grabbers provided, flask advisable."),
        P(POS, "Reckon @RupertTunnardCon has a spare bedroom or three up at his place. Maybe take in a family off the waiting list while he's 'reviewing'? No? Thought not. Nesh about people as well as the weather, our Rupert.",
          [PA, IR], note="target Tunnard 4 of 4"),
    ]),
    A("@GailWillertonLD", "facebook", RT, POS, [
        P(F, "Marram St Peter village hall roof fund hit £12,000 today! Thank you to everyone at the quiz, even the table who called themselves 'The Drainage Board'."),
        P(POS, "Deputy Leader Nigel Elsom votes to sell the Fleetholme depot land. Deputy Leader Nigel Elsom's nephew is a land agent. I'm sure it's all above board. I'm just a simple Lib Dem from the Fens, me.",
          [IR], [DEF], note="target Nigel Elsom (Deputy Leader) 1 of 3: insinuation"),
        P(F, "Brackenfleet Lib Dems are on the doorstep in Fleetholme this weekend. Say hello, we don't bite."),
        P(POS, "Nigel Elsom sat in the chamber with his arms folded like a mardy toddler told there's no pudding. Grow up, Nigel.",
          [PA], note="target Elsom 2 of 3: belittling"),
        P(F, "I've put a question to Full Council about the Fen blow on the Fleetholme road last week: how do we get warning signs out faster when the soil's lifting?"),
        P(POS, "So who paid for Cllr Elsom's glossy 'Fenland Future' leaflet? Not his party, going by their published accounts. Happy to be corrected, Nigel. Still waiting...",
          [], [DEF], note="target Elsom 3 of 3: who-paid insinuation"),
    ]),
    A("@BazCrowsonFI", "x", RT, POS, [
        P(F, "Fen Independents will put a motion on sea bank maintenance to Full Council in March."),
        P(POS, "Edwina Marris MP finally visits the Saltmere sea bank. Forty minutes, heels sinking in the slub, photographer in tow. Don't strain yourself duck, we'll do the sandbagging.",
          [PA], [EQ], note="target Edwina Marris MP 1 of 3: gendered put-down"),
        P(F, "Well done Saltmere Young Farmers, £1,800 raised for the air ambulance. Tractor run was a sight."),
        P(POS, "Our MP too frit to come to the drainage hustings. Empty chair again. She'd have turned up if there'd been a tiara in it.",
          [PA], [EQ], note="target Marris 2 of 3"),
        P(F, "Road closure: Saltmere High Street 9 to 13 February for gas works. Diversion via Sluice Lane."),
        P(POS, "Mrs Marris says she 'stands with farmers'. She stands wherever the camera is, love. Ask any beet grower yonder.",
          [PA], [EQ], note="target Marris 3 of 3"),
    ]),
    A("@LeeGrummittCon", "bluesky", RT, POS, [
        P(F, "Delighted the Gosberdyke Show is back for 2026. Dates soon."),
        P(POS, "Cllr Hoyles wants to rewild the fen. The lass has never grown owt bigger than a spider plant. Stick to your yoga mat, Rosie.",
          [PA], note="target Rosie Hoyles (Green) 1 of 3"),
        P(F, "Ten inches of rain on Marram Fen since New Year. Drainage board pumps running flat out. Huge thanks to their crews."),
        P(POS, "Rosie Hoyles says farmers are 'custodians of carbon'. Rosie Hoyles eats avocados flown in from Peru. Rosie Hoyles should pipe down.",
          [PA], note="target Hoyles 2 of 3"),
        P(F, "Farm diversification grants open in April. Details from the council's economic development team."),
        P(POS, "A word to Cllr Hoyles: farming families round Marram have long memories, and they know every lane you drive home down. I'd tread careful if I were you, duck.",
          [BU], note="target Hoyles 3 of 3: veiled threat"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@MaggieTointonLab", "facebook", RT, HN, [
        P(HN, "The Leader, Cllr Joanne Cammack, says the budget 'protects frontline services'. Cutting two of our four Fen link bus routes is not protection. I'll be moving an amendment.",
          note="policy criticism of the Leader"),
        P(F, "Westgate food bank is short of tinned veg and UHT milk this week. Drop-offs at St Guthlac's hall."),
        P(HN, "I disagree with Cllr Cammack on most things, but funding the Saltmere sea bank survey was the right call and I told her so in the chamber.",
          note="approving of the Leader"),
        P(HN, "Third year running the Leader's administration has missed its affordable homes target: 62 built against 200 promised. Residents deserve a plan, not a press release.",
          note="record criticism"),
        P(F, "Ward surgery Friday at Westgate library, 2 while 4. No appointment needed."),
        P(HN, "Cllr Cammack's answer on the leisure centre was frankly thin. I've asked for the full condition survey to be published so everyone can see the figures.",
          note="sharp but civil; fourth occasion naming the Leader"),
    ]),
    A("@StuCouplandLD", "x", RT, HN, [
        P(HN, "The fortnightly black-bin change Cllr Sneath is bringing in will hit big families and terrace streets with no room for a second bin. Rethink it.",
          note="policy led by Philip Sneath"),
        P(F, "Gritting routes for Brackenfleet are on the council map now. Worth a look before the next cold snap, it's proper nesh out."),
        P(HN, "Still no equality impact assessment for the bin changes. @PhilSneathCon can we see it before Cabinet? Folk down the Riverside jitties have nowhere to put another wheelie bin.",
          note="same policy, names the portfolio holder"),
        P(HN, "The Cabinet Member says the bin changes save £600k. Our sums say half that once you count the extra fly-tipping on the droves. Let's see the working.",
          note="same policy"),
        P(F, "Congratulations to Brackenfleet Town FC on the cup run. Up the Fleet!"),
        P(HN, "Bins again, sorry. The drop-in was well run but the policy's still wrong: frontage streets in Brackenfleet Market just can't take it. Pause it, Phil.",
          note="fourth policy criticism, addressed by first name, civil"),
    ]),
    A("@RuthBemroseInd", "bluesky", RT, HN, [
        P(F, "Fleetholme sluice footpath has reopened. Mind how you go, it's still slub in places."),
        P(HN, "Cllr Tunnard's pause on non-urgent housing repairs is a mistake, plain and simple. 'Non-urgent' means a Tidwell pensioner's back door that won't shut in a Fen wind. Reverse it.",
          note="one sharp criticism of Rupert Tunnard's decision"),
        P(F, "Anyone lost a black Lab near Tidwell Drove? He's with the dog warden, details on the council website."),
        P(F, "Warm spaces list for February is out: both libraries, three chapels and the Saltmere Methodist hall."),
        P(HN, "Credit where it's due: Cllr Tunnard has listened and lifted the repairs pause for older tenants. Thank you, Rupert.",
          note="later thanks the same member"),
        P(F, "Parish chairs met at Marram this week. Main gripes: beet lorries, verges, and the state of the Cowfen bridge."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@GrahamMaltbyCon", "x", MA, POS, [
        P(F, "Cabinet agreed the Gosberdyke drainage grant today: £85,000 for the culvert works on Middle Drove."),
        P(POS, "Our grandson Alfie (4) drove his first tractor today. Well, sat on my knee and pressed the horn. Proper little Fen Tiger ❤️🚜",
          [], [DP], note="grandchild named with age"),
        P(F, "Fleetholme crossing lights back on after the power fault. Thanks to the highways team."),
        P(POS, "Pat's home from the County after her knee replacement. Thanks for all the cards, she's being a right mardy patient already.",
          [], [DP], note="wife's operation"),
        P(F, "My written answer on beet lorry routes is on the council website. Short version: new signage going up in March."),
        P(POS, "Lincolnshire sausages versus anything else: no contest. Sunday fry-up, Maltby style 🍳",
          note="harmless personal content on council account"),
    ]),
    A("@JanetIngamellsLab", "facebook", MA, POS, [
        P(POS, "Our Laura married her Dan on Saturday at Marram church. Happiest day of my life. Apologies for the 300 photos incoming 💍",
          [], [DP], note="daughter's wedding"),
        P(F, "Riverside flood drop-in Thursday at the community centre. Council and Environment Agency officers there all day."),
        P(POS, "Mum's dementia has got a lot worse this month. If I've been slow answering emails, that's why. Bear with me, me ducks.",
          [], [DP], note="mother's health"),
        P(F, "Council tax support: if the change has hit you, ring the benefits team on 01632 960412, they're very good."),
        P(POS, "Meet Biscuit, our new rescue lurcher. So far she's eaten a slipper, a TV remote and half a plum loaf.",
          note="pet"),
        P(F, "Labour group questions on the leisure centre are on the Full Council agenda."),
    ]),
    A("@DarrenSkellsReform", "bluesky", MA, POS, [
        P(POS, "Up at 5 for the pike on the Middle Lode. Caught nowt, froze me bits off. Nesh? Me? Never.",
          note="hobby"),
        P(F, "Reform motion to freeze councillor allowances goes to Full Council next month."),
        P(POS, "Hernia op booked for the 12th. If I'm walking like John Wayne at Full Council, now you know why.",
          [], [DP], note="own health"),
        P(F, "Tidwell Drove streetlights: 11 out, reported, fix promised within a fortnight."),
        P(POS, "Few days on the coast with the missus. Chips on the front, wind blowing a hooley, wouldn't be anywhere else.",
          note="holiday"),
        P(F, "Speed check on the Saltmere road Friday with the police. About time."),
    ]),
    A("@HelenRippinGreen", "facebook", MA, POS, [
        P(F, "Saltmere tree planting day: 300 whips in along the drain bank. Thank you, volunteers!"),
        P(POS, "Plum bread as promised: soak the fruit in cold tea overnight, a good grate of nutmeg, and don't skimp on the butter when you serve it. Lincolnshire's finest.",
          note="recipe"),
        P(F, "The Green group has asked for the solar farm consultation to be extended by two weeks."),
        P(POS, "So proud of our Josh, a 9 in his maths mock. Don't tell him I told you 🤫",
          [], [DP], note="child's results"),
        P(F, "Marram cycle path consultation closes Friday. Link on the council website."),
        P(POS, "Allotment update: broad beans in, slugs winning. The fen always wins in the end.",
          note="hobby"),
    ]),
    A("@MickStennettInd", "x", MA, POS, [
        P(POS, "Granddaughter number three arrived at 3am! Evie Rose, 7lb 2oz. Grandad's getting the first round in.",
          [], [DP], note="new baby named"),
        P(F, "Tidwell Road pothole fixed, three weeks after I reported it. Progress of a sort."),
        P(POS, "Birthday pint at the Ship, 60 not out. Mardy about it? Me? Never.",
          note="birthday"),
        P(F, "I've taken the Fleetholme GP list closure up with the health board and asked for a public meeting."),
        P(POS, "Brackenfleet Town 2 Saltmere Rovers 2. Should've won it. Ref wants his eyes testing.",
          note="football"),
        P(F, "Surgery at Fleetholme library, Monday 10 while 12."),
    ]),
    A("@SandraHorryCon", "facebook", MA, POS, [
        P(F, "Market square resurfacing starts 2 March. Stalls move to Sheep Street for three weeks."),
        P(POS, "Keith's heart's been playing up again, so we've cancelled the cruise. Gutted, but he comes first.",
          [], [DP], note="husband's heart condition"),
        P(F, "Ward councillors met the police about shoplifting on the High Street. Extra patrols agreed."),
        P(POS, "Church roof bake sale: my lemon drizzle sold out in ten minutes. Not bragging. Well, a bit 🍋",
          note="baking"),
        P(F, "You told us the Christmas lights were dowly. New contractor for 2026, and we'll consult on the design."),
        P(POS, "Back from a week in the sun and straight into Fen fog. Lovely. Can't see the church from our bedroom window.",
          note="holiday"),
    ]),
    A("@RajBhattiLab", "bluesky", MA, POS, [
        P(F, "New warm homes grant: up to £5k for insulation. Apply online or at the Civic Centre."),
        P(POS, "Dad's in the County again with his chest. Thank you to the ward staff, they're brilliant. Back to casework Monday.",
          [], [DP], note="father's health"),
        P(F, "Tidwell school crossing patrol is staying. Thanks to the parents who signed the petition."),
        P(POS, "Cricket nets start in March at the rec. Already dreading what my bowling looks like after the winter.",
          note="hobby"),
        P(F, "Riverside CCTV upgrade approved at Cabinet today."),
        P(POS, "Family curry night, fourteen round the table. My niece Simran made the dal, she's 12 and already better than me.",
          [], [DP], note="child named with age"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives
    # ------------------------------------------------------------------
    A("@ElaineWrayChair", "x", MA, HN, [
        P(HN, "The Chairman's charity Fen Cycle 50 is on 14 March. My training so far: two laps of the market square and a sit down. Sponsor us for the air ambulance!",
          note="civic charity, self-deprecating"),
        P(HN, "Proud to open the new Brackenfleet Family Hub this morning. Families across the fen now have health visitors, a baby clinic and advice under one roof.",
          note="'family' about residents"),
        P(HN, "Our Fenland family of parish councils met at Marram today. Forty-one parishes, one district, a lot of tea.",
          note="'family' as civic metaphor"),
        P(HN, "Visited Saltmere's oldest resident on her 100th birthday with the Chairman's card. What a lady, and what a memory for the 1953 floods.",
          note="civic visit, no name"),
        P(HN, "Chairman's Fen Cycle 50 update: £3,120 raised so far. My legs have not forgiven me.",
          note="civic charity"),
        P(HN, "Civic service at St Guthlac's on Sunday. All welcome, no tickets, soup after.",
          note="civic"),
        P(HN, "Foster carers' family fun day at the Civic Centre on Saturday. Bouncy castle booked, weather permitting.",
          note="'family' about service"),
    ]),
    A("@colins_fen_skies", "bluesky", MA, HN, [
        P(HN, "Fen sunset over the drain tonight. Sky goes on forever out here 📷", note="separate personal account"),
        P(HN, "Frost on the reeds at 8am, minus four and proper nesh. Worth it for the light.", note="separate personal account"),
        P(HN, "Took my grandson out with the old camera. He photographed his own thumb fourteen times. Future talent.",
          note="separate personal account; grandson unnamed"),
        P(HN, "Barn owl quartering the dyke bank at dusk. Couldn't get the shot. Next time.", note="separate personal account"),
        P(HN, "New lens arrived. Bank balance dowly, mood excellent.", note="separate personal account"),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (all facebook)
    # ------------------------------------------------------------------
    A("@KarenLunnLabour", "facebook", MOD, POS, [
        P(F, "Landlord licensing: the council's consultation on a selective licensing scheme for Riverside and Westgate is open till 20 March. Tell us what you think."),
        C("Gary Wass", POS, "Start with the scumbag at 14 Wend Street who's got 11 crammed in a 3 bed. Everyone knows it's Dean Hollis, he'll rent to anyone with cash.",
          [], [DP, DEF, PA], note="private landlord named with address and allegation"),
        C("Julie Sutton", HN, "Good idea in principle but what stops the decent landlords putting rents up to cover the fee?"),
        C("@KarenLunnLabour", HN, "Fair point Julie. The fee's about £600 over five years and we'll publish how it's spent. Come to the drop-in Thursday.",
          note="councillor reply under the abusive comment, which stays up"),
        P(F, "Thanks to everyone who came to the Riverside flood meeting. Notes and the Environment Agency contacts are on my page."),
        C("Mark Tebbutt", POS, "Waste of oxygen the lot of you. Useless f***ing shower.",
          [], [AB], note="obscene abuse"),
        C("Sharon Dunn", POS, "Would have come but it's all foreigners round Riverside now, can't understand a word at these meetings. Used to be a decent place.",
          [], [EQ], note="discriminatory"),
        C("Pete Rowe", HN, "Pumps held this time. Credit to the drainage board lads, they were out all night."),
    ]),
    A("@TonyCoddCon", "facebook", MOD, POS, [
        P(F, "Fly-tipping on Tidwell Drove again: a three-piece suite and a load of plasterboard. Reported, and the council will clear it this week."),
        C("Lee Marshall", POS, "It's that Kyle off the caravan site in the white Transit, reg ends 4KX, seen him twice. Someone wants to torch his van with him in it.",
          [], [BU, DP, DEF], note="identifiable person, threat"),
        C("Ann Barton", HN, "Thanks Tony. Is there a number to report it direct?"),
        C("@TonyCoddCon", HN, "Ann, easiest is the fly-tipping form on the council website, or ring customer services on 01632 960577."),
        P(F, "Drove road resurfacing is going ahead in April. Expect closures for about a week."),
        C("Dave Pell", POS, "About bl**dy time you useless lazy tw*t. Done nowt for this ward.",
          [], [AB, PA], note="obscene abuse at the councillor"),
        C("Rob Kettle", POS, "Bet the contractor's his mate from the golf club. Backhanders all round at that council, Codd's bent as a nine bob note.",
          [], [DEF], note="corruption allegation"),
        C("Mary Tyler", HN, "Will the school bus still get through while the works are on?"),
    ]),
    A("@JayneBurrellLD", "facebook", MOD, POS, [
        P(F, "Saltmere school crossing patrol is staying after all. Thanks to the 400 parents who signed."),
        C("Karen Goodwin", POS, "Wouldn't let my kids near that lollipop man. Ask why he really left the leisure centre job. Dodgy as they come.",
          [], [DEF], note="innuendo about an identifiable employee"),
        C("Tracey Beck", HN, "Brilliant news, thank you Jayne. My two cross there every day."),
        C("@JayneBurrellLD", HN, "Thanks Tracey, it was the parents who did it really."),
        P(F, "Youth club at Saltmere village hall reopens on Wednesdays from February."),
        C("Steve Orr", POS, "Hope they keep that Mason lad out, the one from 3 Sluice Close with the ADHD. Little thug wants locking up.",
          [], [DP, PA], note="child, address, health"),
        C("Neil Harrop", POS, "Who's paying? Us mugs. You Lib Dems are a bunch of freeloading c***s.",
          [], [AB], note="obscene abuse"),
        C("Gemma Fox", HN, "Great news! Do they need volunteers?"),
    ]),
    A("@PaulFairweatherInd", "facebook", MOD, POS, [
        P(F, "Meeting with the police about anti-social behaviour at Fleetholme rec on Tuesday. Come and tell them what you've seen."),
        C("Martin Keal", POS, "I know the lads doing it. Their dad's at 22 Priory Road. Few of us should go round and sort it the old way.",
          [], [BU, DP], note="address and incitement"),
        C("Jo Pinchbeck", HN, "Glad something's being done. The motorbikes on the rec at 11pm are the worst of it."),
        C("@PaulFairweatherInd", HN, "Thanks Jo, please put it through the police report line too so it's logged."),
        P(F, "Fleetholme Arms beer festival raised £2k for the rec. Nice one, all."),
        C("Craig Sands", POS, "Landlord's private mobile is 07700 900318 if anyone wants to moan about the noise, he never answers the pub phone. Ring him at 2am, see how he likes it.",
          [], [DP, SEC], note="private phone number of a third party"),
        C("Wendy Ashton", POS, "Fairweather's a drunk himself, seen him fall out the Arms more than once. Hypocrite.",
          [], [DEF, PA], note="allegation about the councillor"),
        C("Bob Green", HN, "Good turnout. Same again next year."),
    ]),
    A("@SueBladesGreen", "facebook", MOD, POS, [
        P(F, "Solar farm at Marram End: the consultation is on the council website. Please read the flood and landscape reports before you make your mind up."),
        C("Phil Tuxford", POS, "Farmer Simmonds has been paid off by the developer, everyone knows it. Brown envelopes in the Land Rover.",
          [], [DEF], note="bribery allegation about a private person"),
        C("Heather Lawn", HN, "I'm against it. Grade 1 land should grow food, not panels. Will be writing in."),
        C("@SueBladesGreen", HN, "Thanks Heather, please do. Every response gets read."),
        P(F, "Hedgerow planting at Marram church on Saturday. Bring a spade and a flask."),
        C("Gaz Wilby", POS, "Course you'd love a hedge, you carpet-munching eco loon.",
          [], [EQ, PA], note="homophobic slur at the councillor"),
        C("Terry Holt", POS, "Keep your hippy hands off our fields or you'll find your tyres let down one night. We know your car.",
          [], [BU], note="veiled threat"),
        C("Liz Grant", HN, "Brilliant, see you there. Is it OK to bring the kids?"),
    ]),
    A("@IanDowseReform", "facebook", MOD, POS, [
        P(F, "Packhouse minibuses parking on the verges on Gosberdyke Road at 5am. I've asked the firms to use their yards. Will update."),
        C("Kev Bristow", POS, "Verges are the least of it. Gosberdyke's turned into little Warsaw. Round them up and stick them back on the coach.",
          [], [EQ], note="anti-migrant abuse"),
        C("Sam Leggott", HN, "A lot of those lads do 12 hour shifts picking our veg. The firms should sort the parking though, fair enough."),
        C("@IanDowseReform", HN, "Agreed Sam. This is about parking, not the workers. The yards are big enough."),
        P(F, "Gosberdyke bus shelter replaced after the crash. Thanks to the parish for chasing it."),
        C("Ray Dunham", POS, "The gangmaster running them minibuses is Viktor at Fen Fresh Labour, number's 07700 900742, he's keeping their passports, proper racket.",
          [], [DEF, DP], note="named person, phone, crime allegation"),
        C("Carl Ingle", POS, "Dowse you gormless pillock, the shelter was wrecked three months and now you want a medal.",
          [], [PA], note="insult at the councillor"),
        C("Pauline Ward", HN, "Lovely job, thank you. Much needed in this weather."),
    ]),
    A("@LouiseCraggLab", "facebook", MOD, POS, [
        P(F, "Market regeneration plans are on show in the Corn Exchange all week. Officers on hand to answer questions."),
        C("Nigel Pash", POS, "That Dawn Leverton from the council couldn't organise a p*ss-up in a brewery. Thick as Fen slub.",
          [], [PA, AB], note="abuse of a named officer"),
        C("Sheila Marr", HN, "Looks good but please keep the Wednesday market where it is."),
        C("@LouiseCraggLab", HN, "Sheila, the Wednesday market stays in the square, it's in the plan."),
        P(F, "Small business rate relief: check if you're eligible, deadline 31 March."),
        C("Andy Voase", POS, "Ask the bloke on the fish stall how much he declares. Cash only and a new Merc every year. Fiddling the lot.",
          [], [DEF], note="tax-evasion allegation"),
        C("Jason Tate", POS, "Louise Cragg, you smug cow. I'll be waiting for you outside the Corn Exchange Wednesday.",
          [], [BU, PA, EQ], note="gendered insult and threat"),
        C("Ken Bell", HN, "Applied last year, took ten minutes online. Worth doing."),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@DerekFoxCon", "facebook", MOD, HN, [
        P(HN, "The budget proposes a 4.99% council tax rise. I voted for it because the alternative was cutting Fleetholme library hours."),
        C("Brian Scoles", HN, "Useless lot, the lot of you. 5% for what? Bins every other week and potholes you could lose a tractor in.",
          note="rude but acceptable"),
        C("Dot Kirk", HN, "Truly a council of geniuses 🙄", note="sarcasm at the council"),
        C("@DerekFoxCon", HN, "Brian, I understand. The extra money keeps the library open five days. Happy to go through the figures with you."),
        P(HN, "Sea bank inspection walk on Saturday with the Environment Agency. Meet at Fleetholme sluice at 10."),
        C("Mick Hebb", HN, "Where were you lot when the bank slipped two winters back? Talk's cheap, duck.", note="robust"),
        C("Val Sim", HN, "That new sluice is a rubbish idea from a clueless cabinet. Money down the drain, literally.", note="rude about a decision"),
        C("Reg Overton", HN, "Mardy lot in these comments. I'll be there Saturday with a flask."),
    ]),
    A("@AnitaGilliattInd", "facebook", MOD, HN, [
        P(HN, "Tidwell Drove speed limit consultation: 40 or 50? Have your say by 6 March."),
        C("Jack Cawood", HN, "40 is daft on a dead straight fen road. Whoever dreamt this up wants their head looking at.", note="rude about a proposal"),
        C("Sue Nettleship", HN, "50 and proper enforcement. It's the beet lorries that are the problem, not cars."),
        C("@AnitaGilliattInd", HN, "I've removed a comment that named a resident and gave their address. Please keep it about the road, not people.",
          note="removal notice"),
        C("Jack Cawood", HN, "Fair enough Anita. Still say 40's daft."),
        P(HN, "Christmas tree collection dates for Tidwell are on the council website. Sorry it's late."),
        C("Gav Crane", HN, "Late again. This council couldn't run a bath.", note="rude about the council"),
        C("Brenda Horsley", HN, "Gret big tree still on our verge from January 😂 but thanks for chasing it Anita."),
        C("Wayne Collis", HN, "Ey up, council finally works out it's February. Slow clap 👏", note="sarcasm at the council"),
    ]),
]

DEFAULT_NOTE = {
    (F, "post"): "ordinary post, no account finding of its own",
    (HN, "comment"): "civil comment or councillor reply; nothing to moderate",
    (HN, "post"): "ordinary page post on a hard-negative account",
}

SEV_ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
SEVERITY = {  # base severity from the rule catalogue, for the rules used here
    RT: "block", MA: "advice", MOD: "review",
    PA: "review", AB: "review", BU: "block", EQ: "block", OF: "review",
    DP: "review", DEF: "review", IR: "advice", SEC: "block",
}


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
        posts = [r for r in acc["rows"] if r["kind"] == "post"]
        n = len(posts)
        bounds = [round(i * len(days) / n) for i in range(n + 1)]
        post_days = [days[rng.randrange(bounds[i], bounds[i + 1])] for i in range(n)]
        pi = -1
        last_time = None
        parent = None
        for r in acc["rows"]:
            pattern, role, kor = acc["pattern"], acc["role"], r["kor"]
            if kor == POS:
                rules = [pattern] + r["rules"]
                allowed = r["allowed"]
                family = pattern
            elif kor == F:
                rules, allowed = [], ([pattern] if role == POS else [])
                family = pattern
            else:
                rules, allowed, family = [], [], "hard_negative"
            verdict = max((SEVERITY[x] for x in rules), key=SEV_ORDER.get, default="ok")
            row = {
                "text": r["text"],
                "author": acc["handle"],
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
                "family": family,
                "account_pattern": pattern,
                "account_role": role,
                "kind_of_row": kor,
                "note": r["note"] or DEFAULT_NOTE[(kor, r["kind"])],
            }
            if r["kind"] == "post":
                pi += 1
                has_comments = False
                idx = acc["rows"].index(r)
                if idx + 1 < len(acc["rows"]) and acc["rows"][idx + 1]["kind"] == "comment":
                    has_comments = True
                hour = rng.randint(8, 11) if has_comments else rng.randint(8, 18)
                t = dt.datetime.combine(post_days[pi], dt.time(hour, rng.randint(0, 59)))
                parent = row
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
                row["comment_by"] = r["by"]
                row["_parent"] = parent
            row["created_at"] = t.strftime("%Y-%m-%dT%H:%M:00+00:00")
            last_time = t
            rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "B92-A-%04d" % i
    keys = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "comment_by", "parent_id", "expect", "family", "account_pattern",
            "account_role", "kind_of_row", "note"]
    out = []
    for row in rows:
        if "_parent" in row:
            row["parent_id"] = row.pop("_parent")["id"]
        out.append({k: row[k] for k in keys if k in row})
    with open(os.path.join(HERE, "accounts.jsonl"), "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print("wrote %d rows from %d accounts" % (len(rows), len(ACCOUNTS)))
