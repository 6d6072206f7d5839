#!/usr/bin/env python3
"""Blind evaluation set b47 (Coldhaugh and Stainmoor Borough Council).

Every text, label and note below was written by hand for this set. The script
only shuffles the rows, gives out ids, picks authors, platforms and timestamps,
and makes the obfuscated variants. Fixed seed: running it again writes the same
posts.jsonl byte for byte.
"""
import datetime as dt
import json
import random
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 4747

PA, AL, BU, EQ, DEF = ("respect.personal-attack", "respect.abusive-language",
                       "bullying.intimidation", "equality.discrimination",
                       "defamation.allegation")
OFF, IRONY, DP, HASTE = ("officers.impartiality", "tone.irony-risk",
                         "data-protection.personal-data", "haste.pause-before-posting")
ADV, RES = "position.improper-advantage", "resources.political-use"


def R(key, text, rules, allowed, verdict, note, author=None, date=None):
    return dict(key=key, text=text, rules=rules, allowed=allowed, verdict=verdict,
                note=note, author=author, date=date)


# ---------------------------------------------------------------- positives
PERSONAL = [
 R("pa01", "Cllr Heppell stood up to speak on the budget and you could actually hear the room lose the will to live. Man's got the charisma of a damp tea towel.", [PA], [], "review", "Insult aimed at a named councillor (dull, charmless), not at his budget."),
 R("pa02", "Honestly @AnnabelScrope, if brains were petrol you wouldn't have enough to run an ant's moped round a Polo mint.", [PA], [], "review", "Idiomatic 'no brains' insult at an @handle."),
 R("pa03", "Kieran Tweddle: all mouth and no trousers, as my nana would say. Big talk at hustings, hides behind his officers the rest of the year.", [PA], [], "review", "Idiom belittling a named councillor as a coward and windbag."),
 R("pa04", "Watched Derek Stobbart try to read out his own amendment this afternoon. Bless him. Someone get the lad a grown-up.", [PA], [IRONY], "review", "Condescending mockery of a named councillor's competence; 'bless him' sarcasm."),
 R("pa05", "Whoever did Cllr Maddison's hair for the civic photo owes her an apology. Or maybe she did it herself in the dark. Looks like a startled hedge 🤭", [PA], [IRONY], "review", "Mockery of a named councillor's appearance."),
 R("pa06", "@RossHeppellHC the waddle to the lectern took longer than your speech. Maybe lay off the buffet, big man.", [PA], [], "review", "Mockery of a named councillor's weight."),
 R("pa07", "A genuinely stunning contribution from Cllr Zielinski today. Took him twenty minutes to say nothing at all. Truly gifted 👏", [PA, IRONY], [], "review", "Mock praise belittling a named councillor; irony expected."),
 R("pa08", "Some people are born to lead. Jonty Errington was born to hold the coats.", [PA], [], "review", "Belittling put-down of a named councillor, no swearing."),
 R("pa09", "Sunita Bhalla couldn't organise a piss-up in a brewery, and she's in charge of housing. God help us.", [PA], [AL], "review", "Incompetence insult at a named cabinet member; the idiom's 'piss-up' lets abusive-language be allowed."),
 R("pa10", "Cllr Pattinson is the human equivalent of a 'reply all' email. Nobody asked, everybody suffers.", [PA], [], "review", "Witty insult at a named councillor as a person."),
 R("pa11", "Dear @HollieCharltonLR, the grown-ups are talking. Run along now.", [PA], [IRONY], "review", "Patronising dismissal of a named councillor."),
 R("pa12", "Noticed Cllr Orde has the same two facial expressions as a garden gnome: smug, and more smug.", [PA], [], "review", "Mockery of a named councillor's face and manner."),
 R("pa13", "Tunde Olusanya is thick as two short planks and twice as wooden.", [PA], [], "review", "'Thick' insult at a named councillor (no racial element stated)."),
 R("pa14", "The Head of Planning, Carole Whitfield, is frankly out of her depth and everybody in that building knows it. A passenger on a big salary.", [PA, OFF], [], "review", "Personal disparagement of a named officer: personal attack plus officers.impartiality."),
 R("pa15", "Had the pleasure (!) of a meeting with Aidan Birtley from planning. Useless doesn't begin to cover it. A chocolate teapot with a lanyard.", [PA, OFF], [IRONY], "review", "Insult at a named planning officer; officers.impartiality."),
 R("pa16", "@KieranTweddle you are a spineless little weasel and the whole of Pitsworth can see it.", [PA], [], "review", "Direct name-calling at an @handle."),
 R("pa17", "Gwen Forster in the mayoral chain looks like a Christmas tree somebody gave up on halfway through decorating.", [PA], [IRONY], "review", "Mockery of the Mayor's appearance."),
 R("pa18", "Ross, pet, have you ever had an original thought, or do you just wait for head office to text you one?", [PA], [IRONY], "review", "Second-person sneer at a named councillor's intelligence."),
 R("pa19", "Malachy Orde wouldn't know a straight answer if it walked up and slapped him with a wet kipper.", [PA], [DEF], "review", "Insult at a named councillor; hints at evasiveness so defamation is allowed."),
 R("pa20", "Frankly @DerekStobbart is a clown. A sad, tired clown whose act stopped being funny in about 2009.", [PA], [], "review", "'Clown' name-calling aimed at a named councillor."),
 R("pa21", "Cllr Scrope speaks to residents like they're something she trod in. Condescending, sneering, out of touch. Horrible woman.", [PA], [EQ], "review", "Personal attack on a named councillor; 'horrible woman' is gendered so equality is allowed."),
 R("pa22", "I've had more warmth off a fridge magnet than off Kieran Tweddle.", [PA], [], "review", "Put-down of a named councillor's character."),
 R("pa23", "Liberal Reform have sent Hollie Charlton to the debate again. Bless. Like sending a goldfish to a chess tournament.", [PA], [IRONY], "review", "Belittling comparison aimed at a named councillor."),
 R("pa24", "Farida Qureshi: self-righteous, humourless, and about as much use to Coldhaugh as a chocolate fireguard.", [PA], [], "review", "String of insults at a named councillor."),
 R("pa25", "You can tell Jonty Errington's been on the council a while, he's started to look like the furniture. Dusty, creaky, and nobody remembers ordering it.", [PA], [EQ], "review", "Mockery of a named councillor's appearance; age-tinged so equality is allowed."),
 R("pa26", "Rhys Pattinson is a nasty, small-minded little man and I'm done pretending otherwise.", [PA], [], "review", "Plain personal attack on a named councillor."),
 R("pa27", "@SunitaBhallaPA Just stop. Every time you open your mouth the housing waiting list gets longer out of pure embarrassment.", [PA], [], "review", "Sneer at the person, not the housing policy."),
 R("pa28", "Cllr Maddison has a face like a smacked backside every time anyone disagrees with her. Grow up.", [PA], [], "review", "Northern idiom mocking a named councillor's face and temperament."),
 R("pa29", "Stobbart. What a gormless specimen.", [PA], [], "review", "Short insult at a named councillor by surname."),
 R("pa30", "Graham Lumsden is a pompous empty suit who couldn't manage a tombola.", [PA, OFF], [], "review", "Insult at the named Chief Executive; officers.impartiality."),
 R("pa31", "Cllr Heppell is an absolute waste of oxygen and Wrekenfield Moor deserves better than this parasite.", [PA], [AL], "block", "Severe, dehumanising attack on a named councillor ('waste of oxygen', 'parasite'): block."),
 R("pa32", "Derek Stobbart is vermin. Worthless, spineless vermin. Crawl back into whatever drain you came out of, Derek.", [PA], [AL, BU], "block", "Severe dehumanising attack ('vermin', 'crawl back'): block; humiliation lets bullying be allowed."),
 R("pa33", "Sorry but Annabel Scrope is just dim. Lovely manners, dim as a Toc H lamp.", [PA], [], "review", "Old idiom calling a named councillor stupid."),
 R("pa34", "Howay man @RhysPattinsonInd, you're a workie ticket and a bore. Even your own ward's stopped listening.", [PA], [], "review", "Geordie idiom ('workie ticket' = troublemaker) insulting an @handle."),
]

