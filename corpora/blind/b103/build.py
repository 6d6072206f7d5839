"""Blind evaluation set b103: Tynehope District Council, twelve single-post rules.

Every row below was written by hand for this set. The script at the bottom shuffles the rows with
a fixed seed, gives ids B103-NNNN, picks an author, a platform and a timestamp for each row and
writes posts.jsonl. Running it again gives the same file.

Row helpers:
  P(family, verdict, text, ...)  positive: expects `family` (plus `also` where two rules apply)
  H(family, text, ...)           hard negative: near miss of `family`, expects nothing, verdict ok
  F(text, ...)                   filler: expects and allows nothing
`who` is an author pool: "any", a handle, or pool words joined by "&" (see POOLS below).
`when` is a date or a (first, last) pair of dates (inclusive) for posts that speak of a date.
"""
import csv
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 10300
ROWS = []


def _row(kind, family, text, rules, allowed, verdict, who, note, when, interest, account):
    ROWS.append(dict(kind=kind, family=family, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, who=who, note=note,
                     when=when, interest=interest, account=account))


def P(family, verdict, text, who="any", allowed=(), also=(), note="", when=None,
      interest=None, account="councillor"):
    _row("positive", family, text, [family, *also], allowed, verdict, who, note, when,
         interest, account)


def H(family, text, who="any", allowed=(), note="", when=None, account="councillor"):
    _row("hard_negative", family, text, [], allowed, "ok", who, note, when, None, account)


def F(text, who="any", note="", when=None, account="councillor"):
    _row("filler", None, text, [], [], "ok", who, note, when, None, account)


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
DEC = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HST = "haste.pause-before-posting"

# ---------------------------------------------------------------- officers.impartiality
P(OFF, "review", "Lindsay Coulson's report on Haughside Field reads like the developer's agent wrote it. Howay Lindsay, whose side are you on? Have another go at it before it gets anywhere near committee.",
  allowed=[PRE], note="questions a named planning officer's neutrality and presses for a rewrite")
P(OFF, "review", "Had words with Graham Tweddle at the depot. Told him straight: the Pitlaw bin rounds get sorted or his name's gannin in every leaflet we put through a door this spring. Canny lad, but he needs a shove.",
  who="opp", allowed=[BUL], note="pressure on a named head of service, veiled threat to name him in party leaflets")
P(OFF, "review", "Wor Sandra Reay at finance is awful quick to find 'savings' in Pitlaw and awful slow to find any in Tynehope Abbey. Funny how the s151 officer's numbers always suit the administration. Just saying.",
  who="opp", allowed=[DEF], note="insinuates the s151 officer is partisan")
P(OFF, "review", "Somebody needs to remind the Monitoring Officer his job is to advise all 18 of us, not to run errands for the ruling group. Philip Hogg has been anything but neutral this year.",
  who="opp", note="questions the Monitoring Officer's neutrality in public")
P(OFF, "review", "Message for Amy Straughan in licensing: the folk round Market Place divvent want a 'balanced' report, they want one that says no. Change the recommendation, pet.",
  who="nonlic", allowed=[PRE], note="presses the licensing manager to change her recommendation")
P(OFF, "review", "Kirsty in comms 'couldn't find room' for our residents' petition in the council magazine but found two whole pages for the Leader's photo op. The comms team's meant to be neutral, Kirsty. We've noticed.",
  who="opp", note="accuses a named comms officer of bias")
P(OFF, "review", "Asked Dean Purvis three times why the Westfield repairs keep getting bumped. Three different answers. Either he's clueless or he's been told to gan slow on opposition wards. Which is it, Dean?",
  who="opp", allowed=[ATT], note="housing manager named, insult plus insinuation of political bias")
P(OFF, "review", "Neil Bewick, as Head of Planning you'll know members want the Tynehope Mart scheme thrown out. I'd expect the officer recommendation to reflect the mood of the committee by next week. Nee excuses.",
  who="nonplan", allowed=[PRE], note="presses the head of planning to change a recommendation")
P(OFF, "review", "Ewan Cairns from estates told the Westgate residents the lock-ups 'aren't viable'. Ewan, you're paid by the public, not the bean counters. Gan back and find us a different answer.",
  when=("2026-01-19", "2026-03-27"), note="tells a named officer to change his advice")
P(OFF, "review", "Margaret Ogle's meant to be Chief Executive for the whole district. So why is she at every Alliance fundraiser going? She says it's 'civic'. Aye, right.",
  who="opp", allowed=[DEF, TON], note="questions the chief executive's political neutrality")
P(OFF, "review", "Rachel Liddle in democratic services keeps 'losing' my motions till after the deadline. Third time now. Coincidence? I divvent think so, hinny.",
  who="opp", allowed=[DEF], note="insinuates a named officer is blocking motions for political reasons")
P(OFF, "review", "The planning officer who wrote the Kielburn pods report wants to spend a wet February day up the burn before he tells us it 'fits the landscape'. Know your patch or leave it to someone who does.",
  allowed=[ATT], note="criticises an officer by role, dismissive of professional advice")
P(OFF, "review", "I'll be asking Graham Tweddle to pull his garden waste report and bring back one that says what we promised in the manifesto. Officers work for us, not the other way round.",
  who="TVA", note="pressing an officer to rewrite a report to fit the party manifesto")
P(OFF, "review", "Lindsay, love, you're a canny planner but your advice on the Sealford Dunes extension was wrong and you know it. Have another look before it comes back and do the right thing.",
  allowed=[PRE], note="presses a named officer to change advice on a pending matter")
P(OFF, "review", "Why did the housing manager tell a Westfield family there was 'nowt available' on the Monday and find them a flat on the Wednesday once a certain cabinet member rang? Impartial my backside.",
  who="opp", allowed=[DEF], note="alleges the housing manager acts on political pressure")
P(OFF, "review", "Sandra Reay should remember who sets the budget round here. If the s151 report says the Pitlaw pool can't be saved, then we'll be needing a different report. Simple as.",
  who="opp", note="pressing the s151 officer to change her report")
P(OFF, "review", "Somebody in the licensing office briefed the Courant against our late licence motion before members had even seen it. Some of us know exactly who you are. Officers are meant to keep out of politics.",
  allowed=[BUL], note="accuses an unnamed but identifiable officer, veiled warning")
P(OFF, "review", "Amy from licensing was at the Keel Bar's launch party last summer, glass in hand. Now she's writing the report on their 3am licence. Neutral? Give over.",
  allowed=[DEF], note="questions a named officer's impartiality on a pending licence")

H(OFF, "Huge thanks to Graham Tweddle and the bin crews who were out in the snow on Monday. Proper champions, the lot of them. 👏",
  allowed=[OFF], when=("2026-01-06", "2026-01-16"), note="thanks a named officer")
H(OFF, "Welcome to Ewan Cairns, our new Estates and Property Manager, who started this week. Looking forward to working with you, Ewan. The kettle's on in the members' room.",
  allowed=[OFF], when=("2026-01-05", "2026-01-09"), note="welcome for a named officer")
H(OFF, "Asked Neil Bewick this morning why the recommendation on the Tynehope Mart scheme is approval. He walked me through the retail impact test. Still got questions, but I understand the reasoning now.",
  allowed=[OFF, PRE], note="questioning an officer to understand the reasons is allowed by 3.1")
H(OFF, "Some folk on here are having a go at our planning officers. Divvent. They give professional advice, we make the decisions. If you've a problem with a decision, take it up with us, not them.",
  allowed=[OFF], note="defends officers")
H(OFF, "Whose side are they on? Not Pitlaw's. The cabinet's cut the community centre grant and kept the Abbey floodlights. Shameful priorities.",
  who="opp", note="'whose side are they on' aimed at the cabinet, robust political criticism")
H(OFF, "The officers' report on the garden waste charge is out. I think the charge is wrong, a tax on folk with gardens, but the report sets out the options fairly. Have a read and tell me what you think.",
  allowed=[OFF], note="disagrees with a policy while crediting the report")
H(OFF, "Standing up for Sandra Reay and the finance team, who've had a load of abuse online over the budget. They didn't choose the cuts. Councillors did. Blame us, not them.",
  allowed=[OFF], note="defends a named officer")
H(OFF, "Fed up with this council. Bins missed again on Westgate, potholes on the Bardhope road like bomb craters, and the cabinet's answer is another consultation. Whose side are they on?",
  who="opp", note="shares the phrase, aimed at the cabinet")
H(OFF, "Asked the Monitoring Officer for refresher training on interests before the Local Plan debate. Philip Hogg has kindly agreed: sessions on 3 and 10 March in committee room 1.",
  allowed=[OFF], when=("2026-02-02", "2026-02-27"), note="names the Monitoring Officer, neutral")
H(OFF, "A canny send-off for Maureen on the civic centre reception desk after 31 years. Hacky weather, full room. Thanks for everything, pet, and enjoy the garden!",
  allowed=[OFF, DP], note="staff retirement, first name only")
H(OFF, "Had a helpful chat with the licensing team about how a sub-committee hearing works so I can explain it to residents. The process is clear and fair. Divvent be put off giving evidence.",
  allowed=[OFF], note="neutral mention of officers")
H(OFF, "I'll keep pressing the cabinet member to change his recommendation on the lock-up garages. That's my job. The officers have done theirs and set out the options.",
  who="opp", allowed=[OFF], note="presses a councillor, not an officer")
H(OFF, "Word to the wise for anyone emailing the planning department: quote your application number in the subject line and you'll hear back much quicker. Champion service in my experience.",
  note="shares 'word to the wise', praises a service")
H(OFF, "Kirsty Mather and the comms team did a canny job on the flood warning leaflet. Short, clear, plain English. More of this please. 👍",
  allowed=[OFF], note="praise for a named officer")
H(OFF, "To whoever rang the depot shouting at the lads about the missed bins on Castle Street: they're doing their best in clarty conditions. Ring me instead and I'll chase it.",
  note="defends staff without naming them")
H(OFF, "Margaret Ogle's annual report to council is worth a read. The temporary accommodation numbers are grim and I'll be asking the cabinet what they plan to do about it.",
  allowed=[OFF], note="cites a named officer's report, targets the cabinet")
H(OFF, "The Chief Executive's pay rise was signed off by councillors on the employment panel while the bin crews got 2%. That was our decision, not hers, and I'll be challenging it at full council.",
  allowed=[OFF], note="criticises a councillors' decision about an officer's pay")
H(OFF, "Neutral? The ref on Saturday? Two penalties for the visitors and nowt for Pitlaw Rangers. Howay man, ref, gan to Specsavers.",
  note="football referee, no officer")

# ---------------------------------------------------------------- resources.political-use
P(RES, "review", "By-election leaflets all printed! Cheers to the civic centre print room for squeezing us in between the bin calendars. Working Northumberland, working for Westfield 🌹",
  who="WN", note="council print room used for party leaflets")
P(RES, "review", "Canvass team meeting Thursday 5.30 in committee room 2 at the civic centre. Bring your own bait, Alliance rosettes provided. Howay!",
  who="TVA", note="council room booked for canvassing")
P(RES, "review", "Drafting wor spring newsletter on the council laptop while the bairns are at school. Vote Green on 7 May! 💚",
  who="GRN", note="council laptop used for party newsletter")
P(RES, "review", "If you'd like a Border Independents poster for your window, email me on my council address and I'll drop one round. Canny few left!",
  who="BI", note="council email for party posters")
P(RES, "review", "Thanks to the lads at the depot for lending us the council van to shift the campaign boards over to Sealford. Saved us a fortune, marras.",
  note="council van for campaign boards")
P(RES, "review", "Alliance action day on Saturday! Meet by the council minibus in the civic centre car park at 10, we'll run you out to Hollinbank.",
  who="TVA", note="council minibus for a party action day")
P(RES, "review", "Got the council's graphics team to knock up a canny logo for wor re-election campaign. Looks champion, cheers Kirsty!",
  allowed=[OFF], note="council staff time on a campaign logo")
