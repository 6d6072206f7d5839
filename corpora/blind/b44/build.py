#!/usr/bin/env python3
"""Blind set b44: account-level rules at Hallowburn Borough Council.

Hand-written rows plus a deterministic builder (seed 4444). It spreads each
account's posts over the weekday calendar (one post per day per account, in
the written order), puts comments a few minutes to an hour after the post they
sit under, shuffles all rows, assigns ids B44-A-NNNN and resolves parent_id.
Running it again writes the same accounts.jsonl.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 4444
HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DF = "defamation.allegation"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"

SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severity used for the verdict (the lower one where RULES.md gives two)
BASE = {HR: "block", MX: "advice", MOD: "review", PA: "review", AB: "review",
        BU: "block", EQ: "block", OF: "review", DF: "review", IR: "advice",
        DP: "review", SC: "block"}


def R(kor, text, rules=(), allowed=(), note="", key=None, by=None, parent=None, sev=None):
    """One hand-written row. kor: positive / hard_negative / filler.
    sev: per-rule severity overrides, e.g. {DF: "block"}."""
    return dict(kor=kor, text=text, rules=list(rules), allowed=list(allowed), note=note,
                key=key, by=by, parent=parent, sev=sev or {})


P, H, F = "positive", "hard_negative", "filler"

ACCOUNTS = []


def account(handle, pattern, role, platforms, rows, acct="councillor"):
    ACCOUNTS.append(dict(handle=handle, pattern=pattern, role=role, platforms=platforms,
                         rows=rows, acct=acct))


# ---------------------------------------------------------------- harassment: positive
account("@LennoxHeppleRUK", HR, "positive", ["x", "x", "facebook"], [
    R(F, "Surgery at Ketterdyke Library Saturday 10-12. Bring your damp photos, your parking gripes, whatever's bugging you. I'll be there with a flask.",
      note="ward business"),
    R(P, "Watched the housing scrutiny webcast back. Cllr Elphick was asked three times how many families are in B&Bs and answered a different question all three times. Genuinely impressive skill. Wasted on housing tbh, should be in the circus.",
      [PA, IR], note="target Nadia Elphick (Cabinet Member for Housing): mock praise then ridicule of the person, not the policy; first occasion"),
    R(F, "Pothole on Dyke Lane by the garage reported AGAIN. Got a ref number. Will chase till it's filled.",
      note="ward business"),
    R(P, "@NadiaElphickLab has blocked me so I'll say it here. A woman who couldn't run a bath is running 6,000 council homes. Out of her depth doesn't begin to cover it",
      [PA], [EQ], note="same target by handle, second occasion: belittling insult; 'a woman who couldn't' could be read as gendered, so equality is allowed"),
    R(F, "Good turnout at the Ketterdyke Residents AGM last night. Thanks to Pat for the scones, they were class.",
      note="ward business"),
    R(P, "Housing Queen Nadia has discovered mould exists!! Only took 14 months and a tenant's bairn on an inhaler. Slow clap everyone 👏👏",
      [PA, IR], note="same target by nickname, third occasion: sarcastic 'Housing Queen', mock applause"),
    R(F, "Ketterdyke bulky waste amnesty all next week. Fridges not included sadly, don't shoot the messenger.",
      note="ward business; 'don't shoot' is an idiom, not a threat"),
])

account("@WilfAskeCon", HR, "positive", ["facebook", "x"], [
    R(F, "Our budget amendment is published. Keep all three libraries open, pay for it by cutting the consultancy line. Costed, checked, sensible. Link below.",
      note="opposition business: policy, not person"),
    R(P, "Funny how the Leader's old union pals keep landing seats on the Hallowburn Futures board. Rosalind Thackeray says it's all above board. Course it is.",
      [IR], [DF, PA], note="target Rosalind Thackeray (Leader): sarcastic insinuation of cronyism ('Course it is'); defamation only allowed as it is implied, not stated"),
    R(F, "Saltcote Bank sea wall: the survey report is due in March. I've asked for a public drop-in so people can ask the engineers directly.",
      note="ward business"),
    R(P, "Ros T has been Leader for three years and has mastered exactly one skill: smiling in photos at things other people paid for. A decorative leader. Hallowburn deserves better than a shop window mannequin.",
      [PA], note="same target by short name, second occasion: ridicule of the person"),
    R(P, "The Leader's husband's consultancy has had two council contracts since she took over. She needs to tell us what she knew and when. I've written to the Monitoring Officer and I won't be letting this drop until she answers.",
      [], [DF, BU, PA], note="same target by role, third occasion: allegation framed as a question, with persistence; hostile in the course of conduct. Defamation and intimidation are allowed, not expected"),
    R(F, "Congratulations to Saltcote Bank Primary on a cracking Ofsted. Staff and kids should be chuffed to bits.",
      note="ward business"),
    R(P, "Ask @RosThackerayLab anything at full council and watch her eyes slide over to the Chief Exec for the answer. Every. Single. Time. Puppet on a string.",
      [PA], note="same target by handle, fourth occasion: belittling ('puppet on a string'); the Chief Executive is mentioned but not criticised"),
])

account("@AlfieBrunskill", HR, "positive", ["facebook", "x"], [
    R(F, "Market Square benches finally fixed. Took long enough, but credit where it's due to the parks lads.",
      note="ward business"),
    R(P, "Another Hallowburn Central application waved through on delegated powers. Mr Heslop seems to see residents as an inconvenience between him and his next developer lunch.",
      [OF, PA], [DF], note="target Colm Heslop (Head of Planning, an officer): sneer at the officer and his neutrality; 'developer lunch' insinuation allowed as defamation"),
    R(F, "Quayside car park is free after 3pm while the roadworks are on. Pass it on.",
      note="ward business"),
    R(P, "Colm, if you're reading this (and your mates in comms tell me you are): you don't work for Bellgate Homes. You work for us. Might be worth acting like it for once.",
      [OF, PA], note="same officer by first name, second occasion: questions his impartiality in public, taunting"),
    R(F, "Bus shelter on Chare Street smashed again. Reported, council says ten working days.",
      note="ward business"),
    R(P, "The Head of Planning doesn't live anywhere near Chare Street so he won't be the one listening to pile drivers at 7am. I know which village he's in mind. Maybe some of the residents should pop round one evening and explain it to him face to face.",
      [OF, BU], [PA, DP], note="same officer by role, third occasion: veiled threat (knowing where he lives, residents 'popping round'); block"),
    R(F, "Chare Street litter pick: 22 bags and a shopping trolley. Thanks all who came.",
      note="ward business"),
])

account("@MoCoxonReform", HR, "positive", ["facebook", "x"], [
    R(F, "Eskridge Staithes: the harbour steps are shut for repairs until the 20th. Use the slipway path for now.",
      note="ward business"),
    R(P, "Little Miss Net Zero @BethScurrGreen lectured the chamber about cycling again. Drives a hybrid SUV to her yoga class, I'm told. The hypocrisy would be funny if she wasn't being serious 🙄",
      [PA, IR], [EQ], note="target Bethany Scurr (Green councillor) by handle and nickname: mockery; 'Little Miss' may read as gendered, so equality is allowed"),
    R(F, "Fish quay market back on Fridays from next month. Support local, it's our lifeblood down here.",
      note="ward business"),
    R(P, "Cllr Scurr has never had a proper job in her life. Straight from uni to the council trough, and now she wants to tell fishermen how to live.",
      [PA], [DF], note="same target by title, second occasion: belittling; 'council trough' implies greed, so defamation is allowed"),
    R(F, "Thank you to the RNLI crew for the open day. The bairns loved climbing in the boat.",
      note="ward business"),
    R(P, "So Bethany wants to shut the harbour road to cars. There's plenty of folk in Eskridge with long memories and short tempers, pet. I'd think twice before coming down here on your own to explain yourself.",
      [BU], [PA], note="same target by first name, third occasion: veiled threat ('long memories and short tempers', 'on your own')"),
    R(F, "Winter fuel advice at the Mission Hall, Wednesday 1-3. Free, no appointment.",
      note="ward business"),
])

account("@DeclanRuddockCon", HR, "positive", ["bluesky", "x"], [
    R(F, "Staithes Road resurfacing starts Monday. Diversion via Coble Lane, expect delays at school times.",
      note="ward business"),
    R(P, "Regeneration portfolio update: Cllr Mossop has regenerated precisely one thing, his brother-in-law's order book. Keltstone Civils, take a bow.",
      [DF, IR], [PA], note="target Cuthbert Mossop (Deputy Leader): sarcastic but specific allegation of favouring a relative's firm"),
    R(F, "Good to meet the Staithes Traders this morning. Lots to chase on parking and the empty units.",
      note="ward business"),
    R(P, "Cuthbert Mossop took a freebie at the races from a firm bidding for the quayside job and never declared it. That isn't a slip, that's corruption, and he knows it.",
      [DF, PA], sev={DF: "block"}, note="same target by full name, second occasion: corruption stated as fact (severe defamation)"),
    R(F, "Well done Eskridge Juniors under-11s, league champions with two games to spare!",
      note="ward business"),
    R(P, "Caught 'Cuddles' Mossop doing his best statesman impression on the regional news. Shame about the word salad. Somebody get the man an autocue and a backbone.",
      [PA], note="same target by nickname, third occasion: ridicule"),
    R(F, "Flood drop-in with the Environment Agency at the Staithes Institute, 4-7pm Thursday.",
      note="ward business"),
])

account("@JoaniePybus", HR, "positive", ["facebook"], [
    R(F, "Saltcote Bank community fridge now open Tuesdays and Fridays. No forms, no questions.",
      note="ward business"),
    R(P, "Our MP Sabrina Coutts found her way to Saltcote Bank today! Must've got lost on the way to a photo op 📸 Selfie with the sea wall and off she went. Thanks for nothing hinny.",
      [PA, IR], note="target Sabrina Coutts MP by full name: sarcasm and mockery"),
    R(F, "Thanks to Hallowburn Rotary for the new defib outside the chippy on Front Street.",
      note="ward business"),
    R(P, "Sabrina's expenses make interesting bedtime reading. Second home, second car, second rate MP. Funny how the numbers only ever go up.",
      [PA], [DF], note="same target by first name, second occasion: insult plus insinuation about expenses"),
    R(F, "Sea wall survey: results due in March and I'll post them here in full, not a summary.",
      note="ward business"),
    R(P, "Coutts, you've had four years. You're a fraud and every single person on this estate knows it.",
      [PA, DF], note="same target by surname, third occasion: 'a fraud' said of a named person (RULES.md: 'X is a ... fraud')"),
    R(F, "Anyone struggling with the new bin days, drop me a message and I'll post you a calendar.",
      note="ward business"),
])

account("@RaviSandharLab", HR, "positive", ["x"], [
    R(F, "Lanterholm Leisure Centre pool reopens on the 2nd. The new changing rooms are class.",
      note="ward business"),
    R(P, "Seth Armorer has discovered the bus cuts. Welcome to the party Seth, only two years late. I'm sure the leaflet will be lovely 🙃",
      [IR], [PA], note="target Seth Armorer (Conservative councillor): sarcastic mockery, first occasion; mild on its own, hostile in the course of conduct"),
    R(F, "Lanterholm Food Bank is short of tinned fruit and size 5 nappies this week.",
      note="ward business"),
    R(P, "Fun fact: @SethArmorer has made 4 of 11 committee meetings this year. Presumably the other 7 clashed with tee times. Part-time councillor, full-time moaner.",
      [PA, IR], note="same target by handle, second occasion: insinuation and insult"),
    R(F, "Met the new head at Lanterholm Primary today. Big plans for the nursery, really encouraging.",
      note="ward business"),
    R(P, "Corbie Law's finest has put out another video. Three minutes of Seth standing next to a pothole looking baffled, like a lost Labrador, bless him. The pothole showed more leadership.",
      [PA, IR], note="same target by epithet and first name, third occasion: ridicule"),
    R(P, "Before anyone asks: no, I won't be debating Cllr Armorer on Radio Hallowburn. I don't debate people who can't read a budget paper. Grown-ups only.",
      [PA], note="same target by title, fourth occasion: belittling"),
])

# ---------------------------------------------------------------- harassment: hard negatives
account("@MorwennaLD", HR, "hard_negative", ["x", "bluesky"], [
    R(H, "Housing waiting list up 18% in two years under Cllr Elphick's portfolio. That's the council's own figure. The repairs plan hasn't worked and I want it scrapped and started again.",
      note="firm criticism of Nadia Elphick's record with figures; no insult"),
    R(F, "Whinfell Rise: the new crossing outside the Co-op goes live next week. Thanks to everyone who signed the petition."),
    R(H, "Asked Cllr Elphick at full council why empty homes take 90 days to relet. Her answer: recruitment is hard. It is, but neighbouring councils manage 40 days. Not good enough, and I'll keep asking.",
      note="same person, robust scrutiny of performance; 'keep asking' is persistence about a question, not a threat"),
    R(H, "I disagree with Nadia Elphick on most of housing, but she answered my damp question in writing within a week. Credit where it's due. Now fix it.",
      note="same person, civil"),
    R(F, "Whinfell Rise surgery Saturday 10-12 at the Methodist hall."),
    R(H, "Our amendment: 200 empty homes back into use, paid for by scrapping the Hallowburn Futures rebrand. The housing cabinet member voted it down. Residents can judge for themselves.",
      note="same person, criticism of a vote"),
])

account("@ElspethWardhaugh", HR, "hard_negative", ["facebook"], [
    R(H, "The Leader's budget raids reserves to plug a gap she knew about last year. Rosalind Thackeray should have come clean in the autumn. Poor financial management, plain and simple.",
      note="robust criticism of Rosalind Thackeray's record; 'poor management' is about her decisions"),
    R(F, "Lanterholm allotment waiting list is open again, contact the parish clerk to get on it.",
      note="ward business; allotment is a near miss for mixed-account"),
    R(H, "Cllr Thackeray says I'm scaremongering about library closures. I'm quoting her own cabinet paper, page 14. Read it yourselves and decide.",
      note="same person, rebuttal with evidence"),
    R(H, "Our budget keeps Lanterholm library open five days a week. The Leader's cuts it to two. That's the choice. I think she's wrong and I'll say so at council.",
      note="same person, policy disagreement"),
    R(F, "Gritting routes are on the council website. The hill by Lanterholm Primary is on the priority list."),
    R(H, "Resign? No. Rosalind was elected and so was I. But she should apologise to the library staff who found out about the cuts from the paper.",
      note="same person; mentions resignation only to reject it"),
])

# ---------------------------------------------------------------- mixed account: positive
account("@GrainneLumley", MX, "positive", ["facebook"], [
    R(F, "Surgery this Saturday, Central Library, 10 till 12. Housing, bins, anything at all."),
    R(P, "Not a council one this, but our Erin handed her dissertation in today and I might have had a little cry in Greggs.",
      note="daughter's university news on the councillor account"),
    R(F, "Tanner Street lights fixed after four reports. Thanks to the street lighting team for sticking with it."),
    R(P, "Spent the whole weekend stripping wallpaper in the back bedroom. Whoever hung it in 1983 used superglue. Send biscuits.",
      note="DIY"),
    R(F, "Hallowburn Central warm spaces list for February is pinned to the top of my page."),
    R(P, "Biscuit (the dog, not the snack) is 12 today. Still convinced the postman is a criminal mastermind 🐶🎂",
      note="the dog's birthday"),
])

account("@KieranDunnet", MX, "positive", ["x"], [
    R(P, "Dad's 70th yesterday. Forty of us crammed into the Ship, he made a speech, nobody heard a word, perfect night.",
      note="father's birthday party"),
    R(F, "Whinfell Rise: fly-tipping on the back lane behind Ellwood Terrace cleared. Keep reporting it, it works."),
    R(P, "Four hours on the pier at Eskridge and not a single bite. Seagulls did better than me. Grand day though.",
      note="fishing, a hobby"),
    R(F, "Bid in for the Whinfell Rise Community Centre roof. Fingers crossed, decision in April."),
    R(P, "Inherited my sister's old exercise bike. Currently an excellent coat stand. Progress of sorts.",
      note="home life, understated"),
    R(F, "Ward newsletter going through doors this week. Shout if yours doesn't turn up."),
])

account("@ShonaMilburn", MX, "positive", ["facebook"], [
    R(P, "Welcome to the world little Arlo, 7lb 2oz, arrived Tuesday teatime. Grandma is over the moon and hasn't put the phone down since 💙",
      [], [DP], note="new grandchild with birth details; data-protection allowed (a child's birth details)"),
    R(F, "Saltcote Bank playground resurfacing finished. Swings go back up Friday."),
    R(P, "Back from a week in Madeira. Sun, walking, far too much cake. Inbox is terrifying, give me a day or two.",
      note="holiday"),
    R(F, "Drop-in on the new parking permits, Saltcote Bank Church Hall, Wednesday 2-6."),
    R(P, "Leeks finally in. The chap on the next plot says I've put them too close together. He says that every year.",
      note="allotment"),
    R(F, "Thanks to everyone who came to the sea wall meeting. Notes will be shared this week."),
])

account("@IshGauntLD", MX, "positive", ["bluesky"], [
    R(F, "Corbie Law: the 23 bus timetable change is being reviewed after your complaints. Keep them coming."),
    R(P, "Mam's home after her hip op. Already complaining about the hospital food, so she's definitely on the mend.",
      [], [DP], note="relative's health; data-protection allowed"),
    R(P, "Sourdough attempt number four. Structurally sound. Could prop a door open. Undeterred.",
      note="baking hobby"),
    R(F, "The application for the old garage site on Corbie Bank is on the planning portal. Comments close on the 14th.",
      note="neutral pointer to a consultation, no view given"),
    R(F, "Met our PCSOs about bikes on the footpath by the rec. Extra patrols after school this month."),
    R(P, "Watched Hallowburn Town lose 3-0 in the pouring rain on Saturday. Season ticket money well spent as ever 🙃",
      [], [IR], note="football; self-mocking irony about a team, irony allowed"),
])

account("@FenQuayleLD", MX, "positive", ["facebook"], [
    R(P, "Twenty years ago today Rob and I got married in a hailstorm. Still together, still arguing about the thermostat.",
      note="wedding anniversary, phrased without the word"),
    R(F, "The library bus is back in Whinfell Rise on Wednesdays from next week."),
    R(P, "Choir concert at St Aidan's on Friday, I'm in the altos hiding at the back. Tickets a fiver, all proceeds to the hospice.",
      note="hobby (choir)"),
    R(F, "Streetlight out at Lowfield Road and Kiln Lane reported, reference received."),
    R(P, "Pepper the cat brought me a live frog at 6am. I have never made a noise like it.",
      note="pet"),
    R(F, "Whinfell Rise Residents' Association AGM on 12 March, all welcome, tea provided."),
])

account("@MarcusTindleGrn", MX, "positive", ["bluesky", "x"], [
    R(P, "PB at Eskridge parkrun this morning! 24:51. Lungs still filing a complaint.",
      note="running"),
    R(F, "Eskridge Staithes beach clean Sunday 10am. Gloves and bags provided."),
    R(P, "Our youngest started nursery this week. She didn't look back once. I looked back several times.",
      [], [DP], note="child's first day; data-protection allowed (a child)"),
    R(F, "Asked highways for a 20mph trial on Coble Lane. Reply due by the end of the month."),
    R(P, "Playing bass with the lads at the Fisherman's Arms on Saturday. Mostly covers, mostly in tune.",
      note="band gig"),
    R(F, "New shelter for the Staithes Road bus stop approved. Install in the spring."),
])

account("@YusufOkonedo", MX, "positive", ["facebook"], [
    R(F, "Ketterdyke jobs fair at the Sports Centre, 40 employers, Thursday 10 till 3."),
    R(P, "My little brother got married at the weekend. Danced till my knees gave up. Full of jollof and joy.",
      note="brother's wedding"),
    R(F, "Potholes on Ketter Lane: repairs booked for the week of the 16th."),
    R(P, "Coached the under-9s this morning. Lost 6-1. Best team talk I've ever given though.",
      note="coaching a children's team"),
    R(P, "Bit quiet from me this week, we lost my uncle on Monday. Back on it soon. Hug your people.",
      note="bereavement"),
    R(F, "Ketterdyke ward surgery moves to the library from February, same time."),
])

# ---------------------------------------------------------------- mixed account: hard negatives
account("@AgaRowellLD", MX, "hard_negative", ["facebook"], [
    R(H, "Corbie Law recycling centre opening later on Sundays from February. Small win, big difference."),
    R(H, "So proud of the Corbie Law Youth Club volunteers who kept the doors open every week this winter. Like a second family down there.",
      note="warm words about council-area volunteers, not the councillor's own life"),
    R(H, "Thanks for all the kind birthday messages yesterday. Normal service resumes: Wood Lane streetlights are top of my list today.",
      [], [MX], note="one passing birthday thank-you among ward business; a single aside, judged not a mixed account; the rule is allowed"),
    R(H, "Corbie Law Community Garden got its lottery funding! Raised beds open to everyone from April."),
    R(H, "Happy retirement to Brenda, lollipop lady outside Corbie Law Primary for 31 years. The kids made her a card the size of a door.",
      note="a resident's retirement, civic"),
    R(H, "Snow warning: grit bins on Corbie Bank have been refilled. Please check on older neighbours."),
])

account("@hettys_hens", MX, "hard_negative", ["facebook"], [
    R(H, "The girls laid nine eggs today. Dolly still refuses to go in before dark."),
    R(H, "Lemon drizzle for the village coffee morning. Second one burnt. Grandkids ate it anyway."),
    R(H, "New hen house built by my son-in-law. It leans a bit. Don't tell him."),
    R(H, "Frost on the run this morning. Briefly considered hot water bottles for them. They're chickens, Hetty."),
    R(H, "Our Tom's first day at big school. Where did the time go."),
], acct="personal")

# ---------------------------------------------------------------- moderation: positive
MODN = "resident's comment left on the page"

account("@RosThackerayLab", MOD, "positive", ["facebook"], [
    R(F, "Budget consultation closes Friday. 1,400 responses so far and every one gets read. Thank you.", key="p1"),
    R(H, "Read them all? Pull the other one Ros. The libraries are getting cut whatever we say.",
      by="Gary Tennick", parent="p1", note="sceptical but civil comment about the process"),
    R(P, "Everybody knows your fella's firm gets the contracts. Crook family running a crook council.",
      [], [DF, PA], by="Dawn Heseltine", parent="p1", note=MODN + ": defamatory (corruption) about the Leader and her husband"),
    R(F, "Huge thanks to the Hallowburn food bank volunteers who showed me round today. 300 parcels a week.", key="p2"),
    R(P, "Food banks full of foreigners while our own go without. Send them back and watch the queue disappear",
      [], [EQ, AB], by="Kev Ramsay", parent="p2", note=MODN + ": discriminatory (race, nationality)"),
    R(H, "Thank you for coming, my mam volunteers there and said you stayed for ages.",
      by="Lorraine Quill", parent="p2", note="friendly comment"),
    R(F, "Market hall plans go on public exhibition on 3 March. Come and tell us what you think.", key="p3"),
    R(P, "Thick as mince the lot of you. Useless stuck-up cow.",
      [], [PA, AB, EQ], by="Shaun Pettigrew", parent="p3", note=MODN + ": abusive insult at the councillor; 'cow' gendered, so equality is allowed"),
    R(H, "Will the exhibition be accessible? The last one was upstairs with no lift.",
      by="Amira Haddad", parent="p3", note="civil question"),
])

account("@NadiaElphickLab", MOD, "positive", ["facebook"], [
    R(F, "Our damp and mould taskforce has been into 812 homes since October. Council tenant and not heard from us? Message me.", key="p1"),
    R(P, "Tell that to the family at 27 Gannet Close, Ketterdyke. Jackie Ord's been waiting 9 month and her lad's got asthma, ring her on 07723 418902",
      [], [DP, SC], by="Sandra Whitfield", parent="p1", note=MODN + ": a private person's address, phone number and a child's health"),
    R(H, "Still waiting on my kitchen since 2023. Not happy. Sent you a DM with the details.",
      by="Phil Armstrong", parent="p1", note="complaint, details sent privately"),
    R(F, "48 new council homes at Ropewalk handed over today. First tenants move in next month.", key="p2"),
    R(P, "Bet they all go to the Romanians and the scroungers. Locals never get a look in.",
      [], [EQ], by="Darren Blakelock", parent="p2", note=MODN + ": discriminatory (nationality)"),
    R(H, "Lovely to see. How do people apply, is it through the normal list?",
      by="Wendy Cairns", parent="p2", note="civil question"),
    R(F, "Reminder: housing surgery Tuesday 4-6pm at Ketterdyke Library.", key="p3"),
    R(P, "Her tenancy officer Leanne Dobbs is a lying bitch who binned my application. Sack her.",
      [], [AB, PA, DF, OF, EQ], by="Mick Ferris", parent="p3", note=MODN + ": abusive and defamatory about a named officer"),
])

account("@GidFarrish", MOD, "positive", ["x"], [
    R(F, "Weekly food waste collections start in Whinfell Rise and Lanterholm on 2 Feb. Caddies arriving this week.", key="p1"),
    R(P, "Kenneth Liddle runs that depot like his own little mafia, half the bin budget goes straight in his back pocket",
      [], [DF, OF, PA], by="@geordiebinlad", parent="p1", note=MODN + ": defamatory (theft) about a named officer"),
    R(H, "Does the caddy go out the same day as the blue bin?",
      by="@whinfellmum", parent="p1", note="question"),
    R(F, "Thanks to the crews who worked through Saturday's gales to get collections back on track.", key="p2"),
    R(P, "Crews my arse. Lazy fucking tossers leave half the street every week",
      [], [AB, PA], by="@Tommo_HBN", parent="p2", note=MODN + ": obscene abuse of the bin crews"),
    R(P, "The driver on the Ketterdyke round is a drunk. Reg NK19 HBW. Somebody should tell his wife",
      [], [DF, DP], by="@karl_s_1979", parent="p2", note=MODN + ": allegation about an identifiable worker with a vehicle registration"),
    R(F, "Brown bin subscriptions open 1 March. Same price as last year.", key="p3"),
    R(H, "Same price but fewer collections. That's a price rise in my book, Gideon.",
      by="@s_hedley", parent="p3", note="civil criticism of the councillor's decision"),
])

account("@PriyankaDollery", MOD, "positive", ["facebook"], [
    R(F, "As Chair of Planning I can't comment on live applications, but here's how to have your say on any of them, step by step 👇", key="p1"),
    R(P, "Have your say? You lot take the brown envelopes from Bellgate Homes and nod it all through. Corrupt the lot of you.",
      [], [DF, PA], by="Barry Lisle", parent="p1", note=MODN + ": bribery stated as fact about the committee and a developer"),
    R(H, "Thank you, this is really helpful. Didn't know you could speak at committee.",
      by="Gemma Rooke", parent="p1", note="thanks"),
    R(F, "Planning committee next week has the Corbie Bank garage site and the Lanterholm solar farm. Agendas online.", key="p2"),
    R(P, "If that Traveller site at Blackhope goes in, lock your sheds. Thieving pikeys the lot of them.",
      [], [EQ, AB], by="Norman Pyle", parent="p2", note=MODN + ": racist slur against Travellers"),
    R(P, "The bloke who applied for the garage site is Darren Ord, 4 Brandling Row, Corbie Law. Bankrupt twice and did time for fraud, look it up",
      [], [DP, DF], by="Keeley Walton", parent="p2", note=MODN + ": a private person's address and criminal record"),
    R(F, "Planning training for all members done this week. Good session on keeping an open mind.", key="p3"),
    R(H, "Good. The last lot of decisions looked pre-decided to me. Hope it sticks.",
      by="Owen Catchpole", parent="p3", note="sceptical but civil"),
])

account("@CuthbertMossop", MOD, "positive", ["facebook"], [
    R(F, "Quayside regeneration update: the new market units are 70% let. Local traders first in line.", key="p1"),
    R(P, "The woman running the vape shop in unit 3 is a smackhead and everyone knows it. Ask her where the money comes from.",
      [], [DF, DP, PA], by="Jan Strover", parent="p1", note=MODN + ": allegation of drug use and crime about an identifiable trader"),
    R(H, "70% let after 18 months isn't something I'd boast about, Cuthbert.",
      by="Colin Maughan", parent="p1", note="civil criticism"),
    R(F, "Lanterholm high street grant scheme is open. Up to £5k for shopfronts.", key="p2"),
    R(P, "Cuthbert you absolute waste of oxygen. Crawl back under your bridge you troll",
      [], [PA, AB], by="Lee Bradwell", parent="p2", note=MODN + ": abusive insult at the councillor"),
    R(H, "Applied last year and it was dead straightforward. Recommend.",
      by="Shirin Aziz", parent="p2", note="positive comment"),
    R(F, "Delighted that Corra Bakeries is opening a new site in Ketterdyke. 60 jobs.", key="p3"),
    R(P, "60 jobs for foreigners on minimum wage. Bet half of them can't even speak English. Disgrace.",
      [], [EQ], by="Trevor Hume", parent="p3", note=MODN + ": discriminatory (race, nationality)"),
])

account("@BartyCrozier", MOD, "positive", ["facebook"], [
    R(F, "Ketterdyke's first Pride picnic is booked for June in the park. Local volunteers organising, I'm just helping with the forms.", key="p1"),
    R(P, "Keep that filth away from the kids' playground. Perverts the lot of them.",
      [], [EQ, AB], by="Ray Gilhespy", parent="p1", note=MODN + ": homophobic abuse (sexual orientation)"),
    R(H, "Brilliant, count me in for the cake stall!", by="Chloe Varty", parent="p1", note="supportive"),
    R(F, "Ketterdyke Primary parents: the school crossing patrol is back from Monday.", key="p2"),
    R(P, "About time. And someone should look into the head, Mrs Pattinson, she's been fiddling the trip money for years",
      [], [DF], by="Annette Gowland", parent="p2", note=MODN + ": theft alleged about a named head teacher"),
    R(H, "Thanks Barty. Any chance of a 20 sign on the bend too?", by="Sam Wearmouth", parent="p2", note="request"),
    R(F, "Cold snap: if you're worried about a neighbour, ring the council's welfare line, it's staffed till 8.", key="p3"),
    R(P, "Worried about the crackhead at flat 6 Ropewalk Court. Kyle Routledge, out on licence. Keep your kids in",
      [], [DP, DF, PA], by="Dean Hogarth", parent="p3", note=MODN + ": a private person's name, address and criminal record"),
])

account("@MayorVernonT", MOD, "positive", ["facebook"], [
    R(F, "An honour to present the Mayor's Civic Awards at the Staithes Institute yesterday. Fourteen local heroes.", key="p1"),
    R(P, "Shame they gave one to Alan Fawdon. Ask any lad who went to his boxing club what he's really like. Nonce.",
      [], [DF, AB, PA], by="Glenn Carrick", parent="p1", note=MODN + ": allegation of child abuse about a named resident"),
    R(H, "So well deserved for Margaret at the lunch club, she's a saint.", by="Pauline Rutter", parent="p1", note="warm comment"),
    R(F, "This year's Mayor's charity is Hallowburn Young Carers. Quiz night on 6 Feb, teams of six.", key="p2"),
    R(H, "What does the Mayor actually do apart from eat buffets? Genuine question.",
      by="Ste Brannen", parent="p2", note="cheeky but not abusive"),
    R(P, "Fat old sponger in a chain. Pathetic little man.",
      [], [PA], by="Viv Ogle", parent="p2", note=MODN + ": personal abuse of the Mayor"),
    R(F, "Flag lowered at the Civic Centre today in memory of former councillor Jim Ridley.", key="p3"),
    R(P, "Good riddance. A drunk and a wife beater and the whole town knew it.",
      [], [DF, AB], by="Jonty Pearce", parent="p3", note=MODN + ": abusive allegations about a dead man (not actionable as libel, but abusive and hurtful to his family; still to be removed)"),
])

# ---------------------------------------------------------------- moderation: hard negative
account("@HettyBlamire", MOD, "hard_negative", ["facebook"], [
    R(H, "Saltcote Bank parking permits go out to consultation next month. I want to hear from every street.", key="p1"),
    R(H, "This is a stealth tax, pure and simple. You should be ashamed backing it, Henrietta.",
      by="Derek Nattrass", parent="p1", note="angry but civil criticism"),
    R(H, "Derek, I haven't backed it, I asked for the consultation. Ring me on my council number and I'll go through it with you.",
      by="Henrietta Blamire", parent="p1", note="the councillor answers properly"),
    R(H, "I've taken down a comment that gave someone's home address. Keep it civil and keep it general please, folks.",
      by="Henrietta Blamire", parent="p1", note="the councillor removed a comment with personal data; only her notice remains"),
    R(H, "Sea wall survey team are out on the front this week. Please give them room to work.", key="p2"),
    R(H, "Rubbish council, rubbish sea wall, and about ten years too late.",
      by="Margaret Lowes", parent="p2", note="harsh about the council, not abusive of a person"),
    R(H, "Thanks for the update Cllr Blamire. Will there be a public meeting about the results?",
      by="Tariq Mahmood", parent="p2", note="civil question"),
    R(H, "Yes Tariq, I've asked for one in April and I'll post the date here.",
      by="Henrietta Blamire", parent="p2", note="the councillor answers"),
    R(H, "Thank you to Saltcote Bank Scouts for the litter pick. 30 bags!", key="p3"),
    R(H, "Well done the Scouts. Shame the council can't manage it themselves 🙄",
      by="Joyce Ramshaw", parent="p3", note="sarcastic about the council, not abusive"),
])


# ---------------------------------------------------------------- builder
def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def verdict(rules, sev):
    v = "ok"
    for r in rules:
        s = sev.get(r, BASE[r])
        if SEV[s] > SEV[v]:
            v = s
    return v


def build():
    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["parent"] is None]
        n = len(posts)
        chunk = len(days) / n
        when = {}
        last_time = {}
        pi = 0
        plat_of = {}
        for r in acc["rows"]:
            row = {"text": r["text"], "author": acc["handle"]}
            if r["parent"] is None:
                lo, hi = int(pi * chunk), int((pi + 1) * chunk) - 1
                day = days[rng.randint(lo, max(lo, hi))]
                t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 16), rng.randint(0, 59))
                pi += 1
                plat = rng.choice(acc["platforms"])
                kind = "post"
                if r["key"]:
                    when[r["key"]] = t
                    plat_of[r["key"]] = plat
                    last_time[r["key"]] = t
                r["_t"] = t
            else:
                base = last_time[r["parent"]]
                t = base + dt.timedelta(minutes=rng.randint(4, 55))
                cap = base.replace(hour=18, minute=59)
                if t > cap:
                    t = cap
                last_time[r["parent"]] = t
                plat = plat_of[r["parent"]]
                kind = "comment"
            r["_t"] = t
            rules = list(r["rules"])
            allowed = list(r["allowed"])
            if r["kor"] == P:
                rules = [acc["pattern"]] + rules
            elif r["kor"] == F and acc["role"] == "positive":
                allowed = [acc["pattern"]] + allowed
            row.update({
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": plat,
                "account": acc["acct"],
                "kind": kind,
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(rules, r["sev"])},
                "family": acc["pattern"] if r["kor"] != H else "hard_negative",
                "account_pattern": acc["pattern"],
                "account_role": acc["role"],
                "kind_of_row": r["kor"],
                "note": r["note"] or ("ordinary council or ward business" if r["kor"] == F else "civil or neutral"),
            })
            if kind == "comment":
                row["comment_by"] = r["by"]
                row["_parent"] = (acc["handle"], r["parent"])
            if r["key"]:
                row["_key"] = (acc["handle"], r["key"])
            out.append(row)
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        row["id"] = f"B44-A-{i:04d}"
        if "_key" in row:
            ids[row["_key"]] = row["id"]
    order = ["id", "text", "author", "created_at", "platform", "account", "kind", "comment_by",
             "parent_id", "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
    lines = []
    for row in out:
        if "_parent" in row:
            row["parent_id"] = ids[row.pop("_parent")]
        row.pop("_key", None)
        lines.append(json.dumps({k: row[k] for k in order if k in row}, ensure_ascii=False))
    Path(__file__).with_name("accounts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows from {len(ACCOUNTS)} accounts")


if __name__ == "__main__":
    build()
