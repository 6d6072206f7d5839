"""Check blind set b16 (posts.jsonl). Prints OK when every check passes."""
import json
import re
import sys
import tomllib
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
# shared/design/RULES.md is looked for in the folders above this one (the repository root).
RULES_MD = HERE / "RULES.md-not-found"
for up in HERE.parents:
    cand = up / "shared" / "design" / "RULES.md"
    if cand.exists():
        RULES_MD = cand
        break

# Severities RULES.md gives each rule: (lowest, highest).
SEV = {
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
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation", "hard_negative"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "note"]
errors = []


def err(msg):
    errors.append(msg)


table_ids = set()
if RULES_MD.exists():
    for line in RULES_MD.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if m:
            table_ids.add(m.group(1))
else:
    err("RULES.md not found")

with open(HERE / "council.toml", "rb") as fh:
    council = tomllib.load(fh)
councillors = set(council["people"]["councillors"])
handles = {h for h, n in council["people"]["handles"].items() if n in councillors}

rows = []
for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: bad JSON {e}")

ids = [r.get("id") for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
byid = {r.get("id"): r for r in rows}
for r in rows:
    rid = r.get("id", "?")
    for f in REQUIRED:
        if f not in r:
            err(f"{rid}: missing {f}")
    if not re.fullmatch(r"B16-\d{4}", str(rid)):
        err(f"{rid}: bad id")
    if r.get("author") not in handles:
        err(f"{rid}: author {r.get('author')} not a councillor handle")
    if r.get("platform") not in {"x", "facebook", "bluesky"}:
        err(f"{rid}: platform")
    if r.get("account") != "councillor" or r.get("kind") != "post":
        err(f"{rid}: account/kind")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset")
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            err(f"{rid}: not weekday daytime")
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err(f"{rid}: date out of range")
    except Exception as e:  # noqa: BLE001
        err(f"{rid}: created_at {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for rule in rules + allowed:
        if rule not in table_ids or rule not in SEV:
            err(f"{rid}: unknown rule {rule}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule")
    if verdict not in RANK:
        err(f"{rid}: verdict {verdict}")
        continue
    if rules:
        lo = max(RANK[SEV[x][0]] for x in rules if x in SEV)
        hi = max(RANK[SEV[x][1]] for x in rules if x in SEV)
        if not (lo <= RANK[verdict] <= hi):
            err(f"{rid}: verdict {verdict} does not fit {rules}")
    elif verdict != "ok":
        err(f"{rid}: no rules but verdict {verdict}")
    fam = r.get("family")
    if fam not in FAMILIES:
        err(f"{rid}: family {fam}")
    if fam == "hard_negative":
        if rules or verdict != "ok" or r.get("kind_of_row") != "hard_negative":
            err(f"{rid}: hard negative must expect nothing and ok")
    else:
        if fam not in rules or r.get("kind_of_row") != "positive":
            err(f"{rid}: positive must expect its family")
    if "variant_of" in r:
        o = byid.get(r["variant_of"])
        if o is None or "variant_of" in o:
            err(f"{rid}: variant_of points nowhere")
        else:
            oe = o["expect"]
            extra = set(allowed) - set(oe["allowed"])
            if rules != oe["rules"] or verdict != oe["verdict"] or not set(oe["allowed"]) <= set(allowed) \
                    or extra - {"haste.pause-before-posting"} or o["family"] != fam:
                err(f"{rid}: variant labels differ from {o['id']}")
            if extra and r["text"] != r["text"].upper() and not re.sub(r"@\w+", "", r["text"]).isupper():
                err(f"{rid}: haste allowed on a non-caps variant")
            if r["text"] == o["text"]:
                err(f"{rid}: variant text identical")

texts = [r.get("text") for r in rows]
if len(texts) != len(set(texts)):
    err("duplicate texts")
if len(rows) < 320:
    err(f"only {len(rows)} rows")

if errors:
    print("\n".join(errors[:50]))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
