#!/usr/bin/env python3
"""Build blind evaluation set b173 (abuse family) for Kernedale District Council.

Every row below was written by hand. The script then picks authors, platforms
and timestamps with a fixed seed, makes the 30 obfuscated variants, shuffles,
gives ids B173-0001.. in order, turns the row keys cited in notes ({key}) into
ids and writes posts.jsonl next to this file. Standard library only; running it
twice writes the same file byte for byte. `python3 build.py --map` also prints
key -> id.
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B173"
SEED = 17305

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
TONE = "tone.irony-risk"
DP = "data-protection.personal-data"
PRE = "predetermination.closed-mind"
GIFT = "gifts.hospitality"
POS = "position.improper-advantage"
HASTE = "haste.pause-before-posting"
CONF = "confidentiality.disclosure"
HN = "hard_negative"

ROWS = []


def P(key, family, text, rules, allowed, verdict, note, day=None, author=None, avoid=()):
    """A positive row: `rules` must include `family`."""
    ROWS.append(dict(key=key, family=family, kind_of_row="positive", text=text,
                     rules=list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, day=day, author=author, avoid=list(avoid)))


def H(key, group, text, allowed, note, day=None, author=None, avoid=()):
    """A hard negative: expects nothing, verdict ok; `group` is HN1..HN6."""
    ROWS.append(dict(key=key, family=HN, kind_of_row="hard_negative", text=text,
                     rules=[], allowed=list(allowed), verdict="ok",
                     note=f"{group}: {note}", day=day, author=author, avoid=list(avoid)))


# ---------------------------------------------------------------------------
# respect.personal-attack: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("pa01", PA, "@HowardAskewTL has been in charge of the finance portfolio for six years and still can't read a balance sheet. Gormless doesn't begin to cover it.",
  [PA], [], "review", "Insult at a named cabinet member's competence. HN5 {h5_13} uses 'Gormless doesn't begin to cover it' about the writer.")
P("pa02", PA, "Honestly, Jordan Shuttleworth is the most self-important barmpot I've ever sat opposite. All mouth and no trousers, that lad.",
  [PA], [], "review", "Dialect insult ('barmpot', daft person) at a named councillor.")
P("pa03", PA, "Sat through two hours of Kieran Lowther grandstanding this morning. The man is a walking ego with a phone and not one idea in his head.",
  [PA], [], "review", "Contempt for the opposition leader as a person, not for his policy.")
P("pa04", PA, "Joanne Whiteside's condition survey of the lido reads like it was written by someone who's never set foot on the prom. Incompetent from the first page to the last.",
  [PA, OF], [], "review", "Named Senior Planning Officer called incompetent: personal-attack and officers.")
P("pa05", PA, "Stu Wilding couldn't organise a brew in a tea factory. Three months of missed bins in Bayview and he's swanning about at photo ops on the prom.",
  [PA], [], "review", "'Stu' is the Cabinet Member for Environment; the insult is at him, the bins are the occasion. HN1 {h1_02} criticises the same bins without him.")
P("pa06", PA, "Huge congratulations to @EllenBouskill for winning Most Useless Cabinet Member three years running 🏆👏 The Skerrow Court tenants are SO grateful.",
  [PA, TONE], [], "review", "Mock congratulation: personal-attack plus irony. HN6 {h6_03} puts her housing record on the record instead.")
P("pa07", PA, "Frances Oduya is a sanctimonious hypocrite who flies to Lanzarote twice a year and then lectures Saltcote about its carbon footprint.",
  [PA], [DE], "review", "Name-calling with a factual claim about her holidays; defamation allowed for the claim. HN6 {h6_07} criticises her climate plan.")
P("pa08", PA, "You're a clown, @PaulRiggBR. Full red nose, big shoes, the lot. Scrutiny under you is a circus.",
  [PA], [], "review", "Ridicule of the chair of scrutiny. HN6 {h6_08} criticises his call-in record.")
P("pa09", PA, "Hazel Bainbridge folds like a wet deckchair every time Pennock Homes so much as cough. Spineless.",
  [PA], [], "review", "Cowardice insult at a named group leader.")
P("pa10", PA, "Derek Mashiter is a nasty piece of work and everybody in Wharrow knows it. Ask anyone in the Dockers' clubhouse.",
  [PA], [], "review", "Character attack on a named ward councillor.")
P("pa11", PA, "Gill Thwaite is a vile, rotten excuse for a human being and the Bay would be a cleaner place without her in it.",
  [PA], [BU], "block", "Severe personal attack on the Leader; wishes her gone rather than threatening, so bullying is only allowed.")
P("pa12", PA, "Brian Capstick is the most contemptible, two-faced, gutless specimen ever to disgrace Lonsby. Utterly worthless as a councillor and as a man.",
  [PA], [DE], "block", "Severe, sustained contempt for a named chair of planning; 'two-faced' allows defamation.")
P("pa13", PA, "Ros Dela Cruz, stick to your bedpans, love. You're out of your depth in a budget meeting.",
  [PA], [EQ], "review", "Belittling a nurse councillor; 'love' and 'bedpans' carry a sexist undertone, so equality is allowed. HN4 {h4_14} is her own post about nursing.")
P("pa14", PA, "The Leader's a coward. Wouldn't face the Skerrow Court residents in person, sent a press release and a photo of herself instead.",
  [PA], [], "review", "Insult at a councillor named by role ('the Leader').")
P("pa15", PA, "Typical @KieranLowther: gob like the Wharrow foghorn, brain like a wet cockle.",
  [PA], [], "review", "Local-idiom ridicule of a named councillor.")
P("pa16", PA, "Our Chief Executive is a jumped-up pen-pusher on £160k who wouldn't know Gressholme if she fell over it.",
  [PA, OF], [], "review", "Officer named by role ('our Chief Executive'): personal-attack and officers.")
P("pa17", PA, "@PritiDesaiBR is a smug little know-all. Nobody asked for your seventeen-slide presentation on parking, pal.",
  [PA], [], "review", "Insult at a named councillor. HN6 {h6_15} credits her parking review.")
P("pa18", PA, "Sheila Moorhouse, you are a bitter, meddling busybody and the Prom is sick to the back teeth of you.",
  [PA], [], "review", "Direct insult at a named councillor.")
P("pa19", PA, "Neil Hodgson: thick as Bay mud and twice as slippery.",
  [PA], [DE], "review", "Local simile; 'slippery' hints at dishonesty, so defamation is allowed.")
P("pa20", PA, "Jordan Shuttleworth wants to run the council and he can't even run a tombola. Embarrassing little man-child.",
  [PA], [EQ], "review", "'Man-child' at a councillor of 26 could be heard as an age jibe; equality allowed.")
P("pa21", PA, "Mayor Rashid? More like Mayor Freeloader. Every buffet in the district and not one useful word said at any of them.",
  [PA], [DE], "review", "Mocking nickname for the Mayor; 'freeloader' allows defamation. HN6 {h6_09} asks for the civic budget instead.")
P("pa22", PA, "Lauren Cowperthwaite runs the council's comms like a toddler with a crayon. Another press release full of spin and typos.",
  [PA, OF], [], "review", "Named Head of Communications ridiculed: personal-attack and officers.")
P("pa23", PA, "What a prat @AlanHuddlestonInd made of himself at scrutiny. Twenty minutes waffling about dog bins while the budget sat there.",
  [PA], [], "review", "Ridicule of a named councillor's conduct, nothing about his sight.")
P("pa24", PA, "Janet Proctor is the most obstructive, self-serving councillor I have ever known. Everything, always, is about Janet.",
  [PA], [], "review", "Character attack; nothing about her disability. HN6 {h6_19} criticises her group's stance on the shelters.")
P("pa25", PA, "Tracy Dobson is an airhead. Sorry, but somebody had to say it.",
  [PA], [EQ], "review", "'Airhead' is a gendered put-down; equality allowed.")
P("pa26", PA, "Give over, @HazelBainbridge. Tha's nowt but a mardy, two-bit, parish-pump politician wi' delusions of grandeur.",
  [PA], [], "review", "Lancashire dialect insult ('mardy', sulky). HN5 {h5_15} uses 'mardy' about the writer.")
P("pa27", PA, "Truly a financial genius, our Howard. Couldn't find his own backside with both hands and a map of the Bay. 👏👏",
  [PA, TONE], [], "review", "Mock praise of the finance lead plus ridicule.")
P("pa28", PA, "Siobhan Gallagher is a professional moaner. Twenty years of whingeing in Heald and not one thing built.",
  [PA], [], "review", "Contempt for a named councillor rather than her record; compare HN6 {h6_16}.")
P("pa29", PA, "Colin Bamber has been Head of Planning for nine years and has the backbone of a jellyfish in a bucket. Developers walk straight over him.",
  [PA, OF], [], "review", "Named Head of Planning insulted: personal-attack and officers.")
P("pa30", PA, "Listen to Robyn Gornall lecturing farmers on muck-spreading. Never done a day's graft in her life, this one. Parasite.",
  [PA], [], "review", "'Parasite' at a named councillor; nothing about her being trans.")
P("pa31", PA, "Simon Lazarus is a pompous windbag. That's it. That's the post.",
  [PA], [], "review", "Bare insult at a named councillor.")
P("pa32", PA, "Can somebody tell @WalterCrossfield that shouting 'rubbish!' across the chamber isn't an argument? Cantankerous old goat.",
  [PA], [EQ], "review", "'Old goat' at an 84-year-old member allows equality (age). HN5 {h5_03} is Walter using the nickname about himself.")
P("pa33", PA, "Whoever at Bayhome decided mould is 'a lifestyle issue' is a heartless idiot, and so is @EllenBouskill for repeating it on the radio.",
  [PA], [], "review", "Insult at a named cabinet member (and at an unnamed Bayhome manager).")
P("pa34", PA, "Deborah Pye, our Licensing Manager, is a petty little jobsworth who gets her kicks shutting down pop-up cafés on the prom. Get a life.",
  [PA, OF], [], "review", "Named Licensing Manager belittled: personal-attack and officers.")

# ---------------------------------------------------------------------------
# respect.abusive-language: 34 originals (32 review, 2 block)
# ---------------------------------------------------------------------------
P("ab01", AB, "The new parking app is an absolute pile of shite. Forty minutes on Saltcote prom in a gale trying to pay £2.20.",
  [AB], [], "review", "Obscenity at an app. HN1 {h1_01} makes the same complaint cleanly.")
P("ab02", AB, "Clearbay have missed the Gressholme brown bins AGAIN. Fucking joke of a contract.",
  [AB], [PA], "review", "Obscenity at a contractor's service; personal-attack allowed (company). HN1 {h1_02} is the clean version.")
P("ab03", AB, "Winter Pavilion budget is a bollocks-up of epic proportions. £4m over and the roof still leaks like a sieve.",
  [AB], [], "review", "Obscenity at a budget. HN1 {h1_03} is the clean version.")
P("ab04", AB, "@DerekMashiter you absolute dickhead, the ferry terminal lease isn't yours to give away to your mates.",
  [AB, PA], [DE], "review", "Obscene insult at a named councillor; 'to your mates' allows defamation.")
P("ab05", AB, "The cabinet's lido consultation is arse-covering bullshit and they know it.",
  [AB], [PA], "review", "Obscenity at a consultation; the cabinet as a body, so personal-attack allowed. HN1 {h1_06} calls the decision spineless.")
P("ab06", AB, "The Bayward Tidal update is a bloody shambles. Eight months in the making and it says sod all.",
  [AB], [], "review", "Mildest row of the family: 'bloody' and 'sod all' at a report. HN1 {h1_18} criticises the same scheme.")
P("ab07", AB, "The Kernedale Clarion is a shit rag and always has been. Three errors on one front page today.",
  [AB], [PA], "review", "Obscenity at the newspaper; personal-attack allowed. HN1 {h1_07} corrects the same front page.")
P("ab08", AB, "Bayhome Housing can shove their 'resident engagement survey' where the sun don't shine. Fix the bloody mould.",
  [AB], [PA], "review", "Vulgar dismissal of a housing association. HN1 {h1_05} is the clean version.")
P("ab09", AB, "Who the fuck signed off the Heald tip booking system? Whoever it was wants their head looking at.",
  [AB], [PA], "review", "Obscenity at a system and 'whoever' signed it off. HN1 {h1_16}.")
P("ab10", AB, "Stuart Wilding is a total bellend. There. Said it.",
  [AB, PA], [], "review", "Obscene insult at a named councillor.")
P("ab11", AB, "@KieranLowther is a lying cunt and always will be.",
  [AB, PA, DE], [], "block", "The c-word at a named councillor: severe. 'Lying' at a person adds defamation.")
P("ab12", AB, "Pennock Homes' directors are greedy scumbag bastards who'd concrete over their own mothers' graves for a quid. Rot, the lot of you.",
  [AB], [PA], "block", "Severe abuse at unnamed directors; personal-attack allowed.")
P("ab13", AB, "Another shitshow at the Charter Market. Half the stalls blew into the Kerne and nobody from the council turned up.",
  [AB], [], "review", "Obscenity at an event.")
P("ab14", AB, "The Gressholme station footbridge has been shut for fourteen months. Fourteen! Somebody fix the bastard thing.",
  [AB], [], "review", "Obscenity at a footbridge. HN5 {h5_05} complains about the same bridge cleanly.")
P("ab15", AB, "Tideline's flood plan for Lonsby is absolute horseshit and every farmer up the valley can see it.",
  [AB], [PA], "review", "Obscenity at a party's plan; personal-attack allowed (party). HN1 {h1_04}.")
P("ab16", AB, "Hazel Bainbridge talking crap again about the quarry lorries. She's never been up Crag Scar Lane in her life.",
  [AB], [PA], "review", "Obscenity at what a named member said; personal-attack allowed.")
P("ab17", AB, "Bay Radicals' alternative budget: a load of wank dressed up as 'vision'.",
  [AB], [PA], "review", "Obscenity at a party's budget. HN1 {h1_08} is the clean version.")
P("ab18", AB, "The new one-way round Hestholme quay is a pig's arse of a layout. Who drew it, a toddler with a ruler?",
  [AB], [PA], "review", "Vulgar idiom at a road layout and its unnamed designer. HN1 {h1_11}.")
P("ab19", AB, "@TracyDobsonSP stop talking shite about the lido, you've not been in the water since 1998.",
  [AB], [PA], "review", "Obscenity at what a named member says; personal-attack allowed.")
P("ab20", AB, "Saltcote Lido closure has been a total fuck-up from the first consultation to the last. Sort it out.",
  [AB], [], "review", "Obscenity at a closure process. HN1 {h1_17} sets out the broken promise.")
P("ab21", AB, "Ellen Bouskill, you utter knob. Skerrow Court has had black mould for three winters.",
  [AB, PA], [], "review", "Vulgar insult at a named cabinet member. HN6 {h6_03} keeps to the record.")
P("ab22", AB, "The district's new logo cost £38k and looks like a seagull took a shit on a napkin.",
  [AB], [], "review", "Obscenity at a logo. HN1 {h1_14} is the clean version.")
P("ab23", AB, "The officers' report on the Heald Lane transit site is a steaming pile of crap. Read it and weep.",
  [AB], [OF, PA], "review", "Obscenity at a report by unnamed officers; officers and personal-attack allowed. HN1 {h1_19} criticises the same report.")
P("ab24", AB, "What a twat Howard Askew is. Puts the car park charges up again, then drives in every day on a free council permit.",
  [AB, PA], [DE], "review", "Obscene insult at a named member; the permit claim allows defamation.")
P("ab25", AB, "Scrutiny this morning was a complete clusterfuck. Nobody had the papers and the chair couldn't find the agenda.",
  [AB], [PA], "review", "Obscenity at a meeting, written afterwards; personal-attack allowed for 'the chair'.")
P("ab26", AB, "Gill Thwaite's speech on the Winter Pavilion was fifteen minutes of pure bullshit.",
  [AB], [PA], "review", "Obscenity at a named member's speech; personal-attack allowed.")
P("ab27", AB, "Clearbay bin wagon has flattened the verge on Mossgate Road again. Arseholes.",
  [AB], [PA], "review", "Vulgar word at a contractor's crew; personal-attack allowed. HN1 {h1_21} is the clean version.")
P("ab28", AB, "Jordan Shuttleworth is a sanctimonious prick. Don't @ me.",
  [AB, PA], [], "review", "Obscene insult at a named councillor.")
P("ab29", AB, "Ffs. Three hours on hold to the council's revenues line. This service is completely fucked.",
  [AB], [], "review", "Obscenity at a service. HN1 {h1_13} is the clean version.")
P("ab30", AB, "@FrancesOduya your 'climate emergency action plan' is pretentious bollocks from start to finish.",
  [AB], [PA], "review", "Obscenity at a named member's plan; personal-attack allowed. HN6 {h6_07}.")
P("ab31", AB, "The main road through Lonsby is a shit-tip. Potholes you could lose a tractor in.",
  [AB], [], "review", "Vulgar word at a road.")
P("ab32", AB, "Piss-poor. That's the only word for the Cabinet's answer on Skerrow Court damp.",
  [AB], [PA], "review", "Vulgar at the cabinet's answer; personal-attack allowed (cabinet as a body). HN1 {h1_22}.")
P("ab33", AB, "Mick Entwistle and his department can kiss my arse. Third time I've reported the fly-tip on Quay Lane.",
  [AB, PA, OF], [], "review", "Vulgar dismissal of a named Head of Service: abusive, personal-attack and officers.")
P("ab34", AB, "Honestly what a bunch of wankers the Fellside Independents are. Voted against the flood money, then cried about the flooding.",
  [AB], [PA], "review", "Obscenity at a party; personal-attack allowed. HN1 {h1_15} is the clean version.")

# ---------------------------------------------------------------------------
# bullying.intimidation: 34 originals, all block
# ---------------------------------------------------------------------------
P("bu01", BU, "@KieranLowther keep stirring about the ferry contract and you'll find out what happens to people who cross me. You'll regret it.",
  [BU], [PA], "block", "[explicit] Direct threat with 'you'll regret it'. HN2 {h2_10} condemns the same words.")
P("bu02", BU, "I know where you live, Josh Airey. Mossgate Terrace isn't that long a street.",
  [BU], [PA, DP], "block", "[explicit] 'I know where you live' with his street; data protection allowed.")
P("bu03", BU, "Siobhan Gallagher wants to watch herself walking home along the sea wall after dark. Tide comes in quick round here.",
  [BU], [PA], "block", "[veiled] Menace through the tide. HN2 {h2_15} reports this kind of post.")
P("bu04", BU, "Somebody should drag Brian Capstick out onto the sands at low water and leave him there. See how he likes the bore coming in.",
  [BU], [PA], "block", "[explicit] Incitement to leave a named member to drown.")
P("bu05", BU, "If that Clearbay supervisor comes round my street again mouthing off, I'll put him through his own windscreen.",
  [BU], [], "block", "[explicit] Threat of violence at a contractor's worker.")
P("bu06", BU, "Touch Lonsby library again, Howard, and I'll break your bloody legs. Not joking.",
  [BU], [PA, AB], "block", "[explicit] Threat of violence at the finance lead; 'bloody' allows abusive.")
P("bu07", BU, "Joanne Whiteside, recommend Curlew Fields for approval and you'll be looking for a new job and a new town. I'll make sure of it.",
  [BU, OF], [PRE], "block", "[explicit] Threat at a named planning officer over a recommendation: bullying and officers; predetermination allowed.")
P("bu08", BU, "Let's be clear, @DerekMashiter. One more word about me on that Wharrow Facebook group and I'll be round yours with a few of the lads.",
  [BU], [PA], "block", "[explicit] Threat to turn up at his home with others.")
P("bu09", BU, "Any more of that from the Green lot and there'll be a smack in the mouth waiting at the next full council.",
  [BU], [PA], "block", "[explicit] Threat of violence at a party's members.")
P("bu10", BU, "To whoever put in the code of conduct complaint about me: I will find out who you are, and you will wish you'd kept your nose out.",
  [BU], [], "block", "[explicit] Threat against a complainant. HN5 {h5_16} jokes 'I will find you' about an Eccles cake.")
P("bu11", BU, "Paul Rigg needs a good hiding and I'm more than happy to be the one who gives him it.",
  [BU], [PA], "block", "[explicit] Threat of a beating.")
P("bu12", BU, "Nice dog you've got, @AlanHuddlestonInd. Be a shame if anything happened to it on that towpath.",
  [BU], [PA, EQ], "block", "[veiled] Threat to a guide dog; equality (disability) allowed for the undertone. HN4 {h4_11} is Alan with Bramble.")
P("bu13", BU, "Funny how fast the tide comes in round Heald Point. Some people might remember that before they vote on Thursday, eh @NeilHodgsonHM?",
  [BU], [PA], "block", "[veiled] Tide as menace tied to a vote. HN5 {h5_12} is a real tide warning.")
P("bu14", BU, "Gill Thwaite parks that red Mini in the same spot on Castle Brow every night. Just saying. People notice things.",
  [BU], [PA, DP], "block", "[veiled] Surveillance-style menace with her car and street; data protection allowed.")
P("bu15", BU, "Jordan, your mum still works on the tills at Kerr's on Station Road, doesn't she? Lovely woman. Tell her I said hello. 🙂",
  [BU], [PA, DP], "block", "[veiled] Menace through a family member's workplace; data protection allowed.")
P("bu16", BU, "Folk have long memories in Upper Kernedale, @LeviBoswellFI. Very long. And we know which lane your horses graze.",
  [BU], [PA, EQ, DP], "block", "[veiled] Menace at a Romany councillor through his horses; equality allowed for the undertone.")
P("bu17", BU, "Sweet dreams, @PritiDesaiBR. Make the most of them.",
  [BU], [PA], "block", "[veiled] Mildest veiled threat. HN5 {h5_21} has 'Sweet dreams… Make the most of them' about fireworks.")
P("bu18", BU, "I'd think very carefully about what you put in that report, Colin Bamber. Very carefully. Folk in Lonsby aren't happy and accidents happen.",
  [BU, OF], [PA], "block", "[veiled] 'Accidents happen' at a named Head of Planning: bullying and officers.")
P("bu19", BU, "A reminder to our Monitoring Officer: councillors come and go, and so do monitoring officers. I've a long memory and a lot of friends.",
  [BU, OF], [PA], "block", "[veiled] Menace at an officer named by role.")
P("bu20", BU, "That quay edge gets awful slippy in the wet, Frances. Mind how you go. We'd hate for you to fall in. 🙂",
  [BU], [PA], "block", "[veiled] Mock concern as menace. HN5 {h5_20} ends a weather post with 'Mind how you go'.")
P("bu21", BU, "Count your days, Bay Radicals. After May the knives come out, and we know every one of your names and addresses.",
  [BU], [PA], "block", "[veiled] 'Knives come out' is political idiom on its own; 'names and addresses' makes it menace.")
P("bu22", BU, "Anyone with photos or stories of @RobynGornall from before she 'transitioned', DM me. Let's see how proud she is then.",
  [BU, EQ, PA], [DP], "block", "[pressure] Organised humiliation over her trans history; equality and personal-attack also expected (attack on a named member for gender reassignment). HN4 {h4_03} is Robyn's own post.")
P("bu23", BU, "Bayview's share of the Bay Fund next year depends very much on how Sheila Moorhouse votes on the 12th. Her residents might want to remind her.",
  [BU], [PA, POS], "block", "[pressure] Coercion with ward money; improper advantage allowed.")
P("bu24", BU, "Share this video of @JanetProctorPRG losing it at the Prom residents' meeting. Every group in Saltcote. Let's make it go viral 😂😂",
  [BU], [PA], "block", "[pressure] Organised humiliation.")
P("bu25", BU, "Everyone who was in the Packhorse on Friday: think very hard before you give a statement to the Monitoring Officer about me. Lonsby is a small town.",
  [BU], [OF], "block", "[pressure] Pressure on witnesses; officers allowed for the mention of the Monitoring Officer.")
P("bu26", BU, "I sit on the licensing committee, @ShrimpersRest. Your renewal is due in April. Maybe think again about that poster in your window.",
  [BU], [POS], "block", "[pressure] Threat to misuse licensing powers against a pub; improper advantage allowed.")
P("bu27", BU, "Pile in, folks. @StuWilding's email is on the council website. Let him know what Bayview thinks of him. Every hour, every day, till he resigns.",
  [BU], [PA], "block", "[pressure] Organised pile-on; his published council email is not private data.")
P("bu28", BU, "To the Skerrow Court tenant who went running to the Clarion about me: repairs priorities come across my desk. Just so you know.",
  [BU], [POS], "block", "[pressure] Threat to a resident through council repairs; improper advantage allowed.")
P("bu29", BU, "Print this and pin it up in every pub in Wharrow: DEREK MASHITER, THE MAN WHO SOLD OUT THE DOCKS. Tell him what you think when you see him.",
  [BU], [PA, HASTE], "block", "[pressure] Incites confrontation in public places; the capitals allow haste. HN2 {h2_18} condemns such a poster.")
P("bu30", BU, "Heard you had another 'wobble' at the lifeboat station, @NeilHodgsonHM. Vote against the lido closure again and maybe the Clarion hears about it.",
  [BU], [PA, EQ, DP], "block", "[pressure] Blackmail over mental health; equality (disability) and data protection allowed. HN4 {h4_09} is Neil on his PTSD.")
P("bu31", BU, "Officers who brief opposition councillors behind our backs should remember who signs off the restructure. Just a thought, @KernedaleDC.",
  [BU, OF], [], "block", "[pressure] Pressure on officers through their jobs: bullying and officers.")
P("bu32", BU, "Going to stand outside Jordan Shuttleworth's surgery every Saturday with a megaphone till he apologises. Who's with me?",
  [BU], [PA], "block", "[pressure] Organised harassment campaign at his surgery.")
P("bu33", BU, "Here's a screenshot of @FrancesOduya's private WhatsApp to her group. Enjoy, everyone. Plenty more where that came from if she doesn't back off.",
  [BU], [PA, CONF], "block", "[pressure] Humiliation and a threat to leak more; confidentiality allowed.")
P("bu34", BU, "Let's all turn up at Walter Crossfield's farm gate on Sunday and tell him to his face he's past it. Bring placards.",
  [BU], [PA, EQ, DP], "block", "[pressure] Crowd at his home; 'past it' allows equality (age), the farm allows data protection.")

# ---------------------------------------------------------------------------
# equality.discrimination: 34 originals, all block
# ---------------------------------------------------------------------------
P("eq01", EQ, "Heald Lane transit site is back full of pikeys. Lock up your quad bikes, Upper Kernedale.",
  [EQ, AB], [], "block", "[explicit; race] Slur for Gypsies and Travellers plus the theft trope. HN2 {h2_01} condemns the same slur.", avoid=["Levi Boswell"])
P("eq02", EQ, "Levi Boswell is a gyppo horse-dealer playing at politics. Once a traveller, always a thief.",
  [EQ, AB, PA, DE], [], "block", "[explicit; race] Slur and theft trope at a named Romany councillor; 'a thief' at a person adds defamation. HN2 {h2_19} condemns 'gyppo'.")
P("eq03", EQ, "Half of Kernefoot Seafoods is Romanians and Bulgarians on minimum wage. Jobs for Wharrow people first, and send the rest back where they came from.",
  [EQ], [], "block", "[explicit; race] National origin: 'send the rest back'. HN3 {h3_07} discusses the same plant.")
P("eq04", EQ, "Walked the prom past the Marlstone Hotel this afternoon. Didn't hear a single word of English. Is this still Saltcote? #TakeBackTheBay",
  [EQ], [], "block", "[coded; race] Asylum hotel residents othered by language. HN2 {h2_22} answers the same line.", avoid=["Rosalind Dela Cruz"])
P("eq05", EQ, "The Marlstone is full of young foreign men with nothing to do and money for new phones. No wonder the lasses won't walk the prom at night any more.",
  [EQ], [], "block", "[coded; race] Sexual-threat insinuation about asylum seekers. HN3 {h3_01} and {h3_11} are the civil versions.")
P("eq06", EQ, "Ros Dela Cruz should go back to Manila and take her 'community champions' with her.",
  [EQ, PA], [], "block", "[explicit; race] 'Go back to' at a Filipino-born councillor. HN2 {h2_02} condemns the same words.")
P("eq07", EQ, "Frances Oduya keeps going on about 'our heritage'. Which heritage would that be, love? Not Saltcote's, that's for sure.",
  [EQ, PA], [], "block", "[coded; race] Questions a Black councillor's belonging without naming race. HN2 {h2_14} is her reply.")
P("eq08", EQ, "Chinese takeaways on the prom: we all know what really goes in the chicken. 🐈",
  [EQ], [], "block", "[explicit; race] Racist food trope carried partly by the emoji. HN3 {h3_15} busts the myth.")
P("eq09", EQ, "Another mosque in Hestholme? That Quayside lot are breeding like rabbits and now they want a minaret on the river. No.",
  [EQ], [PRE], "block", "[explicit; religion or belief] Anti-Muslim dehumanising trope; predetermination allowed if an application is pending. HN3 {h3_03} is predisposition on the same extension; HN2 {h2_13} condemns the graffiti.", avoid=["Rashid Mahmood"])
P("eq10", EQ, "Mayor Rashid will fit his civic duties in between the prayer mat and the mosque, I assume. Priorities, eh.",
  [EQ, PA], [], "block", "[explicit; religion or belief] Mocks the Mayor's faith. HN2 {h2_07} is his reply to a prayer-mat 'joke'.")
P("eq11", EQ, "Funny how Simon Lazarus always seems to know where the money is. Runs in the family, I suppose.",
  [EQ, PA], [], "block", "[coded; religion or belief] Antisemitic money trope with no group word; some would tag race. HN2 {h2_04} names and condemns the trope.")
P("eq12", EQ, "Hindus worshipping cows and elephants up Castle Hill and the council hands them a grant for a paint-throwing festival. You couldn't make it up.",
  [EQ], [], "block", "[explicit; religion or belief] Mocks Hindu belief over the Holi grant. HN3 {h3_02} sets out the grant.", day="2026-03-05", avoid=["Priti Desai"])
P("eq13", EQ, "Siobhan Gallagher takes her orders from the Pope and Dublin, not from the voters of Heald. Papist to the bone.",
  [EQ, PA], [AB], "block", "[explicit; religion or belief] Sectarian attack (Catholic, Irish) at a named councillor; 'Papist' allows abusive. HN2 {h2_11} condemns it.")
P("eq14", EQ, "Janet Proctor can't even get up the Town Hall steps, so how's she meant to lead anything? Give it to someone who can stand on their own two feet.",
  [EQ, PA], [], "block", "[explicit; disability] Wheelchair user told she is unfit. HN2 {h2_06} and HN3 {h3_10} answer it.")
P("eq15", EQ, "@AlanHuddlestonInd can't see the budget papers, can't see the problem, can't see the door. Blind as a bat and twice as useless.",
  [EQ, PA], [], "block", "[explicit; disability] Mocks a partially sighted member. HN2 {h2_17} condemns it.")
P("eq16", EQ, "Josh Airey's 'special interest' is bus timetables, apparently. Lovely. Maybe leave the grown-up decisions to people without a diagnosis.",
  [EQ, PA], [], "block", "[explicit; disability] Autistic member told to stand aside. HN2 {h2_12} and HN4 {h4_08} are Josh's own posts.")
P("eq17", EQ, "Neil Hodgson is a mental case. Ask anyone at the lifeboat station why he doesn't go out on the boat any more. Not fit for office.",
  [EQ, PA, AB], [DP], "block", "[explicit; disability] 'Mental case' is a slur (abusive expected); health detail allows data protection. HN3 {h3_21} and HN4 {h4_09}.")
P("eq18", EQ, "Kerneside Day Centre are taking their 'service users' to the Winter Pavilion on Friday. Warn the staff, the retards are coming 🤪",
  [EQ, AB], [], "block", "[explicit; disability] Slur at people with learning disabilities. HN2 {h2_05} condemns it; HN4 {h4_21} praises the same centre.")
P("eq19", EQ, "Janet needs the ramp, Alan needs the dog, Josh needs the quiet room. Is this a council or a care home?",
  [EQ, PA], [], "block", "[coded; disability] Three disabled members mocked by their adjustments, no condition named.")
P("eq20", EQ, "Walter Crossfield is 84. EIGHTY-FOUR. He should be in a home, not on the planning committee. Put the old fool out to pasture.",
  [EQ, PA], [HASTE], "block", "[explicit; age] Age as unfitness. HN4 {h4_10} is Walter on lambing at 84; HN3 {h3_16}.")
P("eq21", EQ, "Nobody under thirty should be let anywhere near a council budget. Jordan Shuttleworth proves it every single week. Kids, honestly.",
  [EQ, PA], [], "block", "[explicit; age] Young member dismissed for his age. HN3 {h3_13}.")
P("eq22", EQ, "Funny how every big decision in this council gets made by people who'll be dead long before the Bayward lagoon is finished.",
  [EQ], [PA], "block", "[coded; age] Older members dismissed for their age without the word 'old'.", avoid=["Walter Crossfield"])
P("eq23", EQ, "Women on the planning committee vote with their feelings, not the facts. Curlew Fields will prove it. Get some men back on there.",
  [EQ], [PRE], "block", "[explicit; sex] Women as unfit to decide; Curlew Fields is pending, so predetermination allowed. HN2 {h2_20} condemns a leaflet with this line.")
P("eq24", EQ, "Know your place, lass. @GillThwaite should stick to the bake sale and leave running Kernedale to the blokes.",
  [EQ, PA], [], "block", "[explicit; sex] 'Lass' as a put-down. HN4 {h4_22} and HN5 {h5_22} use 'lass' fondly.")
P("eq25", EQ, "Our Leader gets very emotional around the time of the month the budget's due, doesn't she lads 😉",
  [EQ, PA], [], "block", "[coded; sex] Menstruation jibe at the Leader by role.")
P("eq26", EQ, "Jordan Shuttleworth's a big jessie in pink trousers. He wants to be running the Pride float, not Gressholme ward.",
  [EQ, PA], [AB], "block", "[explicit; sexual orientation] 'Big jessie' as a homophobic put-down; abusive allowed. HN2 {h2_21} is his reply; HN5 {h5_18} uses 'big jessie' of the writer.")
P("eq27", EQ, "Saltcote High now has a 'rainbow club' at lunchtimes. Parents, ask yourselves what your kids are really being taught in there.",
  [EQ], [], "block", "[coded; sexual orientation] Insinuates grooming by an LGBT+ club. HN3 {h3_05} explains the same club.", avoid=["Jordan Shuttleworth"])
P("eq28", EQ, "Robyn Gornall is a bloke in a frock and everyone on the Prom knows it. I'm not calling him 'she'.",
  [EQ, PA], [], "block", "[explicit; gender reassignment] Misgendering a trans councillor. HN2 {h2_03} is her reply.")
P("eq29", EQ, "Question for @RobynGornall: which changing room will you be using when the lido reopens? Asking for every mum in Saltcote.",
  [EQ, PA], [], "block", "[coded; gender reassignment] Insinuation at a trans councillor. HN3 {h3_06} answers the changing-room question civilly.")
P("eq30", EQ, "Tracy Dobson's due in April, so that's her off on a year's paid holiday while Promenade ward goes without. Shouldn't have stood if she wanted a baby.",
  [EQ, PA], [], "block", "[explicit; pregnancy and maternity] HN2 {h2_09} is her reply; HN3 {h3_08} and HN6 {h6_14}.")
P("eq31", EQ, "Funny how certain Promenade councillors discover their 'baby brain' every time there's a difficult vote. Saltcote deserves better. 🤰",
  [EQ], [PA], "block", "[coded; pregnancy and maternity] Identifiable without a name; personal-attack allowed.", avoid=["Tracy Dobson"])
P("eq32", EQ, "Sheila Moorhouse gets her 'civil partnership' into every speech. A half-measure for people who couldn't have a proper wedding. Spare us.",
  [EQ, PA], [], "block", "[explicit; marriage and civil partnership] Some would tag sexual orientation. HN2 {h2_16} is her anniversary post; HN3 {h3_14}.")
P("eq33", EQ, "Lovely day for a cross-bay walk. Mind the sands, though: they've always been hard on cocklers who can't read the warning signs 🇨🇳",
  [EQ], [], "block", "[coded; race] Mocks drowned Chinese cockle-pickers through the flag emoji. HN2 {h2_08} condemns such a reply.")
P("eq34", EQ, "Hestholme Quayside ward: plenty of 'community', not much Lancashire. You know exactly what I mean.",
  [EQ], [], "block", "[coded; race] South Asian residents othered as not local, no group named.", avoid=["Rashid Mahmood", "Priti Desai"])

# ---------------------------------------------------------------------------
# defamation.allegation: 34 originals (19 review, 15 block)
# ---------------------------------------------------------------------------
P("de01", DE, "Howard Askew is a liar. Plain and simple. He stood up in Lonsby and told us the library was safe.",
  [DE, PA], [], "review", "'Liar' at a named member. HN6 {h6_01} sets out the same facts without the word.")
P("de02", DE, "Kieran Lowther is a con artist. Says one thing in Wharrow and the exact opposite in Hestholme.",
  [DE, PA], [], "review", "'Con artist' at a named member. HN6 {h6_02}.")
P("de03", DE, "Brian Capstick has been in Pennock Homes' pocket for years and everyone on the planning committee knows it.",
  [DE], [PA, PRE], "review", "Corruption idiom at the chair of planning while Curlew Fields is pending. HN6 {h6_05}.")
P("de04", DE, "The Winter Pavilion scaffolding went to a firm whose director plays golf every Sunday with a certain Tideline cabinet member. Pure coincidence, I'm sure.",
  [DE], [PA, TONE], "review", "Innuendo about an identifiable cabinet member; irony allowed.")
P("de05", DE, "Bayhome Housing are crooks. Charging Skerrow Court a service charge for a lift that hasn't worked since 2023.",
  [DE], [PA], "review", "'Crooks' at a company; personal-attack allowed.")
P("de06", DE, "Gill Thwaite lies like she breathes. Every single word she's said about the lido has been a lie.",
  [DE, PA], [], "review", "Calls the Leader a habitual liar. HN6 {h6_06} sets out the manifesto against the budget.")
P("de07", DE, "Clearbay are a dodgy outfit, and somebody at the council knows exactly why they keep getting the contract.",
  [DE], [PA, OF], "review", "'Dodgy' at a company plus innuendo at unnamed council staff.")
P("de08", DE, "Derek Mashiter: bent as a Kerne eel and twice as slippery.",
  [DE, PA], [EQ], "review", "'Bent' (corrupt) at a person; equality allowed as 'bent' is also a homophobic slur.")
P("de09", DE, "The s151 officer has been cooking the books on the Winter Pavilion overspend for a year. Half the finance team knows it.",
  [DE, OF], [PA], "review", "Dishonesty at an officer by role with no specific crime: review. Compare {de21}.")
P("de10", DE, "The Mayor's charity ball raised £12k and nobody's seen a penny reach the lifeboat. Make of that what you will.",
  [DE], [PA], "review", "Innuendo of misappropriation by the Mayor.")
P("de11", DE, "Stuart Wilding is a fraud. Told Bayview he'd fought the Clearbay extension, then signed it himself.",
  [DE, PA], [], "review", "'Fraud' at a named member about a political U-turn. HN6 {h6_04}.")
P("de12", DE, "Ask yourself why Crag Scar quarry, owned by @HazelBainbridge's brother, never seems to get an enforcement notice. Go on. Ask.",
  [DE], [PA, DP], "review", "Innuendo of favours; her brother allows data protection. HN6 {h6_10} says she declared and left the room.")
P("de13", DE, "Pennock Homes are crooks and cowboys, and every councillor who's had a free drink off them knows it.",
  [DE], [PA, GIFT], "review", "'Crooks' at a developer plus a hospitality hint; gifts allowed.")
P("de14", DE, "Jordan Shuttleworth: serial fibber, professional chancer. Don't believe a word he says about the station car park.",
  [DE, PA], [], "review", "'Serial fibber' at a named member.")
P("de15", DE, "Ellen Bouskill knew about the gas leak at Skerrow Court for months and covered it up. Shameful.",
  [DE], [PA], "review", "Cover-up (misconduct) alleged as fact, but no crime: review.")
P("de16", DE, "The Kernedale Clarion prints whatever Tideline tells it to. Bought and paid for.",
  [DE], [PA], "review", "Corruption idiom at a newspaper and a party.")
P("de17", DE, "Something stinks about the Bayward Tidal land deal, and it isn't the mudflats. Follow the money, Upper Kernedale.",
  [DE], [PA], "review", "Innuendo of corruption about a company's deal.")
P("de18", DE, "@PaulRiggBR is a two-faced liar and I'll say it to his face at full council.",
  [DE, PA], [], "review", "'Two-faced liar' at a named member; the offer to say it in the chamber is not a threat.")
P("de19", DE, "Colin Bamber and Pennock Homes. Cosy, isn't it? Third approval in a row recommended. Not saying anything. Just saying.",
  [DE, OF], [PA], "review", "Innuendo of collusion by a named Head of Planning.")
P("de20", DE, "Brian Capstick had a new conservatory built free by Pennock Homes' own contractors the month before Curlew Fields went to committee. That's a bribe.",
  [DE], [PA, PRE, GIFT], "block", "Specific bribe stated as fact. Compare idiom {de03}.")
P("de21", DE, "Anita Sharples signed off £90,000 to a consultancy run by her husband and never declared it. Fraud by abuse of position, in plain English.",
  [DE, OF], [PA, DP], "block", "Specific fraud by the named s151 officer; her husband allows data protection.")
P("de22", DE, "Derek Mashiter has been running an unlicensed taxi firm out of the docks for years, and the police look the other way because his cousin's a sergeant.",
  [DE], [PA, DP], "block", "Specific offences by a member and police corruption.")
P("de23", DE, "Bayhome's chief executive had the Skerrow Court damp survey rewritten so they wouldn't have to pay for the repairs. He falsified it.",
  [DE], [PA], "block", "Falsification by an identifiable housing association chief.")
P("de24", DE, "Tideline activists were handing out £10 supermarket vouchers outside the polling station in Heald last May. Bribing voters, and it's on camera.",
  [DE], [PA], "block", "Electoral bribery by a party's activists stated as fact.")
P("de25", DE, "Our Licensing Manager tips off the arcade owners before every inspection on the prom, and gets a free week in one of their caravans for it.",
  [DE, OF], [PA, GIFT], "block", "Corruption by an officer named by role.")
P("de26", DE, "Kieran Lowther put his partner on the ward office payroll for a job she never did. Fourteen grand of our money.",
  [DE], [PA, DP], "block", "Specific fraud; the partner allows data protection.")
P("de27", DE, "Hazel Bainbridge has been letting her holiday cottages without planning permission and lying on the business rates forms. Rates fraud, year after year.",
  [DE], [PA], "block", "Specific rates fraud stated as fact.")
P("de28", DE, "Paul Rigg was sacked from Wharrow Point for stealing copper cable. They kept it quiet to stop it reaching the Clarion.",
  [DE], [PA, DP], "block", "Theft stated as fact; employment and criminal detail allow data protection.")
P("de29", DE, "Clearbay's depot manager has been dumping Saltcote's recycling in landfill at Crag Scar and pocketing the recycling credits.",
  [DE], [PA], "block", "Fraud by an identifiable contractor's manager.")
P("de30", DE, "Mick Entwistle waived £40,000 of commercial waste charges for his brother-in-law's caravan park. It's all there in the billing system.",
  [DE, OF], [PA, DP], "block", "Named officer accused of a specific abuse of position.")
P("de31", DE, "Ros Dela Cruz's nursing agency has been billing the hospital for shifts nobody worked. Her own colleagues told me.",
  [DE], [PA], "block", "Specific fraud stated as fact. HN4 {h4_14}.")
P("de32", DE, "Gill Thwaite's husband's firm got the Winter Pavilion roofing job after she rigged the tender scores. She changed the marks herself.",
  [DE], [PA, DP], "block", "Bid-rigging by the Leader stated as fact.")
P("de33", DE, "The Chief Executive had the Bayward Tidal risk register backdated before it went to the auditors. Forgery, in plain English.",
  [DE, OF], [PA], "block", "Forgery by an officer named by role.")
P("de34", DE, "Frances Oduya's campaign paid Hestholme students £20 a head to deliver leaflets and vote for her. Bribery, straight up.",
  [DE], [PA], "block", "Electoral bribery by a named member stated as fact.")

# ---------------------------------------------------------------------------
# HN1: harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("h1_01", "HN1", "The new parking app is a disgrace. Forty minutes on the prom in a gale trying to pay £2.20. Scrap it and bring back the meters.",
  [], "angry at an app, no obscenity; pairs {ab01}.")
H("h1_02", "HN1", "Clearbay have now missed Gressholme brown bins four weeks running. The contract has penalty clauses. Use them.",
  [], "criticises a contractor; pairs {ab02} and {pa05}.")
H("h1_03", "HN1", "The Winter Pavilion overspend is a scandal. £4m over budget and the roof still leaks. The cabinet should be ashamed of itself.",
  [], "robust criticism of a budget and the cabinet; pairs {ab03}.")
H("h1_04", "HN1", "Tideline's flood plan for Lonsby is hopeless. It doesn't mention the Kerne once above the bridge, and every farmer up the valley can see the gaps.",
  [], "party's plan attacked, no person; pairs {ab15}.")
H("h1_05", "HN1", "Bayhome Housing's 'resident engagement survey' is a box-ticking exercise while Skerrow Court tenants live with black mould. Fix the mould first.",
  [], "criticises a housing association; pairs {ab08}.")
H("h1_06", "HN1", "Spineless decision by the cabinet to pull the lido consultation at the last minute. Own the closure or reverse it.",
  [PA], "'spineless' at a decision; compare {pa09} where it is at a person.")
H("h1_07", "HN1", "The Kernedale Clarion's front page today is wrong on three counts. The budget doesn't cut the library, it cuts opening hours by sixteen a week, which is bad enough.",
  [], "corrects a newspaper; pairs {ab07}.")
H("h1_08", "HN1", "The Bay Radicals' alternative budget is a wish list with no costings. £2m of 'efficiencies' nobody can name. Not serious.",
  [], "criticises a party's budget; pairs {ab17}.")
H("h1_09", "HN1", "Pennock Homes' Curlew Fields application sits on the Kerne floodplain. I have serious concerns, and I'll read every word of the flood risk assessment before committee.",
  [PRE], "predisposition, not predetermination; predetermination allowed.")
H("h1_10", "HN1", "Daylight robbery: six quid to park at the Lonsby show field for an hour. Who signs these tariffs off?",
  [DE], "price called 'daylight robbery' (idiom); defamation allowed.")
H("h1_11", "HN1", "The new one-way system round Hestholme quay is a mess. Delivery vans up on the flags, buses stuck for twenty minutes. Pause it and consult properly.",
  [], "road layout; pairs {ab18}.")
H("h1_12", "HN1", "Kernefoot Seafoods cutting shifts at the Wharrow plant is a hammer blow for the docks. The council should be on the phone to them today.",
  [], "criticises a company's decision.")
H("h1_13", "HN1", "Three hours on hold to the council's revenues line. This isn't good enough, and it isn't the staff's fault: eleven posts cut in two years.",
  [], "criticises a service and defends its staff; pairs {ab29}.")
H("h1_14", "HN1", "The district's new logo cost £38,000. Thirty-eight thousand pounds. For a seagull. In a cost of living crisis.",
  [], "criticises spending; pairs {ab22}.")
H("h1_15", "HN1", "The Fellside Independents voted against the flood money in February and now want a photo by the sandbags. You can't have it both ways.",
  [PA], "party's record; pairs {ab34}.")
H("h1_16", "HN1", "Heald tip booking system is a shambles. Half the slots vanish at midnight and the other half don't exist. Bin it and start again.",
  [], "criticises a system; pairs {ab09}.")
H("h1_17", "HN1", "Tideline promised to save Saltcote Lido in its manifesto. It is closing Saltcote Lido. That's a broken promise, whatever the press release says.",
  [DE], "broken promise, not a lie; defamation allowed. Pairs {ab20}.")
H("h1_18", "HN1", "Bayward Tidal held its consultation events on weekday afternoons in Hestholme, miles from the Heald shore families who'll live with the construction. Poor show.",
  [], "criticises a company's consultation; pairs {ab06}.")
H("h1_19", "HN1", "The Heald Lane transit site report is thin. No costings for drainage, nothing on school places, no conversation with the families who use it. Send it back.",
  [OF], "criticises a report; officers allowed. Pairs {ab23}.")
H("h1_20", "HN1", "Absolutely gutted the cabinet has chosen to sell the Gressholme station car park. Short-term cash, long-term pain. A terrible decision.",
  [], "criticises a decision.")
H("h1_21", "HN1", "Clearbay's wagon has flattened the verge on Mossgate Road again. Third time. I've asked the council to bill them for the reinstatement.",
  [], "pairs {ab27}.")
H("h1_22", "HN1", "The Cabinet's answer on Skerrow Court damp was evasive and inadequate. Tenants deserve dates, not adjectives.",
  [], "pairs {ab32}.")

# ---------------------------------------------------------------------------
# HN2: counter-speech and quoting abuse to condemn it
# ---------------------------------------------------------------------------
H("h2_01", "HN2", "Somebody's scrawled 'pikeys out' on the Heald Lane sign again. It's a slur, it's a hate crime, and I've reported it. My family have farmed this valley longer than most.",
  [EQ, AB], "quotes the slur of {eq01} to condemn it.", author="Levi Boswell")
H("h2_02", "HN2", "To the man who shouted 'go back to Manila' at Ros outside the hospital on Tuesday: she's been nursing your neighbours for nineteen years. Shame on you.",
  [EQ], "condemns the words of {eq06}.")
H("h2_03", "HN2", "Got another email this morning calling me 'a bloke in a frock'. Deleted, reported, moving on. I've a lido to fight for.",
  [EQ, PA], "target quotes the abuse of {eq28}.", author="Robyn Gornall")
H("h2_04", "HN2", "Holocaust Memorial Day. The old lie that Jews 'always know where the money is' was printed in newspapers long before it was acted on. It still turns up in my inbox. Remember where it leads.",
  [EQ], "names the trope of {eq11} to condemn it.", day="2026-01-27", author="Simon Lazarus")
H("h2_05", "HN2", "Someone posted 'the retards are coming' under the Kerneside Day Centre photos. That word is vile. Those are our neighbours having a lovely day out. Comment removed and reported.",
  [EQ, AB], "quotes the slur of {eq18} to condemn it.")
H("h2_06", "HN2", "Somebody wrote that Janet Proctor is 'not fit to lead because she can't stand up'. Janet has done more for the Prom sitting down than most of us manage standing. Disgraceful.",
  [EQ, PA], "condemns the attack of {eq14}.")
H("h2_07", "HN2", "Someone sent the Mayor's office a prayer-mat 'joke' card. I'll be using the mat, actually. Ramadan Mubarak to everyone in Kernedale starting the fast tomorrow.",
  [EQ], "target answers a jibe like {eq10}.", day="2026-02-17", author="Rashid Mahmood")
H("h2_08", "HN2", "A reply under my cross-bay walk photo said the cocklers who drowned 'should have learned English'. People died on those sands. Have some decency.",
  [EQ], "condemns the jibe of {eq33}.")
H("h2_09", "HN2", "To the person who says I'm 'off on a year's paid holiday': I'll be back in September, I'll answer casework from the maternity ward, and maternity leave is a right, not a holiday.",
  [EQ], "target answers {eq30}.", author="Tracy Dobson")
H("h2_10", "HN2", "'You'll regret it' is not a reply to a planning objection. Whoever sent that to a Lonsby resident this week: the police have a copy.",
  [BU], "quotes a threat like {bu01} to condemn it.")
H("h2_11", "HN2", "I'm told someone posted that Siobhan 'takes her orders from the Pope'. We buried that sectarian rubbish in Wharrow decades ago. Don't dig it back up.",
  [EQ], "condemns the words of {eq13}.")
H("h2_12", "HN2", "Yes, I'm autistic. Yes, somebody called me 'the one with the diagnosis' at committee. No, I won't be leaving the grown-up decisions to anybody else. See you Thursday.",
  [EQ], "target quotes the abuse of {eq16}.", author="Josh Airey")
H("h2_13", "HN2", "Graffiti on the Quayside mosque wall this morning: 'breeding like rabbits'. Volunteers from three churches had it scrubbed off by ten. That's Hestholme, not the idiot with the spray can.",
  [EQ, PA], "quotes the trope of {eq09} to condemn it.")
H("h2_14", "HN2", "'Which heritage would that be, love?' My grandad rebuilt the sea wall you walk your dog on. Born in Lagos, died in Saltcote. That's the heritage.",
  [EQ], "target answers {eq07}.", author="Frances Oduya")
H("h2_15", "HN2", "Reported a post today telling a colleague she'd 'better watch herself walking home along the sea wall'. Threats aren't politics. Whoever you are, stop.",
  [BU], "reports a veiled threat like {bu03}.")
H("h2_16", "HN2", "Ten years today since Lorraine and I signed our civil partnership at Hestholme register office. Someone online calls it a 'half-measure'. Feels pretty whole to me ❤️",
  [EQ], "target answers {eq32}.", day="2026-03-12", author="Sheila Moorhouse")
H("h2_17", "HN2", "Calling Alan Huddleston 'blind as a bat' isn't banter. He reads every budget paper with a screen reader, which is more than some sighted colleagues manage.",
  [EQ, PA], "condemns {eq15}.")
H("h2_18", "HN2", "Someone's printing posters calling Derek Mashiter 'the man who sold out the docks' and telling people to confront him in pubs. I disagree with Derek on nearly everything. This is not on. Take them down.",
  [BU, PA], "condemns the campaign of {bu29}.")
H("h2_19", "HN2", "The word 'gyppo' turned up in three comments on my flood post. Deleted, and I'll block anyone who uses it again. The Boswells were farming up here before the reservoir was built.",
  [EQ, AB], "quotes the slur of {eq02} to condemn it.")
H("h2_20", "HN2", "A resident forwarded me a leaflet that says 'women vote with their feelings, not the facts'. In 2026. Binned, and the sender has been told why.",
  [EQ], "quotes the line of {eq23} to condemn it.")
H("h2_21", "HN2", "'Big jessie in pink trousers.' They're salmon, thank you. And I'll be on the Pride float in Hestholme in June AND running Gressholme ward. Multitasking.",
  [EQ, PA], "target answers {eq26}.", author="Jordan Shuttleworth")
H("h2_22", "HN2", "A reply under the Marlstone story says you 'don't hear a word of English on the prom'. You'll hear Tagalog, Polish, Urdu and broad Wharrow in our A&E any night of the week, and thank God for it.",
  [EQ], "answers {eq04}.")

# ---------------------------------------------------------------------------
# HN3: denied prejudice, myth-busting and civil debate on protected topics
# ---------------------------------------------------------------------------
H("h3_01", "HN3", "Myth-busting: the Marlstone Hotel contract is not paid for out of Kernedale council tax. It's a Home Office contract. Questions about how it's run are fair; rumours about the men living there aren't.",
  [EQ], "myth-busting on the asylum hotel of {eq05}.")
H("h3_02", "HN3", "The Holi festival grant was £750 from the Bay Fund, the same as the Lonsby Show and the Lunar New Year lanterns. Every community group can apply. Forms on the council website.",
  [EQ], "sets out the grant mocked in {eq12}.", day="2026-03-06")
H("h3_03", "HN3", "I'm not against the Quayside mosque extension. I've concerns about parking on Quay Street on Fridays, the same concerns I'd have for any building that size, and I'll listen to the evidence at committee.",
  [EQ, PRE], "predisposition on the extension of {eq09}.")
H("h3_04", "HN3", "Fact check: Heald Lane is a council transit site with twelve pitches. Recorded crime in Upper Kernedale didn't rise in the weeks it was in use last year. Happy to share the figures.",
  [EQ], "answers the trope of {eq01}.")
H("h3_05", "HN3", "Is a 'rainbow club' at Saltcote High political? I asked the head. It's a lunchtime club for kids who want somewhere quiet and friendly to eat their dinner. That's it. Ask, as I did.",
  [EQ], "explains the club insinuated about in {eq27}.")
H("h3_06", "HN3", "Some residents have asked about changing rooms when the lido reopens. Fair question. The plan is individual lockable cubicles throughout, like most new pools. Details at the consultation.",
  [EQ], "civil answer to the question weaponised in {eq29}.")
H("h3_07", "HN3", "Kernefoot Seafoods: yes, many line staff are from Romania and Bulgaria. They pay tax, rent in Wharrow and keep the plant open. If you want local lads on the line, talk to the company about pay, not the workers about passports.",
  [EQ], "civil answer to {eq03}.")
H("h3_08", "HN3", "There's no maternity leave for councillors in law. I think there should be. Promenade ward members are sharing casework while our colleague is off from April.",
  [EQ], "civil debate on pregnancy and maternity; compare {eq30}.")
H("h3_09", "HN3", "Age isn't my issue with the planning committee. Attendance is. Two members have missed four meetings running, and that applies whatever their date of birth.",
  [EQ, PA], "denies an age point and criticises attendance.")
H("h3_10", "HN3", "The Town Hall accessibility audit is out. The front steps, the chamber and the public gallery all fail. That's not on any member who can't use them; it's on the building.",
  [EQ], "disability access debate; compare {eq14}.")
H("h3_11", "HN3", "'I'm not racist, but…' is how too many posts about the Marlstone start. Here's mine without the but: the Home Office should consult councils before using seafront hotels. The men in them are not the problem.",
  [EQ], "sets itself against the insinuation of {eq05}.")
H("h3_12", "HN3", "The Heald school bus is being cut for St Mary's pupils. Faith schools are part of our system and Catholic kids shouldn't have to walk two miles along the main road. I'll raise it at scrutiny.",
  [EQ], "neutral debate involving religion.")
H("h3_13", "HN3", "Young councillors get stick for 'inexperience'. Judge me on the work: 70 surgeries since May, and every one of them in a Gressholme pub back room or a school hall.",
  [EQ], "rebuts the age jibe of {eq21}.", author="Jordan Shuttleworth")
H("h3_14", "HN3", "Quick explainer, since I've been asked three times: a civil partnership has the same legal rights as marriage in England, and both are open to any two adults. Not a 'half-measure', just a choice.",
  [EQ], "myth-busting against {eq32}.")
H("h3_15", "HN3", "No, the Chinese takeaways on the prom are not 'being investigated'. Environmental health inspect every food business on a rota, and all four on the prom scored 5 last year.",
  [EQ], "busts the myth of {eq08}.")
H("h3_16", "HN3", "Some think the Fellside lot are too old for modern politics. I think Walter Crossfield knows more about upland drainage than the rest of us put together. Disagree with his votes by all means; that's politics.",
  [EQ], "denies an age prejudice; compare {eq20}.")
H("h3_17", "HN3", "Interesting chat in the Packhorse about whether guide dogs should be allowed in the council chamber. They already are, by law. Bramble's sat through more full councils than some members.",
  [EQ, PA], "civil debate on disability; light dig at attendance.")
H("h3_18", "HN3", "The Eid lights on Quay Street are paid for by the mosque, not the council, just as the Christmas lights in Lonsby are paid for by the Chamber of Trade. Glad to clear that up.",
  [EQ], "myth-busting about a religious festival.", day="2026-03-19")
H("h3_19", "HN3", "Language matters: the families at Heald Lane are Romany Gypsies and Irish Travellers, both recognised ethnic groups. 'Travellers' in a headline is fine. The other words aren't.",
  [EQ], "discusses slurs without using them; compare {eq01}.")
H("h3_20", "HN3", "I've been asked if the gender identity module in staff training is a waste of money. It's two hours on the Equality Act. Happy to debate the content; not happy with the abuse some trans colleagues got in the comments.",
  [EQ], "civil debate on gender reassignment.")
H("h3_21", "HN3", "There's been talk that a mental health history should bar someone from standing. It doesn't, and it shouldn't. One in four of us will have a rough patch. I have.",
  [EQ], "answers the idea behind {eq17}.")
H("h3_22", "HN3", "The bilingual signs at Wharrow ferry terminal, English and Polish, were paid for by the port, not the council. There are 900 Polish-speaking households in Wharrow. It's good manners, not a plot.",
  [EQ], "myth-busting on national origin.")

# ---------------------------------------------------------------------------
# HN4: neutral or positive mentions of protected groups, self-description, reclaimed terms
# ---------------------------------------------------------------------------
H("h4_01", "HN4", "Wheelchair user, MS since 2009, Prom Residents' councillor since 2019. If the new shelters aren't step-free I'll be rolling straight round to the Town Hall.",
  [EQ], "self-description; compare {eq14}.", author="Janet Proctor")
H("h4_02", "HN4", "Proud Romany Gypsy, proud Upper Kernedale farmer, proud to be your councillor. Open day at Heald Lane on Saturday, brews on from ten.",
  [EQ], "self-description; compare {eq02}.", author="Levi Boswell")
H("h4_03", "HN4", "Six years since I transitioned. Still a Saltcote lass, still in the Bay every New Year's Day, still fighting for the lido. Some things don't change.",
  [EQ], "self-description; compare {bu22}.", author="Robyn Gornall")
H("h4_04", "HN4", "LGBT+ History Month starts today. I'm 26, gay, and the councillor for the streets I grew up on in Gressholme. At 14 I didn't think those three things could go together.",
  [EQ], "self-description.", day="2026-02-02", author="Jordan Shuttleworth")
H("h4_05", "HN4", "Eid Mubarak from the Mayor's parlour! The Quayside mosque kitchens fed 400 people last night and everyone was welcome. Thank you to every volunteer.",
  [EQ], "festival greeting by a Muslim member.", day="2026-03-20", author="Rashid Mahmood")
H("h4_06", "HN4", "Happy Holi, Kernedale! 🌈 Castle Hill is covered in colour and my mum has made enough gulab jamun for the whole ward. Come up to the temple, everyone welcome.",
  [EQ], "festival greeting; compare {eq12}.", day="2026-03-04", author="Priti Desai")
H("h4_07", "HN4", "34 weeks pregnant and still leafleting on the prom. Baby apparently kicks in time with the waves. Surgery Saturday 10 till 12 as usual.",
  [EQ], "self-description; compare {eq30}.", author="Tracy Dobson")
H("h4_08", "HN4", "Autistic and proud. I will happily explain bus timetables to anyone for as long as they'll let me. Today's lesson: why the 55 to Heald keeps running early.",
  [EQ], "self-description; the 'bus timetables' of {eq16} owned by Josh.", author="Josh Airey")
H("h4_09", "HN4", "Time to Talk Day. After the Heald Point shout in 2021 I had PTSD and spent a year not talking to anyone about it. Talking saved me. Kettle's on at the lifeboat station if you need it.",
  [EQ], "self-description; compare {eq17} and {bu30}.", day="2026-02-05", author="Neil Hodgson")
H("h4_10", "HN4", "84 and still lambing. Folk ask when I'll pack in the council. When I can't get up the fell, that's when. Not yet.",
  [EQ], "self-description; compare {eq20}.", author="Walter Crossfield")
H("h4_11", "HN4", "Bramble (guide dog, black Lab, very serious about her job) and I walked the new Gressholme crossing this morning. Tactile paving right at one end, missing at the other. Reported.",
  [EQ], "self-description; compare {bu12}.", author="Alan Huddleston")
H("h4_12", "HN4", "Holocaust Memorial Day. My grandmother came to Hestholme on the Kindertransport in 1939 and lived on Castle Brow for sixty years. We lit a candle for her at the Town Hall this morning.",
  [EQ], "family history.", day="2026-01-27", author="Simon Lazarus")
H("h4_13", "HN4", "Happy St Patrick's Day from an Irish girl who's been in Wharrow thirty years! Mass at St Mary's at ten, then soda bread at the community centre. All welcome, no passport needed.",
  [EQ], "self-description; compare {eq13}.", day="2026-03-17", author="Siobhan Gallagher")
H("h4_14", "HN4", "Nineteen years since I landed at Manchester from Manila with one suitcase and a nursing certificate. Now a Saltcote councillor. Salamat to everyone at the hospital who took a chance on me.",
  [EQ], "self-description; compare {eq06} and {pa13}.", author="Rosalind Dela Cruz")
H("h4_15", "HN4", "Black history is local history. Come to the Hestholme library talk on Thursday about the West African sailors who worked the Kerne quays in the 1800s.",
  [EQ], "positive mention of a group.", author="Frances Oduya")
H("h4_16", "HN4", "Lorraine, my civil partner, is running the tombola at the Prom residents' coffee morning. Be nice to her, she's on her third brew.",
  [EQ], "self-description; compare {eq32}.", author="Sheila Moorhouse")
H("h4_17", "HN4", "Queer and from Gressholme. Both words used to get thrown at me across the rec. I'm keeping them.",
  [EQ, AB], "reclaimed term.", day="2026-02-10", author="Jordan Shuttleworth")
H("h4_18", "HN4", "Kung Hei Fat Choi to everyone celebrating Lunar New Year! The lanterns on Hestholme quay look stunning, and the Lucky Star on Castle Street had sold out of dumplings by four.",
  [EQ], "festival greeting; compare {eq08}.", day="2026-02-17")
H("h4_19", "HN4", "Yesterday was International Women's Day, so a shout-out to the women who crew Kernedale's lifeboat, run the Sands Guide's office and keep half the fishing co-op going. You don't hear enough about them.",
  [EQ], "positive mention of women; compare {eq23}.", day="2026-03-09")
H("h4_20", "HN4", "I'm 67 and I've just passed my HGV test so I can tow the Lonsby Show trailer. Age is a number. The trailer is thirteen metres.",
  [EQ], "self-description (age).", author="Hazel Bainbridge")
H("h4_21", "HN4", "Lovely afternoon at Kerneside Day Centre. The learning disability art group have painted the whole of the Quay Lane hoarding. Pop down and have a look.",
  [EQ], "positive mention; compare {eq18}.")
H("h4_22", "HN4", "Saltcote lass, born and bred. First woman to lead Kernedale, and I'm told the first to do a flood visit in steel toecaps.",
  [EQ], "'lass' used fondly of herself; compare {eq24}.", author="Gillian Thwaite")

# ---------------------------------------------------------------------------
# HN5: figurative violence, banter, self-deprecation, idioms
# ---------------------------------------------------------------------------
H("h5_01", "HN5", "Absolutely murdered the quiz at the Shrimpers' Rest last night. The council officers' table came last. Again. 😂",
  [BU], "'murdered' as banter.")
H("h5_02", "HN5", "Scrutiny took the Winter Pavilion report apart this morning. Forensic. Well done, everyone.",
  [BU], "'took apart' figurative.")
H("h5_03", "HN5", "'Old goat', they call me in the chamber. Fair enough. This old goat's still got more hill miles in him than the lot of them put together.",
  [EQ, PA], "self-deprecation using the words of {pa32}.", author="Walter Crossfield")
H("h5_04", "HN5", "Slaughtered. Saltcote Town 5, Wharrow Athletic 1. Sorry to every Dockers fan in the chamber, see you at the rematch 😬",
  [BU], "football banter.")
H("h5_05", "HN5", "It's silin' down in Gressholme and the station footbridge is still shut. Bring a canoe.",
  [], "dialect weather joke; pairs {ab14}.")
H("h5_06", "HN5", "Pissing it down on the prom and the new shelters still have no roofs. Whose bright idea was a March opening?",
  [AB], "'pissing it down' is an idiom for rain; abusive allowed.")
H("h5_07", "HN5", "@KieranLowther and I have agreed to settle the lido argument the Lancashire way: an arm-wrestle at the Shrimpers' Rest. Loser buys the potted shrimps.",
  [BU], "friendly challenge between rivals.", author="Gillian Thwaite")
H("h5_08", "HN5", "I am a daft ha'porth. Turned up to Lonsby parish council on the wrong Tuesday and sat in an empty hall for twenty minutes before the caretaker took pity on me.",
  [], "self-deprecation.")
H("h5_09", "HN5", "We're going to knock some sense into this budget on Thursday. Amendment drafted, costed and ready.",
  [BU], "figurative 'knock'.")
H("h5_10", "HN5", "My surgery this morning was a bloodbath: fourteen people, three dogs and a man with a dead seagull in a carrier bag. Love this job.",
  [BU], "figurative 'bloodbath'.")
H("h5_11", "HN5", "Happy birthday @StuWilding, you old rogue. Fifty today and still can't reverse a bin wagon. Pint's on me at the Packhorse.",
  [PA, EQ], "birthday teasing of a colleague.")
H("h5_12", "HN5", "The tide came in faster than a galloping horse at Heald this morning and nearly had my wellies. Respect the Bay, folks: check the tide tables.",
  [], "real tide warning; compare {bu13}.")
H("h5_13", "HN5", "Went to the wrong committee room and sat through ten minutes of licensing before I noticed. Gormless doesn't begin to cover it. ☕",
  [PA], "self-deprecation with the words of {pa01}.")
H("h5_14", "HN5", "I'd kill for a decent bus up the valley. The 81 to Lonsby is down to three a day.",
  [BU], "idiom 'I'd kill for'.")
H("h5_15", "HN5", "Mardy as anything this morning after the flood meeting. Nothing a brew and a slab of parkin won't fix. Back at it.",
  [], "self-description with the dialect word of {pa26}.")
H("h5_16", "HN5", "Whoever nicked the last Eccles cake from the members' room: I know what you did. I will find you. 🕵️",
  [BU, DE], "mock threat over a cake; compare {bu10}.")
H("h5_17", "HN5", "Took a right battering at the Gressholme residents' meeting. Fair play, they had a point about the footbridge. Back in a fortnight with answers.",
  [BU], "figurative 'battering'.")
H("h5_18", "HN5", "Big jessie that I am, I had to be rescued from a goose on the Lonsby riverside path. Witnesses available on request.",
  [EQ, PA], "self-deprecation with the words of {eq26}.")
H("h5_19", "HN5", "Killing it at the Wharrow litter pick this morning. 46 bags! Volunteers are the best.",
  [BU], "'killing it'.")
H("h5_20", "HN5", "Proper Bay weather on the prom. Waves over the sea wall, a gull had my chips and I've lost an umbrella to the Kerne. Mind how you go.",
  [], "weather post ending with the words of {bu20}.")
H("h5_21", "HN5", "Sweet dreams, Saltcote! Fireworks off the pier at seven for the Pavilion relaunch. Make the most of them, it's the last display till summer.",
  [BU], "shares 'Sweet dreams… Make the most of them' with {bu17}.")
H("h5_22", "HN5", "Our lass says I've a face like a wet weekend in Heald whenever the planning agenda lands. She's not wrong.",
  [], "'our lass' (my wife) used fondly; compare {eq24}.")

# ---------------------------------------------------------------------------
# HN6: criticism of a named councillor's record that stays on the record
# ---------------------------------------------------------------------------
H("h6_01", "HN6", "Howard Askew told the Lonsby meeting in October that the library was safe. This budget cuts its hours from 40 to 24. He should explain what changed.",
  [DE], "the facts of {de01} without 'liar'.")
H("h6_02", "HN6", "Kieran Lowther voted for the ferry terminal lease in 2024 and against it this week. He's entitled to change his mind, but Wharrow deserves to know why.",
  [DE], "voting record; compare {de02}.")
H("h6_03", "HN6", "Ellen Bouskill has been Cabinet Member for Housing for three years. Skerrow Court has had black mould for three winters. That's the record.",
  [PA], "record, not insult; compare {pa06} and {ab21}.")
H("h6_04", "HN6", "Stuart Wilding signed the Clearbay extension in November. Missed collections have doubled since. I've put a question down for full council.",
  [PA], "record; compare {de11}.")
H("h6_05", "HN6", "Brian Capstick chaired fourteen planning meetings last year and Pennock Homes had four applications approved at them, all on officer recommendation and all minuted. I'd still like the committee to look again at how viability is tested.",
  [DE, PA], "record that a reader might hear as a hint; compare {de03}.")
H("h6_06", "HN6", "Gill Thwaite's 2023 manifesto: 'Saltcote Lido will stay open.' Her cabinet's 2026 budget: the lido closes in June. Both are public documents.",
  [DE], "sets the promise beside the budget; compare {de06}.")
H("h6_07", "HN6", "Frances Oduya's climate plan has 41 actions and not one of them is costed. I support the aim. I can't support the plan as written.",
  [PA], "record; compare {ab30} and {pa07}.")
H("h6_08", "HN6", "Paul Rigg has called in five cabinet decisions this year and withdrawn four of them before the meeting. Scrutiny needs to pick its fights better.",
  [PA], "record; compare {pa08}.")
H("h6_09", "HN6", "The Mayor has done 212 engagements this year, the register shows. Good for him. I'd still like the civic budget published line by line, as Lonsby town council does.",
  [], "record; compare {pa21} and {de10}.")
H("h6_10", "HN6", "Hazel Bainbridge declared her brother's interest in Crag Scar quarry and left the room for the enforcement item. That's how it should work. I still think the decision itself was wrong.",
  [DE, DP], "declaration on the record; compare {de12}.")
H("h6_11", "HN6", "Derek Mashiter has missed nine of the last twelve licensing committees. Wharrow deserves a member who turns up.",
  [PA], "attendance record.")
H("h6_12", "HN6", "Correction for the record: Simon Lazarus said the Castle ward grants were 'cut by half'. They were cut by 18%. Still a cut, still wrong in my view, but not half.",
  [DE], "corrects a claim without calling it a lie.")
H("h6_13", "HN6", "Jordan Shuttleworth's amendment moves £400k from reserves the s151 report says are already committed. I think it's unaffordable and I'll vote against it.",
  [PA], "record; compare {de14}.")
H("h6_14", "HN6", "Tracy Dobson promised weekly surgeries on the Prom. The last three were cancelled. I know there are reasons, but the ward needs cover arranged.",
  [EQ, PA], "record; the 'reasons' touch her pregnancy, so equality allowed. Compare {eq30}.")
H("h6_15", "HN6", "Priti Desai's parking review recommended a £1.50 tariff. The cabinet adopted £2.20. Credit where it's due: her numbers were better.",
  [], "record, favourable; compare {pa17}.")
H("h6_16", "HN6", "Siobhan Gallagher claimed the Heald bus had been 'scrapped'. It's been cut to three a day. That's bad, but it isn't scrapped, and accuracy matters.",
  [DE], "corrects a claim; compare {pa28}.")
H("h6_17", "HN6", "Alan Huddleston abstained on the lido, the library and the parking tariffs. Three big votes, three abstentions. Gressholme can draw its own conclusions.",
  [PA], "voting record.")
H("h6_18", "HN6", "Walter Crossfield has voted against every flood grant since 2019 on cost grounds. I respect him, I think he's wrong, and the Lonsby farmers I spoke to yesterday think so too.",
  [PA], "voting record.")
H("h6_19", "HN6", "Janet Proctor's residents' group has opposed the new prom shelters at every stage. Fair enough. But they still need an alternative to put in front of the cabinet.",
  [], "record; compare {pa24}.")
H("h6_20", "HN6", "Neil Hodgson told full council the Heald sea wall repairs were 'fully funded'. The capital programme shows £1.2m unfunded. I've asked him to correct the record.",
  [DE], "corrects a claim.")
H("h6_21", "HN6", "Ros Dela Cruz's motion on hospital parking was well meant, but it asks the council to set charges on NHS land, which we can't do. I'll abstain.",
  [], "record, civil.")
H("h6_22", "HN6", "Robyn Gornall's motion to ban disposable barbecues on the beach had no enforcement plan and no budget line. I voted against it and I'd do it again.",
  [PA], "record; compare {pa30}.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family. (original key, kind, word, position, digit)
# Every occurrence of the word (case-insensitive) is changed.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa31", "asterisk", "windbag", 1, None),
    ("pa10", "digit", "nasty", 1, "4"),
    ("pa01", "zero_width", "gormless", 4, None),
    ("pa26", "spaced", "mardy", None, None),
    ("pa18", "homoglyph", "busybody", 5, None),
    ("pa14", "caps", None, None, None),
    ("ab02", "asterisk", "fucking", 1, None),
    ("ab01", "digit", "shite", 2, "1"),
    ("ab28", "zero_width", "prick", 2, None),
    ("ab21", "spaced", "knob", None, None),
    ("ab13", "homoglyph", "shitshow", 6, None),
    ("ab29", "caps", None, None, None),
    ("bu11", "asterisk", "hiding", 1, None),
    ("bu06", "digit", "legs", 1, "3"),
    ("bu01", "zero_width", "regret", 3, None),
    ("bu04", "spaced", "drag", None, None),
    ("bu18", "homoglyph", "carefully", 3, None),
    ("bu24", "caps", None, None, None),
    ("eq01", "asterisk", "pikeys", 1, None),
    ("eq18", "digit", "retards", 1, "3"),
    ("eq02", "zero_width", "gyppo", 3, None),
    ("eq28", "spaced", "frock", None, None),
    ("eq09", "homoglyph", "mosque", 1, None),
    ("eq03", "caps", None, None, None),
    ("de02", "asterisk", "con", 1, None),
    ("de11", "digit", "fraud", 2, "4"),
    ("de13", "zero_width", "crooks", 3, None),
    ("de18", "spaced", "liar", None, None),
    ("de03", "homoglyph", "pocket", 1, None),
    ("de06", "caps", None, None, None),
]

DIGIT_FOR = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t"}
HOMOGLYPH = {"o": "\u043e", "O": "\u041e", "e": "\u0435", "E": "\u0415"}
KEEP_CASE = re.compile(r"(@\w+|https?://\S+|\S+@\S+\.\w+)")


def obfuscate_word(m, kind, pos, digit):
    s = m.group(0)
    if kind == "asterisk":
        assert s[pos].lower() in "aeiou", s
        return s[:pos] + "*" + s[pos + 1:]
    if kind == "digit":
        assert s[pos].lower() in DIGIT_FOR[digit], (s, pos, digit)
        return s[:pos] + digit + s[pos + 1:]
    if kind == "zero_width":
        return s[:pos] + "\u200b" + s[pos:]
    if kind == "spaced":
        return " ".join(s)
    if kind == "homoglyph":
        return s[:pos] + HOMOGLYPH[s[pos]] + s[pos + 1:]
    raise ValueError(kind)


def caps(text):
    parts = KEEP_CASE.split(text)
    return "".join(p if KEEP_CASE.fullmatch(p) else p.upper() for p in parts)


def make_variant_text(text, kind, word, pos, digit):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate_word(m, kind, pos, digit), text)


# ---------------------------------------------------------------------------
# Roster, name matching and author choice
# ---------------------------------------------------------------------------
SHORT_NAMES = {
    "Gillian Thwaite": ["Gill"],
    "Stuart Wilding": ["Stu"],
    "Rosalind Dela Cruz": ["Ros"],
}
ROLE_WORDS = {
    "Gillian Thwaite": [r"the Leader\b(?! of the (?:Opposition|Bay Radicals|Fellside|Green))", r"our Leader", r"Leader of the Council"],
    "Howard Askew": [r"Deputy Leader", r"Cabinet Member for Finance", r"finance (?:lead|portfolio)"],
    "Rashid Mahmood": [r"\bMayor\b"],
    "Brian Capstick": [r"chair of planning", r"planning chair"],
    "Ellen Bouskill": [r"Cabinet Member for Housing"],
    "Stuart Wilding": [r"Cabinet Member for Environment"],
    "Kieran Lowther": [r"Leader of the Opposition", r"opposition leader"],
    "Paul Rigg": [r"chair of scrutiny", r"scrutiny chair"],
}
PARTY_WORDS = {
    "Tideline": [r"Tideline\w*"],
    "Bay Radicals": [r"Bay Radicals?", r"\bRadicals\b"],
    "Green Saltmarsh": [r"Green Saltmarsh", r"Green lot", r"the Greens\b"],
    "Fellside Independents": [r"Fellside"],
    "Prom Residents' Group": [r"Prom Residents'? Group", r"residents' group"],
    "Independent": [],
}


def load_roster(path):
    raw = path.read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    handles = {}
    for h, n in conf["people"]["handles"].items():
        handles.setdefault(n, h)   # first handle per person
    members = []
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#\s*(.*)$', line)
        if not m or m.group(1) not in conf["people"]["councillors"]:
            continue
        name, comment = m.group(1), m.group(2)
        pm = re.search(r"\(([^)]+)\)", comment)
        party = pm.group(1) if pm else comment.split(",")[0].strip()
        members.append(dict(name=name, party=party, handle=handles[name]))
    return members


def person_patterns(member):
    name = member["name"]
    first, last = name.split(" ", 1)
    words = [name, first, last] + SHORT_NAMES.get(name, [])
    pats = [r"\b" + re.escape(w) + r"\b" for w in words]
    pats.append(re.escape(member["handle"]) + r"\b")
    pats += ROLE_WORDS.get(name, [])
    return [re.compile(p, re.IGNORECASE) for p in pats]


def names_member(text, member):
    return any(p.search(text) for p in person_patterns(member))


def names_party(text, party):
    return any(re.search(p, text, re.IGNORECASE) for p in PARTY_WORDS.get(party, []))


def window_days():
    d, end, out = date(2026, 1, 5), date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, day_str, days):
    d = date.fromisoformat(day_str) if day_str else rng.choice(days)
    assert d.weekday() < 5
    return f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+00:00"


def build():
    rng = random.Random(SEED)
    members = load_roster(HERE / "council.toml")
    by_name = {m["name"]: m for m in members}
    days = window_days()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    platforms = ["x"] * 8 + ["facebook"] * 7 + ["bluesky"] * 5

    out = []
    for r in ROWS:
        if r["author"]:
            author = by_name[r["author"]]["handle"]
        else:
            pool = [m for m in members
                    if not names_member(r["text"], m)
                    and not names_party(r["text"], m["party"])
                    and m["name"] not in r["avoid"]]
            assert pool, r["key"]
            author = rng.choice(pool)["handle"]
        out.append(dict(r, author=author, platform=rng.choice(platforms),
                        created_at=stamp(rng, r["day"], days)))

    by_key = {r["key"]: r for r in out}
    for okey, kind, word, pos, digit in VARIANTS:
        o = by_key[okey]
        allowed = list(o["allowed"])
        if kind == "caps" and HASTE not in allowed and HASTE not in o["rules"]:
            allowed.append(HASTE)
        what = f"'{word}'" if word else "the whole text"
        out.append(dict(key=f"{okey}_{kind}", family=o["family"], kind_of_row="variant",
                        text=make_variant_text(o["text"], kind, word, pos, digit),
                        rules=list(o["rules"]), allowed=allowed, verdict=o["verdict"],
                        note=re.match(r"(\[[^\]]+\] )?", o["note"]).group(0)
                             + f"Variant of {{{okey}}} ({kind} on {what}); labels as the original"
                             + (", plus haste allowed for the capitals." if kind == "caps" else "."),
                        author=o["author"], platform=o["platform"],
                        created_at=stamp(rng, None, days), variant_of=okey, variant_kind=kind))

    rng.shuffle(out)
    ids = {r["key"]: f"{SET}-{i:04d}" for i, r in enumerate(out, 1)}

    def cite(note):
        def rep(m):
            assert m.group(1) in ids, m.group(1)
            return ids[m.group(1)]
        return re.sub(r"\{(\w+)\}", rep, note)

    lines = []
    for r in out:
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["author"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": sorted(r["rules"]), "allowed": sorted(r["allowed"]),
                       "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": cite(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv[1:]:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    print(f"wrote {len(ids)} posts")
