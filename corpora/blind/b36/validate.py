#!/usr/bin/env python3
"""Checks blind set b36. Prints OK or the problems found."""
import json, re, os, sys, datetime, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
# rule id -> (lowest, highest) severity, copied from shared/design/RULES.md tables
SEV = {
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
    "association.endorsed-content": ("advice", "review"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
OBF = {"asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph"}

def main():
    errs = []
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = set(council["people"]["handles"])
    councillor_handles = {h for h, n in council["people"]["handles"].items() if n in council["people"]["councillors"]}
    rows, ids = [], set()
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: does not parse: {e}")
    byid = {}
    for r in rows:
        rid = r.get("id", "?")
        for k in REQ:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b36-\d{3}", rid):
            errs.append(f"{rid}: id pattern")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid); byid[rid] = r
        if r.get("author") not in councillor_handles:
            errs.append(f"{rid}: author {r.get('author')} not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if r.get("account") not in ("councillor", "personal") or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            ok = (t.utcoffset() == datetime.timedelta(0) and r["created_at"].endswith("+00:00")
                  and t.weekday() < 5 and 8 <= t.hour <= 18
                  and datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27))
            if not ok:
                errs.append(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59 GMT 5 Jan-27 Mar 2026")
        except Exception as e:
            errs.append(f"{rid}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in rules + allowed:
            if rule not in SEV:
                errs.append(f"{rid}: unknown rule {rule}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: duplicate rule in a list")
        if verdict not in RANK:
            errs.append(f"{rid}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(RANK[SEV[x][0]] for x in rules if x in SEV)
            hi = max(RANK[SEV[x][1]] for x in rules if x in SEV)
            if not lo <= RANK[verdict] <= hi:
                errs.append(f"{rid}: verdict {verdict} does not fit the severities of {rules}")
        kor = r.get("kind_of_row")
        if kor in ("hard_negative", "filler"):
            if rules or verdict != "ok" or r.get("family") != "hard_negative":
                errs.append(f"{rid}: hard negative/filler must expect no rules, ok, family hard_negative")
        elif kor == "positive":
            if r.get("family") not in rules:
                errs.append(f"{rid}: family not in expect.rules")
            if r.get("family") == "bullying.intimidation" and "variant_of" not in r:
                if not re.match(r"\[(explicit|veiled|pressure)\] ", r.get("note", "")):
                    errs.append(f"{rid}: intimidation note must start with [explicit]/[veiled]/[pressure]")
        else:
            errs.append(f"{rid}: kind_of_row {kor}")
        if not r.get("note"):
            errs.append(f"{rid}: empty note")
    for r in rows:
        if "variant_of" in r or "obfuscation" in r:
            o = byid.get(r.get("variant_of"))
            if o is None:
                errs.append(f"{r['id']}: variant_of missing original"); continue
            if r.get("obfuscation") not in OBF:
                errs.append(f"{r['id']}: obfuscation kind")
            for k in ("expect", "author", "family"):
                if r[k] != o[k]:
                    errs.append(f"{r['id']}: {k} differs from original")
            if r["text"] == o["text"]:
                errs.append(f"{r['id']}: variant text identical")
            if r.get("obfuscation") == "zero-width-space" and "\u200b" not in r["text"]:
                errs.append(f"{r['id']}: no U+200B")
            if r.get("obfuscation") == "cyrillic-homoglyph" and not re.search("[\u0400-\u04ff]", r["text"]):
                errs.append(f"{r['id']}: no Cyrillic letter")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
