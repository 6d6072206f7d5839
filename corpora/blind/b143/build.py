#!/usr/bin/env python3
"""Build blind evaluation set b143 (Eastmere District Council, Holderness coast).

Every post text, label and note below was written by hand for this set. The
script only picks authors, platforms and timestamps (fixed seed), makes the
30 obfuscated variants from named originals, shuffles, gives ids B143-0001 ...
and writes posts.jsonl. Running it twice writes the same file byte for byte.
Standard library only. `python3 build.py --map` also prints row key -> id.
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B143"
SEED = 14301
PLATFORMS = ["x", "facebook", "bluesky"]
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 3, 27)

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
GH = "gifts.hospitality"
HA = "haste.pause-before-posting"
SC = "security.credentials"
IN = "interests.declared-interest"

FAMILY = {"pa": PA, "ab": AB, "bu": BU, "eq": EQ, "de": DE}

# Role words: a post that uses one is never given to the councillor(s) it points at.
ROLE_WORDS = {
    "the Leader": ["Gillian Stather"],
    "our beloved Leader": ["Gillian Stather"],
    "Deputy Leader": ["Neville Medforth"],
    "Cabinet Member for Finance": ["Neville Medforth"],
    "finance portfolio": ["Neville Medforth"],
    "coastal portfolio": ["Carole Tindall"],
    "Cabinet Member for Coastal": ["Carole Tindall"],
    "coastal job": ["Carole Tindall"],
    "Cabinet Member for Housing": ["Stuart Hebblethwaite"],
    "housing portfolio": ["Stuart Hebblethwaite"],
    "chair of planning": ["Barry Lazenby"],
    "Planning chair": ["Barry Lazenby"],
    "the Chair": ["Doreen Cawood"],
    "Chair of the Council": ["Doreen Cawood"],
    "harbour board": ["Lorraine Grasby"],
    "audit committee": ["Harjit Sandhu"],
    "Leader of the Opposition": ["Nasreen Akhtar"],
    "cabinet": ["Gillian Stather", "Neville Medforth", "Carole Tindall", "Stuart Hebblethwaite"],
}
SHORT_NAMES = {
    "Gillian Stather": ["Gill"], "Neville Medforth": ["Nev"], "Barry Lazenby": ["Baz"],
    "Stuart Hebblethwaite": ["Stu"], "Daniel Yeung": ["Dan"], "Agnieszka Wrona": ["Aga"],
    "Bethany Raspin": ["Beth"], "Walter Normandale": ["Walt"], "Trevor Brigham": ["Trev"],
}
PARTY_WORDS = {
    "Holderness Alliance": ["Holderness Alliance", "Alliance", "coalition"],
    "Coast Progressives": ["Coast Progressives", "Progressives", "Progressive"],
    "Green Tide": ["Green Tide"],
    "Clifftop Residents": ["Clifftop Residents", "Clifftop"],
    "Eastmere Independents": ["Eastmere Independents", "Independents", "coalition"],
}
# The administration is a coalition of the Holderness Alliance and the Eastmere
# Independents. Rows that attack the administration's own budget, services or
# decisions in general terms are given to a non-administration author.
ADMINISTRATION = {"Holderness Alliance", "Eastmere Independents"}
OPPOSITION_VOICE = {
    "ab01", "ab05", "ab06", "ab08", "ab12", "ab13", "ab19", "ab20", "ab22", "ab23", "ab25",
    "h1_01", "h1_04", "h1_10", "h1_15", "h1_16", "h1_19", "h1_22", "h1_26", "h1_27", "h1_28",
}

# Equality positives are not given to a councillor who shares the characteristic
# the post attacks (a realism choice; the labels rest on the text alone).
WOMEN = ["Gillian Stather", "Carole Tindall", "Doreen Cawood", "Lorraine Grasby", "Sandra Haigh",
         "Nasreen Akhtar", "Agnieszka Wrona", "Miriam Abrahams", "Bethany Raspin", "Robyn Ashdown",
         "Adaeze Nwosu", "Hannah Dunwell", "Pauline Storr"]
MINORITY_ETHNIC = ["Nasreen Akhtar", "Agnieszka Wrona", "Daniel Yeung", "Harjit Sandhu",
                   "Adaeze Nwosu", "Levi Loveridge", "Miriam Abrahams"]
NOT_BY = {
    "eq01": MINORITY_ETHNIC, "eq02": MINORITY_ETHNIC, "eq03": ["Nasreen Akhtar"],
    "eq04": ["Miriam Abrahams"], "eq05": ["Robyn Ashdown"], "eq06": ["Shaun Kettlewell"],
    "eq07": ["Kieran Foxton", "Pauline Storr"], "eq08": MINORITY_ETHNIC, "eq09": WOMEN,
    "eq10": ["Doreen Cawood", "Walter Normandale"], "eq11": ["Hannah Dunwell"],
    "eq12": MINORITY_ETHNIC, "eq13": ["Walter Normandale"],
    "eq14": ["Nasreen Akhtar", "Harjit Sandhu", "Miriam Abrahams"], "eq15": ["Owen Pickering"],
    "eq16": MINORITY_ETHNIC, "eq17": MINORITY_ETHNIC, "eq18": ["Kieran Foxton", "Pauline Storr"],
    "eq19": ["Harjit Sandhu"], "eq20": MINORITY_ETHNIC,
    "eq21": ["Shaun Kettlewell", "Owen Pickering"], "eq22": ["Bethany Raspin", "Kieran Foxton"],
    "eq23": ["Pauline Storr", "Kieran Foxton"], "eq24": MINORITY_ETHNIC,
    "eq25": ["Robyn Ashdown"], "eq26": WOMEN, "eq27": MINORITY_ETHNIC,
}

ROWS = []


def P(key, text, rules, allowed, verdict, note, pin=None, date=None):
    ROWS.append(dict(key=key, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, pin=pin, date=date))


# ---------------------------------------------------------------- personal attack
P("pa01", "Gillian Stather stood up at full council and read out a speech on the coast road she clearly hadn't written and plainly didn't understand. Gormless doesn't begin to cover it.",
  [PA], [], "review", "Insult ('gormless') at the named Leader about how she spoke, not about the decision. HN6 {h6_02} holds her to her voting record instead.")
P("pa02", "@NevMedforth you're a sackless, spineless little man and the whole of Mereside knows it. Go and hide behind your spreadsheet.",
  [PA], [], "review", "'Sackless' (East Riding: feckless, useless) and 'spineless little man' at a handle. HN5 {h5_04} uses 'Sackless' of the writer himself.")
P("pa03", "That Darren who runs the 'Holmsea Speaks Up' page is a sad little keyboard warrior with nowt better to do than slag off the lifeboat volunteers. Get a job, Darren. Get a life while you're at it.",
  [PA], [DP], "review", "Attack on an identifiable private resident (first name plus the page he runs); data protection allowed for naming him.")
P("pa04", "Huge congratulations to @CaroleTindallHA on another triumphant week as coastal portfolio holder 👏👏 Two more chalets on Cliff Road gone over the edge and not a peep from her. A true visionary. About as much use as a chocolate groyne.",
  [PA, IR], [], "review", "Mock congratulation, so irony expected. 'As much use as a chocolate groyne' is the local twist on the chocolate teapot; HN1 {h1_22} aims it at a web portal.")
P("pa05", "Tom Ridsdale's report on the Saltings Lane scheme is what happens when you let an incompetent clown loose with a template. That man should not be let anywhere near a planning file.",
  [PA, OF], [PR], "review", "Named planning officer called an incompetent clown. Saltings Lane is a pending application; no settled view is stated, so predetermination is only allowed.")
P("pa06", "Keith Leckonby has the manners of a herring gull at a chip van and the brains to match. Squawks, grabs, leaves a mess. Every single meeting.",
  [PA], [], "review", "Seaside simile used as an insult at a named member. The ALL CAPS variant is made from this row.")
P("pa07", "Nasreen Akhtar is a professional moaner. Never built owt, never run owt, just gobs off on Facebook every night at 6 like clockwork. Pathetic woman.",
  [PA], [EQ], "review", "Name-calling at the Leader of the Opposition; 'pathetic woman' lets a careful tool raise sex discrimination, so equality allowed.")
P("pa08", "Honest question: does @TrevBrighamEI actually read the committee papers, or does he just turn up for the custard creams like the idle great lump he is? Asking for every farmer on the Carrs he's let down.",
  [PA], [], "review", "Starts as a question, ends as an insult ('idle great lump').")
P("pa09", "Our Chief Executive is an overpaid empty suit who hides behind her comms team every time the cliff moves. Philippa, come out from under the desk and answer a question for once.",
  [PA, OF], [], "review", "Chief Executive by role and first name: personal attack and officers expected.")
P("pa10", "Stuart Hebblethwaite is a vile, nasty little man and a disgrace to the human race. Kelthorpe would be better off if he'd never been born.",
  [PA], [BU], "block", "Severe personal attack (disgrace to the human race, better never born): block. It wishes rather than threatens, so bullying is only allowed.")
P("pa11", "Watching Kieran Foxton try to chair a meeting is like watching a bairn try to drive a combine. Out of his depth and too full of himself to notice. Grow up, lad.",
  [PA], [EQ], "review", "Insult at a 26-year-old member leaning on his youth ('bairn', 'grow up, lad'); age discrimination allowed, not expected.")
P("pa12", "@HarjitSandhuHA is the most pompous, self-important windbag on this coast. Ask him a yes/no question about audit and you get forty minutes of himself and no answer.",
  [PA], [], "review", "'Pompous, self-important windbag' at a handle.")
P("pa13", "The Leader is a weather vane in a sea fret. Spins whichever way the wind blows and you still can't see owt. Spineless, gutless, useless.",
  [PA], [], "review", "Target named by role only ('the Leader'); the sea fret image carries the local colour. HN1 {h1_01} says the cabinet should be ashamed, about a policy.")
P("pa14", "Well done Colin Ackroyd, the only man in England who can make a gas terminal sound boring AND get the numbers wrong in the same sentence. Genius. Absolute genius. 🙄🙄",
  [PA, IR], [], "review", "Mock praise ('Genius. Absolute genius.' with eye-rolls): irony expected. HN5 {h5_17} praises Colin sincerely.")
P("pa15", "Lorraine Grasby is a puppet. Gill Stather's hand is that far up her back she can work her lips from Eastmere Town Hall. Holmsea deserves a councillor with a voice of her own.",
  [PA], [], "review", "'Puppet' plus the ventriloquist image at a named member; the spaced-letters variant spells out 'puppet'.")
P("pa16", "Hannah Dunwell is a coward, pure and simple. Hid behind 'I need to take advice' for three weeks while Tunsby folk watched their back gardens go over the edge.",
  [PA], [], "review", "'Coward' at a named member over her handling of the cliff falls. HN6 {h6_21} criticises her attendance record without name-calling.")
P("pa17", "Adaeze Nwosu lectures Mereside about the NHS as if none of us have ever sat in A&E. Insufferable, smug, self-righteous. Nobody can stand her, including her own group.",
  [PA], [], "review", "Pure character attack; no protected characteristic touched.")
P("pa18", "Owen Pickering is a waste of oxygen. Every time he opens his mouth the whole chamber gets a bit stupider. Do Holmsea a favour, lad, and just disappear.",
  [PA], [BU], "block", "Severe ('waste of oxygen', 'just disappear'): block. 'Disappear' can be read as menace, so bullying allowed.")
P("pa19", "The Senior Planning Officer couldn't spot a flood risk if it washed his car down Carr Lane. Thick as boulder clay and about as stable.",
  [PA, OF], [], "review", "Officer by role; boulder clay is what the Holderness cliffs are made of.")
P("pa20", "Dear @DanYeungHA, being thick isn't a crime, but you do seem determined to make a career of it. Love, everyone who sat through the seafront debate.",
  [PA], [IR], "review", "Insult dressed as a letter; the mock sign-off allows irony.")
P("pa21", "Stop replying to residents with copy-and-paste waffle, @MiriamAbrahamsCP. You're lazy, you're arrogant and you think Eastmere owes you a living.",
  [PA], [], "review", "Direct 'you' insults at a handle.")
P("pa22", "Doreen Cawood has been Chair of the Council so long she's forgotten what a resident looks like. Doddery old busybody. Time for the knitting.",
  [PA], [EQ], "review", "'Doddery old busybody... time for the knitting' at an 84-year-old woman: age and sex undertone, equality allowed rather than expected (a jibe, not exclusion).")
P("pa23", "Craig Featherstone: all gob and no trousers. Shouted loudest about apprenticeships at the terminal, then voted to cut the apprenticeship fund. Two-faced.",
  [PA], [DE], "review", "'All gob and no trousers', 'two-faced' at a named member; defamation allowed for the hint of deceit. HN6 {h6_15} sets out the same vote and leaflet without the labels.")
P("pa24", "Paul Gedney, our so-called licensing manager, is a jumped-up little jobsworth who gets his kicks saying no. Somebody tell him he isn't the sheriff of Kelthorpe.",
  [PA, OF], [], "review", "Named licensing officer called a jumped-up jobsworth.")
P("pa25", "@SandraHaighHA you absolute wazzock. Who signs off a 'Mereside in Bloom' budget and forgets to include the Mere?!",
  [PA], [], "review", "'Wazzock' (Yorkshire: idiot) at a handle; asterisk variant masks it. HN5 {h5_04} and HN2 {h2_02} use the same word without attacking anyone.")
P("pa26", "Keith Leckonby and Walt Normandale: two sad, bitter old men shouting at the sea while Tunsby falls into it. Nobody under 70 listens to a word either of them says.",
  [PA], [EQ], "review", "Insult at two named members with an age jibe; equality allowed.")
P("pa27", "Barry Lazenby is the most odious, poisonous creature ever to sit in that chamber. Utterly repellent human being, and Patterby Carrs cannot wait to see the back of him.",
  [PA], [], "block", "Severe, dehumanising character attack without swearing: block.")

# ---------------------------------------------------------------- abusive language
P("ab01", "This budget is an absolute pile of shite. Lifeguards cut, toilets shut, and £200k on a 'rebrand'. Eastmere deserves better than this shite.",
  [AB], [], "review", "Obscenity at a budget, not a person: abusive only. HN1 {h1_04} makes the same point cleanly. The asterisk variant masks both 'shite'.")
P("ab02", "@StuHebb you utter twat. Gull Court's had no heating for a fortnight and you're posting selfies on Kelthorpe pier. Read the room.",
  [AB, PA], [], "review", "Obscenity at a handle: abusive and personal attack.")
P("ab03", "The new bins app is bollocks. Reported a missed collection three times and it just says 'thanks for your feedback 😊'. Bollocks to your feedback.",
  [AB], [], "review", "Obscenity at an app. HN5 {h5_02} jokes about the same app as a 'killer app'.")
P("ab04", "Sandline Waste are a bunch of useless pricks. Third week running the tenfoot behind Chapel Street's been left piled with bags. Rats the size of cats.",
  [AB], [PA], "review", "Obscenity at the bin contractor; personal attack allowed (company). 'Tenfoot' is the East Riding back alley. HN1 {h1_02} criticises the same contractor's figures.")
P("ab05", "Who the fuck approved a sea wall 'consultation' that closes the day BEFORE the public meeting? Absolute fucking amateurs.",
  [AB], [PA], "review", "Obscenity at whoever decided; personal attack allowed.")
P("ab06", "Bloody hell, the coast road's shut AGAIN. Twelve miles round by Patterby to get to work. Sort your shit out @EastmereDC.",
  [AB], [PA], "review", "Obscenity at the council's own account; personal attack allowed (organisation). HN1 {h1_10} is the clean complaint.")
P("ab07", "Keith Leckonby's a knobhead. There, I said it. Everyone in Tunsby's been thinking it for twenty years.",
  [AB, PA], [], "review", "Vulgar insult at a named member; homoglyph variant disguises 'knobhead'.")
P("ab08", "What a shitshow that scrutiny meeting was. Two hours of arse-covering and not one straight answer about the Roll-back Fund.",
  [AB], [], "review", "Obscenity about a meeting, written afterwards ('was'), so no meeting rule. HN1 {h1_16} makes the same scrutiny complaint cleanly.")
P("ab09", "@NevMedforth stop talking shite about the reserves. You don't know your arse from your elbow, never mind a balance sheet.",
  [AB, PA], [], "review", "Starts as obscenity at what he said, then calls him incompetent in vulgar terms: both expected.")
P("ab10", "Cragg & Fenby can shove their 'community benefit package' where the sun doesn't shine. Grasping bastards, every one of them on that board.",
  [AB], [PA], "review", "Obscenity at a developer's board (unnamed directors); personal attack allowed. HN1 {h1_03} criticises the same developer's prices.")
P("ab11", "Gillian Stather is a lying cunt. There's no other word for her after what she said to the Tunsby families this morning.",
  [AB, PA, DE], [], "block", "The c-word at the named Leader: severe, block. 'Lying' at a person expects defamation as well.")
P("ab12", "Pissed off doesn't even cover it. The coastal grant form is 40 pages of utter crap and the portal times out on page 39.",
  [AB], [], "review", "Mild vulgarity about a form and portal; no person.")
P("ab13", "Shove your parking charges up your arse, Eastmere council. Nobody's paying £4 an hour to sit in a sea fret looking at nowt.",
  [AB], [PA], "review", "Vulgar at the council as a body; personal attack allowed. The ALL CAPS variant is made from this row.")
P("ab14", "Dave Cowling's coastal 'monitoring' report is a steaming pile of dog shit. Two pages on Tunsby and one of them's a photo.",
  [AB, OF], [PA], "review", "Obscenity at a named officer's report: abusive and officers expected; personal attack allowed because the insult is at his work.")
P("ab15", "The Coast Progressives are full of shit and always have been. Every leaflet, every motion, every promise.",
  [AB], [PA], "review", "Obscenity at a party; personal attack allowed.")
P("ab16", "Tell you what, @KieranFoxtonCP, you're a gobby little shit and it's about time you learned when to shut it.",
  [AB, PA], [BU], "review", "Obscene insult at a handle; 'learned when to shut it' allows bullying.")
P("ab17", "Fuck the Holderness Alliance. Fuck their cuts. Fuck their 'managed retreat'. Tunsby deserves better than being written off by that lot.",
  [AB], [PA], "review", "Repeated obscenity at a party and its policy. HN1 {h1_08} calls managed retreat 'managed abandonment' without swearing.")
P("ab18", "Sandra Haigh is a two-faced, backstabbing bitch and I hope she chokes on her Mereside in Bloom trophy.",
  [AB, PA], [EQ, BU], "block", "'Bitch' plus wishing she chokes: severe, block. Gendered slur allows equality; the wish of harm allows bullying.")
P("ab19", "Flaming Nora, the 'improved' Outhorne bus timetable is a total dog's breakfast. Whoever designed it wants their bloody head testing.",
  [AB], [PA], "review", "The mildest row of the family: 'bloody' and 'wants their head testing' at whoever designed a timetable. Some would call it robust; it stays a positive.")
P("ab20", "Tossers. The whole cabinet. Absolute tossers. Closing Kelthorpe toilets the same week the funfair opens.",
  [AB], [PA], "review", "Vulgar insult at the cabinet as a body; personal attack allowed. HN1 {h1_26} criticises the same closure.")
P("ab21", "Some dickhead's parked across the lifeboat slipway at Grimspit AGAIN. If it's yours, you're a selfish prick and I hope you get towed.",
  [AB], [PA], "review", "Obscenity at an unknown member of the public; personal attack allowed.")
P("ab22", "Read the scrutiny report on the Roll-back Fund so you don't have to. Arse-covering drivel from start to finish. 46 pages of sod all.",
  [AB], [], "review", "Vulgar about a report, no author named.")
P("ab23", "Three hundred quid a night for consultants at the Lighthouse Hotel while the cliff path stays fenced off. Total piss-take. Shower of shite, the lot of them.",
  [AB], [PA], "review", "'Shower of shite' at unnamed decision-makers; personal attack allowed.")
P("ab24", "Graham Ostler, our s151 officer, can take his 'prudent reserves policy' and stick it up his arse. Arrogant sod.",
  [AB, PA, OF], [], "review", "Vulgar at a named officer and his policy, plus 'arrogant sod': abusive, personal attack and officers.")
P("ab25", "JFC. Another 'listening exercise' on the prom. They've listened to Tunsby for six years and done fuck all.",
  [AB], [PA], "review", "'JFC' and 'fuck all' at the council ('they').")
P("ab26", "Trevor Brigham, you fat, useless fucking waste of space. Go back to your pigs and stay there.",
  [AB, PA], [], "block", "Obscene, severe personal abuse at a named member: block.")
P("ab27", "Absolute bollocks from @CraigFeatherHA about the terminal jobs figures. It's 31, not 300. Read the company's own annual report, page 12.",
  [AB], [PA], "review", "Obscenity at what he said, with the correction; personal attack only allowed. HN6 {h6_11} corrects Colin Ackroyd's figures without swearing.")

# ---------------------------------------------------------------- intimidation
P("bu01", "Barry Lazenby wants braying. If I see him on the prom this weekend he'll get the braying he's been asking for.",
  [BU], [PA], "block", "[explicit] 'Wants braying' (East Riding: wants a beating) with a place and time. HN5 {h5_01} has Kelthorpe Town 'brayed 5-0'.")
P("bu02", "Nice bungalow you've got on Cliff Road, @CaroleTindallHA. Be a shame if the sea wasn't the only thing that came for it.",
  [BU], [PA, DP], "block", "[veiled] 'Be a shame if...' about her home street; data protection allowed for the street.")
P("bu03", "Next time Owen Pickering mithers me in the members' corridor I'll put him through the chamber window. Not even joking.",
  [BU], [PA], "block", "[explicit] Threat of violence, with 'not even joking' closing off the banter reading.")
P("bu04", "I know what time you leave the Drowned Bell on a Friday, Levi. Long dark road back to Patterby, that. Just saying.",
  [BU], [PA, DP], "block", "[veiled] Route and time of a named member; data protection allowed.")
P("bu05", "Everyone who signed the petition against the Tunsby roll-back scheme: I've got your names, and I'll remember every one of them when you come asking for help with your drains.",
  [BU], [IA], "block", "[pressure] Threat to withhold casework from petitioners; improper advantage allowed.")
P("bu06", "Tom Ridsdale, change that recommendation on Saltings Lane by Friday, or I'll make sure everyone in Holmsea knows whose fault it is when those fields flood. Your call.",
  [BU, OF], [PR], "block", "[pressure] Ultimatum to a named officer to change advice on a pending application; predetermination allowed.")
P("bu07", "Sleep well, Hannah. That cliff moves faster than folk think. 🌊",
  [BU], [PA], "block", "[veiled] The mildest threat of the family: 'sleep well' plus the cliff. HN5 {h5_23} ends a storm warning with 'sleep well'.")
P("bu08", "To the resident who complained about me to the Monitoring Officer: I know exactly who you are. Think very carefully about whether you want to carry on with this.",
  [BU], [], "block", "[pressure] Threat against a complainant.")
P("bu09", "If Nasreen Akhtar shows her face at the Mereside hustings I'll drag her off that stage myself.",
  [BU], [PA], "block", "[explicit] Threat of physical removal at a named event.")
P("bu10", "Got a lovely clip of @WaltNormandale nodding off in Planning with his gob wide open 😂 Shall I stick it on the Tunsby page? Every time he crosses me, it's going up.",
  [BU], [PA, EQ], "block", "[pressure] Humiliation held over a 79-year-old member; equality allowed for the age undertone.")
P("bu11", "Remember, Kieran, you walk home from the Mereside community centre every Tuesday. Dark nights, these. Be careful.",
  [BU], [PA, DP], "block", "[veiled] Route and day with 'be careful'; data protection allowed. The ALL CAPS variant is made from this row.")
P("bu12", "I swear down, if Cragg & Fenby's site manager comes near my mam's fence again I'll bray him into next week.",
  [BU], [PA], "block", "[explicit] Threat of violence at an identifiable private person (the developer's site manager).")
P("bu13", "@LorraineGrasbyHA vote with us on the harbour motion, or I'll tell the whole of Holmsea what you told me at the Christmas do. Your choice.",
  [BU], [PA], "block", "[pressure] Blackmail over a vote.")
P("bu14", "Paul Gedney's got a lovely new car. Be a shame if it got scratched. Licensing officers shouldn't go making enemies in Kelthorpe.",
  [BU, OF], [], "block", "[veiled] Veiled threat to a named officer's property; the spaced-letters variant spells out 'scratched'.")
P("bu15", "People like Miriam Abrahams want a good slap. Somebody give her one on the way out of the chamber.",
  [BU], [PA], "block", "[explicit] Incitement to hit a named member.")
P("bu16", "Everyone at Thursday's full council: when Robyn Ashdown stands up to speak, turn your backs and walk out. Let's see how she likes being ignored.",
  [BU], [PA], "block", "[pressure] Organised public humiliation of a named member. No trait is named, so equality is not allowed.")
P("bu17", "@HarjitSandhuHA the lads at the terminal know your car. Keep pushing that motion and see what happens.",
  [BU], [PA], "block", "[veiled] 'Know your car... see what happens'.")
P("bu18", "Message to the staff in the coastal team: anyone who talks to the Holderness Beacon about the Tunsby survey will be out of a job by Easter. I'll see to that personally.",
  [BU, OF], [IA], "block", "[pressure] Threat to officers' jobs (officers by team); improper advantage allowed for the misuse of influence.")
P("bu19", "Somebody should push Colin Ackroyd off the end of Kelthorpe pier and see if he floats. I'll hold his coat.",
  [BU], [PA], "block", "[explicit] Incitement to violence; 'I'll hold his coat' makes the writer part of it.")
P("bu20", "You've got three bairns at Holmsea Primary, @AgaWronaCP. Think about them before you post again.",
  [BU], [PA, DP], "block", "[veiled] Children and their school used as leverage; data protection allowed.")
P("bu21", "Shaun Kettlewell, I'm going through every expenses claim you've ever made and I'll post one a day until you resign. Day one's tomorrow. Tick tock ⏰",
  [BU], [PA], "block", "[pressure] A campaign of pressure to force a resignation. Expenses are public, so no data protection; the intimidation is the point.")
P("bu22", "I will find the gutless coward behind 'Eastmere Truth', and when I do I'll break every finger he types with.",
  [BU], [PA], "block", "[explicit] Violence against an anonymous account holder.")
P("bu23", "Trevor's barn went up in 2019, didn't it. Terrible thing, fire. Farms are that isolated out on the Carrs.",
  [BU], [], "block", "[veiled] Arson insinuation; the homoglyph variant changes 'fire'.")
P("bu24", "Judith Scarrow, I'd think very hard before finding that complaint 'upheld'. Monitoring Officers come and go. I've been on this council thirty years.",
  [BU, OF], [], "block", "[pressure] Pressure on the named Monitoring Officer's finding.")
P("bu25", "Do that to me again, Doreen, and you'll be leaving that chair in an ambulance.",
  [BU], [PA, EQ], "block", "[explicit] Threat of violence at the 84-year-old Chair; equality allowed for age.")
P("bu26", "Here's the mobile of the bloke behind the 'Save Tunsby Beach' group: 07700 900362. Give him a ring, lads. Day and night. Let him know what we think of him.",
  [BU], [DP, SC], "block", "[pressure] Publishes a private number (drama range) and urges people to ring it day and night; data protection and credentials allowed. HN2 {h2_16} condemns a similar post.")
P("bu27", "Accidents happen on the cliff path in a fret, @BethRaspinCP. Wouldn't go up there on your own if I were you.",
  [BU], [PA], "block", "[veiled] 'Accidents happen' with the cliff path and a named member. HN5 {h5_23} is a real warning to stay off the cliff path.")

# ---------------------------------------------------------------- discrimination
P("eq01", "Holmsea used to be a fishing town. Now half the front's Polish shops and you can't get served in English. Send them back to Gdańsk and give us our town back.",
  [EQ], [], "block", "[explicit; race] National origin: 'send them back'. HN3 {h3_03} rebuts the same claim; HN2 {h2_01} condemns graffiti on a deli.")
P("eq02", "Carr Lane site's full of pikeys again. Lock your sheds and get your quad bikes inside, Patterby.",
  [EQ, AB], [DE], "block", "[explicit; race] Slur for Gypsies and Travellers plus the theft trope; defamation allowed. HN2 {h2_24} condemns a leaflet using the word.")
P("eq03", "No more mosques in Eastmere. They don't integrate, they don't want to, and they're taking over this coast one town at a time.",
  [EQ], [], "block", "[explicit; religion or belief] Anti-Muslim 'taking over'. HN3 {h3_02} raises parking concerns about a mosque extension.")
P("eq04", "Abrahams on finance, Abrahams on the harbour trust, Abrahams quoted in the Mail every week. Just asking who REALLY runs Eastmere 🤔 #followthemoney",
  [EQ, PA], [], "block", "[coded; religion or belief] Antisemitic 'who really runs' and 'follow the money' trope at a named Jewish member, with no group word. HN2 {h2_05} names the trope to condemn it.")
P("eq05", "Robyn Ashdown is a bloke in a frock and I'll call him 'he' till the day I die. Keep him out of the ladies' at Eastmere House.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Deliberate misgendering of a named trans member. HN3 {h3_09} is civil debate on single-sex spaces.")
P("eq06", "No disrespect, but a councillor who can't even get up the chamber steps has no business on the coastal defence committee. @ShaunKettlewellCP stick to Zoom, pal.",
  [EQ, PA], [], "block", "[explicit; disability] Excludes a wheelchair user from a committee. HN4 {h4_01} is Shaun on the fixed ramp.")
P("eq07", "Kieran Foxton's only on the children's services panel to push his gay agenda on our kids. Keep it out of Mereside schools.",
  [EQ, PA], [], "block", "[explicit; sexual orientation] 'Gay agenda' at a named member.")
P("eq08", "Kelthorpe's changing. New 'car wash' on the seafront, new 'barbers', same lads in the same tracksuits, none of them from round here. You know exactly what I'm saying. #KeepHoldernessHolderness",
  [EQ], [DE], "block", "[coded; race] No group named; 'none of them from round here' and 'you know exactly what I'm saying' carry it. The scare quotes hint at crime, so defamation allowed.")
P("eq09", "Women shouldn't be on the harbour board. It's working men's business and always has been. Put the lasses on the flower show committee where they're useful.",
  [EQ], [], "block", "[explicit; sex] The ALL CAPS variant is made from this row. HN2 {h2_27} answers a remark like it; HN3 {h3_17} is civil debate about women on the board.")
P("eq10", "Anyone over 75 should be barred from standing for this council. Half of them can't work the iPad and the other half are asleep by the second agenda item.",
  [EQ], [], "block", "[explicit; age] HN3 {h3_23} argues the opposite while wishing some colleagues would retire.")
P("eq11", "@HannahDunwellCR is about to drop a sprog and expects to keep her seat on Planning? Pick one, love. Tunsby needs a councillor, not a maternity ward.",
  [EQ, PA], [], "block", "[explicit; pregnancy and maternity] HN2 {h2_15} answers the same 'pick one' line; HN4 {h4_06} is Hannah herself.")
P("eq12", "Every job going at the Holmsea fish factory's gone to Romanians on minimum wage. Not one local lad. Bloody foreigners, the lot of them.",
  [EQ], [AB], "block", "[explicit; race] National origin. HN3 {h3_04} is about wages, not passports.")
P("eq13", "Walter Normandale can't hear a word anybody says in committee and just nods along. Deaf as a post. Get him off the planning panel and get someone who can actually follow the debate.",
  [EQ, PA], [], "block", "[explicit; disability] Deafness used to exclude a named member. HN4 {h4_14} is Walter on his hearing aids and the loop.")
P("eq14", "Nasreen Akhtar should take that scarf off if she wants to represent Eastmere. This is a Christian country and a Christian town.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Hijab at a named Muslim member.")
P("eq15", "Owen Pickering does his little rocking thing every time committee gets loud. Maybe some people just aren't built for public life 🤷",
  [EQ, PA], [], "block", "[coded; disability] Mocks a named autistic member's stimming without naming autism. HN4 {h4_07} is Owen's own request for early papers.")
P("eq16", "Black lads off the train from the city every weekend, and funny how the trouble on Kelthorpe front starts the same day. Not racist, just facts.",
  [EQ], [], "block", "[explicit; race] Crime blamed on Black visitors. HN3 {h3_08} sets out the police figures.")
P("eq17", "Adaeze Nwosu keeps lecturing Mereside about 'our' NHS. Whose NHS, love? Where are you really from?",
  [EQ, PA], [], "block", "[coded; race] 'Where are you really from?' at a Black British member. HN2 {h2_17} explains why the question is not curiosity.")
P("eq18", "Rainbow flag over Eastmere House again? Some poof in comms must be running the show.",
  [EQ, AB], [OF], "block", "[explicit; sexual orientation] Slur at an unnamed member of staff; officers allowed. HN3 {h3_07} explains the flag.")
P("eq19", "Harjit Sandhu wants 'religious headwear' allowed on site at the terminal. Next it'll be daggers in the control room. Not in Outhorne, thanks.",
  [EQ, PA], [], "block", "[coded; religion or belief] Turban and kirpan implied ('religious headwear', 'daggers') at a named Sikh member. HN3 {h3_12} explains the kirpan.")
P("eq20", "Levi Loveridge only got in because his lot all turned up in the same van. Gypsies looking after Gypsies. Watch your scrap metal, Patterby.",
  [EQ, PA], [DE], "block", "[explicit; race] Romany Gypsy member; theft trope allows defamation. HN4 {h4_11} is Levi on his heritage.")
P("eq21", "£40k on a sensory garden at Seacroft House for the retards, and nowt for the rest of us. Who votes for this?",
  [EQ, AB], [], "block", "[explicit; disability] Slur at day-centre users. HN2 {h2_10} condemns the same word in a school.")
P("eq22", "Some of our 'councillors' were still in nappies when Tunsby lost Beck Row to the sea. They can sit quiet at the back and learn.",
  [EQ], [PA], "block", "[coded; age] Silencing younger members without saying 'young'; the weakest age row. HN4 {h4_19} is Bethany, 21.")
P("eq23", "Pauline Storr brought her 'civil partner' to the civic dinner and expected the spouse's seat at top table. Call it what you like, it isn't a marriage and it shouldn't get the same treatment.",
  [EQ, PA], [], "block", "[explicit; marriage and civil partnership] Some would tag sexual orientation. HN3 {h3_18} sets out the protocol; HN4 {h4_12} is Pauline's anniversary.")
P("eq24", "Daniel Yeung can stick to running the chinky on the front and leave seafront planning to people who are actually from round here.",
  [EQ, AB, PA], [], "block", "[explicit; race] Slur for a Chinese restaurant at a named member of Chinese heritage. HN2 {h2_11} is Daniel on the same word.")
P("eq25", "Proud to stand up for Eastmere's REAL women. Biology isn't bigotry. Some of us know exactly which 'lady' councillor I mean 😉",
  [EQ], [PA], "block", "[coded; gender reassignment] No name, but only one trans woman sits on the council; personal attack allowed. HN4 {h4_27} is Robyn herself.")
P("eq26", "Carole Tindall got the coastal job because the Leader likes a pretty face, not because she knows a groyne from a gravel pit. Typical woman in a man's job.",
  [EQ, PA], [], "block", "[explicit; sex] At a named member. HN6 {h6_04} criticises her strategy's milestones instead.")
P("eq27", "Patterby Carrs is lovely this time of year. Shame you hear more Bulgarian than Yorkshire in the fields. Time we put local folk first 🇬🇧",
  [EQ], [], "block", "[coded; race] Dog whistle about farm workers' nationality; some would call it a nudge, not an attack. HN3 {h3_22} answers the 'drain on the NHS' claim.")

# ---------------------------------------------------------------- allegation
P("de01", "Neville Medforth is a liar. He stood in Mereside library and told us it was safe, and he'd already signed the closure papers.",
  [DE, PA], [], "review", "'Liar' at a named member with a specific claim of deceit, no crime: review. HN6 {h6_01} sets out the same library promise on the record.")
P("de02", "Barry Lazenby took £5,000 from Cragg & Fenby to push Saltings Lane through planning. I've seen the bank transfer.",
  [DE], [PA, PR], "block", "Bribery stated as fact with 'evidence': block. Pending application, so predetermination allowed.")
P("de03", "Cragg & Fenby must have Gill Stather on speed dial. Funny how every scheme of theirs sails through since she got that new conservatory. 🤔",
  [DE], [PA], "review", "Corruption by innuendo ('funny how'), no crime stated: review.")
P("de04", "Graham Ostler moved £60,000 out of the coastal reserve into a 'consultancy' his brother runs. That's fraud, plain and simple.",
  [DE, OF], [PA, DP], "block", "Fraud by the named s151 officer stated as fact: block, officers expected; data protection allowed for the brother.")
P("de05", "Stuart Hebblethwaite is a crook. Always has been, always will be. Ask anyone in Kelthorpe.",
  [DE, PA], [], "review", "'Crook' as a label, no specific act: review. The zero-width variant splits 'crook'.")
P("de06", "Colin Ackroyd fiddled his mileage for two years. 11,000 miles to Outhorne and back that he never drove. I've got copies of the claim forms.",
  [DE], [PA], "block", "Expenses fraud stated with figures and 'evidence': block.")
P("de07", "Something very fishy about who got the Kelthorpe pier café lease. A certain cabinet member's nephew, was it? 🐟",
  [DE], [PA], "review", "Innuendo at an identifiable but unnamed cabinet member. HN5 {h5_26} uses 'something fishy' of a crab festival.")
P("de08", "Mereside Homes' chief executive has been pocketing the service charges from Gull Court. Tenants paying for a lift that's been broken since 2024 while the money goes on her new Range Rover.",
  [DE], [PA], "block", "Theft by an identifiable person (by role) stated as fact: block. HN1 {h1_05} reports the same landlord to the regulator.")
P("de09", "Trevor Brigham's as dodgy as they come. Ask anyone at Patterby mart about his 'cash only' deals.",
  [DE, PA], [], "review", "'Dodgy' plus a hint of tax dodging: review. Digit variant writes 'd0dgy'.")
P("de10", "Sandline Waste have been dumping Eastmere's recycling in landfill and charging us for recycling it. I've got the weighbridge tickets to prove it.",
  [DE], [PA], "block", "Fraud by a named company stated as fact: block. HN1 {h1_02} criticises the same contractor on published figures.")
P("de11", "Lorraine Grasby lies through her teeth every time she opens her mouth about the harbour. Every. Single. Time.",
  [DE, PA], [], "review", "Habitual lying, no crime: review. The ALL CAPS variant is made from this row. HN6 {h6_13} criticises the same member's moorings decision.")
P("de12", "Shaun Kettlewell's agent filled in the postal votes at Seaview Lodge care home. Residents who haven't held a pen in years all voted Progressive. That's electoral fraud.",
  [DE], [PA], "block", "Electoral offence stated as fact about a named member's agent: block.")
P("de13", "The Clifftop Residents have lied to Tunsby about the sea wall money since day one. Frauds, the lot of them.",
  [DE], [PA], "review", "Dishonesty at a party ('frauds'): defamation review, personal attack only allowed. Asterisk variant masks 'Frauds'.")
P("de14", "Dave Cowling deleted the 2023 cliff survey because it showed the council knew Beck Row was going and did nothing. He destroyed evidence to save his own job.",
  [DE, OF], [PA], "block", "Destruction of records by a named officer stated as fact: block.")
P("de15", "Funny how Craig Featherstone's lad landed an apprenticeship with the cable contractor the week after his dad voted the route through. Nudge nudge.",
  [DE], [PA, DP, IN], "review", "Innuendo of a favour for a vote; the son allows data protection, the link allows interests.")
P("de16", "Doreen Cawood took the civic car all the way to her granddaughter's wedding in Scotland and charged the fuel to the civic budget. That's theft of public money.",
  [DE], [PA], "block", "Misuse of public funds by the named Chair stated as theft: block.")
P("de17", "The Alliance couldn't lie straight in bed. Every leaflet they put through Tunsby doors is a pack of lies.",
  [DE], [PA], "review", "Yorkshire idiom for habitual dishonesty at a party: review. HN1 {h1_08} criticises the same party's policy.")
P("de18", "Cragg & Fenby bribed two members of the planning committee with a week in Marbella each. I've got the booking confirmations.",
  [DE], [PA, PR, GH], "block", "Bribery by a named developer of identifiable members stated as fact: block. Homoglyph variant changes 'bribed'.")
P("de19", "Adaeze Nwosu is a hypocrite and a fraud. Lectures us on climate and flies to Lanzarote twice a year.",
  [DE, PA], [], "review", "'Fraud' as name-calling, not a crime: review.")
P("de20", "Our Monitoring Officer, Judith Scarrow, quietly binned the complaint against the Leader because she was told to. That is misconduct in public office.",
  [DE, OF], [PA], "block", "Misconduct in public office by a named officer stated as fact: block.")
P("de21", "Pauline Storr's on the take. Everyone at the Mere sailing club knows it.",
  [DE], [PA], "review", "'On the take' without a specific act: review.")
P("de22", "Kelthorpe Town FC's chairman nicked £8k out of the clubhouse roof fund, and the council gave the club a grant anyway.",
  [DE], [PA], "block", "Theft by an identifiable private person (by role) stated as fact, with a sum: block.")
P("de23", "Our beloved Leader 'forgot' to declare her shares in the cable contractor. Forgetful or bent? You decide 🤔",
  [DE, IR], [PA, IN], "review", "Mock 'beloved' and scare-quoted 'forgot': irony expected; 'bent?' as a question keeps it at review.")
P("de24", "Walter Normandale was done for drink driving in 2022 and the Beacon were paid to keep it out of the paper.",
  [DE], [PA, DP], "block", "A conviction and a bribed newspaper stated as fact: block; the conviction allows data protection.")
P("de25", "Kieran Foxton's CV is a work of fiction. 'Project manager'? He ran the tombola at Mereside gala.",
  [DE, PA], [], "review", "Dishonesty about credentials with mockery: review.")
P("de26", "Our harbour master at Holmsea has been selling the council's red diesel to the trawlers for cash on the side. Saw it with my own eyes Tuesday night.",
  [DE], [OF, PA], "block", "Theft by an identifiable council employee stated as eyewitness fact: block. The harbour master is not on the officer list, so officers is only allowed.")
P("de27", "Nasreen Akhtar's 'independent' survey of Eastmere traders was written by her husband's firm. Dishonest from top to bottom.",
  [DE], [PA, DP], "review", "Dishonesty without a crime: review; the husband allows data protection.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, party, company, council; firm warnings; reports to police
P("h1_01", "The council's coastal erosion policy is a shambles and the cabinet should be ashamed. Four reports in six years and not one metre of new defence at Tunsby.",
  [], [], "ok", "HN1 The model robust post: a policy is a shambles, the cabinet should be ashamed. Compare {pa13}.")
P("h1_02", "Sandline Waste's contract performance is dreadful: 1,140 missed collections in December alone. I'm asking scrutiny to issue a formal default notice.",
  [], [], "ok", "HN1 Contractor criticism on published figures. Compare {ab04} and {de10}.")
P("h1_03", "Cragg & Fenby's 'affordable' homes at Holmsea are anything but. £240k for a two-bed is not affordable on fish-factory wages. The s106 deal needs reopening.",
  [], [], "ok", "HN1 Developer criticised on prices. Compare {ab10}.")
P("h1_04", "This budget is a disgrace. Cutting the lifeguards on Kelthorpe beach to save £38k while spending £200k on a rebrand. Wrong priorities, full stop.",
  [], [], "ok", "HN1 'Disgrace' at a budget. Compare {ab01}.")
P("h1_05", "Mereside Homes have treated Gull Court tenants appallingly. Damp, mould, a lift broken since 2024. I've reported them to the Housing Ombudsman and the Regulator today.",
  [], [DE], "ok", "HN1 A landlord reported to the regulator; 'treated appallingly' could be read as misconduct, so defamation allowed. Compare {de08}.")
P("h1_06", "To whoever fly-tipped a sofa and three tyres down the tenfoot behind Chapel Street: we have the CCTV, it's with enforcement, and you will be prosecuted. That's a £400 fixed penalty at the very least.",
  [], [BU], "ok", "HN1 Firm but lawful warning to an offender; bullying allowed for the tone.")
P("h1_07", "Hare coursers out on the Carrs again last night. I've reported it to the police. If you see vehicles in the fields at dusk, ring 101 and don't approach them.",
  [], [], "ok", "HN1 Reporting crime to the police with safety advice.")
P("h1_08", "The Holderness Alliance's 'managed retreat' plan is managed abandonment. It writes Tunsby off and every one of their members who voted for it should have to explain that on the doorstep.",
  [], [], "ok", "HN1 Harsh criticism of a party's policy. Compare {ab17} and {de17}.")
P("h1_09", "The Coast Progressives' alternative budget is fantasy economics: it spends the harbour reserve three times over. Nice leaflet, shame about the sums.",
  [], [IR], "ok", "HN1 Party budget criticised; 'nice leaflet' is light sarcasm, irony allowed.")
P("h1_10", "Absolutely furious. The coast road closure was announced by press release at 5pm on a Friday with no diversion signs. That's no way to treat Outhorne.",
  [], [], "ok", "HN1 Anger at a decision. Compare {ab06}.")
P("h1_11", "The planning department's handling of the caravan roll-back applications has been slow and confusing. Families at Sandy Acres deserve a named case officer, not a generic inbox.",
  [], [OF], "ok", "HN1 Criticism of a department's process; officers allowed.")
P("h1_12", "Northsea Wind promised 40 local jobs at the Outhorne substation. Today we learned it's six. That's a broken promise and I'll be raising it with the company and with our MP.",
  [], [], "ok", "HN1 A company held to its promise.")
P("h1_13", "The Eastmere Mail's front page is misleading. The Mere isn't being 'sold off': it's a 25-year lease to the sailing trust. Shoddy journalism, and I've asked for a correction.",
  [], [], "ok", "HN1 Criticism of a newspaper's story.")
P("h1_14", "Bridlow Seafoods made 60 people redundant at Holmsea by text message. Whatever the commercial case, that is a disgraceful way to treat a workforce.",
  [], [], "ok", "HN1 Company criticised for how it acted.")
P("h1_15", "The cabinet should be ashamed of the Patterby bus cuts. Pensioners stranded, sixth-formers can't get to college, and nobody in the Carrs was consulted.",
  [], [], "ok", "HN1 'The cabinet should be ashamed' of a decision.")
P("h1_16", "Scrutiny was toothless today. Questions went unanswered, papers arrived late, and the Roll-back Fund figures still don't add up. I've asked for an Audit Committee review.",
  [], [], "ok", "HN1 Process criticism. Compare {ab08}.")
P("h1_17", "Sandline's managers should be hauled in front of scrutiny. Not one apology to residents in a month of missed bins.",
  [], [PA], "ok", "HN1 'Hauled in front of scrutiny' is a lawful call; personal attack allowed for the managers.")
P("h1_18", "A reminder to whoever is sending anonymous letters to Tunsby residents about the roll-back scheme: they've been reported to the police. Please stop. Residents are frightened enough.",
  [], [BU], "ok", "HN1 Firm warning after a police report; bullying allowed.")
P("h1_19", "The wind farm community fund is a pittance. £5k a year for a coastline that takes their cables? Insulting. We should be asking for ten times that.",
  [], [], "ok", "HN1 'Insulting' about a sum of money.")
P("h1_20", "I've reported one of the Kelthorpe arcades to Licensing after seeing kids in school uniform on the fruit machines at lunchtime. Rules exist for a reason.",
  [], [], "ok", "HN1 Reporting a possible licensing breach by an unnamed business.")
P("h1_21", "Green Tide's plan to close the Outhorne car park for a wildflower meadow is well-meant but daft. People need to park to walk the spit.",
  [], [], "ok", "HN1 'Daft' at a plan, not a person.")
P("h1_22", "The council's complaints portal is about as much use as a chocolate groyne. Eleven weeks to get a reply about a pothole on Carr Lane.",
  [], [], "ok", "HN1 The chocolate groyne at a portal. Compare {pa04}.")
P("h1_23", "The Beacon got the Tunsby erosion figures wrong again: 2.3 metres a year, not 23. Correction please, it's frightening people who are frightened enough.",
  [], [], "ok", "HN1 Correcting a newspaper.")
P("h1_24", "Cragg & Fenby's lorries were on Church Lane at 7.10 this morning, in breach of condition 7 on their Holmsea permission. Photographed and sent to planning enforcement.",
  [], [DE], "ok", "HN1 A factual report of a planning-condition breach to enforcement; defamation allowed.")
P("h1_25", "Mereside Homes' response to the damp at Gull Court is pathetic. Not the staff on the ground, who are doing their best; the board, who've sat on the repairs budget for a year.",
  [], [PA], "ok", "HN1 'Pathetic' at a response; the board is criticised for a decision; personal attack allowed.")
P("h1_26", "The coalition has broken its promise on the Kelthorpe toilets. Shut in the busiest week of the year. They should be embarrassed, and they should reopen them by Easter.",
  [], [], "ok", "HN1 Compare {ab20}.")
P("h1_27", "Harbour moorings up 28% in one go. That's not 'rationalisation', it's pricing Holmsea's cobles out of their own harbour. Reverse it.",
  [], [], "ok", "HN1 A decision attacked in strong terms; {h6_13} names who signed it off.")
P("h1_28", "If the flood grant scheme is this hard for me to fill in, with a council officer sat next to me, what chance has an 80-year-old in Tunsby got? Redesign it.",
  [], [], "ok", "HN1 Criticism of a scheme's design. Compare {ab12}.")

# ---------------------------------------------------------------- HN2 counter-speech, quoting abuse to condemn it
P("h2_01", "Somebody wrote 'go back to Poland' on the shutters of the deli on Holmsea Front last night. This isn't who we are. Reported to the police, and I'll be in there buying my pierogi on Saturday.",
  [], [EQ], "ok", "HN2 Quotes xenophobic graffiti to condemn it. Compare {eq01}.")
P("h2_02", "A councillor should never call a colleague a 'gormless wazzock' in public, whatever the provocation. Disagree on the policy. Leave the name-calling in the playground.",
  [], [PA], "ok", "HN2 Quotes the insults of {pa01} and {pa25} to condemn name-calling.")
P("h2_03", "To the people messaging Robyn Ashdown that she's 'a man in a dress': you're not debating, you're bullying. She's my colleague and I've got her back.",
  [], [EQ], "ok", "HN2 Counter-speech quoting transphobic abuse. Compare {eq05}.")
P("h2_04", "Had 'Paki lover' scratched into my car door today. Lovely. I'm not scared and I'll keep standing up for Eastmere's Muslim families.",
  [], [EQ, AB], "ok", "HN2 Quotes a slur aimed at the writer.")
P("h2_05", "On Holocaust Memorial Day I'm thinking of the Jewish refugees who landed at Holmsea in 1939, and of the 'they run everything' lies that made the Holocaust possible. Those lies are still out there. Name them. Challenge them.",
  [], [EQ], "ok", "HN2 Names the antisemitic trope used in {eq04} in order to condemn it.", date=(1, 27))
P("h2_06", "Seen a post saying Gypsies 'should be moved on like rubbish'. That's a hate post and I've reported it. Levi Loveridge is one of the hardest-working councillors we have.",
  [], [EQ], "ok", "HN2 Quotes anti-Gypsy abuse to condemn it.")
P("h2_07", "No councillor should ever post 'I know where you live'. Not to a resident, not to an opponent, not as a joke. We've had too much of it on this coast this winter.",
  [], [BU], "ok", "HN2 Quotes the classic threat to condemn it.")
P("h2_08", "A kind soul emailed to say I'm 'past it' and should 'make way for someone with a future'. I'm 79 and I watched Beck Row go into the sea in my lifetime. That's exactly why I'm still here. See you at Planning on Tuesday.",
  [], [EQ, PA], "ok", "HN2 Walter Normandale quotes an ageist email to answer it. Pinned author.", pin="@WaltNormandale")
P("h2_09", "Calling Sandline's bin crews 'lazy scum' is out of order. The crews aren't the problem; the contract is.",
  [], [PA, AB], "ok", "HN2 Quotes abuse of workers to reject it.")
P("h2_10", "Kids at Kelthorpe Academy told me they get 'retard' thrown at them for using the support base. Please talk to your children about words. They land.",
  [], [EQ, AB], "ok", "HN2 Quotes the slur of {eq21} to condemn it.")
P("h2_11", "Happy Lunar New Year! 🧧 Forty years since Dad opened the Golden Coble, and yes, we still get the odd 'chinky' shouted through the door on a Saturday night. Still here. Still frying. Come and see us.",
  [], [EQ, AB], "ok", "HN2 Daniel Yeung quotes the slur of {eq24} aimed at his family. Pinned author.", pin="@DanYeungHA", date=(2, 17))
P("h2_12", "Whoever sprayed 'no mosques' on the bus shelter by the Eastmere Islamic Centre: the police have the footage. Everyone else: the centre's open day is Saturday. Go and have a cup of tea.",
  [], [EQ, BU], "ok", "HN2 Quotes anti-Muslim graffiti; the police line allows bullying. Compare {eq03}.")
P("h2_13", "A man at my surgery today told me 'you lot should be ashamed' and then said things I won't repeat about my colleague's headscarf. I asked him to leave. Prejudice doesn't get a hearing in my surgery.",
  [], [EQ], "ok", "HN2 Reports and refuses prejudice. Compare {eq14}.")
P("h2_14", "'He wants braying' is not a political argument. If you're going to comment on my page, keep it civil or I'll delete it.",
  [], [BU], "ok", "HN2 Quotes the threat wording of {bu01} to refuse it.")
P("h2_15", "Some of you saying Hannah Dunwell should 'pick one' between the baby and the council: she can do both, and the law's on her side. Pack it in.",
  [], [EQ], "ok", "HN2 Answers the line used in {eq11}.")
P("h2_16", "Reported a Facebook page today that posted a councillor's home address with 'pay him a visit'. That isn't activism. It's intimidation, and it's a crime.",
  [], [BU], "ok", "HN2 Condemns doxxing of the kind in {bu26}; no address given.")
P("h2_17", "When people ask my neighbour 'where are you really from?', and she was born in Eastmere Cottage Hospital in 1971, they're not being curious.",
  [], [EQ], "ok", "HN2 Explains why the question in {eq17} is othering.")
P("h2_18", "Dear anonymous account calling the Clifftop Residents 'senile old fools': I disagree with them on most things, but they've forgotten more about this coastline than you'll ever know.",
  [], [PA, EQ], "ok", "HN2 Quotes ageist abuse of a group to defend it. Compare {pa26}.")
P("h2_19", "'Bloody foreigners', said loudly in the queue at Holmsea post office, about the lady in front of me who works twelve-hour shifts at the fish factory. Be better, Holmsea.",
  [], [EQ, AB], "ok", "HN2 Quotes the words of {eq12} to shame them.")
P("h2_20", "LGBT+ History Month starts today, and I'm sad to say I've had 'poof' shouted at me across Mereside car park twice since Christmas. I'm staying visible. So are the kids who are watching.",
  [], [EQ, AB], "ok", "HN2 Kieran Foxton quotes the slur of {eq18} aimed at him. Pinned author.", pin="@KieranFoxtonCP", date=(2, 2))
P("h2_21", "The language in today's comments on the hotel story ('vermin', 'infestation') was dehumanising. I've asked for it to be removed. You can question a contract without talking about people like that.",
  [], [EQ, AB], "ok", "HN2 Quotes dehumanising words about asylum seekers to condemn them.")
P("h2_22", "Someone left a note on Shaun Kettlewell's car saying disabled people 'shouldn't be councillors'. Shaun's the best-prepared member of the coastal committee. The note's with the police.",
  [], [EQ], "ok", "HN2 Answers the view of {eq06}.")
P("h2_23", "Ramadan Mubarak to everyone fasting in Eastmere 🌙 And to the person who emailed me that 'your lot are taking over': I'll be at the iftar at the Islamic Centre tonight. Come and see what we're 'taking over'. Dates and lentil soup, mostly.",
  [], [EQ], "ok", "HN2 Nasreen Akhtar answers the 'taking over' line of {eq03}. Pinned author.", pin="@NasreenAkhtarCP", date=(2, 18))
P("h2_24", "A resident showed me a leaflet calling the Carr Lane families 'thieving pikeys'. It's hateful, it's been passed to the police, and whoever delivered it should know their neighbours aren't impressed.",
  [], [EQ, AB, DE], "ok", "HN2 Quotes the slur of {eq02} to condemn it.")
P("h2_25", "Tone down the 'traitor' and 'scum' stuff in the comments under the harbour vote, please. Argue the policy. I'll remove anything abusive.",
  [], [PA, AB], "ok", "HN2 Moderation of one's own page, quoting the abuse.")
P("h2_26", "I won't share the post going round about a cabinet member 'pocketing the reserves'. There's no evidence for it and repeating it would be defamatory. If you've got evidence, take it to the police.",
  [], [DE], "ok", "HN2 Refuses to amplify an allegation; defamation allowed for the quoted claim.")
P("h2_27", "On International Women's Day yesterday a man told me women 'should stick to the flower show'. I chair the harbour board. Happy to debate him on mooring fees any time.",
  [], [EQ], "ok", "HN2 Lorraine Grasby answers the sexism of {eq09}. Pinned author.", pin="@LorraineGrasbyHA", date=(3, 9))
P("h2_28", "Time to Talk Day. A few years back a lad on the boats told me to 'man up and get over' my depression. I'm still here, still a councillor, still talking. Check on your mates, especially the lads at sea.",
  [], [EQ], "ok", "HN2 Craig Featherstone quotes stigma about his depression to counter it. Pinned author.", pin="@CraigFeatherHA", date=(2, 5))

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate on protected topics
P("h3_01", "Myth: 'asylum seekers get free cars'. Fact: they get about £49 a week and aren't allowed to work. Please check before you share.",
  [], [EQ], "ok", "HN3 Myth-busting about asylum seekers.")
P("h3_02", "I'm not against the mosque extension on Station Road. I do have concerns about Friday parking, and I'll raise them at committee exactly as I would for any building.",
  [], [EQ, PR], "ok", "HN3 Predisposition ('concerns') on a planning matter involving a mosque; equality and predetermination allowed. Compare {eq03}.")
P("h3_03", "The Polish deli on Holmsea Front employs eight local people and pays business rates like everyone else. The 'taking our jobs' posts are simply wrong.",
  [], [EQ], "ok", "HN3 Rebuts {eq01}.")
P("h3_04", "Eastern European workers at the fish factory get the same hourly rate as everyone else; I checked with the union. Let's argue about wages, not passports.",
  [], [EQ], "ok", "HN3 Compare {eq12}.")
P("h3_05", "Yes, the Traveller transit site at Carr Lane is in my ward, and yes, I'll keep asking for proper bins and a water supply. That isn't favouritism; site provision is a legal duty.",
  [], [EQ], "ok", "HN3 Defends provision for Travellers.")
P("h3_06", "Question for the equality impact assessment on the library cuts: how will disabled residents in Patterby reach the mobile library stops? Not a gotcha. I genuinely want the answer.",
  [], [], "ok", "HN3 Civil question on disability access.")
P("h3_07", "I've been asked why the council flies the Pride flag. Short answer: the public sector equality duty, and LGBT+ staff and residents are part of Eastmere. Long answer over a cuppa, any time.",
  [], [EQ], "ok", "HN3 Explains the flag mocked in {eq18}.")
P("h3_08", "There's a claim going round that trouble in Kelthorpe is down to 'outsiders'. Police figures: crime down 8% on last year. Shoplifting's up, and that's the cost of living, not where people were born.",
  [], [EQ], "ok", "HN3 Answers the claim in {eq16}.")
P("h3_09", "On single-sex spaces: I think we should follow the law and the EHRC guidance carefully and kindly. Robyn and I disagree on parts of this and we've had a civil conversation about it, which is how it should be.",
  [], [EQ], "ok", "HN3 Civil disagreement on a gender-reassignment topic with the trans member named. Compare {eq05}.")
P("h3_10", "Older residents aren't 'bed-blockers'. They're people waiting for care packages the system hasn't funded. Let's use the right words.",
  [], [EQ], "ok", "HN3 Rejects an ageist phrase.")
P("h3_11", "Women now make up 42% of Holmsea's seafood workforce. The old 'it's a man's job' line was never true and it's certainly out of date now.",
  [], [EQ], "ok", "HN3 Myth-busting on sex.")
P("h3_12", "For those asking about the kirpan: Sikhs may carry it for religious reasons and the law recognises that. Harjit explained it beautifully at the interfaith breakfast; it's about justice and protecting others.",
  [], [EQ, BU], "ok", "HN3 Explains the kirpan mocked in {eq19}; bullying allowed for the blade talk.")
P("h3_13", "I'm not comfortable with the 'young people are the problem' tone of the Kelthorpe anti-social behaviour report. A few lads on bikes, yes. Most of our teenagers are at work, at college or on the lifeboat crew.",
  [], [EQ], "ok", "HN3 Pushes back on an age generalisation.")
P("h3_14", "I've proposed a parental leave policy for councillors so no member has to choose between a new baby and their ward. Cross-party support so far, which is lovely to see.",
  [], [], "ok", "HN3 Pregnancy and maternity, positive.")
P("h3_15", "Not everyone with an accent on Kelthorpe front is a tourist or a 'foreigner'. Some have been here thirty years. Some were born here. Let's stop asking.",
  [], [EQ], "ok", "HN3 Quotes 'foreigner' to reject the assumption.")
P("h3_16", "\"I'm not racist, but...\" Actually, I'll stop there, because every time I've heard that sentence the next bit was racist. Let's talk about the housing waiting list on the facts.",
  [], [EQ], "ok", "HN3 Plays on the opener of {eq16} to reject it.")
P("h3_17", "On the harbour board: I'd like more women on it, but I don't support quotas. Let's change how we recruit and where we advertise. Happy to be told I'm wrong.",
  [], [EQ], "ok", "HN3 Civil debate about sex and a board. Compare {eq09}.")
P("h3_18", "Civil partners and spouses get the same seat at civic events. The protocol was updated years ago. There's nothing to debate here; it's just how it is.",
  [], [EQ], "ok", "HN3 Answers {eq23}.")
P("h3_19", "On the prom disabled bays being 'abused by people who look fine': hidden disabilities exist. A Blue Badge is assessed. Leave the enforcement to the wardens.",
  [], [EQ], "ok", "HN3 Myth-busting on disability.")
P("h3_20", "There's a difference between criticising a foreign government and blaming Jewish neighbours for it. Eastmere's Jewish families aren't responsible for any government. Keep that line clear in the comments, please.",
  [], [EQ], "ok", "HN3 Draws the line the trope in {eq04} crosses.")
P("h3_21", "I know people are worried about the Bayview Hotel contract. I've asked the Home Office for the numbers and the support plan. Worrying about a contract is fine; abusing the men staying there is not.",
  [], [EQ], "ok", "HN3 Concern about asylum accommodation stated civilly.")
P("h3_22", "Someone asked if Bulgarian and Romanian workers 'drain the NHS'. They're mostly young, working, paying tax and rarely ill. The cottage hospital's biggest pressure is frailty in the over-85s.",
  [], [EQ], "ok", "HN3 Answers the nationality angle of {eq27}.")
P("h3_23", "I don't think age should be a bar to standing for council, and I'll say so even though I think a few long-serving colleagues ought to retire. That's for voters to decide, not a rule.",
  [], [EQ, PA], "ok", "HN3 Opposes the rule in {eq10}.")
P("h3_24", "Fair question at the Holmsea meeting: can we require English for taxi licences? Answer: there's a safety-communication standard, and it applies to every driver, wherever they were born.",
  [], [EQ], "ok", "HN3 Civil answer on a language and nationality question.")
P("h3_25", "On the Traveller site: it's fine to ask about bins, access and cost. It's not fine to assume the families who use it are criminals. I'll answer the first kind of question all day.",
  [], [EQ, DE], "ok", "HN3 Separates fair questions from the trope in {eq02}.")
P("h3_26", "Remote voting for councillors on maternity leave: I asked legal. Current law doesn't allow remote votes for anyone. I think it should change, for new parents and disabled members alike.",
  [], [], "ok", "HN3 Pregnancy, maternity and disability, civil.")
P("h3_27", "My view on the school transport review: same rules for every school, church school or not. That's not anti-religion, it's fair.",
  [], [EQ], "ok", "HN3 Denies religious prejudice in a policy position.")
P("h3_28", "Some folk think autistic adults can't hold down jobs. The supported internship at Grimspit lifeboat station has put six young people into paid work this year. Six.",
  [], [EQ], "ok", "HN3 Myth-busting on autism. Compare {eq15}.")

# ---------------------------------------------------------------- HN4 positive or neutral mentions, self-description, reclaimed terms
P("h4_01", "Chamber ramp finally fixed! As the council's only wheelchair user I'll no longer be carried up the side steps like a sack of spuds. Thank you, facilities team 👏",
  [], [EQ], "ok", "HN4 Shaun Kettlewell on his own wheelchair. Pinned author.", pin="@ShaunKettlewellCP")
P("h4_02", "Five years since I transitioned, three as a councillor. Still nithered every time I knock doors on Eastmere front. Some things never change 😂",
  [], [EQ], "ok", "HN4 Robyn Ashdown self-describes. 'Nithered' is East Riding for frozen. Pinned author.", pin="@RobynAshdownGT")
P("h4_03", "Queer, 26, Mereside born and bred, and on the council. Ten years ago I'd never have believed it. Come to the LGBT+ History Month film night at the library on Thursday 🏳️‍🌈",
  [], [EQ, AB], "ok", "HN4 Reclaimed 'queer' by Kieran Foxton. Pinned author.", pin="@KieranFoxtonCP", date=(2, 10))
P("h4_04", "Eid Mubarak, Eastmere! 🌙 Samosas on the go since six this morning. Pop down to the Islamic Centre for the community lunch, everyone's welcome.",
  [], [], "ok", "HN4 Nasreen Akhtar's Eid greeting. Pinned author.", pin="@NasreenAkhtarCP", date=(3, 20))
P("h4_05", "Born in Gdańsk, nineteen years in Holmsea, Yorkshire by choice. My mam still can't understand why anyone puts chip spice on everything. I've nearly converted her.",
  [], [EQ], "ok", "HN4 Agnieszka Wrona on her origin; chip spice is the East Riding seasoning. Pinned author.", pin="@AgaWronaCP")
P("h4_06", "Seven months pregnant and still doing the Tunsby cliff survey walk. The bairn kicks every time I say 'groyne'.",
  [], [EQ], "ok", "HN4 Hannah Dunwell on her pregnancy. Pinned author.", pin="@HannahDunwellCR")
P("h4_07", "I'm autistic, and committee papers a week early make a real difference to me. Not special treatment, just how my brain works best. Thank you, democratic services, for saying yes.",
  [], [EQ], "ok", "HN4 Owen Pickering self-describes. Pinned author.", pin="@OwenPickeringGT")
P("h4_08", "My grandad came over from Enugu in 1962 and crewed on the Holmsea trawlers for thirty years. He'd be made up that his granddaughter's on the council.",
  [], [], "ok", "HN4 Adaeze Nwosu on her family. Pinned author.", pin="@AdaezeNwosuGT")
P("h4_09", "Langar at the Eastmere gurdwara every Sunday from twelve. Everyone welcome: shoes off, head covered (spare scarves by the door), and you won't leave hungry.",
  [], [], "ok", "HN4 Harjit Sandhu invites people to langar. Pinned author.", pin="@HarjitSandhuHA")
P("h4_10", "Holocaust Memorial Day. My great-grandmother came into Holmsea on a boat from Hamburg with one suitcase. Today I lit a candle for the family who didn't.",
  [], [], "ok", "HN4 Miriam Abrahams on her family history. Pinned author.", pin="@MiriamAbrahamsCP", date=(1, 27))
P("h4_11", "Romany Gypsy, proud of it, and proud to represent Patterby Carrs. My nan sold pegs at Eastmere market. I'm selling the idea of a decent bus service. Same graft.",
  [], [EQ], "ok", "HN4 Levi Loveridge self-describes. Pinned author.", pin="@LeviLoveridge")
P("h4_12", "Twelve years today since Jan and I had our civil partnership at Eastmere register office. Still arguing about whose turn it is to walk the dog. ❤️",
  [], [], "ok", "HN4 Pauline Storr's anniversary. Pinned author.", pin="@PaulineStorrEI", date=(3, 12))
P("h4_13", "I'm 84, I've been on this council since 1987, and I still walk to every meeting. The secret? Stubbornness and a good coat.",
  [], [EQ], "ok", "HN4 Doreen Cawood on her age. Pinned author.", pin="@DoreenCawood")
P("h4_14", "Two hearing aids in and I still can't hear a thing over the wind on the Tunsby cliff path. The loop in the chamber is brilliant though. Ask for it if you need it.",
  [], [EQ], "ok", "HN4 Walter Normandale on his hearing. Compare {eq13}. Pinned author.", pin="@WaltNormandale")
P("h4_15", "The food bank at Holmsea Methodist doesn't ask your faith, your nationality or your story. Christians, Muslims, folk of no faith at all: all helping on a Thursday.",
  [], [], "ok", "HN4 Neutral mention of faith groups.")
P("h4_16", "Holi hai! 🎨 Brilliant colour throw on Eastmere green with the Hindu cultural society this afternoon. I'll be pink till Friday.",
  [], [], "ok", "HN4 Festival greeting.", date=(3, 4))
P("h4_17", "Happy St Patrick's Day to Eastmere's Irish community, especially the families of the lads who built half the sea wall in the 1950s. ☘️",
  [], [], "ok", "HN4 Festival greeting.", date=(3, 17))
P("h4_18", "Dad's 70 today. Came to Kelthorpe from Hong Kong with nowt, built the Golden Coble, and still mixes the batter himself. Best fish on the coast, and I'm not biased at all.",
  [], [], "ok", "HN4 Daniel Yeung on his father. Pinned author.", pin="@DanYeungHA")
P("h4_19", "Youngest on the council at 21 and yes, I do know what a section 106 agreement is 😄 Anyone under 25 thinking of standing next time, message me.",
  [], [EQ], "ok", "HN4 Bethany Raspin on her age. Compare {eq22}. Pinned author.", pin="@BethRaspinCP")
P("h4_20", "The blind and partially sighted group walked the new prom layout with us today. Tactile paving's going in at both crossings because of their feedback. That's how it should work.",
  [], [], "ok", "HN4 Positive mention of disabled residents.")
P("h4_21", "Eastmere Deaf Club is 50 this month! Learned 'thank you' and 'cup of tea' in BSL at their party. Progress, of a sort.",
  [], [], "ok", "HN4 Positive mention of the deaf community.")
P("h4_22", "Crip rights are coastal rights: if the beach access ramp at Kelthorpe is shut, I can't get on the beach. Simple as.",
  [], [EQ, AB], "ok", "HN4 Reclaimed 'crip' by a wheelchair user. Pinned author.", pin="@ShaunKettlewellCP")
P("h4_23", "Welcome to the new Romanian-speaking adviser at Holmsea Citizens Advice. Bun venit! Plenty of families on the Front will be glad of you.",
  [], [], "ok", "HN4 Neutral mention of a nationality.")
P("h4_24", "Old dyke, proud of it, 63, and still winning the Mere sailing club pub quiz. Jan says I'm insufferable. Jan's right.",
  [], [EQ, AB], "ok", "HN4 Reclaimed 'dyke' by Pauline Storr. Pinned author.", pin="@PaulineStorrEI")
P("h4_25", "Mums and babies group at Mereside library is back every Wednesday. Breastfeeding is welcome in every council building, by the way. It's the law and it's right.",
  [], [], "ok", "HN4 Pregnancy and maternity, positive.")
P("h4_26", "The Eastmere museum's new oral history project wants to hear from families who came here from the Caribbean, West Africa and South Asia to work the coast. Your stories belong in it.",
  [], [], "ok", "HN4 Positive mention of ethnic minority families.")
P("h4_27", "Trans and from Eastmere: both true, neither news. Now can we talk about the Mereside bus shelter?",
  [], [EQ], "ok", "HN4 Robyn Ashdown on herself. Compare {eq25}. Pinned author.", pin="@RobynAshdownGT")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
P("h5_01", "Kelthorpe Town got absolutely brayed 5-0 at Holmsea on Saturday. Never been so nithered or so humiliated. Up the Crabs anyway 🦀",
  [], [BU], "ok", "HN5 'Brayed' as football banter. Compare {bu01}.")
P("h5_02", "The new bins app is a proper killer app: it killed my will to live by page three of the sign-up form 😂",
  [], [BU], "ok", "HN5 'Killer app' idiom. Compare {ab03}.")
P("h5_03", "Our Keith murdered 'Mull of Kintyre' at the lifeboat karaoke. Twelve verses. I'm still recovering.",
  [], [BU, PA], "ok", "HN5 'Murdered that song' banter about a colleague.")
P("h5_04", "Turned up to Planning a day early with my papers, my flask and my best tie. Sackless. Absolute wazzock. Same time tomorrow, then.",
  [], [PA], "ok", "HN5 Self-deprecation with the words of {pa02} and {pa25}.")
P("h5_05", "Whoever sets the Eastmere Mail crossword absolutely destroyed me this morning. 14 down should be illegal.",
  [], [BU], "ok", "HN5 'Destroyed' idiom.")
P("h5_06", "Nev Medforth and I will settle the harbour fees argument the Holderness way: a crab-pot-hauling contest at Holmsea, Saturday at 8. Loser buys the patties.",
  [], [BU], "ok", "HN5 Cross-party banter (patties are the East Riding fried potato cake).")
P("h5_07", "I'm that old I remember Beck Row having back gardens. Now it's got sea views from the kitchen sink.",
  [], [EQ], "ok", "HN5 Walter Normandale's self-deprecation about age and erosion. Pinned author.", pin="@WaltNormandale")
P("h5_08", "Going to kill the next person who tells me 'it's not that cold' on the prom in January. Nithered to the bone 🥶",
  [], [BU], "ok", "HN5 Hyperbole.")
P("h5_09", "The Progressives absolutely slaughtered us at the Drowned Bell quiz. We demand a rematch. We'll bury them next month.",
  [], [BU], "ok", "HN5 Figurative violence in a quiz.")
P("h5_10", "This sea fret is murdering my hair. I look like a drowned Westie.",
  [], [BU], "ok", "HN5 Idiom about the weather.")
P("h5_11", "Our lass says I've got a face like a slapped fluke whenever the coast road's shut. She's not wrong.",
  [], [PA], "ok", "HN5 Self-deprecation ('fluke' is the local flatfish).")
P("h5_12", "Three hours of budget scrutiny. I'd like to thank whoever invented the chocolate digestive for keeping me alive.",
  [], [], "ok", "HN5 Light humour.")
P("h5_13", "Lost the Mereside in Bloom tug of war to the Green Tide lot. Arms like wet noodles, the pair of us. We'll get you next year, Adaeze 💪",
  [], [BU, PA], "ok", "HN5 Cross-party banter with a 'we'll get you' line.")
P("h5_14", "I'm a barmpot. Sent the draft newsletter to the whole ward WhatsApp instead of to comms. Apologies to 212 residents who now know I can't spell 'erosion'.",
  [], [PA], "ok", "HN5 Self-deprecation.")
P("h5_15", "Death by PowerPoint at the coastal conference. Slide 96 of 140. Send help and patties.",
  [], [BU], "ok", "HN5 Idiom.")
P("h5_16", "Drop-dead gorgeous sunrise over Grimspit this morning. Worth getting up at five for.",
  [], [], "ok", "HN5 Idiom ('drop-dead').")
P("h5_17", "Colin Ackroyd, you absolute legend. Fixed the village hall boiler with a coat hanger and a prayer. Knighthood incoming.",
  [], [IR], "ok", "HN5 Sincere praise that reads like {pa14}'s mock praise; irony allowed.")
P("h5_18", "Fighting talk from the Patterby WI: they've declared war on the potholes on Carr Lane and frankly I wouldn't bet against them.",
  [], [BU], "ok", "HN5 Figurative war.")
P("h5_19", "I'll take you apart at darts on Friday, Stu, and you know it. Kelthorpe Legion, seven o'clock. Bring your wallet.",
  [], [BU, PA], "ok", "HN5 Banter with a cabinet member.")
P("h5_20", "Fair play to the lifeboat crew, they absolutely smashed the sponsored swim. Grimspit in February. Proper nutters, the lot of them ❤️",
  [], [PA, EQ], "ok", "HN5 Affectionate 'nutters'; equality allowed for the mental-health word.")
P("h5_21", "Me, trying to explain the Roll-back Fund criteria to my mam: dying on my arse. Mam: 'So can they move the caravan or not?' Fair point, Mam.",
  [], [AB], "ok", "HN5 Self-deprecation with a mild vulgarity.")
P("h5_22", "Our new ward newsletter design looks like a seagull got into the printer. I say this as the person who designed it.",
  [], [], "ok", "HN5 Self-deprecation.")
P("h5_23", "Sea's in a proper temper tonight, waves battering the Tunsby groynes like they owe it money. Stay off the cliff path, bring the bins in, and sleep well.",
  [], [BU], "ok", "HN5 Storm warning ending 'sleep well'. Compare {bu07}.")
P("h5_24", "Cliffhanger at full council: the harbour vote tied 13-13 and the Chair's casting vote settled it. Nerves absolutely shredded.",
  [], [], "ok", "HN5 Idiom.")
P("h5_25", "Trevor Brigham reckons my tractor driving 'would frighten the crows'. Harsh but fair. Ploughing match is Saturday, come and laugh at me.",
  [], [PA], "ok", "HN5 Self-deprecation with a colleague's tease.")
P("h5_26", "Something fishy's going on in Holmsea: the crab festival starts Friday 🦀 Committee's overrunning and I'd kill for a crab sandwich right now.",
  [], [BU], "ok", "HN5 'Something fishy' used literally. Compare {de07}.")
P("h5_27", "Carole Tindall's lemon drizzle just wiped the floor with the whole Tunsby bake-off. The rest of us might as well have entered a house brick.",
  [], [], "ok", "HN5 Idiom about a colleague's baking.")

# ---------------------------------------------------------------- HN6 criticism of a named councillor's record, on the record
P("h6_01", "Cllr Neville Medforth promised in 2023 that Mereside library would stay open five days a week. It's now open two. I've asked him to explain the change at Thursday's scrutiny.",
  [], [PA, DE], "ok", "HN6 The same library promise as {de01}, without calling him a liar.")
P("h6_02", "Gillian Stather has voted against all four coastal defence motions since 2022 (minutes: June 2022, February 2023, October 2024, January 2026). Tunsby residents deserve to know why.",
  [], [PA], "ok", "HN6 Voting record with sources. Compare {pa01}.")
P("h6_03", "Barry Lazenby chaired 31 planning meetings last year and the committee overturned officers nine times, more than any coastal council I can find. That record deserves scrutiny.",
  [], [PA, OF], "ok", "HN6 Chair's record; officers allowed.")
P("h6_04", "Carole Tindall's coastal strategy has missed every milestone in its own action plan. I'm not questioning her commitment, I'm questioning the plan.",
  [], [PA], "ok", "HN6 Compare {eq26} and {pa04}.")
P("h6_05", "With respect to Cllr Stuart Hebblethwaite, his statement that the Gull Court repairs were 'complete' in December doesn't match the tenants' photos I saw this week. Can we see the inspection report, please?",
  [], [PA, DE], "ok", "HN6 A claim questioned with evidence; defamation allowed.")
P("h6_06", "Nasreen Akhtar's group proposed cutting the harbour dredging budget last year. This year they voted against the consequences. You can't have it both ways.",
  [], [PA], "ok", "HN6 Record criticism of the opposition leader.")
P("h6_07", "Keith Leckonby has missed 11 of the last 14 coastal committee meetings. Tunsby residents should be asking why their councillor isn't in the room.",
  [], [PA], "ok", "HN6 Attendance record. Compare {pa06} and {ab07}.")
P("h6_08", "Trevor Brigham's motion on the drainage boards was badly drafted and unworkable. I voted against it and I'd do it again.",
  [], [PA], "ok", "HN6 'Badly drafted' is about the motion.")
P("h6_09", "Cllr Foxton says the youth bus is 'fully funded'. It isn't: the budget book (p.47) shows £12k coming from one-off reserves. That claim needs correcting.",
  [], [PA, DE], "ok", "HN6 Corrects a claim without calling it a lie. Compare {de25}.")
P("h6_10", "Doreen Cawood has served 39 years and I respect that enormously. But the Chair should not use her casting vote to stop a debate happening. That's a procedural point, not a personal one.",
  [], [PA, EQ], "ok", "HN6 Procedural criticism of the Chair; equality allowed for the tenure mention.")
P("h6_11", "Colin Ackroyd told Outhorne residents the substation would be 'silent'. Night-time monitoring shows 48dB at the nearest house. He should update residents.",
  [], [PA, DE], "ok", "HN6 A claim checked against data.")
P("h6_12", "Miriam Abrahams' amendment to the grants policy would have shut out every village hall with under 50 members. I'm glad it fell.",
  [], [PA], "ok", "HN6 Criticism of an amendment.")
P("h6_13", "Lorraine Grasby, as chair of the harbour board, signed off the 28% moorings rise. Holmsea's cobles can't absorb that, and she should bring it back to the board.",
  [], [PA], "ok", "HN6 Decision and who made it. Compare {de11}.")
P("h6_14", "Owen Pickering's proposal to rewild the Outhorne car park was well meant, but the costings are out by a factor of three. I've sent him the figures.",
  [], [PA], "ok", "HN6 Costings criticised.")
P("h6_15", "Craig Featherstone's leaflet promised to expand the apprenticeship fund. In February he voted to cut it. The minutes and the leaflet are both public; voters can judge.",
  [], [PA, DE], "ok", "HN6 The record behind {pa23}, without 'two-faced'.")
P("h6_16", "Credit where due: Cllr Yeung declared his family's restaurant interest and left the room for the seafront licensing item. I still think his group got the pier vote wrong.",
  [], [], "ok", "HN6 Mixed praise and disagreement. Compare {pa20}.")
P("h6_17", "Levi Loveridge's figure for the Carr Lane site was wrong: it costs £41k a year, not £14k. Transposed digits, I'm sure, but it matters in a budget debate.",
  [], [PA, DE], "ok", "HN6 Figure corrected, good faith assumed.")
P("h6_18", "Sandra Haigh's Mereside in Bloom budget overspent by 60%. I asked for the breakdown in October and I'm still waiting.",
  [], [PA], "ok", "HN6 Same budget as {pa25}, criticised on figures.")
P("h6_19", "The Leader's claim that Eastmere has 'the lowest council tax on the coast' has been out of date since April: three neighbouring councils are lower. Please correct the leaflet, Gill.",
  [], [PA, DE], "ok", "HN6 A claim corrected.")
P("h6_20", "Shaun Kettlewell's motion to freeze beach hut rents was popular and wrong. It left a £90k hole in the seafront budget. Good intentions, poor sums.",
  [], [PA], "ok", "HN6 Criticism of a motion.")
P("h6_21", "Hannah Dunwell has been in post 18 months and hasn't asked a single question at full council. Tunsby's problems need a loud voice in that chamber.",
  [], [PA], "ok", "HN6 Compare {pa16}.")
P("h6_22", "Harjit Sandhu chairs the audit committee, and it hasn't met since November. There's an overdue internal audit report on the Roll-back Fund. He needs to call a meeting.",
  [], [PA], "ok", "HN6 Compare {pa12}.")
P("h6_23", "Agnieszka Wrona's petition says '3,000 signatures'. 1,100 are from outside the district. It's still a strong petition; just say what it is.",
  [], [PA, DE], "ok", "HN6 Figures checked.")
P("h6_24", "Robyn Ashdown voted for the Mereside car park charges and is now campaigning against them. She's entitled to change her mind, but she should say that she has.",
  [], [PA, DE], "ok", "HN6 Change of position set out from the record.")
P("h6_25", "Kieran Foxton's scrutiny review of the youth service is the best piece of work this council has produced in years. I still disagree with recommendation 4, and I'll say why on Tuesday.",
  [], [], "ok", "HN6 Praise plus disagreement. Compare {de25} and {pa11}.")
P("h6_26", "Walter Normandale has sat on Planning for 22 years and nobody knows Tunsby better. I still think the committee needs new members and the groups should rotate places.",
  [], [PA, EQ], "ok", "HN6 About tenure, not age; equality allowed.")
P("h6_27", "Bethany Raspin's leaflet says she 'saved' the Holmsea youth club. The money came from a Lottery bid written by officers in 2024. She backed it; she didn't save it.",
  [], [PA, DE], "ok", "HN6 A claim corrected.")

# ---------------------------------------------------------------- obfuscated variants
# (original, kind, word, index in the word of the letter to change or split at)
VARIANTS = [
    ("pa25", "asterisk", "wazzock", 1), ("pa01", "digit", "gormless", 1),
    ("pa02", "zero_width", "sackless", 4), ("pa15", "spaced", "puppet", 0),
    ("pa16", "homoglyph", "coward", 1), ("pa06", "caps", None, 0),
    ("ab01", "asterisk", "shite", 2), ("ab03", "digit", "bollocks", 1),
    ("ab02", "zero_width", "twat", 2), ("ab08", "spaced", "shitshow", 0),
    ("ab07", "homoglyph", "knobhead", 2), ("ab13", "caps", None, 0),
    ("bu01", "asterisk", "braying", 2), ("bu27", "digit", "cliff", 2),
    ("bu15", "zero_width", "slap", 2), ("bu14", "spaced", "scratched", 0),
    ("bu23", "homoglyph", "fire", 3), ("bu11", "caps", None, 0),
    ("eq02", "asterisk", "pikeys", 1), ("eq21", "digit", "retards", 1),
    ("eq24", "zero_width", "chinky", 2), ("eq18", "spaced", "poof", 0),
    ("eq03", "homoglyph", "mosques", 1), ("eq09", "caps", None, 0),
    ("de13", "asterisk", "frauds", 2), ("de09", "digit", "dodgy", 1),
    ("de05", "zero_width", "crook", 2), ("de01", "spaced", "liar", 0),
    ("de18", "homoglyph", "bribed", 4), ("de11", "caps", None, 0),
]
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "l": "1"}
HOMOGLYPHS = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "O": "\u041e", "E": "\u0415", "A": "\u0410"}
ZWSP = "\u200b"
HANDLE = re.compile(r"@\w+")


def caps(text):
    out, last = [], 0
    for m in HANDLE.finditer(text):
        out.append(text[last:m.start()].upper())
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].upper())
    return "".join(out)


def obfuscate_word(w, kind, i):
    if kind == "asterisk":
        assert w[i].lower() in "aeiou", (w, i)
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        assert 0 < i < len(w)
        return w[:i] + ZWSP + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        return w[:i] + HOMOGLYPHS[w[i]] + w[i + 1:]
    raise ValueError(kind)


def make_variant(text, kind, word, i):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind, i), text)
    assert n >= 1, (word, text)
    return new


# ---------------------------------------------------------------- roster
def load_roster():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    raw = open(path, encoding="utf-8").read()
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\),', raw, re.M):
        party[m.group(1)] = m.group(2)
    councillors = cfg["people"]["councillors"]
    handle_of = {}
    for h, person in cfg["people"]["handles"].items():
        if person in councillors:
            handle_of.setdefault(person, h)
    assert set(party) == set(councillors), "every councillor needs a (Party) comment"
    return councillors, handle_of, party


def name_patterns(person, handle_of):
    first, last = person.split()[0], person.split()[-1]
    words = [person, first, last] + SHORT_NAMES.get(person, [])
    pats = [re.compile(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", re.I) for w in words]
    pats.append(re.compile(re.escape(handle_of[person]) + r"(?!\w)", re.I))
    return pats


def named_people(text, councillors, handle_of):
    out = set()
    for p in councillors:
        if any(pt.search(text) for pt in name_patterns(p, handle_of)):
            out.add(p)
    for phrase, people in ROLE_WORDS.items():
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.I):
            out.update(people)
    return out


def named_parties(text):
    return {party for party, words in PARTY_WORDS.items()
            if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I) for w in words)}


def main():
    rng = random.Random(SEED)
    councillors, handle_of, party = load_roster()
    person_of = {h: p for p, h in handle_of.items()}
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in ROWS}

    days = []
    d = START
    while d <= END:
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)

    def stamp(date=None):
        day = datetime.date(2026, *date) if date else rng.choice(days)
        assert day.weekday() < 5 and START <= day <= END, day
        t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), 0)
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    records = []
    for r in ROWS:
        k = r["key"]
        fam = FAMILY.get(k[:2])
        if r["pin"]:
            author = r["pin"]
            assert author in person_of, author
        else:
            banned = named_people(r["text"], councillors, handle_of)
            parties = named_parties(r["text"])
            if k in OPPOSITION_VOICE:
                parties = parties | ADMINISTRATION
            banned = banned | set(NOT_BY.get(k, []))
            pool = [p for p in councillors if p not in banned and party[p] not in parties]
            assert pool, k
            author = handle_of[rng.choice(pool)]
        rec = {
            "key": k, "text": r["text"], "author": author,
            "created_at": stamp(r["date"]), "platform": rng.choice(PLATFORMS),
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": fam or "hard_negative",
            "kind_of_row": "positive" if fam else "hard_negative",
            "note": r["note"],
        }
        records.append(rec)
    rec_by_key = {rec["key"]: rec for rec in records}

    for okey, kind, word, i in VARIANTS:
        o = rec_by_key[okey]
        text = make_variant(o["text"], kind, word, i)
        assert text != o["text"], okey
        allowed = list(o["expect"]["allowed"])
        if kind == "caps" and HA not in allowed and HA not in o["expect"]["rules"]:
            allowed.append(HA)
        tag = ""
        m = re.match(r"^\[[^\]]+\]", o["note"])
        if m:
            tag = m.group(0) + " "
        what = "whole post in capitals, handles kept" if kind == "caps" else "'%s' -> '%s'" % (
            word, obfuscate_word(word, kind, i).replace(ZWSP, "<U+200B>"))
        records.append({
            "key": okey + "_" + kind, "text": text, "author": o["author"],
            "created_at": stamp(), "platform": o["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                       "verdict": o["expect"]["verdict"]},
            "family": o["family"], "kind_of_row": "variant",
            "note": "%sObfuscated variant (%s) of {%s}: %s. Labels as the original." % (tag, kind, okey, what),
            "variant_of": "{%s}" % okey, "variant_kind": kind,
        })

    rng.shuffle(records)
    ids = {}
    for n, rec in enumerate(records, 1):
        ids[rec["key"]] = "%s-%04d" % (SET, n)

    def resolve(s):
        def sub(m):
            k = m.group(1)
            if k not in ids:
                raise KeyError("note cites unknown key " + k)
            return ids[k]
        return re.sub(r"\{(\w+)\}", sub, s)

    out = []
    for rec in records:
        row = {"id": ids[rec["key"]]}
        for f in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            row[f] = rec[f]
        row["note"] = resolve(row["note"])
        if rec["kind_of_row"] == "variant":
            row["variant_of"] = resolve(rec["variant_of"])
            row["variant_kind"] = rec["variant_kind"]
        out.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
