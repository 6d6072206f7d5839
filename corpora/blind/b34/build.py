#!/usr/bin/env python3
"""Blind set b34 (Marcher Vale District Council): hand-written rows plus a
deterministic builder. Run: python3 build.py  -> writes posts.jsonl.
Seed 3434. Running it again produces the same file."""
import json, random, datetime, re, os

SEED = 3434
PA, AL, BI, ED, DA = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination",
                      "defamation.allegation")
OI, IR, HA, DP = ("officers.impartiality", "tone.irony-risk",
                  "haste.pause-before-posting", "data-protection.personal-data")
SEV = {PA: "review", AL: "review", BI: "block", ED: "block", OI: "review",
       DA: "review", IR: "advice", HA: "advice", DP: "review"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []

def P(key, fam, text, extra=(), allowed=(), note="", block=False, author=None, date=None):
    rules = [fam] + [r for r in extra if r != fam]
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=rules, allowed=list(allowed), note=note, block=block,
                     author=author, date=date))

def H(group, text, allowed=(), note="", author=None, date=None):
    ROWS.append(dict(key=None, family="hard_negative", kind_of_row="hard_negative",
                     text=text, rules=[], allowed=list(allowed),
                     note="[%s] %s" % (group, note), block=False, author=author, date=date))

# ---------------------------------------------------------------- personal attack
P("pa01", PA, "Honestly, Cllr Vaughan couldn't find his way out of a paper bag if you gave him a torch and a map. And he wants to run highways.", note="Mockery of a named councillor's competence; no swearing.")
P("pa02", PA, "@AlunBevanCllr you are genuinely the thickest man I've ever shared a committee room with. Every question has to be explained to you twice.", note="Intelligence insult aimed at a named councillor by handle.")
P("pa03", PA, "Margery Tolley is a dried-up old busybody who's never had an original thought in her life.", allowed=[ED], note="Insult at a named councillor; 'old' is borderline age-related, so equality allowed.")
P("pa04", PA, "Watching Fergus Lockley try to read the budget papers is like watching a labrador try to do a crossword. Bless him.", allowed=[IR], note="Demeaning animal comparison on intelligence, named councillor.")
P("pa05", PA, "Well done to Cllr Shaw for another stunning contribution tonight. Took him only 14 minutes to say absolutely nothing. A true intellectual giant 👏👏", extra=[IR], note="Mock praise of a named councillor (irony-risk) that belittles his intelligence.")
P("pa06", PA, "Ken Mottram is a nasty little man with a nasty little mind. Always has been.", note="Plain character attack on a named councillor.")
P("pa07", PA, "Someone should tell @OllyPennantLD that being a gormless wet lettuce isn't actually a political philosophy.", note="Everyday British insult (gormless, wet lettuce) at a handle.")
P("pa08", PA, "Dawn Pritchard, the planning officer, clearly hasn't got the brains she was born with. How does someone that dim get a professional job?", extra=[OI], note="Intelligence insult at a named planning officer: personal attack plus officers.impartiality.")
P("pa09", PA, "Sandra Leek has the charm of a blocked drain and roughly the same IQ.", note="Insult comparing a named councillor to a blocked drain.")
P("pa10", PA, "Nice of Cllr Bright to turn up to her own committee for once. Must have been a break in the sherry.", extra=[IR], allowed=[DA], note="Sneer implying a named councillor drinks; mock-courtesy; defamation allowed for the drink insinuation.")
P("pa11", PA, "The man's a buffoon. Tomasz Nowak has the attention span of a goldfish and the judgement of a toddler.", note="Competence/intelligence insult at named councillor.")
P("pa12", PA, "You're pathetic, Idris. A spineless, snivelling yes-man who'd sell his own granny for a cabinet seat.", note="Second-person character attack on a named councillor.")
P("pa13", PA, "Has anyone actually seen Cllr Qureshi do a day's work? Bone idle. Collects the allowance and vanishes.", allowed=[DA], note="'Bone idle' attack on a named councillor; claim of taking allowance without work is borderline defamation.")
P("pa14", PA, "Rhodri Vaughan looks like he was assembled from spare parts in a Wetherspoons car park.", note="Appearance mockery of a named councillor.")
P("pa15", PA, "Gwen Prothero is an absolute clown and everyone in this chamber knows it.", note="Plain insult, named leader.")
P("pa16", PA, "Ffion Rowlands - all hair and teeth, nothing between the ears.", allowed=[ED], note="Appearance and intelligence attack on a named councillor; gendered trope so equality allowed.")
P("pa17", PA, "The head of environmental services, Fiona Carrick, is frankly useless. Couldn't organise a bin round in a cul-de-sac. Incompetent from top to bottom.", extra=[OI], note="Competence insult aimed at a named officer.")
P("pa18", PA, "Declan, mate, you're a walking embarrassment. Nobody takes you seriously, not even your own group.", note="Demeaning attack in second person on a named councillor.")
P("pa19", PA, "Cllr Okonkwo speaking on finance is like a fish giving a lecture on mountaineering. Clueless, smug, and loud with it.", note="Competence mockery of a named councillor.")
P("pa20", PA, "What a sad, bitter little man Fergus is. No wonder his own wife stopped coming to the count.", allowed=[DP], note="Personal sneer at a named councillor dragging in his marriage; data-protection borderline (family reference).")
P("pa21", PA, "@BethanHughesGreen you are a sanctimonious prig and a hypocrite. Drives a diesel, lectures everyone else about bikes.", note="Name-calling (prig, hypocrite) aimed at a handle.")
P("pa22", PA, "The licensing manager, Gareth Lewis, is a jumped-up little jobsworth who gets his kicks bossing pub landlords about.", extra=[OI], note="Insult aimed at a named officer.")
P("pa23", PA, "Alun Bevan is a waste of oxygen.", block=True, note="Severe, dehumanising insult at a named councillor: block when severe.")
P("pa24", PA, "Three years in and Hilary Bright still can't tell a section 106 from a bus timetable. Dozy, dozy woman.", note="Competence insult on a named councillor; no swear word.")
P("pa25", PA, "Every time Sandra Leek opens her mouth the collective IQ of Marcher Vale drops ten points.", note="Intelligence mockery, named councillor.")
P("pa26", PA, "Tomasz you utter plank. Read the report before you tweet about it.", note="'Plank' insult at a named councillor.")
P("pa27", PA, "Ken Mottram: proof that you don't need a brain cell to get elected in Brocton Hollow.", note="Intelligence insult on a named councillor.")
P("pa28", PA, "Oh look, our esteemed Leader has graced us with another of her genius ideas. Truly, Gwen, the county's greatest mind. We're not worthy.", extra=[IR], note="Mock praise ridiculing the named leader's intelligence.")
P("pa29", PA, "Caroline Wyatt is overpaid, out of her depth and frankly a bit of a joke. A chief exec who hides from residents.", extra=[OI], note="Insult at the named chief executive.")
P("pa30", PA, "Nobody's saying Idris Parry is stupid. We're just saying he's lucky he's got a nice smile, because there's nothing else going on.", note="Insinuated intelligence insult on a named councillor.")
P("pa31", PA, "Cllr Lockley is a pompous windbag in a Barbour jacket. A ridiculous little man.", note="Name-calling of a named councillor.")
P("pa32", PA, "You lot on the Reform bench are thick as mince, the whole sorry crew of you.", note="Insult aimed at the people of a named group (second person), not their policy.")
P("pa33", PA, "Joy Okonkwo is a complete and utter fraud of a councillor - never reads a thing, just votes how she's told. A puppet.", allowed=[DA], note="'Fraud of a councillor' is an insult about competence, not a crime allegation; defamation allowed.")
P("pa34", PA, "Oliver Pennant is vermin in a rosette.", block=True, note="Dehumanising insult at a named councillor: severe, block.")
P("pa35", PA, "Honestly Nasreen, you're not fit to run a bath, never mind a scrutiny committee.", note="Competence insult at a named councillor.")