ABUSIVE = [
 R("al01", "This sodding bin contract. Three weeks without a collection in Blackrigg and the depot phones just ring out. Shambles.", [AL], [], "review", "Mild obscenity ('sodding') at a contract; no person targeted."),
 R("al02", "Who designed the new Pitsworth roundabout, a toddler with a crayon? Absolute bollocks of a junction.", [AL], [], "review", "Obscenity ('bollocks') at a road layout."),
 R("al03", "Budget papers have landed. It's shite. Pure, unadulterated shite, page after page.", [AL], [], "review", "Obscenity at the budget papers; abusive whatever its target."),
 R("al04", "Kelderwick Waste can take their 'service improvement' leaflet and shove it where the sun doesn't shine.", [AL], [PA], "review", "Vulgar idiom at a contractor; personal attack on an organisation allowed."),
 R("al05", "@DerekStobbart you absolute bellend.", [AL, PA], [], "review", "Obscene insult at an @handle."),
 R("al06", "Ross Heppell talks out of his arse. Always has, always will.", [AL, PA], [], "review", "Vulgar insult at a named councillor."),
 R("al07", "Piss off back to Wrekenfield, @AnnabelScrope, nobody in Easingmoor wants your leaflets.", [AL, PA], [BU], "review", "Obscene dismissal of an @handle; bullying allowed (telling her to get out of the ward)."),
 R("al08", "Jonty Errington is a gobshite. Said it before, I'll say it again.", [AL, PA], [], "review", "Vulgar insult at a named councillor."),
 R("al09", "The state of the coast road at Harton Staithes. Holes you could lose a bairn in. Fucking disgrace.", [AL], [], "review", "Strong obscenity at road conditions, no person."),
 R("al10", "FFS. The parking machines at Coldhaugh market have eaten another tenner. Who signed off this crap?", [AL], [], "review", "Abbreviated obscenity and 'crap' at machines; the mildest row."),
 R("al11", "Kieran Tweddle is a first-class tosser and his budget is no better.", [AL, PA], [], "review", "Vulgar insult at a named councillor."),
 R("al12", "Cllr Zielinski, with the greatest respect, you're a knob.", [AL, PA], [IRONY], "review", "Vulgar insult dressed in mock courtesy."),
 R("al13", "That consultation was a steaming pile of horse shit from start to finish.", [AL], [], "review", "Obscenity at a consultation exercise."),
 R("al14", "Whoever at Kelderwick thought cutting the Easingmoor round was a good idea can kiss my arse.", [AL], [PA], "review", "Vulgar phrase at unnamed contractor staff; personal attack allowed."),
 R("al15", "Sunita Bhalla, you dozy cow, the tenants were waiting on YOU.", [AL, PA], [EQ, HASTE], "review", "Gendered insult ('dozy cow') at a named councillor; equality allowed; one shouted word."),
 R("al16", "Fuck the Heritage Tories and fuck their cuts.", [AL], [PA], "review", "Obscenity aimed at a party and its policy; personal attack allowed."),
 R("al17", "Leisure centre roof is leaking AGAIN. Piss-poor maintenance, piss-poor oversight.", [AL], [HASTE], "review", "Vulgar 'piss-poor' at a building's upkeep; haste allowed for the shouted word."),
 R("al18", "Malachy Orde is a cunt and I don't care who reads this.", [AL, PA], [], "block", "The c-word at a named councillor: severe, block."),
 R("al19", "@RossHeppellHC go and fuck yourself.", [AL, PA], [BU], "review", "Obscene dismissal of an @handle."),
 R("al20", "Derek Stobbart is a lying sack of shit.", [AL, PA, DEF], [], "review", "Obscene insult that also calls him a liar: defamation."),
 R("al21", "Scrope is a snotty bitch and the whole civic centre knows it.", [AL, PA], [EQ], "review", "Gendered obscene insult at a named councillor; equality allowed."),
 R("al22", "The Pitsworth library cuts are a dog's dinner wrapped in bullshit.", [AL], [], "review", "Obscenity ('bullshit') at a policy."),
 R("al23", "Hollie Charlton, shut your trap, you smug little shit.", [AL, PA], [], "review", "Obscene insult at a named councillor."),
 R("al24", "Jesus wept. Another week, another burst main in Blackrigg, another arse-about-face 'investment plan' that fixes nothing.", [AL], [], "review", "Vulgar idiom ('arse-about-face') at a plan; mild."),
 R("al25", "Rhys Pattinson, you utter twat.", [AL, PA], [], "review", "Obscene insult at a named councillor."),
 R("al26", "Kelderwick's contract manager is a complete dickhead and I've told him so to his face.", [AL, PA], [], "review", "Obscene insult at an identifiable contractor's manager (not a council officer)."),
 R("al27", "Absolute bastard of a week. Bins, flooding, and the phone system's knackered. Rant over.", [AL], [], "review", "'Bastard' about a week; no person."),
 R("al28", "@TundeOlusanyaPA stop whinging, you big wet wipe of a bastard.", [AL, PA], [], "review", "Obscene insult at an @handle."),
 R("al29", "Tweddle and Ridley are a pair of clueless pricks and Pitsworth is paying for it.", [AL, PA], [], "review", "Obscene insult at two named councillors."),
 R("al30", "Tell you what, the new one-way system can get in the sea. Shit idea, shittier signage.", [AL], [], "review", "Obscenity at a traffic scheme."),
 R("al31", "Farida Qureshi is a stuck-up cow who thinks her shit doesn't stink.", [AL, PA], [EQ], "review", "Gendered obscene insult at a named councillor; equality allowed."),
 R("al32", "Graham Lumsden is a useless prick and the sooner the Chief Executive's office is cleared out the better.", [AL, PA, OFF], [], "review", "Obscene insult at the named Chief Executive; officers.impartiality."),
 R("al33", "Noel Cuthbertson can go to hell, the miserable old sod.", [AL, PA], [EQ], "review", "Vulgar insult at a named councillor; 'old' lets equality (age) be allowed."),
 R("al34", "Bev Maddison is scum. Filthy two-faced scum, and I hope she rots.", [AL, PA], [BU, DEF], "block", "Severe dehumanising abuse with an ill-wish at a named councillor: block."),
]

