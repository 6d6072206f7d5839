#!/usr/bin/env python3
"""Blind set b65: account-level rules at Allerhope District Council (fictional).

Every text, label and note below was written by hand for this set. The script
keeps each account's rows in the written order, spreads each account's posts one
per chunk of the weekday calendar (5 Jan to 27 Mar 2026), gives comments times
4 to 55 minutes after the row before them under the same post, shuffles all
rows, assigns ids B65-A-NNNN, resolves parent_id and writes accounts.jsonl.
Seed 6565: running it again gives the same file.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 6565
HERE = Path(__file__).resolve().parent

RT = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DE = "defamation.allegation"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"

# lowest severity each rule can take (RULES.md); the verdict is the highest
# of these among expect.rules unless a row sets it by hand
BASE = {RT: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
        BU: "block", EQ: "block", OF: "review", DE: "review", IR: "advice",
        DP: "review", SC: "block"}
ORDER = ["ok", "advice", "review", "block"]


def P(text, kor, rules=(), allowed=(), note="", verdict=None):
    return dict(kind="post", text=text, kor=kor, rules=list(rules), allowed=list(allowed),
                note=note, verdict=verdict)


def C(by, text, kor, rules=(), allowed=(), note="", verdict=None):
    return dict(kind="comment", by=by, text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, verdict=verdict)


ACCOUNTS = []


def account(author, platform, pattern, role, rows, acct="councillor"):
    ACCOUNTS.append(dict(author=author, platform=platform, pattern=pattern, role=role,
                         rows=rows, account=acct))


F = "filler"
POS = "positive"
HN = "hard_negative"

# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts
# ---------------------------------------------------------------------------

# Len Cowens (Independent, older) -> Gwendolen Tait, Leader
account("@LenCowensInd", "facebook", RT, "positive", [
    P("Gritter finally made it up the Otterslack top road this morning, third day of asking. Credit to the lads on the wagon who were out from 4am, it's not their fault the route got changed. If your lane's still like glass ring the highways line and log it, and tell them Len sent you.",
      F, note="Ward business in a harassment account."),
    P("Sat through Cllr Tait's 'rural listening tour' video. Lovely scarf. Shame the listening stops at the cattle grid, four years as Leader and she's never once been further up the valley than Otterslack chapel. Still. Lovely scarf 👍",
      POS, [RT, IR], [PA], "First hostile occasion on the Leader: mock praise (the scarf) and a sly dig at her absence."),
    P("Otterslack Fell surgery this Saturday 10 till 12 in the reading room. Bring your bin calendar problems, your broadband moans and if you're feeling generous a few biscuits.",
      F, note="Ward surgery notice."),
    P("Ask yourselves why a Leader whose husband sells houses for a living is quite so keen on the Kelderburn Road allocation. I'm not saying owt. I'm just asking. Somebody ought to.",
      POS, [RT], [DE, PA], "Second occasion: insinuation of a conflict of interest ('not saying owt, just asking'). Defamation allowed, not expected, because nothing is stated as fact."),
    P("Gwen Tait stood up at full council, read a speech about rural buses off her phone, scrolling with one finger, and got the route numbers wrong. Twice. Woman couldn't find Otterslack with a satnav and a sherpa. And she runs the district.",
      POS, [RT, PA], [IR], "Third occasion: belittles her competence personally rather than the bus policy."),
    P("Her Ladyship's office has 'not received' my three letters about the quarry lorries. Funny how the post only ever goes missing in the one direction. That's three times I've raised it Gwendolen, and I'll keep raising it.",
      POS, [RT, IR], [PA, DE], "Fourth occasion: 'Her Ladyship' sneer and the suggestion her office is pretending letters were lost."),
    P("Good news for the Cragsend and Hollins bairns: the school bus will wait at the Hollins end until 8.10 when the road's bad. Took a few phone calls but the transport team listened.",
      F, note="Ward business."),
])

# Shannon Pigg (Reform UK, younger) -> Isla Mundell, Cabinet Member for Housing
account("@ShannonPiggReform", "x", RT, "positive", [
    P("Tenter Row street lights fixed 💡 took 5 weeks but we got there. Report faults on the council site, screenshot your ref & send it me if nowt happens",
      F, note="Ward business."),
    P("Isla Mundell on the regional news saying the housing waiting list is 'coming down' 🤣🤣 babe it's coming down bc you changed who's allowed ON it. maths isn't that hard",
      POS, [RT, PA, IR], [EQ], "First occasion: condescending 'babe', mocking laughter and 'maths isn't that hard' aimed at her, not only at the list policy."),
    P("Whitlaw Bridge under-12s cup final Sat 🏆⚽ proud of these lads & lasses, 2-1 in the last minute. Council pitch looked mint after the drainage works",
      F, note="Ward business (council pitch)."),
    P("Another day another 'strategy' from the housing portfolio holder. 47 pages, 3 photos of herself, 0 new council homes in Whitlaw Bridge. Isla if you put half the effort into the job that you put into the ring light we'd be sorted 💅",
      POS, [RT, PA, IR], [], "Second occasion: vanity mockery of the same person."),
    P("Fly tipping on the Brockley lonnen again, mattress + 2 fridges. Reported. If anyone saw a white van Sunday night DM me not the comments",
      F, note="Ward business."),
    P("Tagging @IslaMundellCon again cos she's blocked half of Whitlaw Bridge but not me yet 👀 Isla pet, 4th time of asking, when is the Tenter Row damp survey? or are you too busy doing your hair for the next photo op",
      POS, [RT, PA], [EQ, IR], "Third occasion: the damp survey is a fair question, but 'pet' and 'doing your hair' make it a belittling dig at the same target."),
])

# Barry Thirlwell (Labour) -> Leonie Scrimgeour, Head of Planning (officer)
account("@BarryThirlwellLab", "facebook", RT, "positive", [
    P("Kelderburn flood group met last night in the Miners' Welfare, thirty-odd folk there. The Environment Agency are coming out to look at the culvert behind the Co-op on the 19th. Come along if you were flooded in 2024.",
      F, note="Ward business."),
    P("Once again the officer report on the Kelderburn Road scheme recommends approval. Once again the Head of Planning, Ms Scrimgeour, finds no harm to anything at all. I've lost count of how many developers have got exactly what they asked for on her watch. Residents can draw their own conclusions.",
      POS, [RT, OF], [DE, PA], "First occasion on an officer: questions her neutrality in public; 'draw their own conclusions' insinuates."),
    P("Thanks to everyone who came to the Kelderburn Gala meeting. We're short a first aider and somebody with a trailer. Shout up!",
      F, note="Community business."),
    P("Leonie Scrimgeour at committee yesterday: 'the officer view is settled.' Settled by who, Leonie? Eleven years in that job and she still can't look the public gallery in the eye. Time for fresh blood in planning.",
      POS, [RT, OF, PA], [], "Second occasion: personal dig at the officer and a call for her to go."),
    P("Kelderburn library keeps its Saturday opening after all. Big thanks to the Friends of the Library who filled in the consultation in their hundreds.",
      F, note="Ward business."),
    P("Three objections from the flood group, 'mislaid' by the planning department. Same department, same head of service, same result. I've asked Leonie directly what happened to them and I'm still waiting. Funny, that.",
      POS, [RT, OF], [DE, IR, PA], "Third occasion: sly insinuation that the officer buried objections."),
])

# Fenella Roddam (Conservative) -> Bryony Hedley, Green councillor
account("@FenellaRoddam", "x", RT, "positive", [
    P("Brankstead Moor broadband: Openreach confirm the fibre cabinet at Moorhouses goes live w/c 9 Feb. About 140 homes. Patience rewarded at last.",
      F, note="Ward business."),
    P("How sweet of Cllr Hedley to bring a homemade banner to full council. Felt tips and everything. One day she'll bring a costed amendment and we can all have a grown-up conversation.",
      POS, [RT, PA, IR], [], "First occasion: mock praise and infantilising of a named councillor."),
    P("Lovely lunch with Brankstead WI for their 100th. A century of jam, yes, but also a century of campaigning on things that matter. Happy birthday ladies.",
      F, note="Community business."),
    P("Bryony has discovered cows produce methane. Someone break it to her about sheep before she tries to cancel Brankstead Show.",
      POS, [RT, IR], [PA], "Second occasion: mild on its own (could be read as policy banter), hostile as part of the course of conduct."),
    P("Gritting: the Moor road goes on the priority route from next winter after the review. Thanks to everyone who wrote in, it made the difference.",
      F, note="Ward business."),
    P("Pointed out to Bryony Hedley after committee (politely) that her peat figures came from a 2011 report. The little pout. Honestly, the Greens are sending us children now.",
      POS, [RT, PA], [EQ, IR], "Third occasion: belittles her manner and age; equality allowed for the age/gender undertone."),
])

# Jack Ogle (Lib Dem, younger, lower case) -> Rory Charlton-Booth, Deputy Leader
account("@JackOgleLD", "bluesky", RT, "positive", [
    P("allerhope market place parking consultation closes friday. i've put my response up, have a read, disagree with me if you like, but fill it in",
      F, note="Ward business."),
    P("rory charlton-booth explaining the cost of living to a room of pensioners in allerhope town hall. this from a man who refers to his gamekeeper as 'the staff'. you genuinely couldn't write it",
      POS, [RT], [PA, IR], "First occasion: class mockery of the Deputy Leader. Mild alone; hostile in the series."),
    P("great turnout at the allerhope repair café. 41 things fixed incl a 1970s teasmade. council community grant well spent tbh",
      F, note="Ward business."),
    P("deputy leader rory (three estates, one brain cell, shares it with the labrador) has voted against the rural hardship fund again. consistent, i'll give him that",
      POS, [RT, PA, IR], [], "Second occasion: the vote is fair game; 'one brain cell' is a personal insult."),
    P("allerhope town: bin day changes from 2 march. calendar on the council site, paper copies at the library if you need one",
      F, note="Ward business."),
    P("just watched @RoryCB_Con walk out of scrutiny when he was asked about the grouse moor subsidy. the man has never given a straight answer in his life and he's not about to start for us peasants",
      POS, [RT, PA], [DE, IR], "Third occasion: same target, sweeping personal slur on his honesty."),
])

# Maureen Dodd (Allerhope Independents, older) -> Philippa Ord MP
account("@MaureenDoddAI", "facebook", RT, "positive", [
    P("Cragsend village hall roof appeal has reached £8,400 !! Thank you all so much. The council's community fund put in £2,000 and the rest was you lot and your tombolas x",
      F, note="Ward business."),
    P("Our MP Philippa Ord was in Cragsend on Friday. For eleven minutes. I timed it. Long enough for the photo at the war memorial and back in the car. Never seen anybody so allergic to a conversation with a pensioner.",
      POS, [RT, PA], [IR], "First occasion on the MP: mockery of her as a person."),
    P("Still no reply from Mrs Ord about the surgery closing at Hollins. Mind, she found time to write about a hedgehog crossing for somebody down south. Funny old world isn't it.",
      POS, [RT, IR], [PA], "Second occasion: sly sarcasm about the same person."),
    P("Hollins bus shelter glass has been replaced. Please tell your grandbairns it cost £640 of council tax and we'll not be doing it twice.",
      F, note="Ward business."),
    P("Philippa, pet, if you read these (and your office does, we know you do) you might like to know folk round here call you the Invisible Woman. It is not a compliment.",
      POS, [RT, PA], [IR, EQ], "Third occasion: nickname and 'pet', addressed directly to her."),
    P("The Ord expenses roadshow rolls on. A second-home allowance and still she can't find her way to Cragsend. Where does it all go? Only asking, for 700 constituents.",
      POS, [RT, IR], [DE, PA], "Fourth occasion: 'where does it all go' insinuates misuse of expenses; defamation allowed."),
    P("Cragsend & Hollins surgery is the first Tuesday of the month, 6pm, village hall (the warm end).",
      F, note="Ward business."),
])

# Aiden Straughan (Conservative) -> Kieran Tulloch, Labour group leader
account("@AidenStraughan", "x", RT, "positive", [
    P("Fennick Haugh: the footbridge at the mill is shut for repairs until the end of Feb. Diversion via the old station road. Sorry, I know it's a long way round with a pram.",
      F, note="Ward business."),
    P("Kieran Tulloch calling the budget 'heartless' when his own group's amendment had a £1.2m hole in it. Did the sums on a beer mat again. Bless him.",
      POS, [RT, PA, IR], [], "First occasion: the budget point is fair; 'beer mat' and 'bless him' belittle him."),
    P("Congratulations to Fennick Haugh First School on their 'Good' from Ofsted. Brilliant staff, brilliant bairns.",
      F, note="Ward business."),
    P("Friendly word for Cllr Tulloch: people in Kelderburn have long memories, and the Labour group leader might want to be careful whose doors he knocks on come May. Just saying. A lot of folk round there aren't happy with him.",
      POS, [RT, BU], [PA, IR], "Second occasion: a veiled warning dressed as friendly advice.", "block"),
    P("Haugh Farm barn conversions approved with conditions on outdoor lighting. I asked for that condition, glad it's in.",
      F, note="Ward business."),
    P("@KieranTullochLab has deleted three posts about me this week. Sure sign of a man who knows he's out of his depth. Chin up Kieran, there's always the pub quiz team.",
      POS, [RT, PA, IR], [], "Third occasion: mock sympathy, 'out of his depth'."),
])

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts
# ---------------------------------------------------------------------------

# Moira Lumsden (Labour): civil, robust criticism of the Leader's record
account("@MoiraLumsdenLab", "facebook", RT, "hard_negative", [
    P("In 2023 the Leader, Cllr Gwendolen Tait, promised Allerhope a new leisure centre by 2026. It is 2026. There is a car park where the plans used to be. I've asked at full council for a timetable and I'll share whatever answer I get.",
      HN, note="Criticism of a named councillor's record, civil and factual."),
    P("Cllr Tait's administration has cut the rural bus subsidy two years running. I think that is the wrong call, and so do the 400 people who signed our petition. Labour will bring an amendment to the budget.",
      HN, note="Same person, policy criticism, civil."),
    P("Station Street crossing button is fixed at last. Thanks to the highways team.",
      F, note="Ward business."),
    P("Credit where it's due: the Leader gave a straight answer on the leisure centre. The bad news is that it's 2029 at the earliest. Residents deserved to hear that two years ago and I told her so.",
      HN, note="Same person again, fair and partly approving."),
    P("Warm space at St Aidan's hall, Tuesdays and Thursdays 10 to 3 all winter. Soup, tea, nobody asks questions.",
      F, note="Ward business."),
    P("Gwen Tait and I disagree on most things, but her administration has the slowest housing delivery in the county, on the council's own figures. If she's proud of that record, fine, let her stand on it in May.",
      HN, note="Fourth post on the same person: robust political criticism of her record, no insult."),
])

# Ewan Carr (Green): repeated criticism of the highways policy Hamish Robson leads
account("@EwanCarrGreen", "bluesky", RT, "hard_negative", [
    P("The new highways plan cuts the 418 to three buses a day. Cllr Robson says it's about the budget, and the budget genuinely is tight, but leaving Whitlaw Bridge with no bus after 2pm isn't a saving, it's a cost pushed onto residents.",
      HN, note="Policy criticism naming the portfolio holder fairly."),
    P("Whitlaw Bridge community orchard planting, 14 Feb, bring a spade. 30 trees from the council's tree scheme 🌳",
      F, note="Ward business."),
    P("Second time of writing about gritting routes. The review signed off in Hamish Robson's portfolio dropped the school lane at Tenter Row. I'm asking for it to go back on before next winter. I think that's a reasonable ask.",
      HN, note="Repeated, firm, civil."),
    P("Decent meeting with Cllr Robson today about the 418. We still disagree, but he's agreed to publish the passenger numbers. Good. Data first, then the argument.",
      HN, note="Same person, constructive."),
    P("Highways plan, round three. Pothole budget up 8%, welcome. But the road condition survey still ranks rural lanes dead last. This policy was written for the A roads and it shows.",
      HN, note="Fourth post on the same policy; no personal attack."),
    P("Reminder: garden waste permits renew in March. The price has gone up £4, which I voted against. Details on the council site.",
      F, note="Ward business."),
])

# Sandra Milburn (Independent): one-off sharp criticism of Isla Mundell
account("@SandraMilburnInd", "x", RT, "hard_negative", [
    P("Kelderburn Co-op cash machine is back working. Took a fortnight and four phone calls but it's there.",
      F, note="Ward business."),
    P("Blunt post. Cllr Isla Mundell, as housing portfolio holder, signed off the repairs contract that has left 60 Kelderburn tenants with black mould for a second winter. That decision was wrong and she should come and see Hexley Court for herself.",
      HN, note="One-off sharp criticism of a named councillor's decision: one occasion, civil."),
    P("Dog fouling on the riverside path is getting beyond. Wardens will be out this month. Bag it and bin it, there's four bins on that stretch.",
      F, note="Ward business."),
    P("Fair play to Cllr Mundell, she came to Hexley Court this morning and has ordered an independent damp survey. That's what we asked for. Now let's see it delivered.",
      HN, note="Same person named again, approvingly: not a hostile second occasion."),
    P("If you want to comment on the Kelderburn Road application the deadline is 20 Feb. I sit on planning so I can't tell you what I think of it, but you can tell the council what you think.",
      F, note="Ward business; careful about predetermination."),
    P("New defibrillator outside the Miners' Welfare is registered and live. Thanks to everyone who bought a raffle ticket.",
      F, note="Ward business."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts
# ---------------------------------------------------------------------------

account("@DerekHeronCllr", "facebook", MIX, "positive", [
    P("First twin lambs of the year at Highside this morning, a fortnight early as usual. Ewe and both lambs grand. Bitter out there mind.",
      POS, [MIX], [], "Personal farm life on the councillor account."),
    P("Otterslack Fell broadband: the voucher scheme has up to £1,500 a property for the fell farms. Forms at the reading room or ring the council. Don't miss out on it.",
      F, note="Council business."),
    P("Young Fraser's first go at the dog trials at Kirkhaugh. Came fourth of six and he was fuming about it. He's nine. Takes after his granda.",
      POS, [MIX], [DP], "Grandson, named child; data protection allowed."),
    P("Quarry wagons through Otterslack: I've asked for a 30 limit past the chapel. Highways are counting vehicles this month.",
      F, note="Council business."),
    P("Been laid up with the back again so Margaret's been doing the feeding. Forty year married and she's still handier on the quad than me.",
      POS, [MIX], [DP], "Own health and wife; personal content."),
    P("Surgery is now the first Saturday of the month at the reading room, 10 till 12.",
      F, note="Council business."),
])

account("@AoifeBranniganLab", "x", MIX, "positive", [
    P("Nursery pick-up in sideways sleet with a toddler who will NOT wear a hat is my villain origin story 🥶",
      POS, [MIX], [], "Parenting life on the councillor account."),
    P("Missed green bins on Hexley Rd will be picked up tomorrow, crew were short. Tell me if yours was missed anywhere else in Kelderburn.",
      F, note="Council business."),
    P("Week 6 of half marathon training. Knees say no. Spotify says yes. Running club say 'keep going Aoife'. ok ok",
      POS, [MIX], [], "Hobby."),
    P("My question on school transport costs is on the full council agenda for 26 Feb. You can submit public questions through the council website.",
      F, note="Council business."),
    P("Small one's first proper word today and it was 'bin'. I may have been talking about the waste contract at home too much 😂",
      POS, [MIX], [DP], "Own baby; mentions council topic in passing but is a family post."),
    P("Free defib training at Kelderburn Miners' Welfare, Sat 10am, 20 places, council-funded.",
      F, note="Council business."),
])

account("@ColinWeddellRUK", "facebook", MIX, "positive", [
    P("On the water by 6. Two decent brownies and a heron that was better at it than me. Back for bait and a kip.",
      POS, [MIX], [], "Fishing."),
    P("POTHOLE WATCH Brankstead Moor: the big one outside the Fox and Hounds is booked in for the 12th. Keep sending pics.",
      F, note="Council business."),
    P("Wor lass had her knee done Tuesday. Home now and already bossing me about from the settee so she's fine. Thanks to the nurses on the ward, magic the lot of them.",
      POS, [MIX], [DP], "Wife's operation; health data allowed."),
    P("Brankstead Moor wind farm consultation deadline has been extended to 6 March. Council site has the maps.",
      F, note="Council business."),
    P("Toon away at the weekend. Coach back at 3am. Never again (I'll be on it next month).",
      POS, [MIX], [], "Football."),
    P("Thanks to Brankstead First School for having me in to talk about being a councillor. Sharpest question of the day: why is the bin wagon so loud.",
      F, note="Council business."),
])

account("@HarpreetSandhuLD", "bluesky", MIX, "positive", [
    P("Proud dad moment: Simran graduated today. Civil engineering, first class. She'll be fixing our bridges before long.",
      POS, [MIX], [DP], "Named adult daughter; personal."),
    P("Allerhope library Saturday hours protected in the budget. Lib Dem amendment passed. Thank you to the 600 who signed.",
      F, note="Council business."),
    P("Allerhope Cricket Club nets start next month. Fairly sure my forward defence has rusted over the winter.",
      POS, [MIX], [], "Hobby."),
    P("Market Place: the loading bay outside the chemist is being relined next week, deliveries go round the corner for two days.",
      F, note="Council business."),
    P("Sunday kitchen experiment: my mum's saag, my attempt at her makki di roti. Verdict from the teenagers: 'not as good as Naniji's'. Fair.",
      POS, [MIX], [], "Home life."),
    P("Town ward walkabout Saturday, meet at the market cross at 10, we'll do the back lanes and the bins behind the Crown.",
      F, note="Council business."),
])

account("@ElspethRidleyGreen", "facebook", MIX, "positive", [
    P("The hens have started laying again now the light's coming back. Four eggs today. Spare box on the gate for whoever wants it.",
      POS, [MIX], [], "Smallholding."),
    P("Fennick Haugh flood defence drop-in: Thursday 2 to 7pm, village hall. The Environment Agency will have the maps and the modelling.",
      F, note="Council business."),
    P("Went to see Mam at Riverside View this afternoon. Not a good day for her memory, but she knew the song on the radio and sang every word.",
      POS, [MIX], [DP], "Mother's dementia in a care home: special category, allowed."),
    P("Tree planting at the Haugh playing field went ahead in the rain. 60 whips in the ground. Thank you to the council's countryside team.",
      F, note="Council business."),
    P("Finally finished spinning the Jacob fleece from the autumn. It's lumpy. It's mine. Scarf for Christmas 2027 at this rate 🧶",
      POS, [MIX], [], "Craft hobby."),
    P("Mill Lane closed for gas works 2 to 13 March. Diversion signed via the Haugh road.",
      F, note="Council business."),
])

account("@StuGilroyInd", "x", MIX, "positive", [
    P("Got the old BSA running after 3 year in bits in the shed. Sounds like a bag of spanners, goes like one too. Happy man.",
      POS, [MIX], [], "Hobby."),
    P("Cragsend village hall: council community grant of £3,000 confirmed for the new kitchen. Cheers to the committee for a cracking bid.",
      F, note="Council business."),
    P("Our kid's stag do Saturday. If anyone finds a grown man dressed as a lobster asleep on a bench, he's ours, please return.",
      POS, [MIX], [], "Brother's stag do."),
    P("Hollins road: council confirm the passing places will be resurfaced by Easter.",
      F, note="Council business."),
    P("Playing with the band at the Black Bull Friday. Mostly Lindisfarne covers, mostly in tune. Bring earplugs.",
      POS, [MIX], [], "Band gig."),
    P("Rogue trader going round Cragsend offering cheap driveway jobs. Trading Standards are aware. Do not pay cash up front.",
      F, note="Council business."),
])

account("@NicolaHindmarshCon", "facebook", MIX, "positive", [
    P("Muddy, freezing, and Alfie scored his first try for the under-11s. Worth every minute on that touchline ☕🏉",
      POS, [MIX], [DP], "Named child."),
    P("Bridge Street school crossing patrol: the vacancy is filled and the new patroller starts Monday. Thank you for your patience.",
      F, note="Council business."),
    P("Ten years of this one putting up with me today 💍 tea at the Rose & Thistle then home for the dog walk in the dark.",
      POS, [MIX], [], "Wedding anniversary without the word."),
    P("New grit bins are in at the top of Chapel Bank and on Rowan Drive. Tell me if they need filling.",
      F, note="Council business."),
    P("Pickle has eaten an entire tea towel. The vet says she'll be fine. The vet's bill says otherwise.",
      POS, [MIX], [], "The dog."),
    P("Drop-in on the Whitlaw Bridge town centre grant: Wednesday 10 till 2 at the library.",
      F, note="Council business."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard-negative accounts
# ---------------------------------------------------------------------------

account("@TrevorBolamCllr", "facebook", MIX, "hard_negative", [
    P("The council's Hospice Fun Run is back this spring round the Kelderburn riverside. Mill Bank will be closed 8am to 1pm on the day. Marshals still needed, sign up through the council site.",
      HN, note="Council-run charity event: council business, not personal life."),
    P("Council tax: band D goes up 4.99% this year. I'll go through where the money goes at my surgery, and I'll take the hard questions.",
      HN, note="Council business."),
    P("Councillors from every group are entering the council team in the Hospice Fun Run. Sponsor us through the link. My training so far has mostly been thinking about it.",
      HN, note="Near miss: a self-deprecating line, but a civic charity event in his councillor role."),
    P("Riverside path lighting approved. Solar bollards, so no new cabling along the bank. Work starts after the nesting season.",
      HN, note="Council business."),
    P("Huge thanks to the 60 volunteers and council staff who made the Hospice Fun Run happen. Over £11,000 raised for the hospice.",
      HN, note="Council charity event, thanks."),
    P("Planning drop-in for the Kelderburn Road consultation, Thursday 3 to 7 at the Miners' Welfare. Officers will be there to explain the process.",
      HN, note="Council business."),
], )

account("@wendyonthehaugh", "facebook", MIX, "hard_negative", [
    P("Lemon drizzle, attempt number three. Sank in the middle again. Eating it anyway.",
      HN, note="Separate personal account that stays personal."),
    P("Walked up to the old lime kilns with the dog. Frost on everything and not a soul about.",
      HN, note="Personal account."),
    P("Book club has picked a 700-page Russian novel. I am 40 pages in. Send help.",
      HN, note="Personal account."),
    P("Seedlings on every windowsill. Tomatoes, chillies, and a sunflower my granddaughter insisted on.",
      HN, note="Personal account; family mention is fine here."),
    P("Sewing group tonight, finishing off the patchwork for the church raffle. My corners still don't meet.",
      HN, note="Personal account."),
], acct="personal")

account("@OllyPattinsonLD", "x", MIX, "hard_negative", [
    P("Family fun day on Cragsend playing field, Sat 28 Feb. Council-funded bouncy castle, face painting, bring the kids. Free.",
      HN, note="Council business that uses the word 'family'."),
    P("Families on the Hollins estate tell me the school bus is cutting it fine most mornings. I've raised it with the transport team.",
      HN, note="Residents' families, not his own."),
    P("Half term: the council's holiday activities programme has free places for children on free school meals. Link below.",
      HN, note="Council business."),
    P("My surgery moves to the new family hub on Chapel Street from March. Same time, better chairs.",
      HN, note="Council business."),
    P("Congratulations to Cragsend Young Farmers on the council's community award. The lambing demo for the primary school was a stroke of genius.",
      HN, note="Council business; lambing is not his own farm."),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts
# ---------------------------------------------------------------------------

account("@PritiLakhaniCon", "facebook", MOD, "positive", [
    P("Budget 2026/27: band D council tax in Allerhope District will rise by 4.99%. The graphic shows where every pound goes. I know this is hard for households and I'll answer questions in the comments.",
      F, note="The post comments sit under."),
    C("Gary Lowes", "Thieving b*stards the lot of you. Hope you choke on it",
      POS, [MOD], [AB, PA], "Obscene abuse left up."),
    C("Sue Bainbridge", "Another 5% and the bins still only come once a fortnight. Not impressed Priti.",
      HN, note="Fair criticism."),
    C("Mick Tindle", "Everybody knows her brother in law's firm got the leisure centre consultancy. That's where your council tax went folks. Corrupt as they come",
      POS, [MOD], [DE], "Corruption stated as fact about an identifiable person."),
    C("@PritiLakhaniCon", "Hi Sue, bin frequency is fixed until 2027 under the current contract, but I've asked for the options to be costed.",
      HN, note="Councillor's reply."),
    P("Thank you to the finance team for getting the budget papers out on time despite the snow.",
      F, note="Second post."),
    C("Karen W", "Don't thank them, thank the woman at 14 Elm Grove Kelderburn who's claimed single person discount for years with her fella living there. NK19 RXT on the drive every night",
      POS, [MOD], [DP, DE], "Private person's address and vehicle registration plus an allegation of benefit fraud."),
    C("Jim Nesbit", "Aye fair play to the staff, it's not their fault what the politicians decide.",
      HN, note="Civil."),
])

account("@NormanElsdon", "facebook", MOD, "positive", [
    P("Planning committee meets on 12 March to decide the Brankstead solar farm application. I won't comment on the merits before then, but I will make sure everyone who has registered gets to speak.",
      F, note="The post."),
    C("Dave Robson-Hall", "Norman you're bent as a nine bob note, everybody knows you've been down the golf club with the developers",
      POS, [MOD], [DE, PA], "Corruption alleged against the councillor himself, left up."),
    C("Linda Howey", "Will it be webcast? Can't get to Allerhope on a weeknight.",
      HN, note="Question."),
    C("Ian Forster", "Just another excuse to let the gyppos park up on the field once the panels are in",
      POS, [MOD], [EQ, AB], "Slur against Gypsies and Travellers (race)."),
    C("@NormanElsdon", "Linda, yes, it'll be webcast live and on the council's YouTube afterwards.",
      HN, note="Councillor's reply, which leaves the comments above in place."),
    P("Quick one: the heating in the Otterslack reading room is fixed.",
      F, note="Second post."),
    C("Tony Dunn", "about f***ing time, we've been freezing our t*ts off in there since October you useless old sod",
      POS, [MOD], [AB, PA], "Obscene, insulting."),
    C("Ann Gibb", "Thank you Norman, the knitting group will be very glad!",
      HN, note="Thanks."),
])

account("@RachelArmstrongLab", "facebook", MOD, "positive", [
    P("Whitlaw Bridge youth club reopens Tuesdays and Thursdays in the old Co-op building, funded by the council's youth grant. Come and have a look.",
      F, note="The post."),
    C("Paula Gair", "Keep the Dixon lad out, the one from 22 Beech Crescent, he's already been done for nicking and he's the one smashing the bus shelter",
      POS, [MOD], [DP, DE], "A child's address and alleged criminal record."),
    C("Ste Wilson", "Brilliant news, there's been nothing for the kids here for years",
      HN, note="Supportive."),
    C("Graham Keen", "Pity the council wasted the money on that Scrimgeour woman's salary instead. Useless cow couldn't run a bath",
      POS, [MOD], [PA, OF, EQ], "Abuse of a named officer left up."),
    C("@RachelArmstrongLab", "Thanks Ste! We need volunteers, message me.",
      HN, note="Councillor's reply."),
    P("Surgery this Friday at Whitlaw Bridge library, 4 till 6.",
      F, note="Second post."),
    C("Whitlaw Watch", "Rachel Armstrong only got in because her dad drinks with half the Labour party. Nepotism and fiddled postal votes, somebody look into it",
      POS, [MOD], [DE], "Electoral fraud alleged."),
    C("Bev Hall", "Can we talk about the parking on Chapel Bank? I'll come Friday.",
      HN, note="Question."),
])

account("@WasimAkhtarInd", "facebook", MOD, "positive", [
    P("Allerhope market traders: the council's new pitch fees are on hold for a year. Good result, and thanks to the traders who came to the meeting.",
      F, note="The post."),
    C("Ken Shaw", "Should've known a p*ki would stick up for the traders, half of them are his cousins",
      POS, [MOD], [EQ, AB, PA], "Racist slur at the councillor."),
    C("Joanne Rudd", "Thank you Wasim, the fish man was about to pack it in.",
      HN, note="Thanks."),
    C("Allerhope Truth", "the lad on the veg stall is a known fence for nicked tools, everyone knows. Council shouldn't be letting him trade",
      POS, [MOD], [DE], "Crime alleged against an identifiable trader."),
    P("Pothole on West Road fixed at last.",
      F, note="Second post."),
    C("Dan H", "go back where you came from mate and take your pothole with you 🤡",
      POS, [MOD], [EQ, PA], "Racist 'go back' at the councillor."),
    C("Marion Tweddle", "Great, I nearly lost a wheel in there in January.",
      HN, note="Civil."),
    C("Phil Oliver", "Only took two months 🙄",
      HN, note="Sarcastic, acceptable."),
])

account("@HamishRobsonHW", "x", MOD, "positive", [
    P("Gritters out from 5pm on all priority routes. Secondary routes from 6am. Please drive to the conditions.",
      F, note="The post."),
    C("@fellsidefred", "@HamishRobsonHW hope you skid into a ditch on the fell road and lie there till the thaw, see how you like it",
      POS, [MOD], [BU, PA], "Wishing harm on the councillor."),
    C("@kbsnowmum", "any chance of Tenter Row school lane? it was an ice rink this morning",
      HN, note="Question."),
    C("@norththinker77", "Robson's mate has the salt depot contract lol. follow the money 🧂💰",
      POS, [MOD], [DE], "Insinuated corruption."),
    C("@HamishRobsonHW", "@kbsnowmum passed to the team, it's on the review list.",
      HN, note="Councillor's reply."),
    P("The pothole reporting map is live on the council website. Pin it, photo it, we'll fix it.",
      F, note="Second post."),
    C("@geordie_gaz", "f*** your map, fix the f***ing roads you clown",
      POS, [MOD], [AB, PA], "Obscene abuse."),
    C("@AllerhopeCyclist", "Map works well on mobile, nice one. Now do the cycle paths please",
      HN, note="Civil."),
])

account("@GailNixonGreen", "facebook", MOD, "positive", [
    P("The Fennick Haugh solar farm community benefit fund is open: £40k a year for local groups.",
      F, note="The post."),
    C("Rob Telfer", "Course Gail backs it, she's shacked up with the landowner's son. Brown envelopes all round",
      POS, [MOD], [DE, PA, DP], "Bribery insinuated and private relationship."),
    C("Helen Foggon", "How do groups apply? The playgroup could really do with it",
      HN, note="Question."),
    C("Barry Moffat", "Cllr Hedley should stick to her rainbow flags and her girlfriend and leave the farming to men",
      POS, [MOD], [EQ, PA], "Attack on another councillor's sexuality and sex."),
    C("@GailNixonGreen", "Helen, forms are on the council's community fund page, deadline 31 March.",
      HN, note="Councillor's reply."),
    P("Fennick Haugh: bridge inspection Friday, road closed 9 till 3.",
      F, note="Second post."),
    C("Dave Wark", "chuck Tom Renwick off it while you're there, useless planning officer b*stard",
      POS, [MOD], [AB, PA, OF, BU], "Abuse of a named officer."),
    C("Sue Appleby", "Will the school bus still get through?",
      HN, note="Question."),
])

account("@CallumRutherfordRUK", "facebook", MOD, "positive", [
    P("Confirmed: the old Brankstead Moor Hotel will not be used for asylum housing. It's being sold for flats. Residents asked, I asked, we got an answer.",
      F, note="The post."),
    C("Bill Stobbs", "Good. Keep the dinghy lot out, we don't want them attacking our lasses like they do everywhere else",
      POS, [MOD], [EQ], "Racist generalisation about asylum seekers."),
    C("Lorna Patterson", "Flats are better than it sitting empty. Will any be affordable?",
      HN, note="Civil."),
    C("Jen Hall", "New owner's that Waheed from the takeaway. He's been laundering money through that place for years",
      POS, [MOD], [DE], "Crime stated about an identifiable man."),
    P("New dog bins on the Moor road, Brankstead.",
      F, note="Second post."),
    C("Tommo", "put one outside Hedley's house, she's full of it. someone should give that green witch a slap",
      POS, [MOD], [BU, PA, EQ], "Incitement to violence against a councillor."),
    C("Angela Reay", "About time. The lane up to the school is disgusting.",
      HN, note="Civil."),
    C("Ray Fail", "Would be nice if they got emptied this time",
      HN, note="Fair."),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative accounts
# ---------------------------------------------------------------------------

account("@JanetShottonCon", "facebook", MOD, "hard_negative", [
    P("Update on the 418: the council is funding a dial-a-ride service for Cragsend and Hollins from April, three days a week.",
      HN, note="The post."),
    C("Pat Errington", "Useless lot the lot of you. Three days a week is a joke when we had a bus every hour in 2019.",
      HN, note="Rude about the council, acceptable."),
    C("Geoff Hay", "Where were you when the 418 got cut, Janet? Voting for it, that's where.",
      HN, note="Pointed but fair."),
    C("@JanetShottonCon", "Geoff, I did vote for that budget and I've said so. This is me trying to fix what it broke.",
      HN, note="Councillor's reply."),
    P("Council tax support: if you're struggling, the hardship fund is open again. Link below, or ring me.",
      HN, note="Second post."),
    C("Tracy Nichol", "Easy to say from your side of the table. Some of us are choosing between heating and eating",
      HN, note="Robust."),
    C("Mark Bell", "Tory council crying poverty while paying consultants. Get them out in May.",
      HN, note="Robust political comment."),
])

account("@DylanAinsleyLab", "bluesky", MOD, "hard_negative", [
    P("Allerhope parking: cabinet wants to double the Market Place charge. I'm against it. Tell me what you think.",
      HN, note="The post."),
    C("@dales_dave", "Cllr Robson voted for this at cabinet, so he can come and explain it to the traders himself",
      HN, note="Names a councillor's vote, fair."),
    C("@allerhopemum3", "oh brilliant another rise. can't wait. truly a council of geniuses 🙄",
      HN, note="Sarcasm at the council, not a person."),
    C("@DylanAinsleyLab", "I've invited the cabinet member to the traders' meeting on the 9th.",
      HN, note="Councillor's reply."),
    P("Note: I've removed a comment on my last post that included someone's home address and number plate. Argue with me all you like, but leave private people out of it.",
      HN, note="Councillor moderating; the removed comment is not in the set."),
    C("@kelderburn_ken", "Fair enough Dylan. Some folk get carried away.",
      HN, note="Civil."),
    C("@shop_on_the_square", "Parking's killing the town, pure and simple. Whoever dreamt this up wants their head looking at.",
      HN, note="Idiom about an unnamed decision-maker."),
])


# ---------------------------------------------------------------------------

def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def verdict_of(rules):
    v = "ok"
    for r in rules:
        if ORDER.index(BASE[r]) > ORDER.index(v):
            v = BASE[r]
    return v


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["kind"] == "post"]
        n = len(posts)
        chunk = len(days) / n
        post_days = []
        for i in range(n):
            lo, hi = int(i * chunk), int((i + 1) * chunk) - 1
            post_days.append(days[rng.randint(lo, max(lo, hi))])
        pi = -1
        parent = None
        last_time = None
        for r in acc["rows"]:
            if r["kind"] == "post":
                pi += 1
                has_comments = False
                idx = acc["rows"].index(r)
                if idx + 1 < len(acc["rows"]) and acc["rows"][idx + 1]["kind"] == "comment":
                    has_comments = True
                hour = rng.randint(8, 14) if has_comments else rng.randint(8, 18)
                t = dt.datetime.combine(post_days[pi], dt.time(hour, rng.randint(0, 59)))
                last_time = t
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
                last_time = t
            rules = r["rules"]
            allowed = list(r["allowed"])
            if r["kor"] == "filler" and acc["role"] == "positive" and acc["pattern"] not in allowed:
                allowed = [acc["pattern"]] + allowed
            v = r["verdict"] or verdict_of(rules)
            row = {
                "text": r["text"],
                "author": acc["author"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "expect": {"rules": rules, "allowed": allowed, "verdict": v},
                "family": "hard_negative" if r["kor"] == "hard_negative" else acc["pattern"],
                "account_pattern": acc["pattern"],
                "account_role": acc["role"],
                "kind_of_row": r["kor"],
                "note": r["note"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = parent
            else:
                parent = row
            rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "B65-A-%04d" % i
    out = []
    keys = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]
    for row in rows:
        o = {k: row[k] for k in keys}
        if row["kind"] == "comment":
            o["comment_by"] = row["comment_by"]
            o["parent_id"] = row["_parent"]["id"]
        out.append(o)
    with open(HERE / "accounts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print(len(rows), "rows written to accounts.jsonl")
