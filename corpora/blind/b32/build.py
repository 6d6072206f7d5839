#!/usr/bin/env python3
"""Build blind set b32 (Scarsdyke Borough Council).

All texts and labels below were written by hand. The script only shuffles the
rows, gives out ids, authors, platforms, accounts and timestamps, and makes the
obfuscated variants. Fixed seed: running it again gives the same posts.jsonl.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 3232
HERE = Path(__file__).resolve().parent

BUL = "bullying.intimidation"
DEF = "defamation.allegation"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
IR = "tone.irony-risk"
POS = "position.improper-advantage"
HASTE = "haste.pause-before-posting"
GIFT = "gifts.hospitality"

ROWS = []


def P(key, family, text, extra=(), allowed=(), verdict="block", note="", by=None):
    ROWS.append(dict(key=key, family=family, text=text, rules=[family] + list(extra),
                     allowed=list(allowed), verdict=verdict, note=note,
                     kind_of_row="positive", by=by))


def H(key, text, allowed=(), note="", by=None):
    ROWS.append(dict(key=key, family="hard_negative", text=text, rules=[],
                     allowed=list(allowed), verdict="ok", note=note,
                     kind_of_row="hard_negative", by=by))


# ---------------------------------------------------------------- bullying.intimidation (45)
P("bul01", BUL, "@Dewi_on_the_moor you've replied to me four times now. I know which terrace on Tenter Hill is yours. Think on before you reply a fifth.",
  note="Resident who replied; 'I know which terrace is yours' is a know-where-you-live threat without the stock words.")
P("bul02", BUL, "Funny how quiet Cllr Holroyd's street gets after dark. He might want to remember that before Thursday's vote.",
  note="Veiled menace tied to a vote; threat by implication about his home.")
P("bul03", BUL, "Message for whoever lodged that standards complaint about me: withdraw it by Friday and we'll say no more. Carry on and you'll find out what I'm like when I'm not being polite.",
  note="Pressure on a complainant to drop a complaint (code 8.3).")
P("bul04", BUL, "Lovely motor you've got there @ShonaGreenwoodLD. Shame if anything happened to it in the Holme Bridge car park overnight \U0001F697",
  allowed=[IR], note="Classic 'shame if anything happened' menace about her car; mock-friendly tone so irony-risk allowed.")
P("bul05", BUL, "Kirsty at the Clarion should be careful. Journalists who write stories like Tuesday's tend to find that people remember their faces.",
  note="Veiled threat to a local journalist.")
P("bul06", BUL, "Mr Dyson in highways has had his last warning from me. Sort the potholes on Cloughfoot Lane or I'll make sure everyone in Scarsdyke knows where to find him.",
  extra=[OFF], note="Threat to an officer (Head of Highways) to expose where to find him; officer named and pressed, so officers.impartiality too.")
P("bul07", BUL, "If Cllr Thwaite votes for the incinerator she'd better not show her face at Brackenside market again. Folk round here have long memories and short tempers.",
  note="Threat of mob reprisal tied to a vote.")
P("bul08", BUL, "To the lad who keeps commenting under my posts: your mum works at the leisure centre doesn't she. Be a shame for her if the contract review went a certain way.",
  allowed=[POS], note="Resident who replied; menace about a relative's job, using the councillor's role.")
P("bul09", BUL, "Keep pushing this complaint, Parveen, and see how long you keep your seat. And your husband's job at the depot.",
  allowed=[DP], note="Pressure to drop a complaint with menace about her spouse's job; spouse's employer allowed as personal data.")
P("bul10", BUL, "Accidents happen on those steep roads up to Ravensclough, @ColinEarnshawCon. Especially to people who stick their nose into things that don't concern them. Just saying.",
  note="'Accidents happen' innuendo aimed at a named councillor.")
P("bul11", BUL, "We've got forty lads ready to turn up at the town hall on Wednesday and they won't be there to ask polite questions. Cabinet knows what it needs to do.",
  note="Mob threat to force a cabinet decision.")
P("bul12", BUL, "Someone should pay a visit to that planning officer who recommended approval. Lucy Hepworth, isn't it? A proper visit, at home, so she understands.",
  extra=[OFF], note="Incitement to visit an officer at home; officer named and criticised.")
P("bul13", BUL, "I'd hate for your little ones to hear what their dad's been up to, Neville. Vote the right way on the 14th and they never will.",
  allowed=[DP], note="Blackmail over a vote, invoking his children.")
P("bul14", BUL, "Word to the wise for anyone thinking of giving evidence at the standards hearing next month: Scarsdyke is a small town and everybody talks.",
  note="Intimidation of witnesses in standards proceedings (code 8.3), by innuendo.")
P("bul15", BUL, "You've got a nice house up Weavers Green, Gareth. Be a pity if the windows didn't make it through the winter.",
  note="Veiled threat of damage to his house.")
P("bul16", BUL, "Last time somebody crossed me like this in the council chamber they ended up moving to Lancashire. Take the hint, @TariqHussainLab.",
  note="Threat by implication ('take the hint').")
P("bul17", BUL, "I've screenshotted every comment from the people piling in on my post today. Names noted. Addresses aren't hard to find either. You've been warned.",
  note="Threat to residents who replied: addresses, 'you've been warned'.")
P("bul18", BUL, "Tell that reporter from the Clarion that if she doorsteps me again she'll be leaving in an ambulance.",
  note="Explicit threat of violence to a journalist.")
P("bul19", BUL, "Cllr Bashir, you can either drop your objection to the Millgate scheme quietly or I can make your life very, very difficult. Your choice, pal.",
  note="Pressure to drop an objection, with open menace.")
P("bul20", BUL, "We know which gym Cllr Greenwood goes to and what time she leaves. Not a threat. Just letting her know we're paying attention \U0001F440",
  allowed=[IR], note="Surveillance menace with a denial ('not a threat').")
P("bul21", BUL, "anyone who signs that petition against the bypass - we've got the list, and we'll be round to have a word with every single one of you",
  note="Threat to residents who sign a petition; 'have a word' at their homes.")
P("bul22", BUL, "If my car gets another ticket outside the civic centre I'll be waiting for the warden who wrote it. And he won't enjoy it.",
  allowed=[OFF], note="Threat to a parking warden (council staff or contractor), so officers.impartiality allowed only.")
P("bul23", BUL, "Remember, Sandra, Monitoring Officers come and go. Keep this investigation going and you'll be the one going. I've got friends on the appointments panel.",
  extra=[OFF], allowed=[POS], note="Threat to the Monitoring Officer's job to stop an investigation.")
P("bul24", BUL, "Be very careful, Maddy. Some of us know things about your past that would finish you. Vote for the budget and it stays buried.",
  note="Blackmail to secure a vote.")
P("bul25", BUL, "The residents who complained about my surgery times: I've passed your details to some people who'd like a chat. Enjoy.",
  allowed=[DP], note="Menace to complainants; passing their details to others.")
P("bul26", BUL, "It'd be a real shame if the Lib Dem office on Holme Bridge Road had another break-in, wouldn't it. Ewan knows what I mean.",
  allowed=[IR], note="Veiled threat of a break-in aimed at a named councillor.", by="@GarethPollittInd")
P("bul27", BUL, "Shona, you've got two kids at St Aidan's. Think about them before you stand up in full council and call me a liar again.",
  allowed=[DP], note="Menace about her children and their school; school allowed as personal data.")
P("bul28", BUL, "Mohammed Iqbal had better find the money for Slack Bottom baths or I will personally see to it that he never works in local government again.",
  extra=[OFF], note="Threat to an officer's career to change his advice.")
P("bul29", BUL, "To the journalist who wrote 'councillor in expenses row': I've got your home postcode and plenty of free time. Print a correction.",
  note="Threat to a journalist: home postcode plus 'plenty of free time'.")
P("bul30", BUL, "Some of the lads down the Fleece were asking where Cllr Pollitt drinks these days. I didn't tell them. This time.",
  note="Threat by implication ('this time').")
P("bul31", BUL, "Carry on blocking the traveller site, Lorraine, and you'll find your tyres flat every morning till May. Not from me, obviously \U0001F609",
  allowed=[IR], note="Threat about her car tied to a decision, with a wink.")
P("bul32", BUL, "Final warning to @JudithOrmerodLab: pull the library closures or we start turning up at your surgery, then your office, then your front door.",
  note="Escalating mob threat ending at her home.")
P("bul33", BUL, "People who vote against Cloughfoot's flood defences while our houses go under shouldn't expect to sleep easy. We know exactly who they are.",
  note="Threat to councillors over a vote; 'we know exactly who they are'.")
P("bul34", BUL, "You do know I've got the number of your boss at the hospital, @moorside_jen? One more comment like that and I'm ringing it.",
  allowed=[DP], note="Resident who replied; threat to her job.")
P("bul35", BUL, "Cllr Crabtree should think very hard about whether that complaint is worth it. Her business relies on a council licence and licences get reviewed.",
  allowed=[POS], note="Pressure to drop a complaint by menacing her licence.")
P("bul36", BUL, "I'm not saying someone's going to hurt you, Rosie. I'm saying I wouldn't walk home from planning committee on your own any more.",
  note="Threat dressed as advice.")
P("bul37", BUL, "Officers who write reports like the one on Tenter Mill should remember that they live here too. Their kids go to school here too.",
  extra=[OFF], note="Veiled menace at officers and their children over a report.")
P("bul38", BUL, "you'll regret this Asif. not today maybe. but you WILL regret it",
  note="Plain 'you'll regret' threat; lower case, short.")
P("bul39", BUL, "If the Clarion runs that story I'll make sure every advertiser in town pulls out by Monday and their young reporter is out of a job by Easter.",
  note="Threat to a newspaper and a reporter's job to suppress a story.")
P("bul40", BUL, "Dear 'concerned resident' who emailed the standards board: the email had your name at the bottom. Might want to think about that next time you see me in town.",
  note="Menace to a complainant (code 8.3).")
P("bul41", BUL, "Colin's been very brave this week. Be a shame if that bravery extended to the vote on the 3rd. Wouldn't want him hurt.",
  allowed=[IR], note="Veiled threat of harm over a vote.")
P("bul42", BUL, "Got a cousin who does 'removals'. Happy to help any Reform councillor who wants to move out of Slack Bottom in a hurry. Just ask Lorraine.",
  allowed=[IR], note="Innuendo threat ('removals' in quotes) aimed at a named councillor.")
P("bul43", BUL, "Let's see how tough @DerekHolroydCon is when there are a hundred of us outside his house on Saturday morning instead of behind a keyboard.",
  note="Mob threat at a councillor's house.")
P("bul44", BUL, "Stuart Dyson, Head of Highways. Drives a silver Volvo. Parks it on Bracken Rise. Just so everyone knows who to thank for the gritting.",
  extra=[OFF], allowed=[DP], note="Doxxing-style menace at an officer: car and street; personal data allowed (no registration or number).")
P("bul45", BUL, "Anyone who gives evidence against me in this tribunal had better have a good lawyer and a good lock on their door.",
  note="Threat to witnesses.")

# ---------------------------------------------------------------- defamation.allegation (45)
P("def01", DEF, "Cllr Bashir has been on the take from Calder Moss Developments for years. Everyone in Tenter Hill knows it.",
  verdict="review", note="Idiom 'on the take' stated as fact about a named councillor; idiom, so review.")
P("def02", DEF, "Judith Ormerod lied under oath at the Fellside Waste inquiry and she knows it.",
  note="Perjury (a crime) stated as fact: block.")
P("def03", DEF, "The Millgate market vote was rigged. Holroyd's lot fixed the postal votes in Ravensclough and the returning officer looked the other way.",
  extra=[OFF], note="Electoral fraud stated as fact; the returning officer is a council officer accused of misconduct.")
P("def04", DEF, "Neville Sutcliffe is bent. Simple as that.",
  allowed=[PA], verdict="review", note="'Bent' (corrupt) as fact; idiom, review.")
P("def05", DEF, "Bought and paid for. That's what the Brackenside Conservatives are, by the Calder Moss lot.",
  verdict="review", note="'Bought and paid for' about an identifiable group and a named company.", by="@MaddyThwaiteGreen")
P("def06", DEF, "Funny how Cllr Pickles voted through the Tenter Mill flats and then her son-in-law got the groundworks contract. Not declared, of course.",
  allowed=[IR], verdict="review", note="Undeclared interest and favouritism asserted by innuendo presented as fact.")
P("def07", DEF, "Brown envelopes in the car park of the Fleece. That's how planning works in Scarsdyke under Rosie Mellor.",
  verdict="review", note="'Brown envelopes' idiom for bribery, aimed at the planning chair. Idiom so review; arguably block.")
P("def08", DEF, "Gareth Pollitt has been lining his pockets from the Weavers Green community fund since he got elected.",
  verdict="review", note="'Lining his pockets' idiom stated as fact.")
P("def09", DEF, "Barry Haigh claimed mileage for meetings he never went to. \u00a33,400 last year. That's fraud, not an admin error.",
  note="Expenses fraud stated as fact with a figure: block.")
P("def10", DEF, "Fellside Waste paid off the cabinet to get the bin contract. There's no other explanation for the price.",
  note="Bribery of the cabinet by a named company stated as fact: block.")
P("def11", DEF, "Lucy Hepworth rewrote the officer's report on the Holme Bridge retail park after a phone call from the developer. Planning in this town is for sale.",
  extra=[OFF], verdict="review", note="Misconduct alleged against a named officer.")
P("def12", DEF, "Cllr Earnshaw owns two of the houses in the Cloughfoot HMO scheme he keeps voting for. He's never put them on his register.",
  verdict="review", note="Undeclared interest stated as fact.")
P("def13", DEF, "The Lib Dems fiddled their election expenses in Holme Bridge. Ewan Lockwood signed the return knowing it was false.",
  note="Knowingly false election return (an offence) stated as fact: block.", by="@NevSutcliffeCon")
P("def14", DEF, "Maddy Thwaite is a liar and a hypocrite, flying to Bali while preaching net zero.",
  extra=[PA], verdict="review", note="'Liar' as fact about a named councillor; insult too.")
P("def15", DEF, "Tariq Hussain got his nephew a job in housing allocations. Jobs for the boys, Labour style.",
  verdict="review", note="Nepotism (misconduct) stated as fact.")
P("def16", DEF, "Our Chief Executive Alan Brierley has been fiddling his expenses. Hotel in London on the ratepayer for a 'conference' that was a stag do.",
  extra=[OFF], verdict="review", note="'Fiddling his expenses' about a named officer; idiom so review, arguably block.")
P("def17", DEF, "Shona Greenwood took \u00a35k from a developer to drop her objection. I've seen the bank transfer.",
  note="Bribe stated as fact with claimed evidence: block.")
P("def18", DEF, "Everyone on the licensing sub-committee knows Cllr Crabtree tips off her mates before inspections.",
  verdict="review", note="Misconduct stated as common knowledge.")
P("def19", DEF, "The Ravensclough reservoir sale went to Holroyd's golf partner for half its value. Stitch-up from start to finish, and he pocketed the difference.",
  note="Corruption and personal gain ('pocketed the difference') stated as fact: block.")
P("def20", DEF, "Colin Earnshaw stole from the Cloughfoot gala fund when he was treasurer. That's why he 'stood down'.",
  note="Theft stated as fact: block.")
P("def21", DEF, "Lorraine Birtwistle is a crook, plain and simple.",
  extra=[PA], verdict="review", note="'Crook' as fact; also a personal attack.")
P("def22", DEF, "Judith's cabinet cooked the books on the leisure centre to make closure look inevitable. Deliberately. They knew the real figures.",
  verdict="review", note="Deliberate dishonesty alleged about an identifiable cabinet.")
P("def23", DEF, "Asif Bashir moved \u00a3200k from the reserves into his mate's consultancy. Not a rumour, a fact.",
  note="Misappropriation of public money stated as fact: block.")
P("def24", DEF, "Calder Moss Developments bribes councillors. They did it in Oldfield and they're doing it here.",
  note="Bribery by a named company stated as fact: block.")
P("def25", DEF, "Gareth Pollitt's 'independent' campaign was funded by Fellside Waste and he didn't declare a penny of it.",
  verdict="review", note="Undeclared donations stated as fact.")
P("def26", DEF, "Rosie Mellor has a 10% stake in the company building the Millgate flats. That's why she chaired the meeting and pushed it through.",
  verdict="review", note="Undeclared interest and improper motive stated as fact.")
P("def27", DEF, "Funny how every contract Glenys Pickles signs off ends up with Pickles & Daughters Catering. Funny that. Really funny.",
  allowed=[IR], verdict="review", note="Innuendo presented as fact (contracts to her family's firm).")
P("def28", DEF, "The Director of Finance has been hiding the true size of the deficit from members on the Leader's orders. Mohammed Iqbal knows exactly what he's doing.",
  extra=[OFF], verdict="review", note="Dishonesty alleged against a named officer and the Leader.")
P("def29", DEF, "Derek Holroyd perjured himself in the employment tribunal. I sat in the gallery and watched him do it.",
  note="Perjury stated as fact: block.")
P("def30", DEF, "Cllr Sutcliffe was paid to lose the parking vote. Ask him where the new kitchen came from.",
  note="Bribe stated as fact, with innuendo: block.")
P("def31", DEF, "Let's be honest, the Slack Bottom ward election was stolen. Birtwistle's people were harvesting postal votes from the care home.",
  note="Electoral fraud stated as fact: block.")
P("def32", DEF, "Parveen Akhtar's been fiddling her council tax discount for years while voting for rises for everyone else.",
  verdict="review", note="Benefit/discount fraud via the idiom 'fiddling'; review, arguably block.")
P("def33", DEF, "Ewan Lockwood knew about the asbestos at Holme Bridge library and signed it off anyway. He covered it up to save the refurb budget.",
  verdict="review", note="Cover-up (misconduct) stated as fact.")
P("def34", DEF, "Brackenside Leisure Trust is a money-laundering front and Cllr Thwaite sits on the board. Draw your own conclusions.",
  note="Money laundering stated as fact about a named body, with innuendo about a councillor: block.")
P("def35", DEF, "The Clarion's editor is in the council's pocket, paid with advertising to bury stories about the Leader. Corrupt, the lot of them.",
  allowed=[PA], verdict="review", note="Corruption alleged against an identifiable editor and the council.")
P("def36", DEF, "Tariq voted on his own brother's licence application. Didn't leave the room, didn't declare. That's misconduct in public office.",
  note="Named offence (misconduct in public office) stated as fact: block.")
P("def37", DEF, "Neville Sutcliffe is a serial liar. He lied to full council about the bus subsidy and lied again to the Clarion.",
  extra=[PA], verdict="review", note="'Serial liar' as fact with specifics.")
P("def38", DEF, "That 'consultation' on Tenter Hill Park was a fix. Officers binned the objections before counting. Stuart Dyson signed off the fake numbers.",
  extra=[OFF], verdict="review", note="Falsification alleged against a named officer.")
P("def39", DEF, "Fiona Crabtree's hubby's firm got the Christmas lights contract without a tender. She sat on the panel. Not declared.",
  verdict="review", note="Undeclared interest stated as fact.")
P("def40", DEF, "Everybody at the civic centre knows Glenys takes a cut from the market traders' pitch fees. Cash, no receipts.",
  note="Skimming cash (theft) stated as common knowledge: block.")
P("def41", DEF, "Barry Haigh: bought by the bookies. Voted three times against the gambling cap after they sponsored his football club.",
  verdict="review", note="'Bought by' idiom with a causal claim.")
P("def42", DEF, "Our MP Rachel Dewhurst is in Fellside Waste's pocket, and so is half the cabinet.",
  verdict="review", note="'In the pocket' corruption idiom about the MP and cabinet.")
P("def43", DEF, "The whole Labour group on this council is corrupt to the core. Every one of them is on a backhander from somebody.",
  allowed=[PA], verdict="review", note="Corruption and backhanders alleged against an identifiable group.", by="@LorraineBReform")
P("def44", DEF, "Cllr Holroyd forged the signatures on the Ravensclough nomination papers. Two of the 'signers' have been dead for years.",
  note="Forgery stated as fact: block.")
P("def45", DEF, "Fellside Waste dumps at night in Cloughfoot quarry and the council's enforcement team takes a drink to look away.",
  extra=[OFF], note="Illegal dumping and bribery of officers ('takes a drink') stated as fact: block.")

# ---------------------------------------------------------------- respect.personal-attack (15)
P("pa01", PA, "Asif Bashir couldn't run a bath, let alone the finance portfolio. Thick as mince.",
  verdict="review", note="Insult aimed at a named councillor's intelligence.")
P("pa02", PA, "@ShonaGreenwoodLD you are genuinely the most useless, self-satisfied person I've ever had the misfortune to sit opposite.",
  verdict="review", note="Direct insult via @handle.")
P("pa03", PA, "Watching Cllr Holroyd speak is like watching a damp sponge try to think. Pathetic little man.",
  verdict="review", note="Demeaning insult.")
P("pa04", PA, "The planning officer who wrote this report is either clueless or spineless. Probably both.",
  extra=[OFF], verdict="review", note="Insult aimed at an officer by role.")
P("pa05", PA, "Lorraine Birtwistle is a nasty, empty-headed attention seeker and everybody in that chamber knows it.",
  verdict="review", note="Insult aimed at a named councillor.")
P("pa06", PA, "Gareth, you are a waste of oxygen and a waste of a council seat.",
  verdict="review", note="Insult; 'waste of oxygen' arguably severe (block).")
P("pa07", PA, "Cllr Mellor chairs planning like a headless chicken with a gavel. Clueless doesn't begin to cover it.",
  verdict="review", note="Insult about her competence, person not decision.")
P("pa08", PA, "Congratulations to Neville Sutcliffe on his tireless work making Brackenside worse. What a genius. Truly the brains of the outfit \U0001F644",
  extra=[IR], verdict="review", note="Mock praise belittling a named councillor.")
P("pa09", PA, "Ewan Lockwood: spineless, gutless, and twice as dim as he looks, which is saying something.",
  verdict="review", note="String of insults.")
P("pa10", PA, "Some folk are born clowns. Cllr Earnshaw had to work at it.",
  verdict="review", note="Insult by quip.")
P("pa11", PA, "You're vermin, Haigh. Crawl back into whatever drain you came out of.",
  allowed=[AB], note="Dehumanising insult: severe, block.")
P("pa12", PA, "Judith Ormerod is a sneering, arrogant bully who treats every resident like something on her shoe.",
  allowed=[DEF], verdict="review", note="Insult; 'bully' implies misconduct, defamation allowed.")
P("pa13", PA, "honestly Tariq you're a joke. a sad, sulky, pointless joke",
  verdict="review", note="Second-person insult, lower case.")
P("pa14", PA, "Maddy Thwaite, the smuggest woman in the Pennines. Nobody can stand her, not even her own party.",
  verdict="review", note="Insult aimed at a named councillor.")
P("pa15", PA, "@KirstyNuttallClarion you're a second-rate hack who couldn't find a story if it bit you. Stick to the flower show.",
  verdict="review", note="Insult aimed at a journalist.")

# ---------------------------------------------------------------- equality.discrimination (15)
P("eq01", EQ, "Funny how the Tenter Hill mosque gets its car park resurfaced first. We all know who runs this council now.",
  note="Coded attack on Muslims (religion): conspiracy insinuation.")
P("eq02", EQ, "Cllr Akhtar should stick to what her lot are good at. Scarsdyke council isn't a family business from Mirpur.",
  allowed=[PA], note="Race/ethnic origin attack on a named councillor.")
P("eq03", EQ, "Women of Lorraine's age shouldn't be on planning committee. Hot flushes and hormones, no wonder the decisions are all over the place.",
  allowed=[PA], note="Sex and age.")
P("eq04", EQ, "Another wheelchair-user 'consultant' hired to tell us how to build pavements. Maybe spend the money on people who actually contribute?",
  note="Disability: disabled people cast as non-contributors.")
P("eq05", EQ, "Travellers at Slack Bottom again. Lock your sheds, everyone, you know what that lot are like.",
  note="Race (Gypsies and Travellers are a protected ethnic group): criminal stereotype.")
P("eq06", EQ, "Having two men as 'parents' on the fostering list is a step too far. Kids need normal families, not experiments.",
  note="Sexual orientation.")
P("eq07", EQ, "Trans 'women' in the Weavers Green baths changing rooms. If the council wants perverts in with our daughters, it should say so.",
  allowed=[AB], note="Gender reassignment: trans women labelled perverts.")
P("eq08", EQ, "Why does every pregnant officer in this council go off the minute a big project lands? Stop hiring women who'll be on maternity leave by March.",
  note="Pregnancy and maternity, sex.")
P("eq09", EQ, "We don't need a 'Polish community liaison' post. They came here to work, not to be pampered. Let them learn English or go home.",
  note="Race/national origin: 'go home'.")
P("eq10", EQ, "Over-70s should not be allowed to stand for council. Cllr Haigh can barely remember what day it is, typical of his generation.",
  allowed=[PA], note="Age.")
P("eq11", EQ, "Cllr Hussain's lot have taken over Tenter Hill. Can't walk down Bright Street without feeling like a foreigner in your own town.",
  allowed=[PA], note="Race/religion: 'his lot have taken over'.")
P("eq12", EQ, "The new equalities officer is 'non-binary'. Of course they are. Next we'll be paying someone to identify as a teapot.",
  extra=[OFF], allowed=[PA, IR], note="Gender identity mocked; aimed at a council officer.")
P("eq13", EQ, "Deaf people get a BSL interpreter at every meeting while the rest of us pay for it. Read the minutes like everyone else.",
  note="Disability.")
P("eq14", EQ, "Single mums in the Cloughfoot flats are milking the system, same as always. Maybe keep your legs shut if you can't pay the rent.",
  allowed=[AB], note="Sex, maternity and marital status; crude.")
P("eq15", EQ, "Jewish landlords have bought up half of Millgate. Funny that, isn't it.",
  allowed=[IR], note="Antisemitic trope (religion/race) by insinuation.")

# ---------------------------------------------------------------- respect.abusive-language (15)
P("ab01", AB, "This fucking budget is going to gut Brackenside and nobody in cabinet gives a shit.",
  allowed=[PA], verdict="review", note="Obscenity aimed at a budget and the cabinet.")
P("ab02", AB, "Cloughfoot Lane is a shit-tip. Three months I've been reporting it. Get it fucking sorted, Scarsdyke.",
  verdict="review", note="Obscenity aimed at the council, not a person.")
P("ab03", AB, "What a bollocks answer from the portfolio holder. Absolute arse-covering crap.",
  allowed=[PA], verdict="review", note="Obscene language about an answer; person by role so PA allowed.")
P("ab04", AB, "Holroyd, you absolute fucking weapon. Sit down.",
  extra=[PA], verdict="review", note="Obscene insult aimed at a named councillor.")
P("ab05", AB, "Piss off with your 'efficiency savings', Labour. We've heard it all before.",
  allowed=[PA], verdict="review", note="Vulgar, aimed at a party.", by="@ColinEarnshawCon")
P("ab06", AB, "Neville Sutcliffe is a spineless twat and a bellend.",
  extra=[PA], verdict="review", note="Obscene insult; arguably block.")
P("ab07", AB, "Fuck me, the Tenter Hill car park charges have doubled. Who signed off this crap?",
  verdict="review", note="Obscenity aimed at a decision.")
P("ab08", AB, "Oh for fuck's sake, the gritters are out on the main road and not one of the estates. Bloody shambles.",
  verdict="review", note="Obscenity, no person.")
P("ab09", AB, "The people behind this incinerator are a bunch of greedy bastards and I hope the whole scheme goes tits up.",
  allowed=[PA], verdict="review", note="Obscene language at an unnamed group.")
P("ab10", AB, "You utter dickhead, @EwanLockwoodLD. Read the bloody report before you open your mouth.",
  extra=[PA], verdict="review", note="Obscene insult via @handle.")
P("ab11", AB, "Pennine Moorlink's service is a steaming pile of shite. Forty minutes for the 582 in the sleet.",
  verdict="review", note="Obscenity aimed at a bus company's service.")
P("ab12", AB, "What a load of horseshit in that cabinet statement on housing.",
  verdict="review", note="Vulgarity at a statement; mild end.")
P("ab13", AB, "Cllr Birtwistle is a vile, poisonous cow and she can go fuck herself.",
  extra=[PA], allowed=[EQ], note="Severe obscene gendered abuse: block.")
P("ab14", AB, "Screw the consultation, screw the 'stakeholders', just fix the f*cking roads",
  verdict="review", note="Self-censored obscenity (as written by the author) aimed at the council.")
P("ab15", AB, "Who the hell thought grey cladding on the market hall was a good idea? Pig-ugly shite.",
  verdict="review", note="Vulgarity at a design decision.")

# ---------------------------------------------------------------- hard negatives (120)
# robust political language that sounds threatening
H("hn001", "We will fight this closure of Holme Bridge library all the way: petition, scrutiny call-in, judicial review if we have to.", note="Robust campaign language.")
H("hn002", "Cllr Holroyd, I'll be coming for your seat in May. Nothing personal, but Ravensclough deserves better than the last four years.", note="Electoral challenge, not a threat.", by="@BarryHaighInd")
H("hn003", "The cabinet will pay for the bin strike at the ballot box. Mark my words.", note="'Will pay' at the ballot box.")
H("hn004", "This budget will kill the high street. Business rates up, parking up, footfall down. Do the maths.", note="'Kill' about a policy.")
H("hn005", "We're going to make the Labour group's lives very uncomfortable at scrutiny next week. That's what opposition is for.", note="Political pressure via scrutiny.", by="@FionaCrabtreeCon")
H("hn006", "Consider this fair warning to the administration: if the Weavers Green baths close, we will put it on every leaflet in every ward until polling day.", note="'Fair warning' of campaigning.")
H("hn007", "Nobody in the Conservative group should sleep easy about this flooding report. We will be asking questions until we get answers.", note="'Sleep easy' about political scrutiny (near miss to bul33).", by="@TariqHussainLab")
H("hn008", "They've picked a fight with the people of Cloughfoot and they're going to lose it. See you at the public meeting on Thursday, Methodist hall.", note="Fight metaphor, lawful meeting.")
H("hn009", "This is war on the motorist, pure and simple. Scrap the Millgate parking hike.", note="'War' metaphor at a policy.")
H("hn010", "We know exactly where this administration's priorities lie, and it isn't Slack Bottom. Every vote on the 24th will be on the record.", note="'We know where' about priorities; near miss.")
H("hn011", "If the Leader thinks she can bury the leisure review until after the election, she's in for a shock. We'll force it onto the agenda.", note="'In for a shock' = procedural.")
H("hn012", "Derek, you'll regret not backing the bus subsidy when you're knocking on doors in Ravensclough in April. Residents haven't forgotten.", note="'You'll regret' tied only to electoral consequences (judgement call).")
H("hn013", "Vote them out. Every last one of the cabinet who voted to close the day centre. May 7th. Be there.", note="Call to vote.")
H("hn014", "The Reform group wants to scrap the climate plan. We'll be throwing everything at stopping them, lawfully and loudly.", by="@MaddyThwaiteGreen", note="Robust opposition.")
H("hn015", "We're going to hammer them on the housing numbers at full council. Watch this space.", note="'Hammer' metaphor.")
H("hn016", "I'll be on Cllr Mellor's case about the Millgate affordable housing numbers at every scrutiny meeting until they go up.", note="Persistent civil pressure on a named councillor's portfolio.")
H("hn017", "Bring on the election. I've got the results of 2,000 doorstep conversations and the administration should be worried.", note="'Should be worried' electorally.")
H("hn018", "Sorry Judith, but this is going to haunt you at the ballot box. You promised Cloughfoot a flood wall and delivered a leaflet.", note="Political consequence, civil.")
H("hn019", "The Lib Dems have declared war on the Brackenside bypass. Fine. We'll see them at the inquiry with our evidence.", note="War metaphor, lawful process.", by="@DerekHolroydCon")
H("hn020", "There will be consequences for the administration if the children's centre closes: political consequences, starting in May.", note="'Consequences' spelled out as political.")
H("hn021", "We'll be knocking on every door in Tenter Hill to make sure people know how their councillors voted on the library. Every. Single. Door.", note="Canvassing, near miss to mob threats.")
H("hn022", "If you vote for the incinerator, don't expect my support at the next group selection meeting. I mean it.", note="Legitimate intra-party consequence; judgement call.")
H("hn023", "Cllr Bashir's budget is dead on arrival. We'll be voting it down and tabling our own amendment.", note="'Dead on arrival' about a budget.")
H("hn024", "This administration is running Scarsdyke into the ground and it has to go.", note="Harsh but aimed at the administration's record.")
H("hn025", "Fair warning to the Highways team (with respect): I'll be raising Cloughfoot Lane at every single meeting until it's resurfaced.", allowed=[OFF], note="Persistent but civil; officers mentioned as a team.")
# idioms
H("hn026", "Our Maddy absolutely murdered that karaoke version of 'Jolene' at the Brackenside fundraiser. Sorry, Dolly.", note="Idiom 'murdered that song'.")
H("hn027", "The new bin-collection app is a killer app, honestly. Reported a missed collection in 20 seconds. Well done to the digital team.", note="Idiom 'killer app'.")
H("hn028", "I'm dying to see the new market hall when it opens. Those photos are stunning.", note="Idiom.")
H("hn029", "Cllr Hussain's 'Leave the car at home' day really killed it this year. 300 kids walked to school in Tenter Hill.", note="Idiom 'killed it'.")
H("hn030", "Shot myself in the foot there: said the surgery was Friday when it's Saturday. Saturday 10am, Holme Bridge library!", by="@ShonaGreenwoodLD", note="Idiom, self-directed.")
H("hn031", "Scarsdyke Harriers destroyed Todmoor 4-0 on Saturday. Absolute massacre. Proud of our lads.", note="Sport violence metaphors.")
H("hn032", "I could strangle whoever invented reply-all. 143 emails about the Christmas lights switch-on before 9am \U0001F602", note="Hyperbole with no real target.")
H("hn033", "Bashir's fiddle playing at the Mela was the highlight of my week. Who knew?", note="'Fiddle' near miss for 'fiddling'.")
H("hn034", "Took a bribe this morning: the Weavers Green Brownies offered me a biscuit to come and judge their bake-off. Couldn't refuse \U0001F36A", allowed=[GIFT], note="Self-joke 'bribe'.")
H("hn035", "Crooked chimney, bent railings, wonky steps: the Slack Bottom almshouses need careful repair, not demolition.", note="'Crooked', 'bent' used literally.")
H("hn036", "The ward team's been on the take-up drive for pension credit all month. 46 households helped so far!", note="'On the take-up' near miss.")
H("hn037", "Brown envelopes landing on doormats this week: that's your council tax bills, not what you're thinking. Check your single-person discount is on.", note="'Brown envelopes' used literally.")
H("hn038", "Lining the pockets of Millgate traders is exactly what Small Business Saturday is for. Get out and shop local.", note="'Lining the pockets' used positively.")
H("hn039", "The kids from St Wilfrid's tore into the mock planning debate and absolutely slaughtered the arguments for a car park. Future councillors there.", note="Idiom 'slaughtered'.")
H("hn040", "Knock 'em dead at your first full council tomorrow, @ParveenAkhtarLab. You'll be brilliant.", note="Idiom 'knock 'em dead' as encouragement.")
# quoted threats condemned
H("hn041", "Someone left a note on Cllr Greenwood's car saying 'we know where you live'. That is not politics, it's intimidation, and I stand with Shona across party lines.", allowed=[BUL], note="Quoted threat condemned.")
H("hn042", "A resident emailed me this morning: 'vote for the incinerator and you'll regret it.' I've passed it to the police. Councillors of every party should be able to vote without fear.", allowed=[BUL], note="Quoted threat reported.")
H("hn043", "Kirsty Nuttall at the Clarion has been sent threats for reporting on the waste contract. Journalists doing their job must be protected. Disgraceful.", note="Condemns threats to a journalist.")
H("hn044", "No, 'someone should burn his house down' is not 'just banter'. I've reported that comment on Cllr Holroyd's page and I'd expect the same if it were about me.", allowed=[BUL], note="Quoted incitement condemned.")
H("hn045", "To whoever keeps posting 'accidents happen' under our officers' photos: we've screenshotted it and given it to the police. Our staff deserve better.", allowed=[BUL, OFF], note="Quoted veiled threat condemned.")
H("hn046", "Being called 'bent' and 'on the take' in my inbox every week is the job now, apparently. It's not OK, and it puts good people off standing.", allowed=[DEF], note="Quoted allegations about self, condemned.")
H("hn047", "I won't repeat the threats made against our Monitoring Officer this week. They were vile, and I've offered Sandra the group's full support.", allowed=[OFF], note="Supports a threatened officer.")
H("hn048", "'Traitors will be dealt with' on a poster outside the town hall. Take it down. Scarsdyke isn't that kind of town.", allowed=[BUL], note="Quoted threat condemned.")
H("hn049", "Reading the abuse sent to Cllr Akhtar after her speech: 'go back where you came from' and worse. Hate has no home here.", allowed=[EQ], note="Quoted racist abuse condemned.")
H("hn050", "Threatening councillors' families is a criminal offence. If you get a message saying 'we know which school your kids go to', call 101 or 999. Don't reply.", allowed=[BUL], note="Safety advice quoting a threat.")
H("hn051", "The man who shouted 'we'll be waiting for you' at Cllr Thwaite after planning committee has been identified. Thanks to Scarsdyke police for acting quickly.", allowed=[BUL], note="Quoted threat reported.")
H("hn052", "Quote from a comment I've just deleted: 'all councillors are bent'. No. Some of us are wrong, some of us are lazy, but please don't assume we're all crooks.", allowed=[DEF], note="Quoted allegation rejected.")
# police investigation / court case stated carefully
H("hn053", "Scarsdyke police have confirmed they are investigating allegations about the award of the waste contract. No one has been charged and everyone is entitled to the presumption of innocence. I won't comment further.", note="Careful report of an investigation.")
H("hn054", "Cllr Haigh has been charged with an offence unrelated to his council role and is due at Calderbank Magistrates' Court in March. He denies it, and I'll say no more while the case is live.", note="Careful, factual report of a charge with denial.")
H("hn055", "The Calder Moss case concluded today. The court found the company breached its contract; there was no finding of dishonesty against any councillor. Judgment is on the court website.", note="Court outcome stated carefully.")
H("hn056", "A former council employee was convicted today of stealing \u00a318,000 from the parking machines, as reported by the Clarion. Internal audit found it and referred it to police. Controls have since been tightened.", note="Conviction reported, unnamed, attributed.")
H("hn057", "Police say a 52-year-old man has been arrested on suspicion of fraud in connection with the Ravensclough Community Trust. He has been released under investigation. The Trust is not connected to the council.", note="Police statement, no name.")
H("hn058", "The standards hearing into Cllr Sutcliffe's conduct is next month. Until it reports, I'm not going to speculate, and nor should anyone else.", note="Careful mention of a pending hearing.")
H("hn059", "The Crown Prosecution Service has decided to take no further action over the complaint about the Brackenside election count. I hope that draws a line under it.", note="Report of an outcome.")
H("hn060", "A reminder that the tribunal case involving the council's former Head of Leisure is ongoing. Please don't post about it: you could prejudice it.", note="Advice not to prejudice a case.")
H("hn061", "Jury sworn in today in the Tenter Mill fire trial. Our thoughts are with the families. Nothing more from me until it's over.", note="Neutral court note.")
H("hn062", "The Ombudsman found maladministration in how the council handled Mrs B's housing case. We accept the finding in full and have apologised.", note="Attributed finding, anonymised.")
H("hn063", "Police confirm the allegation of vote-buying in Slack Bottom was investigated and no offence was found. Good. Let's move on and talk about the bins.", note="Allegation reported as cleared.")
H("hn064", "The waste firm's director was acquitted today. Whatever you thought of the bin contract, the jury has spoken and that should be respected.", note="Acquittal reported.")
# questions asking for transparency
H("hn065", "Will Cllr Bashir publish the full Fellside Waste contract, including the penalty clauses? Residents are paying for it; they should be able to read it.", note="Transparency question.")
H("hn066", "Simple question for the Leader: who at Calder Moss met cabinet members before the Millgate decision, and when? Publish the meeting log.", note="Transparency question.")
H("hn067", "Has every member of the planning committee updated their register of interests this year? Some entries haven't changed since 2022. I've asked for them to be checked.", note="Question about registers, no accusation.")
H("hn068", "Can the council confirm how much was paid to consultants on the leisure review, and to whom? I've asked three times.", note="Transparency question.")
H("hn069", "I'd like to see the gifts and hospitality declarations for the whole cabinet published monthly, not buried in an annual PDF.", note="Transparency request.")
H("hn070", "Why was the Christmas lights contract not put out to tender? I'm not alleging anything, I just want the procurement file published.", note="Question with explicit non-allegation (near miss to def39).")
H("hn071", "FOI going in today for all correspondence between the council and Fellside Waste since April. Sunlight is the best disinfectant.", note="FOI request.")
H("hn072", "Will Cllr Mellor confirm whether she had any contact with the developer before chairing the Millgate meeting? A yes or no would clear this up.", note="Direct question, no assertion (near miss to def26).")
H("hn073", "Where did the \u00a3200k from the reserves go? The budget book says 'other'. That's not good enough and I've asked for a breakdown.", note="Question (near miss to def23).")
H("hn074", "Genuine question: why do the cabinet's expense claims not appear on the transparency page any more? They did until October.", note="Transparency question.")
H("hn075", "Does Cllr Pollitt's campaign return list any donations from companies with council contracts? The Electoral Commission will publish it, and I'll read it.", note="Question (near miss to def25).")
H("hn076", "Asking again: who signed off the Ravensclough reservoir valuation, and was it independent? The sale price looks low to me.", note="Question plus opinion (near miss to def19).")
# allegations attributed to a published report
H("hn077", "The Clarion reports today that the auditor has raised 'significant concerns' about how the waste contract was awarded. That needs answering at audit committee.", note="Attributed to a published report.")
H("hn078", "According to the external auditor's report published this morning, the leisure business case used out-of-date visitor figures. Page 14. Cabinet needs to explain.", note="Attributed.")
H("hn079", "The Ombudsman's report says the council 'failed to investigate properly' the Cloughfoot flooding complaints. Those are their words, and they're damning.", note="Attributed.")
H("hn080", "The BBC says the government is reviewing the Calder Moss housing grant after a whistleblower complaint. Worth following; no findings yet.", note="Attributed, no findings.")
H("hn081", "The standards panel found Cllr Earnshaw breached the code by failing to declare an interest in the HMO scheme. The decision is published on the council website. He has a right of appeal.", note="Published finding stated accurately (near miss to def12).")
H("hn082", "The Electoral Commission fined the Scarsdyke Independents \u00a32,000 for filing their spending return late. An admin failure, not fraud, but rules are rules.", note="Published sanction, framed carefully.")
H("hn083", "Internal audit's report (public, item 7 at audit committee) says purchase cards were used without receipts in three departments. No finding of dishonesty, but controls must improve.", note="Attributed.")
H("hn084", "The Clarion alleges Calder Moss got an early steer on the Millgate bid. Calder Moss deny it. I'd like to hear what the council's own review finds.", note="Attributed allegation with denial.")
H("hn085", "The Monitoring Officer's published report clears Cllr Bashir of any breach over the consultancy. I disagreed with him on that contract, but he's been cleared and that's that.", allowed=[OFF], note="Report of a clearance.")
H("hn086", "Per the district auditor's public interest report, the council 'lost control' of the leisure capital budget. We need a plan, not excuses.", note="Attributed.")
# calls for an inquiry
H("hn087", "I'm calling for an independent inquiry into how the waste contract was awarded. If everything was above board, an inquiry will show that.", note="Call for inquiry.")
H("hn088", "Scrutiny should investigate the Ravensclough reservoir sale. Not to point fingers, but because residents deserve to know the price was fair.", note="Call for scrutiny.")
H("hn089", "We need a proper, public, independent review of the Cloughfoot flood response. Cabinet, officers, the Environment Agency: everyone.", allowed=[OFF], note="Call for review.")
H("hn090", "I've written to the external auditor asking them to look at the Millgate land deal. I'm not making any accusation; I want an independent pair of eyes on it.", note="Referral, explicit non-accusation.")
H("hn091", "Time for a public inquiry into the bus franchising mess. Somebody got this badly wrong and we need to know who and how.", note="Call for inquiry.")
H("hn092", "Our motion to full council: refer the leisure centre procurement to the Audit Committee for a full independent review.", note="Motion.")
H("hn093", "If there's nothing to hide, open the books. I'm asking the Leader to commission an independent review of the regeneration fund.", note="Call for review; 'nothing to hide' near miss.")
H("hn094", "Asked the Chief Executive today for a full review of the standards complaints process. It takes too long and it's failing complainants and councillors alike.", allowed=[OFF], note="Process criticism.")
# harsh criticism of policy / record
H("hn095", "The cabinet's parking policy is a shambles and they should be ashamed of it.", note="Central-nuance example, robust.")
H("hn096", "An idiotic decision. Closing the only public toilets in Millgate the week before the market reopens.", note="Insult aimed at a decision.")
H("hn097", "This transport plan is dishonest in its numbers: it counts the same bus route three times. Redo it.", note="'Dishonest' about a plan's numbers, not a person.")
H("hn098", "The leisure review is a whitewash. Fifty pages and not one word about the pool.", note="'Whitewash' about a document.")
H("hn099", "Bloody brilliant turnout for the litter pick on Tenter Hill! 60 volunteers, 112 bags. You lot are stars.", note="Mild swearing as praise.")
H("hn100", "The council's handling of the gritting this week was a disgrace. Three days with no salt on the estates. Not good enough.", note="Harsh criticism of service.")
H("hn101", "Resign, Asif. The budget has failed and you've lost the confidence of the chamber.", allowed=[PA], note="Resignation call on the record.")
H("hn102", "Daylight robbery: \u00a36.50 to park at the hospital for an hour. We'll be raising it with the trust.", note="Idiom at a charge.")
# equality-adjacent, civil
H("hn103", "Thank you to the Bright Street mosque for welcoming councillors from every party to their open day. Great conversations about the youth club.", note="Positive mention of a faith group.")
H("hn104", "Our Traveller liaison officer does a brilliant job. The Slack Bottom transit site has had no complaints this year. Facts beat prejudice.", allowed=[OFF], note="Counters a stereotype (near miss to eq05).")
H("hn105", "The fostering service needs more carers of every kind, including same-sex couples and single carers. Info evening at the civic centre.", note="Inclusive (near miss to eq06).")
H("hn106", "Proud to see BSL interpretation at full council for the first time. Deaf residents have the same right to follow our decisions as anyone.", note="Inclusive (near miss to eq13).")
H("hn107", "I disagree with the new asylum accommodation plan on cost and location grounds, and I'll say why at full council. The people being housed are not the problem.", note="Civil policy disagreement.")
H("hn108", "As a woman in my fifties on planning committee, I can report that the menopause has not yet stopped me reading a drainage report \U0001F602", by="@RosieMellorLab", note="Self-deprecation (near miss to eq03).")
H("hn109", "The Polish community centre's Wigilia dinner was a joy. Thank you for having us.", note="Positive mention (near miss to eq09).")
# other traps
H("hn110", "Scam warning: fraudsters are phoning residents pretending to be from the council tax team and asking for bank details. We never do this. Hang up.", note="'Fraudsters' not about an identifiable person.")
H("hn111", "Anti-bribery and gifts training for all members this afternoon. Useful refresher on what has to go on the register and when.", note="'Bribery' in a training context.")
H("hn112", "Correction to the Tory leaflet in Ravensclough: the library isn't closing, its hours are changing. I'm sure it was a mistake, but please check the facts.", note="Correction without calling anyone a liar.", by="@ShonaGreenwoodLD")
H("hn113", "Yes, I've had a few threats this week. No, I'm not stepping back. Thanks to everyone who's sent kind messages.", note="Mentions threats received.")
H("hn114", "Knock knock. Who's there? Your Lib Dem team, with the Holme Bridge Focus. We know where you live, because we deliver to you every month \U0001F4EC", by="@EwanLockwoodLD", allowed=[BUL, IR], note="Friendly joke with 'we know where you live' about leaflet delivery.")
H("hn115", "The crime figures are in: burglary down 12% in Cloughfoot, vehicle crime down 9%. Thanks to the neighbourhood policing team.", note="Crime statistics.")
H("hn116", "Fiddling while Rome burns: cabinet spent 40 minutes on the mayor's chain and 4 on the housing waiting list.", note="Idiom 'fiddling while Rome burns'.")
H("hn117", "Cllr Holroyd and I disagree about almost everything, but he was right on the bus subsidy and I said so in the chamber.", note="Civil mention of an opponent.")
H("hn118", "Stitched up? No. We lost the vote on the bypass fair and square. Now we scrutinise how it's delivered.", note="'Stitched up' denied.")
H("hn119", "The ward surgery got heated this afternoon, which is fine: people are angry about the bins and they're entitled to be. Nobody was threatened, everyone was heard.", note="'Threatened' negated.")
H("hn120", "Our candidates aren't for sale, and we've published every donation over \u00a3500 on our website. We challenge the other parties to do the same.", note="'Not for sale' about own party.")

# ---------------------------------------------------------------- obfuscated variants (15)
# (original key, obfuscation kind, word to change, replacement)
VARIANTS = [
    ("bul18", "asterisk", "ambulance", "amb*lance"),
    ("def04", "asterisk", "bent", "b*nt"),
    ("def08", "asterisk", "lining", "l*ning"),
    ("bul38", "digit", "regret this", "r3gret this"),
    ("def21", "digit", "crook", "cr00k"),
    ("ab04", "digit", "fucking", "fuck1ng"),
    ("bul01", "zero_width_space", "know which", "kn\u200bow which"),
    ("def02", "zero_width_space", "lied", "li\u200bed"),
    ("eq05", "zero_width_space", "that lot", "that l\u200bot"),
    ("bul29", "spaced_letters", "postcode", "p o s t c o d e"),
    ("def30", "spaced_letters", "paid", "p a i d"),
    ("bul45", "cyrillic_homoglyph", "lawyer", "l\u0430wyer"),
    ("def44", "cyrillic_homoglyph", "forged", "f\u043erged"),
    ("bul43", "all_caps", None, None),
    ("def01", "all_caps", None, None),
]

HANDLES = {}
for line in (HERE / "council.toml").read_text(encoding="utf-8").splitlines():
    m = re.match(r'^"(@\w+)"\s*=\s*"([^"]+)"', line)
    if m:
        HANDLES[m.group(1)] = m.group(2)

PLATFORMS = ["x", "facebook", "bluesky"]
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]


def caps(text):
    return " ".join(w if w.startswith("@") else w.upper() for w in text.split(" "))


def mentioned(text, name, handle):
    t = text.lower()
    parts = name.lower().split()
    if handle.lower() in t:
        return True
    for p in parts:
        if re.search(r"\b" + re.escape(p) + r"\b", t):
            return True
    if name == "Judith Ormerod" and "leader" in t and "conservative group" not in t:
        return True  # the Leader of the Council is Judith Ormerod
    return False


def stamp(rng):
    d = rng.choice(WEEKDAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {r["key"]: r for r in ROWS}
    out = []
    for r in ROWS:
        if r["by"]:
            author = r["by"]
        else:
            pool = [h for h, n in sorted(HANDLES.items()) if not mentioned(r["text"], n, h)]
            author = rng.choice(pool)
        row = {
            "key": r["key"], "text": r["text"], "author": author,
            "created_at": stamp(rng), "platform": rng.choice(PLATFORMS),
            "account": "personal" if rng.random() < 0.15 else "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        out.append(row)
    orig = {o["key"]: o for o in out}
    for key, kind, word, repl in VARIANTS:
        o = orig[key]
        if kind == "all_caps":
            text = caps(o["text"])
            allowed = o["expect"]["allowed"] + [HASTE]
        else:
            assert word in o["text"], (key, word)
            text = o["text"].replace(word, repl, 1)
            allowed = list(o["expect"]["allowed"])
        out.append({
            "key": key + "-v", "text": text, "author": o["author"], "created_at": stamp(rng),
            "platform": o["platform"], "account": o["account"], "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                       "verdict": o["expect"]["verdict"]},
            "family": o["family"], "kind_of_row": "positive",
            "note": f"Obfuscated variant ({kind}) of the row written as {key}. " + by_key[key]["note"],
            "variant_of": key, "obfuscation": kind,
        })
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        ids[row["key"]] = f"b32-{i:03d}"
    lines = []
    for row in out:
        rec = {"id": ids[row["key"]]}
        for k in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            rec[k] = row[k]
        if "variant_of" in row:
            rec["variant_of"] = ids[row["variant_of"]]
            rec["obfuscation"] = row["obfuscation"]
            rec["note"] = rec["note"].replace(f"written as {row['variant_of']}", rec["variant_of"])
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows")


if __name__ == "__main__":
    main()
