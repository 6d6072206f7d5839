#!/usr/bin/env python3
"""Checks for blind evaluation set b127. Prints OK or the problems found."""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B127"
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


# Built-in copy of the rule ids and their severities (from RULES.md).
SEVERITIES = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block",),
    "equality.discrimination": ("block",),
    "officers.impartiality": ("review",),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review",),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review",),
    "resources.political-use": ("review",),
    "position.improper-advantage": ("review",),
    "interests.declared-interest": ("review",),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice",),
    "haste.pause-before-posting": ("advice",),
    "meetings.during-meeting": ("advice",),
    "security.credentials": ("block",),
    "tone.irony-risk": ("advice",),
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block",),
    "moderation.third-party-comments": ("review",),
    "capacity.mixed-account": ("advice",),
}
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"]
HN_TAGS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
PLATFORMS = {"x": 280, "facebook": 63206, "bluesky": 300}

# Same identification of councillors as build.py.
ALIASES = {
    "Margaret Hembury": ["Peg", "the Leader", "The Leader", "Leader of the Council"],
    "Stuart Tuckwell": ["Stu", "Deputy Leader", "Cabinet Member for Finance"],
    "Clive Vowles": ["Cabinet Member for Housing"],
    "Janet Hooper": ["Cabinet Member for Flooding"],
    "Derek Bisgrove": ["chair of planning", "Chair of Planning", "chaired planning"],
    "Brenda Tapp": ["Chair of the Council"],
    "Shaun Counsell": ["Cabinet Member for Transport"],
    "Eleanor Cossey": ["Nell"],
    "Desislava Petrova": ["Desi"],
    "Walter Bowditch": ["Walt"],
}


def find_rules_md():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def rule_ids():
    path = find_rules_md()
    if not path:
        return set(SEVERITIES)
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if m:
                ids.add(m.group(1))
    if not ids:
        return set(SEVERITIES)
    for r in ids:
        if r not in SEVERITIES:
            bad("RULES.md rule %s has no severity in the built-in table" % r)
    return ids


def mentions(text, terms):
    for t in terms:
        if re.search(r"(?<![\w@])" + re.escape(t) + r"(?!\w)", text):
            return True
    return False


