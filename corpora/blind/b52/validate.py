#!/usr/bin/env python3
"""Checks blind set b52. Prints OK or the problems found."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# Fallback copy of RULES.md ids with (base, top) severity.
FALLBACK = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"), "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VKINDS = {"asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"}


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            break
        nd = os.path.dirname(d)
        if nd == d:
            return FALLBACK
        d = nd
    rules = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if not m:
            continue
        sev = line.rstrip().rstrip("|").split("|")[-1].strip().lower()
        levels = [s for s in ("advice", "review", "block") if s in sev]
        if not levels:  # "same as the amplified rule, one level lower"
            levels = ["advice", "block"]
        rules[m.group(1)] = (levels[0], levels[-1])
    return rules


def load_handles():
    text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    sec = text.split("[people.handles]", 1)[1]
    handles = re.findall(r'^"(@[^"]+)"\s*=\s*"([^"]+)"', sec, re.M)
    councillors = set(re.findall(r'^\s*"([^"]+)",', text.split("councillors = [", 1)[1].split("]", 1)[0], re.M))
    return {h for h, n in handles if n in councillors}


def main():
    rules = load_rules()
    handles = load_handles()
    errs = []
    rows = []
    for i, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {i}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    byid = {r.get("id"): r for r in rows}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
    fams = collections.Counter()
    hn = collections.Counter()
    vk = collections.defaultdict(set)
    for r in rows:
        rid = r.get("id")
        for k in req:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b52-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        if r.get("author") not in handles:
            errs.append(f"{rid}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if r.get("account") not in ("councillor", "personal") or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                errs.append(f"{rid}: time outside weekday 08:00-18:59")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append(f"{rid}: date out of range")
        except Exception as e:
            errs.append(f"{rid}: created_at {e}")
        ex = r.get("expect", {})
        er, ea, v = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in er + ea:
            if x not in rules:
                errs.append(f"{rid}: unknown rule {x}")
        if set(er) & set(ea):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            errs.append(f"{rid}: duplicate rule")
        if v not in ORDER:
            errs.append(f"{rid}: verdict {v}")
        elif er:
            lo = max(ORDER[rules[x][0]] for x in er if x in rules)
            hi = max(ORDER[rules[x][1]] for x in er if x in rules)
            if not lo <= ORDER[v] <= hi:
                errs.append(f"{rid}: verdict {v} does not fit severities")
        elif v != "ok":
            errs.append(f"{rid}: no rules but verdict {v}")
        kr = r.get("kind_of_row")
        if kr == "hard_negative":
            if er or v != "ok" or r.get("family") != "hard_negative":
                errs.append(f"{rid}: hard negative must expect nothing and ok")
            tags = re.findall(r"^HN[1-6]\b", r.get("note", ""))
            if len(tags) != 1:
                errs.append(f"{rid}: hard negative note needs one HN tag")
            else:
                hn[tags[0]] += 1
        elif kr == "positive":
            f = r.get("family")
            if f not in FAMILIES or f not in er:
                errs.append(f"{rid}: family rule not expected")
            note = r.get("note", "")
            if f == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", note):
                errs.append(f"{rid}: bullying note tag")
            if f == "equality.discrimination" and not re.search(r"\[(explicit|coded); ", note):
                errs.append(f"{rid}: equality note tag")
            if "variant_of" in r:
                o = byid.get(r["variant_of"])
                if not o or "variant_of" in o:
                    errs.append(f"{rid}: variant_of bad")
                else:
                    if (o["expect"]["rules"] != er or o["expect"]["verdict"] != v or o["family"] != f
                            or o["author"] != r["author"]):
                        errs.append(f"{rid}: variant labels differ from original")
                    if not set(o["expect"]["allowed"]) <= set(ea):
                        errs.append(f"{rid}: variant drops allowed")
                if r.get("variant_kind") not in VKINDS:
                    errs.append(f"{rid}: variant_kind")
                vk[f].add(r.get("variant_kind"))
                fams[f + "#v"] += 1
            else:
                fams[f] += 1
        else:
            errs.append(f"{rid}: kind_of_row {kr}")
    for f in FAMILIES:
        if fams[f] < 34:
            errs.append(f"{f}: only {fams[f]} originals")
        if fams[f + "#v"] != 6 or vk[f] != VKINDS:
            errs.append(f"{f}: variants {fams[f + '#v']} {sorted(vk[f])}")
    if sum(hn.values()) < 130 or any(hn[f"HN{i}"] < 20 for i in range(1, 7)):
        errs.append(f"hard negatives: {dict(hn)}")
    if len(rows) < 330:
        errs.append(f"only {len(rows)} rows")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
