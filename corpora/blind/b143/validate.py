#!/usr/bin/env python3
"""Check blind evaluation set b143 and print OK (or the problems found).

Standard library only. Rule ids and severities are read from
shared/design/RULES.md, found by walking up from this folder; when it cannot be
found, the built-in copy below is used.
"""
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B143"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
ORIGINALS_PER_FAMILY = 27
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HN_GROUPS = {"HN1": 28, "HN2": 28, "HN3": 28, "HN4": 27, "HN5": 27, "HN6": 27}
TOTAL = 330
PLATFORMS = {"x", "facebook", "bluesky"}
START = datetime.date(2026, 1, 5)
END = datetime.date(2026, 3, 27)
HASTE = "haste.pause-before-posting"
CHARACTERISTICS = {"age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN_SEVERITIES = {
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

# The same role words, short names and party words build.py uses to keep a
# positive away from the councillor (or party) it names.
ROLE_WORDS = {
    "the Leader": ["Gillian Stather"], "our beloved Leader": ["Gillian Stather"],
    "Deputy Leader": ["Neville Medforth"], "Cabinet Member for Finance": ["Neville Medforth"],
    "finance portfolio": ["Neville Medforth"], "coastal portfolio": ["Carole Tindall"],
    "Cabinet Member for Coastal": ["Carole Tindall"], "coastal job": ["Carole Tindall"],
    "Cabinet Member for Housing": ["Stuart Hebblethwaite"], "housing portfolio": ["Stuart Hebblethwaite"],
    "chair of planning": ["Barry Lazenby"], "Planning chair": ["Barry Lazenby"],
    "the Chair": ["Doreen Cawood"], "Chair of the Council": ["Doreen Cawood"],
    "harbour board": ["Lorraine Grasby"], "audit committee": ["Harjit Sandhu"],
    "Leader of the Opposition": ["Nasreen Akhtar"],
    "cabinet": ["Gillian Stather", "Neville Medforth", "Carole Tindall", "Stuart Hebblethwaite"],
}
SHORT_NAMES = {
    "Gillian Stather": ["Gill"], "Neville Medforth": ["Nev"], "Barry Lazenby": ["Baz"],
    "Stuart Hebblethwaite": ["Stu"], "Daniel Yeung": ["Dan"], "Agnieszka Wrona": ["Aga"],
    "Bethany Raspin": ["Beth"], "Walter Normandale": ["Walt"], "Trevor Brigham": ["Trev"],
}
PARTY_WORDS = {
    "Holderness Alliance": ["Holderness Alliance", "Alliance", "coalition"],
    "Coast Progressives": ["Coast Progressives", "Progressives", "Progressive"],
    "Green Tide": ["Green Tide"],
    "Clifftop Residents": ["Clifftop Residents", "Clifftop"],
    "Eastmere Independents": ["Eastmere Independents", "Independents", "coalition"],
}
CYRILLIC = set("\u043e\u0435\u0430\u041e\u0415\u0410")
ZWSP = "\u200b"

problems = []


def bad(msg):
    problems.append(msg)


def load_severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                if not words and "one level lower" in cells[-1]:
                    words = {"advice", "review", "block"}
                sev[m.group(1)] = words
            if sev:
                return sev, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN_SEVERITIES, "built-in copy"
        d = parent


def load_roster():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    raw = open(path, encoding="utf-8").read()
    party = {m.group(1): m.group(2)
             for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\),', raw, re.M)}
    councillors = cfg["people"]["councillors"]
    handles = {h: p for h, p in cfg["people"]["handles"].items() if p in councillors}
    return councillors, handles, party


def word_re(w):
    return re.compile(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", re.I)


def named_people(text, councillors, handles):
    out = set()
    for p in councillors:
        words = [p, p.split()[0], p.split()[-1]] + SHORT_NAMES.get(p, [])
        if any(word_re(w).search(text) for w in words):
            out.add(p)
    for h, p in handles.items():
        if re.search(re.escape(h) + r"(?!\w)", text, re.I):
            out.add(p)
    for phrase, people in ROLE_WORDS.items():
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.I):
            out.update(people)
    return out


def caps(text):
    out, last = [], 0
    for m in re.finditer(r"@\w+", text):
        out.append(text[last:m.start()].upper())
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].upper())
    return "".join(out)


