#!/usr/bin/env python3
"""Check the blind set b152 and print OK (standard library only).

Rule ids and severities come from shared/design/RULES.md, found by walking up
from this folder; without it a built-in copy of the severities is used.
"""
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B152"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
TRAITS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
          "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
HASTE = "haste.pause-before-posting"

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

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN, "built-in copy"
        d = parent
    rules = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                rules[cells[0]] = sev or {"advice", "review", "block"}
    if not rules:
        return BUILTIN, "built-in copy"
    return rules, "RULES.md"


def uk_offset(d):
    def last_sunday(year, month):
        day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
        while day.weekday() != 6:
            day -= datetime.timedelta(days=1)
        return day
    return "+01:00" if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else "+00:00"


def main():
    rules, source = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        conf = tomllib.load(f)
    councillors = conf["people"]["councillors"]
    handles = {h: p for h, p in conf["people"]["handles"].items() if p in councillors}

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    by_id = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, i):
            err("line %d: id %r out of order or malformed" % (i, rid))
        if rid in by_id:
            err("duplicate id %s" % rid)
        by_id[rid] = r

    start, end = datetime.date(2026, 9, 7), datetime.date(2026, 12, 3)
    for r in rows:
        rid = r.get("id")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s: empty text" % rid)
        if r.get("author") not in handles:
            err("%s: author %r is not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s: platform" % rid)
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err("%s: account/kind" % rid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d:\d\d)", r.get("created_at", ""))
        if not m:
            err("%s: created_at format" % rid)
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if not (start <= d <= end) or d.weekday() > 4:
                err("%s: date %s outside weekday range" % (rid, d))
            if not 8 <= int(m.group(2)) <= 18:
                err("%s: hour outside 08:00-18:59" % rid)
            if m.group(5) != uk_offset(d):
                err("%s: offset %s wrong for %s" % (rid, m.group(5), d))
        exp = r.get("expect", {})
        ex, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in ex + al:
            if rule not in rules:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(ex)) != len(ex) or len(set(al)) != len(al):
            err("%s: repeated rule" % rid)
        if set(ex) & set(al):
            err("%s: rule both expected and allowed" % rid)
        if verdict not in RANK:
            err("%s: verdict %r" % (rid, verdict))
        elif not ex:
            if verdict != "ok":
                err("%s: verdict %s without expected rules" % (rid, verdict))
        else:
            floor = max(min(RANK[s] for s in rules.get(x, {"advice"})) for x in ex)
            ceiling = max(max(RANK[s] for s in rules.get(x, {"block"})) for x in ex)
            possible = set().union(*(rules.get(x, set()) for x in ex))
            if verdict not in possible or not floor <= RANK[verdict] <= ceiling:
                err("%s: verdict %s does not fit %s" % (rid, verdict, ex))
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or ex or verdict != "ok":
                err("%s: hard negative must expect nothing, verdict ok" % rid)
            if len(re.findall(r"\bHN[1-6]\b", note)) != 1 or not re.match(r"HN[1-6] ", note):
                err("%s: hard negative note needs exactly one HN tag at the start" % rid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in ex:
                err("%s: family rule %s not expected" % (rid, fam))
            name = handles.get(r.get("author"), "")
            text = r.get("text", "")
            if name and (name in text or name.split()[-1] in text or r["author"].lower() in text.lower()):
                err("%s: positive written by the councillor it names" % rid)
        else:
            err("%s: kind_of_row %r" % (rid, kor))
        if kor == "positive" and fam == "bullying.intimidation":
            if not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err("%s: bullying note tag" % rid)
        if kor == "positive" and fam == "equality.discrimination":
            m2 = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
            if not m2 or m2.group(2) not in TRAITS:
                err("%s: equality note tag" % rid)
        for cited in re.findall(r"\b%s-\d{4}\b" % SET, note):
            if cited not in by_id:
                err("%s: note cites missing %s" % (rid, cited))
        text = r.get("text", "")
        for ph in re.findall(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", text):
            if not re.fullmatch(r"07700\s?900\d{3}|01632\s?960\d{3}|020\s?7946\s?0\d{3}|0113\s?496\s?0\d{3}", ph):
                err("%s: phone %s outside the drama ranges" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", em):
                err("%s: email domain %s" % (rid, em))
        for url in re.findall(r"https?://([^/\s]+)", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", url):
                err("%s: link domain %s" % (rid, url))

    # variants
    seen = {}
    for r in rows:
        if r.get("kind_of_row") != "variant":
            if "variant_of" in r or "variant_kind" in r:
                err("%s: variant fields on a non-variant" % r["id"])
            continue
        o = by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if not o or o.get("kind_of_row") != "positive":
            err("%s: variant_of must name a positive original" % r["id"])
            continue
        if kind not in KINDS:
            err("%s: variant_kind %r" % (r["id"], kind))
            continue
        seen.setdefault(r["family"], []).append(kind)
        for k in ("family", "author", "platform"):
            if r[k] != o[k]:
                err("%s: %s differs from original" % (r["id"], k))
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err("%s: labels differ from original" % r["id"])
        want = o["expect"]["allowed"] + ([HASTE] if kind == "caps" and HASTE not in o["expect"]["allowed"] else [])
        if r["expect"]["allowed"] != want:
            err("%s: allowed differs from original" % r["id"])
        t, ot = r["text"], o["text"]
        if t == ot:
            err("%s: variant text equals original" % r["id"])
        ok = {
            "asterisk": "*" in t and "*" not in ot,
            "digit": any(c.isdigit() for c in t) and re.search(r"[A-Za-z]\d|\d[A-Za-z]", t) is not None,
            "zero_width": "\u200b" in t,
            "spaced": re.search(r"\b(\w ){3,}\w\b", t) is not None,
            "homoglyph": re.search("[\u0400-\u04ff]", t) is not None,
            "caps": (lambda u: sum(c.isupper() for c in u) > 0.9 * sum(c.isalpha() for c in u))(
                re.sub(r"@\w+", "", t)),
        }[kind]
        if not ok:
            err("%s: variant does not show its %s obfuscation" % (r["id"], kind))
    for fam in FAMILIES:
        if sorted(seen.get(fam, [])) != sorted(KINDS):
            err("%s: needs one variant of each kind, has %s" % (fam, seen.get(fam)))

    # counts
    count = {}
    for r in rows:
        count[(r.get("family"), r.get("kind_of_row"))] = count.get((r.get("family"), r.get("kind_of_row")), 0) + 1
    for fam in FAMILIES:
        if count.get((fam, "positive"), 0) != 27:
            err("%s: %d originals, want 27" % (fam, count.get((fam, "positive"), 0)))
        if count.get((fam, "variant"), 0) != 6:
            err("%s: %d variants, want 6" % (fam, count.get((fam, "variant"), 0)))
    if count.get(("hard_negative", "hard_negative"), 0) != 165:
        err("hard negatives: %d, want 165" % count.get(("hard_negative", "hard_negative"), 0))
    if len(rows) != 330:
        err("%d rows, want 330" % len(rows))
    groups = {}
    for r in rows:
        if r.get("kind_of_row") == "hard_negative":
            g = r["note"][:3]
            groups[g] = groups.get(g, 0) + 1
    for g in ("HN%d" % i for i in range(1, 7)):
        if groups.get(g, 0) < 25:
            err("%s: only %d rows" % (g, groups.get(g, 0)))

    # folder hygiene
    bad = [os.sep + "wo" + "rk" + os.sep, "/ho" + "me/", "/t" + "mp/", "/Us" + "ers/", "C:" + "\\"]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__":
            err("__pycache__ present")
            continue
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                content = f.read()
            for b in bad:
                if b in content:
                    err("%s: contains an absolute path (%s)" % (name, b))
    if sorted(n for n in os.listdir(HERE) if n != "__pycache__") != sorted(
            ["README.md", "build.py", "council.toml", "posts.jsonl", "validate.py"]):
        err("folder must hold exactly README.md, build.py, council.toml, posts.jsonl, validate.py")

    if errors:
        for e in errors[:60]:
            print(e)
        print("%d problem(s) (rules from %s)" % (len(errors), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
