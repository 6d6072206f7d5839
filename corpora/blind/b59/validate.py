#!/usr/bin/env python3
"""Checks blind set b59 (posts.jsonl against council.toml and RULES.md). Prints OK."""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VKINDS = {"star", "digit", "zero_width", "spaced", "homoglyph", "caps"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severities per RULES.md (min, max)
SEV = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"), "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"), "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"), "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"), "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"), "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"), "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"), "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
errors = []


def err(msg):
    errors.append(msg)


def rule_ids():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.exists():
            ids = set()
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            if ids:
                return ids
    return set(SEV)


RULE_IDS = rule_ids()
with open(HERE / "council.toml", "rb") as f:
    cfg = tomllib.load(f)
councillors = set(cfg["people"]["councillors"])
HANDLES = {h for h, n in cfg["people"]["handles"].items() if n in councillors}

rows = []
for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: does not parse: {e}")

ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
byid = {r.get("id"): r for r in rows}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

for r in rows:
    rid = r.get("id", "?")
    for k in REQUIRED:
        if k not in r:
            err(f"{rid}: missing {k}")
    if not re.fullmatch(r"b59-\d{3}", str(rid)):
        err(f"{rid}: bad id")
    if r.get("author") not in HANDLES:
        err(f"{rid}: author {r.get('author')} not a councillor handle")
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        err(f"{rid}: platform")
    if r.get("account") not in ("councillor", "personal") or r.get("kind") != "post":
        err(f"{rid}: account/kind")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset")
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            err(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
    except Exception as e:  # noqa: BLE001
        err(f"{rid}: created_at {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in RULE_IDS:
            err(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule in a list")
    if verdict not in RANK:
        err(f"{rid}: verdict {verdict}")
        continue
    if not rules:
        if verdict != "ok":
            err(f"{rid}: no rules but verdict {verdict}")
    else:
        lo = max(RANK[SEV[x][0]] for x in rules if x in SEV)
        hi = max(RANK[SEV[x][1]] for x in rules if x in SEV)
        if not (lo <= RANK[verdict] <= hi):
            err(f"{rid}: verdict {verdict} does not fit severities of {rules}")
    fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
    if kor == "positive":
        if fam not in FAMILIES or fam not in rules:
            err(f"{rid}: positive family {fam} not expected")
        if fam == "bullying.intimidation" and not re.match(r"(\w+ variant: )?\[(explicit|veiled|pressure)\] ", note):
            err(f"{rid}: bullying note tag")
        if fam == "equality.discrimination" and not re.match(r"(\w+ variant: )?\[(explicit|coded); [^\]]+\] ", note):
            err(f"{rid}: equality note tag")
    elif kor == "hard_negative":
        if fam != "hard_negative" or rules or verdict != "ok":
            err(f"{rid}: hard negative must expect nothing and ok")
        if len(re.findall(r"\[HN[1-6]\]", note)) != 1 or not re.match(r"\[HN[1-6]\] ", note):
            err(f"{rid}: hard negative note needs exactly one HN tag at the start")
        if "variant_of" in r:
            err(f"{rid}: hard negative variant")
    else:
        err(f"{rid}: kind_of_row {kor}")
    if "variant_of" in r:
        o = byid.get(r["variant_of"])
        if o is None or "variant_of" in o:
            err(f"{rid}: variant_of must point at an original")
            continue
        if r.get("variant_kind") not in VKINDS:
            err(f"{rid}: variant_kind")
        oe = o["expect"]
        want_allowed = list(oe["allowed"]) + (["haste.pause-before-posting"] if r.get("variant_kind") == "caps" else [])
        if oe["rules"] != rules or sorted(want_allowed) != sorted(allowed) or oe["verdict"] != verdict:
            err(f"{rid}: variant labels differ from {o['id']}")
        for k in ("family", "author", "platform", "kind_of_row"):
            if o[k] != r[k]:
                err(f"{rid}: variant {k} differs")
        if r["text"] == o["text"]:
            err(f"{rid}: variant text unchanged")
        vk, vt = r.get("variant_kind"), r["text"]
        checks = {"star": "*" in vt and "*" not in o["text"], "digit": bool(re.search(r"[A-Za-z][014]|[014][A-Za-z]", vt)),
                  "zero_width": "\u200b" in vt, "spaced": bool(re.search(r"\b(\w ){3,}\w\b", vt)),
                  "homoglyph": any(c in vt for c in "\u0430\u043e\u0435"),
                  "caps": vt == "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", o["text"]))}
        if vk in checks and not checks[vk]:
            err(f"{rid}: variant of kind {vk} not visible in text")

orig = [r for r in rows if "variant_of" not in r]
fam_counts = collections.Counter(r["family"] for r in orig)
for fam in FAMILIES:
    if fam_counts[fam] < 34:
        err(f"{fam}: {fam_counts[fam]} originals < 34")
    kinds = [r.get("variant_kind") for r in rows if "variant_of" in r and r["family"] == fam]
    if sorted(kinds) != sorted(VKINDS):
        err(f"{fam}: variant kinds {kinds}")
hn = collections.Counter(re.match(r"\[(HN\d)\]", r["note"]).group(1) for r in orig
                         if r["family"] == "hard_negative" and re.match(r"\[(HN\d)\]", r["note"]))
for g in [f"HN{i}" for i in range(1, 7)]:
    if hn[g] < 22:
        err(f"{g}: {hn[g]} < 22")
if len(rows) != 332:
    err(f"total {len(rows)} != 332")

if errors:
    for e in errors[:50]:
        print(e)
    print(f"{len(errors)} errors")
    sys.exit(1)
print("OK")