def check_variant(kind, orig, var):
    if kind == "caps":
        return var == caps(orig) and var != orig
    if kind == "zero_width":
        return ZWSP in var and ZWSP not in orig and var.replace(ZWSP, "") == orig
    if kind == "spaced":
        return (var.replace(" ", "") == orig.replace(" ", "")
                and re.search(r"(?<!\w)(?:\w ){2,}\w(?!\w)", var) is not None and var != orig)
    if len(var) != len(orig):
        return False
    diffs = [(a, b) for a, b in zip(orig, var) if a != b]
    if not diffs:
        return False
    if kind == "asterisk":
        return "*" not in orig and all(b == "*" and a.lower() in "aeiou" for a, b in diffs)
    if kind == "digit":
        return all(b.isdigit() and a.isalpha() for a, b in diffs)
    if kind == "homoglyph":
        return all(b in CYRILLIC and a.isascii() and a.isalpha() for a, b in diffs)
    return False


def main():
    sev, source = load_severities()
    councillors, handles, party = load_roster()
    if not councillors or set(party) != set(councillors):
        bad("council.toml: every councillor needs a '(Party), Ward' comment")
    path = os.path.join(HERE, "posts.jsonl")
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        bad("duplicate ids")
    idset = set(ids)
    by_id = {r.get("id"): r for r in rows}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    counts = {}
    hn_counts = {g: 0 for g in HN_GROUPS}
    variant_kinds = {f: [] for f in FAMILIES}
    for r in rows:
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                bad("%s: missing %s" % (rid, f))
        if any(f not in r for f in required):
            continue
        if not re.fullmatch(SET + r"-\d{4}", rid):
            bad("%s: bad id" % rid)
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if r["author"] not in handles:
            bad("%s: author %s is not a councillor handle in council.toml" % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            bad("%s: platform %s" % (rid, r["platform"]))
        if r["account"] != "councillor" or r["kind"] != "post":
            bad("%s: account/kind" % rid)
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+00:00", r["created_at"])
        if not m:
            bad("%s: created_at format" % rid)
        else:
            day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if not (START <= day <= END) or day.weekday() > 4 or not (8 <= int(m.group(4)) <= 18):
                bad("%s: created_at outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % rid)
        e = r["expect"]
        rules, allowed, verdict = e.get("rules"), e.get("allowed"), e.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in ORDER:
            bad("%s: expect malformed" % rid)
            continue
        for x in rules + allowed:
            if x not in sev:
                bad("%s: unknown rule id %s" % (rid, x))
        if set(rules) & set(allowed):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s: repeated rule" % rid)
        # verdict fits the severities of the expected rules
        if not rules:
            if verdict != "ok":
                bad("%s: verdict %s with no expected rule" % (rid, verdict))
        elif all(x in sev for x in rules):
            lo = max(min(ORDER[s] for s in sev[x]) for x in rules)
            hi = max(max(ORDER[s] for s in sev[x]) for x in rules)
            possible = set().union(*(sev[x] for x in rules))
            if not (lo <= ORDER[verdict] <= hi) or verdict not in possible:
                bad("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        kor, fam, note = r["kind_of_row"], r["family"], r["note"]
        counts[(fam, kor)] = counts.get((fam, kor), 0) + 1
        if kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad("%s: family %s" % (rid, fam))
            elif fam not in rules:
                bad("%s: family rule %s not expected" % (rid, fam))
            if fam == "bullying.intimidation" and not re.match(r"^\[(explicit|veiled|pressure)\] ", note):
                bad("%s: bullying note tag" % rid)
            if fam == "equality.discrimination":
                m = re.match(r"^\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARACTERISTICS:
                    bad("%s: equality note tag" % rid)
            named = named_people(r["text"], councillors, handles)
            if r["author"] in handles and handles[r["author"]] in named:
                bad("%s: positive written by the councillor it names" % rid)
        elif kor == "hard_negative":
            if fam != "hard_negative":
                bad("%s: hard negative family" % rid)
            if rules or verdict != "ok":
                bad("%s: hard negative expects something" % rid)
            tags = re.findall(r"\bHN[1-6]\b", note)
            if not re.match(r"^HN[1-6] ", note) or len(tags) != 1:
                bad("%s: hard negative needs exactly one HN tag at the start" % rid)
            else:
                hn_counts[tags[0]] += 1
        else:
            bad("%s: kind_of_row %s" % (rid, kor))
        if kor == "variant":
            o = by_id.get(r.get("variant_of"))
            kind = r.get("variant_kind")
            if o is None or o.get("kind_of_row") != "positive":
                bad("%s: variant_of does not name a positive" % rid)
                continue
            if kind not in VARIANT_KINDS:
                bad("%s: variant_kind %s" % (rid, kind))
                continue
            variant_kinds.setdefault(fam, []).append(kind)
            oe = o["expect"]
            want_allowed = list(oe["allowed"])
            if kind == "caps" and HASTE not in want_allowed and HASTE not in oe["rules"]:
                want_allowed.append(HASTE)
            if (rules != oe["rules"] or verdict != oe["verdict"] or allowed != want_allowed
                    or fam != o["family"] or r["author"] != o["author"] or r["platform"] != o["platform"]):
                bad("%s: variant labels differ from %s" % (rid, o["id"]))
            if not check_variant(kind, o["text"], r["text"]):
                bad("%s: text does not show a %s obfuscation of %s" % (rid, kind, o["id"]))
        elif "variant_of" in r or "variant_kind" in r:
            bad("%s: variant fields on a non-variant" % rid)
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in idset:
                bad("%s: note cites unknown id %s" % (rid, cited))
        # contact details only in safe ranges
        blob = r["text"] + " " + note
        for ph in re.findall(r"(?<!\d)0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?!\d)", blob):
            digits = ph.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")
                    or digits.startswith("02079460")):
                bad("%s: phone number %s outside the drama ranges" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if em.lower() not in ("example.com", "example.org", "example.net"):
                bad("%s: email domain %s" % (rid, em))
        for url in re.findall(r"(?:https?://|www\.)([\w.-]+)", blob):
            host = url.lower().removeprefix("www.")
            if host.split(".")[-2:] not in (["example", "com"], ["example", "org"], ["example", "net"]):
                bad("%s: link to %s" % (rid, url))
    # counts
    for f in FAMILIES:
        if counts.get((f, "positive"), 0) != ORIGINALS_PER_FAMILY:
            bad("%s: %d originals, want %d" % (f, counts.get((f, "positive"), 0), ORIGINALS_PER_FAMILY))
        if sorted(variant_kinds.get(f, [])) != sorted(VARIANT_KINDS):
            bad("%s: variants %s, want one of each kind" % (f, sorted(variant_kinds.get(f, []))))
    for g, want in HN_GROUPS.items():
        if hn_counts[g] != want:
            bad("%s: %d hard negatives, want %d" % (g, hn_counts[g], want))
    if counts.get(("hard_negative", "hard_negative"), 0) != sum(HN_GROUPS.values()):
        bad("hard negatives: %d" % counts.get(("hard_negative", "hard_negative"), 0))
    if len(rows) != TOTAL:
        bad("total %d, want %d" % (len(rows), TOTAL))
    if sorted(ids) != ["%s-%04d" % (SET, i) for i in range(1, len(rows) + 1)]:
        bad("ids are not %s-0001 .. %s-%04d" % (SET, SET, len(rows)))
    # the folder itself
    abs_path = re.compile(r"(?<![\w.])/(?:work|home|tmp|Users|mnt|srv|root|opt|var)/|[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("__pycache__ present")
            continue
        if os.path.isfile(p):
            if abs_path.search(open(p, encoding="utf-8").read()):
                bad("%s contains an absolute path" % name)
    expected_files = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
    missing = expected_files - set(os.listdir(HERE))
    if missing:
        bad("missing files: %s" % sorted(missing))
    if problems:
        for p in problems:
            print(p)
        print("%d problem(s) (severities from %s)" % (len(problems), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