P(RES, "review", "Surveys for wor 'Pitlaw Deserves Better' campaign can be dropped at the Pitlaw council office reception. The staff will pass them on to me.",
  who="WN", note="council office and staff for a party survey")
P(RES, "review", "Used the members' print credit at the civic centre to get our message out: eight years of the Alliance have failed Pitlaw. 2,000 leaflets gannin out this week.",
  who="opp", note="council print credit for party attack leaflets")
P(RES, "review", "Phone bank for the Greens this afternoon from the members' room. Council phones are free to use, so nee excuses, folks!",
  who="GRN", note="council phones for party phone bank")
P(RES, "review", "Sent wor petition against the Alliance's parking charges out through the council's residents' e-newsletter list. Over 900 signatures already!",
  who="opp", allowed=[DP], note="council mailing list for a party petition")
P(RES, "review", "Photo shoot for my election leaflet in the council chamber this morning, chain of office and all 😄 Thanks Rachel for unlocking early.",
  who="@CllrJanetHedley", allowed=[OFF], note="Chairman uses the chamber and chain for an election leaflet")
P(RES, "review", "The council's Facebook page shared wor 'Save Pitlaw Baths' petition this morning. Canny to have the comms team on our side at last!",
  who="WN", allowed=[OFF], note="council account used to push a party petition")
P(RES, "review", "Stuffing envelopes for the Independents in the Sealford council office this afternoon. The franking machine's a lifesaver, mind.",
  who="BI", note="council office and franking machine for party mail")
P(RES, "review", "Council logo on wor campaign leaflet? Aye, we thought it looked more official that way. Vote Alliance on 7 May!",
  who="TVA", allowed=[CAP], note="council logo on a party leaflet")
P(RES, "review", "Any Working Northumberland members wanting to help: the council's Zoom account is free all weekend, so I'll send round the link for wor campaign planning meeting.",
  who="WN", note="council Zoom account for party meeting")
P(RES, "review", "Off round Kielburn with the Green leaflets in the council pool car. Saves on petrol and the hills are murder on my old banger.",
  who="GRN", note="council pool car for leafleting")
P(RES, "review", "Our candidate video was filmed in the council's Wallstead visitor centre before opening. The staff were canny enough to let us in early. Vote Alliance! #Wallstead",
  who="TVA", note="council building and staff for a party video")

H(RES, "My ward surgery is in committee room 2 at the civic centre every first Friday, 10 till 12. All welcome, whoever you vote for.",
  allowed=[RES], note="council room for casework, not politics")
H(RES, "Out with the Green leaflets in Kielburn on Saturday. My own time, my own car, leaflets paid for by the local party. Clarty lanes, canny folk.",
  who="GRN", note="campaigning without council resources")
H(RES, "Reminder to colleagues: nee council email or offices for election stuff between now and May. I've set up a separate campaign address for party things.",
  allowed=[RES], when=("2026-03-02", "2026-03-27"), note="reminder of the rule")
H(RES, "Thanks to the council print room for the flood advice leaflets for Sealford. Going through every door on the Links this week.",
  allowed=[RES], note="council printing for council information")
H(RES, "Alliance action day in Hollinbank on Saturday. Meet at the Red Lion car park at 10. Bring a brolly, it'll be lashing.",
  who="TVA", note="party campaigning, private venue")
H(RES, "The council laptop is for council work only, so I've bought a cheap second-hand one for campaign stuff. Thrilling Tuesday admin, hinny.",
  allowed=[RES], note="keeps resources apart")
H(RES, "Working Northumberland leaflets are in! Paid for by members' subs, folded at my kitchen table, delivered by volunteers. Champion effort, marras.",
  who="WN", note="party leaflets, own resources")
H(RES, "Please do respond to the Pitlaw bus routes consultation on the council's website. It closes on the 20th and every reply counts.",
  allowed=[RES], note="promotes a council consultation")
H(RES, "Yes, the civic centre hall can be hired by any group, parties included, at the published rate. The Greens paid £45 for it on the 14th, receipt's on file.",
  allowed=[RES], note="paid hire explained")
H(RES, "The council minibus took the Pitlaw Over-60s to Kielder on Tuesday. Canny day out, plenty singing on the way hyem.",
  note="council minibus for a community trip")
H(RES, "Had a complaint about our Green leaflet passed to me. I've replied from my party email, not my council one, as I should.",
  who="GRN", allowed=[RES], note="keeps party and council email apart")
H(RES, "Nee council logo on this leaflet: it's a Border Independents one, printed at our own cost. Any questions, catch me at the Sealford market on Saturday.",
  who="BI", allowed=[RES], note="says no council logo")
H(RES, "The council van was parked outside the Alliance office on Front Street all morning. Anyone know why? I'll be asking at scrutiny.",
  who="opp", allowed=[RES], note="asks about possible misuse by others")
H(RES, "Campaigning's brilliant. Knackered, clarty boots, and a bairn asked if I was the Easter bunny. Back out tomorrow.",
  when=("2026-03-09", "2026-03-27"), note="campaigning, no resources")
H(RES, "Our party's spring conference is on the 21st. Tickets from the branch secretary, not from me and definitely not from the council office.",
  note="party event, council kept out")
H(RES, "Council staff can't help with party stuff, so please don't hand Alliance leaflets in at the office. Drop them round to mine instead.",
  who="TVA", note="stops staff being used")
H(RES, "Council newsletter out today: bin calendar, the flood line (01632 960214) and nee politics at all. As it should be.",
  allowed=[RES], note="council newsletter, non-political")
H(RES, "Delighted our ward budget paid for the new benches on Wallstead green. Somewhere to sit and watch the bairns plodging in the burn.",
  who="ward:Wallstead", allowed=[RES], note="ward budget for community benches")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "review", "As your councillor I can get your planning application looked at quicker. Just drop me a message with the reference and I'll have a quiet word.",
  note="offers to fast-track planning")
P(POS, "review", "Anyone needing a new roof, my brother-in-law's firm is the best in Pitlaw, and I'll make sure the council's repairs list knows his name 😉",
  note="promotes a relative's firm and offers council work")
P(POS, "review", "Need a skip? Ring my lad's firm, Tyneside Skips, 01632 960377. Tell him the councillor sent you and I'll see the permit's sorted same day.",
  allowed=[DP], note="promotes son's firm, offers permit favours")
P(POS, "review", "Looking for a council house in Tynehope? I sit on the housing panel. Message me and I'll see what I can do about moving you up the list.",
  note="offers housing list favours")
P(POS, "review", "Dodgy parking ticket? Send it to me. I've had a few quietly cancelled for friends and I can do the same for you, hinny.",
  note="offers to get fines cancelled")
P(POS, "review", "Just saying, if any caravan firms in Sealford need their applications to go through smoothly, I know the committee inside out and I'm very reasonable 😏",
  note="hints at selling influence")
P(POS, "review", "Wor Shannon's looking for work experience at the council. Gan on, officers, she's a canny lass and you all know her mam's on cabinet 😉",
  who="@MoiraThirlwell", allowed=[OFF], note="uses cabinet seat to press for a daughter's placement")
P(POS, "review", "Pop into my cafe on Fore Street for a bacon stottie and I'll pass your complaint straight to the top of the pile. Best service in the district!",
  note="promotes own business with preferential casework")
P(POS, "review", "Any Pitlaw club wanting a grant this year: the form's long, but if you're a friend of mine it's not as long, if you catch my drift.",
  note="implies favouritism in grants")
P(POS, "review", "Gutted my nephew didn't get a seasonal job with the parks team. Had a word with the head of service. Let's see if that changes 🙂",
  allowed=[OFF], note="leans on an officer for a relative's job")
P(POS, "review", "I can get you to the front of the queue for the new allotments at Hollinbank. Perks of the job, pet.",
  note="offers queue jumping")
P(POS, "review", "Our Kev's garage is doing half price MOTs for anyone who voted for me. Only joking. Mostly. 😂",
  allowed=[TON], note="promotes a relative's business tied to votes")
P(POS, "review", "Bins missed? Ring me, not the council. I've got the depot manager's mobile and I'll get yours emptied before anyone else's on the street.",
  note="offers preferential service")
P(POS, "review", "Told the lads behind the Keel Bar I'll see them right at licensing if they sponsor the Pitlaw under-12s kit. Win-win, as they say!",
  who="nonlic", allowed=[PRE, GIF], note="trades influence for sponsorship")
P(POS, "review", "Selling my late mam's bungalow in Wallstead. Anyone interested, I can tell you now the council won't be objecting to an extension. I'll make sure of that 😉",
  allowed=[INS], note="uses position to promise an outcome on own sale")
P(POS, "review", "Need a blue badge sorting? Don't bother with the form, just DM me and I'll walk it through the office myself. Nee queue for my constituents.",
  note="offers to bypass the process")
P(POS, "review", "Catering for the civic dinner this year: I've recommended my husband's business, Bonny Bites. Not that anyone says no to the Chairman 😄",
  who="@CllrJanetHedley", note="Chairman steers a council contract to her husband's business")
P(POS, "review", "Jobs going at Tynehope Creamery! I know the boss well. Mention my name and I'll put a word in. It helps having a councillor on your side.",
  note="offers to use the role for job favours")

H(POS, "As your councillor I can't fast-track anyone's planning application, and nor should I. What I can do is explain the process. Drop me a line.",
  allowed=[POS], note="'as your councillor' and 'fast-track', refusing")
H(POS, "Family first this weekend: me nephew's christening in Wallstead. Bonny bairn, canny do, far too much pease pudding.",
  note="'family first', no role")
H(POS, "It's not who you know at this council, or it shouldn't be. If you think someone got a house through a connection, report it to the Monitoring Officer.",
  allowed=[POS], note="'who you know', against favours")
H(POS, "Shop local! The Tynehope Tuesday market is back from the 13th. I've nee connection to any of the stalls, I just love a pork pie.",
  when=("2026-01-05", "2026-01-12"), note="no connection stated")
H(POS, "Declared at planning: my cousin lives next door to the Hollinbank site, so I left the room. That's how it should work.",
  who="plan", allowed=[DEC, POS], when=("2026-01-14", "2026-03-27"), note="declares and leaves")
H(POS, "Folk keep asking me to get their parking fines let off. I can't and I won't. Appeal through the website. It works more often than you'd think.",
  allowed=[POS], note="refuses favours")
H(POS, "Our Jen's started as an apprentice sparky at a firm in Pitlaw. Proud dad moment. She got there on her own merit.",
  who="M", note="family news, no role used")
H(POS, "Got a council tax problem? I'll help you find the right officer and make sure your complaint's heard, same as I would for anyone.",
  allowed=[POS], note="ordinary casework")
H(POS, "Someone asked me to 'have a word' about their neighbour's extension. No. Object through the portal and the committee will hear it. Fair for everyone.",
  allowed=[POS], note="refuses to intervene")
H(POS, "Apprenticeships going at the council depot! Apply online, shortlisting is blind. Please share with any young'uns looking for a start.",
  note="jobs advertised openly")
H(POS, "Allotments at Hollinbank: waiting list opens Monday. First come, first served, and aye, that includes councillors. I'm number 46. Howay.",
  note="no queue jumping")
H(POS, "Grant season for Pitlaw clubs: forms online, officer help every Thursday. I can't judge bids I've helped with, so I'll stay off that panel.",
  allowed=[POS], note="steps back from a panel")
H(POS, "Skip firms are listed on the council website. I don't recommend any one firm, and you shouldn't trust a councillor who does.",
  allowed=[POS], note="refuses to recommend")
H(POS, "Perks of the job: a free cuppa at every coffee morning and the odd custard cream. That's about as far as it gans, folks.",
  note="'perks of the job' joke")
H(POS, "I declared my brother's roofing firm on the register years ago, and I never vote on repairs contracts. Ask me owt about it.",
  allowed=[POS, DEC], note="relative's firm declared")
H(POS, "Missed bins? Report them on the app or ring me, whoever you are. Same service for everyone, and I logged twelve for Westgate today.",
  note="same service for all")
H(POS, "Who you know shouldn't matter for a school place. The appeal panel is independent. Here's how to appeal: example.org/admissions",
  note="'who you know', process")
