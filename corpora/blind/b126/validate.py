#!/usr/bin/env python3
"""Check blind evaluation set b126 (posts.jsonl, council.toml). Prints OK or the problems."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B126"
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
HASTE = "haste.pause-before-posting"
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "kind_of_row", "note"]
MIN_ORIGINALS = 27
MIN_HN_GROUP = 28
MIN_TOTAL = 330
FIRST_DAY, LAST_DAY = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

# Built-in copy of the rule ids with (lowest, highest) severity, used only when
# shared/design/RULES.md cannot be found above this folder.
BUILTIN = {
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

# Ofcom drama ranges, as digit prefixes (national format) of 10- or 11-digit numbers.
DRAMA = ["07700900", "01632960", "02079460", "01134960", "01144960", "01154960",
         "01164960", "01174960", "01184960", "01214960", "01314960", "01414960",
         "01514960", "01614960", "01914980", "02896496", "02920180", "03069990",
         "08081570", "09098790"]

problems = []


def bad(msg):
    problems.append(msg)


def rules_table():
    for folder in [HERE, *HERE.parents]:
        path = folder / "shared" / "design" / "RULES.md"
        if path.is_file():
            rules = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                words = re.findall(r"\b(advice|review|block)\b", cells[-1])
                if words:
                    rules[cells[0]] = (words[0], max(words, key=SEV.get))
                else:  # "same as the amplified rule, one level lower"
                    rules[cells[0]] = ("advice", "block")
            if rules:
                return rules, "RULES.md"
    return dict(BUILTIN), "built-in copy"


def caps(text):
    return " ".join(t if t.startswith("@") else t.upper() for t in text.split(" "))


def same_length_diff(orig, var, ok):
    if len(orig) != len(var) or orig == var:
        return False
    return all(ok(a, b) for a, b in zip(orig, var) if a != b)


def shows_kind(orig, var, kind):
    if kind == "asterisk":
        return "*" not in orig and same_length_diff(orig, var, lambda a, b: b == "*" and a.lower() in "aeiou")
    if kind == "digit":
        return same_length_diff(orig, var, lambda a, b: b.isdigit() and a.isalpha())
    if kind == "zero_width":
        return "\u200b" in var and var.replace("\u200b", "") == orig
    if kind == "spaced":
        run = re.search(r"(?<!\w)(?:\w ){2,}\w(?!\w)", var)
        return bool(run) and var.replace(run.group(0), run.group(0).replace(" ", "")) != var \
            and len(var) > len(orig) and var.replace(" ", "") == orig.replace(" ", "")
    if kind == "homoglyph":
        return same_length_diff(orig, var, lambda a, b: (a, b) in {("o", "\u043e"), ("e", "\u0435")})
    if kind == "caps":
        return var == caps(orig) and var != orig
    return False


def phones(text):
    for m in re.finditer(r"(?<![\d£.,])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ -]?\d){8,9}(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        digits = digits.replace("0440", "0", 1) if digits.startswith("0440") else digits
        yield m.group(0), digits


def main():
    rules, source = rules_table()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = council["people"]
    councillors = set(people["councillors"])
    handles = {h: n for h, n in people["handles"].items() if n in councillors}
    if "council" not in council or "name" not in council["council"]:
        bad("council.toml lacks [council] name")

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {i}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    by_id = {r.get("id"): r for r in rows}
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    expected_ids = [f"{SET}-{i:04d}" for i in range(1, len(rows) + 1)]
    if ids != expected_ids:
        bad(f"ids are not {SET}-0001 .. {SET}-{len(rows):04d} in order")

    for r in rows:
        rid = r.get("id")
        for f in FIELDS:
            if f not in r:
                bad(f"{rid}: missing field {f}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad(f"{rid}: empty text")
        if r.get("author") not in handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            bad(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            bad(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad(f"{rid}: timestamp not +00:00")
            if t.weekday() > 4 or not 8 <= t.hour <= 18 or not FIRST_DAY <= t.date() <= LAST_DAY:
                bad(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        except (KeyError, ValueError, TypeError):
            bad(f"{rid}: bad created_at")
        exp = r.get("expect", {})
        got, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in got + allowed:
            if rule not in rules:
                bad(f"{rid}: rule {rule} not in {source}")
        if len(set(got)) != len(got) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: repeated rule")
        if set(got) & set(allowed):
            bad(f"{rid}: rule both expected and allowed: {set(got) & set(allowed)}")
        if verdict not in SEV:
            bad(f"{rid}: verdict {verdict}")
            continue
        known = [rules[x] for x in got if x in rules]
        if not got and verdict != "ok":
            bad(f"{rid}: no rules but verdict {verdict}")
        if known:
            lo = max(SEV[a] for a, _ in known)
            hi = max(SEV[b] for _, b in known)
            if not lo <= SEV[verdict] <= hi:
                bad(f"{rid}: verdict {verdict} does not fit the severities of {got}")
        kind_of_row, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        hn_tags = re.findall(r"\bHN\d\b", note)
        if kind_of_row == "hard_negative":
            if fam != "hard_negative" or got or verdict != "ok":
                bad(f"{rid}: hard negative must have family hard_negative, no rules, verdict ok")
            if not re.match(r"HN[1-6] ", note) or len(hn_tags) != 1:
                bad(f"{rid}: hard negative note must start with exactly one HN tag")
        elif kind_of_row in ("positive", "variant"):
            if fam not in FAMILIES or fam not in got:
                bad(f"{rid}: family {fam} missing or not expected")
            if verdict == "ok":
                bad(f"{rid}: positive with verdict ok")
            if re.match(r"HN\d", note):
                bad(f"{rid}: positive note starts with an HN tag")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note) \
                    and kind_of_row == "positive":
                bad(f"{rid}: bullying note lacks [explicit]/[veiled]/[pressure]")
            if fam == "equality.discrimination" and kind_of_row == "positive":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARS:
                    bad(f"{rid}: equality note lacks [explicit|coded; characteristic]")
            # the author is not the councillor the post names
            name = handles.get(r.get("author"), "")
            low = r.get("text", "").lower()
            for w in {name, name.split()[-1], name.split()[0], r.get("author", "")}:
                if w and re.search(r"(?<![\w@])" + re.escape(w.lower()) + r"(?!\w)", low):
                    bad(f"{rid}: positive written by the councillor it names ({name})")
        else:
            bad(f"{rid}: kind_of_row {kind_of_row}")
        if kind_of_row == "variant":
            o = by_id.get(r.get("variant_of"))
            kind = r.get("variant_kind")
            if not o or o.get("kind_of_row") != "positive":
                bad(f"{rid}: variant_of does not point at a positive")
                continue
            if kind not in KINDS:
                bad(f"{rid}: variant_kind {kind}")
                continue
            oe = o["expect"]
            want_allowed = list(oe["allowed"]) + ([HASTE] if kind == "caps" and HASTE not in oe["allowed"] else [])
            if (oe["rules"] != got or oe["verdict"] != verdict or want_allowed != allowed
                    or o["family"] != fam or o["author"] != r["author"] or o["platform"] != r["platform"]):
                bad(f"{rid}: variant labels, family, author or platform differ from {o['id']}")
            if not shows_kind(o["text"], r["text"], kind):
                bad(f"{rid}: text does not show {kind} obfuscation of {o['id']}")
            if o["created_at"] == r["created_at"]:
                bad(f"{rid}: variant shares its original's timestamp")
        elif "variant_of" in r or "variant_kind" in r:
            bad(f"{rid}: variant fields on a non-variant row")

    # counts
    originals = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    variants = Counter((r["family"], r.get("variant_kind")) for r in rows if r.get("kind_of_row") == "variant")
    for fam in FAMILIES:
        if originals[fam] < MIN_ORIGINALS:
            bad(f"{fam}: {originals[fam]} originals, want at least {MIN_ORIGINALS}")
        for kind in KINDS:
            if variants[(fam, kind)] != 1:
                bad(f"{fam}: {variants[(fam, kind)]} {kind} variants, want exactly 1")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in [f"HN{i}" for i in range(1, 7)]:
        if groups[g] < MIN_HN_GROUP:
            bad(f"{g}: {groups[g]} hard negatives, want at least {MIN_HN_GROUP}")
    n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    n_hn = sum(groups.values())
    if n_hn < n_pos:
        bad(f"{n_hn} hard negatives for {n_pos} positive rows; want at least as many")
    if len(rows) < MIN_TOTAL:
        bad(f"{len(rows)} rows, want at least {MIN_TOTAL}")
    tags = Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                   if r.get("kind_of_row") == "positive" and r["family"] == "bullying.intimidation"
                   and re.match(r"\[(\w+)", r["note"]))
    for t in ("explicit", "veiled", "pressure"):
        if tags[t] < 6:
            bad(f"bullying: only {tags[t]} [{t}] rows")
    seen = {m.group(2) for r in rows if r.get("kind_of_row") == "positive"
            for m in [re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])] if m}
    for c in CHARS:
        if c not in seen:
            bad(f"equality: no row for {c}")
    coded = sum(1 for r in rows if r.get("kind_of_row") == "positive" and r["note"].startswith("[coded;"))
    if coded < 6:
        bad(f"equality: only {coded} coded rows")

    # cited ids, phone numbers, emails
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for where, text in [(r["id"], r.get("note", "")) for r in rows] + [("README.md", readme)]:
        for cited in re.findall(rf"\b{SET}-\d{{4}}\b", text):
            if cited not in by_id:
                bad(f"{where}: cites {cited}, which does not exist")
    for r in rows:
        for blob in (r.get("text", ""), r.get("note", "")):
            for raw, digits in phones(blob):
                if not any(digits.startswith(p) for p in DRAMA):
                    bad(f"{r['id']}: phone number {raw} outside the Ofcom drama ranges")
            for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", blob):
                if not email.lower().endswith("@example.com"):
                    bad(f"{r['id']}: email {email} not on example.com")

    # no absolute or machine paths in this folder's files
    abs_path = re.compile(r"(?<![\w.~])/(?:home|work|tmp|Users|mnt|root|var|opt|srv)/|\b[A-Za-z]:\\\\")
    for path in sorted(HERE.iterdir()):
        if path.is_file() and path.suffix in {".py", ".md", ".toml", ".jsonl", ".csv", ".txt"}:
            if abs_path.search(path.read_text(encoding="utf-8")):
                bad(f"{path.name}: contains an absolute path")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