# ---------------------------------------------------------------- intimidation
# explicit threats of violence
P("bi01", BI, "Say that about my ward again, Vaughan, and I'll knock your teeth down your throat.", allowed=[PA], note="[explicit] Threat of assault on a named councillor.")
P("bi02", BI, "Keep pushing it, @KenMottramReform. I'll give you a proper hiding next time I see you in the car park.", allowed=[PA], note="[explicit] 'Proper hiding': threat of a beating.")
P("bi03", BI, "If Cllr Shaw turns up at the Penmawr hustings he'll be leaving in an ambulance. Simple as.", allowed=[PA], note="[explicit] Threat of serious harm at an event.")
P("bi04", BI, "I'd happily put that Bevan fella through the window of the council chamber. Someone hold my coat.", allowed=[PA], note="[explicit] Threat of violence, jokey register.")
P("bi05", BI, "Tomasz, you come onto my patch again and I'll batter you, councillor or no councillor.", allowed=[PA], note="[explicit] 'Batter': regional verb for beating.")
P("bi06", BI, "Lad deserves a good kicking for what he said about our lass. Mottram, I'm coming for you.", allowed=[PA], note="[explicit] 'Good kicking' plus 'I'm coming for you'.")
P("bi07", BI, "Next time Hilary Bright waves that planning report at me I'll ram it down her neck.", allowed=[PA], note="[explicit] Threat of physical assault.")
P("bi08", BI, "Honestly someone needs to give Gwen Prothero a slap. I'll volunteer.", allowed=[PA], note="[explicit] Incitement and offer to slap the leader.")
P("bi09", BI, "Rhodri boyo, I'll lamp you one if you call me a liar again. Ask anyone in Clee Bank how that ends.", allowed=[PA], note="[explicit] 'Lamp you one': dialect threat.")
P("bi10", BI, "Idris Parry wants to be careful. I've got a cricket bat with his name on it.", allowed=[PA], note="[explicit] Weapon threat, named councillor.")
P("bi11", BI, "Sandra, if you set foot in Hendre Green spouting that rubbish you'll get your head kicked in. Promise.", allowed=[PA], note="[explicit] Threat of head injury.")
P("bi12", BI, "Gareth Lewis shuts my mate's pub and I'll deck him in front of the whole licensing committee.", extra=[OI], allowed=[PA], note="[explicit] Threat of assault on a named officer (officers.impartiality).")
P("bi13", BI, "Fergus Lockley should be strung up from the Tembridge market cross for this. I'd pull the rope myself.", allowed=[PA], note="[explicit] Lynching imagery with self-offer.")
# veiled menace
P("bi14", BI, "Lovely house you've got on Orchard Rise, @OllyPennantLD. Shame if anything happened to that new conservatory.", allowed=[PA, DP], note="[veiled] Reference to target's home and property damage.")
P("bi15", BI, "Cllr Qureshi drives the blue Corsa home past the quarry every night. Dark lane that. Anything could happen.", allowed=[DP], note="[veiled] Route and car named with 'anything could happen'.")
P("bi16", BI, "Those kids of Declan Shaw's at Penmawr Primary - hope he's thinking about them before he votes on Thursday.", allowed=[DP], note="[veiled] Menace via the target's children and school.")
P("bi17", BI, "Accidents happen on the Clee road, Idris. Specially to people who stick their noses in.", note="[veiled] 'Accidents happen' warning to a named councillor.")
P("bi18", BI, "Just so you know, Joy, a few of the lads know where you park on a Tuesday. Sleep well.", note="[veiled] Surveillance and 'sleep well'.")
P("bi19", BI, "Tell Cllr Bevan his wife walks that dog along the canal very early. Very quiet down there at that time.", allowed=[DP], note="[veiled] Menace via spouse and routine.")
P("bi20", BI, "I'd not be leaving my windows open if I were Margery Tolley. People round here have long memories.", note="[veiled] Implied threat to home.")
P("bi21", BI, "Funny how tyres go flat all by themselves. @BethanHughesGreen might want to check hers before the school run tomorrow 😉", allowed=[IR], note="[veiled] Insinuated car tampering with wink.")
P("bi22", BI, "Cllr Nowak should remember that Lydbury is a small place and he has to walk home from the Crown every Friday.", note="[veiled] Route and routine menace.")
P("bi23", BI, "We know which house is yours, Ffion. Nothing more to say.", note="[veiled] 'We know which house is yours'.")
P("bi24", BI, "Be a shame for Gwen's new shop window if this cuts vote goes through. Glass is expensive these days.", note="[veiled] Insinuated damage to the leader's property.")
P("bi25", BI, "Stephen Ashdown recommending approval again? Hope he's got good locks on that place of his in Ashbury. Just saying.", extra=[OI], note="[veiled] Menace about the named Head of Planning's home tied to his advice.")
P("bi26", BI, "Keep looking over your shoulder, Ken. That's all.", note="[veiled] Short menacing warning.")
# pressure and coercion
P("bi27", BI, "Whoever put in that standards complaint against me - I know who you are. Withdraw it by Friday or everyone in Penmawr finds out about your divorce.", note="[pressure] Coercing a complainant with exposure.")
P("bi28", BI, "To the officer who gave evidence to the standards panel: think very carefully about your next restructure. I sit on the staffing committee.", extra=[OI], note="[pressure] Threatening a witness officer's job.")
P("bi29", BI, "Dawn Pritchard will change that officer recommendation if she knows what's good for her career.", extra=[OI], note="[pressure] Pressing a named officer to change advice, with career threat.")
P("bi30", BI, "Note to the Marcher Vale Gazette reporter sniffing round my expenses: your editor and I go back a long way. Drop the story or find a new job.", note="[pressure] Coercing a journalist with their job.")
P("bi31", BI, "The community centre at Clee Bank gets its grant from the committee I chair. Funny that their trustees think they can campaign against me. Stop it or watch the money go.", note="[pressure] Using a grant to silence a group.")
P("bi32", BI, "Any taxi driver who signs that petition against me - remember whose committee renews your licence.", note="[pressure] Licence threat to silence residents.")
P("bi33", BI, "Mrs Evans from the residents' group: drop your complaint about the play area, or I'll make sure the council looks very closely at that extension you never got permission for.", allowed=[DP], note="[pressure] Threatening a complainant with enforcement as leverage.")
P("bi34", BI, "Meera Joshi would do well to find the money for my ward's scheme before her appraisal. I'm only saying what everyone's thinking.", extra=[OI], note="[pressure] Pressing the named s151 officer via her appraisal.")
P("bi35", BI, "Witnesses from Thursday's meeting: if any of you make statements to the Monitoring Officer, I'll be publishing your names and addresses. Think on.", allowed=[DP], note="[pressure] Threat to witnesses with doxxing.")
P("bi36", BI, "Cllr Rowlands, you'll regret bringing that motion. I've got a folder on you and I'm not afraid to use it.", note="[pressure] 'You'll regret' plus exposure threat.")
P("bi37", BI, "Whistleblower in the waste team: we will find you. And when we do, you won't be working in local government again.", note="[pressure] Threatening an anonymous staff whistleblower.")
P("bi38", BI, "Any parent who keeps moaning about the school bus on here can forget their kid's appeal getting any support from my office.", note="[pressure] Coercing residents with withdrawal of casework.")
P("bi39", BI, "Marchway Homes tells me it's been 'consulting' residents. Fine. Residents who object will find their hedges, drains and parking are suddenly of great interest to enforcement. Your choice.", note="[pressure] Threatening objectors with enforcement.")
P("bi40", BI, "Last warning to the landlord of the Bell: take down that poster mocking me, or I'll have the licensing lot crawling over you every weekend till Christmas.", note="[pressure] Licence harassment threat to silence criticism.")