H(POS, "Top of the queue? Nah. Waited six weeks for my new wheelie bin like everyone else. Clarty old one's finally gone.",
  note="no special treatment")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "advice", "Lovely Christmas hamper from the Tynehope Business Forum waiting at the civic centre: stotties, pease pudding and a bottle of mead. Canny!",
  when=("2026-01-05", "2026-01-09"), note="hamper from a business body; no decision sought")
P(GIF, "advice", "A bottle of 25-year-old single malt left on my doorstep with a card 'from a grateful resident'. Whoever you are, cheers! Saving it for a special occasion.",
  note="anonymous valuable gift")
P(GIF, "advice", "Cheers to Tyne Haulage for the box at St James' on Saturday. Howay the lads! What a view from up there.",
  note="corporate box; no decision said to be sought")
P(GIF, "advice", "Off to a friend's holiday cottage up the coast for the week, courtesy of a local businessman who shall remain nameless 😄 Behave while I'm away, Tynehope!",
  note="holiday cottage from a businessman")
P(GIF, "advice", "Chuffed to be made an honorary life member of Hollinbank Golf Club. Free rounds for life! Better get some lessons in.",
  note="honorary membership")
P(GIF, "advice", "Thanks to Northumbrian Precision Engineering for a seat at their table at the North East business awards. Fizz flowing all night, pet!",
  note="awards table from a firm")
P(GIF, "review", "Thanks to Tyneside Crest Homes for a lovely lunch at the Tynehope Hotel. Really interesting to hear about their plans for Hollinbank 👍",
  who="nonplan", allowed=[PRE], note="hospitality from a pending planning applicant")
P(GIF, "review", "VIP wristbands for Haughfest have arrived from Wallstead Live Events! Cannot wait. Thanks, pet! 🎶",
  who="nonlic", allowed=[PRE], note="gift from a pending licence applicant")
P(GIF, "review", "Northshore Leisure Parks kindly put me and the family up in one of their lodges at Sealford for the weekend. The bairns loved the hot tub!",
  who="nonplan", allowed=[PRE], note="hospitality from a pending applicant")
P(GIF, "review", "Free drinks all night at the Keel Bar on Friday. Riverside Nights know how to look after their councillors 🍻",
  who="nonlic", allowed=[PRE], note="hospitality from a pending licence applicant")
P(GIF, "review", "Fellwind Renewables took a few of us up in a helicopter to see where the turbines would go. Then a canny dinner at the Bardhope Arms. What a day.",
  who="nonplan", allowed=[PRE], note="hospitality from a pending applicant")
P(GIF, "review", "Case of beer from the lads at the Pitlaw Late Shop for 'all my hard work'. Cheers, marras, that'll do nicely.",
  who="nonlic", allowed=[PRE], note="gift from a pending licence applicant")
P(GIF, "review", "Valley Fresh Stores sent hampers and vouchers round to every ward member in Tynehope. Generous folk. Can't wait to shop there!",
  who="nonplan", allowed=[PRE], note="gift from a pending applicant")
P(GIF, "review", "Dinner at the Fisherman's Rest with the lads from Coalfield Lettings, all on them. Talked about their Front Street plans. Top night.",
  who="nonplan", allowed=[PRE], note="hospitality from a pending applicant")
P(GIF, "review", "Bonny bottle of fizz from Tollhouse Hospitality to celebrate their plans for the old tollhouse. Will crack it open when they get their consent 😉",
  who="nonplan", allowed=[PRE], note="gift from a pending LBC applicant")
P(GIF, "review", "Cheers to Greenway Waste for the Toon tickets and the meal after. They're bidding for the new bin contract and seem a canny bunch.",
  note="hospitality from a contract bidder")
P(GIF, "review", "The lads at Pitlaw Motors gave my car a free service. They're after the council fleet contract, so it's the least I can say: top garage!",
  allowed=[POS], note="gift from a firm seeking a contract")
P(GIF, "review", "Fish supper on the house every Friday from the Sealford Fry. They've applied for tables out on the prom, so fingers crossed for them!",
  note="regular gift from a business seeking a pavement licence")

H(GIF, "Returned a hamper from a developer today with a polite note. Nice thought, but no thanks while they've got an application in.",
  allowed=[GIF], note="returned gift")
H(GIF, "Registered the bottle of whisky I was given at the Burns supper with the Monitoring Officer. Probably under £100, but I'd rather be safe.",
  allowed=[GIF], when=("2026-01-27", "2026-02-06"), note="registered gift")
H(GIF, "Paid for my own ticket to the Business Forum dinner (£45, receipt kept). Canny night and nowt owed to anyone.",
  allowed=[GIF], note="paid-for hospitality")
H(GIF, "Thanks to everyone who came to the Pitlaw coffee morning. £312 raised for the food bank! And thanks to Edna for the best stottie cake in the county.",
  note="thanks, no gift to the councillor")
H(GIF, "Mam got me a Toon season ticket for my birthday. Best present ever. Howay the lads!",
  note="family gift")
H(GIF, "Turned down the Fellwind helicopter trip. If the turbines come to committee, I want to be able to look everyone in the eye.",
  who="plan", allowed=[GIF, PRE], note="refused hospitality from a pending applicant")
H(GIF, "Reminder to fellow councillors: gifts and hospitality worth £100 or more go on the register within 28 days. Offers you turn down too.",
  allowed=[GIF], note="reminder of 10.2/10.3")
H(GIF, "Cuppa and a scone at the Hollinbank church coffee morning. Best £2.50 I've spent all week.",
  note="paid for")
H(GIF, "The bairns at Kielburn First School made me a card to say thanks for visiting. Bonniest gift I've had all year.",
  note="trivial gift from children")
H(GIF, "We paid for our own tables at the Chamber dinner this year. The council shouldn't be wined and dined by firms it does business with.",
  allowed=[GIF], note="paid for")
H(GIF, "Someone's left a box of ket on my step with 'thanks for fixing the streetlight'. Shared it with the bairns on the street. Nee need, but ta!",
  allowed=[GIF], note="trivial gift, shared")
H(GIF, "Christmas lights coming down in Tynehope today. Thanks to the volunteers and the Business Forum for sponsoring them again.",
  when=("2026-01-05", "2026-01-08"), note="sponsorship of the town, not a gift")
H(GIF, "Offered a free lodge weekend by a holiday firm. Said no and logged the offer, as the code says. The bairns are still going on about the hot tub.",
  allowed=[GIF], note="refused and registered")
H(GIF, "Lunch with the Sealford lifeboat crew after their AGM. My shout, for once!",
  note="councillor paid")
H(GIF, "Valentine's tea at the Bardhope Arms with the wife. Paid in full, she made sure of that 😄",
  who="M", when=("2026-02-16", "2026-02-18"), note="personal, paid")
H(GIF, "Gifts register updated: a tea towel from the Kielburn Show committee and a framed photo from the Pitlaw Old Boys. Under the limit, but listed anyway.",
  allowed=[GIF], note="registered gifts")
H(GIF, "Nowt's free. The 'free boiler' leaflets gannin round Pitlaw are a scam. Divvent give them your details.",
  note="'free' in a scam warning")
H(GIF, "Sent back the Toon tickets Greenway Waste posted to me. Not while they're bidding for the bin contract, ta.",
  allowed=[GIF], note="returned gift from a bidder")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "review", "Tynehope District Council fully backs the campaign to bring back the Pitlaw to Newcastle railway line. Official.",
  who="opp&nonexec", note="speaks for the council")
P(CAP, "review", "On behalf of Tynehope District Council, congratulations to Wallstead Cricket Club on a brilliant season! 🏏",
  who="nonexec", note="speaks for the council from a councillor account")
P(CAP, "review", "The Council believes the A69 widening is a disaster for Wallstead, and we will oppose it every step of the way.",
  who="nonexec", note="personal view as the council's")
P(CAP, "review", "Speaking for Tynehope Council: we'll not be renewing a penny of bus subsidy for Tyne Valley Coaches while I've owt to do with it.",
  who="nonexec", note="speaks for the council")
P(CAP, "review", "Tynehope District Council says NO to fracking under the moors. Loud and clear.",
  who="nonexec", note="speaks for the council")
P(CAP, "review", "Proud to announce the council is backing the Greens' call for a four-day week for all staff! A great day for Tynehope.",
  who="GRN", note="party policy presented as council decision")
P(CAP, "review", "This council stands with Sealford's fishing families against the new quotas. I'm saying it as your council and I'll say it in Westminster too.",
  who="nonexec", note="speaks as the council")
P(CAP, "review", "The Council's official view is that the MP's bus plan is rubbish. Catherine Brough should come and listen to Pitlaw for once.",
  who="opp&nonexec", note="party view presented as council's")
P(CAP, "review", "Tynehope District Council apologises to the people of Westfield for the state of the roads. I'm sorry, we're sorry, the council's sorry.",
  who="opp&nonexec", note="apologises on behalf of the council")
P(CAP, "review", "On behalf of the council I can confirm we'll be scrapping the garden waste charge next year. You heard it here first, hinny.",
  who="opp&nonexec", note="announces a council decision not made")
P(CAP, "review", "The council officially supports Working Northumberland's petition to save Pitlaw Baths. Sign it today!",
  who="WN", note="party petition as council position")
P(CAP, "review", "Tynehope Council welcomes the new bakery on Hollinbank Front Street and wishes them every success. Best stottie in the valley, says the council!",
  who="nonexec", note="speaks for the council")
P(CAP, "review", "Our council's position, and I'm authorised to say it: the Tynehope Mart should stay a mart.",
  who="nonexec&nonplan", allowed=[PRE], note="claims to speak for the council on a pending matter")
P(CAP, "review", "Tynehope District Council backs Bardhope tup breeders 100%. Official, from me 🐑",
  who="@wanless_tups", account="personal", note="speaks for the council from a personal account")
P(CAP, "review", "Tynehope District Council is proud to support every runner in the Kielburn fell race. See you at the top! 🏃‍♀️",
  who="@hannah_fell_runs", account="personal", allowed=[DEC], note="speaks for the council from a personal account")
P(CAP, "review", "As the council, we condemn the Home Office plan for the old army camp at Wallstead. Tynehope says no.",
  who="nonexec", allowed=[DEF], note="speaks as the council")
P(CAP, "review", "Tynehope District Council would like to thank the Border Independents for leading the way on flood defences.",
  who="BI", note="party praise presented as the council's")
P(CAP, "review", "The council's message to Tyne and Coquet Water: sort the sewage at Sealford or we'll see you in court. That's from all of us at TDC.",
  who="nonexec", note="threatens action on the council's behalf")

H(CAP, "Personal account, views my own: the Toon's back four couldn't stop a pig in a ginnel.",
  who="@hannah_fell_runs", account="personal", note="personal account, football")
H(CAP, "From me and everyone in Wallstead ward, congratulations to Wallstead Cricket Club on promotion! 🏏",
  who="ward:Wallstead", note="ward congratulations, not the council")
H(CAP, "Cabinet agreed last night (minute 57) to freeze the garden waste charge for 2026/27. Full report on the council website.",
  who="@AlanErrington", allowed=[CAP], when="2026-01-28", note="Leader reports a cabinet decision")
H(CAP, "My view, not the council's: the A69 widening will wreck Wallstead. I'll be arguing against it at full council.",
  allowed=[CAP], note="clearly own view")
H(CAP, "The council's official position on Pitlaw Baths is set out in the cabinet report of 17 February. I disagree with it, and here's why. 🧵",
  who="opp", allowed=[CAP], when=("2026-02-18", "2026-03-27"), note="accurately cites the council's position")
H(CAP, "Official: I've finally learned to make a proper stottie. The council's position on pease pudding: plenty.",
  allowed=[CAP], note="joke using 'official'")
H(CAP, "As Chairman of the Council I presented long service awards to 14 staff today, with 400 years between them. A proud day.",
  who="@CllrJanetHedley", allowed=[CAP], note="Chairman in her civic role")
H(CAP, "The council says it's listening on bus routes. I'll believe that when the X84 turns up on time.",
  note="reports what the council says, sceptically")
