#!/usr/bin/env python3
"""Build posts.jsonl for blind set b26 (Borough of Quillington).

All texts, labels and notes below were written by hand. The script only shuffles
the rows, gives out ids, authors, platforms and timestamps, and makes the
obfuscated variants. It uses a fixed seed, so running it again writes the same file.
"""
import json, random, datetime as dt, os

SEED = 2626
HERE = os.path.dirname(os.path.abspath(__file__))

# surname key -> handle (the councillor roster in council.toml)
H = {
    "Brackwell": "@OttilieBrackwell", "Fairhurst": "@DesFairhurst", "Capstick": "@CllrCapstick",
    "Askwith": "@LionelAskwith", "Aldous": "@NkechiAldous", "Lumb": "@FergusLumbCon",
    "Crisp": "@WendellCrisp", "Oyelaran": "@B_Oyelaran", "MRees": "@TariqMRees",
    "Corderoy": "@YasCorderoy", "Pask": "@GwenPaskLab", "DuffyMoore": "@CiaranDM",
    "Ingleby": "@HattieIngleby", "Kalsi": "@SundeepKalsiLD", "Trask": "@MorwennaGreen",
    "Montfort": "@EilidhMontfort", "Strudwick": "@AlfieStrudwick", "Varney": "@JoleneVarneyRUK",
    "Ockenden": "@PiersOckenden", "Theakston": "@BarnabyQRF",
}

PA, AL, BI, ED, DF = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination", "defamation.allegation")
OFF, IRO, DP, HASTE = ("officers.impartiality", "tone.irony-risk",
                       "data-protection.personal-data", "haste.pause-before-posting")
SEC, PRE, POS = "security.credentials", "predetermination.closed-mind", "position.improper-advantage"

POS_ROWS = []   # (key, family, target, who, text, extra_rules, allowed, verdict, note)
def P(key, fam, target, who, text, extra=(), allowed=(), verdict="review", note=""):
    POS_ROWS.append(dict(key=key, family=fam, target=target, who=list(who), text=text,
                         rules=[fam] + list(extra), allowed=list(allowed), verdict=verdict, note=note))

# ---------------------------------------------------------------- respect.personal-attack
P("pa01", PA, "Askwith", ["Askwith"], "Cllr Askwith chairing planning is like putting a goldfish in charge of the aquarium. Three times yesterday he had to be told which application we were on.", note="Ridicule of a named councillor's competence through a simile; aimed at the person, not a decision.")
P("pa02", PA, "Fairhurst", ["Fairhurst"], "Honestly @DesFairhurst couldn't find his own backside with both hands and a spreadsheet. And this man runs our finances.", allowed=[AL], note="Idiomatic insult at a named @handle. 'backside' is mild, so abusive-language is only allowed.")
P("pa03", PA, "Varney", ["Varney"], "Some people are born thick, some achieve thickness, and Jolene Varney has had thickness thrust upon her. Every. Single. Meeting.", note="Literary twist (Twelfth Night) calling a named councillor stupid.")
P("pa04", PA, "Strudwick", ["Strudwick"], "Watching Cllr Strudwick try to read the budget papers is like watching a dog attempt a crossword 🐶📄", note="Belittling comparison aimed at a named councillor.")
P("pa05", PA, "Capstick", ["Capstick"], "Rhiannon Capstick is a spineless little weathervane. Whoever shouted loudest last got her vote.", note="Character insult ('spineless little weathervane') at a named person; cf. hard negative using 'weathervane' of the cabinet's policy.")
P("pa06", PA, "Enderby", [], "The new head of planning is out of her depth and frankly a bit of a joke. Philippa Enderby should never have been appointed.", extra=[OFF], note="Insult at a named council officer: personal attack plus officers.impartiality.")
P("pa07", PA, "DuffyMoore", ["DuffyMoore"], "Ciaran, mate, nobody likes you. Not your own group, not the public, not even the lady who does the teas. Take the hint.", allowed=[BI], note="Humiliating put-down of a named councillor; bullying allowed because it shades into humiliation.")
P("pa08", PA, "Theakston", ["Theakston"], "Barnaby Theakston has the charisma of a damp flannel and about half the brain cells.", note="Classic British put-down aimed at a named councillor.")
P("pa09", PA, "MRees", ["MRees"], "Oh look, @TariqMRees has discovered potholes. Well done, genius 👏👏 only took you three years", extra=[IRO], note="Mock praise ('well done, genius') belittling a named @handle: personal attack plus irony-risk.")
P("pa10", PA, "Kalsi", ["Kalsi"], "Sundeep Kalsi is the political equivalent of a participation trophy.", note="Metaphorical insult of a named councillor's worth.")
P("pa11", PA, "Pask", ["Pask"], "Another pointless motion from Cllr Pask. The woman is a walking migraine.", note="Insult of the person ('a walking migraine') on top of criticism of a motion.")
P("pa12", PA, "Lumb", ["Lumb"], "What a pathetic, snivelling little man Fergus Lumb turned out to be. Couldnt even look residents in the eye.", note="Direct character insult of a named councillor (typo kept).")
P("pa13", PA, "Poole", [], "Lachlan Poole at the Quillington Courier is a hack who couldn't report a fire in his own kitchen. Don't give him quotes, colleagues.", note="Insult aimed at a named local journalist (a member of the public).")
P("pa14", PA, "Crisp", ["Crisp"], "Wendell Crisp is a parasite. A worthless, bloodsucking parasite who should be scraped off the borough's shoe.", allowed=[AL], verdict="block", note="Severe, dehumanising personal attack (parasite, scraped off a shoe): block.")
P("pa15", PA, "Trask", ["Trask"], "@MorwennaGreen you are genuinely the dimmest person I've ever sat opposite, and I've sat opposite a lot of Greens.", note="Second-person insult to a named @handle.")
P("pa16", PA, "Aldous", ["Aldous"], "Nkechi Aldous talks like a fridge magnet. Empty slogans, zero thought, stuck on the same door for years.", note="Extended metaphor insulting a named councillor's intelligence.")
P("pa17", PA, "Kyte", [], "The s151 officer, Mr Kyte, is either incompetent or asleep. Possibly both. Get a grip, Raymond.", extra=[OFF], note="Insult at a named council officer: personal attack plus officers.impartiality.")
P("pa18", PA, "Ingleby", ["Ingleby"], "Cllr Ingleby's contribution to the scrutiny debate: a lot of hand-wringing from a self-righteous busybody who's never run so much as a bath.", note="Insult ('self-righteous busybody', never run a bath) at a named person.")
P("pa19", PA, "Ockenden", ["Ockenden"], "Piers Ockenden is vermin in a cheap suit. No other word for him.", allowed=[AL], verdict="block", note="Dehumanising ('vermin'): severe personal attack, block.")
P("pa20", PA, "Montfort", ["Montfort"], "Bless Eilidh, she does try. It's not her fault she's got the attention span of a gnat 🦟", allowed=[IRO], note="Condescending mock sympathy that insults a named councillor; irony-risk allowed.")
P("pa21", PA, "Corderoy", ["Corderoy"], "Yasmin Corderoy should stick to what she's good at. Which, after four years of watching her, is nothing.", note="Put-down with a delayed punchline aimed at a named councillor.")
P("pa22", PA, "resident-bins", [], "To the resident who's been emailing me every day about the bins: you're a sad, bitter crank and I won't be replying.", note="Insult aimed at an (unnamed but identifiable to themselves) member of the public in the second person.")
P("pa23", PA, "Brackwell", ["Brackwell"], "Cllr Brackwell is an idiot. There, I said it.", note="Plain insult of a named councillor.")
P("pa24", PA, "Ampadu", [], "Our head of housing Kofi Ampadu is a clueless jobsworth who hides behind procedure because he can't think for himself.", extra=[OFF], note="Insult at a named officer: personal attack plus officers.impartiality.")
P("pa25", PA, "Oyelaran", ["Oyelaran"], "Oyelaran does two things well: talk over people and take credit for other people's work. Nasty piece of work, always has been.", allowed=[DF], note="'Nasty piece of work' aimed at a named councillor; taking credit is not a crime, so defamation only allowed.")
P("pa26", PA, "Fairhurst", ["Fairhurst"], "Desmond's the sort of man who'd lose a debate with a lamppost and then claim the lamppost cheated.", note="Joke insult at a named councillor's intellect and honesty in argument.")

