#!/usr/bin/env python3
"""Build blind set b146 (Marram Bay Borough Council, Fylde coast of Lancashire).

Every post text, label and note below was written by hand for this set. The
script only picks authors, platforms and timestamps (fixed seed), makes the
obfuscated variants, shuffles, assigns ids B146-0001.. in order and writes
posts.jsonl. Standard library only. Running it twice gives the same file.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import datetime as dt
import json
import os
import random
import re
import sys
import tomllib

SET = "B146"
SEED = 146146
HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 10, 26)   # first Monday after the clocks go back (GMT, +00:00)
END = dt.date(2026, 12, 2)

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
PR = "predetermination.closed-mind"
CD = "confidentiality.disclosure"
IA = "position.improper-advantage"
GH = "gifts.hospitality"

ROWS = []   # originals and hard negatives, in writing order


def P(key, family, text, rules, verdict, allowed=(), note="", author=None,
      date=None, ward=None, avoid=()):
    """A hand-written positive. `author` pins a councillor, `ward` draws the
    author from one ward, `avoid` keeps named councillors off the row."""
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date, ward=ward,
                     avoid=list(avoid)))


def H(key, tag, text, allowed=(), note="", author=None, date=None, ward=None):
    """A hand-written hard negative; `tag` is HN1..HN6."""
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allowed), verdict="ok",
                     note=f"{tag} {note}".strip(), author=author, date=date,
                     ward=ward, avoid=[]))


# ---------------------------------------------------------------------------
# respect.personal-attack: 27 originals
# ---------------------------------------------------------------------------
F = PA
P("pa01", F, "Stuart Cardwell couldn't chair a raffle at the Shrimp and Anchor, never mind a planning committee. Gormless from start to finish again today.",
  [PA], "review", note="Insult without swearing at a named councillor (chair of planning).")
P("pa02", F, "@DerekFairclough you are without doubt the most arrogant, smug little man I have ever had the misfortune to sit opposite. Answer the question for once.",
  [PA], "review", note="Insult at a councillor by handle, second person.")
P("pa03", F, "Congratulations to @ElliePCP on another triumphant contribution to the budget debate. She read the whole speech off her phone without looking up once. Genius at work 👏👏",
  [PA, IR], "review", note="Mock congratulation; the mockery is the attack. Irony expected by convention.")
P("pa04", F, "Maureen Threlfall is a waste of space and a waste of an allowance. Skerwick deserves better than a housing lead who's never once set foot on the fish dock.",
  [PA], "review", note="Plain insult at a named cabinet member.")
P("pa05", F, "Our so-called Head of Planning is a spineless yes-man who'd recommend a bingo hall on the beach if Gullstone asked him nicely enough.",
  [PA, OF], "review", [DF], note="Officer attacked by role; the Gullstone jibe hints at bias, so defamation allowed.")
P("pa06", F, "Kwame Asante — all mouth and no trousers. Big speeches at full council, zero casework in Marram Central. Dead weight.",
  [PA], "review", note="Idiomatic insult at a named councillor.")
P("pa07", F, "Colin Rawcliffe is a liar and a coward. He told the Haverwell traders one thing on Monday and voted the other way on Wednesday, then hid in the members' room.",
  [PA, DF], "review", note="'liar' at a person: personal attack and defamation (convention). Compare HN6 {h6_09}, which states a broken promise on the record.")
P("pa08", F, "Alan Whiteside sits in committee like a stuffed gull, opens his gob only to moan, and goes home. What exactly is he for?",
  [PA], "review", note="Mockery at a named councillor, no swear words.")
P("pa09", F, "Gillian Ashworth is a vile, toxic excuse for a leader and a worse excuse for a human being. The sooner she is gone the better for everyone who has to breathe the same air as her.",
  [PA], "block", note="Severe personal attack at the Leader: block. HN2 {h2_24} quotes it to condemn it.")
P("pa10", F, "Ask yourself why nobody on the Tideline benches will sit next to Carol Breckell at the Lights switch-on. Because she's an insufferable, self-important bore, that's why 🥱",
  [PA], "review", note="Insult at a named cabinet member, framed as gossip.")
P("pa11", F, "@LiamCooksonCP you're a clown. A proper end-of-the-pier clown, red nose, big shoes and all. Sit down.",
  [PA], "review", note="Seaside idiom as insult, second person.")
P("pa12", F, "The Chief Executive is out of her depth and everybody in the Town Hall knows it. Incompetent doesn't begin to cover it. How much are we paying her again?",
  [PA, OF], "review", note="Attack on an officer by role.")
P("pa13", F, "Irene Wareing has the brains of a deckchair and about half the backbone.",
  [PA], "review", note="Short insult, no swear words.")
P("pa14", F, "Frank Croft flounced out of scrutiny in a right cob on because nobody laughed at his trawler stories. Pathetic. Grow up, Frank.",
  [PA], "review", note="Lancashire 'cob on' (a sulk); belittling a named councillor.")
P("pa15", F, "The Mayor's chain of office weighs more than every idea he's had this year put together. Bless him, he does try. He really does try. 🙃",
  [PA], "review", [IR], note="Mockery of the Mayor by role; the mock sympathy allows irony rather than expecting it.")
P("pa16", F, "To the gentleman from Haverwell who rings my surgery line every morning at nine: you are a crank and a crashing bore, and I will not be reading any more of your green-ink letters.",
  [PA], "review", note="Insult at an identifiable member of the public.")
P("pa17", F, "Ravi Mistry talks down to dock workers like they're something he's trodden in on the Prom. Always has, always will.",
  [PA], "review", note="Contempt at a named councillor; no protected trait in the text.")
P("pa18", F, "Jess Ormerod couldn't organise a beach clean on an empty beach. Every campaign she touches turns to mush and then she blames everybody else. Useless.",
  [PA], "review", note="Insult at a named councillor about competence, not a trait.")
P("pa19", F, "I've met sea anemones with a firmer grasp of a balance sheet than our Cabinet Member for Finance. At least the anemone knows when to shut its mouth.",
  [PA], "review", note="Councillor attacked by role only.")
P("pa20", F, "Huge thanks to @CllrCardwell for explaining planning law to me today, at length, slowly, with hand gestures, as if I were six. Truly a gift to the art of patronising people. 🙏",
  [PA, IR], "review", note="Mock thanks; irony expected by convention.")
P("pa21", F, "Gill Ashworth is two-faced. Smiles at you on the Prom, knifes you in the group meeting. Everyone in Tideline has had the treatment at some point.",
  [PA], "review", [DF], note="Short name of the Leader. 'Two-faced' borders on dishonesty, so defamation allowed; 'knifes' is figurative.")
P("pa22", F, "That Gazette reporter, Josh Tattersall, is a lazy hack who couldn't find the Tower with a map and a torch. Doesn't read the reports he writes about. Doesn't read anything.",
  [PA], "review", note="Insult at a named journalist (a private individual in a public job).")
P("pa23", F, "Shazia Mahmood is the most loathsome individual I've come across in thirty years of public life. Rotten to the core. I wouldn't piss on her if she was on fire.",
  [PA], "block", [AL], note="Severe personal attack: block. 'piss' in a stock phrase of contempt, so abusive language allowed.")
P("pa24", F, "Whoever the planning officer was who wrote the Brine Lane committee report should be embarrassed. Lazy, sloppy and clueless. A first-year student would have done better.",
  [PA, OF], "review", [PR], note="Attack on an unnamed but identifiable officer by role. Brine Lane is a pending application (no register in this set), so predetermination only allowed. HN1 {h1_07} criticises the same report without attacking its author.")
P("pa25", F, "Ee, @DariusPCP, tha'rt as much use as a chocolate teapot, lad. Give over mithering folk about the fish market and do a day's work for once.",
  [PA], "review", note="Dialect insult ('tha'rt', 'mithering') at a councillor by handle.")
P("pa26", F, "Has anyone got the clip of Colin Rawcliffe trying to work the voting handset? 😂 Forty seconds of pure gormlessness. I've watched it ten times.",
  [PA], "review", note="Invites ridicule of a named councillor. Compare HN5 {h5_05}, the Mayor laughing at himself over the same handsets.")
P("pa27", F, "Oh yeah, @DawnSwarbrickSDV, the dock car park 'pays for itself'. Course it does, love. You wouldn't know a spreadsheet if it fell on you, you absolute plank.",
  [PA], "review", [IR], note="Sarcasm plus a direct insult; irony allowed.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 27 originals
# ---------------------------------------------------------------------------
F = AL
P("al01", F, "The new parking charges on the Prom are a complete pile of shite. Who signed this crap off?",
  [AL], "review", [PA], note="Obscenity at a policy; personal attack allowed for 'who signed'. HN1 {h1_01} says the same about the charges without it.")
P("al02", F, "@AlanWhitesideMI you absolute bellend. Sit down.",
  [AL, PA], "review", note="Obscene insult at a councillor by handle.")
P("al03", F, "What a fucking shambles the Lights switch-on was. Forty grand for a bloke off the telly and then the fuse box went.",
  [AL], "review", note="Obscenity at an event. HN1 {h1_15} is the civil version.")
P("al04", F, "Brightwater Leisure can shove their 'consultation' up their arse.",
  [AL], "review", [PA], note="Crude abuse at a company: personal attack allowed.")
P("al05", F, "Derek Fairclough is a pompous twat and I don't care who knows it.",
  [AL, PA], "review", note="Obscene insult at a named councillor.")
P("al06", F, "Only one word for @ColinRawcliffe after that stunt in full council, and it starts with C. Cunt. There, I've said it.",
  [AL, PA], "block", note="The c-word at a councillor: block.")
P("al07", F, "Skerwick library shut AGAIN 'due to staffing'. Shit service, shit excuses. The docks deserve better than this.",
  [AL], "review", note="Obscenity at a service; one word in capitals is not shouting.")
P("al08", F, "Sweepwell are a bunch of gobshites. Three weeks, no collection, and they've got the brass neck to send us a satisfaction survey.",
  [AL], "review", [PA], note="Dialect obscenity ('gobshites') at the bin contractor; personal attack allowed for a company.")
P("al09", F, "Whoever in Highways thought a cycle lane between the tram tracks was a good idea is a total fuckwit.",
  [AL], "review", [PA, OF], note="Obscenity at 'whoever' in a council department: personal attack and officers allowed.")
P("al10", F, "Gullstone's Brine Lane plans are a steaming turd of a scheme. Flats on a flood plain. Jesus wept.",
  [AL], "review", [PA, PR], note="Crude abuse of a pending scheme; predetermination allowed (no register), personal attack allowed for the developer.")
P("al11", F, "The lot running Marram Coast Homes are scum. Absolute scum. A disabled woman left in a flat with black mould for two winters. I hope every one of them rots.",
  [AL], "block", [PA], note="Severely toxic at unnamed directors: block, personal attack allowed. HN1 {h1_06} takes the same complaint to the Ombudsman.")
P("al12", F, "Piss-poor answer from the Leader at questions today. Piss-poor, and she knows it.",
  [AL], "review", [PA], note="Vulgarity at an answer, not the person: personal attack allowed.")
P("al13", F, "@ShaziaMahmoodCP stop talking bollocks about the fish dock. You've never gutted a fish in your life.",
  [AL], "review", [PA], note="Obscenity at what a councillor says; personal attack allowed (convention).")
P("al14", F, "This budget is fucked. Properly fucked. 🤬🤬",
  [AL], "review", [HA], note="Obscenity at a budget; the rage emoji allows haste.")
P("al15", F, "Shut your hole, Kwame. Nobody asked you.",
  [AL, PA], "review", note="Crude put-down of a named councillor.")
P("al16", F, "Absolute dickheads on the Tideline benches, sniggering while we talked about foodbank referrals. Disgraceful.",
  [AL], "review", [PA], note="Obscenity at a party's members as a bench; personal attack allowed (party).")
P("al17", F, "Who the fuck approved a 12% rent rise at Kittiwake House in the middle of a cost of living crisis? Seriously. Who?",
  [AL], "review", [PA], note="Swearing at a decision.")
P("al18", F, "To the prick who dumped a fridge freezer in the Crookmoss dyke: the farmer's camera got your number plate, you absolute waste of oxygen.",
  [AL, PA], "review", [BU], note="Obscene insult at an unnamed but identifiable fly-tipper; 'got your number plate' could be heard as a warning, so bullying allowed.")
P("al19", F, "Gazette front page today is utter dogshit. Cribbed from a press release, a typo in the headline and the wrong photo of the pier.",
  [AL], "review", [PA], note="Obscenity at a newspaper's page; personal attack allowed (the newspaper).")
P("al20", F, "Harold Bamber is a bigoted old bastard and a disgrace to the moss.",
  [AL, PA], "review", [EQ, DF], note="Obscene insult at a named councillor; 'old' allows equality, 'bigoted' is a charge of misconduct, so defamation allowed.")
P("al21", F, "Pissed off doesn't begin to cover it. Third time this month the Crookmoss bus hasn't turned up. Bloody joke of a service.",
  [AL], "review", note="Mildest row of the family: vulgar words at a bus service. Some would let it pass.")
P("al22", F, "Jess Ormerod, you utter knobhead. You voted FOR the cuts you're now crying about on Facebook.",
  [AL, PA], "review", note="Obscene insult at a named councillor.")
P("al23", F, "That consultation were a load of shite from start to finish. Nowt changed, nowt listened to. Same as it ever were.",
  [AL], "review", note="Dialect grammar ('were', 'nowt') with obscenity at a consultation.")
P("al24", F, "Landlords renting out damp bedsits on the North Shore for £700 a month are parasites and scumbags, the lot of them.",
  [AL], "review", [PA], note="Severely toxic terms at a group that is not protected; personal attack allowed.")
P("al25", F, "FFS. Another 'review' of the tram extension. Build the bloody thing or bin it, you indecisive shower of shits.",
  [AL], "review", [PA], note="Obscenity at the cabinet as a body (unnamed); personal attack allowed.")
P("al26", F, "Loving how the same arseholes who shut the South Prom baths turned up for the photo at the paddling pool opening 🙃",
  [AL], "review", [PA, IR], note="Obscenity at unnamed decision makers with sarcasm; personal attack and irony allowed.")
P("al27", F, "Rob Aspinall's 'coastal strategy' is a load of bollocks and he bloody knows it.",
  [AL, OF], "review", [PA, DF], note="Obscenity at a named officer's strategy; 'he knows it' implies bad faith, so defamation allowed.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 27 originals (all block); notes tagged
# [explicit] a stated threat, [veiled] an implied one, [pressure] coercion,
# pile-ons, humiliation and threats to witnesses or complainants.
# ---------------------------------------------------------------------------
F = BU
P("bu01", F, "@FrankCroftSDV keep pushing the fish dock thing and you'll get a smack. I mean it.",
  [BU], "block", [PA], note="[explicit] Threat of violence at a councillor by handle.")
P("bu02", F, "Nice house you've got on Saltcote Lane, Naomi. Lovely view of the windmill from the front. Be a shame if anything happened to it.",
  [BU], "block", [PA, DP], note="[veiled] Home street plus 'be a shame if'; data protection allowed for the street.")
P("bu03", F, "I know what time you leave the Palm Halls on a Thursday, @ElliePCP. Just so you know.",
  [BU], "block", [PA, DP], note="[veiled] Watching a councillor's movements; route and time allow data protection.")
P("bu04", F, "Anyone thinking of giving evidence against me at the standards hearing should think very carefully about their future in this borough. Very carefully.",
  [BU], "block", note="[pressure] Threat against witnesses in a standards case.")
P("bu05", F, "Right, everyone. Let's flood @JessOrmerodGD's inbox and page tonight. Every post, every photo. Make sure she knows she's not welcome on the North Shore. 📢📢",
  [BU], "block", [PA, EQ], note="[pressure] Pile-on call. 'Not welcome' aimed at a trans councillor allows equality, though no trait is named. HN2 {h2_08} condemns a call like it.")
P("bu06", F, "If Sweepwell's area manager shows his face on Netloft Road again I'll put him in one of his own wheelie bins. Personally.",
  [BU], "block", [PA], note="[explicit] Threat at an identifiable contractor's manager. HN2 {h2_20} condemns it.")
P("bu07", F, "Dawn Swarbrick would do well to remember that accidents happen on the dock. Slippery places, docks. Especially in the dark.",
  [BU], "block", [PA], note="[veiled] 'Accidents happen'.")
P("bu08", F, "Sophie Kenyon: either that Brine Lane report says what it should say by Friday or everyone in the Town Hall finds out what you got up to at the Christmas do. Your choice.",
  [BU, OF], "block", [PA, PR], note="[pressure] Blackmail of a named planning officer over her report; predetermination allowed (pending application, no register).")
P("bu09", F, "Next time Derek Fairclough patronises me in the chamber I'm going to lamp him. Genuinely. I'm done being polite.",
  [BU], "block", [PA], note="[explicit] 'lamp' (hit) a named councillor.")
P("bu10", F, "To whoever reported me to the Monitoring Officer: I know it was you. Skerwick's a small place. We'll be seeing each other.",
  [BU], "block", [PA], note="[veiled] Threat at a complainant.")
P("bu11", F, "Share this if you think Liam Cookson should be hounded out of South Prom. Let's see how long he lasts with every one of us on his case, every day.",
  [BU], "block", [PA], note="[pressure] Pile-on call to hound a named councillor.")
P("bu12", F, "The Shrimp and Anchor's licence comes up for review in the new year. Shame the landlord's been so gobby about me on Facebook lately. Real shame. Be a pity to lose a pub like that.",
  [BU], "block", [PA, IA], note="[veiled] Misuse of licensing powers hinted at a critic; improper advantage allowed.")
P("bu13", F, "Somebody wants to give Stuart Cardwell a good hiding. Not saying it'll be me. Not saying it won't.",
  [BU], "block", [PA], note="[explicit] Call for a beating, half-owned. HN5 {h5_16} goes 'into hiding' after losing at darts.")
P("bu14", F, "Going to print out Maureen Threlfall's leaked WhatsApps and stick them up in every chippy in Skerwick. Let her squirm. Let the whole town read them.",
  [BU], "block", [PA, CD], note="[pressure] Public humiliation; 'leaked' allows confidentiality.")
P("bu15", F, "You'll regret today's vote, @KwameAsanteCP. Mark my words. Not today, not tomorrow, but you will regret it.",
  [BU], "block", [PA], note="[veiled] 'You'll regret'.")
P("bu16", F, "Reet, I've had it wi' Alan Whiteside. Next time he comes up our yard mithering about the drains I'm setting the dogs on him. Tell him that from me.",
  [BU], "block", [PA], note="[explicit] Threat in dialect ('reet', 'wi'', 'mithering'); a Crookmoss farmer's voice.", ward="Crookmoss")
P("bu17", F, "Reminder to our Head of Planning that some of us have long memories about who gets promoted round here and who doesn't. Think on before you write that recommendation.",
  [BU, OF], "block", [PA], note="[pressure] Career threat to an officer by role to change advice; 'think on' is Lancashire for 'mind'.")
P("bu18", F, "Gill Ashworth's lad plays for the Gulls under-14s, doesn't he. Be a shame if his mum's politics followed him onto the pitch on a Sunday.",
  [BU], "block", [PA, DP], note="[veiled] Threat through a councillor's child; data protection allowed (child, club).")
P("bu19", F, "Saw Ravi Mistry's car parked on the Prom again. Lovely motor. Them tyres look very vulnerable, parked out there all night.",
  [BU], "block", [PA], note="[veiled] Threat to property.")
P("bu20", F, "I've got a folder on every one of the Moss Independents. Every single one. Cross me on the budget and it goes straight to the Gazette.",
  [BU], "block", [PA], note="[pressure] Blackmail of a group of councillors over a vote.")
P("bu21", F, "To the lad who keeps spraying graffiti on the Jubilee Pier: we know who you are, we know where you live, and you'll be getting a visit. Not from the police.",
  [BU], "block", [PA], note="[explicit] 'We know where you live' at a member of the public.")
P("bu22", F, "Whoever leaked the housing paper to the Progressives has 24 hours to own up. After that I start naming names and ringing employers.",
  [BU], "block", [PA, CD], note="[pressure] Ultimatum with threats to livelihoods; 'leaked' allows confidentiality.")
P("bu23", F, "Nathan Boswell wants to be careful, turning up at the moss meeting like he owns the place. People round here have long memories and short tempers.",
  [BU], "block", [PA, EQ], note="[veiled] At the Romany councillor; 'like he owns the place' and 'people round here' carry an anti-Traveller undertone, so equality allowed.")
P("bu24", F, "If @ShaziaMahmoodCP turns up at my Dock Street surgery again I'll have her thrown out, and it won't be gentle.",
  [BU], "block", [PA], note="[explicit] Threat of force.", ward="Skerwick Docks")
P("bu25", F, "Got a video of Grace Okonkwo losing her rag at the Haverwell residents' meeting. Anyone want a copy? Thinking of sending it to her pastor. 😇",
  [BU], "block", [PA, EQ], note="[pressure] Humiliation through her church; equality allowed for the religious angle. HN2 {h2_18} condemns it.")
P("bu26", F, "Might pay @TomGornallGD a little visit at home tonight. A quiet word about how he voted. Just the two of us, nobody else around.",
  [BU], "block", [PA], note="[veiled] A home visit over a vote.")
P("bu27", F, "The woman on Kelpie Road who keeps complaining about my van: carry on and you'll find out what I'm like when I'm not being nice.",
  [BU], "block", [PA, DP], note="[explicit] Threat at a complainant identified by street; data protection allowed.")

# ---------------------------------------------------------------------------
# equality.discrimination: 27 originals (all block); notes tagged
# [explicit; characteristic] or [coded; characteristic].
# ---------------------------------------------------------------------------
F = EQ
P("eq01", F, "Skerwick fish dock used to be full of Skerwick men. Now it's all Lithuanians and Romanians who can't say good morning in English. Send them back and give our lads the jobs.",
  [EQ], "block", note="[explicit; race] National origin; 'send them back'. HN3 {h3_04} busts the jobs myth; HN2 {h2_11} condemns the chant.", avoid=["Darius Petrauskas"])
P("eq02", F, "Another mosque on Netloft Road? We don't need more Muslims in Skerwick, we've got plenty. They don't integrate and they never will.",
  [EQ], "block", [PR], note="[explicit; religion or belief] Anti-Muslim; predetermination allowed as it reads as a view on a planning matter. HN3 {h3_02} is the neutral planning post.", avoid=["Shazia Mahmood"])
P("eq03", F, "Funny how the Sandpiper Hotel filled up with 'young families' who all turned out to be fighting-age men from the same three countries. Lock your doors, North Shore.",
  [EQ], "block", note="[coded; race] Asylum seekers cast as a danger by insinuation. HN3 {h3_01} gives the figures; HN1 {h1_13} criticises the contract's handling.")
P("eq04", F, "Ruth Cottam should not be on licensing. Somebody in a wheelchair can't do the site visits and frankly slows the whole committee down. Time she stepped aside.",
  [EQ, PA], "block", note="[explicit; disability] A named wheelchair user told to step aside. HN3 {h3_27} is about ramp gradients; HN4 {h4_02} is Ruth herself.")
P("eq05", F, "Harold Bamber is 79. He should be in a home, not on the planning committee. Dinosaurs like him want pensioning off.",
  [EQ, PA], "block", note="[explicit; age] HN2 {h2_14} is Harold's reply to the same abuse; HN6 {h6_08} criticises his attendance instead.")
P("eq06", F, "Women like Ellie Parkinson shouldn't be let anywhere near the finance brief. Go and run the coffee morning, love.",
  [EQ, PA], "block", note="[explicit; sex] HN2 {h2_07} is Ellie answering it.")
P("eq07", F, "Liam Cookson and his 'husband' holding hands at the Lights switch-on, right in front of the kiddies. Some of us still think there's a time and a place.",
  [EQ, PA], "block", note="[coded; sexual orientation] Scare quotes and 'time and a place', no slur. HN2 {h2_13} condemns the scare quotes.")
P("eq08", F, "Jess Ormerod is a man. I don't care what bit of paper he's got, I'll call him he, and he has no business on the women's safety working group.",
  [EQ, PA], "block", note="[explicit; gender reassignment] Deliberate misgendering of a named trans councillor. HN3 {h3_05} is the civil debate on single-sex spaces.")
P("eq09", F, "Katie Sumner's expecting her second in March and she wants to chair scrutiny? Get real. She'll be off for a year and we'll be carrying her. Pregnant women and committee chairs don't mix.",
  [EQ, PA], "block", note="[explicit; pregnancy and maternity] HN3 {h3_20} sets out the leave rules; HN2 {h2_19} answers the same line.")
P("eq10", F, "Interesting how the Bracksands seafront leases keep going to friends of Naomi Lever. Her people always did look after their own, didn't they.",
  [EQ, PA], "block", [DF], note="[coded; religion or belief] Antisemitic 'her people look after their own' with no group word; the favouritism hint allows defamation. HN2 {h2_12} names the trope to condemn it; HN6 {h6_13} raises the leases on the record.")
P("eq11", F, "Kwame Asante lecturing us about Marram's history. Mate, your lot weren't even here when they built the Tower. Go back where you came from.",
  [EQ, PA], "block", note="[explicit; race] 'Go back where you came from' at a Black British councillor. HN4 {h4_09} is Kwame on his seafarer grandad.")
P("eq12", F, "North Shore's starting to look like Karachi-on-Sea. Not what my grandad came home from the war for. #SaveOurSeafront",
  [EQ], "block", note="[coded; race] No group named; the place name and hashtag do the work. HN2 {h2_17} answers it.", avoid=["Shazia Mahmood", "Ravi Mistry"])
P("eq13", F, "Whoever designed the new tram timetable must be a complete spastic.",
  [EQ, AL], "block", [PA, OF], note="[explicit; disability] Disability slur used as an insult: abusive language expected; personal attack and officers allowed for 'whoever designed'. HN2 {h2_15} condemns the word.", avoid=["Tom Gornall", "Ruth Cottam", "Dawn Swarbrick"])
P("eq14", F, "Bunch of pikeys on the Peat Ditch Lane site again. Every time they roll in, the red diesel goes missing off the farms. Fact.",
  [EQ, AL], "block", [DF], note="[explicit; race] Slur for Gypsies and Travellers plus a theft allegation at the group; defamation allowed. HN3 {h3_07} and HN2 {h2_03} answer it.", avoid=["Nathan Boswell"])
P("eq15", F, "Grace Okonkwo should leave her happy-clappy Jesus nonsense at the church door. Nobody in Haverwell voted for a Bible-basher.",
  [EQ, PA], "block", note="[explicit; religion or belief] Christian councillor mocked for her faith. HN3 {h3_03} debates council prayers civilly; HN2 {h2_06} is Grace's reply.")
P("eq16", F, "Tom Gornall's 'condition' is very convenient, isn't it. Can't cope with noise in the chamber, can't cope with late meetings, but he copes with the allowance just fine.",
  [EQ, PA], "block", note="[coded; disability] Autism not named; scare quotes on 'condition'. HN2 {h2_16} is Tom's answer; HN4 {h4_07} his own post.")
P("eq17", F, "No offence but I don't want a gay bloke running the youth services portfolio. Call me old-fashioned.",
  [EQ], "block", note="[explicit; sexual orientation] Exclusion from a role; no person named. HN3 {h3_12} is a civil debate about youth council seats.", avoid=["Liam Cookson"])
P("eq18", F, "Nobody under 30 should get a say on the Sands Quarter. Never paid a mortgage, never run a business, and they think a TikTok is a consultation response.",
  [EQ], "block", note="[explicit; age] Exclusion of the young. HN3 {h3_14} invites both ends of the age range.", avoid=["Ellie Parkinson"])
P("eq19", F, "Ravi Mistry can call himself a sandgrown'un all he likes. Being born in Marram doesn't make you one of us.",
  [EQ, PA], "block", note="[coded; race] 'Sandgrown'un' is the local word for someone born in the town; denying it to a British Asian councillor who was born here. HN2 {h2_22} uses the same word in reply to a slur.")
P("eq20", F, "Our Nathan's turned up in a suit for once. Did he nick it off a washing line on the way in? 😂",
  [EQ, PA], "block", [DF], note="[coded; race] Theft trope at the Romany councillor, dressed as a joke; 'nick' allows defamation. HN4 {h4_08} is Nathan's own post.")
P("eq21", F, "A civil partnership is not a marriage, and Irene Wareing's 'partner' should not be getting a consort's seat at civic events. That's for real husbands and wives.",
  [EQ, PA], "block", note="[explicit; marriage and civil partnership] Some would tag sexual orientation. HN2 {h2_27} and HN4 {h4_14} answer it.")
P("eq22", F, "Diwali fireworks on the North Shore going off till 2am again. If they want Bombay they know where it is.",
  [EQ], "block", note="[coded; race] A noise complaint turned into 'go home'. HN3 {h3_09} handles the same complaint even-handedly.", date="2026-11-09", avoid=["Ravi Mistry"])
P("eq23", F, "Dawn Swarbrick needs an interpreter to follow a meeting and we're the ones paying for it. If you can't hear the debate you shouldn't be in it.",
  [EQ, PA], "block", note="[explicit; disability] At a deaf councillor. HN2 {h2_28} quotes the last line to condemn it; HN3 {h3_10} gives the cost.")
P("eq24", F, "This is what you get when you let women run a harbour board. All feelings, no sense.",
  [EQ], "block", note="[explicit; sex] Generalisation about women. HN3 {h3_26} discusses the board's gender balance.")
P("eq25", F, "Shazia Mahmood wants a 'community cohesion' budget. Cohesion with who, exactly? Her lot won't even shake hands with a woman.",
  [EQ, PA], "block", note="[coded; religion or belief] 'Her lot' for Muslims, with a stereotype. HN4 {h4_11} is Shazia's own post.")
P("eq26", F, "Any bloke in a dress who tries to use the ladies' changing at the South Prom baths will be thrown out. Simple as. Not on my watch.",
  [EQ], "block", [BU], note="[explicit; gender reassignment] Trans women as 'bloke in a dress' plus a threat of removal; bullying allowed. HN3 {h3_05} is the civil version; HN2 {h2_23} quotes the phrase to condemn it.", avoid=["Jess Ormerod"])
P("eq27", F, "Giving the Palm Halls manager job to a woman of 32? She'll be pregnant inside a year. Should've gone for the bloke.",
  [EQ], "block", [OF], note="[explicit; pregnancy and maternity] About a staff appointment (officers allowed); sex also in play. HN2 {h2_26} answers it.", avoid=["Katie Sumner"])

# ---------------------------------------------------------------------------
# defamation.allegation: 27 originals
# review for idiom, innuendo, hearsay and name-calling; block where a specific
# crime is stated as fact.
# ---------------------------------------------------------------------------
F = DF
P("df01", F, "Stuart Cardwell took £5,000 from Gullstone Developments to wave Brine Lane through committee. I've got the screenshot of the bank transfer.",
  [DF], "block", [PA, PR], note="Bribery stated as fact with claimed evidence: block. Predetermination allowed (pending application named).")
P("df02", F, "Derek Fairclough's had his hand in the till that long it's got a tan line.",
  [DF], "review", [PA], note="Theft in idiom, no specifics: review.")
P("df03", F, "Gillian Ashworth is a liar. Plain and simple. She told South Prom the baths were safe and she knew full well they weren't.",
  [DF, PA], "review", note="'liar' at a person (convention: personal attack too). HN6 {h6_04} challenges the same decision on the evidence.")
P("df04", F, "Our s151 officer has been moving money out of the coastal defence reserve into her own consultancy. Everyone in Resources knows it.",
  [DF, OF], "block", [PA], note="Embezzlement by an officer identified by role: block.")
P("df05", F, "Ask yourself why a certain cabinet member's son-in-law got the Lights maintenance contract without it ever going out to tender. Go on. Ask.",
  [DF], "review", [PA], note="Innuendo at an identifiable cabinet member, no name: review.")
P("df06", F, "Colin Rawcliffe was stopped for drink driving on the Haverwell bypass in August and it went away because his brother's a sergeant at Marram nick.",
  [DF], "block", [PA], note="A crime and a cover-up stated as fact: block.")
P("df07", F, "Maureen Threlfall? Crooked as a dog's hind leg, always has been.",
  [DF, PA], "review", note="'Crooked' idiom at a person: defamation and personal attack (convention), review.")
P("df08", F, "Marram Coast Homes have been charging Kittiwake House tenants for a concierge that doesn't exist and pocketing the lot. £180,000 over three years. That's fraud.",
  [DF], "block", [PA], note="Fraud by a housing association stated as fact with a figure: block. HN1 {h1_20} says 'ripping off' about a service charge rise.")
P("df09", F, "Brightwater Leisure are crooks. Everyone who's worked the box office at the Palm Halls knows the ticket money never adds up.",
  [DF], "review", [PA], note="'crooks' at a company: defamation, personal attack only allowed (convention).")
P("df10", F, "Tideline canvassers were filling in postal votes for residents at the Seaview care home in May. I watched them do it.",
  [DF], "block", [PA], note="Electoral fraud by a party's canvassers stated as witnessed fact: block.")
P("df11", F, "Kwame Asante fiddles his expenses. Everyone in the group says so.",
  [DF], "review", [PA], note="Hearsay dishonesty, no specifics: review.")
P("df12", F, "Frank Croft sold council-owned nets and tackle out of the old harbour store for cash in hand. Three grand's worth. He's a thief.",
  [DF, PA], "block", note="Theft of council property stated as fact, plus 'thief' at him: block.")
P("df13", F, "Ravi Mistry's been on the Brightwater gravy train for years. Free tickets, free dinners, free everything. Funny how they always end up with the Lights contract.",
  [DF], "review", [PA, GH], note="Corruption by insinuation; hospitality named, so gifts allowed.")
P("df14", F, "Everyone at Haverwell market knows the Mayor's on the take from the stallholders' association.",
  [DF], "review", [PA], note="'On the take' at the Mayor by role, no specifics: review.")
P("df15", F, "Martin Greenhalgh had three objection letters on Brine Lane binned before they were logged. Someone in his own team told me.",
  [DF, OF], "block", [PA, PR], note="Misconduct in public office by a named officer stated as fact: block.")
P("df16", F, "@AlanWhitesideMI is a fraud and a con artist, and the moss deserves better.",
  [DF, PA], "review", note="'fraud' and 'con artist' as name-calling at a handle: review.")
P("df17", F, "Carol Breckell has a conviction for assault from 2019 that she never declared when she stood. Look it up.",
  [DF], "block", [PA, DP], note="A criminal conviction alleged as fact: block; special category data allowed.")
P("df18", F, "Not saying who, but one Crookmoss councillor's shiny new tractor looks an awful lot like the one that was meant for the community farm. Funny that.",
  [DF], "review", [PA], note="Innuendo narrowed to four ward members: review.")
P("df19", F, "Harold Bamber's been claiming single person council tax discount for ten year while his partner lives with him up Crookmoss. That's fiddling, plain and simple.",
  [DF], "block", [PA, DP], note="Council tax fraud stated as fact; dialect 'ten year', 'up Crookmoss'. His household allows data protection.")
P("df20", F, "Shazia Mahmood lies like she breathes. Every leaflet, every speech.",
  [DF, PA], "review", note="Dishonesty as name-calling: review.")
P("df21", F, "The Chief Executive had the Brine Lane consultation notices backdated so it looked like the deadline was met. I've seen the originals.",
  [DF, OF], "block", [PA], note="Falsifying records by an officer by role, with claimed evidence: block.")
P("df22", F, "Sweepwell are ripping us off, pure and simple. Billing the council for rounds they never do. Somebody should call in the fraud squad.",
  [DF], "block", [PA], note="Billing for work not done is fraud stated as fact at a company: block. Some would call it review as the figures are absent.")
P("df23", F, "Jess Ormerod's 'grassroots' beach campaign is a front for her mate's PR firm. Follow the money.",
  [DF], "review", [PA], note="Deception alleged by insinuation: review.")
P("df24", F, "The Gazette's editor takes cash from Gullstone to spike stories. Two grand a time. Fact.",
  [DF], "block", [PA], note="Bribery of an identifiable editor stated as fact with a figure: block. HN1 {h1_25} asks the same paper for a correction.")
P("df25", F, "Great to see @CllrCardwell's famous 'independence' on display again. Third Gullstone scheme approved, third Gullstone Christmas hamper delivered. Coincidence, I'm sure 🙄",
  [DF, IR], "review", [PA, GH], note="Mock praise carrying a corruption insinuation; irony expected. HN6 {h6_01} puts his committee record on the table instead.")
P("df26", F, "Everybody down the fish dock knows Darius Petrauskas's vote on the market lease was bought and paid for.",
  [DF], "review", [PA], note="'Bought and paid for' idiom: review.")
P("df27", F, "Lorraine Duckworth in Licensing has been taking backhanders from taxi firms for plates. Fifty quid a plate. Ask any driver on the rank.",
  [DF, OF], "block", [PA], note="Bribery by a named officer stated as fact with a figure: block.")

# ---------------------------------------------------------------------------
# Hard negatives: 165, tag at the start of the note.
# HN1 harsh criticism of a policy, decision, party, company or the council
# HN2 counter-speech, quoting abuse to condemn it
# HN3 denied prejudice, myth-busting, civil debate on protected topics
# HN4 neutral or positive mentions of protected groups, self-description,
#     reclaimed terms
# HN5 figurative violence, banter, self-deprecation, idioms
# HN6 criticism of a named councillor's record that stays on the record
# ---------------------------------------------------------------------------
H("h1_01", "HN1", "The new Prom parking charges are a mess from top to bottom: no consultation with the traders, no exemption for blue badge holders, and a start date slap in the middle of the Lights. Scrap them and start again.",
  note="Harsh but civil on the charges {al01} swears at.")
H("h1_02", "HN1", "Sweepwell's performance this autumn has been dire. Missed collections on 41 streets in October alone. The contract has break clauses and it's time the cabinet used them.",
  note="Contractor criticised on figures.")
H("h1_03", "HN1", "Brightwater Leisure's deal for the Palm Halls is the worst contract this council has signed in a generation. Ticket income down, repair bill up, and we're still paying them a management fee. Indefensible.",
  note="Company and contract criticised; no dishonesty alleged (compare {df09}).")
H("h1_04", "HN1", "Cutting Skerwick library to three days a week is a disgrace. Not a 'realignment', not an 'efficiency'. A disgrace. I'll be voting against it and so should every member who represents the docks.",
  note="'Disgrace' at a decision; a library cut is not quasi-judicial, so 'voting against' is fine.")
H("h1_05", "HN1", "The administration's housing strategy is spineless. Eleven pages, no targets, no money, and not one new council home before 2029.",
  note="'Spineless' at a strategy, not a person (compare {pa05}).")
H("h1_06", "HN1", "Marram Coast Homes have failed the tenants of Kittiwake House. Two winters of black mould. I've reported them to the Housing Ombudsman today and I'll publish the reply when it comes.",
  note="Same complaint as {al11}, taken to the regulator.")
H("h1_07", "HN1", "The Brine Lane committee report is weak. It skates over the flood risk and leans on a traffic survey from 2019. Members deserve better evidence before they decide anything.",
  [OF, PR], note="Criticises a report, not its author (compare {pa24}); officers and predetermination allowed.")
H("h1_08", "HN1", "Gullstone build cheap, build fast and leave. Look at the cracks on the Sandfield estate. I don't want to see their hoardings anywhere in Haverwell again.",
  [PA], note="Hard words about a developer's record; personal attack allowed for a company.")
H("h1_09", "HN1", "Let's be honest about this budget: it's a con trick. Council tax up 4.99%, services down, and a 'transformation fund' nobody in the cabinet can explain.",
  [DF], note="'Con trick' about a budget; defamation allowed.")
H("h1_10", "HN1", "The tram extension is a white elephant, a vanity project dreamed up in a boardroom by people who have never caught the 6.40 from Skerwick on a wet Monday. Bin it.",
  note="Vanity project at a scheme.")
H("h1_11", "HN1", "The decision to cut the Crookmoss bus to two a day is cruel. There's no other word for it. Pensioners on the moss will be stuck at home all winter.",
  note="'Cruel' at a decision.")
H("h1_12", "HN1", "The Coast Progressives' alternative budget doesn't add up. £2m for the baths from a reserve that's already committed twice over. Fantasy economics.",
  note="A party's budget criticised.")
H("h1_13", "HN1", "The council's handling of the Sandpiper Hotel contract has been hopeless: no briefing for ward members, no answers for residents, nothing from the Home Office's contractor. People are worried and they've been left in the dark. That's on the council, not on the families living there.",
  [EQ], note="Criticises the handling of asylum accommodation; equality allowed for the topic (compare {eq03}).")
H("h1_14", "HN1", "I have never seen a worse-run consultation. Three drop-ins, all in working hours, all in Bracksands. The people of Skerwick were shut out. Run it again.",
  note="A process criticised.")
H("h1_15", "HN1", "The Lights switch-on was a shambles: a forty-minute delay, half the Prom dark, and a £40k fee for a headliner who did six minutes. Scrutiny needs to look at the whole thing.",
  note="Civil version of {al03}.")
H("h1_16", "HN1", "Tideline promised a lifeguard on every beach. This summer there were three for eleven miles of coast. That's a broken promise and they should own it.",
  [DF], note="A party's broken promise; defamation allowed.")
H("h1_17", "HN1", "The licensing policy on late-night takeaways is a blunt instrument. It hammers the decent family businesses on Dock Street and does nothing about the two places that actually cause the trouble.",
  note="Policy criticism with 'hammers'.")
H("h1_18", "HN1", "Utterly rubbish decision by the harbour board to scrap the Skerwick regatta after 90 years. Rubbish. They should reverse it before Christmas.",
  note="'Rubbish' at a decision.")
H("h1_19", "HN1", "The council's sea wall strategy is a joke, and not a funny one. Shoring up the Prom while Crookmoss floods every February.",
  note="'A joke' at a strategy.")
H("h1_20", "HN1", "Marram Coast Homes are ripping off their tenants: a 12% service charge rise for a lift that's broken half the year. I've written to the association asking for a freeze.",
  [DF, PA], note="'Ripping off' about a price rise; defamation and personal attack allowed (compare {df08}).")
H("h1_21", "HN1", "The cabinet's Sands Quarter masterplan is all glossy pictures and no substance. Where's the affordable housing? Where's the school? Where's the GP surgery?",
  note="A plan criticised.")
H("h1_22", "HN1", "The Moss Independents voted for the cut to the rural bus in February and then leafleted against it in May. That's not politics, that's a conjuring trick.",
  [DF], note="A party's voting record; defamation allowed for the implied hypocrisy.")
H("h1_23", "HN1", "Sick of this. Third year running the Skerwick Christmas lights are left to volunteers while the Prom gets a £600k display. The docks are part of this borough too.",
  note="Angry but about spending.")
H("h1_24", "HN1", "The new council website is a disaster. Try reporting a pothole from your phone. Go on, I dare you. 🙃",
  [IR], note="Sarcasm at a website; irony allowed.")
H("h1_25", "HN1", "The Gazette got the budget story badly wrong this week. The reserves are not 'empty'; they are committed. I've asked the editor for a correction.",
  note="Media criticised on the facts (compare {df24}).")
H("h1_26", "HN1", "Scandalous waste of money: £90k on consultants to tell us the Palm Halls roof leaks. We could have told them that for the price of a brew.",
  note="'Scandalous' at spending.")
H("h1_27", "HN1", "Brightwater's new parking app is rubbish. Crashed twice on me at the Jubilee Pier today and charged me for both. Useless.",
  note="'Useless' at an app, not a person.")
H("h1_28", "HN1", "The Tideline group should be ashamed of walking out before the vote on holiday meals for children. Families in Skerwick deserved a decision, not a stunt.",
  [PA], note="'Should be ashamed' at a group's conduct; personal attack allowed.")

H("h2_01", "HN2", "Someone sprayed 'go back where you came from' on the shutter of the Lithuanian deli on Dock Street last night. To the family who run it: Skerwick is where you come from now. I'll be there at 10 with a brush and paint if anyone wants to help.",
  [EQ], note="Quotes racist graffiti to condemn it.")
H("h2_02", "HN2", "I've had a message calling me a 'cripple who should stay at home'. I'm sharing it because people should see what disabled councillors get. I'm not going anywhere.",
  [EQ, AL], note="Ruth Cottam (wheelchair user) quotes a slur aimed at her.", author="Ruth Cottam")
H("h2_03", "HN2", "To whoever put 'pikeys out' on the sign at the Peat Ditch Lane site: that's not a protest, it's a hate crime, and it's been reported. Gypsy and Traveller families are part of Crookmoss.",
  [EQ, AL], note="Quotes the slur of {eq14} to condemn it.")
H("h2_04", "HN2", "Grown adults calling a 23-year-old councillor a 'silly little girl' in the comments under my post. Ellie Parkinson has done more casework this year than most of us. Disgraceful, and every one of those comments is coming down.",
  [EQ, PA], note="Defends a young colleague and removes abusive comments.")
H("h2_05", "HN2", "A reminder, after some of what I've read this week: 'a man in a dress' is not a political argument. Jess Ormerod is a councillor and a woman, and she gets the same respect as every one of us.",
  [EQ], note="Counter-speech for a trans colleague (compare {eq08}).")
H("h2_06", "HN2", "No, I won't 'leave my Bible at the church door'. Faith is part of who I am. It doesn't decide my votes and it never has. Grace",
  [EQ], note="Grace Okonkwo answers {eq15}.", author="Grace Okonkwo")
H("h2_07", "HN2", "The man who told me on Friday that 'women like you should stick to the coffee morning' will be pleased to hear I'm now chairing the finance working group. ☕",
  [EQ], note="Ellie Parkinson answers the line in {eq06}.", author="Ellie Parkinson")
H("h2_08", "HN2", "I've reported the post calling for people to 'flood' a colleague's inbox. Pile-ons aren't democracy. Disagree with her votes, fine. Organise to hound her, no.",
  [BU], note="Condemns a pile-on like {bu05}.")
H("h2_09", "HN2", "Threats against planning officers for doing their job are never acceptable. The comment on our page saying Sophie Kenyon 'wants sorting out' has been removed and passed to the police.",
  [BU, OF], note="Quotes a threat at an officer to condemn it; names her only to support her.")
H("h2_10", "HN2", "To the person leaving voicemails saying 'we know where you live': they've gone to the police. I'll keep holding surgeries every Saturday. That's the job.",
  [BU], note="Quotes a threat received.")
H("h2_11", "HN2", "'Send them back' was shouted at the back of the fish market meeting this morning, and some people clapped. Lithuanian and Romanian workers have kept that dock open through two recessions. I was ashamed of that room.",
  [EQ], note="Quotes {eq01}'s chant to condemn it.")
H("h2_12", "HN2", "Antisemitism on Facebook this week dressed up as 'just asking questions' about who gets seafront leases. 'Her people look after their own' is a centuries-old slander. I stand with Naomi and with the Bracksands Hebrew Congregation.",
  [EQ], note="Names the trope of {eq10} to condemn it.")
H("h2_13", "HN2", "Somebody in the Gazette comments keeps putting Liam's husband in quote marks. They've been married six years. No quote marks needed. 🏳️‍🌈",
  [EQ], note="Answers the scare quotes of {eq07}.")
H("h2_14", "HN2", "If you're going to call me a 'dinosaur who wants pensioning off', at least come to a meeting and say it. Still here at 79, still at committee, still reading every page of the papers. Harold",
  [EQ], note="Harold Bamber answers {eq05}.", author="Harold Bamber")
H("h2_15", "HN2", "Calling someone a 'spastic' is not banter. It never was banter. I've asked the Gazette to take down the comment thread under their tram story.",
  [EQ, AL], note="Condemns the slur in {eq13}.")
H("h2_16", "HN2", "I've been told my 'condition' is convenient. Autism isn't convenient. Ear defenders in the chamber aren't a perk. Reasonable adjustments are the law, and they're why I can do this job. Tom",
  [EQ], note="Tom Gornall answers {eq16}.", author="Tom Gornall")
H("h2_17", "HN2", "To whoever posted 'Karachi-on-Sea' about the North Shore: my nani came to this town in 1974 and ran a shop on Dock Street for thirty years. We built this place too.",
  [EQ], note="Answers {eq12}.", author="Shazia Mahmood")
H("h2_18", "HN2", "A video of a colleague 'losing her rag' is being passed round with a threat to send it to her church. That isn't scrutiny, it's intimidation. Please stop sharing it.",
  [BU], note="Condemns {bu25}.")
H("h2_19", "HN2", "A man on the Prom told me a pregnant councillor 'will be off for a year and we'll be carrying her'. Katie Sumner is due in March and has missed one meeting since May. Pregnancy is not a reason to sideline anyone.",
  [EQ], note="Answers {eq09}.")
H("h2_20", "HN2", "The comment about putting a Sweepwell manager 'in one of his own bins' has been reported. I've been as hard on that contract as anyone, but the staff on the wagons and in the depot deserve to go to work safe.",
  [BU], note="Condemns {bu06} while keeping the contract criticism.")
H("h2_21", "HN2", "Dear people in my mentions calling me a 'c***': your language says more about you than me. The bins on Netloft Road still need emptying. See you at surgery on Saturday.",
  [AL], note="Quotes an asterisked obscenity received.")
H("h2_22", "HN2", "I've been called a 'Paki' twice this week. I was born in Marram Bay General. I'm a sandgrown'un, same as you. Report it, don't ignore it.",
  [EQ, AL], note="Ravi Mistry quotes a slur aimed at him (compare {eq19}).", author="Ravi Mistry")
H("h2_23", "HN2", "We've had 'bloke in a dress' and 'pervert' posted under the council's Trans Day of Remembrance notice. The notice stays up. Those comments don't.",
  [EQ, AL], note="Quotes transphobic abuse to remove it.", date="2026-11-20")
H("h2_24", "HN2", "'The sooner she is gone the better for everyone who has to breathe the same air' was written about the Leader of this council online this week. I disagree with Gillian Ashworth on nearly everything. Nobody should have to read that about themselves.",
  [PA], note="Quotes {pa09} to condemn it.")
H("h2_25", "HN2", "Racist graffiti on the Netloft Road mosque wall this morning. I won't repeat it. By lunchtime the imam had flowers from half of Skerwick. That's the real Skerwick.",
  [EQ], note="Condemns a hate incident without quoting it.")
H("h2_26", "HN2", "Saying a woman of 32 will 'be pregnant inside a year' as a reason not to appoint her is unlawful discrimination, full stop. The Palm Halls panel got it right.",
  [EQ, OF], note="Quotes {eq27} to condemn it; the appointment panel allows officers.")
H("h2_27", "HN2", "'A civil partnership isn't a real marriage' is something I've heard in this borough more than once this month. Irene and Lynne have been together 31 years. The law says their partnership counts. So do I.",
  [EQ], note="Answers {eq21}.")
H("h2_28", "HN2", "Deaf people don't need anyone's permission to be in public life. BSL interpreters at full council cost less than the Mayor's car. Anyone saying 'if you can't hear the debate you shouldn't be in it' can take it up with the Equality Act. 🤟",
  [EQ], note="Quotes {eq23} to condemn it.")

H("h3_01", "HN3", "Myth-busting: the Sandpiper Hotel is not 'full of men'. Figures given to ward members by the Home Office this week: 34 families, 61 children. Please check before you share.",
  [EQ], note="Busts the claim in {eq03}.")
H("h3_02", "HN3", "The Netloft Road mosque extension goes to planning committee like any other application. Parking and drainage will be looked at; faith won't be. Residents worried about traffic, come to my surgery.",
  [PR], note="Neutral on a planning matter about a mosque (compare {eq02}); predetermination allowed for the topic.")
H("h3_03", "HN3", "Honest question, asked in good faith: should full council still open with a prayer? I'm a churchgoer myself and I'm not sure it should. I'd like to hear from people of all faiths and none.",
  note="Civil debate about religion in council business (compare {eq15}).")
H("h3_04", "HN3", "Eastern European workers are NOT 'taking' dock jobs. The fish processors have had 40 vacancies since spring. The problem is pay and shift patterns, not passports.",
  [EQ], note="Busts the myth in {eq01}.")
H("h3_05", "HN3", "There is a real debate to be had about single-sex changing at the South Prom baths, and it can be had without anyone calling anyone names. The leisure trust's consultation closes on 30 November.",
  [EQ], note="Civil framing of the debate {eq26} poisons.", date="2026-11-16")
H("h3_06", "HN3", "Equality Act reminder for the comments section: age is a protected characteristic. Arguing that a committee needs new blood is fine. Arguing someone is too old to be there is not.",
  [EQ], note="Explains where the line is on age.")
H("h3_07", "HN3", "For the avoidance of doubt: Traveller families on the transit site are not responsible for the farm thefts on the moss. Police confirmed last week's arrests were of two men from outside the county.",
  [EQ, DF], note="Rebuts the allegation in {eq14}; mentions arrests, so defamation allowed.")
H("h3_08", "HN3", "I'm not against the Sandpiper being used to house asylum seekers. I am against the Home Office's contractor giving ward councillors 48 hours' notice. Both things can be true.",
  [EQ], note="'I'm not against… I am against' on a process.")
H("h3_09", "HN3", "Diwali fireworks complaints: the noise rules are the same for everyone, whether it's Bonfire Night, New Year or Diwali. Report noise after 11pm to environmental health, whoever's setting them off.",
  [EQ], note="Handles the complaint in {eq22} even-handedly.", date="2026-11-10")
H("h3_10", "HN3", "A few people have asked why the council pays for BSL interpreters at meetings. Answer: it's a legal duty under the Equality Act and it's the right thing to do. Cost last year: £6,200.",
  note="Facts on a disability adjustment (compare {eq23}).")
H("h3_11", "HN3", "On halal meat in school dinners: it's one option among several, parents choose, and a non-halal option is always there. No child eats anything their family hasn't chosen.",
  [EQ], note="Myth-busting on a religious topic.")
H("h3_12", "HN3", "Debate at scrutiny today on whether the youth council should have a reserved LGBT+ seat. I'm not convinced reserved seats are the answer and I said so. I also said the youth council has to be safe for every young person in Marram. Both points stand.",
  [EQ], note="Civil disagreement on an LGBT+ topic (compare {eq17}).")
H("h3_13", "HN3", "No, the council is not 'banning Christmas'. The Prom display is called the Winter Lights because it runs from November to February. The nativity goes up on Bracksands Green as it has for forty years.",
  note="Myth-busting on religion.")
H("h3_14", "HN3", "I understand why some older residents feel the Sands Quarter plans aren't for them. I'd ask everyone under 30 and everyone over 70 to come to the same drop-in so we can actually talk to each other.",
  [EQ], note="Age mentioned to bring groups together (compare {eq18}).")
H("h3_15", "HN3", "Facts on the Lithuanian community centre grant: £4,000, from the same community fund as the bowls club and the sea cadets, decided by the same panel on the same scoring.",
  note="Myth-busting about a national-origin group.")
H("h3_16", "HN3", "Some residents have asked whether trans women can use the women's refuge in Haverwell. The refuge follows national guidance and assesses every case individually. I won't add anything that puts anyone at risk.",
  [EQ], note="Careful answer on a gender reassignment topic.")
H("h3_17", "HN3", "It's not racist to ask about school places, and here's the answer: Skerwick Primary is full because of the new houses on the old cannery site, not because of 'migrants'. Figures below.",
  [EQ], note="'Not racist to ask' followed by myth-busting.")
H("h3_18", "HN3", "I don't agree with the bishop's letter on assisted dying, and I've said so publicly. I'll still defend his right to write it and every parish's right to read it out.",
  note="Disagreement with a religious leader's view, respectfully.")
H("h3_19", "HN3", "The Gypsy and Traveller accommodation assessment says we need eight more permanent pitches by 2031. That's a legal requirement, not a favour. Where they go is a fair debate; whether they go somewhere isn't.",
  [EQ], note="Civil debate on Traveller pitches.")
H("h3_20", "HN3", "There's been some nasty stuff online about councillors and maternity. For clarity: there's no maternity pay for councillors, and Katie Sumner will have a six-month leave of absence agreed by full council, as the law allows.",
  [EQ], note="Facts answering {eq09}.")
H("h3_21", "HN3", "Questions about the flag on the Town Hall today: it's Trans Day of Remembrance, the flag protocol was agreed by all groups in 2021, and it comes down tomorrow morning.",
  [EQ], note="Neutral explanation on a gender reassignment topic.", date="2026-11-20")
H("h3_22", "HN3", "I'm a Christian and I voted for same-sex couples to be welcome at the civic service. Some in my church disagree with me. We're still talking to each other, which is how it should be.",
  note="Faith and sexual orientation discussed civilly.")
H("h3_23", "HN3", "The hearing loops at the Palm Halls are broken again. This isn't a nice-to-have: deaf and hard-of-hearing residents can't follow the shows without them. Fix them before panto season.",
  note="Disability access complaint.")
H("h3_24", "HN3", "Whether councillors over 75 should stand again is for the voters, not a Facebook poll. Let's drop the 'too old' posts and argue about policies.",
  [EQ], note="Calls off age-based posts.")
H("h3_25", "HN3", "A genuine concern raised at my surgery about the number of HMOs on the North Shore. It's about licensing and standards, not about who lives in them. I've asked for an enforcement sweep.",
  [EQ], note="'Not about who lives in them'.")
H("h3_26", "HN3", "Women are 51% of Marram and 28% of this council. The harbour board has one woman in nine. That's not an accident, and it's not a scandal either: it's a pipeline problem we can fix.",
  [EQ], note="Sex discussed with figures (compare {eq24}).")
H("h3_27", "HN3", "Wheelchair access at the Jubilee Pier: the ramp is 1 in 10, the guidance says 1 in 12. It fails disabled visitors. It needs fixing before the Lights next year.",
  note="Disability access on the facts.")

H("h4_01", "HN4", "Hope everyone on the North Shore had a wonderful Diwali. The diyas in the windows along Seacroft Terrace were the best I've ever seen them. Happy new year to all celebrating. 🪔",
  note="Ravi Mistry on Diwali, the day after (compare {eq22}).", author="Ravi Mistry", date="2026-11-09")
H("h4_02", "HN4", "As a wheelchair user I want to thank the Jubilee Pier staff who carried my chair down the steps when the lift broke. Above and beyond. (The lift still needs fixing, mind.)",
  note="Ruth Cottam's self-description.", author="Ruth Cottam")
H("h4_03", "HN4", "I'm trans, I'm a Green, I'm from the North Shore and I'm your councillor. Trans Day of Remembrance today: I'll be lighting a candle on the Prom at 5pm for those we've lost.",
  note="Jess Ormerod's self-description.", author="Jess Ormerod", date="2026-11-20")
H("h4_04", "HN4", "Me and my husband went to the Palm Halls tea dance this afternoon. Twenty years since we first danced there. Still can't foxtrot. 🏳️‍🌈💃",
  note="Liam Cookson's self-description.", author="Liam Cookson")
H("h4_05", "HN4", "29 weeks and counting 🤰 Full council Thursday, antenatal Friday. Thank you to everyone who's offered to cover my surgeries in the spring.",
  note="Katie Sumner on her pregnancy.", author="Katie Sumner")
H("h4_06", "HN4", "Eighty next year and still the youngest farmer on the moss, in my own head at least. Grand to see the young 'uns at the ploughing match.",
  [EQ], note="Harold Bamber on his age; 'young 'uns' fond.", author="Harold Bamber")
H("h4_07", "HN4", "Autistic, a councillor, and very glad the chamber now has a quiet room. Thank you to Democratic Services for making it happen. 💚",
  note="Tom Gornall's self-description.", author="Tom Gornall")
H("h4_08", "HN4", "Proud to be the first Romany Gypsy on Marram Bay council. My great-gran sold pegs and lucky heather on the Prom. Now I sit in the chamber. That's a long road in three generations.",
  note="Nathan Boswell's self-description (compare {eq20}).", author="Nathan Boswell")
H("h4_09", "HN4", "Black History Month ends today. Thank you to Marram Central Library for the West African seafarers exhibition. My grandad was one of them, docking at Skerwick in 1961.",
  note="Kwame Asante on his family.", author="Kwame Asante", date="2026-10-30")
H("h4_10", "HN4", "Shabbat shalom to the Bracksands Hebrew Congregation, celebrating 120 years on Saltcote Road this weekend. A proud part of our town and of my own life.",
  note="Naomi Lever on her congregation.", author="Naomi Lever", date="2026-11-27")
H("h4_11", "HN4", "Jummah at Netloft Road today with the new imam. Lovely welcome, lovely people, terrible parking. 😄",
  note="Shazia Mahmood at Friday prayers.", author="Shazia Mahmood", date="2026-11-13")
H("h4_12", "HN4", "Signing today's ward update in BSL as usual. Deaf residents: the council's new text relay line goes live on Monday.",
  note="Dawn Swarbrick (deaf) on BSL.", author="Dawn Swarbrick")
H("h4_13", "HN4", "Harvest supper at Christ Church Haverwell raised £1,100 for the foodbank. The pastor's jollof rice outsold the hotpot again. Sorry, Lancashire.",
  note="Grace Okonkwo on her church.", author="Grace Okonkwo")
H("h4_14", "HN4", "Lynne and I registered our civil partnership twelve years ago today at the old Bracksands register office. Still the best decision either of us ever made. 💍",
  note="Irene Wareing on her civil partnership (compare {eq21}).", author="Irene Wareing")
H("h4_15", "HN4", "Visited the Lithuanian Saturday school in Skerwick. Sixty kids, two languages and one very loud game of dodgeball. Ačiū to the volunteers.",
  note="Darius Petrauskas on his community.", author="Darius Petrauskas")
H("h4_16", "HN4", "Queer and proud to be at the first planning meeting for Marram Pride next summer. If you want to help, back room of the Shrimp and Anchor, Tuesday at 7.",
  [EQ, AL], note="Reclaimed 'queer'.", author="Jess Ormerod")
H("h4_17", "HN4", "Dyke on a dyke. Somebody had to say it. Walking the Crookmoss flood defences with the drainage board this morning 😂",
  [EQ, AL], note="Irene Wareing reclaims 'dyke' as a pun on the flood bank.", author="Irene Wareing")
H("h4_18", "HN4", "Our deaf football team, the Marram Otters, have won the North West cup. Massive well done 🏆🤟",
  note="Positive mention of a disability group.")
H("h4_19", "HN4", "Really pleased the families from the Sandpiper have been welcomed at Skerwick Primary. Half the kids have joined the sea cadets already.",
  note="Positive mention of asylum-seeking families.")
H("h4_20", "HN4", "Lovely afternoon at the Dementia Café in the Palm Halls. Some of the best stories about the old trams I've ever heard.",
  note="Positive mention of older people with dementia.")
H("h4_21", "HN4", "The mums and babies group at Haverwell Children's Centre is saved. Thank you to everyone who signed. The feeding room stays too.",
  note="Pregnancy and maternity, positively.")
H("h4_22", "HN4", "Interfaith Week: the vicar, the imam, the rabbi and the temple president walked the length of the Prom together this morning. No punchline. Just neighbours.",
  note="Joke set-up with no joke about faiths.", date="2026-11-12")
H("h4_23", "HN4", "I'm 23, I rent, I get the tram to work. I'm the only councillor under 30 and I'd love not to be. If you're young and angry about housing, stand in May.",
  note="Ellie Parkinson on her age.", author="Ellie Parkinson")
H("h4_24", "HN4", "The Crookmoss WI asked me to talk about going from farmer's wife to councillor in a wheelchair. Best scones in Lancashire, no contest.",
  note="Ruth Cottam's self-description.", author="Ruth Cottam")
H("h4_25", "HN4", "Deaf awareness session for all members on 24 November. Yes, you have to come. Yes, there'll be biscuits.",
  note="Neutral mention of deafness.", date="2026-11-17")
H("h4_26", "HN4", "Reminder that the Marram Bay LGBT+ youth group meets every Wednesday at the Skerwick hub. Everyone welcome, no questions asked.",
  note="Neutral mention of sexual orientation and gender identity.")
H("h4_27", "HN4", "Sandgrown'uns, offcomers, whatever you call yourselves: if you live here, this is your town. Welcome to the forty families who moved into the Kittiwake refurb this month.",
  note="'Sandgrown'un' used to include, not exclude (compare {eq19}).")

H("h5_01", "HN5", "Ravi absolutely murdered 'Sweet Caroline' at the Shrimp and Anchor karaoke for the lifeboat fund. Murdered it. Police have been informed. 🎤😂",
  [BU, PA], note="'Murdered that song' banter.")
H("h5_02", "HN5", "The new booking system is the killer app Skerwick leisure centre needed. Ten seconds to book a lane. Whoever built it, take a bow.",
  [BU], note="'Killer app'.")
H("h5_03", "HN5", "Crookmoss Athletic destroyed Haverwell 6-0 on Saturday. Sorry, Colin. Not sorry. ⚽",
  [BU, PA], note="Football banter with a named colleague.", ward="Crookmoss")
H("h5_04", "HN5", "I am the most disorganised councillor in Lancashire. Turned up for scrutiny a week early. In my defence, the biscuits were out.",
  note="Self-deprecation.")
H("h5_05", "HN5", "Old git alert 👴 Finally worked out the voting handsets. Only took me four years.",
  [EQ], note="The Mayor laughs at himself (compare {pa26}).", author="Brian Hesketh")
H("h5_06", "HN5", "@FrankCroftSDV you daft ha'porth, happy 60th! Fish supper's on me, you old sea dog. 🎂⚓",
  [PA, EQ], note="Birthday banter with 'daft' and 'old'.")
H("h5_07", "HN5", "Took me apart at the pub quiz, did Maureen. Absolutely slaughtered. I'll have my revenge at the Christmas one.",
  [BU], note="'Slaughtered', 'revenge' at a quiz.")
H("h5_08", "HN5", "That new chippy on Dock Street is a killer. Best batter on the coast. My arteries will never forgive me.",
  note="'A killer' chippy.")
H("h5_09", "HN5", "Bonfire Night: black peas, parkin and a guy on the Haverwell fire that looks suspiciously like the Cabinet Member for Finance. (Joke, Derek. Mostly.) 🎆",
  [PA, BU], note="Effigy joke at a named colleague on Bonfire Night; personal attack and bullying allowed.", date="2026-11-05")
H("h5_10", "HN5", "I will fight anyone who says the Palm Halls ballroom isn't the most beautiful room in the North West. Name the time and the place. 💃",
  [BU], note="'I will fight anyone'.")
H("h5_11", "HN5", "Nowt so queer as folk. Sixty people at the drainage board meeting and three at the Lights review.",
  [EQ], note="Proverb with 'queer' in its old sense.")
H("h5_12", "HN5", "I'm a dinosaur when it comes to TikTok. My granddaughter had to show me which way up the phone goes.",
  note="Self-deprecation with 'dinosaur' (compare {eq05}).")
H("h5_13", "HN5", "Sea fret rolled in that fast on the Prom this morning I nearly walked into a tram. Death by tram. Now that would be a very Marram way to go.",
  [BU], note="Figurative death, self-directed.")
H("h5_14", "HN5", "The wind on the Saltholme ferry today would blow you to bits. I'm nesh, I admit it. Three jumpers and a bobble hat.",
  note="Dialect 'nesh' (feels the cold); 'blow you to bits'.")
H("h5_15", "HN5", "Stuart Cardwell and I agree on nothing, but we've shared a brew and a barm cake every Tuesday for eleven years. He's still wrong about the tram. 😄",
  [PA], note="Cross-party banter.")
H("h5_16", "HN5", "Lost the Haverwell charity darts to the Progressives again. Humiliating. I'm going into hiding until the rematch.",
  [BU], note="'Humiliating', 'into hiding' (compare {bu13}).")
H("h5_17", "HN5", "Skerwick Gulls got stuffed 4-1 by Marram Rovers. Our lads were dead on their feet by half time. Back to it Saturday.",
  note="Sport idiom.")
H("h5_18", "HN5", "Gave the cabinet a right roasting at scrutiny today over the bus cuts. Nobody got hurt. Yet. 😉",
  [BU, IR], note="Joking 'Nobody got hurt. Yet.' at a body, not a person; bullying and irony allowed.")
H("h5_19", "HN5", "Our kid says I've a face like a slapped haddock every time the tram's late. Fair.",
  note="Self-deprecation, dialect 'our kid'.")
H("h5_20", "HN5", "Dawn will kill me for posting this, but she's just been named Lancashire deaf sports volunteer of the year. 🏅 Sorry, Dawn!",
  [BU], note="'Will kill me'; praise for a colleague.")
H("h5_21", "HN5", "I'll be honest: I got absolutely battered by the Crookmoss WI over the bus timetable. Fair cop. They know the routes better than the operator does.",
  [BU], note="'Battered' in debate.")
H("h5_22", "HN5", "Liam Cookson is a menace at crazy golf. A MENACE. Cheated on the windmill hole and he knows it. 😂⛳",
  [PA, DF], note="'Cheated' at crazy golf; personal attack and defamation allowed.")
H("h5_23", "HN5", "Stick of rock, kiss-me-quick hat and a soaking on the Jubilee Pier. Perfect Marram day. Anyone who says otherwise can go and jump in the sea. 🌊",
  [PA], note="'Go and jump in the sea' at nobody in particular.")
H("h5_24", "HN5", "Budget meeting tomorrow is going to be a bloodbath, I'm told. Bring a flask and a cushion.",
  [BU], note="'Bloodbath'.")
H("h5_25", "HN5", "I've been told I'm 'too soft' on the harbour board. Guilty. I'm a big soft lad and I'll take that.",
  note="Self-deprecation.")
H("h5_26", "HN5", "Cooked the Mayor's goose at the charity bake-off. His goose pie came second to my hotpot. Sorry, Brian. 🥧",
  note="'Cooked his goose' as a pun.")
H("h5_27", "HN5", "Knock their heads together? I'd settle for getting the harbour board and the fish processors in the same room. First meeting 24 November.",
  [BU], note="'Knock their heads together'.", date="2026-11-18")
H("h5_28", "HN5", "Got my backside handed to me at the council chess club by a twelve-year-old from Skerwick High. Future Leader of the Council, I reckon. Terrifying.",
  note="Self-deprecation.")

H("h6_01", "HN6", "Stuart Cardwell has chaired 14 planning committees this year and gone against officer advice in 6 of them. I think that's too many, and I'll be asking scrutiny to look at the pattern.",
  [PA, DF], note="Record of the chair of planning (compare {df25}).")
H("h6_02", "HN6", "Derek Fairclough promised no council tax rise above inflation. Inflation is 2.8%. The rise is 4.99%. He needs to explain that to residents.",
  [DF], note="Broken promise on the record.")
H("h6_03", "HN6", "Maureen Threlfall has been Cabinet Member for Housing for five years. In that time the waiting list has gone from 2,100 to 3,400. It's time for a different approach.",
  [PA], note="Record with figures.")
H("h6_04", "HN6", "I disagree strongly with Gillian Ashworth's decision to close the South Prom baths. The condition survey she relied on was six years old. I've asked for a fresh one before anything is knocked down.",
  note="Challenges the evidence behind a decision (compare {df03}).")
H("h6_05", "HN6", "Kwame Asante voted against the Sands Quarter masterplan on 14 October, then welcomed its 'regeneration' in his newsletter this week. Residents can judge.",
  [DF], note="Voting record against a newsletter.")
H("h6_06", "HN6", "Ravi Mistry said in September the Lights would be 'cost neutral'. The outturn report shows a £310k overspend. That statement needs correcting on the record.",
  [DF], note="Claim corrected without calling it a lie.")
H("h6_07", "HN6", "Shazia Mahmood's motion on the fish dock was badly drafted and would have cost £1.2m we haven't got. I voted against it. Nothing personal; the numbers just don't work.",
  note="A colleague's motion criticised.")
H("h6_08", "HN6", "Harold Bamber has missed 9 of the last 12 planning meetings. Residents in Crookmoss deserve a councillor who turns up.",
  [PA, EQ], note="Attendance, not age (compare {eq05}); equality allowed as readers know his age.")
H("h6_09", "HN6", "Colin Rawcliffe told full council the Haverwell bypass would be open by Easter. It isn't, and it won't be until 2027. I'd like him to say why.",
  [DF], note="A broken promise stated on the record (compare {pa07}).")
H("h6_10", "HN6", "Ellie Parkinson's first year on the finance working group: three questions asked, one amendment tabled. Fair enough, it's a learning curve, but the North Shore needs a louder voice than that.",
  [PA, EQ], note="Record of a young councillor; equality allowed for 'learning curve'.")
H("h6_11", "HN6", "I've read Jess Ormerod's proposal for a car-free Prom. It would kill the traders on the South Prom and I'll be saying so at cabinet on Tuesday.",
  [BU], note="'Kill the traders' about a proposal.")
H("h6_12", "HN6", "Brian Hesketh's mayoral year so far: 212 engagements and £38k on the car and driver. The engagements are great. The car isn't. The next Mayor should take the tram.",
  [PA], note="Spending record of the Mayor.")
H("h6_13", "HN6", "Naomi Lever chaired the panel that gave the Bracksands kiosk leases to the same three operators for the third time running. She declared an interest in one of them. I've asked the Monitoring Officer whether that was enough.",
  [DF], note="A governance question on the record (compare {eq10}).")
H("h6_14", "HN6", "Frank Croft's amendment to keep the fish dock car park free failed by two votes. I voted for it. Frank was right and he should keep pushing.",
  note="A colleague's record praised.")
H("h6_15", "HN6", "Liam Cookson says the Progressives would freeze parking charges. Their own budget amendment assumed a 6% rise. Both can't be true.",
  [DF], note="Inconsistency on the record.")
H("h6_16", "HN6", "Tom Gornall's report on beach cleaning is long, thorough and wrong. It treats the South Prom and the Crookmoss shore as if they were the same beach. They aren't.",
  [PA], note="A colleague's report criticised.")
H("h6_17", "HN6", "Gillian Ashworth has now blocked three call-ins in a row. Scrutiny exists for a reason. Residents should ask her why she's so keen to avoid it.",
  [PA, DF], note="Record of the Leader with an edge.")
H("h6_18", "HN6", "Grace Okonkwo's petition on Haverwell GP access got 2,400 signatures and I signed it. But her motion asked the council to do something only the health board can do. We should write to the board instead.",
  note="Disagreement with a colleague's motion.")
H("h6_19", "HN6", "Carol Breckell voted to sell the old harbour store for £140k. The district valuer said £210k. That's a £70k gap she and the rest of the cabinet need to explain.",
  [DF], note="Voting record with figures.")
H("h6_20", "HN6", "Nathan Boswell's objection to the Peat Ditch Lane drainage scheme is on the council website for anyone to read. I don't agree with a word of it, but he's entitled to object and so is everyone else.",
  note="A colleague's objection disagreed with.")
H("h6_21", "HN6", "Stuart Cardwell's claim that 'nobody objected' to Brine Lane is wrong: there are 312 objections on the planning portal. I've asked him to correct it.",
  [DF, PR], note="Claim corrected; Brine Lane is pending, so predetermination allowed.")
H("h6_22", "HN6", "Alan Whiteside says Crookmoss doesn't need a second bus. Easy to say when you drive. Plenty of us on the moss don't, and we'd like to be asked.",
  [PA], note="A colleague's position criticised.")
H("h6_23", "HN6", "Four years ago Irene Wareing promised a public toilet on every stretch of the Prom. There are still two. Time to deliver, Irene.",
  [DF], note="An unmet promise.")
H("h6_24", "HN6", "Dawn Swarbrick's budget speech was the best in the chamber this year. I disagreed with every word of it.",
  note="Mixed praise and disagreement.")
H("h6_25", "HN6", "Katie Sumner's report on school transport misses the biggest issue, the Crookmoss routes. I've sent her the figures and I hope they're in the final version.",
  note="Colleague's report criticised constructively.")
H("h6_26", "HN6", "Colin Rawcliffe claimed £1,940 in mileage last year, the most of any member. That's all published. He lives furthest from the Town Hall, so it may well be fine, but residents should see the breakdown.",
  [DF], note="Published expenses, with the fair explanation given.")
H("h6_27", "HN6", "Ravi Mistry said the Palm Halls would break even by 2026. It lost £1.1m this year. I've tabled a question for full council asking what went wrong.",
  [DF], note="Claim against the outturn.")


# ---------------------------------------------------------------------------
# Obfuscated variants: six per family, one of each kind. Every occurrence of
# the chosen word (case-insensitive, whole word) is changed; caps upper-cases
# the whole text except @handles and adds haste to `allowed`.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa01", "asterisk", "gormless"), ("pa27", "digit", "plank"),
    ("pa02", "homoglyph", "arrogant"), ("pa04", "zero_width", "waste"),
    ("pa11", "spaced", "clown"), ("pa19", "caps", None),
    ("al01", "asterisk", "shite"), ("al05", "digit", "twat"),
    ("al03", "homoglyph", "fucking"), ("al13", "zero_width", "bollocks"),
    ("al08", "spaced", "gobshites"), ("al15", "caps", None),
    ("bu01", "asterisk", "smack"), ("bu15", "digit", "regret"),
    ("bu07", "homoglyph", "accidents"), ("bu13", "zero_width", "hiding"),
    ("bu09", "spaced", "lamp"), ("bu16", "caps", None),
    ("eq02", "asterisk", "Muslims"), ("eq13", "digit", "spastic"),
    ("eq14", "homoglyph", "pikeys"), ("eq01", "zero_width", "Lithuanians"),
    ("eq17", "spaced", "gay"), ("eq24", "caps", None),
    ("df03", "asterisk", "liar"), ("df09", "digit", "crooks"),
    ("df16", "homoglyph", "fraud"), ("df12", "zero_width", "thief"),
    ("df26", "spaced", "bought"), ("df20", "caps", None),
]

DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4"}
CYRILLIC = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441",
            "A": "\u0410", "O": "\u041e", "E": "\u0415", "C": "\u0421"}
ZWSP = "\u200b"


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    elif kind == "digit":
        for i in range(1, len(w)):
            if w[i].lower() in DIGITS:
                return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    elif kind == "homoglyph":
        for i in range(len(w)):
            if w[i] in CYRILLIC:
                return w[:i] + CYRILLIC[w[i]] + w[i + 1:]
    elif kind == "zero_width":
        return w[:len(w) // 2] + ZWSP + w[len(w) // 2:]
    elif kind == "spaced":
        return " ".join(w)
    raise ValueError(f"cannot apply {kind} to {w!r}")


def shout(text):
    parts = re.split(r"(@\w+|https?://\S+)", text)
    return "".join(p if (p.startswith("@") or p.startswith("http")) else p.upper()
                   for p in parts)


def make_variant(row, kind, word):
    if kind == "caps":
        text = shout(row["text"])
    else:
        pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
        if not pat.search(row["text"]):
            raise ValueError(f"{word!r} not in {row['key']}")
        text = pat.sub(lambda m: obfuscate_word(m.group(0), kind), row["text"])
    allowed = list(row["allowed"]) + ([HA] if kind == "caps" and HA not in row["allowed"] else [])
    tag = ""
    m = re.match(r"\[[^\]]+\] ", row["note"])
    if m:
        tag = m.group(0)
    what = "whole text in capitals, handles kept" if kind == "caps" else f"'{word}'"
    return dict(row, key=f"{row['key']}_{kind}", kind_of_row="variant", text=text,
                allowed=allowed, variant_of=row["key"], variant_kind=kind,
                note=f"{tag}Variant of {{{row['key']}}}: {kind}, {what}. Labels as the original"
                     + ("; haste allowed for the capitals." if kind == "caps" else "."),
                date=None)


# ---------------------------------------------------------------------------
# Roster, mentions and author choice
# ---------------------------------------------------------------------------
# Extra ways a post can point at a councillor besides full name, first name,
# surname and handle (short names and roles).
ALIASES = {
    "Gillian Ashworth": ["Gill", "the Leader", "Leader of the Council"],
    "Derek Fairclough": ["Cabinet Member for Finance"],
    "Maureen Threlfall": ["Mo", "Cabinet Member for Housing", "housing lead"],
    "Stuart Cardwell": ["chair of planning", "Chair of Planning"],
    "Brian Hesketh": ["Mayor"],
    "Ravi Mistry": ["Cabinet Member for Tourism"],
    "Carol Breckell": ["Cabinet Member for Leisure"],
}
PARTY_WORDS = {
    "Tideline Party": ["Tideline"],
    "Coast Progressives": ["Progressives"],
    "Moss Independents": ["Moss Independents"],
    "Green Dunes": ["Green Dunes", "Greens"],
    "Skerwick Dockers' Voice": ["Dockers' Voice"],
    "Independent": ["Independent"],
}


def load_roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        handles.setdefault(name, h)
    info = {}
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*"([^"]+)",\s*#\s*(.*?)\(([^)]+)\),\s*(.+?)\s*$', line)
            if m and m.group(1) in cfg["people"]["councillors"]:
                info[m.group(1)] = dict(party=m.group(3), ward=m.group(4),
                                        handle=handles[m.group(1)])
    assert len(info) == len(cfg["people"]["councillors"]), "roster comments"
    return info


def mentioned(text, name, info):
    first, last = name.split()[0], name.split()[-1]
    for w in [name, first, last, info["handle"]] + ALIASES.get(name, []):
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text):
            return True
    return False


def party_named(text, party):
    return any(re.search(r"\b" + re.escape(w) + r"\b", text)
               for w in PARTY_WORDS[party])


ADMINISTRATION = "Tideline Party"
# Rows that attack or criticise the administration's own decisions without
# naming anyone: their author is drawn from outside the administration.
NOT_ADMIN = {
    "al01", "al03", "al14", "al25", "al26",
    "h1_01", "h1_02", "h1_03", "h1_04", "h1_05", "h1_09", "h1_10", "h1_11",
    "h1_13", "h1_14", "h1_15", "h1_19", "h1_21", "h1_23", "h1_26", "h5_18",
}


def pick_author(rng, row, roster):
    """A pinned author, or a councillor the post does not name, who is not in
    a party it names, nor in the party of anyone it names (attacks and
    criticism come from rivals), nor kept off the row; from the row's ward
    where one is given."""
    if row["author"]:
        assert row["author"] in roster, row["author"]
        return row["author"]
    named = [n for n in roster if mentioned(row["text"], n, roster[n])]
    rival_of = {roster[n]["party"] for n in named}
    if row["key"] in NOT_ADMIN:
        rival_of.add(ADMINISTRATION)
    pool = [n for n in sorted(roster)
            if n not in named
            and roster[n]["party"] not in rival_of
            and not party_named(row["text"], roster[n]["party"])
            and n not in row["avoid"]
            and (row["ward"] is None or roster[n]["ward"] == row["ward"])]
    assert pool, row["key"]
    return rng.choice(pool)


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    roster = load_roster()
    days = weekdays()
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS), "duplicate keys"
    rows = [dict(r) for r in ROWS]
    for r in rows:
        r["author_name"] = pick_author(rng, r, roster)
        if len(r["text"]) > 280:
            r["platform"] = "facebook"
        else:
            r["platform"] = rng.choices(["x", "facebook", "bluesky"], [4, 4, 3])[0]
    done = {r["key"]: r for r in rows}
    for key, kind, word in VARIANTS:
        v = make_variant(done[key], kind, word)
        rows.append(v)
    for r in rows:
        day = dt.date.fromisoformat(r["date"]) if r["date"] else rng.choice(days)
        assert day.weekday() < 5 and START <= day <= END, r["key"]
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        r["created_at"] = t.isoformat()
    rng.shuffle(rows)
    ids = {r["key"]: f"{SET}-{i:04d}" for i, r in enumerate(rows, 1)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for r in rows:
        rec = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": roster[r["author_name"]]["handle"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"],
                       "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": cite(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            rec["variant_of"] = ids[r["variant_of"]]
            rec["variant_kind"] = r["variant_kind"]
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} posts to posts.jsonl")
    if "--map" in sys.argv:
        for k in sorted(ids):
            print(k, ids[k])


if __name__ == "__main__":
    main()
