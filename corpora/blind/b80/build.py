"""Blind set b80: account-level rules at Fenhaven and Stourness District Council.

Every row below was written by hand for this set. The script keeps each account's rows
in written order, puts one post per chunk of the weekday calendar (never two posts of
an account on one day), gives comments times 4-55 minutes after the row before them
under the same post, shuffles, assigns ids B80-A-NNNN and resolves parent_id.
Seed 8080: running it again writes the same accounts.jsonl.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 8080
HERE = Path(__file__).resolve().parent

HAR = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
IR = "tone.irony-risk"
OF = "officers.impartiality"
BU = "bullying.intimidation"
DE = "defamation.allegation"
EQ = "equality.discrimination"
DP = "data-protection.personal-data"
SC = "security.credentials"

SEV = {"advice": 1, "review": 2, "block": 3}
RULE_SEV = {HAR: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
            IR: "advice", OF: "review", BU: "block", DE: "review", EQ: "block",
            DP: "review", SC: "block"}


def P(kor, text, note="", rules=(), allowed=()):
    """a post: kor is positive, hard_negative or filler"""
    return dict(kind="post", kor=kor, text=text, note=note, rules=list(rules), allowed=list(allowed))


def C(by, kor, text, note="", allowed=()):
    """a comment under the last post above it, shown on the page owner's account"""
    return dict(kind="comment", by=by, kor=kor, text=text, note=note, rules=[], allowed=list(allowed))


def H(text, note, rules=(), allowed=()):
    return P("positive", text, note, rules, allowed)


def F(text, note="ordinary ward business"):
    return P("filler", text, note)


def N(text, note):
    return P("hard_negative", text, note)


