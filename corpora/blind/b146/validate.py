#!/usr/bin/env python3
"""Check blind set b146 (posts.jsonl, council.toml and the folder). Prints OK.

Standard library only. The rule catalogue is read from shared/design/RULES.md,
found by walking up from this folder; without it a built-in copy of the rule
severities is used.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B146"
N_TOTAL = 330
START = dt.date(2026, 10, 26)
END = dt.date(2026, 12, 2)
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
N_POS, N_VAR = 27, 6
HN_COUNTS = {"HN1": 28, "HN2": 28, "HN3": 27, "HN4": 27, "HN5": 28, "HN6": 27}
KINDS = ["asterisk", "digit", "homoglyph", "zero_width", "spaced", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment",
                   "marriage and civil partnership", "pregnancy and maternity",
                   "race", "religion or belief", "sex", "sexual orientation"]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
HASTE = "haste.pause-before-posting"

BUILTIN_SEVERITIES = {
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

# Same mention table as build.py (short names and roles).
ALIASES = {
    "Gillian Ashworth": ["Gill", "the Leader", "Leader of the Council"],
    "Derek Fairclough": ["Cabinet Member for Finance"],
    "Maureen Threlfall": ["Mo", "Cabinet Member for Housing", "housing lead"],
    "Stuart Cardwell": ["chair of planning", "Chair of Planning"],
    "Brian Hesketh": ["Mayor"],
    "Ravi Mistry": ["Cabinet Member for Tourism"],
    "Carol Breckell": ["Cabinet Member for Leisure"],
}
CYR_TO_LAT = {"\u0430": "a", "\u043e": "o", "\u0435": "e", "\u0441": "c",
              "\u0410": "A", "\u041e": "O", "\u0415": "E", "\u0421": "C"}

errors = []


def err(msg):
    errors.append(msg)


def rule_severities():
    d = HERE
    while True:
        path = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(path):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN_SEVERITIES, "built-in copy"
        d = parent
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                last = cells[-1]
                found = {w for w in ("advice", "review", "block") if w in last}
                if "one level lower" in last:
                    found = {"advice", "review", "block"}
                sev[cells[0]] = found
    if not sev:
        return BUILTIN_SEVERITIES, "built-in copy"
    return sev, "shared/design/RULES.md"


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    handle_of = {}
    for h, name in cfg["people"]["handles"].items():
        handle_of.setdefault(name, h)
    councillors = cfg["people"]["councillors"]
    return cfg, councillors, {handle_of[n]: n for n in councillors}, handle_of


def mentions(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    for w in [name, first, last, handle] + ALIASES.get(name, []):
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text):
            return True
    return False


def shows_kind(kind, orig, text):
    if text == orig:
        return False
    if kind == "zero_width":
        return "\u200b" in text and text.replace("\u200b", "") == orig
    if kind == "homoglyph":
        return (any(c in CYR_TO_LAT for c in text)
                and "".join(CYR_TO_LAT.get(c, c) for c in text) == orig)
    if kind == "spaced":
        return (re.search(r"\b\w( \w){2,}\b", text) is not None
                and text.replace(" ", "") == orig.replace(" ", ""))
    if kind in ("asterisk", "digit"):
        if len(text) != len(orig):
            return False
        diffs = [(a, b) for a, b in zip(orig, text) if a != b]
        if kind == "asterisk":
            return bool(diffs) and all(b == "*" and a.lower() in "aeiou" for a, b in diffs)
        return bool(diffs) and all(b.isdigit() and a.isalpha() for a, b in diffs)
    if kind == "caps":
        parts = re.split(r"(@\w+|https?://\S+)", orig)
        expect = "".join(p if p.startswith(("@", "http")) else p.upper() for p in parts)
        return text == expect
    return False


def main():
    sev, source = rule_severities()
    cfg, councillors, by_handle, handle_of = load_council()
    if "council" not in cfg or "name" not in cfg["council"]:
        err("council.toml: [council] name missing")
    allowed_tables = {"council", "people", "self", "registers"}
    for k in cfg:
        if k not in allowed_tables:
            err(f"council.toml: unknown table [{k}]")

    path = os.path.join(HERE, "posts.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {i}: does not parse ({e})")
    if len(rows) != N_TOTAL:
        err(f"{len(rows)} rows, expected {N_TOTAL}")

    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"{SET}-{i:04d}":
            err(f"row {i}: id {r.get('id')} out of order or malformed")
    byid = {r.get("id"): r for r in rows}

    required = {"id", "text", "author", "created_at", "platform", "account",
                "kind", "expect", "family", "kind_of_row", "note"}
    optional = {"variant_of", "variant_kind"}
    for r in rows:
        rid = r.get("id")
        keys = set(r)
        if not required <= keys:
            err(f"{rid}: missing {sorted(required - keys)}")
            continue
        if keys - required - optional:
            err(f"{rid}: unknown fields {sorted(keys - required - optional)}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{rid}: empty text")
        if r["author"] not in by_handle:
            err(f"{rid}: author {r['author']} is not a councillor handle")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform {r['platform']}")
        if r["platform"] in ("x", "bluesky") and len(r["text"]) > 280:
            err(f"{rid}: {len(r['text'])} characters on {r['platform']}")
        if r["account"] != "councillor" or r["kind"] != "post":
            err(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err(f"{rid}: offset is not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                err(f"{rid}: timestamp outside weekday 08:00-18:59")
            if not (START <= t.date() <= END):
                err(f"{rid}: date outside {START}..{END}")
        except ValueError:
            err(f"{rid}: bad created_at")
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect keys")
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in sev:
                err(f"{rid}: unknown rule {rule}")
        if set(ex["rules"]) & set(ex["allowed"]):
            err(f"{rid}: rule both expected and allowed")
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err(f"{rid}: repeated rule")
        v = ex["verdict"]
        if v not in RANK:
            err(f"{rid}: verdict {v}")
        elif not ex["rules"]:
            if v != "ok":
                err(f"{rid}: no rules but verdict {v}")
        else:
            sets = [sev.get(x, set()) for x in ex["rules"]]
            lo = max(min(RANK[s] for s in S) for S in sets if S)
            hi = max(max(RANK[s] for s in S) for S in sets if S)
            if not (lo <= RANK[v] <= hi) or not any(v in S for S in sets):
                err(f"{rid}: verdict {v} does not fit {ex['rules']}")

        fam, kor, note = r["family"], r["kind_of_row"], r["note"]
        if kor == "hard_negative":
            if fam != "hard_negative" or ex["rules"] or v != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if not re.match(r"HN[1-6] ", note) or len(tags) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                err(f"{rid}: family {fam}")
            elif fam not in ex["rules"]:
                err(f"{rid}: family rule {fam} not expected")
            if fam == "bullying.intimidation":
                if v != "block" or not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    err(f"{rid}: bullying row needs block and a note tag")
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if v != "block" or not m or m.group(2) not in CHARACTERISTICS:
                    err(f"{rid}: equality row needs block and a note tag")
        else:
            err(f"{rid}: kind_of_row {kor}")
        if (kor == "variant") != ("variant_of" in r) or (kor == "variant") != ("variant_kind" in r):
            err(f"{rid}: variant fields")

        for cited in re.findall(rf"{SET}-\d{{4}}", note):
            if cited not in byid:
                err(f"{rid}: note cites missing {cited}")
            elif cited == rid:
                err(f"{rid}: note cites itself")

        text = r["text"]
        for m in re.finditer(r"(?<!\d)0\d(?:[\d ]{8,12})\d", text):
            num = re.sub(r"\D", "", m.group(0))
            if not (re.fullmatch(r"07700900\d{3}", num) or re.fullmatch(r"01632960\d{3}", num)
                    or re.fullmatch(r"0207946\d{4}", num) or re.fullmatch(r"01134960\d{3}", num)):
                err(f"{rid}: phone number outside the drama ranges: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.-]+)", text):
            if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|net|org)", m.group(1).rstrip(".")):
                err(f"{rid}: email not on an example domain: {m.group(0)}")
        for m in re.finditer(r"https?://(\S+)", text):
            host = m.group(1).split("/")[0]
            if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|net|org)", host):
                err(f"{rid}: link not on an example domain")

        if kor == "positive":
            name = by_handle.get(r["author"])
            if name and mentions(text, name, r["author"]):
                err(f"{rid}: positive written by the councillor it names ({name})")

    # variants
    per_family_kinds = collections.defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = byid.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of is not a positive")
            continue
        kind = r.get("variant_kind")
        if kind not in KINDS:
            err(f"{rid}: variant_kind {kind}")
            continue
        per_family_kinds[r["family"]].append(kind)
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err(f"{rid}: {f} differs from its original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err(f"{rid}: labels differ from its original")
        want = list(o["expect"]["allowed"])
        if kind == "caps" and HASTE not in want:
            want.append(HASTE)
        if r["expect"]["allowed"] != want:
            err(f"{rid}: allowed differs from its original")
        if not shows_kind(kind, o["text"], r["text"]):
            err(f"{rid}: text does not show a {kind} obfuscation of {o['id']}")
    for fam in FAMILIES:
        if sorted(per_family_kinds[fam]) != sorted(KINDS):
            err(f"{fam}: variants {sorted(per_family_kinds[fam])}, expected one of each kind")

    # counts
    c = collections.Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
    for fam in FAMILIES:
        if c[(fam, "positive")] != N_POS:
            err(f"{fam}: {c[(fam, 'positive')]} originals, expected {N_POS}")
        if c[(fam, "variant")] != N_VAR:
            err(f"{fam}: {c[(fam, 'variant')]} variants, expected {N_VAR}")
    hn = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    if dict(hn) != HN_COUNTS:
        err(f"hard negative groups {dict(sorted(hn.items()))}, expected {HN_COUNTS}")
    texts = collections.Counter(r.get("text") for r in rows)
    for t, n in texts.items():
        if n > 1:
            err(f"text repeated {n} times: {t[:60]}")

    # the folder
    bad = ["/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/", "C:" + "\\"]
    for dirpath, dirnames, filenames in os.walk(HERE):
        if "__pycache__" in dirnames:
            err("__pycache__ in the folder")
        for fn in filenames:
            p = os.path.join(dirpath, fn)
            try:
                with open(p, encoding="utf-8") as fh:
                    body = fh.read()
            except (UnicodeDecodeError, OSError):
                continue
            for b in bad:
                if b in body:
                    err(f"{fn}: contains an absolute path ({b})")
    expected_files = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
    present = {f for f in os.listdir(HERE) if not f.startswith(".")}
    if present - expected_files - {"__pycache__"}:
        err(f"unexpected files: {sorted(present - expected_files)}")
    if expected_files - present:
        err(f"missing files: {sorted(expected_files - present)}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s); rule severities from {source}")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
