#!/usr/bin/env python3
"""Blind set b33: bullying.intimidation. Hand-written rows plus a deterministic builder.

Run: python3 build.py  -> writes posts.jsonl (same file every run; seed 3333).
"""
import json
import random
from datetime import datetime, timedelta, timezone

SEED = 3333
BI = "bullying.intimidation"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
PO = "position.improper-advantage"
CO = "confidentiality.disclosure"

# handle -> (name, party)
COUNCILLORS = {
    "@DeniseHarbottle": ("Denise Harbottle", "Labour"),
    "@KevStrotherLab": ("Kevin Strother", "Labour"),
    "@AaliyahMensahLab": ("Aaliyah Mensah", "Labour"),
    "@JaspalBainsLab": ("Jaspal Bains", "Labour"),
    "@LiamPattinsonLab": ("Liam Pattinson", "Labour"),
    "@GrahamPounderCon": ("Graham Pounder", "Conservative"),
    "@FionaLaidlawCon": ("Fiona Laidlaw", "Conservative"),
    "@BevRidleyCon": ("Bev Ridley", "Conservative"),
    "@StuGowlandReform": ("Stuart Gowland", "Reform"),
    "@TonyMetcalfeRef": ("Tony Metcalfe", "Reform"),
    "@NadiaQureshiLD": ("Nadia Qureshi", "LibDem"),
    "@CarysWhitfieldLD": ("Carys Whitfield", "LibDem"),
    "@EwanTindallGreen": ("Ewan Tindall", "Green"),
    "@MoCargillInd": ("Maureen Cargill", "Independent"),
}
NICK = {"Kevin Strother": ["Kevin", "Kev"], "Stuart Gowland": ["Stuart", "Stu"],
        "Maureen Cargill": ["Maureen", "Mo "]}

ROWS = []


def pos(sub, text, rules=(), allowed=(), note="", parties=None):
    ROWS.append(dict(text=text, rules=[BI] + list(rules), allowed=list(allowed), note=note,
                     family=BI, kind_of_row="positive", sub=sub, parties=parties))


def neg(sub, text, allowed=(), note="", parties=None):
    ROWS.append(dict(text=text, rules=[], allowed=list(allowed), note=note,
                     family="hard_negative", kind_of_row="hard_negative", sub=sub, parties=parties))


def fill(text, note="ordinary ward business", parties=None):
    ROWS.append(dict(text=text, rules=[], allowed=[], note=note, family="filler",
                     kind_of_row="filler", sub="filler", parties=parties))


# ---------------------------------------------------------------- positives: explicit threats of violence (20)
pos("explicit", "To the lad from Coatsby Lane who keeps mouthing off under my posts: say it to my face at Saturday's surgery and I'll put you through the window. Genuinely.",
    allowed=[PA], note="first-person promise of violence against a resident who replied")
pos("explicit", "If Graham Pounder stands up in chamber one more time and calls our tenants scroungers I swear I'll lamp him. Someone hold my coat.",
    allowed=[PA], note="first-person threat to hit a named councillor; 'hold my coat' idiom does not soften it")
pos("explicit", "Ah'm tellin ye now Stuart, keep gannin on like this aboot the foodbank an ah'll batter ye mesel. Divvent think ah won't.",
    allowed=[PA], note="dialect first-person threat of violence against a named councillor (Stuart Gowland)")
pos("explicit", "Somebody needs to give that planning officer a proper kicking for what she's done to Hallow Bank. Any volunteers? Pints are on me after.",
    rules=[OF], allowed=[PA], note="call on others to assault an officer identified by role; naming/criticising an officer raises officers.impartiality")
pos("explicit", "That Echo reporter who wrote the hatchet job on me turns up at the count again with her camera, I'll wrap it round her head. Consider this fair warning.",
    allowed=[PA], note="threat of violence against a journalist")
pos("explicit", "Whoever keeps shoving 'TRAITOR' leaflets through my door, I know it's you Neville. Next one and a brick goes through yours. See how you like it.",
    allowed=[PA], note="threat to a resident's home; first name only so no personal data")
pos("explicit", "Cllr Laidlaw parked across the blue badge bay at the civic centre AGAIN. Do it once more and them tyres won't be staying up, love.",
    allowed=[PA, "haste.pause-before-posting"], note="threat to damage a named councillor's car")