# ---------------------------------------------------------------- bullying.intimidation
P("bi01", BI, "Trask", ["Trask"], "Funny how quiet Cllr Trask has gone since I started asking questions. Hope she's keeping well. Be a shame if anything came out before May 😉", allowed=[IRO, PA], verdict="block", note="Veiled threat of exposure dressed as concern.")
P("bi02", BI, "Kalsi", ["Kalsi"], "@SundeepKalsiLD you want to be very careful which side you pick on the depot vote. People round here have long memories and mine is longer.", verdict="block", note="Veiled warning to a named councillor over how he votes.")
P("bi03", BI, "Strudwick", ["Strudwick"], "I know which pub Alfie drinks in on a Friday. Maybe I'll pop in and we can have a proper chat about his comments, just the two of us.", allowed=[DP], verdict="block", note="'I know where you'll be' intimidation, menacing 'proper chat'.")
P("bi04", BI, "complainant", [], "To whoever filed the standards complaint against me: I will find out who you are, and you'll wish you'd kept your mouth shut.", verdict="block", note="Threat against a complainant.")
P("bi05", BI, "Lumb", ["Lumb"], "Cllr Lumb might want to think about whether his wife knows about everything he gets up to after group meetings. Just saying.", allowed=[DF, DP], verdict="block", note="Veiled blackmail-style threat; insinuation of misconduct allowed as defamation.")
P("bi06", BI, "Ingleby", ["Ingleby"], "Vote against the library motion tomorrow, Harriet, and see how long you keep that committee seat. I'm not asking.", verdict="block", note="Coercion of a named councillor's vote with a threat to her position.")
P("bi07", BI, "Kalsi", ["Kalsi"], "Nice car you've got, Cllr Kalsi. Be a pity if it kept getting scratched parked outside the civic centre.", verdict="block", note="Mafia-idiom threat of damage to property.")
P("bi08", BI, "Bellchamber", [], "The planning officer who wrote that report should be made to stand up in front of the whole of Wetherdown and explain himself. Let's see how brave Owain is then. I'll bring the residents, you bring an apology.", extra=[OFF], verdict="block", note="Intimidation and public humiliation of a named officer; officers.impartiality too.")
P("bi09", BI, "Varney", ["Varney"], "Keep talking, Jolene. Every word goes in the file. When this comes out you won't be able to show your face in Wetherdown again.", verdict="block", note="Threat of exposure and humiliation.")
P("bi10", BI, "Brackwell", ["Brackwell"], "If Ottilie Brackwell thinks she can shut my ward's children's centre and sleep soundly she's very much mistaken. We'll be outside her house every night until she changes her mind.", allowed=[DP], verdict="block", note="Threat to gather at a named councillor's home nightly: intimidation, though it starts as policy criticism.")
P("bi11", BI, "petitioners", [], "Those of you who signed the petition against my scheme, I've got the list. I'll remember every name when your own planning applications come in.", allowed=[POS, PRE, DP], verdict="block", note="Threat of retaliation through the councillor's role against residents.")
P("bi12", BI, "DuffyMoore", ["DuffyMoore"], "Word to the wise, @CiaranDM: a lot of people in Poltmere are very unhappy with you, and not all of them are as patient as me. I'd watch your back walking home from surgery.", verdict="block", note="Veiled threat of violence ('watch your back').")
P("bi13", BI, "Corderoy", ["Corderoy"], "Cross me again in committee, Yasmin, and I'll make sure every group meeting from now till May is a living hell for you.", verdict="block", note="Explicit bullying threat to a named colleague.")
P("bi14", BI, "Ockenden", ["Ockenden"], "Sorry Piers, did you think the whips wouldn't hear about your little stunt? Enjoy the backbenches. Enjoy being nobody. We're just getting started.", allowed=[PA, IRO], verdict="block", note="Humiliation plus 'we're just getting started': intimidation.")
P("bi15", BI, "Poole", [], "Reminder to the Courier's Lachlan Poole that I have a very good lawyer and a very long memory. Print one more word about my expenses and see what happens.", verdict="block", note="Intimidation of a named journalist to stop reporting.")
P("bi16", BI, "complainant2", [], "Dear resident who reported me to the Monitoring Officer: your street's gritting route is up for review. Just thought you should know. 🙂", allowed=[POS, IRO], verdict="block", note="Veiled retaliation against a complainant using a council service.")
P("bi17", BI, "Pask", ["Pask"], "Gwen Pask should remember her kids go to school in this ward too. People talk at the gates.", allowed=[DP], verdict="block", note="Veiled threat invoking a councillor's children.")
P("bi18", BI, "Theakston", ["Theakston"], "Somebody needs to give Barnaby Theakston a good hiding. Not me, obviously 😇 but somebody.", allowed=[IRO, PA], verdict="block", note="Incitement to violence with a wink.")
P("bi19", BI, "Aldous", ["Aldous"], "Nkechi, if you repeat that lie about me one more time I will come round and sort you out myself.", allowed=[DF, PA], verdict="block", note="Plain threat of violence; calling her statement a lie allowed as defamation.")
P("bi20", BI, "Askwith", ["Askwith"], "Making it my personal mission to end Cllr Askwith's career. I'll dig up everything on him and his family to do it, and I mean everything.", allowed=[PA, DP], verdict="block", note="Threat to dig into a councillor's family: intimidation, not campaigning.")
P("bi21", BI, "reception", [], "The ladies on reception who 'lost' my casework email: I've got your names and I'll be raising each of you with Jonah personally. Watch this space.", extra=[OFF], verdict="block", note="Intimidation of council staff; names the Chief Executive and criticises officers.")
P("bi22", BI, "Capstick", ["Capstick"], "@CllrCapstick, I'd resign now while you can still do it on your own terms. Because the alternative is going to be very, very public and very, very painful.", verdict="block", note="Resignation 'advice' carrying a threat; cf. hard-negative resignation calls.")
P("bi23", BI, "Crisp", ["Crisp"], "Three anonymous accounts have been trolling me for weeks. I know it's you, Wendell. I'm coming for you and I won't be playing by the rules.", allowed=[DF], verdict="block", note="Threat ('not playing by the rules'); accusing him of trolling allowed as defamation.")
P("bi24", BI, "reform-voters", [], "Everyone who voted for the Reform amendment: I've screenshotted the roll call. You'll be hearing from me, one by one, at home.", verdict="block", note="Threat to contact councillors at home over a vote.")
P("bi25", BI, "Fairhurst", ["Fairhurst"], "Desmond might find the next finance scrutiny a lot less comfortable than he's used to. I've been very, very busy. Sleep well, Des 😘", allowed=[IRO], verdict="block", note="Menacing 'sleep well' with a kiss emoji: veiled intimidation.")
P("bi26", BI, "MRees", ["MRees"], "Tariq you absolute clown. Keep smirking at me in the chamber and you'll be picking your teeth up off the floor.", extra=[PA], verdict="block", note="Threat of violence plus insult ('absolute clown').")

