"""Build blind set b95 (account-level rules) for Burlesdown and Hawksmere District Council.

Every row below was written by hand for this set. The script keeps each account's rows in
written order, spreads an account's posts one per chunk of the weekday calendar (never two
posts of one account on the same day), gives comments times 4 to 55 minutes after the row
before them under the same post, shuffles all rows, assigns ids B95-A-NNNN, resolves
parent_id, and writes accounts.jsonl next to this file. Seed 9595: running it again gives
the same file.

    python build.py
"""
import datetime as dt
import json
import os
import random

SEED = 9595
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

# Account rules
HAR = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
# Post rules that travel with them
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
TONE = "tone.irony-risk"

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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def P(text, kor, rules=(), allowed=(), note=""):
    """A post by the account's author. kor: positive | hard_negative | filler."""
    return {"kind": "post", "text": text, "kor": kor, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def C(by, text, kor, rules=(), allowed=(), note=""):
    """A comment under the account's most recent post above it (by a resident, or the owner's reply)."""
    return {"kind": "comment", "by": by, "text": text, "kor": kor, "rules": list(rules),
            "allowed": list(allowed), "note": note}


def A(author, platform, pattern, role, rows, account="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern, "role": role,
            "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@DarrenTullettReform", "x", HAR, "positive", [
        P("Out with the Cowdean Levels flood wardens first thing checking the sluices after all that rain. "
          "Water's right up the dykes behind the caravan park. Proper job lads 👍 #CowdeanLevels", "filler"),
        P("Fiona Verrall stood up in full council and told us the budget was 'robust'. Only thing robust "
          "round here is her ability to smile while she picks your pocket. Queen of the Burlesdown tea "
          "rooms, never set foot on the Levels in her life.", "positive", [PA], [DEF],
          "hostile occasion 1 against the Leader: belittling, 'picks your pocket' figurative"),
        P("Reminder: Cowdean Levels surgery Saturday 10-12 at the Sluice House community room. Bring your "
          "drainage complaints, I've got a big notebook.", "filler"),
        P("Watching @FionaVerrall try to explain the seafront contract is like watching a sheep try to do "
          "a crossword. Bless her, she does try. #BHDC", "positive", [PA, TONE], [],
          "hostile occasion 2: insult plus mock sympathy ('Bless her')"),
        P("Interesting who Lady Fiona has lunch with in Burlesdown on a Friday. Very cosy table for two at "
          "the Castle Hotel with a certain developer's wife. Not saying anything. Just saying. 🤐",
          "positive", [], [DEF, PA],
          "hostile occasion 3: innuendo of impropriety, no express allegation"),
        P("Verrall's got a face on her today after being told the Levels won't be voting for her lot "
          "again. Enjoy it while it lasts Fiona, some of us have got long memories and we know where the "
          "bodies are buried 😉", "positive", [], [PA, BUL, DEF],
          "hostile occasion 4: taunt with a veiled 'we know things' edge"),
    ]),
    A("@LeeAwcockReform", "facebook", HAR, "positive", [
        P("Seafront shelters by the pier are STILL boarded up. I've chased it again with the council. If "
          "you've got photos of the state of them send them over and I'll add them to the file.", "filler"),
        P("Cllr Asante tells us he 'understands the Seafront'. Does he? Been here five minutes, talks like "
          "a newspaper leader column and wouldn't know a groyne from a gazebo. Hawksmere needs councillors "
          "who are from here and of here.", "positive", [PA], [EQ],
          "hostile occasion 1 against a Labour ward colleague; 'from here and of here' is coded"),
        P("Huge thanks to the volunteers from Hawksmere Rowing Club who cleared the shingle off the prom "
          "after Tuesday's blow. Proper Sussex folk.", "filler"),
        P("Kwame at the residents meeting last night reading his notes like a lad at his first job "
          "interview. Someone tell him the Seafront isn't a diversity box for Labour HQ to tick. Real "
          "locals want real answers.", "positive", [PA], [EQ],
          "hostile occasion 2: 'diversity box' points at his race without saying it"),
        P("Car park charges on Marine Parade going up again in April. I voted against. Full breakdown on "
          "my page tomorrow.", "filler"),
        P("Message to @KwameAsanteLab: the Seafront was here long before you turned up and it'll be here "
          "after. Maybe try listening to folk whose grandparents fished off this beach before lecturing "
          "them. Cheers.", "positive", [PA], [EQ],
          "hostile occasion 3: 'before you turned up' again marks him as an outsider"),
    ]),
    A("@ColinJennerWI", "x", HAR, "positive", [
        P("Sleeches Cross parish meeting tonight: 60-odd in the hall to talk about the bostal footpath and "
          "the 30mph limit. Good natured, a few okkard questions, all the better for it.", "filler"),
        P("Our Head of Planning Martin Tulley has yet again written a report that reads like the "
          "developer's brochure. Either he can't read a flood map or he doesn't want to. Which is it "
          "Martin?", "positive", [OFF, PA], [],
          "hostile occasion 1 against an officer: questions his competence and neutrality"),
        P("The Weald Independents group will table a motion on hedgerow protection at February council. "
          "Draft on our website, comments welcome.", "filler"),
        P("Funny how every time a big housebuilder wants a field in the Weald, Mr Tulley finds a way. "
          "Dunnamany times we've seen it now. Somebody at the council wants to look at who he plays golf "
          "with.", "positive", [OFF], [DEF, PA],
          "hostile occasion 2: insinuates he is in a developer's pocket"),
        P("Slub everywhere on the lane down to Hollybourne. Highways are coming to clear the gullies "
          "Thursday, I'm told. Tread careful till then.", "filler"),
        P("Tulley sat at the back of the parish meeting tonight, arms folded, sneering at residents like "
          "they were something on his shoe. Chuckle-headed doesn't begin to cover it. He works for US.",
          "positive", [OFF, PA], [],
          "hostile occasion 3: 'chuckle-headed' is Sussex for stupid; officer named and belittled"),
        P("Thank you to everyone who came to the Sleeches Cross litter pick. 23 sacks and a shopping "
          "trolley out of the Scrase. Tea and nammets after at the Six Bells.", "filler"),
    ]),
    A("@NigelDumbrell", "facebook", HAR, "positive", [
        P("Fish and chip supper for the Cowdean Levels over-60s club last night. 48 plates cleared. My "
          "thanks to everyone at the Sluice House who organised it.", "filler"),
        P("Cllr Tester spoke for eleven minutes in the environment debate. I timed it. Eleven minutes of a "
          "young lady who's never paid a mortgage telling farmers how to farm. Perhaps when she's grown up "
          "a bit.", "positive", [PA], [EQ],
          "hostile occasion 1 against a young Green councillor: age and sex put-down"),
        P("The council's flood resilience grant opens next month. Householders on the Levels can claim up "
          "to £5,000 for flood doors and airbrick covers. Details on the council website or message me.",
          "filler"),
        P("Oh look, Ellie's been on the local radio again. Lovely voice for radio. Shame about what comes "
          "out of it. 🙄", "positive", [PA, TONE], [],
          "hostile occasion 2: mock compliment"),
        P("Someone asked why I don't engage with the Green councillor's posts. Simple. I don't argue with "
          "children, and I don't argue with people who think cows cause floods. Our Ellie manages both. "
          "Bless.", "positive", [PA, TONE], [EQ],
          "hostile occasion 3: 'children' about an adult colleague"),
        P("Pleased to say the Cowdean Levels bus (the 47) keeps its Saturday service after all. Thanks to "
          "everyone who signed.", "filler"),
        P("A little bird tells me the girl from Furzecombe was in tears in the members' room after "
          "Tuesday's committee. Politics is a tough game love. Perhaps stick to the allotment.",
          "positive", [PA], [EQ],
          "hostile occasion 4: humiliation, gendered 'girl'/'love'"),
    ]),
    A("@MaureenHoadLab", "bluesky", HAR, "positive", [
        P("Labour's alternative budget for Burlesdown & Hawksmere is out. Keeps the Seafront library open, "
          "funds two more coastal wardens, and pays for it by cutting the consultants' budget. Read it, "
          "argue with it.", "filler"),
        P("Graham Stenning, a man who has never knowingly understood a spreadsheet, lecturing us on "
          "'fiscal discipline'. Graham, you couldn't run a whelk stall on Hawksmere pier. Sit down.",
          "positive", [PA], [],
          "hostile occasion 1 against the Deputy Leader: personal incompetence, not the budget"),
        P("Cold snap: the Seafront Community Centre is a warm space Mon to Fri 10 till 4. Soup, tea, no "
          "questions asked. Pass it on.", "filler"),
        P("Gold star to Cllr Stenning for finally finding the finance office. Only took him three years "
          "and a sat nav. So proud 🥲", "positive", [PA, TONE], [],
          "hostile occasion 2: mock praise"),
        P("Met the new head at Seafront Primary today. Small school, big heart, leaking roof. I'll be "
          "raising the roof (sorry) at scrutiny.", "filler"),
        P("Nice to see @GrahamStenningCon has a new car. Must be nice. Funny how the Cabinet Member for "
          "Finance always finds money for himself and never for the Seafront. Ask yourselves where it "
          "comes from.", "positive", [], [DEF, PA],
          "hostile occasion 3: insinuates dishonesty"),
    ]),
    A("@BarryScuttInd", "facebook", HAR, "positive", [
        P("Bins on Marsh Lane missed AGAIN this week. Reported it. If yours were missed too comment below "
          "with your road (not your house number) and I'll add it to the list.", "filler"),
        P("Janet Pelling was given the waste portfolio because nobody else wanted it, and it shows. Three "
          "months of missed rounds and she's swanning about at the Rotary lunch in Burlesdown. Useless "
          "doesn't cover it.", "positive", [PA], [],
          "hostile occasion 1 against the Cabinet Member for Waste"),
        P("The Cowdean Levels recycling banks by the Ship are moving to the village hall car park from "
          "next month.", "filler"),
        P("I'm told Mrs Pelling walks her spaniel up the bostal behind Scrasebridge church most mornings "
          "about 7. Might pop along one day and have a chat about the bins, since she won't answer "
          "emails. Be a shame to miss her.", "positive", [BUL], [DP, PA],
          "hostile occasion 2: veiled threat, shows he knows where and when she walks alone"),
        P("Good news at last: an extra crew on the Levels round from Monday. Let's see if it lasts.",
          "filler"),
        P("Pelling's so-called apology in the Hawksmere Observer. Not worth the paper it's printed on. "
          "She's a liar and she knows it, and she'll be hearing from a lot of us before May.",
          "positive", [DEF, PA], [BUL],
          "hostile occasion 3: calls her a liar"),
    ]),
    A("@HarrietGeering", "bluesky", HAR, "positive", [
        P("Lovely to open the refurbished play area on Fairmile Rec this morning. The new zip wire already "
          "has a queue.", "filler"),
        P("Full council tonight. Budget debate. Flask of tea packed.", "filler"),
        P("Alison Penfold has perfected the art of saying absolutely nothing in forty minutes. Truly a "
          "gift. I'd call her a windbag but it'd be unfair to windbags. #BHDC", "positive", [PA], [TONE],
          "hostile occasion 1 against the Lib Dem group leader"),
        P("Spring clean on Burlesdown High Street next Saturday. Meet outside the Corn Exchange at 9. "
          "Gloves and pickers provided.", "filler"),
        P("Someone should remind Mrs Penfold that being the loudest woman in the chamber isn't the same as "
          "being right. Wrong on the car parks, wrong on the leisure centre, and shrieking again tonight. "
          "Some of us have had enough.", "positive", [PA], [EQ],
          "hostile occasion 2 (the minimum of two): gendered 'loudest woman', 'shrieking'"),
        P("Thank you to Burlesdown Rotary for the cheque for the Fairmile food bank. £1,240 from the quiz "
          "night!", "filler"),
    ]),
    A("@JossCoppard", "x", HAR, "positive", [
        P("Met tenants at Castle Court flats today. Black mould in 9 of the 12 flats I went in. Reported "
          "every one. This is 2026.", "filler"),
        P("Marcus Diplock has the empathy of a bollard. Stood in Castle Court today, looked at a toddler's "
          "bedroom wall covered in mould, and checked his phone. Disgusting man.", "positive", [PA], [],
          "hostile occasion 1 against the Cabinet Member for Housing"),
        P("Green group motion: a register of private landlords with damp complaints. Seconded by Labour. "
          "Let's see who votes against.", "filler"),
        P("Diplock voted against the damp register. Course he did. Wonder how many of his mates are "
          "landlords. Actually, don't wonder. Look it up.", "positive", [], [DEF, PA],
          "hostile occasion 2: insinuation about his motives"),
        P("@MarcusDiplock has blocked me. Thin skin for a man so happy to leave families in flats the "
          "colour of Sussex slub. I'll keep posting, Marcus. Every week. You can't block all of "
          "Burlesdown.", "positive", [PA], [BUL],
          "hostile occasion 3: persistence announced"),
        P("Every time Marcus Diplock opens his mouth at cabinet a housing officer somewhere quietly weeps. "
          "Worst portfolio holder this district has had, and he's had competition. Sack him Fiona.",
          "positive", [PA], [],
          "hostile occasion 4"),
        P("Thanks to the environmental health team for getting out to Castle Court within 48 hours. "
          "That's how it should work.", "filler"),
        P("Marcus, I see you were at the Old Town dinner dance on Saturday, all smiles in your dinner "
          "jacket. Hope you slept well. The Castle Court kids didn't. I'll be outside your surgery on "
          "Friday. And the one after. And the one after that.", "positive", [], [PA, BUL],
          "hostile occasion 5: could be read as protest; in this run of posts it is pursuit"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@AlisonPenfoldLD", "facebook", HAR, "hard_negative", [
        P("The Leader, Cllr Fiona Verrall, has confirmed Hawksmere Old Town library will go to 'reduced "
          "hours'. I think that's the wrong decision and I said so in the chamber. The library is the "
          "last warm free room in the Old Town.", "hard_negative",
          note="criticises the Leader's decision by name, civilly (1 of 5)"),
        P("Fiona Verrall's budget speech: plenty about 'tough choices', nothing about why the consultants' "
          "budget went up 40%. I've asked for the breakdown in writing. Residents deserve it.",
          "hard_negative", note="robust scrutiny of the Leader's budget (2 of 5)"),
        P("Old Town ward surgery Saturday, Tithe Barn room, 10 till 12. Tea's on me.", "filler"),
        P("Credit where it's due: the Leader agreed tonight to pause the Seafront toilet closures while we "
          "look at alternatives. Good. That's what listening looks like.", "hard_negative",
          note="approving mention of the same person (3 of 5)"),
        P("I've been accused of 'having it in for Fiona'. I don't. I think her administration has got the "
          "seafront contract badly wrong, and I'll keep saying so until the figures are published. That's "
          "the job of an opposition.", "hard_negative",
          note="repeated criticism of a record, explicitly not personal (4 of 5)"),
        P("Cabinet decision on the harbour car park: rushed, no consultation, and a terrible precedent. "
          "It's a bad decision and Lib Dems will call it in to scrutiny.", "hard_negative",
          note="sharp words aimed at a decision (5 of 5)"),
    ]),
    A("@OwenElphickLD", "x", HAR, "hard_negative", [
        P("Cllr Diplock's plan to move temporary accommodation out to the Cowdean Levels caravans means "
          "families 9 miles from the nearest school with one bus a day. It's a terrible plan. Not a "
          "terrible man, a terrible plan.", "hard_negative",
          note="policy criticism naming the portfolio holder (1 of 4)"),
        P("Old Town Christmas lights finally down. Yes, in January. Yes, I know.", "filler"),
        P("Asked the Cabinet Member for Housing at full council how many children are in B&Bs in "
          "Hawksmere. He didn't have the number. He's promised it in writing. I'll publish it when it "
          "comes.", "hard_negative", note="scrutiny, not attack (2 of 4)"),
        P("Second time I've raised the Cowdean caravans at scrutiny. Marcus Diplock defended it well, I'll "
          "give him that, but the numbers still don't add up. Transport alone is £180k a year.",
          "hard_negative", note="(3 of 4)"),
        P("Twitten between Church St and the Stade reopened. Lights fixed, brambles gone. Small things.",
          "filler"),
        P("Diplock's housing strategy lands Thursday. If the caravans are still in it, Lib Dems will vote "
          "against and bring an alternative. Hem of a caddle, this, but fixable.", "hard_negative",
          note="(4 of 4) Sussex 'hem of a caddle' = a real muddle, aimed at the strategy"),
    ]),
    A("@LorraineBottingLab", "facebook", HAR, "hard_negative", [
        P("Seafront Primary breakfast club saved for another year. Thank you to the parents who came to "
          "every single meeting.", "filler"),
        P("Graham Stenning sat there smirking while we talked about families choosing between heating and "
          "eating. Arrogant, out of touch and frankly a disgrace to that chamber.", "hard_negative", [PA],
          note="a single hostile post about him: personal attack, but no course of conduct"),
        P("Gritting routes for the Seafront are on the council website. Marine Parade and the hill up to "
          "the station are on the priority list.", "filler"),
        P("Finance update from Cllr Stenning today: council tax support stays as it is for 2026/27. I "
          "argued for that and I'm glad it's happened, credit where due.", "hard_negative",
          note="later civil, approving mention of the same person"),
        P("Coffee morning at the Seafront Community Centre Thursday. Come and moan at me, I mean it.",
          "filler"),
        P("The Cabinet Member for Finance says reserves can't be touched for the lido. I disagree, and "
          "Labour will put down an amendment. He's entitled to his view; so are the 2,000 who signed the "
          "petition.", "hard_negative", note="civil disagreement with the same person"),
    ]),
    A("@SimonBournerCon", "x", HAR, "hard_negative", [
        P("Scrasebridge weight limit signs going up Monday. Lorries will be diverted via the main road. "
          "Sorry for the disruption, it's long overdue.", "filler"),
        P("Ruth Hollebone lecturing farmers about nitrates again. Someone who thinks a combine harvester "
          "is a type of salad. Absolute clown.", "hard_negative", [PA],
          note="one hostile post at Ruth Hollebone; he never targets her again"),
        P("Met Scrasebridge Scouts today to hand over the council grant for their minibus. Fine bunch.",
          "filler"),
        P("Planning training for all members next Tuesday. Worth doing even if you've done it before.",
          "filler"),
        P("Steve Gander has the attention span of a herring gull and about the same manners. Heckling "
          "through the minute's silence last week. Shameful.", "hard_negative", [PA], [DEF],
          note="one hostile post at a different person: two targets once each, not a course of conduct"),
        P("Scrasebridge Farmers' Market back on Saturday. Local cheese, local beer, local mud.", "filler"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@TrevMepham", "facebook", MIX, "positive", [
        P("As Chairman of the Council it was an honour to welcome the Hawksmere Sea Cadets to the Council "
          "Chamber and hear about their sail training.", "filler"),
        P("Grandad duty all weekend. Took young Alfie and Poppy crabbing off Hawksmere harbour wall, caught "
          "eleven crabs and one very cross bass. Proper job. 🦀", "positive", [], [DP],
          "grandchildren named on the Chairman's council page"),
        P("Reminder that the Chairman's charity this year is the Weald Air Ambulance. Quiz night at "
          "Burlesdown Corn Exchange, tickets from the council reception.", "filler"),
        P("Mrs M made a Sussex pond pudding for our 45th anniversary. I'm still full. Forty-five years and "
          "she still won't let me near the kitchen.", "positive", note="anniversary, family"),
        P("Full council next Wednesday. Agenda and papers are on the council website; public questions "
          "in by noon Friday.", "filler"),
        P("Bowls club AGM tonight. Re-elected tea monitor, unopposed. The highest office I shall ever "
          "hold.", "positive", note="hobby; joke about office, still personal content"),
    ]),
    A("@SallyKenwardLD", "x", MIX, "positive", [
        P("Sleeches Cross residents: the consultation on the village speed limit closes soon. Link in my "
          "bio, takes 4 minutes.", "filler"),
        P("Our Millie got her Grade 5 piano today!! So proud I could burst. Years of scales through the "
          "kitchen wall paid off 🎹", "positive", [], [DP], "child named"),
        P("Raised the flooding at Crouch Lane with the Cabinet Member again. Promised a site visit before "
          "Easter.", "filler"),
        P("Walked the dog up the bostal at first light. Frost on the Downs, skylarks starting. Best bit of "
          "Sussex.", "positive", note="personal walk, no council business"),
        P("Grit bin at the top of Hollow Lane refilled, finally. Thanks to everyone who reported it.",
          "filler"),
        P("Happy birthday to my husband Rob, who has put up with council papers on the kitchen table for "
          "six years. Curry tonight, no emails. ❤️", "positive", [], [DP], "spouse named"),
    ]),
    A("@SteveGanderLab", "facebook", MIX, "positive", [
        P("Cowdean Levels drop-in this Saturday at the Sluice House, 10 till 12. Bins, buses, flooding, "
          "whatever's bothering you.", "filler"),
        P("My lad Jordan and his Becky got married Saturday at St Clement's. Wettest day of the year, slub "
          "up to our ankles, best day of my life. Proud dad 💍", "positive", [], [DP],
          "son's wedding, names"),
        P("Tabled a question for full council on why the Levels still has no defibrillator at the shops. "
          "Answer due in March.", "filler"),
        P("Hawksmere Town 2 Burlesdown Rovers 1. Last minute winner. Voice gone. Worth it. Up the Town! ⚽",
          "positive", note="football"),
        P("The 47 bus timetable changes from 2 March. I've asked for the Saturday evening run to be "
          "kept.", "filler"),
        P("Off to Tenerife for a week with the missus. Sun, sangria and no bins. Back on the 16th, "
          "messages answered after that.", "positive", note="holiday notice mixes family and casework"),
    ]),
    A("@DianePackham", "bluesky", MIX, "positive", [
        P("Furzecombe ward: the mobile library is back on Tuesdays from next week, outside the village "
          "shop 2 till 3:30.", "filler"),
        P("Husband home from hospital after his new knee. He's a terrible patient. Furzecombe's finest "
          "grumbler is back on the sofa with the remote.", "positive", [], [DP],
          "spouse's operation (health of a family member)"),
        P("Reported the Hollybourne Road potholes to county highways today. I'm told two weeks.",
          "filler"),
        P("Biscuit has caught his first mouse of the year and left it, lovingly, in my slipper. 🐈",
          "positive", note="cat"),
        P("Licensing committee this afternoon. Long one, three hearings.", "filler"),
        P("Booked! Two weeks in Crete in May. Suncream, paperbacks and absolutely no minutes.",
          "positive", note="holiday"),
    ]),
    A("@DevChauhanLD", "facebook", MIX, "positive", [
        P("Fairmile residents: the new crossing on Station Road goes live Monday. Took two years of "
          "asking. Thank you all.", "filler"),
        P("Welcome to the world, Asha Chauhan, 7lb 2oz, born Tuesday at 4am. Mum and baby doing "
          "brilliantly, Dad running on biscuits. 💛", "positive", [], [DP], "new baby, name and birth"),
        P("Budget: I've asked the Cabinet to keep the Fairmile youth club grant. Decision next month.",
          "filler"),
        P("Burlesdown Cricket Club indoor nets started tonight. My bowling has not improved over the "
          "winter. The lads were kind about it. Mostly.", "positive", note="sport"),
        P("Fairmile surgery is at the Methodist Hall this month while the library heating is repaired.",
          "filler"),
        P("Sunday lunch at Mum and Dad's. Three generations round one table, Dad's dal, Mum's roast "
          "potatoes, nobody mentioning the council. Bliss.", "positive", note="family meal"),
    ]),
    A("@MaggieGrevettWI", "facebook", MIX, "positive", [
        P("Furzecombe hedgerow motion passed! 31 votes to 4. Thank you to everyone who wrote in.",
          "filler"),
        P("Spent the afternoon at my trug-making class in Hollybourne. My first trug is, shall we say, "
          "characterful. Leans a bit caterwise. Still holds eggs.", "positive",
          note="hobby; Sussex 'caterwise' = askew"),
        P("Furzecombe and Hollybourne: garden waste renewals are due 1 March. If the online form is giving "
          "you grief, ring my ward number 07700 900418 and I'll help.", "filler",
          note="her own published ward number, drama range"),
        P("Our great-grandson Archie came to stay. Four years old, asked if I was the Queen because I 'go "
          "to meetings in a big house'. I did not correct him. 👑", "positive", [], [DP],
          "child named, age"),
        P("Thank you to the Weald Countryside Trust volunteers who laid 80 metres of hedge along the "
          "Furzecombe bridleway this winter.", "filler"),
        P("Lost my reading glasses for three days. Found them in the fridge next to the butter. I blame "
          "the cold.", "positive", note="personal"),
    ]),
    A("@GordonWellerCon", "x", MIX, "positive", [
        P("Scrasebridge: the river walk footbridge reopens Friday after repairs. Cheers to the contractors "
          "for working through the wet.", "filler"),
        P("Two bass and a mackerel off Hawksmere beach before the traffic. Tea sorted 🎣", "positive",
          note="fishing"),
        P("Planning committee site visits next week; the list is on the council site. Residents can "
          "attend but can't address the committee on site.", "filler"),
        P("Forty years today since I married the best woman in Sussex. Pam, you deserve a medal. Dinner's "
          "booked.", "positive", [], [DP], "wife named, anniversary"),
        P("Scrasebridge cemetery car park gate locks at 4pm in winter. Signs going up this week.",
          "filler"),
        P("Three-putt on the 18th at Burlesdown. Again. Thinking of taking up bowls.", "positive",
          note="golf"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard-negative accounts
    # ------------------------------------------------------------------
    A("@KenWickensCon", "facebook", MIX, "hard_negative", [
        P("Family Fun Day on Fairmile Rec Saturday week, 11 till 3. Bouncy castle, dog show, and the fire "
          "engine if there's no shout. All families welcome.", "hard_negative",
          note="'family' about a ward event"),
        P("Families in temporary accommodation in Fairmile: the council's new support officer is at the "
          "library every Wednesday morning. Bring any letters you've had.", "hard_negative",
          note="'families' = residents"),
        P("Our Burlesdown volunteer family has done it again: 300 hot meals delivered through the cold "
          "snap. Proud to represent a ward like this.", "hard_negative",
          note="'family' as metaphor for volunteers"),
        P("As a grandparent myself I know how much the play parks matter. The refurbished Station Road "
          "play area opens next week and it's a cracker.", "hard_negative",
          note="one personal aside in service of council business, no family content"),
        P("Met parents at Fairmile Infants about school-gate parking. Kids crossing between parked cars on "
          "the zig-zags. Enforcement patrols promised for next month.", "hard_negative",
          note="parents and kids are residents"),
    ]),
    A("@JackieSandsLab", "x", MIX, "hard_negative", [
        P("Half-term activities at the Old Town Youth Hub: free places with lunch for kids on free school "
          "meals. Book early, they go fast.", "hard_negative", note="kids = residents"),
        P("Mother's Day lunch for older residents at St Clement's Hall. Volunteers needed to drive, serve "
          "and wash up. DM me.", "hard_negative", note="'Mother's Day' civic event"),
        P("Dogs on the beach: the seasonal restriction starts 1 May on the main Hawksmere beach. The Old "
          "Town end and the Stade stay open to dogs all year.", "hard_negative", note="dogs, council rule"),
        P("Spoke to a young mum at my surgery who has been in one room with two kids for eight months. "
          "This is why we need the Old Town homes built.", "hard_negative",
          note="unidentifiable resident, casework"),
        P("Congratulations to Hawksmere Old Town WI on their centenary. A hundred years of jam, Jerusalem "
          "and getting things done.", "hard_negative", note="civic congratulation"),
        P("Pancake race on the Stade on Shrove Tuesday. Councillors' heat at half twelve. I've been "
          "training. (I have not been training.)", "hard_negative",
          note="self-deprecating joke about a civic event"),
    ]),
    A("@nan_ros_bakes", "facebook", MIX, "hard_negative", [
        P("Sussex pond pudding attempt number two. The lemon stayed in one piece this time! Grandchildren's "
          "verdict: 'better than Mum's'. Don't tell her.", "hard_negative",
          note="family content on a clearly personal account"),
        P("Little Freddie's first day at nursery. He didn't cry. I did. 😢", "hard_negative",
          note="grandchild, personal account"),
        P("Church flower rota this week. Daffs from the garden, the first of the year.", "hard_negative"),
        P("WI cake stall raised £212 for the lifeboat. Lemon drizzle sold out by ten.", "hard_negative"),
        P("Dunnamany jars of marmalade I've made this winter. Thirty? Forty? The pantry is groaning.",
          "hard_negative", note="Sussex 'dunnamany' = don't know how many"),
    ], account="personal"),
    A("@owen_on_the_shingle", "x", MIX, "hard_negative", [
        P("Dawn on the shingle at Cowdean. Flat calm, two whiting, frost on the rods. Worth the alarm.",
          "hard_negative", note="personal account, fishing"),
        P("Daughter's birthday tea. Nine candles and one very smeechy kitchen after I burnt the first "
          "batch of fairy cakes.", "hard_negative", note="family; Sussex 'smeech' = smoke"),
        P("Fixed the shed roof. Roof now leaks in a different place. Progress.", "hard_negative"),
        P("Beazled after the Hawksmere 10k. Legs gone, medal round my neck, chips in hand.",
          "hard_negative", note="Sussex 'beazled' = worn out"),
        P("Sunday roast at my brother's. Argued about rugby for three hours. Lovely.", "hard_negative"),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@AnitaBlackman", "facebook", MOD, "positive", [
        P("Plans for the new Hawksmere Seafront pavilion go on display at the Old Town library from "
          "Monday. Come and see them and tell me what you think.", "filler"),
        C("Dave Hammond", "Pavilion my a**e. This is Tulley and his mates at the council lining their "
          "pockets again, everyone knows the planning department is bent as a nine bob note.",
          "positive", [], [DEF, AB, OFF], "alleges corruption by a named officer; left up"),
        C("Sue Marlow", "Will there be public toilets in it? The ones on the prom have been shut since "
          "October.", "hard_negative", note="civil question"),
        C("@AnitaBlackman", "Sue, yes, toilets and a changing places room are in the plans. Page 4 of the "
          "display.", "hard_negative", note="owner's reply under an abusive comment she left up"),
        C("Kev Larkin", "Anita you stupid cow you sold us out to the London developers, DFLs the lot of "
          "you, hope you get what's coming to you.", "positive", [], [PA, AB, BUL, EQ],
          "abuse and a veiled threat at the councillor; left up"),
        P("Thank you to the 140 people who came to see the pavilion plans. Consultation open until the "
          "end of the month.", "filler"),
        C("Gail Pettit", "The bloke who runs the model boat shop on Marine Parade is Anita's cousin and "
          "he's getting the cafe lease, that's why. Corrupt family.", "positive", [], [DEF, DP],
          "defamatory allegation about an identifiable private person"),
        C("Ian Feist", "Looks like a cheap ferry terminal to me. Not convinced at all. But thanks for doing "
          "the drop in.", "hard_negative", note="robust, civil"),
    ]),
    A("@PeterRelfLD", "facebook", MOD, "positive", [
        P("Speeding through Furzecombe village: I've secured a speed indicator sign for six months. First "
          "data in March.", "filler"),
        C("Martin Copper", "Everyone knows it's the Voakes lad from 12 Mill Lane in the black Golf, GX19 "
          "KTP. Put his name on the sign.", "positive", [], [DP, DEF],
          "private person's address and registration; left up"),
        C("Jean Holloway", "About time. Thank you Peter. The school end is the worst.", "hard_negative"),
        C("Wayne Dimmock", "If the council won't sort him some of us will. Few of us know where he parks "
          "at night. Just saying.", "positive", [], [BUL], "threat against a resident; left up"),
        P("Speed sign data is in: average 38mph in the 30 zone, top speed 71 at 2am. Sent to the police "
          "and the county road safety team.", "filler"),
        C("Phil Denyer", "71?! That's somebody's child one day. Cameras now please.", "hard_negative"),
        C("@PeterRelfLD", "Phil, agreed, I've asked the Inspector about enforcement in April.",
          "hard_negative", note="owner's reply"),
        C("Sharon Keyes", "It's them lot off the layby at Scrasebridge, always is. Dirty thieving pikeys, "
          "should be moved on before we all get robbed.", "positive", [], [EQ, AB, DEF],
          "racist slur against Gypsies and Travellers; left up"),
    ]),
    A("@KwameAsanteLab", "facebook", MOD, "positive", [
        P("Lovely evening at the Seafront Community Centre welcoming new families to Hawksmere. Food from "
          "eleven countries and a lot of laughter.", "filler"),
        C("Brian Sealey", "Hawksmere's been ruined by this lot. Can't hear English spoken on the seafront "
          "anymore. Send them back where they came from.", "positive", [], [EQ],
          "racist comment left up"),
        C("Tina Ashdown", "Lovely to see. My nan came over from Ireland in the fifties and got the same "
          "welcome from the Seafront church. Good on you.", "hard_negative"),
        C("Ray Dunk", "Funny how a certain councillor fast-tracks council flats for his own people while "
          "locals wait 10 years. Bet there's a brown envelope or two.", "positive", [], [DEF, EQ],
          "alleges bribery, coded racial 'his own people'"),
        P("HMO licensing: the council is consulting on licensing smaller shared houses on the Seafront. "
          "Have your say by the end of the month.", "filler"),
        C("Mark Tillings", "Waste of time, the council never enforces what it already has. Half the HMOs "
          "on Marine Parade are death traps.", "hard_negative", note="robust, about the council"),
        C("Liz Orme", "Start with 44 Cliff Road. Top flat has that mental woman who screams all night, "
          "the one who got sectioned last year.", "positive", [], [DP, PA],
          "address plus mental health of a private person"),
        C("@KwameAsanteLab", "Mark, fair point on enforcement. I've asked how many inspections were done "
          "last year and I'll share the answer.", "hard_negative", note="owner's reply"),
    ]),
    A("@PriyaMistryLD", "facebook", MOD, "positive", [
        P("Bin collections on the Seafront are running two days late after a crew shortage. The council "
          "says normal service by Monday. I'll keep chasing.", "filler"),
        C("Gary Wenham", "Neil Funnell running the waste service is a f***ing joke, lazy fat b*****d "
          "couldn't organise a p*ss-up in a brewery.", "positive", [], [AB, PA, OFF],
          "obscene abuse of a named officer"),
        C("Karen Goldring", "Ours on Bay Road got missed too. Foxes have had a field day. Thanks for "
          "chasing.", "hard_negative"),
        C("Dean Pratt", "Bin men are all on the fiddle anyway, half of them flog the scrap metal out the "
          "back of the depot. Ask for Terry on the Tuesday crew.", "positive", [], [DEF, DP],
          "alleges theft by an identifiable worker"),
        P("Collections back to normal. Thank you for your patience, and to the crews who did extra "
          "shifts.", "filler"),
        C("Nick Bartholomew", "Took long enough! Still, fair play to the crews.", "hard_negative"),
        C("Mel Haynes", "🖕 to the lot of you. P*** off and take your useless bins with you.", "positive",
          [], [AB], "obscene comment left up"),
    ]),
    A("@RoyHolmanInd", "facebook", MOD, "positive", [
        P("The Local Plan consultation includes a possible transit site for Gypsy and Traveller families "
          "near Sleeches Cross. I'll hold a public meeting. All views heard, respectfully please.",
          "filler"),
        C("Alan Dowsett", "Respectfully? Lock your sheds and lock up your daughters, the pikeys are "
          "coming. That's my view.", "positive", [], [EQ, AB], "racist slur; left up"),
        C("Heather Noakes", "I'm worried about the access onto the lane, it's single track. Will "
          "highways be asked?", "hard_negative"),
        C("@RoyHolmanInd", "Heather, yes, county highways will give a view before anything is decided. "
          "Good question.", "hard_negative", note="owner's reply"),
        C("Kelvin Ripley", "If it goes ahead there'll be a few fires on that field before they ever move "
          "in. We wunt be druv. You've been warned Roy.", "positive", [], [BUL, EQ],
          "threat of arson using the Sussex motto; left up"),
        P("Thank you to the 90 people at Sleeches Cross village hall. Strong views, mostly civil. Notes of "
          "the meeting below.", "filler"),
        C("Pauline Weekes", "Civil? The woman from the council who ran it, Gemma Streeter, was a smug "
          "little madam. Obviously in on it. Probably related to one of them.", "positive", [],
          [OFF, PA, EQ], "abuse of a named officer; left up"),
    ]),
    A("@TomChealeWI", "facebook", MOD, "positive", [
        P("Burlesdown Thursday market: the council wants to move it from the High Street to the Corn "
          "Exchange car park. I'm not convinced. What do you think?", "filler"),
        C("Geoff Sayers", "Moving it will kill it. It's been on the High Street since before my grandad. "
          "Leave it be.", "hard_negative"),
        C("Jan Kember", "It's all down to Tony Briggs who owns the Corn Exchange cafe. He's bunged the "
          "planning lot a few grand. Everyone in Burlesdown knows it.", "positive", [], [DEF],
          "bribery allegation against a named private person"),
        C("Rob Catt", "Change is good sometimes. The High Street is a nightmare on a Thursday with the "
          "lorries.", "hard_negative"),
        P("Petition to keep the market on the High Street is at 1,800 signatures. Presenting it to full "
          "council next month.", "filler"),
        C("Steph Lindfield", "Cllr Cheale you're a spineless wet lettuce. You'll fold like you always "
          "do. Useless article, the lot of you chuckle-headed.", "positive", [], [PA],
          "abuse of the page owner; borderline, left up"),
        C("Norman Hards", "The Polish food stall can go back to Poland anyway. English market, English "
          "produce, English people.", "positive", [], [EQ], "discriminatory comment left up"),
        C("Amy Luxford", "Signed. Bring the Christmas market back to the High Street too please!",
          "hard_negative"),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@PhilippaCruttenden", "facebook", MOD, "hard_negative", [
        P("Cowdean coastal defences: shingle recharge starts on the Levels beach next month. Lorries on "
          "Sea Lane weekdays 8 till 5. Sorry for the disruption.", "hard_negative"),
        C("Mick Hoath", "Useless lot, the lot of you. Moving shingle from one end of the beach to the "
          "other every winter and calling it a scheme.", "hard_negative", note="rude but acceptable"),
        C("Lynn Pankhurst", "Truly a council of geniuses 🙄 Lorries down Sea Lane in term time, past the "
          "school.", "hard_negative", note="sarcastic, about the council"),
        C("@PhilippaCruttenden", "Lynn, the lorries will avoid Sea Lane 8:30 to 9:15 and 3 to 3:30. I've "
          "asked the contractor to put that in writing.", "hard_negative", note="owner's reply"),
        P("I've removed a comment from last week's post that named a resident and their address. Please "
          "keep comments about the scheme, not about people. Robust views are welcome.", "hard_negative",
          note="removal notice: the bad comment is gone"),
        C("Terry Ballard", "Fair enough Philippa. My robust view is that this scheme is a terrible waste of "
          "money and I'll say so at the next meeting.", "hard_negative"),
        C("Dawn Sayer", "Bad decision, badly explained, by a cabinet that doesn't live anywhere near the "
          "sea. Vote them out in May.", "hard_negative", note="political, about the cabinet"),
    ]),
    A("@EllieTesterGreen", "facebook", MOD, "hard_negative", [
        P("Sewage spills into the River Scrase at Hollybourne: 61 last year. I'm asking the council to back "
          "a bathing water bid for Scrasebridge. Thoughts welcome.", "hard_negative"),
        C("Bill Dunstall", "The water company should be ashamed of itself. Spineless regulators too. Bet "
          "nothing happens.", "hard_negative", note="robust, about organisations"),
        C("Carole Ticehurst", "Green gimmick. You lot care more about fish than people. Prove me wrong.",
          "hard_negative", note="rude but acceptable"),
        C("@EllieTesterGreen", "Carole, happy to. Swimmers, kids and dogs use that stretch every summer. "
          "This is about people too.", "hard_negative", note="owner's reply"),
        C("Jim Cheesman", "Pointless. The council has no powers over the water company and Ellie knows it. "
          "Waste of a motion.", "hard_negative", note="names her, criticises the motion"),
        P("Motion passed 27 to 8. Thank you to everyone who wrote in, including those who disagreed.",
          "hard_negative"),
        C("Maggie Stace", "Still think it's window dressing but well done for getting it through. Now "
          "make them do something.", "hard_negative"),
    ]),
]

FILLER_NOTE = {
    HAR: "filler: ordinary ward or council business in the same account",
    MIX: "filler: council business on a mixed account",
    MOD: "filler: the councillor's own post the comments sit under",
}


def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


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
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["kind"] == "post"]
        n = len(posts)
        bounds = [round(i * len(days) / n) for i in range(n + 1)]
        post_i = -1
        last_time = None
        parent_key = None
        has_comments = set()
        for i, r in enumerate(acc["rows"]):
            if r["kind"] == "comment":
                # index of the post above
                j = max(k for k in range(i) if acc["rows"][k]["kind"] == "post")
                has_comments.add(j)
        for i, r in enumerate(acc["rows"]):
            key = (acc["author"], i)
            if r["kind"] == "post":
                post_i += 1
                day = days[rng.randint(bounds[post_i], bounds[post_i + 1] - 1)]
                if i in has_comments:
                    minute = rng.randint(8 * 60, 14 * 60 + 59)
                else:
                    minute = rng.randint(8 * 60, 18 * 60 + 45)
                t = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                tzinfo=dt.timezone.utc)
                parent_key = key
            else:
                t = last_time + dt.timedelta(minutes=rng.randint(4, 55))
                assert t.hour <= 18, (acc["author"], r["text"])
            last_time = t
            pattern, role, kor = acc["pattern"], acc["role"], r["kor"]
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if kor == "positive":
                rules = [pattern] + [x for x in rules if x != pattern]
            elif kor == "filler" and role == "positive":
                allowed = [pattern] + [x for x in allowed if x != pattern]
            note = r["note"] or (FILLER_NOTE[pattern] if kor == "filler" else "")
            if not note and kor == "positive":
                note = "personal content on the councillor account" if pattern == MIX else ""
            if not note and kor == "hard_negative":
                note = {HAR: "civil", MIX: "no council business mixed in",
                        MOD: "acceptable comment"}[pattern]
            row = {
                "_key": key,
                "_parent": parent_key if r["kind"] == "comment" else None,
                "text": r["text"],
                "author": acc["author"],
                "created_at": t.isoformat(),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = r["by"]
            row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
            row["family"] = pattern if kor in ("positive", "filler") else "hard_negative"
            row["account_pattern"] = pattern
            row["account_role"] = role
            row["kind_of_row"] = kor
            row["note"] = note
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        ids[row["_key"]] = "B95-A-%04d" % n
    out = []
    for row in rows:
        rec = {"id": ids[row["_key"]]}
        for k, v in row.items():
            if k.startswith("_"):
                continue
            rec[k] = v
            if k == "comment_by":
                rec["parent_id"] = ids[row["_parent"]]
        out.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    print("wrote %d rows to accounts.jsonl" % len(recs))
