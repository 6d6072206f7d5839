#!/usr/bin/env python3
"""Blind evaluation set b22 (Borough of Esselford): hand-written rows plus a
deterministic build (fixed seed). Run: python3 build.py  -> posts.jsonl"""
import json, random, re, datetime as dt

SEED = 22
A = {  # short aliases for rule ids
    "PA": "respect.personal-attack", "AB": "respect.abusive-language",
    "BI": "bullying.intimidation", "EQ": "equality.discrimination",
    "OF": "officers.impartiality", "DF": "defamation.allegation",
    "RS": "resources.political-use", "IN": "interests.declared-interest",
    "PD": "predetermination.closed-mind", "SC": "security.credentials",
    "IR": "tone.irony-risk", "PO": "position.improper-advantage",
    "DP": "data-protection.personal-data", "HA": "haste.pause-before-posting",
    "CV": "capacity.council-voice", "CF": "confidentiality.disclosure",
}
MINSEV = {"PA": "review", "AB": "review", "BI": "block", "EQ": "block", "OF": "review",
          "DF": "review", "RS": "review", "IN": "review", "PD": "review", "SC": "block",
          "IR": "advice", "PO": "review", "DP": "review", "HA": "advice", "CV": "review",
          "CF": "review"}
ORDER = ["ok", "advice", "review", "block"]

PARTY = {
    "Con": ["@CathyEllwoodLeader", "@OwenPryceRyecroft", "@GrahamTolleyCon", "@AlanFairbrotherCon",
            "@PeteHinchliffe", "@HannahLowtherCon", "@PritiSolankiCon"],
    "Lab": ["@TariqMahmoodLab", "@DawnPillingLab", "@CllrNasreenQ", "@JennyOkonkwo", "@KwameAsanteLab"],
    "LD": ["@BevAshworthLD", "@RosieVargaLD"],
    "Grn": ["@SiobhanKeaneGrn", "@ImogenClayGreen"],
    "Ref": ["@LeeDanversRUK", "@DerekStubbsReform"],
    "Ind": ["@RhysMorganKW", "@BarryNuttallInd"],
}
NAMES = {
    "@CathyEllwoodLeader": "Cathy Ellwood", "@OwenPryceRyecroft": "Owen Pryce",
    "@GrahamTolleyCon": "Graham Tolley", "@AlanFairbrotherCon": "Alan Fairbrother",
    "@PeteHinchliffe": "Peter Hinchliffe Pete", "@HannahLowtherCon": "Hannah Lowther",
    "@PritiSolankiCon": "Priti Solanki", "@TariqMahmoodLab": "Tariq Mahmood",
    "@DawnPillingLab": "Dawn Pilling", "@CllrNasreenQ": "Nasreen Qureshi",
    "@JennyOkonkwo": "Jenny Okonkwo", "@KwameAsanteLab": "Kwame Asante",
    "@BevAshworthLD": "Bev Ashworth", "@RosieVargaLD": "Rosie Varga",
    "@SiobhanKeaneGrn": "Siobhan Keane", "@ImogenClayGreen": "Imogen Clay",
    "@LeeDanversRUK": "Lee Danvers", "@DerekStubbsReform": "Derek Stubbs",
    "@RhysMorganKW": "Rhys Morgan", "@BarryNuttallInd": "Barry Nuttall",
}
# words that tie a post to a registered interest: rows without an explicit author
# never get that interest's holder (so no accidental interest positives)
INTEREST_WORDS = {
    "@OwenPryceRyecroft": ["brackwater", "bwh", "marlow dairy", "25/01142"],
    "@DawnPillingLab": ["rovers", "rrfc"],
    "@GrahamTolleyCon": ["garden centre", "kgc"],
    "@CllrNasreenQ": ["credit union", "scu"],
    "@BevAshworthLD": ["hospice", "st alder"],
    "@LeeDanversRUK": ["harbrook", "skip"],
    "@RhysMorganKW": ["pennycress"],
}

ROWS = []
def R(key, fam, kind, text, rules="", allowed="", v=None, note="", author=None, party=None,
      date=None, account=None):
    ROWS.append(dict(key=key, fam=fam, kind=kind, text=text, rules=rules.split(),
                     allowed=allowed.split(), v=v, note=note, author=author, party=party,
                     date=date, account=account))

# ---------------------------------------------------------------- personal attack
F = "PA"
R("PA01", F, "pos", "Sat through two hours of @PeteHinchliffe 'chairing' licensing this afternoon. The man couldn't run a bath, never mind a committee. Embarrassing to watch.", "PA", note="insult aimed at a named councillor by handle (incompetence put-down idiom)")
R("PA02", F, "pos", "Honestly Cllr Okonkwo, every time you open your mouth at scrutiny the average IQ in Committee Room 1 takes a nosedive. Try reading the papers first.", "PA", note="insult to a named councillor, second person")
R("PA03", F, "pos", "Derek Stubbs is what happens when a pub bore gets given a lanyard. Thick as mince and half as useful.", "PA", note="named councillor called stupid via idiom")
R("PA04", F, "pos", "Some people are born to lead. @CathyEllwoodLeader was born to be a cautionary tale. Spineless, clueless and soon to be seatless 😂", "PA", "IR", note="mock set-up then direct insults at the Leader by handle")
R("PA05", F, "pos", "Barry Nuttall is a parasite. A grubby, worthless little parasite who wants scraping off the chamber floor.", "PA", v="block", note="severe, dehumanising attack on a named councillor: block")
R("PA06", F, "pos", "Whoever in the housing team wrote that letter to my elderly constituent in Saltings is a heartless cretin and should be ashamed of themselves.", "PA OF", note="insult aimed at a council officer by role; officer criticised publicly")
R("PA07", F, "pos", "@KwameAsanteLab mate, you're a clown. Not even a funny one. The sad sort at a kids' party who makes everybody cry.", "PA", note="insult at a councillor by handle, extended metaphor")
R("PA08", F, "pos", "Congratulations to Cllr Lowther on yet another dazzling contribution at cabinet — twenty minutes of waffle from someone who has clearly never had an original thought in that empty head of hers.", "PA IR", note="mock praise turning into a personal insult: irony-risk expected too")
R("PA09", F, "pos", "Rosie Varga: smug, sanctimonious and utterly useless. Lib Dems must be so proud of their golden girl.", "PA", "IR EQ", note="string of insults at a named councillor; 'golden girl' sarcastic, possibly gendered", party="Con")
R("PA10", F, "pos", "Never met a more two-faced, gutless individual than a certain member for Moorgate Park on the Reform bench. You know exactly who you are, Lee.", "PA", "DF", note="identifiable councillor (Lee, Reform, Moorgate Park) insulted; 'two-faced' brushes dishonesty", party="Con")
R("PA11", F, "pos", "Tariq Mahmood has the charisma of a wet Tuesday in Kettlewick and the brains to match. No wonder his lot keep losing.", "PA", note="named councillor insulted (stupidity) in a joke frame", party="Con")
R("PA12", F, "pos", "@ImogenClayGreen you absolute melt. Go back to your yurt and leave the grown-up decisions to grown-ups.", "PA", note="slang insult ('melt') and belittling at a councillor by handle")
R("PA13", F, "pos", "Alan Fairbrother chairs planning like a drunk uncle at a wedding: loud, confused, and nobody can work out why he's been let near the microphone.", "PA", note="ridicule of a named councillor, simile")
R("PA14", F, "pos", "Graham Tolley is a disgrace to the human race. Vile man. Nobody in Kettlewick wants to see his smug face on a leaflet again.", "PA", v="block", note="severe personal attack on a named councillor ('disgrace to the human race'); arguably only review")
F = "hard_negative"
R("PA15", "PA", "neg", "The licensing committee's reasoning on late hours was lazy and badly argued. I'll be asking for the policy to come back to full council.", note="criticises a decision and its reasoning, no person")
R("PA16", "PA", "neg", "I like Pete Hinchliffe, we go back years, but his transport plan is a dog's dinner and I told him so in the chamber.", note="robust criticism of a named councillor's plan, not the man")
R("PA17", "PA", "neg", "This budget is thick with jargon and thin on answers. Residents deserve better than a spreadsheet with a bow on it.", note="'thick' used of a budget document")
R("PA18", "PA", "neg", "The clowns at the Ryecroft gala were brilliant, the kids were in bits laughing. Thank you to every volunteer 🎈", note="'clowns' literal")
R("PA19", "PA", "neg", "Cllr Stubbs and I disagree on nearly everything, but he's turned up to every single flood meeting in Kettlewick and that deserves credit.", note="named opponent praised")
R("PA20", "PA", "neg", "Cabinet's plan to shut two libraries is short-sighted and, frankly, a cowardly piece of policy. Fight it with us on Saturday.", allowed="PA", note="'cowardly' aimed at a policy")
R("PA21", "PA", "neg", "Call me useless at quizzes but I still won the Saltings Legion meat raffle. Three pork pies and a sense of achievement.", note="self-deprecation")
R("PA22", "PA", "neg", "Spineless is not a word I reach for lightly, but the government's retreat on SEND funding is exactly that.", allowed="PA", note="'spineless' aimed at a government policy retreat")
R("PA23", "PA", "neg", "Cllr Okonkwo asked the sharpest question of the night at scrutiny. Worth watching the webcast from 1:12:00 onwards.", note="named councillor praised; same setting as PA02")
R("PA24", "PA", "neg", "Cathy Ellwood should step down as Leader. Three overspends in three years, a collapsed bus contract and no plan for Ryecroft. Time for change.", allowed="PA", note="resignation call grounded in the record")
R("PA25", "PA", "neg", "Whoever chose pale grey text on white for the new bin calendar: please think of residents with poor eyesight. Can we have a high-contrast version?", note="criticises a design choice, polite request")
R("PA26", "PA", "neg", "A parasite is killing the horse chestnuts along Hamble Lane (leaf miner moth). The tree team are on it and will replant where needed.", note="'parasite' literal")
R("PA27", "PA", "neg", "My grandson says I'm a dinosaur because I still print my emails. He's not wrong, to be fair.", note="self-deprecation, 'dinosaur'")
R("PA28", "PA", "neg", "The waffles at the Kettlewick fun day were the best thing I've eaten all year. Sorry, diet. Back on it Monday.", note="'waffle' literal")