# ---------------------------------------------------------------- equality.discrimination
P("ed01", ED, None, [], "Nothing against them personally but you can't expect people who've been here five minutes to understand how Wetherdown works. Keep the council houses for our own.", verdict="block", note="Coded race/nationality exclusion ('our own').")
P("ed02", ED, "MRees", ["MRees"], "Cllr Mahmood-Rees will always put his mosque before his ward. That's just how they are.", allowed=[PA, DP], verdict="block", note="Religion: attack on a named councillor and a group for being Muslim.")
P("ed03", ED, "diversity-officer", [], "Our new 'diversity' officer is a bloke in a frock who wants to lecture me on pronouns. Give me strength.", extra=[OFF], allowed=[PA, AL], verdict="block", note="Gender reassignment: mocking a trans officer; officer criticised.")
P("ed04", ED, "Corderoy", ["Corderoy"], "Yasmin Corderoy has just announced she's pregnant again. So that's another year of her ward being left to rot. Women like that shouldn't stand if they can't commit.", allowed=[PA, DP], verdict="block", note="Pregnancy and maternity, sex.")
P("ed05", ED, None, [], "Travellers are back on the rec. Lock up your sheds, lads, you know the drill.", verdict="block", note="Race (Gypsy/Traveller ethnicity): coded criminality stereotype.")
P("ed06", ED, None, [], "Hire older staff for the contact centre? Come off it. Anyone over 60 can barely work a phone, let alone a CRM system.", verdict="block", note="Age: sweeping stereotype used to exclude.")
P("ed07", ED, None, [], "Another wheelchair ramp consultation. Sorry but the disabled lobby in this borough are a bunch of professional moaners bleeding the budget dry.", allowed=[PA], verdict="block", note="Disability: disabled people as moaners bleeding the budget.")
P("ed08", ED, "Capstick", ["Capstick"], "Rhiannon Capstick is only in cabinet because she's a woman and they needed to tick a box. Hasn't got the brains for it.", extra=[PA], verdict="block", note="Sex, plus a personal insult ('hasn't got the brains').")
P("ed09", ED, "DuffyMoore", ["DuffyMoore"], "Cllr Duffy-Moore is a typical thick Paddy, can't count past ten without a pint in his hand.", extra=[PA], allowed=[AL], verdict="block", note="Race (Irish) slur and stereotype aimed at a named councillor.")
P("ed10", ED, None, [], "Gay marriage, gay crossings, gay flags on the town hall. When do the rest of us normal people get a look in?", verdict="block", note="Sexual orientation: gay people framed as not normal.")
P("ed11", ED, None, [], "Can we stop pretending a man in lipstick is a woman. Keep them out of the women's changing rooms at Hobb's Reach leisure centre, full stop.", verdict="block", note="Gender reassignment: denial and exclusion of trans women.")
P("ed12", ED, None, [], "Single mums on the estate popping out kids to get the bigger flat. Everyone knows it, nobody on housing committee will say it.", verdict="block", note="Sex / maternity / marital status stereotype.")
P("ed13", ED, None, [], "Funny how the 'community leaders' always have the same surname and the same beard. We all know who really runs Cinder Lane.", allowed=[IRO], verdict="block", note="Coded religion/race dog whistle.")
P("ed14", ED, "Aldous", ["Aldous"], "Nkechi Aldous got that seat because of the colour of her skin, not because of anything between her ears.", extra=[PA], verdict="block", note="Race, with a personal insult.")
P("ed15", ED, None, [], "Appointing a Jewish chair to the audit panel. Well, they do know money, I'll give them that 😏", allowed=[IRO], verdict="block", note="Antisemitic money stereotype disguised as a compliment.")
P("ed16", ED, None, [], "Half of Quill Marsh's pensioners shouldn't be trusted with bin day, never mind a polling card. Day centre, not ballot box.", verdict="block", note="Age: older residents as unfit to vote.")
P("ed17", ED, None, [], "Another 'autism awareness' event. Sounds like an excuse for badly behaved kids and useless parents to me.", verdict="block", note="Disability: denial of autism as bad behaviour.")
P("ed18", ED, None, [], "If you can't speak proper English you've got no business asking the council for anything. Go back and ask your own lot.", verdict="block", note="Race/national origin: 'go back'.")
P("ed19", ED, None, [], "Let one mosque in and the whole high street changes. Ask anyone in Cinder Lane what happened to their butchers.", verdict="block", note="Religion: coded 'takeover' trope.")
P("ed20", ED, "Trask", ["Trask"], "Cllr Trask has every right to marry her girlfriend. Doesn't mean she should be allowed anywhere near the children's services brief.", allowed=[PA, DP], verdict="block", note="Sexual orientation: implies a lesbian councillor is a danger to children, under a show of tolerance.")
P("ed21", ED, None, [], "Why are we funding a prayer room at the civic centre? If they want to pray five times a day they can do it in their own time and their own country.", verdict="block", note="Religion and national origin.")
P("ed22", ED, None, [], "Hiring women of 'childbearing age' into senior roles is a false economy. Said it before, will say it again.", verdict="block", note="Sex and maternity: explicit discrimination in hiring.")
P("ed23", ED, None, [], "Chinese takeaway owners moaning about the new licensing fees. Thought they'd be used to paying in favours 🥡", allowed=[IRO, DF], verdict="block", note="Race stereotype implying corruption.")
P("ed24", ED, "Oyelaran", ["Oyelaran"], "Listening to Cllr Oyelaran shouting in the chamber again. Angry black woman routine, every time, and everyone's too scared to say it.", extra=[PA], verdict="block", note="Race and sex stereotype aimed at a named councillor.")
P("ed25", ED, "Ingleby", ["Ingleby"], "Ladies, if you want to be taken seriously on planning committee, maybe leave the emotions at home. Present company excepted, Harriet 😉", allowed=[IRO, PA], verdict="block", note="Sex: women as too emotional, with a wink at a named colleague.")
P("ed26", ED, None, [], "The Poles and Romanians on Hagthorn Road have turned it into a tip. That's not prejudice, that's just what happens.", verdict="block", note="Nationality/race: a group blamed wholesale ('not prejudice' disclaimer).")

