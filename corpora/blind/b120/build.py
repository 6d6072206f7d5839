#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b120 (Cinderheath MBC).

Every text, label and note below was written by hand for this set by an
independent writer. This script only assigns authors, timestamps and
platforms, makes the six obfuscated variants, shuffles the rows with a fixed
seed and gives ids B120-0001 onward. Row keys written as [[p001]] in notes
become ids. Running it twice writes the same bytes.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B120"
SEED = 120120

ROWS = []

EQ = "equality.discrimination"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
OF = "officers.impartiality"
DF = "defamation.allegation"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"

CHARS = {
    "race", "religion or belief", "sex", "sexual orientation",
    "gender reassignment", "disability", "age", "pregnancy and maternity",
    "marriage and civil partnership",
}


# Councillors who share the characteristic a positive attacks are not drawn
# as its author (an attack on one's own group would read oddly); rows that
# attack women or men, the old or the young, name the side with not_by.
WOMEN = ["Carol Attwood", "Nasreen Akhtar", "Doreen Perks", "Priya Mistry",
         "Kelly Bott", "Marcia Campbell", "Bev Oakley", "Jo Darby",
         "Sharon Nock", "Hodan Warsame", "Ellie Hartill", "Annie Cheung",
         "Miriam Levene"]
MEN = ["Stuart Hingley", "Baljit Sandhu", "Roy Whitehouse", "Tony Fereday",
       "Neil Jukes", "Jason Cartwright", "Gary Plant", "Dariusz Kowal",
       "Liam Hackett", "Tariq Mahmood", "Owen Penn", "Gavin Tromans",
       "Levi Boswell", "Pat Hickinbottom", "Kev Baggott"]
OLDER = ["Pat Hickinbottom", "Doreen Perks", "Tony Fereday", "Gary Plant",
         "Neil Jukes", "Kev Baggott"]
YOUNGER = ["Ellie Hartill", "Liam Hackett"]
IDENTITY = {
    "race": ["Marcia Campbell", "Dariusz Kowal", "Hodan Warsame",
             "Annie Cheung", "Levi Boswell", "Baljit Sandhu",
             "Nasreen Akhtar", "Tariq Mahmood", "Priya Mistry"],
    "religion or belief": ["Baljit Sandhu", "Nasreen Akhtar",
                           "Tariq Mahmood", "Miriam Levene", "Priya Mistry"],
    "sexual orientation": ["Liam Hackett", "Bev Oakley"],
    "marriage and civil partnership": ["Bev Oakley"],
    "gender reassignment": ["Jo Darby"],
    "disability": ["Owen Penn", "Sharon Nock", "Gavin Tromans",
                   "Pat Hickinbottom"],
    "pregnancy and maternity": ["Kelly Bott"],
    "sex": [],
    "age": [],
}


def P(key, char, manner, text, rules=(), allowed=(), note="", author=None,
      date=None, platform=None, about=(), not_by=()):
    """A positive: an attack on people for a protected characteristic."""
    assert char in CHARS and manner in ("explicit", "coded"), key
    ROWS.append(dict(
        key=key, kind_of_row="positive", family=EQ,
        rules=[EQ, *rules], allowed=list(allowed),
        note=f"[{manner}; {char}] {note}".strip(), text=text.strip(),
        author=author, date=date, platform=platform,
        about=[*about, *IDENTITY[char], *not_by]))


def N(key, group, text, allowed=(), note="", author=None, date=None,
      platform=None, about=()):
    """A hard negative: must not be flagged; expects nothing."""
    assert group in range(1, 7), key
    ROWS.append(dict(
        key=key, kind_of_row="hard_negative", family="hard_negative",
        rules=[], allowed=list(allowed), note=f"HN{group} {note}".strip(),
        text=text.strip(), author=author, date=date, platform=platform,
        about=list(about)))


# ---------------------------------------------------------------- rows 1
# Positives: race (ethnicity, nationality, Gypsies and Travellers, Roma,
# migrants and refugees) and religion or belief.
P("p001", "race", "explicit", """
Stourgate Hotel's full again. Foreign blokes who'll never do a day's werk, fed and watered on our council tax, and they wonder why folk in Tanhouse Cross am angry. Send the lot back on the next boat.
""", note="Asylum seekers as idle and unwanted; 'send the lot back'. HN3 [[n063]] gives the same hotel's figures; HN1 [[n003]] attacks the Home Office's handling of it.")
P("p002", "race", "explicit", """
Gorse Lane site again. Pikeys bring nothing but muck and thieving wherever they park up, always have. Ask anybody in Hollier's End.
""", rules=[AB], note="'Pikeys' is a slur on Gypsies and Travellers; theft and dirt pinned on the whole group. Variant [[v1]]. HN2 [[n025]] is Levi Boswell reporting the same word shouted at him.")
P("p003", "race", "explicit", """
Levi Boswell on the licensing committee? Putting a Gypsy in charge of scrap metal licences is like putting the fox in charge of the hen house. Count yer spoons, Hollier's End.
""", rules=[PA], allowed=[DF], note="Theft trope at a Romany Gypsy councillor through his ethnicity. Defamation allowed for the implied dishonesty.")
P("p004", "race", "explicit", """
Walk down Cinderheath High Street and tell me this is still England. Half the shop signs ay even in English. Polish this, Romanian that, Kurdish the other. They've took over and nobody asked us.
""", note="National groups cast as invaders who have 'took over'. HN4 [[n122]] and [[n144]] mention the same communities warmly.")
P("p005", "race", "explicit", """
Marcia Campbell only got the opposition leader job because her party needed a Black face on the leaflets. Nothing to do with ability, ar kid.
""", rules=[PA], note="'Only got the job because...' at a Black councillor. HN2 [[n045]] is Marcia reporting the same line; HN6 [[n161]] criticises her group's budget record.")
P("p006", "race", "explicit", """
If the Romanians on Wrenshall Road want to live like animals, let 'em do it back home. Bins spilling everywhere, twelve to a house, mattresses dumped in the gully.
""", note="Dehumanising comparison for a nationality. HN1 [[n017]] and HN3 [[n067]] complain about conditions and vans without blaming a group.")
P("p007", "race", "explicit", """
Sick to death of Pakistani taxi firms getting every school transport contract. Give the werk to proper local lads for a change.
""", note="'Proper local lads' puts British Pakistani drivers outside the community. HN1 [[n012]] criticises the licensing policy 'whoever owns' the firms.")
P("p008", "race", "explicit", """
Chinese takeaway on Sawpit Green done for hygiene. Shock. They'll eat anything over there, no wonder they cor keep a kitchen clean.
""", note="One hygiene case turned into a stereotype of Chinese people. HN6 [[n172]] criticises the inspection backlog with no group in it.")
P("p009", "race", "explicit", """
Hodan Warsame came here as a refugee and now she wants to tell us how to spend our council tax. Should be grateful she was let in, not lecturing the people who paid for her.
""", rules=[PA], note="Refugee background used to deny a councillor her standing. HN4 [[n116]] is Hodan on the same history; HN2 [[n023]] her report of 'go back to Somalia'; HN6 [[n169]] criticises her climate record.")
P("p010", "race", "explicit", """
Goo back to Poland if yow love it so much, Dariusz Kowal. Nobody in Wrenshall voted for a foreigner to run the place, and plenty of us would happily help yow pack.
""", rules=[PA], allowed=[BU], note="'Go back to Poland' at a named councillor. 'Help yow pack' is a veiled push, so bullying is allowed rather than expected. HN4 [[n115]] is Dariusz on his roots; HN6 [[n171]] criticises his library figures.")
P("p011", "race", "explicit", """
Refugees are a plague on this borough. Every town they land in goes downhill, and Cinderheath is next.
""", note="Dehumanising comparison ('a plague'). Variant [[v6]] (caps). HN2 [[n031]] quotes the phrase to condemn it.")
P("p012", "race", "explicit", """
Somalis, the lot of 'em: khat, benefits and twelve kids. Tanhouse Cross used to be a decent place to live.
""", note="Stereotype of a national and ethnic group; decline blamed on them.")
P("p013", "race", "explicit", """
Irish Travellers don't pay tax, don't send their kids to school and expect the rest of us to clean up after them. Not on my watch.
""", note="Irish Travellers are an ethnic group under the Act. HN3 [[n075]] and [[n100]] answer the tax and school myths with figures.")
P("p014", "race", "explicit", """
Black lads in hoods outside the offie on Crane Street again. Everybody knows what they're selling.
""", note="Links young Black men to drug dealing; their colour is the only ground given.")
P("p015", "race", "explicit", """
Shouldn't be allowed: council houses going to families who've been here five minutes while Black Country born and bred wait ten years. British homes for British people.
""", note="Calls for allocation by nationality. HN3 [[n068]] corrects the allocation myth in civil terms.")
P("p016", "race", "explicit", """
Eastern Europeans undercut every builder in the borough and live on beans in a shed. Ban 'em from the council's framework contracts, simple.
""", note="Stereotype plus a call to shut a national group out of council contracts. HN3 [[n081]] on the same workers.")
P("p017", "race", "explicit", """
Roma beggars outside Pricewise on the High Street again. Same gang, same van drops 'em off every morning. Move 'em on and keep 'em moving.
""", note="Roma named and cast as an organised gang.")
P("p018", "race", "explicit", """
Yow cor trust an Indian shopkeeper with your change. Learned that years ago and never been proved wrong.
""", note="Dishonesty stereotype about an ethnic group.")
P("p020", "race", "explicit", """
Asylum seekers get phones, hotel rooms and three hot meals a day. Our veterans get a sleeping bag in a doorway. Foreign scroungers first, every time, in this country.
""", note="'Foreign scroungers' at asylum seekers, with the phone myth that HN2 [[n060]] and HN3 [[n063]] rebut.")
P("p021", "race", "coded", """
Funny how the burglary figures for Tanhouse Cross went up the same year the Stourgate Hotel filled up. Just saying. 🤔
""", allowed=[IR], note="Insinuates asylum seekers are burglars without saying so or giving a link. HN2 [[n038]] gives the arrest numbers.")
P("p022", "race", "coded", """
Remember when Pitfold smelt of the bakery and not curry? I do. #ProperBlackCountry
""", note="'Curry' stands in for South Asian residents; the hashtag says who counts as proper. HN4 [[n114]] has rice and peas beside faggots and peas.")
P("p023", "race", "coded", """
Gorse Lane's got new arrivals this week. Lock your sheds, chain your mowers and don't leave the dog out. Yow've been warned.
""", note="Travellers arriving at the site presented as thieves, with no group word. HN3 [[n067]] is the civil complaint about vans at the rec.")
P("p024", "race", "coded", """
Cinderheath was a white working-class town when I were a lad. Now look at it. I'll leave yow to draw your own conclusions.
""", not_by=WOMEN, note="Decline blamed on the town being less white; the conclusion is left to the reader. HN3 [[n066]] gives the census mix.")
P("p025", "race", "coded", """
Certain communities in Pitfold seem to think the rules on bins and parking don't apply to them. We all know which ones.
""", note="'Certain communities... we all know which ones' points at Pitfold's South Asian residents. HN3 [[n061]] raises Gorsty Street parking civilly.")
P("p026", "race", "coded", """
Levi Boswell wants the verges cut more often. Bet he's got a horse to graze on 'em. 🐴
""", rules=[PA], note="Gypsy stereotype at a named councillor with no group word. HN6 [[n166]] criticises the same verge motion on its drafting.")
P("p027", "race", "coded", """
Marcia Campbell's idea of a community event: sound system, jerk pan and the police called by ten. Not round here, bab.
""", rules=[PA], note="Black stereotypes (noise, trouble) at a named councillor without naming race.")
P("p028", "race", "coded", """
Annie Cheung lecturing us on food waste 😂 I'd have a look in the freezer at her family's takeaway first. 🐈
""", rules=[PA], allowed=[DF], note="The old 'cats in Chinese takeaways' slur at a named councillor, carried by the emoji. Defamation allowed for the hint about the family business. HN2 [[n046]] condemns it; HN4 [[n104]] is Annie on the takeaway.")
P("p029", "race", "coded", """
Another 'culturally enriched' street in Wrenshall. Enriched with fly-tipping, mattresses and twelve cars to a house. #diversity
""", allowed=[IR], note="Sarcastic 'enriched' blames diversity for squalor; irony allowed.")
P("p030", "race", "coded", """
Hodan Warsame says she 'loves the Black Country'. Loves the benefits more, I'd wager. Tararabit.
""", rules=[PA], note="Refugee-scrounger trope at a named councillor. HN4 [[n116]].")
P("p031", "race", "explicit", """
I've nothing against immigrants. I just think the Stourgate lot should be tagged like any other risk to our girls. Common sense.
""", note="Opens with a denial, then asks for asylum seekers to be tagged like sex offenders. The denial does not change the label; HN3 [[n069]] and [[n097]] are denials followed by civil points.")
P("p032", "race", "coded", """
Polish shops, Polish builders, Polish Saturday school and now a Polish councillor. When do we get Wrenshall back?
""", allowed=[PA], about=["Dariusz Kowal"], note="Nationality cast as a takeover. The one Polish councillor (Dariusz Kowal) is identifiable, so personal-attack is allowed. HN4 [[n122]] celebrates the same Saturday school.")
P("p033", "race", "coded", """
Them Eastern European lads on Brindle Heath rec drinking cans at two in the afternoon, every day. Nobody from round here behaves like that.
""", note="Borderline: it starts as an antisocial-behaviour complaint, but 'nobody from round here' turns it into a trait of the nationality. Some would read a fair complaint; the generalisation decides it.")
P("p035", "race", "coded", """
Welcome to Cinderheath, where the only English yow'll hear on the 2B is the driver. Oh, hang on, not even him now. 🙄
""", note="Mocks non-English speakers and a driver presumed foreign; no group named.")
P("p036", "race", "coded", """
Got a lovely council leaflet through the door about bins. Seven languages. English on the back page. Tells yow who this council werks for now.
""", note="Borderline. Translation spending is a fair debate (HN3 [[n070]]); 'who this council werks for' treats people who read other languages as outside the council's public.")
P("p037", "race", "explicit", """
Hope the Stourgate Hotel's 'guests' enjoy their free gym passes. Our pensioners am freezing. Give 'em a one-way ticket instead of a towel.
""", allowed=[IR], note="Asylum seekers; 'one-way ticket' calls for removing the group. Irony allowed for the mock welcome.")
P("p038", "race", "explicit", """
Gypsies and Travellers should have to pay a deposit before they're allowed into any council park. No deposit, no entry. Simple.
""", note="A rule for one ethnic group only ('they shouldn't be allowed').")
P("p039", "race", "coded", """
Tariq Mahmood's vice-chair of taxi licensing. Every Pakistani cabbie in Pitfold must be celebrating. Funny, that.
""", rules=[PA], allowed=[DF], note="Implies a British Pakistani councillor will favour 'his own'; defamation allowed for the bias hint. HN6 [[n167]] criticises his licensing record on the DBS backlog.")
P("p040", "race", "explicit", """
Apparently yow cor say 'coloured' any more. Well I'll say it: the coloured lot on Blower's Row have ruined that street.
""", allowed=[AB], note="An outdated, offensive race term used on purpose to blame a group; abusive-language allowed.")
P("p041", "race", "explicit", """
Gorse Lane: 'travellers' who never travel, just take. Close the site, bulldoze it and let 'em try it on somewhere else.
""", note="Travellers as takers, with closing their homes as the remedy. HN1 [[n017]] criticises the council as landlord of the same site.")
P("p042", "race", "explicit", """
Kurdish barbers, Turkish barbers, Albanian car washes. The High Street's one big money laundering front and everybody knows who's running it.
""", allowed=[DF], note="Nationalities equated with organised crime; defamation allowed for the laundering claim at unnamed businesses. HN4 [[n144]] praises the Kurdish barbers.")