BULLYING = [
 R("bu01", "@JontyErringtonCF keep pushing and you'll end up with more than a bloody nose. That's a promise.", [BU], [PA], "block", "[explicit] Threat of violence to an @handle."),
 R("bu02", "Derek Stobbart, you'll regret standing against me. I'll make sure of it.", [BU], [PA], "block", "[explicit] 'You'll regret' threat to a named councillor."),
 R("bu03", "I know where you live, Cllr Charlton. Think on.", [BU], [PA], "block", "[explicit] 'I know where you live' with Northern 'think on'."),
 R("bu04", "If Tweddle shows his face at the Pitsworth welfare again he'll be leaving in an ambulance.", [BU], [PA], "block", "[explicit] Threat of serious violence to a named councillor."),
 R("bu05", "To whoever complained to the Monitoring Officer about me: I will find out who you are, and you will be very, very sorry.", [BU], [], "block", "[explicit] Threat against a complainant."),
 R("bu06", "Someone should put a brick through Marek Zielinski's window. See how he likes it.", [BU], [PA], "block", "[explicit] Incitement to damage a named councillor's home. No national-origin element is stated."),
 R("bu07", "Next time you heckle me, @RossHeppellHC, I'll drag you out of that chamber by your tie.", [BU], [PA], "block", "[explicit] Threat of physical force at an @handle."),
 R("bu08", "Annabel Scrope wants a slap and she's going to get one.", [BU], [PA], "block", "[explicit] Threat of violence, Northern 'wants a slap'."),
 R("bu09", "Say that to my face outside the Blackrigg Arms, Pattinson. I'll be waiting, and I won't be on my own.", [BU], [PA], "block", "[explicit] Invitation to a fight with backup."),
 R("bu10", "The witness who spoke to the standards panel about me had better watch their back. I mean that.", [BU], [], "block", "[explicit] Threat against a witness."),
 R("bu11", "Lovely house you've got on Harebell Close, @HollieCharltonLR. Be a shame if anything happened to that nice new car on the drive 😉", [BU], [PA, DP, IRONY], "block", "[veiled] Mafia-style 'be a shame' threat naming her street."),
 R("bu12", "Cllr Orde, your lad still walks home from Blackrigg Academy on his own, doesn't he? Just something to think about.", [BU], [PA, DP], "block", "[veiled] Threat via a councillor's child and his school route."),
 R("bu13", "Funny how accidents happen to people who don't know when to keep quiet. Just saying, Sunita.", [BU], [PA], "block", "[veiled] Implied harm unless she keeps quiet."),
 R("bu14", "Tweddle might want to check his brakes before the Pitsworth by-election. Roads are dangerous round here this time of year.", [BU], [PA], "block", "[veiled] Hint of tampering with a car."),
 R("bu15", "Some of us have long memories, Bev. Very long. And we know people with even longer ones.", [BU], [PA], "block", "[veiled] Menacing 'we know people'."),
 R("bu16", "I'd think very carefully about what you say at Thursday's committee, @TundeOlusanyaPA. Very carefully.", [BU], [PA], "block", "[veiled] Warning to an @handle before a committee."),
 R("bu17", "Mr Lumsden, I hope you enjoy your evening dog walks along the staithes. Dark down there after six, isn't it?", [BU, OFF], [PA, DP], "block", "[veiled] Threat to the named Chief Executive via his daily route; officers.impartiality."),
 R("bu18", "Whoever passed my emails to the Chronicle: I have a good idea who you are, and your position here won't last the month.", [BU], [], "block", "[veiled] Threat to an unnamed whistleblower's job."),
 R("bu19", "Ross, you've got a wife and two daughters. Think about them before you say another word about my ward.", [BU], [PA, DP], "block", "[veiled] Threat via a councillor's family."),
 R("bu20", "Cllr Forster should remember who got her that chain. What's given can be taken back, one way or another.", [BU], [PA], "block", "[veiled] 'One way or another' menace at the Mayor."),
 R("bu21", "Tell Rhys Pattinson the lads from the harbour were asking after him. He'll know what that means.", [BU], [PA], "block", "[veiled] Implied visit from 'the lads'."),
 R("bu22", "Be a real pity if the Coldhaugh First office got another 'visit' like last spring. Hint hint, @BevMaddisonCF.", [BU], [PA, IRONY], "block", "[veiled] Implied repeat of damage to an office."),
 R("bu23", "Keep smiling for the cameras, Annabel. Enjoy it while you can still smile.", [BU], [PA], "block", "[veiled] Implied injury to a named councillor."),
 R("bu24", "Nice little business your husband runs, Cllr Bhalla. Would hate for the licensing people to start taking an interest.", [BU], [PA, DP, ADV], "block", "[veiled] Threat to a spouse's business through council licensing."),
 R("bu25", "To the Progressive Alliance colleagues who voted against me last night: I'm keeping a list. Committee places are reviewed in May.", [BU], [ADV], "block", "[pressure] Retaliation through committee places."),
 R("bu26", "Aidan Birtley in planning will change that report before Friday if he knows what's good for his career.", [BU, OFF], [PA], "block", "[pressure] Coercing a named officer to change a report; officers.impartiality."),
 R("bu27", "@MarekZLibRef withdraw your complaint by Monday or every resident in Harton Staithes hears all about your divorce.", [BU], [PA, DP], "block", "[pressure] Blackmail of a complainant with his private life."),
 R("bu28", "Message to the residents' group in Easingmoor who keep writing in: your hall lease comes up next year. Remember that.", [BU], [ADV], "block", "[pressure] Threat to a community group's lease for complaining."),
 R("bu29", "Yvonne Tait would do well to drop this investigation quietly. Monitoring Officers have been restructured out of a job before now.", [BU, OFF], [PA], "block", "[pressure] Pressing the named Monitoring Officer with her job; officers.impartiality."),
 R("bu30", "Tunde, I've got three screenshots that would end you. Vote with us on Thursday and they stay in my drafts.", [BU], [PA], "block", "[pressure] Blackmail for a vote."),
 R("bu31", "Any Coldhaugh First member seen at that protest can forget their ward budget bids this year. I'll see to it personally.", [BU], [ADV], "block", "[pressure] Punishment through ward budgets."),
 R("bu32", "Hollie, back the amendment or I'll make every meeting you sit in for the next four years an utter misery. Your choice.", [BU], [PA], "block", "[pressure] Threat of sustained harassment for a vote."),
 R("bu33", "Pradeep, I'd re-run those figures before Tuesday if I were you. People who embarrass this administration don't tend to stay long.", [BU, OFF], [PA], "block", "[pressure] Pressing the named finance officer with his job; officers.impartiality."),
 R("bu34", "Shall we talk about your 'sick days' in public, Cllr Errington, or are you going to stop blocking my motion? Up to you 🙂", [BU], [PA, DP, DEF, IRONY], "block", "[pressure] Threat to expose health absences unless he gives way."),
]

