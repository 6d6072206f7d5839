#!/usr/bin/env python3
"""Check blind set b173 (posts.jsonl, council.toml) and print OK.

Standard library only. Finds shared/design/RULES.md by walking up from this
folder; without it, uses the built-in copy of the rule severities below.
"""
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B173"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HN = "hard_negative"
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
PLATFORMS = {"x", "facebook", "bluesky"}
SEV = {"advice": 1, "review": 2, "block": 3}
MIN_ORIGINALS, MIN_HN_PER_GROUP, TOTAL = 34, 22, 332
CHARACTERISTICS = {"age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"}
HASTE = "haste.pause-before-posting"

# Built-in copy of the severities in RULES.md (used only when it cannot be found).
BUILTIN = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}
SHORT_NAMES = {"Gillian Thwaite": ["Gill"], "Stuart Wilding": ["Stu"], "Rosalind Dela Cruz": ["Ros"]}
HOMOGLYPHS = {"\u043e": "o", "\u041e": "O", "\u0435": "e", "\u0415": "E"}
DIGITS = {"0": "oO", "1": "iIlL", "3": "eE", "4": "aA", "5": "sS", "7": "tT"}
KEEP_CASE = re.compile(r"(@\w+|https?://\S+|\S+@\S+\.\w+)")

errors = []


def err(msg):
    errors.append(msg)


def rule_severities():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]*)\|\s*$", line)
                if m:
                    words = [w for w in ("advice", "review", "block") if w in m.group(2)]
                    sev[m.group(1)] = (words[0], words[-1]) if words else ("advice", "block")
            if sev:
                return sev
    return BUILTIN


def caps(text):
    return "".join(p if KEEP_CASE.fullmatch(p) else p.upper() for p in KEEP_CASE.split(text))


def words_at(text, positions):
    out = set()
    for m in re.finditer(r"\w+", text):
        if any(m.start() <= p < m.end() for p in positions):
            out.add(m.group(0).lower())
    return out


def still_plain(word, text):
    return re.search(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE) is not None


def check_variant(v, o):
    t, ot, kind = v["text"], o["text"], v["variant_kind"]
    if t == ot:
        return "text unchanged"
    if kind in ("asterisk", "digit", "homoglyph"):
        if len(t) != len(ot):
            return "length differs"
        diffs = [i for i, (a, b) in enumerate(zip(t, ot)) if a != b]
        for i in diffs:
            a, b = t[i], ot[i]
            if kind == "asterisk" and not (a == "*" and b in "aeiouAEIOU"):
                return f"bad asterisk at {i}"
            if kind == "digit" and not (a in DIGITS and b in DIGITS[a]):
                return f"bad digit at {i}"
            if kind == "homoglyph" and HOMOGLYPHS.get(a) != b:
                return f"bad homoglyph at {i}"
        for w in words_at(ot, diffs):
            if still_plain(w, t):
                return f"'{w}' still appears unchanged"
        return None
    if kind == "zero_width":
        if "\u200b" not in t or t.replace("\u200b", "") != ot:
            return "zero-width insertion does not map back"
        for w in re.findall(r"[\w\u200b]*\u200b[\w\u200b]*", t):
            if still_plain(w.replace("\u200b", ""), t):
                return "word still appears unchanged"
        return None
    if kind == "spaced":
        # the variant must be the original with one word spaced out at every occurrence
        for w in sorted({w.lower() for w in re.findall(r"\w{3,}", ot)}):
            pat = re.compile(r"\b" + re.escape(w) + r"\b", re.IGNORECASE)
            if pat.sub(lambda m: " ".join(m.group(0)), ot) == t:
                return None
        return "not the original with one word spaced out"
    if kind == "caps":
        if t != caps(ot):
            return "caps text is not the original in capitals"
        if HASTE not in v["expect"]["allowed"] and HASTE not in v["expect"]["rules"]:
            return "caps variant without haste allowed"
        return None
    return "unknown variant kind"


def person_patterns(name, handle):
    first, last = name.split(" ", 1)
    words = [name, first, last] + SHORT_NAMES.get(name, [])
    pats = [re.compile(r"\b" + re.escape(w) + r"\b", re.IGNORECASE) for w in words]
    pats.append(re.compile(re.escape(handle) + r"\b", re.IGNORECASE))
    return pats


