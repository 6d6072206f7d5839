"""Blind evaluation set b161 (Rhynemoor District Council): the ABUSE families.

The hand-written rows come first (positives of the five abuse rules, then the six
groups of hard negatives), then a deterministic script (fixed seed, standard
library only) that reads the roster from council.toml, picks authors, platforms and
timestamps, makes the obfuscated variants, shuffles, assigns ids B161-NNNN and
writes posts.jsonl. Running it again writes the same file byte for byte.
`python3 build.py --map` also prints row key -> id.

Row fields: k key, t text, r expected rules, a allowed rules (short codes, see
RULE below), v verdict, n note ({KEY} becomes the row's id), optional by (pinned
author), on (pinned date), avoid (councillors never picked as author).
"""
import datetime
import json
import os
import random
import re
import sys
import tomllib


# respect.personal-attack: 27 hand-written originals
ROWS_PA = [
    dict(k="PA01", t="Watching Colin Pettigrew chair planning last night was like watching a startled heron stood in a rhyne. No idea which way to look, no idea what the report said, and no idea how to count hands. Teazle Green deserves a chair with a brain in his head.",
         r=["PA"], a=[], v="review",
         n="Ridicule of a named chair's intelligence and competence ('a brain in his head'), not of a decision. No application is named. HN6 {H601} criticises his voting record instead."),
    dict(k="PA02", t="@TessaWyndhamLF you are, and I say this with all the patience I have left, the most useless cabinet member this district has ever had. A mommet in a hi-vis would have done more for Elverton Moor than you have. \U0001F644",
         r=["PA"], a=[], v="review",
         n="Insult at a handle; 'mommet' is Somerset for a scarecrow. HN6 {H603} presses the same cabinet member on a missed dredging promise."),
    dict(k="PA03", t="Judith Venn is so vain she'd pose for a photo with her own sandbag if nobody else would stand next to her. Self-obsessed doesn't begin to cover it.",
         r=["PA"], a=[], v="review",
         n="Character insult without a swear word; nothing about her sex, so equality is not allowed."),
    dict(k="PA04", t="Congratulations to @RogerHemburyLF on his 'balanced' budget. A towering intellect, clearly. Only took him three goes and a finance officer holding his hand. \U0001F44F\U0001F44F\U0001F44F",
         r=["PA", "IR"], a=[], v="review",
         n="Mock congratulation: the insult is carried by irony, so tone.irony-risk is expected too. The finance officer is unnamed and not attacked."),
    dict(k="PA05", t="Our Head of Planning, Fiona Carew, has the professional judgement of a wet peat turf. Every report she signs reads like the developer wrote it for her.",
         r=["PA", "OF"], a=["DF"], v="review",
         n="Insult at a named officer: officers.impartiality expected. 'Reads like the developer wrote it' hints at impropriety, so defamation is allowed; {DA10} states it as fact."),
    dict(k="PA06", t="Somebody please explain to Siobhan Garvey that shouting 'point of order' every four minutes doesn't make her clever. It makes her the most tiresome woman in the chamber, and that's a crowded field.",
         r=["PA"], a=["EQ"], v="review",
         n="Personal insult; 'the most tiresome woman... a crowded field' sneers at the women members as a body, so equality (sex) is allowed but not expected."),
    dict(k="PA07", t="Marcus Oyelaran is a waste of oxygen and a walking insult to every family still on the housing list.",
         r=["PA"], a=[], v="block",
         n="Severe: 'a waste of oxygen' dehumanises a named member, so block. Nothing in it touches race; compare {DI21}, which does."),
    dict(k="PA08", t="Imogen Hartree: sanctimonious, smug, and about as much use in a flood as a chocolate sandbag. Nobody on the moors can stand her.",
         r=["PA"], a=[], v="review",
         n="A list of insults at a named member, no obscenity."),
    dict(k="PA09", t="Listening to Ben Stuckey on the budget is like watching a calf try to read a tide table. Bless him. Thick as a Mendip wall and twice as hard to get through.",
         r=["PA"], a=[], v="review",
         n="Calls a named member stupid through rural similes; 'bless him' is condescension, not praise. HN5 {H514} has a councillor call himself 'thick as a plank'."),
    dict(k="PA10", t="The Chief Executive is a pompous, overpaid empty suit who couldn't run a bath, never mind a district council.",
         r=["PA", "OF"], a=[], v="review",
         n="Officer named by role only; the role identifies Alistair Brymer, so officers.impartiality is expected."),
    dict(k="PA11", t="@GrahamTuckeyBCI Pathetic. Genuinely pathetic little man.",
         r=["PA"], a=[], v="review",
         n="Short reply-style insult at a handle. HN1 {H121} calls two councils' buck-passing 'pathetic': the target decides."),
    dict(k="PA12", t="Ark at ee! Owen Tapp lecturing the rest of us on manners. The man is a hypocrite, a bore and the smuggest councillor on the Levels.",
         r=["PA"], a=[], v="review",
         n="'Ark at ee' (hark at him) is mocking Somerset idiom; the insults follow. HN5 {H521} uses 'Ark at ee' in friendly banter."),
    dict(k="PA13", t="I've sat through twelve years of council meetings and never met anyone as spiteful, petty and vindictive as Lorna Hillier. She'd sell her own mother for a committee seat and haggle over the price. Stagcombe, you can do so much better.",
         r=["PA"], a=[], v="review",
         n="Sustained character attack in a long post, no obscenity and no threat."),
    dict(k="PA14", t="Our Chair of Council has all the charm of a blocked rhyne in August: stagnant, stinking and best avoided.",
         r=["PA"], a=[], v="review",
         n="Named by role only: the Chair of the Council is Dennis Hooper in council.toml."),
    dict(k="PA15", t="Dear @JamieRendellWD, when you're old enough to shave without your mum's help you can lecture me about housing. Until then sit down, sonny.",
         r=["PA"], a=["EQ"], v="review",
         n="Belittles a young member ('sonny'); the age jibe makes equality allowed, but the thrust is condescension, not exclusion for age (contrast {DI09})."),
    dict(k="PA16", t="Gillian Yeo is a spineless jobsworth who'd rule the moon was made of cheddar if the Leader asked her nicely.",
         r=["PA", "OF"], a=["DF"], v="review",
         n="Insult at the named Monitoring Officer, and questions her neutrality: officers expected; defamation allowed for the hint that she rules to order."),
    dict(k="PA17", t="Stan Vowles has been asleep in the back row since the Parrel last burst its banks, and frankly it's the most useful thing he does.",
         r=["PA"], a=["EQ"], v="review",
         n="Mockery of a named member as idle and useless. He is 83 (HN4 {H414}); 'asleep in the back row' can be heard as an age jibe, so equality allowed."),
    dict(k="PA18", t="Farida Begum is a nasty, lying piece of work and everyone in Rhynemoor South knows it.",
         r=["PA", "DF"], a=[], v="review",
         n="'Lying' at a named person expects defamation as well as personal-attack. Nothing about her faith; compare {DI03}."),
    dict(k="PA19", t="Daniel Tsang: the human equivalent of a pothole on the Batch road. You can't avoid him, he never gets fixed, and he costs everyone money.",
         r=["PA"], a=[], v="review",
         n="Extended insulting metaphor at a named member; nothing about his heritage (contrast {DI26})."),
    dict(k="PA20", t="Kerry Lockyer couldn't organise a wassail in a cider barn. Three years on the events brief and the best she's managed is a raffle nobody won.",
         r=["PA"], a=[], v="review",
         n="Mild but personal: incompetence jibe aimed at the person. A borderline review; HN6 {H611} criticises a portfolio's missed date without the jibe."),
    dict(k="PA21", t="Neil Pardoe, our Licensing Manager, is a petty little tyrant with a rubber stamp and a grudge against every landlord on the Levels.",
         r=["PA", "OF"], a=[], v="review",
         n="Insult at a named officer; 'a grudge' questions his impartiality."),
    dict(k="PA22", t="What a clown @DennisHooperLF is. \U0001F921\U0001F921\U0001F921 Stood at the Rhynemoor cenotaph yesterday scrolling his phone through the two minutes' silence. Embarrassing excuse for a Chair.",
         r=["PA"], a=["DF"], v="review", on="2026-11-09",
         n="Posted the day after Remembrance Sunday. Name-calling plus a factual claim about his conduct (defamation allowed: discreditable if untrue, not a crime)."),
    dict(k="PA23", t="Oh well done, Hilary Fairweather, another triumph. Three years in the job and you've finally found where Withy End is. Genius. Absolute genius. /s",
         r=["PA", "IR"], a=[], v="review",
         n="Mock praise marked /s: irony expected. She is a wheelchair user (HN4 {H410}) but nothing here refers to it."),
    dict(k="PA24", t="Ellis Marchant is a weaselly little careerist who'd sell Stagcombe down the Parrel for a cabinet badge and a photo op.",
         r=["PA"], a=[], v="review",
         n="Insult at a named member's character; 'sell Stagcombe down the Parrel' is local idiom for betrayal, not an allegation of a deal."),
    dict(k="PA25", t="Roger Hembury is vermin. A scheming, grasping rat of a man, and the sooner he's driven out of public life the better.",
         r=["PA"], a=["BU"], v="block",
         n="Severe dehumanising insult ('vermin'), block. 'Driven out of public life' is a wish, not a threat by the writer, so bullying is only allowed."),
    dict(k="PA26", t="Tracey Pocock and Bogdan Kowalczyk, the Residents' Voice double act: one can't read a budget and the other can't read a room. Clowns, the pair of them. \U0001F3AA",
         r=["PA"], a=[], v="review",
         n="Two named members insulted together. Nothing about her pregnancy or his Polish birth."),
    dict(k="PA27", t="That Clive Gadd who writes to the Mercury every week about the bus lanes is a sad, bitter old crank with nothing better to do. Get a hobby, Clive.",
         r=["PA"], a=["EQ", "DP"], v="review",
         n="Personal attack on a member of the public (code 1.1 covers the public). 'Old crank' allows equality (age); his name with the letters page allows data protection, though no address or contact is given."),
]


