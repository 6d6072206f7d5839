#!/usr/bin/env python3
"""Blind set b27 (Borough of Harrowdene): hand-written rows and a deterministic builder.

Run `python3 build.py` to (re)write posts.jsonl. The seed is fixed, so the output
is the same on every run.
"""
import datetime as dt
import json
import random
import re

SEED = 2727

EQ = "equality.discrimination"
PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
HN = "hard_negative"

CHAR = {"age": "age", "dis": "disability", "gr": "gender reassignment",
        "mcp": "marriage and civil partnership", "preg": "pregnancy and maternity",
        "race": "race", "grt": "race (Gypsy, Roma and Traveller)", "rel": "religion or belief",
        "sex": "sex", "so": "sexual orientation"}

# councillor handle -> (name, party)
COUNCILLORS = {
    "@MargeryThewlis": ("Margery Thewlis", "Lab"),
    "@KwameAnsahLab": ("Kwame Ansah-Boateng", "Lab"),
    "@SiobhanRourkeH": ("Siobhan Rourke", "Lab"),
    "@TariqHafeezLab": ("Tariq Hafeez", "Lab"),
    "@DeniseHollinrake": ("Denise Hollinrake", "Lab"),
    "@CllrOwenPilbeam": ("Owen Pilbeam", "Lab"),
    "@MayorLornaF": ("Lorna Fairclough", "Lab"),
    "@JaspreetDhillonK": ("Jaspreet Kaur Dhillon", "Lab"),
    "@CallumFerriday": ("Callum Ferriday", "Lab"),
    "@DomOyelaranLab": ("Dominic Oyelaran", "Lab"),
    "@GordonAckroydCon": ("Gordon Ackroyd", "Con"),
    "@PhilippaStansCon": ("Philippa Stansfield", "Con"),
    "@BarryEntwistle": ("Barry Entwistle", "Con"),
    "@NadiaKowalczykC": ("Nadia Kowalczyk", "Con"),
    "@BernieQuayleCon": ("Bernadette Quayle", "Con"),
    "@RhysOpenshawRUK": ("Rhys Openshaw", "Ref"),
    "@SharonDuckReform": ("Sharon Duckworth", "Ref"),
    "@EllisMarchbankLD": ("Ellis Marchbank", "LD"),
    "@FaridaBhattiLD": ("Farida Bhatti", "LD"),
    "@RowanGreenhalgh": ("Rowan Greenhalgh", "Grn"),
    "@TerryHalsteadInd": ("Terry Halstead", "Ind"),
    "@GwenAshurstHI": ("Gwen Ashurst", "HI"),
}
# roles that point at a person: a post naming the role is never written by that person
ROLE_HOLDERS = {
    "the leader": "@MargeryThewlis", "the mayor": "@MayorLornaF", "our mayor": "@MayorLornaF",
    "chair of planning": "@CllrOwenPilbeam", "housing portfolio": "@SiobhanRourkeH",
}

ROWS = []


def R(text, fam, rules=(), allowed=(), verdict="ok", note="", c=None, author=None,
      notp=(), d=None, tag=None, avoid=()):
    ROWS.append(dict(text=text, family=fam, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, c=c, author=author, notp=list(notp),
                     d=d, tag=tag, avoid=list(avoid)))


def E(text, note, c, extra=(), allowed=(), verdict="block", tag=None, **kw):
    R(text, EQ, [EQ] + list(extra), allowed, verdict, note, c=c, tag=tag, **kw)


def G(text, note, c, allowed=(), **kw):
    """hard negative that mentions a protected group without attacking it"""
    R(text, HN, [], allowed, "ok", note, c=c, **kw)


def N(text, note, allowed=(), **kw):
    """hard negative: robust but civil criticism, banter"""
    R(text, HN, [], allowed, "ok", note, **kw)


# ---------------------------------------------------------------------------
# equality.discrimination positives: explicit
# ---------------------------------------------------------------------------
E("Harrowdene doesn't need another mosque. It needs fewer Muslims, full stop.",
  "explicit: wants fewer members of a religious group in the borough", "rel", tag="eq_mosque")
E("Travellers are thieves, and everyone on Moorside Lane knows it. Close the site.",
  "explicit: brands Travellers as a group as thieves", "grt", tag="eq_thieves")
E("Women just don't have the temperament for the finance brief. Never have, never will.",
  "explicit: women unfit for a role because of sex", "sex")
E("A bloke in a frock is still a bloke, and he won't be using the women's changing rooms at Kettlebrook Baths while I'm on this council.",
  "explicit: misgenders trans women and says they should be excluded from facilities", "gr")
E("Gay couples shouldn't be fostering Harrowdene's children. Kids need a mum and a dad, not an experiment.",
  "explicit normative exclusion of gay couples from fostering", "so")
E("Over-75s shouldn't get a say on the Town Centre Plan. They won't be around to live with it.",
  "explicit: older people should be excluded from a say because of age", "age")
E("Cllr Hafeez will always put his mosque before Harrowdene. That's what his lot do.",
  "aimed at an individual for his religion; 'his lot' generalises", "rel", allowed=[PA])
E("The Poles came, took the jobs at Pellow's warehouse and sent every penny home. Enough is enough.",
  "explicit nationality stereotype", "race")
E("Disabled people are a drain on this council's budget and the sooner cabinet says it out loud the better.",
  "explicit: disabled people as a drain", "dis")
E("No pregnant woman should be put up for a cabinet post. She'll be off for a year and the rest of us carry her.",
  "explicit exclusion on pregnancy", "preg")
E("Black lads from Kettlebrook are the reason nobody shops on Ropewalk Street after dark. Say it or don't, it's still true.",
  "explicit racial blame for crime/fear", "race")
E("Roma families bring crime with them. Ask any council that's taken them in.",
  "explicit: Roma as criminal", "grt", tag="eq_roma")
E("Follow the money on the Market Hall deal and you'll find the same Jewish families who own half the North West. Always the same ones.",
  "explicit antisemitic money/control trope", "rel")
E("Hindus, Sikhs, whatever, they all stick to their own and won't integrate, so why should council tax pay for their festivals?",
  "explicit: religious groups as refusing to integrate, undeserving", "rel")
E("People living together unmarried, or in these 'civil partnerships', have no business lecturing this chamber on family policy.",
  "explicit: demeans unmarried and civil-partnered people as unfit to speak", "mcp")
E("Trans people are mentally ill and shouldn't be allowed anywhere near our schools.",
  "explicit: trans people as mentally ill and to be excluded", "gr", tag="eq_trans_ill")
E("Gordon Ackroyd is 79 and it shows. He belongs on a dementia ward, not in the council chamber.",
  "individual attacked for his age, demeaning", "age", extra=[PA], verdict="block")
E("Cllr Dhillon was only picked because she ticks two boxes: brown and female.",
  "individual demeaned for race and sex", "race", allowed=[PA])
E("Asylum seekers are rapists in waiting and I won't pretend otherwise to keep the woke lot happy.",
  "explicit: dehumanising claim about asylum seekers (nationality/ethnic origin)", "race", tag="eq_asylum")
E("Rowan Greenhalgh can call themselves whatever they want. What they need is therapy, not a seat on scrutiny.",
  "individual (non-binary councillor) demeaned for gender identity; 'needs therapy'", "gr", extra=[PA])
