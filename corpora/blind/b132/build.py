#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b132 (Wherrymere District Council).

Every text, label and note below was written by hand for this set by an
independent writer. The script only assigns authors, platforms and timestamps,
makes the obfuscated variants, shuffles (fixed seed) and gives ids
B132-0001 ... Running it again writes the same bytes.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13200
PREFIX = "B132"

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
HA = "haste.pause-before-posting"

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, author=None, date=None,
      time=None, targets=()):
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date, time=time,
                     targets=list(targets)))


def H(key, text, allowed, note, author=None, date=None, time=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allowed), verdict="ok",
                     note=note, author=author, date=date, time=time, targets=[]))


VARIANTS = []


def V(key, of, kind, word=None, idx=None):
    VARIANTS.append(dict(key=key, of=of, kind=kind, word=word, idx=idx))


# ---------------------------------------------------------------------------
# respect.personal-attack (27 originals)
# ---------------------------------------------------------------------------
P("pa01", PA, "Roger Bensly read out the budget speech his officers wrote for him, word for word, and still lost his place twice. Gutless, spineless yes-man. Dykeham deserves better than a nodding dog in a blazer.",
  [PA], [], "review",
  "Insults at a named cabinet member ('gutless, spineless yes-man', 'nodding dog'). Saying officers wrote the speech is not an attack on them. HN6 {hn6_01} criticises his record without the names.")
P("pa02", PA, "Hold you hard, @OwenSpurgeonSI. Five minutes on this council and you lecture the rest of us about the sea wall like you built it with your own hands. Arrogant, mouthy little twerp.",
  [PA], [EQ], "review",
  "Insult at a named member. 'Little twerp' and 'five minutes' lean on his youth (he is 26), so equality is allowed, not expected. 'Hold you hard' is dialect on the positive side; HN5 {hn5_10} uses it too.")
P("pa03", PA, "Dawn Larter is the most two-faced woman I've ever sat across a table from. Smiles at you in the Shire Hall corridor, knifes you on Facebook by teatime. Snake.",
  [PA], [EQ, BU], "review",
  "'Two-faced', 'snake' at a named member. 'Knifes you' is figurative and 'woman' is not the point of the insult: bullying and equality allowed.")
P("pa04", PA, "Honestly, if Malcolm Gedge went for a walk on the Saltinghoe sea wall in a northerly blow and got washed off, I doubt a soul in the town would notice. Worthless man. Worthless portfolio holder.",
  [PA], [BU], "block",
  "Severe: wishes a named member washed off the sea wall and calls him worthless. It wishes rather than threatens, so bullying is allowed, not expected. HN2 {hn2_18} reports a post like this one.")
P("pa05", PA, "That's a rum un, @CllrDerekKerrison. You stand up at scrutiny and call the mould at Quayhead Court 'a lifestyle issue'. You pompous, out-of-touch prig. Go and live in one of them flats for a winter.",
  [PA], [], "review",
  "Dialect ('that's a rum un') with 'pompous, out-of-touch prig' at a named cabinet member. HN6 {hn6_03} makes the same point from the webcast without the insult.")
P("pa06", PA, "Trevor Loades chairs planning like a bored schoolboy. Phone out, eyes rolling, sighing every time a resident from Thurlham opens their mouth. Ignorant, rude and thick as a plank.",
  [PA], [], "review",
  "Name-calling at the chair of planning ('ignorant, rude and thick as a plank'). HN6 {hn6_02} questions his handling of public speaking on the record.")
P("pa07", PA, "Our Chief Executive collects £140k a year to sit in the Shire Hall and shrug. Alastair Prentice is a smug, overpaid waste of space and everybody in that building knows it.",
  [PA, OF], [], "review",
  "Insult at a named officer (and by role), so officers.impartiality is expected with the attack. HN5 {hn5_19} names him in five-a-side banter.")
P("pa08", PA, "Tell you what, bor, @CyrilHowlettMI is the biggest windbag on the marshes. Give him a microphone and a room full of voters and he'll blow more hot air than the Hassingmarsh drainage mill ever did. Pompous old fool.",
  [PA], [EQ], "review",
  "'Windbag', 'pompous old fool' at a named member. 'Old' touches age (he is 80) but the insult is about hot air: equality allowed. 'Bor' on the positive side.")
P("pa09", PA, "Congratulations to @PriyaMistryWA on her tourism strategy. Twelve pages, four stock photos of a windmill and not a single idea. Truly visionary stuff. What a clueless lightweight.",
  [PA, IR], [], "review",
  "Mock congratulation and mock praise ('truly visionary') then 'clueless lightweight' at a named cabinet member: personal attack and irony expected. HN6 {hn6_09} asks where the strategy's money is.")
P("pa10", PA, "Sally Bidewell couldn't organise a piss-up in the Wherryman's Rest, and they let her chair licensing. Hopeless. Bone idle. Heaven help the front this summer.",
  [PA], [AB], "review",
  "'Hopeless', 'bone idle' at a named member. 'Couldn't organise a piss-up' is a stock idiom, so abusive language is allowed rather than expected.")
P("pa11", PA, "Neil Frostick talks squit. Always has. A half-baked, attention-seeking clown who'd rather be on the telly in a hard hat than at a surgery in Mardle Green.",
  [PA], [], "review",
  "'Talks squit' (talks nonsense) is dialect; the attack is 'half-baked, attention-seeking clown'. HN5 {hn5_04} and {hn5_21} use 'squit' fondly.")
P("pa12", PA, "@LeeCubittMI you're a coward. You told the Hassingmarsh flood meeting you'd back the bund, then hid in the gents when it came to the vote. A spineless, snivelling coward.",
  [PA], [], "review",
  "'Coward', 'spineless, snivelling' at a named member. HN6 {hn6_06} puts the same abstention on the record without the insults.")
P("pa13", PA, "Whoever let Graham Ducker near a microphone wants their head testing. The man's a walking foghorn, shanny as a box of frogs, with the brains of a frozen turkey.",
  [PA], [], "review",
  "'Walking foghorn', 'brains of a frozen turkey' at a named member. 'Shanny' is Norfolk for daft or scatterbrained, not a disability slur here; HN5 {hn5_24} uses it of the writer.")
P("pa14", PA, "The Senior Planning Officer's report on the Crowstaithe boatyard sheds is lazy cut-and-paste rubbish from somebody who plainly can't read a flood map. Incompetent from start to finish.",
  [PA, OF], [PR], "review",
  "An officer identified by role is called incompetent and unable to read a flood map: attack plus officers. The sheds are a pending application but no settled view is stated, so predetermination is allowed.")
P("pa15", PA, "Gillian Thurtle runs this council like her own little fiefdom. Arrogant, vindictive, thin-skinned. The Leader can dish it out all day and can't take a word of it back.",
  [PA], [], "review",
  "'Arrogant, vindictive, thin-skinned' at the named Leader. HN6 {hn6_05} and {hn6_27} criticise her record instead.")
P("pa16", PA, "@TomasKazlauskasCW is a vile, spiteful little man and the worst thing to happen to Thurlham since the bird flu. Poison, through and through.",
  [PA], [], "block",
  "Severe ('vile', 'poison through and through') at a named member. Nothing is said about where he was born, so equality is not in play; compare {eq02}.")
P("pa17", PA, "Ruth Wegg on about the reed beds again. Sanctimonious, preachy, holier-than-thou. Does anyone in Crowstaithe actually like the woman?",
  [PA], [], "review",
  "Insults at a named member. She uses a wheelchair but the post says nothing of it; compare {eq07}, where the disability is the attack.")
P("pa18", PA, "Another Commonweal 'action day' in Dykeham: six of them, one clipboard, and @MartaFernandesCW posing for selfies by the buttercross like the vain, empty-headed show pony she is.",
  [PA], [], "review",
  "'Vain, empty-headed show pony' at a named member; the jibe at the party's action day is fair comment.")
P("pa19", PA, "I've known Colin Shreeve thirty years. Lay preacher on a Sunday, backstabbing hypocrite Monday to Saturday.",
  [PA], [EQ], "review",
  "'Backstabbing hypocrite' at a named member. His faith is mentioned but the charge is hypocrisy, not belief: equality allowed. HN4 {hn4_20} is Colin on his chapel.")
P("pa20", PA, "@HannahCatorRG is a hysterical doom-monger. Every time a reed cutter lights a match she's on here screaming 'climate emergency'. Grow up, girl.",
  [PA], [EQ], "review",
  "'Hysterical doom-monger', 'grow up, girl' at a named member. 'Hysterical' and 'girl' have a sexist edge, so equality is allowed; the post attacks her, not women.")
P("pa21", PA, "Mark Catchpole, our s151 officer, couldn't add up the raffle at the Mardle Green fete. Clueless, and he's the one in charge of the reserves.",
  [PA, OF], [], "review",
  "A named officer called clueless: attack plus officers. Compare {de04}, which accuses him of theft.")
P("pa22", PA, "What a clown @BenDuffieldRG is. Turned up to full council in chest waders 'for the cameras'. Pathetic attention seeker.",
  [PA], [], "review",
  "'Clown', 'pathetic attention seeker' at a named member. HN5 {hn5_26} tells the waders story fondly. Nothing about his autism here; compare {eq08}.")
P("pa23", PA, "Derek Kerrison: thick as a Broads mud bank and twice as slippery.",
  [PA], [DE], "review",
  "Short insult at a named cabinet member. 'Slippery' hints at dishonesty without a claim, so defamation is allowed. HN5 {hn5_27} uses 'thick as a Broads mud bank' of the writer.")
P("pa24", PA, "Replying to @TraceyYaxleyWA: you really are a nasty piece of work, aren't you? Five years sneering at Dykeham mums from that chamber and now you want their votes. Blust, the brass neck of it.",
  [PA], [], "review",
  "Second-person attack ('nasty piece of work') on a named member. 'Blust' on the positive side. HN6 {hn6_21} is about her record on the children's centre.")
P("pa25", PA, "Pam Cushion wore the chain to the pier reopening and spent the whole afternoon glaring at folk like a constipated heron. Stuck-up, pompous and full of herself.",
  [PA], [], "review",
  "Mocking image and 'stuck-up, pompous' at the Chair of the Council, named. HN6 {hn6_07} is about her expenses on the record.")
P("pa26", PA, "Helen Sayer, our so-called Monitoring Officer, is a gutless jobsworth who wouldn't know impartiality if it came up the river and moored alongside her.",
  [PA, OF], [], "review",
  "A named officer called a 'gutless jobsworth' and her neutrality questioned: attack plus officers.")
P("pa27", PA, "@LaurenPeggRG you're a sneering, patronising know-all and every reed cutter on Reedwick Broad can see straight through you.",
  [PA], [], "review",
  "Insult at a named member; nothing about her being trans (compare {eq13}).")

# ---------------------------------------------------------------------------
# respect.abusive-language (27 originals)
# ---------------------------------------------------------------------------
P("ab01", AB, "The new Brackwell bin app is an absolute shitshow. Three weeks of missed collections in Dykeham, bins left on the huh all down Church Loke, and the app says 'completed' every time.",
  [AB], [PA], "review",
  "Obscenity at an app and a contractor's service: abusive alone, personal attack allowed for the company. 'On the huh' (askew) on the positive side. HN1 {hn1_02} makes the same complaint cleanly.")
P("ab02", AB, "@GrahamDuckerWA you absolute bellend. Turkey sheds on the floodplain and you call the people objecting 'townies'? Half of them have farmed Thurlham longer than you.",
  [AB, PA], [PR], "review",
  "Obscenity at a named member: abusive plus personal attack. The sheds are pending but the post states no settled view on the application, so predetermination is allowed.")
P("ab03", AB, "Bloody hell. The flood defence consultation is a pile of crap. Forty pages and not one map of Hassingmarsh. Who writes this stuff?",
  [AB], [PA, OF], "review",
  "Mild obscenity at a document; 'who writes this stuff?' glances at unnamed officers, so personal attack and officers are allowed. HN1 {hn1_03} is the clean version.")