# respect.abusive-language: 27 hand-written originals
ROWS_AL = [
    dict(k="AL01", t="Third week running the bins on Sallowmead haven't been touched. Moorway Services are a shit company running a shit contract and I'm sick to the back teeth of both.",
         r=["AB"], a=["PA"], v="review",
         n="Obscenity at a contractor and its contract; a company, so personal-attack only allowed. HN1 {H102} makes the same complaint with figures."),
    dict(k="AL02", t="The Batch road is fucked. Absolutely fucked. Two axles gone on our street alone this month and county say it's 'on the list'. Fix it.",
         r=["AB"], a=[], v="review",
         n="Obscenity at a road: abusive-language alone."),
    dict(k="AL03", t="Roger Hembury is a prize prick and always has been.",
         r=["AB", "PA"], a=[], v="review",
         n="Obscene insult at a named person: both rules."),
    dict(k="AL04", t="What a load of bollocks this 'flood resilience strategy' is. Forty-two pages and not one new pump for the moors.",
         r=["AB"], a=[], v="review",
         n="Obscenity at a document. HN1 {H103} says the same about the same strategy without it."),
    dict(k="AL05", t="@JudithVennLF you absolute cunt. Mudgeley under water and you're at a garden centre opening.",
         r=["AB", "PA"], a=["EQ"], v="block",
         n="The c-word at a named woman: severe, block. Equality allowed because the word is also a sexed slur."),
    dict(k="AL06", t="Bloody hell, the 91 cancelled AGAIN. Whoever wrote this bus timetable wants a kick up the arse and a week of standing at the Elverton stop in the rain.",
         r=["AB"], a=["PA", "BU"], v="review",
         n="Mild profanity about a timetable and 'whoever' wrote it: personal-attack allowed; 'a kick up the arse' is idiom, so bullying only allowed. Weakest row of the family."),
    dict(k="AL07", t="Twenty minutes of Pete Sealy on quarry lorries and not one sentence of it wasn't shite.",
         r=["AB"], a=["PA"], v="review",
         n="Obscenity at what a named member said, not at him: personal-attack only allowed."),
    dict(k="AL08", t="Tom Westcott's officer report on Drove Lane is a steaming pile of crap, and he knows it.",
         r=["AB", "OF"], a=["PA", "PD"], v="review",
         n="Obscenity at a named officer's report: officers expected. Drove Lane is a pending application, so predetermination is allowed though no vote is promised."),
    dict(k="AL09", t="Fuck Levels First. Fuck every one of them and their smug little cabinet.",
         r=["AB"], a=["PA"], v="review",
         n="Obscenity at a party and its cabinet as a body: personal-attack allowed, not expected. HN1 {H104} attacks the same party's record civilly."),
    dict(k="AL10", t="Who approved \u00a34.50 for two hours at the Butter Cross car park?? Money-grabbing bastards. Some of us actually shop here.",
         r=["AB"], a=["PA"], v="review",
         n="'Bastards' at unnamed decision-makers: personal-attack allowed. HN1 {H105} calls the same charge 'daylight robbery'."),
    dict(k="AL11", t="@GrahamTuckeyBCI you lying, two-faced fucking snake. Every farmer on the Batch trusted you.",
         r=["AB", "PA", "DF"], a=[], v="block",
         n="Severe obscene abuse at a handle, block; 'lying' at a person expects defamation too."),
    dict(k="AL12", t="Dickhead of the Week \U0001F3C6 goes to @BenStuckeyBCI, who voted against the grit bins and is now moaning about ice on the Batch. Well played, sir.",
         r=["AB", "PA"], a=["IR"], v="review",
         n="Mock award: the obscene name-calling is explicit, so irony is only allowed. HN6 {H626} makes the same grit-bin point from the minutes."),
    dict(k="AL13", t="This new missed-bin app is shit. The 'report' button just spins and spins. Who signed this off?? \U0001F644",
         r=["AB"], a=[], v="review",
         n="Obscenity at an app. HN1 {H120} says the app is 'rubbish' and is a hard negative."),
    dict(k="AL14", t="Gert load of bollocks from Imogen Hartree in the Mercury letters page today, mind. Peat works jobs don't grow on withies.",
         r=["AB"], a=["PA"], v="review",
         n="Obscenity at what a named member wrote, in Somerset idiom ('gert', 'mind'): personal-attack only allowed. HN6 {H608} disagrees with her peat motion civilly."),
    dict(k="AL15", t="@OwenTappWD get to fuck with your 'procedural motion' nonsense, nobody's buying it.",
         r=["AB", "PA"], a=[], v="review",
         n="Obscene dismissal aimed at a handle: both rules."),
    dict(k="AL16", t="The state of the Causeway Court stairwell. Piss on the landing, needles by the bins, lift out since August, and Withymoor Homes couldn't give a flying fuck.",
         r=["AB"], a=["PA"], v="review",
         n="Vulgar description plus 'couldn't give a flying fuck' at a housing association: personal-attack allowed. HN1 {H106} reports the same landlord to the Ombudsman."),
    dict(k="AL17", t="What a twat. @ColinPettigrewLF walked out of a site visit in Teazle Green yesterday because it was 'too muddy'. It's the Levels, you twat. It's November.",
         r=["AB", "PA"], a=[], v="review",
         n="Obscene insult at a handle, twice."),
    dict(k="AL18", t="Harrowcombe Stone can shove their blasting schedule up their arse. Windows rattling at 7am in Gorsley Batch is not 'within permitted hours'.",
         r=["AB"], a=["PA"], v="review",
         n="Vulgarity at a quarry company's schedule. HN1 {H107} asks environmental health to monitor the same blasting."),
    dict(k="AL19", t="To the scumbags who smashed up the Withy End carnival shed: you're gutless pieces of shit and I hope every one of you gets caught. Six months of work on that cart.",
         r=["AB"], a=["PA"], v="review",
         n="Obscene abuse at unknown vandals. Understandable anger, still obscene from a councillor's account; unnamed, so personal-attack allowed only. Some would call it block for 'pieces of shit'."),
    dict(k="AL20", t="Motherfucking pothole on Hurdle Drove has had my tyre again. Third one this year.",
         r=["AB"], a=[], v="review",
         n="Strong obscenity at a pothole: abusive-language whatever the target. HN5 {H515} jokes about the same pothole."),
    dict(k="AL21", t="Dennis Hooper, you pompous old arsehole. Sit down and let someone else speak.",
         r=["AB", "PA"], a=["EQ"], v="review",
         n="Obscene insult at a named member; 'old' allows equality (age). HN5 {H508} calls him 'you old rogue' fondly."),
    dict(k="AL22", t="Wankers. The lot of them. Cabinet votes to shut Sallowmead library the same night they sign off new iPads for themselves.",
         r=["AB"], a=["PA"], v="review",
         n="Obscenity at the cabinet as a body: personal-attack allowed. HN1 {H101} opposes the same closure without it."),
    dict(k="AL23", t="Alistair Brymer is a useless overpaid bellend and he's been one since the day he arrived.",
         r=["AB", "PA", "OF"], a=[], v="review",
         n="Obscene insult at the named Chief Executive: officers expected."),
    dict(k="AL24", t="Eight homes in Mudgeley flooded again on Tuesday. Eight. I've been on at the Parrel Drainage Board since March to clear the Knapp Rhyne, and every time I get a letter saying it's 'scheduled'. Scheduled for when, the next ice age? I'm sorry, but they're a useless shower of shite and Mudgeley deserves better.",
         r=["AB"], a=["PA"], v="review",
         n="A long, mostly legitimate complaint that ends in obscenity at a public body. HN1 {H123} criticises the same board without it."),
    dict(k="AL25", t="Fucking hell. Six hours of full council and we've agreed the minutes and a plaque. #RhynemoorDC",
         r=["AB"], a=["MT"], v="review",
         n="Obscenity at a meeting; meetings.during-meeting allowed as it may be posted from the chamber."),
    dict(k="AL26", t="Lorna Hillier is a disgusting sack of shit and Stagcombe would be cleaner without her.",
         r=["AB", "PA"], a=["BU"], v="block",
         n="Severe obscene dehumanising abuse at a named member, block; 'cleaner without her' allows bullying."),
    dict(k="AL27", t="Shite weather, shite roads, shite bus. Love you Rhynemoor, but some days. \u2614",
         r=["AB"], a=[], v="review",
         n="Obscene words aimed at nobody. The rule applies whatever the target, so review; some would let it pass. HN5 {H527} is the clean storm warning."),
]


# bullying.intimidation: 27 hand-written originals (all block)
ROWS_IN = [
    dict(k="IN01", t="Say that to my face in the Drover's Rest, Hembury, and see if you walk out on your own two legs.",
         r=["BU"], a=["PA"], v="block",
         n="[explicit] Threat of violence at a named member by surname."),
    dict(k="IN02", t="If Hallbeck's surveyors set foot on my cousin's ground at Drove Lane again they'll be carried off it on a gate. Consider that a warning.",
         r=["BU"], a=["PD"], v="block",
         n="[explicit] Threat of violence at a developer's staff. Drove Lane is pending, so predetermination is allowed though no decision is mentioned."),
    dict(k="IN03", t="I know which drove you walk that spaniel along of a morning, Judith. Lovely and quiet out there. Nobody about for miles.",
         r=["BU"], a=["DP"], v="block",
         n="[veiled] 'I know where you walk', isolation stressed; the route allows data protection."),
    dict(k="IN04", t="@BenStuckeyBCI might want to think about that barn conversion of his before he votes against me again. Building control can be very, very thorough when they want to be.",
         r=["BU"], a=["IA", "PA"], v="block",
         n="[pressure] Threatens to turn council enforcement on a colleague to change his vote; improper advantage allowed."),
    dict(k="IN05", t="To the Elverton resident who reported me to the Monitoring Officer: I know exactly who you are, and by Friday so will the whole moor.",
         r=["BU"], a=[], v="block",
         n="[pressure] Threat to expose a complainant."),
    dict(k="IN06", t="Kit Dunster wants to keep pushing this? Fine. Next time I see her in the Rhynemoor car park she'll be picking herself up off the tarmac.",
         r=["BU"], a=["PA"], v="block",
         n="[explicit] Threat of assault at a named member. Nothing about her being trans; compare {DI14}."),
    dict(k="IN07", t="Shame about your greenhouses, Graham. Windy up there on the Batch. Be a terrible pity if something came through all that glass one night.",
         r=["BU"], a=[], v="block",
         n="[veiled] 'Be a pity if' threat to property, deniable on its face. HN5 {H527} is a real storm warning."),
    dict(k="IN08", t="Meme comp! Best photoshop of @JamieRendellWD in a nappy wins a pint at the Withy Cutter. Let's remind the little lad what he is every time he opens his mouth. \U0001F37C",
         r=["BU"], a=["PA", "EQ"], v="block",
         n="[pressure] Organised humiliation campaign with a prize; the age jibe allows equality."),
    dict(k="IN09", t="Donna Clapp: put the Withy End round back by Monday or I start telling residents where you live, so they can bring their rubbish to you direct.",
         r=["BU", "OF"], a=["DP"], v="block",
         n="[pressure] Ultimatum to a named officer with a threat to expose her home; officers expected."),
    dict(k="IN10", t="Anyone who votes for the Crannock car park charges had better not show their face at Rhynemoor market on Saturday. I won't be responsible for what the traders do, and I won't be trying to stop them.",
         r=["BU"], a=[], v="block",
         n="[veiled] Intimidation of councillors before a vote by pointing at others' violence."),
    dict(k="IN11", t="You'll regret this, Marchant. Mark my words. You'll regret this for a very long time.",
         r=["BU"], a=["PA"], v="block",
         n="[explicit] 'You'll regret this' at a named member. HN5 {H505} says 'rematch next year, you lot' after a tug of war."),
    dict(k="IN12", t="Lovely photos of your girls at the Sallowmead bonfire, Hilary. They looked so happy. Be a shame if anything spoiled that for them.",
         r=["BU"], a=["DP"], v="block", on="2026-11-06",
         n="[veiled] Threat through a member's children; children's data allows data protection."),
    dict(k="IN13", t="Bogdan, withdraw your motion on the Causeway Hotel by Monday or I release what I've got on your business. Your choice, my friend.",
         r=["BU"], a=["DF"], v="block",
         n="[pressure] Blackmail to force a motion's withdrawal; the hinted dirt allows defamation."),
    dict(k="IN14", t="If I ever catch the little sod who keyed my car outside the council offices, I'll break his fingers one at a time.",
         r=["BU"], a=["AB"], v="block",
         n="[explicit] Threat of violence at an unknown member of the public."),
    dict(k="IN15", t="We've long memories this side of the Quantocks. Stagcombe doesn't forget who sold it out, Lorna, and the lanes up by your place are awful dark this time of year.",
         r=["BU"], a=["DP"], v="block",
         n="[veiled] Menace by implication: dark lanes near her home. No act is named."),
    dict(k="IN16", t="The woman who keeps reporting my hedge to enforcement lives at 4 Withy Lane, Sallowmead. Perhaps a few of you could pop round and let her know what the village thinks of her.",
         r=["BU", "DP"], a=[], v="block",
         n="[pressure] Sets followers on a complainant at a published house address: data protection expected as well."),
    dict(k="IN17", t="Next person from Moorway who tells me Hurdle Drove's bins are 'on schedule' is getting a bin lid round the head. You've been warned. \U0001F5D1\uFE0F",
         r=["BU"], a=["PA"], v="block",
         n="[explicit] Threat of violence at contractor staff; the emoji reads jokey but the threat is plain. Some would call it hyperbole."),
    dict(k="IN18", t="Officers who keep briefing against the cabinet should remember who signs off next year's restructure. Some posts won't survive it. Just saying.",
         r=["BU", "OF"], a=["IA"], v="block",
         n="[pressure] Threatens officers' jobs over their advice: officers expected; improper advantage allowed."),
    dict(k="IN19", t="Nice house you've got on Mudgeley Lane, Farida. Be a shame if the floods came for it. Or anything else did.",
         r=["BU"], a=["DP", "EQ"], v="block",
         n="[veiled] 'Or anything else did' at a Muslim member's home street: data protection allowed, equality allowed for the undertone."),
    dict(k="IN20", t="I'll be waiting outside the chamber after full council, @PeteSealyBCI. Just you and me. Bring your apologies or bring a mate.",
         r=["BU"], a=[], v="block",
         n="[explicit] Invitation to a fight at a handle."),
    dict(k="IN21", t="@TraceyPocockRRV has been running to the Monitoring Officer about me again. Tracey, love: every time you complain, another of your private emails goes online. I've got hundreds.",
         r=["BU"], a=["PA", "DP"], v="block",
         n="[pressure] Reprisal threat at a complainant colleague; private emails allow data protection."),
    dict(k="IN22", t="Accidents happen on those old droves in the dark, @AmritSandhuWD. I'd keep your headlights on if I were you.",
         r=["BU"], a=[], v="block",
         n="[veiled] Advice-shaped threat of harm."),
    dict(k="IN23", t="To the protesters who glued themselves to the Crannock sluice gate: try that again and I'll drag you off it by your hair myself.",
         r=["BU"], a=[], v="block",
         n="[explicit] Threat of violence at protesters (members of the public)."),
    dict(k="IN24", t="Share if you think Ruth Abramsky should apologise on her knees in the chamber. Get it to 1,000 and we'll deliver the lot to her front door.",
         r=["BU"], a=["PA", "DP"], v="block",
         n="[pressure] Public humiliation campaign ending at her home; 'front door' allows data protection though no address is given."),
    dict(k="IN25", t="I've kept every one of your texts, Stan. Every single one. When the time comes, they'll all come out. Think on.",
         r=["BU"], a=[], v="block",
         n="[veiled] Menacing hold over a colleague; 'think on' is the warning."),
    dict(k="IN26", t="Anyone in Sallowmead thinking of giving evidence against me at the standards hearing should remember who chairs the community grants panel. The village hall roof bid is still undecided.",
         r=["BU"], a=["IA"], v="block",
         n="[pressure] Threat against witnesses through a grant decision; improper advantage allowed."),
    dict(k="IN27", t="Where's your car to of a night, @DanielTsangWD? Out on Quay Street, isn't it. Shame how many windscreens get put in round there.",
         r=["BU"], a=["DP"], v="block",
         n="[veiled] 'Where's it to' is Somerset for 'where is it'; shows knowledge of where his car stands and hints at damage."),
]


