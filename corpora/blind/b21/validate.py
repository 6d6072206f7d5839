#!/usr/bin/env python3
"""Checks blind set b21. Prints OK or the problems found."""
import json, re, sys, pathlib, datetime as dt, tomllib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE
for p in [HERE, *HERE.parents]:
    if (p / "shared/design/RULES.md").exists():
        ROOT = p
        break
rules_md = (ROOT / "shared/design/RULES.md").read_text()
SEV = {}
for line in rules_md.splitlines():
    m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+)\|\s*$", line)
    if m:
        sev = m.group(2).strip().lower()
        levels = [l for l in ("advice", "review", "block") if l in sev]
        if "same as the amplified" in sev:
            levels = ["advice", "review"]
        SEV[m.group(1)] = levels
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
conf = tomllib.loads((HERE / "council.toml").read_text())
councillors = set(conf["people"]["councillors"])
handles = {h for h, p in conf["people"]["handles"].items() if p in councillors}
FAMS = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
        "equality.discrimination", "defamation.allegation", "hard_negative"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
errs, seen, rows = [], set(), []
for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: {e}"); continue
    rows.append(o)
    i = o.get("id", f"line {n}")
    for k in REQ:
        if k not in o: errs.append(f"{i}: missing {k}")
    if not re.fullmatch(r"B21-\d{4}", str(o.get("id"))): errs.append(f"{i}: bad id")
    if i in seen: errs.append(f"{i}: duplicate id")
    seen.add(i)
    if o.get("author") not in handles: errs.append(f"{i}: author not a councillor handle")
    if o.get("platform") not in ("x", "facebook", "bluesky"): errs.append(f"{i}: platform")
    if o.get("account") != "councillor" or o.get("kind") != "post": errs.append(f"{i}: account/kind")
    try:
        t = dt.datetime.fromisoformat(o["created_at"])
        if t.utcoffset() != dt.timedelta(0) or t.weekday() > 4 or not (8 <= t.hour <= 18) \
           or not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            errs.append(f"{i}: timestamp out of window")
    except Exception:
        errs.append(f"{i}: bad created_at")
    e = o.get("expect", {})
    rl, al, v = e.get("rules", []), e.get("allowed", []), e.get("verdict")
    for r in rl + al:
        if r not in SEV: errs.append(f"{i}: unknown rule {r}")
    if set(rl) & set(al): errs.append(f"{i}: rule both expected and allowed")
    if len(set(rl)) != len(rl) or len(set(al)) != len(al): errs.append(f"{i}: duplicate rules")
    fam = o.get("family")
    if fam not in FAMS: errs.append(f"{i}: family {fam}")
    if fam == "hard_negative":
        if rl or v != "ok" or o.get("kind_of_row") != "hard_negative": errs.append(f"{i}: hard negative must expect nothing, ok")
    else:
        if fam not in rl: errs.append(f"{i}: family rule not expected")
        if o.get("kind_of_row") != "positive": errs.append(f"{i}: kind_of_row")
        lo = max(min(ORDER[s] for s in SEV[r]) for r in rl if r in SEV)
        hi = max(max(ORDER[s] for s in SEV[r]) for r in rl if r in SEV)
        if v not in ORDER or not (lo <= ORDER[v] <= hi): errs.append(f"{i}: verdict {v} does not fit {rl}")
byid = {o["id"]: o for o in rows if "id" in o}
for o in rows:
    if "variant_of" in o:
        src = byid.get(o["variant_of"])
        if not src or "variant_of" in src: errs.append(f"{o['id']}: bad variant_of"); continue
        a, b = o["expect"], src["expect"]
        extra = set(a["allowed"]) - set(b["allowed"])
        if a["rules"] != b["rules"] or a["verdict"] != b["verdict"] or not extra <= {"haste.pause-before-posting"} \
           or not set(b["allowed"]) <= set(a["allowed"]) or o["family"] != src["family"]:
            errs.append(f"{o['id']}: variant labels differ from original")
        if o["text"] == src["text"]: errs.append(f"{o['id']}: variant text identical")
if len(rows) < 190: errs.append(f"only {len(rows)} rows")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
