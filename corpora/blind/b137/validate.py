#!/usr/bin/env python3
"""Checks for blind evaluation set b137 (Wrenscombe District Council). Prints OK."""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B137"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
HASTE = "haste.pause-before-posting"
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# rule -> (lowest, highest) severity, from RULES.md's severity column
SEVERITY = {
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
BUILTIN_RULE_IDS = set(SEVERITY)
ROLE_WORDS = {
    "Jenny Quance": ["the Leader", "our Leader", "Leader of the Council"],
    "Margaret Yeo": ["the Mayor", "Madam Mayor"],
    "Mervyn Heard": ["chair of planning", "Chair of Planning"],
    "Roger Pengelly": ["Cabinet Member for Finance"],
    "Tamsin Braund": ["Cabinet Member for Housing"],
}
MIN_COUNTS = {"originals_per_family": 27, "variants_per_family": 6, "hn_per_group": 27, "total": 330}

errors = []


def err(msg):
    errors.append(msg)


def rule_ids():
    for d in [HERE] + list(HERE.parents):
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            ids = set()
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            if ids:
                return ids, str(f.relative_to(d))
    return BUILTIN_RULE_IDS, "built-in copy"


def _has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text) is not None


def main():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = conf["people"]
    councillors = set(people["councillors"])
    handles = {h: n for h, n in people["handles"].items() if n in councillors}
    name_handles = {}
    for h, n in handles.items():
        name_handles.setdefault(n, []).append(h)
    known_rules, rules_src = rule_ids()

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: does not parse: {e}")
    byid = {}
    for r in rows:
        rid = r.get("id", "")
        if not re.fullmatch(SET + r"-\d{4}", rid):
            err(f"bad id {rid!r}")
        if rid in byid:
            err(f"duplicate id {rid}")
        byid[rid] = r

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    lo, hi = datetime(2026, 1, 5), datetime(2026, 3, 27, 23, 59)
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{rid}: empty text")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
            err(f"{rid}: timestamp format {ts}")
        else:
            t = datetime.fromisoformat(ts[:19])
            if not (lo <= t <= hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
                err(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026: {ts}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in known_rules:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        if verdict not in SEV:
            err(f"{rid}: verdict {verdict}")
            continue
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if rules or verdict != "ok" or fam != "hard_negative":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN[1-6]\b", note)) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in rules:
                err(f"{rid}: family rule {fam} not expected")
            if verdict == "ok":
                err(f"{rid}: positive with verdict ok")
            if rules:
                need = max(SEV[SEVERITY[x][0]] for x in rules)
                cap = max(SEV[SEVERITY[x][1]] for x in rules)
                if not (need <= SEV[verdict] <= cap):
                    err(f"{rid}: verdict {verdict} does not fit severities of {rules}")
            if kor == "positive":
                if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    err(f"{rid}: bullying note tag")
                if fam == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not m or m.group(2) not in CHARACTERISTICS:
                        err(f"{rid}: equality note tag")
            # no positive written by the councillor it names
            author_name = handles.get(r.get("author"))
            if author_name:
                first, last = author_name.split(" ", 1)[0], author_name.split(" ")[-1]
                keys = [author_name, first, last] + name_handles[author_name] + \
                    [h[1:] for h in name_handles[author_name]] + ROLE_WORDS.get(author_name, [])
                if any(_has(r["text"], k) for k in keys):
                    err(f"{rid}: positive written by the councillor it names ({author_name})")
        else:
            err(f"{rid}: kind_of_row {kor}")
        for ref in re.findall(SET + r"-\d{4}", note):
            if ref not in byid:
                err(f"{rid}: note cites missing {ref}")

    # variants
    vk = Counter()
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], byid.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if o is None or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of must be a positive row")
            continue
        if kind not in KINDS:
            err(f"{rid}: variant_kind {kind}")
            continue
        vk[(r["family"], kind)] += 1
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err(f"{rid}: {f} differs from original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err(f"{rid}: rules/verdict differ from original")
        want = list(o["expect"]["allowed"]) + ([HASTE] if kind == "caps" else [])
        if r["expect"]["allowed"] != want:
            err(f"{rid}: allowed should be {want}")
        t, ot = r["text"], o["text"]
        if t == ot:
            err(f"{rid}: variant text same as original")
        shows = {
            "asterisk": "*" in t and t.count("*") > ot.count("*"),
            "digit": bool(set(re.findall(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+\b", t)) -
                          set(re.findall(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+\b", ot))),
            "zero_width": "\u200b" in t,
            "spaced": bool(re.search(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b", t)),
            "homoglyph": bool(re.search("[\u043e\u0435\u041e\u0415]", t)),
            "caps": sum(c.isupper() for c in t) > 0.8 * sum(c.isalpha() for c in t),
        }[kind]
        if not shows:
            err(f"{rid}: does not show its kind of obfuscation ({kind})")
        if kind != "caps":
            plain = t.replace("\u200b", "").replace("\u043e", "o").replace("\u0435", "e")
            if abs(len(plain) - len(ot)) > 30:
                err(f"{rid}: variant strays from original")
    for fam in FAMILIES:
        for kind in KINDS:
            if vk[(fam, kind)] != 1:
                err(f"{fam}: {vk[(fam, kind)]} variants of kind {kind}, want 1")

    # counts
    cnt = Counter((r.get("kind_of_row"), r.get("family")) for r in rows)
    for fam in FAMILIES:
        if cnt[("positive", fam)] < MIN_COUNTS["originals_per_family"]:
            err(f"{fam}: {cnt[('positive', fam)]} originals")
        if cnt[("variant", fam)] != MIN_COUNTS["variants_per_family"]:
            err(f"{fam}: {cnt[('variant', fam)]} variants")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in ("HN1", "HN2", "HN3", "HN4", "HN5", "HN6"):
        if groups[g] < MIN_COUNTS["hn_per_group"]:
            err(f"{g}: {groups[g]} hard negatives")
    n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    n_hn = sum(groups.values())
    if n_hn < n_pos:
        err(f"hard negatives {n_hn} fewer than positive rows {n_pos}")
    if len(rows) < MIN_COUNTS["total"]:
        err(f"{len(rows)} rows")
    for fam in ("bullying.intimidation", "equality.discrimination"):
        if any(r["expect"]["verdict"] != "block" for r in rows if r.get("family") == fam):
            err(f"{fam}: every row should be block")

    # phone numbers, emails, paths
    for r in rows:
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", r["text"]):
            d = num.replace(" ", "")
            if not (d.startswith("07700900") or d.startswith("01632960") or d.startswith("0113496")
                    or d.startswith("0117496") or d.startswith("0118496") or d.startswith("0207946")):
                err(f"{r['id']}: phone number {num} outside the Ofcom drama ranges")
        for em in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", r["text"]):
            if not em.lower().endswith("@example.com"):
                err(f"{r['id']}: email {em} not on example.com")
    bad = re.compile("|".join(["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", r"[A-Z]:\\\\"]))
    for f in HERE.iterdir():
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl", ".csv"):
            if bad.search(f.read_text(encoding="utf-8")):
                err(f"{f.name}: contains an absolute path")

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print(f"OK ({len(rows)} rows: {n_pos} positive rows, {n_hn} hard negatives; rule ids from {rules_src})")


if __name__ == "__main__":
    main()