pos("explicit", "You come after my family in your little Facebook group again, Tony, and I'll come after yours. Wife, brothers, the lot. I mean every word.",
    allowed=[PA], note="threat against a councillor's family (Tony Metcalfe)")
pos("explicit", "The scrote who keyed my car outside Skerne Moor community centre wants stringing up off the nearest lamp post, and if I find him before the police do he'll wish he'd never been born.",
    allowed=[PA, AB], note="call for and promise of serious violence against an unidentified person; vigilante threat still intimidation")
pos("explicit", "See the numpty fae the Echo that doorstepped ma maw? Come near her hoose again pal an ye'll be leavin in an ambulance.",
    allowed=[PA], note="Scots dialect threat of violence against a journalist")
pos("explicit", "To the f***ing coward who reported me to the standards committee: I'll find out who you are and I'll make you bleed for it.",
    rules=[PA, AB], note="threat of violence against a complainant (code 8.3); obscenity and 'coward' aimed at the person")
pos("explicit", "Brackenby lads, you know what to do if Bev Ridley comes canvassing down your street. Don't let her leave in one piece.",
    allowed=[PA], note="incitement of others to harm a named councillor")
pos("explicit", "Simon Threlkeld, our so-called Monitoring Officer, wants dragging out of the town hall by his tie and chucking in the Tees. Happy to lend a hand.",
    rules=[OF], allowed=[PA], note="call for and offer of violence against a named officer")
pos("explicit", "Every one of them Romanians kipping under the Wardle Staithe railway arches needs burning out before summer. Somebody bring the petrol.",
    rules=[EQ], allowed=[AB, PA], note="incitement to violence against a group by national origin (race): also discrimination")
pos("explicit", "That lot from the Cotterby Road mosque want to think hard before they march past my ward office again. We'll be waiting with bats this time.",
    rules=[EQ], allowed=[PA], note="threat of violence against people for their religion: also discrimination")
pos("explicit", "Mate, one more comment like that about my daughter and I'll snap your fingers so you can't type. Not a joke.",
    allowed=[PA], note="threat to a replying resident's body")
pos("explicit", "Reyt Nadia, tha's had thi warnin. Show thi face at Hallow Bank club again an tha'll be goin home wi' a thick lip.",
    allowed=[PA], note="Yorkshire dialect threat of violence against a named councillor")
pos("explicit", "Whoever grassed my bins up to enforcement: hope your house goes up in flames, and if it doesn't by itself maybe I'll help it along.",
    allowed=[PA], note="arson threat against a complainant")
pos("explicit", "tell ur mate Aaliyah shes gettin a slap next time she talks down to me at full council 👋👋 not even jokin",
    allowed=[PA], note="casual typo-laden threat to hit a named councillor")
pos("explicit", "Cllr Tindall wants to shut our road to cars? Fine. I'll drive mine straight through his front room and we'll call that a low traffic neighbourhood 🚗💥",
    allowed=[PA, IR], note="threat to a councillor's home dressed as a joke")

# ---------------------------------------------------------------- positives: veiled threats and menace (20)
pos("veiled", "Lovely house you've got out on the edge of Skerne Moor, @LiamPattinsonLab. Be a real shame if anything happened to it while you're at all these late committee meetings.",
    allowed=[PA, IR], note="veiled threat to a councillor's home ('be a shame if')")
pos("veiled", "People round here have been hurt for less than what the Gazette printed this morning. I'd mind how I walked back to the office, Lauren.",
    allowed=[PA], note="veiled threat to a journalist ('hurt for less')")
pos("veiled", "I know your routine, Helen. Gym at half six, coffee on Market Street at eight, level 2 of the multi-storey. Have a think about that report before Thursday.",
    rules=[OF], allowed=[DP, PA], note="surveillance-style menace aimed at the Head of Planning to change her report")
pos("veiled", "Funny how quick accidents happen on them dark lanes out past Cotterby. Someone should tell Cllr Pounder to drive extra careful after his surgeries.",
    allowed=[PA, IR], note="veiled threat of a road 'accident' to a named councillor")
pos("veiled", "Nice little family you've got there, Kevin. Shame to see them worried. Think on before you vote for that closure.",
    allowed=[PA], note="veiled threat to family to influence a vote")
pos("veiled", "To the resident who's been screenshotting my replies: I've got your name, I've got your street, and I've got a long memory. Carry on.",
    allowed=[PA], note="menace against a resident: 'I know where you live' in other words")