EQUALITY = [
 R("eq01", "Another caravan lot pulled onto Stainmoor common. Pikeys, the lot of them. Lock your sheds.", [EQ, AL], [], "block", "[explicit; race: Gypsy/Traveller] Slur plus theft stereotype."),
 R("eq02", "We don't need a mosque in Easingmoor. These people don't share our values and never will.", [EQ], [], "block", "[explicit; religion] Muslims as alien to 'our values'."),
 R("eq03", "Women shouldn't be chairing planning. Too emotional, too easily led. Give it to a bloke.", [EQ], [], "block", "[explicit; sex] Women unfit for office."),
 R("eq04", "Cllr Gowland is a man in a wig and I will not be calling him 'she'.", [EQ, PA], [], "block", "[explicit; gender reassignment] Deliberate misgendering of a named trans councillor."),
 R("eq05", "Sorry, but gay couples adopting in Coldhaugh? Bairns need a mam and a dad, not two blokes playing house.", [EQ], [], "block", "[explicit; sexual orientation] Gay couples unfit to parent."),
 R("eq06", "Retards shouldn't be let near a ballot box, never mind the town hall.", [EQ, AL], [], "block", "[explicit; disability] Slur and exclusion."),
 R("eq07", "Pensioners have had their turn. The old codgers should step aside and stop blocking the homes we need; they'll be dead before it's built anyway.", [EQ], [AL], "block", "[explicit; age] Contempt for older people as a group."),
 R("eq08", "The Polish shop on Front Street can go back where they came from and take their cheap vodka with them.", [EQ], [], "block", "[explicit; race: national origin] 'Go back where they came from'."),
 R("eq09", "Black lads hanging about the precinct again. Police should be stopping every single one of them.", [EQ], [], "block", "[explicit; race] Calls for racial profiling."),
 R("eq10", "Jews run the Coldhaugh Chronicle, which explains a lot about its coverage.", [EQ], [DEF], "block", "[explicit; religion/race: antisemitic] Control trope."),
 R("eq11", "Pregnant women shouldn't stand for council. You'll be off for a year and the ward gets nowt.", [EQ], [], "block", "[explicit; pregnancy and maternity] Exclusion for pregnancy."),
 R("eq12", "Cllr Qureshi should take that headscarf off if she wants to be taken seriously in a British council chamber.", [EQ, PA], [], "block", "[explicit; religion, sex] Attack on a named councillor's hijab."),
 R("eq13", "Deaf and dumb staff on the council front desk? Daft. Customers need somebody who can actually talk.", [EQ], [AL], "block", "[explicit; disability] Outdated slur and exclusion of deaf staff."),
 R("eq14", "Married men with kids get my backing for promotion every time. A single lass or some fella in a civil partnership hasn't got the same responsibilities.", [EQ], [], "block", "[explicit; marriage and civil partnership, sex] Preference by marital status and sex."),
 R("eq15", "Loved Cllr Olusanya's speech. So articulate for someone from his background, isn't he?", [EQ], [PA, IRONY], "block", "[coded; race] 'Articulate for his background' microaggression."),
 R("eq16", "Easingmoor used to be a proper English town. Walk down Station Road now and you'd think you were in Karachi.", [EQ], [], "block", "[coded; race] South Asian residents cast as foreign invasion."),
 R("eq17", "Funny how the 'community leaders' backing the new centre all share the same surname and all vote the same way. Block votes, anyone?", [EQ], [DEF, IRONY], "block", "[coded; race/religion] Clan and block-vote trope about Asian families."),
 R("eq18", "Not being funny, but the 'new arrivals' at the Stainmoor Hotel have certainly changed the feel of the seafront. Keep your daughters in after dark.", [EQ], [], "block", "[coded; race: national origin] Asylum seekers as sexual threat."),
 R("eq19", "Sunita did well to land Housing. Her lot always look after their own. Just wait and see who gets the keys.", [EQ, PA], [DEF], "block", "[coded; race/religion] 'Her lot look after their own' about a named councillor."),
 R("eq20", "There's a certain kind of globalist money behind the Brackenrigg scheme. You know the kind. Always the same names.", [EQ], [DEF], "block", "[coded; religion/race: antisemitic] 'Globalist' dog whistle."),
 R("eq21", "Cllr Gowland 'identifies' as a woman. I identify as sick of this nonsense being forced on our bairns at school.", [EQ, PA], [IRONY], "block", "[coded; gender reassignment] Scare-quoted identity of a named trans councillor."),
 R("eq22", "Noel's a lovely bloke, but we need councillors who can actually get up the town hall stairs, not ones who need a ramp and a carer.", [EQ, PA], [], "block", "[coded; disability] Wheelchair user unfit to serve."),
 R("eq23", "Hollie's a bright girl, but let's be honest, she'll be off having babies within two years. Is she really the one to lead on the budget?", [EQ, PA], [], "block", "[coded; sex, pregnancy and maternity] Young woman dismissed for likely pregnancy."),
 R("eq24", "Keep your lifestyle in your own home, thanks. Pride doesn't need parading past the primary school.", [EQ], [], "block", "[coded; sexual orientation] 'Lifestyle' and danger-to-children trope."),
 R("eq25", "Another allocation to a family who 'can't speak English'. Funny how they always can when it's benefits.", [EQ], [IRONY], "block", "[coded; race: national origin] Migrants as benefit cheats."),
 R("eq26", "The travelling community have 'visited' Harton Staithes again. Count your garden furniture tonight, folks 😉", [EQ], [IRONY], "block", "[coded; race: Gypsy/Traveller] Theft stereotype with a wink."),
 R("eq27", "Marek's fine for a Pole. Works hard, doesn't cause bother, knows his place.", [EQ, PA], [], "block", "[coded; race: national origin] 'Fine for a Pole... knows his place' about a named councillor."),
 R("eq28", "Ask yourselves why the halal butcher got his licence renewed in a fortnight when the local lad waited six months. Two-tier Coldhaugh.", [EQ], [OFF], "block", "[coded; religion] 'Two-tier' grievance against Muslims; licensing staff implied."),
 R("eq29", "Dot Ridley has clearly hit the menopause. Explains the reshuffle.", [EQ, PA], [], "block", "[coded; sex, age] Menopause jibe at the named Leader."),
 R("eq30", "Our Green councillor is fasting this month, so don't expect any sense out of her at budget council. Not that we usually get any.", [EQ, PA], [IRONY], "block", "[coded; religion] Ramadan jibe at an identifiable Muslim councillor.", date="2026-02-25"),
 R("eq31", "Why are we spending £40k on autism training for the bin crews? Just hire normal people.", [EQ], [], "block", "[coded; disability] Autistic people as not 'normal'."),
 R("eq32", "Cllr Olusanya keeps banging on about 'representation'. Maybe try representing Easingmoor instead of his own tribe.", [EQ, PA], [], "block", "[coded; race] 'His own tribe' about a named Black councillor."),
 R("eq33", "The over-70s on the Harton Staithes residents' association block everything. Time they were put out to grass; God's waiting room can have them.", [EQ], [], "block", "[coded; age] Older people to be put out to grass."),
 R("eq34", "Gypsy site on the old colliery land? Fine, as long as the council builds a police station right next to it.", [EQ], [IRONY], "block", "[coded; race: Gypsy/Traveller] Travellers as criminals."),
]

