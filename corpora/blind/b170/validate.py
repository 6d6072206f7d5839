#!/usr/bin/env python3
"""Check blind set b170 and print OK (or the problems found). Standard library only.

It reads the rule catalogue from shared/design/RULES.md, found by walking up
from this folder; where there is none it uses the built-in copy below.
"""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B170"
TOTAL = 330
POSITIVES_PER_FAMILY = 27
HARD_NEGATIVES = 165
HN_MIN_PER_GROUP = 27
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 3, 27)
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
CHARACTERISTICS = ["age", "disability", "gender reassignment",
                   "marriage and civil partnership", "pregnancy and maternity",
                   "race", "religion or belief", "sex", "sexual orientation"]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ALL = {"advice", "review", "block"}

# Built-in copy of the catalogue's severities (used only without RULES.md).
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
    "association.endorsed-content": set(ALL),
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        up = os.path.dirname(d)
        if up == d:
            return BUILTIN, "built-in copy"
        d = up
    rules = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if not m:
                continue
            sev_cell = line.rstrip().rstrip("|").split("|")[-1].lower()
            if "same as" in sev_cell:
                sev = set(ALL)
            else:
                sev = {s for s in ALL if s in sev_cell}
            rules[m.group(1)] = sev
    if not rules:
        return BUILTIN, "built-in copy"
    return rules, "shared/design/RULES.md"


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        conf = tomllib.load(fh)
    if "council" not in conf or "name" not in conf["council"]:
        bad("council.toml: no [council] name")
    people = conf.get("people", {})
    councillors = set(people.get("councillors", []))
    handles = {h: n for h, n in people.get("handles", {}).items() if n in councillors}
    if len(handles) != len(councillors):
        bad("council.toml: not every councillor has a handle")
    return conf, handles