pos("veiled", "Not a threat, just an observation: the last person who crossed the Brackenby lot ended up needing new windows. I'd drop the objection, Mrs Hind.",
    allowed=[PA], note="'not a threat' disclaimer with a threat to a resident's home to make her drop an objection")
pos("veiled", "Lot of angry people in Ormfield tonight. Wouldn't want to be Ewan Tindall if any of them work out which house is his. Just saying 🤷",
    allowed=[PA, IR], note="veiled threat that others will harm a councillor at home")
pos("veiled", "Carys, might want to take a different route home from the count this year. Some of my supporters have very long memories and very short tempers.",
    allowed=[PA], note="veiled threat using supporters as the menace")
pos("veiled", "Whoever passed that email to the Echo should remember I always find out in the end, and when I do you'll wish you'd kept your gob shut.",
    allowed=[PA, CO], note="menace against a whistleblower/source ('you'll wish'); confidentiality allowed because a leak is implied")
pos("veiled", "Keep walking your dog past my house every morning taking photos, pal. One of these days you'll turn the corner and I'll be stood there. We'll see how brave you are then.",
    allowed=[PA], note="veiled threat of confrontation to a resident")
pos("veiled", "Tick tock @StuGowlandReform. You'll get what's coming to you, and it won't be at the ballot box.",
    allowed=[PA], note="'what's coming' explicitly not electoral: menace")
pos("veiled", "Rachel Oyelaran has a lovely view from her new flat by the marina. Fourth floor, isn't it? Would be awful if all the families she's made homeless found out.",
    rules=[OF], allowed=[DP, PA], note="menace against the Chief Executive, pointing others at her home")
pos("veiled", "To the anonymous complainant: Marrick Reach is a small place. Everybody knows everybody and everybody talks. Think very carefully about Thursday's hearing.",
    allowed=[], note="intimidation of a complainant/witness before a hearing (code 8.3)")
pos("veiled", "Told there's a few lads in the Anchor who'd love a quiet word with Cllr Bains about the parking charges. I've not stopped them, put it that way.",
    allowed=[PA], note="'quiet word' menace, others as instrument")
pos("veiled", "You want to watch yourself, sunshine. Not everyone on this estate is as patient as me.",
    allowed=[PA], note="veiled menace to a replying resident")
pos("veiled", "Dear journo at the Teesmouth Echo: I've got your car reg, your editor's number and a lot of free time. Have a lovely weekend x",
    allowed=[PA, IR], note="menace to a journalist wrapped in a friendly sign-off")
pos("veiled", "Accidents happen in chamber. People trip on them stairs all the time. Cllr Whitfield might want to hold the handrail extra tight at budget council 😉",
    allowed=[PA, IR], note="veiled threat of a staged 'accident'")
pos("veiled", "The last councillor who tried to shut Skerne Moor baths didn't stand again, and it wasn't the votes that did it. Ask around. Nadia should take note.",
    allowed=[PA], note="veiled threat by reference to past unexplained harm")
pos("veiled", "Word to the wise for the officer writing the Hallow Bank traffic report: I know which school your kids go to. Get the numbers right this time.",
    rules=[OF], allowed=[DP, PA], note="threat via an officer's children to change a report")

# ---------------------------------------------------------------- positives: pressure and intimidation (20)
pos("pressure", "Message for the allotment group who complained about me: withdraw it by Friday or I'll make sure every one of you loses your plot. I chair that committee, don't forget.",
    allowed=[PO], note="complaint to be withdrawn 'or else', using the councillor's position")
pos("pressure", "@CarysWhitfieldLD you work at the college, don't you? Wonder what your principal would make of what you said at the Lib Dem social. Vote with us Tuesday and nobody needs to find out.",
    allowed=[PA], note="threat to a councillor's job/exposure to force a vote")
pos("pressure", "Simon, if the standards hearing goes ahead I'll be releasing everything I've got on your department. Every email. Your call.",
    rules=[OF], allowed=[CO], note="intimidating the Monitoring Officer over an investigation (code 8.3)")
pos("pressure", "To the woman who filmed me in the Co-op and sent it to the Echo: I know where you work and I know your manager. Take it down.",
    allowed=[PA], note="threat to a resident's job to get a video removed")
