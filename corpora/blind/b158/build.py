#!/usr/bin/env python3
"""Build the blind evaluation set b158 (abuse families) for Dunbrook Valleys District Council.

Every text, label and note below was written by hand for this set. The script
after the rows is deterministic (fixed seed): it reads the roster from
council.toml, picks authors, platforms and timestamps, makes the obfuscated
variants, shuffles, gives ids B158-0001.. and writes posts.jsonl.
Standard library only. `python3 build.py --map` also prints key -> id.
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

SET = "B158"
SEED = 158158
HERE = Path(__file__).resolve().parent

CODES = {
    "PA": "respect.personal-attack",
    "AL": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OFF": "officers.impartiality",
    "IRO": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SEC": "security.credentials",
    "PRE": "predetermination.closed-mind",
    "ADV": "position.improper-advantage",
    "INS": "confidentiality.insider-advantage",
    "HAS": "haste.pause-before-posting",
}
FAMILY_OF = {k: CODES[k] for k in ("PA", "AL", "BI", "EQ", "DF")}

ROWS = []


def R(key, text, rules="", allowed="", v=None, note="", by=None, plat=None, day=None, avoid=""):
    """One hand-written row. rules/allowed: space-separated short codes."""
    ROWS.append(dict(key=key, text=text, rules=rules.split(), allowed=allowed.split(), v=v,
                     note=note, by=by, plat=plat, day=day, avoid=avoid.split()))


# ---------------------------------------------------------------- respect.personal-attack
R("PA01", "Watched Rupert Halliwell 'answer' questions on the Madderley Mill overspend. Backbone of a wet teasel and a brain to match. Woolstaple Edge deserves better than this empty suit.",
  note="Insults at the Leader by name (wet teasel, empty suit), no swear word. The overspend itself is fair game: see HN6 {HN6_01}.")
R("PA02", "I've dealt with a lot of planning officers in nineteen years as a councillor but Ben Wickstead is something else. Arrogant, sneering, and can't be bothered to return a call to a pensioner whose garden wall is falling into Pitch Lane. A smug little jobsworth who thinks the valleys owe him a living.",
  rules="OFF", note="Named officer insulted (smug little jobsworth); officers expected.")
R("PA03", "Huge congratulations to @GillParfittEA on winning Most Clueless Finance Chief for the third year running 🏆👏 Nobody else could lose £2m down the back of the Woolhall sofa and still look that pleased with herself.",
  rules="IRO", note="Mock congratulation at the Deputy Leader; irony expected. Losing money is incompetence, not dishonesty, so no defamation.")
R("PA04", "@OllyPeglerEA you're a spoilt little boy playing at being a councillor. Run along back to daddy's farm shop and leave the budget to people who've had a job.",
  allowed="EQ", note="Belittling a 23-year-old colleague; equality (age) allowed for 'little boy', but the insult is personal rather than about age as such. Compare EQ {EQ17}.")
R("PA05", "Clive Marchant stood up in Kestlecombe village hall on Tuesday and talked for forty minutes without saying a single thing. The man's a mommet. Stuff him with straw, stand him in the top field and nobody would notice the difference. Dim as a ditch in Pennycombe Bottom.",
  note="Dialect insult: 'mommet' is a Gloucestershire scarecrow. HN5 {HN5_25} uses the same word about the writer himself.")
R("PA06", "Tamsin Rook is the most sanctimonious, self-righteous bore ever to sit in Teasel House. Nobody can stand her, not even her own group.",
  note="Personal attack with no reference to her being trans; contrast {EQ03} and {EQ22}.")
R("PA07", "Alexandra Thorne MP turned up to the Fulling Bottom flood meeting for eleven minutes, had her photo taken in brand new wellies and left. Vain, shallow, utterly useless.",
  note="The MP (a public office holder) insulted as a person: vain, shallow, useless. HN6 {HN6_25} makes the same point about her absence civilly.")
R("PA08", "Alistair Brimble is paid £148k a year to be a coward. Hides behind 'process' every single time. Wouldn't know leadership if it bit him on the backside.",
  rules="OFF", note="Chief Executive by name called a coward; officers expected. 'backside' is not obscene.")
R("PA09", "I've bitten my tongue for years but here goes. Gordon Fewster is a nasty, spiteful, poisonous old man, and Kestlecombe will be a kinder place the day he's gone. Nobody will miss him. Nobody.",
  v="block", allowed="EQ BI", note="Severe: wishing a colleague gone ('the day he's gone'); block. Bullying allowed (a wish, not a threat), equality allowed for 'old man'.")
R("PA10", "@HannahJefferiesGV you are thick. Genuinely thick. Read the report before you open your mouth next time, it's only 12 pages.",
  note="Short direct insult at a handle.")
R("PA11", "Annabel Fortey claims to care about housing. This is a woman who has never set foot in a flat on Tenter Court, who sneers at tenants at every meeting and who thinks 'affordable' means under half a million. Out of touch, arrogant, and a disgrace to Dyersbury Central.",
  note="Mixes record criticism with 'arrogant' and 'a disgrace' aimed at the person. HN6 {HN6_05} keeps to her attendance record.")
R("PA12", "Derek Hobbs 🤡🤡🤡 In charge of bins and couldn't organise a wassail in a cider orchard.",
  note="Clown emoji and ridicule at a named cabinet member; short.")
R("PA13", "I've tried to be civil about Saffron Aldridge for two years. I'm done. She's a preening, attention-seeking fantasist who'd sell her own group down the Dunbrook for a few likes.",
  allowed="DF", note="'fantasist' can be heard as calling her dishonest; defamation allowed.")
R("PA14", "Our Head of Planning couldn't spot a breach of condition if it parked on her own drive. Clueless, lazy and rude with it. Time she was moved on.",
  rules="OFF", note="Officer by role (Head of Planning) insulted and pushed out ('moved on'); officers expected.")
R("PA15", "To the Weavers crowing about the lido vote: your group leader Dennis Cratchley is a bitter old windbag who has spent thirty years shouting down anyone younger than him. He's not a champion of working people. He's a nasty piece of work with a loud voice.",
  allowed="EQ", note="'bitter old windbag', 'nasty piece of work'; equality allowed for 'old'. HN4 {HN4_13} is Dennis on his own age.")
R("PA16", "Simon Hathaway is a coward and a hypocrite. Voted for the Shearmill car park charges then hid from his own residents at the drop-in. Gutless.",
  note="'coward', 'hypocrite', 'gutless' at a named member. HN6 {HN6_13} corrects his figures civilly.")
R("PA17", "Wow @MayorMargaretT, what a speech at the war memorial yesterday. Truly inspiring how you managed to make a two-minute silence all about yourself. Never change, Madam Mayor 🙄",
  rules="IRO", day="2026-11-09", note="Mock praise of the Mayor the day after Remembrance Sunday; irony expected.")
R("PA18", "Martin Selwyn is a vile, two-faced excuse for a man. Everything he touches turns rotten. The sooner he slithers back under whatever stone he crawled out from, the better for all of us.",
  v="block", allowed="AL", note="Severe dehumanising attack ('vile excuse for a man', 'slithers back under a stone'); block. Abusive allowed for the toxicity, though there is no obscenity.")
R("PA19", "Honest question for @PriyaVenkateshVL: do you practise being that patronising in the mirror or does it just come naturally? Same condescending head-tilt every meeting. Unbearable.",
  note="Sneering 'honest question' at a group leader's manner.")
R("PA20", "Janice Poole is the most incompetent person I have come across in public service. Three missed collections on Pitch Lane in a month and she can't be bothered to answer an email. She should be ashamed to draw a salary.",
  rules="OFF", note="Named Head of Waste attacked as a person; officers expected. HN1 {HN1_06} criticises the contractor's figures instead.")
R("PA21", "Hilary Birt is a simpering yes-woman who'd vote to tarmac Kestlecombe Common if Rupert asked her nicely. No spine, no ideas, no use.",
  note="'simpering yes-woman', 'no spine'. 'yes-woman' is a gendered form of yes-man; not treated as a sex attack.")
R("PA22", "jonah pearce is honestly the most smug self-important man in the valleys and i will not be taking questions",
  note="All lower case, no punctuation; the name is still identifiable. No reference to his wheelchair.")
R("PA23", "Lee Gardiner's a joke. A total clown. Can't string a sentence together without reading it off his phone. Embarrassing for Amberlode.",
  note="Ridicule of a named member.")
R("PA24", "Clive Marchant, Hilary Birt and Derek Hobbs sat through the Kestlecombe cattle grid petition smirking and whispering to each other while pensioners stood in the rain outside. Arrogant, contemptuous people, not fit to lick the boots of the commoners who turned out.",
  note="Three named members attacked together ('not fit to lick the boots').")
R("PA25", "Fiona Markey is supposed to be our Monitoring Officer. She's a party stooge and about as independent as Rupert Halliwell's spaniel.",
  rules="OFF", allowed="DF", note="Monitoring Officer by name called a party stooge: questions her neutrality (officers) as an insult; defamation allowed for the implied bias.")
R("PA26", "Say what you like about Kasia Wróbel's politics, I can live with that. My problem is that she's a rude, graceless bully who snaps at staff and then plays the victim. Horrible person to work with.",
  allowed="DF", note="Disclaims criticism of politics, then attacks the person; 'bully who snaps at staff' is a misconduct claim, defamation allowed. No reference to her being Polish-born (contrast {EQ19}).")
R("PA27", "Tom Ravenhill is pond life. A worthless, stinking little parasite living off everyone else's common land. Anyone in Kestlecombe with half a brain despises him.",
  v="block", allowed="AL", note="Severe dehumanising insult ('pond life', 'stinking little parasite'); block.")

# ---------------------------------------------------------------- respect.abusive-language
R("AL01", "The new Dunbrook Valleys parking app is an absolute pile of shite. Twenty-five minutes and three card declines to pay 80p at the Woolhall car park. Whoever signed that contract off wants their head looking at.",
  allowed="PA", note="Obscenity at an app; personal-attack allowed for 'whoever'. HN1 {HN1_04} says the same without the swearing.", avoid="EA")
R("AL02", "Derek Hobbs is a useless fucking waste of space. That's it. That's the post.",
  rules="PA", note="Obscenity at a named member: abusive and personal-attack.")
R("AL03", "Pitch Lane up to Cloudley is fucked. Again. Three weeks since I reported the pothole by the chapel and it's now big enough to lose a sheep in.",
  note="Obscenity at a road; no person targeted.")
R("AL04", "This budget is bollocks from start to finish. Cut the buses, cut the lido, then magic up £400k for a 'rebrand'. Utter bollocks.",
  note="Obscenity at a budget. HN1 {HN1_15} attacks the same rebrand civilly.", avoid="EA")
R("AL05", "Halliwell is a cunt. There, I said it. Report me.",
  rules="PA", v="block", note="The c-word at the Leader by surname; block.")
R("AL06", "Edge Alliance are a shower of shite and every valley in this district knows it.",
  allowed="PA", note="Obscenity at a party; personal-attack allowed.")
R("AL07", "Ben Wickstead can shove his 'material considerations' up his arse. Eleven objections from Pennycombe and he didn't mention one of them.",
  rules="PA OFF", note="Obscene put-down of a named planning officer; officers expected.")
R("AL08", "That full council was a total clusterfuck from start to finish. Three hours, two adjournments, zero decisions. Christ on a bike.",
  note="Obscenity at a meeting, posted afterwards.")
R("AL09", "Gleanwell Environmental, you absolute bastards, that's the fourth week running Amberlode's recycling has been left to blow down the canal. Get your shit together.",
  allowed="PA", note="Obscenity at the bin contractor (a company); personal-attack allowed. HN1 {HN1_06} is the civil version.")
R("AL10", "@CliveMarchant what a dickhead. Genuinely. Read the room mate.",
  rules="PA", note="Obscene insult at a handle.")
R("AL11", "Every cabinet member who voted to shut Shearmill Day Centre is scum. Absolute scum. Look those families in the eye and tell them it was about 'efficiency'.",
  v="block", allowed="PA", note="'scum' at the cabinet members as a body: severely toxic, block; personal-attack only allowed because no one is singled out.", avoid="EA")
R("AL12", "The consultants' 'Vision for the Valleys' is 84 pages of pure bullshit. Cost us £60k. Not one word about buses.",
  note="Obscenity at a report. HN1 {HN1_05} is the same point without it.", avoid="EA")
R("AL13", "Who the fuck decided to lock the public toilets at Dyersbury rec on bonfire night?? Two thousand people, kids queuing, nowhere to go. Bloody shambles.",
  allowed="PA", day="2026-11-06", note="Obscenity at a decision, day after bonfire night; 'who the fuck decided' points at an unnamed decision-maker, personal-attack allowed.", avoid="EA")
R("AL14", "Olly Pegler is a total twat and I'll tell him so at scrutiny on Thursday.",
  rules="PA", note="Obscene insult at a named member; 'tell him so' is not a threat.")
R("AL15", "The council website is a steaming turd. Try finding the bulky waste form. Go on. I dare you.",
  note="Vulgar abuse of a website.", avoid="EA")
R("AL16", "Alexandra Thorne voted for this and then turned up grinning at the flood wall opening. Fuck off, honestly.",
  rules="PA", note="'Fuck off' at the MP.")
R("AL17", "Charging four quid to park at Kestlecombe Common so we can walk on land we've had rights over for six hundred years is a piss-take. A total fucking piss-take.",
  note="Obscenity at a charge. HN1 {HN1_09} opposes the same charge civilly.", avoid="EA")
R("AL18", "Sorry but Gordon Fewster is an arsehole. Always has been. Ask anyone in the Fleece.",
  rules="PA", note="Obscene insult at a named member.")
R("AL19", "To the planning committee members who waved 300 houses through on Scarrow Field without a single extra bus: wankers, the lot of you.",
  allowed="PA", note="Obscenity at the committee members as a body; personal-attack allowed.")
R("AL20", "Annabel Fortey is a disgusting, rotten, worthless piece of filth and I hope every tenant she's ignored spits on the pavement when she walks past.",
  rules="PA", v="block", allowed="BI", note="Severely toxic without swear words ('piece of filth'); block. Bullying allowed for the spitting wish.")
R("AL21", "Edgeline's 63 is a bag of shite. Forty minutes late in the pissing rain at Woolstaple Cross and then it sails past full.",
  note="Obscenity at a bus service. HN1 {HN1_17} is the civil version.")
R("AL22", "Marcus Tandy in licensing is a bellend of the highest order. Three months to sign off a Christmas street party on Tenter Row.",
  rules="PA OFF", note="Obscene insult at a named officer.")
R("AL23", "@SaffronAldridge is talking absolute shit about the lido figures and she knows it.",
  allowed="PA DF", note="Obscenity at what she says; personal-attack allowed; 'she knows it' implies knowing falsehood, defamation allowed.")
R("AL24", "Never met a bigger prick than Jonah Pearce on a planning site visit. Twenty minutes lecturing a farmer about his own hedgerow.",
  rules="PA", note="Obscene insult at a named member.")
R("AL25", "Twelve years of 'consultation' on the Dunbrook Navigation and what have we got? A towpath that's shit-deep in mud and a lock gate held together with baler twine. Dunbrook Valleys District Council, sort your shit out.",
  allowed="PA", note="Obscenity at the council as an organisation; personal-attack allowed. HN1 {HN1_16} is the civil version.", avoid="EA")
R("AL26", "Gillian Parfitt, you heartless motherfucker. Forty families on Tenter Court living with black mould and you cut the repairs budget. Rot.",
  rules="PA", v="block", note="Severe obscenity at a named cabinet member; block.")
R("AL27", "Green Valleys councillors are a bunch of sandal-wearing twats who've never done a proper day's work between them.",
  allowed="PA", note="Obscenity at a party's councillors as a group; personal-attack allowed.")

# ---------------------------------------------------------------- bullying.intimidation
R("BI01", "Clive Marchant, if you wave Scarrow Field through on Thursday I will come round to your house and you will regret it. That's a promise, not a threat.",
  allowed="PA", note="[explicit] Threat to the chair of planning over a vote.")
R("BI02", "Funny old place, Kestlecombe. Long dark lanes, no streetlights, and a lot of people very angry with @TomRavenhillCI about the cattle grid. I'd be careful walking the dog after dark, Tom. Just saying.",
  allowed="PA", note="[veiled] Dark lanes and 'be careful'.")
R("BI03", "Nice house you've got up at Cloudley, @GillParfittEA. Lovely views. Be a shame if anything happened to that new conservatory.",
  allowed="DP", note="[veiled] Mafia-style 'be a shame if'; data protection allowed for the home location.")
R("BI04", "To whoever put in the code of conduct complaint about me: I know exactly who you are. I know you work on the tills at the Amberlode Co-op, and by Friday so will everyone else. Withdraw it.",
  allowed="DP", note="[pressure] Threat to expose a complainant (8.3); data protection allowed for the workplace.")
R("BI05", "Say that to my face in the Fleece, Lee Gardiner, and I'll put you through the window. I mean it.",
  allowed="PA", note="[explicit] Threat of violence in the pub.")
R("BI06", "Ben Wickstead: change that recommendation on the Madderley Mill flats before Thursday or I'll make sure your name is dragged through every paper in the county and you never work in planning again.",
  rules="OFF", allowed="PRE", note="[pressure] Intimidating a planning officer to change advice; officers expected.")
R("BI07", "Reminder for Saffron Aldridge: people in the valleys have long memories and longer winters. Some of them know which car is yours 🔥",
  allowed="PA", note="[veiled] The fire emoji after 'which car is yours'.")
R("BI08", "Right. Simon Hathaway is at the Shearmill drop-in Saturday 10 till 12. Let's all turn up and make it the worst two hours of his life. Bring your phones, film him squirming, and we'll stick the lot online.",
  allowed="PA", note="[pressure] Organising a pile-on to humiliate a colleague at his surgery.")
R("BI09", "Dennis, you old bastard, carry on the way you're going and you'll end up at the bottom of the Navigation. Plenty have.",
  rules="AL PA", allowed="EQ", note="[explicit] Threat of drowning with 'old bastard' at him (abusive and personal-attack); equality allowed for 'old'.")
R("BI10", "I'm told two officers have given statements to the standards investigation against me. I will find out who. And when I do, they'll wish they'd kept their mouths shut.",
  allowed="OFF", note="[pressure] Threat to witnesses in a standards investigation (8.3); officers allowed.")
R("BI11", "Interesting that every Woolhall trader who signed the petition against me needs their street trading consent renewed in January. Funny how these things work out.",
  allowed="ADV", note="[veiled] Hints at misusing licensing powers against petitioners; improper advantage allowed.")
R("BI12", "If Kwame Asante-Webb comes round Tenterbank again stirring up the tenants, a few of the lads will be waiting for him. He won't be walking home.",
  allowed="PA EQ", note="[explicit] 'He won't be walking home'; equality allowed for the undertone of a gang waiting for a Black councillor.")
R("BI13", "Hope @HannahJefferiesGV is enjoying her evening runs along the towpath. Dark by half four now. Lonely stretch past Shuttle Lock. Anything could happen out there.",
  allowed="DP", note="[veiled] Route and time of a woman's run; data protection allowed. HN2 {HN2_20} is Hannah reporting towpath abuse.")
R("BI14", "You'll regret crossing me on this, Priya. Not today, not this month. But you'll regret it.",
  note="[veiled] 'You'll regret' with slow menace; first name only.")
R("BI15", "Want to tell Derek Hobbs what you think of fortnightly bins? He lives at 14 Tenter Row, Amberlode, and his mobile is 07700 900614. Go round. Ring him. Every night until he listens.",
  allowed="DP SEC", note="[pressure] Publishes a colleague's home address and number and urges nightly visits; data protection and credentials allowed (drama-range number).")
R("BI16", "I swear if that Gleanwell driver blocks my lane one more time I'll drag him out of his cab myself and he'll need more than a plaster.",
  allowed="PA", note="[explicit] Threat of violence to a contractor's driver (unnamed but identifiable).")
R("BI17", "Word to the wise, @VernonLoveridge: it's a long way down off the Edge. Folk have fallen before now. Mind how you go, my lover.",
  allowed="PA", note="[veiled] Escarpment 'long way down' with the friendly Gloucestershire 'my lover'; HN5 uses the same idiom kindly.")
R("BI18", "Amy Tranter at the Clarion keeps writing lies about me. Amy: I've got your number, I've got your editor's number and I've got a very long memory. Stop now or I'll make your life very difficult.",
  allowed="PA DF", note="[pressure] Intimidating a local reporter (a private individual); 'writing lies' allows defamation.")
R("BI19", "Got a lovely little video of Tamsin Rook losing it in the members' room. Tamsin: drop the motion on Friday, or it goes on every community page in the valleys. Your choice.",
  allowed="PA", note="[pressure] Blackmail with a humiliating video to stop a motion.")
R("BI20", "Next time Olly Pegler mouths off at me in the chamber I'm going to knock his teeth down his throat.",
  allowed="PA", note="[explicit] Threat of violence.")
R("BI21", "Lovely photo of your kids at the lantern parade, @AnnabelForteyEA. They go to St Barnabas', don't they? Must be nice, feeling safe.",
  allowed="DP", note="[veiled] Children's school named with 'feeling safe'; data protection allowed.")
R("BI22", "Message for the Commoners' group before Thursday: vote against the grazing budget and every penny of ward funding for Kestlecombe dries up. Every penny. Think about your residents.",
  allowed="ADV", note="[pressure] Coercing a group's votes with ward funding; improper advantage allowed.", by="@GillParfittEA")
R("BI23", "Dear @ElspethMorleyVL. I have been very patient. I will not be patient much longer. You know what you did. Sleep well.",
  note="[veiled] Mildest threat: patience running out, 'sleep well'. HN5 has friendly sign-offs.")
R("BI24", "Anyone who wants to give Fiona Markey a slap for that standards ruling, I'll hold your coat.",
  rules="OFF", allowed="PA", note="[explicit] Incitement to hit the Monitoring Officer over a ruling; officers expected.")
R("BI25", "The bloke from Hangerwood Lane who keeps ringing the council about my hedge: I've seen your car, I know your face and I know you walk that dog past my gate at 7 every morning. Keep it up and see what happens.",
  allowed="DP", note="[pressure] Intimidating a resident who complained; data protection allowed for his street and routine.")
R("BI26", "Margaret, we all know where you live. Think very carefully about how you chair Thursday's vote.",
  allowed="PA", note="[veiled] 'We know where you live' at the Mayor (first name only).")
R("BI27", "Anyone got embarrassing photos of Martin Selwyn from his rugby club days? Send them over. He's got till Friday to withdraw his complaint against me, or they all go up.",
  allowed="PA", note="[pressure] Threat to humiliate a complainant into withdrawing.")

# ---------------------------------------------------------------- equality.discrimination
R("EQ01", "Dyersbury high street used to be English shops run by English people. Now it's Polish this, Romanian that. They don't integrate, they don't want to, and frankly they should go back where they came from.",
  note="[explicit; race] 'go back where they came from' at Polish and Romanian residents. HN2 {HN2_01} condemns the phrase.")
R("EQ02", "Vernon Loveridge says he'll 'represent everyone' on Woolstaple Edge. Funny, his lot were never known for staying put long enough to represent anybody. Count your garden tools 😉",
  rules="PA", allowed="DF", note="[coded; race] Romany Gypsy councillor: 'his lot', 'staying put' and the theft trope without a group word; defamation allowed for the theft hint. HN4 {HN4_10} is Vernon on his heritage.")
R("EQ03", "Tamsin Rook is a man in a dress and I will never call him anything else. Not in the chamber, not anywhere.",
  rules="PA", note="[explicit; gender reassignment] Misgendering a trans colleague on purpose.")
R("EQ04", "Why on earth is Jonah Pearce on the highways panel? The man can't even walk. Leave decisions about roads to people who actually use their legs.",
  rules="PA", note="[explicit; disability] Excluding a wheelchair user from a panel.")
R("EQ05", "Ask yourself who really runs the Green Valleys. Follow the money. Look at the names. Ruth Lazarus always seems to know where the funding comes from, doesn't she? 🤔",
  rules="PA", allowed="DF", note="[coded; religion or belief] Antisemitic 'follow the money, look at the names' at a Jewish councillor without a group word; defamation allowed.")
R("EQ06", "Nasreen Bhatti can wear what she likes at home, but she shouldn't be sitting in our council chamber with her head covered like that. This is England, not Islamabad.",
  rules="PA", note="[explicit; religion or belief] Headscarf in the chamber; also touches race ('not Islamabad').")
R("EQ07", "Anyone over 75 should be barred from standing for this council. Half of them can't work the iPad and the other half are asleep by item 4. Dinosaurs, the lot of them.",
  allowed="PA", note="[explicit; age] Age bar for candidates. HN2 {HN2_15} quotes 'dinosaurs' to condemn it; HN3 {HN3_23} debates age limits civilly.")
R("EQ08", "Women shouldn't chair planning. Too emotional, too easily swayed by a sob story at public speaking. Clive's the only one with the head for it.",
  note="[explicit; sex] Women unfit to chair.")
R("EQ09", "So Bridget Cole's pregnant. That's her out of action for a year then. Why should Scarrow and Cloudley pay for a councillor who'll be at home changing nappies? Do the decent thing and step down.",
  rules="PA", note="[explicit; pregnancy and maternity] Told to resign for being pregnant. HN4 {HN4_07} is Bridget's own announcement; HN2 {HN2_14} condemns this.", day="2026-11-04")
R("EQ10", "The Shearmill Court hotel now has sixty 'young men' in it, 300 yards from the girls' school. I'm only saying what every parent in Madderley is thinking. Lock your doors.",
  note="[coded; race] Asylum hotel residents cast as a sexual threat without naming nationality or race. HN3 {HN3_02} and {HN3_26} discuss the same hotel properly.")
R("EQ11", "Lee Gardiner and his 'husband' holding hands at the war memorial yesterday. In front of children. On Remembrance Sunday. Disgusting. Keep it behind closed doors.",
  rules="PA", day="2026-11-09", note="[explicit; sexual orientation] Scare-quoted 'husband' and 'disgusting'. HN4 {HN4_05} is Lee at the memorial; HN2 {HN2_19} condemns the heckler.")
R("EQ12", "@KwameAW should remember he's a guest in the Cotswolds before lecturing the rest of us about 'our' history. Some of us were here first.",
  rules="PA", day="2026-10-27", note="[coded; race] 'a guest', 'here first' at a Black British councillor born locally, in Black History Month.")
R("EQ13", "Shearmill Day Centre users shouldn't be wandering round the Woolhall market upsetting people on a Saturday. They should be kept at the centre where they belong.",
  note="[explicit; disability] Segregating people with learning disabilities. HN2 {HN2_06} condemns a resident who wrote this.")
R("EQ14", "Another car wash on the Amberlode road run by Romanians. That's five now. Can we stop the gypos taking over the valley please.",
  rules="AL", note="[explicit; race] Slur 'gypos' for Romanians/Roma; abusive expected. HN3 {HN3_25} explains the slur.")
R("EQ15", "Fulling Bottom Primary's 'family diversity week' is the Greens' pet project to tell five-year-olds that two dads is normal. Keep that agenda away from our children.",
  note="[coded; sexual orientation] Same-sex parents as an 'agenda' to keep from children. HN3 {HN3_12} criticises the week's timetable only.")
R("EQ16", "Diwali lights on the Woolhall? This is a Cotswold market town, not Mumbai. If Priya Venkatesh wants Diwali she can go back to India and have it there.",
  rules="PA", day="2026-11-10", note="[explicit; race] 'go back to India' at a British Hindu councillor; religion also touched. HN3 {HN3_03} explains who paid for the lights.")
R("EQ17", "Great to see Olly Pegler put on the finance panel. Shame he'll need a note from his mum to stay out past nine. Perhaps leave the budget to the grown-ups?",
  rules="PA IRO", note="[coded; age] Mock welcome and 'leave it to the grown-ups': excludes a 23-year-old for his age; irony expected. Compare {PA04} (insult, equality only allowed) and HN4 {HN4_15}.")
R("EQ18", "Annabel Fortey should be at home with her kids, not running housing. Typical woman. All feelings, no figures.",
  rules="PA", note="[explicit; sex] 'Typical woman', 'at home with her kids'.")
R("EQ19", "Kasia Wróbel keeps telling us what Dyersbury needs. How long has she been here, ten years? Her English is very good, I'll give her that. But this town needs councillors who are actually from here.",
  rules="PA", note="[coded; race] National origin: backhanded 'her English is very good', 'actually from here'. HN4 {HN4_14} is Kasia on coming from Gdańsk.")
R("EQ20", "No more mosques in the valleys. Not in Tenterbank, not anywhere. We've all seen what happens to a town once they get a foothold.",
  allowed="PRE", note="[explicit; religion or belief] Blanket ban on mosques, 'once they get a foothold'; predetermination allowed (a Tenterbank application is mentioned in HN3 {HN3_04}).")
R("EQ21", "Simon Hathaway's 'autism' is a very convenient excuse for being rude in every meeting. Either he can cope with the job or he can't, and if he can't he shouldn't be here.",
  rules="PA", note="[explicit; disability] Scare-quoted 'autism' and exclusion. HN4 {HN4_08} is Simon on being autistic.")
R("EQ22", "Tamsin Rook loves talking about her 'lived experience as a woman'. Pull the other one, Tamsin. Some of us remember the cricket club dinners in 2012.",
  rules="PA", note="[coded; gender reassignment] Mocks a trans woman's womanhood and hints at her pre-transition past without a trans word.")
R("EQ23", "Black History Month assembly at Dyersbury Academy. Why do our kids need to learn about African kings? There's no Black history in the Cotswolds worth teaching, and these people should be grateful they're allowed here at all.",
  day="2026-10-28", note="[explicit; race] 'these people should be grateful they're allowed here'. HN3 {HN3_10} defends the assembly.")
R("EQ24", "Funny how the same few 'international financiers' keep turning up behind the Madderley Mill scheme. The ones who always end up owning everything. You know who I mean.",
  note="[coded; religion or belief] Antisemitic dog whistle, no person or group named. HN2 {HN2_09} condemns leaflets with the same phrase.")
R("EQ25", "Elspeth Morley has no business on the fostering panel. Children need a mum and a dad, not two women playing house.",
  rules="PA", note="[explicit; sexual orientation] A married lesbian colleague unfit to sit on fostering. HN4 {HN4_12} is Elspeth on her marriage.")
R("EQ26", "£180k on the 'accessible' chamber so ONE councillor doesn't have to wait for the stair lift. Hope Jonah Pearce enjoys his throne. Some of us remember when councillors turned up on their own two feet.",
  rules="PA", note="[coded; disability] Mocks a wheelchair user ('his throne', 'own two feet') without naming the disability. HN3 {HN3_11} fact-checks the cost.")
R("EQ27", "Hangerwood Lane site: every time they pull in, the sheds get done and the fields get wrecked. Gypsies and Travellers aren't welcome in Kestlecombe and they never will be.",
  allowed="DF", note="[explicit; race] Gypsies and Travellers unwelcome, with the theft trope; defamation allowed. HN3 {HN3_06} and {HN3_13} are the civil counterparts.")

# ---------------------------------------------------------------- defamation.allegation
R("DF01", "Rupert Halliwell is a liar. He told the Edge public meeting the lido would stay open. He knew full well it wouldn't.",
  rules="PA", note="'liar' and 'knew full well': defamation and personal-attack, review. HN6 {HN6_01} sets out the broken promise without calling it a lie.")
R("DF02", "Clive Marchant took £5,000 from Cardwell Estates to get Scarrow Field through committee. Cash, handed over in the Fleece & Shuttle car park. People saw it.",
  v="block", allowed="PA", note="Bribery stated as fact with a sum and place; block.")
R("DF03", "Gillian Parfitt has been steering council jobs to her husband's building firm without declaring it. That's fraud, plain and simple, and the Woolhall roof contract proves it.",
  v="block", allowed="PA", note="Undeclared interest and fraud stated as fact; block.")
R("DF04", "Everyone in Amberlode knows Derek Hobbs is as crooked as a dog's hind leg.",
  rules="PA", note="Idiom for dishonest; review.")
R("DF05", "Graham Tovey, our s151 officer, has been moving money out of the reserves into a consultancy he part-owns. I have seen the invoices with my own eyes.",
  rules="OFF", v="block", allowed="PA", note="Named s151 officer accused of embezzlement; block, officers expected.")
R("DF06", "Annabel Fortey's brother got a three-bed on Tenter Court ahead of 400 families on the waiting list. She fixed it. That's corruption.",
  v="block", allowed="PA", note="Corrupt housing allocation stated as fact; block.")
R("DF07", "Gleanwell Environmental are crooks. They bill us for collections they never make and pocket the difference. Every missed bin is money in their back pocket.",
  v="block", allowed="PA", note="A company accused of fraudulent billing as fact; block; personal-attack allowed (company).")
R("DF08", "Saffron Aldridge is a fraud. Lectures us all about flying, then jets off to Thailand twice a year.",
  rules="PA", note="'a fraud' meaning hypocrite; review.")
R("DF09", "Weavers' Party canvassers were filling in postal votes for residents at Madderley House care home in May. Staff saw it happen. That is electoral fraud.",
  v="block", note="Electoral fraud by a party's canvassers stated as fact; block. No single person named.")
R("DF10", "A certain cabinet member's son-in-law bought the field next to the Madderley Mill site for a song six weeks before the masterplan went public. Coincidence, I'm sure.",
  allowed="PA IRO INS", note="Innuendo of insider dealing at an identifiable-but-unnamed cabinet member; review. Irony and insider advantage allowed.", avoid="EA")
R("DF11", "Olly Pegler was caught drink-driving on the Scarrow road last year and his dad got it quietly sorted with the police. Fact.",
  v="block", allowed="PA", note="Drink-driving and a police cover-up stated as 'Fact'; block.")
R("DF12", "Tom Ravenhill lies through his teeth every time he opens his mouth about the commons.",
  rules="PA", note="'lies through his teeth'; review.")
R("DF13", "Louise Carrick rewrote the officer report on the Woolstaple Edge barns after a phone call from the Leader. She's bent, and so is he.",
  rules="OFF PA", v="block", allowed="EQ", note="Named Head of Planning and the Leader called 'bent' after a doctored report; block. Equality allowed as 'bent' is also a homophobic slur.")
R("DF14", "Dennis Cratchley's expenses claims would make very interesting reading. Let's leave it there.",
  allowed="PA", note="Innuendo of expenses fiddling without saying it; review.")
R("DF15", "Priya Venkatesh paid for her family's holiday flights on a council purchasing card. I've seen the statement.",
  v="block", allowed="PA", note="Misuse of public money stated as fact with 'I've seen the statement'; block.")
R("DF16", "@MartinSelwynEA you're a con artist. Promised Tenterbank a new play park four years running and pocketed the credit every time.",
  rules="PA", note="'con artist' about broken promises; 'pocketed the credit' is idiom; review.")
R("DF17", "Alexandra Thorne MP takes cash from the quarry company and then votes against protections for Scarrow Edge. Bought and paid for.",
  v="block", allowed="PA", note="The MP accused of taking cash for votes; block.")
R("DF18", "The chief executive of Tenterbank Housing is skimming the service charges to pay his own bonus. Every tenant on Tenter Court is being robbed.",
  v="block", allowed="PA", note="Identifiable-by-role housing association chief accused of theft; block. HN1 {HN1_28} criticises his published pay rise instead.")
R("DF19", "Our Mayor is a hypocrite and a liar, and she knows it.",
  rules="PA", note="'liar' at the Mayor by role; review.")
R("DF20", "Hilary Birt was caught shoplifting at the Woolhall deli. They've got her on CCTV and she's barred. And she sits on licensing!",
  v="block", allowed="PA DP", note="Theft stated as fact; block; data protection allowed for an alleged offence.")
R("DF21", "Cardwell Estates are cowboys and liars. Every single promise they made to Fulling Bottom has been broken.",
  allowed="PA", note="'liars' at a company; review. HN1 {HN1_14} makes the same broken-promises point without it.")
R("DF22", "Janice Poole has been letting Gleanwell off £200k in contract penalties because she's on their Christmas hamper list. Backhanders, pure and simple.",
  rules="OFF", v="block", allowed="PA", note="Named officer accused of taking backhanders; block.")
R("DF23", "Ask yourself why Vernon Loveridge always votes against enforcement at Hangerwood Lane. Ask who he's related to. Then ask who's paying him.",
  allowed="PA EQ", note="Innuendo of corruption; 'who he's related to' leans on his Romany heritage, equality allowed; review.")
R("DF24", "Kasia Wróbel rents out three flats in Dyersbury, never put them on her register of interests, and takes the rent in cash to dodge the tax.",
  v="block", allowed="PA", note="Tax evasion and an undeclared interest stated as fact; block.")
R("DF25", "Total fraud of a man, @GordonFewster. Every word of that leaflet is made up.",
  rules="PA", note="'fraud of a man', 'made up'; review.")
R("DF26", "Marcus Tandy in licensing tipped off the Fleece & Shuttle before the inspection and took a crate of whisky for his trouble. Ask the bar staff.",
  rules="OFF", v="block", allowed="PA", note="Named licensing manager accused of taking a bribe; block.")
R("DF27", "The Edge Alliance cabinet cooked the books on the leisure review to justify shutting the lido. Dishonest to the core.",
  allowed="PA", note="'cooked the books', 'dishonest' at the cabinet as a body; review (no specific crime). HN1 {HN1_18} attacks the review's data instead.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, decision, party, company, council
R("HN1_01", "The decision to close Tenterbank lido is short-sighted, mean-spirited and wrong. The cabinet should be ashamed of it, and on Thursday I'll be asking them to think again.",
  note="HN1 Harsh words at a decision; 'should be ashamed' at the cabinet for the decision.", avoid="EA")
R("HN1_02", "Fortnightly bins in the valleys is a disaster waiting to happen. Narrow lanes, steep pitches, no room for a second wheelie bin. Whoever modelled this has never driven a Gleanwell lorry up to Cloudley.",
  note="HN1 'Whoever modelled this' criticises the policy's design.", avoid="EA")
R("HN1_03", "Edge Alliance's housing plan is a con. 300 'affordable' homes on Scarrow Field, of which 41 are affordable on a Dyersbury wage. Read page 14.",
  allowed="DF", note="HN1 'a con' aimed at a plan with figures; defamation allowed.")
R("HN1_04", "The parking app is clunky, slow and fails half the time on 4G up the Edge. It isn't good enough and I've asked for the contract's performance clauses to be enforced.",
  note="HN1 Same app as {AL01}, no obscenity.", avoid="EA")
R("HN1_05", "The 'Vision for the Valleys' report is vacuous. 84 pages, £60k, and not one costed proposal for buses. I'd like our money back.",
  note="HN1 Same report as {AL12}, civil.", avoid="EA")
R("HN1_06", "Gleanwell's performance this autumn has been dreadful: 412 missed collections in October alone. Either they improve by Christmas or we start the break clause process.",
  note="HN1 Company criticised on figures; compare {AL09}.", day="2026-11-10")
R("HN1_07", "This budget balances the books on the backs of the poorest people in the district. That's a political choice, and it's the wrong one.",
  note="HN1 Robust budget criticism.", avoid="EA")
R("HN1_08", "Cutting the 63 to two buses a day will strand half of Woolstaple Edge. It's a cruel, thoughtless decision and I'll fight it all the way to full council.",
  note="HN1 'cruel, thoughtless decision'; 'fight' is political.", avoid="EA")
R("HN1_09", "Charging to park at Kestlecombe Common is a betrayal of the commoners and of six centuries of open access. Scrap it.",
  note="HN1 Same charge as {AL17}, no swearing.", avoid="EA")
R("HN1_10", "Tenterbank Housing's repairs service is a scandal. Black mould in a baby's bedroom for nine months. I've reported them to the Housing Ombudsman. If this is you, email me at tenterbank.repairs@example.org.",
  note="HN1 A housing association's service called a scandal; the email is the councillor's own case inbox.")
R("HN1_11", "The Green Valleys 'car-free valleys' motion is naive nonsense. Lovely idea in Fulling Bottom, pure fantasy up on the Edge where the bus comes twice a day.",
  note="HN1 'naive nonsense' at a party's motion.")
R("HN1_12", "Sorry, but the Weavers' Party sums on the lido don't add up. Not even close. £1.2m of 'savings' that are really just grants we hope to get.",
  note="HN1 A party's figures criticised.")
R("HN1_13", "Furious about the Shearmill Day Centre consultation. Six weeks, online only, for people who mostly don't use the internet. Rigged? No, just badly designed. But the result is the same.",
  allowed="DF", note="HN1 Raises and rejects 'rigged'; defamation allowed.", avoid="EA")
R("HN1_14", "Cardwell Estates have broken every promise they made to Fulling Bottom: the shop, the bus link, the play area. I've written to them today demanding a timetable. Developers must be held to their section 106 agreements.",
  note="HN1 Same promises as {DF21}, without 'liars'.")
R("HN1_15", "The £400k rebrand is an insult to every resident who has lost a service this year. Stop it now.",
  note="HN1 'an insult' is about a spending decision; compare {AL04}.", avoid="EA")
R("HN1_16", "The Dunbrook Navigation restoration has been mismanaged from day one. Twelve years, £9m, one working lock. The council needs an independent review, not another press release.",
  note="HN1 The council's project called mismanaged; compare {AL25}.", avoid="EA")
R("HN1_17", "Edgeline's reliability on the 63 is pathetic. Forty minutes late in the rain is not a service. I've asked the county to step in.",
  note="HN1 'pathetic' at a bus service's reliability; compare {AL21}.")
R("HN1_18", "Scrutiny found the leisure review used 2019 visitor numbers. That isn't a small slip, it's a fatal flaw, and the review should be withdrawn.",
  note="HN1 Attacks the review's data, not anyone's honesty; compare {DF27}.", avoid="EA")
R("HN1_19", "The chamber access works were late and over budget, and the hearing loop still doesn't work. Not good enough.",
  note="HN1 Project criticism on a topic that {EQ26} turns into mockery.", avoid="EA")
R("HN1_20", "Fortnightly collection? Fine in a cul-de-sac in Dyersbury. In Pennycombe Bottom, with steps down to half the cottages, it's a joke. A bad joke.",
  note="HN1 'a joke' at a policy.", avoid="EA")
R("HN1_21", "Let's be blunt: this administration has run out of ideas. Fourteen years in charge and the best they can manage is a rebrand and a parking app.",
  note="HN1 Blunt criticism of the administration as a whole.", avoid="EA")
R("HN1_22", "The quarry extension above Scarrow would scar the Edge for a century. The county should refuse it and I've sent in my objection.",
  allowed="PRE", note="HN1 A county matter, not this council's; predetermination allowed for 'should refuse it'.")
R("HN1_23", "Honestly the way the Shuttle Lock closure was handled was shambolic. No signs, no notice, boaters stuck for a week. Somebody needs to get a grip of it.",
  note="HN1 'shambolic' at handling.", avoid="EA")
R("HN1_24", "The cabinet's plan to sell the Woolhall car park is asset-stripping, pure and simple. Once it's gone, it's gone.",
  note="HN1 'asset-stripping' at a plan, not an allegation of crime.", avoid="EA")
R("HN1_25", "The new waste contract is a dog's breakfast. Read the KPIs: there is no penalty at all for missed assisted collections.",
  note="HN1 Idiom at a contract.", avoid="EA")
R("HN1_26", "Whoever thought a 7pm public meeting in Dyersbury works for people in Cloudley, with no evening bus home, needs to think again.",
  note="HN1 'Whoever thought' at a scheduling decision.", avoid="EA")
R("HN1_27", "Edge Alliance should be ashamed of this budget. Ashamed. It's heartless, and residents will remember it in May.",
  note="HN1 A party told to be ashamed of a budget.")
R("HN1_28", "Tenterbank Housing's chief executive took a 12% pay rise while tenants lived with mould. That's from their own published accounts, page 31. Morally indefensible.",
  allowed="PA", note="HN1 Published pay criticised as indefensible; personal-attack allowed since a role-holder is identifiable. Contrast {DF18}.")

# ---------------------------------------------------------------- HN2 counter-speech and quoted abuse
R("HN2_01", "Someone shouted 'go back where you came from' at a Polish mum outside the Dyersbury Co-op on Saturday. That is not who we are in the valleys. If you saw it, please tell the police.",
  allowed="EQ", note="HN2 Quotes the phrase of {EQ01} to condemn it.")
R("HN2_02", "Had an email today calling me a 'fat useless cow' and telling me to 'watch my back'. It's been reported. I won't be silenced, and my Friday surgeries carry on as normal.",
  allowed="PA BI", by="@AnnabelForteyEA", note="HN2 The councillor quotes abuse and a threat sent to her.")
R("HN2_03", "Disgusted to see 'gypos out' sprayed on the bus shelter at Hangerwood Lane. That's a racist hate crime and it has been reported. Our Gypsy and Traveller neighbours deserve better.",
  allowed="EQ AL", note="HN2 Quotes the slur of {EQ14} to condemn graffiti.")
R("HN2_04", "To whoever left that note on Cllr Asante-Webb's car: you are a coward, and the police have it. Kwame, the whole council stands with you.",
  allowed="PA", note="HN2 Solidarity; 'you are a coward' at an anonymous note-writer, personal-attack allowed.")
R("HN2_05", "Transgender Day of Remembrance. Today I'm thinking of those for whom the abuse didn't stop at words. Tamsin has had 'man in a dress' shouted at her in Fulling Bottom this year. Enough.",
  allowed="EQ", day="2026-11-20", note="HN2 Quotes the words of {EQ03} to condemn them.")
R("HN2_06", "A resident wrote to me saying Shearmill Day Centre users 'should be kept out of sight'. No. They are our neighbours, they have every right to the market, and I'll say so to anyone who asks.",
  allowed="EQ", note="HN2 Rebuts the view of {EQ13}.")
R("HN2_07", "Anti-Bullying Week: as a councillor I've been called a 'stupid bitch' in the Woolhall car park and told 'we know where you live'. If it's happening to you, you're not alone. Please talk to someone.",
  allowed="AL PA BI", by="@SaffronAldridge", day="2026-11-17", note="HN2 Quotes abuse received; shares 'we know where you live' with {BI26}.")
R("HN2_08", "I've removed several comments from my page today calling the Hangerwood Lane families thieves. I don't allow that here. Discuss how the site is managed all you like, but not like that.",
  allowed="EQ DF", note="HN2 Moderating own page; reports the theft trope of {EQ27} without repeating it at length.")
R("HN2_09", "Leaflets claiming 'international financiers' are behind Madderley Mill have gone through doors in Shearmill. It's an old, ugly antisemitic lie. Bin them and report them.",
  allowed="EQ", note="HN2 Names the dog whistle of {EQ24} to condemn it.")
R("HN2_10", "Last week's full council was a low point. One member called another 'a worthless little rat' across the chamber. The Mayor was right to adjourn. We can disagree without that.",
  allowed="PA", note="HN2 Reports and condemns an insult.")
R("HN2_11", "Some of the replies to Cllr Bhatti's Interfaith Week lunch post are vile. 'Go back to Pakistan' is not political debate. Reported, blocked, and I'll be raising it with the police.",
  allowed="EQ", day="2026-11-12", note="HN2 Quotes racist replies to condemn them.")
R("HN2_12", "Someone on the Dyersbury community page called the chamber ramp 'a waste of money for one cripple'. That word, about a colleague, in 2026. Access isn't a favour.",
  allowed="EQ AL", note="HN2 Quotes a disability slur to condemn it; the same target as {EQ26}.")
R("HN2_13", "Somebody sent me a photo of my house with 'you'll regret it' written across it. It's gone to the police. To whoever sent it: it hasn't worked.",
  allowed="BI", note="HN2 Quotes a threat received; shares 'you'll regret' with {BI14}.")
R("HN2_14", "Disappointed that a colleague said Cllr Cole will be 'out of action for a year' because she's pregnant. Pregnancy is not a reason to step down. We need a parental leave policy by Christmas.",
  allowed="EQ", note="HN2 Condemns the view of {EQ09}.", day="2026-11-05")
R("HN2_15", "'Dinosaurs, the lot of them' is how one post described the over-75s on this council. Some of our most effective members are in their seventies. Ageism is still discrimination.",
  allowed="EQ PA", note="HN2 Quotes {EQ07} to condemn it.")
R("HN2_16", "Saw 'Edge Alliance are scum' sprayed on the Woolhall this morning. Whatever you think of them (and I think plenty) that's not how we do things here. The clean-up crew is on it.",
  allowed="AL", avoid="EA", note="HN2 Condemns graffiti; 'scum' as in {AL11}.")
R("HN2_17", "A reminder for my page: calling people 'liars' and 'crooks' without evidence is defamatory and I will delete it. Criticise the decisions, not the people.",
  allowed="DF", note="HN2 House rules quoting defamatory words.")
R("HN2_18", "Black History Month: a mum told me an adult at the Dyersbury Academy gate asked her son 'where are you really from?' He's from Tenterbank. We've got work to do.",
  allowed="EQ", day="2026-10-29", note="HN2 Reports a microaggression.")
R("HN2_19", "The man who told Cllr Gardiner and his husband to 'keep that out of sight' at the war memorial should be ashamed of himself. They were there to honour the fallen like the rest of us.",
  allowed="EQ PA", day="2026-11-10", note="HN2 Condemns the heckler; counterpart of {EQ11}.")
R("HN2_20", "I won't repeat what was shouted at me on the towpath on Tuesday. I'll just say women councillors shouldn't have to check over their shoulders at Shuttle Lock. Reported, and I'm fine.",
  allowed="BI", by="@HannahJefferiesGV", note="HN2 Reports harassment on the same towpath as {BI13}.")
R("HN2_21", "Racism in the valleys isn't 'banter'. When lads in the Fleece call the car wash workers 'Romanian scroungers', that's racism. Call it out.",
  allowed="EQ", note="HN2 Quotes a racist phrase to condemn it.")
R("HN2_22", "A parish councillor in the next district shared a 'Muslims out' meme last night. I've made a formal complaint. There's no place for it anywhere.",
  allowed="EQ", note="HN2 Reports and condemns anti-Muslim content.")
R("HN2_23", "For the record: the comment on my last post accusing Cllr Venkatesh of 'stealing from the council' has been deleted. There is no evidence whatsoever for it, and repeating it could land you in court.",
  allowed="DF", note="HN2 Deletes and rebuts an allegation like {DF15}.")
R("HN2_24", "Heartbreaking message from a young autistic resident whose bus driver told him he was 'too retarded to travel alone'. I've raised it with Edgeline. Disability hate is hate.",
  allowed="EQ AL", note="HN2 Quotes a disability slur to condemn it.")
R("HN2_25", "Someone has been posting 'Jew money' memes about the Madderley Mill scheme under the Valleys Voice articles. The editor has removed them. Good. We should all condemn that, whichever side of the planning row we're on.",
  allowed="EQ", note="HN2 Quotes antisemitic abuse to condemn it.")
R("HN2_26", "Anyone posting that Cllr Loveridge should 'go back to his caravan' on my page will be blocked. He was born on Woolstaple Edge, like his dad and his grandad, and he's as valley as any of us.",
  allowed="EQ", note="HN2 Condemns anti-Gypsy abuse.")
R("HN2_27", "Mysogynistic rubbish in the comments under the Mayor's Remembrance photos: 'silly old woman should be at home knitting'. Madam Mayor has served this district for thirty years. Show some respect.",
  allowed="EQ PA", day="2026-11-10", note="HN2 Quotes sexist and ageist comments to condemn them (typo 'Mysogynistic' kept).")
R("HN2_28", "I've seen a post saying a named councillor 'should be strung up from the Woolhall beams'. It's been reported to the police and the platform. Violent language has no place in politics, full stop.",
  allowed="BI", note="HN2 Quotes a violent post to condemn it.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate on protected topics
R("HN3_01", "Myth-bust: no, the asylum seekers at the Shearmill Court hotel do not get 'free cars'. They get £8.86 a week when meals are provided. Please check before you share.",
  allowed="EQ", note="HN3 Myth-busting about asylum seekers.")
R("HN3_02", "There are fair questions about whether the Shearmill Court hotel is the right building: no fire escape on the east side, no GP capacity. Those are questions for the Home Office. None of them are about the men who live there.",
  note="HN3 Civil objection to a building; contrast {EQ10}.")
R("HN3_03", "The Diwali lights on the Woolhall were paid for by the traders' association, not from council tax. Same as the Christmas lights. Happy to share the invoice.",
  day="2026-11-12", note="HN3 Fact check on the lights {EQ16} attacks.")
R("HN3_04", "I'm against the second mosque application in Tenterbank on parking grounds. Dunbrook Road is already gridlocked on Fridays. I'd say exactly the same about a church, a gym or a supermarket.",
  allowed="PRE EQ", note="HN3 Planning objection on parking; predetermination and equality allowed.")
R("HN3_05", "Single-sex spaces are a real debate and people on every side deserve to be heard. What I won't accept is any councillor being personally targeted for who they are. Let's keep it to the policy.",
  allowed="EQ", note="HN3 Civil framing of a contested debate.")
R("HN3_06", "Yes, the Hangerwood Lane site has had problems with fly-tipping. So has Dunbrook industrial estate. Enforcement should be the same for everyone, and it will be.",
  allowed="EQ", note="HN3 Even-handed enforcement; contrast {EQ27}.")
R("HN3_07", "No, the council is not 'banning Christmas'. The Woolhall lights switch-on is 28 November as always. The Diwali lights went up a fortnight earlier because Diwali was a fortnight earlier. That's how calendars work 🙂",
  day="2026-11-13", note="HN3 Myth-busting with gentle sarcasm at a rumour.")
R("HN3_08", "I've been asked whether older councillors 'should make way'. My view: the ballot box decides, not a birth certificate. If you want change, stand.",
  allowed="EQ", note="HN3 Rejects age-based exclusion.")
R("HN3_09", "Do the car washes on the Amberlode road undercut local firms? Some pay below the minimum wage, and so do some British-run ones. That's a job for HMRC and the labour abuse authority, whoever runs the business.",
  allowed="EQ", note="HN3 Civil discussion; contrast {EQ14}.")
R("HN3_10", "I've had a few messages about the Black History Month assembly. Learning that there were Black people in Gloucestershire in the 1600s takes nothing away from anybody. It's our history too.",
  day="2026-10-30", note="HN3 Defends the assembly {EQ23} attacks.")
R("HN3_11", "Fact check: the chamber access works (£180k) also fixed the roof, the hearing loop and the fire doors. The lift part was £34k. Access is a legal duty, not a favour to one member.",
  note="HN3 Fact check against {EQ26}.")
R("HN3_12", "I'm not a fan of the 'family diversity week' timetable. Three days off the maths curriculum is a lot. But the content, about different kinds of families, is perfectly fine and I'd defend it.",
  note="HN3 Criticises a timetable, defends the content; contrast {EQ15}.")
R("HN3_13", "To the resident who asked whether Gypsy and Traveller pitches bring crime: the police figures for Kestlecombe show no such link. I've put them on my page.",
  allowed="EQ", note="HN3 Myth-busting with data.")
R("HN3_14", "Civil request: the Interfaith Week event at the Woolhall is open to everyone of every faith and none. You don't have to go. But please don't call it 'taking over'.",
  allowed="EQ", day="2026-11-11", note="HN3 Pushes back on a phrase.")
R("HN3_15", "Parental leave for councillors isn't a perk. Right now a pregnant councillor has to choose between her seat and her baby. The motion on Thursday fixes that, and I hope it passes unanimously.",
  note="HN3 Supports pregnancy and maternity provision.")
R("HN3_16", "Some neighbours are worried about the new supported housing in Madderley for adults with learning disabilities. I understand worry about change. I've invited them to meet the provider and the future tenants. Fear shrinks when you meet people.",
  note="HN3 Addresses fears about disabled neighbours.")
R("HN3_17", "Is the 'Welcome to the Valleys' leaflet in Polish and Romanian a waste of money? It cost £640 and has cut missed-bin complaints in Tenterbank by a third. I'd call that value.",
  note="HN3 Answers a question about translated leaflets.")
R("HN3_18", "I'm a practising Christian and I've no problem at all with the Tenterbank Islamic Centre's extension. Faith communities building something for their kids is a good sign, whoever they pray to.",
  allowed="PRE", note="HN3 Supports a faith building; predetermination allowed if it is a pending application.")
R("HN3_19", "It's not racist to ask about school places when 300 houses go up on Scarrow Field. It IS racist to assume the new families will be 'foreigners'. Let's stick to the numbers.",
  allowed="EQ", note="HN3 Separates a fair question from a prejudiced one.")
R("HN3_20", "'Where are you really from?' I've been asked that all my life. I'm from Dyersbury, my mum's from Kumasi, and I'm not offended if you're genuinely curious. It's the tone that matters.",
  by="@KwameAW", note="HN3 Kwame on the question; contrast {EQ12}.")
R("HN3_21", "I voted against the leisure centre's trans inclusion policy because the consultation was too short. That's a process objection, not a view on anyone's identity, and I've said so to Cllr Rook directly.",
  allowed="EQ", note="HN3 Process objection on a trans-related policy.")
R("HN3_22", "A resident asked why the council flies the Pride flag but not 'a straight flag'. Fair question, genuinely asked, so here's the answer: the flag policy marks communities with a history of discrimination. Happy to talk it through.",
  allowed="EQ", note="HN3 Civil answer to a loaded question.")
R("HN3_23", "I don't think an upper age limit for councillors is discriminatory in principle (magistrates retire at 75) but I'd oppose one here, because it's for voters to decide.",
  allowed="EQ", note="HN3 Civil debate about age limits; contrast {EQ07}.")
R("HN3_24", "People keep asking if Cllr Cole will be 'off for a year'. Bridget has said she'll take twelve weeks and her ward colleague will cover her surgeries. Nothing to see here.",
  note="HN3 Corrects a rumour about a pregnant councillor.", day="2026-11-10")
R("HN3_25", "The word 'gypo' turns up in my inbox more than it should. It's a slur, not a description. The words are Gypsy, Roma or Traveller, and Romany Gypsies are a recognised ethnic group.",
  allowed="EQ AL", note="HN3 Explains why the word in {EQ14} is a slur.")
R("HN3_26", "On the asylum hotel: I don't want to hear 'lock your doors'. I want to hear about the fire escape, the GP list and bus passes. Those are fixable. Fear isn't a policy.",
  allowed="EQ", note="HN3 Quotes {EQ10} to reject it.")
R("HN3_27", "Robust debate on the faith school admissions policy at committee yesterday, and rightly so: it's a big change. Thanks to colleagues on all sides for keeping it about the policy.",
  note="HN3 Civil debate on religion in admissions.")
R("HN3_28", "Is it 'woke' to caption council meeting videos? Deaf residents, people with hearing aids and folk watching on the bus without headphones would say not. It cost nothing. It's a tickbox.",
  note="HN3 Defends captions.")

# ---------------------------------------------------------------- HN4 protected groups mentioned neutrally, self-description, reclaimed terms
R("HN4_01", "Wheelchair user, 14 years. Today I rolled the whole length of Dyersbury high street and listed every kerb I couldn't get down. 23 of them. Sending the list to highways ♿",
  by="@JonahPearceGV", note="HN4 Jonah on his own wheelchair.")
R("HN4_02", "Eight years since I transitioned. Eight years of being the same councillor with the same opinions about bins. Thank you, Fulling Bottom, for never making it a thing.",
  by="@TamsinRookGV", note="HN4 Tamsin on her transition.")
R("HN4_03", "Black History Month: my grandad came from Accra in 1961 and gave thirty years to the wagon works. Proud Black Cotswold lad. Talk at Dyersbury library on Thursday, all welcome.",
  by="@KwameAW", day="2026-10-26", note="HN4 Kwame on his family.")
R("HN4_04", "Jummah at lunchtime, then straight to the Tenterbank food bank. Busy Friday! Thank you to all the volunteers: Muslim, Christian, and the lot who just turn up with biscuits.",
  by="@NasreenBhatti", day="2026-11-06", note="HN4 Nasreen on Friday prayers.")
R("HN4_05", "Me and my husband laid a wreath for his great-grandad at the Dyersbury memorial this morning. Two gay blokes in poppies and a lot of very kind old soldiers. Moved.",
  by="@LeeGardinerWP", day="2026-11-11", note="HN4 Lee on Armistice Day.")
R("HN4_06", "Happy Diwali from our house in Amberlode 🪔 Lights up, sweets made, kids hyper. Thank you to the Woolhall traders for the lights in town!",
  by="@PriyaVenkateshVL", day="2026-11-09", note="HN4 Priya's Diwali greeting.")
R("HN4_07", "Bit of news: I'm 20 weeks pregnant! 🤰 I'll take a short parental leave in the spring and my ward colleague will cover. Scarrow and Cloudley, you're stuck with me after that.",
  by="@BridgetColeCI", note="HN4 Bridget's pregnancy announcement.", day="2026-11-03")
R("HN4_08", "I'm autistic. It means I do sometimes read out the whole appendix at committee. Colleagues are very kind about it. Mostly.",
  by="@SimonHathawayVL", allowed="PA", note="HN4 Simon on being autistic; self-deprecating.")
R("HN4_09", "Mitzvah Day: our little synagogue over in Wyndbury teamed up with the Tenterbank food bank. Jewish, Muslim and Christian volunteers and one tin opener between the lot of us.",
  by="@RuthLazarusGV", day="2026-11-16", note="HN4 Ruth on Mitzvah Day.")
R("HN4_10", "Romany Gypsy, born in a wagon on Woolstaple Edge in 1962. First Traveller on this council, and I hope not the last. My dad would've laughed his head off.",
  by="@VernonLoveridge", note="HN4 Vernon on his heritage.")
R("HN4_11", "78 and still climbing the Cloudley pitch with my shopping. Old bag with a mayoral chain, that's me 😄",
  by="@MayorMargaretT", allowed="PA EQ", note="HN4 The Mayor on her age; 'old bag' self-applied.")
R("HN4_12", "Twelve years ago today my wife and I had our civil partnership at the Woolhall. We converted it to a marriage later and she still calls me 'the civil partner' to wind me up.",
  by="@ElspethMorleyVL", note="HN4 Elspeth on her marriage.")
R("HN4_13", "71 years old, thirty years a councillor, and I've finally learned to use the iPad. Dinosaurs can evolve, apparently.",
  by="@DennisCratchley", allowed="EQ", note="HN4 Dennis on his age; shares 'dinosaurs' and 'iPad' with {EQ07}.")
R("HN4_14", "Born in Gdańsk, came to Dyersbury at 19 to work at the cheese dairy, never left. Dzień dobry to every Polish family in the valleys: there's a Polish Saturday school at Tenterbank now!",
  by="@KasiaWrobelWP", note="HN4 Kasia on where she is from.")
R("HN4_15", "Youngest councillor in the district at 23, and yes, I've heard every 'does your mum know you're out' joke going. Here to work. First surgery Saturday, Scarrow village hall.",
  by="@OllyPeglerEA", allowed="EQ", note="HN4 Olly quotes the age jokes of {EQ17} about himself.")
R("HN4_16", "Disability History Month started on Saturday. The Shearmill Day Centre art show is in the Woolhall all week and the work is stunning. Go and see it.",
  day="2026-11-16", note="HN4 Neutral-positive mention of disabled people.")
R("HN4_17", "Proud to open the new Polish-English bilingual story time at Dyersbury library. Standing room only. Next one is on 1 December.",
  note="HN4 Positive mention of Polish families.")
R("HN4_18", "Interfaith Week: tea and samosas at the Tenterbank Islamic Centre, carol practice at St Barnabas', and a lovely chat with the rabbi over the biscuits. The valleys at their best.",
  day="2026-11-12", note="HN4 Faith groups mentioned warmly.")
R("HN4_19", "Crip tax: the £400 I've spent this year on new tyres for my chair because the pavements up Pennycombe pitch are falling apart. Fix the pavements and you fix them for everyone.",
  by="@JonahPearceGV", allowed="EQ AL", note="HN4 Reclaimed 'crip' used by a wheelchair user about himself.")
R("HN4_20", "Queer, from Amberlode, and running the Pride quiz at the Fleece & Shuttle on Friday. Teams of six. Prizes include a Double Gloucester the size of a cartwheel.",
  by="@LeeGardinerWP", allowed="EQ", note="HN4 Reclaimed 'queer' self-description.")
R("HN4_21", "Diwali at the Amberlode community centre was brilliant: rangoli, fireworks and a gurt big pot of dal. Thank you to the Hindu Cultural Association.",
  day="2026-11-09", note="HN4 Gloucestershire 'gurt' (great); positive mention of Hindu neighbours.")
R("HN4_22", "Welcome to the 14 families from Hong Kong who've moved into Tenterbank this year. The Lunar New Year celebration is already being planned, so get in touch if you'd like to help.",
  note="HN4 Positive mention of Hong Kong families.")
R("HN4_23", "Menopause café at Dyersbury library every second Tuesday. Women over 45: come for the cake, stay for the honesty.",
  note="HN4 Sex and age mentioned neutrally.")
R("HN4_24", "Bloody brilliant afternoon at the Shearmill Day Centre's 40th birthday. Learning disabilities, physical disabilities and a LOT of dancing.",
  allowed="AL", note="HN4 Mild 'bloody' as praise.")
R("HN4_25", "Sikh, Christian, Muslim, Jewish, Hindu or nothing at all, every one of you is welcome at the Remembrance service at the Dyersbury memorial on Sunday.",
  day="2026-11-05", note="HN4 Faith groups welcomed.")
R("HN4_26", "Deaf residents: BSL interpretation is now on every full council livestream. Thanks to the comms team for sorting it in a fortnight.",
  note="HN4 Deaf residents mentioned neutrally.")
R("HN4_27", "At 82 I'm the oldest on the council and I'm told I'm a 'grumpy old git'. Fair. But I'm a grumpy old git who has read the budget.",
  by="@GordonFewster", allowed="PA EQ", note="HN4 Gordon on himself; self-applied 'old git'.")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
R("HN5_01", "The Teasels murdered Pennycombe Rovers 5-0 on Saturday. Absolute slaughter. Well played lads 🔴⚪",
  allowed="BI", day="2026-11-02", note="HN5 Football violence metaphors.")
R("HN5_02", "Cabinet was a bloodbath this morning. Three hours on the grass-cutting contract. I have lost the will to live.",
  allowed="BI", note="HN5 'bloodbath' about a long meeting.")
R("HN5_03", "The printer on the second floor of Teasel House is possessed. I'm taking it out to the car park to put it out of its misery.",
  allowed="BI", note="HN5 Threat at a printer.")
R("HN5_04", "The Cloudley pitch in this morning's ice is a killer. Gritter's been up now. Take it steady, folks.",
  day="2026-11-26", note="HN5 'a killer' about a hill.")
R("HN5_05", "Me trying to read the 300-page local plan appendix: absolute idiot. Three cups of tea in and I'm on page 12.",
  allowed="PA", note="HN5 Self-deprecation.")
R("HN5_06", "Tried the Scarrow Tump fun run this morning. I didn't run down it, I fell down it. Ego: destroyed. Knee: also destroyed.",
  note="HN5 Self-deprecation with 'destroyed'.")
R("HN5_07", "Weather on the Edge today is an absolute pig. Horizontal rain at the Woolstaple bus stop. Shrammed. Home for a lardy cake.",
  note="HN5 'pig' about the weather; West Country 'shrammed' (frozen).")
R("HN5_08", "Bonfire night at Dyersbury rec: this year's guy looked suspiciously like a planning inspector. Any resemblance is purely coincidental 😂",
  allowed="PA BI", day="2026-11-06", note="HN5 Effigy joke about an unnamed role, not a person.")
R("HN5_09", "@DerekHobbsEA you'll regret that bet on the Teasels. Pay up: pint at the Fleece, Friday.",
  allowed="BI", note="HN5 'you'll regret' as friendly banter; compare {BI14}.")
R("HN5_10", "Our Deputy Leader absolutely destroyed me at the members' quiz. Four points. I demand a recount.",
  allowed="BI", note="HN5 'destroyed me' about a quiz.")
R("HN5_11", "Gordon, you old rogue, good to see you back in the chamber after the hip op. Still wrong about the bins, mind 😉",
  allowed="PA EQ IRO", note="HN5 Affectionate teasing of an 82-year-old colleague.")
R("HN5_12", "Dumbledores still out in the Kestlecombe hedges in November. Warm autumn. Not sure whether to be pleased or worried.",
  note="HN5 Gloucestershire 'dumbledore' (bumblebee); plain nature post.", day="2026-11-04")
R("HN5_13", "Four hours of budget scrutiny. My brain is porridge. If anyone needs me I'll be lying face down on the tump.",
  note="HN5 Self-deprecation; 'tump' (hillock).")
R("HN5_14", "I would kill for a bacon roll right now. Budget briefings since half seven.",
  allowed="BI", note="HN5 'would kill for'.")
R("HN5_15", "The verge on the Amberlode road has been trimmed into a proper mohican. Whoever's on the mower has a future in hairdressing.",
  note="HN5 Banter about grass.")
R("HN5_16", "Full disclosure: I lost my rag with the lock gate at Shuttle Lock this morning. It won. The gate always wins.",
  note="HN5 Losing a fight with a lock gate.")
R("HN5_17", "Nothing like a Gloucester Old Spot hog roast to finish a Commoners' AGM. Thank you Kestlecombe. Half the committee is now asleep.",
  note="HN5 Friendly mention of a party.")
R("HN5_18", "The Mayor and I had a proper ding-dong over the date of the Christmas lights. She won, obviously. She always wins.",
  allowed="PA", note="HN5 Affectionate banter about the Mayor.")
R("HN5_19", "My dog has declared war on the Gleanwell recycling box. The box is losing.",
  note="HN5 War metaphor about a dog.")
R("HN5_20", "Today's tip from a valley veteran: never argue with a sheep on Kestlecombe Common. You'll lose, and the sheep will enjoy it.",
  note="HN5 Banter about sheep.")
R("HN5_21", "Budget spreadsheet, you absolute menace. 42 tabs. Who builds these? (It was me. I built it.)",
  allowed="PA", note="HN5 Insulting a spreadsheet, then oneself.")
R("HN5_22", "Hannah, see you on the squash court Thursday. I will show no mercy. Bring a stretcher.",
  allowed="BI", note="HN5 Sporting trash talk to a named colleague.")
R("HN5_23", "The Woolhall clock has been wrong since 1987. It's not broken, it's just on valley time.",
  note="HN5 Idiom.")
R("HN5_24", "Emergency: the Fleece & Shuttle has run out of Double Gloucester. Heads will roll. (Not really. Calm down, Standards.)",
  allowed="BI", note="HN5 'Heads will roll' as a joke.")
R("HN5_25", "Bought the scarlet jumper at the Dyersbury Dye Works open day. Look like a pillar box. My wife says I look like a mommet. She's not wrong.",
  by="@TomRavenhillCI", allowed="PA", note="HN5 Self-deprecation with 'mommet', the word of {PA05}.")
R("HN5_26", "To the squirrel who keeps digging up my bulbs: I know where you live, and I'm coming for you 🐿️",
  allowed="BI", note="HN5 'I know where you live' to a squirrel.")
R("HN5_27", "The Dunbrook is in spate this morning, brown, angry and roaring under the Madderley bridge. Keep off the towpath between Shuttle Lock and the mill, it's flooded. Mind how you go, my lover.",
  note="HN5 'angry' river; the same 'mind how you go, my lover' as {BI17}, meant kindly.")

# ---------------------------------------------------------------- HN6 criticism of a named councillor's record that stays on the record
R("HN6_01", "Cllr Halliwell promised in 2024 that the lido would stay open 'for as long as I'm Leader'. He's still Leader and it's closing in March. I'd like him to explain what changed.",
  allowed="DF", note="HN6 The broken promise {DF01} calls a lie, set out without the word.")
R("HN6_02", "Cllr Parfitt's budget assumes a 14% rise in parking income. Last year's assumption was 11% and we got 3%. I've asked her to publish the workings before Thursday.",
  note="HN6 Budget assumptions challenged.")
R("HN6_03", "Cllr Marchant has chaired planning for nine years. In that time the committee has gone against officer advice 31 times, 28 of them to approve. The minutes are public. That's worth a scrutiny review.",
  allowed="DF", note="HN6 Record figures; a reader might hear an implication.")
R("HN6_04", "@DerekHobbsEA told this page in June that fortnightly bins would 'save £1.1m'. The October report says £640k. That's a big gap and residents deserve an explanation.",
  allowed="DF", note="HN6 Claim against report.", day="2026-11-19")
R("HN6_05", "Cllr Fortey has missed 6 of the last 9 housing board meetings according to the attendance record. In a housing crisis, that's not good enough from the portfolio holder.",
  allowed="PA", note="HN6 Attendance record; contrast {PA11}.")
R("HN6_06", "Cllr Aldridge voted against the flood defence scheme in 2023 and is now campaigning for flood defences in Fulling Bottom. Happy to hear why she changed her mind, but she should say so.",
  allowed="PA DF", note="HN6 U-turn pointed out; hint of hypocrisy.")
R("HN6_07", "Cllr Cratchley says the Weavers 'never supported' the lido closure. His group abstained in the February vote: item 7, page 4 of the minutes.",
  allowed="DF", note="HN6 Correction by the minutes.")
R("HN6_08", "I like Olly Pegler, but his motion on rural buses has no costings at all. Come back with figures and I'll back it.",
  note="HN6 Friendly criticism of a motion.")
R("HN6_09", "Three questions for Cllr Ravenhill on the Kestlecombe grazing scheme: who was consulted, what did it cost, and why wasn't it in the forward plan? None of those are personal. All of them need answers.",
  note="HN6 Questions on the record.")
R("HN6_10", "Cllr Venkatesh's group promised a 'fully costed' alternative budget. It arrived forty minutes before the meeting, with no costings. Disappointing from a group that says it values scrutiny.",
  note="HN6 A group leader's budget criticised.")
R("HN6_11", "Cllr Selwyn has declared his interest in the rugby club lease, as he should. But he should also step out of the cabinet discussion, and I've asked the Monitoring Officer to advise.",
  note="HN6 Proper route for an interest concern.")
R("HN6_12", "Cllr Loveridge was the only Commoners' member to vote for the car park charges. He's entitled to, but residents on the Edge will want to know why.",
  note="HN6 Voting record.")
R("HN6_13", "Cllr Hathaway's claim that the Shearmill car park made a loss is wrong: the 2025/26 accounts show a £38k surplus. I'm sure it's an honest mistake, and I'd ask him to correct it.",
  allowed="DF", note="HN6 Correction; contrast {PA16}.")
R("HN6_14", "For the record: Cllr Birt voted for the lido closure, for the car park charges and for the day centre review. Kestlecombe residents can judge that record in May.",
  note="HN6 Voting record.")
R("HN6_15", "Cllr Gardiner's questions on the Navigation have been sharp and fair. I don't agree with his conclusions, though: his lock repair figures are out by about £200k, and here's the report that shows it.",
  note="HN6 Respectful disagreement.")
R("HN6_16", "Our Mayor has chaired full council 14 times this year and ruled 9 opposition amendments out of order. I've asked for the rulings to be explained in writing, because at the moment they look inconsistent.",
  allowed="PA", note="HN6 Chairing record.")
R("HN6_17", "Cllr Hobbs' answer to my question on missed assisted collections was, in my view, misleading. He said 'a handful'. The data says 212. I've asked him to correct the record.",
  allowed="DF", note="HN6 'misleading' about an answer, with data.")
R("HN6_18", "Cllr Rook has sat on the climate committee for four years and it has hit its targets once. I don't doubt her commitment. I do doubt the plan.",
  allowed="PA", note="HN6 Record on targets; contrast {PA06}.")
R("HN6_19", "Cllr Jefferies chaired the leisure scrutiny and signed off a report built on 2019 data. To be fair, she flagged it as a limitation on page 3. But she should have pushed for new numbers.",
  note="HN6 Balanced criticism.")
R("HN6_20", "Cllr Bhatti's housing motion would cost £2.4m a year by the finance team's reckoning. She says £900k. They can't both be right. Let's see the workings in public.",
  note="HN6 Costing dispute.")
R("HN6_21", "Cllr Pearce has spent two years opposing every road scheme on the Edge. That's a legitimate view. But he has to accept the junction at Woolstaple Cross is dangerous, and say what he'd do instead.",
  note="HN6 Record on roads.")
R("HN6_22", "Cllr Wróbel promised a Dyersbury youth hub in her 2023 leaflet. Three years on: no site, no budget, no hub. That's a broken promise and she should own it.",
  allowed="PA DF", note="HN6 Broken promise.")
R("HN6_23", "The Leader says cabinet 'consulted extensively' on the day centre. The consultation ran six weeks, online only, and got 31 responses. That isn't extensive by any measure.",
  allowed="DF", note="HN6 The Leader's claim tested against the facts.")
R("HN6_24", "Cllr Cole has voted with the administration on every budget item for two years while calling herself independent. She's entitled to. But voters should know.",
  allowed="PA", note="HN6 Voting record.")
R("HN6_25", "Alexandra Thorne MP has not held a public meeting in the Dunbrook valleys since the floods. I've written to her office asking for one in Fulling Bottom. The door's open.",
  note="HN6 The MP's record; contrast {PA07}.")
R("HN6_26", "Cllr Fewster's motion to scrap the climate emergency declaration was wrong on the science and wrong on the economics. He argued it well, though. Debate is what the chamber is for.",
  note="HN6 Civil disagreement.")
R("HN6_27", "Cllr Lazarus' amendment on temporary accommodation fell 21 to 14. I voted for it. Cllr Halliwell's line that it was 'unaffordable' isn't supported by the finance note, which I've attached.",
  note="HN6 Vote and argument set against the paper.")

# ---------------------------------------------------------------- obfuscated variants: (original, kind, word)
VARIANTS = [
    ("PA10", "asterisk", "thick"), ("PA08", "digit", "coward"), ("PA13", "zero_width", "fantasist"),
    ("PA16", "spaced", "hypocrite"), ("PA11", "homoglyph", "disgrace"), ("PA23", "caps", None),
    ("AL04", "asterisk", "bollocks"), ("AL01", "digit", "shite"), ("AL18", "zero_width", "arsehole"),
    ("AL10", "spaced", "dickhead"), ("AL14", "homoglyph", "twat"), ("AL21", "caps", None),
    ("BI01", "asterisk", "regret"), ("BI20", "digit", "knock"), ("BI15", "zero_width", "lives"),
    ("BI14", "spaced", "regret"), ("BI03", "homoglyph", "shame"), ("BI24", "caps", None),
    ("EQ14", "asterisk", "gypos"), ("EQ20", "digit", "mosques"), ("EQ01", "zero_width", "Romanian"),
    ("EQ03", "spaced", "dress"), ("EQ25", "homoglyph", "women"), ("EQ07", "caps", None),
    ("DF01", "asterisk", "liar"), ("DF04", "digit", "crooked"), ("DF03", "zero_width", "fraud"),
    ("DF16", "spaced", "con"), ("DF22", "homoglyph", "backhanders"), ("DF25", "caps", None),
]

# ================================================================ the script
START, END = date(2026, 10, 26), date(2026, 11, 27)
PLATFORMS = ["x", "facebook", "bluesky"]
ALIASES = {"Oliver Pegler": ["Olly"]}
ROLE_WORDS = {
    "Rupert Halliwell": [r"\bthe Leader\b(?! of)", r"\bLeader of the Council\b"],
    "Gillian Parfitt": [r"\bDeputy Leader\b"],
    "Margaret Tuffley": [r"\b(?:the|our|Our|The) Mayor\b", r"\bMadam Mayor\b"],
    "Clive Marchant": [r"\b[Cc]hair of [Pp]lanning\b"],
    "Annabel Fortey": [r"\bCabinet Member for Housing\b"],
    "Hannah Jefferies": [r"\b[Cc]hair of [Ss]crutiny\b"],
}
PARTY_PATTERNS = {
    "Edge Alliance": r"\bEdge Alliance\b",
    "Green Valleys": r"\bGreen Valleys\b|\bGreens\b",
    "Weavers' Party": r"\bWeavers\b",
    "Commoners' Independents": r"\bCommoners'",
    "Valley Liberals": r"\bValley Liberals\b",
}
PARTY_CODES = {"EA": "Edge Alliance", "GV": "Green Valleys", "WP": "Weavers' Party",
               "CI": "Commoners' Independents", "VL": "Valley Liberals"}


def load_roster(path):
    """Councillors with party from council.toml (party is the text in brackets of each comment)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    party = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
        if m:
            party[m.group(1)] = m.group(2)
    councillors = data["people"]["councillors"]
    handles = {h: n for h, n in data["people"]["handles"].items() if n in councillors}
    by_name = {n: h for h, n in handles.items()}
    return councillors, party, handles, by_name