P("ab04", AB, "Whoever signed off £2 an hour on Saltinghoe front in February wants a kick up the arse. The car park charges are a fucking joke and the traders are on their knees.",
  [AB], [PA, BU], "review",
  "Obscenity at a charging decision and 'whoever' signed it off: abusive; personal attack allowed for 'whoever', bullying allowed for the figurative kick. HN1 {hn1_01} is the clean criticism.")
P("ab05", AB, "@MalcolmGedgeWA is a cunt. There, I've said it. Six years on the coast portfolio and Saltinghoe still floods every spring tide.",
  [AB, PA], [], "block",
  "The c-word at a named member: abusive and personal attack, block. HN6 {hn6_04} is the same six-year record without it.")
P("ab06", AB, "Stop talking shite about the reed cutters, @NeilFrostickWA. You've never held a reed slasher in your life and it shows.",
  [AB], [PA], "review",
  "Obscenity at what a member said ('talking shite about'), not at him: abusive, personal attack allowed.")
P("ab07", AB, "Commonweal canvassers on Thurlham Drove this morning telling turkey plant workers how to vote. Piss off, the lot of you.",
  [AB], [PA], "review",
  "'Piss off' at a party's canvassers: abusive; personal attack allowed for a party.")
P("ab08", AB, "The Dykeham Road resurfacing is a bollocks-up of the first order. Cones for six weeks, one man and a shovel, and it's already on the huh again by the Co-op.",
  [AB], [], "review",
  "Obscenity at a road scheme: abusive alone. HN1 {hn1_27} says the same thing with 'bloody ridiculous'.")
P("ab09", AB, "The directors of Wherryside Homes are greedy, bloodsucking bastards. Mould up the walls at Quayhead Court, kids coughing all winter, and they pay themselves bonuses. I hope they choke on them.",
  [AB], [PA, BU], "block",
  "Severe ('bloodsucking bastards… I hope they choke') at unnamed directors: abusive, block; personal attack allowed for unnamed directors and bullying allowed for a wish that is not a threat. HN1 {hn1_05} reports the landlord instead.")
P("ab10", AB, "Kim Ransome, the brown bin round is a total fuck-up. Reedwick missed for the third fortnight running and nobody at the depot answers the phone.",
  [AB, OF], [PA], "review",
  "Obscenity at a service, addressed to the named officer who runs it: abusive plus officers; no insult at her, so personal attack is allowed.")
P("ab11", AB, "What a load of ol' squit and bollocks from @RogerBenslyWA about 'efficiency savings'. Blust, bor, it's Mardle Green library shutting by the back door and everybody knows it.",
  [AB], [PA], "review",
  "Obscenity at what a member said ('squit and bollocks from'): abusive, personal attack allowed. Dialect ('squit', 'blust, bor') on the positive side.")
P("ab12", AB, "Full council yesterday was a total clusterfuck. Three hours on the Chair's new chain of office and ten minutes on the flood plan.",
  [AB], [], "review",
  "Obscenity at a meeting: abusive alone. Posted the day after, so no meetings flag. HN1 {hn1_24} says it as 'a farce'.")
P("ab13", AB, "@ShaunLeggettWA you wanker. You voted to shut the Crowstaithe public loos slap in the middle of hire season.",
  [AB, PA], [], "review",
  "Obscenity at a named member: abusive and personal attack. HN6 {hn6_18} covers the same vote on the record.")
P("ab14", AB, "Them Reed Greens are a bunch of sanctimonious tossers who've never done a day's work on the marsh.",
  [AB], [PA], "review",
  "Obscenity at a party: abusive; personal attack allowed for a party.")
P("ab15", AB, "The Heronsby Mercury is a shit rag that wouldn't know a fact if it washed up on the front at Saltinghoe.",
  [AB], [PA], "review",
  "Obscenity at the local paper: abusive; personal attack allowed for the newspaper. HN1 {hn1_12} corrects its front page instead.")
P("ab16", AB, "Absolute dickhead move from @TrevorLoadesWA, cutting public speaking at planning to two minutes. Two minutes! Some of them can't say good morning in two minutes, the way they mardle.",
  [AB], [PA], "review",
  "Judgement call: 'dickhead move' labels the decision rather than calling him a dickhead, so personal attack is allowed, not expected; some would expect it. 'Mardle' (chat) on the positive side. HN1 {hn1_14} and HN6 {hn6_02} criticise the same cut.")
P("ab17", AB, "@LeeCubittMI you're scum. Pig-ignorant scum. Crawl back under whatever sluice gate you came out from.",
  [AB, PA], [], "block",
  "Severe dehumanising abuse ('scum', 'pig-ignorant') at a named member: abusive and personal attack, block.")
P("ab18", AB, "Who the fuck approved a 14% rise in beach hut fees? Saltinghoe is not a cash machine for the Shire Hall.",
  [AB], [PA], "review",
  "Obscenity at a fees decision and whoever made it: abusive; personal attack allowed. HN1 {hn1_15} is the clean version.")
P("ab19", AB, "The cabinet are a bunch of useless pillocks and their parking review is total bollocks. Counted cars in January, planning for August.",
  [AB], [PA], "review",
  "Obscenity at a review and 'pillocks' at the cabinet as a body: abusive; personal attack allowed for the cabinet as a body. HN1 {hn1_19} is the clean criticism.")
P("ab20", AB, "That's a rum un. The Wherry Alliance promised Dykeham a new pool and gave us a shit-brown portakabin with a hand dryer that doesn't work. Crap, crap, crap.",
  [AB], [PA], "review",
  "Obscenity at a facility and a party's promise: abusive, personal attack allowed for the party. HN1 {hn1_07} is the clean 'broken promise'.")
P("ab21", AB, "The Head of Planning can stick her 'minor amendment' up her arse. Thirty more houses on Pightle Meadow is not minor.",
  [AB, PA, OF], [PR], "review",
  "An obscene put-down aimed at an officer by role: abusive, personal attack and officers. Pightle Meadow is pending; disputing 'minor' is not a settled view on the scheme, so predetermination is allowed.")
P("ab22", AB, "Closing Hassingmarsh tip on Saturdays is the most bloody brainless, arse-about-face decision this lot have ever made.",
  [AB], [PA], "review",
  "Mild obscenity at a decision: abusive; personal attack allowed for 'this lot'. HN1 {hn1_08} calls it 'brainless' without the swearing.")
P("ab23", AB, "@OwenSpurgeonSI shut your fat gob about the pier, you sanctimonious prick.",
  [AB, PA], [], "review",
  "Obscenity and 'shut your fat gob' at a named member: abusive and personal attack.")
P("ab24", AB, "Piss-poor. That's the only word for the Broads Levelling Fund bid. Piss-poor, late and riddled with typos.",
  [AB], [], "review",
  "Vulgarity at a funding bid: abusive alone (mild). HN1 {hn1_16} says 'poor: late, thin, full of typos'.")
P("ab25", AB, "Scrutiny was a farce. @DawnLarterCW chairing it like a fishwife on market day, screeching at officers. Stupid cow.",
  [AB, PA], [EQ], "review",
  "'Stupid cow' at a named member: abusive and personal attack. 'Fishwife', 'screeching' and 'cow' are gendered, so equality is allowed; HN2 {hn2_19} condemns exactly this.")
P("ab26", AB, "Get your shit together, Wherrymere. The Crowstaithe moorings have been shut since October for a 'two-week job' and hire season starts in five weeks.",
  [AB], [PA], "review",
  "Obscenity at the council as a body: abusive; personal attack allowed. HN1 {hn1_18} is the clean version.")
P("ab27", AB, "Whoever's been shoving those lying leaflets through doors in Heronsby South saying the Commonweal will shut the market: put your name on them, you cowardly little shits.",
  [AB], [PA, DE], "review",
  "'Cowardly little shits' at unknown leafleters: abusive; personal attack allowed for 'whoever', defamation allowed for 'lying leaflets'. HN1 {hn1_28} rebuts the same leaflet from the budget papers.")

# ---------------------------------------------------------------------------
# bullying.intimidation (27 originals)
# ---------------------------------------------------------------------------
P("bu01", BU, "I know where you moor your boat, @ShaunLeggettWA. Lovely spot, Crowstaithe staithe. Ever so quiet after dark.",
  [BU], [PA], "block",
  "[veiled] 'I know where you moor your boat' plus 'quiet after dark' at a named member. HN2 {hn2_22} is the member reporting such a message.")
P("bu02", BU, "If Trevor Loades waves Pightle Meadow through I'll be waiting for him in the Shire Hall car park after committee, and he'll find out what Dykeham thinks of him up close.",
  [BU], [PA, PR], "block",
  "[explicit] A threat to confront the chair of planning in the car park over a pending decision. Predetermination allowed (Pightle Meadow is pending), personal attack allowed.")
P("bu03", BU, "A word to everyone in Planning at the Shire Hall: I've got a long memory and a seat on the appointments panel. Write the Thurlham sheds report the right way or start looking for another job.",
  [BU, OF], [IA, PR], "block",
  "[pressure] Threatens officers' jobs to change a report: bullying and officers. Improper advantage allowed (misuse of the appointments panel), predetermination allowed (pending sheds).")
P("bu04", BU, "Keep this up, @OwenSpurgeonSI, and you'll end up in the harbour. Big tide Thursday. Wear something warm.",
  [BU], [PA], "block",
  "[explicit] 'You'll end up in the harbour' with a date. HN2 {hn2_09} is Owen reporting such a threat.")
P("bu05", BU, "Ellie Gotts wants to think very carefully about her next post. Be a shame if anything happened to that baby of hers.",
  [BU], [EQ, PA], "block",
  "[veiled] A threat through her unborn child. Equality allowed for the pregnancy undertone; the threat is the point. HN2 {hn2_15} and HN4 {hn4_10} are Ellie.")
P("bu06", BU, "To the resident on Mardle Green who put a code of conduct complaint in about me: I know exactly who you are, and so will the whole village by Friday.",
  [BU], [DP], "block",
  "[pressure] Threatens to expose a complainant. Data protection allowed (a complainant's street).")
P("bu07", BU, "The Golden Mile arcade has been slagging me off all week. Their premises licence comes up for review in April. I sit on licensing. Draw your own conclusions, boys.",
  [BU], [IA, PA], "block",
  "[pressure] Misuse of licensing power threatened at a critic. Improper advantage allowed. HN2 {hn2_26} tells traders to report this.")
P("bu08", BU, "Hannah Cator wants to stop the cutters burning on Reedwick Broad? Let's see how she likes a reed slasher through her car door one morning.",
  [BU], [PA], "block",
  "[explicit] A threat of violence with a tool of the trade. HN1 {hn1_09} opposes the same motion on the merits.")
P("bu09", BU, "Everyone who voted against the pier grant: your names and faces are going up in every shop window on the front. Let Saltinghoe decide what to do with you.",
  [BU], [], "block",
  "[pressure] Organised public exposure of identifiable members with an invitation to the town to 'decide what to do with' them.")
P("bu10", BU, "Sleep well, @DawnLarterCW. Dykeham's a small town. People talk, and people remember.",
  [BU], [PA], "block",
  "[veiled] The mildest veiled threat in the set. HN5 {hn5_15} ends a gritting notice with 'sleep tight'.")
P("bu11", BU, "Next time Derek Kerrison shows his face at Quayhead Court he'll get a smack in the mouth, and I'll hold the coat of whoever gives it him.",
  [BU], [PA], "block",
  "[explicit] Threat of violence at a named cabinet member. HN5 {hn5_07} jokes about knocking heads together.")
P("bu12", BU, "I've got the video of Ben Duffield going to pieces in the scrutiny break. Rocking, hands over his ears, the lot. One more word about the reed bed money and it goes up.",
  [BU], [EQ, PA], "block",
  "[pressure] Threat to humiliate with a video of distress. Ben is autistic and the description points at it, so equality is allowed; the label rests on the threat. HN2 {hn2_08} refuses to share such a video.")
P("bu13", BU, "Nice house you've got down Staithe Loke, Marta. Shame about the flood risk. Things float off in a surge.",
  [BU], [DP, PA], "block",
  "[veiled] Home street plus 'things float off': a veiled threat. Data protection allowed for the home street. 'Loke' (lane) on the positive side.")
