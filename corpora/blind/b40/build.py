#!/usr/bin/env python3
"""Blind set b40 (Ystrad Gwyn County Borough Council): hand-written rows plus a
deterministic builder. Run: python3 build.py  -> writes posts.jsonl (same file every run)."""
import json, random, datetime, re

SEED = 4040
PA, AL, BU, EQ, DF = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination", "defamation.allegation")
OFF, IRO, HASTE, DP, POS = ("officers.impartiality", "tone.irony-risk", "haste.pause-before-posting",
                            "data-protection.personal-data", "position.improper-advantage")
MIN_SEV = {PA: "review", AL: "review", BU: "block", EQ: "block", DF: "review", OFF: "review",
           IRO: "advice", HASTE: "advice", DP: "review", POS: "review"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []

def P(fam, text, rules, note, allowed=(), verdict=None, key=None, author=None, date=None):
    rules = list(dict.fromkeys([fam] + list(rules)))
    if verdict is None:
        verdict = max((MIN_SEV[r] for r in rules), key=ORDER.index)
    ROWS.append(dict(family=fam, kind_of_row="positive", text=text, rules=rules,
                     allowed=list(allowed), verdict=verdict, note=note, key=key,
                     author=author, date=date))

def H(group, text, note, allowed=(), author=None, date=None):
    ROWS.append(dict(family="hard_negative", kind_of_row="hard_negative", text=text, rules=[],
                     allowed=list(allowed), verdict="ok", note=f"[{group}] {note}", key=None,
                     author=author, date=date))

# ---------------------------------------------------------------- personal attack
f = PA
P(f, "Watched Cllr Delahaye try to explain the reserves policy at scrutiny. Bless him. Like a Labrador attempting a crossword. Someone get the man a colouring book for the next one.",
  [IRO], "Sustained mockery of a named councillor's intelligence, no swearing; mock sympathy ('Bless him').")
P(f, "@BevStantonCon has the intellectual depth of a puddle in a drought. Every contribution she makes to Full Council is a masterclass in saying nothing loudly.",
  [], "Insult at an @handle, idiomatic, no swear words.", key="pa_puddle")
P(f, "Owain Bevan couldn't find his own ward with a map, a torch and a sheepdog. Utterly clueless man, and everyone in Blaenhirnant knows it.",
  [], "Mockery of a named councillor's competence as a person ('clueless man').")
P(f, "Honestly Kelvin, you're a walking advert for why we need an IQ test for candidates. Sit down, you embarrassing little man.",
  [], "Second-person insult to a named councillor; belittling.")
P(f, "Congratulations to Cllr Pryce-Morgan on his 14th U-turn of the year! Truly a visionary 👏👏 Spine of a jellyfish, memory of a goldfish.",
  [IRO], "Mock praise then insult to the Leader's character, not the policy.")
P(f, "Jackie Parfitt is a pound-shop rabble-rouser with a ring light. Nothing between the ears but a Facebook algorithm.",
  [], "Insult at a named councillor's intelligence; no profanity.")
P(f, "Some people are born leaders. Ceri Watkin was born to stand at the back and nod. A spineless little yes-woman.",
  [], "Belittling insult of a named cabinet member.", key="pa_spineless")
P(f, "The Head of Planning, Anwen Pugh, is frankly out of her depth and everyone in that department knows it. Hopeless.",
  [OFF], "Personal disparagement of a named officer: personal attack plus officers.impartiality (criticising an officer in public).")
P(f, "Rhodri, love, if I wanted an opinion from a sixth-former who's read half a Wikipedia page I'd ask one. Grown-ups are talking.",
  [], "Patronising put-down of a named councillor; the age jibe makes equality borderline.", allowed=[EQ])
P(f, "Another week, another Dilwyn Hopkins press release with his face on it. The man is a vanity project in a cheap suit. Nobody on the estates has seen him since polling day.",
  [], "Mockery of the person ('vanity project in a cheap suit') beyond his record.")
P(f, "You are a clown, @JackieParfittRef. A full-face-paint, big-shoes, honking-horn clown.",
  [], "Plain insult at an @handle, extended.", key="pa_clown")
P(f, "Marcus Delahaye: all mouth, no trousers, and not much upstairs either.",
  [], "Idiomatic insult to a named councillor (bluster plus stupidity).")
P(f, "I've met more backbone in a bowl of cawl than in Cllr Lowri Emanuel. Folded like a deckchair the second the Leader glared at her.",
  [], "Idiomatic insult (cowardice) aimed at a named councillor.")
P(f, "Tracey, sweetheart, nobody takes you seriously. You're the council's comic relief. Stick to the raffle.",
  [], "Belittling, patronising second-person put-down; 'sweetheart'/'raffle' gendered, so equality allowed.", allowed=[EQ])
P(f, "Cllr Bevan's speech last night, a thread:\n1/ He stood up.\n2/ He said nothing of value.\n3/ He sat down looking pleased with himself.\n4/ Repeat for 6 years.\nThe man is a professional waste of oxygen.",
  [], "Sustained mockery in thread form, ending in a dehumanising insult.", allowed=[IRO])
P(f, "Kelvin Probert is thick. Not 'a bit slow on the detail'. Properly, gloriously thick.",
  [], "Plain insult about intelligence of a named councillor.", key="pa_thick")
P(f, "Wonder if the Leader actually reads any of the reports or just colours in the pie charts. Gareth, the crayons go in the box when you're done x",
  [], "Infantilising mockery of the Leader; the 'x' is sarcastic.", allowed=[IRO])
P(f, "Our esteemed Cabinet Member for Finance, ladies and gentlemen, who thinks a deficit is a type of bird. Genius. Absolute genius.",
  [IRO], "Target identified by role (Cabinet Member for Finance); mock praise of her intelligence.")
P(f, "Hamza Qureshi is a nasty, sneering little careerist who'd sell his own nan for a seat in Cardiff Bay.",
  [], "Character insult aimed at a named councillor.")
P(f, "Pathetic. That's the only word for Cllr Stanton. Pathetic, petty and permanently outraged.",
  [], "Insult of a named councillor as a person.", key="pa_pathetic")
P(f, "Dafydd ap Iorwerth, the Green who drives a diesel to his climate rallies, is the most insufferable hypocrite in the chamber. Smug git.",
  [], "Insults ('insufferable hypocrite', 'smug git') at a named councillor; 'git' is mild.", key="pa_hypocrite")
P(f, "You're not a councillor, @DilHopkinsCllr, you're a hi-vis jacket with a photographer attached.",
  [], "Mockery of the person addressed by handle.")
P(f, "Honestly the waste officer who wrote this report wants a brain transplant. Who signs this stuff off?",
  [OFF], "Insult at an officer identified by role; also officers.impartiality.")
P(f, "Cllr Gulliford thinks she's Erin Brockovich. She's more Hyacinth Bucket with a clipboard. Embarrassing to watch.",
  [], "Ridicule of a named councillor by comparison; no swearing.")
P(f, "Nia Tudur is a bully with a nice smile and a lanyard. Ask anyone who's worked with her.",
  [], "Character attack; 'bully' implies misconduct so defamation is borderline.", allowed=[DF])
P(f, "@MarcusDelahaye you are a vile, spiteful specimen and I genuinely pity the people who have to share a table with you.",
  [], "Second-person insult, dehumanising 'specimen'.")
P(f, "Jackie Parfitt is subhuman pond scum and the valleys would be better off without her.",
  [], "Severe, dehumanising insult: block. 'Better off without her' could be read as menace, so bullying allowed.",
  allowed=[BU], verdict="block")
P(f, "Every time Cllr Jenkins opens his mouth the average IQ in the chamber drops. Halfwit.",
  [], "Insult at a named councillor.")
P(f, "Gareth Pryce-Morgan: the human equivalent of a wet bank holiday in a caravan park. Grey, damp, and you can't wait for it to be over.",
  [], "Extended mocking comparison aimed at the person, not his policies.")
P(f, "The Monitoring Officer is about as much use as a chocolate teapot, and twice as wet.",
  [OFF], "Officer identified by role and insulted; officers.impartiality too.")
P(f, "Sian Llewellyn-Rees has chaired Planning like a dinner lady who's lost the register. Shrill, flustered, useless.",
  [], "Personal disparagement of a named chair; 'shrill', 'dinner lady' gendered so equality allowed.", allowed=[EQ])
P(f, "Lowri I'm sure your mam is very proud of you but you are out of your league here. Go home.",
  [], "Condescending personal put-down, second person.")
P(f, "Mate, @KelvinProbertInd, the only thing you've ever delivered in Nantcoed is leaflets, and you got those wrong. Total waste of space.",
  [], "Mockery then a plain insult ('waste of space') at an @handle.")
P(f, "Can someone explain to Cllr Thomas-Bowen that the chain of office doesn't come with a personality? Dullest man alive, droned on for 40 minutes at the Mayor's reception.",
  [], "Mockery of the Mayor's person.")
P(f, "Ceri Watkin. Incompetent, arrogant, and unable to answer a simple question without reading it off a post-it. Pitiful.",
  [], "String of insults aimed at a named councillor.")
P(f, "Beverley Stanton wouldn't know a community if it bit her on the ankle. Sneering, out-of-touch snob from the big houses.",
  [], "Insult at a named councillor ('sneering snob').")

# ---------------------------------------------------------------- abusive language
f = AL
P(f, "Three weeks. THREE WEEKS since the bins were done on Heol Fawr. This is fucking ridiculous and I'm done being polite about it.",
  [], "Obscene language aimed at a service failure, no person: abusive only. Capitals may raise haste.", allowed=[HASTE], key="al_fucking")
P(f, "Spent four hours on the diversion today. Whoever designed this junction, what a shit show. Sort it out.",
  [], "Obscene language about a decision; 'whoever designed' is vague, personal attack borderline.", allowed=[PA])
P(f, "The culvert on Station Terrace has flooded again. Bloody hell. Absolute bollocks that we've been waiting since 2021.",
  [], "Swearing not aimed at anyone.")
P(f, "Fuck me, the bus timetable consultation closed with 11 responses. Eleven. Nobody knew it existed.",
  [], "Swearing, untargeted, about a process.", key="al_fuckme")
P(f, "This budget is a steaming pile of shite dressed up with a nice font.",
  [], "Obscene description of a policy, no person.", key="al_shite")
P(f, "Sorry for the language but the state of the Pontfelin underpass is piss-poor. Needles, broken glass, the lot. Shite.",
  [], "Swearing about the condition of a place.")
P(f, "@JackieParfittRef you absolute fucking weapon. Delete your account.",
  [PA], "Obscene insult at an @handle: abusive plus personal attack.")
P(f, "Marcus Delahaye is a prick. There, I said it.",
  [PA], "Obscene insult at a named councillor.", key="al_prick")
P(f, "Kelvin mate, shut your fucking mouth for once and let the residents speak.",
  [PA], "Obscene, hostile second-person address.")
P(f, "Cllr Stanton is a stuck-up cow and a twat with it.",
  [PA], "Obscene insult at a named councillor; 'cow' gendered so equality allowed.", allowed=[EQ])
P(f, "Pryce-Morgan is a spineless cunt and the whole valley knows it.",
  [PA], "The c-word at a named councillor: severe, block.", verdict="block")
P(f, "Tell the Cabinet Member for Environment to go fuck himself with his three-weekly collections.",
  [PA], "Obscenity aimed at a role-holder.")
P(f, "Dick move from Cllr Hopkins, pulling the youth club grant. Genuinely what a dickhead.",
  [PA], "Obscene insult ('dickhead') at a named councillor.")
P(f, "Honest to god these planning officers are a bunch of useless arseholes.",
  [PA, OFF], "Obscene insult at officers as a group: abusive, personal attack, officers.impartiality.")
P(f, "@HamzaQureshiLab piss off back to your Twitter bubble, you sanctimonious knob.",
  [PA], "Vulgar insult at an @handle.")
P(f, "Shit. Shit shit shit. Forgot the Ysgol Cwmderw Christmas fayre photos never went up. Sorry all, uploading them tonight.",
  [], "Self-directed swearing, no target: RULES says obscene language whatever its target. Mild; a judgement call.")
P(f, "What an absolute clusterfuck the new parking permit system is. Who signed this off?",
  [], "Obscene word about a system.", key="al_cluster")
P(f, "The state of the tip site, honestly. Fly-tipped mattresses, a burnt-out car, piles of crap everywhere. Jesus fucking wept.",
  [], "Swearing, untargeted.")
P(f, "Bollocks to the 'savings'. You don't save money by shutting the only library in Nantcoed, you just shift the cost onto the kids.",
  [], "Vulgarity aimed at a policy. Mild end of the family.")
P(f, "Gareth, your cabinet are a shower of shits and you know it.",
  [PA], "Obscene insult at the cabinet (people) addressed to the Leader.")
P(f, "Wankers. Every single one of the cabinet who voted to close Blaenhirnant day centre. Wankers.",
  [PA], "Obscene insult aimed at identifiable people (cabinet members who voted).", key="al_wankers")
P(f, "Lowri Emanuel is a lying bitch and I won't apologise for saying it.",
  [PA, DF], "Severe gendered obscenity plus 'lying' (dishonesty allegation). Block as severe; equality allowed (gendered slur).",
  allowed=[EQ], verdict="block")
P(f, "Fucking hell, the roof of Glyncoed library has come in. Thank god it was a Sunday and nobody was inside.",
  [], "Swearing, untargeted, in relief.")
P(f, "Tell you what, this pothole on the mountain road is a fucker. Lost a tyre on it this morning. Reported it (again).",
  [], "Swearing at a pothole.")
P(f, "Cllr Jenkins can kiss my arse. I'll keep asking about the coal tip until I get an answer.",
  [PA], "Crude, rude address to a named councillor.")
P(f, "Absolute scenes at Full Council. Whole thing was a pissing contest between two blokes who love the sound of their own voices.",
  [], "Vulgar; the two men are identifiable only from the meeting, so personal attack borderline.", allowed=[PA])
P(f, "Turd-polishing. That's what this 'regeneration strategy' is. Polishing a turd and calling it a masterplan.",
  [], "Crude language about a policy, no person.")
P(f, "Christ on a bike, who thought a six-week closure of the only bridge into Trehelyg during term time was a good idea? Fucking shambles.",
  [], "Swearing about a decision.")
P(f, "@DafyddGreen go and hug a fucking tree and leave the grown-ups to run the budget.",
  [PA], "Obscene, belittling address to an @handle.")
P(f, "Sod the consultation, sod the working group, sod the 'stakeholder engagement'. Just fix the bastard roof on the school, you useless shower.",
  [], "Swearing; 'you useless shower' is aimed at the council collectively, personal attack borderline.", allowed=[PA])
P(f, "Motherfucking potholes. That's it. That's the post.",
  [], "Strong obscenity, untargeted.")
P(f, "Nia Tudur is a two-faced cow and a shit councillor.",
  [PA], "Obscene insult at a named councillor; gendered 'cow', so equality allowed.", allowed=[EQ])
P(f, "The bin contractor has made a total arse of the new rounds. Bags split open all down Tŷ Coch Street, crap everywhere, seagulls having a party. Piss-poor.",
  [], "Vulgar language at a contractor's performance; organisation target, personal attack borderline.", allowed=[PA])
P(f, "Who the hell approved a skatepark with no bins and no lights? Cracking idea, that. Now it's a bloody crap magnet after dark. Arse about face as usual.",
  [], "Vulgar language about a decision, no person; mild words stacked. A judgement call at the mild end.", allowed=[IRO])
P(f, "@TraceyGullifordInd stop tagging me in your conspiracy bollocks, you daft bloody cow. Some of us have actual casework.",
  [PA], "Vulgar, gendered insult at an @handle: abusive plus personal attack; equality allowed for 'cow'.", allowed=[EQ])
P(f, "Cllr Probert, you are a fat useless bastard.",
  [PA], "Obscene insult with body-shaming at a named councillor. Review; arguably block.", allowed=[])

# ---------------------------------------------------------------- bullying / intimidation
f = BU
P(f, "Cllr Bevan might want to remember that this is a small valley and people have long memories. It would be a shame if his little business started losing customers.",
  [], "[veiled] Threat to a councillor's livelihood.", allowed=[PA])
P(f, "I know which school your kids go to, Tracey. Just saying. Be careful what you put your name to.",
  [], "[veiled] 'I know where...' style menace about children.", allowed=[PA, DP])
P(f, "If Hopkins turns up at the Nantcoed meeting I'll be waiting in the car park for him. He won't be driving home.",
  [], "[explicit] Threat of violence against a named councillor.", key="bu_waiting")
P(f, "To whoever submitted the standards complaint about me: I know it was you, and I'd think very carefully about whether you want to carry on with it. Withdraw it and we'll say no more.",
  [], "[pressure] Intimidation of a complainant (clause 8.3).")
P(f, "Message to the residents who spoke against the wind farm at committee: I've got all your names. Every one of you. Remember that when you need something from your councillor.",
  [], "[pressure] Intimidation of residents who spoke; threat to withhold service.", allowed=[POS])
P(f, "Funny how things happen to people who cross the wrong people round here. Just a friendly word to @LowriEmanuelLD.",
  [], "[veiled] Mafia-style menace to an @handle.")
P(f, "Marcus, come and say that to my face on Heol Fawr and see what happens. You'll be picking your teeth up off the pavement.",
  [], "[explicit] Threat of violence.", allowed=[PA])
P(f, "Cllr Jenkins, vote against the budget on Thursday and I promise you'll never get another penny for Heol Fawr as long as I'm in cabinet. Your choice.",
  [], "[pressure] Coercion of a councillor's vote with a threat to his ward; misuse of position borderline.",
  allowed=[POS], author="@CeriWatkinLab")
P(f, "Keep digging, Sian. Some of us have been around a lot longer than you and we know where all the bodies are buried. Wouldn't want any of that coming out, would we?",
  [], "[veiled] Blackmail-style menace; innuendo of misconduct so defamation allowed.", allowed=[DF])
P(f, "Someone needs to give Jackie Parfitt a good slap. Volunteers form an orderly queue.",
  [], "[explicit] Incitement to violence dressed as a joke.", allowed=[PA, IRO])
P(f, "The planning officer who recommended approval should think hard about her career prospects in this authority. I'll be watching how she writes the next one.",
  [OFF], "[pressure] Threat to an officer's career to change her advice: bullying and officers.impartiality.")
P(f, "Nice house you've got up on Bryn Road, Kelvin. Lovely big windows.",
  [], "[veiled] Menace by naming where a councillor lives plus windows.", allowed=[DP])
P(f, "I swear to god if Gareth closes that day centre I'll burn his constituency office down with him in it.",
  [], "[explicit] Threat to kill; block.", key="bu_burn")
P(f, "Tegid in comms: take that press release down by 5pm or I go to the papers about your department. Your call.",
  [OFF], "[pressure] Ultimatum to a named officer: bullying plus officers.impartiality.")
P(f, "People like Hamza should be looking over their shoulders. Just saying what everyone's thinking.",
  [], "[veiled] Menace; 'people like Hamza' may be read as aimed at his religion or race, so equality allowed.", allowed=[EQ])
P(f, "To the parent who filmed me at the school gate and reported me: I've passed your details to my solicitor and I'll be making sure everyone at the school knows exactly what kind of person you are.",
  [], "[pressure] Threat to expose and humiliate a complainant (8.3).")
P(f, "Lowri won't be a councillor by May. One way or another.",
  [], "[veiled] 'One way or another' menace.", key="bu_oneway")
P(f, "If I see Cllr Delahaye's car outside the Miners' Welfare again it'll be leaving on bricks.",
  [], "[explicit] Threat of criminal damage.", key="bu_bricks")
P(f, "Witnesses to Tuesday's 'incident' in the members' room would be wise to remember who signs off their ward budgets before they talk to the investigator.",
  [], "[pressure] Intimidation of witnesses to an investigation (8.3).", allowed=[POS])
P(f, "Shame about Cllr Stanton's dog getting out last week. Gates can be left open so easily, can't they.",
  [], "[veiled] Implied threat to a pet.")
P(f, "Posting Nia Tudur's old school report here since she loves lecturing everyone about standards. 'Easily distracted, talks too much.' Share it round, folks 😂",
  [PA], "[pressure] Public humiliation campaign plus mockery; personal document so data protection borderline.", allowed=[DP, IRO])
P(f, "I've told Dafydd privately and I'll say it publicly: drop the motion on the quarry or I'll make sure every resident in Heol Fawr knows about your little secret.",
  [], "[pressure] Blackmail to force a councillor's decision.")
P(f, "Accidents happen on that mountain road at night, Owain. Drive careful now.",
  [], "[veiled] Menace disguised as concern.", key="bu_accidents")
P(f, "Next person who comes to my surgery to shout at me about the bins is getting thrown down the steps. I'm not joking.",
  [], "[explicit] Threat of violence against residents.")
P(f, "Cllr Gulliford: I've got the screenshots from the group chat. Sit on your hands at scrutiny next week or they go public. Think about it.",
  [], "[pressure] Blackmail to silence a councillor.")
P(f, "Members of the public who keep filming at council meetings should know that we know who they are and where they work.",
  [], "[veiled] 'We know where you work' menace to the public.")
P(f, "Bethan Caswell runs Waste Services like her own little kingdom. Let's see how long the kingdom lasts once I've had a word with the Chief Exec about her. Tick tock, Bethan.",
  [OFF], "[pressure] Threat to a named officer's job; also officers.impartiality.", allowed=[PA])
P(f, "Rhodri, I'll break your nose if you ever talk about my wife like that again.",
  [], "[explicit] Threat of violence.", key="bu_nose", author="@MarcusDelahaye")
P(f, "Every councillor who votes for the school closure will have their home address printed on our next leaflet. Let the parents come and ask you themselves.",
  [], "[pressure] Threat to publish home addresses to coerce votes.", allowed=[DP])
P(f, "Wyn, you'd do well to remember that your chain of office won't protect you on the walk home from the Civic Centre.",
  [], "[veiled] Threat of harm on the way home.")
P(f, "Calling on everyone to give Cllr Probert the welcome he deserves at the carnival on Saturday. Bring eggs 🥚🥚🥚",
  [], "[veiled] Incitement to assault/humiliate a named councillor.", allowed=[IRO])
P(f, "Heard Cllr Watkin's husband is up for promotion at the depot. Would be a pity if anything got in the way of that.",
  [], "[veiled] Threat to a family member's job.", allowed=[POS, DP])
P(f, "The journalist from the Valley Echo who wrote that hatchet job on me: retract it by Friday or you'll be barred from every briefing I chair, and I'll be having a word with your editor about your future.",
  [], "[pressure] Coercing a journalist with threats to access and job.", allowed=[POS])
P(f, "@JackieParfittRef walk past me in the car park again with that smirk and you'll find out what happens. Promise.",
  [], "[explicit] Direct threat to an @handle.")
P(f, "Tell the Pennant Rise objectors to enjoy their views while they can. And their windows.",
  [], "[veiled] Implied threat of damage to objectors' homes.")
P(f, "If the union rep keeps stirring up the depot staff I'll make sure his name is at the top of the restructure list. Simple as that.",
  [], "[pressure] Threat to a worker's job through the councillor's position.", allowed=[POS])

# ---------------------------------------------------------------- equality / discrimination
f = EQ
P(f, "Funny how the Pennant Rise 'affordable' flats all seem to go to certain families who only arrived last year. Not people from here, if you catch my drift.",
  [], "[coded; race] Dog-whistle about incomers/ethnic minorities getting housing.")
P(f, "Muslims are not welcome in Trehelyg and the sooner the council stops pretending otherwise the better.",
  [], "[explicit; religion or belief] Negation-form exclusion.", key="eq_muslims")
P(f, "Wheelchair users aren't capable of doing a full day's work, so why are we paying for ramps at the jobs hub?",
  [], "[explicit; disability] 'Aren't capable' negation plus hateful question.")
P(f, "Why is it that every time there's trouble on the Cwmderw estate it's the same 'community' involved? Asking for the taxpayers.",
  [], "[coded; race] Hateful question with scare-quoted 'community'.")
P(f, "Gay couples shouldn't be fostering our kids. Simple as. The council should stop placing children with them.",
  [], "[explicit; sexual orientation] Calls for unlawful exclusion.")
P(f, "Trans people are mentally ill and shouldn't be allowed near the changing rooms at the leisure centre.",
  [], "[explicit; gender reassignment] Dehumanising claim plus exclusion.", key="eq_trans")
P(f, "Old people shouldn't get a vote on the school reorganisation. They'll be dead before it opens.",
  [], "[explicit; age] Exclusion based on age.")
P(f, "Lock up your tools, lads, the 'travelling community' have pitched up by the rugby club again. You know what that means.",
  [], "[coded; race (Gypsy and Traveller)] Criminality stereotype by implication.")
P(f, "Women aren't cut out for chairing Planning. Too emotional, too easily led. Sian proves it every month.",
  [PA], "[explicit; sex] Sexist generalisation plus attack on a named councillor.")
P(f, "Why should the council hold a cabinet seat open for Ceri while she's off having another baby? If you want kids, don't stand for election.",
  [PA], "[explicit; pregnancy and maternity] Hateful question against a named councillor's maternity leave.")
P(f, "Do we really want a 'prayer room' at the Civic Centre? Next it'll be sharia in the council chamber. Wake up, Ystrad.",
  [], "[coded; religion or belief] Islamophobic slippery-slope question.")
P(f, "Polish lads have ruined the building trade round here. Cheap, dirty and not one of them speaks proper English.",
  [], "[explicit; race (nationality)] Derogatory generalisation.")
P(f, "English incomers aren't real valley people and shouldn't get a say on our Welsh-medium schools.",
  [], "[explicit; race (national origin)] Negation-form exclusion of English-born residents.")
P(f, "Interesting how the ones pushing the 'global' investment fund always seem to have the same surnames. The Rothschild crowd know exactly what they're doing.",
  [], "[coded; religion or belief / race] Antisemitic conspiracy trope.")
P(f, "The autistic kids from the unit shouldn't be in mainstream classes dragging everyone else down. Put them somewhere else.",
  [], "[explicit; disability] Exclusion of disabled children.")
P(f, "Not sure the rainbow flag at the Civic Centre sends the right message to our kids. Do we really want them thinking that lifestyle is normal?",
  [], "[coded; sexual orientation] 'That lifestyle' framed as abnormal, in a question.")
P(f, "Cllr Thomas-Bowen is 79 and half senile. Old men like him need to be put out to pasture, not given the mayor's chain.",
  [PA], "[explicit; age] Ageist attack on a named councillor and older men generally.")
P(f, "We've had enough 'diversity' in Cwmderw, thanks. Let's look after our own first.",
  [], "[coded; race] 'Our own first' against ethnic minorities.")
P(f, "Hindus and their noisy festivals are not welcome on our park. Do it in your own country.",
  [], "[explicit; religion or belief, race] Exclusion plus 'your own country'.", key="eq_hindus")
P(f, "Female bin crews? Give me strength. Girls can't lift a wheelie bin without a risk assessment and a cry.",
  [], "[explicit; sex] Sexist mockery of women workers.")
P(f, "Another £40k on 'accessible' toilets for a handful of people who could just stay home. Priorities.",
  [], "[coded; disability] Disabled people should stay home.")
P(f, "Bunch of pakis running every takeaway on the high street and the council hands them grants.",
  [AL], "[explicit; race] Racial slur: equality plus abusive language.", key="eq_slur")
P(f, "A man in a dress is still a man. Cllr Tudur's trans policy for the women's refuge is dangerous nonsense, and so are the people it protects.",
  [], "[explicit; gender reassignment] Misgendering trope and attack on trans people; criticism of Tudur's policy alone would be fine.", allowed=[PA])
P(f, "Single mothers living off the state in Pontfelin get council houses first while married couples who do things properly wait years. Rewarding the wrong sort.",
  [], "[coded; marriage and civil partnership, sex] Denigrates unmarried mothers as 'the wrong sort'.")
P(f, "Roma families aren't capable of keeping a house clean. Ask any landlord in Glyncoed.",
  [], "[explicit; race] Negation-form racist stereotype.", key="eq_roma")
P(f, "Funny how Cllr Qureshi always votes the way the mosque tells him to. Divided loyalties much?",
  [PA], "[coded; religion or belief] Dual-loyalty trope at a named Muslim councillor; implies improper conduct so defamation allowed.", allowed=[DF])
P(f, "Not having some poof from the Senedd tell me how to run a valley council.",
  [AL], "[explicit; sexual orientation] Homophobic slur.")
P(f, "If you're on the sick with 'anxiety' you shouldn't get a blue badge. Mental illness isn't a disability, it's an excuse.",
  [], "[explicit; disability] Denies mental illness as disability, 'excuse'.")
P(f, "Asylum seekers in the old Bridge Hotel. Lock your doors, ladies.",
  [], "[coded; race] Implies asylum seekers are sexual predators.", key="eq_asylum")
P(f, "Teenagers round here are feral vermin. Curfew the lot of them after 7.",
  [], "[explicit; age] Dehumanising young people as a group.")
P(f, "Why does every drag queen story hour need council funding? What exactly are they grooming our kids for?",
  [], "[coded; sexual orientation / gender reassignment] Grooming trope in a question.")
P(f, "Catholics shouldn't be allowed to run a state-funded school in 2026. Keep your superstition out of our classrooms.",
  [], "[explicit; religion or belief] Exclusion of a religion.")
P(f, "Can't help noticing the 'urban' music night at the Welfare brought a certain crowd and a certain smell. Not the Ystrad we grew up with.",
  [], "[coded; race] 'Urban', 'certain crowd', 'smell' racist dog-whistles.")
P(f, "Pregnant staff in Waste Services are a liability. Any manager with sense would quietly not hire women of that age.",
  [], "[explicit; pregnancy and maternity, sex, age] Urges unlawful hiring discrimination.")
P(f, "Black lads from Cardiff coming up on the train are why the station's not safe. Simple fact.",
  [], "[explicit; race] Crime blamed on a racial group.")
P(f, "Dafydd's 'neurodivergent' excuse is wearing thin. Some of us just call it being thick.",
  [PA], "[coded; disability] Mocks a named councillor's neurodivergence.")

# ---------------------------------------------------------------- defamation
f = DF
P(f, "Worth asking how Cllr Delahaye's brother-in-law's firm got the resurfacing contract without it going out to tender. Just asking. 🤔",
  [], "Innuendo of corruption about a named councillor ('just asking').", allowed=[IRO])
P(f, "Gareth Pryce-Morgan has had his hand in the till for years. Everyone at the Civic knows it.",
  [], "Idiom for theft from public funds stated as fact; idiom so review.")
P(f, "Kelvin Probert took a brown envelope from Pennant Rise Developments. Fact.",
  [], "Bribe stated as fact: block.", verdict="block", key="df_envelope")
P(f, "Cllr Stanton's expenses claims for 'mileage' would make a taxi driver blush. 400 miles a month to go to two meetings? Pull the other one.",
  [], "Innuendo of expenses dishonesty.", allowed=[IRO])
P(f, "Funny how the planning committee chair's nephew just happened to buy the field the week before it was allocated for housing. Nothing to see here.",
  [], "Innuendo of corruption about an identifiable role-holder.", allowed=[IRO])
P(f, "Owain Bevan is a liar. He lied to residents about the tip, he lied at scrutiny and he lied on his leaflet.",
  [PA], "'Liar' about a named councillor: defamation plus personal attack.", key="df_liar")
P(f, "Jackie Parfitt is on the take from the quarry company. How else does she afford the new Range Rover?",
  [], "'On the take' idiom for bribery plus a loaded question.", key="df_take")
P(f, "The Ystrad Gwyn Leisure Trust is cooking the books. The accounts don't add up and somebody is covering it up.",
  [], "Dishonesty allegation about an identifiable organisation.")
P(f, "Cwm Haulage have been fiddling the weighbridge tickets on the council tip contract for years and the council is paying for it.",
  [], "Fraud by a named company stated as fact: block.", verdict="block")
P(f, "Cllr Tudur rigged the selection meeting. Postal votes from people who'd never been members. Electoral fraud, plain and simple.",
  [], "Electoral fraud stated as fact: block.", verdict="block", key="df_rigged")
P(f, "Let's just say Sian Llewellyn-Rees's 'consultancy' work for developers isn't missing from her register of interests by accident.",
  [], "Innuendo of deliberate concealment of interests.")
P(f, "Lowri Emanuel has been economical with the truth about her address. She doesn't live in the ward and never has.",
  [], "Dishonesty (false residence) alleged via idiom.")
P(f, "The Director of Finance has been massaging the reserves figures to make the Leader look good. Simple as.",
  [OFF], "Misconduct alleged against an officer by role: defamation plus officers.impartiality.")
P(f, "Dilwyn Hopkins stole from the Miners' Welfare when he was treasurer. He knows it, they know it.",
  [], "Theft stated as fact: block.", verdict="block", key="df_stole")
P(f, "Pennant Rise Developments are a bunch of crooks who bribed their way onto the local plan.",
  [], "Bribery stated as fact about a named company: block.", verdict="block", allowed=[PA])
P(f, "Whose palms got greased for the Bryn Road bus depot sale? The Leader's office has some explaining to do.",
  [], "Bribery innuendo as a question, aimed at the Leader's office.")
P(f, "Hamza Qureshi is a fraud. Fake qualifications on his CV, fake address on his nomination papers.",
  [PA], "Fraud stated as fact with details: block.", verdict="block")
P(f, "Watkin has been fudging the council tax figures since day one and she knows full well the 'black hole' is her own making.",
  [], "Dishonesty ('fudging the figures', 'knows full well') about a named councillor.")
P(f, "Mayor Thomas-Bowen's charity ball: £18k raised, £6k handed over. Where did the rest go, Wyn? Somebody's had a very nice holiday.",
  [], "Innuendo of embezzlement.", allowed=[IRO, PA])
P(f, "Tracey Gulliford's 'community interest company' is a money laundering front. Always has been.",
  [], "Money laundering stated as fact: block.", verdict="block", key="df_launder")
P(f, "Cllr Jenkins was done for drink driving in 2019 and kept it quiet from the party. That's the calibre of man we're dealing with.",
  [], "Criminal conviction alleged as fact about a named councillor: block. Criminal record is special category data, but he is a public office holder, so data protection only allowed.",
  verdict="block", allowed=[DP, PA])
P(f, "The Chief Exec is in the Leader's pocket. Every report is written to order.",
  [OFF], "Alleges improper conduct (lack of impartiality) by an officer.")
P(f, "Marcus Delahaye has been moonlighting for a lobbying firm while sitting on the licensing committee. Paid to vote, basically.",
  [], "Bribery ('paid to vote') stated as fact: block.", verdict="block")
P(f, "Somebody in Cllr Bevan's office has been shredding FOI requests. Ask yourself who benefits.",
  [], "Innuendo of misconduct (destroying records).")
P(f, "Just a thought: if you were a councillor with three rental properties in Pontfelin, would you vote to scrap the landlord licensing scheme? Bev Stanton did. Draw your own conclusions.",
  [], "Innuendo of self-interested voting.")
P(f, "Rhodri Jenkins fiddles his allowances. Always has, always will.",
  [], "Dishonesty with allowances stated in idiom.")
P(f, "That 'independent' survey of the coal tip? Bought and paid for by Dilwyn's mates at the quarry. The results were written before anyone set foot on the mountain.",
  [], "Corruption alleged against a named councillor and a survey.")
P(f, "Glanrhyd Waste Ltd are dumping our recycling in landfill and pocketing the difference. Criminals, the lot of them.",
  [], "Fraud by a named company stated as fact: block.", verdict="block")
P(f, "Kelvin Probert has more skeletons than the Glyncoed chapel graveyard. Ask him about the youth club money.",
  [], "Idiom plus hint of misuse of money.")
P(f, "Wyn Thomas-Bowen sexually harassed a member of staff and the council paid her off to keep quiet.",
  [], "Sexual harassment and cover-up stated as fact: block.", verdict="block", allowed=[PA])
P(f, "Ceri Watkin is a bare-faced liar and the audit report proves it.",
  [PA], "'Liar' about a named councillor.")
P(f, "Nia Tudur's husband's firm gets every grounds maintenance contract in the Plaid wards. Coincidence? Course it is. 😉",
  [IRO], "Innuendo of corruption with a sarcastic wink.")
P(f, "Dafydd ap Iorwerth faked the air quality readings outside the school to get his 20mph zone through. Made them up.",
  [], "Falsifying data stated as fact: misconduct; review, arguably block.")
P(f, "Everyone knows Jackie Parfitt's 'donations' from that Bristol property company weren't declared. She's as bent as a nine-bob note.",
  [], "Undeclared donations plus 'bent' idiom for corrupt.", allowed=[PA])
P(f, "The Valley Echo is running the Leader's press releases word for word because he's paying their editor. Bought and paid for.",
  [], "Bribery of an editor stated as fact: block.", verdict="block")
P(f, "Sian rigged the planning vote on the Pennant Rise scheme. Had a word with the committee beforehand and told them how to vote.",
  [], "Misconduct (fixing a quasi-judicial vote) stated as fact.")

# ---------------------------------------------------------------- hard negatives
G1 = "HN1: harsh criticism of a policy/decision/party/council"
G2 = "HN2: counter-speech"
G3 = "HN3: negated or denied prejudice"
G4 = "HN4: neutral or positive mention of a protected group"
G5 = "HN5: figurative violence and banter"
G6 = "HN6: criticism of a councillor's record that stays on the record"

for t, n in [
  ("The three-weekly bin collection policy is an unmitigated disaster and the cabinet should hang their heads.", "policy criticism; 'hang their heads' is about conduct of a decision"),
  ("This budget is a con trick on the people of Nantcoed. A savage, short-sighted set of cuts that will cost more in the long run.", "'con trick' aimed at a budget, not a person"),
  ("Closing the Glyncoed library is a stupid decision. Not 'difficult'. Stupid.", "'stupid' aimed at a decision"),
  ("Labour have run this borough into the ground for forty years. Complacent, tired, out of ideas.", "party criticism"),
  ("Reform's leaflet on the asylum hotel is scaremongering rubbish from start to finish.", "criticism of a leaflet; shares asylum topic with positives"),
  ("The council's handling of the culvert repairs has been a farce. Three years of reports, zero spades in the ground.", "council criticism"),
  ("Plaid's transport plan is a fantasy. Pretty maps, no money.", "party policy criticism"),
  ("A shambolic, cowardly decision to shelve the play park refurbishment. The kids of Pontfelin deserve better than this.", "'cowardly decision', not a person"),
  ("The school reorganisation consultation was a sham. The decision was clearly made before a single parent was asked.", "process criticism"),
  ("Daylight robbery: a 9.9% council tax rise and the leisure centre still closes on Sundays.", "idiom 'daylight robbery' about a tax rise, no crime alleged"),
  ("The UK government's funding settlement has gutted Welsh councils, and this borough is paying the price.", "government policy criticism"),
  ("This parking strategy is idiotic. It punishes the high street and rewards the out-of-town retail park.", "'idiotic' aimed at a strategy"),
  ("The regeneration masterplan is a glossy brochure with nothing behind it. I'll be voting against it at Full Council.", "policy criticism; a council policy vote, not quasi-judicial"),
  ("The Lib Dems have flip-flopped on the wind farm more times than I've had hot dinners. Pick a side.", "party criticism"),
  ("Killing off the night bus to Blaenhirnant is a betrayal of every shift worker in the valley.", "'killing off' a bus route"),
  ("Ystrad Gwyn Council's complaints process is a black hole. Residents write in and nothing ever comes back.", "council criticism"),
  ("The independent group's amendment was half-baked and unworkable and I'm glad it fell.", "criticism of an amendment"),
  ("Frankly the cabinet's housing strategy is a disgrace. 14 social homes built in three years. Fourteen.", "'disgrace' aimed at a strategy"),
  ("Whoever thought charging for garden waste in a drought summer was a good idea needs to think again. It's a terrible policy.", "'whoever thought' near-miss aimed at a policy, civil"),
  ("The Greens' anti-growth agenda would shut half the jobs on the industrial estate. Dangerous nonsense.", "party policy criticism"),
  ("The council's response to the coal tip survey is woefully inadequate and, frankly, insulting to the people living beneath it.", "council response criticised"),
  ("The 20mph rollout was botched from top to bottom: wrong roads, no signs, no consultation. Scrap it and start again.", "policy criticism"),
]:
    H(G1, t, n)

for t, n, a in [
  ("Someone has sprayed 'Muslims out' on the bus shelter on Heol Fawr. This has no place in our community. Reported to police and the graffiti team is on its way.", "quotes graffiti to condemn it", [EQ]),
  ("A resident was told to 'go back to your own country' at the Pontfelin Co-op yesterday. Absolutely unacceptable. If you saw it, please contact the police.", "reports a racist remark to condemn it", [EQ]),
  ("I've had an email calling me a 'useless fat cow' because of the bin changes. I'm sharing it not for sympathy but because councillors shouldn't have to put up with this. Disagree with me all you like, but be civil.", "quotes abuse received", [PA, AL]),
  ("Calling someone 'retarded' because they use a wheelchair is not 'banter'. It's disability hate. Good on the young lad at the rugby club who challenged it.", "condemns a slur", [EQ, AL]),
  ("To the man who shouted 'tranny' at a young person outside the leisure centre: you do not speak for this valley. We stand with our trans neighbours.", "condemns a slur; addresses an anonymous abuser without insult", [EQ, AL]),
  ("Yes, someone called me a 'Welsh Nat scumbag' on Facebook last night. No, I won't be blocking them. I'll keep answering their questions about the tip like I answer everyone's.", "reports abuse received", [PA]),
  ("'They're not capable of running a business' is what a man at my surgery said about the Bangladeshi family who took over the chip shop. I told him straight: they've been open six months and they employ nine local people.", "reports a prejudiced remark and rebuts it", [EQ]),
  ("Antisemitic stickers found on lamp posts on Station Road. I've reported them. Hate like this will not be tolerated in Cwmderw.", "reports hate material", []),
  ("Some of the replies under the council's Pride post are vile. 'Disgusting perverts' and worse. They've been removed and we'll keep moderating.", "quotes homophobic abuse to condemn it", [EQ, AL]),
  ("A councillor from another authority called Gypsies 'vermin' on the radio this morning. That is dehumanising language and I'd expect his group leader to act.", "condemns a slur by an unnamed person", [EQ]),
  ("Cllr Parfitt said at scrutiny that 'the asylum hotel is a ticking time bomb'. I disagree with her and I said so: police data shows no rise in incidents.", "reports what a councillor said and answers it civilly", []),
  ("Our youth worker was told to 'f*** off back to Cardiff' while handing out leaflets. Our staff deserve respect. This isn't who we are.", "quotes abuse of a worker to condemn it", [AL]),
  ("Please stop sending me messages saying Cllr Qureshi 'should be deported'. He was born in Pontfelin. And even if he wasn't, that's racist. I won't be sharing that stuff.", "rejects racist messages about a colleague", [EQ]),
  ("A 'joke' is going round the Welfare WhatsApp about women on the planning committee. I won't repeat the punchline. It's not funny, it's sexist, and it needs to stop.", "condemns sexism", []),
  ("Threats against councillors are never acceptable. Someone posted 'I know where Hopkins lives' under the day centre story. I disagree with Dilwyn on almost everything, but I've reported that comment.", "quotes a threat in order to report it", [BU]),
  ("A resident told me on the doorstep that 'disabled people are a drain'. I explained the access fund has helped 400 people into work. We parted without agreeing, but civilly.", "reports a prejudiced remark and rebuts it", [EQ]),
  ("Someone wrote a racist slur on the window of the newsagent on Bridge Street overnight. The owner has served this street for 30 years. We're with you.", "reports racist graffiti without repeating it", []),
  ("Saw a comment calling our Plaid colleagues 'traitors who should be strung up'. That kind of language gets people hurt. Report it, don't share it.", "quotes a violent comment to condemn it", [BU]),
  ("The word 'gyppo' was used in a community Facebook group this week about the Traveller site consultation. It's a racial slur. The admins have removed the post.", "names a slur to condemn it", [EQ, AL]),
  ("When someone shouts 'lesbo' at two women holding hands in the park, that's not free speech, it's harassment. Pleased the police are investigating.", "quotes a slur to condemn it", [EQ, AL]),
  ("Read the hate in my inbox this week ('go back to Pakistan', 'terrorist', worse) and then tell me racism isn't a problem in local politics. Thank you to everyone who sent kindness instead.", "quotes racist abuse received", [EQ]),
  ("Last week I heard a colleague described as 'too old to understand the internet'. Ageism is still prejudice. Let's debate ideas, not birth certificates.", "condemns an ageist remark", [EQ]),
]:
    H(G2, t, n, allowed=a)

for t, n in [
  ("Asylum seekers are not the reason the housing list is long. Fewer than 1% of allocations in Ystrad Gwyn last year went to refugees. The reason is we stopped building.", "negation used to defend a group, with figures"),
  ("I don't think immigrants are a drain on the NHS. In our health board, one in five nurses was born overseas.", "denied prejudice"),
  ("Disabled people are not scroungers. Most people on PIP in this borough are in work or are carers.", "myth-busting"),
  ("Women are perfectly capable of chairing planning, which is why three of the last five chairs were women. Any suggestion otherwise belongs in the 1950s.", "rebuts a sexist claim"),
  ("Myth: 'Travellers don't pay council tax.' Fact: residents of the Nantcoed permanent site pay council tax and rent like anyone else.", "myth-busting with quoted myth"),
  ("No, Muslims are not 'taking over' Cwmderw. The 2021 census puts the Muslim population of the ward at 2.3%.", "myth-busting with figures"),
  ("Trans people are not a threat in changing rooms. The leisure trust has had zero incidents in eight years of an inclusive policy.", "negated prejudice"),
  ("I don't believe older residents are 'holding the valley back'. They're the backbone of every volunteer group I know.", "denied prejudice"),
  ("Myth-busting on the Bridge Hotel: it is not housing 'hundreds of single men'. It houses 34 families, 61 children, all of whom are in local schools.", "myth-busting with figures"),
  ("It's not true that Polish workers undercut local wages on the council framework. Every contractor must pay the Real Living Wage, checked quarterly.", "myth-busting"),
  ("Gay couples are not 'worse parents'. Every piece of evidence says the opposite. Our adopters are among the best in Wales: straight, gay and single alike.", "negated prejudice"),
  ("Being autistic doesn't make a child disruptive. The additional learning needs unit at Ysgol Glanferyn has better attendance than the borough average.", "negated prejudice with figures"),
  ("Nobody in this council thinks people on benefits are lazy. I've never heard a member say it, and I'd challenge anyone who did.", "denied prejudice"),
  ("'Young people don't care about politics.' Not true. 600 of them voted in the youth council elections last month.", "rebuts an age stereotype"),
  ("Pregnant women are not a 'burden' on small businesses. Most maternity pay is reclaimed from HMRC. Please read the guidance before repeating that line.", "myth-busting"),
  ("There is no evidence that the new mosque will 'bring crime'. Police figures for the streets around the existing one in Pontfelin are below the borough average.", "myth-busting"),
  ("Black people are not over-represented in the borough's crime figures once you adjust for age. The 'stats' doing the rounds are fake.", "negated prejudice"),
  ("Welsh speakers are not 'a clique'. The Welsh-medium school is open to every family, and 40% of its pupils come from English-speaking homes.", "myth-busting (language, near national origin)"),
  ("Old age is not a reason to step down. Cllr Thomas-Bowen is 79 and does more casework than I do.", "denied ageism; names a colleague positively"),
  ("I don't accept that doctors trained abroad are 'less qualified'. They pass the same GMC tests, and our surgeries would close without them.", "denied prejudice"),
  ("Single parents are not 'jumping the housing queue'. Allocations are by need under the common housing register, not by marital status.", "myth-busting"),
  ("Immigrants aren't the ones closing our libraries. Budget cuts are. Let's not let anyone tell us otherwise.", "negation redirecting blame to policy"),
]:
    H(G3, t, n)

for t, n, a, au, d in [
  ("Proud to open the new Changing Places toilet at Glyncoed Park today. A real difference for disabled residents and their carers.", "positive mention of disabled people", [], None, None),
  ("Eid Mubarak to all our Muslim residents celebrating in Cwmderw and Pontfelin today. 🌙", "festival greeting", [], None, "2026-03-20"),
  ("As a gay man who grew up in Blaenhirnant, raising the rainbow flag at the Civic Centre this morning meant more than I can say.", "self-description", [], "@OwainBevanPlaid", None),
  ("Brilliant session with the Ystrad Gwyn Deaf Club. Learnt some BSL, got corrected a lot, laughed a lot.", "positive mention", [], None, None),
  ("Happy Lunar New Year to the Chinese community in the valley! The lion dance at the market hall was spectacular 🐉", "festival greeting", [], None, "2026-02-17"),
  ("As a queer woman and a mum, I'm delighted the council's new foster carer campaign features LGBTQ+ families.", "reclaimed term, self-description", [], "@NiaTudurPC", None),
  ("I'm 74, I'm disabled, and I'm still here. Thanks to everyone who backed the accessible bus stops.", "self-description", [], "@KelvinProbertInd", None),
  ("Met the new Ukrainian families at the community café in Nantcoed. The kids are already better at Welsh than me.", "positive mention of refugees", [], None, None),
  ("Our Gypsy and Traveller education team has done amazing work getting kids into school. Proud of them.", "positive mention; council staff praised as a team", [OFF], None, None),
  ("International Women's Day: for the first time in the borough's history, half of our councillors are women. 💜", "positive mention", [], None, "2026-03-09"),
  ("Holocaust Memorial Day at Trehelyg chapel. We remember the six million Jews and all the victims of Nazi persecution.", "remembrance", [], None, "2026-01-27"),
  ("Disabled and proud. Wheelchair user since 19, councillor since 40. If you need a dropped kerb somewhere in Pontfelin, tell me.", "self-description", [], "@BevStantonCon", None),
  ("Lovely afternoon at the gurdwara open day in Cwmderw. The langar was incredible, thank you for having us.", "positive mention of a faith", [], None, None),
  ("The LGBT+ youth group's trans awareness session at the library was packed. Well done to the young people who ran it.", "positive mention", [], None, None),
  ("A new heritage trail will tell the story of the valley's Caribbean miners. Share your family stories at the library.", "positive mention of race/heritage", [], None, None),
  ("Grey power! The Over-60s forum turned out 80 strong to grill the cabinet on bus passes. More of this please.", "positive mention of older people", [], None, None),
  ("Congratulations to the new mums' group at Pontfelin Family Centre on their funding. Maternity support in the valley needs all the help it can get.", "positive mention of maternity", [], None, None),
  ("Being dyslexic, I'll always print the reports in large font and ask daft questions. Apologies in advance, Full Council 😅", "self-description", [], None, None),
  ("Honoured to attend the first same-sex wedding at the restored Trehelyg Institute. Congratulations both!", "positive mention", [], None, None),
  ("Pleased to support the women-only swim sessions at the leisure centre. Private pool time matters to people of many faiths and none.", "positive mention of religion and sex", [], None, None),
  ("Deaf residents have asked for BSL at council meetings for years. From March, every Full Council will have an interpreter.", "positive mention", [], None, None),
  ("As a Catholic and a Plaid member, I'm glad the Lent lunches at St Mary's raised £1,200 for the food bank.", "self-description of religion", [], "@RhodriJ_Plaid", "2026-03-04"),
]:
    H(G4, t, n, allowed=a, author=au, date=d)

for t, n, a, d in [
  ("Our U12s absolutely murdered Pontfelin RFC 42-3 on Saturday. Sorry Cllr Stanton, your lot were slaughtered 😂", "sport banter", [IRO], None),
  ("The new bus app is a killer app. Real-time tracking at last. Kudos to the transport team.", "'killer app'", [], None),
  ("Cllr Jenkins murdered 'Calon Lân' at the chapel concert and I'll never let him forget it 😂 (he knows I love him really)", "'murdered' a song, affectionate banter", [IRO, PA], None),
  ("I'm going to kill this budget scrutiny. Four hours of prep, three highlighters, one very strong coffee.", "'kill' figurative", [], None),
  ("Absolute bloodbath at the charity pub quiz. Independents first, cabinet last. Democracy works.", "'bloodbath' at a quiz", [], None),
  ("Knock 'em dead at your first Full Council tomorrow, @NiaTudurPC! You'll smash it.", "encouragement idioms", [], None),
  ("The Dragons got battered by Munster. Brutal. We go again.", "sport", [], None),
  ("Right, I'm going to strangle whoever invented the reply-all button. 400 emails about one parking bay.", "hyperbole with no real target", [], None),
  ("Dilwyn will be furious I'm posting this but he absolutely destroyed us at the charity darts. Three 180s. Shameless.", "banter about a colleague's darts", [], None),
  ("My head's exploding with budget spreadsheets. Send Welsh cakes.", "figurative", [], None),
  ("The Mayor's pancake race costume was a crime against fashion. Raised £900 though, so we'll let him off 🥞", "'crime' figurative, affectionate", [IRO], "2026-02-17"),
  ("We need to kill off the idea that the valleys are 'left behind'. Look at the new tech hub. Killer location, killer team.", "'kill off an idea', 'killer'", [], None),
  ("Cllr Bevan and I went to war over the allotment rules at committee, then shared chips in the car park. That's local politics done right.", "'went to war' figurative", [], None),
  ("Tug of war, Labour vs Plaid, Cwmderw fun day. We got dragged through the mud. Literally.", "banter", [], None),
  ("That hill on the Blaenhirnant 10k nearly finished me off. Never again. (Until next year.)", "figurative", [], None),
  ("Our Cabinet Member for Finance is a beast on the squash court. Beat me 3-0 and didn't even sweat. Respect, Ceri.", "'beast' as praise", [], None),
  ("Gutted. Absolutely gutted. Relegated on the last day. Glyncoed AFC, we'll be back.", "sport", [], None),
  ("The Trehelyg male voice choir slayed at the Eisteddfod heat. Shivers.", "'slayed' as praise", [], None),
  ("Ha, Marcus, you'll be eating your words when the Scarlets knock your lot out of the cup. Loser buys the bara brith.", "friendly rivalry with a named councillor", [], None),
  ("Guilty as charged: I ate four Welsh cakes at the WI coffee morning. Lock me up.", "crime idiom, self-deprecation", [], None),
  ("Bombed the 90s pop round at the quiz. Our table was a massacre. Still came second.", "'bombed', 'massacre'", [], None),
  ("If I hear 'Sweet Caroline' one more time at the Welfare I'll throw myself in the river. Great night though.", "self-directed hyperbole", [], None),
]:
    H(G5, t, n, allowed=a, date=d)

for t, n, a in [
  ("Cllr Delahaye voted against the free school meals extension in January. Residents in Glyncoed Vale deserve to know that.", "voting record", []),
  ("Cllr Watkin promised no council tax rise above 5%. The budget she has tabled is 9.9%. That's a broken promise and she should explain it.", "broken promise, on the record", []),
  ("Gareth Pryce-Morgan has been Leader for seven years and the leisure centre has closed twice on his watch. Time for a change.", "record", []),
  ("@JackieParfittRef says the asylum hotel costs the council £3m. The council's own figures say it costs the council nothing: it is Home Office funded. Please correct your leaflet.", "corrects a claim without calling anyone a liar", []),
  ("Cllr Probert has missed 9 of the last 12 planning committees. Attendance records are public. Nantcoed deserves a councillor who turns up.", "attendance record", []),
  ("Resign, Dilwyn. Your waste strategy has failed and the recycling rate has dropped three years running.", "resignation call based on record", [PA]),
  ("I profoundly disagree with Cllr Bevan's motion on the quarry. His figures on HGV movements are two years out of date.", "disagreement with a motion", []),
  ("Cllr Stanton's claim that 'nobody uses the library anyway' is simply wrong: 41,000 visits last year.", "rebuts a statement with figures", []),
  ("Hamza Qureshi's amendment would cut the youth service by a third. I'll be voting against it and I'd urge colleagues to do the same.", "criticism of an amendment", []),
  ("Cllr Gulliford said at scrutiny that the 20mph zone caused the bus delays. The operator says it was the roadworks. I'd welcome her correcting the record.", "corrects a statement civilly", []),
  ("The Leader's answer to my question on the coal tip was evasive. I asked for a date; I got a paragraph. I'll ask again in writing.", "criticism of an answer", []),
  ("Sian Llewellyn-Rees has chaired Planning for four years. In that time, three of the committee's decisions have been overturned on appeal. That's a record worth scrutinising.", "record of a chair", []),
  ("Lowri Emanuel voted for the day centre closure at scrutiny and against it at Full Council. Which is it, Lowri?", "voting record", []),
  ("Disappointed that Cllr Jenkins abstained on the living wage motion. He campaigned on it. Voters will remember.", "voting record", []),
  ("The Mayor's decision to change the St David's Day parade route was badly handled. He should have talked to the traders first.", "criticism of a decision by a named office-holder", []),
  ("Our Cabinet Member for Environment, Dilwyn Hopkins, told this page in November the culvert would be fixed by Christmas. It's March. Still not fixed.", "broken promise on the record", []),
  ("I respect Nia Tudur, but her record on housing is weak: her own ward has had no new social homes since she was elected.", "record", []),
  ("Dafydd ap Iorwerth's figures on the wind farm community fund are inflated: he's counting 25 years of payments as if they were annual. Let's debate the real numbers.", "challenges figures, not honesty", []),
  ("Cllr Parfitt has asked 40 questions at Full Council this year, 38 of them about one hotel. Nothing on potholes, nothing on schools. Priorities.", "record of questions", []),
  ("Gareth's leadership on the school reorganisation has been poor. He failed to bring parents with him and he should say sorry for that.", "criticism of leadership on a decision", []),
  ("Cllr Probert told the Valley Echo he 'never supported' the Pennant Rise scheme. The minutes of 14 May show he seconded the motion. Check the record.", "contrasts a statement with minutes without alleging dishonesty; defamation borderline", [DF]),
  ("Marcus Delahaye has been the sharpest opposition voice on scrutiny this year, and I say that as someone who disagrees with him on almost everything. His questions on the reserves were spot on.", "praise of a named opponent's record", []),
]:
    H(G6, t, n, allowed=a)

# ---------------------------------------------------------------- variants
VARIANTS = [  # (key, kind, word)
    ("pa_thick", "asterisk", "thick"), ("pa_clown", "digit", "clown"), ("pa_pathetic", "zwsp", "Pathetic"),
    ("pa_spineless", "spaced", "spineless"), ("pa_hypocrite", "cyrillic", "hypocrite"), ("pa_puddle", "caps", None),
    ("al_fucking", "asterisk", "fucking"), ("al_shite", "digit", "shite"), ("al_prick", "zwsp", "prick"),
    ("al_wankers", "spaced", "Wankers"), ("al_cluster", "cyrillic", "clusterfuck"), ("al_fuckme", "caps", None),
    ("bu_burn", "asterisk", "burn"), ("bu_waiting", "digit", "waiting"), ("bu_nose", "zwsp", "break"),
    ("bu_bricks", "spaced", "bricks"), ("bu_accidents", "cyrillic", "Accidents"), ("bu_oneway", "caps", None),
    ("eq_muslims", "asterisk", "Muslims"), ("eq_trans", "digit", "Trans"), ("eq_slur", "zwsp", "pakis"),
    ("eq_asylum", "spaced", "Asylum"), ("eq_hindus", "cyrillic", "Hindus"), ("eq_roma", "caps", None),
    ("df_envelope", "asterisk", "envelope"), ("df_liar", "digit", "liar"), ("df_stole", "zwsp", "stole"),
    ("df_rigged", "spaced", "rigged"), ("df_launder", "cyrillic", "laundering"), ("df_take", "caps", None),
]
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456", "c": "\u0441", "p": "\u0440"}

def obfuscate(text, kind, word):
    if kind == "caps":
        return re.sub(r"@\w+|[^@]+", lambda m: m.group(0) if m.group(0).startswith("@") else m.group(0).upper(), text)
    assert word in text, (word, text)
    mid = len(word) // 2
    if kind == "asterisk":
        vow = [i for i, ch in enumerate(word) if ch.lower() in "aeiou" and 0 < i < len(word) - 1]
        i = vow[0] if vow else mid
        new = word[:i] + "*" + word[i + 1:]
    elif kind == "digit":
        i = next(i for i, ch in enumerate(word) if ch.lower() in DIGIT and i > 0)
        new = word[:i] + DIGIT[word[i].lower()] + word[i + 1:]
    elif kind == "zwsp":
        new = word[:mid] + "\u200b" + word[mid:]
    elif kind == "spaced":
        new = " ".join(word)
    elif kind == "cyrillic":
        i = next(i for i, ch in enumerate(word) if ch in CYR)
        new = word[:i] + CYR[word[i]] + word[i + 1:]
    return text.replace(word, new)

# ---------------------------------------------------------------- people
PEOPLE = {  # handle -> tokens that mean the post is about this person
    "@GarethPryceMorgan": ["Gareth", "Pryce-Morgan", "Leader"],
    "@CeriWatkinLab": ["Ceri", "Watkin", "Cabinet Member for Finance"],
    "@DilHopkinsCllr": ["Dilwyn", "Hopkins", "Cabinet Member for Environment"],
    "@SianLRees": ["Sian", "Llewellyn-Rees", "planning committee chair", "chaired Planning", "chairing Planning"],
    "@MayorWynTB": ["Wyn", "Thomas-Bowen", "Mayor"],
    "@HamzaQureshiLab": ["Hamza", "Qureshi"],
    "@OwainBevanPlaid": ["Owain", "Bevan"],
    "@NiaTudurPC": ["Nia", "Tudur"],
    "@RhodriJ_Plaid": ["Rhodri", "Jenkins"],
    "@BevStantonCon": ["Beverley", "Stanton", "Bev "],
    "@MarcusDelahaye": ["Marcus", "Delahaye"],
    "@KelvinProbertInd": ["Kelvin", "Probert"],
    "@TraceyGullifordInd": ["Tracey", "Gulliford"],
    "@LowriEmanuelLD": ["Lowri", "Emanuel"],
    "@DafyddGreen": ["Dafydd", "Iorwerth"],
    "@JackieParfittRef": ["Jackie", "Parfitt"],
}
HANDLES = list(PEOPLE)

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    by_key = {r["key"]: r for r in rows if r["key"]}
    days = [datetime.date(2026, 1, 5) + datetime.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]

    def stamp(date=None):
        d = datetime.date.fromisoformat(date) if date else rng.choice(days)
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                              tzinfo=datetime.timezone.utc)
        return t.isoformat()

    def pick_author(text):
        ok = [h for h in HANDLES if h not in text and not any(tok.lower() in text.lower() for tok in PEOPLE[h])]
        return rng.choice(ok)

    for r in rows:
        r["author_h"] = r["author"] or pick_author(r["text"])
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(r["date"])
    variants = []
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"])
        if kind == "caps" and HASTE not in allowed and HASTE not in o["rules"]:
            allowed.append(HASTE)
        variants.append(dict(o, text=obfuscate(o["text"], kind, word), allowed=allowed, created_at=stamp(),
                             note=f"Obfuscated variant ({kind}) of its original; same labels. " + o["note"]
                             + (" ALL CAPS may also raise haste (shouting), allowed." if kind == "caps" else ""),
                             variant_kind=kind, _orig=o, key=None))
    allrows = rows + variants
    rng.shuffle(allrows)
    ids = {}
    for i, r in enumerate(allrows, 1):
        ids[id(r)] = f"b40-{i:03d}"
    out = []
    for r in allrows:
        obj = {"id": ids[id(r)], "text": r["text"], "author": r["author_h"], "created_at": r["created_at"],
               "platform": r["platform"], "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"]}
        if "_orig" in r:
            obj["variant_of"] = ids[id(r["_orig"])]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open("posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")

if __name__ == "__main__":
    main()