# ---------------------------------------------------------------- defamation.allegation
P("df01", DF, "Askwith", ["Askwith"], "Interesting how Cllr Askwith's brother-in-law keeps winning the resurfacing contracts. Nothing to see here I'm sure.", allowed=[IRO], note="Insinuation of corruption by sarcasm.")
P("df02", DF, "Fairhurst", ["Fairhurst"], "Desmond Fairhurst-Lyle has had his hand in the till since the day he got Finance. Ask where the reserves went.", allowed=[PA], note="Idiom for theft ('hand in the till'); idiom so review.")
P("df03", DF, "MarshLantern", [], "Marsh Lantern Developments bought the planning committee. Simple as that.", verdict="block", note="Bribery stated as fact about a named company and an identifiable committee.")
P("df04", DF, "Capstick", ["Capstick"], "Rhiannon Capstick took £5,000 in cash from a developer to get the Hobb's Reach scheme through. I've seen the envelope.", verdict="block", note="Specific bribery allegation stated as fact.")
P("df05", DF, "Varney", ["Varney"], "@JoleneVarneyRUK doesn't live in her ward. Never has. She's fiddling her address to stay on the council.", verdict="block", note="Electoral fraud alleged as fact.")
P("df06", DF, "Strudwick", ["Strudwick"], "Cllr Strudwick is as bent as a nine-bob note. Everyone in Wetherdown knows it.", allowed=[PA], note="Idiom for corrupt/dishonest; review.")
P("df07", DF, "Crisp", ["Crisp"], "Wendell Crisp's 'charity' golf day: money in, nothing out. Where's it gone, Wendell?", allowed=[IRO], note="Insinuation of misusing charity money.")
P("df08", DF, "Tidewell", [], "Tidewell Waste are crooks, plain and simple. They've been pocketing the recycling money for years and the council turned a blind eye.", verdict="block", note="Theft alleged as fact about a named company.")
P("df09", DF, "Pettifer", [], "The Chief Exec has been cooking the books on the temporary accommodation figures and he knows it.", extra=[OFF], note="'Cooking the books' about an identifiable officer: defamation plus officers.impartiality.")
P("df10", DF, "Kalsi", ["Kalsi"], "Sundeep Kalsi is a liar. He lied about the library closures and he'll lie again.", extra=[PA], note="'X is a liar': defamation and personal attack.")
P("df11", DF, "Ockenden", ["Ockenden"], "Funny how Cllr Ockenden's holiday villa appeared the same year the car park sale went through. Must have been a good year for lottery tickets 🎰", allowed=[IRO], note="Sarcastic insinuation of corruption.")
P("df12", DF, "Ingleby", ["Ingleby"], "Harriet Ingleby was done for drink-driving in 2019 and kept it quiet. Voters deserve to know.", allowed=[DP, HASTE], verdict="block", note="Criminal conviction alleged as fact.")
P("df13", DF, "Pask", ["Pask"], "Gwen Pask's expenses are a work of fiction. Mileage claims for meetings she never even went to.", verdict="block", note="False expense claims (fraud) stated as fact; arguably review.")
P("df14", DF, "Theakston", ["Theakston"], "Barnaby's 'residents' group' is a front for his mate's property business. Always has been.", note="Misconduct alleged (a front) about a named councillor.")
P("df15", DF, "Labour-group", [], "Labour rigged the selection in Cinder Lane. Postal votes from people who've been dead for years.", verdict="block", note="Electoral fraud alleged as fact about an identifiable party branch.")
P("df16", DF, "Lumb", ["Lumb"], "Fergus Lumb is in the developers' pocket, always has been. Follow the money.", note="Idiom for corruption.")
P("df17", DF, "Bellchamber", [], "Planning officer Owain Bellchamber was paid to rewrite that report. I'd bet my house on it.", extra=[OFF], verdict="block", note="Bribery of a named officer alleged; officer criticised.")
P("df18", DF, "Brackwell", ["Brackwell"], "Ottilie Brackwell has been economical with the truth about the budget gap for months.", note="Idiom for lying about a named person.")
P("df19", DF, "Courier", [], "The Quillington Courier makes stuff up. Their editor has fabricated quotes from me twice this year.", note="Misconduct alleged about a named paper and its editor.")
P("df20", DF, "MRees", ["MRees"], "Cllr Mahmood-Rees is a fraud. Full stop.", extra=[PA], verdict="block", note="'X is a fraud': defamation (block) and personal attack.")
P("df21", DF, "Aldous", ["Aldous"], "Nkechi Aldous has been feathering her own nest on the housing board while families sit in B&Bs.", note="Idiom for self-enrichment in office.")
P("df22", DF, "Corderoy", ["Corderoy"], "Yasmin's 'community interest company' got £40k of grant funding she signed off herself. That's not an oversight, that's theft.", verdict="block", note="Theft alleged as fact.")
P("df23", DF, "Montfort", ["Montfort"], "Eilidh Montfort is two-faced: tells the Greens one thing, tells the developers another, and pockets consultancy fees on the side.", allowed=[PA], note="Undisclosed payments and dishonesty alleged.")
P("df24", DF, "DuffyMoore", ["DuffyMoore"], "Ciaran Duffy-Moore fiddled the attendance register to keep his allowance. I've got the sign-in sheets.", verdict="block", note="Fraud alleged as fact.")
P("df25", DF, "Askwith", ["Askwith"], "Lionel Askwith will say anything to anyone. The man couldn't lie straight in bed.", extra=[PA], note="Idiom for a habitual liar.")
P("df26", DF, "Trask", ["Trask"], "Morwenna Trask did a favour for the solar farm lot and got one back. Quid pro quo, I'm told, and I believe it.", verdict="block", note="Bribery (quid pro quo) alleged, hedged by hearsay.")

