#!/usr/bin/env python3
"""Blind set b59 (Strathcorran Council): hand-written rows plus a deterministic builder.

Run `python3 build.py` to write posts.jsonl. The seed is fixed, so the file is the
same byte for byte on every run.
"""
import datetime as dt
import json
import random
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5959

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PO = "position.improper-advantage"
HA = "haste.pause-before-posting"

ROWS = []


def P(fam, text, rules=(), allowed=(), verdict=None, note="", **kw):
    if verdict is None:
        verdict = "block" if fam in (BU, EQ) else "review"
    ROWS.append(dict(fam=fam, text=text, rules=[fam] + list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, kind_of_row="positive", **kw))


def HN(tag, text, allowed=(), note="", **kw):
    ROWS.append(dict(fam="hard_negative", text=text, rules=[], allowed=list(allowed),
                     verdict="ok", note=f"[{tag}] {note}", kind_of_row="hard_negative", **kw))


# ---------------------------------------------------------------- personal attack
P(PA, "Honestly, Gordon Tait couldnae find his own backside wi a map and a torch. And this man sits on the audit committee.",
  note="Competence insult aimed at a named councillor (Scots idiom), no swearing.")
P(PA, "@AliPirieNLU ye glaikit wee man, did ye even read the paper before ye opened yer mouth?",
  note="'Glaikit wee man' aimed at a councillor by handle; belittling insult.", v=("spaced", "glaikit", "g l a i k i t"))
P(PA, "Watching Kirsty Moffat try to explain a budget is like watching a dug try tae read a bus timetable 🐕🚌",
  note="Mocks a named councillor's intelligence by comparison with a dog.", v=("caps",))
P(PA, "Callum Strachan has the charisma of a wet Tuesday in Portcorran and roughly the same intellect.",
  note="Insult to a named councillor's intelligence dressed as a joke.")
P(PA, "Fiona Baird, bless her, has discovered spreadsheets. Only took her four years and a sharp word from the auditor 🙃",
  rules=[IR], note="Mock praise and 'bless her' condescension at a named councillor; irony-risk expected.")
P(PA, "Some folk are born leaders. Morag Lennie-Stewart was born to stand at the back of a photo nodding.",
  note="Belittling the Leader as a person, not her policy.")
P(PA, "Iain MacRae is a walking advert for why we need a competence test for conveners. Confused, waffling, and hasnae had an original thought since the last century.",
  note="Personal attack on a named councillor's competence and mind.")
P(PA, "Peely-wally, shilpit wee Lachie Munro telling grown adults how to run a council. Away back tae yer PlayStation, son.",
  allowed=[EQ], note="Appearance ('peely-wally, shilpit') and belittling of a named young councillor; age is in the mockery, so equality allowed.")
P(PA, "Nae wonder Billy Cruickshank never speaks in the chamber, there's nothing going on upstairs to say.",
  note="Says a named councillor is stupid; no swear words.")
P(PA, "Mr Gillies, with respect, a primary one pupil wi a crayon would have produced a more credible budget paper than you did.",
  rules=[OF], note="Belittles a named officer (Head of Finance) in public: personal attack plus officers.impartiality.")
P(PA, "Shona Carnegie's planning department: where common sense goes to die. And she's the worst of the lot, a useless jobsworth hiding behind policy numbers.",
  rules=[OF], note="'Useless jobsworth' aimed at the named Head of Planning; officers expected.")
P(PA, "Davie Rennie's contribution to the debate was a long greet about nothing. The man's a professional moaner wi the backbone of a jellyfish.",
  note="Mocks a named councillor as spineless whiner.")
P(PA, "@GordonTaitNLU ye're a bampot. That's it, that's the post.",
  note="Plain Scots insult ('bampot') at a handle; short post.", v=("star", "bampot", "b*mpot"))
P(PA, "Every time Alasdair Pirie opens his mouth the average IQ in the chamber drops. Pure embarrassing.",
  note="Insult to a named councillor's intelligence.")
P(PA, "Ardlochy deserves better than Jessie Mair, a woman who couldnae organise a ceilidh in a village hall wi a band already booked.",
  note="Competence mockery of a named councillor, idiom without swearing.")
P(PA, "Kenny Docherty looks like he got dressed in the dark at a jumble sale. Maybe sort yersel oot before ye lecture us on standards, pal.",
  note="Mockery of a named councillor's appearance.")
P(PA, "Has anyone checked whether Eilidh Sangster actually has a pulse? Three years on the committee and she's said two words, both of them 'agreed'.",
  note="Ridicules a named councillor as lifeless and useless; beyond record criticism.")
P(PA, "Oor planning convener is an absolute weapon. Wouldnae trust him tae run a bath, never mind Balnacraig.",
  note="'Weapon' (Scots slang for idiot) at a person identified by role (planning convener).", excl=["Callum Strachan"],
  v=("homoglyph", "weapon", "w\u0435apon"))
P(PA, "Lovely speech fae Cllr Bell today. Shame it was written by someone wi a brain and read by someone without one.",
  note="Says a named councillor has no brain; mock opener. Irony allowed.", allowed=[IR])
P(PA, "You're an embarrassment to this chamber, @KirstyMoffatNLU. Clueless, shameless and gormless, the full set.",
  note="Second-person string of insults at a handle.", v=("zero_width", "Clueless", "Clue\u200bless"))
P(PA, "Alasdair Pirie is a parasite on this council. Useless, spiteful and frankly a waste of a seat and a salary. Naebody would miss him if he vanished the morn.",
  verdict="block", allowed=[AL, BU], note="Severe dehumanising attack ('parasite', nobody would miss him): block. 'Vanished' is not a threat, bullying allowed only.")
P(PA, "Gordon Tait is a rancid wee creature. Subhuman behaviour fae a subhuman specimen. Crawl back under yer stane.",
  verdict="block", allowed=[AL], note="Severe dehumanising insult ('subhuman specimen'): block.")
P(PA, "Provost Macinnes in his chains looks like a budgie that's won a raffle. Pompous wee nyaff.",
  note="Appearance mockery and 'nyaff' (insignificant person) at the named Provost.")
P(PA, "Catriona Bell struggles tae count her fingers, never mind a budget. How is she on the finance committee?",
  note="Belittles a named councillor's intelligence.")
P(PA, "Nasreen Akhtar-Boyle is a two-faced snake and everybody in this building kens it.",
  allowed=[DF], note="'Two-faced snake' at a named councillor; hints at dishonesty, defamation allowed.")
P(PA, "Genuinely in awe of Cllr Munro's ability to talk for twenty minutes and say absolutely nothing. A rare gift 👏👏",
  rules=[IR], note="Mock praise of a named councillor; irony expected.")
P(PA, "Harpreet, hen, stick to what you're good at. Which, fae tonight's performance, is nothing.",
  allowed=[EQ], note="Condescending insult to a named councillor; 'hen' is gendered, equality allowed.")
P(PA, "Seonaid Ferguson has a face like a skelped arse every time she loses a vote. Grow up.",
  allowed=[AL], note="Appearance insult with a mild vulgarism at a named councillor; abusive-language allowed.")
P(PA, "Billy Cruickshank is thick as mince.",
  note="Very short plain Scots insult ('thick as mince') at a named councillor.", v=("digit", "thick", "th1ck"))
P(PA, "Lorna Baxter runs roads like she parks: badly, and across three spaces. Worst head of service this council has ever had.",
  rules=[OF], note="Mocks a named officer personally; officers expected.")
P(PA, "Ye'd get more sense oot a tattie than oot Jessie Mair. At least the tattie's useful in a pot of stovies.",
  note="Compares a named councillor unfavourably with a potato; insult to intelligence.")
P(PA, "Amara Okonjo-Reid is an arrogant, preening wee madam who thinks she's above the rest of us.",
  allowed=[EQ], note="Insult at a named councillor; 'madam' gendered, equality allowed (no racial content).")
P(PA, "@DonnieMacAskillCCP time tae admit ye're just a big bag of wind wi a rosette pinned on it.",
  note="Insult at a handle ('bag of wind').")
