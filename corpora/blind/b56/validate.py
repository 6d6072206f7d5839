#!/usr/bin/env python3
"""Checks blind set b56 (posts.jsonl against council.toml and RULES.md). Prints OK or the problems."""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_ID = "b56"
N_TOTAL = 332
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = {"star", "digit", "zwsp", "spaced", "cyrillic", "caps"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of RULES.md's ids and severities, used only when RULES.md is not found.
BUILTIN = {
    "respect.personal-attack": "review; block when severe", "respect.abusive-language": "review; block when severe",
    "bullying.intimidation": "block", "equality.discrimination": "block", "officers.impartiality": "review",
    "confidentiality.disclosure": "review; block with a register match", "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review; block for special category or identifiers",
    "predetermination.closed-mind": "review; block with a register match", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice; review when the giver seeks a council decision",
    "defamation.allegation": "review; block when severe", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice", "security.credentials": "block",
    "tone.irony-risk": "advice", "association.endorsed-content": "same as the amplified rule, one level lower",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review: remove them",
    "capacity.mixed-account": "advice",
}


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    rules[m.group(1)] = line.rstrip().rstrip("|").split("|")[-1].strip()
            if rules:
                return rules
    return BUILTIN


def severities(text):
    found = [s for s in ("advice", "review", "block") if re.search(r"\b" + s + r"\b", text)]
    return found or ["advice", "review", "block"]


def main():
    errs = []
    rules = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if set(council) != {"council", "people"}:
        errs.append(f"council.toml tables {sorted(council)} (want council and people only)")
    ppl = council["people"]
    handles = {h: n for h, n in ppl["handles"].items() if n in ppl["councillors"]}
    start, end = date(2026, 1, 5), date(2026, 3, 27)
    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {i}: {e}")
    by_id = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id", "?")
        for k in required:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(SET_ID + r"-\d{3}", str(rid)):
            errs.append(f"{rid}: id pattern")
        if rid in by_id:
            errs.append(f"{rid}: duplicate id")
        by_id[rid] = r
        if r.get("author") not in handles:
            errs.append(f"{rid}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            t = datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
                errs.append(f"{rid}: timestamp {r['created_at']}")
        except (KeyError, ValueError):
            errs.append(f"{rid}: bad created_at")
        ex = r.get("expect", {})
        exp, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in exp + allowed:
            if rule not in rules:
                errs.append(f"{rid}: unknown rule {rule}")
        if set(exp) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(exp)) != len(exp) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: duplicate rule in a list")
        if verdict not in RANK:
            errs.append(f"{rid}: verdict {verdict}")
        elif not exp:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            sev = [severities(rules.get(x, "")) for x in exp]
            lo = max(RANK[s[0]] for s in sev)
            hi = max(RANK[s[-1]] for s in sev)
            if not (lo <= RANK[verdict] <= hi) or not any(verdict in s for s in sev):
                errs.append(f"{rid}: verdict {verdict} does not fit {exp}")
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if fam == "hard_negative":
            if kor != "hard_negative" or exp or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing and be ok")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not note.startswith(tags[0] + ":"):
                errs.append(f"{rid}: hard negative needs exactly one HN tag at the start")
            if "variant_of" in r:
                errs.append(f"{rid}: hard negative variant")
        elif fam in FAMILIES:
            if kor != "positive" or fam not in exp:
                errs.append(f"{rid}: positive must expect its family rule")
            if fam == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", note):
                errs.append(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.search(r"\[(explicit|coded); [^\]]+\]", note):
                errs.append(f"{rid}: equality note tag")
        else:
            errs.append(f"{rid}: family {fam}")
        # the author is never a councillor the post attacks
        if fam != "hard_negative":
            n = handles.get(r.get("author"), "")
            for tok in [n.split()[0], n.split()[-1], r.get("author")] if n else []:
                if re.search(r"(?<![\w@])" + re.escape(tok) + r"(?!\w)", r.get("text", "")):
                    errs.append(f"{rid}: author named in a positive")
    # variants
    vk = Counter()
    for r in rows:
        if "variant_of" not in r:
            continue
        rid, o = r["id"], by_id.get(r["variant_of"])
        if o is None or "variant_of" in o:
            errs.append(f"{rid}: variant_of does not point at an original")
            continue
        kind = r.get("variant_kind")
        if kind not in VARIANT_KINDS:
            errs.append(f"{rid}: variant_kind {kind}")
        vk[(r["family"], kind)] += 1
        for k in ("author", "platform", "family", "kind_of_row"):
            if r[k] != o[k]:
                errs.append(f"{rid}: {k} differs from original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            errs.append(f"{rid}: labels differ from original")
        want = list(o["expect"]["allowed"])
        if kind == "caps" and "haste.pause-before-posting" not in want:
            want.append("haste.pause-before-posting")
        if sorted(r["expect"]["allowed"]) != sorted(want):
            errs.append(f"{rid}: allowed differs from original")
        t = r["text"]
        if t == o["text"]:
            errs.append(f"{rid}: variant text unchanged")
        checks = {
            "star": t.count("*") >= 1 and "*" not in o["text"],
            "digit": bool(re.search(r"[A-Za-z][014]|[014][A-Za-z]", t)),
            "zwsp": "\u200b" in t,
            "spaced": bool(re.search(r"\b(\w \w )+\w\b", t)),
            "cyrillic": bool(re.search("[\u0430\u043e\u0435]", t)),
            "caps": sum(c.isupper() for c in t) > 0.6 * sum(c.isalpha() for c in t),
        }
        if kind in checks and not checks[kind]:
            errs.append(f"{rid}: variant text does not show {kind}")
        if kind == "caps":
            for h in re.findall(r"@\w+", o["text"]):
                if h not in t:
                    errs.append(f"{rid}: handle {h} changed in caps")
    for fam in FAMILIES:
        for kind in VARIANT_KINDS:
            if vk[(fam, kind)] != 1:
                errs.append(f"{fam}: {vk[(fam, kind)]} variants of kind {kind} (want 1)")
    # counts
    orig = [r for r in rows if "variant_of" not in r]
    fc = Counter(r["family"] for r in orig)
    for fam in FAMILIES:
        if fc[fam] != 34:
            errs.append(f"{fam}: {fc[fam]} originals (want 34)")
    if fc["hard_negative"] != 132:
        errs.append(f"hard negatives: {fc['hard_negative']} (want 132)")
    hn = Counter(re.match(r"(HN[1-6])", r["note"]).group(1) for r in orig
                 if r["family"] == "hard_negative" and re.match(r"HN[1-6]", r["note"]))
    for g in range(1, 7):
        if hn[f"HN{g}"] != 22:
            errs.append(f"HN{g}: {hn[f'HN{g}']} rows (want 22)")
    if len(rows) != N_TOTAL:
        errs.append(f"{len(rows)} rows (want {N_TOTAL})")
    if len({r["text"] for r in rows}) != len(rows):
        errs.append("duplicate texts")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