# ---------------------------------------------------------------- respect.abusive-language
P("al01", AL, None, [], "This fucking budget is going to gut Poltmere and nobody in cabinet gives a toss.", note="Obscenity aimed at a budget, not a person.")
P("al02", AL, None, [], "Bin collections in Hobb's Reach are an absolute shitshow. Third week running. Sort it out.", note="Obscene language about a service.")
P("al03", AL, "Theakston", ["Theakston"], "Cllr Theakston can kiss my arse. Not dignifying that motion with a reply.", extra=[PA], note="Crude insult at a named councillor.")
P("al04", AL, None, [], "Who signed off this bollocks consultation? Twelve days over Christmas? Piss-take.", note="Crude language about a consultation.")
P("al05", AL, "Strudwick", ["Strudwick"], "Alfie Strudwick is a cunt.", extra=[PA], verdict="block", note="Severe obscenity at a named person: block.")
P("al06", AL, None, [], "Fuck Reform and fuck their little dog-whistle leaflets.", allowed=[PA], note="Obscenity aimed at a party and its leaflets.")
P("al07", AL, "Ingleby", ["Ingleby"], "@HattieIngleby get your head out of your arse and read the report for once.", extra=[PA], note="Crude insult to a named @handle.")
P("al08", AL, None, [], "Oh for crying out loud. Another shit decision from a shit administration. Quillington deserves better than this crap.", allowed=[PA], note="Obscene language at a decision and an administration.")
P("al09", AL, "Pettifer", [], "Jonah Pettifer's restructure is a steaming pile of horseshit and every member of staff I've spoken to agrees.", extra=[OFF], allowed=[PA], note="Obscene language about a named officer's restructure.")
P("al10", AL, "Crisp", ["Crisp"], "Wanker of the week award goes to Cllr Crisp, for voting down free school meals then posing at the food bank.", extra=[PA], note="Obscene insult at a named councillor.")
P("al11", AL, "libdems", [], "Dickhead behaviour from the Lib Dem benches today. Grow up.", extra=[PA], note="Obscene insult at a group of people.")
P("al12", AL, "Varney", ["Varney"], "Jolene is a thick, nasty, lying bitch and I'm done being polite about it.", extra=[PA, DF], allowed=[ED], verdict="block", note="Severe abuse, 'lying' (defamation), gendered slur (equality allowed).")
P("al13", AL, None, ["Brackwell"], "What a load of absolute bollocks from the leader this morning. Pure fantasy.", allowed=[PA], note="Crude language about what the leader said.")
P("al14", AL, "Greyholt", [], "Pothole on Cotterell Lane has swallowed another tyre. Fix the bloody thing, you useless shower of shits at Greyholt Highways.", allowed=[PA], note="Obscene language at a contractor's staff.")
P("al15", AL, None, [], "Pissed off doesn't begin to cover it. Three years of promises on the Poltmere youth club and not a sodding penny.", allowed=[HASTE], note="Mild crude language about a broken promise; haste allowed (rage marker).")
P("al16", AL, "Kalsi", ["Kalsi"], "Sundeep you smug prick, nobody asked for your opinion on my ward.", extra=[PA], note="Obscene insult to a named councillor.")
P("al17", AL, None, [], "Screw the Greens and their bastard parking levy.", allowed=[PA], note="Crude language at a party and a levy.")
P("al18", AL, None, [], "Scrutiny meeting was a clusterfuck from start to finish. Never seen anything like it.", note="Obscenity about a meeting.")
P("al19", AL, "Montfort", ["Montfort"], "Eilidh Montfort, you pompous twat. Read the room.", extra=[PA], note="Obscene insult at a named councillor.")
P("al20", AL, None, [], "Shit roads, shit buses, shit bins. Ten years of this lot. 💩", allowed=[PA], note="Repeated obscenity about services.")
P("al21", AL, None, [], "Can someone tell the Tory group to stop talking out of their arses about 'efficiency savings' when they've just hired three more consultants?", allowed=[PA], note="Crude language at a group's claims.")
P("al22", AL, "Pask", ["Pask"], "Gwen Pask is a disgusting, poisonous sack of shit and I hope her ward finally sees it.", extra=[PA], verdict="block", note="Severe obscene abuse of a named councillor.")
P("al23", AL, "flytippers", [], "Happy to report the fuckwits who fly-tipped on Ravelscombe common have been caught. Good riddance.", allowed=[PA], note="Obscene insult at unnamed offenders.")
P("al24", AL, "MRees", ["MRees"], "Tariq Mahmood-Rees talking absolute shite again. Does the man ever stop?", extra=[PA], note="Crude language at a named councillor.")
P("al25", AL, None, [], "This is arse-backwards. You cannot consult on the Local Plan AFTER the deadline for comments, you numpties.", allowed=[PA], note="Crude language at a process; 'numpties' mild.")
P("al26", AL, "Ampadu", [], "Christ on a bike, Kofi, the housing allocations policy is a festering heap of crap. Who wrote this?", extra=[OFF], allowed=[PA], note="Crude language at a named officer's policy.")

# ---------------------------------------------------------------- hard negatives
NEG_ROWS = []
def N(group, who, text, allowed=(), note="", date=None, author=None):
    NEG_ROWS.append(dict(group=group, who=list(who), text=text, allowed=list(allowed),
                         note=note, date=date, author=author))

g = "policy criticism"
N(g, [], "The cabinet's parking review is a shambles from start to finish. Residents in Hobb's Reach were not consulted and it shows.", note="Harsh criticism of a review, not of a person.")
N(g, ["Brackwell"], "Cllr Brackwell's budget takes £1.2m out of youth services. That is a choice, and it's the wrong one. I'll be voting against it.", allowed=[PRE], note="Criticism of a named leader's budget; a budget is not quasi-judicial.")
N(g, ["Fairhurst"], "Desmond Fairhurst-Lyle has now missed his own savings target three years running. At some point that stops being bad luck and starts being a record.", note="Criticism of a named councillor's record.")
N(g, [], "This is a disgraceful decision. Closing Poltmere library while spending £300k on a rebrand is indefensible and the administration knows it.", note="Strong words aimed at a decision.")
N(g, [], "The leader's answer on temporary accommodation was evasive and frankly insulting to the families waiting. Give us the numbers.", note="Criticises an answer, not the person.")
N(g, [], "Reform's 'efficiency' motion is a slash-and-burn plan with a nicer font. It would gut adult social care. We'll oppose it.", note="Figurative criticism of a motion.")
N(g, [], "The Green parking levy is a tax on shift workers dressed up as climate policy. Wrong target, wrong time.", note="Criticism of a party's policy.")
N(g, [], "Let's be blunt: the Lib Dem amendment doesn't add up. They've counted the same £400k twice. Check the table on page 14.", note="Factual rebuttal, no dishonesty alleged.")
N(g, ["Askwith"], "Cllr Askwith's committee has approved 11 of 12 major schemes this year against local objections. I think the balance is wrong and I'll say so at full council.", note="Criticism of a committee's record, with a named chair.")
N(g, [], "The administration has been asleep at the wheel on damp and mould. Three reports, zero action. Not good enough.", note="Idiom about the administration's record.")
N(g, [], "Daylight robbery: a 9.9% rise in allotment fees for the second year running. Scrap it.", note="'Daylight robbery' about a fee, not a crime allegation.")
N(g, [], "I've read the waste contract extension. It's poor value, badly negotiated and we'll be paying for it until 2034.", note="Criticism of a contract.")
N(g, [], "Labour ran this council for eight years and left a £14m hole. They don't get to lecture anyone about prudence.", note="Partisan but fair attack on a record.")
N(g, [], "Tories in Quillington: great at ribbon cuttings, rubbish at roofs. Fix the council homes before the next photo op 📸", note="Partisan jab at a party's record.")
N(g, ["Capstick"], "Cllr Capstick promised 200 new council homes by 2025. The actual number is 31. I'd like her to explain the gap at scrutiny.", note="Holding a named councillor to account for a promise.")
N(g, [], "Honestly the new council website is a dog's dinner. I couldnt find the bin calendar and I'm a councillor 🙃", note="Idiom about a website (typo kept).")
N(g, [], "Sorry, but this consultation is a box-ticking exercise. The decision was made months ago and the 'options' are window dressing.", note="Criticism of a process.")
N(g, [], "Bad week for the administration: lost the vote on the depot, lost the vote on fees, now lost the argument on buses. Time for a rethink.", note="Political scoring on a record.")
N(g, ["Strudwick"], "I strongly disagree with Cllr Strudwick on asylum accommodation, but he's entitled to raise it and I'll answer him with facts, not insults.", note="Civil disagreement naming a councillor.")
N(g, ["MRees"], "Tariq and I have crossed swords over the Local Plan for two years. He's wrong about the green belt and he knows I think so. Coffee after full council as usual ☕", note="Friendly robust disagreement.")
N(g, [], "The budget is a mess. Not 'a bit tight'. A mess. Four hundred pages and not one line on how we pay for the pay award.", note="Harsh criticism of a budget.")
N(g, [], "Whoever thought a 20mph zone without a single new crossing would win hearts in Wetherdown needs to get out more. Poorly thought through.", note="Criticism of a scheme's design.")
N(g, ["Brackwell"], "I respect Ottilie Brackwell personally. I think her housing strategy has failed. Both things can be true.", note="Separates the person from the policy.")
N(g, [], "Cabinet should be ashamed of the state of the Ravelscombe underpass. It's been a hazard for years.", note="RULES.md's own example shape: robust, not a personal attack.")
N(g, [], "Anyone claiming the new bus timetable is an improvement has never tried to get from Quill Marsh to the hospital before 9am.", note="Sharp criticism of a claim.")