# ---------------------------------------------------------------- discrimination
# explicit
P("ed01", ED, "Hendre Green used to be a lovely place before the Pakis took over every shop on the high street.", extra=[AL], note="[explicit; race] Racial slur against a group: discrimination plus abusive-language.")
P("ed02", ED, "No more sites for gyppos in Marcher Vale. They thieve, they leave filth, and they should be moved on permanently.", extra=[AL], note="[explicit; race (Gypsy/Traveller)] Slur and criminalising stereotype.")
P("ed03", ED, "Muslims should not be allowed to stand for this council. Their loyalty is to the mosque, not to Tembridge.", note="[explicit; religion] Call to exclude a religious group from office.")
P("ed04", ED, "I'm sorry but gay couples should not be fostering children in this county. It's unnatural and the council should stop it.", note="[explicit; sexual orientation] Call to bar gay people from fostering.")
P("ed05", ED, "Trans women are blokes in frocks and I won't be calling any of them 'she', least of all the one on the Green bench.", extra=[PA], note="[explicit; gender reassignment] Dehumanising a group and misgendering an individual councillor.")
P("ed06", ED, "Disabled people on the Clee Bank estate are scroungers, the lot of them. Get up and get a job.", note="[explicit; disability] Group stereotype as scroungers.")
P("ed07", ED, "Employing women of childbearing age in senior council roles is a false economy. They're off on maternity leave within a year.", note="[explicit; pregnancy and maternity; sex] Argues against employing women because of maternity.")
P("ed08", ED, "Joy Okonkwo should go back to where she came from. Nigeria can have her.", extra=[PA], note="[explicit; race] 'Go back' aimed at a named councillor for her origin.")
P("ed09", ED, "Old codgers like Margery Tolley should be forced to retire from the council at 70. Their brains have gone.", extra=[PA], note="[explicit; age] Aimed at a named councillor for her age.")
P("ed10", ED, "Jews run the banks and apparently now they run Marcher Vale's pension fund too. Funny that.", note="[explicit; race/religion] Antisemitic conspiracy trope.")
P("ed11", ED, "The poofs on the Pride committee can pay for their own parade. Not a penny of council money.", extra=[AL], note="[explicit; sexual orientation] Homophobic slur.")
P("ed12", ED, "Women shouldn't be chairing planning. Too emotional for hard decisions. Hilary Bright proves it every month.", extra=[PA], note="[explicit; sex] Sexist claim aimed at a named councillor.")
P("ed13", ED, "Polish builders are ruining the trade round here. Ban them from council contracts, simple.", note="[explicit; race (national origin)] Call to exclude by nationality.")
P("ed14", ED, "Cllr Qureshi will always put her own kind first. You can't trust a Muslim to be impartial on the mosque application.", extra=[PA], note="[explicit; religion] Aimed at a named councillor for her faith.")
P("ed15", ED, "That retard on the bus this morning shouldn't be allowed out without a carer. Council should be locking them up, not giving them bus passes.", extra=[AL], note="[explicit; disability] Ableist slur and call to confine disabled people.")
P("ed16", ED, "Black lads from Birmingham are behind every stabbing in Tembridge. Stop them getting off the train.", note="[explicit; race] Racial criminalising generalisation with exclusion call.")
P("ed17", ED, "Unmarried mothers shouldn't be jumping the housing queue ahead of proper married families.", note="[explicit; marriage; pregnancy and maternity] Treating people less favourably for marital/maternity status.")
P("ed18", ED, "Tomasz Nowak is a Polack who should get his nose out of English politics.", extra=[PA, AL], note="[explicit; race] Ethnic slur at a named councillor.")
P("ed19", ED, "Hindus, Sikhs, whatever they are - I don't want another temple in Ashbury Heath, we're a Christian country.", note="[explicit; religion] Exclusion of religious groups.")
P("ed20", ED, "A man who married another man shouldn't be standing for mayor. Bad example to children.", note="[explicit; sexual orientation; marriage] Exclusion for a same-sex marriage.")
# coded / implicit
P("ed21", ED, "Typical Nasreen. Always banging on about 'community cohesion' - we all know which community she means.", extra=[PA], note="[coded; religion/race] 'Typical' plus insinuation about her community, named councillor.")
P("ed22", ED, "Funny how Cllr Okonkwo only got onto cabinet the year they needed a 'diverse' face for the brochure.", extra=[PA], note="[coded; race] 'Only got the job because' aimed at a named councillor.")
P("ed23", ED, "Lock up your tools and your daughters - the 'travelling community' has landed on the Penmawr showground again.", note="[coded; race (Gypsy/Traveller)] Criminalising stereotype with scare quotes.")
P("ed24", ED, "Nothing against them personally but the new arrivals at the Brocton hotel breed like rabbits. We'll be outnumbered in a generation.", note="[coded; race] Dehumanising comparison and replacement dog whistle.")
P("ed25", ED, "Another globalist banker funding the Remain crowd in Marcher Vale. You know the type. Always the same surnames.", note="[coded; race/religion] Antisemitic 'globalist ... same surnames' dog whistle.")
P("ed26", ED, "Hilary's having one of her hormonal days again judging by that committee. Someone get the woman a cup of tea.", extra=[PA], note="[coded; sex/age] Menopause/hormone trope aimed at a named councillor.")
P("ed27", ED, "Cllr Hughes is very 'passionate' about bike lanes. Wonder if she has a wife at home who agrees 😏", extra=[PA], note="[coded; sexual orientation] Sneering insinuation about a named councillor's sexuality.")
P("ed28", ED, "Of course it's a Muslim area that wants longer hours for the takeaways. Different values, different rules, eh?", note="[coded; religion] Stereotype with 'different values'.")
P("ed29", ED, "Pensioners are bed-blockers with a vote. Stop letting them decide our future on this council.", note="[coded; age] Dehumanising age label and call to disempower.")
P("ed30", ED, "Half the people on the Clee Bank 'disability' list are about as disabled as I am. Funny how they can all manage the bookies.", note="[coded; disability] Fraud stereotype about disabled residents.")
P("ed31", ED, "I'll be honest, I don't think a pregnant woman can give the finance portfolio the attention it needs. Just being realistic.", note="[coded; pregnancy and maternity] 'Just realistic' framing of maternity exclusion.")
P("ed32", ED, "The Leader's new equalities advisor is 'non-binary', apparently. Whatever that means. A bloke in a dress, basically.", extra=[PA], note="[coded; gender reassignment] Mocking an individual's gender identity.")
P("ed33", ED, "Another halal butcher on Tembridge high street. Bit by bit, folks. Bit by bit.", note="[coded; religion] Islamisation/takeover dog whistle.")
P("ed34", ED, "Nothing against Romanians but I notice the car thefts on the Oldcastle estate started about the time they moved in. Just an observation.", note="[coded; race (national origin)] Crime insinuation via 'just an observation'.")
P("ed35", ED, "Cllr Shaw's boyfriend was in the gallery again cheering him on. Says it all about the 'modern' Labour Party really.", extra=[PA], note="[coded; sexual orientation] Sneering at a named councillor's same-sex partner.")
P("ed36", ED, "Wheelchairs on the 42 bus mean the rest of us stand. Some of us actually have jobs to get to.", note="[coded; disability] Resentment framing of disabled passengers as non-workers.")
P("ed37", ED, "Typical Jonathan Tregaron MP - another one of those metropolitan types with a 'husband'. Not one of us.", extra=[PA], note="[coded; sexual orientation] Scare-quoted 'husband', 'not one of us', named MP.")
P("ed38", ED, "Let's be honest, Cllr Nowak's lot come here, take the jobs and send the money home. Why would he fight for Lydbury?", extra=[PA], note="[coded; race (national origin)] Stereotype aimed at a named councillor's origin.")
P("ed39", ED, "The Tembridge Chinese takeaways must be doing well. Noticed there's not a stray cat left in Hendre Green.", note="[coded; race] Racist food stereotype dressed as a joke.")
P("ed40", ED, "Gwen put a young mum with three kids in charge of the children's services review. Bless her, she'll be doing it between feeds.", extra=[PA], allowed=[IR], note="[coded; pregnancy and maternity; sex] Belittling an individual for being a mother.")

