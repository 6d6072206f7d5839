#!/usr/bin/env python3
"""Build blind set b41 (Lisnacorran and Drumbeg District Council).

All texts and labels below were written by hand. The script only shuffles the
rows, gives out ids, picks authors (never a person the post names), platforms
and timestamps, and makes the obfuscated variants. Fixed seed: running it again
writes the same posts.jsonl.
"""
import json
import random
import datetime as dt
from pathlib import Path

SEED = 4141
HERE = Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
DP = "data-protection.personal-data"
PR = "predetermination.closed-mind"
PI = "position.improper-advantage"
IA = "confidentiality.insider-advantage"

BASE = {PA: "review", AL: "review", BI: "block", EQ: "block", DF: "review",
        OF: "review", IR: "advice", HA: "advice", DP: "review", PR: "review",
        PI: "review", IA: "review"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# People: handle -> (first name, surname); used so that a post is never
# written by a person it names.
PEOPLE = {
    "@McCrumBallyhannon": ("Gordon", "McCrum"),
    "@HeatherLyttle": ("Heather", "Lyttle"),
    "@AlisonBoydCUP": ("Alison", "Boyd"),
    "@WilbertStewartCM": ("Wilbert", "Stewart"),
    "@SammyGaultIU": ("Samuel", "Gault"),
    "@SeanDevlinFN": ("Sean", "Devlin"),
    "@CiaranHaganFN": ("Ciaran", "Hagan"),
    "@OrlaMcGlinchey": ("Orla", "McGlinchey"),
    "@PToner_FN": ("Padraig", "Toner"),
    "@BronaghQuinnCllr": ("Bronagh", "Quinn"),
    "@NiamhLSCommonGround": ("Niamh", "Loughran-Scott"),
    "@JFerrisCG": ("Jonathan", "Ferris"),
    "@IkennaObiCG": ("Ikenna", "Obi"),
    "@RuthAdairGreen": ("Ruth", "Adair"),
    "@PatrycjaNowakGreen": ("Patrycja", "Nowak"),
    "@DavyKernaghanInd": ("Davy", "Kernaghan"),
}

ROWS = {PA: [], BI: [], EQ: [], DF: [], AL: [], "hard_negative": []}


def add(family, text, also=(), allowed=(), verdict=None, note="", author=None, date=None):
    rules = [family] + [r for r in also if r != family] if family != "hard_negative" else list(also)
    if verdict is None:
        verdict = "ok"
        for r in rules:
            if ORDER[BASE[r]] > ORDER[verdict]:
                verdict = BASE[r]
    ROWS[family].append(dict(text=text, rules=rules, allowed=list(allowed), verdict=verdict,
                             note=note, author=author, date=date))


def hn(group, text, allowed=(), note="", author=None, date=None):
    tags = {
        1: "[HN1: harsh criticism of a policy/decision/party/council]",
        2: "[HN2: counter-speech, quoting or reporting abuse to condemn it]",
        3: "[HN3: negated or denied prejudice]",
        4: "[HN4: neutral or positive mentions of protected groups, reclaimed terms, self-description]",
        5: "[HN5: figurative violence and banter]",
        6: "[HN6: criticism of a named councillor's record, votes or statements that stays on the record]",
    }
    add("hard_negative", text, (), allowed, "ok", tags[group] + " " + note, author, date)


# ---------------------------------------------------------------- personal attack
P = lambda *a, **k: add(PA, *a, **k)
P("Wilbert Stewart has the intellectual curiosity of a wet car park. Forty minutes at committee and not one sentence that went anywhere.",
  note="Insult with no swearing aimed at a named councillor (his intellect), not at anything he proposed.")
P("Every time @AlisonBoydCUP opens her mouth in the chamber the average IQ in Drumbeg drops a point. Remarkable really.",
  allowed=[IR], note="Demeaning jibe at a named councillor's intelligence via @handle; 'remarkable really' is dry sarcasm.")
P("Honestly Davy, you're a waste of a good seat. Ballyhannon deserved someone who could read an agenda.",
  note="Second-person put-down of a named councillor's worth and competence.")
P("Sean Devlin is what happens when a pub bore gets elected. All bluster, no brain, and a face made for radio.",
  note="Idiomatic mockery of a named councillor's mind and looks.")
P("Heather Lyttle wouldn't know a budget line if it bit her on the ankle. Pure ornament, that woman. Sits there like a hat stand.",
  allowed=[EQ], note="Belittles the named Mayor as decorative; 'that woman' makes a sex angle arguable, so equality is allowed only.")
P("The senior planning officer, Ryan Semple, is frankly clueless. A jobsworth who couldn't plan a picnic.",
  also=[OF], note="Insult aimed at a named council officer, so officers.impartiality too.")
P("Ach, Jonathan. Bless him. Means well, like a labrador chasing its tail. Somebody give the man a biscuit and a quiet corner.",
  allowed=[IR], note="Condescending mockery of a named councillor, likening him to a dog; the pity is mock-kindly.")
P("Huge congratulations to Cllr Gault for managing to read out his own motion without once losing his place. Only took him three goes. A genius among us 👏👏",
  also=[IR], note="Mock praise of a named councillor; the praise is the insult, so irony-risk too.")
P("@PToner_FN you are a spineless wee weasel and everybody in Portnacrea knows it.",
  note="Plain name-calling at a councillor's @handle.")
P("Ciaran Hagan: empty suit, empty head, full of himself. The holy trinity.",
  note="Three-part insult of a named councillor, no swearing.")
P("Niamh Loughran-Scott is a pompous, preening know-nothing who thinks a double-barrelled name makes up for a single-figure attention span.",
  note="Personal insult of a named councillor (her character and mind).")
P("Day 14 of waiting for Cllr Kernaghan to say something coherent. Day 13 was close, he almost finished a sentence. Will keep you posted, folks 🙃",
  also=[IR], note="Sustained running-joke mockery of a named councillor; sarcastic framing, so irony-risk too.")
P("Gordon McCrum is a dinosaur. Not a metaphor. I'm fairly sure they dug him out of Drumbeg Quarry.",
  allowed=[EQ], note="Mocks the named Leader as a fossil; could be read as an age jibe, so equality is allowed.")
P("Cllr Quinn, with the greatest of respect, and I mean none at all, you are the most useless member this council has ever produced.",
  note="Faux-polite opener then a direct insult to a named councillor.")
P("Some people are born leaders. Sean Devlin was born to hold a clipboard for someone else and even then he'd drop it.",
  note="Belittling a named councillor's ability by way of a setup-and-punchline.")
P("Samuel Gault is a nasty, rotten little man. A stain on this chamber. People like him should be scraped off and binned.",
  allowed=[BI], verdict="block", note="Severe, dehumanising attack (a stain to be scraped off and binned): block. Figurative disposal, so bullying allowed only.")
P("To the head of comms Conor Begley: your press releases read like they were written by a toddler with a thesaurus. Embarrassing. Do better or do something else.",
  also=[OF], note="Ridicules a named council officer in public: personal attack plus officers.impartiality.")
P("Watched Cllr Boyd chair planning again. It's like watching a goldfish try to conduct an orchestra.",
  note="Simile mocking a named councillor's competence, not any decision.")
P("Patrycja, love, nobody asked. Sit down before you embarrass yourself further.",
  allowed=[EQ], note="Dismissive put-down of a named councillor; the patronising 'love' gives an arguable sex angle, allowed only.")
P("Cllr Obi has the charisma of a damp tea towel and about half the usefulness.",
  note="Insult of a named councillor's personality and worth.")
P("Jonathan Ferris: a man who has never had an original thought and guards the borrowed ones like a dog with a bone.",
  note="Idiomatic attack on a named councillor's mind.")
P("You're a clown, @McCrumBallyhannon. A full red-nosed, big-shoed circus clown.",
  note="Name-calling ('clown') at the Leader's @handle, drawn out.")
P("Orla McGlinchey is all fur coat and no knickers. Flash photos, zero graft, and thick as champ.",
  allowed=[AL], note="Regional idioms ('all fur coat and no knickers', 'thick as champ') insulting a named councillor; mildly crude, so abusive-language allowed.")
P("Wee Bronagh Quinn wants to be taken seriously? Start by not being an absolute eejit at every meeting.",
  note="Diminutive plus 'eejit' at a named councillor.")
P("Davy Kernaghan is a parasite. Leeches off the allowance, gives nothing back, and the sooner Ballyhannon shakes him off the better.",
  allowed=[DF], verdict="block", note="Dehumanising ('parasite', 'leeches'): severe, block. 'Leeches off the allowance' hints at misuse, so defamation allowed.")
P("The chief exec Declan Morrow looked like a rabbit in headlights at scrutiny. Out of his depth and it shows every single week. Overpaid passenger.",
  also=[OF], note="Personal disparagement of the named Chief Executive (an officer).")
P("Genuinely think Heather Lyttle is the thickest person I've ever sat across a table from, and I used to work in a call centre.",
  note="Direct insult of a named councillor's intelligence, dressed as a joke.")
P("Cllr Stewart's contribution today was the usual: loud, wrong, and smug about it. Some men mistake volume for wisdom.",
  note="Targets the man ('smug', 'some men mistake volume for wisdom') rather than his argument. Close to robust criticism; the personal framing tips it.")
P("@RuthAdairGreen you sanctimonious wee nuisance, go hug a tree and leave the grown-ups to run the council.",
  note="Name-calling and infantilising a named councillor via @handle.")
P("Meet Padraig Toner: the only man in Portnacrea who could lose an argument with a lamp post.",
  note="Mockery of a named councillor's intelligence.")
P("Heard Ikenna 'I've read a report once' Obi lecturing us on finance again. Pal, you can barely work the microphone.",
  note="Mocking nickname and belittling of a named councillor.")
P("Cllr Ferris is a coward. Hides behind officers, hides behind the whip, hides behind his mammy's net curtains.",
  note="'Coward' plus ridicule aimed at a named councillor.")
P("Alison Boyd: a walking shrug in a lanyard. No opinions, no backbone, no use.",
  note="Insulting a named councillor's character and worth.")
P("Our mayor Heather Lyttle gave a speech at the Market House today. Bless her, she got most of the words in the right order. Proud of you, pet 🥰",
  also=[IR], allowed=[EQ], note="Mock praise of a named councillor (irony-risk); 'pet' is patronising, equality allowed only.")

# ---------------------------------------------------------------- bullying / intimidation
B = lambda *a, **k: add(BI, *a, **k)
B("Cllr Toner might want to remember that Portnacrea is a small place. People talk, people remember, and people know which house is his.",
  allowed=[PA], note="[veiled] Veiled menace: reminds a named councillor that people know where he lives.")
B("If @SeanDevlinFN shows his face at the Ballyhannon hall again he'll be leaving in an ambulance. Not a threat, a promise.",
  allowed=[PA], note="[explicit] Explicit threat of violence against a named councillor.")
B("Whoever put in that standards complaint about me: I know who you are. Withdraw it by Friday and we'll say no more. Don't, and we'll see how your own wee business does.",
  allowed=[PA], note="[pressure] Coercion of a complainant with a threat to their business; RULES.md names threats against complainants.")
B("Shame if anything happened to that lovely new conservatory of yours, Wilbert. Glass is so fragile these days.",
  allowed=[PA, IR], note="[veiled] Classic 'shame if something happened' menace about a named councillor's property.")
B("Niamh, vote with us on the leisure centre or I'll make sure every single one of your ward projects sits at the bottom of the pile until 2027. Your choice.",
  note="[pressure] Coercion of a named councillor: vote our way or your ward suffers (abuse of power).")
B("Ryan Semple in planning: change that recommendation or I will personally make your working life hell. I've had officers moved before.",
  also=[OF], note="[explicit] Threat to a named officer to change his advice; officers.impartiality too.")
B("Some of us have long memories in Carnmoyle, Ruth. Very long. You'd do well to keep that in mind next time you go running to the press.",
  allowed=[PA], note="[veiled] Veiled warning to a named councillor not to speak to the press.")
B("I know where you live, Davy. I know what car you drive. Think about that before you speak about my family again.",
  allowed=[PA], note="[explicit] 'I know where you live' aimed at a named councillor.")
B("Tell the wee girl who's been writing to the paper about me that we've found out where she works. Be a pity if her boss saw some of her old posts.",
  allowed=[PA], note="[veiled] Menace aimed at a member of the public who criticised the councillor: threat to her job.")
B("To the residents who gave evidence against the quarry extension: your names are on the list. Don't expect the council's help with anything for a while.",
  allowed=[PI], note="[pressure] Threat against witnesses, using the council's services as the lever.")
B("Bronagh Quinn should be very careful walking home from the Market House these dark evenings. Just saying. Plenty of folk round here are raging with her.",
  allowed=[PA], note="[veiled] Veiled threat of harm to a named councillor on her way home.")
B("Next person who sticks a Forward Nationalist leaflet through my door gets their fingers broken. I mean it.",
  note="[explicit] Explicit threat of violence against canvassers.")
B("Ciaran, drop the motion or I'll release the messages. All of them. You know the ones.",
  allowed=[PA], note="[pressure] Blackmail-style coercion of a named councillor.")
B("Jonathan Ferris has two kids at Drumbeg Primary. Lovely school. Be a shame if they heard what people really think of their da in the playground.",
  allowed=[PA, DP], note="[veiled] Menace that drags in a named councillor's children and their school; personal data of children arguable, allowed.")
B("Keep pushing me, @McCrumBallyhannon, and you'll find out what happens. You'll regret the day you crossed me.",
  allowed=[PA], note="[explicit] 'You'll regret' threat at a named councillor's @handle.")
B("Nice wee dog you walk along the greenway every morning at seven, Patrycja. Same route every day. Creature of habit, aren't you.",
  allowed=[DP], note="[veiled] Shows the councillor her daily route and time are being watched: stalking-style menace.")
B("Officers who briefed against my amendment: I've got your names. Come the restructure I'll remember every one of you.",
  also=[OF], note="[pressure] Threat to officers' jobs for their advice; officers.impartiality too.")
B("Ikenna Obi wants to come to my ward and lecture us? Let him. We'll give him a welcome he won't forget. Bring a helmet, son.",
  allowed=[PA, EQ], note="[veiled] 'A welcome he won't forget... bring a helmet' threatens violence. The target is a Black councillor but no racial element is stated, so equality is allowed only.")
B("A friendly word to Cllr Adair: people who go digging in other folk's business sometimes find the hole gets deeper than they planned. Mind yourself.",
  note="[veiled] 'Friendly word' menace with 'mind yourself'.")
B("Sign the letter, Alison, or I tell the group exactly what you said about them in the car. Your call. Clock's ticking.",
  note="[pressure] Coercion of a named councillor by threat of exposure.")
B("Honestly if I meet Padraig Toner in the street I'll put him through the window of the bookies. He's been warned.",
  allowed=[PA], note="[explicit] Plain threat of violence against a named councillor.")
B("Sean, we both know what happened at the count in 2023. I'd hate for that to come out. So maybe wind your neck in on the greenway, eh?",
  allowed=[DF, PA], note="[pressure] Threat of exposure to silence a named councillor; hints at misconduct, so defamation allowed.")
B("To the staff member who forwarded my email to the Monitoring Officer: I will find out who you are, and when I do you'll be looking for a new job.",
  also=[OF], note="[explicit] Threat to the job of a council officer who acted as a witness; officers.impartiality too.")
B("Orla might want to check her tyres before she drives home tonight. Just looking out for her 😉",
  allowed=[IR, PA], note="[veiled] Veiled threat of sabotage dressed as concern, with a wink.")
B("Any Traveller who parks up on the Slievecurry Road site this summer will be burnt out. We did it before and we'll do it again.",
  also=[EQ], note="[explicit] Threat of arson against Irish Travellers (race under the Equality Act), so equality too.")
B("Heather, you've a sister works in the leisure centre, haven't you? Contracts are up for review in April. I'd think hard about how you vote on Thursday.",
  allowed=[PI, DP], note="[pressure] Coerces a councillor's vote through a threat to her relative's job.")
B("I've been told Davy Kernaghan's van was seen somewhere interesting last weekend. I'll keep that between us, for now. Behave yourself, Davy.",
  allowed=[DF, IR], note="[veiled] Threatens exposure to keep a named councillor in line; innuendo of wrongdoing, defamation allowed.")
B("Say that to my face in the car park after full council, Stewart, and see what happens to yours.",
  allowed=[PA], note="[explicit] Challenge to a fight with a threat to the named councillor's face.")
B("Somebody should remind the Carnmoyle residents' group that their wee hall's lease comes up for renewal soon. Maybe they'll think twice before slagging off councillors online.",
  allowed=[PI], note="[pressure] Uses a council lease as leverage to silence critics.")
B("Quick message for the journalist at the Lisnacorran Courier: keep writing about me and I'll be ringing your editor about your contract. Your choice.",
  note="[pressure] Threat to a journalist's livelihood to stop reporting.")
B("Ferris wants a fight? He'll get one. I'll batter him from here to Portnacrea.",
  allowed=[PA], note="[explicit] Threat to beat a named councillor; idiom, but aimed at a real person.")
B("Lot of people in Ballyhannon would love five minutes alone with Cllr Hagan after what he said. I couldn't possibly stop them. Wouldn't try, either.",
  note="[veiled] Invites others to harm a named councillor while disclaiming it.")
B("To whoever keeps complaining about my posts to the standards people: complaints have a way of costing the complainant more than they cost me. Ask the last one.",
  note="[veiled] Menace against complainants.")
B("We've a long list of folk who've crossed this group over the years. Plenty of room left on it, Ruth. Plenty.",
  note="[veiled] 'List' menace aimed at a named councillor.")

# ---------------------------------------------------------------- equality / discrimination
E = lambda *a, **k: add(EQ, *a, **k)
E("Funny how the new houses at Kilgarvan Glen all seem to be going to 'families from elsewhere'. We all know what elsewhere means. Locals first.",
  note="[coded; race] 'Families from elsewhere... we all know what elsewhere means': coded hostility to migrants and ethnic minorities over housing.")
E("Carnmoyle was a decent place before themuns started buying up the houses on the Moss Road. One more green flag and we'll not recognise it.",
  note="[coded; religion or belief] 'Themuns' and 'green flag' are local code for Catholics/nationalists; hostility to them moving in.")
E("Another Fenian on the planning committee. Great. Watch the grants flow to the chapel.",
  also=[AL], allowed=[DF], note="[explicit; religion or belief] Sectarian slur for a Catholic: equality plus abusive-language; implies corrupt grants, defamation allowed.")
E("No offence but I wouldn't want Cllr Ferris, you know, him and his 'partner', anywhere near the youth club review. Just common sense.",
  allowed=[PA, DF], note="[coded; sexual orientation] Scare quotes on a gay councillor's partner and the implied risk to young people: coded homophobia.")
E("Why are we paying for hoists and ramps at the leisure centre so a handful of cripples can splash about? Spend it on people who work.",
  also=[AL], note="[explicit; disability] Disability slur and contempt for disabled people.")
E("Portnacrea used to be a fishing village. Now half the shop signs aren't even in English and you can't get served by anyone who was born here. Just saying what everyone's thinking.",
  note="[coded; race] Nationality/ethnic resentment framed as nostalgia: coded.")
E("Women shouldn't chair planning. Too emotional, too easily talked round. Bring back Gordon.",
  note="[explicit; sex] Women as unfit for office.")
E("Apparently we're expected to call the new community officer 'she' now. I'll call him what I like, thanks. Some of us know biology.",
  also=[OF], allowed=[PA], note="[coded; gender reassignment] Deliberate misgendering of a trans council officer; officers.impartiality since an officer is publicly disparaged.")
E("Time the pensioners on the Ballyhannon residents' forum were put out to grass. Decrepit old fools holding the whole town back.",
  allowed=[PA, AL], note="[explicit; age] Contempt for older people as a group.")
E("Noticed the 'community centre' application on the Slievecurry Road comes with a car park big enough for Friday crowds. We know what it'll really be used for. Not in Drumbeg.",
  allowed=[PR], note="[coded; religion or belief] 'Friday crowds', 'we know what it'll really be used for': coded anti-Muslim. 'Not in Drumbeg' on a planning application could read as a closed mind, allowed.")
E("Knackers back on the Carnmoyle layby. Lock up your sheds, lads.",
  also=[AL], note="[explicit; race] Slur for Irish Travellers plus a criminal stereotype.")
E("Bronagh's on maternity leave AGAIN. Some of us were elected to turn up. Maybe council seats aren't for people who want to keep having babies.",
  also=[PA], allowed=[HA], note="[explicit; pregnancy and maternity] Attacks a named councillor for taking maternity leave.")
E("@IkennaObiCG keeps telling us what 'our' community needs. Which community would that be, Ikenna? Doesn't sound like you're from round here.",
  allowed=[PA], note="[coded; race] Questions a Black councillor's belonging: 'not from round here'.")
E("Pride flag on the Market House again. Can we not keep that sort of thing behind closed doors where it belongs? Nobody wants it rammed down their throats.",
  note="[coded; sexual orientation] Gay people should be hidden; 'rammed down their throats' trope.")
E("Cllr Adair's meltdown at committee was very on brand. Someone check she's had her ear defenders and her wee fidget toy 🙄",
  also=[PA], note="[coded; disability] Mocks a named autistic councillor with autism-linked items.")
E("Polish lot should go home and take their vans with them. Plenty of local lads need that work.",
  note="[explicit; race] 'Go home' aimed at Polish people (national origin).")
E("Funny how every time the big developers come calling it's the same names behind the money. Follow the Goldbergs and Rothschilds, folks, and you'll see who really runs planning.",
  allowed=[DF], note="[coded; religion or belief] Antisemitic 'who really runs it' trope with Jewish-coded names.")
E("Niamh's 27 and has never paid a mortgage. Bless. Maybe leave the housing strategy to the adults, sweetheart.",
  also=[PA], allowed=[IR], note="[coded; age] Dismisses a named councillor for her youth (and 'sweetheart' has a sex angle).")
E("Divorced twice and Orla McGlinchey wants to lecture us about family values? Some women just can't keep a home together.",
  also=[PA], note="[explicit; sex] Attacks a named councillor over her marital history and women generally; marriage/sex.")
E("Another 'asylum seeker' hotel planned for Lisnacorran. Lock your daughters in, lads.",
  note="[coded; race] Asylum seekers as sexual predators: coded racist trope.")
E("Orange bastards marching past the chapel again. Every one of them a bigot from the womb.",
  also=[AL], note="[explicit; religion or belief] Sectarian abuse of Protestants/Orangemen as a group, with obscene language.")
E("Lovely to see 'Ms' Nowak at the LGBT event. Wonder what she was called at school 😏",
  also=[PA], allowed=[IR], note="[coded; gender reassignment] Insinuates a named councillor is trans in order to mock her.")
E("Nothing against them personally but the Roma families in the Terrace don't share our values on bins, on noise, on anything. Different culture. Not compatible.",
  note="[coded; race] 'Nothing against them' disclaimer then a blanket claim that Roma are incompatible.")
E("Cllr Kernaghan needs to stop talking like a retard at every meeting.",
  also=[AL, PA], note="[explicit; disability] Disability slur used as an insult at a named councillor.")
E("Heather Lyttle only got mayor because they needed a skirt in the photo.",
  also=[PA], note="[coded; sex] Reduces a named councillor to her sex.")
E("Ciaran's very... theatrical, isn't he. Lovely taste in shirts. You'd never guess he wasn't married, ha.",
  also=[PA], allowed=[IR], note="[coded; sexual orientation] Nudge-nudge insinuation that a named councillor is gay, as mockery.")
E("The Chinese takeaways on Main Street should be inspected weekly. We all know what goes into that stuff.",
  note="[explicit; race] Racist food trope about Chinese-run businesses.")
E("You can always tell which foot a planning officer kicks with by how they handle an Orange hall application. Siobhan Corr's decisions say it all.",
  also=[OF], allowed=[PA, DF], note="[coded; religion or belief] 'Which foot they kick with' is sectarian code; accuses a named officer of sectarian bias: officers.impartiality too.")
E("Great turnout at the Portnacrea jobs fair. Shame the employers all seemed to prefer the cheap imports over lads with Ulster accents.",
  note="[coded; race] 'Cheap imports' for migrant workers.")
E("Hiring young married women in the comms team is asking for trouble. They'll all be off pregnant within the year. Just being realistic.",
  note="[explicit; pregnancy and maternity] Employment discrimination on pregnancy, sex and marriage.")
E("Ruth Adair's 'anxiety' seems to flare up every time there's a hard vote. Funny that. Maybe politics isn't for the fragile.",
  also=[PA], note="[coded; disability] Scare quotes on a named councillor's mental-health condition.")
E("Muslims have no place on a Christian council in a Christian country. Simple as.",
  note="[explicit; religion or belief] Excludes Muslims from public office.")
E("Loved Ikenna's speech. Very articulate. Where did he learn to speak so well?",
  allowed=[IR, PA], note="[coded; race] 'Articulate... where did he learn to speak so well' is a racial microaggression about a Black councillor. Subtle; see README.")
E("Can we please stop letting the over-70s near the planning committee? Half of them fall asleep and the other half think it's still 1986.",
  allowed=[PA], note="[explicit; age] Older people as unfit for office.")

# ---------------------------------------------------------------- defamation
D = lambda *a, **k: add(DF, *a, **k)
D("Funny how Cllr Boyd's brother-in-law keeps winning the grounds maintenance contract. Funny that, isn't it. Very funny.",
  allowed=[PA, IR], note="Innuendo of corruption (contracts to a relative) about a named councillor.")
D("Gordon McCrum has had his hand in the till at Ballyhannon for years. Everyone knows.",
  allowed=[PA], verdict="block", note="Idiom states theft as fact about a named councillor: block.")
D("Davy Kernaghan's expenses would make a bookie blush. Mileage to places he's never been. Ask yourself who signs them off.",
  allowed=[PA], note="Alleges false expense claims (dishonesty) about a named councillor.")
D("@SeanDevlinFN lied to the chamber today and he knows it. Bare-faced.",
  also=[PA], note="Calls a named councillor a liar: defamation plus personal attack.")
D("Northglen Waste didn't win that bin contract on price, put it that way. A few brown envelopes changed hands at the golf club.",
  verdict="block", note="Bribery ('brown envelopes') stated as fact about a named company: block.")
D("Wilbert Stewart is as bent as a nine-bob note. Ask anyone who's dealt with him on planning.",
  also=[PA], allowed=[EQ], note="'Bent as a nine-bob note' = corrupt, about a named councillor. The idiom has a homophobic history, so equality allowed.")
D("Corrick Developments have Cllr Alison Boyd in their back pocket. That's why the Drumbeg scheme sailed through.",
  allowed=[PA], note="Alleges a named councillor is controlled by a developer (corruption).")
D("Heather Lyttle fiddled the count in Lisnacorran Town. Forty postal votes turned up from one house. I've seen them.",
  allowed=[PA], verdict="block", note="Electoral fraud stated as fact about a named councillor: block.")
D("The Carnmoyle Community Trust is a front for laundering cash. Always has been.",
  verdict="block", note="Money laundering stated as fact about an identifiable organisation: block.")
D("Trevor Hamill has been cooking the books on the leisure centre figures for months to make the closure look inevitable.",
  also=[OF], allowed=[PA], note="Alleges a named officer falsifies figures: defamation plus officers.impartiality.")
D("Cllr Gault pocketed the Christmas lights fund. No other word for it. Ask where the £4k went.",
  allowed=[PA], verdict="block", note="Theft stated as fact about a named councillor: block.")
D("Sure isn't Padraig Toner's cousin the one who got the harbour licence ahead of three other bids? Nothing to see here, move along.",
  allowed=[IR, PA], note="Rhetorical-question innuendo of favouritism by a named councillor.")
D("Orla McGlinchey is a fraud. Doesn't even live in Portnacrea, uses her ma's address to stand.",
  also=[PA], verdict="block", note="'Fraud' plus false nomination address (an electoral offence) stated as fact: block.")
D("Ciaran Hagan is a liar and a hypocrite and the record proves it.",
  also=[PA], note="Plain 'liar' about a named councillor.")
D("Word is Niamh Loughran-Scott's 'consultancy' got paid twice for the same report. Nice work if you can get it.",
  allowed=[PA, IR], note="Rumour of double payment (dishonesty) about a named councillor.")
D("Jonathan Ferris took £2,000 from Corrick to drop his objection. Simple as that.",
  allowed=[PA], verdict="block", note="Bribe stated as fact about a named councillor: block.")
D("The planning department has been on the take for years, and Ryan Semple knows exactly where the bodies are buried.",
  also=[OF], allowed=[PA], note="'On the take' about the planning department and innuendo about a named officer.")
D("Ruth Adair claims to be green, then flies to Lanzarote four times a year on the council's dime. Hypocrite and a chancer.",
  also=[PA], note="Alleges misuse of council money by a named councillor, with name-calling.")
D("Funny how the Market House refurb came in at double the quote and Cllr Obi's mate did the joinery. I'm only asking questions.",
  allowed=[PA, IR], note="'Just asking questions' innuendo of corruption about a named councillor.")
D("Bronagh Quinn was done for drink driving in 2019 and kept it quiet. Ask her.",
  allowed=[PA, DP], verdict="block", note="A specific criminal conviction stated as fact about a named councillor: block. Criminal record is special-category data, allowed.")
D("Patrycja Nowak sold her vote on the greenway for a seat on the Lough Board. Dirty deal.",
  allowed=[PA], note="Alleges a named councillor traded her vote (misconduct).")
D("Cllr Kernaghan's a crook. Plain and simple. A wee crook in a cheap suit.",
  also=[PA], note="'Crook' about a named councillor.")
D("The Lisnacorran Traders' Association has been skimming the market stall fees and the council's let them away with it.",
  verdict="block", note="Theft ('skimming') stated as fact about an identifiable organisation: block.")
D("Alison Boyd wouldn't lie to you, she'd just carefully arrange the truth until it looked like whatever Corrick wanted.",
  allowed=[PA, IR], note="Innuendo of dishonesty and of serving a developer, about a named councillor.")
D("Everyone in Drumbeg knows how Samuel Gault got his planning through. It involved a lot of hospitality and a very short committee meeting.",
  allowed=[PA], note="Innuendo of corrupt planning about a named councillor.")
D("Declan Morrow misled the audit committee about the overspend. Deliberately.",
  also=[OF], allowed=[PA], note="Alleges deliberate deception by a named officer.")
D("Gordon's 'charity' golf day raised £12k and the hospice saw about £3k of it. Where's the rest, Gordon?",
  allowed=[PA], note="Insinuates a named councillor kept charity money.")
D("Sean Devlin's paying his election workers cash in hand off the books. Tax man would be very interested.",
  allowed=[PA], verdict="block", note="Tax evasion stated as fact about a named councillor: block.")
D("The man's a shyster. @JFerrisCG has fleeced every tenant he's ever had and now he wants to chair housing.",
  also=[PA], note="'Shyster', 'fleeced': dishonesty about a named councillor.")
D("Heather Lyttle rigged the Christmas market stall ballot so her pals got the best pitches. Seen the emails.",
  allowed=[PA], note="Alleges a named councillor rigged a council process (misconduct).")
D("Wilbert's family firm got the Carnmoyle car park resurfacing without a tender. Draw your own conclusions.",
  allowed=[PA], note="Innuendo of corrupt procurement about a named councillor.")
D("Ikenna Obi's CV is fiction. Never worked at the bank he says he did. Con artist.",
  also=[PA], note="Alleges a named councillor lied about his CV; 'con artist'.")
D("Ballyhannon Leisure Trust directors have been paying themselves bonuses out of grant money. Absolute thieves.",
  allowed=[PA], verdict="block", note="Theft of grant money stated as fact about an identifiable organisation's directors: block.")
D("Somebody on this council is tipping off their mates before the land disposals go public. I won't say who. Initials P.T. 😉",
  allowed=[IR, PA, IA], note="Innuendo identifying a councillor by initials as leaking for advantage.")

# ---------------------------------------------------------------- abusive language
A = lambda *a, **k: add(AL, *a, **k)
A("Bin collections missed again in Carnmoyle. Absolute fucking shambles. Sort it out.",
  note="Obscenity aimed at a service, not a person.")
A("Sean Devlin is a complete prick.",
  also=[PA], note="Obscene insult aimed at a named councillor.")
A("Three hours of my life I'll never get back. That meeting was shite from start to finish.",
  note="Swearing about a meeting, no person targeted.")
A("Who the fuck thought closing the Ballyhannon pool in January was a good idea?",
  allowed=[PA], note="Obscenity about a decision; the unnamed deciders are only implied.")
A("@DavyKernaghanInd away and shite, ye absolute bellend.",
  also=[PA], note="Ulster-Scots swearing aimed at a councillor's @handle.")
A("Pothole on the Slievecurry Road swallowed my front wheel. Bastard thing. Reported it 4 times.",
  note="Swearing at a pothole; no person targeted.")
A("Wilbert Stewart is a gobshite of the highest order.",
  also=[PA], note="Obscene insult of a named councillor.")
A("Cllr Boyd can fuck right off with her 'efficiency savings'.",
  also=[PA], note="Obscenity aimed at a named councillor.")
A("Budget's a pile of steaming crap and everyone in that room knows it.",
  note="Crude language about a budget. Mild; see README.")
A("Ach for fuck's sake, the Christmas lights are STILL up in Lisnacorran and it's February.",
  allowed=[HA], note="Untargeted swearing about the council's lights.")
A("Heather Lyttle is a stupid cunt and always has been.",
  also=[PA], verdict="block", note="The c-word at a named councillor: severe, block.")
A("Gordon McCrum, you miserable auld bastard, retire and give us all peace.",
  also=[PA], allowed=[EQ], note="Obscene insult at a named councillor; 'auld... retire' gives an age angle, allowed.")
A("Twats in the cabinet signed off the bin strike settlement without reading it. Honestly.",
  also=[PA], note="Obscene insult aimed at the cabinet members as people.")
A("How hard is it to grit a bloody hill? Drumbeg Brae is a fucking ice rink.",
  note="Swearing about gritting, no person targeted.")
A("Padraig Toner talks more shite than a slurry tanker.",
  also=[PA], note="Crude insult aimed at a named councillor.")
A("Piss off, Orla. Nobody in Portnacrea wants your shitty bypass.",
  also=[PA], note="Swearing at a named councillor.")
A("The new parking meters are a pile of wank. Took my card twice.",
  note="Obscenity about machines.")
A("Cllr Gault is a fucking disgrace and so is every word out of his mouth.",
  also=[PA], note="Obscene insult of a named councillor.")
A("Shit weather, shit roads, shit service. Welcome to Carnmoyle in January 😂",
  note="Untargeted swearing, wry.")
A("Ciaran Hagan you absolute fanny.",
  also=[PA], note="Vulgar insult at a named councillor.")
A("Ruth Adair is a lying whore and everyone knows what she did to get selected.",
  also=[PA, DF], allowed=[EQ], verdict="block", note="Severe sexualised abuse of a named councillor ('lying whore' plus innuendo about selection): block. Misogynist, equality allowed.")
A("Fuck the greenway, fuck the consultants, and fuck whoever signed off £2m on a cycle path nobody uses.",
  allowed=[PA], note="Repeated obscenity at a scheme and its deciders (unnamed).")
A("@JFerrisCG eat shit, you smug little turd.",
  also=[PA], note="Obscene insult at a councillor's @handle.")
A("Bollocks to this. I'm not sitting through another 'stakeholder workshop'.",
  note="Untargeted swearing.")
A("Davy Kernaghan is a dickhead. That's the tweet.",
  also=[PA], note="Vulgar insult of a named councillor.")
A("Cllr Nowak can take her bin-tax and shove it up her arse.",
  also=[PA], note="Crude abuse aimed at a named councillor.")
A("This motherfucking printer in the members' room has eaten my amendment AGAIN.",
  allowed=[HA], note="Obscenity at a printer.")
A("Niamh Loughran-Scott is a sanctimonious cow.",
  also=[PA], allowed=[EQ], note="Gendered insult of a named councillor.")
A("Another consultant's report, another £40k pissed up the wall. Bloody marvellous.",
  allowed=[IR], note="Crude language about spending, no person targeted.")
A("Stewart, you thick wanker, read the report before you vote on it.",
  also=[PA], note="Obscene insult at a named councillor.")
A("What a load of absolute bollocks from the Executive tonight. Not one straight answer.",
  allowed=[PA], note="Swearing about the Executive's answers.")
A("Heather, shut your fat gob, you daft bitch.",
  also=[PA], allowed=[EQ], note="Gendered obscene insult of a named councillor.")
A("Samuel Gault is a piece of shit and I hope he chokes on his own bile.",
  also=[PA], allowed=[BI], verdict="block", note="Severe obscene abuse with a wish of harm at a named councillor: block.")
A("Ffs. Forty minutes on hold to the council's own helpline. Shitshow.",
  note="Untargeted swearing.")

# ---------------------------------------------------------------- hard negatives
H = hn
H(1, "The decision to close Ballyhannon pool is a disgrace. Families will pay for this for a decade. The Executive should hang their heads.", note="A decision, robustly.")
H(1, "This budget is a shambles, plain and simple. Cuts to street cleaning, rises in parking, and nothing for Carnmoyle.", note="A budget, robustly.")
H(1, "The Civic Unionist group's housing plan is lazy, cynical and out of date. We deserve better than recycled 2015 leaflets.", note="A party's plan.")
H(1, "Forward Nationalist's position on the greenway is incoherent. You cannot demand it and vote against funding it.", note="A party's position.")
H(1, "Lisnacorran and Drumbeg Council has made a mess of the bin contract. Residents are fed up and they're right to be.", note="The council's handling.")
H(1, "An idiotic decision to cut the rural bus subsidy in the same month fuel prices went up. Who models these things?", note="'Idiotic' about a decision, not a person.")
H(1, "The car parking charges are daylight robbery. Full stop. I'll be voting to scrap them.", note="'Daylight robbery' about charges (idiom, no allegation against anyone).")
H(1, "Common Ground talk a good game on transparency then vote to keep the scrutiny minutes closed. Spare us.", note="A party's votes.")
H(1, "This consultation was a sham from start to finish. Two weeks over Christmas, online only. Not good enough.", note="A process.")
H(1, "The leisure strategy is the worst-drafted document I've read in nine years on this council. Send it back.", note="A document.")
H(1, "Our planning system is broken. Applications sit for 40 weeks. That's a failure of leadership and of resourcing, and it needs fixing now.", note="A system.")
H(1, "The Green Party's bin-tax idea would hammer the poorest households hardest. Bad policy, badly costed.", note="A policy ('hammer' figurative).")
H(1, "Frankly the council's handling of the flooding in Portnacrea was pathetic. Sandbags arrived after the water left.", note="'Pathetic' about handling.")
H(1, "Ten years of promises on the harbour and not a brick laid. This council should be embarrassed.", note="The council.")
H(1, "Spending £180k on a rebrand while the library closes two days a week. Tone deaf doesn't begin to cover it.", note="A spending decision.")
H(1, "The Executive's so-called 'efficiency plan' is a cuts plan with a bow on. Let's call it what it is.", note="A plan.")
H(1, "Whoever thought the new recycling calendar was clear needs to try reading it at 7am with a toddler. A mess.", note="A leaflet's design; the unnamed author is not insulted.")
H(1, "The quarry lorry route agreement is a rotten deal for Drumbeg. Lorries through the village at 6am. I'll keep pushing to reopen it.", note="An agreement, not a pending application.")
H(1, "Utterly gutless from the Civic Unionists to abstain on the cost-of-living motion. Abstaining is a choice.", note="A party's abstention.")
H(1, "The rates rise is indefensible. 6.9% on families already stretched to breaking point.", note="A rates decision.")
H(1, "The Independents' amendment was a car crash. Uncosted, unworkable, unserious.", note="An amendment.")
H(1, "The Christmas market was badly run, badly promoted, and the traders deserve a refund on their pitch fees.", note="An event.")

H(2, "Someone left a comment on my page calling a colleague a 'lying bastard'. I've removed it. Disagree all you like, but that language has no place here.", allowed=[AL, PA, DF], note="Quotes abuse to condemn it.")
H(2, "A constituent was told to 'go back where she came from' at the Lisnacorran bus stop this morning. That is racist abuse and I've reported it to the police.", allowed=[EQ], note="Reports racist abuse.")
H(2, "I've received messages saying 'we know where you live'. I'm not going to be intimidated, and they've been passed to the police.", allowed=[BI], note="Reports a threat received.")
H(2, "Graffiti on the Portnacrea chapel wall last night: 'Taigs out'. Sectarian filth. It will be cleaned by lunchtime and I've asked for CCTV.", allowed=[EQ, AL], note="Quotes a sectarian slur to condemn it.")
H(2, "To be clear: telling Cllr Obi he's 'not from round here' is racism, however politely it's dressed up. He was born in Lisnacorran hospital, same as me.", allowed=[EQ], note="Counter-speech defending a colleague.")
H(2, "Reports of kids at the Ballyhannon youth club using 'retard' as an insult. Had a good chat with them today about why that word hurts. Great young people, they got it.", allowed=[EQ, AL], note="Quotes a slur to challenge it.")
H(2, "Cllr Quinn has had a torrent of 'you should be at home with your baby' messages since returning from maternity leave. Every one of them is a disgrace. Solidarity, Bronagh.", allowed=[EQ], note="Condemns pregnancy/maternity abuse.")
H(2, "I'm told a leaflet is going round Carnmoyle claiming a named officer 'takes bribes'. There is no evidence for that whatsoever. Spreading it is defamatory and cruel. Please stop.", allowed=[DF, OF], note="Rebuts a defamatory rumour.")
H(2, "I condemn without reservation the 'burn them out' comments about the Traveller site. Anyone posting them should expect the police to take an interest.", allowed=[BI, EQ], note="Condemns a threat against Travellers.")
H(2, "Someone wrote 'Orla McGlinchey is a whore' on the bus shelter at Portnacrea harbour. Whatever our differences, that's vile and misogynist. Council cleansing have it in hand.", allowed=[AL, EQ, PA, DF], note="Reports misogynist graffiti about a colleague.")
H(2, "Homophobic abuse shouted at two young men outside the Market House on Saturday. 'Poofs' was the politest word used. Not in our town. Not ever.", allowed=[EQ, AL], note="Quotes a homophobic slur to condemn it.")
H(2, "A man came into my surgery and said Polish workers are 'vermin'. I told him he was wrong, and I'll tell anyone else who says it.", allowed=[EQ], note="Reports and rejects dehumanising talk.")
H(2, "I've screenshot the 'you'll regret crossing me' message I got on Tuesday and sent it to the Monitoring Officer. Councillors do not have to put up with threats and neither does anyone else.", allowed=[BI], note="Reports a threat received.")
H(2, "The phrase 'cripple parking' has no place on a council facebook group. Disabled bays are not a joke. Admins, please act.", allowed=[EQ, AL], note="Challenges a disability slur.")
H(2, "We need to talk about the antisemitic 'follow the money' tropes doing the rounds about the harbour scheme. They're old poison in a new bottle.", allowed=[EQ], note="Names and condemns an antisemitic trope.")
H(2, "Anybody telling you Cllr Devlin 'fixed the count' is repeating a lie. The count was observed, recounted and signed off. Drop it.", allowed=[DF], note="Rebuts an allegation against a rival.")
H(2, "Some of the replies to Heather Lyttle's post today, 'stupid cow', 'get back in the kitchen', are a disgrace. I disagree with her on nearly everything. Doesn't matter.", allowed=[AL, PA, EQ], note="Quotes misogynist replies to condemn them.")
H(2, "'Go home, Paddy' painted on a van in Ballyhannon. That's anti-Irish racism and it's a hate crime. Report it.", allowed=[EQ], note="Reports anti-Irish racism.")
H(2, "When someone calls a trans colleague 'it' in a public meeting, silence is a choice. I won't be silent.", allowed=[EQ], note="Condemns transphobic language.")
H(2, "The standards complaint against me is being dealt with properly. I'd ask my supporters not to go after the complainant. Nobody should be threatened for using the process.", allowed=[BI], note="Discourages intimidation of a complainant.")
H(2, "Muslim families in Drumbeg were leafleted with 'no mosques here' material last week. That isn't free speech, it's hate, and we'll stand with our neighbours.", allowed=[EQ], note="Condemns anti-Muslim leaflets.")
H(2, "A caller to the radio phone-in said our mayor only got the job 'because she's a woman'. I'd invite him to sit through one of her budget briefings.", allowed=[EQ], note="Rebuts sexism about a colleague.")

H(3, "I don't care whether you dig with the left foot or the right. If you live in Carnmoyle, I work for you.", allowed=[EQ], note="Sectarian idiom negated.")
H(3, "Nobody should be judged on their religion on this council. Not now, not ever.", note="Denies prejudice.")
H(3, "It makes no difference to me whether a tenant is from Lisnacorran or Lagos. The housing list is needs-based and it should stay that way.", note="Negated prejudice on origin.")
H(3, "For the record: I have never said, and would never say, that women are unsuited to chairing committees. Some of the best chairs I've served under were women.", allowed=[EQ], note="Denial of a sexist claim.")
H(3, "Being gay isn't a qualification or a disqualification for the youth club review. Competence is.", note="Negated prejudice on orientation.")
H(3, "Age is no barrier to service. Our oldest member is 81 and sharper than most of us.", note="Negated age prejudice.")
H(3, "There is no truth in the rumour that the drainage works on the Slievecurry Road are about 'keeping certain people out'. It's about drainage.", allowed=[EQ], note="Denies a coded-prejudice rumour.")
H(3, "I'm not against immigration and never have been. I'm against a housing system that fails everyone, migrants included.", note="Negated anti-immigrant stance.")
H(3, "Disabled people are not a cost to be cut. The hoists at the pool stay.", note="Negates a disablist framing.")
H(3, "Let me be plain: nobody's pregnancy, maternity leave or caring duties should count against them in this chamber.", note="Negated pregnancy prejudice.")
H(3, "No, the Travellers at the Carnmoyle site are not 'responsible' for the rise in shed thefts. Police figures show no such link. Stop repeating it.", allowed=[EQ], note="Rejects a stereotype.")
H(3, "I've no time for the idea that some faiths are more 'local' than others. Chapel, church, mosque, gurdwara: all welcome in Lisnacorran.", note="Negated religious prejudice.")
H(3, "Being a trans woman doesn't make anyone a threat. Our new community officer deserves the same courtesy as any of us.", allowed=[OF], note="Negated transphobia; an officer mentioned kindly.")
H(3, "It's not 'political correctness gone mad' to fit a hearing loop in the Market House. It's the law, and it's decent.", note="Negated disablist framing.")
H(3, "I'm asked whether Polish workers 'take local jobs'. No. They fill jobs, pay taxes, and coach half the under-12s in Portnacrea.", allowed=[EQ], note="Rejects a stereotype.")
H(3, "Nobody is saying older residents are a burden. We're saying the day centre needs funding so they can keep using it.", note="Negated age prejudice.")
H(3, "I won't have it said that young councillors are 'too inexperienced'. Judge us on our work.", note="Rejects age prejudice.")
H(3, "There's nothing un-Irish or un-British about wearing a hijab. Some folk need to get out more.", note="Negated religious prejudice.")
H(3, "Whether you marry, cohabit, divorce or stay single is your own business, not the council's and not mine.", note="Negated marital-status prejudice.")
H(3, "Despite what you may have read on Facebook, the new houses at Kilgarvan Glen are allocated by points, not by religion or nationality. I checked.", note="Denies discriminatory allocation.")
H(3, "Not a single member of this council, of any party, should be judged by the colour of their skin. Judge our votes.", note="Negated racial prejudice.")
H(3, "No, I'm not anti-Protestant because I support the Irish language strategy. I'm pro-Irish language. Those are different things.", note="Denies sectarian prejudice.")

H(4, "Proud to raise the rainbow flag at the Market House for LGBT History Month. Lisnacorran is for everyone. 🏳️‍🌈", note="Positive mention (sexual orientation).", date="2026-02-02")
H(4, "As a gay man who grew up in Ballyhannon in the 90s, I never imagined I'd be sitting on this council. Thank you to everyone who made it possible.", note="Self-description.", author="@JFerrisCG")
H(4, "Eid Mubarak to all our Muslim neighbours in Drumbeg and beyond 🌙", note="Positive mention (religion).", date="2026-03-20")
H(4, "Lovely morning at Saturday's open day at the Portnacrea Polish Saturday school. The kids sang in two languages and put us all to shame.", note="Positive mention (national origin).")
H(4, "Happy Lunar New Year to the Chinese community in Lisnacorran! 🧧 Great to see the dragon dance back on Main Street.", note="Positive mention (race).", date="2026-02-17")
H(4, "I'm autistic, and I've chaired committees for six years. Reasonable adjustments cost little and matter a lot.", note="Self-description (disability).", author="@RuthAdairGreen")
H(4, "Visited the Travellers' education project in Carnmoyle today. The young people showed me their podcast: brilliant, funny and sharp.", note="Positive mention (Travellers).")
H(4, "Our pensioners' lunch club in Ballyhannon turned 30 this week. Cake, a ceilidh band, and a great deal of gossip.", note="Positive mention (age).")
H(4, "Trans women are women. Trans men are men. Non-binary people are valid. Happy to say that from the council steps.", note="Supportive mention (gender reassignment).")
H(4, "Wheelchair user here. The new ramp at the Carnmoyle library is spot on, tried it out myself today ♿", note="Self-description (disability).", author="@DavyKernaghanInd")
H(4, "Congratulations to Cllr Quinn on the birth of her daughter! Welcome to the world, wee one.", allowed=[DP], note="Positive mention (maternity).")
H(4, "We queer folk in rural Drumbeg have been quiet for too long. Drumbeg Pride picnic, first Saturday in June. All welcome.", note="Reclaimed term ('queer'), self-description.", author="@NiamhLSCommonGround")
H(4, "Meeting with the Islamic centre committee about parking on Friday afternoons. Good, practical conversation; solutions agreed.", note="Neutral mention (religion); shares 'Friday' and 'parking' with a coded positive.")
H(4, "St Patrick's Day parade in Lisnacorran was a joy. Orange and green bands side by side for the second year running ☘️", note="Neutral mention of both traditions.", date="2026-03-17")
H(4, "Holocaust Memorial Day. We remember the six million Jews murdered, and all victims of genocide. Never again means now.", note="Remembrance (religion/race).", date="2026-01-27")
H(4, "Being an auld doll of 68 hasn't slowed me down a bit. Three ward walks this week and a new hip on the way 😄", note="Self-description (age), reclaimed 'auld doll'.", author="@HeatherLyttle")
H(4, "My husband and I celebrated 40 years married on Saturday. Grateful for every one of them.", note="Neutral mention (marriage).", author="@AlisonBoydCUP")
H(4, "I'm dyslexic, and council papers in plain English help all of us. Thanks to the team working on it.", note="Self-description (disability).", author="@WilbertStewartCM")
H(4, "As a Catholic from the Glen and a proud member of this council, I'll be at the Remembrance service and the Orange hall's open day alike.", note="Self-description (religion).", author="@CiaranHaganFN")
H(4, "Yesterday was International Women's Day: 7 of our 16 councillors are women. Not bad. Not finished.", note="Neutral mention (sex).", date="2026-03-09")
H(4, "The Deaf club in Portnacrea are teaching councillors basic sign language. I can now sign 'bins' and 'thank you'. Progress!", note="Positive mention (disability).")
H(4, "Pregnant and still canvassing at 34 weeks. If you see me waddling up your path in Lisnacorran, a cup of tea would be lovely 🤰", note="Self-description (pregnancy).", author="@PatrycjaNowakGreen")

H(5, "We're going to absolutely murder the Forward Nationalists in the charity quiz on Friday. Bring it on 😂", allowed=[BI], note="Figurative 'murder' in banter.")
H(5, "That new bus timetable is a killer app for Portnacrea commuters. Finally.", note="'Killer' idiom.")
H(5, "Cllr Devlin smashed it at the five-a-side. Destroyed us 6-1. Rematch, Sean. I demand a rematch.", note="Sporting banter about a rival.")
H(5, "Bloodbath at the Ballyhannon pub quiz last night. Civic Unionists finished last. Never speak of it again.", note="'Bloodbath' about a quiz.")
H(5, "I could cheerfully strangle whoever designed the members' parking barrier. Third time it's eaten my ticket 🙃", allowed=[BI], note="Hyperbole about a barrier.")
H(5, "Canvassing tip: the collie on the Moss Road will have your leg off. Respect the collie.", note="Figurative violence about a dog.")
H(5, "We'll fight them on the potholes, we'll fight them on the bin lorries, we will never surrender the Carnmoyle library.", note="Pastiche rallying cry.")
H(5, "Niamh and I are at war over the office thermostat. Negotiations have broken down. Send blankets.", note="Office banter.")
H(5, "Killed it at the Lisnacorran Rotary dinner speech, if I say so myself. (Nobody else will.)", note="'Killed it', self-deprecating.")
H(5, "Wilbert's bowling arm is lethal. Skittled the whole cabinet team in the charity cricket. Murderous stuff.", note="Sporting banter.")
H(5, "Gonna knock the Greens into next week at the election. Politically speaking, obviously. We're coming for every seat in Carnmoyle.", allowed=[BI], note="Electoral banter.")
H(5, "My granny would have skelped me for the state of my ward surgery notes. Tidying up now.", note="Figurative violence, self-directed.")
H(5, "Cllr Ferris, you absolute scoundrel, you've nicked my good pen again 😂 Return it and nobody gets hurt.", allowed=[BI, PA, IR, DF], note="Friendly banter with a colleague.")
H(5, "The Drumbeg under-14s butchered us oldies in the charity match. Carnage. My hamstring is in bits.", note="Sporting banter.")
H(5, "Target practice: 500 leaflets through doors by Friday. Let's go, team.", note="Figurative 'target practice'.")
H(5, "Absolute slaughter at the table quiz. The Glen Vintners took us to the cleaners. Well played.", note="'Slaughter' about a quiz.")
H(5, "I will fight tooth and nail for the Portnacrea lifeboat station. They'll have to drag me out of the chamber.", note="Figurative fight.")
H(5, "Patrycja's pierogi at the community potluck could stop a war. Or start one over the last plate.", note="Food banter.")
H(5, "Ready to go to battle for the Ballyhannon pool budget tomorrow. Armour on.", note="Figurative battle.")
H(5, "The cabinet got roasted at the Ballyhannon youth forum today. Those kids asked better questions than scrutiny does 😂", note="'Roasted' banter.")
H(5, "Honestly Davy, your jokes at the Christmas do should be prosecuted. Crimes against comedy.", allowed=[PA, DF, IR], note="Banter with a colleague; 'prosecuted' figurative.")
H(5, "Lock me up and throw away the key if I ever vote for another rebrand. (Council lawyers: this is a joke.)", note="Self-directed figurative punishment.")

H(6, "Cllr McCrum promised in 2023 to keep the Ballyhannon pool open. On Tuesday he voted to close it. Residents can judge that for themselves.", note="Record: a promise and a vote.")
H(6, "Sean Devlin has missed 9 of the last 14 committee meetings. The attendance figures are public. Kilgarvan Glen deserves a councillor who turns up.", note="Record: attendance.")
H(6, "Alison Boyd's claim that planning times have 'halved' is not supported by the council's own figures, which show a 4% improvement. She should correct the record.", note="Statement checked against figures, no 'liar'.")
H(6, "I disagree profoundly with Cllr Stewart's motion on the greenway. His usage figures leave out the winter counts entirely.", note="A motion and its figures.")
H(6, "Cllr Nowak voted for the bin-tax pilot in committee and against it in full council. I'd like to understand why.", note="Record: votes.")
H(6, "Heather Lyttle has been Mayor for ten months and we still haven't seen the civic engagement plan she promised in her acceptance speech.", note="Record: a promise.")
H(6, "Davy Kernaghan's amendment would cost £400k that isn't in the budget. I've asked him where it's coming from. No answer yet.", note="Record: an amendment.")
H(6, "Orla McGlinchey has voted against every housing scheme in Portnacrea since 2023. That's her right, but she can't then blame others for the waiting list.", note="Record: votes.")
H(6, "Cllr Hagan's statement on the harbour last week was wrong on the dates, wrong on the funding, and wrong on who signed it off. Here's the timeline. 🧵", note="A statement corrected, no dishonesty alleged.")
H(6, "Padraig Toner says the rates rise was 'forced on us'. His group voted for it. The minutes are here.", note="A statement against the minutes.")
H(6, "Resign, Gordon. Not because of who you are, but because your leisure strategy has failed Ballyhannon and you've no plan B.", allowed=[PA], note="Resignation call grounded in the record.")
H(6, "Cllr Obi's pledge to freeze parking charges lasted four months. He then voted for the increase. Voters will remember.", note="Record: pledge and vote.")
H(6, "I've read Cllr Adair's climate motion twice. It's well-meaning, but it has no costings and no timeline. I can't support it as written.", note="A motion.")
H(6, "Jonathan Ferris chaired the housing working group for two years and it produced one report. One. That's the record.", note="Record: output.")
H(6, "Samuel Gault told the Courier the council 'never consulted' on the greenway. There were three consultations; he responded to one of them.", note="A statement corrected.")
H(6, "Bronagh Quinn's voting record on the library: for closure in 2024, against in 2025, abstained in 2026. Make of that what you will.", note="Record: votes.")
H(6, "Cllr Loughran-Scott called the budget 'balanced'. It balances only by raiding reserves by £1.2m. That's not balance, that's borrowing from next year.", note="A statement on the budget.")
H(6, "Wilbert Stewart has been our representative on the Lough Board for three years and has not tabled a single report back to council. That should change.", note="Record: reporting.")
H(6, "I want to be fair to Cllr Boyd: she's right about the drainage problem. But her solution was costed at half what it will actually take.", note="A proposal's costing.")
H(6, "Cllr Devlin's speech today was passionate, but passion isn't a plan. His motion would close two libraries to keep one pool open.", note="A speech and motion.")
H(6, "Heather Lyttle has declined three times to publish the mayor's charity accounts. They should be published, as every previous mayor's were.", note="Record: transparency request, no allegation.")
H(6, "Gordon McCrum's record on Carnmoyle: no new play park, no bus shelter, and 40 letters from the residents' group still unanswered. He should meet them.", note="Record: ward delivery.")

# ---------------------------------------------------------------- obfuscated variants
# (family, 1-based index of the original in its list, kind, word to obfuscate)
VARIANTS = [
    (PA, 22, "asterisk", "clown"), (PA, 14, "digit", "useless"), (PA, 9, "zero-width", "weasel"),
    (PA, 24, "spaced", "eejit"), (PA, 32, "cyrillic", "coward"), (PA, 10, "all-caps", None),
    (BI, 2, "asterisk", "ambulance"), (BI, 15, "digit", "regret"), (BI, 8, "zero-width", "live"),
    (BI, 21, "spaced", "window"), (BI, 24, "cyrillic", "tyres"), (BI, 28, "all-caps", None),
    (EQ, 3, "asterisk", "Fenian"), (EQ, 11, "digit", "Knackers"), (EQ, 5, "zero-width", "cripples"),
    (EQ, 24, "spaced", "retard"), (EQ, 32, "cyrillic", "Muslims"), (EQ, 16, "all-caps", None),
    (DF, 14, "asterisk", "liar"), (DF, 22, "digit", "crook"), (DF, 13, "zero-width", "fraud"),
    (DF, 6, "spaced", "bent"), (DF, 11, "cyrillic", "pocketed"), (DF, 4, "all-caps", None),
    (AL, 1, "asterisk", "fucking"), (AL, 2, "digit", "prick"), (AL, 3, "zero-width", "shite"),
    (AL, 7, "spaced", "gobshite"), (AL, 25, "cyrillic", "dickhead"), (AL, 18, "all-caps", None),
]
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
CYR = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456", "c": "\u0441", "p": "\u0440"}


def obfuscate(text, kind, word):
    if kind == "all-caps":
        return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))
    assert word in text, (word, text)
    if kind == "asterisk":
        vowels = [i for i, ch in enumerate(word) if ch in "aeiou" and 0 < i < len(word) - 1]
        i = vowels[0]
        new = word[:i] + "*" + word[i + 1:]
    elif kind == "digit":
        i = next(i for i, ch in enumerate(word) if ch.lower() in DIGITS and i > 0)
        new = word[:i] + DIGITS[word[i].lower()] + word[i + 1:]
    elif kind == "zero-width":
        mid = len(word) // 2
        new = word[:mid] + "\u200b" + word[mid:]
    elif kind == "spaced":
        new = " ".join(word)
    elif kind == "cyrillic":
        i = next(i for i, ch in enumerate(word) if ch in CYR)
        new = word[:i] + CYR[word[i]] + word[i + 1:]
    else:
        raise ValueError(kind)
    return text.replace(word, new)


