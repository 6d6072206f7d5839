#!/usr/bin/env python3
"""Blind set b38 (Severnholt District Council): hand-written rows plus a
deterministic build (seed 3838). Run: python3 build.py  ->  posts.jsonl"""
import json, random, datetime

SEED = 3838
PA, AB, BU, EQ, DE = ("respect.personal-attack", "respect.abusive-language",
                      "bullying.intimidation", "equality.discrimination",
                      "defamation.allegation")
OF, IR, DP = "officers.impartiality", "tone.irony-risk", "data-protection.personal-data"
SEV = {PA: "review", AB: "review", BU: "block", EQ: "block", DE: "review",
       OF: "review", IR: "advice", DP: "review"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

HANDLES = {
    "@GwenAPryce": "Gwen Ashworth-Pryce", "@DerekMallinsonCon": "Derek Mallinson",
    "@RhiTudgeCleeford": "Rhiannon Tudge", "@CllrHeighway": "Barry Heighway",
    "@LornaGittins": "Lorna Gittins", "@ColinPughEvans": "Colin Pugh-Evans",
    "@ChairmanMaureen": "Maureen Onslow", "@SanjayDhillonAsh": "Sanjay Dhillon",
    "@KerryBrightLD": "Kerry Bright", "@OllyTranterLD": "Oliver Tranter",
    "@NadiaFaroukLD": "Nadia Farouk", "@PhilCorbettLab": "Phil Corbett",
    "@TashaWildingLab": "Tasha Wilding", "@EddieBowdler": "Eddie Bowdler",
    "@FernAlderleyGreen": "Fern Alderley", "@RayLHIndependent": "Ray Lloyd-Hinton",
    "@JennyRavenhill": "Jenny Ravenhill", "@AlunPritchardRUK": "Alun Pritchard",
}
PERSONAL = {"@eddie_pigeons": "Eddie Bowdler", "@fern_on_the_hill": "Fern Alderley"}

ROWS = []


def row(key, family, kind, text, target=None, note="", rules=None, allowed=(),
        block=False, date=None, author=None):
    if rules is None:
        rules = [family] if kind == "positive" else []
    v = "ok"
    for r in rules:
        if RANK[SEV[r]] > RANK[v]:
            v = SEV[r]
    if block:
        v = "block"
    ROWS.append(dict(key=key, family=family, kind_of_row=kind, text=text,
                     target=target, note=note, rules=list(rules),
                     allowed=list(allowed), verdict=v, date=date, author=author))


def pa(key, text, target, note, extra=(), allowed=(), block=False):
    row(key, PA, "positive", text, target, note, [PA, *extra], allowed, block)


def hn(key, text, target=None, note="", allowed=(), date=None, author=None):
    row(key, "hard_negative", "hard_negative", text, target, note, [], allowed, date=date, author=author)


# ---------------------------------------------------------------- personal attack
pa("pa01", "Watching Cllr Tudge try to explain the Cleeford road closures at Thursday's drop-in was like watching a toddler assemble flat-pack furniture. Bless her, she did try.",
   "Rhiannon Tudge", "Simile mocking a named councillor's competence; condescending 'bless her'.", allowed=[IR])
pa("pa02", "Derek Mallinson couldn't run a bath, never mind a £140m budget.",
   "Derek Mallinson", "Idiom ('couldn't run a bath') mocking a named councillor's competence, not the budget.")
pa("pa03", "I've met brighter lampposts than Cllr Heighway. At least the lampposts on Mill Lane come on when you need them.",
   "Barry Heighway", "Object comparison mocking a named councillor's intelligence.")
pa("pa04", "Genius move from @CllrHeighway again. Truly the finest mind ever to chair a planning committee from behind a plate of custard creams 👏👏",
   "Barry Heighway", "Sarcastic mock praise of a @handle, plainly contempt.", extra=[IR])
pa("pa05", "Someone please buy Cllr Pritchard a suit that fits. He turned up to full council looking like a sack of spuds tied up in the middle.",
   "Alun Pritchard", "Mockery of a named councillor's appearance and clothes.")
pa("pa06", "Eddie Bowdler's voice could strip wallpaper. Forty minutes of that droning at scrutiny and I'd lost the will to live.",
   "Eddie Bowdler", "Mockery of a named councillor's voice.")
pa("pa07", "Olly Tranter has the political instincts of a garden gnome and roughly the same charisma.",
   "Oliver Tranter", "Object comparison belittling a named councillor.")
pa("pa08", "Ask Gwen a straight question and you get the look of a cow staring at a new gate.",
   "Gwen Ashworth-Pryce", "Rural animal idiom calling the Leader stupid.")
pa("pa09", "Kerry Bright is all mouth and no trousers. Always has been. Nobody in Wyebridge takes her seriously.",
   "Kerry Bright", "Contemptuous put-down of a named councillor.")
pa("pa10", "@JakeFarleyEcho calls himself a journalist. Mate, you couldn't report on a cake sale without getting the flavour wrong. Stick to the horoscopes.",
   None, "Belittles a local journalist (@handle, 'you'); not a council figure so no officers rule.")
pa("pa11", "Our MP Victoria Stallard has all the warmth of a fridge-freezer and half the usefulness.",
   "Victoria Stallard MP", "Object comparison aimed at the MP personally.")
pa("pa12", "Cllr Corbett is a yampy old article. Saft as a brush, the whole Labour group, but 'im especially.",
   "Phil Corbett", "Black Country dialect insults ('yampy', 'saft as a brush') at a named councillor.")
pa("pa13", "Tasha Wilding: thick as two short planks and twice as wooden when she stands up to speak.",
   "Tasha Wilding", "Stock idiom calling a named councillor stupid.")
pa("pa14", "That Alderley woman wouldn't know a carbon budget if it bit her on the nose. Sandals, lentils and not a clue.",
   "Fern Alderley", "Dismissive 'that ... woman', mockery of competence and style.")
pa("pa15", "lol @RayLHIndependent ur actually clueless m8 😂😂 did u even read the papers b4 opening ur gob",
   "Ray Lloyd-Hinton", "Text-speak insult aimed at a @handle.")
pa("pa16", "omg @NadiaFaroukLD genuinely thick as mince, how did u get elected?? 🤦‍♂️",
   "Nadia Farouk", "Text-speak plus Scots idiom 'thick as mince' at a @handle.")
pa("pa17", "Shona McKinnell couldn't find her own backside with a map and a torch. Head of Planning? Head of wishful thinking, more like.",
   "Shona McKinnell", "Idiom ridiculing a named officer's competence.", extra=[OF])
pa("pa18", "The planning officer who wrote the Hallow Green report clearly has the reading age of a Labrador. Page 14 made my eyes bleed.",
   None, "Animal comparison aimed at an officer by role.", extra=[OF])
pa("pa19", "Graham Astbury, our so-called finance director, counts like a man who learned his sums off the back of a cereal packet.",
   "Graham Astbury", "Mockery of a named officer (s151) personally.", extra=[OF])
pa("pa20", "Congratulations to Cllr Dhillon on his outstanding contribution to yesterday's debate: three 'ums', one yawn and a question about the biscuits. A titan of local democracy.",
   "Sanjay Dhillon", "Mock praise of a named councillor, plainly contempt.", extra=[IR])
pa("pa21", "Maureen Onslow should be having a nice sit down with a blanket and a Werther's, not chairing full council. Bless, she lost the thread three times.",
   "Maureen Onslow", "Age-based mockery of the Chairman; discrimination borderline.", allowed=[EQ])
pa("pa22", "Lorna Gittins dresses like she's off to a 1987 wedding and argues like she's been at the sherry since breakfast.",
   "Lorna Gittins", "Mocks a named councillor's clothes and implies drunkenness.")
pa("pa23", "Colin Pugh-Evans is the human equivalent of a cancelled bus. Never there when you need him and a disappointment when he finally turns up.",
   "Colin Pugh-Evans", "Object comparison belittling a named councillor.")
pa("pa24", "Phil, love, you're out of your depth in a puddle.",
   "Phil Corbett", "Patronising put-down aimed at a named councillor ('you').")
pa("pa25", "You absolute weapon, @AlunPritchardRUK. Every time you open your mouth Ashlow loses another ten IQ points.",
   "Alun Pritchard", "Slang insult ('weapon') and intelligence mockery at a @handle.")
pa("pa26", "To @ashlow_andy who keeps filling my mentions: you're a sad little man with too much time and a keyboard. Go outside.",
   None, "Contemptuous put-down of a resident (@handle).")
pa("pa27", "Barry Heighway chairs planning the way a pigeon plays chess. Knocks the pieces over, craps on the board and struts off like he won.",
   "Barry Heighway", "Animal simile aimed at the planning chair; mild vulgarity.", allowed=[AB])
pa("pa28", "Ward update, Wyebridge, w/e 23 Jan. Gritting: all three routes up to Wyebridge school were done before 7am on Tuesday and Wednesday, thanks to the depot crew. Potholes: 14 reported, 9 fixed, the rest booked for February. Library: the Saturday opening trial carries on until Easter, please use it. Flood wardens: we still need two volunteers for the Lyde Meadows stretch. Planning: Orchard Close goes to committee on 12 Feb. And finally, Cllr Tranter has once again proved he's the dimmest bulb in the Wyebridge chandelier by telling people the bin changes were my idea. Any questions, email me as usual.",
   "Oliver Tranter", "Long civil ward update with one insult ('dimmest bulb') aimed at a named councillor near the end.")
pa("pa29", "Budget update for Ironbank. The draft budget goes to Cabinet on 4 Feb. Council tax is proposed to rise 4.99%, the most allowed without a referendum. Labour will table an amendment to protect the Ironbank youth club and the Tuesday bus, and I'll post it here when it's published. One more thing: the cabinet member for finance, who has the numeracy of a golden retriever, told scrutiny the youth club costs £300k. It costs £41k. Read your own papers, Derek. Surgery Saturday 10-12 at Ironbank Community Centre.",
   "Derek Mallinson", "Long budget update with an animal comparison aimed at the finance portfolio holder.")
pa("pa30", "Clunstow Flood Group notes: the Environment Agency came along; the new flood gate at Ford Lane is due for testing in March; the sandbag store has moved to the village hall; thank you to everyone who turned out in the rain. Highways have finally agreed to survey the culvert. I'd only add that if Cllr Tudge spent as much time on the culvert as she does on her hair we'd have had this survey in 2023. Next meeting 5 March.",
   "Rhiannon Tudge", "Long civil update with a jibe about a named councillor's appearance.")
pa("pa31", "What a visionary our Leader is. Closed two libraries, lost a leisure centre and still found time for a photo with a giant cheque. Inspirational stuff from a woman who couldn't organise a sock drawer. 🙄",
   "Gwen Ashworth-Pryce", "Mock praise of the Leader ending in a personal put-down.", extra=[IR])
pa("pa32", "Sanjay thinks 'consultation' means a chat with his mates at the golf club. Dim as a Toc H lamp, that one.",
   "Sanjay Dhillon", "Old idiom ('dim as a Toc H lamp') calling a named councillor stupid.")
pa("pa33", "Jenny Ravenhill speaks fluent waffle. Ask her the time and you get a twenty-minute history of the clock, delivered in that whiny foghorn of a voice.",
   "Jenny Ravenhill", "Mockery of a named councillor's voice and manner.")
pa("pa34", "@EddieBowdler you're a dinosaur mate. A fossil. The 1970s rang and they want their councillor back.",
   "Eddie Bowdler", "Belittling 'dinosaur/fossil' at a @handle; age-coded so equality allowed.", allowed=[EQ])
pa("pa35", "Fern Alderley looks like she gets dressed in the dark at a charity shop, and honestly her motions have about the same level of planning.",
   "Fern Alderley", "Mockery of a named councillor's clothes.")
pa("pa36", "Cllr Bright, you are a walking, talking cautionary tale. A weathervane in a cardigan.",
   "Kerry Bright", "Object comparison aimed at a named councillor ('you').")
pa("pa37", "Shona McKinnell, Head of Planning, ladies and gentlemen: the only person in the county who can read a 300-page local plan and understand none of it.",
   "Shona McKinnell", "Sarcastic belittling of a named officer's intelligence.", extra=[OF], allowed=[IR])
pa("pa38", "Hilary Bowen, the Monitoring Officer, is about as much use as a chocolate teapot. Three complaints, three months, zero answers.",
   "Hilary Bowen", "'Chocolate teapot' aimed at a named officer, not at a process.", extra=[OF])
pa("pa39", "Lee Hemming runs the bin service like a headless chicken runs a marathon.",
   "Lee Hemming", "Animal simile aimed at a named officer.", extra=[OF])
pa("pa40", "Marcus Teague is paid £160k a year to look like a startled owl every time a camera points at him.",
   "Marcus Teague", "Appearance mockery of the named Chief Executive.", extra=[OF])
pa("pa41", "Carol Whitmore, head of highways: never met a pothole she couldn't ignore. Useless doesn't begin to cover it.",
   "Carol Whitmore", "Contempt for a named officer ('useless').", extra=[OF])
pa("pa42", "Dev Raichura, the case officer on Brook Farm, should be embarrassed. A GCSE student would have written a better report. Maybe he should go back and sit his GCSEs.",
   "Dev Raichura", "Belittles a named officer personally, beyond questioning the report.", extra=[OF])
pa("pa43", "Sharon from the Hallow Green Facebook group, you are a professional moaner with the brains of a goldfish. Nobody asked.",
   None, "Insult aimed at a resident (first name and group).")
pa("pa44", "Jake Farley's 'investigation' in the Echo reads like a Year 4 who's just discovered the thesaurus. Pathetic little hack.",
   None, "Contemptuous put-down of a named journalist.")
pa("pa45", "Victoria Stallard MP: a fixed grin, a rosette, and nothing at all behind the eyes.",
   "Victoria Stallard MP", "Calls the MP vacant/stupid; appearance.")
pa("pa46", "Derek Mallinson has the spine of a jellyfish and the memory of a goldfish.",
   "Derek Mallinson", "Two animal comparisons aimed at a named councillor.")
pa("pa47", "Big shout out to @OllyTranterLD for bravely tweeting about potholes from the comfort of his Range Rover. A true man of the people. Hero. 🫡",
   "Oliver Tranter", "Mock praise of a @handle, contempt.", extra=[IR])
pa("pa48", "Alun Pritchard is an idiot. There, I've said it.",
   "Alun Pritchard", "Plain insult at a named councillor.", allowed=[AB])
pa("pa49", "What a pillock Cllr Heighway is.",
   "Barry Heighway", "Plain British insult ('pillock') at a named councillor.", allowed=[AB])
pa("pa50", "@PhilCorbettLab you're a clown. A full-blown, red-nosed, squeaky-shoed clown.",
   "Phil Corbett", "Calls a @handle a clown (cf. hard negative 'this budget is a clown show').")
pa("pa51", "Lorna Gittins is a nasty, small-minded little woman.",
   "Lorna Gittins", "Plain contemptuous insult at a named councillor.")
pa("pa52", "Howay man, Cllr Pugh-Evans is a proper numpty. Couldn't find the Hallow Green Arms in a taxi with the satnav on.",
   "Colin Pugh-Evans", "Geordie/Scots dialect insult ('numpty') at a named councillor.")
pa("pa53", "Ar, Sanjay Dhillon's a right gawby. Ask 'im owt about drainage an' 'e goes all of a dither.",
   "Sanjay Dhillon", "Black Country dialect insult ('gawby' = fool).")
pa("pa54", "Kerry Bright's a glaikit wee bampot and everybody in that chamber knows it.",
   "Kerry Bright", "Scots dialect insults ('glaikit', 'bampot').")
pa("pa55", "Tasha Wilding's nowt but a gormless wazzock wi' a lanyard.",
   "Tasha Wilding", "Yorkshire dialect insults ('gormless', 'wazzock').")
pa("pa56", "@ColinPughEvans ur a waste of space tbh. do one 🙄",
   "Colin Pugh-Evans", "Text-speak insult at a @handle.")
pa("pa57", "cllr gittins srsly needs 2 retire, shes proper senile lol",
   "Lorna Gittins", "Text-speak; 'senile' mocks a named councillor (age/disability coded).", allowed=[EQ])
pa("pa58", "Ray Lloyd-Hinton is 81 and it shows. Dozed through half of scrutiny, then asked about a road that closed in 1994. Time for the care home, Ray.",
   "Ray Lloyd-Hinton", "Mocks a named councillor's age; equality borderline.", allowed=[EQ])
pa("pa59", "The new Green member looks about twelve and debates like she's doing a school assembly. Back to your TikToks, sweetheart.",
   "Fern Alderley", "Mocks an identifiable councillor's youth, patronising 'sweetheart'.", allowed=[EQ])
pa("pa60", "Oliver Tranter: a face made for radio and a voice made for silent films.",
   "Oliver Tranter", "Classic appearance-and-voice insult at a named councillor.")
pa("pa61", "Maureen's hat at the civic service looked like a dead pheasant had crash-landed on a trifle. Matches her chairing, to be fair.",
   "Maureen Onslow", "Mocks the Chairman's clothes and competence.")
pa("pa62", "Jenny Ravenhill is a one-woman tribute act to a broken satnav: confidently wrong, every single time, and shouty with it.",
   "Jenny Ravenhill", "Object comparison belittling a named councillor.")
pa("pa63", "I'd call Cllr Dhillon a lightweight but that would be an insult to feathers.",
   "Sanjay Dhillon", "Put-down joke aimed at a named councillor.")
pa("pa64", "If brains were petrol, @AlunPritchardRUK wouldn't have enough to run an ant's motorbike round a Cheerio.",
   "Alun Pritchard", "Idiom calling a @handle stupid.")
pa("pa65", "Gwen Ashworth-Pryce: living proof you can fail upwards if the voice is posh enough and the pearls are big enough.",
   "Gwen Ashworth-Pryce", "Mocks the Leader's voice, jewellery and competence.")
pa("pa66", "Oh well done, Barry. Another committee chaired with all the grip of a wet lettuce. Stunning leadership. Someone get this man a medal. A chocolate one.",
   "Barry Heighway", "Mock praise of the planning chair, contempt.", extra=[IR])
pa("pa67", "Hats off to Cllr Corbett, who has now managed the impossible: being wrong about every single thing, in the same speech, twice. Remarkable talent. 👏",
   "Phil Corbett", "Mock praise of a named councillor.", extra=[IR])
pa("pa68", "Many thanks to Lee Hemming for his 'communications' on the bin collections. Truly Shakespearean. If Shakespeare were a bewildered hamster.",
   "Lee Hemming", "Mock thanks to a named officer with an animal put-down.", extra=[OF, IR])
pa("pa69", "Colin Pugh-Evans has the attention span of a gnat and the manners of a seagull at a chip shop.",
   "Colin Pugh-Evans", "Animal comparisons aimed at a named councillor.")
pa("pa70", "Eddie's a donkey. Bless him, he brays, he kicks, and he eats whatever Labour HQ puts in his bucket.",
   "Eddie Bowdler", "Extended animal comparison at a named councillor.")
pa("pa71", "@TashaWildingLab you are a toddler in a grown-up's chair, throwing your rattle out every time you lose a vote.",
   "Tasha Wilding", "Belittling comparison at a @handle.")
pa("pa72", "@wyebridgewatcher You've been wrong about the bypass since 2019 and you're wrong now. You're a bitter old crank and everyone on this page can see it.",
   None, "Insult at a resident's @handle; 'old' age-coded.", allowed=[EQ])
pa("pa73", "That lad from the Echo, Jake Farley, has a face like a smacked backside and the integrity to match.",
   None, "Appearance insult at a named journalist; 'integrity' jab borderline defamation.", allowed=[DE])
pa("pa74", "Shout out to Rhiannon Tudge, who at yesterday's cabinet managed to look surprised by her own report. Stellar work.",
   "Rhiannon Tudge", "Mock praise of a named cabinet member.", extra=[IR])
pa("pa75", "Kerry Bright is a windbag. A great big puffed-up windbag in a yellow rosette.",
   "Kerry Bright", "Plain insult ('windbag') at a named councillor.")
pa("pa76", "Cllr Mallinson is as much use as a one-legged man at an arse-kicking contest.",
   "Derek Mallinson", "Crude idiom of uselessness aimed at a named councillor.", allowed=[AB])
pa("pa77", "Honestly @JennyRavenhill you're as thick as a brick and about as interesting to listen to.",
   "Jenny Ravenhill", "Plain idiom calling a @handle stupid and boring.")
pa("pa78", "Colin wouldn't know a day's work if it came up and introduced itself. Lazy, entitled and smug with it.",
   "Colin Pugh-Evans", "Contemptuous character put-down of a named councillor.")
pa("pa79", "The portfolio holder for adult social care couldn't organise a queue at a bus stop. Lorna, step aside and let a grown-up have a go.",
   "Lorna Gittins", "Role-targeted idiom mocking competence, then patronising 'grown-up'.")
pa("pa80", "The Leader has the emotional range of a parking meter and about as much to say.",
   "Gwen Ashworth-Pryce", "Role-targeted object comparison.")
pa("pa81", "@DerekMallinsonCon absolute melt. go back 2 ur golf club n leave stennett 2 ppl who actually live here",
   "Derek Mallinson", "Text-speak insult ('melt') at a @handle.")
pa("pa82", "Cllr Alderley's speech today: ten minutes of a foghorn reading a shopping list. She could bore the paint off a bridge.",
   "Fern Alderley", "Mocks a named councillor's voice and speech.")
pa("pa83", "Phil Corbett is a worthless waste of oxygen. The world would be better off if he crawled back under his rock and stayed there.",
   "Phil Corbett", "Severe dehumanising attack at a named councillor: block.", allowed=[BU, AB], block=True)
pa("pa84", "Pritchard is vermin. Subhuman rubbish who should be nowhere near a council chamber.",
   "Alun Pritchard", "Severe dehumanising attack ('vermin', 'subhuman'): block.", allowed=[AB], block=True)

# ---------------------------------------------------------------- bullying
def bu(key, text, target, note, extra=(), allowed=()):
    row(key, BU, "positive", text, target, note, [BU, *extra], allowed)

bu("bu01", "Cllr Tranter, I'd think very carefully before you stand up at full council again. People in Wyebridge know which house is yours.",
   "Oliver Tranter", "Veiled threat mentioning the target's home.", allowed=[PA])
bu("bu02", "To whoever reported me to the Monitoring Officer: I will find out who you are, and you will regret it.",
   None, "Threat against a complainant (code 8.3).")
bu("bu03", "A word for the Brook Farm witnesses who gave statements against me: memories are long round here. Choose your next words carefully.",
   None, "Intimidation of witnesses in a standards investigation.")
bu("bu04", "@JakeFarleyEcho keep writing about me and see what happens. I know where your office is and I know what car you drive.",
   None, "Threat to a journalist, 'I know where...'.")
bu("bu05", "Tasha, drop the complaint or every one of your little secrets ends up on this page. Your call.",
   "Tasha Wilding", "Blackmail-style threat against a complainant councillor.")
bu("bu06", "Lee Hemming wants to be looking over his shoulder. One more missed collection on my street and I'll be paying him a visit at home.",
   "Lee Hemming", "Threat of a home visit to a named officer.", extra=[OF], allowed=[PA])
bu("bu07", "If Dev Raichura recommends approval on Brook Farm again I'll make his working life a misery until he leaves. Count on it.",
   "Dev Raichura", "Threat to a named officer to change his recommendation.", extra=[OF])
bu("bu08", "Nice family you've got, Cllr Gittins. Shame if people started turning up at the school gates to ask them about your voting record.",
   "Lorna Gittins", "Veiled threat involving the target's children.", allowed=[DP, PA])
bu("bu09", "Anyone who signs the petition against me: I've got the list. I'll remember every name when you come asking for help.",
   None, "Intimidation of residents who petition.")
bu("bu10", "@RayLHIndependent one more word about my expenses and I'll end you. Politically and otherwise.",
   "Ray Lloyd-Hinton", "Threat with a violent undertone ('and otherwise').")
bu("bu11", "Cllr Bright wants to play hardball? Fine. I've got a folder on her an inch thick and I'm not afraid to use it. Back off.",
   "Kerry Bright", "Intimidation by threatened exposure.")
bu("bu12", "Sharon, I've seen your posts. I know you work at the Cleeford surgery. Maybe your boss would like to see them too.",
   None, "Threat to a resident's employment; workplace disclosed.", allowed=[DP])
bu("bu13", "Let's see how brave Cllr Farouk is when there's nobody around to hold her hand on the walk back to her car after the meeting.",
   "Nadia Farouk", "Veiled physical threat.", allowed=[PA])
bu("bu14", "Message to Fern Alderley: keep pushing the cycle lane and you'll find out how unpopular you really are. A few of the lads at the Crown are itching to tell you in person.",
   "Fern Alderley", "Veiled threat of a physical confrontation.")
bu("bu15", "Whoever at the council leaked my emails: I will have your job, and then I'll make sure nobody round here ever employs you again.",
   None, "Intimidation of an unnamed member of staff.", allowed=[OF])

# ---------------------------------------------------------------- equality
def eq(key, text, target, note, extra=(), allowed=()):
    row(key, EQ, "positive", text, target, note, [EQ, *extra], allowed)

eq("eq01", "Cllr Farouk should concentrate on getting her own community to integrate before she lectures Ashlow on cohesion. They don't even try.",
   "Nadia Farouk", "Race/religion stereotype aimed at a named councillor.", extra=[PA])
eq("eq02", "No wonder the planning department's a mess with a woman of childbearing age in charge. Half the year on maternity leave, the other half thinking about it.",
   "Shona McKinnell", "Sex and pregnancy stereotype aimed at the (identifiable) Head of Planning.", allowed=[PA, OF])
eq("eq03", "Sanjay Dhillon will always put his own lot first. That's just how those people are.",
   "Sanjay Dhillon", "Coded racial stereotype aimed at a named councillor.", extra=[PA])
eq("eq04", "Wheelchair users on the access forum need to accept the town centre wasn't built for them. We can't drop every kerb for a handful of moaners.",
   None, "Disparages disabled people as a group.")
eq("eq05", "Cllr Wilding's 'wife' turned up to the civic dinner. Whatever next. Marriage used to mean something in this county.",
   "Tasha Wilding", "Mocks a named councillor's same-sex marriage.", extra=[PA])
eq("eq06", "Sorry, but a bloke in a dress is still a bloke, and Jenny Ravenhill's new friend on the equality panel isn't fooling anyone.",
   "Jenny Ravenhill", "Transphobic attack on an identifiable person.", allowed=[PA])
eq("eq07", "Pensioners shouldn't get a say on the Stennett regeneration. They won't be around to see it finished.",
   None, "Age discrimination against older residents.")
eq("eq08", "Another Traveller family on the Clunstow verge. Lock up your sheds, everyone, you know the drill with that lot.",
   None, "Racial stereotype of Travellers as thieves.", allowed=[DE])
eq("eq09", "Ramadan hours for the Ashlow ward surgery? This is England. If they want special treatment they can go somewhere that does it.",
   None, "Hostility to Muslims as a group.")
eq("eq10", "Cllr Bowdler's deafness is no excuse. If you can't hear the debate you've no business in the chamber. Simple.",
   "Eddie Bowdler", "Disability discrimination aimed at a named councillor.", extra=[PA])
eq("eq11", "Pregnant councillors should step aside. Cllr Bright can't chair scrutiny and be off with a newborn, it isn't fair on the rest of us.",
   "Kerry Bright", "Pregnancy discrimination aimed at a named councillor.", allowed=[PA])
eq("eq12", "Polish lads have taken over the Ironbank car wash, the chippy and now the allotments. Ironbank doesn't feel like Ironbank any more.",
   None, "Hostility based on national origin (race).")
eq("eq13", "@NadiaFaroukLD take that thing off your head before you lecture anyone about women's rights.",
   "Nadia Farouk", "Religious dress of a named councillor ridiculed.", extra=[PA])
eq("eq14", "Gay couples fostering in Severnholt? Not with my vote. Kids need a mum and a dad, full stop.",
   None, "Sexual orientation discrimination in a council service.")
eq("eq15", "Marcus Teague's a Scot and it shows: tight with every penny, like the rest of his lot.",
   "Marcus Teague", "National-origin stereotype aimed at the named Chief Executive.", extra=[PA, OF])

# ---------------------------------------------------------------- defamation
def de(key, text, target, note, extra=(), allowed=(), block=False):
    row(key, DE, "positive", text, target, note, [DE, *extra], allowed, block)

de("de01", "Derek Mallinson is a liar. He told scrutiny the leisure centre deal was signed off by officers. It wasn't.",
   "Derek Mallinson", "'X is a liar': defamation and personal attack.", extra=[PA])
de("de02", "Barry Heighway took a backhander from Harnage Homes to get Brook Farm through committee. Everybody knows it.",
   "Barry Heighway", "Bribery stated as fact: block.", allowed=[PA], block=True)
de("de03", "The Leader's husband's firm got the Stennett market contract without a tender. Gwen is corrupt, plain and simple.",
   "Gwen Ashworth-Pryce", "Corruption stated as fact about a named councillor: block.", allowed=[PA], block=True)
de("de04", "Cllr Pritchard is a fraudster who fiddled his mileage claims for two years.",
   "Alun Pritchard", "'Fraudster' plus a specific fraud: block; personal attack by convention.", extra=[PA], block=True)
de("de05", "Teston Waste are crooks. They charge us for collections they never make and pocket the difference.",
   None, "Dishonesty allegation against an identifiable company.")
de("de06", "Colin Pugh-Evans stole from the Hallow Green gala fund. Ask the committee where the £3,000 went.",
   "Colin Pugh-Evans", "Theft stated as fact: block.", allowed=[PA], block=True)
de("de07", "Funny how Cllr Dhillon's brother-in-law keeps winning the grass-cutting contracts. Cosy little arrangement, Sanjay. Very cosy.",
   "Sanjay Dhillon", "Insinuated corruption.", allowed=[PA, IR])
de("de08", "Olly Tranter has been lying to Wyebridge residents for months about the school bus. A compulsive liar.",
   "Oliver Tranter", "Liar allegation: defamation and personal attack.", extra=[PA])
de("de09", "Graham Astbury has been cooking the books to hide the hole in the pension fund.",
   "Graham Astbury", "Dishonesty allegation against a named officer.", extra=[OF])
de("de10", "Jake Farley was paid by the Lib Dems to write that hit piece. Bought and paid for.",
   None, "Allegation that a named journalist was paid off.", allowed=[PA])
de("de11", "Victoria Stallard MP claimed for a second home she has never lived in. That's fraud, and she knows it.",
   "Victoria Stallard MP", "Fraud stated as fact: block.", allowed=[PA], block=True)
de("de12", "Cllr Onslow rigged the chairman's vote by leaning on the independents. Dodgy as they come.",
   "Maureen Onslow", "Misconduct allegation.", allowed=[PA])
de("de13", "Kerry Bright's charity has been siphoning off grant money. I've seen the accounts.",
   "Kerry Bright", "Embezzlement stated as fact: block.", allowed=[PA], block=True)
de("de14", "Phil Corbett is on the take. Always has been.",
   "Phil Corbett", "Corruption idiom about a named councillor.", allowed=[PA])
de("de15", "Eddie Bowdler faked postal votes in Ironbank. That election was stolen.",
   "Eddie Bowdler", "Electoral fraud stated as fact: block.", allowed=[PA], block=True)

# ---------------------------------------------------------------- abusive language
def ab(key, text, target, note, extra=(), allowed=(), block=False):
    row(key, AB, "positive", text, target, note, [AB, *extra], allowed, block)

ab("ab01", "Cllr Tudge is a useless fucking waste of a seat.", "Rhiannon Tudge",
   "Obscene insult at a named councillor.", extra=[PA])
ab("ab02", "This fucking budget will gut Ironbank. Absolute shite from start to finish.", None,
   "Obscenity aimed at a policy: abusive only.")
ab("ab03", "Heighway is a total prick. End of.", "Barry Heighway",
   "Obscene insult at a named councillor.", extra=[PA])
ab("ab04", "Sort your shit out, Severnholt. Three weeks without a bin collection on Ashlow Road.", None,
   "Obscenity aimed at the council, not a person.")
ab("ab05", "@AlunPritchardRUK fuck off back to whatever sewer you crawled out of.", "Alun Pritchard",
   "Obscene, dehumanising attack at a @handle: block.", extra=[PA], allowed=[BU], block=True)
ab("ab06", "What a bollocks decision on the Cleeford cycle lane. Bollocks from top to bottom.", None,
   "Vulgarity aimed at a decision: abusive only (mild).")
ab("ab07", "Gwen Ashworth-Pryce is a stuck-up cow.", "Gwen Ashworth-Pryce",
   "Gendered insult at a named councillor.", extra=[PA], allowed=[EQ])
ab("ab08", "The bypass consultation is a steaming pile of crap dreamed up by arseholes.", None,
   "Obscenity at a plan and its unnamed authors.", allowed=[PA])
ab("ab09", "Mallinson, you smug twat.", "Derek Mallinson",
   "Obscene insult at a named councillor.", extra=[PA])
ab("ab10", "Piss off, Kerry. Nobody wants your bloody leaflets.", "Kerry Bright",
   "Vulgar dismissal aimed at a named councillor.", extra=[PA])
ab("ab11", "Jenny Ravenhill is a vile, two-faced bitch and Clunstow deserves better.", "Jenny Ravenhill",
   "Severe gendered obscenity at a named councillor: block.", extra=[PA], allowed=[EQ, DE], block=True)
ab("ab12", "Sick to death of these shitty potholes. Carol Whitmore's team need a rocket up their arse.", "Carol Whitmore",
   "Vulgar language at a named officer's team.", extra=[OF], allowed=[PA])
ab("ab13", "Cllr Bowdler is a complete and utter bellend.", "Eddie Bowdler",
   "Obscene insult at a named councillor.", extra=[PA])
ab("ab14", "What a clusterfuck the new parking permits are. Whoever signed this off wants their head examining.", None,
   "Obscenity at a scheme; jibe at its unnamed signatory.", allowed=[PA])
ab("ab15", "@ColinPughEvans you're a spineless shitbag and your ward knows it.", "Colin Pugh-Evans",
   "Obscene insult at a @handle.", extra=[PA])

# ---------------------------------------------------------------- hard negatives
C = "Criticism of a named person's record or decision, civil: no contempt for the person."
P = "Harsh words about a policy, plan or thing, not a person."
R = "Call to resign on the record."
S = "Self-deprecation: the only target is the author."
B = "Affectionate banter between colleagues."
T = "Praise or thanks."
Q = "Quotes an insult in order to condemn it (counter-speech)."
W = "Insult words about weather, animals or objects."

hn("hn001", "The Leader has failed on housing and should go. 212 households in temporary accommodation in Severnholt tonight, up from 140 when she took over.", "Gwen Ashworth-Pryce", C + " Resignation call based on figures.")
hn("hn002", "Cllr Mallinson's budget cuts the Ironbank youth club while protecting the Leader's communications budget. That's a choice, and it's the wrong one.", "Derek Mallinson", C)
hn("hn003", "I've known Barry Heighway twenty years and I like him, but his handling of the Brook Farm committee was poor. Residents weren't allowed to speak and that isn't good enough.", "Barry Heighway", C)
hn("hn004", "Cllr Tudge promised the Cleeford road closures would last six weeks. We're now at week eleven. She needs to come to Cleeford and explain herself.", "Rhiannon Tudge", C)
hn("hn005", "Olly Tranter voted against the Wyebridge flood scheme. He's entitled to, but he should tell residents why.", "Oliver Tranter", C)
hn("hn006", "Kerry Bright's amendment was badly drafted and would have cost £400k we don't have. I voted against it and I'd do it again.", "Kerry Bright", C)
hn("hn007", "Alun Pritchard has missed six of the last nine committee meetings. Ashlow deserves a councillor who turns up.", "Alun Pritchard", C + " Attendance record.")
hn("hn008", "Cllr Corbett's figures on the leisure centre are wrong. The contract is £1.2m, not £2m. It's on page 34 of the report.", "Phil Corbett", C + " Correction without calling anyone a liar.")
hn("hn009", "Derek Mallinson couldn't answer a single question about reserves at scrutiny. That's worrying in a finance portfolio holder.", "Derek Mallinson", C + " Shares 'couldn't' with pa02 but judges performance.")
hn("hn010", "Disappointed in Cllr Gittins's decision to close the Brackenbury day centre. The consultation said keep it open. She should listen.", "Lorna Gittins", C)
hn("hn011", "The portfolio holder's record on potholes is dreadful: 3,100 outstanding defects. Rhiannon needs a plan, not a press release.", "Rhiannon Tudge", C)
hn("hn012", "Gwen's speech on the local plan was long on slogans and short on numbers. I'd like to see the evidence behind the 4,000 homes.", "Gwen Ashworth-Pryce", C)
hn("hn013", "With respect to Cllr Pugh-Evans, he's got this completely wrong. The Hallow Green bus doesn't need 'reviewing', it needs funding.", "Colin Pugh-Evans", C)
hn("hn014", "Cllr Dhillon's motion was a procedural mess and I said so in the chamber. But I'll work with him on Ashlow drainage because that matters more.", "Sanjay Dhillon", C)
hn("hn015", "Our MP Victoria Stallard voted to cut the rural bus grant. I think that was a mistake and I've written to her to say so.", "Victoria Stallard MP", C)
hn("hn016", "Jake Farley's piece in the Echo gets the Stennett market figures wrong. I've sent him the correct ones and hope they'll print a correction.", None, C + " Journalist criticised civilly.")
hn("hn017", "Cllr Bowdler and I disagree on almost everything about the bypass. He thinks it'll bring jobs; I think it'll bring lorries. Come to the debate and decide.", "Eddie Bowdler", C)
hn("hn018", "Fern Alderley's cycle lane plan is well-meaning but it hasn't been costed. I can't support it as it stands.", "Fern Alderley", C)
hn("hn019", "Jenny Ravenhill's U-turn on the Clunstow solar farm is baffling. She backed it in October and opposed it in January. Which is it, Jenny?", "Jenny Ravenhill", C)
hn("hn020", "Ray Lloyd-Hinton has served Clunstow longer than anyone, but on the new school he's simply got it wrong about what young families need.", "Ray Lloyd-Hinton", C)
hn("hn021", "Maureen chaired a difficult meeting fairly, but I think she was wrong to cut public questions short.", "Maureen Onslow", C)
hn("hn022", "Tasha Wilding's leaflet says the Tories closed the Ironbank library. It was a joint decision in 2019 and Labour voted for it. Check the minutes.", "Tasha Wilding", C + " Correction without 'liar'.")
hn("hn023", "The cabinet member for highways has had two years and the A-road resurfacing still hasn't started. That's on her.", "Rhiannon Tudge", C)
hn("hn024", "Nadia Farouk made a strong case in committee but her numbers didn't add up. I look forward to the revised version.", "Nadia Farouk", C)
hn("hn025", "Cllr Heighway's casting vote on Orchard Close went against residents' wishes. I think he got it wrong and I'll be backing the call-in.", "Barry Heighway", C)
hn("hn026", "Not impressed with the Leader's answer on the care home. Families deserve more than 'we're looking into it'.", "Gwen Ashworth-Pryce", C)
hn("hn027", "Phil, I've read your budget amendment. It's a serious piece of work but I can't back borrowing £6m for it. Happy to talk.", "Phil Corbett", C)
hn("hn028", "The chair of planning ran that meeting badly. Objectors got three minutes, the developer got twenty. That needs fixing.", "Barry Heighway", C + " Role named, conduct of meeting criticised.")
hn("hn029", "Colin voted to scrap the Hallow Green crossing. Residents asked for it three years running. He needs to explain that vote.", "Colin Pugh-Evans", C)
hn("hn030", "@OllyTranterLD you said at the hustings you'd fight the bus cuts. Then you abstained. Residents noticed.", "Oliver Tranter", C + " Addressed to a @handle.")
hn("hn031", "This budget is a clown show. Cuts to the youth service, millions for consultants.", None, P)
hn("hn032", "The new parking permit scheme is a shambles from start to finish and the cabinet should be ashamed of it.", None, P)
hn("hn033", "The new booking system for the tip couldn't run a bath. Took me forty minutes to book a slot.", None, P + " 'Couldn't run a bath' about software.")
hn("hn034", "The Stennett bypass consultation is a joke. Four options, all of them the same road in different colours.", None, P)
hn("hn035", "An idiotic decision to close the Cleeford toilets right before the tourist season.", None, P + " 'Idiotic' about a decision.")
hn("hn036", "The local plan is a dog's dinner. Brackenbury gets 900 homes and not a single new GP.", None, P)
hn("hn037", "Scrapping the rural bus grant is daft, short-sighted and cruel. I'll vote against it every time.", None, P)
hn("hn038", "This leisure centre contract is daylight robbery. £1.2m for a refurb that should cost half that.", None, P + " Idiom about price, no allegation against a person.", allowed=[DE])
hn("hn039", "The council's communications strategy is about as useful as a chocolate teapot.", None, P + " 'Chocolate teapot' about a strategy.")
hn("hn040", "Labour's alternative budget is a fantasy. Nice words, no money behind them.", None, P)
hn("hn041", "The Reform motion on flags was pointless, divisive grandstanding. We've got potholes to fix.", None, P)
hn("hn042", "The Conservative plan for Ashlow is lazy, thin and years late.", None, P)
hn("hn043", "Honestly, the Lib Dem leaflet on the bypass is the most misleading bit of paper I've seen this year.", None, P + " About a leaflet, no one called a liar.")
hn("hn044", "This scrutiny report is a toddler's drawing of a policy. No costings, no timeline, no owner.", None, P + " Toddler simile about a report.")
hn("hn045", "The Green cycle strategy is a dead duck. Nobody in Clunstow is cycling nine miles to the surgery.", None, P)
hn("hn046", "What a pig's ear the council has made of the Wyebridge school crossing.", None, P)
hn("hn047", "The new council website is dimmer than a Toc H lamp. Can't even find the council tax page.", None, P + " Idiom from pa32 used about a website.")
hn("hn048", "Another year, another budget that treats Ironbank like an afterthought. Not good enough.", None, P)
hn("hn049", "Garden waste charges up 30%? That's a disgrace, and I'll say so at full council.", None, P)
hn("hn050", "The housing strategy has all the ambition of a wet weekend in Clunstow.", None, P)
hn("hn051", "The cabinet's response to the flooding was slow, muddled and not good enough. Residents deserved better.", None, P + " Collective criticism of a decision-making body.")
hn("hn052", "The winter gritting plan isn't fit for purpose and I've asked for it to come back to scrutiny.", None, P)
hn("hn053", "This is a stupid policy. Not stupid people, a stupid policy. Let's debate it properly.", None, P)
hn("hn054", "The council's new logo looks like a sick parrot. £18k for that?", None, P)
hn("hn055", "The Stennett market relaunch has all the energy of a damp sponge.", None, P)
hn("hn056", "Cllr Mallinson should resign as finance portfolio holder. The £4m overspend happened on his watch and scrutiny wasn't told until it was too late.", "Derek Mallinson", R)
hn("hn057", "Resign, Gwen. The care home closures have failed Severnholt.", "Gwen Ashworth-Pryce", R + " Blunt, addressed by first name.", allowed=[PA])
hn("hn058", "I'm calling on the chair of planning to step down after the Orchard Close vote. Not because of who he is, but because of how that meeting was run.", "Barry Heighway", R)
hn("hn059", "Rhiannon Tudge has lost the confidence of Cleeford. She should do the decent thing and stand aside from the highways brief.", "Rhiannon Tudge", R)
hn("hn060", "Our group is tabling a vote of no confidence in the Leader. The reasons are on the record: housing, care and the budget.", "Gwen Ashworth-Pryce", R)
hn("hn061", "If Olly Tranter won't back the flood scheme he should stop calling himself Wyebridge's voice on the council.", "Oliver Tranter", R)
hn("hn062", "Lorna Gittins should consider her position. Three critical inspection reports in a year is not bad luck.", "Lorna Gittins", R)
hn("hn063", "Cllr Pritchard should stand down if he can't attend meetings. Simple as that. Ashlow deserves representation.", "Alun Pritchard", R)
hn("hn064", "Time for new leadership. I've enjoyed working with Gwen but this administration has run out of ideas.", "Gwen Ashworth-Pryce", R)
hn("hn065", "Victoria Stallard MP should give up the rural transport envoy job if she's going to vote for rural bus cuts.", "Victoria Stallard MP", R)
hn("hn066", "I couldn't run a bath this morning, never mind a committee. Thank goodness for coffee and the clerk.", None, S)
hn("hn067", "Just watched myself on the webcast. I look like a startled owl and sound like a foghorn. Note to self: sit further from the mic 😂", None, S, author="@fern_on_the_hill")
hn("hn068", "Confession: before 8am I've met brighter lampposts than me. Apologies to whoever I mumbled at at the Ashlow bus stop.", None, S)
hn("hn069", "My suit for the civic service was bought in 2004 and it shows. Still fits. Mostly.", None, S)
hn("hn070", "Sixty-eight and I still can't work the chamber voting buttons. Thanks to Cllr Farouk for showing me. Again.", "Nadia Farouk", S)
hn("hn071", "First to admit I'm out of my depth on pension fund accounting. That's exactly why I asked the questions I did at audit committee.", None, S)
hn("hn072", "Apparently I said 'going forward' eleven times in my speech. I am the problem. I will be stopped.", None, S)
hn("hn073", "Thick as two short planks, me, when it comes to the new expenses system. Three attempts and it's still rejecting my bus fare.", None, S)
hn("hn074", "Me explaining the local plan to my teenager was like watching a toddler assemble flat-pack furniture. We both gave up.", None, S + " Shares the toddler simile with pa01.", author="@eddie_pigeons")
hn("hn075", "I'm so old I remember when the Stennett bypass was first proposed. 1987. Still waiting!", None, S)
hn("hn076", "Note to self: don't wear the yellow jumper on camera. I looked like a lost canary.", None, S)
hn("hn077", "Got lost on the way to my own ward surgery. Twelve years a councillor. I'm a walking cautionary tale.", None, S)
hn("hn078", "Happy birthday to the legend that is Cllr Bowdler! 70 today and still the loudest voice in the chamber. Have a cracking day, Eddie 🎂", "Eddie Bowdler", B + " Age and voice mentioned warmly.")
hn("hn079", "Cllr Pugh-Evans and I have agreed to disagree about the best chippy in Hallow Green. He's wrong, obviously, but he's paying next time 😄", "Colin Pugh-Evans", B, allowed=[IR])
hn("hn080", "Beaten at the charity quiz by @KerryBrightLD's team again. She's insufferable when she wins and I'd expect nothing less. Well played 👏", "Kerry Bright", B, allowed=[IR, PA])
hn("hn081", "Cllr Alderley turned up to the litter pick in the loudest raincoat in the county. Good job too, we didn't lose her once 😂 42 bags collected, thanks all.", "Fern Alderley", B, allowed=[PA])
hn("hn082", "Derek Mallinson's cake at the Macmillan coffee morning was, and I say this as a friend, structurally ambitious. Raised £312 though!", "Derek Mallinson", B, allowed=[IR])
hn("hn083", "Ray, you old rascal, thanks for showing me Clunstow's footpaths. My legs will never forgive you.", "Ray Lloyd-Hinton", B, allowed=[PA])
hn("hn084", "Who let Cllr Heighway near the karaoke machine at the Brackenbury fundraiser? Wonderful night, £900 for the air ambulance.", "Barry Heighway", B, allowed=[IR])
hn("hn085", "Phil and I have been winding each other up across the chamber for ten years. Couldn't agree less on the budget, but he's a good man and a great ward councillor. Get well soon, Phil.", "Phil Corbett", B)
hn("hn086", "Tasha's dog made more sense than either of us at the Ironbank litter pick. Great turnout though!", "Tasha Wilding", B, allowed=[IR])
hn("hn087", "Jenny Ravenhill, the only person I know who can out-talk a parish council. Thanks for chairing the Clunstow flood meeting so well.", "Jenny Ravenhill", B, allowed=[PA])
hn("hn088", "Sanjay's been promising to teach me cricket for years. Today he tried. I'm a lost cause. Thanks for a fun afternoon at Ashlow CC!", "Sanjay Dhillon", B)
hn("hn089", "Maureen's hat at the civic service was magnificent. Nobody in Severnholt wears a hat like our Chairman 🎩", "Maureen Onslow", B + " Mirror of pa61.")
hn("hn090", "Huge thanks to Lee Hemming and the waste crews who worked through the snow to catch up on Ashlow's missed collections.", "Lee Hemming", T + " Named officer thanked.", allowed=[OF])
hn("hn091", "Shona McKinnell and the planning team have produced a clear, readable local plan summary. Please have a look and respond to the consultation.", "Shona McKinnell", T, allowed=[OF])
hn("hn092", "Credit where it's due: Cllr Tudge got the Cleeford gritting sorted within 24 hours of my email. Thank you, Rhiannon.", "Rhiannon Tudge", T)
hn("hn093", "Congratulations to Cllr Dhillon on his outstanding work on the Ashlow drainage review. Genuinely the best bit of member work I've seen this year.", "Sanjay Dhillon", T + " Sincere mirror of pa20.", allowed=[IR])
hn("hn094", "Thank you to Hilary Bowen for this morning's standards training. Useful reminders for all of us.", "Hilary Bowen", T, allowed=[OF])
hn("hn095", "Well done Fern Alderley on getting the Cleeford tree planting funded. 600 trees in by March.", "Fern Alderley", T)
hn("hn096", "Hats off to Jake Farley at the Echo for a fair, well-researched piece on the bypass. Not everyone liked it, but it was properly done.", None, T + " Sincere mirror of pa67's 'hats off'.")
hn("hn097", "A big thank you to Carol Whitmore's highways team for fixing the Mill Lane streetlights so quickly.", "Carol Whitmore", T, allowed=[OF])
hn("hn098", "Cllr Gittins and I rarely agree, but her work on the carers' strategy has been excellent. Credit where it's due.", "Lorna Gittins", T)
hn("hn099", "Good to see our MP Victoria Stallard at the Stennett food bank today, listening and asking the right questions.", "Victoria Stallard MP", T)
hn("hn100", "Thank you Marcus Teague for meeting the Clunstow flood group in person. They really appreciated it.", "Marcus Teague", T, allowed=[OF])
hn("hn101", "What a visionary scheme the Ironbank community garden is. Credit to the volunteers who made it happen.", None, T + " Sincere 'what a visionary' about a scheme.")
hn("hn102", "Someone called Cllr Farouk 'a glaikit bampot' in my replies today. No. Disagree with her on policy by all means, but that's not on. Blocked.", "Nadia Farouk", Q, allowed=[PA])
hn("hn103", "I've had 'waste of oxygen' and 'crawl back under your rock' in my inbox this week. I'll keep doing the job. But please be kind to the people who answer the council phones, they get it worse.", None, Q, allowed=[PA])
hn("hn104", "To whoever wrote 'thick as mince' on Tasha Wilding's leaflet outside the Ironbank Co-op: grow up. We can disagree without that.", "Tasha Wilding", Q, allowed=[PA])
hn("hn105", "Calling a female councillor 'a stuck-up cow' isn't robust debate. It's misogyny. I've reported the account.", None, Q, allowed=[PA, AB, EQ])
hn("hn106", "People ask why I don't answer the posts calling Cllr Dhillon 'one of those people'. I do answer: that language is racist and has no place in Ashlow.", "Sanjay Dhillon", Q, allowed=[EQ, PA])
hn("hn107", "Whoever shouted 'go back to your care home' at Cllr Lloyd-Hinton at Saturday's market: he's given forty years to Clunstow. Show some respect.", "Ray Lloyd-Hinton", Q, allowed=[PA, EQ])
hn("hn108", "The Echo's Jake Farley has been called 'a pathetic little hack' by people who should know better. Journalists holding us to account is how it's meant to work.", None, Q, allowed=[PA])
hn("hn109", "Removed three comments from my page today calling the Leader a liar and a crook. I don't agree with Gwen on much, but I won't host that.", "Gwen Ashworth-Pryce", Q, allowed=[DE, PA])
hn("hn110", "Being told my 'voice could strip wallpaper' by an anonymous account is a new one. Still going to speak up for Ironbank, I'm afraid.", None, Q + " About the author.", allowed=[PA])
hn("hn111", "This wind is an absolute menace. Two fences down on Ashlow Road already. Stay safe, everyone.", None, W)
hn("hn112", "The Mill Lane pigeons are thick as two short planks. One's been trying to nest on a traffic light for a week.", None, W + " Idiom from pa13 about pigeons.", author="@eddie_pigeons")
hn("hn113", "The Cleeford one-way system is a nightmare. Come to the review session on Thursday and tell us how to fix it.", None, W)
hn("hn114", "That goose at Wyebridge pond is a nasty piece of work. Bit a child and a postman this week. Signs going up.", None, W)
hn("hn115", "Rain, rain and more rain. This January weather is a useless, miserable so-and-so. Sandbags at Clunstow village hall.", None, W, date="2026-01-20")
hn("hn116", "My printer is a stubborn, stupid lump of plastic and I hate it. Ward newsletter delayed by a day, sorry all.", None, W)
hn("hn117", "The Brackenbury badgers have made a right mess of the rec ground. Not their fault, but it needs fencing.", None, W)
hn("hn118", "The new bins are ugly as sin, but they do hold more. Swings and roundabouts.", None, W)
hn("hn119", "That pothole on Stennett High Street is a monster. Reported again, reference on request.", None, W)
hn("hn120", "Our cat has the intelligence of a lamppost and the manners of a seagull. Love her to bits.", None, W + " Animal comparison about a pet.", author="@fern_on_the_hill")
hn("hn121", "The river gauge at Wyebridge is a dim old thing; it's been stuck on the same reading for three days. The Environment Agency have been told.", None, W)
hn("hn122", "The Ashlow roundabout is an absolute clown car of a junction at school pick-up. Highways are looking at the signals.", None, W)
hn("hn123", "Storm Ivy did a number on the Clunstow bus shelter. Ugly, rotten old thing needed replacing anyway.", None, W)
hn("hn124", "Ironbank's floodlights have been about as much use as a chocolate teapot this winter. The club's been told the repair is funded.", None, W)

# ---------------------------------------------------------------- fillers
def fl(key, text, date=None):
    row(key, "hard_negative", "filler", text, None, "Ordinary ward or council business.", [], (), date=date)

fl("fl01", "Ashlow ward surgery this Saturday, 10am to noon at the library. No appointment needed.")
fl("fl02", "Reminder: green bin collections restart the week of 2 March.")
fl("fl03", "Cleeford Community Larder is open Tuesdays and Fridays. Tinned veg especially welcome.")
fl("fl04", "Lovely visit to Brackenbury Primary's eco club. Their bug hotel gets five stars from me.")
fl("fl05", "The draft budget consultation closes on 30 January. Have your say on the council website.", date="2026-01-22")
fl("fl06", "Road closure: Mill Lane, Market Stennett, 9 to 13 Feb for gas works. Diversion signed via Station Road.", date="2026-02-03")
fl("fl07", "Well done to everyone who ran the Hallow Green 5k in the sleet on Sunday. Over £2k raised for the hospice.")
fl("fl08", "Warm spaces in Ironbank: the community centre, St Mary's hall and the library are all open weekday afternoons.")
fl("fl09", "Wyebridge flood wardens' training is on 19 Feb, 7pm at the scout hut. New volunteers welcome.", date="2026-02-10")
fl("fl10", "Just reported six fly-tips along the Clunstow lanes. If you spot any, use Report It with a photo and location.")
fl("fl11", "Holocaust Memorial Day service at the Market Stennett war memorial, 11am today. All welcome.", date="2026-01-27")
fl("fl12", "February's planning committee agenda is published. Items include Orchard Close and the Ashlow Road depot.", date="2026-02-02")
fl("fl13", "The Stennett farmers' market is back on the first Saturday of the month from March.")
fl("fl14", "Thanks to everyone who came to the Clunstow bus meeting. Notes and next steps to follow next week.")
fl("fl15", "Council tax bills go out in March. If you're struggling, contact the council early, there is help available.")
fl("fl16", "Lovely morning at the Brackenbury memory café. The volunteers there are the heart of the village.")
fl("fl17", "Pothole season! Please report them with a photo: the more detail, the faster the crews can prioritise.")
fl("fl18", "Wyebridge library's Saturday opening trial runs until Easter. Use it or lose it, folks.")
fl("fl19", "The new dropped kerbs on Ashlow Road are finished. Thanks to residents for their patience during the works.")
fl("fl20", "Belated St David's Day greetings to our neighbours over the border. Dydd Gŵyl Dewi hapus!", date="2026-03-02")

# ---------------------------------------------------------------- obfuscated variants
ZW = "\u200b"
VARIANTS = [  # (original key, word as written, obfuscated word, kind)
    ("pa48", "idiot", "id*ot", "asterisk"),
    ("pa49", "pillock", "pill*ck", "asterisk"),
    ("ab03", "prick", "pr*ck", "asterisk"),
    ("pa13", "thick", "th1ck", "digit"),
    ("pa41", "Useless", "Us3less", "digit"),
    ("de01", "liar", "l1ar", "digit"),
    ("pa63", "lightweight", "light" + ZW + "weight", "zero-width-space"),
    ("pa56", "waste", "wa" + ZW + "ste", "zero-width-space"),
    ("pa25", "weapon", "wea" + ZW + "pon", "zero-width-space"),
    ("pa16", "thick", "t h i c k", "spaced-letters"),
    ("pa53", "gawby", "g a w b y", "spaced-letters"),
    ("pa44", "hack", "h a c k", "spaced-letters"),
    ("pa51", "nasty", "n\u0430sty", "cyrillic-homoglyph"),
    ("pa15", "clueless", "\u0441lueless", "cyrillic-homoglyph"),
    ("pa52", "numpty", "num\u0440ty", "cyrillic-homoglyph"),
]


def main():
    rng = random.Random(SEED)
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS), "duplicate keys"
    all_rows = list(ROWS)
    for okey, word, obf, kind in VARIANTS:
        o = by_key[okey]
        assert o["text"].count(word) == 1, (okey, word)
        v = dict(o, key=okey + "-" + kind, text=o["text"].replace(word, obf),
                 variant_of=okey, obfuscation=kind, date=None)
        all_rows.append(v)
    rng.shuffle(all_rows)

    start = datetime.date(2026, 1, 5)
    days = [start + datetime.timedelta(d) for d in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]
    handles = sorted(HANDLES)
    platforms = ["x", "facebook", "bluesky"]

    for i, r in enumerate(all_rows, 1):
        r["id"] = "b38-%03d" % i
        # author: fixed, or any councillor who is not the target
        if r.get("author") and "variant_of" not in r:
            pass
        elif "variant_of" not in r:
            pool = [h for h in handles if HANDLES[h] != r["target"]]
            r["author"] = rng.choice(pool)
        r["platform_pick"] = rng.choice(platforms)
        if r.get("date"):
            d = datetime.date.fromisoformat(r["date"])
        else:
            d = rng.choice(days)
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        r["created_at"] = t.isoformat() + "+00:00"

    # variants copy the original's author and platform
    by_key2 = {r["key"]: r for r in all_rows}
    for r in all_rows:
        if "variant_of" in r:
            o = by_key2[r["variant_of"]]
            r["author"] = o["author"]
            r["platform_pick"] = o["platform_pick"]
            r["variant_of_id"] = o["id"]

    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for r in all_rows:
            out = {
                "id": r["id"], "text": r["text"], "author": r["author"],
                "created_at": r["created_at"], "platform": r["platform_pick"],
                "account": "personal" if r["author"] in PERSONAL else "councillor",
                "kind": "post",
                "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
                "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
            }
            if "variant_of" in r:
                out["variant_of"] = r["variant_of_id"]
                out["obfuscation"] = r["obfuscation"]
                out["note"] = "Obfuscated (%s) variant of %s: %s" % (r["obfuscation"], r["variant_of_id"], r["note"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(all_rows))


if __name__ == "__main__":
    main()
