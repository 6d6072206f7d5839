"""Check blind evaluation set b128 (abuse families). Prints OK or the problems."""
import collections
import datetime
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B128"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HA = "haste.pause-before-posting"
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
MIN_ORIGINALS = 27          # per family
VARIANTS_PER_FAMILY = 6
MIN_HN_GROUP = 20
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities (min, max), used if RULES.md is not found.
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


def load_rules():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                sev_cell = line.rstrip().rstrip("|").split("|")[-1].lower()
                found = [s for s in ("advice", "review", "block") if s in sev_cell]
                if "one level lower" in sev_cell:
                    found = ["advice", "block"]
                if not found:
                    bad(f"RULES.md: no severity for {m.group(1)}")
                    continue
                rules[m.group(1)] = (min(found, key=SEV.get), max(found, key=SEV.get))
            if rules:
                return rules, "RULES.md"
    return BUILTIN_RULES, "built-in copy"


RULES, RULES_FROM = load_rules()

# --- council roster -------------------------------------------------------
raw = (HERE / "council.toml").read_text(encoding="utf-8")
conf = tomllib.loads(raw)
people = conf["people"]
councillors = people["councillors"]
handles = {h: n for h, n in people["handles"].items() if n in councillors}
by_name = {n: h for h, n in handles.items()}
if set(by_name) != set(councillors):
    bad("every councillor needs exactly one handle")

# --- posts ------------------------------------------------------------------
rows = []
for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        bad(f"line {i}: does not parse ({e})")
ids = [r.get("id") for r in rows]
byid = {r["id"]: r for r in rows if "id" in r}
if len(set(ids)) != len(ids):
    bad("duplicate ids")
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
START, END = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)


def named_councillors(text):
    out = set()
    for n in councillors:
        first, last = n.split()[0], n.split()[-1]
        if re.search(re.escape(n) + r"|\b" + re.escape(first) + r"\b|\b" + re.escape(last) + r"\b|"
                     + re.escape(by_name[n]) + r"\b", text, re.I):
            out.add(n)
    return out


for r in rows:
    rid = r.get("id", "?")
    for k in REQUIRED:
        if k not in r:
            bad(f"{rid}: missing {k}")
    if not re.fullmatch(SET + r"-\d{4}", str(rid)):
        bad(f"{rid}: id not {SET}-NNNN")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        bad(f"{rid}: empty text")
    if r.get("author") not in handles:
        bad(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        bad(f"{rid}: platform")
    if r.get("platform") == "x" and len(r.get("text", "")) > 280:
        bad(f"{rid}: over 280 characters on x")
    if r.get("account") != "councillor" or r.get("kind") != "post":
        bad(f"{rid}: account/kind")
    try:
        t = datetime.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
            bad(f"{rid}: timestamp offset not +00:00")
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
    except (KeyError, ValueError, TypeError):
        bad(f"{rid}: bad created_at")
    exp = r.get("expect", {})
    rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
    for x in rules + allowed:
        if x not in RULES:
            bad(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        bad(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        bad(f"{rid}: repeated rule")
    if verdict not in SEV:
        bad(f"{rid}: verdict {verdict}")
        continue
    kind = r.get("kind_of_row")
    fam = r.get("family")
    note = r.get("note", "")
    if kind in ("positive", "variant"):
        if fam not in FAMILIES:
            bad(f"{rid}: family {fam}")
            continue
        if fam not in rules:
            bad(f"{rid}: family rule not expected")
        known = [x for x in rules if x in RULES]
        lo = max((SEV[RULES[x][0]] for x in known), default=0)
        hi = max((SEV[RULES[x][1]] for x in known), default=0)
        if not (lo <= SEV[verdict] <= hi) or verdict in ("ok", "advice"):
            bad(f"{rid}: verdict {verdict} does not fit the severities of {rules}")
        if re.match(r"\s*HN\d", note):
            bad(f"{rid}: HN tag on a positive")
        if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note) \
                and kind == "positive":
            bad(f"{rid}: bullying note needs [explicit]/[veiled]/[pressure]")
        if fam == "equality.discrimination" and kind == "positive":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
            if not m or m.group(2) not in CHARACTERISTICS:
                bad(f"{rid}: equality note needs [explicit|coded; characteristic]")
        author_name = handles.get(r.get("author"))
        if author_name in named_councillors(r.get("text", "")):
            bad(f"{rid}: positive written by the councillor it names")
    elif kind == "hard_negative":
        if fam != "hard_negative":
            bad(f"{rid}: hard negative family")
        if rules or verdict != "ok":
            bad(f"{rid}: hard negative must expect nothing, verdict ok")
        if len(re.findall(r"\bHN\d\b", note)) != 1 or not re.match(r"HN[1-6]: ", note):
            bad(f"{rid}: hard negative needs exactly one HN1-HN6 tag at the start of the note")
    else:
        bad(f"{rid}: kind_of_row {kind}")

# --- variants ---------------------------------------------------------------
CYR = {"\u043e": "o", "\u0435": "e", "\u0430": "a"}
DIG = {"0": "oO", "1": "iIlL", "3": "eE", "4": "aA"}


def caps(text):
    return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))


def same_len_diffs(v, o):
    if len(v) != len(o):
        return None
    return [(a, b) for a, b in zip(v, o) if a != b]