# equality.discrimination: 27 hand-written originals (all block)
ROWS_DI = [
    dict(k="DI01", t="Rhynemoor market used to be Somerset folk selling Somerset produce. Now half the stalls are Poles and Lithuanians who can barely say thank you. Not what our grandparents built this town for.",
         r=["EQ"], a=[], v="block", avoid=["Bogdan Kowalczyk"],
         n="[explicit; race] Nationality group named and disparaged. HN3 {H308} discusses Polish workers and jobs with figures."),
    dict(k="DI02", t="Noticed the shop on Fore Street now has a sign in the window I can't read, right where the old butcher's used to be. Won't be long till Burrowmouth needs a phrasebook. #KeepTheLevelsSomerset",
         r=["EQ"], a=[], v="block", avoid=["Bogdan Kowalczyk"],
         n="[coded; race] No group named: the foreign-language sign, the 'phrasebook' and the hashtag carry it. HN4 {H404} is Bogdan on his own accent."),
    dict(k="DI03", t="Farida Begum should leave her religion at the door of the chamber. Rhynemoor South didn't vote for a Muslim agenda.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; religion or belief] A named member attacked for her faith: personal-attack expected too."),
    dict(k="DI04", t="Funny how the Quay Street 'community centre' is always heaving on a Friday lunchtime. Maybe someone should ask what's really being taught in there.",
         r=["EQ"], a=["DF", "PA"], v="block", avoid=["Farida Begum"],
         n="[coded; religion or belief] Friday prayers and scare quotes stand in for the mosque; 'what's really being taught' insinuates extremism, so defamation allowed. HN4 {H402} invites people to the mosque open day."),
    dict(k="DI05", t="Women like Judith Venn should never be put in charge of flood defence. Too emotional, no grasp of engineering, and a wobble every time it rains.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; sex] Women as a class unfit for the job. HN3 {H324} rebuts the same claim."),
    dict(k="DI06", t="Tessa Wyndham's flood plan has obviously been written around the school run. Perhaps the Levels need a cabinet member who isn't off home at half three to do the tea.",
         r=["EQ", "PA"], a=[], v="block",
         n="[coded; sex] Sex (and motherhood) used to dismiss her work without saying 'woman'; some would tag pregnancy and maternity."),
    dict(k="DI07", t="Stan Vowles is 83. Eighty-three! He should be in a home in Stagcombe doing jigsaws, not deciding the future of our schools. Put the old boy out to grass.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; age] Age given as the reason he is unfit. HN4 {H414} is Stan on his own birthday; HN6 {H616} argues for a new chair on tenure."),
    dict(k="DI08", t="Great turnout at the youth forum. Shame the budget is still written by people who remember the Levels before the electric came. Time the fossils on the cabinet did the decent thing and made way.",
         r=["EQ"], a=["PA"], v="block", avoid=["Stan Vowles"],
         n="[coded; age] No age is stated; 'before the electric came' and 'fossils' exclude older members for age. Some would read a jibe, not discrimination."),
    dict(k="DI09", t="Jamie Rendell is 21. Never paid a mortgage, never run a business, never done a proper day's work. Kids his age have no place on the finance scrutiny panel.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; age] Youth given as the reason to exclude. HN4 {H415} is Jamie on being 21."),
    dict(k="DI10", t="How exactly is Hilary Fairweather meant to inspect flood banks from a wheelchair? Let's be honest, she's a passenger on the environment committee.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; disability] Wheelchair use as the reason she is a 'passenger'."),
    dict(k="DI11", t="Kerry Lockyer 'signed off' again. Three weeks this time. Funny how her depression always flares up just before the budget. Some of us just get on with it.",
         r=["EQ", "PA"], a=["DF", "DP"], v="block",
         n="[explicit; disability] Mocks a named member's depression as fake; health data allows data protection; the skiving insinuation allows defamation. HN4 {H413} is Kerry's own post."),
    dict(k="DI12", t="Pete Sealy needs his quiet room and his ear defenders again? Maybe Batch and Combe could find a member who can cope with a normal meeting.",
         r=["EQ", "PA"], a=[], v="block",
         n="[coded; disability] Autism is not named; the adjustments are mocked. HN4 {H412} is Pete explaining them."),
    dict(k="DI13", t="Deaf as a post and thick with it. Why are we paying for a signer so Owen Tapp can follow a budget he'll never understand anyway?",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; disability] Deafness and the BSL interpreter mocked. HN3 {H305} explains the interpreter as a reasonable adjustment."),
    dict(k="DI14", t="Kit Dunster is a bloke in a frock and I'll call him Mr Dunster till the day I die. The Levels aren't having it.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; gender reassignment] Deliberate misgendering of a named trans member. HN3 {H306} disagrees on a policy with her civilly."),
    dict(k="DI15", t="Nice to see the new 'women only' swim at Sallowmead pool. Just make sure it's actual women in the changing rooms first, eh? We all know who I mean. \U0001F644",
         r=["EQ"], a=["PA"], v="block", avoid=["Kit Dunster"],
         n="[coded; gender reassignment] 'Actual women' and 'we all know who I mean' point at trans women (and at a known trans member) without saying so."),
    dict(k="DI16", t="Ellis Marchant's private life is his own business, but a gay man has no place on the governors of Stagcombe First School. Parents have a right to feel their children are safe.",
         r=["EQ", "PA"], a=["DF"], v="block",
         n="[explicit; sexual orientation] Exclusion for being gay with the child-safety smear; defamation allowed for the implication."),
    dict(k="DI17", t="A drag queen reading stories to toddlers at Sallowmead library? Not with my council tax. Keep that lifestyle well away from our children. Normal families use that library too.",
         r=["EQ"], a=[], v="block", avoid=["Ellis Marchant", "Imogen Hartree"],
         n="[coded; sexual orientation] 'That lifestyle' and 'normal families' aim past the event at gay people. Some would say it objects to an event, not to people."),
    dict(k="DI18", t="Tracey Pocock's due date lands in budget week. Funny, that. Some of us planned our families around our duties. Rhynemoor North needs a councillor who'll actually turn up.",
         r=["EQ", "PA"], a=[], v="block",
         n="[coded; pregnancy and maternity] Pregnancy insinuated as skiving without the word 'pregnant'. HN4 {H416} is Tracey's own announcement."),
    dict(k="DI19", t="So the new Head of Communications is 'expecting', six months into the job. Lovely for her. I'm sure we'll all enjoy paying for her cover while she's at home with her feet up.",
         r=["EQ", "PA", "OF"], a=["DP"], v="block",
         n="[explicit; pregnancy and maternity] An officer named by role sneered at for pregnancy: officers expected; her pregnancy is health data, so data protection allowed."),
    dict(k="DI20", t="Lorna Hillier has a husband with 300 acres and a good pension. Married women with a man to keep them have no business drawing an allowance off the taxpayer.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; marriage and civil partnership] Being married given as the disqualifier; some would tag sex too. HN4 {H420} is Lorna on her golden wedding."),
    dict(k="DI21", t="Everyone knows Marcus Oyelaran only got housing because the Leader wanted a Black face in the cabinet photo.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; race] Tokenism smear on a Black member. HN2 {H216} condemns racist abuse at him."),
    dict(k="DI22", t="Quad bikes and trailers going missing all over Withy End since the Sedgehurst Drove pitches were extended. I'm not saying who. I don't need to. \U0001F690",
         r=["EQ"], a=["DF"], v="block", avoid=["Levi Loveridge"],
         n="[coded; race] Blames Gypsies and Travellers for theft without naming them ('I don't need to'); defamation allowed. HN3 {H313} gives the police figures."),
    dict(k="DI23", t="The Causeway Hotel: sixty rooms of young men from Albania and Afghanistan, on your council tax. Not one of them would last a morning cutting withies. Ship them back where they came from.",
         r=["EQ"], a=[], v="block",
         n="[explicit; race] National origin named and the group told to leave. HN3 {H301} corrects asylum myths; HN1 {H127} criticises the contract's handling."),
    dict(k="DI24", t="Ruth Abramsky 'fighting' for the Crannock regeneration loan. Ask yourself who the lenders are and whose cousins sit on their boards. Same old network, different decade. \U0001F911",
         r=["EQ", "PA"], a=["DF"], v="block",
         n="[coded; religion or belief] Antisemitic money-and-network trope with no group word; tagged religion (some would tag race). HN2 {H219} condemns the same trope."),
    dict(k="DI25", t="Amrit Sandhu wants to bring his kirpan into the chamber. It's a knife. Any other bloke walking into the council offices with a knife would be nicked; his religion doesn't make him special. Go back to the Punjab if you want to carry blades.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; religion or belief] Attacks a Sikh member's article of faith and tells him to 'go back' (race undertone too). HN3 {H304} explains the kirpan."),
    dict(k="DI26", t="Daniel Tsang lecturing the rest of us on food hygiene ratings. Ask him what his family used to put in the sweet and sour on Quay Street. \U0001F408",
         r=["EQ", "PA"], a=["DF"], v="block",
         n="[coded; race] The cat emoji carries the anti-Chinese trope; defamation allowed for the family business. HN2 {H211} is Daniel condemning the same slur; HN4 {H403} is his mum's takeaway."),
    dict(k="DI27", t="Siobhan Garvey: another Irish blow-in telling proper Somerset folk how to run things. Go back to Cork and take your shamrock politics with you.",
         r=["EQ", "PA"], a=[], v="block",
         n="[explicit; race] Irish origin as the ground of attack. HN4 {H418} is Siobhan on being Irish."),
]