E("Muslim men treat their women like property. Any councillor who says otherwise is kidding themselves.",
  "explicit religious stereotype", "rel", tag="eq_muslim_men")
E("Autistic people shouldn't be teaching in our schools. They can't read a room, never mind a class of thirty.",
  "explicit normative exclusion on disability", "dis")
E("Pakistanis in Birchcliffe vote however the imam tells them to. That's not democracy.",
  "explicit racial/religious stereotype", "race")
E("Irish Travellers don't pay tax, don't send their kids to school and don't belong in Ashworth Moor.",
  "explicit: GRT don't belong", "grt")
E("A lesbian couple on the front of the council's adoption leaflet. Sick. Normal families only, please.",
  "explicit: same-sex couples 'not normal', 'sick'", "so", tag="eq_lesbian")
E("Any woman who gets pregnant while she's a councillor should resign. Simple.",
  "explicit exclusion on pregnancy", "preg")
E("Under-30s are too wet behind the ears to sit on planning. Keep them off it.",
  "explicit exclusion on age", "age")
E("We don't want Africans in Stanridge East. Put them in the leafy wards with the councillors who voted for it.",
  "explicit racial exclusion", "race", tag="eq_africans")
E("Wheelchair users slow down every bus in the borough. Give them taxi vouchers and give the rest of us a service.",
  "explicit: disabled people as a nuisance to be removed from buses", "dis")
E("Catholics in the Labour group take their orders from Rome, not from the voters.",
  "explicit religious loyalty trope", "rel")
E("Atheists have no moral compass, which explains a lot about this cabinet.",
  "explicit: demeans non-believers (belief)", "rel")
E("Sikh taxi drivers shouldn't be licensed to drive girls home on their own at night, and I'll say it to the licensing team too.",
  "explicit exclusion on religion, implied sexual threat stereotype", "rel")
E("Cllr Marchbank and his 'husband' at the civic dinner again. Keep it at home, lads, nobody wants it in their face.",
  "individual mocked for sexual orientation and marriage", "so", allowed=[PA])
E("Our Mayor breastfeeding in the Mayor's Parlour is a disgrace. Feed the baby at home or step down.",
  "pregnancy and maternity: breastfeeding mother told to step down", "preg", avoid=["@MayorLornaF"])
E("If Cllr Kowalczyk loves Poland so much she can go back to Gdansk.",
  "individual told to 'go back' because of national origin", "race", allowed=[PA], tag="eq_goback")
E("People from the Middle East don't share British values and they never will.",
  "explicit ethnic/national stereotype", "race")
E("Deaf residents can read the minutes like everyone else. Paying BSL interpreters for every ward forum is pandering to them.",
  "demeans Deaf residents' access needs as 'pandering'", "dis")
E("Disabled bays outside the Market Hall are always full of blokes who can run for a bus. Blue badge scroungers, the lot of them.",
  "group of disabled badge holders smeared as scroungers", "dis", tag="eq_scroungers")

# ---------------------------------------------------------------------------
# equality.discrimination positives: implicit / coded
# ---------------------------------------------------------------------------
E("Funny how the allotment sheds in Ashworth Moor always get done over the week the caravans roll in. Just saying.",
  "coded: 'the caravans' = Travellers, insinuated criminality", "grt", tag="eq_caravans")
E("I'll be honest. Birchcliffe used to be a proper English neighbourhood. We all know what changed.",
  "coded racial dog whistle: 'we all know what changed'", "race")
E("Another 'community centre' on Cobden Mill Road with separate doors for men and women. We all know what it really is.",
  "coded: insinuation against a Muslim place of worship", "rel")
E("Cllr Dhillon's 'cultural' approach to procurement: family first, cousins second, contract to whoever's from the same village.",
  "individual smeared with ethnic nepotism stereotype", "race", allowed=[PA, DF])
E("Notice who's always first in the queue at the housing office? It's not people who were born here.",
  "coded: migrants jumping housing queue", "race")
E("Rainbow crossing outside St Aldhelm's Primary. Nothing against them personally, but do five-year-olds need that lifestyle in their faces?",
  "coded: gay people's 'lifestyle' unsuitable for children", "so")
E("If you need a lanyard to tell people whether you're a man or a woman, you shouldn't be representing anyone. Just saying, @RowanGreenhalgh.",
  "individual: gender identity makes them unfit to represent", "gr", allowed=[PA])
E("Harrowdene Central is turning into little Lahore. Walk down Ropewalk Street and tell me I'm wrong.",
  "coded racial 'replacement' framing", "race", tag="eq_lahore")
E("Cllr Ferriday does his best, but let's be realistic: a man who can't get up the town hall steps can't get on top of the housing backlog.",
  "individual judged unfit because of disability", "dis", allowed=[PA])
E("Maybe councillors on maternity leave shouldn't get a proxy vote on the budget. They've clearly got other priorities.",
  "exclusion on maternity, demeaning", "preg")
E("This is a Christian country. If the carols at the Market Hall bother you, you know where the airport is.",
  "coded: non-Christians should leave", "rel", tag="eq_airport")
E("Grandad politics. Anyone over 70 in the cabinet should be pensioned off before they do any more damage.",
  "exclusion on age", "age")
E("The 'new arrivals' on Gorsey Lane can't work out a wheelie bin. I'm not being racist, I'm being honest.",
  "coded racial stereotype with disclaimer", "race")
E("Strange how every fly-tip in Lumbrook is within a mile of the site. I'll leave that there.",
  "coded: 'the site' = Traveller site; insinuated criminality", "grt")
E("Ladies, the chamber isn't a coffee morning. Leave the big decisions to those of us who can keep our emotions out of it.",
  "demeaning sex stereotype: women emotional, unfit to decide", "sex")
E("It isn't 'Islamophobia' to notice that Birchcliffe went downhill the year the Jamia Masjid got its extension.",
  "coded blame of Muslims with pre-emptive denial", "rel")
E("Some cultures just don't value education. Look at Kettlebrook's GCSE results and ask yourself whose kids are dragging them down.",
  "coded racial stereotype ('some cultures')", "race")
E("Remember when Harrowdene spent its money on people who actually speak English?",
  "coded: demeans non-English-speaking (ethnic/national) residents", "race")
E("Harrowdene Labour: more bothered about halal school dinners than the people who built this town.",
  "dog whistle: Muslims not 'the people who built this town'", "rel", notp=["Lab"])
E("Wonder how many of Cllr Hafeez's 'constituents' actually live in this country, never mind the ward. Postal votes, anyone?",
  "coded racial postal-vote fraud trope about an individual's community", "race", allowed=[PA, DF])
E("Her 'wife'. Right then. 🙄 And this is who's chairing the children's panel? @PhilippaStansCon",
  "individual mocked for same-sex marriage, implied unfit around children", "so", allowed=[PA])
E("I'm sure the new Traveller liaison post will keep someone very busy. Counting the missing lawnmowers.",
  "coded criminality stereotype", "grt", allowed=[IR])
E("Some come to this country to work. Others come to Harrowdene for the housing list. We know which ones are on Sett Row.",
  "coded: a street's migrant residents as scroungers", "race")