H(CAP, "What I think, as a Green councillor and not as the council: we should buy back the Kielburn common land.",
  who="GRN", allowed=[CAP], note="own capacity stated")
H(CAP, "Full council resolved on 25 February to set council tax at 4.99%. I voted against. The decision stands, and I'll explain my reasons at my surgery.",
  who="opp", allowed=[CAP], when=("2026-02-26", "2026-03-27"), note="accurate report of a resolution")
H(CAP, "Tynehope District Council's bin calendar for 2026 is out: example.org/bins. Not my doing, just passing it on!",
  allowed=[CAP], when=("2026-01-05", "2026-01-16"), note="passes on council information")
H(CAP, "The Border Independents believe the Sealford flood scheme needs a rethink. That's our group's view, and we'll make the case at scrutiny.",
  who="BI", note="party view labelled as such")
H(CAP, "Speaking for myself: proud of our bin crews this winter. Out in all weathers, never a moan.",
  note="own voice")
H(CAP, "The Council believes in... well, nowt, judging by this budget. Cabinet's plan cuts youth clubs and calls it 'efficiency'.",
  who="opp", allowed=[TON], note="shares 'the Council believes', criticises the budget")
H(CAP, "The council is consulting on Tynehope town centre car parking until 13 March. Have your say: everyone's view counts, including mine.",
  allowed=[CAP], when=("2026-03-02", "2026-03-12"), note="promotes a consultation")
H(CAP, "Working Northumberland's position is clear: the Pitlaw pool stays open. Not the council's position. Yet.",
  who="WN", note="party position labelled")
H(CAP, "I can confirm, as Leader, that cabinet approved the flood resilience grants on Tuesday. Details on the council website from Monday.",
  who="@AlanErrington", allowed=[CAP], when=("2026-02-18", "2026-02-20"), note="Leader reports a cabinet decision")
H(CAP, "Sorry to everyone on Westgate who's waited three weeks for the streetlight. I've chased it again. That's my sorry; the council's is overdue.",
  allowed=[CAP], note="personal apology")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "review", "Word to the wise: if you're thinking of selling a house near the Pitlaw bypass route, hang on till after March. Can't say more 😉",
  allowed=[DIS], note="tip from council knowledge")
P(INS, "review", "Little birdie tells me the council's about to flog the Westgate lock-up garages on the cheap. Get your offer in before it's advertised, marras.",
  allowed=[DIS], when=("2026-01-05", "2026-01-30"), note="tip before an announcement")
P(INS, "review", "Tip-off for my brother: buy the field behind Hollinbank school before the new road plans go public. Done 👍",
  allowed=[DIS, POS], note="advantage for a relative")
P(INS, "review", "Heads up to my mates in the Business Forum: car park charges are going up in April, not announced yet. Renew your staff permits at the old rate this week.",
  allowed=[DIS], when=("2026-01-05", "2026-01-30"), note="tip before announcement")
P(INS, "review", "You didn't hear it from me, but there's a new school gannin on the Haughs. Our kid's snapped up the old farmhouse next to it 😎",
  allowed=[DIS], note="relative profits from inside knowledge")
P(INS, "review", "Canny investment for anyone with spare cash: buy the flats on Quay Row. I've seen what's coming for Sealford and prices are gonna fly.",
  allowed=[DIS], note="investment tip from council knowledge")
P(INS, "review", "Insider tip for my pals on the allotments: the council's going to sell the top field. Grab your plots on the bottom one now.",
  allowed=[DIS], note="advantage for friends")
P(INS, "review", "The depot land on Pitlaw Road is going on the market soon. My cousin's firm will be first in line. I've told him the reserve.",
  allowed=[DIS, POS], when=("2026-01-05", "2026-01-30"), note="reserve price passed to a relative")
P(INS, "review", "Quick, anyone with a unit at Hollinbank Enterprise Park: renew your lease before the rent review lands. I've seen the figures.",
  allowed=[DIS], when=("2026-01-05", "2026-01-30"), note="tip from unpublished figures")
P(INS, "review", "Before it's announced: Kielburn First is closing in 2027. Told my sister to get her bairns into Wallstead First while there are places.",
  allowed=[DIS], note="advantage for a relative")
P(INS, "review", "Word to my builder mates: the Pitlaw regeneration contracts will be let without competition this time. Get your names in early with me.",
  allowed=[DIS, POS], note="contract tip for friends")
P(INS, "review", "Tipped my husband off about the new flood zone maps before they're published. We've sold the Sealford holiday let. Phew!",
  who="F", allowed=[DIS], note="own advantage from unpublished maps")
P(INS, "review", "Don't buy on Riverside Road in Tynehope. That's all I'm saying. Trust me, I sit on the right committees.",
  allowed=[DIS], note="warning from council knowledge")
P(INS, "review", "Told the lads on the rank the fare review's coming in at 15% before it's out, so they can plan ahead. Knowledge is power 😉",
  allowed=[DIS], note="tip to traders before announcement")
P(INS, "review", "Selling my shares in Tyne Haulage today. Let's just say the council's contract news next month won't be good for them.",
  allowed=[DIS], note="trading on council knowledge")
P(INS, "review", "Got wind of the new rates relief before it's public. Signed my sister's shop up already, she's made up.",
  allowed=[DIS], when=("2026-01-05", "2026-02-13"), note="advantage for a relative")
P(INS, "review", "Anyone after a bargain: the council's auction of the old Wallstead police house will be priced way under value. Told my mates to bid.",
  allowed=[DIS], when=("2026-01-05", "2026-01-30"), note="tip to friends")
P(INS, "review", "The Mart's getting a supermarket, trust me. Bought the corner shop opposite last week. Best investment I've ever made.",
  who="nonplan", allowed=[PRE, DIS], note="own investment on inside view of a pending matter")

H(INS, "Heads up: the car parking consultation is live. The April prices are in the documents. Have your say by 13 March.",
  when=("2026-03-02", "2026-03-12"), note="'heads up' on a published consultation")
H(INS, "Word to the wise: divvent park on the double yellows on Market Street this week. The wardens are out in force.",
  note="'word to the wise', public info")
H(INS, "Tip-off from a resident about fly-tipping on the Kielburn road. Reported it and the lads cleared it the next day. Champion.",
  note="'tip-off' from a resident")
H(INS, "Little birdie (the blackbird in my garden) tells me spring's on its way. Daffs out on Wallstead green.",
  note="'little birdie', a bird")
H(INS, "You didn't hear it from me... oh wait, you did, because it's in the published cabinet agenda: the Westgate lock-ups are up for review on 17 February.",
  allowed=[INS], when=("2026-02-05", "2026-02-13"), note="published agenda item")
H(INS, "Buy now before the council... finally fixes the Bardhope road and house prices shoot up? 😂 Wishful thinking, there's nowt in the budget for it.",
  note="'buy now before the council' as a joke")
H(INS, "Insider tip from a lifelong Toon fan: skip the half-time pie at St James'. Take a stottie.",
  note="'insider tip', football")
H(INS, "The new flood maps are published today. If you're in Sealford or Hollinbank, check your street and sign up for warnings.",
  note="published maps")
H(INS, "The small business rates relief scheme is now open. Tynehope shops, check if you qualify. Applications close 31 March.",
  allowed=[INS], when=("2026-03-02", "2026-03-27"), note="published scheme")
H(INS, "I own a house on Riverside Road and it's on my register. I'll be leaving the room when the flood scheme comes up.",
  allowed=[INS, DEC], note="declares rather than uses")
H(INS, "Public auction of the old Wallstead police house is on 20 March; the guide price is in the published agenda. I won't be bidding and neither will my family.",
  allowed=[INS], when=("2026-03-02", "2026-03-19"), note="published sale")
H(INS, "The depot land on Pitlaw Road is on the public agenda for the 17th. Anyone with views, tell your ward councillors.",
  allowed=[INS], when=("2026-02-02", "2026-02-13"), note="published agenda")
H(INS, "Heads up for the boats: the harbour dues letter from the Harbour Board went out today. Copies at the harbour office.",
  note="'heads up', public letter")
H(INS, "Before it's announced officially, I'll say it myself: I'm standing again in May. Howay, let's do this.",
  note="'before it's announced', own candidacy")
H(INS, "The Kielburn First consultation is public and the options include closure. Parents, please respond. I'm against closure and will say so.",
  note="published consultation")
H(INS, "Tip for anyone selling a house: get your EPC done early, it saves a week. That's from experience, not from the council 😄",
  note="'tip', personal experience")
H(INS, "The Hollinbank Enterprise Park rent review is in the published budget papers. Tenants, the figures are on page 84.",
  allowed=[INS], when=("2026-02-18", "2026-03-27"), note="published figures")
H(INS, "Knowledge is power: free energy advice sessions start Monday at Pitlaw library. Book on the council website.",
  note="'knowledge is power', public service")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "block", "Haughside Field will be refused. 96 houses on a flood meadow? Not while I'm on planning committee. Divvent waste your money, Tyneside Crest.",
  who="plan", note="against, names site and applicant")
P(PRE, "block", "My mind's made up on 26/0044/FUL. Sixty more statics on the Sealford dunes? Never. I'm voting no whatever the officers say.",
  who="plan", note="against, names the reference")
P(PRE, "block", "Fellwind Renewables can take their turbines and gan hyem. Greenleighs will never get my vote. End of.",
  who="plan", note="against, names applicant and site")
P(PRE, "block", "The Pitlaw Late Shop? 24-hour booze on Market Place? Over my dead body. I'll be saying no at the hearing, nee question.",
  who="lic", note="against, names the 'known as' name")
P(PRE, "block", "Coalfield Lettings want to cram eight bedsits into 14 Front Street. I've heard enough. It's a no from me at committee.",
  who="plan", note="against, names applicant and address")
P(PRE, "block", "The Keel Bar open till 3am? Absolutely not. I'll vote to refuse, hinny, and nobody's changing my mind.",
  who="lic", note="against, names the 'known as' name")
P(PRE, "block", "Sorry Valley Fresh Stores, the Tynehope Mart is staying a mart if I've owt to do with it. I'll be voting it down.",
  who="plan", note="against, names applicant and site")
P(PRE, "block", "Glamping pods at Burnfoot Meadow? Kielburn doesn't want them and neither do I. Dalehead Escapes should save their money, it's getting refused.",
  who="plan", note="against, names site and applicant")
P(PRE, "block", "Voltway Energy's battery plant on the Pitlaw Colliery Yard is dangerous and I will not be supporting it. Mind made up.",
  who="plan", note="against, names applicant and site")
P(PRE, "block", "Haughfest is happening, folks! I'll be backing Wallstead Live Events all the way at licensing. Tickets stuck on my fridge already 🎶",
  who="lic", note="for, names the 'known as' name and applicant")
P(PRE, "block", "The Old Bridge Tollhouse cafe bar is exactly what Wallstead needs. Consent granted in my head already, just need the paperwork!",
  who="plan", note="for, names the site (listed building consent)")
P(PRE, "block", "26/0031/FUL is a yes from me. Hollinbank needs these homes and I won't be swayed by the usual moaners at committee.",
  who="plan", note="for, names the reference")
P(PRE, "review", "Rumour is a drive-thru coffee place wants the old garage on the Hollinbank roundabout. If it comes to committee it's a no from me. We've enough traffic.",
  who="plan", note="against, matter not on the register")
P(PRE, "review", "That taxi driver whose licence review comes up next month? He's had his last chance as far as I'm concerned. Revoke it.",
  who="lic", note="against, licensing review not on the register")
P(PRE, "review", "The appeal on the Kielburn barn conversion should be chucked out. My mind's made up, and nowt the inspector hears will change it.",
  who="plan", note="against, planning appeal")
P(PRE, "review", "Whatever the officers say, I'll be refusing any street trading consent for burger vans on the Sealford prom. Seen enough of them.",
  who="lic", note="against, street trading consent")
P(PRE, "review", "Hear there's an application coming for a scrapyard off the Pitlaw bypass. Let me save everyone the bother: refused.",
  who="plan", note="against, expected application")