P(PA, "Stuart Jardine, the licensing officer, is either lazy or incompetent. Pick one, Stuart. Either way ye're no fit for the job.",
  rules=[OF], note="Personal attack on a named officer's fitness; officers expected.")

# ---------------------------------------------------------------- abusive language
P(AL, "This budget is pure pish fae start tae finish. Absolute shite for Auchterlee.",
  note="Obscene language at a budget: abusive-language alone.", v=("star", "shite", "sh*te"))
P(AL, "Braeside Waste have made a total fuckin' arse of the bin collections again. Third week running.",
  allowed=[PA], note="Obscenity at a contractor; personal-attack allowed for a company.")
P(AL, "Fuck this consultation. Fourteen pages of shite and no one asked a single crofter.",
  note="Obscenity at a consultation.")
P(AL, "Whit a fud. Gordon Tait just voted against his own amendment 🤦",
  rules=[PA], note="'Fud' (vulgar Scots) at a named councillor: abusive plus personal-attack.")
P(AL, "Absolute bawbag of a motion fae the Liberal Union. Bin it.",
  allowed=[PA], note="Vulgar Scots 'bawbag' at a party's motion; personal-attack allowed for a party.")
P(AL, "Cllr Pirie ye're a total fanny and everybody in Strathfinnan kens it",
  rules=[PA], note="Vulgar Scots insult at a named councillor.", v=("spaced", "fanny", "f a n n y"))
P(AL, "Who the fuck thought shutting the Portcorran library was a good idea? Bloody shambles.",
  allowed=[PA, OF], note="Obscenity at a decision; the unnamed decision-maker means personal-attack and officers only allowed.")
P(AL, "The ferry timetable is a steaming pile of shite and Firthlink should be ashamed.",
  allowed=[PA], note="Obscenity at a timetable and an operator; personal-attack allowed.")
P(AL, "Callum Strachan is a smug wee prick.",
  rules=[PA], note="Obscene insult at a named councillor.", v=("digit", "prick", "pr1ck"))
P(AL, "Kilbraddan Harbour regeneration plan? Bollocks. Utter bollocks. Dressed-up bollocks wi a glossy cover.",
  note="Repeated vulgarity at a plan.")
P(AL, "Naw, fuck off wi yer 'efficiency savings', Saltire Progressives. We ken fine what that means for care workers.",
  allowed=[PA], note="Obscenity at a party and its policy; personal-attack allowed.")
P(AL, "Morag Lennie-Stewart is an absolute cunt and so is every one of her cronies.",
  rules=[PA], verdict="block", note="The c-word at a named councillor and her group: severe, block.")
P(AL, "Filthy scum, the lot of them on the Saltire benches. Hope they choke on their expenses.",
  rules=[PA], verdict="block", allowed=[BU, DF], note="'Filthy scum' plus a wish of harm at a group of councillors: severe, block; expenses hint lets defamation in, the wish lets bullying in.")
P(AL, "Shitey wee leaflet fae the Greens came through my door. Straight in the recycling where it belongs ♻️",
  allowed=[PA], note="Vulgarity at a party leaflet.")
P(AL, "Kirsty Moffat talks absolute shite. Every. Single. Time.",
  rules=[PA], note="Obscenity at a named councillor.", v=("zero_width", "shite", "sh\u200bite"))
P(AL, "FFS. The pothole on the Glen Ruaidh road has now swallowed a Micra. Sort your shit out, roads department.",
  allowed=[PA, OF], note="Obscenity at a department; officers and personal-attack only allowed.")
P(AL, "Jessie Mair, ye absolute arsehole, that was my constituent you just mocked in committee.",
  rules=[PA], note="Obscene insult at a named councillor.")
P(AL, "This parking policy is a pile of crap dreamt up by somebody who's never driven a hill road in snow.",
  allowed=[PA], note="Vulgarity at a policy; the unnamed author makes personal-attack allowed.")
P(AL, "Bastards. Every last one of them that voted to close the Auchterlee day centre.",
  rules=[PA], note="'Bastards' at the councillors who voted: people, so personal-attack expected.")
P(AL, "Ach, pish. Another 'listening exercise'. Naebody's listening, they're just dicking us about.",
  allowed=[PA], note="Vulgarity ('pish', 'dicking us about') at a council process.")
P(AL, "Tell the Corran Homes board fae me: yer damp survey's no worth a fuck and neither's your apology.",
  allowed=[PA], note="Obscenity at a housing association's survey and board.")
P(AL, "Gordon Tait, ye're a wanker. A polite wanker, but still a wanker.",
  rules=[PA], note="Obscene insult repeated at a named councillor.", v=("homoglyph", "wanker", "w\u0430nker"))
P(AL, "What a load of shite the Strathcorran Courier printed about the school estate. Bin-fire journalism.",
  allowed=[PA], note="Obscenity at a newspaper's article.")
P(AL, "Dear @AliPirieNLU, kindly shove your amendment up your arse. Regards, everybody.",
  rules=[PA], note="Vulgar instruction at a handle, politely framed.", v=("caps",))
P(AL, "That was the most fucking useless committee meeting I've sat through in nine years.",
  note="Obscenity at a meeting, no person.")
P(AL, "Bloody hell, the new bin rota is a total clusterfuck. Who signed this off?",
  allowed=[PA, OF], note="Obscenity at a rota; the signatory is unnamed.")
P(AL, "Absolute tosser. Billy Cruickshank just walked out mid-debate tae get his photo taken at the harbour.",
  rules=[PA], note="'Tosser' at a named councillor.")
P(AL, "Pure mingin' decision fae a pure mingin' council. Piss off wi it.",
  note="'Piss off' at the council; mild but still vulgar. Mildest row of the family.")
P(AL, "The budget's fucked, the reserves are fucked and the convener's away skiing.",
  allowed=[PA], note="Obscenity at the budget; the convener jab lets personal-attack in.")
P(AL, "Seonaid Ferguson is a sanctimonious cow and I'm sick of her shite.",
  rules=[PA], allowed=[EQ], note="Vulgar insult at a named councillor; 'cow' gendered, equality allowed.")
P(AL, "Shite roads, shite buses, shite broadband. Welcome to Glen Ruaidh 💩",
  note="Vulgarity at services, no person.")
P(AL, "Stick yer consultation up yer jacksie, Strathcorran Council. We answered it three times already.",
  allowed=[PA], note="Vulgar Scots ('up yer jacksie') at the council.")
P(AL, "Provost Macinnes is a pompous auld bawbag.",
  rules=[PA], allowed=[EQ], note="Vulgar insult at the named Provost; 'auld' lets equality (age) in.")
P(AL, "Dickhead of the week award goes to whoever at Braeside Waste thought 6am glass collections outside a care home was fine.",
  allowed=[PA], note="Vulgar insult at an unnamed 'whoever' at a company; personal-attack allowed.")

# ---------------------------------------------------------------- bullying / intimidation
P(BU, "Kirsty Moffat, you cross me on the ferry vote and I will end you. Politically, personally, whatever it takes.",
  allowed=[PA], note="[explicit] Direct threat to a named councillor conditioned on a vote.")
P(BU, "Pirie, ye'll regret this. I'll make sure every door in Strathfinnan hears what you did, and I'll no stop there.",
  allowed=[PA, DF], note="[explicit] 'Ye'll regret this' with escalation.")
P(BU, "I know where you live, @GordonTaitNLU. Maybe I'll pop round and we can discuss yer amendment face tae face.",
  allowed=[PA, DP], note="[explicit] 'I know where you live' plus visit; home address implied, data-protection allowed.",
  v=("zero_width", "live", "li\u200bve"))
P(BU, "To whoever reported me to the Standards Commission: I will find out who you are, and you'll wish you hadnae.",
  allowed=[PA], note="[explicit] Threat against a complainant.")
P(BU, "Billy Cruickshank, if you vote wi them tomorrow ye're finished on this council. Done. I'll bury you.",
  allowed=[PA], note="[explicit] Threat to a named councillor over a vote.", v=("star", "bury", "b*ry"))