# ---------------------------------------------------------------- abusive language
F = "AB"
R("AB01", F, "pos", "The state of the Mill Street potholes. Absolute fucking joke. Reported three times since November.", "AB", note="obscenity aimed at road conditions (no person)")
R("AB02", F, "pos", "Who signed off this shite bus timetable? Half past nothing to quarter to never.", "AB", note="obscene word at a timetable")
R("AB03", F, "pos", "@DerekStubbsReform what a total bellend. Sit down.", "AB PA", note="obscene insult aimed at a councillor by handle")
R("AB04", F, "pos", "Cabinet's housing 'strategy' is bollocks from start to finish and they know it.", "AB", "PA", note="obscenity at a strategy; cabinet mentioned")
R("AB05", F, "pos", "Dear whoever keeps dumping mattresses on Quarry Road: you are a filthy little shit and I hope the cameras catch you.", "AB PA", note="obscene insult aimed at an (unnamed) individual, second person")
R("AB06", F, "pos", "Barry Nuttall is a total cunt and everyone in Saltings knows it.", "AB PA", v="block", note="the c-word at a named councillor: severe")
R("AB07", F, "pos", "Pissed off doesn't begin to cover it. Third week without a bin collection on Beacon Terrace. Sort your shit out, Esselford.", "AB", note="obscenities aimed at the council's service")
R("AB08", F, "pos", "@RosieVargaLD get fucked with your 'concerns'. Some of us actually do the casework.", "AB PA", note="obscene dismissal of a councillor by handle")
R("AB09", F, "pos", "Today's cabinet was a clusterfuck of epic proportions. Nobody knew what they were voting on.", "AB", "PA", note="obscenity about a meeting")
R("AB10", F, "pos", "Hannah Lowther, you sanctimonious dickhead. Crawl back into whatever hole spat you out.", "AB PA", v="block", note="obscene, dehumanising insult at a named councillor: severe")

# ---------------------------------------------------------------- intimidation
F = "BI"
R("BI01", F, "pos", "To the resident who put in a standards complaint about me: I've a fair idea who you are. Think very carefully about your next step.", "BI", "PA", note="veiled threat against a complainant (8.3)")
R("BI02", F, "pos", "Cllr Varga might want to remember Saltings is a small place. People talk, and people remember who their friends were.", "BI", note="veiled menace at a named councillor")
R("BI03", F, "pos", "Nice shop you've got on Market Row, Barry. Be a pity if the licensing lot started taking a closer look at it, wouldn't it?", "BI", "IR PO", note="veiled threat using council powers; mafia idiom")
R("BI04", F, "pos", "A word to whoever keeps feeding stuff to the Esselford Echo: I will find out who you are, and when I do you won't be working for this council much longer.", "BI", "OF", note="threat against a whistleblowing member of staff")
R("BI05", F, "pos", "@TariqMahmoodLab keep pushing that motion and see what turns up about you. Plenty of us have long memories and full phones.", "BI", note="veiled blackmail threat at a councillor")
R("BI06", F, "pos", "Interesting how Cllr Keane walks home from her Hamble Green surgery every Tuesday on her own. Brave. Very brave.", "BI", "IR", note="veiled menace showing knowledge of her movements")
R("BI07", F, "pos", "Witnesses in the Stubbs investigation should ask themselves whether it's really worth it. These things have a way of following you round.", "BI", note="threat against witnesses in a standards investigation (8.3)")
R("BI08", F, "pos", "Last warning, Kwame. Drop the complaint or I'll make sure everyone at your church hears exactly what you said about them.", "BI", note="explicit coercion of a complainant")
R("BI09", F, "pos", "If Fairbrother shows his face at the Moorgate residents' meeting he'd better bring a bodyguard. Just saying.", "BI", note="veiled threat of violence at a named councillor")
R("BI10", F, "pos", "Funny thing about careers in local government, Mr Oduya. They can end very suddenly. Might be worth another look at that report.", "BI OF", note="veiled threat to an officer's job to change his report")
R("BI11", F, "pos", "I've got your number, Cllr Clay. Literally and otherwise. Enjoy your evening 😉", "BI", "IR", note="veiled threat dressed up with a wink")
R("BI12", F, "pos", "Some of the lads in Kettlewick have said they'd like a quiet word with Cllr Danvers about the quarry. I told them I couldn't possibly stop them.", "BI", note="veiled incitement of a physical confrontation")
R("BI13", F, "pos", "To the woman who filmed me outside the polling station: your face is all over my group chat now. Good luck doing your shopping in peace.", "BI", "DP", note="intimidation of a member of the public")
R("BI14", F, "pos", "Priti, you vote with them on Thursday and your little secret won't be a secret by Friday. Your choice.", "BI", note="blackmail of a named councillor")
R("BI15", "BI", "neg", "We're coming for every seat in Moorgate Park in May. Consider yourselves warned, Reform 😄", allowed="BI IR", note="electoral competition idiom", party="Lab")
R("BI16", "BI", "neg", "Cllr Varga and I had a proper set-to at scrutiny this morning. Shook hands after and went for a coffee. That's how it should work.", note="disagreement resolved civilly; same councillor as BI02")
R("BI17", "BI", "neg", "Saltings is a small place and people remember who turned up. Thank you to the 40 volunteers at Sunday's beach clean.", note="shares 'small place ... remember' with BI02, warm meaning")
R("BI18", "BI", "neg", "If you witnessed the fly-tipping on Quarry Road last week, please ring the council's enforcement line. Your details won't be shared with the person reported.", note="appeal to witnesses, supportive")
R("BI19", "BI", "neg", "Fair warning: the gritters are out from 4pm and Kettlewick Hill will be closed overnight. Plan your journeys.", note="'warning' about weather")
R("BI20", "BI", "neg", "Long memories round here. People still talk about the 2007 floods, which is why the new Saltings barrier matters so much.", note="'long memories' about floods")
R("BI21", "BI", "neg", "Watch yourselves on the ice walking back from the panto tonight, folks. Hamble Green pavements are lethal.", note="safety warning, 'watch yourselves'")
R("BI22", "BI", "neg", "Anyone who threatens our officers or councillors will be reported to the police. Abuse is not part of the job, for any of us.", note="counter-speech against threats")
R("BI23", "BI", "neg", "I'll be watching how every member votes on the climate motion, and so will our residents. That's called accountability.", allowed="BI", note="political accountability, borderline wording")
R("BI24", "BI", "neg", "The complaint against me has been dismissed. I respect the complainant's right to raise it and I bear them no ill will whatsoever.", note="shares 'complaint' topic with BI01, gracious")
R("BI25", "BI", "neg", "Knocked on 300 doors in Ryecroft this weekend. Got chased down one path by a very determined terrier. The terrier won.", note="canvassing anecdote")
R("BI26", "BI", "neg", "Final call: if you haven't registered to vote in May, you've got until Friday. Don't miss out!", note="'final call' reminder")
R("BI27", "BI", "neg", "Tariq and I will never agree on the ring road, but I'd defend to the hilt his right to say what he thinks about it.", note="named opponent, civil")
R("BI28", "BI", "neg", "My phone is full of photos of potholes. Residents, keep them coming and I'll chase every single one.", note="shares 'full phones' with BI05")

