#!/usr/bin/env python3
"""Checks for blind evaluation set b120 (Cinderheath MBC). Prints OK or the
problems found. Run from anywhere: paths are relative to this file."""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B120"
TOTAL = 300
KIND_COUNTS = {"positive": 114, "variant": 6, "hard_negative": 180}
HN_COUNTS = {1: 22, 2: 38, 3: 40, 4: 45, 5: 13, 6: 22}
CHAR_MIN = {
    "race": 30, "religion or belief": 15, "sex": 8, "sexual orientation": 6,
    "gender reassignment": 6, "disability": 10, "age": 5,
    "pregnancy and maternity": 4, "marriage and civil partnership": 3,
}
MANNER_MIN = {"explicit": 60, "coded": 25}
PLATFORMS = {"x", "facebook", "bluesky"}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
FAMILY = "equality.discrimination"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
VARIANT_KINDS = {"asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"}
HASTE = "haste.pause-before-posting"
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
          "expect", "family", "kind_of_row", "note"]
VARIANT_FIELDS = ["variant_of", "variant_kind"]

# Built-in copy of the rule ids and severities, used only when RULES.md
# cannot be found by walking up from this folder.
BUILTIN_RULES = {
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

DATED = [
    ("Ramadan Mubarak", "2026-02-18"),
    ("Eid Mubarak", "2026-03-20"),
    ("Happy Lunar New Year", "2026-02-17"),
    ("Happy Holi", "2026-03-04"),
    ("Holocaust Memorial Day", "2026-01-27"),
    ("Time to Talk Day", "2026-02-05"),
    ("Happy St Patrick's Day", "2026-03-17"),
    ("International Women's Day was yesterday", "2026-03-09"),
]

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
    for folder in [HERE, *HERE.parents]:
        cand = folder / "shared" / "design" / "RULES.md"
        if cand.is_file():
            rules = {}
            for line in cand.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", cells[0]):
                    rules[cells[0]] = cells[-1]
            if rules:
                return rules, "RULES.md"
    return dict(BUILTIN_RULES), "built-in copy"


def severity_range(text):
    words = re.findall(r"\b(advice|review|block)\b", text)
    if not words:  # e.g. "same as the amplified rule, one level lower"
        return "advice", "block"
    return words[0], max(words, key=ORDER.get)


def named_in(text, name, handle):
    parts = name.split()
    for w in (name, parts[0], parts[-1], handle.lstrip("@")):
        if re.search(r"(?<![\w'])" + re.escape(w) + r"(?![\w])", text):
            return True
    return False


def phone_ok(num):
    d = re.sub(r"\D", "", num)
    ranges = [
        ("07700900", 3), ("01632960", 3), ("02079460", 3), ("01134960", 3),
        ("01144960", 3), ("01154960", 3), ("01164960", 3), ("01174960", 3),
        ("01184960", 3), ("01214960", 3), ("01314960", 3), ("01414960", 3),
        ("01514960", 3), ("01614960", 3), ("02896496", 3), ("02920180", 3),
    ]
    return any(d.startswith(p) and len(d) == len(p) + n for p, n in ranges)


def shows_kind(kind, text):
    if kind == "asterisk":
        return re.search(r"\w\*\w", text) is not None
    if kind == "digit":
        return re.search(r"\b(?=\w*[A-Za-z])(?=\w*\d)[A-Za-z\d]{3,}\b", text) is not None
    if kind == "zero_width":
        return "\u200b" in text
    if kind == "spaced":
        return re.search(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b", text) is not None
    if kind == "homoglyph":
        return re.search(r"[\u0400-\u04ff]", text) is not None
    if kind == "caps":
        letters = [c for c in re.sub(r"@\w+", "", text) if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9
    return False


def main():
    rules_sev, rules_src = find_rules()
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if "council" not in conf or "name" not in conf["council"]:
        bad("council.toml: [council] name missing")
    people = conf.get("people", {})
    councillors = set(people.get("councillors", []))
    handles = people.get("handles", {})
    councillor_handles = {h: n for h, n in handles.items() if n in councillors}
    for n in councillors:
        if n not in councillor_handles.values():
            bad(f"council.toml: no handle for {n}")

    path = HERE / "posts.jsonl"
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {i}: does not parse ({e})")
    if len(rows) != TOTAL:
        bad(f"{len(rows)} rows, expected {TOTAL}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    want_ids = [f"{SET}-{i:04d}" for i in range(1, len(rows) + 1)]
    if ids != want_ids:
        bad(f"ids are not {SET}-0001 onward in order")
    by_id = {r.get("id"): r for r in rows}

    kinds = collections.Counter()
    hn_groups = collections.Counter()
    chars = collections.Counter()
    manners = collections.Counter()
    vkinds = collections.Counter()
    texts = collections.Counter()
    for r in rows:
        rid = r.get("id", "?")
        for f in FIELDS:
            if f not in r:
                bad(f"{rid}: missing field {f}")
        extra = set(r) - set(FIELDS) - set(VARIANT_FIELDS)
        if extra:
            bad(f"{rid}: unknown fields {sorted(extra)}")
        text, note = r.get("text", ""), r.get("note", "")
        if not isinstance(text, str) or not text.strip():
            bad(f"{rid}: empty text")
        if r.get("author") not in councillor_handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in PLATFORMS:
            bad(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor":
            bad(f"{rid}: account {r.get('account')}")
        if r.get("kind") != "post":
            bad(f"{rid}: kind {r.get('kind')}")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            bad(f"{rid}: created_at {ts!r} not ISO 8601 with +00:00")
        else:
            day = dt.date.fromisoformat(m.group(1))
            if not START <= day <= END:
                bad(f"{rid}: date {day} outside {START} to {END}")
            if day.weekday() > 4:
                bad(f"{rid}: {day} is a weekend")
            if not 8 <= int(m.group(2)) <= 18:
                bad(f"{rid}: hour {m.group(2)} outside 08:00 to 18:59")
            for phrase, want in DATED:
                if phrase in text and r.get("kind_of_row") == "hard_negative" \
                        and "'" + phrase not in text and m.group(1) != want:
                    bad(f"{rid}: '{phrase}' post dated {m.group(1)}, expected {want}")

        exp = r.get("expect", {})
        exp_rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(exp_rules, list) or not isinstance(allowed, list):
            bad(f"{rid}: expect.rules and expect.allowed must be lists")
            continue
        for rule in exp_rules + allowed:
            if rule not in rules_sev:
                bad(f"{rid}: unknown rule {rule} (not in {rules_src})")
        if set(exp_rules) & set(allowed):
            bad(f"{rid}: rule both expected and allowed: {set(exp_rules) & set(allowed)}")
        if len(set(exp_rules)) != len(exp_rules) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: duplicate rule in a list")
        if verdict not in ORDER:
            bad(f"{rid}: verdict {verdict}")
        elif exp_rules:
            lo = max((ORDER[severity_range(rules_sev.get(x, "review"))[0]] for x in exp_rules))
            hi = max((ORDER[severity_range(rules_sev.get(x, "review"))[1]] for x in exp_rules))
            if not lo <= ORDER[verdict] <= hi:
                bad(f"{rid}: verdict {verdict} does not fit the severities of {exp_rules}")
        elif verdict != "ok":
            bad(f"{rid}: no rules expected but verdict {verdict}")

        kor = r.get("kind_of_row")
        kinds[kor] += 1
        if kor in ("positive", "variant"):
            if r.get("family") != FAMILY:
                bad(f"{rid}: family {r.get('family')}")
            if FAMILY not in exp_rules:
                bad(f"{rid}: positive does not expect {FAMILY}")
            if verdict != "block":
                bad(f"{rid}: equality positive with verdict {verdict}")
            tm = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
            if not tm:
                bad(f"{rid}: note lacks the [explicit|coded; characteristic] tag")
            elif tm.group(2) not in CHAR_MIN:
                bad(f"{rid}: unknown characteristic {tm.group(2)!r}")
            elif kor == "positive":
                manners[tm.group(1)] += 1
                chars[tm.group(2)] += 1
            author_name = councillor_handles.get(r.get("author"))
            if author_name and named_in(text, author_name, r["author"]):
                bad(f"{rid}: positive written by the councillor it names ({author_name})")
        elif kor == "hard_negative":
            if r.get("family") != "hard_negative":
                bad(f"{rid}: hard negative family {r.get('family')}")
            if exp_rules or verdict != "ok":
                bad(f"{rid}: hard negative must expect nothing and verdict ok")
            hm = re.match(r"HN([1-6]) ", note)
            if not hm or re.match(r"HN[1-6] HN[1-6]", note):
                bad(f"{rid}: hard negative note must start with exactly one HN tag")
            else:
                hn_groups[int(hm.group(1))] += 1
        else:
            bad(f"{rid}: kind_of_row {kor}")

        if kor == "variant":
            vk = r.get("variant_kind")
            vkinds[vk] += 1
            if vk not in VARIANT_KINDS:
                bad(f"{rid}: variant_kind {vk}")
            orig = by_id.get(r.get("variant_of"))
            if not orig or orig.get("kind_of_row") != "positive":
                bad(f"{rid}: variant_of {r.get('variant_of')} is not a positive row")
            else:
                oe = orig["expect"]
                want_allowed = list(oe["allowed"]) + ([HASTE] if vk == "caps" else [])
                if sorted(exp_rules) != sorted(oe["rules"]) or verdict != oe["verdict"] \
                        or sorted(allowed) != sorted(want_allowed):
                    bad(f"{rid}: variant labels differ from {orig['id']}")
                for f in ("family", "author", "platform"):
                    if r.get(f) != orig.get(f):
                        bad(f"{rid}: variant {f} differs from {orig['id']}")
                if text == orig["text"]:
                    bad(f"{rid}: variant text equals its original")
                if not shows_kind(vk, text):
                    bad(f"{rid}: text does not show {vk} obfuscation")
                if r.get("variant_of") not in note:
                    bad(f"{rid}: note does not cite its original")
        elif any(f in r for f in VARIANT_FIELDS):
            bad(f"{rid}: variant fields on a {kor} row")
        else:
            texts[text.strip().lower()] += 1

        for cited in re.findall(rf"{SET}-\d{{4}}", note):
            if cited not in by_id:
                bad(f"{rid}: note cites missing id {cited}")
        if "[[" in note:
            bad(f"{rid}: unresolved row key in note")
        for num in re.findall(r"(?<!\d)0\d{2,4}[ \d]{6,10}\d", text):
            if not phone_ok(num):
                bad(f"{rid}: phone number {num!r} outside the Ofcom drama ranges")
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not email.lower().endswith("@example.com"):
                bad(f"{rid}: email {email} is not on example.com")

    dupes = [t for t, n in texts.items() if n > 1]
    if dupes:
        bad(f"{len(dupes)} duplicate texts")
    if dict(kinds) != KIND_COUNTS:
        bad(f"row kinds {dict(kinds)}, expected {KIND_COUNTS}")
    if dict(hn_groups) != HN_COUNTS:
        bad(f"HN groups {dict(sorted(hn_groups.items()))}, expected {HN_COUNTS}")
    if kinds["hard_negative"] < kinds["positive"] + kinds["variant"]:
        bad("fewer hard negatives than positive rows")
    for c, n in CHAR_MIN.items():
        if chars[c] < n:
            bad(f"characteristic {c}: {chars[c]} positives, want at least {n}")
    for mname, n in MANNER_MIN.items():
        if manners[mname] < n:
            bad(f"{mname}: {manners[mname]} positives, want at least {n}")
    if set(vkinds) != VARIANT_KINDS or any(n != 1 for n in vkinds.values()):
        bad(f"variant kinds {dict(vkinds)}: want one of each")

    readme = HERE / "README.md"
    if readme.is_file():
        for cited in sorted(set(re.findall(rf"{SET}-\d{{4}}", readme.read_text(encoding="utf-8")))):
            if cited not in by_id and cited not in (f"{SET}-0001", f"{SET}-0300"):
                bad(f"README.md cites missing id {cited}")
    else:
        bad("README.md missing")

    # No absolute or machine paths.
    path_pat = re.compile("|".join([
        r"(?<![\w.])/" + "(?:home|work|tmp|Users|root|mnt|var)/",
        r"[A-Za-z]:" + r"\\\\",
    ]))
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in {".py", ".md", ".toml", ".jsonl", ".csv"}:
            body = f.read_text(encoding="utf-8")
            if path_pat.search(body):
                bad(f"{f.name}: contains an absolute path")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