E("Not sure someone who's 'transitioning' is who parents want running story time for under-fives at Lumbrook Library. Safeguarding first.",
  "coded: trans people as a safeguarding risk to children", "gr")
E("Cllr Bhatti covers her head in the chamber and then tells us she speaks for the women of Harrowdene. Pull the other one.",
  "individual demeaned for religious dress and sex", "rel", allowed=[PA])
E("Congratulations to Cllr Oyelaran on the cabinet job. Great to see merit finally reward... oh wait 😂 #DiversityHire",
  "individual: mock praise implying appointment due to race", "race", extra=[IR], allowed=[PA])
E("Eighty per cent of the complaints in my inbox about Birchcliffe are about one community. Draw your own conclusions.",
  "coded: 'one community' blamed", "race")
E("Whenever housing needs a clear head, @SiobhanRourkeH is down the Irish club. Says it all about her lot.",
  "individual: Irish drinking stereotype, 'her lot'", "race", allowed=[PA])
E("There's a reason the Greave Hollow foodbank queue looks the way it does these days, and it isn't the cost of living.",
  "coded racial insinuation", "race")
E("Give a certain community planning permission for one extension and watch the whole street turn into a family compound within five years.",
  "coded: 'a certain community'", "race")
E("Our borough, our values. If blocking the street for Eid prayers is 'our values', I must have missed the memo.",
  "coded: Muslims' worship as alien to 'our values'", "rel")
E("Six months' maternity leave from a councillor who's meant to be representing Lumbrook. Nice work if you can get it. Some of us didn't have babies on the taxpayer.",
  "pregnancy and maternity demeaned", "preg")
E("Tanner's Brow Hebrew Congregation got its security grant in record time. Wonder who they know. 🤔",
  "coded antisemitic 'influence' trope", "rel", tag="eq_hebrew")
E("You can always tell who's not from round here by the driving. Sett Row after Friday prayers is a death trap.",
  "coded religious/ethnic stereotype", "rel")
E("Harrowdene needs councillors with real-world experience, not 23-year-olds who've never paid a mortgage. Minimum age for candidates should be 30.",
  "normative exclusion on age", "age", avoid=["@CallumFerriday"])
E("Every cabinet job has gone to a woman or someone from 'a community'. Local white blokes need not apply, apparently.",
  "coded: appointees demeaned as token because of sex and race", "race")
E("Cllr Rourke's off again, third bump in four years. Lumbrook deserves a councillor, not a nursery.",
  "individual demeaned for pregnancy", "preg", allowed=[PA])

