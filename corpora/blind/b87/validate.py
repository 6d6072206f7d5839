#!/usr/bin/env python3
"""Check blind evaluation set b87 (posts.jsonl, council.toml) and print OK."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEV = {"advice": 1, "review": 2, "block": 3}
BUILTIN = {  # rule id -> severities it may carry (copy of RULES.md's tables)
    "respect.personal-attack": "review block", "respect.abusive-language": "review block",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review block",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review block",
    "predetermination.closed-mind": "review block", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice review",
    "defamation.allegation": "review block", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice review block",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for folder in [HERE, *HERE.parents]:
        path = folder / "shared" / "design" / "RULES.md"
        if path.is_file():
            rules = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = cells[-1]
                    found = [w for w in SEV if w in sev]
                    if "same as" in sev:
                        found = list(SEV)
                    rules[cells[0]] = set(found)
            if rules:
                return rules
    return {k: set(v.split()) for k, v in BUILTIN.items()}


def main():
    rules = load_rules()
    with open(HERE / "council.toml", "rb") as fh:
        cfg = tomllib.load(fh)
    councillors = set(cfg["people"]["councillors"])
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in councillors}
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    by_id = {r.get("id"): r for r in rows}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    lo_date, hi_date = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not re.fullmatch(r"B87-\d{4}", str(rid)):
            err(f"{rid}: bad id")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle")
        try:
            ts = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err(f"{rid}: timestamp offset must be +00:00")
            if ts.weekday() > 4 or not 8 <= ts.hour <= 18 or not lo_date <= ts.date() <= hi_date:
                err(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except (KeyError, ValueError):
            err(f"{rid}: bad created_at")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            err(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        exp = r.get("expect", {})
        er, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in er + al:
            if rule not in rules:
                err(f"{rid}: unknown rule {rule}")
        if set(er) & set(al):
            err(f"{rid}: rule both expected and allowed: {set(er) & set(al)}")
        if len(set(er)) != len(er) or len(set(al)) != len(al):
            err(f"{rid}: repeated rule")
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if er or verdict != "ok" or fam != "hard_negative":
                err(f"{rid}: hard negative must expect nothing, verdict ok, family hard_negative")
            if not re.match(r"HN[1-6]: ", note) or len(re.findall(r"\bHN\d", note)) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in er:
                err(f"{rid}: family rule {fam} not expected")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\]", note):
                err(f"{rid}: equality note tag")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err(f"{rid}: {fam} must be block")
            if er and all(rule in rules for rule in er):
                lo = max(min(SEV[s] for s in rules[x]) for x in er)
                hi = max(max(SEV[s] for s in rules[x]) for x in er)
                if verdict not in SEV or not lo <= SEV[verdict] <= hi:
                    err(f"{rid}: verdict {verdict} does not fit the severities of {er}")
            if re.search(r"\bHN\d", note):
                err(f"{rid}: HN tag on a positive")
        else:
            err(f"{rid}: bad kind_of_row {kor}")
        # authors never named in the text, except pinned rows
        text = r.get("text", "")
        name = handles.get(r.get("author"), "")
        if kor != "variant" and name:
            terms = [name, name.split()[-1], r.get("author")]
            if any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I) for t in terms):
                if "pinned" not in note:
                    err(f"{rid}: author names themself without a pin")
        for m in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            digits = m.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err(f"{rid}: phone number {m} outside Ofcom drama ranges")
        for m in re.findall(r"[\w.+-]+@([\w-]+\.[\w.-]+)", text):
            if not m.endswith("example.com"):
                err(f"{rid}: email domain {m}")
    # variants
    seen = Counter()
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if o is None or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of must point at a positive")
            continue
        seen[(r["family"], kind)] += 1
        want_allowed = o["expect"]["allowed"] + ([HASTE] if kind == "caps" else [])
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(r["expect"]["allowed"]) != sorted(want_allowed)):
            err(f"{rid}: labels differ from {o['id']}")
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err(f"{rid}: {f} differs from {o['id']}")
        t, ot = r["text"], o["text"]
        if t == ot:
            err(f"{rid}: text same as original")
        ok = {"asterisk": "*" in t and len(t) == len(ot),
              "digit": bool(re.search(r"[A-Za-z][0-9][A-Za-z]", t)),
              "zwsp": "\u200b" in t,
              "spaced": bool(re.search(r"\b\w( \w){2,}\b", t)),
              "homoglyph": bool(re.search("[\u043e\u0435\u0441]", t)),
              "caps": re.sub(r"@\w+", "", t) == re.sub(r"@\w+", "", t).upper()}.get(kind)
        if not ok:
            err(f"{rid}: variant text does not show {kind}")
    for fam in FAMILIES:
        for kind in KINDS:
            if seen[(fam, kind)] != 1:
                err(f"{fam}: {seen[(fam, kind)]} variants of kind {kind}, want 1")
    # counts
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    for fam in FAMILIES:
        if orig[fam] < 34:
            err(f"{fam}: {orig[fam]} originals, want at least 34")
    hn = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if hn[f"HN{g}"] < 22:
            err(f"HN{g}: {hn[f'HN{g}']} rows, want at least 22")
    if len(rows) < 330:
        err(f"{len(rows)} rows, want at least 330")
    # no absolute paths or machine names in any file here
    pat = re.compile(r"(?<![\w.])(/(home|work|tmp|Users|root|mnt|var|opt)/|[A-Za-z]:\\\\)")
    for path in sorted(HERE.iterdir()):
        if path.is_file() and path.suffix in {".py", ".md", ".toml", ".jsonl"}:
            body = path.read_text(encoding="utf-8")
            if path.name == "validate.py":
                body = body.replace(pat.pattern, "")
            if pat.search(body):
                err(f"{path.name}: absolute path")
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