def main():
    sev = rule_severities()
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = set(conf["people"]["councillors"])
    handle_of = {h: n for h, n in conf["people"]["handles"].items() if n in councillors}

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"{SET}-{i:04d}":
            err(f"line {i}: id {r.get('id')} not {SET}-{i:04d}")
    by_id = {r.get("id"): r for r in rows}

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    lo_day, hi_day = date(2026, 1, 5), date(2026, 3, 27)
    for r in rows:
        rid = r.get("id")
        for k in required:
            if k not in r:
                err(f"{rid}: missing {k}")
        if any(k not in r for k in required):
            continue
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect keys {sorted(ex)}")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{rid}: empty text")
        if r["author"] not in handle_of:
            err(f"{rid}: author {r['author']} is not a councillor handle")
        if r["platform"] not in PLATFORMS:
            err(f"{rid}: platform {r['platform']}")
        if r["account"] != "councillor" or r["kind"] != "post":
            err(f"{rid}: account/kind")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            err(f"{rid}: timestamp format {r['created_at']}")
        else:
            d = date.fromisoformat(m.group(1))
            if not (lo_day <= d <= hi_day) or d.weekday() > 4 or not (8 <= int(m.group(2)) <= 18):
                err(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
            datetime.fromisoformat(r["created_at"])
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in sev:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule ids")
        kor, fam = r["kind_of_row"], r["family"]
        if kor == "hard_negative":
            if fam != HN or rules or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6]: ", r["note"]) or len(re.findall(r"\bHN\d\b", r["note"])) != 1:
                err(f"{rid}: hard negative needs exactly one HN tag at the start of its note")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                err(f"{rid}: family {fam}")
            elif fam not in rules:
                err(f"{rid}: family rule not expected")
            if verdict not in SEV:
                err(f"{rid}: verdict {verdict}")
            elif rules and all(x in sev for x in rules):
                lo = max(SEV[sev[x][0]] for x in rules)
                hi = max(SEV[sev[x][1]] for x in rules)
                if not lo <= SEV[verdict] <= hi:
                    err(f"{rid}: verdict {verdict} does not fit the severities of {rules}")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", r["note"]):
                err(f"{rid}: bullying note tag")
            if fam == "equality.discrimination":
                m2 = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", r["note"])
                if not m2 or m2.group(2) not in CHARACTERISTICS:
                    err(f"{rid}: equality note tag")
            # no positive is written by the councillor it names
            name = handle_of.get(r["author"])
            if name and any(p.search(r["text"]) for p in person_patterns(name, r["author"])):
                err(f"{rid}: written by the councillor it names")
        else:
            err(f"{rid}: kind_of_row {kor}")
        for cited in re.findall(rf"{SET}-\d{{4}}", r["note"]):
            if cited not in by_id:
                err(f"{rid}: note cites missing {cited}")
        # contact details must be fictional
        for ph in re.findall(r"\b0\d[\d ]{8,12}\d\b", r["text"]):
            digits = ph.replace(" ", "")
            if not re.fullmatch(r"07700900\d{3}|01632960\d{3}|0113496\d{4}|0114496\d{4}|0115496\d{4}"
                                r"|0116496\d{4}|0117496\d{4}|0118496\d{4}|0121496\d{4}|0131496\d{4}"
                                r"|0141496\d{4}|0151496\d{4}|0161496\d{4}|0191498\d{4}|02079460\d{3}"
                                r"|02890180\d{3}|02920180\d{3}|08081570\d{3}|09098790\d{3}|03069990\d{3}",
                                digits):
                err(f"{rid}: phone number {ph} not in a drama range")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
            if not re.search(r"@example\.(com|net|org)$", em):
                err(f"{rid}: email {em} not on example domains")
        for url in re.findall(r"https?://([^/\s]+)", r["text"]):
            if not re.search(r"(^|\.)example\.(com|net|org)$", url):
                err(f"{rid}: link {url} not on example domains")

    # variants
    seen_kinds = defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of must be a positive original")
            continue
        if r.get("variant_kind") not in KINDS:
            err(f"{rid}: variant_kind {r.get('variant_kind')}")
            continue
        seen_kinds[r["family"]].append(r["variant_kind"])
        for k in ("family", "author", "platform"):
            if r[k] != o[k]:
                err(f"{rid}: {k} differs from its original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err(f"{rid}: rules/verdict differ from its original")
        want = set(o["expect"]["allowed"]) | ({HASTE} if r["variant_kind"] == "caps" and HASTE not in o["expect"]["rules"] else set())
        if set(r["expect"]["allowed"]) != want:
            err(f"{rid}: allowed differs from its original")
        if o["id"] not in r["note"]:
            err(f"{rid}: note does not cite its original")
        problem = check_variant(r, o)
        if problem:
            err(f"{rid}: {r['variant_kind']} variant: {problem}")
    for fam in FAMILIES:
        if sorted(seen_kinds[fam]) != sorted(KINDS):
            err(f"{fam}: variants must be one of each kind, got {sorted(seen_kinds[fam])}")

    # counts
    c = Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
    for fam in FAMILIES:
        if c[(fam, "positive")] < MIN_ORIGINALS:
            err(f"{fam}: {c[(fam, 'positive')]} originals, need {MIN_ORIGINALS}")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if groups[f"HN{g}"] < MIN_HN_PER_GROUP:
            err(f"HN{g}: {groups[f'HN{g}']} rows, need {MIN_HN_PER_GROUP}")
    if len(rows) != TOTAL:
        err(f"{len(rows)} posts, expected {TOTAL}")

    # folder hygiene
    abs_path = re.compile(r"(?<![\w.~])/(?:" + "|".join(["home", "work", "tmp", "Users", "mnt", "root", "var", "opt", "srv"]) + r")/|[A-Za-z]:\\\\")
    for f in sorted(HERE.rglob("*")):
        if f.name == "__pycache__" or f.suffix == ".pyc":
            err(f"{f.name}: remove it")
        elif f.is_file():
            txt = f.read_text(encoding="utf-8", errors="replace")
            if abs_path.search(txt):
                err(f"{f.name}: contains an absolute path")

    if "--stats" in sys.argv[1:]:
        print(Counter(r["family"] + "/" + r["kind_of_row"] for r in rows))
        print(Counter((r["family"], r["expect"]["verdict"]) for r in rows if r["kind_of_row"] == "positive"))
        print(Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] != "hard_negative"))
        print(Counter(r["platform"] for r in rows))
        print(Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                      if r["family"] == "bullying.intimidation" and r["kind_of_row"] == "positive"))
        print(Counter(re.match(r"\[([^\]]+)\]", r["note"]).group(1) for r in rows
                      if r["family"] == "equality.discrimination" and r["kind_of_row"] == "positive"))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