# ---------------------------------------------------------------------------
# hard negatives that mention protected groups without attacking them
# ---------------------------------------------------------------------------
G("Eid Mubarak to everyone celebrating in Birchcliffe and beyond 🌙", "festival greeting", "rel", d=("2026-03-19", "2026-03-20"))
G("Women deserve to feel safe on our streets. The Ropewalk Street lighting upgrade starts Monday.", "supportive normative", "sex")
G("We need more disabled people on this council, not fewer.", "supportive normative one-liner", "dis")
G("Trans people are welcome in Harrowdene. Full stop.", "solidarity one-liner", "gr")
G("As a gay man who grew up in Tanner's Brow in the 90s, I never thought I'd sit on this council. Yet here I am.", "own identity", "so", author="@EllisMarchbankLD")
G("Travellers should have the same access to GP registration as anyone else. Really pleased the outreach clinic at Moorside Lane is up and running.", "equal treatment, GRT", "grt")
G("The drainage at the Moorside Lane Traveller site has failed three winters running. Residents there pay rent and deserve pitches that don't flood. I've asked for a costed plan.", "civil policy debate about a Traveller site", "grt")
G("Birchcliffe Jamia Masjid has published its Friday parking plan: stewards on Hollin Bank, overflow in the school car park. Consultation open until 20 Feb. Have your say.", "neutral info on a mosque's parking plan", "rel", d=("2026-01-19", "2026-02-13"))
G("If Oakmere House closes, 34 older residents will need a new home. I'll be asking cabinet exactly how each of them will be supported through a move.", "care home closure, civil", "age")
G("Older people aren't a burden. They're the reason half our volunteer groups exist.", "counter-stereotype", "age")
G("Someone emailed me today: 'Travellers are all thieves'. No. Nobody gets written off because of the family they were born into. Reported.", "counter-speech quoting prejudice", "grt", allowed=[EQ])
G("Happy Lunar New Year to Harrowdene's Chinese community! Lion dance outside the Market Hall at noon 🐉", "festival", "race", d=("2026-02-16", "2026-02-17"))
G("Pregnant at budget council, baby due in April. Yes, I'll still be reading every line of the capital programme 🤰", "own pregnancy", "preg", author="@SiobhanRourkeH")
G("Shared parental leave for councillors should be a thing. Our standing orders are stuck in 1974.", "advocacy", "preg")
G("The council should publish its gender pay gap by grade, not just the headline figure.", "advocacy, sex", "sex")
G("Black history in Harrowdene isn't just for October. The cotton mill strike exhibition at Kettlebrook Library is brilliant, go and see it.", "celebratory", "race")
G("Holocaust Memorial Day. We remember the six million Jews murdered, and the Roma, disabled people, gay men and others killed by the Nazi state. Never again is now.", "commemoration", "rel", d=("2026-01-27", "2026-01-27"))
G("The interfaith iftar at Greave Hollow Gurdwara was one of the best evenings I've had as a councillor. Thank you to everyone who cooked.", "celebratory, religion", "rel", d=("2026-02-23", "2026-03-18"))
G("Autistic children in Harrowdene are waiting over two years for an assessment. That isn't acceptable and I'll keep saying so until it changes.", "advocacy for services", "dis")
G("Wheelchair users can't get into the new Stanridge East health hub without going round the back past the bins. That's a design failure, and it's fixable.", "access advocacy", "dis")
G("Deaf residents asked for BSL interpreters at ward forums. They were right. Booked from March.", "access, near miss to the 'pandering' positive", "dis")
G("I'm a Muslim, a mum and a Kettlebrook lass. None of those stop me reading a budget.", "own identity", "rel", author="@FaridaBhattiLD")
G("A man told me on the doorstep that 'they all stick together, those Asians'. I told him my surgery is open to everyone and so is this council. That's how it stays.", "counter-speech", "race", allowed=[EQ])
G("Polish Saturday school at St Aldhelm's now has 140 kids learning their grandparents' language. Brilliant visit this morning.", "celebratory, nationality", "race")
G("Immigration is a legitimate subject for debate. Blaming the family next door for the housing waiting list isn't.", "civil normative", "race")
G("The asylum hotel on Cobden Mill Road was a Home Office decision from start to finish. I want proper consultation for residents and proper support for the people housed there. Both.", "civil asylum debate", "race")
G("Trans women are women. Trans men are men. Non-binary people exist. Proud to vote for the inclusion policy.", "identity statement", "gr")
G("A few people have asked if I'll 'tone down' being bi now I'm a councillor. No.", "own identity", "so", author="@RowanGreenhalgh")
G("Seventy-nine and still doing three surgeries a week. Age is just a number. Mostly a knee problem, to be fair 😂", "own age, self-deprecating", "age", author="@GordonAckroydCon")
G("Girls' football in Lumbrook has tripled in two years. More floodlit pitches please, cabinet.", "advocacy, sex", "sex")
G("The Sikh community's langar at Greave Hollow fed 600 people on Sunday, no questions asked. Harrowdene at its best.", "celebratory", "rel")
G("Mental health is health. Great to see the Time to Talk stall at the Market Hall so busy today.", "disability (mental health) awareness", "dis", d=("2026-02-05", "2026-02-05"))
G("Roma families in Kettlebrook have been paying rogue landlords for damp flats. Selective licensing protects them too.", "advocacy, Roma", "grt")
G("'We all know why Birchcliffe is like that.' No, go on, say what you mean, then explain why a whole community should carry the blame for potholes. Shameful post on a local page today.", "counter-speech quoting a dog whistle", "race", allowed=[EQ])
G("Married, civil partnered, single, divorced: the register office at Harrowdene Town Hall is for everyone, and as of this week it's step-free.", "inclusive, marriage/cp + disability", "mcp")
G("Ten years married on Saturday. My husband says the council still owes us a decent bench in Hollin Park 💍", "own marriage", "so", author="@EllisMarchbankLD")
G("Pensioners in Tanner's Brow have had no bus to the hospital since the 47 was cut. Older people deserve a bus, not a leaflet about dial-a-ride.", "advocacy, age", "age")
G("Disabled people aren't 'vulnerable' by default. They're residents let down by services that weren't designed with them in mind. Language matters.", "advocacy", "dis")
G("Jewish residents in Tanner's Brow tell me they feel nervous walking to shul. That's on all of us to fix. Met Inspector Oldroyd about patrols this afternoon.", "safety advocacy", "rel")
G("Pride Harrowdene is on 13 June this year. Volunteers wanted! 🏳️‍🌈", "celebratory", "so")
G("A man shouting at women outside the Lumbrook clinic isn't free speech. It's harassment. Pleased the buffer zone is now in force.", "advocacy, sex/pregnancy", "sex")
G("Our women's refuge needs more than a press release. It needs £180k a year and a ten-year lease.", "advocacy, robust", "sex")
G("School attendance among Traveller children at Moorside Lane is 40%. The answer is a dedicated education liaison worker, not a lecture.", "civil policy on GRT", "grt")
G("The Moorside Lane site warden's post has been vacant since September. Travellers there are left ringing a switchboard. Fill it.", "criticism of council on GRT services", "grt")
G("Ramadan Mubarak to all our Muslim residents. Wishing you a peaceful month.", "festival", "rel", d=("2026-02-18", "2026-02-20"))
G("Christian, Muslim, Hindu, Sikh, Jewish, no faith at all: Harrowdene's foodbank volunteers are all of the above.", "inclusive", "rel")
G("As a wheelchair user, I can tell you the town hall lift has been broken for 11 days. Cabinet members have legs. I need the lift.", "own disability, robust", "dis", author="@CallumFerriday")
G("'Breastfeeding welcome' signs are now up in every council building. Small thing, big difference.", "maternity support, near miss to the Mayor positive", "preg")
G("Young people deserve a seat at the table. The youth council gets a standing item at full council from April.", "age, supportive", "age")
G("The carers' assessment backlog mostly hurts women in their fifties juggling jobs and elderly parents. Let's say that honestly.", "sex/age, civil", "sex")
G("'Go back where you came from,' said the man at my door. I came from Kettlebrook Maternity Unit, 1981. Sorry to disappoint.", "counter-speech, own identity", "race", allowed=[EQ], author="@DomOyelaranLab")
G("Nobody should be turned down for a tenancy because they're pregnant. Landlords on our accreditation scheme, take note.", "equal treatment", "preg")
G("Harrowdene's Bangladeshi community grew by 30% over the last census decade. Services should plan for it, starting with interpreters at the maternity unit.", "news-like, services", "race")
G("Racism in grassroots football is real. Well done Greave Hollow Juniors for walking off and reporting it.", "anti-racism", "race")
G("Can we stop pretending older staff can't learn new systems? Most of the libraries' digital champions are over 65.", "counter-stereotype, age", "age")
G("The LGBT History Month display in the Town Hall foyer is excellent. Pop in if you're passing.", "celebratory", "so", d=("2026-02-02", "2026-02-27"))
G("The mosque's plan for a second car park entrance on Hollin Bank has real pros and cons. I've had emails both ways and I'm reading every one.", "civil, open-minded debate on a mosque plan", "rel")
G("Inspector Oldroyd confirms two arrests after the homophobic attack outside the Crown on Sett Row. Thank you to the witnesses who came forward.", "news: hate crime report", "so")
G("Every takeaway on Sett Row scored a 5 for food hygiene this year, the Chinese ones included. Just putting that out there after last week's nonsense.", "counter-speech, near miss to a stereotype", "race")
G("Men's mental health matters. The Shed in Lumbrook is open Tuesdays: have a brew, fix a chair, have a natter.", "men, mental health", "sex")
G("Dementia-friendly screenings at the Harrowdene Picturehouse start Thursday. Lights up a bit, sound down a bit, nobody tuts.", "age/disability", "dis")
G("For four years I was the only woman on planning. Good to see five of us on it now.", "own identity, sex", "sex", author="@BernieQuayleCon")
G("The Catholic primary in Stanridge East needs its roof fixing. The diocese and the council need to stop playing pass the parcel.", "religion mentioned, robust criticism", "rel")
G("Someone asked whether a councillor in a hijab 'can be impartial'. Cllr Bhatti has chaired licensing impartially for six years. Next question.", "counter-speech, defends colleague", "rel", allowed=[EQ])
G("Travellers are welcome at Ashworth Moor Fair, same as every year.", "welcome one-liner", "grt")
G("We need more Black and Asian foster carers in Harrowdene. If that could be you, the information evening is on 12 Feb.", "supportive recruitment", "race", d=("2026-01-20", "2026-02-11"))
G("I'm 24. I pay rent, I work, I sit on planning. Young councillors aren't a novelty act.", "own age", "age", author="@CallumFerriday")
G("A woman on the 47 was told to 'take that thing off her head'. The driver stopped the bus and stepped in. Thank you, driver. That's the Harrowdene I know.", "counter-speech, religion", "rel", allowed=[EQ])
G("Yes, I'm a Christian. No, that doesn't mean I vote how my vicar tells me, any more than my Muslim colleagues vote how an imam tells them. We answer to residents.", "rebuts a trope", "rel", allowed=[EQ], author="@PhilippaStansCon")
G("The equality impact assessment on the library closures runs to four pages and says 'no impact' on older and disabled people. I don't believe it and I've asked for a full one.", "advocacy", "dis")
G("Menopause policy for council staff finally approved. Took long enough.", "sex/age", "sex")
G("Every child in Harrowdene deserves a school place near home, whatever their faith, or none.", "equal treatment", "rel")
G("Happy Holi from Kettlebrook! Hollin Park covered in colour and not a single complaint in my inbox 🎨", "festival", "rel", d=("2026-03-03", "2026-03-04"))
G("St Patrick's Day parade down Ropewalk Street. The Irish have been part of Harrowdene for two hundred years. Sláinte! ☘️", "celebratory, national origin", "race", d=("2026-03-17", "2026-03-17"))
G("Gay, lesbian, bi, trans: you should be able to hold hands on Ropewalk Street without checking over your shoulder.", "solidarity", "so")
G("Pregnant women in Greave Hollow travel 40 minutes for antenatal appointments. We need the midwife clinic back in the health centre.", "maternity services", "preg")
G("Cutting the interpreting budget cuts Deaf and disabled residents out of consultations. Reverse it.", "advocacy", "dis")
G("Hate crime reports in Harrowdene rose 18% last year, police figures out today. Religious hate crime rose most. Please report it. It matters.", "news: statistics", "rel")
G("Standing room only at Lumbrook Library for the talk on the Windrush generation and the mills. Fascinating evening.", "celebratory history", "race")
G("The Moorside Lane Traveller site needs a weekly bin collection like every other street in the borough. It's not complicated.", "equal services for GRT", "grt")
G("Single parents, mostly mums if we're honest, are hit hardest by the nursery fee rise. Cabinet should think again.", "sex/maternity advocacy", "sex")
G("Councillors with caring responsibilities need hybrid meetings. It's 2026.", "advocacy", "sex")
G("There's nothing 'brave' about a man in a wheelchair doing his big shop. It's just Tuesday. Less inspiration porn, please, local press.", "own disability, counter-stereotype", "dis", author="@CallumFerriday")
G("The mandir's open day on Saturday was brilliant. Thank you for the samosas, and for your patience with all my questions.", "celebratory, Hindu", "rel")
G("People seeking asylum in Harrowdene aren't allowed to work while they wait. That's national policy and it's wrong. Let them work.", "advocacy", "race")
G("A few messages asking why I wear a turban in the chamber. Short answer: I'm Sikh. Long answer: come to the gurdwara, the chai is excellent.", "own identity", "rel", author="@JaspreetDhillonK")
G("We should be recruiting older apprentices. People changing career at 50 are a huge untapped pool.", "age, supportive", "age")
G("Blaming 'the Polish lot' for the state of Gorsey Lane is lazy. The bins were missed for three weeks by our contractor. Facts matter.", "counter-speech quoting prejudice", "race", allowed=[EQ])
G("Disabled Facilities Grants are taking 14 months. Wheelchair users are sleeping on sofas downstairs. Cabinet, this one is on us.", "advocacy, robust", "dis")
G("Women are 52% of Harrowdene and 31% of this council. Stand in May.", "sex, encouraging", "sex")
G("Faith groups run 40% of the borough's youth provision. Cutting their grants is cutting kids' services.", "religion, civil", "rel")
G("The wall of the Jewish cemetery on Gorsey Lane has been rebuilt after the storm. Thank you to the volunteers who helped.", "news, religion", "rel")
G("From my inbox today: 'keep the gays out of our schools'. My reply: LGBT+ staff have taught in Harrowdene for as long as there have been schools. They're staying.", "counter-speech quoting prejudice", "so", allowed=[EQ])
G("Respect to the three young Muslim lads who cleared the snow from the pensioners' bungalows on Hollin Bank. No fuss, no cameras.", "praise mentioning religion and age", "rel", d=("2026-01-05", "2026-01-23"))
G("Mixed-sex couples have been able to have civil partnerships since 2019. The council's marriage leaflet still says otherwise. Getting it fixed.", "marriage/cp, accuracy", "mcp")
G("Travellers, like anyone else, can apply for a transit pitch on the council website.", "neutral, GRT", "grt")
G("Only atheist in our group, so I've sat through a lot of prayers before council. I don't mind. Tradition, and I get to count the ceiling tiles.", "own belief, light", "rel")
G("Harrowdene General's maternity unit must stay open. Every mum deserves to give birth within twenty minutes of home.", "maternity, strong 'must'", "preg")
G("Non-binary young people at Kettlebrook Youth Club asked for a gender-neutral loo. Done. A sign and a screwdriver.", "gender identity, supportive", "gr")
G("Ukrainian families who arrived in 2022 are now running three businesses on Ropewalk Street. Welcome home.", "celebratory, nationality", "race")
G("Someone sprayed a swastika on the bus shelter at Tanner's Brow overnight. Reported, and it'll be gone by lunch. Hate doesn't get to stay.", "news: hate incident, condemnation", "rel")
G("Older residents aren't 'digitally excluded' by choice. Keep the cash option at the leisure centres.", "age advocacy", "age")
G("Honestly, Birchcliffe's Muslim community has done more for Birchcliffe Park than the council has in a decade. Monthly litter picks, every month, without fail.", "praise, near miss to 'one community' positives", "rel")
G("Christians Against Poverty do superb debt advice in Lumbrook. Referred two residents there this week.", "religion, neutral praise", "rel")
G("The way some people talk about Travellers online is disgusting. 'Vermin', 'parasites', I've seen it all this week. Write that about your neighbours and expect a call from the police.", "counter-speech quoting dehumanising words", "grt", allowed=[EQ, AL])
G("Happy Mothering Sunday for this weekend to all the mums, and a gentle thought for everyone for whom it's a hard day.", "maternity", "preg", d=("2026-03-12", "2026-03-13"))
G("Dads deserve baby-changing facilities too. The Market Hall's only baby change is in the ladies'. Sorting it.", "sex/parenthood", "sex")
G("Jaspreet's speech about the Sikh soldiers of the Great War left the whole room silent. Proud to serve alongside her.", "praise of a colleague mentioning religion", "rel")
G("International Women's Day. To the women of Harrowdene who run the foodbanks, the mills' heritage trust and half the sports clubs: thank you.", "celebratory, sex", "sex", d=("2026-03-06", "2026-03-09"))
G("Gypsy and Traveller families on Moorside Lane have the same right to a safe play area as kids anywhere else in the borough.", "equal treatment", "grt")
G("Women in their sixties who lost their state pension at 60 deserve compensation. Proud to back the Harrowdene WASPI group.", "age/sex advocacy", "age")
G("Two same-sex weddings at the Town Hall this Saturday. Congratulations to both couples! 💐", "celebratory", "so")
G("Proud to be a Black councillor in a town that elected me three times. Proud to be Harrowdene's, full stop.", "own identity", "race", author="@KwameAnsahLab")

