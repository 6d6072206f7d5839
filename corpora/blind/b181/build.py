#!/usr/bin/env python3
"""Build blind set b181 (account-level rules) at Carrbrough and Skelsea.

Every text, label and note below was written by hand for this set. The script
keeps each account's rows in written order, spreads the account's posts one
per chunk of the 55 weekdays 14 Sep-27 Nov 2026 (never two posts of an account
on one day), gives comments times 4 to 55 minutes after the row before them
under the same post, shuffles all rows with a fixed seed, assigns ids
B181-NNNN, resolves parent ids and the {key} references in notes, and computes
each verdict as the highest base severity expected.

    python3 build.py            # writes accounts.jsonl next to this file

Running it again writes the same bytes.
"""
import datetime as dt
import json
import os
import random
import re

SEED = 18181
SET = "B181"
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)

RT = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"

# Base severities (RULES.md; the lower one where it says "review; block when severe").
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
    RT: "block",
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
DE = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"


def P(key, role, text, rules=(), allowed=(), note="", kind="post"):
    """An owner's post (or an x reply with kind="reply"). role: pos, fill, hn."""
    return dict(key=key, role=role, text=text, rules=list(rules),
                allowed=list(allowed), note=note, kind=kind, by=None)


def C(key, by, role, text, rules=(), allowed=(), note=""):
    """A comment under the owner's last post; by=None is the owner's own reply."""
    return dict(key=key, role=role, text=text, rules=list(rules),
                allowed=list(allowed), note=note, kind="comment", by=by or "OWNER")


