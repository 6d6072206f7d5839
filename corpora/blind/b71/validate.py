#!/usr/bin/env python3
"""Check blind evaluation set b71 and print OK (or the problems found)."""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "b71"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = ["star", "digit", "zwsp", "spaced", "cyrillic", "caps"]
HN_GROUPS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities, used only if RULES.md is not found.
BUILTIN = {
    "respect.personal-attack": "review; block when severe",
    "respect.abusive-language": "review; block when severe",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review; block with a register match",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review; block for special category or identifiers",
    "predetermination.closed-mind": "review; block with a register match",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice; review when the giver seeks a council decision",
    "defamation.allegation": "review; block when severe",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    "association.endorsed-content": "same as the amplified rule, one level lower",
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review: remove them",
    "capacity.mixed-account": "advice",
}


def load_rules():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    rules[m.group(1)] = cells[-1]
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def severities(cell):
    s = {w for w in ("advice", "review", "block") if re.search(r"\b" + w + r"\b", cell)}
    if not s and "one level lower" in cell:
        s = {"advice", "review"}
    return s


def load_handles():
    text = (HERE / "council.toml").read_text(encoding="utf-8")
    try:
        import tomllib
        data = tomllib.loads(text)
        handles = data["people"]["handles"]
        councillors = set(data["people"]["councillors"])
    except ModuleNotFoundError:
        handles = dict(re.findall(r'^"(@\w+)"\s*=\s*"([^"]+)"', text, re.M))
        councillors = set(re.findall(r'^\s*"([^"]+)",\s*#', text, re.M))
    return {h: n for h, n in handles.items() if n in councillors}