ACCOUNTS = [
    # ---------------- harassment.repeated-target: positive ----------------
    dict(author="@LeeSturgessRUK", pattern=HAR, role="positive", platform="x", account="councillor", rows=[
        F("Port road HGV count done this morning with residents on Quay Street. 212 lorries before 9am. Figures going to highways today. Proper eye-opener."),
        H("Denise Farrant switched on the new pier lights last night. Lovely coat, Denise 👌 Shame the lights are on the one bit of Fenhaven that didn't need fixing. Stourness gets a pothole the size of a paddling pool, the Queen of the Pier gets a photo op 👑",
          "target Denise Farrant (Leader), full name + nickname; mock praise and belittling", [PA, IR]),
        F("Surgery Saturday at the Quay Community Centre, 10 till 12. Bring your bin moans, your parking moans, all of it. Kettle's on."),
        H("Watched the Leader try to answer a question on the port budget at cabinet. Bless her, it was like watching someone reverse a caravan onto the Gullsey causeway. Shuffles the papers, looks at the officer, smiles. Every single time.",
          "same target by role; mock sympathy, belittling", [PA, IR]),
        H("Farrant's had more new pairs of glasses this year than Stourness has had bus shelters. Priorities innit. #FenhavenFirst",
          "same target by surname; mockery of her appearance, no swearing", [PA]),
        F("Good turnout at the Stourness flood meeting. Environment Agency lot stayed till the end and answered everything, credit to them."),
        H("Someone asked me if @DeniseFarrantFH reads the Quay petitions. Mate, I'm not convinced she reads anything that isn't a seating plan for a civic dinner.",
          "same target by @handle; fourth hostile occasion", [PA]),
    ]),
    dict(author="@KellyAnnBrooker", pattern=HAR, role="positive", platform="facebook", account="councillor", rows=[
        F("Old Town market is back from Saturday 🙌 stalls all along Fish Row, 9 till 3. Go and support the traders, they've had a right mare this winter."),
        H("So Marcus Threlfall has 'reimagined' the Old Town again. Last time he reimagined something we lost the toilets on Fish Row. The geezer couldn't reimagine his way out of a paper bag. Who drew these plans up Marcus, and which of your mates gets to build them? Just asking 🤷‍♀️",
          "target Marcus Threlfall (Cabinet, Regeneration), full name; belittling plus insinuation about mates' firm (defamation allowed)", [PA], [DE]),
        F("Thanks to everyone who came to the Fish Row toilets meeting. Petition is at 640 names. Keep sharing x"),
        H("Threlfall turned up to the traders' breakfast in loafers and no socks. In January. On the Old Town cobbles. That's all you need to know about how much he understands this town 😂😂",
          "same target by surname; ridicule of the man, not the scheme", [PA]),
        F("Streetlight on Tanners Yard fixed, cheers to the crew who came out the same day. Reem."),
        H("Marcus, babe, nobody's well jel of your shiny regeneration award. We're just wondering how you won it for a scheme that hasn't started yet. Did you bring the trophy from home? 🏆 Congrats hun x",
          "same target by first name; mock congratulations", [PA, IR]),
    ]),
    dict(author="@TerryBagshawLab", pattern=HAR, role="positive", platform="x", account="councillor", rows=[
        F("Residents' briefing on the new planning portal at Stourness library, Thursday 2pm. Bring your questions, I'll bring the biscuits."),
        H("Funny how every time a developer wants something in Stourness, Gordon Ashdown's report says yes, and every time a resident wants a dropped kerb it's 'policy constraints'. Head of Planning or head of hospitality for Marram Homes? Drawing no conclusions. Well. Some.",
          "target Gordon Ashdown (Head of Planning, officer); questions his neutrality; insinuation (defamation allowed)", [OF], [DE, PA]),
        F("Bosh. Dropped kerb on Anchor Road finally in. Mrs Pullen's got her scooter out the front door for the first time in two years. Only took forever."),
        H("Asked the planning officer (sorry, Mr Ashdown) three times in committee about the marsh drainage. Three answers, all different. Maybe someone could buy him a tide table for Christmas. And a spine.",
          "same officer by role and title; belittling", [OF, PA]),
        F("Ward walkabout round the Lanes estate with the housing team. Damp in four flats, all logged. Will chase every one."),
        H("Gordo's report on the Maltings has landed. 94 pages, not one mention of the flood zone. Either he can't read a map or he's been told not to. Which is it Gordon? #Stourness",
          "same officer by nickname and first name; third occasion", [OF, PA], [DE]),
    ]),
    dict(author="@JackieScrivCon", pattern=HAR, role="positive", platform="facebook", account="councillor", rows=[
        F("Hadbury St Mary village hall roof appeal smashed it 💪 £4,200 raised. Thank you all, you're proper stars."),
        H("Ruby Tennant wants a 20mph zone right through Hadbury. Sweetheart, some of us have jobs to drive to. Maybe pop out of the yurt and ask the commuters at the station what they think 🙄",
          "target Ruby Tennant (Green), full name; gendered put-down (equality allowed)", [PA], [EQ, IR]),
        F("Station car park resurfacing starts Monday, half the bays shut for a week. Sorry in advance, it badly needs doing."),
        H("Ruby's latest motion: 'rewilding' the verges. Translation: letting them go minging and calling it a policy. Lovely hair in the photo though Ruby, did you cut it yourself? 💇‍♀️",
          "same target by first name; mock compliment on appearance", [PA, IR], [EQ]),
        F("Bin rounds back to normal after the snow catch-up. Any missed, message me your street and I'll chase."),
        H("Our Green friend from Little Wickley is ever so brave posting about cycling from the front seat of her little electric car. Shut up! 😂 Little girl playing at politics, bless.",
          "same target by role/ward; belittling, gendered (equality allowed)", [PA, IR], [EQ]),
    ]),
    dict(author="@DazFitchettFR", pattern=HAR, role="positive", platform="bluesky", account="councillor", rows=[
        F("Esplanade beach clean crew out at 7 this morning. Forty bags and a shopping trolley. Legends, the lot of you."),
        H("Graham Pask says the Esplanade is 'thriving'. Graham, mate, you'd call the Titanic a water feature. The man has never met a fact he couldn't spin. #Fenhaven",
          "target Graham Pask (Deputy Leader), full name; ridicule of the person", [PA]),
        F("Residents' forum Tuesday, St Aldhelm's church hall, 6pm. On the agenda: parking permits and the arcade noise."),
        H("Ah, the Deputy Leader's back from his 'fact-finding trip' up north. Gold star, Graham ⭐ find any facts? Bet the hotel was reem.",
          "same target by role; mock praise, hints at a junket (defamation allowed)", [PA, IR], [DE]),
        F("Arcade noise complaints now logged with environmental health. If it's keeping you up, report it too. Numbers matter."),
        H("Pasky Pask: a briefing note for every occasion and an answer for none. Three years of this. Give it a rest, geezer.",
          "same target by nickname and surname; third occasion", [PA]),
    ]),
    dict(author="@StaceyMuggLD", pattern=HAR, role="positive", platform="x", account="councillor", rows=[
        F("Ockwell station: the rail operator says step-free access works start in April. I'll believe it when I see the cones, but it's progress."),
        H("Our MP Julian Wrexford has discovered Ockwell exists. Must be an election coming. Welcome to the village Julian, the station's the one with all the stairs 🙃",
          "target Julian Wrexford MP, full name; sarcastic welcome", [IR, PA]),
        H("Wrexford voted to cut the coastal fund then posed on the sea wall in a hi-vis. The hi-vis is the only thing about him that's ever been visible round here.",
          "same target by surname; the vote is fair game, the put-down is personal", [PA]),
        F("Bramble End speed watch did two hours this morning. 37 over the limit on School Lane. Data going to the police this afternoon."),
        H("@JulianWrexfordMP do you actually know where Bramble End is, or does your researcher need to draw you a map in crayon again?",
          "same target by @handle; belittling", [PA]),
        F("Huge thank you to Ockwell WI for the food bank collection. Three car loads. Unreal."),
        H("Jules, bless him, posted a lovely photo of 'our Fenhaven beach' yesterday. It was a stock picture of Cornwall. He's been our MP for six years 😂",
          "same target by nickname; fourth occasion; mock affection", [IR, PA]),
    ]),
    dict(author="@RayCattermole", pattern=HAR, role="positive", platform="facebook", account="councillor", rows=[
        F("Pier ward surgery moved to the library this week, the heating's gone at the usual place."),
        H("Bev Ansell stood up in full council and lectured us all on housing. Bev, darling, you've been on this council fourteen years and the only thing you've ever built is a reputation for moaning. Chin up, eh 😘",
          "target Bev Ansell (Labour group leader), full name; condescension, mock sympathy (equality allowed)", [PA, IR], [EQ]),
        F("Pier ward lamp posts getting new banners for the centenary. Pier Primary designed them and they're lovely."),
        H("Ansell's lot are leafleting my ward with the same tired old rubbish. The lady should remember people round here have long memories, and I know every door she's knocked on 👀",
          "same target by surname/role; veiled intimidation", [PA, BU]),
        F("Met the harbour master about the Pier slipway. Repairs booked in for March."),
        H("Caught Bev on the local telly defending her group's budget. Having a proper mare. Someone get that woman a calculator and a lie-down.",
          "same target by first name; belittling, gendered (equality allowed)", [PA], [EQ]),
    ]),

    # ---------------- harassment.repeated-target: hard negative ----------------
    dict(author="@PeteHockleyLD", pattern=HAR, role="hard_negative", platform="x", account="councillor", rows=[
        N("Cllr Denise Farrant has led this council for three years. In that time the Stourness bus subsidy has been cut twice and the Old Town toilets closed. That's her record and I'll keep saying so. #Fenhaven",
          "repeated civil criticism of the Leader's record (1 of 4)"),
        F("Esplanade shelter repainted by the Men's Shed lads. Proper job, cheers fellas."),
        N("The Leader promised a full review of beach hut charges 'by Christmas'. It's February. @DeniseFarrantFH, when will residents see it?",
          "civil criticism of the Leader's record by @handle (2 of 4)"),
        N("Credit where it's due: Denise Farrant's decision to keep the lifeguards on the Esplanade this summer is the right one and I'll back it at council.",
          "approving post about the same person (3 of 4)"),
        F("Fenhaven library opening till 7 on Tuesdays from next week. Bosh."),
        N("Farrant's budget leans on reserves for the third year running. Not a personal point, a money one: it can't last, and our amendment shows another way. Full council Thursday.",
          "civil criticism of her budget by surname (4 of 4)"),
    ]),
    dict(author="@SandraBrightLab", pattern=HAR, role="hard_negative", platform="facebook", account="councillor", rows=[
        N("The new seafront parking charges are proper minging for local families. £2.80 an hour to park by the sea you live next to. Scrap them.",
          "robust criticism of a policy (1 of 4)"),
        N("Cllr Tony Wicks's parking scheme has pushed cars into every side street off Marine Parade. It needs a residents' exemption, and I've written to him asking for one.",
          "names the cabinet member who leads the policy; criticises the scheme (2 of 4)"),
        F("Litter pick along the Pier ward front this Saturday, 10am by the bandstand. Gloves and bags provided."),
        N("Tony, I know you believe in this scheme and I respect that, but your own figures show trade on the front down 12%. Time for a rethink, innit?",
          "addresses the member by first name, civil (3 of 4)"),
        F("Well jel of the kids at Pier Primary, their new playground opened today and it's reem. Brilliant work by the PTA."),
        N("Third time of asking: the seafront parking policy needs a review. This isn't a go at Tony Wicks, it's a go at a policy that's hurting the Pier ward. Motion to full council next month.",
          "repeated criticism of the same policy, explicitly not personal (4 of 4)"),
    ]),
    dict(author="@AnilChaudhryGreen", pattern=HAR, role="hard_negative", platform="bluesky", account="councillor", rows=[
        F("Shellmarsh sea wall inspection today with the Environment Agency. Worrying erosion by the old sluice. Report to follow."),
        F("Brent geese back on the marsh in their thousands. Best sight in the district, mate."),
        N("Cllr Marcus Threlfall's decision to pause the Little Wickley cycle path is a mistake, plain and simple. It's cheap, it's funded, and it's safer for the kids going to Hadbury school. Reverse it.",
          "one sharp criticism of a decision by the member also targeted by a positive account"),
        F("Little Wickley parish council tonight: bus timetable consultation. Come along and have your say."),
        N("Fair play to Marcus Threlfall: after the consultation he's put the cycle path money back. Proper result for Little Wickley. Thank you Marcus.",
          "later thanks the same member by name"),
        F("Cockle sheds open day Thursday on Gullsey. Bring wellies, it's muddy."),
    ]),

    # ---------------- capacity.mixed-account: positive ----------------
    dict(author="@WayneDossettCon", pattern=MIX, role="positive", platform="x", account="councillor", rows=[
        P("positive", "Happy 6th birthday to my grandson Alfie 🎂🎈 the little geezer wants a dinosaur cake and a go on the pier rides. Grandad's wallet is having a mare.", "grandchild's birthday on a council account (data-protection allowed)", allowed=[DP]),
        F("Ockwell bypass consultation closes Friday. Have your say, it's your village."),
        P("positive", "Tenerife bound ✈️☀️ a week of doing absolutely nothing. See you on the other side, Ockwell.", "holiday"),
        F("Pothole on Mill Lane reported and the patching crew is booked for Tuesday."),
        P("positive", "COME ON STOURNESS TOWN!! 3-1 at home, the lads were proper up for it. Reem.", "football"),
        F("Bramble End bus shelter replaced, thanks to the passenger transport team."),
    ]),
    dict(author="@ChantelleRuddRUK", pattern=MIX, role="positive", platform="facebook", account="councillor", rows=[
        F("Quay Street residents: the parking permit consultation is open till 20 March. Link on the council website."),
        P("positive", "Meet Biscuit 🐶 our new rescue pup. He's eaten a slipper and a TV remote and we've had him two days. Obsessed with him.", "new pet"),
        F("Met the port about lorries using the Lanes as a rat run. They've agreed to change their sat-nav routing advice to hauliers."),
        P("positive", "Girls' holiday booked!! Spain in May, who's well jel 🍹☀️", "holiday"),
        F("Fly-tipping on the Anchor Road footpath cleared this morning. Report it and it gets done."),
        P("positive", "Fresh nails for the weekend 💅 pink and sparkly, feeling reem.", "personal grooming"),
    ]),
    dict(author="@GaryLumleyLab", pattern=MIX, role="positive", platform="bluesky", account="councillor", rows=[
        P("positive", "Out on the sea wall at 6am with the rods. Two bass and a frozen nose. Only in Fenhaven.", "fishing hobby"),
        F("Old Town conservation area review: drop-in at the museum, Wednesday 3 till 7."),
        P("positive", "My daughter Kayleigh passed her driving test first time 🚗 proper proud dad. Mind yourselves on the Esplanade.", "child named (data-protection allowed)", allowed=[DP]),
        F("Tanners Yard bins: collection day moves to Thursday from next week."),
        P("positive", "Stourness Town away at the weekend. Freezing, lost 2-0, the pie was minging. Wouldn't have missed it.", "football"),
        F("Cabinet has agreed to reopen the Fish Row toilets. Took a while, but bosh, done."),
    ]),
    dict(author="@MaureenHatchInd", pattern=MIX, role="positive", platform="facebook", account="councillor", rows=[
        F("Hadbury St Mary: the application for the Church Lane barns is open for comments until 3 March. Details on the council website."),
        P("positive", "My Derek is finally having his hip done on Thursday. It's been a long old wait. Prayers appreciated 🙏", "husband's operation (health; data-protection allowed)", allowed=[DP]),
        F("Gritting routes now include School Hill after residents asked. Thanks to highways for listening."),
        P("positive", "Bingo at the Legion last night, won a line AND the meat raffle. Sunday dinner sorted 😂", "social life"),
        F("Councillor surgery at Hadbury library Friday 10 till 12."),
        P("positive", "Smudge has brought in another frog. Third one this week. Bless him, he thinks he's helping.", "pet"),
    ]),
    dict(author="@NadiaColeGreen", pattern=MIX, role="positive", platform="bluesky", account="councillor", rows=[
        F("Little Wickley bus: the consultation response is in and the 14 stays hourly. Thanks all who wrote in."),
        P("positive", "She's here 💚 Our daughter Willow arrived on Tuesday, 7lb 2oz. Completely smitten. Anil's covering the ward for a few weeks.", "new baby (data-protection allowed)", allowed=[DP]),
        F("Shellmarsh saltmarsh restoration bid submitted today with the wildlife trust."),
        P("positive", "Allotment update: the broad beans survived the frost. Small wins.", "hobby"),
        F("Reminder: the Shellmarsh sea wall footpath is shut by the sluice while repairs go on."),
        P("positive", "Family walk on the marsh, mud up to my knees, toddler covered head to toe. Absolutely reem day.", "family outing"),
    ]),
    dict(author="@KevStebbingsLD", pattern=MIX, role="positive", platform="x", account="councillor", rows=[
        P("positive", "Knee op went fine, thanks for all the messages. Off the bike for six weeks, which is a proper mare for my Strava.", "own operation (health; data-protection allowed)", allowed=[DP]),
        F("Ockwell level crossing closure times now posted at the station after we asked."),
        P("positive", "My boy Connor got married on Saturday. Best day of my life, dad-dancing at the Ockwell Arms till midnight 🥂", "son's wedding (data-protection allowed)", allowed=[DP]),
        F("Bramble End pond clean-up: 12 volunteers, two tonnes of silt. Cheers everyone."),
        P("positive", "Cycled the estuary loop before the knee went. 42 miles, headwind both ways. How is that even possible, mate?", "cycling hobby"),
        F("Ward grant to Ockwell Youth Club approved: £1,500 for new kit."),
    ]),
    dict(author="@TrevMayhewFR", pattern=MIX, role="positive", platform="facebook", account="councillor", rows=[
        F("Marine Parade crossing signals fixed after three weeks. Report faults through the council app."),
        P("positive", "Dad's 80th today 🎉 Stanley Mayhew, Fenhaven born and bred, still does the crossword in pen. Love you, old man.", "father's birthday, named (data-protection allowed)", allowed=[DP]),
        F("Esplanade residents' parking zone meeting Thursday 6pm, St Aldhelm's hall."),
        P("positive", "Caravan's out of storage. First trip of the year next week, bring on the sunshine.", "holiday"),
        F("Thanks to the coastal team for clearing the shingle off the prom after the storm. Quick work."),
        P("positive", "Pigeon club results: Blue Betty home first from the 200-mile race. GET IN!!", "hobby"),
    ]),

    # ---------------- capacity.mixed-account: hard negative ----------------
    dict(author="@BrendaKembleFH", pattern=MIX, role="hard_negative", platform="facebook", account="councillor", rows=[
        N("The Chairman's Charity Cockle Walk is on for 14 March across the Gullsey causeway at low tide. Sponsorship forms at the civic centre. My training so far: mostly reading tide tables.", "civic charity event; self-deprecating line but no family/personal content"),
        N("Honoured to present long-service awards to our refuse crews today. Twenty-five years for three of them. Proper legends.", "civic duty"),
        N("Chairman's civic service at St Aldhelm's on Sunday. All welcome, friends and families of everyone in the council family too.", "'family' used about the council and residents"),
        N("This year's Chairman's charity is Estuary Carers, who support families looking after loved ones right across the district.", "'families' about residents"),
        N("Visited Hadbury St Mary Primary to talk to Year 5 about what a councillor does. Best question of the day: 'Do you get a crown?' Sadly no.", "civic school visit"),
        N("Cockle Walk total: £6,310 for Estuary Carers. Thank you to every walker, steward and the coastguard. Shut up, I know, I'm chuffed.", "civic charity result"),
    ]),
    dict(author="@CllrJasSandhu", pattern=MIX, role="hard_negative", platform="x", account="councillor", rows=[
        N("Our new Family Hub in Stourness opens Monday: health visitors, baby clinic, parenting support and a benefits desk under one roof.", "'family hub' council service"),
        N("Half-term holiday activities and food programme: free places for children on free school meals at six venues. Book through your school.", "'holiday' about a council programme"),
        N("Proud of our foster carers. We need 20 more families in the district. Info evening at Fenhaven civic centre, Thursday 6pm.", "'families' about fostering recruitment"),
        N("Family Hub outreach now at Ockwell village hall every other Tuesday, midwife drop-ins included. Bosh.", "'family hub' council service"),
        N("Young carers' celebration day today. These kids do so much for their families. Well done every one of you.", "council event about residents' families"),
    ]),
    dict(author="@roygedge_fishing", pattern=MIX, role="hard_negative", platform="facebook", account="personal", rows=[
        N("Tide was right this morning. Three dabs and a whiting off the end of Stourness jetty.", "separate personal account, fishing"),
        N("Grandson's first go with a rod. Caught a crab and screamed the place down. Proud grandad.", "personal account, family, no council business"),
        N("New reel arrived, bosh. Now I just need the wind to drop.", "personal account"),
        N("Anyone know a decent bloke for outboard repairs round Stourness? Mine's having a mare again.", "personal account"),
        N("Sunset over the marshes from the boat tonight. Doesn't get better than this.", "personal account"),
    ]),

    # ---------------- moderation.third-party-comments: positive ----------------
    dict(author="@DawnPrykeLab", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Update on port lorries: from April, HGVs are banned from the Lanes overnight. This took two years of pushing. Thank you to everyone who signed.", "page post"),
        C("Dean Sizer", "positive", "About time. Now sort out the scum in flat 4 Quay Court, the Pocock lad. Everyone knows he's dealing out of there.", "address and crime allegation about a private person left up", [DE, DP]),
        C("Kerry Aldous", "hard_negative", "Great news Dawn, my windows rattle every night. Does it cover weekends too?", "civil question"),
        C("Mick Tovell", "positive", "Dawn Pryke is a useless fat cow who only turns up for the photos", "insult to the councillor left up", [PA, AB]),
        F("Quay Street play area reopens Friday with new swings and a safer surface.", "page post"),
        C("Kerry Aldous", "hard_negative", "Reem! Kids have been waiting ages. Is the toilet block reopening too?", "civil comment"),
        C("Shaun Gilder", "positive", "Shame the pikeys will have it smashed up by Sunday", "ethnic slur against Travellers left up", [EQ, AB]),
        C("@DawnPrykeLab", "hard_negative", "Hi Kerry, the toilet block reopens in April, we've chased it.", "councillor replies below an abusive comment without removing it"),
    ]),
    dict(author="@SimonKnevettCon", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Fenhaven Pier centenary fireworks confirmed for 6 June. Thank you to the sponsors and the Pier Trust.", "page post"),
        C("Glen Harker", "positive", "Pier Trust chairman Gary Bowditch has been fiddling the books for years, ask anyone. Thief.", "fraud allegation about a private person left up", [DE]),
        C("Jo Catchpole", "hard_negative", "Will there be a quieter viewing area this year? It was a lot for my little one last time.", "civil request"),
        C("Craig Ebbs", "positive", "Knevett you absolute bellend, the only thing you've ever sponsored is the bar at the golf club", "obscene insult to the councillor left up", [PA, AB]),
        F("New large bins with gull-proof lids along the Pier ward front from next week.", "page post"),
        C("Paula Tredgett", "hard_negative", "About time, the gulls have been having a field day. Cheers Simon.", "civil comment"),
        C("Glen Harker", "positive", "Bins won't help while that lot from the Seaview hotel chuck rubbish everywhere. Send the lot of them back where they came from.", "anti-migrant comment left up", [EQ]),
        C("@SimonKnevettCon", "hard_negative", "Thanks Paula, and yes, the lids should sort the gulls out.", "councillor reply; abusive comment still up"),
    ]),
    dict(author="@LorraineEadyInd", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Shellmarsh flood defence money confirmed: £2.1m for the sea wall by the sluice. Works start in the summer.", "page post"),
        C("Terry Nunn", "positive", "Ron Tiffen at Sluice Farm has been cutting into the sea wall to drain his fields, he wants locking up. He's at 3 Marsh End if anyone wants a word.", "crime allegation plus a private address left up", [DE, DP, BU]),
        C("Sue Hempstead", "hard_negative", "Will the footpath stay open during the works? I walk the dog there every morning.", "civil question"),
        C("Ian Rowbottom", "positive", "Eady's a thick old bat who wouldn't know a sea wall from a garden wall", "insult to the councillor left up", [PA, EQ]),
        F("Little Wickley bus shelter vandalised again. Replacement ordered and the police informed.", "page post"),
        C("Mark Duffield", "hard_negative", "Gutted. My mate's camera on the shop might have caught it, I'll ask him.", "civil comment"),
        C("Terry Nunn", "positive", "We all know it's the Tiffen kids. Someone wants to give them a proper hiding and see how they like it.", "incites violence against identifiable children, left up", [BU, DP]),
        C("@LorraineEadyInd", "hard_negative", "Thanks Mark, please pass anything to the police rather than posting it here.", "councillor reply; the comment stays up"),
    ]),
    dict(author="@MoSiddiquiLD", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Iftar at the Old Town community centre on Friday, open to all neighbours whatever your faith. Come and eat with us.", "page post"),
        C("Dave Pigram", "positive", "Not in our Old Town. Take it back where it came from.", "anti-Muslim comment left up", [EQ]),
        C("Lorraine Cass", "hard_negative", "Lovely idea. Can I bring anything? Happy to make a cake.", "civil comment"),
        C("Lee Baldock", "positive", "Siddiqui only got in because his lot all vote how the mosque tells them. Rigged.", "religious stereotype and electoral-fraud allegation left up", [EQ, DE]),
        F("Old Town parking: 30 extra resident bays on Ropewalk from March.", "page post"),
        C("Joanne Bays", "hard_negative", "Thank you! Ropewalk's been a nightmare. Any chance of the same on Sail Loft Lane?", "civil comment"),
        C("Lee Baldock", "positive", "F*** your bays Mo you absolute c*nt", "obscene abuse at the councillor left up", [AB, PA]),
        C("@MoSiddiquiLD", "hard_negative", "Hi Joanne, Sail Loft Lane is next on the list, survey in April.", "councillor reply; abuse still up"),
    ]),
    dict(author="@JennyRolfeGreen", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Hadbury to the station cycle path: design workshop Wednesday at the village hall. All welcome.", "page post"),
        C("Rob Dunstable", "positive", "Hope a lorry flattens you on your precious cycle path Jenny", "threat-like comment left up", [BU, PA]),
        C("Nicola Frost", "hard_negative", "Proper needed. I'd cycle my kids to school if it was safe.", "civil comment"),
        C("Gavin Crisp", "positive", "Rolfe's husband works for the contractor, that's why she's pushing it. Corrupt.", "corruption allegation left up", [DE]),
        F("Hadbury verges: wildflower strips this year, with mown paths kept for walkers.", "page post"),
        C("Sam Ingrey", "hard_negative", "Looks a bit minging in winter but lovely in summer. Fair enough.", "mildly rude but civil"),
        C("Gavin Crisp", "positive", "Tracy Gowers at 12 Green Lane lets her dog foul every verge in Hadbury. Blue door. Go and tell her.", "private person's name and address left up", [DP, BU]),
        C("@JennyRolfeGreen", "hard_negative", "Thanks Sam, fair point. We'll put signs up explaining what's going on.", "councillor reply; comment with address still up"),
    ]),
    dict(author="@BarryKettleRUK", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Met residents about the HMO on Station Road, Ockwell. The licensing team are inspecting next week.", "page post"),
        C("Keith Lusher", "positive", "Landlord's Kev Brannock, his mobile's 07700 900417. Give him a ring at 3am and tell him what you think.", "private phone number with an invitation to harass, left up", [DP, SC, BU]),
        C("Lynn Chaplin", "hard_negative", "Thanks Barry. The bins there have been overflowing for months.", "civil comment"),
        C("Wes Garnham", "positive", "Full of foreigners on benefits, no wonder the street's gone to pot", "xenophobic comment left up", [EQ]),
        F("Ockwell speed camera: the site meets the criteria. Installation due in May.", "page post"),
        C("Lynn Chaplin", "hard_negative", "Good. Someone's going to get killed on that bend.", "civil comment"),
        C("Donna Keeble", "positive", "Barry Kettle is a racist thug and everyone knows he knocks his wife about", "serious allegation about the councillor left up", [DE, PA]),
        C("@BarryKettleRUK", "hard_negative", "Cheers Lynn, agreed about the bend, that's why we pushed for it.", "councillor reply; allegation still up"),
    ]),
    dict(author="@CarolSparrowFR", pattern=MOD, role="positive", platform="facebook", account="councillor", rows=[
        F("Youth disorder on the Esplanade last weekend: I'm meeting the police and the youth service on Thursday.", "page post"),
        C("Bernie Oakes", "positive", "It's the Cuthbert boy from Hythe Close, 14, year 9 at Fenhaven High. Mum's a smackhead. Name and shame.", "child identified, allegation about the mother, left up", [DP, DE]),
        C("Gill Pennick", "hard_negative", "More for the kids to do would help. The youth club shut two years ago.", "civil comment"),
        C("Stu Rayner", "positive", "Round the little rats up and drop them off the end of the pier, problem solved", "violent abuse about children left up", [AB, BU]),
        F("Esplanade shelters getting CCTV from next month.", "page post"),
        C("Gill Pennick", "hard_negative", "Good news. Will the footage be kept private?", "civil question"),
        C("Stu Rayner", "positive", "The geezer who runs the arcade is a nonce, ask his ex. CCTV won't stop him.", "severe allegation about an identifiable private person left up", [DE]),
        C("@CarolSparrowFR", "hard_negative", "Yes Gill, the council's CCTV rules apply and footage is only viewed after an incident.", "councillor reply; allegation still up"),
    ]),

    # ---------------- moderation.third-party-comments: hard negative ----------------
    dict(author="@NickFairweatherCon", pattern=MOD, role="hard_negative", platform="facebook", account="councillor", rows=[
        N("Council tax is going up 4.99%. I know it's tough. Here's where the money goes: social care, bins, and the sea wall.", "page post"),
        C("Kev Mulvey", "hard_negative", "Useless lot, the lot of you. Same every year.", "rude but acceptable"),
        C("Tina Brazier", "hard_negative", "4.99% and still no gritting on my road. Do one, Nick.", "blunt, acceptable"),
        C("Alan Rudge", "hard_negative", "Where was this money when they cut Hadbury library's Saturday opening?", "robust question"),
        N("Hadbury recycling centre weekday hours extended from next month.", "page post"),
        C("Tina Brazier", "hard_negative", "Truly a council of geniuses 🙄 it should never have been cut in the first place", "sarcasm about the council, acceptable"),
        C("@NickFairweatherCon", "hard_negative", "I've removed a comment that included a neighbour's address. Happy to discuss any issue, just not people's personal details please.", "removal notice"),
    ]),
    dict(author="@TanyaBloomfieldLab", pattern=MOD, role="hard_negative", platform="facebook", account="councillor", rows=[
        N("The cabinet is proposing to cut the winter Stourness ferry sailings. I'll be opposing it at scrutiny.", "page post"),
        C("Phil Cordery", "hard_negative", "Rubbish idea from a clueless cabinet. Proper shambles.", "robust criticism of a decision"),
        C("Marie Spurling", "hard_negative", "Thanks Tanya. My mum uses the ferry to get to her appointments in Fenhaven.", "civil comment"),
        C("Phil Cordery", "hard_negative", "Whoever signed this off should be embarrassed. Dreadful decision.", "sharp but about a decision"),
        N("Pier Primary crossing patrol saved after the parents' petition.", "page post"),
        C("Marie Spurling", "hard_negative", "Shut up! That's brilliant news. Well done to the mums who organised it.", "idiom, positive"),
        C("Darren Wicken", "hard_negative", "Took you lot long enough. Don't expect a thank you card.", "rude but acceptable"),
    ]),
]