P("bu14", BU, "Whoever keyed my car outside the Shire Hall on Tuesday: I've a good idea who you are, and when I'm sure I'll put you in the Broad myself.",
  [BU], [], "block",
  "[explicit] A threat of violence at someone the writer says they can identify.")
P("bu15", BU, "Helen Sayer, you've got until Friday to drop the complaint against me, or every councillor in this building hears what really happened at your last council. Your choice.",
  [BU, OF], [DE, PA], "block",
  "[pressure] Blackmail of the named Monitoring Officer over a complaint: bullying and officers. Defamation allowed for the insinuation.")
P("bu16", BU, "Ruth Wegg wants the boatyard road narrowed? I'd like to see her get that chair up Kettleby's slipway when it's green with weed and nobody's about to catch her. Long way down.",
  [BU], [EQ, PA], "block",
  "[explicit] Imagines a wheelchair user falling with nobody to catch her. Equality allowed, not expected, although the wheelchair is the point; the label rests on the threat. HN6 {hn6_20} disagrees with the same amendment.")
P("bu17", BU, "I chair the ward grants panel. Reedwick Regatta committee, you might want to think about who you let speak at your AGM before the next round opens.",
  [BU], [IA], "block",
  "[pressure] Grant money held over a community group to control who speaks. Improper advantage allowed.")
P("bu18", BU, "Lovely chippy you've got on the front, Mei Ling. Be a real shame if environmental health had to call in every week this summer. Just a thought, seeing as you're so keen on the pier vote.",
  [BU], [IA, EQ, PA], "block",
  "[veiled] Threat of inspections at a member's family business over a vote. Improper advantage allowed; equality allowed for the undertone (a Chinese family's chip shop). HN4 {hn4_07} is Mei Ling on the shop.")
P("bu19", BU, "I'd like to take Gillian Thurtle out on Heron Broad in a leaky dinghy and leave her there. And I'm not joking this time.",
  [BU], [PA], "block",
  "[explicit] 'Not joking' turns a fantasy into a threat against the named Leader.")
P("bu20", BU, "Lauren Pegg: withdraw the reed beds motion by Monday or I give the Mercury everything about you. Before. After. Everything. You know what I mean.",
  [BU], [EQ, PA], "block",
  "[pressure] A threat to out her history ('before, after') unless she drops a motion. Equality allowed (gender reassignment undertone); the threat is the label. HN4 {hn4_02} is Lauren on coming out.")
P("bu21", BU, "Tomas, I hear your lad works nights at Bronzewing now. Long dark drive home down Thurlham Drove, that. Hope his brakes are good.",
  [BU], [DP, PA], "block",
  "[veiled] Threat through a member's son, with his workplace and route. Data protection allowed (a son, a route and time).")
P("bu22", BU, "To the Brackwell crew leader who mouthed off at me on Dykeham Road this morning: do that again and I'll knock you into next week.",
  [BU], [PA], "block",
  "[explicit] A threat of violence at an identifiable contractor's worker.")
P("bu23", BU, "Barbara Nobbs should stand down before the May meeting. If she won't, I'll pack the gallery every month and make sure she's asked to repeat every vote out loud until she cracks.",
  [BU], [EQ, PA], "block",
  "[pressure] Organised humiliation to force a member out. She is 83 and wears hearing aids, and 'repeat every vote' aims at that, so equality is allowed; the label rests on the pressure. Compare {eq09}.")
P("bu24", BU, "If the Commonweal lot come canvassing on my marsh again they'll get both barrels, and I don't mean leaflets.",
  [BU], [PA], "block",
  "[explicit] 'Both barrels' is a shotgun, and 'I don't mean leaflets' removes the figurative reading. Personal attack allowed for the party. HN2 {hn2_24} reports such a threat.")
P("bu25", BU, "Darren Mobbs recommended approval on the Bronzewing sheds. I know which school his kids go to. Just so he knows I know.",
  [BU, OF], [DP, PR], "block",
  "[veiled] A named planning officer threatened through his children over a recommendation: bullying and officers. Data protection allowed (children's school), predetermination allowed (pending sheds).")
P("bu26", BU, "A reminder to the two witnesses in next week's standards hearing: your planning applications are still sat on this council's desk. Think on.",
  [BU], [IA], "block",
  "[pressure] Threat against witnesses through their applications. Improper advantage allowed.")
P("bu27", BU, "Colin Shreeve wants to preach about honesty. Fine. I've a long memory and a shoebox of letters from 1998. Keep going, Colin. See where it gets you.",
  [BU], [DE, PA], "block",
  "[veiled] Threatens to expose an unnamed secret if a member keeps speaking. Defamation allowed for the insinuation.")

# ---------------------------------------------------------------------------
# equality.discrimination (27 originals)
# ---------------------------------------------------------------------------
P("eq01", EQ, "Thurlham used to be a Norfolk village. Now you can walk from the Bronzewing gates to the church and not hear a word of English. These Lithuanians and Romanians are taking over and they don't belong here.",
  [EQ], [], "block",
  "[explicit; race] National origin: 'taking over', 'don't belong here'. HN3 {hn3_04} is about the same workers' housing without the attack.")
P("eq02", EQ, "@TomasKazlauskasCW should go back to Lithuania and stop telling born-and-bred Norfolk folk how to run their own villages.",
  [EQ, PA], [], "block",
  "[explicit; race] 'Go back to Lithuania' at a named member: equality and personal attack. HN2 {hn2_01} condemns it; HN4 {hn4_08} is Tomas on coming to Thurlham.")
P("eq03", EQ, "The pikeys are back on Gallow Drove. Twenty vans since Sunday. Lock up your quad bikes and your diesel, Thurlham.",
  [EQ, AB], [], "block",
  "[explicit; race] A slur for Gypsies and Travellers with the theft trope: equality and abusive. HN2 {hn2_03} condemns graffiti using it; HN3 {hn3_23} explains why it is a slur.")
P("eq04", EQ, "No mosque on Tanner's Row. Heronsby is a Christian market town and Islam has no place in it. I'll be voting to refuse.",
  [EQ], [PR], "block",
  "[explicit; religion or belief] Excludes a faith from the town. Predetermination allowed (the Tanner's Row application is pending and the writer states a settled vote). HN3 {hn3_02} and {hn3_24} discuss the same application properly.")
P("eq05", EQ, "The Grand Esplanade is full of young men from 'abroad' now. Saltinghoe mums, keep your daughters close this summer. You know why.",
  [EQ], [], "block",
  "[coded; race] Asylum seekers cast as a sexual threat without a group word. HN3 {hn3_19} criticises the contract while refusing this line; HN1 {hn1_26} criticises the council's handling.")
P("eq06", EQ, "Why are we paying for Mardle Green day centre so a bunch of retards can do basket weaving all day? Close it and give us the money back.",
  [EQ, AB], [], "block",
  "[explicit; disability] Slur at people with learning disabilities: equality and abusive. HN2 {hn2_04} condemns the word; HN4 {hn4_23} is the day centre's open day.")
P("eq07", EQ, "Ruth Wegg can't even get up the steps to the Shire Hall stage and she wants to chair the flood panel? A council chamber is no place for cripples.",
  [EQ, AB, PA], [], "block",
  "[explicit; disability] A slur and exclusion aimed at a named wheelchair user: equality, abusive and personal attack. HN2 {hn2_05} condemns the word; HN4 {hn4_01} and {hn4_26} are Ruth.")
P("eq08", EQ, "Ben Duffield had another one of his little 'moments' in committee. Someone fetch him his ear defenders and a colouring book.",
  [EQ, PA], [], "block",
  "[coded; disability] Mocks a named autistic member's adjustments ('ear defenders', 'colouring book') without naming autism. HN4 {hn4_11} is Ben explaining them; HN3 {hn3_12} calls them a reasonable adjustment.")
P("eq09", EQ, "Barbara Nobbs is 83. She can't hear the debate, can't work the voting button and can't remember what she voted for last week. Over-80s shouldn't be allowed to stand. Simple as that.",
  [EQ, PA], [], "block",
  "[explicit; age] Excludes a named member and everyone over 80 by age. HN3 {hn3_06} argues the opposite; HN4 {hn4_13} is Barbara.")
P("eq10", EQ, "Young people in Saltinghoe are feral, the lot of them. Under-25s should be banned from the front after dark, full stop, and their parents fined.",
  [EQ], [], "block",
  "[explicit; age] A whole age group called feral and banned. HN3 {hn3_10} discusses the same curfew idea from the police figures.")
P("eq11", EQ, "Dawn Larter should be at home doing the school run, not chairing scrutiny. Women just haven't got the head for budgets.",
  [EQ, PA], [], "block",
  "[explicit; sex] At a named member and at women generally. HN2 {hn2_10} is Dawn answering such a letter.")
P("eq12", EQ, "Owen Spurgeon, 'gay and proud' he says. Keep it to yourself, boy. Nobody on Saltinghoe pier wants your lifestyle shoved in their faces.",
  [EQ, PA], [], "block",
  "[explicit; sexual orientation] At a named gay member. HN4 {hn4_03} and {hn4_04} are Owen on Pride and the reclaimed 'queer'.")
P("eq13", EQ, "Lauren Pegg is a bloke in a frock and I'll call him what I like. Reedwick never voted for a man playing dress-up.",
  [EQ, PA], [], "block",
  "[explicit; gender reassignment] Deliberate misgendering of a named trans member. HN2 {hn2_07} condemns the same phrase.")
P("eq14", EQ, "Ellie Gotts is due in April and she's after a cabinet seat? She'll be off on maternity for a year on our money. Pregnant women shouldn't be taking these jobs.",
  [EQ, PA], [], "block",
  "[explicit; pregnancy and maternity] At a named pregnant member and at pregnant women. HN3 {hn3_08} sets out the parental leave policy.")
P("eq15", EQ, "Tracey Yaxley keeps calling Jo her 'wife'. It's a civil partnership, love. That's not a proper marriage and it never will be.",
  [EQ, PA], [DP], "block",
  "[explicit; marriage and civil partnership] Demeans a named member's partnership; some would tag sexual orientation. Data protection allowed for the partner's first name. HN2 {hn2_16} answers it; HN4 {hn4_17} is the anniversary.")
P("eq16", EQ, "Mei Ling Tsang should stick to frying cod on the front and leave Saltinghoe's politics to English people.",
  [EQ, PA], [], "block",
  "[explicit; race] Excludes a named member of Chinese heritage from politics. HN2 {hn2_17} is her reply.")
P("eq17", EQ, "Daniel Osei tells the Mercury he's 'Heronsby born and bred'. Course you are, Daniel. Course you are. 🙄",
  [EQ, PA, IR], [], "block",
  "[coded; race] Sarcastic doubt that a Black member can be local; the text names no group and the reading needs the reader to know he is Black. Irony expected. HN4 {hn4_15} and {hn4_27} are Daniel on his family.")
P("eq18", EQ, "The Jews have always run the money in this country and the Broads Levelling Fund is no different. Follow the board, follow the names.",
  [EQ], [], "block",
  "[explicit; religion or belief] Antisemitic money trope. HN2 {hn2_06} names the trope to condemn it; HN3 {hn3_17} sets out who is on the board.")
P("eq19", EQ, "Funny how Miriam Lessing always ends up on the finance committee. Runs in the blood, I suppose.",
  [EQ, PA], [], "block",
  "[coded; religion or belief] The Jewish money trope at a named member with no group word ('runs in the blood'). HN6 {hn6_25} is about her finance questions on the record.")
P("eq20", EQ, "Farida Choudhury wants a prayer room in the Shire Hall. Islam is a backward religion and this is how it starts. Say no.",
  [EQ, PA], [], "block",
  "[explicit; religion or belief] Anti-Muslim at a named member. HN3 {hn3_05} opposes the same prayer room civilly; HN2 {hn2_12} condemns the phrase.")