def main():
    errs = []
    rules, source = load_rules()
    sev = {r: severities(c) for r, c in rules.items()}
    handles = load_handles()
    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if sorted(ids) != [f"{PREFIX}-{i:03d}" for i in range(1, len(rows) + 1)]:
        errs.append(f"ids are not {PREFIX}-001..{PREFIX}-{len(rows):03d}")
    byid = {r.get("id"): r for r in rows}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    counts = Counter()
    vkinds = {f: Counter() for f in FAMILIES}
    btags, etags, hn = Counter(), Counter(), Counter()
    for r in rows:
        rid = r.get("id")
        for k in req:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if any(k not in r for k in req):
            continue
        if not r["text"].strip():
            errs.append(f"{rid}: empty text")
        if re.search(r"(^|\s)/(work|home|tmp|Users)/", r["text"]):
            errs.append(f"{rid}: absolute path in text")
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", r["text"]):
            d = num.replace(" ", "")
            if not (d.startswith("07700900") or d.startswith("01632960")):
                errs.append(f"{rid}: phone number outside drama ranges: {num}")
        for em in re.findall(r"[\w.+-]+@([\w-]+\.[\w.-]+)", r["text"]):
            if not em.endswith("example.com"):
                errs.append(f"{rid}: email not on example.com")
        if r["author"] not in handles:
            errs.append(f"{rid}: author {r['author']} is not a councillor handle")
        if r["account"] != "councillor" or r["kind"] != "post":
            errs.append(f"{rid}: account/kind")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform {r['platform']}")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: timestamp not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                errs.append(f"{rid}: timestamp outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except ValueError:
            errs.append(f"{rid}: bad created_at")
        e = r["expect"]
        exp, alw, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for rule in exp + alw:
            if rule not in rules:
                errs.append(f"{rid}: unknown rule {rule}")
        if set(exp) & set(alw):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(exp)) != len(exp) or len(set(alw)) != len(alw):
            errs.append(f"{rid}: repeated rule")
        fam, kor, note = r["family"], r["kind_of_row"], r["note"]
        if kor == "hard_negative":
            counts["hard_negative"] += 1
            if fam != "hard_negative" or exp or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing with verdict ok")
            tags = re.findall(r"\bHN\d\b", note)
            m = re.match(r"(HN[1-6])\b", note)
            if not m or len(tags) != 1:
                errs.append(f"{rid}: hard negative note needs exactly one HN tag at the start")
            else:
                hn[m.group(1)] += 1
            continue
        if fam not in FAMILIES:
            errs.append(f"{rid}: unknown family {fam}")
            continue
        if fam not in exp:
            errs.append(f"{rid}: family rule not expected")
        if verdict not in ("advice", "review", "block"):
            errs.append(f"{rid}: bad verdict {verdict}")
        else:
            floor = max(min(ORDER[s] for s in sev[x]) for x in exp if x in sev)
            ceil = max(max(ORDER[s] for s in sev[x]) for x in exp if x in sev)
            possible = set().union(*(sev[x] for x in exp if x in sev))
            if not (floor <= ORDER[verdict] <= ceil) or verdict not in possible:
                errs.append(f"{rid}: verdict {verdict} does not fit severities of {exp}")
        if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
            errs.append(f"{rid}: {fam} must be block")
        if fam == "bullying.intimidation":
            m = re.match(r"\[(explicit|veiled|pressure)\]", note)
            if not m:
                errs.append(f"{rid}: bullying note needs [explicit]/[veiled]/[pressure]")
            elif kor == "positive":
                btags[m.group(1)] += 1
        if fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); [^\]]+\]", note)
            if not m:
                errs.append(f"{rid}: equality note needs [explicit; …] or [coded; …]")
            elif kor == "positive":
                etags[m.group(1)] += 1
        if kor == "positive":
            counts[fam] += 1
            counts[(fam, verdict)] += 1
        elif kor == "obfuscated_variant":
            counts[("variant", fam)] += 1
            vk = r.get("variant_kind")
            if vk not in VARIANT_KINDS:
                errs.append(f"{rid}: bad variant_kind {vk}")
            vkinds[fam][vk] += 1
            o = byid.get(r.get("variant_of"))
            if not o or o.get("kind_of_row") != "positive":
                errs.append(f"{rid}: variant_of does not name an original")
                continue
            for k in ("family", "author", "platform"):
                if o[k] != r[k]:
                    errs.append(f"{rid}: variant {k} differs from original")
            if o["expect"]["rules"] != exp or o["expect"]["verdict"] != verdict:
                errs.append(f"{rid}: variant labels differ from original")
            extra = set(alw) - set(o["expect"]["allowed"])
            if extra - {"haste.pause-before-posting"}:
                errs.append(f"{rid}: variant adds allowed rules")
            if o["text"] == r["text"]:
                errs.append(f"{rid}: variant text equals original")
            if vk == "caps" and "haste.pause-before-posting" not in alw + exp:
                errs.append(f"{rid}: caps variant should allow haste")
            if vk == "zwsp" and "\u200b" not in r["text"]:
                errs.append(f"{rid}: zwsp variant lacks U+200B")
            if vk == "cyrillic" and not re.search("[\u0400-\u04ff]", r["text"]):
                errs.append(f"{rid}: cyrillic variant lacks a Cyrillic letter")
            if vk == "star" and "*" not in r["text"]:
                errs.append(f"{rid}: star variant lacks *")
        else:
            errs.append(f"{rid}: bad kind_of_row {kor}")
    # counts
    if len(rows) != 332:
        errs.append(f"{len(rows)} rows, expected 332")
    for f in FAMILIES:
        if counts[f] != 34:
            errs.append(f"{f}: {counts[f]} originals, expected 34")
        if counts[("variant", f)] != 6 or any(vkinds[f][k] != 1 for k in VARIANT_KINDS):
            errs.append(f"{f}: variants must be one of each kind: {dict(vkinds[f])}")
    want = {("respect.personal-attack", "review"): 32, ("respect.personal-attack", "block"): 2,
            ("respect.abusive-language", "review"): 32, ("respect.abusive-language", "block"): 2,
            ("defamation.allegation", "review"): 21, ("defamation.allegation", "block"): 13}
    for k, n in want.items():
        if counts[k] != n:
            errs.append(f"{k}: {counts[k]} originals, expected {n}")
    if counts["hard_negative"] != 132 or any(hn[g] != 22 for g in HN_GROUPS):
        errs.append(f"hard negatives: {counts['hard_negative']} {dict(hn)}")
    if dict(btags) != {"explicit": 10, "veiled": 13, "pressure": 11}:
        errs.append(f"bullying tags {dict(btags)}")
    if sum(etags.values()) != 34 or min(etags.values(), default=0) < 10:
        errs.append(f"equality tags {dict(etags)}")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s) (rules from {source})")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
