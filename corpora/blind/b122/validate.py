"""Check posts.jsonl of blind evaluation set b122 against its conventions.

Prints OK, or one line per problem and exits 1.
"""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B122"
TOTAL = 333
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
MIN_ORIGINALS = 27
HN_GROUP_MIN = 28
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"]
PLATFORMS = {"x": 280, "facebook": None, "bluesky": 300}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "kind_of_row", "note"]
VARIANT_FIELDS = ["variant_of", "variant_kind"]

# Built-in copy of the rule ids and severities, used when RULES.md cannot be found.
BUILTIN = {
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Same pointers at councillors as build.py uses for picking authors.
PARTY_WORDS = {"Fellside": "Fellside Alliance", "Coast First": "Coast First",
               "Green Tarn": "Green Tarn", "Dalesfolk": "Dalesfolk Independents",
               "Harbour League": "Harbour League"}
ALIASES = {"Margaret Tyson": ["Maggie"], "Kevin Nicholson": ["Kev"],
           "Tomasz Wisniewski": ["Tomek", "Wiśniewski"], "Joanne Relph": ["Jo"],
           "Stuart Dixon": ["Stu"]}
ROLES = {
    "Margaret Tyson": [r"\bthe Leader\b(?! of the Opposition)", r"\bLeader of the Council\b", r"\bcouncil leader\b"],
    "Graham Birkett": [r"\bDeputy Leader\b", r"\bfinance lead\b", r"\bCabinet Member for Finance\b"],
    "Alison Fearon": [r"\bhousing lead\b", r"\bCabinet Member for Housing\b"],
    "John Pattinson": [r"\bchair of planning\b", r"\bplanning chair\b"],
    "Eileen Mossop": [r"\bMayor\b"],
    "Ruth Brathwaite": [r"\btourism lead\b", r"\bCabinet Member for Tourism\b"],
    "Kevin Nicholson": [r"\bLeader of the Opposition\b"],
}

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    path = find_rules()
    if not path:
        return BUILTIN
    rules = {}
    for line in open(path, encoding="utf-8"):
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = {w for w in ("advice", "review", "block") if re.search(r"\b%s\b" % w, cells[-1])}
        rules[cells[0]] = sev or {"advice", "review", "block"}
    return rules or BUILTIN


def load_roster():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as f:
        conf = tomllib.load(f)
    raw = open(path, encoding="utf-8").read()
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#\s*(.+)$', raw, re.M):
        c = m.group(2)
        p = re.search(r"\(([^)]+)\)", c)
        party[m.group(1)] = (p.group(1) if p else c.split(",")[0]).strip()
    councillors = conf["people"]["councillors"]
    handles = {}
    for h, name in conf["people"]["handles"].items():
        if name in councillors:
            handles.setdefault(name, h)
    for key in ("name", "code", "timezone", "late_night"):
        if key not in conf.get("council", {}):
            bad("council.toml: [council] lacks %s" % key)
    roster = {}
    for name in councillors:
        if name not in handles:
            bad("council.toml: no handle for %s" % name)
            continue
        if name not in party:
            bad("council.toml: no party comment for %s" % name)
        roster[handles[name]] = dict(name=name, handle=handles[name], party=party.get(name))
    return roster


def names_in(text, person):
    name = person["name"]
    words = [name, name.split()[0], name.split()[-1]] + ALIASES.get(name, [])
    for w in words:
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text, re.I):
            return True
    if person["handle"].lower() in text.lower():
        return True
    return any(re.search(p, text, re.I) for p in ROLES.get(name, []))


def caps(text):
    return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))


