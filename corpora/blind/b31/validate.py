"""Validate blind set b31. Prints OK or a list of problems."""
import json, re, sys, datetime as dt, tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES_MD = HERE.parents[1] / "shared" / "design" / "RULES.md"
if not RULES_MD.exists():  # fall back to repository layout (corpora/blind/b31)
    for p in HERE.parents:
        if (p / "shared" / "design" / "RULES.md").exists():
            RULES_MD = p / "shared" / "design" / "RULES.md"; break

ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# possible severities per rule, from RULES.md's severity column
SEV = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"}, "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation", "hard_negative"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]

def main():
    errs = []
    council = tomllib.load(open(HERE / "council.toml", "rb"))
    assert council["council"]["code"] == "bexley"
    people = council["people"]
    handles = {h for h, n in people["handles"].items() if n in people["councillors"]}
    table_ids = set()
    if RULES_MD.exists():
        for line in RULES_MD.read_text().splitlines():
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if m:
                table_ids.add(m.group(1))
    else:
        errs.append("RULES.md not found")
    rows, seen = [], set()
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        rows.append(r)
        rid = r.get("id", f"line{n}")
        for k in REQ:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b31-\d{3}", str(r.get("id"))):
            errs.append(f"{rid}: bad id")
        if rid in seen:
            errs.append(f"{rid}: duplicate id")
        seen.add(rid)
        if r.get("author") not in handles:
            errs.append(f"{rid}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append(f"{rid}: platform")
        if r.get("account") not in {"councillor", "personal"} or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: offset not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                errs.append(f"{rid}: not weekday daytime")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append(f"{rid}: date out of range")
        except Exception as e:
            errs.append(f"{rid}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in SEV:
                errs.append(f"{rid}: unknown rule {x}")
            if table_ids and x not in table_ids:
                errs.append(f"{rid}: rule {x} not in RULES.md tables")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: duplicate rule")
        if verdict not in ORDER:
            errs.append(f"{rid}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(min(ORDER[s] for s in SEV.get(x, {"ok"})) for x in rules)
            hi = max(max(ORDER[s] for s in SEV.get(x, {"ok"})) for x in rules)
            possible = set().union(*(SEV.get(x, set()) for x in rules))
            if not (lo <= ORDER[verdict] <= hi) or verdict not in possible:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        fam, kor = r.get("family"), r.get("kind_of_row")
        if fam not in FAMILIES:
            errs.append(f"{rid}: family {fam}")
        if fam == "hard_negative":
            if rules or verdict != "ok" or kor != "hard_negative":
                errs.append(f"{rid}: hard negative must expect no rules and ok")
        else:
            if fam not in rules or kor != "positive":
                errs.append(f"{rid}: positive must expect its family rule")
        if ("variant_of" in r) != ("obfuscation" in r):
            errs.append(f"{rid}: variant_of/obfuscation must come together")
    by_id = {r["id"]: r for r in rows if "id" in r}
    for r in rows:
        if "variant_of" in r:
            o = by_id.get(r["variant_of"])
            if o is None or "variant_of" in o:
                errs.append(f"{r['id']}: variant_of does not point at an original"); continue
            if r["obfuscation"] not in {"asterisk", "digit", "zero-width", "spaced", "cyrillic", "caps"}:
                errs.append(f"{r['id']}: obfuscation {r['obfuscation']}")
            extra = {"haste.pause-before-posting"} if r["obfuscation"] == "caps" else set()
            if (o["expect"]["rules"] != r["expect"]["rules"] or o["expect"]["verdict"] != r["expect"]["verdict"]
                    or set(r["expect"]["allowed"]) - extra != set(o["expect"]["allowed"]) - extra
                    or o["author"] != r["author"] or o["family"] != r["family"]):
                errs.append(f"{r['id']}: variant labels/author differ from original")
            if r["text"] == o["text"]:
                errs.append(f"{r['id']}: variant text unchanged")
    # the author is never a person the post names
    names = {h: n for h, n in people["handles"].items() if h in handles}
    for r in rows:
        n = names.get(r.get("author"), "")
        if n and re.search(r"\b(%s|%s)\b" % tuple(map(re.escape, (n.split()[0], n.split()[-1]))), r["text"], re.I):
            errs.append(f"{r['id']}: author named in own post")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