# ---------------------------------------------------------------------------
# hard negatives: robust but civil criticism, banter
# ---------------------------------------------------------------------------
N("The decision to close Kettlebrook Baths is disgraceful, and the cabinet should be ashamed of it.", "strong words at a decision and the cabinet", notp=["Lab"])
N("This budget is a mess. £4m of 'efficiencies' with no detail isn't a plan, it's a wish list.", "criticism of budget", notp=["Lab"])
N("Labour's parking charges are a tax on the high street. Scrap them.", "party policy criticism", notp=["Lab"])
N("The bin contract with Mereside Waste has been a disaster from week one. Time to look at the break clauses.", "criticism of contract, no wrongdoing alleged")
N("I think the Leader is wrong on the Market Hall, badly wrong, and I'll say so at full council.", "disagreement with a person's position, civil", notp=["Lab"])
N("Cllr Entwistle's pothole motion is populist nonsense that doesn't add up. Happy to debate him on the numbers any time.", "attacks the motion, not the man", allowed=[PA])
N("Reform's plan to scrap the climate emergency declaration is short-sighted and will cost us more in the long run.", "party policy", notp=["Ref"])
N("The Tories had fourteen years to fix social care. Spare us the lectures.", "party criticism", notp=["Con"])
N("Resign, Owen. The planning backlog has doubled on your watch.", "resignation call on record", allowed=[PA])
N("Another consultation, another shrug. This council isn't listening and residents know it.", "criticism of council")
N("The new bins app is a killer app. Kills your patience, mainly. Crashed four times this morning.", "idiom 'killer app'")
N("The Lib Dems have voted both ways on the Lumbrook bypass. Pick a side.", "party criticism", notp=["LD"])
N("Cutting gritting routes in January is an idiotic decision. Who signed this off?", "'idiotic decision' aimed at decision", d=("2026-01-05", "2026-01-30"))
N("Daylight robbery: a 9% rise in allotment fees for a tap that doesn't work.", "idiom 'daylight robbery' about fees")
N("The Greens' transport plan is fantasy economics. Nice drawings, no money behind them.", "party policy", notp=["Grn"])
N("I'm voting against this budget. It cuts youth services to the bone and calls it reform.", "vote intention on budget (not quasi-judicial)")
N("Council tax up 4.99% and the roads are still a scrapheap. Residents deserve better value than this.", "criticism")
N("The cabinet's handling of the Oakmere House consultation has been shambolic. Families found out from the Harrowdene Echo.", "criticism of process", notp=["Lab"])
N("Cllr Ackroyd and I agree on almost nothing, but his amendment on street lighting was spot on. Credit where it's due.", "cross-party praise")
N("Harrowdene Independents promising to freeze council tax AND reopen every library. Show us the sums.", "party criticism", notp=["HI"])
N("A shameful day for local democracy: the scrutiny call-in rejected without any debate at all.", "strong words at a process")
N("We destroyed the Lib Dem table at the charity quiz last night. Never stood a chance 🏆", "banter 'destroyed'", notp=["LD"])
N("Labour's housing target is dead on arrival. No sites, no money, no plan.", "'dead on arrival' idiom", notp=["Lab"])
N("Absolutely gutted for Stanridge East. The library's gone, and no amount of spin changes that.", "criticism")
N("The Leader's statement dodged every question about the £2.3m overspend. Answer them.", "robust, civil", notp=["Lab"])
N("Cllr Thewlis has had two years to sort out SEND transport. It's still a mess. Her portfolio, her responsibility.", "names a person, criticises the record", allowed=[PA], notp=["Lab"])
N("The cabinet's case for the tram extension is thin, late and unconvincing. Vote it down.", "criticism of a proposal", notp=["Lab"])
N("Reform's councillors walked out of the budget debate. Stay and argue your case. That's the job.", "criticism of conduct, civil", notp=["Ref"])
N("The Conservative amendment would gut the hardship fund. I won't support it and I don't think any of us should.", "policy", notp=["Con"])
N("Brutal night for the Tories in the Lumbrook by-election. Voters have sent a message.", "'brutal' about an election", notp=["Con"])
N("This town centre strategy is dead in the water. Half the units on Ropewalk Street are empty.", "idiom")
N("Cutting the 47 bus subsidy is a betrayal of every pensioner in Tanner's Brow.", "strong word 'betrayal' about a decision")
N("Sick of hearing 'lessons will be learned'. They never are.", "frustration")
N("The Mayor's charity gala raised £12k. Brilliant. Now can we talk about the £40k on the civic car?", "criticism of spending; light sarcasm", allowed=[IR], avoid=["@MayorLornaF"])
N("Gordon, with respect, your group's figures on the leisure trust are wrong. Page 14 of the accounts says £1.1m, not £3m.", "correction without calling anyone a liar")
N("Scrutiny tore the housing strategy apart today. Deservedly.", "'tore apart' about a strategy")
N("Another Freedom of Information request sat on for four months. Not good enough, Harrowdene.", "criticism of council")
N("I'll fight this closure every step of the way. Petition link in bio.", "'fight' idiom")
N("A joke of a consultation: eleven days over Christmas for a plan that changes the town for thirty years.", "'joke' about a process", d=("2026-01-05", "2026-01-16"))
N("Calling the cabinet's climate plan 'ambitious' is generous. It's a press release with a bike rack.", "sarcasm about a plan, not a person", allowed=[IR], notp=["Lab"])
N("The leisure trust contract was a shocking waste of public money and I want the full costs published.", "strong words, no allegation of wrongdoing")
N("Our Kettlebrook choir absolutely murdered 'Jerusalem' at the civic service. In a good way.", "banter 'murdered'")