def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        s = RULE_SEV[r]
        if best == "ok" or SEV[s] > SEV[best]:
            best = s
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        items = acc["rows"]
        n_posts = sum(1 for r in items if r["kind"] == "post")
        step = len(days) / n_posts
        post_days = [days[rng.randrange(int(i * step), int((i + 1) * step))] for i in range(n_posts)]
        pi, last_time, last_post = 0, None, None
        for idx, r in enumerate(items):
            if r["kind"] == "post":
                has_comments = idx + 1 < len(items) and items[idx + 1]["kind"] == "comment"
                hour = rng.randint(8, 11) if has_comments else rng.randint(8, 18)
                t = dt.datetime.combine(post_days[pi], dt.time(hour, rng.randint(0, 59)))
                pi += 1
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
            last_time = t
            pat, kor = acc["pattern"], r["kor"]
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if kor == "positive":
                rules = [pat] + rules
            elif kor == "filler" and acc["role"] == "positive":
                allowed = [pat] + allowed
            row = {
                "text": r["text"], "author": acc["author"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"], "account": acc["account"], "kind": r["kind"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = last_post
            row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
            row["family"] = "hard_negative" if kor == "hard_negative" else pat
            row["account_pattern"] = pat
            row["account_role"] = acc["role"]
            row["kind_of_row"] = kor
            row["note"] = r["note"] or "ordinary ward business"
            row["_key"] = id(r)
            if r["kind"] == "post":
                last_post = id(r)
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["_key"]] = f"B80-A-{i:04d}"
    out = []
    for row in rows:
        o = {"id": ids[row["_key"]]}
        for k, v in row.items():
            if k in ("_key", "_parent"):
                continue
            o[k] = v
            if k == "comment_by":
                o["parent_id"] = ids[row["_parent"]]
        out.append(o)
    with open(HERE / "accounts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(len(build()), "rows written to accounts.jsonl")