P("eq21", EQ, "Ramadan 'celebration' lights strung across Heronsby market place. Whose town is it now? #KeepHeronsbyNorfolk",
  [EQ], [], "block",
  "[coded; religion or belief] 'Whose town is it now?' excludes Muslims without saying so. HN2 {hn2_13} answers it; HN3 {hn3_11} sets out the facts.",
  date="2026-02-19")
P("eq22", EQ, "The Portuguese lads off the turkey line are all the same: drink, fight, send the money home. Landlords in Thurlham, don't rent to them.",
  [EQ], [], "block",
  "[explicit; race] A national group stereotyped and a call to refuse them housing. HN2 {hn2_11} condemns the same line.")
P("eq23", EQ, "Joby Loveridge on the licensing panel? Better count the spoons after the meeting.",
  [EQ, PA], [DE], "block",
  "[coded; race] The Gypsy theft trope at the named Romany member with no group word. Defamation allowed for the theft hint. HN2 {hn2_21} condemns it; HN4 {hn4_14} is Joby.")
P("eq24", EQ, "Mental health 'days off' for Brackwell crews now? In my day we called that skiving. Depression is just a posh word for lazy.",
  [EQ], [], "block",
  "[explicit; disability] Dismisses depression as laziness. HN2 {hn2_23} answers it on Time to Talk Day.")
P("eq25", EQ, "Rainbow bunting on the Dykeham buttercross for 'Pride'. Some of us with grandchildren would rather they weren't exposed to that sort of thing, thanks.",
  [EQ], [], "block",
  "[coded; sexual orientation] Gay people as something children must be protected from; some would read grumbling about bunting. HN2 {hn2_20} answers it.")
P("eq26", EQ, "Another mawther on the cabinet. Women can't read a tide table, never mind a flood budget. God help Saltinghoe.",
  [EQ], [], "block",
  "[explicit; sex] 'Mawther' (Norfolk for girl or young woman) used as a put-down with 'women can't'. HN4 {hn4_21} uses 'mawthers' fondly: the dialect word alone does not decide the label.")
P("eq27", EQ, "Cyril Howlett still thinks the marsh gets drained by windmill. Time somebody put him in a home where he can't do any more harm.",
  [EQ, PA], [], "block",
  "[coded; age] 'Put him in a home' at an 80-year-old named member: age without saying 'old'. HN2 {hn2_25} condemns it; HN6 {hn6_13} is about tenure, not age.")

# ---------------------------------------------------------------------------
# defamation.allegation (27 originals)
# ---------------------------------------------------------------------------
P("de01", DE, "Roger Bensly is a liar. He told Dykeham in October the pool was safe, and he'd signed the closure paper in September.",
  [DE, PA], [], "review",
  "'Liar' at a named member with a factual basis but no crime: defamation and personal attack, review. HN6 {hn6_01} sets out the same dates and asks him to explain.")
P("de02", DE, "Trevor Loades took £5,000 in cash off Gildersleeve Homes in the back car park of the Eel and Anchor the week before Pightle Meadow went to committee. I've seen the photos.",
  [DE], [PA, PR], "block",
  "A specific bribe stated as fact with claimed evidence: block. Personal attack allowed, predetermination allowed (pending scheme).")
P("de03", DE, "Derek Kerrison is a crook and everybody in Heronsby South knows it.",
  [DE, PA], [], "review",
  "'Crook' at a named member: defamation and personal attack, review (name-calling, no specific crime).")
P("de04", DE, "Mark Catchpole, the s151 officer, has been moving money out of the flood reserve into an account only he can touch. That's theft, plain and simple.",
  [DE, OF], [PA], "block",
  "Theft by a named officer stated as fact: defamation and officers, block. Compare {pa21}, which only calls him clueless.")
P("de05", DE, "Interesting that a certain cabinet member's son-in-law's firm got the Saltinghoe sea wall repair job. No tender that I can find. Nothing to see here, I'm sure.",
  [DE], [PA, IR], "review",
  "Innuendo of corruption at an identifiable but unnamed cabinet member: defamation review; personal attack and irony allowed.")
P("de06", DE, "Malcolm Gedge drove home from the lifeboat dinner three times over the limit and a mate of his in the police made it all go away.",
  [DE], [PA], "block",
  "Drink-driving and a police cover-up stated as fact: block.")
P("de07", DE, "Gillian Thurtle lies through her teeth. Every. Single. Time.",
  [DE, PA], [], "review",
  "'Lies through her teeth' at the named Leader: defamation and personal attack, review. HN6 {hn6_05} sets out the library promise without calling it a lie.")
P("de08", DE, "The chief executive of Wherryside Homes has been pocketing the Quayhead Court service charges for years. Tenants pay in, he spends it.",
  [DE], [PA], "block",
  "Theft by an identifiable (by role) housing association chief stated as fact: block. Not a council officer.")
P("de09", DE, "Commonweal canvassers were filling in postal votes for residents at Heron Court care home in Dykeham. I watched them do it.",
  [DE], [PA], "block",
  "Electoral fraud by a party's canvassers stated as fact with claimed eyewitness: block; personal attack allowed for the party.")
P("de10", DE, "Pam Cushion's expenses are a work of fiction. Ask her for the receipts and watch her face.",
  [DE], [PA], "review",
  "Implies false expense claims without name-calling or a stated crime: defamation review, personal attack allowed. HN6 {hn6_07} sets out the published figures.")
P("de11", DE, "Graham Ducker's been dumping dead turkeys in the Thurl dyke at night for years, and he's paying somebody at the council to look the other way.",
  [DE], [PA, OF], "block",
  "Pollution offence plus bribing an unnamed officer stated as fact: block. Officers allowed for the unnamed council officer.")
P("de12", DE, "@SallyBidewellWA you're a fraud. Chair of licensing, and your brother's arcade never gets so much as a visit.",
  [DE, PA], [], "review",
  "'Fraud' with a favouritism hint at a named member: defamation and personal attack, review. HN6 {hn6_08} says she declared the interest and left the room.")
P("de13", DE, "Kettleby's Boatyard has been pumping diesel bilge water straight into the river at night for years, and old Kettleby bunged an inspector to sign it off.",
  [DE], [PA], "block",
  "Pollution and a bribe by a named firm and its owner stated as fact: block. HN1 {hn1_20} criticises the same yard's unauthorised building on the record.")
P("de14", DE, "Starts with D, sits on cabinet, and his new extension in Heronsby South sailed through planning in nine days. Funny, that.",
  [DE], [PA, IR], "review",
  "Innuendo that narrows to one cabinet member (Heronsby South, 'starts with D'): defamation review; personal attack and irony allowed.",
  targets=["Derek Kerrison"])
P("de15", DE, "Neil Frostick has a conviction for assault from 2011 that he never declared. I've seen the court record myself.",
  [DE], [DP, PA], "block",
  "An undeclared conviction stated as fact: block. Data protection allowed (criminal record is special category).")
P("de16", DE, "Priya Mistry is bent. Simple as that.",
  [DE, PA], [EQ], "review",
  "'Bent' (corrupt) at a named member: defamation and personal attack, review. Equality allowed because the word is also a homophobic slur; here it means corrupt.")
P("de17", DE, "Joanna Riches, our Head of Planning, takes backhanders from Gildersleeve Homes. Ask anyone in the planning office.",
  [DE, OF], [PA], "block",
  "Bribery by a named officer stated as fact: defamation and officers, block.")
P("de18", DE, "Brackwell Waste Services are a bunch of crooks and conmen. Every one of them.",
  [DE], [PA], "review",
  "'Crooks and conmen' at a company: defamation review, personal attack allowed for a company.")
P("de19", DE, "The Wherry Alliance bought the Reedwick by-election: £40 of fuel vouchers for every house on the Long Drove estate that put a poster up. That's treating, and it's a crime.",
  [DE], [PA], "block",
  "Treating (an electoral offence) by a party stated as fact with specifics: block; personal attack allowed for the party.")
P("de20", DE, "Dawn Larter is a con artist. Promised Dykeham a pool, took the credit for the plans, delivered nothing.",
  [DE, PA], [], "review",
  "'Con artist' at a named member: defamation and personal attack, review (no crime alleged).")
P("de21", DE, "Lee Cubitt has been claiming single person discount on his council tax for three years with his girlfriend living there the whole time. That's fraud.",
  [DE], [DP, PA], "block",
  "Council tax fraud stated as fact: block. Data protection allowed (his partner and household).")
P("de22", DE, "Alastair Prentice has been cooking the books on the flood defence figures to make the cabinet look good before May.",
  [DE, OF], [PA], "review",
  "Dishonesty by the named Chief Executive without a specific crime: defamation and officers, review. Compare {de04} (theft, block).")
P("de23", DE, "Cyril Howlett sold the scrap metal from Hassingmarsh tip for cash and kept the lot. Ask the scrap man at Dykeham.",
  [DE], [PA], "block",
  "Theft of council scrap stated as fact: block.")
P("de24", DE, "What a dodgy so-and-so Shaun Leggett is. Never trust a boatyard man with a council vote, bor.",
  [DE, PA], [], "review",
  "'Dodgy' at a named member: defamation and personal attack, review. 'Bor' on the positive side.")
P("de25", DE, "Saltinghoe Carnival float money went home in Barbara Nobbs's handbag. £1,900. The committee know it and they're too scared to say.",
  [DE], [PA], "block",
  "Theft of charity money stated as fact with a sum: block.")
P("de26", DE, "Hats off to Roger Bensly, the only man in Norfolk who can lose £2m of reserves and find himself a new Range Rover the same month. Genius. 🙄",
  [DE, IR], [PA], "review",
  "Mock praise carrying an insinuation that reserves paid for a car: defamation and irony, review; personal attack allowed.")
P("de27", DE, "Gillian Thurtle had the Shire Hall CCTV from the night of the Christmas do wiped to protect her husband. I've spoken to the officer who did it.",
  [DE], [DP, PA, OF], "block",
  "Perverting the course of justice stated as fact: block. Data protection allowed (her husband), officers allowed (an unnamed officer).")

# ---------------------------------------------------------------------------
# HN1: harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("hn1_01", "The Saltinghoe car park charges are a disgrace. £2 an hour in February, on a front where half the cafés have their shutters down. This will kill the off-season. Scrap it.",
  [], "HN1 Harsh, civil criticism of a charge. {ab04} is the obscene version.")
H("hn1_02", "Brackwell's bin app is not fit for purpose. Three weeks of missed collections in Dykeham marked 'completed'. I've asked officers to enforce the penalty clauses in the contract.",
  [PA], "HN1 Criticism of a contractor and its app; asking officers to enforce a contract is ordinary business. {ab01} is the obscene version.")
H("hn1_03", "The flood defence consultation is forty pages without a single map of Hassingmarsh. It's a shambles, and the people living behind that bank deserve better.",
  [], "HN1 'A shambles' at a document. {ab03} is the obscene version.")
H("hn1_04", "This budget is wrong. It cuts Mardle Green library by the back door while spending £60,000 on a new Shire Hall logo. Wrong priorities, full stop.",
  [], "HN1 Robust criticism of a budget.")
H("hn1_05", "Wherryside Homes are failing their tenants at Quayhead Court: black mould, repairs ignored for months, children with coughs all winter. I've reported them to the Housing Ombudsman and the regulator today.",
  [PA, DE], "HN1 Criticism of a landlord with a formal report; personal attack and defamation allowed for 'failing'. {ab09} is the abusive version.")
H("hn1_06", "Blust, the ferry timetable change is a right royal cock-up. Half of Reedwick missed the Heronsby bus this morning. Put it back how it was.",
  [AB], "HN1 'Cock-up' is everyday British and not obscene; abusive allowed. 'Blust' on the negative side.")
H("hn1_07", "The Wherry Alliance promised Dykeham a new pool and delivered a portakabin with a broken hand dryer. That's a broken promise, and they should own it.",
  [PA, DE], "HN1 Criticism of a party's promise; 'broken promise' is political, defamation allowed. {ab20} is the obscene version.")
H("hn1_08", "Closing Hassingmarsh tip on Saturdays is a brainless decision. There'll be fly-tipping on every drove by Easter, mark my words.",
  [PA], "HN1 'Brainless' at a decision, not a person. {ab22} adds swearing.")