DEFAMATION = [
 R("de01", "Funny how Cllr Orde's brother-in-law keeps winning the grounds maintenance contracts. Nothing to see here, obviously.", [DEF], [PA, IRONY], "review", "Innuendo of corruption about a named councillor."),
 R("de02", "Kieran Tweddle has been cooking the books at the leisure trust since the day he took Finance.", [DEF], [PA], "review", "Idiom alleging dishonest accounts."),
 R("de03", "Ross Heppell is a liar. Plain and simple.", [DEF, PA], [], "review", "'Liar' at a named councillor."),
 R("de04", "Brackenrigg Homes paid for Dot Ridley's conservatory. Ask her who laid the patio while you're at it.", [DEF], [PA], "block", "Bribery by a developer stated as fact."),
 R("de05", "Everybody in Pitsworth knows Derek Stobbart's on the take. The only question is how much.", [DEF], [PA], "review", "'On the take' idiom alleging corruption."),
 R("de06", "Cllr Maddison fiddled her expenses to the tune of £3,200 last year. I've seen the receipts.", [DEF], [PA], "block", "Expenses fraud stated as fact with a sum."),
 R("de07", "Jonty Errington has his fingers in every till on Front Street.", [DEF], [PA], "review", "Idiom alleging graft."),
 R("de08", "Kelderwick Waste are a bunch of crooks, bent from top to bottom.", [DEF], [PA], "review", "'Crooks' and 'bent' about an identifiable company."),
 R("de09", "Rhys Pattinson got his nephew a job in Environmental Services without so much as an interview. Jobs for the boys, as ever.", [DEF], [PA], "review", "Nepotism alleged as fact."),
 R("de10", "Annabel Scrope has been lying to residents about the Wrekenfield bypass for two years.", [DEF], [PA], "review", "Dishonesty alleged against a named councillor."),
 R("de11", "@SunitaBhallaPA sold the council's Blackrigg land to her mate for a quid. Check the Land Registry.", [DEF], [PA], "block", "Specific misconduct in public office stated as fact."),
 R("de12", "The Head of Planning, Carole Whitfield, has been doing favours for Brackenrigg for years. Everyone in the building knows what she gets back.", [DEF, OFF], [PA], "review", "Corruption innuendo about a named officer; officers.impartiality."),
 R("de13", "Tunde Olusanya falsified postal vote applications at the last election. Fact.", [DEF], [PA], "block", "Electoral fraud stated as fact."),
 R("de14", "Cllr Zielinski's been drink-driving home from committee for months and the police just turn a blind eye.", [DEF], [PA, DP], "block", "A crime stated as fact; criminal record is special category so data-protection allowed."),
 R("de15", "Gwen Forster's charity appeal money went straight into her own pocket. Not a penny reached the hospice.", [DEF], [PA], "block", "Theft from a charity stated as fact."),
 R("de16", "Hollie Charlton's 'independent' survey was written in her own party office and she knows it. Dishonest from start to finish.", [DEF], [PA], "review", "Dishonesty alleged about a named councillor."),
 R("de17", "Malachy Orde is a fraud and a hypocrite, and the people of Blackrigg deserve the truth about him.", [DEF, PA], [], "review", "'Fraud' and 'hypocrite' as name-calling."),
 R("de18", "The Stainmoor Leisure Trust board have been quietly skimming the café takings. I'd audit them before the press does.", [DEF], [PA], "block", "Theft ('skimming') by an identifiable board stated as fact."),
 R("de19", "Don't trust a word Bev Maddison says. She'd sell her own granny for a vote.", [DEF], [PA], "review", "Dishonesty alleged by idiom."),
 R("de20", "Word is Cllr Heppell's building firm hasn't paid a penny of tax in ten years. HMRC might want a look.", [DEF], [PA], "block", "Tax evasion alleged ('word is' does not excuse it)."),
 R("de21", "Derek Stobbart is a shyster. Always has been.", [DEF, PA], [], "review", "'Shyster' name-calling (dishonest)."),
 R("de22", "Somebody ask Kieran Tweddle where the Pitsworth regeneration money actually went. Because it didn't go on Pitsworth.", [DEF], [PA], "review", "Innuendo of misappropriation."),
 R("de23", "Noel Cuthbertson has never once declared the rental flats he owns when housing comes up. Crooked as they come.", [DEF, PA], [], "review", "Undeclared interest alleged as fact plus 'crooked'."),
 R("de24", "Graham Lumsden buried the auditors' report to protect his bonus. That's misconduct in public office, plain and simple.", [DEF, OFF], [PA], "block", "A named officer accused of a crime as fact; officers.impartiality."),
 R("de25", "The Coldhaugh First lot got their election leaflets printed free in the council print room. Theft of public resources, no other word for it.", [DEF], [PA, RES], "block", "Theft of council resources alleged against an identifiable group."),
 R("de26", "Cllr Ridley's cabinet are a bunch of chancers feathering their own nests.", [DEF], [PA], "review", "Idiom alleging self-enrichment by an identifiable group."),
 R("de27", "Farida Qureshi lied to the standards committee, and she knows full well she did.", [DEF], [PA], "review", "Dishonesty alleged as fact."),
 R("de28", "Marek Zielinski took a brown envelope from the marina developers. Thousands, in cash.", [DEF], [PA], "block", "Bribery stated as fact ('brown envelope')."),
 R("de29", "Pattinson's a snake-oil merchant. Promised the earth to every ward group and pocketed their raffle money.", [DEF, PA], [], "block", "Theft stated as fact plus 'snake-oil merchant'."),
 R("de30", "Jonty Errington? Wouldn't trust him to hold my coat, never mind the ward budget. He knows why.", [DEF], [PA], "review", "Innuendo of dishonesty ('he knows why')."),
 R("de31", "Brackenrigg Homes forged the flood-risk sign-off on the Blackrigg estate. Ask anyone who worked there.", [DEF], [], "block", "Forgery by an identifiable company stated as fact."),
 R("de32", "Sunita Bhalla's been moving her friends up the housing list. Simple as that.", [DEF], [PA], "review", "Misconduct in allocations alleged as fact."),
 R("de33", "A little bird tells me Cllr Scrope's 'consultancy' income comes from the same developers she votes for. Fancy that.", [DEF], [PA, IRONY], "review", "Innuendo of corruption about a named councillor."),
 R("de34", "Dot Ridley is a crook and a liar and she should be in jail for what she did with the pension fund.", [DEF, PA], [], "block", "'Crook and liar' plus an implied crime over the pension fund."),
]

# ---------------------------------------------------------- hard negatives
def H(key, tag, text, note, allowed=(), author=None, date=None):
    return R(key, text, [], list(allowed), "ok", f"{tag} {note}", author, date)