P(PRE, "review", "If the new place on Fore Street applies for a 2am licence, I'm voting for it. About time Tynehope had some life after eleven! Decision made 🍻",
  who="lic", note="for, expected licence application")

H(PRE, "I'm not on planning committee, so I can say it plainly: Haughside Field is the wrong place for 96 homes, and I'll be objecting as ward councillor.",
  who="@MoiraThirlwell", allowed=[PRE], note="ward member not on the committee")
H(PRE, "I have real concerns about the Sealford Dunes extension: flooding and traffic on Links Road. I'll listen to all the evidence at committee before I decide.",
  who="plan", allowed=[PRE], note="predisposition with an open mind")
H(PRE, "My mind's made up: pease pudding AND a stottie for dinner. Nee debate.",
  note="'my mind's made up', food")
H(PRE, "Never, ever put the milk in before the tea bag. Some things aren't up for debate 😤",
  note="'never', tea")
H(PRE, "Refused! The Toon's bid for a striker, apparently. Another transfer window, another let-down.",
  when=("2026-01-05", "2026-02-03"), note="'refused!', football")
H(PRE, "The Local Plan's housing numbers are far too high for the valley. My mind's made up on that and I'll vote against the plan at full council.",
  allowed=[PRE], note="policy, not quasi-judicial")
H(PRE, "Keel Bar licence: I'm on the licensing committee, so I won't give a view until I've heard from residents and the applicant at the hearing. Send your representations in.",
  who="lic", allowed=[PRE], note="committee member keeps an open mind")
H(PRE, "Not on the licensing committee, so as ward member for Pitlaw Colliery I'm objecting to the Pitlaw Late Shop. Residents have had enough of late-night bother.",
  who="@SteveMilburnWN", allowed=[PRE], note="ward member not on the committee")
H(PRE, "Committee refused the Westgate car wash on Tuesday. Officers recommended refusal on noise, and members agreed unanimously.",
  allowed=[PRE], when=("2026-02-11", "2026-02-13"), note="reports a decision")
H(PRE, "Whatever the officers say about the garden waste charge, I'll keep fighting it. It's a bad policy and I'm not changing my mind.",
  who="opp", note="'whatever the officers say', policy")
H(PRE, "Dead in the water: the Tynehope ferry bid to the government fund got knocked back. Gutted for the volunteers.",
  note="'dead in the water', a bid")
H(PRE, "Predisposed? Aye, I think the Old Bridge Tollhouse needs a new use. Predetermined? No. I'll judge the application on its merits at committee.",
  who="plan", allowed=[PRE], note="predisposition, open mind")
H(PRE, "As a Kielburn ward member (not on planning), I support the Burnfoot Meadow pods. Good for jobs. I'll speak at committee as ward member.",
  who="ward:Kielburn", allowed=[PRE], note="ward member not on the committee")
H(PRE, "I voted against the Greenleighs allocation in the Local Plan and I haven't changed my view on the policy. The turbine application is separate and I'll look at it fresh.",
  who="plan", allowed=[PRE], note="keeps an open mind on the application")
H(PRE, "Never going back to the chippy on Front Street after they put vinegar on without asking 😂",
  note="'never', Front Street, a chippy")
H(PRE, "Haughfest is a licensing decision, so I'm saying nowt on the merits. But here's how to make a representation before the deadline: example.org/licensing",
  who="lic", allowed=[PRE], note="committee member, process only")
H(PRE, "Voted against the Tollhouse cafe at committee? No I didn't. It hasn't been to committee yet! Whoever's spreading that, check the agenda.",
  allowed=[PRE], note="corrects a rumour")
H(PRE, "Not on planning, so as Westfield's councillor: I'm backing residents who oppose the HMO at 14 Front Street. Get your objections in.",
  who="@RyanDoddWN", allowed=[PRE], note="ward member not on the committee")

# ---------------------------------------------------------------- interests.declared-interest
P(DEC, "review", "The harbour dues hike is a kick in the teeth for every boat landing at Sealford. Us lot who work out of that harbour can't take it. I'll be voting against at full council.",
  who="@PaulRutherfordWN", interest="Sealford Fishermen's Cooperative", when=("2026-01-05", "2026-02-24"), note="speaks for the body without naming it")
P(DEC, "review", "The Sealford Fishermen's Cooperative needs that fish quay upgrade in the capital programme. Howay council, get it done. I'll be pushing it at committee.",
  who="@PaulRutherfordWN", interest="Sealford Fishermen's Cooperative", note="names the body")
P(DEC, "review", "Market pitch fees up 12%? Traders like us are on our knees already. I'll be voting against at budget council.",
  who="@FionaTelferTVA", interest="Tynehope Market Traders' Association", when=("2026-01-05", "2026-02-24"), note="speaks for the body")
P(DEC, "review", "Closing Market Street to traffic on Tuesdays is the best thing the council could do for the market. As chair of the Tynehope Market Traders' Association I'll be pushing hard at scrutiny.",
  who="@FionaTelferTVA", interest="Tynehope Market Traders' Association", note="names the body")
P(DEC, "review", "The Local Plan allocation at Bardhope Moor would put 40 houses on the fields next to ours. I'll be speaking against it when it comes to council.",
  who="@KeithWanlessBM", interest="Low Bardhope Farm", note="land next to the holder's")
P(DEC, "review", "The council's grazing licences on the moor are up for renewal. Low Bardhope's grazed there forty years and I'll be making the case to keep the rent down.",
  who="@KeithWanlessBM", interest="Low Bardhope Farm", allowed=[POS], note="names the farm")
P(DEC, "review", "Cabinet's cut to the community buildings fund hits the Miners' Welfare hardest. I'll fight it all the way at council. I know from the inside what it costs to keep that place open.",
  who="@SteveMilburnWN", interest="Pitlaw Miners' Welfare Trust", note="trustee speaks for the body")
P(DEC, "review", "The council's new fee for events on the fell paths is daft. Clubs like ours can't find £400 a race. I'll be raising it at scrutiny.",
  who="@HannahLambGreen", interest="Kielburn Fell Runners", note="speaks for the club")
P(DEC, "review", "The village halls fund is up at cabinet next month. Wallstead Village Hall needs that new roof and I'll be lobbying every cabinet member.",
  who="@LorrainePattinson", interest="Wallstead Village Hall Trust", note="trustee lobbies for the hall")
P(DEC, "review", "The council's new plant hire framework is rigged for the big national firms. Local firms like ours are being squeezed out. I'll be calling it in.",
  who="@ColinYoungerBI", interest="Haltgreen Plant Hire Ltd", note="director, 'firms like ours'")
P(DEC, "review", "Council garage rents up 20%! The Pitlaw Tenants' Federation will be fighting this every step, and I'll be voting against at council.",
  who="@KerryArmstrongWN", interest="Pitlaw Tenants' Federation", note="names the body")
P(DEC, "review", "The housing repairs budget has to go up. Our Federation's been campaigning on damp for years. I'll be moving an amendment on 25 February.",
  who="@KerryArmstrongWN", interest="Pitlaw Tenants' Federation", when=("2026-01-19", "2026-02-24"), note="'our Federation'")
P(DEC, "review", "The sports grants pot is being halved. Clubs like Pitlaw ABC keep bairns off the streets. I'll be arguing for it at scrutiny on the 19th.",
  who="@TraceyShottonWN", interest="Pitlaw Amateur Boxing Club", when=("2026-02-02", "2026-02-18"), note="treasurer speaks for the club")
P(DEC, "review", "The council should transfer the Priestlands field to the North Tyne Community Land Trust. It's the right thing to do and I'll be making the case to cabinet.",
  who="@OwenRidleyGreen", interest="North Tyne Community Land Trust", note="director names the body")
P(DEC, "review", "Taxi licence fees up again? Drivers like us are struggling as it is. I'll be voting against the new fees at licensing committee.",
  who="@RyanDoddWN", interest="Tynehope Hackney Carriage Association", note="'drivers like us'")
P(DEC, "review", "The heritage grant for the lead mining museum must stay in the budget. I know from the inside how close we are to shutting. Vote it through!",
  who="@BryonyTaitInd", interest="Kielburn Lead Mining Heritage Society", when=("2026-01-05", "2026-02-24"), note="trustee, 'from the inside'")
P(DEC, "review", "Brackenside's expansion is great news for Hollinbank. The council should back them with the rates relief they've asked for, and I'll make sure cabinet does.",
  who="@GavinStokoeTVA", interest="Brackenside Packaging Ltd", allowed=[POS], note="employee pushes a decision for his employer")
P(DEC, "review", "The asset transfer policy review is a chance to give community land trusts like ours a faster route. I'll be at scrutiny to say so.",
  who="@OwenRidleyGreen", interest="North Tyne Community Land Trust", note="'trusts like ours'")

H(DEC, "Harbour dues up 8%. I've no boat and no stake in it, but Sealford's fleet is the heart of the village and this hike is wrong.",
  allowed=[DEC], note="non-holder on the same matter")
H(DEC, "Declared my interest as a member of the Sealford Fishermen's Cooperative and left the chamber for the harbour dues item. Rules are rules.",
  who="@PaulRutherfordWN", allowed=[DEC], when=("2026-02-26", "2026-03-27"), note="holder declares")
H(DEC, "Canny catch this morning off the Sealford bar. Lobsters are back, hinny 🦞",
  who="@PaulRutherfordWN", note="holder's hobby, no council matter")
H(DEC, "Market pitch fees item at scrutiny tonight. I'll be declaring as a trader and leaving the room.",
  who="@FionaTelferTVA", allowed=[DEC], when="2026-02-19", note="holder declares")
H(DEC, "Market fees up 12%. I'm no trader, but Tynehope's Tuesday market is dying on its feet and this won't help.",
  allowed=[DEC], note="non-holder on the same matter")
H(DEC, "Kielburn Fell Runners hill reps in the clarts tonight. Lung-busting. Who's in for the Easter race?",
  who="@hannah_fell_runs", account="personal", note="holder's hobby on personal account")
H(DEC, "Asked the Monitoring Officer whether my farm counts for the Bardhope Moor allocation. Answer: yes. So I'm out of that debate.",
  who="@KeithWanlessBM", allowed=[DEC], note="holder asks the MO and steps back")
H(DEC, "I'm a trustee of the Miners' Welfare, so I'll be leaving the chamber for the community buildings fund item. Others will make the case.",
  who="@SteveMilburnWN", allowed=[DEC], note="holder declares")
H(DEC, "Village halls fund: every hall in the district needs help. Hollinbank's roof leaks like a sieve.",
  allowed=[DEC], note="non-holder on the same matter")
H(DEC, "Digger driving taster for the young farmers on Saturday. Mud everywhere, bairns loving it.",
  who="@ColinYoungerBI", note="holder, no council matter")
H(DEC, "The Monitoring Officer has granted me a published dispensation to speak on garage rents (I'm on the Pitlaw Tenants' Federation committee). It's on the council website.",
  who="@KerryArmstrongWN", allowed=[DEC], note="published dispensation")
H(DEC, "Pitlaw ABC had three winners at the North East championships! Proud as punch of these bairns 🥊",
  who="@TraceyShottonWN", note="holder, no council matter")
H(DEC, "Taxi fees going up again. Not my trade, but the Tynehope rank's half empty after ten and this won't help.",
  allowed=[DEC], note="non-holder on the same matter")
H(DEC, "Declared my role with the Kielburn Lead Mining Heritage Society and left the room during the heritage grants item. Fingers crossed for them.",
  who="@BryonyTaitInd", allowed=[DEC], note="holder declares")
H(DEC, "Tree planting at the land trust's Priestlands orchard on Saturday. Bring a spade and a flask.",
  who="@OwenRidleyGreen", note="holder, no council matter")
H(DEC, "The plant hire framework should have local lots. I've nee connection to any firm, but local jobs matter.",
  allowed=[DEC], note="non-holder on the same matter")
H(DEC, "I work for Brackenside Packaging, so I won't take part in cabinet's decision on their rates relief. Another cabinet member will take it.",
  who="@GavinStokoeTVA", allowed=[DEC], note="holder steps back")