g = "heated argument / resignation"
N(g, ["Capstick"], "Rhiannon Capstick should step down as housing portfolio holder. Not because she's a bad person, but because the record on her watch is indefensible.", note="Resignation call based on record.")
N(g, [], "We are coming for every seat in Wetherdown in May. Every. Single. One. 🌹", note="Electoral 'coming for' is not a threat.")
N(g, [], "I'll be blunt: I want this administration gone, and I'll knock every door in the borough to make it happen.", note="Political ambition, not intimidation.")
N(g, ["Kalsi"], "Cllr Kalsi got his numbers wrong on the library figures. I've sent him the correct table and I'm sure he'll update his post.", note="Correcting a figure without alleging dishonesty.")
N(g, [], "The leader is simply mistaken about the reserves. The audited accounts say £6.1m, not £9m. Happy to share the page.", note="'Mistaken', not 'lying'.")
N(g, [], "Reform will say anything to win in May. Our answer is to turn up, knock on doors and win the argument.", note="Partisan jab at a party.")
N(g, ["Varney"], "Cllr Varney and I disagree on pretty much everything. Today's debate was fierce and I enjoyed every minute of it. That's democracy.", note="Heated but fair.")
N(g, [], "If the depot closes we'll fight it in the chamber, in the papers and on the doorstep. That's a promise to Poltmere.", note="'Fight' as campaigning.")
N(g, ["Lumb"], "Resign? No. Apologise and fix it? Yes. Cllr Lumb's handling of the flooding response needs a proper independent review.", note="Firm accountability without attack.")
N(g, [], "Another u-turn from cabinet. I've lost count. Residents deserve a plan, not a weathervane.", allowed=[PA], note="'Weathervane' of decisions; cf. the personal-attack row using it of a person.")

g = "protected groups: neutral or supportive"
N(g, [], "Lovely afternoon at the Cinder Lane mosque open day. Thank you for the tea, the samosas and the honest conversation about Friday parking 🕌", note="Supportive mention of a religious community.")
N(g, [], "Proud to see the rainbow flag up at the civic centre for LGBT+ History Month. Quillington is for everyone 🏳️‍🌈", date="2026-02-02", note="Supportive.")
N(g, [], "Trans people in Quillington deserve safe, dignified access to services. The new guidance for our leisure centres is a good start.", note="Supportive mention of trans people and changing rooms topic.")
N(g, [], "Gypsy, Roma and Traveller families have lived in this borough for generations. The transit site consultation needs to hear from them directly.", note="Supportive mention of Travellers.")
N(g, [], "Wishing a peaceful and blessed Ramadan to everyone observing in Quillington. Ramadan Mubarak 🌙", date="2026-02-18", note="Festival greeting.")
N(g, [], "Our older residents aren't a burden. They built this borough. The befriending scheme needs funding, not cuts.", note="Age, supportive.")
N(g, [], "Great turnout at the Hobb's Reach Deaf club. BSL interpreters at every full council meeting from April, and about time too.", note="Disability, supportive.")
N(g, [], "Happy Lunar New Year to Quillington's Chinese and East Asian communities 🧧 Year of the Horse! 🐎", date="2026-02-17", note="Festival greeting.")
N(g, [], "We remember. Holocaust Memorial Day at the town hall this morning, with students from Ravelscombe Academy reading the names.", date="2026-01-27", note="Commemoration.")
N(g, [], "Maternity cover for councillors is still a patchwork. Nobody should have to choose between having a baby and representing their ward.", note="Maternity, supportive.")
N(g, [], "The Polish Saturday school at St Aldhelm's hall has just turned 20! Gratulacje to all the teachers and volunteers 🇵🇱", note="Nationality, supportive.")
N(g, [], "Disabled residents told me the new bus stops are unusable with a mobility scooter. They're right. Raised it with the cabinet member today.", note="Disability, advocacy.")
N(g, [], "Immigration is a legitimate topic for debate. So is asylum accommodation. What isn't legitimate is blaming individual families for government policy.", note="Civil debate on immigration.")
N(g, [], "Civil partnership or marriage, a ceremony at the register office will cost the same from April. Small change, but a fair one.", note="Marriage and civil partnership, neutral.")
N(g, [], "International Women's Day: 9 of our 41 councillors are women. Not good enough. Let's change that in May.", date="2026-03-09", note="Sex, supportive.")
N(g, [], "Asked for the damp-and-mould leaflet to be translated into Urdu, Polish and Romanian. Information people can't read isn't information.", note="Languages, supportive.")