def main():
    ids_known = rule_ids()
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        conf = tomllib.load(fh)
    councillors = conf["people"]["councillors"]
    handles = {h: n for h, n in conf["people"]["handles"].items() if n in councillors}
    by_name = {n: h for h, n in handles.items()}
    for n in councillors:
        if n not in by_name:
            bad("councillor %s has no handle" % n)

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                bad("line %d does not parse: %s" % (i, e))
    by_id = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    start, end = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    for r in rows:
        for f in required:
            if f not in r:
                bad("%s lacks %s" % (r.get("id"), f))
        rid = r.get("id", "")
        if not re.fullmatch(SET + r"-\d{4}", rid):
            bad("bad id %r" % rid)
        if rid in by_id:
            bad("duplicate id %s" % rid)
        by_id[rid] = r
    expected_ids = ["%s-%04d" % (SET, i) for i in range(1, len(rows) + 1)]
    if sorted(by_id) != expected_ids:
        bad("ids are not %s-0001..%04d" % (SET, len(rows)))

    counts = collections.Counter()
    hn_counts = collections.Counter()
    verdicts = collections.Counter()
    variant_kinds = collections.defaultdict(list)
    for r in rows:
        rid = r["id"]
        text = r["text"]
        if r["author"] not in handles:
            bad("%s author %s is not a councillor handle in council.toml" % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            bad("%s platform %s" % (rid, r["platform"]))
        elif len(text) > PLATFORMS[r["platform"]]:
            bad("%s too long for %s" % (rid, r["platform"]))
        if r["account"] != "councillor" or r["kind"] != "post":
            bad("%s account/kind" % rid)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\+00:00", r["created_at"])
        if not m:
            bad("%s timestamp %s" % (rid, r["created_at"]))
        else:
            d = datetime.date.fromisoformat(m.group(1))
            h = int(m.group(2))
            if d.weekday() >= 5 or not (start <= d <= end) or not (8 <= h <= 18):
                bad("%s timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % rid)
        exp = r["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            bad("%s expect lists" % rid)
            continue
        for x in rules + allowed:
            if x not in ids_known:
                bad("%s unknown rule %s" % (rid, x))
        if set(rules) & set(allowed):
            bad("%s rule both expected and allowed" % rid)
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s duplicate rules" % rid)
        if verdict not in LEVEL:
            bad("%s verdict %s" % (rid, verdict))
            continue
        if rules:
            lo = max(LEVEL[min(SEVERITIES[x], key=LEVEL.get)] for x in rules if x in SEVERITIES)
            hi = max(LEVEL[max(SEVERITIES[x], key=LEVEL.get)] for x in rules if x in SEVERITIES)
            if not (lo <= LEVEL[verdict] <= hi):
                bad("%s verdict %s does not fit the severities of %s" % (rid, verdict, rules))
        elif verdict != "ok":
            bad("%s no rules but verdict %s" % (rid, verdict))
        kor = r["kind_of_row"]
        fam = r["family"]
        note = r["note"]
        if kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                bad("%s hard negative must expect nothing and be ok" % rid)
            tags = re.findall(r"\bHN\d\b", note)
            if len(tags) != 1 or not note.startswith(tags[0] + " ") or tags[0] not in HN_TAGS:
                bad("%s hard negative needs exactly one HN tag at the start" % rid)
            else:
                hn_counts[tags[0]] += 1
            counts["hard_negative"] += 1
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad("%s family %s" % (rid, fam))
                continue
            if fam not in rules:
                bad("%s family rule not expected" % rid)
            verdicts[verdict] += 1
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                bad("%s bullying note tag" % rid)
            if fam == "equality.discrimination":
                m2 = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m2 or m2.group(2) not in CHARACTERISTICS:
                    bad("%s equality note tag" % rid)
            # never written by the councillor it names
            author = handles.get(r["author"])
            if author:
                parts = author.split()
                terms = [author, parts[-1], " ".join(parts[:-1]), r["author"]] + ALIASES.get(author, [])
                if mentions(text, terms):
                    bad("%s positive written by the councillor it names" % rid)
            counts[(fam, kor)] += 1
            if kor == "variant":
                variant_kinds[fam].append(r.get("variant_kind"))
        else:
            bad("%s kind_of_row %s" % (rid, kor))
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in by_id:
                bad("%s note cites unknown %s" % (rid, cited))
        if "{" in note or "}" in note:
            bad("%s note has an unresolved key" % rid)
        # phones and emails
        for ph in re.findall(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d", text):
            digits = re.sub(r"\D", "", ph)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            ok = (re.match(r"07700900\d{3}$", digits) or re.match(r"01632960\d{3}$", digits)
                  or re.match(r"02079460\d{3}$", digits) or re.match(r"0\d{3}4960\d{3}$", digits)
                  or re.match(r"0808157\d{4}$", digits) or re.match(r"0909879\d{4}$", digits))
            if not ok:
                bad("%s phone number outside the drama ranges: %s" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                bad("%s email not on example.com: %s" % (rid, em))

    # variants
    for r in rows:
        if r["kind_of_row"] != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if not o or o["kind_of_row"] != "positive":
            bad("%s variant_of missing or not a positive" % rid)
            continue
        if kind not in VARIANT_KINDS:
            bad("%s variant_kind %s" % (rid, kind))
            continue
        want_allowed = list(o["expect"]["allowed"])
        if kind == "caps" and "haste.pause-before-posting" not in want_allowed:
            want_allowed.append("haste.pause-before-posting")
        if (sorted(r["expect"]["rules"]) != sorted(o["expect"]["rules"])
                or sorted(r["expect"]["allowed"]) != sorted(want_allowed)
                or r["expect"]["verdict"] != o["expect"]["verdict"]):
            bad("%s variant labels differ from %s" % (rid, o["id"]))
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                bad("%s variant %s differs" % (rid, f))
        t, ot = r["text"], o["text"]
        if t == ot:
            bad("%s variant text equals the original" % rid)
        shows = {
            "asterisk": lambda s: re.search(r"\w\*\w", s),
            "digit": lambda s: re.search(r"[A-Za-z][0-9][A-Za-z]", s),
            "zero_width": lambda s: "\u200b" in s,
            "spaced": lambda s: re.search(r"(?<!\w)(?:[A-Za-z] ){2,}[A-Za-z](?!\w)", s),
            "homoglyph": lambda s: re.search("[\u043e\u0435\u041e\u0415]", s),
            "caps": lambda s: (lambda letters: letters and sum(c.isupper() for c in letters) / len(letters) > 0.95)(
                [c for c in re.sub(r"@\w+", "", s) if c.isalpha()]),
        }[kind]
        if not shows(t) or (kind != "spaced" and shows(ot)):
            bad("%s does not show its obfuscation (%s)" % (rid, kind))
    for fam in FAMILIES:
        if sorted(variant_kinds[fam]) != sorted(VARIANT_KINDS):
            bad("%s variants are not one of each kind: %s" % (fam, variant_kinds[fam]))

    # counts
    n_pos = sum(v for k, v in counts.items() if k != "hard_negative")
    for fam in FAMILIES:
        if counts[(fam, "positive")] < 25:
            bad("%s has %d originals (< 25)" % (fam, counts[(fam, "positive")]))
    if counts["hard_negative"] < n_pos:
        bad("hard negatives (%d) fewer than positive rows (%d)" % (counts["hard_negative"], n_pos))
    for t in HN_TAGS:
        if hn_counts[t] < 20:
            bad("%s has %d rows (< 20)" % (t, hn_counts[t]))
    if hn_counts["HN4"] < 50:
        bad("HN4 has %d rows (< 50)" % hn_counts["HN4"])
    if len(rows) < 300:
        bad("only %d rows" % len(rows))

    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