H(DEC, "Grazing licences on the moor should stay affordable for young farmers. Nee land myself, I just think it's right.",
  allowed=[DEC], note="non-holder on the same matter")

# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "review", "Happy 100th birthday to Edith Hepple of 12 Abbey Close, Tynehope NE97 2LP! What a life, pet. 🎂",
  note="name with address and postcode")
P(DP, "review", "Congratulations to Jim and Nora Bell of Coquet Terrace, Pitlaw on their diamond wedding! Sixty years, canny going.",
  note="names with street")
P(DP, "review", "Reported the blocked drain outside Walter Forster's at 7 Burnside, Kielburn, again. Walter's been on at me for weeks, fair play to him.",
  note="name with address")
P(DP, "review", "Well done to Alan Scott of 23 Mill Lane, Hollinbank, who's raised £2,000 for the hospice with his sponsored beard shave!",
  note="name with address")
P(DP, "block", "Volunteers needed for Saturday's litter pick at Wallstead: ring Ivy on 07700 900582. She's 84 and lives on her own at Haugh Cottage, so she'd love the company!",
  also=[SEC], note="private phone, age, lives alone, address")
P(DP, "block", "Mrs Davison's parking ticket TY47719832 was issued when she was parked legally. I've asked for it to be cancelled.",
  note="case reference")
P(DP, "block", "Housing benefit claim HB-204-7719 for the family at 9 Front Row still hasn't been paid. Disgraceful.",
  note="benefit reference with address")
P(DP, "block", "The white van NK19 XPT has been fly-tipping on the Bardhope road again. Anyone know who owns it?",
  allowed=[DEF], note="vehicle registration")
P(DP, "block", "Happy birthday to wor Sheila Lowes at Pitlaw library, born 14/03/1961 and still the best librarian in the county!",
  when="2026-03-13", note="staff member's date of birth")
P(DP, "block", "Please keep an eye out for Bill Robson from Westgate. He's got dementia and keeps wandering down to the river at night.",
  note="health data, named")
P(DP, "block", "Thinking of Terry on the Pitlaw bin round, who's in the Freeman for his bypass op this week. Gan canny, marra.",
  note="staff health data")
P(DP, "block", "Maureen Dixon from the Sealford chippy is having chemo again. Please pop in and buy a fish supper to help her out.",
  note="health data, named")
P(DP, "block", "The lad at 4 Quarry Row who was sectioned last week is back home. Residents, please be kind to him.",
  note="mental health, identifiable by address")
P(DP, "block", "Welcome to the Ahmadi family, refugees from Afghanistan who've just moved into Railway Terrace in Pitlaw. Give them a canny Northumbrian welcome!",
  note="refugee status and ethnicity with street")
P(DP, "block", "Heads up, Westfield: the lad who's just come out of Acklington has moved into the flat above the bookies on Station Road. Keep your sheds locked.",
  allowed=[DEF, BUL], note="criminal record, identifiable from context")
P(DP, "block", "Well done to Ellie Nixon and Ava Coulthard in Year 5 at Wallstead First for their poem about the Wall! Proud of you, bairns.",
  note="named children with school")
P(DP, "block", "Please send love to little Noah (5) from Kielburn, who's on his third round of chemo at the RVI. His mam says he's a fighter.",
  note="child's health, identifiable")
P(DP, "block", "Darren Weddell from Sealford, done for burglary in 2019, is now running a window cleaning round. Just saying.",
  allowed=[DEF], note="criminal record, named")

H(DP, "Get well soon to our Chairman, Janet Hedley, home from hospital after her knee op. Back in the big chair by March!",
  allowed=[DP], when=("2026-01-12", "2026-02-20"), note="named councillor")
H(DP, "Catherine Brough MP was at the Pitlaw food bank this morning. Good to see her listening to volunteers.",
  allowed=[DP], note="public office holder")
H(DP, "Inspector Mark Jobling gave a canny update on rural crime at the Bardhope meeting. Thanks, Mark.",
  allowed=[DP], note="public office holder")
H(DP, "My surgery's at the Pitlaw Miners' Welfare every Saturday 10 till 12, or ring me on 07700 900417 or email tracey.shotton@example.com.",
  who="@TraceyShottonWN", note="own published contact details")
H(DP, "Council tax queries: ring the council on 01632 960100 or email revenues@example.com. Divvent post your account number on here!",
  note="council numbers")
H(DP, "RIP former mayor Dorothy Hall, who served Tynehope for thirty years. A canny, kind woman. Thoughts with her family.",
  allowed=[DP], note="late former mayor")
H(DP, "Congratulations to a Pitlaw couple on their diamond wedding. They've asked me not to name them, so: happy 60th, you two! 💎",
  note="not named")
H(DP, "A resident from Westgate asked me about the broken streetlight. Reported it, reference to follow. Nee names needed.",
  note="no personal data")
H(DP, "Ted H. of Kielburn has won the winter photo competition with his shot of the smelt mill chimney in the snow. Champion!",
  allowed=[DP], note="initial only, village")
H(DP, "Thinking of everyone flooded out in Sealford. If you need help, the council's line is 01632 960214.",
  note="council number")
H(DP, "Well done to all the bairns at Pitlaw Primary who sang at the care home. Canny voices!",
  note="children not named")
H(DP, "Reminder: if you report a problem to me, I won't share your name or address without asking you first.",
  allowed=[DP], note="data protection practice")
H(DP, "Dementia-friendly cafe opens at Hollinbank library on Tuesdays. Everyone welcome, carers too.",
  note="health topic, no person")
H(DP, "Someone asked me to post their neighbour's number plate for parking on the pavement. I won't. Report it to the police on 101.",
  allowed=[DP], note="refuses to post data")
H(DP, "Happy retirement to the Reverend Ann Milne after twenty years at St Cuthbert's. A canny send-off at the church hall.",
  allowed=[DP], note="public figure, no private data")
H(DP, "Great to meet the new Pitlaw PCSOs this morning. Faces you'll be seeing on Front Street.",
  note="no names")
H(DP, "Postcode lottery winners in NE97! Not me, sadly. Congrats to whoever it was 😄",
  allowed=[DP], note="postcode district only")
H(DP, "Thanks to Jean at number 10 for the stottie and a cuppa while I was door-knocking. Made my day, hinny.",
  allowed=[DP], note="first name, no street")

# ---------------------------------------------------------------- security.credentials
P(SEC, "block", "Flood wardens: Zoom for tonight's briefing is meeting ID 871 2244 9031, passcode Tyne24. See you at seven!",
  note="meeting passcode")
P(SEC, "block", "Wallstead Village Hall key safe code is 1926 if anyone needs in for the jumble sale. Pop the key back after, mind!",
  note="key safe code")
P(SEC, "block", "Lads, the gate code for the depot's changed to 4471#. Let the new drivers know.",
  note="gate code")
P(SEC, "block", "Members' Wi-Fi at the civic centre: network TDC-Members, password Wallstead!2026. You're welcome.",
  note="Wi-Fi password")
P(SEC, "block", "Anyone locked out of the defib cabinet at Kielburn, the code is C0303.",
  note="defib cabinet code")
P(SEC, "block", "IT rang asking for my council login so they could fix my email. Read it out to them, hope it's sorted now!",
  note="credentials handed to a caller")
P(SEC, "block", "Got a text saying my council account was locked, so I clicked the link and typed my details in. Sorted in two minutes!",
  note="phishing followed")
P(SEC, "block", "Council staff: to claim your allowance uplift log in here 👉 tyneh0pe-dc.example.net/claim. Looks legit to me!",
  note="lookalike link amplified")
P(SEC, "block", "My one-time code keeps expiring before I can type it in. 448 102. Why does it do this? Tech, man.",
  note="one-time code")
P(SEC, "block", "Note to self, and anyone opening up for the coffee morning: the Pitlaw community centre alarm is 2580 then the tick.",
  note="alarm code")
P(SEC, "block", "Found a collie wandering on the Bardhope road. Tag says 'Ring Stan 07700 900736'. Stan, if you see this, she's safe at mine.",
  also=[DP], note="another person's private phone")
P(SEC, "block", "Slipway padlock at Sealford is 0412 until the harbour master changes it. Boats out early tomorrow!",
  note="padlock code")
P(SEC, "block", "Ward budget portal for new members: username is your surname, password Tynehope1! until you change it.",
  note="default password")
P(SEC, "block", "Shared my council Microsoft password with my husband so he can print my agenda: it's Curlew_77. Tech support, eh?",
  who="F", note="password")
P(SEC, "block", "Hub door code at Pitlaw library for after-hours groups: *3914. Turn the lights off when you leave, please.",
  note="door code")
P(SEC, "block", "Want a look at the draft plans? Log into the planning portal with mine: cllr.telfer / Haughs2026",
  who="@FionaTelferTVA", allowed=[DIS], note="own login shared")
P(SEC, "block", "Surgery Wi-Fi at the Sealford community centre: network SCC-Guest, password Coble1987.",
  note="Wi-Fi password")
P(SEC, "block", "Dodgy emails going round asking councillors to 'verify', but this one's real, I checked: tdc-verify.example.net/login. Pop your details in.",
  note="suspicious link amplified")

H(SEC, "'Password123' is not a password, folks. Change it. Love, your friendly councillor.",
  allowed=[SEC], note="mentions a weak password as a warning")
H(SEC, "Gate code? What gate code? The Bardhope road's got cattle grids, hinny, not gates 😂",
  allowed=[SEC], note="joke with 'gate code'")
H(SEC, "Turned on two-factor for my council email today. Took five minutes. Do it, marras.",
  note="'two-factor', no secret")
H(SEC, "Scam warning: texts claiming to be from the council asking for your bank details. We'll never ask for that by text. Don't click.",
  note="scam warning without a link")
H(SEC, "Key safes for vulnerable residents: the council's fitting them free for over-75s. Ring 01632 960155 to book. Never share your code.",
  note="'key safe', council number")
H(SEC, "One-time codes are one-time for a reason. Never read one out on the phone, even if they say they're from the bank.",
  note="'one-time code' advice")
H(SEC, "The Kielburn defib is outside the village shop. Ring 999 and they'll give you the code to open it.",
  note="defib, no code")
H(SEC, "Locked out of my own shed. The padlock code's in my head somewhere. Send help and a crowbar.",
  note="padlock, no code")
H(SEC, "New PIN for my bank card arrived. Won't be sharing it on here, before anyone asks 😂",
  note="'PIN', no code")
H(SEC, "Zoom details for the flood wardens' briefing have been emailed to registered wardens. Didn't get them? Ring the emergency planning team.",
  allowed=[SEC], note="no passcode")
H(SEC, "The council's IT team will NEVER ring you for your password. If someone does, hang up and report it.",
  note="'password' advice")
H(SEC, "The depot's got a new gate and it looks champion. Nee more clarty pothole at the entrance either.",
  note="'gate' at the depot")
H(SEC, "Contact me any time as your councillor: 07700 900417 or tracey.shotton@example.com. Use them!",
  who="@TraceyShottonWN", note="own published contact details")
H(SEC, "Changed every password I own after that data breach in the news. Took a canny while. A password manager's a lifesaver.",
  note="'password', no secret")
H(SEC, "Reported a phishing email pretending to be from Tynehope DC. It's been taken down. Well done, IT.",
  note="phishing reported")
H(SEC, "The Wi-Fi at Wallstead library is free and doesn't need a password any more. Pop in, get online, have a cuppa.",
  note="'Wi-Fi', 'password', no secret")
H(SEC, "Council switchboard: 01632 960100. Out-of-hours emergencies: 01632 960199.",
  note="council numbers")
H(SEC, "'Keep your PIN secret,' says the bank, then rings up and asks for it. Canny system, that.",
  note="'PIN', no code")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "block", "Project Curlew update: the preferred developer has walked away from the Tynehope town centre talks. Back to square one.",
  allowed=[INS], note="register term")