P(BU, "Say that again tae my face, Davie Rennie, and see what happens. I'm no joking.",
  allowed=[PA], note="[explicit] Challenge with implied physical consequence.", v=("homoglyph", "joking", "j\u043eking"))
P(BU, "Stuart Jardine, you'll be looking for a new job by Easter. I'll see to it personally.",
  rules=[OF], allowed=[PA], note="[explicit] Threat to a named officer's job; officers expected.")
P(BU, "Anyone who gives evidence against me at the hearing should think very carefully about their future in this town.",
  note="[explicit] Threat to witnesses.")
P(BU, "Right, Jessie Mair. You humiliated me in that committee. Now I'm going to humiliate you, and I'll enjoy every minute.",
  allowed=[PA], note="[explicit] Stated intent to humiliate a named councillor.", v=("digit", "humiliate", "hum1liate"))
P(BU, "Eilidh, keep pushing this complaint and I will make your life hell. Every meeting. Every vote. Every day.",
  allowed=[PA], note="[explicit] Threat to a complainant councillor.", v=("spaced", "hell", "h e l l"))
P(BU, "Be a shame if anything happened to that nice new car of yours, Cllr Strachan. Lot of loose gravel on the Balnacraig road 😉",
  allowed=[PA, IR], note="[veiled] Mafia-style 'be a shame if' with a wink.")
P(BU, "Interesting that Kirsty Moffat's boy goes to Auchterlee Primary. Small place. Folk talk. Folk remember.",
  allowed=[PA, DP], note="[veiled] Mentions a councillor's child and school as menace; data-protection allowed.")
P(BU, "Some people in Portcorran have long memories, Gordon. Just saying. Mind how ye go.",
  allowed=[PA], note="[veiled] 'Mind how ye go' as a warning.")
P(BU, "I'd hate for Shona Carnegie's wee secrets to come out. Very hard to unring that bell. Think on, Shona.",
  rules=[OF], allowed=[PA, DF], note="[veiled] Threat of exposure against a named officer; officers expected.")
P(BU, "Nice house you've got up at Glen Ruaidh, Donnie. Lovely view. Very isolated though, eh?",
  allowed=[PA, DP], note="[veiled] Points at a councillor's isolated home.")
P(BU, "Reminder to whoever leaked my email: the island's awfy wee and the ferry only goes twice a day.",
  note="[veiled] Menace to an unnamed person: nowhere to hide.")
P(BU, "A word tae the wise for Cllr Sangster: folk that make enemies on this council tend tae find their ward funding dries up. And other things.",
  allowed=[PA, PO], note="[veiled] Threat of loss of funding 'and other things'; position allowed.")
P(BU, "Amara's been awfy brave lately. Brave folk sometimes get hurt. Just an observation.",
  allowed=[PA], note="[veiled] Implied harm to a named councillor.")
P(BU, "Graeme Wishart might want to remember who votes on his contract. Long winters up here.",
  rules=[OF], allowed=[PA], note="[veiled] Menace against the named Chief Executive; officers expected.")
P(BU, "Ailsa should maybe stop posting her wee jogging routes on Insta. Never know who's watching 👀",
  allowed=[PA, DP, EQ], note="[veiled] Implies stalking of a named councillor; she is trans, so equality allowed.")
P(BU, "Funny how the windows of folk who vote against the harbour plan keep getting broken. Wonder whose are next, Tomasz?",
  allowed=[PA], note="[veiled] Links damage to votes and names the next target.")
P(BU, "Would be a pity for Harpreet's family business if the licensing inspections got a wee bit more... thorough. Just thinking out loud.",
  allowed=[PA, PO, DP], note="[veiled] Threat to use council power against a councillor's family business.")
P(BU, "Fiona Baird thinks she's untouchable. Naebody's untouchable. Remember that, Fiona.",
  allowed=[PA], note="[veiled] 'Nobody's untouchable' warning to a named councillor.")
P(BU, "Elspeth Noble: drop the investigation intae me by Friday or I'll make sure your department's budget is the first thing cut.",
  rules=[OF], note="[pressure] Pressure on the Monitoring Officer to drop an investigation; officers expected.")
P(BU, "Vote for my amendment, Lachie, or your seat on the licensing board goes. Your choice, son.",
  allowed=[PA, PO], note="[pressure] Coercion with a committee place.", v=("caps",))
P(BU, "I've told Murdo Gillies: rewrite the reserves paper the way I want it or I'll be raising his 'performance' at every committee till he quits.",
  rules=[OF], allowed=[PA], note="[pressure] Pressing a named officer to change a report, with a campaign of humiliation.")
P(BU, "Every councillor who signs Seonaid's letter will be named and shamed on my page, wi their photos. Think very carefully before you put pen tae paper.",
  allowed=[PA], note="[pressure] Intimidating colleagues out of signing a letter.")
P(BU, "Withdraw the complaint, Rhona, and this all goes away quietly. Keep going and I'll drag your name through every paper in the Highlands.",
  allowed=[PA], note="[pressure] Pressure on a complainant.")
P(BU, "Just a reminder to the three witnesses in the standards case: I've got your names, and I've got a long memory.",
  note="[pressure] Pressure on witnesses.")
P(BU, "Cllr Docherty, I'll be on your doorstep every week asking why you betrayed your ward, until you step down. Every single week.",
  allowed=[PA, DP], note="[pressure] Campaign of doorstep pressure to force resignation.")
P(BU, "Fraser Imrie should know his recommendation on the Balnacraig site will be remembered at his next appraisal. Change it.",
  rules=[OF], note="[pressure] Pressing a named planning officer to change advice.")
P(BU, "If Corran Homes staff keep talking tae the press about the damp, I'll make sure every one of them is named in the chamber. Wheesht, the lot of ye.",
  note="[pressure] Silencing staff by threat of naming.")
P(BU, "Nasreen, I've got screenshots of every message you ever sent me. Back my motion or they go public.",
  allowed=[PA], note="[pressure] Blackmail for a vote.")
P(BU, "To the youth worker who spoke against me at the community council: I've emailed your manager, your board and your funders. Let's see how brave ye are now.",
  note="[pressure] Retaliation against a member of the public who spoke up.")

# ---------------------------------------------------------------- equality / discrimination
P(EQ, "Kenny Docherty's a Fenian and aye, that's exactly why he wants mair money for the Catholic schools. Cannae trust them wi public cash.",
  rules=[AL, PA], allowed=[DF], note="[explicit; religion, sectarian anti-Catholic] Slur 'Fenian' at a named councillor.",
  v=("homoglyph", "Fenian", "F\u0435nian"))
P(EQ, "Nae more tinks at the Ardlochy site. They steal, they leave a midden and the locals pay for it.",
  rules=[AL], note="[explicit; race, Scottish Gypsy/Traveller] Slur 'tinks' and theft stereotype.", v=("star", "tinks", "t*nks"))
P(EQ, "Another Paki shop on the High Street wanting a late licence. Kilbraddan's no Kilbraddan any more.",
  rules=[AL], note="[explicit; race, South Asian] Racial slur and 'replacement' lament.", v=("digit", "Paki", "P4ki"))
P(EQ, "Seonaid Ferguson and her wife shouldnae be anywhere near the children's services committee. Folk like that have an agenda.",
  rules=[PA], note="[explicit; sexual orientation] Says a lesbian councillor is unfit near children.")
P(EQ, "Ailsa Sutherland-Kerr is a man in a frock and I'll no be calling him anything else in that chamber.",
  rules=[PA], allowed=[AL], note="[explicit; gender reassignment] Deliberate misgendering of a named trans councillor.",
  v=("spaced", "frock", "f r o c k"))
P(EQ, "Rhona Geddes cannae even get up the stairs tae the chamber. How's someone in a wheelchair meant to represent a hill ward?",
  rules=[PA], note="[explicit; disability] Unfit because she uses a wheelchair.")