# ---------------------------------------------------------------------------
# respect.personal-attack
# ---------------------------------------------------------------------------
def P(text, note, extra=(), allowed=(), verdict="review", tag=None, **kw):
    R(text, PA, [PA] + list(extra), allowed, verdict, note, tag=tag, **kw)


P("@GordonAckroydCon you are a pompous, out-of-touch windbag, and everyone in that chamber knows it.", "insult at handle")
P("Cllr Duckworth couldn't find her own ward with a satnav and a search party.", "belittling insult, no swearing")
P("Barry Entwistle is the thickest man ever to sit on this council, and that's a crowded field.", "insult", tag="pa_thick")
P("Honestly @RhysOpenshawRUK, is there anything between your ears apart from last week's leaflet?", "insult at handle, rhetorical")
P("Kwame's a spineless yes-man who'd sell his own ward for a seat at the Leader's elbow.", "insult, first name")
P("Listening to Cllr Marchbank speak is like being waterboarded with magnolia paint.", "idiomatic insult")
P("Sharon, you are a clown. Full red nose, big shoes, the lot.", "insult 'you'", tag="pa_clown")
P("Cllr Pilbeam is a pathetic little man and always has been.", "insult")
P("The Leader is a sanctimonious bore who wouldn't know a pothole if she fell down one.", "insult at role-holder", avoid=["@MargeryThewlis"])
P("What a vile, nasty piece of work @PhilippaStansCon is. The way she spoke to that resident in committee was a disgrace.", "severe-ish insult; arguably block")
P("Terry Halstead: ego the size of the Town Hall, brain the size of a parking meter.", "insult")
P("Oh look, Cllr Openshaw has an opinion. Alert the press. Such dazzling insight as always, Rhys 🙄", "mock praise insult", extra=[IR])
P("Gwen Ashurst is a waste of a council seat and a waste of oxygen.", "severe, dehumanising ('waste of oxygen')", verdict="block", tag="pa_oxygen")
P("Nadia, you're not clever, you're just loud. Learn the difference.", "insult 'you'")
P("@DomOyelaranLab you absolute muppet. Read the papers before you open your mouth.", "insult at handle")
P("Cllr Quayle is a snivelling coward who hides behind officers every time it gets hard.", "insult")
P("Ellis is a smug, two-faced little weasel.", "insult; 'two-faced' implies dishonesty", allowed=[DF])
P("Cllr Hollinrake is beneath contempt. Subhuman behaviour from a subhuman councillor.", "severe, dehumanising", verdict="block")
P("Siobhan couldn't run a bath, never mind a housing department.", "belittling")
P("Bless Cllr Duckworth, trying her best with the big numbers again. Maybe ask a grown-up to help next time x", "condescending mock sympathy", extra=[IR])
P("The chair of planning is an arrogant prat who treats residents like dirt.", "insult at role-holder (a councillor)", avoid=["@CllrOwenPilbeam"])
P("@TariqHafeezLab grow a backbone, you jellyfish.", "insult at handle")
P("Cllr Greenhalgh is a sneering, self-righteous little prig. Nobody can stand you, Rowan.", "insult")
P("Heather Lomax is utterly useless as Head of Planning and should be embarrassed to draw a salary.", "insult at a named officer", extra=[OF])
P("Mark Dyson, the so-called liaison officer, is a clueless jobsworth.", "insult at a named officer", extra=[OF], tag="pa_jobsworth")
P("Margery Thewlis is a disgrace of a human being.", "insult at the person, not the record")

