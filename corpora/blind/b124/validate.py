"""Checks for blind set b124 (Gullhaven District Council). Prints OK or the problems."""
import datetime as dt
import json
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from people import named, PARTY  # noqa: E402
from build import obfuscate, VARIANTS  # noqa: E402

SET = "B124"
N_TOTAL = 333
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination", "defamation.allegation"]
ORIGINALS = {f: 27 for f in FAMILIES}
SPLIT = {  # (review, block) among originals
    "respect.personal-attack": (25, 2), "respect.abusive-language": (25, 2),
    "bullying.intimidation": (0, 27), "equality.discrimination": (0, 27),
    "defamation.allegation": (15, 12),
}
HN_PER_GROUP = 28
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
BULLY_TAGS = {"explicit": 9, "veiled": 8, "pressure": 10}
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
EQ_TAGS = {"explicit": 16, "coded": 11}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN = {  # rule id -> (lowest, highest) severity, a copy of RULES.md's tables
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
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}

errors = []


def err(msg):
    errors.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            return p
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def load_rules():
    p = find_rules()
    if not p:
        return dict(BUILTIN), "built-in copy"
    sev = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if not m:
            continue
        last = line.rstrip().rstrip("|").split("|")[-1]
        words = [w for w in ("advice", "review", "block") if w in last]
        if not words:
            words = ["advice", "review"]  # "same as the amplified rule, one level lower"
        sev[m.group(1)] = (min(words, key=ORDER.get), max(words, key=ORDER.get))
    return sev, "RULES.md"


SEV, SOURCE = load_rules()

with open(os.path.join(HERE, "council.toml"), "rb") as f:
    council = tomllib.load(f)
cllrs = council["people"]["councillors"]
handles = {h: n for h, n in council["people"]["handles"].items() if n in cllrs}

rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: {e}")
by_id = {r.get("id"): r for r in rows}
if len(by_id) != len(rows):
    err("duplicate ids")
if len(rows) != N_TOTAL:
    err(f"{len(rows)} rows, want {N_TOTAL}")
for i, r in enumerate(rows, 1):
    if r.get("id") != f"{SET}-{i:04d}":
        err(f"row {i}: id {r.get('id')}")

REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "kind_of_row", "note"]
start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
for r in rows:
    rid = r.get("id")
    for k in REQ:
        if k not in r:
            err(f"{rid}: missing {k}")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        err(f"{rid}: empty text")
    if r.get("author") not in handles:
        err(f"{rid}: author {r.get('author')} not a councillor handle")
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        err(f"{rid}: platform")
    if r.get("account") != "councillor" or r.get("kind") != "post":
        err(f"{rid}: account/kind")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset")
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
            err(f"{rid}: timestamp {r['created_at']}")
    except Exception as e:  # noqa: BLE001
        err(f"{rid}: created_at {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in SEV:
            err(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: repeated rule")
    if verdict not in ORDER:
        err(f"{rid}: verdict {verdict}")
    elif not rules:
        if verdict != "ok":
            err(f"{rid}: no rules but verdict {verdict}")
    else:
        lo = max((SEV[x][0] for x in rules if x in SEV), key=ORDER.get, default="ok")
        hi = max((SEV[x][1] for x in rules if x in SEV), key=ORDER.get, default="ok")
        if not ORDER[lo] <= ORDER[verdict] <= ORDER[hi]:
            err(f"{rid}: verdict {verdict} outside {lo}..{hi}")
    kind, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
    if kind in ("positive", "variant"):
        if fam not in FAMILIES or fam not in rules:
            err(f"{rid}: family rule {fam} not expected")
        if fam == "bullying.intimidation":
            m = re.match(r"^\[(explicit|veiled|pressure)\] ", note)
            if not m:
                err(f"{rid}: bullying note tag")
        if fam == "equality.discrimination":
            m = re.match(r"^\[(explicit|coded); ([a-z ]+)\] ", note)
            if not m or m.group(2) not in CHARS:
                err(f"{rid}: equality note tag")
        people, parties = named(r["text"], council)
        a = handles.get(r.get("author"))
        if a in people:
            err(f"{rid}: written by {a}, whom it names")
        if a and PARTY[a] in parties:
            err(f"{rid}: written by a member of a party it names")
    elif kind == "hard_negative":
        if fam != "hard_negative" or rules or verdict != "ok":
            err(f"{rid}: hard negative must expect nothing, verdict ok")
        if len(re.findall(r"\bHN[1-6]\b", note)) != 1 or not re.match(r"^HN[1-6]\b", note):
            err(f"{rid}: hard negative needs exactly one HN tag at the start of the note")
    else:
        err(f"{rid}: kind_of_row {kind}")
    for cited in re.findall(rf"\b{SET}-\d{{4}}\b", note):
        if cited not in by_id:
            err(f"{rid}: cites missing {cited}")
        elif cited == rid:
            err(f"{rid}: cites itself")

# variants
seen = {f: [] for f in FAMILIES}
for r in rows:
    if r.get("kind_of_row") != "variant":
        continue
    rid, o = r["id"], by_id.get(r.get("variant_of"))
    if not o or o.get("kind_of_row") != "positive":
        err(f"{rid}: variant_of")
        continue
    vk = r.get("variant_kind")
    if vk not in KINDS:
        err(f"{rid}: variant_kind {vk}")
        continue
    seen.setdefault(r["family"], []).append(vk)
    want_allowed = list(o["expect"]["allowed"]) + (["haste.pause-before-posting"] if vk == "caps" else [])
    if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
            or sorted(r["expect"]["allowed"]) != sorted(want_allowed)):
        err(f"{rid}: labels differ from {o['id']}")
    for k in ("family", "author", "platform"):
        if r[k] != o[k]:
            err(f"{rid}: {k} differs from {o['id']}")
    t = r["text"]
    marks = {
        "asterisk": re.search(r"\w\*\w", t), "digit": re.search(r"[A-Za-z]\d[A-Za-z]", t),
        "zero_width": "\u200b" in t, "spaced": re.search(r"\b(\w ){3,}\w\b", t),
        "homoglyph": re.search("[\u043e\u0435]", t),
        "caps": not re.search(r"[a-z]", re.sub(r"@\w+", "", t)),
    }
    if not marks[vk] or t == o["text"]:
        err(f"{rid}: does not show {vk}")
    if vk == "caps":
        ok = obfuscate(o["text"], "caps", None) == t
    else:
        ok = False
        for w in set(re.findall(r"\w+", o["text"])):
            try:
                if obfuscate(o["text"], vk, w) == t:
                    ok = True
                    break
            except ValueError:
                pass
    if not ok:
        err(f"{rid}: not a one-word {vk} obfuscation of {o['id']} (every occurrence)")
for f in FAMILIES:
    if sorted(seen.get(f, [])) != sorted(KINDS):
        err(f"{f}: variant kinds {sorted(seen.get(f, []))}")

# counts
pos = [r for r in rows if r.get("kind_of_row") == "positive"]
var = [r for r in rows if r.get("kind_of_row") == "variant"]
hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
for f in FAMILIES:
    fr = [r for r in pos if r["family"] == f]
    if len(fr) != ORIGINALS[f]:
        err(f"{f}: {len(fr)} originals, want {ORIGINALS[f]}")
    rv = sum(r["expect"]["verdict"] == "review" for r in fr)
    bl = sum(r["expect"]["verdict"] == "block" for r in fr)
    if (rv, bl) != SPLIT[f]:
        err(f"{f}: review/block {rv}/{bl}, want {SPLIT[f]}")
if len(var) != 6 * len(FAMILIES):
    err(f"{len(var)} variants")
for g in range(1, 7):
    n = sum(r["note"].startswith(f"HN{g}") for r in hn)
    if n != HN_PER_GROUP:
        err(f"HN{g}: {n}, want {HN_PER_GROUP}")
if len(hn) < len(pos) + len(var):
    err(f"hard negatives {len(hn)} fewer than positive rows {len(pos) + len(var)}")
bt = {}
for r in pos:
    if r["family"] == "bullying.intimidation":
        k = re.match(r"^\[(\w+)\]", r["note"]).group(1)
        bt[k] = bt.get(k, 0) + 1
if bt != BULLY_TAGS:
    err(f"bullying tags {bt}")
et, chars = {}, set()
for r in pos:
    if r["family"] == "equality.discrimination":
        m = re.match(r"^\[(\w+); ([a-z ]+)\]", r["note"])
        et[m.group(1)] = et.get(m.group(1), 0) + 1
        chars.add(m.group(2))
if et != EQ_TAGS:
    err(f"equality tags {et}")
if chars != set(CHARS):
    err(f"characteristics missing: {set(CHARS) - chars}")

# phone numbers, emails, paths
DRAMA = [r"07700 ?900 ?\d{3}", r"01632 ?960 ?\d{3}", r"020 ?7946 ?0\d{3}",
         r"0(113|114|115|116|117|118|121|131|141|151|161) ?496 ?0\d{3}", r"028 ?9649 ?6\d{3}",
         r"029 ?2018 ?0\d{3}", r"0306 ?999 ?0\d{3}", r"0808 ?157 ?0\d{3}", r"0909 ?879 ?0\d{3}"]
for r in rows:
    for m in re.finditer(r"(?:\+44 ?|\b0)\d[\d ]{8,12}\d", r["text"]):
        s = m.group(0).strip()
        if not any(re.fullmatch(p, s) for p in DRAMA):
            err(f"{r['id']}: phone number outside drama ranges: {s}")
    for e in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", r["text"]):
        if not e.lower().endswith("@example.com"):
            err(f"{r['id']}: email {e}")
for fn in sorted(os.listdir(HERE)):
    p = os.path.join(HERE, fn)
    if not os.path.isfile(p) or fn.endswith(".pyc"):
        continue
    txt = open(p, encoding="utf-8", errors="replace").read()
    if re.search(r"(?<![\w.])/(?:home|work|tmp|Users|mnt|root|opt|srv)/", txt) or re.search(r"\b[A-Z]:\\\\", txt):
        err(f"{fn}: absolute path")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