# defamation.allegation: 27 hand-written originals
ROWS_DA = [
    dict(k="DA01", t="Colin Pettigrew took \u00a35,000 from Hallbeck Homes to get Drove Lane through committee. I've seen the bank transfer with my own eyes.",
         r=["DF"], a=["PA", "PD"], v="block",
         n="A specific bribe stated as fact with claimed proof: block. Drove Lane is pending, so predetermination allowed. HN6 {H601} and {H620} keep to his recorded votes."),
    dict(k="DA02", t="Roger Hembury is a liar. Full stop. No ifs, no buts.",
         r=["DF", "PA"], a=[], v="review",
         n="'Liar' at a named person: name-calling, no specific act, review. HN6 {H602} sets a broken promise against the record."),
    dict(k="DA03", t="Donna Clapp has been signing off Moorway invoices for rounds that never ran, and taking a cut. That's fraud with our council tax.",
         r=["DF", "OF"], a=["PA"], v="block",
         n="Fraud by a named officer stated as fact: block, officers expected."),
    dict(k="DA04", t="Levels First's donors all seem to end up with council contracts. Funny old world, isn't it? \U0001F914",
         r=["DF"], a=["PA", "IR"], v="review",
         n="Corruption insinuated against a party, not a person; review."),
    dict(k="DA05", t="Graham Tuckey has been netting elvers off the Parrel at night without a licence for years and selling them on to a dealer from up country. Everyone on Burrowmouth quay knows it.",
         r=["DF"], a=["PA"], v="block",
         n="A specific crime (unlicensed elver fishing and sale) stated as fact about a named member: block."),
    dict(k="DA06", t="Strange how the Drove Lane site visit got rained off the very day Hallbeck's director was spotted lunching at the Drover's Rest with one of our Teazle Green members. Just asking.",
         r=["DF"], a=["PA", "PD"], v="review", avoid=["Colin Pettigrew", "Owen Tapp", "Ruth Abramsky"],
         n="Innuendo: three members sit for Teazle Green, so the target is narrowed, not named. Review; 'just asking' does not cure it."),
    dict(k="DA07", t="Withymoor Homes' managers moved the lift repair money at Causeway Court into their own bonus pot. That's why the lift's been broken since August. They stole it from the tenants.",
         r=["DF"], a=["PA"], v="block",
         n="Theft by an organisation's managers stated as fact: block. HN1 {H106} complains about the same landlord through the Ombudsman."),
    dict(k="DA08", t="Judith Venn is a crook and always has been.",
         r=["DF", "PA"], a=[], v="review",
         n="'Crook' at a named person: review. HN2 {H224} asks people to stop sharing 'a crook' about a colleague."),
    dict(k="DA09", t="Ben Stuckey registered his whole family at the farm cottage so they could vote in the Gorsley Batch by-election. Not one of them has lived there since 2019. That's electoral fraud.",
         r=["DF"], a=["PA", "DP"], v="block",
         n="Electoral offence stated as fact with detail: block. His family's address details allow data protection."),
    dict(k="DA10", t="Fiona Carew's recommendations are whatever the developers want them to be. Everyone in Teazle Green knows how that works.",
         r=["DF", "OF"], a=["PA"], v="review",
         n="Corruption implied against a named officer without a specific act: review, officers expected. {PA05} insults her more than it accuses."),
    dict(k="DA11", t="Pete Sealy claimed \u00a35,000 from the flood recovery grant for his holiday let at Stagcombe. It never flooded. Not a drop. That's public money he's taken.",
         r=["DF"], a=["PA"], v="block",
         n="Grant fraud stated as fact with a sum: block."),
    dict(k="DA12", t="Owen Tapp wouldn't know the truth if it bit him on the backside. Everything he tells residents is made up.",
         r=["DF", "PA"], a=[], v="review",
         n="Dishonesty asserted in idiom, no specific act: review. HN6 {H609} corrects his figures without calling him dishonest."),
    dict(k="DA13", t="Harrowcombe Stone have been blasting over their legal limit for two years and faking the vibration readings they send to the council.",
         r=["DF"], a=["PA"], v="block",
         n="A company accused of falsifying regulatory returns as fact: block. HN1 {H107} asks for monitoring instead."),
    dict(k="DA14", t="Harrowcombe Stone's extension sails through in March. Stan Vowles's barn gets a lovely new roof in April. Nothing to see here, I'm sure. \U0001F609",
         r=["DF"], a=["PA", "IR"], v="review",
         n="Innuendo by juxtaposition, with irony: review."),
    dict(k="DA15", t="Alistair Brymer had the depot's vehicle tracking data wiped so nobody would see the council van doing runs down to his holiday place in Cornwall.",
         r=["DF", "OF"], a=["PA"], v="block",
         n="Misuse of council property and destruction of records by the named Chief Executive, stated as fact: block."),
    dict(k="DA16", t="Daniel Tsang is as crooked as a withy basket, and that's saying something.",
         r=["DF", "PA"], a=[], v="review",
         n="'Crooked' in a local simile: dishonesty by name-calling, review."),
    dict(k="DA17", t="Tessa Wyndham's husband's firm got the sandbag contract without a tender and she voted it through without declaring a thing. That's corruption, and it's a criminal offence.",
         r=["DF"], a=["PA"], v="block",
         n="Undeclared interest and corruption stated as fact: block."),
    dict(k="DA18", t="The Green Moor 'community fund' is a slush fund. Nothing more, nothing less.",
         r=["DF"], a=["PA"], v="review",
         n="Dishonesty alleged against a party's fund: review."),
    dict(k="DA19", t="Ruth Abramsky's nomination papers were signed by people who'd been dead for years. Somebody forged those signatures and she knows who.",
         r=["DF"], a=["PA"], v="block",
         n="Forgery and an electoral offence stated as fact: block."),
    dict(k="DA20", t="Amrit Sandhu is a fraud. Tells Rhynemoor South he's 'one of them' while living in a five-bed out at Stagcombe.",
         r=["DF", "PA"], a=["DP"], v="review",
         n="'Fraud' as name-calling plus a claim about where he lives: review; his home area allows data protection."),
    dict(k="DA21", t="Marcus Oyelaran moved his own cousin to the top of the Causeway Court waiting list over families who'd been waiting four years. I've seen the allocation file.",
         r=["DF"], a=["PA", "DP"], v="block",
         n="Misconduct in allocations stated as fact with claimed proof: block; the allocation file allows data protection. HN6 {H605} criticises his housing delivery on the figures."),
    dict(k="DA22", t="Siobhan Garvey's expenses wouldn't survive five minutes with an auditor. Just saying. \U0001F440",
         r=["DF"], a=["PA"], v="review",
         n="Dishonesty insinuated, nothing specific: review."),
    dict(k="DA23", t="The Monitoring Officer quietly closed my complaint against the Leader the same week the Leader signed off her regrading. That's a bribe by any other name.",
         r=["DF", "OF"], a=["PA"], v="block",
         n="Bribery alleged against an officer by role (and the Leader): block, officers expected."),
    dict(k="DA24", t="The Rhynemoor Mercury made up the quotes in Tuesday's front page. Nobody at that meeting said any of it. Liars.",
         r=["DF"], a=["PA"], v="review",
         n="Fabrication alleged against a newspaper: review. HN1 {H116} asks the same paper for a correction."),
    dict(k="DA25", t="Kit Dunster's been telling porkies about the peat works jobs since day one. Two-faced and dishonest.",
         r=["DF", "PA"], a=[], v="review",
         n="'Telling porkies' (lies) and 'dishonest' at a named member: review."),
    dict(k="DA26", t="Everyone in Burrowmouth knows Bogdan Kowalczyk's building firm gets the council jobs because of who he drinks with. Jobs for the boys.",
         r=["DF"], a=["PA"], v="review",
         n="Cronyism alleged without a specific act: review."),
    dict(k="DA27", t="Kerry Lockyer accepted a week in Tenerife from Peatland Solar in June and then voted their Elverton Moor scheme through in July. She never declared it. That's bribery.",
         r=["DF"], a=["PA", "GH"], v="block",
         n="Undeclared hospitality and bribery stated as fact: block; gifts allowed. HN1 {H113} opposes the same solar scheme on its merits."),
]


# hard negatives: 165 hand-written rows in six groups
def _hn(group, rows):
    out = []
    for i, row in enumerate(rows, 1):
        t, a, n = row[0], row[1], row[2]
        extra = row[3] if len(row) > 3 else {}
        d = dict(k="H%d%02d" % (group, i), t=t, r=[], a=a, v="ok", n="HN%d: %s" % (group, n))
        d.update(extra)
        out.append(d)
    return out