H("hn1_09", "The Reed Greens' motion to ban winter reed burning would finish off the last three cutters on Reedwick Broad. It's well-meaning, badly drafted and wrong.",
  [PA], "HN1 Criticism of a party's motion. {bu08} threatens its mover instead.")
H("hn1_10", "Commonweal's alternative budget doesn't add up. They've spent the same £400k twice, on page 6 and again on page 11.",
  [PA], "HN1 Criticism of a party's budget from the papers.")
H("hn1_11", "Gildersleeve Homes' Pightle Meadow scheme raises serious concerns for me on drainage and school places. I'll listen to the evidence and the officers' report at committee before I decide.",
  [PR], "HN1 Predisposition on a pending application ('serious concerns', 'listen to the evidence'), which RULES.md allows; predetermination allowed.")
H("hn1_12", "The Heronsby Mercury's front page on the sea wall is simply wrong. The money is ring-fenced and the cabinet report says so on page 3.",
  [PA, DE], "HN1 Correcting a newspaper. {ab15} is the obscene version.")
H("hn1_13", "Council tax up 4.99% and the Saltinghoe toilets still shut. Residents are paying more for less and the cabinet should be ashamed of itself.",
  [PA], "HN1 The central-nuance case: robust, aimed at a policy and the cabinet as a body.")
H("hn1_14", "Cutting public speaking at planning to two minutes is an insult to every resident who takes a morning off work to be heard. Reverse it.",
  [], "HN1 A decision called an insult. {ab16} is the obscene version.")
H("hn1_15", "A 14% rise in beach hut fees is daylight robbery. Saltinghoe is not a cash machine.",
  [DE], "HN1 'Daylight robbery' is an idiom about a price; defamation allowed. {ab18} is the obscene version.")
H("hn1_16", "The Broads Levelling Fund bid was poor: late, thin and full of typos. We lost £3m to a better-prepared council. There needs to be a proper review of how it happened.",
  [], "HN1 Criticism of a bid. {ab24} is the vulgar version.")
H("hn1_17", "Bronzewing's odour management plan is inadequate. Thurlham has put up with that stink every summer for ten years. Enough.",
  [PA], "HN1 Criticism of a company's plan.")
H("hn1_18", "The Crowstaithe moorings have been shut since October for a 'two-week job'. Hire season starts in five weeks. That's incompetence on a grand scale from this council.",
  [PA], "HN1 'Incompetence' at the council as a body. {ab26} is the obscene version.")
H("hn1_19", "The parking review is rubbish. It counted cars in January and plans for August. Start again.",
  [], "HN1 'Rubbish' at a review. {ab19} is the obscene version.")
H("hn1_20", "Kettleby's Boatyard has been refused an extension twice and keeps building anyway. Enforcement needs to do its job. The rules apply to everyone, boatyards included.",
  [DE, OF], "HN1 A company's planning breach stated from the record; defamation and officers allowed. {de13} makes criminal claims about the same yard.")
H("hn1_21", "The Wherry Alliance's 'Saltinghoe Forward' plan is smoke and mirrors: three new signs and a consultant's report. Where's the money for the sea wall?",
  [PA], "HN1 Criticism of a party's plan.")
H("hn1_22", "Scrapping the reed cutters' parking permits at Reedwick staithe is a spiteful little decision that will cost jobs. Hold you hard and think again.",
  [PA], "HN1 'Spiteful' at a decision. 'Hold you hard' on the negative side.")
H("hn1_23", "Brackwell's crews are doing their best in impossible conditions. The problem is the contract this council signed: too few lorries, too many rounds. Blame the contract, not the crews.",
  [], "HN1 Criticism of a contract that defends the workers.")
H("hn1_24", "Full council yesterday was a farce. Three hours on the Chair's chain of office, ten minutes on the flood plan. Priorities all on the huh.",
  [], "HN1 'A farce' at a meeting. 'On the huh' on the negative side. {ab12} is the obscene version.")
H("hn1_25", "Whoever decided to print the new bin calendars without the bank holiday changes needs to have a word with themselves. Reprint them.",
  [PA], "HN1 Mild rebuke of 'whoever'; personal attack allowed.")
H("hn1_26", "This council's handling of the Grand Esplanade Hotel contract has been secretive and chaotic. Residents found out from the Mercury. That's no way to build trust.",
  [EQ], "HN1 Criticism of the handling of asylum accommodation, not of the people in it. {eq05} is the coded attack.")
H("hn1_27", "Bloody ridiculous that the Dykeham Road resurfacing took six weeks and it's already on the huh by the Co-op. I want the contractor back to fix it at their own cost.",
  [AB], "HN1 'Bloody ridiculous' is mild; abusive allowed. {ab08} is the obscene version.")
H("hn1_28", "The Commonweal leaflet in Heronsby South saying we'll shut the market is false. The market's budget is in the draft, unchanged. Page 14, for anyone who wants to check.",
  [DE, PA], "HN1 Calls a party's claim false with the evidence; defamation allowed. {ab27} is the abusive version. Pinned to the administration's Heronsby South member ('we').", author="@CllrDerekKerrison")

# ---------------------------------------------------------------------------
# HN2: counter-speech and quoting abuse to condemn it
# ---------------------------------------------------------------------------
H("hn2_01", "Somebody shouted 'go back to Lithuania' at a Thurlham councillor outside the Co-op this week. That's not Norfolk and it's not who we are. Tomas has given twelve years to this village.",
  [EQ], "HN2 Quotes {eq02}'s line to condemn it; equality allowed.")
H("hn2_02", "Had a message calling reed cutters 'peasants' and 'inbred swamp people'. Reported and blocked. Reedwick's cutters keep the Broads alive.",
  [AB, PA], "HN2 Quotes abuse of a trade to condemn it; abusive and personal attack allowed.")
H("hn2_03", "To whoever wrote 'pikeys out' on the Gallow Drove sign: it's been painted over and reported to the police as a hate incident. Romany and Traveller families are our neighbours.",
  [EQ, AB], "HN2 Quotes the slur in {eq03} to condemn it; equality and abusive allowed.")
H("hn2_04", "A mum told me her son was called a 'retard' on the Mardle Green bus. The day centre families hear that word far too often. It's a slur. Stop using it.",
  [EQ, AB], "HN2 Quotes the slur in {eq06} to condemn it.")
H("hn2_05", "'Cripple' was shouted at a wheelchair user outside Heronsby market on Saturday. Disgusting. Ruth Wegg has been pushing for step-free access for years, and this is why it matters.",
  [EQ, AB], "HN2 Quotes the slur in {eq07} to condemn it.")
H("hn2_06", "Holocaust Memorial Day. The lie that 'the Jews run the money' was the seed of everything we remember today. Name it when you hear it, in Heronsby and everywhere.",
  [EQ], "HN2 Names the trope in {eq18} to condemn it.", date="2026-01-27")
H("hn2_07", "Lauren Pegg has had a week of 'bloke in a frock' messages since the reed beds motion. That's abuse, not debate. I disagree with her motion and I'll say so, but she's a woman and a colleague.",
  [EQ], "HN2 Quotes {eq13}'s phrase to condemn it while disagreeing on policy.")
H("hn2_08", "No, I won't share the video of a colleague having a bad moment in committee that's going round. Nobody should. If you've got it, delete it.",
  [BU], "HN2 Refuses to join the humiliation threatened in {bu12}; bullying allowed.")
H("hn2_09", "Whoever posted that I'll 'end up in the harbour': the police have the screenshot. Threats don't win votes in Saltinghoe.",
  [BU], "HN2 The target of {bu04}-style threats reporting one; bullying allowed.", author="@OwenSpurgeonSI")
H("hn2_10", "Someone sent a letter to my office saying 'women haven't got the head for budgets'. I chair scrutiny and I've read every line of this one. Next.",
  [EQ], "HN2 Dawn answering the line in {eq11}.", author="@DawnLarterCW")
H("hn2_11", "The old 'they drink, fight and send the money home' line about Portuguese workers came up in the Bronzewing canteen queue last week. Those are the people who put your Christmas turkey on the table. Challenge it.",
  [EQ], "HN2 Quotes {eq22}'s stereotype to condemn it.")
H("hn2_12", "Posting this because it matters: someone wrote 'Islam is a backward religion' under my surgery notice for the mosque. Deleted and reported. Heronsby's Muslims are as Norfolk as anyone.",
  [EQ], "HN2 Quotes {eq20}'s phrase to condemn it.")
H("hn2_13", "Seen the 'Ramadan lights, whose town is it now?' posts. The traders paid for them and it's the same festoon we put up at Christmas. Whose town? Ours. All of ours.",
  [EQ], "HN2 Answers {eq21}.", date="2026-02-20")
H("hn2_14", "A councillor is not 'too old' at 83. Barbara Nobbs has forgotten more about the Saltinghoe sea wall than most of us will ever know. Comments calling her a 'doddering old bat' have been removed.",
  [EQ, AB, PA], "HN2 Quotes ageist abuse to condemn it.")
H("hn2_15", "To the person who messaged that I'm 'too pregnant to be in cabinet': my due date is in April, my brain is fine and I'll be at full council on Tuesday.",
  [EQ], "HN2 Ellie answering a pregnancy jibe (compare {eq14}).", author="@EllieGottsCW")
H("hn2_16", "'It's a civil partnership, love, not a marriage.' Jo and I have had both, thanks, and the cake was better the second time.",
  [EQ, DP], "HN2 Tracey quoting {eq15} to answer it; data protection allowed for her partner's first name.", author="@TraceyYaxleyWA")
H("hn2_17", "Yes, somebody told me to 'stick to frying cod'. My family has fried cod on Saltinghoe front since 1979 and I've sat on this council since 2019. I'll keep doing both.",
  [EQ], "HN2 Mei Ling answering {eq16}.", author="@MeiLingTsangSI")
H("hn2_18", "Reported a post today wishing a colleague would 'get washed off the sea wall'. We can row about the coast budget all day long. We don't wish people dead.",
  [PA, BU], "HN2 Reports a post like {pa04}; personal attack and bullying allowed.")
H("hn2_19", "Calling a female colleague a 'stupid cow' and a 'fishwife' in a public thread isn't robust debate. It's misogyny, and it has no place in our chamber.",
  [EQ, AB, PA], "HN2 Quotes {ab25} to condemn it.")
H("hn2_20", "Rainbow bunting on Dykeham buttercross has had complaints that children will be 'exposed to it'. Exposed to what, exactly? Kindness? It stays up all week.",
  [EQ], "HN2 Answers {eq25}.")
H("hn2_21", "Somebody wrote 'count the spoons' under a photo of Joby Loveridge at licensing. That's an old anti-Gypsy slur dressed up as a joke. It's been reported.",
  [EQ, DE], "HN2 Quotes {eq23} to condemn it.")
H("hn2_22", "I've been sent a message saying 'I know where you moor your boat'. It's gone to the police. I won't be posting where I moor it, funnily enough.",
  [BU], "HN2 The target of {bu01} reporting it; bullying allowed.", author="@ShaunLeggettWA")
H("hn2_23", "Depression isn't 'a posh word for lazy'. I've had it. I still got the Hassingmarsh bund funded. It's Time to Talk Day: talk to somebody.",
  [EQ], "HN2 Lee answering {eq24} with his own experience.", author="@LeeCubittMI", date="2026-02-05")
H("hn2_24", "People have asked why I won't repeat what was shouted at our canvassers out on the marsh. It involved a shotgun. It's with the police. That's all I'll say.",
  [BU], "HN2 Reports a threat like {bu24} without repeating it; bullying allowed.")
H("hn2_25", "The message saying Cyril Howlett should be 'put in a home where he can't do any more harm' is ageist and cruel. Cyril and I disagree about nearly everything. He still knows every dyke on the marsh.",
  [EQ, PA], "HN2 Quotes {eq27} to condemn it.")
H("hn2_26", "A Saltinghoe trader tells me they were warned their licence 'might come up for review' if they kept criticising a councillor. If that's happened to you, ring the Monitoring Officer. Nobody gets to use licensing as a stick.",
  [BU, IA, OF], "HN2 Condemns the misuse threatened in {bu07}; bullying, improper advantage and officers allowed.")