pos("pressure", "Darren in licensing, you'll change that recommendation on the Quayside bar or I'll have your job. I've seen off better officers than you.",
    rules=[OF], allowed=[PA], note="threat to an officer's job to change advice")
pos("pressure", "Any Labour colleague thinking of backing the no confidence motion: remember who signs off your committee places. I do keep a list.",
    allowed=[PO], note="intimidation of fellow councillors ('I keep a list')", parties=["Labour"])
pos("pressure", "The reporter who asked about my expenses has had her last interview with this administration. And I'll be ringing her editor. And her editor's editor.",
    allowed=[PA, PO], note="pressure on a journalist's job for asking questions")
pos("pressure", "Mr Ali, that's three complaints about me now. Drop it, or I'll tell the whole estate what your lad got lifted for last year.",
    allowed=[DP, PA], note="threat of exposure to make a complainant withdraw; hints at a private person's son's arrest")
pos("pressure", "Publicly asking the complainant (you know who you are) whether this is really worth it. Standards complaints cut both ways and I've got a very good solicitor.",
    allowed=[], note="intimidating a complainant with legal threats (code 8.3)")
pos("pressure", "Fiona, I've still got the photos from the Christmas do. Abstain tonight and they stay on my phone. Your choice x",
    allowed=[PA, IR], note="blackmail-style exposure threat to a councillor")
pos("pressure", "If Helen Brack's team recommends approval for the Brackenby tip site, I'll personally make sure every resident knows her name, her face and where she parks. Choose wisely.",
    rules=[OF], allowed=[DP, PA], note="pressure on an officer's advice by threatening to expose her to angry residents")
pos("pressure", "Jaspal, stand down from chairing scrutiny quietly or I go to the party with what I know about your 'business trips'. Last chance.",
    allowed=[DF, PA], note="exposure threat to force a councillor out")
pos("pressure", "Resident who posted the clip of me losing my temper: take it down today or I report you for harassment, sue you, and make sure your landlord sees every word you've written about him.",
    allowed=[PA], note="stacked threats to make a resident delete a post")
pos("pressure", "See the tenants' association is still pushing that complaint. Funny, because their grant comes up for renewal in April and guess who sits on the panel.",
    allowed=[PO], note="pressure on complainants through a grant decision")
pos("pressure", "Quick one for the Echo's new political correspondent: write about my family again and you'll never get another interview from anyone in this group. Or the club. Or the police. I know people.",
    allowed=[PA], note="intimidating a journalist ('I know people')")
pos("pressure", "The staff who gave statements against me in the standards investigation know who they are. Their managers will be hearing from me when this is over.",
    rules=[OF], allowed=[], note="intimidation of officer witnesses in an investigation (code 8.3)")
pos("pressure", "Dear @NadiaQureshiLD, we both know what you were doing at the Marina Hotel on the 14th. Withdraw your motion and we'll say no more about it.",
    allowed=[DF, PA], note="insinuated exposure to force a motion's withdrawal")
pos("pressure", "Every shop on Market Street that stuck a 'Save our library' poster up: I've noted your names. Don't come crying to me when your licence reviews come round.",
    allowed=[PO], note="intimidating businesses through licensing")
pos("pressure", "Ewan can carry on with his little campaign against me. I'll just keep adding to my folder. Everyone's got something in their past and I'm very, very patient.",
    allowed=[PA], note="threat of exposure, patient menace")
pos("pressure", "Note to the officer who briefed against me: I've FOI'd your emails, I've spoken to the chief exec, and I'll be asking for your head at the next appointments panel. Enjoy your weekend.",
    rules=[OF], allowed=[PA], note="threat to an officer's job")

# ---------------------------------------------------------------- hard negatives (60)
# robust political language
neg("political", "We'll smash the Tories at the ballot box in May. Every door in Cotterby, every weekend till polling day. Who's in?",
    note="electoral contest, not a threat", parties=["Labour", "LibDem", "Green", "Reform"])
neg("political", "I will fight this closure of Skerne Moor baths with everything I have. Petition, call-in, full council, the lot.",
    note="campaign vow against a decision")
neg("political", "We're going to beat them in May. Not with slogans, with a record: 400 homes insulated, two libraries saved.",
    note="electoral, policy", parties=["Labour"])
neg("political", "These parking charges will kill the high street. Market Street traders told me today footfall is down a third since January.",
    note="'kill' about a policy's effect")