# HN1: harsh criticism of a policy, decision, party, company or the council
ROWS_H1 = _hn(1, [
    ("The cabinet's decision to close Sallowmead library is short-sighted, mean-spirited and wrong. I'll vote against it on Thursday and I'll be telling every resident exactly why.",
     [], "Strong words at a decision; the closure {AL22} swears about."),
    ("Moorway's performance this autumn has been dreadful: 1,140 missed collections in October alone, against a contract target of 150. The contract has break clauses. It's time to use them.",
     [], "A contractor criticised on figures; compare {AL01}."),
    ("This flood resilience strategy is a shambles. Forty-two pages, no new pumps, and not a penny for the Knapp Rhyne. Mudgeley deserves better than a glossy brochure.",
     [], "'A shambles' at a strategy, the one {AL04} calls 'bollocks'."),
    ("Levels First have run this district like a private members' club for eight years: cabinet decisions made in the Drover's Rest, scrutiny ignored, the opposition treated as a nuisance. Time for a change.",
     ["DF"], "Party criticism; 'decisions made in the Drover's Rest' could be heard as an allegation, so defamation allowed."),
    ("\u00a34.50 for two hours at the Butter Cross is daylight robbery, and it will empty the market. I've called the decision in.",
     ["DF"], "'Daylight robbery' is idiom about a price ({AL10} swears about the same charge); defamation allowed."),
    ("Withymoor Homes' response to the damp at Causeway Court has been a disgrace. I've reported them to the Housing Ombudsman today and I'll publish the reply when it comes.",
     [], "A landlord criticised and reported through the proper channel; compare {AL16} and {DA07}."),
    ("Windows rattling in Gorsley Batch at 7am again. I've asked environmental health to put monitors on the quarry boundary. If Harrowcombe Stone are breaching their conditions, we enforce. If they're not, the conditions are too weak.",
     [], "Asks for monitoring rather than alleging breach; compare {AL18} and {DA13}."),
    ("The Drove Lane consultation was a farce: two drop-in sessions, both in working hours, both in Rhynemoor, none in Teazle Green itself. Residents should have been asked properly, whatever they end up deciding.",
     ["PD"], "Criticises the process on a pending application, not its merits; predetermination allowed."),
    ("A gutless decision by the cabinet to push the dredging vote back until after Christmas. The rhynes won't wait for the new year.",
     [], "'Gutless' at a decision."),
    ("This budget is a con trick on Rhynemoor's council tax payers: a 4.99% rise dressed up as a freeze on 'core services'. Read page 12.",
     ["DF"], "'Con trick' at a budget, backed by a page reference; defamation allowed."),
    ("Cutting the Sunday 91 is cruel. It's the only way half of Elverton Moor gets to visit family in hospital. Reverse it.",
     [], "'Cruel' at a service cut."),
    ("The council's new website is an absolute dog's breakfast. Tried to report a pothole: three logins, two error pages, one timeout. Gave up and rang instead.",
     [], "Idiom at a website, no obscenity."),
    ("Peatland Solar's pre-application plans for Elverton Moor are the wrong scheme in the wrong place: 200 acres of grade 2 grazing, right across the bird flightlines. I'll be saying so at their public exhibition.",
     ["PD"], "A firm view on a scheme not yet applied for; predetermination allowed. {DA27} alleges a bribe over a scheme of the same firm."),
    ("The Wessex Democrats' alternative budget is fantasy economics, costed on the back of a cider mat. \u00a32.1m of 'efficiencies' and not one of them named.",
     [], "Mockery of a party's budget, not of people."),
    ("Green Moor's plan to switch off the Crannock pumps for six weeks a year would drown Mudgeley. Bad idea, badly argued, and I'll say so in the debate.",
     [], "'Badly argued' at a plan."),
    ("The Rhynemoor Mercury got Tuesday's front page badly wrong: the quotes it attributes to the scrutiny meeting aren't in the recording. I've asked the editor for a correction.",
     ["DF"], "Says the paper got it wrong and asks for a correction; {DA24} calls it liars who made things up."),
    ("I'm furious. The overnight closure of the Causeway for 'resurfacing' has been stretched to six weeks without a word to ward members or the bus company. Unacceptable.",
     [], "Anger at a decision."),
    ("Planning committee got the Yarrowcombe cider barn decision wrong. I've asked for the reasons in writing and residents may want to take it to the Ombudsman.",
     [], "A decided application criticised; no settled view on a pending one."),
    ("Cutting the carnival road-closure subsidy is petty and stupid, and it'll cost Burrowmouth more in lost trade on carnival night than it saves all year.",
     [], "'Petty and stupid' at a cut, the words {PA21} and {PA09} aim at people."),
    ("Sorry, but the new bin app is rubbish. (Pun intended.) Half my ward still can't log in. Please keep the phone line open until it's fixed.",
     [], "The app {AL13} swears about, criticised cleanly."),
    ("County and district are still passing the buck on the Batch road potholes while residents wreck their cars. Pathetic from both councils. Sort out who owns it and fix it.",
     ["PA"], "'Pathetic' at two councils, not at a person (contrast {PA11}); personal-attack allowed."),
    ("Levels First's housing policy has failed. The waiting list is up 40% in four years and affordable completions are the lowest in the county. Those are the facts.",
     [], "Party policy judged on figures."),
    ("The Parrel Drainage Board's annual report is a masterclass in saying nothing in sixty pages. Where is the Knapp Rhyne in it? Where is Mudgeley?",
     [], "Sarcasm at a report; {AL24} swears at the same board."),
    ("Council tax up 4.99% and the tip opening hours cut to four days. Residents are paying more for less and they're right to be angry about it.",
     [], "Anger at a budget."),
    ("Yesterday's motion scrapping the tenants' panel is a disgrace and I'm ashamed this council passed it. Tenants lose their only formal voice.",
     [], "'A disgrace' at a motion."),
    ("Whoever decided a single-track lane could take forty quarry lorries a day should come and stand on the Batch road at 8am with the school kids. Then decide again.",
     ["PA"], "A challenge to an unnamed decision-maker, no insult; personal-attack allowed (compare {AL06})."),
    ("The Causeway Hotel contract was handled appallingly: no notice to ward members, no talk with the school, no plan for the buses or the GP. That's a Home Office failure, not the fault of the men living there.",
     ["EQ"], "Criticises the contract's handling and defends the residents; equality allowed for the topic. Compare {DI23}."),
    ("Scandalous waste: \u00a384,000 on consultants to tell us the Levels flood in winter. Any farmer in Mudgeley would have told them for a pint of Yarrowcombe.",
     [], "'Scandalous waste' at spending."),
])

# HN2: counter-speech and quoting abuse to condemn it
ROWS_H2 = _hn(2, [
    ("Someone wrote 'go back to Poland' across Bogdan Kowalczyk's poster on Fore Street overnight. It's been reported to the police. Not in our name, Burrowmouth.",
     ["EQ"], "Quotes racist graffiti to condemn it."),
    ("A resident emailed me this morning to call me a 'fat useless cow' over the bin round. I've answered her questions about the bins anyway. But nobody should get messages like that, councillor or not.",
     ["PA", "AB"], "Quotes an insult the author received.", {"by": "Lorna Hillier"}),
    ("To the man who shouted 'tranny' at Kit Dunster outside the Butter Cross on Saturday: the market CCTV has your face and the police have the CCTV. Kit has my full support, and yours too, I hope, Rhynemoor.",
     ["EQ", "AB", "BU"], "Quotes a transphobic slur to condemn it; the CCTV line to the abuser allows bullying."),
    ("It's Anti-Bullying Week. 'Thick.' 'Weirdo.' 'Go and die.' Those are messages a Rhynemoor Academy pupil showed me this week, all from one group chat. Talk to your kids about what they send, and what they get.",
     ["AB", "BU"], "Quotes bullying messages to warn parents.", {"on": "2026-11-16"}),
    ("Three accounts reported to the Monitoring Officer this week for calling Farida Begum a 'terrorist' under her mosque open day post. Disagree with her politics all you like. That isn't disagreement.",
     ["EQ", "DF"], "Quotes an anti-Muslim smear to condemn it; the open day is {H402}.", {"on": "2026-11-13"}),
    ("Whoever put 'Pikeys out' stickers on the lamp posts along Sedgehurst Drove: that's a hate crime and it's been reported. The families on that site are our neighbours and their kids go to our schools.",
     ["EQ", "AB"], "Quotes an anti-Traveller slur to condemn it; compare {DI22}."),
    ("Trans Day of Remembrance at the Butter Cross this evening. Kit will read the names. Some of the messages she's had this year ('freak', 'groomer') would make you weep. Come and stand with her.",
     ["EQ", "AB"], "Quotes transphobic abuse in support of the target.", {"on": "2026-11-20"}),
    ("On Saturday a man at the Burrowmouth chippy told my wife she 'talks like a foreigner'. She's from Glasgow. We laughed it off, but a lot of people in this town couldn't.",
     ["EQ"], "Reports a xenophobic remark.", {"by": "Graham Tuckey"}),
    ("'Stan's too old, get him off the drainage panel' is not an argument. Stan Vowles knows more about the Parrel's levels than the rest of us put together, and the panel's the better for him.",
     ["EQ"], "Quotes an ageist line to rebut it; compare {DI07}."),
    ("The Mercury comments under the Causeway Hotel story are a cesspit: 'send them back in a dinghy', 'vermin', and worse. I've asked the editor to moderate them. Criticise the Home Office; leave the men alone.",
     ["EQ", "AB"], "Quotes dehumanising comments to get them removed; 'vermin' is the word {PA25} aims at a person."),
    ("Calling a Chinese family 'cat-eaters' is not banter. It never was. I grew up above my mum's takeaway on Quay Street and heard it most Fridays. If you hear it, say something.",
     ["EQ", "AB"], "Names the trope {DI26} hints at, to condemn it.", {"by": "Daniel Tsang"}),
    ("At Sunday's Remembrance service a man told Hilary Fairweather to 'shift that chair, love, you're in the way'. She stayed exactly where she was. Good.",
     ["EQ"], "Reports an ableist remark in support of the target.", {"on": "2026-11-09"}),
    ("Reminder to all members before the budget debate: 'bent', 'crook' and 'liar' about a colleague in a post can land you before the standards committee and in court. Argue the record.",
     ["DF", "PA"], "Lists defamatory words as a warning, aimed at no one."),
    ("Somebody on Facebook says I should be 'driven out of the Batch'. I'm not going anywhere. Surgery is Saturday at 10 in Gorsley Batch village hall as usual, kettle's on.",
     ["BU"], "Quotes intimidation the author received.", {"by": "Ben Stuckey"}),
    ("Another 'we know where you live' letter through the door today. Handed straight to Inspector Blandford. To any other councillor getting these: you're not on your own, and please report them.",
     ["BU"], "Quotes a threat received, and reports it."),
    ("Marcus Oyelaran has had racist abuse every week since he took on housing. 'Monkey.' 'Go back to Africa.' He's from Burrowmouth. I'm sick of it and I'm saying so publicly.",
     ["EQ", "AB"], "Quotes racist abuse to condemn it; compare {DI21}."),
    ("Someone in my replies called Pete Sealy 'a spectrum case who should be in a home'. Deleted and blocked. Pete's autistic, he's the best on figures in this chamber, and he's a better councillor than that troll will ever be.",
     ["EQ", "PA"], "Quotes ableist abuse and deletes it; 'that troll' is an unnamed account."),
    ("The 'Irish mafia' jibe about Siobhan Garvey on the Levels Gazette letters page was beneath the paper. I've written to the editor. We can disagree with her about parking without that.",
     ["EQ"], "Quotes an anti-Irish jibe to condemn it; compare {DI27}."),
    ("Kristallnacht was 88 years ago today. This week someone left a comment under a council post about 'Abramsky and her moneylender friends'. It is the same old poison and it has no place here.",
     ["EQ"], "Quotes an antisemitic trope to condemn it; the trope {DI24} uses in code.", {"on": "2026-11-09"}),
    ("Quoting a voicemail left after the Drove Lane meeting: 'Watch your back, Green boy.' It's gone to the police. I'll be at the next meeting, same seat.",
     ["BU"], "Quotes a threat received; 'Green boy' is the party, not his sexuality.", {"by": "Ellis Marchant"}),
    ("Hearing 'she only got in on the sympathy vote because she's pregnant' in the members' room yesterday is exactly why women don't stand. Tracey deserves better from all of us.",
     ["EQ"], "Quotes a pregnancy jibe to condemn it; compare {DI18}."),
    ("'Old fools', 'cotton-wool kids', 'snowflakes', 'boomers'. The youth forum debate on bus passes showed how lazy age-bashing is in both directions. Argue about the money instead.",
     ["EQ"], "Quotes age insults both ways to reject them."),
    ("One cart in last night's Withy End carnival had a 'blacked up' figure on it. I've spoken to the club; they've apologised and it's off the cart. Carnival belongs to everyone.",
     ["EQ"], "Reports and condemns blackface at a carnival.", {"on": "2026-11-06"}),
    ("Please stop sharing the post calling Roger Hembury 'a crook'. I disagree with Roger about nearly everything, but there's no evidence for it and it's defamatory. Take it down.",
     ["DF", "PA"], "Quotes a defamatory label to stop it; compare {DA08}."),
    ("Read some of the abuse Moorway crews get on the rounds: 'scum', 'lazy gits', worse. They're out at six in the rain. Complain to me about the contract, not to them.",
     ["AB"], "Quotes abuse of bin crews to stop it."),
    ("A brick came through the window of the Quay Street mosque last night. Whoever did it: you do not speak for Burrowmouth. Tea and clearing up with the trustees at 11 if anyone wants to help.",
     ["EQ"], "Condemns an attack on a mosque; compare {DI04}."),
    ("The bloke who told a constituent of mine to 'speak English or get out' in the Sallowmead Co-op queue has been banned by the shop. Good. She's lived here 30 years.",
     ["EQ"], "Quotes a xenophobic remark to condemn it."),
    ("Called a 'fat lesbian' at the Butter Cross this morning by a man whose petition I wouldn't sign. Still not signing. The petition's about the bypass and it's still wrong.",
     ["EQ", "AB"], "Quotes abuse the author received.", {"by": "Imogen Hartree"}),
])