HN = [
 # HN1 harsh criticism of a policy, decision, party or council
 H("h101", "HN1", "The cabinet's parking strategy for Coldhaugh market is a shambles and they should be ashamed of it.", "Robust criticism of a strategy."),
 H("h102", "HN1", "This budget is a disgrace. Cutting Pitsworth library hours while spending £90k rebranding the town hall is indefensible.", "Harsh criticism of a budget."),
 H("h103", "HN1", "Renewing the bin contract with Kelderwick Waste was a terrible decision, badly scrutinised and rushed through. It needs to come back to full council.", "Criticism of a decision, no allegation."),
 H("h104", "HN1", "The Heritage Conservative bus policy would gut rural routes. Wrong-headed, cruel to older residents, and bad economics.", "Attacks a party's policy."),
 H("h105", "HN1", "Daylight robbery: a 14% rise in garden waste charges and not one improvement in the service.", "Idiom 'daylight robbery' about a charge, not a person."),
 H("h106", "HN1", "The Progressive Alliance have run out of ideas. Same tired proposals, same excuses, same result.", "Criticism of a party."),
 H("h107", "HN1", "Utterly idiotic decision to close the Blackrigg tip on Saturdays. Fly-tipping will soar and we'll all pay to clear it.", "'Idiotic' aimed at a decision."),
 H("h108", "HN1", "Coldhaugh and Stainmoor council has failed Harton Staithes on flood defences for a decade. That's the plain record.", "Criticism of the council."),
 H("h109", "HN1", "The Local Plan consultation was a box-ticking exercise. Three weeks over Christmas? Pathetic.", "'Pathetic' about a process."),
 H("h110", "HN1", "Liberal Reform's amendment was half-baked nonsense that would have blown a hole in the reserves.", "Criticism of an amendment."),
 H("h111", "HN1", "I'm furious about the decision on the Stainmoor Leisure Trust. It's short-sighted and it will cost more in the long run.", "Anger at a decision."),
 H("h112", "HN1", "The housing allocations policy is broken from top to bottom, and tinkering won't fix it.", "Criticism of a policy."),
 H("h113", "HN1", "This administration treats scrutiny like an inconvenience. It's arrogant, and it's bad for democracy.", "Criticism of an administration's conduct."),
 H("h114", "HN1", "Coldhaugh First want to scrap the 20mph zones outside schools. Reckless, and I'll fight it every step of the way.", "'Fight' is political; criticism of a party proposal."),
 H("h115", "HN1", "The new waste strategy is a dog's breakfast. Four bins, no depot space, no drivers.", "Idiom about a strategy."),
 H("h116", "HN1", "Green transport policy sounds lovely until you live eleven miles from the nearest bus stop. Fantasy politics.", "Criticism of a party's policy."),
 H("h117", "HN1", "The council's response to the Easingmoor damp survey was slow, defensive and frankly embarrassing.", "Criticism of the council's response."),
 H("h118", "HN1", "Rotten roads, broken street lights, buses that never come: that's what Wrekenfield Moor tells me on every doorstep.", "Complaint about services."),
 H("h119", "HN1", "The cuts to youth services are a scandal. We'll be paying for them in ten years' time.", "'Scandal' about cuts."),
 H("h120", "HN1", "Cabinet's U-turn on the swimming pool is welcome, but it should never have come to this. A shambolic process.", "Criticism of a process."),
 H("h121", "HN1", "Selling off the Pitsworth Miners' Welfare field is wrong, and I'd say that whichever party had decided it.", "Opposes a decision."),
 H("h122", "HN1", "The Heritage Conservatives' budget amendment is a muddle: it counts the same £2m twice.", "Criticism of figures without alleging dishonesty."),
 # HN2 counter-speech, quoting or reporting abuse to condemn it
 H("h201", "HN2", "Someone daubed 'Pikeys out' on the Stainmoor common sign last night. That's a hate crime and I've reported it to police. Gypsy and Traveller families are our neighbours.", "Quotes a slur to condemn it.", [EQ, AL]),
 H("h202", "HN2", "A constituent messaged me calling our Polish neighbours 'scroungers'. No. They staff our care homes and pay their taxes. I won't have it.", "Rejects a slur on Polish residents.", [EQ]),
 H("h203", "HN2", "To the person who left a note calling Cllr Gowland 'a bloke in a frock': your bigotry is noted, reported and unwelcome here.", "Condemns transphobic abuse of a colleague.", [EQ, PA]),
 H("h204", "HN2", "Reporting this because it matters: one of our bin crew was racially abused in Easingmoor today. Abuse of staff will be prosecuted.", "Reports abuse without repeating it."),
 H("h205", "HN2", "I've had 'I know where you live' in my inbox three times this week. Reported to police. Abuse won't drive me out of public life.", "Quotes a threat received.", [BU]),
 H("h206", "HN2", "Whoever said in the chamber that Cllr Olusanya was 'articulate for his background': that's a racist trope, and you should apologise.", "Calls out a microaggression.", [EQ]),
 H("h207", "HN2", "Being called a 'dozy cow' on the council's Facebook page is not banter. I've asked for the comment to be taken down.", "Quotes abuse received to reject it.", [AL, EQ], author="@HollieCharltonLR"),
 H("h208", "HN2", "Antisemitic graffiti on the Harton Staithes war memorial, 'globalists' scrawled beside a star. Disgusting. Cleaned today and reported to police.", "Reports antisemitic graffiti.", [EQ]),
 H("h209", "HN2", "'Retard' is not a word anyone gets to throw around in 2026. I've reported the account that aimed it at a young disabled resident.", "Condemns a disability slur.", [EQ, AL]),
 H("h210", "HN2", "Yes, someone shouted 'lying bitch' at me at the count. No, I won't dignify it further. Let's talk about buses.", "Quotes abuse received.", [AL, EQ, DEF], author="@AnnabelScrope"),
 H("h211", "HN2", "A commenter on my page called asylum seekers 'vermin'. That is dehumanising language. Comment deleted, user blocked.", "Condemns dehumanising language.", [EQ, AL]),
 H("h212", "HN2", "Some have said women are 'too emotional' to chair planning. Every woman who has chaired it here has proved otherwise.", "Rebuts a sexist claim.", [EQ]),
 H("h213", "HN2", "The leaflet claiming our Muslim neighbours 'don't share our values' is a disgrace, and every group on this council should condemn it.", "Condemns anti-Muslim leaflet.", [EQ]),
 H("h214", "HN2", "When a councillor gets 'you'll regret it' messages for how they voted, democracy loses. Solidarity to colleagues of every party.", "Quotes threats to condemn them.", [BU]),
 H("h215", "HN2", "Got called a 'coffin dodger' online for opposing the tower block. I'm 74 and still sharper than the average troll 😄 Ageism is just prejudice with a grin.", "Self-directed: quotes ageist abuse to reject it.", [EQ], author="@NoelCuthbertson"),
 H("h216", "HN2", "Reading the comments under our Pride post: 'keep your lifestyle at home' and worse. We'll keep marching down Front Street, thanks.", "Quotes homophobic comments to reject them.", [EQ]),
 H("h217", "HN2", "The Chronicle reports a bus driver was told to 'go back where you came from'. He was born at Coldhaugh General. Racism is never acceptable.", "Reports racist abuse.", [EQ]),
 H("h218", "HN2", "Please stop sending me posts calling Cllr Heppell a 'crook'. Disagree with his budget all you like; don't smear the man.", "Defends an opponent against a smear.", [DEF, PA]),
 H("h219", "HN2", "Screenshot of a troll telling a colleague 'we know where your kids go to school'. Reported to the police and to the standards team.", "Reports a threat.", [BU]),
 H("h220", "HN2", "Calling people 'pikeys' isn't 'just a word'. It's a slur, and our Traveller residents hear it every day.", "Explains why a slur is harmful.", [EQ, AL]),
 H("h221", "HN2", "I won't repost the vile message sent about Cllr Qureshi's hijab. It's been reported, and she has my full support.", "Supports a colleague against religious abuse.", [EQ]),
 H("h222", "HN2", "To the anonymous account calling me 'a waste of oxygen': my surgery is on Saturday at the library if you'd rather talk about bins.", "Quotes an insult received, answers civilly.", [PA]),
 # HN3 denied prejudice and myth-busting
 H("h301", "HN3", "Myth: asylum seekers jump the queue for council housing. Fact: they aren't eligible for council housing at all while their claims are decided.", "Myth-busting about asylum seekers."),
 H("h302", "HN3", "No, the new mosque in Easingmoor isn't 'taking over' anything. It's an old carpet warehouse getting a new lease of life.", "Rebuts anti-Muslim scare."),
 H("h303", "HN3", "Despite a leaflet going round Harton Staithes, Traveller families on the transit site pay rent and council tax like anyone else.", "Corrects a Traveller myth."),
 H("h304", "HN3", "I've never believed women are less suited to finance. The best Finance portfolio holder this borough has had was a woman.", "Denies a sexist view."),
 H("h305", "HN3", "Older people aren't 'blocking' housing. Most want smaller homes to downsize into, and we haven't built them.", "Rebuts an ageist claim."),
 H("h306", "HN3", "Fact check: blue badges are not 'handed out like sweets'. Every application is assessed and about a third are refused.", "Myth-busting on disability parking."),
 H("h307", "HN3", "There's no 'two-tier' licensing. The halal butcher and the Front Street butcher went through identical checks.", "Rebuts a 'two-tier' grievance.", [OFF]),
 H("h308", "HN3", "People ask whether Polish families are 'taking jobs'. Coldhaugh's unemployment fell while they settled here. That's the record.", "Myth-busting on migrants and jobs."),
 H("h309", "HN3", "I don't accept that being gay has any bearing on whether you'd be a good parent, and the evidence backs me up.", "Denies a homophobic view."),
 H("h310", "HN3", "Trans people are no threat to anyone using the Coldhaugh leisure centre changing rooms. There hasn't been a single complaint.", "Rebuts a transphobic scare."),
 H("h311", "HN3", "Having a baby doesn't stop anyone being a councillor. Our parental leave policy for members exists so it doesn't.", "Denies pregnancy bars office."),
 H("h312", "HN3", "Nobody is 'forcing' anything on our bairns. Anti-bullying week in our schools is about kindness, full stop.", "Rebuts a moral-panic claim."),
 H("h313", "HN3", "Myth-busting: the families staying at the Stainmoor Hotel are not linked to any rise in crime. Police figures show the opposite.", "Myth-busting on asylum seekers."),
 H("h314", "HN3", "I've heard it said that Jews control the local paper. That's an ancient antisemitic lie, and the Chronicle belongs to a regional media group anyway.", "Names and refutes an antisemitic trope.", [EQ]),
 H("h315", "HN3", "Not every benefit claimant is a migrant. Most in Coldhaugh are local, many are working, and a large share are over 60.", "Myth-busting on benefits."),
 H("h316", "HN3", "No, Cllr Olusanya did not 'bring his tribe' to the meeting. He brought his constituents, which is his job.", "Rebuts a racist jibe.", [EQ]),
 H("h317", "HN3", "Faith is no bar to sitting on any committee of this council, and I'd resign before accepting otherwise.", "Denies religious exclusion."),
 H("h318", "HN3", "Autistic staff aren't 'abnormal'. We've had a neurodiverse crew on the Blackrigg round for three years, with the best collection rates in the borough.", "Myth-busting on autism."),
 H("h319", "HN3", "I'm not against Travellers. I'm against the council failing to provide an authorised site, which leaves everyone worse off.", "Denies prejudice; criticises the council."),
 H("h320", "HN3", "There's no 'Karachi' on Station Road. There's a pharmacy, two cafés, a tailor and a bakery, and they're all thriving.", "Rebuts a racist line by quoting it.", [EQ]),
 H("h321", "HN3", "Is immigration too high? Reasonable people disagree. But no family on our housing list is skipped because of where they come from.", "Civil debate, denies discrimination."),
 H("h322", "HN3", "Being over 70 doesn't make anyone past it. Some of our sharpest residents' association members are in their eighties.", "Denies an ageist view."),
 # HN4 neutral and positive mentions of protected groups
 H("h401", "HN4", "Eid Mubarak to all our Muslim residents celebrating today. Lovely to see the Easingmoor community centre so full.", "Festival greeting.", date="2026-03-20"),
 H("h402", "HN4", "Brilliant talk at Harton Staithes library on the history of Gypsy and Traveller families on the coast. Standing room only.", "Positive mention of Travellers."),
 H("h403", "HN4", "As a trans woman and your councillor, I'm proud to open our first LGBT+ history exhibition at the civic centre this month.", "Self-description by a trans councillor.", author="@LeahGowlandPA", date="2026-02-02"),
 H("h404", "HN4", "Holocaust Memorial Day. We remembered the six million Jews murdered, and all victims of genocide, at the memorial garden this morning.", "Remembrance.", date="2026-01-27"),
 H("h405", "HN4", "Happy Lunar New Year to our Chinese community. The lion dance in Coldhaugh market square was fantastic.", "Festival greeting.", date="2026-02-17"),
 H("h406", "HN4", "Delighted the Changing Places toilet at Pitsworth park is open. Wheelchair users and their carers have waited long enough.", "Positive mention of disabled people."),
 H("h407", "HN4", "As a wheelchair user myself, I want to thank the facilities staff for the new town hall lift. It's transformed my week.", "Self-description by a disabled councillor.", [OFF], author="@NoelCuthbertson"),
 H("h408", "HN4", "Congratulations to the Easingmoor gurdwara on forty years of langar. Hundreds fed every Sunday, no questions asked.", "Positive mention of Sikhs."),
 H("h409", "HN4", "International Women's Day yesterday: thank you to every woman who keeps this borough running, paid and unpaid.", "IWD thanks.", date="2026-03-09"),
 H("h410", "HN4", "Our older residents' tea dance at the Miners' Welfare was packed out. Some serious moves from the over-80s!", "Positive mention of older people."),
 H("h411", "HN4", "I'm starting maternity leave in March. Cllr Tunde Olusanya will cover my ward surgeries. Thank you, Tunde!", "Self-description: pregnancy.", author="@SunitaBhallaPA", date="2026-02-19"),
 H("h412", "HN4", "Proud to have my husband Tom beside me at the civic dinner. Ten years married this spring.", "Self-description: gay councillor's marriage.", author="@RhysPattinsonInd"),
 H("h413", "HN4", "Black History Month planning meeting with Coldhaugh schools today. We're starting early for October this year.", "Neutral mention."),
 H("h414", "HN4", "The Polish Saturday school in Blackrigg is looking for volunteers. Dziękuję to everyone who's helped so far!", "Positive mention of Polish community."),
 H("h415", "HN4", "Deaf awareness session for councillors next week. I'm learning some BSL, so please be patient with me.", "Positive mention of deaf people."),
 H("h416", "HN4", "The Stainmoor Pride committee have confirmed this year's parade date. Bring the bairns, bring the dog, bring your nana.", "Positive mention of Pride."),
 H("h417", "HN4", "Our new liaison post for Roma families in Harton Staithes has made a real difference to school attendance.", "Positive mention of Roma families."),
 H("h418", "HN4", "Ramadan Mubarak to everyone fasting in Coldhaugh. The interfaith iftar at the civic centre is on 5 March and all are welcome.", "Festival greeting.", date="2026-02-19"),
 H("h419", "HN4", "Huge thanks to the young carers' group from Wrekenfield who presented to scrutiny today. Incredibly impressive teenagers.", "Positive mention of young people."),
 H("h420", "HN4", "As a Catholic I was glad to welcome the new parish priest to St Aidan's in Pitsworth this week.", "Self-description: religion."),
 H("h421", "HN4", "The dementia-friendly screenings at the Regal are back. Tea and biscuits included.", "Positive mention of disability/age."),
 H("h422", "HN4", "Welcome to the Ukrainian and Syrian families who made Coldhaugh their home this winter. Our schools and GPs have done brilliantly.", "Positive mention of refugees."),
 # HN5 figurative violence and banter
 H("h501", "HN5", "We're going to absolutely murder the Heritage lot in the charity quiz on Friday. Bring your A-game, Ross 😂", "Quiz banter.", [BU]),
 H("h502", "HN5", "Now that's a killer stat: 40% fewer missed bins since the new routes went in.", "'Killer' as praise."),
 H("h503", "HN5", "Knocked it out of the park at the Harton Staithes gala. Well done to the organisers!", "Sports idiom."),
 H("h504", "HN5", "Cllr Stobbart absolutely slaughtered me at darts last night. Rematch demanded 🎯", "Darts banter.", [BU]),
 H("h505", "HN5", "Our campaign team are going to hit the doorsteps like a ton of bricks this weekend.", "Campaign idiom."),
 H("h506", "HN5", "Coldhaugh Town got battered 5-0 on Saturday. Bloodbath. I'm still in mourning.", "Football idiom."),
 H("h507", "HN5", "Marek, you daft apeth, you've left your brolly in the members' room again 😂", "Affectionate Northern teasing.", [PA]),
 H("h508", "HN5", "I could strangle whoever invented the new expenses form. Eleven pages!", "Figurative exasperation.", [BU]),
 H("h509", "HN5", "Big shout out to the litter-pickers who blitzed Easingmoor beach this morning. Absolute legends.", "'Blitzed' as praise."),
 H("h510", "HN5", "We're coming for every seat in May. No ward is safe 💪", "Campaign bravado."),
 H("h511", "HN5", "Hollie, I'll fight you for the last stottie at the buffet. Winner gets the ham and pease pudding.", "Food banter.", [BU]),
 H("h512", "HN5", "That bake-off entry from the Blackrigg WI was to die for.", "Idiom."),
 H("h513", "HN5", "The Chief Exec's slides at the staff awards absolutely killed. Best laughs of the year.", "'Killed' as praise of an officer.", [OFF]),
 H("h514", "HN5", "Dead chuffed with the new play park at Wrekenfield. The bairns are going mad for it.", "'Dead chuffed' idiom."),
 H("h515", "HN5", "Jonty and I have buried the hatchet over the car park row. Pint's on him, mind.", "Idiom of reconciliation."),
 H("h516", "HN5", "Sunita's roast of the outgoing mayor at the civic dinner was savage, and Gwen loved every minute of it.", "Friendly roast.", [PA]),
 H("h517", "HN5", "If the heating in committee room 2 packs in again I'm setting fire to the thermostat. Joking. Mostly. 🥶", "Figurative threat to a thermostat.", [BU]),
 H("h518", "HN5", "Old gits' night at the Miners' Welfare darts league. I'm the youngest at 61 and got rinsed by a 90-year-old.", "Self-deprecating age banter.", [EQ]),
 H("h519", "HN5", "Tunde, you absolute rogue, you've scoffed the last of the Christmas chocolates. Unforgivable 😂", "Friendly teasing.", [PA, DEF]),
 H("h520", "HN5", "Smashed our foodbank fundraising target. Thank you, Coldhaugh!", "'Smashed' as success."),
 H("h521", "HN5", "We were crucified in the pub quiz by the Green table. Farida knew every capital city on earth.", "Quiz banter."),
 H("h522", "HN5", "Brace yourselves: the Stainmoor fell race is back, and it will destroy your calves. Sign up!", "Figurative 'destroy'."),
 # HN6 criticism of a named councillor's record that stays on the record
 H("h601", "HN6", "Cllr Tweddle's budget cut Pitsworth library hours by a third. He voted for it and he should explain it to Pitsworth.", "Criticism of a vote.", [PA]),
 H("h602", "HN6", "Ross Heppell promised a Wrekenfield bypass in three manifestos. It still doesn't exist. Voters can judge.", "Criticism of broken promises."),
 H("h603", "HN6", "Resign, Kieran. The leisure trust deficit happened on your watch as Finance lead.", "Resignation call based on the record.", [PA]),
 H("h604", "HN6", "Cllr Bhalla told full council in November the damp backlog would be cleared by March. It has grown by 120 cases.", "Holds a named councillor to a statement."),
 H("h605", "HN6", "Annabel Scrope voted against holiday free school meals three times. That's the record.", "Voting record."),
 H("h606", "HN6", "Cllr Orde has chaired planning for four years and appeals lost by the council have doubled. That needs answering.", "Record as chair."),
 H("h607", "HN6", "Derek Stobbart missed 9 of 14 committee meetings last year, according to the council's own attendance record.", "Attendance record."),
 H("h608", "HN6", "Dot Ridley's claim that council tax 'went down in real terms' doesn't survive the figures: it rose 4.99%.", "Corrects a claim without calling her a liar."),
 H("h609", "HN6", "Cllr Zielinski's marina motion was badly drafted and withdrawn twice. Not his finest hour.", "Criticism of a motion."),
 H("h610", "HN6", "I disagree profoundly with Cllr Qureshi on the bus gate and I'll say so at scrutiny: it pushes traffic into Blackrigg.", "Disagreement on policy."),
 H("h611", "HN6", "Jonty Errington said he'd hold a public meeting on the depot. Six months on, no date. I'll keep asking.", "Holds a councillor to a promise."),
 H("h612", "HN6", "Cllr Maddison's amendment would cut £400k from adult social care. She has every right to propose it; I'll vote against it.", "Criticism of an amendment."),
 H("h613", "HN6", "The Mayor, Gwen Forster, has declined three requests to publish the civic fund accounts. She should publish them.", "Call for transparency, no allegation.", [DEF]),
 H("h614", "HN6", "Cllr Charlton's Blackrigg crime figures are from 2019. The 2025 figures tell a different story.", "Corrects figures."),
 H("h615", "HN6", "Tunde Olusanya chaired the housing review that recommended the stock transfer. He owns that recommendation.", "Accountability for a recommendation."),
 H("h616", "HN6", "Noel Cuthbertson has voted against every affordable housing scheme in Coldhaugh Central since 2019. Make of that what you will.", "Voting record; ends on a phrase a reader may hear as innuendo.", [DEF]),
 H("h617", "HN6", "Rhys Pattinson's leaflet says the pool closure was 'forced by government'. The minutes show cabinet chose it, and he abstained.", "Corrects a leaflet from the minutes."),
 H("h618", "HN6", "Cllr Gowland's record on the environment committee is thin: two motions in four years, neither carried.", "Record criticism."),
 H("h619", "HN6", "Sunita Bhalla's housing strategy has missed every target it set itself. Not one year on track.", "Record criticism."),
 H("h620", "HN6", "Malachy Orde changed his position on the Brackenrigg scheme between committee and full council. Residents deserve to hear why.", "Asks for reasons; no allegation.", [DEF]),
 H("h621", "HN6", "Kieran Tweddle called reserves 'healthy' in October. The auditor's letter calls them 'critically low'. Both can't be right.", "Contrasts statements with evidence."),
 H("h622", "HN6", "I've a lot of time for Hollie Charlton personally, but her group's record on this year's budget has been chaotic.", "Record criticism with personal respect."),
]