P(EQ, "Donnie MacAskill's 76. Senile auld fool should be in a home, no on the planning committee.",
  rules=[PA], note="[explicit; age] 'Senile auld fool... in a home'.")
P(EQ, "Women shouldnae be convening the roads committee. They cannae reverse a car, never mind manage a gritter fleet.",
  note="[explicit; sex] Women unfit for a role.")
P(EQ, "Catriona Bell's up the duff again so that's another six months of her doing hee-haw on our money. Should've stood down.",
  rules=[PA], allowed=[AL], note="[explicit; pregnancy and maternity] Pregnancy as grounds to stand down.")
P(EQ, "Tomasz should go back tae Poland if he doesnae like how we do things here. We didnae vote for foreigners.",
  rules=[PA], note="[explicit; race, Polish national origin] 'Go back' at a named councillor.")
P(EQ, "We don't need a mosque in Auchterlee. Islam and the Highlands dinnae mix and never will.",
  note="[explicit; religion, anti-Muslim] Excludes a faith from the area.", v=("zero_width", "Islam", "Is\u200blam"))
P(EQ, "Sassenach incomers buying up the crofts and then telling us how tae vote. Send them back down the A9.",
  allowed=[AL], note="[explicit; race, English national origin] 'Send them back'.")
P(EQ, "Funny how it's always the Jewish-owned developers that get the harbour contracts. Follow the money, folks.",
  allowed=[DF], note="[explicit; religion/race, antisemitic] Jewish conspiracy trope.")
P(EQ, "Amara Okonjo-Reid wouldnae have got near a nomination if she wasnae Black. Box-ticking, plain and simple.",
  rules=[PA], note="[explicit; race, Black] Says a Black councillor was selected for race.")
P(EQ, "Cllr Okonjo-Reid is awfy articulate, isn't she? Ye wouldnae expect it.",
  rules=[PA], allowed=[IR], note="[coded; race, Black] Surprise at a Black councillor's articulacy.")
P(EQ, "Ye can tell which foot Kenny kicks wi by who gets the school contracts. Same as it ever was in this toon.",
  rules=[PA], allowed=[DF], note="[coded; religion, sectarian] 'Which foot he kicks with' is a Scottish code for Catholic.")
P(EQ, "Seonaid's 'lifestyle' is her business, but maybe keep it away fae the primary school visits, eh?",
  rules=[PA], note="[coded; sexual orientation] 'Lifestyle' and children insinuation.")
P(EQ, "Ailsa, or whatever 'she' is calling hersel this week, should stick to the environment brief and leave the women's refuge to real women.",
  rules=[PA], note="[coded; gender reassignment] Scare quotes and 'real women' at a trans councillor.")
P(EQ, "Billy's a nice enough lad but ye can tell he was in the special class at school. Bless him.",
  rules=[PA], allowed=[IR], note="[coded; disability, learning] 'Special class' as a put-down.")
P(EQ, "Eilidh's 'off with her nerves' again. Maybe folk who cannae cope shouldnae stand for council.",
  rules=[PA], allowed=[DP], note="[coded; disability, mental health] Mental ill-health as unfitness; health mention lets data-protection in.")
P(EQ, "Time the pensioners on this council made way. Half of them cannae work a laptop and the other half are sleeping by item two.",
  note="[coded; age, older] Group attack on older councillors.")
P(EQ, "Lachie Munro is 23. Twenty-three. Go and get a real job and some life experience before ye tell grown-ups how to vote.",
  rules=[PA], note="[coded; age, young] Dismisses a named councillor for his youth.")
P(EQ, "Word of advice to Auchterlee residents: lock yer sheds, the 'visitors' are back on the lay-by.",
  note="[coded; race, Gypsy/Traveller] 'Visitors' on the lay-by as code for Travellers, with a theft stereotype.")
P(EQ, "The Portcorran hotel's full of young men fae God knows where. Mothers are feart to walk their weans past it. Just saying what everybody's thinking.",
  note="[coded; race, asylum seekers] Danger stereotype of asylum seekers.")
P(EQ, "Harpreet's perfectly nice but she'll always put her own community first. They look after their own, that lot.",
  rules=[PA], note="[coded; religion/race, Sikh] Dual-loyalty stereotype.")
P(EQ, "Fiona Baird's announced she's expecting. Well, there goes the housing brief for a year. Told ye no tae give it tae a young married woman.",
  rules=[PA], note="[coded; pregnancy and maternity, sex, marriage] Pregnancy as incapacity.")
P(EQ, "Funny how the councillors in 'civil partnerships' are the loudest about family policy. Get a real marriage first, then lecture us.",
  note="[coded; marriage and civil partnership, sexual orientation] Belittles civil partners.")
P(EQ, "New takeaway on Harbour Street. Anybody seen a cat in Portcorran lately? 🐱 Asking for a pal.",
  allowed=[AL], note="[coded; race, Chinese] Cat-eating stereotype about a Chinese takeaway.")
P(EQ, "Morag Lennie-Stewart gets awfy emotional when the numbers go against her. Maybe it's that time of the month 🙄",
  rules=[PA], note="[coded; sex] Menstruation jibe at a named woman.")
P(EQ, "Half the Docherty clan came over on the boat fae Donegal and they still vote like they're in Dublin.",
  rules=[PA], note="[coded; race/religion, Irish Catholic] Sectarian anti-Irish jibe at a named councillor's family.")
P(EQ, "Interesting how the harbour consultancy is run by the same, ahem, 'international' family that funds half the lobbyists at Holyrood. Ask who really pulls the strings.",
  allowed=[DF], note="[coded; religion/race, antisemitic] 'International' family pulling strings is a coded antisemitic trope.")
P(EQ, "Ye can always tell a Portcorran street has 'changed' when the corner shop starts selling pierogi and naebody speaks tae ye in English.",
  note="[coded; race, Polish] 'Changed' street as code against Eastern European residents.")
P(EQ, "Rhona's lovely but let's be honest, a hill ward needs someone who can actually get round the doors.",
  rules=[PA], note="[coded; disability, physical] Wheelchair user as unfit, in soft words.")
P(EQ, "Nasreen says she'll represent everyone in Kilbraddan Hill. Aye, till Friday prayers, anyway.",
  rules=[PA], note="[coded; religion, anti-Muslim] Says a Muslim councillor's faith trumps her duty.", v=("caps",))

# ---------------------------------------------------------------- defamation
P(DF, "Everybody in Balnacraig kens Callum Strachan's got his snout in the trough wi that developer.",
  allowed=[PA], note="Corruption alleged by idiom ('snout in the trough'): review.")
P(DF, "Iain MacRae is a liar. He told the chamber the reserves were safe and he knew fine they werenae.",
  rules=[PA], note="'Liar' plus knowing deception: defamation and personal-attack, review.",
  v=("zero_width", "liar", "li\u200bar"))
P(DF, "Funny how Gordon Tait's brother-in-law keeps winning the gritting contract. Nae doubt a total coincidence 🤔",
  allowed=[PA, IR], note="Innuendo of corrupt favouritism: review.")
P(DF, "Morag Lennie-Stewart's been cooking the books on the harbour project for two years and the auditor's finally noticed.",
  allowed=[PA], note="'Cooking the books' idiom: review.")
P(DF, "Braeside Waste are a bunch of chancers and crooks, and the council keeps paying them.",
  allowed=[PA], note="'Crooks' at a company: review; personal-attack allowed for a company.")
P(DF, "Kirsty Moffat is bent as a butcher's hook. Ask anyone at the community council.",
  rules=[PA], note="'Bent' (corrupt) at a named councillor.", v=("star", "bent", "b*nt"))
P(DF, "Whit's the betting Provost Macinnes got a wee drink for that hotel licence? Ye dinnae get a 3am licence on merit in this toon.",
  allowed=[PA], note="Innuendo of a bribe: review.")
P(DF, "Alasdair Pirie has been fiddling his mileage claims for years. Ask how a man drives tae Inverness every day without leaving Strathfinnan.",
  allowed=[PA], verdict="block", note="Expenses fraud stated as fact: block.")