H("hn2_27", "Happy Lunar New Year! Somebody once shouted 'ching chong' at my dad through the chippy window. He gave them free chips and a lecture. 新年快乐 from all of us on the front.",
  [EQ, AB], "HN2 Mei Ling quoting a slur aimed at her father to condemn it.", author="@MeiLingTsangSI", date="2026-02-17")
H("hn2_28", "The 'Normal for Norfolk' jokes about Hassingmarsh families in the Mercury comments are lazy and cruel. Our marsh families are not a punchline.",
  [PA, EQ], "HN2 Condemns a regional slur; equality allowed because the phrase has a history of mocking learning disability, though being from the marsh is not a protected characteristic.")

# ---------------------------------------------------------------------------
# HN3: denied prejudice, myth-busting, civil debate on protected topics
# ---------------------------------------------------------------------------
H("hn3_01", "Myth: people at the Grand Esplanade get a fortune a week and free phones. Fact: the allowance is under £9 a week and nobody gets a free phone. Happy to show anyone the figures.",
  [EQ], "HN3 Myth-busting about asylum seekers.")
H("hn3_02", "The Tanner's Row mosque application goes to committee on 3 March. I'll be there with an open mind, and so should every member who sits on it. Parking and noise are planning matters; religion isn't.",
  [PR, EQ], "HN3 Open mind on a pending application; predetermination and equality allowed. {eq04} is the closed, anti-Muslim version.", date="2026-02-24")
H("hn3_03", "A few residents have asked about the Gallow Drove transit site. It's a legal duty, it's managed, and police figures show no rise in crime since it opened. Questions welcome.",
  [EQ], "HN3 Myth-busting about a Traveller site.")
H("hn3_04", "I'm not against people coming to work at Bronzewing; the plant couldn't run without them. I am against the firm packing eight men into a two-bed house on Thurlham Drove. That's a housing standards matter and I've reported it.",
  [EQ, PA], "HN3 Denied prejudice that stays on housing standards. {eq01} is the attack.")
H("hn3_05", "On the prayer room question: there's already a quiet room in the Shire Hall, open to anyone of any faith or none. I don't think it needs a new budget line. Happy to debate it.",
  [EQ], "HN3 Civil disagreement on the motion attacked in {eq20}.")
H("hn3_06", "Some say over-80s shouldn't stand for council. I disagree. Voters decide who's fit for the job, not birthdays.",
  [EQ], "HN3 Argues against {eq09}.")
H("hn3_07", "Why is there a rainbow crossing in Heronsby? Because the town voted for it in the community budget. It cost £3,100, less than fixing one big pothole.",
  [EQ], "HN3 Explains a Pride crossing.")
H("hn3_08", "On maternity leave for councillors: this council has had a parental leave policy since 2025. Ellie Gotts is entitled to it and her ward will be covered. That's how it should work.",
  [EQ], "HN3 Sets out the policy; compare {eq14}.")
H("hn3_09", "Trans people are not a threat at Saltinghoe lido. The changing rooms have had private cubicles since 2019. Let's have this debate calmly and with the facts.",
  [EQ], "HN3 Civil debate on a trans topic.")
H("hn3_10", "Young people in Saltinghoe get a bad name. The arcade curfew idea was dropped because the police said the anti-social behaviour figures didn't support it. Let's stick to the figures.",
  [EQ], "HN3 Myth-busting about young people; compare {eq10}.")
H("hn3_11", "For the record, the Ramadan lights were the traders' idea and there'll be a Diwali scheme too. Nobody is 'taking over' anything.",
  [EQ], "HN3 Facts answering {eq21}.", date="2026-02-23")
H("hn3_12", "I'm no expert on autism, so I asked. Ear defenders in committee are a reasonable adjustment, same as the hearing loop. Sorted in ten minutes.",
  [EQ], "HN3 Neutral on an adjustment mocked in {eq08}.")
H("hn3_13", "Is a civil partnership the same as marriage in law? Mostly, yes. A few differences on pensions and how it ends. Happy to point anyone at the Citizens Advice page.",
  [EQ], "HN3 Factual answer about civil partnership.")
H("hn3_14", "It's not racist to ask about school places when 180 homes go up at Pightle Meadow. It would be racist to ask who's going to live in them. Stick to the first question.",
  [EQ, PR], "HN3 Draws the line itself; predetermination allowed (pending scheme, no view stated).")
H("hn3_15", "Someone asked if I 'believe in' the climate stuff. I'm a Methodist and a marshman; I believe what the tide gauge says. Both can be true.",
  [EQ], "HN3 A member on his own faith and the tide, civil.", author="@ColinShreeveMI")
H("hn3_16", "Do Romany and Traveller children at Thurlham Primary do worse? On average, yes, and the reasons are attendance and trust, not ability. The outreach worker has turned it round at two schools.",
  [EQ], "HN3 Civil discussion of an ethnic group's outcomes.")
H("hn3_17", "The old line about who 'runs the money' has turned up in the Levelling Fund thread. For the record: the Fund board is four councillors and two officers, all named on the website.",
  [EQ], "HN3 Answers {eq18} with facts.")
H("hn3_18", "Are women under-represented on this council? 11 of 30. Better than ten years ago, worse than it should be.",
  [EQ], "HN3 Neutral figures on sex.")
H("hn3_19", "I'll say this carefully. I think the Grand Esplanade contract was badly handled. I don't think the men living there are the problem, and I won't share posts that say they are.",
  [EQ], "HN3 Denied prejudice that holds; compare {eq05}.")
H("hn3_20", "Disabled parking bays in Dykeham are being used by delivery vans again. That's not on. The bays are for the people who need them.",
  [EQ], "HN3 Neutral on disability access.")
H("hn3_21", "The hearing loop in the Shire Hall chamber has been broken since December. It matters: two members and half the public gallery rely on it.",
  [EQ], "HN3 Neutral on an adjustment for deaf people.")
H("hn3_22", "Should Mardle Green day centre move to Heronsby? I have concerns about the bus journey for users with learning disabilities, and families aren't convinced. Let's hear them before cabinet decides.",
  [EQ], "HN3 Civil debate about a service for disabled people.")
H("hn3_23", "Is 'pikey' a slur? Yes. The Equality Act protects Romany Gypsies and Irish Travellers as ethnic groups. It isn't 'just a Norfolk word'.",
  [EQ, AB], "HN3 Explains why {eq03}'s word is a slur.")
H("hn3_24", "On the mosque application: I've had 140 emails. Most raise parking on Tanner's Row, which is fair. A few raise 'what it will do to the town'. That isn't a planning matter and I've said so.",
  [EQ, PR], "HN3 Separates planning from prejudice on a pending application.")
H("hn3_25", "Older drivers and the new pay-by-app parking in Saltinghoe: not everyone has a smartphone. Keep the coin machines. That's not nostalgia, it's fairness.",
  [EQ], "HN3 Age mentioned to defend older people.")
H("hn3_26", "I believe marriage is between a man and a woman; that's my church's teaching. I also believe the law is the law, and I'll serve every couple in my ward the same.",
  [EQ], "HN3 Judgement call: a stated belief with no attack on anyone; some would flag it.")
H("hn3_27", "Pregnant workers at Bronzewing tell me they're still on the line at eight months. Their employer must do a risk assessment. I've written to the site manager.",
  [EQ], "HN3 Pregnancy raised to protect workers.")

# ---------------------------------------------------------------------------
# HN4: neutral or positive mentions, self-description, reclaimed terms
# ---------------------------------------------------------------------------
H("hn4_01", "Fifteen years in a wheelchair and I've still never got up Crowstaithe staithe without a push. Slipway ramp plan goes to cabinet in March. Hold you hard, it's coming.",
  [EQ], "HN4 Ruth on her own wheelchair. 'Hold you hard' on the negative side.", author="@RuthWeggRG")
H("hn4_02", "I came out as trans eleven years ago in a village hall in Reedwick. Nobody fainted. Someone asked if I still wanted a slice of the coffee and walnut. I did.",
  [EQ], "HN4 Lauren on coming out.", author="@LaurenPeggRG")
H("hn4_03", "I'm 26, gay and Saltinghoe born. Pride on the pier again this June: more bunting, fewer gulls nicking the chips, hopefully. Happy LGBT+ History Month.",
  [EQ], "HN4 Owen on himself.", author="@OwenSpurgeonSI", date="2026-02-02")
H("hn4_04", "Queer, proud and still can't tie a bowline. LGBT+ History Month talk at Saltinghoe library on Thursday, all welcome.",
  [EQ, AB], "HN4 Reclaimed 'queer' by a gay member; abusive allowed.", author="@OwenSpurgeonSI", date="2026-02-09")
H("hn4_05", "Ramadan Mubarak to everyone in Heronsby South starting the fast this week. Iftar at the community centre on Friday: everyone welcome, bring your neighbour.",
  [EQ], "HN4 Farida's Ramadan greeting.", author="@FaridaChoudhuryCW", date="2026-02-18")
H("hn4_06", "Eid Mubarak! Thank you to the Heronsby market traders who kept the lights up an extra week for us.",
  [EQ], "HN4 Farida's Eid greeting.", author="@FaridaChoudhuryCW", date="2026-03-20")
H("hn4_07", "Forty-seven years our family's been frying on the front. Dad's still in by six every morning. Proud Norfolk Chinese, proud Saltinghoe.",
  [EQ], "HN4 Mei Ling on her family.", author="@MeiLingTsangSI")
H("hn4_08", "Born in Kaunas, came to Thurlham in 2004 to pluck turkeys, now I chair the parish footpaths group. My mum still can't say 'Thurlham'.",
  [EQ], "HN4 Tomas on where he's from.", author="@TomasKazlauskasCW")
H("hn4_09", "Bom dia, Dykeham! Portuguese coffee morning at the library on Saturday. Pastéis de nata by my aunt, who does not accept compliments.",
  [EQ], "HN4 Marta on her community.", author="@MartaFernandesCW")
H("hn4_10", "Thirty-one weeks and counting. If I waddle into full council on Tuesday, be kind.",
  [EQ], "HN4 Ellie on her pregnancy (due in April).", author="@EllieGottsCW", date="2026-02-12")
H("hn4_11", "I'm autistic. That's why I wear ear defenders in long meetings, not because I'm being rude. Happy to talk about it with anyone who asks.",
  [EQ], "HN4 Ben on being autistic; compare {eq08}.", author="@BenDuffieldRG")
H("hn4_12", "Eighty this week. First cut reed on Reedwick Broad at fourteen. Still got my own teeth, most of my hair and none of my patience.",
  [EQ], "HN4 Cyril on his age.", author="@CyrilHowlettMI", date="2026-02-11")
H("hn4_13", "Please face me when you speak in the chamber. I'm 83, I've two hearing aids and I'm not shy about asking you to say it again.",
  [EQ], "HN4 Barbara on her hearing; compare {bu23} and {eq09}.", author="@BarbaraNobbsSI")
H("hn4_14", "Proud to be the first Romany Gypsy on this council. My grandad dealt horses at Heronsby fair. I deal with potholes.",
  [EQ], "HN4 Joby on himself.", author="@JobyLoveridge")
H("hn4_15", "My nan came to Heronsby from Kumasi in 1962 and worked at the shoe factory thirty years. Black history isn't just October; it's our street.",
  [EQ], "HN4 Daniel on his family.", author="@DanOseiCW")
H("hn4_16", "Happy Holi! Colours on Heronsby rec from 2pm, and yes, it all washes out.",
  [EQ], "HN4 Priya's Holi greeting.", author="@PriyaMistryWA", date="2026-03-04")
H("hn4_17", "Ten years today since Jo and I signed the papers at Heronsby register office. Civil partnership, then marriage, still the same row about the thermostat.",
  [EQ, DP], "HN4 Tracey on her own partnership; data protection allowed for her partner's first name.", author="@TraceyYaxleyWA", date="2026-03-12")
