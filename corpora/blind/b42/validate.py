#!/usr/bin/env python3
"""Check blind set b42. Prints OK when every check passes."""
import csv
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
ROOT = HERE
while ROOT != ROOT.parent and not (ROOT / "shared" / "design" / "RULES.md").exists():
    ROOT = ROOT.parent
RULES_MD = ROOT / "shared" / "design" / "RULES.md"

TWELVE = {
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL_HANDLES = {"@dennis_pigeons", "@tamsin_knits"}
# Phrases that name each pending matter (besides its reference).
PENDING_KEYS = {
    "KT/25/0412/FUL": ["tolley heath road", "marlow grange"],
    "KT/25/0588/FUL": ["wharf street", "pepper shack"],
    "KT/25/0631/OUT": ["gasholder", "crestline"],
    "KT/26/0017/FUL": ["nethercote quarry", "quarry extension", "selby-marr"],
    "KT/26/0042/FUL": ["stanwick green garage", "unistay", "student tower", "student block"],
    "KT/25/0710/FUL": ["pellow bank farm", "sunmere"],
    "KT/26/0061/FUL": ["88 foundry street", "foundry street hmo"],
    "LIC/26/0009": ["lock tavern"],
    "LIC/26/0014": ["velvet rooms"],
    "LIC/26/0020": ["heathbeat"],
}
INTEREST_KEYWORDS = {
    "Tolkington Scaffolding Ltd": ["scaffold"],
    "Brindley Wharf Boat Club": ["boat club", "moorings", "pontoon"],
    "Kettlesmere Foodbank": ["foodbank", "food bank"],
    "Stanwick Learning Trust": ["stanwick learning", "stanwick green academy", "sports hall"],
    "Pellow Bank Garden Centre": ["garden centre", "rural businesses like ours"],
    "Fallowfield Community Energy": ["community energy", "co-op"],
    "Ormsley Cricket Club": ["cricket"],
    "Hurlock Haulage": ["haulage", "haulier"],
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def rule_severities():
    sev = {}
    for line in RULES_MD.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        levels = [w for w in re.findall(r"\b(advice|review|block)\b", cells[-1])]
        sev[cells[0]] = levels
    return sev


def main():
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    councillor_handles = {h for h, n in handles.items() if n in councillors}
    for h in PERSONAL_HANDLES:
        if h not in councillor_handles:
            err(f"personal handle {h} missing from council.toml")
    holders = council["registers"]["interest_holders"]
    terms = [t.lower() for t in council["registers"]["confidential_terms"]]
    me = council["self"]
    self_handles = {h for h, n in handles.items() if n == me["name"]}

    meetings = []
    with open(HERE / "meetings.csv", newline="", encoding="utf-8") as f:
        for m in csv.DictReader(f):
            s, e = datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"])
            meetings.append((s, e))
            if s.hour < 19:
                err(f"meeting {m['title']} starts before 19:00")
    pending = []
    with open(HERE / "pending.csv", newline="", encoding="utf-8") as f:
        for p in csv.DictReader(f):
            pending.append(p)
            if p["reference"] not in PENDING_KEYS:
                err(f"pending {p['reference']} has no key phrases")

    sev = rule_severities()
    if not TWELVE <= set(sev):
        err(f"RULES.md lacks {TWELVE - set(sev)}")

    ids = set()
    last_post = None
    lo = datetime(2026, 1, 5, tzinfo=timezone.utc)
    hi = datetime(2026, 3, 28, tzinfo=timezone.utc)
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: {e}")
            continue
        rid = r.get("id", f"line {n}")
        for k in REQUIRED:
            if k not in r:
                err(f"{rid}: missing {k}")
        if not re.fullmatch(r"b42-\d{3}", str(r.get("id"))):
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        text = r.get("text", "")
        tl = text.lower()
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        if r.get("kind") != "post":
            err(f"{rid}: kind")
        author = r.get("author")
        if author not in councillor_handles:
            err(f"{rid}: author {author} not a councillor handle")
        acc = r.get("account")
        if acc not in ("councillor", "personal"):
            err(f"{rid}: account")
        if (acc == "personal") != (author in PERSONAL_HANDLES):
            err(f"{rid}: personal account and handle disagree")
        try:
            ts = datetime.fromisoformat(r["created_at"])
        except Exception:
            err(f"{rid}: created_at")
            continue
        if not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset not +00:00")
        if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (lo <= ts < hi):
            err(f"{rid}: timestamp {ts} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        for s, e in meetings:
            if s <= ts <= e:
                err(f"{rid}: inside a meeting")
        last_post = ts if last_post is None or ts > last_post else last_post

        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        kor = r.get("kind_of_row")
        fam = r.get("family")
        if kor == "positive":
            if fam not in TWELVE or fam not in rules:
                err(f"{rid}: positive family {fam} not in rules")
        elif kor in ("hard_negative", "filler"):
            if rules or verdict != "ok":
                err(f"{rid}: {kor} must expect nothing and ok")
            if fam != kor:
                err(f"{rid}: family should be {kor}")
            if kor == "hard_negative" and r.get("near_miss_of") not in TWELVE:
                err(f"{rid}: near_miss_of missing or wrong")
        else:
            err(f"{rid}: kind_of_row {kor}")
        # verdict fits severities
        if rules:
            lo_need = max(RANK[sev[x][0]] for x in rules if sev.get(x))
            hi_need = max(RANK[max(sev[x], key=RANK.get)] for x in rules if sev.get(x))
            possible = {s for x in rules for s in sev.get(x, [])}
            if verdict not in possible or not (lo_need <= RANK.get(verdict, -1) <= hi_need):
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        elif verdict != "ok":
            err(f"{rid}: verdict should be ok")
        # register of confidential terms
        if any(t in tl for t in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err(f"{rid}: names a confidential term but not disclosure/block")
        # predetermination: block exactly when a pending matter is named
        if "predetermination.closed-mind" in rules:
            named = any(ref.lower() in tl or any(k in tl for k in keys)
                        for ref, keys in PENDING_KEYS.items())
            if named and verdict != "block":
                err(f"{rid}: predetermination names a pending matter but is not block")
            if not named and kor == "positive" and fam == "predetermination.closed-mind" and verdict == "block":
                err(f"{rid}: predetermination block without a pending matter")
        # declared interest positives are by the holder of the interest they touch
        if kor == "positive" and fam == "interests.declared-interest":
            name = handles.get(author)
            mine = [i for i, h in holders.items() if h == name]
            if not mine or not any(k in tl for i in mine for k in INTEREST_KEYWORDS[i]):
                err(f"{rid}: declared-interest positive not by the holder of the interest it touches")
        # own contact details only from self
        if (me["phone"] in text or me["email"].lower() in tl) and author not in self_handles:
            err(f"{rid}: self contact details from another author")

    for p in pending:
        d = datetime.fromisoformat(p["decision_date"]).replace(tzinfo=timezone.utc)
        if last_post and d <= last_post:
            err(f"pending {p['reference']} decided before the last post")

    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