g = "own identity"
N(g, [], "As a gay man who grew up in Quill Marsh in the 90s, seeing teenagers walk in the Pride parade without anyone batting an eyelid makes me proud.", author="Ockenden", note="Councillor's own sexual orientation.")
N(g, [], "I'm 71. I'm not 'past it', I'm just getting started. See you on the doorstep 🧓", author="Crisp", note="Councillor's own age.")
N(g, [], "Speaking as a wheelchair user: the civic centre lift has been out for nine days. I had to be carried up the stairs to a meeting. Fix it.", author="Kalsi", note="Own disability; criticism of a facility.")
N(g, [], "As a Muslim councillor I'm asked about the vigil a lot. I'll keep standing with every grieving family, whatever their faith.", author="Corderoy", note="Own religion.")
N(g, [], "Eight months pregnant and still chairing licensing. The baby kicks every time someone says 'late-night refreshment' 🤰", author="Ingleby", note="Own pregnancy; self-disclosure.")
N(g, [], "I'm a trans woman and a Quillington councillor. Both fairly boring facts. Now, about those potholes...", author="Montfort", note="Own gender identity.")

g = "counter-speech"
N(g, [], "Someone left a note on my car calling me a 'p*ki traitor'. I've reported it to the police. It won't stop me doing my job.", allowed=[ED, AL], author="MRees", note="Quotes a slur to condemn it.")
N(g, [], "'Go back where you came from', said to a Year 9 student on the 42 bus yesterday. If you saw it please contact the police. This is not who we are.", allowed=[ED], note="Reports racist abuse.")
N(g, ["Aldous"], "To the person who emailed calling Cllr Aldous a 'token': she won that seat with 1,900 votes. That's called democracy. Reported.", allowed=[ED, PA], note="Defends a colleague against a racist slur.")
N(g, [], "I've been called a 'lying bitch' four times this week by anonymous accounts. Blocking, reporting, and I'll keep turning up.", allowed=[AL, DF, ED], author="Oyelaran", note="Quotes abuse received.")
N(g, [], "Got a message saying 'we know where you live' after the budget vote. It's with the police. Councillors should be able to vote without fear.", allowed=[BI], note="Reports a threat received.")
N(g, [], "Graffiti on the synagogue wall on Tollgate Street. Hateful, cowardly, and it'll be gone by this evening. Anyone with information, call 101.", note="Condemns a hate crime.")
N(g, [], "Dear troll: calling me 'a fat useless waste of space' doesn't change the fact your objection was late. Have a lovely day 🙂", allowed=[PA, IRO], note="Quotes an insult received.")
N(g, [], "Someone on Facebook says disabled people are 'a drain on the rates'. I'm disabled and I pay my council tax, thanks.", allowed=[ED], author="Kalsi", note="Rebuts a prejudiced comment.")
N(g, [], "No, the Traveller families on the rec are not 'thieving'. Police have had zero reports. Please stop sharing that post.", allowed=[ED, DF], note="Rebuts a prejudiced rumour.")
N(g, [], "Reading the comments under the mosque planning story. 'Invasion', 'they breed'... I've reported them. We are better than this.", allowed=[ED], note="Quotes hateful comments to condemn them.")
N(g, [], "A resident told me trans women are 'men in dresses'. I told them my neighbour has lived as Sarah for twenty years and she's the best neighbour on the street.", allowed=[ED], note="Counter-speech.")
N(g, ["Montfort"], "Whoever posted that Cllr Montfort 'took a bribe' over the solar farm: there's no evidence, it's false, and repeating it is libel. Stop.", allowed=[DF], note="Rebuts a defamatory rumour.")

g = "negated prejudice"
N(g, [], "Being old is not a reason to be ignored. Being young is not a reason to be patronised. Consult both properly.", note="Negated age prejudice.")
N(g, [], "Nobody should lose a job offer at the council because they're pregnant. Glad the new HR policy makes that crystal clear.", note="Negated maternity prejudice.")
N(g, [], "The problem on Hagthorn Road is fly-tipping by a couple of landlords' contractors. It is not 'the Poles' or 'the Romanians', and I won't have that said in my ward.", allowed=[ED], note="Rejects a prejudiced framing (near miss of a positive).")
N(g, [], "Religion has nothing to do with bad parking. Friday prayers aren't the problem, the lack of a loading bay is.", note="Negated religious prejudice.")
N(g, [], "Let me be clear: the people staying at the Quayside Hotel are not the reason your GP appointment takes three weeks. Underfunding is.", note="Negated anti-asylum prejudice.")

g = "banter / figurative violence"
N(g, [], "The new waste app is a killer app. Booked a bulky collection in 40 seconds. Well done team 👏", note="'killer app'.")
N(g, ["Pask"], "Cllr Pask absolutely murdered 'Dancing Queen' at the charity karaoke. Raised £840 for the hospice though, so we forgive her 🎤", allowed=[IRO], note="'murdered that song'.")
N(g, [], "We got slaughtered 6-1 by the officers' five-a-side team. Rematch in March and we'll be out for blood ⚽", note="Sport violence idioms.")
N(g, [], "Knocked 'em dead at the Poltmere quiz. Team Ward Five came second, which is a personal best.", note="Figurative.")
N(g, [], "Shoot me now, it's a 212-page agenda pack. Coffee please ☕", note="Figurative self-directed.")
N(g, [], "Our Ravelscombe litter pickers smashed it today: 64 bags. Absolute legends.", note="'smashed it'.")
N(g, ["Kalsi"], "Cllr Kalsi's lemon drizzle at the bake sale was criminally good. Give me the recipe or I'm calling the police 🍰😂", allowed=[IRO], note="Joking 'criminal'.")
N(g, ["Lumb"], "Fergus, you absolute muppet, you left your umbrella in the members' room again. It's in my office 😂", allowed=[PA], note="Affectionate banter between colleagues.")
N(g, [], "The Reform lot and I destroyed a plate of biscuits at the cross-party road safety workshop. Bipartisan carnage 🍪", note="Figurative.")
N(g, [], "The boiler in the members' room is trying to cook us alive. Facilities, please 🥵", note="Figurative.")
N(g, [], "Our Hobb's Reach netball team got absolutely battered, but we had the loudest fans. Next week we go to war 🏐", note="Sport idioms.")
N(g, [], "I would kill for a working printer on the second floor. Just saying.", note="'I'd kill for'.")
N(g, [], "Nailed the 10k. Well, the 10k nailed me. Either way £620 for the food bank 🏃", note="Figurative.")
N(g, ["Theakston"], "Shout-out to Barnaby for roasting me mercilessly in his speech at the mayor's farewell. Deserved every word 😂", note="Being 'roasted' in a friendly way.")
N(g, ["Strudwick"], "Cllr Strudwick and I had a bet on the derby. I lost. I'll be wearing his club's scarf at the next scrutiny. Pray for me.", note="Cross-party banter.")