P("p019", "religion or belief", "coded", """
No wonder every mosque extension in Pitfold sails through planning. Yasmin Sadiq looks after her own.
""", rules=[PA, OF], allowed=[DF, PD], note="A named Muslim planning officer accused of favouring 'her own': officers expected; defamation allowed for the bias allegation, predetermination for the live extension. HN3 [[n061]] and [[n082]] debate the same extension civilly.")
P("p034", "religion or belief", "coded", """
Not being funny but there's a reason Pitfold gets all the regeneration money. Mosque block vote, innit.
""", allowed=[DF], note="Muslim voters cast as a bloc that buys favours; defamation allowed for the hint of a corrupt deal.")
P("p043", "religion or belief", "explicit", """
Muslims in Pitfold want a bigger mosque? Tell 'em to build it in Pakistan.
""", allowed=[PD], note="Muslims told to go elsewhere, and treated as foreign. Predetermination allowed (a live extension). HN3 [[n082]].")
P("p044", "religion or belief", "explicit", """
Nasreen Akhtar cor be trusted on anything to do with Pitfold. Her loyalty's to the mosque, not the voters.
""", rules=[PA], note="Dual-loyalty charge through religion at a named cabinet member. HN6 [[n160]] criticises her youth club promise on the record.")
P("p045", "religion or belief", "explicit", """
Islam is a cancer in this country and every new mosque proves it.
""", allowed=[AB], note="Dehumanising and severe; no person named. Variant [[v5]] (homoglyph).")
P("p046", "religion or belief", "explicit", """
Wear that tea towel on your yed in the chamber again, Baljit Sandhu, and see what happens. Have some respect for the place.
""", rules=[PA, BU], note="Mocks a Sikh councillor's turban and threatens him ('see what happens'): bullying expected. HN2 [[n027]] is Baljit reporting 'take that tea towel off'; HN6 [[n159]] criticises his housing record.")
P("p047", "religion or belief", "explicit", """
The halal butcher on Gorsty Street wants a bigger sign. None of us want to see how they kill their animals. Barbaric, the lot of 'em.
""", note="'The lot of 'em' widens a shop-sign complaint to Muslims. HN3 [[n093]] is civil on halal slaughter.")
P("p048", "religion or belief", "coded", """
Miriam Levene voting to protect the audit budget. Well, her lot always did know how to hold on to money.
""", rules=[PA], note="Antisemitic money trope at a Jewish councillor with no group word; tagged religion or belief (some would tag race). HN2 [[n032]] and [[n033]]; HN6 [[n174]] criticises her audit record.")
P("p049", "religion or belief", "coded", """
There's a reason the Heath Democrats' friends in finance keep getting their way on the town centre deal. Follow the money. Rootless, every one of 'em. ✡️
""", allowed=[PA, DF], note="Antisemitic conspiracy signalled by 'rootless' and the star; a party is named, so personal-attack and defamation are only allowed.")
P("p050", "religion or belief", "explicit", """
Ramadan again, so Pitfold traffic'll be hell at seven every night for a month while they stuff their faces after dark. Assimilate or goo wum.
""", date=("2026-02-18", "2026-02-27"), note="Mocks a religious fast and tells Muslims to 'go home'. HN4 [[n102]] greets the same Ramadan.")
P("p051", "religion or belief", "explicit", """
Sikhs carrying knives into our schools and we're told it's 'religious'. One rule for them, another for the rest of us.
""", note="The kirpan recast as knife crime; 'one rule for them'.")
P("p052", "religion or belief", "coded", """
Gurdwara food bank? Bet they only feed their own. Always the same with that lot.
""", note="Sikhs as clannish, against the plain fact of langar. HN4 [[n101]] is Baljit on the same food bank.")
P("p053", "religion or belief", "coded", """
Christian country, Christian borough. If yow don't like the crib in the market square, nobody's stopping yow leaving.
""", note="Borderline: defending a crib is fine; 'nobody's stopping yow leaving' tells non-Christian residents to go.")
P("p054", "religion or belief", "coded", """
Another 'faith centre' planned for Sawpit Green. We know which faith. We know what comes next. Watch this space.
""", allowed=[PD], note="An Islamisation hint with no group named; predetermination allowed for a planned application. HN3 [[n072]] is civil on the synagogue fence.")
P("p055", "religion or belief", "explicit", """
Tariq Mahmood praying in the members' room again. Some of us have to werk while he's on his mat five times a day.
""", rules=[PA], note="Mocks a named councillor's prayer as idleness.")
P("p056", "religion or belief", "explicit", """
Jews run the banks, the papers and now the Wrenshall regeneration board. Coincidence? Course it ay.
""", note="Antisemitic conspiracy; tagged religion or belief (race also fits).")
P("p057", "religion or belief", "explicit", """
Hindus and their 'festival of colours', powder all over Cinderheath Park. Dirty habits from a dirty country. Celebrate it in India.
""", date="2026-03-05", note="Holi told to leave; 'dirty country'. Tagged religion or belief (race also fits). HN2 [[n055]] quotes it to condemn it; HN4 [[n105]] is the Holi invitation.")
P("p058", "religion or belief", "explicit", """
Atheists shouldn't be allowed on the SACRE. No faith, no say in RE. End of.
""", note="Lack of belief is protected under religion or belief. HN3 [[n088]] is a civil view on admissions.")
P("p059", "religion or belief", "explicit", """
The Catholics on the admissions forum always stitch it up for St Bede's. Popish bloc vote, every year.
""", note="Sectarian slur ('Popish') at a faith group. HN3 [[n088]].")
P("p060", "religion or belief", "coded", """
Headscarves on the front desk at the one-stop shop now. Frightening for the older residents. How are they meant to know who they're talking to?
""", allowed=[OF], note="Muslim women staff presented as frightening; a headscarf hides no face. Officers allowed (unnamed front-line staff).")
# ---------------------------------------------------------------- rows 2
# Positives: sex, sexual orientation, marriage and civil partnership, gender
# reassignment, disability, age, pregnancy and maternity.
P("p061", "sex", "explicit", """
Carol Attwood welling up in cabinet again. This is why women shouldn't be running councils: too emotional for the big decisions.
""", rules=[PA], not_by=WOMEN, note="Sex stereotype at the named Leader. HN2 [[n052]] quotes the line to condemn it; HN6 [[n162]] criticises her scrutiny attendance.")
P("p062", "sex", "explicit", """
Kelly Bott only got the leisure brief because she's a pretty face for the leaflets. Ask her what a capital receipt is and watch her blink.
""", rules=[PA], not_by=WOMEN, note="'Only got the job because...' on sex and looks. HN6 [[n170]] criticises her table 3 figures.")
P("p063", "sex", "explicit", """
Women on the highways committee now. Next they'll want to drive the gritters. God help us on Wrenshall bank in January.
""", not_by=WOMEN, note="Competence denied because of sex.")
P("p064", "sex", "explicit", """
Nasreen, love, leave the budget to the men and goo and make us a brew. 😘
""", rules=[PA], not_by=WOMEN, note="Sexist put-down of a named cabinet member by first name. HN2 [[n057]] is Nasreen's reply to the same line.")
P("p065", "sex", "coded", """
Every time Marcia Campbell gets up in full council it's like listening to a fishwife. Shrill, hysterical, every single time.
""", rules=[PA], not_by=WOMEN, note="'Shrill', 'hysterical', 'fishwife': gendered put-downs without the word 'woman'. Some would read personal-attack alone.")
P("p066", "sex", "explicit", """
New Chief Executive's a woman, so expect plenty of 'listening exercises' and not one decision. Mark my words.
""", rules=[OF], not_by=WOMEN, note="Sex stereotype at an officer by role: officers expected. HN2 [[n029]] answers the same talk.")
P("p067", "sex", "explicit", """
Men are the problem in this borough. Every single one of 'em. I'm done pretending otherwise.
""", not_by=MEN, note="Borderline: some would read venting after a violence case; as written it condemns a whole sex. HN3 [[n095]] and HN1 [[n015]] raise representation and women's safety without it.")
P("p068", "sex", "coded", """
Towpath Greens have put up an all-woman slate in Brindle Heath. Girls' night out on the rates, lads. 💅 Don't expect the bins emptied.
""", allowed=[PA, IR], not_by=WOMEN, note="Women candidates mocked as frivolous; a party is named, so personal-attack only allowed.")
P("p069", "sex", "explicit", """
She should be at home with her babbies, not chairing scrutiny at nine at night. Simple as.
""", allowed=[PA], not_by=WOMEN, note="A woman's place is at home. The unnamed 'she' is identifiable to readers, so personal-attack allowed. Tagged sex rather than maternity: it is about a woman's role.")
P("p070", "sex", "explicit", """
Women driving the 2B now. No wonder it's always late, half of 'em cor reverse out of the depot.
""", not_by=WOMEN, note="Sex stereotype about competence. HN1 [[n011]] is about the same route.")