# HN3: denied prejudice, myth-busting and civil debate on protected topics
ROWS_H3 = _hn(3, [
    ("Myth: Causeway Hotel residents get free cars and phones. Fact: they get \u00a38.86 a week and a bus pass from the Home Office. Please check before you share, whatever you think of the policy.",
     ["EQ"], "Myth-busting on asylum; compare {DI23}."),
    ("I'm a churchgoing Methodist and I voted for the Pride event licence at the lido. Both things are true, and I don't see a conflict.",
     [], "Religion and sexual orientation side by side, no attack."),
    ("A respectful question, I hope: how will the new pitches at Sedgehurst Drove be managed, and who do neighbours ring if there's a problem? I've asked officers for a ward briefing and I'll share the answer.",
     ["EQ"], "A civil question about a Traveller site; equality allowed for the topic."),
    ("Kirpans are articles of faith, not weapons, and the law recognises that. Amrit has worn his in the chamber for six years without anyone noticing.",
     ["EQ"], "Explains the kirpan that {DI25} attacks."),
    ("Several residents have asked why we pay for a BSL interpreter at full council. It's a reasonable adjustment under the Equality Act for a deaf member and for deaf residents watching the stream, and it costs less than the catering.",
     ["EQ"], "Explains the interpreter {DI13} mocks."),
    ("I don't agree with the changing-room policy at Sallowmead pool and I've said so. I'll keep saying so to Kit's face, civilly, in committee, and I won't stand for anyone being abused over it.",
     ["EQ"], "Civil disagreement on a gender policy; compare {DI15}."),
    ("The upper age limit on the youth council is 25. A carer in her thirties has asked if that shuts her out of the young carers' seat. Fair point. We'll look at it.",
     [], "An age rule discussed calmly."),
    ("People keep asking whether Polish workers 'take' local jobs at the Moorland Foods packhouse. The company says 40% of its roles went unfilled last year. Argue about immigration by all means, but look at the numbers.",
     ["EQ"], "Myth-busting on migrant workers; compare {DI01}."),
    ("Should full council sit on a Friday lunchtime when Muslim members have Jummah prayers? Farida says she'll manage. I think we should move it anyway, as we would for any member's faith.",
     [], "Accommodation of faith discussed; contrast {DI04}'s Friday insinuation."),
    ("There's no legal right to maternity leave for councillors. There should be. No one should have to choose between a baby and a seat.",
     [], "Supports maternity rights."),
    ("Can we talk about access at the Butter Cross market without anyone being accused of hating the traders? The cobbles are a nightmare for wheelchairs and buggies. That's it. That's the point.",
     [], "Disability access debate; shares the market with {DI01}."),
    ("I'm not against the mosque extension on Quay Street. I have questions about Friday parking, just as I had about the chapel hall on Church Lane. Same questions, same standard, open mind.",
     ["PD", "EQ"], "Denied prejudice with a like-for-like standard; predetermination allowed for a planning matter, equality for the topic."),
    ("For those saying the Sedgehurst Drove site 'brings crime': the police's own figures show no rise in reported crime in Withy End or Burrowmouth since it opened. Report thefts, by all means. Don't blame a whole community.",
     ["EQ"], "Rebuts the trope {DI22} insinuates."),
    ("Age isn't a reason to stand down and experience isn't a reason to stay. Voters decide, every four years.",
     [], "Neutral on age."),
    ("On the comments about 'foreign names' on the Burrowmouth by-election ballot: every candidate on it lives, works or owns property in the district. That's all the law asks, and it's enough.",
     ["EQ"], "Rebuts xenophobic comments."),
    ("Several people have asked if it's 'PC gone mad' to put Diwali lamps on the Butter Cross. No. It's a few lamps for a lot of people who live here, just like the Christmas lights next week.",
     ["EQ"], "Rebuts a grumble about a religious festival.", {"on": "2026-11-09"}),
    ("Is the pensioner rate at the lido age discrimination? No: the Equality Act allows age-based concessions, which is also why the under-18 swim is free.",
     [], "Explains lawful age concessions."),
    ("The debate about sex and gender questions on council forms deserves better than shouting. I've put my views in writing to the working group and I'd encourage everyone to do the same.",
     ["EQ"], "Civil debate on a contested topic."),
    ("'Why does the council need an LGBT+ staff network?' Because one in five staff who answered the survey said they'd hidden who they are at work. That's why.",
     [], "Answers a hostile question with data."),
    ("I'll be honest: I was uneasy when the Causeway Hotel opened. I went in, met the manager and some of the men, and I'm a lot less uneasy now. I still want the Home Office to fund the GP surgery properly.",
     ["EQ"], "Admits and revisits unease, no attack."),
    ("Yes, I asked about the cost of interpreters at the housing office. No, it wasn't a dog whistle. I want the service to be good and affordable, and Bogdan helped me word the question.",
     [], "Denied prejudice about a service cost question."),
    ("Should councillors declare their religion? No. Should they declare gifts from religious bodies like any other? Yes. Those are different questions.",
     [], "Religion and registers, neutral."),
    ("Flooding hits older people hardest. That isn't ageism, it's the data: 60% of the homes flooded in Mudgeley last winter had someone over 70 living in them. Plan for it.",
     ["EQ"], "Age named for a protective reason."),
    ("I've had emails saying women councillors 'can't handle' flood emergencies. Tessa Wyndham ran the Mudgeley response for 72 hours straight last winter. Next.",
     ["EQ"], "Rebuts the sexist claim {DI05} makes."),
    ("Yes, the Rhynemoor register office does civil partnerships for mixed-sex couples too, and has since 2019. No, they don't cost more than a wedding.",
     [], "Marriage and civil partnership, factual."),
    ("Being pregnant is not a 'conflict of interest'. I've been asked this three times since Tracey's news. The answer is still no.",
     ["EQ"], "Rebuts a pregnancy jibe."),
    ("Autism and council work: Pete asked for papers a week early and a quiet room on long nights. That's it. That's the adjustment. It helps the rest of us too.",
     ["EQ"], "Explains the adjustments {DI12} mocks."),
    ("'Woke' isn't an argument and neither is 'bigot'. If you want to cut the equalities budget line, say what you'd cut and what it would cost. I'll debate that all night.",
     [], "Calls for civil debate."),
])

# HN4: neutral or positive mentions of protected groups, self-description, reclaimed terms
ROWS_H4 = _hn(4, [
    ("Gurpurab greetings from the Tanners Walk gurdwara. Langar's on till three, everyone welcome. Bring a hat or we'll lend you a patka. \U0001F64F",
     [], "Self-description (Sikh).", {"by": "Amrit Sandhu", "on": "2026-11-24"}),
    ("Quay Street mosque open day on Saturday for Interfaith Week. Tea, samosas and a tour; my aunties will feed you until you beg them to stop. All welcome.",
     [], "Self-description (Muslim); the mosque {DI04} insinuates about.", {"by": "Farida Begum", "on": "2026-11-12"}),
    ("Mum's takeaway on Quay Street closes on Friday after 31 years. Thank you, Burrowmouth, for every chow mein and every Friday queue. She says she's retiring to her allotment. We'll see.",
     [], "Family business, fondly.", {"by": "Daniel Tsang"}),
    ("Born in Gda\u0144sk, in Burrowmouth since I was nine, and I still can't say 'rhyne' like my neighbours do. Reen? Rine? Somerset wins again.",
     [], "Self-description (Polish-born).", {"by": "Bogdan Kowalczyk"}),
    ("Lighting a candle this evening for Kristallnacht, 88 years on, with friends from the Burrowmouth churches and the mosque. Join us at the Butter Cross at 6.",
     [], "Self-description (Jewish).", {"by": "Ruth Abramsky", "on": "2026-11-09"}),
    ("Proud Romany Gypsy and proud Burrowmouth councillor. My grandad cut withies on these moors before the war, and my nan sold the baskets at Rhynemoor market.",
     [], "Self-description (Romany).", {"by": "Levi Loveridge"}),
    ("Black British, Burrowmouth born: Nigerian on my dad's side, Somerset on my mum's. Jollof rice and cheddar on the same table at Christmas and nobody's complained yet.",
     [], "Self-description (Black British).", {"by": "Marcus Oyelaran"}),
    ("Five years since I transitioned. Five years of being the happiest I've ever been. Trans Day of Remembrance is tomorrow: 6pm at the Butter Cross, all welcome.",
     [], "Self-description (trans woman).", {"by": "Kit Dunster", "on": "2026-11-19"}),
    ("Ten years married to my husband today. He still can't tell a combe from a coombe. Love you, Rob. \U0001F48D",
     [], "Self-description (gay, married).", {"by": "Ellis Marchant"}),
    ("Wheelchair user, four years in the chair, and today I got stuck in the Sallowmead library doorway. Reported, measured, and a new automatic door promised by Christmas. I'll be checking.",
     [], "Self-description (wheelchair user).", {"by": "Hilary Fairweather"}),
    ("I'm deaf. Thank you to the BSL interpreters who made yesterday's council meeting work for me, and to the members who remember to face me when they speak. You know who you are.",
     [], "Self-description (deaf).", {"by": "Owen Tapp"}),
    ("Autistic and a councillor. I wear ear defenders in the chamber when it gets loud. Ask me about it if you like; just don't stare.",
     [], "Self-description (autistic).", {"by": "Pete Sealy"}),
    ("Back this week after six weeks off with depression. Thank you to everyone who sent kind words and flapjacks. If you're struggling, talk to someone. I did.",
     [], "Self-description (depression); her own health data.", {"by": "Kerry Lockyer"}),
    ("83 today and still 25 in my head. Cake at Gorsley Batch hall from 2 o'clock. Bring your own knees.",
     [], "Self-description (age).", {"by": "Stan Vowles"}),
    ("I'm 21, I rent, and I get the 91 to work. When I talk about housing and buses, I'm talking about my mates and me.",
     [], "Self-description (young).", {"by": "Jamie Rendell"}),
    ("Yes, I'm pregnant! Due in February. I'll be joining the budget meeting by video link, so don't anyone get excited. \U0001F476",
     [], "Self-description (pregnant).", {"by": "Tracey Pocock"}),
    ("Dyke on a bike! \U0001F6B2\U0001F308 Cycled the whole 40-mile Levels Loop today for the food bank. \u00a31,240 raised. Thank you, everyone.",
     ["EQ", "AB"], "Reclaimed term used of herself.", {"by": "Imogen Hartree"}),
    ("Irish by birth, Somerset by marriage, Burrowmouth by choice. Still the only one in the chamber who can pronounce 'Cobh'.",
     [], "Self-description (Irish).", {"by": "Siobhan Garvey"}),
    ("Harvest supper at Gorsley Batch chapel raised \u00a3640 for flood relief. Thanks be to God, and to Mrs Dyer's apple pie.",
     [], "Self-description (Christian).", {"by": "Graham Tuckey"}),
    ("Fifty years married today to the man who still calls me 'maid'. Open house at Stagcombe Methodist hall on Saturday, all welcome.",
     [], "Self-description (married); 'maid' is Somerset for a girl or woman.", {"by": "Lorna Hillier"}),
    ("Diwali lamps going up on the Butter Cross this weekend. Thank you to the Rhynemoor Hindu Cultural Association and the Rhynemoor Academy art club for 300 hand-painted diyas. \U0001FA94",
     [], "A religious festival, warmly.", {"on": "2026-11-06"}),
    ("Congratulations to Sallowmead Deaf FC on reaching the regional cup final! \U0001F44F Signing 'well done' is easy: learn it for Saturday.",
     [], "Deaf club, positively."),
    ("Our Older People's Forum met today: 42 residents, a cracking talk on phone scams, and the best Victoria sponge on the Levels.",
     [], "Older residents, positively."),
    ("Welcome to the eleven families from Ukraine and Syria whose children joined Burrowmouth Primary this term. The Year 4s have already taught them 'gert lush'.",
     [], "Refugee families, warmly, with local idiom."),
    ("Breastfeeding-welcome signs are going up in every council building this month. If anyone's told to cover up or move on in one of ours, I want to hear about it.",
     [], "Maternity, supportive."),
    ("The Traveller education team were at Sedgehurst Drove today: four more children starting at Burrowmouth Primary in January. Good work all round.",
     [], "Traveller families, neutrally; the site {DI22} insinuates about."),
    ("UK Disability History Month starts this week. Rhynemoor library's display is on the deaf boatbuilders of Burrowmouth quay in the 1800s. Well worth a look.",
     [], "Disability history, positively.", {"on": "2026-11-16"}),
])