neg("political", "I'll kill this motion at committee if it's the last thing I do. Watch this space.",
    note="'kill' a motion: procedural")
neg("political", "Reform think they'll walk Skerne Moor. They're in for a shock. We're coming for every single seat and we're coming with facts.",
    note="'coming for every seat' is electoral", parties=["Labour", "LibDem", "Green"])
neg("political", "The cabinet's housing strategy is a disgrace and the Leader should be ashamed of signing it off. Three years, zero council homes.",
    allowed=[PA], note="robust criticism of a decision and its owner", parties=["Conservative", "Reform", "LibDem", "Green", "Independent"])
neg("political", "Let's be blunt: this budget will hurt the poorest families in Brackenby. I'll be voting against it and I'll be saying why, loudly.",
    note="'hurt' about policy effect")
neg("political", "Happy to take on Graham Pounder in any debate, any hustings, any time. Bring your numbers Graham, I'll bring mine.",
    note="challenge to debate, civil")
neg("political", "Marrick Reach deserves better than this shambles of a bus review. I'll be on every doorstep making sure people know who voted for it.",
    note="electoral accountability, not exposure threat")
neg("political", "Time to wipe the floor with this tired administration at the polls. Nothing personal, just long overdue.",
    note="electoral idiom", parties=["Conservative", "Reform", "LibDem", "Green", "Independent"])
neg("political", "I'm going to hold the Chief Exec's feet to the fire at scrutiny on Tuesday over the missed housing repair targets.",
    allowed=[OF], note="scrutiny of performance by a role; officers.impartiality borderline")
neg("political", "Our campaign is going to bury this incinerator plan. 3,000 signatures in a week. Keep them coming!",
    note="'bury' a plan")
neg("political", "Liam's motion on bus fares is dead on arrival and he knows it. No costing, no partners. Happy to work with him on a better one.",
    note="firm, civil criticism of a motion")
neg("political", "Target the cuts, not the carers. That's our message and we're hammering it home in every ward.",
    note="'hammering' a message")
neg("political", "Any council that shuts its libraries will regret it within a decade. Reading, loneliness, job applications: it all comes back to bite.",
    allowed=[BI], note="'will regret it' about policy consequences, aimed at an institution")
neg("political", "If the bus company axes the 62 I'll take it to the Traffic Commissioner, our MP and every paper in the North East. Residents are not an afterthought.",
    note="legitimate escalation against a company's decision")
neg("political", "I'm going to be a thorn in this cabinet's side until the Skerne Moor pool reopens. Fair warning.",
    note="'fair warning' about persistent scrutiny")
neg("political", "Watch this space, Marrick Reach. The campaign to save the Wardle Staithe ferry is only getting started and we're not going anywhere.",
    note="campaign resolve")
neg("political", "Every vote we win in Ormfield is another nail in the coffin of this incinerator. Sign up, get involved.",
    note="idiom about a plan")
neg("political", "Conservatives are dead in the water in Brackenby. Not my words, apparently their own canvass returns.",
    note="electoral idiom about a party", parties=["Labour", "LibDem", "Green", "Reform", "Independent"])
neg("political", "Cllr Pounder promised to 'destroy' our budget in the debate. He didn't lay a glove on it. Good-natured scrap, back to work tomorrow.",
    note="quoted debate bravado, friendly", parties=["Labour"])
# sport and idiom
neg("idiom", "Skerne Moor Juniors battered Cotterby 4-0 on Saturday! Absolutely buzzing for the kids, proud to sponsor the kit ⚽",
    note="sport")
neg("idiom", "The comedian at the Wardle Staithe hospice fundraiser absolutely killed it. Tears streaming. £2,140 raised!",
    note="'killed it' idiom")
neg("idiom", "Our apprentices knocked it out of the park at the regional skills awards. Three golds for Marrick Reach 🏆",
    note="idiom")
neg("idiom", "Went to the boxing club's open night in Brackenby and got absolutely destroyed on the pads by a 12-year-old. Great club, brilliant coaches.",
    note="sport, self-deprecating")
neg("idiom", "Quiz night at Ormfield community centre: we got murdered in the music round. Still came third. Cheers to everyone who came.",
    note="'murdered' idiom")