P("p071", "sexual orientation", "explicit", """
Liam Hackett: 26, gay, never done a day's proper werk. Exactly the sort who thinks a rainbow crossing fixes potholes.
""", rules=[PA], note="Sexual orientation used in the put-down of a named councillor. HN6 [[n173]] criticises his time on the crossing without it; HN4 [[n110]] is Liam on himself.")
P("p072", "sexual orientation", "explicit", """
Drag story hour at Wrenshall library? Keep those perverts away from our kids.
""", allowed=[AB], note="LGBT people as a sexual threat ('perverts'); tagged sexual orientation (gender reassignment also brushes it). HN3 [[n089]] quotes 'perverts' in a civil debate.")
P("p074", "sexual orientation", "explicit", """
Gays adopting through Cinderheath children's services now. God help them poor kiddies.
""", note="Same-sex adopters as a danger. HN4 [[n127]] marks the borough's first same-sex adoption.")
P("p075", "sexual orientation", "coded", """
Pride flag up on the council house again. Nobody wants it rammed down their throats. Keep it in the bedroom where it belongs.
""", note="Objects to gay people being visible at all ('keep it in the bedroom'). HN3 [[n089]] says debating the flag itself is fine.")
P("p076", "sexual orientation", "coded", """
Lesbians running the youth club at Tanhouse now. Parents, do your own homework.
""", note="Insinuates lesbian volunteers are a danger to children.")
P("p077", "sexual orientation", "explicit", """
That Liam Hackett's a right nancy boy. Limp wrist, limp policies.
""", rules=[PA, AB], note="Homophobic slur at a named councillor. Variant [[v4]] (spaced). HN2 [[n053]] is Liam reporting the same slur.")
P("p078", "sexual orientation", "explicit", """
Queers and their 'history month'. We never needed one down the foundry and we day need one now.
""", rules=[AB], date=("2026-02-02", "2026-02-27"), note="'Queers' as a slur; compare HN4 [[n110]], where a gay councillor reclaims it.")
P("p079", "sexual orientation", "coded", """
Funny how the Heath Democrats' new 'inclusion lead' is another one of *them*. 🌈 Jobs for the boys, eh? Or whatever they call themselves.
""", allowed=[PA, IR], note="'One of them' plus the rainbow: the appointee's sexual orientation is the sneer. A party is named, so personal-attack only allowed.")
P("p080", "sexual orientation", "explicit", """
Wouldn't let a gay bloke coach my lad's football team. Call me old-fashioned.
""", note="Gay men as unfit to be near children; 'old-fashioned' does not soften it.")

P("p073", "marriage and civil partnership", "coded", """
Bev Oakley and her 'wife'. Say no more. 🙄
""", rules=[PA], note="Scare quotes deny a named councillor's same-sex marriage. Tagged marriage and civil partnership (sexual orientation also fits). HN4 [[n111]] is Bev on their anniversary.")
P("p113", "marriage and civil partnership", "explicit", """
Married women with a husband on a good wage shouldn't be taking council allowances. Leave the seat to somebody who needs it.
""", not_by=WOMEN, note="Being married used to bar women from office; tagged marriage and civil partnership (sex also fits).")
P("p114", "marriage and civil partnership", "explicit", """
Civil partnership ceremonies at the register office should be scrapped. Proper couples get married in church, not in a council office.
""", note="Civil partners cast as not 'proper couples'. HN3 [[n099]] gives the register office figures.")

P("p081", "gender reassignment", "explicit", """
Jo Darby is a bloke in a frock and always will be. Not voting for anything 'he' puts his name to.
""", rules=[PA], note="Misgendering a named trans councillor as an attack. HN2 [[n026]] condemns the same phrase; HN6 [[n165]] criticises her licensing decision.")
P("p082", "gender reassignment", "explicit", """
Trannies in the women's changing rooms at Brindle baths. Over my dead body.
""", rules=[AB], note="Slur; 'over my dead body' is an idiom, not a threat. Variant [[v2]] (digit).")
P("p083", "gender reassignment", "explicit", """
Trans 'women' are men. Keep 'em out of our refuge, our toilets and our council chamber.
""", note="Borderline: a gender-critical belief is itself protected (HN3 [[n079]]), but 'keep 'em out of our council chamber' shuts trans people out of public office.")
P("p084", "gender reassignment", "coded", """
Ask Jo Darby what she was called at school. Go on, I dare yow. 😂
""", rules=[PA], allowed=[BU], note="Incites deadnaming of a named trans councillor; bullying allowed for the incitement. HN2 [[n047]] is Jo being asked her 'real name'.")
P("p085", "gender reassignment", "explicit", """
Hollybank's letting a lad who thinks he's a girl use the girls' toilets. Mental illness, pure and simple, and the school's indulging it.
""", allowed=[DP], note="A trans child called mentally ill; data protection allowed as the child may be identifiable from the school.")
P("p086", "gender reassignment", "coded", """
'It' has put its pronouns in its bio now. Cinderheath Together's mascot. 🤡
""", rules=[PA], about=["Jo Darby"], note="Calls a trans councillor 'it' and a mascot; unnamed but identifiable as Cinderheath Together's trans member.")
P("p087", "gender reassignment", "explicit", """
Blokes who've had their bits off shouldn't be teaching in our primaries.
""", allowed=[AB], note="Trans women barred from teaching; crude, so abusive allowed.")
P("p088", "gender reassignment", "explicit", """
Compulsory trans awareness training for councillors now. I'll goo, but I'll be telling 'em what I think of blokes in lippy.
""", note="Mocks trans women as 'blokes in lippy'. HN3 [[n078]] describes the same training.")

P("p089", "disability", "coded", """
Owen Penn rocking in his chair through the whole budget debate again. Somebody fetch him his ear defenders and a colouring book.
""", rules=[PA], note="Mocks a named councillor's autistic traits without naming autism. HN4 [[n107]] is Owen on the headphones; HN2 [[n035]] condemns the abuse.")
P("p090", "disability", "explicit", """
Sharon Nock wants more dropped kerbs. Course she does. Rest of us pay so she can roll about.
""", rules=[PA], note="A disabled councillor's case dismissed as self-interest. HN2 [[n030]] quotes 'course she does' to condemn it.")
P("p091", "disability", "explicit", """
Disabled bays outside the civic centre: half of 'em am blue-badge fakers. Nowt wrong with most of 'em bar idleness.
""", note="Disabled people as fakers.")
P("p092", "disability", "explicit", """
Brook Lane day centre lot on the 2B again, shouting and dribbling. Shouldn't be allowed out at rush hour.
""", note="Day-centre users with learning disabilities as unfit to be in public. HN4 [[n125]] is the same centre's art show.")
P("p093", "disability", "explicit", """
Mental health this, mental health that. Gavin Tromans should man up or step down. We need councillors, not crybabies.
""", rules=[PA], note="Depression (a disability here) mocked in a named councillor. HN2 [[n049]] condemns it; HN4 [[n118]] is Gavin on Time to Talk Day; HN6 [[n175]] criticises his surgeries.")
P("p094", "disability", "explicit", """
The deaf woman on the one-stop desk needs moving on. Cor hear a word anybody says. It's a front counter, not a charity.
""", allowed=[OF, DP], note="A disabled worker as a charity case; officers allowed (front-line staff), data protection allowed (an identifiable worker's disability).")
P("p095", "disability", "explicit", """
£14m a year on taxis for the 'special' kids. Stick 'em all in one minibus and be done with it.
""", note="Disabled children treated as freight. HN1 [[n013]] criticises the same transport review.")
P("p096", "disability", "explicit", """
Pat Hickinbottom cor hear and Owen Penn cor talk to people. Hollier's End and Cinderheath Central deserve better than the deaf and the daft.
""", rules=[PA], note="Two named councillors attacked through deafness and autism; tagged disability (age also brushes it).")
P("p097", "disability", "explicit", """
Whoever designed the new ramp at Wrenshall library must be a spacker. 😂
""", rules=[AB], allowed=[PA], note="Disability slur as an insult for 'whoever'. Variant [[v3]] (zero width). HN1 [[n008]] criticises the civic centre entrance without it.")
P("p098", "disability", "explicit", """
Let's be honest: people with learning disabilities shouldn't be voting. Half of Oakfield House got a postal vote last time.
""", allowed=[DF], note="Disenfranchisement by disability; defamation allowed for the postal-vote hint at a care home.")
P("p099", "disability", "explicit", """
Sharon Nock only gets a platform because of the wheelchair. Take that away and what's left? Nowt.
""", rules=[PA], allowed=[BU], note="A disabled councillor's standing reduced to her wheelchair; bullying allowed as 'take that away' may read as a threat. HN2 [[n059]] is Sharon's reply.")
P("p100", "disability", "explicit", """
Autism's the new excuse for bad parenting. Half the EHCP queue am just naughty kids with soft moms.
""", note="Autism denied and mocked. HN4 [[n135]] is Owen on the word.")

P("p101", "age", "explicit", """
Pat Hickinbottom's 83. Should be in a home, not on planning. Put him out to grass.
""", rules=[PA], not_by=OLDER, note="Age at a named councillor. HN4 [[n117]] is Pat; HN6 [[n168]] raises tenure, not age.")
P("p102", "age", "explicit", """
Ellie Hartill's 22. Still wet behind the ears. Kids like her should be at college, not in the chamber. Come back when yow've paid a mortgage.
""", rules=[PA], not_by=YOUNGER, note="Youth as a bar to office. HN4 [[n119]]; HN6 [[n177]] criticises her housing vote.")
P("p103", "age", "explicit", """
Pensioners bed-blocking three-bed council houses should be turfed out into flats. They've had their turn.
""", not_by=OLDER, note="Older tenants as a blockage to be 'turfed out'. HN3 [[n094]] quotes 'bed-blocking' to answer it.")
P("p104", "age", "explicit", """
Nobody over 70 should be allowed to stand for council. Too old to use email, too old to care about the future.
""", not_by=OLDER, note="An age bar on standing. HN2 [[n056]] quotes it to condemn it.")
P("p105", "age", "coded", """
The Mayor's getting on a bit, ay she. Somebody check she's still breathing at the next civic do. 💀
""", rules=[PA], not_by=OLDER, note="Age mockery at the Mayor by role. HN4 [[n120]] is the Mayor's 5k; HN6 [[n176]] criticises the charity appeal.")
P("p106", "age", "explicit", """
Young people in Brindle Heath am feral. All of 'em. Curfew every under-25 at nine and be done with it.
""", not_by=YOUNGER, note="A whole age group as 'feral'. HN3 [[n096]] rebuts it.")
P("p107", "age", "explicit", """
Boomers. Selfish, the lot of 'em. Pulled the ladder up, voted for all this, and now want us to pay for their care homes. Roll on the day they've all snuffed it.
""", allowed=[AB], not_by=OLDER, note="An age group wished dead; abusive allowed.")