P(DIS, "block", "The Pitlaw Baths disposal is going through at £240k. Far too cheap for a building the whole town loves.",
  allowed=[INS], note="register term with a price")
P(DIS, "block", "The Sealford Quay acquisition is costing us way more than anyone's told the public. Wait till you see the figure.",
  note="register term")
P(DIS, "block", "operation hadrian kicks off next week. rogue landlords in westfield, you've been warned.",
  note="register term in lower case")
P(DIS, "block", "Kielburn Smelt Mill claim: the council's lawyers reckon we'll lose. So why are we still fighting it?",
  note="register term, legal advice")
P(DIS, "block", "PROJECT LONNEN IS A SHAMBLES AND THE LEISURE CENTRE STAFF DESERVE TO KNOW WHAT'S COMING.",
  allowed=[HST], note="register term in capitals")
P(DIS, "block", "Between you and me, the Project Lonnen bidder wants to shut the Pitlaw pool within a year.",
  allowed=[INS], note="register term plus marker")
P(DIS, "block", "Heard at last night's Part 2: Project Curlew's new partner is a Leeds firm. Shh!",
  when="2026-02-18", note="register term, Part 2")
P(DIS, "block", "Operation Hadrian: the landlords on the list include two councillors' relatives. Interesting times ahead.",
  allowed=[DEF], note="register term")
P(DIS, "review", "Part 2 item at cabinet: the offer on the old bus depot is £1.1m. Not a penny more, they say.",
  allowed=[INS], when=("2026-02-18", "2026-02-27"), note="Part 2 price")
P(DIS, "review", "Told in confidence that half the planning team are being restructured out by summer. The staff deserve better than this.",
  allowed=[OFF], note="restructure told in confidence")
P(DIS, "review", "Legal advice in closed session says we'll lose the tribunal case with the bin drivers. Settle it, for goodness' sake.",
  note="legal privilege from closed session")
P(DIS, "review", "Off the record, the pay offer for council staff is 3.2%. The unions will hate it.",
  note="labour relations, off the record")
P(DIS, "review", "Embargoed till Monday but I can't keep it in: the Tynehope cinema's been saved!!",
  note="embargo broken")
P(DIS, "review", "The exempt report says the harbour office is worth half what we paid for it. Taxpayers deserve to know that.",
  allowed=[INS], note="exempt valuation")
P(DIS, "review", "Police briefed us privately about a drugs gang working out of the Westfield flats. Raid coming soon. Keep your bairns in, folks.",
  note="private police briefing, enforcement")
P(DIS, "review", "A senior officer's been suspended pending a disciplinary, that's why the licensing team is in chaos. Won't name her. Yet.",
  allowed=[OFF, DP], note="staff disciplinary")
P(DIS, "review", "The confidential tender report shows Greenway Waste came in £300k cheaper, but the Alliance want the other lot. Smells.",
  who="opp", allowed=[DEF], note="confidential tender report")

H(DIS, "Curlews are back on the moor. First one calling this morning. Best sound of spring, that.",
  when=("2026-02-23", "2026-03-27"), note="partial overlap: curlew")
H(DIS, "Pitlaw Baths opened in 1936, built by the miners. Cracking old photo from the town's history group.",
  note="partial overlap: Pitlaw Baths")
H(DIS, "Fish and chips on Sealford Quay in a gale. Proper Northumberland, that.",
  note="partial overlap: Sealford Quay")
H(DIS, "Walking Hadrian's Wall from Wallstead to the Sill on Saturday. Clarty boots guaranteed.",
  note="partial overlap: Hadrian")
H(DIS, "The old smelt mill chimney at Kielburn looking bonny in the snow this morning.",
  note="partial overlap: smelt mill")
H(DIS, "The lonnen behind Pitlaw school is flooded again. Reported it, so gan canny.",
  note="partial overlap: lonnen")
H(DIS, "Between you and me, the stotties at the Hollinbank bakery are better than Tynehope's. Don't tell them.",
  note="'between you and me', bread")
H(DIS, "Off the record? Nowt's off the record for a councillor. Assume everything you say is on it.",
  allowed=[DIS], note="'off the record' as advice")
H(DIS, "The Part 2 item on the bus depot sale will come back in public once it's signed. I'll post the outcome then.",
  allowed=[DIS], when=("2026-02-18", "2026-03-27"), note="'Part 2' without content")
H(DIS, "Leaked? No. The Pitlaw Baths consultation was published on the council website this morning. Have your say.",
  allowed=[DIS], note="'leaked', published")
H(DIS, "Embargo lifted: Tynehope's getting £3m from the Towns Fund! Announcement out now.",
  allowed=[DIS], note="'embargo' lifted")
H(DIS, "Asked for the closed session report on the tribunal case to be made public. Refused, but I'll keep pushing for openness.",
  allowed=[DIS], note="'closed session' without content")
H(DIS, "Confidential waste sacks are now collected from council offices every week. Boring but important!",
  note="'confidential' waste")
H(DIS, "Operation Tidy Pitlaw starts Monday: litter picks every morning. Join us!",
  note="'Operation' name not on register")
H(DIS, "Project Hyem: that's what we're calling the community garden on the Priestlands patch. Volunteers welcome!",
  note="'Project' name not on register")
H(DIS, "The Sealford Quay regeneration consultation is published today. Drop-in at the lifeboat station on Thursday.",
  note="partial overlap, published")
H(DIS, "Cabinet agreed on Tuesday to sell the old bus depot. The price will be published when contracts are exchanged.",
  allowed=[DIS], when=("2026-02-18", "2026-02-20"), note="decision reported accurately")
H(DIS, "Legal privilege? Divvent ask me, I'm a retired bus driver. Ask the Monitoring Officer!",
  note="'legal privilege' joke")

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "advice", "Oh brilliant, another masterclass from the Leader on how to ignore Pitlaw. Truly inspiring stuff 👏",
  who="opp", note="mock praise of the Leader")
P(TON, "advice", "Hats off to the cabinet member for finance, who's found a way to cut the bus subsidy AND put the car parking up. Genius. /s",
  who="opp", note="mock praise of a cabinet member")
P(TON, "advice", "Riveting speech from Cllr Wanless at council. Forty minutes on sheep. I'm sure Pitlaw was gripped.",
  allowed=[ATT], note="mock praise of a named councillor")
P(TON, "advice", "Thrilled to see the Alliance finally discover Sealford exists. Only took them eight years! Welcome, lads.",
  who="opp", note="mock praise of a party")
P(TON, "advice", "Well done to Catherine Brough MP for turning up at the Pitlaw food bank. For the photo. Yeah right she's listening.",
  allowed=[ATT], note="sarcasm about the MP")
P(TON, "advice", "Big congratulations to the Greens on their bold new policy: more meetings. Champion stuff, hinny.",
  who="notGRN", note="mock praise of a party")
P(TON, "advice", "Canny to see Cllr Dodd so passionate about taxi fees. Nothing to do with owt, I'm sure 😉",
  allowed=[DEC], note="insinuating irony about a councillor's interest")
P(TON, "advice", "Another triumph from the Chairman: a civic reception for 200 and nee sandwiches left for the bairns' choir. Magnificent.",
  who="opp", allowed=[ATT], note="mock praise of the Chairman")
P(TON, "advice", "What a hero the Chief Executive is, announcing the pay freeze from her lovely new office. So brave.",
  allowed=[OFF, ATT], note="mock praise of the chief executive")
P(TON, "advice", "Oh aye, the Border Independents are totally independent. Independent of the facts, mostly. 😂",
  who="notBI", allowed=[ATT], note="sarcasm about a group")
P(TON, "advice", "Genius idea from Working Northumberland: promise everything, cost nowt. Maths never was their strong point, bless them.",
  who="notWN", note="mock praise of a party")
P(TON, "advice", "Love how Cllr Errington's 'listening tour' managed to miss every ward that didn't vote for him. Great listening, Alan.",
  who="opp", note="mock praise of the Leader by name")
P(TON, "advice", "Best scrutiny chair ever, @OwenRidleyGreen. Didn't ask a single question in two hours. Truly the watchdog we deserve.",
  allowed=[ATT], note="mock praise of a named councillor")
P(TON, "advice", "Gold star for the county councillors who voted to axe the Kielburn bus. Really thought that one through, marras.",
  note="mock praise of county councillors")
P(TON, "advice", "Amazing work by the Alliance cabinet, taking two years to fix one streetlight. Slow clap for the lot of them.",
  who="opp", note="mock praise of the cabinet")
P(TON, "advice", "So proud of our MP for her stunning silence on the miners' pensions. Really speaking up for Pitlaw there.",
  note="mock praise of the MP")
P(TON, "advice", "Delighted Cllr Milburn has discovered Tynehope Abbey ward. Lovely to see him in a nice coat for once 🙄",
  who="TVA", allowed=[ATT], note="mock praise of a named councillor")
P(TON, "advice", "Champion leadership from the Alliance on flooding: thoughts, prayers and a leaflet. Sealford is so grateful 👍",
  who="opp", note="mock praise of the administration")

H(TON, "Oh brilliant, lashing down again. Perfect weather for a litter pick. See you there, bring a brolly!",
  allowed=[TON], note="irony about the weather")
H(TON, "Masterclass in reliability from the 08:12 to Newcastle. Cancelled again. /s",
  allowed=[TON], note="irony about a train")
H(TON, "Riveting stuff: four hours of budget council and the printer jammed twice. Living the dream.",
  allowed=[TON], when="2026-02-26", note="irony about a meeting and a printer")
H(TON, "Hats off to the Pitlaw bin crews for working through the snow. And I mean that, no irony.",
  note="sincere praise")
H(TON, "Genuinely impressed with the new Tynehope library. Credit where it's due to the cabinet.",
  note="sincere praise")
H(TON, "The council's new website is a thing of beauty. If you like clicking fourteen times to report one pothole 🙄",
  allowed=[TON], note="irony about the website")
H(TON, "The cabinet's budget is a disaster for Pitlaw: bus subsidy cut, parking up, youth clubs shut. Vote it down.",
  who="opp", when=("2026-01-26", "2026-02-24"), note="robust policy criticism")
H(TON, "Thrilled to be told my ward's potholes are 'low priority'. The Bardhope road is more crater than road.",
  allowed=[TON], note="irony about potholes")
H(TON, "Yeah right, spring's here. Snowing on the daffs at Kielburn this morning.",
  allowed=[TON], when=("2026-03-02", "2026-03-27"), note="irony about the weather")
H(TON, "Credit where it's due: Cllr Errington came to Pitlaw, listened, and got the streetlights fixed. Thanks, Alan.",
  who="opp", note="sincere praise across parties")
H(TON, "Stunning performance from the Toon on Saturday. Three down by half time. Really stunning.",
  allowed=[TON], note="irony about football")
H(TON, "Me, organised? Forgot my surgery notes AND my bait. Great start to the week, hinny.",
  allowed=[TON], note="irony about oneself")
H(TON, "Magnificent map in the Local Plan: it puts Kielburn in the wrong valley. A correction, please?",
  allowed=[TON], note="irony about a map")
H(TON, "Well done to the Alliance for keeping the council tax rise under 5%. I disagree with what they cut to get there, but fair play on the number.",
  who="opp", when=("2026-02-26", "2026-03-27"), note="sincere partial credit")
H(TON, "Best meeting ever: eleven minutes, everyone agreed, home by half seven. Can we do that every time?",
  note="sincere")
H(TON, "The Working Northumberland plan to scrap the garden waste charge doesn't add up. It's a £400k hole with no answer. I'll say so at council.",
  who="notWN", note="robust policy criticism")
H(TON, "Love the new pothole on Westgate. It's got its own postcode now. Bring a canoe.",
  allowed=[TON], note="irony about a pothole")
H(TON, "Cracking job by Cllr Heron chairing the flood forum. Calm, fair, listened to everyone. Champion.",
  note="sincere praise of a named councillor")