# ---------------------------------------------------------------- defamation
P("da01", DA, "Everyone in Tembridge knows Cllr Lockley is on the take from Marchway Homes. How else did Orchard Rise get through?", note="Idiom 'on the take' alleging corruption by a named councillor.")
P("da02", DA, "Alun Bevan has been cooking the books for two years. Those reserve figures are pure fiction and he knows it.", note="'Cooking the books' alleging dishonesty by the named finance member.")
P("da03", DA, "Funny how Gwen Prothero's brother-in-law keeps winning the grounds maintenance contract. Sweetheart deal if ever I saw one.", note="'Sweetheart deal' alleging corrupt contract award, named leader.")
P("da04", DA, "Rhodri Vaughan's been feathering his nest on the back of the Penmawr bypass for years. Look at his new land holdings.", note="'Feathering his nest' alleging self-enrichment.")
P("da05", DA, "Brown envelopes changing hands in the Crown car park before every planning committee. Ask Cllr Bright how her extension got paid for.", block=True, note="Bribery alleged as fact against a named councillor: severe, block.")
P("da06", DA, "Gorsty Waste Services have been fiddling their tonnage figures to bill the council double. Daylight theft from taxpayers.", note="Allegation of fraud-like dishonesty by a named company ('fiddling').")
P("da07", DA, "Ken Mottram is a liar. He lied about his address to stand in Brocton Hollow and he's lied ever since.", extra=[PA], note="'X is a liar' about a named councillor: defamation and personal attack.")
P("da08", DA, "Sandra Leek claimed mileage for meetings she never went to. That's fraud, plain and simple, and I've seen the forms.", block=True, note="Specific crime (expenses fraud) stated as fact: block.")
P("da09", DA, "Stephen Ashdown has been in Marchway's pocket since day one. Every recommendation bought and paid for.", extra=[OI], note="Alleges a named officer is corruptly influenced.")
P("da10", DA, "Teme Leisure Trust's accounts don't add up because someone's had their hand in the till. The trustees know exactly who.", note="'Hand in the till' alleging theft at a named organisation.")
P("da11", DA, "Declan Shaw is a crook. Nothing more to say.", extra=[PA], note="'Crook' about a named councillor: dishonesty allegation plus insult.")
P("da12", DA, "Word is Cllr Vaughan got a nice little backhander for waving through the quarry extension.", block=True, note="'Backhander' alleges bribery of a named councillor as fact-ish: block.")
P("da13", DA, "Our Chief Exec Caroline Wyatt buried the audit report to protect her mates in the cabinet. That's a cover-up.", extra=[OI], note="Alleges misconduct (cover-up) by the named chief executive.")
P("da14", DA, "Margery Tolley's been pocketing the Lydbury Dingle community fund for years. Where has the money gone, Margery?", block=True, note="'Pocketing' alleges theft of a fund by a named councillor: block.")
P("da15", DA, "The Marchway Homes bid was stitched up before it even went out to tender. Jobs for the boys in the cabinet.", note="'Stitched up', 'jobs for the boys': alleges a rigged tender.")
P("da16", DA, "Fraudster. That's the only word for Idris Parry after what he did with the village hall charity.", extra=[PA], block=True, note="'Fraudster' about a named councillor: defamation and personal attack; crime stated, block.")
P("da17", DA, "Tomasz Nowak rigged the postal votes in Lydbury Dingle, everyone knows it. That election was bent.", block=True, note="Electoral fraud alleged as fact: block.")
P("da18", DA, "Meera Joshi has been massaging the deficit figures to keep cabinet happy. An s151 officer cooking the numbers.", extra=[OI], note="Alleges a named officer falsifies accounts.")
P("da19", DA, "Gwen's mate at Teme Valley Civils got the bridge repair without a single competing quote. Greasing palms all round.", note="'Greasing palms' alleges corruption around a contract.")
P("da20", DA, "Hilary Bright is a lying hypocrite who voted for the very scheme her husband's firm profits from.", extra=[PA], note="'Lying hypocrite' plus undeclared-interest allegation.")
P("da21", DA, "Oliver Pennant is milking the system - claims for a second home in the ward he doesn't actually live in.", note="'Milking the system' alleging improper allowance claims.")
P("da22", DA, "That licensing decision at the Bell stank. Gareth Lewis is mates with the rival landlord and everyone knows money changed hands.", extra=[OI], block=True, note="Bribery of a named officer asserted: block.")
P("da23", DA, "Bethan Hughes's 'green charity' is a money-laundering front. Follow the donations.", block=True, note="Money laundering alleged as fact: block.")
P("da24", DA, "Cllr Okonkwo padded her expenses with taxi receipts from a firm her cousin runs. Dodgy as they come.", note="Alleges expenses dishonesty by a named councillor.")
P("da25", DA, "The Reform pair on this council are taking money from a property developer under the table. I'd bet my house on it.", note="'Under the table' payments alleged about identifiable councillors.")
P("da26", DA, "Fergus Lockley sold council land to his own golf club mates for a pittance. A carve-up, pure and simple.", note="Alleges misconduct in a land sale ('carve-up').")
P("da27", DA, "Every single one of Nasreen Qureshi's community grants goes to her husband's mosque committee. Nice little earner.", allowed=[ED], note="Alleges grant steering; religion mentioned so equality allowed.")
P("da28", DA, "Gorsty Waste are a bunch of cowboys and crooks who bribed their way onto the framework.", block=True, note="Bribery by a named company asserted as fact: block.")
P("da29", DA, "Alun Bevan told residents the library was safe while he'd already signed its sale. The man lies like he breathes.", extra=[PA], note="Dishonesty allegation ('lies like he breathes') about named councillor.")
P("da30", DA, "Ask Ffion Rowlands why her business partner got planning consent in record time. Strings were pulled, that's why.", note="'Strings pulled' alleges improper influence.")
P("da31", DA, "Dawn Pritchard and the developer are thick as thieves. She wrote that report to order.", extra=[OI], note="Alleges a named officer wrote a bought report.")
P("da32", DA, "Marchway Homes have been dumping contaminated spoil on the Teme floodplain at night and the council is looking the other way.", note="Alleges an environmental crime by a named company and council complicity.")
P("da33", DA, "Cllr Shaw's campaign was bankrolled with money from his union branch's hardship fund. That's embezzlement.", block=True, note="Embezzlement named and asserted: block.")
P("da34", DA, "Idris Parry has had his snout in the trough since the day he was elected. Three jobs, two allowances, one conscience - none.", note="'Snout in the trough' idiom alleging greed and improper allowances.")
P("da35", DA, "Ken Mottram's 'charity quiz' money never reached the hospice. Somebody's holiday in Tenerife was paid for, though.", note="Insinuated theft of charity money by a named councillor.")

# ---------------------------------------------------------------- abusive language
P("al01", AL, "This fucking council can't even grit a road in January. Absolute joke.", note="Obscene language aimed at the council, not a person: abusive-language only.")
P("al02", AL, "Cllr Vaughan is a complete prick and I don't care who knows it.", extra=[PA], note="Obscene insult at a named councillor.")
P("al03", AL, "Shut your f***ing mouth, Ken, nobody asked you.", extra=[PA], note="Masked obscenity aimed at a named councillor.")
P("al04", AL, "What a load of bollocks from the cabinet tonight. Utter shite from start to finish.", note="Obscene language about a meeting, no individual target.")
P("al05", AL, "@AlunBevanCllr you absolute c*nt.", extra=[PA], block=True, note="Masked c-word at a handle: severe, block.")
P("al06", AL, "Sorry but Fergus Lockley is a grade A tosser.", extra=[PA], note="Obscene insult ('tosser') at a named councillor.")
P("al07", AL, "Pissed off doesn't begin to cover it. The bin strike is a shitshow and the lot of them can go to hell.", note="Obscene language about a service failure; no named person.")
P("al08", AL, "Dickhead of the week award goes to Cllr Shaw. Again.", extra=[PA], note="Obscene insult at a named councillor.")
P("al09", AL, "Sandra Leek is a thick as pigshit bigot and I'll say it to her face.", extra=[PA], note="Obscene insult at a named councillor.")
P("al10", AL, "Oh do piss off, Tomasz. Go and bore someone else.", extra=[PA], note="'Piss off' aimed at a named councillor.")
P("al11", AL, "Marcher Vale planning = clusterf*ck. Every. Single. Time.", note="Masked obscenity about a department, no individual target.")
P("al12", AL, "Gwen Prothero you arsehole, answer the bloody question.", extra=[PA], note="Obscene insult at the named leader.")
P("al13", AL, "That twat Gareth Lewis in licensing should be sacked.", extra=[PA, OI], note="Obscene insult at a named officer.")
P("al14", AL, "Hilary Bright is a sh1t chair and a worse human being.", extra=[PA], note="Masked obscenity (digit) in an insult at a named councillor.")
P("al15", AL, "F you and your cuts, @DeclanShawLab. F you very much.", extra=[PA], note="Euphemistic 'F you' aimed at a handle.")
P("al16", AL, "Frankly the Reform lot can get tae fuck. Bunch of bawbags.", extra=[PA], note="Scottish-dialect obscenity aimed at a group of councillors.")
P("al17", AL, "What a bellend. Honestly, Idris. What a bellend.", extra=[PA], note="Obscene insult at a named councillor.")
P("al18", AL, "Bethan Hughes is a sanctimonious cow and a cnut.", extra=[PA], block=True, allowed=[ED], note="Masked c-word (transposed) plus gendered insult: severe, block; equality allowed for 'cow'.")
P("al19", AL, "This cabinet couldn't organise a piss-up in a brewery and the budget is proof. Sack the f'ing lot.", note="Obscene idiom and masked swear at a group/policy.")
P("al20", AL, "Tory scumbags voted against free school meals again. Spineless shits.", extra=[PA], note="Obscene abuse at a group of councillors.")
P("al21", AL, "Oliver Pennant is a knobhead. That's the tweet.", extra=[PA], note="Obscene insult at a named councillor.")
P("al22", AL, "Jesus wept. Whoever signed off this shite roundabout design wants their head examining.", note="Obscene language at a design; target only implied.")
P("al23", AL, "Margery Tolley, you miserable old bag, get off your arse and reply to your residents.", extra=[PA], allowed=[ED], note="Abusive insult at a named councillor; 'old bag' is gendered/age so equality allowed.")
P("al24", AL, "Wanker. That's all. @RhodriVaughanCon knows why.", extra=[PA], note="Obscene one-word insult at a handle.")
P("al25", AL, "The state of the Tembridge bus station toilets. Piss everywhere, shit on the walls. Sort it out, you useless bastards.", extra=[PA], note="Obscene abuse at whoever runs the service ('you useless bastards').")
P("al26", AL, "Ffion Rowlands talks more crap than a farmyard. Full of sh!t.", extra=[PA], note="Masked obscenity at a named councillor.")
P("al27", AL, "Joy Okonkwo - what an absolute d1ckhead move, voting with the Tories.", extra=[PA], note="Masked insult at a named councillor.")
P("al28", AL, "Nasreen, stfu. Seriously. Gtf out of the debate if you haven't read the papers.", extra=[PA], note="Abbreviated obscenity at a named councillor.")
P("al29", AL, "Cllr Bevan is a lying little shit and always has been.", extra=[PA, DA], note="Obscene insult plus 'lying': abusive, personal attack and defamation.")
P("al30", AL, "Bloody hell, what a f*cking mess the Hendre Green roadworks are. Who signs this off?", note="Masked obscenity about roadworks; no individual target.")