P("p108", "pregnancy and maternity", "explicit", """
Kelly Bott's pregnant again. Wrenshall's effectively got no councillor for a year. Shouldn't stand if you're planning babbies.
""", rules=[PA], note="Pregnancy as unfitness for office. HN2 [[n042]] is Kelly's answer; HN3 [[n098]].")
P("p109", "pregnancy and maternity", "explicit", """
Mothers breastfeeding in the library café now. Some of us want to eat our cob without the show. Take it to the toilets.
""", note="Breastfeeding is protected under pregnancy and maternity. HN4 [[n143]] welcomes it.")
P("p110", "pregnancy and maternity", "explicit", """
Maternity leave for councillors is a joke. Get pregnant, get paid, do nowt. Nice work if yow can get it, girls.
""", not_by=WOMEN, note="Pregnant councillors as shirkers.")
P("p111", "pregnancy and maternity", "coded", """
Ever notice how Kelly Bott's 'baby brain' kicks in every time there's a hard vote? Convenient.
""", rules=[PA], allowed=[IR], note="Pregnancy used to mock a named councillor; compare her own joke in HN5 [[n154]].")
P("p112", "pregnancy and maternity", "explicit", """
Don't take on young married women in the housing team, they'll be off on maternity within the year. Basic common sense.
""", not_by=WOMEN, note="A recruitment bar on pregnancy grounds (marriage and sex also fit).")
# ---------------------------------------------------------------- rows 3
# Hard negatives HN1: harsh criticism of a policy, decision, party, company
# or the council, where a protected group is affected.
N("n001", 1, """
The decision to close Brook Lane day centre is cruel, short-sighted and frankly shameful. Disabled adults and their carers found out by letter, in January, with six weeks' notice. Cabinet should be ashamed of itself.
""", note="Harsh criticism of a decision that hits disabled people, aimed at the cabinet as a body.")
N("n002", 1, """
Heathside Homes have left a disabled tenant in Pitfold without a working lift for eleven weeks. Eleven weeks. That's not a glitch, it's contempt. I've reported them to the Regulator of Social Housing today.
""", allowed=[DP], note="A housing association criticised; the tenant is not identifiable, data protection allowed for the health mention.")
N("n003", 1, """
The Home Office's handling of the Stourgate Hotel contract is a shambles: no notice to the council, no extra GP capacity, no school places planned. Residents of Tanhouse Cross AND the people housed there deserve better than this.
""", note="Asylum hotel policy criticised; both residents and asylum seekers treated as deserving. Compare [[p001]].")
N("n004", 1, """
Scrapping the free Polish and Punjabi interpreting at the one-stop shop to save £38k is a false economy. Watch the missed appointments and complaints pile up by summer.
""", note="Policy criticism that mentions language communities neutrally.")
N("n005", 1, """
Cinderheath Together's leaflet on the Gorse Lane site is lazy, misleading tosh. Not one figure in it is right. Do better.
""", allowed=[PA, DF], note="Harsh at a party's leaflet about a Traveller site; says nothing about Travellers.")
N("n006", 1, """
The Crucible Party has had four years to sort out transit provision for Travellers and has done absolutely nothing. Every unauthorised encampment since is on them, not on the families shunted from verge to verge.
""", allowed=[PA], note="Blames the party and defends Traveller families.")
N("n007", 1, """
Slashing the ESOL budget while moaning that people don't speak English is peak Crucible. Yow couldn't make it up.
""", note="Policy criticism; the learners are not the target.")
N("n008", 1, """
Whoever signed off the civic centre's 'accessible' entrance has never pushed a wheelchair in their life. A 40-metre detour, a door like a bank vault and a bell that doesn't work. Shambles.
""", allowed=[PA], note="'Whoever' criticised for failing disabled users; contrast [[p097]], which uses a disability slur at 'whoever'.")
N("n009", 1, """
Cut the Pride grant from £4k to £500 the week after cabinet spent £9k on a civic dinner. The priorities of this administration are rotten.
""", note="Criticism of a funding decision about an LGBT event.")
N("n010", 1, """
Brightrest Lodgings, who run the Stourgate Hotel for the Home Office, are coining it while the rooms have damp running down the walls. They should lose the contract.
""", allowed=[DF], note="A contractor criticised; the residents are the ones wronged. Defamation allowed for 'coining it'.")
N("n011", 1, """
Westbridge Buses cut the 2B evening service and now women who work nights at the hospital walk home to Pitfold in the dark. Absolute disgrace.
""", note="A company criticised for a cut that hits women; contrast [[p070]] on the same route.")
N("n012", 1, """
The new taxi licensing policy is a bureaucratic mess that'll hit every small firm in the borough, whoever owns it. Rethink it before it goes to cabinet.
""", note="The same trade as [[p007]] with no ethnic angle.")
N("n013", 1, """
Hollybank's SEND transport review is cost-cutting dressed up as 'independence training'. Parents are livid and so am I. Disabled kids aren't a line in a spreadsheet.
""", note="Criticism of a review that affects disabled children; contrast [[p095]].")
N("n014", 1, """
The Heath Democrats voted against the hate crime reporting centre at the library and then put out a statement about 'community cohesion'. Yow cor have it both ways.
""", allowed=[PA], note="A party criticised on an equality vote.")
N("n015", 1, """
The opposition motion to scrap the women's safety audit of the canal towpath is the daftest thing I've read this year. Saft as a brush.
""", allowed=[PA], note="A motion criticised; women's safety defended. Contrast [[p067]].")
N("n016", 1, """
The equality impact assessment on this budget is two pages long and half of it is copied from last year. Officers are stretched, I know, but cabinet should never have signed it off.
""", allowed=[OF], note="The cabinet criticised for a thin equality assessment; officers mentioned kindly, so officers allowed.")
N("n017", 1, """
Gorse Lane site: broken toilet blocks, no street lighting, flooded pitches. The council is the landlord and it's a disgrace. The families there pay rent like any other tenant.
""", note="The council criticised as landlord of a Traveller site; contrast [[p041]].")
N("n018", 1, """
Dementia café funding cut AGAIN. This cabinet wouldn't know compassion if it came up and bit 'em on the backside.
""", allowed=[PA], note="Harsh and figurative, at the cabinet as a body, on behalf of people with dementia.")
N("n019", 1, """
Heathside Homes moved a pregnant mom into a flat with black mould on the bedroom wall. Not acceptable. I've escalated it to their chief executive and I'll keep on till it's sorted.
""", allowed=[DP], note="A landlord criticised; a pregnant tenant mentioned with no identifier, data protection allowed.")
N("n020", 1, """
'Digital by default' on the housing register locks out older residents who don't do the internet. It's a policy failure, full stop, and I'll be calling it in.
""", note="Policy criticised on behalf of older residents.")
N("n021", 1, """
Closing the public toilets in the market hall hits older people, disabled people and anybody with a babby in tow. A stupid saving that'll cost more in the end.
""", note="Policy criticism naming protected groups only as those affected.")
N("n022", 1, """
Mealy-mouthed statement from the Crucible group on the graffiti in Tanhouse Cross. Name it. It was racist. Say the word.
""", allowed=[PA], note="A party criticised for not calling racism by its name.")