def named_people(text, councillors, handles):
    """Councillors a text names: full name, handle, first name, surname, nickname or role words."""
    found = set()
    low = text.lower()
    for h, n in handles.items():
        if h.lower() in low:
            found.add(n)
    for n in councillors:
        if n.lower() in low:
            found.add(n)
        parts = [n.split()[0], n.split()[-1]] + ALIASES.get(n, [])
        for p in parts:
            if re.search(r"(?<![\w@])" + re.escape(p) + r"(?!\w)", text):
                found.add(n)
        for pat in ROLE_WORDS.get(n, []):
            if re.search(pat, text):
                found.add(n)
    return found


def named_parties(text):
    return {p for p, pat in PARTY_PATTERNS.items() if re.search(pat, text)}


def obfuscate(text, kind, word):
    if kind == "caps":
        return re.sub(r"(@\w+)|([^@]+)", lambda m: m.group(1) or m.group(2).upper(), text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
    if not pat.search(text):
        raise SystemExit(f"variant word {word!r} not found")

    def change(m):
        w = m.group(0)
        if kind == "asterisk":
            i = next(i for i, c in enumerate(w) if c.lower() in "aeiou" and i > 0)
            return w[:i] + "*" + w[i + 1:]
        if kind == "digit":
            table = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
            i = next(i for i, c in enumerate(w) if c.lower() in table and i > 0)
            return w[:i] + table[w[i].lower()] + w[i + 1:]
        if kind == "zero_width":
            return w[: len(w) // 2] + "\u200b" + w[len(w) // 2:]
        if kind == "spaced":
            return " ".join(w)
        if kind == "homoglyph":
            cyr = {"a": "\u0430", "o": "\u043e", "e": "\u0435"}
            i = next(i for i, c in enumerate(w) if c in cyr)
            return w[:i] + cyr[w[i]] + w[i + 1:]
        raise ValueError(kind)

    return pat.sub(change, text)


def main():
    councillors, party, handles, by_name = load_roster(HERE / "council.toml")
    rng = random.Random(SEED)
    weekdays = []
    d = START
    while d <= END:
        if d.weekday() < 5:
            weekdays.append(d)
        d += timedelta(days=1)

    def stamp(day):
        day = date.fromisoformat(day) if day else rng.choice(weekdays)
        t = datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    out = []
    keys = set()
    for r in ROWS:
        key = r["key"]
        if key in keys:
            raise SystemExit(f"duplicate key {key}")
        keys.add(key)
        fam = key[:2]
        positive = fam in FAMILY_OF
        if positive:
            rules = [FAMILY_OF[fam]] + [CODES[c] for c in r["rules"] if CODES[c] != FAMILY_OF[fam]]
            verdict = r["v"] or ("block" if fam in ("BI", "EQ") else "review")
            family, kind_of_row = FAMILY_OF[fam], "positive"
        else:
            rules, verdict, family, kind_of_row = [], "ok", "hard_negative", "hard_negative"
        allowed = [CODES[c] for c in r["allowed"]]
        if r["by"]:
            author = r["by"]
        else:
            names = named_people(r["text"], councillors, handles)
            avoid_parties = {PARTY_CODES[c] for c in r["avoid"]}
            if positive or key.startswith(("HN1", "HN3", "HN6")):
                avoid_parties |= named_parties(r["text"])
                if positive or key.startswith("HN6"):
                    avoid_parties |= {party[n] for n in names if party[n] != "Independent"}
            pool = [by_name[n] for n in councillors if n not in names and party[n] not in avoid_parties]
            if not pool:
                raise SystemExit(f"no author for {key}")
            author = rng.choice(pool)
        if r["plat"]:
            platform = r["plat"]
        elif len(r["text"]) > 300:
            platform = "facebook"
        elif len(r["text"]) > 280:
            platform = rng.choice(["facebook", "bluesky"])
        else:
            platform = rng.choice(PLATFORMS)
        row = {"key": key, "text": r["text"], "author": author, "created_at": stamp(r["day"]),
               "platform": platform, "account": "councillor", "kind": "post",
               "expect": {"rules": rules, "allowed": allowed, "verdict": verdict},
               "family": family, "kind_of_row": kind_of_row, "note": r["note"], "_day": r["day"]}
        out.append(row)

    by_key = {o["key"]: o for o in out}
    for orig, kind, word in VARIANTS:
        o = by_key[orig]
        text = obfuscate(o["text"], kind, word)
        allowed = list(o["expect"]["allowed"])
        if kind == "caps":
            allowed.append(CODES["HAS"])
        tag = re.match(r"\[[^\]]+\] ", o["note"])
        shown = f"'{word}'" if word else "the whole text in capitals, handles kept"
        note = (tag.group(0) if tag else "") + f"Variant ({kind}) of {{{orig}}}: {shown}; labels, author and platform as the original."
        out.append({"key": f"{orig}_{kind}", "text": text, "author": o["author"],
                    "created_at": stamp(o["_day"]), "platform": o["platform"],
                    "account": "councillor", "kind": "post",
                    "expect": {"rules": list(o["expect"]["rules"]), "allowed": allowed,
                               "verdict": o["expect"]["verdict"]},
                    "family": o["family"], "kind_of_row": "variant", "note": note,
                    "variant_of": orig, "variant_kind": kind})

    rng.shuffle(out)
    ids = {o["key"]: f"{SET}-{i:04d}" for i, o in enumerate(out, 1)}

    def cite(note):
        def sub(m):
            if m.group(1) not in ids:
                raise SystemExit(f"note cites unknown key {m.group(1)}")
            return ids[m.group(1)]
        return re.sub(r"\{([A-Z0-9_a-z]+)\}", sub, note)

    lines = []
    for o in out:
        rec = {"id": ids[o["key"]], "text": o["text"], "author": o["author"],
               "created_at": o["created_at"], "platform": o["platform"], "account": o["account"],
               "kind": o["kind"], "expect": o["expect"], "family": o["family"],
               "kind_of_row": o["kind_of_row"], "note": cite(o["note"])}
        if o["kind_of_row"] == "variant":
            rec["variant_of"] = ids[o["variant_of"]]
            rec["variant_kind"] = o["variant_kind"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--map" in sys.argv:
        for o in out:
            print(o["key"], ids[o["key"]])
    print(f"wrote {len(lines)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
