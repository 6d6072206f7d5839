#!/usr/bin/env python3
"""Checks for blind evaluation set b111. Prints OK, or the problems found."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B111"
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
PLATFORMS = {"x": 280, "bluesky": 300, "facebook": 63206}
HASTE = "haste.pause-before-posting"
CHARACTERISTICS = {"age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"}
ALIASES = {"Gillian Threlfall": ["Gill"], "Anthony Kinsella": ["Tony"],
           "Marjorie Hesketh": ["Marge"], "Bernadette Quirk": ["Bernie"],
           "Geoffrey Antrobus": ["Geoff"]}
MIN_ORIGINALS = 25
MIN_HN_PER_GROUP = 28
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities, used only when RULES.md
# cannot be found above this folder.
BUILTIN = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
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
        return BUILTIN, "built-in copy"
    rules = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
        if "one level lower" in cells[-1]:
            sev = {"advice", "review", "block"}
        rules[cells[0]] = sev or {"advice", "review", "block"}
    if not rules:
        return BUILTIN, "built-in copy"
    return rules, "RULES.md"


RULES, RULES_FROM = load_rules()

# --- council ------------------------------------------------------------------
council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
councillors = council["people"]["councillors"]
handles = {h: n for h, n in council["people"]["handles"].items() if n in councillors}
handle_of = defaultdict(list)
for h, n in handles.items():
    handle_of[n].append(h)
if set(handle_of) != set(councillors):
    bad("council.toml: not every councillor has a handle")


def names_in(text):
    found = set()
    for n in councillors:
        first, last = n.split(" ", 1)
        words = [n, first, last, *ALIASES.get(n, [])]
        if any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words):
            found.add(n)
        if any(h.lower() in text.lower() for h in handle_of[n]):
            found.add(n)
    return found


# --- rows ---------------------------------------------------------------------
raw = (HERE / "posts.jsonl").read_text(encoding="utf-8")
if not raw.endswith("\n"):
    bad("posts.jsonl does not end with a newline")
rows = []
for i, line in enumerate(raw.split("\n")[:-1], 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        bad(f"line {i}: not JSON ({e})")

BASE = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
        "family", "kind_of_row", "note"]
ids = [r.get("id") for r in rows]
by_id = {r.get("id"): r for r in rows}
if len(set(ids)) != len(ids):
    bad("duplicate ids")
if ids != [f"{SET}-{i:04d}" for i in range(1, len(rows) + 1)]:
    bad(f"ids are not {SET}-0001 .. {SET}-{len(rows):04d} in order")

START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
for r in rows:
    rid = r.get("id", "?")
    want = BASE + (["variant_of", "variant_kind"] if r.get("kind_of_row") == "variant" else [])
    if sorted(r) != sorted(want):
        bad(f"{rid}: fields {sorted(r)} != {sorted(want)}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(f"{rid}: empty text")
    if not r["note"].strip():
        bad(f"{rid}: empty note")
    if r["author"] not in handles:
        bad(f"{rid}: author {r['author']} is not a councillor handle in council.toml")
    if r["platform"] not in PLATFORMS:
        bad(f"{rid}: platform {r['platform']}")
    elif len(r["text"]) > PLATFORMS[r["platform"]]:
        bad(f"{rid}: {len(r['text'])} characters is too long for {r['platform']}")
    if r["account"] != "councillor" or r["kind"] != "post":
        bad(f"{rid}: account/kind")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            bad(f"{rid}: timestamp not +00:00")
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
    except ValueError:
        bad(f"{rid}: bad timestamp {r['created_at']}")

    e = r["expect"]
    if sorted(e) != ["allowed", "rules", "verdict"]:
        bad(f"{rid}: expect keys {sorted(e)}")
        continue
    for k in ("rules", "allowed"):
        if len(set(e[k])) != len(e[k]):
            bad(f"{rid}: duplicate rule in {k}")
        for rule in e[k]:
            if rule not in RULES:
                bad(f"{rid}: unknown rule {rule} ({RULES_FROM})")
    if set(e["rules"]) & set(e["allowed"]):
        bad(f"{rid}: rule both expected and allowed: {set(e['rules']) & set(e['allowed'])}")
    if e["verdict"] not in ORDER:
        bad(f"{rid}: verdict {e['verdict']}")
        continue
    # verdict fits the severities of the expected rules
    if e["rules"]:
        known = [x for x in e["rules"] if x in RULES]
        lo = max((min(ORDER[s] for s in RULES[x]) for x in known), default=0)
        hi = max((max(ORDER[s] for s in RULES[x]) for x in known), default=3)
        if not (lo <= ORDER[e["verdict"]] <= hi):
            bad(f"{rid}: verdict {e['verdict']} does not fit {e['rules']}")
    elif e["verdict"] != "ok":
        bad(f"{rid}: no rules expected but verdict {e['verdict']}")

    kor, fam = r["kind_of_row"], r["family"]
    if kor == "hard_negative":
        if fam != "hard_negative":
            bad(f"{rid}: hard negative with family {fam}")
        if e["rules"] or e["verdict"] != "ok":
            bad(f"{rid}: hard negative expects something")
        if not re.match(r"\[HN[1-6]\] \S", r["note"]) or r["note"].count("[HN") != 1:
            bad(f"{rid}: hard negative note must start with exactly one [HN1-6] tag")
    elif kor in ("positive", "variant"):
        if fam not in FAMILIES:
            bad(f"{rid}: family {fam}")
        elif fam not in e["rules"]:
            bad(f"{rid}: family rule {fam} not expected")
        if e["verdict"] == "ok":
            bad(f"{rid}: positive with verdict ok")
        if kor == "positive" and fam == "bullying.intimidation":
            if not re.match(r"\[(explicit|veiled|pressure)\] \S", r["note"]):
                bad(f"{rid}: bullying note tag")
        if kor == "positive" and fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\] \S", r["note"])
            if not m or m.group(2) not in CHARACTERISTICS:
                bad(f"{rid}: equality note tag")
    else:
        bad(f"{rid}: kind_of_row {kor}")

    # nobody posts about themselves by name or handle
    author_name = handles.get(r["author"])
    if author_name in names_in(r["text"]):
        bad(f"{rid}: {r['author']} is named in their own post")

    # cited ids exist
    for cited in re.findall(rf"\b{SET}-\d{{4}}\b", r["note"]):
        if cited not in by_id:
            bad(f"{rid}: note cites missing {cited}")
        if cited == rid:
            bad(f"{rid}: note cites itself")

# --- variants -----------------------------------------------------------------
CYR = {"\u043e": "o", "\u0435": "e", "\u041e": "O", "\u0415": "E"}


def caps(text):
    return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))


def shows(kind, v, o):
    if kind == "caps":
        return v == caps(o) and v != o
    if kind == "zero_width":
        return "\u200b" in v and v.replace("\u200b", "") == o
    if kind == "homoglyph":
        return any(c in v for c in CYR) and "".join(CYR.get(c, c) for c in v) == o
    if kind == "spaced":
        if not re.search(r"\b(?:\w ){2,}\w\b", v):
            return False
        return v != o and v.replace(" ", "") == o.replace(" ", "")
    if kind in ("asterisk", "digit"):
        if len(v) != len(o) or v == o:
            return False
        for a, b in zip(v, o):
            if a != b:
                if kind == "asterisk" and not (a == "*" and b.lower() in "aeiou"):
                    return False
                if kind == "digit" and not (a.isdigit() and b.isalpha()):
                    return False
        return True
    return False


seen = defaultdict(Counter)
for r in rows:
    if r.get("kind_of_row") != "variant":
        continue
    rid, o = r["id"], by_id.get(r["variant_of"])
    if o is None or o.get("kind_of_row") != "positive":
        bad(f"{rid}: variant_of {r['variant_of']} is not a positive row")
        continue
    kind = r["variant_kind"]
    if kind not in KINDS:
        bad(f"{rid}: variant_kind {kind}")
        continue
    seen[r["family"]][kind] += 1
    want_allowed = o["expect"]["allowed"] + ([HASTE] if kind == "caps" else [])
    if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
            or r["expect"]["allowed"] != want_allowed):
        bad(f"{rid}: labels differ from {o['id']}")
    for k in ("family", "author", "platform"):
        if r[k] != o[k]:
            bad(f"{rid}: {k} differs from {o['id']}")
    if not shows(kind, r["text"], o["text"]):
        bad(f"{rid}: text does not show {kind} obscuring of {o['id']}")
for fam in FAMILIES:
    if seen[fam] != Counter({k: 1 for k in KINDS}):
        bad(f"{fam}: variants {dict(seen[fam])}, want one of each kind")

# --- counts -------------------------------------------------------------------
orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
for fam in FAMILIES:
    if orig[fam] < MIN_ORIGINALS:
        bad(f"{fam}: {orig[fam]} originals, want at least {MIN_ORIGINALS}")
groups = Counter(re.match(r"\[HN(\d)\]", r["note"]).group(1) for r in rows
                 if r.get("kind_of_row") == "hard_negative" and re.match(r"\[HN(\d)\]", r["note"]))
for g in "123456":
    if groups[g] < MIN_HN_PER_GROUP:
        bad(f"HN{g}: {groups[g]} rows, want at least {MIN_HN_PER_GROUP}")
n_hn = sum(groups.values())
n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
if n_hn < n_pos:
    bad(f"{n_hn} hard negatives < {n_pos} positive rows")
for r in rows:
    if r.get("kind_of_row") == "positive" and r["family"] in ("bullying.intimidation", "equality.discrimination"):
        if r["expect"]["verdict"] != "block":
            bad(f"{r['id']}: {r['family']} should be block")

# --- phone numbers, emails ----------------------------------------------------
DRAMA = [r"07700 ?900\d{3}", r"01632 ?960\d{3}", r"020 ?7946 ?0\d{3}", r"0113 ?496 ?0\d{3}",
         r"0114 ?496 ?0\d{3}", r"0115 ?496 ?0\d{3}", r"0116 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}",
         r"0118 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}", r"0141 ?496 ?0\d{3}",
         r"0151 ?496 ?0\d{3}", r"0161 ?496 ?0\d{3}", r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}",
         r"029 ?2018 ?0\d{3}", r"0808 ?157 ?0\d{3}", r"0909 ?879 ?0\d{3}", r"03069 ?990\d{3}"]
for r in rows:
    for m in re.finditer(r"(?<![\d£])0\d[\d ]{8,12}\d", r["text"]):
        if not any(re.fullmatch(p, m.group(0).strip()) for p in DRAMA):
            bad(f"{r['id']}: phone number {m.group(0)!r} outside the drama ranges")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
        if not m.group(0).lower().endswith("@example.com"):
            bad(f"{r['id']}: email {m.group(0)} not on example.com")

# --- no machine paths in this folder's files ----------------------------------
PATHS = re.compile(r"(?<![\w.])/(?:home|work|tmp|Users|root|mnt|opt|srv|var)/|[A-Za-z]:\\\\")
for f in sorted(HERE.iterdir()):
    if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl", ".csv"):
        if PATHS.search(f.read_text(encoding="utf-8")):
            bad(f"{f.name}: contains an absolute path")

if problems:
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK")