H("hn4_18", "Holocaust Memorial Day. My grandmother's family came to Heronsby in 1939 with one suitcase. We light a candle tonight for the ones who couldn't.",
  [EQ], "HN4 Miriam on her family.", author="@MiriamLessingCW", date="2026-01-27")
H("hn4_19", "Thank you to the Heronsby High students for this morning's Holocaust Memorial Day assembly. You carried it with real care.",
  [EQ], "HN4 Neutral thanks on Holocaust Memorial Day.", author="@MiriamLessingCW", date="2026-01-27", time="12:40")
H("hn4_20", "Preaching at Hassingmarsh chapel on Sunday. If you've never heard a Norfolk Methodist go on about the Good Samaritan for twenty-five minutes, now's your chance.",
  [EQ], "HN4 Colin on his faith.", author="@ColinShreeveMI")
H("hn4_21", "Three generations of Reedwick mawthers out cutting reed this winter: Hannah's nan, Hannah's mum and Hannah. Proper job.",
  [EQ], "HN4 'Mawthers' used fondly; {eq26} uses it as a put-down.")
H("hn4_22", "Yesterday was International Women's Day. Saltinghoe lifeboat's first woman helm is a Bidewell, and so am I. Brag over.",
  [EQ], "HN4 Sally on a woman in her family.", author="@SallyBidewellWA", date="2026-03-09")
H("hn4_23", "Mardle Green day centre garden open day on Saturday. The members grew every bean on that table and they will tell you so.",
  [EQ], "HN4 Positive mention of disabled adults.")
H("hn4_24", "Heronsby's oldest allotment holder turned 99 today and still beat me at dominoes.",
  [EQ], "HN4 Positive mention of age.")
H("hn4_25", "I'm 41 and the youngest Marsh Independent by twenty years. Makes the WhatsApp group interesting.",
  [EQ, PA], "HN4 Lee on his own age.", author="@LeeCubittMI")
H("hn4_26", "Crip humour from the access audit: the only ramp in Heronsby steeper than the council tax rise is the one at the library.",
  [EQ, AB], "HN4 Reclaimed 'crip' by a wheelchair user; abusive allowed.", author="@RuthWeggRG")
H("hn4_27", "Norfolk born, Ghanaian blood, Heronsby Herons season ticket. Only the last one is a real test of faith.",
  [EQ], "HN4 Daniel on himself; compare {eq17}.", author="@DanOseiCW")
H("hn4_28", "Women in the reed trade: there are more of us than you'd think, and we don't want a fuss made. So this is a small fuss.",
  [EQ], "HN4 Hannah on women in her trade.", author="@HannahCatorRG")

# ---------------------------------------------------------------------------
# HN5: figurative violence, banter, self-deprecation, idioms
# ---------------------------------------------------------------------------
H("hn5_01", "We got murdered at the quiz in the Eel and Anchor. Last out of twelve. The Reedwick WI took us apart on Norfolk rivers, of all things.",
  [BU], "HN5 'Murdered', 'took us apart' at a quiz.")
H("hn5_02", "Blust, that's a rum un: my own group whip forgot I was on holiday and marked me absent. There'll be words. Strong ones. Over a pint.",
  [BU], "HN5 Banter; 'blust' and 'that's a rum un' on the negative side.")
H("hn5_03", "@GrahamDuckerWA see you at the dwile flonking on Saturday. Prepare to get soaked, bor. No mercy.",
  [BU], "HN5 Pub-game banter ('no mercy'). 'Bor' on the negative side.")
H("hn5_04", "Still talking squit, I see, @CyrilHowlettMI? Some things never change. Happy 80th, you old rogue.",
  [PA, EQ], "HN5 Fond teasing; shares 'talks squit' with {pa11}. Personal attack and equality allowed.", date="2026-02-11")
H("hn5_05", "Slaughtered in the charity tug-of-war by the Crowstaithe boatyard lads. Rope burns and wounded pride. Rematch at the regatta.",
  [BU], "HN5 'Slaughtered' at tug-of-war.")
H("hn5_06", "I'm a dinosaur when it comes to apps. My granddaughter set up the new parking one for me and I still paid for the wrong car park.",
  [EQ], "HN5 Self-deprecation about age.", author="@PamCushionWA")
H("hn5_07", "Knock some heads together at the Drainage Board? I'd settle for getting one of them to answer an email.",
  [BU], "HN5 'Knock some heads together' as idiom; compare {bu11}.")
H("hn5_08", "Pistols at dawn over the Saltinghoe bus shelter, @OwenSpurgeonSI? Or a pint at the Neptune. Your call.",
  [BU], "HN5 'Pistols at dawn' banter with a colleague.")
H("hn5_09", "On the huh and proud of it: my fence, my tie and my budget speech. Two out of three sorted by Friday.",
  [], "HN5 Self-deprecation; 'on the huh' on the negative side.")
H("hn5_10", "Hold you hard, bor, I'm not dead yet. Rumours of my retirement are exaggerated. Standing again next year.",
  [], "HN5 Cyril on himself; 'hold you hard' is on {pa02} too.", author="@CyrilHowlettMI")
H("hn5_11", "Ferry's late again. Blust, I could swim to Reedwick faster, and I can't swim.",
  [], "HN5 Idiom and self-deprecation.")
H("hn5_12", "The turkey sheds took a proper battering in the storm last night. Everyone safe, roofers booked for Monday.",
  [BU], "HN5 'Battering' by weather.")
H("hn5_13", "You'll regret it, Dawn: I'm bringing my mother's lemon drizzle to the Dykeham cake stall and yours won't stand a chance.",
  [BU], "HN5 Shares 'you'll regret it' with RULES.md's bullying signals; cake banter.")
H("hn5_14", "Killing it on the Crowstaithe litter pick this morning. 34 bags, one shopping trolley and a very confused eel.",
  [BU], "HN5 'Killing it'.")
H("hn5_15", "Gritters out on all primary routes from 4pm. Sleep tight, everyone. 🧂",
  [BU], "HN5 'Sleep tight' on a gritting notice; compare {bu10}.")
H("hn5_16", "The wife says I'm not allowed to post about turkeys after 6pm. It's 5:58. Right: Bronzewing's Christmas orders are up, Thurlham's working, goodnight.",
  [EQ], "HN5 Graham's 'the wife' banter; posted at 17:58.", author="@GrahamDuckerWA", time="17:58")
H("hn5_17", "That's a rum un. Voted the same way as the Commonweal on the flood motion. Somebody check my temperature.",
  [PA], "HN5 Cross-party self-deprecation; 'that's a rum un' on the negative side.")
H("hn5_18", "I'll fight anyone who says Heronsby market's sausage rolls aren't the best in the county. Anyone.",
  [BU], "HN5 'I'll fight anyone' about sausage rolls.")
H("hn5_19", "Battered 5-1 by the officers' five-a-side. Alastair Prentice in goal was a brick wall. Humiliating. Rematch in April.",
  [BU, OF], "HN5 Names the Chief Executive in sports banter; bullying and officers allowed. Compare {pa07}.")
H("hn5_20", "Lost my voice shouting at the Herons' back four on Saturday. Worth it. Up the Herons.",
  [], "HN5 Football.")
H("hn5_21", "Yew dew talk some squit, Lee, but you're right about the drainage rates. First time in forty years. Marking it in the diary.",
  [PA], "HN5 Dialect teasing ('yew dew talk some squit') that ends in agreement; personal attack allowed.")
H("hn5_22", "The missus says my Norfolk's gone posh since I got on cabinet. Squit. I still say 'hev yew got a loight, boy' to the vicar.",
  [], "HN5 Self-deprecating dialect.", author="@RogerBenslyWA")
H("hn5_23", "Normal for Norfolk, us lot: six of us sat in the chamber in wellies because the car park flooded again. Photo in the comments.",
  [PA, EQ], "HN5 Self-deprecating use of a phrase condemned in {hn2_28} when aimed at others; judgement call.")
H("hn5_24", "Shanny ol' me forgot the agenda, the pen and the meeting. Sorry, Mardle Green parish council.",
  [PA, EQ], "HN5 'Shanny' (daft) of the writer; {pa13} uses it of a colleague.")
H("hn5_25", "Dead on my feet after the Saltinghoe flood drill. Sandbags are heavier than they were in 2013, I swear.",
  [], "HN5 'Dead on my feet'.")
H("hn5_26", "@BenDuffieldRG turned up to the reed bed walk in chest waders and was the only one of us not soaked. Smartest man on the marsh. The rest of us looked like drowned dodmen.",
  [PA], "HN5 Fond version of {pa22}'s waders; 'dodmen' (snails) on the negative side.")
H("hn5_27", "Thick as a Broads mud bank, me, when it comes to the new voting app. Three goes to vote for my own amendment.",
  [PA], "HN5 Self-deprecation; {pa23} uses the same simile of a colleague.")

# ---------------------------------------------------------------------------
# HN6: criticism of a named councillor's record that stays on the record
# ---------------------------------------------------------------------------
H("hn6_01", "Roger Bensly told Dykeham in October the pool was safe. The cabinet paper closing it is dated 3 September. He needs to explain that gap.",
  [DE, PA], "HN6 Same facts as {de01} without 'liar'; defamation allowed.")
H("hn6_02", "Trevor Loades cut public speaking at planning to two minutes without a vote of the committee. I've asked the Monitoring Officer whether that was within his powers.",
  [PA, OF], "HN6 A procedural challenge; officers allowed for the mention of the Monitoring Officer.")
H("hn6_03", "Derek Kerrison called the damp at Quayhead Court 'a lifestyle issue' at scrutiny. It's on the webcast at 1:12:40. He should withdraw it and go and see for himself.",
  [PA], "HN6 The record behind {pa05}.")
H("hn6_04", "Malcolm Gedge has held the coast portfolio for six years. The Saltinghoe sea wall is still on the amber list. That's his record and he'll be judged on it.",
  [PA], "HN6 The record behind {ab05}.")
H("hn6_05", "Gillian Thurtle promised no cuts to Mardle Green library. The budget cuts its hours by a third. She's still Leader. It's still cut.",
  [DE, PA], "HN6 Sets out the promise that {de07} calls lies; defamation allowed.")
H("hn6_06", "Lee Cubitt said he'd back the Hassingmarsh bund and then abstained. I respect him, but his voters deserve to know why.",
  [PA], "HN6 The record behind {pa12}.")
H("hn6_07", "Pam Cushion's civic expenses this year: £11,400, up from £6,200. Most of it is published. I've asked for the rest to be published too.",
  [DE], "HN6 Figures instead of {de10}'s 'work of fiction'; defamation allowed.")
H("hn6_08", "Sally Bidewell chairs licensing and her brother owns an arcade on the front. She's declared it and left the room both times it came up. That's how it should be done, for the record.",
  [DE], "HN6 The on-the-record answer to {de12}; defamation allowed.")
H("hn6_09", "Priya Mistry's tourism strategy is twelve pages and has no budget line. I asked her at scrutiny where the money is. Still waiting.",
  [PA], "HN6 The record behind {pa09}.")
H("hn6_10", "Colin Shreeve has voted against every Saltinghoe flood scheme since 2019. Four votes, all in the minutes. Hassingmarsh got its bund; Saltinghoe got nothing.",
  [PA], "HN6 Voting record.")
H("hn6_11", "Graham Ducker declared his Bronzewing supply contract and left the room for the sheds vote. Good. But the minutes show he spoke in the debate first, and that needs looking at.",
  [PA, DE], "HN6 An interest question from the minutes; defamation allowed.")
H("hn6_12", "Dawn Larter's alternative budget counted £400k twice, on pages 6 and 11. An honest mistake, I'm sure, but it's a mistake.",
  [PA, DE, IR], "HN6 Record criticism; 'I'm sure' may read as irony, allowed.")
H("hn6_13", "Cyril Howlett has been on this council for 28 years. Time for fresh eyes on the marsh, and I'll be saying so on the doorstep in May.",
  [EQ, PA], "HN6 About tenure, not age; equality allowed. Compare {eq27}.")
H("hn6_14", "Owen Spurgeon said the pier grant would 'pay for itself by 2027'. The business case says 2034. Which is it?",
  [PA, DE], "HN6 Record question.")
