#!/usr/bin/env python3
"""Checks for blind evaluation set b129. Prints OK or the problems found."""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B129"
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


BUILTIN_RULES = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ORDER = ["ok", "advice", "review", "block"]


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    p = find_rules_md()
    if not p:
        return dict(BUILTIN_RULES), "built-in"
    rules = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
        if m:
            sev = [s for s in ORDER[1:] if s in m.group(2)]
            if m.group(1) == "association.endorsed-content":
                sev = ["advice", "block"]
            rules[m.group(1)] = (sev[0], sev[-1]) if sev else ("advice", "block")
    if len(rules) < 20:
        return dict(BUILTIN_RULES), "built-in"
    return rules, "RULES.md"


def load_roster():
    txt = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    block = txt.split("councillors = [", 1)[1].split("]", 1)[0]
    people = []
    for m in re.finditer(r'"([^"]+)",\s*#\s*([^\n]*)', block):
        people.append({"name": m.group(1), "party": re.search(r"\(([^)]+)\)", m.group(2)).group(1)})
    handles = dict(re.findall(r'^"(@\w+)" = "([^"]+)"', txt, re.M))
    names = {p["name"] for p in people}
    councillor_handles = {h: n for h, n in handles.items() if n in names}
    for p in people:
        p["handle"] = [h for h, n in councillor_handles.items() if n == p["name"]][0]
    return people, councillor_handles


FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
HA = "haste.pause-before-posting"
SHORT = {"Gillian Featherstone": ["Gill"], "Malcolm Ackroyd": ["Malc"], "Trevor Hebblethwaite": ["Trev"],
         "Stuart Blenkin": ["Stu"], "Daniel Osei": ["Dan"]}
# Rows whose author is pinned on purpose (self-description, own greeting): the
# HN rows below, checked by tag rather than id since ids are assigned by the build.
DRAMA = [r"01632\s?960\s?\d{3}", r"07700\s?900\s?\d{3}", r"020\s?7946\s?0\d{3}",
         r"0113\s?496\s?0\d{3}", r"0114\s?496\s?0\d{3}", r"0115\s?496\s?0\d{3}",
         r"0116\s?496\s?0\d{3}", r"0117\s?496\s?0\d{3}", r"0118\s?496\s?0\d{3}",
         r"0121\s?496\s?0\d{3}", r"0131\s?496\s?0\d{3}", r"0141\s?496\s?0\d{3}",
         r"0151\s?496\s?0\d{3}", r"0161\s?496\s?0\d{3}", r"028\s?9649\s?6\d{3}",
         r"029\s?2018\s?0\d{3}", r"0306\s?999\s?0\d{3}", r"07700\s?900\d{3}"]


def named(text, p):
    first, last = p["name"].split(" ", 1)
    for w in [p["name"], first, last] + SHORT.get(p["name"], []):
        if re.search(r"\b" + re.escape(w) + r"\b", text):
            return True
    return p["handle"].lower() in text.lower()