def mentioned(handle, text):
    first, last = PEOPLE[handle]
    low = text.lower()
    return handle.lower() in low or first.lower() in low or last.lower() in low


def timestamp(rng, date=None):
    if date:
        day = dt.date.fromisoformat(date)
    else:
        while True:
            day = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 82))
            if day.weekday() < 5:
                break
    assert day.weekday() < 5
    t = dt.datetime(day.year, day.month, day.day, rng.randrange(8, 19), rng.randrange(0, 60),
                    rng.randrange(0, 60), tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    handles = sorted(PEOPLE)
    originals = []
    for family in [PA, BI, EQ, DF, AL, "hard_negative"]:
        for idx, r in enumerate(ROWS[family], 1):
            row = dict(r)
            row["family"] = family
            row["index"] = idx
            originals.append(row)
    built = []
    for row in originals:
        author = row["author"] or rng.choice([h for h in handles if not mentioned(h, row["text"])])
        assert not (row["author"] is None and mentioned(author, row["text"]))
        built.append(dict(row, author=author, platform=rng.choice(["x", "facebook", "bluesky"]),
                          created_at=timestamp(rng, row["date"])))
    by_key = {(b["family"], b["index"]): b for b in built}
    variants = []
    for family, idx, kind, word in VARIANTS:
        o = by_key[(family, idx)]
        allowed = list(o["allowed"])
        if kind == "all-caps" and HA not in allowed and HA not in o["rules"]:
            allowed.append(HA)
        variants.append(dict(o, text=obfuscate(o["text"], kind, word), allowed=allowed,
                             created_at=timestamp(rng), obfuscation=kind, variant_src=(family, idx),
                             note=f"Obfuscated variant ({kind}) of the original; same labels. " + o["note"]))
    allrows = built + variants
    rng.shuffle(allrows)
    ids = {}
    for n, row in enumerate(allrows, 1):
        row["id"] = f"b41-{n:03d}"
        if "variant_src" not in row:
            ids[(row["family"], row["index"])] = row["id"]
    out = []
    for row in allrows:
        rec = {
            "id": row["id"], "text": row["text"], "author": row["author"],
            "created_at": row["created_at"], "platform": row["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": "hard_negative" if row["family"] == "hard_negative" else "positive",
            "note": row["note"],
        }
        if "variant_src" in row:
            rec["variant_of"] = ids[row["variant_src"]]
            rec["obfuscation"] = row["obfuscation"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
