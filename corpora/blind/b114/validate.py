#!/usr/bin/env python3
"""Checks for blind evaluation set b114 (an abuse set). Prints OK or the problems."""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B114"
FIRST_DAY = date(2026, 1, 12)
LAST_DAY = date(2026, 3, 27)
ORDER = ["ok", "advice", "review", "block"]
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment",
                   "marriage and civil partnership", "pregnancy and maternity",
                   "race", "religion or belief", "sex", "sexual orientation"]
HASTE = "haste.pause-before-posting"
MIN_ORIGINALS = 25           # per family
MIN_HN_PER_GROUP = 22

# Built-in copy of RULES.md's rule ids with (lowest, highest) severity, used
# when shared/design/RULES.md cannot be found above this folder.
BUILTIN_RULES = {
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
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    p = find_rules_md()
    if p is None:
        return dict(BUILTIN_RULES), "built-in copy"
    rules = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([a-z][a-z-]*\.[a-z][a-z-]*)\s*\|", line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        sev = re.findall(r"\b(advice|review|block)\b", cells[-1])
        if sev:
            rules[m.group(1)] = (sev[0], max(sev, key=ORDER.index))
        else:                       # "same as the amplified rule, one level lower"
            rules[m.group(1)] = ("advice", "block")
    if not rules:
        return dict(BUILTIN_RULES), "built-in copy"
    return rules, "RULES.md"


def load_council():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = conf["people"]["councillors"]
    handles = conf["people"]["handles"]
    return councillors, handles


def deobfuscate_ok(orig, var, kind):
    """The variant must differ from its original only in the way its kind says."""
    if kind == "caps":
        strip = lambda t: re.sub(r"@\w+", "", t)
        return strip(var) == strip(orig).upper() and var != orig
    if kind == "zero_width":
        return "\u200b" in var and var.replace("\u200b", "") == orig
    if kind == "homoglyph":
        return re.search("[\u043e\u0435]", var) and var.replace("\u043e", "o").replace("\u0435", "e") == orig
    if kind == "spaced":
        for w in set(re.findall(r"[A-Za-z]{3,}", orig)):
            pat = re.compile(r"\b" + re.escape(w) + r"\b", re.IGNORECASE)
            if pat.sub(lambda x: " ".join(x.group(0)), orig) == var:
                return True
        return False
    if kind == "asterisk":
        if var.count("*") <= orig.count("*") or len(var) != len(orig):
            return False
        return all(a == b or (b == "*" and a.lower() in "aeiou") for a, b in zip(orig, var))
    if kind == "digit":
        digit_of = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
        if len(var) != len(orig) or var == orig:
            return False
        return all(a == b or digit_of.get(a.lower()) == b for a, b in zip(orig, var))
    return False


DRAMA = [("07700900", 3), ("01632960", 3), ("02079460", 4), ("01134960", 3),
         ("01144960", 3), ("01154960", 3), ("01164960", 3), ("01174960", 3),
         ("01184960", 3), ("01214960", 3), ("01314960", 3), ("01414960", 3),
         ("01514960", 3), ("01614960", 3), ("01914980", 3)]


def phone_ok(digits):
    return any(digits.startswith(p) and len(digits) == len(p) + n for p, n in DRAMA)


def main():
    rules, rules_src = load_rules()
    councillors, handles = load_council()
    path = HERE / "posts.jsonl"
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    if raw_lines[-1] != "":
        bad("posts.jsonl does not end with a newline")
    rows = []
    for n, line in enumerate(raw_lines[:-1], 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: not JSON ({e})")
    if problems:
        return finish(rules_src)

    by_id = {}
    base = {"id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "kind_of_row", "note"}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != f"{SET}-{i:04d}":
            bad(f"line {i}: id {rid!r} is not {SET}-{i:04d}")
        if rid in by_id:
            bad(f"{rid}: duplicate id")
        by_id[rid] = r
        want = base | ({"variant_of", "variant_kind"} if r.get("kind_of_row") == "variant" else set())
        if set(r) != want:
            bad(f"{rid}: fields {sorted(set(r) ^ want)} missing or unexpected")
            continue
        e = r["expect"]
        if set(e) != {"rules", "allowed", "verdict"} or not isinstance(e["rules"], list) or not isinstance(e["allowed"], list):
            bad(f"{rid}: expect must have rules, allowed (lists) and verdict")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad(f"{rid}: empty text")

    if problems:
        return finish(rules_src)

    # authors, platform, account, kind, timestamps
    handle_person = {h: p for h, p in handles.items() if p in councillors}
    for r in rows:
        rid = r["id"]
        if r["author"] not in handle_person:
            bad(f"{rid}: author {r['author']} is not a councillor handle in council.toml")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform {r['platform']}")
        limit = {"x": 280, "bluesky": 300}.get(r["platform"])
        if limit and len(r["text"]) > limit:
            bad(f"{rid}: {len(r['text'])} characters is too long for {r['platform']}")
        if r["account"] != "councillor":
            bad(f"{rid}: account {r['account']}")
        if r["kind"] != "post":
            bad(f"{rid}: kind {r['kind']}")
        ts = r["created_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
            bad(f"{rid}: created_at {ts} not ISO 8601 with +00:00")
            continue
        t = datetime.fromisoformat(ts)
        if not (FIRST_DAY <= t.date() <= LAST_DAY):
            bad(f"{rid}: {ts} outside {FIRST_DAY} to {LAST_DAY}")
        if t.weekday() > 4:
            bad(f"{rid}: {ts} is a weekend")
        if not (8 <= t.hour <= 18):
            bad(f"{rid}: {ts} outside 08:00-18:59")

    # labels
    for r in rows:
        rid, e, fam, kor = r["id"], r["expect"], r["family"], r["kind_of_row"]
        for rule in e["rules"] + e["allowed"]:
            if rule not in rules:
                bad(f"{rid}: unknown rule {rule}")
        if set(e["rules"]) & set(e["allowed"]):
            bad(f"{rid}: rule both expected and allowed: {set(e['rules']) & set(e['allowed'])}")
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad(f"{rid}: repeated rule")
        if e["verdict"] not in ORDER:
            bad(f"{rid}: verdict {e['verdict']}")
            continue
        if kor not in ("positive", "variant", "hard_negative"):
            bad(f"{rid}: kind_of_row {kor}")
        note = r["note"]
        if kor == "hard_negative":
            if fam != "hard_negative":
                bad(f"{rid}: hard negative with family {fam}")
            if e["rules"] or e["verdict"] != "ok":
                bad(f"{rid}: hard negative must expect nothing and be ok")
            if not re.match(r"^HN[1-6] ", note) or len(re.findall(r"\bHN[1-6]\b", note)) != 1:
                bad(f"{rid}: hard negative note needs exactly one HN tag at the start")
            continue
        if fam not in FAMILIES:
            bad(f"{rid}: family {fam}")
            continue
        if fam not in e["rules"]:
            bad(f"{rid}: family rule {fam} not expected")
        if re.match(r"^HN[1-6]\b", note):
            bad(f"{rid}: positive note starts with an HN tag")
        lo = max((rules[x][0] for x in e["rules"] if x in rules), key=ORDER.index, default="ok")
        hi = max((rules[x][1] for x in e["rules"] if x in rules), key=ORDER.index, default="ok")
        if not (ORDER.index(lo) <= ORDER.index(e["verdict"]) <= ORDER.index(hi)):
            bad(f"{rid}: verdict {e['verdict']} does not fit the severities ({lo}..{hi})")
        if fam in ("bullying.intimidation", "equality.discrimination") and e["verdict"] != "block":
            bad(f"{rid}: {fam} must be block")
        if fam == "bullying.intimidation" and not re.match(r"^\[(explicit|veiled|pressure)\] ", note):
            bad(f"{rid}: bullying note needs [explicit], [veiled] or [pressure]")
        if fam == "equality.discrimination":
            m = re.match(r"^\[(explicit|coded); ([a-z ]+)\] ", note)
            if not m or m.group(2) not in CHARACTERISTICS:
                bad(f"{rid}: equality note needs [explicit|coded; characteristic]")
        # a positive is never written by the councillor it names
        person = handle_person.get(r["author"])
        if person:
            text = r["text"].replace("\u200b", "").lower()
            names = [person.lower(), person.split()[-1].lower()] + [h.lower() for h, p in handles.items() if p == person]
            for nm in names:
                if re.search(r"(?<![\w@])" + re.escape(nm.lstrip("@")) + r"\b", text) or (nm.startswith("@") and nm in text):
                    bad(f"{rid}: author {r['author']} is named in the post ({nm})")
                    break

    # variants
    per_family_kinds = {f: Counter() for f in FAMILIES}
    for r in rows:
        if r["kind_of_row"] != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r["variant_of"])
        if not o or o["kind_of_row"] != "positive":
            bad(f"{rid}: variant_of {r['variant_of']} is not a positive row")
            continue
        k = r["variant_kind"]
        if k not in VARIANT_KINDS:
            bad(f"{rid}: variant_kind {k}")
            continue
        if r["family"] in per_family_kinds:
            per_family_kinds[r["family"]][k] += 1
        want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if k == "caps" and HASTE not in o["expect"]["allowed"] else [])
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(r["expect"]["allowed"]) != sorted(want_allowed)):
            bad(f"{rid}: labels differ from its original {o['id']}")
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                bad(f"{rid}: {f} differs from its original {o['id']}")
        if r["created_at"] == o["created_at"]:
            bad(f"{rid}: variant has its original's timestamp")
        if not deobfuscate_ok(o["text"], r["text"], k):
            bad(f"{rid}: text does not show a clean {k} obfuscation of {o['id']}")
    for f, c in per_family_kinds.items():
        if any(c[k] != 1 for k in VARIANT_KINDS):
            bad(f"{f}: variants by kind {dict(c)}; want one of each")

    # counts
    fam_orig = Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
    positives = sum(1 for r in rows if r["kind_of_row"] in ("positive", "variant"))
    hn = [r for r in rows if r["kind_of_row"] == "hard_negative"]
    for f in FAMILIES:
        if fam_orig[f] < MIN_ORIGINALS:
            bad(f"{f}: only {fam_orig[f]} original positives")
    if len(hn) < positives:
        bad(f"{len(hn)} hard negatives is fewer than {positives} positive rows")
    groups = Counter(r["note"][:3] for r in hn)
    for g in range(1, 7):
        if groups[f"HN{g}"] < MIN_HN_PER_GROUP:
            bad(f"HN{g}: only {groups[f'HN{g}']} rows")
    if not (300 <= len(rows) <= 360):
        bad(f"{len(rows)} rows; expected about 333")
    sev = Counter(r["expect"]["verdict"] for r in rows if r["family"] in ("respect.personal-attack", "respect.abusive-language") and r["kind_of_row"] == "positive")
    if sev["block"] < 2:
        bad("want some severe (block) personal-attack or abusive rows")
    de = Counter(r["expect"]["verdict"] for r in rows if r["family"] == "defamation.allegation" and r["kind_of_row"] == "positive")
    if de["block"] < 8 or de["review"] < 8:
        bad(f"defamation verdicts {dict(de)}; want both review and block")
    tags = Counter(re.match(r"^\[(\w+)", r["note"]).group(1) for r in rows
                   if r["family"] == "bullying.intimidation" and r["kind_of_row"] == "positive" and r["note"].startswith("["))
    for t in ("explicit", "veiled", "pressure"):
        if tags[t] < 6:
            bad(f"bullying: only {tags[t]} [{t}] rows")
    chars = Counter(re.match(r"^\[\w+; ([a-z ]+)\]", r["note"]).group(1) for r in rows
                    if r["family"] == "equality.discrimination" and r["kind_of_row"] == "positive" and re.match(r"^\[\w+; ([a-z ]+)\]", r["note"]))
    for c in CHARACTERISTICS:
        if chars[c] < 1:
            bad(f"equality: no row for {c}")
    texts = Counter(r["text"] for r in rows)
    for t, n in texts.items():
        if n > 1:
            bad(f"text appears {n} times: {t[:60]}")

    # notes cite existing ids
    for r in rows:
        for cited in re.findall(rf"\b{SET}-\d{{4}}\b", r["note"]):
            if cited not in by_id:
                bad(f"{r['id']}: note cites missing {cited}")
            if cited == r["id"]:
                bad(f"{r['id']}: note cites itself")
        if re.search(r"\{\w+\}", r["note"]):
            bad(f"{r['id']}: unresolved key in note")

    # phone numbers and emails
    for r in rows:
        for m in re.finditer(r"(?<![\d£,.])(?:\+44\s?|0)\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}\b", r["text"]):
            digits = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") else re.sub(r"\D", "", m.group(0))
            if not phone_ok(digits):
                bad(f"{r['id']}: phone number {m.group(0)} not in an Ofcom drama range")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if m.group(1).lower() != "example.com":
                bad(f"{r['id']}: email domain {m.group(1)}")

    # no absolute paths in this folder's files
    roots = ["home", "work", "tmp", "Users", "root", "mnt", "opt", "var", "srv"]
    pat = re.compile("(?:" + "|".join(re.escape("/" + x + "/") for x in roots) + r")|\b[A-Za-z]:\\\\")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".jsonl", ".toml", ".py", ".md", ".csv"):
            if pat.search(f.read_text(encoding="utf-8")):
                bad(f"{f.name}: contains an absolute path")

    return finish(rules_src)


def finish(rules_src):
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s) (rule ids from {rules_src})")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