# Hard negatives HN2: counter-speech, quoting abuse to condemn it, reporting
# abuse received.
N("n023", 2, """
Third email this week telling me to 'go back to Somalia'. I came here at nine, I've lived in Tanhouse Cross for twenty-six years, and I'm going nowhere. Reported to the police.
""", allowed=[EQ], author="Hodan Warsame", note="Reporting abuse received; the quoted line is not the author's. Compare [[p009]].")
N("n024", 2, """
To whoever sprayed 'P*** out' on the Gorsty Street shop shutters last night: yow don't speak for Pitfold. We'll be there with paint and brushes at ten. All welcome, bring a flask.
""", allowed=[EQ, AB], note="Condemns a racist slogan, quoted with the slur starred out.")
N("n025", 2, """
Got called a 'thieving pikey' in the car park after full council. Twice. What did I do? Went wum and ate me tea. That word says everything about the bloke using it and nothing about me.
""", allowed=[EQ, AB], author="Levi Boswell", note="The slur of [[p002]] quoted by its target.")
N("n026", 2, """
Somebody left a comment on my page calling Cllr Darby 'a bloke in a frock'. Deleted, account blocked. Jo is my colleague and my friend. Transphobia has no place on this page or in this borough.
""", allowed=[EQ], platform="facebook", note="Counter-speech quoting the phrase of [[p081]].")
N("n027", 2, """
A bloke shouted 'take that tea towel off' at me outside the civic centre this morning. In 2026. My grandad served in Burma in his turban. I'll wear mine with pride, ta.
""", allowed=[EQ], author="Baljit Sandhu", note="Reporting abuse received; compare [[p046]].")
N("n028", 2, """
Disgusted by the 'Keep Cinderheath White' stickers on lamp posts all along the High Street. Reported to the council and the police, and they're coming off today. Not in our name.
""", allowed=[EQ], note="Condemns racist stickers, quoting their slogan.")
N("n029", 2, """
'She only got the job because she's a woman.' Heard that about our new Chief Executive three times this week. She got it because she was the best of six on the shortlist. Give over.
""", allowed=[EQ, OF], note="Quotes the 'only got the job' line to rebut it; the Chief Executive is mentioned approvingly, officers allowed. Compare [[p066]].")
N("n030", 2, """
If your answer to a disabled councillor asking for dropped kerbs is 'course she does', yow'm the problem. Sharon Nock has been fighting for streets everybody can use for fifteen years.
""", allowed=[EQ, PA], note="Quotes [[p090]] to condemn it.")
N("n031", 2, """
Calling refugees 'a plague' isn't 'saying what people think'. It's the language that always comes before something worse. This borough took in Belgian refugees in 1914 and Ugandan Asians in 1972. We're better than that.
""", allowed=[EQ], note="Quotes [[p011]] to condemn it.")
N("n032", 2, """
Today somebody told me my 'lot' always know how to hold on to money. On Holocaust Memorial Day. I'm not going to pretend it doesn't sting. I am going to keep turning up.
""", allowed=[EQ], author="Miriam Levene", date="2026-01-27", note="Reporting antisemitic abuse received; compare [[p048]].")
N("n033", 2, """
Holocaust Memorial Day. The lie about Jews and money is 800 years old and it still turns up in the pub and on Facebook. Every time we hear it, we say something. That's the whole of it.
""", allowed=[EQ], date="2026-01-27", note="Names the trope to condemn it; compare [[p056]].")
N("n034", 2, """
Lad on the 2B called a woman in a headscarf a terrorist this morning. Three Wrenshall nans told him to get off the bus. He got off the bus. Proud of this town today.
""", allowed=[EQ], note="Reports and condemns anti-Muslim abuse.")
N("n035", 2, """
Vile messages to Owen Penn since the budget debate, mocking him for being autistic. Whatever yow think of his politics, that's disgusting. Owen: solidarity from right across the chamber.
""", allowed=[EQ], note="Counter-speech; compare [[p089]].")
N("n036", 2, """
'Spacker', 'mong', 'retard'. All heard in one afternoon outside Brook Lane day centre, according to staff. These are people's sons and daughters. Pack it in.
""", allowed=[EQ, AB], note="Slurs quoted to condemn them; compare [[p097]] and [[p092]].")
N("n037", 2, """
Let's be clear about the 'No More Mosques' stickers round Pitfold: that's not a planning objection, it's bigotry. Planning objections go through the portal, with reasons.
""", allowed=[EQ], note="Condemns anti-Muslim stickers; compare [[p043]].")
N("n038", 2, """
My inbox is full of people telling me the Stourgate residents are 'rapists and criminals'. There is no evidence for it. Two arrests in eighteen months, both for shoplifting. Stop spreading it.
""", allowed=[EQ], author="Gavin Tromans", note="Quotes a smear to rebut it with figures; compare [[p021]] and [[p031]].")
N("n039", 2, """
Told to 'get back in the kitchen' by a gentleman at my Sawpit Green surgery on Saturday. Love, I've got a ward to run. Kettle's on if yow want to come back and talk about the bins properly.
""", allowed=[EQ], author="Miriam Levene", note="Reporting sexist abuse received, with humour.")
N("n040", 2, """
Kids at Hollybank are using 'gay' as an insult in the playground again, and the staff are tackling it brilliantly. Well done to the teachers and the Year 6 anti-bullying ambassadors.
""", allowed=[EQ], note="Reports the word used as an insult in order to praise those stopping it.")
N("n041", 2, """
Somebody wrote 'Gyppos out' on the sign at the Gorse Lane site. The families there have been in this borough longer than most of us. It's painted over and the police have the photos.
""", allowed=[EQ, AB], note="Slur quoted to condemn it; compare [[p002]] and [[p023]].")
N("n042", 2, """
Had an anonymous letter saying I 'shouldn't stand if I'm planning babbies'. I'm planning one babby, due in May, and my ward colleague is covering. Councillors are allowed families. Funny, that.
""", allowed=[EQ], author="Kelly Bott", note="Reporting abuse received; compare [[p108]].")
N("n043", 2, """
Somebody says I'm 'too old and too deaf' for planning. I'm 83, I've two hearing aids and I read every page of every report. Which is more than some.
""", allowed=[EQ], author="Pat Hickinbottom", note="Reporting abuse received; compare [[p101]] and [[p096]].")
N("n044", 2, """
Racism towards Eastern European residents is still racism when it's dressed up as a joke about cabbage. The Polish family in Wrenshall who had a brick through their window deserve better from all of us.
""", allowed=[EQ, DP], note="Counter-speech; data protection allowed as a victim family is described by nationality and town (no name, no street).")
N("n045", 2, """
Yesterday I was told I only lead my group 'because we needed a Black face on the leaflets'. I was elected by my colleagues, 11 votes to 2, and I've sat on this council since 2014. Not rising to it. Not hiding it either.
""", allowed=[EQ], author="Marcia Campbell", note="Reporting abuse received; compare [[p005]].")
N("n046", 2, """
The 'joke' aimed at Annie Cheung, the cat emoji and the takeaway, is racist. It's not banter. It's a slur on Chinese people older than any of us and it should come down.
""", allowed=[EQ], note="Condemns [[p028]].")
N("n047", 2, """
Bloke in the market asked me, loudly, what my 'real name' is. My real name is Jo. It's on the ballot paper. Now, did yow want to talk about stall rents or not?
""", allowed=[EQ], author="Jo Darby", note="Reporting a deadnaming question; compare [[p084]].")
N("n048", 2, """
Why does anybody think 'I'm not racist, but' makes what follows all right? It never does. Said as much to a chap in the Jolly Nailer last night and we ended up having a proper chat. Progress, maybe.
""", allowed=[EQ], note="Counter-speech about the phrase; compare [[p031]].")
N("n049", 2, """
Anybody who thinks Gavin Tromans should 'man up' about his depression can come and say it to my face. He's a better councillor for having been honest about it.
""", allowed=[EQ, BU], note="Counter-speech; 'say it to my face' is a figure of speech, so bullying allowed. Compare [[p093]].")
N("n050", 2, """
Just reported a post in a local Facebook group calling Travellers 'vermin'. That's the language hate crimes start with. If yow see it, report it.
""", allowed=[EQ, AB], note="Quotes a dehumanising word in order to report it.")
N("n051", 2, """
The comments under the Clarion's story on the Ramadan lights in Gorsty Street are a sewer. Lights. For a festival. Same as Diwali, same as Christmas. Some of yow need to get out more.
""", allowed=[EQ, PA], date=("2026-02-19", "2026-03-13"), note="Counter-speech at anonymous commenters' bigotry; personal-attack allowed for 'a sewer'.")
N("n052", 2, """
'Women shouldn't run councils, too emotional.' Carol Attwood and I disagree on nearly everything, but she's led this borough for six years without so much as a raised voice. Sexism is sexism whichever party it's aimed at.
""", allowed=[EQ], note="Quotes [[p061]] to condemn it; Carol Attwood is named with approval.")
N("n053", 2, """
Got called a 'nancy boy' on a doorstep in Tanhouse Cross on Saturday. The woman next door came out and told him to wind his neck in. Black Country solidarity, that. 🏳️‍🌈
""", allowed=[EQ, AB], author="Liam Hackett", note="Reporting abuse received; compare [[p077]].")
N("n054", 2, """
Reminder: hate crime can be reported to the police on 101, through the third-party reporting centre at Tanhouse library, or to our equalities team on 0121 496 0731 or equalities@example.com. Yow don't have to put up with it.
""", allowed=[DP], note="Counter-speech with the council's contact details (drama-range number, example.com address); data protection allowed because a number and an address appear.")
N("n055", 2, """
'Dirty habits from a dirty country.' That's what somebody wrote about Holi in the park. I was there: hundreds of families, every colour going, and the Mandir volunteers had the park swept by five. Shame on whoever wrote it.
""", allowed=[EQ], date=("2026-03-05", "2026-03-06"), note="Quotes [[p057]] to condemn it.")
N("n056", 2, """
'Nobody over 70 should stand for council.' Really? Pat Hickinbottom has read more planning reports than the rest of us put together. Ageism is as lazy as any other -ism.
""", allowed=[EQ], note="Quotes [[p104]] to condemn it.")
N("n057", 2, """
Got 'Nasreen love, go make us a brew' in my mentions again. I'll make the brew, bab, after I've finished the budget amendment yow haven't read.
""", allowed=[EQ, PA], author="Nasreen Akhtar", platform="x", note="Reporting and answering sexist abuse; the jab back at an anonymous account is mild, personal-attack allowed. Compare [[p064]].")
N("n058", 2, """
The paint on the Tanhouse gurdwara wall is not 'kids messing about'. It was a swastika. Call it what it is. Clean-up with the sangat this afternoon, all hands welcome.
""", allowed=[EQ], note="Condemns hate graffiti on a place of worship.")
N("n059", 2, """
Told today by a 'concerned resident' that I only get a platform 'because of the wheelchair'. Funny, I thought it was the 2,400 votes. Anyway: the Brindle Heath dropped kerbs go in next month.
""", allowed=[EQ], author="Sharon Nock", note="Reporting abuse received; compare [[p099]].")
N("n060", 2, """
That photo of 'migrants queuing for free phones' in Cinderheath is from a phone shop opening in 2019. It's fake. Please stop sharing it.
""", allowed=[EQ], note="Counter-speech against a smear; compare [[p020]].")
# ---------------------------------------------------------------- rows 4
# Hard negatives HN3: denied prejudice, myth-busting, statistics and civil
# debate on sites, housing, asylum hotels and places of worship.
N("n061", 3, """
I don't hate anybody for their religion. I do have concerns about parking on Gorsty Street if the mosque extension doubles the prayer hall, and I've asked the applicant for a travel plan. Both things can be true.
""", allowed=[EQ, PD], note="Denied prejudice plus a planning concern; predisposition, not a closed mind. Compare [[p025]] and [[p043]].")
N("n062", 3, """
Disabled people are not a burden. The SEND transport budget is under real pressure and we need an honest debate about how we fund it, but that debate starts from that sentence.
""", allowed=[EQ], note="Negated prejudice; 'disabled people' and 'burden' sit side by side.")
N("n063", 3, """
Stourgate Hotel facts, since I keep being asked: 112 residents, mostly men aged 20 to 40, average stay 14 months, two arrests in eighteen months. The council doesn't run it; the Home Office does. I've asked for a public meeting with them in March.
""", date=("2026-01-12", "2026-02-27"), note="Statistics on an asylum hotel; compare [[p001]] and [[p021]].")
N("n064", 3, """
Our position on the Hackwood Yard transit site: we need one (the law says so, and it's cheaper than endless evictions), but access off Crane Street is a real highways issue and the consultation should look at Brickyard Lane too. Comments close 20 Feb.
""", allowed=[PD], date=("2026-01-19", "2026-02-13"), note="Civil debate on a Traveller site; predetermination allowed for a settled view on a site allocation.")
N("n065", 3, """
No, the gurdwara does not get its water rates paid by the council. No place of worship does. I've checked with finance. Please stop sharing that post.
""", note="Myth-busting about a place of worship.")
N("n066", 3, """
Census figures for the borough: 71% White British, 12% Asian or Asian British, 6% Black, 4% Mixed, 7% other groups including Polish and Romanian. We're a Black Country borough. We've always been a mix.
""", note="Statistics; compare [[p024]].")
N("n067", 3, """
I've no problem with Travellers. I do have a problem with any group of vans, whoever owns them, blocking the entrance to Brindle Heath rec on a Saturday morning. Enforcement have been asked to attend.
""", allowed=[EQ], note="Borderline on purpose: a denial plus a complaint about vehicles 'whoever owns them', not about the group. Compare [[p023]] and [[p038]].")
N("n068", 3, """
Council house allocation is by need, not nationality. Nobody who arrived last year jumps the queue. 94% of last year's lets went to people with five years' local connection or more. Myths cost us trust.
""", note="Myth-busting; compare [[p015]].")
N("n069", 3, """
I'm not against the Stourgate being used. I'm against 112 people being put in a building with one washing machine and no caseworker. That's on the Home Office.
""", allowed=[EQ], note="Denied prejudice followed by a civil point about conditions; contrast [[p031]], whose denial is followed by an attack.")
N("n070", 3, """
Genuine question for residents: should the council keep translating the bin leaflets? It costs about £6k a year across seven languages. I lean towards yes, because missed collections cost more, but I'd like views.
""", note="Civil debate on translation; contrast [[p036]].")
N("n071", 3, """
The 'Islamification' leaflet tucked under wipers in Pitfold is nonsense. Pitfold is 31% Muslim. The other 69% are still here and still queueing for faggots and peas at the chippy on a Friday.
""", allowed=[EQ], note="Myth-busting that quotes a dog-whistle word to reject it.")
N("n072", 3, """
The synagogue's security fence on Wrenshall Road needs planning consent because it's over two metres. I'm minded to support it, but I'll hear the neighbours out at committee first.
""", allowed=[PD], note="Predisposition on a place of worship application; compare [[p054]].")
N("n073", 3, """
Nobody should be judged for being old, young, disabled or anything else. Judge us all on whether we turn up to ward surgeries. Mine's Saturday, 10 till 12, Sawpit Green library.
""", note="Negated prejudice that lists groups.")
N("n074", 3, """
It's not racist to ask how many school places Tanhouse Cross will need once families granted asylum are housed locally. It's planning. About 90 primary places by 2028, and the county's answer so far is 'we're looking at it'. Not good enough.
""", allowed=[EQ], note="Civil debate on asylum dispersal and services; the criticism is aimed at the county.")
N("n075", 3, """
Myth: Gypsies and Travellers at Gorse Lane don't pay council tax. Fact: every pitch pays council tax and rent, same as any tenant. Finance confirmed it at scrutiny last month.
""", allowed=[EQ], note="Myth-busting that states the myth first; compare [[p013]].")
N("n076", 3, """
The Ramadan lights on Gorsty Street were paid for by local businesses, not the council. Same scheme as the Christmas lights on the High Street, same rules, same electrician.
""", date=("2026-02-18", "2026-03-13"), note="Myth-busting about a religious festival.")
N("n077", 3, """
Women-only swims at Brindle baths: I know some people are annoyed. They're two hours a week out of 84, they're used by Muslim women, older women and women getting over surgery, and they're full. I support them.
""", note="Civil debate on a single-sex service.")
N("n078", 3, """
The trans awareness training for councillors is two hours and it's about the law: what the Equality Act says and what it doesn't. Come with questions. Disagree if yow like. Just come.
""", note="Civil mention of the training; contrast [[p088]].")
N("n079", 3, """
I hold gender-critical views and I've never hidden them. I also think Jo Darby is one of the hardest-working members of this council and she deserves courtesy in every debate. Both are true.
""", allowed=[EQ], author="Neil Jukes", note="A protected belief stated civilly, with respect for a trans colleague; contrast [[p083]] and [[p081]].")
N("n080", 3, """
Refuge admissions are for the refuge's trustees under the Equality Act, not for councillors on Facebook. The council funds the service; we don't run the door.
""", note="Civil on single-sex services.")
N("n081", 3, """
Eastern European workers are about one in eight of the staff at the Crane Street food factories. When a lot of them went home in 2021, the lines stopped. Let's be honest about who keeps this borough working.
""", note="Statistics and praise; compare [[p016]].")
N("n082", 3, """
I'm not anti-mosque. I've been to Masjid-e-Noor three times this year. I'll judge the extension on its planning merits, same as I would a church hall.
""", allowed=[EQ, PD], note="Denied prejudice and predisposition on a live application; compare [[p043]] and [[p019]].")
N("n083", 3, """
To the resident who asked: being disabled doesn't mean you automatically get a council bungalow. Adaptations are assessed by an OT, and the wait for a level-access bungalow is 19 months. That's too long, and we're building 40.
""", note="Neutral explanation of disabled housing.")
N("n084", 3, """
Correcting something said at the Wrenshall residents' meeting: reported hate crime in the borough went UP 14% last year, not down. More reports can mean more confidence to report. But it's not nothing.
""", note="Statistics.")
N("n085", 3, """
A 17-year-old from Hollybank made the best point at youth council tonight: votes at 16 for local elections. I'm not sold yet, but I'm not dismissing it because of their age either.
""", allowed=[EQ], note="Age mentioned in order to set it aside.")
N("n086", 3, """
There's a fair debate about the age of this council. Average age 61. That's not a dig at anybody over 60 (I'm 64), it's a question about who can afford to stand: daytime meetings, allowances, childcare.
""", allowed=[EQ], author="Gary Plant", note="Civil debate on the age profile of members; compare [[p104]].")
N("n087", 3, """
Transit site versus unauthorised encampments, in numbers: 23 encampments last year, £186k in legal and clean-up costs. A ten-pitch transit site costs about £1.1m to build and gives the police the s62A power. Do the sums.
""", note="Statistics on a Traveller site.")
N("n088", 3, """
I don't think being Catholic should get a child a school place over a Muslim child or a child of no faith. That's a view on admissions policy, not on anybody's faith, and I'll say it at the admissions forum.
""", allowed=[EQ], note="Civil debate on faith admissions; contrast [[p059]] and [[p058]].")
N("n089", 3, """
Free speech and respect aren't opposites. Yow can disagree with flying the Pride flag on the council house; debate it at full council. What yow can't do is call the people it stands for 'perverts'.
""", allowed=[EQ], note="Civil debate on the flag; quotes 'perverts' to reject it. Compare [[p072]] and [[p075]].")
N("n090", 3, """
Not every objection to Hackwood Yard is racist, and not every supporter is naive. The consultation has 1,400 responses. Let's read them before we start shouting at each other.
""", allowed=[EQ], note="Civil debate on a Traveller site.")
N("n091", 3, """
Asylum dispersal in the borough: 412 people in dispersed housing, 112 at the Stourgate. The regional target would take us to about 520. We've said yes to dispersal and no to a second hotel.
""", note="Statistics and a civil position on asylum accommodation.")
N("n092", 3, """
If somebody needs a BSL interpreter to take part in a council meeting, they get one. That's not special treatment. It's the Equality Act, and it's good manners.
""", note="Neutral on disability access.")
N("n093", 3, """
The halal and kosher slaughter debate is a national one and I respect people who feel strongly about animal welfare either way. It's not a matter for Cinderheath council and I won't be tabling a motion.
""", note="Civil on religious slaughter; contrast [[p047]].")
N("n094", 3, """
Pensioners aren't 'bed-blocking' council houses. They live there. If we want family homes freed up, build downsizing bungalows people actually want to move into, instead of shaming them out.
""", allowed=[EQ], note="Quotes 'bed-blocking' to answer it; compare [[p103]].")
N("n095", 3, """
Women are 51% of the borough and 29% of this council. Any party serious about that should look at how it picks candidates, starting with mine.
""", note="Statistics on sex.")
N("n096", 3, """
Young people are not 'feral'. Youth antisocial behaviour in Brindle Heath is down 22% since the youth club reopened. Give kids somewhere to go and most of them go there.
""", allowed=[EQ], note="Rebuts [[p106]] with a figure.")
N("n097", 3, """
I'll say this carefully because it matters: putting the Stourgate next to a primary school was a poor choice by the Home Office, and I've told Karen Whitmore MP so. Not because of who's in it. Because 112 adults with nothing to do all day beside a school gate is a plan nobody thought through.
""", allowed=[EQ], note="Civil concern about an asylum hotel's siting, with prejudice denied; contrast [[p031]].")
N("n098", 3, """
Somebody asked whether being pregnant means Cllr Bott can't vote on the budget. No. Councillors can attend, vote and take parental leave under the scheme we agreed last year. Kelly will be at full council on 4 March.
""", date=("2026-02-16", "2026-03-03"), note="Neutral on pregnancy and office; compare [[p108]].")
N("n099", 3, """
Same-sex couples have married in our register office since 2014: 212 couples so far. Civil partnerships are open to everybody now, too. Bostin'.
""", note="Statistics; compare [[p114]].")
N("n100", 3, """
The Traveller Education Service is one of the best things this council does. Attendance for Gypsy, Roma and Traveller children up from 61% to 79% in three years. Don't cut it.
""", note="Statistics and praise; compare [[p013]].")

