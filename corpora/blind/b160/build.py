#!/usr/bin/env python3
"""Build blind set b160: account-level rules at Skarness and Arnsands Borough Council.

Every text, label and note below was written by hand for this set. The script
only places the rows: it keeps each account's rows in written order, spreads an
account's posts over the weekdays 9 Feb - 1 May 2026 (one post a day at most),
times comments a few minutes after the row before them under the same post,
shuffles all rows with a fixed seed, assigns ids B160-NNNN, resolves parent_id
and computes each verdict as the highest base severity expected.

Standard library only. Running it twice gives the same accounts.jsonl byte for
byte.
"""

import datetime
import json
import os
import random

SET = "B160"
SEED = 16016
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_NAME = "accounts.jsonl"

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

# Base severity of each rule (the lower one where RULES.md says "review; block when severe").
BASE = {
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
    HR: "block",
    MOD: "review",
    MX: "advice",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"


def P(text, rules=(), allowed=(), note="", kind="post", by=None):
    """A positive row: expects the account rule (plus `rules`)."""
    return dict(row="positive", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kind=kind, by=by)


def F(text, allowed=(), note="", kind="post"):
    """A filler row: ordinary business, expects nothing."""
    return dict(row="filler", text=text, rules=[], allowed=list(allowed),
                note=note, kind=kind, by=None)


def N(text, rules=(), allowed=(), note="", kind="post", by=None):
    """A hard-negative row: near the account rule but not evidence for it."""
    return dict(row="hard_negative", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kind=kind, by=by)


def C(row, text, by, rules=(), allowed=(), note=""):
    """A comment under the page owner's post written just before it."""
    maker = {"positive": P, "hard_negative": N}[row]
    return maker(text, rules=rules, allowed=allowed, note=note, kind="comment", by=by)


FILLER_NOTE = "filler: ordinary ward or council business, no evidence for the account rule"

ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    dict(author="@KennyDobsonRUK", platform="x", account="councillor", pattern=HR, role="positive", rows=[
        F("Haverscar Road bins missed AGAIN this week. Reported it, got a ref number back in four minutes, lorry never came. If yours is still out reply here and I'll chase the lot in one go."),
        P("Queen Maureen graced the Yard launch today. Hard hat on for the cameras, back in the car before the lads had finished their bait. Never changes does she.",
          allowed=[PA], note="hostile occasion 1 against Maureen Tyson (Leader), by nickname: mockery of a public appearance"),
        F("Northbay Rail say the Bay line will be 'back to normal' by March. Heard that one before. I'll be on the 07:40 out of Haverscar every day next week counting cancellations. Results Friday.",
          note="filler: persistence aimed at a rail operator, not a person"),
        P("@MaureenTysonLab Stunning budget speech, Leader. Truly. Never heard anyone say so little for so long 👏👏👏",
          rules=[IR], allowed=[PA], kind="reply", note="hostile occasion 2: mock praise as an @reply to the Leader"),
        P("So Cllr Tyson has blocked me. Fine. I'll be at every one of your Yardside surgeries from now on Maureen, front row, same question, till you answer it. You can't block a chair.",
          allowed=[BU], note="hostile occasion 3: pursuing the Leader after she blocked him; unwanted contact, bullying allowed"),
        P("Saw the Leader's car outside the Anchor at Arnby Sands again Saturday dinnertime, same as every Saturday. Lovely spot. Be a shame if folk started turning up to ask her about the rates while she's having her dinner. Just saying, Maureen.",
          rules=[BU], note="hostile occasion 4: names her weekly routine and place and invites people to turn up; intimidation expected"),
    ]),
    dict(author="@DerekPostleCon", platform="facebook", account="councillor", pattern=HR, role="positive", rows=[
        F("Fellgate Parish Hall was full last night for the meeting about the Heskew bus. Thank you all for coming out on such a wet evening. I have written to the operator and will report back as soon as I hear."),
        P("I have now read the Dockside masterplan report in full. It is not a professional document. Ms Crewdson, our Director of Regeneration, has produced Labour's wish list with the borough crest stuck on the front. Officers are meant to be neutral. This one plainly is not.",
          rules=[OF], allowed=[PA], note="hostile occasion 1 against Alison Crewdson, an officer, by title and surname; questions her neutrality in public"),
        F("Gritting update: the Heskew road up to the fell gate goes back on the priority route next winter after Conservative councillors pressed for it. Common sense at last."),
        P("Alison Crewdson should not be in post. Third report in a row that says exactly what the Leader wants it to say. If she cannot give honest advice she should go and find a council that wants a yes-woman.",
          rules=[OF, PA], allowed=[DF], note="hostile occasion 2: full name; 'cannot give honest advice' insinuates dishonesty, defamation allowed"),
        F("Congratulations to Heskew School on a cracking Ofsted. A small school punching well above its weight."),
        P("I have told Alison Crewdson to her face and I will say it here too. Rewrite the Dockside report before it goes to cabinet or I will make sure every resident in this borough knows exactly whose name is on it. She has been warned.",
          rules=[OF, BU], note="hostile occasion 3: presses an officer to change her report, with a warning; intimidation expected"),
    ]),
    dict(author="@ShaneRiggKirkscar", platform="x", account="councillor", pattern=HR, role="positive", rows=[
        F("Kirkscar slag bank path finally reopened. Took 18 months and three site meetings but its done. Dog walkers rejoice 🐕"),
        P("Owen Satterthwaite took f-f-f-four whole minutes to ask one question at scrutiny tonight. Somebody get the man a script and a stopwatch 😂",
          rules=[PA, EQ], note="hostile occasion 1 against Owen Satterthwaite: mimics a stammer, an attack on a disability"),
        F("Met the new Kirkscar PCSO this morning. Quad bikes on the old ironworks site, report to 101 please, they are on it."),
        P("Lowthwaite deserves a councillor who can stand up and speak for it. Laal Owen can't even get his own name out.",
          rules=[PA, EQ], note="hostile occasion 2: 'Laal Owen', mocks his speech again"),
        F("Kirkscar Coronation Hall roof fund: £4,120 of £6k raised. Quiz night on the 14th, teams of six, bring your own bait."),
        P("@OwenSattLD Blocking me won't stop it marra. Thursday, outside the Lowthwaite Institute. You can st-st-stutter your excuses to my face.",
          rules=[BU, EQ], allowed=[PA], kind="reply", note="hostile occasion 3: after being blocked, names a time and place to confront him, with the stammer mimicry"),
    ]),
    dict(author="@JulieAskewLab", platform="facebook", account="councillor", pattern=HR, role="positive", rows=[
        F("Kelholme Club hardship pantry is open Tuesdays and Fridays 10 till 12. No forms, no questions asked. If you can spare a few tins, drop them behind the bar."),
        P("Lord Richard of Arnby Sands has opinions on the minimum wage again. Man's never done a day's graft in his life. Thinks bait is summat you put on a hook.",
          rules=[PA], note="hostile occasion 1 against Richard Braithwaite (Conservative group leader), by mock title"),
        F("Kelholme Road resurfacing starts Monday, three weeks, top end first. Diversion via Foundry Street. Sorry in advance for the mess and the noise."),
        P("Richard Braithwaite stood up in full council and called Kelholme families a 'dependency culture'. This from a spoilt, smirking leech in a Barbour who's lived off his dad's land for sixty year.",
          rules=[PA], note="hostile occasion 2: full name, 'spoilt, smirking leech'"),
        P("Braithwaite's been crying to the Gazette that he's being 'picked on'. Diddums. Grow a spine, Richard.",
          rules=[PA], allowed=[IR], note="hostile occasion 3: surname and first name, mock sympathy"),
        P("Tell you what Richard, instead of hiding behind your group, come down the Kelholme Club Friday night and say it to the lads yourself. They'd love a word. We'll see how brave you are then.",
          allowed=[BU, PA], note="hostile occasion 4: a dare that reads as veiled menace; bullying allowed, not expected"),
    ]),
    dict(author="@GrahamWildeGreen", platform="bluesky", account="councillor", pattern=HR, role="positive", rows=[
        F("Natterjack survey on Sandholme dunes last night: 41 calling males along the slack by the old golf hut, up on last year. Dogs on leads near the pools please 🐸"),
        P("Neil Fothergill signed off the dune car park extension without once walking the site. The man couldn't find a natterjack in a bucket. Useless.",
          rules=[PA], note="hostile occasion 1 against Neil Fothergill (Cabinet, Environment and Coast)"),
        F("Sandholme beach clean Sunday 10am, meet at the lifeboat slip. Gloves and bags provided. Last month we filled sixty bags and half of it was fishing line."),
        P("Asked Cllr Fothergill four times in writing about the dune car park. Four. He hides behind officers every single time. Coward.",
          rules=[PA], note="hostile occasion 2: 'Coward' at the same person"),
        F("The coastal erosion plan goes out to consultation next week. It's long, but the Sandholme section is pages 40-58. Read it and have your say, whatever your view."),
        P("Neil, you are a disgrace to the coast you were elected to protect. Resign and let somebody with a backbone do the job.",
          rules=[PA], note="hostile occasion 3: first name, 'a disgrace ... somebody with a backbone'"),
    ]),
    dict(author="@TraceyHolmeSkellan", platform="x", account="councillor", pattern=HR, role="positive", rows=[
        F("Skellan bridge: single lane overnight Mon-Thu for the joint repairs. Buses still running. Tell me if the diversion signs at Westshore are still pointing the wrong way."),
        P("Another offcomer in cabinet telling Skellan folk what's good for us. Matt Sowden's been here five minutes and reckons he knows the Island better than families who've been here for generations.",
          allowed=[PA], note="hostile occasion 1 against Matt Sowden (Cabinet, Skills and Waterfront): outsider framing"),
        F("Westshore lifeboat open day Saturday. Bacon butties, tractor launch at 2, bring the kids."),
        P("Sowden couldn't tell a lonning from a dual carriageway. Pack your bags and get yourself back down the M6 where you came from, lad.",
          rules=[PA], note="hostile occasion 2: surname; 'back down the M6' is about coming from elsewhere in England, not a protected characteristic"),
        F("Tarn End residents: the drainage survey team are on the lane next week. It's the council's contractor, vans are marked, no need to ring 999 like last time 😅"),
        P("@MattSowdenLab Nobody on this island voted for you and nobody wants you here. Do us all a favour and go.",
          rules=[PA], kind="reply", note="hostile occasion 3: @reply telling him he is not wanted"),
    ]),
    dict(author="@ColinPharaohCon", platform="facebook", account="councillor", pattern=HR, role="positive", rows=[
        F("Ironhow Miners' Welfare has its lottery bid in for new changing rooms. My letter of support went off today. Fingers crossed for the under-11s."),
        P("Funny how every application Cllr Hoggarth's committee waves through seems to have the same agent on it. Just an observation. Ironhow isn't daft.",
          allowed=[DF], note="hostile occasion 1 against Bernadette Hoggarth (Chair of Planning): insinuation, defamation allowed"),
        F("Potholes on the Ironhow to Cragbeck road are logged with highways. Photos help, send them to me and I'll add them to the list."),
        P("Bernadette Hoggarth is a crook and half of Ironhow knows it. Somebody on that committee needs to say it out loud.",
          rules=[DF, PA], note="hostile occasion 2: 'a crook' stated as fact"),
        F("Well done to Ironhow Heritage Group, the pit wheel is back on its plinth after forty years. Proper bit of history, that."),
        P("I'll say it plainly. Bernie Hoggarth had a backhander off Fellside Estates before the quarry extension went to committee. That's why it sailed through.",
          rules=[DF], allowed=[PA], note="hostile occasion 3: bribery alleged as fact, by nickname 'Bernie'"),
    ]),
    dict(author="@LynnGaskarthLD", platform="bluesky", account="councillor", pattern=HR, role="positive", rows=[
        F("Arnby Sands prom: the railings by the bandstand are being repainted from Monday. Same blue. Don't panic."),
        F("Cross-bay walk dates for the season are out. Only ever cross with the official guide. The sands here are no joke, the tide comes in faster than you can run."),
        P("Gail Pennington has appointed herself Queen of the Lido and frankly she's a bitter old busybody with far too much time on her hands. Some of us have actual work to do.",
          rules=[PA], allowed=[EQ], note="hostile occasion 1 against Gail Pennington, a resident who chairs the lido friends group; 'bitter old busybody' allows equality (age)"),
        F("Lido update: the structural survey is back and it's mixed. Full report goes to scrutiny on the 18th, public gallery open. I'll post the link when it's published."),
        F("Thanks to everyone who came to the Arnby Sands surgery at the library. Fourteen of you, mostly parking. I've heard you."),
        P("Gail. You've been told. Stop emailing my ward inbox forty times a week or I will publish every single one of them, home address and all, and let people see what you're really like.",
          rules=[BU], note="hostile occasion 2 (the minimum): threatens to publish a resident's emails and address; no data is published"),
        F("Arnby Sands in Bloom are after volunteers for the planters along the prom. An hour a week, gloves provided 🌸"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    dict(author="@SueCavendishCon", platform="x", account="councillor", pattern=HR, role="hard_negative", rows=[
        N("The Leader's decision to cut Lowthwaite library to three days is the wrong call. Libraries are where people without broadband go to do their universal credit. I'll keep saying so at every full council until it's reversed.",
          note="civil criticism of the Leader's decision; persistence about a policy"),
        F("Heskew fell gate cattle grid is finally fixed. Thank you to everyone who reported it and to the highways crew."),
        N("Credit where it's due: Cllr Tyson got the Yard apprentice deal over the line and it's a good one for the whole peninsula. I don't say that often, so enjoy it Maureen.",
          note="approving mention of the same person; genuine, not mock praise"),
        N("Third time of asking: where is the rural bus review? The Leader promised it by Easter. Fellgate and Heskew have been patient long enough.",
          note="repeated question about a promised review, aimed at a decision"),
        N("@MaureenTysonLab The offer stands. Come up to Fellgate and stand at the Heskew bus stop at 7am on a February morning. Kettle's on at ours after.",
          note="@mention as an invitation"),
        N("Labour's parking charges at Arnby Sands are a shambles, and the cabinet, Leader included, should be embarrassed by the way they were pushed through without a word of consultation.",
          note="robust criticism of a decision and the cabinet; not a personal attack"),
    ]),
    dict(author="@IanKitchingLab", platform="bluesky", account="councillor", pattern=HR, role="hard_negative", rows=[
        N("Northbay Rail cancelled the 07:12 from Haverscar again. Fourth time this month. People are losing shifts at the Yard over this.",
          note="sustained criticism of a rail operator (a body), occasion 1"),
        N("Northbay Rail's management keep telling us it's 'driver availability'. It's been driver availability for two years. That's not bad luck, that's bad planning.",
          note="criticism of a body's management, not a named person"),
        F("Haverscar Community Centre has a free warm space and brews every weekday afternoon. No need to book."),
        N("Met Northbay Rail today with our MP. Polite meeting, no promises. I'll keep asking every month until the Bay line runs like a railway and not a raffle.",
          note="persistence aimed at a body through proper channels"),
        N("Honestly, Northbay Rail are a disgrace. A rail replacement bus that didn't turn up, for a train that didn't turn up. You couldn't make it up 🙄",
          note="'a disgrace' aimed at a company; sarcasm about a service, not a person"),
        N("Petition to the Department for Transport about the Bay line is at 2,800 names. If Northbay Rail can't run it, hand it to someone who can. https://petition.example.org/bay-line",
          note="campaign against a body"),
    ]),
    dict(author="@AndyPirieRUK", platform="x", account="councillor", pattern=HR, role="hard_negative", rows=[
        F("Kirkscar Road speed survey starts next week. About time."),
        N("Graham Wilde lecturing Kirkscar about carbon from the saddle of his electric bike. Sanctimonious prat.",
          rules=[PA], note="the only hostile post at Graham Wilde: a personal attack on one occasion, not a course of conduct"),
        F("Drop-in at Kirkscar Coronation Hall Thursday 4-6. Bring your council tax questions, I'll bring the biscuits."),
        N("Don't agree with Graham Wilde on much, but he's right that the dune car park was rushed through. Fair's fair.",
          note="second mention of the same person, civil and partly approving"),
        N("Good to see Cllr Wilde and the Sandholme lot at the Kirkscar beach clean. Massive turnout. Different politics, same beach.",
          note="third mention, friendly"),
        F("Reform UK action day in Kirkscar Saturday. Out on the doors from 10, all welcome."),
    ]),
    dict(author="@KathDickinsonInd", platform="facebook", account="councillor", pattern=HR, role="hard_negative", rows=[
        F("Lowthwaite charter fair: a few stalls still free for the May fair. Forms from the Market Hall office, first come first served."),
        N("Kenny Dobson is a clown. Every full council he turns up with his phone in one hand and not a clue what's on the agenda.",
          rules=[PA], note="one hostile post at Kenny Dobson"),
        N("I've read some of the 'offcomer' stuff being thrown at Matt Sowden this week. I'm an offcomer myself, came up from Lancashire 31 years ago. Disagree with his waterfront plan all you like, I do. Leave where he was born out of it.",
          note="counter-speech quoting the outsider line to reject it"),
        F("Gallow Knott beacon path is shut for a fortnight while they fix the steps. Go up the back way from the cemetery if you must."),
        N("Colin Pharaoh is a bully in a blazer. Watched him talk over three women at planning last night and smirk about it.",
          rules=[PA], allowed=[DF], note="one hostile post at a second person, Colin Pharaoh; 'a bully' allows defamation"),
        N("Matt Sowden's waterfront plan still has no answer on parking for the market. Asked him at cabinet, got a decent answer on buses and nothing on cars. I'll keep at it.",
          note="civil, persistent criticism of a named cabinet member's plan"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    dict(author="@SandraPickthallLab", platform="facebook", account="councillor", pattern=MX, role="positive", rows=[
        F("Yardside surgery this Saturday 10-12 at St Aidan's hall. Housing repairs, bins, parking, owt you like. Door's open."),
        P("Our laal grandson Alfie was christened today at St Aidan's 💙 Slept through the whole service and woke up for the buffet. Takes after his grandad 😂",
          allowed=[DP], note="family event; names a grandson"),
        F("Arnsands Homes have agreed to a damp survey of every flat in Priory Court after Tuesday's residents' meeting. Not before time. Keep sending me the photos."),
        P("Caravan's open for the season at Arnby! First brew on the step and a paddle with the dog. Bliss 🏕️",
          note="personal leisure"),
        F("The pedestrian crossing outside the Yardside Co-op is approved, works in the summer. Thank you to the 400 of you who signed."),
        P("Happy 40th anniversary to my Dave. Still puts the bins out on the wrong day after 40 years but I'll keep him ❤️",
          allowed=[DP], note="family anniversary; names her husband"),
    ]),
    dict(author="@TrevHuddlestonCon", platform="x", account="councillor", pattern=MX, role="positive", rows=[
        F("Arnby Sands parking: I have asked for the new charges to be paused until the consultation closes. Residents and traders are both against. Cabinet, please listen."),
        P("Round of 79 at Arnby Links this morning. Best in three years. The 14th still owes me a ball ⛳",
          note="personal hobby"),
        F("Bandstand concerts confirmed for the summer, first one late May. Paid for by the town trust, not the council tax."),
        P("Margaret's new hip is in and she's already telling the nurses at Skarness General how to run the ward. Home Friday all being well. Thank you for all the messages.",
          allowed=[DP], note="wife named with her operation (health)"),
        P("Tenerife for a week with the golf clubs and a stack of paperbacks. Sun's out, phone's off 🌞",
          note="family holiday; unlike the hard-negative away notices it hands no casework on"),
        F("Full council tonight. I'll be asking why the lido survey took fourteen months."),
    ]),
    dict(author="@NadiaHussainLab", platform="bluesky", account="councillor", pattern=MX, role="positive", rows=[
        F("Priorsgate residents: the 20mph consultation closes Friday. Whatever you think of it, fill it in, it takes three minutes."),
        P("My Zara got her offer for medicine today!!! Cried in the Tesco car park. So proud I could burst 😭😭",
          allowed=[DP], note="daughter named with her university offer"),
        F("Toured the new Priorsgate family hub with the health visitors this morning. Baby clinic, food bank referrals and debt advice all under one roof."),
        P("Sunday long run done. Fourteen miles round the reservoir and back, legs are jelly. Half marathon in five weeks 🏃‍♀️",
          note="personal training"),
        F("Cabinet has signed off £1.2m for Priorsgate playgrounds. Three parks, new kit, accessible swings in two of them."),
        P("Finally got the allotment dug over. Broad beans in, back broken. Who knew.",
          note="personal hobby"),
    ]),
    dict(author="@GordonTweddlePI", platform="facebook", account="councillor", pattern=MX, role="positive", rows=[
        F("Skellan bridge tolls: no, the council can't scrap them on its own, the bridge trust sets them. I've asked the trust to come to a public meeting at Westshore."),
        P("Out on the boat at first light. Four bass and a mackerel. Tide was perfect off the North End 🎣",
          note="personal hobby"),
        F("Tarn End flooding: the pumps are back on and the drains team are in the lane Tuesday. Ring the council flood line, not me, if it comes up again."),
        P("Lambing's started on ours. Twins at 3am, both up and sucking. Knackered but chuffed.",
          allowed=[HA], note="his own smallholding; tiredness allows haste"),
        F("Ferry petition handed in, 1,900 names. Now we wait on the ferry company."),
        P("Our Jack passed his driving test first time today. God help the Island's hedges 😂",
          allowed=[DP], note="son named"),
    ]),
    dict(author="@BeckyHartleyGreen", platform="bluesky", account="councillor", pattern=MX, role="positive", rows=[
        F("The Sandholme dune car park is on the cabinet agenda for the 9th. Papers are online. I'll be asking what the natterjack survey found."),
        P("Tilly took her first steps today in the kitchen, straight into the cat's bowl 🐈 Lucas filmed it, I just screamed.",
          allowed=[DP], note="child and partner named"),
        F("Sandholme bus shelter is back up after the storm. Thanks for your patience, and thanks to the driver who rang it in."),
        P("Lucas's band is playing the Ship in Sandholme on Saturday. He'll kill me for posting this. Come anyway 🎸",
          allowed=[DP], note="partner named with where he will be"),
        F("Green councillors have tabled a motion to make the estuary a no-spray zone. Full council on the 26th. Email me your views, either way."),
        P("Three nights of teething. I have forgotten what sleep is. If I reply to your email with nonsense, this is why 🥱",
          allowed=[HA], note="family life; tiredness allows haste"),
    ]),
    dict(author="@StuFellCragbeck", platform="x", account="councillor", pattern=MX, role="positive", rows=[
        F("Cragbeck village hall now has a defibrillator on the outside wall. Ring 999 and they'll give you the code and talk you through it."),
        P("Fell race results: 11th of 86 at the Gallow Knott round, PB by 40 seconds. Calves are in bits.",
          note="personal hobby"),
        F("The Cragbeck barn conversion comes to planning committee next month. I'm not on the committee, but residents can speak. Register by the Tuesday before."),
        P("Double shift at the Yard today then straight to parish council. If my eyes close during the 20mph item, someone nudge me.",
          allowed=[HA], note="his own job; tiredness allows haste"),
        F("Cragbeck to Skarness 6A: new timetable from April with an extra early run for Yard shifts. Small win, but a win."),
        P("Dad's 80th today. Still goes up the Knott every Sunday and still beats me down it. Happy birthday, old man 🎂",
          allowed=[DP], note="father's age"),
    ]),
    dict(author="@PhilAckroydLab", platform="facebook", account="councillor", pattern=MX, role="positive", rows=[
        F("Council tax: the budget agreed last night keeps the rise under the cap and protects the Kelholme and Haverscar libraries. The full papers are on the council website."),
        P("Dockers 24, Marsdale 18. Craig Park was rocking. Best Sunday in months 🏉",
          note="rugby league fandom"),
        F("Finance scrutiny asked good questions on the Yard business rates pooling. The answers will be in the minutes and I'll share them here."),
        P("Allotment report: the rhubarb has survived another winter. The leeks have not. Plot 14 will rise again.",
          note="personal hobby"),
        P("Happy birthday to the wife, who has put up with thirty years of full council nights and cold teas. We're off to the Lakes for a couple of days.",
          note="family birthday and trip; wife not named"),
        F("Kelholme Club hardship pantry has a £2k boost from the council's community fund. Proud of the volunteers down there."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts
    # ------------------------------------------------------------------
    dict(author="@JanetRawlinsonLab", platform="facebook", account="councillor", pattern=MX, role="hard_negative", rows=[
        N("Old Dock memory café opens Wednesday at the Seamen's Mission. As someone who's been a carer myself, I know how lonely it gets. Come for a brew, no need to book.",
          note="personal aside serving a council message"),
        N("Thank you for all your kind messages after we lost Dad. Surgeries are back on from Monday and I'm working through the emails now.",
          note="the one personal note on the account, about her availability for casework"),
        N("The school crossing patrol on Harbour Road is staying after all. I walked my three to that school for twelve years and that crossing is sacred.",
          note="aside serving a council message"),
        N("Free swimming for under-16s at Old Dock baths starts at Easter. Bring a towel and a grown-up. The laal ones at the trial session loved it.",
          note="'laal ones' are the children at a council session"),
        N("Easter bins: Friday's round moves to Saturday. I'll be out on the Saturday run with the crew as a ward walkabout, come and say hello.",
          note="council business"),
        N("The Seamen's Mission roof grant is confirmed. My grandad was a docker and I think he'd be chuffed it's still standing.",
          note="family aside serving a council announcement"),
    ]),
    dict(author="@AlanTordoffCon", platform="x", account="councillor", pattern=MX, role="hard_negative", rows=[
        N("Canal foot car park resurfaced at last. As a grandad who's lost a pushchair wheel in those potholes, I'm as pleased as anyone.",
          note="aside serving a council message"),
        N("Happy Easter to everyone in Lowthwaite. Market's open Saturday, egg hunt on Gallow Knott green at 11.",
          note="seasonal greeting as ward member, with ward events"),
        N("Away until the 20th. Urgent casework to my ward colleague Cllr Kath Dickinson or the council contact centre.",
          note="availability notice; no personal content beyond being away"),
        N("Lowthwaite market: the charter trust and the council have agreed to freeze stall fees for a year. Good news for the traders I grew up buying my Saturday bait from.",
          note="aside serving a council message"),
        N("My dad's generation built the canal foot sea wall by hand. The repair programme agreed today should see it good for another fifty years.",
          note="family aside serving a council announcement"),
        N("I'm backing the campaign to get Saturday opening back at Lowthwaite library. Parents tell me it's the only day they can bring the kids.",
          note="council business"),
    ]),
    dict(author="@RuthKellettLD", platform="bluesky", account="councillor", pattern=MX, role="hard_negative", rows=[
        N("Back from maternity leave today. Thank you to Cllr Stuart Fell for covering Cragbeck casework while I was off. If you're waiting on a reply from me, it's coming this week.",
          note="return from leave, about casework"),
        N("Cragbeck school run chaos: as a mum doing that run every day now, I get it. Parking enforcement are visiting next week and the school is looking at a walking bus.",
          note="aside serving a council message"),
        N("Lib Dem amendment to keep the post office counter in Cragbeck library lost by four votes. We'll bring it back.",
          note="council business"),
        N("The baby and toddler group at Cragbeck village hall has council funding for another year. The parents who run it are brilliant.",
          note="council funding; shares the family topic"),
        N("Flood warden volunteers wanted for Cragbeck beck. Training provided, wellies not.",
          note="council business"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    dict(author="@owen_plays_cornet", platform="bluesky", account="personal", pattern=MX, role="hard_negative", rows=[
        N("Lowthwaite Town Band at the Gallow Knott bandstand Sunday. Second cornet solo in the Haydn. Pray for me 🎺", note="personal account, hobby only"),
        N("Contest results: 3rd in section. The adjudicator called our bass end 'enthusiastic'. We'll take it.", note="personal account, hobby only"),
        N("Mint morning on the sands with the dog. Tide right out, nobody about, just the oystercatchers.", note="personal account"),
        N("New valve oil, new mouthpiece, same old lip. Practice is going great, says nobody on my street.", note="personal account"),
        N("Curry and a pint at the Fleece after band practice. Best night of the week.",
          allowed=[HA], note="personal account; alcohol mention allows haste"),
    ]),
    dict(author="@neil_watches_waders", platform="facebook", account="personal", pattern=MX, role="hard_negative", rows=[
        N("Knot over the estuary this morning, thousands of them turning like smoke. Worth the 6am start.", note="personal account, birdwatching"),
        N("First wheatear of the spring on the Skellan shore. Always a good day.", note="personal account"),
        N("Grandkids up for half term. We walked the lonning down to the hide and they counted 40 curlew, or possibly the same curlew 40 times.",
          note="personal account; grandchildren not named"),
        N("Mint sunset over the Bay from the back step. No filter, no words needed.", note="personal account"),
        N("Binoculars finally back from repair after the great dropped-in-a-rockpool incident. Thank you to the lad at the camera shop in Skarness.",
          note="personal account"),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    dict(author="@MarkGilpinLab", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Plans for a skate park on Haverscar rec go out to consultation today. Drop-in at the community centre Thursday 3-7. Come and tell us where it should go, or whether it should go at all."),
        C("positive", "Put it on the rec and the smackheads will be on it by June. Half of them are from the flats on Rydal Terrace, number 6 is the worst, Kyle Dand, he's a dealer everyone knows it",
          by="Darren Tweedie", allowed=[DP, DF, AB], note="left up: names a private person with his address and alleges dealing"),
        C("hard_negative", "My lad would love this. Anything to get them off the Xbox. Please put it near the bus stop so it's lit.",
          by="Lisa Coward", note="civil comment"),
        C("hard_negative", "Thanks Lisa, lighting is top of the list. Come Thursday and mark it on the map.",
          by="@MarkGilpinLab", note="owner's reply; the comment above it is still up"),
        F("Haverscar Road: the council has funding for traffic calming. Three options, have a look and tell me which you'd pick: https://haverscar.example.org/traffic"),
        C("positive", "Whoever designed the speed bumps on Moor Road wants shooting. That highways bloke Kevin Pye needs his head kicking in",
          by="Wayne Atkinson", allowed=[BU, PA, OF], note="left up: violence wished on a named officer"),
        C("hard_negative", "Option 2 looks best to me, the chicanes by the school. Option 1 will just push the racers onto Fell View.",
          by="Jean Hodgson", note="civil comment"),
        F("Congratulations to Haverscar Juniors under-12s, league champions! Presentation at the club on Sunday."),
        C("positive", "Shame the ref in the final was a f***ing disgrace, should be banned from the game the useless c***",
          by="Carl Threlfall", allowed=[AB, PA], note="left up: obscene abuse of a match official"),
    ]),
    dict(author="@HazelBensonCon", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Arnby Sands lido: I have asked the Leader to guarantee it opens this summer. Conservative councillors will put a motion to full council if not."),
        C("positive", "Maureen Tyson is a lying old witch and she's had her eye on flogging the lido site to her developer mates for years",
          by="Brian Eccles", allowed=[PA, DF, EQ], note="left up: defamatory abuse of the Leader ('old witch' allows equality)"),
        C("hard_negative", "Lido's been losing money for twenty years under every party. Be honest about what it costs to fix, Hazel.",
          by="Tom Birkett", note="critical of the page owner, acceptable"),
        F("Beach car park charges at Arnby Sands start on 1 April. I voted against. Here is what they are and where the money goes."),
        C("positive", "Absolute f***ing robbery. Every one of them councillors is a thieving b*****d",
          by="Gary Leck", allowed=[AB, DF], note="left up: obscene, and alleges theft"),
        C("hard_negative", "Trippers should pay, residents shouldn't. Simple. Any chance of a residents' permit?",
          by="Sharon Nevinson", note="civil comment"),
        C("hard_negative", "Sharon, a residents' permit is exactly what I've asked for. I'll update here when I hear.",
          by="@HazelBensonCon", note="owner's reply; the abusive comment above stays up"),
        F("Lovely to meet the volunteers at Arnby Sands foodbank this morning. Tinned fish and UHT milk especially welcome."),
        C("positive", "Half the people using it have Sky and a new car. That Debbie at 22 Marine Crescent claims everything going and her kids run riot",
          by="Colin Hewer", allowed=[DP, PA], note="left up: a private person and her children, with an address"),
    ]),
    dict(author="@DaveCorlessRUK", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Kirkscar residents have told me loud and clear: no to the asylum hostel at the old Station Hotel. I have written to the Home Office and to our MP today."),
        C("positive", "They're all military age men off the boats. Send them back or we'll sort it ourselves",
          by="Steve Pattinson", allowed=[EQ, BU], note="left up: hostility to asylum seekers with a threat"),
        C("positive", "Burn the place down before they move in 🔥",
          by="Mandy Grice", allowed=[BU], note="left up: incitement to arson"),
        C("hard_negative", "I'm against it as well but folk need to calm down. Most of them are families. Write to the MP, don't threaten anybody.",
          by="Ged Hurst", note="civil comment on the same topic"),
        C("hard_negative", "Agree Ged. Letters, not threats. Public meeting at Coronation Hall on the 12th.",
          by="@DaveCorlessRUK", note="owner's reply; he answers but leaves both comments above up"),
        F("Kirkscar Coronation Hall roof: the council's community fund has come through with £1,500. Thanks to everyone who raised the rest."),
        F("Reform councillors voted against the 4.99% council tax rise. Our alternative budget, line by line, is below."),
        C("positive", "Graham Wilde and his tree-hugging poofs in the Green party are the ones costing us. String the lot of them up",
          by="Lee Harrison", allowed=[EQ, PA, BU], note="left up: homophobic slur and a threat"),
    ]),
    dict(author="@RhonaGilchristGreen", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Offshore wind cable consultation: the landfall options at Sandholme are on the map below. I'm asking for the dunes option to be ruled out."),
        C("positive", "Rhona Gilchrist is a lesbian eco-nazi who's never had a proper job. Someone should pay her a visit",
          by="Keith Swainson", allowed=[EQ, PA, BU], note="left up: about the page owner, sexual orientation and a veiled threat"),
        C("hard_negative", "The cable has to come ashore somewhere. If not Sandholme, where? Genuinely asking.",
          by="Ray Caddy", note="critical but acceptable"),
        F("Sandholme beach: dogs on leads from 1 May to 30 September between the lifeboat slip and the golf hut, to protect nesting terns."),
        C("positive", "F**k your terns and f**k your rules, my dog runs where it likes",
          by="Jason Mawson", allowed=[AB], note="left up: obscene"),
        C("hard_negative", "Sensible. Last summer a dog flattened a ringed plover nest right in front of me.",
          by="Di Shuttleworth", note="civil comment"),
        F("The estuary cockle beds are closed this season on the inspectors' advice. Licence holders have had letters."),
        C("positive", "It's the gangmasters bringing foreigners onto our beds. Everyone knows it's the Chinese. Go back where you came from",
          by="Tony Gaunt", allowed=[EQ], note="left up: racist"),
        C("hard_negative", "My grandad raked those beds for forty years. Closing them is right if the stocks are down. Hope they open again next year.",
          by="Margaret Dobie", note="civil comment on the same topic"),
    ]),
    dict(author="@KhalidRahmanLab", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Yardside mosque open day Saturday 11-3. A tour, tea, samosas and questions. Everyone welcome, whatever you believe or don't."),
        C("positive", "No thanks. Didn't vote for Yardside to turn into Islamabad. Your lot should go back",
          by="Dean Waite", allowed=[EQ], note="left up: religion and race"),
        C("hard_negative", "Went last year, lovely people and the best samosa I've ever had. Going again.",
          by="Kath Heslop", note="civil comment"),
        C("hard_negative", "Thank you Kath! Bring a friend this time.",
          by="@KhalidRahmanLab", note="owner's reply; the comment above stays up"),
        F("The youth club at St Aidan's hall reopens with council funding. Tuesdays and Thursdays, 11-16s."),
        C("positive", "Tell them to keep that Riley Gibson out, the lad from 9 Hindle Street, he's been in court twice and his mam's on drugs",
          by="Paula Jepson", allowed=[DP, DF], note="left up: a named child with address, criminal record and a parent's health"),
        C("hard_negative", "Youth clubs keep lads off the street. Good shout Khalid.",
          by="Pete Corbett", note="civil comment"),
        F("Yardside recycling centre: opening hours extended to 7pm through the summer."),
        C("positive", "Khalid Rahman is on the take from Skarness Waste, everyone knows that's how they got the contract",
          by="Ricky Docherty", allowed=[DF], note="left up: bribery alleged against the page owner"),
    ]),
    dict(author="@CarolWhinnerahLab", platform="facebook", account="councillor", pattern=MOD, role="positive", rows=[
        F("Old Dock regeneration: the new homes at Graving Dock Quay will be 40% affordable, the highest share in the borough."),
        C("positive", "Affordable for who? Bernadette Hoggarth's mates at Fellside Estates are making a killing and she knows it. Bent as a nine bob note, that woman",
          by="Jamie Hindson", allowed=[DF, PA], note="left up: corruption alleged against a named councillor"),
        C("hard_negative", "40% is good but what's the rent? Affordable round here means £650 for a one-bed. Nobody on apprentice wages at the Yard can pay that.",
          by="Alison Scott", note="critical but acceptable"),
        F("Old Dock Gala committee needs two more volunteers. Monthly meetings at the Mission, biscuits guaranteed."),
        C("positive", "Last year's gala got wrecked by the tinkers off the Marsh Lane site. Don't let that lot in this year",
          by="Darren Ellwood", allowed=[EQ], note="left up: slur against Travellers"),
        C("hard_negative", "I'll do it Carol! Put me down for the tombola.",
          by="Maggie Irwin", note="civil comment"),
        F("Dock Street closed Sunday for the crane lift at the Yard. Diversion via Strand Road."),
        C("positive", "That k***head crane driver nearly took my van out last time. Gaz Heron, drives a red Transit, plate ends KXD. Sort him out lads",
          by="Scott Fenton", allowed=[DP, AB, BU], note="left up: a private person named with a partial plate and an invitation to 'sort him out'"),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    dict(author="@HelenBrockbankLD", platform="facebook", account="councillor", pattern=MOD, role="hard_negative", rows=[
        N("Lowthwaite library Saturdays: our petition is at 1,450 names. Hand-in at the Town Hall on the 20th.", note="owner's post"),
        C("hard_negative", "Petitions achieve nowt. Councillors never listen anyway.",
          by="Barry Nixon", note="cynical but acceptable"),
        C("hard_negative", "Fair point Barry, they don't always. This one has already got a cabinet member to agree to meet us, so let's see.",
          by="@HelenBrockbankLD", note="owner's reply"),
        N("Notice: I've removed a comment from this page that named a local family and made claims about their children. Disagree with me all you like, but I won't host that here.",
          note="removal notice: the bad comment is gone"),
        C("hard_negative", "Censorship. Typical Lib Dem.",
          by="Sue Fleming", note="critical but acceptable"),
        N("The canal foot toilets are open again from today. Yes, really.", note="owner's post"),
        C("hard_negative", "About time. Took you lot two years to fix a toilet. Useless, the lot of you.",
          by="Mick Atkinson", note="rude about the council collectively, acceptable"),
    ]),
    dict(author="@JoeSwarbrickPI", platform="facebook", account="councillor", pattern=MOD, role="hard_negative", rows=[
        N("Skellan ferry summer timetable is out. Still no Sunday evening sailing. I've asked why.", note="owner's post"),
        C("hard_negative", "You lot couldn't organise a raffle in a tombola factory.",
          by="Dot Crellin", note="rude-but-acceptable jibe at councillors collectively"),
        C("hard_negative", "Offcomers buying up every house for holiday lets is why there's no ferry crew. Nobody who works here can afford to live here.",
          by="Gary Sharp", note="robust comment on housing; 'offcomers' here is about second-home buying, not a protected group"),
        N("Westshore sea wall survey results are in. Not good, not a disaster. Full report at the library.", note="owner's post"),
        C("hard_negative", "Your newsletter's a clarty mess mate, half the dates in it were wrong. Sort it out.",
          by="Lorraine Tubman", note="rude about the owner's work, acceptable"),
        C("hard_negative", "Guilty as charged Lorraine, the printer got the old file. Corrected version is pinned at the top of the page.",
          by="@JoeSwarbrickPI", note="owner's reply"),
        N("If you're off the Island Tuesday night, gan yam early: the bridge is shut 10pm to 6am for inspection.", note="owner's post"),
    ]),
]


def weekdays():
    day = datetime.date(2026, 2, 9)
    end = datetime.date(2026, 5, 1)
    out = []
    while day <= end:
        if day.weekday() < 5:
            out.append(day)
        day += datetime.timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        if ORDER[BASE[r]] > ORDER[best]:
            best = BASE[r]
    return best


def make_rows():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for ai, acct in enumerate(ACCOUNTS):
        items = acct["rows"]
        post_idx = [i for i, r in enumerate(items) if r["kind"] != "comment"]
        n = len(post_idx)
        # one post per chunk of the weekday list, in written order
        bounds = [round(k * len(days) / n) for k in range(n + 1)]
        parent_of = {}
        has_comments = set()
        current = None
        for i, r in enumerate(items):
            if r["kind"] == "comment":
                parent_of[i] = current
                has_comments.add(current)
            else:
                current = i
        when = {}
        for k, i in enumerate(post_idx):
            day = days[rng.randrange(bounds[k], bounds[k + 1])]
            if i in has_comments:
                minute = rng.randrange(8 * 60, 10 * 60 + 30)
            else:
                minute = rng.randrange(8 * 60, 18 * 60 + 30)
            when[i] = datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                        rng.randrange(60), tzinfo=datetime.timezone.utc)
        last = None
        for i, r in enumerate(items):
            if r["kind"] == "comment":
                when[i] = last + datetime.timedelta(minutes=rng.randint(4, 55), seconds=rng.randrange(60))
            last = when[i]
        for i, r in enumerate(items):
            pattern, role = acct["pattern"], acct["role"]
            if r["row"] == "positive":
                rules = [pattern] + r["rules"]
                allowed = list(r["allowed"])
                family = pattern
            elif r["row"] == "filler":
                rules = []
                allowed = ([pattern] if role == "positive" else []) + r["allowed"]
                family = pattern
            else:
                rules = list(r["rules"])
                allowed = list(r["allowed"])
                family = "hard_negative"
            note = r["note"] or FILLER_NOTE
            rows.append(dict(
                key=(ai, i),
                parent_key=(ai, parent_of[i]) if r["kind"] == "comment" else None,
                text=r["text"],
                author=acct["author"],
                created_at=when[i].isoformat(),
                platform=acct["platform"],
                account=acct["account"],
                kind=r["kind"],
                comment_by=r["by"],
                expect={"rules": rules, "allowed": allowed, "verdict": verdict(rules)},
                family=family,
                account_pattern=pattern,
                account_role=role,
                kind_of_row=r["row"],
                note=note,
            ))
    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        ids[row["key"]] = "%s-%04d" % (SET, n)
    out = []
    for row in rows:
        obj = {"id": ids[row["key"]], "text": row["text"], "author": row["author"],
               "created_at": row["created_at"], "platform": row["platform"],
               "account": row["account"], "kind": row["kind"]}
        if row["kind"] == "comment":
            obj["comment_by"] = row["comment_by"]
            obj["parent_id"] = ids[row["parent_key"]]
        for k in ("expect", "family", "account_pattern", "account_role", "kind_of_row", "note"):
            obj[k] = row[k]
        out.append(obj)
    return out


def render():
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in make_rows())


def main():
    data = render()
    with open(os.path.join(HERE, OUT_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s: %d rows" % (OUT_NAME, data.count("\n")))


if __name__ == "__main__":
    main()
