#!/usr/bin/env python3
"""Check blind evaluation set b68 and print OK (or the problems found).

Rule ids and severities come from shared/design/RULES.md, found by walking up
from this folder; if it is not there, a built-in copy is used.
"""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b68"
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN = {
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

FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination", "defamation.allegation"]
VERDICTS = {  # family -> (review, block) among the 34 originals
    "respect.personal-attack": (32, 2),
    "respect.abusive-language": (32, 2),
    "bullying.intimidation": (0, 34),
    "equality.discrimination": (0, 34),
    "defamation.allegation": (21, 13),
}
VARIANT_KINDS = ["asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"]
CYRILLIC = set("\u0430\u043e\u0435\u0441\u0410\u041e\u0415\u0421")
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "kind_of_row", "note"]


def find_rules_md():
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
    p = find_rules_md()
    if not p:
        return BUILTIN, "built-in copy"
    rules = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            words = re.findall(r"\b(advice|review|block)\b", cells[-1])
            if words:
                lv = sorted(words, key=LEVEL.get)
                rules[cells[0]] = (lv[0], lv[-1])
            else:
                rules[cells[0]] = ("advice", "block")
    return (rules, "RULES.md") if rules else (BUILTIN, "built-in copy")


def main():
    errs = []
    rules, source = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    councillors = set(council["people"]["councillors"])
    handles = council["people"]["handles"]
    cllr_handles = {h for h, n in handles.items() if n in councillors}

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errs.append("line %d does not parse: %s" % (i, e))
    byid = {}
    for r in rows:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                errs.append("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"%s-\d{3}" % PREFIX, str(rid)):
            errs.append("%s: bad id" % rid)
        if rid in byid:
            errs.append("%s: duplicate id" % rid)
        byid[rid] = r
        if r.get("author") not in cllr_handles:
            errs.append("%s: author %r is not a councillor handle" % (rid, r.get("author")))
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append("%s: account/kind" % rid)
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: platform" % rid)
        if r.get("platform") == "x" and len(r.get("text", "")) > 280:
            errs.append("%s: too long for x" % rid)
        m = re.fullmatch(r"(2026-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r.get("created_at", ""))
        if not m:
            errs.append("%s: timestamp format" % rid)
        else:
            day = datetime.date.fromisoformat(m.group(1))
            if day.weekday() > 4 or not (datetime.date(2026, 1, 5) <= day <= datetime.date(2026, 3, 27)):
                errs.append("%s: date out of range or weekend" % rid)
            if not (8 <= int(m.group(2)) <= 18):
                errs.append("%s: hour out of range" % rid)
        exp = r.get("expect", {})
        er, ea, v = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in er + ea:
            if x not in rules:
                errs.append("%s: unknown rule %s" % (rid, x))
        if set(er) & set(ea):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            errs.append("%s: duplicate rule" % rid)
        if v not in LEVEL:
            errs.append("%s: verdict %r" % (rid, v))
            continue
        if er:
            lo = max(LEVEL[rules[x][0]] for x in er if x in rules)
            hi = max(LEVEL[rules[x][1]] for x in er if x in rules)
            if not (lo <= LEVEL[v] <= hi) or v == "ok":
                errs.append("%s: verdict %s does not fit severities" % (rid, v))
        elif v != "ok":
            errs.append("%s: no expected rule but verdict %s" % (rid, v))
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if fam == "hard_negative":
            if kor != "hard_negative" or er or v != "ok":
                errs.append("%s: hard negative must expect nothing, verdict ok" % rid)
            tags = re.findall(r"\[HN[1-6]\]", note)
            if len(tags) != 1 or not re.match(r"\[HN[1-6]\] ", note):
                errs.append("%s: hard negative needs exactly one HN tag at the start" % rid)
        elif fam in FAMILIES:
            if kor not in ("original", "variant"):
                errs.append("%s: kind_of_row %r" % (rid, kor))
            if fam not in er:
                errs.append("%s: family rule not expected" % rid)
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                errs.append("%s: bullying note tag" % rid)
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\] ", note):
                errs.append("%s: equality note tag" % rid)
            if kor == "original":
                t = r.get("text", "")
                if r.get("author") in t or handles.get(r.get("author"), "@@") in t:
                    errs.append("%s: author is named in their own positive" % rid)
        else:
            errs.append("%s: family %r" % (rid, fam))

    # variants
    vkinds = collections.defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = byid.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "original":
            errs.append("%s: variant_of does not name an original" % rid)
            continue
        k = r.get("variant_kind")
        vkinds[r["family"]].append(k)
        for key in ("family", "author", "platform"):
            if r[key] != o[key]:
                errs.append("%s: %s differs from original" % (rid, key))
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            errs.append("%s: labels differ from original" % rid)
        extra = set(r["expect"]["allowed"]) - set(o["expect"]["allowed"])
        if k == "caps":
            if extra - {"haste.pause-before-posting"}:
                errs.append("%s: caps variant allowed differs" % rid)
        elif extra or set(o["expect"]["allowed"]) - set(r["expect"]["allowed"]):
            errs.append("%s: allowed differs from original" % rid)
        t, ot = r["text"], o["text"]
        if t == ot:
            errs.append("%s: variant text equals original" % rid)
        ok = {
            "asterisk": "*" in t and "*" not in ot,
            "digit": bool(re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]", t)),
            "zwsp": "\u200b" in t,
            "spaced": bool(re.search(r"\b(\w) (\w) (\w)\b", t)),
            "homoglyph": bool(CYRILLIC & set(t)),
            "caps": re.sub(r"@\w+", "", t) == re.sub(r"@\w+", "", t).upper(),
        }.get(k, False)
        if not ok:
            errs.append("%s: variant kind %r not visible in text" % (rid, k))

    # counts
    orig = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "original")
    for fam in FAMILIES:
        if orig[fam] < 34:
            errs.append("%s: %d originals (< 34)" % (fam, orig[fam]))
        if sorted(vkinds[fam]) != sorted(VARIANT_KINDS):
            errs.append("%s: variant kinds %s" % (fam, sorted(vkinds[fam])))
        rv = collections.Counter(r["expect"]["verdict"] for r in rows
                                 if r["family"] == fam and r["kind_of_row"] == "original")
        if (rv["review"], rv["block"]) != VERDICTS[fam]:
            errs.append("%s: verdicts review %d block %d" % (fam, rv["review"], rv["block"]))
    hn = collections.Counter(re.match(r"\[(HN\d)\]", r["note"]).group(1)
                             for r in rows if r.get("family") == "hard_negative"
                             and re.match(r"\[(HN\d)\]", r["note"]))
    for g in ["HN%d" % i for i in range(1, 7)]:
        if hn[g] < 22:
            errs.append("%s: %d rows (< 22)" % (g, hn[g]))
    bt = collections.Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                             if r["family"] == "bullying.intimidation" and r["kind_of_row"] == "original")
    if (bt["explicit"], bt["veiled"], bt["pressure"]) != (10, 13, 11):
        errs.append("bullying tags %s" % dict(bt))
    et = collections.Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                             if r["family"] == "equality.discrimination" and r["kind_of_row"] == "original")
    if (et["explicit"], et["coded"]) != (15, 19):
        errs.append("equality tags %s" % dict(et))
    if len(rows) != 332:
        errs.append("%d rows, expected 332" % len(rows))
    ids = sorted(byid)
    if ids != ["%s-%03d" % (PREFIX, i) for i in range(1, len(rows) + 1)]:
        errs.append("ids are not %s-001..%s-%03d" % (PREFIX, PREFIX, len(rows)))

    if errs:
        for e in errs:
            print(e)
        print("FAILED: %d problem(s) (rules from %s)" % (len(errs), source))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