# ---------------------------------------------------------------- hard negatives, group 1
G1 = "g1"
for t, a, n in [
 ("The cabinet's parking strategy is a shambles and they should be ashamed of the consultation they ran.", [], "Harsh criticism of a policy and the cabinet's process."),
 ("This budget is a disgrace. Cutting the Clee Bank youth club to fund a new council logo is indefensible.", [], "Budget criticism."),
 ("Cllr Bevan's reserve forecasts have been wrong three years running. I'll be raising this at scrutiny on Tuesday.", [], "Firm criticism of a record plus scrutiny process."),
 ("Frankly the Penmawr bypass decision was idiotic. Wrong route, wrong cost, wrong time.", [], "'Idiotic' aimed at a decision, not a person."),
 ("The ruling group has broken every promise it made on potholes. Voters will remember that in May.", [], "Party record plus ballot-box language."),
 ("We're coming for every seat in Ashbury Heath. Knocking doors from Saturday - who's with us?", [], "Campaign idiom 'coming for every seat'."),
 ("Time to kick the Tories out of Marcher Vale. Vote Lib Dem on 7 May.", [], "Ballot-box language."),
 ("I've referred the Leader's comments to the Monitoring Officer under the code of conduct. The standards process should now take its course.", [], "Lawful standards referral."),
 ("Fly-tippers on the Teme lane: we have CCTV and we will prosecute. Fines up to £1,000 and your vehicle can be seized.", [], "Firm lawful enforcement warning."),
 ("Landlords who ignore improvement notices will be taken to court. The council will use every legal power it has.", [], "Lawful enforcement warning."),
 ("Someone scrawled 'we know where you live' on my constituency office door last night. Reported to police. This stuff has no place in our politics.", [BI], "Counter-speech quoting a threat to condemn it; intimidation allowed."),
 ("A resident emailed me calling Cllr Qureshi a 'p*ki traitor'. I've passed it to the police. Racism will not be tolerated in Marcher Vale.", [ED, AL, PA], "Counter-speech quoting a slur to condemn it."),
 ("Court report: a Tembridge man was given a suspended sentence today for threatening a councillor. Glad the court took it seriously.", [], "Careful court report."),
 ("Gazette report today says Gorsty Waste is under investigation by the Environment Agency. No findings yet - let the process run before anyone jumps to conclusions.", [], "Careful news report, explicitly no allegation."),
 ("New app for reporting potholes launched today. Honestly it's a killer app - 300 reports in the first morning!", [], "'Killer app' idiom."),
 ("Tembridge Town absolutely murdered Oldcastle 5-0 on Saturday. Slaughter on the Teme 😂⚽", [], "Sport banter with violent idiom."),
 ("I'm the thickest person in this group chat when it comes to spreadsheets, so please be gentle with my budget questions 😅", [], "Self-deprecation."),
 ("Got absolutely battered at the quiz night by the Brocton Hollow WI. Humbled. Again.", [], "Self-deprecating sport/banter with 'battered'."),
 ("Honest confession: I was an idiot to back the first version of this scheme. I've learned, and I've changed my vote.", [], "Self-deprecation: 'idiot' aimed at self."),
 ("The waste contract renegotiation was poorly handled by the administration and cost us £400k. That's a matter of record in the audit report.", [], "Criticism grounded in a published report, no allegation of dishonesty."),
 ("I disagree profoundly with Cllr Mottram on asylum policy, but he's entitled to his view and I'll beat it with argument, not abuse.", [], "Civil disagreement."),
 ("Resign, Alun. Your budget has failed the people of Tembridge South.", [PA], "Call to resign based on record; personal-attack allowed."),
 ("The Leader should resign over the leisure centre closure. That's a political judgement, and she'll face it at the ballot box.", [], "Resignation call based on the record."),
 ("Thank you Dawn Pritchard and the planning team for a really clear presentation on the local plan today.", [OI], "Thanking a named officer; officers.impartiality allowed."),
 ("Huge thanks to Fiona Carrick's team who were out gritting at 4am. Heroes, every one of them.", [OI], "Thanking a named officer's team."),
 ("I asked the Head of Planning to explain the reasoning behind the officer recommendation. His answer was clear and I accept it, even if I'd have weighed it differently.", [], "Questioning an officer to understand, as the code allows."),
 ("This administration's housing record is pathetic. 40 affordable homes in four years. Pathetic.", [], "'Pathetic' aimed at a record."),
 ("Daylight robbery: car park charges up 60% at Tembridge station. Reverse it.", [], "'Daylight robbery' idiom about charges, no person accused."),
 ("The Tories are bleeding the high street dry with these business rates. Politically, this is a disaster for them.", [], "Robust party criticism."),
 ("Scam warning: people are getting calls 'from the council' asking for a PIN to process a council tax refund. The council will NEVER ask for your PIN. Hang up.", [], "Scam warning mentioning PIN and fraud."),
 ("Anti-bribery and fraud awareness training for members this morning. Useful reminder of how gifts over £100 must be registered.", [], "Training mentions bribery and fraud, no allegation."),
 ("My leaflet said the library would close; the cabinet has since confirmed it will stay open. I was wrong and I'm glad I was.", [], "Correction without calling anyone a liar."),
 ("Cllr Vaughan's leaflet says crime is up 30% in Penmawr. The police figures say 3%. I'd ask him to correct it.", [], "Correcting a claim without calling anyone a liar."),
 ("The consultation was, in my view, a stitch-up of the process - three weeks over Christmas. I've asked for it to be rerun.", [], "Process criticism with 'stitch-up' aimed at timing, not a person's corruption."),
 ("Absolutely gutted for the Tembridge Town lads. Refereeing was diabolical, but we go again Saturday.", [], "Sport complaint."),
 ("Brilliant night at the Clee Bank panto. Cllr Parry as the back end of the horse was a triumph 🐴", [], "Friendly banter naming a councillor; no attack."),
 ("The cabinet's decision on the swimming pool is spineless. They hid behind a consultant's report instead of leading.", [], "'Spineless' aimed at the cabinet's decision."),
 ("If this goes through without a proper equality impact assessment I'll be seeking a judicial review. That's not a threat, it's the law.", [], "Lawful warning of legal process."),
 ("To the developer at Orchard Rise: breach the hours condition again and we'll issue a stop notice. The enforcement team is already on it.", [], "Lawful enforcement warning to a company."),
 ("I will be tabling a motion of no confidence in the Finance portfolio at full council. It's time.", [], "Democratic process."),
 ("The Reform group's amendment was a nonsense that would have cost £2m. Glad it fell.", [], "Criticism of an amendment."),
 ("Labour's numbers on council tax simply don't add up. Their sums are fantasy.", [], "Criticism of a party's figures, not dishonesty by a person."),
 ("Cooked a cracking Sunday roast for the volunteers at Hendre Green food bank. Cooking the books? No, just cooking the spuds 😂", [], "Pun on 'cooking the books' with no allegation."),
 ("That's the Penmawr in-tray well and truly killed off for the week. Feet up.", [], "Violent idiom for finishing work."),
 ("Anyone else feel like they've been run over by a bus after a six-hour full council? Just me then.", [], "Self-deprecating idiom."),
 ("The Chief Executive's restructure has caused real pain in the waste team. I'll be asking cabinet, not officers, to answer for it, because it's their policy.", [], "Criticism directed at the political decision, not the officer."),
 ("Let me be blunt: the highways capital programme is a mess, the contract is failing, and the cabinet member needs a grip.", [], "Blunt criticism of a programme and its portfolio."),
 ("Threats against councillors are rising. The message 'you'll regret it' left on Cllr Rowlands' answerphone is disgraceful and has been reported.", [BI], "Counter-speech quoting a threat."),
 ("To whoever called Cllr Okonkwo a 'useless cow' on my page - your comment is deleted and you're blocked. Not here.", [PA], "Counter-speech quoting an insult to condemn it."),
 ("Court report: the former contractor pleaded guilty to fraud at Shrewsbury Crown Court today. Sentencing next month. The council's internal controls caught it.", [], "Court report of an established conviction."),
 ("I have concerns about the Marchway application and will listen carefully to the evidence at committee.", [], "Predisposition, robust but lawful."),
 ("Quick reminder that standards complaints are handled confidentially by the Monitoring Officer, and anyone can make one.", [], "Process information."),
 ("The council's response to the flooding was slow and disorganised, and residents of Teme Bridge deserved better. We need a review.", [], "Harsh criticism of a response."),
 ("Cllr Bright ran a good committee tonight, even if I lost the vote. Credit where it's due.", [], "Praise of an opponent."),
 ("Well, that went well. 🙃 Four hours of debate and the agenda item was deferred again. Local democracy in action.", [IR], "Sarcasm about a process, no person targeted."),
 ("Dear cabinet: a bin collection every three weeks is not 'modernisation'. It's a cut. Call it what it is.", [], "Criticism of a policy framing."),
 ("Do me a favour and stop calling the Teme bridge 'temporary'. It's been temporary for nine years.", [], "Exasperated criticism of a project."),
 ("Brocton Hollow darts team smashed it last night. Absolute killers on the oche 🎯", [], "Sport banter with 'killers'."),
 ("I'm knackered, I'm hoarse, I've knocked on 600 doors, and I love this job.", [], "Self-talk; tiredness in passing, daytime."),
 ("Our group will vote against the budget because it guts adult social care. Not because of who proposed it.", [], "Policy-based opposition."),
 ("The independent auditor's report is damning about the council's procurement controls. Cabinet must publish its response in full.", [], "Criticism based on an audit, no personal allegation."),
 ("Nobody in the Labour group is 'on the take'. That smear has been going round Facebook and it's false. I've reported the page.", [DA], "Counter-speech quoting and rebutting a corruption smear."),
 ("Let's be clear: I will not tolerate any councillor being threatened for how they vote. Whoever sent that letter to Cllr Shaw's home, the police have it.", [BI], "Counter-speech condemning a threat."),
 ("Gorsty Waste have missed 1,200 collections this quarter. Under the contract that triggers penalties and we'll be applying them.", [], "Firm contractual warning to a company."),
 ("If the owner of the derelict Bell Inn doesn't secure the site by Friday, the council will do it and recover the cost. Lawful, proportionate, overdue.", [], "Lawful enforcement notice."),
 ("I'll be asking the Audit Committee to look at the leisure trust's accounts. Questions need answers - that's what scrutiny is for.", [], "Scrutiny request without alleging wrongdoing."),
 ("The Tories' record on buses is a car crash. Route 42 cut, route 7 cut, fares up. Judge them on it in May.", [], "'Car crash' idiom about a record; ballot box."),
 ("Brutal session at the gym this morning. Trainer tried to kill me. Council meeting will feel easy tonight.", [], "Violent idiom in self-talk."),
 ("This policy is dead in the water and the cabinet knows it. Bury it and start again.", [], "Violent idiom about a policy."),
 ("The Chair ruled me out of order tonight. I disagree with the ruling, and I'll be putting it in writing to the Monitoring Officer.", [], "Procedural disagreement."),
 ("Sorry folks, I got the date of the surgery wrong on my last post. My fault entirely. It's Thursday, not Wednesday.", [], "Self-correction."),
 ("Ken and I disagree on almost everything but we had a pint after the count and he's good company. Politics doesn't have to be war.", [], "Cross-party warmth."),
 ("Local journalism matters. The Gazette's reporting on the waste contract held us all to account, me included.", [], "Praise of journalism."),
 ("Why are we paying consultants £90k to tell us the car park is full? Absolute waste of public money.", [], "Spending criticism."),
 ("The Marchway scheme is an ugly, overbearing block that would ruin the river frontage. That's a planning judgement, and I'll make it at committee after hearing the evidence.", [], "Strong view on design, process respected."),
 ("'Drop it or else' - that's the message a resident says she got from a neighbour over a hedge dispute. Please report anything like that to the police, not to me.", [BI], "Counter-speech quoting coercion."),
 ("Standards panel found today that a former councillor breached the code by bullying staff. The finding was published in full. Lessons for all of us.", [], "Report of a published finding."),
 ("I'm not saying the new roundabout is confusing, but I've done three laps of it and I'm the one who voted for it.", [], "Self-deprecating humour about a scheme."),
 ("Opposition parties are fighting like cats in a sack over who leads on the bypass. Pass the popcorn.", [], "Light political banter about parties."),
 ("Our Leader's answer on the housing waiting list was inadequate. 2,300 families deserve a plan, not a press release.", [], "Criticism of an answer, not the person."),
 ("That's me told! Residents at the Oldcastle meeting gave me both barrels about the parking. Fair cop - I'll take it back to cabinet.", [], "Self-deprecation with 'both barrels' idiom."),
 ("The fact that the council spent more on the consultants than the consultation is a scandal. I want the figures published.", [], "'Scandal' about spending."),
 ("Penmawr lads beat the Tembridge seconds in a proper bruising derby. Some tackles in that one! Great spirit though.", [], "Sport report."),
 ("For clarity: I have never accused anyone on this council of corruption. I have asked questions about procurement, and I'll keep asking.", [], "Careful statement avoiding allegation."),
 ("Proud to vote for the council's new zero-tolerance policy on abuse of staff. Abuse is never part of the job.", [], "Policy support mentioning abuse."),
 ("Our group's manifesto was, let's admit it, a bit of a dog's dinner in places. We'll do better.", [], "Self-deprecation about own party."),
 ("If Marchway Homes breach the section 106 agreement we'll see them in court. It's in the contract, and we'll enforce it.", [], "Lawful legal warning."),
 ("A reminder to all candidates: the police election liaison officer is Inspector Sian Lloyd. Report any intimidation at polling stations.", [], "Process information naming a public office holder."),
 ("I'll be honest, the cabinet member for highways is doing his best with a budget that's been cut to the bone. The problem is the funding, not him.", [], "Defence of a colleague; 'cut to the bone' idiom."),
 ("Shocking turnout at the Teme Bridge drop-in. Two people and a dog. My leafleting clearly needs work 😂", [], "Self-deprecation."),
 ("The planning committee got this one badly wrong, in my view. Residents can appeal, and I'll help them with the process.", [], "Criticism of a decision with lawful route."),
 ("Yes, I'm the councillor who fell in the Teme at the duck race. No, I will not be taking questions.", [], "Self-deprecation."),
 ("Dear Reform: your leaflet's crime stats are from 2011. Please update them. Love, the Greens.", [], "Playful correction of a party leaflet."),
 ("Gazette court report: charges against the Lydbury parish clerk were dropped today. She has always denied wrongdoing and that should be respected.", [], "Careful court report defending reputation."),
 ("Don't shoot the messenger, but the grant pot is empty until April. I'm as frustrated as you are.", [], "'Don't shoot the messenger' idiom."),
]:
    H(G1, t, a, n)

