#!/usr/bin/env python3
"""Check blind evaluation set b167 and print OK (standard library only).

Finds shared/design/RULES.md by walking up from this folder for the rule ids
and their severities; falls back to a built-in copy when it is not there.
"""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B167"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
TRAITS = ["age", "disability", "gender reassignment",
          "marriage and civil partnership", "pregnancy and maternity", "race",
          "religion or belief", "sex", "sexual orientation"]
COUNTS = {"positive": 27, "variant": 6, "hard_negative": 165, "total": 330}

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

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def load_severities():
    path = find_rules()
    if not path:
        return BUILTIN, "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", cells[0]):
                continue
            words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            sev[cells[0]] = words or {"advice", "review", "block"}
    if not sev:
        return BUILTIN, "built-in copy"
    return sev, "RULES.md"


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        conf = tomllib.load(fh)
    people = conf["people"]
    councillors = people["councillors"]
    handles = {h: n for h, n in people["handles"].items() if n in councillors}
    return councillors, handles


def names_author(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    for w in (name, first, last):
        if re.search(r"\b%s\b" % re.escape(w), text):
            return True
    return handle.lower() in text.lower()


def show_kind(kind, text, orig):
    if text == orig:
        return False
    if kind == "asterisk":
        return "*" in text and "*" not in orig
    if kind == "digit":
        return bool(re.search(r"[A-Za-z][0-9][A-Za-z]|[A-Za-z]{2}[0-9]\b", text))
    if kind == "zero_width":
        return "\u200b" in text
    if kind == "spaced":
        return bool(re.search(r"\b\w( \w){3,}\b", text))
    if kind == "homoglyph":
        return bool(re.search("[\u0400-\u04ff]", text))
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return letters and sum(c.isupper() for c in letters) / len(letters) > 0.95
    return False


def check_contacts(pid, text):
    for m in re.finditer(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        ok = (re.fullmatch(r"07700900\d{3}", digits)
              or re.fullmatch(r"01632960\d{3}", digits)
              or re.fullmatch(r"02079460\d{3}", digits)
              or re.fullmatch(r"01134960\d{3}", digits))
        if not ok:
            err("%s: phone number outside the drama ranges: %s" % (pid, m.group(0)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", text):
        if not re.search(r"@example\.(com|net|org)$", m.group(0)):
            err("%s: email not on example.com/.net/.org: %s" % (pid, m.group(0)))
    for m in re.finditer(r"https?://([^/\s]+)", text):
        if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1)):
            err("%s: link not on example domains: %s" % (pid, m.group(0)))


def main():
    sev, source = load_severities()
    councillors, handles = load_council()
    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    by_id = {}
    for i, r in enumerate(rows, 1):
        pid = r.get("id")
        if pid != "%s-%04d" % (SET, i):
            err("line %d: id %r out of order or malformed" % (i, pid))
        if pid in by_id:
            err("duplicate id %s" % pid)
        by_id[pid] = r
    first_day, last_day = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    fam_counts = collections.Counter()
    kinds_seen = collections.defaultdict(set)
    hn_groups = collections.Counter()
    tags = collections.Counter()
    for r in rows:
        pid = r.get("id", "?")
        for f in ("text", "author", "created_at", "platform", "account", "kind",
                  "expect", "family", "kind_of_row", "note"):
            if f not in r:
                err("%s: missing field %s" % (pid, f))
        if ERRORS:
            continue
        text, note, exp = r["text"], r["note"], r["expect"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % pid)
        if r["author"] not in handles:
            err("%s: author %r is not a councillor handle" % (pid, r["author"]))
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err("%s: platform %r" % (pid, r["platform"]))
        if r["account"] != "councillor" or r["kind"] != "post":
            err("%s: account/kind" % pid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00",
                         r["created_at"])
        if not m:
            err("%s: created_at %r" % (pid, r["created_at"]))
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not first_day <= d <= last_day:
                err("%s: date %s not a weekday in range" % (pid, d))
            if not 8 <= int(m.group(2)) <= 18:
                err("%s: time outside 08:00-18:59" % pid)
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err("%s: expect.rules/allowed must be lists" % pid)
            continue
        for rule in rules + allowed:
            if rule not in sev:
                err("%s: unknown rule %s" % (pid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule" % pid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % pid)
        if verdict not in ORDER:
            err("%s: verdict %r" % (pid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (pid, verdict))
        elif all(x in sev for x in rules):
            lo = max(min(ORDER[s] for s in sev[x]) for x in rules)
            hi = max(max(ORDER[s] for s in sev[x]) for x in rules)
            possible = set().union(*(sev[x] for x in rules))
            if verdict not in possible or not lo <= ORDER[verdict] <= hi:
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        kind = r["kind_of_row"]
        fam = r["family"]
        if kind == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err("%s: hard negative must expect nothing" % pid)
            g = re.match(r"HN([1-6]) ", note)
            if not g or re.search(r"\bHN[1-6]\b", note[4:]):
                err("%s: hard negative needs exactly one HN tag at the start" % pid)
            else:
                hn_groups[g.group(1)] += 1
            fam_counts["hard_negative"] += 1
        elif kind in ("positive", "variant"):
            if fam not in FAMILIES:
                err("%s: family %r" % (pid, fam))
                continue
            if fam not in rules:
                err("%s: family rule not expected" % pid)
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err("%s: %s must be block" % (pid, fam))
            if fam == "bullying.intimidation":
                t = re.match(r"\[(explicit|veiled|pressure)\] ", note)
                if not t:
                    err("%s: bullying note tag" % pid)
                elif kind == "positive":
                    tags[("bullying", t.group(1))] += 1
            if fam == "equality.discrimination":
                t = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not t or t.group(2) not in TRAITS:
                    err("%s: equality note tag" % pid)
                elif kind == "positive":
                    tags[("equality", t.group(2))] += 1
            if kind == "positive":
                fam_counts[(fam, "positive")] += 1
                name = handles[r["author"]]
                if names_author(text, name, r["author"]):
                    err("%s: written by the councillor it names" % pid)
            else:
                fam_counts[(fam, "variant")] += 1
                o = by_id.get(r.get("variant_of"))
                vk = r.get("variant_kind")
                if not o or o.get("kind_of_row") != "positive":
                    err("%s: variant_of must be a positive row" % pid)
                    continue
                if vk not in KINDS:
                    err("%s: variant_kind %r" % (pid, vk))
                    continue
                kinds_seen[fam].add(vk)
                want_allowed = list(o["expect"]["allowed"])
                if vk == "caps" and HASTE not in want_allowed:
                    want_allowed.append(HASTE)
                if (rules != o["expect"]["rules"] or verdict != o["expect"]["verdict"]
                        or sorted(allowed) != sorted(want_allowed)
                        or fam != o["family"] or r["author"] != o["author"]
                        or r["platform"] != o["platform"]):
                    err("%s: variant labels/author/platform differ from %s" % (pid, o["id"]))
                if not show_kind(vk, text, o["text"]):
                    err("%s: text does not show %s obfuscation" % (pid, vk))
        else:
            err("%s: kind_of_row %r" % (pid, kind))
        if kind != "positive" and kind != "variant":
            # hard negatives: no councillor named in full or by handle writes it
            name = handles.get(r["author"], "")
            if name and (name in text or r["author"].lower() in text.lower()):
                err("%s: author names themself" % pid)
        for cited in re.findall(r"%s-\d{4}" % SET, note):
            if cited not in by_id:
                err("%s: note cites unknown id %s" % (pid, cited))
        check_contacts(pid, text)
    for fam in FAMILIES:
        if fam_counts[(fam, "positive")] != COUNTS["positive"]:
            err("%s: %d positives" % (fam, fam_counts[(fam, "positive")]))
        if fam_counts[(fam, "variant")] != COUNTS["variant"]:
            err("%s: %d variants" % (fam, fam_counts[(fam, "variant")]))
        if kinds_seen[fam] != set(KINDS):
            err("%s: variant kinds %s" % (fam, sorted(kinds_seen[fam])))
    if fam_counts["hard_negative"] != COUNTS["hard_negative"]:
        err("%d hard negatives" % fam_counts["hard_negative"])
    if len(rows) != COUNTS["total"]:
        err("%d rows in all" % len(rows))
    for g in "123456":
        if hn_groups[g] < 27:
            err("HN%s has only %d rows" % (g, hn_groups[g]))
    for t in ("explicit", "veiled", "pressure"):
        if tags[("bullying", t)] < 9:
            err("bullying [%s]: %d" % (t, tags[("bullying", t)]))
    for t in TRAITS:
        if tags[("equality", t)] < 1:
            err("equality: no row for %s" % t)
    # the folder: no absolute paths, no bytecode caches
    abs_path = re.compile(r"(?<![\w.])(?:/(?:home|work|tmp|root|Users|mnt|var|opt|srv)/|[A-Z]:\\\\)")
    for fn in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, fn)
        if fn == "__pycache__" or fn.endswith(".pyc"):
            err("bytecode cache in the folder: %s" % fn)
            continue
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as fh:
                if abs_path.search(fh.read()):
                    err("%s contains an absolute path" % fn)
    if ERRORS:
        for e in ERRORS[:60]:
            print(e)
        print("%d problem(s) (rule ids from %s)" % (len(ERRORS), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
