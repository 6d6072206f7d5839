#!/usr/bin/env python3
"""Checks posts.jsonl of blind set b20. Prints OK or the problems found."""
import json, re, sys, datetime, tomllib, os

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_MD = os.path.join(HERE, "..", "..", "shared", "design", "RULES.md")
for up in range(2, 6):  # the shared folder beside the repository, wherever this checkout is
    cand = os.path.join(HERE, *[".."] * up, "shared", "design", "RULES.md")
    if os.path.exists(cand):
        RULES_MD = cand; break
SEV = {"respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
       "bullying.intimidation": {"block"}, "equality.discrimination": {"block"}, "officers.impartiality": {"review"},
       "defamation.allegation": {"review", "block"}, "tone.irony-risk": {"advice"},
       "haste.pause-before-posting": {"advice"}}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation", "hard_negative"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]

def main():
    errs = []
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        c = tomllib.load(fh)
    authors = {h for h, n in c["people"]["handles"].items() if n in c["people"]["councillors"]}
    md = open(RULES_MD, encoding="utf-8").read()
    known = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", md, re.M))
    rows, ids = [], set()
    for ln, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: {e}"); continue
        rows.append(r)
        for k in REQ:
            if k not in r: errs.append(f"line {ln}: missing {k}")
        i = r.get("id", "")
        if not re.fullmatch(r"B20-\d{4}", i): errs.append(f"{i}: bad id")
        if i in ids: errs.append(f"{i}: duplicate id")
        ids.add(i)
        if r.get("author") not in authors: errs.append(f"{i}: author not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}: errs.append(f"{i}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post": errs.append(f"{i}: account/kind")
        if r.get("family") not in FAMILIES: errs.append(f"{i}: family")
        if not r.get("text", "").strip() or not r.get("note", "").strip(): errs.append(f"{i}: empty text/note")
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != datetime.timedelta(0): errs.append(f"{i}: offset not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18): errs.append(f"{i}: not weekday daytime")
            if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)): errs.append(f"{i}: date range")
        except Exception as e:
            errs.append(f"{i}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in known: errs.append(f"{i}: unknown rule {x}")
        if set(rules) & set(allowed): errs.append(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed): errs.append(f"{i}: duplicate rule")
        if verdict not in RANK: errs.append(f"{i}: verdict"); continue
        if r["family"] == "hard_negative":
            if rules or verdict != "ok" or r.get("kind_of_row") != "hard_negative": errs.append(f"{i}: hard negative labels")
        else:
            if r["family"] not in rules: errs.append(f"{i}: family rule not expected")
            if r.get("kind_of_row") != "positive": errs.append(f"{i}: kind_of_row")
            lo = max(min(RANK[s] for s in SEV[x]) for x in rules)
            hi = max(max(RANK[s] for s in SEV[x]) for x in rules)
            if not (lo <= RANK[verdict] <= hi): errs.append(f"{i}: verdict {verdict} does not fit {rules}")
    byid = {r["id"]: r for r in rows}
    for r in rows:
        v = r.get("variant_of")
        if v is None: continue
        o = byid.get(v)
        if not o or o.get("variant_of"): errs.append(f"{r['id']}: bad variant_of"); continue
        if r["text"] == o["text"]: errs.append(f"{r['id']}: variant text unchanged")
        extra = set(r["expect"]["allowed"]) - set(o["expect"]["allowed"])
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or extra - {"haste.pause-before-posting"} or r["family"] != o["family"]):
            errs.append(f"{r['id']}: variant labels differ from {v}")
    if len(rows) < 210: errs.append(f"only {len(rows)} rows")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
