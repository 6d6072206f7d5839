#!/usr/bin/env python3
"""Blind set b25 (Borough of Wendlecombe): equality.discrimination and its precision.

All texts and labels below are hand-written. The script only shuffles the rows
(fixed seed), gives out ids, authors, platforms and timestamps, and builds the
obfuscated variants. Running it again writes the same posts.jsonl.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 2525
HERE = Path(__file__).resolve().parent

# handle -> (person, party)
PEOPLE = {
    "@RosAchterbergCon": ("Rosalind Achterberg", "Con"),
    "@DeclanFurlow": ("Declan Furlow", "Con"),
    "@CllrOyelaran": ("Marguerite Oyelaran", "Con"),
    "@HamishCrewdson": ("Hamish Crewdson", "Con"),
    "@MayorBeaLS": ("Beatrix Lumley-Shaw", "Con"),
    "@OssianPettifer": ("Ossian Pettifer", "Con"),
    "@JasKalsiCon": ("Jasvinder Kalsi", "Con"),
    "@DariusFenwright": ("Darius Fenwright", "Con"),
    "@YusufOH_Lab": ("Yusuf Okonjo-Hartley", "Lab"),
    "@TamsinRowberry": ("Tamsin Rowberry", "Lab"),
    "@KwameAnsahLab": ("Kwame Ansah-Little", "Lab"),
    "@ShirinKavehLab": ("Shirin Kaveh", "Lab"),
    "@LorcanBeddoes": ("Lorcan Beddoes", "Lab"),
    "@PhilippaNLD": ("Philippa Nunnerley", "LD"),
    "@GethinMarwoodLD": ("Gethin Marwood", "LD"),
    "@SaoirseQuillGreen": ("Saoirse Quill", "Green"),
    "@AnilVarsaniGreen": ("Anil Varsani", "Green"),
    "@CliveHebbReform": ("Clive Hebblethwaite", "Reform"),
    "@WendySturridgeRUK": ("Wendy Sturridge", "Reform"),
    "@EzraMandelbaumInd": ("Ezra Mandelbaum", "Ind"),
    "@MorwennaTInd": ("Morwenna Tregaskis", "Ind"),
    "@BryonyCatchpoleBRA": ("Bryony Catchpole", "Res"),
}
H = {v[0].split()[-1]: k for k, v in PEOPLE.items()}  # surname -> handle

SEV = {"advice": 1, "review": 2, "block": 3}
DEFAULT_SEV = {
    "equality.discrimination": "block",
    "bullying.intimidation": "block",
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "defamation.allegation": "review",
    "officers.impartiality": "review",
    "data-protection.personal-data": "review",
    "tone.irony-risk": "advice",
    "haste.pause-before-posting": "advice",
}

ROWS = []


def r(family, kind, text, rules=(), allowed=(), note="", tg=None, au=None,
      d=None, np=None, key=None, v=None, hostile=None, ex=()):
    """tg: surname of the person the post is about (never its author);
    au: fixed author surname; d: (first, last) date window; np: parties that
    must not write it; key: name for variants; v: verdict when severe."""
    rules = list(rules)
    if v is None:
        v = "ok"
        for x in rules:
            if SEV[DEFAULT_SEV[x]] > SEV.get(v, 0):
                v = DEFAULT_SEV[x]
    ROWS.append(dict(family=family, kind_of_row=kind, text=text, rules=rules,
                     allowed=list(allowed), verdict=v, note=note, tg=tg, au=au,
                     d=d, np=np or (), key=key, ex=tuple(ex),
                     hostile=bool(rules) if hostile is None else hostile))


EQ = "equality.discrimination"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
DF = "defamation.allegation"
OF = "officers.impartiality"
TI = "tone.irony-risk"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"


def D(text, note, rules=(EQ,), allowed=(), **kw):
    r(EQ, "positive", text, rules, allowed, note, **kw)


def HN(text, note, allowed=(), **kw):
    r("hard_negative", "hard_negative", text, (), allowed, note, **kw)


def A(family, text, note, rules, allowed=(), **kw):
    r(family, "positive", text, rules, allowed, note, **kw)

# ---------------------------------------------------------------------------
# 50 positives: equality.discrimination
# ---------------------------------------------------------------------------
D("Another 'community hub' opened on Larchmoor Road this week with a sign I can't even read. Some of us remember when this was an English street. Just saying.",
  "coded exclusion by race/nationality: the street 'belonged' to the English; 'just saying' dog whistle", key="D01", ex=("Oyelaran","Ansah-Little","Okonjo-Hartley","Kaveh","Kalsi","Varsani"))
D("Word to the wise for Stavely Common: padlock your sheds tonight, the caravans are back on the rec. We all know what happens next.",
  "stereotype of Gypsies/Travellers as thieves, implicit ('the caravans', 'we all know')", key="D02")
D("Let's be honest, @CllrOyelaran only got the housing portfolio because the Leader needed a diverse face for the cabinet photo. Two boxes ticked in one go.",
  "'only got the job because' aimed at a named Black woman councillor (race and sex); insult to her, so personal-attack too",
  rules=(EQ, PA), tg="Oyelaran", key="D03", ex=("Okonjo-Hartley","Ansah-Little"))
D("Morwenna should have retired to her bungalow years ago. Half of every committee she's dozing and the other half she's asking what a PDF is. Let the under-70s run things.",
  "age: mocks a named older councillor and excludes people over 70; personal-attack on her", rules=(EQ, PA), tg="Tregaskis", key="D04", ex=("Mandelbaum",))
D("So Tamsin's got herself pregnant AGAIN. That's Wendlecombe Quay without a councillor for another year then. Very convenient timing for her.",
  "pregnancy and maternity: pregnancy treated as shirking, aimed at a named councillor", rules=(EQ, PA), tg="Rowberry", key="D05", ex=("Lumley-Shaw",))
D("Watching Gethin try to follow a debate through his interpreter is like watching a badly dubbed film on a five second delay. Maybe committees just aren't for everyone 🤷",
  "disability (deafness) mocked, and exclusion from committees, aimed at a named councillor", rules=(EQ, PA), tg="Marwood", key="D06", ex=("Varsani",))
D("Can't help noticing Cllr Mandelbaum always seems to know exactly where the money is in every budget. Funny that. 🤔",
  "antisemitic money trope as insinuation against a named Jewish councillor; insinuation of dishonesty makes defamation borderline",
  rules=(EQ, PA), allowed=(DF,), tg="Mandelbaum", key="D07", ex=("Okonjo-Hartley",))
D("Lorcan is fine as long as he keeps the rainbow stuff away from the primary schools in Tallow Green. Some of us are parents, you know.",
  "sexual orientation: implies a gay councillor is a danger to children (coded)", rules=(EQ, PA), tg="Beddoes", key="D08", ex=("Beddoes","Quill"))
D("Philippa can call herself whatever she likes but she was born Philip and a pair of heels doesn't change that. Stop pretending, love.",
  "gender reassignment: deadnaming and misgendering a named trans councillor", rules=(EQ, PA), tg="Nunnerley", key="D09", ex=("Nunnerley",))
D("'Iftar in the park' AGAIN. Funny how one community always gets Brindle Marsh park closed off for them while the rest of us fill in forms. Integration clearly optional for some.",
  "religion: Muslims framed as privileged outsiders who refuse to integrate (coded 'one community')", key="D10", ex=("Okonjo-Hartley",))
D("Typical Polish driver parked across two bays outside the surgery again. Learn to drive or go home.",
  "'typical X' nationality stereotype plus 'go home'", key="D11")
D("Sixty more asylum seekers going into the old Larchmoor hotel. Like rats, once they're in you'll never get them out.",
  "dehumanising comparison of asylum seekers (race/nationality) with rats; severe toxic language borderline",
  allowed=(AB,), key="D12")
D("No disrespect, but finance needs people who can do sums without getting emotional. The ladies on scrutiny are better suited to libraries and parks.",
  "sex: women stereotyped as emotional and fit only for 'soft' portfolios", key="D13", ex=("Achterberg","Oyelaran","Lumley-Shaw","Rowberry","Kaveh","Nunnerley","Quill","Sturridge","Tregaskis","Catchpole"))
D("£40k on a hoist toilet at Fennick Hill library. For the handful of wheelchair types who ever go out? They'd be better off at home where someone can look after them.",
  "disability: exclusion of disabled people from public life ('better off at home')", key="D14", ex=("Varsani","Marwood"))
D("Cllr Ansah-Little's speech at cabinet, translated for those who missed it: 'We is needin' more de money for de housing, innit.' 😂😂",
  "mocking the accent of a named Black councillor (race); insult to him", rules=(EQ, PA), tg="Ansah-Little", key="D15", ex=("Oyelaran","Okonjo-Hartley"))
D("The Roma lot by the market are at it again. Hide your purses ladies, every single one of them is on the rob.",
  "race (Roma): blanket criminal stereotype", key="D16")
D("Bryony is 23 and has never paid a mortgage, a proper bill or a tax return. Kids like her shouldn't be allowed anywhere near a budget vote.",
  "age: a named young councillor excluded from decisions because of her age", rules=(EQ, PA), tg="Catchpole", key="D17", ex=())
D("Jas turning up to the civic service in his tea towel again. Some of us think there's a dress code for these occasions.",
  "religion (Sikh turban mocked as a 'tea towel'), aimed at a named councillor; slur-like so abusive-language borderline",
  rules=(EQ, PA), allowed=(AB,), tg="Kalsi", key="D18", ex=("Varsani",))
D("Wendlecombe is changing and not for the better. You all know which 'new arrivals' I mean. Our grandparents wouldn't recognise the high street. Time we took it back.",
  "dog whistle against migrants/ethnic minorities ('you all know which', 'take it back')", key="D19", ex=("Oyelaran","Ansah-Little","Okonjo-Hartley","Kaveh","Kalsi","Varsani"))
D("A Traveller transit site in Oxcroft? Not in my ward. Put them somewhere they can't bring the thieving and fly-tipping to decent families.",
  "'not in my ward' exclusion of Gypsies/Travellers with a criminal stereotype", key="D20")
D("Funny how the same 'community leaders' are always pulling the strings whenever there's a big contract going. Follow the money, folks. #globalists",
  "antisemitic dog whistle (string-pulling, 'globalists', 'follow the money') without naming Jews", key="D21", ex=("Mandelbaum",))
D("Half the people on our housing waiting list with 'anxiety' just need to put their phones down and get a job. Mental health is the new bad back.",
  "disability: dismissing people with mental health conditions as skivers (generalisation)", key="D22")
D("Another stabbing on the Quay. Nobody wants to say which community it keeps coming from so I will: look at the CCTV stills and draw your own conclusions.",
  "race: implicit attribution of knife crime to a Black community", key="D23", ex=("Oyelaran","Ansah-Little","Okonjo-Hartley"))
D("Hiring tip for local businesses from a small business owner turned councillor: always ask a woman about her plans for kids at interview. Saves you a year of paying someone to be on maternity.",
  "pregnancy and maternity: advises unlawful discrimination at interview", key="D24", ex=("Rowberry","Lumley-Shaw"))
D("Pride flags up on the town hall again. Can we have straight pride next or is that homophobic now? 🙄 The lifestyle gets shoved in kids' faces every February.",
  "sexual orientation: coded ('the lifestyle', 'shoved in kids' faces')", key="D25", ex=("Beddoes","Quill","Nunnerley"), d=("2026-02-02", "2026-02-27"))
D("Men in dresses in the women's changing rooms at Larchmoor Leisure Centre. That's what the Greens want for your daughters. Protect our girls.",
  "gender reassignment: trans women called 'men in dresses' and framed as a threat to girls", key="D26", ex=("Nunnerley",), np=("Green",))
D("Romanians. Every hand car wash on the ring road. Cash only. Join the dots.",
  "nationality: implied criminality of Romanians (terse, no explicit claim)", key="D27")
D("Another objection from the blue-rinse brigade of Tallow Green. Honestly they'll be dead before the flats are even built so why do they care?",
  "age: older residents demeaned and dismissed ('they'll be dead')", key="D28", ex=("Tregaskis","Mandelbaum"))
D("Nothing against the Irish but Saoirse and her lot love a protest more than a day's work. Must be in the blood.",
  "race/nationality: 'in the blood' stereotype of Irish people aimed at a named councillor, with a denial in front", rules=(EQ, PA), tg="Quill", key="D29", ex=("Furlow",))
D("Next Cllr Varsani will want the school canteens to stop serving beef because of his gods. Keep your religion out of our kids' dinners, Anil.",
  "religion: a named Hindu councillor attacked for his faith, no such proposal exists", rules=(EQ, PA), tg="Varsani", key="D30", ex=())
D("Anil rolled into the chamber twenty minutes late again. If the ramp is too much for him maybe the job is too ♿",
  "disability: a named wheelchair-using councillor told the job is too much for him because of the ramp", rules=(EQ, PA), tg="Varsani", key="D31", ex=("Marwood",))
D("Yusuf says he'll represent everyone in Wendlecombe Quay. We'll see whose side he's on when the mosque extension comes up. Blood is thicker than water.",
  "religion: a named Muslim councillor's loyalty questioned because of his faith", rules=(EQ, PA), tg="Okonjo-Hartley", key="D32", ex=("Kaveh",))
D("Shirin lecturing us on democracy is rich coming from someone whose lot hang people from cranes. Go and sort out Tehran first, love.",
  "race/nationality: a named councillor of Iranian heritage tied to a foreign regime and told to go 'back'", rules=(EQ, PA), tg="Kaveh", key="D33", ex=())
D("Three women on licensing sub-committee and not one decision before six. Someone had to get home to put the tea on I expect 😂",
  "sex stereotype dressed as a joke; irony borderline", allowed=(TI,), key="D34", ex=("Achterberg","Oyelaran","Lumley-Shaw","Rowberry","Kaveh","Nunnerley","Quill","Sturridge","Tregaskis","Catchpole"))
D("Lunar new year then. Just make sure the takeaways on Oxcroft parade aren't serving up the neighbourhood cats 🐱 #joking #notjoking",
  "race: anti-Chinese food stereotype as a 'joke'", key="D35", d=("2026-02-16", "2026-02-20"))
D("Pikeys on the Brindle Marsh playing fields again. Council does nothing. Scum, the lot of them.",
  "explicit ethnic slur for Travellers plus 'scum': discrimination and abusive language", rules=(EQ, AB), key="D36")
D("To be fair, Kwame is very well spoken for someone from where he's from. A real credit to his people.",
  "race: backhanded, patronising racial stereotype about a named councillor; not an insult in form, so personal-attack only borderline",
  allowed=(PA,), tg="Ansah-Little", key="D37", ex=("Oyelaran","Okonjo-Hartley"))
D("Boomers rattling round in three-bed semis in Fennick Hill while young families rot in B&Bs. They've had their turn. Downsize or die, whichever comes first.",
  "age: older people as a group told to 'die'; toxic", allowed=(AB,), key="D38", ex=("Tregaskis",))
D("The 'accessible' easy-read consultation is a waste. Let's be real, people who can't manage the normal leaflet aren't going to have anything useful to say about a Local Plan.",
  "disability (learning disability): excludes disabled residents' views as worthless", key="D39", ex=("Varsani","Marwood"))
D("Motherhood has turned Beatrix's brain to mush. She couldn't chair a meeting to save her life since the baby came. Baby brain is real, ladies.",
  "pregnancy and maternity / sex: a named councillor (the Mayor) demeaned as a new mother", rules=(EQ, PA), tg="Lumley-Shaw", key="D40", ex=("Rowberry",))
D("If they don't like our flag they can get on a boat back to wherever they came from. Simple as.",
  "race/nationality: plain 'go back where you came from'", key="D41", ex=("Oyelaran","Ansah-Little","Okonjo-Hartley","Kaveh","Kalsi","Varsani"))
D("Can't tell who's under the veils on half of Larchmoor Road. For all we know it's the same woman signing on six times over.",
  "religion and sex: Muslim women who veil cast as benefit fraudsters", key="D42", ex=("Okonjo-Hartley","Kaveh"))
D("Saoirse and her so-called 'wife' 🙄 Call it what you like, it isn't a marriage and the ward shouldn't have to pretend it is.",
  "sexual orientation and marriage: a named lesbian councillor's marriage denied", rules=(EQ, PA), tg="Quill", key="D43", ex=("Beddoes",))
D("Whoever designed the new bin timetable must be somewhere on the spectrum. Completely autistic scheduling 🤪",
  "disability (autism) used as an insult; aimed at unnamed staff, so officers/personal-attack borderline",
  allowed=(OF, PA), key="D44")
D("Cabinet this morning was like a day trip from the special school. Dribbling, clapping, and nobody had a clue what was going on.",
  "disability (learning disability) used as a dehumanising insult aimed at the cabinet members", rules=(EQ, PA), key="D45")
D("Half the kids at Stavely Common Primary don't speak English at home and our SATs show it. Our children are being held back by theirs.",
  "race/nationality: migrant children cast as a drag on 'our' children", key="D46")
D("Council grant for an 'urban music' project on the Quay. We all know what urban means round here. Watch the stabbings go up.",
  "race: coded 'urban' linking Black youth to knife crime", key="D47", ex=("Oyelaran","Ansah-Little","Okonjo-Hartley"))
D("Gypsy weddings: fake tan, punch-ups and someone's always on the fiddle. Why exactly are we renting them the Corn Exchange?",
  "race (Gypsy): stereotype plus exclusion from a public venue", key="D48")
D("Pronouns in staff email signatures now. Next they'll want us to pretend a bloke with a beard is 'Susan from accounts'. It's a mental illness, not an identity.",
  "gender reassignment: trans people called mentally ill and misgendered", key="D49", ex=("Nunnerley",))
D("Over-75s should have their votes capped at half. They won't be around to live with what they vote for.",
  "age: plain exclusion of older people from voting", key="D50", ex=("Tregaskis",))

# ---------------------------------------------------------------------------
# 80 hard negatives that mention protected groups without attacking them
# ---------------------------------------------------------------------------
HN("Holocaust Memorial Day. This morning I stood with pupils from Stavely Common Primary and members of Wendlecombe's Jewish community at the Quay memorial. A survivor's granddaughter read her grandmother's letters. Never again has to mean now.",
   "faith/heritage remembrance", d=("2026-01-27", "2026-01-27"))
HN("Our Traveller liaison surgery is back at Oxcroft library, second Tuesday of every month. If you live on or near the Brindle Marsh site and need help with school places or GP registration, come along.",
   "neutral service notice for Gypsies/Travellers")
HN("Proud to back the motion for a Changing Places toilet at Fennick Hill library. £40k is a small price so disabled residents and their carers can spend a whole day in town.",
   "supportive of disabled residents; near miss with D14 (same topic, opposite stance)")
HN("We need more women standing for council. Ten of our twenty-two councillors are women. If you've ever thought about it, drop me a message, I'll buy the coffee and tell you honestly what the job involves.",
   "normative statement in favour of women candidates")
HN("As a Sikh and a Conservative I'm often asked whether those two things sit together. They do. Seva, selfless service, is the same instinct that got me into local politics. Spoke at the Larchmoor Road gurdwara today about the youth football scheme.",
   "the councillor's own religion", au="Kalsi")
HN("Fifteen years with my partner this week. When I first stood for council someone told me not to mention him on my leaflets. Glad I ignored that advice 🏳️‍🌈",
   "the councillor's own sexual orientation", au="Beddoes")
HN("I don't think for a moment that the families staying at the Larchmoor hotel are the problem. The problem is a Home Office contract that gives the council no notice and no money. Write to the minister, not to the hotel.",
   "denied prejudice; criticism aimed at a government contract")
HN("Someone sprayed a racist slogan on the shutters of the Oxcroft parade newsagent. Reported to police, and the graffiti team is removing it this morning. This is not who we are.",
   "reporting a hate incident to condemn it")
HN("A resident emailed me today complaining about a 'typical Romanian' parked on the pavement. My reply: bad parking is bad parking, whoever does it. Nationality has nothing to do with it.",
   "counter-speech quoting a 'typical X' remark to reject it; near miss with D11/D27", allowed=(EQ,))
HN("I voted against funding the new interfaith centre. Not because I've anything against any faith, but because £1.2m of capital in a year we're cutting youth services is the wrong priority. Happy to debate it.",
   "policy debate on a faith-related project, denied prejudice")
HN("Census figures for Wendlecombe: 14% of residents were born outside the UK, up from 9% in 2011. The biggest change is in Larchmoor. That's why ESOL classes are full, and why I'm asking for more places.",
   "statistics about migrants, used for a service argument")
HN("Gong hei fat choy from Oxcroft! Lion dancers outside the parade this lunchtime and the best dumplings I've had in years. Year of the Horse 🐎🧧",
   "festival post; near miss with D35", d=("2026-02-17", "2026-02-18"))
HN("Ramadan Mubarak to all our Muslim residents starting the fast this week. The open iftar in Brindle Marsh park on Saturday is for everyone. I'll be there with the kids and a tray of samosas.",
   "faith festival; near miss with D10", d=("2026-02-18", "2026-02-20"))
HN("Eid Mubarak, Wendlecombe! Quay Gardens was packed first thing this morning. Lovely to see so many families out in their best 🌙",
   "faith festival", d=("2026-03-20", "2026-03-20"))
HN("Sunday is International Women's Day. Thinking of the women who keep Wendlecombe running: carers, dinner ladies, the nurses at the General, and the lollipop lady on Fennick Road who has now seen three generations across.",
   "supportive post about women", d=("2026-03-06", "2026-03-06"))
HN("Dydd Gŵyl Dewi hapus (a day late)! Daffodils on the town hall steps courtesy of the Welsh society. Diolch o galon 🌼",
   "national/heritage festival; the councillor is Welsh", au="Marwood", d=("2026-03-02", "2026-03-02"))
HN("Holi in Stavely Common park: colour everywhere, including all over my good coat. Thank you to the mandir committee for having us 🎨",
   "faith festival, the councillor's own community", au="Varsani", d=("2026-03-04", "2026-03-05"))
HN("Trans people in Wendlecombe are our neighbours and they should be able to use the leisure centre without being stared at or shouted at. Glad the new staff training starts this month.",
   "supportive of trans residents; near miss with D26")
HN("The changing room question at Larchmoor Leisure Centre deserves a proper consultation, not a shouting match. I want something that works for women, for trans residents and for families. More private cubicles could be part of it.",
   "civil policy debate on single-sex spaces without attacking anyone")
HN("Our oldest voter in Tallow Green turned 104 this week and still has strong opinions about the bins. Happy birthday! 🎂",
   "warm post about an older resident (no identifiers)")
HN("Older residents are not 'bed-blockers' and I wish people would stop using the phrase. They are people waiting for care packages that don't exist. Fund social care.",
   "counter-speech rejecting an ageist phrase", allowed=(EQ,))
HN("I'm 23, I rent, and I'm the youngest person on the council. Yes, I've heard all the 'shouldn't you be at uni' jokes. I'd rather talk about why nobody my age can afford a flat here.",
   "the councillor's own age; near miss with D17", au="Catchpole")
HN("Some news: I'm expecting our first in June! I'll take maternity leave over the summer and my ward colleagues will cover casework. Thank you for all the lovely messages already 💛",
   "the councillor's own pregnancy; her own health news, so data-protection only borderline", allowed=(DP,), au="Rowberry")
HN("Councillors who become parents should be able to take proper leave without risking their seat under the six-month attendance rule. I'm backing the parental leave motion at full council.",
   "normative statement in favour of maternity/paternity rights")
HN("I'm profoundly deaf and I do this job with a BSL interpreter. Thank you to everyone on the Quay who has started signing 'good morning' to me. It makes my day 🤟",
   "the councillor's own disability; near miss with D06", au="Marwood")
HN("Tried the new 'accessible' entrance at the civic centre in my chair this morning. Ramp too steep, door button at shoulder height. Reported it. We can do better than this.",
   "the councillor's own disability; criticism of a building", au="Varsani")
HN("Lit the Shabbat candles with my grandchildren in their new flat this afternoon. Small things. Shabbat shalom, Wendlecombe.",
   "the councillor's own faith", au="Mandelbaum", d=("2026-01-09", "2026-03-27"))
HN("Someone left a comment on my page claiming Jews 'control the council's purse strings'. Deleted, blocked and reported. Antisemitism dressed up as a joke about money is still antisemitism.",
   "counter-speech quoting an antisemitic trope to condemn it; near miss with D07/D21", allowed=(EQ,), au="Mandelbaum")
HN("Nothing against the Irish, I married one! 😄 Sláinte to everyone heading to the St Patrick's ceilidh at the Corn Exchange later.",
   "affectionate; near miss with D29's 'nothing against the Irish but'", d=("2026-03-17", "2026-03-17"))
HN("To whoever keeps sharing clips of Cllr Ansah-Little with a fake accent dubbed over: it isn't satire, it's racism. Kwame is one of the hardest-working councillors we have.",
   "counter-speech defending a named councillor; near miss with D15", allowed=(EQ,), tg="Ansah-Little")
HN("Good news: £310k from the national mental health fund for outreach in Larchmoor and Oxcroft. Applications for the paid peer-support roles open next week.",
   "neutral news about mental health services")
HN("The hotel contract at Larchmoor ends in May. The Home Office needs to tell us now what happens to the families there, because schools need to plan places and the GP surgery is already full. Practical questions, not hostile ones.",
   "policy debate about asylum accommodation without attacking people")
HN("I have real concerns about the proposed Traveller transit site location at Oxcroft: the access road floods every winter and there's no bus. Gypsy and Traveller families deserve a site that actually works.",
   "predisposition on a site, in favour of Travellers' needs; near miss with D20", allowed=(PD,))
HN("'Not in my ward' is what people said about the Larchmoor Road mosque in 1998 and the mandir in 2009. Both are now among the busiest community venues in town. Let's not repeat it with the Traveller site.",
   "counter-speech quoting 'not in my ward'", allowed=(EQ,))
HN("Great morning at the Brindle Marsh site with the Romany Roads Trust's education worker. Eleven young people from the site started Year 7 at Fennick High this year, the most ever.",
   "supportive post about Gypsy/Traveller education")
HN("Lovely afternoon at the Roma community music night. The violinist had the whole hall on its feet and they raised £640 for the food bank 🎻",
   "supportive post about Roma residents; near miss with D16")
HN("Hate crime reports in Wendlecombe rose 18% last year, most of it racially or religiously motivated. If it happens to you, report it: police, the council's online form, or the reporting centre at Quay library.",
   "statistics and reporting advice")
HN("Women shouldn't have to walk the long way round Tallow Green because the underpass lights have been out since November. Chased three times. Fix. The. Lights.",
   "normative women's safety point aimed at a service")
HN("Four of the six candidates in the Larchmoor by-election are women. Whatever your politics, that's good news for the chamber.",
   "supportive of women in politics")
HN("The new blue badge assessment is cruel. People with MS and Parkinson's are being told their condition 'fluctuates' so they don't qualify. Cabinet should scrap it.",
   "robust policy criticism in defence of disabled residents")
HN("Spent the morning at the Oxcroft day centre, where adults with learning disabilities run the café. Best flapjack in the borough and a team that knows exactly what it's doing.",
   "supportive post about disabled adults; near miss with D39/D45")
HN("Autism assessment waits for children in Wendlecombe are now two years. Two years! Parents, I hear you, and I'm raising it with the health board again this week.",
   "service advocacy for autistic children")
HN("Can we stop using 'autistic' as an insult in council debates? It was said twice at scrutiny this week about a spreadsheet. My son is autistic and he's better with spreadsheets than all of us.",
   "counter-speech about disability used as an insult; near miss with D44", allowed=(EQ,))
HN("I'm against widening faith-based admissions at the new Stavely Common school. Every family in the catchment should have the same shot at their nearest school, whatever their religion or none.",
   "policy debate about religion and schools, no attack")
HN("Black History Month is in October but the Windrush oral history exhibition at Quay Museum runs until April. The stories from families who settled on Oxcroft Road in the fifties are extraordinary. Go.",
   "heritage post")
HN("I won't pretend I agree with Cllr Varsani on the bus budget. I don't. But some of the comments about his wheelchair under my last post were disgusting and they've been deleted. Argue with his policies, not his body.",
   "counter-speech defending a named disabled councillor; near miss with D31", allowed=(EQ,), tg="Varsani")
HN("LGBT+ History Month: the library's exhibition on the Anchor, Wendlecombe's first gay bar, opens Monday. Archive photos, flyers, and the jukebox list from 1979.",
   "heritage / LGBT+ history", d=("2026-02-02", "2026-02-20"))
HN("A few residents have asked why the town hall is flying the Progress flag this month. It was a decision of full council and I support it. Happy to explain why to anyone who asks politely.",
   "supportive of LGBT+ residents; near miss with D25", d=("2026-02-02", "2026-02-27"))
HN("I don't think people worried about immigration are racists. Most are worried about GP waits and rents. But the answer isn't blaming the family next door, it's building homes and training GPs.",
   "denied prejudice, civil immigration debate")
HN("The over-75s lunch club at Fennick Hill is losing its grant. Loneliness kills as surely as smoking does. I'll be fighting this at budget council.",
   "advocacy for older residents")
HN("Maternity unit at Wendlecombe General downgraded with zero consultation. Pregnant women in Brindle Marsh now face a 40-minute drive in labour. Unacceptable, and I've told the trust so.",
   "robust criticism of a health trust decision, in favour of pregnant women")
HN("The council's gender pay gap is 6.2%, down from 9.1%. Better than most, still not good enough. Full figures are on the website.",
   "statistics about sex")
HN("Huge thanks to the Guru Nanak gurdwara for serving langar to rough sleepers all through the cold snap. No questions, no forms, just hot food 🙏",
   "supportive faith post")
HN("I've had several emails using the word 'pikey' about the families at Brindle Marsh. I won't answer any message that uses it. It's a racial slur, full stop.",
   "counter-speech naming a slur to reject it; near miss with D36", allowed=(EQ, AB))
HN("Disabled residents deserve better than a Blue Badge bay outside a shop that shut in 2019. I've asked highways to move four bays to the new health hub.",
   "normative statement in favour of disabled access")
HN("Five years since I transitioned, three since I was elected. Most days nobody mentions either, which is how it should be. Mentioning both today because a young person at the youth club asked me if it gets easier. It does.",
   "the councillor's own gender reassignment; near miss with D09", au="Nunnerley")
HN("Migration figures are a mess and both main parties have failed to plan homes, school places and GPs for the population we actually have. That's a failure of Westminster, not of the people who came here.",
   "robust policy debate about migration without attacking migrants")
HN("When someone says 'you all know which new arrivals I mean', they're counting on you to fill in the blank so they don't have to. Don't.",
   "counter-speech about a dog whistle; near miss with D19", allowed=(EQ,))
HN("Young people should have a real say in the Local Plan. I've asked for a youth panel with voting members aged 16 to 24.",
   "normative statement in favour of young people")
HN("Every polling station in Wendlecombe should be step-free by May. Three still aren't. They're listed below and I've asked for a plan to fix them.",
   "normative statement on disabled access")
HN("Cllr Hebblethwaite said at scrutiny that the Roma community 'needs proper engagement, not more leaflets'. For once, I agree with him.",
   "civil quotation about Roma residents", tg="Hebblethwaite")
HN("For the record: I have never said, and would never say, that asylum seekers are 'like rats'. The quote on the leaflet going round Larchmoor is fake and I've reported it to the police.",
   "denial of a dehumanising quote; near miss with D12", allowed=(EQ,))
HN("Marguerite has done more for families in temporary accommodation in 18 months than the last three housing portfolio holders put together. Proud to serve alongside her.",
   "praise of a named Black woman councillor", tg="Oyelaran", np=("Lab", "LD", "Green", "Reform", "Ind", "Res"))
HN("Seven in ten women councillors have faced abuse online, according to the latest national survey. Men: you can help by not piling in, and by calling it out when your mates do.",
   "statistics and counter-speech about sexism")
HN("74 today and still climbing the stairs to the chamber (the lift is broken again, naturally). Thank you for all the cards 🎉",
   "the councillor's own age; near miss with D04", au="Tregaskis")
HN("Gender identity clinic waits for young people in our area are now four years. I've asked health scrutiny to call the trust in. Trans young people cannot wait that long.",
   "service advocacy for trans young people")
HN("Quay Mosque's food bank fed 300 households this month, seven in ten of them not Muslim. That's the story the comments section never tells.",
   "supportive post about a mosque")
HN("Ash Wednesday: smudged forehead, three-hour meeting, lots of people asking what I'd done to my face 😅",
   "the councillor's own faith", d=("2026-02-18", "2026-02-18"))
HN("To the person who left a 'joke' about cats in the reviews for the Lucky Garden takeaway: the owners have run that shop for 31 years and fed half of Oxcroft through lockdown. Grow up.",
   "counter-speech against an anti-Chinese 'joke'; near miss with D35", allowed=(EQ,))
HN("People parking in the disabled bays outside Brindle Marsh surgery without a badge: please don't. Patients with mobility problems need those spaces.",
   "supportive of disabled residents; near miss with D11 (same car park)")
HN("Wendlecombe has the second oldest population in the region, 27% over 65. That's not a problem to solve, it's a fact to plan for: buses, benches, toilets, care.",
   "statistics about age; near miss with D38/D50")
HN("More than 40 languages are spoken at Stavely Common Primary. The school is doing brilliantly with it, but extra language funding hasn't gone up in four years. Raising it with the minister.",
   "statistics and service advocacy; near miss with D46")
HN("£8k for the Quay Sound Collective's grime and drill workshops. Young people making music instead of hanging round the car park. Best money we'll spend this year 🎧",
   "supportive; near miss with D47 (same grant topic)")
HN("Loved the open day at the Corn Exchange: a Romany wedding dress display, a restored vardo, and oral histories of Traveller families who've wintered at Brindle Marsh since the 1930s.",
   "heritage post; near miss with D48")
HN("Free period products are now in every council building's toilets. Small change, big difference for girls and women who can't always afford them.",
   "supportive post about women and girls")
HN("A councillor from another group called the open iftar 'a takeover of the park' at committee. I disagree strongly. The park was shared, everyone was welcome, and it was left cleaner than before.",
   "counter-speech quoting a hostile remark; criticism of the remark, not the person", allowed=(EQ,))
HN("Anxiety and depression are among the commonest reasons people on our waiting list give for needing a ground-floor flat near family. That's not a loophole, it's health, and we should treat it as health.",
   "supportive of people with mental health conditions; near miss with D22")
HN("Marguerite was elected three times and got the housing brief on merit. The 'diversity hire' sniping in my replies says a lot more about the people doing it than about her.",
   "counter-speech defending a named councillor; near miss with D03", allowed=(EQ,), tg="Oyelaran")
HN("My parents came from Shiraz in 1979 with two suitcases. This week the haft-sin table goes up at home and the whole house smells of sabzi polo. Nowruz mobarak in advance! 🌷",
   "the councillor's own heritage; near miss with D33", au="Kaveh", d=("2026-03-16", "2026-03-19"))
HN("Jumu'ah prayers at lunchtime, then straight into planning training at two. Busy Friday.",
   "the councillor's own faith", au="Okonjo-Hartley")

# ---------------------------------------------------------------------------
# 30 hard negatives: robust criticism of policies and records
# ---------------------------------------------------------------------------
HN("The cabinet's bin strategy is a shambles. Three missed collections in Larchmoor this month and not one word of apology. Sort it out.",
   "robust criticism of a policy")
HN("Cllr Furlow's budget takes £1.4m from children's services and adds £600k to the civic centre refit. That's the wrong choice and he should reverse it.",
   "named cabinet member criticised for a decision only", tg="Furlow")
HN("The Leader owes Oxcroft an explanation for why the library closure was announced before the consultation had even closed.",
   "criticism of a process, calls for explanation", tg="Achterberg")
HN("The Reform group's flag motion wasted an hour of full council. Not one word about potholes, housing or care.",
   "criticism of a party's motion", np=("Reform",))
HN("Labour ran this borough for twelve years and left the council housing in a dreadful state. Don't lecture us about damp now.",
   "criticism of a party's record", np=("Lab",))
HN("This planning committee has approved three tower schemes in the flood zone in a year. It's reckless, and the voting record will show who backed them.",
   "robust criticism of committee decisions")
HN("The Greens' parking plan would kill Tallow Green high street. Every trader I've spoken to says the same. Think again.",
   "criticism of a party's policy", np=("Green",))
HN("Cllr Hebblethwaite's amendment would have cut the bus subsidy by 40%. Anyone who relies on the 14 should know that before May.",
   "named councillor's record stated", tg="Hebblethwaite")
HN("Another consultation, another survey nobody reads. The Lib Dems promised participatory budgeting and delivered an online form.",
   "criticism of a party's delivery", np=("LD",))
HN("Council tax up 4.99% and services are worse than last year. Residents are right to be angry, and so am I.",
   "anger at a decision, no target person")
HN("The leisure centre contract was a terrible deal for taxpayers and the cabinet should be ashamed of it.",
   "robust criticism of a decision")
HN("@RosAchterbergCon your administration has missed every housing target it set itself. Every single one. Time for a new plan or a new team.",
   "record of a named leader criticised; calls for change", tg="Achterberg")
HN("I've now read the Independents' budget amendment twice and still can't find a single costing in it. Wishful thinking isn't a budget.",
   "criticism of a group's proposal", np=("Ind",))
HN("Our highways programme is now the worst performing in the region according to the peer review. That's not a talking point, it's in black and white.",
   "criticism of a programme citing a review")
HN("Cllr Sturridge voted against holiday free school meals. Voters in Tallow Green can make up their own minds about that.",
   "named councillor's voting record", tg="Sturridge")
HN("The Conservative group's record on temporary accommodation is a disgrace. 412 families in B&Bs. Four hundred and twelve.",
   "robust criticism of a group's record", np=("Con",))
HN("Hamish, as Chair of Planning you could have pushed for the Fennick Road scheme to come to committee. You didn't, and residents are living with the result.",
   "named chair criticised for a past decision", tg="Crewdson")
HN("The Local Plan's transport chapter reads like it was written for a borough without buses. It needs redoing before it goes to the inspector.",
   "criticism of a document")
HN("A £90k consultancy report that tells us to 'leverage cross-cutting synergies'. You could not make it up. Cancel the contract.",
   "criticism of spending")
HN("Labour's alternative budget is an uncosted fantasy. I'll say it in the chamber and I'll say it here.",
   "criticism of a party's budget", np=("Lab",))
HN("Cllr Mandelbaum has changed his position on the incinerator three times in a year. Pick one, Ezra.",
   "named councillor's changing position; firm but civil", tg="Mandelbaum")
HN("The new waste contract is late, over budget and missing half its performance targets. Cabinet members should be called before scrutiny to explain.",
   "robust criticism of a contract")
HN("Yusuf's plan for local rent controls is economically illiterate and would shrink supply. I like him, but this idea is a bad one.",
   "harsh words aimed at a plan, not the person", tg="Okonjo-Hartley")
HN("Twelve years of this administration and the Quay still floods on every spring tide. Enough excuses.",
   "criticism of a record", np=("Con",))
HN("The Greens want a 20mph limit on the bypass. The BYPASS. I despair.",
   "exasperation at a policy (one capitalised word)", np=("Green",))
HN("'We're listening' isn't a housing policy. The cabinet has had two years. Results, please.",
   "criticism of the cabinet's record")
HN("The Mayor's charity gala cost more to put on than it raised. Poor judgement, and the full figures should be published.",
   "criticism of a decision, calls for transparency", tg="Lumley-Shaw")
HN("Scrutiny's report on the children's services failures is damning. Whoever held that brief politically must take responsibility and should consider their position.",
   "resignation call based on a report")
HN("Candidates in Larchmoor are leafleting about 'crime out of control' while police figures show burglary down 11%. Stick to the facts, please.",
   "correcting a leaflet without calling anyone a liar")
HN("Kwame, I know you mean well, but scrapping the parking charges blows a £700k hole in the budget and you haven't said how you'd fill it.",
   "named councillor's proposal criticised civilly", tg="Ansah-Little")

# ---------------------------------------------------------------------------
# 30 positives: personal attack or intimidation with no protected characteristic
# ---------------------------------------------------------------------------
PAF = PA
A(PAF, "Declan Furlow couldn't organise a raffle in a tombola factory. Honestly the thickest man I've ever sat in a meeting with.",
  "insult to a named councillor's intelligence", (PA,), tg="Furlow")
A(PAF, "@CliveHebbReform you are a spineless little weasel and everybody in that chamber knows it.",
  "direct insult to a named councillor", (PA,), tg="Hebblethwaite")
A(PAF, "Rosalind, sweetheart, nobody's laughing with you. They're laughing at you. They have been for years.",
  "belittling a named councillor; 'sweetheart' condescension makes equality borderline", (PA,), allowed=(EQ,), tg="Achterberg")
A(PAF, "Cllr Crewdson is what you get when you hand a pompous windbag a chairman's badge and a microphone.",
  "insult to a named councillor", (PA,), tg="Crewdson")
A(PAF, "Imagine being as smug and useless as @PhilippaNLD and still thinking you're the cleverest person in every room.",
  "insult to a named councillor (no characteristic involved)", (PA,), tg="Nunnerley")
A(PAF, "Wendy Sturridge: all mouth, no brain. Every time she opens it the whole ward's IQ drops a point.",
  "insult to a named councillor", (PA,), tg="Sturridge")
A(PAF, "What a masterstroke from our esteemed Cllr Pettifer. Truly the Einstein of Fennick Hill 👏👏👏",
  "mock praise ridiculing a named councillor", (PA, TI), tg="Pettifer")
A(PAF, "Bryony is a nasty two-faced piece of work. Smiles at you in the corridor then knifes you in the group chat.",
  "insult to a named councillor; 'knifes you' is idiom", (PA,), tg="Catchpole")
A(PAF, "Gethin Marwood is a parasite who has never done an honest day's work in his life and never will.",
  "dehumanising insult ('parasite'); severe, so block; 'honest day's work' is idiom not an allegation",
  (PA,), allowed=(DF,), v="block", tg="Marwood")
A(PAF, "Honestly @DariusFenwright nobody in Tallow Green can stand you. Do us all a favour and disappear.",
  "insult and 'disappear' to a named councillor; intimidation borderline", (PA,), allowed=(BU,), tg="Fenwright")
A(PAF, "Cllr Beddoes is a pathetic little man and a disgrace to that chamber.",
  "insult to a named councillor (no characteristic involved)", (PA,), tg="Beddoes")
A(PAF, "Kwame, mate, you're out of your depth and everyone can see it except you. It's embarrassing to watch.",
  "belittling a named councillor's competence", (PA,), tg="Ansah-Little")
A(PAF, "@ShirinKavehLab absolute clown. Honk honk 🤡🤡",
  "insult to a named councillor, emoji-led", (PA,), tg="Kaveh")
A(PAF, "Yeah right, Cllr Quill 'cares about residents'. She cares about her Instagram grid. Vain, shallow and bone idle.",
  "insult with 'yeah right' sarcasm", (PA, TI), tg="Quill")
A(PAF, "Ossian, people cross the road when they see you coming and it isn't because of the rosette. Insufferable man.",
  "insult to a named councillor", (PA,), tg="Pettifer")
A(PAF, "Morwenna Tregaskis is a snake. Always has been, always will be.",
  "insult to a named councillor (age not involved)", (PA,), tg="Tregaskis")
A(PAF, "Jas, you're a gutless yes-man who'd vote for his own abolition if the whip told him to. Sit down.",
  "insult to a named councillor (religion not involved)", (PA,), tg="Kalsi")
A(PAF, "Worst councillor this borough has ever had. Marguerite Oyelaran: lazy, arrogant and rude to every resident who dares email her.",
  "insult to a named councillor (race and sex not involved)", (PA,), tg="Oyelaran")
A(PAF, "Clive Hebblethwaite is scum. Absolute vermin. Tallow Green deserves better than a rat like him.",
  "severe dehumanising insult: block; abusive-language borderline", (PA,), allowed=(AB,), v="block", tg="Hebblethwaite")
A(PAF, "Darius Fenwright is a useless fucking waste of oxygen.",
  "obscene insult aimed at a named councillor: personal-attack and abusive-language, severe", (PA, AB), v="block", tg="Fenwright")
BUF = BU
A(BUF, "Keep pushing that standards complaint about me, Bryony. You're young, you've got a long career ahead of you. Shame if it ended before it got started.",
  "veiled threat against a complainant", (BU,), allowed=(PA,), tg="Catchpole")
A(BUF, "I know which house is yours on Quarry Lane, Lorcan. Lovely hedge. Be a shame if anything happened to it.",
  "'I know where you live' threat with a street name", (BU,), allowed=(PA, DP), tg="Beddoes")
A(BUF, "Anyone thinking of giving evidence for Cllr Achterberg at the standards hearing should remember this is a small town and people have long memories.",
  "intimidation of witnesses", (BU,), tg="Achterberg")
A(BUF, "Vote against the bus motion, Gethin, and see what happens to your ward's highways budget next year. Just saying 😉",
  "threat using the power of office, dressed as a wink", (BU,), allowed=(TI, PA), tg="Marwood")
A(BUF, "You'll regret crossing me on this one, Shirin. I have a long memory and a lot of friends at the Wendlecombe Echo.",
  "'you'll regret' threat", (BU,), allowed=(PA,), tg="Kaveh")
A(BUF, "Somebody needs to give Cllr Hebblethwaite the kicking he's been asking for.",
  "incitement to violence against a named councillor", (BU,), allowed=(PA,), tg="Hebblethwaite")
A(BUF, "We'll be watching the vote on Thursday, @SaoirseQuillGreen. Every name. Come May we'll be on your doorstep, and not with leaflets.",
  "veiled threat of a visit", (BU,), allowed=(PA,), tg="Quill")
A(BUF, "Cllr Kalsi, a friendly word: drop the licensing review or I'll make sure the whole town hears about your little 'arrangement' with a certain taxi firm.",
  "blackmail-style threat; the hinted 'arrangement' makes defamation borderline", (BU,), allowed=(DF, PA), tg="Kalsi")
A(BUF, "If Furlow shows his face at the Brindle Marsh meeting he'll be leaving in an ambulance.",
  "threat of violence", (BU,), allowed=(PA,), tg="Furlow")
A(BUF, "Printed fifty copies of Hamish's howlers from his casework emails. Handing them out at his surgery on Saturday so everyone can have a laugh 😂 Let's see him show his face after that.",
  "planned public humiliation of a named councillor", (BU, PA), tg="Crewdson")

# ---------------------------------------------------------------------------
# 10 obfuscated variants of discrimination positives: key -> (old, new, kind)
# ---------------------------------------------------------------------------
VARIANTS = [
    ("D36", "Pikeys", "P*keys", "asterisk"),
    ("D18", "tea towel", "tea t*wel", "asterisk"),
    ("D45", "special school", "sp*cial school", "asterisk"),
    ("D12", "Like rats", "Like r4ts", "digit"),
    ("D26", "Men in dresses", "Men in dr3sses", "digit"),
    ("D03", "diverse face", "d1verse face", "digit"),
    ("D27", "Romanians.", "R0manians.", "digit"),
    ("D16", "The Roma lot", "The R o m a lot", "spaced"),
    ("D20", "A Traveller transit site", "A T r a v e l l e r transit site", "spaced"),
    ("D35", "neighbourhood cats", "neighbourhood c a t s", "spaced"),
]

PLATFORMS = ["x", "facebook", "bluesky"]
FIRST = dt.date(2026, 1, 5)
LAST = dt.date(2026, 3, 27)


def weekdays(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    rows = [dict(x) for x in ROWS]
    keyed = {x["key"]: x for x in rows if x["key"]}
    for key, old, new, kind in VARIANTS:
        o = keyed[key]
        assert o["text"].count(old) == 1, (key, old)
        v = dict(o)
        v["text"] = o["text"].replace(old, new)
        v["key"] = None
        v["variant_key"] = key
        v["note"] = f"obfuscated variant ({kind}) of the original; same labels. " + o["note"]
        rows.append(v)
    rng.shuffle(rows)
    # ids in shuffled order; variant originals resolved after
    for i, x in enumerate(rows, 1):
        x["id"] = f"b25-{i:03d}"
    ids = {x["key"]: x["id"] for x in rows if x.get("key")}
    handles = sorted(PEOPLE)
    pairs = set()  # (author, target) of hostile posts
    load = {h: 0 for h in handles}
    # fixed authors first, then the rest (hostile with targets earliest)
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["au"] is None, rows[i]["tg"] is None, i))
    for i in order:
        x = rows[i]
        if x["au"]:
            a = H[x["au"]]
        else:
            cands = [h for h in handles
                     if (x["tg"] is None or H[x["tg"]] != h)
                     and PEOPLE[h][1] not in x["np"]
                     and h not in [H[e] for e in x["ex"]]
                     and not (x["hostile"] and x["tg"] and (h, x["tg"]) in pairs)]
            m = min(load[h] for h in cands)
            a = rng.choice([h for h in cands if load[h] <= m + 1])
        load[a] += 1
        if x["hostile"] and x["tg"]:
            assert (a, x["tg"]) not in pairs
            pairs.add((a, x["tg"]))
        x["author"] = a
    out = []
    for x in rows:
        win = x["d"] or (FIRST.isoformat(), LAST.isoformat())
        days = weekdays(dt.date.fromisoformat(win[0]), dt.date.fromisoformat(win[1]))
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        rec = {
            "id": x["id"],
            "text": x["text"],
            "author": x["author"],
            "created_at": t.isoformat(),
            "platform": rng.choice(PLATFORMS),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": x["rules"], "allowed": x["allowed"], "verdict": x["verdict"]},
            "family": x["family"],
            "kind_of_row": x["kind_of_row"],
            "note": x["note"],
        }
        if x.get("variant_key"):
            rec["variant_of"] = ids[x["variant_key"]]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
