"""Build accounts.jsonl for blind set b157 (account-level rules, Hollinsvale).

Every text below was written by hand for this set. The script only picks the
days and times, shuffles the rows with a fixed seed, assigns ids B157-NNNN,
resolves comment parents and computes each verdict as the highest base
severity of the expected rules. Running it twice gives the same bytes.

Usage: python3 build.py [--out FILE]   (default: accounts.jsonl next to this file)
Standard library only.
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B157"
SEED = 15704

HARASS = "harassment.repeated-target"
MODER = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"
ACCOUNT_RULES = (HARASS, MODER, MIXED)

# Base severities from the rule catalogue (the lower one where it says
# "review; block when severe").
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
    HARASS: "block",
    MODER: "review",
    MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# short names for the post rules used below
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


class Account:
    def __init__(self, handle, pattern, role, platform, account="councillor", about=""):
        self.handle = handle
        self.pattern = pattern
        self.role = role            # "positive" or "hard_negative"
        self.platform = platform
        self.account = account      # "councillor" or "personal"
        self.about = about
        self.rows = []
        ACCOUNTS.append(self)

    def _add(self, kind, kor, text, rules, allowed, note, comment_by=None):
        rules = list(rules)
        allowed = list(allowed)
        if kor == "positive":
            rules = [self.pattern] + rules
        elif kor == "filler" and self.role == "positive":
            allowed = [self.pattern] + allowed
        row = {
            "kind": kind,
            "kor": kor,
            "text": text,
            "rules": rules,
            "allowed": allowed,
            "note": note,
            "comment_by": comment_by,
            "parent": None,
        }
        if kind == "comment":
            posts = [i for i, r in enumerate(self.rows) if r["kind"] == "post"]
            row["parent"] = posts[-1]
        self.rows.append(row)
        return self

    # the account owner's own post / @reply on x
    def post(self, kor, text, rules=(), allowed=(), note=""):
        return self._add("post", kor, text, rules, allowed, note)

    def reply(self, kor, text, rules=(), allowed=(), note=""):
        return self._add("reply", kor, text, rules, allowed, note)

    # a comment under the owner's latest post (by a member of the public, or
    # the owner's own reply when by is the owner's handle)
    def comment(self, kor, by, text, rules=(), allowed=(), note=""):
        return self._add("comment", kor, text, rules, allowed, note, comment_by=by)


# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts
# ---------------------------------------------------------------------------

# Darren Fielden (Reform UK, Netherholme) -> Imran Zaman (Lib Dem, Wadsden Park),
# coded by religion.
a = Account("@DarrenFieldenRUK", HARASS, "positive", "x",
            about="Reform UK, Netherholme; target Imran Zaman")
a.post("filler", "Bins on the Holme estate missed AGAIN. Third time since August on Fernside Walk. Reported it, got a ref, will keep reporting it till someone at the Town Hall actually lifts a finger.",
       note="ward complaint, robust about the service")
a.post("positive", "Cllr Zaman wants a \"community consultation\" on the Wadsden Park car park. Translation: it's already been agreed with his mates down the mosque and the rest of us are there to nod. Netherholme folk pay for that car park an' all.",
       allowed=[EQ, DF], note="hostile occasion 1 against Imran Zaman: religious insinuation and a pre-agreed deal; equality and defamation allowed")
a.post("filler", "Bingo night at Netherholme community centre raised £412 for the food bank. Proper community, this estate, whatever they say about us down the bottom.",
       note="fundraiser")
a.reply("positive", "@ImranZamanLD Funny how you always find time for Friday prayers but never for the Netherholme residents' meeting. We all know where your loyalties lie, mate.",
        rules=[EQ], allowed=[PA], note="hostile occasion 2, an x reply to the target: loyalty questioned because of his religion")
a.post("filler", "Reform UK street stall on Hollinsbridge market Saturday 10 till 2. Come for a natter, we don't bite. Brews on us ☕",
       note="party stall, no council resources")
a.post("positive", "Imran Zaman's ward, Imran Zaman's rules. He doesn't represent Wadsden, he represents one community and everybody round here knows which one. Not fit to sit in that chamber.",
       rules=[EQ, PA], note="hostile occasion 3: 'one community' coded by religion, 'not fit to sit'")
a.post("filler", "Potholes on Scar Lane up to the tops are axle deep. Somebody's going to lose a wheel. Reported with photos.",
       note="ward issue")

# Pauline Gaukroger (Conservative, Slackroyd and Tenter Moor) -> Andrew Lumb,
# Head of Planning and Regeneration (an officer).
a = Account("@PaulineGaukCon", HARASS, "positive", "facebook",
            about="Conservative, Slackroyd and Tenter Moor; target the Head of Planning")
a.post("filler", "Slackroyd Show committee met last night. Entries open for the sheepdog trials and the dry-stone walling. Forms from the Institute or from me.",
       note="village show")
a.post("positive", "Once again Andrew Lumb, our so-called Head of Planning, has produced a report that reads like the housebuilder wrote it. Sixty houses on the Tenter Moor fields and not one line about where the water goes. Is he working for Slackroyd or for them?",
       rules=[OF], allowed=[DF], note="hostile occasion 1 against an officer: neutrality questioned, insinuation allowed as defamation")
a.post("filler", "Thank you to all 19 of you who turned out for the Slackroyd reservoir litter pick. 23 bags, two traffic cones and a shopping trolley. How does a trolley get up there?!",
       note="litter pick")
a.post("positive", "Asked Mr Lumb a simple question at committee about flood risk on Tenter Moor. He stared at his shoes and mumbled. Ninety thousand a year and he can't tell you which way water runs. Gormless doesn't cover it.",
       rules=[OF, PA], note="hostile occasion 2: 'gormless', his salary, humiliation of an officer")
a.post("filler", "Good news for the top road: Slackroyd is on the priority gritting route this winter after our campaign. Small wins, but they count.",
       note="gritting")
a.post("positive", "Andrew Lumb. I've said it before and I'll keep saying it, at every committee, in every email, on every page I've got, until you're gone. Your time in this valley is up. Don't say nobody told you.",
       rules=[OF, BU], note="hostile occasion 3: 'your time in this valley is up ... don't say nobody told you' read as intimidation of an officer")
a.post("filler", "Coffee morning at the Slackroyd Institute Thursday, 10 till 12. The parkin alone is worth the walk up.",
       note="coffee morning; 'parkin'")

# Keith Horsfall (Valley Independents, Thurstonley) -> Rowan Tate (Green),
# Cabinet Member for Climate, Flooding and Moorland, coded as an incomer.
a = Account("@KeithHorsfallVI", HARASS, "positive", "x",
            about="Valley Independents, Thurstonley; target Rowan Tate")
a.post("filler", "Thurstonley Edge wind farm community fund is open again, up to £2,000 for village groups. The form's daft long, so shout if you want a hand with it.",
       note="community fund")
a.post("positive", "Rowan Tate's been in this valley five minutes and she's already telling moor farmers how to look after the tops. Offcumdens always know best, don't they.",
       allowed=[PA, IR], note="hostile occasion 1: 'offcumden' put-down; not a protected characteristic, so equality not allowed")
a.post("filler", "Harvest supper at Thurstonley Chapel Friday. Pie and peas, £6, all for the roof fund. Bring your own basin for the mushy peas if you're a purist.",
       note="chapel supper")
a.post("positive", "Another \"listening event\" from the Cabinet Member for Clogs and Kale. Rowan, love, nobody up here asked for your bog fantasy. Go back to Bristol and restore summat there.",
       allowed=[PA, IR], note="hostile occasion 2: mock title, 'go back to Bristol'")
a.post("filler", "Snow poles going in on the Thurstonley road this week. Take care on the tops, it's proper nithered up there already.",
       note="winter roads; 'nithered'")
a.post("positive", "Watched Cllr Tate at cabinet. Couldn't tell a curlew from a crow, couldn't find Thurstonley on a map, and she's deciding what happens to our moor. Clueless, arrogant little offcumden.",
       rules=[PA], note="hostile occasion 3: 'clueless, arrogant little offcumden'")
a.post("filler", "Thanks to Thurstonley Young Farmers for clearing the drains on Heys Lane before the rain came in. That's how a village looks after itself.",
       note="thanks to volunteers")
a.reply("positive", "@RowanTateGreen You can mute me but you can't mute the valley. I'll be at your surgery, at cabinet and at every listening event you put on. Every one. Get used to my face.",
        allowed=[BU], note="hostile occasion 4, x reply after being muted: pursuing her to public events; bullying allowed, not expected")

# Gary Sunderland (Labour, Birkenroyd) -> Giles Wadsworth (Leader of the
# Conservative Group). Five hostile posts, the maximum.
a = Account("@GarySunderlandLab", HARASS, "positive", "bluesky",
            about="Labour, Birkenroyd; target Giles Wadsworth")
a.post("filler", "Birkenroyd flood wall phase 2 starts on site in the new year. Drop-in at the Mill community room Wednesday if you want to see the drawings and ask the engineers owt.",
       note="flood wall drop-in")
a.post("positive", "Giles Wadsworth told council Birkenroyd folk \"chose to live on a flood plain\". Easy said from a five-bedroom barn conversion on the top, Giles. Smug, entitled, and thick as a mill wall.",
       rules=[PA], note="hostile occasion 1: the quote is political, 'smug, entitled, and thick as a mill wall' is personal")
a.post("positive", "Lord Giles of Brearfold has graced us with another press release. Truly, what would the valley do without his wisdom 🙄🙏",
       rules=[IR], allowed=[PA], note="hostile occasion 2: mock honorific and mock praise")
a.post("filler", "Birkenroyd Juniors under-11s won 24-12 at Wadsden on Sunday. Rugby league's alive and kicking down the bottom. Proud of every one of them.",
       note="junior rugby")
a.post("positive", "Reminder that Giles Wadsworth is a sponging landlord who's never done a day's graft in his life, and it shows every single time he opens his mouth.",
       rules=[PA], note="hostile occasion 3")
a.post("positive", "Giles, you're a bobbins leader of a bobbins group. Your own lot laugh at you in the members' tea room. Pathetic.",
       rules=[PA], note="hostile occasion 4: 'bobbins', 'Pathetic'")
a.post("filler", "Warm space at Birkenroyd Mill community room Tuesdays and Thursdays 10-3 from next week. Soup, tea, company. No forms, no questions.",
       note="warm space")
a.post("positive", "Giles, I know you're in the Weavers' Rest in Brearfold every Friday teatime. Might pop in one week. Be a shame if the regulars heard what you really think of them.",
       rules=[BU], note="hostile occasion 5: his routine and place named, veiled threat")

# Brian Helliwell (Conservative, Brearfold) -> Linda Ackroyd, Leader of the Council.
a = Account("@BrianHelliwellCon", HARASS, "positive", "facebook",
            about="Conservative, Brearfold; target Linda Ackroyd")
a.post("filler", "Brearfold Cricket Club end of season do. Trophies handed out, pie and peas demolished, and the second XI's captain still insists that was not out.",
       note="cricket club")
a.post("positive", "Our Leader, Linda Ackroyd, has excelled herself this week. Closing two libraries and calling it \"modernisation\". Well done Linda, a true visionary 👏👏👏 We are truly blessed.",
       rules=[IR], allowed=[PA], note="hostile occasion 1: mock praise aimed at her, not only the policy")
a.post("filler", "Brearfold bus shelter finally fixed after 14 months. Credit to the highways lads who got it done in a morning once it was booked in.",
       note="credit to staff, no names")
a.post("positive", "Linda Ackroyd couldn't run a bath, never mind a council. A washed-up union rep promoted miles past her competence. Sooner she's gone the better for all of us.",
       rules=[PA], note="hostile occasion 2")
a.post("filler", "Christmas lights go up in Brearfold on the 27th. Volunteers wanted for the ladders: head for heights and a flask essential.",
       note="christmas lights")
a.post("positive", "Linda's blocked me on here now. Doesn't matter. I know she's in the Hollinsbridge Co-op every Saturday morning with the grandkids. I'll say it to her face there. She can't hide forever.",
       rules=[BU], note="hostile occasion 3: blocked, then her Saturday routine named and an unwanted confrontation promised")
a.post("filler", "Remembrance in Brearfold: parade from the Institute 10.40, service at the war memorial 10.55. Please come and pay your respects.",
       note="remembrance")

# Tracey Holroyd (Independent, Stubbing Clough and Midgden) -> Shabir Hussain,
# Deputy Leader and Finance. Two hostile posts, the minimum.
a = Account("@TraceyHolroydInd", HARASS, "positive", "x",
            about="Independent, Stubbing Clough and Midgden; target Shabir Hussain")
a.post("filler", "Packhorse bridge at Stubbing Clough is repaired and looks grand. Thank you to the heritage team and the lads from the stone yard.",
       note="heritage repair")
a.post("filler", "Midgden post office closes in January. I've written to the Post Office and to Helen Clegg MP. Petition's on the counter at the shop, please sign.",
       note="post office; names the MP")
a.post("positive", "Shabir Hussain told full council the reserves were \"healthy\". Three weeks later they're shutting the Midgden toilets and the swimming baths. Either he can't read a spreadsheet or he lied to our faces. Useless man.",
       rules=[PA], allowed=[DF], note="hostile occasion 1: 'lied to our faces' put as an either/or, defamation allowed")
a.post("filler", "Harvest assembly at Stubbing Clough school was lovely. 180-odd tins for the food bank and a lot of chuffed kids.",
       note="school harvest")
a.post("positive", "Let's call it what it is. Shabir Hussain cooked the books to hide the hole and paid his mates' firm for \"consultancy\" out of the flood money. He's a crook and everyone at the Town Hall knows it.",
       rules=[DF, PA], note="hostile occasion 2: allegation of fraud stated as fact")
a.post("filler", "Gritter's already been up Midgden Lane this morning. Whoever's on that rota, you're a star.",
       note="thanks")
a.post("filler", "Surgery is the first Saturday of the month, Midgden chapel schoolroom, 10 till 12. No appointment, just turn up.",
       note="surgery")

# Jordan Pickles (Green, Hollinsbridge Canalside) -> Derek Uttley
# (Conservative, Heatherstones), put down for his age.
a = Account("@JordanPicklesGreen", HARASS, "positive", "bluesky",
            about="Green, Hollinsbridge Canalside; target Derek Uttley")
a.post("filler", "Repair café Saturday at the Weavers' Hall. Bring a broken toaster, leave with a working toaster and a new mate 🔧",
       note="repair cafe")
a.post("positive", "Derek Uttley voted against the bike lanes again because \"nobody cycles up hills\". Derek, mate, you were first elected when Thatcher was in. Retire to the bowling green and let the grown-ups talk.",
       rules=[PA], allowed=[EQ], note="hostile occasion 1: age put-down, equality allowed")
a.post("filler", "Towpath resurfacing done from the lock to the aqueduct on the Hollins Canal. Cyclists, walkers, dog walkers: share nicely please 🚲🐕",
       note="towpath")
a.post("positive", "watching cllr uttley try to work the microphone at full council was like watching my grandad with a smart tv. bless him. someone get him a blanket and a werther's. he should not be deciding anything about our kids' future",
       rules=[PA, EQ], allowed=[IR], note="hostile occasion 2: says he is unfit to decide because of his age")
a.post("filler", "Canvassing Canalside this Saturday, meet at the lock at 11. Waterproofs essential, obviously, it's Hollinsbridge.",
       note="party canvassing")
a.post("positive", "Derek Uttley is a senile old dinosaur and the only favour he could do this valley is pop his clogs before the next vote.",
       rules=[PA, EQ], allowed=[BU, AB], note="hostile occasion 3: 'senile', wishes his death")
a.post("filler", "140 saplings in along the canal bank at the Canalside tree planting. Thank you all. Come back in twenty years for the shade 🌳",
       note="tree planting")

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts
# ---------------------------------------------------------------------------

# Martin Bairstow (Lib Dem, Wadsden Park) names the Head of Planning four
# times, fairly (the officer Pauline Gaukroger targets).
a = Account("@MartinBairstowLD", HARASS, "hard_negative", "x",
            about="Lib Dem, Wadsden Park; mentions the Head of Planning often but fairly")
a.post("hard_negative", "Thanks to Andrew Lumb and the planning team for coming to the Wadsden Park residents' meeting and taking questions on the Mill Street scheme for nearly two hours. Not everyone left happy, but everyone got heard.",
       note="names an officer to thank him")
a.post("hard_negative", "Residents asked me about the planning enforcement backlog. I put it to Andrew Lumb, Head of Planning, and got a straight written answer: 212 open cases, two new enforcement officers start in January. Full reply on my website.",
       note="names an officer reporting an answer")
a.post("filler", "Wadsden Old Band at the park bandstand Sunday 2pm. Bring a brolly, it's Wadsden.",
       note="bandstand concert")
a.post("hard_negative", "I disagree with the Mill Street decision and said so at committee. To be clear: that's an argument with how councillors voted, not with officers. Andrew Lumb's report set out the flood concerns fairly and in full. It's item 6 on the agenda pack, read it yourself.",
       allowed=[OF], note="defends the officer's report; an officer named beside a contested decision, so a careful tool may raise impartiality")
a.post("filler", "Focus leaflets going out round Wadsden Park this week. Spot a typo, tell me. My proofreading is famously bobbins.",
       note="party leaflets; 'bobbins' about himself")
a.post("hard_negative", "Andrew Lumb is presenting the draft Wadsden design code at the library on Thursday at 6. He's asked me to say he wants the awkward questions, so bring them.",
       note="fourth neutral mention of the same officer")

# Ann Stansfield (Conservative, Heatherstones) criticises the Leader's decisions
# five times, civilly, once approvingly.
a = Account("@AnnStansfieldCon", HARASS, "hard_negative", "facebook",
            about="Conservative, Heatherstones; criticises the Leader's decisions")
a.post("hard_negative", "The Leader, Cllr Linda Ackroyd, calls closing the Heatherstones and Midgden libraries \"modernisation\". I call it a false economy. I'll move an amendment at full council to keep both open three days a week, paid from reserves.",
       note="criticises a decision, offers an alternative")
a.post("hard_negative", "Linda Ackroyd's budget is wrong on the bus subsidy and I told her so in the chamber. She answered me straight; I didn't agree with the answer. That's politics. Next round in February.",
       note="robust and civil")
a.post("hard_negative", "Credit where it's due: the Leader backed our motion on the Heatherstones flood gate tonight. Thank you Linda. Cross-party when it matters.",
       note="approving mention of the same person")
a.post("filler", "Heatherstones WI Christmas fair at the Methodist hall Saturday. Tombola, cakes, and me calling the raffle badly, as is tradition.",
       note="christmas fair")
a.post("hard_negative", "Third time I've asked the Leader in writing why the Wadsden baths repair money has moved. Third answer that doesn't answer it. Linda, you're better than this. Publish the figures and let folk judge for themselves.",
       note="pressing, repeated, but about a decision and civil")
a.post("hard_negative", "Cllr Ackroyd and I agree on exactly one thing this week: this valley needs the line electrified and needed it ten years ago. I'll sign her letter to the minister.",
       note="fifth mention, agreement")

# Bilal Rashid (Labour, Wadsden Mills): one hostile post about Keith Horsfall,
# then two civil mentions of him.
a = Account("@BilalRashidLab", HARASS, "hard_negative", "x",
            about="Labour, Wadsden Mills; one attack on Keith Horsfall then civil")
a.post("hard_negative", "Keith Horsfall calling a fellow councillor an \"offcumden\" is the most gormless thing I've heard in that chamber all year. He's a small-minded bully and he knows it.",
       rules=[PA], note="a single hostile post: personal attack expected, the account rule is not (one occasion)")
a.post("filler", "The zebra crossing on Bridge Street in Wadsden is finally in. Two years, three petitions and a lot of brews. Thank you all.",
       note="crossing")
a.post("hard_negative", "Keith Horsfall and I agree on very little, but his point at scrutiny about the Thurstonley bus times was a fair one, and I've asked the transport team to look at it.",
       note="civil mention of the same person")
a.post("filler", "Open day at Wadsden mosque Saturday. Everyone welcome, tea and samosas, and a tour of the new extension. Come and say hello.",
       note="open day")
a.post("hard_negative", "Update on Keith's question: the Thurstonley bus gets an extra teatime run from January. Good outcome for the tops. Cross-party works sometimes.",
       note="second civil mention")
a.post("filler", "Canal clean-up at Wadsden lock was a grand effort. We found a moped. Again.",
       note="clean-up")

# Colin Greenwood (Independent, Birkenroyd): two hostile posts at two different
# people, counter-speech against the 'offcumden' line, rugby banter.
a = Account("@ColinGreenwoodInd", HARASS, "hard_negative", "facebook",
            about="Independent, Birkenroyd; two attacks at two different people")
a.post("hard_negative", "Darren Fielden turned up at the Birkenroyd flood meeting and made a speech about \"illegals\" while folk were asking where the sandbags were. Attention-seeking clown. Read the room, Darren.",
       rules=[PA], note="hostile post at Darren Fielden (the only one at him)")
a.post("hard_negative", "Some in the chamber keep calling Rowan Tate an offcumden. I was born in Birkenroyd, so was my dad, and I'll say it: half the folk who dug this valley out after the floods weren't from here. Argue with Rowan's moorland plan all you like, I do. Where somebody grew up is not an argument.",
       note="counter-speech quoting the slur to reject it; disagrees with her plan")
a.post("filler", "Quiz night at the Mill community room raised £260 for the flood wardens' kit. The picture round was a disgrace and I'm proud of it.",
       note="quiz")
a.post("hard_negative", "Cllr Gaukroger, you're a bully and a hypocrite. You went for a junior officer in the corridor last week and now you're lecturing the rest of us on respect.",
       rules=[PA], allowed=[DF], note="hostile post at Pauline Gaukroger (a different person); the corridor incident is an allegation")
a.post("hard_negative", "Birkenroyd Rovers 30, Wadsden St Mary's 6. Sorry lads, there's always next season. Your prop owes me a pint 🍺🏉",
       note="rugby banter aimed at a team")
a.post("filler", "Fly-tipping on Bottoms Lane reported again. Camera goes up next month. You know who you are.",
       note="fly-tipping")

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts (council-role accounts carrying
# personal and family posts)
# ---------------------------------------------------------------------------

# Janet Barker (Labour, Birkenroyd), flood warden, grandmother.
a = Account("@JanetBarkerLab", MIXED, "positive", "facebook",
            about="Labour, Birkenroyd")
a.post("positive", "Our Alfie started big school this week and looked that smart in his blazer I nearly cried in the playground. Grandma duties done, now off to flood warden training 😊",
       allowed=[DP], note="names a grandson and his school start")
a.post("filler", "Flood warden training for Birkenroyd volunteers next Tuesday, 6pm, Mill community room. Hi-vis provided, brew provided, common sense bring your own.",
       note="council business")
a.post("positive", "Me and Ken have been wed 40 years today. Ruby wedding! He still can't load a dishwasher. Love him to bits ❤️",
       allowed=[DP], note="names her husband and the anniversary")
a.post("filler", "Birkenroyd ward surgery moves to Thursday this month. Same place, the library, 5 till 7.",
       note="surgery")
a.post("positive", "First parkin of the backend. Bit sunk in the middle but it'll eat. Recipe's my mam's and I'm not sharing it, sorry 😂",
       note="baking, names nobody")
a.post("filler", "Leaf clearance crews on Birkenroyd Road and Millfold Street this week. If you can shift your car for a morning they'll get the gullies done properly.",
       note="street cleaning")

# Steve Ormerod (Conservative, Thurstonley), hill farmer.
a = Account("@SteveOrmerodCon", MIXED, "positive", "x",
            about="Conservative, Thurstonley")
a.post("positive", "Tups went in with the Swaledales today. Lambing starts 1st April. No joke.",
       note="his farm")
a.post("filler", "Thurstonley road shut 2-6 Nov for drainage works. Diversion via Heys Lane. Not ideal, I know, but that culvert's been failing for years.",
       note="road closure")
a.post("positive", "Nithered. Four hours on the tops looking for three ewes that were stood at the gate when I got back. Every. Time.",
       note="his farm, 'nithered'")
a.post("filler", "Asked at scrutiny why the Thurstonley snow plough contract was cut back. Written answer promised within ten working days. I'll post it when it lands.",
       note="scrutiny")
a.post("positive", "Happy 16th to our Lucy, who beat me at darts again last night and will never, ever let me forget it 🎯",
       allowed=[DP], note="names his daughter with her age")
a.post("filler", "Rural diversification grants from the council's rural fund close at the end of the month. Farmers, I'm happy to go through the form with you over a brew.",
       note="grants")

# Hannah Dewhirst (Green, Cragstall and Heights).
a = Account("@HannahDewhirstGreen", MIXED, "positive", "instagram",
            about="Green, Cragstall and Heights")
a.post("positive", "Sunday yoga on the moor with my sister. 7am, frost on the cotton grass, nobody else for miles. Worth the alarm 🧘‍♀️",
       note="personal weekend")
a.post("filler", "Cragstall Pace Egg play rehearsals start in January at the Heights chapel. The council's culture grant is covering the costumes this year 🎭",
       note="village tradition, council grant")
a.post("positive", "Our Maisie is 4 tomorrow and I've been up since 5 making a dinosaur cake that looks like a potato. Send help.",
       allowed=[DP], note="names her daughter with her age")
a.post("filler", "Cragstall residents: the car park extension is on the planning committee agenda Thursday. You can register to speak with democratic services until noon Wednesday.",
       note="planning process only, no view")
a.post("positive", "Tom and I finally got the allotment shed up. Only took three years and one proper row about a spirit level.",
       allowed=[DP], note="names her partner")
a.post("filler", "Cragstall bus shelter vandalised again. Reported to the council and the police. If you saw anything, ring 101.",
       note="vandalism")

# Tariq Mahmood (Labour, Wadsden Mills).
a = Account("@TariqMahmoodLab", MIXED, "positive", "facebook",
            about="Labour, Wadsden Mills")
a.post("positive", "Ammi's home from Hollinsvale General after her knee operation. Thank you to everyone on ward 7, you lot are heroes. She's already telling me how to make the tea.",
       allowed=[DP], note="his mother's operation (health)")
a.post("filler", "Council tax support drop-in at the mosque community hall, Friday after Jummah. Bring your letters and we'll go through them.",
       note="council tax support")
a.post("positive", "My lad Zain got his Yorkshire under-15 cricket cap today. Proudest dad in the valley. Now get your homework done, son.",
       allowed=[DP], note="names his son")
a.post("filler", "I'm sitting on the licensing sub-committee tomorrow, so I won't be commenting on any application on it until it's decided. Ask me after.",
       note="careful about a quasi-judicial matter")
a.post("positive", "Cousin's wedding over the hill in Lancashire this weekend. Three days of food. I'll need new trousers by Monday. If you've emailed me, I'll reply Tuesday.",
       note="family event")
a.post("filler", "Street lights out on Weaver Street since Tuesday. Reported, reference given, chasing it daily.",
       note="street lights")

# Bernard Shackleton, Mayor (Labour), on the Mayor's civic account.
a = Account("@MayorOfHollinsvale", MIXED, "positive", "facebook",
            about="the Mayor's civic account")
a.post("filler", "The Mayor was delighted to open the new sensory garden at Netherholme Primary this morning. What a job the children and the parents have done.",
       note="civic engagement")
a.post("positive", "Pigeon news: my best hen came home from the Midgden race in record time. The Mayoress says I talk to the birds more than I talk to her. She's not wrong.",
       note="his hobby on the civic account")
a.post("filler", "Tickets for the Mayor's Charity Ball are on sale now, in aid of Hollinsvale Fell Rescue. Black tie optional, dancing compulsory.",
       note="charity ball")
a.post("positive", "Jean's hip operation went well at the General this morning. She'll be back to bossing me about in no time. Thank you for all your kind messages.",
       allowed=[DP], note="his wife's operation (health) on the civic account")
a.post("filler", "The Mayor laid a wreath at the Hollinsbridge cenotaph on behalf of the borough. We will remember them.",
       note="remembrance")
a.post("positive", "75 today! The grandkids got me a cake shaped like a pigeon loft. Best birthday yet.",
       note="his own age, nobody else's data")

# Kirsty Firth (Lib Dem, Hollinsbridge Town), A&E nurse.
a = Account("@KirstyFirthLD", MIXED, "positive", "bluesky",
            about="Lib Dem, Hollinsbridge Town")
a.post("positive", "Third night shift done in A&E. Running on biscuits and spite. Going to bed. Council emails will have to wait till teatime.",
       allowed=[HA], note="her job and tiredness on the council account; haste allowed for tiredness")
a.post("filler", "Hollinsbridge Town: the market hall roof repairs are funded. Work starts in spring, stalls stay open throughout.",
       note="market hall")
a.post("positive", "parkrun PB at Hollinsbridge park this morning!! 26:41. That hill at the end should be illegal",
       note="running")
a.post("filler", "Market traders' meeting with the council's markets team, Tuesday 6pm, upstairs at the market hall.",
       note="meeting notice")
a.post("positive", "20 weeks and all looks well 🥹 Baby Firth due in March. Yes, I'll still be doing surgeries. No, we haven't picked a name.",
       note="her own pregnancy, her own data")
a.post("filler", "Consultation on the late-night levy closes Friday. It affects every pub on Crown Street, so please read it and respond.",
       note="consultation")

# Phil Raistrick (Reform UK, Heatherstones).
a = Account("@PhilRaistrickRUK", MIXED, "positive", "x",
            about="Reform UK, Heatherstones")
a.post("positive", "Gig Saturday at the Tenter Inn in Cragstall with the band. Covers, loud, mostly in tune. Come down.",
       note="his band")
a.post("filler", "Heatherstones speed survey results: 1 in 3 cars over 30 on Moor Road. I've asked for a camera.",
       note="speed survey")
a.post("positive", "4lb chub at Wadsden weir before work this morning. Put him back. He looked offended.",
       note="fishing")
a.post("filler", "Heatherstones play area reopens Monday with the new safety surface down. Thanks for your patience.",
       note="play area")
a.post("positive", "Our Kayleigh passed her driving test first time! Lock up your wing mirrors, Heatherstones 🚗",
       allowed=[DP], note="names his daughter")
a.post("filler", "Reform UK councillors will ask full council next month for an audit of all consultancy spend since 2022. Motion's in.",
       note="party motion in council")

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives
# ---------------------------------------------------------------------------

# Sarah Priestley (Labour, Netherholme): council account with community events,
# family only in passing and in service of a council message.
a = Account("@SarahPriestleyLab", MIXED, "hard_negative", "facebook",
            about="Labour, Netherholme; council account, family only in passing")
a.post("hard_negative", "As a mum myself I know how hard the Christmas holidays are on the food budget. The council's holiday activities and food programme is back, free places at Netherholme community centre. Details below.",
       note="'as a mum myself' serving a council message")
a.post("hard_negative", "My grandad did 40 years at Birkenroyd Mill, so seeing the mill chimney saved by the heritage fund means a lot to a lot of us. Well done to the Mill Trust and the council's heritage team.",
       note="family history as a communal aside")
a.post("hard_negative", "31 volunteers at the Netherholme litter pick, including my daughter, who found a fiver and insists it's hers. Thank you to the neighbourhoods team for the grabbers and bags.",
       note="a family member at a council event in passing, unnamed")
a.post("hard_negative", "Warm spaces open across the borough from Monday: Netherholme, Wadsden and Birkenroyd. If you know someone struggling, bring them along. No forms.",
       note="council service")
a.post("hard_negative", "Surgery Saturday at Netherholme library, 10-12. Repairs, benefits, bins, whatever's mithering you.",
       note="surgery; 'mithering'")
a.post("hard_negative", "Holme estate tenants' association AGM Thursday 7pm. Mums, dads, grandparents, lads and lasses, all welcome.",
       note="family words used generically")

# Graham Dobson (Conservative, Brearfold): community events, his wife at a
# council event in passing.
a = Account("@GrahamDobsonCon", MIXED, "hard_negative", "x",
            about="Conservative, Brearfold; council account with community events")
a.post("hard_negative", "Bonfire on Brearfold cricket field, run with the council's events team. Gates 6pm, fire lit at 7. Sparklers are for gloved hands, not faces.",
       note="community event")
a.post("hard_negative", "Brearfold Remembrance: my wife and I walked behind the Brearfold Band, and it was good to see so many cadets. Thank you to the council's events crew for the road closure.",
       note="wife at a council event in passing")
a.post("hard_negative", "As a dad of three I know the Brearfold Road crossing is one of the worst in the ward. The council's road safety team is surveying it now, results in January.",
       note="'as a dad of three' serving a council message")
a.post("hard_negative", "Christmas lights switch-on in Brearfold Friday 5pm. The Mayor's doing the honours and Brearfold Juniors choir are singing.",
       note="community event")
a.post("hard_negative", "Grit bins refilled on Hill Top Road, Moor End and Chapel Fold. Tell me if yours is empty.",
       note="ward business")

# Linda Ackroyd's separate personal account.
a = Account("@linda_up_the_tops", MIXED, "hard_negative", "instagram", account="personal",
            about="the Leader's separate personal account")
a.post("hard_negative", "Cragstall to the Tenter Moor trig point and back. The curlews have gone for the winter but the skylarks haven't given up yet.",
       note="fell walk")
a.post("hard_negative", "Grandkids' first Bonfire Night. One loved every bang, one spent the whole display inside my coat. Both ate their body weight in parkin.",
       note="family, unnamed")
a.post("hard_negative", "Went down to the Hollinsbridge lights switch-on with the family tonight, as a punter for once. Hot chocolate, brass band, freezing. Perfect.",
       note="a personal account mentioning a council event as a visitor")
a.post("hard_negative", "Sourdough attempt number four. Edible. Just about.",
       note="baking")
a.post("hard_negative", "Nithered on the tops. Hat, two scarves, still nithered. Flask of tea saved the day ☕",
       note="walk; 'nithered'")

# Giles Wadsworth's separate personal account.
a = Account("@giles_cornet", MIXED, "hard_negative", "x", account="personal",
            about="the Conservative Group Leader's separate personal account")
a.post("hard_negative", "Band practice tonight and the carol books are out. Apologies in advance to the neighbours.",
       note="brass band")
a.post("hard_negative", "Playing with the band at the council's Remembrance service at the Hollinsbridge cenotaph on Sunday. Always an honour to play the Last Post.",
       note="a personal account mentioning a council event as a bandsman")
a.post("hard_negative", "Proper breadcake from the Brearfold bakery this morning. None of this brioche bun nonsense.",
       note="food; 'breadcake'")
a.post("hard_negative", "Cricket club dinner. Speeches too long, beef just right, and the umpire's lbw joke will haunt me for weeks.",
       note="cricket")
a.post("hard_negative", "Walked the dog to Stubbing Clough and back. She rolled in something. We don't talk about it.",
       note="dog walk")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive pages (facebook)
# Comments by members of the public carry the page owner's handle as author
# and the commenter in comment_by; the owner's own replies have comment_by =
# the owner's handle.
# ---------------------------------------------------------------------------

# Nasreen Akhtar (Labour, Wadsden Park).
o = "@CllrNasreenAkhtar"
a = Account(o, MODER, "positive", "facebook", about="Labour, Wadsden Park")
a.post("filler", "Delighted that the council has agreed a new community centre for Wadsden Park, run jointly by the mosque, the Methodist church and the residents' group. Open to everyone. Design consultation opens next month.",
       note="owner's post")
a.comment("positive", "Gary Ratcliffe", "Another mosque paid for by us. Wadsden's not Yorkshire anymore. Send them all back where they came from.",
          allowed=[EQ], note="racist and anti-Muslim comment left up")
a.comment("hard_negative", "Joan Whitworth", "Lovely news. Will there be a room for the knit and natter group? We've been squeezed in the church kitchen for years.",
          note="civil comment")
a.comment("hard_negative", o, "Joan, yes, there's a community room in the plans. Come to the consultation and tell them exactly what you need.",
          note="owner's reply to a civil commenter, abusive comment above still up")
a.comment("positive", "Lee Barnes", "Nasreen Akhtar is a lying cow who only looks after her own. Disgrace.",
          allowed=[PA, AB, EQ, DF], note="abusive comment at the page owner, 'her own' coded by ethnicity")
a.post("filler", "Bonfire safety: please don't build fires on Wadsden Park rec. The council's fire safety team and the fire service will be round this week.",
       note="owner's post")
a.comment("positive", "Shaun Kelly", "It's that lot at number 14 Clough Street with the Polish lads, every year. Everyone knows. Somebody should torch their van and see how they like it.",
          allowed=[DP, EQ, BU], note="address of private people, nationality, incitement")
a.comment("hard_negative", "Sandra Pearson", "Thanks Nasreen, the smoke was awful on our street last year. Glad someone's on it.",
          note="civil comment")

# Dave Crossley (Conservative, Thurstonley).
o = "@CllrDaveCrossley"
a = Account(o, MODER, "positive", "facebook", about="Conservative, Thurstonley")
a.post("filler", "The Thurstonley Edge wind farm extension consultation closes Friday. Whatever your view, respond: the developer, Pennine Breeze Energy, has to publish every response.",
       note="owner's post")
a.comment("positive", "Mark Holt", "Pennine Breeze are crooks who've bought half the council to get this through. Ask Rowan Tate how much she got.",
          allowed=[DF], note="bribery allegation against a company and a named councillor")
a.comment("hard_negative", "Rita Hollings", "I'm against it but I've put my response in. My worry is the peat and that access road across the moss.",
          note="civil objection")
a.comment("hard_negative", o, "Rita, thanks. The peat depth survey is in appendix 4, page 40. Worth a look before Friday.",
          note="owner's reply")
a.comment("positive", "Wayne Dyson", "Anyone working on that site wants a good kicking. We'll be waiting at the top gate.",
          allowed=[BU], note="threat of violence left up")
a.post("filler", "Thurstonley school crossing patrol vacancy: £12.60 an hour, mornings and afternoons. Apply on the council website.",
       note="owner's post")
a.comment("hard_negative", "Pat Dawson", "My husband did it for twenty years. Best job in the village, he says. Get a good coat.",
          note="civil comment")
a.comment("positive", "Craig Booth", "Last lollipop man was a pervert, ask anyone in the village. Check them properly this time.",
          allowed=[DF], note="criminal-type allegation about an identifiable private person")
a.post("filler", "Winter roads: Thurstonley top road and Heys Lane are on the gritting list. Thanks to the crews who'll be out at 4am so we don't have to think about it.",
       note="owner's post")

# Fiona Mellor (Green, Hollinsbridge Canalside).
o = "@FionaMellorGreen"
a = Account(o, MODER, "positive", "facebook", about="Green, Hollinsbridge Canalside")
a.post("filler", "The Canal Street trial closure starts Monday for six months. Buses, bikes and emergency vehicles through, everyone else via Mill Bank. Feedback form: hollinsvale.example.org/canal-street",
       note="owner's post")
a.comment("positive", "Nicky Stott", "Fiona Mellor you're a f***ing dictator. Hope someone keys your car, you smug cow.",
          allowed=[AB, PA, BU], note="obscene abuse and a threat at the page owner")
a.comment("hard_negative", "Graham Pollard", "Absolute shambles of a scheme. Twenty-five minutes from Mill Bank to the Co-op this morning. Rethink it.",
          note="harsh but about the scheme")
a.comment("hard_negative", o, "Graham, thank you. The Mill Bank lights are being retimed this week, that's the main jam. Do fill the form in so it's on record.",
          note="owner's reply")
a.comment("positive", "Alan Wray", "The idiot at 22 Canal Street with the silver Volvo YG19 KTN is the one who complained and started all this. Go and tell him what you think of him.",
          allowed=[DP, BU], note="a private person's address and registration, inciting others")
a.post("filler", "Repair café and swap shop at the Weavers' Hall on Saturday. The council's recycling team will be there with free food caddies.",
       note="owner's post")
a.comment("hard_negative", "Bev Ashworth", "Can I bring a lawnmower? Asking for my husband, who has now broken three.",
          note="civil comment")
a.comment("positive", "Tony Mallinson", "Repair café's run by the same hippy scum who shut Canal Street. Bunch of smackheads living off our taxes.",
          allowed=[AB, DF], note="abusive comment about an identifiable group of volunteers")

# Roy Tattersall (Valley Independents, Slackroyd and Tenter Moor).
o = "@RoyTattersallVI"
a = Account(o, MODER, "positive", "facebook", about="Valley Independents, Slackroyd and Tenter Moor")
a.post("filler", "Moor fire on Tenter Moor last night, the third this year. The fire service did a grand job. If you see a barbecue or a fire on the tops, ring 999, don't tackle it yourself.",
       note="owner's post")
a.comment("positive", "Darren Sykes", "It's the lad with the green scrambler, Jack Lister, lives at 3 Moor Lane in Slackroyd. He's always up there. Somebody should sort him out.",
          allowed=[DP, BU, DF], note="names and addresses a private person, accuses him, invites others to 'sort him out'")
a.comment("hard_negative", "Margaret Ogden", "Thank you to the fire crews. We could see the glow from Midgden.",
          note="civil comment")
a.comment("positive", "Shane Hirst", "String the little scrotes up from the reservoir railings. That'd stop them.",
          allowed=[BU, AB], note="violent comment left up")
a.comment("hard_negative", o, "Margaret, they could see it from Wadsden apparently. The crews were up there till 3am. Grateful isn't the word.",
          note="owner's reply under the same post")
a.post("filler", "Rural bus consultation drop-in at the Slackroyd Institute Wednesday 2-6. Go and tell them about the gap after the 4 o'clock bus.",
       note="owner's post")
a.comment("hard_negative", "Ken Bottomley", "The 4 o'clock gap is a joke. Our lass has to leave work early or walk up from Wadsden. Sort it out.",
          note="robust civil comment")
a.comment("positive", "Julie Naylor", "Roy Tattersall is in the bus company's pocket and drinks with the owner every Thursday. Useless fat sod.",
          allowed=[DF, PA, AB], note="defamatory and abusive comment at the page owner")

# Lesley Hanson (Labour, Hollinsbridge Canalside).
o = "@CllrLesleyHanson"
a = Account(o, MODER, "positive", "facebook", about="Labour, Hollinsbridge Canalside")
a.post("filler", "Flood recovery grants: £500 for every household flooded in September. The form's short, I promise. Help sessions at the Weavers' Hall Monday and Thursday.",
       note="owner's post")
a.comment("positive", "Steve Marshall", "Hollins Groundworks who built the flood wall are cowboys and thieves. The owner Dean Shepley pocketed half the money and everyone knows it.",
          allowed=[DF], note="defamatory comment about a named contractor and its owner")
a.comment("hard_negative", "Anita Dyson", "Form took me five minutes and the money came through in nine days. Thank you.",
          note="civil comment")
a.comment("hard_negative", o, "Anita, that's brilliant. Please spread the word, 140 households still haven't applied.",
          note="owner's reply")
a.comment("positive", "Kevin Lord", "Anyone who lets their house flood twice is a thick twat and doesn't deserve a penny of my council tax.",
          allowed=[AB], note="obscene abuse of flood victims")
a.post("filler", "Sandbag stores restocked at Lock Street and Mill Fold. Key holder details are on each door.",
       note="owner's post")
a.comment("positive", "Rob Farrar", "Key holder at Mill Fold is Carol Pickup, her mobile's 07700 900217, ring her any time if it's locked, she won't mind.",
          allowed=[DP, SC], note="a private person's mobile number left up")
a.comment("hard_negative", "Elaine Spencer", "Thanks Lesley. The Lock Street store was really well organised last time.",
          note="civil comment")
a.post("filler", "Thank you to everyone who came to the flood memorial evening at the Weavers' Hall. A hard night, and a proud one.",
       note="owner's post")

# Mick Shaw (Reform UK, Netherholme).
o = "@MickShawReform"
a = Account(o, MODER, "positive", "facebook", about="Reform UK, Netherholme")
a.post("filler", "Netherholme residents have told me about plans to turn the old Spinners Arms into an HMO. I've asked the council to publish the full application. Public meeting Thursday, community centre, 7pm.",
       note="owner's post")
a.comment("positive", "Lee Brayshaw", "It'll be full of Albanians and dole scroungers. We don't want their sort in Netherholme. Ship them out.",
          allowed=[EQ], note="nationality-based hostility left up")
a.comment("hard_negative", "Diane Mortimer", "I'll be there. My worry's parking, there's nowhere on Spinner Street as it is.",
          note="civil comment")
a.comment("positive", "Trevor Kaye", "Bet Shabir Hussain's cousin owns it. That lot always look after each other at the Town Hall. Corrupt to the core.",
          allowed=[DF, EQ], note="corruption insinuation about a named councillor, 'that lot' coded by ethnicity")
a.comment("hard_negative", o, "Diane, parking will be top of my list on Thursday. See you there.",
          note="owner's reply")
a.post("filler", "Netherholme Christmas fair at the community centre Saturday 11-3. Santa's grotto, tombola, and the Reform lads doing the teas.",
       note="owner's post")
a.comment("hard_negative", "Glenys Wood", "Will there be a gluten free option this year? I ask every year 😂",
          note="civil comment")
a.comment("positive", "Dean Pollitt", "Last year's Santa was that nonce from Greenbank Road, Steve Ward. No kid should be sat on his knee.",
          allowed=[DF, DP], note="alleges a sexual offence against a named private person with his street")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative pages (harsh but not abusive
# comments left up, owner replies, a removal notice)
# ---------------------------------------------------------------------------

# Ellen Sutcliffe (Lib Dem, Stubbing Clough and Midgden).
o = "@EllenSutcliffeLD"
a = Account(o, MODER, "hard_negative", "facebook", about="Lib Dem, Stubbing Clough and Midgden")
a.post("hard_negative", "Cabinet decides in December whether to close Midgden swimming baths. I'm fighting to keep them open. Petition at the library and online.",
       note="owner's post")
a.comment("hard_negative", "Norman Greenhalgh", "You lot couldn't organise a piss-up in a brewery. Save the baths and stop wasting money on consultants.",
          note="rude idiom at the council, no person attacked")
a.comment("hard_negative", "Karen Gledhill", "Councillors never listen. They'll vote to close it and blame London. Seen it all before.",
          note="cynical, civil")
a.comment("hard_negative", o, "Karen, I won't be one of them, and I'll publish how every cabinet member votes. Hold me to it.",
          note="owner's reply")
a.post("hard_negative", "The footbridge over the clough at Stubbing Clough is shut for safety after the storm. Diversion via Packhorse Lane. Engineers are in next week.",
       note="owner's post")
a.comment("hard_negative", "Barry Fenton", "Shut for safety my backside. It's been rotten for five years and the council did nowt. Gormless, the lot of you.",
          note="'gormless' aimed at the council as a body, rude but acceptable")
a.comment("hard_negative", "Sheila Binns", "Thanks for the update Ellen. Any idea how long? The diversion's a killer with a pushchair.",
          note="civil comment")
a.comment("hard_negative", o, "Sheila, six to eight weeks if the parts come in. I'll keep posting updates here.",
          note="owner's reply")
a.comment("hard_negative", "Terry Wainwright", "Your lot at the Town Hall are clueless. Vote them all out in May.",
          note="robust political comment")

# Ian Haigh (Labour, Hollinsbridge Town).
o = "@CllrIanHaigh"
a = Account(o, MODER, "hard_negative", "facebook", about="Labour, Hollinsbridge Town")
a.post("hard_negative", "Town centre parking: the new charges on Crown Street start in January. I argued for the first hour free and lost the vote. Here's what's changing and why.",
       note="owner's post")
a.comment("hard_negative", "Mandy Rhodes", "Daylight robbery. The town centre's dying and you lot are finishing it off. Shameful decision.",
          note="harsh, at the decision")
a.comment("hard_negative", "Stuart Boocock", "Labour's turned into the party of parking wardens. I won't be voting for you again, Ian.",
          note="robust comment at the owner, political")
a.comment("hard_negative", o, "Stuart, fair enough. I'd rather lose your vote honestly than keep it by pretending. The first-hour-free amendment comes back in February.",
          note="owner's reply")
a.post("hard_negative", "A note on comments. I've taken down two comments from under yesterday's post: one named a family and their children, the other was racist. Argue with me as hard as you like. I won't leave up attacks on people who can't answer back.",
       note="removal notice")
a.comment("hard_negative", "Jackie Oldroyd", "Good. Arguing's fine. That wasn't arguing.",
          note="civil comment")
a.comment("hard_negative", "Neil Ambler", "Censorship. Typical. Can't handle the truth so you delete it.",
          note="complaint about moderation")

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

FIRST_DAY = dt.date(2026, 9, 14)   # a Monday
LAST_DAY = dt.date(2026, 11, 27)   # a Friday
BST_END = dt.date(2026, 10, 25)    # clocks go back (last Sunday of October)


def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def offset(day):
    return "+01:00" if day < BST_END else "+00:00"


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def family(acc, row):
    return "hard_negative" if row["kor"] == "hard_negative" else acc.pattern


def build():
    rng = random.Random(SEED)
    days = weekdays()
    made = []   # (account, row index, record)
    for acc in ACCOUNTS:
        n = sum(1 for r in acc.rows if r["kind"] != "comment")
        chunks = [days[len(days) * i // n: len(days) * (i + 1) // n] for i in range(n)]
        current = None
        k = 0
        for i, row in enumerate(acc.rows):
            if row["kind"] != "comment":
                day = rng.choice(chunks[k])
                k += 1
                has_comments = (i + 1 < len(acc.rows) and acc.rows[i + 1]["kind"] == "comment")
                hour = rng.randint(8, 12) if has_comments else rng.randint(8, 17)
                current = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))
            else:
                current = current + dt.timedelta(minutes=rng.randint(4, 40))
            assert 8 <= current.hour <= 18
            created = current.strftime("%Y-%m-%dT%H:%M:%S") + offset(current.date())
            rec = {
                "text": row["text"],
                "author": acc.handle,
                "created_at": created,
                "platform": acc.platform,
                "account": acc.account,
                "kind": row["kind"],
            }
            if row["kind"] == "comment":
                rec["comment_by"] = row["comment_by"]
                rec["parent_id"] = (acc.handle, row["parent"])   # resolved below
            rec["expect"] = {
                "rules": row["rules"],
                "allowed": row["allowed"],
                "verdict": verdict(row["rules"]),
            }
            rec["family"] = family(acc, row)
            rec["account_pattern"] = acc.pattern
            rec["account_role"] = acc.role
            rec["kind_of_row"] = row["kor"]
            rec["note"] = row["note"]
            made.append(((acc.handle, i), rec))
    rng.shuffle(made)
    ids = {}
    for n, (key, rec) in enumerate(made, 1):
        ids[key] = "%s-%04d" % (SET, n)
    out = []
    for key, rec in made:
        row = {"id": ids[key]}
        row.update(rec)
        if "parent_id" in row:
            row["parent_id"] = ids[row["parent_id"]]
        out.append(row)
    return out


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "accounts.jsonl")
    if len(argv) > 2 and argv[1] == "--out":
        path = argv[2]
    rows = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows from %d accounts" % (len(rows), len(ACCOUNTS)))


if __name__ == "__main__":
    main(sys.argv)
