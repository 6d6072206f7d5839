#!/usr/bin/env python3
"""Checks posts.jsonl of blind set b17. Prints OK or the problems."""
import json, re, datetime, sys, tomllib, pathlib

HERE = pathlib.Path(__file__).resolve().parent
RULES_MD = HERE.parents[2] / "shared" / "design" / "RULES.md" if (HERE.parents[2] / "shared/design/RULES.md").exists() else None
SEV = {  # (lowest, highest) severity per RULES.md
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]

def main():
    errs = []
    if RULES_MD:  # cross-check rule ids against the catalogue's tables when it is reachable
        ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", RULES_MD.read_text(), re.M))
        for r in SEV:
            if r not in ids:
                errs.append(f"rule {r} not in RULES.md tables")
    with open(HERE / "council.toml", "rb") as f:
        c = tomllib.load(f)
    handles = {h for h, n in c["people"]["handles"].items() if n in c["people"]["councillors"]}
    rows, seen = [], set()
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: {e}"); continue
        rows.append(o)
        for k in REQ:
            if k not in o:
                errs.append(f"line {n}: missing {k}")
        i = o.get("id", "")
        if not re.fullmatch(r"B17-\d{4}", i): errs.append(f"{i}: bad id")
        if i in seen: errs.append(f"{i}: duplicate id")
        seen.add(i)
        if o.get("author") not in handles: errs.append(f"{i}: author not a councillor handle")
        if o.get("platform") not in ("x", "facebook", "bluesky"): errs.append(f"{i}: platform")
        if o.get("account") not in ("councillor", "personal") or o.get("kind") != "post": errs.append(f"{i}: account/kind")
        try:
            t = datetime.datetime.fromisoformat(o["created_at"])
            if not (o["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
                    and datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
                errs.append(f"{i}: timestamp {o['created_at']}")
        except Exception:
            errs.append(f"{i}: bad created_at")
        e = o.get("expect", {})
        rules, allowed, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for r in rules + allowed:
            if r not in SEV: errs.append(f"{i}: unknown rule {r}")
        if set(rules) & set(allowed): errs.append(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed): errs.append(f"{i}: duplicate rule")
        if verdict not in ORDER: errs.append(f"{i}: verdict"); continue
        lo = max([ORDER[SEV[r][0]] for r in rules if r in SEV], default=0)
        hi = max([ORDER[SEV[r][1]] for r in rules if r in SEV], default=0)
        if not lo <= ORDER[verdict] <= hi: errs.append(f"{i}: verdict {verdict} does not fit {rules}")
        fam, kr = o.get("family"), o.get("kind_of_row")
        if kr == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok": errs.append(f"{i}: hard negative labels")
        elif kr == "positive":
            if fam not in FAMILIES or fam not in rules: errs.append(f"{i}: family rule not expected")
            if "officers.impartiality" in rules and fam == "hard_negative": errs.append(f"{i}")
        else:
            errs.append(f"{i}: kind_of_row")
        if not o.get("text", "").strip() or not o.get("note", "").strip(): errs.append(f"{i}: empty text/note")
    byid = {o["id"]: o for o in rows if "id" in o}
    for o in rows:
        v = o.get("variant_of")
        if v is None: continue
        src = byid.get(v)
        if not src or "variant_of" in src: errs.append(f"{o['id']}: variant_of bad"); continue
        ea, eb = src["expect"], o["expect"]
        extra = set(eb["allowed"]) - set(ea["allowed"])
        if ea["rules"] != eb["rules"] or ea["verdict"] != eb["verdict"] or not set(ea["allowed"]) <= set(eb["allowed"]) \
                or extra - {"haste.pause-before-posting"} or o["family"] != src["family"] or o["text"] == src["text"]:
            errs.append(f"{o['id']}: variant labels differ from {v}")
        if extra and o["text"] != o["text"].upper() and "(caps)" not in o["note"]:
            errs.append(f"{o['id']}: haste allowed on non-caps variant")
    if len(rows) < 250: errs.append(f"only {len(rows)} rows")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