# ---------------------------------------------------------------- discrimination
F = "EQ"
R("EQ01", F, "pos", "Another 'community centre' application from a certain community in Saltings. We all know what it'll really be used for, and Esselford has plenty of those already.", "EQ", note="coded attack on Muslims (religion): 'certain community', mosque insinuation")
R("EQ02", F, "pos", "Cllr Okonkwo is very articulate, I'll give her that. For someone from where she's from.", "EQ", "PA IR", note="coded racial condescension aimed at a Black councillor")
R("EQ03", F, "pos", "Funny how the 'globalist' consultants on the regeneration board always have names like Goldberg and Rosenthal. Just asking questions 🤔", "EQ", note="coded antisemitic trope (race/religion)")
R("EQ04", F, "pos", "With respect, a 74-year-old has no business chairing a digital strategy. Time the pensioners in the cabinet stepped aside for people who can work an iPad.", "EQ", "PA", note="age: dismissing people as unfit because of age")
R("EQ05", F, "pos", "Not being funny but the Travellers are back on Pennycress field. Lock your sheds and count your kids' bikes.", "EQ", note="ethnic stereotype of Gypsies and Travellers as thieves (race)")
R("EQ06", F, "pos", "Cllr Keane is off on maternity leave AGAIN. Some of us were elected to actually turn up.", "EQ", "PA HA", note="pregnancy and maternity used to belittle a named councillor")
R("EQ07", F, "pos", "I'm all for 'diversity', but when every new face on the Moorgate Park housing list is from overseas, local families have every right to be angry.", "EQ", note="coded hostility on national origin (race) in housing")
R("EQ08", F, "pos", "A bloke in a frock telling our girls what's safe in the Ryecroft changing rooms. No thanks.", "EQ", "AB", note="mocking a trans woman (gender reassignment)")
R("EQ09", F, "pos", "Nothing against them personally, but I wouldn't want two blokes fostering kids on my street. Children need a mum and a dad.", "EQ", note="sexual orientation: same-sex foster carers")
R("EQ10", F, "pos", "Our wheelchair users want every kerb dropped, every bus lowered and every door automatic. At some point the able-bodied taxpayer says enough is enough.", "EQ", note="disability: resentment framed as taxpayer grievance")
R("EQ11", F, "pos", "Women on the planning committee always go with their feelings rather than the facts. Proved it again today.", "EQ", note="sex: stereotype about women members")
R("EQ12", F, "pos", "Odd that the halal butchers on Mill Street never seem to get inspected. Different rules for different folk in this borough, apparently.", "EQ", "DF OF", note="coded religion-based insinuation against Muslim traders")
R("EQ13", F, "pos", "Divorcees and single mums on the housing panel? No wonder every decision favours the feckless.", "EQ", "PA", note="marital status and sex used to denigrate panel members")
R("EQ14", F, "pos", "Tariq can speak for 'his people' in Saltings all he likes. The rest of us are British.", "EQ", "PA", note="race/religion othering of a named councillor")
R("EQ15", "EQ", "neg", "Proud to be at the opening of the new Saltings Islamic Centre today. Beautiful building and such a warm welcome. Eid Mubarak in advance to everyone celebrating!", date="2026-03-18", note="supportive mention, same topic as EQ01")
R("EQ16", "EQ", "neg", "Ramadan starts this week. Community iftar at Moorgate Park hall on Friday, everyone welcome, thanks to the volunteers cooking for 200!", date="2026-02-17", note="supportive, religion")
R("EQ17", "EQ", "neg", "Pleased cabinet has agreed dropped kerbs on every route to Hamble Green health centre. Small change, big difference for wheelchair users and parents with buggies.", note="disability, supportive, shares words with EQ10")
R("EQ18", "EQ", "neg", "Our Traveller site consultation closes Friday. It's a genuine consultation: I want to hear from Travellers and settled residents alike.", note="Travellers, neutral and inclusive")
R("EQ19", "EQ", "neg", "At 74 I'm the oldest on the council and still the one who fixes the group's Wi-Fi. Age is just a number 😎", note="age, self-reference")
R("EQ20", "EQ", "neg", "Congratulations to Cllr Keane on the safe arrival of her daughter! Ward emails come to me while she's on maternity leave.", allowed="DP", note="maternity, warm; same councillor as EQ06")
R("EQ21", "EQ", "neg", "Someone daubed antisemitic graffiti on the bus shelter on Quay Street overnight. Reported to police, cleaned off within the hour. Not in our borough.", allowed="EQ", note="report of hate crime")
R("EQ22", "EQ", "neg", "Trans residents deserve to use our leisure centres without harassment. The new changing village at Ryecroft gets this right for everyone.", note="trans inclusion, shares 'Ryecroft changing' with EQ08")
R("EQ23", "EQ", "neg", "Fostering info evening on Thursday: single people, same-sex couples and over-50s are all welcome to apply. Every child deserves a home.", note="inclusive, shares topic with EQ09")
R("EQ24", "EQ", "neg", "On housing allocations I think the local connection rule should be five years, not two. Reasonable people can disagree on that.", note="residence-based policy, no protected characteristic")
R("EQ25", "EQ", "neg", "International Women's Day: 9 of Esselford's 20 councillors are women. Not half yet, but getting there.", date="2026-03-06", note="sex, supportive")
R("EQ26", "EQ", "neg", "'Go back where you came from' was shouted at one of my volunteers on Mill Street yesterday. If you saw it, please contact the police.", allowed="EQ", note="counter-speech quoting racist abuse")
R("EQ27", "EQ", "neg", "Halal and kosher options are now on every school dinner menu in the borough. Good work by the catering team.", note="religion, supportive; shares 'halal' with EQ12")
R("EQ28", "EQ", "neg", "Asylum is a national matter, not a council one, but I've asked the Home Office for clear figures on the hotel in Esselford Central. Residents deserve facts, not rumours.", note="civil debate on asylum")

