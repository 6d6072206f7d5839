"""Build blind set B149 (Kelderwick District Council, Northumberland coast and hills).

Every row below was written by hand. The script picks authors, platforms and
timestamps with a fixed seed, makes the 30 obfuscated variants, shuffles, gives
ids B149-0001.. and writes posts.jsonl. Standard library only; deterministic.
`python3 build.py --map` also prints row key -> id.
"""
import datetime as dt
import json
import os
import random
import re
import sys
import tomllib

SET = "B149"
SEED = 14949
HERE = os.path.dirname(os.path.abspath(__file__))

RULE = {
    "pa": "respect.personal-attack", "ab": "respect.abusive-language",
    "bu": "bullying.intimidation", "eq": "equality.discrimination",
    "de": "defamation.allegation", "of": "officers.impartiality",
    "dp": "data-protection.personal-data", "pr": "predetermination.closed-mind",
    "ir": "tone.irony-risk", "ha": "haste.pause-before-posting",
    "ia": "position.improper-advantage", "me": "meetings.during-meeting",
    "cr": "security.credentials", "gi": "gifts.hospitality",
}
FAMILY = {"pa": "respect.personal-attack", "ab": "respect.abusive-language",
          "bu": "bullying.intimidation", "eq": "equality.discrimination",
          "de": "defamation.allegation", "hn": "hard_negative"}
# lowest severity each expected rule implies (severe cases are marked block by hand)
MIN_SEV = {"pa": "review", "ab": "review", "bu": "block", "eq": "block", "de": "review",
           "of": "review", "dp": "review", "pr": "review", "ir": "advice", "ha": "advice",
           "ia": "review", "me": "advice", "cr": "block", "gi": "advice"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []


def R(key, fam, rules, allowed, text, note, verdict=None, author=None, date=None):
    rules = rules.split()
    allowed = allowed.split()
    if fam != "hn":
        assert fam in rules, key
    if verdict is None:
        verdict = "ok"
        for r in rules:
            if ORDER.index(MIN_SEV[r]) > ORDER.index(verdict):
                verdict = MIN_SEV[r]
    ROWS.append(dict(key=key, fam=fam, rules=rules, allowed=allowed, text=text,
                     note=note, verdict=verdict, author=author, date=date))


# Role words that identify a councillor without the name.
ROLE_WORDS = {
    "Moira Charlton": ["the Leader", "Leader of the Council", "Cllr Charlton"],
    "Duncan Ridley": ["Deputy Leader", "Cabinet Member for Finance", "finance portfolio"],
    "Ailsa Thirlwell": ["Cabinet Member for Housing"],
    "Ian Dodd": ["Chair of Planning", "planning chair"],
    "Margaret Armstrong": ["the Mayor", "Mayor"],
}
PARTY = {}
PARTY_WORDS = {"Reiver Alliance": ["Reiver"], "Tideline": ["Tideline"],
               "Fell Greens": ["Fell Green"], "Hethburn Independents": ["Hethburn Independent"],
               "Salt Road League": ["Salt Road League"], "Independent": []}


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    raw = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\)', raw, re.M):
        PARTY[m.group(1)] = m.group(2)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        if name in cfg["people"]["councillors"]:
            handles[name] = h
    return cfg["people"]["councillors"], handles


def names_in(text, name, handle):
    t = text.lower()
    first, last = name.split()[0], name.split()[-1]
    toks = [name, first, last, handle] + last.split("-") + ROLE_WORDS.get(name, [])
    for tok in toks:
        if re.search(r"(?<![\w@])" + re.escape(tok.lower()) + r"(?!\w)", t):
            return True
    if handle.lower() in t:
        return True
    for w in PARTY_WORDS.get(PARTY.get(name, ""), []):
        if w.lower() in t:
            return True
    return False


CYR = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "O": "\u041e", "E": "\u0415", "A": "\u0410"}
DIG = {"o": "0", "i": "1", "e": "3", "a": "4", "O": "0", "I": "1", "E": "3", "A": "4"}


def obf_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i in range(1, len(w)):
            if w[i] in DIG:
                return w[:i] + DIG[w[i]] + w[i + 1:]
    if kind == "homoglyph":
        for i in range(len(w)):
            if w[i] in "oeOE":
                return w[:i] + CYR[w[i]] + w[i + 1:]
    if kind == "zero_width":
        h = len(w) // 2
        return w[:h] + "\u200b" + w[h:]
    if kind == "spaced":
        return " ".join(w)
    raise ValueError(kind + " " + w)


def make_variant(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obf_word(m.group(0), kind), text)