def shows(kind, v, o):
    if kind == "caps":
        return v == caps(o) and v != o
    if kind == "zero_width":
        return "\u200b" in v and v.replace("\u200b", "") == o
    if kind == "homoglyph":
        return any(c in CYR for c in v) and "".join(CYR.get(c, c) for c in v) == o
    if kind == "asterisk":
        d = same_len_diffs(v, o)
        return bool(d) and all(a == "*" and b.lower() in "aeiou" for a, b in d)
    if kind == "digit":
        d = same_len_diffs(v, o)
        return bool(d) and all(a in DIG and b in DIG[a] for a, b in d)
    if kind == "spaced":
        return (v != o and v.replace(" ", "") == o.replace(" ", "")
                and re.search(r"(?<!\w)(?:\w ){3,}\w(?!\w)", v) is not None)
    return False


per_family = collections.defaultdict(list)
for r in rows:
    if r.get("kind_of_row") != "variant":
        continue
    rid = r["id"]
    o = byid.get(r.get("variant_of"))
    if not o or o.get("kind_of_row") != "positive":
        bad(f"{rid}: variant_of does not point at a positive row")
        continue
    k = r.get("variant_kind")
    if k not in KINDS:
        bad(f"{rid}: variant_kind {k}")
        continue
    per_family[r["family"]].append(k)
    want_allowed = list(o["expect"]["allowed"]) + ([HA] if k == "caps" and HA not in o["expect"]["allowed"] else [])
    if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"] \
            or sorted(r["expect"]["allowed"]) != sorted(want_allowed):
        bad(f"{rid}: labels differ from its original {o['id']}")
    for f in ("family", "author", "platform"):
        if r[f] != o[f]:
            bad(f"{rid}: {f} differs from its original")
    if not shows(k, r["text"], o["text"]):
        bad(f"{rid}: text does not show {k} obfuscation of {o['id']}")
for fam in FAMILIES:
    if sorted(per_family[fam]) != sorted(KINDS):
        bad(f"{fam}: variants should be one of each kind, got {sorted(per_family[fam])}")

# --- counts -----------------------------------------------------------------
count = collections.Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
for fam in FAMILIES:
    if count[(fam, "positive")] < MIN_ORIGINALS:
        bad(f"{fam}: {count[(fam, 'positive')]} originals, want at least {MIN_ORIGINALS}")
    if count[(fam, "variant")] != VARIANTS_PER_FAMILY:
        bad(f"{fam}: {count[(fam, 'variant')]} variants, want {VARIANTS_PER_FAMILY}")
n_pos = sum(count[(f, k)] for f in FAMILIES for k in ("positive", "variant"))
n_hn = count[("hard_negative", "hard_negative")]
if n_hn < n_pos:
    bad(f"{n_hn} hard negatives for {n_pos} positive rows; want at least as many")
groups = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
for g in range(1, 7):
    if groups[f"HN{g}"] < MIN_HN_GROUP:
        bad(f"HN{g}: {groups[f'HN{g}']} rows, want at least {MIN_HN_GROUP}")
tags = collections.Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                           if r.get("family") == "bullying.intimidation" and r["kind_of_row"] == "positive"
                           and re.match(r"\[(\w+)", r["note"]))
for t in ("explicit", "veiled", "pressure"):
    if tags[t] < 5:
        bad(f"bullying: only {tags[t]} [{t}] rows")
eq_chars = collections.Counter(m.group(1) for r in rows if r.get("family") == "equality.discrimination"
                               for m in [re.match(r"\[(?:explicit|coded); ([a-z ]+)\]", r["note"])] if m)
for c in CHARACTERISTICS:
    if not eq_chars[c]:
        bad(f"equality: no row for {c}")
coded = sum(1 for r in rows if r.get("family") == "equality.discrimination" and r["note"].startswith("[coded"))
if coded < 5:
    bad("equality: fewer than 5 coded rows")

# --- notes, contact details, paths ----------------------------------------
for r in rows:
    for cited in re.findall(SET + r"-\d{4}", r.get("note", "")):
        if cited not in byid:
            bad(f"{r['id']}: note cites missing {cited}")
        if cited == r["id"]:
            bad(f"{r['id']}: note cites itself")
DRAMA = [r"^01632960\d{3}$", r"^0(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$",
         r"^0207946\d{4}$", r"^02896496\d{3}$", r"^02920180\d{3}$", r"^07700900\d{3}$",
         r"^08081570\d{3}$", r"^09098790\d{3}$", r"^03069990\d{3}$"]
for r in rows:
    for m in re.finditer(r"(?<![\d£,.])(?:\+44\s?|0)\d[\d ]{8,12}\d", r["text"]):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not any(re.match(p, digits) for p in DRAMA):
            bad(f"{r['id']}: phone number {m.group(0)} not in an Ofcom drama range")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
        if m.group(1).lower() != "example.com":
            bad(f"{r['id']}: email not on example.com")
ABS = re.compile(r"(?<![\w.])/(?:home|root|tmp|usr|mnt|opt|var|srv|work|Users)/|\b[A-Za-z]:\\\\")
for f in sorted(HERE.iterdir()):
    if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl", ".csv"):
        if ABS.search(f.read_text(encoding="utf-8")):
            bad(f"{f.name}: contains an absolute path")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK ({len(rows)} rows: {n_pos} positive incl. variants, {n_hn} hard negatives; rules from {RULES_FROM})")
