#!/usr/bin/env python3
"""Checks blind set b50. Prints OK or the problems found."""
import json, os, re, sys, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# fallback copy of the single-post and account rule ids with (lowest, highest) severity
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
KINDS = {"asterisk", "digit", "zero-width", "spaced", "homoglyph", "caps"}

def rules_table():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = line.rstrip().rstrip("|").split("|")[-1]
                    found = [s for s in ["advice", "review", "block"] if s in last]
                    if not found:  # "same as the amplified rule, one level lower"
                        found = ["advice", "block"]
                    sev[m.group(1)] = (min(found, key=RANK.get), max(found, key=RANK.get))
            if sev:
                return sev
        d = os.path.dirname(d)
    return FALLBACK

def main():
    errs = []
    sev = rules_table()
    toml = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    handles = dict(re.findall(r'^"(@\w+)"\s*=\s*"([^"]+)"', toml, re.M))
    councillors = re.search(r"councillors\s*=\s*\[(.*?)\]", toml, re.S).group(1)
    cnames = set(re.findall(r'"([^"]+)"', councillors))
    chandles = {h for h, n in handles.items() if n in cnames}
    if 'code = "bexley"' not in toml or "Europe/London" not in toml or '["23:00", "05:00"]' not in toml:
        errs.append("council.toml: [council] keys")
    if "[registers" in toml:
        errs.append("council.toml must have no registers")
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    byid = {r.get("id"): r for r in rows}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
    lo_d, hi_d = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    hn_tags, bi_tags, ed_tags = Counter(), Counter(), Counter()
    fam_orig, fam_var, var_kinds = Counter(), Counter(), Counter()
    for r in rows:
        rid = r.get("id")
        for k in req:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b50-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        if r.get("author") not in chandles:
            errs.append(f"{rid}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append(f"{rid}: platform")
        if r.get("account") not in {"councillor", "personal"} or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo_d <= t.date() <= hi_d):
                errs.append(f"{rid}: timestamp {r['created_at']}")
        except Exception:
            errs.append(f"{rid}: created_at")
        e = r.get("expect", {})
        rules, allowed, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: repeated rule")
        if verdict not in RANK:
            errs.append(f"{rid}: verdict")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: verdict should be ok")
        else:
            lo = max(RANK[sev[x][0]] for x in rules if x in sev)
            hi = max(RANK[sev[x][1]] for x in rules if x in sev)
            if not lo <= RANK[verdict] <= hi:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{rid}: positive family rule not expected")
            if "variant_of" in r:
                fam_var[fam] += 1
                var_kinds[(fam, r.get("variant_kind"))] += 1
                o = byid.get(r["variant_of"])
                if not o or "variant_of" in o:
                    errs.append(f"{rid}: variant_of bad")
                else:
                    oe = o["expect"]
                    extra = set(allowed) - set(oe["allowed"])
                    if (oe["rules"] != rules or oe["verdict"] != verdict or o["family"] != fam
                            or o["author"] != r["author"] or o["platform"] != r["platform"]
                            or not extra <= {"haste.pause-before-posting"}
                            or (extra and r.get("variant_kind") != "caps")
                            or set(oe["allowed"]) - set(allowed)):
                        errs.append(f"{rid}: variant labels differ from {o['id']}")
                    if o["text"] == r["text"]:
                        errs.append(f"{rid}: variant text unchanged")
                if r.get("variant_kind") not in KINDS:
                    errs.append(f"{rid}: variant_kind")
            else:
                fam_orig[fam] += 1
                if fam == "bullying.intimidation":
                    m = re.match(r"\[(explicit|veiled|pressure)\]", note)
                    if not m:
                        errs.append(f"{rid}: bullying note tag")
                    else:
                        bi_tags[m.group(1)] += 1
                if fam == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); [^\]]+\]", note)
                    if not m:
                        errs.append(f"{rid}: equality note tag")
                    else:
                        ed_tags[m.group(1)] += 1
        elif kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing and be ok")
            m = re.match(r"HN([1-6]) ", note)
            if not m:
                errs.append(f"{rid}: HN tag")
            else:
                hn_tags[m.group(1)] += 1
            if "variant_of" in r:
                errs.append(f"{rid}: hard negative variant")
        else:
            errs.append(f"{rid}: kind_of_row {kor}")
    for f in FAMILIES:
        if fam_orig[f] < 34:
            errs.append(f"{f}: {fam_orig[f]} originals < 34")
        if fam_var[f] != 6:
            errs.append(f"{f}: {fam_var[f]} variants != 6")
        for k in KINDS:
            if var_kinds[(f, k)] != 1:
                errs.append(f"{f}: variant kind {k} count {var_kinds[(f, k)]}")
    if sum(hn_tags.values()) < 130:
        errs.append("fewer than 130 hard negatives")
    for g in "123456":
        if hn_tags[g] < 20:
            errs.append(f"HN{g}: only {hn_tags[g]}")
    if len(rows) < 330:
        errs.append(f"only {len(rows)} rows")
    if errs:
        print("\n".join(errs[:80]))
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print(f"rows {len(rows)}; originals {dict(fam_orig)}; hard negatives {dict(sorted(hn_tags.items()))}; "
          f"bullying {dict(bi_tags)}; equality {dict(ed_tags)}")
    print("OK")

if __name__ == "__main__":
    main()
