#!/usr/bin/env python3
"""Build blind set b175 (account-level rules) into accounts.jsonl.

Every row below was written by hand. The script only schedules them (one post
per chunk of the 55 weekdays 14 Sep - 27 Nov 2026, comments a few minutes after
the row before them under the same post), shuffles, assigns ids B175-NNNN,
resolves parent_id and computes each verdict. Fixed seed: running it twice
gives the same bytes. Standard library only.

    python3 build.py               # writes accounts.jsonl next to this file
    python3 build.py --out FILE    # writes FILE instead (used by validate.py)
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B175"
SEED = 17505
HERE = os.path.dirname(os.path.abspath(__file__))

HR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"

# Base severities (the lower one where RULES.md says "review; block when severe").
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
    HR: "block",
    MOD: "review",
    MIX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

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


def R(kor, text, rules=(), allowed=(), note="", kind="post", by=None):
    """One hand-written row. kor: positive | hard_negative | filler.
    by: for comments, the commenter's name, or "owner" for the page owner's reply."""
    return {"kor": kor, "text": text, "rules": list(rules), "allowed": list(allowed),
            "note": note, "kind": kind, "by": by}


def C(kor, by, text, rules=(), allowed=(), note=""):
    return R(kor, text, rules, allowed, note, kind="comment", by=by)


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts (8)
    # ------------------------------------------------------------------
    dict(author="@DarrylThrowerRUK", platform="x", account="councillor", pattern=HR, role="positive",
         note="Reform UK, Gorsey Hill; targets the Leader, Margaret Thirtle (4 hostile posts)",
         rows=[
             R("filler", "Gorsey Hill rec: the swings that have been taped off since July are finally fixed. Three emails and a phone call, but we got there. Cheers to the parks lads who came out in the rain to do it.",
               note="ward filler"),
             R("positive", "Her Majesty Margaret Thirtle graced Gorsey Hill with a visit today. Ten minutes, one photo by the bus shelter, then back in the Range Rover to Hunsby before anyone could ask her about the bins. Queen of the Broads, everybody. 👑",
               allowed=[PA, IR], note="hostile occasion 1 (Margaret Thirtle): mockery of a ward visit; personal attack and irony allowed, not expected"),
             R("filler", "Council tax support consultation closes on the 30th. If you're on Universal Credit in Gorsey Hill this one hits you directly. Paper copies at the library, or I'll bring one round. Fill it in!",
               note="ward filler"),
             R("positive", "Margaret Thirtle on the budget tonight: 'difficult choices'. The only difficult choice that woman has ever made is which gin to order at the Catmere Staithe. Out of touch, out of her depth and a laughing stock. Squit from start to finish.",
               rules=[PA], note="hostile occasion 2 (Margaret Thirtle): 'out of her depth and a laughing stock'"),
             R("positive", "@MaggieThirtle Blocked me now have you, Margaret? Doesn't matter. I'll screenshot every word you put out, I'll be at every parish meeting you turn up to, and I'll keep asking. You can't block the whole of Gorsey Hill.",
               allowed=[BU], kind="reply",
               note="hostile occasion 3 (Margaret Thirtle): an x reply pursuing her after she blocked him; bullying allowed"),
             R("filler", "Street lights out along Heath Loke again. Reported to the county this morning. If you walk that way after dark take a torch, it's pitch black past the allotments.",
               note="ward filler"),
             R("positive", "Funny how you walk that old Labrador along Catmere Dyke at seven every morning, Margaret. Same route, same time. Plenty of people in Gorsey Hill would like a word with you out there, where there's no officer to hide behind. Dew yew keep a troshin'.",
               rules=[BU], note="hostile occasion 4 (Margaret Thirtle): names her routine and invites people to confront her there; intimidation"),
         ]),
    dict(author="@CllrRogerKerrison", platform="facebook", account="councillor", pattern=HR, role="positive",
         note="Conservative, Skelby St Peter; targets Ellie Bloomfield, the youngest member (4 hostile posts)",
         rows=[
             R("filler", "Beet campaign's under way and the lorries are back on the Skelby road. The haulier has agreed to keep to 30 through the village and stay off the road at school times. If you see otherwise, send me the time and the fleet number on the cab, not the driver's name please.",
               note="ward filler"),
             R("positive", "So the little mawther from Ormingham Weavers wants to teach Skelby farmers how to spread muck. Ellie Bloomfield has never stood in a wet field in her life. Come back when you've done a beet campaign, gal.",
               rules=[PA], allowed=[EQ], note="hostile occasion 1 (Ellie Bloomfield): 'little mawther', 'gal'; age and sex put-down, equality allowed"),
             R("positive", "Lovely speech from our youngest councillor at full council. Really. She read every word off her phone beautifully and nobody had the heart to tell her the nitrate figures were from Denmark. Bless her. 🙄",
               rules=[IR], allowed=[PA, EQ], note="hostile occasion 2 (Ellie Bloomfield, named by role): mock praise; irony expected"),
             R("filler", "Skelby St Peter church roof appeal has reached £41,000! Bingo at the village hall Friday, eyes down half seven. Bring a dabber and some patience for the caller.",
               note="ward filler"),
             R("positive", "Ellie Bloomfield is a spoilt child playing at politics with other people's livelihoods. Greta of the Broads. Go back to your university and leave the grown-ups to run the district.",
               rules=[PA], allowed=[EQ], note="hostile occasion 3 (Ellie Bloomfield): 'spoilt child'; age put-down, equality allowed"),
             R("positive", "Hear Ellie's doing a 'listening tour' round the farms. Word to the wise, gal: there's men out here with long memories and short tempers, and they know which car is yours. I'd stick to Ormingham if I were you.",
               rules=[BU], note="hostile occasion 4 (Ellie Bloomfield): veiled menace, 'they know which car is yours'"),
         ]),
    dict(author="@CliffGazeWadsey", platform="facebook", account="councillor", pattern=HR, role="positive",
         note="Independent, Wadsey; targets Adrian Lusher, the Coastal Transition Manager, an officer (3 hostile posts)",
         rows=[
             R("filler", "Another two metres went off the cliff at the end of Beach Road on Sunday night. Nobody hurt and the path is fenced. Keep dogs on leads up there and well back from the edge, please. I've asked for the fence line to come in again.",
               note="ward filler"),
             R("positive", "Adrian Lusher, our so-called Coastal Transition Manager, told Wadsey tonight there's 'no case' for rock armour. Easy to say from a dry office in Ormingham. The man's a box-ticker who has never once stood on our cliff in a northerly. Wadsey deserves better than this pen-pusher.",
               rules=[OF, PA], note="hostile occasion 1 (Adrian Lusher, officer): 'box-ticker', 'pen-pusher'"),
             R("filler", "Wadsey Village Hall: coffee morning for cliff-top households Thursday 10 till 12, with the Citizens Advice adviser who knows the rollback grant rules inside out. Biscuits provided. Just pop in.",
               note="ward filler"),
             R("positive", "Mr Lusher's report is a work of fiction, and I've told him so to his face. He rewrote the options paper to suit the consultants and everyone on that committee knows it. Change the report, Adrian, or I'll make sure every household in Wadsey knows your name.",
               rules=[OF], allowed=[BU, DF], note="hostile occasion 2 (Adrian Lusher): presses an officer to change his report; the threat to publicise him allows bullying, 'rewrote ... to suit the consultants' allows defamation"),
             R("filler", "Thank you to the Thurnmouth lifeboat crew who were out at the Point on Tuesday for two kids cut off by the tide. All safe. Check the tide tables, folks. It comes in round the groynes faster than you'd think.",
               note="ward filler"),
             R("positive", "Adrian, you've been told twice now. Come to Wadsey on Saturday and explain yourself to the families losing their homes, or don't bother showing your face on this coast again. We'll be waiting for you at the end of Beach Road.",
               rules=[OF, BU], note="hostile occasion 3 (Adrian Lusher): 'don't bother showing your face ... We'll be waiting for you'"),
         ]),
    dict(author="@TonyGottsLab", platform="x", account="councillor", pattern=HR, role="positive",
         note="Labour, Thurnmouth Pier; targets Neil Bussey, Deputy Leader and Finance (3 hostile posts)",
         rows=[
             R("filler", "Pier theatre panto tickets on sale now. Local rate for Thurnmouth postcodes again this year, which I pushed for. Oh yes I did. 🎭",
               note="ward filler"),
             R("positive", "@NeilBusseyBCI told cabinet the sea defence reserve is 'ring-fenced'. Same reserve that paid for new moorings at Kettleby Staithe, right next to his family's boatyard. Funny, that. Nothing to see here, just a Deputy Leader and his boats.",
               allowed=[DF, IR], note="hostile occasion 1 (Neil Bussey): insinuation of self-interest; defamation and irony allowed"),
             R("filler", "Walked the Esplanade with traders today: footfall down, parking charges up, three shops empty since Easter. I'll be asking cabinet to freeze seafront charges through the winter. It's not much to ask.",
               note="ward filler"),
             R("positive", "@NeilBusseyBCI You're a smirking little spiv and you treat Thurnmouth like your piggy bank. You couldn't run a whelk stall, never mind the district's budget. Useless.",
               rules=[PA], kind="reply", note="hostile occasion 2 (Neil Bussey): an x reply, 'smirking little spiv'"),
             R("filler", "Big thanks to the volunteers who cleared the beach below the Cliftop steps this morning. 23 bags, a fridge door and a child's scooter. The scooter's gone home to its owner!",
               note="ward filler"),
             R("positive", "Let's be plain about it. Neil Bussey moved £180k out of the sea defence reserve to pay for moorings his own boatyard profits from, then lied to cabinet about it. That's theft from Thurnmouth and he knows it.",
               rules=[DF], allowed=[PA], note="hostile occasion 3 (Neil Bussey): states theft and lying as fact; defamation expected"),
         ]),
    dict(author="@HazelCraneLD", platform="bluesky", account="councillor", pattern=HR, role="positive",
         note="Liberal Democrat, Sallowby Gap; targets Giles Frary, Cabinet Member for Planning (5 hostile posts, the maximum)",
         rows=[
             R("positive", "Well done @GilesFraryCon, another car park on the dunes at Sallowby Gap. The seals will be thrilled. A true visionary, our Giles, and such a good friend to every developer in the county. 👏👏",
               rules=[IR], allowed=[DF, PA], note="hostile occasion 1 (Giles Frary): mock praise; 'friend to every developer' allows defamation"),
             R("filler", "Seal pup count at the Gap is up to 212 this week. The wardens ask: stay behind the rope, keep dogs on leads, no selfies with the pups. Mums will abandon them if people get close.",
               note="ward filler"),
             R("positive", "Giles Frary has never been wrong in his life, just ask him. Talks over every woman on the committee and calls it chairing. Insufferable man.",
               rules=[PA], note="hostile occasion 2 (Giles Frary)"),
             R("positive", "Watched Giles squirm through scrutiny this morning. A spineless yes-man who'd sign off a theme park on Hunsby Broad if the Leader asked him nicely.",
               rules=[PA], note="hostile occasion 3 (Giles Frary): 'spineless yes-man'"),
             R("filler", "Sallowby Gap bus: the 4.15 from Ormingham is being cut in January. I've written to the operator and the county. If you rely on it, email me at hazel.crane@example.org so I can show them who actually uses it.",
               note="ward filler; the councillor's own email"),
             R("positive", "Every time Giles Frary opens his mouth Sallowby loses something else. He's a disgrace to the cabinet and an embarrassment to Alderholme.",
               rules=[PA], note="hostile occasion 4 (Giles Frary)"),
             R("positive", "Hear Giles will be at the Alderholme mill fundraiser on Saturday. Plenty of us from Sallowby will be there too, Giles, and we've a lot to say. Hope you've got someone to walk you back to your car. 😉",
               rules=[BU], allowed=[IR], note="hostile occasion 5 (Giles Frary): 'someone to walk you back to your car'; veiled menace"),
         ]),
    dict(author="@TrevGuymerRUK", platform="facebook", account="councillor", pattern=HR, role="positive",
         note="Reform UK, Skelby St Peter; targets Lorraine Brett, Cabinet Member for Housing (2 hostile posts, the minimum)",
         rows=[
             R("filler", "Skelby St Peter: the flooding on Mill Lane by the old forge is a blocked culvert, not the drains. County highways are coming out Tuesday. Don't drive through it, it's deeper than it looks.",
               note="ward filler"),
             R("filler", "Reform UK surgery this Saturday, Skelby village hall, 10 till 12. Housing, potholes, beet lorries, whatever's on your mind. Kettle's on.",
               note="ward filler"),
             R("positive", "Lorraine Brett promised 40 affordable homes in Skelby and delivered six and a press release. The woman's a fraud and a hypocrite and everybody in this village knows it.",
               rules=[PA], allowed=[DF], note="hostile occasion 1 (Lorraine Brett): 'a fraud and a hypocrite'; defamation allowed (rhetorical 'fraud')"),
             R("filler", "Remembrance Sunday: Skelby service at the war memorial at 10.45, then teas at the Plough. The school children have made a poppy for every name on the memorial. Worth a look.",
               note="ward filler"),
             R("filler", "Cracking turnout for the Young Farmers' tractor run tonight, lights on every one. £1,350 for the hospice at Thurnmouth. Good old boys and girls.",
               note="ward filler"),
             R("positive", "Lorraine Brett again. Cabinet Member for Housing and her figures are all on the huh. Couldn't find Skelby on a map, too busy on her holidays to answer one email. Lazy, useless and thick as a mud bank.",
               rules=[PA], note="hostile occasion 2 (Lorraine Brett): 'lazy, useless and thick'"),
             R("filler", "Potholes on the Skelby to Stowby road: 14 reported, 9 fixed. The big one by the bus stop is on next week's list. Keep sending them in.",
               note="ward filler"),
         ]),
    dict(author="@DerekPurdyCon", platform="bluesky", account="councillor", pattern=HR, role="positive",
         note="Conservative, Ormingham Market; targets Howard Cubitt, Lib Dem group leader and a wheelchair user (3 hostile posts)",
         rows=[
             R("filler", "Ormingham Thursday market back to full strength: 31 stalls this week, including the new fish van up from Thurnmouth. Use them or lose them.",
               note="ward filler"),
             R("positive", "Howard Cubitt says he'll 'champion' the market. The man can't even get himself up the Town Hall steps and he's going to lead the fight for Ormingham? Pull the other one.",
               rules=[EQ, PA], note="hostile occasion 1 (Howard Cubitt): mocks his disability; equality expected"),
             R("filler", "Weavers Way footpath by the old station is under water again. Reported, and I've asked for the drain to be jetted. Wellies for now, sorry.",
               note="ward filler"),
             R("positive", "Another Howard Cubitt leaflet full of squit. Eleven years a councillor and nothing to show for it but talk. A sad little man clinging on to a title.",
               rules=[PA], note="hostile occasion 2 (Howard Cubitt): 'a sad little man'"),
             R("filler", "Really pleased the Ormingham Community Fridge has a permanent home at the Methodist hall. Drop-offs Monday and Thursday mornings. No forms, no questions.",
               note="ward filler"),
             R("positive", "Howard, I've counted: you've missed four of the last six market meetings. Always some excuse. If you can't do the job, hand the seat to someone who can actually walk into the room. 🙄",
               allowed=[EQ, PA], note="hostile occasion 3 (Howard Cubitt): 'someone who can actually walk into the room' could be figurative; equality allowed, not expected"),
         ]),
    dict(author="@CarolHowesBCI", platform="facebook", account="councillor", pattern=HR, role="positive",
         note="Broads and Coast Independents, Kettleby Staithe, a cabinet member; targets Jenna Rix, a private resident who runs a campaign group (3 hostile posts)",
         rows=[
             R("filler", "End of season on the staithe: the last hire boats went back to the yards on Friday. Thanks to everyone who put up with the queues at the bridge. Winter moorings open on the 1st.",
               note="ward filler"),
             R("positive", "A word about Jenna Rix and her little Facebook group. Lived here five minutes, knows nothing about boats, and spends her days stirring up trouble behind a keyboard. A busybody furriner with too much time on her hands.",
               rules=[PA], note="hostile occasion 1 (Jenna Rix, a member of the public)"),
             R("filler", "Kettleby Staithe public toilets will stay open all winter after all. The parish council and the district are splitting the cost. Common sense won.",
               note="ward filler"),
             R("positive", "Jenna Rix has now reported me to the Monitoring Officer for the third time. Nothing came of the first two and nothing will come of this one. Some people need to get a life and stop wasting council time.",
               allowed=[BU, PA], note="hostile occasion 2 (Jenna Rix): publicly belittles a complainant; bullying allowed"),
             R("filler", "Kettleby Staithe primary Christmas fair Saturday 1 till 3. Tombola, Santa in the boat shed and the head teacher's famous sausage rolls.",
               note="ward filler"),
             R("positive", "Since Jenna Rix likes naming names, let's name hers. Works the tills at the Ormingham Co-op most mornings, lives up the loke by the old maltings. Maybe a few of you should pop in and tell her what you think of her campaign.",
               rules=[BU, DP], note="hostile occasion 3 (Jenna Rix): her workplace and where she lives, and an invitation to confront her"),
             R("filler", "Two minutes to sign up for the free flood warning texts, and Kettleby Staithe is on the tidal surge list now. Link on the parish council page.",
               note="ward filler"),
         ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts (4)
    # ------------------------------------------------------------------
    dict(author="@RosieEastoeLD", platform="x", account="councillor", pattern=HR, role="hard_negative",
         note="Liberal Democrat, Hunsby and Catmere; five civil criticisms of the Leader (once approving, once an invitation)",
         rows=[
             R("hard_negative", "The Leader's budget cuts the Hunsby Broad ranger post to save £28k. I think that's the wrong call and I told Margaret Thirtle so in the chamber tonight. Rangers stop the bank erosion that costs us ten times as much later.",
               note="civil criticism of the Leader's decision"),
             R("hard_negative", "Credit where it's due: Margaret Thirtle's team got the Catmere footbridge reopened a month early. Good news for every family walking to the school bus. Thank you.",
               note="approving mention of the same person"),
             R("filler", "Catmere Dyke is running high after all the rain. The staithe steps are slippery, so take it steady and keep little ones well back from the edge.",
               note="ward filler"),
             R("hard_negative", "I disagree with @MaggieThirtle on the second homes premium. Doubling it is right; spending it on the council's own car parks isn't. That money should build homes for Hunsby families. A bit of squit in the small print, I'm afraid.",
               note="policy criticism with an @mention; 'squit' aimed at the small print"),
             R("hard_negative", "Margaret, come out on the Hunsby ferry one morning and see the state of the landing stage for yourself. Coffee's on me. I think you'll change your mind about the repair budget.",
               note="an invitation, not a confrontation"),
             R("hard_negative", "Third time I've asked the Leader for a date on the Hunsby village hall grant. I'll keep asking at every cabinet until we get one. That's the job.",
               note="persistent but civil; 'I'll keep asking' about a grant"),
         ]),
    dict(author="@PhilippaGedgeCon", platform="facebook", account="councillor", pattern=HR, role="hard_negative",
         note="Conservative, Skelby St Peter; criticises Ellie Bloomfield's run-off motion three times and answers the belittling once",
         rows=[
             R("hard_negative", "Cllr Ellie Bloomfield's motion on farm run-off comes to full council next week. I'll be voting against it. The aim is right, cleaner water in the Broads, but the buffer strip rules would finish the small Skelby farms and the big ones wouldn't even notice.",
               note="policy disagreement; a council motion, not a quasi-judicial matter"),
             R("filler", "Huge thanks to the Skelby harvest supper team. Ninety fed, £600 for the church roof, and not a crumb of apple pie left.",
               note="ward filler"),
             R("hard_negative", "To those saying Ellie's 'a little mawther who's never stood in a field': stop it. She's an elected councillor and she's done her homework. I think she's wrong about buffer strips and I'll argue that on the numbers, not on her age.",
               note="counter-speech quoting the belittling line to reject it"),
             R("hard_negative", "Ellie Bloomfield and I spent two hours on Mick Softley's farm at Alderholme on Friday looking at the drains. We still disagree on the motion, but she listened and I learned a thing or two about phosphates. That's how it should work.",
               note="civil mention of the same person"),
             R("filler", "The Skelby bottle bank has moved from the pub car park to the village hall. Please don't leave bags and boxes beside it, the crew can't take them.",
               note="ward filler"),
             R("hard_negative", "Ellie's amended motion is better but it's still on the huh. Fixing the sewage works at Ormingham would do more for Hunsby Broad than fencing off every ditch in Skelby. I'll say so on Thursday.",
               note="policy criticism; 'on the huh' aimed at the motion"),
         ]),
    dict(author="@CliveRaynerCon", platform="x", account="councillor", pattern=HR, role="hard_negative",
         note="Conservative, Thurnmouth Pier; one hostile post about Neil Bussey, then two civil mentions",
         rows=[
             R("filler", "Pier decking phase two starts after the panto run and the theatre stays open throughout. Phase one came in on budget, which is worth saying out loud.",
               note="ward filler"),
             R("hard_negative", "Watched Neil Bussey defend the moorings spend at scrutiny. Absolute clown. Blusters, waffles, then blames everyone but himself. How that man got the finance brief I'll never know.",
               rules=[PA], note="a single hostile post: personal attack, but one occasion is not a course of conduct"),
             R("filler", "Crab stall on the Gangway is open weekends till Christmas. Dressed crab, whelks and the best cockles on the coast. Tell them I sent you. (I don't get a discount. I asked.)",
               note="ward filler"),
             R("hard_negative", "Fair play to Neil Bussey for publishing the full reserve figures today. I still think the moorings were the wrong priority, but now we can argue about the numbers, which is how it should be.",
               note="civil mention of the same person"),
             R("filler", "Storm warning for Thursday night. Esplanade shutters go up at 6pm and the lower promenade will be closed. Please don't go wave-watching on the pier.",
               note="ward filler"),
             R("hard_negative", "Neil and I had a good mardle after cabinet about the pier budget. We won't agree on everything, but he's promised a proper look at winter maintenance. I'll hold him to it.",
               note="civil mention; 'I'll hold him to it' is about a promise"),
         ]),
    dict(author="@SamBarnardGreen", platform="bluesky", account="councillor", pattern=HR, role="hard_negative",
         note="Green, Ormingham Weavers; two hostile posts at two different people (both of them harassers here) and football banter",
         rows=[
             R("filler", "Weavers Primary walking bus restarts Monday. Volunteers wanted for the Tuesday and Thursday runs; the school sorts the DBS checks. Hi-vis provided.",
               note="ward filler"),
             R("hard_negative", "@DarrylThrowerRUK is a nasty little keyboard warrior who spends more time trolling the Leader than he's ever spent in Gorsey Hill. Pathetic.",
               rules=[PA], note="hostile post at Darryl Thrower (one occasion)"),
             R("filler", "Ormingham Repair Café this Saturday at the Weavers Hall: toasters, bikes, trouser hems. Last month we saved 48 things from the tip.",
               note="ward filler"),
             R("hard_negative", "Roger Kerrison is a dinosaur and a bully. Anyone who talks about a colleague the way he talks about Ellie isn't fit to sit on a council.",
               rules=[PA], allowed=[DF], note="hostile post at a different person, Roger Kerrison (one occasion); 'a bully' allows defamation"),
             R("hard_negative", "Canaries 3, Tractor Boys 0 😂 Sorry to my Suffolk cousins, bor, see you at the return leg. Normal for Norfolk service resumed.",
               note="football banter"),
             R("filler", "Market Street cycle lane consultation: my response backs the protected lane but asks for the loading bays to stay. It's on my blog. Tell me where I'm wrong.",
               note="ward filler"),
         ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts (7)
    # ------------------------------------------------------------------
    dict(author="@FrankDockingHunsby", platform="facebook", account="councillor", pattern=MIX, role="positive",
         note="Conservative, Hunsby and Catmere; a reed cutter",
         rows=[
             R("positive", "Sharpened the old reed hook tonight ready for the season. Fifty winters I've cut on the Hunsby marshes and my hands still know the way. Cold tea and a bacon roll by the wind pump at six tomorrow. Lovely.",
               note="personal: his own trade"),
             R("filler", "Hunsby and Catmere: the parish drainage rate letters went out with the wrong reference on them. Ignore it, a corrected letter follows. I've asked the district to cover the postage.",
               note="council business"),
             R("positive", "Our granddaughter Poppy was christened at St Botolph's on Sunday, in the same gown her nan and her mum wore. Proud old grandad here, I blarred like a baby. 😊",
               allowed=[DP], note="family: a named granddaughter; data protection allowed"),
             R("filler", "Budget consultation drop-in at Hunsby village hall Wednesday, 2 till 7. Officers will be there to talk through the parking charges and the ranger proposals. Come and tell them what you think.",
               note="council business"),
             R("positive", "Anyone seen a black and white collie answering to Nell round Catmere? Slipped her lead at the staithe this afternoon. Daft as a brush but friendly. Frank, 07700 900412.",
               allowed=[DP], note="personal: his own lost dog and his own number; a tool without his contact details may fairly raise data protection"),
             R("filler", "Good news: the Catmere Staithe moorings stay free for residents this winter. Thank you to everyone who signed the petition.",
               note="council business"),
         ]),
    dict(author="@StuNobbsWadsey", platform="x", account="councillor", pattern=MIX, role="positive",
         note="Conservative, Wadsey; a crab fisherman",
         rows=[
             R("positive", "Last pots up this morning before the weather turns. Poor season for crab, decent for lobster. Boat's on the trailer and my back's reminding me I'm 61. Fish supper at the Ship tonight.",
               note="personal: his own boat and age"),
             R("filler", "Wadsey cliff-top residents: the rollback grant window opens on the 9th. I'll help anyone fill in the forms, no charge, just drop me a message.",
               note="council business"),
             R("positive", "Happy 40th anniversary to my Sheila. Married at Wadsey chapel in a force 8, and she's put up with me and the smell of bait ever since. ❤️",
               allowed=[DP], note="family: a named wife; data protection allowed"),
             R("filler", "Beach ramp at Wadsey gap is closed after the last storm took the bottom section. Tractor launching for licensed boats only until it's fixed. District engineers on site Monday.",
               note="council business"),
             R("positive", "Young Jack landed his first lobster off the Point today. Eleven years old and grinning like a Cheshire cat. Grandad's never been prouder. 🦞",
               allowed=[DP], note="family: a named grandson with his age; data protection allowed"),
             R("filler", "Asked at cabinet tonight why Wadsey gets half the coastal maintenance budget Thurnmouth gets. Answer: 'historic allocation'. Not good enough, and I'll keep on at it.",
               note="council business"),
         ]),
    dict(author="@ChairOTDC", platform="x", account="councillor", pattern=MIX, role="positive",
         note="the Chair of the Council's civic account (Jean Ransome)",
         rows=[
             R("filler", "An honour to lay the district's wreath at the Thurnmouth war memorial this morning. Thank you to the Sea Cadets and to the standard bearers who stood in that wind.",
               note="civic duty"),
             R("positive", "Not a civic engagement today: Bryan had his new hip done in Norwich this morning and is already complaining about the custard. Thank you to the nurses on the orthopaedic ward.",
               allowed=[DP], note="family: the husband's operation, named; data protection allowed"),
             R("filler", "The Chair's charity quiz raised £2,214 for the Thurnmouth lifeboat. Thank you to every table, and to the Ormingham team who won on the tie-breaker by a single point.",
               note="civic duty"),
             R("positive", "Bramble the spaniel has eaten one of the Chair's white gloves. The chain of office is safe, we checked. 🐶",
               note="personal: her dog, on the civic account"),
             R("filler", "Civic service at St Nicholas, Ormingham, on Sunday at 3. Everyone welcome, tea in the church rooms afterwards.",
               note="civic duty"),
             R("positive", "Sunday lunch for my sister's 70th in Thurnmouth: three generations, two crab salads and one very burnt pavlova. Had a lovely mardle with cousins I hadn't seen in years.",
               allowed=[DP], note="family: a sister's age; data protection allowed"),
         ]),
    dict(author="@AshaPatelLD", platform="bluesky", account="councillor", pattern=MIX, role="positive",
         note="Liberal Democrat, Ormingham Market; planning her wedding",
         rows=[
             R("filler", "Ormingham Market ward surgery has moved to the library this month because the Town Hall lift is out again. Saturday 10 till 12.",
               note="council business"),
             R("positive", "Wedding countdown: 23 days. Mehndi booked, the lehenga's had its final fitting and Mum has invited roughly half of Leicester. Send help (and samosas).",
               note="personal: her own wedding; nobody named"),
             R("filler", "Glad to back the motion keeping Ormingham's public toilets open until 8pm. It's an access issue, not a luxury.",
               note="council business"),
             R("positive", "Ravi's nani is flying in from Nairobi for the wedding at 91 and has already asked whether Norfolk has proper chillies. Reader, it does not. 🌶️",
               allowed=[DP], note="family: a named fiance and his grandmother's age; data protection allowed"),
             R("filler", "Diwali lights on Market Place tonight were brilliant. Thanks to the traders and the temple committee for making it happen, and to the district's events team for the road closure.",
               note="council business with a community event"),
             R("positive", "Flattened by a migraine all week and the cat refused to let me sleep it off. Back to emails tomorrow, sorry for the wait.",
               note="personal: her own health (her own data, nothing allowed)"),
         ]),
    dict(author="@MickSoftleyBCI", platform="facebook", account="councillor", pattern=MIX, role="positive",
         note="Broads and Coast Independents, Alderholme; a farmer",
         rows=[
             R("positive", "Beet lifted on the top field today, wet as anything. Tractor stuck twice. My boy Lewis pulled me out with the old Ford and I'll never hear the end of it.",
               allowed=[DP], note="personal and family: a named son; data protection allowed"),
             R("filler", "Alderholme drainage mill restoration: the district's heritage grant is confirmed at £18,000. Work starts in the spring. Thank you to the Mill Trust volunteers who never gave up.",
               note="council business"),
             R("positive", "Tups went in with the ewes this week. Fingers crossed for a quieter lambing than last spring. Rum ol' life, farming.",
               note="personal: his own farm"),
             R("filler", "Speed watch on Alderholme Street: 312 vehicles over the limit in two hours. Figures have gone to the police and the county. We need that 20 zone.",
               note="council business"),
             R("positive", "35 years married today. Fish and chips in the car on Thurnmouth front with the heater on, same as our first date. She still pinches my chips.",
               note="family: wedding anniversary, nobody named"),
             R("filler", "Planning training for councillors today. Worth repeating to colleagues: keep an open mind, and don't say how you'll vote before the committee has heard the evidence.",
               note="council business; shares words with predetermination but advises against it"),
         ]),
    dict(author="@AlisonWeggLD", platform="x", account="councillor", pattern=MIX, role="positive",
         note="Liberal Democrat, Tofthorpe; a retired teacher and birdwatcher",
         rows=[
             R("positive", "First skeins of pinkfeet over the house at dawn, thousands of them. Stood in the garden in my dressing gown dudderin' like a daft old woman, tears in my eyes. Gets me every autumn.",
               note="personal: birds and her garden"),
             R("filler", "Tofthorpe: the mobile library is back on Tuesday afternoons from next week. Stops at the pub and the chapel.",
               note="council business"),
             R("positive", "My husband Graham turns 75 tomorrow and still insists on going up the ladder to clear the gutters. Advice on hiding ladders gratefully received.",
               allowed=[DP], note="family: a named husband with his age; data protection allowed"),
             R("filler", "Asked the Cabinet Member for Planning for a timetable on the Tofthorpe neighbourhood plan. Answer promised in the new year. I'll chase.",
               note="council business"),
             R("positive", "Found a bishy-barney-bee tucked up in the porch for the winter. Left her be. Norfolk ladybirds deserve a quiet winter too.",
               note="personal: her porch"),
             R("filler", "Litter pick on the Tofthorpe to Coldholme cycle path Sunday, meet at the crossroads at 10. Grabbers and bags provided, bring gloves.",
               note="council business"),
         ]),
    dict(author="@DennisLakeCon", platform="x", account="councillor", pattern=MIX, role="positive",
         note="Conservative, Coldholme; works nights at the gas terminal",
         rows=[
             R("filler", "Coldholme bus shelter finally replaced after the lorry took it out in August. Six weeks late, but it's there.",
               note="council business"),
             R("positive", "Four nights on at the terminal done. Three hours' sleep and straight into the licensing panel. Coffee number four. If I yawn through the hearing, forgive me.",
               allowed=[HA], note="personal: his own job and tiredness, mixed with a council duty; haste allowed for the tiredness"),
             R("filler", "Coastal path diversion at Coldholme cliffs is lifted. Thanks to the rangers for the new steps, they've done a lovely job.",
               note="council business"),
             R("positive", "Chucking the Christmas lights up on the bungalow today. Strings everywhere and half of them dead. My wife says I say never again every year. She's right.",
               note="personal: home, wife unnamed"),
             R("filler", "Coldholme: the district has agreed a second grit bin for Cliff Road after last winter. It goes in before the end of the month.",
               note="council business"),
             R("positive", "Canaries away day Saturday. Three of us, one flask, no expectations. Dew yew keep a troshin', boys. 💛💚",
               note="personal: football"),
         ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts (2)
    # ------------------------------------------------------------------
    dict(author="@JoyceBalesLab", platform="facebook", account="councillor", pattern=MIX, role="hard_negative",
         note="Labour, Ormingham Weavers; personal and communal asides serving council messages",
         rows=[
             R("hard_negative", "I was a dinner lady at Weavers Primary for 22 years, so I know what a hot meal does for a child's afternoon. That's why I'm backing the holiday food vouchers at cabinet next week.",
               note="her own past job as the reason for a council position"),
             R("hard_negative", "Mums, dads, nans and grandads: the Weavers Family Hub is open all through half term with free activities and a warm room. Just turn up.",
               note="family words addressed to residents"),
             R("hard_negative", "A mum at my surgery said, 'My lad's been on his mate's sofa since August.' That's the housing list in Ormingham right now, and it's why the district's housing strategy matters so much.",
               note="a quoted, unnamed resident's family"),
             R("hard_negative", "Weavers born or a furriner like me who came in 1979, the new heritage trail on Cloth Hall Lane is for all of us. My late husband worked the looms at Bulwer's mill all his life and I think he'd have loved it.",
               note="a personal memory serving a council message; nobody named"),
             R("hard_negative", "Young carers' drop-in starts at the library on Thursdays after school. If you look after someone at home, this is for you. Bring a mate.",
               note="a council service for families"),
             R("hard_negative", "Hold you hard before you bin that old coat: the winter coat rail at the Weavers Hall needs children's sizes most of all. Drop-off Monday to Friday, 9 till 4.",
               note="a community appeal"),
         ]),
    dict(author="@KeironPointerBCI", platform="x", account="councillor", pattern=MIX, role="hard_negative",
         note="Broads and Coast Independents, Stowby Heath; personal and communal asides serving council messages",
         rows=[
             R("hard_negative", "My dad drove a beet lorry for thirty winters, so I know the drivers aren't the problem at the Stowby crossroads. The junction is. Cabinet has now agreed a safety review.",
               note="a family aside serving a road-safety message"),
             R("hard_negative", "A resident told me, 'My husband can't get to the surgery since they cut the 9 bus.' She's not the only one. I've asked the county to bring back the Tuesday service.",
               note="a quoted, unnamed resident"),
             R("hard_negative", "Dads' breakfast club at Stowby Heath school restarts Friday: bacon rolls and a story with the kids before work. The mums' one is Wednesdays.",
               note="family words in a community notice"),
             R("hard_negative", "As a grandad myself I was made up to see the new play area on Heath Road open today. Thass a rare good job the parish have done.",
               note="a personal aside serving a council message"),
             R("hard_negative", "Stowby Heath Remembrance: the children's poppy trail goes up on Monday. Families, please don't move the poppies, each one stands for a name on the memorial.",
               note="a community notice"),
         ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts (2)
    # ------------------------------------------------------------------
    dict(author="@neil_on_the_wherry", platform="facebook", account="personal", pattern=MIX, role="hard_negative",
         note="Neil Bussey's separate personal account: the family wherry, grandchildren",
         rows=[
             R("hard_negative", "Maud got her new mainsail today. Four of us, a lot of language and two cups of tea to get it hoisted. Worth every blister. ⛵",
               note="personal account, personal content"),
             R("hard_negative", "Grandkids down for half term. Crabbing off the staithe with bacon on a string: 27 crabs, one very cross duck, and the youngest blarred when the biggest one got away.",
               note="personal account; grandchildren unnamed"),
             R("hard_negative", "Snapped the quant on the way back from Hunsby Broad and had to paddle the last bit with a floorboard. Don't tell the yard.",
               note="personal account, personal content"),
             R("hard_negative", "Frost on the deck this morning and a kingfisher on the mooring post. Mornings like this are why I never left.",
               note="personal account, personal content"),
             R("hard_negative", "Fish pie, a fire and an old film. Sunday sorted.",
               note="personal account, personal content"),
         ]),
    dict(author="@ellie_dips_at_dawn", platform="bluesky", account="personal", pattern=MIX, role="hard_negative",
         note="Ellie Bloomfield's separate personal account: sea swimming and baking",
         rows=[
             R("hard_negative", "Sea was 11° at Sallowby this morning. Lasted nine minutes. A seal watched me the whole time, clearly judging.",
               note="personal account, personal content"),
             R("hard_negative", "Dudderin' on the shingle after today's dip. Mum says I'll catch my death. Mum is probably right.",
               note="personal account; mother unnamed"),
             R("hard_negative", "Sourdough attempt number four: finally something that isn't a doorstop. Small wins.",
               note="personal account, personal content"),
             R("hard_negative", "First dodman of the autumn on the garden path. Carried him to the hedge. He did not say thank you. 🐌",
               note="personal account, personal content"),
             R("hard_negative", "Dawn swim crew: 14 of us, a flask of hot chocolate and a birthday cake balanced on a cool box. Best start to a Friday.",
               note="personal account, personal content"),
         ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (6, facebook pages)
    # ------------------------------------------------------------------
    dict(author="@SadieLovedayLab", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Labour, Thurnmouth Pier",
         rows=[
             R("filler", "Thursday at Thurnmouth library, 10 till 12: a welcome coffee morning for the families staying at the Cliff Hotel, with the school admissions team and the GP practice manager. Volunteers with a bit of French, Arabic or Pashto especially welcome.",
               note="the owner's post"),
             C("positive", "Craig Dunthorne", "Welcome?? Ship the lot of them back where they came from. Can't walk along the front now without hearing that jabber. Thurnmouth's full.",
               allowed=[EQ], note="racist comment left up"),
             C("hard_negative", "Maureen Thaxter", "I can help on Thursday, I did French at evening class years ago. Who do I talk to?",
               note="civil comment"),
             C("hard_negative", "owner", "Thank you Maureen! I'll message you the volunteer form tonight.",
               note="owner replies to a civil commenter without removing the abusive comment above"),
             C("positive", "Lee Crowe", "Bet they get a free phone and a GP appointment the same day while my mum waits three weeks. Somebody ought to pay that hotel a visit one night and smoke the rats out.",
               allowed=[BU, EQ], note="threat and dehumanising language left up"),
             R("filler", "Pier repair update: the storm damage on the east side will be fixed by March and the pier stays open meanwhile. The district is putting in £140k and the Pier Trust the rest.",
               note="the owner's post"),
             C("positive", "Shane Pightling", "Sadie Loveday you useless f***ing waste of space. £140k on a rotting pier while Gorsey Hill gets nothing. Do one.",
               allowed=[AB, PA], note="obscene abuse of the page owner left up"),
             C("hard_negative", "Ron Farrow", "Will the fishing deck at the end be open over Christmas?",
               note="civil comment"),
         ]),
    dict(author="@RussLubbockLab", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Labour, Gorsey Hill",
         rows=[
             R("filler", "The encampment on Gorsey Hill rec left on Monday and the site has been cleaned. I know it's been a difficult few weeks. The district is consulting on a permanent transit site so this doesn't keep happening: have your say by the 20th.",
               note="the owner's post"),
             C("positive", "Karl Mayes", "Dirty thieving tinkers, every time they turn up something goes missing off the allotments. A transit site means we're stuck with them for good.",
               allowed=[EQ], note="slur against Travellers left up"),
             C("positive", "Jamie Larter", "Next time they pitch up on the rec a few of us will sort it ourselves, bor. Council's too soft. Bring a can of petrol.",
               allowed=[BU], note="threat left up"),
             C("hard_negative", "Iris Goffin", "Thanks Russell, the clean-up crew did a good job. Where do I find the consultation?",
               note="civil comment"),
             C("hard_negative", "owner", "Thanks Iris. It's on the council website under 'Have your say', or there are paper copies at the library.",
               note="owner replies under the same post without removing the comments above"),
             R("filler", "Boy racers on the Gorsey Hill estate again last night. I've met the police and the district's anti-social behaviour team this week. Please report with times and places on 101, it all builds the case.",
               note="the owner's post"),
             C("positive", "Tracey Moy", "It's that lad Kyle Bunn from 14 Heathfield Loke, everyone knows it. Red Corsa, plate starts AY19. His mum's on drugs and does nothing about him.",
               allowed=[DP, DF], note="a private person's name, address and partial plate, and his mother's drug use, left up"),
         ]),
    dict(author="@LucyAmisWadsey", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Broads and Coast Independents, Wadsey",
         rows=[
             R("filler", "The coastal transition team will be at Wadsey Village Hall on Tuesday for one-to-one chats with cliff-top households about the rollback scheme. Book a slot with me or just turn up.",
               note="the owner's post"),
             C("positive", "Neville Sayer", "That Adrian Lusher's been taking backhanders off the caravan park owners to let our homes go in the sea so they can have the land after. Everyone knows. He's bent.",
               allowed=[DF, OF], note="bribery allegation about a named officer left up"),
             C("hard_negative", "Brenda Kett", "Rollback my eye. It's all squit. Fifteen years of consultations and the cliff's still falling in. The council don't care about Wadsey and never have.",
               note="rude but acceptable: aimed at the council and the scheme"),
             C("hard_negative", "owner", "Brenda, I hear you. Come on Tuesday and tell them that to their faces, I'll be right there with you.",
               note="owner reply"),
             R("filler", "Wadsey lighthouse open day raised £960 for the Lighthouse Trust, and 140 of you climbed all 112 steps! Thank you to the volunteers.",
               note="the owner's post"),
             C("positive", "Wayne Clabburn", "Lighthouse my arse. Who gives a flying f*** about a lighthouse when the whole f***ing village is going in the sea. Useless t***s the lot of you.",
               allowed=[AB, PA], note="obscene comment left up"),
             C("positive", "Lorna Bishop", "While we're on about Wadsey, the woman at 3 Lighthouse Lane has been on the sick for years with her 'bad back' and her depression and still goes dancing every Friday. Somebody should report her.",
               allowed=[DP, DF], note="a private person's address and health, with a benefit-fraud insinuation, left up"),
         ]),
    dict(author="@WendySpurgeonLD", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Liberal Democrat, Thurnmouth Cliftop",
         rows=[
             R("filler", "Thurnmouth's first Pride picnic on the Cliftop Gardens was a joy: 300 people, a brass band and rainbow bunting all round the bandstand. Thank you to everyone who came, and to the parks team.",
               note="the owner's post"),
             C("positive", "Royston Ollett", "Disgusting. Keep that filth away from our children and our bandstand. Unnatural, the lot of them.",
               allowed=[EQ], note="homophobic comment left up"),
             C("hard_negative", "Ann Tubby", "It was a lovely afternoon. My granddaughter loved the band, she's been marching round the kitchen ever since.",
               note="civil comment"),
             R("filler", "The council tax premium on second homes starts in April: around £2m a year for the district. I've asked for a fair share to go on homes for young Thurnmouth people.",
               note="the owner's post"),
             C("positive", "Dale Platten", "Burn them out. Every dark second home on the Cliftop should go up one night, then see how quick they sell.",
               allowed=[BU], note="incitement to arson left up"),
             C("positive", "Jackie Harbord", "The one who owns half of Cliff Terrace is Vernon Mallet. Ring him on 07700 900786 and tell him what you think. He bribed the planning committee to get his holiday lets through.",
               allowed=[DP, SC, DF], note="a private person's mobile number and a bribery allegation left up"),
             C("hard_negative", "Norman Loades", "A premium? Should be triple. Half the Cliftop is dark from October to Easter, it's a ghost town. You lot have been asleep on this for years.",
               note="robust but acceptable"),
             C("hard_negative", "owner", "Norman, triple would need a change in the law, but I'm with you on the ghost town. I'm pushing for the money to stay in Thurnmouth.",
               note="owner replies under the same post without removing the comments above"),
         ]),
    dict(author="@PamHewittBCI", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Broads and Coast Independents, Coldholme",
         rows=[
             R("filler", "Coldholme surgery: the practice has confirmed it is NOT closing, but Tuesday afternoon appointments move to Stowby Heath from January. I know that's hard without a car, so I'm working on a community car scheme.",
               note="the owner's post"),
             C("positive", "Debbie Arnup", "The receptionist, Kelly Shreeve, is a nasty stuck-up cow. Told the whole waiting room old Mr Fisk from the Chase has got prostate cancer. Sack her.",
               allowed=[DP, PA], note="abuse of a named receptionist and a named neighbour's diagnosis left up"),
             C("hard_negative", "Rosemary Dack", "A car scheme would be wonderful, Pam. I could drive on Tuesdays.",
               note="civil comment"),
             R("filler", "Dog fouling on the Coldholme cliff path: the district's enforcement officer will be patrolling for the next month. Free bags at the café.",
               note="the owner's post"),
             C("positive", "Shaun Benstead", "Enforcement officer? Useless b*****ds couldn't catch a cold. Pamela Hewitt you're as thick as the dog s**t on that path.",
               allowed=[AB, PA], note="obscene abuse of the page owner left up"),
             C("positive", "Gail Wilby", "It's the Romanians from the turkey farm, they don't pick up after anything. Dirty animals. Get them out.",
               allowed=[EQ], note="racist comment left up"),
             C("hard_negative", "Alfie Jarvis", "About time. Path's been a minefield since the summer. Normal for Norfolk, we wait a year for anything.",
               note="rude but acceptable"),
             C("hard_negative", "owner", "Alfie, patrols start Monday. Fingers crossed it makes a difference.",
               note="owner replies under the same post without removing the comments above"),
         ]),
    dict(author="@PeteAlstonCon", platform="facebook", account="councillor", pattern=MOD, role="positive",
         note="Conservative, Kettleby Staithe",
         rows=[
             R("filler", "Speeding hire boats below Kettleby bridge: the Navigation Trust is adding two patrol days a week for the rest of the season. Please report dangerous boating to the Trust with the boat's name.",
               note="the owner's post"),
             C("positive", "Jason Hipkin", "Whole problem is Darren Bircham at Kettleby Marine. Fiddles the safety certificates on half his fleet and pays off the Trust inspectors. Crook.",
               allowed=[DF], note="fraud and bribery allegation about a named company owner left up"),
             C("hard_negative", "Elaine Storey", "The patrol boat was out Saturday and it made a real difference at the bend.",
               note="civil comment"),
             C("hard_negative", "owner", "Good to hear, Elaine. I'll pass that on to the Trust.",
               note="owner replies under the same post without removing the comment above"),
             R("filler", "Kettleby Staithe Christmas lights switch-on Friday, 5pm by the boat sheds. Carols from the school, mulled apple juice and Santa arriving by wherry. 🎅",
               note="the owner's post"),
             C("positive", "Kirk Spink", "Santa by wherry while the staithe car park charges go up. You fat useless old Tory, Alston. Go back to your golf club.",
               allowed=[PA, EQ], note="abuse of the page owner, with an age put-down, left up"),
             C("positive", "Mandy Bunting", "Will the foreigners from the boatyard hostel be coming? Hope not, it's all Eastern Europeans nicking bikes off the staithe.",
               allowed=[EQ], note="xenophobic comment left up"),
             C("hard_negative", "Stan Sutton", "Mulled apple juice? Bor, it's Christmas. Half of Kettleby will bring their own.",
               note="banter"),
         ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts (2)
    # ------------------------------------------------------------------
    dict(author="@AnnetteDyeCon", platform="facebook", account="councillor", pattern=MOD, role="hard_negative",
         note="Conservative, Sallowby Gap; robust comments and owner replies",
         rows=[
             R("hard_negative", "Seal season parking at Sallowby Gap: the overflow field opens weekends from Saturday, £4 a day, residents free with a permit. Please don't park on the verges, the bus can't get through.",
               note="the owner's post"),
             C("hard_negative", "Rita Plunkett", "£4 to look at a seal. Daylight robbery. Total squit.",
               note="rude but acceptable: aimed at the charge"),
             C("hard_negative", "Owen Kemp", "The verges were chaos last winter. The field's a good idea, well done.",
               note="civil comment"),
             C("hard_negative", "owner", "Thanks Owen. Rita, residents and Blue Badge holders park free, and the £4 pays for the wardens.",
               note="owner reply"),
             R("hard_negative", "Beach hut rents at Sallowby for next year: a 3% rise, the first in four years. The full list is on the council website.",
               note="the owner's post"),
             C("hard_negative", "Denise Howlett", "Absolute joke. You lot would charge us for the sea air if you could. Vote them out, the lot of them.",
               note="robust but acceptable"),
             C("hard_negative", "Carl Wymer", "Bor, 3% is nothing next to what the Thurnmouth huts pay. Stop moaning.",
               note="robust reply to another commenter"),
             C("hard_negative", "owner", "Fair challenge, Denise. The breakdown of what the rents pay for is on page 4 of the report.",
               note="owner reply"),
         ]),
    dict(author="@NathanSelfGreen", platform="facebook", account="councillor", pattern=MOD, role="hard_negative",
         note="Green, Coldholme; a removal notice and robust comments",
         rows=[
             R("hard_negative", "I've removed a comment from my post about the school crossing because it named a local family and their children. Please don't do that here. Disagree with me as much as you like, but leave private people out of it.",
               note="removal notice: the owner acted on a bad comment"),
             C("hard_negative", "Phil Edrich", "Censorship, that is. Greens only like free speech when it agrees with them.",
               note="robust but acceptable"),
             C("hard_negative", "owner", "Phil, you're welcome to say that, and you just did. Naming children is where I draw the line.",
               note="owner reply"),
             R("hard_negative", "Consultation on the new flare stack at the Coldholme terminal: the district is a consultee, not the decision maker. I'll hold a drop-in at the chapel on Wednesday evening to share what we know.",
               note="the owner's post"),
             C("hard_negative", "Stephen Harmer", "Greens want us all freezing in the dark. That terminal is 400 jobs. Leave it alone.",
               note="robust but acceptable"),
             C("hard_negative", "Lynn Cator", "The flaring woke my whole house at 3am last month. Glad somebody's asking questions.",
               note="civil comment"),
             C("hard_negative", "Andy Middleton", "A drop-in at the chapel. Lovely. Squash and biscuits while they gas us all. What a shambles.",
               note="sarcastic but aimed at the process, not a person"),
         ]),
]


def weekdays():
    d = dt.date(2026, 9, 14)
    end = dt.date(2026, 11, 27)
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(day, minutes):
    t = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if RANK[s] > RANK[best]:
            best = s
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        # group each post (or reply) with the comments under it, in written order
        groups = []
        for r in acc["rows"]:
            if r["kind"] == "comment":
                groups[-1].append(r)
            else:
                groups.append([r])
        n = len(groups)
        for i, grp in enumerate(groups):
            lo = (i * len(days)) // n
            hi = ((i + 1) * len(days)) // n
            day = days[rng.randrange(lo, hi)]
            ncom = len(grp) - 1
            latest = 18 * 60 + 59 - 55 * ncom
            minute = rng.randint(8 * 60, latest)
            post_key = None
            for j, r in enumerate(grp):
                if j > 0:
                    minute += rng.randint(4, 55)
                rules, allowed = list(r["rules"]), list(r["allowed"])
                pattern = acc["pattern"]
                if r["kor"] == "positive":
                    rules = [pattern] + rules
                elif r["kor"] == "filler" and acc["role"] == "positive":
                    allowed = [pattern] + allowed
                row = {
                    "text": r["text"],
                    "author": acc["author"],
                    "created_at": stamp(day, minute),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = acc["author"] if r["by"] == "owner" else r["by"]
                    row["parent_id"] = post_key
                row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
                row["family"] = "hard_negative" if r["kor"] == "hard_negative" else pattern
                row["account_pattern"] = pattern
                row["account_role"] = acc["role"]
                row["kind_of_row"] = r["kor"]
                row["note"] = r["note"]
                key = len(rows)
                if j == 0:
                    post_key = key
                row["_key"] = key
                rows.append(row)
    order = list(range(len(rows)))
    rng.shuffle(order)
    ids = {}
    for n, key in enumerate(order, 1):
        ids[key] = "%s-%04d" % (SET, n)
    out = []
    for key in order:
        row = dict(rows[key])
        del row["_key"]
        obj = {"id": ids[key]}
        for k, v in row.items():
            if k == "parent_id":
                v = ids[v]
            obj[k] = v
        out.append(obj)
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def main(argv):
    path = os.path.join(HERE, "accounts.jsonl")
    if len(argv) == 3 and argv[1] == "--out":
        path = argv[2]
    elif len(argv) != 1:
        sys.exit("usage: build.py [--out FILE]")
    data = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d rows to %s" % (data.count("\n"), os.path.basename(path)))


if __name__ == "__main__":
    main(sys.argv)