def check_contacts(rid, text):
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not re.fullmatch(r"example\.(com|net|org)", m.group(1).lower()):
            bad("%s: email not on example.com/.net/.org: %s" % (rid, m.group(0)))
    for m in re.finditer(r"https?://([^/\s]+)", text):
        if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1).lower()):
            bad("%s: link not on example.*: %s" % (rid, m.group(0)))
    for m in re.finditer(r"(?<![\d£])(?:\+44\s?|0)\d[\d ]{8,12}\d", text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        ok = (re.fullmatch(r"07700900\d{3}", digits)
              or re.fullmatch(r"01632960\d{3}", digits)
              or re.fullmatch(r"02079460\d{3}", digits)
              or re.fullmatch(r"0(113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}", digits)
              or re.fullmatch(r"0(808|3069)157\d{4}", digits)
              or re.fullmatch(r"0(909|3069)8790\d{3}", digits))
        if not ok:
            bad("%s: phone number outside the drama ranges: %s" % (rid, m.group(0)))


def shows(kind, text):
    if kind == "asterisk":
        return re.search(r"[A-Za-z]\*[A-Za-z]", text) is not None
    if kind == "digit":
        return re.search(r"[A-Za-z][0-9][A-Za-z]", text) is not None
    if kind == "zero_width":
        return "\u200b" in text
    if kind == "spaced":
        return re.search(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])", text) is not None
    if kind == "homoglyph":
        return re.search("[\u0400-\u04ff]", text) is not None
    if kind == "caps":
        body = re.sub(r"@\w+|https?://\S+", "", text)
        letters = [c for c in body if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.95
    return False


def names_author(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    for pat in (re.escape(name), r"\b%s\b" % re.escape(first),
                r"\b%s\b" % re.escape(last), re.escape(handle)):
        if re.search(pat, text, re.I):
            return True
    return False


def main():
    rules_cat, source = load_rules()
    conf, handles = load_council()
    path = os.path.join(HERE, "posts.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
    if len(rows) != TOTAL:
        bad("expected %d posts, found %d" % (TOTAL, len(rows)))
    by_id = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, i):
            bad("row %d: id %r is not %s-%04d" % (i, rid, SET, i))
        if rid in by_id:
            bad("duplicate id %s" % rid)
        by_id[rid] = r
    texts = collections.Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            bad("text appears %d times: %r" % (c, (t or "")[:60]))

    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    variants = collections.defaultdict(list)
    counts = collections.Counter()
    hn_groups = collections.Counter()
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r or r[f] in ("", None):
                bad("%s: missing field %s" % (rid, f))
        extra = set(r) - set(required) - {"variant_of", "variant_kind"}
        if extra:
            bad("%s: unknown fields %s" % (rid, sorted(extra)))
        text = r.get("text", "")
        if r.get("author") not in handles:
            bad("%s: author %r is not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad("%s: platform %r" % (rid, r.get("platform")))
        if r.get("account") != "councillor" or r.get("kind") != "post":
            bad("%s: account/kind" % rid)
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad("%s: timestamp not +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                bad("%s: timestamp not a weekday 08:00-18:59" % rid)
            if not (FIRST_DAY <= t.date() <= LAST_DAY):
                bad("%s: timestamp outside the window" % rid)
        except (KeyError, ValueError, TypeError):
            bad("%s: bad created_at" % rid)
        exp = r.get("expect", {})
        exp_rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in exp_rules + allowed:
            if rule not in rules_cat:
                bad("%s: unknown rule %s" % (rid, rule))
        if set(exp_rules) & set(allowed):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(exp_rules)) != len(exp_rules) or len(set(allowed)) != len(allowed):
            bad("%s: repeated rule" % rid)
        if verdict not in ORDER:
            bad("%s: verdict %r" % (rid, verdict))
        elif not exp_rules:
            if verdict != "ok":
                bad("%s: no rules but verdict %s" % (rid, verdict))
        else:
            sevs = [rules_cat.get(x, ALL) or ALL for x in exp_rules]
            floor = max(min(ORDER[s] for s in S) for S in sevs)
            ceil = max(max(ORDER[s] for s in S) for S in sevs)
            if not (floor <= ORDER[verdict] <= ceil) or not any(verdict in S for S in sevs):
                bad("%s: verdict %s does not fit %s" % (rid, verdict, exp_rules))
        check_contacts(rid, text)
        for cited in re.findall(r"\b%s-\d{4}\b" % SET, r.get("note", "")):
            if cited not in by_id:
                bad("%s: note cites missing %s" % (rid, cited))
        if "{" in r.get("note", ""):
            bad("%s: unresolved key in note" % rid)
        kor, fam = r.get("kind_of_row"), r.get("family")
        if kor == "hard_negative":
            counts["hard_negative"] += 1
            if fam != "hard_negative" or exp_rules or verdict != "ok":
                bad("%s: hard negative must expect nothing, verdict ok" % rid)
            m = re.match(r"^HN([1-6]) (?!HN)", r.get("note", ""))
            if not m or len(re.findall(r"\bHN[1-6]\b", r["note"])) != 1:
                bad("%s: hard negative needs exactly one HN tag at the start" % rid)
            else:
                hn_groups[m.group(1)] += 1
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad("%s: family %r" % (rid, fam))
                continue
            if fam not in exp_rules:
                bad("%s: family rule %s not expected" % (rid, fam))
            name = handles.get(r.get("author"))
            if name and names_author(text, name, r["author"]):
                bad("%s: positive written by the councillor it names" % rid)
            if kor == "positive":
                counts[fam] += 1
                note = r.get("note", "")
                if fam == "bullying.intimidation" and not re.match(r"^\[(explicit|veiled|pressure)\] ", note):
                    bad("%s: bullying note needs [explicit]/[veiled]/[pressure]" % rid)
                if fam == "equality.discrimination":
                    m = re.match(r"^\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not m or m.group(2) not in CHARACTERISTICS:
                        bad("%s: equality note needs [explicit|coded; characteristic]" % rid)
            else:
                variants[fam].append(r)
                o = by_id.get(r.get("variant_of"))
                kind = r.get("variant_kind")
                if not o or o.get("kind_of_row") != "positive" or o.get("family") != fam:
                    bad("%s: variant_of must be a positive of the same family" % rid)
                    continue
                oe = o["expect"]
                want_allowed = list(oe["allowed"])
                if kind == "caps" and HASTE not in want_allowed and HASTE not in oe["rules"]:
                    want_allowed.append(HASTE)
                if (exp_rules != oe["rules"] or verdict != oe["verdict"]
                        or sorted(allowed) != sorted(want_allowed)):
                    bad("%s: variant labels differ from %s" % (rid, o["id"]))
                if r.get("author") != o.get("author") or r.get("platform") != o.get("platform"):
                    bad("%s: variant author/platform differ from %s" % (rid, o["id"]))
                if kind not in VARIANT_KINDS or not shows(kind, text) or text == o["text"]:
                    bad("%s: variant does not show %r obfuscation" % (rid, kind))
        else:
            bad("%s: kind_of_row %r" % (rid, kor))

    for fam in FAMILIES:
        if counts[fam] < POSITIVES_PER_FAMILY:
            bad("%s: %d positives, want %d" % (fam, counts[fam], POSITIVES_PER_FAMILY))
        kinds = sorted(v.get("variant_kind") for v in variants[fam])
        if kinds != sorted(VARIANT_KINDS):
            bad("%s: variants %s, want one of each kind" % (fam, kinds))
    if counts["hard_negative"] < HARD_NEGATIVES:
        bad("hard negatives: %d, want %d" % (counts["hard_negative"], HARD_NEGATIVES))
    for g in "123456":
        if hn_groups[g] < HN_MIN_PER_GROUP:
            bad("HN%s: %d rows, want at least %d" % (g, hn_groups[g], HN_MIN_PER_GROUP))

    # The folder: no absolute paths, no caches.
    markers = ["/" + "home/", "/" + "work/", "/" + "tmp/", "/" + "Users/", "/" + "root/",
               "C:" + "\\", "/" + "mnt/"]
    for fn in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, fn)
        if fn == "__pycache__":
            bad("__pycache__ present")
            continue
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as fh:
                body = fh.read()
            for mk in markers:
                if mk in body:
                    bad("%s contains an absolute path (%s)" % (fn, mk))

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s); rules from %s" % (len(problems), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