# ---------------------------------------------------------------- hard negatives, group 2
G2 = "g2"
for t, a, n, au, d in [
 ("Lovely to join the Tembridge Chinese community for Lunar New Year at the town hall. Year of the Horse - 新年快乐!", [], "Festival.", None, "2026-02-17"),
 ("Ramadan Mubarak to all our Muslim residents in Hendre Green and beyond. The mosque's open iftar on Friday is open to everyone.", [], "Festival and place of worship.", None, "2026-02-19"),
 ("Holocaust Memorial Day. We remember the six million Jews murdered, and the Roma, disabled and gay people killed by the Nazis. Never again.", [], "Remembrance naming groups.", None, "2026-01-27"),
 ("Dydd Gŵyl Dewi Hapus! Happy St David's Day to our Welsh neighbours across the border and to the many Welsh families in Marcher Vale.", [], "National identity festival.", None, "2026-03-02"),
 ("International Women's Day: women make up 44% of this council. Not yet half, but the highest ever. Let's keep going.", [], "Representation statistic.", None, "2026-03-06"),
 ("LGBT+ History Month display is up in Tembridge library. Well worth a look - includes the story of the first gay couple to marry at the register office here.", [], "LGBT history, same-sex marriage mentioned positively.", None, "2026-02-10"),
 ("As a Muslim woman and a councillor, I'm proud to represent Hendre Green. My faith shapes my values; my residents shape my priorities.", [], "Councillor's own identity.", "@NasreenQureshiLab", None),
 ("I came to Lydbury from Gdańsk in 2006 with one suitcase. Twenty years on, I'm your councillor. Only in a place like this.", [], "Councillor's own national origin.", "@TomaszNowakInd", None),
 ("My wife and I have lived in Brocton Hollow for twelve years. Yes, I'm a lesbian councillor - and no, it's not the most interesting thing about my casework.", [], "Councillor's own sexuality.", "@BethanHughesGreen", None),
 ("My partner Sam cheered louder than anyone at the count. Proud to be Marcher Vale's first openly gay cabinet candidate.", [], "Councillor's own sexuality.", "@DeclanShawLab", None),
 ("Being a Black woman in local politics on the Welsh border comes with its challenges, but the support I get from Tembridge South is incredible.", [], "Councillor's own race and sex.", "@JoyOkonkwoLab", None),
 ("I'm 74, I've been a councillor for 30 years and I have no plans to stop while I can still climb the stairs at the civic centre.", [], "Councillor's own age.", "@CllrMargeryTolley", None),
 ("I'm autistic, and council meetings can be a lot. Thanks to the clerks for the quiet room and for printing my papers early.", [], "Councillor's own disability.", None, None),
 ("Back from maternity leave today! Thank you to everyone who covered my casework, and to the baby for letting me sleep 3 hours.", [], "Councillor's own maternity.", "@FfionRowlandsLD", None),
 ("Ethnic minority residents make up 4.1% of Marcher Vale's population at the last census, up from 2.6%. Our services need to reflect that.", [], "Statistics by ethnicity.", None, None),
 ("The county's Gypsy and Traveller accommodation assessment shows a need for 12 more pitches. The debate on where they go should be civil and evidence-led.", [], "Civil Traveller site debate.", None, None),
 ("I have real concerns about the proposed Traveller site at Penmawr showground - access on the B-road and flood risk. Those are planning issues and I'll raise them at committee, not the identity of the residents.", [], "Civil planning objection to a Traveller site.", None, None),
 ("Residents have asked me about the Brocton hotel being used for asylum seekers. Home Office contracts bypass the council, and I've written to Jonathan Tregaron MP asking for proper consultation.", [], "Civil asylum hotel debate.", None, None),
 ("People fleeing war deserve safety, and Brocton Hollow residents deserve to be consulted. Both things can be true.", [], "Balanced asylum hotel comment.", None, None),
 ("Visited the new Sikh gurdwara in Ashbury Heath today. The langar served 400 people including half the Tembridge rugby club 🙏", [], "Place of worship visit.", None, None),
 ("Planning application for an extension to the Hendre Green mosque goes to committee next month. Parking is the main issue raised; please comment through the portal.", [], "Place of worship planning, neutral.", None, None),
 ("St Michael's in Oldcastle is 800 years old this year. Wonderful service this morning and a fair in the churchyard.", [], "Church anniversary.", None, None),
 ("Tembridge synagogue's Purim party was joyous - thank you for inviting me and for the hamantaschen!", [], "Jewish festival.", None, "2026-03-03"),
 ("Happy Holi to all our Hindu residents! The colours at the Ashbury community centre were amazing.", [], "Hindu festival.", None, "2026-03-04"),
 ("Eid Mubarak! Lovely to see the whole of Hendre Green park full this morning.", [], "Muslim festival.", None, "2026-03-20"),
 ("Trans people in Marcher Vale deserve the same dignity and services as everyone else. Pleased the council's new guidance on toilets and changing was agreed unanimously.", [], "Trans inclusion.", None, None),
 ("I support the principle of single-sex spaces and I also support trans residents' safety. I think we can have that conversation respectfully and I'll be listening at the equalities forum.", [], "Civil debate on sex and gender.", None, None),
 ("Older residents told us the bus changes left them isolated. Age UK's survey shows 1 in 3 over-75s in the district now can't reach a GP by bus.", [], "Age statistics.", None, None),
 ("Pleased to announce a Changing Places toilet at Tembridge bus station. Disabled residents have waited far too long for this.", [], "Disability access.", None, None),
 ("Our wheelchair users group gave the new high street scheme a hard audit. Kerbs, crossings and benches all changed because of it. Brilliant.", [], "Disability representation.", None, None),
 ("Congratulations to Cllr Okonkwo on being elected chair of the regional Black Councillors Network.", [], "Praise, race mentioned.", None, None),
 ("Women's football is booming in Marcher Vale: 14 girls' teams this season compared with 3 five years ago.", [], "Sex statistics.", None, None),
 ("Pregnant? The council's new family hub in Clee Bank offers antenatal classes, free vitamins and advice on maternity rights at work.", [], "Pregnancy and maternity services.", None, None),
 ("Congratulations to Dave and Kevin who celebrated the first civil partnership conversion to marriage at the Tembridge register office this week.", [DP], "Civil partnership/marriage celebration (couple who invited press); private names so data-protection allowed.", None, None),
 ("Our Polish Saturday school in Lydbury has 60 children learning their heritage language. A real asset.", [], "National origin community.", None, None),
 ("Proud that our apprenticeship scheme recruited 40% of this year's intake from over-50s returning to work. Age is no barrier.", [], "Age and employment.", None, None),
 ("Hate crime reports to police in Marcher Vale rose 18% last year, mostly race and religion. Please report it - the council's hate crime partnership is here to help.", [], "Hate crime statistics.", None, None),
 ("The Romanian community centre on the Oldcastle estate runs the best English classes in the county. Free, friendly, full.", [], "National origin community.", None, None),
 ("Mental health awareness: 1 in 4 of us will have a mental health problem. Time to Talk Day is today - check in on someone.", [], "Disability/mental health awareness.", None, "2026-02-05"),
 ("Refugee week planning meeting: the Syrian families resettled in Tembridge want to run a food stall at the summer fair. Fantastic.", [], "Refugees mentioned positively.", None, None),
 ("I disagree with the Home Office using hotels for asylum seekers because it's expensive and bad for the people housed there. Dispersed housing is better for everyone.", [], "Civil asylum policy argument.", None, None),
 ("The equalities report shows the council's gender pay gap is 7.2%, down from 11%. Good progress, still work to do.", [], "Sex statistics.", None, None),
 ("We need more young people on this council. The average age of a Marcher Vale councillor is 63. Come and stand - you don't need permission.", [], "Age representation, encouraging, not attacking older members.", None, None),
 ("Catholic, Anglican, Methodist, Muslim, Sikh, Jewish and humanist leaders all signed the Marcher Vale faith covenant today. Proud day.", [], "Religion and belief.", None, None),
 ("Thanks to the Gypsy and Traveller liaison officer for organising the Penmawr site open day. Great to meet families and hear about the school transport problems.", [], "Traveller community engagement.", None, None),
 ("Was asked on the doorstep whether a Muslim could be a good councillor for Ashbury. My answer: Cllr Qureshi is one of the hardest workers in this chamber.", [ED], "Counter-speech rebutting a prejudiced question.", None, None),
 ("Someone shouted 'go home' at a Polish shopkeeper in Lydbury on Saturday. This IS his home. I stand with him and I've reported it.", [ED], "Counter-speech quoting xenophobic abuse.", None, None),
 ("Seeing 'typical woman' comments under Cllr Bright's posts. Disagree with her planning decisions all you like, but leave the sexism out.", [ED], "Counter-speech quoting sexist abuse of a colleague.", None, None),
 ("Deaf residents asked for BSL interpretation at public meetings. From next month every full council will have it. Small change, big difference.", [], "Disability access.", None, None),
 ("Sad news: the Tembridge Sikh community's founding elder, Mr Harjit Singh Gill, has died at 91. A gentle man who gave so much to this town.", [DP], "Obituary naming religion of a community figure; data-protection allowed.", None, None),
 ("Our housing allocation policy must work for everyone - young single people, older couples, disabled tenants, large families. I'll be pressing for fairness for all of them.", [], "Groups mentioned in policy.", None, None),
 ("A ten-year-old from Clee Bank Primary asked me today why there are no Black councillors in Penmawr. Good question. Let's change it.", [], "Race and representation.", None, None),
 ("Proud to raise the Progress Pride flag at the civic centre for LGBT+ History Month.", [], "Pride flag.", None, "2026-02-02"),
 ("Disability benefit changes will hit 3,400 households in Marcher Vale according to the council's own modelling. We must prepare our advice services.", [], "Disability statistics.", None, None),
 ("Interfaith walk from St Michael's to the mosque to the gurdwara this Sunday. All welcome, bring comfy shoes.", [], "Places of worship.", None, None),
 ("My grandad came here from Jamaica in 1958 and worked on the buses for 35 years. Windrush Day matters to families like mine.", [], "Councillor's own heritage.", "@JoyOkonkwoLab", None),
 ("I'm a practising Catholic and I voted for the equal marriage motion. My faith teaches me to love my neighbour, all of them.", [], "Councillor's own religion.", None, None),
 ("A pensioner asked me if she was 'too old' to join the parish council. Absolutely not - the oldest member is 88 and sharp as a tack.", [], "Age positively.", None, None),
 ("New mums' group at Oldcastle library every Wednesday. Dads and partners welcome too.", [], "Maternity services.", None, None),
 ("Jewish residents tell me they feel less safe since October. The council and police are reviewing security at the synagogue and I'll be meeting community leaders.", [], "Religion and safety.", None, None),
 ("Immigration is a legitimate subject for debate and I won't pretend otherwise. What I won't accept is debate that turns into abuse of our neighbours.", [], "Civil immigration debate.", None, None),
 ("The trans youth group at the Tembridge hub has moved to Thursdays. Same great team, same safe space.", [], "Trans group service update.", None, None),
 ("Census data: 62% of Marcher Vale residents say they are Christian, 31% no religion, 2% Muslim and 5% other faiths.", [], "Religion statistics.", None, None),
 ("Our Traveller Education Service helped 40 children sit their GCSEs last summer. That's a success story worth telling.", [], "Traveller community positive.", None, None),
]:
    H(G2, t, a, n, author=au, date=d)