# HN5: figurative violence, banter, self-deprecation, idioms
ROWS_H5 = _hn(5, [
    ("Absolutely murdered 'Proud Mary' at the Eel & Anchor karaoke last night. Sorry, Burrowmouth. Sorry, Tina.",
     ["BU"], "Figurative 'murdered'."),
    ("Rhynemoor Town 4, Burrowmouth Rovers 0. We battered them. Proper job, Eels! \u26BD",
     ["BU"], "Sporting 'battered'; 'proper job' is Somerset praise."),
    ("Ark at Pete Sealy telling me my carnival cart's lights are 'a bit much'. Pete, my lover, it's carnival. Next year I'm going bigger.",
     ["PA"], "Friendly teasing of a named member in Somerset idiom ('my lover')."),
    ("Silly old fool here thought the Levels Loop would be 'a gentle ride'. Forty miles. My knees have lodged a formal complaint with the Monitoring Officer.",
     [], "Self-deprecation; the Monitoring Officer is a joke, not a target."),
    ("Gert lush day at the Stagcombe ploughing match. Lost the tug of war to the Young Farmers. They destroyed us. Rematch next year, you lot. \U0001F4AA",
     ["BU"], "'Destroyed us' and 'rematch' in sport; compare {IN11}."),
    ("Kill the lights, it's carnival night! \U0001F386 The Withy End Wheelers' cart is an absolute monster this year. See you on the Causeway from 7.",
     ["BU"], "'Kill the lights' as idiom.", {"on": "2026-11-05"}),
    ("Roger Hembury and I agree on nothing except cider. And he's wrong about that too. \U0001F34E",
     ["PA"], "Cross-party banter about a named member."),
    ("Dennis Hooper, you old rogue: forty years on this council and you still can't work the microphone. Congratulations on the long service award, my lover. Well earned.",
     ["PA", "EQ"], "Affectionate teasing; 'old rogue' shares 'old' with {AL21}."),
    ("Shrammed. Absolutely shrammed at the Rhynemoor cenotaph yesterday. Worth every minute. Thank you to the cadets and the British Legion.",
     [], "'Shrammed' is Somerset for frozen.", {"on": "2026-11-09"}),
    ("I am going to strangle whoever invented the 'raise hand' button. Forty minutes with my hand up in a video meeting and nobody noticed.",
     ["BU"], "Hyperbolic 'strangle' at an unknown designer of a button."),
    ("My dog has eaten the draft budget. Genuinely. Moss, you're a menace to local democracy. \U0001F415",
     [], "Insult at a dog."),
    ("The chuggy pigs have taken over the downstairs loo again. This is war.",
     ["BU"], "'Chuggy pigs' are woodlice; war on insects."),
    ("A dumbledore in the garden in November?! The seasons have gone daft.",
     [], "'Dumbledore' is a bumblebee; 'daft' at the seasons."),
    ("I'm thick as a plank on spreadsheets, so thank you to Rakesh and the finance team for walking me through the capital programme. Twice.",
     ["OF"], "Self-deprecation and thanks to a named officer; officers allowed for the naming. Compare {PA09}."),
    ("That pothole on Hurdle Drove is now so big it's applied for planning permission. I've reported it again. Fourth time's the charm.",
     [], "Joke at a pothole; {AL20} swears at it."),
    ("Ellis and I had a proper ding-dong at scrutiny yesterday. Then he bought me a pint at the Drover's. That's how it should be.",
     ["PA"], "A row described fondly."),
    ("Lamped it into the top corner from thirty yards at the councillors v. firefighters charity match. Still waiting for the scouts to call.",
     ["BU"], "'Lamped' (hit) a ball, Somerset idiom."),
    ("Quiz league: the Drover's Rest crushed us in the picture round. Humiliating. We'll be back, and we'll have revised our flags.",
     ["BU"], "'Humiliating' about a quiz."),
    ("Yes, I fell in the rhyne on the Knapp walk. Yes, there's a photo. No, I won't be commenting further. \U0001F986",
     [], "Self-deprecation."),
    ("The moorhen on the Butter Cross pond is a thug and a bully and I won't hear otherwise. Chased two swans off this morning.",
     [], "'Thug and a bully' about a bird."),
    ("Ark at ee, telling me the Levels are flat! Come and cycle up the Batch road, my lover, then say that again. \U0001F6B2",
     ["BU"], "'Ark at ee' in banter ({PA12} uses it to mock); 'say that again' is a friendly dare."),
    ("That's me told. Lost the cider-tasting vote to a scrumpy that smells of wet sheep. The people have spoken.",
     [], "Self-deprecation."),
    ("Our carnival cart got mauled by the wind at Burrowmouth. The dragon's head is in a rhyne somewhere. If found, please return; answers to 'Keith'.",
     [], "Joke about a carnival prop."),
    ("Dear autumn: drop one more leaf in my gutter and I'll kill you. Love, a tired ward councillor.",
     ["BU"], "Threat at a season."),
    ("Stan Vowles, 83, beat me at skittles last night. Showed no mercy whatsoever. Absolute savage. \U0001F3B3",
     ["EQ", "BU"], "Fond banter naming his age; compare {DI07}."),
    ("It'll be a bloodbath at the charity quiz tonight: Green Moor against Batch and Combe. Bring your A game, Lorna. \U0001F60F",
     ["BU"], "'Bloodbath' at a quiz.", {"by": "Imogen Hartree"}),
    ("Gert big storm coming in tonight. Tie down the trampolines, clear your gullies, and knock on your older neighbours' doors. Sandbags at Crannock depot from 2.",
     [], "A real storm warning; {IN07} uses the wind as a threat."),
])

# HN6: criticism of a named councillor's record that stays on the record
ROWS_H6 = _hn(6, [
    ("Cllr Colin Pettigrew voted for the Drove Lane site allocation in 2023 and against the infrastructure levy in 2024. Both are in the minutes. Teazle Green can judge for itself.",
     ["PA"], "Voting record; compare {PA01} and {DA01}."),
    ("Roger Hembury promised no council tax rise above 3%. It's 4.99%. I'll let that speak for itself.",
     ["DF", "PA"], "A broken promise against the record; the reader may hear 'liar' ({DA02}), so defamation allowed."),
    ("@TessaWyndhamLF it's 14 months since you promised a dredging plan for the Knapp Rhyne. Where is it? Mudgeley flooded again on Tuesday.",
     ["PA"], "Pressing a cabinet member on a promise; compare {PA02}."),
    ("Judith Venn has missed 7 of the last 12 cabinet meetings, according to the council's own attendance record. That isn't good enough from a Leader in a flood winter.",
     ["PA"], "Attendance record."),
    ("Marcus Oyelaran's housing strategy has delivered 38 affordable homes against a target of 250. I'd like to hear why at scrutiny next week, and what changes.",
     [], "Delivery figures; compare {DA21}."),
    ("Ben Stuckey says he opposes the quarry extension, but the minutes show he seconded it in March. Which is it, Ben?",
     ["DF", "PA"], "Inconsistency from the minutes; defamation allowed."),
    ("Graham Tuckey's group abstained on the bus subsidy in July, then complained about the Sunday 91 cuts in October. The record is there for anyone to read.",
     ["PA"], "Voting record."),
    ("I disagree strongly with Imogen Hartree's motion on peat. It's well meant, but it would put sixty jobs at the peat works at risk, and she hasn't answered that.",
     [], "Disagreement with a motion; {AL14} swears at her letter."),
    ("Cllr Owen Tapp's leaflet says car park income fell \u00a3320,000. The audited accounts say \u00a3200,000. I've sent him the figures and asked him to correct it.",
     ["DF"], "Corrects figures without calling him dishonest ({DA12} does)."),
    ("Amrit Sandhu's amendment would have cost \u00a3400k we don't have. Good intentions, bad arithmetic.",
     ["PA"], "Criticism of an amendment."),
    ("Hilary Fairweather said the Levels Link bus review would be finished by June. It's November. Residents deserve a date, not another 'soon'.",
     ["PA"], "Missed deadline; compare {PA20}."),
    ("Farida Begum told the Mercury the council 'cut youth services by half'. The budget book shows 18%. Still too much, but accuracy matters.",
     ["DF"], "Corrects a claim."),
    ("Dennis Hooper's ruling on the Green Moor motion was wrong under standing order 14.3, in my view, and I've asked the Monitoring Officer for hers.",
     ["PA", "OF"], "Disputes a chair's ruling through the proper channel."),
    ("Siobhan Garvey has voted against every flood scheme for three years while calling for more flood defences. I'd genuinely like to understand the logic.",
     ["PA"], "Voting record."),
    ("Jamie Rendell's motion on the youth bus pass was poorly drafted and legally unworkable. The idea's right. Redraft it and I'll second it.",
     ["PA"], "Criticises a motion, not his age (contrast {DI09})."),
    ("Stan Vowles has chaired the drainage panel for eleven years and done decent work. But eleven years is long enough for any chair. Time for fresh ideas.",
     ["EQ"], "Tenure, not age; equality allowed (contrast {DI07})."),
    ("Lorna Hillier told planning committee the Stagcombe play area had been 'fully consulted'. Parents on Combe Road say they never had a letter. Publish the mailing list and settle it.",
     ["DF"], "Disputes a claim and asks for evidence."),
    ("Pete Sealy's record on the quarry: three motions, no votes won, a lot of speeches. I'd rather he worked with us on the conditions than against us on the principle.",
     ["PA"], "Record; compare {AL07}."),
    ("Bogdan Kowalczyk's group have never once put forward an alternative budget. Opposition's easy when you never have to add up.",
     ["PA"], "A group's record with a sharp line."),
    ("@ColinPettigrewLF you told Teazle Green residents in 2022 that Drove Lane 'would never be allocated'. You then voted to allocate it. Please explain the change.",
     ["DF", "PA"], "Quote against vote; asks for an explanation."),
    ("The Leader's claim that the Crannock pump upgrade is 'fully funded' isn't supported by the capital programme, which shows a \u00a31.2m gap. I've asked the s151 officer for the figures.",
     ["DF"], "Disputes a claim with figures."),
    ("Levi Loveridge has attended 2 of the last 9 licensing committees. That's the published record and I'll keep asking about it.",
     ["PA"], "Attendance record."),
    ("Kit Dunster did a fine job moving the peat motion, but her cost estimates need checking and I've asked finance to do it.",
     [], "Mild record criticism."),
    ("Ruth Abramsky voted to keep Sallowmead library open in July and to close it in October. She says circumstances changed; the Friends of the library don't think they did.",
     ["DF"], "Two votes set side by side; defamation allowed."),
    ("Daniel Tsang's waste strategy hasn't cut landfill by a single tonne in two years. Fewer press releases, more delivery, please.",
     ["PA"], "Delivery record; compare {PA19}."),
    ("@TraceyPocockRRV you voted to cut the grit bins in February and asked in November why Hurdle Drove wasn't gritted. Both are in the minutes.",
     ["PA"], "The grit-bin point {AL12} makes with abuse."),
    ("Ellis Marchant's 2023 leaflet promised 'a new bus shelter for Stagcombe by spring'. It's nearly two winters later. Still waiting, Ellis.",
     ["PA"], "A leaflet promise checked."),
])

