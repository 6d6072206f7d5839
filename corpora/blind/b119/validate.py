"""Checks for blind set b119 (Wenlode District Council, abuse families).

Run `python3 validate.py` in this folder; it prints OK or the problems found.
"""
import datetime as dt
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B119"
TOTAL = 333

FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
ORIGINALS_PER_FAMILY = 27
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph",
                 "caps"]
HN_GROUPS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
HN_PER_GROUP = 28
BLOCKS = {"respect.personal-attack": 2, "respect.abusive-language": 2,
          "defamation.allegation": 12}
BULLY_TAGS = {"explicit": 9, "veiled": 8, "pressure": 10}
EQ_TAGS = {"explicit": 17, "coded": 10}
CHARACTERISTICS = ["age", "disability", "gender reassignment",
                   "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief",
                   "sex", "sexual orientation"]
HASTE = "haste.pause-before-posting"
PLATFORMS = {"x", "facebook", "bluesky"}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities, used when RULES.md is absent.
BUILTIN_RULES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

ROLE_WORDS = {
    "Leader of the Council": ["the Leader", "our Leader", "Leader of the Council",
                              "council leader"],
    "Cabinet Member for Finance": ["Cabinet Member for Finance",
                                   "finance portfolio", "finance chief"],
    "Cabinet Member for Housing": ["Cabinet Member for Housing",
                                   "housing portfolio", "housing chief"],
    "Cabinet Member for Environment": ["Cabinet Member for Environment",
                                       "environment portfolio"],
    "Chair of Planning Committee": ["chair of planning", "planning chair",
                                    "Chair of Planning Committee"],
    "Chairman of the Council": ["the Chairman", "our Chairman",
                                "Chairman of the Council", "council chairman"],
    "Leader of the Opposition": ["Leader of the Opposition",
                                 "opposition leader"],
}

DRAMA_PREFIXES = ["07700900", "01632960", "02079460", "01134960", "01144960",
                  "01154960", "01164960", "01174960", "01184960", "01214960",
                  "01314960", "01414960", "01514960", "01614960", "02896496",
                  "02920180", "08081570", "09098790", "03069990"]

DATED = [("Holocaust Memorial Day", "2026-01-27"),
         ("Time to Talk Day", "2026-02-05"),
         ("LGBT+ History Month starts today", "2026-02-02"),
         ("Happy Lunar New Year", "2026-02-17"),
         ("Ramadan Mubarak", "2026-02-18"),
         ("International Women's Day yesterday", "2026-03-09"),
         ("Happy St Patrick's Day", "2026-03-17"),
         ("Eid Mubarak", "2026-03-20"),
         ("Plough Monday supper", "2026-01-12")]

CYRILLIC = {"\u043e": "o", "\u0435": "e", "\u0430": "a", "\u0441": "c",
            "\u0440": "p"}
DIGIT_LETTERS = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t"}

problems = []


def fail(msg):
    problems.append(msg)


def find_rules():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return parse_rules(p.read_text(encoding="utf-8"))
    return dict(BUILTIN_RULES)


def parse_rules(md):
    rules = {}
    for line in md.splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
        rules[cells[0]] = sev or {"advice", "review", "block"}
    return rules or dict(BUILTIN_RULES)


def roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    handles = conf["people"]["handles"]
    councillors = set(conf["people"]["councillors"])
    people = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#\s*(.*)$', line)
        if not m or m.group(1) not in councillors:
            continue
        name, comment = m.groups()
        cm = re.match(r"(.*?)\(([^)]*)\),\s*([^;]+)(?:;\s*known as (.*))?$",
                      comment)
        if not cm:
            fail("council.toml: cannot read comment for " + name)
            continue
        role, party, ward, known = cm.groups()
        people[name] = {
            "name": name, "first": name.rsplit(" ", 1)[0],
            "surname": name.rsplit(" ", 1)[1],
            "known": [k.strip() for k in known.split(",")] if known else [],
            "role": role.strip().rstrip(",").strip(),
            "handles": [h for h, p in handles.items() if p == name],
        }
    if set(people) != councillors:
        fail("council.toml: every councillor needs a role/party/ward comment")
    author_handles = {h: p for h, p in handles.items() if p in councillors}
    return people, author_handles