# ---------------------------------------------------------------- obfuscated variants
# (original key, obfuscation, the word carrying the breach)
VARIANTS = [
 ("pa07", "asterisk", "gormless"), ("pa26", "digit", "plank"), ("pa11", "zero-width-space", "buffoon"),
 ("pa15", "spaced-letters", "clown"), ("pa31", "cyrillic-homoglyph", "windbag"), ("pa02", "all-caps", "thickest"),
 ("bi05", "asterisk", "batter"), ("bi11", "digit", "kicked"), ("bi09", "zero-width-space", "lamp"),
 ("bi17", "spaced-letters", "Accidents"), ("bi23", "cyrillic-homoglyph", "house"), ("bi36", "all-caps", "regret"),
 ("ed02", "asterisk", "gyppos"), ("ed11", "digit", "poofs"), ("ed24", "zero-width-space", "rabbits"),
 ("ed15", "spaced-letters", "retard"), ("ed23", "cyrillic-homoglyph", "travelling"), ("ed08", "all-caps", "back"),
 ("da01", "asterisk", "take"), ("da02", "digit", "cooking"), ("da04", "zero-width-space", "feathering"),
 ("da11", "spaced-letters", "crook"), ("da03", "cyrillic-homoglyph", "Sweetheart"), ("da12", "all-caps", "backhander"),
 ("al06", "asterisk", "tosser"), ("al02", "digit", "prick"), ("al17", "zero-width-space", "bellend"),
 ("al21", "spaced-letters", "knobhead"), ("al24", "cyrillic-homoglyph", "Wanker"), ("al01", "all-caps", "fucking"),
]
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "c": "\u0441", "p": "\u0440"}

