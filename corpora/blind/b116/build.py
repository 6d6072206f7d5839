#!/usr/bin/env python3
"""Build blind set b116 (account-level rules) into accounts.jsonl.

Every text, label and note below was written by hand for this set by an
independent writer. The script only arranges them: it keeps each account's
rows in written order, spreads each account's posts over the weekdays of
12 Jan - 27 Mar 2026 (one chunk of days per post, so never two posts of an
account on one day), puts comments 4 to 55 minutes after the row before them
under the same post, shuffles all rows with a fixed seed, gives ids
B116-NNNN, resolves parent_id and computes each verdict as the highest
severity expected. Running it twice writes identical bytes.
"""
import datetime as dt
import json
import os
import random

SEED = 11616
SET = "B116"
FIRST_DAY = dt.date(2026, 1, 12)
LAST_DAY = dt.date(2026, 3, 27)

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
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
HA = "haste.pause-before-posting"

# Base severity of every rule (RULES.md); the verdict is the highest found.
SEVERITY = {
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice",
    "defamation.allegation": "review",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    "association.endorsed-content": "advice",
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

OWNER = object()  # comment_by marker: the page owner replying on their own page


def _row(kind_of_row, text, note, rules, allowed, kind, by):
    if kind == "comment" and by is None:
        raise ValueError("comment without comment_by: " + text[:40])
    return {
        "kind_of_row": kind_of_row,
        "text": text,
        "note": note,
        "rules": list(rules),
        "allowed": list(allowed),
        "kind": kind,
        "by": by,
    }


def pos(text, note, rules=(), allowed=(), kind="post", by=None):
    """A positive row: expects the account rule (added in build) plus `rules`."""
    return _row("positive", text, note, rules, allowed, kind, by)


def fil(text, note, kind="post", by=None):
    """Filler: expects nothing; allows the account rule in positive accounts."""
    return _row("filler", text, note, (), (), kind, by)


def neg(text, note, rules=(), allowed=(), kind="post", by=None):
    """A hard-negative row: never expects or allows the account rule."""
    return _row("hard_negative", text, note, rules, allowed, kind, by)


def acct(handle, pattern, role, platform, rows, account="councillor"):
    return {"handle": handle, "pattern": pattern, "role": role,
            "platform": platform, "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    acct("@DeanVollerReform", HR, "positive", "x", [
        fil("Petherstone flare stack lit up again last night. Residents on Marsh Lane rang me at six asking if that's normal. I've asked the refinery for their flaring log and I'll post whatever they send. #Petherstone",
            "Routine casework about the refinery; no person targeted."),
        pos("Lady Muck of Tidesford has graced Petherstone with a visit. Twenty minutes, a photo with the flare stack behind her, back in the car before the kettle boiled. @RuthCardewLD some of us live with that smell every day, not just for the camera.",
            "First hostile occasion against the Leader, Ruth Cardew: 'Lady Muck' mockery of a ward visit. Belittling but mild, so a personal attack is allowed rather than expected.",
            allowed=[PA]),
        fil("Bin collections in Petherstone back to normal from Monday, the depot tells me. Thanks to the crews who've been out in the wet all week.",
            "Routine service update."),
        pos("@RuthCardewLD Watched the budget debate back. Forty minutes on her feet and not one thing a nipper couldn't have read off a cereal box. Bless her, she did try. Maybe read the papers before the meeting next time, Ruth.",
            "Second hostile occasion against Ruth Cardew: belittles her competence ('a nipper couldn't have read off a cereal box') with mock sympathy ('Bless her, she did try').",
            rules=[PA, IR], kind="reply"),
        fil("Surgery this Saturday at Petherstone library, 10 till 12. Bring your council tax letters and I'll help you make sense of them.",
            "Ward surgery notice."),
        pos("Ruth, you've blocked me again. Third time. Doesn't matter. Every meeting, every post, every ferry you take over to the Island, I'll be asking the same question: who signed off dropping the Marsh Lane buffer zone? You can't hide on a yacht forever.",
            "Third hostile occasion: unwanted pursuit after being blocked, tied to her travel. Read as persistence with a menacing edge; bullying allowed, not expected.",
            allowed=[BU]),
        pos("Funny how the Leader is too busy to meet Petherstone residents but never too busy for the Tidesford Sailing Club bar. Friday nights, same corner table, back to the car park about ten. People notice these things, Ruth.",
            "Fourth hostile occasion: tells Ruth Cardew her weekly routine is being watched ('People notice these things'). Intimidation expected.",
            rules=[BU]),
    ]),
    acct("@BarryTannerInd", HR, "positive", "facebook", [
        fil("Pilmoor Heath village hall roof: the grant's come through! £18,400 from the community fund and work starts after Easter. Proper result for the hall committee, who've been doing cake sales for three years to match it.",
            "Good-news ward post."),
        pos("Cllr Asante was at the port skills launch yesterday telling us what this borough 'needs'. Man's been here five minutes. Never set foot in the Forest before he got elected, wouldn't know a commoner from a car park attendant. Folk round here don't need lectures from someone who came down for the job.",
            "First hostile occasion against Kwame Asante (Port, Economy and Skills), framed around him being an outsider. No protected characteristic is named; equality allowed.",
            allowed=[EQ, PA]),
        fil("Cattle grid on Heath Road is rattling like a biscuit tin again. Reported to Highways and I've got a reference. Drive careful, the ponies are all over the verges this week.",
            "Routine highways report."),
        pos("Asante again. Another 'vision document' full of pictures of cranes. I asked him in committee how many Pilmoor lads got apprenticeships out of the last one and he gave me a speech about 'pathways'. Saying it in that accent don't make it any cleverer, Kwame. We've heard it all before from people like you.",
            "Second hostile occasion: mocks Kwame Asante's accent and 'people like you'. Coded as origin rather than policy; equality allowed, not expected (no characteristic named).",
            allowed=[EQ, PA]),
        fil("Thank you to everyone who came to the Pilmoor litter pick. Forty-two bags, one shopping trolley and a sofa somebody had dragged half a mile into the gorse. Tea and lardy cake back at the hall.",
            "Community thank-you; regional food idiom in a filler row."),
        pos("Born a Hampshire hog, die a Hampshire hog. Kwame Asante isn't one and never will be. He's a CV on legs, a nice face for the Lib Dem leaflet with nothing behind it. The Forest has seen off better than him.",
            "Third hostile occasion: 'a CV on legs' is a personal attack; 'isn't one and never will be' is the outsider framing again, so equality is allowed.",
            rules=[PA], allowed=[EQ]),
    ]),
    acct("@SandraKeelCon", HR, "positive", "facebook", [
        fil("Kingswell Common pond clearance Saturday morning, wellies essential. The Brownies are doing the frogspawn count so mind where you tread!",
            "Community event notice."),
        pos("Nicola Strand has done it again. Her report on the Kingswell paddocks scheme reads like the developer wrote it for her. Recommend approval, not a word about the flooding, not a word about the lane. This village deserves a Head of Planning who works for residents, not for whoever has the glossiest brochure.",
            "First hostile occasion against Nicola Strand, Head of Planning (an officer): public criticism of her report and neutrality. The 'developer wrote it' line insinuates bias; defamation allowed.",
            rules=[OF], allowed=[DEF, PA]),
        fil("Good news for Kingswell: the number 14 keeps its Sunday service after the county's bus review. Thank you to everyone who filled in the survey.",
            "Bus service update."),
        pos("I'm told Ms Strand 'doesn't engage with councillors on social media'. How convenient. She engages with the agents for Hollybrook Homes often enough, judging by the meeting log. Either she starts answering residents or she can go and wave things through for some other council.",
            "Second hostile occasion against the Head of Planning: questions her neutrality and suggests she leave. Insinuation about the developer's agents allows defamation; the push to leave allows bullying.",
            rules=[OF], allowed=[DEF, BU]),
        fil("Pothole on Common Lane by the chapel is now the size of a paddling pool. Photographed, reported, chased. Hampshire roads, eh.",
            "Highways casework."),
        pos("Third planning report in a row from Nicola Strand that ignores what the village told her. Three strikes. I've written to the Chief Executive asking whether she is fit to stay in post, and I'll read the letter out at full council so everyone knows exactly where she stands. Nicola, you were warned.",
            "Third hostile occasion: public humiliation of an officer ending in 'you were warned'. Intimidation expected as well as the officer rule.",
            rules=[OF, BU]),
    ]),
    acct("@GavinRuddSaltgrove", HR, "positive", "x", [
        fil("Saltgrove sea wall inspected this morning with the coastal team. Two sections patched before the spring tides, the rest holds till the summer works. Good to see it with my own eyes.",
            "Routine coastal casework."),
        pos("Little Jade Whitcombe has discovered the word 'austerity'. Sweet. Sweetheart, some of us were running businesses on this coast before you'd left primary school. Do some homework before you lecture the grown-ups.",
            "First hostile occasion against Jade Whitcombe, the youngest councillor: belittling ('Little', 'Sweetheart', 'the grown-ups'). Personal attack expected; the age and sex framing allows equality.",
            rules=[PA], allowed=[EQ]),
        fil("Beach hut fees frozen for another year at Saltgrove. Not everything the council does is bad news, whatever you read on here.",
            "Ward news."),
        pos("@JadeWhitcombeLab Truly inspiring speech tonight. Must have taken Labour HQ all week to write it for you. Round of applause, everyone 👏👏",
            "Second hostile occasion: mock praise aimed at Jade Whitcombe. Irony risk expected.",
            rules=[IR], allowed=[PA], kind="reply"),
        fil("Saltgrove regatta dates are out. If you're fed up with the grockles parking on the verges that weekend, the overflow field is open again and it's free.",
            "Filler with local idiom ('grockles' for visitors)."),
        pos("Jade, you've been in the chamber ten minutes and already you think you run the place. You don't. You're a dinlo with a lanyard and a student loan.",
            "Third hostile occasion: 'a dinlo with a lanyard and a student loan' is a personal attack.",
            rules=[PA], allowed=[EQ]),
        pos("Was in Pierhead today chatting to some people who know Jade's family. Lovely people. I'd hate for them to be embarrassed by whatever comes out next. Think carefully before your next little speech, Jade.",
            "Fourth hostile occasion: veiled threat through her family. Intimidation expected. It could be read as a clumsy remark about reputation; see README.",
            rules=[BU], allowed=[PA]),
    ]),
    acct("@ColinMabeyInd", HR, "positive", "bluesky", [
        fil("Copplestone Point car park: the barrier's been stuck open since Christmas and the machine only takes coins. I've asked for both to be fixed before the spring. Until then, park and enjoy the view.",
            "Routine casework."),
        pos("Alan Pocock couldn't add up the raffle at the Burlhurst fete and they've put him in charge of the borough's money. Explains this budget.",
            "First hostile occasion against Alan Pocock, Deputy Leader and Finance: belittles his competence. Personal attack expected.",
            rules=[PA]),
        fil("Coastal path at the point is shut from the old lookout to the slipway for erosion works. Diversion signed up the lane. Four weeks, they reckon.",
            "Closure notice."),
        pos("Funny how the Copplestone car park contract went to a firm whose director drinks with Alan Pocock in the Drift Inn every Sunday. Not saying anything. Just asking who scored the bids.",
            "Second hostile occasion: 'not saying anything' insinuation of favouritism. Defamation allowed, not expected (nothing stated as fact).",
            allowed=[DEF]),
        fil("Met the Copplestone Sea Scouts about their boathouse lease. Renewal recommended, ten years, peppercorn rent. They're a credit to the village.",
            "Good-news casework."),
        pos("Let's call it what it is. Alan Pocock moved £400,000 out of the coastal reserve to hide the leisure centre overspend and then lied to full council about it. That's fiddling the books. He should resign before the auditors get to him.",
            "Third hostile occasion: states dishonesty as fact ('lied', 'fiddling the books'). Defamation expected.",
            rules=[DEF], allowed=[PA]),
    ]),
    acct("@FernOakleyGreen", HR, "positive", "bluesky", [
        fil("Frogs are back in the Ashbrook bottom ponds 🐸 First spawn spotted this morning. If you're walking dogs across the lawn, keep them out of the water for a few weeks please.",
            "Nature note for the ward."),
        pos("Another pony dead on the Stonyford road and Tom Hatchard is posting about 'balanced approaches'. Tom, you've had the Forest portfolio two years and the only thing you've balanced is your diary. Useless doesn't begin to cover it.",
            "First hostile occasion against Tom Hatchard (Environment and the Forest): 'Useless doesn't begin to cover it' makes it personal. Personal attack expected.",
            rules=[PA]),
        fil("Ashbrook Lawn tree planting has a date at last. 300 whips, oak, hazel and holly, donated by the Ashbrook Commoners' Association. Bring a spade and gloves.",
            "Community event."),
        pos("Great news everyone! Tom Hatchard has discovered speed cameras exist. Only took fourteen dead ponies. Slow clap for our visionary environment lead 👏👏",
            "Second hostile occasion: mock praise of Tom Hatchard. Irony risk expected; personal attack allowed.",
            rules=[IR], allowed=[PA]),
        fil("Air quality monitor on Ashbrook Road: February readings under the limit every day but two, both when port traffic backed up through the village. I'll keep pushing for the lorry route.",
            "Environmental casework."),
        pos("Tom Hatchard is a spineless man who'd tarmac the whole Forest if a haulier asked him nicely. I'll be at every cabinet meeting with the pony count until he goes. Every single one.",
            "Third hostile occasion: 'spineless man' is a personal attack. 'Every cabinet meeting ... until he goes' could be lawful persistence; bullying allowed, not expected.",
            rules=[PA], allowed=[BU]),
    ]),
    acct("@KeithDunningRUK", HR, "positive", "x", [
        fil("Redmarsh: the lorry park behind Dock Road is full again and they're parking on the estate. Reported to the port police and the council. Photos welcome.",
            "Casework."),
        fil("Lights out in the Redmarsh underpass for a week now. Not safe for anyone walking home off a late shift. Chasing it again today.",
            "Casework."),
        pos("Lisa Marchant on the radio this morning saying Redmarsh 'has seen real improvement'. Has she ever been? Mould, damp, nippers sleeping in living rooms. She should be ashamed. She's a joke and she knows it.",
            "First of only two hostile occasions against Lisa Marchant (Housing): 'She's a joke' is a personal attack.",
            rules=[PA]),
        fil("Big turnout at the Redmarsh residents' meeting tonight. Parking, the underpass and the state of the garages on Ferry Close. Action list goes to the council tomorrow.",
            "Residents' meeting report."),
        fil("Redmarsh community fridge is short of volunteers on Tuesdays. Two hours, no experience needed. Message me.",
            "Volunteer appeal."),
        pos("Housing waiting list up again and Lisa Marchant's answer is a press release with her face on it. Clueless, heartless, and still drawing the cabinet allowance. Lisa, you are an embarrassment to this town.",
            "Second hostile occasion, the two-occasion minimum: personal attack expected.",
            rules=[PA]),
        fil("Dock Road resurfacing starts next week, nights only. Worth the disruption, those potholes are wrecking people's cars.",
            "Roadworks notice."),
    ]),
    acct("@MartinStaceLab", HR, "positive", "facebook", [
        pos("Hugh Fairbrother says Creekside 'needs to stand on its own two feet'. This from a man whose family has never stood on anything that wasn't a yacht deck. Hooray Hugh, champion of the working docker!",
            "First hostile occasion against Hugh Fairbrother, Conservative group leader: class sneer ending in mock praise. Irony risk expected; personal attack allowed.",
            rules=[IR], allowed=[PA]),
        fil("Creekside foodbank needs tinned meat and fish, long-life milk and nappies in sizes 4 and 5. Drop-off at the Methodist hall Tuesdays and Fridays.",
            "Foodbank appeal."),
        pos("Hooray Hugh's in the Waterside Gazette again, telling us the Creekside regeneration is 'too ambitious'. Hugh, nobody asked a man with three houses what he thinks about housing.",
            "Second hostile occasion: the nickname again and a jibe at his wealth. Nothing beyond the account rule expected; personal attack allowed.",
            allowed=[PA]),
        pos("Asked Hugh Fairbrother at full council whether he'd ever set foot in Creekside without a photographer. He smirked. That smirk is the whole Tory group in one face. Pathetic little man.",
            "Third hostile occasion: 'Pathetic little man' is a personal attack.",
            rules=[PA]),
        fil("Creekside play park reopens Monday with the new accessible roundabout. Come and have a go, nippers and grown-ups both.",
            "Good-news ward post."),
        pos("Hugh Fairbrother can sneer all he likes. He's a parasite who's never done a day's graft in his life and everyone in this town knows it.",
            "Fourth hostile occasion: 'a parasite' is a personal attack.",
            rules=[PA]),
        pos("Hugh, I know you read these. I know which Tidesford pontoon your boat's on and what time you come off it of a Saturday. Maybe we'll have a proper chat there one week, mush, away from your minders.",
            "Fifth hostile occasion: tells him his movements are known and proposes a meeting 'away from your minders'. Intimidation expected.",
            rules=[BU]),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    acct("@PatGoodallLab", HR, "hard_negative", "x", [
        neg("The Leader's decision to drop the Petherstone Marsh buffer zone from the local plan is wrong and I'll say so at every stage. Ruth Cardew has the votes. She doesn't have the argument. People here breathe the refinery every day.",
            "Robust criticism of the Leader's decision; 'at every stage' is about the plan's stages, not the person."),
        neg("Credit where it's due: @RuthCardewLD came to the Marsh Lane meeting, stayed two hours and took every question, even the shouty ones. Still disagree with her on the buffer zone. But she turned up.",
            "Approving mention of the same person."),
        fil("Petherstone Marsh surgery has moved to the sports club this month while the library's rewired. Same time, Thursday 5 till 7.",
            "Surgery notice."),
        neg("Cabinet has approved the ferry subsidy cut. Ruth Cardew called it 'difficult but necessary'. It's neither. It's a choice, the wrong one, and the shift workers who cross at five in the morning will pay for it.",
            "Harsh but civil criticism of a cabinet decision."),
        neg("Read the Leader's budget speech twice. Fine words on the coast, nothing for the Marsh. Ruth, the refinery villages aren't a footnote. Labour will be tabling an amendment.",
            "Criticism of a budget speech addressed to the Leader by name; policy, not person."),
        neg("Ruth, come down the Marsh on a flaring night. I'll put the kettle on and you can hear it for yourself. Standing invitation.",
            "An invitation, not a hostile occasion, though it shares the topic with Dean Voller's posts."),
    ]),
    acct("@SimonRackhamCon", HR, "hard_negative", "facebook", [
        neg("The port skills plan came to scrutiny last night. Cllr Asante answered every question straight, which I respect. But the numbers don't add up: 400 apprenticeships promised, funding for 120. Either the target's wrong or the budget is.",
            "Repeated criticism of Kwame Asante's plan, first of four; about numbers, civil."),
        fil("Stonyford cattle grid replaced at last, four months after I first reported it. Thank you to the Highways lads who did it in the sleet.",
            "Routine casework."),
        neg("Kwame Asante's skills plan still leaves out the Forest villages. Not one outreach session north of the Stonyford road. If you live up here and want a job at the port, how do you get there without a car? The bus goes twice a day.",
            "Second criticism of the same plan; policy only."),
        neg("People keep telling me Kwame 'isn't from round here'. Nor am I. I'm no Hampshire hog, thirty-one years in Stonyford and the Forest folk still call me the new lad. It's his plan I disagree with, not where he grew up. Let's keep it about the plan.",
            "Counter-speech against the outsider framing used by Barry Tanner; the writer calls himself an incomer."),
        fil("Stonyford village shop has reopened under new owners. Proper coffee now, and they're keeping the post office counter. Go and say hello.",
            "Village news."),
        neg("Voted against the skills plan at the call-in. Lost 7-4. Kwame's a decent bloke and a grafter, and the plan's still half-baked. Both things can be true.",
            "Fourth criticism; praises the person while criticising the plan."),
    ]),
    acct("@JennyBrockwayLD", HR, "hard_negative", "bluesky", [
        fil("Saltgrove shoreline clean this Sunday. Last time we pulled 600 cotton bud sticks off the beach. Gloves and bags provided.",
            "Community event."),
        neg("Alan Pocock stood up at full council and told us the leisure centre overspend was 'nobody's fault'. What a dinlo. The man wouldn't know accountability if it bit him on the ankle.",
            "One hostile post at Alan Pocock: a personal attack ('What a dinlo'), but a single occasion, so no account rule.",
            rules=[PA]),
        fil("Saltgrove library hours: from April it opens Saturday mornings again. Small win, but a win.",
            "Library news."),
        neg("Alan Pocock has now published the leisure centre figures in full, as several of us asked. Fair play to him for that. The questions about how it happened still stand.",
            "Later civil mention of the same person."),
        fil("Brent geese on the Saltgrove mudflats this morning, hundreds of them, and one grockle trying to feed them a sausage roll.",
            "Nature note with local idiom."),
        neg("Good meeting with Alan Pocock and the finance team on the coastal reserve rules. We don't agree on everything, but the new rules are better than the old ones.",
            "Second civil mention of the same person."),
    ]),
    acct("@RayOsmondHard", HR, "hard_negative", "x", [
        fil("Marlhaven Hard slipway reopened after the winter repairs. Tide tables are up in the harbour office window.",
            "Harbour notice."),
        neg("Dean Voller spent the whole planning meeting on his phone and then voted on an application he clearly hadn't read. Lazy, gobby and useless.",
            "One hostile post at Dean Voller: a personal attack, but the writer's only one at him. 'Voted on an application he clearly hadn't read' is close to a misconduct claim; defamation allowed.",
            rules=[PA], allowed=[DEF]),
        neg("Pompey fans on the early ferry this morning, singing their hearts out, and they behaved better than half our lot did at the last derby. Up the Saints, mush.",
            "Football banter with local idiom; no target."),
        fil("Harbour parking permits for Hard residents: renewals open on the 1st. No need to queue, do it online or ring the harbour office.",
            "Permit notice."),
        neg("Sandra Keel is a sanctimonious windbag who's never had an original thought in her life.",
            "One hostile post at Sandra Keel, a different person from the earlier attack: a personal attack, no course of conduct against either.",
            rules=[PA]),
        fil("Sea fog on the Water this morning, couldn't see the cranes from the Hard. Ferry's running late, allow extra time.",
            "Travel notice."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    acct("@BevLucasBurlhurst", MX, "positive", "facebook", [
        fil("Burlhurst Road 40mph trial: the county have agreed to extend it down to the cattle grid. That's two years of asking. Thank you to everyone who signed the petition.",
            "Council business on the account."),
        pos("Our grandson Alfie was christened at St Leonard's on Sunday 👶 in his great-grandad's gown, 104 years old and not a mark on it. Proud nan doesn't cover it.",
            "Family news on a council account. A named grandson (a child) allows data protection.",
            allowed=[DP]),
        fil("Planning committee next week has the Burlhurst garage site on it. I'm not on that committee, so residents who want to speak: the deadline to register is Monday noon.",
            "Council business."),
        pos("Biscuit's in foal! Vet confirmed this morning, due in May. Ten years I've had that mare on the Forest and she still won't let me catch her without a carrot.",
            "Her own pony, a hobby post, on the council account."),
        fil("Burlhurst Parish Hall, Thursday 7pm: drop-in about the forest car park closures. Officers will be there with maps.",
            "Council business."),
        pos("Forty years married today to my Clive. Still rubbish at the washing up, still makes me laugh every single morning. Love you, you old goat ❤️",
            "Anniversary post naming her husband. Data protection allowed.",
            allowed=[DP]),
    ]),
    acct("@NikhilDesaiLD", MX, "positive", "x", [
        pos("Proud dad moment: Anya's got her first-choice uni place to read marine biology 🐬 She's been rock-pooling at Pierhead since she was three. Where did the time go?",
            "Daughter named with her university place. Data protection allowed.",
            allowed=[DP]),
        fil("Pierhead pier structural survey is back. Decking sound, two piles need work. Cabinet looks at the repair budget in March and the pier stays open meanwhile.",
            "Council business."),
        fil("Ward walkabout this morning with the street cleansing team. Bins along the Esplanade will be emptied twice a day from Easter.",
            "Council business."),
        pos("Twenty years married to Priyanka today. Celebrated with fish and chips on the sea wall, shrammed to the bone, best night out we've had in ages.",
            "Anniversary naming his wife; local idiom ('shrammed'). Data protection allowed.",
            allowed=[DP]),
        fil("Pierhead beach huts: the waiting list reopens in April. I've asked for something fairer than first-come-first-served-with-a-deckchair-at-dawn.",
            "Council business."),
        pos("Mum's 80 next week. She came over in 1972 with one suitcase and now she bosses four grandchildren and the whole temple committee. Happy birthday, Ba ❤️",
            "Mother's age and religion implied (temple committee). Data protection allowed.",
            allowed=[DP]),
    ]),
    acct("@RoyKitcherFSI", MX, "positive", "facebook", [
        fil("School Lane ditch in Ashbrook Lawn is cleared at last, after I walked it with the engineers. Shout if your garden still floods.",
            "Council business."),
        pos("Out at first light checking my ponies on the heath. Frost on the bracken and the old grey mare waiting by the gate like she owns the place. Best part of the day, before the emails start.",
            "A commoner's own animals: personal, though close to his Forest ward."),
        fil("The forest roads group meets again on the 19th. Pony deaths this winter are up on last year. I'll be pushing for average speed cameras on the Stonyford road.",
            "Council business."),
        pos("Our Sharon's knee op went well, she's home and bossing me about from the settee. Thank you to the nurses on the ward, you're diamonds.",
            "Wife named with health information. Data protection allowed.",
            allowed=[DP]),
        fil("Council tax support: if you're on Universal Credit and haven't applied, please do. Ring the council or come to my surgery Saturday and I'll help with the form.",
            "Council business."),
        pos("Drift Inn B team (me, our kid and two others who should know better) won the darts cup last night. First time since 1997. Gurt big trophy, no room on the mantelpiece.",
            "Pub darts news on the council account; local idiom ('gurt')."),
    ]),
    acct("@StellaMaitlandGreen", MX, "positive", "bluesky", [
        fil("Copplestone flood defence consultation closes on the 28th. Three options, all with trade-offs. Please read them and respond, even if it's one line.",
            "Council business."),
        pos("Sea swim off the point this morning, 7.4°C. Screamed like a gull going in, felt like a goddess coming out. Shrammed but happy 🌊",
            "Hobby post on the council account."),
        fil("Asked at full council why the coastal path closure signs went up two weeks after the path closed. Answer: printing delays. I've offered to laminate them myself.",
            "Council business."),
        pos("Happy birthday to my wonderful partner Jo, who has put up with ten years of being dragged out to count waders in the rain. Cake tonight, no waders.",
            "Partner named. Data protection allowed.",
            allowed=[DP]),
        fil("Copplestone Point saltmarsh restoration: £220k bid submitted with the harbour trust. Fingers crossed.",
            "Council business."),
        pos("Allotment's first broad beans are up, and so are the slugs. War has been declared.",
            "Allotment post on the council account."),
    ]),
    acct("@TerryBlandfordLab", MX, "positive", "facebook", [
        fil("The operator is dropping the 5.40am number 9 from Petherstone Marsh. I've written to them today. That bus gets people to the refinery and the docks. It's not an optional extra.",
            "Council business."),
        pos("Took my nipper to his first Saints game Saturday. Lost 2-1, he cried, I cried, we had chips. He wants to go again. That's my boy.",
            "Family outing on a council account; child not named."),
        fil("Marsh Lane streetlights are being swapped for LEDs from next week. Brighter and cheaper to run. Tell me if any are still out after.",
            "Council business."),
        pos("Five years today since we lost Mum. Still reach for the phone to ring her of a Sunday. Miss you every day.",
            "Bereavement post on the council account."),
        fil("Petherstone Marsh community centre has the money for a new kitchen. Big thanks to the lunch club ladies who kept it going on two camping stoves.",
            "Council business."),
        pos("Night shift done on the straddle carriers, four hours' kip, and now off to the civic offices for a licensing panel. Coffee's on the agenda.",
            "Mixes his own job with council duty. Tiredness is mentioned, so haste is allowed; nothing beyond the account rule expected.",
            allowed=[HA]),
    ]),
    acct("@MayorMarionFroud", MX, "positive", "x", [
        fil("An honour to open the new Kingswell Common scout hut this afternoon. Forty years of the 2nd Kingswell under one roof at last.",
            "Civic engagement."),
        pos("Back from a week in Madeira with my sister. Sun, walks, far too much cake. Marlhaven drizzle never felt so welcoming.",
            "Holiday post on the Mayor's civic account."),
        fil("Mayor's charity quiz raised £3,120 for the Marlhaven lifeboat. Thank you to all fourteen teams and to whoever answered 'the Solent' to every single question.",
            "Civic fundraiser."),
        pos("My granddaughter Poppy has passed her grade 3 piano with merit! 🎹 Proud doesn't cover it.",
            "Named grandchild. Data protection allowed.",
            allowed=[DP]),
        fil("Civic service at St Nicholas' on Sunday. All welcome. Chairs for 200, biscuits for about 40.",
            "Civic event."),
        pos("Graham's 70 today. Still can't work the telly remote, still the best thing that ever happened to me.",
            "Husband named with his age. Data protection allowed.",
            allowed=[DP]),
    ]),
    acct("@OwenPridhamCon", MX, "positive", "x", [
        pos("Harry and I took second in the Tidesford frostbite series on Sunday. He helmed, I bailed. Division of labour sorted ⛵",
            "Sailing with his son (named) on the council account. Data protection allowed.",
            allowed=[DP]),
        fil("Tidesford harbour dredging licence is through and work starts in the autumn. Mooring holders, the harbour office will write to you.",
            "Council business."),
        fil("Residents' parking consultation for Tidesford opens Monday. Grockle season's coming and the lanes can't take another summer like the last one.",
            "Council business with local idiom."),
        pos("Our spaniel Maisie turns ten today. Still thinks she's a puppy, still eats socks.",
            "Pet post on the council account."),
        pos("Kitchen finally finished after four months of builders. Never again. Who wants a cup of tea?",
            "Home news on the council account."),
        fil("Thank you to the Tidesford lifeboat crew for coming to the ward forum to talk about cold water safety. Worth every minute.",
            "Council business."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts
    # ------------------------------------------------------------------
    acct("@HelenDuckettLD", MX, "hard_negative", "facebook", [
        neg("As a mum of two myself I know how much the school run matters. The new crossing patrol on Petherstone Road starts after half term, thanks to the parents who kept pushing.",
            "Personal aside serving a council message."),
        neg("Free swimming for nippers under 8 at Marlhaven leisure centre every weekend from March. Get them in the water, this is a coastal town.",
            "Council service; 'nippers' used on the negative side."),
        neg("Family hub at Petherstone library: drop-ins for parents of under-fives on Tuesday mornings. Health visitor, baby weighing, decent coffee.",
            "Council service for families."),
        neg("My nan worked in the refinery canteen for thirty years, like half the grandmothers in this village. The heritage trail boards going up this spring tell their story. Come to the unveiling.",
            "Communal family history serving a council project."),
        neg("Mums and dads have asked about holiday club prices. They're frozen at last year's rate and booking opens on the 2nd.",
            "Council service."),
        neg("'My boy's been sofa-surfing since Christmas and nobody rings back.' That's what a Petherstone mum told me at surgery. I've escalated it. If that's you too, get in touch.",
            "Quotes a resident, unnamed; casework."),
    ]),
    acct("@GordonYeatesLab", MX, "hard_negative", "bluesky", [
        neg("Grandparents raising grandchildren: new support group starts at Pilmoor Heath hall, first Wednesday of the month. You're not on your own.",
            "Council-backed service."),
        neg("Dads and lads (and daughters) walking football, Sundays at the rec. 50p, all ages, no tackling over the age of 60.",
            "Community sport."),
        neg("Young carers' day out to the Island is booked for the Easter holidays. Twenty-four young people who spend their lives looking after someone else, getting a day off for once.",
            "Council youth service."),
        neg("Mothering Sunday lunch at the Heath hall for anyone on their own. Free roast, sit with us. Ring the hall to book a place.",
            "Community event."),
        neg("As a grandad of four I'll admit the new play area got a thorough testing from me. Council-funded, built by a local firm, open from today.",
            "Personal aside serving a council message."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    acct("@lisa_bakes_by_the_water", MX, "hard_negative", "bluesky", [
        neg("Lemon drizzle attempt number three. Finally, a crust. The secret is patience, which I don't have, so I set a timer.",
            "Baking post on a separate personal account."),
        neg("Walked the sea wall with the dog in the sleet. Shrammed. Worth it for the hot chocolate after.",
            "Personal account; local idiom on the negative side."),
        neg("Grandkids stayed over and ate everything in the house including, somehow, the lardy cake I'd hidden behind the flour.",
            "Family post, no names, on a personal account."),
        neg("Book club this month: a murder on a ferry to the Island. Guessed the killer by page 40. Smug.",
            "Personal account."),
        neg("The sourdough starter has a name now. The family voted. It's Gregory. Don't ask.",
            "Personal account."),
    ], account="personal"),
    acct("@tom_on_the_lawn", MX, "hard_negative", "x", [
        neg("Ponies down on the lawn by the ford this morning, coats like doormats after all that rain. Love this time of year in the Forest.",
            "Personal Forest post on a separate personal account; no council business."),
        neg("Our kid's band played the Drift Inn last night. Loud. Very loud. Proud.",
            "Personal account."),
        neg("Frost on every gorse bush at seven and a red kite overhead. Who needs a gym when you've got the heath.",
            "Personal account."),
        neg("Finished the dry stone wall at the bottom of the garden. Took three years. Will never build another.",
            "Personal account."),
        neg("Village quiz: our team came last and won the raffle. Moral victory.",
            "Personal account."),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    acct("@MickHallettReform", MOD, "positive", "facebook", [
        fil("Refinery flaring again tonight. I've asked the company for an explanation and environmental health for the monitoring data. I'll post what comes back.",
            "Owner's post."),
        neg("Thanks Mick. It's been roaring since four. The kids couldn't sleep last night.",
            "Civil comment from a resident.", kind="comment", by="Lorraine Tarrant"),
        pos("The refinery bosses are scum and so are the council wankers who let them off every time. Should string the lot of them up off the jetty.",
            "Obscene, abusive comment with a call to violence, left up.",
            allowed=[AB, BU], kind="comment", by="Shaun Elkins"),
        pos("Everyone knows the refinery bought that planning officer, Nicola Strand. Backhanders, plain and simple.",
            "Bribery allegation against a named officer, left up.",
            allowed=[DEF, OF], kind="comment", by="Kerry Bowers"),
        neg("Lorraine, I've logged it with environmental health as a noise complaint. If it goes on past midnight again ring the out-of-hours line.",
            "Owner reply to a civil commenter under the same post; the abusive comments stay up.",
            kind="comment", by=OWNER),
        fil("Marsh Lane bus shelter smashed again, third time this year. Replacement ordered and I've asked for a camera.",
            "Owner's post."),
        pos("It's that lot from the caravans on the Marsh. Filthy gyppos every one of them. Move them on or we will.",
            "Racist slur against Gypsies and Travellers with a threat, left up.",
            allowed=[EQ, AB, BU], kind="comment", by="Dale Stickland"),
    ]),
    acct("@AngelaFryCon", MOD, "positive", "facebook", [
        fil("Kingswell Common car park: the council will consult on charges this spring. No decision yet. Tell me what you think, civilly please.",
            "Owner's post."),
        pos("Charges? Typical of that fat cow Ruth Cardew. Milk the drivers to pay for her Tidesford cronies.",
            "Abusive insult at the Leader, left up.",
            allowed=[PA, AB, EQ], kind="comment", by="Warren Luff"),
        neg("Please keep the first hour free, Angela. It's the only way the dog walkers and the pensioners can use it.",
            "Civil comment.", kind="comment", by="Helen Rowe"),
        neg("Helen, that's exactly the option I'll be pushing for. Please put it in the consultation too.",
            "Owner reply under a post with an abusive comment still up.", kind="comment", by=OWNER),
        pos("Don't care what it costs as long as the pikeys can't park their vans there. Dirty thieving lot.",
            "Ethnic slur against Travellers, left up.",
            allowed=[EQ, AB], kind="comment", by="Brian Seager"),
        fil("Spring litter pick on the Common, Saturday morning. Meet at the pond. Grabbers and hi-vis provided.",
            "Owner's post."),
        pos("Pick up that lazy sod at 12 Pond Lane while you're at it. Gary Waite. Sits on the dole all day, drinks in the bus shelter, got a record as long as your arm.",
            "Names a private person with his address, benefits and criminal record, left up.",
            allowed=[DP, DEF, PA], kind="comment", by="Steve Trotman"),
        neg("I'll be there with the WI ladies. We'll bring the flask.",
            "Civil comment.", kind="comment", by="Marjorie Kemp"),
    ]),
    acct("@DavePullingerLab", MOD, "positive", "facebook", [
        fil("The Creekside hotel is being used as temporary accommodation for families placed by the council. I've met the manager and the housing team. Please bring questions to me, not rumours.",
            "Owner's post."),
        pos("Families my arse. Young blokes off the boats, the lot of them. Burn it down and see how fast they leave.",
            "Call to arson at a named hotel housing asylum seekers, left up.",
            allowed=[BU, EQ, AB], kind="comment", by="Callum Voss"),
        neg("Thank you for saying this, Dave. My sister works there and the kids are lovely. The school's been brilliant with them.",
            "Counter-speech from a resident.", kind="comment", by="Amanda Knight"),
        pos("Bet Pullinger's getting a cut. Labour and their pals running the hotel racket, follow the money.",
            "Corruption insinuation about the page owner, left up.",
            allowed=[DEF, PA], kind="comment", by="Lee Fabian"),
        neg("Amanda, please pass on my thanks to her. And anyone who wants to help, the school uniform swap needs donations.",
            "Owner reply; the other comments stay up.", kind="comment", by=OWNER),
        fil("Creekside ward surgery this Saturday, Methodist hall, 10 till 12. Housing, parking, bins, whatever's bothering you.",
            "Owner's post."),
        pos("Here's one for your surgery Dave. The woman in flat 4, 18 Harbour View is on methadone and had her kids taken off her and she's still getting a council flat. Sort it.",
            "Address with health and children's social care details of a private person, left up.",
            allowed=[DP], kind="comment", by="Trudy Mears"),
        neg("Will there be someone there about parking permits? Can't get through on the phone.",
            "Civil question.", kind="comment", by="Pete Olds"),
    ]),
    acct("@SueWhitlamLD", MOD, "positive", "facebook", [
        fil("Ferry fares: Waterline Ferries told the cross-Water liaison group they'll go up 9% from April. I've asked them to keep the residents' card and the shift-worker return. I'll share their reply when I get it.",
            "Owner's post."),
        pos("Their managing director Julian Tenby is a crook. He's been skimming the harbour grant for years, everyone at the yard knows it.",
            "Fraud allegation about a named private individual, left up.",
            allowed=[DEF], kind="comment", by="Glen Harwood"),
        pos("Fuck the ferry, fuck the council, fuck the lot of you. Nine per cent. Bunch of thieving bastards.",
            "Obscene comment, left up; 'thieving' at the council and ferry firm allows defamation.",
            allowed=[AB, DEF], kind="comment", by="Sharon Vickery"),
        neg("9% is brutal for anyone on the early shifts. Please keep pushing on the return ticket.",
            "Civil comment.", kind="comment", by="Tony Ashworth"),
        neg("Tony, I will. The liaison group meets again on the 12th and it's top of my list.",
            "Owner reply under the same post; the obscene comment stays up.", kind="comment", by=OWNER),
        fil("Saltgrove sea wall path has reopened after the storm repairs. Mind the new steps, they're steeper than the old ones.",
            "Owner's post."),
        pos("Whoever signed off them steps wants pushing down them. It's that harbour bloke Liam Pascoe, lives on Shore Road. Go and knock.",
            "Incites violence against a named officer and points to his street, left up.",
            allowed=[BU, DP, OF], kind="comment", by="Ryan Goss"),
    ]),
    acct("@IanGoslingInd", MOD, "positive", "facebook", [
        fil("Another pony killed on the Stonyford road last night, a yearling, by the cattle grid. That's the fourth this winter. Please, please slow down after dark.",
            "Owner's post."),
        pos("It was the white van from the builders' yard on Mill Lane, plate starts HX19. Driver's called Connor, lives above the chippy. Somebody should run HIM off the road and see how he likes it.",
            "Identifies a private person (partial plate, where he lives), accuses him and calls for violence, left up.",
            allowed=[DP, BU, DEF], kind="comment", by="Mark Dunford"),
        neg("Heartbreaking. The agister was out there at midnight. Thank you for keeping on about the speed limit, Ian.",
            "Civil comment.", kind="comment", by="Gill Abery"),
        pos("Forest is overrun with grockles and gyppos and foreigners who can't drive. Send them all back where they came from.",
            "Racist comment, left up; 'grockles' appears on the positive side here.",
            allowed=[EQ, AB], kind="comment", by="Nigel Pratley"),
        neg("Gill, I've asked for the police speed van to be out on that stretch this month.",
            "Owner reply; the other comments stay up.", kind="comment", by=OWNER),
        fil("Stonyford Parish Council and I are asking the county for average speed cameras along the whole Forest stretch. Letter's gone. Residents' letters of support welcome.",
            "Owner's post."),
        pos("Ian Gosling you useless tosser, you've been saying this for ten years and nothing's happened. Go back to your allotment, you senile old git.",
            "Abusive personal attack on the page owner, with an age put-down, left up.",
            allowed=[PA, AB, EQ], kind="comment", by="Wayne Colbourne"),
        neg("About time. Cameras won't fix the dinlos driving it like Le Mans though.",
            "Rude but acceptable comment at unnamed drivers; local idiom on the negative side.",
            kind="comment", by="Des Hann"),
    ]),
    acct("@FarahQureshiLab", MOD, "positive", "facebook", [
        fil("Port traffic through Redmarsh has been awful this week. I met the port operator this morning: the new lorry booking system goes live in April and should take 300 HGVs a day off Dock Road.",
            "Owner's post."),
        pos("Nobody voted for you love, the mosque put you in. Go back to Pakistan and take your lorries with you.",
            "Racist and religious abuse of the page owner, left up.",
            allowed=[EQ, PA], kind="comment", by="Jason Rolfe"),
        pos("Danny Sherrin's mobile is 07700 900531. Ring him and ask which haulier's paying off the port police. He'll tell you, he drives for them.",
            "Posts a private person's mobile number and a bribery allegation, left up.",
            allowed=[DP, DEF, SEC], kind="comment", by="Kev Mulholland"),
        neg("April can't come soon enough. My front wall's been clipped twice.",
            "Civil comment.", kind="comment", by="Bernadette Kirby"),
        neg("Bernadette, send me photos of the wall and I'll pass them to the port's claims team.",
            "Owner reply; the other comments stay up.", kind="comment", by=OWNER),
        fil("Community iftar at Redmarsh community centre on Friday, everyone welcome whatever your faith. Bring a dish or just bring yourself.",
            "Owner's post; not tied to a date."),
        pos("Would rather eat my own shit than sit with that lot. Hope the place gets torched.",
            "Obscene, anti-Muslim comment wishing arson, left up.",
            allowed=[EQ, BU, AB], kind="comment", by="Dean Cottle"),
        neg("Went last year, the food was unbelievable. See you there.",
            "Civil comment.", kind="comment", by="Marcus Yendall"),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    acct("@PeterJefferyCon", MOD, "hard_negative", "facebook", [
        neg("Copplestone beach huts: fees go up 4% from April, the first rise in three years. I argued for a freeze and lost. The breakdown the council gave me is below.",
            "Owner's post."),
        neg("You lot couldn't run a bath. 4% for a shed on a shingle beach.",
            "Rude but acceptable comment at the council.", kind="comment", by="Rob Heather"),
        neg("Typical. Squeeze the locals and let the grockles park for free.",
            "Robust comment with local idiom.", kind="comment", by="Val Cundy"),
        neg("Peter, you're a decent sort but your lot in cabinet are clueless. Vote them all out in May.",
            "Robust political comment.", kind="comment", by="Colin Roe"),
        neg("Copplestone ward newsletter is out: flood defences, the bus, the coastal path. Paper copies in the shop and the pub.",
            "Owner's post."),
        neg("Newsletter's proper dinlo, three pages on the coastal path and nothing on the potholes. Up your game, mush.",
            "Rude but acceptable; 'dinlo' and 'mush' on the negative side.",
            kind="comment", by="Gary Tilbury"),
        neg("Ha, fair, Gary. Potholes get the front page next time. Send me the worst ones.",
            "Owner reply.", kind="comment", by=OWNER),
    ]),
    acct("@YasminBegumLD", MOD, "hard_negative", "facebook", [
        neg("The Hard regeneration consultation: drawings are on display in the harbour office till the end of the month. Please have a look before you decide you hate it.",
            "Owner's post."),
        neg("Hate it. Looks like a multi-storey car park with window boxes.",
            "Blunt comment about a design.", kind="comment", by="Noel Stride"),
        neg("Councillors never listen anyway. Waste of paper.",
            "Cynical but acceptable comment.", kind="comment", by="Chris Lavington"),
        neg("Noel, the window boxes made me laugh. Put that in the feedback form, the architects do read them.",
            "Owner reply.", kind="comment", by=OWNER),
        neg("I've removed a comment from my last post that named a family on Ferry Steps and their children. Please don't do that on my page, whatever your view. Criticise me and the council as much as you like.",
            "Removal notice: the owner moderated her page."),
        neg("Good call Yasmin. Argue about the plans, leave the kids out of it.",
            "Civil comment.", kind="comment", by="Josie Barden"),
        neg("Censorship. You lot only want to hear praise.",
            "Robust comment.", kind="comment", by="Lenny Ratcliffe"),
        neg("Lenny, you're welcome to tell me the plans are rubbish. You just can't name children.",
            "Owner reply.", kind="comment", by=OWNER),
    ]),
]


def weekdays():
    days, d = [], FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if RANK[s] > RANK[best]:
            best = s
    return best


def build_rows():
    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for a in ACCOUNTS:
        rows = a["rows"]
        post_idx = [i for i, r in enumerate(rows) if r["kind"] != "comment"]
        n = len(post_idx)
        # one chunk of weekdays per post; a random day inside each chunk
        chunk_days = []
        for k in range(n):
            lo = k * len(days) // n
            hi = (k + 1) * len(days) // n
            chunk_days.append(days[rng.randrange(lo, hi)])
        last_time = None
        parent_key = None
        k = 0
        for i, r in enumerate(rows):
            key = (a["handle"], i)
            if r["kind"] != "comment":
                has_comments = i + 1 < len(rows) and rows[i + 1]["kind"] == "comment"
                hour = rng.randint(8, 12) if has_comments else rng.randint(8, 18)
                minute = rng.randint(0, 59)
                t = dt.datetime.combine(chunk_days[k], dt.time(hour, minute))
                k += 1
                parent_key = key
                by = None
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
                if t.date() != last_time.date() or t.hour > 18:
                    raise ValueError("comment falls outside the day: " + r["text"][:40])
                by = a["handle"] if r["by"] is OWNER else r["by"]
            last_time = t
            pattern = a["pattern"]
            if r["kind_of_row"] == "positive":
                rules = [pattern] + r["rules"]
                allowed = list(r["allowed"])
                family = pattern
            elif r["kind_of_row"] == "filler":
                rules = []
                allowed = [pattern] if a["role"] == "positive" else []
                family = pattern
            else:
                rules = list(r["rules"])
                allowed = list(r["allowed"])
                family = "hard_negative"
            rec = {
                "_key": key,
                "_parent": parent_key if r["kind"] == "comment" else None,
                "text": r["text"],
                "author": a["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": a["platform"],
                "account": a["account"],
                "kind": r["kind"],
                "comment_by": by,
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(rules)},
                "family": family,
                "account_pattern": pattern,
                "account_role": a["role"],
                "kind_of_row": r["kind_of_row"],
                "note": r["note"],
            }
            out.append(rec)
    rng.shuffle(out)
    ids = {}
    for n, rec in enumerate(out, 1):
        ids[rec["_key"]] = "%s-%04d" % (SET, n)
    final = []
    for rec in out:
        obj = {"id": ids[rec["_key"]], "text": rec["text"], "author": rec["author"],
               "created_at": rec["created_at"], "platform": rec["platform"],
               "account": rec["account"], "kind": rec["kind"]}
        if rec["kind"] == "comment":
            obj["comment_by"] = rec["comment_by"]
            obj["parent_id"] = ids[rec["_parent"]]
        for f in ("expect", "family", "account_pattern", "account_role", "kind_of_row", "note"):
            obj[f] = rec[f]
        final.append(obj)
    return final


def render():
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in build_rows())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render())


if __name__ == "__main__":
    main()
