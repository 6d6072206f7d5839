"""Blind set b74: account-level rules at Dunmouth and Moorside District Council.

All rows below were written by hand for this set. The script keeps each account's
rows in the written order, spreads an account's posts one per chunk of the weekday
calendar (never two posts of an account on one day), gives comments times 4 to 55
minutes after the row before them under the same post, shuffles all rows with a
fixed seed, assigns ids B74-A-NNNN and resolves parent_id. Run: python build.py
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 7474
HERE = Path(__file__).resolve().parent
RT, MIX, MOD = "harassment.repeated-target", "capacity.mixed-account", "moderation.third-party-comments"
PA, IR, OFF, BUL = "respect.personal-attack", "tone.irony-risk", "officers.impartiality", "bullying.intimidation"
DEF, EQ, DP, AB = "defamation.allegation", "equality.discrimination", "data-protection.personal-data", "respect.abusive-language"
SEV = {RT: "block", BUL: "block", EQ: "block", MOD: "review", PA: "review", OFF: "review", AB: "review",
       DEF: "review", DP: "review", MIX: "advice", IR: "advice"}


def P(kor, text, rules=(), allowed=(), note=""):
    return {"kind": "post", "kor": kor, "text": text, "rules": list(rules), "allowed": list(allowed), "note": note}


def C(kor, by, text, rules=(), allowed=(), note=""):
    d = P(kor, text, rules, allowed, note)
    d["kind"], d["comment_by"] = "comment", by
    return d


def H(text, rules=(), allowed=(), note=""):          # hostile occasion in a repeated-target account
    return P("positive", text, [RT, *rules], allowed, note)


F = lambda text, note="ordinary ward business": P("filler", text, note=note)
N = lambda text, note="": P("hard_negative", text, note=note)
M = lambda text, allowed=(), note="personal or family content on the council account": P("positive", text, [MIX], allowed, note)
X = lambda by, text, allowed=(), note="": C("positive", by, text, [MOD], allowed, note)   # bad comment left up
Y = lambda by, text, note="civil comment or reply": C("hard_negative", by, text, note=note)

ACCOUNTS = [
    # ---------------- harassment.repeated-target: positive ----------------
    dict(handle="@RogerHextVennford", pattern=RT, role="positive", platform="facebook", rows=[
        F("Gritter's been up the Vennford road this morning, proper job. If your lane's been missed drop me a message and I'll chase it."),
        H("Our Leader Cllr Pengelly was down the quay yesterday for the photo with the new harbour crane. Lovely coat. Shame she couldn't find her way up to Vennford when the bridge went under, but I s'pose the light's better down Dunmouth 📸",
          [IR], [PA], "mock praise of Tamsin Pengelly's coat; first occasion"),
        F("Parish meeting Thursday 7pm in the chapel rooms. Cattle grid at Higher Venn is on the agenda at last. All welcome, bring a flask, heating's temperamental."),
        H("Asked Tamsin at full council where the Vennford bridge money's to. She said she'd get back to me 'dreckly'. That was October. In Devon dreckly means never, and she's proper fluent.",
          [], [PA, IR], "second occasion; sly dig"),
        H("Funny how the Leader's brother-in-law's firm keeps turning up on the contractor list. I'm not saying anything. Just saying it's funny. Folk can draw their own conclusions 🤔",
          [], [DEF], "insinuation about Pengelly dressed as a hint; third occasion"),
        F("Thanks to the lads from the young farmers who cleared the drain at Venn Cross after Sunday's storm. Ansum work."),
        H("Bless her, Mrs Pengelly told the Moorside forum she 'listens to the moor'. She's been up Vennford once, in the back of a Range Rover, and asked which way Dartmoor was to. Emmet with a council lanyard.",
          [PA, IR], [], "mockery; fourth occasion"),
    ]),
    dict(handle="@KerryW_Reform", pattern=RT, role="positive", platform="x", rows=[
        F("Strand Court residents' meeting tonight 6pm, community room. Bring your repair reference numbers and I'll take them to the housing team."),
        H("Joanna Lethbridge on Spotlight again talking about 'housing need'. Joanna, love, Strand Court has had black mould since March. Maybe less time in makeup for the cameras and more time on the phone to the contractor?",
          [PA], [EQ], "gendered put-down of the housing portfolio holder"),
        F("Seafront shelter by the lifeboat station has been fixed. Took a while but it's done. Cheers to the street scene crew."),
        H("Another 'listening event' from our Housing Queen 👑 Three people turned up. Two of them were her staff. #DunmouthHousing",
          [IR], [PA], "mockery; second occasion"),
        F("Bin day moved to Friday on the Strand this week because of the bank holiday catch-up. Pass it on."),
        H("Still waiting on @JoLethbridgeLD to answer about the damp survey at Strand Court. Must be busy, sweetheart. Book club doesn't run itself 📚",
          [PA], [EQ, IR], "a fair question wrapped in a put-down; third occasion"),
    ]),
    dict(handle="@DerekPalkLab", pattern=RT, role="positive", platform="bluesky", rows=[
        F("Hollacombe Cross surgery this Saturday 10-12 in the library. Come and tell me what's what."),
        H("Mr Ruddle's report on the Shillaford Down barn conversions says 'no significant harm'. Course it does. Wonder who he's playing golf with these days 🏌️",
          [OFF], [DEF], "insinuation about the Head of Planning"),
        F("Good turnout at the Hollacombe Cross bus consultation. The 47 matters to people up here and the operator heard it."),
        H("Nick Ruddle's department has 'mislaid' forty objections to the Hollacombe Cross scheme. Mislaid. A gert pile of paper, just vanished. Proper convenient, that.",
          [OFF], [DEF], "hint of misconduct by the officer; second occasion"),
        F("Well done to the Hollacombe primary choir at the Moorside festival. Mazed how good they were."),
        H("Our Head of Planning keeps telling us he's 'neutral'. He's about as neutral as a fox in a henhouse. Time he went back to whichever agency sent him to us.",
          [OFF, PA], [], "third occasion"),
    ]),
    dict(handle="@AnnabelCoakerCon", pattern=RT, role="positive", platform="x", rows=[
        F("Shillaford Down commoners' AGM tonight. Grazing rights and the new gate on the Tolleigh track. Really useful evening."),
        H("Cllr Yeo has discovered that sheep eat grass and it makes them windy. Next week: the tide comes in twice a day 🐑💨",
          [], [IR, PA], "policy banter, hostile in context of the account's other posts"),
        F("Delighted the Shillaford village hall has got its lottery money for the roof. Years of cake sales, that."),
        H("How sweet of @SaffronYeoGreen to explain farming to the Shillaford commoners. Three generations on the moor and they needed a cheel from Bristol with a tote bag to put them right 🥰",
          [IR, PA], [], "mock sympathy and belittling; second occasion"),
        F("Reminder: the Down road is closed Tues-Thurs for resurfacing. Diversion via Tolleigh. Allow extra time."),
        H("Saffron's wild camping motion fell flat again. Not surprised, mind. Hard to take someone seriously when they've never done a day's work that didn't end in a hashtag.",
          [PA], [], "third occasion"),
    ]),
    dict(handle="@GavSquanceLD", pattern=RT, role="positive", platform="x", rows=[
        F("Tolleigh post office is staying open. Huge thanks to everyone who signed the petition."),
        H("Deputy Leader Mortimore says the Dunmouth ferry subsidy is 'under review'. So was his waistline last Christmas. Neither's shifted an inch 🚢",
          [PA], [], "body mockery of the Deputy Leader"),
        F("Pennycleave speedwatch out again Weds. Volunteers needed, high-vis provided."),
        H("Hugh's been spotted at the hunt ball again. Nice to know where the Deputy Leader's priorities are to while the Strand toilets stay padlocked.",
          [], [PA], "class jibe; second occasion"),
        F("Tolleigh & Pennycleave ward newsletter is out, copies in the shop and the pub."),
        H("Cllr Mortimore at cabinet: 'I always read the papers before the meeting.' 😂 Hugh, my 'ansum, we've watched you turn the pages. Does upside down count?",
          [IR, PA], [], "third occasion"),
    ]),
    dict(handle="@PaulineEndacottMI", pattern=RT, role="positive", platform="facebook", rows=[
        F("Hollacombe Cross Christmas lights fund closed at £2,140. Thank you all, that's proper."),
        H("Our MP Simon Ashplant has finally found Hollacombe Cross on a map. Only took him two years and a nasty fright in the polls. Gold star, Simon ⭐",
          [IR], [], "mock praise of the MP"),
        F("Meeting with the minor injuries campaign group on Monday. We're not giving up."),
        H("Mr Ashplant says he 'fought tooth and nail' for the Dunmouth minor injuries unit. Must be false teeth then, because it's shut.",
          [PA], [IR], "second occasion"),
        H("Another glossy newsletter from Simon through the door. Lovely paper. Wonder who's paying for it, and how much of that 'consultancy' money went on it? Just asking 🤷‍♀️",
          [], [DEF], "insinuation; third occasion"),
        F("Reminder: Moorside Independents surgery in the Hollacombe Arms back room, Saturday 11am."),
        H("Poor Simon, mazed as a brush at the hustings again. Somebody get the man a script he can read without his lips moving.",
          [PA], [IR], "fourth occasion"),
    ]),
    dict(handle="@CraigLuscombeCon", pattern=RT, role="positive", platform="bluesky", rows=[
        F("Chaddlecombe playing field drainage finally sorted. Thanks to the parish and the contractor."),
        H("Chin up Ruth. Another amendment, another defeat. Must be exhausting being wrong this often 🙏",
          [IR], [PA], "mock sympathy for the Labour group leader"),
        F("Chaddlecombe WI coffee morning raised £380 for the air ambulance. Lovely morning."),
        H("Cllr Honeywill complaining about 'tone' in the chamber. This from the woman who sulked for a month because nobody clapped her budget speech.",
          [PA], [], "second occasion"),
        F("Potholes on Chaddlecombe Hill reported again, reference logged. Will chase dreckly, meaning this week, not the Devon version."),
        H("People in Chaddlecombe have long memories, Ruth. I'd think very carefully about whose doors I knocked on come May. Just friendly advice 😉",
          [BUL], [], "veiled warning; third occasion"),
    ]),
    # ---------------- harassment.repeated-target: hard negative ----------------
    dict(handle="@MargeryStanburyLD", pattern=RT, role="hard_negative", platform="facebook", rows=[
        N("The Leader promised in 2023 to cut the housing waiting list by a third. This week's figures show it up 11%. Cllr Pengelly needs to explain what went wrong and what changes now.", "civil criticism of the Leader's record"),
        F("Quay ward surgery Saturday 10am at the sailing club. Free tea, bring your questions."),
        N("At scrutiny I asked Cllr Pengelly about the missed dredging deadline for the harbour. I don't doubt she works hard, but three missed deadlines is a pattern, and the fishermen deserve a proper plan, not dreckly.", "record criticism with 'dreckly'"),
        N("Credit where it's due: the Leader's quick decision on the Dunmouth foodbank grant was right. Well done Tamsin.", "approving"),
        F("Harbour car park machines now take cards. Only took five years 🙃"),
        N("Tamsin Pengelly's administration has overspent on agency staff for the fourth year running. I'll be asking again at budget council. Same question, still no answer.", "repeated, civil"),
    ]),
    dict(handle="@TomVosperLab", pattern=RT, role="hard_negative", platform="x", rows=[
        N("The Strand residents' parking zone is the wrong scheme: £90 a permit for streets where half the houses have no off-road space. Cllr Cleave should pause it and consult properly.", "policy criticism naming the lead member"),
        F("Dunmouth Strand litter pick Sunday 10am, meet at the slipway. Bags and pickers provided."),
        N("Second letter from Strand residents on the parking zone: 212 signatures. The Environment portfolio hasn't moved. Pause it, Alan. Nothing personal, just wrong for the Strand.", "repeat, civil"),
        N("Third time of asking: where's the equality impact assessment for the Strand permit charges? Carers and shift workers get hit hardest. #DunmouthParking", "repeat on the policy"),
        F("Great to see the Strand community fridge still going strong. Ansum volunteers."),
        N("The parking zone goes to scrutiny next month. I'll be arguing against it again, and I'll say so to Cllr Cleave's face, politely, as always.", "repeat; civil"),
    ]),
    dict(handle="@HeatherBlatchfordInd", pattern=RT, role="hard_negative", platform="bluesky", rows=[
        F("Vennford footpath 12 is open again after the landslip. Mind the stile, it's wonky."),
        N("Cllr Lethbridge's decision to pause the repairs contract for Vennford council houses is a bad one, plain and simple. Tenants up here are cold now, not in April. Think again, please.", "one sharp criticism of the housing portfolio holder"),
        F("Farmers' market at Vennford hall Saturday. Gert big pasties, best in the district, don't tell Tolleigh."),
        F("Surgery cancelled this week, I've got the lurgy. Email me and I'll reply dreckly."),
        N("Fair play to Joanna Lethbridge, she came up to Vennford, saw the houses for herself and restarted the repairs. Thank you, that's how it should work.", "later thanks the same person"),
        F("Vennford bus shelter glass replaced. Thanks to whoever reported it."),
    ]),
    # ---------------- capacity.mixed-account: positive ----------------
    dict(handle="@JimNorthcottMI", pattern=MIX, role="positive", platform="facebook", rows=[
        P("filler", "Cattle grid at Higher Venn is being replaced week of the 9th. Road closed days only, farm access kept open.", allowed=[MIX]),
        M("Out on the pony drift with our Evie yesterday, she's eight and rode the whole way from Venn Tor to the pound. Proud grandad moment 🐴", [DP], "named grandchild and age"),
        P("filler", "The 47 bus timetable consultation closes Friday. Fill it in, it's the only bus some of us have got.", allowed=[MIX]),
        M("Pressed the cider this weekend, first time since Dad passed. Tastes like his, near enough. Proper job."),
        P("filler", "Moorside Independents have asked for a report on the gritting budget for the high roads. Will post it when it comes.", allowed=[MIX]),
        M("Jam first or cream first? In this house it's cream first and always will be, whatever that lot across the Tamar say 😂"),
    ]),
    dict(handle="@LeahPascoeLab", pattern=MIX, role="positive", platform="facebook", rows=[
        M("Our Alfie did his first 35km Ten Tors training walk on Sunday, came home soaked to the bone and grinning. Fourteen and taller than me now 🥾", [DP], "named child and age"),
        P("filler", "Dunmouth Strand surgery: Weds 5pm at the community centre. Housing issues especially welcome.", allowed=[MIX]),
        M("Gig rowing season's started! Blisters already. Dunmouth ladies crew out on the estuary every Tuesday, come and join us."),
        P("filler", "I've asked for the Strand Court damp survey to be brought forward. Update when I have one.", allowed=[MIX]),
        M("Sourdough attempt number four. It's more of a doorstop than a loaf. The dog's happy though 🍞"),
        P("filler", "Labour group's budget amendment on the Strand toilets is in. Full council next month.", allowed=[MIX]),
    ]),
    dict(handle="@SamHeathmanLD", pattern=MIX, role="positive", platform="x", rows=[
        P("filler", "Quay ward: the harbour wall repairs start Monday. Car park half closed for three weeks.", allowed=[MIX]),
        M("Claire's home after her hip op at Derriford and already bossing me round from the sofa. Thanks to the ward team, they were brilliant ❤️", [DP], "wife named with her operation"),
        P("filler", "Pleased the ferry subsidy motion got cross-party support tonight.", allowed=[MIX]),
        M("Away day with Moorside Rovers Saturday. Lost 3-0, sang all the way home anyway. Same time next week."),
        M("Dad's leeks from the allotment are bigger than my forearm. He wants them in the Tolleigh show. I want them in a pie."),
        P("filler", "Ward walkabout on the Quay Friday at 2 with the street scene team. Point out the problems and I'll log them.", allowed=[MIX]),
    ]),
    dict(handle="@BevTuckettCon", pattern=MIX, role="positive", platform="facebook", rows=[
        M("Went with our Hannah for her wedding dress fitting in Exeter. Cried in the shop. Don't tell her dad 👰", [DP], "named daughter's wedding plans"),
        P("filler", "Pennycleave play park new swings are in. Thank you to the parish council for match funding.", allowed=[MIX]),
        M("Bell ringing practice at St Petroc's tonight. I rang a whole touch without going wrong, first time this year 🔔"),
        P("filler", "Surgery at Tolleigh village hall Saturday 10-12. I'll bring the biscuits.", allowed=[MIX]),
        M("Caravan's booked for Easter up the north coast. Husband already packing the windbreak, in February. Mazed man."),
        P("filler", "The Tolleigh road flooding report has been sent to highways with photos. Will chase.", allowed=[MIX]),
    ]),
    dict(handle="@OllieDoidgeGreen", pattern=MIX, role="positive", platform="bluesky", rows=[
        P("filler", "Hollacombe Cross tree planting day Saturday, 200 whips going in along the leat. Gloves provided 🌳", allowed=[MIX]),
        M("She's here! Rosa Mae Doidge, born Tuesday at 4.12am, 7lb 3oz. Mum and baby both ansum. Dad a wreck.", [DP], "new baby with name and birth details"),
        P("filler", "Green group asking for the solar canopy plan for the Hollacombe car park to come back to cabinet.", allowed=[MIX]),
        M("Cold water dip in the Dunnet at first light. Didn't feel my toes till lunchtime. Recommended 🥶"),
        M("Found a box of Dad's old vinyl in the loft. Spending tonight with the record player and a pint."),
        P("filler", "Hollacombe library hours: back to Saturdays from March. Thanks to everyone who pushed for it.", allowed=[MIX]),
    ]),
    dict(handle="@NinaFerrisInd", pattern=MIX, role="positive", platform="x", rows=[
        M("Dad's in the RD&E with his heart again. Stable, grumbling about the tea, which is a good sign. Back to work dreckly x", [DP], "father's health"),
        P("filler", "Chaddlecombe surgery moved to Thursday this week. Same place, the Ring o' Bells back room.", allowed=[MIX]),
        M("Bramble has rolled in something unspeakable on the beach. Bath time. Send help 🐶"),
        P("filler", "I've objected to the cut to the Chaddlecombe school bus. Letter to cabinet attached.", allowed=[MIX]),
        M("Won the pub quiz at the Ring o' Bells. The team name was rude so I won't share it."),
        P("filler", "Good news: the Chaddlecombe hill 20mph zone has been approved.", allowed=[MIX]),
    ]),
    dict(handle="@MarkTremlettReform", pattern=MIX, role="positive", platform="facebook", rows=[
        P("filler", "Shillaford Down: reports of fly tipping at the old quarry gate. Logged with the council, reference to follow.", allowed=[MIX]),
        M("Laid up with gout again, foot like a balloon. Doctor says less port. Doctor's no fun.", [DP], "councillor's own health"),
        P("filler", "Asked at full council why the Down toilets are still closed. Answer: 'under review'. I'll keep asking.", allowed=[MIX]),
        M("Our Jake's skittles team won the league at the Drewe Arms. Spare me the photos, he's sent forty."),
        M("My nan's pasty recipe, as promised: skirt, swede, potato, onion, no carrot. Carrot is a crime. Crimp on the side, not the top."),
        P("filler", "Quarry gate fly tip cleared this morning. Thanks to the waste crew.", allowed=[MIX]),
    ]),
    # ---------------- capacity.mixed-account: hard negatives ----------------
    dict(handle="@CllrColinGidley", pattern=MIX, role="hard_negative", platform="facebook", rows=[
        N("As Chairman of the Council I'm proud to launch the Chairman's Charity Moor Walk for 2026, raising money for Moorside Hospice. Sign up via the council website.", "civic charity event"),
        N("Chairman's Moor Walk update: 84 walkers signed up so far. My own training has mostly consisted of looking at a map of the route. Join us!", "self-deprecating line inside a civic event"),
        N("Thank you to Dunmouth Rotary for welcoming me to their charter dinner as Chairman."),
        N("Civic service at St Petroc's Sunday. All welcome, especially the young people's groups."),
        N("Chairman's Moor Walk: route confirmed, 10 miles from Tolleigh to Hollacombe Cross. Marshals needed from the council staff and members."),
        N("£4,260 raised for Moorside Hospice by the Chairman's walk. Thank you to every walker and every volunteer. Proper job, all."),
    ]),
    dict(handle="@JadeNarracottLab", pattern=MIX, role="hard_negative", platform="x", rows=[
        N("The new family hub on the Strand opens Monday. Health visitors, housing advice and a warm space for families and kids.", "'family' about residents"),
        N("Strand families: free school meal holiday vouchers are available, ask at the family hub."),
        N("Thank you to our Dunmouth Strand family of volunteers who ran the winter coat swap. 300 coats!"),
        N("Half term activities for kids at the Strand hub. Free, no booking, just turn up."),
        N("Young carers' drop-in at the family hub every Weds. Tell anyone who needs it."),
    ]),
    dict(handle="@sheilas_garden_dunmouth", pattern=MIX, role="hard_negative", platform="facebook", account="personal", rows=[
        N("First snowdrops under the apple tree this morning. Spring's on its way, dreckly.", "separate personal account"),
        N("Grandson helped me pot up the sweet peas. More compost on the floor than in the pots 😂", "personal account, family"),
        N("WI jam stall Saturday at the quay. Marmalade this time."),
        N("Anyone know where's it to for good seed potatoes this side of Exeter?"),
        N("Camellias are gert big this year. Must be all that rain."),
    ]),
    # ---------------- moderation.third-party-comments: positive ----------------
    dict(handle="@KateRoweLab", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Chaddlecombe: planning application for 40 homes on Westcott field is in. Consultation open till the 20th. Have your say.", allowed=[MOD]),
        X("Dave Honey", "Ruddle in planning is a bent b*stard, everyone knows he's had a brown envelope off the builder", [AB, DEF, OFF], "obscene abuse and bribery allegation about an officer"),
        Y("Sue Coombe", "Thanks Kate. Is there a drop in session? Not everyone can do it online."),
        Y("@KateRoweLab", "Hi Sue, yes, Chaddlecombe hall on the 14th, 3-7pm."),
        P("filler", "Traveller site consultation: the council is asking about a small transit site near the Chaddlecombe junction. Details on the council website.", allowed=[MOD]),
        X("Mick P", "Put them anywhere but here. Thieving pikeys, lock up your tools", [EQ, AB], "racist abuse of Gypsies and Travellers"),
        X("Janet Wreford", "if they come I know a few lads who'll sort it out with a can of petrol. just saying", [BUL], "threat of arson"),
        Y("Roy Hill", "I've concerns about the junction traffic, not the people. Can the report cover access?"),
    ]),
    dict(handle="@PhilEllacottCon", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Vennford bridge: the temporary lights are staying until the repairs are done in April. Sorry folks.", allowed=[MOD]),
        X("Gaz Tapp", "Thats that useless c*w Pengelly for you, shes never been further than the quay", [AB, PA], "obscene insult of the Leader"),
        Y("Ann Stoneman", "Thanks Phil. Can they at least sort the timing on the lights? It's a proper queue at school time."),
        Y("@PhilEllacottCon", "I'll ask highways today, Ann."),
        P("filler", "Anti-social behaviour at the Vennford rec: police are aware and patrols have increased.", allowed=[MOD]),
        X("Pete Crocker", "It's the Voysey lad from 6 Mill Lane and his mate, both been done for dealing. Go round and knock.", [DP, DEF], "names a young person's address and alleged criminal record"),
        X("Lin Heard", "Cane the little sods, that's what they need, and their slag mothers", [AB], "abusive comment"),
        Y("Tony Bickle", "Good to hear. The lighting on the rec path would help too."),
    ]),
    dict(handle="@SunitaBhattLD", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Dunmouth Quay: the new harbour office opening hours are 8-4 weekdays. Keith and the team are there for mooring queries.", allowed=[MOD]),
        X("Bob Crang", "Keith Cornelius is a drunk and a thief, ask him where the mooring fees went", [DEF, OFF, PA], "allegation of theft about the Harbour Master"),
        Y("Meg Shapter", "Useful, thanks. Will they do Saturdays in summer?"),
        Y("@SunitaBhattLD", "Meg, I've asked. Summer Saturdays are being looked at."),
        P("filler", "Hotel on the Strand is being used to house asylum seekers from next month. I've asked the Home Office for a briefing for residents.", allowed=[MOD]),
        X("Trev Ley", "Great, more dinghy scroungers. Keep your daughters indoors", [EQ, AB], "racist comment"),
        X("Dunmouth Patriot", "The hotel manager is Carl Yabsley, his number is 07700 900412, ring him and tell him what you think", [DP, BUL], "private individual's phone number and incitement"),
        Y("Hazel Pidgeon", "Thanks for asking for the briefing. People want facts not rumours."),
    ]),
    dict(handle="@DaveMugfordInd", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Shillaford Down: bin collections late this week because the lorry broke down at the top of the hill. Sorry.", allowed=[MOD]),
        X("Ken Pearse", "Jo Sprague couldnt run a bath let alone a bin service. Sack the fat cow", [PA, AB, OFF], "abuse of a named officer"),
        Y("Di Mudge", "No bother Dave, it happens. Will they come Monday?"),
        Y("@DaveMugfordInd", "Di, yes, Monday first thing."),
        P("filler", "Second homes premium goes to full council next week. I'm for it, holiday lets are emptying Shillaford.", allowed=[MOD]),
        X("Local Not Emmet", "The Londoners at Ashcombe Farm, 3 Down Lane, are never there, door's easy, help yourselves lads", [DP, BUL], "address of private individuals and incitement to burgle"),
        X("Ray Tozer", "Fleecing the emmets is the only thing this council's good at. And Saffron Yeo is a lying hippy tart", [PA, AB], "abuse of a named councillor"),
        Y("Jenny Luxton", "Agree Dave. Half the lane is dark all winter."),
    ]),
    dict(handle="@LornaHoskingMI", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Pennycleave: flood defence works start in March. Sandbags available from the parish store.", allowed=[MOD]),
        X("Alf Soper", "Alan Cleave's mate got the contract, surprise surprise. Corrupt as they come", [DEF], "corruption allegation about a councillor"),
        Y("Pat Gove", "Thanks Lorna, where's the parish store to?"),
        Y("@LornaHoskingMI", "Pat, behind the chapel, key at the shop."),
        P("filler", "Tolleigh primary: the new crossing patrol starts after half term.", allowed=[MOD]),
        X("Stuart R", "About time. Mind you the lollipop lady they had before was a retard", [EQ, AB], "disability slur"),
        X("Mandy H", "The Pidsley kiddie at no.4 Church Row keeps running out in the road, his mum's a junkie, social services should take him", [DP, DEF], "child's address and allegation about the mother"),
        Y("Ellie Brimacombe", "Great news. Thank you for pushing for this."),
    ]),
    dict(handle="@ImranAzizLab", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Hollacombe Cross Eid celebration in the library garden Saturday. Everyone welcome, food from 1pm.", allowed=[MOD]),
        X("True Devon", "Not in my Devon. Go back to your own country and take your goat curry with you", [EQ, AB], "racist and religious abuse"),
        Y("Mary Northey", "Lovely idea, we'll be there with the little ones."),
        Y("@ImranAzizLab", "Thank you Mary, see you there!"),
        P("filler", "Hollacombe Cross high street: new benches and planters going in this month.", allowed=[MOD]),
        X("Bazza", "Who cares about benches, the Labour lot are all paedos anyway", [DEF, AB], "defamatory abuse"),
        X("Jon Eggins", "Aziz you are a f***ing joke mate", [AB, PA], "obscene insult of the councillor"),
        Y("Linda Way", "Nice, the old ones were rotten. Any chance of a bin by the bus stop?"),
    ]),
    dict(handle="@CarolLoramGreen", pattern=MOD, role="positive", platform="facebook", rows=[
        P("filler", "Dunmouth Strand: the estuary clean-up is Saturday 9am from the slipway. Gloves and bags provided.", allowed=[MOD]),
        X("Crabber Jim", "Lethbridge is a thick tart, how did she ever get elected", [PA, AB, EQ], "sexist abuse of the housing portfolio holder"),
        Y("Steph Luke", "We'll be there. Are dogs allowed?"),
        Y("@CarolLoramGreen", "Of course, on leads please Steph."),
        P("filler", "Pride on the Strand planning meeting next week. Volunteers welcome.", allowed=[MOD]),
        X("Reg Gloyn", "Keep that filth away from the kids. Perverts the lot of them", [EQ, AB], "homophobic abuse"),
        X("Noel M", "Carol's girlfriend works at the Strand surgery, reception, ask her for your mate's test results lol", [DP, BUL], "personal data about a named private person's relationship and job"),
        Y("Sam Petherick", "Count me in for stewarding."),
    ]),
    # ---------------- moderation.third-party-comments: hard negatives ----------------
    dict(handle="@MattYellandCon", pattern=MOD, role="hard_negative", platform="facebook", rows=[
        N("Chaddlecombe: council tax will go up 2.99%. I voted for it because the alternative was closing the leisure centre. Happy to explain.", "councillor's post"),
        C("hard_negative", "Graham Tucker", "Useless lot, the lot of you. Every year up and every year less.", note="rude but acceptable"),
        C("hard_negative", "Wendy Parr", "Where were you when the 58 bus got cut, Matt? Voting for that too.", note="robust political comment"),
        C("hard_negative", "@MattYellandCon", "Wendy, fair point, I did vote for it and I regret it. I'm pushing to reinstate the Sunday service.", note="councillor's reply"),
        N("Leisure centre is staying open. Some of you were right that we were slow. Thanks for keeping on at us.", "councillor's post"),
        C("hard_negative", "Phil Bray", "Truly a council of geniuses 🙄 only took a petition and three meetings", note="sarcastic but acceptable"),
        C("hard_negative", "Ivy Mann", "Whoever planned that car park wants their head looking at, mind. But glad it's open.", note="rude but acceptable"),
    ]),
    dict(handle="@GracePassmoreLD", pattern=MOD, role="hard_negative", platform="facebook", rows=[
        N("Note: I removed a comment from yesterday's post that gave someone's home address. Please don't do that here, whatever the row.", "removal notice; the removed comment is not in the set"),
        C("hard_negative", "Chris Ball", "Fair enough Grace. Tempers are up about the Hollacombe scheme though.", note="civil"),
        C("hard_negative", "@GracePassmoreLD", "I know Chris, and I'm listening. Meeting on the 12th.", note="councillor's reply"),
        N("Hollacombe Cross bypass: the planning committee decides next month. I'll post the report when it's public.", "councillor's post"),
        C("hard_negative", "Gill Rendle", "That bypass is a gert white elephant and the council knows it.", note="robust comment on policy"),
        C("hard_negative", "Tim Pook", "Only took eight years 🙄 proper Devon pace.", note="sarcastic but acceptable"),
        C("hard_negative", "Norah Bidgood", "Rubbish idea from a clueless cabinet, but thanks for being straight with us.", note="rude but acceptable"),
    ]),
]


def weekdays():
    d, out = dt.date(2026, 1, 5), []
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
        posts = [r for r in acc["rows"] if r["kind"] == "post"]
        n = len(posts)
        chunk = len(days) / n
        post_days = [days[int(i * chunk) + rng.randrange(max(1, int(chunk)))] for i in range(n)]
        pi, last_t, parent = -1, None, None
        for r in acc["rows"]:
            if r["kind"] == "post":
                pi += 1
                has_comments = any(x["kind"] == "comment" for x in acc["rows"])
                hour = rng.randint(8, 12) if has_comments else rng.randint(8, 18)
                last_t = dt.datetime.combine(post_days[pi], dt.time(hour, rng.randint(0, 59)))
                parent = r
                r["_key"] = id(r)
            else:
                last_t = last_t + dt.timedelta(minutes=rng.randint(4, 55))
                r["_parent"] = id(parent)
            fam = "hard_negative" if r["kor"] == "hard_negative" else acc["pattern"]
            allowed = list(r["allowed"])
            if r["kor"] == "filler" and acc["role"] == "positive" and acc["pattern"] not in allowed:
                allowed.append(acc["pattern"])
            sev = [SEV[x] for x in r["rules"]]
            verdict = "block" if "block" in sev else "review" if "review" in sev else "advice" if "advice" in sev else "ok"
            row = {"text": r["text"], "author": acc["handle"], "created_at": last_t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                   "platform": acc["platform"], "account": acc.get("account", "councillor"), "kind": r["kind"],
                   "expect": {"rules": r["rules"], "allowed": allowed, "verdict": verdict}, "family": fam,
                   "account_pattern": acc["pattern"], "account_role": acc["role"], "kind_of_row": r["kor"],
                   "note": r["note"]}
            if r["kind"] == "comment":
                row["comment_by"] = r["comment_by"]
            row["_key"], row["_parent"] = r.get("_key"), r.get("_parent")
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        row["id"] = f"B74-A-{i:04d}"
        if row["_key"] is not None:
            ids[row["_key"]] = row["id"]
    out = []
    for row in rows:
        p = row.pop("_parent")
        row.pop("_key")
        if p is not None:
            row["parent_id"] = ids[p]
        out.append({"id": row.pop("id"), **row})
    with open(HERE / "accounts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(len(build()), "rows written to accounts.jsonl")