def shows(kind, text, orig):
    if kind == "asterisk":
        return text.count("*") > orig.count("*")
    if kind == "digit":
        pat = r"[A-Za-z][0-9]|[0-9][A-Za-z]"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        return re.search(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b", text) is not None
    if kind == "homoglyph":
        return re.search(r"[\u0400-\u04ff]", text) is not None
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return letters and sum(c.isupper() for c in letters) / len(letters) > 0.9
    return False


def main():
    rules, rules_src = load_rules()
    people, handles = load_roster()
    by_handle = {p["handle"]: p for p in people}
    path = os.path.join(HERE, "posts.jsonl")
    rows = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d does not parse: %s" % (i, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    for n, r in enumerate(rows, 1):
        if r.get("id") != "%s-%04d" % (SET, n):
            bad("id %r out of sequence at line %d" % (r.get("id"), n))
    byid = {r["id"]: r for r in rows}
    lo, hi = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    fam_counts = collections.Counter()
    hn_groups = collections.Counter()
    var_kinds = collections.defaultdict(set)
    eq_tags = collections.Counter()
    bi_tags = collections.Counter()
    for r in rows:
        rid = r.get("id")
        for f in REQUIRED:
            if f not in r:
                bad("%s lacks %s" % (rid, f))
        if any(f not in r for f in REQUIRED):
            continue
        text, exp = r["text"], r["expect"]
        if r["author"] not in handles:
            bad("%s author %s is not a councillor handle" % (rid, r["author"]))
        if r["platform"] not in ("x", "facebook", "bluesky"):
            bad("%s platform" % rid)
        if r["account"] != "councillor" or r["kind"] != "post":
            bad("%s account/kind" % rid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            bad("%s timestamp format" % rid)
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not (lo <= d <= hi) or not (8 <= int(m.group(2)) <= 18):
                bad("%s timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % rid)
        rs, al, v = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rs + al:
            if x not in rules:
                bad("%s unknown rule %s" % (rid, x))
        if set(rs) & set(al):
            bad("%s rule both expected and allowed" % rid)
        if v not in ORDER:
            bad("%s verdict %r" % (rid, v))
            continue
        if rs:
            lo_v = max((rules[x][0] for x in rs if x in rules), key=ORDER.index)
            hi_v = max((rules[x][1] for x in rs if x in rules), key=ORDER.index)
            if not (ORDER.index(lo_v) <= ORDER.index(v) <= ORDER.index(hi_v)):
                bad("%s verdict %s does not fit %s" % (rid, v, rs))
        kr, fam, note = r["kind_of_row"], r["family"], r["note"]
        if kr == "hard_negative":
            if fam != "hard_negative" or rs or v != "ok":
                bad("%s hard negative must expect nothing, verdict ok" % rid)
            tags = re.findall(r"\bHN\d\b", note)
            mt = re.match(r"HN([1-7]) ", note)
            if not mt or len(set(tags)) != 1:
                bad("%s needs exactly one HN tag at the start of its note" % rid)
            else:
                hn_groups[mt.group(1)] += 1
        elif kr in ("positive", "variant"):
            if fam not in FAMILIES or fam not in rs:
                bad("%s family rule %s not expected" % (rid, fam))
            if v == "ok":
                bad("%s positive with verdict ok" % rid)
            p = by_handle.get(r["author"])
            if p and named(text, p):
                bad("%s positive written by the councillor it names" % rid)
            if kr == "positive":
                fam_counts[fam] += 1
                if fam == "bullying.intimidation":
                    mt = re.match(r"\[(explicit|veiled|pressure)\] ", note)
                    if not mt:
                        bad("%s bullying note tag" % rid)
                    else:
                        bi_tags[mt.group(1)] += 1
                if fam == "equality.discrimination":
                    mt = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not mt or mt.group(2) not in CHARS:
                        bad("%s equality note tag" % rid)
                    else:
                        eq_tags[mt.group(2)] += 1
            else:
                src = byid.get(r.get("variant_of"))
                k = r.get("variant_kind")
                if not src or src["kind_of_row"] != "positive" or k not in KINDS:
                    bad("%s variant_of/variant_kind" % rid)
                    continue
                want_al = set(src["expect"]["allowed"]) | ({HA} if k == "caps" else set())
                if (sorted(rs) != sorted(src["expect"]["rules"]) or v != src["expect"]["verdict"]
                        or set(al) != want_al or fam != src["family"]
                        or r["author"] != src["author"] or r["platform"] != src["platform"]):
                    bad("%s variant labels differ from %s" % (rid, src["id"]))
                if not shows(k, text, src["text"]):
                    bad("%s does not show %s obfuscation" % (rid, k))
                if k in var_kinds[fam]:
                    bad("%s second %s variant in %s" % (rid, k, fam))
                var_kinds[fam].add(k)
        else:
            bad("%s kind_of_row %r" % (rid, kr))
        for cited in re.findall(r"\b%s-\d{4}\b" % SET, note):
            if cited not in byid:
                bad("%s cites missing %s" % (rid, cited))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.endswith("@example.com"):
                bad("%s email %s not on example.com" % (rid, em))
        for ph in re.findall(r"(?<!\d)0\d{2,4}\s?\d{3,4}\s?\d{3,4}(?!\d)", text):
            if not any(re.fullmatch(d, ph) for d in DRAMA):
                bad("%s phone %s not in a drama range" % (rid, ph))
    for fam in FAMILIES:
        if fam_counts[fam] < 26:
            bad("%s has %d originals, want 26" % (fam, fam_counts[fam]))
        if var_kinds[fam] != set(KINDS):
            bad("%s variant kinds %s" % (fam, sorted(var_kinds[fam])))
    n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    n_hn = sum(1 for r in rows if r.get("kind_of_row") == "hard_negative")
    if n_hn < n_pos:
        bad("hard negatives %d fewer than positive rows %d" % (n_hn, n_pos))
    for g in "1234567":
        if hn_groups[g] < 20:
            bad("HN%s has %d rows, want 20" % (g, hn_groups[g]))
    for t in ("explicit", "veiled", "pressure"):
        if bi_tags[t] < 6:
            bad("bullying [%s] only %d" % (t, bi_tags[t]))
    for c in CHARS:
        if eq_tags[c] < 1:
            bad("no equality row for %s" % c)
    if len(rows) < 300:
        bad("only %d rows" % len(rows))
    for fn in os.listdir(HERE):
        fp = os.path.join(HERE, fn)
        if os.path.isfile(fp) and fn.endswith((".py", ".md", ".toml", ".jsonl", ".csv")):
            body = open(fp, encoding="utf-8").read()
            if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/|[A-Z]:\\\\", body):
                bad("%s contains an absolute path" % fn)
    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        print("%d problem(s) (rule ids from %s)" % (len(PROBLEMS), rules_src))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
