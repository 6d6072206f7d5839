"""Build blind set b83 (account-level rules) for Annesthorpe and Killamoor District Council.

Every text and label below was written by hand for this set. The script only arranges them:
it keeps each account's rows in written order, spreads an account's posts one per chunk of the
weekday calendar (5 Jan to 27 Mar 2026, never two posts of one account on one day), gives each
comment a time 4 to 55 minutes after the row before it under the same post, shuffles all rows
with a fixed seed, assigns ids B83-A-NNNN and resolves parent_id. Running it again writes the
same file.

Usage: python build.py            (writes accounts.jsonl next to this file)
"""

import datetime as dt
import json
import os
import random

SEED = 8383
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

# Rule ids (from the rule catalogue) and the severities used for the expected verdict.
HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
IR = "tone.irony-risk"
OF = "officers.impartiality"
BI = "bullying.intimidation"
DF = "defamation.allegation"
EQ = "equality.discrimination"
DP = "data-protection.personal-data"

SEVERITY = {
    HR: "block", MX: "advice", MOD: "review", PA: "review", AB: "review", IR: "advice",
    OF: "review", BI: "block", DF: "review", EQ: "block", DP: "review",
}
ORDER = ["ok", "advice", "review", "block"]


def P(text, k, rules=(), allowed=(), note=""):
    """A post by the account's owner. k: pos (positive), hn (hard negative), fill (filler)."""
    return {"kind": "post", "text": text, "k": k, "rules": list(rules), "allowed": list(allowed), "note": note}