neg("idiom", "Sunderland fan in a Boro house, I'm used to taking a beating. Fair play to the lads tonight though.",
    note="football banter")
neg("idiom", "The Brackenby WI bake-off was cut-throat this year. Still recovering from what the judges said about my lemon drizzle 😂",
    note="idiom")
neg("idiom", "Darts league final at the Anchor: the Hallow Bank team slaughtered us. Handshakes all round, rematch in April.",
    note="'slaughtered' in sport")
neg("idiom", "That new burger van on the seafront is lethal. Had two. No regrets.",
    note="'lethal' idiom")
neg("idiom", "Some of us took a proper pounding in the celebrity bout at the boxing club's charity night. No names. (Mine.)",
    note="sport, self-deprecating")
neg("idiom", "I know this ward like the back of my hand. I know its routines, the steelworks shift changes, the school runs. That's exactly why the 6am bus matters.",
    note="'I know its routines' about a ward, not a person")
# quoted threats condemned
neg("condemn", "A resident was told 'we know where you live' yesterday for daring to speak at planning committee. That is not acceptable in Marrick Reach. If it happens to you, report it to the police and to us.",
    allowed=[BI], note="quoted threat condemned")
neg("condemn", "Had a message overnight saying my car 'would look better on fire'. Reported to Teesmouth Police. I won't be intimidated and I won't be replying.",
    allowed=[BI], note="councillor reporting a threat received")
neg("condemn", "Staff in our housing office were told 'I'll be back with a knife' on Monday. That is a crime. We stand with them, and the man responsible has been banned from the building.",
    allowed=[BI], note="quoted threat condemned; staff not named")
neg("condemn", "Sharing so people see what women in politics get sent: 'be a shame if something happened to that pretty face'. Whoever wrote it, the police have your account details now.",
    allowed=[BI, EQ], note="quoted gendered threat, condemned")
neg("condemn", "Threats against journalists are threats against local democracy. The Echo reporter told she'd 'get what's coming' after covering our budget has the support of every party here.",
    allowed=[BI], note="solidarity with a threatened journalist")
neg("condemn", "People asking if I'll withdraw my complaint after the 'or else' messages. No. The complaints process exists for a reason and I trust it.",
    allowed=[BI], note="refuses to be intimidated; quotes the threat")
neg("condemn", "Cross-party statement: we condemn the letter sent to a colleague's home saying 'we know your routine'. The police are investigating. Disagree with us all you like, but never like this.",
    allowed=[BI], note="quoted menace condemned")
neg("condemn", "New guidance for candidates is out: what to do if you're threatened on the doorstep, how to report online abuse, who to call. Please share across every party.",
    allowed=[BI], note="anti-intimidation guidance")
# court reports stated carefully
neg("court", "A 41-year-old man has pleaded guilty at Teesmouth Magistrates' Court to a public order offence after an incident at a Skerne Moor ward surgery in December. Sentencing is next month. I won't comment further while proceedings are live.",
    note="careful court report, no name")
neg("court", "Update on the assault outside Brackenby library: a man has been charged and is due before magistrates. Please don't speculate online about who it is. Let the court do its job.",
    note="careful court report")
neg("court", "The trial of a man accused of assaulting a bus driver on the X14 ends this week. He denies the charge. Whatever the verdict, our drivers deserve to feel safe at work.",
    note="careful report, presumption of innocence")
neg("court", "Verdict today in the case of the attack on our refuse crew in Hallow Bank: the defendant was convicted of common assault. Thanks to the crew for giving evidence. It took courage.",
    note="court outcome, no names")
# self-deprecation
neg("self", "Left my speech notes on the bus. I could kick myself. Winged it at full council; hopefully nobody noticed.",
    note="self-deprecation")
neg("self", "Note to self: never volunteer for the charity abseil again. I'd throttle past me if I could. Still, £860 for the food bank!",
    note="self-directed idiom")
neg("self", "Forgot the Brackenby surgery moved to Thursdays and sat in an empty room for an hour. I'd sack myself if I could.",
    note="self-deprecation")
neg("self", "I will end whoever eats the last mince pie in the members' room. (It was me. I ate it.)",
    allowed=[BI], note="joke threat revealed as self-directed")
neg("self", "Spent twenty minutes arguing with the car park machine. Machine won. Not my finest hour.",
    note="self-deprecation")
