#!/usr/bin/env python3
"""Checks for blind evaluation set b132 (posts.jsonl + council.toml). Prints OK."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B132"
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
MIN_ORIGINALS = 27
MIN_HN_GROUP = 25
TOTAL_RANGE = (320, 340)
CHARACTERISTICS = {"age", "disability", "gender reassignment",
                   "marriage and civil partnership", "pregnancy and maternity",
                   "race", "religion or belief", "sex", "sexual orientation"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of RULES.md's rule ids and severities, used only if the file
# cannot be found by walking up the parent folders.
BUILTIN_RULES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

ALIASES = {
    "Gillian Thurtle": ["Gill"],
    "Daniel Osei": ["Dan"],
    "Pamela Cushion": ["Pam"],
    "Trevor Loades": ["Trev"],
    "Barbara Nobbs": ["Babs"],
}
ROLES = {
    "Gillian Thurtle": [r"\bthe Leader\b(?! of)", r"(?i)\bcouncil leader\b"],
    "Roger Bensly": [r"(?i)deputy leader", r"(?i)cabinet member for finance", r"(?i)finance portfolio"],
    "Malcolm Gedge": [r"(?i)coast portfolio", r"(?i)cabinet member for coast"],
    "Derek Kerrison": [r"(?i)cabinet member for housing", r"(?i)housing portfolio"],
    "Trevor Loades": [r"(?i)chair of planning", r"(?i)\bchairs planning", r"(?i)planning chair"],
    "Pamela Cushion": [r"(?i)chair of the council", r"\bthe Chair's\b", r"(?i)\bthe chairman\b"],
    "Dawn Larter": [r"(?i)chair of scrutiny", r"(?i)\bchairs? scrutiny", r"(?i)chairing scrutiny"],
    "Sally Bidewell": [r"(?i)chair of licensing", r"(?i)\bchairs? licensing"],
    "Priya Mistry": [r"(?i)cabinet member for (economy|tourism)", r"(?i)tourism portfolio"],
    "Neil Frostick": [r"(?i)cabinet member for environment"],
}
# Innuendo rows whose target is identifiable without a name (by id of the note text).
IMPLICIT_TARGETS = {"Starts with D, sits on cabinet": "Derek Kerrison"}

# Ofcom ranges for drama (prefixes of the digits only).
DRAMA = ["01632960", "07700900", "02079460", "01134960", "01144960", "01154960",
         "01164960", "01174960", "01184960", "01214960", "01314960", "01414960",
         "01514960", "01614960", "01914980", "02896496", "02920180", "03069990",
         "08081570", "09098790"]

errors = []


def err(msg):
    errors.append(msg)


def find_rules():
    for parent in [HERE] + list(HERE.parents):
        p = parent / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    if "one level lower" in cells[-1]:
                        sev = {"advice", "review", "block"}
                    rules[cells[0]] = sev
            if rules:
                return rules, "RULES.md"
    return BUILTIN_RULES, "built-in copy"


def load_council():
    path = HERE / "council.toml"
    with open(path, "rb") as fh:
        conf = tomllib.load(fh)
    councillors = conf["people"]["councillors"]
    handles = {h: p for h, p in conf["people"]["handles"].items() if p in councillors}
    parties = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#\s*(.*?)\s*\(([^)]+)\),\s*(.+)$', line)
        if m and m.group(1) in councillors:
            parties[m.group(1)] = m.group(3)
    if set(parties) != set(councillors):
        err("council.toml: every councillor needs a comment 'role (party), ward'")
    if set(handles.values()) != set(councillors):
        err("council.toml: every councillor needs a handle")
    return conf, handles, parties


def names_in(text, person, handles):
    parts = person.split()
    for w in [person, parts[-1], " ".join(parts[:-1])] + ALIASES.get(person, []):
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text):
            return True
    for h, p in handles.items():
        if p == person and re.search(re.escape(h) + r"(?!\w)", text, re.I):
            return True
    for pat in ROLES.get(person, []):
        if re.search(pat, text):
            return True
    for phrase, p in IMPLICIT_TARGETS.items():
        if p == person and phrase in text:
            return True
    return False


def caps(text):
    out, last = [], 0
    for m in re.finditer(r"@\w+", text):
        out.append(text[last:m.start()].upper())
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].upper())
    return "".join(out)


def check_variant(kind, orig, var):
    if kind == "caps":
        return var == caps(orig)
    if kind == "zero_width":
        return "\u200b" in var and var.replace("\u200b", "") == orig
    if kind == "spaced":
        return (len(var) > len(orig) and var.replace(" ", "") == orig.replace(" ", "")
                and bool(re.search(r"(?:\w ){3,}\w", var)))
    if len(var) != len(orig):
        return False
    diffs = [(a, b) for a, b in zip(orig, var) if a != b]
    if not diffs:
        return False
    if kind == "asterisk":
        return all(b == "*" and a.lower() in "aeiou" for a, b in diffs)
    if kind == "digit":
        return all(b.isdigit() and a.isalpha() for a, b in diffs)
    if kind == "homoglyph":
        return all("\u0400" <= b <= "\u04ff" and a.isascii() for a, b in diffs)
    return False


def main():
    rules_sev, rules_src = find_rules()
    conf, handles, parties = load_council()
    path = HERE / "posts.jsonl"
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err("ids are not unique")
    by_id = {r["id"]: r for r in rows if "id" in r}
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text: {t[:60]!r}")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{4}", str(rid)):
            err(f"{rid}: bad id")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            err(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            err(f"{rid}: timestamp format {ts}")
        else:
            d = dt.date.fromisoformat(m.group(1))
            if not (start <= d <= end) or d.weekday() > 4 or not (8 <= int(m.group(2)) <= 18):
                err(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan to 27 Mar 2026: {ts}")
        if r.get("platform") == "bluesky" and len(r.get("text", "")) > 300:
            err(f"{rid}: too long for bluesky")
        if r.get("platform") == "x" and len(r.get("text", "")) > 280:
            err(f"{rid}: too long for x")

        exp = r.get("expect", {})
        exp_rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in exp_rules + allowed:
            if rule not in rules_sev:
                err(f"{rid}: unknown rule {rule}")
        if set(exp_rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(exp_rules)) != len(exp_rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: repeated rule")
        if verdict not in RANK:
            err(f"{rid}: verdict {verdict}")
        elif exp_rules:
            floor = max(min(RANK[s] for s in rules_sev.get(x, {"block"})) for x in exp_rules)
            possible = set().union(*(rules_sev.get(x, set()) for x in exp_rules))
            if verdict not in possible or RANK[verdict] < floor:
                err(f"{rid}: verdict {verdict} does not fit the severities of {exp_rules}")
        elif verdict != "ok":
            err(f"{rid}: no rules but verdict {verdict}")

        kind = r.get("kind_of_row")
        fam = r.get("family")
        note = r.get("note", "")
        if kind in ("positive", "variant"):
            if fam not in FAMILIES:
                err(f"{rid}: family {fam}")
            elif fam not in exp_rules:
                err(f"{rid}: family rule {fam} not expected")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err(f"{rid}: bullying note needs [explicit]/[veiled]/[pressure]")
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([^\]]+)\] ", note)
                if not m or not set(x.strip() for x in m.group(2).split(",")) <= CHARACTERISTICS:
                    err(f"{rid}: equality note needs [explicit|coded; characteristic]")
            if kind == "positive":
                who = handles.get(r.get("author"))
                if who and names_in(r.get("text", ""), who, handles):
                    err(f"{rid}: positive written by the councillor it names ({who})")
        elif kind == "hard_negative":
            if fam != "hard_negative":
                err(f"{rid}: hard negative family {fam}")
            if exp_rules or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] (?!HN)", note):
                err(f"{rid}: hard negative note must start with exactly one HN tag")
        else:
            err(f"{rid}: kind_of_row {kind}")

        if kind == "variant":
            o = by_id.get(r.get("variant_of"))
            vk = r.get("variant_kind")
            if not o or o.get("kind_of_row") != "positive":
                err(f"{rid}: variant_of must be a positive")
                continue
            if vk not in VARIANT_KINDS:
                err(f"{rid}: variant_kind {vk}")
                continue
            oexp = o["expect"]
            want_allowed = list(oexp["allowed"]) + ([HASTE] if vk == "caps" and HASTE not in oexp["allowed"] else [])
            if exp_rules != oexp["rules"] or verdict != oexp["verdict"] or allowed != want_allowed:
                err(f"{rid}: variant labels differ from {o['id']}")
            for f in ("family", "author", "platform"):
                if r.get(f) != o.get(f):
                    err(f"{rid}: variant {f} differs from {o['id']}")
            if r.get("created_at") == o.get("created_at"):
                err(f"{rid}: variant needs its own timestamp")
            if not check_variant(vk, o["text"], r["text"]):
                err(f"{rid}: text does not show a {vk} obfuscation of {o['id']}")

        for cited in re.findall(PREFIX + r"-\d{4}", note):
            if cited not in by_id:
                err(f"{rid}: note cites missing {cited}")
        for field in (r.get("text", ""), note):
            for num in re.findall(r"(?<!\d)(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)", field):
                digits = re.sub(r"\D", "", num)
                if digits.startswith("44"):
                    digits = "0" + digits[2:]
                if len(digits) >= 10 and not any(digits.startswith(p) for p in DRAMA):
                    err(f"{rid}: phone number outside the drama ranges: {num}")
            for mail in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", field):
                if not mail.lower().endswith("@example.com"):
                    err(f"{rid}: email not on example.com: {mail}")

    # counts
    originals = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    variants = defaultdict(Counter)
    for r in rows:
        if r.get("kind_of_row") == "variant":
            variants[r["family"]][r.get("variant_kind")] += 1
    for fam in FAMILIES:
        if originals[fam] < MIN_ORIGINALS:
            err(f"{fam}: {originals[fam]} originals, want at least {MIN_ORIGINALS}")
        if dict(variants[fam]) != {k: 1 for k in VARIANT_KINDS}:
            err(f"{fam}: variants {dict(variants[fam])}, want one of each kind")
    n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
    if len(hn) < n_pos:
        err(f"{len(hn)} hard negatives, fewer than {n_pos} positive rows")
    groups = Counter(r["note"][:3] for r in hn)
    for g in ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]:
        if groups[g] < MIN_HN_GROUP:
            err(f"{g}: {groups[g]} rows, want at least {MIN_HN_GROUP}")
    if not (TOTAL_RANGE[0] <= len(rows) <= TOTAL_RANGE[1]):
        err(f"{len(rows)} rows, want {TOTAL_RANGE}")
    pa = Counter(r["expect"]["verdict"] for r in rows
                 if r.get("kind_of_row") == "positive" and r["family"] in FAMILIES[:2])
    if pa["block"] < 4:
        err("want some severe personal-attack / abusive rows at block")
    de = Counter(r["expect"]["verdict"] for r in rows
                 if r.get("kind_of_row") == "positive" and r["family"] == FAMILIES[4])
    if de["review"] < 10 or de["block"] < 10:
        err(f"defamation verdicts {dict(de)}: want both review and block")

    readme = HERE / "README.md"
    if readme.is_file():
        for cited in re.findall(PREFIX + r"-\d{4}", readme.read_text(encoding="utf-8")):
            if cited not in by_id:
                err(f"README.md cites missing {cited}")

    # no machine paths in the folder's files
    bad = re.compile("(" + "|".join(["/" + "home/", "/" + "work/", "/" + "tmp/", "/" + "Users/",
                                      "/" + "root/", "/" + "mnt/", "[A-Z]:" + r"\\\\"]) + ")")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in {".py", ".md", ".toml", ".jsonl", ".csv"}:
            if bad.search(f.read_text(encoding="utf-8")):
                err(f"{f.name}: contains an absolute path")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} errors (rule ids from {rules_src})")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