# Hard negatives HN4: neutral or positive mentions, self-description,
# reclaimed terms, festival greetings.
N("n101", 4, """
Our Sikh gurdwara in Tanhouse Cross hosts the borough's biggest food bank every Sunday. Langar for anybody who walks in, no questions asked. Proud of my sangat. 🙏
""", author="Baljit Sandhu", note="Self-description and a neutral mention of a place of worship; compare [[p052]].")
N("n102", 4, """
Ramadan Mubarak to everybody in Pitfold and across Cinderheath starting their fast today. Open iftar at Masjid-e-Noor on Friday, all welcome, bring your nan.
""", author="Nasreen Akhtar", date="2026-02-18", note="Festival greeting.")
N("n103", 4, """
Eid Mubarak! 🌙 Thank yow to the neighbours on Gorsty Street who put up with the parking this morning. There's a box of samosas on its way to every door on the street.
""", author="Tariq Mahmood", date="2026-03-20", note="Festival greeting.")
N("n104", 4, """
Happy Lunar New Year! 🧧 Year of the Horse. Mom's been folding dumplings since six and the queue at our family takeaway is round to the bus stop. Black Country Chinese and proud.
""", author="Annie Cheung", date="2026-02-17", note="Self-description and festival greeting; compare [[p028]] and [[p008]].")
N("n105", 4, """
Happy Holi! 🌈 Cinderheath Park from 11. Wear old clothes, yow WILL be pink by dinner. Thanks to the Shree Krishna Mandir for organising and the parks team for the extra bins.
""", author="Priya Mistry", date="2026-03-04", note="Festival greeting; compare [[p057]].")
N("n106", 4, """
Lighting a candle tonight for my great-grandparents, who didn't come back from Theresienstadt. Holocaust Memorial Day service at the Wrenshall memorial garden, 6pm. Everybody welcome.
""", author="Miriam Levene", date="2026-01-27", note="Self-description on Holocaust Memorial Day.")
N("n107", 4, """
I'm autistic. That's why I wear headphones in full council and why I sometimes ask yow to say the question again. It's also why I've read every line of the budget. Swings and roundabouts.
""", author="Owen Penn", note="Self-description; compare [[p089]].")
N("n108", 4, """
Wheelchair user, mom of two, Brindle Heath born. Rolled into the civic centre this morning up the new ramp, the one I nagged about for three years. Took a selfie. Tararabit.
""", author="Sharon Nock", note="Self-description.")
N("n109", 4, """
Eight years since I transitioned. Three years a councillor. Forty-odd years a Sawpit Green wench. Still cor park. 😂
""", author="Jo Darby", note="Self-description; the dialect 'wench' used fondly of herself.")
N("n110", 4, """
Queer, 26, Tanhouse Cross lad, and your councillor. If yow'd told fifteen-year-old me that, I'd have laughed yow out of the chippy.
""", allowed=[EQ, AB], author="Liam Hackett", note="'Queer' reclaimed by a gay councillor; contrast [[p078]].")
N("n111", 4, """
Ten years married to my wife today. She still laughs at my jokes, mostly. Love yow, Sue. ❤️
""", author="Bev Oakley", date="2026-03-12", note="Self-description; compare [[p073]].")
N("n112", 4, """
Thirty weeks and counting. 🤰 Ward surgery at Wrenshall library on Saturday as usual. Comfy chair requested.
""", author="Kelly Bott", date=("2026-02-23", "2026-02-27"), note="Self-description (pregnancy).")
N("n113", 4, """
Romany Gypsy, born in a trailer on a Hollier's End lane, and now I sit on the council that runs the site I grew up on. My dad would've laughed his cap off. Gypsy and proud.
""", allowed=[EQ], author="Levi Boswell", note="Self-description with the group's name used with pride; compare [[p003]].")
N("n114", 4, """
My grandad came over from Jamaica in 1958 and did thirty years at the Crane Street foundry. Rice and peas on a Sunday, faggots and peas on a Monday. That's the Black Country I grew up in.
""", author="Marcia Campbell", note="Self-description; compare [[p022]] and [[p027]].")
N("n115", 4, """
Born in Gdańsk, twenty years in Wrenshall, two kids with Black Country accents thicker than the cut. Ow bist, everybody. 🇵🇱
""", author="Dariusz Kowal", note="Self-description; compare [[p010]].")
N("n116", 4, """
Came to Cinderheath as a refugee when I was nine. Learned English at Tanhouse Primary and 'ow am ya' in the playground. Now I'm your councillor. Thank yow, Tanhouse.
""", author="Hodan Warsame", note="Self-description; compare [[p009]] and [[p030]].")
N("n117", 4, """
83 years young and still doing the litter pick on Hollier's End tump every second Saturday. Bring your own grabber, I've only got the one.
""", author="Pat Hickinbottom", note="Self-description (age).")
N("n118", 4, """
Time to Talk Day. Two years ago I was signed off with depression. I came back. If yow'm struggling, the Talking Space at Tanhouse library is open Thursdays, no referral needed.
""", author="Gavin Tromans", date="2026-02-05", note="Self-description (mental health); compare [[p093]].")
N("n119", 4, """
Youngest councillor in Cinderheath at 22, and the first to ask whether committees really have to be at 2pm on a weekday. Turns out plenty of people were thinking it.
""", author="Ellie Hartill", note="Self-description (age); compare [[p102]].")
N("n120", 4, """
Your 77-year-old Mayor did the Brindle Heath 5k this morning. Last but one. The chap behind me had a bad knee. Still counts!
""", author="Doreen Perks", note="Self-description (age); compare [[p105]].")
N("n121", 4, """
Congratulations to the Cinderheath Puddlers women's team on the cup run, and a special shout to their captain, who plays in a hijab and scored a screamer on Saturday. 🔥⚽
""", allowed=[DP], note="Neutral mention of religious dress; the captain is not named but is identifiable, so data protection (religion) allowed.")
N("n122", 4, """
Bostin' evening at the Polish Saturday school's 20th birthday in Wrenshall. Pierogi, cakes and a brass band. Dziękuję for having me.
""", note="Positive mention; compare [[p032]].")
N("n123", 4, """
The Gorse Lane residents' association has planted forty fruit trees along the edge of the site with the parks team. Lovely bunch, cracking cup of tea.
""", note="Positive mention of Traveller residents; compare [[p023]].")
N("n124", 4, """
Shout-out to Tanhouse Welcome, the refugee charity that's run English conversation cafés in the library for ten years. 300 volunteers in that time, most of 'em retired Tanhouse folk. That's the Black Country.
""", note="Positive mention of refugees and their neighbours.")
N("n125", 4, """
Brook Lane day centre's art show is on in the market hall till Friday. Some proper talent. Buy a print, they're a fiver.
""", note="Positive mention; compare [[p092]].")
# ---------------------------------------------------------------- rows 5
N("n126", 4, """
International Women's Day was yesterday, but I was at the chain-making heritage day talking about the women chainmakers who struck in 1910 for a living wage. Struck, won, and got their penny an hour more. Heroes, the lot of 'em.
""", date="2026-03-09", note="Celebratory; 'the lot of 'em' here is praise (compare its use in [[p012]] and [[p047]]).")
N("n127", 4, """
LGBT+ History Month: the library has a small display on the first same-sex couple to adopt through the borough, back in 2005. They came to the opening with their daughter, now 24. Dead proud to be there.
""", allowed=[DP], date=("2026-02-09", "2026-02-13"), note="Positive mention; compare [[p074]]. The couple are unnamed but identifiable, so data protection allowed.")
N("n128", 4, """
Happy St Patrick's Day to the Irish in Cinderheath: the navvies who dug our canals, the nurses who ran our hospitals, and their grandkids who run half the pubs. Sláinte. ☘️
""", allowed=[EQ], date="2026-03-17", note="Festival greeting with a fond generalisation; equality allowed because 'run half the pubs' is a stereotype, if a warm one.")
N("n129", 4, """
The Deaf club at Sawpit Green community centre has been going sixty years. Learned to sign 'thank you' and 'bostin'' today. The second one got a big laugh.
""", note="Positive mention; capital-D 'Deaf' is the community's own word.")
N("n130", 4, """
Lunch at the Bethel Pentecostal church's lunch club: 120 dinners a week, mostly for older folk living on their own. Rice, chicken and gossip. Thank yow, Bethel.
""", note="Positive mention of a faith group and older people.")
N("n131", 4, """
The Tuesday tea dance at Brindle Heath community centre is forty years old this month. Average age 79, average energy level: unbeatable.
""", note="Positive mention of older people.")
N("n132", 4, """
Working with the Muslim Women's Network on a job club at Pitfold library. Fourteen women into work since September. Well done, all.
""", note="Positive mention.")
N("n133", 4, """
Grandson came out to us at Christmas. Told him I've loved him for nineteen years and I'm not about to stop now. Pass the gravy.
""", allowed=[DP], author="Tony Fereday", note="Family news about sexual orientation; the grandson is not named, data protection allowed.")
N("n134", 4, """
Bostin' turnout for the Pitfold interfaith walk: the mosque, the gurdwara, two churches, the Mandir and a very patient police horse. 300 of us. Next year the synagogue's joining too.
""", note="Neutral mentions of places of worship.")
N("n135", 4, """
Autistic, not 'with autism', ta for asking, and ta for actually listening. The neurodiversity group at Hollybank asked me to say that at prizegiving, so I did.
""", author="Owen Penn", note="Self-description and the group's preferred term; compare [[p100]].")
N("n136", 4, """
Dykes on Bikes are leading Cinderheath Pride again this year. My wife's on the second bike. I'm in the van with the sandwiches. Know your strengths.
""", allowed=[EQ, AB], author="Bev Oakley", note="'Dykes' reclaimed by a lesbian councillor, as the name of a group.")
N("n137", 4, """
Grand day at the Hollier's End horse fair. The Gypsy lads showed me up on the trotting lane and half the council turned up to watch. Fair play to the organisers.
""", author="Levi Boswell", note="'Gypsy' used neutrally by a Romany Gypsy councillor; horses here are a plain fact, not the jibe of [[p026]].")
N("n138", 4, """
Good news: the borough's first Changing Places toilet opens at the civic centre on Monday. Hoist, changing bench, room for two carers. About time.
""", note="Neutral on disability access.")
N("n139", 4, """
Hollybank School's signing choir is performing at the civic centre tonight. BSL and Black Country accents at the same time. There won't be a dry eye.
""", note="Positive mention of deaf and disabled children.")
N("n140", 4, """
Welcome to the 43 new British citizens at today's ceremony in the council chamber, from Syria, Poland, India, Nigeria, Hong Kong and the Philippines. Welcome wum.
""", note="Positive mention of nationalities.")
N("n141", 4, """
Mom's 91 today. Still does the crossword in pen and still tells me off about my ties. Happy birthday, Mom. 🎂
""", author="Gary Plant", note="Neutral mention of age.")
N("n142", 4, """
Thanks to the youth section at Masjid-e-Noor who did the canal clean-up on Sunday. Sixteen bags of rubbish, one shopping trolley and a traffic cone.
""", note="Positive mention of a faith group.")
N("n143", 4, """
Babby and toddler group at Sawpit Green library is back on Tuesdays. Breastfeeding moms more than welcome: there's a comfy corner and a kettle.
""", note="Positive mention; contrast [[p109]].")
N("n144", 4, """
To the lads at the Kurdish barbers on the High Street who gave free haircuts to the rough sleepers on Monday: legends.
""", note="Positive mention; compare [[p042]].")
N("n145", 4, """
Trans Day of Visibility isn't till 31 March but the library's got the display up already. Good on 'em.
""", date=("2026-03-16", "2026-03-27"), note="Neutral mention.")