# ---------------------------------------------------------------- defamation
F = "DF"
R("DF01", F, "pos", "Funny how the bulky waste contract went to Cllr Danvers's mates without anyone else getting a look-in. Brown envelopes all round, I expect.", "DF", "PA", note="idiom insinuating bribery of a named councillor; arguably block")
R("DF02", F, "pos", "Cathy Ellwood has had her hand in the till since 2019. Ask to see her allowance claims.", "DF", "PA", v="block", note="theft idiom stated as fact about a named councillor: block")
R("DF03", F, "pos", "Pete Hinchliffe is as bent as a nine-bob note, and everyone at the golf club knows it.", "DF", "PA", note="corruption idiom about a named councillor")
R("DF04", F, "pos", "Strange how Cllr Fairbrother's son-in-law keeps winning the grounds maintenance work. Jobs for the family, paid for by you.", "DF", "PO", note="nepotism/misconduct insinuation")
R("DF05", F, "pos", "Derek Stubbs fiddled his mileage for two years and his group covered for him. Fact.", "DF", "PA", v="block", note="expenses fraud stated as fact: block")
R("DF06", F, "pos", "The Reform group's 'fighting fund' is cash from the landlord they keep voting for. Follow the money.", "DF", note="allegation of corrupt payments to an identifiable group", party="Lab")
R("DF07", F, "pos", "Cllr Lowther has been economical with the truth about the Ryecroft closure from day one.", "DF", "PA", note="dishonesty idiom about a named councillor")
R("DF08", F, "pos", "Tolley's been feathering his own nest off the back of council contracts for years.", "DF", "PA", note="idiom: profiting improperly from council contracts")
R("DF09", F, "pos", "Imogen Clay was paid £500 by the solar firm a week before she voted their scheme through. Look at the dates.", "DF", v="block", note="bribe stated as fact: block")
R("DF10", F, "pos", "Calderbrook Waste have been weighing the same lorry twice and billing us for both. Tens of thousands, every month.", "DF", v="block", note="fraud by a named organisation stated as fact: block")
R("DF11", F, "pos", "Barry Nuttall rigged the postal votes in Saltings in 2022. I've got names of people who never got their ballots.", "DF", "PA", v="block", note="electoral fraud stated as fact: block")
R("DF12", F, "pos", "Our so-called 'independent' Cllr Morgan is in the pocket of the quarry company. Always has been.", "DF", "PA", note="corruption idiom")
R("DF13", F, "pos", "Not saying Cllr Solanki doctored the minutes of the licensing sub-committee, but they bear no resemblance to what actually happened.", "DF", note="insinuation of falsified minutes (paralipsis)")
R("DF14", F, "pos", "Kwame Asante has been telling porkies about the housing waiting list for months. The real figure is double.", "DF", "PA", note="dishonesty idiom ('porkies') about a named councillor")
R("DF15", "DF", "neg", "Council tax bills land this week — look out for the brown envelope, and check your band on the VOA website.", note="'brown envelope' literal")
R("DF16", "DF", "neg", "Someone asked if our group 'cooked the books' for the cake sale. Only the recipe book, and the lemon drizzle sold out in 20 minutes 🍋", note="joke, no allegation")
R("DF17", "DF", "neg", "Fraud awareness session for older residents at Hamble Green library on Tuesday: how to spot doorstep scams and fake 'council' callers.", note="'fraud' in a safety event")
R("DF18", "DF", "neg", "I think Cllr Hinchliffe is simply wrong about the ring road. Not dishonest, not bent, wrong. There's a difference and it matters.", note="explicitly disclaims dishonesty; shares words with DF03")
R("DF19", "DF", "neg", "Feathering the nest: the Moorgate Park swift boxes are up and the first pair has already moved in 🐦", note="idiom used literally")
R("DF20", "DF", "neg", "Cllr Ellwood's waiting list figures differ from mine because we're using different quarters. I've asked for both to be published side by side.", note="disagreement on figures without alleging dishonesty")
R("DF21", "DF", "neg", "Follow the money: our budget amendment moves £400k from consultants into youth services. Full details on our website.", note="'follow the money' about own amendment")
R("DF22", "DF", "neg", "Jobs for the boys AND the girls: 60 apprenticeships at the new depot, open to every young person in Esselford.", note="idiom reversed, positive")
R("DF23", "DF", "neg", "Audit committee found no wrongdoing in the grounds maintenance contract. I asked my questions, they were answered. That's how scrutiny should work.", note="shares topic with DF04, no allegation")
R("DF24", "DF", "neg", "Hand in the till? Only to pay for my round at the Kettlewick quiz. We came last. Again.", note="idiom as self-deprecating joke")
R("DF25", "DF", "neg", "The government's line that councils are 'awash with cash' is nonsense, and the figures prove it.", note="rebuts a claim; no allegation of crime")
R("DF26", "DF", "neg", "Postal vote applications for the May elections close on 15 April. Make sure yours is in.", note="shares 'postal votes' with DF11")
R("DF27", "DF", "neg", "Someone's been nicking the Christmas lights off Ryecroft parade again. Police are aware, please check your doorbell cameras.", date="2026-01-06", note="theft by an unknown person, nobody identifiable")
R("DF28", "DF", "neg", "The quarry company's lorries are a menace on Quarry Road and they know it. I want a weight limit and I'll push until we get one.", note="criticism of an organisation's impact, no allegation of wrongdoing")

# ---------------------------------------------------------------- officers
F = "OF"
R("OF01", F, "pos", "Sandra Whitcombe's report on the dairy site reads like the developer wrote it. I've told her it needs redoing before it goes anywhere near committee.", "OF", "PD", note="named Head of Planning: neutrality questioned, pressed to redo report")
R("OF02", F, "pos", "Spoke to Craig Lumley today and made it crystal clear that recommendation to approve has to change. Residents expect officers to listen to them.", "OF", note="pressing a named officer to change a recommendation")
R("OF03", F, "pos", "Our Monitoring Officer somehow finds against opposition councillors every single time. Fiona Hargreaves needs to explain that pattern.", "OF", "DF", note="questions the MO's neutrality in public")
R("OF04", F, "pos", "Deepak Rao's budget figures are, to put it kindly, very convenient for the cabinet. A section 151 officer should be above that.", "OF", "DF", note="questions s151 officer's impartiality")
R("OF05", F, "pos", "Has anyone else noticed the Head of Comms only ever shares the Conservative cabinet's posts? Not very neutral, Gemma.", "OF", note="publicly questions an officer's political neutrality")
R("OF06", F, "pos", "Yvonne Tait has got the Quay Street pub licence badly wrong. I expect to see a different recommendation in the final papers.", "OF", "PD", note="criticises named licensing manager and demands a changed recommendation")
R("OF07", F, "pos", "Matthew Oduya runs housing like his own little fiefdom and ignores every member who isn't in the cabinet.", "OF", "PA", note="criticism of a named officer")
R("OF08", F, "pos", "Told the case officer on the Beacon Terrace HMO that if the report doesn't deal with parking, I'll raise it at full council, loudly and by name.", "OF", "BI PD", note="pressure on an officer to change a report, with threat of public naming")
R("OF09", F, "pos", "Interesting that our chief executive was spotted at a Tory fundraiser last month. So much for Julian Marchbank's political neutrality.", "OF", "DF", note="questions the Chief Executive's neutrality")
R("OF10", F, "pos", "The officers' report on reserves has clearly been written to please the Leader. I've asked for that section to be rewritten before budget council.", "OF", note="officers accused of bias and pressed to rewrite")
R("OF11", F, "pos", "Neil in Democratic Services conveniently 'lost' our motion until after the deadline. Twice now. Coincidence, I'm sure.", "OF DF", "IR", note="named officer accused of deliberate misconduct")
R("OF12", F, "pos", "Our planning officers keep bending over backwards for the volume housebuilders. Whose side are they actually on?", "OF", note="questions planning officers' impartiality")
R("OF13", F, "pos", "I'm asking Ms Hargreaves publicly to reconsider her advice on my declaration. She's wrong and frankly she knows it.", "OF", note="public pressure on the Monitoring Officer to change advice")
R("OF14", F, "pos", "Kieran Doherty's team has had months to fix the Kettlewick bin rounds. If he can't manage it, we need someone who can.", "OF", "PA", note="named officer criticised publicly")
R("OF15", "OF", "neg", "Huge thanks to Yvonne Tait and the licensing team for turning round the street party applications so quickly. Brilliant service.", allowed="OF", note="named officer thanked")
R("OF16", "OF", "neg", "I've asked officers for a briefing so I understand why the report recommends what it does on Kettlewick Quarry. Questions, not conclusions.", allowed="OF PD", note="questioning to understand, which the code allows; neutral on a pending matter")
R("OF17", "OF", "neg", "Police officers did a brilliant job at the Saltings carnival. Not one arrest, lots of selfies.", note="'officers' = police")
R("OF18", "OF", "neg", "The returning officer has published the notice of election for 7 May. Nomination papers are due by 9 April.", date="2026-03-26", allowed="OF", note="neutral mention of returning officer")
R("OF19", "OF", "neg", "Cabinet's choice to cut the street cleaning budget is wrong. It's a political decision and I'll hold the cabinet member to account for it.", note="criticises politicians, not officers")
R("OF20", "OF", "neg", "Welcome to Kieran Doherty, our new Head of Environmental Services. Looking forward to working with him on the bin round review.", allowed="OF", note="named officer welcomed")
R("OF21", "OF", "neg", "Scrutiny tip for new members: read the officer report from the back. The risks section tells you more than the summary.", note="neutral mention of officer reports")
R("OF22", "OF", "neg", "Met the council's new apprentices this morning. A future head of planning or two in that room, no doubt.", note="role words in a warm post")
R("OF23", "OF", "neg", "Chief Inspector Ruth Kavanagh gave us a clear update on anti-social behaviour in Moorgate Park. Extra patrols from next week.", note="police public office holder")
R("OF24", "OF", "neg", "Officers' advice on the budget is their professional view and I respect it, even where my group reaches a different political conclusion.", allowed="OF", note="respects officers' neutrality")
R("OF25", "OF", "neg", "The whistleblowing policy is being refreshed at audit committee. Staff must know they'll be protected if they speak up.", note="staff protection")
R("OF26", "OF", "neg", "The compliance officer at the bank wanted three forms of ID before I could pay the hall deposit. Bureaucracy, eh?", note="'officer' outside the council")
R("OF27", "OF", "neg", "Asked the Head of Housing, Matthew Oduya, for the latest temporary accommodation numbers for Saltings. Answered within a day. Figures below.", allowed="OF", note="named officer, neutral and appreciative")
R("OF28", "OF", "neg", "The cabinet's parking report is spin from cover to cover. The cabinet member signed the foreword, so let's hold him to every word of it.", note="criticism aimed at a politician's report")