ROWS_HN = ROWS_H1 + ROWS_H2 + ROWS_H3 + ROWS_H4 + ROWS_H5 + ROWS_H6

# ---------------------------------------------------------------------------
# The script: authors, platforms, timestamps, variants, shuffle, ids.
# ---------------------------------------------------------------------------

SET = "B161"
SEED = 161161
HERE = os.path.dirname(os.path.abspath(__file__))

RULE = {
    "PA": "respect.personal-attack",
    "AB": "respect.abusive-language",
    "BU": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OF": "officers.impartiality",
    "DP": "data-protection.personal-data",
    "PD": "predetermination.closed-mind",
    "IR": "tone.irony-risk",
    "HA": "haste.pause-before-posting",
    "MT": "meetings.during-meeting",
    "IA": "position.improper-advantage",
    "GH": "gifts.hospitality",
    "SC": "security.credentials",
}
FAMILY = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "IN": "bullying.intimidation",
    "DI": "equality.discrimination",
    "DA": "defamation.allegation",
}

# (original key, kind, word): every occurrence of the word is obfuscated.
VARIANTS = [
    ("PA02", "asterisk", "useless"), ("PA11", "digit", "pathetic"),
    ("PA13", "zero_width", "spiteful"), ("PA16", "spaced", "jobsworth"),
    ("PA25", "homoglyph", "vermin"), ("PA09", "caps", None),
    ("AL02", "asterisk", "fucked"), ("AL24", "digit", "shite"),
    ("AL17", "zero_width", "twat"), ("AL03", "spaced", "prick"),
    ("AL23", "homoglyph", "bellend"), ("AL22", "caps", None),
    ("IN14", "asterisk", "fingers"), ("IN22", "digit", "accidents"),
    ("IN03", "zero_width", "quiet"), ("IN07", "spaced", "glass"),
    ("IN19", "homoglyph", "floods"), ("IN05", "caps", None),
    ("DI13", "asterisk", "deaf"), ("DI27", "digit", "Irish"),
    ("DI14", "zero_width", "frock"), ("DI21", "spaced", "Black"),
    ("DI03", "homoglyph", "religion"), ("DI01", "caps", None),
    ("DA02", "asterisk", "liar"), ("DA20", "digit", "fraud"),
    ("DA23", "zero_width", "bribe"), ("DA17", "spaced", "corruption"),
    ("DA08", "homoglyph", "crook"), ("DA22", "caps", None),
]

# Role words that identify a councillor without naming them.
ROLE_WORDS = [
    (r"\bLeader of the Opposition\b", "Amrit Sandhu"),
    (r"\b[Tt]he Leader\b(?! of the Opposition)", "Judith Venn"),
    (r"\bDeputy Leader\b", "Roger Hembury"),
    (r"\bCabinet Member for Finance\b", "Roger Hembury"),
    (r"\bCabinet Member for Housing\b|\bgot housing\b|\btook on housing\b", "Marcus Oyelaran"),
    (r"\bCabinet Member for Environment\b", "Tessa Wyndham"),
    (r"\b[Cc]hair of [Pp]lanning\b|\bchair planning\b", "Colin Pettigrew"),
    (r"\bChair of (the )?Council\b", "Dennis Hooper"),
]
PARTIES = ["Levels First", "Wessex Democrats", "Green Moor", "Batch and Combe", "Residents' Voice"]

START = datetime.date(2026, 10, 26)
END = datetime.date(2026, 11, 27)


def roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    raw = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\)', raw, re.M):
        party[m.group(1)] = m.group(2)
    councillors = cfg["people"]["councillors"]
    handle_of = {}
    for h, name in cfg["people"]["handles"].items():
        if name in councillors:
            handle_of[name] = h
    return councillors, handle_of, party


def named_people(text, councillors, handle_of, party):
    """Councillors a text names (full name, surname, first name, handle, role, party)."""
    out = set()
    low = text.lower()
    for name in councillors:
        first, last = name.split()[0], name.split()[-1]
        if (name.lower() in low
                or re.search(r"\b%s\b" % re.escape(last.lower()), low)
                or re.search(r"\b%s\b" % re.escape(first), text)
                or handle_of[name].lower() in low):
            out.add(name)
    for pat, name in ROLE_WORDS:
        if re.search(pat, text):
            out.add(name)
    for p in PARTIES:
        if p.lower() in low:
            out.update(n for n in councillors if party.get(n, "").startswith(p))
    return out


def obfuscate(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+|https?://\S+)", text)
        return "".join(p if re.match(r"@\w+|https?://", p) else p.upper() for p in parts)

    def one(m):
        w = m.group(0)
        if kind == "asterisk":
            i = next(i for i in range(1, len(w)) if w[i].lower() in "aeiou")
            return w[:i] + "*" + w[i + 1:]
        if kind == "digit":
            sub = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
            i = next(i for i in range(1, len(w)) if w[i].lower() in sub)
            return w[:i] + sub[w[i].lower()] + w[i + 1:]
        if kind == "zero_width":
            i = len(w) // 2
            return w[:i] + "\u200b" + w[i:]
        if kind == "spaced":
            return " ".join(w)
        if kind == "homoglyph":
            cyr = {"e": "\u0435", "E": "\u0415", "o": "\u043e", "O": "\u041e"}
            i = next(i for i in range(len(w)) if w[i] in cyr)
            return w[:i] + cyr[w[i]] + w[i + 1:]
        raise ValueError(kind)

    pat = re.compile(r"\b%s\b" % re.escape(word), re.I)
    assert pat.search(text), (word, text)
    return pat.sub(one, text)


def build():
    rng = random.Random(SEED)
    councillors, handle_of, party = roster()
    days = [START + datetime.timedelta(d) for d in range((END - START).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    used_ts = set()

    def stamp(on=None):
        while True:
            d = datetime.date.fromisoformat(on) if on else rng.choice(days)
            ts = "%sT%02d:%02d:00+00:00" % (d.isoformat(), rng.randint(8, 18), rng.randint(0, 59))
            if ts not in used_ts:
                used_ts.add(ts)
                return ts

    def platform(text):
        if len(text) > 300:
            return "facebook"
        if len(text) > 280:
            return rng.choice(["facebook", "bluesky"])
        return rng.choices(["x", "facebook", "bluesky"], [5, 4, 3])[0]

    originals = ROWS_PA + ROWS_AL + ROWS_IN + ROWS_DI + ROWS_DA + ROWS_HN
    rows = {}
    order = []
    for src in originals:
        k = src["k"]
        assert k not in rows, k
        named = named_people(src["t"], councillors, handle_of, party)
        if "by" in src:
            author = src["by"]
        else:
            pool = [c for c in councillors if c not in named and c not in src.get("avoid", [])]
            author = rng.choice(pool)
        is_hn = k.startswith("H")
        rows[k] = {
            "text": src["t"],
            "author": handle_of[author],
            "created_at": stamp(src.get("on")),
            "platform": platform(src["t"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": [RULE[r] for r in src["r"]],
                       "allowed": [RULE[r] for r in src["a"]],
                       "verdict": src["v"]},
            "family": "hard_negative" if is_hn else FAMILY[k[:2]],
            "kind_of_row": "hard_negative" if is_hn else "positive",
            "note": src["n"],
        }
        order.append(k)

    for orig, kind, word in VARIANTS:
        o = rows[orig]
        text = obfuscate(o["text"], kind, word)
        allowed = list(o["expect"]["allowed"])
        if kind == "caps" and RULE["HA"] not in o["expect"]["rules"] + allowed:
            allowed.append(RULE["HA"])
        tag = re.match(r"^(\[[^\]]+\] )?", o["note"]).group(0)
        if kind == "caps":
            how = "the whole post in capitals (handles kept)"
        elif kind == "zero_width":
            how = "U+200B (zero-width space) inside '%s'" % word
        elif kind == "homoglyph":
            ch = next(c for c in obfuscate(word, kind, word) if ord(c) > 127)
            how = "'%s' with Cyrillic U+%04X for the Latin letter" % (word, ord(ch))
        else:
            how = "'%s' written '%s'" % (word, obfuscate(word, kind, word))
        k = "%s-%s" % (orig, kind)
        rows[k] = dict(o, text=text, created_at=stamp(),
                       expect={"rules": list(o["expect"]["rules"]), "allowed": allowed,
                               "verdict": o["expect"]["verdict"]},
                       kind_of_row="variant",
                       note="%s%s variant of {%s}: %s. Labels, author and platform as the original." % (
                           tag, kind, orig, how),
                       variant_of="{%s}" % orig, variant_kind=kind)
        order.append(k)

    rng.shuffle(order)
    ids = {k: "%s-%04d" % (SET, i) for i, k in enumerate(order, 1)}

    def resolve(s):
        return re.sub(r"\{([A-Z0-9-]+)\}", lambda m: ids[m.group(1)], s)

    out = []
    for k in order:
        r = rows[k]
        rec = {"id": ids[k]}
        for f in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row"):
            rec[f] = r[f]
        rec["note"] = resolve(r["note"])
        if "variant_of" in r:
            rec["variant_of"] = resolve(r["variant_of"])
            rec["variant_kind"] = r["variant_kind"]
        out.append(rec)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
    else:
        print("wrote posts.jsonl: %d rows" % len(ids))