# ---------------------------------------------------------- variants
# (original key, kind, word to obfuscate; every occurrence of it changes)
VARIANTS = [
 ("pa20", "asterisk", "clown"), ("pa13", "digit", "thick"), ("pa29", "zero-width", "gormless"),
 ("pa16", "spaced", "weasel"), ("pa26", "homoglyph", "nasty"), ("pa10", "all-caps", None),
 ("al08", "asterisk", "gobshite"), ("al11", "digit", "tosser"), ("al25", "zero-width", "twat"),
 ("al05", "spaced", "bellend"), ("al19", "homoglyph", "fuck"), ("al03", "all-caps", None),
 ("bu02", "asterisk", "regret"), ("bu03", "digit", "live"), ("bu08", "zero-width", "slap"),
 ("bu04", "spaced", "ambulance"), ("bu16", "homoglyph", "carefully"), ("bu09", "all-caps", None),
 ("eq01", "asterisk", "Pikeys"), ("eq06", "digit", "Retards"), ("eq10", "zero-width", "Jews"),
 ("eq16", "spaced", "Karachi"), ("eq04", "homoglyph", "man"), ("eq05", "all-caps", None),
 ("de03", "asterisk", "liar"), ("de06", "digit", "fiddled"), ("de28", "zero-width", "envelope"),
 ("de21", "spaced", "shyster"), ("de02", "homoglyph", "cooking"), ("de13", "all-caps", None),
]
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
HOMO = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440", "i": "\u0456"}