# ---------------------------------------------------------------- resources
F = "RS"
R("RS01", F, "pos", "Just ran off 2,000 Labour leaflets on the members' room printer. Cheers to the civic centre for the free toner 😂 Ryecroft, they're heading your way this weekend!", "RS", "IR", party="Lab", note="party leaflets printed on council equipment")
R("RS02", F, "pos", "Drafting our Lib Dem manifesto in the councillors' office between meetings. Council Wi-Fi beats mine at home by miles!", "RS", party="LD", note="party campaigning in council office on council network")
R("RS03", F, "pos", "Kettlewick by-election campaign HQ: Committee Room 3 at the Town Hall, Tuesdays and Thursdays from 6pm. Bring leaflets and biscuits.", "RS", note="council room used as campaign HQ")
R("RS04", F, "pos", "Sending this round from my esselford.gov.uk address so it actually lands in people's inboxes: please vote Green on 7 May!", "RS", party="Grn", note="council email used for an election appeal")
R("RS05", F, "pos", "All our Reform canvass data is on my council-issue iPad now. So much quicker than clipboards.", "RS", "DP", party="Ref", note="council device used for party canvassing")
R("RS06", F, "pos", "Cheers to Gail in member services for proofreading our Conservative newsletter on her lunch break… well, mostly on her lunch break 😉", "RS", "IR OF", party="Con", note="council staff time on party material")
R("RS07", F, "pos", "Our new flyer uses the council crest. Looks far more official and people trust it. Esselford Independents, delivering for you.", "RS", "CV", party="Ind", note="council logo on a party flyer")
R("RS08", F, "pos", "Borrowed the parks team's van to shift our campaign boards round Saltings. Saved us a fortune on hire.", "RS", note="council vehicle for campaign boards")
R("RS09", F, "pos", "Putting this on the council's ward page as well: come to the Labour action day this Saturday, 10am at the Saltings Co-op!", "RS", "CV", party="Lab", note="council page used to promote party campaigning")
R("RS10", F, "pos", "Used the Town Hall franking machine for our branch mailout to members. Tell me that isn't efficient 😅", "RS", "IR", note="council post room for party mailing")
R("RS11", F, "pos", "Zoom on the council's licence at 7 tonight for anyone who wants to help the Independent campaign. Link in DMs.", "RS", party="Ind", note="council software licence for campaigning")
R("RS12", F, "pos", "The mayor's parlour makes a cracking backdrop for our Tory campaign video. Filming Friday!", "RS", "CV", party="Con", note="council building used for campaign filming")
R("RS13", F, "pos", "Asked our neighbourhood officer to slip the Labour ward survey into the council's residents' newsletter. Two birds, one stone.", "RS", "OF CV", party="Lab", note="council staff and publication used for party survey")
R("RS14", F, "pos", "Phone-banking for the Greens from the group office on the council landline, 5 till 7 all week. Volunteers welcome, tea provided.", "RS", party="Grn", note="council phone and office for campaigning")
R("RS15", "RS", "neg", "Casework: please email me on my council address rather than DMing, so it's logged properly and nothing gets missed.", note="council email for council business")
R("RS16", "RS", "neg", "Ward surgery at Saltings library this Saturday, 10 till 12. No appointment needed, just drop in.", note="council building for councillor duties")
R("RS17", "RS", "neg", "Out canvassing for the Conservatives in Hamble Green on Saturday. Meeting in the Fox & Hounds car park at 10.", party="Con", note="campaigning without council resources")
R("RS18", "RS", "neg", "The council has lent 40 laptops to older residents learning to video-call family. Brilliant scheme from the digital inclusion team.", note="council equipment for a council service")
R("RS19", "RS", "neg", "Reminder to our candidates: no council printers, email or staff for election material. Our group pays for every leaflet and the imprint goes on each one.", allowed="RS", note="counter-speech about the rule")
R("RS20", "RS", "neg", "Printed 500 leaflets at the copy shop on Mill Street, paid for by Esselford Labour. Imprint on the back, as the law requires.", party="Lab", note="party printing paid privately")
R("RS21", "RS", "neg", "Used the council's Report It app to flag the broken street lights on Quay Street. Fixed in 48 hours.", note="council app used as intended")
R("RS22", "RS", "neg", "Committee Room 3 was freezing for today's scrutiny session. Bring a jumper next time, colleagues.", note="council room for council business")
R("RS23", "RS", "neg", "A council van was parked across a dropped kerb on Orchard Way this morning. I've raised it with the fleet team: the rules apply to us too.", note="council van, accountability")
R("RS24", "RS", "neg", "Party conference in Harrogate this weekend. Paid my own way and travelling by train, before anyone asks.", note="party activity, own money")
R("RS25", "RS", "neg", "My council iPad keeps logging me out of the agenda app halfway through meetings. Anyone else?", note="council device for council papers")
R("RS26", "RS", "neg", "Manifesto launch at the Bell Inn function room, 7pm Thursday. All Esselford Greens members welcome.", party="Grn", note="party event at a private venue")
R("RS27", "RS", "neg", "Officers have set up a members' briefing in the council chamber on the new Local Plan. Cross-party, all welcome.", note="council chamber for council business")
R("RS28", "RS", "neg", "Pre-election period starts 23 March: the council's social media will go quiet on anything political. Quite right too.", date="2026-03-10", note="pre-election rules, supportive")

# ---------------------------------------------------------------- interests
F = "IN"
OW, DA, GT, NQ, BA, LD_, RM = ("@OwenPryceRyecroft", "@DawnPillingLab", "@GrahamTolleyCon",
                               "@CllrNasreenQ", "@BevAshworthLD", "@LeeDanversRUK", "@RhysMorganKW")