def obfuscate(text, kind, word):
    assert word in text, (word, text)
    if kind == "all-caps":
        return re.sub(r"(@\w+)|([^@]+?)(?=@|$)", lambda m: m.group(1) or m.group(2).upper(), text)
    if kind == "asterisk":
        i = next(k for k in range(1, len(word)) if word[k].lower() in "aeiou")
        w = word[:i] + "*" + word[i + 1:]
    elif kind == "digit":
        i = next(k for k in range(1, len(word)) if word[k].lower() in DIGIT)
        w = word[:i] + DIGIT[word[i].lower()] + word[i + 1:]
    elif kind == "zero-width-space":
        i = len(word) // 2
        w = word[:i] + "\u200b" + word[i:]
    elif kind == "spaced-letters":
        w = " ".join(word)
    elif kind == "cyrillic-homoglyph":
        i = next(k for k in range(len(word)) if word[k] in CYR)
        w = word[:i] + CYR[word[i]] + word[i + 1:]
    return text.replace(word, w)

# ---------------------------------------------------------------- builder
def load_handles():
    handles = {}
    sect = None
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "council.toml"), encoding="utf-8"):
        s = line.split("#")[0].strip()
        if s.startswith("["):
            sect = s
        elif sect == "[people.handles]" and "=" in s:
            k, v = s.split("=", 1)
            handles[k.strip().strip('"')] = v.strip().strip('"')
    return handles

def verdict(rules, block):
    if block:
        return "block"
    v = "ok"
    for r in rules:
        if ORDER.index(SEV[r]) > ORDER.index(v):
            v = SEV[r]
    return v

def main():
    rng = random.Random(SEED)
    handles = {h: p for h, p in load_handles().items() if p != "Marcher Vale District Council"}
    hlist = sorted(handles)
    start = datetime.date(2026, 1, 5)
    days = [start + datetime.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]

    def stamp(date=None):
        d = datetime.date.fromisoformat(date) if date else rng.choice(days)
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def pick_author(text):
        ok = []
        for h in hlist:
            first, last = handles[h].split()[0], handles[h].split()[-1]
            if re.search(r"\b(%s|%s)\b" % (first, last), text, re.I) or h.lower() in text.lower():
                continue
            ok.append(h)
        return rng.choice(ok)

    out = []
    by_key = {}
    for r in ROWS:
        row = {
            "text": r["text"],
            "author": r["author"] or pick_author(r["text"]),
            "created_at": stamp(r["date"]),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": verdict(r["rules"], r["block"])},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        }
        if r["key"]:
            by_key[r["key"]] = row
        out.append(row)
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["expect"]["allowed"])
        if kind == "all-caps" and HA not in allowed and HA not in o["expect"]["rules"]:
            allowed.append(HA)
        out.append({
            "text": obfuscate(o["text"], kind, word),
            "author": o["author"],
            "created_at": stamp(),
            "platform": o["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed, "verdict": o["expect"]["verdict"]},
            "family": o["family"],
            "kind_of_row": "positive",
            "note": "%s Obfuscated variant: %s on '%s'." % (o["note"], kind, word),
            "_orig": o,
            "obfuscation": kind,
        })
    rng.shuffle(out)
    for i, row in enumerate(out, 1):
        row["id"] = "b34-%03d" % i
    order = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
             "family", "kind_of_row", "note", "variant_of", "obfuscation"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "posts.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            if "_orig" in row:
                row["variant_of"] = row.pop("_orig")["id"]
            f.write(json.dumps({k: row[k] for k in order if k in row}, ensure_ascii=False) + "\n")
    print("wrote %d rows to posts.jsonl" % len(out))

if __name__ == "__main__":
    main()