P(DF, "Fiona Baird is a fraud. She promised the Kilbraddan Hill tenants new windows, took the votes, and knew all along there was no budget.",
  rules=[PA], note="'Fraud' as dishonesty about a promise: review.", v=("caps",))
P(DF, "Corran Homes have been pocketing tenants' service charges and spending them on the board's jollies.",
  allowed=[PA], verdict="block", note="Misappropriation of tenants' money stated as fact: block.")
P(DF, "Shona Carnegie's in the developers' back pocket. Every recommendation this year has gone their way.",
  rules=[OF], allowed=[PA], note="Corruption idiom about a named officer: review, officers expected.")
P(DF, "Jessie Mair's a snake-oil merchant. Every promise on that leaflet was made up.",
  rules=[PA], note="'Snake-oil merchant' and fabricated promises: review.")
P(DF, "Lachie Munro's campaign was paid for by folk who wanted the wind farm through. He knows it, they know it.",
  allowed=[PA], note="Innuendo of a bought councillor: review.")
P(DF, "Davie Rennie took backhanders fae the quarry firm. I've seen the bank statements.",
  allowed=[PA], verdict="block", note="Bribery stated as fact: block.", v=("spaced", "backhanders", "b a c k h a n d e r s"))
P(DF, "Billy Cruickshank stuffed the Auchterlee postal votes. That's how he won by nineteen.",
  allowed=[PA], verdict="block", note="Electoral fraud stated as fact: block.")
P(DF, "Nasreen Akhtar-Boyle lied tae the standards hearing and everybody in that room knew it.",
  allowed=[PA], note="Allegation of lying to a hearing without name-calling: review, personal-attack allowed.")
P(DF, "Hamish Lyall MSP has been on the take fae the salmon farms since the day he was elected.",
  allowed=[PA], note="'On the take' idiom about a named MSP: review.")
P(DF, "Gordon Tait drove home fae the Burns supper steaming. Half the hall saw him get in the car.",
  allowed=[PA], verdict="block", date="2026-01-27", note="Drink-driving stated as fact: block.")
P(DF, "Ask Eilidh Sangster where the community council's ceilidh money went. Go on, ask her. Watch her face.",
  allowed=[PA], note="Innuendo of taking funds: review.")
P(DF, "Firthlink Ferries falsified their safety logs. That's why the MV Corran was tied up for a month.",
  allowed=[PA], verdict="block", note="Falsifying safety records (a crime) stated as fact about a company: block.")
P(DF, "Harbour Regeneration Trust: a wee club of Morag's pals dishing out public money tae each other. Jobs for the boys, the lot of it.",
  allowed=[PA], note="Cronyism alleged by idiom: review.")
P(DF, "Kenny Docherty is a crook and a chancer, always has been.",
  rules=[PA], note="'Crook' at a named councillor: review.", v=("digit", "crook", "cr00k"))
P(DF, "Murdo Gillies moved £400k oot the roads budget without authority and hid it in a consultancy line. That's misconduct in public office.",
  rules=[OF], allowed=[PA], verdict="block", note="Misconduct in public office stated as fact about a named officer: block, officers expected.")
P(DF, "Tomasz's 'community energy' company is a scam. Folk handed over deposits and never saw a panel.",
  allowed=[PA], verdict="block", note="Fraud stated as fact about a councillor's company: block.")
P(DF, "The Provost's lifeboat charity fund is a few grand lighter than it should be. Draw yer own conclusions.",
  allowed=[PA], excl=["Ruairidh Macinnes"], note="Innuendo of theft from a charity fund, no crime stated: review.")
P(DF, "Callum Strachan forged the signatures on the Balnacraig objection petition.",
  allowed=[PA], verdict="block", note="Forgery stated as fact: block.")
P(DF, "Catriona Bell's 'independent' report on the school estate was bought and paid for. Cheque and all.",
  allowed=[PA], note="'Bought and paid for' idiom: review.")
P(DF, "Our Fraser Imrie rewrote the Balnacraig report after a long lunch wi the developer. Funny that.",
  rules=[OF], allowed=[PA], note="Innuendo of a named officer being bought: review, officers expected.")
P(DF, "Jessie Mair is a thief. She took the Ardlochy gala float money home in her handbag and it never came back.",
  rules=[PA], verdict="block", note="Theft stated as fact with 'thief': block.", v=("homoglyph", "thief", "thi\u0435f"))
P(DF, "Amara Okonjo-Reid has been claiming for a second home she doesnae have.",
  allowed=[PA], verdict="block", note="Expenses fraud stated as fact: block.")
P(DF, "Ruairidh Macinnes used council staff and the council van tae flit his daughter's furniture. Theft of public resources, plain and simple.",
  allowed=[PA, DP], verdict="block", note="Theft of council resources stated as fact: block; daughter mention lets data-protection in.")
P(DF, "Alasdair Pirie couldnae lie straight in bed. Naebody believes a word he says about the school figures.",
  rules=[PA], note="'Couldnae lie straight in bed' calls him a liar: review.")
P(DF, "Glen Ruaidh Estates have been dumping asbestos on the hill road for years and the council looks the other way.",
  allowed=[PA], verdict="block", note="Illegal dumping stated as fact about a company: block.")