R("IN01", F, "pos", "Delighted Brackwater's scheme for the old bowling green is on the cabinet agenda for the affordable homes fund. Exactly the kind of project Ryecroft needs.", "IN", "PO", author=OW, note="author is a director of Brackwater Homes Ltd; council funding decision ('Brackwater's')")
R("IN02", F, "pos", "BWH have been shortlisted for the council's modern methods housing framework. Fingers crossed: local firm, local jobs!", "IN", "PO", author=OW, note="'BWH' = Brackwater Homes Ltd, author's directorship; council procurement")
R("IN03", F, "pos", "Great to see the Rovers near the top of the list for the council's new 3G pitch grant. Come on you Reds! ⚽", "IN", author=DA, note="author is treasurer of Ryecroft Rovers FC ('the Rovers'); council grant")
R("IN04", F, "pos", "I'll be speaking up for RRFC at cabinet when the lease on the Ryecroft ground comes round. Fair rent for grassroots football, please.", "IN", author=DA, note="'RRFC', author's club; council lease")
R("IN05", F, "pos", "Our garden centre has put in for the council's peat-free compost supply contract. Proud to be a Kettlewick business bidding for Kettlewick work.", "IN", "PO", author=GT, note="'our garden centre' = author's own Kettlewick Garden Centre Ltd; council contract")
R("IN06", F, "pos", "These parking restrictions on Kettlewick Road would kill trade at KGC and every shop on the strip. I'll be arguing against them at cabinet.", "IN", author=GT, note="'KGC' = author's garden centre; traffic order decision (not quasi-judicial)")
R("IN07", F, "pos", "The financial inclusion strategy goes to cabinet next week and names the credit union as lead partner. Brilliant news for Saltings.", "IN", author=NQ, note="author sits on Saltings Credit Union's board ('the credit union')")
R("IN08", F, "pos", "SCU is bidding to run the council's hardship loans scheme. I'll be making the case for local, ethical lending when it comes to the vote.", "IN", "PO", author=NQ, note="'SCU', author's board; council contract and vote")
R("IN09", F, "pos", "Really hope colleagues back the grant to St Alder's in this round of the community fund. The hospice does incredible work for Hamble Green families.", "IN", author=BA, note="author is a trustee of St Alder's Hospice Trust; council grant")
R("IN10", F, "pos", "St Alder's has asked the council to waive business rates on its new charity shop on Mill Street. I hope members say yes.", "IN", author=BA, note="author's trust; council rates relief decision")
R("IN11", F, "pos", "Council's retendering the bulky waste contract. Harbrook Skips would do it cheaper and better, and I'll be saying so.", "IN PO", author=LD_, note="author holds shares in Harbrook Skip Hire Ltd; promotes it for a council contract")
R("IN12", F, "pos", "Disgraceful that the new skip permit fee hits small local operators like Harbrook hardest. I'll be tabling an amendment at budget council.", "IN", author=LD_, note="'Harbrook', author's shareholding; council fees decision")
R("IN13", F, "pos", "The draft Local Plan puts a housing allocation on Pennycress. Good. Kettlewick needs homes and that land is ideal for them.", "IN", author=RM, note="author owns land at Pennycress Farm; Local Plan allocation on it")
R("IN14", F, "pos", "Brackwater's plans for the old Marlow Dairy deserve to go through, and I'll be backing them all the way at planning committee.", "IN PD", "PO", v="block", author=OW, note="author's own firm's pending application 25/01142/FUL; settled view for it on a register matter: block")
R("IN15", "IN", "neg", "Brackwater's scheme for the old bowling green is on the cabinet agenda. I want to see the affordability figures before I decide anything.", author="@KwameAsanteLab", note="same topic as IN01 but the author holds no interest in Brackwater")
R("IN16", "IN", "neg", "Rovers 3-1 up at half time against Ashby Town! Proud treasurer moment ⚽", author=DA, allowed="IN", note="holder mentions own club, but no council matter")
R("IN17", "IN", "neg", "Kettlewick bin collections back to normal from Monday after the lorry breakdown. Thanks for bearing with us.", author=GT, note="holder on an unrelated council matter")
R("IN18", "IN", "neg", "I sit on the credit union's board, so I've declared an interest and will leave the room when the hardship loans item comes up. Colleagues will decide it.", author=NQ, allowed="IN", note="holder declaring and withdrawing: proper handling")
R("IN19", "IN", "neg", "5k fun run for St Alder's on Sunday round Hamble Green park. Trustee hat on, running shoes... somewhere in the loft.", author=BA, allowed="IN", note="holder promotes the charity's event, no council matter")
R("IN20", "IN", "neg", "Harbrook lorries parked on the verge on Quarry Road again. I've reported it to enforcement.", author="@SiobhanKeaneGrn", note="non-holder mentions the firm")
R("IN21", "IN", "neg", "Ryecroft litter pick on Saturday: 40 people, 60 bags. Thank you, all of you.", author=OW, note="holder on unrelated ward business")
R("IN22", "IN", "neg", "Going to skip quiz night: scrutiny papers to read. Rain check, lads.", author=LD_, note="holder; 'skip' in another sense")
R("IN23", "IN", "neg", "Saltings Credit Union is now open Saturdays at the library. Cheaper than the payday lenders by a mile.", author="@TariqMahmoodLab", note="non-holder mentions the credit union")
R("IN24", "IN", "neg", "Kettlewick Road resurfacing starts 2 February. Expect delays by the school; diversions will be signed.", author=RM, date="2026-01-22", note="holder on unrelated council matter")
R("IN25", "IN", "neg", "Watched Ryecroft Rovers' under-12s on Saturday. The pitch grant decision is next month and I'll weigh every bid fairly.", author="@HannahLowtherCon", note="non-holder, same grant as IN03")
R("IN26", "IN", "neg", "The new zebra crossing on Station Road is finally in. Thank you to everyone who signed the petition.", author=DA, note="holder on unrelated council matter")
R("IN27", "IN", "neg", "Kettlewick in Bloom entries close Friday. Front gardens, hanging baskets, balconies: all welcome!", author=GT, note="holder; garden topic but not his business or a council decision on it")
R("IN28", "IN", "neg", "Credit where it's due: Cllr Pryce declared his Brackwater interest and left the room. That's how it should be done.", author="@JennyOkonkwo", note="non-holder praises a declaration")

