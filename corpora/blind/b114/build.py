#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b114 (Cloughmoor District Council).

Every text, label and note below was written by hand for this set. The script
only assigns authors, platforms and timestamps, makes the obfuscated variants,
shuffles the rows and gives them ids B114-0001 onwards. It uses a fixed seed,
so running it twice writes the same bytes.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
    python3 build.py --stats  # also prints counts
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11414
SET = "B114"
FIRST_DAY = date(2026, 1, 12)
LAST_DAY = date(2026, 3, 27)

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
IA = "position.improper-advantage"
SC = "security.credentials"
GI = "gifts.hospitality"
ME = "meetings.during-meeting"
CO = "confidentiality.disclosure"

# lowest severity each rule can have (the verdict of a row is the highest of
# these unless the row is marked severe)
MIN_SEV = {PA: "review", AL: "review", BU: "block", EQ: "block", DE: "review",
           OF: "review", IR: "advice", HA: "advice", DP: "review", PR: "review",
           IA: "review", SC: "block", GI: "advice", ME: "advice", CO: "review"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []


def P(key, family, text, rules, allowed=(), note="", v=None, author=None,
      date_=None, platform=None, avoid=()):
    """A positive row. `v` overrides the verdict (for severe rows)."""
    verdict = max((MIN_SEV[r] for r in rules), key=ORDER.index)
    if v:
        verdict = v
    ROWS.append(dict(key=key, family=family, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note,
                     kind_of_row="positive", author=author, date=date_,
                     platform=platform, avoid=list(avoid)))


def H(key, group, text, allowed=(), note="", author=None, date_=None,
      platform=None, avoid=()):
    """A hard negative row; `group` is 1 to 6."""
    ROWS.append(dict(key=key, family="hard_negative", text=text, rules=[],
                     allowed=list(allowed), verdict="ok",
                     note=f"HN{group} {note}", kind_of_row="hard_negative",
                     author=author, date=date_, platform=platform,
                     avoid=list(avoid)))


# ---------------------------------------------------------------------------
# respect.personal-attack
# ---------------------------------------------------------------------------
P("pa01", PA, "Ey up @StuWildgoose, another week, another excuse about Flaxpiece Court. You are the most gormless housing lead this district has ever had and everybody in Soughbridge knows it.",
  [PA], note="Insult at a named cabinet member by handle. 'Gormless' is ordinary Derbyshire for dim. Record counterpart: {h6_17}.")
P("pa02", PA, "Lorraine Gratton chairs planning like a sheep would chair a sheepdog trial. Clueless, mardy and bleating the whole way through. Nowt between the ears.",
  [PA], note="Ridicule of the planning chair's intelligence, not of a decision. Record counterpart: {h6_03}.")
P("pa03", PA, "Watched Graham Outram present the budget this morning. The man's a wazzock. A full-blown, gold-plated, award-winning wazzock.",
  [PA], note="'Wazzock' (idiot) at a named person. HN5 {h5_07} uses it as self-deprecation.")
P("pa04", PA, "Our Monitoring Officer Neil Spendlove is a spineless jobsworth who wouldn't know fairness if it walked up and slapped him round the chops.",
  [PA, OF], note="Named officer insulted; officers expected. 'Slapped him round the chops' is figurative, not a threat.")
P("pa05", PA, "Kelly Wragg, you are a two-faced, attention-seeking nuisance and you always have been. Nobody in Gritley can stand you.",
  [PA], note="Plain personal insult at the opposition leader.")
P("pa06", PA, "Huge congratulations to @TrevMellor for sitting through a whole scrutiny meeting without nodding off. Genius at work. What a credit to Cloughmoor Lees he is 👏👏👏",
  [PA, IR], note="Mock congratulation; irony expected. Record counterpart on attendance: {h6_06}.")
P("pa07", PA, "Marcus Lindo is a puffed-up pillock who loves the sound of his own voice more than he loves Cloughmoor. Ow do, Marcus, any chance you could shut it for five minutes while the grown-ups talk?",
  [PA], note="'Pillock' and 'shut it' at a named councillor; 'ow do' is a greeting used sarcastically.")
P("pa08", PA, "Honestly, Cloughmoor would be a better place if Sean Lovell fell off Hagg End edge in the fog and nobody bothered going looking for him.",
  [PA], [BU], v="block", note="Severe: wishing a named councillor dead or lost. It wishes rather than threatens, so bullying is only allowed.")
P("pa09", PA, "@TraceyFearnDP is a self-righteous know-nowt who has never done a proper day's graft in her life. Spare us the lectures about 'working families', duck.",
  [PA], note="'Know-nowt' insult by handle; 'duck' is the everyday Derbyshire address, used here with a sneer.")
P("pa10", PA, "Derek Furness is a useless old windbag. Chair of the Council? He couldn't chair a whist drive at the Methodist chapel.",
  [PA], [EQ], note="'Old windbag' at the Chair; age only allowed, the insult is about competence.")
P("pa11", PA, "The Senior Planning Officer is either bone idle or as thick as a gritstone wall. Having read his report on the quarry lorries, I genuinely can't tell which.",
  [PA, OF], [PR], note="An officer by role; officers expected. Predetermination allowed as the quarry extension is pending. 'Gritstone' here is the stone, not the party.")
P("pa12", PA, "Nasreen Akhtar, you are a nasty little snake. Smile at folk in the chamber and stab them in the back in the car park. Everybody sees it.",
  [PA], note="'Snake', 'stab them in the back' is idiom for betrayal, not a threat.")
P("pa13", PA, "Jamie Twigg is a spoilt child playing at politics. Go back to your Xbox, lad, and let the grown-ups get on with running Soughbridge.",
  [PA], [EQ], note="Belittling a 23-year-old; age allowed, the explicit age attack is {eq22}.")
P("pa14", PA, "Ivy Stubbs spent forty minutes chuntering on about bollards at full council. That woman is a pain in the backside and a total waste of a seat.",
  [PA], [EQ], note="'Chuntering' (grumbling) is dialect; 'that woman' allows equality (sex) but the attack is on her as a member.")
P("pa15", PA, "@GaryHadfieldML you are a vile, spiteful little man and a disgrace to every family in Soughbridge. Crawl back under whatever stone you came from and stay there.",
  [PA], v="block", note="Severe personal attack (block).")
P("pa16", PA, "Colin Needham, tha's as thick as two short planks and twice as wooden, and tha knows it.",
  [PA], note="Old Peak 'tha' on the positive side; HN5 {h5_01} is the 'weak in the head' rhyme about oneself.")
P("pa17", PA, "Cabinet Member for Housing? Cabinet Member for Hiding, more like. Stu's a coward and a clown. I've had Flaxpiece Court tenants ringing me all week: no heating, mould up the walls, a pensioner on the fourth floor who's had no hot water since New Year. And where's our Cabinet Member? Hiding behind officers and press releases. Those tenants deserve better than a man who won't even answer his phone.",
  [PA], note="Named by role and short name ('Stu').")
P("pa18", PA, "All hail our Leader, the finest brain the Peak has ever produced 🙄 Another bus route gone and she calls it 'efficiency'. Genius. Absolute genius. Einstein would weep.",
  [PA, IR], note="Mock praise of the Leader's intelligence; the bus cut is the occasion, the target is her. Record counterpart {h6_05}.")
P("pa19", PA, "Piotr Zielinski is a pompous, patronising know-all who talks down to Hagg End residents like they're muck on his boots.",
  [PA], note="Insult with no reference to his Polish birth; no equality.")
P("pa20", PA, "Carol Ibbotson is the most incompetent Head of Planning in Derbyshire. Useless doesn't begin to cover it. How she keeps her job is a mystery to every parish council in the district.",
  [PA, OF], note="Named officer; officers expected.")
P("pa21", PA, "Owen Kirkland couldn't organise a well dressing in a flower shop. Hopeless, gormless and somehow proud of it.",
  [PA], note="Well-dressing idiom at a named councillor. Owen Kirkland is autistic ({h4_11}) but nothing here touches it.")
P("pa22", PA, "Roy Boam is a slimy weasel and always has been. Sells Rakewell out for a pat on the head from the cabinet every single time.",
  [PA], [DE], note="'Sells Rakewell out' is political, defamation only allowed.")
P("pa23", PA, "@HannahRosenGreen get off your high horse, you sanctimonious drip. Nobody in Cloughmoor Central voted for your lectures.",
  [PA], note="Insult by handle.")
P("pa24", PA, "Lisa Chan is about as much use as a chocolate teapot and twice as wet. Mardy, moaning and useless, every meeting.",
  [PA], note="'Mardy' (sulky) as an insult; HN5 {h5_14} uses it in teasing.")
P("pa25", PA, "Pauline Bagshaw, you are thick. Not 'misguided', not 'wrong on this one'. Thick. Thick as a Bakewell pudding.",
  [PA], note="Short insult by name.")
P("pa26", PA, "Harjit Sandhu is a gutless yes-man who'd sell his own nana for a seat on the cabinet.",
  [PA], note="Insult; no reference to his faith.")
P("pa27", PA, "The Chief Executive is an arrogant, overpaid empty suit who looks down her nose at every resident in this district. Get out of the office and onto a bus for once.",
  [PA, OF], note="Officer by role; officers expected. HN2 {h2_17} quotes 'overpaid empty suit' to condemn it.")

# ---------------------------------------------------------------------------
# respect.abusive-language
# ---------------------------------------------------------------------------
P("al01", AL, "The new parking app is a steaming pile of shite. Took me twenty minutes to pay 80p at the Buttercross and it still sent me a fine. Who signed this off?",
  [AL], note="Obscenity at an app; no person. HN1 {h1_11} makes the same complaint cleanly.")
P("al02", AL, "@StuWildgoose you absolute bellend. Flaxpiece Court has had no heating for three weeks and you're posting photos of ribbon cuttings.",
  [AL, PA], note="Obscenity at a person: abusive and personal-attack.")
P("al03", AL, "Rakeway Waste are a bunch of useless bastards. Third missed collection on Nook Lane this month and the bins are overflowing into the jitty.",
  [AL], [PA], note="At a company, personal-attack only allowed. 'Jitty' is the Derbyshire alley. HN1 {h1_02} is the clean version.")
P("al04", AL, "This budget is bollocks from start to finish and every one of them in that chamber knows it. Bollocks with a glossy cover.",
  [AL], [PA], note="Obscenity at a budget; 'every one of them' is a body, personal-attack allowed.")
P("al05", AL, "Graham Outram is a prize prick. There. I said it. Somebody had to.",
  [AL, PA], note="Obscenity at a named person.")
P("al06", AL, "Lorraine Gratton is an absolute cunt and I don't care who reads this.",
  [AL, PA], v="block", note="The c-word at a named councillor: severe, block.")
P("al07", AL, "Tor Valley Homes can shove their 'resident engagement survey' up their arse. Twelve questions about how 'valued' tenants feel and not one about the black mould climbing the walls at Flaxpiece Court. Fix the damp first, then ask us how we feel.",
  [AL], [PA], note="At a housing association; personal-attack allowed. HN1 {h1_05} reports the same damp to the Ombudsman.")
P("al08", AL, "Another pothole on the Tor Road the size of a bathtub. Sort the fucking roads out. That's it. That's the post.",
  [AL], note="Obscenity at roads. HN5 {h5_21} jokes about stocking a pothole with trout.")
P("al09", AL, "@TrevMellor what a total twat. Walked out halfway through scrutiny to watch the Tups. Priorities.",
  [AL, PA], note="'Twat' at a named councillor. 'The Tups' is Cloughmoor Town FC.")
P("al10", AL, "Whoever signed off the Arkwell Mill contract wants their bloody head looking at. Pissing money up the wall, two years late and counting.",
  [AL], [PA], note="'Whoever', personal-attack allowed. HN1 {h1_25} says the same without swearing.")
P("al11", AL, "Kestwick Homes' glossy leaflet through every door in Cloughmoor Lees is the biggest load of crap I've read since their last one.",
  [AL], [PA, PR], note="At a developer's leaflet; predetermination allowed because Slackbottom Farm is pending, though the post does not give a view on it.")
P("al12", AL, "Fortnightly bins through the summer? Are you shitting me? Cabinet's lost the plot completely.",
  [AL], [PA], note="Obscenity at a decision; the cabinet as a body.")
P("al13", AL, "Shut your gob, @KellyWraggDP, you mardy cow. Nobody asked you.",
  [AL, PA], [EQ], note="'Cow' at a woman; equality (sex) allowed. 'Mardy' is dialect.")
P("al14", AL, "The Gritstone lot are a shower of shite. Every last one of them. Vote them out in May.",
  [AL], [PA], note="At a party; personal-attack allowed.")
P("al15", AL, "Utter bollocks from @MarcusLindoDP about the bus subsidy. Check the figures before you open your gob, lad.",
  [AL], [PA], note="Obscenity at what someone said; personal-attack only allowed (some would expect it for 'open your gob').")
P("al16", AL, "The Moorland Clarion is a rag fit for nowt but wiping your arse on. Three wrong facts on one front page.",
  [AL], [PA], note="At the newspaper. HN1 {h1_10} criticises the same paper without obscenity.")
P("al17", AL, "The directors of Blackrake Aggregates are greedy bastards who'd blast the whole of Hagg End to rubble for an extra quid. I hope they choke on their own dust.",
  [AL], [PA, BU], v="block", note="Severe abuse at unnamed directors with a wish of harm: block; personal-attack and bullying allowed. HN1 {h1_13} criticises the same company's lorries.")
P("al18", AL, "Sat in full council and this is an absolute shitshow. Forty minutes arguing about who sits where. Forty minutes.",
  [AL], [ME], note="Reads as posted from the meeting, so meetings allowed.")
P("al19", AL, "@JamieTwiggDP piss off back to your student union, you jumped-up little tosser.",
  [AL, PA], [EQ], note="Youth put-down; age allowed. HN2 {h2_23} quotes 'go back to your student union' to condemn it.")
P("al20", AL, "Why the hell is the Gritley tip shut on a Saturday? Absolutely fucking clueless decision. Fly-tipping on every lay-by by Easter, you watch.",
  [AL], note="Obscenity at a decision.")
P("al21", AL, "Sharon Beresford runs the bin service like a pig's arse. Useless doesn't begin to cover it.",
  [AL, PA, OF], note="Vulgar attack on a named officer.")
P("al22", AL, "Nine quid to park at Rakewell for the well dressings. Nine. Fucking. Quid. Whoever dreamt that up is a cretin.",
  [AL], [PA], note="'Whoever', personal-attack allowed. HN1 {h1_03} makes the same point.")
P("al23", AL, "Derek Furness, you pompous old bastard, get your hand off that bell and let people speak.",
  [AL, PA], [EQ], note="'Old bastard' at the Chair; age allowed.")
P("al24", AL, "Sick to the back teeth of this shite. Soughbridge library shut AGAIN 'due to staffing'. Sort it out.",
  [AL], note="At a service. HN1 {h1_01} is the clean version.")
P("al25", AL, "Ellie Marchington talks out of her arse about the moorland fires. She's never held a beater in her life.",
  [AL], [PA], note="Obscenity at what she says; personal-attack only allowed, as in the model set's convention.")
P("al26", AL, "Oakenlow Independents are a bunch of wankers who haven't turned up to a single parish meeting since the election.",
  [AL], [PA], note="At a party.")
P("al27", AL, "The cabinet paper on Rakewell baths is a pile of piss-poor shite, written by people who've never been nithered in their lives.",
  [AL], [PA], note="At a report; 'nithered' (frozen) is dialect.")

# ---------------------------------------------------------------------------
# bullying.intimidation (note tags: [explicit], [veiled], [pressure])
# ---------------------------------------------------------------------------
P("bu01", BU, "@LorraineGrattonHE you vote that quarry extension through on Thursday and I'll be waiting for you in the car park after. You've been warned.",
  [BU], [PA, PR], note="[explicit] Threat to a member over a vote on a pending application.")
P("bu02", BU, "I know which pitch is yours on Coldwell Lane, Sean. Nice trailer. Be a shame if owt happened to it while you're at council.",
  [BU], [EQ, DP], note="[veiled] At Sean Lovell (Romany Gypsy); the trailer and the site give it an undertone, equality allowed; data protection allowed for where he lives.")
P("bu03", BU, "Anyone with a grievance against Jamie Twigg: his surgery's Saturday 10 till 12 at Soughbridge library. Let's all go down and give him a welcome he won't forget. Bring your mates, and your mates' mates. He's had it too easy, hiding behind his phone and his 'casework'. Let's see how he likes it with forty of us in a room with one door.",
  [BU], [PA], note="[pressure] Organising a crowd at a surgery.")
P("bu04", BU, "Carry on running your mouth about me, Kelly Wragg, and you'll find out what happens to folk who cross me. That's not a threat. It's a promise.",
  [BU], [PA], note="[explicit] Direct threat.")
P("bu05", BU, "Funny how the Sough Fund grant for your youth club comes up for renewal next month, @NasreenAkhtarDP. Think on before Thursday's vote.",
  [BU], [IA], note="[veiled] Coercion with council money; improper advantage allowed. 'Think on' is dialect for 'mind'.")
P("bu06", BU, "If Daniel Ashmore recommends approval for Slackbottom Farm, I will make sure he never works in planning again. Not here, not anywhere. I mean it.",
  [BU, OF], [PR], note="[explicit] Threat to a named planning officer's career over a recommendation. HN2 {h2_28} reports such a threat.")
P("bu07", BU, "To whoever complained to the Monitoring Officer about me: I know it was you. And by Friday everybody on the Nook Lane estate will know it was you an' all.",
  [BU], note="[pressure] Threat to expose a complainant.")
P("bu08", BU, "Sleep well, @OwenKirklandGreen. Lovely quiet lanes up Oakenlow way. Gets dark early this time of year, an' all.",
  [BU], note="[veiled] HN5 {h5_05} ends a gritting notice with 'sleep well'.")
P("bu09", BU, "One more word out of Piotr Zielinski about my ward and he'll be picking his teeth up off the Buttercross.",
  [BU], [PA], note="[explicit] Threat of violence.")
P("bu10", BU, "I've got the video of Rachel Ollerenshaw stuck in the chamber doorway for ten minutes. It goes up tonight unless she withdraws her motion. Her choice.",
  [BU], [EQ], note="[pressure] Humiliation used as coercion; the wheelchair is the point, equality allowed. HN2 {h2_07} condemns sharing such a clip.")
P("bu11", BU, "Be careful, Hannah. Folk round here have long memories and short tempers, and some of them drink in the Tup & Tankard with me.",
  [BU], note="[veiled] At Hannah Rosen by first name.")
P("bu12", BU, "Anyone thinking of giving evidence against me at the standards hearing: I know who you are and I know where you live.",
  [BU], note="[explicit] Threat to witnesses. HN2 {h2_10} quotes 'I know where you live' to condemn it.")
P("bu13", BU, "Ivy Stubbs is 79 and clearly past it. Let's all ring her every day till she stands down. Home number's 07700 900583. Don't let up, folks.",
  [BU], [EQ, DP, SC], note="[pressure] Campaign of calls with a private number (drama range); age, data protection and credentials allowed.")
P("bu14", BU, "Lisa, love, that's a nice little chippy your family's got on Market Street. Be a shame if folk stopped going. Be a shame if the windows went in.",
  [BU], [EQ, DP], note="[veiled] Threat to a family business (Lisa Chan's family are British Chinese, {h4_07}); equality and data protection allowed.")
P("bu15", BU, "@GaryHadfieldML want to watch yourself walking home over the packhorse bridge from the Quarryman's Rest. Accidents happen on that bridge. Especially at night.",
  [BU], [DP], note="[explicit] Names a route home; data protection allowed.")
P("bu16", BU, "Public gallery's open on Tuesday. Let's pack it out and boo Marcus Lindo every time he opens his mouth till he cracks. He's soft as butter, that one.",
  [BU], [PA], note="[pressure] Organised humiliation.")
P("bu17", BU, "Megan Frith, take that press release down today or I'll have you out of that comms office by Friday, and I'll make sure everybody in this building knows why.",
  [BU, OF], note="[explicit] Threat to a named officer's job.")
P("bu18", BU, "Stu, your lad's at Hagg End Primary, isn't he? Nice school. I'd hate for him to hear what his dad's been up to from some kid in the playground.",
  [BU], [DP], note="[veiled] Names a member's child's school; data protection allowed.")
P("bu19", BU, "Vote against the mill regeneration, @TraceyFearnDP, and your ward won't see another penny of highways money while I'm on cabinet. Simple as that.",
  [BU], [IA], author="@CllrOutram", note="[pressure] Misuse of council power; improper advantage allowed. Pinned to a cabinet member so 'while I'm on cabinet' is true.")
P("bu20", BU, "I swear, Colin Needham, block that footpath order one more time and I'll come up to that farm and sort you out myself.",
  [BU], [PA], note="[explicit] 'Sort you out' as a threat.")
P("bu21", BU, "Roy Boam's been asking questions about my expenses. Roy, you've a lot more to lose than I have. Ask Alan.",
  [BU], [DP], note="[veiled] Drags in his civil partner; data protection allowed.")
P("bu22", BU, "Rupert Haslam: change the reserves figures before cabinet or I'll table no confidence in you personally and drag your name through the Courier every week until you go.",
  [BU, OF], note="[pressure] Pressing the s151 officer to change a report.")
P("bu23", BU, "Harjit, I'm warning you now. Cross me on the licensing committee again and you'll regret the day you ever stood for this council.",
  [BU], note="[explicit] 'You'll regret'. HN5 {h5_18} uses 'tha'll regret it' about a bake-off.")
P("bu24", BU, "Nice car, @EllieMarchGreen. Parked in the same spot behind the Co-op every Tuesday at six. Just saying.",
  [BU], [DP], note="[veiled] Place and time of a routine; data protection allowed.")
P("bu25", BU, "Share this photo of Derek Furness asleep in the Chair far and wide. Let's make him a laughing stock till he resigns. Caption it whatever you like 😂",
  [BU], [PA, EQ], note="[pressure] Humiliation campaign at a 77-year-old; age allowed. HN2 {h2_21} refuses to share it.")
P("bu26", BU, "The woman from Nook Lane who reported my hedge to enforcement: I know which house. I'll be round.",
  [BU], [DP], note="[explicit] Threat to a complainant; data protection allowed for her street.")
P("bu27", BU, "Janet Bramwell wants to remember what happened to the last leader who crossed the quarry lads. Tha knows what I mean, Janet.",
  [BU], note="[veiled] 'Wants to remember' is the Derbyshire 'ought to'; 'tha knows' carries the menace.")

# ---------------------------------------------------------------------------
# equality.discrimination (note tags: [explicit; X] or [coded; X])
# ---------------------------------------------------------------------------
P("eq01", EQ, "Hagg End used to be a proper Derbyshire village. Now the quarry's full of Poles and you can't hear a word of English in the Co-op. Send 'em back, I say.",
  [EQ], note="[explicit; race] Against Polish residents. HN3 {h3_06} answers the 'local jobs' myth.")
P("eq02", EQ, "Another lot of pikeys on Coldwell Lane. Lock your sheds and your vans, Soughbridge.",
  [EQ, AL], note="[explicit; race] Slur for Gypsies and Travellers with the theft trope; abusive expected. HN2 {h2_02} quotes 'pikeys' to condemn it.")
P("eq03", EQ, "Sean Lovell should go back to his caravan and stop pretending to be one of us. Gypsies don't belong in this chamber and never will.",
  [EQ, PA], note="[explicit; race] Romany Gypsy councillor. HN4 {h4_15} is his own post.")
P("eq04", EQ, "Funny how Marcus Lindo calls himself 'Derbyshire born and bred'. Aye, and I'm the Queen of Sheba. Just look at him.",
  [EQ, PA], note="[coded; race] 'Just look at him' carries it; no group is named. HN3 {h3_27} answers it.")
P("eq05", EQ, "No more mosques in Gritley. Islam has no place in a Christian Derbyshire town and it never will. Object to the Mill Street plans now.",
  [EQ], [PR], note="[explicit; religion or belief] Predetermination allowed for the pending mosque extension. HN2 {h2_09} quotes 'no mosques in Gritley'.")
P("eq06", EQ, "Hannah Rosen wants to chair the Sough Fund panel. Well, her lot have always known their way round other people's money.",
  [EQ, PA], note="[coded; religion or belief] Antisemitic money trope with no group word.")
P("eq07", EQ, "Harjit Sandhu can take that rag off his head before he lectures the rest of us about Derbyshire traditions.",
  [EQ, PA], [AL], note="[explicit; religion or belief] The turban (some would tag race as well).")
P("eq08", EQ, "Calm down, Tracey, love. Finance is a man's job. Leave the numbers to them as understand them and go and mash the tea.",
  [EQ, PA], note="[explicit; sex] 'Mash the tea' (brew it) is dialect; HN5 {h5_20} uses it plainly.")
P("eq09", EQ, "Kelly Wragg's due in May and still wants to lead the opposition. Pregnant women have no business on the front bench, hormones all over the shop. Step aside, duck.",
  [EQ, PA], note="[explicit; pregnancy and maternity] HN4 {h4_10} is her own announcement.")
P("eq10", EQ, "Who's going to lead the Progressives while their leader's off changing nappies for a year? Asking for every voter in Gritley. 🍼",
  [EQ], [PA], note="[coded; pregnancy and maternity] Identifiable by role only; personal-attack allowed.")
P("eq11", EQ, "Jamie Twigg flouncing round the chamber in his rainbow lanyard again. Keep your bedroom business out of the council, lad. Nobody wants it rammed down their throats.",
  [EQ, PA], note="[explicit; sexual orientation] HN4 {h4_04} is his lanyard post.")
P("eq12", EQ, "Roy Boam always votes with the lads, doesn't he? Bit light on his feet, is Roy. Always has been, if you know what I mean.",
  [EQ, PA], note="[coded; sexual orientation] 'Light on his feet' is a homophobic euphemism.")
P("eq13", EQ, "Ellie Marchington is a bloke in a frock and I'll call him 'he' till the day I die.",
  [EQ, PA], note="[explicit; gender reassignment] Misgendering. HN2 {h2_03} quotes the phrase to condemn it.")
P("eq14", EQ, "@EllieMarchGreen wants to talk about the changing rooms at the leisure centre. Course she does. 🙄 Some of us remember what she was called at school.",
  [EQ, PA], [BU], note="[coded; gender reassignment] Threat to deadname; bullying allowed. HN3 {h3_05} asks for civil debate on the same topic.")
P("eq15", EQ, "Rachel Ollerenshaw wants the chamber rebuilt round her wheelchair. This council shouldn't be run for cripples at the taxpayers' expense.",
  [EQ, PA, AL], note="[explicit; disability] Slur; abusive expected. HN2 {h2_27} quotes 'cripple' from the gallery.")
P("eq16", EQ, "Owen Kirkland's autistic, so don't expect any sense out of him. People like that shouldn't be let anywhere near the planning committee.",
  [EQ, PA], note="[explicit; disability] HN3 {h3_08} answers the same question.")
P("eq17", EQ, "Somebody fetch Owen his ear defenders and a colouring book, he's having one of his little moments again. 🙄",
  [EQ, PA], note="[coded; disability] Mocks autism without naming it.")
P("eq18", EQ, "Gary Hadfield's 'off with his nerves' again. If you can't hack it, you're not fit to be a councillor. Mental cases need not apply.",
  [EQ, PA], [AL], note="[explicit; disability] Depression. HN4 {h4_12} is his Time to Talk post.")
P("eq19", EQ, "No point talking to Ivy Stubbs, she's deaf as a post. Deaf old biddies like her shouldn't be sat on committees they can't even hear.",
  [EQ, PA], note="[explicit; disability] Deafness, with age. HN4 {h4_27} reclaims 'old biddy'.")
P("eq20", EQ, "Oakenlow day centre trip to the market again. Keep the retards away from the cheese stall, some of us are trying to shop.",
  [EQ, AL], note="[explicit; disability] Learning disability slur at service users.")
P("eq21", EQ, "Colin Needham is 81. Eighty-one! Anybody over 75 should be barred from standing. Pension the lot of them off and get them out.",
  [EQ, PA], note="[explicit; age] HN4 {h4_13} is his birthday post.")
P("eq22", EQ, "Under-25s shouldn't be allowed on this council. Jamie Twigg's still wet behind the ears and so is every youngster like him. Too young to know owt.",
  [EQ, PA], note="[explicit; age] Young.")
P("eq23", EQ, "The Edgecliffe Hotel is full of foreign scroungers who'll never do a day's work. I've lived in Rakewell all my life. My mam had her wedding do in that hotel. Now it's fenced off, full of men from God knows where, and we're told to be welcoming. Ship them back where they came from and give Rakewell its hotel back.",
  [EQ], note="[explicit; race] Asylum seekers by national origin. HN3 {h3_01} and HN2 {h2_08} answer it.")
P("eq24", EQ, "Lisa Chan goes on about 'our' Derbyshire chip shop traditions. Her lot do a decent special fried rice, I'll grant her that, but fish and chips? Do me a favour.",
  [EQ, PA], note="[coded; race] 'Her lot' and fried rice at a British Chinese councillor.")
P("eq25", EQ, "Nasreen Akhtar wants to remember whose country she's in before she starts on about 'our' town. Pakistan's that way, love.",
  [EQ, PA], note="[explicit; race] Pakistani heritage.")
P("eq26", EQ, "Funny how the Mill Street mosque crowd all turn out to vote as a block for Nasreen. Wonder who tells them how. Wonder what else they get told on a Friday.",
  [EQ], [PA, DE], note="[coded; religion or belief] Muslim voters insinuated as controlled; personal-attack and defamation allowed.")
P("eq27", EQ, "Roy Boam keeps calling Alan his 'husband'. A civil partnership isn't a marriage, Roy, and it never will be. Stop pretending it's the same thing.",
  [EQ, PA], [DP], note="[explicit; marriage and civil partnership] Some would tag sexual orientation. HN4 {h4_19} is his anniversary post.")

# ---------------------------------------------------------------------------
# defamation.allegation
# ---------------------------------------------------------------------------
P("de01", DE, "Stuart Wildgoose is a liar. He told Flaxpiece Court tenants the heating contract was signed in November. It wasn't, and he knew it wasn't.",
  [DE, PA], note="'Liar' at a named person: review. HN6 {h6_01} states the same facts and asks for a correction.")
P("de02", DE, "Graham Outram lies like a flatfish. Every budget, same porkies, same 'no cuts to services'.",
  [DE, PA], note="Idiom for lying; review.")
P("de03", DE, "Lorraine Gratton is in Kestwick Homes' back pocket. Everybody in Cloughmoor Lees knows it, and Slackbottom Farm will prove it.",
  [DE], [PA, PR], note="Corruption by idiom: review. Predetermination allowed (pending application).")
P("de04", DE, "A certain chair of planning had her drive re-tarmacked for nowt this winter. By a certain firm with a certain application in. Funny, that. 🤔",
  [DE], [PA, GI], note="Innuendo, identifiable by role; personal-attack and gifts allowed.")
P("de05", DE, "Kelly Wragg is a fraud. Promised Gritley a new bus shelter in her leaflet knowing full well there was no money for it.",
  [DE, PA], note="'Fraud' at a person. HN6 {h6_04} is the record version.")
P("de06", DE, "The Gritstone Alliance are a bunch of crooks and they always have been. Look at who gets the contracts.",
  [DE], [PA], note="'Crooks' at a party; personal-attack allowed.")
P("de07", DE, "Ask Roy Boam where the Oakenlow show money went. Go on. Ask him.",
  [DE], [PA], note="Innuendo of theft without name-calling. HN6 {h6_10} raises his declaration properly.")
P("de08", DE, "Trevor Mellor's as bent as a butcher's hook. Always has been, always will be.",
  [DE, PA], [EQ], note="'Bent' as corrupt; equality allowed as the word is also a homophobic slur. HN2 {h2_24} condemns the phrase.")
P("de09", DE, "The Chief Executive has been cooking the books on the Arkwell Mill overspend, and the cabinet's letting her.",
  [DE, OF], [PA], note="Officer by role; dishonesty, no specific crime: review. HN2 {h2_26} rebuts the same claim.")
P("de10", DE, "Rakeway Waste are fiddling the tonnage figures to squeeze more money out of us. Con merchants, the lot of them.",
  [DE], [PA], note="At a company; personal-attack allowed.")
P("de11", DE, "Harjit Sandhu is a con man. Stood up and said he'd give back his allowance rise. Never did. Never meant to.",
  [DE, PA], note="'Con man'. HN6 {h6_07} is the record version.")
P("de12", DE, "Some councillors on the Oakenlow side are doing very nicely out of a certain holiday let firm. I'll say no more. Starts with an I.",
  [DE], [PA], avoid=["Ivy Stubbs", "Roy Boam", "Colin Needham", "Owen Kirkland"],
  note="Innuendo narrowed to Ivy Stubbs; personal-attack allowed. Author kept away from Oakenlow's members.")
P("de13", DE, "Tor Valley Homes are robbing tenants blind with these service charges and cooking the accounts to hide it.",
  [DE], [PA], note="At a housing association; 'cooking the accounts' goes past HN1 {h1_14}'s 'ripping off'.")
P("de14", DE, "@PiotrZielinskiHE is a dodgy so-and-so. Look who got the Hagg End verge-cutting contract: his own brother-in-law.",
  [DE, PA], note="'Dodgy' plus an implied favour. HN6 {h6_12} notes he declared the link.")
P("de15", DE, "Colin Needham lied to the Courier about the footpath closure and he knows he lied.",
  [DE, PA], note="'Lied' at a named person; review.")
P("de16", DE, "Janet Bramwell took £5,000 in cash from Kestwick Homes to get Slackbottom Farm through. I've seen the bank slips.",
  [DE], [PA, PR], v="block", note="Specific crime (bribe) stated as fact: block. HN6 {h6_25} covers the declared dinner.")
P("de17", DE, "Rupert Haslam moved £40,000 out of the winter gritting reserve into his own company's account. That's theft, plain and simple, and the auditors missed it.",
  [DE, OF], v="block", note="Theft by the s151 officer stated as fact.")
P("de18", DE, "Derek Furness was stopped drink-driving on the Tor Road after the Chair's dinner and the police made it go away. Ask anyone at the Tup.",
  [DE], [PA, HA], v="block", note="Drink driving covered up: block. Haste allowed for the drink mention.")
P("de19", DE, "The housing director at Tor Valley Homes has been pocketing tenants' service charges for two years. That's why the 'communal repairs fund' at Flaxpiece Court never has a penny in it, and it's why the lifts have been broken since October. Ask for the audit, you'll see.",
  [DE], [PA], v="block", note="Unnamed but identifiable by role; theft stated as fact.")
P("de20", DE, "Progressive canvassers filled in postal votes for half the residents at Dovecote House care home in Gritley. I watched them do it.",
  [DE], [PA], v="block", note="Electoral fraud by a party's canvassers stated as fact.")
P("de21", DE, "Sharon Beresford takes a backhander from Rakeway Waste every time their contract gets extended. Every single time.",
  [DE, OF], v="block", note="Officer bribery stated as fact.")
P("de22", DE, "Stu Wildgoose claimed mileage for 40 trips to Hagg End he never made. I've got the log book and the dates don't match his diary.",
  [DE], [PA], v="block", note="Expenses fraud with claimed evidence.")
P("de23", DE, "Pauline Bagshaw took the well dressing collection tins home and kept the lot. Over £600 of village money.",
  [DE], [PA], v="block", note="Theft from a village collection. HN6 {h6_21} is about her grant claim, on the record.")
P("de24", DE, "Marcus Lindo has a conviction for assault that he never declared when he stood for election.",
  [DE], [PA, DP], v="block", note="Undeclared conviction; data protection allowed (criminal record).")
P("de25", DE, "Lisa Chan is claiming the single person council tax discount while her fella lives there full time. That's fraud.",
  [DE], [PA, DP], v="block", note="'That's fraud' names the act rather than calling her a fraud, so personal-attack allowed; data protection for her partner.")
P("de26", DE, "The manager at Blackrake quarry paid Gary Hadfield £10,000 for his vote on the extension. I've seen the transfer.",
  [DE], [PA, PR], v="block", note="Vote sold for money, stated as fact.")
P("de27", DE, "Kevin Allsop shredded the Tup & Tankard licensing file the day after our FOI request went in. I saw the sacks go out.",
  [DE, OF], v="block", note="Destroying records after an FOI request, stated as fact.")

# ---------------------------------------------------------------------------
# HN1: harsh criticism of a policy, decision, party, company or the council
# ---------------------------------------------------------------------------
H("h1_01", 1, "Closing Soughbridge library on Saturdays is short-sighted and wrong. Kids do their homework there. Parents use the computers for job applications. Pensioners come in to get warm. Reverse it.",
  note="Hard but about a decision.")
H("h1_02", 1, "Rakeway Waste have missed Nook Lane three times in a month. That's not 'teething problems', that's a contractor failing and a council failing to hold them to account. I've asked for the penalty clauses to be used.",
  [PA], note="Company and council criticised; personal-attack allowed.")
H("h1_03", 1, "Nine pound to park at Rakewell for the well dressings is daylight robbery and it'll kill the village. Visitors will just go to the next dale. Scrap it.",
  [DE], note="'Daylight robbery' about a charge; defamation allowed.")
H("h1_04", 1, "This cabinet's budget is a shambles. Reserves raided, gritting cut, bus subsidy gone. They should be ashamed of themselves.",
  [PA], note="The model sentence of robust criticism of a body.")
H("h1_05", 1, "Tor Valley Homes' response to the damp at Flaxpiece Court is a disgrace. I sat in a flat on the second floor on Friday: mould behind the cot, a dehumidifier the family bought themselves, and three 'inspection' letters and no repair. In 2026. I've reported Tor Valley to the Housing Ombudsman this morning, I've written to their chief executive, and I'll keep at them till it's fixed. If you're a tenant with the same problem, message me.",
  [PA], note="Company criticised; 'keep at them' is campaigning.")
H("h1_06", 1, "Kestwick Homes' consultation on Slackbottom Farm was a box-ticking exercise: one drop-in, on a weekday afternoon, in Gritley, miles from the site. Not good enough, whatever you think of the scheme.",
  [PA, PR], note="Process criticism of a pending application, no view on its merits; predetermination allowed.")
H("h1_07", 1, "The Gritstone Alliance promised 'no cuts to frontline services'. Bus routes 61 and 61A gone, Oakenlow day centre down to three days a week. That's a broken promise and they'll answer for it at the ballot box in May.",
  [PA, DE, BU], note="'Broken promise', 'answer for it at the ballot box' are electoral; defamation and bullying allowed.")
H("h1_08", 1, "Fortnightly collections in last summer's heatwave meant maggots in every bin on our street. Going back to fortnightly in summer is a terrible decision and the cabinet knows it.",
  [PA], note="Same decision as {al12} without obscenity.")
H("h1_09", 1, "Shambolic. Absolutely shambolic. Three project board meetings cancelled in a row on Arkwell Mill and still no business case. Whoever's running this needs to get a grip.",
  [PA], note="'Whoever' with no insult; personal-attack allowed.")
H("h1_10", 1, "The Moorland Clarion's front page today is misleading. The quarry extension hasn't been approved. It hasn't even been to committee. Do better.",
  [PA, DE], note="Newspaper criticised; defamation allowed for 'misleading'.")
H("h1_11", 1, "Ey up, Cloughmoor. The parking app is still rubbish. I've had twenty messages this week from folk who got fined while the app was down. The council should cancel every one of them.",
  note="Clean version of {al01}.")
H("h1_12", 1, "The Oakenlow Independents voted against the Sough Fund uplift and then turned up for the photo at the grant presentation. Brass neck.",
  [PA], note="Party criticised for its record; 'brass neck' is idiom.")
H("h1_13", 1, "Blackrake Aggregates' lorries are wrecking the Hagg End road and shaking the cottages. Their traffic plan isn't worth the paper it's written on.",
  [PA], note="Company criticised; see {al17}.")
H("h1_14", 1, "The leisure centre price rise is a kick in the teeth for families. £7.50 for a kid's swim. Ripping off the people who can least afford it.",
  [DE, BU], note="'Ripping off' about a price; defamation allowed. 'Kick in the teeth' figurative.")
H("h1_15", 1, "Gritting. The moor roads were sheet ice on Tuesday morning and not a gritter in sight till ten. The winter plan failed, and cutting the reserve made it worse. I want a full review.",
  note="Service failure.")
H("h1_16", 1, "The Progressives' alternative budget is fantasy economics. It spends the same £2m three times over. Lovely leaflet, mind.",
  [PA, IR], note="Party's budget criticised; 'lovely leaflet, mind' is mild irony about a document.")
H("h1_17", 1, "The council's website redesign cost £180k and you still can't find the bin calendar. That's not a website, it's a maze with a logo on it.",
  note="Spending criticised.")
H("h1_18", 1, "Holiday lets have hollowed out Rakewell. Half the cottages dark from October to Easter. The district's second homes policy is toothless and it's time the cabinet grew some teeth.",
  [PA], note="Policy criticised.")
H("h1_19", 1, "Selling the Buttercross car park to a private operator is a disaster for the market. Thirty stallholders told me so this morning, stood in the sleet, nithered to the bone.",
  note="'Nithered' on the clean side.")
H("h1_20", 1, "Cloughmoor District Council's complaints process is a joke. Eleven weeks for a reply about a broken street light. Eleven weeks!",
  [PA], note="The council criticised.")
H("h1_21", 1, "Fair play to the Millhands' League for raising the bus cuts, but their motion was vague and unworkable. Good intentions, bad drafting.",
  [PA], note="Party's motion criticised.")
H("h1_22", 1, "Scrapping the rural youth bus: worst decision this cabinet has made. Shameful.",
  [PA], note="'Shameful' about a decision.")
H("h1_23", 1, "Kestwick Homes have form. Their last estate at Brackenside still hasn't got adopted roads five years on. Residents are right to ask hard questions.",
  [PA, DE, PR], note="'Have form' could be heard as alleging misconduct; defamation and predetermination allowed.")
H("h1_24", 1, "The Edgecliffe Hotel contract was handled terribly. Nobody told Rakewell residents, nobody told the ward councillors, and the Home Office contractor still won't return calls. That's a failure of process, not a reason to blame the families living there.",
  [EQ], note="Criticises the contract, defends the residents; equality allowed.")
H("h1_25", 1, "Blunt version: the Arkwell Mill regeneration is £3.2m over budget, two years late, and the cabinet still won't publish the risk register. Scrutiny should call it in.",
  note="Clean counterpart of {al10}.")
H("h1_26", 1, "The Gritstone manifesto said 'a bus to every village'. There's now one bus a day to Oakenlow and it leaves at ten past seven. Pathetic.",
  [PA], note="'Pathetic' about a record.")
H("h1_27", 1, "Rakeway Waste's new contract costs us more for less. I'll be voting against the extension and I'll say why in the chamber.",
  note="A contract vote, not a quasi-judicial matter.")
H("h1_28", 1, "Dog's dinner of a consultation on the local plan. Maps that don't match the text, a deadline over Christmas and a form that crashes on a phone. Start again.",
  note="'Dog's dinner' about a consultation.")

# ---------------------------------------------------------------------------
# HN2: counter-speech, quoting abuse to condemn it
# ---------------------------------------------------------------------------
H("h2_01", 2, "Someone shouted 'go back to Poland' at Piotr outside the Co-op on Saturday. Not in my name and not in Hagg End's name. Piotr's worked at that quarry longer than some of the lads shouting have been alive.",
  [EQ], note="Quotes abuse to condemn it.")
H("h2_02", 2, "I've deleted a comment under my last post calling Gypsies 'pikeys' and 'thieving scum'. It's racist, it's against the law, and it's not welcome on my page. Sean Lovell is a Romany Gypsy and a fine councillor.",
  [EQ, AL], note="Quotes the slur of {eq02} to condemn it.")
H("h2_03", 2, "To the man who told my colleague Ellie she's 'a bloke in a frock': you've been reported. Trans women are women and Ellie's one of the hardest working councillors in the Peak.",
  [EQ, PA], note="Quotes {eq13}'s phrase to condemn it.")
H("h2_04", 2, "Holocaust Memorial Day. We remember the six million Jews, and the Roma, disabled people and gay men murdered alongside them. The lie that Jews 'control the money' helped make it possible. It is still told. Challenge it every time.",
  [EQ], date_="2026-01-27", note="Names the money trope of {eq06} to condemn it.")
H("h2_05", 2, "'Retard', 'mong', 'spastic'. All three shouted at day centre users on Oakenlow market last week, and some of them heard it. I've spoken to the police and the market manager. Our day centre folk are part of this town and always will be.",
  [EQ, AL], note="Quotes slurs to condemn them; see {eq20}.")
H("h2_06", 2, "Got an anonymous letter at surgery saying 'women should stay in the kitchen, not the council chamber'. It's gone in the recycling and I'll be at full council Tuesday as usual. Try harder, duck.",
  [EQ], author="@TraceyFearnDP", note="The target answers a sexist letter.")
H("h2_07", 2, "Whoever's been sharing that clip of Rachel's wheelchair stuck at the chamber door with laughing emojis: it's not funny. It's a building that fails disabled people. Fix the door, not the joke.",
  [BU, EQ], note="Condemns the humiliation of {bu10}.")
H("h2_08", 2, "A comment on the Courier's page says the Edgecliffe Hotel is 'full of foreign scroungers'. The families there aren't allowed to work while their claims are decided. That's the law, not laziness. Let's keep the debate decent.",
  [EQ], note="Quotes {eq23}'s phrase to rebut it.")
H("h2_09", 2, "Somebody sprayed 'no mosques in Gritley' on the bus shelter on Mill Street. It's been cleaned off and reported. The Mill Street mosque has been part of this town for thirty years and fed half of Gritley during the floods.",
  [EQ], note="Quotes graffiti to condemn it.")
H("h2_10", 2, "I've had messages saying 'I know where you live' since my vote on the quarry. They've gone to the police. I won't be frit off doing my job and neither will any other councillor.",
  [BU], note="'Frit' (frightened) is dialect. Quotes a threat received.")
H("h2_11", 2, "'Bit light on his feet' and 'keep your bedroom business out of council' are homophobic, full stop, whoever says them and whatever they claim they meant. Call it out.",
  [EQ], note="Quotes {eq11} and {eq12} to condemn them.")
H("h2_12", 2, "Somebody's put that 'off with his nerves' comment about Gary on a meme. Depression is an illness, not a weakness. Gary's been open about his, and he's helped more people in Soughbridge than that meme ever will.",
  [EQ, PA], note="Condemns {eq18}.")
H("h2_13", 2, "Reported a post today that called Harjit's turban a 'rag'. That's religious hatred, plain and simple. Harjit's as Gritley as the mill chimney.",
  [EQ, AL], note="Quotes {eq07}'s word to condemn it.")
H("h2_14", 2, "About what was said in the Tup & Tankard on Friday: someone made a 'Chinese takeaway' joke about Lisa. It isn't a joke. Lisa's family have fried Soughbridge's fish since 1986.",
  [EQ], note="Condemns a racial jibe.")
H("h2_15", 2, "Sharing this because people should see what councillors get: 'you'll regret the day you ever stood'. Sent by a man who's never met me. Reported, blocked, moving on.",
  [BU], note="Quotes a threat; same words as {bu23}.")
H("h2_16", 2, "'Mardy cow', 'stupid bitch', 'get back in the kitchen'. My inbox after one speech on childcare. This is why women don't stand. We have to change it.",
  [EQ, AL], author="@KellyWraggDP", note="The target quotes abuse received.")
H("h2_17", 2, "I've asked the Monitoring Officer to look at the post calling our Chief Executive 'an overpaid empty suit'. Criticise decisions, fine. Don't abuse staff who can't answer back.",
  [PA, OF], note="Quotes {pa27} to condemn it.")
H("h2_18", 2, "'Deaf old biddy'. That's what someone called Ivy on Facebook. Ivy's 79, wears two hearing aids and reads every committee paper cover to cover. More than can be said for her critics.",
  [EQ, PA], note="Quotes a slur to condemn it.")
H("h2_19", 2, "The leaflet going round Hagg End saying 'Poles out' is vile. I've reported it to the police as a hate incident. Polish families have been part of this village since 1947.",
  [EQ], note="Quotes a leaflet to condemn it.")
H("h2_20", 2, "Not having 'you people' on my page. Whatever point you think you're making about the Mill Street families, make it without that.",
  [EQ], note="Moderates a comment.")
H("h2_21", 2, "Somebody sent me a photo of Derek nodding off in the Chair with 'share till he resigns' on it. No. He's 77, he'd been at a hospital appointment all morning, and humiliation campaigns are bullying. Don't share it.",
  [BU, EQ], note="Refuses the campaign of {bu25}.")
H("h2_22", 2, "I was called a 'Gyppo' in the playground at Hagg End Primary in 1994. My kids got the same last year. It stops when grown-ups stop saying it. Please stop saying it.",
  [EQ, AL], author="@SeanLovellInd", note="The target quotes a slur he received.")
H("h2_23", 2, "Jamie was told at the count to 'go back to your student union'. He's 23, he won his seat by 400 votes and he's the best casework councillor in Soughbridge. Age isn't a qualification.",
  [EQ], note="Quotes {al19}'s put-down.")
H("h2_24", 2, "Can we stop with 'bent as a butcher's hook' about anybody? It's a dig at gay men as well as an accusation. If you've evidence of corruption, go to the police. If you haven't, don't.",
  [EQ, DE], note="Condemns the phrase of {de08}.")
H("h2_25", 2, "Calling Kelly 'pregnant and hormonal' in a budget debate is sexist and it's pregnancy discrimination. She's leading the opposition with a bump and doing it better than most.",
  [EQ], note="Quotes a jibe to condemn it.")
H("h2_26", 2, "Someone in the Courier's comments says the Chief Executive is 'cooking the books'. There is no evidence of that and the auditors signed the accounts off. Please stop.",
  [DE, OF], note="Rebuts {de09}.")
H("h2_27", 2, "A man in the gallery shouted 'cripple' at Rachel during public questions. The Chair had him removed, rightly. Rachel finished her question. That's the Peak for you.",
  [EQ, AL], note="Quotes a slur to condemn it.")
H("h2_28", 2, "Reported a post telling our Senior Planning Officer he'd 'never work in planning again' over Slackbottom Farm. Officers give professional advice. Threatening them is bullying and it's a standards matter.",
  [BU, OF, PR], note="Reports the threat of {bu06}.")

# ---------------------------------------------------------------------------
# HN3: denied prejudice, myth-busting, civil debate on protected topics
# ---------------------------------------------------------------------------
H("h3_01", 3, "Myth: asylum seekers at the Edgecliffe Hotel get £400 a week. Fact: people in catered hotels get under £10 a week. Please check before you share.",
  [EQ], note="Myth-busting.")
H("h3_02", 3, "I've had a few messages asking if the Mill Street mosque extension 'means more mosques'. It's a bigger kitchen and new toilets so they can keep running the foodbank. That's it.",
  [EQ, PR], note="Myth-busting on a pending application; predetermination allowed.")
H("h3_03", 3, "Question at surgery: 'why does the council pay for Gypsy sites and not council houses?' Honest answer: the Coldwell Lane transit site cost less than one new council house and cut unauthorised camps by two thirds. We need both.",
  [EQ], note="Answers a loaded question civilly.")
H("h3_04", 3, "A resident asked whether the women-only swim at Cloughmoor baths is legal. Yes: the Equality Act allows single-sex sessions where they're a proportionate way of meeting a legitimate aim. It's been running since 2019.",
  [EQ], note="Neutral explanation about sex.")
H("h3_05", 3, "I know feelings run high about the changing rooms at the leisure centre. Please keep comments on the policy, not on any person. Anything that attacks an individual, trans or not, comes down.",
  [EQ], note="Civil debate on the topic of {eq14}.")
H("h3_06", 3, "Are the Polish lads at Blackrake 'taking local jobs'? The quarry advertised every post locally for six months first. Most of them have been here twenty years and their kids play for the Hagg End under-11s.",
  [EQ], note="Answers the myth behind {eq01}.")
H("h3_07", 3, "I'm not against the Edgecliffe Hotel families. I am against the Home Office putting 120 people in a hotel with no bus, no GP capacity and no warning to the village. Those are two different things, and I'll keep saying both. The families didn't choose Rakewell; a contractor did, off a spreadsheet. If you want to be angry, be angry at the contract, and if you want to help, the church hall is collecting coats on Saturday.",
  [EQ], note="Denied prejudice; some would read it as a nudge, but it targets the Home Office.")
H("h3_08", 3, "Someone asked if autistic councillors 'can do planning'. Yes. Owen's sat on planning for three years and reads the papers more carefully than anyone. His reasonable adjustment is a quieter room. That's all.",
  [EQ], note="Answers {eq16}.")
H("h3_09", 3, "Why was there an iftar in the town hall? Because the Mill Street mosque asked to use the hall, paid the hire fee like the brass band does, and invited everybody. I went. The lamb was grand.",
  [EQ], date_="2026-02-24", note="Myth-busting during Ramadan.")
H("h3_10", 3, "Rainbow crossing by the Buttercross: no, it didn't come out of the highways budget. Cloughmoor Pride raised the money and it's maintained like any other crossing. Paint's paint.",
  [EQ], note="Myth-busting on sexual orientation.")
H("h3_11", 3, "Fair question from a resident: why should a councillor on maternity leave keep their allowance? Because parental leave for councillors means mums and dads can stand without losing their seat or their pay. I support it.",
  [EQ], note="Civil answer on pregnancy and maternity.")
H("h3_12", 3, "I'm no fan of the Progressives' housing motion, but Kelly Wragg being pregnant has nowt to do with whether she can lead on it. Argue the motion.",
  [EQ, PA], note="Rejects a pregnancy jibe while disagreeing with her politics.")
H("h3_13", 3, "Are older councillors 'past it'? Some of the sharpest minds in our chamber are over seventy. Some of the dozier ones are under forty. Judge the work, not the birthday.",
  [EQ, PA], note="Age debate; 'dozier ones' is unnamed.")
H("h3_14", 3, "On the kirpan: Sikh articles of faith are protected, and Harjit's is a small blunt blade worn under his shirt. The police were consulted years ago. This is not a 'knife in the chamber' story.",
  [EQ, BU], note="Myth-busting on religion; bullying allowed for the quoted 'knife'.")
H("h3_15", 3, "Fact check: the Coldwell Lane transit site did not 'bring crime to Soughbridge'. Recorded crime in the ward fell the year after it opened. Inspector Ridgway confirmed it at the community safety meeting.",
  [EQ], note="Rebuts the trope of {eq02}.")
H("h3_16", 3, "'I'm not racist, but' isn't a phrase I'll be using. What I will say is that the Edgecliffe Hotel contract needs proper local consultation, and the families in it deserve to be safe while it happens.",
  [EQ], note="Rejects the formula; about the contract.")
H("h3_17", 3, "Lots of questions about the lanterns on Market Street. They were paid for by the traders' association, not the council. Happy Year of the Horse to everyone celebrating!",
  [EQ], date_="2026-02-17", note="Myth-busting on Lunar New Year.")
H("h3_18", 3, "Someone asked why council papers say 'Gypsy, Roma and Traveller'. Because those are the words the communities use, and Romany Gypsies and Irish Travellers are recognised ethnic groups in law.",
  [EQ], note="Neutral explanation.")
H("h3_19", 3, "Debate next month on flying the Progress Pride flag on the town hall in June. I'm against flying any campaign flag on council buildings, Pride or otherwise, and I'll say so respectfully. Happy to be persuaded.",
  [EQ], note="Civil disagreement on a protected topic.")
H("h3_20", 3, "Are people 'scrounging' blue badges? The district issued 1,140 last year and refused 310. The checks are strict. Please don't challenge folk in the car park; plenty of disabilities aren't visible.",
  [EQ], note="Myth-busting on disability.")
H("h3_21", 3, "Busting one doing the rounds in Rakewell: the council has not given the Edgecliffe Hotel families 'priority for council houses'. Allocations follow the same policy for everybody.",
  [EQ], note="Myth-busting.")
H("h3_22", 3, "I'll disagree with Nasreen Akhtar on the bus motion all day long. That's politics. What I won't do is bring her faith into it, and neither should anybody commenting on this post.",
  [EQ, PA], note="Civil disagreement; defends her against {eq26}-style jibes.")
H("h3_23", 3, "Resident asked: 'do we have to say Roma now?' You call people what they call themselves. Most of the Romanian families on Albert Street in Gritley say Romanian. Some say Roma. Ask and listen, it's not hard.",
  [EQ], note="Neutral answer on race.")
H("h3_24", 3, "Is 'Derbyshire born and bred' a fair test for a councillor? I'd say not. Half our best councillors were born somewhere else, me included: over the border in Cheshire, don't hold it against me.",
  [EQ], author="@HannahRosenGreen", note="Rejects the test used in {eq04}. Pinned so the writer's birthplace fits the roster.")
H("h3_25", 3, "Yes, the council's pitch grant at Cloughmoor Town went to the girls' teams as well as the lads'. Because girls play football. It's 2026.",
  [EQ], note="Neutral answer on sex.")
H("h3_26", 3, "Someone asked why the Holocaust Memorial Day service named Roma victims. Because the Nazis murdered hundreds of thousands of Roma and Sinti. It's part of the history, not an add-on.",
  [EQ], date_="2026-01-28", note="Civil answer the day after HMD.")
H("h3_27", 3, "Civil question, civil answer: yes, Marcus Lindo was born in Cloughmoor, at the old cottage hospital, and his dad worked down the pit. Can we leave it there?",
  [EQ], note="Answers the coded jibe of {eq04}.")
H("h3_28", 3, "Asked whether the Sough Fund 'favours' the Mill Street mosque: it made 41 grants last year, 3 to faith groups (the Methodist chapel, the mosque and the gurdwara). The full list is on the council website.",
  [EQ], note="Myth-busting on religion.")

# ---------------------------------------------------------------------------
# HN4: neutral or positive mentions, self-description, reclaimed terms
# ---------------------------------------------------------------------------
H("h4_01", 4, "Ey up! Wheelchair user, Soughbridge lass, and as of today chair of the access forum. Stairs, you've been warned.",
  [EQ, BU], author="@RachelOllerenshaw", note="Self-description; 'you've been warned' at stairs is a joke.")
H("h4_02", 4, "Five years since I transitioned, four since I was elected. Still a Rakewell girl, still a Green, still can't make a decent oatcake. Thanks for all the kind messages.",
  [EQ], author="@EllieMarchGreen", note="Trans woman's self-description.")
H("h4_03", 4, "LGBT+ History Month starts today. I'm 23, gay and a Soughbridge councillor, which my nan says is three things she never thought she'd say about her grandson. She's proud of all three.",
  [EQ], author="@JamieTwiggDP", date_="2026-02-02", note="Self-description.")
H("h4_04", 4, "Queer, Derbyshire and not going anywhere. That's the badge on my lanyard and I'll wear it to every meeting.",
  [EQ, PA], author="@JamieTwiggDP", date_="2026-02-10", note="Reclaimed term; the lanyard {eq11} attacks.")
H("h4_05", 4, "Ramadan Mubarak to everyone in Gritley starting the fast today. Iftar at the Mill Street mosque on Friday is open to all, so come and break the fast with us. Dates, samosas and a proper mashed pot of tea.",
  [EQ], author="@NasreenAkhtarDP", date_="2026-02-18", note="Religious greeting with 'mashed' tea.")
H("h4_06", 4, "Eid Mubarak from our house to yours! Thirty days of fasting done and the kids are already asking where the Eid money is. 😄",
  [EQ], author="@NasreenAkhtarDP", date_="2026-03-20", note="Religious greeting.")
H("h4_07", 4, "Forty years of my family's chippy on Market Street this month. Mum still does the batter by hand. Chinese, Derbyshire and proud of both halves. Mushy peas on us this Friday.",
  [EQ], author="@LisaChanML", note="Self-description.")
H("h4_08", 4, "Happy Lunar New Year! Dad's hung the red lanterns in the chippy window and Mum's done dumplings for the staff. Gung hei fat choi, Soughbridge.",
  [EQ], author="@LisaChanML", date_="2026-02-17", note="Festival greeting.")
H("h4_09", 4, "Born in Poznań, came to Hagg End in 2004 to work at Blackrake, stayed for the oatcakes and the people. Proud to have been your councillor for six years.",
  [EQ], author="@PiotrZielinskiHE", note="Self-description.")
H("h4_10", 4, "Bit of personal news: baby Wragg is due in May! I'll take parental leave over the summer and Tracey will lead the group. I'll be at full council till I can't fit behind the bench.",
  [EQ], author="@KellyWraggDP", note="Pregnancy announcement.")
H("h4_11", 4, "I'm autistic, I've never hidden it, and it's why I read every planning paper three times. If you see me with headphones in the chamber foyer, I'm fine, it's just loud. Say hello anyway.",
  [EQ], author="@OwenKirklandGreen", note="Self-description.")
H("h4_12", 4, "Time to Talk Day. Three years ago depression had me unable to get out of bed. This week I chaired the Soughbridge community forum. If you're struggling, talk to somebody. My door's open.",
  [EQ], author="@GaryHadfieldML", date_="2026-02-05", note="Self-description.")
H("h4_13", 4, "81 today and still walking the Oakenlow footpaths every morning. The lads at the farm made me a cake shaped like a stile. Daft beggars.",
  [EQ, PA], author="@ColinNeedhamMoor", date_="2026-01-14", note="Self-description; 'daft beggars' is fond. Dated before {eq21} calls him 81.")
H("h4_14", 4, "Tip for anyone wanting my vote: speak up. I've two hearing aids and I'll switch them off if you waffle. 79 and still nosy.",
  [EQ], author="@IvyStubbsOI", note="Self-description.")
H("h4_15", 4, "First Romany Gypsy on Cloughmoor District Council, and I hope not the last. My grandad traded horses at the Soughbridge fair and my nan sold pegs door to door from Hagg End to Oakenlow. They'd not believe I'm sat in the chamber now. Proud to carry on the family trade of talking folk round, minus the horses. Thank you to everyone who voted, and to everyone who didn't: I'm your councillor too.",
  [EQ], author="@SeanLovellInd", note="Self-description.")
H("h4_16", 4, "Gypsy lad from Hagg End and proud of it. Ask me owt about the old horse fairs, I'll talk till the tea's stewed.",
  [EQ], author="@SeanLovellInd", note="Self-description with the word {eq03} uses as a put-down.")
H("h4_17", 4, "My dad came from Kingston to dig coal at the pit in '62. My mum's from Soughbridge. I'm Black, I'm Derbyshire, and I'm as nesh as any of you when the wind comes off the moor.",
  [EQ], author="@MarcusLindoDP", note="Self-description; 'nesh' (feels the cold) is dialect.")
H("h4_18", 4, "Langar at Gritley gurdwara this Sunday, all welcome, no questions asked. Dal, roti, kheer and more tea than a Wakes week. Bring your neighbours.",
  [EQ], author="@HarjitSandhuGA", note="Neutral mention of religion.")
H("h4_19", 4, "Twenty years today since Alan and I signed our civil partnership at Cloughmoor register office. Still the best thing I ever did in that building, council meetings included.",
  [EQ, DP], author="@RoyBoamOI", date_="2026-03-12", note="Self-description; partner named by the member himself.")
H("h4_20", 4, "Holocaust Memorial Day. My great-grandmother left Vienna in 1938 with one suitcase. Today I read her name at the Cloughmoor service. Thank you to everyone who came and stood with us.",
  [EQ], author="@HannahRosenGreen", date_="2026-01-27", note="Self-description.")
H("h4_21", 4, "International Women's Day yesterday: 11 of our 24 councillors are women now, up from 4 when I was first elected. More please, especially from the estates.",
  [EQ], author="@TraceyFearnDP", date_="2026-03-09", note="Neutral mention of sex.")
H("h4_22", 4, "Happy Holi! The Gritley community centre car park will be very pink, very green and very loud this afternoon. Kids from Station Road school invited. Old clothes recommended.",
  [EQ], date_="2026-03-04", note="Festival greeting.")
H("h4_23", 4, "Happy St Patrick's Day to the Irish families of Soughbridge, who built half our railway and all of our best céilí nights.",
  [EQ], date_="2026-03-17", note="Neutral mention of national origin.")
H("h4_24", 4, "Lovely visit to Oakenlow day centre today. The lads and lasses with learning disabilities run the café two days a week now, and the Bakewell puddings were the best I've had.",
  [EQ], note="Neutral mention of disability.")
H("h4_25", 4, "The Edgecliffe Hotel families invited the village to a football match on the rec. Asylum seekers 4, Rakewell Vets 4. Nobody nithered, everybody fed. Grand afternoon.",
  [EQ], note="Neutral mention.")
H("h4_26", 4, "Crip humour alert: the temporary chamber ramp is so steep I've asked if I can register it as a sport. Thanks to the officers sorting a proper one by April.",
  [EQ, OF], author="@RachelOllerenshaw", note="Reclaimed 'crip' by a wheelchair user.")
H("h4_27", 4, "'Old biddy', they call me on Facebook. Well, this old biddy has read the whole local plan, all 412 pages. Has anyone else?",
  [EQ, PA], author="@IvyStubbsOI", note="Reclaimed put-down; see {eq19}.")
H("h4_28", 4, "The Mill Street mosque, St Anne's church and the Methodist chapel have all opened as warm spaces this week. Soup, tea, wifi. Thank you to every volunteer.",
  [EQ], note="Neutral mention of religion.")

# ---------------------------------------------------------------------------
# HN5: figurative violence, banter, self-deprecation, idioms
# ---------------------------------------------------------------------------
H("h5_01", 5, "Derbyshire born, Derbyshire bred, strong in the arm and weak in the head. That's me at budget scrutiny this morning. Send help and oatcakes.",
  [PA], note="The old county rhyme as self-deprecation.")
H("h5_02", 5, "The council staff team murdered us at the charity quiz last night. Absolutely slaughtered. Rematch at the Tup & Tankard in March, and this time we're bringing Ivy.",
  [BU], note="Figurative violence in a quiz.")
H("h5_03", 5, "Right, I'm going to finish this planning training if it kills me. Day three of five. Pray for me.",
  [BU], note="Figurative.")
H("h5_04", 5, "Ey up @TrevMellor, you owe me a pint. Told you the Tups would win. Pay up, you tight beggar. 😂",
  [PA], note="Teasing between colleagues.")
H("h5_05", 5, "Gritters are out on the moor roads from seven tonight. Stay warm, stay in if you can, and sleep well. Forecast says it'll be siling down with snow by morning.",
  [BU], note="'Sleep well' in a gritting notice; see {bu08}. 'Siling down' is dialect for pouring.")
H("h5_06", 5, "Our Stu took me apart on the darts board at the Quarryman's Rest. Absolutely battered me. I'll have my revenge at the Wakes week rematch.",
  [BU, PA], note="Banter; 'our Stu' is fond.")
H("h5_07", 5, "I'm a wazzock. Left my whole committee folder on the 61 bus. If you find it, please hand it in at the town hall and don't read it on the way.",
  [PA, CO], note="Self-deprecation with 'wazzock' ({pa03}); confidentiality allowed for 'don't read it'.")
H("h5_08", 5, "Gormless, me. Turned up to Hagg End parish meeting a week early and sat on my own in the village hall for twenty minutes like a lemon.",
  [PA], note="Self-deprecation with 'gormless' ({pa01}).")
H("h5_09", 5, "Nesh? Me? I've been leafleting in Oakenlow in three jumpers and I can't feel my face. That moor wind'd cut you in half.",
  note="Idiom.")
H("h5_10", 5, "Pistols at dawn with Piotr over who makes the best pierogi at the Hagg End fair. Judges' decision is final. Loser washes up.",
  [BU], note="Figurative duel.")
H("h5_11", 5, "Off to knock some heads together at Rakeway Waste tomorrow about the Nook Lane round. Nicely, mind. With a spreadsheet.",
  [BU, PA], note="Figurative.")
H("h5_12", 5, "Shrovetide ball game through Soughbridge today. Broken nose count: two. Ward councillors still standing: one. See you in the hug next year.",
  [BU], date_="2026-02-17", note="Local tradition, rough play.")
H("h5_13", 5, "Got destroyed at scrutiny by our own finance officer today. Fair cop, my sums were wrong. Lesson learned, humble pie eaten.",
  [BU, OF], note="Self-deprecation; mentions an officer kindly.")
H("h5_14", 5, "Ivy Stubbs, you mardy old so-and-so, you beat me at dominoes AGAIN at the Oakenlow social. I'll have you next week, duck. 😄",
  [PA, EQ, BU], note="Teasing with 'mardy' ({pa24}) and 'old'.")
H("h5_15", 5, "I could strangle whoever designed the new council phone system, but I can't find their extension.",
  [BU, PA], note="Figurative.")
H("h5_16", 5, "Half-term at ours: the kids have declared war over the Xbox and I'm stuck between the front lines. Send biscuits and a peace treaty.",
  [BU], date_="2026-02-16", note="Figurative war.")
H("h5_17", 5, "Tups 5, Rovers 0. Proper good hiding. 😂",
  [BU], note="Football.")
H("h5_18", 5, "Tha'll regret it, our Kelly, entering the bake-off against me. My Bakewell pudding has won Rakewell show three years running.",
  [BU, PA], note="'Regret' in banter; see {bu23}.")
H("h5_19", 5, "I'm a dinosaur, I know. I still print every paper out and write my speeches on the back of envelopes. The youngsters in our group despair of me.",
  [EQ, PA], author="@TrevMellor", note="Self-deprecation about age.")
H("h5_20", 5, "Mashed a pot of tea at ward surgery so strong you could stand the spoon up in it. Nobody complained. Nobody dared.",
  note="'Mashed' on the clean side ({eq08}).")
H("h5_21", 5, "This pothole on Nook Lane is so deep I'm thinking of stocking it with trout. Reported again. Fourth time.",
  note="Clean counterpart of {al08}.")
H("h5_22", 5, "The budget papers are doing my head in. 312 pages. I'll be chuntering into my cocoa tonight.",
  note="'Chuntering' on the clean side.")
H("h5_23", 5, "Knocked the stuffing out of the Hagg End lads at the tug of war. Rakewell show, one-nil. My shoulders will hate me tomorrow.",
  [BU], note="Figurative.")
H("h5_24", 5, "Nearly came a cropper on the ice on the Tor Road this morning. If the gritter driver's reading this: I love you, marry me.",
  note="Idiom.")
H("h5_25", 5, "The wife says I'm a grumpy old sod before my first brew. She's not wrong. Seven o'clock ward walk done, now the brew.",
  [AL, EQ], author="@CllrOutram", note="Self-deprecation; 'the wife' and 'sod'.")
H("h5_26", 5, "Frit, were we, @KellyWraggDP? Frit of my amendment? 😂 See you in the chamber, duck. Bring a calculator.",
  [PA, EQ, IR], note="Chamber banter; 'duck' is the everyday address for anyone. Some would read condescension to a woman; compare {eq08}.")
H("h5_27", 5, "Old lass at the bus stop in Oakenlow told me I wanted shooting for the bus cuts. Fair enough, I said, but I voted against them. She gave me a Polo.",
  [BU], note="A resident's figurative remark, retold fondly.")
H("h5_28", 5, "Hammered the Progressives at the pub quiz. Utterly hammered them. The picture round was a massacre.",
  [BU, PA], note="Figurative.")

# ---------------------------------------------------------------------------
# HN6: criticism of a named councillor's record that stays on the record
# ---------------------------------------------------------------------------
H("h6_01", 6, "Stuart Wildgoose told full council in November that the Flaxpiece Court heating contract was signed. The contract register shows it was signed on 14 January. He should correct the record.",
  [DE, PA], note="Same facts as {de01}, no 'liar'.")
H("h6_02", 6, "Graham Outram's budget uses £1.8m of reserves to balance the books for the second year running. That isn't sustainable and I'll be saying so at scrutiny.",
  [PA], note="Record.")
H("h6_03", 6, "Lorraine Gratton has chaired 14 planning meetings this year and not one started on time. Residents sit in the foyer for forty minutes. Sort the agenda out, Chair.",
  [PA], note="Record; see {pa02}.")
H("h6_04", 6, "Kelly Wragg promised a new bus shelter in Gritley in her 2024 leaflet. It isn't in the capital programme and the Progressives' own budget didn't fund it. Voters should know that.",
  [DE, PA], note="Record version of {de05}.")
H("h6_05", 6, "Janet Bramwell has been Leader for nine years. In that time we've lost three libraries (Oakenlow, Hagg End, Cloughmoor Lees), two bus routes (the 61 and the 61A) and Rakewell lido, and council tax has gone up every single year. Some of that is government funding, and I'll say so. But the choices about what to cut were hers and her cabinet's. That's her record, and in May she'll have to defend it.",
  [PA], note="Record.")
H("h6_06", 6, "Trevor Mellor has missed 11 of the last 15 scrutiny meetings. Attendance is published. Cloughmoor Lees deserves a councillor who turns up.",
  [PA], note="Record version of {pa06}.")
H("h6_07", 6, "Harjit Sandhu said he'd hand back his allowance rise. The published allowances list shows he hasn't yet. I'm sure he'll want to explain.",
  [DE, PA], note="Record version of {de11}.")
H("h6_08", 6, "Colin Needham has objected to every footpath diversion order since 2019. He's entitled to. But landowners on the moor deserve to know why, and so do walkers.",
  [PA], note="Record.")
H("h6_09", 6, "Marcus Lindo voted for the bus subsidy cut at budget council in 2023 and now campaigns against it. People can change their minds, but he should say he did.",
  [PA, DE], note="Record.")
H("h6_10", 6, "Roy Boam's register of interests doesn't list his place on the Oakenlow show committee. It should, as the show gets a Sough Fund grant. I raised it with him privately first; nothing's changed.",
  [DE, PA], note="A missing declaration raised on the record; compare the innuendo of {de07}.")
H("h6_11", 6, "Nasreen Akhtar's motion on bus passes would cost £640k a year and she hasn't said where from. Good cause, no costing. I'll vote against unless she finds the money.",
  [PA], note="Record.")
H("h6_12", 6, "Piotr Zielinski's brother-in-law got the Hagg End verge contract. Piotr declared the link and left the room, the minutes show that. The question is why procurement allowed a single quote.",
  [DE, PA], note="Record version of {de14}.")
H("h6_13", 6, "Lisa Chan said at full council that the market hall is 'losing £300k a year'. The outturn report says £112k. Still too much, but let's use the right number.",
  [DE, PA], note="Corrects a claim without 'lie'.")
H("h6_14", 6, "Derek Furness has been Chair of the Council four years running. The constitution says it rotates. Time for somebody else to have a turn, with thanks to Derek.",
  [PA, EQ], note="Tenure, not age; equality allowed.")
H("h6_15", 6, "Owen Kirkland's amendment on moorland burning was well meant, but it would have banned the fire service's own practice burns. That's why I voted against it.",
  [PA], note="Record.")
H("h6_16", 6, "Ivy Stubbs has been on the council 31 years and I respect that. But the Oakenlow Independents have stood the same three candidates since 2003 and the village deserves a choice.",
  [PA, EQ], note="Tenure, not age.")
H("h6_17", 6, "Stuart Wildgoose has now missed two deadlines on the damp action plan he promised tenants in the autumn. Flaxpiece Court is still waiting. Cabinet Member: when?",
  [PA], note="Record version of {pa01}.")
H("h6_18", 6, "Gary Hadfield voted against the quarry lorry routing condition and then complained about quarry lorries in Soughbridge. The vote is in the minutes, page 6.",
  [PA], note="Record.")
H("h6_19", 6, "Jamie Twigg's casework numbers are the best in his group, but his motion on college parking was half-baked: no costing and no talk with the college first.",
  [PA], note="Record; 'half-baked' about a motion.")
H("h6_20", 6, "Hannah Rosen's Green group budget amendment would have closed the Gritley tip two days a week. She's entitled to propose it, and I'm entitled to say it was a bad idea.",
  [PA], note="Record.")
H("h6_21", 6, "Pauline Bagshaw told the Courier that the well dressing grant 'was never cut'. It was, from £4,000 to £2,500 in 2024. The budget book is online, page 88.",
  [DE, PA], note="Corrects a claim; compare {de23}.")
H("h6_22", 6, "Sean Lovell has voted with the administration on every budget since he was elected as an Independent. Fair enough, but he shouldn't call himself an opposition voice on his leaflets.",
  [PA, DE], note="Record.")
H("h6_23", 6, "Tracey Fearn says the Progressives would 'never' back parking charges. Their 2022 budget amendment proposed them at Rakewell. It's on page 4 of the amendment.",
  [DE, PA], note="Corrects a claim.")
H("h6_24", 6, "Ellie Marchington's moorland fire motion passed with cross-party support, but a year on not one of its five actions has been delivered, and she chairs the working group. What's the hold-up?",
  [PA], note="Record.")
H("h6_25", 6, "Janet Bramwell's dinner with Kestwick Homes was properly declared on the register. I still think the Leader shouldn't accept hospitality from a developer with an application pending. That was a judgement call she got wrong.",
  [DE, GI, PA, PR], note="Declared hospitality criticised on the record; compare {de16}.")
H("h6_26", 6, "Graham Outram's claim that our council tax is 'the lowest in the Peak' is wrong: two neighbouring districts are lower. Still low, not the lowest. Correct it, please.",
  [DE, PA], note="Corrects a claim.")
H("h6_27", 6, "Colin Needham promised a bus shelter at Oakenlow crossroads in 2022. Three years on, no shelter, and folk waiting in the sleet. Not good enough, Colin.",
  [PA], note="Record.")
H("h6_28", 6, "Lorraine Gratton's committee followed 92% of officer recommendations last year. Some will call that rubber-stamping; I'd say it shows the officers are good. Either way, the figure belongs in the annual report.",
  [PA, OF], note="Record.")

# ---------------------------------------------------------------------------
# obfuscated variants: (original, kind, word); one of each kind per family
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa01", "asterisk", "gormless"), ("pa03", "digit", "wazzock"),
    ("pa07", "zero_width", "pillock"), ("pa12", "spaced", "snake"),
    ("pa22", "homoglyph", "weasel"), ("pa05", "caps", None),
    ("al02", "asterisk", "bellend"), ("al01", "digit", "shite"),
    ("al09", "zero_width", "twat"), ("al05", "spaced", "prick"),
    ("al07", "homoglyph", "arse"), ("al20", "caps", None),
    ("bu15", "asterisk", "accidents"), ("bu12", "digit", "live"),
    ("bu08", "zero_width", "sleep"), ("bu23", "spaced", "regret"),
    ("bu02", "homoglyph", "shame"), ("bu04", "caps", None),
    ("eq02", "asterisk", "pikeys"), ("eq01", "digit", "poles"),
    ("eq20", "zero_width", "retards"), ("eq13", "spaced", "bloke"),
    ("eq05", "homoglyph", "mosques"), ("eq16", "caps", None),
    ("de06", "asterisk", "crooks"), ("de01", "digit", "liar"),
    ("de05", "zero_width", "fraud"), ("de08", "spaced", "bent"),
    ("de14", "homoglyph", "dodgy"), ("de23", "caps", None),
]

DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
CYRILLIC = {"o": "\u043e", "e": "\u0435"}
VOWELS = "aeiou"


def obfuscate_word(w, kind):
    if kind == "asterisk":
        i = next(i for i in range(1, len(w)) if w[i].lower() in VOWELS)
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        i = next(i for i in range(1, len(w)) if w[i].lower() in DIGITS)
        return w[:i] + DIGITS[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        i = len(w) // 2
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        i = next(i for i in range(len(w)) if w[i] in CYRILLIC)
        return w[:i] + CYRILLIC[w[i]] + w[i + 1:]
    raise ValueError(kind)


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    if not pat.search(text):
        raise SystemExit(f"variant word {word!r} not in text")
    return pat.sub(lambda m: obfuscate_word(m.group(0), kind), text)


# ---------------------------------------------------------------------------
# roster, author choice
# ---------------------------------------------------------------------------
ALIASES = {
    "Janet Bramwell": [r"\b(the|our|council) Leader\b(?! of the opposition)", r"Leader of the Council"],
    "Graham Outram": [r"Deputy Leader\b(?! of the opposition)", r"Cabinet Member for Finance", r"finance portfolio"],
    "Stuart Wildgoose": [r"\bStu\b", r"Cabinet Member for H", r"housing lead"],
    "Lorraine Gratton": [r"chair of planning", r"planning chair"],
    "Derek Furness": [r"Chair of the Council", r"\bthe Chair\b", r"\bChairman\b"],
    "Trevor Mellor": [r"\bTrev\b"],
    "Kelly Wragg": [r"Leader of the opposition", r"opposition leader", r"their leader", r"lead the opposition"],
    "Tracey Fearn": [r"Deputy Leader of the opposition"],
}
PARTY_WORDS = {
    "Gritstone Alliance": [r"\bGritstone\b", r"\badministration\b"],
    "Dales Progressives": [r"\bProgressive"],
    "Moorland Greens": [r"\bGreens\b", r"\bGreen group\b"],
    "Oakenlow Independents": [r"\bIndependents\b"],
    "Millhands' League": [r"\bMillhands"],
}
CABINET = ["Janet Bramwell", "Graham Outram", "Stuart Wildgoose", "Pauline Bagshaw", "Harjit Sandhu"]


def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    councillors = conf["people"]["councillors"]
    party = {}
    for name, comment in re.findall(r'^\s*"([^"]+)",\s*#\s*(.*)$', raw, re.M):
        if name in councillors:
            m = re.search(r"\(([^)]+)\)", comment)
            party[name] = m.group(1) if m else "Independent"
    handle_of = {}
    for h, person in conf["people"]["handles"].items():
        if person in councillors:
            handle_of.setdefault(person, []).append(h)
    return councillors, party, handle_of


def named_people(text, councillors, handle_of):
    found = set()
    for person in councillors:
        first, last = person.split()[0], person.split()[-1]
        pats = [re.escape(person), r"\b" + re.escape(first) + r"\b",
                r"\b" + re.escape(last) + r"\b"]
        pats += [re.escape(h) + r"\b" for h in handle_of.get(person, [])]
        pats += ALIASES.get(person, [])
        if any(re.search(p, text, re.IGNORECASE) for p in pats):
            found.add(person)
    return found


def choose_author(row, rng, councillors, party, handle_of):
    if row["author"]:
        return row["author"]
    text = row["text"]
    banned = named_people(text, councillors, handle_of) | set(row["avoid"])
    for p, pats in PARTY_WORDS.items():
        if any(re.search(x, text, re.IGNORECASE) for x in pats):
            banned |= {c for c in councillors if party[c] == p}
    if re.search(r"\bcabinet\b", text, re.IGNORECASE):
        banned |= set(CABINET)
    pool = [c for c in councillors if c not in banned]
    person = rng.choice(pool)
    return handle_of[person][0]


def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def stamp(rng, days, fixed=None):
    d = date.fromisoformat(fixed) if fixed else rng.choice(days)
    return f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+00:00"


def platform_for(rng, text, fixed=None):
    if fixed:
        return fixed
    if len(text) > 280:
        return "facebook"
    return rng.choices(["x", "facebook", "bluesky"], weights=[40, 35, 25])[0]


def build():
    rng = random.Random(SEED)
    councillors, party, handle_of = load_roster()
    days = weekdays()
    by_key = {}
    out = []
    for row in ROWS:
        if row["key"] in by_key:
            raise SystemExit(f"duplicate key {row['key']}")
        rec = dict(row)
        rec["author"] = choose_author(row, rng, councillors, party, handle_of)
        rec["platform"] = platform_for(rng, row["text"], row["platform"])
        rec["created_at"] = stamp(rng, days, row["date"])
        by_key[row["key"]] = rec
        out.append(rec)
    for orig, kind, word in VARIANTS:
        o = by_key[orig]
        allowed = list(o["allowed"])
        if kind == "caps" and HA not in allowed:
            allowed.append(HA)
        rec = dict(o, key=f"{orig}_{kind}", text=make_variant_text(o["text"], kind, word),
                   allowed=allowed, kind_of_row="variant", variant_of=orig,
                   variant_kind=kind, created_at=stamp(rng, days),
                   note=(re.match(r"(\[[^\]]*\] )?", o["note"]).group(0)
                         + f"{kind} variant of {{{orig}}}"
                         + (f" ('{word}')." if word else " (all capitals; handles keep their spelling; haste allowed).")))
        by_key[rec["key"]] = rec
        out.append(rec)
    rng.shuffle(out)
    ids = {}
    for n, rec in enumerate(out, 1):
        ids[rec["key"]] = f"{SET}-{n:04d}"

    def cite(note):
        def rep(m):
            if m.group(1) not in ids:
                raise SystemExit(f"note cites unknown key {m.group(1)}")
            return ids[m.group(1)]
        return re.sub(r"\{(\w+)\}", rep, note)

    lines = []
    for rec in out:
        obj = {
            "id": ids[rec["key"]],
            "text": rec["text"],
            "author": rec["author"],
            "created_at": rec["created_at"],
            "platform": rec["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": rec["rules"], "allowed": rec["allowed"], "verdict": rec["verdict"]},
            "family": rec["family"],
            "kind_of_row": rec["kind_of_row"],
            "note": cite(rec["note"]),
        }
        if rec["kind_of_row"] == "variant":
            obj["variant_of"] = ids[rec["variant_of"]]
            obj["variant_kind"] = rec["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, ids


def main():
    out, ids = build()
    if "--map" in sys.argv:
        for rec in sorted(out, key=lambda r: r["key"]):
            print(rec["key"], ids[rec["key"]])
    if "--stats" in sys.argv:
        from collections import Counter
        print(Counter((r["family"], r["kind_of_row"]) for r in out))
        print(Counter(r["verdict"] for r in out if r["family"] != "hard_negative"))
        print(Counter(r["platform"] for r in out))
        print(Counter(r["note"][:3] for r in out if r["family"] == "hard_negative"))
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