P(DF, "Seonaid Ferguson's expenses claims are creative writing. Booker Prize material, honestly 📚",
  allowed=[PA, IR], note="Dishonest expenses alleged by joke: review.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy / party / council
HN("HN1", "This budget is mince. Absolute mince. Auchterlee gets cuts and the harbour gets a fountain.", note="Scots 'mince' (rubbish) at a budget, no person, no obscenity.")
HN("HN1", "The decision to close the Portcorran library is a disgrace and the administration should be ashamed of it.", note="Harsh but civil criticism of a decision.")
HN("HN1", "Scunnered wi this council. Third consultation on the same bus route and still nae buses.", note="Frustration at the council.")
HN("HN1", "The Saltire Progressives' housing plan is a dog's breakfast. No costings, no sites, no chance.", note="Idiom at a party's plan.")
HN("HN1", "The new parking charges are daylight robbery for folk in Glen Ruaidh who've nae bus to speak of.", note="'Daylight robbery' at charges, not an allegation of crime.")
HN("HN1", "Honestly the roads policy is a guddle. Gritters on the main street, nothing on the school hill. Sort it oot.", note="Scots 'guddle' (mess) at a policy.")
HN("HN1", "The Liberal Union amendment was a stramash of bad sums and wishful thinking. Voted against, proudly.", note="Criticism of an amendment.")
HN("HN1", "The waste contract wi Braeside is failing Kilbraddan. Cancel it and bring the service back in house.", note="Criticism of a contract.")
HN("HN1", "This council's record on Gaelic medium is shameful. Promises in the manifesto, nothing in the budget.", note="'Shameful' at a record, no person.")
HN("HN1", "A pure fankle of a consultation: forty questions, none of them about what folk actually asked for.", note="Scots 'fankle' at a consultation.")
HN("HN1", "Firthlink's winter timetable is a joke and the council's been far too soft on them. Enforce the contract.", allowed=[PA], note="Harsh criticism of a company's service and the council's enforcement.")
HN("HN1", "The ferry decision was wrong, the process was rushed, and islanders were an afterthought. I'm angry and I'll say so in the chamber.", note="Anger at a decision, civil.")
HN("HN1", "The Greens want to ban wood burners in crofting townships wi nae gas grid. Away wi ye. Ridiculous policy.", note="Dismissive Scots at a policy.")
HN("HN1", "The harbour fountain is a vanity project. £1.2m on a water feature while the day centre shuts. Shameful priorities.", note="Criticism of spending priorities.")
HN("HN1", "Crabbit mood today after reading the capital programme. Another year, another Balnacraig school repair kicked down the road.", note="Scots 'crabbit', frustration at a programme.")
HN("HN1", "The administration's handling of the damp crisis in the Corran Homes flats has been woeful from start to finish.", note="'Woeful' at handling.")
HN("HN1", "Every party on this council has let Ardlochy down on broadband, mine included. Enough blethering.", note="Self-inclusive criticism of all parties.")
HN("HN1", "This is a rotten decision and I'll be voting to overturn it at full council.", note="'Rotten decision', short.")
HN("HN1", "The Kilbraddan Independents' motion on council tax is populist haver that would blow a hole in social care.", note="'Haver' (nonsense) at a motion.")
HN("HN1", "Council's new complaints system: it takes seven clicks to report a pothole and zero to ignore you. Dire.", allowed=[IR], note="Sarcasm at a system, not a person.")
HN("HN1", "Cutting the school music tutors is a false economy and a daft one. Weans in Strathfinnan deserve better.", note="'Daft' at a cut.")
HN("HN1", "Useless, pointless, expensive: the rebrand of the council logo. Naebody asked for this.", note="'Useless' at a rebrand, not a person.")

# ---------------------------------------------------------------- HN2 counter-speech, solidarity, quoting to condemn
HN("HN2", "Someone shouted 'go back to Poland' at Cllr Wojcik outside his surgery yesterday. That's no Kilbraddan. Solidarity, Tomasz.", allowed=[EQ], note="Quotes xenophobic abuse to condemn it.")
HN("HN2", "To whoever sprayed 'tinks out' on the Ardlochy site sign: you don't speak for this community. The Traveller families at Ardlochy are our neighbours.", allowed=[EQ, AL], note="Quotes a slur to condemn it.")
HN("HN2", "Sectarian chanting at the Portcorran match on Saturday. 'Fenian' this and 'Hun' that. Grow up, the lot of ye, it's 2026.", allowed=[EQ, AL], note="Quotes sectarian slurs to condemn them.")
HN("HN2", "I've had a message calling me a 'useless fat cow' for voting for the budget. Reported. Councillors of every party get this and it has to stop.", allowed=[PA, AL, EQ], author="@KirstyMoffatNLU", note="Quotes abuse received to condemn it; author pinned (a woman).")
HN("HN2", "Cllr Geddes was told on Facebook that wheelchair users 'shouldnae be councillors'. Rhona is one of the sharpest minds in the chamber. Disgraceful comment.", allowed=[EQ], note="Quotes ableist abuse to condemn it.")
HN("HN2", "Standing wi Cllr Akhtar-Boyle after the vile anti-Muslim emails this week. Hate has nae hame here.", note="Solidarity with a Muslim councillor.")
HN("HN2", "I was told 'I know where you live' by a man at my surgery today. Police informed. It won't stop me doing my job.", allowed=[BU], note="Reports a threat received.")
HN("HN2", "Calling Ailsa 'a man in a frock' isnae debate, it's bigotry. She's my colleague and a bloody good councillor.", allowed=[EQ], note="Quotes transphobic abuse to condemn it.")
HN("HN2", "Proud to sign the cross-party pledge against sectarianism today. Nae Fenian, nae Hun, just neighbours.", allowed=[EQ], note="Anti-sectarian pledge naming the slurs.")
HN("HN2", "If you call Cllr Okonjo-Reid 'articulate' like it's a surprise, have a wee think about why.", allowed=[EQ], note="Calls out a coded racist compliment.")
HN("HN2", "The abuse Cllr Ferguson and her wife got after the Pride flag went up was disgusting. Love is love. 🏳️‍🌈", note="Solidarity with a lesbian councillor.")
HN("HN2", "Whoever left a note saying 'cripple' on Rhona's car: we know what you are, and it's no brave.", allowed=[EQ, AL], note="Quotes a disability slur to condemn it.")
HN("HN2", "Reported a post calling our Provost a 'senile auld fool'. Disagree wi Ruairidh by all means, but age-based abuse isnae on.", allowed=[EQ, PA], note="Quotes ageist abuse to condemn it.")
HN("HN2", "No, asylum seekers in the Portcorran hotel are not 'invaders'. They're families fleeing war. Please stop sharing that leaflet.", allowed=[EQ], note="Rejects a dehumanising label.")
HN("HN2", "A constituent was told to 'go back to England' in the Co-op queue. We're a welcoming Highlands or we're nothing.", allowed=[EQ], note="Condemns anti-English abuse.")
HN("HN2", "Heard someone call the takeaway owners on Harbour Street 'chinks' in the pub. Called it out. Ye should too.", allowed=[EQ, AL], note="Quotes an anti-Chinese slur to condemn it.")
HN("HN2", "Pregnant councillors deserve support, not 'she'll be useless for a year' comments. Congratulations Cllr Bell 💐", allowed=[EQ], note="Condemns pregnancy discrimination.")
HN("HN2", "Every time a young councillor speaks someone tells them to 'get a real job'. Lachie's done more for Auchterlee in two years than some managed in twenty.", allowed=[EQ, PA], note="Defends a young councillor against ageist jibes.")
HN("HN2", "Threats against council staff are a crime. To the person who told a bin crew 'we'll get you': it's wi the police.", allowed=[BU], note="Quotes a threat to staff to condemn it.")
HN("HN2", "I'll no be repeating the slur that was daubed on the mosque door. It's been cleaned. The community has rallied. Thank you, Kilbraddan.", note="Condemns a hate incident without quoting.")
HN("HN2", "Misogyny in this chamber: 'hysterical', 'emotional', 'time of the month'. All said tae women councillors this term. Enough.", allowed=[EQ], note="Lists sexist remarks to condemn them.")
HN("HN2", "Defending Cllr Docherty here: whatever you think of his politics, calling a man a 'Fenian' for his faith is sectarian bigotry, full stop.", allowed=[EQ, AL], note="Condemns a sectarian slur.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting
HN("HN3", "Myth: the Travellers at Ardlochy don't pay council tax. Fact: they pay rent and council tax like every other tenant.", note="Myth-busting about Travellers.")
HN("HN3", "No, the new Polish shop didnae 'take' anyone's job. It's employing four local teenagers.", note="Myth-busting about Polish residents.")
HN("HN3", "The claim that asylum seekers get 'free cars' is nonsense. Nobody in the Portcorran hotel has a car, and there's no such scheme.", note="Myth-busting about asylum seekers.")
HN("HN3", "For the record, I have nothing against the mosque extension. My objection is parking on Lochside Road, and that's what I'll raise.", note="Denies prejudice, states a planning ground.")
HN("HN3", "Being Catholic doesnae make Kenny biased, and being a Protestant doesnae make me biased. We vote on the evidence.", note="Rejects sectarian assumption.")
HN("HN3", "Age is no barrier to serving. Some of our best councillors are over seventy and some of our best are under twenty-five.", note="Rejects age stereotypes.")
HN("HN3", "Trans people aren't a threat to women's services in Strathcorran. The refuge staff themselves say so. Please read what they wrote.", note="Myth-busting about trans people.")
HN("HN3", "Fact check: the Gaelic unit costs less per pupil than the English-medium classes at the same school.", note="Fact check.")
HN("HN3", "Wheelchair users can be and are excellent councillors. The issue at Strathfinnan is the broken lift, not Rhona.", note="Rejects ableist framing.")
HN("HN3", "I'm not against incomers. I'm one. I'm against second homes sitting empty eleven months a year, which is a housing policy question.", note="Denied prejudice; policy point.")
HN("HN3", "It's a myth that the Chinese community 'keeps to itself'. The Harbour Street families ran the biggest stall at the Gala.", note="Myth-busting about Chinese residents.")
HN("HN3", "Pregnant women are entitled to be councillors and entitled to proper maternity cover arrangements. That's the law and it's right.", note="States the law on maternity.")
HN("HN3", "Naw, the gurdwara didnae get 'special treatment' on its planning application. Same committee, same policy, same conditions.", note="Myth-busting about a Sikh planning application.")
HN("HN3", "Some folk are saying Muslims 'won't integrate'. The Kilbraddan Masjid food bank fed 300 families last month. That's what integration looks like.", note="Quotes a stereotype to refute it.")
HN("HN3", "Women can't drive gritters? The roads team has three female drivers, all better in snow than me. Myth busted.", note="Rejects a sexist claim.")
HN("HN3", "I've nae problem wi same-sex couples fostering. Never have. The report we're debating is about social worker caseloads.", note="Denied prejudice; policy point.")
HN("HN3", "'English incomers are ruining the Highlands' is lazy. Plenty incomers run our shops, teach in our schools and turn out for mountain rescue.", note="Rejects anti-English stereotype.")
HN("HN3", "The young aren't apathetic. Turnout among 16 and 17 year olds in Auchterlee was higher than among the over-40s.", note="Myth-busting about young voters.")
HN("HN3", "Mental health conditions do not make anyone unfit for office. Councillors who take sick leave are entitled to it.", note="Rejects mental-health stigma.")
HN("HN3", "Folk keep saying Jewish families 'run' the harbour trust. They don't. The board is published, go and look.", note="Refutes an antisemitic rumour.")
HN("HN3", "No racist to ask about bus capacity on the new estate. Racist to blame the folk who'll live there before they've even arrived. Let's stick to the buses.", note="Distinguishes a service question from prejudice.")
HN("HN3", "Let me be clear, I've nothing but respect for the Roma families on Mill Wynd. The complaint is about the landlord, not the tenants.", note="Denied prejudice; landlord complaint.")

# ---------------------------------------------------------------- HN4 neutral / positive mentions, self-description, reclaimed terms
HN("HN4", "I came to Kilbraddan fae Gdańsk in 2009 wi two bags and nae English. Now I'm your councillor. Only in the Highlands 🇵🇱🏴󠁧󠁢󠁳󠁣󠁴󠁿", author="@TomaszWojcikHGA", note="Self-description of national origin.")
HN("HN4", "Wheelchair user, hill ward councillor, proud crip. The doors just take me a wee bit longer. Out in Strathfinnan all Saturday.", author="@RhonaGeddesInd", note="Reclaimed term 'crip' used by a disabled councillor about herself.")
HN("HN4", "As a trans woman on this council, I'm grateful for the support this week. Back to the bin collections, which is what folk actually email me about.", author="@AilsaSKGreen", note="Self-description, gender reassignment.")
HN("HN4", "76 years young and still the fastest up the Glen Ruaidh hill path... among the councillors, anyway 😂 Auld yin but no deid yet.", author="@DonnieMacAskillCCP", note="Self-description of age, joking.")
HN("HN4", "Me and my wife celebrating ten years married today. Thanks to everyone at the Glen Ruaidh hall for the cake 💕", author="@SeonaidFergusonHGA", note="Self-description, same-sex marriage.")
HN("HN4", "Heading off on maternity leave on Friday. Cllr Munro covers my surgeries. See you in the summer, Glen Ruaidh 👶", author="@CatrionaBellSP", note="Self-description, maternity.")
HN("HN4", "Black, Scottish, Highland born and bred. If you've a question about that, come to the surgery and I'll tell ye about my granny fae Portcorran.", author="@AmaraOkonjoReid", note="Self-description of race.")
HN("HN4", "Ashes on the forehead at the planning committee this morning. No, I havenae walked into a chimney. Busy day for a Catholic councillor.", author="@KennyDochertyInd", date="2026-02-18", note="Self-description of religion (Ash Wednesday).")
HN("HN4", "Proud to be fae a Scottish Traveller family. My granda worked every berry field fae Blairgowrie to here.", author="@DavieRennieInd", note="Self-description, Scottish Traveller heritage.")
HN("HN4", "Vaisakhi is coming in April and the gurdwara's already planning the langar. Everyone welcome, as always.", author="@HarpreetSandhuRoss", note="Positive mention of a Sikh festival.")
HN("HN4", "Ramadan Mubarak to all in Kilbraddan marking the month. The Masjid is hosting an open iftar on Thursday, all neighbours welcome 🌙", author="@NasreenAB_SP", date="2026-02-23", note="Ramadan greeting.")
HN("HN4", "Burns Night at the Auchterlee Men's Shed last night. Haggis addressed, piper slightly off key, nae complaints.", date="2026-01-26", note="Neutral cultural post.")
HN("HN4", "Lunar New Year greetings to the Chinese community on Harbour Street. 新年快乐! Fireworks at the harbour at 6.", date="2026-02-17", note="Lunar New Year greeting.")
HN("HN4", "Holocaust Memorial Day: we remember the six million Jews and all victims of Nazi persecution. A candle is lit at the council building today.", date="2026-01-27", note="Holocaust Memorial Day.")
HN("HN4", "LGBT History Month exhibition opens at Kilbraddan Library today. Queer history of the Highlands, fascinating stuff.", date="2026-02-02", note="'Queer' used positively for an exhibition.")
HN("HN4", "Great visit to the Polish Saturday School in Portcorran. Wee ones singing in Polish and Gaelic in the same afternoon.", note="Positive mention of Polish children.")
HN("HN4", "International Women's Day yesterday: thanks to the women who crew our lifeboat, run our care homes and keep half of our community councils going.", date="2026-03-09", note="IWD post.")
HN("HN4", "The new Changing Places toilet at Kilbraddan Harbour is open. A real difference for disabled visitors and their carers.", note="Positive disability access news.")
HN("HN4", "Eid Mubarak to everyone in Strathcorran celebrating today! 🌙", date="2026-03-20", note="Eid greeting.")
HN("HN4", "Teuchter and proud. Ten generations in Glen Ruaidh and I still cannae pronounce half the place names in Edinburgh.", author="@JessieMairCCP", note="Reclaimed 'teuchter' used about oneself.")
HN("HN4", "Mothering Sunday this weekend, so ahead of it: thanks to the young mums group at Balnacraig for showing me round today.", date="2026-03-13", note="Positive mention of mothers.")
HN("HN4", "The over-60s digital club at Strathfinnan library has taught forty folk to video call their grandweans. Wonderful.", note="Positive mention of older people.")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation
HN("HN5", "I could murder a fish supper after that five-hour committee. Anyone else? 🐟", allowed=[BU], note="'Murder' a fish supper.")
HN("HN5", "Cllr Tait and I got absolutely pumped at the cross-party curling. He's still blaming the ice. I'm blaming him 😂", allowed=[PA], note="Cross-party sporting banter.")
HN("HN5", "Warning: I will destroy anyone who challenges me at the Burns quiz next week. No mercy. Cross-party carnage.", allowed=[BU], date="2026-01-16", note="Quiz trash talk.")
HN("HN5", "Me trying to read the capital programme after two coffees: glaikit. Absolutely glaikit.", note="Self-deprecation with 'glaikit' about oneself.")
HN("HN5", "My hair in this photo looks like a burst couch. Don't @ me. Great day at the Portcorran regatta though.", note="Self-deprecation about appearance.")
HN("HN5", "Killed it at the community council quiz tonight. Well, came fourth. Killed it spiritually.", allowed=[BU], note="'Killed it' idiom.")
HN("HN5", "I'm a numpty: turned up to the Strathfinnan surgery a day early. Thanks to the janny for the tea anyway.", note="Self-deprecation with 'numpty'.")
HN("HN5", "Gordon, you absolute legend, that shinty goal against the officers' team was a thing of beauty.", note="Praise in banter.")
HN("HN5", "Gritters vs the snow: it's war up on the Glen Ruaidh road this morning and for once we're winning ❄️", allowed=[BU], note="Figurative war.")
HN("HN5", "Face like a wet weekend in Ardlochy, that's me after the budget vote. Home for soup.", note="Self-deprecation.")
HN("HN5", "Lost my voice shouting at the Kilbraddan Thistle game. Ref had a shocker. Nae further comment 🙊", note="Football banter.")
HN("HN5", "Alasdair and I disagree on everything, but I'd still batter him at pool any day. Cross-party rivalry alive and well 🎱", allowed=[BU, PA], note="'Batter him at pool' is sporting banter.")
HN("HN5", "Auld and grey and still cannae work the hybrid meeting camera. Apologies to everyone who got twenty minutes of my ceiling.", author="@DonnieMacAskillCCP", note="Self-deprecation about age.")
HN("HN5", "If one more person asks me about the wheelie bin colours I'll go full Braveheart. Freedom... fae bin queries.", note="Figurative outburst, joking.")
HN("HN5", "Bombed at the Burns supper wi my Address to a Haggis. Forgot the second verse. Bringing a crib sheet next year.", date="2026-01-28", note="Self-deprecation; 'bombed' idiom.")
HN("HN5", "Shot down in flames at committee today. My motion got one vote and it was mine. Back to the drawing board.", note="Self-deprecation; 'shot down' idiom.")
HN("HN5", "'Gonnae no dae that', says my daughter every time I dance at the ceilidh. I'll dance if I want tae.", note="Family banter.")
HN("HN5", "The Provost's chain weighs more than my car. Tried it on. Nearly did my back in.", excl=["Ruairidh Macinnes"], note="Banter about a chain of office.")
HN("HN5", "Scunnered, soaked and somehow slightly sunburnt. Typical Portcorran beach clean. Thanks to the 40 volunteers! 🌧️☀️", note="Self-deprecation.")
HN("HN5", "I'm the worst at Gaelic in the Gaelic class. Tha mi duilich, Seonaid! Still turning up every Tuesday.", note="Self-deprecation about learning Gaelic.")
HN("HN5", "That sponge at the Balnacraig coffee morning was lethal. Three slices. Send help.", note="'Lethal' sponge.")
HN("HN5", "Absolutely slaughtered at the pub quiz by the Ardlochy WRI. The pensioners took no prisoners 😂", allowed=[BU, HA], note="'Slaughtered' at a quiz (a reader could hear drink, so haste allowed); affectionate mention of pensioners.")

# ---------------------------------------------------------------- HN6 record criticism of a named councillor
HN("HN6", "Cllr MacRae promised in May the reserves would cover the ferry subsidy. The outturn shows they won't. He needs to explain the gap.", allowed=[DF], note="Record criticism with figures.")
HN("HN6", "Cllr Moffat has missed 9 of the last 14 audit committee meetings. Auchterlee deserves a councillor who turns up.", allowed=[PA], note="Attendance record.")
HN("HN6", "Callum Strachan chaired the committee that approved the Balnacraig scheme. He should answer for the drainage conditions that were dropped.", note="Accountability for a decision.")
HN("HN6", "Fiona Baird's housing strategy promised 400 homes by 2026. We have 112. That's the record she's standing on.", allowed=[DF], note="Record with numbers.")
HN("HN6", "I disagree strongly wi Cllr Pirie's vote to cut the school music tutors and I'll keep saying so.", note="Disagreement with a vote.")
HN("HN6", "Cllr Tait's figures on the gritting budget were wrong at committee. I've written to him with the correct ones. He should correct the record.", allowed=[DF], note="Corrects figures without calling him a liar.")
HN("HN6", "Morag Lennie-Stewart has led this council for four years. Library closures, ferry chaos and a harbour fountain. Voters will judge.", note="Leader's record.")
HN("HN6", "Cllr Docherty voted against the Gaelic unit twice, then turned up at its opening for the photo. Folk can make up their own minds.", allowed=[PA], note="Voting record versus photo-op.")
HN("HN6", "Billy Cruickshank's leaflet says he 'saved' the Auchterlee day centre. It closed in October. I'd ask him to withdraw the claim.", allowed=[DF], note="Challenges a leaflet claim civilly.")
HN("HN6", "Cllr Mair has spoken once in committee this year. Constituents are entitled to know what she's doing on their behalf.", allowed=[PA], note="Participation record.")
HN("HN6", "Lachie Munro backed the parking charges in committee and opposed them in his ward newsletter. Which is it, Lachie?", allowed=[DF], note="Inconsistency on the record.")
HN("HN6", "The Provost's expenses for the Brussels trip were £4,800. They're published. I think that's too much and I'll say so at full council.", allowed=[DF], excl=["Ruairidh Macinnes"], note="Published expenses criticised without alleging wrongdoing.")
HN("HN6", "Cllr Sangster's amendment would take £300k from adult social care. I'd urge her to withdraw it.", note="Criticism of an amendment.")
HN("HN6", "Iain MacRae should resign as finance convener. Three overspends in three years is a record of failure.", allowed=[PA], note="Resignation call on the record.")
HN("HN6", "Gordon Tait told the Courier the bin contract was 'fully costed'. The officer report says otherwise. Gordon, which is right?", allowed=[DF], note="Contradiction on the record.")
HN("HN6", "Cllr Strachan's decision to skip the site visit before the vote was, in my view, a mistake. Planning needs eyes on the ground.", note="Civil disagreement.")
HN("HN6", "Cllr Geddes has been consistent: against the harbour plan from day one. I think she's wrong, but she's been straight about it.", note="Respectful disagreement.")
HN("HN6", "Kirsty Moffat's record on rural buses: two motions, no money, no buses. Good intentions dinnae run a 7am service.", note="Record criticism.")
HN("HN6", "Nasreen Akhtar-Boyle's department announced the community grants three months late and half the groups missed out. That's on her.", allowed=[PA], note="Accountability for a delay.")
HN("HN6", "Cllr Rennie's claim that the quarry brings 'hundreds of jobs' isnae backed by the company's own figures (42). Let's debate the real number.", allowed=[DF], note="Challenges a figure.")
HN("HN6", "Alasdair Pirie: five years in opposition, not one costed alternative budget. Easy to shout, harder to count.", note="Opposition record.")
HN("HN6", "I'll be asking Cllr Baird at Thursday's committee why the damp survey report was delayed again. Tenants deserve an answer.", note="Scrutiny question.")


# ---------------------------------------------------------------- builder
def load_people():
    with open(HERE / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in cfg["people"]["councillors"]}
    return handles


def named(text, name, handle):
    if handle.lower() in text.lower():
        return True
    for part in re.split(r"[\s]+", name):
        for p in [part] + part.split("-"):
            if len(p) >= 3 and re.search(r"\b" + re.escape(p) + r"\b", text, re.I):
                return True
    return False


START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
WEEKDAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)
            if (START + dt.timedelta(days=i)).weekday() < 5]