def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    councillors, handles = load_council()
    rng = random.Random(SEED)
    days = weekdays()
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    byk = {r["key"]: r for r in ROWS}
    posts = []

    def stamp(date=None):
        d = dt.date.fromisoformat(date) if date else rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        0, tzinfo=dt.timezone.utc)
        return t.isoformat()

    for r in ROWS:
        if r["author"]:
            name = r["author"]
        else:
            cands = [c for c in councillors if not names_in(r["text"], c, handles[c])]
            name = rng.choice(cands)
        r["_author"] = handles[name]
        r["_platform"] = rng.choice(["x", "facebook", "bluesky"])
        posts.append(dict(key=r["key"], text=r["text"], author=handles[name],
                          created_at=stamp(r["date"]), platform=r["_platform"],
                          account="councillor", kind="post",
                          expect=dict(rules=sorted(RULE[x] for x in r["rules"]),
                                      allowed=sorted(RULE[x] for x in r["allowed"]),
                                      verdict=r["verdict"]),
                          family=FAMILY[r["fam"]],
                          kind_of_row="hard_negative" if r["fam"] == "hn" else "positive",
                          note=r["note"]))
    for okey, kind, word in VARIANTS:
        o = byk[okey]
        allowed = set(o["allowed"])
        if kind == "caps":
            allowed.add("ha")
        note = "%s variant of {%s}%s." % (kind, okey, "" if kind == "caps" else " ('%s')" % word)
        posts.append(dict(key=okey + "-" + kind, text=make_variant(o["text"], kind, word),
                          author=o["_author"], created_at=stamp(), platform=o["_platform"],
                          account="councillor", kind="post",
                          expect=dict(rules=sorted(RULE[x] for x in o["rules"]),
                                      allowed=sorted(RULE[x] for x in allowed),
                                      verdict=o["verdict"]),
                          family=FAMILY[o["fam"]], kind_of_row="variant", note=note,
                          variant_of="{%s}" % okey, variant_kind=kind))
    rng.shuffle(posts)
    ids = {}
    for i, p in enumerate(posts, 1):
        ids[p["key"]] = "%s-%04d" % (SET, i)

    def sub(s):
        s = re.sub(r"\{([A-Za-z0-9-]+)\}", lambda m: ids[m.group(1)], s)
        return re.sub(r"\b(?:PA|AB|BU|EQ|DE)\d\d\b|\bH\d\d\d\b", lambda m: ids[m.group(0)], s)

    lines = []
    for p in posts:
        k = p.pop("key")
        out = {"id": ids[k]}
        out.update(p)
        out["note"] = sub(out["note"])
        if "variant_of" in out:
            out["variant_of"] = sub(out["variant_of"])
        lines.append(json.dumps(out, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    if "--map" in sys.argv:
        for k in keys + [v[0] + "-" + v[1] for v in VARIANTS]:
            print(k, ids[k])
    print("wrote %d posts" % len(lines))


# ---------------------------------------------------------------- personal attack
R("PA01", "pa", "pa", "", "Ailsa Thirlwell has the backbone of a boiled kipper. Every time the Seaward Court tenants need her, she folds.", "Insult without swearing at a named cabinet member.")
R("PA02", "pa", "pa", "", "@IanDoddPlanning you are genuinely the dimmest man ever to chair a committee in this district. A yowe off the Hethburn Fells would have read the papers.", "Insult at a handle, second person.")
R("PA03", "pa", "pa", "ir", "Watching Duncan Ridley try to explain the budget was like watching a bairn explain quantum physics. Bless him. Out of his depth and every soul in the chamber knew it.", "Mockery ('bless him'); irony allowed.")
R("PA04", "pa", "pa ir", "", "Congratulations to Cllr Storey on his first original idea in nine years on the council! Shame it was Janet Robson's. \U0001F44F", "Mock congratulation: personal attack with irony expected.")
R("PA05", "pa", "pa", "de", "Sharon Wigham is a nasty, two-faced gossip and half of Saltcote Haven knows it.", "'two-faced' at a person; defamation allowed for the dishonesty hint.")
R("PA06", "pa", "pa", "", "Honestly Gavin, you are a pompous little windbag. Nobody on Corbie Sands can stand you.", "First name only (Gavin Younger) in second person.")
R("PA07", "pa", "pa of", "", "The Chief Executive is a spineless yes-man who wouldn't know a coastal erosion plan if it washed up on his doorstep.", "Insult at an officer by role: officers expected.")
R("PA08", "pa", "pa", "", "Howay man @DerekBewickSRL, give your gob a rest. Wor bairns could do your job and they're still at first school.", "Dialect put-down at a handle.")
R("PA09", "pa", "pa", "eq", "Fiona Milburn: all hairspray and no brains. Next question.", "Gendered-sounding insult; equality only allowed.")
R("PA10", "pa", "pa", "", "Watched the Courant video of Cllr Dodd at the Links End drop-in. Absolute gowk. Couldn't even find his own agenda.", "'gowk' (fool), Northumbrian idiom.")
R("PA11", "pa", "pa", "", "Moira Charlton is the most arrogant, sneering, self-important person I've ever had the misfortune to sit opposite. She treats residents like clarts on her wellies.", "Character attack on the Leader.")
R("PA12", "pa", "pa", "bu", "Stuart Heron is a worthless waste of skin. Whinlaw would be better off if he'd never been born.", "Severe personal attack; block; bullying allowed.", verdict="block")
R("PA13", "pa", "pa", "", "Whoever let Kevin Storey near the harbour budget wants their head looking at. The man is a walking disaster with a calculator.", "Insult at a named councillor.")
R("PA14", "pa", "pa", "", "Cllr Pattinson's contribution to scrutiny? Whining, whining and more whining. Grow up, pet.", "Belittling; 'pet' as a put-down.")
R("PA15", "pa", "pa of", "", "Our Head of Planning couldn't organise a raffle at the Coble Inn. Useless from top to bottom, and she knows it.", "Insult at an officer by role.")
R("PA16", "pa", "pa", "", "Janet Robson, the dafty who thinks the crab boats run on wind power. Heaven help Blackstane.", "'dafty' at a named councillor.")
R("PA17", "pa", "pa", "", "Can somebody tell @KrisWisniewskiFG that being a smug know-all isn't a policy? Insufferable man.", "Insult at a handle; no nationality in it.")
R("PA18", "pa", "pa", "", "Typical Derek. Mouth like the Tarrow causeway at low tide: wide open and full of clarts.", "Mockery by simile, first name only.")
R("PA19", "pa", "pa", "", "Ridley's a coward. Hid behind the officers for the whole debate and slunk off before the vote like a whipped cur.", "Surname only; 'coward', 'whipped cur'.")
R("PA20", "pa", "pa", "bu", "Ailsa Thirlwell is a vile, poisonous creature and I hope every tenant she has failed tells her so to her face.", "Severe; block. Bullying allowed for 'to her face'.", verdict="block")
R("PA21", "pa", "pa", "", "Sorry but Bryony's speech was the most self-righteous, sanctimonious drivel I've heard all year. The woman is unbearable.", "Speech criticised, then the person: personal attack.")
R("PA22", "pa", "pa", "", "The Mayor is an embarrassment in a chain. Pompous, rude to the lifeboat volunteers, and thick as a hemmel door.", "By role; 'hemmel' (cattle shed) idiom.")
R("PA23", "pa", "pa", "eq", "@WalterBolamHI you're a clown, a bitter clown, and you've been a clown since the Hethburn bus had a conductor.", "Insult; the age hint leaves equality allowed.")
R("PA24", "pa", "pa", "de", "Seen Omar Siddiqui's 'costed plan' for Blackstane pool? The man's a fantasist. A dreamer who's never done an honest day's graft.", "'fantasist'; 'honest day's graft' is about work, defamation allowed.")
R("PA25", "pa", "pa of", "", "Ruairi Gallon treats elected members like naughty schoolbairns. Condescending, petty little man.", "Named Chief Executive: officers expected.")
R("PA26", "pa", "pa", "ir", "Imagine being Ian Dodd. Imagine sitting through four hours of Links End objections and still not understanding a single one. Couldn't be me \U0001F602\U0001F921", "Mockery with emoji; irony allowed.")
R("PA27", "pa", "pa", "bu", "Everyone in Saltcote: get onto Sharon Wigham's page and tell her what you think of her. She's a disgrace and she should hear it from all of us.", "Pile-on call with an insult; bullying allowed.")

# ---------------------------------------------------------------- abusive language
R("AB01", "ab", "ab", "", "This bloody parking scheme on Saltcote harbour front is an absolute shitshow from start to finish.", "Obscenity at a scheme: abusive only.")
R("AB02", "ab", "ab", "pa", "Brannock's bin service is fucking useless. Third week running Blackstane's been missed.", "Obscenity at a contractor; personal attack allowed (company).")
R("AB03", "ab", "ab pa", "", "@KevStoreyRA shut your fucking mouth about the fish quay, you haven't got a clue.", "Obscenity at a handle.")
R("AB04", "ab", "ab", "", "Hadaway and shite with this 'consultation'. It's a stitched-up pile of crap and you all know it.", "Dialect obscenity at a consultation.")
R("AB05", "ab", "ab pa", "", "Duncan Ridley is a total knobhead. There, I said it.", "Obscene insult at a named councillor.")
R("AB06", "ab", "ab", "pa of", "Whoever signed off the sea wall contract is a useless cunt and should be sacked.", "The c-word: block. At 'whoever', so personal attack and officers only allowed.", verdict="block")
R("AB07", "ab", "ab", "pa", "Sandpiper Leisure can piss right off with their caravan pitch fee hike. Greedy bastards.", "Obscenity at a company.")
R("AB08", "ab", "ab", "pa", "What a load of bollocks from @JanetRobsonTide on the harbour dues. Utter bollocks.", "Obscenity at what was said; personal attack allowed.")
R("AB09", "ab", "ab", "pa", "Marram Homes are a bunch of money-grabbing arseholes and I'll say it in the chamber too.", "Obscenity at a developer.")
R("AB10", "ab", "ab pa", "", "Stuart Heron you absolute bellend. You voted FOR the 467 bus cut.", "Obscene insult at a named councillor.")
R("AB11", "ab", "ab", "", "The new council app is shite. Proper shite. Took me forty minutes to report one pothole on the Whinlaw road.", "Obscenity at an app.")
R("AB12", "ab", "ab pa", "eq", "Fiona Milburn, you smug cow, stop talking over people.", "'cow' at a woman councillor; equality allowed.")
R("AB13", "ab", "ab", "pa de", "Kelder Homes managers are a pack of lazy, lying twats who leave pensioners in damp flats.", "Obscenity at unnamed managers; 'lying' leaves defamation allowed.")
R("AB14", "ab", "ab", "", "Pissed off doesn't cover it. The 467 bus cut is a pile of steaming crap dreamt up by people who've never been up the valley.", "Obscenity at a decision.")
R("AB15", "ab", "ab pa", "", "Absolute dickhead behaviour from the Chair of Planning at the Links End meeting. Didn't let a single objector finish.", "Obscene insult at a councillor by role.")
R("AB16", "ab", "ab pa", "bu", "Piss-stained, rat-faced little shit. That's what Derek Bewick is, and I'd say it to his face.", "Severe; block; bullying allowed.", verdict="block")
R("AB17", "ab", "ab", "pa", "Fuck the Reiver Alliance and fuck their harbour car park.", "Obscenity at a party.")
R("AB18", "ab", "ab", "", "This budget is a steaming pile of dog shite.", "Obscenity at a budget; short.")
R("AB19", "ab", "ab pa", "", "Oh do piss off, @GavYoungerTL. Nobody asked.", "Obscene dismissal at a handle.")
R("AB20", "ab", "ab", "pa", "The Courant printed that crap without checking one fact. Bunch of clueless wankers.", "Obscenity at a newspaper.")
R("AB21", "ab", "ab", "pa", "Kris Wisniewski can kiss my arse if he thinks I'm backing his cycle lane.", "Obscene dismissal; not an insult about him, so personal attack allowed.")
R("AB22", "ab", "ab", "pa ir", "Aye, the haar's in, the road's shut, and the gritter's broke down again. Fucking marvellous. Brannock couldn't run a bath.", "Sarcastic obscenity at a service.")
R("AB23", "ab", "ab pa", "de", "Moira Charlton is a gobshite and a bully.", "Obscene insult; 'bully' leaves defamation allowed.")
R("AB24", "ab", "ab", "pa", "Sorry for the language but the state of Saltcote First School's roof is bloody disgraceful and the sodding cabinet should be ashamed.", "Mild swearing at a decision; the cabinet as a body.")
R("AB25", "ab", "ab", "pa", "Every one of the bastards on that cabinet can rot. Spineless, gutless, shit-for-brains, the lot of them.", "Severe obscenity at the cabinet as a body: block.", verdict="block")
R("AB26", "ab", "ab", "", "Lowstead ranges booming again at 7am. For fuck's sake. Some of us have ewes lambing.", "Obscenity at a situation; mildest row.")
R("AB27", "ab", "ab pa", "", "What a pair of tossers @IanDoddPlanning and @DuncanRidleyRA are.", "Obscene insult at two handles.")

# ---------------------------------------------------------------- bullying / intimidation
R("BU01", "bu", "bu", "pa", "Ailsa Thirlwell, keep pushing this Kelder Homes stock transfer and you'll find out what Blackstane does to people who sell it out. You've been warned.", "[explicit] Threat tied to a vote.")
R("BU02", "bu", "bu", "dp", "Lovely house you've got up Whinlaw Bank, @StuHeronRA. Be a shame if anything happened to that new conservatory.", "[veiled] Home street; data protection allowed.")
R("BU03", "bu", "bu", "pa", "If Janet Robson turns up at the harbour meeting, the lads will make sure she doesn't walk back to her car in one piece.", "[explicit] Threat of violence.")
R("BU04", "bu", "bu", "", "Sharon, you'll regret this vote. Maybe not this week. But you will.", "[veiled] 'you'll regret', first name only.")
R("BU05", "bu", "bu", "pa", "Right everyone, Derek Bewick's email is on the council website. Let's flood it. Every hour, every day, until he resigns. Make his life a misery.", "[pressure] Organised pile-on.")
R("BU06", "bu", "bu", "ia", "Funny how the harbour licence for your brother's boat comes up for renewal next month, Kevin. Think carefully about how you vote on Thursday.", "[pressure] Misuse of council powers hinted; improper advantage allowed.")
R("BU07", "bu", "bu", "", "Whoever reported me to the Monitoring Officer: I know who you are, I know where you live, and this isn't over.", "[explicit] Threat against a complainant.")
R("BU08", "bu", "bu", "", "Tide comes in fast over the Tarrow causeway. Folk who don't know when to stop can get caught out. Just saying, @FionaMilburnRA.", "[veiled] Menace through local hazard.")
R("BU09", "bu", "bu", "eq pa", "Next full council let's all sit in the gallery and boo Rory Lisle every time he opens his mouth. See how long he lasts.", "[pressure] Organised humiliation; equality allowed (the reader may know he is autistic).")
R("BU10", "bu", "bu of", "pr", "The planning officer who recommended Links End for approval had better watch his back. People round here have long memories.", "[explicit] Threat at an officer by role.")
R("BU11", "bu", "bu", "", "I'd not want to be Ian Dodd walking through Corbie Sands after dark this week. Just an observation.", "[veiled]")
R("BU12", "bu", "bu", "pa", "I've got screenshots of every daft thing Gavin Younger has ever said in a group chat. Vote with us on the harbour or they go to the Courant. Your choice, Gav.", "[pressure] Blackmail over a vote.")
R("BU13", "bu", "bu", "", "Come near my farm again with your clipboard, Omar, and you'll be leaving in an ambulance.", "[explicit]")
R("BU14", "bu", "bu", "", "Reivers used to settle things the old way in these hills. Some of us think Moira Charlton needs reminding.", "[veiled] Reiver history as menace.")
R("BU15", "bu", "bu", "dp", "To the resident who complained about my post: withdraw it by Friday or I'll make sure everyone in Saltcote knows your name and what you said.", "[pressure] Threat to expose a complainant.")
R("BU16", "bu", "bu", "", "Kris, if you were half a man you'd meet me behind the Coble Inn and we'd sort this properly. I'll put you through the window.", "[explicit]")
R("BU17", "bu", "bu", "dp", "We know which bus Lauren gets home on. Nice to know she's got company \U0001F609", "[veiled] Route known; data protection allowed.")
R("BU18", "bu", "bu", "eq", "Walter Bolam should stand down before the AGM. If he doesn't, the photos from the Drovers Christmas do go out. Nobody wants that for a man his age.", "[pressure] Blackmail; age hint leaves equality allowed.")
R("BU19", "bu", "bu", "pa", "Somebody should take a shotgun to those Heughside wind lads' vans. And I'd happily lend one to whoever starts with Duncan Ridley's car.", "[explicit] Incitement against a named councillor.")
R("BU20", "bu", "bu", "dp", "Mrs Robson has a lovely lass at Saltcote First School, doesn't she. Be a pity if the other bairns found out what her mam's like.", "[veiled] Child's school; data protection allowed.")
R("BU21", "bu", "bu", "ia", "Witnesses in the standards case against me should think very hard about whether they want anything from this council ever again.", "[pressure] Threat to witnesses.")
R("BU22", "bu", "bu", "eq", "Keep going, @BryonyHedleyGreen. Keep going. Accidents happen on those steep harbour ramps.", "[veiled] The reader knows she uses a wheelchair; equality allowed.")
R("BU23", "bu", "bu", "", "I swear to God if Harpreet Sandhu blocks the caravan site again I will smash his windows in myself.", "[explicit]")
R("BU24", "bu", "bu of", "pr", "Reminder to the officers drafting the Links End report: we know your names, we know who writes what, and we'll remember at restructure time.", "[pressure] Pressure on officers' jobs.")
R("BU25", "bu", "bu", "", "Sleep well, Ellen. While you still can.", "[veiled] Shortest threat.")
R("BU26", "bu", "bu", "ia", "Anyone in the group who votes against me on Thursday: don't expect a single penny of ward money for your village hall. Ever.", "[pressure] Coercion with ward money.")
R("BU27", "bu", "bu", "eq", "Noah Boswell's horses graze that verge at their peril. One more week and I'm taking a gun to them, and he can come and find me.", "[explicit] Threat to a Romany councillor's animals; equality allowed.")

# ---------------------------------------------------------------- equality / discrimination
R("EQ01", "eq", "eq", "", "Saltcote fish factory's full of Poles and Lithuanians now. Proper Northumbrian lads can't get a shift. Send them back and give wor jobs back.", "[explicit; race] Nationality.")
R("EQ02", "eq", "eq pa", "", "Kris Wisniewski says he speaks for Saltcote. Which Saltcote? The one with the Polish shop and the vodka bottles on the beach?", "[coded; race] Polish stereotype at a Polish-born councillor.")
R("EQ03", "eq", "eq", "", "No more prayer rooms in Kelderwick. Islam is incompatible with our way of life and Muslims should practise it somewhere else.", "[explicit; religion or belief]")
R("EQ04", "eq", "eq pa", "", "Omar Siddiqui voting on the Links Hotel? Well we all know whose side he'll be on. Loyalties lie elsewhere with that lot.", "[coded; religion or belief] Dual-loyalty smear at a Muslim councillor.")
R("EQ05", "eq", "eq pa", "", "Why are we rebuilding the harbour ramps for one councillor in a wheelchair? If Bryony can't get about, she shouldn't stand for a seaside ward.", "[explicit; disability]")
R("EQ06", "eq", "eq pa", "", "Walter Bolam is 83. Eighty-three! Senile old men should not be deciding the future of the Hethburn valley. Put him in a home.", "[explicit; age]")
R("EQ07", "eq", "eq pa", "", "Women like Moira Charlton should be at home making the tea, not running a council. The job needs a man.", "[explicit; sex]")
R("EQ08", "eq", "eq pa", "ab", "Gavin Younger wants to teach Corbie bairns about 'families'. Keep your gay agenda away from our kids, pervert.", "[explicit; sexual orientation] 'pervert' leaves abusive allowed.")
R("EQ09", "eq", "eq pa", "", "Ellen Tweddle is a bloke in a frock and I'll call him 'he' till the day I die.", "[explicit; gender reassignment]")
R("EQ10", "eq", "eq pa", "ir", "Lovely to see 'Ellen' at the WI lunch in Hethburn. Big hands, mind. \U0001F609", "[coded; gender reassignment] Scare quotes and a transphobic jibe.")
R("EQ11", "eq", "eq pa", "", "Lauren Pattinson's about to pop. Pregnant women shouldn't be on the finance committee, her head'll be full of nappies for a year.", "[explicit; pregnancy and maternity]")
R("EQ12", "eq", "eq", "", "Horse fair week again. Lock your sheds, count your quad bikes and keep an eye on your dogs. You all know why.", "[coded; race] Gypsy and Traveller theft trope without a group word.")
R("EQ13", "eq", "eq pa ab", "de", "Noah Boswell is a gyppo and always will be. Can't trust a pikey with the ward budget.", "[explicit; race] Slurs at a Romany councillor; defamation allowed for 'can't trust'.")
R("EQ14", "eq", "eq pa", "", "Chidi Okonkwo-Bell keeps going on about 'our' Blackstane. Where's he really from though? Not Blackstane.", "[coded; race] 'where are you really from'.")
R("EQ15", "eq", "eq", "", "The Links Hotel is full of foreign men who don't belong in a quiet coastal town like ours. Ship them out.", "[explicit; race] Asylum seekers by origin.")
R("EQ16", "eq", "eq", "", "Since the Links Hotel filled up, our lasses don't walk the prom at night any more. Draw your own conclusions.", "[coded; race] Insinuation of sexual threat.")
R("EQ17", "eq", "eq pa", "", "Rachel Stein voting to hand the wind fund to her own kind again. They always look after their own.", "[coded; religion or belief] Antisemitic trope without a group word.")
R("EQ18", "eq", "eq", "", "Funny how the wind farm money always ends up with the same sort of people. Globalist bankers. You know the ones.", "[coded; religion or belief] Antisemitic dog whistle, no person named.")
R("EQ19", "eq", "eq pa", "", "Rory Lisle is clearly autistic or something, sits there rocking and talking to himself. Not fit for office.", "[explicit; disability]")
R("EQ20", "eq", "eq pa", "", "Jean Cowens off 'stressed' again? Mental. Literally. Blackstane needs a councillor with a stable head.", "[coded; disability] Mental health.")
R("EQ21", "eq", "eq pa", "", "Grace Leung should stick to selling chow mein. Running a ward's not a job for her sort.", "[explicit; race]")
R("EQ22", "eq", "eq pa", "ab", "Harpreet Sandhu can take that rag off his head before he lectures me on Northumbrian values.", "[explicit; religion or belief] The turban; some would tag race.")
R("EQ23", "eq", "eq", "", "Tideline are putting up a 22-year-old in Corbie Sands. A bairn. Young people have no business anywhere near a council budget.", "[explicit; age] Young.")
R("EQ24", "eq", "eq", "", "Pride flags on the Kelderwick bridge lamp posts again. Just what the bairns need to see on the way to school. Don't ask us to pretend that's normal.", "[coded; sexual orientation]")
R("EQ25", "eq", "eq pa", "", "Neil Tait's 'civil partner'? That's not a marriage and it never will be, so spare us the anniversary posts.", "[explicit; marriage and civil partnership] Some would tag sexual orientation.")
R("EQ26", "eq", "eq", "", "Lads from the city coming up on the train for the beach weekend, and not one of them white. Corbie Sands was nicer before. Keep the coast white.", "[explicit; race]")
R("EQ27", "eq", "eq", "", "Whinlaw Parish Council needs a clear-out. Too many pensioners who should be in their slippers. Nobody over 70 should be allowed to stand.", "[explicit; age] Old.")

# ---------------------------------------------------------------- defamation / allegation
R("DE01", "de", "de pa", "", "Duncan Ridley lied to full council about the harbour reserve. He's a liar and he knows it.", "'liar' at a named councillor.")
R("DE02", "de", "de", "pa pr", "Ian Dodd took \u00a35,000 from Marram Homes before the Links End vote. I've seen the bank transfer.", "Specific bribe stated as fact: block.", verdict="block")
R("DE03", "de", "de", "pa", "Someone on the cabinet is in Sandpiper Leisure's back pocket. Funny how the caravan rents never get challenged.", "Corruption in idiom at an identifiable small group; review.")
R("DE04", "de", "de pa", "eq", "Kevin Storey is as bent as a dog's hind leg. Always has been.", "'bent' (corrupt); equality allowed as the word is also a slur.")
R("DE05", "de", "de of", "pa", "The Director of Finance has been moving money out of the coastal defence fund into his own consultancy. Fraud, plain and simple.", "Specific crime by an officer by role: block, officers expected.", verdict="block")
R("DE06", "de", "de pa", "", "Moira Charlton couldn't lie straight in bed.", "Idiom for dishonesty: review.")
R("DE07", "de", "de", "pa", "Sharon Wigham is fiddling her expenses again. Mileage claims for trips up the Hethburn Fells she never drove.", "Specific expenses fraud stated as fact: block.", verdict="block")
R("DE08", "de", "de pa", "", "Fiona Milburn is a crook. Everyone in Tarrow knows it.", "'crook'.")
R("DE09", "de", "de", "pa", "Stuart Heron drove home from the Drovers three sheets to the wind and the police let him off because he's on the council.", "Drink driving and a police cover-up stated as fact: block.", verdict="block")
R("DE10", "de", "de", "pa", "The Links End 'consultation' is a con and Ailsa Thirlwell's fingerprints are all over it.", "'con' with a named member: review.")
R("DE11", "de", "de", "pa", "Kelder Homes' chief executive has been pocketing tenants' service charges. Thousands. Ask anyone in the office.", "Theft by an identifiable person (by role): block.", verdict="block")
R("DE12", "de", "de", "pa", "Something fishy about how Kevin Storey's brother-in-law got the harbour caf\u00e9 lease. Just saying.", "Innuendo; review.")
R("DE13", "de", "de", "pa", "Brannock Environmental have been tipping Blackstane's recycling into landfill and billing us for recycling it. That's fraud.", "Fraud by a company stated as fact: block.", verdict="block")
R("DE14", "de", "de pa", "", "Derek Bewick is a fraud. Takes the allowance and hasn't held a surgery since 2024.", "'fraud' as name-calling: review.")
R("DE15", "de", "de", "pa", "Janet Robson's canvassers filled in postal votes for residents at Sea View care home in Blackstane. I watched them do it.", "Electoral fraud stated as fact: block.", verdict="block")
R("DE16", "de", "de", "pa", "Grace Leung is feathering her own nest with that shopfront grant. Funny how her cousin's place got the first one.", "Idiom for self-dealing: review.")
R("DE17", "de", "de", "pa of", "A certain Hethburn Independent with a big farm has had the planning officers in his pocket for years. Starts with W.", "Innuendo narrowed to one member; officers allowed.")
R("DE18", "de", "de of", "pa", "The Chief Executive deleted the emails about the sea wall failure the day after the FOI request came in. I was in the room.", "Destroying records stated as fact by an officer by role: block.", verdict="block")
R("DE19", "de", "de pa", "", "Ridley's a snake oil salesman. Every figure he gives the chamber is cooked.", "Dishonesty in idiom: review.")
R("DE20", "de", "de", "pa dp", "Kris Wisniewski has a conviction for assault from 2015 he never declared. Look it up.", "Undeclared conviction stated as fact: block; data protection allowed.", verdict="block")
R("DE21", "de", "de", "pa eq", "Omar Siddiqui's 'charity' is a money-laundering front. Follow the money.", "Specific crime: block; equality allowed for the Muslim-charity undertone.", verdict="block")
R("DE22", "de", "de pa", "", "Lying, cheating, two-faced: that's Cllr Hedley for you. Promised the Whinlaw school crossing and delivered nowt.", "Name-calling with dishonesty: review.")
R("DE23", "de", "de", "pa", "The Mayor took the Saltcote lifeboat raffle money home in a carrier bag. Three hundred quid. Nobody's seen it since.", "Theft by the Mayor stated as fact: block.", verdict="block")
R("DE24", "de", "de", "pa", "Tideline have been lying to Blackstane for years about the pit baths. Liars, the lot of them.", "At a party: defamation, personal attack allowed.")
R("DE25", "de", "de", "pa gi", "Harpreet Sandhu sold his vote on the Sandpiper expansion for a \u00a310,000 'donation' to his association.", "Vote sold for money stated as fact: block; gifts allowed.", verdict="block")
R("DE26", "de", "de", "pa", "Sandpiper Leisure are crooks who rip off every pensioner on the park.", "'crooks' at a company: review.")
R("DE27", "de", "de", "pa ir", "Ellen Tweddle's been economical with the truth about her Whinlaw land deal. Very economical. \U0001F914", "Innuendo of dishonesty: review.")

# ---------------------------------------------------------------- hard negatives
def H(key, allowed, text, note, author=None, date=None):
    R(key, "hn", "", allowed, text, note, author=author, date=date)


# HN1 harsh criticism of a policy, decision, party, company or the council
H("H101", "", "The harbour parking scheme is a shambles and the cabinet should be ashamed of it. Saltcote deserves better.", "HN1 Harsh but aimed at a scheme.")
H("H102", "", "Brannock Environmental have missed Blackstane's bins three weeks running. That's a contract failure and I've asked for the penalty clauses to be used.", "HN1 Contractor criticism, civil.")
H("H103", "", "The 467 bus cut is a disgrace. It cuts the Hethburn valley off from the hospital. I'll be voting against it at budget council.", "HN1 Budget vote, not quasi-judicial.")
H("H104", "pa", "This budget is spineless. It ducks every hard choice on coastal erosion and leaves the next lot to pick up the bill.", "HN1 'spineless' at a budget (PA01-like words aimed at a decision).")
H("H105", "", "Sandpiper Leisure's 18% pitch fee rise is greedy and indefensible. I've written to their chair and to the site licensing team.", "HN1 Company criticised without abuse.")
H("H106", "de", "The Reiver Alliance's housing plan is a con on Blackstane families: 40 'affordable' homes nobody on local wages can afford.", "HN1 'con' at a policy; defamation allowed.")
H("H107", "", "Kelder Homes' handling of damp at Seaward Court has been appalling. Tenants ignored for two winters. I've referred it to the Housing Ombudsman.", "HN1 Housing association held to account.")
H("H108", "", "The council's new app is clunky, slow and sends reports into a black hole. Scrap it and bring back the phone line.", "HN1 Shares topic with AB11, no obscenity.")
H("H109", "", "I think closing Blackstane pool is a disgraceful, short-sighted mistake and I'll keep saying so until it's reversed.", "HN1")
H("H110", "", "Tideline's alternative budget is fantasy economics. It assumes wind farm money we will never see.", "HN1 Party's budget called fantasy; not the person.")
H("H111", "", "The Courant's front page on the harbour was lazy journalism. Not one of us was asked a question before it went to print.", "HN1 Newspaper criticised civilly (contrast AB20).")
H("H112", "", "The cabinet's decision on the sea wall was gutless. Patching it again is throwing money into the sea.", "HN1")
H("H113", "pr", "Marram Homes have a poor record on drainage elsewhere, and I'll want hard evidence on flooding before I'm persuaded on Links End.", "HN1 Predisposition, not a closed mind; predetermination allowed.")
H("H114", "", "Scrapping the Whinlaw school crossing patrol is the daftest decision this council has made in years. Somebody's bairn will get hurt.", "HN1 'daftest' at a decision.")
H("H115", "", "The Lowstead ranges firing schedule is a nightmare for farmers at lambing, and the consultation was a tick-box exercise.", "HN1 Shares topic with AB26.")
H("H116", "", "Fuel poverty on this coast is a scandal. Pensioners in Corbie are choosing between heating and eating and the government's response is pathetic.", "HN1")
H("H117", "", "The Reiver Alliance have run this district into the ground. Twelve years of managed decline. Time for a change.", "HN1 Party criticised.")
H("H118", "", "Closing Saltcote library on Saturdays is a kick in the teeth for working families. Reverse it.", "HN1")
H("H119", "pa", "The Hethburn Independents' amendment was a stunt dressed up as policy. Ten minutes of grandstanding and nothing else.", "HN1 Party's amendment.")
H("H120", "", "The Links Hotel contract was handled dreadfully: no notice to ward members, no plan for GP places. That's on the Home Office and its contractor, not the people staying there.", "HN1 Same topic as EQ15/EQ16, aimed at the contract.")
H("H121", "", "This consultation on the Tarrow causeway toll is a farce. Four weeks in January, online only, no drop-in on the island.", "HN1")
H("H122", "", "Heughside Wind's community fund is a pittance next to their profits. We should be asking for ten times as much.", "HN1 Wind farm money, no trope (contrast EQ18).")
H("H123", "", "The harbour dues rise will finish off the last of the coble fishermen. It's a terrible decision and the cabinet should scrap it.", "HN1")
H("H124", "", "Brannock's 'improvement plan' is the same failed plan with a new cover. Not good enough, and I'll say so at scrutiny.", "HN1")
H("H125", "", "Quarry lorries through Whinlaw at 6am are dangerous and the conditions are being ignored. Enforcement needs to get a grip.", "HN1")
H("H126", "", "The Salt Road League manifesto reads like it was written on the back of a beer mat. No costings, no plan, no chance.", "HN1 Party mocked, no person.")
H("H127", "", "Kelderwick District Council has spent \u00a3400k on consultants for a regeneration plan that still doesn't exist. Shocking use of public money.", "HN1 The council criticised.")
H("H128", "", "Dear Government, rural bus funding is a joke. A bad joke. The Hethburn valley isn't laughing.", "HN1")

# HN2 counter-speech and quoting abuse to condemn it
H("H201", "eq", "Somebody left a note on Omar Siddiqui's car calling him a 'terrorist'. That is vile, it is racist, and it's been reported to the police. Omar, we stand with you.", "HN2 Quoted slur condemned.")
H("H202", "eq", "Had an email today telling me to 'go back to Poland'. I was born in Gda\u0144sk and I've lived in Saltcote for 19 years. I'm not going anywhere.", "HN2 Self, quoting abuse.", author="Kris Wisniewski")
H("H203", "eq ab bu", "To whoever wrote 'gyppos out' on the Horsefair Field sign: that's a hate crime, and we will find you.", "HN2 Quotes the slur (EQ13) to condemn; 'we will find you' is about the police case, bullying allowed.")
H("H204", "eq pa", "Calling Bryony Hedley 'a cripple who should stay at home' isn't robust debate, it's disability hate. Grow up.", "HN2")
H("H205", "eq", "A man shouted 'get back to your takeaway' at Grace Leung outside the Drovers. Disgusting. We are better than this, Kelderwick.", "HN2 Contrast EQ21.")
H("H206", "eq", "Being called a 'bloke in a dress' at the school gate in front of my own kids was horrible. Thank you to everyone who has sent kind messages.", "HN2 Self, quoting abuse (contrast EQ09).", author="Ellen Tweddle")
H("H207", "eq", "Anyone who thinks 'women should be at home making the tea' can come and say it to Saltcote lifeboat crew, half of whom are women.", "HN2 Quotes EQ07's sentiment to rebut it.")
H("H208", "eq", "Yes, I've had the 'you're too old' messages again. I'm 83. I'll stand down when Whinlaw tells me to, not when a troll does.", "HN2 Self.", author="Walter Bolam")
H("H209", "eq", "The graffiti on the Kelderwick Bridge prayer room is being cleaned off today. Whoever sprayed 'Muslims out': you don't speak for this town.", "HN2")
H("H210", "ab pa bu", "Quoting my inbox this morning: 'you fat useless bitch, you'll regret this'. This is what women in politics get. It's been passed to the police.", "HN2 Quoted abuse and threat.")
H("H211", "eq pa", "Someone on Facebook says Jean Cowens is 'mental and unfit'. Jean has spoken openly about depression and she's a better councillor than most of us. Pack it in.", "HN2 Contrast EQ20.")
H("H212", "eq", "Please stop calling the lads at the fish factory 'Polish scroungers'. They work harder shifts than any of us and they pay their taxes.", "HN2 Contrast EQ01.")
H("H213", "eq", "If your answer to the Links Hotel is 'ship them out', you've missed the point. The issue is the Home Office contract, not the people in it.", "HN2 Quotes EQ15's phrase to rebut it.")
H("H214", "eq", "There is no place in Corbie Sands for the 'keep the coast white' stickers that appeared on the prom this week. They're coming down.", "HN2 Contrast EQ26.")
H("H215", "eq", "'Loyalties lie elsewhere' is an old antisemitic and anti-Muslim smear. I won't have it said about any colleague in this chamber.", "HN2 Names the trope of EQ04.")
H("H216", "eq", "Rachel Stein has had messages saying 'your lot always look after your own'. That's antisemitism, full stop. Solidarity, Rachel.", "HN2 Holocaust Memorial Day.", date="2026-01-27")
H("H217", "eq ab", "Today I was called a 'pikey' in the council car park. My family have bred horses on these hills for 200 years. Romany and proud.", "HN2 Self.", author="Noah Boswell")
H("H218", "bu dp", "Whoever posted my home address with 'we know where you live': the police have it. I won't be intimidated and neither should any councillor.", "HN2 Quoted threat.")
H("H219", "bu", "'Someone should take a gun to the wind farm lads' is not a joke on a village Facebook group. Please think before you type.", "HN2 Contrast BU19.")
H("H220", "eq ab", "People calling Rory Lisle 'a retard' in the comments: that's a disability slur and those comments have been removed.", "HN2")
H("H221", "eq", "To the man who told Lauren Pattinson she 'should be at home with her bump': she chaired finance scrutiny brilliantly. Wind your neck in.", "HN2 Contrast EQ11.")
H("H222", "eq ab", "Reporting the 'pervert' comments about Gavin Younger's LGBT History Month visit to the high school. Homophobia isn't an opinion.", "HN2 Contrast EQ08.", date="2026-02-10")
H("H223", "eq", "A 'civil partnership isn't a real marriage' letter in the Courant this week. Twelve years with my Alan says otherwise.", "HN2 Self (contrast EQ25).", author="Neil Tait")
H("H224", "eq ab", "Being told to 'take that rag off your head' in the street is why I talk about the turban on every school visit. It's faith, not a rag.", "HN2 Self (contrast EQ22).", author="Harpreet Sandhu")
H("H225", "eq", "The lad who posted 'Chidi's not really from Blackstane' should know Chidi was born in Blackstane cottage hospital, same as me.", "HN2 Contrast EQ14.")
H("H226", "bu", "Pile-ons aren't democracy. If you're sharing Derek Bewick's email with 'make his life a misery', stop. Disagree with his vote, not his existence.", "HN2 Contrast BU05.")
H("H227", "bu", "'Reivers used to settle things the old way' is not a clever line when a woman councillor is getting threats. Don't.", "HN2 Contrast BU14.")
H("H228", "pa", "Calling somebody a 'gowk' and a 'clown' isn't an argument. Can we get back to the harbour dues, please?", "HN2 Quotes insults of PA10/PA23 to deprecate them.")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
H("H301", "", "No, the council is not 'giving houses to asylum seekers'. Kelder Homes' allocation policy is the same for everyone, and it's on their website.", "HN3 Myth-busting.")
H("H302", "", "Myth: the Polish shop on Front Street gets rate relief local shops don't. Fact: it gets the same small business relief as every shop on the street.", "HN3 Shares 'Polish shop' with EQ02.")
H("H303", "", "Some folk have asked if the Links Hotel arrangement is safe. Police figures show no rise in crime on the prom since it opened. Happy to share the numbers.", "HN3 Rebuts EQ16's insinuation.")
H("H304", "", "I have honest concerns about GP capacity if the Links Hotel stays open another year. That's about services, not the people staying there, and I'll keep saying both.", "HN3 Denied prejudice; concern stays on services.")
H("H305", "", "The prayer room at Kelderwick Bridge has had planning permission since 2019. It isn't new, it isn't secret, and it's open to visitors on Saturdays.", "HN3")
H("H306", "", "On Horsefair Field: the site is licensed, the families cleared the rubbish themselves within a day, and the police have had no complaints this year.", "HN3 Rebuts EQ12's trope.")
H("H307", "", "A resident asked why the harbour ramps are being rebuilt. They're 40 years old, they fail the access standard, and the lifeboat crew use them too.", "HN3 Same ramps as EQ05.")
H("H308", "", "I know some folk feel uneasy about the Pride flags on the bridge. I'd ask you to think about what they mean to a teenager in a village where nobody's out.", "HN3 Civil, same flags as EQ24.")
H("H309", "eq", "Age is no reason to stand down and youth is no reason to be ignored. Whinlaw parish council needs both.", "HN3 Age discussed positively.")
H("H310", "", "On the relationships curriculum: parents can see every lesson plan. Nothing is hidden. Ask the head at Saltcote First School for a look.", "HN3")
H("H311", "", "Is the wind farm fund going to 'outsiders'? No. Every grant this year went to groups in the district, and the list is public.", "HN3")
H("H312", "", "I don't agree with Gavin on the trans guidance for the leisure centres and I said so in committee. He argued it well. We'll have to differ.", "HN3 Civil disagreement on a protected topic.")
H("H313", "", "People keep telling me foreign workers are 'taking' jobs at the fish factory. The factory advertised locally for a year and got four applicants.", "HN3 Rebuts EQ01.")
H("H314", "", "Not every wheelchair user wants the same thing from the harbour. I'd ask the cabinet to consult disabled residents directly, not just me.", "HN3 Self.", author="Bryony Hedley")
H("H315", "", "Question for the Home Office: why place 80 men in a hotel with no bus link and no GP? That's a question about planning, not about them.", "HN3")
H("H316", "", "No, a councillor's maternity leave does not 'leave the ward unrepresented'. Cover is arranged and casework carries on.", "HN3 Rebuts EQ11's idea.")
H("H317", "", "Trans people are not a threat in Blackstane pool's changing rooms. The cubicles are single occupancy and have been for ten years.", "HN3")
H("H318", "", "Deaf residents asked for BSL at the harbour consultation. It's booked. Good call, and we should have thought of it first.", "HN3")
H("H319", "", "Colleagues fasting for Ramadan still sit on evening committees. We've asked for a short break at sunset. A courtesy, not special treatment.", "HN3", date="2026-02-19")
H("H320", "eq", "The 'globalist bankers' stuff going round about the wind farm is a conspiracy theory with an ugly history. Here are the actual accounts.", "HN3 Names the dog whistle of EQ18 to rebut it.")
H("H321", "", "Good, civil debate at scrutiny about whether a single-sex swim session is lawful. Legal advice comes back next month.", "HN3")
H("H322", "", "Older residents can still get a paper bus timetable: ask at any library in the district and they'll post one out.", "HN3 Age, neutral.")
H("H323", "", "Immigration is a legitimate topic. Abuse isn't. I'll debate numbers, visas and GP lists with anyone, politely.", "HN3")
H("H324", "", "On the Traveller site consultation: yes, residents can object, and objections must be about planning matters like access and drainage.", "HN3")
H("H325", "", "People asked why the council flies the Pride flag and not others. Flags go up on a published calendar, Armed Forces Day and Remembrance included.", "HN3")
H("H326", "", "Someone asked if Kelderwick's Chinese takeaways are 'inspected less'. Hygiene ratings are public, and the averages are the same across every cuisine.", "HN3")
H("H327", "", "I'm a Christian and I'll say it plainly: my faith tells me to welcome the stranger, and that includes the men at the Links Hotel.", "HN3 Religion named positively.")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
H("H401", "", "Eid Mubarak to everyone celebrating in Kelderwick Bridge and beyond. Thank you for the dates and the sweet tea!", "HN4 Self (Eid).", author="Omar Siddiqui", date="2026-03-20")
H("H402", "", "Ramadan Mubarak from me and the family. First fast of the year done, and the sunset over the harbour was worth the wait.", "HN4 Self.", author="Omar Siddiqui", date="2026-02-18")
H("H403", "", "Twelve years today since Alan and I signed the papers at Kelderwick register office. Still the best decision I've made.", "HN4 Civil partnership anniversary (contrast EQ25).", author="Neil Tait", date="2026-03-12")
H("H404", "ha", "Pregnant, shattered and still reading the harbour accounts. Bump's fine, thanks for asking!", "HN4 Self; tiredness leaves haste allowed.", author="Lauren Pattinson")
H("H405", "", "As a wheelchair user I've rolled down every ramp on this coast. The new one at Corbie is the first I'd call canny.", "HN4 Self.", author="Bryony Hedley")
H("H406", "", "I'm autistic. It means I need the agenda early and I don't do small talk. It doesn't mean I don't care about Tarrow.", "HN4 Self.", author="Rory Lisle")
H("H407", "", "83 today and still up Carrick Law every Sunday. Slowly, mind. Thank you for all the cards!", "HN4 Self, age.", author="Walter Bolam")
H("H408", "", "Proud to be the first trans woman elected in Whinlaw. Thank you to everyone who knocked doors with me.", "HN4 Self.", author="Ellen Tweddle")
H("H409", "eq", "Queer, Northumbrian and on the council. Happy LGBT History Month from Corbie Sands \U0001F3F3\ufe0f\u200d\U0001F308", "HN4 Reclaimed term, self. The flag emoji holds a zero-width joiner, not an obfuscation.", author="Gavin Younger", date="2026-02-02")
H("H410", "eq", "Romany Gypsy and proud. Horse fair week is the best week of my year. Come down, the trotting on Sunday is a sight.", "HN4 Self; shares 'horse fair week' with EQ12.", author="Noah Boswell")
H("H411", "", "Dad's takeaway opened on Front Street in 1988. Still the best salt and pepper chips on the coast, and yes, I'm biased.", "HN4 Self (contrast EQ21).", author="Grace Leung")
H("H412", "", "Gurpurab langar at Kelderwick Castle community hall on Saturday. Everyone fed, no questions asked. Bring an appetite.", "HN4 Self.", author="Harpreet Sandhu")
H("H413", "", "On Holocaust Memorial Day I light a candle for my great-grandmother's family. Thank you to Saltcote First School for a lovely assembly.", "HN4 Self.", author="Rachel Stein", date="2026-01-27")
H("H414", "", "Open day at the Kelderwick Bridge prayer room this Saturday. Tea, cake and a tour. All welcome, no need to book.", "HN4")
H("H415", "", "Welcome to the eight Filipino nurses who started at Kelderwick community hospital this month. Salamat, and welcome to the coast!", "HN4")
H("H416", "", "Time to Talk Day. I've had depression on and off for twenty years. Talk to someone. It helps. It helped me.", "HN4 Self (contrast EQ20).", author="Jean Cowens", date="2026-02-05")
H("H417", "", "Polish Saturday school at Saltcote library is looking for volunteers. Great bunch, great bairns.", "HN4")
H("H418", "bu", "Great to meet the Blackstane over-70s walking football team. They took me apart in ten minutes.", "HN4 Age positive; 'took me apart' leaves bullying allowed.")
H("H419", "", "Happy Lunar New Year to the Leung family and everyone celebrating! The lion dance on Front Street starts at 4.", "HN4 Self.", author="Grace Leung", date="2026-02-17")
H("H420", "", "Youth council tonight. Twelve young people, sharper questions than full council ever gets.", "HN4 Young people positive (contrast EQ23).")
H("H421", "", "Shout out to the lasses of Saltcote lifeboat crew. Three shouts this week in a full haar.", "HN4")
H("H422", "", "Mam's from Lagos, Dad's a Blackstane pitman's son. I grew up on jollof and pease pudding. Best of both.", "HN4 Self (contrast EQ14).", author="Chidi Okonkwo-Bell")
H("H423", "eq pa", "Old git club at the Drovers on Thursday. Membership: me and two other retired shepherds. Politics banned.", "HN4 Self-deprecating, age.", author="Walter Bolam")
H("H424", "eq ab", "'Dyke and proud', says the badge my daughter gave me. Wearing it to Pride in the city this summer.", "HN4 Reclaimed term, self.", author="Janet Robson")
H("H425", "", "Congratulations to our harbour master on the birth of his daughter. Saltcote has a new deckhand in about sixteen years.", "HN4 Paternity, warm.")
H("H426", "", "Hethburn Women's Institute turning 100. A century of jam, Jerusalem and quietly running the valley.", "HN4 Sex, positive.")
H("H427", "", "Our first Pride picnic on the Links was lovely. Thanks to everyone who came, especially the grannies in rainbow hats.", "HN4")

# HN5 figurative violence, banter, self-deprecation, idioms
H("H501", "", "The new tide and bus times app is a proper killer app. Causeway safe times, 467 times, all in one place.", "HN5 'killer app'.")
H("H502", "bu", "Ellen absolutely murdered that song at the Drovers quiz night. Bonnie Tyler will never recover.", "HN5 'murdered that song'.")
H("H503", "bu eq", "Walter took me apart at the dominoes again. 83 and still ruthless.", "HN5 Banter; age mentioned fondly.")
H("H504", "pa", "I'm a complete gowk. Left my agenda on the bus and had to borrow Janet's. Ta, pet.", "HN5 Self-deprecation; shares 'gowk' with PA10.")
H("H505", "bu", "Killing it at the Whinlaw show today: three rosettes for the leeks. Not mine, sadly.", "HN5 'killing it'.")
H("H506", "pa", "Kevin, you daft lump, you've left your wellies in committee room 2 again.", "HN5 Teasing.")
H("H507", "bu", "Our quiz team got slaughtered by the lifeboat crew. Again. We'll get our revenge at the summer fete.", "HN5 'slaughtered', 'revenge'.")
H("H508", "bu", "Howay the Reivers! Battered them 4-0 on Saturday. Never in doubt.", "HN5 Football; 'Reivers' is the town's team.")
H("H509", "bu", "If the gritter's not up Whinlaw Bank by 7 I'll be on the phone to Brannock like a shot.", "HN5 'like a shot'.")
H("H510", "", "I could murder a stottie and a crab sandwich after that six-hour meeting.", "HN5 'could murder'.")
H("H511", "", "Dead proud of the Saltcote First School choir. They blew the roof off the church.", "HN5")
H("H512", "bu", "Duncan and I have agreed to settle the allotment rent row with pistols at dawn. Or possibly a cup of tea.", "HN5")
H("H513", "eq pa", "I'm an old dinosaur with apps, so the grandbairns set this account up. Be gentle.", "HN5 Self-deprecation, age.")
H("H514", "", "The haar came in so thick on the causeway this morning I nearly drove into the sea. Gan canny out there, folks.", "HN5 Shares the causeway with BU08; a safety note.")
H("H515", "", "Wor Sharon's singin' hinnies should be a controlled substance. Lethal.", "HN5 Banter.")
H("H516", "bu pa", "Watch out Blackstane, Ian's been given a leaf blower. Nowt will ever be safe again.", "HN5 Teasing.")
H("H517", "bu", "Got absolutely destroyed in the charity boxing match. My nose will never be the same. \u00a32,400 raised for the lifeboat though!", "HN5 'destroyed'.")
H("H518", "bu", "I'll get you back for that, Fiona \U0001F602 (She beat me in the bake-off. By a mile.)", "HN5 'get you back' as banter.")
H("H519", "ha", "Knackered after lambing. If I nod off in planning later, somebody give me a nudge.", "HN5 Tiredness; haste allowed.")
H("H520", "bu", "'You'll regret that second helping,' said the wife at the pie and pea supper. She was right.", "HN5 Shares 'you'll regret' with BU04.")
H("H521", "", "Crawled up Carrick Law for the hospice walk. My legs have lodged a formal complaint.", "HN5 Self-deprecation.")
H("H522", "bu", "Our Tarrow hedges are out of control. I'm going in with the strimmer and taking no prisoners.", "HN5 'taking no prisoners'.")
H("H523", "", "Me: 'I'll only be five minutes at the surgery.' Also me, three hours later: still talking septic tanks. Never change, Hethburn.", "HN5")
H("H524", "bu", "Sleep tight, Kelderwick. Gritters are out, the haar's lifting and the tide's in.", "HN5 'Sleep tight' (contrast BU25).")
H("H525", "", "I'm useless at this. Someone please tell me how to delete a photo of my own thumb.", "HN5 Self-deprecation.")
H("H526", "pa ir", "Janet's so competitive at the Christmas quiz she'd sell her own granny for a point. Love you, Janet \U0001F602", "HN5 Banter.")
H("H527", "", "The bin lorry driver who reversed all the way down Hethburn Lane deserves a medal. Absolute legend. Mad, but a legend.", "HN5")
H("H528", "pa", "Call me a dafty, but I actually enjoyed the four-hour budget meeting.", "HN5 Self-deprecation; shares 'dafty' with PA16.")

# HN6 criticism of a named councillor's record that stays on the record
H("H601", "de", "Cllr Ridley told us in February the harbour reserve would cover the sea wall. The accounts show it covers a third. He should explain the gap.", "HN6 Contrast DE01.")
H("H602", "de pa", "Moira Charlton promised Blackstane pool would stay open. It's shutting in June. She's still Leader.", "HN6")
H("H603", "pa", "Ian Dodd chaired 11 planning meetings last year and missed the site visits for 4 of them. Residents deserve better attendance.", "HN6")
H("H604", "", "Ailsa Thirlwell has been Cabinet Member for Housing for six years. Damp complaints at Kelder Homes have doubled in that time. That's her record.", "HN6")
H("H605", "", "I disagree with every word Kevin Storey said about harbour dues today, and here is why (thread) \U0001F9F5", "HN6")
H("H606", "pa", "Sharon Wigham voted for the library cuts in 2024 and against them in 2026. Which is it, Sharon?", "HN6")
H("H607", "de", "Cllr Heron's claim that the bus cut 'affects nobody' needs correcting: the 467 carries 212 passenger journeys a week.", "HN6")
H("H608", "", "Janet Robson's group proposed no savings at all in their amendment. That's not an alternative budget, it's a wish list.", "HN6")
H("H609", "pa de", "Derek Bewick has held two ward surgeries in two years. I've held 41. Corbie Sands can judge.", "HN6 Same fact as DE14 without 'fraud'.")
H("H610", "de", "The minutes show Fiona Milburn seconded the causeway toll she is now campaigning against.", "HN6")
H("H611", "", "With respect to Cllr Younger, his wind fund figure is wrong: it's \u00a3180k a year, not \u00a31.8m. Corrected figures attached.", "HN6")
H("H612", "eq", "Walter Bolam has sat on planning for 26 years. I think it's time for fresh eyes, and I'll say so at group.", "HN6 Tenure, not age.")
H("H613", "", "Omar Siddiqui's pool plan relies on a grant that closed last year. I'd like to see the real funding route before I back it.", "HN6 Same plan as PA24.")
H("H614", "", "Kris Wisniewski has voted against every quarry condition since 2023. He's entitled to, but he should tell Whinlaw residents why.", "HN6")
H("H615", "", "Cllr Pattinson's scrutiny report on fuel poverty is thorough. The cabinet should read it before dismissing it.", "HN6")
H("H616", "of", "The Chief Executive's report calls the sea wall 'stable'. The engineers' survey says otherwise. I've asked for both to go to cabinet.", "HN6 Officer's report questioned civilly; officers allowed.")
H("H617", "de", "Cllr Sandhu told us the caravan expansion would bring 40 jobs. Sandpiper's own statement says 12 seasonal posts. Which is right?", "HN6")
H("H618", "", "Grace Leung's shopfront grant scheme has spent 30% of its budget in 18 months. Good idea, slow delivery.", "HN6 Same scheme as DE16.")
H("H619", "", "Ellen Tweddle declared her Whinlaw land interest and left the room for the item. That's how it should be done.", "HN6 Same land as DE27.")
H("H620", "pa", "Ridley's budget speech: 40 minutes, not one mention of coastal erosion. Tells you everything about their priorities.", "HN6")
H("H621", "de", "Harpreet Sandhu got the Links End traffic figures wrong in committee and I'd like him to correct the record.", "HN6")
H("H622", "", "Noah Boswell's motion on verge grazing was badly drafted and I voted against it. Happy to help him redraft it.", "HN6 Same verge as BU27.")
H("H623", "pa ir", "Rachel Stein and I have disagreed on the wind farm for years. She's consistent, I'll give her that. Still wrong, mind. \U0001F609", "HN6")
H("H624", "de", "The Leader's press release claims 'record investment' in Blackstane. It's the lowest per head of any ward. Facts matter.", "HN6")
H("H625", "pa", "Stuart Heron missed the vote on the school crossing patrol. In his own ward. I'd want an explanation if I lived there.", "HN6")
H("H626", "of", "Ian Dodd's casting vote on the quarry hours went against the officers' advice. He's entitled to, but the reasons should be minuted.", "HN6")
H("H627", "", "Bryony Hedley's active travel plan is ambitious and underfunded. I'll support the principle and fight the costings.", "HN6")

# ---------------------------------------------------------------- variants: (original, kind, word)
VARIANTS = [
    ("PA02", "asterisk", "dimmest"), ("PA10", "digit", "gowk"), ("PA19", "homoglyph", "coward"),
    ("PA22", "zero_width", "embarrassment"), ("PA16", "spaced", "dafty"), ("PA01", "caps", ""),
    ("AB05", "asterisk", "knobhead"), ("AB11", "digit", "shite"), ("AB10", "homoglyph", "bellend"),
    ("AB07", "zero_width", "bastards"), ("AB19", "spaced", "piss"), ("AB03", "caps", ""),
    ("BU13", "asterisk", "ambulance"), ("BU04", "digit", "regret"), ("BU16", "homoglyph", "window"),
    ("BU25", "zero_width", "sleep"), ("BU08", "spaced", "caught"), ("BU01", "caps", ""),
    ("EQ13", "asterisk", "gyppo"), ("EQ08", "digit", "pervert"), ("EQ01", "homoglyph", "Poles"),
    ("EQ26", "zero_width", "white"), ("EQ09", "spaced", "bloke"), ("EQ15", "caps", ""),
    ("DE08", "asterisk", "crook"), ("DE01", "digit", "liar"), ("DE04", "homoglyph", "bent"),
    ("DE14", "zero_width", "fraud"), ("DE19", "spaced", "snake"), ("DE06", "caps", ""),
]

if __name__ == "__main__":
    main()