# ---------------------------------------------------------------------------
# bullying.intimidation
# ---------------------------------------------------------------------------
def B(text, note, extra=(), allowed=(PA,), tag=None, **kw):
    R(text, BU, [BU] + list(extra), list(allowed), "block", note, tag=tag, **kw)


B("@BarryEntwistle keep talking, pal. I know which pub you drink in on a Friday and I'm sure we'll bump into each other.", "veiled threat", tag="bu_pub")
B("Cllr Duckworth should think very carefully before she votes on Thursday. People round here have long memories, and some of them have vans.", "veiled threat")
B("To the resident who reported me to the Monitoring Officer: I know exactly who you are. Withdraw it, or everyone on Gorsey Lane will know too.", "threat against a complainant", allowed=[])
B("Owen, you'll regret crossing me on the licensing vote. That's not a threat, it's a forecast.", "'you'll regret'")
B("Nice house you've got on Hollin Bank, Cllr Openshaw. Be a shame if the whole ward found out what goes on in it.", "veiled threat, blackmail", allowed=[PA, DP])
B("Anyone who gives evidence against me at the standards hearing will find life in this town gets very difficult. You've been warned.", "threat against witnesses", allowed=[], tag="bu_witness")
B("I'm going to make Cllr Stansfield's life a misery until she resigns. Every meeting, every post, every single day.", "campaign of intimidation")
B("Kwame wants to watch his back. Not everyone in Kettlebrook is as forgiving as me.", "veiled threat")
B("Keep pushing, Nadia, and see what happens 😉", "veiled threat with a wink", allowed=[PA, IR])
B("Listen carefully @SiobhanRourkeH: one more word about my family in that chamber and you're finished in this borough. I'll see to it personally.", "explicit intimidation")
B("The officer who wrote that report had better hope I don't see her in the car park.", "threat at an officer", extra=[OF])
B("I've got a list of every councillor who voted for the Moorside Lane extension. Might pay each of them a little visit 🙂", "veiled threat to a group of councillors", allowed=[PA, IR])
B("To the lad who keeps emailing me about fly-tipping: I've got your address off the electoral roll and I'm coming round to discuss it in person. Bring your dad.", "threat to a resident", allowed=[DP])
B("Someone tell Cllr Hollinrake her kids' school is very easy to find. Just saying.", "veiled threat involving children", allowed=[PA, DP])
B("I'll be at Terry Halstead's surgery on Saturday with a few of the lads. We'll see how brave he is then.", "threat of physical confrontation")
B("Let's humiliate @GwenAshurstHI properly. Dig out her old Facebook photos and share them everywhere. Let's see her stand in May after that.", "organised humiliation")
B("Whoever went running to the Standards Committee about me: I will find you, and you'll wish you'd never taken a job at this council.", "threat to an unnamed complainant on staff", allowed=[OF])
B("Dominic, I've still got the screenshots. Vote the right way on Thursday and they stay on my phone.", "blackmail", tag="bu_screens")
B("Step down by Friday, Ellis, or I start ringing your employer. Your choice.", "intimidation")
B("Friendly word of advice, Tariq: councillors who embarrass me don't tend to get reselected. Or re-elected. Or much of anything, really.", "veiled threat", allowed=[PA, IR])

# ---------------------------------------------------------------------------
# defamation.allegation
# ---------------------------------------------------------------------------
def D(text, note, verdict, extra=(), allowed=(), tag=None, **kw):
    R(text, DF, [DF] + list(extra), list(allowed), verdict, note, tag=tag, **kw)


D("Cllr Pilbeam has been taking backhanders from Brindley & Vane Homes for years. How else did Gorsey Lane get through?", "bribery stated as fact", "block", allowed=[PA], tag="df_backhanders")
D("Barry Entwistle is a liar. Plain and simple.", "'liar'", "review", extra=[PA], tag="df_liar")
D("Gordon Ackroyd fiddled his expenses, and everyone on his own benches knows it.", "expenses fraud as fact", "block")
D("Mereside Waste are crooks who've been overcharging this council for years, and the Leader knows it.", "fraud by a company; leader complicit", "block", allowed=[PA], tag="df_crooks")
D("The Harrowdene Independents rigged the postal votes in Greave Hollow. Watch this space.", "electoral fraud as fact", "block", notp=["HI"])
D("Kwame Ansah-Boateng is cooking the books to hide the overspend.", "dishonesty idiom", "review")
D("Funny how Cllr Quayle's husband's firm landed the grounds maintenance contract. She's on the take, obviously.", "'on the take'", "review", allowed=[PA])
D("Pellow Construction bribed their way onto the framework. Everybody in the trade says so.", "company bribery as fact", "block")
D("Funny how Rhys Openshaw's brother-in-law keeps winning council contracts. Nice little earner.", "insinuated corruption", "review", allowed=[PA, IR])
D("Margery Thewlis lied to full council about the Market Hall costs, and she knows she did.", "dishonesty as fact", "review", allowed=[PA])
D("Tanpit Leisure Trust has been siphoning public money straight into its directors' pockets.", "embezzlement as fact", "block")
D("@TerryHalsteadInd is a fraud. He doesn't even live in the ward he represents.", "'fraud' + false residence", "block", extra=[PA])
D("Cllr Stansfield forged signatures on her nomination papers. I've seen them.", "forgery as fact", "block")
D("Sharon Duckworth pocketed the ward fund money that was meant for the Lumbrook Gala.", "theft as fact", "block", tag="df_pocketed")
D("Everyone knows Ellis Marchbank is in the developers' pocket. Follow the money.", "corruption idiom", "review")
D("Dodgy Denise strikes again: another contract for her mates at Mereside.", "corruption insinuation, nickname", "review", allowed=[PA])
D("The Chief Executive has been covering up asbestos at Kettlebrook Baths to protect his bonus.", "misconduct alleged against an officer", "review", extra=[OF])
D("Philippa Stansfield is a shameless liar and a hypocrite.", "'liar' with insult", "review", extra=[PA])
D("Owen Pilbeam's planning committee is bent. Every vote on it has been bought and paid for.", "bribery as fact", "block", allowed=[PA])
D("Nadia Kowalczyk claimed mileage for meetings she never went to. That's theft from taxpayers.", "theft/fraud as fact", "block")

# ---------------------------------------------------------------------------
# respect.abusive-language
# ---------------------------------------------------------------------------
def A(text, note, extra=(), allowed=(), verdict="review", tag=None, **kw):
    R(text, AL, [AL] + list(extra), list(allowed), verdict, note, tag=tag, **kw)


