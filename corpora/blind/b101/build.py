"""Build blind set b101 (account-level rules) at Whinhaven and Brantdale District Council.

Every row below was written by hand for this set. The script keeps each account's rows
in the order written, spreads an account's posts one per chunk of the 60 weekdays between
5 Jan and 27 Mar 2026 (never two posts of one account on one day), gives each comment a
time 4 to 55 minutes after the row before it under the same post, shuffles the rows,
assigns ids B101-NNNN, resolves parent_id and computes each verdict as the highest
severity among the expected rules. Seed 10101: running it again gives the same file.

    python build.py          # writes accounts.jsonl next to this file
"""
import datetime as dt
import json
import os
import random

SEED = 10101
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

# Rule ids used in this set.
HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
OI = "officers.impartiality"
DEF = "defamation.allegation"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
SEC = "security.credentials"

# Base severity of each rule used (from the rule catalogue).
SEVERITY = {
    HR: "block", MX: "advice", MOD: "review", PA: "review", AL: "review", BI: "block",
    EQ: "block", OI: "review", DEF: "review", DP: "review", IR: "advice", SEC: "block",
}
ORDER = ["ok", "advice", "review", "block"]


def post(kor, text, rules=(), allowed=(), note=""):
    return {"kind": "post", "kor": kor, "text": text, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def com(by, kor, text, rules=(), allowed=(), note=""):
    return {"kind": "comment", "by": by, "kor": kor, "text": text, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def acct(handle, platform, pattern, role, rows, account="councillor"):
    return {"handle": handle, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


F, P, N = "filler", "positive", "hard_negative"

ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    acct("@KevTweddleReform", "x", HR, "positive", [
        post(F, "Pennygill Miners' Welfare packed out last night for the flood meeting. Thanks to everyone who came. Sandbag store at the depot is open 8-4, bring your own car boot. #Pennygill"),
        post(P, "Queen Ann has graced us with another 'listening tour'. Forty minutes in Whinhaven, five in Pennygill, no questions from the floor. Mind, yan can't expect royalty to mix wi' pit folk 👑",
             allowed=[PA, IR], note="Mockery of the Leader, Ann Mossop ('Queen Ann'); first hostile occasion. Nothing beyond the account rule expected."),
        post(F, "Road closure on the Pennygill lonning by the old pit head from Monday, three weeks, for the culvert. Diversion via the Birkmire road. Not ideal but that culvert's been falling in for years."),
        post(P, "Ann Mossop on the regional news saying she 'understands rural poverty'. Lass has a holiday cottage at Brantwater and a husband on a works pension. Understands it from the window of the Volvo, maybe. Bless her.",
             rules=[IR], allowed=[PA, DP], note="Second hostile occasion against Ann Mossop; 'Bless her' is mock sympathy. The husband is unnamed, data protection allowed."),
        post(F, "Good to see Pennygill food bank full again after the Christmas appeal. Canny effort from the churches and the Welfare. Still short on size 4 nappies and tinned fruit if owt's going spare."),
        post(P, "@AnnMossopLab has blocked me again. Third time. A Leader who can't take a question from a Pennygill councillor isn't a leader, she's a laal tin god with a lanyard.",
             rules=[PA], note="Third hostile occasion; 'laal tin god with a lanyard' is a personal attack."),
        post(P, "Funny thing about Whinhaven. Everybody knows everybody. Everybody knows Ann has her bait on the same harbour bench at half twelve, every day, regular as the tide. Folk are that mad about the Pennygill cuts, I'd not be sat out there on my own if I were her. Just saying, marra.",
             rules=[BI], note="Fourth hostile occasion: tells the Leader people know her daily routine and she is not safe alone there; veiled intimidation."),
    ]),
    acct("@GordonBewleyFI", "facebook", HR, "positive", [
        post(F, "Ravensike ward surgery this Saturday, 10 till 12 at the Methodist hall. The bus shelter on Sike Row is finally on the repair list, thanks to the residents who sent photos in."),
        post(P, "Cllr Nowak has been telling us what 'Ravensike needs'. My family's been in St Ebba's churchyard since 1790. Some of us don't need a skills strategy to tell us what this town needs. Offcomers always know best, eh.",
             allowed=[EQ, PA], note="First hostile occasion against Tomasz Nowak, coded as an outsider ('Offcomers always know best'). Equality allowed, not expected."),
        post(F, "Works traffic on the coast road at shift change is getting dangerous again. I've asked Highways for a count at the works gates roundabout. Will report back on here."),
        post(P, "Watched the Economy portfolio holder at the skills fair, shaking hands with contractors in that accent of his and telling Pennygill lads they need 'upskilling'. Our grandads built the works. He came for the wages.",
             allowed=[EQ, PA], note="Second hostile occasion; 'that accent of his', 'came for the wages' frame him as a foreigner without naming nationality."),
        post(F, "Thanks to Ravensike Rugby Club for hosting the warm space on Tuesdays. Soup, the telly and a canny crack. Everyone welcome, no questions asked."),
        post(P, "Tomasz Nowak isn't one of us and never will be. Nobody in Ravensike asked for him on the jobs board. Labour needed a face for the brochure and he fitted. People here have long memories, and so does the ballot box.",
             rules=[PA], allowed=[EQ], note="Third hostile occasion: 'isn't one of us', 'a face for the brochure' belittles him as a token appointment. Personal attack expected, equality allowed."),
    ]),
    acct("@RayGateFells", "facebook", HR, "positive", [
        post(F, "Langhowe and Fells: the gritter route now covers the Howe top road after we pushed for it. If you see ice on the lonning past Skeldale, ring the council on 01632 960214 and quote the road name."),
        post(P, "Another barn conversion refused at Greenhowe. That's the fourth farming family this year. Mrs Threlkeld has never had muck on her boots and it shows in every report her department writes. Hill farms are dying and the Head of Planning is stood on the hosepipe.",
             rules=[OI], allowed=[PA], note="First hostile occasion against Heather Threlkeld, Head of Planning (an officer); criticises her personally, not just the decision."),
        post(F, "Met the farmers' union lads at Langhowe mart about the bridleway gates. Notes gone to the Countryside team, I'll chase them in a fortnight."),
        post(P, "Heather Threlkeld at committee again: 'policy says no'. Policy says whatever Heather wants it to say. She could've found a way and she chose not to. Some of us up the valley have long memories.",
             rules=[OI], allowed=[PA, BI], note="Second hostile occasion against the same officer; 'long memories' is a veiled warning, bullying allowed."),
        post(F, "Broadband voucher scheme has reopened for the fell farms. Details at the parish council meeting on the 12th, or message me and I'll send the form."),
        post(P, "Someone asked if the Head of Planning has ever been up Langhowe. Aye, once. Drove up in a council Skoda, never got out cos it was siling down, then refused the Nelsons' bunkhouse a month later. A townie with a rubber stamp. Nowt personal 😉",
             rules=[OI, PA], allowed=[IR, DP], note="Third hostile occasion; 'a townie with a rubber stamp' belittles the officer. The farming family's surname allows data protection."),
    ]),
    acct("@HilaryNicholsonCon", "x", HR, "positive", [
        post(F, "Brantwater parish meeting: parking on the lake road, the steamer pier repairs and the school bus. Minutes out next week. Thanks to all who came out in that clag."),
        post(P, "Cllr Dixon has discovered that tourists bring money into the district. Ten out of ten, pet, sticker's in the post 🌟 Next week: where the water in the lake comes from.",
             rules=[IR], allowed=[PA, EQ], note="First hostile occasion against Chloe Dixon, a young Labour councillor; mock praise. 'pet' is a gendered put-down, equality allowed."),
        post(P, "Lovely to see the laal lass from Brow Top giving Brantwater a lecture on second homes. Some of us were sat on this council before she'd finished her GCSEs. Gan yam and do your homework, Chloe.",
             rules=[PA], allowed=[EQ], note="Second hostile occasion: age and sex put-down ('laal lass', 'before she'd finished her GCSEs')."),
        post(F, "Good news for Brantwater: the steamer pier gets its repair money in the capital programme. Cross-party support for that one, credit where it's due."),
        post(P, "Watching @ChloeDixonLab's budget speech. Every word read off a phone held under the desk, giggling with her mates on the Labour bench in between. What a performance. Standing ovation from the Brow, I'm sure.",
             rules=[IR, PA], allowed=[EQ], note="Third hostile occasion: mock praise and belittling."),
        post(F, "Flood warning lifted for the lake shore road. Sandbags can go back to the Birkmire depot, or keep them till March, frankly."),
        post(P, "A word for Cllr Dixon, since she keeps tagging me: I've been in this district forty years and I know a great many people in Whinhaven, including some who know your mam. I'd be careful who I picked fights with, love.",
             rules=[BI], allowed=[PA, EQ], note="Fourth hostile occasion: veiled menace invoking her family."),
    ]),
    acct("@StuArmstrongInd", "bluesky", HR, "positive", [
        post(F, "Saltcote sea wall: survey's done, report goes to cabinet in March. Residents on Shore Lane, I'll be knocking next week with the drawings."),
        post(P, "Derek Relph's car park charges explained in one line: he couldn't balance a bait box, so he's taking it out of your pocket at St Ebba's beach. £6 for two hours. Canny work, Derek.",
             rules=[PA, IR], note="First hostile occasion against the Deputy Leader and Finance portfolio holder; belittling plus mock praise."),
        post(F, "Beach clean at St Ebba's on Sunday, 10am. Gloves and bags from the street scene team. Bring a flask, it'll be parky."),
        post(P, "Funny how the Saltcote sea wall money 'slips' out of the capital programme the same year Relph's marra's firm lands the Whinhaven marina job. Not saying owt. Just noticing.",
             allowed=[DEF], note="Second hostile occasion: insinuation of favouritism; defamation allowed, not expected."),
        post(F, "Questions about the council tax rise? The budget papers are online and I'm happy to go through them line by line with anyone. Message me."),
        post(P, "Derek Relph has been cooking the car park figures since 2023 to make his budget add up. Everybody on the third floor knows it, and so does he.",
             rules=[DEF], allowed=[PA], note="Third hostile occasion: a factual allegation of dishonesty about a named councillor."),
    ]),
    acct("@MeganRiggGreen", "bluesky", HR, "positive", [
        post(F, "Water quality results for Brant Water are out. Phosphate still too high at the north end. Asking the water company for the overflow data again."),
        post(P, "Tourism portfolio holder on the speedboat byelaw: 'we have to balance interests'. Fiona balances her marina pals' interests against the rest of ours every single time. Speedboat Fiona strikes again 🚤",
             allowed=[PA, DEF], note="First hostile occasion against Fiona Birkett; nickname and insinuation ('marina pals')."),
        post(F, "Volunteers wanted for the bracken pull on the Skelgarth shore on the 14th. Wellies essential, cake provided."),
        post(P, "Fiona Birkett: Lib Dem, 'green at heart', drives a Range Rover the size of a boathouse. At every ribbon-cutting, never once at a litter pick. Green at heart, diesel in the tank.",
             rules=[PA], note="Second hostile occasion; mocks her as a hypocrite personally."),
        post(F, "Good to see the bus to Brantwater back to hourly from April. Thanks to the campaign group who kept at it all winter."),
        post(P, "Still waiting on @FionaBirkettLD to answer my question from November. Asked at committee, by email, on here, in the car park after. She'll answer when the lake freezes over. I'll keep asking. Every week. Wherever she is.",
             allowed=[BI], note="Third hostile occasion: persistent unwanted contact, 'wherever she is'. Bullying allowed."),
    ]),
    acct("@NormRoutledgeRUK", "x", HR, "positive", [
        post(F, "Bin collections back to normal in Whinhaven Harbour after the snow. Missed a pick-up? Report it online and send me the reference."),
        post(F, "Harbour walkway lights fixed. Took four months and six emails. Small victories."),
        post(P, "Cllr Hetherington says the brown bin charge is 'fair'. Course it's fair when you've a gardener, Lorna. Tell it to the pensioners on Brow Top who'll be hoying grass cuttings in the beck. She's never put her own bin out in her life.",
             rules=[PA], note="First hostile occasion against Lorna Hetherington, Environment and Waste; aimed at her person, not only the charge."),
        post(F, "Fishermen's co-op meeting on the quay, good crack as ever. Pontoon repair money needed before summer, I'm raising it at full council."),
        post(F, "Flu jabs still available at the harbour pharmacy, walk-in on Tuesdays. Worth it, the bug going round is a nasty one."),
        post(P, "Lorna Hetherington has managed to make Whinhaven smell worse than the fish quay in August. Waste portfolio? She'd lose a bin wagon in a car park. Give the job to somebody who's done a day's graft.",
             rules=[PA], note="Second and last hostile occasion (the two-occasion minimum)."),
        post(F, "Thanks to the lads at the harbour depot who turned out at 6am to clear the quay after the storm. Proper grafters, the lot of them."),
    ]),
    acct("@DarrenSharpRUK", "facebook", HR, "positive", [
        post(P, "Housing portfolio holder Jean Pattinson: eleven years a councillor and she still can't tell you how many Whinhaven families are in B&Bs. I asked. She 'didn't have the figure to hand'. Course she didn't.",
             allowed=[PA], note="First hostile occasion against Jean Pattinson, Communities and Housing; sarcastic but about her competence."),
        post(F, "Brow Top residents: the damp survey team is going round Hillcrest flats this month. Please let them in, it's the only way the repairs get logged."),
        post(P, "Jean lives in a detached in Birkmire with a view of the fells. Nice for some. Her tenants in Hillcrest have mould up the walls. I'd be ashamed, but some folk have no shame to spare.",
             rules=[PA], note="Second hostile occasion; 'no shame to spare'."),
        post(P, "Another Jean Pattinson special: announce the repairs, cut the ribbon, photo in the Whinhaven News, forget all about it by Friday. The Brow deserves better than a pensioner drawing the allowance for a hobby.",
             rules=[PA], allowed=[EQ], note="Third hostile occasion; 'a pensioner ... for a hobby' is an age put-down, equality allowed."),
        post(F, "Grateful to the Brow Top Youth Club volunteers who kept the doors open over half-term. Funding bid's in to the community fund."),
        post(P, "Jean won't answer me on here so I'll ask again where everyone can see. Jean. How many. Families. In. B&Bs. Simple question, pet.",
             allowed=[PA, EQ, IR], note="Fourth hostile occasion: public badgering."),
        post(P, "Her surgery is Saturday mornings at Birkmire library. I'll be there with the Hillcrest families. And the Saturday after. And the one after that. Jean can't hide in Birkmire forever.",
             allowed=[BI], note="Fifth hostile occasion; reads as protest alone, but after the posts before it is part of a course of conduct. Bullying allowed."),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    acct("@WendyHodgsonCon", "x", HR, "hard_negative", [
        post(N, "The Leader's decision to close Pennygill tip three days a week is the wrong call. Cllr Mossop has the figures and so do we: the saving is £40k and the fly-tipping bill will eat that by summer.",
             note="Robust criticism of the Leader's decision, civil."),
        post(F, "Birkmire charter fair is back on 6 June. Stallholders, applications open now."),
        post(N, "Asked Cllr Mossop at full council why the car park review went to cabinet without scrutiny. Her answer: it was 'urgent'. It wasn't. Call-in request goes in tomorrow with three other groups.",
             note="Scrutiny of the Leader's process, not her person."),
        post(N, "Credit where it's due: Ann Mossop's deal with the bus operator for the Brantwater route is a canny bit of work. We'd have done the same 👍",
             note="Approving mention of the same person."),
        post(N, "The Leader's 'listening tour' did five towns and not one fell parish. Langhowe has 900 voters and a school under threat. Ann, come up the valley, I'll drive, and you'll be gan yam by teatime.",
             note="Pointed but civil; an invitation, not a threat. Shares the 'listening tour' topic and 'gan yam' with a positive account."),
        post(F, "Birkmire flood group AGM on Thursday. Good crack, terrible biscuits."),
        post(N, "Budget vote: Conservatives opposing. Not because Ann Mossop is a bad person, she isn't, but because this budget guts rural services to protect Whinhaven's pet projects. Our amendment is on the group website.",
             note="Fifth mention of the Leader, policy-focused."),
    ]),
    acct("@SamFisherGreen", "bluesky", HR, "hard_negative", [
        post(N, "Cllr Nowak's report on the waste store community fund is thin. £2m over ten years for hosting intermediate-level waste isn't a deal, it's a tip. I'll be asking him for the modelling at scrutiny.",
             note="Robust criticism of a portfolio holder's report."),
        post(F, "Ravensike allotments: troughs back on from 1 March. Rats in the compost at the top end, pest control booked."),
        post(N, "Tomasz is a canny fella and a grafter, and I like him. His skills strategy is still daft: 400 apprenticeships and no bus from Pennygill that gets there before 7am.",
             note="Separates the person from the policy; 'daft' is about the strategy."),
        post(N, "I'm an offcomer myself, twenty years in Ravensike. The Economy portfolio holder says the works 'will always be here'. That's what they said about the pits. Ravensike needs a plan for after, and cabinet hasn't got one. Tomasz, publish the options paper.",
             note="Uses 'offcomer' of the writer, not the target; repeated but civil scrutiny."),
        post(F, "Ravensike beck clean pulled out two trolleys, a tyre and a canoe paddle. Yan of you lot knows whose paddle that is."),
        post(N, "Voted against Cllr Nowak's community fund motion tonight. Good debate, and he took every question, which is more than some do. Still wrong on the numbers.",
             note="Fourth mention of Tomasz Nowak, fair."),
    ]),
    acct("@JoanDickinsonFI", "facebook", HR, "hard_negative", [
        post(F, "Langhowe school bus: the county has agreed to keep the 7.40 from the top farms until July. Thanks to the parents who wrote in."),
        post(N, "Derek Relph couldn't run a tombola at the Langhowe show without losing the tickets. Finance portfolio? Heaven help us. The man's a walking deficit.",
             rules=[PA], note="A single hostile post at Derek Relph: a personal attack, but one occasion only."),
        post(F, "Lambing's started up the valley, so if you're walking dogs on the fells, leads on please. The farmers are on their knees already."),
        post(N, "Met Cllr Relph about the fell parishes' precept grant. He listened, took notes and has agreed to look at the formula before next year. Fair do's.",
             note="Later civil mention of the same person."),
        post(F, "Langhowe village hall roof appeal has reached £12k. Brilliant effort, everyone."),
        post(N, "Derek Relph has answered my question on rural rate relief in writing. Not the answer I wanted, but a straight one. Published in full below.",
             note="Second civil mention."),
    ]),
    acct("@PeteWilsonLab", "x", HR, "hard_negative", [
        post(N, "Cllr Tweddle's been on here again shouting about Pennygill like he invented the place. He lives in Birkmire, marra. Biggest gob in the chamber and the emptiest head.",
             rules=[PA], note="A single hostile post at Kevin Tweddle (himself a harasser in this set)."),
        post(F, "Pennygill Miners' Welfare centenary dinner in May. Tickets from the bar. Bring your grandad's lamp."),
        post(F, "Street lights on Pit Row fixed. Ta to the lads at the depot."),
        post(N, "Ray Gate's planning speech tonight was the usual: shout first, read the report never. A rubber-stamp merchant in wellies, all bluster and no homework.",
             rules=[PA], note="A single hostile post at a second person, Raymond Gate: two targets, one occasion each."),
        post(F, "Pennygill food bank collection at the Co-op this Saturday, 10 till 2."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    acct("@EdnaCassonChair", "facebook", MX, "positive", [
        post(F, "As Chair of the Council I was honoured to present the Whinhaven lifeboat crew with their long-service awards today. Forty years between three of them."),
        post(P, "Our Maisie's first Brownie camp at Skelgarth this weekend. Granny's packed her enough mint cake to get her up the Howe and back 😂",
             allowed=[DP], note="Granddaughter named, on the Chair's council account."),
        post(F, "The Chair's charity this year is West Fells Mountain Rescue. Quiz night at the Civic Hall on 20 February, £5 a head, teams of six."),
        post(P, "Gan yam after a long week and the dog's eaten a whole tea towel. Vet says he'll live. Meg, you daft thing.",
             note="Personal pet news on the council account."),
        post(F, "Citizenship ceremony at the Civic Hall this morning: twelve new British citizens from six countries. Welcome to the district, all of you."),
        post(P, "Forty-five years married today to the most patient man in Cumbria. Bill, I'd do it all again, even the caravan holidays in the rain ❤️",
             allowed=[DP], note="Husband named."),
    ]),
    acct("@AlanBraithwaiteLD", "x", MX, "positive", [
        post(F, "Planning committee site visits on Tuesday. Members meet at Birkmire depot, 9.30. Wear boots."),
        post(P, "First Herdwick twins of the year in the in-bye field this morning. Both up and sucking. Yan, tyan... that's enough counting for one day 🐑",
             note="His own farm on the Planning Chair's account."),
        post(F, "Local Plan review consultation closes 27 Feb. Every comment gets read, I promise."),
        post(P, "Fell race on Saturday. Last in my age group, first to the tea tent, which is what matters."),
        post(F, "Good session for new members on the planning code and the register of interests. Thanks to the legal team."),
        post(P, "Our lass has done her back in lifting a ewe, so it's me on the cooking this week. Pray for us all.",
             allowed=[DP], note="Wife's injury (health), unnamed; data protection allowed."),
    ]),
    acct("@TrevorWrenLab", "facebook", MX, "positive", [
        post(F, "Ravensike and Seamill: the new bus shelter at the works gate is in. Took a year. Cheers to everyone who signed the petition."),
        post(P, "What a game at the Rec. Whinhaven Wreckers 24, Saltcote 18, in a gale. Voice gone. Worth it 🏉",
             note="Personal sport post on the councillor account."),
        post(F, "Council tax support: if you're on a low income, check whether you can claim. Forms at Ravensike library or message me."),
        post(P, "Night shift done at the works, then straight into a housing panel. Running on bacon butties and stubbornness. Gan yam time.",
             note="His own job and tiredness mixed with council business."),
        post(F, "Met the harbour master about the Seamill slipway. Repair is costed, now to find the money."),
        post(P, "Our Jack married his Hannah on Saturday at St Ebba's. Proudest dad in the county. Best man's speech was a disgrace, well done lad.",
             allowed=[DP], note="Son and his bride named."),
    ]),
    acct("@BrendaKirkbrideLab", "facebook", MX, "positive", [
        post(F, "Saltcote post office saved! The community shop is taking it on from April. Thanks to everyone who backed it."),
        post(P, "Finished the christening shawl for our new grandson just in time. Three months of knitting, two dropped stitches nobody'll spot. Alfie was 8lb 2oz and perfect.",
             allowed=[DP], note="Grandson named with his birth weight."),
        post(F, "Coastal path at Saltcote closed past the caravan park after a landslip. Please don't climb the fence, it isn't safe."),
        post(P, "Mam's 90th on Sunday at the Saltcote Arms. She had two sherries and told the vicar off. Still got it.",
             allowed=[DP], note="Mother's age and party."),
        post(F, "Winter fuel grants: St Ebba's and Saltcote residents, the deadline is 28 Feb. Apply through Citizens Advice."),
        post(P, "Beautiful morning on the beach with the dog. Clear enough to see right across the firth. Days like this you don't need owt else.",
             note="Personal dog walk on the council account; harmless but personal."),
    ]),
    acct("@MarkYewdallCon", "bluesky", MX, "positive", [
        post(F, "Upland farm support: the council's rural grants open in March. Fell parishes, shout if you need help with the forms."),
        post(P, "Fetched the tups down off the top today in the clag. Lost the quad key in a bog. Found it. Lost the dog instead. Typical Monday.",
             note="His own farm day."),
        post(F, "Langhowe footbridge repair approved at cabinet. Work starts after lambing."),
        post(P, "Our Ellie's got her place at vet school! Proud as punch. Her mam cried, I didn't (I did).",
             allowed=[DP], note="Daughter named with her university place."),
        post(F, "Thanks to the fell parishes for the invite to the snow-clearance volunteers' supper. Canny food and a lot of tall stories."),
        post(P, "Bought a new-to-me tractor off a fella in Birkmire. Goes like a rocket, sounds like a dying cow. Love her.",
             note="Personal purchase."),
    ]),
    acct("@RosieScottGreen", "x", MX, "positive", [
        post(F, "Birkmire tree planting this Saturday, 10am at the rec. 300 saplings, bring a spade."),
        post(P, "Dip in the tarn before work. 5 degrees. Screamed. Felt lish after.",
             note="Personal swim."),
        post(F, "Asked at scrutiny why half the district's EV chargers are broken at any one time. Answer due next month."),
        post(P, "Happy birthday to my partner Cat, who puts up with me reading committee papers in the bath. Pasta and a film tonight ❤️",
             allowed=[DP], note="Partner named."),
        post(F, "Birkmire bus timetable changes from March: the 6 goes half-hourly, the 14 loses its last run. Summary in the thread."),
        post(P, "Our whippet Pip has learned to open the back door. Chaos. Send help.",
             note="Pet news."),
    ]),
    acct("@IanHeadLD", "bluesky", MX, "positive", [
        post(F, "Brantwater car park: the residents' permit scheme goes to cabinet in March. Consultation results attached."),
        post(P, "Dad's hip op went well at the Infirmary. He's already complaining about the tea, so back to normal.",
             allowed=[DP], note="Father's operation (health)."),
        post(F, "Speed checks on the lake road this week with community speedwatch. Twelve over 40 in one hour."),
        post(P, "Cumberland sausage, black pudding, two eggs and a view of the fells. Best café breakfast in the county, not naming it or I'll never get a table again.",
             note="Personal breakfast post."),
        post(F, "Brantwater flood barriers tested Thursday. Lake road closed 9 till 1."),
        post(P, "Off up to Northumberland with the family for half-term, caravan and wellies. Casework to the Lib Dem office please, anything urgent they'll ring me.",
             note="Family holiday mixed with casework arrangements."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (council accounts)
    # ------------------------------------------------------------------
    acct("@LeeKendallLab", "facebook", MX, "hard_negative", [
        post(N, "Families in Pennygill: free holiday clubs run all Easter at the Miners' Welfare, meals included. Book through the school office.",
             note="'Families' is about residents."),
        post(N, "As a grandad myself I know how dark that stretch of Pit Row is at school time. The new crossing lights go in next month.",
             note="A personal aside serving a council message."),
        post(N, "Residents keep telling me 'our lass can't get a GP appointment for love nor money'. I've raised it with the health board, meeting on the 15th.",
             note="Quotes residents' family words."),
        post(N, "Our grandads dug the coal under this town. The Pennygill heritage trail opens in spring, and the council is funding the plaques.",
             note="Community history, not his own family news."),
        post(N, "Mums and dads at Pennygill Primary: the school street closure trial starts Monday, 8.30-9.15 and 3-3.45. The laal 'uns will thank you.",
             note="Parents as residents."),
        post(N, "Canny turnout at the family fun day in the park. 600 folk, one bouncy castle, no lost bairns. Thanks to the council's parks team.",
             note="Council event for families."),
    ]),
    acct("@AmiraHussainLD", "bluesky", MX, "hard_negative", [
        post(N, "Mothering Sunday lunch club at the Harbour Community Centre for anyone on their own that day. Free, book through the centre.",
             note="Community event."),
        post(N, "Half-term for families in Whinhaven: swimming is £1 for under-16s all week at the harbour pool.",
             note="Council service for families."),
        post(N, "'Me mam's been waiting two years for a bungalow.' I hear this every week. The housing allocations policy is up for review, have your say.",
             note="Quotes a resident's 'me mam'."),
        post(N, "Young carers' group at the harbour library on Thursdays. If your bairn cares for someone at home, they can come for a brew and a natter.",
             note="Service for residents' children."),
        post(N, "Thanks to the Whinhaven mams who organised the buggy-walk petition for the harbour ramp. The ramp is funded.",
             note="Residents' campaign."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (separate personal accounts)
    # ------------------------------------------------------------------
    acct("@lorna_fellwalks", "bluesky", MX, "hard_negative", [
        post(N, "Up the Howe with the grandkids. Clag came down at the top so we ate the butties in a sheepfold. Best day.",
             note="Personal account, family content only."),
        post(N, "Re-reading my old fell guide. Pencil notes from 1987 in the margins, mostly about rain.",
             note="Hobby."),
        post(N, "Sourdough attempt four. Could be used as a doorstop. Will persevere.",
             note="Hobby."),
        post(N, "Tarn swim with the laal group from the village. Freezing. Went back in for more.",
             note="Hobby; 'laal' on the negative side."),
        post(N, "Our kid's birthday, so it's the chippy in Saltcote and a walk on the beach. Simple pleasures.",
             note="Family, unnamed."),
    ], account="personal"),
    acct("@derek_pigeons", "facebook", MX, "hard_negative", [
        post(N, "Two birds back from the Saltcote toss by dinner time. The blue chequer hen first home again. Canny bird.",
             note="Personal account, pigeon racing."),
        post(N, "Lofts need a clean-out before the season. Any marras with a spare Saturday, bring a scraper.",
             note="Hobby; 'marras' on the negative side."),
        post(N, "Me and the grandkids built a bird table. It's wonky. The robins don't care.",
             note="Family, unnamed."),
        post(N, "Pennygill Homing Society dinner. Good crack, bad jokes, and nobody won the raffle who wasn't on the committee.",
             note="Hobby club."),
        post(N, "Gannin' yam the long way round the lake. Still the best view anywhere.",
             note="Personal."),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (all facebook)
    # ------------------------------------------------------------------
    acct("@JennyGravesLab", "facebook", MOD, "positive", [
        post(F, "Harbour regeneration drop-in at the Quay Gallery on Wednesday, 2 till 7. The plans for the old coal staithes are up on the wall. Come and tell us what you think."),
        com("Shane Fearon", P, "Mossop and her cronies want to turn our harbour into flats for offcomers. Useless article wants chucking off the end of the pier, and her lot with her.",
            allowed=[PA, BI, EQ], note="Abuse and a threat at the Leader left up."),
        com("Margaret Rigby", N, "Went this afternoon. Lovely model of the staithes. Worried about parking though.",
            note="Civil comment."),
        com("@JennyGravesLab", N, "Thanks Margaret, parking's the top comment so far. Keep them coming.",
            note="Owner reply under the same post as the abusive comment; the reply itself is fine."),
        post(F, "Quay market back from March, Saturdays 9 till 2. New stall pitches available."),
        com("Shaun Kirk", P, "Watch out for the burger van fella, lives at 14 Netherby Terrace, Whinhaven. Been done for selling dodgy meat before. Don't buy off him.",
            allowed=[DP, DEF], note="Private trader's address and an allegation of an offence left up."),
        com("Sharon Tait", P, "Market's a joke run by clowns. That Gillian Fell in tourism wouldn't know a market if she fell over one. Thick as mince.",
            allowed=[PA, OI], note="Abuse of a named officer left up."),
        com("Pat Holme", N, "Any pitches for craft stalls? My daughter knits.",
            note="Civil comment."),
    ]),
    acct("@ColinAtkinsonCon", "facebook", MOD, "positive", [
        post(F, "Birkmire market square resurfacing starts 2 Feb. The market moves to the mart car park for six weeks."),
        com("Linda Marr", P, "Heard they've put that family from the hostel in the flat above the chemist. Her at 3 Market Street is on a methadone script and her bairns run wild. Lock your cars.",
            allowed=[DP, PA], note="Address and health data about a private family left up."),
        com("Eric Tyson", N, "Will the disabled bays still be near the mart entrance?",
            note="Civil question."),
        com("@ColinAtkinsonCon", N, "Yes Eric, four bays by the mart gate. I checked with the engineer this morning.",
            note="Owner reply under a post whose abusive comment stays up."),
        post(F, "Public meeting about the Birkmire wind turbine application, Thursday 7pm at the village hall. Come and hear both sides."),
        com("Rob Harker", P, "Any councillor who votes for these turbines wants their windows putting in. We know where you all live.",
            allowed=[BI], note="Threat against councillors left up."),
        com("Ken Bowe", P, "The developer's man Vince is ringing round the farms offering backhanders. His mobile's 07700 900418 if anyone wants to ask him what he's paying.",
            allowed=[DP, DEF, SEC], note="A private person's mobile number and a bribery allegation left up."),
        com("Jan Wood", N, "Will someone from the planning team be there to answer questions?",
            note="Civil question."),
    ]),
    acct("@TinaEdmondsonInd", "facebook", MOD, "positive", [
        post(F, "Anti-social behaviour on the pit heap path: I've met the police and the council's community safety team. Extra patrols Friday and Saturday nights."),
        com("Sandra Pearce", P, "Everyone knows it's the Carrick lad from 22 Wagon Row. Been inside twice. Just lift him.",
            allowed=[DP, DEF], note="Named young man, address and criminal record left up."),
        com("Colin Bell", N, "Thanks Tina. The lighting on that path is useless an' all, any chance?",
            note="Civil comment."),
        com("@TinaEdmondsonInd", N, "Colin, lighting's on my list. The street lighting team are costing it now.",
            note="Owner reply."),
        post(F, "Pennygill library keeps its Saturday hours: the budget amendment passed tonight."),
        com("Mick Cowan", P, "That library's full of smackheads and foreigners hogging the computers. Shut it and good riddance.",
            allowed=[EQ, AL], note="Discriminatory abuse left up."),
        com("Tony Wharton", P, "Tina you're a two-faced tart, you said the opposite at the Welfare last week.",
            allowed=[PA, AL, EQ], note="Sexist abuse of the page owner left up."),
        com("Anne Walker", N, "Brilliant news. Story time for the bairns is about the only free thing left in town.",
            note="Civil comment."),
    ]),
    acct("@KeithDobsonRUK", "facebook", MOD, "positive", [
        post(F, "Ravensike skills fair was busy. Plenty of jobs going at the works and in the supply chain. Local lads and lasses first, that's what I want to see."),
        com("Dave Pearson", P, "Local first aye. Send the Poles and the rest of them packing. Nowak an' all, he can gan yam and take his lot with him.",
            allowed=[EQ, PA], note="Discriminatory comment about a councillor and a group left up."),
        com("Kirsty Hunter", N, "Any apprenticeships for over-25s? Asking for my husband.",
            note="Civil question."),
        com("@KeithDobsonRUK", N, "Kirsty, yes, two of the contractors take adult apprentices. Message me and I'll send the details.",
            note="Owner reply under a post whose discriminatory comment stays up."),
        post(F, "Plans for Ravensike's new GP surgery are on the council website. Consultation runs until March."),
        com("Barry Fox", P, "The receptionist at the old one, Julie, the big lass with the glasses, treats everyone like muck. Somebody should wait for her after her shift and have a word.",
            allowed=[BI, PA, DP], note="A named private worker, described, with a veiled threat, left up."),
        com("Gail Scott", P, "Waste of time. Nowak's mate's building firm will get the contract, same as always. Bent as a nine bob note, the lot of them.",
            allowed=[DEF], note="Corruption allegation left up."),
        com("Stan Jackson", N, "Will it have parking? The old one's a nightmare.",
            note="Civil question."),
    ]),
    acct("@BethCowperthwaiteLD", "facebook", MOD, "positive", [
        post(F, "Second homes and holiday lets: the council tax premium on second homes doubles from April. The money stays in the district for housing. Views welcome."),
        com("Jim Gill", P, "Good. The couple from Manchester at Beck Cottage, Skelgarth leave it empty ten months a year. Put a brick through the window, see if they notice.",
            allowed=[BI, DP], note="Incitement against a named private property left up."),
        com("Glenys Tyson", N, "We let our annexe in summer to pay the mortgage. Will the premium hit us?",
            note="Civil question."),
        post(F, "Car park charges at Brantwater pier: I've asked the Head of Tourism and Car Parks for the usage data before cabinet decides."),
        com("Nev Parkin", P, "Gillian Fell's on the take from the car park firm, everybody knows it. Bought and paid for.",
            allowed=[DEF, OI], note="Corruption allegation about a named officer left up."),
        com("Lorraine Bell", P, "Beth you're as thick as a Herdwick and twice as woolly. Useless.",
            allowed=[PA], note="Insult to the page owner left up."),
        com("Frank Usher", N, "Any word on the residents' permit scheme for the village?",
            note="Civil question."),
    ]),
    acct("@TonyMusgraveLab", "facebook", MOD, "positive", [
        post(F, "Coastal erosion at Saltcote: the Environment Agency and the council are on site today. The caravan park's lower field is closing. Meeting for owners on Friday."),
        com("Ronnie Gibson", P, "Hilary Nicholson has been sniffing round that caravan park owner for years, we all know what that's about. Dirty old slapper.",
            allowed=[AL, PA, DEF, EQ], note="Obscene, sexist abuse and innuendo about a councillor left up."),
        com("Maureen Hall", N, "Thanks for the update Tony. Where will they move the vans to?",
            note="Civil question."),
        post(F, "Saltcote Primary's new roof is done. Fair play to the contractor, on time and on budget."),
        com("Carl Benn", P, "Shame about the head. Mrs Rowe covered up for the bully in Year 5 and the governors know it.",
            allowed=[DEF, DP], note="Allegation of misconduct about a named headteacher left up."),
        com("Shaz Kay", P, "Tony you're a jumped-up gobshite. Saltcote's been a dump since you got in.",
            allowed=[PA, AL], note="Abuse of the page owner left up."),
        com("Ian Park", N, "Credit where due, it looks canny.",
            note="Civil comment."),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard negatives
    # ------------------------------------------------------------------
    acct("@EmmaStoddartGreen", "facebook", MOD, "hard_negative", [
        post(N, "The 77 bus up the valley is being cut to three a day from April. I've objected in writing. Here's the letter.",
             note="Owner post."),
        com("Walter Ellwood", N, "Useless lot, the whole council. Three buses a day? Might as well walk to Birkmire.",
            note="Rude about the council as a body; acceptable."),
        com("Jackie Nelson", N, "Typical. Cut the fells first, always. Whinhaven gets everything.",
            note="Robust complaint."),
        com("@EmmaStoddartGreen", N, "Jackie, I agree the fells lose out. The letter's gone and the operator replies by the 20th.",
            note="Owner reply."),
        post(N, "Langhowe school consultation: the proposal is to federate it with Birkmire. I have concerns about travel times for the top farms.",
             note="Owner post."),
        com("Bill Routh", N, "Federation's a daft idea dreamed up by folk who've never driven the Howe road in February.",
            note="Robust criticism of a proposal."),
        com("Val Elliot", N, "Vote the whole cabinet out in May, they've no clue about the valley.",
            note="Political opinion."),
    ]),
    acct("@YusufBensonLab", "facebook", MOD, "hard_negative", [
        post(N, "Brow Top play park reopens Saturday with new swings. Thanks to the residents' association for pushing.",
             note="Owner post."),
        com("Kev Grainger", N, "About time. Two years to change a swing, canny fast for this council 🙄",
            note="Sarcastic about the council; acceptable."),
        com("Lisa Moor", N, "Nice one Yusuf. The kids are made up.",
            note="Civil comment."),
        com("@YusufBensonLab", N, "Thanks Lisa. The bench by the gate is next.",
            note="Owner reply."),
        post(N, "I've taken down a comment on yesterday's post that named a family on Hillcrest and their children. Criticise me all you like, but I won't leave people's kids named on my page. Page rules are pinned at the top.",
             note="Removal notice: the owner moderates."),
        com("Carol Tweedie", N, "Fair enough Yusuf. Some folk forget bairns read this stuff an' all.",
            note="Civil comment."),
        com("Alan Gibb", N, "You lot are all as bad as each other, Labour, Reform, the lot. Do some work instead of posting.",
            note="Rude but acceptable."),
    ]),
]


def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def verdict(rules):
    return max((SEVERITY[r] for r in rules), key=ORDER.index, default="ok")


def default_note(a, r):
    if r["kor"] == F:
        if a["role"] == "positive":
            return "Ordinary post in a positive account; the account rule is allowed."
        return "Ordinary post in a hard-negative account."
    return ""


def build_rows():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for a in ACCOUNTS:
        posts = [r for r in a["rows"] if r["kind"] == "post"]
        n = len(posts)
        chunks = [days[i * len(days) // n:(i + 1) * len(days) // n] for i in range(n)]
        pi = -1
        parent = None
        t = None
        for r in a["rows"]:
            if r["kind"] == "post":
                pi += 1
                has_comments = False
                idx = a["rows"].index(r)
                if idx + 1 < len(a["rows"]) and a["rows"][idx + 1]["kind"] == "comment":
                    has_comments = True
                day = rng.choice(chunks[pi])
                hour = rng.randint(8, 13) if has_comments else rng.randint(8, 18)
                t = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
            else:
                t = t + dt.timedelta(minutes=rng.randint(4, 55))
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if r["kor"] == P:
                rules = [a["pattern"]] + rules
            if r["kor"] == F and a["role"] == "positive":
                allowed = [a["pattern"]] + allowed
            row = {
                "id": None,
                "text": r["text"],
                "author": a["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "platform": a["platform"],
                "account": a["account"],
                "kind": r["kind"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
                row["parent_id"] = parent
            row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
            row["family"] = "hard_negative" if r["kor"] == N else a["pattern"]
            row["account_pattern"] = a["pattern"]
            row["account_role"] = a["role"]
            row["kind_of_row"] = r["kor"]
            row["note"] = r["note"] or default_note(a, r)
            if r["kind"] == "post":
                parent = row
            rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "B101-%04d" % i
    for row in rows:
        if row["kind"] == "comment":
            row["parent_id"] = row["parent_id"]["id"]
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_rows())


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(render())
    print("wrote", os.path.basename(OUT))