def stamp(rng, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(WEEKDAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def caps(text):
    return "".join(part if part.startswith("@") else part.upper()
                   for part in re.split(r"(@\w+)", text))


def main():
    rng = random.Random(SEED)
    handles = load_people()
    hlist = sorted(handles)
    out = []
    for r in ROWS:
        if "author" in r:
            author = r["author"]
        else:
            excl = set(r.get("excl", []))
            pool = [h for h in hlist
                    if handles[h] not in excl and not named(r["text"], handles[h], h)]
            author = rng.choice(pool)
        row = dict(text=r["text"], author=author, created_at=stamp(rng, r.get("date")),
                   platform=rng.choice(["x", "facebook", "bluesky"]), account="councillor",
                   kind="post", expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
                   family=r["fam"], kind_of_row=r["kind_of_row"], note=r["note"])
        out.append(row)
        if "v" in r:
            spec = r["v"]
            kind = spec[0]
            if kind == "caps":
                vtext = caps(r["text"])
                allowed = r["allowed"] + [HA]
            else:
                old, new = spec[1], spec[2]
                assert old in r["text"], (old, r["text"])
                vtext = r["text"].replace(old, new)
                allowed = list(r["allowed"])
            v = dict(row, text=vtext, created_at=stamp(rng),
                     expect=dict(rules=list(r["rules"]), allowed=allowed, verdict=r["verdict"]),
                     note=f"{kind} variant: " + r["note"], variant_kind=kind, _orig=row)
            out.append(v)
    rng.shuffle(out)
    for i, row in enumerate(out, 1):
        row["id"] = f"b59-{i:03d}"
    keys = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note", "variant_of", "variant_kind"]
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            if "_orig" in row:
                row["variant_of"] = row.pop("_orig")["id"]
            f.write(json.dumps({k: row[k] for k in keys if k in row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