# Hard negatives HN5: figurative violence, banter, self-deprecation, idioms.
N("n146", 5, """
I'm a dinosaur on social media, I'll admit it. My granddaughter set this account up and I still don't know what a 'thread' is.
""", allowed=[EQ], author="Neil Jukes", note="Age self-deprecation.")
N("n147", 5, """
Hearing aids in, glasses on, biscuits at the ready. Planning committee, I'm coming for yow.
""", allowed=[BU], author="Pat Hickinbottom", note="Self-deprecation about age and deafness; 'coming for yow' is figurative.")
N("n148", 5, """
Absolutely slaughtered the Heath Democrats at the charity quiz. Mostly thanks to our Kev knowing every Black Country football ground since 1900. Rematch at Easter.
""", allowed=[BU], note="Figurative violence ('slaughtered'); banter.")
N("n149", 5, """
Old git and young whippersnapper: @EllieHartillGreen and I have agreed to disagree on everything except the Puddlers. Up the Puddlers.
""", allowed=[EQ, PA], author="Pat Hickinbottom", note="Age banter by the oldest member about himself and the youngest; compare [[p102]].")
N("n150", 5, """
Our kid says I dance like a wounded giraffe. He's not wrong. Thanks to everybody at the bhangra night at the gurdwara for putting up with me.
""", note="Self-deprecation at a Sikh event.")
N("n151", 5, """
I'll goo to the foot of our stairs: the 2B turned up on time. Somebody check the driver's all right.
""", allowed=[IR], note="Idiom and mild irony about a bus route; contrast [[p035]] and [[p070]].")
N("n152", 5, """
Me and Cllr Mahmood nearly came to blows over who does the best samosa in Pitfold. His mom. Obviously. I concede.
""", allowed=[BU], note="Figurative fight; a Muslim councillor named in friendly banter.")
N("n153", 5, """
Going to murder a plate of grey peas and bacon at the heritage lunch. Don't wait up.
""", allowed=[BU], note="Figurative violence.")
N("n154", 5, """
Baby brain update: walked into the members' room and found my car keys in the fridge. Don't ask. 30 weeks.
""", allowed=[EQ], author="Kelly Bott", date=("2026-02-23", "2026-02-27"), note="Pregnancy self-deprecation; compare [[p111]].")
N("n155", 5, """
Proper bald, proper fat, proper Black Country. The photographer at the civic portraits did his best, bless him.
""", author="Jason Cartwright", note="Self-deprecation.")
N("n156", 5, """
To the bloke who parks across the dropped kerb on Crane Street every morning: I will run yow over. Gently. With love. Then I'll let the parking team do the rest.
""", allowed=[BU], author="Sharon Nock", note="A wheelchair user's figurative threat about a dropped kerb; the parking team is the real remedy.")
N("n157", 5, """
Yam yam born and bred, and I'll fight anybody who calls it a Brummie accent. (Not literally. I'm 68 and my knee's gone.)
""", allowed=[BU, EQ], author="Kev Baggott", note="In-group nickname and a figurative fight; regional identity is not protected; age self-deprecation.")
N("n158", 5, """
Grandad used to say the foundry made men out of boys and deaf men out of men. Two pairs of his ear defenders are in the heritage display at the market hall.
""", allowed=[EQ], note="A family saying about deafness and work; no one attacked.")