def A(author, platform, pattern, arole, rows, account="councillor"):
    return dict(author=author, platform=platform, pattern=pattern, arole=arole,
                account=account, rows=rows)


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@DazStockdaleRUK", "x", RT, "positive", [
        P("ds1", "fill",
          "Ovenside folk: skip day on Gilchrist Street has moved to the 3rd Saturday of the month. Council forgot to tell anyone, as per. Share it round please.",
          note="[RT+ filler] Ward notice with a dig at the council as a body; no person targeted."),
        P("ds2", "pos",
          "So Queen Ann has decided the Works site jobs can wait another year. Easy said when you've a farmhouse up Ravensgill and a fat pension behind you. Never once set foot on Ovenside without a photographer in tow. Out of touch doesn't cover it.",
          allowed=[PA],
          note="[RT+ hostile 1/4] First hostile occasion at the Leader, Ann Garbutt: the 'Queen Ann' nickname and her home and pension rather than the jobs decision. Mockery more than insult, so personal attack is allowed, not expected. Later: {ds3}, {ds5}, {ds7}."),
        P("ds3", "pos",
          "@AnnGarbuttCMI You've never done a proper day's graft in your life and it shows every time you open your mouth in that chamber. Smoggies can smell it a mile off.",
          rules=[PA], kind="reply",
          note="[RT+ hostile 2/4] An x reply straight at the Leader (no parent in the set): an insult about her as a person, not her policy. After {ds2}."),
        P("ds4", "fill",
          "Good turnout at the Ovenside Residents' Association tonight. Main issues: speeding on Bessemer Road, the state of the back alleys behind Furnace Terrace, and the bus shelter that's been smashed since July. I'll be chasing all three.",
          note="[RT+ filler] Ward report."),
        P("ds5", "pos",
          "Ann Garbutt still hasn't answered one of my questions about the Works site. Her council email is on the website. I want every one of you to write to her. Today. And tomorrow. And every day till she cracks 📧📧📧",
          allowed=[BU],
          note="[RT+ hostile 3/4] Rallies followers to swamp the Leader with messages 'till she cracks': aimed at wearing the person down, not at the policy. Bullying is allowed rather than expected, since lobbying the Leader is legitimate in itself. After {ds2}, {ds3}."),
        P("ds6", "fill",
          "Bins. Again. Three weeks and no green bin on Coniston Walk. Ive reported it and I'll keep on at them till it's sorted. Sorry folks, I know it's minging in this warm spell.",
          note="[RT+ filler] Ward complaint about a service, no person named."),
        P("ds7", "pos",
          "Spotted our glorious Leader at the farm shop in Ravensgill Saturday, boot full of posh cheese while half of Ovenside's queuing at the food bank. Same time every week, regular as clockwork. Enjoy it while it lasts, Ann.",
          rules=[BU], allowed=[IR, PA],
          note="[RT+ hostile 4/4] Tells the Leader her weekly routine is being watched and ends 'Enjoy it while it lasts': intimidation expected. 'Our glorious Leader' is mock praise (irony allowed). Fourth occasion after {ds2}, {ds3}, {ds5}; contrast Tony Lister's civil criticism of the same decisions ({tl1}, {tl5})."),
    ]),
    A("@SteveOxleyRUK", "facebook", RT, "positive", [
        P("so1", "fill",
          "Ironmoor Road resurfacing starts Monday for three weeks, between the roundabout and the Co-op. Diversion via Kiln Lane. Not ideal but it's been a pothole graveyard for years so I'll take it.",
          note="[RT+ filler] Roadworks notice."),
        P("so2", "pos",
          "Ferrybank folk tell me they never see Cllr Okonkwo unless there's a camera about. Five minutes in the town and he's telling lads who've lived by the river sixty year how the ferry landing should look. Funny that. Some of us were born here.",
          allowed=[PA, EQ],
          note="[RT+ hostile 1/3] First hostile occasion at Chidi Okonkwo (Labour, Ferrybank), framed as 'five minutes in the town' and 'some of us were born here'. Coded outsider line: equality allowed, not expected. Later {so4}, {so6}."),
        P("so3", "fill",
          "Ironmoor Remembrance: wreath laying at the war memorial, 10.45 Sunday. The cadets will be there and the lads from the steelworkers' club. Let's give them a good crowd.",
          note="[RT+ filler] Remembrance notice."),
        P("so4", "pos",
          "Chidi Okonkwo can't even say Ferrybank right. Next time he's knocking on your door ask him where he's actually from. Go on. Ask him.",
          rules=[EQ, PA],
          note="[RT+ hostile 2/3] 'Ask him where he's actually from' singles out a Black councillor's origin: race discrimination expected, with the personal attack. Ray Weatherill quotes this line to condemn it in {rw3}."),
        P("so5", "fill",
          "Anyone else's street lights out on the Ironmoor side of Kiln Lane? Reported it but the more the merrier, use the council website.",
          note="[RT+ filler] Fault report."),
        P("so6", "pos",
          "Another glossy leaflet from Okonkwo. Lovely photos. Not a word about the flooding on Wharf Street because he hasnt a clue where Wharf Street is. People like him treat this town as a stepping stone. Ferrybank deserves one of its own.",
          allowed=[PA, EQ, IR],
          note="[RT+ hostile 3/3] Third occasion: 'people like him' and 'one of its own' continue the outsider framing of {so2} and {so4}; equality and personal attack allowed. 'Lovely photos' is faint mock praise (irony allowed)."),
    ]),
    A("@LeeEmmersonCon", "x", RT, "positive", [
        P("le1", "fill",
          "Marwick harbour wall repairs are finally on next year's capital programme. Thank you to everyone who signed the petition. Now let's see a start date.",
          note="[RT+ filler] Ward news."),
        P("le2", "pos",
          "Question for the council's Head of Planning, Natalie Garthwaite: why did your report on the Hollin Bay caravan extension leave out every single objection from Marwick? Not an oversight. A choice. Marwick people deserve an answer from her, publicly.",
          rules=[OF], allowed=[DE],
          note="[RT+ hostile 1/3] Publicly questions an officer's neutrality ('Not an oversight. A choice.'): officers expected; the implied bad faith allows defamation. No swearing anywhere in this account. Later {le4}, {le5}."),
        P("le3", "fill",
          "Lifeboat open day at Marwick this weekend. Bring the bairns, bring a fiver for the bucket. They're out in all weathers for us.",
          note="[RT+ filler] Community notice ('bairns' in an ordinary notice)."),
        P("le4", "pos",
          "That's the eleventh time I've written to Ms Garthwaite since June. Eleven. Not one straight answer. I'll keep writing, and I'll keep publishing what she doesn't say, until she does the decent thing and moves on.",
          rules=[OF], allowed=[BU],
          note="[RT+ hostile 2/3] Persistent, civil in tone, aimed at driving an officer out ('until she does the decent thing and moves on'); officers expected, bullying allowed. After {le2}."),
        P("le5", "pos",
          "I'm told Ms Garthwaite is 'on leave'. Convenient. Marwick will still be here when she's back, and so will I. Every report she signs off, I'll be going through line by line. She should think hard about whether this is the job for her.",
          rules=[OF, BU], allowed=[IR],
          note="[RT+ hostile 3/3] Sneers at the officer's leave and warns she is being watched and should reconsider her job: intimidation of an officer, expected with officers. 'Convenient' is sarcasm (irony allowed). Third occasion after {le2}, {le4}."),
        P("le6", "fill",
          "Marwick slipway repairs: the contractor's on site from the 12th. The cobles will launch from the north slip till then, please keep it clear.",
          note="[RT+ filler] Harbour notice."),
    ]),
    A("@ShaunFawcettRUK", "facebook", RT, "positive", [
        P("sf1", "fill",
          "Grangefleet community litter pick Saturday 10am from the parade on Hadfield Road. Gloves and pickers provided. Last time we filled 40 bags 💪",
          note="[RT+ filler] Community notice."),
        P("sf2", "fill",
          "Hadfield Road Post Office is staying open. Good news after months of worry. Thanks to everyone who wrote in.",
          note="[RT+ filler] Ward news."),
        P("sf3", "pos",
          "Cabinet Member for Children brings her own baby into the Children's Scrutiny meeting. You couldn't make it up. Love, if you can't sort a babysitter how are you meant to sort Children's Services?",
          rules=[PA], allowed=[EQ],
          note="[RT+ hostile 1/3] Belittles Shabana Rafiq for bringing her baby to a meeting ('Love, if you can't sort a babysitter'): personal attack expected; mocking her as a new mother allows equality (sex, maternity). Later {sf5}, {sf6}; her own posts are {sr1}-{sr5}."),
        P("sf4", "fill",
          "Road safety outside Grangefleet Primary: the council has agreed to look at a crossing patrol. Took a petition of 600 names. Keep the pressure on.",
          note="[RT+ filler] Ward news. Brian Coulson mentions the same crossing civilly in {bc4}."),
        P("sf5", "pos",
          "Shabana Rafiq should do the decent thing and step aside till her bairns are at school. Women like her want it all and it's our kids in care who pay the price.",
          rules=[EQ], allowed=[PA],
          note="[RT+ hostile 2/3] Says a woman should leave office because she has young children ('Women like her'): sex and maternity discrimination expected. After {sf3}."),
        P("sf6", "pos",
          "Still waiting for Cllr Rafiq to answer the Grangefleet children's home question. Probably busy with the school run 🙄 I'll ask again at full council, and the one after, and the one after that. She can't hide forever.",
          allowed=[IR, EQ, BU],
          note="[RT+ hostile 3/3] A fair question wrapped in the same motherhood jibe ('busy with the school run 🙄') and 'She can't hide forever': irony, equality and bullying allowed. Third occasion after {sf3}, {sf5}."),
    ]),
    A("@ColinThwaitesCon", "bluesky", RT, "positive", [
        P("ct1", "fill",
          "Skelsea promenade lights switch-on confirmed for 27 November. Late-night shopping along the Esplanade too. Get it in the diary.",
          note="[RT+ filler] Event notice."),
        P("ct2", "pos",
          "Wonderful news from Cllr Mallaby: she's discovered the sea. Apparently it's rising. Thank goodness we've a genius on the case 👏👏 Meanwhile the beach huts she wanted painted 'heritage teal' cost us £14k.",
          rules=[IR], allowed=[PA],
          note="[RT+ hostile 1/4] Mock praise of Fiona Mallaby (Green) ('Wonderful news', 'a genius on the case 👏👏'): irony expected, personal attack allowed. The beach-hut cost alone would be fair criticism. Later {ct3}, {ct5}, {ct7}."),
        P("ct3", "pos",
          "Fiona Mallaby turns up to a sea defences meeting on a bike, in the rain, with a Thermos and a placard, then wonders why the grown-ups don't take her seriously. Skelsea needs a councillor, not a student activist.",
          rules=[PA],
          note="[RT+ hostile 2/4] Belittles the person ('the grown-ups', 'student activist'), not any policy: personal attack expected. After {ct2}."),
        P("ct4", "fill",
          "Thanks to the RNLI and the coastguard for Tuesday's callout off the north pier. Two lads in a dinghy, both fine. Please check the tide times before you go out.",
          note="[RT+ filler] Safety post."),
        P("ct5", "pos",
          "Perhaps St Fiona of the Solar Panels would like to tell us what that lot on her roof on Cliff Terrace cost. Number 9, isn't it? Lovely views. Might pop round and ask.",
          rules=[BU], allowed=[IR, PA, DP],
          note="[RT+ hostile 3/4] Names her house number and says 'Might pop round': a veiled 'I know where you live', intimidation expected. Her home address allows data-protection (a councillor's name is public, her home is not); 'St Fiona' allows irony. Third occasion after {ct2}, {ct3}."),
        P("ct6", "fill",
          "Parking on Marine Parade: the new bays go in next month. I pushed for the first hour free for residents and I'm pleased to say that's in the scheme.",
          note="[RT+ filler] Ward news."),
        P("ct7", "pos",
          "Another day, another Mallaby press release. Can't wait for the next one. Truly, Skelsea is blessed. 🙄 #FionaFacts",
          rules=[IR],
          note="[RT+ hostile 4/4] No insult, only sarcasm with a hashtag made of her name: on its own mild, but the fourth hostile occasion at the same person ({ct2}, {ct3}, {ct5}), so the account rule applies. Irony expected."),
    ]),
    A("@WayneHebronLab", "x", RT, "positive", [
        P("wh1", "pos",
          "Graham Bainbridge lecturing Carrbrough about jobs from the 19th hole at Hollin Bay. Man's never been over the Swing Bridge without a satnav. Golf Club Graham strikes again ⛳",
          allowed=[PA],
          note="[RT+ hostile 1/5] First of five hostile posts at the Conservative Group Leader, Graham Bainbridge, by a Labour member (the set does not make one side the only harassers). Nickname and class jibe: personal attack allowed. Later {wh3}, {wh5}, {wh6}, {wh8}."),
        P("wh2", "fill",
          "Carrbrough market: new traders' rents frozen for a year. Small win but a win. Pop down Saturday, the pie stall's back.",
          note="[RT+ filler] Ward news."),
        P("wh3", "pos",
          "@GrahamBainbridgeCon Sit down Graham man, you're embarrassing yourself. Again. Clueless gadgie in a Barbour.",
          rules=[PA], kind="reply",
          note="[RT+ hostile 2/5] An x reply ('Clueless gadgie in a Barbour'): personal attack expected. After {wh1}."),
        P("wh4", "fill",
          "Station Square lift's been broken eleven days. Not good enough for folk with prams and wheelchairs. I've been on to the rail company and the council both.",
          note="[RT+ filler] Ward complaint."),
        P("wh5", "pos",
          "Graham wouldn't know a blast furnace from a barbecue. Somebody should take him on a tour of what's left of the coke ovens. And leave him there 😂",
          allowed=[PA, BU],
          note="[RT+ hostile 3/5] Mockery with a joke about leaving him at the coke ovens: figurative, so bullying is only allowed; personal attack allowed. Third occasion after {wh1}, {wh3}."),
        P("wh6", "pos",
          "Bainbridge again. Every meeting. Every single time. Sneering at Carrbrough like we're something on his shoe. He's a snob and a bully and the whole chamber knows it.",
          rules=[PA],
          note="[RT+ hostile 4/5] 'a snob and a bully': personal attack expected. Julie Hunton calls Wayne Hebron a bully in turn ({jh3})."),
        P("wh7", "fill",
          "Big thanks to the volunteers at the Carrbrough Central food bank. 300 parcels last month. That number should shame every one of us.",
          note="[RT+ filler] Thanks to volunteers."),
        P("wh8", "pos",
          "Graham, I know you read these. Keep talking Carrbrough down in that chamber and see what happens. I'm not asking nicely any more.",
          rules=[BU],
          note="[RT+ hostile 5/5] A direct warning with an unstated consequence ('see what happens', 'not asking nicely any more'): intimidation expected. No swearing. Fifth occasion."),
    ]),
    A("@MickTindallInd", "bluesky", RT, "positive", [
        P("mt1", "fill",
          "Ironmoor tenants: if you've got black mould, photograph it, date it, report it, and copy me in at mick.tindall@example.com. I've 23 open cases on the Kiln Lane flats alone.",
          note="[RT+ filler] Casework appeal with the councillor's own contact address."),
        P("mt2", "fill",
          "Damp surgery at Ironmoor library Thursday 4-6. Bring your tenancy letters if you've got them. Tea on. Can't make it? Ring me on 07700 900417.",
          note="[RT+ filler] Surgery notice with the councillor's own number (drama range); not personal data of anyone else."),
        P("mt3", "pos",
          "Rachel Hird has had the Kiln Lane damp report since June. Either she can't read or she doesn't care. Both, I'd say. Useless woman.",
          rules=[PA],
          note="[RT+ hostile 1/2] Insults the Housing portfolio holder as a person ('can't read', 'Useless woman'): personal attack expected. One of only two hostile posts in this account (the threshold test); the other is {mt6}."),
        P("mt4", "fill",
          "The Kiln Lane flats are getting new windows in block C from next month. Blocks A and B still waiting. One out of three isn't a result.",
          note="[RT+ filler] Robust criticism of a programme, not of a person."),
        P("mt5", "fill",
          "Ironmoor bonfire on the rec is council-run this year, gates 6pm. Please don't bring your own fireworks, we had two injuries last year.",
          note="[RT+ filler] Event notice."),
        P("mt6", "pos",
          "Hird's on the telly talking about 'decent homes'. Come and stand in a bairn's bedroom on Kiln Lane with mushrooms growing up the wall, Rachel, then tell me about decent. Actually don't bother. Nobody in Ironmoor wants to see your face.",
          rules=[PA],
          note="[RT+ hostile 2/2] Starts as a fair challenge, ends in a personal put-down ('Nobody in Ironmoor wants to see your face'): personal attack expected. Second occasion after {mt3}, so the account rule applies at exactly two."),
        P("mt7", "fill",
          "Thank you to the Ironmoor Methodists for letting us use the hall for the tenants' meeting. 60-odd turned up on a wet night.",
          note="[RT+ filler] Thanks."),
    ]),
    A("@KarenSpensleyCon", "facebook", RT, "positive", [
        P("ks1", "fill",
          "Ravensgill beck: the flood team have cleared the culvert by the old ironstone bridge. Shout if you see it backing up again.",
          note="[RT+ filler] Ward news."),
        P("ks2", "pos",
          "My ward colleague slept through another planning committee last night. Bless him. Hearing aid switched off again, Peter? Ravensgill deserves someone who's awake.",
          rules=[IR, PA], allowed=[EQ],
          note="[RT+ hostile 1/3] At her own ward colleague Peter Metcalfe: 'Bless him' is mock sympathy (irony expected) and the jibe about his hearing aid belittles him (personal attack expected; disability allows equality). Later {ks4}, {ks6}."),
        P("ks3", "fill",
          "Ravensgill show raised £4,200 for the air ambulance. What a day. Thanks to the committee and everyone who baked.",
          note="[RT+ filler] Community thanks."),
        P("ks4", "pos",
          "Saw Cllr Metcalfe coming out of the Black Bull at dinnertime Tuesday, well refreshed, then straight into a licensing hearing. Is that who Ravensgill voted for?",
          rules=[DE], allowed=[PA],
          note="[RT+ hostile 2/3] States as fact that he sat a licensing hearing drunk: an allegation of misconduct, defamation expected. After {ks2}."),
        P("ks5", "fill",
          "Ravensgill bus: the 93 keeps its Sunday service. Thank you to everyone who filled in the survey.",
          note="[RT+ filler] Ward news."),
        P("ks6", "pos",
          "Time Peter stepped down. If he won't go quietly I'll make sure every household in Ravensgill knows exactly why. I've kept a note of everything. Everything, Peter.",
          rules=[BU],
          note="[RT+ hostile 3/3] Threatens exposure unless he resigns ('I've kept a note of everything'): intimidation expected. Third occasion after {ks2}, {ks4}. Peter Metcalfe's own page is a moderation account ({pm1}-{pm8})."),
    ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@TonyListerReform", "x", RT, "hard_negative", [
        P("tl1", "hn",
          "The Leader's decision to pause the Works site jobs fund is wrong. Carrbrough lost 2,000 jobs when the furnace went out; pausing the one fund aimed at those families is the wrong call. I'll be moving a motion to reinstate it.",
          note="[RT- hn] Robust criticism of Ann Garbutt's decision, the same one Darren Stockdale attacks her over ({ds2}); aimed at the decision, civil."),
        P("tl2", "fill",
          "Carrbrough Central: the town centre toilets reopen Monday after the refit. Small things matter.",
          note="[RT- filler] Ward news."),
        P("tl3", "hn",
          "Cllr Garbutt says the pause is about 'value for money'. Fair question, but then publish the evaluation. If the fund isn't working, show us why. If it is, restart it.",
          note="[RT- hn] Second mention of the Leader, quoting her and asking for evidence; no attack."),
        P("tl4", "hn",
          "Credit where it's due: Ann Garbutt is right to go after the government for the sea wall money at Skelsea. Cross-party on this one, she has my support.",
          note="[RT- hn] Approving mention of the same person."),
        P("tl5", "hn",
          "Full council tonight. Asked the Leader for the third time when the jobs fund evaluation will be published. Third time, no date. I'll keep asking at every meeting till there is one. That's the job.",
          note="[RT- hn] Persistence about a document ('I'll keep asking at every meeting'), not about her: the contrast with {ds5} and {le4}."),
        P("tl6", "hn",
          "Invitation to @AnnGarbuttCMI: come and spend a morning at the Carrbrough job club with me. Meet the lads who were on the furnace. Then let's talk about the fund. Kettle's on.",
          note="[RT- hn] An @mention invitation to the Leader; fifth mention, none hostile."),
    ]),
    A("@RayWeatherillLab", "facebook", RT, "hard_negative", [
        P("rw1", "hn",
          "Read the Works site masterplan cover to cover. Tariq Hussain's team have put the housing on the bit nearest the old slag tips and the warehouses along the river. It's back to front. I'll be saying so at scrutiny.",
          note="[RT- hn] Criticism of the Regeneration portfolio holder's plan, by name; civil."),
        P("rw2", "hn",
          "Tariq's a grafter and I like him, but this masterplan's a dog's breakfast. 400 jobs promised, 90 with a start date. Show us the rest.",
          note="[RT- hn] 'a dog's breakfast' is aimed at the plan, with a kind word for the man: not a hostile occasion."),
        P("rw3", "hn",
          "Someone on here's been telling folk to 'ask Chidi where he's actually from'. I'll save you the bother: he's from Ferrybank, same as me, and he's out on Wharf Street with a pump every time it floods. Disagree with his politics all you like. That other stuff has no place in this town.",
          note="[RT- hn] Counter-speech quoting Steve Oxley's line ({so4}) to condemn it; nothing allowed."),
        P("rw4", "hn",
          "Cabinet have pushed the Works masterplan back to January. Good. Use the time to go back to Ferrybank, Cllr Hussain, because nobody asked us the first time.",
          note="[RT- hn] Third mention of Tariq Hussain, direct but civil."),
        P("rw5", "fill",
          "The Ferrybank wharf steps are fixed! Took a year and a lot of emails. Thanks to the highways lads who did it in the pouring rain.",
          note="[RT- filler] Ward news."),
        P("rw6", "hn",
          "Tariq Hussain told the regeneration panel the river frontage would be 'publicly accessible'. Good. I want that in writing and in the conditions, not left in a press release.",
          note="[RT- hn] Fourth mention of the same member, holding him to a promise; predisposition at most, no attack."),
    ]),
    A("@BrianCoulsonLab", "facebook", RT, "hard_negative", [
        P("bc1", "fill",
          "Grangefleet library back to five days a week from October. We fought for that one.",
          note="[RT- filler] Ward news."),
        P("bc2", "hn",
          "Shaun Fawcett is a nasty, spiteful little man and everybody on Hadfield Road knows it. What he wrote about a young mam on this council tells you all you need to know.",
          rules=[PA],
          note="[RT- hn hostile] A single hostile post at Shaun Fawcett, provoked by {sf5}: personal attack expected, but one occasion is not a course of conduct. Later mentions {bc4}, {bc6} are civil."),
        P("bc3", "fill",
          "Grangefleet allotments waiting list is down to 14. If you've a plot you're not using, hand it back so a family can have a go.",
          note="[RT- filler] Notice ('a family' in ordinary business)."),
        P("bc4", "hn",
          "Cllr Fawcett and I don't agree on much but we both want the crossing outside Grangefleet Primary. Joint letter went to highways this week.",
          note="[RT- hn] Civil mention of the same person after {bc2}."),
        P("bc5", "fill",
          "Flu jabs at the Hadfield Road pharmacy, no appointment needed on Tuesdays. Get yourselves done, it's going round.",
          note="[RT- filler] Health notice."),
        P("bc6", "hn",
          "Shaun Fawcett raised the fly-tipping on the old railway path at committee. He's right, it's a disgrace, and I've backed his call for cameras.",
          note="[RT- hn] Supportive mention; 'a disgrace' is about the fly-tipping."),
    ]),
    A("@JulieHuntonCon", "x", RT, "hard_negative", [
        P("jh1", "hn",
          "@NeilLynasCMI how's the Mackems getting on Neil? Oh. 😂 Get yourself a parmo, pet, you'll feel better.",
          note="[RT- hn] Football banter at a friend across the chamber; first of two ribbing posts at the same person ({jh4}), neither hostile."),
        P("jh2", "fill",
          "Hollin Bay dune fencing: volunteers needed Saturday 10-1, meet at the lifeguard hut. Wellies and a flask.",
          note="[RT- filler] Volunteer call."),
        P("jh3", "hn",
          "Wayne Hebron is a gobby bully who can't string a sentence together without a sneer. Grow up, Wayne.",
          rules=[PA],
          note="[RT- hn hostile] One hostile post at Wayne Hebron (who harasses her group leader, {wh1}-{wh8}): personal attack expected, single occasion."),
        P("jh4", "hn",
          "Right @NeilLynasCMI, loser buys the parmos after the derby. Large, chips, garlic sauce. I can taste it already 😋",
          note="[RT- hn] Second banter post at the same person: repeated, but friendly, so no course of conduct."),
        P("jh5", "hn",
          "Darren Stockdale's a coward hiding behind a keyboard. Says it all that he'll not say any of it to Ann's face.",
          rules=[PA],
          note="[RT- hn hostile] One hostile post at a second person, Darren Stockdale (who targets the Leader, {ds2}-{ds7}): personal attack expected. Two attacks at two different people make no repeated target."),
        P("jh6", "fill",
          "The Hollin Bay caravan park bus stop is getting a shelter at last. Small things.",
          note="[RT- filler] Ward news."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@LorrainePybusLab", "facebook", MIX, "positive", [
        P("lp1", "fill",
          "Ovenside Family Day on the rec, Saturday 12-4. Bouncy castle, dog show, free fruit for the bairns. It's council-funded so it's your money, come and enjoy it!",
          note="[MIX+ council] Council event; the family words are ordinary business."),
        P("lp2", "pos",
          "OUR KAYLEIGH PASSED HER DRIVING TEST!!! 🚗🎉 Third time lucky and not a single minor. Mind out on the roads everyone 😂 So proud of you pet xx",
          allowed=[DP],
          note="[MIX+ personal] Family news for its own sake on the council page; names her daughter (data-protection allowed). Capitals are joy, not haste."),
        P("lp3", "fill",
          "Reminder: Ovenside ward surgery moves to the Community Hub on Bessemer Road from next week, first Friday of the month 10-12.",
          note="[MIX+ council] Surgery notice."),
        P("lp4", "pos",
          "Sunday dinner at Mam's. Yorkshires the size of your head, gravy you could stand a spoon in. 84 and still won't let anyone else near the oven ❤️",
          note="[MIX+ personal] Told as a meal, not an announcement. The mother is unnamed; her age alone is not treated as enough for data-protection (compare {jf4})."),
        P("lp5", "fill",
          "The Bessemer Road bus stop is moving 50 yards while they do the drains. Six weeks. Sorry for the walk.",
          note="[MIX+ council] Notice."),
        P("lp6", "pos",
          "Little Mason's christening at St Cuthbert's today. Nana's heart is full. Our Kayleigh and Dean did him proud 💙👶",
          allowed=[DP],
          note="[MIX+ personal] A grandson's christening, with the baby, daughter and her partner named: data-protection allowed (a child). Follows {lp2}."),
    ]),
    A("@BobCleasbyMarwick", "facebook", MIX, "positive", [
        P("bo1", "fill",
          "Marwick harbour: the dredger's booked for the spring tides in October. Boats off the north moorings by the 10th please.",
          note="[MIX+ council] Harbour notice."),
        P("bo2", "pos",
          "Out on the Margaret Ann at first light. Sea like a millpond, 30 pots up and a canny haul of lobster. Back in for bait and a bacon sarnie by eight. Days like this you remember why 🦞⚓",
          note="[MIX+ personal] His own fishing day (the coble's name only); personal content on the councillor page though he represents a fishing village."),
        P("bo3", "fill",
          "Coast path closed between Marwick and the Nab after the cliff fall. Please use the road diversion, it's not safe, whatever the dog walkers tell you.",
          note="[MIX+ council] Safety notice."),
        P("bo4", "pos",
          "Gale warning so no fishing. Spent the day mending creels in the shed with the radio on. Our Bess (the dog, not the wife!) supervised 🐕",
          note="[MIX+ personal] Home life told as a joke about the dog; names nobody but the dog."),
        P("bo5", "fill",
          "The lifeboat station roof grant's come through from the coastal fund. Thanks to everyone at the council who pushed it.",
          note="[MIX+ council] Ward news."),
        P("bo6", "pos",
          "Sixty today! The lads on the harbour have done the coble up with balloons and something rude in felt tip. Cheers for all the messages, pint in the Fisherman's Arms from 7 if you're passing 🎂🍺",
          allowed=[HA],
          note="[MIX+ personal] His birthday; the pint allows haste (alcohol mentioned) though nothing suggests he posted after one."),
        P("bo7", "fill",
          "Marwick Parish Hall: the council's warm space is open Tuesdays and Thursdays from November. Soup, a natter and a warm.",
          note="[MIX+ council] Notice."),
    ]),
    A("@DebbieAgarCon", "bluesky", MIX, "positive", [
        P("da1", "pos",
          "Tenerife you've been amazing ☀️🍹 Back to reality and the Skelsea drizzle tomorrow. Casework inbox, I'm coming for you!",
          note="[MIX+ personal] Holiday post; the nod to casework does not make it council business."),
        P("da2", "fill",
          "Skelsea Sands beach clean with the surf club, Sunday 9am at the north slipway. 47 bags last time.",
          note="[MIX+ council] Community notice."),
        P("da3", "pos",
          "Date night with Mark at the new Italian on the Esplanade 🍝❤️ 22 years married next week and he still makes me laugh every day.",
          allowed=[DP],
          note="[MIX+ personal] Names her husband (data-protection allowed)."),
        P("da4", "fill",
          "Good news: the Esplanade shelter is in the seafront repairs programme. Work starts after the clocks go back.",
          note="[MIX+ council] Ward news."),
        P("da5", "pos",
          "Dropped our Ellie at uni in Durham this morning and came straight back for scrutiny. House is far too quiet tonight 😢 #proudmum",
          allowed=[DP],
          note="[MIX+ personal] Personal news folded into a council day: the daughter's move is the point of the post. Names her and her university city (data-protection allowed)."),
        P("da6", "fill",
          "Parking permit scheme for Skelsea Sands residents: consultation open till the end of the month. Please do have your say, I'm genuinely undecided.",
          note="[MIX+ council] Consultation notice (not a quasi-judicial matter)."),
    ]),
    A("@KevSwalesOvenside", "x", MIX, "positive", [
        P("kv1", "fill",
          "Ovenside licensing: the late licence application for the offy on Furnace Terrace goes to panel on the 14th. If you've views, put them in writing to licensing before then.",
          note="[MIX+ council] Neutral pointer to a licensing process; no view expressed."),
        P("kv2", "pos",
          "UTB!! What a finish. 93rd minute and the whole South Stand lost its mind. Voice gone, knees gone, worth every penny 🔴⚪",
          note="[MIX+ personal] Football, as a fan."),
        P("kv3", "pos",
          "Hip op done. Nurses on ward 8 were brilliant. I'll be on crutches at next full council so no heckling from the Tories please, I can't run off 😂",
          note="[MIX+ personal] His own health, joked about with a council aside. His own operation is not a private person's data, so nothing is allowed."),
        P("kv4", "fill",
          "Ovenside rec: the new skate park design is up on the council site. The lads who asked for it helped draw it. Comments welcome.",
          note="[MIX+ council] Consultation."),
        P("kv5", "pos",
          "37 years ago today I clocked on at the coke ovens for the first time. Sixteen, scared stiff, bait box me mam packed. Miss the lads every day.",
          note="[MIX+ personal] A memory of his own working life; 'the Works' past is personal here, not ward business."),
        P("kv6", "fill",
          "Grit bins: Ovenside has 11 and I've asked for 4 more on the banks. If you know one that's empty, tell me where.",
          note="[MIX+ council] Casework appeal."),
    ]),
    A("@MayorJeanF", "facebook", MIX, "positive", [
        P("jf1", "fill",
          "An honour to present the Mayor's Community Awards at Carrbrough Town Hall tonight. Eleven winners, every one of them a reason to be proud of this borough.",
          note="[MIX+ civic] Civic post from the Mayor's account."),
        P("jf2", "pos",
          "Forty-one years today since Ken and I married at High Eskell chapel. Seven years without him now. I still lay two cups out some mornings. Missing you love ❤️",
          note="[MIX+ personal] Grief, on the civic account. Her late husband is named; a dead person is not treated as having personal data, so nothing is allowed."),
        P("jf3", "fill",
          "Remembrance Sunday: the Mayor will lay the borough's wreath at the Carrbrough cenotaph at 11. Please join us if you can.",
          note="[MIX+ civic] Civic notice."),
        P("jf4", "pos",
          "Tups are in with the ewes this week at our Rob's, so lambing's on the calendar. I'm on tea-and-biscuits duty again come spring 🐑",
          allowed=[DP],
          note="[MIX+ personal] Family farm news; names her son (data-protection allowed)."),
        P("jf5", "fill",
          "The Mayor's appeal for Holly Bank Hospice has passed £9,000. Thank you, every coffee morning and quiz night counts.",
          note="[MIX+ civic] Charity appeal."),
        P("jf6", "pos",
          "Finished the Christmas jumper for the great-granddaughter. Only took three months and a fair bit of bad language 🧶😂",
          note="[MIX+ personal] Knitting for an unnamed great-grandchild; nothing allowed."),
    ]),
    A("@JoKitchingLD", "bluesky", MIX, "positive", [
        P("jk1", "fill",
          "Ferrybank flood drop-in at the Wharf Street chapel, Tuesday 4-7. Sandbag registration and help with the grant form.",
          note="[MIX+ council] Notice."),
        P("jk2", "pos",
          "Proud mam moment 🥹 Somebody's first day at big school and he didn't even look back. Me on the other hand, in bits at the gate.",
          note="[MIX+ personal] Told by implication, no name; her own child's first school day."),
        P("jk3", "pos",
          "Half marathon done! 2:14, nearly broke me on the last bank. Thanks for the sponsorship, £640 for the stroke unit 🏃‍♀️",
          note="[MIX+ personal] Her own running and charity effort."),
        P("jk4", "fill",
          "Ferrybank: the river path lighting is on the capital list for 2027. Not soon enough, but it's in.",
          note="[MIX+ council] Ward news."),
        P("jk5", "pos",
          "Knackered. Up all night with a poorly toddler and a dog that ate a sock. Send coffee ☕",
          allowed=[HA],
          note="[MIX+ personal] Home life; the tiredness allows haste."),
        P("jk6", "fill",
          "Wharf Street residents: the drainage survey team are in from Monday and will knock for access to back yards.",
          note="[MIX+ council] Notice."),
    ]),
    A("@NeilLynasCMI", "facebook", MIX, "positive", [
        P("nl1", "fill",
          "Hollin Bay dunes: the erosion survey is back and it's not pretty. 4 metres lost at the south end since 2023. Public meeting at the village hall, 7pm Thursday.",
          note="[MIX+ council] Ward news."),
        P("nl2", "pos",
          "Band's playing the Ship Inn Saturday from 9. Mostly Stones covers and one of mine that nobody asked for 🎸 Come and heckle.",
          note="[MIX+ personal] His band's gig."),
        P("nl3", "fill",
          "Hollin Bay: with the timetable change the last bus back from Carrbrough is 10.40 now. Plan accordingly.",
          note="[MIX+ council] Notice."),
        P("nl4", "pos",
          "Our lass got her British citizenship today after nine years here. Ceremony at the Town Hall, the Mayor did the honours. So proud of her 🇬🇧🇵🇱",
          allowed=[DP],
          note="[MIX+ personal] His wife, unnamed but identifiable, and her national origin: data-protection allowed. The civic ceremony does not make it council business."),
        P("nl5", "fill",
          "Flood siren test Wednesday at noon on Hollin Bay front. It's only a test, no need to panic.",
          note="[MIX+ council] Notice."),
        P("nl6", "pos",
          "Fourteen and a half stone of soaking wet Labrador just shook himself all over the living room after a swim in the bay. Worth it. 🐕🌊",
          note="[MIX+ personal] The dog. Julie Hunton's banter ({jh1}, {jh4}) is addressed to this member."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (council accounts)
    # ------------------------------------------------------------------
    A("@MartaKowalczykLD", "facebook", MIX, "hard_negative", [
        P("mk1", "hn",
          "Brackenside Family Fun Day this Saturday at the Welfare Park. Face painting, a climbing wall and free flu jabs for the grown-ups on the health bus. Bring the kids and the grandparents!",
          note="[MIX- council] Community notice full of family words; no personal content."),
        P("mk2", "hn",
          "Polish Heritage Day at Brackenside library. My own nan came here in 1948 to work in the rolling mill, like hundreds of Polish families did. Come and hear their stories and bring your family photos for the archive.",
          note="[MIX- council] A one-line personal aside serving a heritage event; compare {nl4}, where the family news is the point."),
        P("mk3", "hn",
          "Kinship carers: if you're a grandparent, aunt or older brother or sister bringing up a child in the family, the council's new support group meets at Brackenside Children's Centre every other Wednesday.",
          note="[MIX- council] Service notice."),
        P("mk4", "hn",
          "The Brackenside dementia café is back after the summer. Husbands, wives, sons, daughters and carers all welcome. Second Tuesday, 2pm, St Mary's hall.",
          note="[MIX- council] Service notice."),
        P("mk5", "hn",
          "A resident said to me on the doorstep: 'My lad's 26 and still can't get a council flat in Brackenside.' He's not alone, 400 on the waiting list in this ward. That's what Thursday's housing motion is about.",
          note="[MIX- council] Quotes an unnamed resident's 'my lad'; council business."),
        P("mk6", "hn",
          "Bereavement support drop-in at the crematorium chapel, run with the council's bereavement service. If you've lost a mam, a dad, a partner or a child this year, you don't have to do it on your own.",
          note="[MIX- council] Service notice."),
    ]),
    A("@ShabanaRafiqLD", "x", MIX, "hard_negative", [
        P("sr1", "hn",
          "Holiday hunger: 4,100 bairns across the borough got free meals and activities over the summer through the council's holiday programme. October half-term places are open now.",
          note="[MIX- council] Portfolio news."),
        P("sr2", "hn",
          "Calling all dads: the Family Hub in Gillcross has a Saturday dads and toddlers session from next month. Tea, toast and a soft play that can take a grown man 😄",
          note="[MIX- council] Portfolio news with emoji and family words."),
        P("sr3", "hn",
          "Could your family foster? We need 30 more foster families across the borough this year. Info evening at Carrbrough Town Hall, Thursday 6pm. Single carers, same-sex couples and older carers all welcome.",
          note="[MIX- council] Recruitment notice."),
        P("sr4", "hn",
          "I'm a mam myself and I've had those 3am moments when the baby won't settle and you don't know who to ask. Our health visitors run a drop-in at every Family Hub. Use them, that's what they're there for.",
          note="[MIX- council] A personal aside serving a service message. Shaun Fawcett's attacks on her ({sf3}, {sf5}) are about the same baby."),
        P("sr5", "hn",
          "Young carers' awards at the Town Hall tonight. Kids of 10 and 11 looking after a mam or dad with MS and doing their homework at midnight. Humbled doesn't cover it.",
          note="[MIX- council] Civic event."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (separate personal accounts)
    # ------------------------------------------------------------------
    A("@annies_ravensgill_bakes", "facebook", MIX, "hard_negative", [
        P("ag1", "hn",
          "Parkin's in the tin for bonfire night. Three days in and it's just starting to go sticky. Don't touch it, you-know-who.",
          note="[MIX- personal account] The Leader's separate baking account; no council business."),
        P("ag2", "hn",
          "Ravensgill WI show: second in the Victoria sponge, beaten by my neighbour AGAIN. Next year. Next year. 🏆",
          note="[MIX- personal account] Hobby."),
        P("ag3", "hn",
          "Grandbairns here for half-term, so the kitchen looks like a bomb's hit it and there's flour on the dog. Wouldn't have it any other way ❤️",
          note="[MIX- personal account] Family, unnamed."),
        P("ag4", "hn",
          "Bramble picking on the lane behind the farm. Two tubs, a scratched arm and a very purple Labrador. Jam tomorrow.",
          note="[MIX- personal account] Hobby; the farm is the one Darren Stockdale sneers at ({ds2})."),
        P("ag5", "hn",
          "First frost on the moor top this morning. Scones in the oven, fire lit, kettle on. Proper Ravensgill autumn 🍂",
          note="[MIX- personal account] Home life."),
    ], account="personal"),
    A("@dave_on_the_tops", "bluesky", MIX, "hard_negative", [
        P("dn1", "hn",
          "Up on the tops above Thornby at first light. Curlews long gone for the winter but the grouse were chuntering away. Flask of tea and not a soul about.",
          note="[MIX- personal account] The Environment and Moors portfolio holder's separate walking account; the moor as a walker, no council business."),
        P("dn2", "hn",
          "Took the grandson on his first proper walk, along the Cleveland Way from the Nab to the old alum works. Seven years old and he left me for dead on the bank. Where did my knees go 😂",
          note="[MIX- personal account] Family, unnamed."),
        P("dn3", "hn",
          "Heather's gone over now and the moor's turned that rusty brown. Best time of year for a wander if you ask me.",
          note="[MIX- personal account] Walking."),
        P("dn4", "hn",
          "Boots finally gave up after eleven years and something like 4,000 miles. RIP. New pair need breaking in before winter.",
          note="[MIX- personal account] Walking."),
        P("dn5", "hn",
          "Fog that thick on the top road you couldn't see the sheep till you were nose to nose with one. Turned back at the cattle grid. Soup instead.",
          note="[MIX- personal account] Walking."),
    ], account="personal"),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@EileenStorrCMI", "facebook", MOD, "positive", [
        P("es1", "fill",
          "Update on the Marwick harbour car park: from 1 November it's pay and display in summer only, free October to March. Residents' permits stay free. I know not everyone will like it, but it keeps the harbour maintained. Comments welcome.",
          note="[MOD+ owner post] The post the comments below sit under."),
        C("es2", "Gaz Thorpe", "pos",
          "Harbourmasters been on the take from the marina lot for years, everyone in Marwick knows it. This is just more money for his back pocket.",
          allowed=[DE, OF],
          note="[MOD+ left up] Alleges an identifiable officer takes bribes: defamatory comment left on the page; defamation and officers allowed."),
        C("es3", "Linda Boyes", "hn",
          "Free in winter is fair enough but £6 a day in August will kill the café trade. Please look at it again.",
          note="[MOD+ civil] Civil objection."),
        C("es4", None, "hn",
          "Thanks Linda, I've asked for the café owners to be consulted before the charges are set. Will report back.",
          note="[MOD+ owner reply] She answers Linda under the same post and leaves {es2} and {es5} up."),
        C("es5", "Craig Ward", "pos",
          "Stick your f***ing charges where the sun don't shine Eileen. Crooks the lot of yous.",
          allowed=[AB, PA, DE],
          note="[MOD+ left up] Obscene and abusive at the page owner; 'Crooks' allows defamation."),
        P("es6", "fill",
          "The Home Office has confirmed the Cliff Top Hotel in Marwick will house around 40 asylum seekers from December. The council wasn't consulted. I've asked Sarah Blenkin MP and the Home Office for a public meeting so people can get answers. Please keep it civil on here.",
          note="[MOD+ owner post] Neutral notice asking for civility."),
        C("es7", "Dave Pinkney", "pos",
          "Dont need that lot here. Send them back on the next boat or we'll sort it ourselves.",
          allowed=[EQ, BU],
          note="[MOD+ left up] Hostility to asylum seekers as a group with a vigilante threat: equality and bullying allowed."),
        C("es8", "Marie Sayer", "hn",
          "I volunteer with the refugee drop-in in Carrbrough. Most are young lads who've had a terrible time. Happy to come to the meeting and answer what I can.",
          note="[MOD+ civil] Civil comment under the same post."),
        C("es9", "Kerry Bell", "pos",
          "Someone wants to burn it down before they move in. Just saying.",
          allowed=[BU],
          note="[MOD+ left up] Incitement to arson, left up; 'Just saying' does not soften it."),
    ]),
    A("@NasreenAkhtarLab", "facebook", MOD, "positive", [
        P("na1", "fill",
          "Wonderful evening at the Carrbrough Central interfaith Diwali and Eid celebration in the Town Hall. Over 300 people, food from six kitchens, and the brass band from the steelworkers' club. This is our town at its best ❤️",
          note="[MOD+ owner post] Community post."),
        C("na2", "Tony Brack", "pos",
          "Our town? Not any more it isnt. Carrbrough's turning into Islamabad. Proper locals are being pushed out.",
          allowed=[EQ],
          note="[MOD+ left up] Racist and anti-Muslim framing of neighbours; no swear word. Equality allowed."),
        C("na3", "Janet Oates", "hn",
          "Lovely do. The band were belting. More of these please.",
          note="[MOD+ civil] Friendly comment."),
        C("na4", "Mark Sedgwick", "pos",
          "Nasreen should go back where she came from and take her Town Hall party with her",
          allowed=[EQ, PA],
          note="[MOD+ left up] 'go back where she came from' at the page owner: equality and personal attack allowed."),
        P("na5", "fill",
          "Anti-social behaviour around the Station Square underpass: police are stepping up patrols and the council's putting in better lighting. If you see dealing, report it to 101 or anonymously. Please don't post names on here.",
          note="[MOD+ owner post] Asks for no names; a commenter posts one anyway ({na6})."),
        C("na6", "Jodie Hume", "pos",
          "It's the lad from 22 Cinder Lane, the ginger one, Callum Pyle, everyone knows he's dealing out his mams back door. Been inside twice.",
          allowed=[DP, DE],
          note="[MOD+ left up] A private person's name, address and criminal record with an allegation of dealing: data-protection and defamation allowed."),
        C("na7", "Steve Rowntree", "hn",
          "About time. My lass won't walk through there after dark. The lights will help.",
          note="[MOD+ civil] Civil comment."),
        C("na8", None, "hn",
          "Thanks Steve. Lighting goes in the week after next. And please, everyone, names and addresses go to the police, not Facebook.",
          note="[MOD+ owner reply] She repeats the warning but does not remove {na6}; the comment stays a positive."),
    ]),
    A("@GrahamBainbridgeCon", "facebook", MOD, "positive", [
        P("gb1", "fill",
          "Travellers have pulled onto the Hollin Bay beach car park overnight, about 12 caravans. The council's served notice and the police are aware. I'll update when I know more.",
          note="[MOD+ owner post] Neutral update."),
        C("gb2", "Phil Garnett", "pos",
          "Filthy pikeys. Shoot the lot and tow the vans into the sea.",
          allowed=[EQ, BU, AB],
          note="[MOD+ left up] Ethnic slur for Travellers with a threat of violence: equality, bullying and abusive language allowed."),
        C("gb3", "Sue Hebden", "hn",
          "Why does it take the council a week every single time? The car park should have a height barrier, we've been asking since 2022.",
          note="[MOD+ civil] Robust criticism of the council."),
        C("gb4", "Ricky Coates", "pos",
          "The ones in the silver Transit with the tow bar are the ones who did the golf club break in. Somebody go and give them a knock tonight.",
          allowed=[DE, BU],
          note="[MOD+ left up] Accuses identifiable people of a burglary and urges a visit: defamation and bullying allowed."),
        P("gb5", "fill",
          "Caravan park extension at Hollin Bay: the consultation closes Friday. Whatever your view, please put it in writing to planning so it counts.",
          note="[MOD+ owner post] Neutral on a pending application."),
        C("gb6", "Brenda Iley", "hn",
          "More caravans, more traffic, no more doctors. Hollin Bay's full. Object, everyone.",
          note="[MOD+ civil] A resident's campaigning view; predetermination applies to members, not residents."),
        C("gb7", "Martin Prest", "hn",
          "Some of us work on that park. Jobs matter too. It's not all day-trippers and noise.",
          note="[MOD+ civil] Counter-view."),
        C("gb8", "Don Askew", "pos",
          "The planning officer Kieran Lax is in the park owner's pocket. Funny how his missus got a static van there for nowt.",
          allowed=[DE, OF],
          note="[MOD+ left up] Alleges corruption by a named officer: defamation and officers allowed. Compare Lee Emmerson's own posts about the Head of Planning on the same scheme ({le2})."),
    ]),
    A("@PaulaDobsonInd", "facebook", MOD, "positive", [
        P("pd1", "fill",
          "Brackenside Primary: the council's consultation on merging with St Aidan's closes on the 30th. I've been clear I'll fight to keep both sites open. Please respond, every reply gets read.",
          note="[MOD+ owner post] A school reorganisation is not quasi-judicial; her stance is ordinary politics."),
        C("pd2", "Wendy Stobbart", "pos",
          "It's the headmistress Mrs Cowan's fault, she's run it into the ground. Drinks in her car at dinnertime, ask anyone.",
          allowed=[DE, PA],
          note="[MOD+ left up] Names a private person (the head teacher) and alleges drinking on duty: defamation and personal attack allowed."),
        C("pd3", "Gemma Lowther", "hn",
          "Both mine went there. It's the heart of the estate. Keep it open.",
          note="[MOD+ civil] Supportive comment."),
        C("pd4", "Carl Bewick", "pos",
          "Its a retards school anyway, half them kids in the unit should be in a home",
          allowed=[EQ, AB],
          note="[MOD+ left up] Disability slur about pupils in the special unit: equality and abusive language allowed."),
        P("pd5", "fill",
          "Street lights on the Brackenside estate: 41 columns being replaced over the winter with LEDs. Brighter and cheaper to run.",
          note="[MOD+ owner post] Ward news."),
        C("pd6", "Alan Raw", "hn",
          "Long overdue. Now do the pavements on Rolling Mill Road.",
          note="[MOD+ civil] Civil comment."),
        C("pd7", "Tracey Gill", "pos",
          "@PaulaDobsonInd while your at it get rid of that smackhead Dawn Marley at 3 Mill Close, off her face every day with her bairns running wild",
          allowed=[DP, DE, PA],
          note="[MOD+ left up] A private person's name and address, alleged drug use (special category) and her children: data-protection, defamation and personal attack allowed."),
    ]),
    A("@PeterMetcalfeCMI", "facebook", MOD, "positive", [
        P("pm1", "fill",
          "Off-road bikes tearing up the moor above Ravensgill again this weekend. Police and the national park rangers know. If you see them, note the time and place and report it to 101. Please don't confront them.",
          note="[MOD+ owner post] Community safety post."),
        C("pm2", "Neville Dent", "pos",
          "Wire across the track at neck height. They'd only do it the once.",
          allowed=[BU],
          note="[MOD+ left up] Proposes a lethal trap: a threat of violence left up; bullying allowed."),
        C("pm3", "Pam Readshaw", "hn",
          "They've ruined the bridleway by the beck. Can the council put gates in at the top end?",
          note="[MOD+ civil] Civil comment."),
        C("pm4", None, "hn",
          "Pam, yes, I've asked for kissing gates at both ends. Cost is being worked out now.",
          note="[MOD+ owner reply] Replies under the post while {pm2} stays up."),
        C("pm5", "Dale Pounder", "pos",
          "One of them is the Tomlin lad from the garage, KV18 OQF on his trailer. Go and have a word with his dad.",
          allowed=[DP, BU],
          note="[MOD+ left up] Names a private person, gives a vehicle registration (a letter pattern no real plate uses) and sends people to his family: data-protection and bullying allowed."),
        P("pm6", "fill",
          "Wind farm scoping consultation for the moor above Ravensgill and Thornby: the developer's exhibition is in the village hall Friday 2-7. Go and ask the hard questions.",
          note="[MOD+ owner post] Neutral notice."),
        C("pm7", "Geoff Tunstall", "hn",
          "Turbines on the tops? Over my dead body. Write in, everyone.",
          note="[MOD+ civil] Figurative and robust, from a resident: acceptable."),
        C("pm8", "Bev Carass", "pos",
          "Peter Metcalfe's been bought by the wind farm lot, his brothers on their payroll. Corrupt to the core the lot of them.",
          allowed=[DE, PA],
          note="[MOD+ left up] Corruption allegation at the page owner himself: defamation and personal attack allowed. He is also Karen Spensley's target ({ks2}-{ks6})."),
    ]),
    A("@SharonTrattlesLab", "facebook", MOD, "positive", [
        P("st1", "fill",
          "Grangefleet: the supported housing on Hadfield Road is for young people leaving care, not 'ex-cons' as some leaflets are claiming. I've met the provider. Open evening next Wednesday if you want to see for yourself.",
          note="[MOD+ owner post] Corrects a rumour."),
        C("st2", "Gary Spink", "pos",
          "Young people leaving care my arse. Paedos and junkies, that's who they'll put in. Burn it before it opens.",
          allowed=[BU, AB],
          note="[MOD+ left up] Smears future residents and urges arson: bullying and abusive language allowed."),
        C("st3", "Angela Coverdale", "hn",
          "I was in care myself. Most of us just needed somewhere safe to land. Thank you Sharon.",
          note="[MOD+ civil] Civil comment."),
        C("st4", "Jason Wilde", "hn",
          "You're about as much use as a chocolate teapot Sharon. Nobody asked Grangefleet, as usual.",
          note="[MOD+ civil] Rude but acceptable: a jibe at the page owner's usefulness in a political row; nothing allowed."),
        P("st5", "fill",
          "Dog fouling on the Grangefleet rec is out of hand. Wardens are doing extra patrols and the fine is £100. Bag it and bin it, it's not hard.",
          note="[MOD+ owner post] Ward notice."),
        C("st6", "Lisa Farrow", "pos",
          "Its the fat slag at number 7 Tanner's Row with the two staffies, lets them out every morning. Her name's Michelle Orde if the wardens want it.",
          allowed=[DP, AB, PA],
          note="[MOD+ left up] Names and gives the address of a private person with an abusive slur: data-protection, abusive language and personal attack allowed."),
        C("st7", "Ken Bowes", "hn",
          "Extra patrols? Haven't seen a warden on the rec since Easter. Pull the other one.",
          note="[MOD+ civil] Sarcastic disbelief aimed at the council; acceptable."),
        C("st8", "Terry Snaith", "pos",
          "Call yourself a councillor, you useless c***. Grangefleet's a shithole and you've done f*** all.",
          allowed=[AB, PA],
          note="[MOD+ left up] Obscene abuse of the page owner (starred, still obscene): abusive language and personal attack allowed. Contrast {st4}."),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@PhilReadmanLD", "facebook", MOD, "hard_negative", [
        P("pr1", "hn",
          "Budget consultation is open. We've a £14m gap next year and every option is on the table, from library hours to the Christmas lights. Tell us what you'd protect and what you'd cut. Robust views welcome, abuse isn't.",
          note="[MOD- owner post] Invites robust comment."),
        C("pr2", "Bernie Tait", "hn",
          "Council tax up again and the bins are still every fortnight. You lot are a shower.",
          note="[MOD- comment] Rude about the administration as a body; acceptable."),
        C("pr3", "Jen Alder", "hn",
          "Skelsea pays in and gets nowt back. It all goes on Carrbrough vanity projects. Same every year.",
          note="[MOD- comment] Robust, about spending."),
        C("pr4", None, "hn",
          "Jen, fair challenge. Skelsea got 18% of capital spend last year with 16% of the population, but I take the point on the seafront. Figures are in the consultation pack.",
          note="[MOD- owner reply] Engages with the critic."),
        C("pr5", "Rob Kettlewell", "hn",
          "This 'consultation' is a stitch-up, decisions are already made. Vote them all out in May.",
          note="[MOD- comment] 'stitch-up' is political opinion about a process, not an allegation of crime against a person; nothing allowed."),
        P("pr6", "hn",
          "I've removed a comment from my last post because it named a member of staff at the Carrbrough tip and made claims about her. Criticise me and the budget all you like. Leave staff out of it.",
          note="[MOD- owner post] A removal notice: what the rule asks for, done."),
        C("pr7", "Bernie Tait", "hn",
          "Fair enough Phil. Still think you're wrong on the bins mind.",
          note="[MOD- comment] Civil."),
        C("pr8", "Noreen Kirtley", "hn",
          "Good. Them lasses at the tip get enough grief as it is.",
          note="[MOD- comment] Civil."),
    ]),
    A("@HeatherWardleGreen", "facebook", MOD, "hard_negative", [
        P("hw1", "hn",
          "The 68 to Thornby is being cut to four buses a day from January. It's the operator's decision, not the council's, but I'm fighting it with everything I've got. Please share your stories: how will this affect you?",
          note="[MOD- owner post] Invites comment."),
        C("hw2", "Margaret Swainston", "hn",
          "I'm 79 and I don't drive. That bus is my doctor, my shopping and my sister. Four a day and I'm stuck.",
          note="[MOD- comment] A resident's own circumstances, given by herself."),
        C("hw3", "Dean Hutton", "hn",
          "Typical Greens, want us all on bikes up Thornby Bank in January. Good luck with that 🙄",
          note="[MOD- comment] Sarcastic jibe at the owner's party; acceptable."),
        C("hw4", "Carol Nunn", "hn",
          "Whoever keeps calling the drivers 'lazy scrotes' on the village page should pack it in. It's not the drivers fault, they're as fed up as we are.",
          note="[MOD- comment] Quotes abuse from elsewhere to condemn it; nothing to remove."),
        C("hw5", "Ian Pattison", "hn",
          "The operator should be ashamed of themselves. Profits up, services down. Disgrace.",
          note="[MOD- comment] Harsh criticism of an organisation's decision; acceptable."),
        P("hw6", "hn",
          "Thank you to everyone who came to the bus meeting in the village hall. 90 people on a wet Tuesday! The petition goes to the operator and the combined authority next week.",
          note="[MOD- owner post] Follow-up."),
        C("hw7", "Dean Hutton", "hn",
          "Fair play Heather, didn't think you'd get that many. Signed.",
          note="[MOD- comment] The same sceptic, now civil."),
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
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def render():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["kind"] != "comment"]
        n = len(posts)
        chosen = []
        for i in range(n):
            lo, hi = i * len(days) // n, (i + 1) * len(days) // n
            chosen.append(days[rng.randrange(lo, hi)])
        pi = -1
        parent = None
        t = None
        rows_acc = acc["rows"]
        for j, r in enumerate(rows_acc):
            if r["kind"] != "comment":
                pi += 1
                has_comments = j + 1 < len(rows_acc) and rows_acc[j + 1]["kind"] == "comment"
                start, end = (8 * 60, 13 * 60 + 30) if has_comments else (8 * 60, 18 * 60 + 30)
                minute = rng.randint(start, end)
                t = dt.datetime.combine(chosen[pi], dt.time(minute // 60, minute % 60))
                parent = r["key"]
                r_parent = None
            else:
                t = t + dt.timedelta(minutes=rng.randint(4, 55))
                assert t.hour < 19, r["key"]
                r_parent = parent
            pattern, arole = acc["pattern"], acc["arole"]
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if r["role"] == "pos":
                rules = [pattern] + rules
                family, kor = pattern, "positive"
            elif r["role"] == "fill":
                family, kor = pattern, "filler"
                assert not rules and not allowed, r["key"]
                if arole == "positive":
                    allowed = [pattern]
            else:
                family, kor = "hard_negative", "hard_negative"
            row = {
                "key": r["key"],
                "text": r["text"],
                "author": acc["author"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
            }
            if r["kind"] == "comment":
                row["comment_by"] = acc["author"] if r["by"] == "OWNER" else r["by"]
                row["parent_key"] = r_parent
            row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
            row.update({
                "family": family,
                "account_pattern": pattern,
                "account_role": arole,
                "kind_of_row": kor,
                "note": r["note"],
            })
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        ids[row["key"]] = "%s-%04d" % (SET, i)
    assert len(ids) == len(rows), "duplicate keys"

    def sub(m):
        return ids[m.group(1)]

    lines = []
    for row in rows:
        out = {"id": ids[row["key"]]}
        for k, v in row.items():
            if k == "key":
                continue
            if k == "parent_key":
                out["parent_id"] = ids[v]
            elif k == "note":
                out["note"] = re.sub(r"\{([a-z]+\d+)\}", sub, v)
            else:
                out[k] = v
        # fixed field order: comment fields before expect
        order = ["id", "text", "author", "created_at", "platform", "account", "kind",
                 "comment_by", "parent_id", "expect", "family", "account_pattern",
                 "account_role", "kind_of_row", "note"]
        out = {k: out[k] for k in order if k in out}
        lines.append(json.dumps(out, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render())


if __name__ == "__main__":
    main()