g = "self-deprecation"
N(g, [], "I am, it turns out, an idiot. Went to the wrong community centre for my surgery and sat there for an hour. Sorry to the two residents at the right one, rebooked for Friday.", note="Self-directed 'idiot'.")
N(g, [], "My handwriting on casework forms is a crime against humanity. Apologies to whoever has to type them up.", note="Self-directed hyperbole.")
N(g, [], "Useless at Excel, me. Asked finance to walk me through the budget tables again. Worth it, now I can actually question them.", note="Self-directed 'useless'.")
N(g, [], "Old, slow and grumpy, but I still got round 300 doors at the weekend. Not bad for a dinosaur 🦖", note="Self-deprecation about age.")
N(g, [], "Caught on camera yawning in full council. In my defence the debate was on standing orders. Mea culpa.", note="Self-deprecation.")
N(g, [], "Me, a grown adult and elected representative, losing a fight with the automatic doors at the civic centre. Twice.", note="Self-deprecation.")
N(g, [], "Yes, I was wrong about the bus gate. I said it would fail. The numbers say it's working. Happy to eat humble pie.", note="Admits own error.")
N(g, [], "Thick as two short planks when it comes to drainage, so I've spent the morning with the flood team learning how the culverts work. Fascinating stuff.", note="Self-directed 'thick'.")

g = "scam / safety warning"
N(g, [], "⚠️ Scam alert: residents are getting texts claiming to be from the council offering a council tax 'refund' and asking for their card PIN. We will never ask for your PIN. Delete and report.", allowed=[SEC], note="Scam warning using 'PIN'.")
N(g, [], "Doorstep fraudsters are posing as water company staff in Quill Marsh. Always ask for ID and ring the number on your bill, not the one they give you.", note="'fraudsters' about unidentified criminals.")
N(g, [], "Watch out for a fake 'Quillington Parking' website charging £90 for permits. The real ones are £45 on the council site. Report it to Action Fraud.", note="Scam warning.")
N(g, [], "Rogue traders offering cheap driveway resurfacing in Wetherdown this week. Don't pay cash upfront and don't let anyone rush you.", note="Safety warning.")
N(g, [], "Police are warning about a romance scam targeting older people in Ravelscombe. If a new online friend asks for money, talk to someone you trust first.", note="Scam warning mentioning older people.")
N(g, [], "If someone rings saying they're from your bank and asks you to move money to a 'safe account', hang up. It's a con. Every time.", note="Scam warning.")
N(g, [], "Please be careful on the ice by the Hobb's Reach footbridge. Gritters are on their way but it's lethal right now.", note="'lethal' safety warning.")
N(g, [], "A phishing email pretending to be from council HR is doing the rounds. Don't click the link and don't type your password into anything it sends you.", allowed=[SEC], note="Phishing warning using 'password'.")

g = "other near misses"
N(g, [], "Huge thanks to Dolores Mackie and the street services crew for clearing Cotterell Lane after the storm. First class.", allowed=[OFF], note="Named officer thanked.")
N(g, [], "The Standards Committee found no breach in the complaint against me. I accept the process and I won't be commenting on the complainant.", note="Near miss of a complainant threat.")
N(g, [], "A former council supplier was convicted of fraud at Crown Court last week, as the Courier reported. The council is reviewing its procurement checks.", allowed=[DF], note="Reports a conviction; no one identified or accused.")
N(g, [], "The external auditor has raised concerns about how the car park sale was valued. I want a full independent review, and nobody should prejudge the outcome.", note="Calls for review without alleging wrongdoing.")
N(g, [], "I'm not saying the new roundabout is a disaster. I'm saying I've seen calmer scenes at a demolition derby 🚗", note="Sarcasm about a scheme, not a person.")
N(g, [], "Calling people liars is easy. Showing your working is harder. Here's our costing of the free school meals pledge, line by line.", note="Mentions 'liars' without calling anyone one.")

# ---------------------------------------------------------------- obfuscated variants (key, old, new, kind)
VARIANTS = [
    ("pa14", "parasite", "p4rasite", "digit"),
    ("pa23", "idiot", "i d i o t", "spaced letters"),
    ("al05", "cunt", "c*nt", "asterisk"),
    ("al16", "prick", "pr1ck", "digit"),
    ("df10", "is a liar", "is a l i a r", "spaced letters"),
    ("df20", "fraud", "fr*ud", "asterisk"),
    ("bi19", "sort you out", "s*rt you out", "asterisk"),
    ("bi26", "teeth", "t e e t h", "spaced letters"),
    ("ed09", "Paddy", "P4ddy", "digit"),
    ("ed14", "skin", "sk*n", "asterisk"),
]

SEV = {"review": 2, "block": 3}

def main():
    rng = random.Random(SEED)
    rows = []
    for r in POS_ROWS:
        rows.append(dict(r, kind_of_row="positive"))
    for key, old, new, kind in VARIANTS:
        orig = next(r for r in POS_ROWS if r["key"] == key)
        assert old in orig["text"], key
        v = dict(orig, key=key + "v", text=orig["text"].replace(old, new), kind_of_row="positive",
                 variant_key=key, note=f"Obfuscated variant ({kind}) of the original; same labels. " + orig["note"])
        rows.append(v)
    for i, r in enumerate(NEG_ROWS):
        rows.append(dict(r, key=f"hn{i+1:03d}", family="hard_negative", kind_of_row="hard_negative",
                         target=None, rules=[], verdict="ok"))
    rng.shuffle(rows)

    handles = list(H.values())
    used_pairs = set()           # (author, target) for hostile rows
    days = []
    d = dt.date(2026, 1, 5)
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)

    ids = {}
    for n, r in enumerate(rows, 1):
        r["id"] = f"b26-{n:03d}"
        ids[r["key"]] = r["id"]

    out = []
    for r in rows:
        excluded = {H[w] for w in r["who"]}
        if r.get("author"):
            author = H[r["author"]]
            assert author not in excluded
        else:
            choices = [h for h in handles if h not in excluded]
            if r["kind_of_row"] == "positive" and r["target"]:
                choices = [h for h in choices if (h, r["target"]) not in used_pairs]
            if r.get("variant_key"):
                orig_author = next(x["_author"] for x in rows if x["key"] == r["variant_key"] and "_author" in x) \
                    if any(x["key"] == r["variant_key"] and "_author" in x for x in rows) else None
                choices = [h for h in choices if h != orig_author]
            author = rng.choice(sorted(choices))
        if r["kind_of_row"] == "positive" and r["target"]:
            used_pairs.add((author, r["target"]))
        r["_author"] = author
    # variants whose original was placed after them: re-check distinct authors
    for r in rows:
        if r.get("variant_key"):
            orig = next(x for x in rows if x["key"] == r["variant_key"])
            assert orig["_author"] != r["_author"], r["key"]

    for r in rows:
        if r.get("date"):
            day = dt.date.fromisoformat(r["date"])
            assert day.weekday() < 5
        else:
            day = rng.choice(days)
        ts = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                         rng.randint(0, 59), tzinfo=dt.timezone.utc)
        obj = {
            "id": r["id"],
            "text": r["text"],
            "author": r["_author"],
            "created_at": ts.isoformat(),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"] if r["kind_of_row"] == "positive" else f"[{r['group']}] {r['note']}",
        }
        if r.get("variant_key"):
            obj["variant_of"] = ids[r["variant_key"]]
        out.append(obj)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows")

if __name__ == "__main__":
    main()