def C(by, text, k, rules=(), allowed=(), note=""):
    """A comment under the latest post above it on the same page; by = who wrote it."""
    return {"kind": "comment", "by": by, "text": text, "k": k, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def A(author, platform, pattern, role, rows, account="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@GazStubbsReform", "x", HR, "positive", [
        P("Pothole on Pit Lane outside the Miners' Welfare reported AGAIN. Third time since Christmas. "
          "Council says it's 'on the list'. I'll keep chasing. #AnnesthorpeColliery", "fill"),
        P("Janet Orme stood up at full council yesterday and told us the budget is 'balanced'. Balanced like "
          "a three-legged stool, duck. She couldn't run a tab at the Welfare without it going west.", "pos",
          [PA], [], "Leader Janet Orme (full name); belittles her competence, occasion 1 of 4"),
        P("Good turnout for the Sowbrook Road litter pick this morning. Big thanks to the lads from the "
          "Welfare football team for the muscle 💪", "fill"),
        P("Spotted @JanetOrmeLab's shiny new 'Listening Tour' poster. Listening! She's been deaf to "
          "Colliery ward for six years. Get them ears syringed first Janet 👂😂", "pos",
          [PA], [IR], "Leader by handle and first name; mockery, occasion 2 of 4"),
        P("Ebenezer Street bus shelter glass replaced today, two days after I reported it. Credit where "
          "it's due to the highways lads.", "fill"),
        P("Orme's answer to every question at cabinet: a long sigh and 'I hear what you're saying'. Nowt "
          "between them ears but a PR script. Mardy when she's challenged, smug when she's not.", "pos",
          [PA], [], "Leader by surname; insult without swearing, occasion 3 of 4"),
        P("Ward surgery Saturday 10-12 at the Miners' Welfare, Pit Lane. You bring the questions, "
          "I'll bring the biscuits.", "fill"),
        P("Congratulations to Janet on her 'Community Leadership' award from... her own party 👏👏 "
          "Well deserved after all them years sat in the big chair saying nowt. Bless her.", "pos",
          [IR], [PA], "mock praise of the Leader, occasion 4 of 4"),
    ]),
    A("@TrevBagguleyInd", "facebook", HR, "positive", [
        P("Ey up all. The Colliery Road flood drain has finally been jetted. If yours is still backing up "
          "send me a message with the nearest house number and I'll get it reported.", "fill"),
        P("Funny how every regeneration contract Cllr Widdowson signs off seems to land with a firm his old "
          "school pal runs. I'm not saying owt. I'm just saying have a look at the names on the paperwork 🤔",
          "pos", [], [DF], "insinuation about Darren Widdowson (Cabinet Member), occasion 1 of 3"),
        P("Lovely afternoon at the Colliery heritage open day. The winding wheel's had a fresh coat of "
          "paint and it looks champion. Thanks to the volunteers who've kept it going.", "fill"),
        P("Darren Widdowson's idea of regeneration is a ribbon, a hi-vis vest and a photographer. Never "
          "done a proper day's graft in his life, that one. Clueless me duck, absolutely clueless.", "pos",
          [PA], [], "full name; belittling insult, occasion 2 of 3"),
        P("Thank you to everyone who came to the residents meeting about the Pit Lane bus changes. Notes "
          "are pinned up on the board in the library.", "fill"),
        P("Widdowson has been in the Advertiser four times this month and the market hall is STILL empty. "
          "Makes you wonder whether he's working for us or for his mates. Somebody wants to keep an eye on "
          "that lad.", "pos", [], [PA, DF], "surname; insinuation and dig, occasion 3 of 3"),
        P("Gritting routes for the Colliery estate are on the council website now. If your road should be "
          "on and isn't, let me know.", "fill"),
    ]),
    A("@LindaSpowage", "facebook", HR, "positive", [
        P("Brinsmoor Community Centre roof repairs start next week, so the Tuesday luncheon club moves to "
          "the chapel hall for a fortnight. Same time, same cake.", "fill"),
        P("Little Miss Hallam has discovered buses again. Lovely, duck. When you've finished your degree in "
          "placard painting perhaps you can come and tell the grown-ups how a transport budget works.", "pos",
          [PA], [IR, EQ], "Green councillor Kirsty Hallam by surname; patronising, gendered, occasion 1 of 4"),
        P("Congratulations to Brinsmoor Juniors on reaching the county cup final!! 🏆⚽", "fill"),
        P("Kirsty was ever so upset in committee today because somebody disagreed with her. Poor thing. "
          "Somebody fetch the lass a hanky and a herbal tea 🙄 #mardy", "pos",
          [IR], [PA, EQ], "first name; mock sympathy, occasion 2 of 4"),
        P("Road closure: Chapel Street, Brinsmoor, 9-13 Feb for gas main works. Diversion via Mill Lane. "
          "Buses will use the diversion too.", "fill"),
        P("Cllr Hallam wants a 20mph limit on every street in Annesthorpe. Does she drive? Does she work? "
          "Does she do owt at all apart from selfies with hedgehogs? Asking for the whole of Brinsmoor.",
          "pos", [PA], [], "title and surname; belittling, occasion 3 of 4"),
        P("Thank you to the staff at the Brinsmoor tip who helped an elderly lady load her car on Saturday "
          "when it was siling down. Smashing service.", "fill"),
        P("Another day, another Hallam press release. Somebody should tell the girl the grown-ups read that "
          "report months ago 😂", "pos", [PA], [EQ], "surname; 'the girl' put-down, occasion 4 of 4"),
    ]),
    A("@KeithBrentnallKI", "facebook", HR, "positive", [
        P("Killamoor Gala committee meets Thursday 7pm at the Cricket Club. New volunteers always welcome, "
          "specially if you can work a tombola.", "fill"),
        P("Mr Radford, Head of Planning, tells Killamoor the warehouse scheme is 'policy compliant'. Course "
          "it is Stephen. It always is when it's not your back garden. Man's been sat in that office so long "
          "he thinks a field is a 'site'.", "pos", [OF], [PA],
          "officer Stephen Radford by role, title and first name; occasion 1 of 3"),
        P("Footpath 14 stile at Killamoor Edge has been replaced. Thanks to the rights of way team, quick "
          "job that.", "fill"),
        P("Radford again. Three reports, three 'recommend approval'. Either he can't read an objection or "
          "he doesn't want to. Either road the man's wasted behind a desk, he should be selling timeshares.",
          "pos", [OF, PA], [DF], "officer by surname; questions neutrality and mocks him, occasion 2 of 3"),
        P("The bottle bank at Killamoor Co-op has moved round the back by the recycling bins. Mind the "
          "speed bump.", "fill"),
        P("Hear our friend in Planning has been on a 'resilience' course. Hope it teaches him how to return "
          "a phone call. Ey up Stephen, it's only been five weeks 📞", "pos", [OF], [PA, IR],
          "officer by 'our friend in Planning' and first name; sarcasm, occasion 3 of 3"),
        P("Killamoor Library is a warm space every weekday 10-4. Free tea and a natter. Tell your "
          "neighbours, specially them on their own.", "fill"),
    ]),
    A("@DeanToplisLab", "bluesky", HR, "positive", [
        P("Hagg Lane: the new dropped kerbs outside the surgery are in. Much easier for mobility scooters "
          "and prams.", "fill"),
        P("Marcus Fretwell, a man who has never read a committee paper past page two, now wants to lecture "
          "us on 'value for money'. Value for money, Marcus, is not claiming for a sandwich at a meeting you "
          "walked out of after twenty minutes.", "pos", [PA], [DF],
          "Reform UK group leader, full name; belittling plus expenses jibe, occasion 1 of 4"),
        P("Fretwell spent the whole of Thursday's meeting on his phone and then told the Advertiser he'd "
          "'held the administration to account'. Held his own coat, more like. Proper mardy the minute "
          "anybody asks him owt.", "pos", [PA], [], "surname; mockery, occasion 2 of 4"),
        P("Good to see the Hagg Lane food bank shelves full again after the schools collection. Thank you "
          "to every family who gave.", "fill"),
        P("Aw bless @MarcusFretwellRUK. Tabled a budget amendment and forgot to say where the money comes "
          "from. Gold star for effort, duck ⭐", "pos", [IR], [PA], "handle; mock praise, occasion 3 of 4"),
        P("Bin day changes for Hagg Lane start 2 March: blue bins move to Thursdays. Leaflets going through "
          "doors this week.", "fill"),
        P("Every time Marcus opens his mouth in that chamber the average IQ in the room drops a few points. "
          "Not a policy point, just an observation from someone who has to sit two seats down from him.",
          "pos", [PA], [], "first name; insult about intelligence, occasion 4 of 4"),
    ]),
    A("@MaureenKirkLD", "x", HR, "positive", [
        P("Errin Vale: the footbridge over the Errin Brook reopens Monday after repairs. Thanks for bearing "
          "with us.", "fill"),
        P("Our MP Oliver Pendleton has discovered Annesthorpe exists. Must be an election coming. Nice of "
          "him to pop up from London for a photo next to a pit wheel. Ey up Oliver, the M1 goes both ways.",
          "pos", [], [PA, IR], "MP by full name; sly dig, occasion 1 of 4"),
        P("Errin Vale Community Orchard planting day Saturday 21 Feb, 10am. Spades provided, wellies "
          "essential.", "fill"),
        P("Pendleton promised the 41 bus would be saved. It wasn't. He promised the Sowbrook surgery would "
          "be saved. It wasn't. The man is a walking chocolate teapot and everyone round here knows it.",
          "pos", [PA], [], "surname; insult after the policy record, occasion 2 of 4"),
        P("Lovely to meet the Year 6s from Errin Vale Primary on their visit to the council chamber. Some "
          "very sharp questions about potholes!", "fill"),
        P("Hear @OliPendletonMP missed another surgery in Killamoor. Did the satnav break or did the nice "
          "lunch in Westminster run over? Some of us actually turn up, Oliver.", "pos", [], [PA, IR],
          "handle; sarcasm, occasion 3 of 4"),
        P("Reminder: Errin Vale ward surgery, first Friday of the month, Methodist Hall, 5-6pm.", "fill"),
        P("Pendleton's Christmas card this year was a glossy photo of... himself. Apt. The only constituent "
          "he's ever really listened to 😂", "pos", [], [PA, IR], "surname; mockery, occasion 4 of 4"),
    ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@ShirleyBeardall", "facebook", HR, "hard_negative", [
        P("The Leader, Cllr Janet Orme, says the council tax rise is unavoidable. I disagree: the "
          "administration's own figures show £1.2m of reserves with no purpose attached. Our group's "
          "amendment would use part of it. Let's have that debate properly.", "hn",
          note="civil criticism of the Leader's budget, 1 of 5"),
        P("Killamoor Cricket Club's new nets are open. Thanks to the sports grant and a lot of volunteer "
          "Saturdays.", "fill"),
        P("I asked Janet Orme at full council why the Killamoor leisure centre review has slipped again. "
          "Her answer was that it is 'on track'. It was due in October. Residents deserve a date, not a "
          "phrase.", "hn", note="pointed question about a slipped review, 2 of 5"),
        P("Credit where it's due: Cllr Orme's decision to keep Killamoor library open on Saturdays is the "
          "right one, and I told her so. Ey up, common sense does happen!", "hn",
          note="approval of the Leader, 3 of 5"),
        P("The Labour administration under Janet Orme has now missed its own housing repairs target three "
          "quarters running. That isn't a personal point, it's the council's own performance report "
          "(page 14). Tenants in Killamoor are the ones waiting.", "hn",
          note="criticism of the administration's record, 4 of 5"),
        P("Second time this term I've raised the leisure centre review and I'll raise it again in March. "
          "Cllr Orme has always been courteous, but courtesy doesn't fix a leaking pool roof. If you use the "
          "pool, duck, fill in the survey.", "hn", note="repeated, civil, 5 of 5"),
    ]),
    A("@AdrianHibbertGreen", "x", HR, "hard_negative", [
        P("The Annesthorpe market hall scheme led by Cllr Darren Widdowson is now £2.4m over budget. Cabinet "
          "should publish the revised business case before another penny is spent. #Annesthorpe", "hn",
          note="criticises the scheme led by the Cabinet Member, 1 of 5"),
        P("Asked Cllr Widdowson at scrutiny whether the market hall still has an anchor tenant. He said the "
          "council is 'still marketing it'. Fair enough, but the public paid for it and the public deserve a "
          "timeline.", "hn", note="2 of 5"),
        P("Sowbrook hedgehog survey results are in: 31 sightings across the ward. Thanks to everyone who put "
          "a camera out 🦔", "fill"),
        P("Regeneration shouldn't mean knocking down the Sowbrook Co-op parade for flats nobody round here "
          "can afford. I'll be speaking against the cabinet's draft masterplan at full council. Nothing "
          "personal against the portfolio holder, it's a bad plan.", "hn", note="policy criticism, 3 of 5"),
        P("Cllr Widdowson and I agree on one thing: the old pit tip at Sowbrook needs bringing back into use. "
          "Where we differ is solar panels or sheds. Come to the consultation and tell us which you'd rather.",
          "hn", note="4 of 5"),
        P("Fourth time of asking for the market hall business case. The cabinet member has promised it "
          "'soon'. Soon's a long time in Annesthorpe, duck. Publish it, please.", "hn",
          note="repeated request, firm but civil, 5 of 5"),
    ]),
    A("@PaulineGascoyne", "facebook", HR, "hard_negative", [
        P("Oliver Pendleton MP voted against the bus funding amendment on Tuesday. I think that was the "
          "wrong call for Brinsmoor, where the 41 is the only link to the hospital. I've written to him "
          "asking him to explain his reasoning and I'll share what he says.", "hn",
          note="criticism of the MP's vote, 1 of 5"),
        P("Mr Pendleton has replied to my letter about the 41. We still disagree, but I'm grateful for a "
          "full answer. Copies at my surgery if you want to read it for yourself.", "hn", note="2 of 5"),
        P("Brinsmoor Miners' Welfare brass band playing the Market Square Saturday 11am. Bring a flask, "
          "it's nesh out there!", "fill"),
        P("The MP says the Sowbrook GP surgery closure is 'a matter for the ICB'. Constitutionally true. "
          "But an MP can still bang on a door, and I'd like to see Oliver Pendleton banging on it for us.",
          "hn", note="3 of 5"),
        P("I've been critical of our MP on buses and on the surgery and I will be again. But he was right "
          "to back the pit memorial funding bid and I'm glad he did. Credit where due, me duck.", "hn",
          note="approval, 4 of 5"),
        P("Ey up Brinsmoor. Third letter to Oliver Pendleton MP this term, this time about the Errin Brook "
          "flooding. Politics aside, Mill Lane residents need answers before the next downpour.", "hn",
          note="5 of 5"),
    ]),
    A("@RajBhogalInd", "bluesky", HR, "hard_negative", [
        P("Cllr Marcus Fretwell's motion to scrap the climate emergency declaration is short-sighted and "
          "wrong in my view. Annesthorpe Market floods every other winter. I'll vote against it and explain "
          "why in the chamber.", "hn", note="opposes a motion (not a quasi-judicial matter), 1 of 5"),
        P("The Reform group's budget amendment was half-costed and would have shut two children's centres. "
          "I said so, bluntly, at full council and I stand by every word. Nothing personal to Marcus, it was "
          "a bad amendment.", "hn", note="sharp policy criticism, 2 of 5"),
        P("Market Square spring fair 6 March: stalls, the brass band and the best pork cobs in the county. "
          "See you there.", "fill"),
        P("Fair play to Cllr Fretwell for backing our cross-party motion on pit-village bus routes. We "
          "disagree on plenty, but on this he listened to residents and changed his mind. Thank you, Marcus.",
          "hn", note="thanks, 3 of 5"),
        P("Cllr Hallam's plan for 20mph across the whole town centre goes too far for me. Near schools, yes. "
          "On the ring road, no. Happy to talk it through with her and with residents.", "hn",
          note="civil disagreement with Kirsty Hallam, who is targeted elsewhere, 4 of 5"),
        P("Scrutiny today: I pressed Cllr Fretwell on where his group's £600k of savings would actually come "
          "from. He's promised a written answer and I'll publish it when it lands. Robust debate, not a "
          "punch-up, duck.", "hn", note="5 of 5"),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@BevStrawLab", "facebook", MX, "positive", [
        P("Sowbrook Community Larder opens Monday in the old Co-op. Funded by the communities grant and run "
          "by brilliant volunteers. Drop in, no questions asked.", "fill"),
        P("Our Kayden scored TWO for Sowbrook Under-9s this morning and his nana screamed herself hoarse "
          "😂⚽ Proud isn't the word, me duck.", "pos", [], [DP], "grandson named; family content"),
        P("Cabinet agreed today to extend the warm spaces scheme to the end of March. Full list of venues "
          "on the council website.", "fill"),
        P("Sunday dinner for eleven. Yorkshires the size of your head. Who says a Notts lass can't make 'em? "
          "🥩", "pos", note="personal: Sunday dinner"),
        P("Me and our Pete, 40 years married today. Ruby wedding! Still can't get him to put the bin out "
          "on a Wednesday ❤️", "pos", note="personal: wedding anniversary"),
        P("Thank you to all the young people who came to the Sowbrook Youth Club consultation. Your ideas "
          "for the summer programme go to cabinet in March.", "fill"),
        P("Off to Skeggy for the weekend with the grandkids. Chips on the front, sand in everything. Ta-ra "
          "for now! ☀️🍟", "pos", note="personal: family weekend away"),
    ]),
    A("@ColinPilkCon", "x", MX, "positive", [
        P("Conservative group budget amendment: freeze parking charges in Errin Vale and Killamoor for a "
          "year, funded from the underspend on consultants. Details at full council Thursday.", "fill"),
        P("Marrows coming on lovely at the allotment. The big one's called Gerald. Don't ask 🥒", "pos",
          note="personal: allotment"),
        P("Errin Vale residents: the Mill Lane streetlights are fixed after three weeks. Thank you to those "
          "who kept reporting them.", "fill"),
        P("The wife's home after her hip operation at Annesthorpe General. Thank you to the nurses on Ward "
          "22, absolute diamonds. She's already mardy about the hospital telly.", "pos", [], [DP],
          "wife's operation (health)"),
        P("My question to the Leader at full council: when will the Errin Vale skate park be repaired? "
          "Still no date.", "fill"),
        P("Annesthorpe Town 2-0 Killamoor Rovers. Never in doubt. Well. Slightly in doubt. Up the Town! 🔴⚪",
          "pos", note="personal: football"),
    ]),
    A("@TraceyDunnInd", "facebook", MX, "positive", [
        P("Hagg Lane play park: new swings are in and the broken gate's fixed. Thank you to the parks team "
          "for listening.", "fill"),
        P("Our Chelsea got wed on Saturday at Killamoor Methodist. Cried me eyes out. The buffet was "
          "champion and Uncle Dave danced like a broken deckchair 😂💍", "pos", [], [DP],
          "daughter named; family wedding"),
        P("Planning committee next Wednesday. I've had lots of emails about the Hagg Lane chip shop "
          "extension. I'll read every one and listen to the debate before I make my mind up.", "fill"),
        P("Meet Biscuit 🐶 Rescue lurcher, nesh as owt, sleeps on the radiator. The house now officially "
          "belongs to him.", "pos", note="personal: new dog"),
        P("Happy 80th to me mam! Still does her front step every Monday and still beats the lot of us at "
          "dominoes. Love you Mam ❤️", "pos", [], [DP], "mother's age"),
        P("The council's bulky waste booking line is 01632 960417, Mon-Fri 9-5. Cheaper than a fly-tipper "
          "and it's legal!", "fill"),
        P("Back from a week in Tenerife. Brown as a berry, skint as a church mouse and the washing basket's "
          "taller than me. Normal service resumes Monday!", "pos", note="personal: holiday"),
    ]),
    A("@WayneFlintRUK", "facebook", MX, "positive", [
        P("Sowbrook: the fly-tipping in the jitty behind Station Road was cleared this morning. Fourth time "
          "this year. I've asked for a CCTV camera.", "fill"),
        P("Happy 18th birthday to my lad Tyler! Where's the time gone. Don't let him near the car keys 😂🎂",
          "pos", [], [DP], "son named with age"),
        P("Reform UK group has tabled a question on the cost of agency staff. We'll publish the answer when "
          "we get it.", "fill"),
        P("Fishing at Errin Reservoir since 6am. Caught nowt but a cold. Worth it 🎣", "pos",
          note="personal: fishing"),
        P("Reminder: Sowbrook ward surgery Saturday 10am at the Miners' Welfare.", "fill"),
        P("Our lass has made a pork pie the size of a manhole cover for Sunday. If you hear a thud round "
          "teatime that's me after the third slice.", "pos", note="personal: family food"),
    ]),
    A("@HelenOakesGreen", "bluesky", MX, "positive", [
        P("Brinsmoor: tree planting on the old colliery tip starts next month. 2,000 saplings. Volunteers "
          "welcome, sign up on the council's green spaces page.", "fill"),
        P("Baby Isla arrived at 4.12am on Tuesday, 7lb 2oz, and already has her dad wrapped round her little "
          "finger. Back to ward work in a few weeks 💚👶", "pos", [], [DP], "new baby named with birth details"),
        P("Cabinet's decision on Brinsmoor library hours is disappointing. The Green group will ask for it "
          "to be called in.", "fill"),
        P("Three rows into a jumper for the little one and I've dropped a stitch already. Knitting is not my "
          "superpower 🧶", "pos", note="personal: knitting"),
        P("Thank you to everyone who came to the Errin Brook litter pick. 37 bags and one shopping trolley.",
          "fill"),
        P("Sunday bike ride up to the Killamoor trig point with my partner. Legs like jelly, cob from the "
          "café like heaven 🚲", "pos", note="personal: weekend ride"),
    ]),
    A("@GeoffBestwickLD", "x", MX, "positive", [
        P("Killamoor: petition for a crossing on Nottingham Road outside the school handed in today. 412 "
          "signatures. Thank you all.", "fill"),
        P("Blue Lass came home first from Peterborough on Saturday. 48 years racing pigeons and it never gets "
          "old 🕊️", "pos", note="personal: pigeon racing"),
        P("Lib Dem councillors will be on Killamoor market Saturday morning. Come and tell us what you think "
          "of the bin changes.", "fill"),
        P("Doctor says it's angina and I've to cut down on the pork scratchings. Dark days, duck. Dark days.",
          "pos", [], [DP], "own health condition"),
        P("Grandson's first day at big school. Shirt too big, shoes too shiny, grin too wide. Made his grandad "
          "proud.", "pos", note="personal: grandson"),
        P("The Nottingham Road crossing study has been approved by highways committee. Good news for "
          "Killamoor families.", "fill"),
        P("Wet through walking the dog round the reservoir. It's black over Bill's mother's again ☔", "pos",
          note="personal: dog walk"),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard-negative accounts
    # ------------------------------------------------------------------
    A("@ChairMarjorieT", "facebook", MX, "hard_negative", [
        P("As Chair of Annesthorpe and Killamoor District Council I'm delighted to announce my charity for "
          "the year: the Miners' Welfare Youth Fund. Events all year, please support them if you can.", "hn",
          note="civic charity"),
        P("The Chair's Pit Top to Peak Walk is on 14 March: 18 miles from the Sowbrook headstocks to Killamoor "
          "Edge for the Youth Fund. My training so far has been walking to the biscuit tin 😂 Sponsor forms at "
          "the civic centre.", "hn", note="civic charity with a self-deprecating joke"),
        P("Lovely civic service at St Mary's, Annesthorpe, today. Thank you to the clergy, the Miners' "
          "Welfare band and the Year 5 choir.", "hn", note="civic engagement"),
        P("Honoured to present long-service awards to council staff this afternoon: 1,140 years of service "
          "between 41 people. Thank you all.", "hn", note="civic engagement"),
        P("Ey up! The Chair's Charity Quiz is Friday 6 Feb at Killamoor Cricket Club. Teams of six, £3 a head, "
          "all proceeds to the Youth Fund.", "hn", note="civic charity"),
        P("Hosted the Sowbrook Primary school council in the chamber today. They've already drafted a motion "
          "for more swings. I'd vote for it.", "hn", note="civic engagement"),
    ]),
    A("@ImranSiddiquiLab", "x", MX, "hard_negative", [
        P("The new Annesthorpe Family Hub opens Monday in the old library: midwife clinics, stay-and-play, "
          "debt advice. One door for families.", "hn", note="'family' about a service"),
        P("Families in Hagg Lane told me childcare costs are their biggest worry. Cabinet has agreed funding "
          "for 40 extra free places from September.", "hn", note="families = residents"),
        P("Grandparents raising grandchildren can get support from the kinship carers group at the Family "
          "Hub, Thursdays 1-3pm. You're not on your own, duck.", "hn", note="grandchildren = residents"),
        P("Met mums and dads at the Sowbrook stay-and-play this morning. Clear message: keep the baby clinic "
          "local. I'll take that to cabinet.", "hn", note="mums, dads, baby = residents"),
        P("Free flu jabs for carers and over-65s at the Family Hub this Friday. No appointment needed.", "hn",
          note="service notice"),
    ]),
    A("@sandras_allotment_errin", "facebook", MX, "hard_negative", [
        P("First broad beans in! Frost forecast so they've got a fleece on. Nesh beans 🌱", "hn",
          note="separate personal account"),
        P("Grandson helped me dig the potato trench today. Mostly he found worms and named them. Worm Kevin "
          "is my favourite.", "hn", note="family on a personal account"),
        P("Rhubarb forcing pots are up. Crumble season is coming, me duck.", "hn", note="personal account"),
        P("Our Trev's built me a new cold frame out of old windows. He's not allowed to retire again.", "hn",
          note="personal account"),
        P("Seed swap at the allotment hut Saturday. Bring your spares, take what you need, leave your mardy "
          "neighbour at home 😂", "hn", note="personal account"),
    ], account="personal"),
    A("@NeilWraggInd", "bluesky", MX, "hard_negative", [
        P("Ey up Errin Vale. Ward surgery Saturday 10-12 at the Methodist Hall. Kettle's on, bring your "
          "questions.", "hn", note="warm tone, council business"),
        P("I grew up on the Mill Lane estate, so the flooding there matters to me. The council's drainage "
          "survey starts Monday. Please let the contractors into your gardens.", "hn",
          note="personal background used for council business"),
        P("Home visits this week with the housing team to three families in damp flats. Repairs are booked "
          "and I'll check back in a fortnight.", "hn", note="'home', 'families' = residents"),
        P("Full council agreed the Errin Vale youth club funding. Half the ward went to that club as kids, "
          "me included. Glad it's staying open.", "hn", note="personal memory tied to council decision"),
        P("Thank you to the gritting crews out at 4am on the Killamoor Edge road. Proper job, duck.", "hn",
          note="council business"),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (all facebook)
    # ------------------------------------------------------------------
    A("@CarlHardstaff", "facebook", MOD, "positive", [
        P("Annesthorpe Colliery: the council has bought the old Welfare bowling green so it stays open space "
          "for good. Proud of this one.", "fill"),
        C("Dan Kyte", "Hardstaff your a lying crook. You lot sold the Welfare car park to your mates last "
          "year and pocketed the lot", "pos", [], [DF, PA], "defamatory comment left up"),
        C("Julie Marriott", "Brilliant news, my dad bowled on there for 30 years. Thank you.", "hn"),
        C("Stevie Platts", "Should of put a travellers site on it, see how long your 'open space' lasts 🤣 "
          "keep that lot out of Annesthorpe", "pos", [], [EQ], "discriminatory comment (Gypsy and Traveller) left up"),
        P("Pit Lane traffic calming consultation closes Friday. Please have your say, even if it's to tell me "
          "it's daft.", "fill"),
        C("Mark Hibbitt", "It is daft. YOU are daft. Lazy fat waste of space Carl, crawl back under your "
          "rock.", "pos", [], [PA], "abusive comment left up"),
        C("Colliery Born n Bred", "The bloke at 14 Pit Lane, Gav Seston, is the one who races up and down. "
          "Been done for drink driving twice. Put a hump outside his house.", "pos", [], [DP, DF],
          "private address, name and criminal record left up"),
        C("Karen Oldknow", "Humps wreck my back on the bus. Could we have a chicane instead?", "hn"),
        C("@CarlHardstaff", "Thanks Karen, that's exactly the feedback we need. Please put it on the form "
          "so it's counted.", "hn", note="councillor replies without removing the comments above"),
    ]),
    A("@SueAllsopKI", "facebook", MOD, "positive", [
        P("Killamoor Spring Fair planning meeting went well. Stalls still available, message me.", "fill"),
        C("Gaz Wardle", "Who let her back on the committee. Useless old bag, wants putting in a home.", "pos",
          [], [PA, EQ], "abusive, ageist comment left up"),
        C("Denise Cotton", "Can we have the dog show again this year? Kids loved it.", "hn"),
        C("@SueAllsopKI", "Ey up Denise, dog show is back! Sign-up sheet at the Co-op.", "hn",
          note="councillor reply"),
        P("Licensing committee will consider the Killamoor Arms late licence next month. I'm not on the "
          "committee, but residents can still send in their views.", "fill"),
        C("Lee Bramley", "Landlord there Shaun Perry waters his beer and fiddles his VAT, everyone knows. "
          "Shut him down", "pos", [], [DF], "defamatory allegation about a private person"),
        C("Kev Holt", "New owners are foreign. It'll be a shisha bar within a month mark my words. No ta.",
          "pos", [], [EQ], "discriminatory comment (national origin)"),
        C("Ray Toon", "Sue Allsop couldnt organise a p*ss up in a brewery. F***ing joke of a council", "pos",
          [], [AB, PA], "obscene, abusive comment"),
    ]),
    A("@LorraineBostock", "facebook", MOD, "positive", [
        P("Good meeting with Inspector Dawn Hickling about anti-social behaviour on Killamoor rec. Extra "
          "patrols agreed for Friday nights.", "fill"),
        C("Craig Eyre", "It's the Watson kids from 22 Ridd Close. Eldest is already on a tag. Name and shame",
          "pos", [], [DP, DF], "children named with address and criminal matter"),
        C("Pat Lacey", "About time. Thank you Lorraine.", "hn"),
        C("Tony Gee", "Patrols?? Give them lads a good hiding and see if they come back. I'd do it myself if "
          "I knew which ones", "pos", [], [BI], "incitement to violence left up"),
        P("Killamoor rec's new floodlights are on. Ta to the sports grant.", "fill"),
        C("Ian Clay", "Floodlights my backside. Bostock only got them cos her husbands firm fitted them. "
          "Backhander written all over it.", "pos", [], [DF], "corruption allegation"),
        C("Wendy Pask", "Her and that fat lump she's married to think they own Killamoor. Disgusting pair.",
          "pos", [], [PA], "personal abuse of the councillor and her husband"),
        C("Sam Whyld", "Will they be on a timer? They shine straight in my back bedroom.", "hn"),
        C("@LorraineBostock", "Hi Sam, yes, off at 9pm. I'll ask the team to check the angle too.", "hn",
          note="councillor reply"),
    ]),
    A("@RoyMeasuresLab", "facebook", MOD, "positive", [
        P("Hagg Lane: the council is consulting on moving the Tuesday market to the old bus station car park. "
          "Drop-ins at the library next week.", "fill"),
        C("Dale Housley", "Measures is a senile old fool who should of retired when the pit shut.", "pos",
          [], [PA, EQ], "ageist personal abuse"),
        C("Margaret Goodall", "Rubbish idea. The car park floods and there's no toilets. Leave the market "
          "where it is.", "hn", note="rude but acceptable"),
        C("@RoyMeasuresLab", "Thanks Margaret, the drainage is a fair point and I'll put it into the "
          "consultation.", "hn", note="councillor reply"),
        P("Hagg Lane food bank needs tinned meat, UHT milk and nappies in sizes 4 and 5. Drop-off at the "
          "Welfare.", "fill"),
        C("Jason Pye", "Food bank full of scroungers and illegals. Stop feeding them.", "pos", [],
          [EQ, PA], "abusive comment about migrants"),
        C("Kelly Start", "My neighbour Tina Marshall at 7 Hagg Lane Cottages uses that food bank and she's "
          "got a new telly. Ring her on 07700 900482 and ask her.", "pos", [], [DP],
          "private name, address and phone number"),
        C("Anne Rowbotham", "Dropped a bag off this morning. Lovely volunteers.", "hn"),
    ]),
    A("@MickGreatorexKI", "facebook", MOD, "positive", [
        P("Brinsmoor bus station toilets reopen Monday after the refit. They were a disgrace; now they're not.",
          "fill"),
        C("Stuart Birkin", "Shame Mick's not locked in one. Smelly old goat.", "pos", [], [PA],
          "personal abuse"),
        C("Lynn Frost", "Ey up Mick, are they open Sundays an' all?", "hn"),
        C("@MickGreatorexKI", "Morning Lynn, yes, 8 till 6 seven days a week.", "hn", note="councillor reply"),
        P("Brinsmoor remembrance garden has a new bench for the families of the 1973 pit disaster. Thank you "
          "to the Welfare for the stone.", "fill"),
        C("Gaz Hinds", "Nice bench. Shame the Khans at the shop over the road'll have it away by Friday, you "
          "know what that lot are like.", "pos", [], [EQ, DF], "racist insinuation about named private people"),
        C("Rob Shepperson", "Greatorex I know where you park your car of a night. Want to be careful walking "
          "back from the Welfare.", "pos", [], [BI], "threat left up"),
        C("Brian Dove", "My grandad's name is on that stone. Thank you for this.", "hn"),
    ]),
    A("@GemmaLimbLab", "facebook", MOD, "positive", [
        P("Sowbrook: council agreed today to fund resurfacing of the Errin Brook path. Work starts in April.",
          "fill"),
        C("Tony Mellors", "Gemma Limb only got selected cos she's been round half the Labour group if you get "
          "my drift. Everyone knows.", "pos", [], [DF, PA, EQ], "sexual smear left up"),
        C("Jo Barber", "Can it be wide enough for a double buggy please?", "hn"),
        C("@GemmaLimbLab", "Hi Jo, yes, 2m wide all the way. I checked with the highways team.", "hn",
          note="councillor reply"),
        P("Sowbrook Youth Club relaunch Friday 6-8pm. Free pizza, pool table and a new set of decks.", "fill"),
        C("Dave Kirkham", "Youth club for the Polish lot and the druggies. Sowbrook kids can't get a look in.",
          "pos", [], [EQ], "discriminatory comment (national origin)"),
        C("Paul Dabell", "Thats where my lad got battered by the Cooper boy from 3 Kelsall Road who's on bail "
          "for robbery. Not sending him back.", "pos", [], [DP, DF],
          "child named with address and criminal matter"),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@HannahSevernLD", "facebook", MOD, "hard_negative", [
        P("Errin Vale: Lib Dem councillors have asked for the new garden waste charge to be scrapped. £55 a "
          "year is too much.", "hn", note="post"),
        C("Dennis Pell", "Useless lot, the whole council. Charging us to take grass away.", "hn",
          note="rude about the council, acceptable"),
        C("Sheila Hemsley", "Truly a council of geniuses 🙄 £55 for a bin we've already got.", "hn",
          note="sarcasm about the council, acceptable"),
        C("@HannahSevernLD", "Agreed Sheila. Please sign the petition, link is on my page.", "hn",
          note="councillor reply"),
        P("I've removed a comment from this page today that named a private individual and gave their "
          "address. Robust views are welcome here; personal details and abuse aren't. Thanks all.", "hn",
          note="removal notice"),
        C("Kath Beeley", "Fair enough duck. Some folk forget it's a public page.", "hn"),
        C("Alan Rigley", "Rubbish from the cabinet as usual but at least you're trying Hannah.", "hn",
          note="rude about the cabinet, acceptable"),
    ]),
    A("@LeeCresswellRUK", "facebook", MOD, "hard_negative", [
        P("Sowbrook: the council plans to shut the Pit Lane recycling centre on Sundays. I'm against it and "
          "I'll say so at scrutiny.", "hn", note="post"),
        C("Tom Bexon", "Where were you lot when the 41 bus got cut? All mouth.", "hn",
          note="robust, acceptable"),
        C("Mandy Clark", "Ridiculous decision from a clueless cabinet. Sunday's the only day I can go.", "hn",
          note="criticism of a decision, acceptable"),
        C("@LeeCresswellRUK", "Mandy you're not alone, 300 people have said the same. I'll take it to "
          "scrutiny.", "hn", note="councillor reply"),
        P("Update: scrutiny has asked cabinet to think again on Sunday opening at Pit Lane. Thanks to "
          "everyone who wrote in.", "hn", note="post"),
        C("Gary Pegg", "About flamin time. Proper result that.", "hn"),
        C("Irene Topham", "Mardy lot on this page but I'll say well done Lee. Ta.", "hn"),
    ]),
]

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def expect_for(acc, row):
    k = row["k"]
    if k == "pos":
        rules = [acc["pattern"]] + row["rules"]
        allowed = list(row["allowed"])
    else:
        rules, allowed = [], []
        if k == "fill" and acc["role"] == "positive":
            allowed = [acc["pattern"]]
    verdict = "ok"
    for r in rules:
        if ORDER.index(SEVERITY[r]) > ORDER.index(verdict):
            verdict = SEVERITY[r]
    return {"rules": rules, "allowed": allowed, "verdict": verdict}


def generate():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [i for i, r in enumerate(acc["rows"]) if r["kind"] == "post"]
        n = len(posts)
        chunk = len(days) / n
        post_time = {}
        for j, i in enumerate(posts):
            lo, hi = int(round(j * chunk)), int(round((j + 1) * chunk)) - 1
            day = days[rng.randint(lo, hi)]
            # comments under this post (rows up to the next post)
            end = posts[j + 1] if j + 1 < n else len(acc["rows"])
            ncom = end - i - 1
            latest = 18 * 60 + 30 - ncom * 55
            minute = rng.randint(8 * 60, latest)
            post_time[i] = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                       tzinfo=dt.timezone.utc)
        current_post, last_time = None, None
        for i, r in enumerate(acc["rows"]):
            if r["kind"] == "post":
                current_post, last_time = i, post_time[i]
                t = last_time
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
                last_time = t
            k = r["k"]
            rec = {
                "text": r["text"],
                "author": acc["author"],
                "created_at": t.isoformat(),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "expect": expect_for(acc, r),
                "family": "hard_negative" if k == "hn" else acc["pattern"],
                "account_pattern": acc["pattern"],
                "account_role": acc["role"],
                "kind_of_row": {"pos": "positive", "hn": "hard_negative", "fill": "filler"}[k],
                "note": r["note"] or ("filler: ordinary council business" if k == "fill" else ""),
            }
            if r["kind"] == "comment":
                rec["comment_by"] = r["by"]
                rec["_parent"] = (acc["author"], current_post)
            rec["_key"] = (acc["author"], i)
            rows.append(rec)
    rng.shuffle(rows)
    ids = {}
    for n, rec in enumerate(rows, 1):
        ids[rec["_key"]] = "B83-A-%04d" % n
    out = []
    for rec in rows:
        o = {"id": ids[rec["_key"]]}
        for key in ("text", "author", "created_at", "platform", "account", "kind", "expect", "family",
                    "account_pattern", "account_role", "kind_of_row", "note"):
            o[key] = rec[key]
        if rec["kind"] == "comment":
            o["comment_by"] = rec["comment_by"]
            o["parent_id"] = ids[rec["_parent"]]
        out.append(json.dumps(o, ensure_ascii=False))
    return out


def main():
    lines = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d rows to accounts.jsonl" % len(lines))


if __name__ == "__main__":
    main()