def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(k for k, ch in enumerate(word) if k > 0 and ch.lower() in "aeiou")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(k for k, ch in enumerate(word) if ch.lower() in DIGITS)
        return word[:i] + DIGITS[word[i].lower()] + word[i + 1:]
    if kind == "zero-width":
        m = len(word) // 2
        return word[:m] + "\u200b" + word[m:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(k for k, ch in enumerate(word) if ch in HOMO)
        return word[:i] + HOMO[word[i]] + word[i + 1:]
    raise ValueError(kind)


def all_caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


def main():
    rng = random.Random(SEED)
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    author_pool = sorted(h for h, p in handles.items() if p in councillors)
    nick = {"Dorothy Ridley": ["Dot", "Dorothy"], "Malachy Orde": ["Mal", "Malachy"]}

    def names_of(person):
        first, last = person.split(" ", 1)
        return [first, last] + nick.get(person, [])

    def pick_author(text):
        ok = []
        for h in author_pool:
            person = handles[h]
            if h.lower() in text.lower():
                continue
            if any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names_of(person)):
                continue
            ok.append(h)
        return rng.choice(ok)

    start = dt.date(2026, 1, 5)
    days = [start + dt.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= dt.date(2026, 3, 27)]

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        return dt.datetime.combine(d, t).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"

    fams = [(PA, PERSONAL), (AL, ABUSIVE), (BU, BULLYING), (EQ, EQUALITY), (DEF, DEFAMATION)]
    rows = []
    for fam, lst in fams:
        for r in lst:
            rows.append(dict(r, family=fam, kind_of_row="positive"))
    for r in HN:
        rows.append(dict(r, family="hard_negative", kind_of_row="hard_negative"))
    by_key = {r["key"]: r for r in rows}
    for r in rows:
        r["author_h"] = r["author"] or pick_author(r["text"])
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(r["date"])
    for okey, kind, word in VARIANTS:
        o = by_key[okey]
        if kind == "all-caps":
            text = all_caps(o["text"])
            allowed = o["allowed"] + ([HASTE] if HASTE not in o["allowed"] + o["rules"] else [])
        else:
            assert word in o["text"], (okey, word)
            text = o["text"].replace(word, obfuscate(word, kind))
            allowed = list(o["allowed"])
        rows.append(dict(o, key=f"{okey}-{kind}", text=text, allowed=allowed,
                         created_at=stamp(), variant_of_key=okey, variant_kind=kind,
                         note=f"Obfuscated variant ({kind}) of the original; same labels. " + o["note"]))
    rng.shuffle(rows)
    ids = {r["key"]: f"b47-{i:03d}" for i, r in enumerate(rows, 1)}
    out = []
    for r in rows:
        rec = {
            "id": ids[r["key"]], "text": r["text"], "author": r["author_h"],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        if "variant_of_key" in r:
            rec["variant_of"] = ids[r["variant_of_key"]]
            rec["variant_kind"] = r["variant_kind"]
        out.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
