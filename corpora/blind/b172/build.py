#!/usr/bin/env python3
"""Build blind set b172 (account-level rules) for Raddenmoor and Hallow Hills.

Every text below was written by hand for this set. The script keeps each
account's rows in written order, gives each account's posts one day each
(one per chunk of the 45 weekdays 26 Jan - 27 Mar 2026), gives comments times
4 to 55 minutes after the row before them under the same post, shuffles all
rows with a fixed seed, assigns ids B172-NNNN, resolves parent_id and writes
accounts.jsonl. Standard library only; running it twice gives the same bytes.

Usage: python3 build.py [--out FILE]
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B172"
SEED = 17272

HARASS = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"

# Base severities (the lower one where the catalogue says "review; block when severe").
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
    HARASS: "block",
    MOD: "review",
    MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# short names for the post rules used in `rules` / `allowed`
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


def account(handle, platform, pattern, role, acct="councillor", who=""):
    a = {"handle": handle, "platform": platform, "pattern": pattern,
         "role": role, "account": acct, "who": who, "threads": []}
    ACCOUNTS.append(a)
    return a


def post(a, kor, text, rules=(), allowed=(), note="", kind="post", after=None):
    """kor: 'pos' (expects the account rule), 'hn' (hard negative), 'fill'.
    after = (handle, n): the post reacts to post n (0-based, in written order)
    of an account written earlier, so it must fall on a later day."""
    a["threads"].append({"kor": kor, "text": text, "rules": list(rules),
                         "allowed": list(allowed), "note": note, "kind": kind,
                         "after": after, "comments": []})


def comment(a, by, kor, text, rules=(), allowed=(), note=""):
    """A comment under the account's latest post; by = a member of the public
    by name, or the owner's handle for the owner's own reply."""
    a["threads"][-1]["comments"].append(
        {"kor": kor, "by": by, "text": text, "rules": list(rules),
         "allowed": list(allowed), "note": note})

# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts (hostile posts at one person)
# ---------------------------------------------------------------------------

a = account("@DarrenLockReform", "x", HARASS, "positive",
            who="Darren Lock (Reform UK, Sellick Hill) -> Catherine Yeandle, Leader")
post(a, "fill", "Sellick Hill bus shelter finally mended after FOUR months of reporting it. Cheers to the highways lads who came out in the sideways rain to do it. Proper job 👍")
post(a, "pos", "Catherine Yeandle stood up in full council and told us the harbour wall money is 'ring-fenced'. She wouldn't know a ring fence if she was stood in the middle of one. A mommet in a lanyard. All flap, nothing inside.",
     rules=[PA], note="hostile occasion 1: 'a mommet in a lanyard' (scarecrow) belittles the Leader personally")
post(a, "fill", "Met the Sellick Hill allotments committee this morning. Trough on plot 9 has split, logged it with the council, will chase it up dreckly if nothing happens.")
post(a, "pos", "@CathYeandleLD Blocked me have you, my lover? Doesn't matter. I'll tag you from the residents' page, from the wife's account, from wherever. Every post. You don't get to hide from Sellick Hill.",
     allowed=[BU], kind="reply",
     note="hostile occasion 2: an x reply pursuing her after she blocked him; unwanted contact imposed, bullying allowed")
post(a, "pos", "Another Yeandle speech about 'listening to coastal communities' 🙄 She listened so hard she missed the Culvermouth flood meeting altogether. Slow clap for our glorious Leader 👏👏👏",
     rules=[IR], allowed=[PA], note="hostile occasion 3: mock praise ('Slow clap', 'glorious Leader')")
post(a, "fill", "Surgery this Saturday 10 till 12, Sellick Hill Methodist hall. Bring your parking fines and your potholes, I'll bring the biscuits.")
post(a, "pos", "Funny thing. Catherine Yeandle drives home over Brendle Cross every night about half six, long dark road over the top. Someone ought to have a proper word with her about that harbour money while she's up there on her own.",
     rules=[BU], note="hostile occasion 4: her route and time home named with 'on her own'; veiled menace")

a = account("@TessaGamlin", "facebook", HARASS, "positive",
            who="Tessa Gamlin (Conservative, Cuddicombe) -> Kate Perryman, Harbours Manager (officer)")
post(a, "fill", "The new roof on Cuddicombe parish hall is ON! Twelve years of cake stalls, quiz nights and one very wet sponsored walk. Thank you everyone x")
post(a, "pos", "Harbour dues up 18% at Sellick and Culvermouth and who signed it off? Kate Perryman, our 'Harbours Manager', who has never set foot on a boat that wasn't a pedalo. The fishermen deserve someone who knows a quay, not a clipboard sent down from head office.",
     rules=[OF, PA], note="hostile occasion 1: an officer named and belittled in public")
post(a, "fill", "Ponies out on the road by the Cuddicombe cattle grid again. PLEASE slow down coming off the hill, two near misses this week and it's pitch black by five.")
post(a, "pos", "Kate Perryman has once again refused to meet the Culvermouth boat owners. Paid a fortune to hide in Quayside House. Useless. And someone might mention to her that the boys on the quay know exactly which car is hers in the harbour car park.",
     rules=[OF, PA, BU], note="hostile occasion 2: 'Useless', and her car is known on the quay; intimidation")
post(a, "fill", "Cuddicombe Easter lambing walk is ON, meet at the church gate 10am. Wellies essential, small dogs on leads, big dogs at home please!")
post(a, "pos", "Third time of asking. Kate Perryman's 'review' of the slipway charges is a whitewash and she knows it. If she can't do the job she should clear her desk, and I will bring her name up at every committee until she does.",
     rules=[OF], allowed=[PA, DF, BU],
     note="hostile occasion 3: 'a whitewash and she knows it' insinuates bad faith; pursuing her name 'at every committee until she does' (goes)")

a = account("@CraigVennRUK", "bluesky", HARASS, "positive",
            who="Craig Venn (Reform UK, Culvermouth) -> Mo Hussain (Labour, Minstow)")
post(a, "fill", "Culvermouth lifeboat launched twice this week in filthy weather. We owe that crew everything. Bucket's on the bar at the Anchor all week.")
post(a, "pos", "Cllr Mo Hussain wants a 'multi-faith room' in the new Minstow leisure centre. Course he does. How about looking after the people who were born and bred here first, Mo?",
     allowed=[EQ, PA], note="hostile occasion 1: 'Course he does' and 'born and bred here first' code his faith and origin; equality allowed, not expected")
post(a, "pos", "Mo Hussain voted AGAINST the Culvermouth fish quay grant. Tells you whose side he's on. His sort have never done a day's graft on the boats and never will.",
     allowed=[EQ, PA], note="hostile occasion 2: 'his sort' (faith/ethnicity or party?) left ambiguous; equality and personal attack allowed")
post(a, "fill", "Fish quay ice machine fixed at last. Three weeks the boats were buying ice in from Sellick. Not good enough, but it's done.")
post(a, "pos", "Hussain was at the mosque in Kilverton AGAIN on Friday instead of the Minstow flood meeting. Priorities, eh. Folk round here are sick of being told to respect a religion that doesn't respect us.",
     rules=[EQ], allowed=[PA], note="hostile occasion 3: attacks him and his faith (religion or belief)")
post(a, "fill", "Coast path at Culvermouth Point still shut after the slip. Diversion is signed from the lime kiln, please don't climb the fence, it isn't safe.")

a = account("@NigelBawdenCon", "x", HARASS, "positive",
            who="Nigel Bawden (Conservative, Wringcombe and Yarnacott) -> Ffion Bellamy (Green, Stowell Hallow)")
post(a, "fill", "Gritter's been up Wringcombe Hill at last. Took three emails and a phone call but we got there. Thanks to the depot at Kilverton.")
post(a, "pos", "Read Ffion Bellamy's 'report' on swaling. It's a colouring book. Somebody give the girl a box of crayons and a nap and let the people who actually farm the moor get on with it.",
     rules=[PA], allowed=[EQ], note="hostile occasion 1: 'give the girl a box of crayons and a nap' belittles her (age/sex put-down allowed as equality)")
post(a, "pos", "Hear Ffion's off on maternity leave in the spring and STILL wants her allowance and the chair of the moorland working group. Can't have it both ways, love. Babies or the moor, pick one.",
     rules=[EQ], allowed=[PA], note="hostile occasion 2: pregnancy and maternity used against her")
post(a, "fill", "Deer count on Yarnacott Common Sunday: 140-odd red deer, including a cracking old stag with a broken brow tine. Thanks to everyone who came out at first light.")
post(a, "pos", "@FfionBellamyGreen Oh well DONE Ffion 🙄 another motion nobody asked for. Truly visionary stuff. The deer of Wringcombe salute you.",
     rules=[IR], allowed=[PA], kind="reply", note="hostile occasion 3: mock praise as an x reply to her")
post(a, "fill", "Wassail at Yarnacott orchard was a belter. Toast in the branches, shotguns up at the sky (blanks!), scrumpy in the cups. Same again next year.")
post(a, "pos", "Ffion Bellamy, I've told you twice now to keep your nose out of Wringcombe. Come up the combe again with your clipboard and your little Green mates and you'll find out how we do things up here.",
     rules=[BU], allowed=[PA], note="hostile occasion 4: 'you'll find out how we do things up here'; threat")

a = account("@KieranDobleLab", "facebook", HARASS, "positive",
            who="Kieran Doble (Labour, Kilverton North) -> Rupert Vowles, Conservative Group leader")
post(a, "fill", "Kilverton food bank needs tinned fish, UHT milk and nappies (size 4 and 5) this week. Drop-off at St Aldhelm's hall Tues/Thurs.")
post(a, "fill", "The 28 bus is back to hourly from next month after we pushed for it. Small win, but it matters if you're getting to Sellick hospital without a car.")
post(a, "pos", "Rupert Vowles lecturing Kilverton about 'living within our means' from the back of a Range Rover his daddy's shoot paid for. Parasite. An absolute parasite.",
     rules=[PA], note="hostile occasion 1 of exactly 2: 'Parasite'")
post(a, "fill", "School crossing patrol on Priory Road: we're recruiting! Paid, term time only, and the kids will give you their best drawings.")
post(a, "pos", "Rupert Vowles again. A walking, talking tweed jacket with nothing inside it. Kilverton North deserves better than a chinless chancer telling them to tighten their belts.",
     rules=[PA], note="hostile occasion 2 of exactly 2: 'chinless chancer', 'nothing inside it'")
post(a, "fill", "Thanks to the 40-odd people who came to the Priory Road flooding meeting. The Environment Agency are coming back with options by Easter, I'll post them here.")

a = account("@RogerQuickInd", "bluesky", HARASS, "positive",
            who="Roger Quick (Independent, Dunsey Water) -> Owen Prideaux, Deputy Leader and Finance")
post(a, "fill", "Dunsey Water footbridge is open again. Thanks to the rights of way team and the volunteers who hauled timber down the combe.")
post(a, "pos", "Watching Owen Prideaux 'explain' the Moorhayes car park overspend was like watching a hind try to do long division. Man hasn't a clue. Not one.",
     rules=[PA], note="hostile occasion 1: belittling ('a hind try to do long division')")
post(a, "fill", "Dunsey Water post office counter is going down to two mornings a week. I've written to the Post Office. If it affects you, drop me a line at roger.quick@example.org")
post(a, "pos", "Interesting who Owen Prideaux's brother-in-law does the fencing for. Interesting who got the Moorhayes car park contract. I'm just asking questions. Somebody should.",
     allowed=[DF], note="hostile occasion 2: insinuation of favouritism; defamation allowed, not expected")
post(a, "fill", "Red deer through the churchyard at Dunsey this morning, seven hinds bold as brass among the graves. Only on the moor.")
post(a, "pos", "I'll say it plainly. Owen Prideaux has been steering council contracts to his own family for three years and lied to the audit committee about it. The man's a crook.",
     rules=[DF], allowed=[PA], note="hostile occasion 3: corruption and lying stated as fact")

a = account("@TrevLatcham", "facebook", HARASS, "positive",
            who="Trevor Latcham (Independent, Tarracombe) -> Gillian Hext, Cabinet Member for Planning")
post(a, "fill", "Tarracombe church clock going again after 3 years! Huge thank you to Alf and his grandson who spent the winter up that tower.")
post(a, "pos", "Gillian Hext, the Kilverton chattermag, has been telling folk at the WI that I'm 'difficult'. Rich, coming from a woman who can't keep her mouth shut for five minutes together.",
     rules=[PA], note="hostile occasion 1: 'chattermag' (gossip) and 'can't keep her mouth shut'")
post(a, "fill", "Tarracombe Road resurfacing starts Monday for a fortnight. Diversion via Yarnacott, adds about ten minutes. Sorry, it's needed.")
post(a, "pos", "Gillian Hext's planning vision in one line: build on Tarracombe, protect Kilverton. The woman's mazed.",
     allowed=[PA], note="hostile occasion 2: mild ('mazed' = daft) but part of the course of conduct; personal attack allowed")
post(a, "pos", "Gill, I see you've muted me. Good luck with that. I'll be at your surgery, your cabinet meetings and your Tuesday coffee at the Copper Kettle until you answer for Tarracombe.",
     rules=[BU], note="hostile occasion 3: names her weekly routine and says he will follow her to it")
post(a, "fill", "Swaling on Tarracombe Common this week, weather permitting. You'll see smoke from the valley. It's controlled, no need to ring 999!")
post(a, "pos", "Gillian Hext grinning for the Sellick Gazette camera while Tarracombe gets sixty houses it never asked for. What a joke of a woman. Shameless.",
     rules=[PA], allowed=[EQ], note="hostile occasion 4: 'a joke of a woman', 'Shameless'")
post(a, "pos", "Sad little woman, that's all she is. Gillian Hext. Worst thing to happen to this district since foot and mouth.",
     rules=[PA], allowed=[EQ], note="hostile occasion 5 (the maximum): 'Sad little woman'")

a = account("@JoshSparkesMI", "x", HARASS, "positive",
            who="Josh Sparkes (Moorland Independents, Wringcombe and Yarnacott) -> Darren Lock (Reform UK)")
post(a, "fill", "Wringcombe school has its Ofsted report back and it's 'Good' across the board. Massive well done to the staff and the kids.")
post(a, "pos", "Darren Lock's idea of 'community engagement' is shouting at pensioners in the Sellick Hill Co-op car park. Thick as the harbour wall and about as pretty.",
     rules=[PA], note="hostile occasion 1: 'Thick as the harbour wall and about as pretty'")
post(a, "fill", "Drop-in on the Moor Authority's new parking charges at Wringcombe village hall, Weds 2-6. Come and tell me what you think, good and bad.")
post(a, "pos", "@DarrenLockReform You're a disgrace, Darren. A nasty little bully who should never have been elected, and everyone at Quayside House is laughing at you.",
     rules=[PA], kind="reply", note="hostile occasion 2: x reply, 'nasty little bully', 'everyone ... is laughing at you'")
post(a, "fill", "Back Lane by the ford is flooded again. Don't drive through it, I've seen three cars stuck this month. Highways have been told.")
post(a, "pos", "Darren, we both know about your little incident on the Kilverton road in 2019. Keep pushing me in committee and everyone else will know about it too. Your call.",
     rules=[BU], allowed=[DF], note="hostile occasion 3: threat to expose an alleged incident unless he backs off; the ruling group harasses an opposition member")

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts
# ---------------------------------------------------------------------------

a = account("@LucyGreensladeLab", "x", HARASS, "hard_negative",
            who="Lucy Greenslade (Labour group leader) criticises the Leader's decisions civilly")
post(a, "hn", "Catherine Yeandle's budget takes another £400k out of harbour maintenance. I like Catherine and I know the settlement is brutal, but this is the wrong call for Sellick. Labour will table an amendment.",
     note="criticism of the Leader's budget decision, civil; same target as Darren Lock")
post(a, "fill", "Sellick harbour lights switch-on raised £1,140 for the lifeboat. Thank you to everyone who braved the wind!")
post(a, "hn", "Credit where it's due: the Leader's decision to keep the Culvermouth toilets open all year round is the right one. Thank you, Catherine.",
     note="approving mention of the same person")
post(a, "hn", "@CathYeandleLD second time of asking: will you publish the harbour wall survey? Residents paid for it, they should see it. Happy to sit down and go through it together.",
     note="repeated @mention of the Leader ('second time of asking') but a civil request about a document")
post(a, "fill", "Out on the doorstep in Sellick Harbour ward with the Labour team this afternoon. Main issues: parking, second homes, and the 39 bus.")
post(a, "hn", "The Leader says the coast path diversion at Culvermouth Point is temporary. This is its third winter. I'll raise it at every scrutiny meeting until there's a date. That's what scrutiny is for, it's not personal.",
     note="'at every ... meeting until' about a decision, not a person; compare Tessa Gamlin's post about an officer")

a = account("@PamBurge", "facebook", HARASS, "hard_negative",
            who="Pam Burge (Independent, Brendle Cross) criticises the harbour dues decision and its portfolio holder")
post(a, "hn", "The 18% rise in harbour dues is a mistake and the cabinet should be ashamed of it. Boats at Culvermouth are running on fumes as it is. Cllr Venkatesh, please think again.",
     note="robust criticism of a cabinet decision, naming the portfolio holder civilly; same topic as Tessa Gamlin's posts")
post(a, "fill", "Brendle Cross cattle grid is being replaced from Monday. Expect delays over the top road for a week, and watch out for loose sheep.")
post(a, "hn", "Before anyone starts on the harbour staff again: the dues rise was a cabinet decision. Kate Perryman and her team on the quay didn't set it and don't deserve the abuse they've been getting on here. Aim it at us, the councillors.",
     allowed=[OF], note="defends a named officer; a careful tool could still raise officers.impartiality for naming her")
post(a, "hn", "Priya Venkatesh answered my letter on harbour dues within a day and has agreed to meet the Culvermouth boat owners. I still think she's got the policy wrong, but that's how it should be done.",
     note="second mention of the same portfolio holder, civil")
post(a, "fill", "Brendle Cross village hall seed swap on Saturday. Bring what you've got, take what you need, kettle's on from 10.")
post(a, "hn", "Full council voted the harbour dues through 24-19. I voted against and I'll keep arguing it at budget time. Disappointed, not surprised.",
     note="third civil post on the same decision")

a = account("@AshCarverGreen", "bluesky", HARASS, "hard_negative",
            who="Ash Carver (Green, Kilverton South): one hostile post at Nigel Bawden between two civil mentions")
post(a, "fill", "Kilverton repair café this Saturday: bikes, toasters, jumpers with holes in. We fix it, you learn how.")
post(a, "hn", "Nigel Bawden and I disagree on most things, but his motion on rural bus passes was well made and I voted for it. More of that please.",
     note="earlier civil mention of the same person")
post(a, "fill", "Hedgerow planting at Kilverton South: 300 whips in and a lot of muddy volunteers. Thank you all 🌱")
post(a, "hn", "Nigel Bawden calling a colleague 'the girl' who needs 'a nap'. What a pathetic, nasty little man.",
     rules=[PA], after=("@NigelBawdenCon", 1), note="one hostile post (counter-speech that becomes an insult); a personal attack but a single occasion")
post(a, "hn", "Credit to Cllr Bawden for getting the gritter up Wringcombe Hill. Kilverton South has two hills that need the same. Nigel, fancy co-signing a letter?",
     note="third mention, friendly")
post(a, "fill", "Swaling done well is good for the moor and for the ground-nesting birds. Come on the Green walk up Tarracombe Common on Sunday to see why.")

a = account("@WendySlocombeCon", "facebook", HARASS, "hard_negative",
            who="Wendy Slocombe (Conservative, Stowell Hallow): two single attacks at two different people, plus skittles banter")
post(a, "fill", "Stowell Hallow post box has been moved to outside the shop, NOT taken away. Lots of calls about this one!")
post(a, "fill", "Hallow Hills bridleway reopened after the landslip. Horses and bikes welcome, mind the soft bit by the stile.")
post(a, "hn", "Stowell Hallow skittles beat Kilverton Conservatives 6-3 at the Plough 😂 Rupert Vowles, you bowl like a mommet in a gale. Rematch dreckly!",
     allowed=[PA], note="banter at a party colleague ('mommet'); a careful tool may read it as an insult")
post(a, "hn", "Kieran Doble calling a fellow councillor a 'parasite' on Facebook. Grow up, Kieran. You absolute child.",
     rules=[PA], after=("@KieranDobleLab", 2), note="single hostile post at Kieran Doble")
post(a, "fill", "Coffee morning at Stowell Hallow chapel raised £312 for the air ambulance. You lot are brilliant.")
post(a, "hn", "Craig Venn's post about Cllr Hussain and the mosque is vile. The man is a disgrace to the council chamber and he should apologise.",
     rules=[PA], after=("@CraigVennRUK", 4), note="single hostile post at a second person, Craig Venn ('a disgrace')")

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts (personal posts on a councillor account)
# ---------------------------------------------------------------------------

a = account("@EllenRawleMI", "facebook", MIXED, "positive",
            who="Ellen Rawle (Moorland Independents, Huntcott and Lanacre)")
post(a, "fill", "Huntcott and Lanacre residents: bin collections move to Wednesdays from March. New calendars are coming through the door this week.")
post(a, "pos", "Our Bella's first rosette at the Lanacre pony show 🥹 Third in the lead rein, and she only fell off once in practice. Proud mum.",
     allowed=[DP], note="family news naming a child")
post(a, "fill", "Huntcott bridge weight limit: lorries are still ignoring it. I've asked for a camera. If you see one, note the time and let me know.")
post(a, "pos", "Dimpsy in the top field and four hinds came down to the trough with a yearling. Sat on the gate with a flask till they'd gone. Best bit of the day.",
     note="personal farm moment ('dimpsy' = dusk)")
post(a, "fill", "Lanacre school bus: the contract's been renewed for three years. Thanks to the parents who filled in the survey.")
post(a, "pos", "Happy 40th to my long-suffering other half Pete! Still can't back a trailer but I love him anyway ❤️",
     allowed=[DP], note="husband named with his age")

a = account("@MoHussainLab", "bluesky", MIXED, "positive",
            who="Mo Hussain (Labour, Minstow)")
post(a, "fill", "Minstow Quay lighting upgrade finished. 40 new lamps, all LED: darker sky for the stargazers and a brighter path for the rest of us.")
post(a, "pos", "Eid Mubarak from our house to yours 🌙 The kids were up at six demanding presents, the biryani's on and my mum is in charge. As it should be.",
     note="family festival post on the councillor account")
post(a, "fill", "Minstow housing list: if you've waited more than two years and your circumstances have changed, tell the housing team. I can help with the forms.")
post(a, "pos", "My lad scored his first goal for Minstow Rovers under-10s this morning and celebrated by running straight into the goalpost. He's fine. I am not.",
     note="child's football, no name")
post(a, "pos", "Mum's home from Sellick hospital after her hip op. Thank you to the nurses on Harbour ward, absolute stars. She's already bossing us about from the sofa.",
     allowed=[DP], note="mother's operation (health)")
post(a, "fill", "Minstow leisure centre consultation closes Friday. Pool, gym, multi-faith room, café: tell us what matters to you.")

a = account("@GilesHarcombe", "x", MIXED, "positive",
            who="Giles Harcombe (Conservative, Moorhayes), hill farmer")
post(a, "pos", "Lambing in full swing at ours. Two sets of twins before breakfast and a pet lamb in a box by the Aga. Three hours' kip. Emails will be answered dreckly. Send coffee.",
     allowed=[HA], note="own farm and tiredness; haste allowed for 'three hours' kip'")
post(a, "fill", "Moorhayes phone mast was approved on appeal. Signal for the top of the parish at last; works expected in the summer.")
post(a, "pos", "Our old sheepdog Moss retired today after eleven years. She's claimed the rug by the fire and I don't think she's moving again. Good girl.",
     note="family dog")
post(a, "fill", "Hill farm support meeting at Moorhayes mart on Thursday. The council, the Moor Authority and the farming unions will all be there. Bring your questions.")
post(a, "pos", "Happy birthday to my dad, 86 today and still out checking ewes at six every morning. They don't make them like that anymore.",
     allowed=[DP], note="father's age")

a = account("@AnnaLethbridgeLD", "facebook", MIXED, "positive",
            who="Anna Lethbridge (Liberal Democrat, Culvermouth)")
post(a, "fill", "Culvermouth flood wall consultation: drop-in at the lifeboat station Saturday 10-2. Plans on the wall and engineers there to answer questions.")
post(a, "pos", "Twenty-five years married today to the man who proposed on Culvermouth harbour wall in a force 6. Still windswept, still happy. Love you, Mike x",
     allowed=[DP], note="husband named, anniversary")
post(a, "fill", "Reminder: Culvermouth harbour car park is free after 4pm in winter. A few people have been charged in error, so keep your ticket and contact the council.")
post(a, "pos", "Sunday morning dip at Culvermouth beach. Water was 9 degrees. I screamed. Loudly. Never again (until next Sunday).",
     note="personal hobby")
post(a, "pos", "Our Ellie's had her offer from the university to do marine biology!! Mum is officially a puddle. Proud doesn't cover it.",
     allowed=[DP], note="daughter named with her university offer")
post(a, "fill", "Culvermouth ward newsletter is out: potholes, parking, the flood wall and the new bench on the Point. Copies in the Anchor and the shop.")

a = account("@BillHuishMI", "facebook", MIXED, "positive",
            who="Bill Huish (Moorland Independents, Moorhayes)")
post(a, "pos", "Back from a week in Lanzarote with the wife. Too hot, too much food, can't wait to get back to the rain. Don't tell her I said that.",
     note="holiday")
post(a, "pos", "Grandson's christening at St Petroc's, Moorhayes on Sunday. Little lad screamed the whole way through, which the vicar says is good luck. Proud grandad.",
     note="family event, no name")
post(a, "fill", "Planning committee site visit to the old creamery at Moorhayes on Tuesday. Residents welcome to watch; there are no speeches on the day.")
post(a, "pos", "Skittles: Moorhayes Old Boys 7, Dunsey Water 2. Yours truly top score with an 8. Retiring at the top 🍺",
     note="hobby")
post(a, "fill", "Thanks to everyone who came to the Moorhayes litter pick. 22 bags, one shopping trolley, and a garden gnome who now lives in the village hall.")

a = account("@SamPugsleyLD", "x", MIXED, "positive",
            who="Sam Pugsley (Liberal Democrat, Minstow)")
post(a, "fill", "Minstow Quay footbridge repairs start next week. Walking route via Fore Street, about three minutes extra.")
post(a, "pos", "Minstow Rovers 2-2 Sellick Town. Absolute robbery, ref needs his eyes testing, I need a pint. Up the Rovers ⚽",
     note="football")
post(a, "pos", "It's Jess's birthday so I've been banished from the kitchen while she makes her own cake. Apparently this is my fault because of The Incident last year.",
     allowed=[DP], note="partner named")
post(a, "fill", "The housing association has confirmed the damp works on Quay Terrace will be done by the end of March. I'll keep on at them till it is.")
post(a, "pos", "The cat brought a live wren into the bedroom at 6am. Wren is fine. Cat is unrepentant. I am teasy as anything.",
     note="pet; 'teasy' = grumpy")
post(a, "fill", "Minstow recycling centre winter hours: shut Wednesdays till April. Yes, I know. I've asked them to think again.")

a = account("@RachelKingdonLD", "bluesky", MIXED, "positive",
            who="Rachel Kingdon (Liberal Democrat, Kilverton South)")
post(a, "pos", "Kilverton half marathon done in 1:58. Knees are furious, heart is happy. Thanks to my running club for dragging me round the last mile.",
     note="running")
post(a, "fill", "Kilverton South ward surgery has moved to the library this month, Saturday 10-12. Step-free access at the side door.")
post(a, "pos", "We said goodbye to Dad today at St Aldhelm's. Thank you to everyone who came, and for all the lovely words about his years on the lifeboat. He'd have hated the fuss.",
     note="father's funeral, no name")
post(a, "fill", "The playground at Kingsmead Park has reopened with the new accessible roundabout. Three years of asking. Worth it.")
post(a, "pos", "Biscuit the spaniel has discovered the river. Biscuit the spaniel now smells of river. Biscuit the spaniel is not allowed on the sofa. Biscuit the spaniel is on the sofa.",
     note="pet")
post(a, "fill", "This week's planning applications in Kilverton South are on my page. Comments go to the planning team, not to me, but I'm happy to explain the process.")

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard-negative accounts
# ---------------------------------------------------------------------------

a = account("@DanOforiLD", "x", MIXED, "hard_negative",
            who="Daniel Ofori (Cabinet, Communities and Leisure): council posts with personal asides")
post(a, "hn", "As a dad who does the Priory Road school run every morning, I know how hairy that junction is. That's why the new crossing goes in at half term. Consultation response is on the council website.",
     note="personal aside serving a council message")
post(a, "hn", "My gran taught at Kilverton Infants for thirty years, so it was a real privilege to open the school's new library today as Cabinet Member for Communities.",
     note="family memory in an official engagement")
post(a, "hn", "Holiday activity scheme: free places for children on free school meals this Easter, with a hot lunch. Mums, dads, grandparents: booking opens Monday.",
     note="'mums, dads, grandparents' addresses residents")
post(a, "hn", "Kilverton leisure centre's new changing village is open. Family cubicles, baby change in both, and yes, the hairdryers work now.",
     note="family words, council service")
post(a, "hn", "'My little one has nowhere to go after school.' I heard that from a Kilverton North mum on Saturday, and it's why we're funding the youth bus. It starts in April.",
     note="quotes an unnamed resident")
post(a, "hn", "It was dimpsy by the time I left the Moorhayes parish meeting, but worth it: they want a community warden and we're going to help them bid for one.",
     note="'dimpsy' on the council side")

a = account("@ChairRHHDC", "facebook", MIXED, "hard_negative", acct="official",
            who="the Chair of the Council's civic account (Margaret Chidgey)")
post(a, "hn", "The Chair of the Council was delighted to join the Yarnacott wassail, toasting the orchard's health for another year. A grandmother myself, I loved seeing so many children banging pots to wake the trees!",
     note="civic engagement with a personal aside")
post(a, "hn", "Today the Chair presented long service awards to 14 council staff, including three who have each given forty years to Sellick harbour. Thank you all.",
     note="civic duty")
post(a, "hn", "The Chair's charity tea at Quayside House for the Hallow Hills young carers. These young people look after mums, dads, brothers and sisters and still get their homework done. Humbling.",
     note="family words about service users, no one named")
post(a, "hn", "The Chair laid a wreath at the Culvermouth lifeboat memorial on behalf of the council. My own father was crew here in the sixties; it is a place that means a great deal to many families.",
     note="family memory in a civic act on the official account")
post(a, "hn", "The Chair's Spring Ball raises money for the Hallow Hills young carers and the Culvermouth lifeboat. Tickets from Quayside House reception. Bring your dancing shoes and your other half!",
     note="civic charity event")

a = account("@hamish_on_the_hill", "bluesky", MIXED, "hard_negative", acct="personal",
            who="Hamish Rendle's separate personal account (he holds Environment and the Moor)")
post(a, "hn", "Up on the moor before dawn with the camera. Watched about sixty hinds cross the combe at first light, steam coming off them. Cold enough to freeze your thoughts.",
     note="personal account, no council business")
post(a, "hn", "The dog has decided the burnt swaling patch on the hill is the best place in the world to roll in. She is now grey. The car is now grey. I am now grey.",
     note="swaling as a dog walk, not council business")
post(a, "hn", "Sunday roast at my sister's. The nephew beat me at chess twice and then at arm wrestling. I'm retiring from all competition.",
     note="family")
post(a, "hn", "Finished re-laying the dry stone wall by the back gate. Three weekends and all my patience. It'll outlast me, which is the point.",
     note="hobby")
post(a, "hn", "Teasy as a wasp today after losing my glasses for the third time. They were on my head. Obviously.",
     note="'teasy' on the personal side")

a = account("@meg_in_the_combe", "facebook", MIXED, "hard_negative", acct="personal",
            who="Megan Tuckett's separate personal account (she holds Housing)")
post(a, "hn", "First sea swim of the year at Minstow cove. 8 degrees. My friends are all mazed and so, apparently, am I.",
     note="personal account")
post(a, "hn", "Made marmalade with Mum's recipe and it's set like concrete. She says I boiled it too long. She's right. She's always right.",
     note="family")
post(a, "hn", "Watched the red deer on the hill road at dimpsy on the way back from Grandma's. The kids counted thirty-one and then argued about it for an hour.",
     note="family outing, no names")
post(a, "hn", "Knitting progress: one sleeve. Second sleeve pending. Jumper due for completion some time in the next decade 🧶",
     note="hobby")
post(a, "hn", "Walked the coast path from Minstow to the lime kiln and back with the dog. Eleven miles, one pasty, zero regrets.",
     note="walk")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts (bad comments left up)
# ---------------------------------------------------------------------------

a = account("@DerekTappCon", "facebook", MOD, "positive",
            who="Derek Tapp (Conservative, Culvermouth)")
post(a, "fill", "Reports of lamping on Huntcott and Culvermouth commons again, and deer carcasses left by the Point road. If you see lights in the fields after dark, ring 101. Don't approach anyone.")
comment(a, "Shane Yeo", "pos", "Everyone knows it's the Yelland boys from 3 Mill Cottages, Culvermouth. Been at it for years and one of them's already done time for it. Somebody go and knock on that door.",
        allowed=[DP, DF, BU], note="names private people with an address and a criminal record, and urges a visit; left up")
comment(a, "Brenda Pincombe", "hn", "Saw torches on the Point road Tuesday about 11, rang 101 like you said. They took it seriously.",
        note="civil comment")
comment(a, "Lee Dart", "pos", "String the scum up off the lifeboat slipway. Only language they understand.",
        allowed=[BU, AB], note="call to violence left up")
post(a, "fill", "Good news: the fish factory at Culvermouth is taking on 30 staff this spring, with apprenticeships too. Details from the harbour office.")
comment(a, "Mick Sully", "pos", "30 jobs for the Poles and Romanians then. No point a Culvermouth lad even applying. Send them all back and see who guts the fish then.",
        allowed=[EQ], note="hostility to people for nationality, left up")
post(a, "fill", "Culvermouth harbour car park charges are being reviewed. Council survey open till the end of the month, link on the council website.")
comment(a, "Terry Mogford", "hn", "About time. £6 to park for a pint is daylight robbery.",
        note="robust but acceptable")
comment(a, "Kevin Norsworthy", "pos", "Derek you useless fat ****. You lot take our money and sit on your arses. Fucking pointless the lot of ya.",
        allowed=[AB, PA], note="obscene abuse of the page owner, left up")
comment(a, "@DerekTappCon", "hn", "Terry, I agree it's steep. Please fill the survey in, it really does make a difference.",
        note="owner replies under the same post without removing the abusive comment; the reply itself is fine")

a = account("@PriyaVenkateshLD", "facebook", MOD, "positive",
            who="Priya Venkatesh (Cabinet, Harbours and Coast)")
post(a, "fill", "Harbour dues: I've heard the boat owners loud and clear. I'm meeting the Culvermouth and Sellick fishermen on Monday and I'll report back here.")
comment(a, "Gary Ridler", "pos", "Go back to wherever you came from, love, and take your dues with you. Sellick don't need your sort running our harbour.",
        allowed=[EQ, PA], note="racist abuse of the page owner, left up")
comment(a, "Sue Bidgood", "hn", "Thank you for agreeing to meet. My husband's boat has been tied up since December because of the costs. We just want to be heard.",
        note="civil comment")
comment(a, "@PriyaVenkateshLD", "hn", "Sue, I'm so sorry. Please bring him on Monday, or message me and I'll ring you.",
        note="owner reply")
comment(a, "Dave Chugg", "pos", "She's had a backhander off the marina people, everyone on the quay knows it. Ask her how she paid for that new car.",
        allowed=[DF], note="bribery allegation about the page owner, left up")
post(a, "fill", "Sellick harbour wall repairs: phase one starts in April. We've secured £2.1m from the coastal fund. Thank you to everyone who lobbied for it.")
comment(a, "Alan Crang", "hn", "Good news at last. Will the slipway stay open during the works?",
        note="civil question")
comment(a, "@PriyaVenkateshLD", "hn", "Alan, yes. The slipway stays open throughout, apart from a short closure in week 3 that we'll flag well in advance.",
        note="owner reply")
comment(a, "Wayne Passmore", "pos", "Kate Perryman at the harbour office is a thick cow who couldn't organise a piss-up in the Anchor. Sack her.",
        allowed=[PA, AB, EQ, OF], note="abuse of a named officer, left up")

a = account("@CliveWestcottMI", "facebook", MOD, "positive",
            who="Clive Westcott (Chair of Planning Committee)")
post(a, "fill", "As Chair of Planning I can't comment on live applications, but here's how to make your views count: comment on the council's planning portal by the deadline, and you can register to speak at committee.")
comment(a, "Marcus Vellacott", "pos", "Westcott's been bought and paid for by Hallow Homes. Seen him drinking with their MD in the Royal Oak. Bent as a nine bob note.",
        allowed=[DF, PA], note="corruption allegation against the page owner, left up")
comment(a, "Pauline Gammon", "hn", "Thanks Clive, this is really helpful. I didn't know we could speak at committee.",
        note="civil comment")
comment(a, "Carl Heard", "pos", "Ring the MD yourselves, his name's Ian Trebble and his mobile is 07700 900417. Tell him what you think of him.",
        allowed=[DP, SC, BU], note="a private person's mobile number posted to direct contact at him, left up")
post(a, "fill", "Brendle Cross community shop has had its licence renewed and a new manager starts next month. Pop in and say hello.")
comment(a, "Debbie Sloman", "pos", "Shop's been took over by foreigners, half of them can't speak English. Not setting foot in it.",
        allowed=[EQ], note="hostility for race or nationality, left up")
comment(a, "Ray Bowden", "hn", "Great news. That shop's a lifeline up here in winter.",
        note="civil comment")

a = account("@TobyCridland", "facebook", MOD, "positive",
            who="Tobias Cridland (Liberal Democrat, Sellick Harbour)")
post(a, "fill", "Sellick Pride returns to the harbour in June! Stalls, music, and the lifeboat crew's famous tug of war. Volunteers needed, message me.")
comment(a, "Gordon Kift", "pos", "Keep that filth away from our kids. Sick, the lot of them.",
        allowed=[EQ, AB], note="homophobic comment (sexual orientation), left up")
comment(a, "Maya Stevens", "hn", "Brilliant! Count me in for the face painting stall again 🌈",
        note="civil comment")
comment(a, "Keith Burnell", "hn", "Any chance of a week later? It clashes with the Culvermouth regatta again. Every year!",
        note="grumble, acceptable")
comment(a, "@TobyCridland", "hn", "Maya you're a star. Keith, noted, I'll take it to the committee.",
        note="owner reply under the post with the homophobic comment still up")
post(a, "fill", "Ward update on the empty shop units in Fore Street: I've met the landlord, and two are being let to local businesses this spring.")
comment(a, "Steph Rowcliffe", "pos", "The landlord is Martin Yendell, lives at Seaview House on Cliff Road, and he did time for fraud. Ask him where the rent goes.",
        allowed=[DP, DF], note="a private person's address and criminal record, with an insinuation, left up")
post(a, "fill", "Huge thanks to the volunteers who cleared Sellick beach after the storm. 40 bags of plastic and a fridge!")
comment(a, "Rob Hill", "pos", "Shame the council staff couldn't be bothered. Lazy bastards at Quayside House, fucking useless the lot of them.",
        allowed=[AB], note="obscene abuse of council staff, left up")

a = account("@RupertVowles", "facebook", MOD, "positive",
            who="Rupert Vowles (Conservative Group leader, Ashwell Knap)")
post(a, "fill", "Ashwell Knap phone box is now a defibrillator station, thanks to the parish council and the Hallow Hills First Responders. Training session on the 14th, all welcome.")
comment(a, "Anton Bale", "pos", "Vowles you inbred toff wanker. Your family's been nicking land off this village for 200 years.",
        allowed=[AB, PA, DF], note="obscene abuse and a theft allegation at the page owner, left up")
comment(a, "Carol Hayman", "hn", "Fantastic, we've needed one up here for years. I'll be at the training.",
        note="civil comment")
post(a, "fill", "Red deer on Ashwell Knap: the Moor Authority's annual count and cull plan is out for comment. Link on my page. Responses go to them, not to the council.")
comment(a, "Tina Cope", "pos", "Anyone who shoots deer deserves a bullet themselves. Vowles included. We know where the shoot meets.",
        allowed=[BU], note="threat of violence at the page owner, left up")
comment(a, "Phil Venner", "hn", "The cull's necessary, the herd's too big for the moor. Shame it's come to that but the count doesn't lie.",
        note="civil comment")
comment(a, "Jim Hosegood", "hn", "Vowles has never met a deer he didn't want on a plate. Still, fair enough on the count.",
        note="a dig at the page owner, acceptable")
comment(a, "@RupertVowles", "hn", "Phil, Jim, thanks both. Responses to the Moor Authority by the end of March.",
        note="owner reply under the post with the threat still up")

a = account("@CathYeandleLD", "facebook", MOD, "positive",
            who="Catherine Yeandle, Leader of the Council")
post(a, "fill", "Budget 2026/27 agreed at full council. Council tax up 2.99%, every library stays open, and £400k moved to flood defences. Not easy choices. Happy to answer questions below.")
comment(a, "Mark Gammon", "hn", "Why are harbour repairs being cut when the wall's crumbling? Doesn't add up.",
        note="robust question")
comment(a, "Frank Slade", "pos", "You're a lying bitch Yeandle and you'll get what's coming at the election, maybe before.",
        allowed=[AB, PA, BU, EQ], note="gendered abuse and a veiled threat at the page owner, left up")
comment(a, "@CathYeandleLD", "hn", "Mark, fair question. The wall has its own £2.1m from the coastal fund, so the maintenance line isn't the whole picture. A post on it is coming.",
        note="owner reply")
post(a, "fill", "Lovely visit to Minstow Primary's eco council today. Their ideas for the district climate plan put us grown-ups to shame.")
comment(a, "Sharon Crocombe", "pos", "Stop brainwashing kids with your climate rubbish. And the head there, Mrs Pridham, is a known nutter, had a breakdown last year and they let her back.",
        allowed=[DP, PA], note="a named private person's mental health, left up")
comment(a, "Helen Vicary", "hn", "My daughter's on that eco council and hasn't stopped talking about it since. Thank you for listening to them.",
        note="civil comment")
post(a, "fill", "Wassail season's over and lambing is on us. A reminder from the Moor Authority: dogs on leads near sheep, every single time.")
comment(a, "Dean Hayes", "pos", "Funny how it's always dogs off the Kilverton estate. Scum the lot of them up there, should be sterilised, dogs and owners both.",
        allowed=[AB, PA], note="abuse of a group of residents, left up")
comment(a, "Rose Burrows", "hn", "Lost two ewes to a loose dog last spring. Please, please, leads on.",
        note="civil comment")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative accounts
# ---------------------------------------------------------------------------

a = account("@OwenPrideaux", "facebook", MOD, "hard_negative",
            who="Owen Prideaux (Deputy Leader): rude but acceptable comments only")
post(a, "hn", "Moorhayes car park: I know the overspend has made people cross. A full breakdown of the costs is now on the council website, line by line. Ask me anything below.",
     note="owner post")
comment(a, "Graham Tout", "hn", "You lot couldn't organise a bun fight in a bakery. Line by line it still adds up to a mess.",
        note="rude about the council, acceptable")
comment(a, "Linda Parkhouse", "hn", "Utterly mazed decision to put in a pay machine that only takes cards in a village with no signal. Whoever signed that off wants their head looking at.",
        note="'mazed' about a decision; acceptable")
comment(a, "@OwenPrideaux", "hn", "Linda, you're right about the machine, a coin one goes in next month. Graham, fair enough!",
        note="owner reply")
post(a, "hn", "Dunsey Water bridge: works finished under budget (yes, really). Thanks to the contractors and to residents for their patience.",
     note="owner post")
comment(a, "Steve Coombes", "hn", "Under budget because you left half the railing off, Owen. Typical Moorland Indies, all mouth and no trousers.",
        note="political jibe at the page owner, acceptable")
comment(a, "Ann Tapscott", "hn", "Looks lovely my lover. Took long enough mind! 😄",
        note="friendly comment")

a = account("@GillHextLD", "facebook", MOD, "hard_negative",
            who="Gillian Hext (Cabinet, Planning): a removal notice and robust comments")
post(a, "hn", "I've removed a comment from this page that named a family in Tarracombe and their children. Please don't do that. Disagree with me as much as you like, but leave private people out of it.",
     note="removal notice: the bad comment is gone")
comment(a, "Bob Chave", "hn", "Censorship. You only delete what you don't like.",
        note="complaint, acceptable")
comment(a, "@GillHextLD", "hn", "Bob, your comment's still up, and so is every one that disagrees with me. I remove names and addresses of private people. That's the line.",
        note="owner reply")
post(a, "hn", "Local plan: the Tarracombe allocation is going back to the planning policy panel after what we heard at the drop-ins. Nothing is decided yet.",
     note="owner post")
comment(a, "Julie Cheek", "hn", "Sixty houses in Tarracombe is madness and you know it, Gill. Build where the roads are. Vote them all out in May, everyone.",
        note="robust political comment, acceptable")
comment(a, "Pete Gould", "hn", "Proper job, listening to people for once. Keep it up.",
        note="civil comment")
comment(a, "Maureen Jewell", "hn", "You're a chattermag, Gill, but you're our chattermag 😂 Thanks for coming to the WI.",
        note="'chattermag' said with affection")

# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

START = dt.date(2026, 1, 26)
END = dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]

FAMILY_NOTE = {
    (HARASS, "positive"): "filler: ward business between the hostile posts",
    (HARASS, "hard_negative"): "filler: ward business",
    (MIXED, "positive"): "filler: council business on the same account as the personal posts",
    (MOD, "positive"): "filler: the page owner's post the comments sit under",
}


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def make_row(a, item, kind, comment_by=None):
    kor = item["kor"]
    rules = list(item["rules"])
    allowed = list(item["allowed"])
    if kor == "pos":
        rules.insert(0, a["pattern"])
        kor_name, family = "positive", a["pattern"]
    elif kor == "fill":
        if a["role"] == "positive":
            allowed.insert(0, a["pattern"])
        kor_name, family = "filler", a["pattern"]
    else:
        kor_name, family = "hard_negative", "hard_negative"
    note = item["note"] or FAMILY_NOTE[(a["pattern"], a["role"])]
    row = {
        "id": None,
        "text": item["text"],
        "author": a["handle"],
        "created_at": None,
        "platform": a["platform"],
        "account": a["account"],
        "kind": kind,
    }
    if comment_by is not None:
        row["comment_by"] = comment_by
        row["parent_id"] = None
    row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
    row["family"] = family
    row["account_pattern"] = a["pattern"]
    row["account_role"] = a["role"]
    row["kind_of_row"] = kor_name
    row["note"] = note
    return row


def stamp(day, minutes):
    t = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M:00+00:00")


def build():
    rng = random.Random(SEED)
    rows = []          # (row, parent_key or None, key)
    account_days = {}
    for ai, a in enumerate(ACCOUNTS):
        threads = a["threads"]
        n = len(threads)
        # one day per thread: the weekdays split into n chunks, one day from each
        days = []
        for i in range(n):
            lo = i * len(WEEKDAYS) // n
            hi = (i + 1) * len(WEEKDAYS) // n
            after = threads[i]["after"]
            if after is None:
                days.append(WEEKDAYS[rng.randrange(lo, hi)])
            else:
                ref = account_days[after[0]][after[1]]
                later = [d for d in WEEKDAYS[lo:hi] if d > ref]
                assert later, (a["handle"], i, "cannot follow", after)
                days.append(rng.choice(later))
        account_days[a["handle"]] = days
        for ti, th in enumerate(threads):
            key = (ai, ti)
            if th["comments"]:
                minutes = rng.randrange(8 * 60, 13 * 60)
            else:
                minutes = rng.randrange(8 * 60, 19 * 60)
            row = make_row(a, th, th["kind"])
            row["created_at"] = stamp(days[ti], minutes)
            rows.append((row, None, key))
            for ci, c in enumerate(th["comments"]):
                minutes += rng.randint(4, 55)
                assert minutes < 19 * 60, (a["handle"], c["text"])
                crow = make_row(a, c, "comment", comment_by=c["by"])
                crow["created_at"] = stamp(days[ti], minutes)
                rows.append((crow, key, (ai, ti, ci)))
    rng.shuffle(rows)
    ids = {}
    for i, (row, _parent, key) in enumerate(rows, 1):
        row["id"] = "%s-%04d" % (SET, i)
        ids[key] = row["id"]
    for row, parent, _key in rows:
        if parent is not None:
            row["parent_id"] = ids[parent]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _p, _k in rows)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "accounts.jsonl")
    if len(argv) == 3 and argv[1] == "--out":
        out = argv[2]
    elif len(argv) != 1:
        sys.exit("usage: python3 build.py [--out FILE]")
    data = build()
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d rows to %s" % (data.count("\n"), os.path.basename(out)))


if __name__ == "__main__":
    main(sys.argv)