A("This fucking council can't even empty a bin on time.", "obscenity aimed at the council", tag="al_fucking")
A("Absolute shitshow of a budget meeting. Embarrassing for everyone involved.", "obscenity about a meeting")
A("Rhys Openshaw is a complete and utter twat.", "obscene insult at a person", extra=[PA], tag="al_twat")
A("Fuck Reform and fuck everything they stand for.", "obscenity at a party", allowed=[PA], notp=["Ref"])
A("Cllr Entwistle can shove his amendment up his arse.", "obscene, at a person", extra=[PA])
A("What a load of bollocks from the Leader today.", "obscene, at a role-holder's words", allowed=[PA], avoid=["@MargeryThewlis"])
A("Shut your stupid gob, Gwen.", "vulgar, at a person", extra=[PA])
A("Cllr Quayle is a sad, bitter old cow.", "degrading insult", extra=[PA], allowed=[EQ])
A("Piss off back to your golf club, Gordon.", "vulgar, at a person", extra=[PA])
A("Harrowdene planning department is full of shit and so are its decisions.", "obscenity at a department", allowed=[OF])
A("Sort your shite out, Harrowdene. Three weeks without a bin collection on Sett Row.", "obscenity at the council", tag="al_shite")
A("Kwame Ansah-Boateng is a fucking disgrace and a cunt.", "c-word, severe", extra=[PA], verdict="block", tag="al_cword")
A("Every last one of that cabinet is a shit-stirring arsehole.", "obscene insult at a group of people", extra=[PA])
A("Dominic Oyelaran, you spineless piece of shit.", "severe obscene insult", extra=[PA], verdict="block")
A("Get stuffed, Denise, and take your bollocks bin policy with you.", "vulgar, at a person", extra=[PA])

# ---------------------------------------------------------------------------
# obfuscated variants of positives: (tag of original, word, method)
# ---------------------------------------------------------------------------
VARIANTS = [
    ("eq_mosque", "Muslims", "zwsp"),
    ("eq_thieves", "thieves", "digit"),
    ("eq_trans_ill", "mentally ill", "spaced"),
    ("eq_lahore", "Lahore", "homoglyph"),
    ("eq_africans", "Africans", "star"),
    ("eq_caravans", "caravans", "homoglyph"),
    ("eq_roma", "Roma", "spaced"),
    ("pa_thick", "thickest", "star"),
    ("pa_clown", "clown", "digit"),
    ("al_fucking", "fucking", "star"),
    ("al_twat", "twat", "spaced"),
    ("al_cword", "cunt", "zwsp"),
    ("bu_pub", "bump", "zwsp"),
    ("df_liar", "liar", "digit"),
    ("df_crooks", "crooks", "homoglyph"),
]

DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"o": "\u043e", "a": "\u0430", "e": "\u0435", "i": "\u0456", "c": "\u0441"}


def obfuscate(word, method):
    if method == "star":
        for i, ch in enumerate(word):
            if i > 0 and ch.lower() in "aeiou":
                return word[:i] + "*" + word[i + 1:]
    if method == "digit":
        for i, ch in enumerate(word):
            if ch.lower() in DIGITS:
                return word[:i] + DIGITS[ch.lower()] + word[i + 1:]
    if method == "spaced":
        return " ".join(word)
    if method == "zwsp":
        m = len(word) // 2
        return word[:m] + "\u200b" + word[m:]
    if method == "homoglyph":
        for i, ch in enumerate(word):
            if ch in HOMO:
                return word[:i] + HOMO[ch] + word[i + 1:]
    raise ValueError((word, method))


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
# councillors whose own (publicly stated) identity is in a group: a post attacking that
# group is never given to them as author
IDENT = {
    "rel": ["@TariqHafeezLab", "@FaridaBhattiLD", "@JaspreetDhillonK"],
    "race": ["@KwameAnsahLab", "@DomOyelaranLab", "@JaspreetDhillonK", "@TariqHafeezLab",
             "@FaridaBhattiLD", "@NadiaKowalczykC", "@SiobhanRourkeH"],
    "gr": ["@RowanGreenhalgh"], "so": ["@EllisMarchbankLD", "@RowanGreenhalgh", "@PhilippaStansCon"],
    "dis": ["@CallumFerriday"], "age": ["@GordonAckroydCon", "@CallumFerriday"],
    "preg": ["@SiobhanRourkeH"], "mcp": ["@EllisMarchbankLD", "@PhilippaStansCon"],
}


def eligible_authors(row):
    low = row["text"].lower()
    out = []
    own = IDENT.get(row["c"], []) if row["family"] == EQ else []
    for h, (name, party) in COUNCILLORS.items():
        if h.lower() in low or h in row["avoid"] or party in row["notp"] or h in own:
            continue
        parts = re.split(r"[ -]", name)
        if any(re.search(r"\b" + re.escape(p.lower()) + r"\b", low) for p in parts if len(p) > 2):
            continue
        if any(r in low and ROLE_HOLDERS[r] == h for r in ROLE_HOLDERS):
            continue
        out.append(h)
    return out


def weekday_times(rng, start, end):
    d0 = dt.date.fromisoformat(start)
    d1 = dt.date.fromisoformat(end)
    days = [d0 + dt.timedelta(n) for n in range((d1 - d0).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    day = rng.choice(days)
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                    rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    by_tag = {r["tag"]: r for r in rows if r["tag"]}
    variants = []
    for tag, word, method in VARIANTS:
        orig = by_tag[tag]
        assert word in orig["text"], (tag, word)
        v = dict(orig)
        v["text"] = orig["text"].replace(word, obfuscate(word, method), 1)
        v["note"] = f"obfuscated variant ({method}: '{word}') of a positive; same labels. " + orig["note"]
        v["tag"] = None
        v["variant_of_tag"] = tag
        variants.append(v)
    rng.shuffle(rows)
    allrows = rows + variants
    ids = {}
    out = []
    for i, r in enumerate(rows):
        r["id"] = f"b27-{i + 1:03d}"
        if r["tag"]:
            ids[r["tag"]] = r
    n = len(rows)
    for j, v in enumerate(variants):
        v["id"] = f"b27-{n + j + 1:03d}"
    platforms = ["x", "facebook", "bluesky"]
    for r in allrows:
        if "variant_of_tag" in r:
            orig = ids[r["variant_of_tag"]]
            r["author"], r["platform"] = orig["author"], orig["platform"]
        else:
            if not r["author"]:
                r["author"] = rng.choice(eligible_authors(r))
            r["platform"] = rng.choice(platforms)
        start, end = r["d"] or ("2026-01-05", "2026-03-27")
        r["created_at"] = weekday_times(rng, start, end)
    for r in allrows:
        rec = {
            "id": r["id"], "text": r["text"], "author": r["author"], "created_at": r["created_at"],
            "platform": r["platform"], "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": "hard_negative" if r["family"] == HN else "positive",
            "note": r["note"],
        }
        if r["c"]:
            rec["characteristic"] = CHAR[r["c"]]
        if "variant_of_tag" in r:
            rec["variant_of"] = ids[r["variant_of_tag"]]["id"]
        out.append(rec)
    out.sort(key=lambda x: x["id"])
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