H("hn6_15", "Farida Choudhury's motion on the mosque car park has been ruled out of order twice on predetermination grounds. She should take advice before she tables it a third time.",
  [PA, EQ], "HN6 Procedural criticism touching a mosque; equality allowed.")
H("hn6_16", "Tomas Kazlauskas chairs the Thurlham footpaths group and it hasn't met since June. The Drove path is still shut. Call the meeting, Tomas.",
  [PA], "HN6 Record criticism of a member attacked in {eq02}.")
H("hn6_17", "Hannah Cator's reed burning motion would ban winter burns outright. She hasn't met the cutters yet. I've offered to drive her out to Reedwick Broad on Monday.",
  [PA], "HN6 Disagreement with a motion, with an offer.")
H("hn6_18", "Shaun Leggett voted to close the Crowstaithe loos. He also owns a café on the staithe with customer toilets. He declared it. Voters can make up their own minds.",
  [PA, DE], "HN6 The record behind {ab13}; defamation allowed.")
H("hn6_19", "Neil Frostick missed nine of twelve cabinet meetings last year. The attendance figures are published. Reedwick deserves a cabinet member who turns up.",
  [PA], "HN6 Attendance record.")
H("hn6_20", "Ruth Wegg's amendment to narrow the boatyard road would cut off Kettleby's lorries. I think she's wrong and I'll say so at cabinet.",
  [PA], "HN6 Disagreement; compare {bu16}.")
H("hn6_21", "Tracey Yaxley told Dykeham parents the children's centre 'is safe'. The consultation on closing it started last week. Was she told?",
  [PA, DE], "HN6 Record question; defamation allowed.")
H("hn6_22", "Derek Kerrison has had the housing portfolio since 2021. Repairs backlog then: 412. Now: 1,130. Those are his own department's numbers.",
  [PA], "HN6 Portfolio record.")
H("hn6_23", "Daniel Osei promised weekly surgeries in Heronsby North. The last one advertised was in November. I'm sure he's busy; residents still need him.",
  [PA, IR], "HN6 Record criticism.")
H("hn6_24", "Joby Loveridge's question on the arcade opening hours was the best-researched thing I've heard in that chamber all year. I hope cabinet answers it properly.",
  [], "HN6 Praise of a member's record.")
H("hn6_25", "Miriam Lessing has sat on finance for eight years and asked the same question about the reserves every year. She's never had a straight answer. Nor have I.",
  [PA], "HN6 On-the-record praise and a shared grievance; compare {eq19}.")
H("hn6_26", "Marta Fernandes said the Dykeham parking review was 'fully consulted'. Sixteen responses. I'd call that barely consulted.",
  [PA], "HN6 Record criticism.")
H("hn6_27", "Gillian Thurtle told the Mercury the sea wall money was 'ring-fenced'. It was moved to the car park scheme in January's cabinet paper, item 7. That claim needs correcting.",
  [DE, PA], "HN6 Corrects a claim without calling it a lie; defamation allowed.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family (word, character index)
# ---------------------------------------------------------------------------
V("v_pa_ast", "pa01", "asterisk", "gutless", 1)
V("v_pa_dig", "pa08", "digit", "windbag", 1)
V("v_pa_zw", "pa06", "zero_width", "thick", 2)
V("v_pa_sp", "pa12", "spaced", "coward")
V("v_pa_hg", "pa13", "homoglyph", "foghorn", 1)
V("v_pa_caps", "pa24", "caps")
V("v_ab_ast", "ab09", "asterisk", "bastards", 1)
V("v_ab_dig", "ab06", "digit", "shite", 2)
V("v_ab_zw", "ab13", "zero_width", "wanker", 3)
V("v_ab_sp", "ab14", "spaced", "tossers")
V("v_ab_hg", "ab01", "homoglyph", "shitshow", 6)
V("v_ab_caps", "ab18", "caps")
V("v_bu_ast", "bu11", "asterisk", "smack", 2)
V("v_bu_dig", "bu04", "digit", "harbour", 1)
V("v_bu_zw", "bu24", "zero_width", "barrels", 3)
V("v_bu_sp", "bu10", "spaced", "remember")
V("v_bu_hg", "bu13", "homoglyph", "float", 2)
V("v_bu_caps", "bu02", "caps")
V("v_eq_ast", "eq03", "asterisk", "pikeys", 1)
V("v_eq_dig", "eq06", "digit", "retards", 3)
V("v_eq_zw", "eq07", "zero_width", "cripples", 3)
V("v_eq_sp", "eq20", "spaced", "Islam")
V("v_eq_hg", "eq22", "homoglyph", "Portuguese", 1)
V("v_eq_caps", "eq11", "caps")
V("v_de_ast", "de18", "asterisk", "conmen", 1)
V("v_de_dig", "de12", "digit", "fraud", 2)
V("v_de_zw", "de03", "zero_width", "crook", 2)
V("v_de_sp", "de24", "spaced", "dodgy")
V("v_de_hg", "de17", "homoglyph", "backhanders", 8)
V("v_de_caps", "de20", "caps")

# ---------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7", "l": "1"}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415",
            "a": "\u0430", "c": "\u0441", "p": "\u0440"}
ZW = "\u200b"

# Short names and role words that point at a councillor without the full name.
ALIASES = {
    "Gillian Thurtle": ["Gill"],
    "Daniel Osei": ["Dan"],
    "Pamela Cushion": ["Pam"],
    "Trevor Loades": ["Trev"],
    "Barbara Nobbs": ["Babs"],
}
ROLES = {
    "Gillian Thurtle": [r"\bthe Leader\b(?! of)", r"(?i)\bcouncil leader\b"],
    "Roger Bensly": [r"(?i)deputy leader", r"(?i)cabinet member for finance", r"(?i)finance portfolio"],
    "Malcolm Gedge": [r"(?i)coast portfolio", r"(?i)cabinet member for coast"],
    "Derek Kerrison": [r"(?i)cabinet member for housing", r"(?i)housing portfolio"],
    "Trevor Loades": [r"(?i)chair of planning", r"(?i)\bchairs planning", r"(?i)planning chair"],
    "Pamela Cushion": [r"(?i)chair of the council", r"\bthe Chair's\b", r"(?i)\bthe chairman\b"],
    "Dawn Larter": [r"(?i)chair of scrutiny", r"(?i)\bchairs? scrutiny", r"(?i)chairing scrutiny"],
    "Sally Bidewell": [r"(?i)chair of licensing", r"(?i)\bchairs? licensing"],
    "Priya Mistry": [r"(?i)cabinet member for (economy|tourism)", r"(?i)tourism portfolio"],
    "Neil Frostick": [r"(?i)cabinet member for environment"],
}
PARTY_WORDS = {
    "Wherry Alliance": [r"Wherry Alliance"],
    "Commonweal": [r"Commonweal"],
    "Reed Greens": [r"Reed Greens"],
    "Saltinghoe Independents": [r"Saltinghoe Independents"],
    "Marsh Independents": [r"Marsh Independent"],
}

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def load_council(path):
    with open(path, "rb") as fh:
        conf = tomllib.load(fh)
    parties = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#\s*(.*?)\s*\(([^)]+)\),\s*(.+)$', line)
        if m and m.group(1) in conf["people"]["councillors"]:
            parties[m.group(1)] = m.group(3)
    handles = {h: p for h, p in conf["people"]["handles"].items()
               if p in conf["people"]["councillors"]}
    return conf, handles, parties


def names_in(text, person, handles):
    """True if the text names this councillor (full, first, surname, alias, handle, role)."""
    parts = person.split()
    words = [person, parts[-1], " ".join(parts[:-1])] + ALIASES.get(person, [])
    for w in words:
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text):
            return True
    for h, p in handles.items():
        if p == person and re.search(re.escape(h) + r"(?!\w)", text, re.I):
            return True
    for pat in ROLES.get(person, []):
        if re.search(pat, text):
            return True
    return False


def parties_in(text):
    return {p for p, pats in PARTY_WORDS.items() if any(re.search(x, text) for x in pats)}


def obfuscate(text, kind, word=None, idx=None):
    if kind == "caps":
        out, last = [], 0
        for m in re.finditer(r"@\w+", text):
            out.append(text[last:m.start()].upper())
            out.append(m.group(0))
            last = m.end()
        out.append(text[last:].upper())
        return "".join(out)

    def one(m):
        s = m.group(0)
        if kind == "asterisk":
            assert s[idx].lower() in "aeiou", (word, s[idx])
            return s[:idx] + "*" + s[idx + 1:]
        if kind == "digit":
            return s[:idx] + DIGIT[s[idx].lower()] + s[idx + 1:]
        if kind == "zero_width":
            return s[:idx] + ZW + s[idx:]
        if kind == "spaced":
            return " ".join(s)
        if kind == "homoglyph":
            return s[:idx] + CYRILLIC[s[idx]] + s[idx + 1:]
        raise ValueError(kind)

    new, n = re.subn(r"(?<!\w)" + re.escape(word) + r"(?!\w)", one, text, flags=re.I)
    assert n >= 1, (word, text)
    return new


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    conf, handles, parties = load_council(HERE / "council.toml")
    by_person = {p: h for h, p in handles.items()}
    rng = random.Random(SEED)
    days = weekdays()
    used = set()

    def stamp(date=None, time=None):
        while True:
            d = dt.date.fromisoformat(date) if date else rng.choice(days)
            if time:
                hh, mm = map(int, time.split(":"))
            else:
                hh, mm = rng.randint(8, 18), rng.randint(0, 59)
            s = f"{d.isoformat()}T{hh:02d}:{mm:02d}:00+00:00"
            if s not in used:
                used.add(s)
                return s
            if time:
                raise ValueError("pinned time clash " + s)

    def platform(text):
        if len(text) > 280:
            return "facebook"
        r = rng.random()
        return "x" if r < 0.42 else ("facebook" if r < 0.75 else "bluesky")

    keys = [r["key"] for r in ROWS] + [v["key"] for v in VARIANTS]
    assert len(keys) == len(set(keys)), "duplicate keys"

    out = {}
    for r in ROWS:
        if r["author"]:
            author = r["author"]
            assert author in handles, author
        else:
            named_parties = parties_in(r["text"])
            pool = [by_person[p] for p in conf["people"]["councillors"]
                    if not names_in(r["text"], p, handles)
                    and p not in r["targets"]
                    and parties.get(p) not in named_parties]
            author = rng.choice(sorted(pool))
        out[r["key"]] = dict(r, author=author, created_at=stamp(r["date"], r["time"]),
                             platform=platform(r["text"]))

    for v in VARIANTS:
        o = out[v["of"]]
        text = obfuscate(o["text"], v["kind"], v["word"], v["idx"])
        assert text != o["text"], v
        allowed = list(o["allowed"])
        if v["kind"] == "caps" and HA not in allowed:
            allowed.append(HA)
        tag = ""
        m = re.match(r"(\[[^\]]+\]) ", o["note"])
        if m:
            tag = m.group(1) + " "
        if v["kind"] == "caps":
            how = "all capitals (handles keep their spelling); haste allowed"
        else:
            shown = obfuscate(v["word"], v["kind"], v["word"], v["idx"])
            how = "'" + v["word"] + "' written as '" + shown.replace(ZW, "<U+200B>") + "'"
        out[v["key"]] = dict(
            key=v["key"], family=o["family"], kind_of_row="variant", text=text,
            rules=list(o["rules"]), allowed=allowed, verdict=o["verdict"],
            note=f"{tag}{v['kind']} variant of {{{v['of']}}}: {how}. Labels, author and platform as the original.",
            author=o["author"], created_at=stamp(), platform=o["platform"],
            variant_of=v["of"], variant_kind=v["kind"])

    order = list(out)
    rng.shuffle(order)
    ids = {k: f"{PREFIX}-{i + 1:04d}" for i, k in enumerate(order)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    lines = []
    for k in order:
        r = out[k]
        obj = {
            "id": ids[k],
            "text": r["text"],
            "author": r["author"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        obj["note"] = cite(r["note"])
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, i in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, i)
    else:
        print(f"wrote posts.jsonl ({len(ids)} rows)")