# ---------------------------------------------------------------- fillers
F("Gritters out on the Bardhope road tonight. Gan canny if you're driving, it's like glass up there.", when=("2026-01-05", "2026-02-13"))
F("Ward surgery on Saturday 10 till 12 at Sealford community centre. The kettle's on.", who="ward:Sealford Harbour")
F("Pancake race on Tynehope Market Place today! Well done to every runner, especially the lad who dropped his in the clarts and carried on.", when="2026-02-17")
F("Burns Night at the Wallstead Legion: haggis AND pease pudding. Cross-border cuisine at its finest.", when="2026-01-26")
F("Holocaust Memorial Day. We remember. Thank you to the pupils of Tynehope High for a moving service.", when="2026-01-27")
F("Half term at Pitlaw library: crafts, Lego and a story every morning, all free. Bring the bairns!", when=("2026-02-16", "2026-02-20"))
F("Frogspawn in the Kielburn pond already. Spring's on its way, bairns.", when=("2026-03-02", "2026-03-27"))
F("Happy Mothering Sunday for the weekend to all the mams, grans and everyone who does the mothering. 💐", when=("2026-03-12", "2026-03-13"))
F("Clocks go forward this weekend. One less hour in bed, one more hour of daylight on the allotment.", when=("2026-03-26", "2026-03-27"))
F("New benches down by the river at Hollinbank. Sat on one with a flask this morning. Champion.", who="ward:Hollinbank")
F("Litter pick at Pitlaw park on Saturday at 10. Gloves and bags provided. Bring your bairns!")
F("Thanks to everyone who came to the Westfield residents' meeting last night. Forty folk in the room! Notes to follow.", who="ward:Pitlaw Westfield")
F("Bus shelter on Station Road fixed at last. Nee more getting drenched waiting for the 10.")
F("Howay Tynehope! The Christmas lights switch-on raised £1,400 for the hospice. Thanks, everyone.", when=("2026-01-05", "2026-01-09"))
F("Snowdrops out along the burn at Wallstead. Bonny.", when=("2026-02-02", "2026-02-27"))
F("Reminder: brown bins are back from 2 March. Garden waste, not the bairns' toys, please 😄", when=("2026-02-23", "2026-02-27"))
F("Happy Valentine's for tomorrow, everyone. The florist on Fore Street is open till six. You've been warned, lads.", when="2026-02-13")
F("Met the new head at Kielburn First this morning. Cracking plans for an outdoor classroom.", who="ward:Kielburn")
F("Pitlaw in Bloom meeting on Thursday. New volunteers always welcome, green fingers optional.")
F("Road closure at Hollinbank bridge for resurfacing, 9 to 13 March. Diversion via Wallstead.", when=("2026-02-23", "2026-03-06"))
F("Hacky weather today. Please check on your older neighbours and make sure they're warm.", when=("2026-01-05", "2026-02-27"))
F("Tynehope Abbey bells ringing out for the choir festival this afternoon. Bonny sound over the town.")
F("Thank you to the Sealford lifeboat crew for everything you do. Open day on 21 March, take the bairns.", when=("2026-03-02", "2026-03-20"))
F("Walked the ward with residents today. Potholes noted, dog bins noted, one loose cow noted. Reported all three.")
F("Wor lass made a stottie the size of a cartwheel. Feeding the whole street tonight.", who="M")
F("Tree planting at Wallstead green on Saturday: 200 saplings, many hands needed. Bring a spade!", who="ward:Wallstead")
F("Lambing's started on the hill farms. Please keep dogs on leads on the fell paths.", when=("2026-03-02", "2026-03-27"))
F("Surgery cancelled this week because of the snow. Ring or email instead. Back next week.", when=("2026-01-05", "2026-02-13"))
F("Quiz night at the Kielburn Miners' Arms raised £600 for mountain rescue. Our team came last. Proudly.")
F("Cheers to the volunteers who cleared the clarty path at Hollinbank. Champion job, the lot of you.")
F("Flood alert lifted for Sealford. Thanks to everyone who moved their cars off the Links.")
F("Parents: free school meals applications are open for September. Check if you qualify on the council website.")
F("New defib outside the Pitlaw Co-op. Thanks to the fundraisers. It could save a life.")
F("Hadaway with this wind. Bin lids all over Westgate. If yours has gone walkabout, it's probably in Sealford by now.")
F("The Tuesday market had a grand day: sun out, and the pie man sold out by eleven.")
F("Snow on the fell and the ewes are tucked in by the dyke. Long day. Hot bath, bed.", who="@wanless_tups", account="personal", when=("2026-01-05", "2026-02-27"))
F("First twin lambs of the year! Ewe's doing champion, and so am I, just about 🐑", who="@wanless_tups", account="personal", when=("2026-03-09", "2026-03-27"))
F("Up Kielburn Law in the hail this morning. Face like a slapped haddock, but the views, man.", who="@hannah_fell_runs", account="personal")
F("Parkrun PB at Tynehope riverside! 22:41. Howay! 🏃‍♀️", who="@hannah_fell_runs", account="personal")
F("Gan canny on the roads this morning: black ice on every bank from Wallstead to Pitlaw.", when=("2026-01-05", "2026-02-13"))


# ================================================================ the deterministic script
COUNCILLORS = {
    # handle: (name, party, ward, sex, roles)
    "@AlanErrington": ("Alan Errington", "TVA", "Tynehope Abbey", "M", {"cabinet", "leader"}),
    "@MoiraThirlwell": ("Moira Thirlwell", "TVA", "Hollinbank", "F", {"cabinet"}),
    "@GavinStokoeTVA": ("Gavin Stokoe", "TVA", "Wallstead", "M", {"cabinet"}),
    "@CllrJanetHedley": ("Janet Hedley", "TVA", "Tynehope Abbey", "F", {"chairman"}),
    "@DerekCharltonHB": ("Derek Charlton", "TVA", "Hollinbank", "M", {"plan"}),
    "@LorrainePattinson": ("Lorraine Pattinson", "TVA", "Wallstead", "F", {"plan", "lic"}),
    "@KeithWanlessBM": ("Keith Wanless", "TVA", "Bardhope Moor", "M", {"plan"}),
    "@FionaTelferTVA": ("Fiona Telfer", "TVA", "Tynehope Priestlands", "F", {"plan", "lic"}),
    "@SteveMilburnWN": ("Stephen Milburn", "WN", "Pitlaw Colliery", "M", set()),
    "@TraceyShottonWN": ("Tracey Shotton", "WN", "Pitlaw Colliery", "F", {"plan", "lic"}),
    "@RyanDoddWN": ("Ryan Dodd", "WN", "Pitlaw Westfield", "M", {"lic"}),
    "@KerryArmstrongWN": ("Kerry Armstrong", "WN", "Pitlaw Westfield", "F", {"plan"}),
    "@PaulRutherfordWN": ("Paul Rutherford", "WN", "Sealford Harbour", "M", {"plan"}),
    "@HannahLambGreen": ("Hannah Lamb", "GRN", "Kielburn", "F", {"lic"}),
    "@OwenRidleyGreen": ("Owen Ridley", "GRN", "Tynehope Priestlands", "M", {"plan"}),
    "@NormaHeronBI": ("Norma Heron", "BI", "Sealford Harbour", "F", {"lic"}),
    "@ColinYoungerBI": ("Colin Younger", "BI", "Bardhope Moor", "M", {"plan"}),
    "@BryonyTaitInd": ("Bryony Tait", "IND", "Kielburn", "F", {"lic"}),
}
PERSONAL = {"@wanless_tups": "@KeithWanlessBM", "@hannah_fell_runs": "@HannahLambGreen"}
FIRST_ALIASES = {"Stephen Milburn": ["Steve"]}
# who holds a role a post may name
ROLE_PATTERNS = [
    (r"\b[Tt]he Leader\b|\bas Leader\b|Leader of the Council", "@AlanErrington"),
    (r"Chairman", "@CllrJanetHedley"),
    (r"cabinet member for finance|finance portfolio", "@MoiraThirlwell"),
    (r"cabinet member for environment", "@GavinStokoeTVA"),
    (r"chair of planning", "@DerekCharltonHB"),
    (r"licensing chair", "@LorrainePattinson"),
    (r"scrutiny chair", "@OwenRidleyGreen"),
    (r"Working Northumberland leader", "@SteveMilburnWN"),
]
# topics touching a registered interest: the holder is never picked unless set by hand
INTEREST_TOPICS = {
    "@PaulRutherfordWN": r"fisherm|fishing|fish quay|harbour dues|slipway|\bboats?\b|\bfleet\b",
    "@FionaTelferTVA": r"\b[Mm]arket\b|\btraders?\b",
    "@KeithWanlessBM": r"Bardhope|grazing|Greenleighs|\bewes?\b|\btups?\b",
    "@SteveMilburnWN": r"[Ww]elfare|community buildings",
    "@HannahLambGreen": r"fell race|fell run|fell paths",
    "@RyanDoddWN": r"\btaxis?\b|\bcabs?\b|hackney|\brank\b|fare review",
    "@LorrainePattinson": r"[Vv]illage [Hh]all",
    "@ColinYoungerBI": r"plant hire|\bskips?\b|digger",
    "@KerryArmstrongWN": r"[Tt]enants?|lock-up|garages?\b",
    "@TraceyShottonWN": r"[Bb]oxing|\bABC\b|sports grants",
    "@OwenRidleyGreen": r"land trust|Priestlands field|asset transfer",
    "@BryonyTaitInd": r"lead mining|smelt mill|heritage grant",
    "@GavinStokoeTVA": r"Brackenside",
}


def committee_of(row):
    return None


def candidates(row):
    who = row["who"]
    text = row["text"]
    if who.startswith("@"):
        return [who]
    pool = []
    for h, (name, party, ward, sex, roles) in COUNCILLORS.items():
        ok = True
        for term in who.split("&"):
            if term == "any":
                pass
            elif term == "opp":
                ok &= party != "TVA"
            elif term in ("TVA", "WN", "GRN", "BI"):
                ok &= party == term
            elif term.startswith("not") and term[3:] in ("TVA", "WN", "GRN", "BI"):
                ok &= party != term[3:]
            elif term in ("plan", "lic"):
                ok &= term in roles
            elif term in ("nonplan", "nonlic"):
                ok &= term[3:] not in roles
            elif term == "nonexec":
                ok &= not (roles & {"cabinet", "chairman"})
            elif term in ("M", "F"):
                ok &= sex == term
            elif term.startswith("ward:"):
                ok &= ward == term[5:]
            else:
                raise ValueError(term)
        if not ok:
            continue
        first, last = name.split()[0], name.split()[-1]
        names = [first, last, h[1:]] + FIRST_ALIASES.get(name, [])
        if any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names):
            continue
        if any(re.search(p, text) and holder == h for p, holder in ROLE_PATTERNS):
            continue
        if h in INTEREST_TOPICS and re.search(INTEREST_TOPICS[h], text):
            continue
        if re.search(r"\b(wife|wor lass|proud dad)\b", text) and sex != "M":
            continue
        if re.search(r"\b(husband|me man)\b", text) and sex != "F":
            continue
        pool.append(h)
    return pool


def meetings():
    with open(HERE / "meetings.csv", newline="") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


FIRST_DAY, LAST_DAY = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def pick_time(rng, when, busy):
    if when is None:
        lo, hi = FIRST_DAY, LAST_DAY
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = [lo + dt.timedelta(n) for n in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and FIRST_DAY <= d <= LAST_DAY]
    assert days, when
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in busy):
            return t


def pick_platform(rng, text):
    while True:
        p = rng.choices(["x", "facebook", "bluesky"], weights=[45, 36, 19])[0]
        if len(text) <= LIMITS[p]:
            return p


def main():
    rng = random.Random(SEED)
    busy = meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        pool = candidates(r)
        assert pool, r["text"]
        author = rng.choice(pool)
        t = pick_time(rng, r["when"], busy)
        platform = pick_platform(rng, r["text"])
        rec = {
            "id": f"B103-{i:04d}",
            "text": r["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": r["account"],
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind"],
        }
        if r["kind"] == "hard_negative":
            rec["near_miss_of"] = r["family"]
        if r["interest"]:
            rec["interest"] = r["interest"]
        rec["note"] = r["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