# fierce but civil criticism
neg("civil", "Closing Hallow Bank children's centre without consultation was wrong, and the cabinet member responsible needs to explain it at scrutiny. I'm calling it in.",
    allowed=[PA], note="firm criticism of a decision")
neg("civil", "Cllr Gowland says crime has doubled in Skerne Moor. It hasn't: police figures show a 6% fall. Happy to share the data with him.",
    allowed=[DF], note="correction without calling anyone a liar")
neg("civil", "With respect to the Leader, 'we're listening' is not a plan. Wardle Staithe has waited 18 months for the flood wall. Publish the timetable.",
    note="civil, pointed")
neg("civil", "I don't doubt the officers worked hard on this report, but I think its conclusion on the Cotterby sites is wrong and I'll say so in the debate.",
    allowed=[OF], note="disagreeing with an officer report respectfully")
neg("civil", "The Echo got our figures wrong this morning and I've asked for a correction. Journalists have a job to do and so do we: get it right.",
    note="civil response to a journalist")
neg("civil", "To the resident who says I've 'abandoned' Ormfield: 22 surgeries this year, 400 emails answered. You're entitled to think I should do more. Come and tell me at the next one.",
    note="firm reply to a resident, invites contact")
neg("civil", "Reform's leaflet says we 'stole' the leisure budget. We didn't. It's in the accounts, page 14. Read it before you deliver another 10,000.",
    note="rebuttal of a party leaflet", parties=["Labour"])
neg("civil", "Heated exchange with Cllr Qureshi in chamber today. We disagree fundamentally on the housing plan. Had a coffee after. That's how it should be.",
    note="civil disagreement")
neg("civil", "To the landlord in Brackenby who has ignored 14 damp complaints: enforcement notices are on their way. The law applies to you too.",
    allowed=[BI], note="lawful enforcement warning, no person identified")
neg("civil", "Fly-tippers on Gorse Lane, you've been warned: cameras are up and we will prosecute.",
    allowed=[BI], note="lawful enforcement warning")

# ---------------------------------------------------------------- fillers (10)
fill("Gritting lorries out on all priority routes tonight. Please check on elderly neighbours if it freezes.")
fill("Brackenby Library's homework club restarts Tuesday 4-6pm. Free, drop in, biscuits provided.")
fill("Thanks to everyone who came to the Ormfield ward walkabout. Potholes on Kiln Street reported; I'll update when fixed.")
fill("Reminder: garden waste collections resume in March. Sign up on the council website.")
fill("Surgery this Saturday 10-12 at Hallow Bank community centre. No appointment needed.")
fill("Lovely to meet the new Year 6 eco-council at Skerne Moor Primary. Sharp questions about recycling!")
fill("Wardle Staithe flood wall consultation is open for three more weeks. Have your say.")
fill("Great turnout for the Cotterby litter pick. 42 bags collected. Thank you all.")
fill("Warm spaces open across the borough this week, full list on the council site.")
fill("Bus shelter on Quay Road finally repaired after residents' reports. Thanks for your patience.")


def targets(text):
    """Councillor handles the text names (never used as author)."""
    out = set()
    for h, (name, _) in COUNCILLORS.items():
        first, last = name.split()
        keys = [h, last, first] + NICK.get(name, [])
        if any(k in text for k in keys):
            out.add(h)
    return out


def severity_verdict(rules):
    return "block" if rules else "ok"  # every expected rule in this set can be block; see README


def main():
    rnd = random.Random(SEED)
    rows = list(ROWS)
    rnd.shuffle(rows)
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    days = [start + timedelta(days=i) for i in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime(2026, 3, 27, tzinfo=timezone.utc)]
    out = []
    for i, r in enumerate(rows, 1):
        excl = targets(r["text"])
        cands = [h for h, (_, p) in COUNCILLORS.items()
                 if h not in excl and (r["parties"] is None or p in r["parties"])]
        author = rnd.choice(sorted(cands))
        d = rnd.choice(days)
        ts = d + timedelta(hours=rnd.randint(8, 18), minutes=rnd.randint(0, 59))
        platform = rnd.choice(["x", "facebook", "bluesky"])
        out.append({
            "id": f"b33-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": platform,
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"],
                       "verdict": "block" if r["rules"] else "ok"},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        })
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(r["kind_of_row"] for r in rows), Counter(r["sub"] for r in rows))


if __name__ == "__main__":
    main()