def names(text, person):
    low = text.lower()
    for tok in [person["name"], person["first"], person["surname"]] + person["known"]:
        if re.search(r"\b" + re.escape(tok.lower()) + r"\b", low):
            return True
    if any(h.lower() in low for h in person["handles"]):
        return True
    return any(p.lower() in low for p in ROLE_WORDS.get(person["role"], []))


def caps_of(text):
    out, last = [], 0
    for m in re.finditer(r"@\w+", text):
        out.append(text[last:m.start()].upper())
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].upper())
    return "".join(out)


def shows_kind(orig, var, kind):
    """True when var is orig with the named kind of obfuscation."""
    if var == orig:
        return False
    if kind == "caps":
        return var == caps_of(orig)
    if kind == "zero_width":
        return "\u200b" in var and var.replace("\u200b", "") == orig
    if kind == "homoglyph":
        if not any(c in var for c in CYRILLIC):
            return False
        return "".join(CYRILLIC.get(c, c) for c in var) == orig
    if kind == "spaced":
        if not re.search(r"\b\w( \w){3,}\b", var):
            return False
        return var.replace(" ", "") == orig.replace(" ", "")
    if len(var) != len(orig):
        return False
    diffs = [(a, b) for a, b in zip(orig, var) if a != b]
    if not diffs:
        return False
    if kind == "asterisk":
        return all(b == "*" and a.lower() in "aeiou" for a, b in diffs)
    if kind == "digit":
        return all(b in DIGIT_LETTERS and a.lower() in DIGIT_LETTERS[b]
                   for a, b in diffs)
    return False


def check_files():
    bad = [re.escape("/" + d + "/") for d in
           ("work", "home", "tmp", "root", "mnt", "Users", "var", "opt")]
    pat = re.compile(r"(?<![\w.~])(" + "|".join(bad) + r")|\b[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if not p.is_file() or p.suffix not in {".py", ".md", ".toml", ".jsonl",
                                               ".csv", ".txt"}:
            continue
        text = p.read_text(encoding="utf-8")
        m = pat.search(text)
        if m:
            fail("%s: absolute path %r" % (p.name, m.group(0)))


def check_contacts(rid, text):
    for m in re.finditer(r"(?<!\d)(0\d[\d ]{8,12}\d)(?!\d)", text):
        digits = m.group(1).replace(" ", "")
        if len(digits) in (10, 11) and not any(digits.startswith(p)
                                               for p in DRAMA_PREFIXES):
            fail("%s: phone number outside the drama ranges: %s"
                 % (rid, m.group(1)))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
        if not m.group(0).lower().endswith("@example.com"):
            fail("%s: email not on example.com: %s" % (rid, m.group(0)))