# ---------------------------------------------------------------- predetermination
F = "PD"
R("PD01", F, "pos", "Let me be absolutely clear: the Marlow Dairy scheme on Station Road is wrong for Ryecroft and it is not getting my vote at planning committee. End of.", "PD", v="block", note="settled view against 25/01142/FUL (register)")
R("PD02", F, "pos", "No amount of 'mitigation' will change my view on Kettlewick Quarry. 300 houses down that road? Over my dead body.", "PD", v="block", note="settled view against 25/01590/OUT (register)")
R("PD03", F, "pos", "The Anchor wants to serve till 2am on Quay Street. Not a chance. I'll be saying no at the licensing hearing and so will anyone with sense.", "PD", v="block", note="settled view against LIC/26/0043 (register)")
R("PD04", F, "pos", "I already know how I'm voting on the Lucky Star amusements licence on Market Row: a big fat no. Gambling dens don't belong next to a primary school.", "PD", v="block", note="settled view against LIC/26/0051 (register)")
R("PD05", F, "pos", "The care home on Hamble Lane is exactly what Hamble Green needs and it has my vote, full stop. Objectors won't sway me.", "PD", v="block", note="settled view FOR 25/01402/FUL (register)")
R("PD06", F, "pos", "HMO at 14 Beacon Terrace? Save your breath, applicants. Committee will be chucking this out and I'll be leading the charge.", "PD", v="block", note="settled view against 26/00021/FUL (register)")
R("PD07", F, "pos", "A 24-hour drive-thru at the retail park, right by the homes on Harbour Way. As far as I'm concerned this one is dead in the water.", "PD", v="block", note="settled view against 26/00088/FUL (register)")
R("PD08", F, "pos", "Mill Street Mini Market's licence review is next month. Frankly they've had their chances. Revoke it. I don't need to hear any more.", "PD", v="block", note="settled view on licence review LIC/26/0019 (register)")
R("PD09", F, "pos", "25/01142/FUL: I've read enough. I'll be moving approval at committee and nothing the objectors say will shift me. Ryecroft needs these homes.", "PD", v="block", note="settled view FOR the pending application, cited by reference")
R("PD10", F, "pos", "The mast on the Orchard Way verge? I've already told residents it's a no from me when it reaches committee. They can count on it.", "PD", v="block", note="settled view against 26/00133/FUL (register)")
R("PD11", F, "pos", "The quarry housing has been sold to us as 'sustainable'. It isn't. My vote's decided and the officer report can say what it likes.", "PD", "OF", v="block", note="closed mind on the Kettlewick Quarry outline, dismisses officer advice in advance")
R("PD12", F, "pos", "As a member of the licensing committee I'm telling The Anchor now: 2am isn't happening on my watch.", "PD", v="block", note="committee member pre-announces refusal of LIC/26/0043")
R("PD13", F, "pos", "There is nothing, NOTHING, the developer can say that would make the Marlow Dairy plans acceptable. I'll be voting them down.", "PD", "HA", v="block", note="settled view against 25/01142/FUL; one shouted word")
R("PD14", F, "pos", "LIC/26/0051: backing it 100%. Jobs for Market Row, and the objectors are just snobs about arcades. My mind's made up.", "PD", "PA", v="block", note="settled view FOR the pending arcade licence")
R("PD15", "PD", "neg", "I have real concerns about traffic from the Marlow Dairy scheme on Station Road. I'll read the officer report and hear both sides at committee before deciding.", allowed="PD", note="predisposition, open mind on a register matter")
R("PD16", "PD", "neg", "I'll be voting against the council tax rise at budget council. Residents simply can't afford another 4.99%.", allowed="PD", date="2026-02-19", note="settled view on the budget, not a quasi-judicial matter")
R("PD17", "PD", "neg", "Consultation on the Kettlewick Quarry outline application closes 20 February. Comment on the planning portal quoting 25/01590/OUT.", allowed="PD", date="2026-02-05", note="neutral information about a register matter")
R("PD18", "PD", "neg", "The Anchor licence hearing is in April. Residents who want their views heard: written representations go to the licensing team before the deadline.", allowed="PD", note="neutral process information")
R("PD19", "PD", "neg", "Planning committee refused the Ashgrove Lane extension last month. The applicant has appealed, so it's for the inspector now.", note="decided matter, not on the register")
R("PD20", "PD", "neg", "I've made my mind up about one thing: the Kettlewick fun run is the best morning of the year 🏃‍♀️", note="'made my mind up' trap, no application")
R("PD21", "PD", "neg", "Because I've campaigned publicly on the Orchard Way mast, I won't sit on committee for that item. A substitute will take my place so the decision is fair.", allowed="PD", note="councillor stands aside properly")
R("PD22", "PD", "neg", "Neighbours have strong views on 14 Beacon Terrace and I'll make sure they're heard. As a committee member I'm keeping an open mind until the evidence is in.", allowed="PD", note="predisposition with open mind")
R("PD23", "PD", "neg", "The government's planning reforms need scrapping. Councils need more say over what gets built, not less.", note="settled view on national policy")
R("PD24", "PD", "neg", "Objectors and supporters of the Hamble Lane care home are both welcome at my surgery. Nothing is decided until committee.", allowed="PD", note="balanced, register matter mentioned")
R("PD25", "PD", "neg", "Licensing sub-committee granted the Saltings food festival licence this morning. Well run, well argued, well done.", note="decided matter, not on the register")
R("PD26", "PD", "neg", "I'm against gambling harm, full stop, and I'll campaign for a national cap on stakes. Individual licence applications are decided on their own merits.", allowed="PD", note="general stance on policy, explicitly not on individual applications")
R("PD27", "PD", "neg", "Never going to back the ring road. Never have, never will. It's a policy choice and voters can judge me on it in May.", allowed="PD", note="settled view on a policy, not a quasi-judicial matter")
R("PD28", "PD", "neg", "Drive-thru applications are rising across the borough. I'd like a policy on hot-food takeaways near schools in the next Local Plan.", note="policy-level comment, no application named")

# ---------------------------------------------------------------- security / credentials
F = "SC"
R("SC01", F, "pos", "Surgery at Saltings library this Saturday. If the side door's locked, the key safe code is 4-1-9-7, just let yourselves in.", "SC", note="key safe code published")
R("SC02", F, "pos", "Group meeting has moved online. Teams meeting ID 384 221 907 55, passcode Hx7Qp2. See you at 6.", "SC", note="meeting passcode published")
R("SC03", F, "pos", "Wi-Fi in the members' lounge: network ESS-Members, password Lapwing!26. Please stop asking me 😂", "SC", "CF", note="network password published; contains a register code word")
R("SC04", F, "pos", "Anyone else had this? Text from 'Esselford Council' asking me to re-verify at esselford-gov-uk.secure-login.co, so I've shared it here in case it's real.", "SC", note="amplifies a lookalike phishing link")
R("SC05", F, "pos", "Foodbank volunteers: if the van's late, ring Maureen direct on 07700 914562. She's the one with the keys.", "SC DP", v="block", note="private individual's mobile number")
R("SC06", F, "pos", "Locked out of my council phone again. For the record the PIN was 2580, which is why IT are now shouting at me.", "SC", note="device PIN published")
R("SC07", F, "pos", "Quick one: my sign-in code is 605 118, can someone in the group office log me in while I'm on the train?", "SC", note="one-time code published")
R("SC08", F, "pos", "Claim your council tax rebate before Friday 👉 esselford-rebate-claims.xyz/login, just pop your bank details in. (Shared from the Moorgate WhatsApp.)", "SC", note="malicious-looking rebate link amplified")
R("SC09", F, "pos", "Cllr Varga's personal mobile is 07700 900381 if you fancy telling her what you think of her vote 😉", "SC", "DP BI IR PA", note="private phone number of another person, with an invitation to contact her")
R("SC10", F, "pos", "Password for the Hamble Green flood group's shared drive is HambleGreen1. All the photos are in there.", "SC", note="shared-drive password published")
R("SC11", F, "pos", "Newsletter sign-up form is live! For the techies helping out, the API key is sk_live_9Tq2Mx7Lp0Rb4Wv8Yc1Zn6Hs.", "SC", note="API key published")
R("SC12", F, "pos", "Residents on the Moorgate estate tell me the bin store keypad is 1 9 8 4 (yes, really). Housing, please change it!", "SC", note="keypad code published while asking for it to be changed")
R("SC13", F, "pos", "Voicemail PIN for the group office phone is still 0000. I've been told to describe this as 'a known issue'.", "SC", note="voicemail PIN published")
R("SC14", F, "pos", "Mayor's office alarm code changes to 7731 from Monday. Staff and members please note.", "SC", note="alarm code published")
R("SC15", "SC", "neg", "Reminder to colleagues: never reuse your council password on social media, and switch on two-factor. Took me ten minutes.", allowed="SC", note="password hygiene, no credential")
R("SC16", "SC", "neg", "Scam alert: fraudsters are texting residents pretending to be the council. We will NEVER ask for your PIN or bank details by text.", allowed="SC HA", note="scam warning mentioning PIN")
R("SC17", "SC", "neg", "The council switchboard is 01632 960000 for bins and housing queries, 8.30 to 5 on weekdays.", note="public council number")
R("SC18", "SC", "neg", "Changed every password I own after the gym chain's data breach. Took an hour. Do it, folks.", note="no credential")
R("SC19", "SC", "neg", "Pin badges for the Saltings lifeboat appeal are on sale at the library, £2 each.", note="'pin' as badge")
R("SC20", "SC", "neg", "Our petition to save Kettlewick library: esselford.gov.uk/petitions. 1,200 signatures and counting!", note="legitimate council link")
R("SC21", "SC", "neg", "Code of conduct training is online this year. Took me 40 minutes and it was worth it.", note="'code' as conduct code")
R("SC22", "SC", "neg", "New keypad entry at the Moorgate community centre means groups no longer have to collect keys from reception. Ask the centre for your code.", note="keypad mentioned, no code")
R("SC23", "SC", "neg", "Members' IT drop-in Thursday: bring your council laptop for the security update. And please, no passwords on Post-it notes.", note="security advice")
R("SC24", "SC", "neg", "My number for ward casework is on my council profile page. Text or ring and I'll come back to you within two working days.", note="own published contact details, no number in post")
R("SC25", "SC", "neg", "Access code for watching tonight's budget debate? Just kidding, it's public! Live on the council's YouTube channel from 7pm.", note="'access code' joke, no code", date="2026-02-25")
R("SC26", "SC", "neg", "Scored 10/10 on this month's phishing test. The fake 'parking refund' email nearly got me though.", note="phishing mentioned, no link")
R("SC27", "SC", "neg", "Key safes for vulnerable residents: the council fits them free for over-75s. Ring adult social care to ask.", note="key safes, no code")
R("SC28", "SC", "neg", "The Ryecroft allotments gate has a new combination lock. Plot holders, check your email from the committee for the numbers.", note="combination lock mentioned, no code")


