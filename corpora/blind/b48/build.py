#!/usr/bin/env python3
"""Blind evaluation set b48 (Cwmderwen County Borough Council).

All rows below were written by hand for this set. The script shuffles them with a
fixed seed, gives out ids b48-001.., picks authors (never a councillor the post
names), platforms and timestamps, builds the 30 obfuscated variants, and writes
posts.jsonl. Running it again writes the same file byte for byte.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 4848
HERE = Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
PO = "position.improper-advantage"
HA = "haste.pause-before-posting"
RS = "resources.political-use"
PD = "predetermination.closed-mind"

# councillor handle -> (full name, extra aliases that count as "named in the post")
COUNCILLORS = {
    "@GarethProsserVLM": ("Gareth Prosser", ["Prosser", "Gareth", "the Leader"]),
    "@BethanLlewellynVLM": ("Bethan Llewellyn", ["Llewellyn", "Bethan"]),
    "@DaiPughAberfelin": ("Dai Pugh", ["Pugh", "Dai"]),
    "@RhiannonBevanGlyn": ("Rhiannon Bevan", ["Bevan", "Rhiannon"]),
    "@MeirionRT": ("Meirion Rees-Thomas", ["Meirion", "Rees-Thomas", "the Mayor", "Mayor"]),
    "@TariqMahmoodVLM": ("Tariq Mahmood", ["Mahmood", "Tariq"]),
    "@DaisyOJ_Cwmderwen": ("Adaeze Okonkwo-Jones", ["Okonkwo-Jones", "Adaeze", "Daisy"]),
    "@SianProtheroeVLM": ("Siân Protheroe", ["Protheroe", "Siân"]),
    "@CeriBowenTonyrhos": ("Ceri Bowen", ["Bowen", "Ceri"]),
    "@NiaWatkinsPyB": ("Nia Watkins", ["Watkins", "Nia"]),
    "@HuwJP_PenyWern": ("Huw Jenkins-Parry", ["Jenkins-Parry", "Huw"]),
    "@CarysMorganPyB": ("Carys Morgan", ["Morgan", "Carys"]),
    "@OwainLloydPyB": ("Owain Lloyd", ["Lloyd", "Owain"]),
    "@WaynePowellUP": ("Wayne Powell", ["Powell", "Wayne"]),
    "@LyndonHarriesUP": ("Lyndon Harries", ["Harries", "Lyndon"]),
    "@SharonGriffithsCI": ("Sharon Griffiths", ["Griffiths", "Sharon"]),
    "@KelvinTudorInd": ("Kelvin Tudor", ["Tudor", "Kelvin"]),
    "@ElfedHopkinsInd": ("Elfed Hopkins", ["Hopkins", "Elfed"]),
    "@JoKowalczykLC": ("Joanna Kowalczyk", ["Kowalczyk", "Joanna"]),
    "@RhodriVaughanGreen": ("Rhodri Vaughan", ["Vaughan", "Rhodri"]),
}
H = {v[0]: k for k, v in COUNCILLORS.items()}  # name -> handle

ROWS = []


def p(family, verdict, text, note, rules=(), allowed=(), author=None, date=None):
    rs = [family] + [r for r in rules if r != family]
    ROWS.append(dict(family=family, kind_of_row="positive", text=text, note=note,
                     rules=rs, allowed=list(allowed), verdict=verdict,
                     author=author, date=date))


def hn(tag, text, note, allowed=(), author=None, date=None):
    ROWS.append(dict(family="hard_negative", kind_of_row="hard_negative", text=text,
                     note=f"{tag}: {note}", rules=[], allowed=list(allowed), verdict="ok",
                     author=author, date=date))


R, B = "review", "block"

# ---------------------------------------------------------------- personal attack
F = PA
p(F, R, "Watching Cllr Wayne Powell try to read the budget papers is like watching a dog try to work a tin opener. Bless him, he's tamping because the numbers have too many digits.",
  "Mocks a named councillor's intelligence with mock sympathy ('bless him').", allowed=[IR])
p(F, R, "@LyndonHarriesUP you are genuinely the thickest man ever to sit in that chamber, and that's against stiff competition butt.",
  "Second-person insult on intelligence at a tagged councillor; no swear word.")
p(F, R, "Nia Watkins has the personality of a wet Tuesday in Tonyrhos and the brains to match.",
  "Insult to a named councillor's personality and intelligence, dressed as a local joke.")
p(F, R, "Someone get Dai Pugh a mirror. Man turns up to full council looking like he's been dragged through a hedge backwards by a sheep. No wonder nobody takes him serious.",
  "Mockery of a named councillor's appearance.")
p(F, R, "Twpsyn. That's all I'll say about Cllr Kelvin Tudor. Twpsyn, start to finish.",
  "Welsh insult (twpsyn = idiot) aimed at a named councillor.")
p(F, R, "Gareth Prosser couldn't find his own backside with both hands and an Ordnance Survey map. And he's running the council.",
  "Idiomatic insult to the Leader's competence as a person, not to a policy.")
p(F, R, "Oh look, Sharon Griffiths has discovered Facebook again. Another essay of half-baked nonsense from a woman whose only qualification is a loud voice. Give it a rest, love.",
  "Belittling a named councillor; 'a woman whose only qualification is a loud voice' and 'love' are gendered, so equality is allowed.", allowed=[EQ])
p(F, R, "Huw Jenkins-Parry is a spineless little weasel. Always was, since school.",
  "Name-calling aimed at a named councillor.")
p(F, R, "Genuinely moving contribution from Cllr Rhodri Vaughan today. Took him twenty minutes to say nothing at all. A true master of his craft 👏👏",
  "Mock praise of a named councillor: personal attack plus irony-risk.", rules=[IR])
p(F, R, "To the planning officer who wrote that report on the Aberfelin scheme: did you do it with crayons? Because it reads like it.",
  "Belittles an officer identified by role: personal attack and officers.impartiality.", rules=[OF])
p(F, R, "Cllr Carys Morgan, you are a pompous, self-important bore and everyone in that chamber rolls their eyes when you stand up.",
  "Direct insult to a named councillor's character.")
p(F, R, "Bethan Llewellyn has the financial competence of a toddler with a credit card, and she's smug with it.",
  "Mockery of a named councillor's intelligence and manner rather than of the budget itself.")
p(F, R, "Elfed Hopkins should have been put out to grass years ago. Sits there dribbling through every meeting.",
  "Demeaning a named older councillor; 'put out to grass' is age-tinged, so equality is allowed.", allowed=[EQ])
p(F, R, "Can someone explain to Lyndon Harries what a budget is? Use small words. Maybe pictures.",
  "Mocks a named councillor's intelligence.")
p(F, R, "Meirion Rees-Thomas waddling round the Christmas market in his chain like a prize turkey. Mayor? More like the mascot.",
  "Mockery of the Mayor's body and appearance.")
p(F, R, "Wayne, butt, you're not a politician, you're a gob on a stick. Go home.",
  "Valleys idiom insult ('gob on a stick') aimed at a named councillor in the second person.")
p(F, R, "Gethin Abraham is the most useless officer I've dealt with in twenty years. Clueless, lazy and rude.",
  "Insult to a named officer: personal attack and officers.impartiality.", rules=[OF])
p(F, R, "Kelvin Tudor: a man with a face like a smacked arse and a brain to match.",
  "Appearance and intelligence insult; 'smacked arse' is mildly vulgar, abusive-language allowed.", allowed=[AL])
p(F, R, "Honestly, arguing with Cllr Powell is like playing chess with a pigeon. Knocks the pieces over, craps on the board and struts about like he's won.",
  "Well-known insult meme applied to a named councillor; 'craps' mild, abusive-language allowed.", allowed=[AL])
p(F, R, "Is Cllr Harries actually able to read? Genuine question. Every answer he gave at scrutiny suggested not.",
  "Insinuating a named councillor is illiterate; an insult posed as a question.")
p(F, R, "@NiaWatkinsPyB the only thing you've ever led is a conga at the Workmen's Hall. Sit down.",
  "Belittling a tagged councillor.")
p(F, R, "Rhiannon Bevan chairs planning like a dinner lady who's lost control of the canteen. Shrill, useless, out of her depth.",
  "Personal attack on the named chair; 'shrill' and 'dinner lady' are gendered, equality allowed.", allowed=[EQ])
p(F, R, "Bore da to everyone except Cllr Huw Jenkins-Parry, the most two-faced, gutless creature ever to wear a rosette.",
  "Insult to a named councillor; 'two-faced' hints at dishonesty, so defamation is allowed.", allowed=[DF])
p(F, B, "Wayne Powell is a waste of skin. A nasty, worthless little man who this valley would be better off without.",
  "Severe dehumanising attack on a named councillor: block. The 'better off without' ill-wish could be read as intimidation (allowed).", allowed=[BI])
p(F, B, "Lyndon Harries is vermin in a suit. Nothing more. Crawled out of the slurry pit at Glyncoed and never washed.",
  "Severe dehumanising attack ('vermin') on a named councillor: block.")
p(F, R, "Cllr Morgan's 'speech' today: three minutes of waffle from someone who thinks Wikipedia is a research method. Di-glem.",
  "Mocks a named councillor's intelligence (Welsh di-glem = clueless).")
p(F, R, "If brains were petrol, Dai Pugh wouldn't have enough to drive a ladybird round a Smartie.",
  "Stock idiom insulting a named councillor's intelligence.")
p(F, R, "Tariq Mahmood, you are an embarrassment to this ward. Grown man sulking in committee like a kid who lost his dummy.",
  "Second-person belittling of a named councillor; no protected characteristic involved.")
p(F, R, "Sharon Griffiths has been talking out of her hat for so long the hat's asked for a pay rise.",
  "Jokey but personal ridicule of a named councillor.")
p(F, R, "The Head of Waste, Kerry Mathias, couldn't organise a bin round in a one-street village. Utterly useless woman.",
  "Insult to a named officer; 'useless woman' is gendered (equality allowed).", rules=[OF], allowed=[EQ])
p(F, R, "Huw, you're a joke. Everybody in Pen-y-Wern knows it. The only people who don't laugh at you are the ones who feel sorry for you.",
  "Humiliating second-person attack on a named councillor; humiliation borders on bullying (allowed).", allowed=[BI])
p(F, R, "Gareth Prosser's grin on that photo op. Like a ventriloquist's dummy that's been told it's getting a knighthood. Empty head, painted smile.",
  "Mockery of a named councillor's face and intelligence.")
p(F, R, "Cllr Vaughan is so wet you could shower in him. Drip of a man. No backbone at all.",
  "Character insult to a named councillor, no swear words.")
p(F, R, "Honest to God, Joanna Kowalczyk is the dimmest bulb in the Liberal Cymru box, and that's a box full of dim bulbs.",
  "Intelligence insult at a named councillor (and her party); no nationality element, so no equality.")

# ---------------------------------------------------------------- abusive language
F = AL
p(F, R, "This bloody bin contract is an absolute shitshow from top to bottom. Derwen Waste should be ashamed.",
  "Obscene language about a contract and a company: abusive-language whatever its target; personal-attack allowed (organisation).", allowed=[PA])
p(F, R, "Three weeks the Aberfelin bypass diversion's been in and it's still a fucking car park every morning. Sort it out.",
  "Obscenity aimed at a road situation, not a person.")
p(F, R, "Ffycin hell, another rate rise. Cachu llwyr, the lot of it.",
  "Welsh-spelt obscenity (ffycin; cachu llwyr = utter shit) about a rate rise.")
p(F, R, "Cllr Lyndon Harries is a prize prick. There, I said it.",
  "Vulgar insult at a named councillor: abusive-language and personal-attack.", rules=[PA])
p(F, R, "Wayne Powell can kiss my arse. Twll dy din di, butt.",
  "Obscene dismissal in English and Welsh aimed at a named councillor.", rules=[PA])
p(F, R, "Piss-poor from the cabinet again. Absolute piss-poor. Tamping, I am.",
  "Vulgar language about the cabinet's performance; personal-attack allowed (a group).", allowed=[PA])
p(F, R, "Whoever signed off the new Tonyrhos car park layout is a complete and utter bellend.",
  "Vulgar insult to an identifiable individual (the person who signed it off, probably an officer).", rules=[PA], allowed=[OF])
p(F, B, "Gareth Prosser is a lying cunt and the whole valley knows it.",
  "The c-word at a named councillor: severe, block; 'lying' also calls him a liar (defamation).", rules=[PA, DF])
p(F, R, "Cachu. Pure cachu. That's my review of the Garth Ridge Homes consultation 'event'.",
  "Welsh vulgarity (cachu = shit) about a consultation; mild. Personal-attack allowed (company).", allowed=[PA])
p(F, R, "Bollocks to the lot of them on the Unity benches. Bollocks.",
  "Vulgar dismissal of a party group; personal-attack allowed.", allowed=[PA])
p(F, R, "Sorry but what the actual fuck is this consultation? 12 pages and not one question about the bus route.",
  "Obscenity about a document, no person targeted.")
p(F, R, "Nia Watkins talking shite again on Radio Cwm this morning. Does she ever stop?",
  "Vulgar put-down of a named councillor.", rules=[PA])
p(F, R, "Dai Pugh is a knob. Not even a useful knob. A knob on a door that's been bricked up.",
  "Vulgar insult at a named councillor.", rules=[PA])
p(F, R, "That new 'art' on the roundabout looks like a pile of rusty crap someone's dumped off a gambo. Ych a fi.",
  "Mildest row: 'crap' about a public artwork; no person.")
p(F, R, "Kelvin Tudor is a gobshite. Always has been.",
  "Vulgar insult at a named councillor.", rules=[PA])
p(F, R, "These pricks in Cardiff Bay have never set foot in a valleys school.",
  "Vulgar insult at Senedd politicians as a group; personal-attack allowed (a group, none named).", allowed=[PA])
p(F, R, "Jesus Christ on a bike. Four hundred grand on consultants and the bastard roof still leaks at the Leisure Centre.",
  "Profanity aimed at a leaking roof.")
p(F, R, "Huw Jenkins-Parry you absolute arsehole. You voted to shut our library and you're smiling on the Valleys Echo front page.",
  "Obscene insult at a named councillor, even though the grievance is a vote.", rules=[PA])
p(F, B, "Cllr Sharon Griffiths is a poisonous, two-faced bitch and I hope she chokes on her own bile.",
  "Severe gendered abuse plus an ill-wish at a named councillor: block. Equality allowed (gendered slur), bullying allowed (ill-wish).", rules=[PA], allowed=[EQ, BI])
p(F, R, "Fuck Derwen Waste and fuck their 'service improvements'.",
  "Obscenity at a company and its changes; personal-attack allowed (organisation).", allowed=[PA])
p(F, R, "Mr Devonald's budget report is a steaming heap of horseshit.",
  "Vulgar abuse of a named officer's report: abusive-language and officers.impartiality (criticising an officer's work in public); personal-attack allowed.", rules=[OF], allowed=[PA])
p(F, R, "Tidy work from the highways team? My arse. It's shite work and they know it. Potholes on Heol Fawr you could lose a sheep in.",
  "Vulgar language about highways work; staff as a group, so personal-attack and officers allowed.", allowed=[PA, OF])
p(F, R, "Wayne Powell, you are a thick, racist bastard.",
  "Obscene insult at a named councillor; calling him racist is an allegation a reader might take as fact (defamation allowed).", rules=[PA], allowed=[DF])
p(F, B, "Lyndon Harries, you absolute scum. You're filth, your whole rotten crew are filth, and you can fuck right off back under whatever stone you crawled out from.",
  "Severe dehumanising obscene abuse of a named councillor: block.", rules=[PA])
p(F, R, "Shit week. Shit budget. Shit weather. Croeso i Cwmderwen 🙃",
  "Obscenity about things (week, budget, weather); no person.")
p(F, R, "Carys Morgan's motion tonight was pure bollocks and she bloody well knows it.",
  "Vulgar language aimed at a motion; 'she knows it' edges towards the person, personal-attack and defamation allowed.", allowed=[PA, DF])
p(F, R, "The state of the Glyncoed bus shelter. Pissed-in, smashed up, and the council couldn't give a flying fuck.",
  "Obscenity about the council's neglect; personal-attack allowed (organisation).", allowed=[PA])
p(F, R, "Cllr Rhodri Vaughan is a sanctimonious twat.",
  "Vulgar insult at a named councillor.", rules=[PA])
p(F, R, "Duw, that flood response was a dog's dinner. An absolute fucking shambles from start to finish.",
  "Obscenity about a response, not a person.")
p(F, R, "Stick your 'listening exercise' up your arse, cabinet. We've been listening to you for ten years.",
  "Vulgar dismissal addressed to the cabinet as a group; personal-attack allowed.", allowed=[PA])
p(F, R, "Some cockwomble from the Unity Party has been leafleting Treforgan with lies again.",
  "Vulgar insult at an unnamed person; accusation of lies (defamation allowed) and personal-attack allowed.", allowed=[PA, DF])
p(F, R, "Sod the lot of you. Seriously. Sod off.",
  "Mild vulgar dismissal addressed to 'you' (unspecified group); personal-attack allowed. One of the mildest rows.", allowed=[PA])
p(F, R, "Cllr Bevan, with respect, that's a load of absolute bullshit and you know it.",
  "Vulgar language at a named councillor's statement; 'you know it' implies lying (defamation allowed), personal-attack allowed.", allowed=[PA, DF])
p(F, R, "Elfed Hopkins is a senile old fart and a bloody liability.",
  "Vulgar insult at a named older councillor; 'senile old' is age-tinged (equality allowed).", rules=[PA], allowed=[EQ])

# ---------------------------------------------------------------- bullying / intimidation
F = BI
p(F, B, "Wayne Powell, I know where you live, butt. Ty Gwyn, top of the hill. Think on before you open your mouth again.",
  "[explicit] 'I know where you live' with the house name.", allowed=[PA, DP])
p(F, B, "Say that about my ward again, Harries, and I'll come round and sort you out myself.",
  "[explicit] threat of violence at a named councillor.", allowed=[PA])
p(F, B, "If Cllr Tudor shows his face at the Aberfelin RFC do on Saturday he'll be carried out. Promise.",
  "[explicit] threat of violence at a named councillor.", allowed=[PA])
p(F, B, "You'll regret this vote, Nia. You'll regret it every day till May.",
  "[explicit] 'you'll regret' threat at a named councillor.", allowed=[PA])
p(F, B, "One more lie from Huw Jenkins-Parry and I'll put him through the chamber window. Not joking.",
  "[explicit] threat of violence; 'lie' hints at dishonesty (defamation allowed).", allowed=[PA, DF])
p(F, B, "To whoever complained to the Monitoring Officer about me: I know who you are, and so will everyone in Tonyrhos by Friday.",
  "[explicit] threat to expose a complainant (code 8.3).", allowed=[DP])
p(F, B, "Carys Morgan wants to keep her nose out of Glyncoed business or she'll get it broken.",
  "[explicit] threat of violence at a named councillor.", allowed=[PA])
p(F, B, "Lyndon, bach, you've got two kids at the primary on Heol y Nant. Be a shame if people started talking outside those gates every morning.",
  "[veiled] threat that brings in a councillor's children and their school.", allowed=[PA, DP])
p(F, B, "Dai Pugh needs a good hiding and if nobody else will give him one, I will.",
  "[explicit] threat of a beating.", allowed=[PA])
p(F, B, "Listen Sharon, you grass me up to Standards one more time and you'll be sorry. Properly sorry.",
  "[explicit] threat against a complainant.", allowed=[PA])
p(F, B, "Rhodri Vaughan better watch himself walking home from the Legion of a night. Dark down by that river.",
  "[veiled] menace about a named councillor's route home.", allowed=[PA, DP])
p(F, B, "Funny how accidents happen to people who don't know when to shut up. Just saying, @WaynePowellUP.",
  "[veiled] 'accidents happen' threat at a tagged councillor.", allowed=[PA])
p(F, B, "Cllr Kowalczyk has a lovely little shop on Commercial Street. Be a shame if anything happened to it. Windows are expensive these days 🙂",
  "[veiled] protection-racket style threat to a councillor's business; the smiley is false friendliness.", allowed=[PA, DP, IR])
p(F, B, "Tell Huw I was asking after his mam. Nice house she's got in Pen-y-Wern. Very quiet street.",
  "[veiled] menace through a councillor's mother and her home.", allowed=[PA, DP])
p(F, B, "Some of us have long memories in this valley, Tariq. Very long. Remember that.",
  "[veiled] warning at a named councillor.", allowed=[PA])
p(F, B, "Keep going, Cllr Morgan. Keep pushing. See where it gets you. People round here don't forget, and they don't forgive.",
  "[veiled] menace at a named councillor.", allowed=[PA])
p(F, B, "Nia's car's been parked outside that same house on Heol y Nant every Thursday night. Interesting. Very interesting. I'll save it for now.",
  "[veiled] surveillance and threatened exposure of a named councillor's private life; the innuendo also allows defamation and data-protection.", allowed=[PA, DP, DF])
p(F, B, "Dear Monitoring Officer, you might want to think very carefully about who you take complaints from. Very carefully. Your contract's up for renewal, isn't it?",
  "[pressure] intimidation of the Monitoring Officer over complaints handling: also officers.impartiality.", rules=[OF], allowed=[PA])
p(F, B, "Whoever's leaking to the Valleys Echo: we're going through the emails now. When we find you, and we will, you're finished in this council.",
  "[explicit] threat to an unidentified leaker (probably staff).", allowed=[OF])
p(F, B, "Our Kelvin's been very brave speaking out. Brave men get noticed. Not always by the right people.",
  "[veiled] mock concern that carries a threat to a named councillor.", allowed=[PA, IR])
p(F, B, "Going to be a long, cold campaign for Rhodri Vaughan. I'd keep the curtains shut if I were him 😉",
  "[veiled] wink-dressed menace at a named councillor.", allowed=[PA, IR])
p(F, B, "A word to the wise for the residents who spoke against my scheme at committee: I've got your names from the register of speakers. Have a lovely week.",
  "[veiled] intimidation of members of the public who spoke at committee.", allowed=[DP, IR])
p(F, B, "Some people in Treforgan seem to think they can slag me off on the community page and nothing will come of it. I've screenshotted every one of you. Every. One.",
  "[veiled] intimidation of residents who criticised the councillor.")
p(F, B, "Joanna, cariad, take a hint. This valley has a way of sending people back where they came from when they don't fit.",
  "[veiled] menace at a named councillor of Polish heritage that is also a 'go back where you came from' attack on national origin: equality expected.", rules=[EQ], allowed=[PA])
p(F, B, "Ceri Bowen should think hard about whether she wants to carry on. Plenty of people would be happy to make her life very difficult.",
  "[veiled] pressure to quit with a threat of harassment.", allowed=[PA])
p(F, B, "Tariq, you're walking a very thin line, my friend. Lot of angry men in the Workmen's Hall tonight. Wouldn't go in if I were you.",
  "[veiled] warning of violence at a named councillor.", allowed=[PA])
p(F, B, "Message for the planning officer handling the Garth Ridge file: change that recommendation or I'll make sure everyone in this borough knows your name and what you've cost them.",
  "[pressure] coercing an officer to change advice, with a threat of public exposure: officers.impartiality too.", rules=[OF])
p(F, B, "Cllr Bevan, vote with us on the leisure centre or you can forget about your ward getting a penny from the community fund while I'm on cabinet.",
  "[pressure] coercion through ward funding (position.improper-advantage allowed).", allowed=[PA, PO])
p(F, B, "Anyone on our group who abstains on Thursday will lose their committee seat. Your choice. I'll know who you are.",
  "[pressure] coercion of group members through committee places.", allowed=[PO])
p(F, B, "Drop the complaint, Sharon, and this all goes away. Keep going and I'll drag every last bit of your private life into the Echo.",
  "[pressure] threat against a complainant to withdraw.", allowed=[PA, DP])
p(F, B, "Elfed, I'd advise you to withdraw that question at full council. For your own sake. Your son works for Derwen Waste, doesn't he? Contracts get reviewed.",
  "[pressure] coercion through a relative's job and a council contract.", allowed=[PA, DP, PO])
p(F, B, "Stuart Penhallow: either the Red Lion gets its licence back this week or I'll be raising your performance at every meeting until you're gone.",
  "[pressure] coercing the named Licensing Manager: officers.impartiality too.", rules=[OF], allowed=[PA, PO])
p(F, B, "Every councillor who voted to close Tonyrhos library, I'm printing your faces on posters and putting them up outside your houses. Let your neighbours decide what you are.",
  "[pressure] threatened public humiliation at councillors' homes.", allowed=[PA, DP])
p(F, B, "Kerry Mathias has got until Friday to reinstate the Glyncoed round. After that I start naming her staff one by one on here till someone cracks.",
  "[pressure] ultimatum to a named officer with a threat against her staff: officers.impartiality too.", rules=[OF], allowed=[PA])

# ---------------------------------------------------------------- equality / discrimination
F = EQ
p(F, B, "Another hotel in Aberfelin full of young men of 'fighting age' who've never worked a day. Our girls won't be safe walking home. Everyone knows it, nobody says it.",
  "[coded; race/asylum seekers] predatory stereotype of asylum seekers.")
p(F, B, "Cwmderwen was a tidy place before the Saeson bought up every terrace on the hill. White settlers, the lot of them, and they can go back over the bridge.",
  "[explicit; race/national origin (English)] hostility to English incomers ('Saeson', 'white settlers', 'go back').")
p(F, B, "Pikeys camped on the Glyncoed rec again. Lock up your sheds, butt.",
  "[explicit; race/Gypsies and Travellers] slur plus criminal stereotype: abusive-language too.", rules=[AL])
p(F, B, "Nothing against them personally, but you don't want a Traveller site by a primary school. Stands to reason.",
  "[coded; race/Travellers] 'nothing against them' disclaimer then the stereotype that Travellers endanger children.")
p(F, B, "Funny how Cllr Mahmood always finds money for 'community cohesion' in Cwmderwen Town but never for Treforgan. Looking after his own, as they do.",
  "[coded; religion or belief/race] 'looking after his own, as they do' about a named Muslim councillor; also a personal attack, and innuendo of favouritism (defamation allowed).", rules=[PA], allowed=[DF])
p(F, B, "Ceri Bowen can call herself what she likes but a bloke in a frock isn't a woman and shouldn't be speaking for the women of Tonyrhos.",
  "[explicit; gender reassignment] misgendering attack on a named trans councillor; personal-attack too.", rules=[PA])
p(F, B, "Joanna Kowalczyk should stick to stacking shelves in the Polski sklep and leave Welsh politics to Welsh people.",
  "[explicit; race/national origin (Polish)] at a named councillor; personal-attack too.", rules=[PA])
p(F, B, "Cllr Okonkwo-Jones did well to get elected, I'll give her that. Must be nice ticking so many boxes at once 😉",
  "[coded; race and sex] 'ticking boxes' jibe at a Black woman councillor; personal-attack, irony allowed.", rules=[PA], allowed=[IR])
p(F, B, "Women on the cabinet are fine for the soft stuff, social care and that. Leave the money to the men.",
  "[explicit; sex] women unfit for finance.")
p(F, B, "Siân Protheroe off having another baby. Again. Taxpayers of Glyncoed paying a councillor to sit at home changing nappies.",
  "[explicit; pregnancy and maternity] attack on a named councillor for maternity leave; personal-attack too.", rules=[PA])
p(F, B, "Owain Lloyd and his 'husband' at the Mayor's ball. Some of us brought our wives. Not in front of the kids, boys, please.",
  "[explicit; sexual orientation, marriage and civil partnership] scare quotes on a named councillor's same-sex marriage; personal-attack too.", rules=[PA])
p(F, B, "Wheelchair users on the planning committee? How's he going to do a site visit up Heol y Graig, fly? Elfed should leave it to the able-bodied.",
  "[explicit; disability] a named wheelchair-using councillor told to step aside; personal-attack too.", rules=[PA])
p(F, B, "Nothing personal but anyone over seventy-five shouldn't be allowed to stand. Sitting there nodding off, dribbling on the agenda. Time for God's waiting room.",
  "[explicit; age] older people unfit for office.")
p(F, B, "Same families, same surnames, same postcodes off the Pantycelyn estate. Funny how they're all 'disabled' when it comes to the blue badge queue.",
  "[coded; disability] scare-quoted 'disabled' as fraud innuendo about an estate's residents.", allowed=[DF])
p(F, B, "Notice how the Jewish landlord lobby always gets its way on the HMO licensing? Follow the money, Cwmderwen.",
  "[coded; religion or belief/race (antisemitic)] the 'Jewish lobby' and 'follow the money' trope.")
p(F, B, "The mosque on Station Road wants to extend. Next it'll be the call to prayer at 5am and the Co-op selling nothing but halal. We know how this ends.",
  "[coded; religion or belief (anti-Muslim)] slippery-slope 'we know how this ends' about a mosque; predetermination allowed (a planning matter).", allowed=[PD])
p(F, B, "Proper Welsh people don't need translators at the surgery. If you can't speak the language after ten years here, you shouldn't be getting a GP appointment before my mam.",
  "[coded; race/national origin] 'proper Welsh people' versus migrants; calls for worse service for them.")
p(F, B, "Diolch to the Valleys Echo for the photo of Rhodri Vaughan at Pride. Tells you everything about where his priorities lie, and it isn't with the working men of Pen-y-Wern.",
  "[coded; sexual orientation] a named councillor's Pride attendance used to say he is not for 'working men'; personal-attack too.", rules=[PA])
p(F, B, "Autistic 'advocates' on the scrutiny panel now. Lovely. Meetings will take twice as long and we'll have to dim the lights.",
  "[explicit; disability] mocking autistic members; sarcasm (irony allowed).", allowed=[IR])
p(F, B, "Can't get a council house in Treforgan for love nor money but the Syrians get a new kitchen the week they land. Fair? Local homes for local people.",
  "[coded; race/national origin (refugees)] the 'they get everything' myth and 'local homes for local people'.")
p(F, B, "Cllr Okonkwo-Jones is very articulate. You'd never guess, would you.",
  "[coded; race] the 'articulate' microaggression with 'you'd never guess' at a named Black councillor; personal-attack, irony allowed.", rules=[PA], allowed=[IR])
p(F, B, "Siân should step back from cabinet now she's married. A wife's first duty is to her husband and home.",
  "[explicit; marriage and civil partnership, sex] a named councillor told to quit because she married; personal-attack too.", rules=[PA])
p(F, B, "Our new Head of Planning is a lovely girl but she'll be pregnant within the year, they always are at that age. Waste of a recruitment budget.",
  "[explicit; sex, pregnancy and maternity, age] about an officer identified by role: officers.impartiality and personal-attack too.", rules=[OF, PA])
p(F, B, "Wouldn't trust a man who prays five times a day with the keys to the treasury. Just saying. #Cwmderwen",
  "[coded; religion or belief (anti-Muslim)] Muslims unfit for public money.")
p(F, B, "Gypsy families have been offered the Aberfelin site. Residents: check your home insurance and count your dogs.",
  "[coded; race/Gypsies and Travellers] theft stereotype.")
p(F, B, "I've nothing against gays, but the rainbow bench outside Ysgol Derwen is indoctrination, plain and simple. Keep it out of our kids' heads.",
  "[coded; sexual orientation] disclaimer then the 'indoctrination' trope.")
p(F, B, "If you're on the sick with 'anxiety' you can manage the Tesco run, you can manage a job. Half the so-called disabled in Glyncoed are swinging the lead.",
  "[explicit; disability] disabled people with mental illness called shirkers; fraud innuendo on a group (defamation allowed).", allowed=[DF])
p(F, B, "Spotted: Cllr Bowen using the ladies' at the Civic Centre. Some of our female staff aren't comfortable and they shouldn't have to be.",
  "[coded; gender reassignment] a named trans councillor's use of the toilets made into a public issue; personal-attack too.", rules=[PA], allowed=[DP])
p(F, B, "Foreign doctors at the Royal Derwen: can't understand a word they say, can't understand a word you say. Get us some of our own back.",
  "[coded; race/national origin] foreign-born doctors as incompetent; 'our own'.")
p(F, B, "Black lads hanging round the Square every night since the hostel opened. Not being funny, but we never had this before.",
  "[explicit; race] young Black men as a problem by race.")
p(F, B, "Old people shouldn't be on the library committee. They hate change, they hate phones, and they'll be dead before the new building opens anyway.",
  "[explicit; age] older people excluded by age.")
p(F, B, "Muslims in Cwmderwen Town have their own councillor, their own butcher and their own school run. Integration? Don't make me laugh.",
  "[coded; religion or belief (anti-Muslim)] Muslims as a separate, non-integrating bloc.")
p(F, B, "Honestly the Welsh on this council are so chippy. Always bleating about hiraeth and the Welsh Not. Get over yourselves, nobody outside this valley speaks it.",
  "[coded; race/national origin (Welsh)] Welsh people as 'chippy' and 'bleating' (a sheep jibe).")
p(F, B, "Pregnant councillors should be made to step down. We can't run a borough around maternity leave and baby brain.",
  "[explicit; pregnancy and maternity, sex] exclusion of pregnant members.")

# ---------------------------------------------------------------- defamation
F = DF
p(F, R, "Gareth Prosser is a liar. Plain and simple. Celwyddgi.",
  "'Liar' (and Welsh celwyddgi) at a named councillor: defamation and personal-attack.", rules=[PA])
p(F, B, "Cllr Tudor's been on the fiddle with his mileage since the day he was elected. Claims from Aberfelin to Cardiff twice a week and he's never been further than the Spar.",
  "Expenses fraud stated as fact about a named councillor: block.", allowed=[PA])
p(F, R, "Everyone knows Garth Ridge Homes have Rhiannon Bevan in their back pocket. How else does a scheme like that sail through planning?",
  "Corruption innuendo about a named planning chair and a company.", allowed=[PA])
p(F, B, "Dai Pugh took a backhander from the tarmac firm. Five grand in a brown envelope, in the car park of the Red Lion. I've got it from someone who was there.",
  "Bribery stated as fact with detail: block.", allowed=[PA])
p(F, R, "Bent as a butcher's hook, that one. @LyndonHarriesUP",
  "Idiom for corrupt at a tagged councillor; name-calling, personal-attack allowed.", allowed=[PA])
p(F, R, "Huw Jenkins-Parry is a fraud and a hypocrite. Preaches about the food bank, never put a penny in.",
  "'Fraud' and 'hypocrite' as name-calling at a named councillor: defamation and personal-attack.", rules=[PA])
p(F, R, "Funny how Meirion's nephew got the Leisure Trust catering contract without a single other bid. Jobs for the boys, Cwmderwen style.",
  "Nepotism innuendo about the named Mayor.", allowed=[PA])
p(F, B, "Sharon Griffiths stole from the Tonyrhos gala fund. Two thousand pounds gone and she was the only one with the tin.",
  "Theft of charity money stated as fact: block.", allowed=[PA])
p(F, B, "Wayne Powell fiddled the postal votes in Glyncoed. I've seen the forms. Half those people have been dead for years.",
  "Electoral fraud stated as fact: block.", allowed=[PA])
p(F, R, "The Director of Finance has been cooking the books for the cabinet since 2023. Everybody in Ty Derwen knows it.",
  "Dishonesty idiom about an officer identified by role: officers.impartiality too. Arguably block (false accounting).", rules=[OF], allowed=[PA])
p(F, R, "Cllr Nia Watkins lied to full council about the school closure figures, and she knew she was lying.",
  "Dishonesty allegation about a named councillor.", allowed=[PA])
p(F, R, "Lleidr. That's the Welsh word for what Cllr Harries is. Look it up.",
  "Calls a named councillor a thief (Welsh lleidr) without a specific act: defamation and personal-attack.", rules=[PA])
p(F, R, "Kelvin Tudor's building firm does all the council's roofing and he sits on the contracts panel. Work it out for yourselves.",
  "Corruption innuendo ('work it out for yourselves').", allowed=[PA])
p(F, B, "Rhodri Vaughan was done for drink-driving in 2019 and kept it quiet. Voters deserve to know.",
  "A conviction stated as fact: block; criminal record is special category data (data-protection allowed).", allowed=[PA, DP])
p(F, B, "Carys Morgan doesn't even live in Treforgan. She uses her sister's address to stand. That's electoral fraud, and she knows it.",
  "Electoral fraud stated as fact: block.", allowed=[PA, DP])
p(F, B, "Tariq Mahmood sold the Pantycelyn allotment land to his brother-in-law for a quid. Council land. Our land.",
  "Misconduct in public office (selling council land to a relative) stated as fact: block.", allowed=[PA])
p(F, R, "The Mayor has been using the civic car for his Saturday shopping runs to Cardiff. On our money.",
  "Misuse of council resources alleged about the identifiable Mayor.", allowed=[PA])
p(F, B, "Derwen Waste are crooks. They've been charging for collections they never made and the cabinet are in on it.",
  "Fraud by a company stated as fact, with the cabinet complicit: block.", allowed=[PA])
p(F, R, "Our MS Catrin Wyn-Davies hasn't answered one email from Aberfelin in two years, but she found time to rent her holiday let to the council for 'emergency accommodation' at three times the going rate. Nice little earner.",
  "Profiteering innuendo about a named public office holder.", allowed=[PA])
p(F, R, "Cllr Bevan is a lying hound and a crook. Simple as.",
  "'Lying' and 'crook' as name-calling: defamation and personal-attack.", rules=[PA])
p(F, R, "Ask yourselves why Gareth Prosser's new conservatory went up the same month Garth Ridge got planning. Go on. Ask.",
  "Bribery innuendo by juxtaposition.", allowed=[PA])
p(F, B, "Lyndon Harries has been claiming carer's allowance for a mother who's been in a care home since 2022. Benefit fraud, pure and simple.",
  "Benefit fraud stated as fact: block; a relative's care (health) is personal data (allowed).", allowed=[PA, DP])
p(F, R, "Joanna Kowalczyk is an absolute chancer. Says whatever gets her the votes, means none of it, and pockets the allowance.",
  "Dishonesty idiom ('chancer', 'pockets the allowance').", allowed=[PA])
p(F, B, "The Leisure Trust accounts don't add up and Sharon Griffiths signs them off. She's skimming. I'd put my house on it.",
  "Skimming stated as fact despite the bet hedge: block.", allowed=[PA])
p(F, R, "Owain Lloyd told the Pen-y-Wern residents one thing and voted the other way. He lied to your faces, then had the cheek to put it in his newsletter.",
  "Dishonesty allegation about a named councillor.", allowed=[PA])
p(F, R, "Whatever Elfed Hopkins says about 'volunteering' at the credit union, ask where the missing £8k went.",
  "Theft innuendo (a question, not a statement).", allowed=[PA])
p(F, B, "Wayne Powell has got a criminal record for assault and the Unity Party knew when they selected him.",
  "A conviction stated as fact: block; criminal record data allowed.", allowed=[PA, DP])
p(F, R, "Stuart Penhallow waves through licences for anyone who buys him a pint. Everybody in the trade knows how it works.",
  "Corruption idiom about the named Licensing Manager: officers.impartiality too. Arguably block (bribery).", rules=[OF], allowed=[PA])
p(F, R, "Huw's 'community newsletter' was printed on the council's machines on council time. Misuse of public resources, and he'll deny it.",
  "Misconduct (misuse of resources) alleged about a named councillor; resources.political-use allowed.", allowed=[PA, RS])
p(F, R, "Siân Protheroe is in the pocket of the developers. Always has been. Follow the donations.",
  "Corruption idiom about a named councillor.", allowed=[PA])
p(F, R, "That shyster Dai Pugh promised the Heol Fawr residents a crossing for three elections running. Snake oil, the lot of it.",
  "'Shyster' and 'snake oil' at a named councillor: defamation and personal-attack.", rules=[PA])
p(F, B, "Cllr Kelvin Tudor forged signatures on the Aberfelin petition. I've compared them. Same pen, same hand, forty different 'residents'.",
  "Forgery stated as fact: block.", allowed=[PA])
p(F, B, "Gareth Prosser should be in prison for what he did with the Cwmderwen pension fund, and one day he will be.",
  "Crime implied as established fact ('should be in prison for what he did'): block.", allowed=[PA])
p(F, R, "Funny how Nia Watkins' husband's van hire firm keeps getting council work. Funny, that. Dim byd i weld yma.",
  "Favouritism innuendo (Welsh 'nothing to see here'); a spouse's business (data-protection allowed).", allowed=[PA, DP])

# ---------------------------------------------------------------- hard negatives
T = "HN1"
hn(T, "The cabinet's decision to close Tonyrhos library is a disgrace. I'm tamping, and so is every mam and bampa who used it.", "anger at a decision, no person attacked.")
hn(T, "This budget is a shambles. Council tax up 9.9% and the potholes on Heol Fawr still there. The Leader should be ashamed of it.", "harsh but civil criticism of a budget; 'should be ashamed' is the RULES.md example of robust debate.")
hn(T, "Derwen Waste's performance this winter has been dreadful. Missed rounds, no communication, and the cabinet keeps renewing the contract. Not good enough.", "criticism of a contractor's performance and a decision.")
hn(T, "Garth Ridge Homes' consultation was a box-ticking exercise. Three boards in a church hall and no answers. Residents deserve better.", "criticism of a company's consultation.")
hn(T, "The Unity Party's leaflet on asylum hotels is misleading. The numbers are wrong, and I've sent them the correct ones.", "criticism of a party's leaflet on the facts.")
hn(T, "Plaid y Bobl's transport plan is fantasy economics. Lovely on paper, twp in practice.", "'twp' (daft) aimed at a plan, not a person.")
hn(T, "Daylight robbery: £4.50 to park at the Leisure Centre now. Who thought that was a good idea?", "'daylight robbery' idiom about a charge.")
hn(T, "The Valleys Labour Movement have run this borough for forty years and it shows. Tired, complacent, out of ideas.", "harsh criticism of a ruling party.")
hn(T, "A shocking decision to cut the school bus to Ysgol Derwen. Kids walking a mile and a half on an unlit road in January. Reverse it.", "criticism of a decision.")
hn(T, "The council's flood response in Aberfelin was slow and chaotic. We need a proper inquiry, not a press release.", "criticism of the council's response (compare the abusive 'fucking shambles' row).")
hn(T, "Scrutiny has become a rubber stamp. Nobody asks hard questions any more, and the public can see it.", "criticism of a process.")
hn(T, "The new parking policy is a mess and it's killing Commercial Street. Shops are closing. Cabinet, listen.", "criticism of a policy.")
hn(T, "This 'listening exercise' on the leisure centre is a sham. The decision was made months ago. Own it.", "scorn for a process without obscenity (compare 'stick it up your arse').")
hn(T, "Liberal Cymru's amendment was weak, late and pointless. They should have backed the original motion.", "criticism of a party's amendment.")
hn(T, "Another consultancy contract, another £400k out the door. This council spends like a drunk sailor and then pleads poverty.", "idiomatic criticism of council spending.")
hn(T, "Honestly the state of the Glyncoed bus shelter is a disgrace. Smashed glass for six weeks. Fix it.", "same topic as an abusive row, civil wording.")
hn(T, "Welsh Government's funding formula short-changes the valleys again. Hiraeth doesn't pay the bills, Cardiff Bay.", "criticism of a government formula.")
hn(T, "The decision to sell off the Pantycelyn allotments is short-sighted and wrong. Once the land's gone, it's gone.", "criticism of a decision on the same land as a defamation row.")
hn(T, "Dire. That's the only word for the cabinet's housing strategy. Waiting lists up, empty homes up, ambition down.", "harsh criticism of a strategy.")
hn(T, "I've never seen a worse-run planning department. Not the staff's fault, they're cut to the bone, but the system's broken.", "criticism of a service that explicitly spares staff; officers allowed.", allowed=[OF])
hn(T, "The Green Cymru motion on twenty mph was well-meaning and badly drafted. I voted against and I'd do it again.", "criticism of a motion.")
hn(T, "Our council's communication on the bin changes has been woeful. Half of Treforgan didn't know the day had moved.", "criticism of council communications.")

T = "HN2"
hn(T, "Someone wrote 'Pikeys out' on the wall of the Glyncoed rec last night. It's been reported to police. That word has no place in our valley.", "quotes a slur to condemn it.", allowed=[EQ, AL])
hn(T, "I've had emails calling me a 'lying bitch' this week. I won't be silenced and I won't respond in kind. Reported.", "reports abuse received.", allowed=[AL, DF, EQ], author="@BethanLlewellynVLM")
hn(T, "To the man who shouted 'go back to Poland' at a shop worker on Commercial Street: you don't speak for Cwmderwen. Dim croeso i hiliaeth yma.", "condemns racist abuse (Welsh: no welcome for racism here).", allowed=[EQ])
hn(T, "Cllr Okonkwo-Jones has been sent racist abuse after Tuesday's meeting. Whatever our differences, this is vile and it must stop. I stand with her.", "solidarity with a targeted councillor.", allowed=[EQ])
hn(T, "'Sheep-shagger' is not banter. It's an anti-Welsh slur and the Unity candidate who retweeted it should apologise.", "quotes an anti-Welsh slur to condemn it.", allowed=[EQ, AL])
hn(T, "A resident told me 'you'll regret this' at surgery on Saturday. I've logged it with the police. Threats are not debate.", "reports a threat received.", allowed=[BI])
hn(T, "Calling disabled people 'scroungers' on the community page is cruel and it's wrong. Most of my casework is people trying to work who can't.", "condemns disability abuse.", allowed=[EQ])
hn(T, "Saying trans women are 'blokes in frocks' is not a political opinion, it's contempt. Ceri Bowen deserves better from this chamber.", "counter-speech defending a trans councillor.", allowed=[EQ, PA])
hn(T, "Some comments on my page called Cllr Harries 'vermin'. I've deleted them. I disagree with Lyndon on nearly everything, but that's not how we do things.", "removes and condemns abuse of an opponent.", allowed=[PA, AL])
hn(T, "The graffiti on the Station Road mosque managed to be antisemitic and anti-Muslim in the same breath. Impressive hatred. Cleaned off by volunteers by 9am. Diolch.", "reports and condemns hate graffiti.", allowed=[EQ])
hn(T, "No, the new families at the Aberfelin hotel are not 'a danger to our girls'. That lie has been doing the rounds and it's stirring up hate.", "quotes a stereotype to reject it.", allowed=[EQ])
hn(T, "Just read a post calling Siân a 'baby factory' for going on maternity leave. Disgusting. Councillors are entitled to have families.", "condemns a maternity jibe.", allowed=[EQ, PA])
hn(T, "If you're writing 'I know where you live' to an officer because you don't like a planning decision, expect a knock from the police.", "warns against threats to officers, quoting one.", allowed=[BI, OF])
hn(T, "A constituent has forwarded me a flyer saying 'foreign doctors out of the Royal Derwen'. Our hospital runs on these people. Reported to the police as a hate incident.", "reports a xenophobic flyer.", allowed=[EQ])
hn(T, "Whoever keeps calling Elfed Hopkins 'senile' in the comments: he's sharper than most of us, and ageism is still prejudice.", "defends an older colleague against ageist abuse.", allowed=[EQ, PA])
hn(T, "'Twll dy din di' isn't a way to reply to a constituent, even a rude one. I've apologised to the resident for the tone of a colleague's message.", "quotes a Welsh obscenity to disown it.", allowed=[AL])
hn(T, "Had a leaflet through the door saying 'local homes for local people, not Syrians'. Binned. The Syrian families in Treforgan are our neighbours.", "quotes an anti-refugee leaflet to reject it.", allowed=[EQ])
hn(T, "'Gypsies, count your dogs' is what someone said at the residents' meeting. I challenged it then and I'm challenging it now.", "quotes an anti-Traveller remark to challenge it.", allowed=[EQ])
hn(T, "To those calling me a 'traitor' and worse for voting with Plaid on the budget: fine, be cross. But the threats to my family are going to the police.", "reports threats received.", allowed=[BI], author="@KelvinTudorInd")
hn(T, "The word 'retard' was used in the scrutiny chat on Monday. It's been raised with the chair. We'd never accept it said in the chamber; it isn't acceptable in the chat either.", "quotes a disability slur to condemn it.", allowed=[EQ, AL])
hn(T, "Somebody sent the Echo a letter claiming Cllr Mahmood 'looks after his own'. It's a dog-whistle and I'm glad they didn't print it.", "names a dog-whistle to reject it.", allowed=[EQ, PA])
hn(T, "When a man tells a woman councillor to 'get back in the kitchen', it's not a joke. It happened to Carys this week. Not on.", "condemns sexist abuse of a colleague.", allowed=[EQ])

T = "HN3"
hn(T, "Myth: asylum seekers get new kitchens before local families. Fact: they get nothing of the sort. Housing allocation in Cwmderwen is by need, and the policy is public.", "myth-busting.")
hn(T, "No, the Traveller site consultation isn't a 'done deal' and no, crime doesn't go up near sites. Police figures for Aberfelin say otherwise.", "myth-busting about Travellers.", allowed=[EQ])
hn(T, "I'm not going to pretend every worry about the hotel is racism. But the idea that young men fleeing war are a threat to our girls has no evidence behind it.", "rejects a stereotype while acknowledging worries.", allowed=[EQ])
hn(T, "There's a rumour that the mosque extension will mean a call to prayer at 5am. It won't. It's a kitchen and a disabled toilet. That's the application.", "corrects a rumour about a mosque.")
hn(T, "Polish families didn't 'take' jobs in Cwmderwen. They filled vacancies at the care homes that nobody else would. Get the facts right.", "myth-busting about migrants.")
hn(T, "Blue badge fraud is rare. Most disabled people in Glyncoed wait months for one. The 'everyone's at it' line is a myth.", "myth-busting about disabled people.")
hn(T, "Trans people aren't a threat in the Civic Centre toilets. They've been using them for years, without incident. Let's not import a culture war.", "rejects a trans stereotype.")
hn(T, "Older councillors aren't 'past it'. Elfed has forgotten more about housing law than most of us will ever know.", "rejects ageism, praises a colleague.")
hn(T, "Pregnant councillors can and do serve. Remote attendance exists. Nobody needs to step down for having a baby.", "rejects a maternity stereotype.")
hn(T, "'Foreign doctors can't speak English'? They pass the same language tests as anyone else. The Royal Derwen would close without them.", "myth-busting.", allowed=[EQ])
hn(T, "Welsh-medium education isn't 'for the snobs'. Half the kids at Ysgol Treforgan come from homes where nobody speaks Welsh. That's the point.", "myth-busting about Welsh-medium schools.")
hn(T, "The idea that women can't handle the finance brief is nonsense. Bethan's been doing it for three years.", "rejects a sex stereotype.")
hn(T, "Contrary to the Facebook post doing the rounds, Syrian families in Treforgan pay rent like everyone else. No 'free houses'.", "myth-busting about refugees.")
hn(T, "I'm not prejudiced against anyone, and I'm not pretending to be. I'm saying the Aberfelin hotel contract was badly managed by the Home Office and badly communicated by us.", "denied prejudice followed by policy criticism only.")
hn(T, "Jewish landlords are not a 'lobby'. There's no such thing in Cwmderwen. There are landlords, good and bad, and the HMO policy applies to all of them.", "rejects an antisemitic trope.", allowed=[EQ])
hn(T, "English incomers aren't 'white settlers'. They're neighbours, and plenty of them send their kids to Welsh-medium schools.", "rejects anti-English language.", allowed=[EQ])
hn(T, "Benefits for people with anxiety are not a scam. Mental illness is real, and 'swinging the lead' is an insult to people who'd give anything to work.", "myth-busting about disability benefits.")
hn(T, "Fact check: Gypsy and Traveller families are protected ethnic groups with the same rights as anyone else. The site on the Aberfelin road is a legal duty, not a favour.", "factual statement about Travellers' rights.")
hn(T, "Being gay doesn't make you a bad influence on children. The rainbow bench is a bench. Sit on it.", "rejects a homophobic trope.")
hn(T, "No, there aren't 'more Black lads on the Square since the hostel'. There are the same number of lads, of every colour, as there always were. Bored. We need a youth club.", "quotes and rejects a racial claim.", allowed=[EQ])
hn(T, "Nobody's forcing Welsh on anyone. And nobody's forcing English either. Dwyieithog means both.", "language myth-busting.")
hn(T, "To be clear: I don't think Cllr Mahmood favours his own ward. I've checked the community fund allocations and Treforgan got more.", "denies a favouritism insinuation with figures.")

T = "HN4"
hn(T, "As a trans woman who grew up in Tonyrhos, standing for this ward was the proudest day of my life. Diolch to everyone who knocked doors with me.", "self-description by the trans councillor.", author="@CeriBowenTonyrhos")
hn(T, "77 years young, in a wheelchair since the pit accident, and I still make every meeting. Don't let anyone tell you you're too old for public service.", "self-description (age, disability).", author="@ElfedHopkinsInd")
hn(T, "Off on maternity leave from Monday. Cllr Tariq Mahmood will cover my Glyncoed casework. Cwtch for everyone who sent cards 💕", "self-description (maternity).", author="@SianProtheroeVLM")
hn(T, "Me and my husband celebrating ten years today. Still arguing over who left the milk out. Caru ti, cariad.", "self-description (same-sex marriage).", author="@OwainLloydPyB")
hn(T, "Eid Mubarak to all our Muslim neighbours in Cwmderwen Town. The iftar at the Station Road mosque last week was a proper community night. Diolch.", "positive mention of a religious group.", date="2026-03-20")
hn(T, "Proud to open the new Changing Places toilet at the Leisure Centre. For disabled residents and carers, this is dignity, not a luxury.", "positive mention of disabled residents.")
hn(T, "Holocaust Memorial Day service at the Cenotaph this morning. We remember. We will not forget.", "commemoration.", date="2026-01-27")
hn(T, "Lunar New Year celebrations at the Treforgan community hall tonight, thanks to the Chinese takeaway families who've fed this valley for fifty years.", "positive mention of an ethnic group.", date="2026-02-17")
hn(T, "Great turnout at the Polish Saturday school open day. Dzień dobry and bore da in the same breath: that's Cwmderwen.", "positive mention of Polish residents.")
hn(T, "LGBT History Month: a lovely exhibition at Cwmderwen library on the gay miners and the valleys support groups in '84. Go and see it.", "positive mention of gay people.", date="2026-02-09")
hn(T, "The Gypsy and Traveller liaison group met today. Practical stuff: bins, school places, a water standpipe. Good meeting.", "neutral mention of Travellers.")
hn(T, "International Women's Day yesterday. Shout out to the mams who ran the soup kitchens in '84 and still run half the community groups today.", "positive mention of women.", date="2026-03-09")
hn(T, "Our Syrian families in Treforgan have opened a bakery on Commercial Street. The pistachio pastries are lush. Go and support them.", "positive mention of refugees.")
hn(T, "Dementia-friendly screenings at the Tonyrhos Workmen's Hall from March. Thanks to the volunteers who made it happen.", "positive mention of older and disabled residents.")
hn(T, "First day of Ramadan. Fasting, working, and still making the evening planning meeting. If I'm a bit quiet, it's the hunger, not the agenda 😄", "self-description (religion).", author="@TariqMahmoodVLM", date="2026-02-19")
hn(T, "Born in Lagos, raised in Cwmderwen, Welsh-speaking mam of two. Being the first Black councillor in this borough isn't the story. Getting the bus route back is.", "self-description (race).", author="@DaisyOJ_Cwmderwen")
hn(T, "Disabled Access Day at Cwmderwen Castle: ramps, hearing loops, a quiet hour. Tidy job by the Leisure Trust.", "positive mention of disabled visitors.")
hn(T, "Ysgol Derwen's deaf awareness week: the kids taught me to sign 'cwtch'. Best morning of the month.", "positive mention of deaf children.")
hn(T, "Daughter of a Polish steelworker, wife of a Valleys boy, councillor for Treforgan. Hiraeth for two countries at once, which is very Welsh of me.", "self-description (national origin, marriage).", author="@JoKowalczykLC")
hn(T, "Pride Cymru coach from Cwmderwen leaves 8am sharp in June. Bring your glitter and your daps.", "positive mention of Pride.")
hn(T, "Older people's forum today. The over-80s in Glyncoed are better organised than the cabinet. Took notes.", "positive mention of older people (and a gentle dig at the cabinet).")
hn(T, "Queer, Welsh, Green, and from Pen-y-Wern. Yes, all at once. Reclaiming 'queer' was the best thing my generation did.", "reclaimed term, self-description.", author="@RhodriVaughanGreen")

T = "HN5"
hn(T, "We're going to absolutely murder Plaid at the charity quiz on Friday. Bring your A game, Nia 😂", "figurative violence in banter.", allowed=[BI, PA], author="@GarethProsserVLM")
hn(T, "Killed it at the Tonyrhos Male Voice Choir concert. Well, the choir did. I just stood at the back miming.", "figurative 'killed it', self-deprecation.")
hn(T, "Tamping I am. Left my lanyard in the Co-op AGAIN. Twp as a brush, me.", "self-deprecation with 'twp'.", allowed=[HA])
hn(T, "Huw Jenkins-Parry, you absolute scoundrel, you've pinched the last Welsh cake at group meeting. I'll have my revenge at Christmas 😂", "friendly teasing of a colleague.", allowed=[PA, BI, IR, DF], author="@NiaWatkinsPyB")
hn(T, "I'll be there now in a minute, which as everyone in the valleys knows means anything from five minutes to Tuesday.", "Valleys idiom banter.")
hn(T, "Rugby club fundraiser was a bloodbath. Aberfelin 42, us 3. Fair play, they battered us.", "sporting figurative violence.")
hn(T, "My face when the budget papers landed: like a bulldog chewing a wasp. Still, coffee's on.", "self-deprecation about own appearance.")
hn(T, "Going to war with the Aberfelin potholes this week. Armed with a clipboard and a very stern face.", "figurative war on potholes.")
hn(T, "National Cwtch Your Councillor Day? No? Just me then.", "self-deprecating banter.")
hn(T, "Me and Cllr Tudor disagree on everything except the best chip shop. It's the one by the bridge. Fight me.", "'fight me' banter.", allowed=[BI])
hn(T, "Dai's new haircut: bold. Brave. Possibly a cry for help. Love you butt 😂", "affectionate teasing of a colleague's haircut.", allowed=[PA, IR])
hn(T, "I am the worst public speaker in this chamber and I've made my peace with it. Twenty-two ums in one question, a personal best.", "self-deprecation.")
hn(T, "Crushed it at the Legion darts. Annihilated. Left them for dead. Scores: 180, 140, and a slightly embarrassing 9.", "figurative violence about darts.")
hn(T, "Someone shoot me if I ever propose another six-hour budget workshop.", "self-directed figurative violence.", allowed=[BI])
hn(T, "The Unity lads heckled me at the gala so I heckled them back with my terrible singing. Everybody lost.", "banter with opponents.", author="@CarysMorganPyB")
hn(T, "My mam says I look like a drowned rat in the Echo photo. She's not wrong. Rain in Cwmderwen is personal.", "self-deprecation about own appearance.")
hn(T, "Bake-off at Glyncoed chapel on Saturday. I'm going to destroy the competition with Mamgu's bara brith recipe. No mercy.", "figurative 'destroy' in banter.")
hn(T, "Hwntw and proud. To my Gog cousins watching: yes, we do say 'now in a minute', and no, we're not changing.", "north/south Wales banter.")
hn(T, "Genuinely, I'd die for a decent bus shelter in Glyncoed at this point. That's how low my bar has got.", "figurative 'I'd die for'.")
hn(T, "Sharon, you absolute legend, you've saved the Tonyrhos panto again. I could strangle you for making me play the dame though 😂", "figurative 'strangle' in affectionate thanks.", allowed=[BI, PA])
hn(T, "Tidy day. Slayed the casework pile, murdered a pasty, and only nodded off once in scrutiny.", "figurative violence, self-deprecation.")
hn(T, "Old and slow, me, compared to the new intake. But I get there. Like the 132 bus.", "self-deprecation about own age.", author="@ElfedHopkinsInd")

T = "HN6"
hn(T, "Cllr Gareth Prosser promised a new leisure centre in 2022. It's 2026 and there's no planning application. Residents are entitled to ask why.", "record criticism of the Leader's promise.")
hn(T, "Bethan Llewellyn's budget raises council tax by 9.9% and cuts youth services by a third. I'll be voting against it and so should every member who campaigned on young people.", "criticism of a named member's budget.")
hn(T, "Dai Pugh has missed six of the last eight highways scrutiny meetings. That's in the public attendance record. Heol Fawr deserves a cabinet member who turns up.", "attendance record.")
hn(T, "Wayne Powell voted against the living wage motion, against free school meals and against the food bank grant. Look at the votes. That's his record.", "voting record.")
hn(T, "Nia Watkins said in October the school closure would 'never happen on her watch'. She voted for it last night. She owes Pen-y-Wern an explanation.", "contrasts a statement with a vote without calling her a liar.", allowed=[DF])
hn(T, "Cllr Rhiannon Bevan chaired a planning meeting that approved the Garth Ridge scheme against the officers' recommendation. Her committee needs to publish its reasons in full.", "asks for reasons on the record.", allowed=[DF, OF])
hn(T, "Kelvin Tudor has declined three times to publish the Aberfelin ward fund accounts. They're public money. Publish them.", "transparency demand; a reader might hear innuendo.", allowed=[DF])
hn(T, "Huw Jenkins-Parry's newsletter says he 'saved' the library. The minutes show he abstained. Happy to share them.", "corrects a claim with minutes.", allowed=[DF])
hn(T, "Lyndon Harries tabled a motion to scrap the Welsh-language signage budget. I think he's wrong about the value of it and I'll say so in the chamber.", "disagreement with a named member's motion.")
hn(T, "Sharon Griffiths was the only member to vote against the flood inquiry. I'd like to hear her reasons, because I can't think of a good one.", "voting record.")
hn(T, "Cllr Mahmood's cabinet report on housing allocations is late for the third month running. Late reports mean no scrutiny.", "record criticism.")
hn(T, "Meirion Rees-Thomas has claimed £6,200 in mayoral allowances this year. All declared and within the rules, but in a cost-of-living crisis I think the civic budget should be halved.", "public allowance figures, criticism of the budget not of honesty.", allowed=[DF])
hn(T, "Joanna Kowalczyk told the Echo the Treforgan crossing was 'funded'. The capital programme says otherwise. Correct it, Joanna.", "corrects a statement without alleging a lie.", allowed=[DF])
hn(T, "Carys Morgan's amendment would have cut £300k from adult social care. She's entitled to propose it; I'm entitled to say it was a terrible idea.", "criticism of an amendment.")
hn(T, "Rhodri Vaughan's twenty mph scheme has no enforcement budget. It'll be a sign on a pole and nothing else. Back to the drawing board, Rhodri.", "criticism of a named member's scheme.")
hn(T, "Cllr Okonkwo-Jones promised a youth club in Cwmderwen Town by Christmas. It's February. Where is it, Daisy?", "holds a member to a promise.", date="2026-02-11")
hn(T, "Owain Lloyd changed his vote on the Pantycelyn allotments between committee and full council. Residents deserve to hear why.", "asks for reasons for a changed vote.", allowed=[DF])
hn(T, "Elfed Hopkins has voted against every affordable housing scheme in Aberfelin since 2017. Make of that what you will.", "voting record; 'make of that what you will' may be heard as innuendo.", allowed=[DF])
hn(T, "Siân Protheroe's answer to my question on the bin contract was two pages long and answered nothing. I'll ask again in writing.", "criticism of an answer.")
hn(T, "Ceri Bowen's motion on period poverty was well-meant but costed on the back of a fag packet. I abstained and I've told her why.", "criticism of a motion's costing.")
hn(T, "Gareth Prosser's cabinet has overspent the consultancy budget three years running. As Leader, that's on him.", "accountability for a record.")
hn(T, "Tariq Mahmood said the Aberfelin hotel was 'a Home Office matter'. It's also our matter. He should have come to the public meeting.", "criticism of a statement and an absence.")

# ---------------------------------------------------------------- variants
# (family, index within family's originals, kind, word to obfuscate)
VARIANTS = [
    (PA, 1, "asterisk", "thickest"), (PA, 7, "digit", "weasel"), (PA, 4, "zwsp", "Twpsyn"),
    (PA, 30, "spaced", "joke"), (PA, 10, "homoglyph", "pompous"), (PA, 2, "caps", None),
    (AL, 3, "asterisk", "prick"), (AL, 12, "digit", "knob"), (AL, 14, "zwsp", "gobshite"),
    (AL, 27, "spaced", "twat"), (AL, 11, "homoglyph", "shite"), (AL, 0, "caps", None),
    (BI, 3, "asterisk", "regret"), (BI, 0, "digit", "live"), (BI, 8, "zwsp", "hiding"),
    (BI, 11, "spaced", "accidents"), (BI, 9, "homoglyph", "sorry"), (BI, 2, "caps", None),
    (EQ, 2, "asterisk", "Pikeys"), (EQ, 29, "digit", "Black"), (EQ, 5, "zwsp", "frock"),
    (EQ, 1, "spaced", "Saeson"), (EQ, 24, "homoglyph", "Gypsy"), (EQ, 12, "caps", None),
    (DF, 0, "asterisk", "liar"), (DF, 3, "digit", "backhander"), (DF, 5, "zwsp", "fraud"),
    (DF, 7, "spaced", "stole"), (DF, 19, "homoglyph", "crook"), (DF, 14, "caps", None),
]
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4"}
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "c": "\u0441", "p": "\u0440"}


def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(k for k in range(1, len(word)) if word[k].lower() in "aeiouy")
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(k for k in range(len(word)) if word[k].lower() in DIGIT)
        return word[:i] + DIGIT[word[i].lower()] + word[i + 1:]
    if kind == "zwsp":
        m = len(word) // 2
        return word[:m] + "\u200b" + word[m:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(k for k in range(len(word)) if word[k] in CYR)
        return word[:i] + CYR[word[i]] + word[i + 1:]
    raise ValueError(kind)


def caps(text):
    return "".join(t if t.startswith("@") else t.upper() for t in re.split(r"(@\w+)", text))


def named(text):
    out = set()
    for h, (name, aliases) in COUNCILLORS.items():
        for a in [name, h] + aliases:
            if re.search(r"(?<![\w@])" + re.escape(a) + r"(?![\w])", text) or (a.startswith("@") and a in text):
                out.add(h)
    return out


def main():
    rng = random.Random(SEED)
    handles = sorted(COUNCILLORS)
    start = dt.date(2026, 1, 5)
    days = [start + dt.timedelta(d) for d in range(0, 82)]
    days = [d for d in days if d.weekday() < 5 and d <= dt.date(2026, 3, 27)]

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        return t.isoformat()

    for r in ROWS:
        if r["author"] is None:
            banned = named(r["text"])
            r["author"] = rng.choice([h for h in handles if h not in banned])
        r["platform"] = rng.choice(["x", "facebook", "bluesky"])
        r["created_at"] = stamp(r["date"])

    by_family = {}
    for r in ROWS:
        by_family.setdefault(r["family"], []).append(r)
    variants = []
    for fam, idx, kind, word in VARIANTS:
        o = by_family[fam][idx]
        if kind == "caps":
            text = caps(o["text"])
            allowed = o["allowed"] + ([HA] if HA not in o["allowed"] else [])
            how = "whole post in capitals (@handles kept)"
        else:
            assert word in o["text"], (fam, idx, word)
            text = o["text"].replace(word, obfuscate(word, kind))
            allowed = list(o["allowed"])
            how = f"'{word}' obfuscated ({kind})"
        v = dict(o, text=text, allowed=allowed, created_at=stamp(), orig=o,
                 note=f"Obfuscated variant: {how}. Same labels as the original. {o['note']}", kind_v=kind)
        variants.append(v)

    allrows = ROWS + variants
    order = list(range(len(allrows)))
    rng.shuffle(order)
    for n, i in enumerate(order, 1):
        allrows[i]["id"] = f"b48-{n:03d}"

    out = []
    for i in order:
        r = allrows[i]
        rec = {
            "id": r["id"], "text": r["text"], "author": r["author"], "created_at": r["created_at"],
            "platform": r["platform"], "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": [a for a in r["allowed"] if a not in r["rules"]],
                       "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        if "orig" in r:
            rec["variant_of"] = r["orig"]["id"]
            rec["variant_kind"] = r["kind_v"]
        out.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