def main():
    rules_cat = find_rules()
    people, author_handles = roster()
    path = HERE / "posts.jsonl"
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail("line %d does not parse: %s" % (n, e))
    if len(rows) != TOTAL:
        fail("expected %d rows, found %d" % (TOTAL, len(rows)))

    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    want_ids = ["%s-%04d" % (SET, i) for i in range(1, len(rows) + 1)]
    if sorted(i for i in ids if isinstance(i, str)) != want_ids:
        fail("ids are not %s-0001 ... in sequence" % SET)
    byid = {r.get("id"): r for r in rows}
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            fail("duplicate text: %r" % (t or "")[:60])

    required = ["id", "text", "author", "created_at", "platform", "account",
                "kind", "expect", "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id", "?")
        missing = [k for k in required if k not in r]
        if missing:
            fail("%s: missing %s" % (rid, missing))
            continue
        if r["kind_of_row"] == "variant":
            for k in ("variant_of", "variant_kind"):
                if k not in r:
                    fail("%s: variant without %s" % (rid, k))
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s: empty text" % rid)
        if r["author"] not in author_handles:
            fail("%s: author %s is not a councillor handle in council.toml"
                 % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            fail("%s: platform %r" % (rid, r["platform"]))
        if r["account"] != "councillor" or r["kind"] != "post":
            fail("%s: account/kind must be councillor/post" % rid)
        ts = r["created_at"]
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            fail("%s: timestamp %r" % (rid, ts))
        else:
            d = dt.date.fromisoformat(m.group(1))
            if not (START <= d <= END) or d.weekday() > 4:
                fail("%s: date %s not a weekday 5 Jan to 27 Mar 2026" % (rid, d))
            if not 8 <= int(m.group(2)) <= 18:
                fail("%s: time %s outside 08:00-18:59" % (rid, ts))
        for phrase, day in DATED:
            if phrase in r["text"] and not ts.startswith(day):
                fail("%s: '%s' should be dated %s" % (rid, phrase, day))

        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            fail("%s: expect keys %s" % (rid, sorted(ex)))
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in rules_cat:
                fail("%s: unknown rule id %s" % (rid, rule))
        if len(set(ex["rules"])) != len(ex["rules"]) or \
                len(set(ex["allowed"])) != len(ex["allowed"]):
            fail("%s: repeated rule id" % rid)
        both = set(ex["rules"]) & set(ex["allowed"])
        if both:
            fail("%s: rule both expected and allowed: %s" % (rid, both))
        v = ex["verdict"]
        if v not in LEVEL:
            fail("%s: verdict %r" % (rid, v))
            continue
        if ex["rules"]:
            lo = max(min(LEVEL[s] for s in rules_cat.get(x, {"advice"}))
                     for x in ex["rules"])
            hi = max(max(LEVEL[s] for s in rules_cat.get(x, {"block"}))
                     for x in ex["rules"])
            if not lo <= LEVEL[v] <= hi:
                fail("%s: verdict %s does not fit %s" % (rid, v, ex["rules"]))
        elif v != "ok":
            fail("%s: no rules but verdict %s" % (rid, v))

        kor, fam, note = r["kind_of_row"], r["family"], r["note"]
        if "[[" in note:
            fail("%s: unresolved key in note" % rid)
        for cited in re.findall(r"%s-\d{4}" % SET, note):
            if cited not in byid:
                fail("%s: note cites missing %s" % (rid, cited))
            if cited == rid:
                fail("%s: note cites itself" % rid)
        check_contacts(rid, r["text"])

        if kor in ("positive", "variant"):
            if fam not in FAMILIES:
                fail("%s: family %r" % (rid, fam))
                continue
            if fam not in ex["rules"]:
                fail("%s: family rule %s not expected" % (rid, fam))
            if fam in ("bullying.intimidation", "equality.discrimination") \
                    and v != "block":
                fail("%s: %s must be block" % (rid, fam))
            if re.match(r"HN\d", note):
                fail("%s: positive note starts with an HN tag" % rid)
            person = people.get(author_handles.get(r["author"]))
            if person and names(r["text"], person):
                fail("%s: positive written by the councillor it names (%s)"
                     % (rid, person["name"]))
        elif kor == "hard_negative":
            if fam != "hard_negative":
                fail("%s: hard negative family %r" % (rid, fam))
            if ex["rules"] or v != "ok":
                fail("%s: hard negative must expect nothing, verdict ok" % rid)
            tags = re.findall(r"\bHN[1-6]\b", note)
            if not re.match(r"HN[1-6] ", note) or len(tags) != 1:
                fail("%s: hard negative needs exactly one HN tag at the start"
                     % rid)
        else:
            fail("%s: kind_of_row %r" % (rid, kor))

        if kor == "positive" and fam == "bullying.intimidation":
            if not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                fail("%s: bullying note needs [explicit|veiled|pressure]" % rid)
        if kor == "positive" and fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
            if not m or m.group(2) not in CHARACTERISTICS:
                fail("%s: equality note needs [explicit|coded; characteristic]"
                     % rid)

    # variants
    kinds = {f: Counter() for f in FAMILIES}
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = byid.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            fail("%s: variant_of must be a positive original" % rid)
            continue
        k = r.get("variant_kind")
        if k not in VARIANT_KINDS:
            fail("%s: variant_kind %r" % (rid, k))
            continue
        if r["family"] in kinds:
            kinds[r["family"]][k] += 1
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                fail("%s: %s differs from its original" % (rid, f))
        if r["expect"]["rules"] != o["expect"]["rules"] or \
                r["expect"]["verdict"] != o["expect"]["verdict"]:
            fail("%s: rules/verdict differ from the original" % rid)
        want_allowed = list(o["expect"]["allowed"])
        if k == "caps" and HASTE not in want_allowed:
            want_allowed.append(HASTE)
        if sorted(r["expect"]["allowed"]) != sorted(want_allowed):
            fail("%s: allowed differs from the original" % rid)
        if not shows_kind(o["text"], r["text"], k):
            fail("%s: text does not show %s obfuscation of %s"
                 % (rid, k, o["id"]))
    for f in FAMILIES:
        if any(kinds[f][k] != 1 for k in VARIANT_KINDS):
            fail("%s: need one variant of each kind, have %s"
                 % (f, dict(kinds[f])))

    # counts
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    var = Counter(r["family"] for r in rows if r.get("kind_of_row") == "variant")
    for f in FAMILIES:
        if orig[f] != ORIGINALS_PER_FAMILY:
            fail("%s: %d originals, want %d" % (f, orig[f], ORIGINALS_PER_FAMILY))
        if var[f] != len(VARIANT_KINDS):
            fail("%s: %d variants, want %d" % (f, var[f], len(VARIANT_KINDS)))
    for f, n in BLOCKS.items():
        got = sum(1 for r in rows if r.get("kind_of_row") == "positive"
                  and r["family"] == f and r["expect"]["verdict"] == "block")
        if got != n:
            fail("%s: %d block originals, want %d" % (f, got, n))
    hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
    positives = sum(1 for r in rows if r.get("kind_of_row") in ("positive",
                                                                  "variant"))
    if len(hn) < positives:
        fail("hard negatives (%d) fewer than positive rows (%d)"
             % (len(hn), positives))
    groups = Counter(r["note"][:3] for r in hn)
    for g in HN_GROUPS:
        if groups[g] != HN_PER_GROUP:
            fail("%s: %d hard negatives, want %d" % (g, groups[g], HN_PER_GROUP))
    btags = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                    if r.get("kind_of_row") == "positive"
                    and r["family"] == "bullying.intimidation"
                    and re.match(r"\[(\w+)\]", r["note"]))
    if dict(btags) != BULLY_TAGS:
        fail("bullying tags %s, want %s" % (dict(btags), BULLY_TAGS))
    etags, chars = Counter(), set()
    for r in rows:
        if r.get("kind_of_row") == "positive" and \
                r["family"] == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
            if m:
                etags[m.group(1)] += 1
                chars.add(m.group(2))
    if dict(etags) != EQ_TAGS:
        fail("equality tags %s, want %s" % (dict(etags), EQ_TAGS))
    if chars != set(CHARACTERISTICS):
        fail("equality rows miss %s" % sorted(set(CHARACTERISTICS) - chars))
    plat = Counter(r.get("platform") for r in rows)
    if set(plat) != PLATFORMS:
        fail("platforms %s" % dict(plat))

    check_files()
    for r in rows:
        for ch in r.get("text", ""):
            if unicodedata.category(ch) == "Co":
                fail("%s: private-use character in text" % r["id"])
                break

    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