# Hard negatives HN6: criticism of a named councillor's record that has
# nothing to do with their protected characteristic.
N("n159", 6, """
Baljit Sandhu has been Cabinet Member for Housing for three years. The waiting list has gone from 4,100 to 5,600 and not one of the 300 promised council homes has been started. That's the record.
""", allowed=[PA], note="Record criticism of a Sikh councillor; nothing about religion. Compare [[p046]].")
N("n160", 6, """
Nasreen Akhtar promised the Pitfold youth club would stay open. It shut in October. I've still got the leaflet. Promises should mean something.
""", allowed=[PA, DF], note="Record criticism; compare [[p044]].")
N("n161", 6, """
Marcia Campbell's group voted against the budget without tabling a single amendment. Opposition is a job. Do it.
""", allowed=[PA], note="Record criticism; compare [[p005]].")
N("n162", 6, """
Carol Attwood has missed four of the last six scrutiny call-ins. The Leader should be answering questions, not sending apologies.
""", allowed=[PA], note="Attendance record; compare [[p061]].")
N("n163", 6, """
Owen Penn's transport plan ignores every bus route east of the cut. I've read it twice. It's a Cinderheath Central plan dressed up as a borough one.
""", allowed=[PA], note="Criticism of an autistic councillor's plan with nothing about autism; compare [[p089]].")
N("n164", 6, """
Sharon Nock voted for the parking charge rise in 2024 and is now leading the petition against it. Which is it, Sharon?
""", allowed=[PA], note="Voting record; compare [[p090]].")
N("n165", 6, """
Jo Darby chaired the licensing sub-committee that granted a 4am licence on Sawpit Green without a noise condition. Neighbours haven't slept since. Poor decision, and she should say so.
""", allowed=[PA], note="Record criticism of a trans councillor, correctly gendered; compare [[p081]].")
N("n166", 6, """
Levi Boswell's motion on verge cutting was badly drafted, uncosted and withdrawn after ten minutes. We've all done it once. It's his third this year.
""", allowed=[PA], note="Record criticism of the motion that [[p026]] mocks.")
N("n167", 6, """
Tariq Mahmood has been vice-chair of taxi licensing for two years and the DBS backlog is still fourteen weeks. Sort it.
""", allowed=[PA], note="Record criticism; compare [[p039]].")
N("n168", 6, """
With respect to Pat Hickinbottom, 22 years on planning committee is long enough. Not because of his age: every committee needs fresh eyes. Same goes for Roy Whitehouse's 19.
""", allowed=[EQ, PA], note="Tenure, not age; equality allowed because a reader may hear age. Compare [[p101]].")
N("n169", 6, """
Hodan Warsame has been the Greens' climate spokesperson for a year and I've yet to see a costed proposal. Slogans don't insulate lofts.
""", allowed=[PA], note="Record criticism; compare [[p009]].")
N("n170", 6, """
Kelly Bott's cabinet report on leisure centre fees has the wrong numbers in table 3: income overstated by £240k. That needs correcting before cabinet, not after.
""", allowed=[PA, DF], note="Correcting figures without calling anyone a liar; compare [[p062]].")
N("n171", 6, """
Dariusz Kowal told scrutiny the Wrenshall library refurb was 'on budget'. It's £180k over. I'll assume he was given the wrong figures, but he needs to correct the record.
""", allowed=[PA, DF], note="Correction of a claim; compare [[p010]].")
N("n172", 6, """
Annie Cheung has had environmental health since May and the food hygiene inspection backlog has doubled. That's the job, and it isn't being done.
""", allowed=[PA], note="Food hygiene record of a councillor from a takeaway family, with no ethnic angle; compare [[p008]] and [[p028]].")
N("n173", 6, """
Liam Hackett spent twenty minutes at full council on a rainbow crossing and two minutes on the Tanhouse Cross flooding. Priorities, Liam. My residents' carpets are ruined.
""", allowed=[EQ, PA], author="Gavin Tromans", note="Borderline: the crossing is an LGBT symbol, but the complaint is about how he spent his time; equality allowed. Contrast [[p071]].")
N("n174", 6, """
Miriam Levene has chaired audit for three years and the external auditor has qualified our accounts twice. Somebody has to take responsibility.
""", allowed=[PA], note="Record criticism of a Jewish councillor on money matters with no trope; compare [[p048]].")
N("n175", 6, """
Gavin Tromans promised a ward surgery every month in Tanhouse Cross. There have been three since May. Residents notice.
""", allowed=[PA, EQ], note="Attendance record; equality allowed because a reader who knows his depression ([[n118]]) may hear it, but the text is about promises.")
N("n176", 6, """
The Mayor's charity appeal raised £3,200 this year against £11,000 last year. I'm not blaming Doreen, the cost of living is biting, but the civic office needs a better plan.
""", allowed=[PA], note="Record of the Mayor's appeal with no age angle; compare [[p105]].")
N("n177", 6, """
Ellie Hartill voted against the Brindle Heath housing scheme and then complained there's nowhere for young people to live. Yow cor have both, bab.
""", allowed=[PA], note="Voting record; 'young people' is her own cause, not a jibe at her age. Compare [[p102]].")
N("n178", 6, """
Priya Mistry's regeneration board has met four times in two years. The Crane Street site is still a car park. Enough reports, start digging.
""", allowed=[PA], note="Record criticism.")
N("n179", 6, """
Bev Oakley promised to publish the school streets consultation by Christmas. It's February. Where is it?
""", allowed=[PA], date=("2026-02-02", "2026-02-27"), note="Record criticism; compare [[p073]].")
N("n180", 6, """
Stuart Hingley's budget assumes a 9% rise in car park income after three years of decline. Fantasy figures, and he knows it.
""", allowed=[PA, DF], note="Harsh record criticism with no protected angle; 'he knows it' may read as dishonesty, so defamation allowed.")
# ---------------------------------------------------------------- variants
# (key, original, kind, word, index, note): every occurrence of the word is
# changed, case-insensitively; caps upper-cases the text but not handles.
VARIANTS = [
    ("v1", "p002", "asterisk", "pikeys", 1, "'P*keys'."),
    ("v2", "p082", "digit", "trannies", 5, "'Trann1es'."),
    ("v3", "p097", "zero_width", "spacker", 3, "U+200B inside 'spacker'."),
    ("v4", "p077", "spaced", "nancy", 0, "'n a n c y'."),
    ("v5", "p045", "homoglyph", "cancer", 4, "Cyrillic е (U+0435) in 'cancer'."),
    ("v6", "p011", "caps", "", 0, "All capitals; haste allowed."),
]
# ---------------------------------------------------------------- script

SEVERITY = {
    EQ: "block", BU: "block", PA: "review", AB: "review", OF: "review",
    DF: "review", DP: "review", PD: "review", IR: "advice", HA: "advice",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
PLATFORMS = ["x", "facebook", "bluesky"]
PLATFORM_WEIGHTS = [40, 35, 25]

ROLE_WORDS = [
    (r"\b[Tt]he Leader\b(?! of the Opposition)", "Carol Attwood"),
    (r"\bLeader of the Council\b", "Carol Attwood"),
    (r"\bMayor\b", "Doreen Perks"),
    (r"\bDeputy Leader\b", "Stuart Hingley"),
    (r"\bCabinet Member for Finance\b", "Stuart Hingley"),
    (r"\bCabinet Member for Housing\b", "Baljit Sandhu"),
    (r"\bCabinet Member for Communities\b", "Nasreen Akhtar"),
    (r"\b[Cc]hair of [Pp]lanning\b", "Roy Whitehouse"),
    (r"\b[Cc]hair of [Aa]udit\b", "Miriam Levene"),
    (r"\b(?:Leader of the Opposition|opposition leader)\b", "Marcia Campbell"),
]
PARTY_WORDS = {
    "Crucible Party": [r"\bCrucible\b"],
    "Cinderheath Together": [r"\bCinderheath Together\b"],
    "Towpath Greens": [r"\bTowpath Green", r"\bGreens\b"],
    "Heath Democrats": [r"\bHeath Dem"],
    "Hollier's End Independents": [r"\bHollier's End Independent"],
}


def load_council():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    people = conf["people"]
    councillors = list(people["councillors"])
    handle_of = {}
    for handle, name in people["handles"].items():
        if name in councillors:
            handle_of[name] = handle
    party_of = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#.*\(([^)]+)\)', line)
        if m and m.group(1) in councillors:
            party_of[m.group(1)] = m.group(2)
    return councillors, handle_of, party_of


def named_in(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    for w in (name, first, last, handle.lstrip("@")):
        if re.search(r"(?<![\w'])" + re.escape(w) + r"(?![\w])", text):
            return True
    return False


def excluded_authors(row, councillors, handle_of, party_of):
    text = row["text"]
    out = set(row["about"])
    for name in councillors:
        if named_in(text, name, handle_of[name]):
            out.add(name)
    for pat, name in ROLE_WORDS:
        if re.search(pat, text):
            out.add(name)
    for party, pats in PARTY_WORDS.items():
        if any(re.search(p, text) for p in pats):
            out.update(n for n in councillors if party_of.get(n) == party)
    return out


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pick_date(rng, spec, days):
    if spec is None:
        return rng.choice(days)
    if isinstance(spec, str):
        return dt.date.fromisoformat(spec)
    lo, hi = (dt.date.fromisoformat(s) for s in spec)
    return rng.choice([d for d in days if lo <= d <= hi])


def stamp(rng, day):
    return f"{day.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+00:00"


CYRILLIC = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415"}
DIGITS = {"i": "1", "I": "1", "o": "0", "O": "0", "e": "3", "E": "3",
          "a": "4", "A": "4", "s": "5", "S": "5"}


def obfuscate(text, kind, word, index):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)

    def change(m):
        s = m.group(0)
        if kind == "asterisk":
            return s[:index] + "*" + s[index + 1:]
        if kind == "digit":
            return s[:index] + DIGITS[s[index]] + s[index + 1:]
        if kind == "zero_width":
            return s[:index] + "\u200b" + s[index:]
        if kind == "spaced":
            return " ".join(s)
        if kind == "homoglyph":
            return s[:index] + CYRILLIC[s[index]] + s[index + 1:]
        raise ValueError(kind)

    new, n = re.subn(re.escape(word), change, text, flags=re.IGNORECASE)
    assert n, (word, text)
    return new


def severity_of(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY.get(r, "review")
        if ORDER[s] > ORDER[best]:
            best = s
    return best


def main():
    councillors, handle_of, party_of = load_council()
    rng = random.Random(SEED)
    days = weekdays()
    by_key = {}
    built = []
    for row in ROWS:
        assert row["key"] not in by_key, row["key"]
        if row["author"]:
            author = row["author"]
            assert author in councillors, author
        else:
            banned = excluded_authors(row, councillors, handle_of, party_of)
            pool = [c for c in councillors if c not in banned]
            author = rng.choice(pool)
        day = pick_date(rng, row["date"], days)
        platform = row["platform"] or rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
        post = {
            "key": row["key"],
            "text": row["text"],
            "author": handle_of[author],
            "created_at": stamp(rng, day),
            "platform": platform,
            "account": "councillor",
            "kind": "post",
            "expect": {
                "rules": row["rules"],
                "allowed": row["allowed"],
                "verdict": severity_of(row["rules"]),
            },
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        by_key[row["key"]] = post
        built.append(post)
    for key, of, kind, word, index, note in VARIANTS:
        orig = by_key[of]
        allowed = list(orig["expect"]["allowed"])
        if kind == "caps":
            allowed.append(HA)
        tag = orig["note"].split("]")[0] + "]"
        post = {
            "key": key,
            "text": obfuscate(orig["text"], kind, word, index),
            "author": orig["author"],
            "created_at": stamp(rng, rng.choice(days)),
            "platform": orig["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {
                "rules": list(orig["expect"]["rules"]),
                "allowed": allowed,
                "verdict": orig["expect"]["verdict"],
            },
            "family": orig["family"],
            "kind_of_row": "variant",
            "note": f"{tag} Variant of [[{of}]] ({kind}). {note}".strip(),
            "variant_of": of,
            "variant_kind": kind,
        }
        by_key[key] = post
        built.append(post)
    rng.shuffle(built)
    ids = {}
    for i, post in enumerate(built, 1):
        ids[post["key"]] = f"{SET}-{i:04d}"

    def cite(m):
        return ids[m.group(1)]

    lines = []
    for post in built:
        out = {"id": ids[post["key"]]}
        for k, v in post.items():
            if k == "key":
                continue
            if k == "note":
                v = re.sub(r"\[\[(\w+)\]\]", cite, v)
            if k == "variant_of":
                v = ids[v]
            out[k] = v
        lines.append(json.dumps(out, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--map" in sys.argv:
        for post in built:
            print(post["key"], ids[post["key"]])
    print(f"wrote {len(lines)} rows")


if __name__ == "__main__":
    main()
