"""Build blind evaluation set b84 (abuse families), Borough of Holderwick.

All rows below were written by hand for this set. The script shuffles them with a
fixed seed (8484), gives ids b84-001..., picks authors, platforms and timestamps,
makes the obfuscated variants, and writes posts.jsonl. Running it again writes the
same file byte for byte.

Run from this folder:  python build.py
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8484

CODES = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OI": "officers.impartiality",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SC": "security.credentials",
    "PO": "position.improper-advantage",
    "PR": "predetermination.closed-mind",
    "HP": "haste.pause-before-posting",
}
FAMILY = {"PA": "respect.personal-attack", "AL": "respect.abusive-language",
          "BI": "bullying.intimidation", "EQ": "equality.discrimination",
          "DF": "defamation.allegation"}

ROWS = []


def R(fam, text, rules, allowed, verdict, note, who=None, date=None):
    """fam: PA/AL/BI/EQ/DF for positives, H1..H6 for hard negatives."""
    ROWS.append(dict(fam=fam, text=text, rules=rules.split(), allowed=allowed.split(),
                     verdict=verdict, note=note, who=who, date=date))


def H(group, text, allowed, note, who=None, date=None):
    R("H%d" % group, text, "", allowed, "ok", "[HN%d] %s" % (group, note), who, date)


# ---------------------------------------------------------------- personal attack
R("PA", "Graham Pickering stood up at full council and talked for twenty minutes and said nowt. Gormless doesn't cover it. Man's like a blocked tenfoot, full of rubbish and nobody wants to go near.", "PA", "", "review", "insults at the named Leader")
R("PA", "@SandraK_HF you are genuinely the thickest person ever to hold the finance brief. A bairn with a piggy bank would do a better job.", "PA", "", "review", "insult at a handle")
R("PA", "Keith Rudd's got a face like a slapped kipper and a brain to match.", "PA", "", "review", "appearance and intelligence insult")
R("PA", "Honestly Tracey Ombler is a nasty, spiteful little woman and the whole of Fleetmouth knows it.", "PA", "EQ", "review", "'little woman' is belittling; sex only allowed")
R("PA", "Lee Brocklesby couldn't organise a pattie supper in a chip shop. Useless article.", "PA", "", "review", "Hull idiom insult")
R("PA", "Derek Storr is a gobby nowt who's never done a proper day's graft in his life.", "PA", "", "review", "'nowt' as a noun for a worthless person")
R("PA", "@DerekStorrHA you're an embarrassment to this chamber. Sit down and stop mithering everybody.", "PA", "", "review", "insult at a handle")
R("PA", "The Head of Waste, Lisa Vickers, is clueless. Absolutely clueless. How is she still in a job?", "PA OI", "", "review", "attack on a named officer")
R("PA", "Julian Marr is a pompous, overpaid windbag who treats councillors like muck on his shoe.", "PA OI", "", "review", "attack on the Chief Executive")
R("PA", "Well done to Graham Pickering for another masterclass in saying nowt for an hour \U0001F44F\U0001F44F Truly one of the great minds of our time \U0001F644", "PA IR", "", "review", "mock praise")
R("PA", "Congratulations to @KeithRuddHF on winning Most Useless Councillor in the East Riding. Thoroughly deserved, lad.", "PA IR", "", "review", "mock congratulation")
R("PA", "Sandra Kettlewell is a parasite. A leech on the public purse. Vermin in a twinset.", "PA", "", "block", "severe dehumanising insult")
R("PA", "Norman Bielby is a disgrace of a human being. Nasty, bitter and rotten right through. Sculby would be better off if he'd never been born.", "PA", "EQ", "block", "severe; age only allowed (he is 72, not mentioned)")
R("PA", "Some councillors in Kelby Carr want to take a long look in the mirror. You know who you are, Derek. Not the sharpest spelk in the woodpile.", "PA", "", "review", "first name only; 'spelk' is East Yorkshire for splinter")
R("PA", "Tony Blenkin at licensing couldn't find his own backside with both hands and a map. Jobsworth.", "PA OI", "", "review", "attack on a named officer")
R("PA", "Ey up @LeeBrocklesby, nice of you to turn up to a meeting for once. Don't strain yourself, pet \U0001F643", "PA", "", "review", "sneer, not bullying")
R("PA", "Tracey Ombler has the personality of a wet bank holiday on Fleetmouth sands.", "PA", "", "review", "mild personal insult")
R("PA", "Graham Pickering, you're a bully and a coward and you're not fit to call a bingo night, never mind lead a council.", "PA", "", "review", "insult")
R("PA", "Josh Cawkwell is a self-important little clown who thinks a Twitter thread counts as a policy.", "PA", "EQ", "review", "'little' at the youngest councillor; age only allowed")
R("PA", "Hannah Welburn in planning is a disgrace. Her report was lazy and so is she.", "PA OI", "", "review", "starts on the report, ends on the person")
R("PA", "Sandra Kettlewell: mardy, shan and about as much use as a chocolate teapot.", "PA", "", "review", "dialect insults ('shan' = mean-spirited)")
R("PA", "Keith Rudd is a thick lump of lard.", "PA", "", "review", "body-shaming insult")
R("PA", "@GPickeringHF you're a spineless wet lettuce and you know it.", "PA", "", "review", "insult at a handle")
R("PA", "Peter Ingleby, the so-called Director of Finance, is an incompetent old dinosaur who can't add up.", "PA OI", "EQ", "review", "'old dinosaur'; age only allowed")
R("PA", "Derek Storr: a man so dim he'd get lost on the Fleetmouth ferry. It only goes one way.", "PA", "", "review", "joke-shaped insult")
R("PA", "Brilliant contribution from Lee Brocklesby at scrutiny. Said 'I agree with Graham' four times. Genius. Absolute genius. /s", "PA IR", "", "review", "sarcasm marker")
R("PA", "Tracey, love, nobody's interested. Go back to your knitting.", "PA", "EQ", "review", "first name only; 'love' and knitting: sex only allowed")
R("PA", "Some people are born to lead. Keith Rudd was born to stand at the back and nod.", "PA", "", "review", "mild, oblique put-down")
R("PA", "The Leader is a gutless, two-faced weasel.", "PA", "DF", "review", "target by role; 'two-faced' could be heard as dishonesty, defamation allowed")
R("PA", "Nadia Frankish in comms writes press releases like a toddler with a crayon. Embarrassing woman.", "PA OI", "", "review", "attack on a named officer")
R("PA", "Gareth Moxon in planning wouldn't know a flood plain if he were stood in one up to his neck. Clueless.", "PA OI", "", "review", "attack on a named officer")
R("PA", "Lee Brocklesby, you're a nowt. A proper nowt. Kelby Carr deserves better than a gutless yes-man.", "PA", "", "review", "dialect insult")
R("PA", "Sandra Kettlewell has the brains of a jellyfish and half the charm.", "PA", "", "review", "insult")
R("PA", "Derek Storr is a sad little man shouting at clouds on Facebook every night. Get a hobby, pal.", "PA", "", "review", "belittling insult")

# ---------------------------------------------------------------- abusive language
R("AL", "This budget is a pile of shite and Humber First know it.", "AL", "PA", "review", "obscenity at a budget; party target, personal-attack allowed")
R("AL", "Bin collections in Kelby Carr are a fucking joke. Third week running.", "AL", "", "review", "obscenity at a service")
R("AL", "What a load of bollocks from @SandraK_HF at cabinet this morning.", "AL", "PA", "review", "obscenity at what she said")
R("AL", "Keith Rudd is a complete prick. Always has been, always will be. Prick.", "AL PA", "", "review", "obscenity at a person, said twice")
R("AL", "Graham Pickering you absolute bellend.", "AL PA", "", "review", "obscenity at a person")
R("AL", "Sod Saltings Waste and sod their bloody green bin charge.", "AL", "PA", "review", "mildest row; company target")
R("AL", "The new council website is shit. Can't even find the bin calendar on it. Shit, shit, shit.", "AL", "", "review", "obscenity at a website")
R("AL", "Humberwyke Homes can piss off with their 'damp is a lifestyle issue' leaflets.", "AL", "PA", "review", "company target")
R("AL", "Derek Storr is a twat. There, I said it.", "AL PA", "", "review", "obscenity at a person")
R("AL", "Lee Brocklesby is a gobshite. End of.", "AL PA", "", "review", "obscenity at a person")
R("AL", "Sandra Kettlewell is a cunt.", "AL PA", "", "block", "the c-word at a person")
R("AL", "Whoever signed off the Fleetmouth one-way system is a f'kin moron.", "AL", "PA", "review", "'whoever'; personal-attack allowed")
R("AL", "Scrutiny this morning was a total clusterfuck from start to finish.", "AL", "", "review", "obscenity at a meeting")
R("AL", "The consultation on the Staithe car park is bollocks and everybody knows it.", "AL", "", "review", "obscenity at a consultation")
R("AL", "Tony Blenkin at licensing is a jumped-up little shit.", "AL PA OI", "", "review", "obscenity at a named officer")
R("AL", "Humber First: a bunch of useless bastards who couldn't run a bath.", "AL", "PA", "review", "party target")
R("AL", "Absolute arse of a motion from the Haven Alliance. They've wiped their backsides with standing orders.", "AL", "PA", "review", "obscenity at a motion")
R("AL", "Tracey Ombler talks out of her arse every single meeting.", "AL PA", "", "review", "obscenity at a person")
R("AL", "Pickering and his cronies are filthy scum and I hope they rot.", "AL PA", "", "block", "severe")
R("AL", "Ferry timetable's gone to shit again. Fleetmouth Ferry Co, sort it out ffs.", "AL", "PA", "review", "company target")
R("AL", "Keith Rudd is a knobhead. A proper Hull knobhead an' all.", "AL PA", "", "review", "obscenity at a person")
R("AL", "@DerekStorrHA piss off back under your rock, you slimy git.", "AL PA", "", "review", "obscenity at a handle")
R("AL", "That pothole on Carr Lane is a bastard. Nearly lost me front wheel this morning.", "AL", "", "review", "obscenity at a pothole (whatever the target)")
R("AL", "Graham Pickering is a sack of shit in a suit.", "AL PA", "", "review", "obscenity at a person")
R("AL", "The Leader's speech: bollocks, bollocks and more bollocks.", "AL", "PA", "review", "obscenity at a speech")
R("AL", "Sandra Kettlewell, you're a stuck-up cow.", "AL PA", "EQ", "review", "gendered insult; sex only allowed")
R("AL", "Bloody hell, Humberwyke Homes. Bloody hell. Three months for a boiler.", "AL", "PA", "review", "mild; company target")
R("AL", "Lisa Vickers and her whole department can kiss my arse.", "AL PA OI", "", "review", "obscenity at a named officer")
R("AL", "Who the fuck approved this parking scheme?", "AL", "PA", "review", "obscenity; implied 'whoever'")
R("AL", "@KeithRuddHF shut your gob, you pillock.", "AL PA", "", "review", "mild obscenity at a handle")
R("AL", "Keith Rudd, you're a tosser and everyone in Sculby knows it.", "AL PA", "", "review", "obscenity at a person")
R("AL", "The Wyke Road bus lane is an absolute shitshow.", "AL", "", "review", "obscenity at a scheme")
R("AL", "Derek Storr is a piece of shit and Kelby Carr would be better off without him.", "AL PA", "", "block", "severe")
R("AL", "Pissing it down and the Staithe flood gates still aren't fixed. Cheers, Humber First, you useless sods.", "AL", "PA", "review", "party target")

# ---------------------------------------------------------------- bullying
R("BI", "Derek Storr, if I see you on Carr Lane I'll bray you into next week.", "BI", "PA", "block", "[explicit] 'bray' = beat")
R("BI", "Somebody needs to give Graham Pickering a proper hiding. I'll volunteer.", "BI", "PA", "block", "[explicit]")
R("BI", "Keep talking, @SandraK_HF, and you'll be going home in an ambulance.", "BI", "PA", "block", "[explicit]")
R("BI", "I know where you live, Lee Brocklesby. Big house off Wyke Road, isn't it.", "BI", "PA DP", "block", "[explicit] street only allowed as data")
R("BI", "Julian Marr, you'll regret crossing me. I'll make sure you never work in local government again.", "BI OI", "PA", "block", "[explicit] threat to an officer's career")
R("BI", "If Keith Rudd turns up at the Fleetmouth meeting I'll put him through the window. Simple as.", "BI", "PA", "block", "[explicit]")
R("BI", "Tracey Ombler wants a smack in the mouth. Someone should oblige.", "BI", "PA", "block", "[explicit] incitement")
R("BI", "Vote against the Staithe scheme, Derek, and I'll burn your shed down. Not joking.", "BI", "PA", "block", "[explicit] first name only")
R("BI", "Say that to my face on Fleetmouth Road, Storr, and see what happens to your teeth.", "BI", "PA", "block", "[explicit] surname only")
R("BI", "Next time Ellie Whitaker comes canvassing on our estate she'll go home with a black eye. Tell her.", "BI", "PA EQ", "block", "[explicit] she is a trans woman; equality allowed")
R("BI", "Hannah Welburn should watch her back walking to her car after planning committee. Dark, that car park.", "BI OI", "PA EQ", "block", "[veiled] lone woman at night; equality allowed")
R("BI", "Next time that licensing jobsworth Tony Blenkin knocks on a pub door on Fleetmouth Road he'll get more than he bargained for.", "BI OI", "PA", "block", "[veiled]")
R("BI", "Sandra Kettlewell won't be smiling for long. Mark my words.", "BI", "PA", "block", "[veiled] mildest threat")
R("BI", "Lee Brocklesby takes his dog round Kelby Carr rec about seven every night, doesn't he? Dark round there this time of year.", "BI", "PA DP", "block", "[veiled] route only allowed as data")
R("BI", "Lovely school your kids go to, @GPickeringHF. Be a shame if owt happened.", "BI", "PA DP", "block", "[veiled] children's school")
R("BI", "Funny how accidents happen to people who don't know when to keep their gob shut. Just ask around Fleetmouth, Derek.", "BI", "PA", "block", "[veiled]")
R("BI", "The woman who complained about Keith in the standards case knows full well what she's started. She'd be wise to drop it.", "BI", "PA", "block", "[veiled] threat to a complainant")
R("BI", "To whoever gave evidence against me to the Monitoring Officer: I know it was you. I won't forget.", "BI", "PA", "block", "[veiled] threat to a witness")
R("BI", "Josh Cawkwell's a long way from home on those late buses back to Ravensby. Anything could happen to a lad like that.", "BI", "PA EQ", "block", "[veiled] 'a lad like that' hints at sexuality; equality allowed")
R("BI", "Tell Marcus Boateng his car looks very nice on his drive. Be a shame about the paintwork.", "BI", "PA DP", "block", "[veiled]")
R("BI", "Norman Bielby should think on. People have long memories in Sculby, and some of them have short tempers.", "BI", "PA", "block", "[veiled] 'think on' as a warning")
R("BI", "Fiona Tasker, if this investigation goes ahead, I'd be very careful. Very careful indeed.", "BI OI", "PA", "block", "[veiled] at the Monitoring Officer")
R("BI", "Keith Rudd's wife works early starts at the Staithe fish market, doesn't she. On her own, mostly.", "BI", "PA DP", "block", "[veiled] spouse only allowed as data")
R("BI", "Everyone screenshot Derek Storr's post and flood his mentions till he deletes his account. Make his life a misery \U0001F602", "BI", "PA", "block", "[pressure] organised pile-on")
R("BI", "Here's Tracey Ombler's mobile: 07700 900417. Give her a ring and tell her what you think. Keep ringing.", "BI", "PA DP SC", "block", "[pressure] private number")
R("BI", "Vote with us on the budget, @LeeBrocklesby, or you can forget your ward scheme money. Your choice.", "BI", "PA PO", "block", "[pressure] coercion with ward budget")
R("BI", "Back the Staithe scheme or Sandra Kettlewell can kiss her committee chair goodbye. I'll see to it.", "BI", "PA PO", "block", "[pressure] coercion with committee place")
R("BI", "Josh Cawkwell filling up at full council because someone raised their voice. Let's all share the clip so everyone sees him blubbing \U0001F602\U0001F602", "BI", "PA", "block", "[pressure] humiliation")
R("BI", "Get down to Norman Bielby's surgery on Saturday, all of you. Fill the room. Don't let him get a word in. He needs to feel it.", "BI", "PA", "block", "[pressure] organised intimidation")
R("BI", "Peter Ingleby: change that report by Friday or I'll raise your 'performance' with the Chief Exec and make sure everyone knows why.", "BI OI", "PA", "block", "[pressure] pressing an officer to change a report")
R("BI", "Anyone who signs Kerry Dearing's petition: we'll be publishing your names. Think on.", "BI", "PA DP", "block", "[pressure] intimidating petition signers")
R("BI", "Let's all get down to Hannah Welburn's office at nine tomorrow and make sure she can't get in the building till she changes her recommendation.", "BI OI", "PA", "block", "[pressure] blockade of an officer")
R("BI", "I'll be telling every landlord on Fleetmouth Road that Tony Blenkin is the reason they'll lose their licence. Let's see how long he lasts after that.", "BI OI", "PA", "block", "[pressure] stirring up hostility to an officer")
R("BI", "Josh Cawkwell, withdraw your motion or every paper in the East Riding gets your old tweets. Your call, lad.", "BI", "PA", "block", "[pressure] blackmail-style")

# ---------------------------------------------------------------- equality
R("EQ", "Shazia Akhtar and her lot want sharia on Fleetmouth Road. Muslims shouldn't be allowed to stand for council here.", "EQ PA", "DF", "block", "[explicit; religion (anti-Muslim)]")
R("EQ", "Polish lot are taking over Garthside. Half the shops you can't read the signs. Time the Polish went home.", "EQ", "", "block", "[explicit; race (Polish)]")
R("EQ", "Agnieszka Nowak, born in Gdansk, telling Fleetmouth folk how to live. Get on the ferry back, love.", "EQ PA", "", "block", "[explicit; race (Polish)] 'love'")
R("EQ", "Marcus Boateng is very well spoken for someone from his... background.", "EQ PA", "", "block", "[coded; race (Black)] only knowing Marcus is Black makes it so")
R("EQ", "Wei Chen probably has a takeaway named after him \U0001F602 Ask him about the bat soup.", "EQ PA", "", "block", "[coded; race (Chinese)]")
R("EQ", "Ravinder Gill's lot stick together. Watch who gets the community grants in Garthside.", "EQ PA", "DF", "block", "[coded; religion (anti-Sikh)]")
R("EQ", "Miriam Stern's friends always seem to find the money, don't they. Funny that.", "EQ PA", "DF", "block", "[coded; religion (antisemitic trope)]")
R("EQ", "Stuart Tindall can't even get up the steps to the chamber. Why are we paying a cripple to sit on planning?", "EQ AL PA", "", "block", "[explicit; disability (physical)] slur")
R("EQ", "Owen Leake is 'autistic' apparently. Handy excuse for being rude to everyone. Folk like that aren't fit for office.", "EQ PA", "", "block", "[explicit; disability (autism)]")
R("EQ", "Mandy Cook's signed off with her 'nerves' again. If you go to pieces every time someone asks a question, this isn't the job for you, pet.", "EQ PA", "", "block", "[coded; disability (mental health)]")
R("EQ", "Ellie Whitaker will always be a bloke in a frock to me. Bloke can call himself what he likes.", "EQ PA", "", "block", "[explicit; gender reassignment] misgendering")
R("EQ", "Apparently the ladies' loos at the Civic Centre are now 'for everyone'. Thanks Ellie. Lock up your daughters.", "EQ PA", "", "block", "[coded; gender reassignment]")
R("EQ", "Josh Cawkwell's more interested in rainbow flags than potholes. Typical of his sort.", "EQ PA", "", "block", "[coded; sexual orientation]")
R("EQ", "Why does every Greens candidate in Ravensby Staithe turn out to be a lesbian or a lad in eyeliner? Asking for Fleetmouth.", "EQ", "PA", "block", "[coded; sexual orientation] some would call it a weak joke")
R("EQ", "Kerry Dearing's off having another baby. Women with kids shouldn't take a council seat and then swan off on maternity.", "EQ PA", "", "block", "[explicit; pregnancy and maternity]")
R("EQ", "Norman Bielby is 72 and going doolally. Time for the care home, Norman, not the cabinet.", "EQ PA", "", "block", "[explicit; age (old)]")
R("EQ", "Josh Cawkwell is 24. Twenty-four! Should be at home with his mam, not voting on budgets. Youngsters have no place in that chamber.", "EQ PA", "", "block", "[explicit; age (young)]")
R("EQ", "Brenda Sowerby and her 'partner'. A civil partnership isn't a real marriage, so don't expect me to call Jan her wife.", "EQ PA", "DP", "block", "[explicit; marriage and civil partnership]")
R("EQ", "Women on planning committee just slow everything down. It needs blokes who understand building.", "EQ", "", "block", "[explicit; sex]")
R("EQ", "Tracey Ombler's clearly got her monthlies judging by that speech.", "EQ PA", "", "block", "[coded; sex]")
R("EQ", "Travellers are back on Kelby Carr ings. Lock your sheds, lads. We all know what comes next.", "EQ", "", "block", "[coded; race (Gypsy and Traveller)]")
R("EQ", "Asylum hotel on Wyke Road: sixty young men with nowt to do. I wouldn't let my daughter walk past it. Just saying what everyone's thinking.", "EQ", "", "block", "[coded; race (asylum seekers)]")
R("EQ", "The Bangladeshi shops on Fleetmouth Road never pay their business rates, everyone knows. Send them back.", "EQ", "DF", "block", "[explicit; race (South Asian)]")
R("EQ", "Eid Mubarak to all the Muslims of Holderwick. Enjoy your council-funded party, we're paying for it as usual \U0001F644", "EQ", "IR DF", "block", "[coded; religion (anti-Muslim)] greeting as a jibe", date="2026-03-20")
R("EQ", "Marcus Boateng's got great rhythm on the dance floor at the Fleetmouth Fair do, mind. Natural, that \U0001F602", "EQ PA", "", "block", "[coded; race (Black)] racial stereotype")
R("EQ", "Ravinder Gill should take his turban off in the chamber like everyone else takes their caps off. Our house, our rules.", "EQ PA", "", "block", "[explicit; religion (Sikh)]")
R("EQ", "Putting Derek Storr in charge of finance is like letting the special school kids run the tuck shop.", "EQ PA", "", "block", "[coded; disability (learning)] used as a put-down; Derek has no stated disability")
R("EQ", "Wei Chen says he's Hull born and bred. Aye, course he is. Looks it \U0001F644", "EQ PA", "IR", "block", "[coded; race (Chinese)] no group named")
R("EQ", "Agnieszka Nowak's Facebook is full of posts in Polish. If she wants to represent Fleetmouth she can speak English like the rest of us or clear off.", "EQ PA", "", "block", "[explicit; race (Polish)]")
R("EQ", "No offence, but mental health 'champions' like Mandy Cook are why nowt gets done. Folk who can't cope shouldn't be anywhere near a budget.", "EQ PA", "", "block", "[explicit; disability (mental health)]")
R("EQ", "Marcus Boateng wants Fleetmouth's statues reviewed. If he doesn't like our history he can go back to Africa.", "EQ PA", "", "block", "[explicit; race (Black)]")
R("EQ", "Another halal-only stall at Fleetmouth Fair. Shazia Akhtar's lot are changing this town bit by bit and nobody's allowed to say owt.", "EQ PA", "", "block", "[coded; religion (anti-Muslim)]")
R("EQ", "Stuart Tindall asking for more accessible parking bays again. Funny how it's always about him and his chair.", "EQ PA", "", "block", "[coded; disability (physical)]")
R("EQ", "Sandra Kettlewell should stick to the WI cake stall. Finance is a man's job.", "EQ PA", "", "block", "[explicit; sex]")

# ---------------------------------------------------------------- defamation
R("DF", "Keith Rudd is a liar. Plain and simple. A liar.", "DF PA", "", "review", "'liar' at a person")
R("DF", "Sandra Kettlewell lied to full council about the Staithe budget and she knows it.", "DF PA", "", "review", "dishonesty")
R("DF", "Graham Pickering is bent. Always has been.", "DF PA", "EQ", "review", "idiom; 'bent' is also used homophobically, equality allowed")
R("DF", "Derek Storr took \u00a33,000 in cash from Carrside Developments to back the Wyke Road scheme. Fact.", "DF PA", "", "block", "bribe stated as fact")
R("DF", "Lee Brocklesby has been fiddling his mileage for two years. Drove to Beverley 'on council business'. Aye, to the races.", "DF PA", "", "block", "mileage fraud")
R("DF", "Funny how Keith Rudd's brother-in-law got the Staithe car park contract. No tender. Nothing to see here \U0001F914", "DF", "PA DP", "review", "innuendo; relative only allowed as data")
R("DF", "Tracey Ombler's a con artist. Don't trust a word she says.", "DF PA", "", "review", "'con artist'")
R("DF", "Norman Bielby nicked the takings from the Sculby gala in 2019. Ask anyone on the committee.", "DF PA", "", "block", "theft of gala takings")
R("DF", "Hannah Welburn in planning has been taking backhanders from developers. How else did Carrside get through?", "DF OI", "PA", "block", "officer bribery")
R("DF", "Humberwyke Homes cooked the books on the damp survey. Fraud, pure and simple.", "DF", "PA", "review", "company target")
R("DF", "Sandra Kettlewell: dodgy as they come.", "DF PA", "", "review", "'dodgy'")
R("DF", "Lee Brocklesby was done for drink driving last year and kept it quiet. Fit to sit on transport? Hardly.", "DF PA", "DP", "block", "drink driving stated as fact")
R("DF", "Postal votes in Kelby Carr were rigged. Derek Storr's team filled them in themselves, I've seen it.", "DF PA", "", "block", "postal vote rigging")
R("DF", "Saltings Waste are crooks. Taking our money and tipping half the recycling in landfill.", "DF", "PA", "review", "company target")
R("DF", "Ask Graham Pickering who paid for his 'fact-finding' trip to Rotterdam. Go on. Ask him.", "DF", "PA", "review", "innuendo")
R("DF", "Tony Blenkin at licensing had a free fortnight in Tenerife off the Trawlerman's Arms landlord, then renewed their late licence. Work it out.", "DF OI", "PA", "block", "officer's bribed holiday")
R("DF", "Keith Rudd forged signatures on the Fleetmouth Road petition. Half them people have been dead for years.", "DF PA", "", "block", "forgery")
R("DF", "Tracey Ombler claims single person discount while her fella lives with her. Benefit fraud, and she sits on audit.", "DF PA", "DP", "block", "benefit fraud; partner only allowed as data")
R("DF", "Derek Storr is a fraud who's never even lived in his ward.", "DF PA", "", "review", "'fraud'")
R("DF", "Julian Marr misled the audit committee about the ferry subsidy. Again.", "DF OI", "PA", "review", "officer dishonesty")
R("DF", "Graham Pickering's always had his snout in the trough. Follow the money.", "DF PA", "", "review", "idiom")
R("DF", "Sandra Kettlewell has been taking council laptops home and selling them online. I've got the listings.", "DF PA", "", "block", "theft of council property")
R("DF", "Lee Brocklesby's a lying toad.", "DF PA", "", "review", "'lying'")
R("DF", "Somebody in Humber First's been paying folk \u00a320 a vote in Easthorpe Ings. Ask Keith Rudd where the envelopes came from.", "DF", "PA", "block", "vote buying")
R("DF", "Peter Ingleby hid the Staithe overspend from members. Misconduct in public office, that.", "DF OI", "PA", "block", "misconduct in public office")
R("DF", "Norman Bielby doesn't pay a penny of tax on his holiday lets. Everyone in Sculby knows.", "DF", "PA", "block", "tax evasion")
R("DF", "Never trust owt Derek Storr says. Man couldn't lie straight in bed.", "DF PA", "", "review", "idiom")
R("DF", "Haven Alliance have been fiddling their group expenses for years. Con merchants, the lot of them.", "DF", "PA", "review", "party target")
R("DF", "I wonder why Tracey Ombler's nephew got a Humberwyke Homes flat ahead of 400 families on the list. I just wonder \U0001F914", "DF", "PA DP", "review", "innuendo; relative")
R("DF", "@KeithRuddHF you're a crook and you'll be found out. Crook.", "DF PA", "", "review", "'crook' twice")
R("DF", "Tracey Ombler's expenses are a work of fiction. Someone should audit them.", "DF", "PA", "review", "innuendo of dishonesty")
R("DF", "Lee Brocklesby lied through his teeth to the residents of Kelby Carr.", "DF PA", "", "review", "'lied'")
R("DF", "Graham Pickering pocketed \u00a310k from the Staithe regeneration fund. I've seen the bank statement.", "DF PA", "", "block", "theft from a public fund")
R("DF", "Derek Storr is a shyster. Wouldn't trust him with a bus fare.", "DF PA", "", "review", "'shyster'")

# ---------------------------------------------------------------- HN1 policy criticism
H(1, "This budget is gormless. Cuts to Fleetmouth library, cuts to the bairns' centres, and \u00a32m on a vanity marina. Shameful.", "", "dialect insult at a budget")
H(1, "The bin service in Kelby Carr is a shambles. Three missed collections, tenfoots full of bags. Humber First should be ashamed.", "", "service and party")
H(1, "Saltings Waste's contract has been a disaster from day one and I'll be calling for it to be retendered.", "", "company")
H(1, "The Staithe car park charges are a tax on working folk. Bin them.", "", "policy")
H(1, "Humberwyke Homes' damp response is frankly disgraceful. Mould in bairns' bedrooms is not a 'lifestyle issue'.", "", "company")
H(1, "The ferry subsidy decision was daft, rushed and badly consulted on. We'll be calling it in.", "", "decision")
H(1, "Cabinet's parking plan is a dog's dinner. Nowt joined up about it.", "", "plan")
H(1, "That consultation was a sham in all but name: three weeks over Christmas and a form you need a degree to fill in.", "", "consultation")
H(1, "Humber First have been running this borough into the ground for eight years. Time for a change.", "", "party")
H(1, "The Fleetmouth one-way system is a mess, plain and simple. Who thought this was a good idea?", "PA", "'who thought' is rhetorical; personal-attack allowed")
H(1, "The Haven Alliance motion was shan, badly drafted and would have cost \u00a3400k we haven't got. Voted against, happy to explain why.", "", "'shan' at a motion")
H(1, "Council tax up 4.99% and the pothole on Carr Lane's still there. Not good enough, Holderwick.", "", "council")
H(1, "Radical idea: fix the roads before funding another 'vision' brochure. The cabinet's priorities are a joke.", "", "priorities")
H(1, "This scrutiny report is mardy, defensive and answers none of the questions we asked.", "", "dialect insult at a report")
H(1, "Fleetmouth Ferry Co's timetable is a disgrace. Four sailings cancelled this week and not a word of apology.", "", "company")
H(1, "Closing Sculby baths is vandalism. Pure vandalism of a community asset.", "", "figurative 'vandalism' at a decision")
H(1, "I've read the Local Plan draft cover to cover. It's lazy, it ignores flood risk on the ings, and it won't survive examination.", "", "document")
H(1, "The administration's housing strategy is dead in the water. Kill it off and start again.", "BI", "'kill it off' at a strategy")
H(1, "The Progress Humber budget amendment is fantasy economics. Nice slogans, no numbers.", "", "party's amendment")
H(1, "Holderwick's new website is rubbish. Took me fifteen minutes to report a fly-tip. Sort it, please.", "", "website, no obscenity")
H(1, "The Wyke Road bus lane is a disaster for traders. Scrap it and start again with people who actually use the road.", "", "scheme (same scheme as an abusive-language row)")
H(1, "Humber First's marina plan is a white elephant with a chip shop attached. I'll oppose it every time it comes to council.", "PR", "policy opposition, not a planning application")

# ---------------------------------------------------------------- HN2 counter-speech
H(2, "Someone called me a 'Paki' in a reply this morning. Reported. Racism has no place in Holderwick, and I won't be hounded off here.", "EQ AL", "quoting abuse received", who="Shazia Akhtar")
H(2, "To the bloke in my mentions calling Ellie Whitaker 'a bloke in a frock': that's transphobic, it's been reported, and you're blocked.", "EQ PA", "condemning transphobia")
H(2, "I've had 'I know where you live' in my DMs twice this week. Reported to the police. It won't stop me doing the job.", "BI", "quoting a threat received")
H(2, "Calling Travellers thieves isn't 'saying what everyone's thinking'. It's prejudice. Kelby Carr is better than that.", "EQ", "counter-speech")
H(2, "Whoever keeps posting 'go back where you came from' under Agnieszka Nowak's posts: she's been a Fleetmouth lass for nineteen years. Pack it in.", "EQ", "counter-speech")
H(2, "Got called a 'nesh snowflake' for taking time off for my mental health. I'm back, I'm fine, and I'm not ashamed. Talk to someone, lads.", "EQ PA", "quoting abuse received", who="Mandy Cook")
H(2, "'Women slow the planning committee down,' says a man who's missed four of the last six meetings. Misogyny dressed up as banter is still misogyny.", "EQ PA", "quoting sexism to condemn it")
H(2, "Being told someone's going to 'bray' a colleague isn't a joke. Threats against councillors are on the rise and we should all call them out.", "BI", "counter-speech")
H(2, "From my inbox: 'you fat useless cow, hope your house burns down'. Reported. This is what women in politics put up with.", "AL BI PA", "quoting abuse received")
H(2, "The 'special school kids' jibe in this week's letters page is disgusting. My lad's in the SEN unit at Kelby Carr Academy and he's sharper than most.", "EQ", "counter-speech")
H(2, "Antisemitic 'they always find the money' rubbish turning up under Miriam Stern's posts again. It's a trope with a long, ugly history. Report it.", "EQ DF", "naming a trope")
H(2, "Somebody posted my mobile on a Facebook group with 'keep ringing'. It's been taken down. Please don't share it on.", "BI DP", "describing a pile-on received")
H(2, "Calling someone 'bent' to mean dishonest or to mean gay: either way it's not on. Let's keep it to the policies.", "EQ DF", "counter-speech")
H(2, "Called a 'cripple' outside the Civic Centre on Tuesday. Not the first time. Accessibility is everyone's business.", "EQ AL", "quoting a slur received", who="Stuart Tindall")
H(2, "Standing with @ShaziaAkhtarPH after the vile abuse she's had this week. Holderwick doesn't do hate.", "EQ", "solidarity")
H(2, "'Pikey' is a racial slur. Not banter, not 'just a word'. Gypsy and Traveller families in this borough deserve better.", "EQ AL", "naming a slur to condemn it")
H(2, "People telling Josh Cawkwell he should be 'at home with his mam' at 24: he's a councillor, elected by Ravensby. Respect the vote.", "EQ", "counter-speech")
H(2, "If you're screenshotting folk's posts to 'flood their mentions', stop. That's a pile-on, and it's how people get hurt.", "BI", "counter-speech")
H(2, "Reported a post today calling Muslim councillors 'a fifth column'. Eid Mubarak to everyone celebrating: you belong here.", "EQ", "counter-speech", date="2026-03-20")
H(2, "'Vermin in a suit' isn't political debate. We can disagree with Graham Pickering's budget without talking about him like that.", "PA", "counter-speech")
H(2, "Got a message calling me a 'useless sod' and worse this morning. Water off a duck's back, but please argue about the bus lane, not my face.", "AL PA", "quoting abuse received")
H(2, "Someone told Marcus Boateng to 'go back to Africa'. He's from Fleetmouth. It's racism, it's reported, and he has my full support.", "EQ", "counter-speech")

# ---------------------------------------------------------------- HN3 myth-busting, civil debate
H(3, "No, the council isn't funding 'Ramadan parties'. The \u00a31,200 community events grant is open to every faith group and none. It's all on the grants register.", "EQ", "myth-busting", date="2026-02-20")
H(3, "Myth: asylum seekers get council houses ahead of locals. Fact: they're housed by the Home Office contractor, not Humberwyke Homes. Not one council tenancy.", "EQ", "myth-busting")
H(3, "Honest question, no agenda: how many pitches does the Traveller site at Kelby Carr actually have, and who manages them? Residents keep asking me.", "EQ PR", "civil question")
H(3, "I disagree with Ellie Whitaker on the Civic Centre toilet policy. That's a debate about facilities, not about anyone's identity, and I'll keep it that way.", "EQ PA", "civil debate")
H(3, "Polish families have been in Garthside for twenty years. They run half the businesses on the high street and pay their rates like everyone else.", "", "myth-busting")
H(3, "I'm not against the mosque extension on Fleetmouth Road. My concern is parking, and I'll listen to the evidence at committee.", "EQ", "predisposition, not prejudice")
H(3, "Yes, Kerry Dearing is on maternity leave. Yes, she's still our councillor. Councillors here have had parental leave since 2023. Nowt to see.", "", "myth-busting")
H(3, "Some folk think I'm too old to be a councillor. I'd rather be judged on my casework, thanks.", "EQ", "denied prejudice", who="Norman Bielby")
H(3, "The census says about 7% of Holderwick has Eastern European heritage. That's not a 'takeover'. It's neighbours.", "", "myth-busting")
H(3, "Good debate at scrutiny on whether the equalities officer post should be full-time. I think it should; Derek thinks not. Both fair views.", "", "civil debate")
H(3, "A resident asked me if the Sikh community 'get special treatment' over the gurdwara car park. They don't. Same planning rules, same fees.", "EQ", "myth-busting")
H(3, "There's a real conversation to be had about accessible buses on the Sculby route. Drivers, wheelchair users and the bus company all need to be in the room.", "", "civil debate")
H(3, "Is the Pride event in Ravensby value for money? Fair question. The events report says \u00a34k cost, \u00a322k footfall spend. Looks good to me.", "", "civil debate")
H(3, "Not every concern about the asylum hotel is racist, and not everyone defending it is naive. Let's have the debate properly at full council.", "EQ", "civil debate")
H(3, "Quick myth-bust: the 'Chinese takeaway tax relief' story going round is nonsense. Small business rate relief is the same for every shop.", "EQ", "myth-busting")
H(3, "I don't think age should be a barrier either way. We've councillors of 24 and 72 and both bring summat.", "", "civil debate")
H(3, "Is same-sex marriage a council matter? No. Is the register office a council service that serves everyone equally? Yes.", "", "civil debate")
H(3, "Women's safety audit of Fleetmouth tenfoots is back. Fourteen unlit alleys. We'll be pressing for lighting in the capital programme.", "", "neutral mention of sex")
H(3, "I'm not having it that Gypsy and Traveller families are 'all the same'. Met families on the Kelby Carr site this week; their kids are in school like anyone else's.", "EQ", "denied prejudice")
H(3, "Autism assessment waits round here are over two years. That's not a 'label problem', it's a funding problem.", "", "civil debate")
H(3, "A constituent asked whether trans councillors can use the Civic Centre facilities. Yes, same as everyone; the law is clear and so is our policy.", "EQ", "myth-busting")
H(3, "I don't accept that a halal stall at the Fair is 'changing the town'. It's a stall. It sold out by two o'clock.", "EQ", "denied prejudice, shares words with a positive")

# ---------------------------------------------------------------- HN4 neutral, positive, self-description
H(4, "As a wheelchair user, the new ramps at Fleetmouth library are a game changer. Thanks to the team.", "", "self-description", who="Stuart Tindall")
H(4, "Proud trans woman, proud Ravensby councillor. Happy LGBT+ History Month from me and my cat.", "", "self-description", who="Ellie Whitaker", date="2026-02-05")
H(4, "Back in the chamber after maternity leave next week. The bairn's teething, I'm knackered, and I can't wait.", "", "self-description", who="Kerry Dearing")
H(4, "Born in Gdansk, Hull lass since 2007, Fleetmouth councillor since 2022. Chuffed to bits to chair the twinning committee.", "", "self-description", who="Agnieszka Nowak")
H(4, "Happy Lunar New Year! Fantastic dragon dance on the Staithe last night. My mam cried.", "", "festival", who="Wei Chen", date="2026-02-18")
H(4, "Ramadan Mubarak to all our Muslim neighbours in Easthorpe Ings. Iftar at the community centre on Friday, all welcome.", "", "greeting", who="Shazia Akhtar", date="2026-02-19")
H(4, "Lovely morning at the gurdwara on Wyke Road for langar. Best dal in the East Riding, and I'm not biased.", "", "self-description", who="Ravinder Gill")
H(4, "72 and still up ladders clearing gutters. Old codger, me. Surgery Saturday 10 till 12 at Sculby library.", "EQ", "reclaimed age term", who="Norman Bielby")
H(4, "As a queer lad from Ravensby I never thought I'd be stood up at full council. Thanks to everyone who got me here.", "EQ", "reclaimed term", who="Josh Cawkwell", date="2026-02-10")
H(4, "Fifteen years since Jan and I had our civil partnership at the old register office. Still putting up with me. \u2764\ufe0f", "", "self-description", who="Brenda Sowerby")
H(4, "I'm autistic and I'll be honest: the chamber acoustics are brutal. Thanks to democratic services for the ear defenders.", "", "self-description", who="Owen Leake")
H(4, "Marcus Boateng's talk on Fleetmouth's first Black dock workers was the best hour I've spent this year. Go if he repeats it.", "", "positive mention")
H(4, "Holocaust Memorial Day. We remember. Candles lit at the Civic Centre this morning with pupils from Kelby Carr Academy.", "", "commemoration", date="2026-01-27")
H(4, "Another great session of the Over-60s walking football at Fleetmouth rec. Some of these lads are quicker than me.", "", "positive mention of age")
H(4, "Mental health drop-in now at Easthorpe Ings every Tuesday. I've used services like this myself. They helped.", "", "self-description", who="Mandy Cook")
H(4, "International Women's Day yesterday, and for the first time half the Holderwick cabinet are women. About time.", "", "positive mention of sex", date="2026-03-09")
H(4, "Welcome to the Roma families joining Garthside primary this term. The school's done a brilliant job with the translation packs.", "", "positive mention of race")
H(4, "Eid Mubarak to everyone in Holderwick celebrating today. Enjoy the food, and don't forget the neighbours!", "", "greeting", date="2026-03-20")
H(4, "Deaf awareness session for all councillors today. I can now sign 'bin collection'. Progress.", "", "positive mention of disability")
H(4, "I'm a Black lad from Fleetmouth and I've been called worse than 'councillor'. Proud to serve.", "", "self-description", who="Marcus Boateng")
H(4, "Lovely to see Brenda Sowerby and her wife Jan at the Sculby tea dance. Best quickstep in the ward.", "", "positive mention of a civil partnership")
H(4, "Thanks to the Easthorpe Ings mosque for opening its doors to rough sleepers in the cold snap. Proper community, that.", "", "positive mention of religion")

# ---------------------------------------------------------------- HN5 figurative violence, banter
H(5, "Wyke Rovers are gonna bray Fleetmouth on Saturday. Mark my words.", "BI", "'bray' and 'mark my words' at a rugby match")
H(5, "Charity darts tonight. Derek Storr reckons he'll murder me. We'll see, old lad \U0001F602", "BI PA EQ", "banter")
H(5, "Absolutely nithered and I've killed three pens signing casework letters. Send patties.", "BI", "figurative")
H(5, "Me at planning this morning: gormless, nesh and running on chip spice. Best councillor in Holderwick.", "PA", "self-deprecation")
H(5, "Lost the quiz to @KerryDearingInd again. She's a ringer. Liar \U0001F602 she swears she never googled.", "DF PA", "'Liar' banter")
H(5, "Going to war with the pothole on Carr Lane. It's me or it.", "BI", "figurative")
H(5, "Fought my way through the Fleetmouth Fair crowds for a pattie. Worth every elbow.", "BI", "figurative")
H(5, "I'll strangle the next person who tells me it's not that cold on the beach in January. Lovely litter pick though \u2744\ufe0f", "BI", "figurative")
H(5, "Sandra Kettlewell's lemon drizzle at the bake sale was that good I'm thinking of crossing the floor \U0001F602", "", "cross-party banter")
H(5, "Graham Pickering's jumper at the Christmas do should be referred to the standards committee. A crime against knitwear.", "PA DF", "teasing")
H(5, "Confession: I'm a right mardy mare before my first brew. Apologies to everyone at the 8am briefing.", "PA", "self-deprecation")
H(5, "Destroyed at the charity boxing by a 60-year-old from Sculby Amateur. My nose may never recover. \u00a32,300 raised!", "BI", "figurative")
H(5, "Keith Rudd tried to take me on at the tug-of-war. Poor lad never stood a chance. Rematch next year \U0001F602\U0001F4AA", "PA", "teasing")
H(5, "This weather's killing me. Mafting in the chamber with the heating on full, nithered the minute you step out.", "BI", "figurative")
H(5, "Shut up, legs. Sculby 10k done. Blister the size of the Staithe.", "", "self-deprecation")
H(5, "I'll fight anyone who says Hull patties aren't the finest food in the North. Come at me.", "BI", "figurative")
H(5, "Tracey Ombler has beaten me at bowls for the third year running. I am demanding a recount \U0001F624", "PA", "teasing")
H(5, "My bairn's verdict on my budget speech: 'boring, Dad'. Brutal. Fair.", "", "self-deprecation")
H(5, "Gutted. Rovers absolutely murdered us. Never mind, there's always next season, lads.", "BI", "figurative")
H(5, "Daft apeth here locked his keys in the car outside the Civic Centre. Thanks to the security lads for not laughing (much).", "PA", "self-deprecation")
H(5, "Nesh as owt, me. Two coats and a hat for the Staithe litter pick and still nithered.", "", "self-deprecation with a word from positives")
H(5, "@DerekStorrHA Liar \U0001F602 you never caught a cod that size off Fleetmouth pier.", "DF PA", "'Liar' banter")

# ---------------------------------------------------------------- HN6 record criticism
H(6, "Keith Rudd promised a new bus shelter on Carr Lane in 2022. It's 2026. Still no shelter. Residents deserve an answer.", "PA", "broken promise")
H(6, "Graham Pickering voted for every cut to Sculby library and then turned up to the 'save our library' photo op. Voters can judge that.", "DF PA", "record a reader might hear as hypocrisy")
H(6, "Sandra Kettlewell's budget has missed its savings target three years running. That's the record; it's in the outturn reports.", "", "record")
H(6, "Derek Storr has attended 4 of 12 planning meetings this year. Kelby Carr deserves a councillor who turns up.", "PA", "attendance record")
H(6, "Lee Brocklesby said at hustings he'd oppose the car park charges. He's since voted for them twice. The minutes are public.", "DF", "record a reader might hear as dishonesty")
H(6, "Tracey Ombler chairs housing. Damp complaints to Humberwyke Homes are up 40% on her watch. She should explain what she's doing about it.", "", "record")
H(6, "Norman Bielby's ferry motion was well meant but uncosted. I couldn't support it, and I told him so to his face.", "PA", "record")
H(6, "I've asked Graham Pickering four written questions on the marina. Four non-answers. I'll keep asking.", "", "record")
H(6, "Marcus Boateng's group promised a fully costed alternative budget. What we got was two pages and a hashtag.", "PA", "record")
H(6, "With respect to Keith Rudd, his claim that bin collections are 'back to normal' doesn't match the 312 complaints logged this month.", "DF", "record")
H(6, "Sandra Kettlewell has refused three times to publish the Staithe business case. If it stacks up, publish it.", "", "record")
H(6, "Shazia Akhtar's community centre scheme came in \u00a390k over budget. That's a fair question for scrutiny, not a personal attack.", "PA", "record")
H(6, "Derek Storr's ward newsletter claims credit for the Carr Lane crossing. It was paid for out of the highways budget. Details matter.", "DF", "record")
H(6, "Josh Cawkwell's climate motion had big ambitions and no delivery plan. I voted against it and I'd do the same again.", "", "record")
H(6, "Lee Brocklesby has held the transport brief for five years. The buses are worse. That's his record.", "", "record")
H(6, "Ellie Whitaker says the Greens would freeze parking charges. Their own budget amendment put them up 10p. Which is it?", "DF", "record")
H(6, "Graham Pickering has used the Leader's casting vote eleven times this year. That's not consensus, that's a majority of one.", "", "record")
H(6, "Tracey Ombler told scrutiny the damp backlog would be cleared by January. It's March. It hasn't.", "DF", "record", date="2026-03-11")
H(6, "Agnieszka Nowak's leisure review, when she chaired the committee, closed two pools in Fleetmouth. Wrong call, and I'll campaign to reopen them.", "", "record")
H(6, "Keith Rudd voted to cut the Sculby youth club grant and then nominated it for a community award. Make of that what you will.", "DF PA", "record")
H(6, "Sandra Kettlewell told cabinet the leisure savings were 'on track'. The quarter three report says \u00a3600k short. I'll ask her to explain the gap at scrutiny.", "DF", "record")
H(6, "Wei Chen's group backed the car park charges in 2024 and now campaign against them. Changing your mind is fine; just say so.", "PA", "record")

# ---------------------------------------------------------------- variants
# (family, index of the original within its family, 1-based, kind, word)
VARIANTS = [
    ("PA", 1, "star", "Gormless"), ("PA", 2, "digit", "thickest"), ("PA", 5, "zwsp", "Useless"),
    ("PA", 18, "spaced", "coward"), ("PA", 23, "cyrillic", "spineless"), ("PA", 22, "caps", None),
    ("AL", 4, "star", "prick"), ("AL", 5, "digit", "bellend"), ("AL", 10, "zwsp", "gobshite"),
    ("AL", 7, "spaced", "shit"), ("AL", 21, "cyrillic", "knobhead"), ("AL", 30, "caps", None),
    ("BI", 1, "star", "bray"), ("BI", 3, "digit", "ambulance"), ("BI", 13, "zwsp", "smiling"),
    ("BI", 24, "spaced", "misery"), ("BI", 4, "cyrillic", "live"), ("BI", 7, "caps", None),
    ("EQ", 8, "star", "cripple"), ("EQ", 11, "digit", "bloke"), ("EQ", 2, "zwsp", "Polish"),
    ("EQ", 25, "spaced", "rhythm"), ("EQ", 16, "cyrillic", "doolally"), ("EQ", 21, "caps", None),
    ("DF", 1, "star", "liar"), ("DF", 3, "digit", "bent"), ("DF", 23, "zwsp", "lying"),
    ("DF", 30, "spaced", "crook"), ("DF", 7, "cyrillic", "con"), ("DF", 4, "caps", None),
]

CYR = {"o": "\u043e", "e": "\u0435", "c": "\u0441", "a": "\u0430",
       "O": "\u041e", "E": "\u0415", "C": "\u0421", "A": "\u0410"}


def obfuscate(word, kind):
    if kind == "star":
        for i in range(1, len(word)):
            if word[i].lower() in "aeiou":
                return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        out = word.replace("e", "3").replace("i", "1")
        if out == word:
            out = word.replace("l", "1")
        return out
    if kind == "zwsp":
        h = len(word) // 2
        return word[:h] + "\u200b" + word[h:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "cyrillic":
        for i, ch in enumerate(word):
            if ch in CYR:
                return word[:i] + CYR[ch] + word[i + 1:]
    raise ValueError((word, kind))


def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


def apply_variant(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"\b%s\b" % re.escape(word), re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate(m.group(0), kind), text)


# ---------------------------------------------------------------- people and script
def load_people():
    import tomllib
    with open(HERE / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in cfg["people"]["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return cfg["people"]["councillors"], by_name


ROLE_WORDS = {"Graham Pickering": ["the leader", "leader's"],
              "Sandra Kettlewell": ["finance brief"],
              "Lee Brocklesby": ["transport brief"],
              "Tracey Ombler": ["chairs housing"]}


def names_in(text, councillors, by_name):
    low = text.lower()
    out = set()
    for n in councillors:
        first, last = n.split()[0], n.split()[-1]
        keys = [n.lower(), first.lower(), last.lower(), by_name[n].lower()] + ROLE_WORDS.get(n, [])
        if n == "Norman Bielby":
            keys.append("norm")
        if any(re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(k), low) for k in keys):
            out.add(n)
    return out


def weekday_stamp(rng, date=None):
    if date is None:
        start = dt.date(2026, 1, 5)
        while True:
            d = start + dt.timedelta(days=rng.randrange(0, 82))
            if d.weekday() < 5:
                break
    else:
        d = dt.date.fromisoformat(date)
    t = dt.time(rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))
    return dt.datetime.combine(d, t).isoformat() + "+00:00"


def main():
    rng = random.Random(SEED)
    councillors, by_name = load_people()
    # keys for originals
    counters = {}
    for r in ROWS:
        counters[r["fam"]] = counters.get(r["fam"], 0) + 1
        r["key"] = "%s%d" % (r["fam"], counters[r["fam"]])
    keyed = {r["key"]: r for r in ROWS}
    rng.shuffle(ROWS)
    out = []
    for r in ROWS:
        named = names_in(r["text"], councillors, by_name)
        if r["who"]:
            author = by_name[r["who"]]
        else:
            pool = [n for n in councillors if n not in named]
            author = by_name[rng.choice(pool)]
        pos = r["fam"] in FAMILY
        row = {
            "text": r["text"], "author": author,
            "created_at": weekday_stamp(rng, r["date"]),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "councillor", "kind": "post",
            "expect": {"rules": sorted(CODES[c] for c in r["rules"]),
                       "allowed": sorted(CODES[c] for c in r["allowed"]),
                       "verdict": r["verdict"]},
            "family": FAMILY[r["fam"]] if pos else "hard_negative",
            "kind_of_row": "positive" if pos else "hard_negative",
            "note": r["note"],
        }
        r["row"] = row
        out.append(row)
    variants = []
    for fam, idx, kind, word in VARIANTS:
        r = keyed["%s%d" % (fam, idx)]
        o = r["row"]
        allowed = list(o["expect"]["allowed"])
        if kind == "caps":
            allowed = sorted(set(allowed) | {CODES["HP"]})
        v = {
            "text": apply_variant(o["text"], kind, word), "author": o["author"],
            "created_at": weekday_stamp(rng), "platform": o["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                       "verdict": o["expect"]["verdict"]},
            "family": o["family"], "kind_of_row": "variant",
            "note": "%s variant (%s) of %%s: %s" % (kind, word or "whole text", o["note"]),
            "_orig": o, "variant_kind": kind,
        }
        variants.append(v)
    allrows = out + variants
    rng.shuffle(allrows)
    for i, row in enumerate(allrows, 1):
        row["id"] = "b84-%03d" % i
    lines = []
    for row in allrows:
        if row["kind_of_row"] == "variant":
            row["variant_of"] = row.pop("_orig")["id"]
            row["note"] = row["note"] % row["variant_of"]
        order = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                 "family", "kind_of_row", "note", "variant_of", "variant_kind"]
        lines.append(json.dumps({k: row[k] for k in order if k in row}, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote %d rows" % len(lines))


if __name__ == "__main__":
    main()