def shows(kind, text, orig, allowed, orig_allowed):
    if kind == "asterisk":
        return text.count("*") > orig.count("*")
    if kind == "digit":
        toks = set(re.findall(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+\b", text))
        return bool(toks - set(re.findall(r"\w+", orig)))
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        return bool(re.search(r"(?<!\w)(?:[A-Za-z] ){3,}[A-Za-z](?!\w)", text))
    if kind == "homoglyph":
        return ("\u043e" in text or "\u0435" in text) and not ("\u043e" in orig or "\u0435" in orig)
    if kind == "caps":
        return text == caps(orig) and text != orig and HASTE in allowed
    return False


def main():
    rules_known = load_rules()
    roster = load_roster()
    path = os.path.join(HERE, "posts.jsonl")
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d does not parse: %s" % (n, e))
    if len(rows) != TOTAL:
        bad("expected %d rows, found %d" % (TOTAL, len(rows)))

    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r.get("id") != "%s-%04d" % (SET, i):
            bad("row %d: id %r, expected %s-%04d" % (i, r.get("id"), SET, i))
    by_id = {r.get("id"): r for r in rows}

    for r in rows:
        rid = r.get("id")
        need = FIELDS + (VARIANT_FIELDS if r.get("kind_of_row") == "variant" else [])
        for f in need:
            if f not in r:
                bad("%s: missing field %s" % (rid, f))
        extra = set(r) - set(FIELDS) - set(VARIANT_FIELDS)
        if extra:
            bad("%s: unknown fields %s" % (rid, sorted(extra)))
        if r.get("kind_of_row") != "variant" and set(VARIANT_FIELDS) & set(r):
            bad("%s: variant fields on a non-variant" % rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if r.get("author") not in roster:
            bad("%s: author %r is not a councillor handle in council.toml" % (rid, r.get("author")))
        plat = r.get("platform")
        if plat not in PLATFORMS:
            bad("%s: platform %r" % (rid, plat))
        elif PLATFORMS[plat] and len(r.get("text", "")) > PLATFORMS[plat]:
            bad("%s: text too long for %s" % (rid, plat))
        if r.get("account") != "councillor":
            bad("%s: account %r" % (rid, r.get("account")))
        if r.get("kind") != "post":
            bad("%s: kind %r" % (rid, r.get("kind")))
        ts = r.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00"):
                bad("%s: timestamp not +00:00" % rid)
            if t.weekday() > 4:
                bad("%s: timestamp on a weekend" % rid)
            if not 8 <= t.hour <= 18:
                bad("%s: timestamp outside 08:00-18:59" % rid)
            if not START <= t.date() <= END:
                bad("%s: timestamp outside %s to %s" % (rid, START, END))
        except (TypeError, ValueError):
            bad("%s: bad timestamp %r" % (rid, ts))

        ex = r.get("expect", {})
        exp, allw, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in exp + allw:
            if rule not in rules_known:
                bad("%s: unknown rule %s" % (rid, rule))
        if len(set(exp)) != len(exp) or len(set(allw)) != len(allw):
            bad("%s: repeated rule" % rid)
        if set(exp) & set(allw):
            bad("%s: rule both expected and allowed: %s" % (rid, sorted(set(exp) & set(allw))))
        if verdict not in ORDER:
            bad("%s: verdict %r" % (rid, verdict))
            continue
        if not exp:
            if verdict != "ok":
                bad("%s: no rules but verdict %s" % (rid, verdict))
        else:
            sevs = [rules_known.get(x, {"advice", "review", "block"}) for x in exp]
            floor = max(min(ORDER[s] for s in S) for S in sevs)
            possible = set().union(*sevs)
            if verdict not in possible or ORDER[verdict] < floor:
                bad("%s: verdict %s does not fit the severities of %s" % (rid, verdict, exp))

        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor not in ("positive", "variant", "hard_negative"):
            bad("%s: kind_of_row %r" % (rid, kor))
        if kor == "hard_negative":
            if fam != "hard_negative":
                bad("%s: hard negative with family %r" % (rid, fam))
            if exp or verdict != "ok":
                bad("%s: hard negative expects rules or a verdict" % rid)
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                bad("%s: hard negative note needs exactly one HN tag at the start" % rid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad("%s: family %r" % (rid, fam))
                continue
            if fam not in exp:
                bad("%s: family rule %s not expected" % (rid, fam))
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                bad("%s: %s must be block" % (rid, fam))
            if kor == "positive" and fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                bad("%s: bullying note needs [explicit], [veiled] or [pressure]" % rid)
            if kor == "positive" and fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARACTERISTICS:
                    bad("%s: equality note needs [explicit|coded; characteristic]" % rid)
            author = roster.get(r.get("author"))
            if author and names_in(r.get("text", ""), author):
                bad("%s: positive written by the councillor it names" % rid)
            named_parties = {p for w, p in PARTY_WORDS.items() if w in r.get("text", "")}
            if author and author["party"] in named_parties:
                bad("%s: positive written by a member of the party it names" % rid)

        for cited in re.findall(r"\b%s-\d{4}\b" % SET, note):
            if cited not in by_id:
                bad("%s: note cites missing %s" % (rid, cited))
            if cited == rid:
                bad("%s: note cites itself" % rid)
        if re.search(r"\{\w+\}", note):
            bad("%s: unresolved key in note" % rid)

    # variants
    kinds_by_family = defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            bad("%s: variant_of is not a positive row" % rid)
            continue
        kind = r.get("variant_kind")
        if kind not in VARIANT_KINDS:
            bad("%s: variant_kind %r" % (rid, kind))
            continue
        kinds_by_family[r.get("family")].append(kind)
        for f in ("family", "author", "platform"):
            if r.get(f) != o.get(f):
                bad("%s: %s differs from its original" % (rid, f))
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            bad("%s: rules or verdict differ from its original" % rid)
        want = list(o["expect"]["allowed"])
        if kind == "caps" and HASTE not in want:
            want.append(HASTE)
        if sorted(r["expect"]["allowed"]) != sorted(want):
            bad("%s: allowed differs from its original" % rid)
        if r["text"] == o["text"] or not shows(kind, r["text"], o["text"], r["expect"]["allowed"], o["expect"]["allowed"]):
            bad("%s: text does not show its %s obfuscation" % (rid, kind))
    for fam in FAMILIES:
        if sorted(kinds_by_family[fam]) != sorted(VARIANT_KINDS):
            bad("%s: variants should be one of each kind, found %s" % (fam, sorted(kinds_by_family[fam])))

    # counts
    kinds = Counter(r.get("kind_of_row") for r in rows)
    fam_orig = Counter(r.get("family") for r in rows if r.get("kind_of_row") == "positive")
    for fam in FAMILIES:
        if fam_orig[fam] < MIN_ORIGINALS:
            bad("%s: %d originals, want at least %d" % (fam, fam_orig[fam], MIN_ORIGINALS))
    if kinds["hard_negative"] < kinds["positive"] + kinds["variant"]:
        bad("hard negatives (%d) fewer than positive rows (%d)" % (kinds["hard_negative"], kinds["positive"] + kinds["variant"]))
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if groups["HN%d" % g] < HN_GROUP_MIN:
            bad("HN%d: %d rows, want at least %d" % (g, groups["HN%d" % g], HN_GROUP_MIN))
    bul = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                  if r.get("kind_of_row") == "positive" and r.get("family") == "bullying.intimidation"
                  and re.match(r"\[(\w+)\]", r["note"]))
    for tag in ("explicit", "veiled", "pressure"):
        if bul[tag] < 5:
            bad("bullying: only %d [%s] rows" % (bul[tag], tag))
    eqc = Counter(m.group(1) for r in rows
                  if r.get("kind_of_row") == "positive" and r.get("family") == "equality.discrimination"
                  for m in [re.match(r"\[\w+; ([a-z ]+)\]", r["note"])] if m)
    for c in CHARACTERISTICS:
        if not eqc[c]:
            bad("equality: no row for %s" % c)

    # phone numbers, emails and paths in every file of the folder
    drama = [(7700900000, 7700900999), (1632960000, 1632960999), (2079460000, 2079460999),
             (1134960000, 1134960999), (1614960000, 1614960999), (1914980000, 1914980999)]
    abs_path = re.compile(r"(?<![\w.~])/(?:work|home|tmp|Users|root|mnt|var|opt|srv)/|\b[A-Z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p) or name.endswith(".pyc"):
            continue
        try:
            content = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        if abs_path.search(content):
            bad("%s: contains an absolute path" % name)
        if name == "posts.jsonl":
            for r in rows:
                for m in re.finditer(r"(?<!\d)(?:\+44 ?|0)\d[\d ]{8,11}\d(?!\d)", r.get("text", "")):
                    digits = re.sub(r"\D", "", m.group(0))
                    digits = digits[2:] if digits.startswith("44") else digits.lstrip("0")
                    num = int(digits) if digits else -1
                    if not any(lo <= num <= hi for lo, hi in drama):
                        bad("%s: phone number outside the drama ranges: %s" % (r["id"], m.group(0)))
                for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.-]+)", r.get("text", "")):
                    if m.group(1).lower() != "example.com":
                        bad("%s: email not on example.com" % r["id"])

    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