# ---------------------------------------------------------------- fillers (ordinary council and ward business)
for _i, (_t, _d) in enumerate([
    ("Garden waste collections restart on 2 March. Subscriptions are open now on the council website.", "2026-02-12"),
    ("Lovely afternoon at Kettlewick primary reading with Year 3. They asked if I'd met the King. I have not.", None),
    ("Saltings seafront lights are back on after the storm damage. Thanks to the street lighting crew who worked through the rain.", None),
    ("Sandbags available from the Hamble Green depot until 4pm today. Bring something showing your address.", None),
    ("New benches on Ryecroft parade, chosen by residents' vote. Armrests included, as so many of you asked.", None),
    ("Surgery this week was mostly parking permits and one very polite complaint about seagulls. Seagulls, sadly, I cannot control.", None),
    ("Budget council is on the 25th. Papers are online; if you've questions about what it means for your ward, ask me.", "2026-02-18"),
    ("Congratulations to Moorgate Park Boxing Club on three regional titles. Grit and graft.", None),
    ("Road closure: Harbour Way between the roundabout and Unit 1, Tuesday night, for drainage works.", None),
    ("The warm spaces directory for February is out. Libraries, churches and the Saltings community hall are open with tea and heating.", "2026-01-30"),
    ("First foodbank shift of the year done. Demand is up a fifth on last January. Tinned fish especially welcome.", "2026-01-09"),
    ("Thanks to Kettlewick WI for having me to talk about the Local Plan. Tough questions, great scones.", None),
    ("Blue badge renewals can now be done online. If you'd rather use paper, my surgery can help fill in the form.", None),
    ("Tree planting at Esselford Rec on Saturday: 200 whips, 60 volunteers and one very muddy councillor.", None),
    ("Youth council elections this month: 42 candidates from 9 schools. Democracy in good hands.", None),
    ("Potholes on Station Road filled this morning. Thanks for the reports with photos, they really help the crews.", None),
    ("Cross-party group on dementia met today. We agreed to push for a dementia-friendly high street in every ward.", None),
    ("Quiet week in the ward, so I finally cleared my inbox. 143 emails, all answered. Coffee now.", None),
    ("Happy Lunar New Year to everyone celebrating in Esselford! Lion dancers at the market on Saturday 🧧", "2026-02-16"),
    ("Burns Night supper at the Saltings Legion raised £640 for the lifeboat. Haggis was excellent, the piping louder.", "2026-01-26"),
    ("Reminder: the recycling centre on Quarry Road now closes on Wednesdays. Open the other six days, 8 till 4.", None),
    ("Spring clean of the Hamble Green duck pond done. Found two trolleys, a traffic cone and a surprisingly nice umbrella.", None),
], 1):
    R("FL%02d" % _i, "FL", "fill", _t, date=_d, note="ordinary council or ward business; nothing to raise")

# ---------------------------------------------------------------- obfuscated variants (of 8 abuse positives)
VARIANTS = [  # (original key, old, new, kind)
    ("AB06", "cunt", "c*nt", "one asterisk"),
    ("AB06", "cunt", "c u n t", "spaced letters"),
    ("AB03", "bellend", "b3llend", "digit for a letter"),
    ("AB08", "fucked", "f u c k e d", "spaced letters"),
    ("AB01", "fucking", "f*cking", "one asterisk"),
    ("AB10", "dickhead", "d1ckhead", "digit for a letter"),
    ("PA05", "parasite. A", "p a r a s i t e. A", "spaced letters"),
    ("AB05", "shit", "sh1t", "digit for a letter"),
    ("AB04", "bollocks", "b*llocks", "one asterisk"),
    ("AB04", "bollocks", "b o l l o c k s", "spaced letters"),
    ("AB03", "bellend", "bell*nd", "one asterisk"),
    ("AB10", "dickhead", "d i c k h e a d", "spaced letters"),
    ("AB01", "fucking", "fuck1ng", "digit for a letter"),
    ("AB08", "fucked", "f*cked", "one asterisk"),
    ("PA05", "worthless", "w0rthless", "digit for a letter"),
    ("AB05", "shit", "s h i t", "spaced letters"),
]


def timestamp(rng, date=None):
    if date:
        d = dt.date.fromisoformat(date)
    else:
        start = dt.date(2026, 1, 5)
        while True:
            d = start + dt.timedelta(days=rng.randrange(82))
            if d.weekday() < 5:
                break
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randrange(60), 0,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def pick_author(rng, row):
    if row["author"]:
        return row["author"]
    pool = PARTY[row["party"]] if row["party"] else [h for p in PARTY.values() for h in p]
    low = row["text"].lower()
    ok = []
    for h in pool:
        named = any(re.search(r"\b%s\b" % re.escape(w.lower()), low) for w in NAMES[h].split())
        named = named or h.lower() in low
        tied = any(w in low for w in INTEREST_WORDS.get(h, []))
        if not named and not tied:
            ok.append(h)
    return rng.choice(ok)


def verdict(rules, v):
    if v:
        return v
    sev = [MINSEV[r] for r in rules]
    return max(sev, key=ORDER.index) if sev else "ok"


def main():
    rng = random.Random(SEED)
    built = []
    for row in ROWS:
        built.append(dict(row, variant=None))
    by_key = {r["key"]: r for r in built}
    for n, (orig, old, new, how) in enumerate(VARIANTS, 1):
        o = by_key[orig]
        assert old in o["text"], (orig, old)
        built.append(dict(o, key="%sv%02d" % (orig, n), text=o["text"].replace(old, new, 1),
                          variant=(orig, how), date=None))
    rng.shuffle(built)
    ids = {}
    for i, r in enumerate(built, 1):
        r["id"] = "b22-%03d" % i
        if not r["variant"]:
            ids[r["key"]] = r["id"]
    authors = {}
    out = []
    for r in built:
        if r["variant"]:
            continue
        authors[r["key"]] = pick_author(rng, r)
    for r in built:
        fam_full = A.get(r["fam"], "hard_negative")
        rules = [A[x] for x in r["rules"]]
        allowed = [A[x] for x in r["allowed"]]
        if r["variant"]:
            orig, how = r["variant"]
            author = authors[orig]
            note = "Obfuscated variant (%s) of %s. %s" % (how, ids[orig], r["note"])
        else:
            author = authors[r["key"]]
            note = r["note"]
        kind = {"pos": "positive", "neg": "hard_negative", "fill": "filler"}[r["kind"]]
        obj = {
            "id": r["id"], "text": r["text"], "author": author,
            "created_at": timestamp(rng, r["date"]),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": r["account"] or ("personal" if rng.random() < 0.15 else "councillor"),
            "kind": "post",
            "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(r["rules"], r["v"])},
            "family": fam_full if kind == "positive" else "hard_negative",
            "kind_of_row": kind,
            "note": note if kind != "hard_negative" else "Hard negative for %s: %s" % (fam_full, note),
        }
        if r["variant"]:
            obj["variant_of"] = ids[r["variant"][0]]
        out.append(obj)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
